"""Injected faults in the fake Bot API: each kind fails the way it should, is used up after
``times`` calls, is logged, and never loses or duplicates an update or a sent message itself."""

# mypy: disable-error-code="union-attr"

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import httpx
import pytest
from telegram import Bot, Update
from telegram.error import BadRequest, ChatMigrated, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application, CommandHandler, ContextTypes
from telegram.request import HTTPXRequest

from tests.fakegram import FakeTelegram, FakeTelegramThread, UserClient
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
    """Run ``action`` with a PTB Bot whose read timeout is CLIENT_TIMEOUT (getUpdates' too)."""

    async def main() -> T:
        requests = [HTTPXRequest(read_timeout=CLIENT_TIMEOUT) for _ in range(2)]
        async with Bot(TOKEN, base_url=fake.base_url, request=requests[0], get_updates_request=requests[1]) as bot:
            return await action(bot)

    return asyncio.run(main())


def send(fake: FakeTelegramThread, text: str) -> Any:
    return with_bot(fake, lambda bot: bot.send_message(1001, text))


def faults(user: UserClient, method: str) -> list[tuple[str, int | None]]:
    """(kind, HTTP status) of each faulted call of ``method`` in the order they came (the log is in
    the order they ended); status None: no answer."""
    calls = sorted(user.calls(method), key=lambda call: float(call["time"]))
    return [(c["fault"], c["status"]) for c in calls if c["fault"]]


def wait_for_faults(user: UserClient, method: str, count: int, timeout: float = 5.0) -> list[tuple[str, int | None]]:
    """A call the client gave up on is logged once the server notices the hang-up."""
    deadline = time.monotonic() + timeout
    while len(found := faults(user, method)) < count:
        assert time.monotonic() < deadline, f"only {found} within {timeout}s"
        time.sleep(0.02)
    return found


def texts(user: UserClient) -> list[str]:
    return [entry["text"] for entry in user.sent()]


# --- each kind, on sendMessage ---------------------------------------------------------------


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
def test_retry_after_then_the_method_works_again(
    fake: FakeTelegramThread, user: UserClient, http: httpx.Client
) -> None:
    fake.add_fault("sendMessage", "retry_after", seconds=3, times=2)
    flood = http.post("/sendMessage", json={"chat_id": 1001, "text": "raw"})
    assert (flood.status_code, flood.json()) == (
        429,
        {
            "ok": False,
            "error_code": 429,
            "description": "Too Many Requests: retry after 3",
            "parameters": {"retry_after": 3},
        },
    )
    with pytest.raises(RetryAfter):
        send(fake, "hi")
    assert send(fake, "hi").message_id == 2  # the faults used up no message id
    assert texts(user) == ["hi"]
    assert faults(user, "sendMessage") == [("retry_after", 429)] * 2


@pytest.mark.parametrize(
    ("code", "status", "description"), [(None, 502, "Bad Gateway"), (500, 500, "Internal Server Error")]
)
def test_server_error(
    fake: FakeTelegramThread, user: UserClient, http: httpx.Client, code: int | None, status: int, description: str
) -> None:
    user.fault("sendMessage", "server_error", times=2, code=code)  # over HTTP; None: the default
    answer = http.post("/sendMessage", json={"chat_id": 1001, "text": "raw"})
    assert (answer.status_code, answer.json()) == (
        status,
        {"ok": False, "error_code": status, "description": description},
    )
    with pytest.raises(NetworkError, match=description):
        send(fake, "hi")
    assert send(fake, "hi").text == "hi"
    assert texts(user) == ["hi"]
    assert faults(user, "sendMessage") == [("server_error", status)] * 2


def test_slow_call_whose_client_gave_up_is_not_processed(fake: FakeTelegramThread, user: UserClient) -> None:
    user.fault("sendMessage", "slow", seconds=SLOW)
    started = time.monotonic()
    with pytest.raises(TimedOut):
        send(fake, "lost in transit")
    assert time.monotonic() - started < SLOW
    assert wait_for_faults(user, "sendMessage", 1) == [("slow", None)]
    assert user.sent() == []  # the bot never saw an answer, so nothing counts as sent ...
    assert send(fake, "lost in transit").message_id == 2  # ... and its retry is the only copy
    assert texts(user) == ["lost in transit"]


def test_slow_call_whose_client_waits_runs_normally(fake: FakeTelegramThread, user: UserClient) -> None:
    fake.add_fault("sendMessage", "slow", seconds=0.3)
    with httpx.Client(base_url=f"{fake.base_url}{TOKEN}", timeout=5) as patient:
        started = time.monotonic()
        answer = patient.post("/sendMessage", json={"chat_id": 1001, "text": "late"})
        assert time.monotonic() - started >= 0.3
    assert answer.status_code == 200 and answer.json()["result"]["text"] == "late"
    assert texts(user) == ["late"]
    assert faults(user, "sendMessage") == [("slow", 200)]
    assert send(fake, "on time").text == "on time"


def test_drop_closes_the_connection_without_an_answer(
    fake: FakeTelegramThread, user: UserClient, http: httpx.Client
) -> None:
    fake.add_fault("sendMessage", "drop", times=2)
    with pytest.raises(httpx.RemoteProtocolError):
        http.post("/sendMessage", json={"chat_id": 1001, "text": "raw"})
    with pytest.raises(NetworkError) as caught:
        send(fake, "hi")
    assert not isinstance(caught.value, TimedOut)  # at once, not after a timeout
    assert send(fake, "hi").message_id == 2
    assert texts(user) == ["hi"]
    assert faults(user, "sendMessage") == [("drop", None)] * 2


def test_bad_json(fake: FakeTelegramThread, user: UserClient, http: httpx.Client) -> None:
    user.fault("sendMessage", "bad_json", times=2)
    answer = http.post("/sendMessage", json={"chat_id": 1001, "text": "raw"})
    assert (answer.status_code, answer.text) == (200, BAD_JSON)
    with pytest.raises(ValueError):
        answer.json()
    with pytest.raises(TelegramError, match="Invalid server response"):
        send(fake, "hi")
    assert send(fake, "hi").message_id == 2
    assert texts(user) == ["hi"]
    assert faults(user, "sendMessage") == [("bad_json", 200)] * 2
    assert not any(c["ok"] for c in user.calls("sendMessage")[:2])


# --- getUpdates: faults never lose or repeat an update --------------------------------------


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
def test_get_updates_faults_keep_the_queue(fake: FakeTelegramThread, user: UserClient) -> None:
    user.send("one")
    user.send("two")
    expected: list[tuple[str, type[Exception]]] = [
        ("retry_after", RetryAfter),
        ("server_error", NetworkError),
        ("drop", NetworkError),
        ("bad_json", TelegramError),
        ("slow", TimedOut),
    ]

    async def poll(bot: Bot) -> list[str]:
        seen: list[str] = []
        first = await bot.get_updates(timeout=0)
        seen += [u.message.text for u in first]
        offset = first[-1].update_id + 1
        await asyncio.to_thread(user.send, "three")
        for number, (kind, error) in enumerate(expected, 1):
            fake.add_fault("getUpdates", kind, seconds=SLOW if kind == "slow" else None)
            with pytest.raises(error):
                await bot.get_updates(offset=offset, timeout=0)
            await asyncio.to_thread(wait_for_faults, user, "getUpdates", number)
            queued = await asyncio.to_thread(user.updates)
            assert [u["message"]["text"] for u in queued] == ["hello", "one", "two", "three"]  # none confirmed
        rest = await bot.get_updates(offset=offset, timeout=0)
        seen += [u.message.text for u in rest]
        assert await bot.get_updates(offset=rest[-1].update_id + 1, timeout=0) == ()
        return seen

    assert with_bot(fake, poll) == ["hello", "one", "two", "three"]
    assert [kind for kind, _ in faults(user, "getUpdates")] == [kind for kind, _ in expected]


def test_a_polling_application_answers_once_through_faults(fake: FakeTelegramThread, user: UserClient) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text("Welcome")

    async def main() -> None:
        app = Application.builder().token(TOKEN).base_url(fake.base_url).get_updates_read_timeout(0.3).build()
        app.add_handler(CommandHandler("start", start))
        await asyncio.to_thread(user.send, "/start")
        # PTB retries a timeout at once and a network error after 1 s
        await asyncio.to_thread(lambda: fake.add_fault("getUpdates", "slow", seconds=SLOW))
        await asyncio.to_thread(lambda: fake.add_fault("getUpdates", "drop"))
        async with app:
            await app.start()
            await app.updater.start_polling(poll_interval=0, timeout=0.2)
            try:
                [reply] = await asyncio.to_thread(user.wait_for_reply, None, 0, 8)
                assert reply["plain_text"] == "Welcome"
                await asyncio.sleep(0.5)  # a few more polls: the update is not delivered twice
            finally:
                await app.updater.stop()
                await app.stop()

    asyncio.run(main())
    assert texts(user) == ["Welcome"]
    assert wait_for_faults(user, "getUpdates", 2) == [("slow", None), ("drop", None)]


# --- configuring faults ---------------------------------------------------------------------


def test_faults_are_per_method_and_case_insensitive(
    fake: FakeTelegramThread, user: UserClient, http: httpx.Client
) -> None:
    fake.add_fault("SENDMESSAGE", "bad_json")
    assert http.post("/getMe").json()["ok"] is True
    assert http.post("/sendmessage", json={"chat_id": 1001, "text": "x"}).text == BAD_JSON
    assert http.post("/sendMessage", json={"chat_id": 1001, "text": "x"}).json()["ok"] is True
    assert faults(user, "getMe") == [] and faults(user, "sendMessage") == [("bad_json", 200)]


def test_faults_queue_in_order(fake: FakeTelegramThread, user: UserClient, http: httpx.Client) -> None:
    user.fault("getMe", "server_error", times=2, code=500)
    user.fault("getMe", "bad_json")
    user.set_retry_after("getMe", 2)  # the older routes still work and queue alike
    statuses = [http.post("/getMe").status_code for _ in range(5)]
    assert statuses == [500, 500, 200, 429, 200]
    assert [kind for kind, _ in faults(user, "getMe")] == ["server_error", "server_error", "bad_json", "retry_after"]


def test_add_fault_is_thread_safe(fake: FakeTelegramThread, http: httpx.Client) -> None:
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda _: fake.add_fault("getMe", "bad_json"), range(40)))
    answers = [http.post("/getMe").text for _ in range(41)]
    assert answers[:40] == [BAD_JSON] * 40 and answers[40] != BAD_JSON


def test_clear_faults(fake: FakeTelegramThread, user: UserClient, http: httpx.Client) -> None:
    for method in ("sendMessage", "getMe", "getUpdates"):
        fake.add_fault(method, "server_error", times=5)
    user.clear_faults("sendmessage")
    assert http.post("/sendMessage", json={"chat_id": 1001, "text": "x"}).status_code == 200
    assert http.post("/getMe").status_code == 502
    fake.clear_faults("getMe")
    assert http.post("/getMe").status_code == 200
    assert http.post("/getUpdates").status_code == 502
    with httpx.Client(base_url=fake.url) as tests:
        assert tests.post("/test/faults/clear").json() == {"ok": True}
    assert http.post("/getUpdates").status_code == 200


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"method": "sendMesage", "kind": "drop"}, "no Bot API method 'sendMesage'"),
        ({"method": "sendMessage", "kind": "explode"}, "unknown fault kind 'explode'"),
        ({"method": "sendMessage", "kind": "server_error", "code": 404}, "a server_error code is one of"),
        ({"method": "sendMessage", "kind": "drop", "seconds": 1}, "a drop fault takes no seconds"),
        ({"method": "sendMessage", "kind": "slow", "secs": 1}, "unknown fault fields: secs"),
        ({"method": "sendMessage", "kind": "retry_after", "seconds": 1.5}, "a whole number of seconds"),
        ({"method": "sendMessage", "kind": "slow", "times": 0}, "times must be at least 1"),
        ({"method": "sendMessage", "kind": "error", "code": 400}, "needs a code and a description"),
        ({"kind": "drop"}, "missing field 'method'"),
    ],
)
def test_the_fault_route_refuses_mistakes(
    fake: FakeTelegramThread, user: UserClient, http: httpx.Client, body: dict[str, Any], error: str
) -> None:
    """A misspelt fault would silently never fire, so it is refused."""
    with httpx.Client(base_url=fake.url) as tests:
        answer = tests.post("/test/fault", json=body)
    assert answer.status_code == 400 and error in answer.json()["error"]
    assert http.post("/sendMessage", json={"chat_id": 1001, "text": "x"}).status_code == 200  # nothing queued


def test_add_fault_refuses_mistakes(fake: FakeTelegramThread, user: UserClient, http: httpx.Client) -> None:
    with pytest.raises(ValueError, match="no Bot API method"):
        fake.add_fault("sendMesage", "drop")
    with pytest.raises(ValueError, match="unknown fault kind"):
        fake.add_fault("sendMessage", "explode")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="a slow fault takes no code"):
        fake.add_fault("sendMessage", "slow", code=502)
    assert http.post("/sendMessage", json={"chat_id": 1001, "text": "x"}).json()["ok"] is True
    assert faults(user, "sendMessage") == []


def test_error_faults_old_and_new_spelling(fake: FakeTelegramThread, user: UserClient) -> None:
    with httpx.Client(base_url=fake.url) as tests:
        old = {"method": "sendMessage", "error_code": 400, "description": "Bad Request: chat not found"}
        assert tests.post("/test/fault", json=old).status_code == 200
    fake.set_error("sendMessage", 403, "Forbidden: bot was blocked by the user")
    user.fault("sendMessage", "error", code=400, description="Bad Request: x", parameters={"migrate_to_chat_id": -5})
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        send(fake, "a")
    with pytest.raises(TelegramError, match="blocked"):
        send(fake, "b")
    with pytest.raises(ChatMigrated, match="New chat id: -5"):
        send(fake, "c")
    assert send(fake, "d").text == "d"
    assert [kind for kind, _ in faults(user, "sendMessage")] == ["error"] * 3


def test_faults_on_the_async_server() -> None:
    async def main() -> None:
        async with FakeTelegram() as server, httpx.AsyncClient(base_url=f"{server.base_url}{TOKEN}") as http:
            server.add_fault("getMe", "server_error", code=500)
            server.add_fault("getMe", "drop")
            assert (await http.post("/getMe")).status_code == 500
            with pytest.raises(httpx.RemoteProtocolError):
                await http.post("/getMe")
            assert (await http.post("/getMe")).status_code == 200
            server.add_fault("getMe", "bad_json", times=3)
            server.clear_faults()
            assert (await http.post("/getMe")).status_code == 200
            server.reset()  # a reset forgets faults too
            assert server.state.faults == {}

    asyncio.run(main())
