"""Find the knowledge-base entry a question is about, or say honestly that none fits.

Scoring blends two views of each phrasing: IDF-weighted term overlap (which words of the question
does this phrasing explain, and how much of the phrasing does the question cover) and rapidfuzz's
character-level similarity of the term strings. Words the base has never seen weigh as much as its
rarest words, so a question about something else ("helicopters shot down") cannot borrow a
confident score from the few words it shares with the article.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process

from bot.textnorm import Normaliser, phrase_key, rarity, stem, tokens

MatchKind = Literal["entry", "ambiguous", "none"]


@dataclass(frozen=True, slots=True)
class Document:
    """Something a question can match: an entry id and the texts it is matched on."""

    id: str
    label: str
    phrasings: tuple[str, ...]
    extra_terms: tuple[str, ...] = ()
    numbers: tuple[float, ...] = ()
    context: tuple[str, ...] = ()
    abstain: bool = False


@dataclass(frozen=True, slots=True)
class Candidate:
    """One scored entry; ``why`` explains the score for ``ask --explain``."""

    id: str
    label: str
    score: float
    phrasing: str
    why: str


@dataclass(frozen=True, slots=True)
class Match:
    """The matcher's verdict: answer ``best``, ask "did you mean" among ``candidates``, or nothing."""

    kind: MatchKind
    best: Candidate | None
    candidates: tuple[Candidate, ...]
    terms: tuple[str, ...]


_RESCORE = 30
_TELLING_RARITY = 0.35
_SPECIFIC_WINDOW = 15.0
_OVERLAP_WEIGHT = 0.8


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Cut-offs on the 0–100 score; tuned on our own question set, measured on the dev set."""

    answer: float = 52.0
    floor: float = 40.0
    margin: float = 6.0
    short_answer: float = 62.0


@dataclass(frozen=True, slots=True)
class _Phrasing:
    doc: int
    text: str
    terms: frozenset[str]
    joined: str
    weight: float
    surface: str


class Matcher:
    """Built once per knowledge base; ``match`` is pure and allocation-light."""

    def __init__(self, documents: Sequence[Document], normaliser: Normaliser, thresholds: Thresholds | None = None):
        self._docs = tuple(documents)
        self._norm = normaliser
        self._limits = thresholds or Thresholds()
        self._numbers = sorted({n for d in self._docs for n in d.numbers})
        self._vocabulary = self._raw_vocabulary()
        self._vocab_list = sorted(w for w in self._vocabulary if len(w) >= 4 and not w.isdigit())
        per_doc = [self._doc_terms(d) for d in self._docs]
        per_context = [frozenset(t for text in d.context for t in self._norm.terms(text)) for d in self._docs]
        self._idf = self._compute_idf([a | b for a, b in zip(per_doc, per_context, strict=True)])
        self._unknown = math.log(1 + len(self._docs) / 0.5)
        self._phrasings = self._index_phrasings()
        self._by_doc: list[list[_Phrasing]] = [[] for _ in self._docs]
        for p in self._phrasings:
            self._by_doc[p.doc].append(p)
        self._doc_term_sets = [frozenset(t) for t in per_doc]
        self._index = {d.id: i for i, d in enumerate(self._docs)}
        self._context_sets = per_context
        self._postings: dict[str, list[int]] = defaultdict(list)
        for i, terms in enumerate(per_doc):
            for term in terms | per_context[i]:
                self._postings[term].append(i)

    @property
    def thresholds(self) -> Thresholds:
        """The cut-offs in force."""
        return self._limits

    # -- building ---------------------------------------------------------------------------------
    def _raw_vocabulary(self) -> frozenset[str]:
        words: set[str] = set()
        for doc in self._docs:
            for text in (*doc.phrasings, doc.label, *doc.extra_terms, *doc.context):
                words.update(tokens(text))
        return frozenset(words)

    def _doc_terms(self, doc: Document) -> set[str]:
        terms: set[str] = set()
        for text in (*doc.phrasings, doc.label, *doc.extra_terms):
            terms.update(self._norm.terms(text))
        terms.update(_number_term(n) for n in doc.numbers)
        return terms

    def _compute_idf(self, per_doc: list[frozenset[str]] | list[set[str]]) -> dict[str, float]:
        df: dict[str, int] = defaultdict(int)
        for terms in per_doc:
            for term in terms:
                df[term] += 1
        n = len(per_doc)
        return {t: math.log(1 + n / c) for t, c in df.items()}

    def _index_phrasings(self) -> list[_Phrasing]:
        out = []
        for i, doc in enumerate(self._docs):
            numbers = {_number_term(n) for n in doc.numbers}
            for text in (*doc.phrasings, doc.label):
                terms = frozenset(self._norm.terms(text)) | (numbers if _mentions_number(text) else frozenset())
                if terms:
                    surface = phrase_key(text)
                    out.append(_Phrasing(i, text, terms, " ".join(sorted(terms)), self._weight(terms), surface))
        return out

    # -- matching ---------------------------------------------------------------------------------
    def weight(self, term: str) -> float:
        """IDF of a known term; unknown terms weigh like the rarest ones."""
        return self._idf.get(term, self._unknown)

    def _weight(self, terms: Iterable[str]) -> float:
        return sum(self.weight(t) for t in terms)

    def correct(self, word: str) -> str:
        """Fix a typo by the nearest known word; short, numeric and known words are left alone."""
        if word in self._vocabulary or len(word) < 4 or word.isdigit() or stem(word) in self._idf:
            return word
        hit = process.extractOne(word, self._vocab_list, scorer=fuzz.ratio, processor=None, score_cutoff=80)
        return hit[0] if hit else word

    def question_terms(self, text: str) -> tuple[str, ...]:
        """The question's terms, typo-corrected, with numbers snapped to figures in the base."""
        terms = [self._snap(t) for t in self._norm.terms(text, self.correct)]
        return tuple(dict.fromkeys(terms))

    def _snap(self, term: str) -> str:
        if not term.isdigit() or term in self._idf or not self._numbers:
            return term
        value = float(term)
        nearest = min(self._numbers, key=lambda n: abs(n - value))
        return _number_term(nearest) if abs(nearest - value) <= 0.1 * max(nearest, 1) else term

    def _question_weight(self, text: str, terms: frozenset[str]) -> float:
        """Total weight of the question; words the base never saw weigh by how rare they are in English."""
        unknown = {t for t in terms if t not in self._idf}
        if not unknown:
            return self._weight(terms)
        origin = {stem(w): w for w in tokens(text)}
        extra = sum(self._unknown * rarity(origin.get(t, t)) for t in unknown)
        return self._weight(terms - unknown) + extra

    def rank(self, text: str, limit: int = 5) -> tuple[tuple[str, ...], list[Candidate]]:
        """Top candidates for ``text`` with their scores, best first."""
        terms = self.question_terms(text)
        if not terms:
            return terms, []
        qset = frozenset(terms)
        qweight = self._question_weight(text, qset)
        scored = [self._overlap(qset, qweight, d) for d in self._candidates(qset)]
        scored.sort(key=lambda item: item[0], reverse=True)
        joined = " ".join(sorted(qset))
        surface = phrase_key(text)
        final = []
        for overlap, phrasing, why in scored[: max(limit, _RESCORE)]:
            chars = max(fuzz.token_sort_ratio(joined, phrasing.joined, processor=None),
                        fuzz.ratio(surface, phrasing.surface, processor=None)) / 100
            score = 100 * (_OVERLAP_WEIGHT * overlap + (1 - _OVERLAP_WEIGHT) * chars)
            doc = self._docs[phrasing.doc]
            final.append(Candidate(doc.id, doc.label, round(score, 1), phrasing.text, f"{why} chars={chars:.2f}"))
        final.sort(key=lambda c: c.score, reverse=True)
        return terms, final[:limit]

    def _candidates(self, qset: frozenset[str]) -> set[int]:
        found: set[int] = set()
        for term in qset:
            found.update(self._postings.get(term, ()))
        return found

    def _overlap(self, qset: frozenset[str], qweight: float, doc: int) -> tuple[float, _Phrasing, str]:
        """Best phrasing of ``doc`` by weighted overlap, blended with entry- and answer-level coverage."""
        doc_cover = self._weight(qset & self._doc_term_sets[doc]) / qweight
        ctx_cover = self._weight(qset & (self._doc_term_sets[doc] | self._context_sets[doc])) / qweight
        best: tuple[float, _Phrasing, str] | None = None
        for p in self._by_doc[doc]:
            shared = qset & p.terms
            sweight = self._weight(shared)
            cover_q = sweight / qweight
            cover_p = sweight / p.weight if p.weight else 0.0
            value = 0.40 * cover_q + 0.30 * cover_p + 0.15 * doc_cover + 0.15 * ctx_cover
            if best is None or value > best[0]:
                why = f"q={cover_q:.2f} p={cover_p:.2f} doc={doc_cover:.2f} ctx={ctx_cover:.2f} shared={sorted(shared)}"
                best = (value, p, why)
        assert best is not None
        return best

    def match(self, text: str) -> Match:
        """Decide: one entry, a "did you mean" among close ones, or no match."""
        terms, ranked = self.rank(text)
        if not ranked or ranked[0].score < self._limits.floor:
            return Match("none", None, tuple(ranked[:3]), terms)
        top = self._specific(text, terms, ranked)
        if top is not ranked[0]:
            return Match("entry", top, (top, *(c for c in ranked[:3] if c is not top)), terms)
        runner = ranked[1].score if len(ranked) > 1 else 0.0
        clear = top.score - runner >= self._limits.margin
        short = len(terms) <= 2
        needed = self._limits.short_answer if short else self._limits.answer
        if top.score >= needed or (clear and not short):
            return Match("entry", top, tuple(ranked[:3]), terms)
        close = tuple(c for c in ranked[:3] if top.score - c.score < 2 * self._limits.margin)
        return Match("ambiguous", top, close if len(close) > 1 else tuple(ranked[:3]), terms)


    def _specific(self, text: str, terms: tuple[str, ...], ranked: list[Candidate]) -> Candidate:
        """Prefer a close "not covered" candidate that explains a telling word the top entry cannot.

        "How many soldiers died in the Chechen war" shares most words with the death-toll entry, but
        "Chechen" is the word that matters, and only the not-covered entry about earlier wars has it.
        A word is telling when it is uncommon in English (rarity), whatever the base's IDF says.
        """
        top = ranked[0]
        top_doc = self._index[top.id]
        if self._docs[top_doc].abstain:
            return top
        origin = {stem(w): w for w in tokens(text)}
        rare = {t: rarity(origin.get(t, t)) for t in terms}
        known = self._doc_term_sets[top_doc] | self._context_sets[top_doc]
        telling = {t for t in terms if t not in known and rare[t] >= _TELLING_RARITY}
        for other in ranked[1:]:
            doc = self._index[other.id]
            if top.score - other.score > _SPECIFIC_WINDOW:
                break
            gained = telling & self._doc_term_sets[doc]
            if not self._docs[doc].abstain or not gained:
                continue
            lost = {t for t in terms if t in known and t not in self._doc_term_sets[doc]}
            if max((rare[t] for t in lost), default=0.0) < max(rare[t] for t in gained):
                return other
        return top


def _number_term(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _mentions_number(text: str) -> bool:
    return any(t.isdigit() for t in tokens(text))
