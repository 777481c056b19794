"""Logging that can never leak the bot token: redaction happens on the final text, tracebacks included."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable
from types import TracebackType

TOKEN_SHAPE = re.compile(r"\d{5,16}:[A-Za-z0-9_-]{30,}")
REDACTED = "[REDACTED]"
NOISY = ("httpx", "httpcore", "apscheduler")


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then removes every known secret and anything shaped like a bot token."""

    def __init__(self, fmt: str, secrets: Iterable[str] = ()) -> None:
        super().__init__(fmt)
        self._secrets = tuple(s for s in secrets if s)

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(super().format(record))

    def redact(self, text: str) -> str:
        """``text`` with secrets replaced; also used for anything printed outside logging."""
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return TOKEN_SHAPE.sub(REDACTED, text)


def setup_logging(level: str, secrets: Iterable[str] = ()) -> RedactingFormatter:
    """Configure the root logger once, at start; uncaught exceptions go through the same formatter."""
    formatter = RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", secrets)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in NOISY:
        logging.getLogger(name).setLevel(logging.WARNING)

    def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        logging.getLogger("bot").critical("uncaught exception", exc_info=(kind, value, tb))

    sys.excepthook = excepthook
    return formatter
