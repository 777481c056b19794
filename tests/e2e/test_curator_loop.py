"""The curator's loop in Telegram: unanswered questions reach the report, votes count once, admins reload."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.curation.privacy import keyed_hash, user_hash
from tests.conftest import KNOWLEDGE, ROOT
from tests.e2e.harness import BotProcess, Chat, buttons, text_of
from tests.fakegram import FakeTelegramThread
from tests.fakegram.client import UserClient

ADMIN = 4242


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("kb") / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


@pytest.fixture(scope="module")
def curated_bot(server: FakeTelegramThread, knowledge: Path, tmp_path_factory: pytest.TempPathFactory
                ) -> Iterator[BotProcess]:
    bot = BotProcess(server, tmp_path_factory.mktemp("data"), KNOWLEDGE_DIR=str(knowledge),
                     ADMIN_USER_IDS=str(ADMIN)).start()
    yield bot
    bot.stop()


def rows(db: Path, sql: str, wait: float = 5.0) -> list[tuple[object, ...]]:
    """Rows of ``sql`` once there are some (the store writes in the background)."""
    deadline = time.monotonic() + wait
    while True:
        with sqlite3.connect(db) as con:
            found = con.execute(sql).fetchall()
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


def test_an_unanswered_question_shows_up_in_the_report(curated_bot: BotProcess, client: UserClient) -> None:
    Chat(client).say("how many helicopters did russia lose near kharkiv")
    db = curated_bot.data_dir / "questions.sqlite3"
    assert rows(db, "select outcome from questions where text like '%helicopters%'")
    done = subprocess.run([sys.executable, "-m", "bot", "report", "--json", "--db", str(db)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    report = json.loads(done.stdout)
    assert any("helicopters" in c["label"] for c in report)


def test_thumbs_up_then_down_from_one_person_counts_one_down(curated_bot: BotProcess, client: UserClient) -> None:
    chat = Chat(client)
    answer = chat.say("is it legal for russian soldiers to resign")[-1]
    up, down = (data for label, data in buttons(answer) if label in ("👍", "👎"))
    chat.client.press(answer["message_id"], up, chat_id=chat.chat_id, user_id=chat.user_id)
    chat.client.press(answer["message_id"], down, chat_id=chat.chat_id, user_id=chat.user_id)
    db = curated_bot.data_dir / "questions.sqlite3"
    time.sleep(0.5)
    secret = (curated_bot.data_dir / "user_hash_salt").read_bytes().strip()
    key = keyed_hash(secret, f"{chat.chat_id}:{answer['message_id']}")  # the key names a chat: stored hashed
    votes = rows(db, f"select vote, user_hash from votes where answer_key = '{key}'")
    assert votes == [("down", user_hash(secret, chat.user_id))]


def test_stats_is_refused_to_someone_who_is_not_an_admin(curated_bot: BotProcess, client: UserClient) -> None:
    assert "don't know that command" in text_of(Chat(client).say("/stats"))


def test_stats_for_an_admin(curated_bot: BotProcess, client: UserClient) -> None:
    reply = text_of(Chat(client, user_id=ADMIN).say("/stats"))
    assert "questions:" in reply and "answered:" in reply


def test_reload_with_a_broken_file_keeps_the_old_base(curated_bot: BotProcess, client: UserClient,
                                                     knowledge: Path) -> None:
    broken = knowledge / "zz_broken.yaml"
    broken.write_text("caveats:\n  - id: lonely\n", encoding="utf-8")
    try:
        admin = Chat(client, user_id=ADMIN)
        reply = text_of(admin.say("/reload"))
        assert "reload refused" in reply and "zz_broken.yaml:2: entry 'lonely': text: required field" in reply
        assert "29,200" in text_of(admin.say("how many russian soldiers died"))
    finally:
        broken.unlink()


def test_reload_with_a_new_phrasing_answers_it_at_once(curated_bot: BotProcess, client: UserClient,
                                                      knowledge: Path) -> None:
    question = "what does the bear in the zoo eat"
    user = Chat(client)
    assert "doesn't say" in text_of(user.say(question))
    entries = knowledge / "entries.yaml"
    original = entries.read_text(encoding="utf-8")
    marker = "  - id: casualties-nato\n"
    head, tail = original.split(marker, 1)
    phrasings = tail.index("      en:\n") + len("      en:\n")
    entries.write_text(head + marker + tail[:phrasings] + f"        - {question}\n" + tail[phrasings:],
                       encoding="utf-8")
    try:
        reply = text_of(Chat(client, user_id=ADMIN).say("/reload"))
        assert "reloaded" in reply and "1 modified: casualties-nato" in reply
        assert "7,000" in text_of(user.say(question))
    finally:
        entries.write_text(original, encoding="utf-8")


def test_figures_sends_a_photo_then_reuses_its_file_id(curated_bot: BotProcess, client: UserClient,
                                                       server: FakeTelegramThread) -> None:
    chat = Chat(client)
    first = chat.say("/figures")[-1]
    files_after_first = server.call(lambda s: len(s.state.files))
    second = chat.say("/figures")[-1]
    assert first["method"] == "sendPhoto" and first["photo"] and "as reported in the article" in first["caption"]
    assert second["method"] == "sendPhoto" and second["photo"] == first["photo"]
    assert server.call(lambda s: len(s.state.files)) == files_after_first  # no second upload
