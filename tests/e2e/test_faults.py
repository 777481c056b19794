"""Telegram at its worst: under each fault, on getUpdates and on sendMessage, the bot keeps running, and
once the fault clears every message sent during it gets exactly one answer."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from tests.e2e.harness import BotProcess, Chat, text_of
from tests.fakegram import FakeTelegramThread
from tests.fakegram.client import UserClient

FAULTS = [
    ("retry_after", {"seconds": 1}),
    ("server_error", {"code": 502}),
    ("slow", {"seconds": 2.5}),
    ("drop", {}),
    ("bad_json", {}),
]


@pytest.fixture(scope="module")
def fragile_bot(server: FakeTelegramThread, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    """A bot with short timeouts, so a slow Telegram is a timeout within seconds, not minutes."""
    bot = BotProcess(server, tmp_path_factory.mktemp("data"), TELEGRAM_TIMEOUT="1", POLL_TIMEOUT="1",
                     RATE_LIMIT="off").start()
    yield bot
    bot.stop()


def replies_settle(chats: list[Chat], timeout: float = 30.0) -> list[int]:
    """How many messages each chat got, once every chat has had at least one and a quiet second passed."""
    deadline = time.monotonic() + timeout
    while any(not c.log() for c in chats) and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1.5)
    return [len(c.log()) for c in chats]


@pytest.mark.parametrize("method", ["getUpdates", "sendMessage"])
@pytest.mark.parametrize(("kind", "params"), FAULTS, ids=[f[0] for f in FAULTS])
def test_every_message_sent_during_a_fault_gets_exactly_one_answer(
    fragile_bot: BotProcess, server: FakeTelegramThread, client: UserClient, method: str, kind: str,
    params: dict[str, float]
) -> None:
    server.add_fault(method, kind, times=2, **params)  # type: ignore[arg-type]
    chats = [Chat(client) for _ in range(3)]
    for chat in chats:
        client.send("how many russian soldiers died", chat_id=chat.chat_id, user_id=chat.user_id)
    assert replies_settle(chats) == [1, 1, 1]
    assert all("29,200" in text_of(c.log()) for c in chats)
    assert fragile_bot.process is not None and fragile_bot.process.poll() is None


def test_a_chat_that_blocked_the_bot_costs_nothing_and_others_are_answered(
    fragile_bot: BotProcess, client: UserClient
) -> None:
    gone, other = Chat(client, chat_type="group"), Chat(client)
    client.block(gone.chat_id)
    client.send("@article_fact_bot how many died", chat_id=gone.chat_id, user_id=gone.user_id, chat_type="group")
    assert "29,200" in text_of(other.say("how many russian soldiers died"))
    deadline = time.monotonic() + 10
    while "blocked the bot" not in fragile_bot.log() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert "a user blocked the bot" in fragile_bot.log()
    assert fragile_bot.process is not None and fragile_bot.process.poll() is None
