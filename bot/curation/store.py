"""The curators' question store: what people asked, how the bot fared, and how they rated the answers.

One SQLite file in WAL mode, so the report can read while the bot writes. ``synchronous=NORMAL`` keeps
every committed row through a killed process (only a power cut can lose the last few); that is the
right trade for a log of questions. User ids never reach the file: each is replaced by a keyed hash
(``privacy.user_hash``), enough to count distinct people and keep one vote per person, not enough to
find them; answer keys (which embed a chat id) are hashed the same way, and question text is scrubbed
of tokens, e-mail addresses and phone numbers before it is written. Rows older than the retention
period are deleted by the bot itself. The file and its ``-wal``/``-shm`` companions are private (0600).

The bot writes through ``BackgroundStore``, which queues each write for one worker thread, so a slow
disk or a broken file can never delay or break a reply; the same thread deletes expired rows.

Reads for the curators (``unanswered``, ``people``, ``spellings``, ``answered``, ``down_votes``, ``stats``)
aggregate in SQL over one covering index, so their cost stays flat however many questions are stored.
"""

from __future__ import annotations

import contextlib
import json
import logging
import queue
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Final, TypeVar

from bot.core.models import Outcome
from bot.curation.privacy import keyed_hash, legacy_user_hash, private_file, scrub, user_hash
from bot.kb.textnorm import phrase_key

log = logging.getLogger(__name__)
T = TypeVar("T")

VOTES: Final = ("up", "down")
MAX_TEXT: Final = 4096
HOUR: Final = 3_600.0
DAY: Final = 24 * HOUR
WEEK: Final = 7 * DAY
_OUTCOME_CHECK = ", ".join(f"'{o.value}'" for o in Outcome)
_OUTCOMES: Final = frozenset(Outcome)
TOP_ENTRIES: Final = 5
PURGE_BATCH: Final = 5_000
PEOPLE_SAMPLE: Final = 256
"""Per distinct question, the smallest user hashes read to count (or estimate) the people in a group."""

# Append-only: step N brings a file from user_version N to N + 1. Never edit a step once released.
# Steps may call the functions ``Store`` registers on its connection (bot_scrub, bot_phrase_key, bot_keyed_hash).
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
    (  # 2: privacy by default (scrubbed text, hashed answer keys) and bounded reports (normalised key, index)
        "ALTER TABLE questions ADD COLUMN qkey TEXT NOT NULL DEFAULT ''",
        "UPDATE questions SET text = bot_scrub(text)",
        "UPDATE questions SET qkey = bot_phrase_key(text)",
        "UPDATE none_of_these SET question = bot_scrub(question)",
        "UPDATE votes SET answer_key = bot_keyed_hash(answer_key)",
        "CREATE INDEX questions_keys ON questions (outcome, qkey, user_hash, ts)",
        "CREATE INDEX questions_entries ON questions (outcome, entry, ts, score)",
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


@dataclass(frozen=True, slots=True)
class Asked:
    """One distinct question (its normalised key) and how often it was asked."""

    key: str
    count: int


@dataclass(frozen=True, slots=True)
class Distinct:
    """The most asked distinct questions (at most the limit asked for), and how many questions there were."""

    asked: list[Asked]
    questions: int


@dataclass(frozen=True, slots=True)
class People:
    """How many different people asked; an estimate (within a few per cent) past ``PEOPLE_SAMPLE``."""

    count: int
    estimated: bool = False


@dataclass(frozen=True, slots=True)
class Answered:
    """What one entry answered: the distinct questions among its latest answers, how many in all, mean score."""

    asked: list[Asked]
    count: int
    mean_score: float


@dataclass(frozen=True, slots=True)
class Deleted:
    """Rows deleted from each table (by retention or by ``forget``)."""

    questions: int = 0
    votes: int = 0
    none_of_these: int = 0
    more: bool = False
    """Expired rows are left (the purge stopped after its batches, to let queued writes through)."""

    def __add__(self, other: Deleted) -> Deleted:
        return Deleted(self.questions + other.questions, self.votes + other.votes,
                       self.none_of_these + other.none_of_these, other.more)


def _clean(text: str) -> str:
    """At most 4096 characters, and valid UTF-8 (a lone surrogate from JSON would fail the insert)."""
    return text[:MAX_TEXT].encode("utf-8", "replace").decode("utf-8")


def _now(ts: float | None) -> float:
    return time.time() if ts is None else ts


def _placeholders(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


class Store:
    """Synchronous access to one store file; safe to share between threads (calls are serialised).

    ``secret`` keys the hashes of user ids and answer keys (``privacy.load_user_secret``).
    """

    def __init__(self, path: Path, secret: bytes) -> None:
        self.path = path
        self._secret = secret
        self._lock = threading.Lock()
        private_file(path)  # SQLite gives -wal and -shm the mode of the database file
        self._db = sqlite3.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
        try:
            for name, function in (("bot_scrub", scrub), ("bot_phrase_key", phrase_key),
                                   ("bot_keyed_hash", partial(keyed_hash, secret))):
                self._db.create_function(name, 1, function, deterministic=True)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
            for companion in (path.with_name(path.name + end) for end in ("-wal", "-shm")):
                if companion.exists():
                    private_file(companion)
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
        """Store one question (scrubbed) and the bot's verdict on it."""
        if outcome not in _OUTCOMES:
            raise ValueError(f"outcome must be one of {[o.value for o in Outcome]}, not {outcome!r}")
        pairs = json.dumps([[str(e), float(s)] for e, s in candidates], ensure_ascii=False)
        text = scrub(_clean(text))
        self._write(
            "INSERT INTO questions (ts, text, chat_type, user_hash, outcome, entry, score, candidates, qkey)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (_now(ts), text, chat_type, user_hash(self._secret, user_id), outcome, entry, float(score), pairs,
             phrase_key(text)),
        )

    def record_none_of_these(self, *, question: str, chat_type: str, user_id: int, ts: float | None = None) -> None:
        """Store a "None of these" press: the question had no right entry among those offered."""
        self._write(
            "INSERT INTO none_of_these (ts, question, chat_type, user_hash) VALUES (?, ?, ?, ?)",
            (_now(ts), scrub(_clean(question)), chat_type, user_hash(self._secret, user_id)),
        )

    def record_vote(self, *, answer_key: str, entry: str, vote: str, chat_type: str, user_id: int,
                    ts: float | None = None) -> None:
        """Store a 👍/👎; the same person rating the same answer again changes their vote.

        ``answer_key`` ("chat id:message id") is stored as a keyed hash: it names a chat, often a person.
        """
        if vote not in VOTES:
            raise ValueError(f"vote must be 'up' or 'down', not {vote!r}")
        self._write(
            "INSERT INTO votes (user_hash, answer_key, entry, vote, chat_type, ts) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (user_hash, answer_key) DO UPDATE"
            " SET entry = excluded.entry, vote = excluded.vote, chat_type = excluded.chat_type, ts = excluded.ts",
            (user_hash(self._secret, user_id), keyed_hash(self._secret, answer_key), _clean(entry), vote, chat_type,
             _now(ts)),
        )

    def purge(self, before: float, *, batches: int | None = None) -> Deleted:
        """Delete rows older than ``before``, a few thousand at a time (short write locks); with ``batches``,
        at most that many batches per table (``Deleted.more`` then says whether rows are left)."""
        counts: list[int] = []
        more = False
        for table in ("questions", "votes", "none_of_these"):
            total, done, rounds = 0, PURGE_BATCH, 0
            while done == PURGE_BATCH and (batches is None or rounds < batches):
                with self._lock:
                    done = self._db.execute(
                        f"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM {table} WHERE ts < ? LIMIT ?)",
                        (before, PURGE_BATCH),
                    ).rowcount
                total, rounds = total + done, rounds + 1
            counts.append(total)
            more = more or done == PURGE_BATCH
        return Deleted(counts[0], counts[1], counts[2], more)

    def forget(self, user_id: int) -> Deleted:
        """Delete everything one person left (a deletion request), under today's hash and schema 1's."""
        hashes = (user_hash(self._secret, user_id), legacy_user_hash(self._secret, user_id))
        counts: list[int] = []
        with self.transaction():
            for table in ("questions", "votes", "none_of_these"):
                with self._lock:
                    counts.append(self._db.execute(f"DELETE FROM {table} WHERE user_hash IN (?, ?)", hashes).rowcount)
        return Deleted(counts[0], counts[1], counts[2])

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
        """Counts for the last day and week, the week's most answered entries and its 👎 by entry.

        Counted per outcome, each a range of the covering index, so no table row is read.
        """
        day, week = now - DAY, now - WEEK
        today = total = answered = 0
        for outcome in Outcome:
            count, recent = self._read(
                "SELECT COUNT(*), COALESCE(SUM(ts >= ?), 0) FROM questions WHERE outcome = ? AND ts >= ?",
                (day, outcome.value, week),
            )[0]
            total, today = total + int(count), today + int(recent)
            answered += int(count) if outcome == Outcome.ANSWERED else 0
        top = self._read(
            "SELECT entry, COUNT(*) AS n FROM questions WHERE outcome = ? AND ts >= ? AND entry IS NOT NULL"
            " GROUP BY entry ORDER BY n DESC, entry LIMIT ?",
            (Outcome.ANSWERED.value, week, TOP_ENTRIES),
        )
        down = self._read(
            "SELECT entry, COUNT(*) AS n FROM votes WHERE ts >= ? AND vote = 'down'"
            " GROUP BY entry ORDER BY n DESC, entry",
            (week,),
        )
        return Stats(
            questions_today=today,
            questions_week=total,
            answered_share_week=answered / total if total else 0.0,
            top_entries=[(str(e), int(n)) for e, n in top],
            down_voted=[(str(e), int(n)) for e, n in down],
        )

    def unanswered(self, since: float, outcomes: Sequence[str], limit: int) -> Distinct:
        """The ``limit`` most asked distinct questions (by normalised key) with one of ``outcomes``."""
        if not outcomes:
            return Distinct([], 0)
        within = f"outcome IN ({_placeholders(outcomes)}) AND ts >= ?"
        rows = self._read(f"SELECT qkey, COUNT(*) AS n FROM questions WHERE {within} GROUP BY qkey"
                          " ORDER BY n DESC, qkey LIMIT ?", (*outcomes, since, limit + 1))
        total = self._read(f"SELECT COUNT(*) FROM questions WHERE {within}", (*outcomes, since))[0][0]
        asked = [Asked(str(key), int(n)) for key, n in rows if key][:limit]  # '' : nothing but emoji or marks
        return Distinct(asked, int(total))

    def outcomes(self, since: float, outcomes: Sequence[str], keys: Sequence[str]) -> dict[str, dict[str, int]]:
        """How the bot replied to each of ``keys``, counted per outcome (index ranges, no table rows)."""
        sql = "SELECT COUNT(*) FROM questions WHERE outcome = ? AND qkey = ? AND ts >= ?"
        found: dict[str, dict[str, int]] = {}
        for key in dict.fromkeys(keys):
            counts = {o: int(self._read(sql, (o, key, since))[0][0]) for o in outcomes}
            found[key] = {o: n for o, n in counts.items() if n}
        return found

    def people(self, since: float, outcomes: Sequence[str], groups: Sequence[Sequence[str]],
               sample: int = PEOPLE_SAMPLE) -> list[People]:
        """How many different people asked each group of keys, without reading every row.

        Only the group's ``sample`` smallest user hashes are read (the index keeps each key's sorted, and
        once ``sample`` are known, only smaller ones are asked for). A group with fewer people is counted
        exactly; a larger one is estimated from its ``sample``-th smallest hash (k minimum values: the
        hashes are uniform, so n ≈ (k - 1) / that hash as a fraction of the range; about 6 % error).
        """
        first = ("SELECT DISTINCT user_hash FROM questions WHERE outcome = ? AND qkey = ? AND ts >= ?"
                 " ORDER BY user_hash LIMIT ?")
        below = ("SELECT DISTINCT user_hash FROM questions WHERE outcome = ? AND qkey = ? AND user_hash < ?"
                 " AND ts >= ? ORDER BY user_hash LIMIT ?")
        found = []
        for keys in groups:
            smallest: list[str] = []
            for key in keys:
                for outcome in outcomes:
                    if len(smallest) < sample:
                        rows = self._read(first, (outcome, key, since, sample))
                    else:
                        rows = self._read(below, (outcome, key, smallest[-1], since, sample))
                    if rows:
                        smallest = sorted({*smallest, *(h for (h,) in rows)})[:sample]
            if len(smallest) < sample:
                found.append(People(len(smallest)))
                continue
            fraction = (int(smallest[-1][:13], 16) + 1) / 16**13
            found.append(People(max(sample, round((sample - 1) / fraction)), estimated=True))
        return found

    def spellings(self, since: float, outcomes: Sequence[str], keys: Sequence[str], sample: int = 20
                  ) -> dict[str, str]:
        """For each key, how people most often typed it among ``sample`` of its questions (ties: the first asked)."""
        found: dict[str, str] = {}
        sql = (f"SELECT text, ts FROM questions WHERE outcome IN ({_placeholders(outcomes)}) AND qkey = ?"
               " AND ts >= ? LIMIT ?")
        for key in dict.fromkeys(keys):
            counts: Counter[str] = Counter()
            first: dict[str, float] = {}
            for text, ts in self._read(sql, (*outcomes, key, since, sample)):
                text = " ".join(text.split())
                counts[text] += 1
                first[text] = min(ts, first.get(text, ts))
            if counts:
                found[key] = max(counts, key=lambda t: (counts[t], -first[t]))
        return found

    def answered(self, since: float, entries: Sequence[str], sample: int) -> dict[str, Answered]:
        """For each entry: the distinct questions among its latest ``sample`` answers, how many it answered
        in all, and their mean score."""
        answered = Outcome.ANSWERED.value
        found = {}
        for entry in dict.fromkeys(entries):
            count, mean = self._read("SELECT COUNT(*), AVG(score) FROM questions"
                                     " WHERE outcome = ? AND entry = ? AND ts >= ?", (answered, entry, since))[0]
            if not count:
                continue
            keys = Counter(key for (key,) in self._read(
                "SELECT qkey FROM questions WHERE outcome = ? AND entry = ? AND ts >= ? ORDER BY ts DESC LIMIT ?",
                (answered, entry, since, sample)) if key)
            asked = [Asked(key, n) for key, n in sorted(keys.items(), key=lambda kv: (-kv[1], kv[0]))]
            found[entry] = Answered(asked, int(count), float(mean))
        return found

    def down_votes(self, since: float) -> list[tuple[str, int, int]]:
        """Entries whose answer someone currently rates 👎 since ``since``: (entry, 👎 count, people)."""
        rows = self._read("SELECT entry, COUNT(*), COUNT(DISTINCT user_hash) FROM votes WHERE ts >= ? AND vote = 'down'"
                          " GROUP BY entry", (since,))
        return [(str(e), int(n), int(p)) for e, n, p in rows]

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

    With ``retention_days``, the worker deletes older rows when it starts and every ``purge_every`` seconds.
    """

    def __init__(self, path: Path, secret: bytes, *, max_pending: int = 10_000, retention_days: float | None = None,
                 purge_every: float = HOUR) -> None:
        self._retention = retention_days * DAY if retention_days is not None else None
        self._purge_every = purge_every
        self.purged = Deleted()
        self._purging = Deleted()
        self._failures = 0
        self._count_lock = threading.Lock()
        self._done = threading.Condition()
        self._pending = 0
        self._queue: queue.Queue[object] = queue.Queue(maxsize=max_pending)
        self._writer: Store | None = None
        self._reader: Store | None = None
        self._thread: threading.Thread | None = None
        try:
            self._writer = Store(path, secret)
            self._reader = Store(path, secret)
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

    def _purge(self, writer: Store) -> float:
        """Delete expired rows; returns when to purge next (monotonic)."""
        if self._retention is None:
            return float("inf")
        try:
            deleted = writer.purge(time.time() - self._retention, batches=1)
            self.purged, self._purging = self.purged + deleted, self._purging + deleted
            if deleted.more:  # a backlog (first start after an upgrade): the rest after the queued writes
                return time.monotonic()
            done, self._purging = self._purging, Deleted()
            if done.questions or done.votes or done.none_of_these:
                log.info("question store: deleted %d question(s), %d vote(s), %d 'none of these' older than "
                         "%g day(s)", done.questions, done.votes, done.none_of_these, self._retention / DAY)
        except Exception:
            self._fail("question store could not delete expired rows")
        return time.monotonic() + self._purge_every

    def _work(self) -> None:
        writer = self._writer
        assert writer is not None
        next_purge = self._purge(writer)
        while True:
            try:
                first = self._queue.get(timeout=max(0.0, min(next_purge - time.monotonic(), DAY)))
            except queue.Empty:
                next_purge = self._purge(writer)
                continue
            batch = [first]
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
            if time.monotonic() >= next_purge:
                next_purge = self._purge(writer)

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

    def read(self, read: Callable[[Store], T], empty: T) -> T:
        """Any read on the reader connection (the curators' aggregates); ``empty`` if it fails."""
        return self._read(read, empty)

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
