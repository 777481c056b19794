"""Conversation state: what each chat was last told, kept small, bounded in time and safe on disk.

Only what the bot uses is kept: the chat's last ``Context`` (so "source?" or "and russia?" still work after
a restart) and the ids of the replies to its recent questions (so an edited question edits its answer).
The question itself is kept only under a "did you mean" (its "None of these" button records it for the
curators); no user data, bot data or callback data.

One SQLite file (``BOT_DATA_DIR/conversations.sqlite3``, WAL): one row per chat, keyed by an HMAC of the
chat id (the raw id, which is the user's id in a private chat, never reaches the disk), with the time it
was last written. A chat idle for ``ttl`` seconds is forgotten: it reads as empty and its row is deleted
by the next purge, so the file's size follows the number of chats active within the ttl.

Writes go through a queue to one thread, which commits whatever has gathered in one transaction: the event
loop never touches the disk to write, and a write is either whole or absent. ``save`` waits (briefly) for
the commit, so a context is on disk before the answer it belongs to is sent; ``put`` does not wait.
Recently used chats are cached in memory; reads of the others run in a worker thread.

A state file that cannot be read at start (empty of tables is fine; truncated, garbage or unreadable is
not) is moved aside to ``*.corrupt-TIMESTAMP`` with one log line and the bot starts empty. Should writing
fail later (a full disk), the first failure is logged, the chats keep their state in memory, and the bot
goes on answering.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
import queue
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from bot.core.conversation import Context
from bot.kb.language import as_language
from bot.kb.schema import Language

log = logging.getLogger(__name__)
MAX_REPLIES: Final = 50
"""Questions per chat whose replies are remembered, newest kept (an edit of an older one gets a new answer)."""
CACHE_CHATS: Final = 4096
PURGE_EVERY: Final = 600.0
SAVE_WAIT: Final = 2.0
"""Seconds ``save`` waits for its commit: a stalled disk delays an answer at most this long."""
MAX_QUESTION: Final = 4096
WAL_LIMIT: Final = 4 * 2**20
SCHEMA: Final = (
    "CREATE TABLE IF NOT EXISTS chats (key TEXT PRIMARY KEY, data TEXT NOT NULL, updated REAL NOT NULL)"
    " WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS chats_updated ON chats (updated)",
)
_STOP: Final = object()
Clock = Callable[[], float]


@dataclass(frozen=True, slots=True)
class ChatRecord:
    """One chat's state: its last context and, per recent question, the ids of the bot's replies."""

    context: Context | None = None
    replies: tuple[tuple[int, tuple[int, ...]], ...] = ()  # oldest first
    chosen: Language | None = None
    """The language the chat chose with /language, if it did."""

    def replies_to(self, message_id: int) -> tuple[int, ...] | None:
        """The bot's replies to the question ``message_id``, if it is among the recent ones."""
        return next((sent for question, sent in self.replies if question == message_id), None)

    def with_context(self, context: Context) -> ChatRecord:
        """The chat's new context; its question only if "None of these" may still need it."""
        return replace(self, context=context if context.choices else replace(context, question=""))

    def with_replies(self, message_id: int, sent: tuple[int, ...]) -> ChatRecord:
        kept = tuple(r for r in self.replies if r[0] != message_id)
        return replace(self, replies=(*kept, (message_id, sent))[-MAX_REPLIES:])

    def to_json(self) -> str:
        ctx = self.context
        body: dict[str, Any] = {"r": [[q, list(s)] for q, s in self.replies]}
        if ctx is not None:
            body["c"] = {"e": ctx.entry_id, "ch": list(ctx.choices), "q": ctx.question[:MAX_QUESTION], "l": ctx.lang}
        if self.chosen is not None:
            body["u"] = self.chosen
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str) -> ChatRecord:
        """The record in ``raw``; anything unexpected in it reads as an empty record, never an error."""
        try:
            body = json.loads(raw)
            c = body.get("c")
            context = None if c is None else Context(
                entry_id=None if c["e"] is None else str(c["e"]), choices=tuple(str(x) for x in c["ch"]),
                question=str(c["q"]), lang=as_language(c.get("l")))
            replies = tuple((int(q), tuple(int(i) for i in s)) for q, s in body.get("r", []))
            return cls(context, replies[-MAX_REPLIES:], as_language(body.get("u")))
        except (ValueError, TypeError, KeyError, AttributeError):
            return cls()


EMPTY: Final = ChatRecord()


@dataclass(slots=True)
class _Write:
    key: str
    data: str
    updated: float
    done: asyncio.Future[bool] | None
    loop: asyncio.AbstractEventLoop | None


class ConversationState:
    """See the module docstring. ``open`` at start, ``load``/``save`` from handlers, ``close`` at shutdown."""

    def __init__(self, path: Path | None, secret: str, ttl: float, *, clock: Clock = time.time) -> None:
        """``path=None`` keeps the state in memory only (the file could not be opened)."""
        if not ttl > 0:
            raise ValueError("ttl must be positive")
        self.path = path
        self.ttl = ttl
        self._key = hashlib.sha256(b"conversation-state:" + secret.encode()).digest()
        self._clock = clock
        self._cache: OrderedDict[str, tuple[ChatRecord, float]] = OrderedDict()
        self._pending: dict[str, tuple[ChatRecord, float]] = {}  # queued, not yet committed
        self._lock = threading.Lock()  # guards _pending (held for microseconds: the event loop takes it too)
        self._read_lock = threading.Lock()  # the reader connection, used from worker threads
        self._queue: queue.Queue[object] = queue.Queue()
        self._failed = False
        self._reader: sqlite3.Connection | None = None
        self._thread: threading.Thread | None = None
        if path is not None:
            self._reader = connect_db(path)
            writer = connect_db(path)
            self._purge(writer)
            self._thread = threading.Thread(target=self._work, args=(writer,), name="conversation-state",
                                            daemon=True)
            self._thread.start()

    @classmethod
    def open(cls, path: Path, secret: str, ttl: float, *, clock: Clock = time.time) -> ConversationState:
        """Open the state file; an unreadable one is moved aside (one log line) and the bot starts empty."""
        problem = _check(path)
        if problem is not None:
            aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
            try:
                _move_aside(path, aside)
            except OSError as exc:
                log.error("conversation state %s is unreadable (%s) and cannot be moved aside (%s); "
                          "keeping conversations in memory only", path, problem, exc.strerror)
                return cls(None, secret, ttl, clock=clock)
            log.warning("conversation state %s was unreadable (%s); moved it to %s and started empty",
                        path, problem, aside.name)
        try:
            return cls(path, secret, ttl, clock=clock)
        except (sqlite3.Error, OSError) as exc:
            log.error("conversation state %s cannot be opened (%s); keeping conversations in memory only",
                      path, exc)
            return cls(None, secret, ttl, clock=clock)

    def key(self, chat_id: int) -> str:
        """The chat's key on disk: an HMAC of its id, so the file never holds a raw chat or user id."""
        return hmac.new(self._key, str(chat_id).encode(), hashlib.sha256).hexdigest()[:32]

    # -- reads ------------------------------------------------------------------------------------
    async def load(self, chat_id: int) -> ChatRecord:
        """The chat's record; an expired or unknown chat reads as empty."""
        key, now = self.key(chat_id), self._clock()
        found = self._cache.get(key)
        if found is None:
            with self._lock:
                found = self._pending.get(key)
        if found is None and self._reader is not None:
            found = await asyncio.to_thread(self._read, key)
        if found is None or found[1] <= now - self.ttl:
            return EMPTY
        self._remember(key, found)
        return found[0]

    def _read(self, key: str) -> tuple[ChatRecord, float] | None:
        try:
            with self._read_lock:
                assert self._reader is not None
                row = self._reader.execute("SELECT data, updated FROM chats WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            self._fail("conversation state cannot be read")
            return None
        return None if row is None else (ChatRecord.from_json(row[0]), float(row[1]))

    # -- writes -----------------------------------------------------------------------------------
    def put(self, chat_id: int, record: ChatRecord) -> None:
        """Keep ``record`` as the chat's state: in memory now, on disk with the writer's next commit."""
        self._enqueue(chat_id, record, None, None)

    async def save(self, chat_id: int, record: ChatRecord) -> None:
        """``put``, then wait (at most ``SAVE_WAIT`` seconds) until it is committed; never raises."""
        loop = asyncio.get_running_loop()
        done: asyncio.Future[bool] = loop.create_future()
        if self._enqueue(chat_id, record, done, loop):
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(done), SAVE_WAIT)

    def _enqueue(self, chat_id: int, record: ChatRecord, done: asyncio.Future[bool] | None,
                 loop: asyncio.AbstractEventLoop | None) -> bool:
        key, now = self.key(chat_id), self._clock()
        self._remember(key, (record, now))
        if self._thread is None:
            return False
        with self._lock:
            self._pending[key] = (record, now)
        self._queue.put(_Write(key, record.to_json(), now, done, loop))
        return True

    def _remember(self, key: str, value: tuple[ChatRecord, float]) -> None:
        self._cache[key] = value
        self._cache.move_to_end(key)
        while len(self._cache) > CACHE_CHATS:
            self._cache.popitem(last=False)

    # -- the writer thread ------------------------------------------------------------------------
    def _work(self, db: sqlite3.Connection) -> None:
        next_purge = time.monotonic() + PURGE_EVERY
        try:
            while True:
                batch = [self._queue.get()]
                while batch[-1] is not _STOP:
                    try:
                        batch.append(self._queue.get_nowait())
                    except queue.Empty:
                        break
                writes = [w for w in batch if isinstance(w, _Write)]
                self._commit(db, writes)
                if time.monotonic() >= next_purge:
                    self._purge(db)
                    next_purge = time.monotonic() + PURGE_EVERY
                if batch[-1] is _STOP:
                    return
        finally:
            db.close()

    def _commit(self, db: sqlite3.Connection, writes: list[_Write]) -> None:
        """Every queued write in one transaction: all of them on disk, or none."""
        ok = True
        try:
            with db:
                db.executemany("INSERT INTO chats (key, data, updated) VALUES (?, ?, ?) ON CONFLICT (key)"
                               " DO UPDATE SET data = excluded.data, updated = excluded.updated",
                               [(w.key, w.data, w.updated) for w in writes])
        except sqlite3.Error:
            ok = False
            self._fail("conversation state cannot be written; conversations are kept in memory meanwhile")
        with self._lock:
            for w in writes:
                if self._pending.get(w.key, (None, None))[1] == w.updated:
                    del self._pending[w.key]
        for w in writes:
            if w.done is not None and w.loop is not None:
                w.loop.call_soon_threadsafe(_resolve, w.done, ok)

    def _purge(self, db: sqlite3.Connection) -> None:
        """Delete the rows of chats idle for longer than the ttl, and give their pages back."""
        try:
            with db:
                db.execute("DELETE FROM chats WHERE updated <= ?", (self._clock() - self.ttl,))
            db.executescript("PRAGMA incremental_vacuum; PRAGMA wal_checkpoint(TRUNCATE);")  # to completion
        except sqlite3.Error:
            self._fail("conversation state cannot be purged")

    def _fail(self, message: str) -> None:
        if not self._failed:
            self._failed = True
            log.error("%s", message, exc_info=True)

    # -- life cycle -------------------------------------------------------------------------------
    def flush(self) -> None:
        """Wait until every queued write is committed (for shutdown and tests)."""
        while True:
            with self._lock:
                if not self._pending:
                    return
            time.sleep(0.005)

    def close(self) -> None:
        """Commit what is queued and stop the writer."""
        if self._thread is not None:
            self._queue.put(_STOP)
            self._thread.join()
            self._thread = None
        if self._reader is not None:
            with self._read_lock:
                self._reader.close()
            self._reader = None

    def chats_on_disk(self) -> int:
        """Rows in the file (expired ones until the next purge), for tests and benchmarks."""
        if self._reader is None:
            return 0
        with self._read_lock:
            return int(self._reader.execute("SELECT COUNT(*) FROM chats").fetchone()[0])


def _resolve(done: asyncio.Future[bool], ok: bool) -> None:
    if not done.done():
        done.set_result(ok)


def connect_db(path: Path) -> sqlite3.Connection:
    """A connection to the state file, created with its table if new. The file shrinks with the rows: pages of
    deleted rows go back to the file system at each purge (``auto_vacuum`` is set before the table exists),
    and the WAL is cut back to ``WAL_LIMIT`` after each checkpoint."""
    db = sqlite3.connect(path, timeout=10.0, check_same_thread=False)
    try:
        db.execute("PRAGMA auto_vacuum=INCREMENTAL")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(f"PRAGMA journal_size_limit={WAL_LIMIT}")
        db.execute("PRAGMA synchronous=NORMAL")
        for sql in SCHEMA:
            db.execute(sql)
        db.commit()
    except BaseException:
        db.close()
        raise
    return db


def _check(path: Path) -> str | None:
    """Why the file at ``path`` cannot serve as the state file, or ``None`` (a missing file is fine)."""
    if not path.exists():
        return None
    try:
        with path.open("rb"):
            pass
        db = sqlite3.connect(path, timeout=10.0)
        try:
            verdict = db.execute("PRAGMA quick_check").fetchone()[0]
            if verdict != "ok":
                return f"damaged: {verdict}"
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "chats" in tables:
                db.execute("SELECT key, data, updated FROM chats LIMIT 1").fetchall()
        finally:
            db.close()
    except OSError as exc:
        return exc.strerror or str(exc)
    except sqlite3.Error as exc:
        return str(exc)
    return None


def _move_aside(path: Path, aside: Path) -> None:
    """Rename the file and its WAL companions; the companions of a broken file are no use without it."""
    path.rename(aside)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(aside.with_name(aside.name + suffix))
