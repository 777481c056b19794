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
