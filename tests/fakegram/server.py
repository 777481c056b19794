"""The fake Bot API server (FakeTelegram) and its background-thread runner (FakeTelegramThread).

Routes: ``/bot{token}/{method}`` (the methods in methods.py), and ``/test/...`` (test_routes.py).
While a webhook is set, queued updates are POSTed to it one at a time instead. Telegram accepts only
HTTPS webhook URLs; a bot under test listens on plain HTTP, so ``webhook_redirect`` (e.g.
"http://127.0.0.1:8443") replaces the scheme and host of the registered URL, keeping its path.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import aiohttp
from aiohttp import web

from .api import ApiError, Params
from .faults import FaultKind, connected, intercept, make_fault
from .methods import METHODS, Ctx
from .state import State
from .test_routes import STATE_KEY, add_test_routes

T = TypeVar("T")
TOKEN = re.compile(r"^\d+:[A-Za-z0-9_-]{30,}$")


class FakeTelegram:
    """A local Bot API server on its own port; ``base_url`` is for PTB, ``url`` for UserClient."""

    def __init__(self, *, valid_tokens: Iterable[str] | None = None, bot_username: str = "article_fact_bot",
                 privacy_mode: bool = True, webhook_redirect: str | None = None, query_ttl: float = 300.0) -> None:
        self.state = State(bot_username, privacy_mode, query_ttl)
        self.valid_tokens = set(valid_tokens) if valid_tokens is not None else None
        self.webhook_redirect = webhook_redirect
        self._runner: web.AppRunner | None = None
        self._delivery: asyncio.Task[None] | None = None
        self.url = self.base_url = ""  # base_url is for PTB: the bot appends its token

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.state.closing = False
        self.state.notify()  # a fresh Event, bound to this loop on first use
        app = web.Application(client_max_size=20 * 1024 * 1024)
        app[STATE_KEY] = self.state
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        add_test_routes(app)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, host, port).start()
        self.url = f"http://{host}:{self._runner.addresses[0][1]}"
        self.base_url = f"{self.url}/bot"
        self._delivery = asyncio.get_running_loop().create_task(self._deliver_webhooks())

    async def stop(self) -> None:
        self.state.closing = True
        self.state.notify()  # waiting getUpdates calls answer now
        if self._delivery is not None:
            self._delivery.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._delivery
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def add_fault(self, method: str, kind: FaultKind, *, times: int = 1, seconds: float | None = None,
                  code: int | None = None, description: str | None = None,
                  parameters: dict[str, Any] | None = None) -> None:
        """The next ``times`` calls of ``method`` meet a fault of ``kind`` (see faults.py):
        retry_after (seconds, default 1), server_error (code 500/502/503/504, default 502),
        slow (seconds, default 12), drop, bad_json, or error (code, description, parameters)."""
        self.state.add_fault(make_fault(method, kind, times, seconds, code, description, parameters))

    def clear_faults(self, method: str | None = None) -> None:
        """Forget the pending faults of ``method``, or of all methods."""
        self.state.clear_faults(method)

    def reset(self) -> None:
        self.state.reset()

    async def _api(self, request: web.Request) -> web.Response:
        token, name = request.match_info["token"], request.match_info["method"]
        started, params, fault = time.time(), None, None
        try:
            if not (token in self.valid_tokens if self.valid_tokens is not None else TOKEN.match(token)):
                raise ApiError(401, "Unauthorized")
            handler = METHODS.get(name.lower())
            if handler is None:
                raise ApiError(404, "Not Found")
            params = await Params.from_request(request)
            fault = self.state.take_fault(name)
            instead = await intercept(fault, request) if fault is not None else None
            if fault is not None and instead is not None:
                status = instead.status if connected(request) else None  # None: no answer reached anyone
                self._log(name, started, params, status, fault.error.description if fault.error else None, fault.kind)
                return instead
            body: dict[str, Any] = {"ok": True, "result": await handler(Ctx(self.state, params, token, name))}
            status = 200
        except ApiError as error:
            body, status = error.body(), error.code
        self._log(name, started, params, status, body.get("description"), fault.kind if fault else None)
        return web.json_response(body, status=status)

    def _log(self, name: str, started: float, params: Params | None, status: int | None, description: str | None,
             fault: str | None) -> None:
        """One entry of GET /test/calls; ``fault`` is the injected fault's kind, if any."""
        self.state.calls.append({"method": name, "time": started, "duration": time.time() - started,
                                 "status": status, "ok": status == 200 and fault in (None, "slow"),
                                 "description": description, "params": params.loggable() if params else {},
                                 "fault": fault})

    async def _deliver_webhooks(self) -> None:
        """POST the first queued update to the webhook; on success it leaves the queue, else retry soon."""
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
            while not self.state.closing:
                webhook, updates = self.state.webhook, self.state.updates
                if webhook is None or not updates:
                    await self.state.wait_changed(3600)
                    continue
                url = urlsplit(webhook["url"])
                if self.webhook_redirect:
                    local = urlsplit(self.webhook_redirect)
                    url = url._replace(scheme=local.scheme, netloc=local.netloc)
                secret = webhook["secret_token"]
                headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
                update = updates[0]
                try:
                    async with session.post(urlunsplit(url), json=update, headers=headers) as response:
                        delivered = 200 <= response.status < 300
                except (aiohttp.ClientError, TimeoutError):
                    delivered = False
                if not delivered:
                    await asyncio.sleep(0.2)
                elif self.state.updates and self.state.updates[0] is update:
                    self.state.updates.pop(0)


class FakeTelegramThread:
    """Runs a FakeTelegram on its own event loop in a daemon thread, for plain pytest.

    ``call(fn)`` runs ``fn(server)`` on that loop and returns its result (thread-safe).
    """

    def __init__(self, **options: Any) -> None:
        self.server = FakeTelegram(**options)
        self.state = self.server.state  # the live state; read it through ``call`` while the server runs
        self.url = self.base_url = ""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def start(self, host: str = "127.0.0.1", port: int = 0) -> FakeTelegramThread:
        self._loop = loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=loop.run_forever, name="fakegram", daemon=True)
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.server.start(host, port), loop).result(10)
        self.url, self.base_url = self.server.url, self.server.base_url
        return self

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        asyncio.run_coroutine_threadsafe(self.server.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
        self._loop = self._thread = None

    def call(self, fn: Callable[[FakeTelegram], T], timeout: float = 10.0) -> T:
        if self._loop is None:
            raise RuntimeError("FakeTelegramThread is not running")

        async def run() -> T:
            return fn(self.server)

        return asyncio.run_coroutine_threadsafe(run(), self._loop).result(timeout)

    def __enter__(self) -> FakeTelegramThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def add_fault(self, method: str, kind: FaultKind, **settings: Any) -> None:
        """FakeTelegram.add_fault, run on the server's loop (so safe from any thread)."""
        self.call(lambda s: s.add_fault(method, kind, **settings))

    def clear_faults(self, method: str | None = None) -> None:
        self.call(lambda s: s.clear_faults(method))

    def reset(self) -> None:
        self.call(lambda s: s.reset())
