"""Privacy by default: scrubbed text, keyed full-length hashes, a private secret, private files, retention, forget."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import load_settings
from bot.curation.privacy import SECRET_FILE, keyed_hash, legacy_user_hash, load_user_secret, scrub, user_hash
from bot.curation.store import MIGRATIONS, SCHEMA_VERSION, BackgroundStore, Store
from bot.errors import ConfigError
from tests.conftest import ROOT

SECRET = b"k" * 32
DAY = 86_400.0
TOKEN = "7654321098:AAGfakeFakeFakeFakeFakeFakeFakeFake12"  # not-a-secret: a made-up token for scrubbing tests


def ask(store: Store | BackgroundStore, text: str, *, user_id: int = 1, ts: float | None = None) -> None:
    store.record_question(text=text, outcome="no_match", entry=None, score=1.0, candidates=[], chat_type="private",
                          user_id=user_id, ts=ts)


@pytest.fixture()
def umask_022() -> Iterator[None]:
    """The usual umask, under which files come out world-readable unless the code says otherwise."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


# -- scrubbing --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "stored"), [
    ("call me on +7 912 345-67-89 please", "call me on [phone] please"),
    ("my number is (555) 123-4567", "my number is [phone]"),
    ("ring 79123456789 or 020 7946 0958", "ring [phone] or [phone]"),
    ("write to ivan.petrov+bot@mail.example.ru now", "write to [email] now"),
    (f"my token is {TOKEN}", "my token is [token]"),
    (f"url ...bot{TOKEN.replace(':', '%3A')}/getMe", "url ...bot[token]/getMe"),
    (f"just the secret part {TOKEN.split(':')[1]}", "just the secret part [token]"),
])
def test_contacts_and_tokens_are_scrubbed(typed: str, stored: str) -> None:
    assert scrub(typed) == stored


@pytest.mark.parametrize("text", [
    "how many of the 29,200 died", "7,000–15,000 according to nato", "1 351 000 or 1.351.000?",
    "what happened on 2022-02-24", "the war of 2014-2022", "24.02.2022", "did 1000000 russians die",
    "70% of a battalion", "the 14 soldiers", "is 155mm artillery used", "between 2022 and 2023",
])
def test_figures_dates_and_years_are_kept(text: str) -> None:
    assert scrub(text) == text


def test_a_question_is_scrubbed_before_it_is_stored(tmp_path: Path) -> None:
    store = BackgroundStore(tmp_path / "q.sqlite3", SECRET)
    ask(store, "my phone is +44 20 7946 0958, email a@b.example, token " + TOKEN)
    store.record_none_of_these(question="call +7 912 345 67 89", chat_type="private", user_id=1)
    assert store.flush(5)
    store.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    for secret in (b"7946", b"a@b.example", TOKEN.split(":")[1].encode(), b"912 345"):
        assert secret not in raw
    db = sqlite3.connect(tmp_path / "q.sqlite3")
    assert db.execute("SELECT text FROM questions").fetchone()[0] == (
        "my phone is [phone], email [email], token [token]")


# -- hashes and the secret --------------------------------------------------------------------------------------
def test_user_hashes_are_hmac_sha256_at_full_length() -> None:
    assert user_hash(SECRET, 42) == hmac.new(SECRET, b"42", hashlib.sha256).hexdigest()
    assert len(user_hash(SECRET, 42)) == 64
    assert user_hash(SECRET, 42) != user_hash(b"j" * 32, 42)


def test_answer_keys_naming_a_chat_are_stored_hashed(tmp_path: Path) -> None:
    store = Store(tmp_path / "q.sqlite3", SECRET)
    store.record_vote(answer_key="987654321:55", entry="legal-resign", vote="down", chat_type="private",
                      user_id=987654321)
    [vote] = store.votes(0)
    store.close()
    assert vote.answer_key == keyed_hash(SECRET, "987654321:55")
    assert b"987654321" not in b"".join(p.read_bytes() for p in tmp_path.iterdir())


def test_a_secret_is_made_once_private_and_never_replaced(tmp_path: Path, umask_022: None) -> None:
    first = load_user_secret("", tmp_path)
    path = tmp_path / SECRET_FILE
    assert len(first) >= 32 and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_user_secret("", tmp_path) == first
    assert [p.name for p in tmp_path.iterdir()] == [SECRET_FILE]  # no temporary file left behind


def test_a_loose_secret_file_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / SECRET_FILE
    path.write_bytes(b"x" * 40)
    path.chmod(0o644)
    assert load_user_secret("", tmp_path) == b"x" * 40
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("content", [b"", b"\n", b"short-salt\n"])
def test_an_empty_or_short_secret_file_is_an_error_never_used(tmp_path: Path, content: bytes) -> None:
    (tmp_path / SECRET_FILE).write_bytes(content)
    with pytest.raises(ConfigError, match=r"fewer than 32 .*restore it from a backup, or delete it"):
        load_user_secret("", tmp_path)


def test_a_short_configured_salt_is_refused_with_the_variable_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USER_HASH_SALT", "pepper")
    with pytest.raises(ConfigError, match=r"setting USER_HASH_SALT: is 6 bytes; it must be at least 32"):
        load_settings(env_file=None)
    monkeypatch.setenv("USER_HASH_SALT", "p" * 32)
    assert load_settings(env_file=None).user_hash_salt.get_secret_value() == "p" * 32
    with pytest.raises(ConfigError, match="USER_HASH_SALT"):
        load_user_secret("pepper", Path("/nonexistent"))


def test_retention_defaults_to_90_days(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QUESTION_RETENTION_DAYS", raising=False)
    assert load_settings(env_file=None).question_retention_days == 90
    monkeypatch.setenv("QUESTION_RETENTION_DAYS", "0")
    with pytest.raises(ConfigError, match="QUESTION_RETENTION_DAYS"):
        load_settings(env_file=None)


# -- files ------------------------------------------------------------------------------------------------------
def modes(directory: Path) -> dict[str, int]:
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in directory.iterdir()}


def test_the_database_and_its_wal_and_shm_are_private_whatever_the_umask(tmp_path: Path, umask_022: None) -> None:
    store = BackgroundStore(tmp_path / "q.sqlite3", SECRET)
    ask(store, "hello")
    assert store.flush(5)
    found = modes(tmp_path)
    store.close()
    assert {"q.sqlite3", "q.sqlite3-wal", "q.sqlite3-shm"} <= set(found)
    assert all(mode == 0o600 for mode in found.values()), found


def test_an_existing_world_readable_database_is_made_private_on_open(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    Store(path, SECRET).close()
    path.chmod(0o644)
    Store(path, SECRET).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# -- retention --------------------------------------------------------------------------------------------------
def test_purge_deletes_old_questions_votes_and_none_of_these(tmp_path: Path) -> None:
    store = Store(tmp_path / "q.sqlite3", SECRET)
    now = time.time()
    for days in (100, 91, 89, 1):
        ask(store, f"asked {days} days ago", ts=now - days * DAY)
        store.record_vote(answer_key=f"1:{days}", entry="e", vote="down", chat_type="private", user_id=1,
                          ts=now - days * DAY)
        store.record_none_of_these(question="q", chat_type="private", user_id=1, ts=now - days * DAY)
    deleted = store.purge(now - 90 * DAY)
    assert (deleted.questions, deleted.votes, deleted.none_of_these) == (2, 2, 2)
    assert [q.text for q in store.questions(0)] == ["asked 89 days ago", "asked 1 days ago"]
    assert len(store.votes(0)) == 2


def test_the_bot_deletes_expired_rows_on_open_and_then_periodically(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    old = Store(path, SECRET)
    ask(old, "expired long ago", ts=time.time() - 200 * DAY)
    old.close()
    store = BackgroundStore(path, SECRET, retention_days=1, purge_every=0.05)
    ask(store, "just now")
    assert store.flush(5)
    assert [q.text for q in store.questions(0)] == ["just now"]
    ask(store, "two days ago, recorded late", ts=time.time() - 2 * DAY)  # expires before the next purge
    assert store.flush(5)
    deadline = time.monotonic() + 5
    while (len(store.questions(0)) > 1 or store.purged.questions < 2) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [q.text for q in store.questions(0)] == ["just now"]
    assert store.purged.questions == 2
    store.close()


# -- forget -----------------------------------------------------------------------------------------------------
def test_forget_deletes_one_persons_rows_under_both_hash_schemes(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    store = Store(path, SECRET)
    for user in (7, 8):
        ask(store, f"question from {user}", user_id=user)
        store.record_vote(answer_key=f"{user}:1", entry="e", vote="up", chat_type="private", user_id=user)
        store.record_none_of_these(question="q", chat_type="private", user_id=user)
    with contextlib.closing(sqlite3.connect(path)) as db, db:  # a row written before the hashes were keyed
        db.execute("INSERT INTO questions (ts, text, chat_type, user_hash, outcome, entry, score)"
                   " VALUES (0, 'old question', 'private', ?, 'no_match', NULL, 0)",
                   (legacy_user_hash(SECRET, 7),))
    deleted = store.forget(7)
    assert (deleted.questions, deleted.votes, deleted.none_of_these) == (2, 1, 1)
    assert [q.text for q in store.questions(0)] == ["question from 8"]
    assert store.forget(7).questions == 0
    store.close()


def test_forget_command_prints_what_it_deleted(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    store = Store(data / "questions.sqlite3", load_user_secret("", data))
    ask(store, "please forget me", user_id=123456789)
    ask(store, "keep me", user_id=5)
    store.record_vote(answer_key="123456789:3", entry="e", vote="down", chat_type="private", user_id=123456789)
    store.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "USER_HASH"))} | {"BOT_DATA_DIR": str(data)}
    done = subprocess.run([sys.executable, "-m", "bot", "forget", "--user", "123456789"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "deleted for user 123456789: 1 question(s), 1 vote(s), 0 'none of these' press(es)"
    texts = [t for (t,) in sqlite3.connect(data / "questions.sqlite3").execute("SELECT text FROM questions")]
    assert texts == ["keep me"]


# -- migration --------------------------------------------------------------------------------------------------
def test_a_schema_1_file_is_scrubbed_keyed_and_indexed_on_open(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    for sql in MIGRATIONS[0]:
        db.execute(sql)
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO questions (ts, text, chat_type, user_hash, outcome, entry, score)"
               " VALUES (1, 'Call +7 912 345-67-89, how many DIED?', 'private', 'abc', 'no_match', NULL, 0)")
    db.execute("INSERT INTO votes VALUES ('abc', '987654321:12', 'e', 'down', 'private', 1)")
    db.execute("INSERT INTO none_of_these (ts, question, chat_type, user_hash) VALUES (1, 'me@x.example', 'g', 'a')")
    db.close()
    Store(path, SECRET).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    assert db.execute("SELECT text, qkey FROM questions").fetchone() == ("Call [phone], how many DIED?",
                                                                         "call phone how many died")
    assert db.execute("SELECT answer_key FROM votes").fetchone()[0] == keyed_hash(SECRET, "987654321:12")
    assert db.execute("SELECT question FROM none_of_these").fetchone()[0] == "[email]"
    indexes = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"questions_keys", "questions_entries"} <= indexes


def test_a_retention_backlog_is_deleted_in_batches_between_writes(tmp_path: Path,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "q.sqlite3"
    old = Store(path, SECRET)
    with old.transaction():
        for i in range(12_000):
            ask(old, f"old question {i}", ts=time.time() - 100 * DAY)
    old.close()
    with caplog.at_level(logging.INFO, logger="bot.curation.store"):
        store = BackgroundStore(path, SECRET, retention_days=90)
        ask(store, "new question")
        assert store.flush(5)
        deadline = time.monotonic() + 10
        while store.purged.questions < 12_000 and time.monotonic() < deadline:
            time.sleep(0.05)
        store.close()
    assert store.purged.questions == 12_000
    assert [q.text for q in Store(path, SECRET).questions(0)] == ["new question"]
    assert [r.getMessage() for r in caplog.records] == [
        "question store: deleted 12000 question(s), 0 vote(s), 0 'none of these' older than 90 day(s)"]
