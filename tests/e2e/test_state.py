"""Conversation state on disk: survives a SIGKILL, never stops the bot from starting, holds no raw ids, and
forgets idle chats."""

from __future__ import annotations

import pickle
import signal
import time
from pathlib import Path

import pytest

from tests.e2e.harness import BotProcess, Chat, text_of
from tests.fakegram import FakeTelegramThread
from tests.fakegram.client import UserClient

NATO = "what is nato's estimate of russian dead"
STATE = "conversations.sqlite3"


def asked_nato(chat: Chat) -> None:
    assert "7,000" in text_of(chat.say(NATO))


def follows_up(chat: Chat) -> bool:
    return "1,351" in text_of(chat.say("and russia?"))


def filled_state(server: FakeTelegramThread, client: UserClient, data_dir: Path) -> bytes:
    """A state file with a few hundred chats in it, as a running bot leaves it."""
    bot = BotProcess(server, data_dir).start()
    try:
        chats = [Chat(client) for _ in range(40)]
        for chat in chats:
            client.send(NATO, chat_id=chat.chat_id, user_id=chat.user_id)
        chats[-1].settle(0)
    finally:
        bot.stop()
    return (data_dir / STATE).read_bytes()


@pytest.mark.parametrize("damage", ["empty", "truncated", "garbage"])
def test_a_damaged_state_file_does_not_stop_the_bot(server: FakeTelegramThread, client: UserClient,
                                                    data_dir: Path, damage: str) -> None:
    data = filled_state(server, client, data_dir)
    broken = {"empty": b"", "truncated": data[: len(data) // 2], "garbage": b"\x00garbage\xff" * 300}[damage]
    (data_dir / STATE).write_bytes(broken)
    bot = BotProcess(server, data_dir).start()
    try:
        chat = Chat(client)
        asked_nato(chat)
        assert follows_up(chat)
    finally:
        bot.stop()
    moved = list(data_dir.glob(f"{STATE}.corrupt-*"))
    assert len(moved) == (0 if damage == "empty" else 1)
    assert bot.log().count("was unreadable") == len(moved)
    assert "Traceback" not in bot.log()


def test_after_a_sigkill_every_answered_chat_keeps_its_context(server: FakeTelegramThread, client: UserClient,
                                                                data_dir: Path) -> None:
    bot = BotProcess(server, data_dir, RATE_LIMIT="off").start()
    chats = [Chat(client) for _ in range(30)]
    for chat in chats:
        client.send(NATO, chat_id=chat.chat_id, user_id=chat.user_id)
    deadline = time.monotonic() + 20
    while sum(bool(c.log()) for c in chats) < 10 and time.monotonic() < deadline:
        time.sleep(0.005)
    bot.stop(signal.SIGKILL)  # in the middle of answering (and writing)
    answered = [c for c in chats if c.log()]
    assert answered
    bot.start()
    try:
        assert all(follows_up(c) for c in answered)
    finally:
        bot.stop()


def test_the_state_file_holds_no_raw_chat_id_and_the_old_pickle_is_removed(
    server: FakeTelegramThread, client: UserClient, data_dir: Path
) -> None:
    data_dir.mkdir(parents=True)
    old = data_dir / "conversations.pickle"
    old.write_bytes(pickle.dumps({"chat_data": {123456789: {"context": "how many died"}}}))
    bot = BotProcess(server, data_dir).start()
    chat = Chat(client)
    try:
        asked_nato(chat)
        assert follows_up(chat)
    finally:
        bot.stop()
    assert not old.exists() and "removed" in bot.log()
    files = b"".join(p.read_bytes() for p in data_dir.glob(f"{STATE}*"))
    assert files and str(chat.chat_id).encode() not in files


def test_an_idle_chat_is_forgotten_after_the_ttl(server: FakeTelegramThread, client: UserClient,
                                                 data_dir: Path) -> None:
    bot = BotProcess(server, data_dir, CONTEXT_TTL_HOURS="0.0005").start()  # 1.8 s
    try:
        chat = Chat(client)
        asked_nato(chat)
        time.sleep(2.0)
        assert "ask me a question about the article first" in text_of(chat.say("source?"))
    finally:
        bot.stop()
