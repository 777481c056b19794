"""The fake Bot API server (FakeTelegram) and its background-thread runner (FakeTelegramThread)."""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from aiohttp import web

from .errors import ApiError
from .faults import FaultKind, connected, intercept, make_fault
from .methods import METHODS, Ctx, Reply
from .params import Params
from .state import State
from .test_routes import STATE_KEY, add_test_routes
from .webhook import WebhookDelivery

T = TypeVar("T")
TOKEN = re.compile(r"^\d+:[A-Za-z0-9_-]{30,}$")
MAX_BODY = 60 * 1024 * 1024


class FakeTelegram:
    """A local Bot API server: ``/bot{token}/{method}``, ``/file/bot{token}/{path}``, ``/test/...``."""

    def __init__(
        self,
        *,
        valid_tokens: Iterable[str] | None = None,
        bot_username: str = "article_fact_bot",
        bot_first_name: str = "Article Fact Bot",
        privacy_mode: bool = True,
        strict_html: bool = True,
        webhook_redirect: str | None = None,
        query_ttl: float = 300.0,
    ) -> None:
        """``webhook_redirect``: where to deliver webhook updates instead of the registered
        HTTPS URL's scheme and host (e.g. "http://127.0.0.1:8443"); see webhook.py.
        ``query_ttl``: seconds a callback or inline query can be answered in."""
        self.state = State(bot_username, bot_first_name, privacy_mode, strict_html, query_ttl)
        self.webhooks = WebhookDelivery(self.state, webhook_redirect)
        self.valid_tokens = set(valid_tokens) if valid_tokens is not None else None
        self._runner: web.AppRunner | None = None
        self._host = "127.0.0.1"
        self._port = 0

    # --- lifecycle ------------------------------------------------------------
    def make_app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BODY)
        app[STATE_KEY] = self.state
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._file)
        add_test_routes(app)
        return app

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.state.closing = False
        self.state.notify()  # a fresh Event, bound to this loop on first use
        self._runner = web.AppRunner(self.make_app(), access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, host, port).start()
        self._host, self._port = host, int(self._runner.addresses[0][1])
        self.webhooks.start()

    async def stop(self) -> None:
        self.state.closing = True
        self.state.notify()  # waiting getUpdates calls answer now
        await self.webhooks.stop()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeTelegram:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        """The server root, for UserClient and the /test/ routes."""
        return f"http://{self._host}:{self._port}"

    @property
    def base_url(self) -> str:
        """For PTB's ``base_url``: the bot appends its token."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """For PTB's ``base_file_url``."""
        return f"{self.url}/file/bot"

    # --- test controls --------------------------------------------------------
    def add_fault(
        self,
        method: str,
        kind: FaultKind,
        *,
        times: int = 1,
        seconds: float | None = None,
        code: int | None = None,
        description: str | None = None,
        parameters: dict[str, Any] | None = None,
    ) -> None:
        """The next ``times`` calls of ``method`` meet a fault of ``kind`` (see faults.py):
        retry_after (seconds, default 1), server_error (code 500/502/503/504, default 502),
        slow (seconds, default 12), drop, bad_json, or error (code, description, parameters)."""
        self.state.add_fault(
            make_fault(
                method,
                kind,
                times=times,
                seconds=seconds,
                code=code,
                description=description,
                parameters=parameters,
            )
        )

    def clear_faults(self, method: str | None = None) -> None:
        """Forget the pending faults of ``method``, or of all methods."""
        self.state.clear_faults(method)

    def set_retry_after(self, method: str, seconds: int, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` answer 429 with retry_after=seconds."""
        self.add_fault(method, "retry_after", times=times, seconds=seconds)

    def set_error(self, method: str, error_code: int, description: str, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` fail with this error."""
        self.add_fault(method, "error", times=times, code=error_code, description=description)

    def block_chat(self, chat_id: int, blocked: bool = True) -> None:
        (self.state.blocked.add if blocked else self.state.blocked.discard)(chat_id)

    def set_webhook_redirect(self, redirect: str | None) -> None:
        """Deliver webhook updates to ``redirect`` (scheme://host:port) instead; see webhook.py."""
        self.webhooks.redirect = redirect

    def reset(self) -> None:
        self.state.reset()

    # --- handlers -------------------------------------------------------------
    def token_ok(self, token: str) -> bool:
        if self.valid_tokens is not None:
            return token in self.valid_tokens
        return bool(TOKEN.match(token))

    async def _api(self, request: web.Request) -> web.Response:
        token, name = request.match_info["token"], request.match_info["method"]
        started, params, fault = time.time(), None, None
        try:
            if not self.token_ok(token):
                raise ApiError(401, "Unauthorized")
            handler = METHODS.get(name.lower())
            if handler is None:
                raise ApiError(404, "Not Found")
            params = await Params.from_request(request)
            fault = self.state.take_fault(name)
            instead = await intercept(fault, request) if fault is not None else None
            if fault is not None and instead is not None:
                status = instead.status if connected(request) else None  # None: no answer reached anyone
                self._log(name, started, params, status, False, fault.description, fault.kind)
                return instead
            result = await handler(Ctx(self.state, params, token, name))
            reply = result if isinstance(result, Reply) else Reply(result)
            body: dict[str, Any] = {"ok": True, "result": reply.result}
            if reply.description:
                body["description"] = reply.description
            status = 200
        except ApiError as error:
            body, status = error.body(), error.code
        self._log(name, started, params, status, status == 200, body.get("description"), fault.kind if fault else None)
        return web.json_response(body, status=status)

    def _log(
        self,
        name: str,
        started: float,
        params: Params | None,
        status: int | None,
        ok: bool,
        description: str | None,
        fault: str | None,
    ) -> None:
        """One entry of GET /test/calls; ``fault`` is the injected fault's kind, if any."""
        self.state.calls.append(
            {
                "method": name,
                "time": started,
                "duration": time.time() - started,
                "status": status,
                "ok": ok,
                "description": description,
                "params": params.loggable() if params else {},
                "fault": fault,
            }
        )

    async def _file(self, request: web.Request) -> web.Response:
        if not self.token_ok(request.match_info["token"]):
            raise web.HTTPUnauthorized()
        path = request.match_info["path"]
        for entry in self.state.files.values():
            if entry.path == path:
                data = entry.data or bytes(min(int(entry.obj.get("file_size", 1)), MAX_BODY))
                return web.Response(body=data, content_type="application/octet-stream")
        raise web.HTTPNotFound()


class FakeTelegramThread:
    """Runs a FakeTelegram on its own event loop in a daemon thread, for plain pytest.

    ``call(fn)`` runs ``fn(server)`` on that loop and returns its result (thread-safe).
    """

    def __init__(self, **options: Any) -> None:
        self.server = FakeTelegram(**options)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def start(self, host: str = "127.0.0.1", port: int = 0) -> FakeTelegramThread:
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._thread = threading.Thread(target=loop.run_forever, name="fakegram", daemon=True)
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.server.start(host, port), loop).result(10)
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

    @property
    def state(self) -> State:
        """The live state; read it through ``call`` while the server runs."""
        return self.server.state

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def base_url(self) -> str:
        return self.server.base_url

    @property
    def base_file_url(self) -> str:
        return self.server.base_file_url

    def add_fault(
        self,
        method: str,
        kind: FaultKind,
        *,
        times: int = 1,
        seconds: float | None = None,
        code: int | None = None,
        description: str | None = None,
        parameters: dict[str, Any] | None = None,
    ) -> None:
        """FakeTelegram.add_fault, run on the server's loop (so safe from any thread)."""
        self.call(
            lambda s: s.add_fault(
                method, kind, times=times, seconds=seconds, code=code, description=description, parameters=parameters
            )
        )

    def clear_faults(self, method: str | None = None) -> None:
        self.call(lambda s: s.clear_faults(method))

    def set_retry_after(self, method: str, seconds: int, times: int = 1) -> None:
        self.call(lambda s: s.set_retry_after(method, seconds, times))

    def set_error(self, method: str, error_code: int, description: str, times: int = 1) -> None:
        self.call(lambda s: s.set_error(method, error_code, description, times))

    def block_chat(self, chat_id: int, blocked: bool = True) -> None:
        self.call(lambda s: s.block_chat(chat_id, blocked))

    def set_webhook_redirect(self, redirect: str | None) -> None:
        self.call(lambda s: s.set_webhook_redirect(redirect))

    def reset(self) -> None:
        self.call(lambda s: s.reset())
