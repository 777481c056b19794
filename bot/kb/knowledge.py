"""The loaded knowledge base: every source, claim, entry and message, keyed by id, with where each was defined."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.kb.article import Article
from bot.kb.messages import Messages
from bot.kb.schema import (
    Caveat,
    Claim,
    Entry,
    Example,
    Lexicon,
    NotCovered,
    Source,
    Topic,
)
from bot.kb.yamlsource import YamlDoc


@dataclass(frozen=True, slots=True)
class Located:
    """Where an item was defined, so later checks can point back at its file and line."""

    file: str
    line: int
    path: tuple[str | int, ...]
    doc: YamlDoc


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything the bot knows, keyed by id; built once and shared read-only."""

    article: Article
    sources: dict[str, Source]
    caveats: dict[str, Caveat]
    claims: dict[str, Claim]
    topics: dict[str, Topic]
    entries: dict[str, Entry]
    not_covered: dict[str, NotCovered]
    lexicon: Lexicon
    examples: tuple[Example, ...] = ()
    messages: Messages = field(default_factory=lambda: Messages({}))
    where: dict[tuple[str, str], Located] = field(default_factory=dict, compare=False, repr=False)

    def claims_of(self, entry: Entry) -> list[Claim]:
        """The claims an entry cites, in its order (a dangling id is the checker's to report, not ours)."""
        return [self.claims[c] for c in entry.claims if c in self.claims]

    def caveats_of(self, claims: Iterable[Claim]) -> tuple[Caveat, ...]:
        """The caveats of ``claims``, each once, in first-seen order (dangling ids are the checker's)."""
        ids = dict.fromkeys(cid for c in claims for cid in c.caveats if cid in self.caveats)
        return tuple(self.caveats[cid] for cid in ids)

    def label(self, entry_id: str) -> str:
        """A readable label for an entry or not-covered entry (for buttons and "did you mean")."""
        item = self.entries.get(entry_id) or self.not_covered.get(entry_id)
        return item.label if item else entry_id


