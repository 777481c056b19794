"""Shared fixtures: real objects built from the real knowledge base."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from bot.answers import Answerer, load_answerer

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
