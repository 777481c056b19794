"""The fake Bot API server, driven by a real python-telegram-bot Bot and Application."""

# mypy: disable-error-code="union-attr"

from __future__ import annotations

import asyncio
import datetime as dt
import socket
import struct
import time
import zlib
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Update,
)
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, RetryAfter
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from tests.fakegram import FakeTelegramThread, UserClient, parse_html_entities, parse_telegram_html

TOKEN = "123456:" + "A" * 35
T = TypeVar("T")


def with_bot(fake: FakeTelegramThread, action: Callable[[Bot], Awaitable[T]]) -> T:
    async def main() -> T:
        async with Bot(TOKEN, base_url=fake.base_url) as bot:
            return await action(bot)

    return asyncio.run(main())


def png(width: int = 2, height: int = 3) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("More", callback_data="more:1")]])


# --- Bot API methods through PTB ----------------------------------------------------------


def test_get_me(fake: FakeTelegramThread) -> None:
    me = with_bot(fake, lambda bot: bot.get_me())
    assert me.is_bot and me.id == 123456 and me.username == "article_fact_bot"
    assert me.can_join_groups and not me.can_read_all_group_messages and me.supports_inline_queries


def test_send_message_html_with_inline_keyboard(fake: FakeTelegramThread, user: UserClient) -> None:
    text = '<b>Bold</b> &amp; <a href="https://example.org">link</a> 😀 <i>end</i>'
    message = with_bot(fake, lambda bot: bot.send_message(1001, text, parse_mode="HTML", reply_markup=KEYBOARD))
    assert message.text == "Bold & link 😀 end"
    assert [(e.type, e.offset, e.length) for e in message.entities] == [
        ("bold", 0, 4),
        ("text_link", 7, 4),
        ("italic", 15, 3),  # the emoji counts 2 UTF-16 units
    ]
    assert message.reply_markup == KEYBOARD
    assert message.message_id == 2 and message.from_user.is_bot
    [entry] = user.sent()
    assert entry["method"] == "sendMessage" and entry["text"] == text and entry["parse_mode"] == "HTML"
    assert entry["reply_markup"] == {"inline_keyboard": [[{"text": "More", "callback_data": "more:1"}]]}


def test_reply_and_link_preview_options(fake: FakeTelegramThread, user: UserClient) -> None:
    async def action(bot: Bot) -> Any:
        return await bot.send_message(
            1001, "see https://x.org", reply_to_message_id=1, link_preview_options=LinkPreviewOptions(is_disabled=True)
        )

    message = with_bot(fake, action)
    assert message.reply_to_message.text == "hello"
    assert message.link_preview_options.is_disabled
    assert user.sent()[0]["reply_to_message_id"] == 1


def test_edit_message_text_and_not_modified(fake: FakeTelegramThread, user: UserClient) -> None:
    async def action(bot: Bot) -> None:
        sent = await bot.send_message(1001, "<b>v1</b>", parse_mode="HTML", reply_markup=KEYBOARD)
        edited = await bot.edit_message_text("v2", 1001, sent.message_id, reply_markup=KEYBOARD)
        assert isinstance(edited, type(sent)) and edited.text == "v2" and edited.edit_date is not None
        with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
            await bot.edit_message_text("v2", 1001, sent.message_id, reply_markup=KEYBOARD)
        with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
            await bot.edit_message_reply_markup(1001, sent.message_id, reply_markup=KEYBOARD)
        cleared = await bot.edit_message_text("v2", 1001, sent.message_id)  # dropping the keyboard is a change
        assert cleared.reply_markup is None
        with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
            await bot.edit_message_text("x", 1001, 999)

    with_bot(fake, action)
    log = user.sent()
    assert [e["method"] for e in log] == ["sendMessage", "editMessageText", "editMessageText"]
    assert [e["text"] for e in log[0]["edits"]] == ["v2", "v2"]


def test_answer_inline_query_limits(fake: FakeTelegramThread, user: UserClient) -> None:
    query_id = user.inline("casualties")

    def results(count: int, same_id: bool = False) -> list[InlineQueryResultArticle]:
        content = InputTextMessageContent("<b>fact</b>", parse_mode="HTML")
        return [InlineQueryResultArticle("x" if same_id else str(n), f"t{n}", content) for n in range(count)]

    async def action(bot: Bot) -> None:
        with pytest.raises(BadRequest, match=r"(?i)results_too_much"):
            await bot.answer_inline_query(query_id, results(51))
        with pytest.raises(BadRequest, match=r"(?i)result_id_duplicate"):
            await bot.answer_inline_query(query_id, results(2, same_id=True))
        assert await bot.answer_inline_query(query_id, results(50), cache_time=0)
        with pytest.raises(BadRequest, match=r"(?i)query is too old"):
            await bot.answer_inline_query(query_id, results(1))

    with_bot(fake, action)
    answer = user.inline_answer(query_id)
    assert len(answer["results"]) == 50 and answer["results"][0]["title"] == "t0"


def test_send_photo_upload_then_by_file_id(fake: FakeTelegramThread, user: UserClient) -> None:
    async def action(bot: Bot) -> tuple[Any, Any]:
        first = await bot.send_photo(1001, png(640, 480), caption="<i>chart</i>", parse_mode="HTML")
        again = await bot.send_photo(1001, first.photo[-1].file_id)
        return first, again

    first, again = with_bot(fake, action)
    sizes = [(p.width, p.height) for p in first.photo]
    assert sizes == [(90, 68), (320, 240), (640, 480)]
    assert first.caption == "chart" and first.caption_entities[0].type == "italic"
    assert again.photo[-1].file_id == first.photo[-1].file_id
    assert [e["photo"] for e in user.sent()] == [first.photo[-1].file_id] * 2
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier"):
        with_bot(fake, lambda bot: bot.send_photo(1001, "no-such-file-id"))
    with pytest.raises(BadRequest, match=r"(?i)image_process_failed"):
        with_bot(fake, lambda bot: bot.send_photo(1001, b"not an image"))


def test_bot_commands(fake: FakeTelegramThread) -> None:
    async def action(bot: Bot) -> None:
        assert await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("help", "Help")])
        assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
        assert await bot.get_my_commands(language_code="de") == ()
        with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
            await bot.set_my_commands([BotCommand("Bad Command", "x")])
        assert await bot.delete_my_commands()
        assert await bot.get_my_commands() == ()

    with_bot(fake, action)


def test_webhook_methods(fake: FakeTelegramThread) -> None:
    async def action(bot: Bot) -> None:
        assert await bot.set_webhook("https://bot.example.org/telegram")
        assert (await bot.get_webhook_info()).url == "https://bot.example.org/telegram"
        with pytest.raises(Conflict):
            await bot.get_updates()
        assert await bot.delete_webhook()
        assert (await bot.get_webhook_info()).url == ""

    with_bot(fake, action)


def test_get_updates_long_polls_until_a_user_writes(fake: FakeTelegramThread) -> None:
    client = UserClient(fake.url)

    async def action(bot: Bot) -> None:
        started = time.monotonic()
        polling = asyncio.create_task(bot.get_updates(timeout=5))
        await asyncio.sleep(0.3)
        assert not polling.done()
        await asyncio.to_thread(client.send, "/start@article_fact_bot now")
        updates = await polling
        assert time.monotonic() - started < 3
        [update] = updates
        assert update.message.text == "/start@article_fact_bot now"
        assert update.message.entities[0].type == "bot_command" and update.message.entities[0].length == 23
        assert await bot.get_updates(offset=update.update_id, timeout=0) == updates  # not yet confirmed
        assert await bot.get_updates(offset=update.update_id + 1, timeout=0) == ()
        started = time.monotonic()
        assert await bot.get_updates(timeout=dt.timedelta(seconds=0.3)) == ()
        assert time.monotonic() - started >= 0.25

    with_bot(fake, action)
    client.close()


def test_a_newer_get_updates_ends_the_waiting_one(fake: FakeTelegramThread) -> None:
    # PTB itself never overlaps getUpdates calls (a pool of one connection), so use two clients
    async def main() -> None:
        async with httpx.AsyncClient(base_url=fake.base_url + TOKEN) as one, httpx.AsyncClient() as two:
            first = asyncio.create_task(one.post("/getUpdates", data={"timeout": "3"}))
            await asyncio.sleep(0.2)
            second = await two.post(f"{fake.base_url}{TOKEN}/getUpdates", json={"timeout": 0})
            assert second.json() == {"ok": True, "result": []}
            ended = (await first).json()
            assert ended["error_code"] == 409 and "terminated by other getUpdates" in ended["description"]

    asyncio.run(main())


def test_callback_query_round_trip(fake: FakeTelegramThread, user: UserClient) -> None:
    message = with_bot(fake, lambda bot: bot.send_message(1001, "Pick", reply_markup=KEYBOARD))
    query_id = user.press(message.message_id, "more:1")

    async def action(bot: Bot) -> None:
        updates = await bot.get_updates(timeout=1)
        query = updates[-1].callback_query
        assert query.id == query_id and query.data == "more:1" and query.chat_instance
        assert query.message.message_id == message.message_id and query.from_user.id == 1001
        assert await query.answer("Done")
        with pytest.raises(BadRequest, match=r"(?i)query is too old"):
            await query.answer("again")
        with pytest.raises(BadRequest, match=r"(?i)query is too old"):
            await bot.answer_callback_query("123")

    with_bot(fake, action)
    assert [a["text"] for a in user.callback_answers(query_id)] == ["Done"]
    with pytest.raises(AssertionError, match="no inline button"):
        user.press(message.message_id, "not-a-button")


# --- enforced Telegram rules -------------------------------------------------------------


def test_telegram_errors(fake: FakeTelegramThread, user: UserClient) -> None:
    cases: list[tuple[Callable[[Bot], Awaitable[Any]], type[Exception], str]] = [
        (lambda bot: bot.send_message(42, "x"), BadRequest, "chat not found"),
        (lambda bot: bot.send_message(1001, " "), BadRequest, "message text is empty"),
        (lambda bot: bot.send_message(1001, "x" * 4097), BadRequest, "message is too long"),
        (lambda bot: bot.send_message(1001, "a <b", parse_mode="HTML"), BadRequest, "can't parse entities"),
        (lambda bot: bot.send_message(1001, "AT&T", parse_mode="HTML"), BadRequest, "can't parse entities"),
        (lambda bot: bot.send_message(1001, "<br>", parse_mode="HTML"), BadRequest, 'unsupported start tag "br"'),
        (
            lambda bot: bot.send_message(
                1001, "x", reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("b", callback_data="d" * 65)]])
            ),
            BadRequest,
            "button_data_invalid",
        ),
        (lambda bot: bot.send_photo(1001, png(), caption="c" * 1025), BadRequest, "message caption is too long"),
        (lambda bot: bot.send_chat_action(1001, "dancing"), BadRequest, "wrong parameter action"),
    ]
    for call, error, text in cases:
        with pytest.raises(error, match=rf"(?i){text}"):
            with_bot(fake, call)
    # the length limit counts the text after entity parsing
    assert with_bot(fake, lambda bot: bot.send_message(1001, f"<b>{'a' * 4096}</b>", parse_mode="HTML"))
    user.block()
    with pytest.raises(Forbidden, match=r"(?i)bot was blocked by the user"):
        with_bot(fake, lambda bot: bot.send_message(1001, "hi"))


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
def test_flood_control_and_raw_protocol(fake: FakeTelegramThread, user: UserClient) -> None:
    fake.set_retry_after("sendMessage", 7, times=1)
    with pytest.raises(RetryAfter):
        with_bot(fake, lambda bot: bot.send_message(1001, "hi"))
    assert with_bot(fake, lambda bot: bot.send_message(1001, "hi")).text == "hi"
    user.set_retry_after("sendMessage", 3)
    with httpx.Client(base_url=fake.url) as http:
        flood = http.post(f"/bot{TOKEN}/sendMessage", json={"chat_id": 1001, "text": "x"})
        assert flood.status_code == 429
        assert flood.json() == {
            "ok": False,
            "error_code": 429,
            "description": "Too Many Requests: retry after 3",
            "parameters": {"retry_after": 3},
        }
        markup = {"inline_keyboard": [[{"text": "b", "callback_data": "d"}]]}  # JSON bodies carry objects
        sent = http.post(f"/bot{TOKEN}/sendMessage", json={"chat_id": 1001, "text": "x", "reply_markup": markup})
        assert sent.json()["result"]["reply_markup"] == markup
        assert http.get(f"/bot{TOKEN}/getMe").json()["result"]["is_bot"] is True
        missing = http.post(f"/bot{TOKEN}/noSuchMethod")
        assert (missing.status_code, missing.json()) == (
            404,
            {"ok": False, "error_code": 404, "description": "Not Found"},
        )
        bad = http.post("/botnot-a-token/getMe")
        assert (bad.status_code, bad.json()["description"]) == (401, "Unauthorized")
    with pytest.raises(InvalidToken):
        asyncio.run(Bot("1:short", base_url=fake.base_url).get_me())
    statuses = [(c["method"], c["status"]) for c in user.calls()]
    assert ("sendMessage", 429) in statuses and ("noSuchMethod", 404) in statuses


def test_group_privacy_mode(fake: FakeTelegramThread, user: UserClient) -> None:
    for text in ("just chatting", "/start@other_bot", "/help", "hey @article_fact_bot"):
        user.send(text, chat_id=-100, chat_type="group", title="Readers")
    updates = with_bot(fake, lambda bot: bot.get_updates(timeout=0))
    texts = [u.message.text for u in updates if u.message and u.message.chat.id == -100]
    assert texts == ["/help", "hey @article_fact_bot"]


def test_user_media_and_edits(fake: FakeTelegramThread, user: UserClient) -> None:
    for kind in ("sticker", "photo", "voice", "document"):
        user.send_media(kind)
    user.edit(1, "hello again")
    user.send_content({"location": {"latitude": 1.5, "longitude": 2.5}})
    updates = with_bot(fake, lambda bot: bot.get_updates(timeout=0))
    assert updates[1].message.sticker.emoji == "👍"
    assert updates[2].message.photo[-1].width == 1280
    assert updates[3].message.voice.mime_type == "audio/ogg"
    assert updates[4].message.document.file_name == "document.pdf"
    assert updates[5].edited_message.text == "hello again"
    assert updates[6].message.location.latitude == 1.5

    async def download() -> bytearray:
        async with Bot(TOKEN, base_url=fake.base_url, base_file_url=fake.base_file_url) as bot:
            file = await bot.get_file(updates[4].message.document.file_id)
            assert file.file_path and "/documents/" in file.file_path
            return await file.download_as_bytearray()

    assert len(asyncio.run(download())) == 24_000


# --- a whole PTB Application, polling ------------------------------------------------------


def test_application_end_to_end(fake: FakeTelegramThread, user: UserClient) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_html("<b>Welcome</b>", reply_markup=KEYBOARD)

    async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer("Loading")
        await query.edit_message_text("Page 2")

    async def main() -> None:
        app = Application.builder().token(TOKEN).base_url(fake.base_url).build()
        app.add_handler(CommandHandler("start", start))
        app.add_handler(CallbackQueryHandler(button))
        async with app:
            await app.start()
            assert app.updater is not None
            await app.updater.start_polling(poll_interval=0, timeout=1, drop_pending_updates=True)
            try:
                count = len(user.sent())
                await asyncio.to_thread(user.send, "/start")
                [welcome] = await asyncio.to_thread(user.wait_for_reply, None, count, 5)
                assert welcome["plain_text"] == "Welcome" and welcome["reply_markup"] == KEYBOARD.to_dict()
                await asyncio.to_thread(user.press, welcome["message_id"], "more:1")
                [edit] = await asyncio.to_thread(user.wait_for_reply, None, count + 1, 5)
                assert edit["method"] == "editMessageText" and edit["plain_text"] == "Page 2"
                assert [a["text"] for a in user.callback_answers()] == ["Loading"]
            finally:
                await app.updater.stop()
                await app.stop()

    asyncio.run(main())


def test_webhook_delivery_to_a_ptb_application(fake: FakeTelegramThread, user: UserClient) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    fake.set_webhook_redirect(f"http://127.0.0.1:{port}")
    seen: list[str] = []

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None and update.effective_message.text is not None
        seen.append(update.effective_message.text)
        await update.effective_message.reply_text("Hi from the webhook")

    async def main() -> None:
        app = Application.builder().token(TOKEN).base_url(fake.base_url).build()
        app.add_handler(CommandHandler("start", start))
        async with app:
            await app.start()
            assert app.updater is not None
            await app.updater.start_webhook(
                listen="127.0.0.1",
                port=port,
                url_path="telegram",
                webhook_url="https://bot.example.org/telegram",
                secret_token="s3cret",
            )
            try:
                count = len(user.sent())
                await asyncio.to_thread(user.send, "/start")
                [reply] = await asyncio.to_thread(user.wait_for_reply, None, count, 5)
                assert reply["plain_text"] == "Hi from the webhook"
                info = await app.bot.get_webhook_info()
                assert info.url == "https://bot.example.org/telegram" and info.pending_update_count == 0
            finally:
                await app.updater.stop()
                await app.stop()

    asyncio.run(main())
    assert seen == ["/start"]


# --- the HTML parser ---------------------------------------------------------------------


def test_html_valid_nested_tags() -> None:
    html = (
        '<b>bold <i>both <u>all</u></i></b> <span class="tg-spoiler">s</span> <tg-spoiler>t</tg-spoiler> '
        '<pre><code class="language-python">x = 1</code></pre> <blockquote expandable>q</blockquote> '
        '<a href="tg://user?id=1">me</a> <s>x</s><del>y</del><strike>z</strike><em>e</em><ins>i</ins>'
        '<strong>g</strong><code>c</code><tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>'
    )
    text, entities = parse_html_entities(html)
    assert text == "bold both all s t x = 1 q me xyzeigc👍"
    kinds = {e["type"] for e in entities}
    assert kinds >= {"bold", "italic", "underline", "spoiler", "pre", "expandable_blockquote", "text_link",
                     "strikethrough", "code", "custom_emoji"}
    assert {"type": "pre", "offset": 18, "length": 5, "language": "python"} in entities
    assert parse_telegram_html("<B>caps</B> <b>x</>") == "caps x"


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<br>", 'Unsupported start tag "br" at byte offset 0'),
        ("<script>x</script>", 'Unsupported start tag "script" at byte offset 0'),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("é <b", "Unclosed start tag at byte offset 3"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ("AT&T", 'Character "&" at byte offset 2 must be escaped as "&amp;"'),
        ("<tg-emoji emoji-id=\"x\">y</tg-emoji>", "Invalid custom emoji identifier specified"),
    ],
)
def test_html_errors_are_telegrams(html: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_telegram_html(html)
    assert str(caught.value) == "Bad Request: can't parse entities: " + message


def test_html_entity_decoding() -> None:
    assert parse_telegram_html("&lt;b&gt; &amp; &quot;q&quot; &#65;&#x42; &#128512;") == '<b> & "q" AB 😀'
    assert parse_telegram_html("&lt no semicolon") == "< no semicolon"
    assert parse_telegram_html("AT&T &nbsp;", strict=False) == "AT&T &nbsp;"
    text, entities = parse_html_entities("&#128512;<b>&amp;</b>")
    assert text == "😀&" and entities == [{"type": "bold", "offset": 2, "length": 1}]


def test_html_length_is_counted_after_parsing() -> None:
    html = "<b>" + "&amp;" * 4096 + "</b>"
    assert len(html) > 4096 and len(parse_telegram_html(html)) == 4096
