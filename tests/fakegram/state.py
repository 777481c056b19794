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

if TYPE_CHECKING:  # faults.py imports the method handlers, which import this module
    from .faults import Fault

DEFAULT_UPDATES = frozenset(
    "message edited_message channel_post edited_channel_post business_connection "
    "business_message edited_business_message deleted_business_messages inline_query "
    "chosen_inline_result callback_query shipping_query pre_checkout_query "
    "purchased_paid_media poll poll_answer my_chat_member chat_join_request "
    "chat_boost removed_chat_boost".split()
)


@dataclass
class StoredMessage:
    data: dict[str, Any]  # the Bot API Message object
    from_bot: bool
    record: dict[str, Any] | None = None  # its entry in the sent log, if the bot sent it


@dataclass
class FileEntry:
    kind: str  # photo, document, voice, sticker
    obj: dict[str, Any]  # PhotoSize / Document / Voice / Sticker
    group: list[dict[str, Any]]  # all sizes of a photo; [obj] otherwise
    data: bytes | None
    path: str


@dataclass
class State:
    bot_username: str = "article_fact_bot"
    bot_first_name: str = "Article Fact Bot"
    privacy_mode: bool = True
    strict_html: bool = True
    query_ttl: float = 300.0
    closing: bool = False
    chats: dict[int, dict[str, Any]] = field(default_factory=dict)
    users: dict[int, dict[str, Any]] = field(default_factory=dict)
    chat_instances: dict[int, str] = field(default_factory=dict)
    blocked: set[int] = field(default_factory=set)
    messages: dict[tuple[int, int], StoredMessage] = field(default_factory=dict)
    last_message_id: dict[int, int] = field(default_factory=dict)
    updates: list[dict[str, Any]] = field(default_factory=list)
    last_update_id: int = 100_000_000
    allowed_updates: frozenset[str] = DEFAULT_UPDATES
    poll_generation: int = 0
    webhook: dict[str, Any] | None = None
    commands: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    files: dict[str, FileEntry] = field(default_factory=dict)
    callback_queries: dict[str, dict[str, Any]] = field(default_factory=dict)
    inline_queries: dict[str, dict[str, Any]] = field(default_factory=dict)
    callback_answers: list[dict[str, Any]] = field(default_factory=list)
    inline_answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    sent: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    calls: list[dict[str, Any]] = field(default_factory=list)
    faults: dict[str, list[Fault]] = field(default_factory=dict)
    counter: int = 0
    _changed: asyncio.Event = field(default_factory=asyncio.Event, repr=False)

    def reset(self) -> None:
        """Forget all data but keep the configuration; ids keep growing, so a polling
        bot's offset stays valid (a pending getUpdates call keeps waiting)."""
        fresh = State(self.bot_username, self.bot_first_name, self.privacy_mode)
        fresh.strict_html, fresh.query_ttl, fresh._changed = (
            self.strict_html,
            self.query_ttl,
            self._changed,
        )
        fresh.last_update_id, fresh.counter = self.last_update_id, self.counter
        fresh.poll_generation = self.poll_generation
        self.__dict__.update(fresh.__dict__)
        self.notify()

    # --- identities -----------------------------------------------------------
    def bot_user(self, token: str) -> dict[str, Any]:
        head = token.split(":", 1)[0]
        bot_id = int(head) if head.isdigit() else 1
        return {
            "id": bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    def new_id(self) -> int:
        self.counter += 1
        return self.counter

    def next_message_id(self, chat_id: int) -> int:
        self.last_message_id[chat_id] = self.last_message_id.get(chat_id, 0) + 1
        return self.last_message_id[chat_id]

    def find_chat(self, chat_id: int | str) -> dict[str, Any] | None:
        if isinstance(chat_id, int):
            return self.chats.get(chat_id)
        name = chat_id.lstrip("@").lower()
        for chat in self.chats.values():
            if str(chat.get("username", "")).lower() == name:
                return chat
        return None

    # --- updates --------------------------------------------------------------
    def add_update(self, kind: str, payload: dict[str, Any]) -> int | None:
        """Queue an update unless allowed_updates filters it out; its update_id or None."""
        if kind not in self.allowed_updates:
            return None
        self.last_update_id += 1
        self.updates.append({"update_id": self.last_update_id, kind: copy.deepcopy(payload)})
        self.notify()
        return self.last_update_id

    def confirm(self, offset: int | None) -> None:
        if offset is None or offset == 0:
            return
        if offset > 0:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        else:
            self.updates = self.updates[offset:]

    def notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait_changed(self, timeout: float) -> None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):  # unlike 3.11's wait_for, never swallows a cancel
                await self._changed.wait()

    # --- logs -----------------------------------------------------------------
    def record_sent(self, chat_id: int, entry: dict[str, Any]) -> dict[str, Any]:
        log = self.sent.setdefault(chat_id, [])
        entry = {"index": len(log), "chat_id": chat_id, "time": time.time(), **entry}
        log.append(entry)
        return entry

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
