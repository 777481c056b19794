"""Accuracy guards on our own question sets, so a change to the matcher or the base cannot quietly regress.

The sets were written apart from the knowledge base (the blind ones by people who never saw it); the
floors sit a little under today's figures, graded as `python -m bot eval` grades: an in-scope reply must
hold the expected facts, avoid the forbidden strings, stay within its length, not open as if the article
were silent, and come in the question's language. The project's dev sets are measured with `eval` only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.answers import Answerer
from bot.curation.evaluate import grade, languages, load_questions, score

DATA = Path(__file__).parent / "data"
FLOORS = {  # file: (in-scope, out-of-scope, replies in the question's language)
    "own_questions.yaml": (0.97, 0.97, 1.0),
    "blind_questions.yaml": (0.89, 0.95, 1.0),
    "blind2_questions.yaml": (0.88, 0.85, 1.0),
    "blind3_questions.yaml": (0.84, 0.84, 1.0),
    "blind_ru_questions.yaml": (0.85, 0.83, 0.95),
    "blind_uk_questions.yaml": (0.82, 0.84, 0.97),
    "blind_es_questions.yaml": (0.80, 0.81, 0.97),
    "blind4_en_a_questions.yaml": (0.92, 0.92, 1.0),
    "blind4_en_b_questions.yaml": (0.80, 0.84, 1.0),
    "blind4_ru_questions.yaml": (0.91, 0.95, 0.97),
    "blind4_uk_questions.yaml": (0.85, 0.90, 1.0),
    "blind4_es_questions.yaml": (0.81, 0.90, 1.0),
    # the held-out slices, scored once at the end of the session: floors a little under that score
    "final4_en_a_questions.yaml": (0.83, 0.75, 1.0),
    "final4_en_b_questions.yaml": (0.76, 0.75, 1.0),
    "final4_ru_questions.yaml": (0.80, 0.72, 0.95),
    "final4_uk_questions.yaml": (0.82, 0.72, 1.0),
    "final4_es_questions.yaml": (0.71, 0.80, 1.0),
    "final5_en_questions.yaml": (0.74, 0.84, 1.0),
    "final5_ru_questions.yaml": (0.81, 0.80, 0.98),
    "final5_uk_questions.yaml": (0.76, 0.80, 1.0),
    "final5_es_questions.yaml": (0.83, 0.80, 1.0),
    # third session: blind6 tuning sets, and their held-out slices scored once at its end
    "blind6_en_a_questions.yaml": (0.91, 0.90, 1.0),
    "blind6_en_b_questions.yaml": (0.86, 0.84, 1.0),
    "blind6_ru_questions.yaml": (0.89, 0.74, 0.97),
    "blind6_uk_questions.yaml": (0.79, 0.93, 1.0),
    "blind6_es_questions.yaml": (0.83, 0.95, 1.0),
    "final6_en_a_questions.yaml": (0.91, 0.90, 1.0),
    "final6_en_b_questions.yaml": (0.82, 0.83, 1.0),
    "final6_ru_questions.yaml": (0.86, 0.90, 0.97),
    "final6_uk_questions.yaml": (0.82, 0.65, 1.0),
    "final6_es_questions.yaml": (0.86, 0.95, 1.0),
    "blind7_en_questions.yaml": (0.87, 0.87, 1.0),
    "blind7_ru_questions.yaml": (0.77, 0.90, 0.96),
    "blind7_uk_questions.yaml": (0.83, 0.90, 1.0),
    "blind7_es_questions.yaml": (0.86, 0.95, 1.0),
    # fourth session: blind8 tuning sets (first scored before any change), and held-out slices scored once at its end
    "blind8_en_a_questions.yaml": (0.92, 0.93, 1.0),
    "blind8_en_b_questions.yaml": (0.88, 0.86, 1.0),
    "blind8_ru_questions.yaml": (0.92, 0.90, 0.98),
    "blind8_uk_questions.yaml": (0.95, 0.90, 1.0),
    "blind8_es_questions.yaml": (0.87, 0.90, 1.0),
    "final8_en_a_questions.yaml": (0.82, 0.83, 1.0),
    "final8_en_b_questions.yaml": (0.88, 0.83, 1.0),
    "final8_ru_questions.yaml": (0.82, 0.85, 0.95),
    "final8_uk_questions.yaml": (0.78, 0.75, 1.0),
    "final8_es_questions.yaml": (0.92, 0.85, 1.0),
    # blind9, dev-style, written mid-session: scored at the session start, before the later changes, and at the end
    "blind9_en_questions.yaml": (0.81, 0.93, 1.0),
    "blind9_ru_questions.yaml": (0.90, 0.90, 0.98),
    "blind9_uk_questions.yaml": (0.87, 0.82, 1.0),
    "blind9_es_questions.yaml": (0.90, 0.95, 1.0),
    # blind10, written late in the session: tuning parts first scored before the last round, held-out slices once
    "blind10_en_questions.yaml": (0.92, 0.91, 1.0),
    "blind10_ru_questions.yaml": (0.82, 0.95, 0.98),
    "blind10_uk_questions.yaml": (0.82, 0.88, 1.0),
    "blind10_es_questions.yaml": (0.89, 0.95, 1.0),
    "final10_en_questions.yaml": (0.78, 0.95, 1.0),
    "final10_ru_questions.yaml": (0.82, 0.80, 0.95),
    "final10_uk_questions.yaml": (0.82, 0.95, 0.95),
    "final10_es_questions.yaml": (0.89, 0.95, 1.0),
    # fifth session: blind11 tuning parts (first scored before any change) and blind12 (dev-style, first scored
    # after blind11's round), with blind11's held-out slices scored only at the session's start and end
    "blind11_en_a_questions.yaml": (0.92, 0.95, 1.0),
    "blind11_en_b_questions.yaml": (0.92, 0.92, 1.0),
    "blind11_ru_questions.yaml": (0.94, 0.89, 1.0),
    "blind11_uk_questions.yaml": (0.94, 0.95, 1.0),
    "blind11_es_questions.yaml": (0.95, 0.95, 1.0),
    "blind12_en_questions.yaml": (0.93, 0.95, 1.0),
    "blind12_ru_questions.yaml": (0.92, 0.95, 1.0),
    "blind12_uk_questions.yaml": (0.80, 0.91, 0.98),
    "blind12_es_questions.yaml": (0.89, 0.84, 1.0),
    "final11_en_a_questions.yaml": (0.86, 0.85, 1.0),
    "final11_en_b_questions.yaml": (0.75, 0.83, 1.0),
    "final11_ru_questions.yaml": (0.69, 0.64, 0.95),
    "final11_uk_questions.yaml": (0.95, 0.95, 1.0),
    "final11_es_questions.yaml": (0.76, 0.81, 1.0),
    # blind13, written at the very end and scored once, at the final code and at the session start: no tuning on it
    "final13_en_questions.yaml": (0.81, 0.95, 1.0),
    "final13_ru_questions.yaml": (0.90, 0.81, 1.0),
    "final13_uk_questions.yaml": (0.76, 0.89, 1.0),
    "final13_es_questions.yaml": (0.77, 0.88, 1.0),
    # blind14: written before this round of tuning by helpers who never saw knowledge/; the tuning parts were
    # scored first (at 572d06e) and tuned on, the final slices only scored, at the start and the end
    "blind14_en_a_questions.yaml": (0.95, 0.85, 1.0),
    "blind14_en_b_questions.yaml": (0.88, 0.95, 1.0),
    "blind14_ru_questions.yaml": (0.89, 0.95, 1.0),
    "blind14_uk_questions.yaml": (0.92, 0.95, 1.0),
    "blind14_es_questions.yaml": (0.95, 0.95, 1.0),
    "final14_en_a_questions.yaml": (0.90, 0.60, 1.0),
    "final14_en_b_questions.yaml": (0.70, 0.70, 1.0),
    "final14_ru_questions.yaml": (0.95, 0.95, 1.0),
    "final14_uk_questions.yaml": (0.85, 0.80, 1.0),
    "final14_es_questions.yaml": (0.90, 0.95, 1.0),
    # blind15: the same way, scored first at dec6812
    "blind15_en_a_questions.yaml": (0.96, 0.92, 1.0),
    "blind15_en_b_questions.yaml": (0.87, 0.85, 1.0),
    "blind15_ru_questions.yaml": (0.93, 0.85, 1.0),
    "blind15_uk_questions.yaml": (0.93, 0.85, 1.0),
    "blind15_es_questions.yaml": (0.86, 0.88, 1.0),
    "final15_en_a_questions.yaml": (0.78, 0.80, 1.0),
    "final15_en_b_questions.yaml": (0.92, 0.87, 1.0),
    "final15_ru_questions.yaml": (0.70, 0.83, 1.0),
    "final15_uk_questions.yaml": (0.91, 0.87, 1.0),
    "final15_es_questions.yaml": (0.92, 0.83, 1.0),
    # blind16: the same way, scored first at 763ad23 (tuning parts tuned on, final slices only scored at both ends)
    "blind16_en_a_questions.yaml": (0.93, 0.95, 1.0),
    "blind16_en_b_questions.yaml": (0.96, 0.88, 1.0),
    "blind16_ru_questions.yaml": (0.90, 0.95, 1.0),
    "blind16_uk_questions.yaml": (0.93, 0.95, 1.0),
    "blind16_es_questions.yaml": (0.96, 0.95, 1.0),
    "final16_en_a_questions.yaml": (0.95, 0.60, 1.0),
    "final16_en_b_questions.yaml": (0.90, 0.80, 1.0),
    "final16_ru_questions.yaml": (0.75, 0.80, 1.0),
    "final16_uk_questions.yaml": (0.83, 0.95, 1.0),
    "final16_es_questions.yaml": (0.95, 0.75, 1.0),
    # blind17, scored first at 4578603; blind18, written mid-session and scored first at eb9063b (tuning parts tuned on,
    # final slices scored untouched at 0ba2157..eb3f026, then read)
    "blind17_en_a_questions.yaml": (0.93, 0.88, 1.0),
    "blind17_en_b_questions.yaml": (0.96, 0.95, 1.0),
    "blind17_ru_questions.yaml": (0.96, 0.95, 1.0),
    "blind17_uk_questions.yaml": (0.89, 0.95, 1.0),
    "blind17_es_questions.yaml": (0.96, 0.95, 1.0),
    "final17_en_a_questions.yaml": (0.78, 0.95, 1.0),
    "final17_en_b_questions.yaml": (0.90, 0.80, 1.0),
    "final17_ru_questions.yaml": (0.90, 0.95, 1.0),
    "final17_uk_questions.yaml": (0.90, 0.95, 1.0),
    "final17_es_questions.yaml": (0.95, 0.95, 1.0),
    "blind18_en_a_questions.yaml": (0.93, 0.95, 1.0),
    "blind18_en_b_questions.yaml": (0.90, 0.95, 1.0),
    "blind18_ru_questions.yaml": (0.96, 0.95, 1.0),
    "blind18_uk_questions.yaml": (0.96, 0.95, 1.0),
    "blind18_es_questions.yaml": (0.89, 0.88, 1.0),
    "final18_en_a_questions.yaml": (0.90, 0.95, 1.0),
    "final18_en_b_questions.yaml": (0.72, 0.95, 1.0),
    "final18_ru_questions.yaml": (0.95, 0.95, 1.0),
    "final18_uk_questions.yaml": (0.95, 0.95, 1.0),
    "final18_es_questions.yaml": (0.95, 0.95, 1.0),
    # blind19 (seven parts: two writers each for English A and B), scored first at 2980ee4 (tuning parts tuned on,
    # final slices scored untouched at d148183, then read)
    "blind19_en_a_questions.yaml": (0.90, 0.80, 1.0),
    "blind19_en_a2_questions.yaml": (0.90, 0.90, 1.0),
    "blind19_en_b_questions.yaml": (0.96, 0.95, 1.0),
    "blind19_en_b2_questions.yaml": (0.93, 0.92, 1.0),
    "blind19_ru_questions.yaml": (0.93, 0.84, 1.0),
    "blind19_uk_questions.yaml": (0.96, 0.95, 1.0),
    "blind19_es_questions.yaml": (0.89, 0.92, 1.0),
    "final19_en_a_questions.yaml": (0.92, 0.95, 1.0),
    "final19_en_a2_questions.yaml": (0.73, 0.95, 1.0),
    "final19_en_b_questions.yaml": (0.93, 0.95, 1.0),
    "final19_en_b2_questions.yaml": (0.81, 0.83, 1.0),
    "final19_ru_questions.yaml": (0.92, 0.95, 1.0),
    "final19_uk_questions.yaml": (0.95, 0.95, 1.0),
    "final19_es_questions.yaml": (0.95, 0.95, 1.0),
    # blind20 (eight parts, English by five writers) and blind21 (eight more, written after the first changes of
    # the session), each scored first before tuning on it; the final slices scored untouched at 044bbcf, then read
    "blind20_en_a_questions.yaml": (0.96, 0.95, 1.0),
    "blind20_en_a2_questions.yaml": (0.96, 0.95, 1.0),
    "blind20_en_b_questions.yaml": (0.93, 0.91, 1.0),
    "blind20_en_b2_questions.yaml": (0.84, 0.72, 1.0),
    "blind20_en_c_questions.yaml": (0.93, 0.95, 1.0),
    "blind20_es_questions.yaml": (0.96, 0.91, 1.0),
    "blind20_ru_questions.yaml": (0.93, 0.95, 1.0),
    "blind20_uk_questions.yaml": (0.87, 0.89, 1.0),
    "blind21_en_d_questions.yaml": (0.90, 0.90, 1.0),
    "blind21_en_e_questions.yaml": (0.90, 0.95, 1.0),
    "blind21_en_f_questions.yaml": (0.96, 0.74, 1.0),
    "blind21_en_g_questions.yaml": (0.93, 0.91, 1.0),
    "blind21_en_h_questions.yaml": (0.96, 0.78, 1.0),
    "blind21_es2_questions.yaml": (0.96, 0.95, 1.0),
    "blind21_ru2_questions.yaml": (0.96, 0.95, 1.0),
    "blind21_uk2_questions.yaml": (0.87, 0.95, 1.0),
    "final20_en_a_questions.yaml": (0.96, 0.82, 1.0),
    "final20_en_a2_questions.yaml": (0.93, 0.82, 1.0),
    "final20_en_b_questions.yaml": (0.87, 0.95, 1.0),
    "final20_en_b2_questions.yaml": (0.92, 0.87, 1.0),
    "final20_en_c_questions.yaml": (0.87, 0.95, 1.0),
    "final20_es_questions.yaml": (0.93, 0.95, 1.0),
    "final20_ru_questions.yaml": (0.87, 0.82, 0.94),
    "final20_uk_questions.yaml": (0.96, 0.95, 1.0),
    "final21_en_d_questions.yaml": (0.92, 0.85, 1.0),
    "final21_en_e_questions.yaml": (0.62, 0.82, 1.0),
    "final21_en_f_questions.yaml": (0.87, 0.95, 1.0),
    "final21_en_g_questions.yaml": (0.87, 0.95, 1.0),
    "final21_en_h_questions.yaml": (0.92, 0.70, 1.0),
    "final21_es2_questions.yaml": (0.87, 0.95, 1.0),
    "final21_ru2_questions.yaml": (0.93, 0.95, 1.0),
    "final21_uk2_questions.yaml": (0.93, 0.95, 1.0),
    # blind22 (eight parts, written after this session's first two rounds), scored first at 59e53cf (tuning parts
    # tuned on, final slices scored untouched at a80b96f)
    "blind22_en_p_questions.yaml": (0.96, 0.91, 1.0),
    "blind22_en_q_questions.yaml": (0.90, 0.91, 1.0),
    "blind22_en_r_questions.yaml": (0.81, 0.90, 1.0),
    "blind22_en_s_questions.yaml": (0.93, 0.95, 1.0),
    "blind22_en_t_questions.yaml": (0.95, 0.94, 1.0),
    "blind22_es3_questions.yaml": (0.93, 0.95, 1.0),
    "blind22_ru3_questions.yaml": (0.90, 0.95, 1.0),
    "blind22_uk3_questions.yaml": (0.83, 0.74, 1.0),
    "final22_en_p_questions.yaml": (0.93, 0.95, 1.0),
    "final22_en_q_questions.yaml": (0.93, 0.95, 1.0),
    "final22_en_r_questions.yaml": (0.92, 0.85, 1.0),
    "final22_en_s_questions.yaml": (0.93, 0.95, 1.0),
    "final22_en_t_questions.yaml": (0.82, 0.95, 1.0),
    "final22_es3_questions.yaml": (0.93, 0.82, 1.0),
    "final22_ru3_questions.yaml": (0.93, 0.95, 1.0),
    "final22_uk3_questions.yaml": (0.87, 0.82, 1.0),
    # blind23 (eight parts, written after this session's third round), scored first at 1b6d755 (tuning parts tuned
    # on, final slices scored untouched at e90d349, then read)
    "blind23_en_u_questions.yaml": (0.96, 0.95, 1.0),
    "blind23_en_v_questions.yaml": (0.96, 0.91, 1.0),
    "blind23_en_w_questions.yaml": (0.96, 0.91, 1.0),
    "blind23_en_x_questions.yaml": (0.96, 0.82, 1.0),
    "blind23_en_y_questions.yaml": (0.96, 0.91, 1.0),
    "blind23_es4_questions.yaml": (0.90, 0.95, 1.0),
    "blind23_ru4_questions.yaml": (0.90, 0.95, 0.97),
    "blind23_uk4_questions.yaml": (0.96, 0.84, 1.0),
    "final23_en_u_questions.yaml": (0.96, 0.95, 1.0),
    "final23_en_v_questions.yaml": (0.93, 0.82, 1.0),
    "final23_en_w_questions.yaml": (0.93, 0.95, 1.0),
    "final23_en_x_questions.yaml": (0.87, 0.95, 1.0),
    "final23_en_y_questions.yaml": (0.87, 0.82, 1.0),
    "final23_es4_questions.yaml": (0.93, 0.82, 1.0),
    "final23_ru4_questions.yaml": (0.74, 0.95, 1.0),
    "final23_uk4_questions.yaml": (0.74, 0.95, 1.0),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_question_set_stays_above_its_floor(answerer: Answerer, name: str) -> None:
    results = [grade(answerer, item) for item in load_questions(DATA / name)]
    scores = score(results)
    in_floor, out_floor, lang_floor = FLOORS[name]
    failures = [r.question for r in results if not r.passed]
    assert scores.in_scope[0] >= in_floor * scores.in_scope[1], failures
    assert scores.out_of_scope[0] >= out_floor * scores.out_of_scope[1], failures
    same, total = languages(results)
    assert same >= lang_floor * total, [r.question for r in results if r.reply_lang != r.lang]
