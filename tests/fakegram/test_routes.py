"""Test-only routes under /test/ (JSON in and out): act as users, read what the bot did.

Errors answer {"error": "..."} with status 400 or 404.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from . import user_events
from .faults import make_fault
from .state import State
from .user_events import EventError

__test__ = False  # not a pytest module

STATE_KEY = web.AppKey("fakegram_state", State)
Route = Callable[[State, dict[str, Any]], Any]


def _json_route(action: Route) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def handle(request: web.Request) -> web.Response:
        body: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            try:
                posted = await request.json()
            except ValueError:
                return web.json_response({"error": "the body must be a JSON object"}, status=400)
            if not isinstance(posted, dict):
                return web.json_response({"error": "the body must be a JSON object"}, status=400)
            body.update(posted)
        try:
            result = action(request.app[STATE_KEY], body)
        except EventError as error:
            return web.json_response({"error": str(error)}, status=error.status)
        except KeyError as error:
            return web.json_response({"error": f"missing field {error}"}, status=400)
        except (TypeError, ValueError) as error:
            return web.json_response({"error": str(error)}, status=400)
        return web.json_response(result, dumps=lambda obj: json.dumps(obj, ensure_ascii=False))

    return handle


def _sent(state: State, body: dict[str, Any]) -> list[dict[str, Any]]:
    since = int(body.get("since") or 0)
    if body.get("chat_id") not in (None, ""):
        return state.sent.get(int(body["chat_id"]), [])[since:]
    return [entry for log in state.sent.values() for entry in log][since:]


def _inline_answers(state: State, body: dict[str, Any]) -> Any:
    if body.get("id"):
        answer = state.inline_answers.get(str(body["id"]))
        if answer is None:
            raise EventError("that inline query has no answer", 404)
        return answer
    return list(state.inline_answers.values())


def _callback_answers(state: State, body: dict[str, Any]) -> list[dict[str, Any]]:
    wanted = body.get("id")
    return [a for a in state.callback_answers if not wanted or a["callback_query_id"] == str(wanted)]


def _calls(state: State, body: dict[str, Any]) -> list[dict[str, Any]]:
    wanted = str(body.get("method") or "").lower()
    return [c for c in state.calls if not wanted or c["method"].lower() == wanted]


def _block(state: State, body: dict[str, Any]) -> dict[str, Any]:
    chat_id = int(body["chat_id"])
    if body.get("blocked", True) in (False, "false", "0", 0):
        state.blocked.discard(chat_id)
    else:
        state.blocked.add(chat_id)
    return {"chat_id": chat_id, "blocked": chat_id in state.blocked}


def _chat(state: State, body: dict[str, Any]) -> dict[str, Any]:
    private = str(body.get("chat_type") or body.get("type") or "private") == "private"
    user = user_events.user_from(state, body) if private else None
    return user_events.chat_from(state, body, user)


def _flood(state: State, body: dict[str, Any]) -> dict[str, bool]:
    """The older form of a retry_after fault: {"method": ..., "seconds": N, "times": N}."""
    seconds, times = int(body.get("seconds", 1)), int(body.get("times", 1))
    state.add_fault(make_fault(str(body["method"]), "retry_after", times=times, seconds=seconds))
    return {"ok": True}


FAULT_FIELDS = frozenset({"method", "kind", "times", "seconds", "code", "error_code", "description", "parameters"})


def _fault(state: State, body: dict[str, Any]) -> dict[str, bool]:
    """{"method": "sendMessage", "kind": "slow", "times": 2, "seconds": 1.5}; kinds and their
    settings as in faults.py. Without a kind, {"error_code": N, "description": ...} (the older
    form) is an "error" fault. Unknown fields are refused, as a misspelt one would be ignored."""
    unknown = sorted(set(body) - FAULT_FIELDS)
    if unknown:
        raise ValueError(f"unknown fault fields: {', '.join(unknown)}")
    kind = str(body.get("kind") or ("error" if "error_code" in body else ""))
    code, seconds = body.get("code", body.get("error_code")), body.get("seconds")
    fault = make_fault(
        str(body["method"]),
        kind,
        times=int(body.get("times", 1)),
        seconds=None if seconds is None else float(seconds),
        code=None if code is None else int(code),
        description=None if body.get("description") is None else str(body["description"]),
        parameters=body.get("parameters"),
    )
    state.add_fault(fault)
    return {"ok": True}


def _clear_faults(state: State, body: dict[str, Any]) -> dict[str, bool]:
    """Forget pending faults: of {"method": ...}, or of all methods."""
    state.clear_faults(str(body["method"]) if body.get("method") else None)
    return {"ok": True}


def _reset(state: State, body: dict[str, Any]) -> dict[str, bool]:
    state.reset()
    return {"ok": True}


def _content(state: State, body: dict[str, Any]) -> dict[str, Any]:
    """A user message with any Message fields, e.g. {"location": {...}} or {"contact": {...}}."""
    content = body.get("content")
    if not isinstance(content, dict):
        raise EventError("content must be an object of Message fields")
    return user_events.user_message(state, body, content)


def _update(state: State, body: dict[str, Any]) -> dict[str, Any]:
    """Queue a raw update: {"type": "my_chat_member", "payload": {...}}."""
    return {"update_id": state.add_update(str(body["type"]), dict(body["payload"]))}


def _media(kind: str) -> Route:
    return lambda state, body: user_events.media_message(state, body, kind)


POST: dict[str, Route] = {
    "message": user_events.text_message,
    "edit": user_events.edit_message,
    "sticker": _media("sticker"),
    "photo": _media("photo"),
    "voice": _media("voice"),
    "document": _media("document"),
    "content": _content,
    "update": _update,
    "callback": lambda state, body: {"id": user_events.callback_query(state, body)},
    "inline": lambda state, body: {"id": user_events.inline_query(state, body)},
    "block": _block,
    "chat": _chat,
    "flood": _flood,
    "fault": _fault,
    "faults/clear": _clear_faults,
    "reset": _reset,
}
GET: dict[str, Route] = {
    "sent": _sent,
    "inline_answers": _inline_answers,
    "callback_answers": _callback_answers,
    "calls": _calls,
    "updates": lambda state, body: state.updates,
}


def add_test_routes(app: web.Application) -> None:
    for name, action in POST.items():
        app.router.add_post(f"/test/{name}", _json_route(action))
    for name, action in GET.items():
        app.router.add_get(f"/test/{name}", _json_route(action))
