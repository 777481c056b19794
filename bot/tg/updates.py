"""Process updates of different chats concurrently, each chat's strictly in order, and no chat ahead of the others.

python-telegram-bot handles one update at a time by default, so every Bot API round trip stalls everybody
else. Fully concurrent processing would be faster but could answer "source?" before the question it follows.

So every update first takes its chat's place in line (a lock per chat), and only at the head of its chat's
line does it wait for one of the concurrency slots. A chat that floods the bot therefore holds at most one
slot, however many updates it sends; the order of taking the place before the slot is what keeps one group's
hundred commands (each held for seconds by Telegram's group rate limit) from stalling every other chat.

Each chat's line is bounded: past ``max_queued`` waiting updates the excess is dropped, logged once per
burst, and the chat gets one notice (``on_overflow``), queued behind what it already waits for. A burst
ends when the chat's line is empty; idle chats cost nothing.

Only updates the bot acts on stand in line (``relevant``): group chatter the bot ignores (privacy mode
off) needs no order, so it takes a slot only, and can neither push a question out of a full line nor
make the bot tell a busy group that it skipped something.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

log = logging.getLogger(__name__)
MAX_CONCURRENT_UPDATES = 64
MAX_QUEUED_PER_CHAT = 20
"""About a minute of replies under Telegram's 20-messages-a-minute group limit."""
MAX_PENDING_UPDATES = 100_000
"""python-telegram-bot's own semaphore, taken before ``do_process_update``: only a memory bound, never the
slot an update waits for (that would put updates in line for a slot before their chat's line)."""

Overflow = Callable[[object], Awaitable[None]]
Relevant = Callable[[object], bool]


@dataclass(slots=True)
class _Line:
    """One chat's line: the update being processed and those waiting behind it."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    size: int = 0  # in the line, including the one at its head
    dropped: int = 0  # in this burst


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Concurrency across chats, order within a chat, a bounded line per chat; see the module docstring."""

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES, *,
                 max_queued: int = MAX_QUEUED_PER_CHAT, on_overflow: Overflow | None = None,
                 relevant: Relevant | None = None) -> None:
        super().__init__(MAX_PENDING_UPDATES)
        if max_concurrent_updates < 1 or max_queued < 0:
            raise ValueError("max_concurrent_updates must be at least 1 and max_queued not negative")
        self.slots = max_concurrent_updates
        self.max_queued = max_queued
        self.on_overflow = on_overflow
        self.relevant = relevant
        self._slots = asyncio.Semaphore(max_concurrent_updates)
        self._lines: dict[int, _Line] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _chat_key(update) if self.relevant is None or self.relevant(update) else None
        if key is None:
            async with self._slots:
                await coroutine
            return
        line = self._lines.setdefault(key, _Line())
        if line.size > self.max_queued:
            _discard(coroutine)
            line.dropped += 1
            if line.dropped == 1 and self.on_overflow is not None:
                await self._in_line(key, line, self.on_overflow(update))
            return
        await self._in_line(key, line, coroutine)

    async def _in_line(self, key: int, line: _Line, coroutine: Awaitable[Any]) -> None:
        """Wait for the chat's turn, then for a slot; the line is forgotten once it is empty."""
        line.size += 1
        try:
            async with line.lock, self._slots:
                await coroutine
        finally:
            line.size -= 1
            if line.size == 0:
                del self._lines[key]
                if line.dropped:
                    log.warning("a chat sent more than %d updates at once: %d dropped, one notice sent",
                                self.max_queued + 1, line.dropped)

    @property
    def busy_chats(self) -> int:
        """Chats with an update in progress or waiting; an idle chat costs nothing."""
        return len(self._lines)

    async def initialize(self) -> None:
        """Nothing to allocate."""

    async def shutdown(self) -> None:
        """Nothing to free."""


def _discard(coroutine: Awaitable[Any]) -> None:
    """Close a coroutine that will never run (no "never awaited" warning)."""
    close = getattr(coroutine, "close", None)
    if close is not None:
        close()


def _chat_key(update: object) -> int | None:
    """The chat an update belongs to (inline queries have none: keyed by user, they stay ordered too)."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None
