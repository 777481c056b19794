"""A message read once: its words, stems, matching terms, numbers and the parties it names, with their roles.

The matcher, the figure reader and the follow-up resolver all read the same ``Question``, so "according to
Ukraine" is a claimant everywhere and "killed in Ukraine" a place everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from bot.kb.language import cyrillic_from_latin, cyrillic_guess, cyrillic_lean, detect_language, is_latin_script
from bot.kb.schema import Language
from bot.kb.textnorm import ROLE_MARK, Normaliser, asks_when_it_happened, is_number, phrase_key, tokens, unswapped

Role = Literal["claimant", "subject"]
_CYRILLIC_LANGUAGES = frozenset({"ru", "uk"})
"""The languages written in Cyrillic, told apart by a few letters or, failing those, by their words."""
MAX_CHARS = 4096
_RECENT = 512
"""Most texts kept read while one message is answered (a long post has a few dozen parts)."""
ASKER_ALONE = frozenset(
    "i i'm im me my mine "  # en
    "я меня мне мой моя мое моё мои моего моей "  # ru
    "мене мені мій моє мої мого моєї "  # uk (besides the Russian spellings it shares)
    "yo me mi mis mío mía soy estoy".split())  # es drops the pronoun: «Soy periodista»
"""The asker's own words, not a group's («нас было 14», "not our war" are a witness's): a statement with them after a
question tells of the asker ("... did they threaten him? my brother wants to quit too"), asks nothing of the article."""
ASKER = ASKER_ALONE | frozenset("we our us мы нас нам наш наша наши ми наші nosotros nuestro nuestra".split())
"""Words of the one asking: an opening made of them and little else ("as a journalist I'm interested:") is who asks,
not a point of the message; a remark with them after a question ("my husband is of draft age") speaks of the asker."""


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
    lang: Language = "en"
    """The language the message is in (and the reply will be)."""
    origin: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    """Each stem's (and each one-word synonym's term's) word as typed, to weigh words by their rarity."""
    checks: bool = False
    """The message states a claim and asks whether it is true ("NATO says they quit daily. true?")."""
    asks_when: bool = False
    """The message ends with a bare "when?" after its question ("did putin declare mobilization? when?"): it asks
    when an event happened, as a word for later does."""

    def claimants(self) -> frozenset[str]:
        """The parties named as making a claim ("according to NATO", "what does Russia admit")."""
        return frozenset(p.source for p in self.parties if p.role == "claimant")


_NEGATIONS = frozenset({"not", "не", "no", "ні"})
"""The word that negates the next one, as each language's stemmer has it ("not fake", «не фейк», «no es cierto»)."""
_CLAIM_TERMS = 2
"""Terms from which a message states a claim of its own, and "is it true?" is only a request to check it."""
_AND_TYPED = re.compile(r"^(?:n|nd|&)\s+(?=[a-z])", re.IGNORECASE)
"""A message opening with "and" typed short, as phones do: "n nato?", "& russia?"."""
_TAGGED = 2
"""Words a message needs before its last one can be a tag ("right?" alone is a question of its own)."""
_LATIN_WORD = re.compile(r"\b[a-z]{3,}\b", re.IGNORECASE)
"""A word typed in Latin letters, which a Russian or Ukrainian message may have among Cyrillic ones."""
_TAIL_WORD = re.compile(r"[\W_]*[^\W\d_]+[\W_]*$")
"""A message's last word with the punctuation around it (", right?")."""
_LAST_WORD = re.compile(r"[^\W\d_]+[\W_]*$")
"""A message's last word from its first letter, with the punctuation after it ("he?")."""
_ECHO_AFTER = re.compile(r"[.?!;:…'\"»”]\s*$")
"""A sentence's end just before a tag phrase: "... 'this is not our war'. did he?" tags, "how long is it?" asks."""
_SENTENCE_END = re.compile(r"[.!?…][\"”»')]*\s+")
"""Where a sentence of a message ends: a post, then "Is that accurate per the article?" asks to check it."""
SPANISH_HIM = re.compile(r"(?<=\s)el(?=[\s?!.]*$)", re.IGNORECASE)
"""Spanish «él» typed without its accent at the end of a message or of a part of one ("y cuántos se fueron con el"):
no article ends one."""
_CHECK_TAIL = 3
"""First and last words of a message where "true?", «правда что...» ask to check the claim around them."""
_ASK_MARK_WITHIN = 4
"""Last characters of a sentence where its question mark is ("...?»", "?)")."""
_TOLD = re.compile(r"[.!…][\"”»')]*$")
"""The end of a sentence that tells: a full stop or an exclamation mark."""


def _echo_tag(text: str, words: tuple[str, ...], norm: Normaliser) -> int:
    """How many words a tag phrase ending the message has ("did he?" after a claim's sentence ends), or 0: only
    after a sentence of its own ("how long is it?" asks)."""
    for phrase in norm.tag_phrases:
        size = len(phrase)
        if len(words) > _TAGGED + size and words[-size:] == phrase \
                and _ECHO_AFTER.search(_before(text, size)):
            return size
    return 0


def _before(text: str, size: int) -> str:
    """``text`` without its last ``size`` words, whatever punctuation came before them kept."""
    for _ in range(size):
        text = _LAST_WORD.sub("", text)
    return text


def _last_sentence_checks(text: str, norm: Normaliser) -> bool:
    """Whether a message of several sentences opens its last one, or the one before it, asking to check the rest
    ('"..." Is that accurate per the article?', '"..." true? who says that?')."""
    sentences = _SENTENCE_END.split(text.strip())
    return any(not norm.checking_words.isdisjoint(norm.stem(w) for w in tokens(sentence)[:_CHECK_TAIL])
               for sentence in sentences[1:][-2:])


def asked_sentences(text: str) -> str | None:
    """The sentences of a message that ask ("...?"), when others only tell ("my son serves there now. can he quit
    legally?"); with no question mark, its unended last sentence ("the kremlin says they fight nazis. was his unit
    told"); ``None`` when every sentence asks or none does."""
    text = text.strip()
    asked: list[str] = []
    told = False
    start = 0
    sentence = ""
    for end in [*(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]:
        sentence = text[start:end].strip()
        start = end
        if "?" in sentence[-_ASK_MARK_WITHIN:]:
            asked.append(sentence)
        elif _TOLD.search(sentence):
            told = True  # a sentence ended with a full stop; an unended tail may still ask
    if told and not asked and sentence and not _TOLD.search(sentence):
        asked.append(sentence)  # "kremlin says they fight nazis. did his unit get told that": the unended tail asks
    return " ".join(asked) if asked and told else None


@lru_cache(maxsize=65_536)
def _unswapped(word: str, stopwords: frozenset[str], lang: Language) -> str:
    """``word``, or the question word it was typed as with two letters swapped ("waht"), unless it is a word itself."""
    return word if word in stopwords else unswapped(word, lang, stopwords) or word


class QuestionReader:
    """Reads messages with each language's normaliser; ``terms`` lets the matcher correct typos and snap figures."""

    def __init__(self, normalisers: Mapping[Language, Normaliser],
                 terms: Callable[[str, Language], tuple[str, ...]]) -> None:
        self._norms = normalisers
        self._terms = terms
        self._own_phrases = {lang: frozenset(phrase_key(p) for p in norm.own_phrases)
                             for lang, norm in normalisers.items()}
        """Each language's whole messages ("hola", «сорс?»), as ``phrase_key`` writes them."""
        self._phrases: dict[str, Language] = {}
        self._recent: dict[tuple[str, Language | None], Question] = {}
        for lang, keys in self._own_phrases.items():  # English first: a phrase lexicons share ("ok") stays English
            for key in keys:
                self._phrases.setdefault(key, lang)

    def read(self, text: str, prefer: Language | None = None) -> Question:
        """The question in ``text`` (whitespace collapsed within lines, at most 4,096 characters), in its language;
        line breaks stay, as a preface ends at one ("I'm a student\nwhy did he quit?").

        An answer reads its message, and each part of it, several times over (whether it asks yes or no, whether
        it checks a claim): what was read since ``forget`` is kept, so each is read once."""
        key = (text, prefer)
        found = self._recent.get(key)
        if found is None:
            if len(self._recent) >= _RECENT:
                self._recent.clear()
            found = self._recent[key] = self._read(text, prefer)
        return found

    def forget(self) -> None:
        """Drop what was read: a new message is being answered."""
        self._recent.clear()

    def _read(self, text: str, prefer: Language | None) -> Question:
        clean = "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())[:MAX_CHARS]
        read_as = _AND_TYPED.sub("and ", clean)  # "n russia?" is read like "and russia?"; its text stays as typed
        detected = detect_language(read_as)
        lang = self._language(read_as, detected, prefer)
        norm = self._norms[lang]
        transliterated = lang in ("ru", "uk") and detected == lang and is_latin_script(read_as)
        if transliterated:
            matched = cyrillic_from_latin(read_as, lang)
        elif lang in ("ru", "uk") and not is_latin_script(read_as) and _LATIN_WORD.search(read_as):
            matched = cyrillic_from_latin(read_as, lang, known_only=True)  # "rossiya skolko priznaet ...? официально"
        else:
            matched = read_as
        # "waht were they promised": a question word typed with two letters swapped is that word
        words = tuple(_unswapped(w, norm.stopwords, lang) for w in tokens(matched))
        if lang == "es" and words[-1:] == ("el",) and SPANISH_HIM.search(matched):
            words = (*words[:-1], "él")  # "cuantos renunciaron con el?": "él" typed without its accent
        tail = _echo_tag(matched, words, norm)
        tagged = (tail > 0 or (len(words) > _TAGGED and words[-1] in norm.tags)) and words[0] not in norm.yes_no_words
        if tagged:  # "he quit, right?", "... the cnn officer said 'this is not our war'. did he?"
            for _ in range(tail or 1):
                matched = _TAIL_WORD.sub("", matched)
            words = words[: -(tail or 1)]
        stems = tuple(norm.stem(w) for w in words)
        terms = self._terms(matched, lang)
        checks = sum(t not in norm.checking for t in terms) >= _CLAIM_TERMS and (
            tagged or not norm.checking_words.isdisjoint((*stems[:_CHECK_TAIL], *stems[-_CHECK_TAIL:]))
            or _last_sentence_checks(matched, norm) or norm.asks_if_article_says(stems))
        # what phrases of several words stand for ("hard to know" is "accurate"): read once, for the two rules below
        phrased = norm.phrase_concepts(stems) if checks or (terms[:1] and terms[0] in norm.why) else frozenset()
        if checks:
            # "... are deserters. true?", «правда что увольняются каждый день?»; a checking term typed as another
            # word stays («или это всё пропаганда»: propaganda, which «фейк» only stands for), or as a phrase ("hard
            # to know" is "accurate")
            typed = {norm.concept_of(s) or s for s in stems if s not in norm.checking_words}
            typed |= phrased
            terms = tuple(t for t in terms if t not in norm.checking or t in typed)
            negated = [stems[i + 1] in norm.checking_words for i in range(len(stems) - 1) if stems[i] in _NEGATIONS]
            if _NEGATIONS & set(terms) and negated and all(negated):
                # "how do we know it's not fake?": the "not" of the checking word goes with it
                terms = tuple(t for t in terms if t not in _NEGATIONS)
        if len(terms) > 1 and terms[0] in norm.why and terms[1] in norm.checking and terms[1] in phrased:
            # "why is it so hard to know how many really quit?": what is hard to know is asked, with how sure it is
            terms = terms[1:]
        parties = tuple(Party(t[len(ROLE_MARK):], "claimant") for t in terms if t.startswith(ROLE_MARK))
        parties += tuple(Party(p, "subject") for p in norm.subjects(terms))
        post = norm.past_label(matched)  # "Forwarded from News 24/7: ...": the label's numbers are not the post's
        numbers = tuple(float(w) for w in (words if post is matched else tokens(post)) if is_number(w))
        origin = dict(zip(stems, words, strict=True))
        for word in words if lang == "en" else ():
            spelt = norm.expand([word])
            if spelt != [word]:  # "ppl" is "people", "lots" is "a lot": how rare it is, is the written-out word's
                origin.update((norm.stem(full), full) for full in spelt)
        for stem, word in zip(stems, words, strict=True):  # "denazification" is how "nazi" was typed
            concept = norm.concept_of(stem)
            if concept is not None:
                origin.setdefault(concept, word)
        if lang == "en":  # "in short", a phrase: as rare as its concept's word ("summary")
            for term in terms:
                if term not in origin and (written := norm.concept_word(term)) is not None:
                    origin[term] = written
        return Question(clean, words, stems, terms, numbers, parties, lang, origin, checks,
                        asks_when_it_happened(clean))

    def _language(self, text: str, detected: Language | None, prefer: Language | None) -> Language:
        """The message's language: ``detected`` from its text, else a phrase of one language's lexicon ("hola"),
        else ``prefer`` (the user's) when it can read the message (Cyrillic the Russian or Ukrainian one reads
        best), else English; only languages the base has are chosen."""
        if detected in _CYRILLIC_LANGUAGES and prefer in _CYRILLIC_LANGUAGES and detected != prefer \
                and phrase_key(text) in self._own_phrases[prefer]:
            detected = prefer  # «сорс?» in a Russian chat: a phrase its lexicon lists, whatever a dictionary guesses
        found = detected or self._phrases.get(phrase_key(text)) or cyrillic_guess(text)
        if found is None:  # the user's language, unless it cannot read the message's letters
            found = prefer if prefer in _CYRILLIC_LANGUAGES else cyrillic_lean(text) or prefer
        if found is not None and found in self._norms:
            return found
        return "en"
