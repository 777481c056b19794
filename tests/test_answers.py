"""User stories against the real knowledge base: attributed answers, caveats, honest refusals, follow-ups."""

from __future__ import annotations

import pytest

from bot.core.answers import Answerer, converse
from bot.core.render import render_plain


def reply(answerer: Answerer, *messages: str) -> str:
    return render_plain(converse(answerer, messages)[-1], answerer.kb.messages).casefold()


def test_asks_about_casualties_and_gets_all_three_estimates_with_claimants(answerer: Answerer) -> None:
    text = reply(answerer, "how many russian soldiers have died")
    for figure in ("29,200", "7,000", "15,000", "1,351"):
        assert figure in text
    for claimant in ("ukrain", "nato", "russia", "deutsche welle"):
        assert claimant in text
    assert "as reported in the article" in text


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("nato's estimate of russian deaths", ("nato", "7,000", "15,000")),
        ("what does russia say about its losses", ("russia", "1,351")),
        ("is it true 30k russians were killed", ("ukrain", "29,200", "deutsche welle")),
        ("is resigning legal for russian soldiers", ("legally", "resign")),
        ("who is valentina menlikova", ("committee", "mother")),
        ("what did the reuters soldier say", ("reuters", "not our war")),
        ("what were soldiers promised", ("reuters", "allowance", "medal")),
        ("did the officer feel ashamed", ("cnn", "shame")),
        ("geneva convention videos", ("geneva", "prisoner")),
        ("will putin order a general mobilization", ("mobiliz", "civilian")),
        ("is a mass resignation likely", ("unlikely", "worse")),
        ("70% of a battalion resigned?", ("70%", "ukrain", "propaganda")),
    ],
)
def test_golden_questions_per_topic_get_attributed_answers(answerer: Answerer, question: str, must: tuple[str, ...]
                                                           ) -> None:
    text = reply(answerer, question)
    for expected in must:
        assert expected in text, (question, text[:400])


def test_every_figure_answer_names_its_claimant_and_carries_a_caveat(answerer: Answerer) -> None:
    kb = answerer.kb
    for entry in kb.entries.values():
        claims = [kb.claims[c] for c in entry.claims]
        if not any(c.figures for c in claims):
            continue
        answer = answerer.answer_entry(entry.id)
        text = render_plain(answer, answerer.kb.messages).casefold()
        assert answer.caveats, entry.id
        assert "as reported in the article" in text, entry.id
        for claim in claims:
            source = kb.sources[claim.claimant]
            names = (source.name, source.short, *source.aliases)
            assert any(n.casefold() in text for n in names), (entry.id, claim.id)


@pytest.mark.parametrize("kind", ["silent", "after_publication", "off_topic"])
def test_every_not_covered_kind_says_so_plainly_and_offers_what_it_can(answerer: Answerer, kind: str) -> None:
    item = next(n for n in answerer.kb.not_covered.values() if n.kind == kind)
    answer = answerer.answer(item.phrasings.en[0])
    assert answer.kind == "not_covered" and not answer.answered
    assert answer.not_covered_kind == kind
    assert render_plain(answer, answerer.kb.messages).casefold().startswith("the article doesn't say")
    assert answer.related


def test_what_the_article_says_cannot_be_known_is_its_answer_not_silence(answerer: Answerer) -> None:
    item = next(n for n in answerer.kb.not_covered.values() if n.kind == "unknowable")
    answer = answerer.answer(item.phrasings.en[0])
    text = render_plain(answer, answerer.kb.messages).casefold()
    assert answer.answered and answer.not_covered_kind == "unknowable"
    assert "cannot be known" in text and not text.startswith("the article doesn't say")


@pytest.mark.parametrize("question", ["capital of canada", "how to cook pelmeni", "best pizza in naples"])
def test_off_topic_questions_get_an_honest_no(answerer: Answerer, question: str) -> None:
    answer = answerer.answer(question)
    assert not answer.answered
    assert "the article doesn't say" in render_plain(answer, answerer.kb.messages).casefold()


def test_ukrainian_losses_are_not_answered_with_russian_figures(answerer: Answerer) -> None:
    answer = answerer.answer("how many ukrainian soldiers have died")
    assert not answer.answered and answer.kind == "not_covered"


def test_source_follow_up_shows_the_exact_quote_and_slide(answerer: Answerer) -> None:
    text = reply(answerer, "how many russians died according to nato", "source?")
    assert "nato lowers that figure to between 7,000 and 15,000" in text
    assert "slide" in text


def test_who_said_that_names_the_outlet(answerer: Answerer) -> None:
    text = reply(answerer, "were they told about denazification", "who said that?")
    assert "cnn" in text


@pytest.mark.parametrize(("quoting", "asking", "who"), [
    ('a friend sent me a clip of a russian guy saying "this is not our war"', "who said that?", "reuters"),
    ("в канале цитируют солдата: «я был частью этого»", "кто это сказал?", "cnn"),
    ("un amigo me pasó la frase «esta no es nuestra guerra»", "¿quién lo dijo?", "reuters"),
])
def test_who_said_that_after_a_quoted_saying_names_whoever_said_those_words(
        answerer: Answerer, quoting: str, asking: str, who: str) -> None:
    answer = converse(answerer, [quoting, asking])[-1]
    first_quote = render_plain(answer, answerer.kb.messages).casefold().split("\n")[1]
    assert answer.kind == "sources" and who in first_quote


@pytest.mark.parametrize("post", [
    'Shared in a group: "Ukraine counts 29,200 dead and Russia admits only 1,351." Accurate?',
    "Україна каже 29 200, а Росія 1351. Це правда?",
    'Fwd: "Russia admits 1,351 dead, NATO says 7-15k, Ukraine 29,200 (per DW)" - accurate?',  # one line, not points
    'my friend sent this: "Ukraine counts 29,200 Russian soldiers killed, NATO says 7-15k" correct?',  # two of three
    'sent to me: "Russia admits 1,351 dead" true?',  # "sent" labels a post as "forwarded" does
])
def test_a_post_giving_the_tolls_as_the_article_does_is_confirmed_first(answerer: Answerer, post: str) -> None:
    text = reply(answerer, post)
    assert text.startswith(("yes, that is correct: it is what the article reports.",
                            "так, правильно: саме це повідомляє стаття.")), text
    assert "1,351" in text or "1351" in text


@pytest.mark.parametrize("post", [
    'Saw this posted: "Moscow officially admits 1,351 soldiers killed" - is that what the article says?',
    "Из телеги: «Минобороны РФ официально признало 1351 погибшего». В статье так?",
])
def test_a_post_asked_is_that_what_the_article_says_is_checked_like_true(answerer: Answerer, post: str) -> None:
    text = reply(answerer, post)
    assert text.startswith(("yes, that is correct: it is what the article reports.",
                            "да, верно: так и сказано в статье.")), text


def test_a_post_forwarded_from_a_named_channel_is_checked_without_the_channels_name_or_numbers(
        answerer: Answerer) -> None:
    text = reply(answerer, 'Forwarded from Ukraine News 24/7: "In some battalions 90% of soldiers resigned" true?')
    assert text.startswith("no, not 90%") and "70%" in text


def test_a_penalty_stated_as_fact_gets_what_the_article_reports_of_penalties(answerer: Answerer) -> None:
    answer = converse(answerer, ["fwd: soldiers who quit always go to prison and nobody is let go. fact check?"])[-1]
    assert answer.entry_id == "legal-resign" and answer.answered


@pytest.mark.parametrize("post", [
    'A soldier told Reuters: "This is not our war." Real quote?',
    "Reenviado: «Un soldado ruso a Reuters: 'Esta no es nuestra guerra'». ¿Es verdad?",
])
def test_a_witness_quoted_as_the_article_quotes_him_is_confirmed_first(answerer: Answerer, post: str) -> None:
    answer = converse(answerer, [post])[-1]
    text = render_plain(answer, answerer.kb.messages).casefold()
    assert answer.entry_id == "reuters-not-our-war"
    assert text.startswith(("yes, that is correct: it is what the article reports.",
                            "sí, es correcto: es lo que recoge el artículo.")), text


@pytest.mark.parametrize("post", [
    'The CNN officer said "this is not our war", right?',  # the wrong outlet
    "is it true they were told they would 'denazify' Ukraine?",  # one quoted word; the article: they were not
    "what is the 'very tricky move' the article mentions?",  # the article's own words, no claim checked
    'A soldier told Reuters "this is not our war" and 500 of them deserted. True?',  # more than the quote
])
def test_a_quote_checked_wrongly_or_with_more_gets_no_yes(answerer: Answerer, post: str) -> None:
    assert not reply(answerer, post).startswith("yes, that is")


@pytest.mark.parametrize("post", [
    "Ukraine says 70% of the whole Russian army has resigned. True?",  # the article: in some battalions
    "NATO says 7,000 dead, right?",  # NATO gives a range
    "Ukraine says 30,000 dead, true?",  # about Ukraine's figure, not it
])
def test_a_post_widening_or_rounding_a_figure_gets_no_yes(answerer: Answerer, post: str) -> None:
    assert not reply(answerer, post).startswith("yes")


@pytest.mark.parametrize("post", [
    "Not a single Russian soldier has refused to fight. True?",  # the yes answers whether resigning is legal
    "my uncle says they get shot if they try to resign. does the article back him up?",
])
def test_a_claim_checked_gets_no_yes_written_for_another_question(answerer: Answerer, post: str) -> None:
    assert not reply(answerer, post).startswith("yes")


def test_a_claim_that_resigning_is_legal_checked_gets_the_yes(answerer: Answerer) -> None:
    assert reply(answerer, "russian soldiers can legally resign, true?").startswith("yes")


def test_a_forwarded_post_checking_a_figure_and_its_reason_gets_the_story_with_the_reason(answerer: Answerer) -> None:
    text = reply(answerer, 'Forwarded from a channel: "A soldier told Reuters that 14 men of his unit quit because '
                           'they never got the extras they were promised." is this right?')
    assert "14" in text and "promised" in text and "reuters" in text


@pytest.mark.parametrize("post", [
    "Переслано из канала «Фронтовая правда»: «в некоторых батальонах уволились 70% солдат». Правда?",
    'Forwarded from channel "Front Line Daily": "in some battalions 70% of soldiers quit". Is that so?',
])
def test_a_post_label_naming_its_channel_in_quotes_is_no_point_of_its_own(answerer: Answerer, post: str) -> None:
    answer = converse(answerer, [post])[-1]
    assert answer.entry_id == "ukraine-70-percent" and len(answer.parts) == 1


def test_and_russia_switches_to_russias_figure(answerer: Answerer) -> None:
    text = reply(answerer, "what is nato's estimate of russian dead", "and russia?")
    assert "1,351" in text


def test_more_gives_details_of_the_previous_answer(answerer: Answerer) -> None:
    first, more = converse(answerer, ["is it legal to resign", "more"])
    assert more.answered and more.entry_id == first.entry_id
    assert render_plain(more, answerer.kb.messages) != render_plain(first, answerer.kb.messages)


def test_a_follow_up_without_a_previous_answer_is_not_guessed(answerer: Answerer) -> None:
    for message in ("who said that?", "source?", "more"):
        answer = answerer.answer(message)
        assert not answer.answered and not answer.citations, message
        assert "ask me" in render_plain(answer, answerer.kb.messages).casefold(), message


def test_a_one_word_question_is_never_a_confident_wrong_answer(answerer: Answerer) -> None:
    answer = answerer.answer("russia")
    assert answer.kind in ("ambiguous", "no_match") or answer.entry_id in ("summary", "casualties-overview")


def test_a_did_you_mean_choice_by_number_answers_that_entry(answerer: Answerer) -> None:
    context = answerer.answer("numbers").context()
    assert context.choices
    answer = answerer.answer("2", context)
    assert answer.entry_id == context.choices[1]


def test_and_nato_after_the_overview_gives_natos_figure(answerer: Answerer) -> None:
    text = reply(answerer, "how many russian soldiers died", "and nato?")
    assert text.startswith("nato estimates")


@pytest.mark.parametrize("follow_up", ["n nato?", "nd nato?", "& nato?"])
def test_and_typed_short_on_a_phone_still_asks_for_nato_next(answerer: Answerer, follow_up: str) -> None:
    text = reply(answerer, "how many russian soldiers died", follow_up)
    assert text.startswith("nato estimates"), text
    assert converse(answerer, ["how many russian soldiers died", follow_up])[-1].question == follow_up  # as typed


def test_an_off_topic_question_offers_the_topics(answerer: Answerer) -> None:
    answer = answerer.answer("who won the world cup")
    assert not answer.answered and len(answer.related) >= 5


def test_asks_what_ukraine_claims_and_gets_each_of_its_claims_on_a_line(answerer: Answerer) -> None:
    text = reply(answerer, "what exactly did the ukrainian authorities claim")
    for said in ("daily", "70%", "29,200", "deutsche welle", "videos"):
        assert said in text
    assert text.count("•") == 3


def test_quotes_a_claim_and_asks_who_said_it_in_the_same_message(answerer: Answerer) -> None:
    text = reply(answerer, "someone in the article says lots of soldiers hand in resignations but nobody knows "
                           "the exact number. who said that")
    assert text.startswith("many, says valentina menlikova")
    assert "reuters" not in text


@pytest.mark.parametrize("message", ["кажуть в росії всіх хто звільнився з фронту судять як дезертирів, це так?",
                                     "говорят в россии всех кто уволился судят как дезертиров, правда?",
                                     "dicen que en rusia a los que renuncian los juzgan como desertores, es verdad?"])
def test_they_say_quitters_are_tried_as_deserters_gets_no_not_if_they_follow_the_rules(
        answerer: Answerer, message: str) -> None:
    assert reply(answerer, message).startswith(("ні, якщо", "нет, если", "no, si"))


def test_a_point_of_a_two_part_question_is_the_sentence_that_answers_it(answerer: Answerer) -> None:
    text = reply(answerer, "а ему за увольнение ничего не было? уголовкой не грозили")
    assert "уголовн" in text  # the criminal-case sentence of the legal answer, not its opening on the right to resign


def test_a_forwarded_post_gets_each_claim_checked_and_a_misattributed_figure_corrected(answerer: Answerer) -> None:
    text = reply(answerer, "FWD: 'BREAKING 70% of the russian army has deserted, the kremlin now admits 30k dead and "
                           "putin just announced general mobilization' — is any of this true")
    assert "some battalions only" in text  # the 70% is Ukraine's claim about some battalions, not the army
    assert "1,351" in text and "29,200 comes from the ukrainian authorities" in text
    assert "mobilization" in text


def test_him_in_a_later_part_is_the_person_asked_about_not_the_soldiers_at_large(answerer: Answerer) -> None:
    text = reply(answerer, "cnn guy: where was he sent, did he know it was gonna be a war, and what made him quit")
    assert "crimea" in text and "rejection" in text


@pytest.mark.parametrize("message", [
    "правда ли так много русских отказываются воевать или это всё украинская пропаганда",
    "de verdad hay tantos soldados rusos q no quieren luchar o es todo propaganda ucraniana?"])
def test_asks_whether_the_refusals_are_just_propaganda_and_gets_the_articles_caution(
        answerer: Answerer, message: str) -> None:
    text = reply(answerer, message)
    assert text.startswith(("с осторожностью", "con cautela"))


@pytest.mark.parametrize(("before", "count"), [
    ("what were the reuters soldiers promised before they went in?", "and how many of them quit because of it?"),
    ("Що розповів солдат Reuters?", "а скільки їх там таких було?"),
])
def test_asks_how_many_of_them_after_the_reuters_story_and_gets_the_14(answerer: Answerer, before: str,
                                                                       count: str) -> None:
    text = reply(answerer, before, count)
    assert "14" in text
    assert not text.startswith(("the article doesn't say", "у статті про це не сказано"))


def test_asks_why_soldiers_quit_in_short_and_gets_the_reasons_not_an_overview(answerer: Answerer) -> None:
    text = reply(answerer, "ok but why do russian soldiers quit, in short")
    assert "unfair" in text and "slaughterhouse" in text


def test_asks_what_a_mobilization_would_mean_for_ordinary_families_and_gets_the_strain_on_society(
        answerer: Answerer) -> None:
    text = reply(answerer, "how would ordinary russian families be hit if putin mobilised")
    assert "strain" in text and not text.startswith("the article doesn't say")


@pytest.mark.parametrize(("message", "legally"), [
    ("can they resign?", "legally resign"),
    ("можно ли уволиться?", "законно уволиться"),
    ("чи можуть вони звільнитися?", "законно звільнитися"),
    ("¿se puede renunciar?", "renunciar legalmente"),
])
def test_asks_only_whether_soldiers_can_quit_and_hears_that_it_is_legal(answerer: Answerer, message: str,
                                                                         legally: str) -> None:
    assert legally in reply(answerer, message)


def test_asks_why_they_can_quit_and_gets_the_reasons_not_the_law(answerer: Answerer) -> None:
    assert "unfair" in reply(answerer, "can you tell me why they resign")


@pytest.mark.parametrize("message", ["did they let the cnn officer go?", "¿al final lo dejaron ir?"])
def test_asks_whether_the_officer_was_let_go_with_him_between_the_words_and_hears_he_was(
        answerer: Answerer, message: str) -> None:
    text = reply(answerer, message)
    assert "let him go" in text or "lo dejaron ir" in text


def test_asks_in_latin_american_spanish_about_what_are_we_doing_here_and_gets_the_quote(answerer: Answerer) -> None:
    assert "qué estamos haciendo aquí" in reply(answerer, 'che, que fue eso de "que estamos haciendo aca"?')


def test_asks_two_things_in_spanish_joined_by_y_es_and_gets_both(answerer: Answerer) -> None:
    text = reply(answerer, "¿Qué mostraban los videos de prisioneros que difundió Ucrania y es legal difundirlos?")
    assert "madres" in text and "ginebra" in text


@pytest.mark.parametrize(("post", "said"), [
    ("Reuters sources: 140 soldiers from one company quit because they weren't paid combat bonuses. true?",
     "no, not 140: the article's figure is 14"),
    ("Пишуть шо з однієї части звільнилось аж 40 солдатів, бо їм не заплатили то шо обіцяли. Це правда??",
     "ні, не 40: у статті цифра 14"),
])
def test_a_post_miscounting_the_soldiers_who_quit_together_hears_the_articles_14(
        answerer: Answerer, post: str, said: str) -> None:
    assert reply(answerer, post).startswith(said)


@pytest.mark.parametrize(("post", "said"), [
    ("a mate sent me this: 1,400 soldiers of one regiment walked out together after the army stiffed them. legit?",
     "no, not 1,400: the article's figure is 14"),
    ("В канале пишут, что 140 военных уволились разом из-за невыплат. Правда?", "нет, не 140"),
])
def test_a_post_telling_the_14_who_quit_tenfold_or_a_hundredfold_hears_the_articles_14(
        answerer: Answerer, post: str, said: str) -> None:
    assert reply(answerer, post).startswith(said)


def test_a_post_of_a_hundredfold_count_of_the_dead_is_not_read_as_the_14_who_quit(answerer: Answerer) -> None:
    assert "14" not in reply(answerer, "russia admits 1,400 soldiers died. true?").split("\n")[0]


def test_a_post_counting_the_teller_apart_is_not_corrected(answerer: Answerer) -> None:
    text = reply(answerer, "a soldier told Reuters he and 13 others quit because they never got the extras. true?")
    assert "not 13" not in text


def test_asks_what_putin_would_have_to_do_to_mobilize_and_gets_the_article_not_a_choice_with_later_news(
        answerer: Answerer) -> None:
    answer = converse(answerer, ["what wud putin have to do first to mobilize everyone"])[-1]
    assert answer.entry_id == "general-mobilization"


@pytest.mark.parametrize(("message", "said"), [
    ("шо каже комітет солдатських матерів скільки всього звільнилось", "неможливо"),
    ("how many members does the soldiers mothers committee have", "doesn't say"),
])
def test_a_count_asked_of_the_committee_is_unknowable_only_when_it_counts_resignations(
        answerer: Answerer, message: str, said: str) -> None:
    assert said in reply(answerer, message)


def test_asks_what_would_happen_if_putin_drafted_everyone_and_hears_the_article_not_later_news(
        answerer: Answerer) -> None:
    answer = converse(answerer, ["if putin drafts everyone whats gonna happen in russia"])[-1]
    assert answer.answered and answer.entry_id == "general-mobilization"


@pytest.mark.parametrize("message", [
    "did those 14 soldiers end up getting put on trial once they got back to russia?",
    "did the soldiers in the viral 'cheated' video get punished when they got home?",
])
def test_a_penalty_asked_of_a_story_that_tells_none_hears_the_article_does_not_say(
        answerer: Answerer, message: str) -> None:
    assert reply(answerer, message).startswith("the article doesn't say")


def test_whether_quitters_can_be_accused_of_desertion_is_still_whether_they_are_deserters(
        answerer: Answerer) -> None:
    assert converse(answerer, ["si un soldado ruso pide la baja lo pueden acusar de desercion?"])[-1].entry_id \
        == "legal-regulations"


@pytest.mark.parametrize("message", [
    "which ukrainian official said 70% quit",
    "which Ukrainian official made the daily-resignations claim? I need a name and title",
])
def test_asks_which_ukrainian_official_made_the_claims_and_hears_none_is_named(
        answerer: Answerer, message: str) -> None:
    text = reply(answerer, message)
    assert text.startswith("the article doesn't say") and "ukrainian authorities" in text


def test_a_figure_put_on_someone_the_article_never_quotes_is_given_to_whoever_gives_it(answerer: Answerer) -> None:
    text = reply(answerer, 'Post: "Zelensky confirmed 70% of the entire Russian army has already resigned!!" right?')
    assert text.startswith("70% (share of soldiers who resigned in some battalions) comes from the ukrainian")
    assert "zelensky" in text


def test_a_quote_put_on_an_outlet_the_article_never_names_hears_who_said_it_with_no_yes(answerer: Answerer) -> None:
    text = reply(answerer, 'a russian soldier told the BBC "this is not our war". true?')
    assert "reuters" in text and not text.startswith("yes")


@pytest.mark.parametrize("follow_up", ["were they told it was about denazification?", "was it about denazification?"])
def test_it_was_about_after_the_officers_story_asks_what_the_war_was_about(answerer: Answerer, follow_up: str) -> None:
    answer = converse(answerer, ["what did the officer who talked to CNN say?", follow_up])[-1]
    assert answer.entry_id == "cnn-denazification"


@pytest.mark.parametrize("follow_up", ["so did they even tell him he was off to war",
                                       "did they tell the men it was a war"])
def test_asks_whether_they_told_him_it_was_war_and_hears_he_found_out_by_surprise(
        answerer: Answerer, follow_up: str) -> None:
    assert "surprise" in reply(answerer, "the cnn officer, what's his story?", follow_up).lower()


@pytest.mark.parametrize("message", [
    "how many ukrainian troops have been killed? be fair, show both sides",
    "what are the names of the battalions where 70% quit? names or it's just propaganda",
])
def test_a_question_the_article_lacks_followed_by_remarks_hears_it_is_not_answered(
        answerer: Answerer, message: str) -> None:
    assert not converse(answerer, [message])[-1].answered


def test_asks_in_spanish_how_many_died_so_far_and_gets_the_estimates_of_the_time(answerer: Answerer) -> None:
    answer = converse(answerer, ["y cuántos soldados rusos han caído hasta la fecha?"])[-1]
    assert answer.answered and "29.200" in render_plain(answer, answerer.kb.messages)


def test_according_to_a_source_between_two_questions_belongs_to_the_first(answerer: Answerer) -> None:
    text = reply(answerer, "what were the men promised, according to the reuters soldier? and did they get any of it?")
    assert "did not get" in text and "CNN" not in text


def test_asks_what_was_promised_and_whether_they_got_it_and_gets_one_answer_not_a_stray_point(
        answerer: Answerer) -> None:
    text = reply(answerer, "what pay were the reuters lads promised? did they actually receive it?")
    assert "did not get" in text and "each point" not in text


@pytest.mark.parametrize("message", [
    "ukraine put out clips of captured russians ringing their mums - is that even allowed",
    "what were those prisoner videos about, and were they even legal?",
])
def test_asks_whether_the_prisoner_videos_were_allowed_and_hears_of_geneva_not_of_resigning(
        answerer: Answerer, message: str) -> None:
    text = reply(answerer, message)
    assert "geneva" in text and "legally resign" not in text


@pytest.mark.parametrize(("message", "opening"), [
    ("are the guys who quit deserters?", "no, as long as"),
    ("do contract soldiers even have a right to quit?", "yes, as long as"),
    ("a channel says russian contract soldiers have no legal right to quit. true?", "no, as long as"),
    ("can they quit legally or is that just desertion?", "as long as"),
    ("¿los soldados con contrato tienen derecho a irse?", "sí, si siguen"),
])
def test_asks_whether_quitters_are_deserters_or_may_quit_and_the_yes_or_no_fits_the_question(
        answerer: Answerer, message: str, opening: str) -> None:
    assert reply(answerer, message).startswith(opening)


def test_asks_what_the_officer_said_of_the_first_few_days_and_hears_of_his_shock(answerer: Answerer) -> None:
    text = reply(answerer, "who is the cnn officer?", "and how was he in the first couple of days?")
    assert "shock" in text


@pytest.mark.parametrize("message", ["if a soldier walks away, does that make him a deserter?",
                                     "they quit. doesn't that make them deserters?"])
def test_asks_whether_quitting_makes_them_deserters_and_hears_no_not_yes(answerer: Answerer, message: str) -> None:
    assert reply(answerer, message).startswith("no, as long as")


@pytest.mark.parametrize("message", [
    "if a contract soldier hands in his resignation, is he then a deserter?",
    "ушедший по рапорту контрактник считается дезертиром?",
])
def test_a_question_whether_quitters_are_deserters_gets_no(answerer: Answerer, message: str) -> None:
    assert reply(answerer, message).startswith(("no,", "нет,"))


@pytest.mark.parametrize("message", [
    "can a contract soldier in russia actually quit legally or is that just desertion?",
    "законно ли контрактнику уволиться и не запишут ли его в дезертиры?",
    "контрактник може легально звільнитись чи це вже дезертирство?",
])
def test_a_question_asking_both_whether_quitting_is_legal_and_desertion_gets_no_bare_yes_or_no(
        answerer: Answerer, message: str) -> None:
    assert not reply(answerer, message).startswith(("yes", "no,", "да", "нет", "так", "ні"))


def test_a_short_request_off_the_article_with_a_stray_word_of_it_gets_no_answer(answerer: Answerer) -> None:
    assert not converse(answerer, ["dame una receta de empanadas porfa, las de reina"])[-1].answered


def test_anytime_soon_asks_when_not_how_easily(answerer: Answerer) -> None:
    answer = converse(answerer, ["will russian troops be quitting en masse any time soon?"])[-1]
    assert answer.entry_id == "no-mass-resignations"




def test_a_question_on_what_ukraine_claims_is_not_matched_to_what_russia_claims(answerer: Answerer) -> None:
    match = answerer.matcher.match("what do the ukrainian authorities say about russian soldiers quitting?")
    assert match.best is not None and match.best.id == "ukraine-daily-resignations"


def test_asks_what_the_ukrainian_authorities_say_and_hears_their_claim_not_the_kremlins_silence(
        answerer: Answerer) -> None:
    answer = converse(answerer, ["what do the ukrainian authorities say about russian soldiers quitting?"])[-1]
    assert answer.entry_id == "ukraine-daily-resignations"


def test_after_a_detail_the_article_lacks_a_follow_up_stays_with_the_story_it_is_near(answerer: Answerer) -> None:
    answer = converse(answerer, ["what happened to the reuters guy?", "how many quit along with him?"])
    assert not answer[0].answered and answer[-1].entry_id == "reuters-fourteen"


def test_asks_what_became_of_the_reuters_soldier_and_hears_the_article_is_silent_on_him_not_on_the_videos(
        answerer: Answerer) -> None:
    answer = converse(answerer, ["so what became of the soldier who talked to reuters?"])[-1]
    assert answer.entry_id == "reuters-group-fate"


def test_two_bits_of_small_talk_in_one_message_get_no_story_of_the_article(answerer: Answerer) -> None:
    answer = converse(answerer, ["haha are you even a human or a bot? how's your day been"])[-1]
    assert not answer.answered and answer.entry_id != "cnn-dirty-tired"


@pytest.mark.parametrize("message", ["who pays you?", "хто тобі платить?", "¿quién te paga?"])
def test_asks_who_pays_the_bot_and_hears_what_the_bot_is(answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.kind == "small_talk" and answer.entry_id is None, answer


@pytest.mark.parametrize("follow_up", ["and nato? they're not exactly neutral either lol",
                                       "and nato? bet they lowball it"])
def test_and_nato_with_a_jibe_after_kyivs_toll_gives_natos_estimate(answerer: Answerer, follow_up: str) -> None:
    answer = converse(answerer, ["how many russian soldiers died according to kyiv?", follow_up])[-1]
    assert answer.entry_id == "casualties-nato", answer
    assert "7,000 and 15,000" in render_plain(answer, answerer.kb.messages)
