"""UserClient: a synchronous httpx client of the /test/ routes, acting as a Telegram user."""

from __future__ import annotations

import time
from typing import Any, cast

import httpx


class UserClient:
    """One user (``user_id``) talking to the bot; ``base`` is the server root (or its base_url)."""

    def __init__(self, base: str, *, user_id: int = 1001, first_name: str = "Alice", username: str | None = "alice",
                 timeout: float = 10.0) -> None:
        root = base.rstrip("/")
        self.base = root.removesuffix("/bot")
        self.user_id, self.first_name, self.username = user_id, first_name, username
        self.http = httpx.Client(base_url=self.base, timeout=timeout)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> UserClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, verb: str, route: str, **body: Any) -> Any:
        body = {k: v for k, v in body.items() if v is not None}
        url = f"/test/{route}"
        response = self.http.post(url, json=body) if verb == "POST" else self.http.get(url, params=body)
        if response.status_code != 200:
            raise AssertionError(f"/test/{route} -> {response.status_code}: {response.text}")
        return response.json()

    def _who(self, chat_id: int | None, user_id: int | None, chat_type: str | None = "private") -> dict[str, Any]:
        user = user_id if user_id is not None else self.user_id
        return {"chat_id": chat_id if chat_id is not None else user, "user_id": user, "chat_type": chat_type,
                "first_name": self.first_name, "username": self.username}

    # --- acting as the user ---------------------------------------------------
    def send(self, text: str, chat_id: int | None = None, user_id: int | None = None, chat_type: str = "private",
             **extra: Any) -> dict[str, Any]:
        """Send a text message (Update.message); returns the stored Message. ``extra``: e.g.
        reply_to_message_id, title (of a group), is_bot."""
        body = {**self._who(chat_id, user_id, chat_type), "text": text, **extra}
        return cast(dict[str, Any], self._call("POST", "message", **body))

    def edit(self, message_id: int, text: str, chat_id: int | None = None) -> dict[str, Any]:
        chat = chat_id if chat_id is not None else self.user_id
        return cast(dict[str, Any], self._call("POST", "edit", chat_id=chat, message_id=message_id, text=text))

    def send_media(self, kind: str, chat_id: int | None = None, user_id: int | None = None,
                   chat_type: str = "private", **extra: Any) -> dict[str, Any]:
        """kind: sticker or photo."""
        body = {**self._who(chat_id, user_id, chat_type), "kind": kind, **extra}
        return cast(dict[str, Any], self._call("POST", "media", **body))

    def press(self, message_id: int, data: str, chat_id: int | None = None, user_id: int | None = None,
              **extra: Any) -> str:
        """Press the inline button with ``data`` under a bot message (``force=True``: even one it does not
        have); returns the callback query id."""
        body = {**self._who(chat_id, user_id, None), "message_id": message_id, "data": data, **extra}
        return str(self._call("POST", "callback", **body)["id"])

    def inline(self, query: str, offset: str = "", user_id: int | None = None) -> str:
        """Type an inline query; returns its id."""
        return str(self._call("POST", "inline", **self._who(None, user_id, None), query=query, offset=offset)["id"])

    def block(self, chat_id: int | None = None, blocked: bool = True) -> None:
        self._call("POST", "block", chat_id=chat_id if chat_id is not None else self.user_id, blocked=blocked)

    def fault(self, method: str, kind: str, times: int = 1, **settings: Any) -> None:
        """The next ``times`` calls of ``method`` meet a fault: retry_after (seconds), server_error
        (code), slow (seconds), drop, bad_json or error (code, description); see fakegram/faults.py."""
        self._call("POST", "fault", method=method, kind=kind, times=times, **settings)

    def clear_faults(self, method: str | None = None) -> None:
        """Forget the pending faults of ``method``, or of all methods."""
        self._call("POST", "faults/clear", method=method)

    def raw_update(self, kind: str, payload: dict[str, Any]) -> None:
        """An update as Telegram would send it (channel posts, business messages): the payload as given."""
        self._call("POST", "update", type=kind, payload=payload)

    def reset(self) -> None:
        self._call("POST", "reset")

    # --- reading what the bot did ---------------------------------------------
    def sent(self, chat_id: int | None = None, since: int = 0) -> list[dict[str, Any]]:
        """Everything the bot sent or edited in the chat (default: this user's), in order."""
        return cast(list[dict[str, Any]], self._call("GET", "sent", chat_id=chat_id or self.user_id, since=since))

    def wait_for_reply(self, chat_id: int | None = None, after_count: int = 0,
                       timeout: float = 10.0) -> list[dict[str, Any]]:
        """Poll until the chat's sent log has more than ``after_count`` entries; returns the new ones."""
        deadline = time.monotonic() + timeout
        while not (new := self.sent(chat_id, since=after_count)):
            if time.monotonic() > deadline:
                raise AssertionError(f"no reply in chat {chat_id or self.user_id} within {timeout}s")
            time.sleep(0.02)
        return new

    def updates(self) -> list[dict[str, Any]]:
        """Updates queued for the bot: not yet confirmed by getUpdates nor delivered to a webhook."""
        return cast(list[dict[str, Any]], self._call("GET", "updates"))

    def inline_answer(self, query_id: str) -> dict[str, Any]:
        return cast(dict[str, Any], self._call("GET", "inline_answers", id=query_id))

    def callback_answers(self, query_id: str | None = None) -> list[dict[str, Any]]:
        return cast(list[dict[str, Any]], self._call("GET", "callback_answers", id=query_id))

    def calls(self, method: str | None = None) -> list[dict[str, Any]]:
        return cast(list[dict[str, Any]], self._call("GET", "calls", method=method))
