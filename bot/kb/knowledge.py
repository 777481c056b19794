"""The loaded knowledge base: every source, claim, entry and message, keyed by id, with where each was defined."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from bot.kb.article import Article
from bot.kb.messages import Messages
from bot.kb.schema import (
    Caveat,
    Claim,
    Entry,
    Example,
    Language,
    Lexicon,
    NotCovered,
    Source,
    SourceText,
    Topic,
    Translation,
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
    translations: dict[str, Translation] = field(default_factory=dict)
    """Every text in Russian, Ukrainian and Spanish, by language; English is the base itself."""
    where: dict[tuple[str, str], Located] = field(default_factory=dict, compare=False, repr=False)

    def claims_of(self, entry: Entry) -> list[Claim]:
        """The claims an entry cites, in its order (a dangling id is the checker's to report, not ours)."""
        return [self.claims[c] for c in entry.claims if c in self.claims]

    def caveats_of(self, claims: Iterable[Claim]) -> tuple[Caveat, ...]:
        """The caveats of ``claims``, each once, in first-seen order (dangling ids are the checker's)."""
        ids = dict.fromkeys(cid for c in claims for cid in c.caveats if cid in self.caveats)
        return tuple(self.caveats[cid] for cid in ids)

    def label(self, entry_id: str, lang: Language = "en") -> str:
        """A readable label for an entry or not-covered entry (for buttons and "did you mean")."""
        tr = self.translations.get(lang)
        text = tr.entries.get(entry_id) or tr.not_covered.get(entry_id) if tr else None
        if text is not None:
            return text.label
        item = self.entries.get(entry_id) or self.not_covered.get(entry_id)
        return item.label if item else entry_id

    def answer_text(self, entry: Entry, lang: Language = "en") -> str:
        """An entry's answer in ``lang`` (English when it has no translation)."""
        tr = self.translations.get(lang)
        text = tr.entries.get(entry.id) if tr else None
        return text.answer if text else entry.answer.en

    def other_way_words(self, entry: Entry, lang: Language = "en") -> list[str]:
        """The words that ask the opposite of what an entry's yes or no answers, in ``lang``."""
        tr = self.translations.get(lang)
        text = tr.entries.get(entry.id) if tr else None
        return text.asked_the_other_way if text else entry.asked_the_other_way if lang == "en" else []

    def details_text(self, entry: Entry, lang: Language = "en") -> str | None:
        """An entry's details ("more") in ``lang``."""
        tr = self.translations.get(lang)
        text = tr.entries.get(entry.id) if tr else None
        if text is not None and text.details:
            return text.details
        return entry.details.en if entry.details else None

    def reply_text(self, item: NotCovered, lang: Language = "en") -> str:
        """A not-covered reply in ``lang``."""
        tr = self.translations.get(lang)
        text = tr.not_covered.get(item.id) if tr else None
        return text.reply if text else item.reply.en

    def yes_no_text(self, item: NotCovered, lang: Language = "en") -> str | None:
        """The article's answer to a yes-or-no question about a missing detail, in ``lang``, if it has one."""
        if item.if_asked_yes_no is None:
            return None
        tr = self.translations.get(lang)
        text = tr.not_covered.get(item.id) if tr else None
        return (text.if_asked_yes_no if text else None) or item.if_asked_yes_no.en

    def caveat_text(self, caveat: Caveat, lang: Language = "en") -> str:
        """A caveat in ``lang``."""
        tr = self.translations.get(lang)
        return tr.caveats.get(caveat.id, caveat.text) if tr else caveat.text

    def source_text(self, source_id: str, lang: Language = "en") -> SourceText | None:
        """A source's names and what it is cited for, in ``lang``."""
        tr = self.translations.get(lang)
        if tr is not None and source_id in tr.sources:
            return tr.sources[source_id]
        return self._english_sources.get(source_id)

    @cached_property
    def _english_sources(self) -> dict[str, SourceText]:
        return {s.id: SourceText(name=s.name, short=s.short, aliases=s.aliases, cited_for=s.cited_for)
                for s in self.sources.values()}

    def source_name(self, source_id: str, lang: Language = "en") -> str:
        """A source's name in ``lang`` ("the Ukrainian authorities", «украинские власти»)."""
        text = self.source_text(source_id, lang)
        return text.name if text else source_id

    def statement_text(self, claim: Claim, lang: Language = "en") -> str | None:
        """What a claim says in ``lang``: the English statement, or its translation (``None`` where it has none)."""
        if lang == "en":
            return claim.statement
        tr = self.translations.get(lang)
        text = tr.claims.get(claim.id) if tr else None
        return text.statement if text else None

    def quote_translation(self, claim: Claim, lang: Language) -> str | None:
        """The article's English words of a claim, translated (shown under the quote, marked as a translation)."""
        tr = self.translations.get(lang)
        text = tr.claims.get(claim.id) if tr else None
        return text.quote if text else None

    def topic_label(self, topic: Topic, lang: Language = "en") -> str:
        """A topic's label in ``lang``."""
        tr = self.translations.get(lang)
        return tr.topics.get(topic.id, topic.label) if tr else topic.label

    def example_question(self, index: int, lang: Language = "en") -> str:
        """The ``index``-th example question in ``lang``."""
        tr = self.translations.get(lang)
        if tr is not None and index < len(tr.examples):
            return str(tr.examples[index])
        return self.examples[index].question.en

    def lexicon_of(self, lang: Language) -> Lexicon:
        """The words the matcher uses for ``lang``."""
        tr = self.translations.get(lang)
        return tr.lexicon if tr is not None else self.lexicon


