"""End-to-end benchmark: messages/s and reply latency through the local Bot API server, the fact-bot
against a python-telegram-bot bot that replies a fixed text (the core should add under 10%).

    .venv-test/bin/python -m tests.e2e.bench [--users 20] [--per-user 30]

Runs twice: with Telegram's rate limits enforced by AIORateLimiter (as in production), and without,
which shows the bot's own cost. A benchmark, not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT
from tests.e2e.harness import BotProcess, ServerAddress, free_port, wait_listening
from tests.e2e.load import LoadResult, drive


class _Module(BotProcess):
    """A bot process started from another module (the fixed-reply baseline)."""

    def __init__(self, server: ServerAddress, data_dir: Path, module: str, **env: str) -> None:
        super().__init__(server, data_dir, **env)
        self.module = module

    def command(self) -> list[str]:
        return ["-m", self.module]


@dataclass(frozen=True)
class RemoteServer:
    """The local Bot API server in a process of its own, so the load generator does not slow it down."""

    url: str

    @property
    def base_url(self) -> str:
        return f"{self.url}/bot"


@contextmanager
def server_process() -> Iterator[RemoteServer]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "tests.fakegram", "--port", str(port), "--no-privacy"],
                               cwd=ROOT, stdout=subprocess.DEVNULL)
    try:
        wait_listening(port)
        yield RemoteServer(f"http://127.0.0.1:{port}")
    finally:
        process.terminate()
        process.wait(10)


def measure(module: str, users: int, per_user: int, **env: str) -> LoadResult:
    with server_process() as server, tempfile.TemporaryDirectory() as tmp:
        bot = _Module(server, Path(tmp), module, **env).start()
        try:
            drive(server.url, users=2, per_user=2, first_chat=900_000)  # warm-up
            return drive(server.url, users=users, per_user=per_user)
        finally:
            bot.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--per-user", type=int, default=30)
    parser.add_argument("--store-only", action="store_true", help="only the question store's cost")
    args = parser.parse_args()
    unlimited = {"FLOOD_LIMIT_PER_MINUTE": "1000000"}
    for limits in (() if args.store_only else ("on", "off")):
        print(f"rate limiter {limits}:")
        ours = measure("bot", args.users, args.per_user, RATE_LIMIT=limits, **unlimited)
        print(f"  fact-bot                   {ours.summary()}")
        for style in ("short", "answer-sized"):
            fixed = measure("tests.e2e.fixed_reply_bot", args.users, args.per_user, RATE_LIMIT=limits,
                            FIXED_REPLY=style)
            ratio = ours.rate / fixed.rate if fixed.rate else 0.0
            print(f"  fixed {style:<12} text bot {fixed.summary()}  ratio {ratio:.2f} (goal >= 0.9)")
    print("question store (rate limiter off; alternating runs, since a loaded machine drifts):")
    for store in ("true", "false", "true", "false"):
        result = measure("bot", args.users, args.per_user, RATE_LIMIT="off", QUESTION_STORE=store, **unlimited)
        print(f"  store {store:<5}     {result.summary()}")


if __name__ == "__main__":
    main()
