"""How common a word is in each language (the Zipf scale), from wordfreq's "small" word lists.

The lists are read straight from wordfreq's data files and kept as one sorted string per language, searched by
bisection. wordfreq's own dictionaries and its import (a full tokenizer, ftfy, langcodes: the bot only ever asks
about single words) take about 38 MB; this takes about 4. The figures are wordfreq's own: ``zipf`` equals
``wordfreq.zipf_frequency(word, lang, wordlist="small")`` for a word of letters (apostrophes allowed) or of ASCII
digits, with any punctuation around it (``tests/test_frequency.py`` pins it on words of every list); anything else
(symbols, emoji, "30k", which the bot's folded words never are) is asked of wordfreq itself.
"""

from __future__ import annotations

import base64
import gzip
import importlib.util
import math
import re
import unicodedata
from array import array
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import msgpack

_FLOOR = 1e-9
"""The least frequency wordfreq reports (Zipf 0): once per billion words."""
_APOSTROPHES = str.maketrans("ʼ’", "''")
"""The apostrophes of Ukrainian and of typesetting, as wordfreq's lists write them."""
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
"""Punctuation around a word, which wordfreq's tokenizer leaves out ("@ukraine" is "ukraine")."""


class _WordList:
    """One language's list: its words sorted in one string, each with its frequency in centibels."""

    def __init__(self, text: str, starts: array[int], centibels: array[int]) -> None:
        self._text, self._starts, self._centibels = text, starts, centibels

    @classmethod
    def of(cls, buckets: list[list[str]]) -> _WordList:
        """The list from wordfreq's buckets (the n-th holds the words n centibels below 1)."""
        pairs = sorted((word, centibels) for centibels, bucket in enumerate(buckets) for word in bucket)
        starts = array("I", [0])
        for word, _ in pairs:
            starts.append(starts[-1] + len(word))
        return cls("".join(word for word, _ in pairs), starts, array("H", (centibels for _, centibels in pairs)))

    def packed(self) -> dict[str, str]:
        """The list as text, for the start-up cache."""
        return {"text": self._text, "starts": base64.b64encode(self._starts.tobytes()).decode("ascii"),
                "centibels": base64.b64encode(self._centibels.tobytes()).decode("ascii")}

    @classmethod
    def unpacked(cls, packed: dict[str, str]) -> _WordList:
        starts, centibels = array("I"), array("H")
        starts.frombytes(base64.b64decode(packed["starts"]))
        centibels.frombytes(base64.b64decode(packed["centibels"]))
        if len(starts) != len(centibels) + 1 or starts[-1] != len(packed["text"]):
            raise ValueError("a word list that does not hold together")
        return cls(packed["text"], starts, centibels)

    def __len__(self) -> int:
        return len(self._centibels)

    def word(self, i: int) -> str:
        return self._text[self._starts[i] : self._starts[i + 1]]

    def centibels(self, word: str) -> int | None:
        """How rare ``word`` is in centibels below 1 (0 is every word), or None when it is not in the list."""
        low, high = 0, len(self)
        while low < high:
            middle = (low + high) // 2
            if self.word(middle) < word:
                low = middle + 1
            else:
                high = middle
        return self._centibels[low] if low < len(self) and self.word(low) == word else None

    def by_frequency(self) -> Iterator[tuple[str, int]]:
        """Every word with its centibels, commonest first."""
        order = sorted(range(len(self)), key=self._centibels.__getitem__)
        return ((self.word(i), self._centibels[i]) for i in order)


def _data_file(lang: str) -> Path:
    spec = importlib.util.find_spec("wordfreq")  # where wordfreq is installed, without importing it
    if spec is None or not spec.submodule_search_locations:
        raise LookupError("wordfreq is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / f"small_{lang}.msgpack.gz"


_LISTS: dict[str, _WordList] = {}


def _word_list(lang: str) -> _WordList:
    found = _LISTS.get(lang)
    if found is None:
        with gzip.open(_data_file(lang), "rb") as packed:
            data: list[Any] = msgpack.load(packed, raw=False)
        header = data[0]
        if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
            raise ValueError(f"{_data_file(lang)}: not a wordfreq word list (header {header!r})")
        found = _LISTS[lang] = _WordList.of(data[1:])
    return found


def known_lists() -> dict[str, dict[str, str]]:
    """Every language's list read so far, packed: what a start-up cache keeps (see ``bot.kb.stemcache``)."""
    return {lang: words.packed() for lang, words in _LISTS.items()}


def remember_lists(packed: dict[str, dict[str, str]]) -> None:
    """Take lists a start-up cache kept instead of reading wordfreq's files again."""
    for lang, fields in packed.items():
        try:
            _LISTS.setdefault(lang, _WordList.unpacked(fields))
        except (KeyError, TypeError, ValueError):
            continue  # a damaged entry: that list is read from wordfreq's file when first needed


def _zipf_of(frequency: float) -> float:
    """wordfreq's rounding: the frequency to three significant digits, then the Zipf value to two decimals."""
    frequency = max(1.0 / (1.0 / frequency), _FLOOR)  # as wordfreq combines a text's tokens, here of one token
    rounded = round(frequency, math.floor(-math.log(frequency, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)


@lru_cache(maxsize=65_536)
def zipf(word: str, lang: str) -> float:
    """How common ``word`` is in ``lang`` on the Zipf scale (0 when the list does not have it)."""
    plain = unicodedata.normalize("NFC", _EDGES.sub("", word)).casefold().translate(_APOSTROPHES)
    number = plain.isascii() and plain.isdigit() and len(plain) > 1
    if number or plain.replace("'", "").isalpha() or (plain.isascii() and plain.isdigit()):  # "ім'я", "7", "1351"
        shape = "0" * len(plain) if number else plain  # wordfreq counts numbers by their digits' shape...
        centibels = _word_list(lang).centibels(shape)
        if centibels is None:
            return 0.0
        weight = _digit_frequency(plain) if number and plain != shape else 1.0  # ...then weighs the number itself
        return _zipf_of(10 ** (-centibels / 100) * weight)
    from wordfreq import zipf_frequency  # symbols, emoji, "30k": wordfreq's tokenizer decides what they are

    return float(zipf_frequency(word, lang, wordlist="small"))


def by_frequency(lang: str) -> Iterator[tuple[str, float]]:
    """Every word of ``lang``'s list with its frequency, commonest first."""
    return ((word, 10 ** (-centibels / 100)) for word, centibels in _word_list(lang).by_frequency())


# wordfreq's estimate of how often a given number is written, among numbers of as many digits (wordfreq.numbers).
_DIGIT_FREQUENCIES = (0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045)
_YEAR_LOG_PEAK = -1.9185
_NOT_YEAR = 0.1
_REFERENCE_YEAR = 2019
_PLATEAU = 20


def _benford(digits: str) -> float:
    return _DIGIT_FREQUENCIES[int(digits[0])] / 10.0 ** (len(digits) - 1)


def _digit_frequency(digits: str) -> float:
    if len(digits) != 4:
        return _benford(digits)
    year = int(digits)
    if year <= _REFERENCE_YEAR:
        log_frequency = _YEAR_LOG_PEAK - 0.0083 * (_REFERENCE_YEAR - year)
    elif year <= _REFERENCE_YEAR + _PLATEAU:
        log_frequency = _YEAR_LOG_PEAK
    else:
        log_frequency = _YEAR_LOG_PEAK - 0.2 * (year - (_REFERENCE_YEAR + _PLATEAU))
    return float(10.0**log_frequency) + _NOT_YEAR * _benford(digits)
