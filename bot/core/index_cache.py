"""A start-up cache of the built answerer: the loaded, checked base and the matcher's index, pickled.

Building the index (reading the YAML with line numbers, checking it, reducing ~8,000 phrasings to terms) is most of
what a warm start costs; unpickling the result takes a tenth of it. The result depends only on the base's files, on
the code that loads, checks and indexes them and on the libraries that reduce words, so the file carries a key made
of all of those; a key that differs, a missing, foreign or unreadable file means the index is built afresh and the
file rewritten. It is a cache: deleting it is always safe.

It lives in the bot's own data directory beside the stem cache and is written only by the bot; like any pickle it
must never come from anyone else, so a file that does not begin with this module's mark is neither read nor
overwritten.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path

from bot.kb.stemcache import cache_key

INDEX_CACHE = "index.pickle"
"""Its name in the bot's data directory, beside ``bot.kb.stemcache.STEM_CACHE``."""
_MARK = b"article-fact-bot index\n"
"""How every file this module writes begins: a file that begins otherwise is not an index cache."""


def index_key(knowledge_digest: str) -> bytes:
    """What the built index depends on: the base's files and the code that checks them (``knowledge_digest``), the
    answering core's code, the reducers' code and libraries, and the Python that pickled it."""
    digest = hashlib.sha256(f"{knowledge_digest}|{cache_key()}|{sys.version}|{pickle.HIGHEST_PROTOCOL}".encode())
    for file in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest().encode() + b"\n"


def read_index(path: Path, key: bytes) -> object | None:
    """The object pickled at ``path`` under ``key``; ``None`` when there is none, or it is stale or unreadable."""
    try:
        with path.open("rb") as cached:
            if cached.read(len(_MARK)) != _MARK or cached.read(len(key)) != key:
                return None
            built: object = pickle.load(cached)  # our own file, under our mark and the current key
    except Exception:  # any failure only means the index is built afresh
        return None
    return built


def save_index(path: Path, key: bytes, built: object) -> None:
    """Pickle ``built`` to ``path`` under ``key``, atomically; a file at ``path`` that this module did not write (a
    path given by mistake) is left as it is, and a file that cannot be written only costs the next start its time."""
    try:
        with path.open("rb") as existing:
            if existing.read(len(_MARK)) != _MARK:
                return
    except FileNotFoundError:
        pass
    except OSError:
        return
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, prefix=path.name, suffix=".tmp") as out:
            temporary = out.name
            out.write(_MARK + key)
            pickle.dump(built, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except (OSError, pickle.PicklingError, RecursionError):
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
