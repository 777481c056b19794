"""Accuracy guards on our own question sets, so a change to the matcher or the base cannot quietly regress.

The sets were written apart from the knowledge base (the blind ones by people who never saw it); the
floors sit a little under today's figures. The project's dev set is measured with `python -m bot eval`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.answers import Answerer
from bot.curation.evaluate import grade, load_questions, score

DATA = Path(__file__).parent / "data"
FLOORS = {  # file: (in-scope, out-of-scope)
    "own_questions.yaml": (0.97, 0.97),
    "blind_questions.yaml": (0.92, 0.95),
    "blind2_questions.yaml": (0.88, 0.85),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_question_set_stays_above_its_floor(answerer: Answerer, name: str) -> None:
    results = [grade(answerer, item) for item in load_questions(DATA / name)]
    scores = score(results)
    in_floor, out_floor = FLOORS[name]
    failures = [r.question for r in results if not r.passed]
    assert scores.in_scope[0] >= in_floor * scores.in_scope[1], failures
    assert scores.out_of_scope[0] >= out_floor * scores.out_of_scope[1], failures
