"""The same message gets the same reply in every process, and a restart with the stem cache changes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bot.core import index_cache
from bot.kb import language, stemcache
from tests.conftest import KNOWLEDGE, ROOT

QUESTIONS = ["how many died", "escribeme un poema pa mi novia", "чого рашисти звільняються? які причини",
             "how many russian men fled to georgia", "what happened to him after", "скільки наших полягло"]
SCRIPT = (
    "import sys, json; from pathlib import Path; from bot.core.answers import load_answerer; "
    "cache = Path(sys.argv[1]) if len(sys.argv) > 1 else None; "
    "a = load_answerer(Path('knowledge'), cache); "
    f"print(json.dumps([[a.answer(q).entry_id, a.answer(q).score, a.answer(q).parts] for q in {QUESTIONS!r}]))"
)


def _replies(*args: str, seed: str = "0") -> str:
    return subprocess.run([sys.executable, "-c", SCRIPT, *args], cwd=ROOT, capture_output=True, text=True,
                          check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout


def test_replies_are_the_same_whatever_the_hash_seed() -> None:
    """Set iteration follows the hash seed; the matcher's sums must not, or ties (and replies) would vary."""
    assert len({_replies(seed=seed) for seed in ("1", "2", "3")}) == 1


def test_a_restart_with_the_stem_cache_answers_exactly_as_a_cold_start(tmp_path: Path) -> None:
    cache = tmp_path / "stems.json"
    cold = _replies(str(cache))
    assert cache.exists()
    kept = json.loads(cache.read_text(encoding="utf-8"))
    assert len(kept["words"]["ru"]) > 1000 and len(kept["words"]["uk"]) > 1000
    assert set(kept["frequency"]) == {"en", "es", "ru", "uk"}  # the word lists too: a restart reads no wordfreq file
    assert _replies(str(cache)) == cold == _replies()


def test_a_restart_with_the_built_index_cached_answers_exactly_as_a_cold_start(tmp_path: Path) -> None:
    cache = tmp_path / "stems.json"
    cold = _replies(str(cache))
    index = tmp_path / index_cache.INDEX_CACHE
    assert index.exists()
    built = index.stat().st_mtime_ns
    assert _replies(str(cache), seed="5") == cold  # read back in a process with another hash seed
    assert index.stat().st_mtime_ns == built  # read, not rebuilt


def test_a_stale_or_foreign_index_cache_is_rebuilt_or_left_alone_never_trusted(tmp_path: Path) -> None:
    index = tmp_path / index_cache.INDEX_CACHE
    index_cache.save_index(index, b"old key\n", {"an": "index"})
    assert index_cache.read_index(index, b"old key\n") == {"an": "index"}
    assert index_cache.read_index(index, b"new key\n") is None
    index.write_bytes(index.read_bytes()[:-5])  # cut short
    assert index_cache.read_index(index, b"old key\n") is None
    foreign = tmp_path / "notes.pickle"
    foreign.write_bytes(b"someone else's file")
    index_cache.save_index(foreign, b"key\n", {"an": "index"})
    assert foreign.read_bytes() == b"someone else's file"
    assert index_cache.read_index(foreign, b"key\n") is None


def test_a_stale_or_broken_stem_cache_is_ignored_not_trusted(tmp_path: Path) -> None:
    cache = tmp_path / "stems.json"
    cache.write_text(json.dumps({"key": "another version", "words": {"ru": {"погибло": "WRONG"}}}), encoding="utf-8")
    assert stemcache.load_reductions(cache) == 0
    cache.write_text("{not json", encoding="utf-8")
    assert stemcache.load_reductions(cache) == 0
    assert language.stemmer("ru")("погибло") != "WRONG"
    assert KNOWLEDGE.exists()


def test_a_stem_cache_path_given_by_mistake_never_overwrites_another_file(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("The stories of Russian soldiers who refuse to fight in Ukraine\n", encoding="utf-8")
    before = article.read_bytes()
    _replies(str(article))
    assert article.read_bytes() == before
