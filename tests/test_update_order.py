"""Updates from one chat are handled in order; other chats do not wait for them."""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Callable, Coroutine
from typing import Any

import pytest
from telegram import Chat, Message, Update, User

from bot.tg.updates import PerChatUpdateProcessor


def update(update_id: int, chat_id: int) -> Update:
    user = User(chat_id, "A", is_bot=False)
    chat = Chat(chat_id, "private")
    return Update(update_id, message=Message(update_id, None, chat, from_user=user, text="hi"))  # type: ignore[arg-type]


def recorder(events: list[str]) -> Callable[[str, float], Coroutine[Any, Any, None]]:
    """A handler stand-in that notes when each update's work starts and ends."""
    async def work(name: str, delay: float) -> None:
        events.append(f"start {name}")
        await asyncio.sleep(delay)
        events.append(f"end {name}")

    return work


def test_one_chat_in_order_and_other_chats_alongside() -> None:
    events: list[str] = []
    work = recorder(events)

    async def main() -> None:
        processor = PerChatUpdateProcessor()
        await asyncio.gather(
            processor.process_update(update(1, 10), work("a1", 0.05)),
            processor.process_update(update(2, 10), work("a2", 0.0)),
            processor.process_update(update(3, 20), work("b1", 0.0)),
        )
        assert processor.busy_chats == 0  # idle chats are forgotten

    asyncio.run(main())
    assert events.index("end a1") < events.index("start a2")
    assert events.index("end b1") < events.index("end a1")


def test_a_flooding_chat_holds_one_slot_so_other_chats_are_not_kept_waiting() -> None:
    """One group's burst (each update held for a while, as Telegram's group limit does) must not fill the
    concurrency slots: the private chat's update runs at once, not after the group's."""
    events: list[str] = []
    work = recorder(events)

    async def main() -> None:
        processor = PerChatUpdateProcessor(2, max_queued=100)
        group = [processor.process_update(update(n, -10), work(f"g{n}", 0.02)) for n in range(10)]
        await asyncio.gather(*group, processor.process_update(update(99, 20), work("private", 0.0)))

    asyncio.run(main())
    assert events.index("end private") < events.index("end g1")
    assert [e for e in events if e.startswith("start g")] == [f"start g{n}" for n in range(10)]  # still in order


def test_a_chats_line_is_bounded_the_excess_dropped_with_one_notice_and_one_log_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    ran: list[str] = []

    async def work(name: str) -> None:
        await asyncio.sleep(0.001)
        ran.append(name)

    async def notice(upd: object) -> None:
        assert isinstance(upd, Update)
        ran.append(f"notice after {upd.update_id}")

    async def burst(processor: PerChatUpdateProcessor, first: int) -> None:
        numbers = range(first, first + 10)
        await asyncio.gather(*(processor.process_update(update(n, 10), work(f"u{n}")) for n in numbers))

    async def main() -> None:
        processor = PerChatUpdateProcessor(max_queued=3, on_overflow=notice)
        await burst(processor, 0)
        assert processor.busy_chats == 0
        await burst(processor, 100)  # a later burst gets its own notice

    with caplog.at_level(logging.WARNING, logger="bot.tg.updates"), warnings.catch_warnings():
        warnings.simplefilter("error")  # a dropped update's coroutine is closed, never "never awaited"
        asyncio.run(main())
    assert ran == ["u0", "u1", "u2", "u3", "notice after 4", "u100", "u101", "u102", "u103", "notice after 104"]
    lines = [r.getMessage() for r in caplog.records]
    assert lines == ["a chat sent more than 4 updates at once: 6 dropped, one notice sent"] * 2


def test_updates_without_a_chat_take_a_slot_and_nothing_else() -> None:
    done: list[int] = []

    async def work() -> None:
        done.append(1)

    async def main() -> None:
        processor = PerChatUpdateProcessor(1, max_queued=0)
        await asyncio.gather(*(processor.process_update(object(), work()) for _ in range(5)))

    asyncio.run(main())
    assert done == [1] * 5


def test_updates_the_bot_ignores_skip_the_line() -> None:
    """Group chatter (privacy mode off) needs no order: it must not fill a chat's line ahead of a question."""
    ran: list[str] = []

    async def work(name: str) -> None:
        await asyncio.sleep(0.001)
        ran.append(name)

    async def notice(upd: object) -> None:
        ran.append("notice")

    async def main() -> None:
        processor = PerChatUpdateProcessor(max_queued=2, on_overflow=notice,
                                           relevant=lambda u: isinstance(u, Update) and u.update_id >= 100)
        chatter = [processor.process_update(update(n, -10), work(f"chatter {n}")) for n in range(10)]
        await asyncio.gather(*chatter, processor.process_update(update(100, -10), work("question")))

    asyncio.run(main())
    assert "question" in ran and "notice" not in ran and len(ran) == 11
