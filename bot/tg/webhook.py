"""Webhook mode: a small HTTP server that checks Telegram's secret before anything is parsed.

It serves exactly one path (the path of WEBHOOK_URL, which is also the URL registered with Telegram) and
answers: 403 without the right secret (compared in constant time; a header that is not ASCII is simply
wrong), 400 for a body that is not a Telegram update (not UTF-8, not a JSON object, nested too deep,
fields of the wrong kind), 413 past aiohttp's 1 MiB, 408 when the body does not arrive in time, 404/405 elsewhere.
Nothing reaches the handlers unless the request is sound, and nothing a client sends causes a 500.

Half-sent requests cannot pile up: a connection that is not inside a request handler (opened but its
request not yet complete, or idle between requests) is closed after ``READ_TIMEOUT`` seconds, and past
``MAX_CONNECTIONS`` open connections the one waiting longest is closed to make room. Behind a TLS proxy
(see the README) the proxy's own timeouts apply first.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from aiohttp import web
from aiohttp.web_protocol import RequestHandler
from telegram import Bot, Update
from telegram.ext import Application

from bot.errors import ConfigError

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
READ_TIMEOUT = 10.0
MAX_CONNECTIONS = 100
"""Telegram opens at most 40 (setWebhook's default max_connections); the rest is room for a proxy's."""
SWEEP_EVERY = 1.0
Handler = Callable[[web.BaseRequest], Awaitable[web.StreamResponse]]


def secret_ok(given: str, secret: str) -> bool:
    """Whether the header matches, in constant time; undecodable bytes (non-ASCII) never match."""
    try:
        return bool(given) and hmac.compare_digest(given.encode("ascii"), secret.encode("ascii"))
    except UnicodeError:
        return False


def parse_update(body: bytes, bot: Bot) -> Update | None:
    """The update in ``body``, or ``None`` for anything that is not one (never raises)."""
    try:
        data = json.loads(body.decode("utf-8"))
        update_id = data.get("update_id") if isinstance(data, dict) else None
        if not isinstance(update_id, int) or isinstance(update_id, bool):
            return None
        return Update.de_json(data, bot)
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError):
        return None


def receiver(application: Application, secret: str, path: str) -> Handler:  # type: ignore[type-arg]
    """The request handler: one POST route that validates and enqueues updates."""

    async def receive(request: web.BaseRequest) -> web.StreamResponse:
        if request.path != path:
            return web.Response(status=404, text="not found")
        if request.method != "POST":
            return web.Response(status=405, text="method not allowed")
        if not secret_ok(request.headers.get(SECRET_HEADER, ""), secret):
            return web.Response(status=403, text="forbidden")
        try:
            body = await asyncio.wait_for(request.read(), READ_TIMEOUT)
        except TimeoutError:
            return web.Response(status=408, text="request timeout", headers={"Connection": "close"})
        except web.HTTPRequestEntityTooLarge:
            return web.Response(status=413, text="too large", headers={"Connection": "close"})
        update = parse_update(body, application.bot)
        if update is None:
            return web.Response(status=400, text="not a Telegram update")
        await application.update_queue.put(update)
        return web.Response(text="ok")

    return receive


class GuardedServer(web.Server):
    """aiohttp's low-level server with a deadline on every connection not inside a handler, and a cap on
    connections (see the module docstring)."""

    def __init__(self, handler: Handler, *, read_timeout: float = READ_TIMEOUT,
                 max_connections: int = MAX_CONNECTIONS, **kwargs: Any) -> None:
        self.read_timeout = read_timeout
        self.max_connections = max_connections
        self._waiting: dict[RequestHandler, float] = {}  # connection -> since when it waits for a request

        async def guarded(request: web.BaseRequest) -> web.StreamResponse:
            protocol = request.protocol
            self._waiting.pop(protocol, None)
            try:
                return await handler(request)
            finally:
                if protocol.transport is not None:
                    self._waiting[protocol] = asyncio.get_running_loop().time()

        super().__init__(guarded, keepalive_timeout=read_timeout, access_log=None, **kwargs)

    def connection_made(self, handler: RequestHandler, transport: asyncio.Transport) -> None:
        super().connection_made(handler, transport)
        self._waiting[handler] = asyncio.get_running_loop().time()
        if len(self.connections) > self.max_connections and self._waiting:
            oldest = min(self._waiting, key=self._waiting.__getitem__)
            self._close(oldest)

    def connection_lost(self, handler: RequestHandler, exc: BaseException | None = None) -> None:
        self._waiting.pop(handler, None)
        super().connection_lost(handler, exc)

    def sweep(self, now: float) -> int:
        """Close every connection that has waited longer than the read timeout; how many were closed."""
        late = [h for h, since in self._waiting.items() if now - since >= self.read_timeout]
        for handler in late:
            self._close(handler)
        return len(late)

    def _close(self, handler: RequestHandler) -> None:
        self._waiting.pop(handler, None)
        handler.force_close()

    async def sweep_forever(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(SWEEP_EVERY)
            self.sweep(loop.time())


@contextlib.asynccontextmanager
async def webhook_server(application: Application, *, listen: str, port: int, url: str,  # type: ignore[type-arg]
                         secret: str, path: str) -> AsyncIterator[None]:
    """Listen, then register the webhook (so Telegram's first delivery finds the server); stop on exit."""
    server = GuardedServer(receiver(application, secret, path), read_timeout=READ_TIMEOUT,
                           max_connections=MAX_CONNECTIONS)
    runner = web.ServerRunner(server, shutdown_timeout=5.0)
    await runner.setup()
    try:
        await web.TCPSite(runner, listen, port).start()
    except OSError as exc:
        await runner.cleanup()
        raise ConfigError(f"cannot listen on WEBHOOK_LISTEN:WEBHOOK_PORT {listen}:{port}: {exc.strerror}") from None
    sweeper = asyncio.create_task(server.sweep_forever())
    try:
        await application.bot.set_webhook(url, secret_token=secret, allowed_updates=Update.ALL_TYPES)
        log.info("webhook listening on %s:%s%s", listen, port, path)
        yield
    finally:
        sweeper.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sweeper
        await runner.cleanup()
