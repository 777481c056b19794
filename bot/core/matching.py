"""Find the knowledge-base entry a question is about, or say honestly that none fits.

Scoring blends two views of each phrasing: IDF-weighted term overlap (which words of the question
does this phrasing explain, and how much of the phrasing does the question cover) and rapidfuzz's
character-level similarity of the term strings. Words the base has never seen weigh as much as its
rarest words, so a question about something else ("helicopters shot down") cannot borrow a
confident score from the few words it shares with the article.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from rapidfuzz import fuzz, process

from bot.core.question import ASKER_ALONE, Question, QuestionReader, asked_sentences
from bot.kb.language import is_proper_name
from bot.kb.schema import Language, NotCoveredKind
from bot.kb.textnorm import (
    ASIDE_WORDS,
    ROLE_MARK,
    Normaliser,
    is_common,
    is_number,
    number_term,
    phrase_key,
    rarity,
    tokens,
    unswapped,
)

MatchKind = Literal["entry", "ambiguous", "none"]
_QUOTED = re.compile(r"[\"“«]([^\"“”«»]{2,})[\"”»]|(?<!\w)'([^']{2,})'(?!\w)")
"""A phrase in quotation marks: "what does the article call 'plentiful'?", «обманутыми»."""


def quoted_phrases(text: str) -> list[str]:
    """The phrases ``text`` puts in quotation marks, in order."""
    return [m.group(1) or m.group(2) for m in _QUOTED.finditer(text)]


def unquoted(text: str) -> str:
    """``text`` without the phrases it puts in quotation marks: what it says besides what it quotes."""
    return _QUOTED.sub(" ", text)


MAX_CHOICES = 3
"""Candidates a verdict carries: the "did you mean" options, or the runners-up of an answer."""


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
    group: str = ""
    marks: tuple[str, ...] = ()
    """Terms added as they are, not normalised: ``@party`` for each party whose claims the entry gives."""
    near: tuple[str, ...] = ()
    """For a "not covered" entry: the answering entries where the article says something nearby."""
    opens_topic: bool = False
    """The entry a topic opens with: what a one-word question naming the topic ("legal?") wants."""
    foreign: tuple[tuple[Language, str], ...] = ()
    """Phrasings and labels in other languages, each read with its own language's normaliser."""
    foreign_context: tuple[tuple[Language, str], ...] = ()
    """The answer's words in other languages."""
    voices: tuple[str, ...] = ()
    """Names of the outlets and groups whose claims the entry gives ("CNN"): a question naming another is not
    about this entry."""
    gap: NotCoveredKind | None = None
    """For a "not covered" entry, the kind of gap. ``after_publication``: news after the article ("now", "latest"),
    not a detail. ``withheld``: the article says the detail was kept back ("whose name was not revealed"), so the
    gap's reply says what its nearby entries would, and none of them takes its place. ``off_topic``: off the
    article's subject (sport, recipes, the bot's opinion)."""
    answers_yes_no: bool = False
    """For a "not covered" entry: whether it has the article's yes or no for a yes-or-no question about it."""
    headings: tuple[str, ...] = ()
    """The article's section headings the entry answers from ("An army in disarray"): a question may quote them."""


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


_RESCORE = 15
"""Candidates by overlap whose characters are compared too: on 14,787 questions none past the 15th ever reached the
top five (30 gave the same replies, 10 changed one)."""
_BLEND = (0.40, 0.30, 0.15, 0.15)
"""Weights of: question explained by the phrasing, phrasing covered, question explained by the entry's
phrasings, and by its phrasings plus answer."""
_WHEN: dict[Language, str] = {"en": "when did"}
"""The words asking when, per language where one concept reads them all (English: "when", "what date", "which
month"): a gap's phrasing built on it asks for a date. Russian, Ukrainian and Spanish ask a date in many words
(«в какой день», «en qué año»), so none of theirs is taken for the only way to ask one."""
_GLUED_OPENINGS: dict[Language, tuple[str, ...]] = {"en": ("what", "why", "how", "who", "where", "when", "which")}
"""Question words a typist may run into the next word ("whatmade the cnn soldier leave")."""
_TELLING_RARITY = 0.35
_TELLING_IDF = 1.0
"""A word most entries share ("Russian") tells nothing, however uncommon it is in English."""
_PRECISION = frozenset((*ASIDE_WORDS, "exact", "precise", "precisely", "specific", "specifically"))
"""Words that only ask for precision ("exact quote", "the precise figure"): no topic of their own, however rare."""
_SPECIFIC_WINDOW = 15.0
_VERY_RARE = 0.6
_NUMBER_BOOST = 2.0
_SNAP_FROM = 1_000.0
_UNEXPLAINED_RARITY = 0.6
"""Rarity from which a word no entry knows is what a short question is about."""
_RARITY_TELLS: frozenset[Language] = frozenset({"en", "es"})
"""Languages whose word frequencies tell a rare word (Spanish allowing for accents left out and verb forms, see
``rarity``); Russian's and Ukrainian's lists call everyday inflections ("отправкой", "гонят") rare."""
_ADVERB: dict[Language, str] = {"en": "ly", "es": "mente"}
"""How a language's manner adverbs end ("emotionally", "realmente"): a modifier, never what a question is about."""
_UNEXPLAINED_TERMS = 6
_KNOWN_AROUND = 5
"""Terms of a message the top answer knows from which one unknown word beside them is a detail, not the subject."""
_KNOWN_AROUND_CHECKED = 4
"""The same, for a claim the message asks to check: the words around the unknown one say what it is about."""
_EXPLAINED = 0.5
"""Share of a question's words the top answer must know to be answered without a "did you mean"."""
_COMMON_WEIGHT = 1.0
"""Weight under which a word is in most entries' phrasings ("how", "soldier"): it tells no entry apart."""
_CONFIDENT = 75.0
"""A match this strong answers even when the question has a rare word the base does not know."""
_SUPPOSED_FROM = 3
"""Within how many first words a supposition opens a message ("so if my ...", "ok so if ...")."""
_COVER_WINDOW = 10.0
"""How far behind a "not covered" entry an answering one may score and still be the reply, when it covers as much."""
_WHO_FIRST = frozenset({"who", "кто", "хто", "qui"})
"""A question opening with "who" ("who is the CNN officer? name, rank, anything"): who he is, which the article
tells, before the details it lacks."""
_WHEN_WINDOW = 30.0
"""How far behind an answer the gap on later news may score and still be the reply to a closing "when?"."""
_FOLLOWED = 100.0
"""The score of an entry a follow-up leads to by its own rule, as sure as a button the user pressed."""
_CLEAR_LEAD = 8.0
"""A lead over the runner-up that makes a "did you mean" pointless, however modest the score: no real tie."""
_LEAD_FLOOR = 45.0
"""Under this, a lead is only one shared word ("tips for falling asleep" and "falling apart"): no answer."""
_NAMED_WINDOW = 5.0
"""How far behind an answer telling the story of the source a question names may score and still be the reply."""
_WIDE_LEAD = 12.0
"""A lead over the runner-up so wide that a telling word the answer shares with the question settles it, however
low the score of a long message with many words of its own."""
_RARE_LEAD = 6.0
"""The lead that answers on a very rare word the entry shares ("did his commanders feed them the whole
denazification thing b4 they went in?"): smaller than a clear lead, the word says what is asked."""
_OTHER_SOURCE = 12.0
"""Points off a phrasing that names another source than the one the question names."""
_OTHER_ASK = 12.0
"""Points off a phrasing that asks "how many" when the question asks "how" something happens, and the reverse
is left to the words ("how do soldiers resign" is the way, not the number)."""
_COUNTING = frozenset({"mani", "much"})
"""The terms that make "how" ask for an amount."""
_WHICH = frozenset("which what whats какой какая какое какие каких каком який яка яке які яких якому qué que cuál cual "
                   "cuáles cuales".split())
"""Words asking which of a thing: a never-given "which battalions" asks it with a word or two between."""
_BETWEEN = 2
_PASSED = frozenset("russian ukrainian specific exact particular actual precise real the was is were are "
                    "это эти именно конкретно российские русские це ці саме конкретно російські "
                    "el la los las es son exactamente rusos rusas concretos concretas".split())
"""The words that may stand between: "which russian battalions", «які це батальйони», not "what kind of units"."""
_OWNERS = frozenset("his their her its cnn reuters officer officers soldier soldiers guy guys man men witness "
                    "witnesses".split())
"""Whose thing a question names between "what" and the thing ("whats the cnn officers unit?"), possessive "'s"
already gone: with these, up to ``_BETWEEN_OWNED`` words may stand between."""
_BETWEEN_OWNED = 4
_WHAT_IS = {"whats": "what", "wats": "what", "wat": "what"}
""""What" typed with its "is" ("whats the unit?"), asking as "what" does."""
_OUTRIGHT_LEAD = 20.0
"""A lead over the best "not covered" entry by which an answering entry asked that very way answers outright."""
_NEAR_TIE = 3.0
"""Points within which a "not covered" entry and an answer are tied: the question's own words decide."""
_CORE_SHARE = 0.3
"""Share of an entry's phrasings (in one language) a term must be in to be one of the entry's core terms."""
_CORE_EVERYWHERE = 4
"""Entries whose core a term is in from which it tells none of them apart ("resign", «увол»)."""
_EVERYDAY = 0.2
"""Rarity at or under which a word says nothing about a topic ("will", "how")."""
_RARE_IN_BASE = 2.3
"""IDF of a word few entries know (about one in ten or fewer): telling whatever its rarity in English."""
_PUT_BETWEEN = frozenset("он она они він вона вони él ella ellos ellas".split())
"""Subject pronouns a language with free word order puts inside a question for a detail («из какой он части?»)."""
_SUBJECT_WEIGHT = 1.5
"""A core word of an entry this telling in the base names its subject ("killed": 1.9), not the country every one
of its stories is in ("russia": 1.0)."""
_NAME_WORDS = 3
"""Most words a name after "called" or «зовут» runs to ("Sergei Ivanovich Petrov")."""
_NEXT_WORD = re.compile(r"[\s,:\"'«“]*([^\W\d_]+(?:['’-][^\W\d_]+)*)")
"""The next word of a message, past spaces and opening quotes."""
_OVERLAP_WEIGHT = 0.8
_QUOTED_PHRASE = 3
"""Words from which a quoted phrase is someone's words ('this is not our war'), not a word named ('cheated')."""


_ASKED_BEFORE = 3
"""Fewest words a question asks before a supposition it is asked under ("what can putin do if ..."), and a
supposition has after its word (not "... if possible")."""
_EVEN = frozenset("even даже навіть навить incluso aun aún".split())
"""Words that make a following "if" a concession ("even if nobody knows"), not a supposition."""


_HIM = frozenset("he him он его ему него він його йому нього él".split())
"""Words for one man: asked of a penalty, the one man the article tells was threatened with one."""
_HIS_WINDOW = 20.0
"""How far behind a "not covered" entry on penalties the officer's story may come and still tell what "he" faced."""
_SCARE_QUOTED = 5
"""Most other terms of a question whose one quoted word asks about the article's word ("what does 'plentiful'
mean in the article?"); past it, the word is someone else's."""


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Cut-offs on the 0–100 score; tuned on our own question set, measured on the dev set."""

    answer: float = 52.0
    floor: float = 40.0
    margin: float = 4.0
    short_answer: float = 62.0


@dataclass(frozen=True, slots=True)
class _Phrasing:
    doc: int
    text: str
    terms: frozenset[str]
    joined: str
    weight: float
    surface: str
    lang: Language = "en"


def _passed_between(between: Sequence[str], after: Sequence[str]) -> bool:
    """Whether the words between "which" and a never-given thing leave the question asking which thing it is:
    "which russian battalions", or whose it is when the thing ends the question ("what was the reuters soldiers
    unit?", not "what was the reuters soldiers unit promised?")."""
    if len(between) <= _BETWEEN:
        return set(between) <= _PASSED
    return set(between) <= _PASSED | _OWNERS and tuple(after) in ((), ("or",))


class Matcher:
    """Built once per knowledge base; ``match`` is pure and allocation-light."""

    def __init__(self, documents: Sequence[Document], normaliser: Normaliser | Mapping[Language, Normaliser],
                 thresholds: Thresholds | None = None, never_given: Sequence[str] = (),
                 names: Mapping[Language, Sequence[str]] | None = None,
                 after: Mapping[Language, Sequence[str]] | None = None,
                 present: Mapping[Language, Sequence[str]] | None = None,
                 count: Mapping[Language, Sequence[str]] | None = None,
                 penalties: Mapping[Language, Sequence[str]] | None = None,
                 supposing: Mapping[Language, Sequence[str]] | None = None,
                 naming: Mapping[Language, Mapping[str, Sequence[str]]] | None = None,
                 attributing: Mapping[Language, Sequence[str]] | None = None):
        self._docs = tuple(documents)
        self._norms: Mapping[Language, Normaliser] = (
            {"en": normaliser} if isinstance(normaliser, Normaliser) else dict(normaliser))
        self._norm = self._norms["en"]
        self._limits = thresholds or Thresholds()
        self._numbers = sorted({n for d in self._docs for n in d.numbers})
        self._vocabulary = self._raw_vocabulary()
        self._vocab_list = {lang: sorted(w for w in words if len(w) >= 4 and not is_number(w))
                            for lang, words in self._vocabulary.items()}
        self._built: dict[tuple[Language, str], list[str]] = {}
        per_doc = [self._doc_terms(d) for d in self._docs]
        per_context = [frozenset(t for lang, text in self._contexts(d) for t in self._text_terms(lang, text))
                       for d in self._docs]
        per_all = [a | b for a, b in zip(per_doc, per_context, strict=True)]
        self._said = [tuple((lang, f" {' '.join(self._text_terms(lang, text))} ")
                            for lang, text in (*self._contexts(d), *(("en", h) for h in d.headings)))
                      for d in self._docs]
        """Per entry, the terms of its answer, quotes and headings in order, one string per text with its
        language: where a phrase a question quotes is said."""
        self._idf = self._compute_idf(per_all)
        self._unknown = math.log(1 + len(self._docs) / 0.5)
        self._phrasings = self._index_phrasings()
        self._built.clear()  # only the build reads a text twice
        self._known_sets = [frozenset(terms) if d.abstain else frozenset(terms) | context
                            for d, terms, context in zip(self._docs, per_doc, per_context, strict=True)]
        self._phrased = [frozenset(terms) for terms in per_doc]
        """Per entry, the terms of its phrasings, label and keywords (not of its answer)."""
        self._index = {d.id: i for i, d in enumerate(self._docs)}
        self._postings = _invert(per_all)
        self._doc_postings = _invert(per_doc)
        seen_sets: set[tuple[int, frozenset[str]]] = set()
        distinct = []  # a phrasing with the same terms as an earlier one of its entry can never be its best
        for p in self._phrasings:
            distinct.append(frozenset() if (p.doc, p.terms) in seen_sets else p.terms)
            seen_sets.add((p.doc, p.terms))
        self._phrasing_postings = _invert(distinct)
        first: dict[int, int] = {}
        for pid, p in enumerate(self._phrasings):
            first.setdefault(p.doc, pid)
        self._first_phrasing = [first.get(i, -1) for i in range(len(self._docs))]
        self._phrasing_doc = [p.doc for p in self._phrasings]
        self._phrasing_weight = [p.weight for p in self._phrasings]
        self._lightest = {term: tuple((pid, self._phrasing_doc[pid], _BLEND[1] * self.weight(term)
                                       / self._phrasing_weight[pid]) for pid in self._lightest_per_doc(pids))
                          for term, pids in self._phrasing_postings.items()}
        """Per term, each entry's lightest phrasing holding it (the first on a tie), with its entry and how much of
        it the term covers: of the phrasings that share only that term with a question, the one whose overlap is
        highest."""
        self._abstains = [d.abstain for d in self._docs]
        self._name_intros = {lang: (word, re.compile(r"(?<!\w)(?:" + "|".join(
            re.escape(p) for p in sorted(intros, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE))
            for lang, named in (naming or {}).items() if lang in self._norms for word, intros in named.items()
            if intros}  # one word per language: the schema allows no second
        """Per language, the word for a name and the words that introduce one ("called", «зовут»)."""
        self._reader = QuestionReader(self._norms, self.question_terms)
        self._attributing = {lang: frozenset(t for w in words for t in self._norms[lang].terms(w))
                             for lang, words in (attributing or {}).items() if lang in self._norms}
        """Per language, the terms that only put a question to a source ("according to", "per"): whose account is
        asked, no topic of its own."""
        self._names = frozenset(terms[0] for lang, aliases in (names or {}).items() if lang in self._norms
                                for alias in aliases if len(terms := self._norms[lang].terms(alias)) == 1
                                and rarity(terms[0]) > _EVERYDAY)  # not "well" of "Welle"
        """Terms that name a source ("cnn", "reuter"): a phrasing about another source is about someone else."""
        self._doc_names = [frozenset(t for v in d.voices for t in self._norm.terms(v) if t in self._names)
                           for d in self._docs]
        said_by: dict[str, set[str]] = defaultdict(set)
        unnamed: set[str] = set()
        for names_of, phrased, context, known in zip(self._doc_names, self._phrased, per_context, self._known_sets,
                                                     strict=True):
            for name in names_of:
                said_by[name].update(phrased & context)
            if not names_of:
                unnamed.update(known)
        self._name_vocab = {name: frozenset(known - unnamed) for name, known in said_by.items()}
        """Per source's name, the words of its stories (asked with and said in the entries it speaks in) that no entry
        without a source knows: a rare word of the question that is only another source's is that source's story
        ("the reuters soldier who was ashamed" is the CNN officer's shame)."""
        self._sourced_only: frozenset[str] = frozenset().union(*self._name_vocab.values())
        """The words of any source's stories (``_name_vocab``'s, together)."""
        self._present = frozenset(t for lang, words in (present or {}).items() if lang in self._norms
                                  for w in words for t in self._norms[lang].terms(w))
        """Terms asking about the present ("now", «сейчас»)."""
        self._after = self._present | frozenset(t for lang, words in (after or {}).items() if lang in self._norms
                                                for w in words for t in self._norms[lang].terms(w))
        """Terms asking what happened after the article ("later", "now", "2024")."""
        self._later_news: dict[str, Document] = {}
        """Per answering entry, the first "not covered" entry on news after the article that is near it."""
        for later in (d for d in self._docs if d.gap == "after_publication"):
            for near in later.near:
                if near in self._index and not self._docs[self._index[near]].abstain:
                    self._later_news.setdefault(near, later)
        self._count = frozenset(tuple(terms) for lang, words in (count or {}).items() if lang in self._norms
                                for w in words if (terms := self._norms[lang].terms(w)))
        """Terms asking for a number: ("how", "mani"), ("скольк",)."""
        self._counting_terms = frozenset(t for words in self._count for t in words)
        """Every term of those ("how", "mani", "скольк")."""
        self._penalties = frozenset(t for lang, words in (penalties or {}).items() if lang in self._norms
                                    for w in words for t in self._norms[lang].terms(w))
        """Terms of a penalty ("jail", "prosecuted", «посадили»): how many were jailed is a count the article lacks."""
        self._supposing = {lang: frozenset(self._norms[lang].stem(w) for phrase in words for w in tokens(phrase))
                           for lang, words in (supposing or {}).items() if lang in self._norms}
        """Per language, stems of words that make a question suppose ("if", "would", «если»)."""
        counted = {p.doc for p in self._phrasings if self._asks_count(p.terms)}
        self._counting = [bool(d.numbers) or i in counted for i, d in enumerate(self._docs)]
        self._gap_concepts = self._gaps_only_known()
        self._when = {lang: frozenset(self.read(word, lang).terms) for lang, word in _WHEN.items()}
        """Per language, the terms of asking when ("when did")."""
        self._when_asked: dict[tuple[str, Language], frozenset[str]] = {}
        """The terms of asking when that a gap's phrasing has, read once (bounded by the base's phrasings)."""
        self._off_topic_only = self._off_topic_words()
        self._core = self._core_terms()
        self._own_core = self._own_core_terms()
        self._never: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for phrase in never_given:
            words = tuple(tokens(phrase))
            if words:
                self._never[words[0]].append(words)
        asked = {p.doc for p in self._phrasings if not self._docs[p.doc].abstain and self._asks_never(tokens(p.text))}
        self._answers_never = [i in asked for i in range(len(self._docs))]
        """Answering entries with a phrasing worded like a question for a missing detail ("як звати офіцера"):
        such a question may be theirs."""

    def _gaps_only_known(self) -> frozenset[str]:
        """Lexicon concepts only "not covered" entries know ("Ukrainian losses", "Wagner", "sanctions"):
        a question about one asks for what the article lacks, however much else it shares with an answer."""
        # "until now" is often the article's own time: news after it is no sign of a gap, nor of an answer
        lacking = self._known_only(lambda doc: None if doc.gap == "after_publication" else doc.abstain)
        found = {term for lang, norm in self._norms.items() for term, word in norm.concepts.items()
                 if term in lacking and len(term) >= 3 and rarity(word, lang) >= _TELLING_RARITY}
        return frozenset(found)

    def _off_topic_words(self) -> frozenset[str]:
        """Words only off-topic entries know ("bitcoin", "recipe"): nothing the article covers or lacks uses them."""
        only = self._known_only(lambda doc: doc.gap == "off_topic")
        return frozenset(t for t in only if len(t) >= 4 and not is_number(t))

    def _known_only(self, side: Callable[[Document], bool | None]) -> set[str]:
        """The words the entries ``side`` puts in (``True``) know and none it puts out (``False``) knows; ``None``
        leaves an entry out of both."""
        inside: set[str] = set()
        outside: set[str] = set()
        for doc, known in zip(self._docs, self._known_sets, strict=True):
            where = side(doc)
            if where is not None:
                (inside if where else outside).update(known)
        return inside - outside

    def _core_terms(self) -> list[frozenset[str]]:
        """Per entry, the telling terms most of its phrasings in some language share ("killed" for the death
        tolls, not "will"): what a question must touch to be about that entry rather than only near it."""
        by_doc: dict[tuple[int, str], list[frozenset[str]]] = defaultdict(list)
        for p in self._phrasings:
            by_doc[(p.doc, p.lang)].append(p.terms)
        core: list[set[str]] = [set() for _ in self._docs]
        for (doc, _), sets in by_doc.items():
            counts: dict[str, int] = defaultdict(int)
            for terms in sets:
                for t in terms:
                    counts[t] += 1
            core[doc].update(t for t, c in counts.items() if c >= _CORE_SHARE * len(sets) and rarity(t) > _EVERYDAY)
        return [frozenset(c) for c in core]

    def _own_core_terms(self) -> list[frozenset[str]]:
        """Per entry, its core terms that fewer than ``_CORE_EVERYWHERE`` entries share ("legal", not "resign")."""
        shared: dict[str, int] = defaultdict(int)
        for core in self._core:
            for t in core:
                shared[t] += 1
        return [frozenset(t for t in core if shared[t] < _CORE_EVERYWHERE) for core in self._core]

    def asks_gap(self, question: Question) -> bool:
        """Whether the question asks for a kind of detail, or about a subject, the article never gives."""
        return self._never_given(question) or not self._gap_concepts.isdisjoint(question.terms) \
            or self._counts_penalties(question)

    def states_penalty(self, question: Question) -> bool:
        """Whether the message names a penalty ("got locked up", «посадили»)."""
        return not self._penalties.isdisjoint(question.terms)

    def _counts_penalties(self, question: Question) -> bool:
        """Whether the question asks how many were punished ("how many have been prosecuted for quitting?"): the
        article tells of one warning, and counts no prison terms or cases."""
        return self.asks_count(question) and not self._penalties.isdisjoint(question.terms)

    @property
    def thresholds(self) -> Thresholds:
        """The cut-offs in force."""
        return self._limits

    # -- building ---------------------------------------------------------------------------------
    def _raw_vocabulary(self) -> dict[Language, frozenset[str]]:
        """The base's words per language: a typo is fixed towards its own language's words only (English
        "oficial" is "official", though Spanish texts hold "oficial")."""
        words: dict[Language, set[str]] = defaultdict(set)
        for doc in self._docs:
            for lang, text in (*self._texts(doc), *self._contexts(doc)):
                words[lang].update(tokens(text))
        return {lang: frozenset(found) for lang, found in words.items()}

    def _texts(self, doc: Document) -> list[tuple[Language, str]]:
        """What a document is matched on, each text with its language: phrasings, label, keywords."""
        english: list[tuple[Language, str]] = [("en", t) for t in (*doc.phrasings, doc.label, *doc.extra_terms)]
        return english + [(lang, t) for lang, t in doc.foreign if lang in self._norms]

    def _contexts(self, doc: Document) -> list[tuple[Language, str]]:
        english: list[tuple[Language, str]] = [("en", t) for t in doc.context]
        return english + [(lang, t) for lang, t in doc.foreign_context if lang in self._norms]

    def _doc_terms(self, doc: Document) -> set[str]:
        terms: set[str] = set()
        for lang, text in self._texts(doc):
            terms.update(self._text_terms(lang, text))
        terms.update(number_term(n) for n in doc.numbers)
        terms.update(doc.marks)
        return terms

    def _text_terms(self, lang: Language, text: str) -> list[str]:
        """A text's terms, worked out once while the index is built (a phrasing is read for its entry's terms
        and again as a phrasing)."""
        key = (lang, text)
        found = self._built.get(key)
        if found is None:
            found = self._built[key] = self._norms[lang].terms(text)
        return found

    def _compute_idf(self, per_doc: list[frozenset[str]] | list[set[str]]) -> dict[str, float]:
        df: dict[str, int] = defaultdict(int)
        for terms in per_doc:
            for term in terms:
                df[term] += 1
        n = len(per_doc)
        figures = {number_term(v) for v in self._numbers}
        return {t: math.log(1 + n / c) * (_NUMBER_BOOST if t in figures else 1.0) for t, c in df.items()}

    def _index_phrasings(self) -> list[_Phrasing]:
        out = []
        for i, doc in enumerate(self._docs):
            numbers = {number_term(n) for n in doc.numbers}
            for lang, text in [*(("en", t) for t in (*doc.phrasings, doc.label)), *doc.foreign]:
                if lang not in self._norms:
                    continue
                terms = frozenset(self._text_terms(lang, text)) | (numbers if _mentions_number(text) else frozenset())
                if terms:
                    surface = phrase_key(text)
                    out.append(_Phrasing(i, text, terms, " ".join(sorted(terms)), self._weight(terms), surface, lang))
        return out

    # -- matching ---------------------------------------------------------------------------------
    def weight(self, term: str) -> float:
        """IDF of a known term; unknown terms weigh like the rarest ones."""
        return self._idf.get(term, self._unknown)

    def _weight(self, terms: Iterable[str]) -> float:
        return math.fsum(self.weight(t) for t in terms)  # exact, so the order of a set's terms cannot matter

    def correct(self, word: str, lang: Language = "en") -> str:
        """Fix a typo by the nearest known word, or a question word run into the next by the two words ("whatmade" is
        "what made"); short, numeric and known words are left alone."""
        known, norm = self._vocabulary.get(lang, frozenset()), self._norms.get(lang, self._norm)
        turned = None if word in known or is_number(word) else unswapped(word, lang, known, norm.stopwords)
        if turned is not None:
            return turned  # "waht", "russain": two letters typed the wrong way round
        if word in known or len(word) < 4 or is_number(word) or norm.stem(word) in self._idf \
                or norm.concept_of(norm.stem(word)) is not None:  # a lexicon word ("orcs") is no typo
            return word
        if lang == "en" and word.endswith("in") and norm.stem(f"{word}g") in self._idf \
                and rarity(f"{word}g") < rarity(word):
            return f"{word}g"  # "feelin", "sayin": the "-ing" typed as it is said, not "begin" or "cabin"
        if lang == "en" and "shun" in word and norm.stem(said := word.replace("shun", "tion")) in self._idf:
            return said  # "resignashuns", "mobilizashun": the "-tion" typed as it is said
        if is_common(word, lang):
            return word  # a common word ("tower") is not a typo of a known one ("lower")
        glued = next((w for w in _GLUED_OPENINGS.get(lang, ()) if word.startswith(w)), None)
        if glued is not None and (rest := word[len(glued):]) and len(rest) >= 3 \
                and (rest in known or (stem := norm.stem(rest)) in norm.stopwords or stem in self._idf):
            return f"{glued} {rest}"  # "whatmade", "whydid": the space after a question word missed
        hit = process.extractOne(word, self._vocab_list.get(lang, ()), scorer=fuzz.ratio, processor=None,
                                 score_cutoff=80)
        return hit[0] if hit else word

    def past_label(self, text: str, lang: Language = "en") -> str:
        """The message after a label naming where a pasted post comes from ("Tweet: ...", «Переслано: ...»)."""
        return self._norms.get(lang, self._norm).past_label(text)

    def question_terms(self, text: str, lang: Language = "en") -> tuple[str, ...]:
        """The question's terms in ``lang``, typo-corrected, with numbers snapped to figures in the base."""
        norm = self._norms.get(lang, self._norm)
        text = self._names_read(text, lang, norm)
        terms = tuple(dict.fromkeys(
            self._snap(t) for t in norm.terms(text, lambda word: self.correct(word, lang), asked=True)))
        if not self._present.isdisjoint(terms) and norm.cites_itself(text):
            # "what shape is the russian army in rn per the article": now as the article tells it, no later news
            terms = tuple(t for t in terms if t not in self._present)
        if self._after.isdisjoint(terms) or (asked := asked_sentences(text)) is None:
            return terms
        # "my son serves there now. can he quit legally?": a time word only a sentence that tells has asks nothing,
        # unless that sentence is a claim the question only checks ("heard putin mobilized later. is that real?")
        kept = self.question_terms(asked, lang)
        if all(t in norm.checking for t in kept):
            return terms
        return tuple(t for t in terms if t not in self._after or t in kept)

    def _names_read(self, text: str, lang: Language, norm: Normaliser) -> str:
        """``text`` with each name the base cannot know, after a word introducing one, read as the word for a name:
        "a channel says the CNN officer is called Sergei Ivanov" asks whether he is named, not about "Ivanov"."""
        naming = self._name_intros.get(lang)
        if naming is None:
            return text
        word, intro = naming
        parts: list[str] = []
        start = 0
        for found in intro.finditer(text):
            end = found.end()
            for _ in range(_NAME_WORDS):
                nxt = _NEXT_WORD.match(text, end)
                stems = norm.terms(nxt.group(1)) if nxt is not None else []
                if nxt is None or not stems or any(s in self._idf or is_number(s) for s in stems):
                    break
                end = nxt.end()
            if end > found.end() and found.start() >= start:
                parts += [text[start : found.start()], word]
                start = end
        return "".join([*parts, text[start:]]) if parts else text

    def _snap(self, term: str) -> str:
        """A number close to a figure of the base is that figure ("29,000" is 29,200); small numbers are exact."""
        if not is_number(term) or term in self._idf or not self._numbers or float(term) < _SNAP_FROM:
            return term
        value = float(term)
        nearest = min(self._numbers, key=lambda n: abs(n - value))
        return number_term(nearest) if abs(nearest - value) <= 0.1 * max(nearest, 1) else term

    def _question_weight(self, question: Question, terms: frozenset[str]) -> float:
        """Total weight of the question; words the base never saw weigh by how rare they are in English."""
        unknown = {t for t in terms if t not in self._idf}
        if not unknown:
            return self._weight(terms)
        extra = math.fsum(self._unknown * rarity(question.origin.get(t, t), question.lang) for t in unknown)
        return self._weight(terms - unknown) + extra

    def read(self, text: str, prefer: Language | None = None) -> Question:
        """``text`` read as a question with this base's words (typos corrected, figures snapped), in its
        language (``prefer`` when the text cannot tell: the user's language)."""
        return self._reader.read(text, prefer)

    def forget_reads(self) -> None:
        """Read every text afresh from now on: a new message is being answered."""
        self._reader.forget()

    def rank(self, question: Question | str, limit: int = 5, *, explain: bool = False, lenient: bool = False
             ) -> tuple[tuple[str, ...], list[Candidate]]:
        """Top candidates for the question with their scores, best first; ``explain`` fills in why. ``lenient``
        scores a phrasing naming another source than the question's as any other."""
        q = self.read(question) if isinstance(question, str) else question
        terms = q.terms
        if not terms:
            return terms, []
        qset = frozenset(terms)
        qweight = self._question_weight(q, qset)
        shortlist = sorted(self._overlaps(qset, qweight))[: max(limit, _RESCORE)]
        joined = " ".join(sorted(qset))
        surface = " ".join(q.words)
        scored = []
        abstains = self._abstains
        asked = qset & self._names
        claimed = {t for t in qset if t.startswith(ROLE_MARK)}  # the parties the question has claim something
        manner = "how" in qset and qset.isdisjoint(_COUNTING)
        for negative, doc, pid in shortlist:
            overlap = -negative
            phrasing = self._phrasings[pid]
            # both sides' terms are sorted already: the plain ratio is their token-sort ratio
            chars = max(fuzz.ratio(joined, phrasing.joined, processor=None),
                        fuzz.ratio(surface, phrasing.surface, processor=None)) / 100
            score = round(100 * (_OVERLAP_WEIGHT * overlap + (1 - _OVERLAP_WEIGHT) * chars), 1)
            if asked and not lenient:  # "did the cnn guy ..." is not "the reuters soldier"
                named = (phrasing.terms & self._names) | self._doc_names[doc]
                if named and asked.isdisjoint(named) and not self._told_elsewhere(qset & phrasing.terms, asked):
                    score = round(score - _OTHER_SOURCE, 1)
            if claimed and not lenient:  # "what do the ukrainian authorities say" is not "what does russia's say"
                theirs = {t for t in phrasing.terms if t.startswith(ROLE_MARK)}
                if theirs and claimed.isdisjoint(theirs):
                    score = round(score - _OTHER_SOURCE, 1)
            if manner and "how" in phrasing.terms and not phrasing.terms.isdisjoint(_COUNTING):
                score = round(score - _OTHER_ASK, 1)
            # Best score first; on a tie an entry that answers beats a "not covered" one, then base order.
            scored.append((-score, abstains[doc], doc, pid, overlap, chars))
        scored.sort()
        final = []
        for neg, _, doc, pid, overlap, chars in scored[:limit]:
            phrasing = self._phrasings[pid]
            why = f"overlap={overlap:.2f} chars={chars:.2f} shared={sorted(qset & phrasing.terms)}" if explain else ""
            final.append(Candidate(self._docs[doc].id, self._docs[doc].label, -neg, phrasing.text, why))
        return terms, final

    def _told_elsewhere(self, shared: frozenset[str], asked: frozenset[str]) -> bool:
        """Whether a rare word the question shares with a phrasing is one no entry of the asked sources knows."""
        return any(t in self._sourced_only and self.weight(t) >= _RARE_IN_BASE
                   and all(t not in self._name_vocab.get(n, ()) for n in asked) for t in shared)

    def _lightest_per_doc(self, pids: list[int]) -> tuple[int, ...]:
        """Of ``pids`` (in order), each entry's lightest phrasing, the first of equal weight."""
        lightest: dict[int, int] = {}
        for pid in pids:
            doc = self._phrasing_doc[pid]
            if doc not in lightest or self._phrasing_weight[pid] < self._phrasing_weight[lightest[doc]]:
                lightest[doc] = pid
        return tuple(lightest.values())

    def _overlaps(self, qset: frozenset[str], qweight: float) -> list[tuple[float, int, int]]:
        """Per document, its best phrasing's weighted overlap with the question (negated, to sort best first), the
        document and that phrasing, via the postings lists.

        Overlap blends how much of the question a phrasing explains, how much of the phrasing the
        question covers, and how much of the question the whole entry (and its answer) explains. Of the
        phrasings that share a single term with the question only each entry's lightest can be its best, so
        only those and the phrasings sharing several terms are weighed, in the order of a plain scan
        (by the first term they share, then by position), so that ties fall the same way.
        """
        terms = sorted(qset)  # one order in every process: float sums (and so ties) do not vary
        weights_of = [self.weight(t) for t in terms]
        postings = [self._phrasing_postings.get(t, ()) for t in terms]
        by_doc = _weighted_sums(self._doc_postings, terms, weights_of)
        by_context = _weighted_sums(self._postings, terms, weights_of)
        seen: set[int] = set()
        several: set[int] = set()
        for pids in postings:
            several.update(seen.intersection(pids))
            seen.update(pids)
        shared: dict[int, float] = {}
        starting: list[list[int]] = [[] for _ in terms]
        for i, (pids, weight) in enumerate(zip(postings, weights_of, strict=True)):
            for pid in several.intersection(pids):
                if pid in shared:
                    shared[pid] += weight
                else:
                    shared[pid] = weight
                    starting[i].append(pid)
        w_q, w_p, w_doc, w_ctx = _BLEND
        base = {doc: (w_doc * by_doc.get(doc, 0.0) + w_ctx * weight) / qweight for doc, weight in by_context.items()}
        first = self._first_phrasing
        top = {doc: value for doc, value in base.items() if first[doc] >= 0}
        pick = {doc: first[doc] for doc in top}
        docs, weights = self._phrasing_doc, self._phrasing_weight
        lightest = self._lightest
        for term, weight, opened in zip(terms, weights_of, starting, strict=True):
            asked = w_q * weight / qweight  # the same operations, in the same order, as written out per phrasing
            for pid, doc, covered in lightest.get(term, ()):
                if pid not in several:
                    value = base[doc] + asked + covered
                    if value > top[doc]:
                        top[doc] = value
                        pick[doc] = pid
            for pid in sorted(opened):
                doc = docs[pid]
                value = base[doc] + w_q * shared[pid] / qweight + w_p * shared[pid] / weights[pid]
                if value > top[doc]:
                    top[doc] = value
                    pick[doc] = pid
        return [(-value, doc, pick[doc]) for doc, value in top.items()]

    def match(self, question: Question | str) -> Match:
        """Decide: one entry, a "did you mean" among close ones, or no match.

        A claim checked that names a source ("the CNN soldier said 'this is not our war', right?") and finds no
        answer of that source's may have the wrong source: then the answer whoever's it is, which the reply says."""
        q = self.read(question) if isinstance(question, str) else question
        found = self._match(q)
        if not q.checks or frozenset(q.terms).isdisjoint(self._names) or self._answers(found):
            return found
        other = self._match(q, lenient=True)
        return other if self._answers(other) else found

    def _answers(self, match: Match) -> bool:
        """Whether the match is one entry that answers (not a "not covered" one)."""
        return match.kind == "entry" and match.best is not None and not self._docs[self._index[match.best.id]].abstain

    def _match(self, q: Question, *, lenient: bool = False) -> Match:
        terms, ranked = self.rank(q, lenient=lenient)
        if not ranked or ranked[0].score < self._limits.floor:
            return self._quoted_or_none(q, terms, ranked)
        if ranked[0].score < self._limits.answer and self._asks_off_topic(q):
            # "is bitcoin a scam?": not the story sharing "scam" or "think" with it, unless the article fits well
            off = [c for c in self.rank(q, _RESCORE)[1] if self._docs[self._index[c.id]].gap == "off_topic"]
            best = off[0] if off and off[0].score >= self._limits.floor else None
            return Match("entry" if best else "none", best, tuple(off[:MAX_CHOICES]) or tuple(ranked[:MAX_CHOICES]),
                         terms)
        if self.asks_gap(q):
            gaps = self._gaps_asked(q)
            if gaps and not self._answered_outright(q, ranked[0], gaps):
                best = gaps[0] if gaps[0].score >= self._limits.floor else None
                return Match("entry" if best else "none", best, tuple(gaps[:MAX_CHOICES]), terms)
        elif any(self._asks_when(c, q) for c in ranked[:MAX_CHOICES]):
            # "he was in shock for a whole month after the fighting started": no question of when it started, so
            # not the gap on that date, whose phrasing only shares "fighting started"
            ranked = [c for c in ranked if not self._asks_when(c, q)]
            if not ranked or ranked[0].score < self._limits.floor:
                return self._quoted_or_none(q, terms, ranked)
        top = self._later(q, ranked, self._covered(q, ranked, self._specific(q, ranked)))
        top = self._supposed(q, ranked, top)
        top = self._unpunished(q, ranked, top)
        top = self._penalty_checked(q, ranked, top)
        top = self._his_penalty(q, ranked, top)
        top = self._named_story(q, ranked, top)
        top = self._quoted(q, ranked, top)
        if top.score < _CONFIDENT and self._unexplained(q, top):
            return self._quoted_or_none(q, terms, ranked)
        if top is not ranked[0]:
            return Match("entry", top, (top, *(c for c in ranked[:MAX_CHOICES] if c is not top)), terms)
        runner = ranked[1].score if len(ranked) > 1 else 0.0
        close = tuple(c for c in ranked[:MAX_CHOICES] if top.score - c.score < 2 * self._limits.margin)
        if len(terms) <= 2:
            return self._short(top, runner, close, ranked, terms)
        close = self._unless_later(q, close)
        # a clear lead answers on a telling word the two share, however modest the score on a very rare one
        # ("did they at least get the whole 'denazification' speech"), when it is an answer, not a gap
        lead = top.score - runner
        answering = not self._docs[self._index[top.id]].abstain
        clear = (lead >= _CLEAR_LEAD and top.score >= _LEAD_FLOOR and self._telling_shared(q, top)) or (
            answering and lead >= _RARE_LEAD and self._telling_shared(q, top, _VERY_RARE, typed=True)) or (
            # "cuanto tiempo estuvo en shock el militar ese ...": no other entry comes near on the telling word
            answering and lead >= _WIDE_LEAD and top.score >= self._limits.floor
            and self._telling_shared(q, top, typed=True))
        if top.score >= self._limits.answer or self._same_group(close) or clear \
                or self._explains_most(q, top, close) or self._speaks_for(q, top, close) \
                or self._covers_rivals(q, top, close):
            return Match("entry", top, tuple(ranked[:MAX_CHOICES]), terms)
        return Match("ambiguous", top, close if len(close) > 1 else tuple(ranked[:MAX_CHOICES]), terms)

    def _covers_rivals(self, q: Question, top: Candidate, close: tuple[Candidate, ...]) -> bool:
        """Whether the top answer gives the voices of every close rival and more, and the message names none: the
        overview of what they all say ("the guys who bail out... is it moral reasons or are they just scared?" is
        why soldiers quit, which the CNN officer's reason is one of)."""
        if len(close) < 2 or top.score < _LEAD_FLOOR or self._sources_named(q):
            return False
        voices = self._doc_names[self._index[top.id]]
        return all(c is top or (not self._docs[self._index[c.id]].abstain
                                and frozenset() < self._doc_names[self._index[c.id]] < voices) for c in close)

    def _asks_when(self, candidate: Candidate, q: Question) -> bool:
        """Whether a "not covered" candidate was reached by a phrasing that asks when ("when did the fighting start":
        a date), which the question does not ask."""
        if not self._docs[self._index[candidate.id]].abstain:
            return False
        key = (candidate.phrasing, q.lang)
        if key not in self._when_asked:
            self._when_asked[key] = self._when.get(q.lang, frozenset()).intersection(
                self.read(candidate.phrasing, q.lang).terms)
        when = self._when_asked[key]
        return bool(when) and when.isdisjoint(q.terms)

    def _asks_off_topic(self, q: Question) -> bool:
        """Whether the question has a rare word only off-topic entries know ("bitcoin", "netflix")."""
        return any(t in self._off_topic_only and rarity(q.origin.get(t, t), q.lang) >= _TELLING_RARITY
                   for t in q.terms)

    def _gaps_asked(self, q: Question) -> list[Candidate]:
        """The "not covered" entries a question asking for a missing detail may mean, best first. When only a
        subject the article lacks makes it ask one ("what does Russia's defence ministry say about wounded
        soldiers?"), only gaps that know that subject: another gap (no Kremlin statement) answers nothing of it."""
        concepts = () if self._never_given(q) else self._gap_concepts.intersection(q.terms) or (
            self._penalties.intersection(q.terms) if self._counts_penalties(q) else ())
        return [c for c in self.rank(q, _RESCORE)[1] if self._docs[doc := self._index[c.id]].abstain
                and (not concepts or not self._known(doc).isdisjoint(concepts))]

    def _quoted_or_none(self, q: Question, terms: tuple[str, ...], ranked: list[Candidate]) -> Match:
        """No match, unless the question quotes what an entry says ("what means 'penetrating Ukrainian
        territory'?", «їм казали про "денацифікацію"? по телеку ж кричали»): that entry, however little else fits."""
        saying = self._saying(q)
        said = self._said_by(q, saying) if saying else None
        if said is not None:
            return Match("entry", said, (said,), terms)
        return Match("none", None, tuple(ranked[:MAX_CHOICES]), terms)

    def _short(self, top: Candidate, runner: float, close: tuple[Candidate, ...], ranked: list[Candidate],
               terms: tuple[str, ...]) -> Match:
        """One or two words ("officer", "putin") fit many entries: answer only a high, clear winner."""
        clear = top.score - runner >= (2 if len(terms) == 1 else 1) * self._limits.margin
        if top.score >= self._limits.short_answer and (clear or (len(terms) > 1 and self._same_group(close))):
            # "did they tell him he was there for denazification": two close answers of one story, the best of them
            return Match("entry", top, tuple(ranked[:MAX_CHOICES]), terms)
        if clear and self._docs[self._index[top.id]].gap == "off_topic" and top.score >= self._limits.floor:
            # "what do u think about bitcoin": a topic off the article, well ahead of a story sharing "think"
            return Match("entry", top, tuple(ranked[:MAX_CHOICES]), terms)
        pool = close if len(close) > 1 else tuple(ranked[:MAX_CHOICES])
        answering = [c for c in pool if not self._docs[self._index[c.id]].abstain and c.score >= self._limits.floor]
        openers = [c for c in answering if self._docs[self._index[c.id]].opens_topic]
        chosen = openers[0] if len(openers) == 1 else answering[0] if len(answering) == 1 else None
        if chosen is not None and chosen.score >= self._limits.floor:
            return Match("entry", chosen, (chosen, *(c for c in pool if c is not chosen)), terms)
        return Match("ambiguous", top, close if len(close) > 1 else tuple(ranked[:MAX_CHOICES]), terms)

    def _speaks_for(self, question: Question, top: Candidate, close: tuple[Candidate, ...]) -> bool:
        """A withheld detail's reply says what its nearby entries say ("CNN did not reveal his name"): when it and
        those entries know most of the question's words, and no other close rival knows more, the gap answers
        ("group chat says he is Pavel F., does the article confirm his name?")."""
        doc = self._docs[self._index[top.id]]
        if doc.gap != "withheld":
            return False
        telling = self._uncommon(question)
        known = self._known(self._index[top.id]).union(
            *(self._known(self._index[c.id]) for c in close if c.id in doc.near))
        held = self._held(telling, known)
        return held is not None and all(sum(t in self._known(self._index[c.id]) for t in telling) <= held
                                        for c in close if c is not top and c.id not in doc.near)

    def _explains_most(self, question: Question, top: Candidate, close: tuple[Candidate, ...]) -> bool:
        """Whether the top answer knows most of the question's words, and more of them than any close rival: it
        is what was asked, and a "did you mean" would only add a step ("what did the military people warn that
        officer about when he wanted to quit?"). A rival on the top's own topic may know as much, but no other
        word: the top answers."""
        doc = self._index[top.id]
        if self._docs[doc].abstain or not question.terms or self._asks_later(question, top.id):
            return False
        telling = self._uncommon(question)
        known = self._known(doc)
        if any(is_number(t) and t not in known for t in question.terms):
            return False  # "what is 15% of 2400": a figure the answer does not give is what is asked
        held = self._held(telling, known)
        if held is None:
            return False
        group, mine = self._docs[doc].group, {t for t in telling if t in known}
        for rival in close:
            theirs = {t for t in telling if t in self._known(self._index[rival.id])}
            if rival is not top and len(theirs) >= held and not (
                    group and self._docs[self._index[rival.id]].group == group and theirs <= mine):
                return False
        return True

    def _uncommon(self, question: Question) -> list[str]:
        """The question's terms that say what it is about: not "how", "soldier", which most entries know."""
        return [t for t in question.terms if self.weight(t) >= _COMMON_WEIGHT]

    @staticmethod
    def _held(telling: list[str], known: frozenset[str]) -> int | None:
        """How many of the telling terms ``known`` holds, when that is most of them; ``None`` otherwise."""
        held = sum(t in known for t in telling)
        return held if telling and held >= _EXPLAINED * len(telling) else None

    def _same_group(self, candidates: tuple[Candidate, ...]) -> bool:
        """Close candidates on one topic: the best of them answers, asking would only add a step."""
        groups = {self._docs[self._index[c.id]].group for c in candidates}
        return len(candidates) > 1 and len(groups) == 1 and "" not in groups


    def _specific(self, question: Question, ranked: list[Candidate]) -> Candidate:
        """Prefer a close candidate that explains a telling word the top entry cannot.

        "How many soldiers died in the Chechen war" shares most words with the death-toll entry, but
        "Chechen" is the word that matters, and only the not-covered entry about earlier wars has it.
        A word is telling when it is uncommon in English (rarity), whatever the base's IDF says; the
        rarer it is, the further behind the top a candidate may be and still take over. When an
        answering entry and a not-covered one both explain it, the answering entry wins.
        """
        top = ranked[0]
        top_doc = self._index[top.id]
        if self._docs[top_doc].abstain:
            return top
        terms = question.terms
        rare = {t: rarity(question.origin.get(t, t), question.lang) for t in terms}
        known = self._known(top_doc)
        # A source's name is taken out of answers: not a topic of its own. Nor, in a language whose phrasings are
        # fewer, is a party's name («росіянин»): rare in the index, yet one of the article's actors.
        parties = self._norms[question.lang].party_terms if question.lang != "en" else frozenset()
        # "what did the army promise them according to the reuters soldier": "according" is whose account, no topic
        attributing = self._attributing.get(question.lang, frozenset())
        telling = {t for t in terms if t not in known and rare[t] >= _TELLING_RARITY and self.weight(t) >= _TELLING_IDF
                   and t not in self._names and t not in parties and t not in attributing
                   and question.origin.get(t, t) not in _PRECISION
                   and not t.startswith(ROLE_MARK)}
        if not telling:
            return top
        window = _SPECIFIC_WINDOW if max(rare[t] for t in telling) >= _VERY_RARE else _SPECIFIC_WINDOW / 2.5
        fitting = []
        for other in ranked[1:]:
            doc = self._index[other.id]
            if top.score - other.score > window:
                break
            gained = telling & self._known(doc)
            lost = {t for t in terms if t in known and t not in self._known(doc)}
            if not lost.isdisjoint(self._names) and self._docs[doc].abstain and self._docs[doc].gap != "off_topic":
                continue  # "CNN interviewed a general who defected": a source named is no detail the article lacks
            if gained and max((self._telling(rare, t) for t in lost), default=(0.0, 0.0)) < max(
                self._telling(rare, t) for t in gained
            ):
                fitting.append(other)
        answering = [c for c in fitting if not self._docs[self._index[c.id]].abstain]
        return (answering or fitting or [top])[0]

    def _answered_outright(self, question: Question, top: Candidate, gaps: list[Candidate]) -> bool:
        """Whether a question worded like one for a missing detail ("what's the name of the officer who spoke
        to CNN?") is answered all the same: the best entry answers and is itself asked that way, its phrasings
        know every word of the question and the best "not covered" entry's do not (CNN did not reveal his name)."""
        if not self._answers_never[self._index[top.id]] or top.score < self._limits.answer:
            return False
        words = [t for t in question.terms if not is_number(t)]  # a gap never lists the figures it asks about
        if not gaps:
            return self.phrased_in_full(question, top.id)
        known, gap = self._phrased[self._index[top.id]], self._phrased[self._index[gaps[0].id]]
        if not self.phrased_in_full(question, top.id):
            # «cómo se llama la representante del comité»: a word neither knows, and the answer alone knows a telling
            # one ("how do we know he exists" tells nothing the gap on his name lacks)
            return all(t in known for t in words if t in gap) and any(
                t not in gap and rarity(question.origin.get(t, t), question.lang) >= _TELLING_RARITY
                for t in words if t in known)
        return not gap.issuperset(words) or top.score - gaps[0].score >= _OUTRIGHT_LEAD

    def only_asks_if_article_says(self, question: Question) -> bool:
        """Whether the question is nothing but asking whether the article says what came before ("does the article
        say that?", «так в статье?»)."""
        norm = self._norms.get(question.lang, self._norm)
        if norm.only_asks_if_article_says(question.stems):
            return True
        # "does the article confirm", «в статье это подтверждают?»: the article and a checking word, nothing else
        return norm.names_itself(question.stems) and not question.numbers and bool(question.terms) \
            and all(t in norm.checking or norm.names_itself([t]) for t in question.terms)

    def asks_permission(self, question: Question) -> bool:
        """Whether the question asks whether something may be done ("can they resign?", «можно ли уволиться?», "is it
        legal?"), not whether it happened."""
        return self._norms.get(question.lang, self._norm).asks_permission(question.stems, question.terms)

    def opens_question(self, question: Question) -> bool:
        """Whether the message opens with a question word ("what", «что», "wat"), asking for a fact."""
        norm = self._norms.get(question.lang, self._norm)
        return norm.opens_question(norm.expanded_stems(question.words[:1]))

    def only_asks_what_article_says(self, question: Question) -> bool:
        """Whether the question only asks what the article says («что в статье объясняют?», "what does the article
        say?"), with no subject or figure of its own; not whether it says something ("is that in the article?")."""
        norm = self._norms.get(question.lang, self._norm)
        return not question.numbers and self.opens_question(question) and norm.only_points_at_itself(question.terms)

    def names_itself(self, question: Question) -> bool:
        """Whether the question names the article itself ("does the article trust what Ukraine says?")."""
        return self._norms.get(question.lang, self._norm).names_itself(question.stems)

    def tells_apart(self, question: Question, one: str, other: str, *, asked: bool = False) -> bool:
        """Whether ``one`` entry knows a telling word of the question ("deserters") that ``other`` does not; ``asked``:
        that ``one`` is asked with and ``other`` is not ("commander": the right to resign only says in passing that "a
        superior may throw it in the trash")."""
        sets = self._phrased if asked else self._known_sets
        known, lacking = sets[self._index[one]], sets[self._index[other]]
        checks = self._norms.get(question.lang, self._norm).checking  # "is that true?" is about what was said
        return any(t in known and t not in lacking and t not in self._names and t not in checks
                   and self.weight(t) >= _TELLING_IDF and rarity(question.origin.get(t, t), question.lang)
                   >= _TELLING_RARITY for t in question.terms)

    def asked_apart(self, question: Question, one: str, other: str) -> bool:
        """Whether ``one`` entry is asked with every word of the question that tells anything and ``other`` with none
        of them («y eso es legal?»: the Geneva Convention is asked whether it is legal, the videos are not), however
        common the words are."""
        asked, other_asked = self._phrased[self._index[one]], self._phrased[self._index[other]]
        checks = self._norms.get(question.lang, self._norm).checking
        telling = [t for t in question.terms if t not in self._names and t not in checks
                   and self.weight(t) >= _TELLING_IDF]
        return bool(telling) and all(t in asked and t not in other_asked for t in telling)

    def phrased_in_full(self, question: Question, doc_id: str) -> bool:
        """Whether an entry's phrasings know every term of the question."""
        doc = self._index.get(doc_id)
        return doc is not None and self._phrased[doc].issuperset(question.terms)

    def terms_known(self, question: Question, doc_id: str) -> tuple[str, ...]:
        """The question's terms an entry knows, in its phrasings, answer or quotes."""
        doc = self._index.get(doc_id)
        return tuple(t for t in question.terms if t in self._known(doc)) if doc is not None else ()

    def knows_all(self, question: Question, doc_id: str) -> bool:
        """Whether an entry knows every term of the question, in its phrasings, answer or quotes."""
        doc = self._index.get(doc_id)
        return doc is not None and self._known(doc).issuperset(question.terms)

    def _never_given(self, question: Question) -> bool:
        """Whether the question asks for a kind of detail the article never gives (a date, an age, a name), in
        the words as typed or written out («de q batallón» as «de que batallón»)."""
        if self._asks_never(question.words):
            return True
        written_out = self._norms.get(question.lang, self._norm).expand(question.words)
        return written_out != list(question.words) and self._asks_never(written_out)

    def _asks_never(self, words: Sequence[str]) -> bool:
        """Whether the words hold a never-given phrase; "which battalions" also with a word or two between ("which
        russian battalions", "what was the date"), as one asks which or what of a thing; "whats" asks as "what" does
        ("whats the cnn officers unit?"); a pronoun between its words is read past («з якої він частини?»)."""
        typed = tuple(words)
        spelt = tuple(_WHAT_IS.get(w, w) for w in typed)
        return any(self._holds_never(w) for w in {typed, spelt, tuple(w for w in spelt if w not in _PUT_BETWEEN)})

    def _holds_never(self, words: tuple[str, ...]) -> bool:
        """Whether ``words`` hold a never-given phrase, as ``_asks_never`` reads them."""
        return any(words[i : i + len(p)] == p
                   or (len(p) == 2 and w in _WHICH and p[1] in words[i + 2 : i + 2 + _BETWEEN_OWNED]
                       and _passed_between(words[i + 1 : (j := words.index(p[1], i + 2))], words[j + 1 : j + 2])
                       and words[j + 1 : j + 3] != ("to", p[1]))  # "what were day to day conditions": daily
                   for i, w in enumerate(words) for p in self._never.get(w, ()))

    def _unexplained(self, question: Question, top: Candidate) -> bool:
        """A rare word no entry knows ("pension", "iphone") is what a short question is about: not an answer.

        In a long message (a forwarded post, a story) one unknown word is a detail, not the point. Russian and
        Ukrainian frequency lists call everyday inflections rare, so there only a name the dictionary knows as
        a surname, first name or place counts («Буданов», «Мариуполь»): the article names none the base lacks.
        """
        known = self._known(self._index[top.id])
        around = _KNOWN_AROUND_CHECKED if question.checks else _KNOWN_AROUND
        if len(question.terms) > _UNEXPLAINED_TERMS or sum(t in known for t in question.terms) >= around:
            # "half the army has quit, mass resignations are underway": the claim around the word; "the CNN soldier
            # was pumped the first week. right?": a claim checked, its unknown word what it says of the story
            return False
        if not self.strange(question, known):
            return False
        remarked = self.before_remark(question)  # "who is Valentina Menlikova? need her affiliation for attribution"
        return remarked is None or self.strange(remarked[0], known)

    def opens_supposing(self, question: Question) -> bool:
        """Whether a message opens with a word that supposes ("if not enough soldiers want to fight ...", «если»)."""
        return bool(question.stems) and question.stems[0] in self._supposing.get(question.lang, frozenset())

    def supposing_after_question(self, question: Question) -> int | None:
        """Where a supposition starts in a message that opens with a question word ("what can putin do *if* not
        enough guys want to fight"), past its first words; ``None`` otherwise."""
        norm = self._norms.get(question.lang)
        supposing = self._supposing.get(question.lang, frozenset())
        if norm is None or not self.opens_question(question):  # "wat can ..."
            return None
        # not "even if": a concession, not a supposition; nor "supposed to": what the stories are meant to show
        at = next((i for i, s in enumerate(question.stems) if i >= _ASKED_BEFORE and s in supposing
                   and question.words[i - 1] not in _EVEN and question.words[i + 1 : i + 2] != ("to",)), None)
        return at if at is not None and len(question.stems) - at > _ASKED_BEFORE else None  # not "... if possible"

    def before_remark(self, question: Question) -> tuple[Question, str] | None:
        """The question a message asks before a remark that asks nothing ("who is Valentina Menlikova? need her
        affiliation for attribution", "will there be a mobilization? my husband is of draft age"), read alone, and
        the remark; ``None`` unless such a remark is all that follows its one question mark (a second question,
        "what's her salary?", is asked, not remarked)."""
        head, mark, tail = question.text.partition("?")
        words = tokens(tail)
        norm = self._norms.get(question.lang)
        if not mark or not words or "?" in tail or not tokens(head) or norm is None \
                or words[0] in norm.yes_no_words or norm.opens_question([norm.stem(words[0])]):
            return None
        return self.read(head, question.lang), tail

    def tells_nothing(self, question: Question) -> bool:
        """Whether every word of the question is a common one («война же идет»), none that says what it is about."""
        return all(rarity(question.origin.get(t, t), question.lang) < _TELLING_RARITY for t in question.terms)

    def strange(self, question: Question, known: frozenset[str] = frozenset()) -> bool:
        """Whether the question has a rare word the base never uses ("tomatoes", "pension"), nor ``known``."""
        checking = self._norms.get(question.lang, self._norm).checking  # "or is that a fairy tale": a check, no topic
        unknown = [question.origin.get(t, t) for t in question.terms
                   if t not in self._idf and t not in known and not is_number(t) and len(t) >= 4 and t not in checking]
        if question.lang not in _RARITY_TELLS:
            return any(is_proper_name(word, question.lang) for word in unknown)
        return any(not word.endswith(_ADVERB.get(question.lang, "\0"))
                   and rarity(word, question.lang) >= _UNEXPLAINED_RARITY for word in unknown)

    def _covered(self, question: Question, ranked: list[Candidate], top: Candidate) -> Candidate:
        """A "not covered" entry wins only for the detail the article lacks, never for a topic it covers.

        When an answering entry the gap points to (its ``nearby``) scores close behind and knows every
        telling word the gap knows ("was he punished for leaving?" is answered by the article: a criminal
        case was threatened and he was let go), that entry is the reply.
        """
        doc = self._docs[self._index[top.id]]
        if not doc.abstain:
            return top
        told = self._told_by_name(question, ranked, top) or self._only_when(question, ranked, top) \
            or self._figures_then(question, ranked, top)
        if told is not None:
            return told
        if self._unheard(question):
            if doc.gap == "off_topic":
                return top  # off the article's subject, a word no entry uses is what was asked («кофе или чай?»)
            off = next((c for c in ranked if self._docs[self._index[c.id]].gap == "off_topic"), None)
            if off is not None and top.score - off.score <= _NEAR_TIE:
                return off  # "who won the super bowl": the sports it is off to, not the war's course its "who won" has
        near = doc.near
        withheld = doc.gap == "withheld"  # its reply already says what its nearby entries say
        closest = next((c for c in ranked if not self._docs[self._index[c.id]].abstain
                        and not (withheld and c.id in near)), None)
        if closest is not None and closest.score >= self._limits.answer and top.score - closest.score <= _NEAR_TIE \
                and self.lacks_core(question, top.id, closest.id):
            return closest  # a tie, and the question has none of the gap's own words ("how many", "now")
        answering = None if withheld else next((c for c in ranked if c.id in near), None)
        if answering is not None and doc.gap == "silent" and _WHO_FIRST.isdisjoint(question.terms[:1]) and any(
                c is not top and c.score > answering.score and c.score >= self._limits.answer
                and (beside := self._docs[self._index[c.id]]).gap in ("silent", "withheld")
                and answering.id in beside.near for c in ranked):
            return top  # "what's the CNN officer's name and rank?": two details the article lacks come first
        gap = self._known(self._index[top.id])
        if answering is not None and answering.score >= self._limits.floor \
                and top.score - answering.score <= _COVER_WINDOW:
            covered = self._known(self._index[answering.id])
            own = self._core[self._index[answering.id]] - self._core[self._index[top.id]]
            later = doc.gap == "after_publication" and not self.asks_after(question)
            if own and own.isdisjoint(question.terms) and all(t in gap for t in question.terms) and not later:
                # the gap explains all of "how many troops in total", which has nothing of a death toll; not a gap on
                # later news asked with no word of "later" («мобилизацию объявят?»)
                return top
            extra = [t for t in question.terms if t in gap and t not in covered and (
                self.weight(t) >= _RARE_IN_BASE
                or (rarity(question.origin.get(t, t), question.lang) >= _TELLING_RARITY
                    and self.weight(t) >= _TELLING_IDF))]
            return top if extra else answering
        # Any other answer close behind that holds every telling word of the question the gap holds:
        # "where does the right to resign come from" shares only "where ... come from" with "hometowns".
        other = closest
        if other is None or other.score < self._limits.floor or top.score - other.score > _COVER_WINDOW:
            return top
        if doc.gap == "after_publication" and self.lacks_core(question, top.id, other.id) \
                and not self._asks_later(question, other.id):
            return other  # "desde donde entro el oficial" has nothing of "where is the officer now"
        if other.score < self._limits.answer or top.score - other.score > _COVER_WINDOW / 2:
            return top
        covered = self._known(self._index[other.id])
        telling = [t for t in question.terms if t in gap and t not in covered
                   and rarity(question.origin.get(t, t), question.lang) >= _TELLING_RARITY / 2]
        return top if telling else other

    def _only_when(self, question: Question, ranked: list[Candidate], top: Candidate) -> Candidate | None:
        """ "Is the russian army doing ok rn?": a "later" gap that shares with the question only when-words and
        words common in the base loses to an answer close behind that knows those words and more of what is
        asked (its reply keeps its "as of 2022" caveat)."""
        doc = self._index[top.id]
        if self._docs[doc].gap != "after_publication":
            return None
        asked = {t for t in question.terms if t not in self._after}
        shared = asked & self._known(doc)
        if shared & self._names or any(self.weight(t) >= _RARE_IN_BASE for t in shared):
            return None  # "if the army falls apart" shares "collapse" with the gap on what came later
        for other in ranked:
            if top.score - other.score > _COVER_WINDOW:
                break
            index = self._index[other.id]
            if self._docs[index].abstain or other.score < self._limits.floor:
                continue
            known = asked & self._known(index)
            if shared < known:
                return other
        return None

    def _figures_then(self, question: Question, ranked: list[Candidate], top: Candidate) -> Candidate | None:
        """ "Deaths as of now?": a "later" gap asked of only with words of the present loses to the entry near it
        that gives the article's figures on the question's subject ("killed") and knows every other word of it: the
        reply is the figures, with their "as of 2022" caveat. A later year or "in the end" still asks for the news
        after the article, and "how much is bitcoin now" for a price no entry knows."""
        doc = self._docs[self._index[top.id]]
        if doc.gap != "after_publication" or not self._asks_present(question):
            return None
        return next((c for c in ranked if c.id in doc.near and c.score >= self._limits.floor
                     and self._tells_then(question, c)),
                    None)  # "how many russian troops are in ukraine right now" has nothing of a death toll

    def _tells_then(self, question: Question, answer: Candidate) -> bool:
        """Whether ``answer`` knows every word of a question asked with words of the present besides them, and one
        of its telling words is the question's subject."""
        asked = {t for t in question.terms if t not in self._after}
        subject = {t for t in asked if self.weight(t) >= _SUBJECT_WEIGHT} - self._counting_terms
        index = self._index[answer.id]
        return asked <= self._known(index) and not subject.isdisjoint(self._core[index])

    def _asks_present(self, question: Question) -> bool:
        """Whether the question's only words on time after the article ask about the present ("as of now?")."""
        when = {t for t in question.terms if t in self._after}
        return bool(when) and when <= self._present

    def _sources_named(self, question: Question) -> set[str]:
        """The terms of the question that name a source ("cnn", "reuter")."""
        return set(question.terms) & self._names

    def _told_by_name(self, question: Question, ranked: list[Candidate], top: Candidate) -> Candidate | None:
        """ "Did the soldier who spoke to CNN leave in the end?": a "later" gap that knows nothing of the source
        the question names loses to the answer close behind that tells that source's story and knows every
        other word the gap shares with the question in its phrasings."""
        top_doc = self._index[top.id]
        asked = self._sources_named(question)
        gap = self._known(top_doc)
        if not asked or self._docs[top_doc].gap != "after_publication" or not asked.isdisjoint(gap):
            return None
        wanted = {t for t in question.terms if t in gap and t not in self._after}
        for other in ranked:
            if top.score - other.score > _COVER_WINDOW:
                break
            doc = self._index[other.id]
            if not self._docs[doc].abstain and asked <= self._phrased[doc] and wanted <= self._phrased[doc]:
                return other
        return None

    def _named_story(self, question: Question, ranked: list[Candidate], top: Candidate) -> Candidate:
        """«Як солдат з CNN описував, в якому стані вони там були»: an answer that knows nothing of the source the
        question names loses to the answer close behind that tells that source's story and knows every word the
        first shares with the question (the officer's shock, not the army's state)."""
        asked = self._sources_named(question)
        top_doc = self._index[top.id]
        if not asked or question.checks or top.score < self._limits.answer or self._docs[top_doc].abstain \
                or not asked.isdisjoint(self._known(top_doc)):
            return top
        shared = {t for t in question.terms if t in self._known(top_doc)}
        for other in ranked:
            if top.score - other.score > _NAMED_WINDOW:
                break
            doc = self._index[other.id]
            if not self._docs[doc].abstain and asked | shared <= self._known(doc):
                return replace(other, score=top.score)
        return top

    def _quoted(self, question: Question, ranked: list[Candidate], top: Candidate) -> Candidate:
        """A phrase the question quotes from the article ("what does the article call 'plentiful'?") is asked about
        where the article says it: an answer that does not say it loses to the best-ranked one that does."""
        quotes = self._quotes(question)
        saying = self._saying(question, quotes)
        if self._docs[self._index[top.id]].abstain:
            # "where was the 'cheated' video filmed?" asks what the article lacks about it; "was it cnn's soldier
            # who said 'this is not our war'?" has no word of the gap on the soldiers' ages: who said it
            phrase = any(len(tokens(text)) >= _QUOTED_PHRASE for text, _ in quotes)
            said = self._said_by(question, saying) if saying and phrase else None
            return said if said is not None and self.lacks_core(question, top.id, said.id) else top
        if not saying or self._index[top.id] in saying or self._word_quoted(quotes, top) \
                or self._scare_quoted(question, quotes):
            return top
        said = self._said_by(question, saying)
        return top if said is None else replace(said, score=max(said.score, top.score))  # the quote is as telling

    def _said_by(self, question: Question, saying: frozenset[int]) -> Candidate | None:
        """The best-ranked answering entry among ``saying``; it may share nothing else with the question."""
        deep = self.rank(question, len(self._docs))[1]
        return next((c for c in deep if self._index[c.id] in saying and not self._abstains[self._index[c.id]]), None)

    def _saying(self, question: Question, quotes: list[tuple[str, list[str]]] | None = None) -> frozenset[int]:
        """The entries whose answer, quotes or section headings hold a phrase the question puts in quotation marks
        (``quotes``: those phrases, when already read)."""
        found: set[int] = set()
        for _, terms in self._quotes(question) if quotes is None else quotes:
            phrase = f" {' '.join(terms)} "
            found.update(i for i, texts in enumerate(self._said) if any(
                lang in ("en", question.lang) and phrase in said for lang, said in texts))
        return frozenset(found)

    def _quotes(self, question: Question) -> list[tuple[str, list[str]]]:
        """Each phrase the question puts in quotation marks that has terms, with those terms, without names (as in
        the texts)."""
        norm = self._norms.get(question.lang, self._norm)
        quoted = ((text, [t for t in norm.terms(text) if t not in self._names and not norm.subjects([t])])
                  for text in quoted_phrases(question.text))
        return [(text, terms) for text, terms in quoted if terms]

    @staticmethod
    def _scare_quoted(question: Question, quotes: list[tuple[str, list[str]]]) -> bool:
        """Whether the question only puts single words in quotation marks among many words of its own ("i've seen
        'thousands' quoted", "sent to belarus for "drills""): words someone else used, not the article's words asked
        about ("what does the article call 'plentiful'?")."""
        quoted = {t for _, terms in quotes for t in terms}
        return all(len(tokens(text)) == 1 for text, _ in quotes) and len(set(question.terms) - quoted) > _SCARE_QUOTED

    def _word_quoted(self, quotes: list[tuple[str, list[str]]], top: Candidate) -> bool:
        """Whether the question quotes only single words the top entry is asked with («відео, де вони кажуть, що
        їх 'обманули'» is the video's word, though another answer says it): a quoted sentence still tells."""
        return all(len(tokens(text)) == 1 and all(t in self._phrased[self._index[top.id]] for t in terms)
                   for text, terms in quotes)

    def _later(self, question: Question, ranked: list[Candidate], top: Candidate) -> Candidate:
        """An answer about the article's time loses to the "not covered" entry on what came after it, when
        that entry is close behind and the question asks what happened later ("в итоге", "by now") in words
        the answer itself does not use ("he was let go in the end" is the article's)."""
        doc = self._docs[self._index[top.id]]
        if doc.abstain or not self._asks_later(question, top.id) or self._supposes_of_asker(question) or (
                self._asks_present(question) and (doc.numbers or self._tells_then(question, top))):
            return top  # "deaths as of now?" gets the article's figures, as of 2022
        # "Путін оголосив загальну мобілізацію? коли?": a closing "when?" asks the date of the event as if it had
        # happened, however closely the rest words the forecast
        window = _WHEN_WINDOW if question.asks_when else _COVER_WINDOW
        for other in ranked:
            if top.score - other.score > window:
                break
            doc = self._docs[self._index[other.id]]
            if doc.gap == "after_publication" and top.id in doc.near:
                return other
        return top

    def _supposes_of_asker(self, question: Question) -> bool:
        """Whether a message opens by supposing something of the one asking or theirs ("so if my cousin quits his
        contract is he a deserter now", «если я уволюсь, меня посадят?»): its "now" is the case supposed, asked of
        the article's rules, not news after the article."""
        supposing = self._supposing.get(question.lang, frozenset())
        return any(s in supposing for s in question.stems[:_SUPPOSED_FROM]) \
            and not ASKER_ALONE.isdisjoint(question.words)

    def _unpunished(self, question: Question, ranked: list[Candidate], top: Candidate) -> Candidate:
        """A penalty asked of a story that tells none ("did those 14 soldiers end up getting put on trial?"): the
        "not covered" entry on that story's fate, close behind, that knows the penalty and shares every core word of
        the story the question has ("can they be accused of desertion?" is still whether quitters are deserters)."""
        asked = self._penalties.intersection(question.terms)
        doc = self._docs[self._index[top.id]]
        if not asked or doc.abstain or not asked.isdisjoint(self._known(self._index[top.id])):
            return top
        own = self._core[self._index[top.id]].intersection(question.terms)
        return next((c for c in ranked if top.score - c.score <= _COVER_WINDOW and c.score >= self._limits.floor
                     and top.id in (gap := self._docs[self._index[c.id]]).near and gap.abstain
                     and not asked.isdisjoint(self._known(self._index[c.id]))
                     and own <= self._core[self._index[c.id]]), top)

    def _penalty_checked(self, question: Question, ranked: list[Candidate], top: Candidate) -> Candidate:
        """A message stating a penalty and asking to check it ("soldiers who quit always go to prison. fact
        check?"): the answer that tells what the article reports of that penalty (the officer warned of a criminal
        case, then let go), close behind, not the "not covered" entry on prison terms."""
        asked = self._penalties.intersection(question.terms)
        norm = self._norms.get(question.lang, self._norm)
        if not question.checks or not asked or not self._docs[self._index[top.id]].abstain \
                or not norm.yes_no_words.isdisjoint(question.words[:1]) or norm.opens_question(question.stems):
            return top  # "was the officer prosecuted after he got back home?" asks, it states nothing
        # the answer that knows the penalty, or the one on what else the claim states ("quitting = desertion =
        # prison. true?": that those who quit by the rules are not deserters)
        return next((c for c in ranked if top.score - c.score <= _COVER_WINDOW and c.score >= self._limits.floor
                     and not self._docs[self._index[c.id]].abstain
                     and (asked <= self._known(self._index[c.id])
                          or not self._own_core[self._index[c.id]].isdisjoint(question.terms))), top)

    def _his_penalty(self, question: Question, ranked: list[Candidate], top: Candidate) -> Candidate:
        """Whether "he" was punished ("was he arrested for quitting?", «його посадили?»): the one man the article
        tells was threatened, the officer warned of a criminal case and let go, not the "not covered" entry on
        prison terms for refusers in general; the answer close behind that knows the penalty."""
        asked = self._penalties.intersection(question.terms)
        norm = self._norms.get(question.lang, self._norm)
        doc = self._docs[self._index[top.id]]
        # "a reel said the soldier who spoke to cnn got thrown in prison for quitting": the man named, as "he" is
        named = self._sources_named(question)
        him = not _HIM.isdisjoint(question.words)
        if not asked or not (him or (named and doc.gap != "after_publication")) or not doc.abstain \
                or doc.answers_yes_no or norm.opens_question(question.stems) or self.asks_after(question):
            return top  # "what charge was he threatened with?" asks for the detail the article lacks
        return next((replace(c, score=top.score) for c in ranked if top.score - c.score <= _HIS_WINDOW
                     and c.score >= self._limits.floor and c.id in doc.near
                     and asked | named <= self._known(self._index[c.id])), top)

    def _supposed(self, question: Question, ranked: list[Candidate], top: Candidate) -> Candidate:
        """A question that supposes ("what would happen if Putin ordered one?") is about what the article says of
        it: a "not covered" entry on later news loses to the answer it is near, close behind, unless the question
        asks what came later."""
        doc = self._docs[self._index[top.id]]
        if doc.gap != "after_publication" or self._supposing.get(question.lang, frozenset()).isdisjoint(
                question.stems) or (self.asks_after(question) and not self._supposes_of_asker(question)):
            return top
        return next((c for c in ranked if c.id in doc.near and top.score - c.score <= _COVER_WINDOW
                     and c.score >= self._limits.floor), top)

    def _unless_later(self, question: Question, close: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
        """The best and its close rivals, without rivals on news after the article that know no word of the question
        the best does not, when it asks nothing of later ("what would putin have to do first to mobilize everyone"
        is not "did he mobilize in the end?"; "the new iphone" may be a "new law")."""
        if not close or self.asks_after(question):
            return close
        known = self._known(self._index[close[0].id])
        return tuple(c for i, c in enumerate(close)
                     if i == 0 or self._docs[self._index[c.id]].gap != "after_publication"
                     or not self._known(self._index[c.id]).intersection(question.terms) <= known)

    def later_of(self, question: Question, entry_id: str) -> Candidate | None:
        """The "not covered" entry on what came after ``entry_id``'s story, when a follow-up on it asks only what
        happened later ("will putin mobilize?" then "did he end up doing it?", not "did they end up letting him
        go?"); ``None`` otherwise."""
        later = self._later_news.get(entry_id)
        if later is None or not self._asks_later(question, entry_id):
            return None
        own = {t for t in question.terms if t not in self._after and t not in self._names}
        if not own <= set(self.question_terms(self._docs[self._index[entry_id]].label)):
            return None
        return Candidate(later.id, later.label, _FOLLOWED, "", "a follow-up asking what came later")

    def _asks_later(self, question: Question, answer_id: str) -> bool:
        """Whether the question asks what happened after the article in words the answer does not use."""
        known = self._known(self._index[answer_id])
        return any(t in self._after and t not in known for t in question.terms) or question.asks_when

    def asks_after(self, question: Question) -> bool:
        """Whether the question asks what came after the article: a word for later ("in the end", "now") or a
        closing "when?" after the event it asks about."""
        return not self._after.isdisjoint(question.terms) or question.asks_when

    def uncounted(self, question: Question, doc_id: str) -> bool:
        """Whether the question asks for a number ("how many prisoners were in the videos") of an entry that
        gives none and is never asked for one: the figure asked for is not in the article."""
        doc = self._index.get(doc_id)
        if doc is None or self._docs[doc].abstain or not self._asks_count(question.terms):
            return False
        counted = self._counted(question.terms)
        vague = not self._docs[doc].numbers  # asked "how many" but answers "many", "thousands"
        # only a term the base never uses ("how many complaints"): "how many soldiers" asks a figure it gives
        return not self._counting[doc] or (vague and counted is not None and counted not in self._idf)

    def asks_count(self, question: Question) -> bool:
        """Whether a question has "how many" or its like ("сколько", "cuántos") among its terms."""
        return self._asks_count(question.terms)

    def counted_of(self, question: Question, gap_id: str, entry_id: str) -> bool:
        """Whether what a question counts is the subject of ``gap_id`` (a word of its own, not ``entry_id``'s and
        no word asking for a number): "how many quit" is the count of resignations, "how many members" is not."""
        own = self.core_terms(gap_id) - self.core_terms(entry_id) - self._counting_terms
        return not own.isdisjoint(question.terms)

    def _asks_count(self, terms: Iterable[str]) -> bool:
        present = set(terms)
        return any(present.issuperset(words) for words in self._count)

    def _counted(self, terms: Sequence[str]) -> str | None:
        """What a count asks the number of: the term right after "how many" ("complaints"), if any."""
        for words in self._count:
            n = len(words)
            for i in range(len(terms) - n):
                if tuple(terms[i : i + n]) == words and not is_number(terms[i + n]):
                    return terms[i + n]
        return None

    def core_terms(self, doc_id: str) -> frozenset[str]:
        """The telling terms most of an entry's phrasings share (empty for an unknown id)."""
        doc = self._index.get(doc_id)
        return self._core[doc] if doc is not None else frozenset()

    def own_core_terms(self, doc_id: str) -> frozenset[str]:
        """An entry's core terms that few other entries share ("legal" for the right to resign, not "resign"); all
        its core terms when every one is shared."""
        doc = self._index.get(doc_id)
        return (self._own_core[doc] or self._core[doc]) if doc is not None else frozenset()

    def _unheard(self, question: Question) -> bool:
        """Whether the question has a word the base never uses ("кофе")."""
        return any(t not in self._idf and not is_number(t) for t in question.terms)

    def lacks_core(self, question: Question, gap_id: str, other_id: str) -> bool:
        """Whether the question has none of the words that make the gap the gap rather than the other entry."""
        lacking = self._core[self._index[gap_id]] - self._known(self._index[other_id])
        return bool(lacking) and lacking.isdisjoint(question.terms)

    def _telling_shared(self, question: Question, top: Candidate, least: float = _TELLING_RARITY, *,
                        typed: bool = False) -> bool:
        """Whether the entry shares a telling word with the question ("tricked"), not only a common one ("learn");
        ``least``: how rare that word must be; ``typed``: a word the message has, not one a misspelling was read as
        («казане» is no «наказание»)."""
        known = self._known(self._index[top.id])
        return any(t in known and rarity(question.origin.get(t, t), question.lang) >= least
                   and (not typed or t in question.origin) for t in question.terms)

    def _telling(self, rare: dict[str, float], term: str) -> tuple[float, float]:
        """How much a word says: its rarity in English, then (between equally rare words) in the base."""
        return (rare[term], self.weight(term))

    def _known(self, doc: int) -> frozenset[str]:
        """The words an entry can speak to: its phrasings, and for answering entries its answer too (built once)."""
        return self._known_sets[doc]


def _weighted_sums(postings: Mapping[str, list[int]], terms: list[str], weights: list[float]) -> dict[int, float]:
    """Per position, the sum of the weights of the terms whose postings hold it, added in the terms' order
    (new positions enter in C, at their first term's weight; only the ones seen before are added in Python)."""
    sums: dict[int, float] = {}
    for term, weight in zip(terms, weights, strict=True):
        held = postings.get(term, ())
        again = {pos: sums[pos] + weight for pos in held if pos in sums}
        sums.update(dict.fromkeys(held, weight))
        sums.update(again)
    return sums


def _invert(term_sets: Sequence[Iterable[str]]) -> dict[str, list[int]]:
    """Postings: for each term, the positions of the sets that hold it."""
    postings: dict[str, list[int]] = defaultdict(list)
    for position, terms in enumerate(term_sets):
        for term in terms:
            postings[term].append(position)
    return postings


def _mentions_number(text: str) -> bool:
    return any(is_number(t) for t in tokens(text))
