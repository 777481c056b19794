"""Bot API calls that ride out transient faults: timeouts, dropped connections, 5xx, flood waits."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

log = logging.getLogger(__name__)
SEND_ATTEMPTS = 6
T = TypeVar("T")


async def with_retries(call: Callable[[], Awaitable[T]], attempts: int = SEND_ATTEMPTS) -> T:
    """Retry a Bot API call through transient faults (timeouts, dropped connections, 5xx, flood waits).

    Errors Telegram means (bad request, forbidden) are not retried: another try would fail the same way.
    """
    delay = 0.5
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except RetryAfter as exc:
            if attempt == attempts:
                raise
            wait = exc.retry_after
            await asyncio.sleep(wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait))
        except (BadRequest, Forbidden):
            raise
        except TelegramError as exc:
            if attempt == attempts or not _transient(exc):
                raise
            log.warning("Telegram call failed (attempt %d of %d); retrying in %.1f s", attempt, attempts, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 4.0)
    raise AssertionError("unreachable")


def _transient(error: TelegramError) -> bool:
    """Network trouble, 5xx, or a garbled answer ("Invalid server response"): worth another try."""
    return isinstance(error, NetworkError) or "invalid server response" in str(error).casefold()
