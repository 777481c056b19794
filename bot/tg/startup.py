"""The first contact with Telegram: an operator is told, in one line per attempt, what is wrong and when the
next attempt is; the bot waits for the network instead of dying with two tracebacks.

A token Telegram rejects is not retried (``InvalidToken`` goes up to ``run_bot``, which says so in one line).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator

from telegram import Bot
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter, TelegramError

log = logging.getLogger(__name__)
FIRST_DELAY = 5.0
MAX_DELAY = 60.0


def backoff(first: float = FIRST_DELAY, cap: float = MAX_DELAY) -> Iterator[float]:
    """Seconds to wait before each next attempt: 5, 10, 20, 40, 60, 60, ..."""
    delay = first
    while True:
        yield delay
        delay = min(delay * 2, cap)


def reason(error: TelegramError) -> str:
    """What went wrong, in words an operator can act on (PTB's messages name httpx's exception)."""
    text = str(error).removeprefix("httpx.").strip()
    return text or error.__class__.__name__


async def reach_telegram(bot: Bot, where: str, stop: asyncio.Event, delays: Iterator[float] | None = None) -> bool:
    """Initialise ``bot`` (its ``getMe``), retrying network trouble with backoff until it works (True) or
    ``stop`` is set (False). ``where`` is the Bot API base URL, which does not hold the token."""
    for delay in delays or backoff():
        try:
            await bot.initialize()
            return True
        except InvalidToken:
            raise
        except RetryAfter as exc:
            wait = exc.retry_after
            delay = max(delay, wait if isinstance(wait, int | float) else wait.total_seconds())
            log.warning("Telegram asks the bot to wait (flood control); retrying in %g s", delay)
        except TelegramError as exc:  # NetworkError and TimedOut, a 5xx, a garbled answer
            log.warning("cannot reach Telegram at %s: %s; retrying in %g s", where, reason(exc), delay)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), delay)
        if stop.is_set():
            return False
    return False


def one_line_network_trouble(record: logging.LogRecord) -> bool:
    """A log filter: python-telegram-bot logs network trouble (e.g. polling at shutdown with the network
    gone) with a traceback; the message and the reason in one line say all there is to say."""
    error = record.exc_info[1] if record.exc_info else None
    if isinstance(error, NetworkError) and not isinstance(error, BadRequest):  # a bad request is a bug: traceback
        record.msg, record.args = f"{record.getMessage()} ({reason(error)})", ()
        record.exc_info = record.exc_text = None
    return True
