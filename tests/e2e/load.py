"""Drive a running bot with simulated users through the local Bot API server and measure it.

Used by the end-to-end benchmark and the soak run; loopback only, bounded in count and time.
"""

from __future__ import annotations

import statistics
import threading
import time
from dataclasses import dataclass, field

from tests.fakegram.client import UserClient

QUESTIONS = (
    "how many russian soldiers died", "nato estimate of dead russians", "is resigning legal in russia",
    "what did the officer tell cnn", "will putin mobilise", "who is menlikova", "geneva convention",
    "the 14 soldiers who quit", "70 percent of a battalion quit?", "capital of canada", "ukraine's losses",
    "were the soldiers paid what they were promised", "source?", "more",
)


@dataclass
class LoadResult:
    """What a load run measured."""

    sent: int = 0
    answered: int = 0
    errors: int = 0
    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.answered / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000 if ordered else 0.0

    def summary(self) -> str:
        p50 = statistics.median(self.latencies) * 1000 if self.latencies else 0.0
        return (f"{self.rate:7.1f} msg/s  p50 {p50:6.1f} ms  p99 {self.percentile(0.99):7.1f} ms  "
                f"sent {self.sent} answered {self.answered} errors {self.errors}")


def drive(base_url: str, *, users: int, per_user: int | None = None, duration: float | None = None,
          first_chat: int = 700_000, reply_timeout: float = 15.0) -> LoadResult:
    """Each user sends a question and waits for the reply before the next, until the count or time is up."""
    result = LoadResult()
    lock = threading.Lock()
    deadline = time.monotonic() + duration if duration else None

    def user(index: int) -> None:
        chat = first_chat + index
        with UserClient(base_url) as client:
            n = 0
            seen = len(client.sent(chat))
            while (per_user is None or n < per_user) and (deadline is None or time.monotonic() < deadline):
                start = time.monotonic()
                client.send(QUESTIONS[(index + n) % len(QUESTIONS)], chat_id=chat, user_id=chat)
                try:
                    seen += len(client.wait_for_reply(chat, after_count=seen, timeout=reply_timeout))
                    ok = True
                except AssertionError:
                    ok = False
                with lock:
                    result.sent += 1
                    if ok:
                        result.answered += 1
                        result.latencies.append(time.monotonic() - start)
                    else:
                        result.errors += 1
                n += 1

    started = time.monotonic()
    threads = [threading.Thread(target=user, args=(i,)) for i in range(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result.seconds = time.monotonic() - started
    return result
