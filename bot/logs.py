"""Logging that can never leak the bot token: redaction happens on the final text, tracebacks included.

Every way Python prints an error goes through the one redacting handler once ``setup_logging`` ran:
log records, uncaught exceptions in the main thread and in other threads, exceptions nobody could
raise (``sys.unraisablehook``), ``warnings`` and asyncio's loop exceptions (which asyncio logs).
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Iterable
from types import TracebackType
from typing import TextIO
from urllib.parse import quote

TOKEN_SHAPE = re.compile(r"\d{5,16}(?::|%3[Aa])[A-Za-z0-9_-]{30,}")
"""A bot token, also with its colon percent-encoded (as it appears inside a logged URL)."""
SECRET_PART_SHAPE = re.compile(r"(?<![A-Za-z0-9_-])AA[A-Za-z0-9_-]{30,40}(?![A-Za-z0-9_-])")
"""The part of a bot token after the colon, on its own (Telegram's start with ``AA``)."""
REDACTED = "[REDACTED]"
MIN_SECRET_CHARS = 8
"""Shorter configured secrets are not redacted by value: ``WEBHOOK_SECRET=e`` must not turn "webhook" into
"w[REDACTED]bhook". The token shapes above still catch tokens whatever is configured."""
NOISY = ("httpx", "httpcore", "apscheduler")


def secret_forms(secrets: Iterable[str]) -> tuple[str, ...]:
    """Every form a configured secret can take in a log line, longest first; short secrets left out.

    The value itself, its percent-encoded form (inside a URL), and for a token the part after the colon.
    """
    forms: set[str] = set()
    for secret in secrets:
        if len(secret) < MIN_SECRET_CHARS:
            continue
        tail = secret.rsplit(":", 1)[-1]
        forms |= {secret, quote(secret, safe=""), *([tail] if len(tail) >= MIN_SECRET_CHARS else [])}
    return tuple(sorted(forms, key=len, reverse=True))


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then removes every known secret and anything shaped like a bot token."""

    def __init__(self, fmt: str, secrets: Iterable[str] = ()) -> None:
        super().__init__(fmt)
        self._secrets = secret_forms(secrets)

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(super().format(record))

    def redact(self, text: str) -> str:
        """``text`` with secrets replaced; also used for anything printed outside logging."""
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return SECRET_PART_SHAPE.sub(REDACTED, TOKEN_SHAPE.sub(REDACTED, text))


def setup_logging(level: str, secrets: Iterable[str] = (), stream: TextIO | None = None) -> RedactingFormatter:
    """Configure the root logger once, at start; every other error output goes through the same formatter."""
    formatter = RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", secrets)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in NOISY:
        logging.getLogger(name).setLevel(logging.WARNING)
    logging.captureWarnings(True)  # warnings.warn(...) becomes a record of "py.warnings"
    crash = logging.getLogger("bot")

    def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        crash.critical("uncaught exception", exc_info=(kind, value, tb))

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        crash.critical("uncaught exception in thread %s", name,
                       exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback))

    def unraisablehook(args: sys.UnraisableHookArgs) -> None:
        value = args.exc_value or args.exc_type()
        crash.error("%s: %r", args.err_msg or "exception ignored", args.object,
                    exc_info=(args.exc_type, value, args.exc_traceback))

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    sys.unraisablehook = unraisablehook
    return formatter
