"""The webhook server: exactly one path, the secret first, 400 for anything malformed, and no half-sent
request may hold a connection for long."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
from telegram import Bot
from telegram.ext import Application

from bot.tg import webhook
from bot.tg.webhook import parse_update, secret_ok, webhook_server
from tests.e2e.harness import TOKEN, free_port
from tests.fakegram import FakeTelegramThread

SECRET = "s" * 40
BOT = Bot(TOKEN)
UPDATE = {"update_id": 1, "message": {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"},
                                      "from": {"id": 1, "is_bot": False, "first_name": "A"}, "text": "hi"}}


def nested(depth: int) -> bytes:
    return b'{"update_id": 1, "message": ' + b"[" * depth + b"]" * depth + b"}"


@pytest.mark.parametrize("body", [
    b"not json", b"[1, 2]", b'"x"', b"1", b"null", b'{"message": "x"}', b'{"update_id": 1, "message": "x"}',
    b'{"update_id": "1"}', b'{"update_id": true}', b'{"update_id": 1, "message": {"x": 1}}',
    b'{"update_id": 1, "callback_query": []}', b"[" * 100_000, nested(50_000), b'\xff\xfe{"update_id": 1}',
    '{"update_id": 1}'.encode("utf-16"), b'{"update_id": 1, "message": {"text": "\xff"}}',
])
def test_anything_that_is_not_an_update_is_refused_without_an_exception(body: bytes) -> None:
    assert parse_update(body, BOT) is None


def test_an_update_is_parsed() -> None:
    update = parse_update(json.dumps(UPDATE).encode(), BOT)
    assert update is not None and update.message is not None and update.message.text == "hi"


def test_the_secret_is_compared_whole_and_a_non_ascii_header_never_matches() -> None:
    assert secret_ok(SECRET, SECRET)
    assert not secret_ok("", SECRET) and not secret_ok(SECRET[:-1], SECRET) and not secret_ok(SECRET + "x", SECRET)
    assert not secret_ok("s" * 39 + "\udcff", SECRET) and not secret_ok("é" * 40, SECRET)


@asynccontextmanager
async def serving(port: int, fake: FakeTelegramThread) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    app = Application.builder().token(TOKEN).base_url(fake.base_url).updater(None).build()
    async with app, webhook_server(app, listen="127.0.0.1", port=port, url="https://h.example/hook",
                                   secret=SECRET, path="/hook"):
        yield app


def half_sent(port: int, data: bytes) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port))
    sock.sendall(data)
    return sock


def closed_by_server(sock: socket.socket, within: float) -> bool:
    sock.settimeout(within)
    try:
        while sock.recv(4096):  # an error response, or nothing, then EOF
            pass
        return True
    except (TimeoutError, ConnectionResetError) as exc:
        return isinstance(exc, ConnectionResetError)
    finally:
        sock.close()


def test_half_sent_requests_are_closed_after_the_read_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(webhook, "READ_TIMEOUT", 0.5)
    monkeypatch.setattr(webhook, "SWEEP_EVERY", 0.1)
    port = free_port()
    headers = f"POST /hook HTTP/1.1\r\nHost: x\r\nX-Telegram-Bot-Api-Secret-Token: {SECRET}\r\n".encode()
    body = headers + b"Content-Length: 100\r\nContent-Type: application/json\r\n\r\n{\"update_id\""

    async def main() -> list[bool]:
        with FakeTelegramThread() as fake:
            async with serving(port, fake):
                socks = [half_sent(port, b"POST /hook HTTP/1.1\r\nHost: x\r\n"), half_sent(port, b""),
                         half_sent(port, body)]
                started = time.monotonic()
                closed = await asyncio.gather(*(asyncio.to_thread(closed_by_server, s, 5.0) for s in socks))
                assert time.monotonic() - started < 3.0
                return list(closed)

    assert asyncio.run(main()) == [True, True, True]


def test_past_the_connection_cap_the_longest_waiting_connection_makes_room(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(webhook, "MAX_CONNECTIONS", 5)
    port = free_port()

    async def main() -> int:
        with FakeTelegramThread() as fake:
            async with serving(port, fake) as app:
                slow = [half_sent(port, b"POST /hook HTTP/1.1\r\n") for _ in range(20)]
                await asyncio.sleep(0.3)
                async with httpx.AsyncClient() as client:
                    answer = await client.post(f"http://127.0.0.1:{port}/hook", json=UPDATE,
                                               headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
                assert answer.status_code == 200 and app.update_queue.qsize() == 1
                still_open = sum(not closed_by_server(s, 0.2) for s in slow)
                return still_open

    assert asyncio.run(main()) <= 5


def test_the_webhook_answers_each_kind_of_bad_request_with_its_status() -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/hook"
    right = {"X-Telegram-Bot-Api-Secret-Token": SECRET}

    async def main() -> dict[str, int]:
        with FakeTelegramThread() as fake:
            async with serving(port, fake) as app, httpx.AsyncClient() as client:
                codes = {
                    "no secret": (await client.post(url, json=UPDATE)).status_code,
                    "non-ascii secret": (await client.post(url, json=UPDATE, headers=[
                        (b"X-Telegram-Bot-Api-Secret-Token", "sé".encode())])).status_code,
                    "other path": (await client.post(url + "x", json=UPDATE, headers=right)).status_code,
                    "root": (await client.post(f"http://127.0.0.1:{port}/", json=UPDATE, headers=right)).status_code,
                    "get": (await client.get(url, headers=right)).status_code,
                    "object without update": (await client.post(url, json={"message": "x"}, headers=right)).status_code,
                    "deep": (await client.post(url, content=b"[" * 200_000, headers=right)).status_code,
                    "not utf-8": (await client.post(url, content=b"\xff\xfe\x00", headers=right)).status_code,
                    "too large": (await client.post(url, content=b" " * 2_000_000, headers=right)).status_code,
                    "update": (await client.post(url, json=UPDATE, headers=right)).status_code,
                }
                assert app.update_queue.qsize() == 1
                return codes

    assert asyncio.run(main()) == {
        "no secret": 403, "non-ascii secret": 403, "other path": 404, "root": 404, "get": 405,
        "object without update": 400, "deep": 400, "not utf-8": 400, "too large": 413, "update": 200}
