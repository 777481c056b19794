"""Questions about the article's figures, answered from the claims' structured figures, never from typed text.

"Where does 29,200 come from?", "which estimate is the lowest?", "how many times bigger is Ukraine's figure
than Russia's?", "how wide is NATO's range?": the reply names each figure's claimant (and who relayed it),
and a computed value says it is computed from the article's figures.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from bot.core.conversation import EITHER_OR, HEARSAY
from bot.core.question import Question, asked_sentences
from bot.kb.knowledge import KnowledgeBase
from bot.kb.messages import MessageKey
from bot.kb.schema import Claim, Figure, Language
from bot.kb.textnorm import DEMONYMS, RELATIVE_WORDS, ROLE_MARK, Normaliser, is_number, number_term, stem, tokens

Operation = Literal["whose", "party", "lowest", "highest", "extremes", "difference", "ratio", "share", "width",
                    "midpoint", "within", "high_end", "low_end"]


def _stems(words: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words.split())


_WHOSE = _stems("who whose where from source sources come came says said according claim claims origin whom "
                "cited cite reported report true accurate believable reliable correct legit real trust")
_WHERE_PEOPLE_WERE = _stems("go goes went gone fight fighting fought serve served serving stationed deployed")
"""Where people went, fought or served is no question about where a figure comes from."""
_WHERE = stem("where")
_NOW = _stems("now currently nowadays")
""""Where are those 14 now?": where people are, not where the figure comes from ("is 29,200 current?" asks its date)."""
_LOWEST = _stems("lowest smallest least fewest minimum lowball conservative")
_HIGHEST = _stems("highest biggest largest maximum top")
_DIFFERENCE = _stems("difference differ gap apart exceed exceeds compare compared comparison vs versus subtract minus "
                     "agree agrees disagree disagrees")
_COMPARATIVE = _stems("more fewer less bigger higher smaller lower larger greater above below")
_THAN = stem("than")
_RATIO = _stems("times ratio fold multiple double twice triple thrice divided")
_TIME = _stems("times")
"""The one ratio word that may only mean an occasion ("math time")."""
_SUBTRACT = _stems("minus subtract subtracted")
_SHARE = _stems("percent percentage proportion")
_WIDTH = _stems("wide width spread span range")
_MIDPOINT = _stems("midpoint middle average mean halfway")
_WITHIN = _stems("within inside outside beyond range fall falls fit fits")
_EVERY = _stems("all each every")
_LOW_END = _stems("low minimum min bottom floor least")
_HIGH_END = _stems("high upper maximum max top ceiling")
_TOPIC = _stems("killed kill dead die died death deaths toll casualties losses lost estimate estimates figure "
                "figures number numbers count tally")
_THE_DEAD = _stems("killed kill dead die died death deaths casualties losses lost soldiers soldier troops troop "
                   "men fatalities kia")
"""Beside a party's name, the dead ("Russian deaths", "dead Russians") say whose dead they are, not whose figure;
each language adds its own (``figure_words.dead``: «muertos rusos»)."""
_ENGLISH: dict[str, frozenset[str]] = {
    "whose": _WHOSE, "lowest": _LOWEST, "highest": _HIGHEST, "difference": _DIFFERENCE, "comparative": _COMPARATIVE,
    "than": frozenset({_THAN}), "ratio": _RATIO, "share": _SHARE, "width": _WIDTH, "midpoint": _MIDPOINT,
    "low_end": _LOW_END, "high_end": _HIGH_END, "toll": _TOPIC, "within": _WITHIN, "dead": _THE_DEAD,
    "demonyms": DEMONYMS,
}
"""The words that ask about figures in English; each language's lexicon adds its own (``figure_words``)."""
_ARITHMETIC = ("lowest", "highest", "difference", "comparative", "ratio", "share", "width", "midpoint")
"""The kinds of figure word that ask for an operation on figures, not for a figure."""
_SIDE_BY_SIDE = ("compar", "vs", "versus", "сравн", "против", "порівн", "проти")
"""How "compare", "vs" begin in each language: words setting the estimates side by side, which asks no arithmetic
("ukraine vs nato vs russia", «порівняй цифри»), unlike "difference" or "how many times"."""
_NEARER = _stems("closer closest nearer nearest")
"""Words setting one figure beside two others ("is nato's number closer to ukraine's or russia's?")."""
_ROUNDED_FROM = 1000.0
_ROUNDING = 0.05
"""How far a rounded number may be from a figure and still be it: 30,000 is 29,200's headline rounding."""
_SHIFTS = (10.0, 100.0, 1000.0)
"""A count told with a zero or three too many (140, 1,400, «14 тисяч» for the 14 who quit): the same story."""
_BESIDE = 3
"""How many words from a percentage what it counts may come ("up to 90% of the men in some battalions")."""
_WHOLE = "100"
"""The percentage that may say how sure, not how many ("100% legal")."""
_STORY_CLAIMS = 2
"""How many claims at most may say a word of a counted story for it to tell that story ("promised", "medals")."""
_ROUGHLY = 0.35
"""How far a death toll typed from memory may be from an estimate and still be that estimate, roughly put."""
_YEARS = (1900.0, 2100.0)
"""Numbers read as years, never as a stated death toll ("how many died in 2022")."""
_DEGREE = _stems("most least")
"""Words of degree that only make another word a superlative ("the most accurate one"): no end of a range."""
_AT = stem("at")
_HEDGED = _stems("least most")
""""At least", "at most": words that hedge a sentence, not the lowest or highest figure."""
_EITHER = EITHER_OR | {"ил"}
""""Or" in each language as the figure reader's stems have it: «или» is «ил» to the Russian stemmer."""
_APART = stem("apart")
_FALLING = _stems("fall falls falling fell fallen come comes coming came")
""""Falling apart", "coming apart": collapsing, not how far apart two figures are."""
_END_WORDS = _stems("end ends bound bounds limit figure figures number estimate")
"""Words said with a figure word that ask nothing more ("the upper end", "the lower bound")."""
_A_FIGURE = _stems("figure figures number numbers estimate estimates count tally")
"""... unless a figure word follows ("the Russian death figures" is Russia's figure)."""
_MARK = "§"
"""Prefix of the stand-in term a multi-word figure phrase adds to the question's words."""
_ASKING_BEFORE = frozenset("and but so then ok okay tell me us know say ask asking wonder exactly again also or of "
                           "about to by from is was who".split())
"""Words after which "who" still asks who ("tell me who", "and who"); after a noun it is a relative ("the soldiers who
quit")."""


_FROM_ASKING = frozenset("where come came comes coming is are was were it its that this figure number estimate "
                         "data stat stats taken get got".split())
"""Words after which "from" asks where a figure comes from ("where is the 14 from", "is that from Ukraine")."""
_DONDE_ASKING = frozenset("de y e pero o entonces dime decime sabes sabe saber decir me nos pregunto exactamente es "
                          "fue vale ok a".split())
"""Words after which Spanish «donde» still asks where from («¿de donde sale el 70%?», «y donde lo dicen»); after a noun
it is a relative («el batallón donde renunció el 70%»)."""
_ASKING_AFTER: dict[str, tuple[frozenset[str], bool]] = {
    "who": (_ASKING_BEFORE, False), "where": (_ASKING_BEFORE, False), "from": (_FROM_ASKING, True),
    "donde": (_DONDE_ASKING, False)}
"""Per word that may ask whose a figure is: the words after which it still asks, and whether a number does too."""


_SAYING = HEARSAY | frozenset("сказала говорил казав заявил заявляет заявив посчитал считал считает рахує рахував "
                              "писал пише писав это це".split())
"""Words after «кто», «хто» that make them ask who gave a figure («14 кто сказал?», «29200 хто рахує?»): the verbs
that pass on what someone said, and a few more of giving a figure."""
_THOSE = frozenset("те тех тем теми ті тих тим тими".split())
"""Russian and Ukrainian "those": «кто», «хто» after them, or after them and a number, open a relative clause («тих
14, хто відмовився»); anywhere else they may ask who («70% уволились? кто это утверждает»)."""


def _relative(words: Sequence[str]) -> frozenset[str]:
    """The words of a question that may ask whose a figure is but, every time, open a relative clause: "did the 14
    soldiers who quit face charges?", "the 14 guys from the reuters story", "name the battalions where 70% quit",
    «el batallón donde renunció el 70%», «тих 14, хто відмовився»."""
    found = set()
    for word, (asking, numbers_ask) in _ASKING_AFTER.items():
        at = [i for i, w in enumerate(words) if w == word]
        if at and all(i > 0 and words[i - 1] not in asking and not (numbers_ask and is_number(words[i - 1]))
                      for i in at):
            found.add(word)
    for word in ("кто", "хто"):
        at = [i for i, w in enumerate(words) if w == word]
        if at and all(_after_those(words, i) and words[i + 1 : i + 2] and words[i + 1] not in _SAYING for i in at):
            found.add(word)
    return frozenset(found)


def _after_those(words: Sequence[str], i: int) -> bool:
    """Whether the word at ``i`` follows «те», «тих» (directly, or after a number): «тих 14, хто відмовився»."""
    return i > 0 and (words[i - 1] in _THOSE or (i > 1 and is_number(words[i - 1]) and words[i - 2] in _THOSE))


def _whose_dead(stems: Sequence[str], i: int, w: Mapping[str, frozenset[str]]) -> bool:
    """Whether the party's name at ``i`` is a demonym naming whose dead, not whose figure: after the dead in every
    language ("dead russians", «muertos rusos»), before them in English only ("russian deaths"; "the Russian death
    figures" is Russia's figure, and «la cifra ucraniana de muertos» is Ukraine's)."""
    term = stems[i]
    before = term in DEMONYMS and not set(stems[i + 1 : i + 3]).isdisjoint(_THE_DEAD) \
        and set(stems[i + 1 : i + 4]).isdisjoint(_A_FIGURE)
    return before or (i > 0 and stems[i - 1] in w["dead"] and term in w["demonyms"])


def _either_degree(stems: list[str], w: dict[str, frozenset[str]]) -> bool:
    """Whether a message asks one of two degrees ("more or less?", «больше или меньше?», «більше чи менше?»): which
    side of the other figure it lies on, not the highest or lowest estimate."""
    degrees = w["comparative"] | w["highest"] | w["lowest"]
    return any(a in degrees and b in _EITHER and c in degrees and a != c
               for a, b, c in zip(stems, stems[1:], stems[2:], strict=False))


def _than_at(stems: Sequence[str], w: dict[str, frozenset[str]]) -> int | None:
    """Where the "than" after a comparative is ("more than", «más ... que»), ``None`` with no comparison: «qué más
    contó?» asks what else."""
    first = next((i for i, s in enumerate(stems) if s in w["comparative"]), None)
    return None if first is None else next((i for i in range(first + 1, len(stems)) if stems[i] in w["than"]), None)


_CHECKING = _stems("true accurate correct legit real")
"""Words that check a figure rather than ask where it comes from (English; each language's own are its lexicon's
checking words)."""
_QUESTION_NOISE = _stems("the a an is are was were of for that this thing figure number what whats about and or "
                         "to in it its from s do does did")


def casualty_claims(kb: KnowledgeBase) -> list[Claim]:
    """The contested death-toll estimates: claims of contested figures that a party puts forward.

    The headline's "Nearly 30,000 ... killed?" is the article's own question, not a fourth estimate.
    """
    return [
        c for c in kb.claims.values()
        if c.status == "contested_figure" and c.figures
        and (c.claimant not in kb.sources or kb.sources[c.claimant].role != "article_analysis")
    ]


def figure_text(claim: Claim, lang: Language = "en") -> str:
    """A claim's figures as people write them in ``lang``: 29,200 or 7,000–15,000 (29 200, 7 000–15 000)."""
    return ", ".join(amount(f, lang) for f in claim.figures)


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

    def __init__(self, kb: KnowledgeBase, normalisers: Mapping[Language, Normaliser]) -> None:
        self.kb = kb
        self._norms = normalisers
        self._words: dict[Language, dict[str, frozenset[str]]] = {}
        self._phrases: dict[Language, list[tuple[tuple[str, ...], str]]] = {}
        for lang, norm in normalisers.items():
            lexicon = kb.lexicon_of(lang)
            own: dict[str, list[str]] = {str(k): v for k, v in lexicon.figure_words.items()} if lang != "en" else {}
            stemmed = {kind: [tuple(norm.stem(t) for t in tokens(w)) for w in own.get(kind, [])] for kind in _ENGLISH}
            self._words[lang] = {kind: _ENGLISH[kind] | {k[0] for k in keys if len(k) == 1} | {_MARK + kind}
                                 for kind, keys in stemmed.items()}
            self._phrases[lang] = [(k, kind) for kind, keys in stemmed.items() for k in keys if len(k) > 1]
        parties = {alias: s.id for lang in normalisers for s in kb.sources.values()
                   if s.role in ("belligerent_government", "military_alliance")
                   and (names := kb.source_text(s.id, lang)) for alias in (names.short, *names.aliases)}
        self._parties = {normalisers[lang].stem(t): party for lang in normalisers
                         for alias, party in parties.items() for t in tokens(alias) if len(tokens(alias)) == 1}
        self._estimates = [Estimate(c, f) for c in casualty_claims(kb) for f in c.figures]
        self._largest_first = sorted(self._estimates, key=lambda e: max(e.values), reverse=True)
        """The death-toll estimates by their upper figure, highest first (sorted once: they never change)."""
        self._all = [Estimate(c, f) for c in kb.claims.values() for f in c.figures
                     if c.claimant in kb.sources and kb.sources[c.claimant].role != "article_analysis"]
        """Figures a party gives: the headline's "nearly 30,000?" is the article's question, not anyone's figure."""
        self._shares = [e for e in self._all if e.figure.unit == "percent"]
        self._counts = [e for e in self._all if e.figure.unit == "soldiers" and e.figure.value is not None]
        """People a story counts ("there were 14 of us"), not killed and not a share."""
        self._percent = {lang: frozenset(t for t in (*norm.terms("50%"), *norm.expanded_stems(tokens("50%")))
                                         if not is_number(t)) for lang, norm in normalisers.items()}
        """The term and the stem a percent sign is read as in each language ("percent", «процент»)."""
        self._share_words = {lang: frozenset(t for e in self._shares for t in norm.terms(self._statement(e, lang))
                                             if not is_number(t) and t not in self._percent[lang]
                                             and not t.startswith(ROLE_MARK))
                             for lang, norm in normalisers.items()}
        """What a share of the article counts, in each language ("soldiers", "resigned", "battalions"): a percentage
        with none of these words beside it counts something else ("100% sure the article is fake")."""
        tolls = {lang: frozenset(t for e in self._estimates for t in norm.terms(self._statement(e, lang)))
                 for lang, norm in normalisers.items()}
        self._quitting = {lang: frozenset(t for e in self._counts for t in norm.terms(self._statement(e, lang))
                                          if t in self._share_words[lang] and t not in tolls[lang])
                          for lang, norm in normalisers.items()}
        """What the people a story counts did, in each language ("resign", «увол»): the words its count and the
        share of resignations both use and no death toll does."""
        told = Counter((lang, t) for c in kb.claims.values() for lang, norm in normalisers.items()
                       for t in set(norm.terms(self._translated(c, lang) or c.statement)))
        slides = {e.claim.slide for e in self._counts}
        self._story_words = {lang: frozenset(t for c in kb.claims.values() if c.slide in slides
                                             for t in norm.terms(self._translated(c, lang) or c.statement)
                                             if told[lang, t] <= _STORY_CLAIMS and not is_number(t))
                             for lang, norm in normalisers.items()}
        """What the story a count is told in says and few other claims do, in each language ("promised", "pay",
        "medals"): a message with another count that says one of these retells that story."""


    def asks_whose(self, question: Question) -> bool:
        """Whether the question asks whose a figure of the base is ("de quién es la cifra de 29.200?"), not where
        the people it counts went or fought ("where were those 14 fighting?")."""
        return self._asks_of_figure(question, self._words.get(question.lang, _ENGLISH)["whose"])

    def asks_origin(self, question: Question) -> bool:
        """Whether the question asks where a figure comes from, not only whether it holds: "whose is the 29,200?",
        not "name the battalions where 70% quit. if it's real they can" (the gap's reply names its claimant)."""
        return self._asks_of_figure(question, self._origin_words(question.lang))

    def _origin_words(self, lang: Language) -> frozenset[str]:
        """The words asking where a figure comes from, without those that only check it ("true", "legit")."""
        norm = self._norms.get(lang)
        checking = norm.checking_words if norm else frozenset()
        return self._words.get(lang, _ENGLISH)["whose"] - checking - _CHECKING

    def _asks_of_figure(self, question: Question, asking: frozenset[str]) -> bool:
        relative = self._relative_stems(question)
        stems = self._stems(question)
        return any(self._figure_of(n) is not None for n in question.numbers) \
            and _WHERE_PEOPLE_WERE.isdisjoint(stems) and any(s in asking and s not in relative for s in stems)

    def asks_arithmetic(self, question: Question) -> bool:
        """Whether the question asks for an operation on figures ("how many times", "the lowest", "difference")."""
        w = self._words.get(question.lang, _ENGLISH)
        wanted = self._wanted(question)
        return any(wanted & w[k] for k in _ARITHMETIC)

    def only_figure_words(self, question: Question) -> bool:
        """Whether the message is only words asking about figures ("whats the upper end?", «а минимум?»)."""
        w = self._words.get(question.lang, _ENGLISH)
        kinds = (*_ARITHMETIC, "low_end", "high_end")
        asking = frozenset().union(*(w[k] for k in kinds))
        asked = [t for t in question.terms if t not in _END_WORDS]
        return bool(asked) and all(t in asking for t in asked)

    def asks_end(self, question: Question) -> bool:
        """Whether the question asks for an end of a range ("max?", "upper end?", «а минимум?»), not for the
        lowest or highest of the estimates ("and the lowest?")."""
        w = self._words.get(question.lang, _ENGLISH)
        stems = self._wanted(question)
        ends = w["low_end"] | w["high_end"]
        return bool(stems & ends - _DEGREE) and not stems & ((w["lowest"] | w["highest"]) - ends)

    def compares_claimants(self, question: Question) -> bool:
        """Whether the question weighs one party's figure against another's, one of them named as claiming it
        («во сколько раз цифры у Украины отличаются от того, что признаёт Россия»): figures of the article, even
        where a party's name also reads as its losses."""
        if not question.claimants():
            return False
        w = self._words.get(question.lang, _ENGLISH)
        stems = self._stems(question)
        wanted = self._wanted(question, stems)
        named = [e for e in self._named(stems, question.claimants(), w=w) if e in self._estimates]
        return bool(wanted & (w["ratio"] | w["difference"])) and len(named) >= 2

    def _wanted(self, question: Question, stems: list[str] | None = None) -> set[str]:
        """The question's stems with a mark for each figure phrase of several words it holds ("la más baja")."""
        stems = self._stems(question) if stems is None else stems
        return set(stems) | self._phrase_marks(stems, question.lang)

    def _relative_stems(self, question: Question) -> frozenset[str]:
        """The stems of the question's words that only open a relative clause ("the battalions where 70% quit")."""
        norm = self._norms.get(question.lang)
        relative = _relative(question.words)
        return frozenset(norm.stem(w) for w in relative) if norm else relative

    def _stems(self, question: Question) -> list[str]:
        """The question's stems with abbreviations written out ("q" is "que")."""
        norm = self._norms.get(question.lang)
        stems = norm.expanded_stems(question.words) if norm else list(question.stems)
        # "does the committee at least have a number": a hedge, not the lowest estimate
        # "putin's army is falling apart": collapsing, not how far apart the figures are
        return [s for i, s in enumerate(stems) if not (i and ((stems[i - 1] == _AT and s in _HEDGED)
                                                              or (s == _APART and stems[i - 1] in _FALLING)))]

    def names_every_estimate(self, question: Question) -> bool:
        """Whether a message asks the death tolls of every party that gives one ("скільки каже україна, скільки нато і
        скільки сама росія визнає"), checking none and setting none against another: the entry on all the
        estimates answers it whole."""
        stems = self._stems(question)
        w = self._words.get(question.lang, _ENGLISH)
        if question.checks or not any(s in w["toll"] for s in stems) or not _NEARER.isdisjoint(stems):
            return False  # a post's figures to check, or another count ("tanks")
        every = len([e for e in self._named(stems, question.claimants(), w=w) if e in self._estimates]) > 2
        # «сравни цифры: украина vs нато vs россия, разница огромная»: no one pair, all of them
        side_by_side = sum(s.startswith(_SIDE_BY_SIDE) for s in stems) > 1
        against = any(s in w[k] and not s.startswith(_SIDE_BY_SIDE) for k in (*_ARITHMETIC, "than") for s in stems)
        return every and (side_by_side or not against)  # not one figure set against another

    def answer(self, question: Question, *, in_topic: bool = False) -> FigureAnswer | None:
        """The reply to a figure question, or ``None`` when the question is not one."""
        stems = self._stems(question)
        numbers = list(question.numbers)
        w = self._words.get(question.lang, _ENGLISH)
        than = _than_at(stems, w)
        leading = self._leading(stems, question.claimants(), than)
        asked = self._asked_parties(question) if len(leading) > 1 else None  # only ever orders two claimants
        named = [e for e in self._named(stems, leading, asked, w=w) if e in self._estimates]
        known = [n for n in numbers if self._figure_of(n) is not None]
        about_toll = in_topic or bool(known) or any(s in w["toll"] for s in stems) or (
            len(named) == 2 and bool(question.claimants())  # "NATO's top end, how many times what Russia admits"
            and any(s in w[k] for k in ("ratio", "high_end", "low_end") for s in stems))
        if len(named) > 2:
            return None  # "ukraine vs nato vs russia": all the estimates, which the entry on them gives
        # "did the 14 soldiers who quit face charges?", "the 14 guys from the reuters story": not whose the 14 is
        wanted = (set(stems) | self._phrase_marks(stems, question.lang)) - self._relative_stems(question)
        if not _SUBTRACT.isdisjoint(stems):
            wanted -= _TIME  # "ok math time: ukraine's number minus what moscow admits": no times over
        if wanted & w["than"] and wanted & w["comparative"] and than is not None and (
                stems[than] not in RELATIVE_WORDS
                or any(s in self._parties or is_number(s) or s in w["toll"] for s in stems[than + 1 :])):
            # «más alta que la de la OTAN»; not «la cifra más alta q sale»: a «que» that opens a relative clause,
            # with no figure after it
            wanted |= w["difference"]
        if _either_degree(stems, w):  # «больше или меньше?»: which side of the other figure, no extreme
            w = {**w, "highest": w["highest"] - w["comparative"], "lowest": w["lowest"] - w["comparative"]}
        if about_toll and len(named) < 2 and all(e.figure.value is not None for e in named) \
                and wanted & w["difference"] and wanted & w["lowest"] and wanted & w["highest"]:
            named = []  # "the difference between the highest and the lowest number of killed russians": the extremes
        op = self._operation(wanted, numbers, known, named, about_toll, w)
        if op == "party" and named[0].claim.claimant not in question.claimants():
            op = None  # "Ukrainian losses" names whose dead, not whose figure
        lang = question.lang
        if op in ("whose", None) and known:
            mismatch = self._not_theirs(question.claimants(), known[0], lang)
            if mismatch is not None:
                return mismatch  # "is it NATO that says 29,200?", "Russia admits 30,000 dead"
        if op is None:
            return None
        if op == "whose":
            whose = self._whose(numbers, lang)
            if whose is not None and self.confirms(question):
                return replace(whose, text=f"{self._say('claim-confirmed', lang)} {whose.text}")
            return whose
        if op == "party":
            return self._whose(list(named[0].values[:1]), lang)
        if op in ("lowest", "highest"):
            return self._extreme(op, lang)
        if op == "extremes":
            return self._extremes(lang)
        if op in ("width", "midpoint"):
            ranged = next((e for e in (named or self._estimates) if e.figure.value is None), None)
            return self._range(op, ranged, lang) if ranged else None
        if op in ("high_end", "low_end"):
            return self._end(op, named[0], lang)
        if op == "within":
            return self._within(named[0], named[1], lang)
        pair = self._pair(named)
        if pair is None:
            return None
        # the pair as the question names it; with none named, the lower first ("the gap between the estimates":
        # "Russia gives a lower figure than Ukraine")
        return self._compare(op, pair if len(named) >= 2 else pair[::-1], ends(self._ends_named(stems, w), w), lang)

    # -- reading the question ---------------------------------------------------------------------
    def _phrase_marks(self, stems: list[str], lang: Language) -> set[str]:
        """A figure phrase of several words ("la más baja") counts only as a whole, in order."""
        found = set()
        for key, kind in self._phrases.get(lang, []):
            if any(tuple(stems[i : i + len(key)]) == key for i in range(len(stems) - len(key) + 1)):
                found.add(_MARK + kind)
        return found

    def _operation(self, stems: set[str], numbers: list[float], known: list[float], named: list[Estimate],
                   about_toll: bool, w: dict[str, frozenset[str]]) -> Operation | None:
        tolls_only = all(self._figure_of(n) in self._estimates for n in known)  # not "70% of the army quit"
        if stems & w["share"] and about_toll and tolls_only and (len(named) >= 2 or len(known) >= 2):
            return "share"  # "what percent of Ukraine's figure does Russia admit?"
        if stems & w["ratio"] and about_toll and (len(named) >= 2 or len(known) >= 2):
            return "ratio"
        if stems & w["midpoint"] and about_toll:
            return "midpoint"
        ranged = any(e.figure.value is None for e in named)
        only_range = len(named) == 1 and ranged
        # A range's own low and high ("la estimación baja y la alta de la OTAN") are its two ends.
        both_ends = (stems & w["low_end"] or (only_range and stems & w["lowest"])) and (
            stems & w["high_end"] or (only_range and stems & w["highest"]))
        if only_range and (stems & w["width"] or (stems & w["difference"] and both_ends)):
            return "width"
        if only_range and not both_ends and not stems & (w["difference"] | w["ratio"] | w["share"] | w["within"]) \
                and stems & (w["low_end"] | w["lowest"] | w["high_end"] | w["highest"]) - _DEGREE:
            # "NATO's maximum?", «а максимум какой?» after NATO's range: that end of the one range named
            return "low_end" if stems & (w["low_end"] | w["lowest"]) else "high_end"
        if stems & w["within"] and not stems & (w["difference"] | w["ratio"]) and len(named) == 2 \
                and sum(e.figure.value is None for e in named[:2]) == 1:
            return "within"  # "is Ukraine's 29,200 within NATO's 7-15k?": one figure against the other's range
        if (stems & w["difference"] or stems & w["comparative"]) and about_toll and len(named) >= 2:
            return "difference"  # "на сколько цифра украины больше российской": more than the other one
        if about_toll and not named and stems & (w["difference"] | w["width"]) and stems & w["toll"] \
                and not stems & _EVERY and 3.0 not in numbers:
            return "difference"  # "compare all three estimates" asks for the three, which their entry gives
        if about_toll and not only_range and stems & w["lowest"] and stems & w["highest"]:
            return "extremes"  # "which estimate is the highest and which the lowest": both, one sentence
        if about_toll and stems & w["lowest"] and not stems & w["high_end"]:
            return "lowest"
        if about_toll and stems & w["highest"] and not stems & w["low_end"] and not known:
            return "highest"
        if about_toll and not named and not known and bool(stems & w["low_end"]) != bool(stems & w["high_end"]) \
                and not stems - _QUESTION_NOISE - _END_WORDS - w["low_end"] - w["high_end"] - _ASKING_BEFORE:
            return "lowest" if stems & w["low_end"] else "highest"  # "and the max?" after all three estimates
        parties = {t for t in stems if t in self._parties}
        rest = stems - _QUESTION_NOISE - w["toll"] - {number_term(n) for n in numbers} - parties
        where_now = _WHERE in stems and bool(stems & _NOW)
        if known and ((stems & w["whose"] and not stems & _WHERE_PEOPLE_WERE and not where_now) or not rest):
            return "whose"  # "where does 29,200 come from", not "where did those 14 go after they quit"
        if len(named) == 1 and not known and stems & w["toll"] and not rest - w["whose"]:
            return "party"  # "kremlin death toll": that party's figure
        return None

    def counts_people(self, claim: Claim) -> bool:
        """Whether the claim counts people of a story ("there were 14 of us"), not the dead or a share."""
        return any(e.claim.id == claim.id for e in self._counts)

    def checks_more(self, question: Question) -> bool:
        """Whether a message only checks a figure ("true?", "legit?"), without asking where it comes from, and says
        more than the figure and its dead ("is it true 14 quit because they weren't paid?"): a claim about it."""
        w = self._words.get(question.lang, _ENGLISH)
        norm = self._norms.get(question.lang)
        checking = norm.checking_words if norm else frozenset()
        # "Forwarded from a channel: ..." names where the post comes from, not a question of where the figure does
        stems = set(norm.expanded_stems(tokens(norm.past_label(question.text)))) if norm else set(question.stems)
        if not question.numbers or not (question.checks or stems & (checking | _CHECKING)) \
                or stems & self._origin_words(question.lang):
            return False
        rest = stems - _QUESTION_NOISE - w["toll"] - {number_term(n) for n in question.numbers} \
            - set(self._parties) - w["whose"] - checking
        return bool(rest)

    def _leading(self, stems: list[str], claimants: frozenset[str], than: int | None) -> frozenset[str]:
        """The claimants a comparison is about: not one named only after its "than" (at ``than``): "and nato? higher
        or lower than Ukraine's estimate" weighs NATO's figure against Ukraine's."""
        if not claimants or than is None:
            return claimants
        before = {self._parties[s] for s in stems[:than] if s in self._parties}
        return frozenset(c for c in claimants if c in before)

    def _named(self, stems: list[str], claimants: frozenset[str], asked: frozenset[str] | None = None, *,
               w: Mapping[str, frozenset[str]] = _ENGLISH) -> list[Estimate]:
        """Estimates the question points at, in the order it names them (by party or by number).

        A party counts wherever it is named ("ukraine vs russia"), unless the question names claimants
        ("according to NATO, how many more than Russia's"), in which case those come first.
        """
        found: list[Estimate] = []
        for i, term in enumerate(stems):
            estimate = None
            if is_number(term):
                estimate = self._figure_of(float(term))
            elif term in self._parties and not _whose_dead(stems, i, w):
                estimate = self._party_estimate(self._parties[term])
            if estimate is not None and estimate not in found:
                found.append(estimate)
        # in the order the question names them ("Ukraine's count minus NATO's top estimate"), those it asks about
        # before those a sentence only tells of ("ukraine says ~29k. what does NATO say, is it higher or lower?")
        named = sorted((e for e in found if e.claim.claimant in claimants),
                       key=lambda e: asked is not None and e.claim.claimant not in asked)
        first = [*named, *(e for party in sorted(claimants)
                           if (e := self._party_estimate(party)) is not None and e not in named)]
        return [*first, *(e for e in found if e not in first)]

    def _ends_named(self, stems: list[str], w: dict[str, frozenset[str]]) -> set[str]:
        """The question's stems, a superlative said of a party's own figure read as an end of its range: "how far is
        kyiv's count above NATO's highest estimate" means the top of NATO's range, as "top" would."""
        read = set(stems)
        highest, lowest = w["highest"] - _DEGREE - w["comparative"], w["lowest"] - _DEGREE - w["comparative"]
        for i, term in enumerate(stems):
            if term in self._parties:
                for near in (*stems[max(0, i - 1) : i], *stems[i + 1 : i + 3]):
                    read |= w["high_end"] if near in highest else w["low_end"] if near in lowest else set()
        return read

    def _asked_parties(self, question: Question) -> frozenset[str] | None:
        """The parties named in the sentences of a message that ask, when others only tell; ``None`` otherwise."""
        asked = asked_sentences(question.text)
        norm = self._norms.get(question.lang)
        if asked is None or norm is None:
            return None
        return frozenset(self._parties[s] for s in norm.expanded_stems(tokens(asked)) if s in self._parties)

    def _party_estimate(self, party: str) -> Estimate | None:
        return next((e for e in self._estimates if e.claim.claimant == party), None)

    def _figure_of(self, number: float) -> Estimate | None:
        """The estimate giving ``number``; a large round number close to one ("nearly 30,000") is that one."""
        exact = next((e for e in self._all if number in e.values), None)
        if exact is not None or number < _ROUNDED_FROM:
            return exact
        close = [(abs(v - number), e) for e in self._all for v in e.values if abs(v - number) <= _ROUNDING * v]
        return min(close, key=lambda pair: pair[0])[1] if close else None

    def _pair(self, named: list[Estimate]) -> tuple[Estimate, Estimate] | None:
        if len(named) >= 2:
            return named[0], named[1]
        if not named and len(self._estimates) >= 2:
            return self._largest_first[0], self._largest_first[-1]
        return None

    # -- composing --------------------------------------------------------------------------------
    def _whose(self, numbers: list[float], lang: Language) -> FigureAnswer | None:
        estimates = [e for n in numbers if (e := self._figure_of(n)) is not None]
        if not estimates:
            return None
        unique = list({(e.claim.id, e.figure.label): e for e in estimates}.values())
        lines = [self._say("figure-whose", lang, value=amount(e.figure, lang), who=self._who(e.claim, lang),
                           what=self._what(e, lang)) for e in unique]
        others = [e for e in self._estimates if e not in unique] if any(e in self._estimates for e in unique) else []
        if others:  # a death toll is never given alone: the other estimates are what it is weighed against
            lines.append(self._say("figure-others", lang, others="; ".join(
                f"{self._who(e.claim, lang)}: {amount(e.figure, lang)}" for e in others)))
        claims = [*(e.claim for e in unique), *(e.claim for e in others)]
        return FigureAnswer(" ".join(lines), tuple({c.id: c for c in claims}.values()))

    def whose_stated(self, question: Question) -> FigureAnswer | None:
        """Whose each figure of the article the message states is ("Zelensky confirmed 70% …": the Ukrainian
        authorities'), ``None`` when it states none."""
        return self._whose(list(question.numbers), question.lang)

    def tolls_stated(self, question: Question) -> tuple[Claim, ...]:
        """The death-toll claims whose figures the message states ("is 29,200 the final toll?": Ukraine's), each
        once, in the order stated."""
        found = (e.claim for n in question.numbers if (e := self._figure_of(n)) in self._estimates)
        return tuple({c.id: c for c in found}.values())

    def confirms(self, question: Question) -> bool:
        """Whether a message checking a claim states the article's death tolls exactly, each with its own claimant
        ("Russia admits only 1,351 dead, while Ukraine claims 29,200. Accurate?", "Kyiv puts Russian military deaths
        at 29,200": "Russian" names whose deaths, not a claimant): both ends of a range, and no figure or claimant
        besides. Never a share: "Ukraine says 70% of the army quit" widens what was said."""
        if not question.checks or not question.numbers:
            return False
        estimates = [e for n in question.numbers if (e := self._figure_of(n)) in self._estimates]
        stated = set(question.numbers)
        return len(estimates) == len(question.numbers) \
            and all(n in e.values for n, e in zip(question.numbers, estimates, strict=True)) \
            and all(v in stated for e in estimates for v in e.values) \
            and self._each_its_claimant(question, frozenset(e.claim.claimant for e in estimates))

    @staticmethod
    def _each_its_claimant(question: Question, whose: frozenset[str]) -> bool:
        """Whether the parties a message names are those whose estimates it states: every claimant among them, and
        any other party named only as a subject ("Ukraine counts 29,200 Russian soldiers killed, NATO says 7-15k":
        "Russian" is whose deaths, and NATO, listed after a comma, is read as a subject). One party at least is said to
        give a figure: "only 1,351 russian soldiers died" states Russia's own figure as the toll, which it is not."""
        claimants = question.claimants()
        return bool(claimants) and claimants <= whose <= {p.source for p in question.parties} \
            and all(p.role == "subject" for p in question.parties if p.source not in whose)

    def misattributed(self, question: Question) -> FigureAnswer | None:
        """A figure the question puts in another party's mouth ("the kremlin now admits 30k dead"): that is
        what to answer first, whatever else the question asks."""
        known = [n for n in question.numbers if self._figure_of(n) is not None]
        claimants = question.claimants()
        if not known or not claimants:
            return None
        stems = self._stems(question)
        w = self._words.get(question.lang, _ENGLISH)
        compared = not w["within"].isdisjoint(stems) or (self.asks_arithmetic(question) and not self._a_share(known[0]))
        if compared and len(self._named(stems, claimants, w=w)) == 2:
            # "is Russia's number within NATO's 7,000-15,000?", "is NATO's 15,000 half of Ukraine's figure?" name
            # whose each figure is; "NATO says 70% quit" only types its figure as a share
            return None
        return self.not_from(question, claimants)

    def not_from(self, question: Question, sources: frozenset[str]) -> FigureAnswer | None:
        """A figure of the article a checked message puts on a source that never gives it ("the Committee of
        Soldiers' Mothers says 70% of some battalions have quit. correct?"): whose it is, and not theirs."""
        known = [n for n in question.numbers if self._figure_of(n) is not None]
        return self._not_theirs(sources, known[0], question.lang) if known and sources else None

    def misstated(self, question: Question, *, on_tolls: bool = False) -> FigureAnswer | None:
        """A figure a message states that is none of the article's, of a kind the article gives ("in some battalions
        up to 90% have resigned", "Ukraine says 50,000 dead. true?"): not that figure, and the article's own.

        Only a figure stated, never one asked about ("is it 5% of Ukraine's figure?"), and never a year; a large
        number only in a message placed ``on_tolls`` ("5,000 resignations" is no death toll)."""
        terms, lang = question.terms, question.lang
        percent = self._percent.get(lang, frozenset())
        w = self._words.get(lang, _ENGLISH)
        stems = self._stems(question)
        wanted = self._wanted(question, stems)
        typed = percent if sum(t in percent for t in terms) == len(question.numbers) else frozenset()
        if any(wanted & (w[k] - typed) for k in _ARITHMETIC) or any(
                self._figure_of(n) is not None for n in question.numbers):
            return None  # "is 5% of Ukraine's figure what Russia admits?" asks a share; a "90%" only types one
        tolls_named = any(s in w["toll"] or s in _A_FIGURE for s in stems)
        for number in question.numbers:
            term = number_term(number)
            at = terms.index(term) if term in terms else -1
            if at >= 0 and at + 1 < len(terms) and terms[at + 1] in percent and 0 < number <= 100 \
                    and len(self._shares) == 1 and not tolls_named and not self._certainty(question, term) \
                    and not self._share_words[lang].isdisjoint(terms[max(at - _BESIDE, 0) : at + 2 + _BESIDE]):
                share = self._shares[0]
                text = self._say("figure-misstated", lang, asked=f"{_plain(number, lang)}%",
                                 value=amount(share.figure, lang), what=self._what(share, lang),
                                 who=self._who(share.claim, lang))
                return FigureAnswer(text, (share.claim,))
            if on_tolls and number >= _ROUNDED_FROM and not _YEARS[0] <= number <= _YEARS[1]:
                return self._toll_misstated(question, number)
        return None

    def counted(self, question: Question) -> Claim | None:
        """The claim whose count of people the message states ("14 soldiers quit"), if any."""
        return next((e.claim for e in self._counts for n in question.numbers if n in e.values), None)

    def shifted(self, question: Question) -> Claim | None:
        """The story a message tells of people who quit with a count ten, a hundred or a thousand times the
        article's ("140 russian soldiers quit at once bc no pay"), if any: that count's claim."""
        quitting = self._quitting.get(question.lang, frozenset())
        if quitting.isdisjoint(question.terms):
            return None
        return next((e.claim for e in self._counts for n in question.numbers if _shifted(n, e.values)), None)

    def retold(self, question: Question) -> Claim | None:
        """The story a message tells of people who quit with a count of its own ("40 guys in his unit quit bc they
        never got paid"): the article's one count of people who quit, when it has exactly one and the message says
        what they did and a word of that story few other claims say; a count ten times the article's needs only
        one of the two ("140 of them deserted together because they were never paid"). Never a year, a share, a
        toll or any figure the article gives."""
        shifted = self.shifted(question)
        if shifted is not None or len(self._counts) != 1 \
                or not self._percent.get(question.lang, frozenset()).isdisjoint(question.terms):
            return shifted
        stated = _stated(question)
        if len(stated) != 1 or not 1 < stated[0] < _ROUNDED_FROM or self._figure_of(stated[0]) is not None:
            return None
        count = self._counts[0]
        story = not self._story_words.get(question.lang, frozenset()).isdisjoint(question.terms)
        quitting = not self._quitting.get(question.lang, frozenset()).isdisjoint(question.terms)
        tenfold = _shifted(stated[0], count.values)
        return count.claim if story and (quitting or tenfold) else None

    def miscounted(self, question: Question, claim_ids: Collection[str]) -> FigureAnswer | None:
        """A message telling a story the article counts (``claim_ids``: the claims of the entries it is about) with
        another count ("140 soldiers of one company quit over unpaid bonuses. true?"): not that number, and the
        story's own, from whoever gives it. Never a share, a year, or any figure of the article."""
        counts = [e for e in self._counts if e.claim.id in claim_ids]
        percent = self._percent.get(question.lang, frozenset())
        stated = _stated(question)
        shifted = len(counts) == 1 and self.shifted(question) == counts[0].claim
        if len(counts) != 1 or len(stated) != 1 or not percent.isdisjoint(question.terms) \
                or (not shifted and (stated[0] >= _ROUNDED_FROM or self._figure_of(stated[0]) is not None)) \
                or stated[0] + 1 in counts[0].values:
            return None  # a death toll's size; "he and 13 others quit" counts the teller apart
        count, lang = counts[0], question.lang
        text = self._say("figure-misstated", lang, asked=_plain(stated[0], lang), value=amount(count.figure, lang),
                         what=self._what(count, lang), who=self._who(count.claim, lang))
        return FigureAnswer(text, (count.claim,))

    def _statement(self, estimate: Estimate, lang: Language) -> str:
        """The claim's statement in ``lang`` (English where it has none)."""
        return self._translated(estimate.claim, lang) or estimate.claim.statement

    def _translated(self, claim: Claim, lang: Language) -> str | None:
        """The claim's statement in ``lang`` other than English, if it has one."""
        return self.kb.statement_text(claim, lang) if lang != "en" else None

    def _certainty(self, question: Question, term: str) -> bool:
        """Whether a percentage says how sure something is ("100% confirmed", «на 100% фейк»), not how many."""
        norm = self._norms.get(question.lang)
        if norm is None or term not in question.words:
            return False
        at = question.words.index(term)
        near = [*question.words[max(at - 1, 0) : at], *question.words[at + 2 : at + 3]]
        checking = norm.checking_words | norm.checking
        if any(norm.stem(w) in checking for w in near):
            return True
        if term != _WHOLE:
            return False
        # "the POW videos are 100% legal", "society will 100% collapse": all of a word that counts nothing the
        # article's share counts is how sure, not how many ("100% of the battalion", «100% солдат» count)
        following = norm.terms(" ".join(question.words[at + 2 : at + 3]))
        return bool(following) and self._share_words[question.lang].isdisjoint(following)

    def _toll_misstated(self, question: Question, number: float) -> FigureAnswer | None:
        """A death toll no estimate gives: the named party's estimate first, then the others."""
        lang = question.lang
        named = [e for p in sorted(question.claimants()) if (e := self._party_estimate(p)) is not None]
        first = named[0] if named else None
        if any(min(e.values) * (1 - _ROUGHLY) <= number <= max(e.values) * (1 + _ROUGHLY)
               for e in ([first] if first else self._estimates)):
            return None  # "russia only admits like 1000 dead", «около полутора тысяч»: about their figure
        others = [e for e in self._estimates if e is not first]
        listed = "; ".join(f"{self._who(e.claim, lang)}: {amount(e.figure, lang)}" for e in others)
        if first is None:
            text = self._say("figure-misstated-tolls", lang, asked=_plain(number, lang), estimates=listed)
            return FigureAnswer(text, tuple(e.claim for e in others))
        text = " ".join((self._say("figure-misstated", lang, asked=_plain(number, lang),
                                   value=amount(first.figure, lang), what=self._what(first, lang),
                                   who=self._who(first.claim, lang)),
                         self._say("figure-others", lang, others=listed)))
        return FigureAnswer(text, (first.claim, *(e.claim for e in others)))

    def _a_share(self, number: float) -> bool:
        """Whether ``number`` is a figure of the article given as a percentage (70% of some battalions)."""
        estimate = self._figure_of(number)
        return estimate is not None and estimate.figure.unit == "percent"

    def _not_theirs(self, claimants: frozenset[str], number: float, lang: Language) -> FigureAnswer | None:
        """A figure put in the wrong mouth: the number is one party's, the question has another one claim it."""
        estimate = self._figure_of(number)
        if estimate is None or not claimants or not claimants.isdisjoint(estimate.claim.chain):
            return None
        parties = sorted(claimants)
        others = [e for p in parties if (e := self._party_estimate(p)) is not None and e is not estimate] \
            if estimate in self._estimates else []  # a death toll is set against theirs; a share of resignations not
        if len(others) == 1:
            other = others[0]
            key: MessageKey = "figure-not-theirs-lower" if max(other.values) < min(estimate.values) else \
                "figure-not-theirs-higher" if min(other.values) > max(estimate.values) else "figure-not-theirs"
            text = self._say(key, lang, value=amount(estimate.figure, lang),
                             who=self._who(estimate.claim, lang), asked=self._who(other.claim, lang),
                             theirs=amount(other.figure, lang))
            return FigureAnswer(text, (estimate.claim, other.claim))
        if others or not all(p in self.kb.sources for p in parties):
            return None
        text = self._say("figure-not-theirs-none", lang, value=amount(estimate.figure, lang),
                         what=self._what(estimate, lang), who=self._who(estimate.claim, lang),
                         asked=" / ".join(self.kb.source_name(p, lang) for p in parties))
        return FigureAnswer(text, (estimate.claim,))

    def _extreme(self, op: Operation, lang: Language) -> FigureAnswer:
        ordered = sorted(self._estimates, key=lambda e: min(e.values) if op == "lowest" else max(e.values),
                         reverse=op == "highest")
        first, others = ordered[0], ordered[1:]
        rest = "; ".join(f"{self._who(e.claim, lang)}: {amount(e.figure, lang)}" for e in others)
        key: MessageKey = "figure-lowest" if op == "lowest" else "figure-highest"
        text = self._say(key, lang, value=amount(first.figure, lang), who=self._who(first.claim, lang), others=rest)
        return FigureAnswer(text, tuple(e.claim for e in ordered))

    def _extremes(self, lang: Language) -> FigureAnswer:
        ordered = self._largest_first
        high, low, between = ordered[0], ordered[-1], ordered[1:-1]
        rest = "; ".join(f"{self._who(e.claim, lang)}: {amount(e.figure, lang)}" for e in between)
        text = self._say("figure-extremes", lang, high=amount(high.figure, lang), high_who=self._who(high.claim, lang),
                         low=amount(low.figure, lang), low_who=self._who(low.claim, lang), others=rest)
        return FigureAnswer(text, tuple(e.claim for e in ordered))

    def _range(self, op: Operation, ranged: Estimate, lang: Language) -> FigureAnswer:
        low, high = ranged.figure.low or 0.0, ranged.figure.high or 0.0
        result = high - low if op == "width" else (low + high) / 2
        key: MessageKey = "figure-width" if op == "width" else "figure-midpoint"
        text = self._say(key, lang, who=self._who(ranged.claim, lang), value=amount(ranged.figure, lang),
                         result=_plain(result, lang))
        return FigureAnswer(text, (ranged.claim,))

    def _end(self, op: Operation, ranged: Estimate, lang: Language) -> FigureAnswer:
        """One end of a range ("NATO's upper figure"): that end, with the whole range it belongs to."""
        value = ranged.figure.high if op == "high_end" else ranged.figure.low
        key: MessageKey = "figure-high-end" if op == "high_end" else "figure-low-end"
        text = self._say(key, lang, who=self._who(ranged.claim, lang), value=_plain(value or 0.0, lang),
                         range=amount(ranged.figure, lang))
        return FigureAnswer(text, (ranged.claim,))

    def _within(self, first: Estimate, second: Estimate, lang: Language) -> FigureAnswer:
        """Where one party's figure falls against another's range: within it, or how far above or below."""
        point, ranged = (first, second) if first.figure.value is not None else (second, first)
        value, low, high = point.figure.value or 0.0, ranged.figure.low or 0.0, ranged.figure.high or 0.0
        key: MessageKey = "figure-above" if value > high else "figure-below" if value < low else "figure-within"
        text = self._say(key, lang, a_who=self._who(point.claim, lang), a_value=amount(point.figure, lang),
                         b_who=self._who(ranged.claim, lang), b_value=amount(ranged.figure, lang),
                         result=_plain(value - high if value > high else low - value, lang))
        return FigureAnswer(text, (point.claim, ranged.claim))

    def _compare(self, op: Operation, pair: tuple[Estimate, Estimate], end: str, lang: Language) -> FigureAnswer:
        a, b = sorted(pair, key=lambda e: max(e.values), reverse=True)
        higher_first = pair[0] is a  # "is NATO's figure higher than Russia's?": NATO's is, and by how much
        a_values, b_values = _ends(a, end), _ends(b, end)
        key: MessageKey
        if op == "ratio":
            results = sorted({x / y for x in a_values for y in b_values if y})
            result = _span([_ratio(r, lang) for r in (results[0], results[-1])])
            key = "figure-ratio"
        elif op == "share":
            results = sorted({100 * y / x for x in a_values for y in b_values if x})
            result = _span([_ratio(r, lang) for r in (results[0], results[-1])])
            key = "figure-share"
        else:
            results = sorted({x - y for x in a_values for y in b_values})
            result = _span([_plain(results[0], lang), _plain(results[-1], lang)])
            key = "figure-difference-more" if higher_first else "figure-difference"
        text = self._say(key, lang, a_who=self._who(a.claim, lang), a_value=_amount_of(a, a_values, lang),
                         b_who=self._who(b.claim, lang), b_value=_amount_of(b, b_values, lang), result=result)
        third = [e for e in self._estimates if e is not a and e is not b] if a in self._estimates else []
        if len(third) == 1:  # a death toll is never weighed without the third ("who is lying, russia or ukraine?")
            text += " " + self._say("figure-third", lang, who=self._who(third[0].claim, lang),
                                    value=amount(third[0].figure, lang))
            return FigureAnswer(text, (a.claim, b.claim, third[0].claim))
        return FigureAnswer(text, (a.claim, b.claim))

    def _who(self, claim: Claim, lang: Language) -> str:
        """'the Ukrainian authorities (via Deutsche Welle)': the claimant and who relayed it to the article."""
        names = [self.kb.source_name(s, lang) for s in claim.chain if s in self.kb.sources and s != "article"]
        if not names:
            return self.kb.source_name(claim.claimant, lang)
        via = self.kb.messages.text("figure-via", lang, names=", ".join(names[1:])) if len(names) > 1 else ""
        return f"{names[0]} {via}".strip()

    def _what(self, estimate: Estimate, lang: Language) -> str:
        """What the figure counts, in ``lang``: the claim's statement there, else the figure's English label."""
        translated = self._translated(estimate.claim, lang)
        return translated.rstrip(".") if translated is not None else _what(estimate.figure)

    def _say(self, key: MessageKey, lang: Language, **fields: object) -> str:
        text = self.kb.messages.text(key, lang, **fields)
        return text[:1].upper() + text[1:]


def amount(figure: Figure, lang: Language = "en") -> str:
    """29,200, 7,000–15,000 or 70%: a figure as the article writes it, in ``lang``'s number format."""
    low, high = _plain(figure.low or 0.0, lang), _plain(figure.high or 0.0, lang)
    text = f"{low}–{high}" if figure.value is None else _plain(figure.value, lang)
    return f"{text}%" if figure.unit == "percent" else text


def _amount_of(estimate: Estimate, values: tuple[float, ...], lang: Language) -> str:
    if len(values) == 1 and estimate.figure.value is None:
        return _plain(values[0], lang)
    return amount(estimate.figure, lang)


def ends(stems: set[str], w: dict[str, frozenset[str]]) -> str:
    """Which end of a range a question means: "low", "high" or "both" ("NATO's low end vs Russia's number")."""
    low, high = bool(stems & w["low_end"]), bool(stems & w["high_end"])
    return "low" if low and not high else "high" if high and not low else "both"


def _ends(estimate: Estimate, end: str) -> tuple[float, ...]:
    figure = estimate.figure
    if figure.value is not None:
        return (figure.value,)
    if end == "low":
        return (figure.low or 0.0,)
    if end == "high":
        return (figure.high or 0.0,)
    return (figure.low or 0.0, figure.high or 0.0)


def _span(texts: list[str]) -> str:
    return texts[0] if texts[0] == texts[-1] else f"{texts[0]}–{texts[-1]}"


# Russian and Ukrainian group thousands with a plain space, as the knowledge texts write them (29 200).
_GROUPING = {"en": ",", "ru": " ", "uk": " ", "es": "."}
_DECIMAL = {"en": ".", "ru": ",", "uk": ",", "es": ","}


def _plain(value: float, lang: Language = "en") -> str:
    """A number as ``lang`` writes it: 29,200 / 29 200 / 29.200."""
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return text.replace(",", "\0").replace(".", _DECIMAL[lang]).replace("\0", _GROUPING[lang])


def _ratio(value: float, lang: Language) -> str:
    return f"{value:.1f}".removesuffix(".0").replace(".", _DECIMAL[lang])


def _what(figure: Figure) -> str:
    """'Russian soldiers killed, NATO estimate' from the label 'Russian soldiers killed (NATO estimate)'."""
    return figure.label.replace(" (", ", ").replace(")", "")


def _stated(question: Question) -> list[float]:
    """The numbers a message states that are no year, each once ("40 soldiers quit together ... is 40 right?" states
    one count)."""
    return list(dict.fromkeys(n for n in question.numbers if not _YEARS[0] <= n <= _YEARS[1]))


def _shifted(number: float, values: Sequence[float]) -> bool:
    """Whether ``number`` is one of ``values`` told with a zero or three too many (140 for 14)."""
    return any(number == v * k for v in values for k in _SHIFTS)
