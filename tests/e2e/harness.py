"""Run the real bot as its own process against the local Bot API server, and talk to it as a user."""

from __future__ import annotations

import itertools
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Protocol

import httpx

from tests.conftest import ROOT
from tests.fakegram.client import UserClient

TOKEN = "123456789:AAHfakeTokenForTestsOnly_abcdefghijk"  # not-a-secret: the local test server's token
_chat_ids = itertools.count(5000)


class ServerAddress(Protocol):
    """Where a local Bot API server answers: in this process (FakeTelegramThread) or another one."""

    @property
    def url(self) -> str: ...

    @property
    def base_url(self) -> str: ...


def next_chat_id() -> int:
    """A fresh chat (and user) id, so tests sharing one bot never see each other's messages."""
    return (os.getpid() % 1000) * 100_000 + next(_chat_ids)


class BotProcess:
    """``python -m bot run`` exactly as in production, configured only through its environment."""

    def __init__(self, server: ServerAddress, data_dir: Path, *, token: str = TOKEN, **env: str) -> None:
        self.server = server
        self.data_dir = data_dir
        self.log_path = data_dir / "bot.log"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_", "WEBHOOK_"))}
        self.env.update({"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_BASE_URL": server.base_url,
                         "BOT_DATA_DIR": str(data_dir), "LOG_LEVEL": "INFO", "PYTHONUNBUFFERED": "1", **env})
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, *, wait_ready: bool = True, timeout: float = 20.0) -> BotProcess:
        """Start and wait until the bot has registered its commands (it is then polling)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        before = len(self._calls("setMyCommands"))
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen([sys.executable, *self.command()], cwd=ROOT, env=self.env,
                                            stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while wait_ready and len(self._calls("setMyCommands")) <= before:
            if self.process.poll() is not None:
                raise AssertionError(f"bot exited with {self.process.returncode}:\n{self.log()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"bot not ready within {timeout}s:\n{self.log()}")
            time.sleep(0.05)
        time.sleep(0.2)
        return self

    def command(self) -> list[str]:
        """What to run: the bot exactly as in production."""
        return ["-m", "bot", "run"]

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15.0) -> int:
        """Stop the process (gracefully by default) and return its exit code."""
        if self.process is None:
            return 0
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        code = self.process.returncode
        self.process = None
        return code

    def wait_exit(self, timeout: float = 20.0) -> int:
        """Wait for the process to end by itself (e.g. a refused start)."""
        assert self.process is not None
        return self.process.wait(timeout)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""

    def _calls(self, method: str) -> list[Any]:
        calls: list[Any] = httpx.get(f"{self.server.url}/test/calls", params={"method": method}, timeout=5).json()
        return calls


class Chat:
    """One person in one chat: says things, presses buttons, and reads every reply the bot makes."""

    def __init__(self, client: UserClient, chat_id: int | None = None, *, user_id: int | None = None,
                 chat_type: str = "private") -> None:
        self.client = client
        self.user_id = user_id or next_chat_id()
        self.chat_id = chat_id or (self.user_id if chat_type == "private" else -next_chat_id())
        self.chat_type = chat_type

    def say(self, text: str, **extra: Any) -> list[dict[str, Any]]:
        count = len(self.log())
        self.client.send(text, chat_id=self.chat_id, user_id=self.user_id, chat_type=self.chat_type, **extra)
        return self.settle(count)

    def send_media(self, kind: str) -> list[dict[str, Any]]:
        count = len(self.log())
        self.client.send_media(kind, chat_id=self.chat_id, user_id=self.user_id, chat_type=self.chat_type)
        return self.settle(count)

    def press(self, message_id: int, data: str, **extra: Any) -> list[dict[str, Any]]:
        count = len(self.log())
        self.client.press(message_id, data, chat_id=self.chat_id, user_id=self.user_id, **extra)
        return self.settle(count)

    def log(self) -> list[dict[str, Any]]:
        return self.client.sent(self.chat_id)

    def settle(self, count: int, timeout: float = 10.0, quiet: float = 0.3) -> list[dict[str, Any]]:
        """Everything the bot sent after ``count`` entries, once it has been quiet for ``quiet`` seconds."""
        self.client.wait_for_reply(self.chat_id, after_count=count, timeout=timeout)
        seen = -1
        while True:
            new = self.client.sent(self.chat_id, since=count)
            if len(new) == seen:
                return new
            seen = len(new)
            time.sleep(quiet)

    def silence(self, count: int, wait: float = 1.0) -> bool:
        """True when the bot sent nothing after ``count`` entries within ``wait`` seconds."""
        time.sleep(wait)
        return not self.client.sent(self.chat_id, since=count)


def text_of(entries: list[dict[str, Any]]) -> str:
    """All plain text the bot sent, lower-cased, for assertions."""
    return "\n".join(str(e.get("plain_text") or e.get("plain_caption") or "") for e in entries).casefold()


def buttons(entry: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, callback_data) of every inline button under a message."""
    markup = entry.get("reply_markup") or {}
    return [(b["text"], b.get("callback_data", "")) for row in markup.get("inline_keyboard", []) for b in row]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_listening(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise AssertionError(f"nothing listens on {port}")
