"""A person uses the bot in Telegram: every reply goes through python-telegram-bot's real HTTP stack."""

from __future__ import annotations

from tests.e2e.harness import BotProcess, Chat, buttons, text_of
from tests.fakegram.client import UserClient
from tests.fakegram.html_entities import parse_telegram_html


def test_start_welcomes_and_offers_three_example_questions(chat: Chat) -> None:
    [reply] = chat.say("/start")
    assert "answer only from the article" in text_of([reply])
    assert len(buttons(reply)) == 4  # three example questions and the language menu


def test_a_deep_link_opens_its_topic(chat: Chat) -> None:
    reply = chat.say("/start casualties")
    assert "29,200" in text_of(reply) and "nato" in text_of(reply)


def test_asks_about_casualties_and_opens_the_sources(chat: Chat) -> None:
    reply = chat.say("how many russian soldiers were killed in ukraine")  # "in Ukraine" is where, not whose
    text = text_of(reply)
    assert all(f in text for f in ("29,200", "7,000", "15,000", "1,351", "deutsche welle", "⚠️"))
    assert not text.startswith("the article doesn't say")
    sources = next(data for label, data in buttons(reply[-1]) if "Sources" in label)
    quotes = chat.press(reply[-1]["message_id"], sources)
    assert "nato lowers that figure to between 7,000 and 15,000" in text_of(quotes)
    assert "slide" in text_of(quotes)


def test_who_said_that_names_who_said_it(chat: Chat) -> None:
    chat.say("were they told about the denazification?")
    assert "cnn" in text_of(chat.say("who said that?"))


def test_a_did_you_mean_choice_answers_the_chosen_entry(chat: Chat) -> None:
    reply = chat.say("numbers")  # one word that fits several topics: the bot asks instead of guessing
    assert "did you mean" in text_of(reply)
    choices = buttons(reply[-1])
    assert ("None of these", "n") in choices
    label, data = choices[0]
    answer = chat.press(reply[-1]["message_id"], data)
    assert text_of(answer) and "did you mean" not in text_of(answer)
    assert label.casefold() in text_of(chat.say("source?"))  # the chosen entry is now the conversation's subject


def test_an_off_topic_question_gets_an_honest_no_and_topics(chat: Chat) -> None:
    reply = chat.say("what's the best pizza in naples?")
    assert "the article doesn't say" in text_of(reply)
    assert buttons(reply[-1])


def test_figures_and_sources_commands(chat: Chat) -> None:
    figures = text_of(chat.say("/figures"))
    assert all(f in figures for f in ("29,200", "7,000–15,000", "1,351", "ukraine", "nato", "russia"))
    sources = text_of(chat.say("/sources"))
    assert all(s in sources for s in ("cnn", "reuters", "deutsche welle", "soldiers' mothers", "news outlet"))


def test_inline_query_returns_honest_cards(bot: BotProcess, client: UserClient) -> None:
    query_id = client.inline("casualties")
    answer = _wait(lambda: client.inline_answer(query_id))
    results = answer["results"]
    assert 0 < len(results) <= 50 and len({r["id"] for r in results}) == len(results)
    card = results[0]["input_message_content"]["message_text"]
    assert "as reported in the article" in parse_telegram_html(card).casefold()


def test_in_a_group_the_bot_answers_mentions_and_replies_but_not_chatter(chat: Chat, client: UserClient) -> None:
    group = Chat(client, chat_type="group", user_id=chat.user_id)
    count = len(group.log())
    client.send("lol did you see the game", chat_id=group.chat_id, user_id=group.user_id, chat_type="group")
    assert group.silence(count)
    reply = group.say("@article_fact_bot how many russian soldiers died?")
    assert "29,200" in text_of(reply)
    follow = group.say("and nato?", reply_to_message_id=reply[0]["message_id"])
    assert "7,000" in text_of(follow)


def test_other_bots_are_ignored(chat: Chat, client: UserClient) -> None:
    count = len(chat.log())
    client.send("how many died", chat_id=chat.chat_id, user_id=chat.user_id, is_bot=True)
    assert chat.silence(count)


def test_a_sticker_gets_a_short_note(chat: Chat) -> None:
    assert "only read text" in text_of(chat.send_media("sticker"))


def test_a_5000_character_message_gets_one_valid_reply(chat: Chat) -> None:
    reply = chat.say("how many soldiers died " * 220)
    assert reply and all(len(e["plain_text"]) <= 4096 for e in reply)


def test_markup_in_a_question_is_never_rendered(chat: Chat) -> None:
    reply = chat.say("<b>how</b> many & died <script>&amp; <i>")
    for entry in reply:
        parse_telegram_html(entry["text"])
    assert "<b>how" not in "".join(e["text"] for e in reply)


def test_an_edited_question_edits_its_answer(chat: Chat, client: UserClient) -> None:
    message = client.send("how many died according to nato", chat_id=chat.chat_id, user_id=chat.user_id)
    chat.settle(0)
    count = len(chat.log())
    client.edit(message["message_id"], "what does russia say about its dead", chat_id=chat.chat_id)
    edited = chat.settle(count)
    assert edited[0]["method"] == "editMessageText" and "1,351" in text_of(edited)


def _wait(read, timeout: float = 10.0):  # type: ignore[no-untyped-def]
    import time

    deadline = time.monotonic() + timeout
    while True:
        try:
            return read()
        except AssertionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def test_odd_start_payloads_get_the_welcome(chat: Chat) -> None:
    for payload in ("<b>&", "x" * 300, "../../etc/passwd", "casualties%00"):
        reply = chat.say(f"/start {payload}")
        assert "answer only from the article" in text_of(reply) or "29,200" in text_of(reply)


def test_forged_button_data_gets_a_short_notice_and_nothing_else(chat: Chat, client: UserClient) -> None:
    reply = chat.say("how many russian soldiers died")[-1]
    count = len(chat.log())
    for data in ("a:no-such-entry", "v:casualties-overview:maybe", "zz", "s:" + "x" * 60):
        query = client.press(reply["message_id"], data, chat_id=chat.chat_id, user_id=chat.user_id, force=True)
        answers = _wait(lambda q=query: client.callback_answers(q) or _missing())  # type: ignore[misc]
        assert "out of date" in str(answers[0].get("text"))
    assert chat.silence(count, wait=0.5)


def _missing() -> None:
    raise AssertionError("no callback answer yet")


def test_a_quick_follow_up_is_answered_after_its_question(chat: Chat, client: UserClient) -> None:
    client.send("how many russians died according to nato", chat_id=chat.chat_id, user_id=chat.user_id)
    client.send("source?", chat_id=chat.chat_id, user_id=chat.user_id)
    replies = chat.settle(0)
    assert len(replies) == 2
    assert "7,000" in text_of(replies[:1]) and "nato lowers that figure" in text_of(replies[1:])


def test_a_russian_question_gets_a_russian_answer_with_english_quotes_and_a_russian_translation(chat: Chat) -> None:
    reply = chat.say("сколько российских солдат погибло?")
    text = text_of(reply)
    assert "нато" in text and "украин" in text and any(n in text.replace("\u00a0", " ") for n in ("29 200", "29200"))
    label, data = next((label, data) for label, data in buttons(reply[-1]) if data.startswith("s:"))
    assert "источник" in label.casefold()
    quotes = text_of(chat.press(reply[-1]["message_id"], data))
    assert "nato lowers that figure to between 7,000 and 15,000" in quotes  # the article's English, verbatim
    assert "перевод" in quotes  # and under it, marked, the Russian translation
    assert "нато" in quotes


def test_the_language_menu_is_remembered_for_the_chat(chat: Chat) -> None:
    menu = chat.say("/language")[-1]
    spanish = next(data for label, data in buttons(menu) if "Español" in label)
    assert "español" in text_of(chat.press(menu["message_id"], spanish))
    help_text = text_of(chat.say("/help"))
    assert "cómo usarme" in help_text and "pregunta con tus propias palabras" in help_text
