"""End-to-end fixtures: one local Bot API server and one bot process per test module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import BotProcess, Chat
from tests.fakegram import FakeTelegramThread
from tests.fakegram.client import UserClient


@pytest.fixture(scope="module")
def server() -> Iterator[FakeTelegramThread]:
    """The local Telegram: privacy mode off, so the bot itself must ignore group chatter."""
    with FakeTelegramThread(privacy_mode=False) as fake:
        yield fake


@pytest.fixture(scope="module")
def bot(server: FakeTelegramThread, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    process = BotProcess(server, tmp_path_factory.mktemp("bot-data")).start()
    yield process
    process.stop()


@pytest.fixture(scope="module")
def client(server: FakeTelegramThread) -> Iterator[UserClient]:
    with UserClient(server.url) as user:
        yield user


@pytest.fixture()
def chat(bot: BotProcess, client: UserClient) -> Chat:
    """A fresh private chat with the running bot."""
    return Chat(client)


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"
