"""The fake Bot API server, driven by a python-telegram-bot Bot set up as the bot's is, and its HTML parser."""

# mypy: disable-error-code="union-attr"

from __future__ import annotations

import asyncio
import html
import struct
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
import pytest
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram import InlineQueryResultArticle as Article
from telegram import InputTextMessageContent as Content
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken
from telegram.ext import Defaults, ExtBot

from tests.fakegram import FakeTelegramThread, UserClient, parse_html_entities, parse_telegram_html

TOKEN = "123456:" + "A" * 35
T = TypeVar("T")
KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("More", callback_data="more:1")]])


def with_bot(fake: FakeTelegramThread, action: Callable[[Bot], Awaitable[T]]) -> T:
    """Run ``action`` with the bot's Defaults: HTML and no link previews for every message."""
    defaults = Defaults(parse_mode="HTML", link_preview_options=LinkPreviewOptions(is_disabled=True))

    async def main() -> T:
        async with ExtBot(TOKEN, base_url=fake.base_url, defaults=defaults) as bot:
            return await action(bot)

    return asyncio.run(main())


def png(width: int = 2, height: int = 3) -> bytes:
    """The start of a PNG file: all the fake reads (its size, from the IHDR chunk)."""
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I4sII", 13, b"IHDR", width, height)


# --- Bot API methods through PTB ----------------------------------------------------------


def test_get_me_commands_and_webhook(fake: FakeTelegramThread) -> None:
    async def action(bot: Bot) -> None:
        me = await bot.get_me()
        assert me.id == 123456 and me.username == "article_fact_bot" and not me.can_read_all_group_messages
        assert await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("help", "Help")])
        with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
            await bot.set_my_commands([BotCommand("Bad Command", "x")])
        assert await bot.set_webhook("https://bot.example.org/telegram")
        with pytest.raises(Conflict):
            await bot.get_updates()
        assert await bot.delete_webhook()
        assert await bot.get_updates() == ()

    with_bot(fake, action)


def test_send_html_with_keyboard_then_edit(fake: FakeTelegramThread, user: UserClient) -> None:
    text = '<b>Bold</b> <a href="https://example.org">link</a> 😀 <i>end</i> ' + html.escape("& 'q'")

    async def action(bot: Bot) -> None:
        sent = await bot.send_message(1001, text, reply_markup=KEYBOARD)
        assert sent.text == "Bold link 😀 end & 'q'" and sent.reply_markup == KEYBOARD and sent.message_id == 2
        assert [(e.type, e.offset, e.length) for e in sent.entities] == [
            ("bold", 0, 4), ("text_link", 5, 4), ("italic", 13, 3)]  # the emoji counts 2 UTF-16 units
        edited = await bot.edit_message_text("v2", 1001, sent.message_id, reply_markup=KEYBOARD)
        assert edited.text == "v2" and edited.edit_date is not None
        with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
            await bot.edit_message_text("v2", 1001, sent.message_id, reply_markup=KEYBOARD)
        assert (await bot.edit_message_text("v2", 1001, sent.message_id)).reply_markup is None  # a change
        with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
            await bot.edit_message_text("x", 1001, 999)
        with pytest.raises(BadRequest, match=r"(?i)message can't be edited"):
            await bot.edit_message_text("x", 1001, 1)  # the user's own message

    with_bot(fake, action)
    log, sent_text = user.sent(), "Bold link 😀 end & 'q'"
    assert [e["method"] for e in log] == ["sendMessage", "editMessageText", "editMessageText"]
    assert log[0]["text"] == text and log[0]["parse_mode"] == "HTML" and log[0]["plain_text"] == sent_text
    assert log[0]["reply_markup"] == {"inline_keyboard": [[{"text": "More", "callback_data": "more:1"}]]}


def test_send_photo_upload_then_by_file_id(fake: FakeTelegramThread, user: UserClient) -> None:
    async def action(bot: Bot) -> tuple[Any, Any]:
        first = await bot.send_photo(1001, png(640, 480), caption="<i>chart</i>")
        return first, await bot.send_photo(1001, first.photo[-1].file_id)

    first, again = with_bot(fake, action)
    assert [(p.width, p.height) for p in first.photo] == [(90, 68), (320, 240), (640, 480)]
    assert first.caption == "chart" and first.caption_entities[0].type == "italic"
    assert [e["photo"] for e in user.sent()] == [first.photo[-1].file_id] * 2 == [again.photo[-1].file_id] * 2
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier"):
        with_bot(fake, lambda bot: bot.send_photo(1001, "no-such-file-id"))
    with pytest.raises(BadRequest, match=r"(?i)image_process_failed"):
        with_bot(fake, lambda bot: bot.send_photo(1001, b"not an image"))


def test_answer_inline_query_limits(fake: FakeTelegramThread, user: UserClient) -> None:
    query_id = user.inline("casualties")

    def results(count: int, same_id: bool = False) -> list[Article]:
        return [Article("x" if same_id else str(n), f"t{n}", Content("<b>fact</b>")) for n in range(count)]

    async def action(bot: Bot) -> None:
        with pytest.raises(BadRequest, match=r"(?i)results_too_much"):
            await bot.answer_inline_query(query_id, results(51))
        with pytest.raises(BadRequest, match=r"(?i)result_id_duplicate"):
            await bot.answer_inline_query(query_id, results(2, same_id=True))
        assert await bot.answer_inline_query(query_id, results(50), cache_time=0)
        with pytest.raises(BadRequest, match=r"(?i)query is too old"):
            await bot.answer_inline_query(query_id, results(1))

    with_bot(fake, action)
    assert [r["title"] for r in user.inline_answer(query_id)["results"]][:2] == ["t0", "t1"]


def test_callback_query_round_trip(fake: FakeTelegramThread, user: UserClient) -> None:
    message = with_bot(fake, lambda bot: bot.send_message(1001, "Pick", reply_markup=KEYBOARD))
    query_id = user.press(message.message_id, "more:1")

    async def action(bot: Bot) -> None:
        query = (await bot.get_updates(timeout=1))[-1].callback_query
        assert (query.id, query.data, query.message.message_id) == (query_id, "more:1", message.message_id)
        assert await query.answer("Done")
        with pytest.raises(BadRequest, match=r"(?i)query is too old"):
            await query.answer("again")

    with_bot(fake, action)
    assert [a["text"] for a in user.callback_answers(query_id)] == ["Done"]
    with pytest.raises(AssertionError, match="no inline button"):
        user.press(message.message_id, "not-a-button")


def test_get_updates_long_polls_and_a_newer_call_ends_the_waiting_one(fake: FakeTelegramThread) -> None:
    client = UserClient(fake.url)

    async def action(bot: Bot) -> None:
        started = time.monotonic()
        polling = asyncio.create_task(bot.get_updates(timeout=5))
        await asyncio.sleep(0.3)
        assert not polling.done()
        await asyncio.to_thread(client.send, "/start@article_fact_bot now")
        [update] = await polling
        assert time.monotonic() - started < 3
        assert update.message.entities[0].type == "bot_command" and update.message.entities[0].length == 23
        assert await bot.get_updates(offset=update.update_id, timeout=0) == (update,)  # not yet confirmed
        assert await bot.get_updates(offset=update.update_id + 1, timeout=0) == ()
        # PTB itself never overlaps getUpdates calls, so a raw client overlaps it
        waiting = asyncio.create_task(bot.get_updates(timeout=3))
        await asyncio.sleep(0.2)
        async with httpx.AsyncClient() as http:
            await http.post(f"{fake.base_url}{TOKEN}/getUpdates", json={"timeout": 0})
        with pytest.raises(Conflict, match="terminated by other getUpdates"):
            await waiting

    with_bot(fake, action)
    client.close()


# --- Telegram's rules --------------------------------------------------------------------------


def test_telegram_errors(fake: FakeTelegramThread, user: UserClient) -> None:
    def button(data: str) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup([[InlineKeyboardButton("b", callback_data=data)]])

    cases: list[tuple[Callable[[Bot], Awaitable[Any]], str]] = [
        (lambda bot: bot.send_message(42, "x"), "chat not found"),
        (lambda bot: bot.send_message(1001, " "), "message text is empty"),
        (lambda bot: bot.send_message(1001, "😀" * 2049), "message is too long"),  # 4098 UTF-16 units
        (lambda bot: bot.send_message(1001, "AT&T"), "can't parse entities"),
        (lambda bot: bot.send_message(1001, "<br>"), 'unsupported start tag "br"'),
        (lambda bot: bot.send_message(1001, "x", reply_markup=button("d" * 65)), "button_data_invalid"),
        (lambda bot: bot.send_photo(1001, png(), caption="😀" * 513), "message caption is too long"),
    ]
    for call, text in cases:
        with pytest.raises(BadRequest, match=rf"(?i){text}"):
            with_bot(fake, call)
    assert with_bot(fake, lambda bot: bot.send_message(1001, f"<b>{'a' * 4096}</b>", reply_markup=button("é" * 32)))
    user.block()
    with pytest.raises(Forbidden, match=r"(?i)bot was blocked by the user"):
        with_bot(fake, lambda bot: bot.send_message(1001, "hi"))
    with pytest.raises(InvalidToken):
        asyncio.run(Bot("1:short", base_url=fake.base_url).get_me())
    missing = httpx.post(f"{fake.base_url}{TOKEN}/noSuchMethod")
    assert (missing.status_code, missing.json()["description"]) == (404, "Not Found")
    assert ("noSuchMethod", 404) in [(c["method"], c["status"]) for c in user.calls()]


def test_group_privacy_media_and_edits(fake: FakeTelegramThread, user: UserClient) -> None:
    for text in ("just chatting", "/start@other_bot", "/help", "hey @article_fact_bot"):
        user.send(text, chat_id=-100, chat_type="group", title="Readers")
    user.send_media("sticker")
    user.edit(1, "hello again")
    updates = with_bot(fake, lambda bot: bot.get_updates(timeout=0))
    texts = [u.message.text for u in updates if u.message and u.message.chat.id == -100]
    assert texts == ["/help", "hey @article_fact_bot"]
    assert updates[-2].message.sticker.emoji == "👍" and updates[-1].edited_message.text == "hello again"


# --- the HTML parser ---------------------------------------------------------------------


def test_html_tags_and_entities() -> None:
    text, entities = parse_html_entities("<b>bold <i>both</i></b> <u>u</u><s>s</s><code>c</code> <B>caps</B> <b>x</>")
    assert text == "bold both usc caps x"
    assert [(e["type"], e["offset"], e["length"]) for e in entities] == [
        ("bold", 0, 9), ("italic", 5, 4), ("underline", 10, 1), ("strikethrough", 11, 1), ("code", 12, 1),
        ("bold", 14, 4), ("bold", 19, 1)]
    assert parse_telegram_html("&lt;b&gt; &amp; &quot;q&quot; &#65;&#x42; &#128512; &lt no semicolon") == (
        '<b> & "q" AB 😀 < no semicolon')
    assert parse_html_entities("&#128512;<b>&amp;</b>") == ("😀&", [{"type": "bold", "offset": 2, "length": 1}])
    assert len(parse_telegram_html("<b>" + "&amp;" * 4096 + "</b>")) == 4096  # the limit counts the parsed text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<b>x</b", "Unclosed end tag at byte offset 4"),
        ("<script>x</script>", 'Unsupported start tag "script" at byte offset 0'),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("é <b", "Unclosed start tag at byte offset 3"),
        ("AT&T", 'Character "&" at byte offset 2 must be escaped as "&amp;"'),
        ("&nbsp;", 'Character "&" at byte offset 0 must be escaped as "&amp;"'),
    ],
)
def test_html_errors_are_telegrams(text: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_telegram_html(text)
    assert str(caught.value) == "Bad Request: can't parse entities: " + message
