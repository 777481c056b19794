"""Operating the bot: restarts keep conversations, webhooks check their secret, the token never leaks."""

from __future__ import annotations

import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.conftest import KNOWLEDGE
from tests.e2e.harness import TOKEN, BotProcess, Chat, free_port, text_of, wait_listening
from tests.fakegram import FakeTelegramThread
from tests.fakegram.client import UserClient


def test_a_restart_in_the_middle_of_a_conversation_keeps_the_follow_up(
    server: FakeTelegramThread, client: UserClient, data_dir: Path
) -> None:
    bot = BotProcess(server, data_dir).start()
    chat = Chat(client)
    assert "7,000" in text_of(chat.say("what is nato's estimate of russian dead"))
    assert bot.stop() == 0
    bot.start()
    try:
        assert "1,351" in text_of(chat.say("and russia?"))
    finally:
        bot.stop()


def test_webhook_mode_accepts_the_right_secret_and_refuses_others(data_dir: Path) -> None:
    port = free_port()
    secret = secrets.token_urlsafe(32)
    hook = "https://bot.example.org/hooks/fact-bot/"  # served exactly: the trailing slash included
    with FakeTelegramThread(webhook_redirect=f"http://127.0.0.1:{port}") as server, UserClient(server.url) as client:
        bot = BotProcess(server, data_dir, BOT_MODE="webhook", WEBHOOK_URL=hook,
                         WEBHOOK_LISTEN="127.0.0.1", WEBHOOK_PORT=str(port), WEBHOOK_SECRET=secret).start()
        try:
            wait_listening(port)
            url = f"http://127.0.0.1:{port}/hooks/fact-bot/"
            update = {"update_id": 1, "message": {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"},
                                                  "from": {"id": 1, "is_bot": False, "first_name": "A"}, "text": "hi"}}
            assert httpx.post(url, json=update).status_code == 403
            wrong = {"X-Telegram-Bot-Api-Secret-Token": "wrong"}
            assert httpx.post(url, json=update, headers=wrong).status_code == 403
            non_ascii = [(b"X-Telegram-Bot-Api-Secret-Token", secret.encode()[:-1] + "é".encode())]
            assert httpx.post(url, json=update, headers=non_ascii).status_code == 403
            right = {"X-Telegram-Bot-Api-Secret-Token": secret, "Content-Type": "application/json"}
            for body in (b"not json", b'{"message":"x"}', b"[" * 100_000, b"\xff\xfe", b"[1]"):
                assert httpx.post(url, content=body, headers=right).status_code == 400
            assert [c["params"]["url"] for c in client.calls("setWebhook")] == [hook]
            assert "29,200" in text_of(Chat(client).say("how many russian soldiers died"))
        finally:
            bot.stop()
        assert secret not in bot.log() and "Traceback" not in bot.log()


def test_the_token_never_appears_in_the_log_even_at_debug(server: FakeTelegramThread, client: UserClient,
                                                          data_dir: Path) -> None:
    canary = f"424242424:CANARY{secrets.token_urlsafe(24)}"
    bot = BotProcess(server, data_dir, token=canary, LOG_LEVEL="DEBUG").start()
    try:
        Chat(client).say("how many died")
    finally:
        bot.stop()
    log = bot.log()
    assert "DEBUG" in log and canary not in log and canary.split(":")[1] not in log


def test_an_invalid_token_fails_cleanly_without_leaking_it(data_dir: Path) -> None:
    bad = f"111111111:WRONG{secrets.token_urlsafe(24)}"
    with FakeTelegramThread(valid_tokens={"999:" + "x" * 35}) as server:
        bot = BotProcess(server, data_dir, token=bad, LOG_LEVEL="DEBUG").start(wait_ready=False)
        assert bot.wait_exit() == 1
    log = bot.log()
    assert "rejected the bot token" in log
    assert bad not in log and bad.split(":")[1] not in log


def test_a_broken_knowledge_base_stops_the_start_with_the_checker_message(
    server: FakeTelegramThread, data_dir: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, broken)
    (broken / "zz.yaml").write_text("caveats:\n  - id: lonely\n", encoding="utf-8")
    bot = BotProcess(server, data_dir, KNOWLEDGE_DIR=str(broken)).start(wait_ready=False)
    assert bot.wait_exit() == 1
    assert "zz.yaml:2: entry 'lonely': text: required field is missing; add it" in bot.log()


def test_a_crash_at_start_up_never_shows_the_token(server: FakeTelegramThread, tmp_path: Path) -> None:
    canary = f"313131313:CRASH{secrets.token_urlsafe(24)}"
    not_a_dir = tmp_path / "occupied"
    not_a_dir.write_text("a file where the data directory should be", encoding="utf-8")
    bot = BotProcess(server, tmp_path / "logs", token=canary, LOG_LEVEL="DEBUG", BOT_DATA_DIR=str(not_a_dir))
    bot.start(wait_ready=False)
    assert bot.wait_exit() != 0
    log = bot.log()
    assert "BOT_DATA_DIR" in log and "point it at a writable directory" in log
    assert canary not in log and canary.split(":")[1] not in log


def test_a_flooding_user_gets_one_notice_while_others_are_answered(server: FakeTelegramThread, client: UserClient,
                                                                   data_dir: Path) -> None:
    bot = BotProcess(server, data_dir, FLOOD_LIMIT_PER_MINUTE="3").start()
    try:
        flooder, other = Chat(client), Chat(client)
        for _ in range(8):
            client.send("how many russian soldiers died", chat_id=flooder.chat_id, user_id=flooder.user_id)
        assert "29,200" in text_of(other.say("how many russian soldiers died"))
        time.sleep(1.0)
        texts = [text_of([e]) for e in flooder.log()]
        assert sum("29,200" in t for t in texts) == 3
        assert sum("faster than i can keep up" in t for t in texts) == 1
        assert len(texts) == 4
    finally:
        bot.stop()


@dataclass(frozen=True)
class Offline:
    """A Bot API base URL where nothing listens yet; ``url`` answers the harness's own bookkeeping."""

    url: str
    base_url: str


def test_with_no_network_at_start_the_bot_says_so_in_one_line_and_waits(server: FakeTelegramThread,
                                                                         data_dir: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}/bot"
    bot = BotProcess(Offline(server.url, base), data_dir).start(wait_ready=False)
    try:
        deadline = time.monotonic() + 30  # a cold start on a busy 2-core machine can take most of 10 s
        while "retrying in" not in bot.log() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert bot.process is not None and bot.process.poll() is None
        first = next(line for line in bot.log().splitlines() if "cannot reach" in line)
        assert f"cannot reach Telegram at {base}: " in first and first.endswith("; retrying in 5 s")
        back = FakeTelegramThread(privacy_mode=False).start(port=port)  # the network is back
        try:
            with UserClient(back.url) as user:
                assert "29,200" in text_of(Chat(user).say("how many russian soldiers died"))
            assert bot.stop() == 0
        finally:
            back.stop()
    finally:
        bot.stop()
    log = bot.log()
    assert "Traceback" not in log and TOKEN not in log and TOKEN.split(":")[1] not in log


def test_a_token_not_shaped_like_one_is_refused_in_one_line(server: FakeTelegramThread, data_dir: Path) -> None:
    bot = BotProcess(server, data_dir, token="123:abc").start(wait_ready=False)
    assert bot.wait_exit() == 1
    assert bot.log().strip().splitlines() == [
        "error: TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then about 35 letters, digits, "
        "'-' or '_'); copy it again from @BotFather, without quotes or spaces"]


def test_a_webhook_url_without_a_path_is_refused_in_one_line(server: FakeTelegramThread, data_dir: Path) -> None:
    bot = BotProcess(server, data_dir, BOT_MODE="webhook", WEBHOOK_URL="https://bot.example.org",
                     WEBHOOK_SECRET=secrets.token_urlsafe(32)).start(wait_ready=False)
    assert bot.wait_exit() == 1
    assert bot.log().strip().splitlines() == [
        "error: WEBHOOK_URL has no path; the bot serves exactly the URL's path, so add one, "
        "e.g. https://your.host/telegram"]


def test_a_short_webhook_secret_is_refused(server: FakeTelegramThread, data_dir: Path) -> None:
    bot = BotProcess(server, data_dir, BOT_MODE="webhook", WEBHOOK_URL="https://bot.example.org/telegram",
                     WEBHOOK_SECRET="e").start(wait_ready=False)
    assert bot.wait_exit() == 1
    assert "WEBHOOK_SECRET must be 32 to 256 characters" in bot.log() and "Traceback" not in bot.log()


def test_a_webhook_telegram_refuses_ends_the_start_in_one_line(data_dir: Path) -> None:
    with FakeTelegramThread() as server:
        server.add_fault("setWebhook", "error", times=100, code=400,
                         description="Bad Request: bad webhook: Failed to resolve host: no such name")
        bot = BotProcess(server, data_dir, BOT_MODE="webhook", WEBHOOK_URL="https://nowhere.invalid/telegram",
                         WEBHOOK_PORT=str(free_port()), WEBHOOK_SECRET=secrets.token_urlsafe(32))
        bot.start(wait_ready=False)
        assert bot.wait_exit() == 1
    log = bot.log()
    assert "Telegram refused to start the bot: Bad webhook: failed to resolve host" in log
    assert "Traceback" not in log
