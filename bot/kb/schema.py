"""The knowledge base's YAML schema, strict so that a typo in a key is an error, not a silent default.

Texts that users read are keyed by language (``en`` is required; ``ru``, ``uk`` and ``es`` have room
to arrive later without a schema change).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=48)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Language = Literal["en", "ru", "uk", "es"]

SourceRole = Literal[
    "belligerent_government",
    "military_alliance",
    "news_outlet",
    "civil_society_group",
    "anonymous_witness",
    "article_analysis",
]
ClaimStatus = Literal[
    "contested_figure",
    "unverifiable_claim",
    "anonymous_testimony",
    "legal_fact_per_article",
    "article_analysis",
]
NotCoveredKind = Literal["silent", "unknowable", "after_publication", "off_topic", "withheld"]
SmallTalk = Literal["greeting", "thanks", "identity", "capabilities", "bye"]


class Strict(BaseModel):
    """Frozen and closed: unknown keys are errors and loaded objects cannot be mutated."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Localized(Strict):
    """One text in several languages; English is the one every entry must have."""

    en: Text
    ru: Text | None = None
    uk: Text | None = None
    es: Text | None = None


class Phrasings(Strict):
    """Ways users ask for an entry, per language."""

    en: list[Text] = Field(min_length=1)
    ru: list[Text] = []
    uk: list[Text] = []
    es: list[Text] = []


class Source(Strict):
    """A party the article names: who speaks, and in what capacity."""

    id: Id
    name: Text
    short: Text
    role: SourceRole
    aliases: list[Text] = []
    cited_for: Text
    part_of: Id | None = None
    """The group a person speaks for (Valentina Menlikova for the Committee of Soldiers' Mothers)."""
    says: list[Id] = []
    """What "what does it say?" gets: a line per entry, in this order (Ukraine's resignations, its death toll,
    its videos). Without it, the entry that leads with the source's claim answers."""


class Caveat(Strict):
    """A reusable warning that travels with the claims it applies to."""

    id: Id
    text: Text


class Figure(Strict):
    """A number in a claim: a single value or a low–high range."""

    label: Text
    unit: Text
    value: float | None = None
    low: float | None = None
    high: float | None = None

    @model_validator(mode="after")
    def _value_or_range(self) -> Figure:
        has_range = self.low is not None and self.high is not None
        if (self.value is None) == (not has_range):
            raise ValueError("give either 'value' or both 'low' and 'high'")
        if has_range and self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError("'low' must not be greater than 'high'")
        return self

    def values(self) -> tuple[float, ...]:
        """Every number the figure stands for, so a question's number can find it."""
        return tuple(v for v in (self.value, self.low, self.high) if v is not None)


class Claim(Strict):
    """One statement of fact or testimony, with who makes it and how it reached the article."""

    id: Id
    statement: Text
    claimant: Id
    chain: list[Id] = Field(min_length=1)
    quote: Text
    slide: Text
    figures: list[Figure] = []
    caveats: list[Id] = []
    status: ClaimStatus


def voiced_by(claim: Claim, source_id: str) -> bool:
    """Whether ``source_id`` makes or relays the claim (the article itself, last in every chain, aside)."""
    return source_id in (claim.claimant, *claim.chain[:-1])


class Topic(Strict):
    """A theme of the article, offered as a button and reachable by deep link (/start ID)."""

    id: Id
    label: Text
    entry: Id


class Entry(Strict):
    """A question people ask, with the attributed answer the article supports."""

    id: Id
    topic: Id
    label: Text
    slides: list[Text] = Field(min_length=1)
    phrasings: Phrasings
    answer: Localized
    claims: list[Id] = []
    details: Localized | None = None
    related: list[Id] = []
    then: Id | None = None
    """What happened next in the story told: the entry that answers "what did they do about it?" after this one."""
    keywords: list[Text] = []
    asked_the_other_way: list[Text] = []
    """Words (or word beginnings) that ask the opposite of the question the answer's yes or no is written for:
    "are the videos legal?" gets "No: ...", so "do they violate the Geneva Convention?" gets "Yes: ..." (English;
    each translation lists its own)."""

    @field_validator("phrasings")
    @classmethod
    def _enough_phrasings(cls, value: Phrasings) -> Phrasings:
        if len(value.en) < 8:
            raise ValueError(f"has {len(value.en)} English phrasings; write at least 8 in users' words")
        return value


class NotCovered(Strict):
    """A question people ask that the article does not answer, and the honest reply."""

    id: Id
    kind: NotCoveredKind
    label: Text
    phrasings: Phrasings
    reply: Localized
    nearby: list[Id] = []
    asked_beside: list[Id] = []
    """Entries a message may ask about along with this missing detail ("so every soldier who resigns is a deserter
    and gets shot?"): when it names what one of them is about, the reply is that entry's answer, then the first
    sentence of this one's, on what the article lacks."""
    if_asked_yes_no: Localized | None = None
    """The article's own answer when the question asks yes or no about the missing detail ("was he named?" →
    "No: both soldiers are anonymous"): only where the article says so, never a guess."""


RoleWord = Literal["according", "claiming", "verb_first", "place", "people", "institutions", "itself", "witnesses",
                   "interviewed", "seats", "telling", "addressed", "manner", "dative", "text_saying", "text_about"]
FigureWord = Literal["whose", "lowest", "highest", "difference", "comparative", "than", "ratio", "share", "width",
                     "midpoint", "low_end", "high_end", "toll", "within", "dead", "demonyms"]


class Permission(Strict):
    """Words asking whether a thing may be done ("can", "may", «можно»), the concepts such a thing is
    (``of``: quitting), what it is done to (``within``: the army one quits) and the concept the question is then
    about (``means``: whether it is legal)."""

    words: list[Text]
    of: list[str]
    within: list[str] = []
    means: str


class Lexicon(Strict):
    """Words the matcher should treat alike; data so a curator can teach it slang without code."""

    abbreviations: dict[str, str] = {}
    synonyms: dict[str, list[str]] = {}
    stopwords: list[str] = []
    follow_ups: dict[str, list[str]] = {}
    small_talk: dict[SmallTalk, list[Text]] = {}
    pleasantries: list[Text] = []
    """Words that may come with small talk without asking anything ("thanks, very interesting!", "that's all I
    needed"): a message of small talk and these alone is small talk."""
    figure_words: dict[FigureWord, list[Text]] = {}
    """Words that ask about figures in this language ("lowest", "how many times"), beside the built-in English."""
    never_given: list[Text] = []
    """Phrases asking for a kind of detail the article never gives ("what date", "how old"): only a "not
    covered" reply can answer them."""
    count_words: list[Text] = []
    """Words that ask for a number ("how many", "сколько"): asked of an entry that gives none and is never asked
    for one, they ask for a figure the article does not give."""
    hypothetical: list[Text] = []
    """Words that make a question suppose ("if", "would", «если бы»): "what would happen if Putin ordered one?" asks
    what the article says of it, not whether it happened after the article."""
    after_publication: list[Text] = []
    """Words that ask what happened after the article ("in the end", "now", "в итоге", a later year): a question
    with one, close to a "not covered" entry on later news, is about that news."""
    naming: dict[Text, list[Text]] = {}
    """The word for a name, and the words that introduce one ("called", "named", «зовут»): words right after one
    that the base never uses are a name it cannot know ("is the CNN officer called Sergei Ivanov?"), read as that
    word, so the question asks about the name."""

    @field_validator("naming")
    @classmethod
    def _one_word_for_a_name(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        if len(value) > 1:
            raise ValueError(f"gives {len(value)} words for a name ({', '.join(value)}); keep one and list every word "
                             "that introduces a name under it")
        return value
    present: list[Text] = []
    """Words that ask about the present ("now", "today", «на сегодня»), read as ``after_publication`` words too: a
    question asking with one only for a figure the article gives ("deaths as of now?") gets the article's figures,
    with their "as of 2022" caveat; a later year or "in the end" still asks for the news after the article."""
    roles: dict[RoleWord, list[Text]] = {}
    """Words that make a party a claimant ("according to", "says") or a place ("in"), beside the built-in English;
    ``dative`` words right after a place word and its party make the party whom something happens to, not a place
    («a Rusia le va mal»); ``institutions`` name a party's officials, read past on the way to its verb ("the
    Ukrainian authorities claim");
    ``verb_first`` are claiming verbs that make the party right after them the claimant («что говорит Россия»);
    ``itself`` names the article, whose "according to" asks nothing («según el artículo»: every answer is);
    ``interviewed`` says only that one of the ``witnesses`` (soldier, officer) spoke to an outlet ("the soldier who
    talked to Reuters", "the soldier Reuters interviewed"): left out, so the question is read for what it asks;
    ``seats`` name only a party's government ("the Kremlin"): what it counts is its claim ("kremlin death toll")."""
    checking: list[Text] = []
    """Words that ask whether something is true ("true?", "legit?", "правда?"): left out of a message that states
    a claim of its own, so the claim is what is matched, not "is it true"."""
    checking_phrases: list[Text] = []
    """Phrases that ask whether the article says what the message states ("... is that what the article says?",
    «так в статье?»): the message checks a claim of its own, as with a word of ``checking``."""
    tags: list[Text] = []
    """Words that, last in a message, only ask to be agreed with ("he quit, right?", «уволился, да?»): not what
    the message is about. A tag of several words counts only after a sentence's end ("... 'this is not our war'.
    did he?"), where it echoes the claim before; "how long is it?" still asks."""
    apart: dict[str, list[Text]] = {}
    """Concepts of ``synonyms`` whose words may stand apart in a question ("y ucrania cuántos soldados ha perdido":
    Ukraine's losses): a question that holds every word of one of these phrases, each read as a question's words are
    (a party by its role: "según Ucrania" is a claimant, not Ukraine), is about the concept."""
    hints: list[Text] = []
    """Words that open a part of a message saying only which story is meant ("what did the cnn soldier say about how
    it felt, something about being dirty and tired?"): that part goes with the question before it."""
    open_questions: list[Text] = []
    """Words that open a question wanting a fact, not a yes or a no ("why", "where", "почему")."""
    requests: list[Text] = []
    """Words that open a request for a fact, not a yes or a no ("tell me about", "give me", «расскажи про»): "give
    me the quote about denazification" gets no "No:" written for "were they told about denazification?"."""
    yes_no_words: list[Text] = []
    """Words that make a question ask yes or no ("was", "did", "ли", "чи") among its first three."""
    polar_openings: list[Text] = []
    """How an answer opens with its yes or no ("Yes, ", "No: "), the yes first: dropped when the question asked for
    a fact. Listed yes with a comma, yes with a colon, no with a comma, no with a colon, then the rest ("Not
    necessarily:"): a question asked the other way turns one into its opposite."""
    penalties: list[Text] = []
    """Words that ask about a penalty ("jail", "punished", «посадили»): a yes written for another question ("can
    they resign legally?") is not said to a question about a penalty that its sentence does not name."""
    permission: Permission | None = None
    """"can they resign?", «можно ли уволиться?»: a question asking only whether a thing may be done (a word of
    ``words`` with a concept of ``of`` and nothing else but who does it) is about ``means`` too."""
    post_labels: list[Text] = []
    """Words that label a pasted post by where it comes from ("tweet", "screenshot text", «переслано»): a message
    opening with a few words, one of them a label, and a colon is that post, and the words before the colon are
    not what it asks ("Viral tweet: 'Russia declared war' legit?")."""


class SourcesFile(Strict):
    sources: list[Source]


class CaveatsFile(Strict):
    caveats: list[Caveat]


class ClaimsFile(Strict):
    claims: list[Claim]


class TopicsFile(Strict):
    topics: list[Topic]


class EntriesFile(Strict):
    entries: list[Entry]


class NotCoveredFile(Strict):
    not_covered: list[NotCovered]


class LexiconFile(Strict):
    lexicon: Lexicon


class SourceText(Strict):
    """A source in another language: its names as people write them there, and what the article cites it for."""

    name: Text
    short: Text
    aliases: list[Text] = []
    cited_for: Text


class ClaimText(Strict):
    """A claim in another language; ``quote`` translates the article's English words (shown marked as such)."""

    statement: Text
    quote: Text


class EntryText(Strict):
    """An entry in another language, with that language's own phrasings in users' words."""

    label: Text
    answer: Text
    details: Text | None = None
    phrasings: list[Text] = []
    asked_the_other_way: list[Text] = []


class NotCoveredText(Strict):
    """A not-covered reply in another language."""

    label: Text
    reply: Text
    phrasings: list[Text] = []
    if_asked_yes_no: Text | None = None


Translated = Literal["ru", "uk", "es"]


class Translation(Strict):
    """Every text of the base in one more language, keyed by the ids of the English base."""

    lang: Translated
    sources: dict[Id, SourceText] = {}
    caveats: dict[Id, Text] = {}
    claims: dict[Id, ClaimText] = {}
    topics: dict[Id, Text] = {}
    entries: dict[Id, EntryText] = {}
    not_covered: dict[Id, NotCoveredText] = {}
    examples: list[Text] = []
    messages: dict[Id, Text] = {}
    lexicon: Lexicon = Lexicon()


class TranslationFile(Strict):
    translation: Translation


class Example(Strict):
    """An example question offered on /start and /help, with the entry its button opens."""

    entry: Id
    question: Localized


class ExamplesFile(Strict):
    examples: list[Example] = Field(min_length=1)


class MessagesFile(Strict):
    messages: dict[Id, Localized]


SECTIONS: dict[str, type[Strict]] = {
    "sources": SourcesFile,
    "caveats": CaveatsFile,
    "claims": ClaimsFile,
    "topics": TopicsFile,
    "entries": EntriesFile,
    "not_covered": NotCoveredFile,
    "lexicon": LexiconFile,
    "examples": ExamplesFile,
    "messages": MessagesFile,
    "translation": TranslationFile,
}
"""Each YAML file has one top-level key naming what it holds; files may split a section freely."""
