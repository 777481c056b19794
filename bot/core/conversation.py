"""Follow-ups: short messages ("source?", "more", "and russia?") that only make sense after an answer."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process

from bot.core.matching import quoted_phrases
from bot.core.question import Question
from bot.kb.knowledge import KnowledgeBase
from bot.kb.schema import Language, Lexicon, SmallTalk
from bot.kb.textnorm import ASIDE_WORDS, DEMONYMS, THAT_WORDS, Normaliser, is_number, stem, tokens, without_accents

FollowUpKind = Literal["sources", "more", "others", "next", "switch", "choice", "check"]

_SWITCH_WORDS = frozenset(
    stem(w)
    for w in (
        "and what about how then so the their its s according to say says said figure figures number numbers "
        "estimate estimates count side version view think claim claims one ones many much other itself themselves "
        "himself herself own"
    ).split()
)
_MAX_FOLLOW_UP_TERMS = 6
_SPELLINGS_KEPT = 20_000
"""Most words whose reading as a misspelt source name is kept; then the memory starts again."""
_MENTIONS_KEPT = 256
"""Most messages whose named sources are kept; a message asks for them several times on its way to an answer."""
_AIMED_AT = frozenset(stem(w) for w in "to for against для против проти para contra".split())
"""Words before a party that make it what something is done to, not the one asked to speak ("what would that do to
russia", «что это даст для россии»)."""
_WITNESS_ASKS = frozenset(stem(w) for w in "did do does from of tell told say said dude bloke fella guy man source "
                          "soldier officer person".split())
"""Words around a source's name that ask only what its witness said: "what did the guy from CNN say"."""
_SPEECH = frozenset(stem(w) for w in "say said says saying report reported reports claim claims claimed estimate "
                    "estimates estimated think thinks believe believes tell told learn learned find finds "
                    "write wrote writes admit admits admitted acknowledge acknowledges acknowledged confirm confirms "
                    "confirmed recognise recognises recognize recognizes".split())
_ACCORDING_TO = [stem("according"), stem("to")]
_TO = stem("to")
_FILLERS = frozenset(stem(w) for w in "did does do has have had officially actually really even also itself all whole "
                     "themselves ever thing things matter stuff overall general everything up exactly precisely "
                     "specifically basically literally again".split())
_PERCEIVED = frozenset("heard read saw seen forwarded fwd reposted чув чула читав бачив слышал читал видел "
                       "переслали переслал oí leí vi reenviaron pasaron "
                       "говорят пишут кажуть пишуть dicen cuentan".split())
"""Verbs of hearing, reading or forwarding something passed on, which a message may open with: "heard that ...",
"forwarded from a channel: ...", «чув що ...», and the impersonal "they say" («говорят ...», "dicen que ...")."""
HEARSAY = _PERCEIVED | frozenset(
    "says said saying claims claimed claiming posted wrote writes reported reports "
    "пишут писали пишет говорят говорит сказали сказал утверждают утверждает пишуть писали каже кажуть казали "
    "сказав стверджують стверджує dicen dice dijeron dijo escribieron publicaron afirman afirma aseguran "
    "insists insisted swears swore reckons уверяет уверяют запевняє запевняють insiste insisten jura juran".split())
"""Verb forms, as typed, that pass on what someone else said ("my uncle says ...", "в тг писали что ...")."""
_HEARSAY_REACH = 8
"""How far into a message the passing-on verb may come ("my friend in moscow keeps saying ...")."""
_WHAT_SAID = frozenset("what whats что шо що чё чо qué".split())
"""Words that ask what, right before a saying verb: «зеленський шо каже про ...» asks what he says."""
_CUT_SHORT = 5
"""Fewest letters of a one-word follow-up typed short («источ» for «источник»)."""
_DEMONSTRATIVES = frozenset("that this these those it эту это эти ту цю це ці ту esa ese eso esta este esto".split())
_THAT_OF = {"the": "that", "this": "that", "these": "that", "those": "that", "el": "eso", "la": "eso", "los": "eso",
            "las": "eso", "esa": "eso", "ese": "eso", "esta": "eso", "este": "eso", "эту": "это", "эти": "это",
            "ту": "это", "цю": "це", "ці": "це"}
"""Articles and demonstratives before a word naming what was said, and the pronoun they stand for there ("who
reported the figure?" is "who reported that?", «¿quién publicó la cifra?» «¿quién publicó eso?»); any other
demonstrative stands for itself."""
_POINTING = _DEMONSTRATIVES | frozenset(_THAT_OF)
_THAT_THING = frozenset("figure number numbers estimate claim stat stats statistic quote info information data "
                        "цифру цифра число данные информацию инфу оценку цитату цифри дані інформацію інфу оцінку "
                        "цитату cifra número dato datos información info estimación cita".split())
"""What "that" may be said with in a follow-up that asks its source ("who reported that figure?", «кто дал эту
цифру?»): the same follow-up as "who reported that?"."""
WHO = frozenset("who кто хто quien quién".split())
EITHER = frozenset("o или либо чи або".split())
"""Words asking which of two ("ganando o perdiendo"): a question of yes or no, with or without its question mark."""
EITHER_OR = EITHER | {"or"}
"""The same with English "or": "can he resign legally or is it illegal?" asks which, so it gets no yes or no."""
_THAT_REACH = 4
"""How far after the passing-on verb its "that" may come ("saw a post on tg that ...")."""
_CLOSING_QUOTES = ("»", "”", "\"", "'", "’")
"""Marks that close a quote: a verb of saying right after one names who said it, not what follows."""
_ADDRESSEE = 3
"""Words between the passing-on verb and its "that" naming whom it was told to («сказал CNN, что», "le dijo a la CNN
que"): the claim is then what that source was told."""
_ASKING = frozenset("what whats who how why when where which is are was were do does did can could will would should "
                    "has have had according что кто как почему зачем где когда какой какие сколько ли що хто як чому "
                    "де коли який які скільки чи шо qué que quién quien cómo como por porque cuándo dónde cuál cuántos "
                    "cuantos es son".split())
"""First words of a message that asks a question itself ("what did Peskov say about ...")."""
POLITE = frozenset("please pls kindly tell me скажите подскажите скажи пожалуйста скажіть підкажіть будь ласка "
                   "dime digame por favor".split())
"""Words of politeness a question may open with before its question word («скажите, пожалуйста, что ...»)."""
_WHAT_WORDS = frozenset("q que qué k ke".split())
"""A "what" between a source and its verb ("dw q dice"): it still asks what the source says."""
_PLACE = frozenset(stem(w) for w in "in from at".split()) | frozenset("в из у з із en de desde".split())
_MIN_HEARSAY_WORDS = 3
_WEAK = frozenset(stem(w) for w in "who what where when how get got go come from on know tell mean way thing".split())
"""Words too common to make a message a follow-up on their own ("did they get it" is a question)."""
_INTENTS: tuple[Literal["sources", "more", "others", "next"], ...] = ("sources", "more", "others", "next")
_LEAD_INS = frozenset("ok okay so and well but ну так а и і y pues entonces bueno".split())
"""Words a chat message may open with before a follow-up phrase ("ok and what did they do about it?")."""
_SENTENCE_MARKS = re.compile(r"[.?!¿¡]+")
"""What ends (or, in Spanish, opens) a sentence of a message: a party's verb is in its own sentence."""
_FOLLOW_UP_ASIDES = frozenset((*ASIDE_WORDS, *"then again though tho anyway именно саме власне exactamente "
                                              "concretamente".split()))
"""Words that ask nothing more of a follow-up ("who says that exactly?", «кто это сказал именно?»): the asides a
question may hold anywhere, and words a follow-up ends with."""
_ALONE_MEANINGLESS = frozenset({"sources", "more"})
"""Intents that mean nothing without an earlier answer; "the other estimates" alone still asks something."""
_WHAT = stem("what")
_SAID_TO = frozenset(stem(w) for w in "say said says saying talk talked talks talking speak spoke speaks speaking "
                     "explain explained complain complained admit admitted".split())
"""Verbs after which "to" names who was spoken to ("what did he say to CNN"), unlike "what would it do to Russia"."""
_WITNESSES = frozenset(stem(w) for w in "soldier soldiers officer guy man he they them someone anyone source "
                       "sources people person".split())
"""Who speaks to an outlet: "what did the soldier tell CNN" asks what CNN reports, about nothing more."""


_WHEN = frozenset({"when", "after", "once", "cuando", "después", "despues", "когда", "после", "коли", "після"})
"""Words opening a clause that says when: after a phrase asking what happened next, it points back at the story."""


def _lead_ins_dropped(words: list[str]) -> list[str]:
    """A message as said, then without each word it opens with before a follow-up phrase: "ok and what did they do
    about it?" is also "and what did they do about it?" and "what did they do about it?"."""
    said = [" ".join(words)]
    while len(words) > 1 and words[0] in _LEAD_INS:
        words = words[1:]
        said.append(" ".join(words))
    return said


@dataclass(frozen=True, slots=True)
class Context:
    """What a chat was last told: enough to resolve its next follow-up, small enough to persist."""

    entry_id: str | None = None
    choices: tuple[str, ...] = ()
    question: str = ""
    lang: Language | None = None
    """The chat's language so far: what a message too short to tell its own language is read in."""


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A recognised follow-up and, for a switch or a choice, what it points at."""

    kind: FollowUpKind
    target: str | None = None


class FollowUpDetector:
    """Recognises follow-up intents from each language's phrases and the sources' names in every language.

    Every alias is reduced with its own language's stemmer, and a message with its own language's, so a
    Russian "а нато?" meets the Russian alias «нато» and an English "and nato?" the English one.
    """

    def __init__(self, kb: KnowledgeBase, normalisers: Mapping[Language, Normaliser]) -> None:
        self._norms = normalisers
        self._vocab: dict[str, frozenset[str]] = {}
        self._phrases: dict[str, frozenset[str]] = {}
        for intent in _INTENTS:
            phrases = [(lang, p) for lang in normalisers for p in kb.lexicon_of(lang).follow_ups.get(intent, [])]
            self._vocab[intent] = frozenset(t for lang, p in phrases
                                            for t in normalisers[lang].expanded_stems(tokens(p)))
            self._phrases[intent] = frozenset(" ".join(tokens(p)) for _, p in phrases)
        self._aliases: dict[tuple[str, ...], str] = {}
        for lang, norm in normalisers.items():
            for source_id in kb.sources:
                names = kb.source_text(source_id, lang)
                for alias in (names.short, *names.aliases) if names else ():
                    key = tuple(norm.stem(t) for t in tokens(alias))
                    if key:
                        self._aliases.setdefault(key, source_id)
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for key in sorted(self._aliases, key=len, reverse=True):
            self._by_first.setdefault(key[0], []).append(key)
        self._alias_words = frozenset(word for key in self._aliases for word in key)
        self._speech: dict[Language, frozenset[str]] = {
            lang: _SPEECH | {norm.stem(t) for w in kb.lexicon_of(lang).roles.get("claiming", []) for t in tokens(w)}
            for lang, norm in normalisers.items()}
        self._telling: dict[Language, frozenset[str]] = {lang: norm.telling for lang, norm in normalisers.items()}
        """Verbs of telling someone, per language: "told CNN", «сказал CNN»."""
        self._institutions = frozenset(norm.stem(t) for lang, norm in normalisers.items()
                                       for w in kb.lexicon_of(lang).roles.get("institutions", []) for t in tokens(w))
        """The words for a party's officials, in every language ("authorities", «влада»): "the Ukrainian authorities"
        names Ukraine whole."""
        self._single = sorted(key[0] for key in self._aliases if len(key) == 1 and len(key[0]) >= 5)
        self._mentioned: dict[tuple[str, ...], tuple[tuple[int, int, str], ...]] = {}
        self._spellings: dict[str, str] = {}
        """Each long word seen, with the one-word source name it misspells (or itself): read once."""
        self._itself = frozenset(s.id for s in kb.sources.values() if s.role == "article_analysis")
        self._passed_over = {lang: norm.stopwords | frozenset(norm.stem(w) for w in _FOLLOW_UP_ASIDES)
                             for lang, norm in normalisers.items()}
        """Per language, the words a follow-up phrase is read without: stopwords and asides ("who says that
        exactly?" is "who says that?"), joined once."""

    def detect(self, question: Question, context: Context | None) -> FollowUp | None:
        """A follow-up only exists relative to an earlier answer; without one, nothing is a follow-up."""
        if context is None:
            return None
        words = list(question.words)
        if context.choices and len(words) == 1 and is_number(words[0]):
            index = int(words[0]) - 1
            return FollowUp("choice", context.choices[index]) if 0 <= index < len(context.choices) else None
        if context.entry_id is None or not words or len(words) > 10:
            return None
        return self._intent(question)

    def alone(self, question: Question) -> bool:
        """Whether the message is only "source?" or "more", which means nothing without an earlier answer."""
        found = self._short_intent(question)
        return found is not None and found.kind in _ALONE_MEANINGLESS

    def asks_source(self, question: Question) -> bool:
        """Whether the message only asks who said it ("who said that?", "источник?")."""
        found = self._short_intent(question)
        return found is not None and found.kind == "sources"

    def asks_of_the_answer(self, question: Question) -> bool:
        """Whether the message has a word asking for more of an answer or where it comes from ("give me the quote",
        "explain"), wherever it stands."""
        return any(t in self._vocab[intent] for intent in ("sources", "more") for t in question.terms)

    def asks_next(self, question: Question) -> bool:
        """Whether the message is one of the phrases asking what happened next ("and what did they do about it?"),
        not a question whose words only lean that way ("how does that even happen?")."""
        return any(said in self._phrases["next"] or self._next_when(said.split())
                   for said in _lead_ins_dropped(list(question.words)))

    def asks_check(self, question: Question) -> bool:
        """Whether the message only asks whether something holds ("is this correct?", «это правда?»)."""
        found = self._short_intent(question)
        return found is not None and found.kind == "check"

    def _short_intent(self, question: Question) -> FollowUp | None:
        return self._intent(question) if 0 < len(question.words) <= 10 else None

    def _intent(self, question: Question) -> FollowUp | None:
        said = _lead_ins_dropped(list(question.words))
        words = said[-1].split()
        if len(words) > 2 and words[-1] in _THAT_THING and words[-2] in _POINTING:
            # "who reported that figure?", "who reported the figure?": who reported it
            said.extend(" ".join([*w[:-2], _THAT_OF.get(w[-2], w[-2])]) for w in (s.split() for s in list(said)))
        stems = list(question.stems)
        stopwords = self._passed_over.get(question.lang, frozenset())
        for joined in said:
            for intent in _INTENTS:
                if joined in self._phrases[intent]:
                    return FollowUp(intent)
        if any(self._next_when(joined.split()) for joined in said):
            return FollowUp("next")
        cut = words[0] if len(words) == 1 and len(words[0]) >= _CUT_SHORT else ""
        for intent in _INTENTS if cut else ():
            if any(" " not in p and p.startswith(cut) for p in self._phrases[intent]):
                return FollowUp(intent)  # «источ?», "sourc?": a phrase's one word cut short as it is typed
        norm = self._norms.get(question.lang)
        if self._only_checking(question, stopwords) or (norm is not None and norm.only_asks_if_article_says(stems)):
            # "legit?", "source? is it true?", "is that what they actually say?": is what was just said so, and says who
            return FollowUp("check")
        source = self._source_in(stems)
        expanded = norm.expanded_stems(question.words) if norm else stems  # "wat about russia": "what about russia"
        rest = [s for s in expanded if s not in _SWITCH_WORDS and s not in stopwords]
        aimed = any(start and stems[start - 1] in _AIMED_AT for start, _, _ in self._mentions(stems))
        if source and not aimed and len(rest) <= 2 and all(self._is_alias_word(s) for s in rest):
            return FollowUp("switch", source)  # "and russia?", not "and what would that do to russia"
        content = [s for s in expanded if s not in stopwords]
        if not content or len(content) > _MAX_FOLLOW_UP_TERMS or all(s in _WEAK for s in content):
            return None
        for intent in _INTENTS:
            # "what did he say they were even doing there": words that read as a topic ("what we are doing here")
            # make it a question of its own, not "what did he say?"
            if all(s in self._vocab[intent] for s in content) and all(t in self._vocab[intent] or t in stopwords
                                                                       for t in question.terms):
                return FollowUp(intent)
        return None

    def _next_when(self, words: list[str]) -> bool:
        """Whether words ask what happened next, then say when ("so what did they do when they didnt get it?"):
        the clause after "when" only points back at the story just told."""
        at = next((i for i, w in enumerate(words) if w in _WHEN), 0)
        return at > 0 and " ".join(words[:at]) in self._phrases["next"]

    def _only_checking(self, question: Question, stopwords: frozenset[str]) -> bool:
        """Whether the message only asks whether what was just said holds ("true?", "legit?", «правда?»), perhaps
        with who says it ("source? legit?")."""
        norm = self._norms.get(question.lang)
        if norm is None:
            return False
        rest = [s for s in question.stems if s not in norm.checking_words and s not in stopwords
                and s not in self._vocab["sources"]]
        if rest and tuple(question.words[-2:]) in _OR_NOT:
            rest = rest[:-1]  # "accurate or not?", «правда или нет?»: the same check, both ways
        return not rest and any(s in norm.checking_words for s in question.stems)

    def _source_in(self, stems: list[str]) -> str | None:
        found = {source for _, _, source in self._mentions(stems)}
        return found.pop() if len(found) == 1 else None

    def _mentions(self, stems: Sequence[str]) -> tuple[tuple[int, int, str], ...]:
        """Every place a source is named: (start, end, source id), longest alias first at each start.

        A one-word alias of five letters or more is also found misspelt ("ruters", "menlikva").
        """
        key = tuple(stems)
        known = self._mentioned.get(key)
        if known is None:
            if len(self._mentioned) >= _MENTIONS_KEPT:
                self._mentioned.clear()
            known = self._mentioned[key] = self._find_mentions(key)
        return known

    def _find_mentions(self, stems: tuple[str, ...]) -> tuple[tuple[int, int, str], ...]:
        found = []
        for i, first in enumerate(stems):
            keys = self._by_first.get(first) or self._by_first.get(self._misspelt(first)) or []
            for key in keys:
                if len(key) == 1 or tuple(stems[i : i + len(key)]) == key:
                    found.append((i, i + len(key), self._aliases[key]))
        return tuple(found)

    def _misspelt(self, word: str) -> str:
        if len(word) < 5 or is_number(word):
            return word
        known = self._spellings.get(word)
        if known is None:
            hit = process.extractOne(word, self._single, scorer=fuzz.ratio, processor=None, score_cutoff=80)
            known = hit[0] if hit else word
            if len(self._spellings) >= _SPELLINGS_KEPT:
                self._spellings.clear()  # bounded whatever people type
            self._spellings[word] = known
        return known

    def only_source(self, question: Question, *, witness: bool = False) -> str | None:
        """The source a message names and nothing else ("dw?", "what about nato"), if it is one. ``witness``: also
        when it asks only what a source's witness said ("what did the cnn guy say"; "the cnn source" is then the
        officer, not CNN)."""
        if not question.words or len(question.words) > _MAX_FOLLOW_UP_TERMS:
            return None
        norm = self._norms.get(question.lang, self._norms["en"])
        stems = norm.expanded_stems(question.words) if witness else list(question.stems)
        mentions = self._mentions(stems)
        if witness:
            mentions = tuple((start, end, source) for start, end, source in mentions
                             if not any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in mentions))
        named = {i for start, end, _ in mentions for i in range(start, end)}
        asking = _SWITCH_WORDS | _WITNESS_ASKS if witness else _SWITCH_WORDS
        rest = [s for i, s in enumerate(stems) if i not in named and s not in asking]
        sources = {source for _, _, source in mentions}
        return sources.pop() if len(sources) == 1 and not rest else None

    def speech(self, lang: Language) -> frozenset[str]:
        """Stems of the verbs of saying in ``lang`` ("say", "report", "write")."""
        return self._speech.get(lang, _SPEECH)

    def without_sources(self, question: Question) -> str:
        """The message with every source name taken out: what it asks, whoever it asks about."""
        stems = list(question.stems)
        named: set[int] = set()
        for start, end, _ in self._mentions(stems):
            named.update(range(start, end))
            if end < len(stems) and stems[end] in self._institutions:
                named.add(end)  # "what do the ukrainian authorities say about it": not what authorities say
            if tuple(stems[max(0, start - 2) : start]) == tuple(_ACCORDING_TO):
                named.update((start - 2, start - 1))  # "according to NATO" asks nothing of "according"
        return " ".join(w for i, w in enumerate(question.words) if i not in named)

    def has_subject(self, text: str, lang: Language = "en") -> bool:
        """Whether a message says what it is about beyond "say" ("what did DW report" has no subject).

        Read on the words as typed, before synonyms: "report" must not become a subject by way of "journalist".
        """
        norm = self._norms.get(lang, self._norms["en"])
        stems = [norm.stem(w) for w in norm.expand(tokens(text))]
        speech = self.speech(lang)
        return any(s not in speech and s not in _SWITCH_WORDS and s not in _WEAK and s not in _FILLERS
                   and s not in _WITNESSES and s not in norm.stopwords for s in stems)

    def asks_of_its_own(self, question: Question) -> bool:
        """Whether a question has a subject besides pronouns and the article ("why did he leave?" has; "what does
        the piece say about that?" asks about what came before)."""
        norm = self._norms.get(question.lang, self._norms["en"])
        if norm.only_asks_if_article_says(question.stems):
            return False  # "is the number right?": the number given before
        own = [w for w in question.words if w not in ANAPHORA and w not in _TEXT_DOING
               and not norm.names_itself([stemmed := norm.stem(w)])
               and stemmed not in norm.checking_words]  # "is any of that wrong?" only checks what came before
        return self.has_subject(" ".join(own), question.lang)

    def points_back(self, question: Question) -> bool:
        """Whether a question has a pronoun for something said before ("does the article mention that?"); "this
        article" is the article. A person ("why did he leave?") is asked about, whoever it is."""
        norm = self._norms.get(question.lang, self._norms["en"])
        words = question.words
        if norm.only_asks_if_article_says(question.stems):
            return True  # "is the number right?", «так в статье?»: the number, or the claim, said before
        return any(w in ANAPHORA and w not in PERSONAL
                   and not (i + 1 < len(words) and norm.names_itself([norm.stem(words[i + 1])]))
                   and not (w in _TEXT_ITSELF and _text_verb_follows(words, i))
                   for i, w in enumerate(words))

    def names_someone(self, question: Question) -> bool:
        """Whether a question names whom it asks about: a source or a witness ("the CNN soldier"), not only "he"."""
        stems = list(question.stems)
        return bool(self._mentions(stems)) or any(s in _WITNESSES and w not in ANAPHORA
                                                  for w, s in zip(question.words, stems, strict=True))

    def sources_named(self, question: Question) -> set[str]:
        """Ids of the sources a message names ("what did NATO say" → {"nato"})."""
        return {source for _, _, source in self._mentions(list(question.stems))}

    def sources_in(self, text: str, lang: Language) -> set[str]:
        """Ids of the sources a text names, read without the rest of a question (its language given)."""
        norm = self._norms.get(lang, self._norms["en"])
        return {source for _, _, source in self._mentions([norm.stem(w) for w in tokens(text)])}

    def speakers_named(self, question: Question) -> set[str]:
        """Sources a message asks to hear from: "what did NATO say", "according to Reuters", "DW reports".

        "The officer who talked to CNN" names CNN without asking what CNN says, so it is not a speaker;
        "captured Russians say" is soldiers speaking, not the Russian government.
        """
        stems = list(question.stems)
        found: set[str] = set()
        asks_what = bool(stems) and stems[0] == _WHAT
        speech = self.speech(question.lang)
        telling = self._telling.get(question.lang, frozenset())
        mentions = self._mentions(stems)
        sentence = _sentence_of_each_word(question) if mentions else None  # only a named party's verb is looked for
        for start, end, source in mentions:
            if stems[end - 1] in DEMONYMS:
                continue
            # «¿... los «nazis ucranianos»? ¿Qué dijo sobre eso?»: the next sentence's verb is not the party's
            same = [i for i in range(end, min(end + 3, len(stems)))
                    if sentence is None or sentence[i] == sentence[start]]
            after = [stems[i] for i in same if stems[i] not in _FILLERS and stems[i] not in _WHAT_WORDS]
            # "what did he tell CNN"; "an officer told Reuters he was sent to Crimea. true?" checks what he told it
            told = (asks_what or question.checks) and (bool(set(stems[max(0, start - 2) : start]) & telling)
                                  or (start >= 2 and stems[start - 1] == _TO and stems[start - 2] in _SAID_TO))
            placed = start > 0 and stems[start - 1] in _PLACE  # "qué dice en el artículo": where, not who
            said_before = question.lang != "en" and not placed and bool(set(stems[max(0, start - 2) : start]) & speech)
            if (after and after[0] in speech) or stems[max(0, start - 2) : start] == _ACCORDING_TO or told \
                    or said_before:  # "qué dice la OTAN", "что говорит НАТО"
                found.add(source)
        return found

    def hearsay(self, question: Question) -> str | None:
        """What a passed-on claim says, without who passed it on: "my uncle says soldiers who quit are
        deserters" → "soldiers who quit are deserters". ``None`` when the message opens with no such
        framing, or when the one who says it is a source of the article ("Ukraine says 29,200"), not the article itself.
        """
        words, stems = question.words, list(question.stems)
        # «а що Китай каже про ...», "so what made him leave? saw someone say ...": asks, whatever it opens with
        first = next((w for w in words if w not in POLITE and w not in AND and w not in _LEAD_INS), "")
        norm = self._norms.get(question.lang, self._norms["en"])
        if not first or first in _ASKING or norm.expand([first])[0] in _ASKING:  # "q dice la onu ..." asks
            return None  # "what did Peskov say about ...", "скажите, что утверждает ..." are questions
        verb = next((i for i, w in enumerate(words[:_HEARSAY_REACH]) if w in HEARSAY), None)
        if verb is None or (verb == 0 and words[0] not in _PERCEIVED):
            return None  # "heard that ...", "read somewhere ..." pass on a claim with no one named
        if not _WHAT_SAID.isdisjoint(words[max(0, verb - 2) : verb]):
            return None  # «а зеленський шо каже про них?»: asks what he says, passes nothing on
        if words[verb - 1] in WHO and re.search(rf"(?:^|[^\w\s])\s*{words[verb - 1]}(?:['’]?s)?\s+{words[verb]}\b",
                                                question.text, re.IGNORECASE):
            # "'we decided to quit' - who said it?", "the 29,200 figure - who's claiming it?" ask who says it; "the
            # guy who said ..." passes it on
            return None
        speakers = [m for m in self._mentions(stems[:verb]) if (m[0] == 0 or stems[m[0] - 1] not in _PLACE)
                    and m[2] not in self._itself]  # "someone in the article says ..." passes on what it says
        found = re.search(rf"\b{re.escape(words[verb])}\b", question.text, re.IGNORECASE)
        if speakers or found is None:
            return None  # "Ukraine says ..." is a source speaking; "my friend in Moscow says ..." is not
        before = _PASSIVE.sub("", question.text[: found.start()].rstrip(" ,-–—")).rstrip(" ,-–—")
        if before.endswith(_CLOSING_QUOTES) or quoted_phrases(before):
            # «"это не наша война" сказал тот офицер CNN», "'this is not our war' was said by a general": words put
            # on whom the verb names after it
            return None
        rest = question.text[found.end() :].strip(" ,:")
        pieces = rest.split(" ")
        at = next((i for i, w in enumerate(pieces[:_THAT_REACH]) if tokens(w)[:1] and tokens(w)[0] in THAT_WORDS), None)
        skipped = [norm.stem(w) for w in tokens(" ".join(pieces[:at]))] if at is not None else []
        if at is not None and not self._mentions(skipped):  # "saw a meme that ...", "read on twitter that ..."
            rest = " ".join(pieces[at + 1 :])  # not «пишуть: "CNN повідомляє що ..."», whose source is the claim's
        elif at is not None and len(skipped) <= _ADDRESSEE \
                and self.speech(question.lang).isdisjoint(skipped):
            return None  # «солдат сказал CNN, что ...»: the whole message is the claim, whom he told included
        claim, comma, tail = rest.rpartition(",")
        if comma and self._only_checks(tail, question.lang):
            rest = claim  # "..., does the article say that?" asks to check the claim, about nothing more
        size = len(tokens(rest))
        return rest if size >= _MIN_HEARSAY_WORDS and size > verb else None  # the claim is the message's bulk

    def _only_checks(self, clause: str, lang: Language) -> bool:
        """Whether a clause asks only to check what came before: "is that true?", "does the article say that"."""
        norm = self._norms.get(lang, self._norms["en"])
        typed = tokens(clause)
        rest = [w for w in typed if (s := norm.stem(w)) not in norm.checking_words and not self._is_alias_word(s)]
        return 0 < len(typed) <= _MAX_FOLLOW_UP_TERMS and not self.has_subject(" ".join(rest), lang)

    def _is_alias_word(self, word: str) -> bool:
        return word in self._alias_words


class SmallTalkDetector:
    """Greetings, thanks, "who are you": whole messages that are not questions about the article."""

    def __init__(self, lexicons: Mapping[Language, Lexicon], normalisers: Mapping[Language, Normaliser]) -> None:
        self._norms = normalisers
        self._phrases = {self._key(p, lang): intent for lang, lexicon in lexicons.items()
                         for intent, phrases in lexicon.small_talk.items() for p in phrases}
        self._longest = max((len(key.split()) for key in self._phrases), default=0)
        one_word = {key for key in self._phrases if " " not in key}  # "hi, who are you?"
        self._pleasant = _TALK_FILLERS | one_word | {w for lang, lexicon in lexicons.items()
                                                     for p in lexicon.pleasantries for w in self._key(p, lang).split()}
        self._talk_words = self._pleasant | {w for key in self._phrases for w in key.split()}
        """Every word small talk may hold: a message with any other word is no small talk, checked before spans."""

    def detect(self, question: Question) -> SmallTalk | None:
        """The kind of small talk the message is: one small-talk phrase, with nothing else but fillers and
        pleasantries ("thanks, very interesting!", "ok bye, that's all I needed")."""
        words = [w for w in self._written_out(question.words, question.lang) if w not in _TALK_FILLERS]
        if not 0 < len(words) <= _MAX_TALK_WORDS or not self._talk_words.issuperset(words):
            return None
        several = self._several(words)  # "gracias, buenas noches" thanks before it greets or says goodnight
        if several is not None:
            return several
        for size in range(min(self._longest, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                intent = self._phrases.get(" ".join(words[start : start + size]))
                rest = words[:start] + words[start + size :]
                if intent is not None and all(w in self._pleasant for w in rest):
                    return intent
        return None

    def _several(self, words: list[str]) -> SmallTalk | None:
        """Several small-talk phrases in one message ("hi, how are you? what are you doing?"): the one that asks
        the most of the bot, when every other word is a phrase or a pleasantry too."""
        found: list[SmallTalk] = []
        i = 0
        while i < len(words):
            for size in range(min(self._longest, len(words) - i), 0, -1):
                intent = self._phrases.get(" ".join(words[i : i + size]))
                if intent is not None:
                    found.append(intent)
                    i += size
                    break
            else:
                if words[i] not in self._pleasant:
                    return None
                i += 1
        return min(found, key=_TALK_ORDER.index) if found else None

    def _key(self, phrase: str, lang: Language) -> str:
        """A small-talk phrase as it is looked up: its words as a message's are read (``_written_out``)."""
        return " ".join(self._written_out(tokens(phrase), lang))

    def _written_out(self, words: Iterable[str], lang: Language) -> list[str]:
        """Words with the language's chat shorthand written out ("hows ur day" as "hows your day"), typed with or
        without accents ("cómo estás", "como estas")."""
        norm = self._norms.get(lang)
        return [without_accents(w) for w in (norm.expand(words) if norm is not None else words)]


_PASSIVE = re.compile(r"(?:\s+(?:was|were|is|are|been|being|got))+$", re.IGNORECASE)
"""Auxiliaries between a quote and its verb of saying in the passive ("'...' was said by ...")."""
_OR_NOT = frozenset({("or", "not"), ("или", "нет"), ("чи", "ні"), ("або", "ні"), ("o", "no")})
"""How a check ends asking both ways ("true or not?"): the last word is no point of its own."""
_TALK_ORDER: tuple[SmallTalk, ...] = ("capabilities", "identity", "bye", "thanks", "greeting")
"""Which of several small-talk phrases a reply answers: what the person asks of the bot before a greeting."""
_TALK_FILLERS = frozenset("ok okay oh well so and bot please pls plz".split())
_MAX_TALK_WORDS = 12

PERSONAL = frozenset(
    "he him his she her they them em their "  # en ("how many of em quit")
    "он она они его её ее их ему ей им него неё нее них "  # ru
    "він вона вони його її їх йому їй їм нього неї них "  # uk
    "él ella ellos ellas le les".split())  # es
"""Pronouns that stand for the previous answer's speaker."""
ANAPHORA = PERSONAL | frozenset(
    "it that this those these there its "
    "это этот эта эти тот та то то этого этому этим этом этой эту этих "
    "це цей ця ці той та те цього цьому цим цій цієї цю цих "
    "lo eso esto ese esa aquello".split())
"""Pronouns that stand for the previous answer's speaker or for what it said."""
MAX_ANAPHORIC_WORDS = 8
_OPENERS = frozenset("and why so but then also what how "
                     "а и но так тогда почему зачем что как "
                     "а і й але то чому навіщо що як "
                     "y pero entonces por qué que cómo como xq".split())
MAX_OPENER_WORDS = 4
AND = frozenset("and а и і й y".split())
"""Words joining two clauses or questions."""
_AND_WORDS = 8
"""A message opening with "and" goes on with the previous answer for a little longer than other openers."""
_ACCORDING = ("according", "to")
_ACCORDING_ONE = frozenset("per según segun".split())
_ACCORDING_BY = frozenset("по за".split())
_ACCORDING_WORDS = frozenset("словам словами".split())
"""How a closing "according to him" is said: "according to" or "per" before a pronoun, «по его словам», «за його
словами», «según él»."""
_ACCORDING_ZI = ("згідно", "зі")
_THE = frozenset("the el la".split())
_THE_ARTICLE = frozenset("article text piece author story статье статья тексту текст автору статтею статті "
                         "текстом автором texto artículo articulo autor nota".split())
"""A closing "according to the article" («по статье», «за статтею», «según el texto»): the article's account is asked,
which every answer gives, no length of the question's own."""
_ACKNOWLEDGING = frozenset("ok okay okey k kk well hmm hm alright right "
                           "ок окей ладно хорошо ну понятно ясно "
                           "добре гаразд зрозуміло "
                           "vale bueno pues".split())
"""Words that only acknowledge the previous answer before a follow-up asks on: not counted in its length. Unlike
``_LEAD_INS`` they hold no "and", "but" or "so", which are openers of their own."""


def _sentence_of_each_word(question: Question) -> list[int] | None:
    """Which sentence of the message each word is in, or ``None`` when the words were not read one for one."""
    counts = [len(tokens(piece)) for piece in _SENTENCE_MARKS.split(question.text)]
    if sum(counts) != len(question.words):
        return None
    return [i for i, count in enumerate(counts) for _ in range(count)]


def leans_on_context(question: Question) -> bool:
    """A message that only makes sense after the previous answer: short and built on a pronoun ("is that
    even allowed?"), or very short and opening like a continuation ("and the lowest?", "why not?")."""
    words = question.words
    while len(words) > 1 and words[0] in _ACKNOWLEDGING:  # "ok but why exactly did they decide to quit"
        words = words[1:]
    words = _without_their_account(words)
    # "does she give an actual number or just vibes": the question before its dismissive "or just ..."
    cut = next((i for i in range(1, len(words) - 1) if words[i] == "or" and "just" in words[i + 1 : i + 4]), 0)
    words = words[:cut] if cut else words
    if not 0 < len(words) <= MAX_ANAPHORIC_WORDS:
        return False
    return not ANAPHORA.isdisjoint(words) or (len(words) <= MAX_OPENER_WORDS and words[0] in _OPENERS) \
        or (len(words) <= _AND_WORDS and words[0] in AND)  # "y xq decidio irse al final?" goes on with the story


def _without_their_account(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words before a closing "according to him" («по его словам», «за його словами», «según él») or "according
    to the article" («según el texto», «за статтею»): whose account is asked, no length of the question's own ("and
    how long did that last, according to him?")."""
    if len(words) > 3 and words[-3:-1] == _ACCORDING and words[-1] in PERSONAL:
        return words[:-3]
    if len(words) > 3 and words[-3] in _ACCORDING_BY and words[-2] in PERSONAL and words[-1] in _ACCORDING_WORDS:
        return words[:-3]
    if len(words) > 2 and words[-2] in _ACCORDING_ONE and words[-1] in PERSONAL:
        return words[:-2]
    if len(words) > 2 and words[-1] in _THE_ARTICLE:  # "..., according to the text?", «..., según el texto?»
        cut = len(words) - 1 - (words[-2] in _THE)
        if cut > 2 and words[cut - 2 : cut] in (_ACCORDING, _ACCORDING_ZI):
            return words[:cut - 2]
        if cut > 1 and (words[cut - 1] in _ACCORDING_ONE or words[cut - 1] in _ACCORDING_BY):
            return words[:cut - 1]
    return words


def resolve_pronouns(question: Question, speaker: str, subject: str) -> str:
    """"who's she?" → "who's Valentina Menlikova?": personal pronouns become the speaker, the rest the subject."""
    kept = _PLURAL if not SINGULAR.isdisjoint(question.words) else frozenset()  # "did they let him?": not "him"
    out: list[str] = []
    words = question.words
    asks_who = bool(words) and words[0] in WHO  # "who posted them?": "who" is whoever acted, "them" what they did
    for i, w in enumerate(words):
        if i and words[i - 1] in ANAPHORA and w in _ITS_NAME and subject and out and out[-1] == subject:
            continue  # "is that number legit": the subject is what "that number" names, not a number besides it
        if w in kept or _points_at_nothing(words, i):
            out.append(w)
        elif w in PERSONAL:  # "did they get them?": once "they" is the speaker, "them" is what was said
            out.append(subject if w in _OBJECTS and (speaker in out or (asks_who and subject)) else speaker)
        elif w not in _WHERE:  # "once he got there": where he went, not the whole previous story
            # "did he see himself as part of it?": with no subject to put for it, "it" stays as typed
            out.append((subject or (w if w == "it" else "")) if w in ANAPHORA else w)
    return " ".join(out)


def _points_at_nothing(words: Sequence[str], i: int) -> bool:
    """Whether the pronoun at ``i`` stands for nothing said before: "is it always that easy?" ("that" says how
    easy, "it" is no thing), "let him go" ("him" belongs to the phrase)."""
    w, following = words[i], words[i + 1 : i + 4]
    after = following[0] if following else ""
    return (w in _DEGREE and after in _GRADED) or (w in _OBJECTS and after in _PARTICLES) \
        or (w in NEUTER and (not _GRADED.isdisjoint(following) or _names_a_purpose(words, i)))


def _names_a_purpose(words: Sequence[str], i: int) -> bool:
    """Whether the "it" at ``i`` only opens what a thing was for: "were they told it was about denazification?",
    "was it about denazification?" (not "what was it about?", which asks about that thing)."""
    following = words[i + 1 : i + 3]
    if len(following) == 2 and following[0] in _COPULAS and following[1] in _PURPOSES:
        return True
    return i > 0 and words[i - 1] in _COPULAS and len(following) == 2 and following[0] in _PURPOSES


_ITS_NAME = frozenset("number figure figures numbers claim stat stats info thing story data "  # en
                      "цифра цифру цифры число данные инфа история "  # ru
                      "цифри дані інфа історія "  # uk
                      "cifra cifras dato datos número numero historia".split())  # es
"""What "that" may be said with and stand for no more than the subject: "is that number legit?", «а эта цифра?»."""
_COPULAS = frozenset("is was s isnt wasnt".split())
_PURPOSES = frozenset("about for".split())
"""Around an "it" that names no thing said before: "it was about ...", "was it for ..."."""
_DEGREE = frozenset("that this так настолько такий настільки".split())
_GRADED = frozenset("easy simple hard difficult bad good big many much often common serious dangerous "  # en
                    "легко просто сложно трудно плохо часто "  # ru
                    "складно важко погано".split())  # uk
"""Words a "that" before them grades ("that easy", «так легко»): no pronoun there to resolve."""
SINGULAR = frozenset("he him his she her он она его её ее ему ей він вона його її йому їй él ella le".split())
"""Pronouns for one person: in a later part of a message, "him" is whoever the part before was about."""
SOMEONE = frozenset("guy dude man bloke tio tío tipo chico парень мужик чувак хлопець чоловік".split())
"""Nouns that stand for the person the previous answer was about ("ese tío", «этот парень»)."""
_TEXT_ITSELF = frozenset({"it"})
TEXT_VERBS = frozenset("say says mention mentions tell tells give gives name names explain explains describe describes "
                       "report reports state states list lists cite cites quote quotes cover covers discuss discusses "
                       "claim claims".split())
"""What a text does with what it holds: "what does it say a mobilization would mean" is the article saying something
more, not a pointer to what came before; "does it name the battalions?" asks whether the article gives a detail."""
TEXT_ADVERBS = frozenset("actually really even ever also explicitly anywhere".split())
"""Words between "it" and what the text does ("does it actually say …")."""


def _text_verb_follows(words: Sequence[str], i: int) -> bool:
    """Whether the word after ``words[i]`` (past one adverb) is a verb of what a text says, and more follows."""
    j = i + 2 if i + 1 < len(words) and words[i + 1] in TEXT_ADVERBS else i + 1
    return j + 1 < len(words) and words[j] in TEXT_VERBS


_TEXT_DOING = TEXT_VERBS | TEXT_ADVERBS | frozenset({"all", "anything"})
"""Words of a question that only ask whether the text says something ("does the article cover that at all?")."""
ASKER_DOING = frozenset(
    "trying tryna want wanna need writing researching fact-checking factchecking "  # en
    "пытаюсь хочу пишу проверяю нужно надо "  # ru
    "намагаюся намагаюсь пробую хочу пишу перевіряю треба "  # uk
    "intento quiero necesito escribo investigo".split())  # es
"""How a remark that drops its "I" opens: "... named? trying to figure out if their accounts can be verified" tells
why the asker asks, as one with "I" would."""
EVERYONE = frozenset("todos todas cualquiera все всех всем каждый любой всі всіх усі усіх кожен будь-хто".split())
"""Words for everyone: «y así de fácil es pa todos?» has a subject, whoever was told of before."""
GREETINGS = frozenset("hey hi hello bot dear привет здравствуйте уважаемый дорогой бот вітаю привіт шановний "
                      "hola oye oiga estimado querido porfa".split())
"""Words that greet or address the bot («Уважаемый бот, ...», "hey bot, ...")."""
GROUP = frozenset("they them em их они им ними вони їх їм ними ellos ellas les".split())
"""Pronouns for a group: in a later part of a message, "how many of them quit" counts the people the part before was
about."""
NEUTER = frozenset("it это оно це воно esto eso ello".split())
"""Pronouns for a thing: in a later part of a message, "it" is what the part before was about."""
THEN = frozenset("then тогда тоді entonces".split())
"""Words for "after what was just said": in a later part of a message, "and what happens then?" asks on about the part
before, as "it" does."""
CLITICS = frozenset("lo la los las".split())
"""Spanish object pronouns: "xq lo hacen" asks why they do it, whoever "they" are, not about the one told of before."""
_PARTICLES = frozenset({"go"})
"""Words that close a phrasal verb round its object ("let him go"): that pronoun is part of the phrase."""
_WHERE = frozenset({"there"})
"""A place pronoun, dropped rather than replaced by the previous answer's subject."""
_OBJECTS = frozenset("them em him".split())
"""Pronouns that, after the speaker's own, stand for a thing: "did they get them?", "did they get em?" (in English,
where a clause would say "themselves" for the same people)."""
_PLURAL = frozenset("they them em their они их им них вони їх їм них ellos ellas les".split())
