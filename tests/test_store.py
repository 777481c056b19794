"""User stories for the question store: private, durable, and never in the way of a reply."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.curation.privacy import keyed_hash
from bot.curation.store import MAX_TEXT, SCHEMA_VERSION, BackgroundStore, Store
from tests.conftest import ROOT

SALT = b"pepper" * 6
DAY = 86_400.0


def ask(store: Store | BackgroundStore, text: str, *, user_id: int = 1, outcome: str = "no_match",
        entry: str | None = None, ts: float | None = None) -> None:
    store.record_question(text=text, outcome=outcome, entry=entry, score=12.5, candidates=[("weather", 12.5)],
                          chat_type="private", user_id=user_id, ts=ts)


def test_a_stored_question_carries_a_keyed_full_length_hash_never_the_user_id(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    store = Store(path, SALT)
    ask(store, "what is the weather in moscow", user_id=987654321)
    [row] = store.questions(0)
    store.close()
    assert row.user_hash == hmac.new(SALT, b"987654321", hashlib.sha256).hexdigest()
    assert len(row.user_hash) == 64  # no truncation: 64-bit hashes of a 10^10 id space collide and reverse
    assert row.user_hash != hashlib.sha256(SALT + b"987654321").hexdigest()
    assert (row.text, row.outcome, row.entry, row.candidates) == ("what is the weather in moscow", "no_match", None,
                                                                  (("weather", 12.5),))
    assert b"987654321" not in b"".join(p.read_bytes() for p in tmp_path.iterdir())


def test_odd_text_is_stored_cut_to_4096_characters(tmp_path: Path) -> None:
    store = Store(tmp_path / "q.sqlite3", SALT)
    ask(store, "a" * 10_000)
    ask(store, "lone \ud800 surrogate and \x00 nul")
    long, odd = store.questions(0)
    assert len(long.text) == MAX_TEXT
    assert odd.text.startswith("lone ") and odd.text.endswith("\x00 nul")


def test_thumbs_up_then_down_on_the_same_answer_counts_one_down_vote(tmp_path: Path) -> None:
    store = Store(tmp_path / "q.sqlite3", SALT)
    for vote in ("up", "down"):
        store.record_vote(answer_key="m42", entry="death-toll", vote=vote, chat_type="private", user_id=7)
    store.record_vote(answer_key="m42", entry="death-toll", vote="up", chat_type="group", user_id=8)
    votes = store.votes(0)
    assert sorted(v.vote for v in votes) == ["down", "up"]
    assert store.stats(time.time()).down_voted == [("death-toll", 1)]


def test_stats_count_the_day_and_the_week_and_the_most_answered_entries(tmp_path: Path) -> None:
    store = Store(tmp_path / "q.sqlite3", SALT)
    now = 1_800_000_000.0
    ask(store, "too old", ts=now - 8 * DAY)
    ask(store, "three days ago", ts=now - 3 * DAY, outcome="answered", entry="legal-resign")
    for hours in (1, 2, 3):
        ask(store, "today", ts=now - hours * 3600, outcome="answered", entry="death-toll")
    ask(store, "today, unanswered", ts=now - 60)
    stats = store.stats(now)
    assert (stats.questions_today, stats.questions_week) == (4, 5)
    assert stats.answered_share_week == pytest.approx(4 / 5)
    assert stats.top_entries == [("death-toll", 3), ("legal-resign", 1)]
    assert Store(tmp_path / "empty.sqlite3", SALT).stats(now).answered_share_week == 0.0


def test_an_empty_file_is_migrated_and_reopening_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    path.touch()
    store = Store(path, SALT)
    ask(store, "first")
    store.close()
    for _ in range(2):
        again = Store(path, SALT)
        assert [q.text for q in again.questions(0)] == ["first"]
        again.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"questions", "none_of_these", "votes"}


def test_the_store_uses_write_ahead_logging(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    store = Store(path, SALT)
    assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_background_writes_land_in_order_and_reads_see_them(tmp_path: Path) -> None:
    store = BackgroundStore(tmp_path / "q.sqlite3", SALT)
    for i in range(50):
        ask(store, f"question {i}", user_id=i)
    store.record_none_of_these(question="question 3", chat_type="group", user_id=3)
    store.record_vote(answer_key="m1", entry="death-toll", vote="down", chat_type="private", user_id=3)
    assert store.flush(5)
    assert [q.text for q in store.questions(0)] == [f"question {i}" for i in range(50)]
    assert store.stats(time.time()).down_voted == [("death-toll", 1)]
    store.close()
    none = sqlite3.connect(tmp_path / "q.sqlite3").execute("SELECT question, chat_type FROM none_of_these").fetchall()
    assert none == [("question 3", "group")]
    assert store.failures == 0


def test_a_locked_database_does_not_delay_the_reply(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    store = BackgroundStore(path, SALT)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    started = time.perf_counter()
    for i in range(100):
        ask(store, f"while locked {i}")
    assert time.perf_counter() - started < 0.2
    other.execute("ROLLBACK")
    assert store.flush(5)
    assert len(store.questions(0)) == 100
    store.close()


@pytest.mark.parametrize("where", ["directory", "missing parent"])
def test_an_unusable_path_never_raises_and_logs_once(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                     where: str) -> None:
    path = tmp_path if where == "directory" else tmp_path / "missing" / "q.sqlite3"
    with caplog.at_level(logging.ERROR, logger="bot.curation.store"):
        store = BackgroundStore(path, SALT)
        for i in range(5):
            ask(store, f"question {i}")
            store.record_vote(answer_key="m", entry="e", vote="down", chat_type="private", user_id=i)
            store.record_none_of_these(question="q", chat_type="private", user_id=i)
        assert store.flush(1)
        assert (store.questions(0), store.votes(0), store.stats(0).questions_week) == ([], [], 0)
        store.close()
    assert not store.available
    assert [r.levelno for r in caplog.records] == [logging.ERROR]


def test_failing_writes_are_logged_once_then_only_counted(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "q.sqlite3"
    store = BackgroundStore(path, SALT)
    sqlite3.connect(path, isolation_level=None).execute("DROP TABLE questions")
    with caplog.at_level(logging.ERROR, logger="bot.curation.store"):
        for i in range(3):
            ask(store, f"question {i}")
        store.record_vote(answer_key="m", entry="e", vote="sideways", chat_type="private", user_id=1)
        assert store.flush(5)
    store.record_vote(answer_key="m", entry="e", vote="up", chat_type="private", user_id=1)
    store.close()
    assert store.failures == 4
    assert len(caplog.records) == 1
    assert caplog.records[0].exc_info is not None


CHILD = """
import sys
from pathlib import Path
from bot.curation.store import Store

store = Store(Path(sys.argv[1]), b"s" * 32)
i = 0
while True:
    store.record_question(text=f"q{i} " + "x" * 400, outcome="no_match", entry=None, score=1.0,
                          candidates=[("a", 1.0)], chat_type="private", user_id=i)
    store.record_vote(answer_key=f"k{i}", entry="e", vote="down", chat_type="private", user_id=i)
    print(i, flush=True)
    i += 1
"""


def test_a_killed_writer_leaves_a_sound_file_with_every_committed_row(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    first = child.stdout.readline()
    time.sleep(0.5)
    os.kill(child.pid, signal.SIGKILL)
    rest = child.stdout.read()
    child.wait()
    assert child.returncode == -signal.SIGKILL
    reported = {int(line) for line in (first + rest).splitlines(keepends=True) if line.endswith("\n")}
    assert len(reported) > 10, len(reported)

    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    stored = {int(text.split()[0][1:]) for (text,) in db.execute("SELECT text FROM questions")}
    voted = {key for (key,) in db.execute("SELECT answer_key FROM votes")}
    assert reported <= stored
    assert {keyed_hash(b"s" * 32, f"k{i}") for i in reported} <= voted
    db.close()
    assert len(Store(path, b"s" * 32).questions(0)) == len(stored)
