"""Head-of-line benchmark: one group floods the bot with commands; how long does an unrelated private question wait?

    .venv/bin/python -m tests.e2e.headofline [--commands 100] [--senders 1] [--runs 3]

The bot runs as in production (Telegram's rate limits enforced by AIORateLimiter, so every reply in the group
waits its turn under the 20-messages-a-minute group limit) against the local Bot API server in its own process.
``--senders`` spreads the burst over that many group members (1: one member's burst, which the flood gate
also meets; 100: a hundred members, one command each, which only the per-chat queue bound meets).
A benchmark, not a test: it prints figures (goal: the private question answered within 1 s).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from tests.e2e.bench import server_process
from tests.e2e.harness import BotProcess, text_of
from tests.fakegram.client import UserClient

QUESTION = "how many russian soldiers died"


def one_run(base: str, run: int, commands: int, senders: int) -> tuple[float, int]:
    """Seconds until the private question is answered, and how many messages the group got by then."""
    group, private = -(800_000 + run), 810_000 + run
    with UserClient(base) as client:
        for n in range(commands):
            client.send("/help", chat_id=group, user_id=820_000 + run * 1000 + n % senders, chat_type="group")
        start = time.monotonic()
        client.send(QUESTION, chat_id=private, user_id=private)
        replies = client.wait_for_reply(private, timeout=120)
        waited = time.monotonic() - start
        assert "29,200" in text_of(replies), replies
        return waited, len(client.sent(group))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commands", type=int, default=100)
    parser.add_argument("--senders", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with server_process() as server, tempfile.TemporaryDirectory() as tmp:
        bot = BotProcess(server, Path(tmp)).start()
        try:
            with UserClient(server.url) as warm:  # imports and caches, outside the measurement
                warm.send(QUESTION, chat_id=899_999, user_id=899_999)
                warm.wait_for_reply(899_999, timeout=30)
            results = [one_run(server.url, run, args.commands, args.senders) for run in range(args.runs)]
        finally:
            bot.stop()
    waits = [w for w, _ in results]
    print(f"head-of-line: {args.commands} group commands from {args.senders} member(s), then one private question")
    for n, (waited, group) in enumerate(results, 1):
        print(f"  run {n}: private answer after {waited * 1000:8.1f} ms (group had {group} replies by then)")
    print(f"  median {statistics.median(waits) * 1000:.1f} ms, worst {max(waits) * 1000:.1f} ms (goal < 1000 ms)")


if __name__ == "__main__":
    main()
