"""Ask in Russian, Ukrainian or Spanish and get the same attributed answer in your language.

User stories per language, the language detection rules, and the per-language checks' messages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.answers import Answerer, converse, first_sentence
from bot.core.question import Party
from bot.core.render import render_plain
from bot.errors import KnowledgeError, Problem
from bot.kb.dictionaries import morph_analyzer
from bot.kb.language import detect_language
from bot.kb.loading import load_knowledge
from bot.kb.textnorm import fold

CASUALTIES = {
    "ru": ("сколько российских солдат погибло по данным статьи?", ("украин", "нато", "росси")),
    "uk": ("скільки російських солдатів загинуло за статтею?", ("україн", "нато", "росі")),
    "es": ("¿cuántos soldados rusos murieron según el artículo?", ("ucrani", "otan", "rusia")),
}
WHO_SAID = {"ru": "кто это сказал?", "uk": "хто це сказав?", "es": "¿quién lo dijo?"}
NOT_COVERED = {
    "ru": ("сколько украинских солдат погибло?", "в статье"),
    "uk": ("скільки українських солдатів загинуло?", "у статті"),
    "es": ("¿cuántos soldados ucranianos murieron?", "el artículo no"),
}
OFF_TOPIC = {"ru": "какая столица канады?", "uk": "яка столиця канади?", "es": "¿cuál es la capital de canadá?"}


@pytest.mark.parametrize("lang", ["ru", "uk", "es"])
def test_casualties_in_each_language_name_all_three_claimants(answerer: Answerer, lang: str) -> None:
    question, claimants = CASUALTIES[lang]
    answer = answerer.answer(question)
    text = render_plain(answer, answerer.kb.messages).casefold()
    assert answer.lang == lang and answer.answered
    assert all(c in text for c in claimants), text
    assert any(n in text.replace("\u00a0", " ") for n in ("29 200", "29.200", "29,200")), text


@pytest.mark.parametrize("lang", ["ru", "uk", "es"])
def test_who_said_that_shows_the_english_quote_and_a_marked_translation(answerer: Answerer, lang: str) -> None:
    _, follow = converse(answerer, [CASUALTIES[lang][0], WHO_SAID[lang]])
    assert follow.kind == "sources" and follow.lang == lang
    text = render_plain(follow, answerer.kb.messages)
    assert "NATO lowers that figure" in text and "Ukraine calculates" in text  # the article's English, verbatim
    translated = [c.translation for c in follow.citations if c.translation]
    assert translated and translated[0] in text


@pytest.mark.parametrize("lang", ["ru", "uk", "es"])
def test_a_question_the_article_does_not_answer_says_so_in_the_language(answerer: Answerer, lang: str) -> None:
    question, said = NOT_COVERED[lang]
    answer = answerer.answer(question)
    assert not answer.answered and answer.lang == lang
    assert said in render_plain(answer, answerer.kb.messages).casefold()


@pytest.mark.parametrize("lang", ["ru", "uk", "es"])
def test_off_topic_is_refused_in_the_language(answerer: Answerer, lang: str) -> None:
    answer = answerer.answer(OFF_TOPIC[lang])
    assert not answer.answered and answer.lang == lang


@pytest.mark.parametrize(("text", "lang"), [
    ("сколько погибло?", "ru"), ("скільки загинуло?", "uk"), ("¿cuántos murieron?", "es"),
    ("how many died?", "en"), ("skolko pogiblo po dannym nato", "ru"), ("що каже нато", "uk"),
    ("что говорит нато", "ru"), ("muertos?", "es"),
    ("им перед заходом в украину втирали про денацификацию?", "ru"),  # no ы/э/ъ/ё, but «украину» is Russian
    ("uvolivshiesya schitayutsya dezertirami ili net?", "ru"),  # Latin-script words only a dictionary knows
    ("koroche o chem statya?", "ru"), ("chomu vony zvilnyayutsya z armii", "uk"),  # Latin Ukrainian: "y" is «и»
    ("rosiia skilky zagyblyh vyznaie?", "uk"), ("ngl how many ruskies got clapped", "en"),
    ("kak svyazatsya s komitetom soldatskih materey?", "ru"),  # "tsya" «ться», "ts" «тс», "ey" «ей»
    ("a chto s mobilizatsiey?", "ru"),
    ("otkuda cifra 29200?", "ru"), ("kakaya cifra u nato", "ru"),  # «цифра», though Spanish knows "cifra" too
    ("la cifra de muertos?", "es"),
    ("reuters soldat?", "ru"), ("Menlikova?", None),  # Russian beside an outlet's name; a name alone tells nothing
    ("movilizacion general?", "es"),  # -ción typed without its accent
    ("desnazificacion?", "es"), ("denazification?", None),  # so even a word no frequency list knows; not "-tion"
])
def test_the_message_itself_tells_its_language(text: str, lang: str | None) -> None:
    assert detect_language(text) == lang


def test_a_ukrainian_question_typed_in_latin_letters_gets_a_ukrainian_answer(answerer: Answerer) -> None:
    answer = answerer.answer("skilky rosiyan zagynulo v ukraini?")
    assert answer.lang == "uk" and answer.answered and "29 200" in render_plain(answer, answerer.kb.messages)


@pytest.mark.parametrize(("question", "lang", "summary"), [
    ("no time to read it, whats it about", "en", "rather than fight"),
    ("лень читать, о чем там", "ru", "увольняются"),
    ("no tengo tiempo de leerlo, resumen?", "es", "renuncian"),
])
def test_no_time_to_read_asks_for_the_summary(answerer: Answerer, question: str, lang: str, summary: str) -> None:
    answer = answerer.answer(question)
    assert answer.lang == lang and summary in render_plain(answer, answerer.kb.messages)


def test_the_nato_figure_named_by_its_adjective_is_natos(answerer: Answerer) -> None:
    text = render_plain(answerer.answer("на сколько украинская оценка выше натовской?"), answerer.kb.messages)
    assert "НАТО" in text and "посчитано" in text


@pytest.mark.parametrize("question", ["segun la otan cuantos rusos murieron", "según ucrania cuántos murieron?"])
def test_segun_names_the_claimant_even_with_an_article_between(answerer: Answerer, question: str) -> None:
    parties = answerer.matcher.read(question, "es").parties
    assert [p.role for p in parties][:1] == ["claimant"]


def test_how_often_they_resign_is_the_daily_resignations_claim(answerer: Answerer) -> None:
    answer = answerer.answer("cada cuanto renuncian los soldados rusos segun ucrania?")
    text = render_plain(answer, answerer.kb.messages)
    assert "a diario" in text and "ucranianas" in text


@pytest.mark.parametrize(("first", "then", "lang"), [
    ("розкажи про офіцера, з яким говорив cnn", "а чого він зрештою вирішив піти?", "uk"),
    ("el oficial que hablo con cnn, que le paso?", "y xq se fue al final?", "es"),
])
def test_why_he_left_in_the_end_is_the_officers_own_reason(answerer: Answerer, first: str, then: str,
                                                            lang: str) -> None:
    answer = converse(answerer, [first, then])[-1]
    assert answer.answered and answer.entry_id == "cnn-why-left"


@pytest.mark.parametrize(("then", "lang"), [("¿y da alguna cifra?", "es"), ("а цифру якусь дає?", "uk")])
def test_a_follow_up_without_a_subject_asks_it_of_the_one_just_quoted(answerer: Answerer, then: str,
                                                                     lang: str) -> None:
    first = {"es": "¿Qué dice Valentina Menlikova sobre los soldados que renuncian?",
             "uk": "Що каже Валентина Менлікова про тих, хто звільняється?"}[lang]
    answer = converse(answerer, [first, then])[-1]
    assert answer.entry_id == "mothers-committee" and answer.lang == lang


def test_whether_putin_declared_it_in_the_end_is_later_news(answerer: Answerer) -> None:
    assert not answerer.answer("путин в итоге объявил мобилизацию или нет?").answered


def test_which_article_of_the_law_is_a_detail_the_article_lacks_not_a_yes(answerer: Answerer) -> None:
    assert not answerer.answer("по какой статье офицеру грозили уголовкой?").answered


def test_a_short_cyrillic_message_follows_the_chats_language(answerer: Answerer) -> None:
    answers = converse(answerer, ["скільки російських солдатів загинуло?", "а нато?"])
    assert answers[-1].lang == "uk" and "7" in render_plain(answers[-1], answerer.kb.messages)


def test_a_ukrainian_question_from_a_russian_telegram_gets_a_ukrainian_answer(answerer: Answerer) -> None:
    answer = answerer.answer("чи можуть російські солдати законно звільнитися?", prefer="ru")
    assert answer.lang == "uk" and answer.answered


def test_the_users_language_decides_a_message_that_cannot_tell(answerer: Answerer) -> None:
    assert answerer.answer("legal?", prefer="es").lang == "es"


def test_a_translated_answer_with_a_wrong_figure_fails_the_check(knowledge_copy: Path) -> None:
    path = knowledge_copy / "lang" / "es.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    typed = next(i for i, row in enumerate(lines) if row.strip().startswith("answer:") and "7.000" in row)
    lines[typed] = lines[typed].replace("7.000", "70.000", 1)  # NATO's range made ten times larger, in Spanish
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_copy)
    assert any("es.yaml" in p.file and "70,000 is not a figure" in p.message for p in caught.value.problems)


def _problems_after_adding(knowledge_copy: Path, lang: str, under: str, row: str) -> tuple[list[Problem], int]:
    """Add ``row`` to a translation's lexicon right under the line ``under``; the check's problems and the
    added row's line number."""
    path = knowledge_copy / "lang" / f"{lang}.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line == under)
    lines.insert(at + 1, row)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_copy)
    return caught.value.problems, at + 2


def test_a_synonym_that_swallows_a_claimant_fails_the_check_at_its_line(knowledge_copy: Path) -> None:
    # would turn "according to NATO" into a plain "Ukraine"
    problems, line = _problems_after_adding(knowledge_copy, "es", "      ucrania:", "      - según la otan")
    found = [p for p in problems if "swallows the role word 'según'" in p.message]
    assert found and found[0].file.endswith("es.yaml") and found[0].line == line
    assert found[0].field == "synonyms.ucrania"


def test_two_concepts_whose_words_reduce_alike_fail_the_check_at_the_line(knowledge_copy: Path) -> None:
    # «права» reduces like «право»: the rules would take the right's words
    problems, line = _problems_after_adding(knowledge_copy, "ru", "      регламент:", "        - права")
    found = [p for p in problems if "'права' reads like 'право' of synonyms.право" in p.message]
    assert found and found[0].file.endswith("ru.yaml") and found[0].line == line
    assert found[0].field == "synonyms.регламент"


def test_a_list_item_indented_under_the_one_before_fails_the_check_at_its_line(knowledge_copy: Path) -> None:
    # YAML reads "- сулили" with "  - сулить" indented under it as one item, "сулили - сулить": no synonym at all
    path = knowledge_copy / "lang" / "ru.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = lines.index("      обещать:") + 1
    assert lines[at : at + 2] == ["      - сулили", "      - сулить"]
    lines[at + 1] = "        - сулить"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_copy)
    found = [p for p in caught.value.problems if "runs on into the items after it" in p.message]
    assert found and found[0].file.endswith("ru.yaml") and found[0].line == at + 1
    assert found[0].field == "synonyms.обещать" and "'сулили - сулить'" in found[0].message


def test_words_apart_under_an_unknown_concept_fail_the_check_at_the_line(knowledge_copy: Path) -> None:
    problems, line = _problems_after_adding(knowledge_copy, "es", "    apart:",
                                            "      perdidasucranianas: [ucrania perder]")
    found = [p for p in problems if "'perdidasucranianas' is not a concept of this lexicon's synonyms" in p.message]
    assert found and found[0].file.endswith("es.yaml") and found[0].line == line
    assert found[0].field == "apart.perdidasucranianas"


def test_a_text_left_in_english_fails_the_check(knowledge_copy: Path) -> None:
    path = knowledge_copy / "lang" / "uk.yaml"
    kb = load_knowledge(knowledge_copy)
    english = kb.caveats["anonymous-testimony"].text
    translated = kb.translations["uk"].caveats["anonymous-testimony"]
    path.write_text(path.read_text(encoding="utf-8").replace(translated, english, 1), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_copy)
    assert any("still the English text; translate it into uk" in str(p) for p in caught.value.problems)


def test_a_missing_translation_is_named(knowledge_copy: Path) -> None:
    (knowledge_copy / "lang" / "es.yaml").unlink()
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_copy)
    assert "knowledge/lang/es.yaml:1: translation: the es translation is missing; every text must exist in ru, uk, es" \
        in [str(p) for p in caught.value.problems]


def test_an_english_typo_spelled_like_a_spanish_word_is_fixed_towards_english(answerer: Answerer) -> None:
    """ "oficial" is Spanish; in an English question it is a typo of "official", not a word to ignore."""
    answer = answerer.answer("what is russia's oficial number of dead soldiers")
    text = render_plain(answer, answerer.kb.messages)
    assert answer.lang == "en" and answer.answered and "1,351" in text, text


def test_a_yes_no_answer_missing_in_a_translation_is_named(knowledge_copy: Path) -> None:
    path = knowledge_copy / "lang" / "ru.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    kept = [line for line in lines if not line.startswith("      if_asked_yes_no:")]
    path.write_text("\n".join(kept), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_copy)
    found = [str(p) for p in caught.value.problems]
    assert any(p.startswith("knowledge/lang/ru.yaml:") and "entry 'soldier-names': if_asked_yes_no: no ru text" in p
               for p in found), found


@pytest.mark.parametrize(("question", "opening"), [
    ("was the reuters soldier named?", "No: the article names none"),
    ("его назвали по имени, солдата из reuters?", "Нет:"),
    ("¿se sabe el nombre del soldado de reuters?", "No:"),
])
def test_was_he_named_is_answered_no_he_is_anonymous(answerer: Answerer, question: str, opening: str) -> None:
    answer = answerer.answer(question)
    assert answer.answered and answer.parts[0].startswith(opening), answer.parts


def test_the_russian_and_ukrainian_dictionaries_are_read_from_mapped_files_with_the_same_lemmas() -> None:
    # The dictionaries are views of their files, not 40 MB copied into memory; a word still reduces to its lemma.
    russian, ukrainian = morph_analyzer("ru"), morph_analyzer("uk")
    assert isinstance(russian.dictionary.words.dct._units, memoryview)  # type: ignore[attr-defined]
    assert [russian.parse(w)[0].normal_form for w in ("погибших", "уволились", "солдатами")] == [  # type: ignore[attr-defined]
        "погибнуть", "уволиться", "солдат"]
    assert [ukrainian.parse(w)[0].normal_form for w in ("загиблих", "звільнилися")] == [  # type: ignore[attr-defined]
        "загиблий", "звільнитися"]


@pytest.mark.parametrize(("word", "expected"), [("війни", "війна"), ("війну", "війна"), ("тих", "той")])
def test_a_ukrainian_noun_is_not_read_as_the_rare_verb_the_dictionary_lists_first(word: str, expected: str) -> None:
    from bot.kb.language import lemma

    assert lemma("uk", word) == expected


def test_english_chat_shorthand_is_not_read_as_latin_script_ukrainian() -> None:
    assert detect_language("why wud conscription be a bad look for putin ngl") == "en"
    assert detect_language("a ofitser z cnn chomu pishov z armii?") == "uk"


def test_a_ukrainian_follow_up_asking_what_nato_counts_gets_natos_figure(answerer: Answerer) -> None:
    answer = converse(answerer, ["скільки росіян загинуло за даними України?", "а в НАТО скока?"])[-1]
    assert answer.lang == "uk" and answer.entry_id == "casualties-nato"


@pytest.mark.parametrize("question", ["к чему приведет мобилизация?", "до чого призведе мобілізація?",
                                      "a qué llevaría una movilización?"])
def test_what_a_mobilization_would_lead_to_asks_for_its_consequences(answerer: Answerer, question: str) -> None:
    assert answerer.answer(question).entry_id == "mobilization-consequences"


@pytest.mark.parametrize("messages", [
    ["can putin declare a general mobilization?", "so did he declare it in the end?"],
    ["может ли путин объявить всеобщую мобилизацию?", "и что, объявил он её в итоге?"],
])
def test_whether_he_did_it_in_the_end_after_an_answer_is_later_news(answerer: Answerer, messages: list[str]) -> None:
    first, then = converse(answerer, messages)
    assert first.entry_id == "general-mobilization" and then.entry_id == "mobilization-later" and not then.answered


def test_a_spanish_follow_up_on_those_calls_stays_on_the_prisoner_videos(answerer: Answerer) -> None:
    answers = converse(answerer, ["los videos de prisioneros rusos que publico ucrania",
                                  "y q contaban en esas llamadas?"])
    assert answers[-1].entry_id == "pow-videos", answers[-1].entry_id


def test_a_spanish_reply_naming_the_committee_keeps_its_contraction_right(answerer: Answerer) -> None:
    answer = converse(answerer, ["¿qué cifra de renuncias da el comité de madres de soldados?"])[-1]
    text = render_plain(answer, answerer.kb.messages)
    assert " de el " not in text and " a el " not in text, text


@pytest.mark.parametrize(("question", "nato"), [
    ("НАТО підтвердило що росія втратила під 30 тисяч солдатів. це правда?", "НАТО"),
    ("НАТО подтвердило что россия потеряла около 30 тысяч солдат. правда?", "НАТО"),
    ("la OTAN confirmó que rusia perdió 30 mil soldados, es verdad?", "OTAN"),
])
def test_a_party_that_confirmed_a_figure_is_read_as_claiming_it(answerer: Answerer, question: str, nato: str) -> None:
    answer = answerer.answer(question)
    text = render_plain(answer, answerer.kb.messages)
    assert "29" in text and "15" in text and nato in text, text


@pytest.mark.parametrize(("question", "lang", "no_opinion"), [
    ("а ты что думаешь, кофе или чай лучше?", "ru", "Своего мнения у меня нет"),
    ("а ти що думаєш, кава чи чай?", "uk", "Власної думки я не маю"),
    ("y vos que opinas, boca o river?", "es", "No doy opiniones propias"),
])
def test_asked_for_its_own_opinion_on_something_else_the_bot_says_it_gives_none(answerer: Answerer, question: str,
                                                                                  lang: str, no_opinion: str) -> None:
    answer = answerer.answer(question)
    text = render_plain(answer, answerer.kb.messages)
    assert answer.lang == lang and not answer.answered and no_opinion in text, text


def test_a_ukrainian_asking_whether_putin_did_it_in_the_end_in_surzhyk_gets_later_news(answerer: Answerer) -> None:
    answer = answerer.answer("ну так путін в итоге оголосив мобілізацію чи ні?")
    assert answer.entry_id == "mobilization-later" and not answer.answered


@pytest.mark.parametrize("question", [
    "а в каких конкретно батальонах было 70%?",
    "в яких конкретно батальйонах звільнилось 70%?",
])
def test_which_battalions_exactly_asks_for_the_names_the_article_never_gives(answerer: Answerer, question: str) -> None:
    answer = answerer.answer(question)
    assert not answer.answered and answer.entry_id in ("which-battalions-70", "unit-names"), answer.entry_id


def test_a_russian_post_that_everyone_poquit_reads_as_resigning(answerer: Answerer) -> None:
    answer = answerer.answer("пишут что в каждом батальоне все поувольнялись, правда?")
    assert answer.entry_id == "ukraine-daily-resignations", answer.entry_id


def test_how_do_you_say_a_word_in_another_language_is_a_task_not_a_testimony(answerer: Answerer) -> None:
    answer = answerer.answer("como se dice hola en frances?")
    assert answer.entry_id == "homework-tasks" and not answer.answered and answer.lang == "es"


@pytest.mark.parametrize("question", [
    "а украина-то сколько солдат потеряла?",
    "y ucrania, cuántos militares ha perdido?",
    "а скільки втратила україна своїх бійців?",
])
def test_what_ukraine_itself_lost_is_the_loss_the_article_never_counts(answerer: Answerer, question: str) -> None:
    answer = answerer.answer(question)
    assert answer.entry_id == "ukrainian-losses" and not answer.answered, answer.entry_id


def test_russias_losses_according_to_ukraine_stay_russias(answerer: Answerer) -> None:
    assert answerer.answer("сколько солдат потеряла россия по данным украины?").entry_id != "ukrainian-losses"


@pytest.mark.parametrize("question", ["Чому саме той солдат, що говорив з CNN, вирішив піти з армії?",
                                      "А почему именно офицер, который говорил с CNN, в итоге ушёл из армии?",
                                      "¿Y por qué al final el oficial, que habló con la CNN, dejó el ejército?"])
def test_a_comma_before_who_does_not_cut_the_question_in_two(answerer: Answerer, question: str) -> None:
    assert converse(answerer, [question])[-1].entry_id == "cnn-why-left"


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "es"])
def test_every_answers_first_sentence_says_something_alone(answerer: Answerer, lang: str) -> None:
    """A point of a reply of several is its answer's first sentence: «Примерно первую неделю.» alone says nothing."""
    kb = answerer.kb
    for entry in kb.entries.values():
        text = entry.answer.en if lang == "en" else kb.translations[lang].entries[entry.id].answer
        first = first_sentence(text)
        assert len(first.split()) > 5, f"{lang} {entry.id}: {first!r}"


@pytest.mark.parametrize("message", ["oye, al oficial de la CNN a dónde lo mandaron? y al final por qué se largó?",
                                     "офіцер з CNN куди його відправили? і чому потім пішов з армії?"])
def test_a_why_with_no_subject_after_a_witness_asks_why_that_witness_left(answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert any(w in render_plain(answer, answerer.kb.messages).casefold() for w in ("rechazo", "неприйнят"))


@pytest.mark.parametrize("prefer", [None, "en", "es"])
def test_short_cyrillic_both_dictionaries_know_is_never_answered_in_english(answerer: Answerer,
                                                                             prefer: str | None) -> None:
    answer = answerer.answer("цифра НАТО?", prefer=prefer)
    assert answer.lang in ("ru", "uk") and answer.answered and "15 000" in render_plain(answer, answerer.kb.messages)


def test_short_cyrillic_follows_a_russian_users_choice(answerer: Answerer) -> None:
    assert answerer.answer("цифра НАТО?", prefer="ru").lang == "ru"


def test_a_ukrainian_second_question_opening_with_chi_is_answered_too(answerer: Answerer) -> None:
    text = render_plain(answerer.answer("Куди відправили офіцера з CNN спочатку і чи казали їм про «денацифікацію»?"),
                        answerer.kb.messages)
    assert "Крим" in text and "денацифікац" in text


@pytest.mark.parametrize(("first", "then"), [("¿De qué trata el artículo?", "¿y eso es legal?"),
                                             ("what is the article about?", "is that even legal?")])
def test_is_that_legal_after_what_the_article_is_about_asks_about_resigning(answerer: Answerer, first: str,
                                                                              then: str) -> None:
    assert converse(answerer, [first, then])[-1].entry_id == "legal-resign"


@pytest.mark.parametrize(("written", "low", "high"), [
    ("NATO says 7-15k", "7000", "15000"),
    ("НАТО: 7–15 тыс", "7000", "15000"),
    ("la OTAN dice entre 7 y 15 mil", "7000", "15000"),
    ("Russia 1,351-15k?", "1351", "15000"),  # a lower end written in full keeps its own value
])
def test_a_range_with_its_scale_written_once_reads_both_ends_scaled(written: str, low: str, high: str) -> None:
    assert fold(written).split()[-3:] in ([low, "-", high], [low, "y", high])


@pytest.mark.parametrize("message", ["будет ли общая мобилизация? что пишут?",
                                     "budet li obshaya mobilizaciya? chto pishut?"])
def test_asks_whether_mobilization_will_come_and_what_they_write_and_gets_the_articles_answer(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "general-mobilization"


def test_a_ukrainian_post_putting_the_70_percent_on_british_intelligence_hears_whose_it_is(answerer: Answerer) -> None:
    answer = answerer.answer("Скинули з каналу: «Британська розвідка: у деяких російських батальйонах звільнилось 70% "
                             "особового складу». Це правда?")
    assert answer.entry_id == "ukraine-70-percent" and answer.answered


def test_a_ukrainian_question_calling_the_officer_a_russian_gets_his_story_not_the_law(answerer: Answerer) -> None:
    answers = converse(answerer, ["шо розказав офіцер росіянин для CNN?", "а шо він відчував перший тиждень?"])
    assert [a.entry_id for a in answers] == ["cnn-deceived", "cnn-shock"]


def test_a_spanish_follow_up_typing_el_for_him_without_the_accent_asks_of_him(answerer: Answerer) -> None:
    answer = converse(answerer, ["Qué contó el soldado que habló con Reuters?", "cuantos renunciaron con el?"])[-1]
    assert answer.lang == "es" and answer.entry_id == "reuters-fourteen"


@pytest.mark.parametrize("question", ["что в статье понимается под всеобщей мобилизацией?",
                                      "що в статті розуміється під загальною мобілізацією?",
                                      "¿qué se entiende por movilización general?",
                                      "¿qué significa movilización general?"])
def test_what_is_meant_by_a_general_mobilization_gets_what_it_would_mean(answerer: Answerer, question: str) -> None:
    assert answerer.answer(question).entry_id == "mobilization-consequences"


def test_a_spanish_two_part_question_typed_without_accents_gets_both_parts(answerer: Answerer) -> None:
    answer = answerer.answer("A donde mandaron al oficial que hablo con CNN y como se sintio la primera semana?")
    text = render_plain(answer, answerer.kb.messages)
    assert "Crimea" in text and "shock" in text


def test_russian_slang_for_an_army_in_disarray_gets_the_state_of_the_army(answerer: Answerer) -> None:
    assert answerer.answer("у русских в армии раздрай?").entry_id == "army-disarray"


@pytest.mark.parametrize(("messages", "expected"), [
    (("розкажи про офіцера, що говорив із CNN", "а куди його спершу послали?"), "Крим"),
    (("расскажи про офицера из CNN", "а куда его сперва послали?"), "Крым"),
])
def test_sent_said_another_way_is_still_where_the_officer_was_sent(answerer: Answerer, messages: tuple[str, ...],
                                                                   expected: str) -> None:
    answer = converse(answerer, list(messages))[-1]
    assert answer.entry_id == "cnn-deceived" and expected in render_plain(answer, answerer.kb.messages)


def test_a_passed_on_claim_keeps_the_source_it_names_after_the_post(answerer: Answerer) -> None:
    answer = converse(answerer, ['Пишуть: «CNN повідомляє, що 14 контрактників пішли, бо їм не платили». Це так?'])[-1]
    text = render_plain(answer, answerer.kb.messages)
    assert answer.entry_id == "reuters-fourteen" and text.startswith("Ні") and "Reuters" in text


@pytest.mark.parametrize(("chat", "entry"), [
    (["що обіцяли хлопцям з рейтерс перед тим як послати на фронт?"], "reuters-promises"),
    (["расскажи про офицера из CNN", "а куда его отправляли сначала?"], "cnn-deceived"),
])
def test_sending_is_one_word_whatever_its_aspect_in_russian_and_ukrainian(
        answerer: Answerer, chat: list[str], entry: str) -> None:
    assert converse(answerer, chat)[-1].entry_id == entry


def test_asks_in_spanish_whether_they_did_anything_to_him_for_quitting_and_hears_of_the_warning(
        answerer: Answerer) -> None:
    answer = converse(answerer, ["oye, al oficial de la cnn le hicieron algo por dejar el ejército?"])[-1]
    assert answer.entry_id == "legal-resign" and "penal" in render_plain(answer, answerer.kb.messages)


@pytest.mark.parametrize("chat", [
    ["что обещали тем, кто говорил с Reuters?", "ну и что, в итоге дали?"],
    ["що обіцяли тим, хто говорив з Reuters?", "і шо, зрештою дали?"],
])
def test_asks_after_the_promises_whether_they_got_them_in_the_end_and_stays_with_the_promises(
        answerer: Answerer, chat: list[str]) -> None:
    assert converse(answerer, chat)[-1].entry_id == "reuters-promises"


@pytest.mark.parametrize(("message", "nato"), [
    ("порівняй плз цифри загиблих рф: шо каже україна, шо нато і шо сама росія", "7000"),
    ("сравни плиз цифры убитых: украина vs нато vs сама рф", "7000"),
    ("who is lying about the death toll, kyiv or the kremlin? and what does nato say", "7,000"),
])
def test_asks_to_compare_every_partys_death_toll_and_gets_all_three_in_one_answer(
        answerer: Answerer, message: str, nato: str) -> None:
    answer = converse(answerer, [message])[-1]
    assert answer.entry_id == "casualties-overview" and nato in render_plain(answer, answerer.kb.messages)


def test_latin_typed_russian_with_shch_and_hard_sign_spelt_plainly_is_read_as_russian() -> None:
    assert detect_language("Putin obyavit vseobshuyu mobilizaciyu? chem eto grozit obshestvu") == "ru"


@pytest.mark.parametrize("message", ["скинь рецепт борща плиз", "дайте рецепт борща нормального"])
def test_russian_off_topic_with_no_ukrainian_letter_gets_a_russian_reply(answerer: Answerer, message: str) -> None:
    assert converse(answerer, [message])[-1].lang == "ru"


@pytest.mark.parametrize(("message", "lang"), [
    ("командир может просто проигнорить рапорт?", "ru"),
    ("а командир може заігнорити рапорт?", "uk"),
    ("¿basta con presentar la renuncia para irse del ejército?", "es"),
    ("чи достатньо подати рапорт, щоб тебе відпустили?", "uk"),
])
def test_asks_if_the_report_alone_is_enough_and_hears_it_depends_on_the_superior(answerer: Answerer, message: str,
                                                                                lang: str) -> None:
    answer = converse(answerer, [message])[-1]
    assert answer.entry_id == "superiors" and answer.lang == lang


@pytest.mark.parametrize(("message", "lang"), [
    ("с чего вы взяли, что солдаты правда увольняются?", "ru"),
    ("з чого взяли, що хтось справді звільняється?", "uk"),
])
def test_asks_where_the_stories_come_from_in_slang_and_gets_the_sources(answerer: Answerer, message: str,
                                                                       lang: str) -> None:
    answer = converse(answerer, [message])[-1]
    assert answer.entry_id == "article-sources" and answer.lang == lang


def test_spanish_slang_for_leaving_the_army_reaches_the_deserter_question(answerer: Answerer) -> None:
    answer = converse(answerer, ["oye, los que se piran del ejército son desertores?"])[-1]
    assert answer.entry_id == "legal-regulations" and answer.lang == "es"


def test_a_russian_question_followed_by_the_askers_worry_gets_the_answer_to_the_question(answerer: Answerer) -> None:
    answer = converse(answerer, ["офицеру чем-то грозили, когда он подал рапорт? мой муж тоже хочет уйти, я боюсь"])[-1]
    assert answer.entry_id == "legal-resign" and "уголовн" in render_plain(answer, answerer.kb.messages)


def test_a_spanish_preface_saying_who_asks_is_not_a_point(answerer: Answerer) -> None:
    answer = converse(answerer, ["Soy estudiante y estoy haciendo un trabajo: ¿qué se les dijo a los soldados sobre "
                                 "la «desnazificación»?"])[-1]
    assert answer.entry_id == "cnn-denazification" and answer.lang == "es"


@pytest.mark.parametrize(("first", "follow_up", "lang"), [
    ("why did the cnn officer quit?", "did anything happen to him for it?", "en"),
    ("чому офіцер з CNN звільнився?", "і йому нічо не було?", "uk"),
    ("почему офицер CNN ушёл?", "и ему ниче за это не было?", "ru"),
    ("¿por qué se fue el oficial de la CNN?", "¿y no le pasó nada?", "es"),
])
def test_asks_if_anything_happened_to_the_officer_for_quitting_and_hears_of_the_criminal_case(
        answerer: Answerer, first: str, follow_up: str, lang: str) -> None:
    answer = converse(answerer, [first, follow_up])[-1]
    assert answer.entry_id == "legal-resign" and answer.lang == lang


@pytest.mark.parametrize(("message", "lang"), [
    ("командири шо, просто беруть і підписують рапорти?", "uk"),
    ("а командиры что, берут и подписывают рапорт без вопросов?", "ru"),
])
def test_asks_if_commanders_just_sign_the_report_and_hears_it_depends_on_their_good_will(
        answerer: Answerer, message: str, lang: str) -> None:
    answer = converse(answerer, [message])[-1]
    assert answer.entry_id == "superiors" and answer.lang == lang


@pytest.mark.parametrize("message", ["скинь рецепт борща плз", "а погода завтра какая, плз"])
def test_chat_shorthand_both_languages_type_does_not_make_a_russian_message_ukrainian(answerer: Answerer,
                                                                                    message: str) -> None:
    assert converse(answerer, [message])[-1].lang == "ru"


@pytest.mark.parametrize(("message", "lang"), [
    ("¿los que dejan el ejército ruso en Ucrania cuentan como desertores?", "es"),
    ("те, кто уходит из российской армии в Украине, считаются дезертирами?", "ru"),
])
def test_ukraine_named_as_the_place_of_the_war_is_no_speaker_whose_words_are_asked(answerer: Answerer, message: str,
                                                                                   lang: str) -> None:
    answer = converse(answerer, [message])[-1]
    assert answer.entry_id == "legal-regulations" and answer.lang == lang


@pytest.mark.parametrize("message", ["а їх не посадять як дезертирів?",
                                     "якщо русак написав рапорт і пішов, це вже дезертир чи ні?"])
def test_asks_in_ukrainian_whether_quitters_are_jailed_as_deserters_and_hears_not_if_they_follow_the_rules(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id == "legal-regulations" and answer.lang == "uk"


def test_asks_in_ukrainian_what_the_mothers_committee_says_of_how_many_guys_quit_and_hears_it(
        answerer: Answerer) -> None:
    answer = answerer.answer("шо комітет солдатських матерів каже, скільки там хлопців звільняється?")
    assert answer.entry_id == "mothers-committee" and answer.lang == "uk"


def test_asks_in_ukrainian_how_many_of_our_guys_died_and_hears_the_article_gives_no_ukrainian_losses(
        answerer: Answerer) -> None:
    assert answerer.answer("скільки загинуло наших хлопців з ЗСУ за той самий час?").entry_id == "ukrainian-losses"


def test_asks_in_spanish_what_else_the_cnn_officer_told_of_people_dying_and_hears_his_words_not_the_tolls(
        answerer: Answerer) -> None:
    answer = answerer.answer("q mas conto el de la CNN de como estaban alli? lo de la gente muriendo a su alrededor")
    text = " ".join(answer.parts)
    assert answer.lang == "es" and "sucios y cansados" in text and "29.200" not in text, text


def test_a_spanish_post_counting_40_quitters_told_to_cnn_hears_the_articles_14(answerer: Answerer) -> None:
    answer = answerer.answer("Me reenviaron esto en un grupo de telegram: 'Un grupo de 40 soldados rusos renunció de "
                             "golpe porque no les pagaron, lo contó la CNN'. ¿es cierto?")
    assert answer.entry_id == "reuters-fourteen" and "14" in " ".join(answer.parts)


def test_an_english_post_with_two_words_russia_writes_alike_is_answered_in_english(answerer: Answerer) -> None:
    answer = answerer.answer("Forwarded from a Telegram channel: \"REUTERS: 140 Russian contract soldiers walked out "
                             "together after they weren't paid a single ruble. Russia's army is collapsing!\" Is this "
                             "accurate?")
    assert answer.lang == "en"


def test_asks_in_spanish_what_convinced_the_cnn_officer_to_leave_and_hears_why_not_the_geneva_convention(
        answerer: Answerer) -> None:
    answer = answerer.answer("que fue lo que al final lo convencio de irse al tipo de la CNN?")
    assert answer.entry_id == "cnn-why-left" and answer.lang == "es"


@pytest.mark.parametrize("message", [
    "Что именно им обещали перед отправкой? И получили ли они это?", "що саме їм обіцяли?",
    "qué exactamente les prometieron?"])
def test_asks_what_exactly_they_were_promised_and_hears_the_promises_not_that_no_sums_are_given(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id == "reuters-promises" and answer.answered, answer


@pytest.mark.parametrize("message", [
    "свекруха переслала: 'російський офіцер розповів BBC що його з криму кинули в україну і він навіть не знав що "
    "буде війна'. то правда?",
    "Me reenviaron esto: «Un soldado ruso le dijo a la BBC: 'Esta no es nuestra guerra'». ¿Es cierto?"])
def test_a_post_putting_a_witness_on_the_bbc_hears_the_witnesss_story_not_that_the_bbc_counts_no_deaths(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.answered and answer.entry_id in {"cnn-deceived", "reuters-not-our-war"}, answer


@pytest.mark.parametrize(("message", "opening"), [
    ("переслали из чата: «солдат рассказал CNN что их было 14 и они все уволились потому что не заплатили боевые». "
     "так было?", "Нет"),
    ("переслано: «Кремль офіційно визнає лише 1351 загиблого». так і є?", "Так"),
    ("forwarded from a chat: 'a soldier told CNN there were 14 of them and they all quit because they werent paid "
     "combat bonuses'. is that so?", "No"),
])
def test_a_post_checked_with_so_it_was_is_checked_like_one_asked_is_it_true(
        answerer: Answerer, message: str, opening: str) -> None:
    answer = answerer.answer(message)
    assert answer.answered and answer.parts[0].startswith(opening), answer


def test_asks_in_russian_what_the_cnn_officer_was_threatened_with_and_hears_of_the_criminal_case(
        answerer: Answerer) -> None:
    answer = answerer.answer("тому офицеру из CNN чем грозили когда он рапорт подал?")
    assert answer.answered and "уголовн" in render_plain(answer, answerer.kb.messages), answer


@pytest.mark.parametrize("message", [
    "пишут что русские вначале провалились, а потом выровнялись. в статье так же?",
    "россия потом оправилась после провала?", "спочатку провалились, а потім оговталися?",
    "los rusos empezaron mal pero luego se recuperaron?"])
def test_asks_whether_russia_recovered_after_a_bad_start_and_hears_it_stabilized_the_war(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "army-disarray"


@pytest.mark.parametrize("message", ["los soldados estaban confundidos?", "солдаты были в растерянности?"])
def test_asks_whether_the_soldiers_were_confused_and_hears_many_did_not_understand(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "cnn-what-are-we-doing"


@pytest.mark.parametrize("message", [
    "а хоть кто-то из источников по имени назван? или опять одни анонимы", "солдат з рейтерс себе назвав?"])
def test_asks_whether_anyone_is_named_and_hears_no_soldier_is_only_menlikova(answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id in {"cnn-anonymous", "soldier-names"} and "Менлік" in render_plain(
        answer, answerer.kb.messages).replace("Менлико", "Менлік"), answer


@pytest.mark.parametrize("message", [
    "чо реально рапорт написал и свободен? или командир может послать?",
    "написав рапорт і все? чи командир може послати?"])
def test_asks_whether_the_commander_can_send_him_packing_and_hears_about_the_superiors_good_will(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "superiors"


def test_asks_whether_the_commander_can_bin_the_report_then_tells_of_her_son_and_hears_about_the_superior(
        answerer: Answerer) -> None:
    answer = answerer.answer("а командир может просто взять и выкинуть рапорт об увольнении? "
                             "сын контрактник, переживаю")
    assert answer.entry_id == "superiors", answer


@pytest.mark.parametrize(("message", "entry"), [
    ("а тих 14 хто відмовився потім посадили чи відпустили додому?", "reuters-group-fate"),
    ("а шо потім сталось з тими 14 хто звільнився, їх судили?", "reuters-group-fate"),
    ("14 кто сказал?", "reuters-fourteen"),
])
def test_those_14_who_quit_is_the_group_not_a_question_whose_the_14_is(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


@pytest.mark.parametrize("message", [
    "Мобилизацию объявят?", "мобілізацію оголосять?", "¿anunciarán la movilización?",
    "Мобилизацию объявят? брат переживает что загребут. что в статье про это"])
def test_asks_whether_mobilization_will_be_announced_and_hears_the_articles_view_not_later_news(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "general-mobilization"


def test_asks_in_surzhyk_what_the_statya_is_about_and_hears_the_summary(answerer: Answerer) -> None:
    answer = answerer.answer("привіт. про шо взагалі ця статья?")
    assert answer.entry_id == "summary" and answer.lang == "uk"


def test_asks_in_ukrainian_how_many_refusers_were_counted_and_hears_many_not_a_death_toll(answerer: Answerer) -> None:
    answer = answerer.answer("скільки відмовників нарахували?")
    assert answer.entry_id == "resignation-numbers"


@pytest.mark.parametrize(("message", "entry"), [
    ("нафига некоторые русские солдаты отказываются воевать? чо пишут", "why-resign"),
    ("почему россия тогда просто не загонит людей на войну принудительно?", "no-war-declared")])
def test_asks_in_russian_slang_and_hears_the_part_of_the_article_it_means(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


def test_asks_in_spanish_what_putin_would_have_to_do_to_resort_to_mobilization_and_hears_declaring_war(
        answerer: Answerer) -> None:
    answer = answerer.answer("¿Qué tendría que hacer formalmente Putin para poder recurrir a una movilización general?")
    assert answer.entry_id == "general-mobilization"


def test_asks_in_spanish_without_accents_what_they_were_doing_there_and_hears_the_officers_words(
        answerer: Answerer) -> None:
    assert answerer.answer("wey q frase dijo el soldado de cnn sobre q hacian ahi").entry_id == "cnn-what-are-we-doing"


@pytest.mark.parametrize("message", ["¿el soldado ese se sentía orgulloso de invadir o qué?",
                                     "офіцер пишався тим, що вторгся в україну?"])
def test_asks_whether_the_officer_was_proud_of_invading_and_hears_he_was_ashamed(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "cnn-shame"


@pytest.mark.parametrize("message", ["в вирусном видео солдаты говорили что их обманули. А что им сказали сначала?",
                                     "v virusnom video soldaty govorili chto ih obmanuli. A chto im skazali snachala?"])
def test_asks_what_the_soldiers_in_the_viral_video_were_told_at_first_and_hears_of_the_maneuvers(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "cheated-video"


def test_asks_in_russian_how_the_cnn_officer_described_the_situation_around_him_and_hears_people_were_dying(
        answerer: Answerer) -> None:
    assert answerer.answer("как офицер cnn описывал ситуацию вокруг себя?").entry_id == "cnn-dirty-tired"


def test_asks_in_ukrainian_who_claims_the_70_percent_and_hears_the_ukrainian_authorities(answerer: Answerer) -> None:
    answer = converse(answerer, ["в деяких батальйонах 70% звільнилось??", "а це хто заявляє?"])[-1]
    assert answer.entry_id == "ukraine-70-percent"


@pytest.mark.parametrize(("message", "entry"), [
    ("а зеленський шо каже про цих руських відказників?", "zelensky"),
    ("бачила вірусне відео де руські кажуть шо їх кинули. шо їм казали перед тим?", "cheated-video")])
def test_asks_in_ukrainian_what_someone_says_about_the_russians_and_is_not_answered_with_russias_own_figure(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


@pytest.mark.parametrize("message", [
    "¿qué afirman las autoridades ucranianas sobre las renuncias y hasta qué punto es fiable?",
    "что говорят украинские власти об увольнениях и насколько этому можно верить?"])
def test_asks_what_ukraine_claims_and_how_far_to_trust_it_and_hears_both_the_claim_and_the_caution(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    text = " ".join(answer.parts).lower()
    assert answer.entry_id == "ukraine-daily-resignations"
    assert "70" in text and ("propaganda" in text or "пропаганд" in text), text


@pytest.mark.parametrize(("message", "entry"), [
    ("Почему уволившиеся контрактники не считаются дезертирами? война же идет", "legal-regulations"),
    ("а почему в армии рф сейчас нет насильно призванных? это ж война", "no-war-declared")])
def test_asks_why_then_objects_that_there_is_a_war_on_and_gets_one_straight_answer(
        answerer: Answerer, message: str, entry: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id == entry
    assert "•" not in " ".join(answer.parts), answer.parts


@pytest.mark.parametrize("message", ["а на фронті у рф зараз як, згідно статті? вони програють?",
                                     "россия проигрывает войну?", "is russia losing the war?"])
def test_asks_whether_russia_is_losing_and_hears_the_articles_mixed_picture(answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "army-disarray"


def test_asks_in_ukrainian_about_some_russian_officer_who_told_how_they_were_tricked_and_hears_the_cnn_story(
        answerer: Answerer) -> None:
    answer = answerer.answer("Читала шо якийсь російський офіцер розказував як їх обманом завели в Україну")
    assert answer.entry_id == "cnn-deceived"


def test_asks_in_spanish_which_outlet_he_told_it_to_and_gets_the_sources_card(answerer: Answerer) -> None:
    answer = converse(answerer, ["¿qué contó el oficial sobre el engaño?", "¿a qué medio se lo contó?"])[-1]
    assert answer.kind == "sources" and answer.entry_id == "cnn-deceived"


@pytest.mark.parametrize("message", ["Una duda: si un soldado ruso renuncia, ¿se le considera desertor?",
                                     "Вопрос: уволившиеся считаются дезертирами?",
                                     "quick question: are quitters deserters?"])
def test_labels_the_message_as_a_question_and_is_answered_on_what_follows(answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id == "legal-regulations" and "•" not in " ".join(answer.parts)


@pytest.mark.parametrize("message", [
    "¿Qué promesas les habían hecho a los soldados antes de ir, según uno de los que renunció?",
    "что обещали солдатам, по словам одного из уволившихся?",
    "what were the soldiers promised back in Russia, according to the Reuters source?"])
def test_asks_what_was_promised_according_to_one_who_quit_and_gets_one_straight_answer(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id == "reuters-promises" and "•" not in " ".join(answer.parts), answer.parts


@pytest.mark.parametrize("message", ["Что обещали солдатам перед отправкой, по рассказу солдата Reuters?",
                                     "що обіцяли контрактникам, за розповіддю солдата з Reuters?",
                                     "что обещали контрактникам, со слов того солдата из рейтер?"])
def test_asks_what_was_promised_by_the_soldiers_account_and_gets_the_promises_not_his_whole_story(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "reuters-promises"


def test_asks_for_a_figure_according_to_an_outlet_that_does_not_give_it_and_keeps_whose_figure_it_is(
        answerer: Answerer) -> None:
    assert answerer.answer("¿cuántos murieron, según Ucrania?").entry_id == "casualties-ukraine"


@pytest.mark.parametrize("message", ["а скільки мирних людей вбили ці окупанти?", "сколько мирных убили оккупанты?"])
def test_asks_how_many_civilians_the_occupiers_killed_and_hears_the_article_gives_no_such_count(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "civilian-deaths"


@pytest.mark.parametrize("message", ["скільки окупантів загинуло", "сколько оккупантов погибло?"])
def test_asks_how_many_occupiers_died_and_gets_the_three_estimates(answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "casualties-overview"


@pytest.mark.parametrize("message", ["шо той солдат з CNN розказував про людей навколо нього?",
                                     "что офицер CNN рассказывал про людей вокруг?"])
def test_asks_what_the_cnn_soldier_told_of_the_people_around_him_and_hears_they_were_dying(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "cnn-dirty-tired"


def test_asks_in_ukrainian_slang_why_russia_does_not_rake_everyone_into_the_army_and_hears_no_war_was_declared(
        answerer: Answerer) -> None:
    answer = answerer.answer("а чого росія не гребе всіх насильно в армію, в статті є про це?")
    assert answer.entry_id == "no-war-declared"


@pytest.mark.parametrize("message", ["привет) ты кто вообще, как тебя зовут?", "ти хто взагалі?",
                                     "hi, who are you, what's your name?"])
def test_asks_who_the_bot_is_in_chat_words_and_hears_what_the_bot_is(answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.kind == "small_talk" and answer.entry_id is None, answer


def test_asks_in_russian_why_they_cannot_just_be_forced_to_fight_and_hears_no_war_was_declared(
        answerer: Answerer) -> None:
    answer = answerer.answer("почему нельзя просто заставить их воевать силой? они ж все равно армия")
    assert answer.entry_id == "no-war-declared"


def test_asks_what_about_russia_typed_short_after_ukraines_toll_and_gets_russias_figure(answerer: Answerer) -> None:
    answer = converse(answerer, ["how many russians died acording to ukraine?", "wat about russia itself"])[-1]
    assert answer.entry_id == "casualties-russia"


def test_passes_on_in_spanish_that_quitting_is_super_easy_and_hears_it_depends_on_a_superior(
        answerer: Answerer) -> None:
    message = ("Me pasaron un mensaje que dice 'renunciar en el ejército ruso es facilísimo, basta con pedirlo'. "
               "¿Es cierto?")
    assert answerer.answer(message).entry_id == "superiors"


def test_asks_in_spanish_which_outlet_and_where_he_had_been_sent_and_gets_both_parts(answerer: Answerer) -> None:
    answer = answerer.answer("¿qué medio recogió el testimonio del oficial ruso y adónde lo habían enviado en un "
                             "principio?")
    text = " ".join(answer.parts)
    assert "Crimea" in text and "CNN" in text, text


def test_asks_in_russian_slang_what_putin_should_do_if_contract_soldiers_bail_and_hears_of_mobilization(
        answerer: Answerer) -> None:
    assert answerer.answer("и что путину делать если контрактники сваливают?").entry_id == "general-mobilization"


@pytest.mark.parametrize("message", ["what were the troops promised back in russia, per the reuters soldier?",
                                     "шо обіцяли солдатам перед відправкою, по словам того шо говорив з Reuters?"])
def test_asks_what_was_promised_per_the_reuters_soldier_and_gets_one_straight_answer(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id == "reuters-promises" and "•" not in " ".join(answer.parts), answer.parts


@pytest.mark.parametrize(("message", "lang"), [("чому ж вони не дезертири, якщо росія воює?", "uk"),
                                               ("почему их не считают дезертирами, война ведь идёт", "ru"),
                                               ("¿por qué no se les considera desertores si hay una guerra?", "es")])
def test_asks_why_quitters_are_no_deserters_in_a_war_and_hears_no_war_was_declared(
        answerer: Answerer, message: str, lang: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id == "legal-regulations" and answer.lang == lang, answer


@pytest.mark.parametrize("message", ["вони вроді потім якісь міста захопили?", "они вроде захватили какие-то города?"])
def test_hedges_a_question_with_seemingly_and_the_hedge_is_no_topic(answerer: Answerer, message: str) -> None:
    read = answerer.matcher.read(message)
    assert not {"врода", "врод", "вроді", "вроде"} & set(read.terms), read.terms


def test_asks_in_spanish_how_russia_fares_with_a_rusia_le_and_russia_is_no_place(answerer: Answerer) -> None:
    read = answerer.matcher.read("¿a Rusia le va bien en la guerra?", "es")
    assert "rusi" in read.terms and read.parties == (Party("russia", "subject"),), read


@pytest.mark.parametrize("message", ["is russia advancing or retreating?", "росія потім якісь території захопила?",
                                     "¿Rusia está retrocediendo?"])
def test_asks_whether_russia_gained_or_lost_ground_and_hears_it_stabilised_the_war(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "army-disarray"


def test_asks_how_much_land_russia_took_and_hears_the_article_gives_no_territorial_details(answerer: Answerer) -> None:
    answer = answerer.answer("how much land has russia taken?")
    assert answer.entry_id == "territory" and "gain ground" in " ".join(answer.parts), answer.parts


def test_passes_on_a_wrong_count_in_spanish_and_hears_the_correction_with_the_quote_once(answerer: Answerer) -> None:
    answer = answerer.answer("Me reenviaron: 'un soldado ruso le contó a la BBC que 40 compañeros de su unidad dejaron "
                             "el ejército porque no les pagaron'. ¿es cierto?")
    text = " ".join(answer.parts)
    assert text.startswith("No, no es 40") and "del soldado" in text and "de el " not in text, text
    assert text.count("Éramos 14") == 1, text


@pytest.mark.parametrize(("message", "opening"), [
    ("un pana dice q la otan calcula 29.200 muertos rusos, es cierto?", "No: la cifra de 29.200 es de las autoridades"),
    ("скинули пост: «НАТО заявило что погибло 29200 российских военных». это так?", "Нет: цифра 29 200")])
def test_passes_on_ukraines_toll_put_on_nato_in_another_language_and_hears_whose_it_is(
        answerer: Answerer, message: str, opening: str) -> None:
    text = " ".join(answerer.answer(message).parts)
    assert text.startswith(opening), text


@pytest.mark.parametrize(("message", "opening"), [
    ("кажуть НАТО заявило що рускі солдати звільняються щодня, а в деяких батальйонах аж 70% написали рапорти. правда?",
     "Ні: цифра 70%"),
    ("Me reenviaron esto: 'Según la OTAN, en algunos batallones rusos ya dimitió el 70% de los soldados'. ¿Es cierto?",
     "No: la cifra de 70% es de las autoridades ucranianas")])
def test_passes_on_the_70_percent_put_on_nato_and_hears_it_is_ukraines_first(
        answerer: Answerer, message: str, opening: str) -> None:
    text = " ".join(answerer.answer(message).parts)
    assert text.startswith(opening), text


@pytest.mark.parametrize("message", ["скільки рускіх вже вбили в україні?", "чого рускі солдати взагалі звільняються?"])
def test_asks_in_ukrainian_slang_for_russians_and_is_understood(answerer: Answerer, message: str) -> None:
    read = answerer.matcher.read(message, "uk")
    assert "росія" in read.terms, read.terms


@pytest.mark.parametrize("messages", [
    ["recuerdo los videos de prisioneros rusos llamando a sus madres", "¿y qué admitían?"],
    ["vi q ucrania publicó videos de prisioneros rusos", "q confesaban en esos videos?"]])
def test_asks_in_spanish_what_the_captured_soldiers_admitted_and_hears_of_civilian_targets(
        answerer: Answerer, messages: list[str]) -> None:
    answer = converse(answerer, messages)[-1]
    assert answer.entry_id == "pow-videos" and "civiles" in " ".join(answer.parts), answer


def test_asks_in_ukrainian_what_is_left_for_putin_with_the_verb_last_and_hears_of_mobilization(
        answerer: Answerer) -> None:
    answer = answerer.answer("а шо путіну лишається, якщо солдати так і будуть відмовлятись?")
    assert answer.entry_id == "general-mobilization", answer


@pytest.mark.parametrize("message", ["а почему россия тогда не может просто насильно забрать людей в армию?",
                                     "почему по статье Россия не забирает людей в армию принудительно?",
                                     "чому росія не може просто силоміць призвати людей на цю війну?",
                                     "why isn't russia just drafting people by force then"])
def test_asks_why_russia_does_not_force_people_into_the_army_and_hears_no_war_was_declared(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "no-war-declared"


def test_asks_in_ukrainian_what_a_full_mobilization_would_have_done_and_hears_its_consequences(
        answerer: Answerer) -> None:
    answer = answerer.answer("Які наслідки для російського суспільства мала б повна мобілізація?")
    assert answer.entry_id == "mobilization-consequences", answer


def test_asks_in_russian_who_gave_cnn_the_interview_and_hears_of_the_anonymous_officer_not_the_journalists(
        answerer: Answerer) -> None:
    answer = answerer.answer("кто вообще давал интервью CNN? имя есть?")
    assert answer.entry_id in ("soldier-names", "cnn-anonymous"), answer


def test_asks_in_spanish_if_they_let_the_cnn_officer_go_and_hears_they_did(answerer: Answerer) -> None:
    text = render_plain(answerer.answer("Al final, ¿dejaron marchar al militar que habló con la CNN? "
                                        "¿Es igual de sencillo para todos?"), answerer.kb.messages)
    assert "lo dejaron ir" in text, text


@pytest.mark.parametrize("message", ["Чим йому пригрозили коли він подав на звільнення?",
                                     "офіцеру з CNN пригрозили, коли він звільнявся?"])
def test_asks_in_ukrainian_what_he_was_threatened_with_and_hears_of_the_criminal_case(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.lang == "uk" and "кримінальн" in answer.parts[0], answer.parts


@pytest.mark.parametrize(("message", "entry"), [
    ("¿qué dice el artículo sobre los muertos?", "casualties-overview"),
    ("¿qué cuenta el artículo acerca de la OTAN?", "casualties-nato"),
    ("¿qué dice el artículo sobre la movilización?", "general-mobilization"),
    ("що пише стаття про загиблих?", "casualties-overview")])
def test_asks_what_the_article_says_about_a_topic_verb_first_and_gets_that_topic_not_the_summary(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


@pytest.mark.parametrize("message", [
    "Como periodista, me interesa el estado general de las tropas rusas. ¿Qué señala el artículo al respecto?",
    "as a journalist, I'm interested in the general state of russian troops. what does the article say about it?",
    "меня интересует состояние армии. что пишут в статье?"])
def test_says_what_interests_them_then_asks_what_the_article_says_and_gets_that_topic(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "army-disarray"


@pytest.mark.parametrize("conversation", [["how many soldiers resign?", "is that legal?"],
                                          ["¿cuántos soldados renuncian?", "¿y eso es legal?"]])
def test_asks_if_it_is_legal_after_how_many_resign_and_hears_whether_resigning_is_legal(
        answerer: Answerer, conversation: list[str]) -> None:
    assert converse(answerer, conversation)[-1].entry_id == "legal-resign"


@pytest.mark.parametrize("message", ["если сын подаст рапорт, его точно отпустят?",
                                     "si mi hijo presenta la renuncia, ¿seguro que lo dejan ir?",
                                     "is a resignation always accepted?"])
def test_asks_whether_a_resignation_is_sure_to_be_accepted_and_hears_not_necessarily(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "superiors"


@pytest.mark.parametrize("message", ["правда что их обманом в украину завели?? кто это рассказывал",
                                     "какому изданию офицер рассказал, что их обманом завели на территорию Украины?",
                                     "правда що їх обманом в україну завели?"])
def test_asks_in_russian_whether_they_were_tricked_into_ukraine_in_any_word_order_and_hears_the_officers_account(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "cnn-deceived"


@pytest.mark.parametrize("message", ["офицер CNN чувствовал себя частью этого?",
                                     "офіцер CNN відчував що сам у цьому бере участь?"])
def test_asks_whether_the_officer_felt_part_of_it_and_gets_his_words_on_being_part_of_it(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "cnn-dirty-tired"


@pytest.mark.parametrize("message", ["контрабас может просто уволиться? или он дезертир?",
                                     "контрабас може просто звільнитися? чи він дезертир?"])
def test_asks_in_army_slang_whether_a_contract_soldier_may_quit_and_hears_the_rules(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id in ("legal-regulations", "legal-resign")


def test_asks_in_spanish_about_the_daily_allowance_and_hears_the_article_gives_no_amount(answerer: Answerer) -> None:
    answer = answerer.answer("¿de cuánto era la dieta diaria de un soldado ruso?")
    assert answer.entry_id == "pay-amount" and not answer.answered, answer.entry_id


def test_the_russian_slang_for_being_cheated_is_read_as_cheated_not_as_attacked(answerer: Answerer) -> None:
    assert answerer.answer("видео где солдаты говорят что их наипали, это что за видео?").entry_id == "cheated-video"


@pytest.mark.parametrize("message", ["який вихід у путіна, якщо людей забракне?",
                                     "какой выход у путина, если людей мало?"])
def test_asks_what_way_out_putin_has_and_hears_his_recourse_of_a_general_mobilization(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "general-mobilization"


@pytest.mark.parametrize(("message", "entry"), [
    ("чому росія не забирає людей примусово на війну?", "no-war-declared"),
    ("а путін може силою всіх погнати воювати?", "general-mobilization"),
])
def test_asks_in_ukrainian_about_taking_people_to_war_by_force_and_hears_of_mobilization(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


@pytest.mark.parametrize(("message", "entry"), [
    ("шо той військовий відчував коли заходив на укр землю?", "cnn-shame"),
    ("як люди в україні сприйняли росіян, за словами офіцера cnn?", "cnn-why-left"),
    ("їм в голову вбивали, що в україні нацисти?", "cnn-denazification"),
])
def test_asks_in_ukrainian_slang_about_the_officers_story_and_gets_the_part_it_means(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


@pytest.mark.parametrize("message", ["¿a rusia la guerra le empezó mal?", "¿la guerra empezó bien para rusia?",
                                     "у россии всё гладко шло в начале войны?"])
def test_asks_how_the_war_started_for_russia_and_hears_of_its_disastrous_start_not_a_date(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "army-disarray"


def test_asks_in_russian_whether_they_quit_every_single_day_and_hears_ukraines_claim(answerer: Answerer) -> None:
    answer = answerer.answer("русские правда увольняются каждый божий день?")
    assert answer.entry_id == "ukraine-daily-resignations", answer.parts


def test_asks_in_russian_about_the_videos_ukraine_posted_and_hears_of_the_prisoners_not_who_filmed_a_clip(
        answerer: Answerer) -> None:
    answer = answerer.answer("в чём пленные признавались на видео, которые украина выложила?")
    assert answer.entry_id == "pow-videos", answer.parts


def test_asks_in_russian_what_a_general_mobilization_means_with_the_everyday_word_and_gets_the_articles_account(
        answerer: Answerer) -> None:
    answer = answerer.answer("что в статье значит общая мобилизация?")
    assert answer.entry_id == "general-mobilization", answer.parts


def test_asks_in_russian_two_questions_one_sentence_answers_and_hears_that_sentence_once(answerer: Answerer) -> None:
    answer = answerer.answer("им про денацификацию что-то говорили? и вообще объясняли зачем их туда везут?")
    text = render_plain(answer, answerer.kb.messages)
    assert text.count("толком не объяснив зачем") == 1 and not text.startswith("Что статья сообщает")


def test_asks_in_russian_how_the_officer_was_when_they_were_beaten_hard_and_hears_of_his_shock(
        answerer: Answerer) -> None:
    assert answerer.answer("что с ним было первое время, когда их начали бить по полной?").entry_id == "cnn-shock"


@pytest.mark.parametrize("question", ["що відчував офіцер, коли вони перейшли кордон?",
                                      "что чувствовал офицер, когда они перешли границу?"])
def test_asks_how_the_officer_felt_crossing_the_border_and_hears_of_his_shame_at_invading(
        answerer: Answerer, question: str) -> None:
    assert answerer.answer(question).entry_id == "cnn-shame"


def test_asks_in_ukrainian_what_the_cnn_officer_said_then_a_question_and_gets_his_answer_to_it_alone(
        answerer: Answerer) -> None:
    answer = answerer.answer("шо казав офіцер з CNN, вони хоч розуміли навіщо їх туди відправили?")
    assert answer.entry_id == "cnn-what-are-we-doing" and not render_plain(answer, answerer.kb.messages).startswith(
        "Що стаття повідомляє")


def test_asks_in_russian_slang_how_the_officer_took_being_hit_hard_and_hears_of_his_shock(answerer: Answerer) -> None:
    answer = answerer.answer("офицер cnn, что с ним было когда украинцы начали лупить по ним?")
    assert answer.entry_id == "cnn-shock", answer.parts


@pytest.mark.parametrize("messages", [
    ["офицер из cnn", "а чё он чувствовал когда они на украинскую землю зашли?"],
    ["офіцер з cnn", "а що він відчував коли вони на українську землю зайшли?"],
])
def test_asks_after_the_officer_how_he_felt_entering_ukraine_with_the_verb_last_and_hears_of_his_shame(
        answerer: Answerer, messages: list[str]) -> None:
    assert converse(answerer, messages)[-1].entry_id == "cnn-shame"


@pytest.mark.parametrize("messages", [
    ["в каком состоянии был офицер CNN, когда украинцы начали бить сильнее?", "и как долго он так был?"],
    ["в якому стані був офіцер CNN, коли українці почали сильніше бити?", "і як довго він так був?"],
    ["в каком состоянии был офицер CNN, когда украинцы начали бить сильнее?", "и сколько он так был?"],
    ["скільки він був в шоці після того як почались бої?"],
])
def test_asks_how_long_the_officer_was_in_that_state_and_hears_of_his_first_week_not_another_of_his_stories(
        answerer: Answerer, messages: list[str]) -> None:
    assert converse(answerer, messages)[-1].entry_id == "cnn-shock"


@pytest.mark.parametrize("message", [
    "como se llama la mujer que cita el articulo?",
    "как зовут женщину, которую цитирует статья?",
    "як звати жінку, яку цитує стаття?",
    "hay alguna organizacion rusa que hable de las renuncias de los soldados?",
    "чи є російська організація, яка говорить про звільнення?",
])
def test_asks_in_their_language_for_the_woman_or_the_russian_group_the_article_quotes_and_hears_of_menlikova(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "mothers-committee"


def test_asks_in_ukrainian_with_the_russian_word_for_leaving_why_the_officer_left_and_hears_his_reason(
        answerer: Answerer) -> None:
    answer = answerer.answer("чого той солдат з CNN рішив уйти з армії зрештою?")
    assert answer.entry_id == "cnn-why-left", answer.parts


@pytest.mark.parametrize(("message", "entry"), [
    ("de q unidad o batallon eran los 14?", "unit-names"),
    ("en q fecha decreto putin la movilizacion al final?", "mobilization-later"),
])
def test_asks_in_spanish_chat_spelling_for_a_detail_the_article_never_gives_and_hears_it_does_not(
        answerer: Answerer, message: str, entry: str) -> None:
    assert answerer.answer(message).entry_id == entry


@pytest.mark.parametrize("message", [
    "¿cómo describió el militar de la CNN su estado en los primeros días de combate?",
    "¿cómo describió el soldado ruso su estado la primera semana de combates?",
])
def test_asks_in_spanish_how_the_officer_was_in_his_first_days_of_combat_and_hears_of_his_shock(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "cnn-shock"


def test_asks_in_spanish_for_the_officers_quote_on_people_dying_and_gets_his_words_not_the_list_of_sources(
        answerer: Answerer) -> None:
    answer = answerer.answer("dame la cita del militar de CNN sobre la gente muriendo")
    assert answer.entry_id == "cnn-dirty-tired", answer.parts


@pytest.mark.parametrize("message", ["jajaja gracias tio, oye y tu como te llamas? de donde eres?",
                                     "where are you from?", "ахах спасибо, а ты откуда вообще?", "звідки ти?"])
def test_asks_the_bot_its_name_or_where_it_is_from_in_chat_words_and_hears_what_the_bot_is(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.kind == "small_talk" and answer.entry_id is None, answer
    assert answer.parts[0] == answerer.kb.messages.text("talk-identity", answer.lang), answer


@pytest.mark.parametrize(("message", "said"), [("jaja gracias crack, buenas noches", "talk-thanks"),
                                                ("thanks bro, good night", "talk-bye")])
def test_thanks_with_a_goodnight_is_thanked_or_seen_off_not_greeted(answerer: Answerer, message: str,
                                                                      said: str) -> None:
    answer = answerer.answer(message)
    assert answer.parts[0] == answerer.kb.messages.text(said, answer.lang), answer


def test_asks_in_russian_what_the_cnn_officer_said_of_what_was_around_them_and_hears_people_were_dying(
        answerer: Answerer) -> None:
    answer = answerer.answer("что офицер CNN говорил про то, что было вокруг?")
    assert (answer.entry_id, answer.lang) == ("cnn-dirty-tired", "ru"), answer


@pytest.mark.parametrize("message", ["rossiya skolko priznaet pogibshih? официально",
                                     "skilky zagynulo за даними НАТО?"])
def test_a_russian_or_ukrainian_message_typed_partly_in_latin_letters_is_read_whole(answerer: Answerer,
                                                                                    message: str) -> None:
    answer = answerer.answer(message)
    assert answer.answered and answer.entry_id in ("casualties-russia", "casualties-nato"), answer


@pytest.mark.parametrize("message", ["че они вообще отказываются то? зассали чтоли", "почему они отказываются?"])
def test_asks_in_russian_why_they_refuse_without_saying_to_fight_and_hears_why_they_quit(answerer: Answerer,
                                                                                         message: str) -> None:
    answer = answerer.answer(message)
    assert (answer.entry_id, answer.lang) == ("why-resign", "ru"), answer


@pytest.mark.parametrize("message", ["то Путін таки оголосив загальну мобілізацію? коли?",
                                     "¿entonces Putin decretó la movilización general? ¿cuándo?"])
def test_asks_when_putin_declared_general_mobilization_and_hears_it_came_after_the_article(answerer: Answerer,
                                                                                          message: str) -> None:
    answer = answerer.answer(message)
    assert (answer.entry_id, answer.answered) == ("mobilization-later", False), answer


def test_asks_in_ukrainian_slang_how_many_zsu_soldiers_died_and_hears_the_article_gives_no_ukrainian_toll(
        answerer: Answerer) -> None:
    answer = answerer.answer("скільки ЗСУшників загинуло за цей час?")
    assert (answer.entry_id, answer.answered, answer.lang) == ("ukrainian-losses", False, "uk"), answer


def test_asks_in_russian_after_a_preface_what_term_refusing_to_fight_gets_and_hears_no_yes(answerer: Answerer) -> None:
    answer = answerer.answer("сын контрактник, какой срок по УК реально дают за отказ воевать? сколько лет?")
    text = render_plain(answer, answerer.kb.messages)
    assert not answer.answered and not text.startswith("Да"), text


def test_asks_in_surzhyk_whether_putin_declared_mobilization_in_the_end_and_hears_it_came_after_the_article(
        answerer: Answerer) -> None:
    answer = answerer.answer("то путін в итогі оголосив загальну мобілізацію чи як?")
    assert (answer.entry_id, answer.answered, answer.lang) == ("mobilization-later", False, "uk"), answer


@pytest.mark.parametrize(("context", "message"), [("того офицера из CNN отпустили?", "а как его зовут?"),
                                                  ("¿al oficial de la CNN lo dejaron ir?", "¿y cómo se llama?")])
def test_asks_his_name_after_hearing_the_cnn_officer_was_let_go_and_hears_no_soldier_is_named(
        answerer: Answerer, context: str, message: str) -> None:
    answer = converse(answerer, [context, message])[-1]
    assert (answer.entry_id, answer.answered) == ("soldier-names", False), answer


@pytest.mark.parametrize("message", ["а скільки він ходив у шоці після обстрілів?", "офіцер CNN був у шоке?"])
def test_asks_in_surzhyk_how_long_the_cnn_officer_walked_around_in_shock_and_hears_about_the_first_week(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert (answer.entry_id, answer.lang) == ("cnn-shock", "uk"), answer


@pytest.mark.parametrize("message", ["¿es verdad que en algunos batallones rusos el 90% renunció en masa?",
                                     "el 80% de los batallones desertaron en masa, ¿cierto?"])
def test_hears_in_spanish_that_most_of_some_battalions_quit_en_masse_and_gets_the_article_s_70_percent(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    text = render_plain(answer, answerer.kb.messages)
    assert answer.entry_id == "ukraine-70-percent" and "70%" in text, text


@pytest.mark.parametrize(("context", "message"), [("сколько погибших по версии украины?", "у нато больше или меньше?"),
                                                  ("сколько погибших по версии украины?", "нато? меньше или больше?")])
def test_asks_in_russian_whether_nato_s_figure_is_more_or_less_and_hears_how_it_compares(
        answerer: Answerer, context: str, message: str) -> None:
    answer = converse(answerer, [context, message])[-1]
    text = render_plain(answer, answerer.kb.messages)
    assert answer.entry_id == "casualties-nato" and "меньше 29 200" in text, text


@pytest.mark.parametrize("message", [
    "Переслано из канала: «бойцы целым подразделением подали рапорты, 14 человек, когда им не выплатили "
    "боевые». это есть в статье?",
    "Переслано з каналу: 'Ціла рота окупантів, 14 людей, кинула зброю бо їм не заплатили бойові, пише "
    "Reuters'. це правда?",
    "Reenvío: «una unidad entera, 14 soldados, renunció porque no les pagaron los extras». ¿Es cierto?"])
def test_a_post_on_a_whole_unit_of_14_quitting_unpaid_gets_the_reuters_soldier_s_14_not_the_unnamed_units(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    text = render_plain(answer, answerer.kb.messages)
    assert answer.entry_id == "reuters-fourteen" and "14" in text and "Reuters" in text, text


@pytest.mark.parametrize("message", ["что обещали тем 14 ребятам перед отправкой и что по факту получили?",
                                     "что им по сути пообещали перед отправкой и что по факту дали?",
                                     "шо їм обіцяли перед відправкою і шо по факту дали?"])
def test_asks_what_the_14_were_promised_and_actually_got_and_hears_the_reuters_soldier_not_the_article_s_sources(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    text = render_plain(answer, answerer.kb.messages)
    assert answer.entry_id == "reuters-promises" and "Reuters" in text and "\n•" not in text, text


@pytest.mark.parametrize("message", ["cuantos soldados rusos estan presos en ucrania ahora mismo?",
                                     "¿cuántos militares rusos hay presos en manos de Ucrania?"])
def test_asks_in_spanish_how_many_russians_are_held_prisoner_in_ukraine_and_hears_the_article_gives_no_count(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert (answer.entry_id, answer.answered, answer.lang) == ("pow-count", False, "es"), answer


@pytest.mark.parametrize(("message", "entry_id"), [("чо офіцер з CNN в итозі вирішив піти з армії?", "cnn-why-left"),
                                                   ("путін в ітозі оголосив мобілізацію?", "mobilization-later")])
def test_asks_in_surzhyk_what_happened_in_the_end_and_hears_the_story_not_a_did_you_mean(
        answerer: Answerer, message: str, entry_id: str) -> None:
    answer = answerer.answer(message)
    assert (answer.entry_id, answer.lang) == (entry_id, "uk"), answer


@pytest.mark.parametrize("message", ["прівєт, ти хто?", "прівет) хто ти такий?", "превед! ты кто такой?"])
def test_greets_in_surzhyk_or_slang_and_asks_who_the_bot_is_and_hears_what_the_bot_is(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.kind == "small_talk" and answer.entry_id is None, answer
    assert answer.parts[0] == answerer.kb.messages.text("talk-identity", answer.lang), answer


@pytest.mark.parametrize("message", ["а начальство эти рапорты вообще принимает? что с ними потом",
                                     "командиры вообще принимают рапорты? или что с ними делают",
                                     "кому віддавати рапорт і що як командир не захоче його приймати?"])
def test_asks_in_the_imperfective_whether_commanders_accept_resignations_and_hears_it_depends_on_their_good_will(
        answerer: Answerer, message: str) -> None:
    assert answerer.answer(message).entry_id == "superiors"


@pytest.mark.parametrize(("context", "message"), [
    ("украина говорит, что в некоторых батальонах уволились 70%?", "а этому вообще можно верить?"),
    ("правда що в деяких батальйонах звільнилося 70%?", "а цим цифрам можна вірити?")])
def test_asks_if_the_claim_just_answered_can_be_trusted_in_the_oblique_case_and_hears_whose_claim_it_is(
        answerer: Answerer, context: str, message: str) -> None:
    answer = converse(answerer, [context, message])[-1]
    assert answer.entry_id == "ukraine-70-percent", answer.parts


def test_forwards_a_post_and_asks_in_ukrainian_what_of_it_is_true_and_hears_each_claim_checked(
        answerer: Answerer) -> None:
    answer = answerer.answer("Скинули таке: «Русня масово тікає з фронту, 70% армії вже написали рапорти, Путін "
                             "оголосив загальну мобілізацію». Що з цього правда, а що ні?")
    assert answer.entry_id != "propaganda-reliability" and len(answer.parts) >= 4, answer.parts


def test_forwards_a_post_whose_dash_means_are_and_hears_that_those_who_resign_are_not_deserters(
        answerer: Answerer) -> None:
    answer = answerer.answer("Из канала: все кто уволился из армии - дезертиры, им светит 10 лет!!! "
                             "А еще Россия уже объявила войну. Это правда?")
    assert answer.entry_id == "legal-regulations" or any("не дезертир" in p for p in answer.parts), answer.parts


@pytest.mark.parametrize(("context", "message"), [
    ("el oficial de cnn q sintio cuando lo atacaban?", "y en aquel tiempo pensaba en algo o q?"),
    ("qué sintió el oficial de la cnn con los ataques ucranianos?", "y durante ese tiempo en qué pensaba?")])
def test_asks_in_spanish_what_he_thought_during_that_time_and_hears_of_his_shock_not_the_weather(
        answerer: Answerer, context: str, message: str) -> None:
    answer = converse(answerer, [context, message])[-1]
    assert answer.entry_id == "cnn-shock", answer.parts


@pytest.mark.parametrize("message", ["привітики! ти хто такий?", "приветики, ты кто вообще такой?",
                                     "who even are you?"])
def test_greets_in_diminutive_chat_words_and_asks_who_the_bot_is_and_hears_what_the_bot_is(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.kind == "small_talk" and answer.entry_id is None, answer
    assert answer.parts[0] == answerer.kb.messages.text("talk-identity", answer.lang), answer


@pytest.mark.parametrize("message", ["а что грозит тем, кто бросает армию?", "а шо грозить солдату, який кидає армію?"])
def test_asks_in_everyday_words_what_awaits_one_who_ditches_the_army_and_hears_of_the_consequences(
        answerer: Answerer, message: str) -> None:
    answer = answerer.answer(message)
    assert answer.entry_id in ("intro-homeland", "legal-resign"), answer.parts


def test_asks_in_ukrainian_what_awaits_a_contract_soldier_who_quits_and_the_reply_opens_on_the_article_s_words(
        answerer: Answerer) -> None:
    answer = answerer.answer("а що грозить контрактнику, який кидає службу?")
    assert answer.entry_id == "legal-resign" and answer.parts[0].startswith("За словами статті:"), answer.parts


@pytest.mark.parametrize("messages", [
    ("в чём подвох с увольнением из армии?",),
    ("чи може рос контрактник легально звільнитися з армії?", "ну а чого тоді не всі так роблять, де підвох?"),
])
def test_asks_what_the_catch_is_in_quitting_and_hears_that_a_superior_may_bin_the_letter(
        answerer: Answerer, messages: tuple[str, ...]) -> None:
    answer = converse(answerer, messages)[-1]
    assert answer.entry_id == "superiors", answer.parts


def test_asks_in_ukrainian_whether_the_cnn_officer_was_warned_a_war_was_coming_and_hears_of_his_story(
        answerer: Answerer) -> None:
    messages = ["розкажи про офіцера, який говорив із cnn", "а його хоч попередили, що буде війна?"]
    answer = converse(answerer, messages)[-1]
    assert answer.entry_id in ("cnn-denazification", "cnn-deceived", "didnt-know-war"), answer.parts


def test_asks_in_spanish_why_the_article_says_there_are_no_forced_conscripts_and_hears_no_war_was_declared(
        answerer: Answerer) -> None:
    answer = answerer.answer("oye por qué dice el artículo que no hay reclutas forzosos rusos en ucrania")
    assert answer.entry_id == "no-war-declared", answer.parts


@pytest.mark.parametrize("question", ["сколько американцев погибло во вьетнаме?",
                                      "скільки солдатів загинуло в другій світовій?",
                                      "cuántos soldados estadounidenses murieron en irak"])
def test_asks_the_death_toll_of_another_war_in_each_language_and_hears_the_article_has_none(
        answerer: Answerer, question: str) -> None:
    answer = answerer.answer(question)
    assert not answer.answered and answer.entry_id == "earlier-wars", answer.parts


@pytest.mark.parametrize("question", ["did the cnn officer go in through belarus?",
                                      "tio, el oficial que hablo con la CNN entro a ucrania desde bielorrusia no?"])
def test_asks_whether_the_cnn_officer_came_through_belarus_and_hears_his_route_then_that_belarus_is_not_mentioned(
        answerer: Answerer, question: str) -> None:
    answer = answerer.answer(question)
    assert answer.answered and answer.entry_id == "cnn-deceived", answer.parts


def test_asks_in_russian_whether_the_mothers_know_how_many_refused_and_hears_many_but_no_exact_number(
        answerer: Answerer) -> None:
    answer = answerer.answer("а солдатские матери знают сколько точно ребят отказалось?")
    assert answer.entry_id == "mothers-committee", answer.parts


def test_asks_in_spanish_chat_spelling_why_soldiers_dont_kieren_fight_and_hears_the_articles_reasons(
        answerer: Answerer) -> None:
    answer = answerer.answer("por q algunos soldados rusos no kieren pelear en ucrania??")
    assert answer.entry_id == "why-resign", answer.parts


def test_forwards_a_russian_post_that_every_soldier_is_paid_his_combat_pay_and_hears_of_the_reuters_promises(
        answerer: Answerer) -> None:
    answer = answerer.answer("Переслано из канала: «Всем участникам СВО исправно выплачивают все боевые и награждают "
                             "медалями, жалоб нет». Это правда? в статье что-то есть?")
    assert answer.entry_id == "reuters-promises", answer.parts


def test_asks_in_ukrainian_why_russia_has_no_forced_conscription_and_hears_no_war_was_declared(
        answerer: Answerer) -> None:
    answer = answerer.answer("чому в росії нема примусового призову на цю війну? ну типу як мобілізація")
    assert answer.entry_id == "no-war-declared", answer.parts


@pytest.mark.parametrize(("question", "entry"), [
    ("почему рос. солдаты отказываются воевать в украине? какие причины называют", "why-resign"),
    ("тобто рос. солдат може легально звільнитись? це не дезертирство?", "legal-resign"),
])
def test_writes_russian_shortened_with_a_period_and_hears_the_whole_question_answered(
        answerer: Answerer, question: str, entry: str) -> None:
    answer = answerer.answer(question)
    assert answer.entry_id == entry, answer.parts


def test_asks_in_spanish_whether_russians_can_resign_from_the_army_and_hears_that_it_is_legal(
        answerer: Answerer) -> None:
    answer = answerer.answer("¿los rusos pueden renunciar al ejército?")
    assert answer.entry_id == "legal-resign" and answer.parts[0].startswith("Sí"), answer.parts


def test_opens_in_spanish_with_whose_account_it_wants_and_hears_only_the_answer_after_it(
        answerer: Answerer) -> None:
    answer = answerer.answer("Según el soldado que habló con Reuters, ¿qué les habían prometido antes de partir?")
    assert answer.entry_id == "reuters-promises" and len(answer.parts) == 1, answer.parts


@pytest.mark.parametrize("question", [
    "Хто стверджує, що російські військові звільняються щодня?",
    "Кто утверждает, что российские военные увольняются ежедневно?",
])
def test_asks_who_claims_that_russian_soldiers_resign_daily_and_hears_ukraines_claim_not_russias_silence(
        answerer: Answerer, question: str) -> None:
    answer = answerer.answer(question)
    assert answer.entry_id == "ukraine-daily-resignations", answer.parts


def test_asks_in_russian_whether_the_cnn_officer_quit_then_why_he_left_and_hears_his_reason(
        answerer: Answerer) -> None:
    answer = converse(answerer, ["офицер из интервью CNN уволился из армии?", "почему он ушёл?"])[-1]
    assert answer.entry_id == "cnn-why-left", answer.parts


def test_asks_in_russian_who_interviewed_the_officer_and_hears_cnn(answerer: Answerer) -> None:
    answer = answerer.answer("откуда вообще история про этого офицера, кто его интервьюировал? источник")
    assert answer.answered and "CNN" in answer.parts[0], answer.parts


def test_asks_in_spanish_whether_the_cnn_officer_was_given_trouble_when_he_quit_and_hears_the_criminal_case(
        answerer: Answerer) -> None:
    answer = converse(answerer, ["¿Un soldado ruso profesional puede renunciar legalmente?",
                                 "¿y al que habló con CNN le pusieron problemas cuando lo hizo?"])[-1]
    assert answer.answered and "penal" in answer.parts[0], answer.parts


def test_asks_in_spanish_what_they_were_promised_and_what_they_did_when_it_failed_and_hears_both(
        answerer: Answerer) -> None:
    answer = answerer.answer("Dos preguntas: ¿qué les prometieron a esos soldados antes de mandarlos? "
                             "¿Y qué hicieron cuando vieron que no se cumplía?")
    assert "14" in " ".join(answer.parts) and "medallas" in " ".join(answer.parts), answer.parts


def test_greets_in_spanish_then_asks_per_cnn_where_the_officer_was_sent_and_hears_crimea(answerer: Answerer) -> None:
    answer = answerer.answer("Buenas tardes. Según el testimonio recogido por CNN, ¿a qué lugar fue enviado "
                             "inicialmente el oficial ruso?")
    assert answer.entry_id == "cnn-deceived" and "Crimea" in answer.parts[0], answer.parts
