"""Injected faults in the fake Bot API: each kind fails the way it should, is used up after ``times``
calls, is logged, and never loses or duplicates an update or a sent message itself."""

# mypy: disable-error-code="union-attr"

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import httpx
import pytest
from telegram import Bot
from telegram.error import ChatMigrated, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.request import HTTPXRequest

from tests.fakegram import FakeTelegramThread, UserClient
from tests.fakegram.faults import BAD_JSON

TOKEN = "123456:" + "A" * 35
T = TypeVar("T")
CLIENT_TIMEOUT = 0.5  # the bots' and raw clients' read timeout ...
SLOW = 1.5  # ... which a slow fault outlasts


@pytest.fixture()
def http(fake: FakeTelegramThread) -> Iterator[httpx.Client]:
    """A raw Bot API client with the short read timeout."""
    with httpx.Client(base_url=f"{fake.base_url}{TOKEN}", timeout=CLIENT_TIMEOUT) as client:
        yield client


def with_bot(fake: FakeTelegramThread, action: Callable[[Bot], Awaitable[T]]) -> T:
    async def main() -> T:
        requests = [HTTPXRequest(read_timeout=CLIENT_TIMEOUT) for _ in range(2)]
        async with Bot(TOKEN, base_url=fake.base_url, request=requests[0], get_updates_request=requests[1]) as bot:
            return await action(bot)

    return asyncio.run(main())


def send(fake: FakeTelegramThread, text: str) -> Any:
    return with_bot(fake, lambda bot: bot.send_message(1001, text))


def faults(user: UserClient, method: str, count: int = 0) -> list[tuple[str, int | None]]:
    """(kind, HTTP status; None: no answer) of each faulted call of ``method`` in the order they came,
    waiting for ``count`` of them: a call the client gave up on is logged once the server notices."""
    deadline = time.monotonic() + 5
    while True:
        calls = sorted(user.calls(method), key=lambda call: float(call["time"]))
        found = [(c["fault"], c["status"]) for c in calls if c["fault"]]
        if len(found) >= count or time.monotonic() > deadline:
            return found
        time.sleep(0.02)


def answer(status: int, description: str, **parameters: Any) -> dict[str, Any]:
    body = {"ok": False, "error_code": status, "description": description}
    return {**body, "parameters": parameters} if parameters else body


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
@pytest.mark.parametrize(
    ("kind", "settings", "status", "expected", "error"),
    [
        ("retry_after", {"seconds": 3}, 429, answer(429, "Too Many Requests: retry after 3", retry_after=3),
         RetryAfter),
        ("server_error", {}, 502, answer(502, "Bad Gateway"), NetworkError),
        ("server_error", {"code": 500}, 500, answer(500, "Internal Server Error"), NetworkError),
        ("error", {"code": 400, "description": "Bad Request: x", "parameters": {"migrate_to_chat_id": -5}}, 400,
         answer(400, "Bad Request: x", migrate_to_chat_id=-5), ChatMigrated),
        ("bad_json", {}, 200, BAD_JSON, TelegramError),
        ("drop", {}, None, None, NetworkError),  # the connection closes without an answer
    ],
)
def test_faults_then_the_method_works_again(
    fake: FakeTelegramThread, user: UserClient, http: httpx.Client,
    kind: str, settings: dict[str, Any], status: int | None, expected: Any, error: type[Exception],
) -> None:
    user.fault("sendMessage", kind, times=2, **settings)  # over HTTP, as FakeTelegramThread.add_fault would
    if expected is None:
        with pytest.raises(httpx.RemoteProtocolError):
            http.post("/sendMessage", json={"chat_id": 1001, "text": "raw"})
    else:
        raw = http.post("/sendMessage", json={"chat_id": 1001, "text": "raw"})
        assert (raw.status_code, raw.text if isinstance(expected, str) else raw.json()) == (status, expected)
    with pytest.raises(error) as caught:
        send(fake, "hi")
    assert not isinstance(caught.value, TimedOut)  # at once, not after a timeout
    assert send(fake, "hi").message_id == 2  # the faults used up no message id
    assert [entry["text"] for entry in user.sent()] == ["hi"]
    assert faults(user, "sendMessage") == [(kind, status)] * 2


def test_a_slow_call_runs_only_if_its_client_waits(fake: FakeTelegramThread, user: UserClient) -> None:
    user.fault("sendMessage", "slow", seconds=SLOW)
    started = time.monotonic()
    with pytest.raises(TimedOut):
        send(fake, "lost in transit")
    assert time.monotonic() - started < SLOW
    assert faults(user, "sendMessage", 1) == [("slow", None)]
    assert user.sent() == []  # the bot never saw an answer, so nothing counts as sent ...
    fake.add_fault("sendMessage", "slow", seconds=0.3)
    with httpx.Client(base_url=f"{fake.base_url}{TOKEN}", timeout=5) as patient:
        started = time.monotonic()
        answer = patient.post("/sendMessage", json={"chat_id": 1001, "text": "late"})
    assert time.monotonic() - started >= 0.3 and answer.json()["result"]["message_id"] == 2  # ... and a wait pays
    assert [entry["text"] for entry in user.sent()] == ["late"]


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
def test_get_updates_faults_keep_the_queue(fake: FakeTelegramThread, user: UserClient) -> None:
    user.send("one")
    expected: list[tuple[str, type[Exception]]] = [
        ("retry_after", RetryAfter), ("server_error", NetworkError), ("drop", NetworkError),
        ("bad_json", TelegramError), ("slow", TimedOut)]

    async def poll(bot: Bot) -> list[str]:
        first = await bot.get_updates(timeout=0)
        offset = first[-1].update_id + 1
        await asyncio.to_thread(user.send, "two")
        for number, (kind, error) in enumerate(expected, 1):
            fake.add_fault("getUpdates", kind, **({"seconds": SLOW} if kind == "slow" else {}))
            with pytest.raises(error):
                await bot.get_updates(offset=offset, timeout=0)
            await asyncio.to_thread(faults, user, "getUpdates", number)
            queued = await asyncio.to_thread(user.updates)
            assert [u["message"]["text"] for u in queued] == ["hello", "one", "two"]  # none confirmed
        rest = await bot.get_updates(offset=offset, timeout=0)
        assert await bot.get_updates(offset=rest[-1].update_id + 1, timeout=0) == ()
        return [u.message.text for u in (*first, *rest)]

    assert with_bot(fake, poll) == ["hello", "one", "two"]
    assert [kind for kind, _ in faults(user, "getUpdates")] == [kind for kind, _ in expected]


def test_faults_queue_per_method_in_order_and_clear(fake: FakeTelegramThread, user: UserClient,
                                                    http: httpx.Client) -> None:
    user.fault("GETME", "server_error", times=2, code=500)  # method names are case-insensitive
    fake.add_fault("getMe", "bad_json")
    fake.add_fault("sendMessage", "drop")
    assert [http.post("/getme").status_code for _ in range(4)] == [500, 500, 200, 200]
    assert [kind for kind, _ in faults(user, "getMe")] == ["server_error", "server_error", "bad_json"]
    fake.add_fault("getMe", "drop", times=5)
    user.clear_faults("getme")
    assert http.post("/getMe").status_code == 200
    fake.clear_faults()
    assert http.post("/sendMessage", json={"chat_id": 1001, "text": "x"}).status_code == 200
    fake.add_fault("getMe", "bad_json")
    user.reset()  # a reset forgets faults too
    assert http.post("/getMe").status_code == 200


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"method": "sendMesage", "kind": "drop"}, "no Bot API method 'sendMesage'"),
        ({"method": "sendMessage", "kind": "explode"}, "unknown fault kind 'explode'"),
        ({"method": "sendMessage", "kind": "server_error", "code": 404}, "a server_error code is one of"),
        ({"method": "sendMessage", "kind": "drop", "seconds": 1}, "a drop fault takes no seconds"),
        ({"method": "sendMessage", "kind": "slow", "secs": 1}, "unexpected keyword argument 'secs'"),
        ({"method": "sendMessage", "kind": "retry_after", "seconds": 1.5}, "a whole number of seconds"),
        ({"method": "sendMessage", "kind": "error", "code": 400}, "needs a code and a description"),
    ],
)
def test_a_misspelt_fault_is_refused_not_ignored(fake: FakeTelegramThread, user: UserClient, http: httpx.Client,
                                                 body: dict[str, Any], error: str) -> None:
    with httpx.Client(base_url=fake.url) as tests:
        answer = tests.post("/test/fault", json=body)
    assert answer.status_code == 400 and error in answer.json()["error"]
    with pytest.raises((ValueError, TypeError), match=error):
        fake.add_fault(**body)
    assert http.post("/sendMessage", json={"chat_id": 1001, "text": "x"}).status_code == 200  # nothing queued

