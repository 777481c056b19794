"""An operator is told what is wrong at start, in one line that names the setting and never the secret."""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path

import pytest
from telegram.error import BadRequest, InvalidToken, NetworkError, TimedOut

from bot.config import Settings
from bot.errors import ConfigError
from bot.tg.startup import backoff, one_line_network_trouble, reach_telegram
from tests.e2e.harness import TOKEN

SECRET = "S" * 43


def settings(**values: object) -> Settings:
    return Settings(_env_file=None, **{"telegram_bot_token": TOKEN, **values})  # type: ignore[call-arg,arg-type]


def problem(**values: object) -> str:
    with pytest.raises(ConfigError) as raised:
        settings(**values).check_for_run()
    return str(raised.value)


@pytest.mark.parametrize("token", [
    "123:abc", "123456789:AAH short", " 123456789:AAHfakeTokenForTestsOnly_abcdefghijk",  # not-a-secret
    '"123456789:AAHfakeTokenForTestsOnly_abcdefghijk"', "AAHfakeTokenForTestsOnly_abcdefg",  # not-a-secret
    "bot123456789:AAHfakeTokenForTestsOnly_abcdefghijk",  # not-a-secret
])
def test_a_token_not_shaped_like_a_token_is_flagged_without_being_shown(token: str) -> None:
    message = problem(telegram_bot_token=token)
    assert message.startswith("TELEGRAM_BOT_TOKEN does not look like a bot token") and "@BotFather" in message
    assert token.strip(' "') not in message and "abc" not in message


def test_a_well_shaped_token_passes() -> None:
    settings().check_for_run()
    settings(telegram_bot_token="7123456789:AAE-s_0123456789abcdefghijklmnopqrstu").check_for_run()  # not-a-secret


@pytest.mark.parametrize(("url", "secret", "expected"), [
    ("https://bot.example.org", SECRET, "WEBHOOK_URL has no path"),
    ("https://bot.example.org/", SECRET, "WEBHOOK_URL has no path"),
    ("http://bot.example.org/telegram", SECRET, "WEBHOOK_URL must be an https:// URL"),
    ("bot.example.org/telegram", SECRET, "WEBHOOK_URL must be an https:// URL"),
    ("https://bot.example.org/telegram", "e", "WEBHOOK_SECRET must be 32 to 256 characters"),
    ("https://bot.example.org/telegram", "x" * 31, "WEBHOOK_SECRET must be 32 to 256 characters"),
    ("https://bot.example.org/telegram", "é" * 40, "WEBHOOK_SECRET must be 32 to 256 characters"),
    ("https://bot.example.org/telegram", "x" * 257, "WEBHOOK_SECRET must be 32 to 256 characters"),
    ("", SECRET, "BOT_MODE=webhook needs WEBHOOK_URL and WEBHOOK_SECRET"),
])
def test_a_webhook_that_could_not_work_is_refused_at_start(url: str, secret: str, expected: str) -> None:
    message = problem(bot_mode="webhook", webhook_url=url, webhook_secret=secret)
    assert message.startswith(expected) and "\n" not in message
    assert len(secret) < 3 or secret not in message


def test_the_served_path_is_exactly_the_registered_one() -> None:
    hook = settings(bot_mode="webhook", webhook_url="https://h.example/hooks/fact-bot/", webhook_secret=SECRET)
    hook.check_for_run()
    assert hook.webhook_path == "/hooks/fact-bot/"


def test_backoff_starts_at_five_seconds_and_levels_off_at_a_minute() -> None:
    delays = backoff()
    assert [next(delays) for _ in range(7)] == [5, 10, 20, 40, 60, 60, 60]


class FlakyBot:
    """A bot whose getMe fails with the given errors first."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    async def initialize(self) -> None:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)


def reach(bot: FlakyBot, stop: asyncio.Event | None = None) -> bool:
    async def run() -> bool:
        return await reach_telegram(bot, "http://127.0.0.1:9/bot", stop or asyncio.Event(),  # type: ignore[arg-type]
                                    iter([0.01, 0.02, 0.04, 0.08]))

    return asyncio.run(run())


def test_no_network_at_start_is_one_line_per_attempt_then_the_bot_goes_on(caplog: pytest.LogCaptureFixture) -> None:
    bot = FlakyBot(NetworkError("httpx.ConnectError: All connection attempts failed"), TimedOut())
    with caplog.at_level(logging.INFO, logger="bot.tg.startup"):
        assert reach(bot)
    assert bot.calls == 3
    assert [r.getMessage() for r in caplog.records] == [
        "cannot reach Telegram at http://127.0.0.1:9/bot: ConnectError: All connection attempts failed; "
        "retrying in 0.01 s",
        "cannot reach Telegram at http://127.0.0.1:9/bot: Timed out; retrying in 0.02 s",
    ]
    assert all(r.exc_info is None for r in caplog.records)


def test_a_rejected_token_is_not_retried() -> None:
    bot = FlakyBot(InvalidToken("The token `123:x` was rejected by the server."))
    with pytest.raises(InvalidToken):
        reach(bot)
    assert bot.calls == 1


def test_a_stop_signal_while_waiting_for_the_network_ends_the_wait() -> None:
    stop = asyncio.Event()
    stop.set()
    assert not reach(FlakyBot(NetworkError("down")), stop)


def test_env_example_documents_every_setting() -> None:
    documented = Path(__file__).resolve().parent.parent.joinpath(".env.example").read_text(encoding="utf-8")
    for name in Settings.model_fields:
        assert f"{name.upper()}=" in documented, name


def test_network_trouble_logged_by_the_library_is_one_line() -> None:
    try:
        raise NetworkError("httpx.ConnectError: [Errno 111] Connection refused")
    except NetworkError:
        record = logging.getLogger("telegram.ext.Updater").makeRecord(
            "telegram.ext.Updater", logging.ERROR, __file__, 1, "Error while calling %s", ("get_updates",),
            sys.exc_info())
    assert one_line_network_trouble(record)
    assert logging.Formatter().format(record) == \
        "Error while calling get_updates (ConnectError: [Errno 111] Connection refused)"


def test_a_bad_request_keeps_its_traceback() -> None:
    try:
        raise BadRequest("Can't parse entities: unsupported start tag")
    except BadRequest:
        record = logging.getLogger("bot.tg.handlers").makeRecord(
            "bot.tg.handlers", logging.ERROR, __file__, 1, "error while handling an update", (), sys.exc_info())
    assert one_line_network_trouble(record) and record.exc_info is not None
