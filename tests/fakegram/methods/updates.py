"""getUpdates: long polling with confirm-by-offset semantics."""

from __future__ import annotations

import asyncio
import copy
from typing import Any

from ..errors import ApiError
from ..state import DEFAULT_UPDATES
from .base import Ctx, method

WEBHOOK_ACTIVE = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
SUPERSEDED = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)


@method("getUpdates")
async def get_updates(ctx: Ctx) -> list[dict[str, Any]]:
    """Updates with update_id >= offset; waits up to ``timeout`` seconds for the first one.

    An offset confirms (forgets) every earlier update; a negative offset keeps only the
    last -offset. A newer getUpdates call ends a waiting one with 409 Conflict, as Telegram.
    """
    state, params = ctx.state, ctx.params
    if state.webhook is not None:
        raise ApiError(409, WEBHOOK_ACTIVE)
    offset = params.get_int("offset")
    limit = min(max(params.get_int("limit") or 100, 1), 100)
    timeout = max(params.get_float("timeout") or 0.0, 0.0)
    allowed = params.get_json("allowed_updates", "allowed updates")
    if isinstance(allowed, list):
        state.allowed_updates = frozenset(map(str, allowed)) if allowed else DEFAULT_UPDATES
    state.poll_generation += 1
    generation = state.poll_generation
    state.notify()
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        if state.poll_generation != generation:
            raise ApiError(409, SUPERSEDED)
        state.confirm(offset)
        remaining = deadline - loop.time()
        if state.updates or remaining <= 0 or state.closing:
            return copy.deepcopy(state.updates[:limit])
        await state.wait_changed(remaining)
