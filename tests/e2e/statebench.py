"""Conversation-state benchmark: a state file holding 100,000 chats (and as many expired ones), then questions
arriving together, then SIGKILLs in the middle of answering.

    .venv/bin/python -m tests.e2e.statebench [--chats 100000] [--expired 100000] [--questions 10] [--kills 5]

Reports: rows and file size before and after the start-up purge (the size is bounded by the expiry), the time
until all of ``--questions`` simultaneous questions from different chats are answered (goal: under 0.2 s), and
after each SIGKILL how many of the chats answered before it lost their context (goal: none). The bot runs as
in production (rate limits on) against the local Bot API server in its own process. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import secrets
import signal
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bot.tg.chatstate import connect_db
from tests.e2e.bench import server_process
from tests.e2e.harness import BotProcess, text_of
from tests.fakegram.client import UserClient

NATO = "what is nato's estimate of russian dead"
QUESTION = "how many russian soldiers died"
TTL_HOURS = 24.0
RECORD = json.dumps({"r": [[n, [n + 1, n + 2]] for n in range(5)],
                     "c": {"e": "casualties-overview", "ch": [], "q": "how many russian soldiers died?"}})


def prefill(path: Path, fresh: int, expired: int) -> None:
    """Rows as the bot writes them: ``fresh`` chats active an hour ago, ``expired`` idle for two days."""
    now = time.time()
    with contextlib.closing(connect_db(path)) as db, db:
        rows = [(secrets.token_hex(16), RECORD, now - 3600) for _ in range(fresh)]
        rows += [(secrets.token_hex(16), RECORD, now - 48 * 3600) for _ in range(expired)]
        db.executemany("INSERT INTO chats (key, data, updated) VALUES (?, ?, ?)", rows)


def rows_and_size(path: Path) -> tuple[int, float]:
    with sqlite3.connect(path) as db:
        rows = int(db.execute("SELECT COUNT(*) FROM chats").fetchone()[0])
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 2**20
    return rows, size


def together(client: UserClient, first_chat: int, count: int, text: str = QUESTION) -> float:
    """Seconds from the first of ``count`` questions (from as many chats) to the last answer."""
    time.sleep(1.0)  # Telegram's 30 messages a second (AIORateLimiter): each round starts with a full allowance
    started = time.monotonic()
    for chat in range(first_chat, first_chat + count):
        client.send(text, chat_id=chat, user_id=chat)
    for chat in range(first_chat, first_chat + count):
        client.wait_for_reply(chat, timeout=30)
    return time.monotonic() - started


def kill_round(bot: BotProcess, client: UserClient, first_chat: int, count: int) -> tuple[int, int]:
    """SIGKILL once half the chats are answered; after the restart, how many answered chats lost their context."""
    for chat in range(first_chat, first_chat + count):
        client.send(NATO, chat_id=chat, user_id=chat)
    chats = range(first_chat, first_chat + count)
    while sum(bool(client.sent(c)) for c in chats) < count // 2:
        time.sleep(0.002)
    bot.stop(signal.SIGKILL)
    answered = [c for c in chats if client.sent(c)]
    bot.start()
    lost = 0
    for chat in answered:
        seen = len(client.sent(chat))
        client.send("and russia?", chat_id=chat, user_id=chat)
        time.sleep(0.05)
        reply = client.wait_for_reply(chat, after_count=seen, timeout=30)
        lost += "1,351" not in text_of(reply)
    return len(answered), lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=100_000)
    parser.add_argument("--expired", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--kills", type=int, default=5)
    args = parser.parse_args()
    with server_process() as server, tempfile.TemporaryDirectory() as tmp:
        state = Path(tmp) / "conversations.sqlite3"
        prefill(state, args.chats, args.expired)
        before = rows_and_size(state)
        bot = BotProcess(server, Path(tmp), CONTEXT_TTL_HOURS=str(TTL_HOURS)).start(timeout=60)
        try:
            after = rows_and_size(state)
            with UserClient(server.url) as client:
                together(client, 600_000, 2)  # warm-up
                waits = [together(client, 610_000 + 100 * r, args.questions) for r in range(args.rounds)]
                kills = [kill_round(bot, client, 700_000 + 100 * k, 20) for k in range(args.kills)]
        finally:
            bot.stop()
    print(f"conversation state: {args.chats} chats active within the ttl, {args.expired} idle for longer")
    print(f"  before start: {before[0]} rows, {before[1]:.1f} MB; after the start-up purge: {after[0]} rows, "
          f"{after[1]:.1f} MB")
    print(f"  {args.questions} simultaneous questions from different chats, all answered after: "
          + ", ".join(f"{w * 1000:.0f}" for w in waits) + f" ms (median {statistics.median(waits) * 1000:.0f} ms, "
          f"goal < 200 ms)")
    print("  SIGKILL with half of 20 chats answered, then restart: "
          + "; ".join(f"{lost} of {n} lost" for n, lost in kills) + " (goal: none lost)")


if __name__ == "__main__":
    main()
