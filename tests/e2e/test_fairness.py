"""No chat can stall the others, and no user can make the bot work for them without limit: the per-chat line
is bounded, and the flood gate stands in front of every kind of update."""

from __future__ import annotations

import signal
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import BotProcess, Chat, buttons, next_chat_id, text_of
from tests.fakegram import FakeTelegramThread
from tests.fakegram.client import UserClient

SLOW_DOWN = "faster than i can keep up"
BUSY = "skipped some"


@pytest.fixture(scope="module")
def strict_bot(server: FakeTelegramThread, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    """A bot with a flood limit of 3 a minute per user (and 9 inline queries)."""
    bot = BotProcess(server, tmp_path_factory.mktemp("data"), FLOOD_LIMIT_PER_MINUTE="3").start()
    yield bot
    bot.stop()


def test_commands_count_against_the_flood_limit(strict_bot: BotProcess, client: UserClient) -> None:
    chat = Chat(client)
    for _ in range(8):
        client.send("/help", chat_id=chat.chat_id, user_id=chat.user_id)
    texts = [text_of([e]) for e in chat.settle(0)]
    assert sum(SLOW_DOWN in t for t in texts) == 1
    assert len(texts) == 4  # three help cards and one notice, then silence


def test_button_presses_count_and_store_nothing_past_the_limit(strict_bot: BotProcess, client: UserClient) -> None:
    chat = Chat(client)
    reply = chat.say("numbers")[-1]  # a did-you-mean, with "None of these"
    assert ("None of these", "n") in buttons(reply)
    ids = [client.press(reply["message_id"], "n", chat_id=chat.chat_id, user_id=chat.user_id) for _ in range(8)]
    texts = [text_of([e]) for e in chat.settle(1)]
    assert len(texts) == 2 and all("the article doesn't say" in t for t in texts)  # 1 question + 2 presses = 3
    toasts = [a.get("text") or "" for q in ids for a in client.callback_answers(q)]
    assert sum(SLOW_DOWN in t.casefold() for t in toasts) == 1
    time.sleep(0.5)
    with sqlite3.connect(strict_bot.data_dir / "questions.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM none_of_these").fetchone()[0] == 2


def test_inline_queries_have_a_roomier_limit_of_their_own(strict_bot: BotProcess, client: UserClient) -> None:
    user = next_chat_id()
    ids = [client.inline("casualties", user_id=user) for _ in range(15)]
    time.sleep(1.5)
    assert sum(answered(client, q) for q in ids) == 9
    assert "29,200" in text_of(Chat(client, user_id=user).say("how many russian soldiers died"))  # other bucket


def answered(client: UserClient, query_id: str) -> bool:
    try:
        client.inline_answer(query_id)
    except AssertionError:  # 404: no answer
        return False
    return True


def test_group_chatter_not_for_the_bot_costs_nothing(strict_bot: BotProcess, client: UserClient) -> None:
    group = Chat(client, chat_type="group")
    for n in range(10):
        client.send(f"nice weather today {n}", chat_id=group.chat_id, user_id=group.user_id, chat_type="group")
    reply = group.say("@article_fact_bot how many russian soldiers died")
    assert "29,200" in text_of(reply) and SLOW_DOWN not in text_of(reply)


def test_a_burst_past_a_chats_line_is_dropped_with_one_notice(tmp_path: Path) -> None:
    """100 members send a command each at once (queued before the bot polls, so they arrive in one batch):
    the chat's line takes 21, the rest is dropped, and the group hears about it once."""
    with FakeTelegramThread(privacy_mode=False) as server, UserClient(server.url) as client:
        group = -next_chat_id()
        for _ in range(100):
            client.send("/help", chat_id=group, user_id=next_chat_id(), chat_type="group")
        bot = BotProcess(server, tmp_path, RATE_LIMIT="off").start()
        try:
            texts = [text_of([e]) for e in Chat(client, group, chat_type="group").settle(0, quiet=1.0)]
        finally:
            bot.stop()
    assert sum(BUSY in t for t in texts) == 1 and BUSY in texts[-1]
    assert len(texts) == 22
    assert "dropped, one notice sent" in bot.log()


def test_group_chatter_neither_fills_the_line_nor_draws_a_notice(tmp_path: Path) -> None:
    """A busy group (privacy mode off) talks among itself while the bot answers a question there; 60 such
    messages and a second question, all in one batch: both questions are answered, nobody is told that
    anything was skipped."""
    with FakeTelegramThread(privacy_mode=False) as server, UserClient(server.url) as client:
        group = -next_chat_id()
        ask = "@article_fact_bot how many russian soldiers died"
        client.send(ask, chat_id=group, user_id=next_chat_id(), chat_type="group")
        for n in range(60):
            client.send(f"chatter {n}", chat_id=group, user_id=next_chat_id(), chat_type="group")
        client.send(ask, chat_id=group, user_id=next_chat_id(), chat_type="group")
        bot = BotProcess(server, tmp_path, RATE_LIMIT="off").start()
        try:
            texts = [text_of([e]) for e in Chat(client, group, chat_type="group").settle(0, quiet=1.0)]
        finally:
            bot.stop()
    assert sum("29,200" in t for t in texts) == 2 and not any(BUSY in t for t in texts)


def test_a_flooding_group_does_not_delay_a_private_question(tmp_path: Path) -> None:
    """With Telegram's group limit (20 messages a minute) holding every reply in the group for seconds,
    a private question used to wait ~50 s for one of the slots the group's updates held."""
    with FakeTelegramThread(privacy_mode=False) as server, UserClient(server.url) as client:
        bot = BotProcess(server, tmp_path).start()
        try:
            group = -next_chat_id()
            for _ in range(100):
                client.send("/help", chat_id=group, user_id=next_chat_id(), chat_type="group")
            private = Chat(client)
            started = time.monotonic()
            assert "29,200" in text_of(private.say("how many russian soldiers died"))
            assert time.monotonic() - started < 3.0  # the settle wait included; the answer itself takes ~50 ms
        finally:
            bot.stop(signal.SIGKILL)  # the group's replies would take a minute to drain
