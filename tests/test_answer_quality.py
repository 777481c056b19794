"""Answers that fit the question: the right topic, a direct first sentence, no false "the article doesn't say".

Each test is a user's story; the wordings are ours, written for the kind of question, not copied from a set.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core.answers import Answerer, converse, first_sentence
from bot.core.models import Answer
from bot.core.render import render_plain
from bot.errors import KnowledgeError
from bot.kb.loading import load_knowledge
from bot.kb.schema import Language
from bot.kb.textnorm import tokens

SILENT = ("the article doesn't say", "i'm not sure which part")


def ask(answerer: Answerer, *messages: str) -> tuple[Answer, str]:
    answer = converse(answerer, list(messages))[-1]
    return answer, render_plain(answer, answerer.kb.messages)


@pytest.mark.parametrize("question", [
    "how many russian soldiers were killed in ukraine",
    "how many russians died in the war in ukraine?",
    "russian death toll in ukraine",
])
def test_killed_in_ukraine_is_where_they_died_and_gets_all_three_estimates(answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.answered and not text.casefold().startswith(SILENT)
    assert all(f in text for f in ("29,200", "7,000", "15,000", "1,351"))
    assert answer.citations  # so Telegram shows a Sources button


def test_ukrainian_losses_are_not_russian_losses(answerer: Answerer) -> None:
    answer, text = ask(answerer, "how many ukrainian soldiers have died?")
    assert not answer.answered and text.casefold().startswith("the article doesn't say")


@pytest.mark.parametrize("question", ["how many were killed on the ukrainian side?",
                                      "y en el lado ucraniano cuantos muertos?"])
def test_losses_on_the_ukrainian_side_are_not_russian_losses_according_to_ukraine(answerer: Answerer,
                                                                                 question: str) -> None:
    assert not ask(answerer, question)[0].answered


@pytest.mark.parametrize(("question", "figure", "claimant"), [
    ("according to kyiv how many russians were killed", "29,200", "Ukrainian authorities"),
    ("does russia admit any dead?", "1,351", "Russia"),
    ("whats nato's count of russian dead", "7,000", "NATO"),
])
def test_a_claimant_in_the_question_picks_that_claimants_figure(answerer: Answerer, question: str, figure: str,
                                                                claimant: str) -> None:
    _, text = ask(answerer, question)
    first = text.split("\n")[0]
    assert figure in first and claimant in first


@pytest.mark.parametrize(("question", "expected"), [
    ("where does the 29,200 figure come from", ("29,200", "Ukrainian authorities", "Deutsche Welle")),
    ("who came up with 7000 to 15000?", ("NATO",)),
    ("1351 - whose number?", ("Russia",)),
    ("whats the source for the 70% thing", ("70%", "Ukrainian authorities")),
    ("twenty nine thousand two hundred, who says that", ("29,200", "Ukrainian authorities")),
])
def test_asking_whose_figure_it_is_names_the_claimant(answerer: Answerer, question: str,
                                                       expected: tuple[str, ...]) -> None:
    answer, text = ask(answerer, question)
    assert answer.answered and all(e in text for e in expected), text


@pytest.mark.parametrize(("question", "expected"), [
    ("which estimate of the dead is the lowest?", ("1,351", "Russia")),
    ("whose death figure is the highest", ("29,200", "Ukrainian authorities")),
    ("how many times bigger is ukraine's figure than russia's?", ("21.6", "computed")),
    ("difference between the ukrainian and the russian death figures", ("27,849", "computed")),
    ("how wide is nato's range of deaths", ("8,000", "computed")),
    ("midpoint of the nato estimate?", ("11,000", "computed")),
])
def test_comparisons_are_computed_from_the_claims_and_say_so(answerer: Answerer, question: str,
                                                              expected: tuple[str, ...]) -> None:
    _, text = ask(answerer, question)
    assert all(e in text for e in expected), text


def test_a_comparison_keeps_each_figures_claimant(answerer: Answerer) -> None:
    _, text = ask(answerer, "how much more does ukraine count than russia")
    assert "Ukrainian authorities" in text and "Russia" in text and "as reported in the article" in text


@pytest.mark.parametrize(("question", "expected"), [
    ("what did the soldier tell CNN?", "CNN"),
    ("what did DW report?", "29,200"),
    ("what did ruters find", "Reuters"),
    ("dw?", "Deutsche Welle"),
])
def test_what_a_source_said_is_answered_from_that_source(answerer: Answerer, question: str, expected: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.answered and not text.casefold().startswith(SILENT) and expected in text, text


def test_a_source_never_gets_words_it_did_not_say(answerer: Answerer) -> None:
    answer, text = ask(answerer, "what did nato say about the resignations?")
    assert not answer.answered and "NATO" in text


@pytest.mark.parametrize("question", ["legal?", "deaths?", "mobilization?", "menlikova?"])
def test_a_short_question_naming_a_topic_is_answered(answerer: Answerer, question: str) -> None:
    answer, _ = ask(answerer, question)
    assert answer.answered and answer.kind == "answer", question


def test_a_question_in_two_parts_gets_both_parts_answered(answerer: Answerer) -> None:
    answer, text = ask(answerer, "is it legal for them to resign, and what if their commander refuses?")
    folded = text.casefold()
    assert answer.answered and "legal" in folded and ("superior" in folded or "commander" in folded)
    assert "trash" in folded or "good will" in folded


def test_a_forwarded_post_gets_a_line_per_claim_it_can_check(answerer: Answerer) -> None:
    post = "Forwarded: in some battalions 70% have walked off, and russia will announce a general mobilization"
    answer, text = ask(answerer, post)
    assert answer.answered and "70%" in text and "mobiliz" in text.casefold()
    assert text.count("\n•") >= 2


@pytest.mark.parametrize(("first", "follow_up", "expected"), [
    ("what is the committee of soldiers mothers?", "who's she?", "Menlikova"),
    ("what did the soldier tell cnn", "why did he leave?", "rejection"),
    ("how many russians died", "and the lowest?", "1,351"),
    ("what were the reuters lot promised?", "and did they ever get them", "did not get"),  # "them": the extras
    ("the officer who talked to cnn, what happened?", "how did he feel when he got there?", "shame"),
    # a longer message naming its person only by a pronoun, which alone matches nothing of the article
    ("who is menlikova?", "and what does her outfit say about how resigning really works in practice?", "good will"),
])
def test_a_pronoun_follow_up_refers_to_the_previous_answer(answerer: Answerer, first: str, follow_up: str,
                                                           expected: str) -> None:
    answer, text = ask(answerer, first, follow_up)
    assert answer.answered and expected in text, text


@pytest.mark.parametrize(("post", "expected"), [
    ("heard russia is sending forced conscripts to ukraine, does the article say that?", "not incorporated forced"),
    ("saw a post on tg that the soldiers were told it was only exercises", "cheated"),
    ("read that the soldiers were told it was only exercises, does the article back that up?", "cheated"),
])
def test_a_claim_passed_on_without_a_name_is_checked_against_the_article(answerer: Answerer, post: str,
                                                                         expected: str) -> None:
    answer, text = ask(answerer, post)
    assert answer.answered and expected in text, text


@pytest.mark.parametrize("question", ["over 29 thousand russians died?", "більше 29 тисяч росіян загинуло?"])
def test_a_figure_written_with_a_scale_word_is_the_figure_it_rounds(answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.answered and "29" in text and ("Deutsche Welle" in text), text


def test_asking_whether_a_named_witness_left_in_the_end_is_answered_with_his_story(answerer: Answerer) -> None:
    answer, text = ask(answerer, "el oficial que hablo con la cnn al final se fue del ejercito?")
    assert answer.answered and "CNN" in text and not text.casefold().startswith("el artículo no lo dice"), text


@pytest.mark.parametrize(("question", "expected"), [
    ("did the cnn dude just dip or what", "rejection"), ("did the reuters lads get stiffed on the cash", "did not get"),
])
def test_slang_for_leaving_and_for_unpaid_money_is_understood(answerer: Answerer, question: str,
                                                                expected: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.answered and expected in text, text


def test_when_a_source_reported_a_figure_is_a_date_the_article_does_not_give(answerer: Answerer) -> None:
    answer, text = ask(answerer, "when exactly did deutsche welle put out the 29200 number")
    assert not answer.answered and "no dates" in text, text


def test_whether_the_cnn_officer_got_out_in_the_end_is_the_articles_own_story(answerer: Answerer) -> None:
    answer, text = ask(answerer, "so did the cnn officer get out in the end?")
    assert answer.answered and "let him go" in text, text


def test_two_questions_each_naming_whose_figure_get_both_figures(answerer: Answerer) -> None:
    answer, text = ask(answerer, "what's nato's number, and what does russia admit?")
    assert answer.answered and "7,000" in text and "1,351" in text, text


def test_whether_the_war_is_fair_is_why_they_resign(answerer: Answerer) -> None:
    answer, text = ask(answerer, "do the guys who quit think the war is fair?")
    assert answer.answered and "unfair" in text, text


def test_a_when_joining_two_clauses_does_not_ask_for_a_date(answerer: Answerer) -> None:
    reader = answerer.matcher
    assert "chronolog" not in reader.read("how did the cnn officer feel when the fighting started").terms
    assert "chronolog" in reader.read("when did the fighting start").terms  # the date concept


def test_a_contracted_did_is_read_as_did(answerer: Answerer) -> None:
    answer, text = ask(answerer, "why'd the officer hide his face")
    assert answer.answered and "shame" in text, text


def test_what_a_group_says_about_it_all_is_what_the_article_quotes_from_it(answerer: Answerer) -> None:
    answer, text = ask(answerer, "and what does the soldiers' mothers committee say about the whole thing?")
    assert answer.answered and "Menlikova" in text and not text.casefold().startswith(SILENT)


@pytest.mark.parametrize("message", ["hi", "hello!", "thanks!", "who are you?", "what can you do", "что ты умеешь?"])
def test_small_talk_gets_one_friendly_line_and_example_questions(answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.kind == "small_talk" and not answer.answered
    assert "doesn't say" not in text and len(answer.related) == 3


@pytest.mark.parametrize("message", ["thanks a lot, that was really interesting!", "ok thanks, that's all I needed 👍",
                                     "спасибо, очень полезно", "дякую, все зрозуміло", "gracias, muy útil la info",
                                     "thanks, you're less biased than i expected lol"])  # a kind word on the bot
def test_thanks_with_a_kind_word_is_still_just_thanks(answerer: Answerer, message: str) -> None:
    answer, _ = ask(answerer, message)
    assert answer.kind == "small_talk" and not answer.answered


@pytest.mark.parametrize("message", ["hi, how are you? what are you doing?", "привет, как дела? что делаешь?",
                                     "hola, que tal? que haces?", "hey how are you", "hola q tal, todo bien?",
                                     "привет, как дела, все норм?", "привіт, все норм?", "hey, all good?"])
def test_a_greeting_with_how_are_you_and_what_are_you_doing_is_small_talk(answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.kind == "small_talk" and not answer.answered, text


@pytest.mark.parametrize("message", ["hey, how's your day going?", "what's up", "thanks mate, have a good one",
                                     "thanks, that's all for today",
                                     "cómo estás?", "como estas", "buen dia!", "хорошего дня", "як твій день?"])
def test_small_talk_typed_with_an_apostrophe_or_without_accents_is_still_small_talk(answerer: Answerer,
                                                                                    message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.kind == "small_talk" and not answer.answered, text


@pytest.mark.parametrize("message", ["thanks, but what does NATO say?", "hi, how many soldiers died?"])
def test_thanks_or_hello_before_a_question_gets_the_question_answered(answerer: Answerer, message: str) -> None:
    answer, _ = ask(answerer, message)
    assert answer.answered


@pytest.mark.parametrize("message", ["wat did the cnn guy say", "what did the cnn source say",
                                     "what did the guy from cnn say"])
def test_asks_what_the_cnn_witness_said_and_gets_his_account(answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.answered and answer.entry_id == "cnn-deceived" and "Crimea" in text, text


def test_replies_are_chat_sized_and_never_repeat_themselves(answerer: Answerer) -> None:
    for entry in answerer.kb.entries.values():
        text = render_plain(answerer.answer_entry(entry.id), answerer.kb.messages)
        assert len(text) <= 700, entry.id
        assert text.casefold().count("as reported in the article") <= 1, entry.id
        sentences = [s.strip().casefold() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 20]
        assert len(sentences) == len(set(sentences)), entry.id


def test_caveats_are_only_those_of_the_claims_used(answerer: Answerer) -> None:
    kb = answerer.kb
    for entry in kb.entries.values():
        own = {c.text for c in kb.caveats_of(kb.claims_of(entry))}
        assert set(answerer.answer_entry(entry.id).caveats) <= own, entry.id


def test_a_hand_typed_figure_that_no_claim_gives_fails_the_check(knowledge_copy: Path) -> None:
    entries = knowledge_copy / "entries.yaml"
    lines = entries.read_text(encoding="utf-8").splitlines()
    start = next(i for i, row in enumerate(lines) if row.strip() == "- id: casualties-nato")
    answer = next(i for i in range(start, len(lines)) if lines[i].strip().startswith("answer:"))
    typed = next(i for i in range(answer, len(lines)) if "7,000" in lines[i])
    lines[typed] = lines[typed].replace("7,000", "70,000", 1)  # a curator's slip: NATO's range made ten times larger
    entries.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_copy)
    assert (f"knowledge/entries.yaml:{answer + 2}: entry 'casualties-nato': answer.en: the number 70,000 is not a "
            "figure of its claims; correct it or cite the claim that gives it") in [
                str(p) for p in caught.value.problems]


# -- understanding the question (second pass) ---------------------------------------------------------------
@pytest.mark.parametrize(("question", "named", "theirs"), [
    ("is it nato that says 29,200 died?", "NATO", "7,000–15,000"),
    ('Forwarded: "BREAKING: Russia admits 30,000 soldiers dead" - legit?', "Russia", "1,351"),
])
def test_a_figure_put_in_the_wrong_mouth_is_corrected_with_both_claimants(
        answerer: Answerer, question: str, named: str, theirs: str) -> None:
    answer, _text = ask(answerer, question)
    first = answer.parts[0]
    assert first.startswith("No:")
    assert "29,200" in first and "Ukrainian authorities" in first and "Deutsche Welle" in first
    assert named in first and theirs in first


def test_asking_where_a_toll_comes_from_also_gives_the_other_two_estimates(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "whats the source for 29,200?")
    first = answer.parts[0]
    assert first.index("Ukrainian authorities") < first.index("NATO: 7,000–15,000") < first.index("Russia: 1,351")


def test_a_claim_passed_on_by_someone_is_answered_on_the_claim(answerer: Answerer) -> None:
    answer, text = ask(answerer, "my cousin says russian soldiers who quit are all treated as deserters. true?")
    assert answer.entry_id == "legal-regulations"
    assert "not deserters" in text
    assert answer.question.startswith("my cousin says")


def test_a_source_speaking_is_not_mistaken_for_hearsay(answerer: Answerer) -> None:
    answer, _text = ask(answerer, "ukraine says 29,200 russians died?")
    assert "Ukrainian authorities" in answer.parts[0] and answer.lang == "en"


def test_a_long_post_gets_one_line_per_claim_including_figures(answerer: Answerer) -> None:
    post = ("long story: a guy in my chat keeps saying these resignation stories are propaganda, that russian "
            "soldiers never refuse to fight, the army is doing great and only about 1300 died. what does the "
            "article say?")
    answer, _text = ask(answerer, post)
    lines = [p for p in answer.parts if p.startswith("• ")]
    assert len(lines) >= 2
    assert any("1,351" in line and "Russia" in line for line in lines)
    assert not any(line.startswith("• The article tells the stories") for line in lines)


def test_a_where_question_gets_no_leading_yes_or_no(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "where does the right to resign come from")
    assert not answer.parts[0].startswith(("Yes,", "Yes:", "No,", "No:"))
    yes_no, _ = ask(answerer, "is resigning legal in russia?")
    assert yes_no.parts[0].startswith("Yes")


def test_a_question_about_a_subject_only_gaps_know_is_a_gap(answerer: Answerer) -> None:
    for question in ("y cuantas bajas ucranianas calcula la otan?", "что шойгу говорит про увольнения",
                     "ratio of russian to ukrainian casualties?"):
        answer, _ = ask(answerer, question)
        assert answer.kind == "not_covered" and not answer.answered, question


def test_how_many_troops_in_total_is_not_answered_with_the_death_tolls(answerer: Answerer) -> None:
    answer, text = ask(answerer, "how many soldiers does russia have in ukraine altogether")
    assert not answer.answered
    assert "29,200" not in text.split("\n")[0]


def test_who_said_that_carries_how_sure_the_article_is(answerer: Answerer) -> None:
    answer, text = ask(answerer, "do russian soldiers resign every day", "who said that?")
    assert answer.kind == "sources"
    assert "Ukrainian authorities" in text
    assert "propaganda" in text.casefold()


def test_a_clear_leader_answers_instead_of_a_did_you_mean(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "so his battalion was tricked into the war??")
    assert answer.kind == "answer" and answer.entry_id == "cnn-deceived"


def test_asking_what_happened_in_the_end_gets_the_after_publication_gap(answerer: Answerer) -> None:
    for question in ("путин в итоге объявил всеобщую мобилизацию или нет?", "is the cnn officer back in russia now"):
        answer, _ = ask(answerer, question)
        assert answer.kind == "not_covered" and not answer.answered, question
    answer, _ = ask(answerer, "did they let him go in the end")
    assert answer.answered  # the article's own "in the end"


def test_a_count_the_article_never_gives_is_not_answered_with_a_neighbouring_story(answerer: Answerer) -> None:
    for question in ("how many prisoners were in those phone call videos", "сколько вообще контрактников служит"):
        answer, _ = ask(answerer, question)
        assert answer.kind == "not_covered" and not answer.answered, question
        assert answer.related, question
    answer, _ = ask(answerer, "how many prisoners were in those phone call videos")
    assert answer.related[0].id == "pow-videos"  # what the article does say about them comes first
    answer, _ = ask(answerer, "how many soldiers quit with the reuters guy")
    assert answer.answered and "14" in answer.parts[0]


def test_a_filler_word_does_not_hide_a_phrase(answerer: Answerer) -> None:
    plain, _ = ask(answerer, "what happens if a soldier stops fighting")
    padded, _ = ask(answerer, "so what actually happens if a soldier stops fighting")
    assert padded.entry_id == plain.entry_id


def test_a_pronoun_in_the_second_part_of_a_message_is_the_first_parts_person(answerer: Answerer) -> None:
    answer, text = ask(answerer, "who spoke to reuters, and how many soldiers left the army with him?")
    assert answer.answered
    assert "Reuters" in text and "14" in text


@pytest.mark.parametrize("question", [
    "cuánto más alta es la cifra de ucrania q la de rusia",
    "на сколько цифра украины больше российской",
])
def test_how_much_more_one_estimate_is_gets_the_computed_difference(answerer: Answerer, question: str) -> None:
    _, text = ask(answerer, question)
    assert "27" in text and "849" in text, text


def test_the_low_and_the_high_of_natos_range_give_its_width(answerer: Answerer) -> None:
    _, text = ask(answerer, "qué diferencia hay entre la cifra baja y la alta de la otan")
    assert "8.000" in text or "8 000" in text, text


@pytest.mark.parametrize("question", [
    "чья оценка двадцать девять тысяч двести?",
    "чия це цифра, двадцять дев'ять тисяч двісті?",
    "de quién es la cifra de veintinueve mil doscientos?",
])
def test_a_figure_written_in_words_is_that_figure_in_every_language(answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.answered and "Deutsche Welle" in text, text


def test_one_alone_and_an_english_abbreviation_stay_words() -> None:
    from bot.kb.textnorm import fold

    assert "одного" in fold("одного из солдат")
    assert "mil" in fold("mil casualties") and "once" in fold("once upon a time")
    assert fold("entre siete mil y quince mil").split() == ["entre", "7000", "y", "15000"]


def test_a_follow_up_asking_a_missing_detail_of_the_story_is_told_so(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "tell me about the officer who spoke to cnn", "on what date did he quit?")
    assert answer.kind == "not_covered" and not answer.answered


def test_russian_dali_is_a_verb_not_a_date(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "офицер cnn уволился?", "ему дали уволиться без проблем?")
    assert answer.answered and answer.entry_id != "event-dates"


def test_a_bare_topic_with_a_question_mark_gets_the_articles_yes_or_no(answerer: Answerer) -> None:
    answer, text = ask(answerer, "criminal case?")
    assert answer.answered and text.startswith("Yes"), text
    answer, text = ask(answerer, "names?")
    assert answer.answered and text.startswith("No"), text


def test_one_weak_shared_word_is_no_answer_to_an_off_topic_question(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "any tips for falling asleep quicker")
    assert not answer.answered


@pytest.mark.parametrize(("question", "share"), [
    ("what percentage of ukraine's estimate is russia's figure", "4.6%"),
    ("какой процент от цифры украины составляет российская", "4,6%"),
])
def test_one_estimate_as_a_percentage_of_another_is_computed_and_says_so(answerer: Answerer, question: str,
                                                                           share: str) -> None:
    _, text = ask(answerer, question)
    assert share in text and "1" in text and "29" in text, text


def test_is_russia_winning_gets_the_articles_mixed_picture_but_who_will_win_is_not_said(answerer: Answerer) -> None:
    answer, text = ask(answerer, "is russia winning the war?")
    assert answer.answered and "stabiliz" in text
    answer, _ = ask(answerer, "who is going to win the war")
    assert not answer.answered
    answer, _ = ask(answerer, "спартак вчера выиграл?")
    assert not answer.answered


@pytest.mark.parametrize("question", ["what's the name of the officer who spoke to cnn?", "як звати офіцера з cnn?"])
def test_asks_the_cnn_officers_name_and_hears_cnn_kept_it_secret(answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    # the name itself is not in the article (not answered), but the reply says why at once: CNN kept it back
    assert not answer.answered and answer.entry_id == "soldier-names", answer.entry_id
    assert "CNN" in text and ("reveal" in text or "розкрив" in text), text
    assert not text.casefold().startswith(("the article doesn't say", "у статті про це не сказано")), text
    answer, _ = ask(answerer, "what's the name of the cnn journalist?")
    assert not answer.answered


def test_a_count_of_something_the_article_never_counts_gets_no_figure(answerer: Answerer) -> None:
    answer, text = ask(answerer, "how many complaints has the soldiers mothers committee received")
    assert not answer.answered and "no figure" in text, text


@pytest.mark.parametrize("question", ["шо буданов казав про відмовників", "что кадыров сказал об отказниках"])
def test_a_person_the_article_never_names_gets_no_answer_in_russian_or_ukrainian(answerer: Answerer,
                                                                                   question: str) -> None:
    answer, _ = ask(answerer, question)
    assert not answer.answered


@pytest.mark.parametrize("question", ["who did cnn interview?", "who did reuters talk to for the story"])
def test_who_an_outlet_interviewed_is_its_anonymous_source_not_the_journalist(answerer: Answerer,
                                                                               question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.answered and not text.casefold().startswith(SILENT)
    assert "anonymous" in text.casefold() and "journalist" not in text.casefold()


def test_who_interviewed_the_officer_is_the_journalist_the_article_does_not_name(answerer: Answerer) -> None:
    answer, text = ask(answerer, "who interviewed the officer for cnn?")
    assert not answer.answered and "journalist" in text.casefold()


@pytest.mark.parametrize("question", [
    "where does the 14 come from and why did they leave?",
    "where does the 14 come from and what did he say about pay?",
    "откуда цифра 14 и почему они ушли?",
])
def test_a_figures_source_and_another_question_get_a_line_each(answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    lines = [line for line in text.splitlines() if line.startswith("•")]
    assert answer.answered and len(lines) == 2
    assert "Reuters" in lines[0] and "14" in lines[0]


@pytest.mark.parametrize("question", ["gap between ukraine's number and what russia admits",
                                      "is russia's count higher or lower than ukraine's? by how much"])
def test_both_sides_of_a_comparison_stay_one_computed_answer(answerer: Answerer, question: str) -> None:
    _answer, text = ask(answerer, question)
    assert "27,849" in text and "•" not in text


@pytest.mark.parametrize(("question", "lang", "lower"), [
    ("la otan da una cifra más alta o más baja que ucrania?", "es", "más baja"),
    ("у нато цифра больше или меньше, чем у украины?", "ru", "меньше"),
])
def test_a_computed_difference_says_which_figure_is_lower_in_every_language(answerer: Answerer, question: str,
                                                                             lang: str, lower: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.lang == lang and lower in text and "14" in text


@pytest.mark.parametrize("question", ["how many russians got clapped per ukraine", "russian dead as per ukraine?"])
def test_slang_for_killed_and_per_as_according_to(answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.answered and "29,200" in text and "Ukrainian authorities" in text


@pytest.mark.parametrize("question", ["where was the officer from cnn sent?", "where was he sent first"])
def test_where_the_officer_was_sent_is_crimea_not_a_missing_base(answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, "tell me about the officer who spoke to cnn", question) if "he" in question.split() \
        else ask(answerer, question)
    assert answer.answered and "Crimea" in text and not text.casefold().startswith(SILENT)


def test_a_forwarded_figure_of_resignations_hears_the_exact_number_cannot_be_known(answerer: Answerer) -> None:
    answer, text = ask(answerer, "fwd: the soldiers' mothers committee says 80,000 quit, the army is falling apart")
    assert answer.answered and "cannot be known" in text and "Menlikova" in text


@pytest.mark.parametrize("question", ["в каком батальоне уволилось 70%?", "en que batallon renuncio el 70%?",
                                      "в якому батальйоні звільнилися 70%?"])
def test_which_battalion_had_70_percent_is_a_name_the_article_never_gives(answerer: Answerer, question: str) -> None:
    answer, _ = ask(answerer, question)
    assert not answer.answered and answer.entry_id == "which-battalions-70"


@pytest.mark.parametrize("question", ["whats the cnn officers unit?", "what was the reuters soldier's battalion"])
def test_whose_unit_it_was_is_a_name_the_article_never_gives(answerer: Answerer, question: str) -> None:
    answer, _ = ask(answerer, question)
    assert not answer.answered and answer.entry_id == "unit-names"


def test_what_a_soldiers_unit_was_promised_is_still_answered(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "what was the reuters soldier's unit promised?")
    assert answer.answered and answer.entry_id == "reuters-promises"


@pytest.mark.parametrize(("question", "claimant"), [
    ("what do the ukrainian authorities say about soldiers resigning", "ukraine"),
    ("what did the russian defence ministry admit about its dead", "russia"),
    ("что говорит россия о погибших", "russia"),
    ("а россия сколько говорит погибло?", "russia"),
    ("qué dice la otan de los muertos", "nato"),
    ("що каже українська влада про звільнення", "ukraine"),
])
def test_a_party_named_with_its_officials_or_after_its_verb_is_the_claimant(answerer: Answerer, question: str,
                                                                           claimant: str) -> None:
    assert answerer.matcher.read(question).claimants() == {claimant}


def test_the_ukrainian_authorities_claim_about_resignations_is_the_daily_resignations(answerer: Answerer) -> None:
    answer, text = ask(answerer, "what did the ukrainian authorities claim about russian soldiers resigning")
    assert answer.entry_id == "ukraine-daily-resignations" and "70%" in text


def test_what_a_source_reported_exactly_is_what_it_reported_not_a_silence(answerer: Answerer) -> None:
    answer, text = ask(answerer, "what exactly did deutsche welle report")
    assert answer.answered and "29,200" in text and not text.casefold().startswith(SILENT)


def test_an_apostrophe_in_a_long_question_does_not_cut_it_in_two(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "were the officer's soldiers ever told they'd be sent to denazify ukraine before going")
    assert answer.entry_id == "cnn-denazification"


def test_the_military_alliance_is_nato(answerer: Answerer) -> None:
    answer, text = ask(answerer, "what number does the military alliance give for russian deaths")
    assert answer.answered and "7,000" in text and "NATO" in text


def test_a_question_opening_with_two_filler_words_still_asks_for_a_fact(answerer: Answerer) -> None:
    # «ну и кто...» asks who, not yes or no: the missing prediction, not a neighbouring "yes"
    answer, _ = ask(answerer, "ну и кто же победит в этой войне?")
    assert not answer.answered and answer.entry_id == "who-wins"


def test_according_to_the_article_asks_nothing_of_its_own(answerer: Answerer) -> None:
    for question in ("según el artículo, cuántos soldados rusos han muerto", "according to the article how many died"):
        answer, text = ask(answerer, question)
        assert answer.answered and "29" in text and "1" in text and not text.casefold().startswith(SILENT)
    assert answerer.matcher.read("por qué renuncian según el texto").terms == \
        answerer.matcher.read("por qué renuncian").terms


def test_how_many_times_a_claimants_top_figure_is_anothers_is_computed(answerer: Answerer) -> None:
    answer, text = ask(answerer, "el tope de la otan cuantas veces es lo que reconoce rusia")
    assert answer.answered and "11,1" in text and "calculado" in text


def test_whether_they_expected_a_war_is_the_officers_surprise_not_a_missing_date(answerer: Answerer) -> None:
    answer, text = ask(answerer, "did the soldiers even expect the war to break out")
    assert answer.answered and "never break out" in text


def test_it_in_a_later_part_is_the_part_before(answerer: Answerer) -> None:
    answer, text = ask(answerer, "if putin calls a general mobilization, what would it do to russian society?")
    assert answer.answered and "strain" in text


def test_an_inflected_common_word_does_not_outweigh_the_topic(answerer: Answerer) -> None:
    # «вирішить» is as common as «вирішити»: the consequences of refusing, not the Reuters group's decision
    answer, _ = ask(answerer, "шо буде солдату якщо він вирішить більше не воювати")
    assert answer.entry_id == "intro-homeland"


def test_a_forwarded_post_with_several_claims_gets_a_short_line_for_each(answerer: Answerer) -> None:
    post = ('fwd: "whole russian units are deserting, putin already declared war, a full mobilization was ordered, '
            'and the soldiers mothers counted 50,000 resignations" is any of this true')
    answer, text = ask(answerer, post)
    lines = [line for line in text.splitlines() if line.startswith("• ")]
    assert answer.answered and len(lines) >= 3 and len(text) <= 700
    assert any(line.endswith("…") for line in lines)  # a long line ends at a clause, not mid-word


def test_a_cyrillic_ending_on_a_latin_name_leaves_the_name() -> None:
    assert tokens("cnn'овского офицера") == ["cnn", "офицера"] and tokens("reuters'а") == ["reuters"]


def test_asks_how_soldiers_resign_and_gets_the_way_not_the_number(answerer: Answerer) -> None:
    answer, text = ask(answerer, "how do contract soldiers in russia resign")
    assert answer.answered and answer.entry_id != "resignation-numbers" and "legally resign" in text


def test_asks_for_the_highest_and_the_lowest_estimate_and_gets_both_in_one_sentence(answerer: Answerer) -> None:
    questions = ("which death toll is the biggest and which the smallest", "самая большая и самая маленькая оценка")
    for question in questions:
        answer, text = ask(answerer, question)
        first = text.split("\n")[0]
        assert answer.answered and all(f in first.replace("\u00a0", " ").replace(" ", ",") for f in ("29,200", "1,351"))


def test_asks_whether_natos_figure_is_higher_and_hears_natos_first(answerer: Answerer) -> None:
    _, text = ask(answerer, "is nato's estimate higher or lower than what russia admits")
    assert text.startswith("NATO put the figure higher (7,000–15,000) than Russia (1,351)")


def test_asks_whether_moscow_accepts_ukraines_figure_and_hears_russia_admits_only_its_own(answerer: Answerer) -> None:
    _, text = ask(answerer, "does moscow admit 29,200 dead?")
    assert text.startswith("No: 29,200 comes from the Ukrainian authorities") and "only 1,351" in text


def test_asks_what_share_of_the_whole_army_quit_and_is_told_the_article_gives_none(answerer: Answerer) -> None:
    answer, text = ask(answerer, "what proportion of all russian troops has quit by now")
    assert not answer.answered and text.startswith("The article doesn't say") and "some battalions" in text


def test_asks_whether_the_cnn_and_reuters_soldiers_are_one_man_and_hears_they_are_two(answerer: Answerer) -> None:
    answer, text = ask(answerer, "is the cnn officer the same person as the reuters soldier?")
    assert answer.entry_id == "two-witnesses" and "Two different men" in text


def test_two_parts_answered_by_one_entry_each_get_their_sentence(answerer: Answerer) -> None:
    _, text = ask(answerer, "the cnn officer: was he warned about prosecution, and was he let go in the end?")
    assert "criminal case" in text and "let him go" in text


def test_asks_where_the_video_was_filmed_after_it_and_hears_the_article_does_not_say(answerer: Answerer) -> None:
    answer, text = ask(answerer, "the viral cheated video", "where was it filmed")
    assert not answer.answered and text.startswith("The article doesn't say")


def test_the_soldiers_who_quit_is_about_the_soldiers_not_whose_figure(answerer: Answerer) -> None:
    answer, text = ask(answerer, "were the 14 soldiers who quit with him ever put on trial")
    assert not answer.answered and "comes from" not in text


def test_a_short_question_between_two_others_is_answered_too(answerer: Answerer) -> None:
    message = "як почувався офіцер cnn коли вони перейшли кордон? соромно було? і що було в перший тиждень"
    _, text = ask(answerer, message)
    assert "сором" in text and "шок" in text


def test_a_forwarded_post_says_as_reported_in_the_article_once(answerer: Answerer) -> None:
    post = ('forwarded: "BREAKING: the kremlin now admits almost 30,000 dead, and 70% of the entire army has already '
            'resigned, according to nato" how much of this holds up??')
    _, text = ask(answerer, post)
    assert text.count("•") >= 2 and text.casefold().count("as reported in the article") == 1


def test_asks_how_many_nato_thinks_after_ukraines_figure_and_gets_natos_estimate(answerer: Answerer) -> None:
    answer, text = ask(answerer, "ukraine counts 29,200 russian soldiers dead", "and nato thinks how many?")
    assert answer.answered and text.startswith("NATO estimates") and "7,000" in text


def test_a_gardening_question_with_a_dying_plant_is_off_topic_not_a_death_toll(answerer: Answerer) -> None:
    answer, text = ask(answerer, "how to grow tomatoes on the balcony, my ones are dying")
    assert not answer.answered and "29,200" not in text


def test_asks_how_many_were_killed_until_now_and_gets_the_figures_with_their_date(answerer: Answerer) -> None:
    answer, text = ask(answerer, "according to ukraine how many russian soldiers were killed until now")
    assert answer.answered and "29,200" in text and "not current" in text


def test_asks_in_spanish_for_the_gap_between_ukraine_and_russia_and_gets_it_computed(answerer: Answerer) -> None:
    answer, text = ask(answerer, "cuanta diferencia hay entre lo q dice ucrania y lo q admite rusia?")
    assert answer.answered and "27.849" in text and "calculado" in text


def test_asks_how_many_times_after_a_comparison_in_the_same_message_and_gets_the_ratio(answerer: Answerer) -> None:
    _, text = ask(answerer, "нато дає менше ніж україна? у скільки разів")
    assert "1,9–4,2" in text and "рейтерс" not in text.casefold()


def test_asks_what_ukraine_put_out_early_in_the_war_and_hears_about_the_prisoner_videos(answerer: Answerer) -> None:
    answer, text = ask(answerer, "whats in the videos ukraine put out early in the war")
    assert answer.entry_id == "pow-videos" and "mothers" in text


def test_asks_whether_it_is_legal_the_prisoner_videos_and_hears_about_geneva(answerer: Answerer) -> None:
    answer, text = ask(answerer, "хіба це законно, ці відоси з полоненими?")
    assert answer.entry_id == "geneva-convention" and "Женев" in text


def test_asks_what_the_testimonies_show_and_hears_how_the_war_is_going(answerer: Answerer) -> None:
    _, text = ask(answerer, "soldier testimonies")
    assert "maneuvers" in text and "how the war is going" in text


def test_names_the_other_witness_then_asks_why_he_quit_and_hears_about_that_one(answerer: Answerer) -> None:
    answer, text = ask(answerer, "why did the soldier who talked to cnn leave?",
                       "and the other one, the reuters one? why did he quit")
    assert answer.answered and "Reuters" in text and "extras" in text


def test_asks_the_difference_between_the_highest_and_lowest_toll_and_gets_it_computed(answerer: Answerer) -> None:
    _, text = ask(answerer, "what is the difference between the highest and lowest number of killed russians")
    assert "27,849" in text and "computed" in text


@pytest.mark.parametrize(("question", "where", "by"), [
    ("does the ukrainian figure fall inside nato's range?", "above", "14,200"),
    ("is russia's number within nato's 7,000-15,000?", "below", "5,649"),
    ("входит ли цифра россии в диапазон нато?", "ниже", "5 649"),
])
def test_asks_whether_a_figure_is_within_natos_range_and_gets_how_far_outside_it_is(
        answerer: Answerer, question: str, where: str, by: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.answered and text.startswith(("No:", "Нет:")) and where in text
    assert by.replace(" ", "\u00a0") in text or by in text, text


def test_asks_after_the_cnn_story_whether_it_is_always_that_easy_and_hears_about_the_superior(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "so the cnn officer just resigned and they let him walk away?",
                       "is it always that easy tho?")
    assert answer.entry_id == "superiors" and "trash" in text


def test_asks_after_the_cnn_officer_whether_they_let_him_go_and_gets_the_release(answerer: Answerer) -> None:
    answer, text = ask(answerer, "the cnn officer who quit", "did they actually let him go")
    assert answer.entry_id == "legal-resign" and "let him go" in text


def test_asks_her_name_and_what_she_says_after_the_committee_in_one_message(answerer: Answerer) -> None:
    answer, text = ask(answerer, "there is a woman from some mothers group in the article",
                       "what is her name and what does she say")
    assert answer.entry_id == "mothers-committee" and "Menlikova" in text


def test_a_forwarded_post_with_two_claims_gets_a_line_for_each(answerer: Answerer) -> None:
    _, text = ask(answerer, "saw on twitter: half the russian army deserted and putin will draft everyone - true?")
    assert "cannot be known" in text and "mobilization" in text


def test_a_phrase_quoted_from_the_article_is_answered_where_the_article_says_it(answerer: Answerer) -> None:
    answer, text = ask(answerer, "What does the article call 'plentiful'?")
    assert answer.entry_id == "didnt-know-war" and "did not know" in text


@pytest.mark.parametrize("question", ["a todos los q quieren dejarlo los sueltan igual de facil?",
                                      "¿Qué le hizo decidir largarse al tipo de la CNN?"])
def test_spanish_slang_for_leaving_and_letting_go_is_understood(answerer: Answerer, question: str) -> None:
    answer, _ = ask(answerer, question)
    assert answer.answered and answer.lang == "es"


def test_a_follow_up_whose_own_telling_word_only_another_entry_knows_is_read_alone(answerer: Answerer) -> None:
    answer, text = ask(answerer, "what happens to russian soldiers who resign", "r they deserters tho")
    assert answer.entry_id == "legal-regulations" and "deserters" in text


@pytest.mark.parametrize("question", ["did the 14 guys from the reuters story face charges",
                                      "which unit or region were those 14 soldiers from"])
def test_the_14_soldiers_from_a_story_are_asked_about_not_where_14_comes_from(answerer: Answerer,
                                                                             question: str) -> None:
    answer, _ = ask(answerer, question)
    assert not answer.answered


def test_a_percent_sign_asks_the_percentage(answerer: Answerer) -> None:
    answer, text = ask(answerer, "what % quit in some battalions")
    assert answer.entry_id == "ukraine-70-percent" and "70%" in text


def test_asks_to_compare_all_three_estimates_and_gets_the_three_with_their_claimants(answerer: Answerer) -> None:
    _, text = ask(answerer, "compare the three estimates of russian soldiers killed and say who gives each one")
    assert all(f in text for f in ("29,200", "7,000", "15,000", "1,351", "NATO", "Russia", "Ukrainian authorities"))


def test_two_figures_in_one_reply_say_as_reported_in_the_article_once(answerer: Answerer) -> None:
    _, text = ask(answerer, "where do 1,351 and 14 come from?")
    assert text.casefold().count("as reported in the article") == 1 and "1,351" in text and "14" in text


def test_a_numbered_list_of_claims_gets_a_line_for_each(answerer: Answerer) -> None:
    _, text = ask(answerer, "my group chat says: 1) soldiers are allowed to resign 2) russia declared war "
                            "3) putin mobilized everyone. which is right?")
    assert "contract" in text and "not declared war" in text and "mobilization" in text, text


def test_a_point_is_answered_by_its_own_sentence_not_by_a_source_whose_name_shares_a_word(answerer: Answerer) -> None:
    _, text = ask(answerer, "forwarded: • Russian soldiers can legally resign\n• Russia is at war officially")
    assert "legally resign under their contract" in text, text


def test_a_long_message_ending_with_its_own_question_gets_that_question_answered(answerer: Answerer) -> None:
    answer, text = ask(answerer, "My feed is full of people arguing, some say the Russians are unstoppable and others "
                                 "that they are falling apart. I honestly can't tell anymore. What does the article "
                                 "say about the state of the Russian army?")
    assert answer.entry_id == "army-disarray" and "disarray" in text, text


def test_a_long_message_ending_with_is_any_of_that_wrong_checks_each_claim(answerer: Answerer) -> None:
    _, text = ask(answerer, "So I read that (a) CNN interviewed a named Russian colonel, (b) Reuters talked to a "
                            "soldier from a group of 14 that quit. Is any of that wrong?")
    assert "did not reveal his name" in text and "14" in text, text


@pytest.mark.parametrize("question", ["они вообще знали, что будет война?", "а вони хоч знали шо буде війна?"])
def test_knew_that_there_would_be_a_war_is_not_what_will_happen(answerer: Answerer, question: str) -> None:
    answer, _ = ask(answerer, question)
    assert answer.entry_id != "mobilization-consequences", answer.entry_id


@pytest.mark.parametrize("question", ["how were the soldiers physically?", "el de la cnn como estaban fisicamente?",
                                      "в каком физическом состоянии были солдаты?"])
def test_asks_about_the_soldiers_physical_state_and_hears_dirty_and_tired(answerer: Answerer, question: str) -> None:
    answer, _ = ask(answerer, question)
    assert answer.entry_id == "cnn-dirty-tired", answer.entry_id


@pytest.mark.parametrize("question", ["q dice la onu sobre estos soldados q se niegan a pelear",
                                      "wat does the UN say about soldiers who refuse to fight"])
def test_an_abbreviated_question_word_asks_and_passes_on_no_claim(answerer: Answerer, question: str) -> None:
    answer, _ = ask(answerer, question)
    assert answer.entry_id == "un-icc-rights" and not answer.answered, answer.entry_id


@pytest.mark.parametrize("question", ["what unit was the guy who talked to reuters in?",
                                      "в какой части служил тот офицер?", "en qué unidad estaba el de reuters?"])
def test_asks_for_the_soldiers_unit_and_hears_the_article_names_none(answerer: Answerer, question: str) -> None:
    answer, _ = ask(answerer, question)
    assert not answer.answered and answer.kind == "not_covered", answer.entry_id


def test_where_the_14_went_afterwards_is_not_where_the_figure_comes_from(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "so where did those 14 guys go?")
    assert not answer.answered, answer.entry_id


def test_a_wave_of_resignations_is_a_mass_resignation(answerer: Answerer) -> None:
    answer, text = ask(answerer, "will there be a big wave of resignations?")
    assert answer.entry_id == "no-mass-resignations" and "Unlikely" in text, answer.entry_id


@pytest.mark.parametrize("question", ["when did putin announce the general mobilization?",
                                      "когда путин объявит всеобщую мобилизацию?", "cuando putin va a movilizar?"])
def test_asks_when_putin_mobilized_and_hears_the_article_predates_it(answerer: Answerer, question: str) -> None:
    answer, _ = ask(answerer, question)
    assert not answer.answered and answer.entry_id == "mobilization-later", answer.entry_id


@pytest.mark.parametrize("question", ["is menlikova the chairwoman of the committee?",
                                      "how do i contact the soldiers mothers committee, is there a hotline?",
                                      "яку посаду обіймає менлікова?"])
def test_asks_about_the_committee_beyond_the_article_and_hears_so(answerer: Answerer, question: str) -> None:
    answer, _ = ask(answerer, question)
    assert not answer.answered, answer.entry_id


@pytest.mark.parametrize("question", ["какая была обстановка вокруг того офицера?", "яка була обстановка навколо них?"])
def test_asks_about_the_surroundings_and_hears_people_around_us_were_dying(answerer: Answerer, question: str) -> None:
    answer, _ = ask(answerer, question)
    assert answer.entry_id == "cnn-dirty-tired", answer.entry_id


def test_a_quoted_phrase_with_a_partys_name_is_found_where_the_article_says_it(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "what does 'penetrating Ukrainian territory' mean?")
    assert answer.answered and answer.entry_id in ("cnn-deceived", "didnt-know-war"), answer.entry_id


def test_asks_whether_the_soldiers_names_are_known_and_hears_no_they_are_anonymous(answerer: Answerer) -> None:
    _, text = ask(answerer, "are the names of the interviewed soldiers known?")
    assert text.startswith("No") and "anonymous" in text, text


def test_asks_whether_the_army_tried_to_stop_the_officer_and_hears_of_the_criminal_case(answerer: Answerer) -> None:
    _, text = ask(answerer, "did his commanders try to stop him from leaving?")
    assert "criminal case" in text and "let" in text, text


def test_what_a_step_would_do_to_russia_is_a_follow_up_on_the_step_not_a_switch_to_russias_view(
        answerer: Answerer) -> None:
    answers = converse(answerer, ["can putin call a general mobilization?", "and what would that do to russia"])
    text = render_plain(answers[-1], answerer.kb.messages)
    assert answers[-1].answered and "strain" in text, text


def test_who_quits_according_to_ukraine_is_answered_from_ukraines_claim_not_a_gap_on_ranks(answerer: Answerer) -> None:
    answer, text = ask(answerer, "according to kyiv who is resigning - only privates or officers as well?")
    assert answer.answered and "officers" in text, text


def test_asks_whether_russia_agrees_with_natos_toll_and_hears_how_far_apart_they_are(answerer: Answerer) -> None:
    _, text = ask(answerer, "does russia agree with nato on the number of russian dead?")
    assert "lower" in text and "1,351" in text and "computed" in text, text


def test_an_abbreviation_counts_as_the_common_word_it_stands_for(answerer: Answerer) -> None:
    answer, text = ask(answerer, "ppl who quit r they deserters or not")
    assert answer.entry_id == "legal-regulations" and "not deserters" in text, answer.entry_id


def test_a_quoted_word_finds_its_entry_even_beside_words_the_article_never_uses(answerer: Answerer) -> None:
    answer, _ = ask(answerer, 'were they told about "denazification"? my gran says the telly screamed about it')
    assert answer.entry_id == "cnn-denazification", answer.entry_id


def test_a_claim_then_what_picture_does_the_article_paint_asks_about_the_claim(answerer: Answerer) -> None:
    answer, text = ask(answerer, "A channel I read says the Russian army is perfectly supplied and runs like a "
                                 "machine.\nWhat picture does the article paint?")
    assert answer.entry_id != "summary" and "disarray" in text, text


def test_a_preface_on_its_own_line_then_a_question_about_him_is_about_the_one_the_preface_named(
        answerer: Answerer) -> None:
    answer, _ = ask(answerer, "a post in my feed says the cnn guy quit over money\nso why did he really leave?")
    assert answer.entry_id == "cnn-why-left", answer.entry_id


@pytest.mark.parametrize(("question", "entry"), [
    ("what are the death figures in the article and whose are they?", "casualties-overview"),
    ("which problems of the russian army are described in the article?", "army-disarray"),
])
def test_in_the_article_only_says_where_what_is_asked_is(answerer: Answerer, question: str, entry: str) -> None:
    answer, _ = ask(answerer, question)
    assert answer.entry_id == entry, answer.entry_id


@pytest.mark.parametrize("question", ["where do the soldiers' stories come from?", "откуда эти истории солдат?",
                                      "what does the article rely on?", "does the piece rely on russian sources?"])
def test_asks_where_the_stories_come_from_or_what_the_article_relies_on_and_gets_its_sources(
        answerer: Answerer, question: str) -> None:
    answer, _ = ask(answerer, question)
    assert answer.entry_id == "article-sources", answer.entry_id


def test_how_the_kremlin_responded_is_its_reaction_which_the_article_does_not_report(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "how did the kremlin respond to the soldiers' stories?")
    assert answer.entry_id == "kremlin-reaction" and not answer.answered, answer.entry_id


@pytest.mark.parametrize(("question", "entry"), [
    ("when the officer wanted out, what did the military people warn him about?", "cnn-why-left"),
    ("who else does the article rely on apart from cnn and reuters?", "article-sources"),
])
def test_an_answer_that_knows_most_of_the_question_is_given_without_a_did_you_mean(answerer: Answerer,
                                                                                   question: str, entry: str) -> None:
    answer, _ = ask(answerer, question)
    assert answer.entry_id == entry and answer.kind == "answer", (answer.kind, answer.entry_id)


def test_personal_stories_stay_personal(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "did the CNN soldier believe the whole denazification story?")
    assert answer.entry_id == "cnn-denazification", answer.entry_id


@pytest.mark.parametrize("question", ["was the cnn officer proud of invading?", "was the officer proud or ashamed?"])
def test_asked_whether_he_was_proud_the_officer_is_not_given_a_yes(answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == "cnn-shame" and not text.startswith("Yes") and "shame" in text, text


def test_what_kinds_of_soldiers_quit_according_to_ukraine_is_what_ukraine_says(answerer: Answerer) -> None:
    answer, text = ask(answerer, "which kinds of soldiers resign according to Ukrainian side?")
    assert answer.entry_id == "ukraine-daily-resignations" and "officers" in text, text


def test_what_nato_says_about_the_resignations_is_still_not_in_the_article(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "what does NATO say about the resignations?")
    assert not answer.answered


def test_what_happened_after_the_article_came_out_is_later_news_the_article_cannot_have(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "did russia declare war after this article came out?")
    assert answer.entry_id == "war-declared-later" and not answer.answered, answer.entry_id


@pytest.mark.parametrize(("question", "entry"), [
    ("what had the army promised the soldier who spoke with Reuters?", "reuters-promises"),
    ("what rank did the officer who talked to CNN have?", "soldier-rank"),
])
def test_who_the_witness_spoke_to_does_not_outweigh_what_is_asked_about_him(answerer: Answerer, question: str,
                                                                           entry: str) -> None:
    answer, _ = ask(answerer, question)
    assert answer.entry_id == entry, answer.entry_id


@pytest.mark.parametrize("question", ["why did he end up quitting? the cnn one i mean",
                                      "¿por qué se fue al final? el de la cnn"])
def test_a_name_added_after_the_question_says_who_he_is(answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == "cnn-why-left" and "•" not in text, text


@pytest.mark.parametrize("question", ["when the officer told his superiors that he wanted to leave, was he threatened "
                                      "with anything?",
                                      "коли офіцер сказав командирам що хоче піти, чим йому погрожували?"])
def test_a_clause_that_sets_the_scene_is_not_a_second_question(answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == "legal-resign" and "•" not in text, text


@pytest.mark.parametrize("question", ["what methodology is behind NATO's range?", "what is his battalion called?",
                                      "which ministry put the prisoner videos online?"])
def test_a_method_a_units_name_or_a_ministry_is_a_detail_the_article_never_gives(answerer: Answerer,
                                                                                   question: str) -> None:
    answer, _ = ask(answerer, question)
    assert not answer.answered, answer.entry_id


@pytest.mark.parametrize("question", ["что чувствовал офицер, когда они зашли в украину?",
                                      "que sintio el oficial al entrar en ucrania?"])
def test_entering_ukraine_is_the_invasion_the_officer_was_ashamed_of(answerer: Answerer, question: str) -> None:
    answer, _ = ask(answerer, question)
    assert answer.entry_id == "cnn-shame", answer.entry_id


def test_a_question_closing_with_does_the_article_mention_asks_about_what_it_named(answerer: Answerer) -> None:
    answer, text = ask(answerer, "which problems of the russian army does the article mention?")
    assert answer.entry_id == "army-disarray" and "disarray" in text, answer.entry_id


def test_a_long_message_ending_in_does_the_article_say_gets_the_detail_it_lacks(answerer: Answerer) -> None:
    answer, text = ask(answerer, "My neighbour served in the army. He keeps asking about the officer CNN spoke to. "
                                 "Does the article say which unit he served in?")
    assert answer.entry_id == "unit-names" and "•" not in text, text


@pytest.mark.parametrize("question", ["can the commander reject his resignation?", "командир может отклонить рапорт?",
                                      "командир може не прийняти рапорт?", "командир може відхилити рапорт?"])
def test_a_commander_not_accepting_the_report_is_the_superiors_good_will_not_the_peoples_rejection(
        answerer: Answerer, question: str) -> None:
    answer, _ = ask(answerer, question)
    assert answer.entry_id == "superiors", answer.entry_id


@pytest.mark.parametrize("question", ["сколько потеряли украинцы?", "украина потеряла сколько солдат?",
                                      "скільки втратили українці?"])
def test_what_the_ukrainians_lost_is_their_own_losses_which_the_article_does_not_give(answerer: Answerer,
                                                                                      question: str) -> None:
    answer, _ = ask(answerer, question)
    assert answer.entry_id == "ukrainian-losses" and not answer.answered, answer.entry_id


def test_after_a_preface_what_does_it_say_about_something_asks_what_the_article_says_of_it(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "My cousin keeps arguing with me about the war. I recall the article was clear on "
                                 "this. What does it say about whether soldiers can legally resign?")
    assert answer.entry_id == "legal-resign" and "•" not in text, text


@pytest.mark.parametrize("message", [
    "The officer who spoke to CNN left after he saw how much the people of Ukraine rejected them.",
    "Forwarded: 'The CNN officer quit after he saw how much Ukrainians rejected the Russians.' Is that the reason he "
    "gives?",
])
def test_a_how_much_inside_a_statement_is_a_degree_not_a_figure_to_ask_for(answerer: Answerer, message: str) -> None:
    answer, _ = ask(answerer, message)
    assert answer.entry_id == "cnn-why-left", answer.entry_id


def test_how_many_prisoners_ending_in_a_full_stop_still_asks_for_a_figure_the_article_lacks(
        answerer: Answerer) -> None:
    answer, _ = ask(answerer, "how many prisoners were in the videos.")
    assert not answer.answered, answer.entry_id


@pytest.mark.parametrize(("message", "gap"), [
    ("My uncle read the part about the prisoners. He wants to know more. Does it say how many prisoners there are?",
     "pow-count"),
    ("My uncle read the part about the 70% who quit. Does the article name those battalions?", "unit-names"),
])
def test_a_preface_then_does_it_say_a_detail_gets_what_the_article_lacks(answerer: Answerer, message: str,
                                                                          gap: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == gap and "•" not in text, text


@pytest.mark.parametrize("question", ["what news agencies did the soldiers talk to?",
                                      "which media organisations does the piece cite?"])
def test_news_agencies_and_media_organisations_are_the_articles_sources(answerer: Answerer, question: str) -> None:
    _, text = ask(answerer, question)
    assert "CNN" in text and "Reuters" in text, text


@pytest.mark.parametrize("question", ["where was the cnn officer deployed?",
                                      "where did they deploy the officer at first?"])
def test_where_the_officer_was_deployed_is_where_he_was_sent(answerer: Answerer, question: str) -> None:
    _, text = ask(answerer, question)
    assert "Crimea" in text and not text.casefold().startswith(SILENT), text


@pytest.mark.parametrize("question", ["were they pumped full of propaganda about ukrainian nazis?",
                                      "were the soldiers brainwashed before the invasion?"])
def test_brainwashed_or_pumped_full_of_propaganda_is_the_rhetoric_they_were_not_hammered_with(
        answerer: Answerer, question: str) -> None:
    answer, _ = ask(answerer, question)
    assert answer.entry_id in {"cnn-what-are-we-doing", "cnn-denazification"}, answer.entry_id


@pytest.mark.parametrize("question", [
    "quick question, nothing to do with the news: how do I pin a message in my channel?",
    "off topic but how do i share a link to my channel",
    "no tiene nada que ver con la noticia pero como comparto un enlace?",
])
def test_a_question_said_to_be_off_the_article_is_not_answered_from_it(answerer: Answerer, question: str) -> None:
    answer, _ = ask(answerer, question)
    assert not answer.answered, answer.entry_id


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "es"])
def test_an_answer_never_says_the_article_is_silent_even_in_a_caveat(answerer: Answerer, lang: str) -> None:
    silent = ("doesn't say", "does not say", "не сказано", "не говорится", "не каже", "no dice")
    said = {entry_id: render_plain(answerer.answer_entry(entry_id, lang=lang), answerer.kb.messages).casefold()
            for entry_id in answerer.kb.entries}
    assert not [entry_id for entry_id, text in said.items() if any(s in text for s in silent)]


def test_a_preface_then_does_the_article_say_anything_about_what_it_never_mentions_is_told_so(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "My brother says quitters lose their flats. "
                                 "Does the article say anything about housing being taken away?")
    assert not answer.answered and text.casefold().startswith("the article doesn't say"), text


def test_a_question_then_a_lowercase_aside_is_still_that_question(answerer: Answerer) -> None:
    answer, text = ask(answerer, "ok so how many russian soldiers died? all sides lie about it anyway")
    assert answer.answered and all(f in text for f in ("29,200", "7,000", "15,000", "1,351")), text


def test_did_he_end_up_doing_it_after_a_forecast_asks_for_news_after_the_article(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "will putin declare a general mobilization?", "so did he end up doing it?")
    assert answer.entry_id == "mobilization-later", answer.entry_id
    answer, _ = ask(answerer, "was the cnn officer let go?", "did the military end up letting him leave?")
    assert answer.entry_id == "legal-resign", answer.entry_id  # the article's own "in the end they let him go"


@pytest.mark.parametrize("question", ["how does the article end?", "чем заканчивается статья?",
                                      "чим закінчується стаття?", "¿cómo termina el artículo?"])
def test_how_the_article_ends_is_its_closing_words_on_what_a_mobilization_would_mean(answerer: Answerer,
                                                                                      question: str) -> None:
    assert ask(answerer, question)[0].entry_id == "mobilization-consequences"


def test_a_quoted_claim_then_does_the_article_mention_that_is_checked_against_the_article(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "Saw this: 'Belarus is sending its own troops into Kyiv next week.' "
                              "Does the article mention that?")
    assert not answer.answered, answer.entry_id
    answer, _ = ask(answerer, "Saw this: 'Some Russian soldiers said they were cheated, told they were going on "
                              "exercises.' Does the article mention that?")
    assert answer.entry_id == "cheated-video", answer.entry_id


def test_someone_is_asking_colon_then_the_question_is_that_question(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "My aunt is asking: does the article say how the soldiers' families reacted? "
                              "She worries a lot.")
    assert answer.entry_id == "soldier-family", answer.entry_id


def test_a_part_naming_whose_story_is_meant_points_them_at_that_source(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "а сколько их ушло вместе, ну в истории рейтерс")
    assert answer.entry_id == "reuters-fourteen" and answer.lang == "ru", answer.entry_id


def test_was_the_officer_jailed_gets_what_happened_without_a_yes(answerer: Answerer) -> None:
    _, text = ask(answerer, "was the cnn officer jailed?")
    assert not text.startswith("Yes") and "let him go" in text, text


def test_how_the_army_is_doing_now_gets_its_state_in_2022_not_a_missing_death_toll(answerer: Answerer) -> None:
    answer, text = ask(answerer, "how is the russian army doing right now")
    assert answer.entry_id == "army-disarray" and "2022" in text, (answer.entry_id, text)


def test_a_family_preface_then_does_it_say_there_are_consequences_answers_the_consequences(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "My sister's husband serves in the Russian army and wants out. "
                                 "Does the article say he could face serious consequences for that?")
    assert answer.entry_id == "intro-homeland" and "consequences" in text, (answer.entry_id, text)


def test_a_retold_claim_about_promised_medals_is_reuters_story_and_source_then_names_reuters(
        answerer: Answerer) -> None:
    claim = "a group of russian soldiers quit because they did not get the medals and extras they were promised"
    assert ask(answerer, claim)[0].entry_id == "reuters-promises"
    for retold in (claim, f"saw a post saying {claim}"):
        answer, text = ask(answerer, retold, "source?")
        assert answer.answered and "Reuters" in text, text


def test_whats_the_risk_after_a_mobilization_question_is_the_strain_on_russian_society(answerer: Answerer) -> None:
    for asked in ("can putin just order a full mobilization?", "so putin could just do a general mobilization?"):
        answer, text = ask(answerer, asked, "and the risk of that?")
        assert answer.entry_id in ("general-mobilization", "mobilization-consequences") and "strain" in text, text


def test_a_claim_that_putin_already_declared_war_gets_the_article_saying_he_had_not(answerer: Answerer) -> None:
    answer, text = ask(answerer, "heard putin already declared war and drafted people, is that right?")
    assert answer.entry_id == "no-war-declared" and "not declared" in text, (answer.entry_id, text)


@pytest.mark.parametrize("question", ["тяжело ли уволиться из российской армии?", "чи важко звільнитися з війська?",
                                      "¿es difícil renunciar al ejército ruso?"])
def test_is_it_hard_to_resign_in_each_language_is_the_commanders_good_will(answerer: Answerer,
                                                                           question: str) -> None:
    assert ask(answerer, question)[0].entry_id == "superiors"


def test_a_resignation_handed_in_with_a_pronoun_between_is_still_one_submitted(answerer: Answerer) -> None:
    answer, text = ask(answerer, "what happens to his resignation after he turns it in?")
    assert answer.entry_id == "superiors" and "trash" in text, (answer.entry_id, text)


def test_was_the_cnn_officer_proud_is_answered_with_his_shame(answerer: Answerer) -> None:
    answer, text = ask(answerer, "the officer from cnn, was he proud of invading?")
    assert answer.entry_id == "cnn-shame" and "ashamed" in text.casefold(), (answer.entry_id, text)


def test_why_after_news_of_quitting_asks_why_they_quit_but_after_a_yes_no_asks_why_the_answer_holds(
        answerer: Answerer) -> None:
    answer, _ = ask(answerer, "hold on, russian soldiers are quitting the army??", "but why")
    assert answer.entry_id == "why-resign", answer.entry_id
    answer, _ = ask(answerer, "can a russian soldier resign legally?", "why?")
    assert answer.entry_id == "legal-resign", answer.entry_id


@pytest.mark.parametrize(("question", "said"), [
    ("was the officer named", "anonymous"), ("is the cnn soldiers name known", "No"),
    ("who talked to cnn", "anonymous")])
def test_asks_whether_the_cnn_officer_is_named_and_hears_no_he_is_anonymous(answerer: Answerer, question: str,
                                                                            said: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.answered and answer.entry_id == "cnn-anonymous" and said in text, (answer.entry_id, text)


def test_asks_her_name_after_the_committee_in_spanish_and_hears_menlikova(answerer: Answerer) -> None:
    answer, text = ask(answerer, "q dice la del comite de madres de soldados rusos", "y ella como se llama?")
    assert answer.entry_id == "mothers-committee" and "Menlikova" in text, text


def test_a_hint_after_the_question_says_which_story_not_a_second_question(answerer: Answerer) -> None:
    answer, text = ask(answerer, "what did the cnn guy say about how it was over there, something about being "
                                 "exhausted and filthy?")
    assert answer.entry_id == "cnn-dirty-tired" and "dirty and tired" in text, (answer.entry_id, text)


def test_spanish_phone_calls_are_not_asking_a_name(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "que decian los prisioneros en las llamadas a casa")
    assert answer.entry_id != "soldier-names", answer.entry_id


@pytest.mark.parametrize(("claim", "check", "who"), [
    ("heard in some battalions like 70% resigned", "legit?", "Ukrainian authorities"),
    ("someone told me 70% of some battalions quit", "source? is it real?", "Ukrainian authorities"),
    ("слышал что в некоторых батальонах уволилось 70%", "правда?", "украинск"),
    ("escuche que en algunos batallones renuncio el 70%", "es verdad?", "ucranian"),
])
def test_asks_whether_a_claim_just_answered_holds_and_hears_who_claims_it(answerer: Answerer, claim: str,
                                                                           check: str, who: str) -> None:
    first, _ = ask(answerer, claim)
    answer, text = ask(answerer, claim, check)
    assert answer.entry_id == first.entry_id and who.casefold() in text.casefold(), (answer.entry_id, text)


def test_asks_is_that_true_after_russias_figure_and_hears_russias_figure_first(answerer: Answerer) -> None:
    _, text = ask(answerer, "russia says only 1351 of its soldiers died", "is that true tho?")
    assert text.startswith("1,351") and "Russia" in text, text


def test_asks_what_the_reuters_soldier_said_about_quitting_and_then_how_many(answerer: Answerer) -> None:
    answer, text = ask(answerer, "What did the soldier who spoke to Reuters say about quitting?")
    assert answer.answered and "14" in text and "Reuters" in text, text
    answer, text = ask(answerer, "What did the soldier who spoke to Reuters say about quitting?", "how many of them?")
    assert answer.entry_id == "reuters-fourteen" and "14" in text, text


def test_asks_what_nato_said_about_resignations_and_hears_nato_gave_only_a_death_toll(answerer: Answerer) -> None:
    answer, text = ask(answerer, "what did NATO say about the resignations?")
    assert not answer.answered and "NATO" in text, text


@pytest.mark.parametrize("switch", ["and russia itself?", "what about russia's own number?"])
def test_asks_nato_then_russia_itself_and_hears_russias_figure(answerer: Answerer, switch: str) -> None:
    answer, text = ask(answerer, "what does NATO estimate for russian soldier deaths?", switch)
    assert answer.entry_id == "casualties-russia" and "1,351" in text, (answer.entry_id, text)


def test_asks_where_the_cnn_officer_was_posted_and_hears_crimea(answerer: Answerer) -> None:
    answer, text = ask(answerer, "where was the cnn officer posted before he got into ukraine?")
    assert answer.answered and "Crimea" in text and not text.startswith("The article doesn't say"), text


def test_a_telegram_post_is_not_a_posting(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "post in a channel: 'russian troops resign every single day' - whose claim is that")
    assert answer.entry_id != "cnn-deceived", answer.entry_id


def test_a_post_saying_the_army_runs_out_of_supplies_gets_the_armys_state(answerer: Answerer) -> None:
    answer, text = ask(answerer, "saw a post that the russian army ran out of supplies weeks ago. is that so?")
    assert answer.entry_id == "army-disarray" and "supplies" in text, (answer.entry_id, text)


@pytest.mark.parametrize("question", [
    "what did the army promise the soldiers reuters talked to, and how many of them walked away?",
    "что обещали солдатам из истории reuters и сколько их уволилось?",
    "qué les prometieron a los soldados de reuters y cuántos de ellos renunciaron?",
])
def test_how_many_of_them_in_a_second_part_counts_the_people_the_first_part_was_about(answerer: Answerer,
                                                                                     question: str) -> None:
    text = render_plain(answerer.answer(question), answerer.kb.messages)
    assert "14" in text or "Fourteen" in text or "Четырнадцат" in text or "Catorce" in text, text


@pytest.mark.parametrize(("question", "entry"), [
    ("what was the cnn officer feelin in that first week?", "cnn-shock"),
    ("why r so many soldiers quittin", "why-resign"),
])
def test_an_ing_typed_as_it_is_said_reads_as_the_word(answerer: Answerer, question: str, entry: str) -> None:
    assert answerer.answer(question).entry_id == entry


@pytest.mark.parametrize("messages", [
    ["can a russian soldier resign legally?", "ok and what's the catch?"],
    ["quitting the army is a piece of cake, isn't it?"],
])
def test_asking_for_the_catch_in_resigning_gets_the_superiors_say(answerer: Answerer, messages: list[str]) -> None:
    assert converse(answerer, messages)[-1].entry_id == "superiors"


def test_how_many_troops_in_ukraine_in_total_is_the_army_size_not_ukraines_figure(answerer: Answerer) -> None:
    answer = answerer.answer("how many russian soldiers are there in ukraine in total?")
    assert answer.entry_id == "army-size" and not answer.answered, answer.entry_id


def test_asking_whether_only_the_rank_and_file_quit_gets_ukraines_all_categories(answerer: Answerer) -> None:
    answer = answerer.answer("is it just the rank and file quitting, or officers as well?")
    assert answer.entry_id == "ukraine-daily-resignations", answer.entry_id


@pytest.mark.parametrize("question", [
    "a post says the russian army collapsed on the battlefield. true?",
    "did the invasion go according to plan for russia from day one?",
    "война для россии началась удачно?",
])
def test_whether_the_war_went_to_plan_gets_the_armys_mixed_state(answerer: Answerer, question: str) -> None:
    assert answerer.answer(question).entry_id == "army-disarray"


@pytest.mark.parametrize(("messages", "word"), [
    (["how many russians died according to ukraine?", "and is nato's number higher or lower?"], "lower than"),
    (["nato's estimate?", "and does russia admit even that many?"], "lower than"),
])
def test_a_figure_beside_the_others_says_lower_or_higher_in_plain_words(answerer: Answerer, messages: list[str],
                                                                         word: str) -> None:
    text = render_plain(converse(answerer, messages)[-1], answerer.kb.messages)
    assert word in text, text


@pytest.mark.parametrize(("question", "expected"), [
    ("є відео, де хлопці кажуть, що їх 'обдурили' — а що їм обіцяли?", "маневр"),
    ("there's a clip where soldiers say they got 'cheated', what had they been told?", "maneuvers"),
])
def test_a_video_where_they_say_something_is_asked_about_not_passed_on(answerer: Answerer, question: str,
                                                                      expected: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.answered and answer.entry_id == "cheated-video" and expected in text, text


def test_checking_a_figure_with_the_story_round_it_gets_the_story_and_whose_it_is(answerer: Answerer) -> None:
    answer, text = ask(answerer, "is it true 14 soldiers quit because they weren't paid their bonuses?")
    assert answer.answered and "did not get the extras" in text and "Reuters" in text, text
    answer, text = ask(answerer, "where does the 14 come from?")  # asking for the source still gets the source
    assert answer.answered and "comes from the soldier who spoke to Reuters" in text, text


def test_a_question_after_a_preface_whose_it_is_its_own_subject_is_answered(answerer: Answerer) -> None:
    message = ("My nephew is 20 and lives in Kazan. His friends keep saying everyone will be called up. "
               "What does the article say about a general mobilization and what would it mean for Russia?")
    answer, text = ask(answerer, message)
    assert answer.answered and "strain" in text, text


@pytest.mark.parametrize("messages", [
    ["how many russian soldiers died according to ukraine", "what about the others?"],
    ["what does nato estimate", "and the other estimates?"],
    ["сколько погибло по данным украины", "а другие?"],
    ["скільки загинуло за даними україни", "а інші?"],
    ["cuántos murieron según ucrania", "¿y los demás?"],
])
def test_asking_about_the_others_after_one_estimate_gets_all_three(answerer: Answerer, messages: list[str]) -> None:
    assert converse(answerer, messages)[-1].entry_id == "casualties-overview"


def test_the_other_estimates_asked_first_is_still_a_question_of_its_own(answerer: Answerer) -> None:
    assert converse(answerer, ["other estimates?"])[-1].entry_id == "other-death-estimates"


@pytest.mark.parametrize("question", ["Russia's own death toll?",
                                      "what's the russian defense ministry's own death count"])
def test_a_partys_own_death_toll_is_that_partys_figure(answerer: Answerer, question: str) -> None:
    assert converse(answerer, [question])[-1].entry_id == "casualties-russia"


def test_a_forwarded_figure_with_its_reason_gets_the_story_not_only_the_source(answerer: Answerer) -> None:
    answer = converse(answerer, ["saw on twitter that 14 soldiers walked out together because nobody paid the "
                                 "bonus they were promised, true?"])[-1]
    text = render_plain(answer, answerer.kb.messages)
    assert answer.entry_id == "reuters-fourteen" and "extras" in text and "Reuters" in text, text


def test_why_a_figures_people_did_it_gets_their_story_with_who_told_it(answerer: Answerer) -> None:
    answer = converse(answerer, ["who told the story of the 14 who quit and why did they do it?"])[-1]
    text = render_plain(answer, answerer.kb.messages)
    assert answer.entry_id == "reuters-fourteen" and "promised" in text and "Reuters" in text, text


@pytest.mark.parametrize("question", ["the russian defence ministry's count of wounded soldiers?",
                                      "what figure does russia's defence ministry give for wounded"])
def test_a_missing_subject_gets_the_gap_about_that_subject_not_a_neighbouring_one(answerer: Answerer,
                                                                                  question: str) -> None:
    assert converse(answerer, [question])[-1].entry_id == "wounded"


@pytest.mark.parametrize("question", ["a soldier hid his face on camera, why?",
                                      "how did the cnn guy say he felt inside",
                                      "навіщо офіцер затуляв обличчя?"])
def test_hiding_his_face_however_it_is_said_is_the_officers_shame(answerer: Answerer, question: str) -> None:
    assert converse(answerer, [question])[-1].entry_id == "cnn-shame"


@pytest.mark.parametrize("question", ["why do they quit, are they cowards?", "они просто трусы?", "son unos cobardes?"])
def test_asking_whether_the_soldiers_are_cowards_gets_their_reasons(answerer: Answerer, question: str) -> None:
    assert converse(answerer, [question])[-1].entry_id == "why-resign"


@pytest.mark.parametrize("messages", [
    ["Хто сказав «це не наша війна»?", "а скільки їх там було, хто вирішив кинути службу?"],
    ["кто сказал «это не наша война»?", "а сколько их решили бросить службу?"],
    ['who said "this is not our war"?', "and how many of them were there who quit with him?"],
])
def test_how_many_of_them_quit_after_the_reuters_soldier_gets_fourteen(answerer: Answerer,
                                                                      messages: list[str]) -> None:
    assert converse(answerer, messages)[-1].entry_id == "reuters-fourteen"


@pytest.mark.parametrize("question", ["which specific battalions lost 70% of their men?",
                                      "какие это батальоны конкретно, где 70%?"])
def test_which_battalions_with_a_word_between_asks_what_the_article_never_names(answerer: Answerer,
                                                                                 question: str) -> None:
    assert converse(answerer, [question])[-1].entry_id == "which-battalions-70"


def test_a_quote_then_who_said_it_asks_for_the_speaker_not_passes_on_a_claim(answerer: Answerer) -> None:
    answer = converse(answerer, ["'there were 14 of us' - who said it, and why did they quit?"])[-1]
    assert answer.entry_id == "reuters-fourteen", render_plain(answer, answerer.kb.messages)


def test_why_quitters_are_not_called_deserters_gets_the_regulations(answerer: Answerer) -> None:
    assert converse(answerer, ["how come the ones who resign don't get labelled deserters?"])[-1].entry_id \
        == "legal-regulations"


def test_the_guy_who_talked_to_cnn_is_who_is_asked_about_not_who_he_is(answerer: Answerer) -> None:
    assert converse(answerer, ["did the army threaten the guy who talked to cnn with a criminal case?"])[-1] \
        .entry_id == "legal-resign"


@pytest.mark.parametrize("question", ["що було на відео з полоненими?", "что было на видео с пленными?"])
def test_what_was_on_the_prisoner_videos_is_what_they_showed_not_their_consequences(answerer: Answerer,
                                                                                    question: str) -> None:
    assert converse(answerer, [question])[-1].entry_id == "pow-videos"


def test_one_unknown_word_inside_a_forwarded_claim_does_not_hide_the_claim(answerer: Answerer) -> None:
    answer = converse(answerer, ['a friend posted: "Half of the Russian army has quit, mass resignations are '
                                 'snowballing." true?'])[-1]
    assert answer.entry_id == "resignation-share", render_plain(answer, answerer.kb.messages)


@pytest.mark.parametrize("question", ["was the officer who talked to cnn jailed for quitting?",
                                      "его посадили за то, что он уволился?", "¿lo metieron preso por renunciar?"])
def test_asking_whether_the_officer_was_jailed_gets_no_yes_written_for_can_they_resign(answerer: Answerer,
                                                                                      question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == "legal-resign", text
    assert not text.startswith(("Yes", "Да", "Sí")), text
    assert re.search("criminal|уголовн|penal", text), text


def test_asking_whether_soldiers_can_resign_legally_still_gets_yes(answerer: Answerer) -> None:
    assert ask(answerer, "can a contract soldier resign legally?")[1].startswith("Yes,")


@pytest.mark.parametrize("question", ["kremlin body count", "the kremlin's casualties?"])
def test_the_kremlins_toll_is_russias_own_figure(answerer: Answerer, question: str) -> None:
    assert "1,351" in ask(answerer, question)[1].split(".")[0]


def test_why_the_officer_left_and_whether_he_was_threatened_gets_his_story_not_the_law(answerer: Answerer) -> None:
    answer, text = ask(answerer, "why did the cnn officer resign, and was he threatened?")
    assert answer.entry_id == "cnn-why-left", text
    assert "rejection" in text and "criminal case" in text, text


def test_comparing_one_partys_figure_with_anothers_compares_them_not_says_no(answerer: Answerer) -> None:
    text = ask(answerer, "is nato's 15,000 more than ukraine's figure?")[1]
    assert not text.startswith("No"), text
    assert "29,200" in text and "computed" in text, text


@pytest.mark.parametrize(("question", "entry"), [("what's the article about? two sentences max please", "summary"),
                                                 ("why do soldiers resign, one sentence", "why-resign")])
def test_asking_for_a_short_reply_does_not_change_what_is_asked(answerer: Answerer, question: str, entry: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == entry, text


def test_whether_a_side_is_winning_or_losing_gets_the_articles_mixed_picture(answerer: Answerer) -> None:
    answer, text = ask(answerer, "is ukraine winning or losing, per the article?")
    assert answer.answered and text.startswith("Mixed"), text


@pytest.mark.parametrize("message", ["what do you think about bitcoin?", "receta de guacamole porfa",
                                     "honestly, do you reckon bitcoin is a scam?",
                                     "can you recommend a good borscht recipe?"])
def test_an_off_topic_message_gets_the_off_topic_reply_not_a_story_sharing_one_word(answerer: Answerer,
                                                                                    message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.kind == "not_covered" and answer.not_covered_kind == "off_topic", text


@pytest.mark.parametrize("question", ["someone shared a reuters video where a russian soldier hides his face in shame "
                                      "over invading. was that reuters?",
                                      "a post says the reuters soldier hid his face because he was ashamed to invade, "
                                      "is that right?"])
def test_a_story_pinned_on_the_wrong_outlet_still_gets_that_story_with_its_real_outlet(answerer: Answerer,
                                                                                     question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.answered and not text.casefold().startswith(SILENT)
    assert "shame" in text and "CNN" in text


@pytest.mark.parametrize("question", ["is a wave of resignations forecast? any caveats?",
                                      "does the piece foresee mass resignations"])
def test_asking_what_the_article_forecasts_gets_its_forecast_and_caveats_add_no_topic(answerer: Answerer,
                                                                                    question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == "no-mass-resignations" and text.startswith("Unlikely")


@pytest.mark.parametrize(("first", "follow_up", "lower", "higher"), [
    ("nato's number of dead russians?", "and is that more or less than the figure ukraine gives?", "NATO", "Ukrainian"),
    ("what does nato estimate for russian deaths?", "how does it compare with russia's own count?", "Russia", "NATO"),
    ("what does nato estimate for russian deaths?", "is that higher than ukraine's?", "NATO", "Ukrainian"),
])
def test_comparing_the_figure_just_given_with_another_partys_compares_those_two(
        answerer: Answerer, first: str, follow_up: str, lower: str, higher: str) -> None:
    _, text = ask(answerer, first, follow_up)
    said = text.split("computed")[0]
    assert lower in said and higher in said and "computed from the figures" in text


@pytest.mark.parametrize(("follow_up", "other"), [
    ("is that more or less than what moscow itself admits", "Russia"),
    ("how does that compare to what ukraine says", "Ukrainian"),
])
def test_comparing_after_all_estimates_given_to_a_question_on_one_claimant_weighs_that_claimants_figure(
        answerer: Answerer, follow_up: str, other: str) -> None:
    _, text = ask(answerer, "what does NATO estimate for russian soldiers killed?", follow_up)
    said = text.split("computed")[0]
    assert "NATO" in said and other in said and "computed from the figures" in text


@pytest.mark.parametrize(("question", "entry_id"), [
    ("what did the cnn officer say, did they even understand what they were doing there?", "cnn-what-are-we-doing"),
    ("what did the cnn guy say, how long was he in shock?", "cnn-shock"),
])
def test_asks_what_a_witness_said_then_a_question_and_gets_his_answer_to_that_question_alone(
        answerer: Answerer, question: str, entry_id: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == entry_id and "•" not in text


@pytest.mark.parametrize(("question", "entry_id"), [
    ("what were the guys in the reuters story promised exactly?", "reuters-promises"),
    ("is the officer in the cnn story named?", "cnn-anonymous"),
])
def test_a_witness_named_by_the_story_that_told_of_him_is_that_witness_and_no_story_is_asked(
        answerer: Answerer, question: str, entry_id: str) -> None:
    answer, _ = ask(answerer, question)
    assert answer.entry_id == entry_id


def test_asks_whether_the_russian_army_is_steamrolling_now_and_hears_the_articles_mixed_picture(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "is the russian army steamrolling now?")
    assert answer.entry_id == "army-disarray" and text.startswith("Mixed")


def test_the_reuters_soldiers_reason_put_on_the_cnn_officer_is_told_whose_reason_it_is(answerer: Answerer) -> None:
    _, text = ask(answerer, "the cnn soldier quit because he wasnt getting paid, right?")
    assert text.startswith("The article does not attribute this to the officer who spoke to CNN") and "Reuters" in text


@pytest.mark.parametrize("question", ["did the guys get what the whole thing was for",
                                      "did the cnn officer's unit know what they were doing there?"])
def test_asks_whether_the_guys_got_what_the_whole_thing_was_for_and_hears_many_did_not_understand(
        answerer: Answerer, question: str) -> None:
    answer, _ = ask(answerer, question)
    assert answer.entry_id == "cnn-what-are-we-doing"


@pytest.mark.parametrize("claim", ["Valentina Menlikova says only a handful of soldiers resign. is this right?",
                                   "a handful of soldiers resign, says the mothers committee. true?"])
def test_a_handful_of_resignations_put_on_the_mothers_committee_hears_that_she_says_many(
        answerer: Answerer, claim: str) -> None:
    _, text = ask(answerer, claim)
    assert "many" in first_sentence(text) and "Menlikova" in text and "does not attribute" not in text


@pytest.mark.parametrize("post", [
    "fwd: 'NATO now says 29,200 russian soldiers are dead while the Kremlin admits 1,351' true?",
    "a post says: 'Moscow admits 29,200 dead whereas NATO counts only 1,351'. legit?",
])
def test_a_post_setting_two_tolls_side_by_side_with_while_gets_the_misplaced_one_corrected(
        answerer: Answerer, post: str) -> None:
    _, text = ask(answerer, post)
    assert "No: 29,200 comes from the Ukrainian authorities" in text and "1,351" in text


@pytest.mark.parametrize("question", ["russia admits 1,351 and ukraine claims way more, so who's lying?",
                                      "how many times bigger is ukraine's figure than russia's?"])
def test_two_death_tolls_compared_are_never_weighed_without_the_third(answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert "computed from the figures" in text and "NATO" in text and "7,000–15,000" in text
    assert {c.claim_id for c in answer.citations} >= {"ukraine-29200", "russia-1351", "nato-estimate"}


@pytest.mark.parametrize(("story", "next_question", "told"), [
    ("what were the reuters soldier's unit promised?", "ok so what did they do about it?", "14"),
    ("was the cnn officer ashamed?", "and what did he do about it?", "resigned"),
    ("что обещали солдатам, с которыми говорил reuters?", "и что они с этим сделали?", "14"),
    ("¿qué le prometieron a la unidad del soldado de reuters?", "¿y qué hicieron al respecto?", "14"),
])
def test_what_they_did_about_it_gets_what_the_story_tells_happened_next(answerer: Answerer, story: str,
                                                                        next_question: str, told: str) -> None:
    first, _ = ask(answerer, story)
    answer, text = ask(answerer, story, next_question)
    assert answer.answered and answer.entry_id != first.entry_id and told in text


@pytest.mark.parametrize(("story", "asked"), [
    ("what does the soldiers' mothers committee say about quitting?", "and who is quoted?"),
    ("что говорит комитет солдатских матерей?", "а кого цитируют?"),
])
def test_who_is_quoted_after_an_answer_gets_its_quotes_with_the_person(answerer: Answerer, story: str,
                                                                       asked: str) -> None:
    _, text = ask(answerer, story, asked)
    assert "Menlikova" in text or "Менликова" in text


@pytest.mark.parametrize("question", ["name the units where 70% of soldiers resigned",
                                      "which were the units where the 70% walked out?"])
def test_where_after_a_noun_asks_for_the_place_the_article_never_names_not_whose_figure(answerer: Answerer,
                                                                                        question: str) -> None:
    answer, _ = ask(answerer, question)
    assert answer.entry_id == "which-battalions-70" and not answer.answered


@pytest.mark.parametrize("message", ["what does China say about Russian soldiers refusing to fight?",
                                     "what do other countries think about the refusers?", "что думает Китай об этом?",
                                     "¿qué opina China de los soldados que renuncian?"])
def test_asks_what_another_country_thinks_and_hears_the_article_quotes_none(answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert not answer.answered and answer.entry_id == "western-leaders", text
    assert any(nato in text for nato in ("NATO", "НАТО", "OTAN")), text


@pytest.mark.parametrize(("message", "claimant"), [
    ("NATO says Russian soldiers resign every day. true?", "Ukrainian authorities"),
    ("НАТО заявило, що росіяни звільняються щодня. Це правда?", "Українська влада"),
    ("NATO says that in some battalions 70% resigned. true?", "Ukrainian authorities"),
    ("La OTAN confirma que el 70% de algunos batallones renunció. ¿Es cierto?", "autoridades ucranianas")])
def test_a_claim_put_in_the_wrong_mouth_is_not_theirs_and_the_reply_names_whose_it_is(answerer: Answerer, message: str,
                                                                                      claimant: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.answered and claimant in text and not text.casefold().startswith(SILENT), text
    assert any(nato in text.split(".")[0] for nato in ("NATO", "НАТО", "OTAN")), text


def test_a_party_named_before_a_colon_is_the_one_claiming(answerer: Answerer) -> None:
    answer, text = ask(answerer, "NATO: almost 30,000 Russian troops already dead in Ukraine. true?")
    assert answer.answered and text.startswith("No:") and "7,000" in text and "Ukrainian" in text, text


@pytest.mark.parametrize("message", [
    'Forwarded from a channel: "Moscow now admits almost 30,000 of its soldiers have died in Ukraine." Is this true?',
    'Forwarded message: "NATO: almost 30,000 Russian troops already dead in Ukraine" is this correct??'])
def test_a_forwarded_claim_with_is_this_true_gets_one_verdict_not_a_second_point_on_reliability(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.answered and text.startswith("No: 29,200 comes from the Ukrainian authorities"), text
    assert "each point" not in text, text


def test_asks_if_quitters_can_get_in_trouble_and_hears_of_the_criminal_case(answerer: Answerer) -> None:
    answer, text = ask(answerer, "so are the guys who quit deserters or not? and can they get in trouble for it?")
    assert answer.answered and "not deserters" in text and "criminal case" in text, text


@pytest.mark.parametrize("message", ["sources of the casualty figures?", "what are the sources for each death toll?",
                                     "¿qué fuentes da el artículo para cada cifra de muertos?"])
def test_asks_for_the_sources_of_the_death_tolls_and_gets_each_toll_with_its_claimant(answerer: Answerer,
                                                                                       message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "casualties-overview" and "1,351" in text.replace(".", ","), text


def test_asks_the_diff_between_two_tolls_in_shorthand_and_gets_it_computed(answerer: Answerer) -> None:
    answer, text = ask(answerer, "diff between nato and ukraine numbers?")
    assert answer.answered and "29,200" in text and "7,000" in text and "computed" in text, text


@pytest.mark.parametrize(("message", "entry", "lang"), [
    ("Screenshot from a channel: 'Putin has declared war on Ukraine and conscripts are at the front' legit?",
     "no-war-declared", "en"),
    ("Скрин из телеги: «Украина заявила, что в батальонах уволились 70%». правда?", "ukraine-70-percent", "ru"),
    ("Пост у вайбері: «Україна заявила, що в батальйонах звільнилися 70%». це правда?", "ukraine-70-percent", "uk")])
def test_a_pasted_post_is_read_past_the_label_saying_where_it_comes_from(
        answerer: Answerer, message: str, entry: str, lang: str) -> None:
    answer, text = ask(answerer, message)
    assert (answer.entry_id, answer.lang) == (entry, lang), text


def test_a_post_inflating_the_share_that_quit_is_told_the_articles_figure_and_whose_it_is(answerer: Answerer) -> None:
    answer, text = ask(answerer, "channel says: in some battalions as many as 85% of the men have resigned. true?")
    assert answer.answered and text.startswith("No, not 85%: the article's figure is 70%"), text
    assert "Ukrainian authorities" in text.split("\n")[0], text


def test_a_share_saying_how_sure_someone_is_is_no_figure_to_correct(answerer: Answerer) -> None:
    _, text = ask(answerer, "my uncle is 100% sure the article is fake. does it say soldiers can resign legally?")
    assert "not 100%" not in text, text


@pytest.mark.parametrize(("message", "opening"), [
    ("someone said NATO counts 45,000 russians killed. true?", "No, not 45,000: the article's figure is 7,000–15,000"),
    ("в чате пишут что Россия признала 12 тысяч погибших, правда?", "Нет, не 12 000: в статье цифра 1 351")])
def test_a_death_toll_no_estimate_gives_is_corrected_with_the_named_partys_own(
        answerer: Answerer, message: str, opening: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.answered and text.startswith(opening), text


@pytest.mark.parametrize("message", ["my friend says russia admits only around 1,200 dead",
                                     "правда что россия признала около полутора тысяч погибших?"])
def test_a_toll_typed_roughly_from_memory_is_not_corrected_as_a_wrong_figure(answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.answered and ("1,351" in text or "1351" in text) and not text.startswith(("No", "Нет")), text


@pytest.mark.parametrize("message", ["how many russians does NATO think died, and who reported that number?",
                                     "сколько погибших называет украина и кто дал эту цифру?"])
def test_asks_a_toll_and_who_reported_that_figure_and_gets_the_toll_with_its_source(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    first = text.split("\n")[0]
    assert answer.answered and ("7,000" in first or "29 200" in first) and "70%" not in text, text


def test_a_short_question_between_two_answers_of_one_story_gets_the_best_of_them(answerer: Answerer) -> None:
    answer, text = ask(answerer, "were they told they were there for denazification")
    assert answer.answered and answer.entry_id in ("cnn-what-are-we-doing", "cnn-denazification"), text
    assert "nazi" in text.lower(), text


def test_asks_in_russian_how_many_times_ukraines_figure_differs_from_russias_and_gets_the_ratio(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "во сколько раз цифры у украины по потерям больше, чем признает россия?")
    assert answer.answered and answer.lang == "ru" and "21,6" in text, text


@pytest.mark.parametrize(("messages", "opening"), [
    (("what does nato estimate", "and the max?"), "The upper end of the estimate from NATO is 15,000"),
    (("а нато какие цифры дает по погибшим русским?", "а минимум?"), "Нижняя граница оценки (НАТО) — 7 000"),
    (("how many died", "and the max?"), "The highest estimate of Russian soldiers killed is 29,200"),
    (("what does nato estimate", "and the lowest?"), "The lowest estimate of Russian soldiers killed is 1,351")])
def test_asks_for_the_max_after_a_range_and_gets_that_ranges_end_or_the_highest_of_all(
        answerer: Answerer, messages: tuple[str, ...], opening: str) -> None:
    answer, text = ask(answerer, *messages)
    assert answer.answered and text.startswith(opening), text


def test_most_accurate_asks_no_highest_estimate(answerer: Answerer) -> None:
    _, text = ask(answerer, "is ukraine's number the most accurate one?")
    assert "highest estimate" not in text and "upper end" not in text, text


def test_a_follow_up_word_cut_short_still_asks_for_the_sources(answerer: Answerer) -> None:
    answer, text = ask(answerer, "что говорит нато о погибших", "источн?")
    assert answer.answered and "NATO lowers that figure" in text, text


@pytest.mark.parametrize(("message", "entry", "not_from"), [
    ("the cnn officer said 'this is not our war', right?", "reuters-not-our-war", "the officer who spoke to CNN"),
    ("a soldier told Reuters he was sent to Crimea and ended up in Ukraine, right?", "cnn-deceived", "Reuters")])
def test_a_checked_quote_put_to_the_wrong_outlet_is_answered_and_the_outlet_corrected(
        answerer: Answerer, message: str, entry: str, not_from: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == entry and text.startswith(f"The article does not attribute this to {not_from}."), text


@pytest.mark.parametrize("message", ["how many of the quitters ended up behind bars?",
                                     "скольких отказников уже посадили?"])
def test_asks_how_many_were_jailed_and_hears_the_article_counts_none_but_tells_of_the_warning(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert not answer.answered and answer.entry_id == "refusal-sentences", text


def test_a_witness_pointed_at_with_ese_before_who_he_spoke_to_is_asked_what_was_asked(answerer: Answerer) -> None:
    answer, text = ask(answerer, "xq renuncio el oficial ese q hablo con la cnn?")
    assert answer.entry_id == "cnn-why-left" and answer.lang == "es", text


@pytest.mark.parametrize("message", ["Коли саме пішли ті 14 солдатів, про яких розповідав Reuters?",
                                     "когда именно уволились те 14, о которых писал Reuters?"])
def test_when_exactly_opens_a_question_of_its_own_not_a_scene_before_one(answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert not answer.answered and answer.entry_id == "event-dates", text


def test_what_the_article_raises_is_what_it_says(answerer: Answerer) -> None:
    answer, text = ask(answerer, "which Geneva Convention problem does the article raise?")
    assert answer.entry_id == "geneva-convention" and "Geneva Convention" in text, text


@pytest.mark.parametrize("message", ["з якого батальйону був офіцер з CNN?", "из какого полка был тот офицер из CNN?"])
def test_asks_which_unit_someone_came_from_and_hears_the_article_names_none(answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert not answer.answered, text


@pytest.mark.parametrize(("message", "entry"), [
    ('my friend sent this: "Kyiv says Russian soldiers are resigning every single day". is that true?',
     "ukraine-daily-resignations"),
    ("Como periodista me interesa: ¿qué implicaría una movilización general en Rusia y por qué el artículo dice que "
     "sería arriesgada?", "general-mobilization"),
])
def test_who_asks_and_why_is_no_point_of_the_message(answerer: Answerer, message: str, entry: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == entry and "CNN" not in text, text


@pytest.mark.parametrize("message", [
    "Reuters: 14 Russian soldiers quit after the army failed to give them the daily allowance, combat extras and "
    "medals it promised. Is that accurate?",
    'Saw this on twitter: "Reuters: 14 Russian soldiers quit after the army failed to give them the daily allowance, '
    'combat extras and medals it promised." Is that accurate?'])
def test_a_post_stating_the_reuters_group_right_hears_the_count_from_its_story(answerer: Answerer,
                                                                               message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "reuters-fourteen" and "14" in text, text


def test_a_long_post_telling_the_reuters_story_with_another_count_is_corrected(answerer: Answerer) -> None:
    _, text = ask(answerer, "A Russian soldier told Reuters that 40 men in his unit quit together because they "
                            "never got the extras and medals they were promised. is that right?")
    assert text.startswith("No, not 40: the article's figure is 14"), text


@pytest.mark.parametrize("message", ["they say the cnn officer left the army because he was wounded. true?",
                                     "Кажуть офіцер з CNN пішов з армії бо його поранили. це правда?"])
def test_a_claim_giving_a_reason_the_article_does_not_hears_the_articles_reason(answerer: Answerer,
                                                                                 message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "cnn-why-left" and answer.answered, text


@pytest.mark.parametrize("message", ["cual es el batallon ese donde renuncio el 70%? tiene nombre?",
                                     "which battalion was it where 70% quit?"])
def test_a_where_after_a_noun_asks_about_the_noun_not_whose_the_figure_is(answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "which-battalions-70" and not answer.answered, text


@pytest.mark.parametrize(("message", "opening"), [
    ("forwarded: \"The Committee of Soldiers' Mothers says 70% of some battalions have quit\" — correct?",
     "No: 70% (share of soldiers who resigned in some battalions) comes from the Ukrainian authorities"),
    ('Pasted from a channel: "CNN reports 14 Russian soldiers quit together because they never got their combat '
     'bonuses." correct?', "No: 14 (soldiers in the group that quit) comes from the soldier who spoke to Reuters"),
])
def test_a_figure_put_on_an_outlet_or_group_that_never_gives_it_is_said_to_be_not_theirs(
        answerer: Answerer, message: str, opening: str) -> None:
    _, text = ask(answerer, message)
    assert text.startswith(opening) and "not from" in text, text


@pytest.mark.parametrize("message", ["where is he now, that cnn officer? did he leave russia or not?",
                                     "а де він зараз, той офіцер з CNN? виїхав з росії чи ні?"])
def test_a_name_put_after_the_question_it_points_at_asks_what_became_of_him(answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert not answer.answered and "Crimea" not in text and "Криму" not in text, text


def test_two_parts_answered_by_one_sentence_say_it_once(answerer: Answerer) -> None:
    _, text = ask(answerer, "my uncle keeps saying any russian soldier who quits is a deserter and goes straight to "
                            "jail. is he right?")
    assert text.casefold().count("as long as they follow the regulations") == 1, text


def test_goes_is_read_as_go(answerer: Answerer) -> None:
    answer, text = ask(answerer, "if Putin goes for general mobilization, what does the article expect would happen?")
    assert answer.entry_id == "general-mobilization", text


def test_two_words_joined_by_and_in_a_post_are_one_claim(answerer: Answerer) -> None:
    answer, text = ask(answerer, "I read that a russian soldier said they were dirty and tired, people around them "
                                 "were dying")
    assert answer.entry_id == "cnn-dirty-tired" and "each point" not in text, text


@pytest.mark.parametrize("message", [
    "As of the article, how many Russian soldiers does Ukraine say have been killed, and who reported the figure?",
    "How many russians were killed according to Ukraine, and who reported this number?"])
def test_asks_ukraines_toll_and_who_reported_it_and_hears_29200_via_dw_first(answerer: Answerer, message: str) -> None:
    _, text = ask(answerer, message)
    assert text.startswith("The Ukrainian authorities estimate that 29,200") and "Deutsche Welle" in text, text
    assert "Menlikova" not in text and "70%" not in text, text


@pytest.mark.parametrize(("message", "entry"), [
    ("один солдат говорил, что им обещали суточные, боевые и медали, но ничего не дали", "reuters-promises"),
    ("Переслано из канала: «Офицер рассказал CNN, что им всю дорогу промывали мозги про украинских нацистов и "
     "денацификацию». Это так было?", "cnn-denazification"),  # «Нет: ... не пичкали риторикой об украинских нацистах»
])
def test_a_comma_before_chto_goes_on_with_what_was_said(answerer: Answerer, message: str, entry: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == entry and "Неоднозначн" not in text and "обманули" not in text, text


@pytest.mark.parametrize(("question", "entry"), [
    ("is russia winning?", "army-disarray"),  # the article says how the war goes for Russia now
    ("россия проигрывает войну?", "army-disarray"),
    ("who will win the war", "who-wins"),  # it makes no prediction
])
def test_how_the_war_goes_now_is_answered_and_who_will_win_is_not(answerer: Answerer, question: str,
                                                                   entry: str) -> None:
    answer, _ = ask(answerer, question)
    assert answer.entry_id == entry and answer.answered == (entry == "army-disarray")


def test_who_won_a_game_is_off_topic_not_the_course_of_the_war(answerer: Answerer) -> None:
    answer, text = ask(answerer, "who won the super bowl")
    assert not answer.answered and "Mixed" not in text and "did you mean" not in text.casefold()


def test_a_post_claiming_war_was_declared_hears_no_first_in_its_point(answerer: Answerer) -> None:
    _, text = ask(answerer, "my uncle posts that Russia officially declared war on Ukraine and drafted conscripts, "
                            "so anyone who quits is a deserter. is he right?")
    first_point = text.split("\n")[1]
    assert "has not declared war" in first_point, text


@pytest.mark.parametrize(("question", "opening"), [
    ("were the prisoner videos legal?", "No:"),
    ("so ukraine's pow videos broke the geneva convention?", "Yes:"),
    ("isn't filming captured soldiers like that against the rules?", "Yes:"),
    ("¿esos vídeos de prisioneros violan la convención de ginebra?", "Sí:"),
    ("is quitting the russian army illegal?", "No,"),
    ("may a contract soldier resign lawfully?", "Yes,"),
])
def test_a_question_asked_the_other_way_gets_the_yes_or_no_turned_round(answerer: Answerer, question: str,
                                                                         opening: str) -> None:
    _, text = ask(answerer, question)
    assert text.startswith(opening)


def test_a_question_asking_which_of_two_gets_no_yes_or_no(answerer: Answerer) -> None:
    _, text = ask(answerer, "is resigning legal or illegal for a contract soldier?")
    assert not text.startswith(("Yes", "No"))
    assert "legally resign" in text


def test_at_least_is_a_hedge_not_the_lowest_estimate(answerer: Answerer) -> None:
    _, text = ask(answerer, "does the soldiers' mothers committee at least know how many men resigned?")
    assert "cannot be known" in text and "1,351" not in text


def test_ok_before_a_follow_up_still_leans_on_the_answer_before(answerer: Answerer) -> None:
    _, text = ask(answerer, "what did the reuters soldier say?", "okay and why did they quit in the end?")
    assert "Reuters" in text and "promised" in text


def test_source_asked_after_a_half_matched_claim_is_that_claims_source(answerer: Answerer) -> None:
    _, text = ask(answerer, "is it true his entire unit got tricked into the invasion? i read that somewhere. source?")
    assert text.startswith("Deceived") and "CNN" in text
    assert "The article cites" not in text


@pytest.mark.parametrize("question", ["what did he say they were even doing there?",
                                      "'what are we doing here' - who said it?"])
def test_who_said_words_the_article_quotes_is_answered_without_an_answer_before(answerer: Answerer,
                                                                                 question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == "cnn-what-are-we-doing" and "CNN" in text.split("\n")[0]


@pytest.mark.parametrize("question", ["What did the Reuters soldier say, and why did they decide to quit?",
                                      "Що розповів солдат Reuters і чому вони вирішили піти?"])
def test_they_after_a_witness_in_one_message_are_his_own_group(answerer: Answerer, question: str) -> None:
    _, text = ask(answerer, question)
    assert "14" in text and "CNN" not in text


def test_videos_ukraine_posted_are_the_ones_it_released_and_their_legality_follows(answerer: Answerer) -> None:
    first, _ = ask(answerer, "which videos of captured russians did ukraine post?")
    assert first.entry_id == "pow-videos"
    _, text = ask(answerer, "which videos of captured russians did ukraine post?", "aren't those against the rules?")
    assert text.startswith("Yes:") and "Geneva" in text


def test_a_question_word_typed_with_two_letters_swapped_is_still_read(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "waht were the soldeirs promised?")
    assert answer.entry_id == "reuters-promises"


def test_two_questions_joined_by_a_plus_sign_get_a_line_each(answerer: Answerer) -> None:
    _, text = ask(answerer, "why did the cnn officer hide his face + how did he feel in the first week")
    assert "shame" in text and "aftershock" in text


def test_source_asked_first_then_a_remark_is_still_the_source_of_the_answer_before(answerer: Answerer) -> None:
    answer, text = ask(answerer, "in some battalions 70% resigned, right?", "source? and no 'trust me bro'")
    assert answer.entry_id == "ukraine-70-percent" and "Ukrainian authorities" in text and "70%" in text


def test_who_is_lying_about_the_toll_gets_all_three_estimates_and_their_caveat(answerer: Answerer) -> None:
    answer, text = ask(answerer, "so is kyiv or moscow lying about the numbers of dead?")
    assert answer.answered and all(f in text for f in ("29,200", "7,000", "1,351")) and "verified" in text


def test_how_the_army_is_doing_in_slang_is_its_state(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "is russia's army doing well or badly rn, according to the article?")
    assert answer.entry_id == "army-disarray"


def test_and_typed_as_n_between_two_questions_splits_them(answerer: Answerer) -> None:
    _, text = ask(answerer, "what did cnn hear from its officer n what did reuters hear from its soldier")
    assert "CNN" in text and "not our war" in text


def test_is_it_legal_after_the_videos_in_one_message_is_the_videos_legality(answerer: Answerer) -> None:
    _, text = ask(answerer, "what were the videos of captured russians phoning their mothers? and is it even legal?")
    assert "Geneva" in text and "legally resign" not in text


@pytest.mark.parametrize("message", [
    "forwarded: 'a soldier told the BBC that 40 guys in his unit quit together because they never got paid' legit?",
    "read that 40 soldiers quit together after the army didnt pay the extras it promised. is 40 right?",
    "Reuters interviewed 140 russian soldiers who all deserted together because they werent paid. is it true?",
])
def test_a_post_retelling_the_group_that_quit_with_another_count_hears_the_article_counts_14(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "reuters-fourteen" and text.startswith("No, not") and "14" in text and "Reuters" in text


def test_a_rate_of_resignations_is_not_retold_as_the_group_of_14(answerer: Answerer) -> None:
    answer, _ = ask(answerer, "300 soldiers quit every day, true?")
    assert answer.entry_id != "reuters-fourteen"


@pytest.mark.parametrize(("message", "entry"), [
    ("will there be a mobilization or not? my husband is of draft age, scary", "general-mobilization"),
    ("почему российские солдаты увольняются? у меня брат там", "why-resign"),
])
def test_a_question_then_a_remark_about_the_asker_gets_the_questions_answer(
        answerer: Answerer, message: str, entry: str) -> None:
    answer, _ = ask(answerer, message)
    assert answer.entry_id == entry


def test_asks_which_unit_the_officer_was_in_and_hears_none_is_named_with_his_battalion(answerer: Answerer) -> None:
    answer, text = ask(answerer, "what unit was the cnn officer in?")
    assert not answer.answered and text.startswith("No unit is named in the article") and "battalion" in text


def test_checks_a_quote_of_two_sentences_and_hears_whose_words_they_are(answerer: Answerer) -> None:
    answer, text = ask(answerer, "did the officer tell CNN 'we were dirty and tired. people around us were dying'?")
    assert answer.entry_id == "cnn-dirty-tired" and "each point" not in text


@pytest.mark.parametrize(("message", "entry"), [
    ("how many did russia lose", "casualties-overview"),
    ("how many tanks has russia lost", "equipment-losses"),
    ("someone wrote he covered his face the whole time?? why would he do that", "cnn-shame"),
])
def test_everyday_wordings_reach_their_story(answerer: Answerer, message: str, entry: str) -> None:
    assert ask(answerer, message)[0].entry_id == entry


def test_a_greeting_with_a_wish_gets_the_greeting(answerer: Answerer) -> None:
    answer, text = ask(answerer, "morning! hope you're having a good one")
    assert answer.entry_id is None and text.startswith("Hi!")


def test_asks_deaths_so_far_and_gets_the_three_estimates(answerer: Answerer) -> None:
    answer, text = ask(answerer, "deaths so far?")
    assert answer.entry_id == "casualties-overview" and "29,200" in text and "1,351" in text


@pytest.mark.parametrize(("message", "lang"), [("what's the cnn officer's surname?", "en"),
                                               ("как фамилия офицера из cnn", "ru"),
                                               ("яке прізвище офіцера з CNN?", "uk"),
                                               ("¿cuál es el apellido del oficial de la CNN?", "es")])
def test_asks_the_cnn_officers_surname_and_hears_that_no_soldier_is_named(answerer: Answerer, message: str,
                                                                          lang: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.lang == lang and answer.entry_id in ("soldier-names", "cnn-anonymous"), text
    assert "CNN" in text and not text.casefold().startswith(SILENT), text


@pytest.mark.parametrize(("message", "no"), [
    ("солдат рассказал CNN, что их было 14 и все уволились, потому что не заплатили. правда?", "Нет"),
    ("російський солдат сказав CNN що їх 14 звільнилися, бо не заплатили. правда?", "Ні"),
    ("un soldado le dijo a la CNN que 14 renunciaron porque no les pagaron. es cierto?", "No"),
    ("saw on tg: 'a russian soldier told CNN 14 of them quit because they weren't paid'. true? coz im not sure it "
     "was CNN", "No"),
])
def test_a_forwarded_claim_putting_the_fourteen_on_cnn_is_told_it_was_reuters(answerer: Answerer, message: str,
                                                                             no: str) -> None:
    answer, text = ask(answerer, message)
    first = text.split("\n")[0]
    assert answer.entry_id == "reuters-fourteen" and first.startswith(no) and "Reuters" in first and "CNN" in first


def test_asks_whether_nothing_happened_to_the_cnn_officer_and_hears_of_the_criminal_case(answerer: Answerer) -> None:
    answer, text = ask(answerer, "офицер из cnn в итоге уволился?", "и ему за это ничего не было?")
    assert answer.answered and "уголовн" in text, text


@pytest.mark.parametrize(("messages", "lang"), [
    (("бачила відео де україна показує полонених російських солдатів, як вони з мамами говорять",
      "а так взагалі можна?"), "uk"),
    (("украина выкладывала видео где пленные русские звонят мамам?", "а так вообще можно?"), "ru"),
])
def test_asks_whether_the_prisoner_videos_are_allowed_and_hears_of_the_geneva_convention(
        answerer: Answerer, messages: tuple[str, ...], lang: str) -> None:
    answer, text = ask(answerer, *messages)
    assert answer.lang == lang and answer.entry_id == "geneva-convention", text


def test_a_question_then_a_friends_claim_gets_the_questions_answer(answerer: Answerer) -> None:
    answer, text = ask(answerer, "so r they deserters if they quit? my friend says they all get shot for desertion lol")
    assert answer.answered and "not deserters" in text and not text.casefold().startswith(SILENT), text


def test_a_supposition_then_a_question_gets_what_is_left_to_putin(answerer: Answerer) -> None:
    answer, text = ask(answerer, "if not enough soldiers want to fight what card does putin still have to play")
    assert answer.entry_id == "general-mobilization" and "mobilization" in text, text


@pytest.mark.parametrize(("message", "entry"), [
    ("how hard is it to resign", "superiors"),
    ("isn't this whole article just western propaganda pushing a narrative?", "propaganda-reliability"),
    ("i read the russian army is doing great and everything is organized - how does the article describe it?",
     "army-disarray"),
    ("how many quit w him", "reuters-fourteen"),
    ("а сколько всу погибло за это время?", "ukrainian-losses"),
    ("adonde lo mandaron primero al militar de CNN?", "cnn-deceived"),
    ("чого росія не забирає людей силою в армію? в неї ж війна", "no-war-declared"),
])
def test_more_everyday_wordings_reach_their_story(answerer: Answerer, message: str, entry: str) -> None:
    assert ask(answerer, message)[0].entry_id == entry


@pytest.mark.parametrize("message", ["thanks bro, good chat 👍", "che quien gano el superclasico boca river?"])
def test_small_talk_and_football_get_no_answer_from_the_article(answerer: Answerer, message: str) -> None:
    assert not ask(answerer, message)[0].answered


def test_a_forwarded_count_told_otherwise_is_corrected_with_the_story_behind_the_count(answerer: Answerer) -> None:
    answer, text = ask(answerer, "saw this on telegram: 'Reuters talked to a russian unit where 140 soldiers quit at "
                                 "once because they were never paid a single ruble' is that true?")
    assert answer.entry_id == "reuters-fourteen" and text.startswith("No, not 140") and "promised" in text, text


@pytest.mark.parametrize(("messages", "needle"), [
    (("the cnn officer resigned right?", "and they just let him walk? nobody tried to stop him?"), "criminal case"),
    (("what did he say about not knowing why they were there, the cnn one",), "what this was all for"),
])
def test_follow_ups_on_the_cnn_officer_get_what_was_asked(answerer: Answerer, messages: tuple[str, ...],
                                                          needle: str) -> None:
    answer, text = ask(answerer, *messages)
    assert answer.answered and needle in text, text


@pytest.mark.parametrize("message", ["what did the soldier tell reuters journalists?",
                                     "Що сказав журналістам Reuters солдат?",
                                     "¿qué les dijo a los periodistas de Reuters el soldado?"])
def test_asks_what_a_witness_told_journalists_and_gets_his_words_not_the_journalists_names(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "reuters-not-our-war" and answer.answered, text


@pytest.mark.parametrize("message", ["насколько расходятся цифры погибших у украины и у нато?",
                                     "наскільки різняться цифри втрат україни і самої росії? в рази?"])
def test_compares_ukraines_figure_with_another_party_and_gets_both_figures_not_ukrainian_losses(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.answered and "29 200" in text, text


@pytest.mark.parametrize("message", ["шо той офіцер з CNN казав про людей які помирали поряд",
                                     "¿qué dijo el oficial de la CNN sobre la gente que se moría a su alrededor?",
                                     "what did the cnn soldier say about his comrades dying"])
def test_asks_what_the_cnn_officer_said_about_people_dying_and_gets_his_words(answerer: Answerer, message: str) -> None:
    assert ask(answerer, message)[0].entry_id == "cnn-dirty-tired"


def test_a_quote_put_before_the_wrong_witness_is_given_back_to_the_reuters_soldier(answerer: Answerer) -> None:
    answer, text = ask(answerer, "слышал что «это не наша война» сказал тот офицер в интервью CNN. так?")
    assert answer.entry_id == "reuters-not-our-war" and "Reuters" in text, text


@pytest.mark.parametrize(("messages", "entry"), [
    (("the viral one where they say they got cheated - whats the story",), "cheated-video"),
    (("what did the russian soldier who talked to reuters say", "how many of them quit together?"), "reuters-fourteen"),
    (("что за офицер дал интервью CNN?", "он был в крыму да?", "и почему он в итоге ушёл?"), "cnn-why-left"),
    (("номер бригади або частини того офіцера з CNN вказаний?",), "unit-names"),
    (("станом на яке число ці 29200 вбитих? дата є?",), "event-dates"),
    (("сравни цифры погибших: украина vs нато vs россия. разница то огромная",), "casualties-overview"),
    (("ukraine says 70% quit in some battalions?", "is that number legit tho"), "ukraine-70-percent"),
    (("wat can putin do if not enough guys want to fight",), "general-mobilization"),
    (("what did the CNN officer say about what they were told before going in?",
      "and the reuters one — what was his main gripe?"), "reuters-promises"),
])
def test_questions_on_a_story_reach_it_however_they_name_it(answerer: Answerer, messages: tuple[str, ...],
                                                             entry: str) -> None:
    assert ask(answerer, *messages)[0].entry_id == entry


@pytest.mark.parametrize("message", ["are you for the kremlin or for kyiv?", "ты за россию или за украину?",
                                     "а ти сам на чиєму боці?", "¿y tú de qué lado estás?"])
def test_asks_whose_side_the_bot_is_on_and_gets_no_opinion_not_casualty_figures(answerer: Answerer,
                                                                                 message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "bot-opinion" and not answer.answered, text


@pytest.mark.parametrize(("message", "entry"), [("how often do resignashuns happen according to kyiv?",
                                                  "ukraine-daily-resignations"),
                                                 ("will there be a mobilizashun?", "general-mobilization")])
def test_a_word_spelt_as_it_is_said_is_read_as_the_word(answerer: Answerer, message: str, entry: str) -> None:
    assert ask(answerer, message)[0].entry_id == entry


@pytest.mark.parametrize("message", ["russian deaths so far, as of now?", "скільки загинуло росіян на сьогодні?",
                                     "сколько сейчас погибших у рф?", "¿cuántos rusos han muerto hasta ahora?"])
def test_asks_the_death_toll_as_of_now_and_gets_the_articles_estimates_with_their_date(answerer: Answerer,
                                                                                        message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.answered and "1351" in re.sub(r"[\s.,]", "", text) and "2022" in text, text


@pytest.mark.parametrize("message", ["what's the russian death toll now, in 2025?", "how many russian troops are in "
                                     "ukraine right now", "is the war over by now?"])
def test_asks_for_news_after_the_article_and_is_told_it_has_none(answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert not answer.answered, text


@pytest.mark.parametrize(("messages", "entry"), [
    (("can russian soldiers resign legally?", "and what if his commander just says no?"), "superiors"),
    (("who is valentina menlikova?", "and what does she say about the commanders?"), "superiors"),
    (("контрактник может законно уволиться?", "а дезертиром его не признают?"), "legal-regulations"),
])
def test_a_follow_up_worded_as_another_storys_question_gets_that_story(answerer: Answerer,
                                                                       messages: tuple[str, ...], entry: str) -> None:
    assert ask(answerer, *messages)[0].entry_id == entry


@pytest.mark.parametrize("message", ["my husband is at the front now. can he resign legally?",
                                     "здравствуйте. у меня сын по контракту служит, сейчас там. может он законно "
                                     "уволиться или это будет дезертирство??"])
def test_a_time_word_in_what_the_asker_tells_of_himself_asks_no_later_news(answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.answered and answer.entry_id in ("legal-resign", "legal-regulations"), text


@pytest.mark.parametrize(("message", "opening"), [("у меня брат на контракте. он может просто уволиться?", "Да"),
                                                  ("у мене брат на контракті. він може просто звільнитися?", "Так")])
def test_asks_whether_his_kin_may_quit_and_hears_yes_with_the_rule(answerer: Answerer, message: str,
                                                                  opening: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id in ("legal-resign", "legal-regulations") and text.startswith(opening), text


@pytest.mark.parametrize("message", ["а чё он чувствовал когда они заходили на украинскую территорию",
                                     "що він відчував, коли вони зайшли на українську територію?"])
def test_asks_how_the_officer_felt_entering_ukraine_in_everyday_words_and_gets_his_shame(answerer: Answerer,
                                                                                         message: str) -> None:
    assert ask(answerer, message)[0].entry_id == "cnn-shame"


def test_a_remark_on_the_asker_after_the_question_is_no_point_of_its_own(answerer: Answerer) -> None:
    answer, text = ask(answerer, "why do russian soldiers quit and refuse to fight? my brother is there")
    assert answer.entry_id == "why-resign" and "each point" not in text, text


@pytest.mark.parametrize(("message", "wanted"), [
    ("dos cosas: q les prometieron a los del grupo de reuters y cuantos eran?", ("14", "medallas")),
    ("видео с пленными, что там было и вообще законно ли такое показывать?", ("гражданск", "Женевской")),
])
def test_a_second_question_joined_by_and_is_answered_too(answerer: Answerer, message: str,
                                                         wanted: tuple[str, str]) -> None:
    text = ask(answerer, message)[1]
    assert all(w.casefold() in text.casefold() for w in wanted), text


def test_asks_what_putin_does_if_he_runs_out_of_men_and_gets_the_mobilization(answerer: Answerer) -> None:
    assert ask(answerer, "if putin runs out of guys what can he do")[0].entry_id == "general-mobilization"


@pytest.mark.parametrize("message", ["в якій області воював той солдат з рейтерс і з якої він частини?",
                                     "той офіцер з cnn, з якого він підрозділу був?"])
def test_asks_for_a_unit_with_a_pronoun_inside_and_is_told_the_article_names_none(answerer: Answerer,
                                                                                  message: str) -> None:
    answer, text = ask(answerer, message)
    assert not answer.answered, text


def test_asks_whether_the_toll_is_current_or_as_of_writing_and_gets_the_estimates_with_their_date(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "is 29.2k the current toll or just as of when this was written")
    assert answer.answered and "29,200" in text and "2022" in text, text


def test_asks_what_came_after_the_article_was_written_and_hears_it_has_no_news(answerer: Answerer) -> None:
    assert not ask(answerer, "did putin mobilize after this was written?")[0].answered


def test_a_party_named_only_in_the_claim_disputed_is_not_whom_the_question_asks(answerer: Answerer) -> None:
    answer, text = ask(answerer, "prove it. the kremlin told every soldier they were going to denazify ukraine, "
                                 "everyone knows that. what does this officer say?")
    assert answer.entry_id == "cnn-denazification" and "CNN" in text, text


@pytest.mark.parametrize(("message", "entry"), [
    ("Як почувався цей військовий, коли заходив на українську територію?", "cnn-shame"),
    ("в якому стані руська армія по статті, бардак?", "army-disarray"),
    ("почему в статье пишут что у россии нет насильно призванных?", "no-war-declared"),
    ("Чи були якісь погрози тому офіцеру, коли він вирішив звільнитися?", "legal-resign"),
])
def test_everyday_words_for_a_story_reach_it_in_russian_and_ukrainian(answerer: Answerer, message: str,
                                                                       entry: str) -> None:
    assert ask(answerer, message)[0].entry_id == entry


@pytest.mark.parametrize("message", ["is anyone in the article named at all?",
                                     "а кого-то вообще по имени назвали или все анонимы?"])
def test_asks_whether_anyone_is_named_and_hears_the_soldiers_are_not_but_menlikova_is(answerer: Answerer,
                                                                                     message: str) -> None:
    text = ask(answerer, message)[1]
    assert "Menlikova" in text or "Менликова" in text, text


@pytest.mark.parametrize("message", ["Why there is so much difference in the number of killed Russians?",
                                     "почему оценки погибших россиян так отличаются?"])
def test_asks_why_the_death_tolls_differ_and_gets_the_three_estimates(answerer: Answerer, message: str) -> None:
    assert ask(answerer, message)[0].entry_id == "casualties-overview"



def test_asks_who_is_lying_about_the_dead_and_gets_every_estimate_with_the_caveat(answerer: Answerer) -> None:
    answer, text = ask(answerer, "so who's lying about the dead, kyiv or moscow?")
    assert answer.answered and "29,200" in text and "1,351" in text and "verified" in text, text


def test_asks_as_of_what_date_the_losses_are_counted_and_hears_the_article_gives_no_date(answerer: Answerer) -> None:
    answer, text = ask(answerer, "на какое число эти данные по потерям? дата какая")
    assert not answer.answered, text


def test_asks_what_exactly_the_reuters_soldier_was_promised_and_gets_the_promises(answerer: Answerer) -> None:
    answer, text = ask(answerer, "What exactly was the soldier who spoke to Reuters promised back in Russia?")
    assert answer.entry_id == "reuters-promises" and "medals" in text, text


@pytest.mark.parametrize(("message", "lead"), [
    ("Reenviado: \"Un soldado ruso anónimo le dijo a la BBC: 'Esta no es nuestra guerra'\". ¿Es cierto?",
     "El artículo no atribuye esto a BBC."),
    ("Forwarded: \"A Russian soldier told the BBC: 'Many did not understand what this was all for and what we are "
     "doing here.'\" Is this legit?", "The article does not attribute this to BBC."),
])
def test_the_articles_words_put_on_an_outlet_it_never_names_are_not_confirmed(answerer: Answerer, message: str,
                                                                              lead: str) -> None:
    text = ask(answerer, message)[1]
    assert text.startswith(lead), text


@pytest.mark.parametrize("message", ["saw this on telegram: 'a Russian soldier told the BBC: this is not our war'. "
                                     "legit or fake?", "Fwd: «Российский солдат рассказал BBC: это не наша война». "
                                                       "Правда?"])
def test_a_whole_post_quoting_the_reuters_soldiers_words_gets_his_story(answerer: Answerer, message: str) -> None:
    assert ask(answerer, message)[0].entry_id == "reuters-not-our-war"


@pytest.mark.parametrize(("message", "entry", "lead"), [
    ("quote going around: 'This is not our war' - a russian soldier told Reuters. real?", "reuters-not-our-war", ""),
    ("post says a russian officer told CNN 'we were dirty and tired. people around us were dying'. real quote or "
     "fake?", "cnn-dirty-tired", ""),
    ("Quote check before we publish: the CNN officer said 'We were dirty and tired. People around us were dying.' Is "
     "that accurate?", "cnn-dirty-tired", "Yes"),
])
def test_a_quote_put_to_be_checked_is_one_question_on_the_story_that_gives_it(answerer: Answerer, message: str,
                                                                              entry: str, lead: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == entry and "each point" not in text and text.startswith(lead), text


def test_a_quote_put_on_a_named_sergeant_is_not_confirmed(answerer: Answerer) -> None:
    text = ask(answerer, 'forwarded: "Reuters interviewed Sgt. Ivan Petrov who said: this is not our war". legit?')[1]
    assert not text.startswith("Yes"), text


def test_asks_why_the_cnn_soldier_ended_up_leaving_and_gets_his_reason(answerer: Answerer) -> None:
    answer, text = ask(answerer, "why did the soldier who spoke to cnn end up leaving")
    assert answer.entry_id == "cnn-why-left" and "rejection" in text, text


def test_a_quote_heard_on_tv_from_the_reuters_soldier_is_confirmed_not_put_on_tv(answerer: Answerer) -> None:
    text = ask(answerer, "a guy on TV said a soldier told Reuters: 'this is not our war'. true?")[1]
    assert "TV" not in text and "Reuters" in text, text


@pytest.mark.parametrize("message", ["good evening! hows ur day going", "hey u, how r u doing"])
def test_a_greeting_in_chat_shorthand_is_small_talk_not_a_story(answerer: Answerer, message: str) -> None:
    answer = ask(answerer, message)[0]
    assert answer.kind == "small_talk" and answer.entry_id is None


def test_asks_who_the_14_spoke_to_and_why_they_quit_and_gets_their_own_reason(answerer: Answerer) -> None:
    text = ask(answerer, "who did those 14 soldiers speak to, and why did they quit?")[1]
    assert "Reuters" in text and "promised" in text, text


@pytest.mark.parametrize(("first", "follow_up"), [
    ("what videos did ukraine put out?", "isn't that against the geneva rules?"),
    ("¿qué vídeos de prisioneros publicó Ucrania?", "¿y eso es legal?"),
])
def test_asks_whether_the_prisoner_videos_are_allowed_and_gets_the_geneva_convention(
        answerer: Answerer, first: str, follow_up: str) -> None:
    assert ask(answerer, first, follow_up)[0].entry_id == "geneva-convention"


def test_a_forwarded_claim_ending_accurate_or_not_gets_the_story_it_claims(answerer: Answerer) -> None:
    answer, text = ask(answerer, "Forwarded: \"A Russian officer told CNN his unit was brainwashed with 'Ukrainian "
                                 "Nazis' rhetoric before the invasion.\" Accurate or not?")
    assert answer.entry_id in ("cnn-what-are-we-doing", "cnn-denazification") and "each point" not in text, text


def test_two_quoted_words_in_a_question_are_a_term_not_two_points(answerer: Answerer) -> None:
    answer, text = ask(answerer, "were the troops fed the 'ukrainian nazis' line before they went in?")
    assert answer.entry_id in ("cnn-what-are-we-doing", "cnn-denazification") and "each point" not in text, text


def test_asks_if_they_knew_they_were_heading_into_a_war_and_gets_that_many_did_not(answerer: Answerer) -> None:
    assert ask(answerer, "did the soldiers know they were headed into a real war?")[0].entry_id == "didnt-know-war"


def test_asks_what_mobilization_means_for_ordinary_families_and_gets_the_strain_on_society(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "what would mobilization do to ordinary people and their families in russia?")
    assert answer.entry_id == "mobilization-consequences" and not text.lower().startswith(SILENT), text


def test_a_witness_quote_put_on_an_unnamed_outlet_gets_whose_words_they_are(answerer: Answerer) -> None:
    answer, text = ask(answerer, "a friend shared that a soldier told the BBC 'this is not our war'. was that bbc?")
    assert answer.entry_id == "reuters-not-our-war" and "Reuters" in text, text


def test_asks_whether_the_figures_are_final_and_hears_they_are_as_of_the_articles_date(answerer: Answerer) -> None:
    text = ask(answerer, "are those death figures final or just up to that point?")[1]
    assert "as of 2022" in text, text


@pytest.mark.parametrize("message", ["This whole article is Western propaganda, prove me wrong",
                                     "so the officer didn't know he was going to war? my cousin said the same"])
def test_a_remark_about_the_asker_after_the_question_is_no_point_of_its_own(answerer: Answerer, message: str) -> None:
    text = ask(answerer, message)[1]
    assert "each point" not in text and not text.lower().startswith(SILENT), text


@pytest.mark.parametrize("message", ["how far can we trust what ukraine says about the resignations?",
                                     "how much can we trust what russia says about its losses"])
def test_asks_how_far_a_partys_claims_can_be_trusted_and_gets_the_articles_caution(answerer: Answerer,
                                                                                     message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.answered and "propaganda" in text and not text.lower().startswith(SILENT), text


@pytest.mark.parametrize("messages", [("did they lock the cnn officer up for quitting?",),
                                      ("why did the officer who spoke to cnn resign?", "so did they lock him up?")])
def test_asks_if_the_officer_was_locked_up_and_hears_of_the_criminal_case_warning(answerer: Answerer,
                                                                                   messages: tuple[str, ...]) -> None:
    answer, text = ask(answerer, *messages)
    assert answer.entry_id == "legal-resign" and "criminal case" in text, text


@pytest.mark.parametrize(("messages", "claimant"), [
    (("someone wrote that in some battalions 70% quit", "who says that? and can it even be trusted?"), "Ukrainian"),
    (("чув, що в деяких батальйонах звільнилося 70%", "хто це каже? і чи можна цьому вірити?"), "Україн"),
])
def test_asks_who_says_it_and_whether_to_trust_it_and_gets_the_claimant_with_the_caution(
        answerer: Answerer, messages: tuple[str, ...], claimant: str) -> None:
    text = ask(answerer, *messages)[1]
    assert claimant in text and ("propaganda" in text or "пропаганд" in text), text


@pytest.mark.parametrize("messages", [("what was the officer who spoke to cnn threatened with?",),
                                      ("tell me about the cnn officer", "what did the army threaten him with?")])
def test_asks_what_the_officer_was_threatened_with_and_hears_a_criminal_case(answerer: Answerer,
                                                                              messages: tuple[str, ...]) -> None:
    text = ask(answerer, *messages)[1]
    assert "criminal case" in text and not text.lower().startswith(SILENT), text


def test_asks_what_the_reuters_group_was_promised_and_how_many_quit_and_gets_the_14(answerer: Answerer) -> None:
    text = ask(answerer, "what was the reuters guy promised, and how many ended up quitting?")[1]
    assert "medals" in text and "14" in text, text


def test_a_quote_put_on_the_wrong_witness_and_asked_did_he_say_that_gets_whose_words_they_are(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "a post says: 'the CNN officer said this is not our war' - did he really say that?")
    assert answer.entry_id == "reuters-not-our-war" and "Reuters" in text, text


@pytest.mark.parametrize("message", ["I'm a reporter and want to quote him: what's the name of the officer who spoke "
                                     "to CNN?", "Soy periodista y quisiera citarlo: ¿cómo se llama el oficial de la "
                                                "CNN?"])
def test_a_preface_saying_the_asker_is_a_journalist_does_not_make_it_a_question_about_journalists(
        answerer: Answerer, message: str) -> None:
    assert ask(answerer, message)[0].entry_id == "soldier-names"


def test_a_forwarded_figure_asked_is_the_number_right_hears_the_articles_figure(answerer: Answerer) -> None:
    answer, text = ask(answerer, "Viral post: 'A group of 40 Russian soldiers quit at once after not getting their "
                                 "bonuses, one of them told Reuters.' Is the number right?")
    assert answer.entry_id == "reuters-fourteen" and "14" in text and "40" in text, text


def test_a_russian_asking_how_many_of_ours_died_means_russian_soldiers(answerer: Answerer) -> None:
    answer, text = ask(answerer, "сколько наших погибло по версии украинской стороны?")
    assert answer.entry_id == "casualties-ukraine" and "29 200" in text, text


@pytest.mark.parametrize(("message", "words"), [
    ("quote from the reuters soldier pls, verbatim if possible", "This is not our war"),
    ("verbatim quote from the cnn officer", "We were dirty and tired"),
])
def test_asks_for_a_witness_words_verbatim_and_gets_his_quote(answerer: Answerer, message: str, words: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.answered and words in text, text


@pytest.mark.parametrize("message", ["thanks man, ur awesome 👍", "thx bot ur cool"])
def test_thanks_typed_in_chat_shorthand_gets_a_welcome_not_a_story(answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id is None and text.startswith("You're welcome"), text


def test_a_russian_chat_asking_sors_gets_the_source_in_russian(answerer: Answerer) -> None:
    answer, text = ask(answerer, "в одном подразделении 14 солдат разом написали рапорт, потому что им не доплатили "
                                 "боевые", "сорс?")
    assert answer.lang == "ru" and "Reuters" in text, text


@pytest.mark.parametrize("messages", [("what did the cnn soldier say about the first days of the fighting",),
                                      ("tell me about the russian officer CNN interviewed",
                                       "and the first days of fighting, how was he?")])
def test_asks_about_the_officers_first_days_and_hears_of_his_first_week_in_shock(
        answerer: Answerer, messages: tuple[str, ...]) -> None:
    answer, text = ask(answerer, *messages)
    assert answer.entry_id == "cnn-shock" and "aftershock" in text, text


def test_asks_whether_the_mothers_committee_is_just_guessing_and_hears_the_number_cannot_be_known(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "does the mothers committee have an actual number of resignations or are they just "
                                 "guessing")
    assert answer.entry_id == "mothers-committee" and "cannot be known" in text, text


def test_asks_whether_putin_can_just_force_people_to_go_fight_and_hears_of_a_general_mobilization(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "can putin just force ppl to go fight")
    assert answer.entry_id == "general-mobilization" and "declaring war" in text, text


def test_quote_me_the_part_about_people_dying_word_for_word_gets_the_officers_words(answerer: Answerer) -> None:
    answer, text = ask(answerer, "quote me the part where he talks about people dying, word for word if u have it")
    assert answer.entry_id == "cnn-dirty-tired" and "People around us were dying" in text, text


def test_asks_whether_resigning_legally_is_a_myth_and_hears_soldiers_can_resign(answerer: Answerer) -> None:
    answer, text = ask(answerer, "can a russian contract soldier actually resign legally or is that a myth")
    assert answer.entry_id == "legal-resign" and text.startswith("Yes"), text


def test_compare_two_sides_death_tolls_then_how_big_is_the_gap_gets_the_difference_not_the_reuters_fourteen(
        answerer: Answerer) -> None:
    text = ask(answerer, "compare ukraine's and russia's death tolls. how big is the gap?")[1]
    assert "27,849" in text and "14 of us" not in text, text


@pytest.mark.parametrize(("message", "entry"), [
    ("who's the soldier who said 'this is not our war'?", "reuters-not-our-war"),
    ("which soldier said 'people around us were dying'? cnn or reuters one?", "cnn-dirty-tired"),
])
def test_asks_who_said_a_quote_at_the_end_of_the_question_and_hears_whose_words_they_are(
        answerer: Answerer, message: str, entry: str) -> None:
    assert ask(answerer, message)[0].entry_id == entry


def test_source_of_a_quoted_label_has_quotes_inside_quotes_not_doubled_marks(answerer: Answerer) -> None:
    text = ask(answerer, "what did the soldier tell reuters?", "source?")[1]
    assert '""' not in text and "'This is not our war' (Reuters)" in text, text


def test_says_goodbye_wishing_a_nice_evening_and_gets_a_goodbye_not_an_answer(answerer: Answerer) -> None:
    answer, text = ask(answerer, "thx, that's all for today, have a nice evening")
    assert answer.kind == "small_talk" and text.startswith("Bye!"), text


def test_asks_what_putin_must_do_before_mobilizing_and_what_it_would_mean_and_hears_he_would_declare_war(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "What would Putin have to do to order a general mobilization, and what would it "
                                 "mean for Russian society?")
    assert answer.entry_id == "general-mobilization" and "declaring war" in text and "strain" in text, text


def test_asks_where_a_quote_going_around_comes_from_and_hears_reuters(answerer: Answerer) -> None:
    answer, text = ask(answerer, "the 'This is not our war' quote going around - where does it actually come from?")
    assert answer.entry_id == "reuters-not-our-war" and "Reuters" in text and "dirty and tired" not in text, text


@pytest.mark.parametrize("message", [
    "does the article admit russia is actually doing ok now or is it all doom and gloom",
    "is the russian army in good shape rn according to the article",
    "lei q el ejercito ruso esta arrasando y todo le sale perfecto, q dice el articulo?",
])
def test_asks_how_the_russian_army_is_doing_in_any_words_and_hears_mixed(answerer: Answerer, message: str) -> None:
    assert ask(answerer, message)[0].entry_id == "army-disarray"


def test_asks_if_the_soldiers_are_named_then_says_why_and_hears_they_are_anonymous(answerer: Answerer) -> None:
    answer, text = ask(answerer, "are any of these soldiers named? trying to figure out if their accounts can be "
                                 "verified")
    assert answer.answered and "anonymous" in text and not text.startswith("I'm not sure"), text


def test_forwarded_post_saying_they_were_brainwashed_about_nazis_hears_no(answerer: Answerer) -> None:
    answer, text = ask(answerer, "Переслали в чаті: «офіцер РФ розповів CNN, що їм місяцями промивали мізки про "
                                 "укронацистів і денацифікацію». це правда?")
    assert answer.entry_id == "cnn-denazification" and "не казали" in text, text


@pytest.mark.parametrize(("message", "start"), [
    ("give me the quote about denazification", "The officer who spoke to CNN"),
    ("pasame la frase del soldado sobre los nazis ucranianos", "El oficial que habló con la CNN"),
])
def test_a_request_for_a_fact_gets_no_yes_or_no(answerer: Answerer, message: str, start: str) -> None:
    text = ask(answerer, message)[1]
    assert text.startswith(start), text


def test_asks_what_mobilization_would_mean_for_regular_people_and_hears_the_strain_on_society(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "if putin calls general mobilization what does that mean for regular people and "
                                 "families")
    assert answer.entry_id == "mobilization-consequences" and "strain" in text, text


def test_asks_in_russian_whether_those_who_wrote_the_report_are_deserters_and_hears_no(answerer: Answerer) -> None:
    answer, text = ask(answerer, "то есть кто рапорт написал те дезертиры получаются? сын говорит его так запишут")
    assert answer.entry_id in ("legal-regulations", "legal-resign") and "дезертир" in text, text


def test_asks_who_claims_the_29200_figure_and_which_outlet_reported_it_and_hears_ukraine_via_dw(
        answerer: Answerer) -> None:
    text = ask(answerer, "the 29,200 dead figure - who's claiming it and which outlet reported it?")[1]
    assert "Ukrainian authorities" in text and "Deutsche Welle" in text and "Menlikova" not in text, text


def test_asks_why_soldiers_resign_briefly_in_russian_and_hears_why_not_an_overview(answerer: Answerer) -> None:
    answer, text = ask(answerer, "почему вообще русские солдаты увольняются? кратко плз")
    assert answer.entry_id == "why-resign", text


@pytest.mark.parametrize(("messages", "start"), [
    (("how much bigger is ukraine's number than what russia admits",), "The Ukrainian authorities"),
    (("how many russian soldiers have been killed according to ukraine?", "and nato? higher or lower than that"),
     "NATO gives a lower figure"),
])
def test_a_comparison_opens_with_the_figure_asked_about(answerer: Answerer, messages: tuple[str, ...],
                                                        start: str) -> None:
    text = ask(answerer, *messages)[1]
    assert text.startswith(start), text


def test_asks_in_russian_how_he_described_things_around_him_with_the_quote_and_hears_his_words(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "как он описывал обстановку вокруг себя? цитату можно")
    assert answer.entry_id == "cnn-dirty-tired" and "гибли" in text, text


def test_asks_in_spanish_who_won_el_clasico_and_hears_the_article_is_not_about_football(answerer: Answerer) -> None:
    answer, text = ask(answerer, "tio quien gano el clasico el domingo?")
    assert not answer.answered and answer.entry_id == "sports", text


def test_asks_why_he_hid_his_face_with_a_guess_and_hears_he_was_ashamed(answerer: Answerer) -> None:
    answer, text = ask(answerer, "why did he hide his face lol, scared of being recognised?")
    assert answer.entry_id == "cnn-shame" and "shame" in text, text


def test_asks_how_resigning_works_and_who_to_hand_it_to_and_hears_about_the_superior(answerer: Answerer) -> None:
    answer, text = ask(answerer, "how does resigning actually work, who do u hand it to")
    assert answer.entry_id == "superiors" and "superior" in text, text


@pytest.mark.parametrize("message", [
    "tl;dr why do these soldiers quit in the first place", "why do soldiers quit? tldr pls"])
def test_asks_why_soldiers_quit_with_a_tldr_and_hears_why_not_the_overview(answerer: Answerer, message: str) -> None:
    assert ask(answerer, message)[0].entry_id == "why-resign"


def test_asks_only_tldr_and_gets_the_summary(answerer: Answerer) -> None:
    assert ask(answerer, "tldr")[0].entry_id == "summary"


def test_asks_in_spanish_as_of_the_article_whether_putin_had_mobilized_and_is_not_told_the_article_is_undated(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "a la fecha del articulo putin ya habia decretado la movilizacion general o no?")
    assert answer.entry_id == "general-mobilization", text


def test_post_saying_a_quote_was_said_by_a_general_to_the_bbc_hears_it_was_the_reuters_soldier(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "tweet says 'This is not our war' was said by a Russian general to the BBC. correct?")
    assert answer.entry_id == "reuters-not-our-war" and "Reuters" in text, text


@pytest.mark.parametrize("message", [
    "было видео где солдаты говорят что их обманули. на что их якобы вели?",
    "there was a clip where soldiers say they got cheated. what were they told?"])
def test_a_video_where_soldiers_say_they_were_cheated_then_a_question_is_about_the_video(answerer: Answerer,
                                                                                        message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "cheated-video" and answer.answered, text


def test_asks_whether_they_at_least_got_the_denazification_speech_and_hears_they_did_not(answerer: Answerer) -> None:
    answer, text = ask(answerer, "did they at least get the whole 'denazification' speech before crossing, or nothing?")
    assert answer.entry_id == "cnn-denazification" and answer.answered, text


def test_asks_did_they_get_em_after_the_promises_and_hears_what_was_not_given(answerer: Answerer) -> None:
    answer = converse(answerer, ["what were they promised?", "did they get em?"])[-1]
    assert answer.entry_id == "reuters-promises" and answer.answered, answer


@pytest.mark.parametrize("message", [
    "so 29,200 is the final total death toll for russia in the war, yes?",
    "esas 29.200 muertes son de hoy?? datos actualizados o q",
    "эти 29200 погибших это свежая инфа? на какую дату?"])
def test_asks_whether_ukraines_toll_is_current_and_hears_whose_it_is_and_that_it_dates_from_2022(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "casualties-ukraine" and "29" in text and "2022" in text, text


@pytest.mark.parametrize(("chat", "opening"), [
    (["ukraine released videos of prisoners calling their moms", "isnt that against some law?"], "Yes"),
    (["those videos of captured russians calling their moms - isnt that against the geneva convention?"], "Yes"),
    (["Esos vídeos de prisioneros, ¿no van contra la Convención de Ginebra?"], "Sí"),
    (["are the prisoner videos legal?"], "No"),
])
def test_asks_whether_the_prisoner_videos_break_the_rules_and_hears_yes_not_no(
        answerer: Answerer, chat: list[str], opening: str) -> None:
    answer = converse(answerer, chat)[-1]
    assert answer.answered and opening + ":" in render_plain(answer, answerer.kb.messages), answer


def test_asks_whether_a_soldier_can_hand_in_his_papers_and_go_home_and_hears_he_can_resign(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "can a soldier just hand in his papers and go home?")
    assert answer.entry_id == "legal-resign" and text.startswith("Yes"), text


@pytest.mark.parametrize("message", [
    "lol russian soldiers quitting?? why would they even do that, sounds like western fairy tales",
    "so russian soldiers are just quitting?? why would they even do that"])
def test_names_soldiers_quitting_then_asks_why_they_would_do_that_and_hears_why_they_quit(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "why-resign" and "What the article reports on each point" not in text, text


def test_asks_whether_nobody_did_anything_when_he_walked_away_and_hears_of_the_criminal_case_warning(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "so he just walked away and nobody did anything?? no jail no nothing?")
    assert "criminal case" in text and "let him go" in text, text  # the article's own "finally they let him go"
    assert answer.entry_id == "legal-resign" and not text.startswith("The article doesn't say"), text


@pytest.mark.parametrize("message", [
    "quitting in wartime = desertion, period. dont tell me otherwise",
    "isn't quitting illegal in wartime anyway? how can they just resign"])
def test_says_quitting_in_wartime_is_desertion_and_hears_soldiers_who_follow_the_rules_are_not_deserters(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.answered and "not deserters" in text, text


@pytest.mark.parametrize("message", [
    "so is the russian army gonna collapse from everyone resigning or is that wishful thinking",
    "so is the whole russian army about to quit en masse or is that wishful thinking"])
def test_asks_whether_a_collapse_is_wishful_thinking_and_hears_a_mass_resignation_is_unlikely(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "no-mass-resignations" and text.startswith("Unlikely"), text


def test_post_saying_40_soldiers_dropped_their_weapons_hears_the_article_says_14(answerer: Answerer) -> None:
    answer, text = ask(answerer, "fwd: 'Reuters: a whole company of 40 russian contract soldiers dropped their weapons "
                                 "over unpaid wages' - is this real??")
    assert answer.entry_id == "reuters-fourteen" and "14" in text, text


@pytest.mark.parametrize(("message", "entry"), [
    ("is quitting the army legal now?", "legal-resign"),
    ("звільнитися з армії зараз законно?", "legal-resign"),
    ("¿renunciar al ejército ahora es legal?", "legal-resign"),
    ("если он сейчас уволится, он дезертир?", "legal-regulations"),
    ("so if he quits, is he a deserter now?", "legal-regulations")])
def test_asks_whether_quitting_is_legal_now_and_gets_the_articles_rule_with_its_2022_date(
        answerer: Answerer, message: str, entry: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == entry and "2022" in text, text


@pytest.mark.parametrize("message", ["can a contract soldier still quit these days, or did the law change?",
                                     "did russia change the law on deserters later?"])
def test_asks_whether_the_law_changed_since_and_is_told_the_article_predates_it(answerer: Answerer,
                                                                                message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "law-changes-later" and not answer.answered, text


@pytest.mark.parametrize(("message", "talk"), [
    ("thx, you're kinda biased tho ngl", "thanks"), ("lol ok. anyway hows your day going", "greeting"),
    ("lol thanks bot ur actually kinda cool", "thanks")])
def test_thanks_or_greets_with_a_remark_on_the_bot_and_gets_small_talk_not_an_article_answer(
        answerer: Answerer, message: str, talk: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.kind == "small_talk" and not answer.answered, text
    assert text.startswith("You're welcome" if talk == "thanks" else "Hi"), text


def test_follows_up_on_the_mothers_committee_asking_who_speaks_for_them_and_hears_menlikova(
        answerer: Answerer) -> None:
    answers = converse(answerer, ["tell me about the committee of soldiers' mothers", "who speaks for them?"])
    assert answers[-1].entry_id == "mothers-committee", answers[-1]


@pytest.mark.parametrize("message", ["does the article admit anything is going right for russia?",
                                     "is russia doing anything right, according to the piece?"])
def test_asks_whether_anything_goes_right_for_russia_and_hears_it_stabilized_the_war(answerer: Answerer,
                                                                                    message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "army-disarray" and "stabilize" in text, text


def test_asks_whether_the_reuters_guy_got_a_name_and_hears_he_is_anonymous(answerer: Answerer) -> None:
    answer, text = ask(answerer, "the reuters guy got a name?")
    assert answer.entry_id in ("soldier-names", "cnn-anonymous") and "anonymous" in text, text


@pytest.mark.parametrize("message", [
    "a channel says the CNN officer is called Sergei Ivanov. is that right?", "is his name Ivanov?",
    "офицера из CNN зовут Иван Петров?", "офіцера з CNN звати Сергій?", "¿el oficial de la CNN se llama Sergio?"])
def test_names_the_anonymous_officer_and_hears_the_article_names_no_soldier(answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id in ("soldier-names", "cnn-anonymous"), text
    assert any(w in text for w in ("anonym", "name", "анонім", "аноним", "nombre", "імені", "имени")), text


@pytest.mark.parametrize(("message", "entry"), [("would civilians be called up in a general mobilization?",
                                                 "general-mobilization"),
                                                ("what's the name of the officer who spoke to cnn?", "soldier-names")])
def test_a_word_that_can_introduce_a_name_leaves_a_known_word_after_it_alone(answerer: Answerer, message: str,
                                                                            entry: str) -> None:
    assert ask(answerer, message)[0].entry_id == entry


@pytest.mark.parametrize(("message", "name"), [
    ("Putin said 'this is not our war'. true?", "Putin"),
    ("some pundit on tv said Putin himself admitted 'this is not our war'. is that real?", "Putin"),
    ("heard that Zelensky said 'this is not our war'. true?", "Zelensky"),
    ("солдат сказал BBC: «это не наша война». правда?", "BBC")])
def test_puts_the_reuters_soldiers_words_on_someone_else_and_is_told_whose_they_are(
        answerer: Answerer, message: str, name: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "reuters-not-our-war" and name in text.split("\n")[0] and "Reuters" in text, text
    assert not text.startswith(("Yes", "Да")), text


@pytest.mark.parametrize("message", ["Солдат сказал Reuters: «это не наша война». правда?",
                                     "Soldier told Reuters 'this is not our war'. true?"])
def test_quotes_the_reuters_soldier_rightly_with_a_capitalised_soldier_and_hears_it_is_so(answerer: Answerer,
                                                                                          message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "reuters-not-our-war" and text.startswith(("Yes", "Да")), text


def test_asks_what_the_cnn_officer_was_told_about_why_theyre_there_and_hears_they_were_not_told(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "what did the cnn guy say they were told about why theyre even there")
    assert answer.entry_id in ("cnn-denazification", "cnn-what-are-we-doing") and "not told" in text, text


@pytest.mark.parametrize("message", [
    "Здравствуйте. Брат контрактник, хочет уволиться. В статье написано, кому подаётся рапорт и от чего это зависит?",
    "Добрий день. Брат контрактник, хоче звільнитися. В статті написано, кому подається рапорт і від чого це "
    "залежить?"])
def test_tells_of_a_brother_then_asks_what_the_article_says_of_whom_to_hand_the_resignation_and_hears_superiors(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "superiors", text


@pytest.mark.parametrize("message", ["so theyre deserters then? thats what a guy on tv called them",
                                     "так они дезертиры? так сказали по телевизору"])
def test_asks_if_quitters_are_deserters_then_says_where_it_was_heard_and_gets_the_rule(answerer: Answerer,
                                                                                       message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "legal-regulations", text


@pytest.mark.parametrize("message", ["дякую, гарного вам дня!", "спасибо, хорошего вам дня!"])
def test_thanks_and_wishes_a_good_day_and_gets_small_talk(answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.kind == "small_talk", text


def test_asks_in_spanish_what_the_military_warned_the_officer_and_hears_of_the_criminal_case(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "¿qué le advirtieron los militares al oficial cuando dijo que se iba?")
    assert answer.entry_id == "legal-resign" and "causa penal" in text, text


@pytest.mark.parametrize("message", ["what move does putin still have if his soldiers keep quitting",
                                     "what's putin's next move if they all quit?"])
def test_asks_what_move_putin_has_left_and_hears_of_the_general_mobilization(answerer: Answerer,
                                                                              message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "general-mobilization" and "mobilization" in text, text


@pytest.mark.parametrize("message", [
    "Buenas tardes. Soy periodista y me interesa saber si los soldados que testifican tienen nombre o son anónimos.",
    "I'm a student and I'd like to know whether the soldiers quoted in the article are named",
    "Здравствуйте, я студентка и хотела бы узнать, названы ли солдаты в статье по имени."])
def test_says_who_asks_and_that_they_want_to_know_whether_the_soldiers_are_named_and_hears_they_are_anonymous(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id in ("soldier-names", "cnn-anonymous"), text


def test_says_they_are_a_student_then_asks_in_lower_case_who_the_sources_are_and_hears_them(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "я студент, пишу реферат. источники в статье кто, солдаты названы по имени?")
    assert answer.answered and "CNN" in text and "аноним" in text, text


def test_quotes_the_cnn_officer_as_if_told_to_reuters_and_hears_whose_words_they_are(answerer: Answerer) -> None:
    _, text = ask(answerer, 'Pasted: "We were dirty and tired. People around us were dying" - a soldier told Reuters. '
                            'right?')
    assert text.startswith("The article does not attribute this to Reuters"), text


@pytest.mark.parametrize("message", ["are ANY of them named? how do we know they exist",
                                     "are any of the soldiers named? can their stories be checked independently?"])
def test_asks_whether_anyone_is_named_and_how_to_verify_and_hears_both_are_anonymous(answerer: Answerer,
                                                                                    message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.answered and text.startswith("No: the article names none of the soldiers"), text


def test_asks_where_the_officers_unit_was_sent_before_crossing_and_hears_crimea(answerer: Answerer) -> None:
    answer, text = ask(answerer, "where did they send the cnn officer's unit before it crossed into ukraine?")
    assert answer.answered and text.startswith("Deceived") and "Crimea" in text, text


def test_asks_when_the_officer_crossed_into_ukraine_and_hears_the_article_gives_no_dates(answerer: Answerer) -> None:
    answer, text = ask(answerer, "what day did the cnn officer cross into ukraine?")
    assert answer.entry_id == "event-dates" and "no dates" in text, text


def test_asks_what_the_army_promised_according_to_the_reuters_soldier_and_hears_the_promises(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "what did the army promise the soldiers according to the reuters source?")
    assert answer.entry_id == "reuters-promises" and "daily allowance" in text, text


def test_asks_after_the_officer_whether_anything_happened_to_him_and_hears_of_the_criminal_case(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "офіцер CNN таки звільнився?", "а йому шось було за це? справу не відкрили?")
    assert answer.entry_id == "legal-resign" and "кримінальн" in text, text


@pytest.mark.parametrize("message", ["cheers mate, you're a star", "thx, ur a genius lol"])
def test_thanks_the_bot_with_a_compliment_and_gets_one_friendly_line(answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.kind == "small_talk" and text.startswith("You're welcome"), text


def test_asks_after_the_officer_whether_he_faced_consequences_and_hears_of_the_criminal_case(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "what's the story of the cnn officer?", "were there any consequences for him?")
    assert answer.entry_id == "legal-resign" and "criminal case" in text, text


def test_asks_what_putin_could_do_if_soldiers_keep_quitting_and_hears_of_the_general_mobilization(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "what would putin do if too few men are willing to fight?")
    assert answer.entry_id == "general-mobilization", text


def test_asks_for_the_number_of_the_officers_unit_and_hears_no_unit_is_named(answerer: Answerer) -> None:
    answer, text = ask(answerer, "what's the number of his battalion, the cnn officer?")
    assert answer.entry_id == "unit-names" and not answer.answered, text


def test_asks_why_the_officer_said_they_were_there_and_hears_many_did_not_understand(answerer: Answerer) -> None:
    answer, text = ask(answerer, "why did the officer say they were there?")
    assert answer.entry_id == "cnn-what-are-we-doing", text


def test_asks_whether_they_even_knew_it_was_a_real_war_and_hears_many_did_not_know(answerer: Answerer) -> None:
    answer, text = ask(answerer, "did they even know it was a real war?")
    assert answer.entry_id in ("didnt-know-war", "cnn-deceived"), text


def test_asks_what_the_one_who_talked_to_reuters_was_promised_and_hears_the_promises(answerer: Answerer) -> None:
    answer, text = ask(answerer, "what was the one who talked to reuters promised?")
    assert answer.entry_id == "reuters-promises", text


@pytest.mark.parametrize("message", ["НАТО офіційно підтвердило, що загинуло 30 тисяч росіян. так?",
                                     "в канале пишут, что НАТО официально подтвердило 30 тысяч погибших. правда?"])
def test_a_post_puts_a_toll_on_nato_officially_and_hears_whose_figure_it_is(answerer: Answerer, message: str) -> None:
    _, text = ask(answerer, message)
    assert text.startswith(("Ні:", "Нет:")) and "29 200" in text, text


def test_passes_on_a_story_of_a_battalion_of_50_quitting_asks_how_many_really_and_hears_it_was_14(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "читал что там целый батальон уволился, человек 50. сколько их реально было?")
    assert answer.entry_id == "reuters-fourteen" and text.startswith("Нет, не 50"), text


def test_asks_in_spanish_after_the_reuters_soldier_why_they_left_and_hears_of_the_broken_promises(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "¿Qué le dijo el soldado a Reuters?", "¿y por qué se fueron?")
    assert answer.entry_id == "reuters-fourteen" and "prometido" in text, text


@pytest.mark.parametrize("message", ["is it hard to resign?", "are there obstacles to quitting the army?",
                                     "чи важко звільнитися з армії?"])
def test_asks_whether_resigning_is_hard_and_hears_it_is_not_easy_with_no_not_necessarily(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "superiors" and not text.startswith(("Not necessarily", "Не обов")), text


@pytest.mark.parametrize("message", ["will putin call a general mobilization?", "путин объявит всеобщую мобилизацию?",
                                     "¿Putin decretará una movilización general?"])
def test_asks_whether_putin_will_mobilize_and_hears_the_consequences_would_be_unpredictable(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "general-mobilization", text
    assert any(word in text for word in ("unpredictable", "непредсказуем", "imprevisibles")), text


@pytest.mark.parametrize("message", ["what can putin do if soldiers keep deserting?",
                                     "что у Путина остается, если контрактники будут уходить?",
                                     "яка альтернатива в путіна, якщо контрактники тікають?"])
def test_asks_what_putin_is_left_with_if_soldiers_desert_and_hears_of_a_general_mobilization(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "general-mobilization", text


@pytest.mark.parametrize("message", ["so did putin declare mobilization or not? when?",
                                     "то путін вже оголосив ту мобілізацію чи ще ні? коли?",
                                     "путин уже объявил мобилизацию? когда?",
                                     "¿Putin ya declaró la movilización? ¿cuándo?"])
def test_asks_when_putin_declared_mobilization_and_hears_the_article_was_written_before(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "mobilization-later" and not answer.answered, text


@pytest.mark.parametrize("messages", [
    ("who is valentina menlikova", "and what does she say, are many quitting or few?"),
    ("quien es valentina menlikova", "y ella q dice, son muchos los q renuncian o pocos?")])
def test_asks_whether_menlikova_counts_many_resignations_and_hears_many_though_no_exact_number(
        answerer: Answerer, messages: tuple[str, str]) -> None:
    _, text = ask(answerer, *messages)
    assert any(word in text for word in ("many resign", "son muchos")), text


@pytest.mark.parametrize(("message", "entry"), [
    ("so mass walkout of the russian army incoming or nah", "no-mass-resignations"),
    ("is it really that big a deal to walk away from your own army?", "intro-homeland"),
    ("so what can putin do if not enough soldiers want to fight", "general-mobilization")])
def test_asks_in_everyday_idiom_and_hears_the_part_of_the_article_it_means(
        answerer: Answerer, message: str, entry: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == entry, text


@pytest.mark.parametrize("message", ["did the soldiers even knw what the war was for",
                                     "did the soldiers even kno what they were fighting for"])
def test_types_know_as_knw_or_kno_and_still_hears_what_the_soldiers_knew(answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.answered and answer.entry_id in ("didnt-know-war", "cnn-what-are-we-doing"), text


@pytest.mark.parametrize("message", ["is this article just one-sided propaganda?", "это всё пропаганда?",
                                     "¿todo esto es propaganda?"])
def test_asks_whether_it_is_all_propaganda_and_hears_the_article_blames_propaganda_on_both_sides(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "propaganda-reliability", text
    assert any(side in text for side in ("both sides", "обеих сторон", "ambos bandos")), text


def test_hears_the_70_percent_claim_with_the_warning_of_propaganda_on_both_sides(answerer: Answerer) -> None:
    _, text = ask(answerer, "did 70% resign in some battalions?")
    assert "propaganda on both sides" in text, text


def test_asks_what_the_army_warned_the_officer_about_when_he_wanted_out_and_hears_of_the_criminal_case(
        answerer: Answerer) -> None:
    _, text = ask(answerer, "what did the army warn the officer about when he wanted out")
    assert "criminal case" in text, text


def test_announces_a_quick_one_and_asks_why_soldiers_quit_and_hears_the_reasons_of_them_all(answerer: Answerer) -> None:
    answer, text = ask(answerer, "morning! quick one - why do these soldiers quit in the first place?")
    assert answer.entry_id == "why-resign", text


@pytest.mark.parametrize(("message", "entry"), [
    ("whats the Geneva Convention issue the article flags", "geneva-convention"),
    ("the reuters soldier had some one-liner about the war, what was it", "reuters-not-our-war"),
    ("isnt it illegal to parade POWs on video like that?", "geneva-convention")])
def test_asks_with_a_word_of_its_own_and_still_hears_the_part_of_the_article_it_means(
        answerer: Answerer, message: str, entry: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == entry, text


@pytest.mark.parametrize(("message", "entry"), [
    ("the Soldiers Mothers committee gave a number of resignations right? i've seen 'thousands' quoted",
     "mothers-committee"),
    ('heard the CNN officer was sent to belarus for "drills" and then ended up in ukraine. is that accurate?',
     "cnn-deceived")])
def test_puts_someone_elses_word_in_quotes_and_is_answered_on_what_the_message_asks(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


@pytest.mark.parametrize("message", [
    "was he arrested for quitting?", "so he just walked away and nobody did anything?? no jail no nothing?",
    "його посадили?", "¿lo metieron preso por renunciar?"])
def test_asks_whether_he_was_jailed_for_quitting_and_hears_the_officer_was_warned_then_let_go(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id == "legal-resign" and answer.kind == "answer", answer


def test_asks_what_charge_he_was_threatened_with_and_hears_the_article_does_not_give_it(answerer: Answerer) -> None:
    assert answerer.answer("what charge was he threatened with?").entry_id == "criminal-case-details"


@pytest.mark.parametrize(("message", "entry"), [
    ("a guy on tv said the cnn soldier quit because his commander beat him up. true?", "cnn-why-left"),
    ("forwarded from a channel: 'Reuters: a whole unit of 40 Russian soldiers quit together because they weren't paid "
     "their salaries for 3 months'. true??", "reuters-fourteen")])
def test_checks_a_made_up_reason_for_quitting_and_hears_the_reason_the_article_gives(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


def test_quotes_the_words_then_says_where_they_saw_them_attributed_and_hears_who_really_said_them(
        answerer: Answerer) -> None:
    message = "'This is not our war' - I saw this attributed to a Russian soldier talking to the BBC. correct?"
    answer, text = ask(answerer, message)
    assert answer.entry_id == "reuters-not-our-war" and "Reuters" in text, text


@pytest.mark.parametrize(("message", "entry"), [
    ("tiktok says the CNN soldier was 'pumped' the first week of the invasion lol. right?", "cnn-shock"),
    ('forwarded: "Russian conscript tells CNN: this is not our war" - is the attribution right?',
     "reuters-not-our-war")])
def test_checks_a_claim_with_a_word_the_article_never_uses_and_hears_what_it_does_say(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


@pytest.mark.parametrize(("message", "entry"), [
    ("Saw a clip claiming a russian soldier who quit got thrown straight in prison for treason. does the article say "
     "that?", "legal-resign"),
    ("ok but how many UKRAINIAN soldiers died? saw 10k on a news ticker, does the article confirm", "ukrainian-losses"),
    ("saw a clip where a captured russian kid calls his mom and says they were shooting at civilians. is that in the "
     "article?", "pow-videos")])
def test_passes_on_a_claim_and_asks_whether_the_article_says_it_and_hears_what_the_article_says_of_that_claim(
        answerer: Answerer, message: str, entry: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id == entry, answer


def test_says_whole_battalions_are_quitting_like_70_percent_then_asks_the_source_and_hears_ukraine(
        answerer: Answerer) -> None:
    answers = converse(answerer, ["apparently whole russian battalions are quitting, like 70% of them",
                                  "source? and can we trust that?"])
    assert answers[0].entry_id == "ukraine-70-percent" and answers[-1].entry_id == "ukraine-70-percent"


def test_asks_what_mobilization_would_do_to_society_and_families_and_hears_the_strain_on_society(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "what would a general mobilization do to russian society and families?")
    assert answer.entry_id in ("general-mobilization", "mobilization-consequences") and "strain" in text, text


def test_asks_for_the_famous_line_the_reuters_guy_said_and_hears_this_is_not_our_war(answerer: Answerer) -> None:
    assert answerer.answer("whats that famous line the reuters guy said").entry_id == "reuters-not-our-war"


def test_asks_after_the_viral_video_what_they_had_been_told_and_hears_of_the_maneuvers(answerer: Answerer) -> None:
    answer = converse(answerer, ['tell me about the viral video where soldiers said they felt "cheated"',
                                 "and what had they been told they were going to do?"])[-1]
    assert answer.entry_id == "cheated-video"


@pytest.mark.parametrize("message", ["сколько будет 17*23", "how much is 17*23", "cuánto es 17 x 23",
                                     "скільки буде 17 помножити на 23", "what's 17 times 23"])
def test_asks_for_a_sum_and_hears_the_bot_does_not_do_homework(answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "homework-tasks"


def test_asks_who_quits_according_to_kyiv_in_slang_and_hears_what_ukraine_says(answerer: Answerer) -> None:
    answer, text = ask(answerer, "who quits according to kyiv, just grunts or officers too?")
    assert answer.entry_id == "ukraine-daily-resignations" and "officers" in text, text


@pytest.mark.parametrize("message", [
    "а почему в этой войне нет принудительно призванных, только контрактники? что в статье объясняют",
    "чому нема призовників? що пише стаття", "why are there no conscripts? what does the article say"])
def test_asks_why_there_are_no_conscripts_then_what_the_article_says_and_hears_no_war_was_declared(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "no-war-declared" and not text.startswith(("Что статья", "Що стаття")), text


@pytest.mark.parametrize("message", ["what kind of unit was the CNN officer in?", "what type of unit was he in"])
def test_asks_what_kind_of_unit_the_officer_served_in_and_hears_no_unit_is_named(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "unit-names" and "Crimea" in text, text


def test_asks_what_kinds_of_units_are_quitting_and_hears_ukraines_all_areas(answerer: Answerer) -> None:
    assert answerer.answer("what kinds of units are resigning").entry_id == "ukraine-daily-resignations"


@pytest.mark.parametrize("messages", [
    ["what's putins last card according to the author"],
    ["будут ли массовые увольнения из армии?", "а что тогда у путина в запасе остается?"]])
def test_asks_what_card_putin_has_left_and_hears_of_war_and_general_mobilization(
        answerer: Answerer, messages: list[str]) -> None:
    assert converse(answerer, messages)[-1].entry_id == "general-mobilization"


@pytest.mark.parametrize("message", [
    "did his commanders feed them the whole denazification thing b4 they went in?",
    'was the CNN soldier\'s unit fed the whole "denazification" narrative? attribution pls'])
def test_asks_in_slang_whether_they_were_fed_denazification_and_hears_the_officer_says_no(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "cnn-denazification" and "CNN" in text, text


def test_asks_how_to_cook_plov_in_a_kazan_and_hears_no_word_on_punishment(answerer: Answerer) -> None:
    assert not answerer.answer("как сварить плов в казане").answered


def test_passes_on_that_the_cnn_officer_was_jailed_for_quitting_and_hears_of_the_criminal_case_warning(
        answerer: Answerer) -> None:
    message = "a reel said the soldier who spoke to cnn got thrown in prison for quitting. is that what happened"
    answer, text = ask(answerer, message)
    assert answer.entry_id == "legal-resign" and "criminal case" in text, text


@pytest.mark.parametrize("messages", [
    ["когда точно (число, месяц) этот офицер из CNN уволился?"],
    ["коли точно звільнився офіцер з CNN?"]])
def test_asks_the_date_the_cnn_officer_quit_and_hears_the_article_gives_no_dates(
        answerer: Answerer, messages: list[str]) -> None:
    answer = converse(answerer, messages)[-1]
    assert answer.entry_id == "event-dates" and not answer.answered, answer


def test_asks_in_surzhyk_whether_putin_eventually_mobilized_and_hears_the_article_predates_it(
        answerer: Answerer) -> None:
    answer = answerer.answer("Путін в ітогі оголосив мобілізацію чи ні? і коли це було?")
    assert answer.entry_id == "mobilization-later" and not answer.answered, answer


@pytest.mark.parametrize("message", ["what line did the reuters soldier give, some kind of slogan?",
                                     "did the reuters guy have a slogan"])
def test_asks_for_the_reuters_soldiers_slogan_and_hears_this_is_not_our_war(answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "reuters-not-our-war"


def test_asks_whether_russia_is_losing_on_the_battlefield_and_hears_the_mixed_assessment(answerer: Answerer) -> None:
    message = "does the article say russia is losing on the battlefield overall, or what's the assessment?"
    answer, text = ask(answerer, message)
    assert answer.entry_id == "army-disarray" and "stabilize" in text, text


def test_asks_how_often_russians_quit_according_to_the_ukrainians_and_hears_ukraines_daily_claim(
        answerer: Answerer) -> None:
    answer = answerer.answer("как часто по версии украинцев русские подают в отставку?")
    assert answer.entry_id == "ukraine-daily-resignations", answer


@pytest.mark.parametrize(("message", "entry"), [
    ("что он чувствовал когда зашли на укр землю", "cnn-shame"),
    ("а почему туда срочников и мобиков насильно не гонят? по статье", "no-war-declared")])
def test_asks_in_russian_shorthand_and_hears_the_story_its_full_words_name(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


@pytest.mark.parametrize(("message", "entry"), [
    ("як солдат з CNN описував, в якому стані вони там були", "cnn-dirty-tired"),
    ("whats the reason the cnn guy gave for leaving", "cnn-why-left")])
def test_asks_about_the_cnn_soldier_and_hears_his_story_not_the_army_at_large(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


def test_asks_at_length_how_long_the_officer_was_in_shock_and_hears_the_first_week(answerer: Answerer) -> None:
    message = "cuanto tiempo estuvo en shock el militar ese despues de q empezaran a atacarlos fuerte?"
    answer, text = ask(answerer, message)
    assert answer.entry_id == "cnn-shock" and "semana" in text, text


@pytest.mark.parametrize("message", [
    "¿Un soldado profesional ruso puede renunciar de forma legal o eso se considera automáticamente un delito?",
    "¿renunciar es delito?"])
def test_asks_in_spanish_whether_resigning_is_a_crime_and_hears_the_right_to_resign(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "legal-resign" and "contrato" in text, text


def test_asks_in_spanish_what_crime_the_officer_was_charged_with_and_hears_none_is_named(answerer: Answerer) -> None:
    answer = answerer.answer("¿de qué delito lo acusaban?")
    assert answer.entry_id == "criminal-case-details" and not answer.answered, answer


def test_asks_in_latin_letters_how_many_years_refusing_gets_and_hears_the_article_names_no_charge(
        answerer: Answerer) -> None:
    answer = answerer.answer("skolko let dayut po UK RF za otkaz voevat? statya kakaya?")
    assert answer.entry_id == "criminal-case-details" and not answer.answered, answer


@pytest.mark.parametrize("message", [
    "where was he sent at first?? before ukraine",
    "guy on TV said the officer who talked to CNN was first sent to Belarus and then crossed into ukraine. correct?"])
def test_asks_where_the_officer_was_sent_first_and_hears_crimea_not_that_the_article_is_silent(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "cnn-deceived" and "Crimea" in text and not text.startswith("The article doesn't"), text


def test_asks_whether_14_is_menlikovas_figure_and_hears_it_is_the_reuters_soldiers(answerer: Answerer) -> None:
    answer, text = ask(answerer, "Valentina Menlikova said 14 soldiers quit - is that her figure?")
    assert answer.entry_id == "reuters-fourteen" and text.startswith("No") and "Reuters" in text, text


@pytest.mark.parametrize(("message", "named"), [
    ("Valentina Menlikova said 70% of soldiers resigned?? saw that on a telegram channel", "Valentina Menlikova"),
    ("did CNN report that 14 soldiers quit together?", "CNN")])
def test_asks_whether_a_source_gave_a_figure_it_never_gave_and_hears_no_and_whose_it_is(
        answerer: Answerer, message: str, named: str) -> None:
    _, text = ask(answerer, message)
    assert text.startswith("No:") and f"not from {named}" in text, text


def test_hears_of_the_officers_shock_then_asks_how_long_he_was_like_that_and_hears_the_first_week(
        answerer: Answerer) -> None:
    told = "what did the cnn soldier say about being in shock when the ukrainians hit them harder"
    answer, text = ask(answerer, told, "how long was he like that?")
    assert answer.entry_id == "cnn-shock" and "week" in text, text


@pytest.mark.parametrize(("message", "entry"), [
    ("is the russian army short on stuff? like supplies", "army-disarray"),
    ("what supplies were they short of?", "supply-details")])
def test_asks_whether_the_army_is_short_on_supplies_and_hears_the_reports_not_which_supplies(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


@pytest.mark.parametrize("follow_up", ["is that what they actually say?", "is that actually what they said?"])
def test_passes_on_that_the_mothers_committee_calls_quitting_easy_then_checks_and_hears_it_is_not_easy(
        answerer: Answerer, follow_up: str) -> None:
    post = "someone posted that the Committee of Soldiers' Mothers says resigning from the russian army is easy"
    answer, text = ask(answerer, post, follow_up)
    assert answer.entry_id == "mothers-committee" and "not easy" in text and "good will" in text, text


def test_passes_on_a_post_then_asks_for_a_fact_check_and_hears_the_correction_alone(answerer: Answerer) -> None:
    _, text = ask(answerer, 'fwd: "40 Russian soldiers quit together after their combat bonuses were never paid" '
                            "(via Reuters). is the number right?")
    assert text.startswith("No, not 40"), text


@pytest.mark.parametrize("message", [
    "\"We were dirty and tired\" - a channel says a Ukrainian soldier said that. true?",
    "quote going round: 'This is not our war' - that was a ukrainian soldier, right?"])
def test_passes_on_a_quote_put_in_a_ukrainian_mouth_and_hears_a_russian_said_it(
        answerer: Answerer, message: str) -> None:
    _, text = ask(answerer, message)
    assert first_sentence(text).count("Russian") == 1, text


@pytest.mark.parametrize("message", [
    "Heard the troops were all told they were going to 'denazify' Ukraine. Did the CNN officer say that?",
    "were they fed the denazification line before going in? what did the cnn soldier say",
    "people say they were all told about 'denazification' beforehand. is that what the soldier said?"])
def test_checks_a_claim_then_asks_if_the_witness_said_it_and_gets_one_straight_answer(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "cnn-denazification" and "•" not in text, text


def test_asks_a_figure_and_which_outlet_gave_it_and_gets_both_points(answerer: Answerer) -> None:
    answer, text = ask(answerer, "What's Ukraine's figure for Russian soldiers killed, and which outlet reported it?")
    assert answer.entry_id == "casualties-ukraine" and "Deutsche Welle" in text, text


@pytest.mark.parametrize(("message", "entry"), [
    ("any remorse from the invaders, or is that a nice story?", "cnn-shame"),
    ("why did the cnn guy run off in the end?", "cnn-why-left"),
    ("¿Qué llevó al oficial de la CNN a abandonar?", "cnn-why-left")])
def test_asks_in_other_words_for_remorse_or_running_off_and_gets_the_officers_story(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


@pytest.mark.parametrize(("messages", "entry"), [
    (["putin could call a general mobilization", "meaning what?"], "general-mobilization"),
    (["что статья пишет про общую мобилизацию?", "это как?"], "general-mobilization"),
    (["¿qué es la movilización general?", "o sea?"], "general-mobilization")])
def test_asks_what_the_answer_means_and_hears_more_of_the_same_story(
        answerer: Answerer, messages: list[str], entry: str) -> None:
    answer, _ = ask(answerer, *messages)
    assert answer.entry_id == entry, answer


@pytest.mark.parametrize("message", ["what does her group say about how many soldiers are resigning",
                                     "how many soldiers does her group think are resigning"])
def test_asks_about_her_group_after_menlikova_and_hears_the_mothers_committee(
        answerer: Answerer, message: str) -> None:
    answer, _ = ask(answerer, "Who is Valentina Menlikova?", message)
    assert answer.entry_id == "mothers-committee", answer


@pytest.mark.parametrize("message", ["яка опція залишається в путіна, якщо все піде погано?",
                                     "какие опции остаются у путина?"])
def test_asks_for_putins_options_with_the_loanword_and_hears_of_mobilization(answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "general-mobilization"


@pytest.mark.parametrize("message", ["If a general mobilization happens, what does the article expect to follow?",
                                     "Если объявят всеобщую мобилизацию, какие будут последствия?"])
def test_asks_under_a_supposition_what_would_follow_and_hears_of_mobilizations_strain(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id in ("general-mobilization", "mobilization-consequences"), answer


@pytest.mark.parametrize("message", ["someone on tiktok says the 29,200 dead russians number is from NATO",
                                     "wait so the 29200 number comes from NATO right?",
                                     "fwd: 'NATO confirmed that nearly 30,000 Russian soldiers died'. real?"])
def test_passes_on_ukraines_toll_put_on_nato_and_hears_whose_it_is(answerer: Answerer, message: str) -> None:
    _, text = ask(answerer, message)
    assert text.startswith("No: 29,200 comes from the Ukrainian authorities"), text


@pytest.mark.parametrize("message", [
    "my uncle keeps saying the russian army is running like clockwork with zero problems. what does the article say",
    "дядя говорит что российская армия работает как часы, никаких проблем. что в статье?"])
def test_passes_on_that_the_army_runs_like_clockwork_and_hears_the_mixed_picture(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "army-disarray"


@pytest.mark.parametrize("message", ["whats the deal with the soldier who talked to reuters",
                                     "what's up with the reuters soldier?"])
def test_asks_whats_the_deal_with_a_witness_and_gets_his_story_not_peace_talks(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "reuters-not-our-war"


def test_asks_if_ukraine_says_it_happens_alot_typed_as_one_word_and_hears_daily(answerer: Answerer) -> None:
    assert answerer.answer("does ukraine say this happens alot").entry_id == "ukraine-daily-resignations"


@pytest.mark.parametrize("message", ["where do these soldier stories even come from",
                                     "where do these stories actually come from?"])
def test_asks_where_the_stories_even_come_from_and_hears_the_articles_sources(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "article-sources"


@pytest.mark.parametrize("follow_up", ["who says that exactly?", "who's claiming that exactly?"])
def test_asks_who_says_it_exactly_after_daily_resignations_and_hears_its_source(
        answerer: Answerer, follow_up: str) -> None:
    answer, text = ask(answerer, "i read russian soldiers resign every single day", follow_up)
    assert answer.entry_id == "ukraine-daily-resignations", text
    assert "The Ukrainian authorities" in text


def test_asks_in_spanish_what_the_officer_said_of_the_ukrainian_nazis_line_and_hears_him_not_ukraine(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "¿Al oficial que habló con CNN le vendieron el discurso de los «nazis ucranianos»? "
                                 "¿Qué dijo exactamente sobre eso?")
    assert answer.entry_id == "cnn-denazification", text


def test_asks_after_the_dying_quote_whether_he_saw_himself_as_part_of_it_and_hears_the_quote(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "what did the soldier who spoke to CNN say about people dying around him?",
                       "did he see himself as part of it?")
    assert answer.entry_id == "cnn-dirty-tired", text


@pytest.mark.parametrize(("context", "message", "entry_id"), [
    ("", "r the russian troops actually short on supplies or is that just rumours", "army-disarray"),
    ("tell me about the reuters soldier who quit", "what was he promised before they shipped out", "reuters-promises")])
def test_asks_with_an_everyday_word_the_base_lacks_and_still_gets_the_story(
        answerer: Answerer, context: str, message: str, entry_id: str) -> None:
    answer, text = ask(answerer, *(m for m in (context, message) if m))
    assert answer.entry_id == entry_id, text


@pytest.mark.parametrize(("follow_up", "opening"), [
    ("who said it? the reuters guy?", "The article does not attribute this to the soldier who spoke to Reuters."),
    ("who said it? the cnn guy?", "Where the answer on")])
def test_guesses_who_said_a_quote_and_hears_whether_the_guess_is_right(
        answerer: Answerer, follow_up: str, opening: str) -> None:
    answer, text = ask(answerer, "'We were dirty and tired. People around us were dying.' saw this quote on telegram",
                       follow_up)
    assert answer.entry_id == "cnn-dirty-tired", text
    assert text.startswith(opening), text


def test_asks_the_difference_between_why_each_witness_quit_and_hears_both_reasons(answerer: Answerer) -> None:
    _, text = ask(answerer, "whats the difference between why the CNN soldier quit and why the Reuters guys quit")
    assert "rejection" in text and "promised" in text, text


@pytest.mark.parametrize("message", ["does ukraine claim lots of russians are quitting?",
                                     "does ukraine say lots of them resign?"])
def test_asks_if_ukraine_says_lots_resign_and_hears_ukraines_claim_first(answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "ukraine-daily-resignations"


@pytest.mark.parametrize("follow_up", ["who put them out?", "who leaked them?", "who made them?"])
def test_asks_who_put_out_the_videos_just_described_and_hears_ukraine_released_them(
        answerer: Answerer, follow_up: str) -> None:
    answer = converse(answerer, ["tell me about the videos of captured russians calling their mothers", follow_up])[-1]
    assert answer.entry_id == "pow-videos" and "Ukraine released" in answer.parts[0], answer.parts


@pytest.mark.parametrize("message", ["is russia doing better in the war?", "is the russian army doing any better?",
                                     "so is russia doing better in the war now or still a mess"])
def test_asks_whether_russia_is_doing_better_and_hears_the_articles_mixed_picture(answerer: Answerer,
                                                                                  message: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id == "army-disarray" and "stabilize" in answer.parts[0], answer.parts


@pytest.mark.parametrize("message", ["so what made him quit? be honest, was it just money",
                                     "what made him quit? honestly, was it just the money"])
def test_asks_why_he_quit_then_whether_it_was_money_and_hears_every_reason_not_one_soldiers_count(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id == "why-resign" and "rejected" in answer.parts[0], answer.parts


@pytest.mark.parametrize("message", ["exact quote from the CNN guy about people dying?",
                                     "the precise quote from the cnn officer about people dying"])
def test_asks_for_the_exact_quote_on_people_dying_and_gets_the_officers_words_not_the_list_of_sources(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id == "cnn-dirty-tired" and "People around us were dying" in answer.parts[0], answer.parts


@pytest.mark.parametrize("message", ["is this piece pro ukraine? does it criticise ukraine for ANYTHING",
                                     "does the article criticize ukraine at all?", "is the article pro-russia?"])
def test_asks_whether_the_article_takes_a_side_and_hears_it_warns_of_propaganda_from_both(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id == "propaganda-reliability" and "both sides" in answer.parts[0], answer.parts


@pytest.mark.parametrize("message", [
    "Valentina Menlikova says loads of russian soldiers are handing in their resignation",
    "tons of soldiers are quitting, menlikova says?"])
def test_says_menlikova_claims_loads_of_soldiers_quit_and_hears_that_is_her_claim(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id in ("resignation-numbers", "mothers-committee") and "Menlikova" in answer.parts[0], \
        answer.parts


@pytest.mark.parametrize("message", ["compare the ukrainian death toll claim vs what russia admits, how big is the gap",
                                     "the ukrainian casualty estimate vs nato's?"])
def test_compares_the_ukrainian_death_toll_claim_and_gets_ukraines_figure_not_ukraines_own_losses(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id == "casualties-ukraine" and "29,200" in answer.parts[0], answer.parts


def test_still_hears_the_article_gives_no_ukrainian_losses_when_asked_for_them(answerer: Answerer) -> None:
    assert answerer.answer("ukrainian casualties?").entry_id == "ukrainian-losses"


@pytest.mark.parametrize("message", [
    "tiktok says the guy was in shock for a whole month after the fighting started, is that what he said",
    "was the cnn officer alone or with his unit when they crossed over"])
def test_a_time_clause_is_no_question_of_when_so_the_story_answers_not_the_gap_on_dates(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.kind == "answer" and answer.entry_id in ("cnn-shock", "cnn-deceived"), answer.parts


def test_still_hears_the_article_gives_no_date_when_asked_when_the_fighting_started(answerer: Answerer) -> None:
    assert answerer.answer("when did the fighting start").entry_id == "invasion-date"


@pytest.mark.parametrize("message", ["did anyone tell the cnn officer beforehand that he was heading into ukraine?",
                                     "was the officer told in advance where they were really going?"])
def test_asks_whether_the_officer_was_told_beforehand_and_hears_he_was_deceived(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "cnn-deceived"


@pytest.mark.parametrize("message", ["per the intro, why do some russian soldiers resign?",
                                     "according to the introduction, why are russian soldiers quitting?"])
def test_asks_why_soldiers_resign_per_the_intro_and_gets_the_reasons_not_the_section_on_giving_up(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id == "why-resign" and "slaughterhouse" in answer.parts[0], answer.parts


def test_a_doubt_that_smells_like_propaganda_still_gets_the_question_answered(answerer: Answerer) -> None:
    reply = render_plain(answerer.answer("smells like western propaganda tbh. do the soldiers have names at least?"),
                         answerer.kb.messages)
    assert "anonymous" in reply and not reply.startswith("The article doesn't say"), reply


def test_a_channel_handle_in_a_forwarded_post_is_no_topic(answerer: Answerer) -> None:
    answer = answerer.answer('Fwd from @warnews_today: "Reuters says 70% of every Russian battalion quit" true?')
    assert answer.entry_id == "ukraine-70-percent" and "Ukrainian authorities" in answer.parts[0], answer.parts


def test_asks_whether_the_article_backs_up_a_post_on_ukraines_own_losses_and_hears_it_does_not_say(
        answerer: Answerer) -> None:
    answer = answerer.answer("a post says ukraine has lost about 8k soldiers. does the article back that up?")
    assert answer.entry_id == "ukrainian-losses" and not answer.answered, answer.entry_id


@pytest.mark.parametrize(("message", "entry"), [("whatmade the officer from cnn quit?", "cnn-why-left"),
                                                ("howmany soldiers quit with the reuters guy?", "reuters-fourteen")])
def test_a_question_word_run_into_the_next_word_is_read_as_two(answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


def test_asks_whether_a_posted_figure_is_the_right_number_and_hears_the_articles_figure_not_a_right_to_resign(
        answerer: Answerer) -> None:
    answer = answerer.answer("a tweet says 30 soldiers quit together after reuters talked to them. is that the right "
                             "number?")
    assert answer.entry_id == "reuters-fourteen" and answer.parts[0].startswith("No, not 30"), answer.parts


def test_asks_about_daily_life_out_there_and_gets_the_officers_words_on_the_front(answerer: Answerer) -> None:
    assert answerer.answer("how was everyday life for the cnn officer's unit?").entry_id == "cnn-dirty-tired"


@pytest.mark.parametrize("message", [
    "is the russian army smashing it now? everything is going perfectly for them",
    "a commentator says the war is going great for russia. does the article agree?",
])
def test_hears_that_the_war_goes_perfectly_for_russia_and_gets_the_armys_mixed_state(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "army-disarray"


@pytest.mark.parametrize("message", [
    "is this article neutral or does it pick a side?",
    "does the piece take sides? is it impartial?",
])
def test_asks_whether_the_article_takes_sides_and_hears_its_warning_on_propaganda(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "propaganda-reliability"


@pytest.mark.parametrize("message", [
    "did the cnn guy even care that he was invading someone's country",
    "did it bother the cnn officer that he was invading ukraine?",
])
def test_asks_whether_the_officer_cared_about_invading_and_hears_of_his_shame(answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "cnn-shame"


@pytest.mark.parametrize("message", [
    "where in ukraine were those 14 reuters guys fighting?",
    "where was the reuters soldier's unit deployed when the 14 of them quit?",
])
def test_asks_where_the_fourteen_fought_and_hears_the_article_names_no_place(answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id == "deployment-place" and not answer.answered, answer.parts


def test_asks_whether_the_invasion_was_sprung_on_the_officer_and_hears_he_was_deceived(answerer: Answerer) -> None:
    answer = answerer.answer("so did that cnn guy know he was heading into ukraine or was it sprung on him")
    assert answer.entry_id == "cnn-deceived", answer.parts


@pytest.mark.parametrize(("message", "entry"), [
    ("can commanders really bin a resignation? heard that on a podcast", "superiors"),
    ("can russian soldiers resign legally, or is that just a fairy tale?", "legal-resign"),
    ("why doesn't russia just force people into the army and ship them over?", "no-war-declared"),
])
def test_asks_in_chat_words_what_the_article_answers_and_gets_it_not_no_match(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


def test_asks_whether_they_feel_like_lambs_to_the_slaughter_and_hears_why_some_resign(answerer: Answerer) -> None:
    assert answerer.answer("do the soldiers feel like lambs to the slaughter?").entry_id == "why-resign"


@pytest.mark.parametrize(("message", "entry"), [
    ("how did the officer cope once the ukrainians started hitting them hard?", "cnn-shock"),
    ("do the men in these stories sound happy about it?", "cnn-dirty-tired"),
    ("does anyone in the article sound proud of what they did?", "cnn-dirty-tired"),
])
def test_asks_how_the_soldiers_sound_and_took_the_fighting_and_gets_their_own_words(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


def test_asks_whether_the_officer_ended_up_in_ukraine_by_accident_and_hears_he_was_deceived(
        answerer: Answerer) -> None:
    assert answerer.answer("did the cnn officer end up in ukraine by accident?").entry_id == "cnn-deceived"


@pytest.mark.parametrize(("message", "entry"), [
    ("bottom line: will there be a mass walkout that embarrasses the army?", "no-mass-resignations"),
    ("is the russian offensive stalled?", "army-disarray"),
    ("big picture: how are things going for the russian army?", "army-disarray"),
])
def test_asks_with_a_framing_or_slang_word_and_still_gets_the_articles_view_of_the_army(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


def test_asks_in_chat_spelling_which_kinda_troops_quit_and_hears_all_areas(answerer: Answerer) -> None:
    answer = answerer.answer("which kinda troops quit, just low level ones?")
    assert answer.entry_id == "ukraine-daily-resignations", answer.parts


def test_asks_whether_the_article_backs_up_a_mass_walkout_headline_and_hears_it_is_unlikely(
        answerer: Answerer) -> None:
    answer = answerer.answer("tv says the russian army is on the brink of a mass walkout. does the article back it up?")
    assert answer.entry_id == "no-mass-resignations", answer.parts


@pytest.mark.parametrize("message", [
    "what's the name of the woman the article quotes from that organization?",
    "is there any russian organization that talks about the resignations?",
])
def test_asks_for_the_woman_or_the_russian_group_the_article_quotes_and_hears_of_menlikova(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "mothers-committee"


def test_asks_in_one_sentence_who_says_the_claim_and_whether_to_trust_it_and_hears_whose_claim_with_the_caveat(
        answerer: Answerer) -> None:
    answers = converse(answerer, ["heard some russian battalions lost 70% to resignations",
                                  "who is saying that, and can we actually trust it?"])
    assert answers[-1].entry_id == "ukraine-70-percent"
    assert "Ukrainian authorities" in render_plain(answers[-1], answerer.kb.messages).split(".")[0]


def test_asks_what_the_officer_says_happened_to_him_and_hears_his_story_not_only_his_quote(answerer: Answerer) -> None:
    assert answerer.answer("what does the cnn officer say happened to him?").entry_id == "cnn-deceived"


def test_asks_what_they_were_promised_and_asks_for_attribution_and_hears_the_reuters_soldiers_account(
        answerer: Answerer) -> None:
    answer = answerer.answer("what were they promised back home before going in? attribute please")
    assert answer.entry_id == "reuters-promises", answer.parts


@pytest.mark.parametrize("message", ["what was the quote about people dying?", "gimme the quote about people dying"])
def test_asks_for_the_quote_about_people_dying_and_gets_the_officers_words_not_the_list_of_sources(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "cnn-dirty-tired"


def test_asks_after_menlikova_whether_she_gives_a_real_number_or_just_guesswork_and_hears_her_many(
        answerer: Answerer) -> None:
    answers = converse(answerer, ["who is Valentina Menlikova?", "does she give a real number or is it just guesswork"])
    assert answers[-1].entry_id == "mothers-committee"


@pytest.mark.parametrize(("message", "lang"), [
    ("so what's this about?", "en"), ("what is it about", "en"), ("о чём это всё?", "ru"), ("про що це?", "uk")])
def test_asks_what_this_is_about_without_naming_the_article_and_gets_its_summary(
        answerer: Answerer, message: str, lang: str) -> None:
    answer, text = ask(answerer, message)
    assert (answer.entry_id, answer.lang) == ("summary", lang), text


def test_a_post_saying_soldiers_quit_whenever_with_zero_problems_is_told_it_is_not_that_easy(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "my cousin says russian soldiers can quit whenever they want, zero problems. true?")
    assert answer.entry_id == "superiors" and text.startswith("Not necessarily"), text


@pytest.mark.parametrize(("message", "lang"), [
    ("какие сми брали интервью у отказников?", "ru"), ("які медіа брали інтерв'ю у відмовників?", "uk")])
def test_asks_which_media_took_the_interviews_and_hears_cnn_and_reuters(
        answerer: Answerer, message: str, lang: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.lang == lang and "CNN" in text and "Reuters" in text, text


@pytest.mark.parametrize(("context", "message", "entry"), [
    ((), "did the cnn officer really not know he was heading into ukraine, or is he pretending to save his skin?",
     "cnn-deceived"),
    ((), "do soldiers quit every single day or is that made up", "ukraine-daily-resignations"),
    (("someone said 'this is not our war'",), "who said that and to whom? smells like a made up quote",
     "reuters-not-our-war")])
def test_a_question_followed_by_a_doubt_gets_its_answer_with_how_far_it_can_be_checked(
        answerer: Answerer, context: tuple[str, ...], message: str, entry: str) -> None:
    answer = converse(answerer, [*context, message])[-1]
    assert answer.answered and answer.entry_id == entry, answer.parts


@pytest.mark.parametrize(("message", "lang"), [
    ("в каком состоянии они там были, по словам офицера?", "ru"),
    ("в якому стані вони там були, за словами офіцера?", "uk")])
def test_asks_what_state_the_soldiers_were_in_and_hears_dirty_and_tired_not_his_shock(
        answerer: Answerer, message: str, lang: str) -> None:
    answer, text = ask(answerer, message)
    assert (answer.entry_id, answer.lang) == ("cnn-dirty-tired", lang), text


def test_asks_in_ukrainian_why_he_left_the_army_and_hears_the_rejection_named_as_the_officer_named_it(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "чому він пішов з армії?")
    assert answer.lang == "uk" and "неприйняття" in text.split("\n")[0], text


def test_asks_in_ukrainian_what_the_prisoner_videos_showed_and_hears_what_is_in_them_not_the_geneva_convention(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "а що саме Україна показувала у відео з полоненими?")
    assert (answer.entry_id, answer.lang) == ("pow-videos", "uk"), text


@pytest.mark.parametrize(("message", "entry"), [
    ("where was the officer who talked to cnn stationed before all this?", "cnn-deceived"),
    ("which base in crimea was he stationed at?", "deployment-place")])
def test_asks_where_the_cnn_officer_was_stationed_and_hears_crimea_or_that_no_base_is_named(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


@pytest.mark.parametrize("message", [
    "according to ukrainian officials, how often do russian soldiers resign?",
    "how often do resignations happen, per ukrainian officials?"])
def test_asks_how_often_soldiers_resign_according_to_ukrainian_officials_and_hears_their_daily_claim(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "ukraine-daily-resignations" and not text.startswith("The article doesn't say"), text


def test_asks_which_ukrainian_official_said_it_and_hears_that_none_is_named(answerer: Answerer) -> None:
    assert answerer.answer("which ukrainian official said resignations happen daily?").entry_id \
        == "ukrainian-official-unnamed"


@pytest.mark.parametrize("message", [
    "why did the cnn officer and the reuters soldier each quit?",
    "reuters guy vs cnn guy: why did each one quit?"])
def test_asks_why_each_witness_quit_and_hears_each_ones_own_reason(answerer: Answerer, message: str) -> None:
    _, text = ask(answerer, message)
    assert "rejection" in text and "extras" in text, text


def test_asks_why_to_trust_cnn_and_reuters_and_hears_no_reasons_for_quitting(answerer: Answerer) -> None:
    _, text = ask(answerer, "why should I trust CNN and Reuters?")
    assert "rejection" not in text, text


def test_a_question_then_a_doubt_it_is_a_fairy_tale_gets_the_questions_answer(answerer: Answerer) -> None:
    answer, text = ask(answerer, "did he really not know where he was going or is that just a western fairy tale")
    assert (answer.entry_id, answer.answered) == ("didnt-know-war", True), text


def test_asks_in_ukrainian_whether_putin_already_declared_mobilization_and_hears_it_remains_a_possibility(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "а путін вже оголосив загальну мобілізацію чи ні?")
    assert answer.lang == "uk" and "залишається можливість" in text.split("\n")[0], text


def test_asks_in_ukrainian_what_signal_a_mobilization_would_send_and_hears_russia_under_threat_of_perishing(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "який сигнал дала б росіянам загальна мобілізація?")
    assert answer.lang == "uk" and "під загрозою загибелі" in text, text


@pytest.mark.parametrize("message", ["name the battalions where 70% quit. if it's real they can name them",
                                     "which battalions had 70% resign? is that even true?"])
def test_asks_which_battalions_lost_70_percent_doubting_it_and_hears_the_article_never_names_them(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "which-battalions-70" and not answer.answered, text
    assert "Ukrainian authorities" in text, text


@pytest.mark.parametrize("message", ["is the russian army really falling apart or is that just media hype",
                                     "is the russian army falling apart or is it all nato copium"])
def test_asks_whether_the_army_is_falling_apart_or_its_hype_and_hears_the_articles_mixed_picture(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert (answer.entry_id, answer.answered) == ("army-disarray", True), text


@pytest.mark.parametrize("message", ["що обіцяли солдатам, з якими говорив рейтерс?",
                                     "а що обіцяли тим, з ким розмовляв Reuters?",
                                     "что обещали солдатам, с которыми разговаривал рейтер?"])
def test_asks_in_ukrainian_or_russian_what_the_soldiers_reuters_talked_to_were_promised_and_hears_it(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert (answer.entry_id, answer.answered) == ("reuters-promises", True), text


@pytest.mark.parametrize("message", ["як описував себе й побратимів той солдат з CNN, ну які вони там були?",
                                     "какими они там были, по словам офицера из CNN?"])
def test_asks_in_ukrainian_or_russian_what_they_were_like_there_and_hears_dirty_and_tired(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert (answer.entry_id, answer.answered) == ("cnn-dirty-tired", True), text


def test_asks_whether_putin_mobilized_in_sept_and_hears_it_came_after_the_article(answerer: Answerer) -> None:
    answer, text = ask(answerer, "did putin mobilize in sept?")
    assert (answer.entry_id, answer.answered) == ("mobilization-later", False), text


@pytest.mark.parametrize(("message", "entry"), [
    ("whats the thing that made the cnn soldier finally walk away", "cnn-why-left"),
    ("were they brainwashed with the whole ukrainian nazis thing before going in?", "cnn-denazification")])
def test_the_word_thing_is_chat_filler_and_the_question_gets_its_own_answer(answerer: Answerer, message: str,
                                                                            entry: str) -> None:
    answer, text = ask(answerer, message)
    assert (answer.entry_id, answer.answered) == (entry, True), text


def test_her_name_misspelt_in_full_is_one_name_and_a_figure_put_on_her_is_answered(answerer: Answerer) -> None:
    answer, text = ask(answerer, "Valentina Melnikova said the exact number of quitters is about 5000, source?")
    assert answer.entry_id == "exact-resignation-total" and "cannot be known" in text, text


def test_asks_about_bragging_or_heroism_in_the_stories_and_hears_of_little_triumphalism(answerer: Answerer) -> None:
    answer, text = ask(answerer, "any bragging or heroism in these soldier stories?")
    assert answer.answered and "triumphalism" in text, text


@pytest.mark.parametrize("message", ["What's the CNN officer's name and rank?",
                                     "whats the cnn officer's name and rank"])
def test_asks_the_cnn_officers_name_and_rank_and_hears_the_article_gives_neither(answerer: Answerer,
                                                                                message: str) -> None:
    answer, text = ask(answerer, message)
    assert not answer.answered, text


def test_asks_who_the_cnn_officer_is_naming_name_and_rank_and_hears_who_he_is(answerer: Answerer) -> None:
    answer, text = ask(answerer, "who's the officer CNN talked to? name, rank, anything?")
    assert answer.answered and answer.entry_id == "cnn-anonymous", text


@pytest.mark.parametrize("message", ["80% of russian battalions deserted, the army is falling apart. true?",
                                     "60% of the battalions have deserted. true? who says that?"])
def test_hears_a_post_with_a_wrong_share_of_battalions_quitting_and_gets_the_ukrainian_authorities_70_percent(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    text = render_plain(answer, answerer.kb.messages)
    assert answer.entry_id == "ukraine-70-percent" and text.startswith("No, not") and "70%" in text, text
    assert "Ukrainian authorities" in text, text


@pytest.mark.parametrize("message", [
    "short pls: 1) how many quit with the reuters soldier 2) what % quit in some battalions per ukraine 3) how many "
    "dead does moscow admit",
    "коротко: 1) скільки звільнилось із солдатом Reuters 2) скільки % у деяких батальйонах за Україною 3) скільки "
    "загиблих визнає Росія"])
def test_asks_three_numbered_figure_questions_and_gets_a_line_for_each(answerer: Answerer, message: str) -> None:
    text = render_plain(answerer.answer(message), answerer.kb.messages)
    assert all(figure in text for figure in ("14", "70%")) and ("1,351" in text or "1351" in text), text


@pytest.mark.parametrize("message", ["did the cnn guy give his full name on camera?",
                                     "was the full name of the soldier who spoke to cnn given on camera?"])
def test_asks_whether_the_cnn_soldier_gave_his_full_name_and_hears_no_soldier_is_named(answerer: Answerer,
                                                                                      message: str) -> None:
    answer = answerer.answer(message)
    assert (answer.entry_id, answer.kind) == ("soldier-names", "not_covered"), answer


@pytest.mark.parametrize("message", ["where are the 14 now?", "so where are those 14 soldiers currently?"])
def test_asks_where_the_14_who_quit_are_now_and_hears_the_article_does_not_say_what_became_of_them(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert (answer.entry_id, answer.answered) == ("reuters-group-fate", False), answer


@pytest.mark.parametrize("message", ["and nato, more or less?", "nato's is more or less?"])
def test_asks_whether_nato_s_figure_is_more_or_less_after_ukraine_s_and_hears_how_it_compares(
        answerer: Answerer, message: str) -> None:
    answer = converse(answerer, ["how many russians died according to ukraine?", message])[-1]
    text = render_plain(answer, answerer.kb.messages)
    assert answer.entry_id == "casualties-nato" and "lower than Ukraine's 29,200" in text, text


@pytest.mark.parametrize("message", ["who has the final say on whether a resignation goes through?",
                                     "who gets the last word on a soldier's resignation?"])
def test_asks_who_has_the_final_say_on_a_resignation_and_hears_it_is_the_superior_s_good_will(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    text = render_plain(answer, answerer.kb.messages)
    assert answer.entry_id == "superiors" and "superior" in text, text


@pytest.mark.parametrize("message", ["is there a moms organization following the resignations? whos quoted",
                                     "some mothers organization is tracking this? who's the person quoted from it"])
def test_asks_about_a_mothers_organization_and_hears_valentina_menlikova_of_the_committee(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    text = render_plain(answer, answerer.kb.messages)
    assert answer.entry_id == "mothers-committee" and "Menlikova" in text, text


@pytest.mark.parametrize("message", ["how much did regular soldiers even understand about why they were there",
                                     "how much did the troops really understand of what they were doing there?"])
def test_asks_how_much_the_soldiers_understood_and_hears_many_did_not_not_that_there_is_no_figure(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    text = render_plain(answer, answerer.kb.messages)
    assert answer.entry_id == "cnn-what-are-we-doing" and "did not understand" in text, text


@pytest.mark.parametrize("message", ["convenient that the cnn guy has no name lol. did they ever say who he is or nah",
                                     "the cnn officer is nameless. did they ever say who he is or nah"])
def test_asks_if_they_ever_said_who_the_cnn_officer_is_or_nah_and_hears_cnn_did_not_reveal_his_name(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    text = render_plain(answer, answerer.kb.messages)
    assert answer.entry_id == "cnn-anonymous" and "did not reveal" in text, text


@pytest.mark.parametrize("message", ["how does quitting the army actually work in practice?",
                                     "so how does resigning work, who decides?"])
def test_asks_how_resigning_works_and_hears_it_depends_on_a_superior_not_about_jobs_after_the_army(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    text = render_plain(answer, answerer.kb.messages)
    assert answer.entry_id == "superiors" and "good will" in text, text


def test_asks_how_the_bot_works_and_hears_what_it_can_do(answerer: Answerer) -> None:
    answer = answerer.answer("how do you work?")
    assert answer.kind == "small_talk" and answer.entry_id is None, answer


def test_asks_so_why_the_officer_quit_then_passes_on_a_rumour_and_hears_his_own_reason_first(
        answerer: Answerer) -> None:
    answer = answerer.answer("so why did that officer finally quit? saw someone say it was because he got hurt")
    text = render_plain(answer, answerer.kb.messages)
    assert answer.entry_id == "cnn-why-left" and text.startswith("Because of the rejection"), text


@pytest.mark.parametrize("message", ["the death toll figures - where do they come from?",
                                     "what does the article say about the death numbers and where they come from?"])
def test_asks_where_the_death_numbers_come_from_and_hears_the_three_estimates_with_their_claimants_not_hometowns(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    text = render_plain(answer, answerer.kb.messages)
    assert answer.entry_id == "casualties-overview" and "NATO" in text, text


def test_forwards_a_quoted_post_then_asks_in_lower_case_about_the_death_toll_and_hears_the_three_estimates(
        answerer: Answerer) -> None:
    answer = answerer.answer("from a channel: 'The West invents deserters. Only 1351 of our boys died, the rest is "
                             "Kyiv propaganda.' so what does the article say about the death toll and who gives it?")
    text = render_plain(answer, answerer.kb.messages)
    assert answer.entry_id == "casualties-overview" and "NATO" in text, text


@pytest.mark.parametrize(("message", "entry"), [
    ("the reuters guy said 14 of them quit but how many died according to nato", "casualties-nato"),
    ("14 left the reuters unit, but what share quit in some battalions and who claims it?", "ukraine-70-percent"),
    ("знаю что 14 ушли из части reuters, но сколько процентов уволилось в некоторых батальонах?",
     "ukraine-70-percent")])
def test_states_what_they_know_then_asks_something_else_after_but_and_hears_that_answer_not_the_known_figure(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


@pytest.mark.parametrize("message", ["only 1,351 russian soldiers died, correct?",
                                     "Russian losses are just 1,351 men. true?",
                                     "потери россии всего 1351 человек, правда?",
                                     "las bajas rusas son solo 1.351, verdad?"])
def test_states_russias_own_figure_as_the_toll_and_is_not_told_yes_but_hears_all_three_estimates(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    text = render_plain(answer, answerer.kb.messages)
    assert not text.startswith(("Yes", "Да", "Sí")) and "29" in text and "15" in text, text


@pytest.mark.parametrize("message", ["Rusia solo reconoce 1.351 muertos, ¿es cierto?",
                                     "russia says it lost 1351 soldiers, right?"])
def test_says_russia_itself_gives_1351_and_hears_yes_that_is_russias_figure(answerer: Answerer, message: str) -> None:
    text = render_plain(answerer.answer(message), answerer.kb.messages)
    assert text.startswith(("Yes", "Sí")) and "1" in text, text


@pytest.mark.parametrize(("message", "entry"), [
    ("who is the spokesperson of the soldiers mothers committee?", "mothers-committee"),
    ("A soldier told Reuters his whole company of 40 men walked off because they never got their salaries. true?",
     "reuters-fourteen")])
def test_says_spokesperson_or_walked_off_and_hears_the_story_those_words_mean(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


def test_states_that_quitting_is_desertion_and_prison_and_asks_to_check_and_hears_they_are_not_deserters(
        answerer: Answerer) -> None:
    answer = answerer.answer("quitting during a war means desertion and prison. prove me wrong")
    text = render_plain(answer, answerer.kb.messages)
    assert answer.entry_id == "legal-regulations" and "not deserters" in text, text


@pytest.mark.parametrize(("context", "message", "entry"), [
    ("what state was the cnn officer in?", "how long did that last for him?", "cnn-shock"),
    ("who said 'people around us were dying'?", "what else did he say after that?", "cnn-dirty-tired"),
    ("qué le pasó al oficial de la cnn con los ataques fuertes?", "y eso cuánto le duró?", "cnn-shock")])
def test_follows_up_on_that_story_with_him_beside_it_and_stays_on_the_story(
        answerer: Answerer, context: str, message: str, entry: str) -> None:
    answer = converse(answerer, [context, message])[-1]
    assert answer.entry_id == entry, answer.parts


@pytest.mark.parametrize(("message", "words"), [
    ("cnn guy: where was he sent, how did he feel the first week, and why did he hide his face?", "aftershock"),
    ("два питання про офіцера CNN: як він почувався перший тиждень і чому ховав обличчя?", "шоку")])
def test_asks_three_things_about_the_cnn_officer_and_the_first_ones_are_not_cut_before_their_answer(
        answerer: Answerer, message: str, words: str) -> None:
    _, text = ask(answerer, message)
    assert words in text and text.count("•") == 3, text


@pytest.mark.parametrize("message", ["heard russian troops are walking away by the thousands, is that so?",
                                     "soldiers resigning by the hundreds every week, true?"])
def test_hears_soldiers_quit_by_the_thousands_and_gets_that_the_article_expects_no_mass_resignation(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "no-mass-resignations" and text.startswith("Unlikely"), text


@pytest.mark.parametrize(("message", "reason"), [
    ("saw a post: 14 guys from one unit quit together because they never got their combat pay. true? who said it?",
     "promised"),
    ("в тг пишуть: 14 чоловік з одного підрозділу звільнились, бо їм не заплатили бойові. це правда? хто це сказав?",
     "обіцяних")])
def test_hears_the_14_quit_for_a_reason_and_asks_who_said_it_and_gets_the_reason_with_the_reuters_soldier(
        answerer: Answerer, message: str, reason: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "reuters-fourteen" and reason in text and "Reuters" in text, text


@pytest.mark.parametrize("message", [
    "what would a general mobilization mean for russians, and what would putin have to do first",
    "what does general mobilization mean for families and what would putin have to do first"])
def test_asks_what_mobilization_means_and_what_putin_would_have_to_do_first_and_hears_he_would_declare_war(
        answerer: Answerer, message: str) -> None:
    _, text = ask(answerer, message)
    assert "declaring war" in text, text


def test_hears_that_quitting_gets_you_thrown_in_prison_and_gets_that_professionals_can_legally_resign(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "you cant quit the russian army, they throw you in prison. right?")
    assert answer.entry_id == "legal-resign" and "legally resign" in text, text


@pytest.mark.parametrize("follow_up", ["ok and where does that number actually come from, who reported it?",
                                       "y eso de donde sale, que medio lo publico?"])
def test_asks_where_the_toll_just_given_comes_from_and_who_reported_it_and_hears_deutsche_welle(
        answerer: Answerer, follow_up: str) -> None:
    answer, text = ask(answerer, "how many russian soldiers does ukraine say were killed?", follow_up)
    assert answer.entry_id == "casualties-ukraine" and "Deutsche Welle" in text and "29" in text, text


def test_hears_quitters_face_zero_consequences_and_gets_the_severe_consequences_not_a_count_of_zero(
        answerer: Answerer) -> None:
    from bot.kb.textnorm import fold

    assert "zero" in fold("zero consequences").split() and "0" in fold("russia admits like zero").split()
    _, text = ask(answerer, "saw a reel saying russian soldiers who walk away from the war face basically zero "
                            "consequences lol. is that right?")
    assert "severe consequences" in text and "not 0" not in text, text


@pytest.mark.parametrize("message", ["wat finally pushed the cnn guy to quit",
                                     "What finally pushed the CNN soldier to leave?"])
def test_asks_what_finally_pushed_the_cnn_officer_to_quit_and_hears_why_he_left(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "cnn-why-left" and "rejection" in text, text


def test_asks_whether_the_quitters_leave_for_moral_reasons_or_fear_and_hears_why_soldiers_quit_not_a_did_you_mean(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "so the guys who bail out... is it moral reasons or are they just scared of getting "
                                 "killed")
    assert answer.entry_id == "why-resign" and "unfair" in text, text


def test_forwards_a_post_saying_the_cnn_officer_got_locked_up_and_hears_he_was_let_go_among_its_points(
        answerer: Answerer) -> None:
    _, text = ask(answerer, 'Fwd from a channel: "Russian soldiers who quit are all treated as deserters, there is '
                            'NO legal way out, and that officer who talked to CNN got locked up right away." how much '
                            'of this is true')
    assert "not deserters" in text and "let him go" in text, text


@pytest.mark.parametrize("message", [
    "who were the 14 who quit?",
    "heard something about a group of 14 fighters who quit together. who are they and where is this info from?",
    "чула шось про групу з 14 бійців які разом кинули службу. хто вони такі і звідки ця інфа?",
    "слышал про группу из 14 бойцов которые вместе бросили службу. кто они такие и откуда инфа?"])
def test_asks_who_the_14_who_quit_were_and_hears_their_story_with_the_reuters_soldier_not_only_whose_figure(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "reuters-fourteen" and "Reuters" in text and any(
        w in text for w in ("promised", "обіцяних", "обещанных")), text


def test_asks_in_spanish_what_the_cnn_officer_said_about_feeling_part_of_the_war_and_hears_his_words(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "¿Qué dijo el soldado de CNN sobre sentirse parte de la guerra? me interesa la cita")
    assert answer.entry_id == "cnn-dirty-tired" and "parte de aquello" in text, text


@pytest.mark.parametrize("message", ["а менликову за такие слова не преследуют? на неё дело не заводили?",
                                     "has valentina menlikova been prosecuted?",
                                     "менлікову переслідували за ці слова?",
                                     "¿procesaron a menlikova por decir eso?"])
def test_asks_whether_menlikova_was_prosecuted_and_hears_the_article_gives_nothing_on_her_not_her_figures(
        answerer: Answerer, message: str) -> None:
    answer, _ = ask(answerer, message)
    assert answer.entry_id == "committee-background" and not answer.answered, answer.entry_id


@pytest.mark.parametrize("follow_up", ["and how long did that last, according to him?",
                                       "and how long did that go on for, per him?",
                                       "а сколько это у него длилось?"])
def test_hears_the_cnn_officer_was_in_shock_asks_how_long_by_his_account_and_hears_the_first_week(
        answerer: Answerer, follow_up: str) -> None:
    first = "офицер из cnn был в шоке?" if follow_up.startswith("а ") else "did the cnn officer go into shock?"
    answer, text = ask(answerer, first, follow_up)
    assert answer.entry_id == "cnn-shock" and any(w in text for w in ("first week", "первую неделю")), text


def test_forwards_a_post_saying_the_kremlin_declared_war_and_hears_it_had_not_when_the_article_was_written(
        answerer: Answerer) -> None:
    _, text = ask(answerer, "saw this in a channel: 'the kremlin has officially declared war on ukraine, and the army "
                            "has ordered a general mobilization of millions'. is any of it real?")
    assert "has not declared war" in text and "general mobilization" in text, text


@pytest.mark.parametrize("message", ["how much of that holds up?", "does it hold up though"])
def test_asks_how_much_of_it_holds_up_and_hears_how_far_the_article_can_be_trusted_not_how_the_officer_coped(
        answerer: Answerer, message: str) -> None:
    answer, _ = ask(answerer, message)
    assert answer.entry_id == "propaganda-reliability", answer.entry_id


def test_asks_to_compare_the_cnn_guy_and_the_reuters_guy_on_why_each_quit_and_hears_each_ones_reason(
        answerer: Answerer) -> None:
    _, text = ask(answerer, "cnn guy vs reuters guy, compare: why did each of them quit?")
    assert "rejection" in text and "promised" in text, text


@pytest.mark.parametrize("message", [
    "is it true the cnn officer said he felt proud being in ukraine? saw it on a telegram channel",
    "is it true the cnn officer said he was proud to be in ukraine? i saw it quoted on a telegram channel"])
def test_checks_whether_the_cnn_officer_was_proud_saying_where_it_was_seen_and_hears_his_shame_alone(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "cnn-shame" and "rejection" not in text, text


@pytest.mark.parametrize("message", ["чого рф не забере людей в армію примусово, якщо воює?",
                                     "чому росія не забирає людей примусово?"])
def test_asks_in_ukrainian_why_russia_does_not_take_people_by_force_and_hears_it_declared_no_war(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "no-war-declared" and "не оголосила війну" in text, text


def test_asks_how_the_cnn_officer_was_once_ukraine_started_hitting_the_russians_and_hears_of_his_shock(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "how was the cnn officer doing once ukraine started hitting the russians hard?")
    assert answer.entry_id == "cnn-shock" and "first week" in text, text


@pytest.mark.parametrize("message", ["so did the cnn guy think he was innocent or what",
                                     "did the cnn soldier feel blameless in all of it"])
def test_asks_whether_the_cnn_officer_thought_himself_innocent_and_hears_he_was_a_part_of_it(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "cnn-dirty-tired" and "part of it" in text, text


def test_checks_that_the_cnn_officer_left_because_he_was_not_paid_and_hears_his_own_reason_then_whose_that_is(
        answerer: Answerer) -> None:
    _, text = ask(answerer, "the cnn soldier left because he wasnt getting paid. true?")
    assert text.startswith("The article does not attribute this to the officer who spoke to CNN.") \
        and text.index("rejection") < text.index("Reuters"), text


@pytest.mark.parametrize("message", ["what's the price of quitting the army", "whats the cost of refusing to fight"])
def test_asks_what_walking_away_costs_a_soldier_and_hears_of_severe_consequences_not_money(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "intro-homeland" and "severe consequences" in text, text


@pytest.mark.parametrize("message", ["чому росія не може примусово загнати людей на війну?",
                                     "чого рф просто не жене людей примусово воювати?"])
def test_asks_in_ukrainian_why_russia_does_not_drive_people_to_war_by_force_and_hears_it_declared_no_war(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "no-war-declared" and "не оголосила війну" in text, text


def test_asks_in_russian_slang_why_putin_does_not_rake_everyone_into_the_army_and_hears_it_declared_no_war(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "а чего путин не загребает всех в армию насильно?")
    assert answer.entry_id == "no-war-declared" and "не объявляла войну" in text, text


@pytest.mark.parametrize(("message", "lang", "plain"), [
    ("qué le pasó al oficial que dio una entrevista a la CNN", "es", "qué le pasó al oficial de la CNN"),
    ("what did the officer who gave his testimony to CNN say", "en", "what did the officer from CNN say"),
])
def test_names_the_witness_by_whom_he_gave_an_interview_to_and_is_read_as_naming_him_by_the_outlet(
        answerer: Answerer, message: str, lang: Language, plain: str) -> None:
    assert answerer.matcher.read(message, lang).terms == answerer.matcher.read(plain, lang).terms


@pytest.mark.parametrize("message", ["¿a dónde mandaron primero al oficial de la CNN, y qué pasó después?",
                                     "¿A dónde enviaron al oficial de la CNN al principio, y qué ocurrió luego?"])
def test_asks_in_spanish_where_the_cnn_officer_was_sent_and_what_happened_next_and_hears_he_ended_up_in_ukraine(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "cnn-deceived" and "Crimea" in text and "no lo dice" not in text, text


def test_checks_a_post_that_cnn_talked_to_a_general_who_defected_and_hears_of_the_anonymous_officer_not_a_silence(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "a telegram channel says CNN talked to a russian general who defected. true?")
    assert answer.entry_id == "cnn-anonymous" and "officer" in text and "doesn't say" not in text, text


def test_asks_how_the_officer_felt_when_his_unit_crossed_into_ukraine_and_hears_of_his_shame_not_the_route(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "how did the officer feel when his unit crossed into ukrainian territory")
    assert answer.entry_id == "cnn-shame" and "shame" in text, text


def test_asks_how_verifiable_the_testimonies_are_and_hears_the_witnesses_are_anonymous(answerer: Answerer) -> None:
    answer, text = ask(answerer, "how verifiable are these testimonies, are the soldiers even named?")
    assert answer.entry_id == "propaganda-reliability" and "anonymous" in text, text


def test_asks_the_main_reason_each_witness_gave_and_hears_the_cnn_officers_reason_then_the_reuters_soldiers(
        answerer: Answerer) -> None:
    _, text = ask(answerer, "the cnn guy and the reuters guy: what was the main reason each of them gave for leaving?")
    assert "rejection" in text and "extras" in text, text


def test_checks_a_post_that_the_russian_offensive_has_stalled_and_hears_the_articles_mixed_verdict(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, 'My cousin sent me this:\n"The Russian offensive has completely stalled and it is '
                                 'losing ground everywhere."\nDoes the article agree?')
    assert answer.entry_id == "army-disarray" and text.startswith("Mixed"), text


@pytest.mark.parametrize("message", ["is leaving the army a tough call for these soldiers?",
                                     "is walking away from the army an easy call for them?"])
def test_asks_whether_leaving_is_an_easy_call_and_hears_it_is_no_easy_decision_with_severe_consequences(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "intro-homeland" and "severe consequences" in text, text


def test_follows_up_on_daily_resignations_asking_if_only_the_rank_and_file_quit_and_hears_all_areas(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "ukraine says russians quit every day", "is that just rank and file or officers too?")
    assert answer.entry_id == "ukraine-daily-resignations" and "elite" in text, text


def test_asks_what_types_of_russian_soldiers_resign_per_ukraine_and_hears_all_areas_not_the_right_to_resign(
        answerer: Answerer) -> None:
    answer, text = ask(answerer,
                       "According to the Ukrainians, what types of Russian soldiers resign? Can we believe them?")
    assert answer.entry_id == "ukraine-daily-resignations" and "elite" in text, text


def test_tells_what_the_kremlin_says_then_asks_without_a_question_mark_whether_the_cnn_unit_was_told_it(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "the kremlin says they went in to fight nazis. was the cnn officer's unit even told")
    assert answer.entry_id == "cnn-denazification" and "doesn't say" not in text, text


def test_asks_in_spanish_what_a_general_mobilization_would_bring_according_to_the_article_and_hears_its_forecast(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "¿Putin podría decretar una movilización general?",
                       "¿y si pasa eso qué consecuencias tendría según el artículo?")
    assert answer.entry_id == "mobilization-consequences" and "imprevisibles" in text, text


def test_asks_in_ukrainian_whether_one_can_just_take_and_stop_fighting_and_hears_it_is_not_easy(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "а взагалі це легко - просто взяти й перестати воювати? чим це грозить")
    assert answer.entry_id == "superiors" and "непросто" in text, text


def test_asks_in_ukrainian_how_long_the_cnn_officer_was_in_that_state_and_hears_the_first_week(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "а той офіцер з CNN в якому він стані був коли українці почали сильніше бити?",
                       "і як довго він так був?")
    assert answer.entry_id == "cnn-shock" and "тиждень" in text, text


def test_checks_a_post_crying_western_lies_and_hears_of_propaganda_not_the_death_toll(answerer: Answerer) -> None:
    _, text = ask(answerer, "Forwarded: 'Western lies again!!! Any contract soldier can resign whenever he "
                            "likes and his commander has to accept it.' true??")
    assert "propaganda" in text and "29,200" not in text, text


def test_checks_in_ukrainian_that_the_kremlin_finally_admitted_30000_dead_and_hears_no_russia_says_1351(
        answerer: Answerer) -> None:
    _, text = ask(answerer, "Кремль нарешті визнав, що загинуло 30 тисяч російських солдатів. Це правда?")
    assert text.startswith("Ні") and "1 351" in text, text


def test_checks_in_spanish_that_the_kremlin_por_fin_admitted_30000_dead_and_hears_no_russia_says_1351(
        answerer: Answerer) -> None:
    _, text = ask(answerer, "el Kremlin por fin reconoció 30.000 soldados muertos. ¿es verdad?")
    assert text.startswith("No") and "1.351" in text, text


def test_asks_what_the_stories_are_supposed_to_tell_about_the_war_and_hears_how_the_war_is_going(
        answerer: Answerer) -> None:
    answer, text = ask(answerer,
                       "what are the soldiers stories supposed to tell us about the war? sounds cherry picked")
    assert answer.entry_id == "giving-up" and "progressing" in text, text


@pytest.mark.parametrize(("message", "lang"), [("that's enough for today", "en"),
                                               ("enough for now, thanks", "en"),
                                               ("спасибо, на сегодня хватит", "ru"),
                                               ("дякую, на сьогодні досить", "uk"),
                                               ("gracias, suficiente por hoy", "es")])
def test_says_that_is_enough_for_today_and_gets_a_goodbye_not_an_answer(
        answerer: Answerer, message: str, lang: Language) -> None:
    answer, text = ask(answerer, message)
    assert answer.kind == "small_talk" and answer.lang == lang and "?" not in text.split("\n")[0], text


@pytest.mark.parametrize("message", ["why is it so hard to know how many soldiers are really quitting?",
                                     "чому так важко зрозуміти, скільки реально відмовників?"])
def test_asks_why_it_is_hard_to_know_how_many_quit_and_hears_the_warning_on_propaganda(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.answered and re.search(r"propaganda|пропаганд", text), text


def test_asks_whether_it_is_hard_to_tell_if_the_stories_are_true_and_hears_how_far_to_trust_them(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "is it hard to tell if the soldiers' stories are true?")
    assert answer.entry_id == "propaganda-reliability" and "propaganda" in text, text


def test_asks_whether_natos_top_estimate_is_above_or_below_ukraines_and_hears_nato_is_lower_by_14200(
        answerer: Answerer) -> None:
    _, text = ask(answerer, "is nato's top-end estimate above or below the ukrainian figure?")
    assert text.startswith("NATO gives a lower figure (15,000)") and "14,200 fewer" in text, text


def test_asks_how_many_more_ukraine_claims_than_natos_lowest_estimate_and_gets_the_gap_to_7000(
        answerer: Answerer) -> None:
    _, text = ask(answerer, "how many more deaths does ukraine claim than nato's lowest estimate")
    assert "(7,000)" in text and "22,200 more" in text and "14,200" not in text, text


@pytest.mark.parametrize(("message", "first"), [
    ("difference between ukraine's count and russia's own count", "The Ukrainian authorities"),
    ("difference between russia's own count and ukraine's count", "Russia"),
    ("ukraine says ~29k russians dead. what does NATO say, is it higher or lower?", "NATO")])
def test_compares_two_estimates_and_hears_them_in_the_order_the_question_names_them(
        answerer: Answerer, message: str, first: str) -> None:
    _, text = ask(answerer, message)
    assert text.startswith(first), text


@pytest.mark.parametrize("messages", [
    ("what videos of captured russians did ukraine post?", "and what did the prisoners say?"),
    ("Какие видео выкладывала Украина с пленными русскими?", "а что в них говорили пленные?"),
    ("¿Qué videos de prisioneros rusos publicó Ucrania?", "¿y qué decían los prisioneros?")])
def test_asks_what_the_prisoners_said_after_ukraines_videos_and_hears_about_civilian_targets_not_the_viral_video(
        answerer: Answerer, messages: tuple[str, str]) -> None:
    answer, text = ask(answerer, *messages)
    assert answer.entry_id == "pow-videos" and re.search(r"civilian|гражданск|civiles", text), text


@pytest.mark.parametrize("message", ["what's the russian army like now according to the article?",
                                     "so according to this article russia is winning easily now?"])
def test_asks_about_now_according_to_the_article_and_hears_what_the_article_says_not_that_it_is_too_old(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.entry_id == "army-disarray" and "stabilize" in text, text


def test_asks_how_we_know_it_is_not_fake_and_hears_how_far_the_article_can_be_trusted(answerer: Answerer) -> None:
    answer, text = ask(answerer, "how do we know it's not fake?")
    assert answer.entry_id == "propaganda-reliability" and "propaganda" in text, text


def test_asks_which_outlets_the_article_leans_on_and_hears_its_sources(answerer: Answerer) -> None:
    answer, text = ask(answerer, "which outlets does the piece lean on?")
    assert answer.entry_id == "article-sources" and "Deutsche Welle" in text, text


def test_asks_whether_leaving_the_army_is_easy_or_a_fairy_tale_and_hears_it_is_not_easy(answerer: Answerer) -> None:
    answer, text = ask(answerer, "so is leaving the army actually easy or is that a fairy tale")
    assert answer.entry_id == "superiors" and "not easy" in text, text


def test_hears_the_committee_says_quitting_is_not_easy_asks_why_and_hears_the_superior_may_bin_it(
        answerer: Answerer) -> None:
    _, text = ask(answerer, "the soldiers' mothers committee says quitting isn't that easy", "why?")
    assert "good will" in text and "trash" in text, text


def test_asks_in_spanish_what_the_soldiers_returning_home_in_the_viral_video_said_and_hears_cheated(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "¿y qué contaban esos soldados del vídeo viral que regresaban a sus casas?")
    assert answer.entry_id == "cheated-video" and "engañados" in text, text


def test_asks_why_someone_on_the_frontline_would_quit_and_hears_why_soldiers_resign(answerer: Answerer) -> None:
    answer, text = ask(answerer, "why would someone on the frontline just quit?")
    assert answer.entry_id == "why-resign" and "unfair" in text, text


def test_asks_in_spanish_why_someone_in_the_front_line_would_quit_mid_war_and_hears_why_not_whether_legal(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "¿por qué alguien en primera línea renunciaría en plena guerra?")
    assert answer.entry_id == "why-resign" and "injusta" in text, text


def test_asks_why_russia_aint_using_conscripts_typed_without_apostrophe_and_hears_war_was_not_declared(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "why aint russia using conscripts for this")
    assert answer.entry_id == "no-war-declared" and "declared" in text, text


def test_hears_quitting_is_not_easy_types_wdym_trash_and_hears_the_superior_may_bin_the_letter(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "is quitting easy for them", "wdym trash")
    assert answer.entry_id == "superiors" and "trash" in text, text


@pytest.mark.parametrize(("question", "difference"), [
    ("how much higher is ukraine's figure of dead russians than nato's highest estimate?", "14,200"),
    ("¿cuánto más alta es la cifra ucraniana de muertos rusos que la estimación máxima de la OTAN?", "14.200"),
    ("cual es la cifra mas alta de muertos rusos q sale y quien la da", "29.200"),
])
def test_compares_two_estimates_of_dead_russians_and_the_russians_are_whose_dead_not_a_third_estimate(
        answerer: Answerer, question: str, difference: str) -> None:
    _, text = ask(answerer, question)
    assert first_sentence(text).count(difference) == 1 and "1.351" not in first_sentence(text), text


def test_asks_in_spanish_how_many_died_so_far_according_to_nato_and_hears_the_whole_range(answerer: Answerer) -> None:
    answer, text = ask(answerer, "¿Cuántos soldados rusos han muerto hasta ahora según la OTAN?")
    assert answer.entry_id == "casualties-nato" and "7.000" in first_sentence(text), text


def test_forwards_in_spanish_a_friends_post_putting_ukraines_figure_on_nato_and_hears_whose_it_is(
        answerer: Answerer) -> None:
    _, text = ask(answerer, "Un compa me reenvió esto: 'La OTAN confirma 29.200 soldados rusos muertos en Ucrania'. "
                            "¿Es cierto?")
    assert text.startswith("No") and "ucranianas" in first_sentence(text), text


@pytest.mark.parametrize("question", [
    "i read that russia only admits 1351 dead, is that true?",
    "saw on tg that russia only admits 1351 dead, thats from the article?",
])
def test_passes_on_what_they_read_about_russias_figure_asks_if_it_is_so_and_hears_yes(
        answerer: Answerer, question: str) -> None:
    _, text = ask(answerer, question)
    assert text.startswith("Yes") and "1,351" in text.split("\n")[0], text


def test_asks_for_the_reuters_soldiers_story_then_how_many_quit_together_and_hears_fourteen(answerer: Answerer) -> None:
    answer, text = ask(answerer, "reuters soldier who quit, whats his story", "how many of them quit together")
    assert answer.entry_id == "reuters-fourteen" and "14" in text, text


def test_asks_what_they_were_told_theyd_get_at_the_lineup_and_hears_the_reuters_soldiers_promises(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "what were they told theyd get before going, back in russia? the lineup speech thing")
    assert answer.entry_id == "reuters-promises" and "medals" in text, text


def test_asks_whether_the_article_admits_ukraine_pushes_propaganda_too_and_hears_propaganda_on_both_sides(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "wait so the article admits ukraine pushes propaganda too?")
    assert answer.entry_id == "propaganda-reliability" and "both sides" in text, text


def test_asks_the_maximum_prison_term_for_desertion_and_hears_the_article_gives_no_sentence(answerer: Answerer) -> None:
    answer, text = ask(answerer, "whats the max prison term for desertion under russian law")
    assert not answer.answered and text.startswith("The article doesn't say"), text


def test_asks_whether_the_troops_are_conscripts_then_why_and_hears_russia_has_not_declared_war(
        answerer: Answerer) -> None:
    _, text = ask(answerer, "are the russian troops in ukraine conscripts or contract soldiers", "why?")
    assert first_sentence(text).startswith("Russia has not declared war"), text


def test_asks_whether_the_captured_russians_in_ukraines_videos_admitted_shooting_civilians_and_hears_admitting(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "in those early ukrainian videos with captured russians phoning their moms, did they "
                                 "admit shooting at civilians?")
    assert answer.entry_id == "pow-videos" and "admitting they were shooting at civilian targets" in text, text


@pytest.mark.parametrize("messages", [
    ("is it even legal for ukraine to publish vids of POWs like that?",),
    ("those videos ukraine released with captured russians calling their mothers", "is it even legal to publish that?"),
])
def test_asks_whether_publishing_the_pow_videos_is_legal_and_hears_they_are_against_the_geneva_convention(
        answerer: Answerer, messages: tuple[str, ...]) -> None:
    answer, text = ask(answerer, *messages)
    assert answer.entry_id == "geneva-convention" and text.startswith("No: ") and "Geneva" in text, text


def test_hears_about_the_prisoner_videos_asks_legal_and_hears_the_geneva_convention_not_the_right_to_resign(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "tell me about the videos ukraine put out of captured russian soldiers phoning their "
                                 "mothers", "legal?")
    assert answer.entry_id == "geneva-convention" and "Geneva" in first_sentence(text), text


@pytest.mark.parametrize("question", [
    "як називалась частина того солдата з рейтерс і де вона стояла?",
    "як називався батальйон того офіцера шо з Криму заходив?",
])
def test_asks_in_ukrainian_what_the_soldiers_unit_was_called_and_hears_nothing_of_being_part_of_it(
        answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert not answer.answered and answer.lang == "uk", text


def test_forwards_that_troops_were_told_it_was_drills_then_dumped_into_ukraine_and_hears_the_maneuvers_story(
        answerer: Answerer) -> None:
    _, text = ask(answerer, "someone forwarded me: 'russian troops were told it was just drills and then dumped into "
                            "ukraine'. legit or fake?")
    assert "maneuvers" in text and "cheated" in text, text


def test_hears_about_the_cnn_officer_asks_how_he_felt_in_the_beginning_and_hears_the_state_of_shock(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "tell me about the officer who talked to cnn",
                       "did he say how he felt in the beginning?")
    assert answer.entry_id == "cnn-shock" and "aftershock" in text, text


def test_asks_the_prison_term_for_desertion_under_russian_law_and_hears_the_article_gives_no_penalty(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "whats the prison term for desertion under russian law")
    assert not answer.answered and text.startswith("The article doesn't say"), text


def test_asks_in_ukrainian_why_they_are_not_counted_as_deserters_and_hears_the_rules_not_a_count(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "чого їх не рахують дезертирами якщо рф по факту воює? поясніть бо я не розумію")
    assert answer.entry_id == "legal-regulations" and "дезертир" in text, text


@pytest.mark.parametrize("message", [
    "Dos preguntas para un reportaje: ¿qué sería una movilización general y por qué sería arriesgada para Putin?",
    "two questions for my essay: what would a general mobilization be and why would it be risky for putin?",
])
def test_announces_two_questions_and_hears_both_answered_not_the_two_witnesses(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert "CNN" not in text and answer.entry_id in {"general-mobilization", "mobilization-consequences"}, text


@pytest.mark.parametrize(("messages", "entry_id"), [
    (("изза чего солдаты вообще отказываются воевать?",), "why-resign"),
    (("скоро вся армия разбежится что ли?",), "no-mass-resignations"),
    (("что рассказал рейтеровский солдат?",), "reuters-not-our-war"),
    (("шо розповів рейтерівський солдат?",), "reuters-not-our-war"),
    (("ті відео де полонені дзвонять мамам, шо там було?", "і в чому вони там признавались по тєлєфону?"),
     "pow-videos"),
])
def test_asks_in_russian_or_ukrainian_as_people_type_it_and_hears_the_story_asked(
        answerer: Answerer, messages: tuple[str, ...], entry_id: str) -> None:
    answer, text = ask(answerer, *messages)
    assert answer.entry_id == entry_id, text


def test_says_crimea_pops_up_in_the_article_asks_in_what_context_and_hears_where_the_officer_was_sent(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "crimea pops up somewhere in the article. in what context?")
    assert answer.entry_id == "cnn-deceived" and "Crimea" in first_sentence(text), text


@pytest.mark.parametrize("question", [
    "so if my nephew resigns from the russian army is he a deserter now",
    "if my cousin walks out on his contract is he a deserter now?",
])
def test_supposes_a_relative_quits_asks_if_he_is_a_deserter_now_and_hears_the_rules_not_later_news(
        answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == "legal-regulations" and text.startswith("No"), text


def test_hears_ukraine_claims_daily_resignations_asks_in_what_sort_of_units_and_hears_basic_or_elite(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "is it true ukraine says russians resign every day?", "what sort of units tho?")
    assert answer.entry_id == "ukraine-daily-resignations" and "elite" in first_sentence(text), text


def test_hears_in_russian_that_everyone_who_refused_is_written_down_as_a_deserter_and_hears_no_if_by_the_rules(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "брат пишет что всех кто отказался сразу как дезертиров оформляют. это так?")
    assert answer.entry_id == "legal-regulations" and text.startswith("Нет"), text


@pytest.mark.parametrize("messages", [
    ("офіцер з CNN справді пішов з армії?", "а що йому за це могло бути?"),
    ("офицер из CNN правда ушел из армии?", "а что ему за это могло быть?"),
])
def test_asks_what_the_officer_could_have_got_for_quitting_and_hears_the_criminal_case_warning(
        answerer: Answerer, messages: tuple[str, str]) -> None:
    answer, text = ask(answerer, *messages)
    assert answer.entry_id == "legal-resign" and ("кримінальн" in text or "уголовн" in text), text


@pytest.mark.parametrize("messages", [
    ("¿el oficial de la cnn al final se fue del ejército?", "¿y por qué?"),
    ("¿al final el oficial de la cnn se salió del ejército?", "¿por qué?"),
])
def test_asks_in_spanish_whether_the_officer_left_then_why_and_hears_the_reason_he_left(
        answerer: Answerer, messages: tuple[str, str]) -> None:
    answer, text = ask(answerer, *messages)
    assert answer.entry_id == "cnn-why-left" and "rechazo" in first_sentence(text), text


def test_asks_in_spanish_where_the_mothers_committee_has_its_headquarters_and_hears_the_article_gives_no_background(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "¿en qué ciudad tiene la sede el comité de madres de soldados?")
    assert answer.entry_id == "committee-background" and not answer.answered, text


@pytest.mark.parametrize(("messages", "entry_id", "said"), [
    (("офіцер з CNN справді звільнився?", "а його хіба нічим не лякали?"), "legal-resign", "кримінальн"),
    (("офиц потери рф?",), "casualties-russia", "1351"),
])
def test_asks_in_ukrainian_or_russian_shorthand_and_hears_the_story_meant(
        answerer: Answerer, messages: tuple[str, ...], entry_id: str, said: str) -> None:
    answer, text = ask(answerer, *messages)
    assert answer.entry_id == entry_id and said in text, text


def test_is_told_russia_only_lost_1351_men_and_the_rest_is_propaganda_and_hears_whose_figure_and_the_caveat(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "russia only lost 1351 men, all the rest is western propaganda")
    assert answer.entry_id == "casualties-russia" and "propaganda" in text and "7,000" in text, text


def test_asks_whether_russia_has_turned_the_war_around_and_hears_it_stabilized_amid_disarray(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "has russia turned the war around?")
    assert answer.entry_id == "army-disarray" and "stabilize" in first_sentence(text), text


@pytest.mark.parametrize("follow_up", [
    "how was he during the first wk of fighting",
    "and during the first wk of fighting?",
])
def test_asks_about_the_cnn_officer_in_the_first_wk_and_hears_the_state_of_shock(
        answerer: Answerer, follow_up: str) -> None:
    answer, text = ask(answerer, "the cnn officer", follow_up)
    assert answer.entry_id == "cnn-shock" and "aftershock" in text, text


def test_asks_for_ukraines_own_military_death_toll_to_compare_and_hears_the_article_gives_none(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "is ukraine's own military death toll in the article? i want to compare")
    assert answer.entry_id == "ukrainian-losses" and not answer.answered, text


@pytest.mark.parametrize("question", [
    "who signs off on a resignation?",
    "so who has to sign off on a soldier quitting?",
])
def test_asks_who_signs_off_on_a_resignation_and_hears_it_depends_on_the_superior(
        answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == "superiors" and "superior" in first_sentence(text), text


def test_is_told_menlikova_speaks_for_amnesty_international_and_hears_she_is_of_the_soldiers_mothers(
        answerer: Answerer) -> None:
    answer, text = ask(answerer,
                       "Valentina Menlikova of Amnesty International says many soldiers are quitting, correct?")
    assert answer.entry_id == "mothers-committee" and "Committee of Mothers" in first_sentence(text), text


@pytest.mark.parametrize("question", [
    "how did the cnn officer describe his 1st week of fighting",
    "what was the 1st week like for the cnn guy",
])
def test_writes_the_first_week_with_digits_and_hears_the_state_of_shock(
        answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == "cnn-shock" and "aftershock" in text, text


@pytest.mark.parametrize("question", [
    "who put out the POW videos and roughly when?",
    "who posted the videos of prisoners",
])
def test_asks_who_posted_the_prisoner_videos_and_hears_ukraine_released_them_early(
        answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == "pow-videos" and "Ukraine released" in first_sentence(text), text


@pytest.mark.parametrize("question", [
    "Сколько, по заявлениям Киева, россиян увольняется и как часто?",
    "Как часто, по заявлениям украинской стороны, россияне подают в отставку?",
    "Як часто, за заявами української сторони, російські військові подають у відставку?",
])
def test_asks_how_often_soldiers_resign_by_kyivs_statements_and_hears_daily(
        answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == "ukraine-daily-resignations" and answer.answered, text


@pytest.mark.parametrize("question", [
    "¿Dónde fue destinado el oficial de la CNN?",
    "¿a dónde fue destinado al principio el oficial que habló con la CNN?",
])
def test_asks_in_spanish_where_the_cnn_officer_was_stationed_and_hears_crimea(
        answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == "cnn-deceived" and "Crimea" in first_sentence(text), text


@pytest.mark.parametrize("question", [
    "did the reuters soldiers get the bonuses they were promised? and what did they do about it",
    "what were the reuters guys promised, and what did they do then?",
])
def test_asks_about_the_reuters_promises_and_what_they_did_next_and_hears_fourteen_quit(
        answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == "reuters-promises" and "promised" in text and "14" in text, text


def test_asks_how_many_ded_and_hears_the_death_toll_estimates(answerer: Answerer) -> None:
    answer, text = ask(answerer, "ded russians how many?")
    assert answer.entry_id == "casualties-overview" and "29,200" in first_sentence(text), text


def test_greets_the_bot_with_whats_good_and_hears_a_greeting_not_the_state_of_the_army(answerer: Answerer) -> None:
    answer, text = ask(answerer, "yo whats good")
    assert answer.kind == "small_talk", text


def test_asks_if_the_army_tried_to_scare_the_officer_off_quitting_and_hears_of_the_criminal_case(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "did they try to scare him out of quitting?")
    assert answer.entry_id == "legal-resign" and "criminal case" in text, text


def test_asks_in_russian_slang_why_the_reuters_guys_left_and_hears_the_fourteen_quit(answerer: Answerer) -> None:
    answer, text = ask(answerer, "а почему ребята из рейтерс решили свалить?")
    assert answer.entry_id == "reuters-fourteen" and "14" in text, text


def test_asks_in_spanish_how_many_darse_de_baja_and_hears_of_resignations_not_casualties(answerer: Answerer) -> None:
    answer, text = ask(answerer, "¿Quién es Valentina Menlikova?", "y ella qué dice, ¿cuántos se dan de baja?")
    assert answer.entry_id == "resignation-numbers", text


def test_asks_in_russian_who_put_up_the_prisoner_videos_and_hears_ukraine_released_them(answerer: Answerer) -> None:
    answer, text = ask(answerer, "кто выложил видео с пленными?")
    assert answer.entry_id == "pow-videos" and "Украина" in first_sentence(text), text


def test_asks_in_russian_why_nobody_is_driven_to_the_front_by_force_and_hears_no_war_was_declared(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "а почему не гонят людей на фронт насильно?")
    assert answer.entry_id == "no-war-declared", text


def test_says_in_russian_the_death_tolls_are_made_up_and_hears_the_estimates_with_their_caveat(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "с чего верить цифрам потерь? их с потолка берут")
    assert answer.answered and "29 200" in text and "пропаганд" in text, text


def test_asks_what_putin_could_still_do_if_soldiers_keep_quitting_and_hears_of_a_general_mobilization(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "so what can putin still do if his soldiers keep quitting?")
    assert answer.entry_id == "general-mobilization" and "mobilization" in first_sentence(text), text


def test_asks_in_spanish_how_easy_it_is_to_turn_your_back_on_your_country_and_hears_it_is_not_easy(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "¿qué tan fácil es darle la espalda a tu país?")
    assert answer.entry_id == "intro-homeland" and first_sentence(text).startswith("No es fácil"), text


@pytest.mark.parametrize("post", [
    "a channel says the russian army is on the brink of mutiny. true?",
    "пишут что армия на грани бунта, контрактники бегут. правда?",
])
def test_is_told_the_army_is_on_the_verge_of_mutiny_and_hears_a_mass_walkout_is_unlikely(
        answerer: Answerer, post: str) -> None:
    answer, text = ask(answerer, post)
    assert answer.entry_id == "no-mass-resignations", text


def test_asks_what_ukrainian_officials_say_about_resignations_and_hears_what_the_authorities_claim(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "so what do the ukrainian officials say about the resignations?")
    assert answer.entry_id == "ukraine-daily-resignations" and "daily" in first_sentence(text), text


def test_asks_what_picture_of_the_army_the_article_paints_and_hears_its_mixed_assessment(answerer: Answerer) -> None:
    answer, text = ask(answerer, "how does the russian army look as the article paints it?")
    assert answer.entry_id == "army-disarray" and "Mixed" in first_sentence(text), text


def test_asks_what_menlikova_said_for_attribution_and_hears_her_claim(answerer: Answerer) -> None:
    answer, text = ask(answerer, "who is Valentina Menlikova?",
                       "what did she actually say? i need the exact claim for attribution")
    assert answer.entry_id == "mothers-committee" and "Menlikova" in text, text


@pytest.mark.parametrize("question", [
    "so in the end, did putin call a general mobilization? when?",
    "ну и что в итоге, путин объявил всеобщую мобилизацию? когда?",
])
def test_opens_with_so_in_the_end_and_asks_whether_putin_mobilized_later_and_hears_the_article_predates_it(
        answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == "mobilization-later" and not answer.answered, text


def test_is_told_the_prisoner_videos_are_100_percent_legal_and_hears_of_the_geneva_convention(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "the russian pow videos are 100% legal under international law, right?")
    assert answer.entry_id == "geneva-convention" and "70%" not in text, text


def test_is_told_society_will_100_percent_collapse_after_a_mobilization_and_hears_no_figure_correction(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "if putin mobilizes, russian society will 100% collapse. does the article say so?")
    assert answer.entry_id != "ukraine-70-percent" and "70%" not in first_sentence(text), text


def test_passes_on_a_claim_that_the_cnn_officer_was_jailed_and_hears_the_army_let_him_go(answerer: Answerer) -> None:
    answer, text = ask(answerer,
                       "a tv host claimed the officer who spoke to CNN got thrown in prison for resigning. true?")
    assert answer.answered and "let him go" in text, text


@pytest.mark.parametrize(("before", "why"), [
    ("¿los vídeos de los prisioneros rusos son legales?", "y por que?"),
    ("видео с пленными законны?", "зачем?"),
    ("відео з полоненими законні?", "а чого?"),
])
def test_asks_a_bare_why_typed_loosely_after_the_prisoner_videos_and_hears_more_of_that_story(
        answerer: Answerer, before: str, why: str) -> None:
    answer, text = ask(answerer, before, why)
    assert answer.kind == "details" and answer.entry_id in {"pow-videos", "geneva-convention"}, text


def test_asks_if_the_article_is_all_doom_n_gloom_for_the_russian_army_and_hears_it_is_mixed(answerer: Answerer) -> None:
    answer, text = ask(answerer,
                       "is the article all doom n gloom about the russian army or does it say anything went right?")
    assert answer.entry_id == "army-disarray" and "stabilize" in first_sentence(text), text


@pytest.mark.parametrize("question", [
    "my mate says anyone who quits the russian army is a deserter and they shoot him. true?",
    "quit = deserter = firing squad, right?",
])
def test_asks_whether_quitting_is_desertion_that_gets_you_shot_and_hears_no_then_that_no_shooting_is_reported(
        answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.answered and first_sentence(text).startswith("No") and "no executions" in text, text


def test_asks_how_many_deserters_were_shot_and_hears_the_article_does_not_say(answerer: Answerer) -> None:
    answer, text = ask(answerer, "how many soldiers who resigned were shot as deserters?")
    assert answer.entry_id == "deserter-executions" and not answer.answered, text


def test_saw_the_video_where_they_say_they_were_deceived_and_hears_of_the_maneuvers_not_the_cnn_officer(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "бачив відео де вони кажуть що їх обманули, як саме обманули?")
    assert answer.entry_id == "cheated-video" and "маневри" in text, text


@pytest.mark.parametrize("question", [
    "как офицер cnn рассказывал как там было на передовой?",
    "як той офіцер з cnn розказував як там було на передовій?",
])
def test_asks_how_the_cnn_officer_described_the_front_and_hears_dirty_and_tired(
        answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == "cnn-dirty-tired", text


def test_asks_in_spanish_for_nato_after_ukraine_and_hears_its_toll_is_less_than_ukraines(answerer: Answerer) -> None:
    answer, text = ask(answerer, "¿cuántos soldados rusos muertos cuenta ucrania?", "¿y la otan?")
    assert answer.entry_id == "casualties-nato" and "menos que los 29.200" in first_sentence(text), text


def test_asks_for_nato_minus_russia_at_math_time_and_hears_the_difference_not_a_ratio(answerer: Answerer) -> None:
    answer, text = ask(answerer, "quick math time: nato's top estimate minus the number russia admits?")
    assert answer.answered and "13,649" in first_sentence(text) and "times" not in first_sentence(text), text


def test_asks_in_russian_whether_all_is_bad_with_the_russian_army_and_hears_the_mixed_picture(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "что там с армией россии, всё плохо или хорошо?")
    assert answer.entry_id == "army-disarray", text


def test_passes_on_what_a_neighbour_insists_about_conscripts_and_hears_russia_had_declared_no_war(
        answerer: Answerer) -> None:
    answer, text = ask(answerer,
                       "my neighbour insists russia already forces conscripts into ukraine. what does the article say?")
    assert answer.entry_id == "no-war-declared" and "not declared war" in first_sentence(text), text


def test_asks_what_reuters_wrote_about_the_soldier_who_refused_and_hears_his_story(answerer: Answerer) -> None:
    answer, text = ask(answerer, "what did reuters write about the soldier who refused to fight?")
    assert answer.answered and "Reuters" in first_sentence(text), text


@pytest.mark.parametrize(("question", "entry"), [
    ("що сказав reuters той російський солдат?", "reuters-not-our-war"),
    ("з якого регіону росії той солдат з reuters?", "soldier-hometown"),
])
def test_asks_in_ukrainian_what_the_russian_soldier_told_reuters_and_hears_his_words_not_his_unknown_region(
        answerer: Answerer, question: str, entry: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == entry, text


def test_asks_whether_a_full_mobilization_is_risky_and_its_downsides_and_hears_the_strain_it_would_bring(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "would calling a full mobilization be risky for putin? what are the downsides")
    assert answer.entry_id == "mobilization-consequences" and "strain" in first_sentence(text), text


def test_asks_for_a_borscht_recipe_then_narrows_it_down_and_hears_the_article_has_none(answerer: Answerer) -> None:
    answer, text = ask(answerer, "any tips for a good borscht recipe? the ukrainian kind, not the russian one")
    assert not answer.answered and "CNN" not in first_sentence(text), text


def test_asks_what_putin_can_do_if_more_and_more_soldiers_keep_quitting_and_hears_of_a_general_mobilization(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "what can putin do if more and more soldiers keep quitting?")
    assert answer.entry_id == "general-mobilization" and "mobilization" in first_sentence(text), text


@pytest.mark.parametrize("question", [
    "how many ukrainian soldiers had died at the same point? want to compare it with the 29,200",
    "how many ukrainian soldiers died in the same period? need it to set against the 1,351",
])
def test_asks_for_ukrainian_losses_to_weigh_against_a_russian_toll_and_hears_the_article_gives_none(
        answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == "ukrainian-losses" and text.startswith("The article doesn't say"), text


def test_asks_whether_the_cnn_guy_ended_up_leaving_the_army_then_why_and_hears_his_reason(answerer: Answerer) -> None:
    answer, text = ask(answerer, "so did the guy cnn interviewed end up leaving the army?", "why?")
    assert answer.answered and "rejection" in text, text


@pytest.mark.parametrize(("question", "ratio"), [
    ("so is nato's top figure like 10x what moscow admits?", "11.1 times"),
    ("ukraine's count is what, 20x russia's??", "21.6 times"),
])
def test_asks_whether_one_toll_is_10x_another_and_hears_the_ratio_computed_from_the_article(
        answerer: Answerer, question: str, ratio: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.answered and ratio in first_sentence(text), text


def test_pastes_an_equation_with_2x_and_hears_the_article_has_nothing_on_it(answerer: Answerer) -> None:
    answer, text = ask(answerer, "can you help with my son's homework? solve 2x + 3 = 11")
    assert not answer.answered, text


def test_passes_on_a_quote_put_on_the_cnn_officer_then_asks_did_he_and_hears_whose_words_they_are(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "my friend says the cnn officer said 'this is not our war'. did he?")
    assert answer.entry_id == "reuters-not-our-war" and "does not attribute" in first_sentence(text), text


@pytest.mark.parametrize("question", ["why doesnt the kremlin just draft people instead of relying on contract guys",
                                      "why not draft ppl instead of relying on contract soldiers"])
def test_asks_why_russia_relies_on_contract_soldiers_rather_than_a_draft_and_hears_no_war_was_declared(
        answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == "no-war-declared", text


def test_asks_the_group_size_of_the_reuters_soldier_and_hears_there_were_14(answerer: Answerer) -> None:
    answer, text = ask(answerer, "group size of the reuters guy?")
    assert answer.answered and "14" in text, text


@pytest.mark.parametrize("question", ["how many US soldiers died in the Vietnam war?",
                                      "how many soldiers died at the battle of the somme?",
                                      "how many soldiers died in afghanistan"])
def test_asks_the_death_toll_of_another_war_and_hears_the_article_has_none(answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert not answer.answered and "29,200" not in text, text


@pytest.mark.parametrize("follow_up", ["and how many ukrainian soldiers?", "and on the ukrainian side?"])
def test_asks_russian_deaths_then_the_ukrainian_side_and_hears_the_article_gives_no_ukrainian_losses(
        answerer: Answerer, follow_up: str) -> None:
    answer, text = ask(answerer, "how many russian soldiers died?", follow_up)
    assert not answer.answered and "Ukrainian military losses" in text, text


@pytest.mark.parametrize("question", ["can putin declare a general mobilization? and what happens then?",
                                      "путін може оголосити загальну мобілізацію? і шо тоді буде?"])
def test_asks_whether_putin_can_mobilize_and_what_happens_then_and_hears_his_recourse_with_its_strain_once(
        answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id == "general-mobilization" and len(answer.parts) == 1, text


def test_hears_of_the_reuters_soldiers_14_then_asks_were_they_jailed_and_hears_the_article_does_not_say(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "the 14 soldiers who quit according to reuters", "were they jailed?")
    assert not answer.answered and answer.entry_id == "reuters-group-fate", text


def test_asks_russian_deaths_then_and_civilians_and_hears_the_article_gives_no_civilian_toll(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "how many russian soldiers died?", "and civilians?")
    assert not answer.answered and answer.entry_id == "civilian-deaths", text


@pytest.mark.parametrize("question", [
    "someone told me a russian soldier who quits is a traitor and goes straight to jail. right or wrong??",
    "TV pundit: every russian soldier who resigns is a deserter. right or wrong?",
])
def test_pastes_a_claim_then_right_or_wrong_and_hears_only_what_the_article_says_of_it(
        answerer: Answerer, question: str) -> None:
    answer, text = ask(answerer, question)
    assert answer.entry_id in ("legal-resign", "legal-regulations") and "stabilize" not in text, text


def test_asks_what_the_reuters_soldier_said_plus_how_many_quit_and_hears_both(answerer: Answerer) -> None:
    answer, text = ask(answerer, "what did the reuters soldier say + how many quit w him")
    assert answer.answered and "not our war" in text and "14" in text, text


def test_asks_the_death_toll_of_the_syrian_war_and_hears_the_article_has_none(answerer: Answerer) -> None:
    answer, text = ask(answerer, "Death toll of the Syrian civil war, most recent estimate?")
    assert not answer.answered and "29,200" not in text, text


def test_asks_where_the_cnn_officer_is_now_did_he_end_up_in_prison_and_hears_the_article_leaves_him_let_go(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "where is the cnn guy now, did he end up in prison?")
    assert not answer.answered and answer.entry_id == "cnn-officer-later", text


def test_asks_the_state_of_the_army_and_any_nuance_and_hears_the_articles_mixed_verdict(answerer: Answerer) -> None:
    answer, text = ask(answerer, "overall state of the russian army according to the text? any nuance?")
    assert answer.entry_id == "army-disarray" and "stabilize" in text, text


def test_says_wait_russians_can_just_resign_from_the_army_and_hears_that_it_is_legal(answerer: Answerer) -> None:
    answer, text = ask(answerer, "wait russians can actually just resign from the army??")
    assert answer.entry_id == "legal-resign" and text.startswith("Yes"), text


def test_opens_with_whose_account_it_wants_and_hears_only_the_answer_to_the_question_after_it(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "According to the CNN interview, what made him decide to leave?")
    assert answer.entry_id == "cnn-why-left" and "did not reveal his name" not in text, text


def test_heard_only_low_level_conscripts_quit_and_hears_ukraine_says_every_kind_of_unit(answerer: Answerer) -> None:
    answer, text = ask(answerer, "heard only the low-level conscripts quit and officers/elite units stay loyal. right?")
    assert answer.entry_id == "ukraine-daily-resignations" and "elite" in text, text


def test_hears_the_reuters_promises_then_asks_what_they_did_when_they_didnt_get_it_and_hears_they_quit(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "the reuters guy said they were promised daily allowance, combat extras and medals",
                       "so what did they do when they didnt get it?")
    assert answer.entry_id == "reuters-fourteen" and "14" in text, text


@pytest.mark.parametrize("message", ["who interviewed the officer guy", "who got the interview w that officer"])
def test_asks_who_interviewed_the_officer_and_hears_cnn_not_that_the_article_is_silent(
        answerer: Answerer, message: str) -> None:
    answer, text = ask(answerer, message)
    assert answer.answered and "CNN" in text, text


def test_asks_which_journalist_interviewed_the_officer_and_hears_the_article_names_none(answerer: Answerer) -> None:
    answer, text = ask(answerer, "what's the name of the cnn journalist who interviewed him?")
    assert answer.entry_id == "journalist-names" and not answer.answered, text


def test_hears_why_the_cnn_officer_left_then_asks_what_happened_next_and_hears_he_was_let_go(
        answerer: Answerer) -> None:
    answer, text = ask(answerer, "why did the cnn officer leave?", "and then what happened?")
    assert answer.entry_id == "legal-resign" and "let him go" in text, text
