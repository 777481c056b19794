"""Soak run: N simulated users for a fixed time against the real bot through the local Bot API server.

    .venv-test/bin/python -m tests.e2e.soak [--users 20] [--seconds 60]

Reports messages/s, p50/p99 latency, errors (goal 0), the bot's RSS at start and end (goal: growth
under 10%), and answered against sent (goal: equal). Loopback only; bounded in time.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import psutil

from tests.e2e.harness import BotProcess
from tests.e2e.load import drive
from tests.fakegram import FakeTelegramThread


def rss_mb(bot: BotProcess) -> float:
    assert bot.process is not None
    return psutil.Process(bot.process.pid).memory_info().rss / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    with FakeTelegramThread(privacy_mode=False) as server, tempfile.TemporaryDirectory() as tmp:
        bot = BotProcess(server, Path(tmp), RATE_LIMIT="off", FLOOD_LIMIT_PER_MINUTE="1000000").start()
        try:
            drive(server.url, users=4, per_user=10, first_chat=900_000)  # warm-up: imports, caches
            start = rss_mb(bot)
            result = drive(server.url, users=args.users, duration=args.seconds)
            end = rss_mb(bot)
        finally:
            code = bot.stop()
    growth = (end - start) / start * 100
    print(f"soak: {args.users} users for {args.seconds:.0f} s")
    print(f"  {result.summary()}")
    print(f"  bot RSS: start {start:.1f} MB, end {end:.1f} MB, growth {growth:+.1f}% (goal < 10%)")
    print(f"  answered == sent: {result.answered == result.sent}; bot exit code {code}")


if __name__ == "__main__":
    main()
