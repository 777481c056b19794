"""All in-memory state of the fake Telegram server, in one class.

Every method runs on the server's event loop (handlers and FakeTelegramThread.call do).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # faults.py imports the method registry, which imports this module
    from .faults import Fault

NOT_BY_DEFAULT = frozenset({"chat_member", "message_reaction", "message_reaction_count"})  # unless asked for


@dataclass
class State:
    bot_username: str = "article_fact_bot"
    privacy_mode: bool = True
    query_ttl: float = 300.0  # seconds a callback or inline query can be answered in
    closing: bool = False
    chats: dict[int, dict[str, Any]] = field(default_factory=dict)
    blocked: set[int] = field(default_factory=set)
    messages: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)  # (chat, id): Message
    by_bot: set[tuple[int, int]] = field(default_factory=set)  # the keys of messages the bot sent
    last_message_id: dict[int, int] = field(default_factory=dict)
    updates: list[dict[str, Any]] = field(default_factory=list)
    last_update_id: int = 100_000_000
    allowed_updates: frozenset[str] | None = None  # None: all but NOT_BY_DEFAULT
    poll_generation: int = 0
    webhook: dict[str, Any] | None = None
    files: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # photo file_id: all its sizes
    queries: dict[str, dict[str, Any]] = field(default_factory=dict)  # callback and inline queries by id
    callback_answers: list[dict[str, Any]] = field(default_factory=list)
    inline_answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    sent: dict[int, list[dict[str, Any]]] = field(default_factory=dict)  # per chat: what the bot did
    calls: list[dict[str, Any]] = field(default_factory=list)  # every Bot API call
    faults: dict[str, list[Fault]] = field(default_factory=dict)  # pending, by lower-case method name
    _changed: asyncio.Event = field(default_factory=asyncio.Event, repr=False)

    def reset(self) -> None:
        """Forget all data but keep the configuration; update ids keep growing, so a polling bot's
        offset stays valid (a pending getUpdates call keeps waiting)."""
        fresh = State(self.bot_username, self.privacy_mode, self.query_ttl, _changed=self._changed)
        fresh.last_update_id, fresh.poll_generation = self.last_update_id, self.poll_generation
        self.__dict__.update(fresh.__dict__)
        self.notify()

    def next_message_id(self, chat_id: int) -> int:
        self.last_message_id[chat_id] = self.last_message_id.get(chat_id, 0) + 1
        return self.last_message_id[chat_id]

    # --- updates --------------------------------------------------------------
    def add_update(self, kind: str, payload: dict[str, Any]) -> None:
        """Queue an update unless allowed_updates filters it out."""
        if (kind in NOT_BY_DEFAULT) if self.allowed_updates is None else (kind not in self.allowed_updates):
            return
        self.last_update_id += 1
        self.updates.append({"update_id": self.last_update_id, kind: copy.deepcopy(payload)})
        self.notify()

    def set_allowed_updates(self, allowed: Any) -> None:
        if isinstance(allowed, list):
            self.allowed_updates = frozenset(map(str, allowed)) if allowed else None

    def confirm(self, offset: int | None) -> None:
        """A positive offset forgets every earlier update; a negative one keeps only the last -offset."""
        if offset and offset > 0:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        elif offset:
            self.updates = self.updates[offset:]

    def notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait_changed(self, timeout: float) -> None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):  # unlike 3.11's wait_for, never swallows a cancel
                await self._changed.wait()

    def record_sent(self, chat_id: int, entry: dict[str, Any]) -> None:
        log = self.sent.setdefault(chat_id, [])
        log.append({"index": len(log), "chat_id": chat_id, "time": time.time(), **entry})

    # --- injected faults (faults.py) -------------------------------------------
    def add_fault(self, fault: Fault) -> None:
        self.faults.setdefault(fault.method, []).append(fault)

    def take_fault(self, method: str) -> Fault | None:
        """The fault the next call of ``method`` meets, if any; it counts as used."""
        queue = self.faults.get(method.lower())
        if not queue:
            return None
        fault = queue[0]
        fault.remaining -= 1
        if fault.remaining <= 0:
            queue.pop(0)
        return fault

    def clear_faults(self, method: str | None = None) -> None:
        if method is None:
            self.faults.clear()
        else:
            self.faults.pop(method.lower(), None)
