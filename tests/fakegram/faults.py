"""Injected faults: the next N calls of one Bot API method fail the way Telegram or the network can.

A bot has to survive these in production, so tests need to cause them on demand:

- "retry_after": HTTP 429 "Too Many Requests: retry after N" with parameters.retry_after=N;
- "server_error": HTTP 500/502/503/504 with a Telegram-style body ("Bad Gateway" for 502);
- "error": any other Telegram error, given as error_code + description (+ parameters);
- "slow": the answer starts ``seconds`` late (default 12, past a test client's read timeout);
- "drop": the connection closes without any HTTP response;
- "bad_json": HTTP 200 with a truncated JSON body.

None of them runs the method, except "slow" once its delay is over. A slow call whose client hung
up during the delay is not run either: it models a request that never reached Telegram's backend,
so the client's retry cannot duplicate it (no message recorded as sent that the bot never saw
confirmed, no getUpdates offset confirmed, so no update lost). A slow call whose client waited runs
normally. Faults of one method queue up in order; webhook deliveries are never faulted.
"""

from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass
from typing import Any, Literal, cast, get_args

from aiohttp import web

from .errors import ApiError, retry_after
from .methods import METHODS

FaultKind = Literal["retry_after", "server_error", "slow", "drop", "bad_json", "error"]
KINDS: tuple[str, ...] = get_args(FaultKind)
SLOW_SECONDS = 12.0
SERVER_ERRORS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}
BAD_JSON = '{"ok": tru'
POLL = 0.02  # how often a slow call looks whether its client is still there
# which optional settings each kind takes; anything else is a mistake worth reporting
SETTINGS: dict[str, frozenset[str]] = {
    "retry_after": frozenset({"seconds"}),
    "server_error": frozenset({"code", "description"}),
    "slow": frozenset({"seconds"}),
    "drop": frozenset(),
    "bad_json": frozenset(),
    "error": frozenset({"code", "description", "parameters"}),
}


@dataclass
class Fault:
    method: str  # lower case: Bot API method names are case-insensitive
    kind: FaultKind
    remaining: int
    seconds: float = 0.0  # "slow": the delay
    error: ApiError | None = None  # "retry_after", "server_error", "error": the answer

    @property
    def description(self) -> str | None:
        return self.error.description if self.error is not None else None


def make_fault(
    method: str,
    kind: str,
    *,
    times: int = 1,
    seconds: float | None = None,
    code: int | None = None,
    description: str | None = None,
    parameters: dict[str, Any] | None = None,
) -> Fault:
    """A validated Fault; ValueError names the mistake (unknown method or kind, a setting the kind
    does not take), since a misspelt fault would otherwise silently never fire."""
    if str(method).lower() not in METHODS:
        raise ValueError(f"no Bot API method {method!r}")
    if kind not in KINDS:
        raise ValueError(f"unknown fault kind {kind!r}; one of {', '.join(KINDS)}")
    given = {"seconds": seconds, "code": code, "description": description, "parameters": parameters}
    extra = sorted(name for name, value in given.items() if value is not None and name not in SETTINGS[kind])
    if extra:
        raise ValueError(f"a {kind} fault takes no {', '.join(extra)}")
    if int(times) < 1:
        raise ValueError("times must be at least 1")
    fault = Fault(str(method).lower(), cast(FaultKind, kind), int(times))
    if kind == "retry_after":
        wait = float(seconds if seconds is not None else 1)
        if wait < 1 or wait != math.floor(wait):
            raise ValueError("retry_after takes a whole number of seconds, at least 1")
        fault.error = retry_after(int(wait))
    elif kind == "server_error":
        status = int(code if code is not None else 502)
        if status not in SERVER_ERRORS:
            raise ValueError(f"a server_error code is one of {sorted(SERVER_ERRORS)}")
        fault.error = ApiError(status, description or SERVER_ERRORS[status])
    elif kind == "error":
        if code is None or not description:
            raise ValueError("an error fault needs a code and a description")
        if parameters is not None and not isinstance(parameters, dict):
            raise ValueError("parameters must be an object")
        fault.error = ApiError(int(code), str(description), parameters)
    elif kind == "slow":
        fault.seconds = float(seconds if seconds is not None else SLOW_SECONDS)
        if not 0 <= fault.seconds < math.inf:
            raise ValueError("seconds must be a finite number, at least 0")
    return fault


async def intercept(fault: Fault, request: web.Request) -> web.Response | None:
    """Act out ``fault`` before the method runs: the response to give instead of running it, or
    None when the method should run (a slow call whose client waited). After a hang-up the
    response goes nowhere; ``connected`` tells the two apart."""
    if fault.error is not None:
        return web.json_response(fault.error.body(), status=fault.error.code)
    if fault.kind == "bad_json":
        return web.Response(text=BAD_JSON, content_type="application/json")
    if fault.kind == "slow" and await _client_waits(request, fault.seconds):
        return None
    if request.transport is not None:  # "drop"
        request.transport.close()
    return web.Response(status=204)  # aiohttp needs a response; the closed socket swallows it


def connected(request: web.Request) -> bool:
    transport = request.transport
    return transport is not None and not transport.is_closing()


async def _client_waits(request: web.Request, seconds: float) -> bool:
    """Sleep ``seconds``; False as soon as the client hangs up (aiohttp keeps running the handler)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while connected(request):
        remaining = deadline - loop.time()
        if remaining <= 0:
            return True
        await asyncio.sleep(min(remaining, POLL))
    return False
