"""What the question store may keep about a person: scrubbed text and keyed hashes, never ids or contacts.

- ``scrub``: token-shaped strings, e-mail addresses and phone numbers are replaced by ``[token]``,
  ``[email]`` and ``[phone]`` before a question is stored (the answer is computed on the text as sent).
- ``user_hash``: HMAC-SHA256 of the user id under a secret of at least 32 bytes, full length. Telegram ids
  are a space of about 10^10, so a plain or truncated hash of them can be reversed by trying every id;
  without the secret an HMAC cannot.
- ``load_user_secret``: the configured ``USER_HASH_SALT``, else a secret generated once in the data directory
  (created exclusively, mode 0600, never visible half-written); an empty or short secret file is an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path
from typing import Final

from bot.config import MIN_SECRET_BYTES
from bot.errors import ConfigError
from bot.logs import SECRET_PART_SHAPE, TOKEN_SHAPE

SECRET_FILE: Final = "user_hash_salt"
LEGACY_HASH_CHARS: Final = 16
PRIVATE_FILE: Final = 0o600

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d\s().-]{5,}\d(?!\w)")
_GROUPS = re.compile(r"\d+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_THOUSANDS = re.compile(r"\d{1,3}(?:([ .])\d{3})(?:\1\d{3})*")


def scrub(text: str) -> str:
    """``text`` without tokens, e-mail addresses and phone numbers; figures, years and dates stay."""
    text = SECRET_PART_SHAPE.sub("[token]", TOKEN_SHAPE.sub("[token]", text))
    text = _EMAIL.sub("[email]", text)
    return _PHONE.sub(lambda m: "[phone]" if _is_phone(m.group()) else m.group(), text)


def _is_phone(candidate: str) -> bool:
    """7 to 15 digits, and not a figure (1 351 000), a date (2022-02-24) or years (2014-2022)."""
    groups = _GROUPS.findall(candidate)
    digits = sum(len(g) for g in groups)
    if not 7 <= digits <= 15:
        return False
    if candidate.startswith("+"):
        return True
    if len(groups) == 1:
        return digits >= 9  # a bare run: 1000000 is a number, 79123456789 a phone
    if _THOUSANDS.fullmatch(candidate):
        return False
    years = [g for g in groups if _YEAR.fullmatch(g)]
    return not (years and all(_YEAR.fullmatch(g) or len(g) <= 2 for g in groups))


def user_hash(secret: bytes, user_id: int) -> str:
    """The stored stand-in for a user id: HMAC-SHA256 under the secret, all 64 hex digits."""
    return keyed_hash(secret, str(user_id))


def keyed_hash(secret: bytes, value: str) -> str:
    """HMAC-SHA256 of ``value`` under the secret (user ids, and answer keys that embed a chat id)."""
    return hmac.new(secret, value.encode("utf-8"), hashlib.sha256).hexdigest()


def legacy_user_hash(secret: bytes, user_id: int) -> str:
    """The hash of schema 1 (``sha256(salt + id)``, 16 hex digits), so ``forget`` finds older rows too."""
    salt = secret.decode("utf-8", "replace")
    return hashlib.sha256((salt + str(user_id)).encode()).hexdigest()[:LEGACY_HASH_CHARS]


def load_user_secret(configured: str, directory: Path) -> bytes:
    """The secret for user hashes: ``USER_HASH_SALT`` if set, else ``directory/user_hash_salt`` (made once)."""
    if configured:
        value = configured.encode("utf-8")
        if len(value) < MIN_SECRET_BYTES:
            raise ConfigError(f"setting USER_HASH_SALT: is {len(value)} bytes; it must be at least {MIN_SECRET_BYTES}")
        return value
    path = directory / SECRET_FILE
    if not path.exists():
        _create_secret(path)
    try:
        value = path.read_bytes().strip()
        if path.stat().st_mode & 0o077:
            path.chmod(PRIVATE_FILE)
    except OSError as exc:
        raise ConfigError(f"cannot read the user-hash secret {path}: {exc.strerror}") from None
    if len(value) < MIN_SECRET_BYTES:
        raise ConfigError(f"the user-hash secret {path} holds {len(value)} bytes, fewer than {MIN_SECRET_BYTES} "
                          "(a failed write?); restore it from a backup, or delete it to have a new one made "
                          "(people counted before then count as new people)")
    return value


def _create_secret(path: Path) -> None:
    """Write a new secret so that no reader ever sees it empty or half-written, and never replace one.

    The bytes go to a private temporary file (``O_EXCL``, 0600) that is then hard-linked into place;
    linking fails if another process made the secret first, and that one is kept.
    """
    value = secrets.token_hex(MIN_SECRET_BYTES).encode("ascii")
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    try:
        _write_exclusive(temporary, value)
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links: create the file itself exclusively
            with contextlib.suppress(FileExistsError):
                _write_exclusive(path, value)
    except OSError as exc:
        raise ConfigError(f"cannot create the user-hash secret {path}: {exc.strerror}; "
                          "make BOT_DATA_DIR writable or set USER_HASH_SALT") from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _write_exclusive(path: Path, value: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        os.write(fd, value)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        path.unlink()
        raise
    os.close(fd)


def private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists; tighten it to 0600 if it does."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        if path.is_file() and path.stat().st_mode & 0o077:
            with contextlib.suppress(PermissionError):  # another user's file (a curator reading): leave it
                path.chmod(PRIVATE_FILE)
