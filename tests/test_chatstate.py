"""Conversation state: bounded in time, keyed by a hash, atomic, and never the reason the bot cannot start."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from pathlib import Path

import pytest

from bot.core.conversation import Context
from bot.tg import chatstate
from bot.tg.chatstate import MAX_REPLIES, ChatRecord, ConversationState

SECRET = "k" * 43
HOUR = 3600.0
CHAT = 987_654_321_123  # distinctive digits, to look for in the file
ASKED = ChatRecord().with_context(Context(None, ("a", "b"), "how many died?")).with_replies(7, (8, 9))


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def saved(path: Path, records: dict[int, ChatRecord], clock: Clock | None = None) -> ConversationState:
    state = ConversationState.open(path, SECRET, 24 * HOUR, clock=clock or Clock())

    async def write() -> None:
        for chat, record in records.items():
            await state.save(chat, record)

    asyncio.run(write())
    return state


def loaded(state: ConversationState, chat: int) -> ChatRecord:
    return asyncio.run(state.load(chat))


def test_a_saved_context_survives_a_restart_and_the_file_holds_no_raw_chat_id(tmp_path: Path) -> None:
    path = tmp_path / "conversations.sqlite3"
    saved(path, {CHAT: ASKED, 5: ChatRecord()}).close()
    state = ConversationState.open(path, SECRET, 24 * HOUR, clock=Clock())
    assert loaded(state, CHAT) == ASKED
    assert loaded(state, CHAT).replies_to(7) == (8, 9)
    assert loaded(state, 6) == ChatRecord()
    state.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert str(CHAT).encode() not in raw and b"how many died?" in raw


def test_the_question_is_kept_only_under_a_did_you_mean() -> None:
    assert ChatRecord().with_context(Context("casualties-overview", (), "how many died?")).context == \
        Context("casualties-overview", (), "")
    assert ASKED.context is not None and ASKED.context.question == "how many died?"


def test_only_the_newest_replies_are_kept() -> None:
    record = ChatRecord()
    for n in range(MAX_REPLIES + 30):
        record = record.with_replies(n, (n + 1000,))
    assert len(record.replies) == MAX_REPLIES
    assert record.replies_to(29) is None and record.replies_to(MAX_REPLIES + 29) == (MAX_REPLIES + 1029,)


def test_idle_chats_expire_and_their_rows_are_purged(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "c.sqlite3"
    saved(path, {n: ASKED for n in range(3000)}, clock).close()
    full = path.stat().st_size
    clock.now += 23 * HOUR
    saved(path, {1000: ASKED}, clock).close()  # opening purges what is older than the ttl: nothing yet
    clock.now += 2 * HOUR
    state = ConversationState.open(path, SECRET, 24 * HOUR, clock=clock)
    assert loaded(state, 3) == ChatRecord()  # idle 25 h: forgotten
    assert loaded(state, 1000) == ASKED  # idle 2 h: kept
    state.flush()
    assert state.chats_on_disk() == 1
    state.close()
    assert path.stat().st_size < full / 10  # the pages of forgotten chats went back to the file system


@pytest.mark.parametrize("damage", ["truncated", "garbage", "directory", "bad table"])
def test_an_unreadable_state_file_is_moved_aside_and_the_bot_starts_empty(
    tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "conversations.sqlite3"
    saved(path, {n: ASKED for n in range(2000)}).close()
    data = path.read_bytes()
    if damage == "truncated":  # a full disk while the file was written
        path.write_bytes(data[: len(data) // 3])
    elif damage == "garbage":
        path.write_bytes(b"\x80garbage" * 500)
    elif damage == "directory":
        path.unlink()
        path.mkdir()
    else:
        path.unlink()
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE chats (something TEXT)")
    with caplog.at_level(logging.WARNING, logger="bot.tg.chatstate"):
        state = ConversationState.open(path, SECRET, 24 * HOUR)
    assert len(caplog.records) == 1 and "moved it to conversations.sqlite3.corrupt-" in caplog.text
    assert loaded(state, 5) == ChatRecord()  # saved before the damage, with a clock of long ago anyway
    saved_again = asyncio.run(_save_then_load(state, 5))
    assert saved_again == ASKED
    state.close()
    assert len(list(tmp_path.glob("conversations.sqlite3.corrupt-*"))) == 1


async def _save_then_load(state: ConversationState, chat: int) -> ChatRecord:
    await state.save(chat, ASKED)
    return await state.load(chat)


def test_an_empty_state_file_is_an_empty_state(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"")
    state = ConversationState.open(path, SECRET, 24 * HOUR)
    assert loaded(state, 1) == ChatRecord() and not caplog.records
    state.close()


def test_a_full_disk_is_logged_once_and_conversations_go_on_in_memory(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect = chatstate.connect_db

    def small_disk(path: Path) -> sqlite3.Connection:  # SQLite fails every write past 8 pages: SQLITE_FULL
        db = connect(path)
        db.execute("PRAGMA max_page_count = 8")
        return db

    monkeypatch.setattr(chatstate, "connect_db", small_disk)
    state = ConversationState.open(tmp_path / "c.sqlite3", SECRET, 24 * HOUR)
    filler = ChatRecord().with_context(Context(None, ("x",), "y" * 4000))

    async def chat() -> list[ChatRecord]:
        for n in range(300):
            await state.save(n, filler)
        return [await state.load(n) for n in (0, 299)]

    with caplog.at_level(logging.ERROR, logger="bot.tg.chatstate"):
        assert asyncio.run(chat()) == [filler, filler]
    assert [r.getMessage() for r in caplog.records] == [
        "conversation state cannot be written; conversations are kept in memory meanwhile"]
    assert "full" in caplog.text
    state.close()


def test_a_record_that_is_not_what_it_should_be_reads_as_empty() -> None:
    for raw in ("", "[]", '{"c": 1}', '{"c": {"e": null}}', '{"r": [["x"]]}', "null"):
        assert ChatRecord.from_json(raw) == ChatRecord()
    assert ChatRecord.from_json(ASKED.to_json()) == ASKED
