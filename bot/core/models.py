"""What flows out of the core: an answer with its attributions, caveats, citations and choices."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from bot.core.conversation import Context
from bot.kb.schema import Language

AnswerKind = Literal["answer", "sources", "details", "not_covered", "ambiguous", "no_match", "small_talk"]


class Outcome(StrEnum):
    """How a question fared, for the question store, its SQL CHECK, the report and /stats: the one list."""

    NO_MATCH = "no_match"
    AMBIGUOUS = "ambiguous"
    NOT_COVERED = "not_covered"
    ANSWERED = "answered"


_OUTCOMES: dict[AnswerKind, Outcome] = {
    "answer": Outcome.ANSWERED, "sources": Outcome.ANSWERED, "details": Outcome.ANSWERED,
    "not_covered": Outcome.NOT_COVERED, "ambiguous": Outcome.AMBIGUOUS, "no_match": Outcome.NO_MATCH,
    "small_talk": Outcome.NO_MATCH,
}


@dataclass(frozen=True, slots=True)
class Choice:
    """An entry offered to the user: as a related question or a "did you mean" option."""

    id: str
    label: str
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class Citation:
    """The article's exact words behind a claim, and how they reached it."""

    claim_id: str
    claimant: str
    chain: tuple[str, ...]
    quote: str
    slide: str
    translation: str | None = None
    """The quote in the reply's language, shown under the English and marked as a translation."""


@dataclass(frozen=True, slots=True)
class Answer:
    """Everything a renderer needs; ``answered`` is true only when article information answers the question."""

    question: str
    kind: AnswerKind
    answered: bool
    parts: tuple[str, ...]
    entry_id: str | None = None
    score: float = 0.0
    sources: tuple[str, ...] = ()
    caveats: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()
    related: tuple[Choice, ...] = ()
    alternatives: tuple[Choice, ...] = ()
    not_covered_kind: str | None = None
    lang: Language = "en"
    """The language of the reply: the question's own."""

    @property
    def outcome(self) -> Outcome:
        """What the curators count: answered, not covered, ambiguous or no match."""
        return _OUTCOMES[self.kind]

    def context(self) -> Context:
        """What the next message in this chat may refer back to."""
        if self.kind == "ambiguous":
            return Context(None, tuple(c.id for c in self.alternatives), self.question, self.lang)
        remembered = self.answered or self.kind == "not_covered"
        return Context(self.entry_id if remembered else None, (), self.question, self.lang)
