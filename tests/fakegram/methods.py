"""The Bot API methods the bots under test call, registered by name in METHODS, with the documented
limits and errors they can meet: HTML parse errors, 4096/1024-unit text/caption limits (UTF-16),
64-byte callback_data, 50 unique inline results, "message is not modified", 403 blocked, stale queries."""

from __future__ import annotations

import asyncio
import copy
import re
import secrets
import struct
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from .api import ApiError, Params, bad_request
from .html_entities import HTMLParseError, parse_html_entities, utf16_len
from .state import State

TEXT_LIMIT, CAPTION_LIMIT, CALLBACK_DATA_LIMIT, INLINE_RESULTS_LIMIT = 4096, 1024, 64, 50
NOT_MODIFIED = ("message is not modified: specified new message content and reply markup are exactly the same "
                "as a current content and reply markup of the message")
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
WEBHOOK_ACTIVE = ("Conflict: can't use getUpdates method while webhook is active; "
                  "use deleteWebhook to delete the webhook first")
SUPERSEDED = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"
COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")


@dataclass
class Ctx:
    state: State
    params: Params
    token: str
    method: str  # as the client spelt it

    @property
    def bot(self) -> dict[str, Any]:
        head = self.token.split(":", 1)[0]
        return {"id": int(head) if head.isdigit() else 1, "is_bot": True, "first_name": "Article Fact Bot",
                "username": self.state.bot_username}


Handler = Callable[[Ctx], Awaitable[Any]]
H = TypeVar("H", bound=Handler)
METHODS: dict[str, Handler] = {}  # by lower-case name: Bot API method names are case-insensitive


def method(name: str) -> Callable[[H], H]:
    def register(handler: H) -> H:
        METHODS[name.lower()] = handler
        return handler

    return register


# --- content rules ---------------------------------------------------------------------------


def formatted(params: Params, field: str, limit: int, too_long: str) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and entities of ``field`` after parse_mode, stripped of surrounding whitespace."""
    text, mode = params.get_str(field) or "", (params.get_str("parse_mode") or "").lower()
    if mode == "html":
        try:
            text, entities = parse_html_entities(text)
        except HTMLParseError as error:
            raise ApiError(400, error.description) from None
    elif mode:
        raise bad_request("unsupported parse_mode")
    else:
        entities = []
    cut = utf16_len(text) - utf16_len(text.lstrip())
    text = text.strip()
    kept = []
    for entity in entities:
        start, end = max(entity["offset"] - cut, 0), min(entity["offset"] + entity["length"] - cut, utf16_len(text))
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    if utf16_len(text) > limit:
        raise bad_request(too_long)
    return text, kept


def inline_keyboard(markup: Any) -> dict[str, Any] | None:
    """A valid InlineKeyboardMarkup (the only kind the bots send) or None."""
    if markup is None:
        return None
    rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request("can't parse reply keyboard markup JSON object")
    for button in (button for row in rows for button in row):
        if not isinstance(button, dict) or not isinstance(button.get("text"), str):
            raise bad_request('can\'t parse inline keyboard button: Field "text" must be of type String')
        if not {"callback_data", "url"} & button.keys():
            raise bad_request("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
        data = button.get("callback_data", "x")
        if not isinstance(data, str) or not 0 < len(data.encode()) <= CALLBACK_DATA_LIMIT:
            raise bad_request("BUTTON_DATA_INVALID")
        if not button["text"].strip():
            raise bad_request("BUTTON_TEXT_INVALID")
    return {"inline_keyboard": rows}


def resolve_chat(ctx: Ctx) -> dict[str, Any]:
    """The chat named by chat_id; 400 if unknown, 403 if it blocked (or removed) the bot."""
    chat = ctx.state.chats.get(ctx.params.get_int("chat_id") or 0)
    if chat is None:
        raise bad_request("chat not found")
    if chat["id"] in ctx.state.blocked:
        raise ApiError(403, "Forbidden: bot was blocked by the user" if chat["type"] == "private"
                       else f"Forbidden: bot was kicked from the {chat['type']} chat")
    return chat


def record(ctx: Ctx, message: dict[str, Any]) -> dict[str, Any]:
    """Log a send or edit for /test/sent: the text as the bot wrote it, and as users see it."""
    photo = message.get("photo")
    ctx.state.record_sent(message["chat"]["id"], {
        "method": ctx.method, "message_id": message["message_id"], "text": ctx.params.get_str("text"),
        "plain_text": message.get("text"), "entities": message.get("entities", []),
        "parse_mode": ctx.params.get_str("parse_mode"), "reply_markup": message.get("reply_markup"),
        "photo": photo[-1]["file_id"] if photo else None, "caption": ctx.params.get_str("caption"),
        "plain_caption": message.get("caption")})
    return message


def new_message(ctx: Ctx, chat: dict[str, Any], content: dict[str, Any]) -> dict[str, Any]:
    chat_id = chat["id"]
    message = {"message_id": ctx.state.next_message_id(chat_id), "from": ctx.bot, "chat": dict(chat),
               "date": int(time.time()), **{key: value for key, value in content.items() if value}}
    ctx.state.messages[(chat_id, message["message_id"])] = message
    ctx.state.by_bot.add((chat_id, message["message_id"]))
    return record(ctx, message)


def new_file_id(prefix: str = "AgACAgIAAxkBAAI") -> str:
    return prefix + secrets.token_urlsafe(42)


# --- the methods -----------------------------------------------------------------------------


@method("getMe")
async def get_me(ctx: Ctx) -> dict[str, Any]:
    return {**ctx.bot, "can_join_groups": True, "can_read_all_group_messages": not ctx.state.privacy_mode,
            "supports_inline_queries": True}


@method("setMyCommands")
async def set_my_commands(ctx: Ctx) -> bool:
    commands = ctx.params.get_json("commands")
    if not isinstance(commands, list):
        raise bad_request('parameter "commands" is required')
    if len(commands) > 100:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    for command in commands:
        if not isinstance(command, dict) or not COMMAND.match(str(command.get("command", ""))):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 0 < len(str(command.get("description", "")).strip()) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    return True


@method("setWebhook")
async def set_webhook(ctx: Ctx) -> bool:
    url = ctx.params.get_str("url") or ""
    if not url:
        return await delete_webhook(ctx)
    if not url.startswith("https://"):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    if ctx.params.get_bool("drop_pending_updates"):
        ctx.state.updates.clear()
    ctx.state.webhook = {"url": url, "secret_token": ctx.params.get_str("secret_token")}
    ctx.state.set_allowed_updates(ctx.params.get_json("allowed_updates"))
    ctx.state.notify()
    return True


@method("deleteWebhook")
async def delete_webhook(ctx: Ctx) -> bool:
    if ctx.params.get_bool("drop_pending_updates"):
        ctx.state.updates.clear()
    ctx.state.webhook = None
    return True


@method("getUpdates")
async def get_updates(ctx: Ctx) -> list[dict[str, Any]]:
    """Updates with update_id >= offset; waits up to ``timeout`` seconds for the first one. An offset
    confirms (forgets) every earlier update. A newer call ends a waiting one with 409, as Telegram."""
    state, params = ctx.state, ctx.params
    if state.webhook is not None:
        raise ApiError(409, WEBHOOK_ACTIVE)
    offset, limit = params.get_int("offset"), min(max(params.get_int("limit") or 100, 1), 100)
    state.set_allowed_updates(params.get_json("allowed_updates"))
    state.poll_generation += 1
    generation = state.poll_generation
    state.notify()
    loop = asyncio.get_running_loop()
    deadline = loop.time() + max(params.get_number("timeout") or 0.0, 0.0)
    while True:
        if state.poll_generation != generation:
            raise ApiError(409, SUPERSEDED)
        state.confirm(offset)
        remaining = deadline - loop.time()
        if state.updates or remaining <= 0 or state.closing:
            return copy.deepcopy(state.updates[:limit])
        await state.wait_changed(remaining)


@method("sendMessage")
async def send_message(ctx: Ctx) -> dict[str, Any]:
    chat = resolve_chat(ctx)
    text, entities = formatted(ctx.params, "text", TEXT_LIMIT, "message is too long")
    if not text:
        raise bad_request("message text is empty")
    markup = inline_keyboard(ctx.params.get_json("reply_markup"))
    return new_message(ctx, chat, {"text": text, "entities": entities, "reply_markup": markup})


@method("editMessageText")
async def edit_message_text(ctx: Ctx) -> dict[str, Any]:
    chat = resolve_chat(ctx)
    key = (chat["id"], ctx.params.get_int("message_id") or 0)
    message = ctx.state.messages.get(key)
    if message is None:
        raise bad_request("message to edit not found")
    if key not in ctx.state.by_bot:
        raise bad_request("message can't be edited")
    if "text" not in message:
        raise bad_request("there is no text in the message to edit")
    text, entities = formatted(ctx.params, "text", TEXT_LIMIT, "message is too long")
    if not text:
        raise bad_request("message text is empty")
    changes = {"text": text, "entities": entities, "reply_markup": inline_keyboard(ctx.params.get_json("reply_markup"))}
    if all(message.get(name) == (value or None) for name, value in changes.items()):
        raise bad_request(NOT_MODIFIED)
    for name, value in changes.items():
        if value:
            message[name] = value
        else:
            message.pop(name, None)
    message["edit_date"] = int(time.time())
    return record(ctx, message)


def png_size(data: bytes) -> tuple[int, int]:
    if not data.startswith(b"\x89PNG\r\n\x1a\n") or len(data) < 24:
        raise bad_request("IMAGE_PROCESS_FAILED")  # the bots send PNG charts only
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


@method("sendPhoto")
async def send_photo(ctx: Ctx) -> dict[str, Any]:
    """An upload becomes PhotoSizes as Telegram makes them (thumbnails first); a known file_id is reused."""
    chat = resolve_chat(ctx)
    upload, file_id = ctx.params.uploads.get("photo"), ctx.params.get_str("photo") or ""
    if upload is not None:
        width, height = png_size(upload)
        longest = max(width, height, 1)
        sides = [side for side in (90, 320, 800, 1280) if side < longest] + [min(longest, 2560)]
        sizes: list[dict[str, Any]] = [
            {"file_id": new_file_id(), "file_unique_id": new_file_id("AQAD")[:16],
             "file_size": max(len(upload) * side * side // longest // longest, 1),
             "width": max(round(width * side / longest), 1), "height": max(round(height * side / longest), 1)}
            for side in sides]
        ctx.state.files.update((size["file_id"], sizes) for size in sizes)
    elif file_id in ctx.state.files:
        sizes = ctx.state.files[file_id]
    else:
        raise bad_request("wrong file identifier/HTTP URL specified")
    caption, entities = formatted(ctx.params, "caption", CAPTION_LIMIT, "message caption is too long")
    markup = inline_keyboard(ctx.params.get_json("reply_markup"))
    content = {"photo": copy.deepcopy(sizes), "caption": caption, "caption_entities": entities, "reply_markup": markup}
    return new_message(ctx, chat, content)


def open_query(ctx: Ctx, name: str) -> dict[str, Any]:
    """An unanswered, unexpired query: each can be answered once, within query_ttl."""
    query = ctx.state.queries.get(ctx.params.get_str(name) or "")
    if query is None or query["answered"] or time.time() - query["created"] > ctx.state.query_ttl:
        raise bad_request(QUERY_TOO_OLD)
    query["answered"] = True
    return query


@method("answerCallbackQuery")
async def answer_callback_query(ctx: Ctx) -> bool:
    text = ctx.params.get_str("text")
    if len(text or "") > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    query = open_query(ctx, "callback_query_id")
    ctx.state.callback_answers.append({"callback_query_id": query["id"], "text": text,
                                       "show_alert": ctx.params.get_bool("show_alert"), "time": time.time()})
    return True


@method("answerInlineQuery")
async def answer_inline_query(ctx: Ctx) -> bool:
    results = ctx.params.get_json("results")
    if not isinstance(results, list):
        raise bad_request("can't parse results JSON object")
    if len(results) > INLINE_RESULTS_LIMIT:
        raise bad_request("RESULTS_TOO_MUCH")
    seen: set[str] = set()
    for result in results:  # the bots send articles only
        if not isinstance(result, dict) or result.get("type") != "article":
            raise bad_request("RESULT_TYPE_INVALID")
        result_id = result.get("id")
        if not isinstance(result_id, str) or not 0 < len(result_id.encode()) <= 64:
            raise bad_request("RESULT_ID_INVALID")
        if result_id in seen:
            raise bad_request("RESULT_ID_DUPLICATE")
        seen.add(result_id)
        message = result.get("input_message_content")
        if not result.get("title") or not isinstance(message, dict):
            raise bad_request("can't parse inline query result: Can't find field \"input_message_content\"")
        text = Params({"message_text": message.get("message_text"), "parse_mode": message.get("parse_mode")})
        if not formatted(text, "message_text", TEXT_LIMIT, "MESSAGE_TOO_LONG")[0]:
            raise bad_request("MESSAGE_EMPTY")
        inline_keyboard(result.get("reply_markup"))
    query = open_query(ctx, "inline_query_id")
    ctx.state.inline_answers[query["id"]] = {"inline_query_id": query["id"], "results": results, "time": time.time(),
                                             "cache_time": ctx.params.get_int("cache_time"),
                                             "next_offset": ctx.params.get_str("next_offset") or ""}
    return True
