"""A message read once: its words, stems, matching terms, numbers and the parties it names, with their roles.

The matcher, the figure reader and the follow-up resolver all read the same ``Question``, so "according to
Ukraine" is a claimant everywhere and "killed in Ukraine" a place everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from bot.kb.textnorm import ROLE_MARK, Normaliser, is_number, stem, tokens

Role = Literal["claimant", "subject"]
MAX_CHARS = 4096


@dataclass(frozen=True, slots=True)
class Party:
    """A party the question names (a government, an alliance) and what it is there: claimant or subject.

    A party named as a place ("killed in Ukraine") is not a party of the question at all.
    """

    source: str
    role: Role


@dataclass(frozen=True, slots=True)
class Question:
    """One message, read once."""

    text: str
    words: tuple[str, ...]
    stems: tuple[str, ...]
    terms: tuple[str, ...]
    numbers: tuple[float, ...]
    parties: tuple[Party, ...] = ()
    origin: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    """Each stem's word as typed, to weigh words the base has never seen by their rarity in English."""

    def claimants(self) -> frozenset[str]:
        """The parties named as making a claim ("according to NATO", "what does Russia admit")."""
        return frozenset(p.source for p in self.parties if p.role == "claimant")


class QuestionReader:
    """Reads messages with the base's normaliser; ``terms`` lets the matcher correct typos and snap figures."""

    def __init__(self, normaliser: Normaliser, terms: Callable[[str], tuple[str, ...]]) -> None:
        self._norm = normaliser
        self._terms = terms

    def read(self, text: str) -> Question:
        """The question in ``text`` (whitespace collapsed, at most 4,096 characters)."""
        clean = " ".join(text.split())[:MAX_CHARS]
        words = tuple(tokens(clean))
        stems = tuple(stem(w) for w in words)
        terms = self._terms(clean)
        parties = tuple(Party(t[len(ROLE_MARK):], "claimant") for t in terms if t.startswith(ROLE_MARK))
        parties += tuple(Party(p, "subject") for p in self._norm.subjects(terms))
        numbers = tuple(float(w) for w in words if is_number(w))
        return Question(clean, words, stems, terms, numbers, parties, dict(zip(stems, words, strict=True)))
