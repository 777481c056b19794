"""What every Bot API method handler shares: its context, the registry, chats and messages."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from ..errors import bad_request, forbidden
from ..params import Params
from ..state import State, StoredMessage


@dataclass
class Ctx:
    state: State
    params: Params
    token: str
    method: str

    @property
    def bot(self) -> dict[str, Any]:
        return self.state.bot_user(self.token)


@dataclass
class Reply:
    """A result with the optional top-level "description" Telegram adds (webhook methods)."""

    result: Any
    description: str | None = None


Handler = Callable[[Ctx], Awaitable[Any]]
METHODS: dict[str, Handler] = {}


def method(name: str) -> Callable[[Handler], Handler]:
    """Register a handler under its Bot API name (method names are case-insensitive)."""

    def register(handler: Handler) -> Handler:
        METHODS[name.lower()] = handler
        return handler

    return register


def now() -> int:
    return int(time.time())


def resolve_chat(ctx: Ctx) -> dict[str, Any]:
    """The chat named by chat_id; 400 if unknown, 403 if it blocked (or removed) the bot."""
    chat = ctx.state.find_chat(ctx.params.chat_id())
    if chat is None:
        raise bad_request("chat not found")
    if chat["id"] in ctx.state.blocked:
        if chat["type"] == "private":
            raise forbidden("bot was blocked by the user")
        if chat["type"] == "channel":
            raise forbidden("bot is not a member of the channel chat")
        raise forbidden(f"bot was kicked from the {chat['type']} chat")
    return chat


def target_message(ctx: Ctx, missing: str) -> tuple[dict[str, Any], StoredMessage]:
    """(chat, stored message) for chat_id + message_id, for edits and deletions."""
    if ctx.params.has("inline_message_id"):
        raise bad_request("MESSAGE_ID_INVALID")
    chat = resolve_chat(ctx)
    message_id = ctx.params.get_int("message_id")
    if message_id is None:
        raise bad_request("message identifier is not specified")
    stored = ctx.state.messages.get((chat["id"], message_id))
    if stored is None:
        raise bad_request(missing)
    return chat, stored


def new_bot_message(ctx: Ctx, chat: dict[str, Any], content: dict[str, Any]) -> dict[str, Any]:
    """Store a message the bot sends; returns the Message object."""
    chat_id = chat["id"]
    message: dict[str, Any] = {
        "message_id": ctx.state.next_message_id(chat_id),
        "from": ctx.bot,
        "chat": dict(chat),
        "date": now(),
    }
    message.update({key: value for key, value in content.items() if value not in (None, [])})
    if ctx.params.get_bool("protect_content"):
        message["has_protected_content"] = True
    ctx.state.messages[(chat_id, message["message_id"])] = StoredMessage(message, True)
    return message


def sent_entry(ctx: Ctx, message: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """The /test/sent view of a send or edit: raw text as the bot wrote it and the result."""
    photo = message.get("photo")
    reply_to = message.get("reply_to_message")
    return {
        "method": ctx.method,
        "message_id": message["message_id"],
        "date": message.get("edit_date", message["date"]),
        "text": ctx.params.get_str("text"),
        "plain_text": message.get("text"),
        "entities": message.get("entities", []),
        "parse_mode": ctx.params.get_str("parse_mode"),
        "reply_markup": message.get("reply_markup"),
        "reply_to_message_id": reply_to["message_id"] if reply_to else None,
        "link_preview_options": message.get("link_preview_options"),
        "photo": photo[-1]["file_id"] if photo else None,
        "document": message["document"]["file_id"] if "document" in message else None,
        "caption": ctx.params.get_str("caption"),
        "plain_caption": message.get("caption"),
        **extra,
    }


def record_send(ctx: Ctx, message: dict[str, Any], markup: dict[str, Any] | None) -> None:
    chat_id = message["chat"]["id"]
    entry = sent_entry(ctx, message, reply_markup=markup, edits=[])
    ctx.state.messages[(chat_id, message["message_id"])].record = ctx.state.record_sent(chat_id, entry)


def record_edit(ctx: Ctx, stored: StoredMessage) -> None:
    message = stored.data
    entry = sent_entry(ctx, message)
    if stored.record is not None:
        last = [stored.record, *stored.record["edits"]][-1]
        if ctx.method.lower() == "editmessagereplymarkup":  # text and caption unchanged
            entry.update(text=last["text"], caption=last["caption"], parse_mode=last["parse_mode"])
        stored.record["edits"].append(entry)
    ctx.state.record_sent(message["chat"]["id"], entry)
