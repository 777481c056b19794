"""Questions about the article's figures, answered from the claims' structured figures, never from typed text.

"Where does 29,200 come from?", "which estimate is the lowest?", "how many times bigger is Ukraine's figure
than Russia's?", "how wide is NATO's range?": the reply names each figure's claimant (and who relayed it),
and a computed value says it is computed from the article's figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.core.cards import casualty_claims
from bot.core.question import Question
from bot.kb.knowledge import KnowledgeBase
from bot.kb.messages import MessageKey
from bot.kb.schema import Claim, Figure
from bot.kb.textnorm import is_number, stem, tokens

Operation = Literal["whose", "lowest", "highest", "difference", "ratio", "width", "midpoint"]


def _stems(words: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words.split())


_WHOSE = _stems("who whose where from source sources come came says said according claim claims origin whom "
                "cited cite reported report")
_LOWEST = _stems("lowest smallest least fewest minimum lowball conservative")
_HIGHEST = _stems("highest biggest largest maximum most top")
_DIFFERENCE = _stems("difference differ gap apart exceed exceeds compare compared comparison vs versus")
_COMPARATIVE = _stems("more fewer less bigger higher smaller lower larger greater")
_THAN = stem("than")
_RATIO = _stems("times ratio fold multiple")
_WIDTH = _stems("wide width spread span range")
_MIDPOINT = _stems("midpoint middle average mean halfway")
_LOW_END = _stems("low lower minimum min bottom floor least")
_HIGH_END = _stems("high upper maximum max top ceiling most")
_TOPIC = _stems("killed kill dead die died death deaths toll casualties losses lost estimate estimates figure "
                "figures number numbers count tally")
_QUESTION_NOISE = _stems("the a an is are was were of for that this thing figure number what whats about and or "
                         "to in it its from s")


@dataclass(frozen=True, slots=True)
class Estimate:
    """One party's figure: the claim that gives it and the figure itself."""

    claim: Claim
    figure: Figure

    @property
    def values(self) -> tuple[float, ...]:
        """The figure's number, or its low and high ends."""
        return self.figure.values()


@dataclass(frozen=True, slots=True)
class FigureAnswer:
    """What the answerer needs to compose the reply: the text and the claims it rests on."""

    text: str
    claims: tuple[Claim, ...]


class FigureReader:
    """Recognises figure questions and answers them from the base's claims."""

    def __init__(self, kb: KnowledgeBase, parties: dict[str, str]) -> None:
        self.kb = kb
        self._estimates = [Estimate(c, f) for c in casualty_claims(kb) for f in c.figures]
        self._all = [Estimate(c, f) for c in kb.claims.values() for f in c.figures
                     if c.claimant in kb.sources and kb.sources[c.claimant].role != "article_analysis"]
        """Figures a party gives: the headline's "nearly 30,000?" is the article's question, not anyone's figure."""
        self._parties = {stem(t): party for alias, party in parties.items() for t in tokens(alias)
                         if len(tokens(alias)) == 1}

    def answer(self, question: Question, *, in_topic: bool = False) -> FigureAnswer | None:
        """The reply to a figure question, or ``None`` when the question is not one."""
        stems = list(question.stems)
        numbers = list(question.numbers)
        named = [e for e in self._named(stems, question.claimants()) if e in self._estimates]
        known = [n for n in numbers if self._figure_of(n) is not None]
        about_toll = in_topic or bool(known) or any(s in _TOPIC for s in stems)
        if len(named) > 2:
            return None  # "ukraine vs nato vs russia": all the estimates, which the entry on them gives
        wanted = set(stems)
        if _THAN in wanted and wanted & _COMPARATIVE:
            wanted |= _DIFFERENCE
        op = self._operation(wanted, numbers, named, about_toll)
        if op is None:
            return None
        if op == "whose":
            return self._whose(numbers)
        if op in ("lowest", "highest"):
            return self._extreme(op)
        if op in ("width", "midpoint"):
            ranged = next((e for e in (named or self._estimates) if e.figure.value is None), None)
            return self._range(op, ranged) if ranged else None
        pair = self._pair(named)
        return self._compare(op, pair, set(stems)) if pair else None

    # -- reading the question ---------------------------------------------------------------------
    def _operation(self, stems: set[str], numbers: list[float], named: list[Estimate],
                   about_toll: bool) -> Operation | None:
        known = [n for n in numbers if self._figure_of(n) is not None]
        if stems & _RATIO and about_toll and (len(named) >= 2 or len(known) >= 2):
            return "ratio"
        if stems & _MIDPOINT and about_toll:
            return "midpoint"
        ranged = any(e.figure.value is None for e in named)
        only_range = len(named) == 1 and ranged
        if only_range and (stems & _WIDTH or (stems & _DIFFERENCE and stems & _LOW_END and stems & _HIGH_END)):
            return "width"
        if stems & _DIFFERENCE and about_toll and len(named) >= 2:
            return "difference"
        if about_toll and not named and stems & (_DIFFERENCE | _WIDTH) and stems & _stems("estimates figures"):
            return "difference"
        if about_toll and stems & _LOWEST and not stems & _HIGH_END:
            return "lowest"
        if about_toll and stems & _HIGHEST and not stems & _LOW_END and not known:
            return "highest"
        if known and (stems & _WHOSE or not stems - _QUESTION_NOISE - _TOPIC - {_number(n) for n in numbers}):
            return "whose"
        return None

    def _named(self, stems: list[str], claimants: frozenset[str]) -> list[Estimate]:
        """Estimates the question points at, in the order it names them (by party or by number).

        A party counts wherever it is named ("ukraine vs russia"), unless the question names claimants
        ("according to NATO, how many more than Russia's"), in which case those come first.
        """
        found: list[Estimate] = []
        for term in stems:
            estimate = None
            if is_number(term):
                estimate = self._figure_of(float(term))
            elif term in self._parties:
                estimate = self._party_estimate(self._parties[term])
            if estimate is not None and estimate not in found:
                found.append(estimate)
        first = [e for party in sorted(claimants) if (e := self._party_estimate(party)) is not None]
        return [*first, *(e for e in found if e not in first)]

    def _party_estimate(self, party: str) -> Estimate | None:
        return next((e for e in self._estimates if e.claim.claimant == party), None)

    def _figure_of(self, number: float) -> Estimate | None:
        return next((e for e in self._all if number in e.values), None)

    def _pair(self, named: list[Estimate]) -> tuple[Estimate, Estimate] | None:
        if len(named) >= 2:
            return named[0], named[1]
        if not named and len(self._estimates) >= 2:
            ordered = sorted(self._estimates, key=lambda e: max(e.values), reverse=True)
            return ordered[0], ordered[-1]
        return None

    # -- composing --------------------------------------------------------------------------------
    def _whose(self, numbers: list[float]) -> FigureAnswer | None:
        estimates = [e for n in numbers if (e := self._figure_of(n)) is not None]
        if not estimates:
            return None
        unique = list({(e.claim.id, e.figure.label): e for e in estimates}.values())
        lines = [self._say("figure-whose", value=amount(e.figure), who=self._who(e.claim), what=_what(e.figure))
                 for e in unique]
        return FigureAnswer(" ".join(lines), tuple({e.claim.id: e.claim for e in unique}.values()))

    def _extreme(self, op: Operation) -> FigureAnswer:
        ordered = sorted(self._estimates, key=lambda e: min(e.values) if op == "lowest" else max(e.values),
                         reverse=op == "highest")
        first, others = ordered[0], ordered[1:]
        rest = "; ".join(f"{self._who(e.claim)}: {amount(e.figure)}" for e in others)
        key: MessageKey = "figure-lowest" if op == "lowest" else "figure-highest"
        text = self._say(key, value=amount(first.figure), who=self._who(first.claim), others=rest)
        return FigureAnswer(text, tuple(e.claim for e in ordered))

    def _range(self, op: Operation, ranged: Estimate) -> FigureAnswer:
        low, high = ranged.figure.low or 0.0, ranged.figure.high or 0.0
        result = high - low if op == "width" else (low + high) / 2
        key: MessageKey = "figure-width" if op == "width" else "figure-midpoint"
        text = self._say(key, who=self._who(ranged.claim), value=amount(ranged.figure), result=_plain(result))
        return FigureAnswer(text, (ranged.claim,))

    def _compare(self, op: Operation, pair: tuple[Estimate, Estimate], stems: set[str]) -> FigureAnswer:
        a, b = sorted(pair, key=lambda e: max(e.values), reverse=True)
        a_values, b_values = _ends(a, stems), _ends(b, stems)
        key: MessageKey
        if op == "ratio":
            results = sorted({x / y for x in a_values for y in b_values if y})
            result = _span([f"{r:.1f}".removesuffix(".0") for r in (results[0], results[-1])])
            key = "figure-ratio"
        else:
            results = sorted({x - y for x in a_values for y in b_values})
            result = _span([_plain(results[0]), _plain(results[-1])])
            key = "figure-difference"
        text = self._say(key, a_who=self._who(a.claim), a_value=_amount_of(a, a_values),
                         b_who=self._who(b.claim), b_value=_amount_of(b, b_values), result=result)
        return FigureAnswer(text, (a.claim, b.claim))

    def _who(self, claim: Claim) -> str:
        """'the Ukrainian authorities (via Deutsche Welle)': the claimant and who relayed it to the article."""
        names = [self.kb.sources[s].name for s in claim.chain if s in self.kb.sources and s != "article"]
        if not names:
            return self.kb.sources[claim.claimant].name if claim.claimant in self.kb.sources else claim.claimant
        via = self.kb.messages.text("figure-via", "en", names=", ".join(names[1:])) if len(names) > 1 else ""
        return f"{names[0]} {via}".strip()

    def _say(self, key: MessageKey, **fields: object) -> str:
        text = self.kb.messages.text(key, "en", **fields)
        return text[:1].upper() + text[1:]


def amount(figure: Figure) -> str:
    """29,200, 7,000–15,000 or 70%: a figure as the article writes it."""
    low, high = _plain(figure.low or 0.0), _plain(figure.high or 0.0)
    text = f"{low}–{high}" if figure.value is None else _plain(figure.value)
    return f"{text}%" if figure.unit == "percent" else text


def _amount_of(estimate: Estimate, values: tuple[float, ...]) -> str:
    if len(values) == 1 and estimate.figure.value is None:
        return _plain(values[0])
    return amount(estimate.figure)


def _ends(estimate: Estimate, stems: set[str]) -> tuple[float, ...]:
    """A range's low end, high end or both, as the question asks ("NATO's low end vs Russia's number")."""
    figure = estimate.figure
    if figure.value is not None:
        return (figure.value,)
    if stems & _LOW_END and not stems & _HIGH_END:
        return (figure.low or 0.0,)
    if stems & _HIGH_END and not stems & _LOW_END:
        return (figure.high or 0.0,)
    return (figure.low or 0.0, figure.high or 0.0)


def _span(texts: list[str]) -> str:
    return texts[0] if texts[0] == texts[-1] else f"{texts[0]}–{texts[-1]}"


def _plain(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _what(figure: Figure) -> str:
    """'Russian soldiers killed, NATO estimate' from the label 'Russian soldiers killed (NATO estimate)'."""
    return figure.label.replace(" (", ", ").replace(")", "")
