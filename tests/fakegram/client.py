"""UserClient: a synchronous httpx client of the /test/ routes, acting as a Telegram user."""

from __future__ import annotations

import time
from typing import Any

import httpx


class UserClient:
    """One user (``user_id``) talking to the bot; ``base`` is the server root (or its base_url)."""

    def __init__(
        self,
        base: str,
        *,
        user_id: int = 1001,
        first_name: str = "Alice",
        username: str | None = "alice",
        timeout: float = 10.0,
    ) -> None:
        root = base.rstrip("/")
        self.base = root[: -len("/bot")] if root.endswith("/bot") else root
        self.user_id = user_id
        self.first_name = first_name
        self.username = username
        self.http = httpx.Client(base_url=self.base, timeout=timeout)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> UserClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- plumbing -------------------------------------------------------------
    def _post(self, route: str, body: dict[str, Any]) -> Any:
        response = self.http.post(f"/test/{route}", json={k: v for k, v in body.items() if v is not None})
        if response.status_code != 200:
            raise AssertionError(f"/test/{route} -> {response.status_code}: {response.text}")
        return response.json()

    def _get(self, route: str, **query: Any) -> Any:
        params = {k: v for k, v in query.items() if v is not None}
        response = self.http.get(f"/test/{route}", params=params)
        if response.status_code != 200:
            raise AssertionError(f"/test/{route} -> {response.status_code}: {response.text}")
        return response.json()

    def _who(self, chat_id: int | None, user_id: int | None, chat_type: str) -> dict[str, Any]:
        user = user_id if user_id is not None else self.user_id
        return {
            "chat_id": chat_id if chat_id is not None else user,
            "user_id": user,
            "chat_type": chat_type,
            "first_name": self.first_name,
            "username": self.username,
        }

    # --- acting as the user ---------------------------------------------------
    def send(
        self,
        text: str,
        chat_id: int | None = None,
        user_id: int | None = None,
        chat_type: str = "private",
        **extra: Any,
    ) -> dict[str, Any]:
        """Send a text message (Update.message); returns the stored Message."""
        body = {**self._who(chat_id, user_id, chat_type), "text": text, **extra}
        result: dict[str, Any] = self._post("message", body)
        return result

    def edit(self, message_id: int, text: str, chat_id: int | None = None) -> dict[str, Any]:
        chat = chat_id if chat_id is not None else self.user_id
        result: dict[str, Any] = self._post("edit", {"chat_id": chat, "message_id": message_id, "text": text})
        return result

    def send_media(
        self,
        kind: str,
        chat_id: int | None = None,
        user_id: int | None = None,
        chat_type: str = "private",
        **extra: Any,
    ) -> dict[str, Any]:
        """kind: sticker, photo, voice or document."""
        result: dict[str, Any] = self._post(kind, {**self._who(chat_id, user_id, chat_type), **extra})
        return result

    def send_content(
        self, content: dict[str, Any], chat_id: int | None = None, user_id: int | None = None, **extra: Any
    ) -> dict[str, Any]:
        """A message with arbitrary Message fields, e.g. {"location": {"latitude": 1, "longitude": 2}}."""
        body = {**self._who(chat_id, user_id, str(extra.pop("chat_type", "private"))), "content": content, **extra}
        result: dict[str, Any] = self._post("content", body)
        return result

    def press(
        self, message_id: int, data: str, chat_id: int | None = None, user_id: int | None = None, **extra: Any
    ) -> str:
        """Press the inline button with ``data`` under a bot message; returns the callback query id."""
        body = {**self._who(chat_id, user_id, "private"), "message_id": message_id, "data": data, **extra}
        body.pop("chat_type")
        return str(self._post("callback", body)["id"])

    def inline(self, query: str, offset: str = "", user_id: int | None = None, **extra: Any) -> str:
        """Type an inline query; returns its id."""
        body = {"user_id": user_id or self.user_id, "first_name": self.first_name, "username": self.username}
        return str(self._post("inline", {**body, "query": query, "offset": offset, **extra})["id"])

    def block(self, chat_id: int | None = None, blocked: bool = True) -> None:
        self._post("block", {"chat_id": chat_id if chat_id is not None else self.user_id, "blocked": blocked})

    def set_retry_after(self, method: str, seconds: int, times: int = 1) -> None:
        self._post("flood", {"method": method, "seconds": seconds, "times": times})

    def fault(self, method: str, kind: str, times: int = 1, **params: Any) -> None:
        """The next ``times`` calls of ``method`` meet a fault: retry_after (seconds), server_error
        (code), slow (seconds), drop, bad_json or error (code, description); see fakegram/faults.py."""
        self._post("fault", {"method": method, "kind": kind, "times": times, **params})

    def clear_faults(self, method: str | None = None) -> None:
        """Forget the pending faults of ``method``, or of all methods."""
        self._post("faults/clear", {"method": method})

    def reset(self) -> None:
        self._post("reset", {})

    # --- reading what the bot did ---------------------------------------------
    def sent(self, chat_id: int | None = None, since: int = 0) -> list[dict[str, Any]]:
        """Everything the bot sent, edited or deleted in the chat (default: this user's), in order."""
        chat = chat_id if chat_id is not None else self.user_id
        result: list[dict[str, Any]] = self._get("sent", chat_id=chat, since=since)
        return result

    def wait_for_reply(
        self, chat_id: int | None = None, after_count: int = 0, timeout: float = 10.0
    ) -> list[dict[str, Any]]:
        """Poll until the chat's sent log has more than ``after_count`` entries; returns the new ones."""
        deadline = time.monotonic() + timeout
        while True:
            new = self.sent(chat_id, since=after_count)
            if new:
                return new
            if time.monotonic() > deadline:
                raise AssertionError(f"no reply in chat {chat_id or self.user_id} within {timeout}s")
            time.sleep(0.02)

    def updates(self) -> list[dict[str, Any]]:
        """Updates queued for the bot: not yet confirmed by getUpdates nor delivered to a webhook."""
        result: list[dict[str, Any]] = self._get("updates")
        return result

    def inline_answer(self, query_id: str) -> dict[str, Any]:
        result: dict[str, Any] = self._get("inline_answers", id=query_id)
        return result

    def callback_answers(self, query_id: str | None = None) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self._get("callback_answers", id=query_id)
        return result

    def calls(self, method: str | None = None) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self._get("calls", method=method)
        return result
