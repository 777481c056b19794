"""Webhook delivery: while a webhook is set, queued updates are POSTed to it one at a time.

Telegram accepts only HTTPS webhook URLs; a bot under test listens on plain HTTP locally, so
``redirect`` (e.g. "http://127.0.0.1:8443") replaces the scheme and host of the registered URL,
keeping its path. The secret_token goes in X-Telegram-Bot-Api-Secret-Token, as Telegram does.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import aiohttp

from .state import State

RETRY_DELAY = 0.2


def target_url(url: str, redirect: str | None) -> str:
    if not redirect:
        return url
    registered, local = urlsplit(url), urlsplit(redirect)
    return urlunsplit((local.scheme, local.netloc, registered.path, registered.query, ""))


class WebhookDelivery:
    def __init__(self, state: State, redirect: str | None) -> None:
        self.state = state
        self.redirect = redirect
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        timeout = aiohttp.ClientTimeout(total=10)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            while not self.state.closing:
                webhook, updates = self.state.webhook, self.state.updates
                if webhook is None or not updates:
                    await self.state.wait_changed(3600)
                    continue
                if not await self._deliver(session, webhook, updates[0]):
                    await asyncio.sleep(RETRY_DELAY)

    async def _deliver(
        self, session: aiohttp.ClientSession, webhook: dict[str, Any], update: dict[str, Any]
    ) -> bool:
        """POST one update; on success it leaves the queue, else the error shows in getWebhookInfo."""
        secret = webhook.get("secret_token")
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
        url = target_url(webhook["url"], self.redirect)
        error: str | None = None
        try:
            async with session.post(url, json=update, headers=headers) as response:
                if not 200 <= response.status < 300:
                    error = f"Wrong response from the webhook: {response.status} {response.reason}"
        except (aiohttp.ClientError, TimeoutError) as exc:
            error = f"Connection failed: {exc.__class__.__name__}"
        if error is not None:
            webhook.update(last_error_date=int(time.time()), last_error_message=error)
            return False
        if self.state.updates and self.state.updates[0] is update:
            self.state.updates.pop(0)
        return True
