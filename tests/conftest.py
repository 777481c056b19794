"""Shared fixtures: real objects built from the real knowledge base."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from bot.core.answers import Answerer, load_answerer
from tests.fakegram import FakeTelegramThread, UserClient

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"

hypothesis_settings.register_profile("ci", max_examples=200, deadline=None)
hypothesis_settings.register_profile("bench", max_examples=10_000, deadline=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def answerer() -> Answerer:
    """The answerer on the real, checked knowledge base."""
    return load_answerer(KNOWLEDGE)


@pytest.fixture()
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable copy of the real base, for tests that break it on purpose."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


@pytest.fixture(scope="module")
def server() -> Iterator[FakeTelegramThread]:
    """A local Bot API server for the module (the end-to-end suite overrides it with privacy mode off)."""
    with FakeTelegramThread() as running:
        yield running


@pytest.fixture()
def fake(server: FakeTelegramThread) -> FakeTelegramThread:
    """The module's server, emptied for this test."""
    server.reset()
    return server


@pytest.fixture()
def user(fake: FakeTelegramThread) -> Iterator[UserClient]:
    """A user who has already written to the bot (so the chat exists)."""
    with UserClient(fake.url) as client:
        client.send("hello")
        yield client
