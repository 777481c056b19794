"""Privacy on disk with the real bot: private files, scrubbed questions, a report without contacts, forget."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT
from tests.e2e.harness import BotProcess, Chat
from tests.fakegram import FakeTelegramThread
from tests.fakegram.client import UserClient

QUESTION = "my number is +7 912 345-67-89, mail ivan@example.org: how many helicopters did russia lose"


def stored_texts(db: Path, wait: float = 5.0) -> list[str]:
    deadline = time.monotonic() + wait
    while True:
        with sqlite3.connect(db) as con:
            found = [t for (t,) in con.execute("SELECT text FROM questions WHERE text LIKE '%helicopters%'")]
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


def test_the_bot_keeps_its_files_private_and_stores_no_contacts(server: FakeTelegramThread, client: UserClient,
                                                               tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir(mode=0o755)  # made by the operator, open to everyone
    state.chmod(0o755)
    old_umask = os.umask(0o022)  # the bot must not rely on the operator's umask
    try:
        bot = BotProcess(server, tmp_path / "logs", BOT_DATA_DIR=str(state)).start()
    finally:
        os.umask(old_umask)
    try:
        chat = Chat(client)
        chat.say(QUESTION)
        assert stored_texts(state / "questions.sqlite3") == [
            "my number is [phone], mail [email]: how many helicopters did russia lose"]
        time.sleep(2.5)  # conversation state is written every 2 s
    finally:
        bot.stop()
    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    loose = {str(p.relative_to(state)): oct(stat.S_IMODE(p.stat().st_mode)) for p in state.rglob("*")
             if stat.S_IMODE(p.stat().st_mode) & 0o077}
    assert not loose
    assert {"questions.sqlite3", "user_hash_salt"} <= {p.name for p in state.iterdir()}

    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "USER_HASH"))}
    env["BOT_DATA_DIR"] = str(state)
    report = subprocess.run([sys.executable, "-m", "bot", "report", "--json"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert report.returncode == 0, report.stderr
    assert "912" not in report.stdout and "ivan@" not in report.stdout
    assert any("[phone]" in c["label"] for c in json.loads(report.stdout))

    forget = subprocess.run([sys.executable, "-m", "bot", "forget", "--user", str(chat.user_id)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert forget.stdout.startswith(f"deleted for user {chat.user_id}: 1 question(s)"), forget.stdout + forget.stderr
    assert stored_texts(state / "questions.sqlite3", wait=0) == []
