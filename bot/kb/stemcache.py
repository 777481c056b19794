"""A start-up cache of reduced words: pymorphy3 and Snowball's results for every word of the base (and the
dictionary forms looked up while it was checked), and the word-frequency lists in the compact form
``bot.kb.frequency`` searches. A start that finds every word here never opens pymorphy3's dictionaries.

Reducing the base's ~10,000 words (most of the time spent lemmatising Russian and Ukrainian) is most of
what start-up costs. The results depend only on the words and on the code and libraries that reduce them,
so they are kept in one JSON file keyed by those; a key that differs, a missing or unreadable file means
the words are reduced afresh and the file rewritten. It is a cache: deleting it is always safe.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from bot.kb import frequency, language
from bot.kb.frequency import known_lists, remember_lists
from bot.kb.language import known_reductions, remember_reductions

STEM_CACHE = "stems.json"
"""Its name in the bot's data directory."""
_LIBRARIES = ("pymorphy3", "pymorphy3-dicts-ru", "pymorphy3-dicts-uk", "snowballstemmer", "wordfreq")


def cache_key() -> str:
    """What the reductions and word lists depend on: the code that makes them and the libraries it calls."""
    parts = [hashlib.sha256(Path(module.__file__ or "").read_bytes()).hexdigest() for module in (language, frequency)]
    for name in _LIBRARIES:
        try:
            parts.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name}==none")
    return "|".join(parts)


def knowledge_digest(root: Path) -> str:
    """What a check of the base at ``root`` depends on: every file of the base and the code that loads and checks
    it. A start that finds the digest of its last clean check need not check again."""
    digest = hashlib.sha256()
    for file in sorted([*root.rglob("*"), *Path(__file__).parent.glob("*.py")]):
        if file.is_file():
            digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Seeded:
    """What a start took from the cache: how many words, and the digest of the base it last checked clean."""

    taken: int = 0
    checked: str = ""


def load_reductions(path: Path) -> int:
    """Seed the reducers from ``path`` when it was written by this code; the number of words taken."""
    return read_cache(path).taken


def read_cache(path: Path) -> Seeded:
    """Seed the reducers from ``path`` when it was written by this code; what was taken from it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Seeded()
    if not isinstance(data, dict) or data.get("key") != cache_key() or not isinstance(data.get("words"), dict):
        return Seeded()
    table = {name: words for name, words in data["words"].items()
             if isinstance(words, dict)
             and all(isinstance(k, str) and isinstance(v, str) for k, v in words.items())}
    remember_reductions(table)
    lists = data.get("frequency")
    if isinstance(lists, dict):
        remember_lists({lang: fields for lang, fields in lists.items() if isinstance(fields, dict)})
    checked = data.get("checked")
    return Seeded(sum(len(words) for words in table.values()), checked if isinstance(checked, str) else "")


_MARK = b'{"key":'
"""How every file this module writes begins: a file that begins otherwise is not a stem cache."""


def _ours(path: Path) -> bool:
    """Whether ``path`` is free for the cache: missing, or a stem cache (of any version) this module wrote."""
    try:
        with path.open("rb") as existing:
            return existing.read(len(_MARK)) == _MARK
    except FileNotFoundError:
        return True
    except OSError:
        return False


def save_reductions(path: Path, seeded: Seeded, checked: str = "") -> None:
    """Write every word reduced so far to ``path`` (atomically), with ``checked``, the digest of the base just
    checked clean, when there are more words than were taken or the digest is new; a file at ``path`` that is not
    a stem cache (a path given by mistake) is left as it is."""
    table = known_reductions()
    if (sum(len(words) for words in table.values()) <= seeded.taken and checked == seeded.checked) \
            or not _ours(path):
        return
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False,
                                         prefix=path.name, suffix=".tmp") as out:
            temporary = out.name
            json.dump({"key": cache_key(), "words": table, "frequency": known_lists(), "checked": checked}, out,
                      ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, path)
    except OSError:  # a cache that cannot be written only costs the next start its time
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
