"""Test-only routes under /test/ (JSON in and out): act as users, inject faults, read what the bot did.

What users do becomes stored messages and queued Updates, as Telegram would report it to the bot.
A request describing something impossible answers {"error": "..."} with status 400 or 404.
"""

from __future__ import annotations

import copy
import json
import re
import secrets
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from .faults import make_fault
from .html_entities import utf16_len
from .methods import new_file_id
from .state import State

__test__ = False  # not a pytest module

STATE_KEY = web.AppKey("fakegram_state", State)
COMMAND = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")
MEDIA: dict[str, dict[str, Any]] = {  # what a user can send instead of text, as the Message field it fills
    "sticker": {"type": "regular", "width": 512, "height": 512, "is_animated": False, "is_video": False, "emoji": "👍"},
    "photo": {"width": 1280, "height": 960},
}
Route = Callable[[State, dict[str, Any]], Any]


class EventError(Exception):
    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def user_from(body: dict[str, Any]) -> dict[str, Any]:
    user_id = int(body.get("user_id") or body["chat_id"])
    user = {"id": user_id, "is_bot": bool(body.get("is_bot")), "first_name": str(body.get("first_name") or "User")}
    return {**user, "username": str(body["username"])} if body.get("username") else user


def chat_from(state: State, body: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    kind, chat_id = str(body.get("chat_type") or "private"), int(body.get("chat_id") or user["id"])
    if kind == "private":
        if chat_id != user["id"]:
            raise EventError("a private chat's id is its user's id")
        chat = {"id": chat_id, "type": "private", **{k: v for k, v in user.items() if k in ("first_name", "username")}}
    elif kind in ("group", "supergroup"):
        if chat_id >= 0:
            raise EventError(f"a {kind} needs a negative chat_id")
        chat = {"id": chat_id, "type": kind, "title": str(body.get("title") or f"Chat {chat_id}")}
    else:
        raise EventError(f"unknown chat_type {kind!r}")
    state.chats[chat_id] = chat
    return chat


def delivered(state: State, message: dict[str, Any]) -> bool:
    """Group privacy mode: only commands, @mentions of the bot and replies to it get through."""
    if message["chat"]["type"] == "private" or not state.privacy_mode:
        return True
    text, bot = message.get("text") or message.get("caption") or "", state.bot_username.lower()
    if text.startswith("/"):
        return text.split()[0].partition("@")[2].lower() in ("", bot)
    replied = message.get("reply_to_message", {}).get("from", {})
    return f"@{bot}" in text.lower() or str(replied.get("username", "")).lower() == bot


def user_message(state: State, body: dict[str, Any], content: dict[str, Any]) -> dict[str, Any]:
    """Store a user's message and queue its Update (unless privacy mode hides it)."""
    user = user_from(body)
    chat = chat_from(state, body, user)
    message: dict[str, Any] = {"message_id": state.next_message_id(chat["id"]), "from": user, "chat": chat,
                               "date": int(time.time())}
    if body.get("reply_to_message_id"):
        replied = state.messages.get((chat["id"], int(body["reply_to_message_id"])))
        if replied is None:
            raise EventError("message to be replied not found")
        message["reply_to_message"] = {k: v for k, v in replied.items() if k != "reply_to_message"}
    message.update({k: v for k, v in content.items() if v})
    state.messages[(chat["id"], message["message_id"])] = message
    if chat["type"] == "private":
        state.blocked.discard(chat["id"])  # writing to a bot unblocks it
    if delivered(state, message):
        state.add_update("message", message)
    return message


def text_message(state: State, body: dict[str, Any]) -> dict[str, Any]:
    text = str(body.get("text") or "")
    if not text.strip():
        raise EventError("text is required")
    return user_message(state, body, {"text": text, "entities": commands(text)})


def commands(text: str) -> list[dict[str, Any]]:
    """The bot_command entities Telegram marks in a user's text."""
    return [{"type": "bot_command", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m[0])}
            for m in COMMAND.finditer(text)]


def media_message(state: State, body: dict[str, Any]) -> dict[str, Any]:
    kind = str(body.get("kind"))
    if kind not in MEDIA:
        raise EventError(f"kind is one of {', '.join(MEDIA)}")
    media: Any = {"file_id": new_file_id(), "file_unique_id": new_file_id("AQAD")[:16], **MEDIA[kind]}
    return user_message(state, body, {kind: [media] if kind == "photo" else media, "caption": body.get("caption")})


def edit_message(state: State, body: dict[str, Any]) -> dict[str, Any]:
    key = (int(body["chat_id"]), int(body["message_id"]))
    message, text = state.messages.get(key), str(body.get("text") or "")
    if message is None or key in state.by_bot:
        raise EventError("no user message with that chat_id and message_id", 404)
    if not text.strip():
        raise EventError("text is required")
    message.update(text=text, entities=commands(text), edit_date=int(time.time()))
    if not message["entities"]:
        del message["entities"]
    if delivered(state, message):
        state.add_update("edited_message", message)
    return message


def new_query(state: State, kind: str, query: dict[str, Any]) -> dict[str, str]:
    query_id = query["id"] = str(secrets.randbits(63))
    state.queries[query_id] = {"id": query_id, "created": time.time(), "answered": False}
    state.add_update(kind, query)
    return {"id": query_id}


def callback_query(state: State, body: dict[str, Any]) -> dict[str, str]:
    """Press an inline button of a bot message ("force": even one it does not have)."""
    key, data = (int(body["chat_id"]), int(body["message_id"])), str(body.get("data") or "")
    message = state.messages.get(key)
    if message is None or key not in state.by_bot:
        raise EventError("no bot message with that chat_id and message_id", 404)
    buttons = [b for row in message.get("reply_markup", {}).get("inline_keyboard", []) for b in row]
    if not body.get("force") and not any(button.get("callback_data") == data for button in buttons):
        raise EventError(f"the message has no inline button with callback_data {data!r}")
    query = {"from": user_from(body), "message": copy.deepcopy(message), "chat_instance": str(key[0] * 7 + 3)}
    return new_query(state, "callback_query", {**query, "data": data})


def inline_query(state: State, body: dict[str, Any]) -> dict[str, str]:
    """A user typing "@bot query"."""
    query = {"from": user_from(body), "query": str(body.get("query") or ""), "offset": str(body.get("offset") or "")}
    return new_query(state, "inline_query", query)


def block(state: State, body: dict[str, Any]) -> dict[str, Any]:
    chat_id = int(body["chat_id"])
    (state.blocked.add if body.get("blocked", True) else state.blocked.discard)(chat_id)
    return {"chat_id": chat_id, "blocked": chat_id in state.blocked}


def fault(state: State, body: dict[str, Any]) -> dict[str, bool]:
    """{"method": "sendMessage", "kind": "slow", "times": 2, "seconds": 1.5}: settings as in faults.py;
    unknown ones are refused (TypeError), as a misspelt one would be ignored."""
    state.add_fault(make_fault(**body))
    return {"ok": True}


def clear_faults(state: State, body: dict[str, Any]) -> dict[str, bool]:
    state.clear_faults(body.get("method"))
    return {"ok": True}


def reset(state: State, body: dict[str, Any]) -> dict[str, bool]:
    state.reset()
    return {"ok": True}


def inline_answer(state: State, body: dict[str, Any]) -> dict[str, Any]:
    answer = state.inline_answers.get(str(body.get("id")))
    if answer is None:
        raise EventError("that inline query has no answer", 404)
    return answer


def raw_update(state: State, body: dict[str, Any]) -> dict[str, bool]:
    """An update of a kind users cannot make through the other routes (a channel post, a business message)."""
    payload = body["payload"]
    if not isinstance(payload, dict):
        raise EventError("payload must be an object")
    chat = payload.get("chat")
    if isinstance(chat, dict) and "id" in chat:
        state.chats.setdefault(int(chat["id"]), chat)
    state.add_update(str(body["type"]), payload)
    return {"ok": True}


def sent(state: State, body: dict[str, Any]) -> list[dict[str, Any]]:
    return state.sent.get(int(body["chat_id"]), [])[int(body.get("since") or 0):]


POST: dict[str, Route] = {
    "message": text_message,
    "edit": edit_message,
    "media": media_message,
    "callback": callback_query,
    "inline": inline_query,
    "block": block,
    "fault": fault,
    "faults/clear": clear_faults,
    "reset": reset,
    "update": raw_update,
}
GET: dict[str, Route] = {
    "sent": sent,
    "inline_answers": inline_answer,
    "callback_answers": lambda state, body: [
        a for a in state.callback_answers if not body.get("id") or a["callback_query_id"] == body["id"]],
    "calls": lambda state, body: [
        c for c in state.calls if not body.get("method") or c["method"].lower() == body["method"].lower()],
    "updates": lambda state, body: state.updates,
}


def _json_route(action: Route) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def handle(request: web.Request) -> web.Response:
        body: dict[str, Any] = dict(request.query)
        try:
            if request.can_read_body:
                posted = await request.json()
                if not isinstance(posted, dict):
                    raise ValueError("the body must be a JSON object")
                body.update(posted)
            result = action(request.app[STATE_KEY], body)
        except EventError as error:
            return web.json_response({"error": str(error)}, status=error.status)
        except KeyError as error:
            return web.json_response({"error": f"missing field {error}"}, status=400)
        except (TypeError, ValueError) as error:
            return web.json_response({"error": str(error)}, status=400)
        return web.json_response(result, dumps=lambda obj: json.dumps(obj, ensure_ascii=False))

    return handle


def add_test_routes(app: web.Application) -> None:
    for name, action in POST.items():
        app.router.add_post(f"/test/{name}", _json_route(action))
    for name, action in GET.items():
        app.router.add_get(f"/test/{name}", _json_route(action))
