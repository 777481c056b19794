"""Injected faults: the next N calls of one Bot API method fail the way Telegram or the network can.

- "retry_after": HTTP 429 "Too Many Requests: retry after N" with parameters.retry_after=N;
- "server_error": HTTP 500/502/503/504 with a Telegram-style body ("Bad Gateway" for 502);
- "error": any other Telegram error, given as code + description (+ parameters);
- "slow": the answer starts ``seconds`` late (default 12, past a client's read timeout);
- "drop": the connection closes without any HTTP response;
- "bad_json": HTTP 200 with a truncated JSON body.

None of them runs the method, except "slow" once its delay is over. A slow call whose client hung
up during the delay is not run either: it models a request that never reached Telegram's backend,
so the client's retry cannot duplicate it (no message recorded as sent that the bot never saw
confirmed, no getUpdates offset confirmed, so no update lost). Faults of one method queue up in
order; webhook deliveries are never faulted.
"""

from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass
from typing import Any, Literal, get_args

from aiohttp import web

from .api import ApiError
from .methods import METHODS

FaultKind = Literal["retry_after", "server_error", "slow", "drop", "bad_json", "error"]
KINDS: tuple[str, ...] = get_args(FaultKind)
SERVER_ERRORS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}
BAD_JSON = '{"ok": tru'
TAKES = {"retry_after": {"seconds"}, "server_error": {"code", "description"}, "slow": {"seconds"}, "drop": set(),
         "bad_json": set(), "error": {"code", "description", "parameters"}}  # a kind's optional settings


@dataclass
class Fault:
    method: str  # lower case: Bot API method names are case-insensitive
    kind: str
    remaining: int
    seconds: float = 0.0  # "slow": the delay
    error: ApiError | None = None  # "retry_after", "server_error", "error": the answer


def make_fault(method: str, kind: str, times: int = 1, seconds: float | None = None, code: int | None = None,
               description: str | None = None, parameters: dict[str, Any] | None = None) -> Fault:
    """A validated Fault; ValueError (TypeError for an unknown setting) names the mistake, since a
    misspelt fault would otherwise silently never fire."""
    if str(method).lower() not in METHODS:
        raise ValueError(f"no Bot API method {method!r}")
    if kind not in KINDS:
        raise ValueError(f"unknown fault kind {kind!r}; one of {', '.join(KINDS)}")
    given = {"seconds": seconds, "code": code, "description": description, "parameters": parameters}
    extra = sorted(name for name, value in given.items() if value is not None and name not in TAKES[kind])
    if extra:
        raise ValueError(f"a {kind} fault takes no {', '.join(extra)}")
    if int(times) < 1:
        raise ValueError("times must be at least 1")
    fault = Fault(str(method).lower(), kind, int(times))
    if kind == "retry_after":
        wait = float(seconds if seconds is not None else 1)
        if wait < 1 or wait != math.floor(wait):
            raise ValueError("retry_after takes a whole number of seconds, at least 1")
        fault.error = ApiError(429, f"Too Many Requests: retry after {wait:.0f}", {"retry_after": int(wait)})
    elif kind == "server_error":
        status = int(code if code is not None else 502)
        if status not in SERVER_ERRORS:
            raise ValueError(f"a server_error code is one of {sorted(SERVER_ERRORS)}")
        fault.error = ApiError(status, description or SERVER_ERRORS[status])
    elif kind == "error":
        if code is None or not description:
            raise ValueError("an error fault needs a code and a description")
        fault.error = ApiError(int(code), str(description), parameters)
    elif kind == "slow":
        fault.seconds = float(seconds if seconds is not None else 12.0)
        if not 0 <= fault.seconds < math.inf:
            raise ValueError("seconds must be a finite number, at least 0")
    return fault


async def intercept(fault: Fault, request: web.Request) -> web.Response | None:
    """Act out ``fault`` before the method runs: the response to give instead, or None when the
    method should run (a slow call whose client waited). After a hang-up the response goes nowhere;
    ``connected`` tells the two apart."""
    if fault.error is not None:
        return web.json_response(fault.error.body(), status=fault.error.code)
    if fault.kind == "bad_json":
        return web.Response(text=BAD_JSON, content_type="application/json")
    if fault.kind == "slow":
        loop = asyncio.get_running_loop()
        deadline = loop.time() + fault.seconds
        while connected(request):  # aiohttp keeps running the handler after a hang-up
            if loop.time() >= deadline:
                return None
            await asyncio.sleep(min(deadline - loop.time(), 0.02))
    if request.transport is not None:  # "drop"
        request.transport.close()
    return web.Response(status=204)  # aiohttp needs a response; the closed socket swallows it


def connected(request: web.Request) -> bool:
    return request.transport is not None and not request.transport.is_closing()
