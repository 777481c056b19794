"""The curators' question store: what people asked, how the bot fared, and how they rated the answers.

One SQLite file in WAL mode, so the report can read while the bot writes. ``synchronous=NORMAL`` keeps
every committed row through a killed process (only a power cut can lose the last few); that is the
right trade for a log of questions. User ids never reach the file: each is replaced by a salted hash,
enough to count distinct people and keep one vote per person, not enough to find them.

The bot writes through ``BackgroundStore``, which queues each write for one worker thread, so a slow
disk or a broken file can never delay or break a reply.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, TypeVar

from bot.core.models import Outcome

log = logging.getLogger(__name__)
T = TypeVar("T")

VOTES: Final = ("up", "down")
MAX_TEXT: Final = 4096
HASH_CHARS: Final = 16
HOUR: Final = 3_600.0
DAY: Final = 24 * HOUR
WEEK: Final = 7 * DAY
_OUTCOME_CHECK = ", ".join(f"'{o.value}'" for o in Outcome)
TOP_ENTRIES: Final = 5

# Append-only: step N brings a file from user_version N to N + 1. Never edit a step once released.
MIGRATIONS: Final[tuple[tuple[str, ...], ...]] = (
    (
        """CREATE TABLE questions (
            id INTEGER PRIMARY KEY,
            ts REAL NOT NULL,
            text TEXT NOT NULL,
            chat_type TEXT NOT NULL,
            user_hash TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN (""" + _OUTCOME_CHECK + """)),
            entry TEXT,
            score REAL NOT NULL,
            candidates TEXT NOT NULL DEFAULT '[]'
        )""",
        "CREATE INDEX questions_ts ON questions (ts)",
        """CREATE TABLE none_of_these (
            id INTEGER PRIMARY KEY,
            ts REAL NOT NULL,
            question TEXT NOT NULL,
            chat_type TEXT NOT NULL,
            user_hash TEXT NOT NULL
        )""",
        "CREATE INDEX none_of_these_ts ON none_of_these (ts)",
        """CREATE TABLE votes (
            user_hash TEXT NOT NULL,
            answer_key TEXT NOT NULL,
            entry TEXT NOT NULL,
            vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
            chat_type TEXT NOT NULL,
            ts REAL NOT NULL,
            PRIMARY KEY (user_hash, answer_key)
        )""",
        "CREATE INDEX votes_ts ON votes (ts)",
    ),
)
SCHEMA_VERSION: Final = len(MIGRATIONS)


@dataclass(frozen=True, slots=True)
class QuestionRow:
    """One question as stored; ``candidates`` are the matcher's top (entry, score) pairs."""

    id: int
    ts: float
    text: str
    chat_type: str
    user_hash: str
    outcome: str
    entry: str | None
    score: float
    candidates: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class VoteRow:
    """A person's current rating of one answer: a second press replaces the first."""

    user_hash: str
    answer_key: str
    entry: str
    vote: str
    chat_type: str
    ts: float


@dataclass(frozen=True, slots=True)
class Stats:
    """The numbers behind an admin's ``/stats``; "today" and "week" are the last 24 hours and 7 days."""

    questions_today: int
    questions_week: int
    answered_share_week: float
    top_entries: list[tuple[str, int]]
    down_voted: list[tuple[str, int]]


def user_hash(salt: str, user_id: int) -> str:
    """The stored stand-in for a user id: ``sha256(salt + id)``, hex, first 16 characters."""
    return hashlib.sha256((salt + str(user_id)).encode()).hexdigest()[:HASH_CHARS]


def _clean(text: str) -> str:
    """At most 4096 characters, and valid UTF-8 (a lone surrogate from JSON would fail the insert)."""
    return text[:MAX_TEXT].encode("utf-8", "replace").decode("utf-8")


def _now(ts: float | None) -> float:
    return time.time() if ts is None else ts


class Store:
    """Synchronous access to one store file; safe to share between threads (calls are serialised)."""

    def __init__(self, path: Path, salt: str) -> None:
        self.path = path
        self._salt = salt
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except BaseException:
            self._db.close()
            raise

    def _migrate(self) -> None:
        """Bring the file to ``SCHEMA_VERSION``; each step commits with its new version, or not at all."""
        if self._version() >= SCHEMA_VERSION:
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            version = self._version()  # again, under the write lock: another process may have migrated
            for step in MIGRATIONS[version:]:
                for sql in step:
                    self._db.execute(sql)
            self._db.execute(f"PRAGMA user_version = {max(version, SCHEMA_VERSION)}")
            self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    def _version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _write(self, sql: str, params: tuple[Any, ...]) -> None:
        """One statement, committed on its own (autocommit mode) unless inside ``transaction()``."""
        with self._lock:
            self._db.execute(sql, params)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes into one commit; rolled back whole if any of them fails."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            with self._lock:
                self._db.execute("ROLLBACK")
            raise
        with self._lock:
            self._db.execute("COMMIT")

    def _read(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    # -- writes -----------------------------------------------------------------------------------
    def record_question(self, *, text: str, outcome: str, entry: str | None, score: float,
                        candidates: Sequence[tuple[str, float]], chat_type: str, user_id: int,
                        ts: float | None = None) -> None:
        """Store one question and the bot's verdict on it."""
        if outcome not in set(Outcome):
            raise ValueError(f"outcome must be one of {[o.value for o in Outcome]}, not {outcome!r}")
        pairs = json.dumps([[str(e), float(s)] for e, s in candidates], ensure_ascii=False)
        self._write(
            "INSERT INTO questions (ts, text, chat_type, user_hash, outcome, entry, score, candidates)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (_now(ts), _clean(text), chat_type, user_hash(self._salt, user_id), outcome, entry, float(score), pairs),
        )

    def record_none_of_these(self, *, question: str, chat_type: str, user_id: int, ts: float | None = None) -> None:
        """Store a "None of these" press: the question had no right entry among those offered."""
        self._write(
            "INSERT INTO none_of_these (ts, question, chat_type, user_hash) VALUES (?, ?, ?, ?)",
            (_now(ts), _clean(question), chat_type, user_hash(self._salt, user_id)),
        )

    def record_vote(self, *, answer_key: str, entry: str, vote: str, chat_type: str, user_id: int,
                    ts: float | None = None) -> None:
        """Store a 👍/👎; the same person rating the same answer again changes their vote."""
        if vote not in VOTES:
            raise ValueError(f"vote must be 'up' or 'down', not {vote!r}")
        self._write(
            "INSERT INTO votes (user_hash, answer_key, entry, vote, chat_type, ts) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (user_hash, answer_key) DO UPDATE"
            " SET entry = excluded.entry, vote = excluded.vote, chat_type = excluded.chat_type, ts = excluded.ts",
            (user_hash(self._salt, user_id), _clean(answer_key), _clean(entry), vote, chat_type, _now(ts)),
        )

    # -- reads ------------------------------------------------------------------------------------
    def questions(self, since: float) -> list[QuestionRow]:
        """Questions asked at or after ``since``, oldest first."""
        rows = self._read(
            "SELECT id, ts, text, chat_type, user_hash, outcome, entry, score, candidates"
            " FROM questions WHERE ts >= ? ORDER BY ts, id",
            (since,),
        )
        return [
            QuestionRow(id=i, ts=ts, text=text, chat_type=chat, user_hash=who, outcome=outcome, entry=entry,
                        score=score, candidates=_candidates(pairs))
            for i, ts, text, chat, who, outcome, entry, score, pairs in rows
        ]

    def votes(self, since: float) -> list[VoteRow]:
        """Current votes last changed at or after ``since``, oldest first."""
        rows = self._read(
            "SELECT user_hash, answer_key, entry, vote, chat_type, ts FROM votes WHERE ts >= ? ORDER BY ts", (since,)
        )
        return [VoteRow(*row) for row in rows]

    def stats(self, now: float) -> Stats:
        """Counts for the last day and week, the week's most answered entries and its 👎 by entry."""
        day, week = now - DAY, now - WEEK
        today, total, answered = self._read(
            "SELECT COALESCE(SUM(ts >= ?), 0), COUNT(*), COALESCE(SUM(outcome = ?), 0)"
            " FROM questions WHERE ts >= ?",
            (day, Outcome.ANSWERED.value, week),
        )[0]
        top = self._read(
            "SELECT entry, COUNT(*) AS n FROM questions WHERE ts >= ? AND outcome = ? AND entry IS NOT NULL"
            " GROUP BY entry ORDER BY n DESC, entry LIMIT ?",
            (week, Outcome.ANSWERED.value, TOP_ENTRIES),
        )
        down = self._read(
            "SELECT entry, COUNT(*) AS n FROM votes WHERE ts >= ? AND vote = 'down'"
            " GROUP BY entry ORDER BY n DESC, entry",
            (week,),
        )
        return Stats(
            questions_today=int(today),
            questions_week=int(total),
            answered_share_week=answered / total if total else 0.0,
            top_entries=[(str(e), int(n)) for e, n in top],
            down_voted=[(str(e), int(n)) for e, n in down],
        )

    def close(self) -> None:
        """Close the connection (a checkpoint folds the WAL back into the main file)."""
        with self._lock:
            self._db.close()


def _candidates(raw: str) -> tuple[tuple[str, float], ...]:
    try:
        return tuple((str(e), float(s)) for e, s in json.loads(raw))
    except (ValueError, TypeError):
        return ()


_Job = Callable[[Store], None]
_STOP: Final = object()
_BATCH = 500
_COALESCE = 0.05
"""Seconds the writer waits after the first queued write; each wake-up costs the event loop the GIL."""


class BackgroundStore:
    """A ``Store`` whose writes go through a queue to one worker thread: never blocking, never raising.

    The first failure is logged with its traceback; later ones are only counted (``failures``), so a
    full disk cannot flood the log. A store that cannot be opened at all turns into a no-op.
    """

    def __init__(self, path: Path, salt: str, *, max_pending: int = 10_000) -> None:
        self._failures = 0
        self._count_lock = threading.Lock()
        self._done = threading.Condition()
        self._pending = 0
        self._queue: queue.Queue[object] = queue.Queue(maxsize=max_pending)
        self._writer: Store | None = None
        self._reader: Store | None = None
        self._thread: threading.Thread | None = None
        try:
            self._writer = Store(path, salt)
            self._reader = Store(path, salt)
        except Exception:
            self._fail(f"question store {path} cannot be opened; questions will not be recorded")
            if self._writer is not None:
                self._writer.close()
                self._writer = None
            return
        self._thread = threading.Thread(target=self._work, name="question-store", daemon=True)
        self._thread.start()

    @property
    def available(self) -> bool:
        """Whether the store was opened and is recording."""
        return self._thread is not None

    @property
    def failures(self) -> int:
        """Operations that failed or were dropped since start."""
        return self._failures

    def _fail(self, message: str) -> None:
        with self._count_lock:
            self._failures += 1
            first = self._failures == 1
        if first:
            log.error(message, exc_info=True)

    def _submit(self, job: _Job) -> None:
        if self._thread is None:
            return
        with self._done:
            self._pending += 1
        try:
            self._queue.put_nowait(job)
        except queue.Full:
            self._finished()
            self._fail("question store queue full; dropping writes")

    def _finished(self) -> None:
        with self._done:
            self._pending -= 1
            if self._pending == 0:
                self._done.notify_all()

    def _work(self) -> None:
        writer = self._writer
        assert writer is not None
        while True:
            batch = [self._queue.get()]
            if batch[0] is not _STOP:
                time.sleep(_COALESCE)  # let a burst gather: one wake-up and one commit instead of many
            while len(batch) < _BATCH and batch[-1] is not _STOP:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            jobs = [job for job in batch if job is not _STOP]
            self._write_batch(writer, jobs)  # type: ignore[arg-type]
            if len(jobs) < len(batch):
                return

    def _write_batch(self, writer: Store, jobs: list[_Job]) -> None:
        """Everything queued so far in one transaction (one commit, not one per row); on an error, one by one."""
        try:
            with writer.transaction():
                for job in jobs:
                    job(writer)
        except Exception:
            for job in jobs:
                try:
                    job(writer)
                except Exception:
                    self._fail("question store write failed; further failures are only counted")
        finally:
            for _ in jobs:
                self._finished()

    # -- writes (queued) --------------------------------------------------------------------------
    def record_question(self, *, text: str, outcome: str, entry: str | None, score: float,
                        candidates: Sequence[tuple[str, float]], chat_type: str, user_id: int,
                        ts: float | None = None) -> None:
        """Queue ``Store.record_question``; the time is taken now, not when the worker gets to it."""
        when, pairs = _now(ts), tuple(candidates)
        self._submit(lambda s: s.record_question(text=text, outcome=outcome, entry=entry, score=score,
                                                 candidates=pairs, chat_type=chat_type, user_id=user_id, ts=when))

    def record_none_of_these(self, *, question: str, chat_type: str, user_id: int, ts: float | None = None) -> None:
        """Queue ``Store.record_none_of_these``."""
        when = _now(ts)
        self._submit(lambda s: s.record_none_of_these(question=question, chat_type=chat_type, user_id=user_id,
                                                      ts=when))

    def record_vote(self, *, answer_key: str, entry: str, vote: str, chat_type: str, user_id: int,
                    ts: float | None = None) -> None:
        """Queue ``Store.record_vote``."""
        when = _now(ts)
        self._submit(lambda s: s.record_vote(answer_key=answer_key, entry=entry, vote=vote, chat_type=chat_type,
                                             user_id=user_id, ts=when))

    # -- reads (direct, on their own connection) --------------------------------------------------
    def questions(self, since: float) -> list[QuestionRow]:
        """``Store.questions``; empty when the store is unavailable or the read fails."""
        return self._read(lambda s: s.questions(since), [])

    def votes(self, since: float) -> list[VoteRow]:
        """``Store.votes``; empty when the store is unavailable or the read fails."""
        return self._read(lambda s: s.votes(since), [])

    def stats(self, now: float) -> Stats:
        """``Store.stats``; all zero when the store is unavailable or the read fails."""
        return self._read(lambda s: s.stats(now), Stats(0, 0, 0.0, [], []))

    def _read(self, read: Callable[[Store], T], empty: T) -> T:
        if self._reader is None:
            return empty
        try:
            return read(self._reader)
        except Exception:
            self._fail("question store read failed")
            return empty

    # -- lifecycle --------------------------------------------------------------------------------
    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every queued write is done; false if ``timeout`` seconds passed first."""
        with self._done:
            return self._done.wait_for(lambda: self._pending == 0, timeout)

    def close(self, timeout: float = 5.0) -> None:
        """Finish the queued writes (waiting at most ``timeout`` seconds), stop the worker, close the file."""
        thread, self._thread = self._thread, None
        if thread is not None:
            self.flush(timeout)
            with contextlib.suppress(queue.Full):
                self._queue.put(_STOP, timeout=timeout)
            thread.join(timeout)
        for store in (self._writer, self._reader):
            if store is not None and (thread is None or not thread.is_alive()):
                store.close()
        self._writer = self._reader = None
