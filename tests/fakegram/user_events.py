"""What users do, as Telegram would report it to the bot: messages, edits, media, button
presses and inline queries become stored messages and queued Updates."""

from __future__ import annotations

import copy
import re
import secrets
import time
from typing import Any

from . import files
from .content import shallow_message
from .html_entities import utf16_len
from .state import State, StoredMessage

_COMMAND = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")
_MENTION = re.compile(r"(?<![\w@/])@[A-Za-z0-9_]{5,32}\b")
_URL = re.compile(r"\bhttps?://[^\s<>\"]+[^\s<>\".,;:!?)\]'}]")


class EventError(Exception):
    """A test request that describes something impossible; answered with HTTP ``status``."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def _int(body: dict[str, Any], name: str) -> int | None:
    value = body.get(name)
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise EventError(f"{name} must be an integer") from None


def detect_entities(text: str) -> list[dict[str, Any]]:
    """bot_command, mention and url entities, as Telegram detects them in user messages."""
    found: list[dict[str, Any]] = []
    taken: list[range] = []
    for kind, pattern in (("bot_command", _COMMAND), ("url", _URL), ("mention", _MENTION)):
        for match in pattern.finditer(text):
            if any(match.start() in span for span in taken):
                continue
            taken.append(range(match.start(), match.end()))
            found.append(
                {"type": kind, "offset": utf16_len(text[: match.start()]), "length": utf16_len(match.group())}
            )
    return sorted(found, key=lambda e: e["offset"])


def user_from(state: State, body: dict[str, Any]) -> dict[str, Any]:
    user_id = _int(body, "user_id")
    if user_id is None:
        chat_id = _int(body, "chat_id")
        if chat_id is None or chat_id < 0:
            raise EventError("user_id is required")
        user_id = chat_id
    user = dict(state.users.get(user_id, {"id": user_id, "first_name": f"User{user_id}"}))
    user["is_bot"] = bool(body.get("is_bot", user.get("is_bot", False)))
    for name in ("first_name", "last_name", "username", "language_code"):
        if body.get(name):
            user[name] = str(body[name])
    user = {"id": user_id, "is_bot": user["is_bot"], **user}
    state.users[user_id] = user
    return user


def chat_from(state: State, body: dict[str, Any], user: dict[str, Any] | None) -> dict[str, Any]:
    chat_type = str(body.get("chat_type") or body.get("type") or "private")
    chat_id = _int(body, "chat_id")
    if chat_type == "private":
        chat_id = chat_id if chat_id is not None else (user or {}).get("id")
        if user is None:
            user = user_from(state, {**body, "user_id": chat_id})
        if chat_id != user["id"]:
            raise EventError("a private chat's id is its user's id")
        chat = {"id": chat_id, "type": "private", "first_name": user["first_name"]}
        chat.update({k: user[k] for k in ("last_name", "username") if k in user})
    elif chat_type in ("group", "supergroup", "channel"):
        if chat_id is None or chat_id >= 0:
            raise EventError(f"a {chat_type} needs a negative chat_id")
        old = state.chats.get(chat_id, {})
        chat = {"id": chat_id, "type": chat_type, "title": body.get("title") or old.get("title") or f"Chat {chat_id}"}
        if body.get("chat_username") or old.get("username"):
            chat["username"] = body.get("chat_username") or old["username"]
    else:
        raise EventError(f"unknown chat_type {chat_type!r}")
    state.chats[chat["id"]] = chat
    return chat


def _delivered(state: State, chat: dict[str, Any], message: dict[str, Any]) -> bool:
    """Group privacy mode: only commands, @mentions of the bot and replies to it get through."""
    if chat["type"] in ("private", "channel") or not state.privacy_mode:
        return True
    text = message.get("text") or message.get("caption") or ""
    bot = state.bot_username.lower()
    if text.startswith("/"):
        target = text.split()[0].partition("@")[2].lower()
        return target in ("", bot)
    if f"@{bot}" in text.lower():
        return True
    replied = message.get("reply_to_message", {}).get("from", {})
    return bool(replied.get("is_bot")) and str(replied.get("username", "")).lower() == bot


def user_message(state: State, body: dict[str, Any], content: dict[str, Any]) -> dict[str, Any]:
    """Store a user's message and queue its Update (unless privacy mode hides it)."""
    user = user_from(state, body)
    chat = chat_from(state, body, user)
    message: dict[str, Any] = {
        "message_id": state.next_message_id(chat["id"]),
        "from": user,
        "chat": dict(chat),
        "date": int(time.time()),
    }
    reply_id = _int(body, "reply_to_message_id")
    if reply_id is not None:
        replied = state.messages.get((chat["id"], reply_id))
        if replied is None:
            raise EventError("message to be replied not found")
        message["reply_to_message"] = shallow_message(replied.data)
    message.update({k: v for k, v in content.items() if v not in (None, "", [])})
    state.messages[(chat["id"], message["message_id"])] = StoredMessage(message, False)
    if chat["type"] == "private":
        state.blocked.discard(chat["id"])  # writing to the bot unblocks it
    if _delivered(state, chat, message):
        state.add_update("message", message)
    return message


def text_message(state: State, body: dict[str, Any]) -> dict[str, Any]:
    text = str(body.get("text") or "")
    if not text.strip():
        raise EventError("text is required")
    entities = body.get("entities")
    if not isinstance(entities, list):
        entities = detect_entities(text)
    return user_message(state, body, {"text": text, "entities": entities})


def media_message(state: State, body: dict[str, Any], kind: str) -> dict[str, Any]:
    size = _int(body, "file_size") or 24_000
    if kind == "photo":
        media: Any = files.register_photo(state, None, _int(body, "width") or 1280, _int(body, "height") or 960)
    elif kind == "sticker":
        fields = {"type": "regular", "width": 512, "height": 512, "is_animated": False, "is_video": False}
        media = files.register_file(state, kind, {**fields, "emoji": body.get("emoji", "👍"), "file_size": size})
    elif kind == "voice":
        fields = {"duration": _int(body, "duration") or 3, "mime_type": "audio/ogg", "file_size": size}
        media = files.register_file(state, kind, fields)
    else:
        name, mime = body.get("file_name", "document.pdf"), body.get("mime_type", "application/pdf")
        media = files.register_file(state, "document", {"file_name": name, "mime_type": mime, "file_size": size})
    caption = str(body.get("caption") or "")
    content = {kind: media, "caption": caption, "caption_entities": detect_entities(caption)}
    return user_message(state, body, content)


def edit_message(state: State, body: dict[str, Any]) -> dict[str, Any]:
    chat_id, message_id = _int(body, "chat_id"), _int(body, "message_id")
    stored = state.messages.get((chat_id or 0, message_id or 0))
    if stored is None or stored.from_bot:
        raise EventError("no user message with that chat_id and message_id", 404)
    text = str(body.get("text") or "")
    if not text.strip():
        raise EventError("text is required")
    message = stored.data
    message.update(text=text, entities=detect_entities(text), edit_date=int(time.time()))
    if not message["entities"]:
        del message["entities"]
    if _delivered(state, message["chat"], message):
        state.add_update("edited_message", message)
    return message


def _has_button(message: dict[str, Any], data: str) -> bool:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return any(button.get("callback_data") == data for row in rows for button in row)


def callback_query(state: State, body: dict[str, Any]) -> str:
    """Press an inline button of a bot message; returns the callback query id."""
    chat_id, message_id = _int(body, "chat_id"), _int(body, "message_id")
    data = str(body.get("data") or "")
    stored = state.messages.get((chat_id or 0, message_id or 0))
    if stored is None or not stored.from_bot:
        raise EventError("no bot message with that chat_id and message_id", 404)
    if not body.get("force") and not _has_button(stored.data, data):
        raise EventError(f"the message has no inline button with callback_data {data!r}")
    user = user_from(state, {"user_id": chat_id, **body} if (chat_id or 0) > 0 else body)
    instance = state.chat_instances.setdefault(chat_id or 0, str(-secrets.randbits(62)))
    query_id = str(secrets.randbits(63))
    query = {
        "id": query_id,
        "from": user,
        "message": copy.deepcopy(stored.data),
        "chat_instance": instance,
        "data": data,
    }
    state.callback_queries[query_id] = {"id": query_id, "created": time.time(), "answered": False, "query": query}
    state.add_update("callback_query", query)
    return query_id


def inline_query(state: State, body: dict[str, Any]) -> str:
    """A user typing "@bot query"; returns the inline query id."""
    user = user_from(state, body)
    query_id = str(secrets.randbits(63))
    text, offset = str(body.get("query") or ""), str(body.get("offset") or "")
    query = {"id": query_id, "from": user, "query": text, "offset": offset}
    if body.get("chat_type"):
        query["chat_type"] = str(body["chat_type"])
    state.inline_queries[query_id] = {"id": query_id, "created": time.time(), "answered": False, "query": query}
    state.add_update("inline_query", query)
    return query_id
