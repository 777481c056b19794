"""The article as slides, and the text normalisation that makes quotes comparable to it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")


@dataclass(frozen=True, slots=True)
class Slide:
    """One slide: a title and its paragraph, with the line where the title stands."""

    title: str
    body: str
    line: int


@dataclass(frozen=True, slots=True)
class Article:
    """The article the whole base is built from; quotes are checked against ``flat``."""

    headline: str
    slides: tuple[Slide, ...]
    text: str
    flat: str

    def slide(self, title: str) -> Slide | None:
        """The slide with this title, compared loosely so curly quotes and case do not matter."""
        wanted = title_key(title)
        return next((s for s in self.slides if title_key(s.title) == wanted), None)


def flatten(text: str) -> str:
    """Unify quote marks, whitespace and case so a verbatim quote is found whatever its typography."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = re.sub(r'"+', '"', text)
    return " ".join(text.split()).casefold()


def title_key(title: str) -> str:
    """A slide title without quote marks or punctuation, so '"Cheated"' and 'Cheated' are one slide."""
    return re.sub(r"[^\w\s]", "", flatten(title)).strip()


def numbers_in(text: str) -> list[float]:
    """Every number written in digits (``29,200`` → 29200.0, ``70%`` → 70.0)."""
    return [float(m.replace(",", "").rstrip(".")) for m in _NUMBER.findall(text)]


def parse_article(text: str) -> Article:
    """Split the article: headline, list of titles, then title/paragraph blocks separated by blank lines."""
    blocks: list[tuple[int, str]] = []
    line_no = 1
    for raw in re.split(r"(\n\s*\n)", text):
        if raw.strip() and not raw.isspace():
            blocks.append((line_no + len(raw) - len(raw.lstrip("\n")), raw.strip()))
        line_no += raw.count("\n")
    headline = blocks[0][1] if blocks else ""
    pairs = blocks[2:]
    slides = tuple(
        Slide(title=pairs[i][1], body=" ".join(pairs[i + 1][1].split()), line=pairs[i][0])
        for i in range(0, len(pairs) - 1, 2)
    )
    return Article(headline=headline, slides=slides, text=text, flat=flatten(text))


def load_article(path: Path) -> Article:
    """Read ``knowledge/article.txt``."""
    return parse_article(path.read_text(encoding="utf-8"))


_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u202f'’](?=\d{3}(?!\d))")
_GROUP_MARK = re.compile(r"(?<=\d)[.,](?=\d{3}(?![\d.,]\d))")
_LOCALE_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_THOUSANDS = re.compile(r"^\s*(?:тыс|тис|тысяч|тисяч|mil\b|k\b|thousand)", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:[-–—]|до|to|a|y|и|і|та|and)\s*$", re.IGNORECASE)


def numbers_in_any(text: str) -> list[float]:
    """Every number in a text written in any of the bot's languages' formats.

    "29 200", "29.200", "29,200" and "29 тыс. 200" are 29,200; "7–15 тыс." is 7,000 and 15,000; "29,2 тыс" is
    29,200; "70 %" is 70. A "тыс"/"тис"/"mil"/"k" after a range multiplies both ends.
    """
    flat = _GROUP_MARK.sub("", _GROUP_SPACE.sub("", text))
    found: list[tuple[float, int, int]] = []
    for match in _LOCALE_NUMBER.finditer(flat):
        found.append((float(match.group(0).replace(",", ".")), match.start(), match.end()))
    values = [value for value, _, _ in found]
    for i, (_, _start, end) in enumerate(found):
        if _THOUSANDS.match(flat[end:]):
            values[i] *= 1000
            if i > 0 and _RANGE_JOIN.match(flat[found[i - 1][2] : found[i][1]]) and values[i - 1] < 1000:
                values[i - 1] *= 1000
    return [round(v, 6) for v in values]
