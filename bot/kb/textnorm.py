"""Text normalisation for matching: the same question typed a hundred ways should become one set of terms.

Pipeline: Unicode folding → tokens (numbers canonicalised) → abbreviations → stems → synonym phrases
(matched on stems, so inflections need no listing) → stopwords dropped.
"""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from itertools import islice

import snowballstemmer

from bot.kb.frequency import by_frequency, zipf
from bot.kb.language import lemma, stemmer
from bot.kb.schema import Language, Lexicon

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_SUFFIX = {"k": 1_000, "m": 1_000_000, "тыс": 1_000, "тис": 1_000, "mil": 1_000, "ish": 1}
_NUMBER = re.compile(r"(?<![\w])(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:[.,]\d+)?)\s*(k|m|тыс|тис|mil|ish)?(?![\w])")
_DIGIT_SCALE = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s+(thousands?|тысяч[аиу]?|тыщ[аи]?|тисяч[аіу]?|millions?|"
                          r"миллион(?:а|ов)?|мільйон(?:а|ів)?)(?!\w)")
"""Digits before a scale word ("29 thousand", «29 тисяч»): one number, as "29k" is."""
_RANGE_SCALE = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)(\s*-\s*|\s+(?:to|and|a|y|до|и|і|та)\s+)(\d+(?:[.,]\d+)?)\s*"
                          r"(k|m|тыс|тис|mil)(?![\w])")
"""A range whose scale is written once, after its upper end ("7-15k", "7 to 15 thousand", «7–15 тыс.»)."""
_NUMBER_DASH = re.compile(r"(?<=\d)\s*[–—]\s*(?=\d)")
"""A dash between two numbers is a range's ("7–15k"), as a hyphen is."""
_ARITHMETIC = re.compile(r"\d+(?:\s*(?:[+*×÷^=x]|\s(?:times|plus|multiplied by|divided by|por|m[aá]s|"
                         r"dividido (?:por|entre)|умножить на|плюс|разделить на|помножити на|поділити на|додати)\s)"
                         r"\s*\d+)+")
"""A sum ("17*23", «2+2»): the message asks for arithmetic, and its numbers are no figure of the article."""
_PERCENT = re.compile(r"(\d)\s*(%|per\s*cent\b|pct\b)")
_TIMES = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?[x×](?=\s*[?!]|\s+[^\W\d_])")
"""A multiple written the chat way ("like 10x what the kremlin admits", "like 20x??"): that many times; not an
unknown of an equation ("solve 2x + 3 = 11")."""
_NOT_KEPT = re.compile(r"[^\w\s'%,.\-]|_")
"""Everything but letters, digits, spaces and number punctuation: emoji, symbols, controls, zero-width marks."""
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_HANDLE = re.compile(r"(?<![\w@])@\w+")
"""A channel's or user's handle ("@warnews_daily")."""
_MAX_CHARS = 2_000

_stem = snowballstemmer.stemmer("english").stemWord


def is_number(token: str) -> bool:
    """ASCII digits only: "❶" and "²" pass ``str.isdigit`` but are not numbers ``int`` can read."""
    return token.isascii() and token.isdigit()


def number_term(value: float) -> str:
    """A number as a matching term: "29200" for 29200.0, "2.5" for 2.5."""
    return str(int(value)) if float(value).is_integer() else str(value)


_LATIN_STEM = stemmer("en")
"""English Snowball for Latin words, memoised where the start-up cache keeps it (``bot.kb.stemcache``)."""
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@lru_cache(maxsize=65_536)
def stem(token: str) -> str:
    """Snowball stem, cached because the same few thousand words recur in every question."""
    if is_number(token):
        return token
    return str(_stem(token)) if _CYRILLIC.search(token) else _LATIN_STEM(token)


_UNLISTED = 0.5
"""Rarity of a word missing from a non-English frequency list: often a form typed without accents ("sentia") or
an inflection, not a rare word, so it counts as middling."""


_ES_SHIFT = 1.0
"""Zipf points added to a Spanish word: a verb spreads its use over some fifty forms ("metieron", "renunciando"),
so each form is rarer in the list than the word is in speech."""


@lru_cache(maxsize=65_536)
def rarity(word: str, lang: Language = "en") -> float:
    """How unusual a word is, 0 (everyday) to 1 (rare or not of the language), from its Zipf frequency; a Spanish
    word typed without accents counts as common as its accented spelling.

    Weighs words the knowledge base has never seen: "every single day" is chatter, "Chechen" is a topic.
    A Russian or Ukrainian word counts as common as its dictionary form when that is commoner.
    """
    common = zipf(word, lang)
    if lang in ("ru", "uk"):  # an inflected form is as common as its word: «вирішить» as «вирішити»
        common = max(common, zipf(lemma(lang, word), lang))
    if lang == "es" and word.isalpha():  # typed without its accents ("mayoria"), as common as with them
        common = max(common, _spanish_accented().get(word, 0.0))
        common += _ES_SHIFT if common > 0 else 0
    if common <= 0:
        return 1.0 if lang == "en" else _UNLISTED
    return min(1.0, max(0.15, (6.0 - common) / 3.0))


@cache
def _spanish_accented() -> dict[str, float]:
    """Zipf frequency of each Spanish word by its form without accents (the commoner spelling's when two share it)."""
    out: dict[str, float] = {}
    for word, freq in by_frequency("es"):
        plain = without_accents(word)
        if plain != word and plain not in out:  # commonest first
            out[plain] = round(math.log10(freq) + 9, 2)  # as zipf_frequency reports it
    return out


@lru_cache(maxsize=65_536)
def is_common(word: str, lang: Language = "en") -> bool:
    """Whether ``word`` is in the language's common-word list (so a mismatch is not a typo to fix)."""
    return zipf(word, lang) > 0


def swapped(word: str, words: frozenset[str]) -> str | None:
    """The one word of ``words`` that ``word`` becomes with two neighbouring letters swapped ("waht" → "what"), if
    there is exactly one."""
    found = {w for i in range(len(word) - 1)
             if word[i] != word[i + 1] and (w := f"{word[:i]}{word[i + 1]}{word[i]}{word[i + 2:]}") in words}
    return found.pop() if len(found) == 1 else None


def unswapped(word: str, lang: Language, *vocabularies: frozenset[str]) -> str | None:
    """The word of the first of ``vocabularies`` that ``word`` was typed as with two letters swapped ("waht" →
    "what"), unless ``word`` is a common word of ``lang`` itself ("form" is no "from")."""
    turned = next((t for words in vocabularies if (t := swapped(word, words)) is not None), None)
    return turned if turned is not None and not is_common(word, lang) else None


@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """Case-, width- and punctuation-insensitive form; emoji, controls and zero-width characters vanish.

    Remembered: building the index folds each of the base's texts more than once."""
    text = unicodedata.normalize("NFKC", text[:_MAX_CHARS]).translate(_APOSTROPHES).casefold()
    text = _TIMES.sub(r"\1 times", _ARITHMETIC.sub(" math ", text))
    text = _NOT_KEPT.sub(" ", _NUMBER_DASH.sub("-", text))
    text = _PERCENT.sub(r"\1 percent", text).replace("%", " percent ")  # "what % quit?" asks the percentage
    text = _DIGIT_SCALE.sub(_digit_scale, text)
    text = _RANGE_SCALE.sub(_range_scale, text)
    if not _ALL_NUMBER_WORDS.isdisjoint(_WORD_SPLIT.split(text)):  # most texts have none: skip the long patterns
        text = _NUMBER_WORDS.sub(_spelled_number, text)
    if "mil" in text:
        text = _ES_NUMBER.sub(_spanish_number, text)
    return _NUMBER.sub(_canonical_number, text)


_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_CYRILLIC_NUMBERS = {
    # Russian and Ukrainian numerals as typed, with the case forms a number takes after "около", "из", "до".
    1: "один одна одно одного одной одне", 2: "два две двух дві двох", 3: "три трёх трех трьох",
    4: "четыре четырёх четырех чотири чотирьох", 5: "пять пяти п'ять п'яти", 6: "шесть шести шість",
    7: "семь семи сім", 8: "восемь восьми вісім", 9: "девять девяти дев'ять дев'яти", 10: "десять десяти",
    11: "одиннадцать одиннадцати одинадцять одинадцяти", 12: "двенадцать двенадцати дванадцять дванадцяти",
    13: "тринадцать тринадцати тринадцять тринадцяти", 14: "четырнадцать четырнадцати чотирнадцять чотирнадцяти",
    15: "пятнадцать пятнадцати п'ятнадцять п'ятнадцяти", 16: "шестнадцать шестнадцати шістнадцять шістнадцяти",
    17: "семнадцать семнадцати сімнадцять сімнадцяти", 18: "восемнадцать восемнадцати вісімнадцять вісімнадцяти",
    19: "девятнадцать девятнадцати дев'ятнадцять дев'ятнадцяти",
    20: "двадцать двадцати двадцять двадцяти", 30: "тридцать тридцати тридцять тридцяти", 40: "сорок сорока",
    50: "пятьдесят пятидесяти п'ятдесят", 60: "шестьдесят шістдесят", 70: "семьдесят семидесяти сімдесят",
    80: "восемьдесят вісімдесят", 90: "девяносто дев'яносто", 100: "сто ста", 200: "двести двухсот двісті",
    300: "триста трехсот трёхсот", 400: "четыреста чотириста", 500: "пятьсот п'ятсот", 600: "шестьсот шістсот",
    700: "семьсот сімсот", 800: "восемьсот вісімсот", 900: "девятьсот дев'ятсот",
}
_UNITS |= {w: v for v, forms in _CYRILLIC_NUMBERS.items() for w in forms.split()}
_HALVES = {w: 1.5 for w in "полтора полторы полутора півтора півтори".split()}
"""One and a half, as a count of thousands is said («полторы тыщи», «півтори тисячі»: 1,500)."""
_SCALES |= {w: 1_000 for w in "тысяча тысячи тысяч тысячу тыща тыщи тыщ тисяча тисячі тисяч".split()}
_SCALES |= {w: 1_000_000 for w in "миллион миллиона миллионов мільйон мільйона мільйонів".split()}
_ALONE = frozenset(w for w, v in _UNITS.items() if v == 1)
""""One" alone is a word ("the one who...", "одного из солдат"), not a number."""
_NONE_OF = re.compile(r"\s+[^\W\d_]")
""""Zero" before a word says there is none of it ("zero consequences", "zero sense"), not a figure to check."""
_ALL_NUMBER_WORDS = frozenset([*_UNITS, *_TENS, *_SCALES, *_HALVES])
_WORD_SPLIT = re.compile(r"[^\w']+")
_WORD = "|".join(sorted(_ALL_NUMBER_WORDS, key=len, reverse=True))
_NUMBER_WORDS = re.compile(rf"(?<![\w'])(?:{_WORD})(?:[\s-]+(?:{_WORD}))*(?![\w'])")


def _digit_scale(match: re.Match[str]) -> str:
    million = match.group(2).startswith(("million", "миллион", "мільйон"))
    return f"{match.group(1)}{'m' if million else 'k'}"


def _range_scale(match: re.Match[str]) -> str:
    """"7-15k" → "7k-15k": the lower end takes the scale when it is below the upper one written without it."""
    low, between, high, scale = match.groups()
    if re.fullmatch(r"\d{1,3}[,.]\d{3}", low) or float(low.replace(",", ".")) >= float(high.replace(",", ".")):
        return match.group(0)
    return f"{low}{scale}{between}{high}{scale}"


def _spelled_number(match: re.Match[str]) -> str:
    """"twenty nine thousand two hundred", «двадцать девять тысяч двести» → "29200"."""
    words = re.split(r"[\s-]+", match.group(0))
    if len(words) == 1 and (words[0] in _ALONE or words[0] in _HALVES):
        return match.group(0)
    if words == ["zero"] and _NONE_OF.match(match.string, match.end()):
        return match.group(0)
    total = current = 0.0
    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _HALVES:
            current += _HALVES[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        else:
            total += max(current, 1) * _SCALES[word]
            current = 0
    value = total + current
    return str(int(value)) if value.is_integer() else str(value)


_SPANISH_NUMBERS = {
    1: "un una uno", 2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 7: "siete", 8: "ocho", 9: "nueve",
    10: "diez", 11: "once", 12: "doce", 13: "trece", 14: "catorce", 15: "quince", 16: "dieciséis dieciseis",
    17: "diecisiete", 18: "dieciocho", 19: "diecinueve", 20: "veinte", 21: "veintiuno veintiún veintiun",
    22: "veintidós veintidos", 23: "veintitrés veintitres", 24: "veinticuatro", 25: "veinticinco",
    26: "veintiséis veintiseis", 27: "veintisiete", 28: "veintiocho", 29: "veintinueve", 30: "treinta",
    40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta", 80: "ochenta", 90: "noventa",
    100: "cien ciento", 200: "doscientos doscientas", 300: "trescientos trescientas",
    400: "cuatrocientos cuatrocientas", 500: "quinientos quinientas", 600: "seiscientos seiscientas",
    700: "setecientos setecientas", 800: "ochocientos ochocientas", 900: "novecientos novecientas",
}
_ES_UNITS = {w: v for v, forms in _SPANISH_NUMBERS.items() for w in forms.split()}
_ES_SCALES = {"mil": 1_000, "millón": 1_000_000, "millon": 1_000_000, "millones": 1_000_000}
_ES_WORD = "|".join(sorted(_ES_UNITS, key=len, reverse=True))
_ES_SCALE = r"(?:millones|millón|millon|mil)(?![\w'])"
_ES_TAIL = rf"(?:\s+(?:{_ES_WORD})(?:\s+y\s+(?:{_ES_WORD}))?(?![\w'])(?!\s+{_ES_SCALE}))"
_ES_NUMBER = re.compile(
    rf"(?<![\w'])(?:(?:(?:{_ES_WORD})(?:\s+y)?\s+)+{_ES_SCALE}{_ES_TAIL}*|{_ES_SCALE}{_ES_TAIL}+)")
"""Spanish numbers only with "mil" ("veintinueve mil doscientos"): "once" and "un" alone are English and articles."""


def _spanish_number(match: re.Match[str]) -> str:
    """"veintinueve mil doscientos" → "29200"."""
    total = current = 0
    for word in match.group(0).split():
        if word in _ES_UNITS:
            current += _ES_UNITS[word]
        elif word in _ES_SCALES:
            total += max(current, 1) * _ES_SCALES[word]
            current = 0
    return f" {total + current} "


def _canonical_number(match: re.Match[str]) -> str:
    digits, suffix = match.group(1), match.group(2)
    grouped = re.fullmatch(r"\d{1,3}(?:[,.\s]\d{3})+", digits)
    value = float(re.sub(r"[,.\s]", "", digits)) if grouped else float(digits.replace(",", "."))
    value *= _SUFFIX.get(suffix or "", 1)
    return f" {number_term(value)} "


def tokens(text: str) -> list[str]:
    """Words of the folded text; possessive "'s" and inner apostrophes dropped (didn't → didnt)."""
    return list(_tokens(text))


@lru_cache(maxsize=32_768)
def _tokens(text: str) -> tuple[str, ...]:
    # Loading reads each text of the base four or five times over (checks, terms, phrase keys), so texts are
    # memoised and their words interned (shared); ``forget_texts`` empties the memo once the base is built.
    words = _TOKEN.findall(fold(text))
    return tuple(sys.intern(w if "'" not in w else _LATIN_NAME_ENDING.sub("", w).removesuffix("'s").replace("'", ""))
                 for w in words if w)


def forget_texts() -> None:
    """Empty the memo of texts read while the base was built: questions rarely repeat them."""
    _tokens.cache_clear()


_LATIN_NAME_ENDING = re.compile(r"(?<=[a-z])'[а-яёіїєґ]+$")
"""A Cyrillic case ending on a Latin name ("cnn'овского", "reuters'а"): the name is what the word says."""


def phrase_key(text: str) -> str:
    """The form two phrasings are compared in to decide they are the same phrasing."""
    return " ".join(tokens(text))


_WHEN = frozenset("when cuando когда коли".split())
CLAUSE_STARTS = frozenset("and but so y pero а и но і й але".split())
"""Words that open a new clause or a message that goes on from the last one ("and", «а», "pero")."""
_QUESTION_REACH = 3
"""How far into a message (or after "and") "when" still asks when; later it joins two clauses."""


_CLOSING_WORD = re.compile(r"[?!.…]\s*¿?(\w+)\s*[?!.…]*\s*$")
"""A message's last sentence when it is one word, after a question ("... or not? when?")."""


def asks_when_it_happened(text: str) -> bool:
    """Whether a message ends with a bare "when?" after its question ("so did putin declare mobilization or not?
    when?", «то путін вже оголосив мобілізацію? коли?»): it asks the date of an event, as if it had happened, which
    the article, written before it, cannot give."""
    closing = _CLOSING_WORD.search(text)
    return closing is not None and without_accents(closing.group(1).casefold()) in _WHEN


def _without_conjunctions(words: list[str]) -> list[str]:
    """The words without a "when" that joins clauses ("how did he feel when they started shelling"): only a
    "when" at a message's start, or after "and", asks for a time."""
    return [w for i, w in enumerate(words)
            if w not in _WHEN or i < _QUESTION_REACH or words[i - 1] in CLAUSE_STARTS]


_APPROXIMATE = frozenset("around about approximately approx roughly nearly almost some like ~ около примерно почти "
                     "приблизительно порядка где-то близько приблизно майже десь біля cerca casi aproximadamente "
                     "unos unas alrededor".split())
"""Words that make the number after them a rough one ("around 1,200 dead", «около 30 тысяч»)."""


def _without_approximation(words: list[str]) -> list[str]:
    """The words without one that only says the number after it is rough: the number is what is asked about, not
    "around" ("dying around them")."""
    return [w for i, w in enumerate(words)
            if w not in _APPROXIMATE or i + 1 >= len(words) or not is_number(words[i + 1])]


ROLE_MARK = "@"
"""Prefix of the term that stands for a party as the one making a claim ("according to Ukraine" → ``@ukraine``)."""
THAT_WORDS = frozenset("that что шо що que q".split())
"""Words that open what is said ("saw a meme that ...", «утверждает, что ...»): a party after them is in the claim
(«кто утверждает, что российские военные увольняются?»: Russian soldiers, not Russia saying it)."""
_LOCATION = frozenset(stem(w) for w in "in into inside across throughout within to at on over".split())
_ACCORDING = (stem("according"), stem("to"))
_THIS = ("the this that these этой этом этот этого этих цій цьому цей цього цих este esta estos estas ese esa el la "
         "los las").split()
"""Words between "in" and "the article" that only point at it («в этой статье»), unlike «по какой статье»."""
_ASKS_BESIDES = 2
"""Words besides "in the article" from which a question asks something of its own ("the figures in the article")."""
DEMONYMS = frozenset(stem(w) for w in "russian russians ukrainian ukrainians".split())
"""The parties' names as their people ("Russian soldiers", "captured Russians"), not as their governments."""
_PEOPLE = frozenset(stem(w) for w in "captured ordinary young regular common average many some most those these dead "
                    "killed fallen wounded imprisoned drafted mobilized mobilised individual".split())
"""Words that make a party's name its people ("captured Russians say"): a subject, never the claiming government."""
RELATIVE_WORDS = ("who that which который которая которые которого що шо який яка які якого que quien quienes".split())
"""Words opening a relative clause: about a witness ("the soldier *who* talked to Reuters"), or after a superlative
(«la cifra más alta *q* sale»), where «que» is no "than"."""
_ADDRESS_WINDOW = 4
"""Most words between a verb of telling and whom it tells ("told the reuters journalists", «les dijo a los
periodistas»)."""
_FILLERS = frozenset(stem(w) for w in "did does do has have had officially actually really even also itself "
                     "themselves ever just only own that who which now still already finally openly".split())
_FROM = frozenset("from из с від з із de desde".split())
"""Words opening what is left of a label once its "forwarded" is read as passing a claim on ("from Ukraine News:")."""
ASIDE_WORDS = ("actually", "really", "exactly", "even", "also", "truly", "indeed", "too")
"""Words a question adds that ask nothing more ("is that *really* what it says", "where do they *even* come from")."""
_ASIDES = frozenset(stem(w) for w in ASIDE_WORDS)
"""Words a phrase of ``checking_phrases`` may be typed with ("is that really what the article says?")."""
_OWN = stem("own")
_CLAIMING = frozenset(stem(w) for w in (
    "say said says saying claim claims claimed report reports reported estimate estimates estimated think thinks "
    "believe believes admit admits admitted acknowledge acknowledges calculate calculates count counts put puts give "
    "gives gave tell told find found figure figures number numbers estimation tally toll version stat stats data "
    "official officially confirm confirms confirmed recognise recognize recognises recognizes accept accepts"
).split())


_SAID_BEFORE = 2
"""Fewest words before "does the article mention?" for the question to have said what it asks about."""

_SAYING = frozenset(stem(w) for w in "say says said saying claim claims claimed suggest suggests "
                   "mention mentions raise raises raised discuss discusses discussed".split())
"""What the article itself is said to do before what it says ("the article says ...", "is the article saying ...");
"does the article think ..." asks the article's own view, which the words after it do not give alone."""
_FIGURE_NOUNS = frozenset(stem(w) for w in "claim claims claimed estimate estimates estimation version".split())
"""Nouns for a party's figure: right after a side's losses ("the ukrainian death toll claim") they make it the side's
figure of the dead, not its own dead."""
_QUOTING = frozenset(stem(w) for w in "quote quotes quoted cite cites cited".split())
"""What the article does with whom it names: said after them ("the woman the article quotes"), it only says who is
meant; before a name ("does the article quote anyone by name?") it is what is asked."""


_NAMED_BEFORE_COLON = re.compile(r"(?<![\w'])([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s*:(?!\d)")
"""One or two words right before a colon that is no clock time ("NATO: ...", "Deutsche Welle: ...")."""


_LABEL = re.compile(r"\W*([^\W\d_][\w'’-]*(?:\s+[^\W_][\w'’/-]*){0,4}(?:\s*[«\"“][^»\"”:]{1,40}[»\"”])?)\s*:(?!\d)")
"""Up to five words opening a message before a colon ("Screenshot text:", "Forwarded from Ukraine News 24/7:"), the
first a word, perhaps with a name in quotation marks («Переслано из канала «Фронт онлайн»:»)."""


def without_accents(word: str) -> str:
    """"sentía" → "sentia", "cuántos" → "cuantos"; ñ stays (año is not ano), and so do Cyrillic words (й is not и)."""
    if word.isascii() or _CYRILLIC.search(word):
        return word
    return "".join(ch for ch in unicodedata.normalize("NFD", word.replace("ñ", "\0")) if not unicodedata.combining(ch)
                   ).replace("\0", "ñ")


def _reducer(lang: Language) -> Callable[[str], str]:
    """The word reducer of ``lang``; numbers pass through those of the translated languages untouched."""
    if lang == "en":
        return stem
    reduce = stemmer(lang)
    return lambda word: word if is_number(word) else reduce(word)


class Normaliser:
    """Turns text into matching terms with a lexicon compiled once.

    ``parties`` maps each alias of a party whose role in a question matters (a government, an alliance)
    to its id. Such a party is a place in "killed in Ukraine" (no term at all), the one making a claim in
    "according to Ukraine" or "what does Russia admit" (the term ``@ukraine``), and the subject otherwise
    ("Ukrainian losses" keeps the term ``ukrain``), so the three questions stop looking alike.
    """

    def __init__(self, lexicon: Lexicon, parties: dict[str, str] | None = None, lang: Language = "en",
                 places: frozenset[str] | None = None) -> None:
        self.lang = lang
        self._places = places
        """The parties that are places ("in Ukraine"); ``None``: every party. "В НАТО" is NATO's view, not a place."""
        self._stem = _reducer(lang)
        self._apart: list[tuple[frozenset[str], str]] = []  # filled last: its phrases are read like questions
        self._abbreviations = {k.casefold(): tokens(v) for k, v in lexicon.abbreviations.items()}
        self._stopwords = self._stems_of(lexicon.stopwords)
        self._synonyms: dict[tuple[str, ...], str] = {}
        self._concepts: dict[str, str] = {}
        owners: dict[tuple[str, ...], tuple[str, str]] = {}
        self.clashes: list[tuple[str, int, str, str, str]] = []
        """Variants of two concepts that read the same once reduced ("правила" and "право"): (concept, index
        among its variants, -1 for the concept itself, variant, the other variant, the other concept)."""
        for canonical, variants in lexicon.synonyms.items():
            target = self._stem(" ".join(self._plain(tokens(canonical))))
            self._concepts.setdefault(target, canonical)
            for i, variant in enumerate((canonical, *variants), start=-1):
                key = tuple(self._stem(t) for t in self._expand(self._plain(tokens(variant))))
                if not key:
                    continue
                other = owners.setdefault(key, (variant, canonical))
                if self._synonyms.get(key, target) != target:
                    self.clashes.append((canonical, i, variant, *other))
                self._synonyms[key] = target
        self._longest = max((len(k) for k in self._synonyms), default=1)
        self.own_phrases: tuple[str, ...] = tuple(
            p for phrases in (*lexicon.small_talk.values(), *lexicon.follow_ups.values()) for p in phrases)
        """Whole messages only this language says ("hola", "источник?"): a hint when detection cannot tell."""
        roles = lexicon.roles
        self._according = {_ACCORDING, *(tuple(self._stem(t) for t in self._plain(tokens(p)))
                                         for p in roles.get("according", []))}
        self._verb_first = self._stems_of(roles.get("verb_first", []))
        self._text_saying = self._stems_of(roles.get("text_saying", []))
        """Verbs of what a text says, typed before the text («qué dice el artículo sobre ...», «що пише стаття про»)."""
        self._text_about = self._stems_of(roles.get("text_about", []))
        """Words right after the text that say what it says is about («sobre», «про») or open what it says («dice el
        artículo que …», «пишет статья, что …»)."""
        self._claiming = _CLAIMING | self._verb_first | self._stems_of(roles.get("claiming", []))
        self._place = _LOCATION | self._stems_of(roles.get("place", []))
        self._people = _PEOPLE | self._stems_of(roles.get("people", []))
        self._dative = self._stems_of(roles.get("dative", []))
        """Words after "a" and a party that make the party whom something happens to («a Rusia le va mal»)."""
        self.checking: frozenset[str] = frozenset()
        """Terms that only ask whether something is true (set once the rest is compiled)."""
        self.checking_words: frozenset[str] = frozenset()
        self._checking_typed: frozenset[tuple[str, ...]] = frozenset()
        self.why: frozenset[str] = frozenset()
        self._parties: dict[str, str] = {}
        self._party_titles: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        """The words that follow a party's term in a longer name of it ("ukrainian" "officials"): the party's own."""
        for alias, party in (parties or {}).items():
            canonical_alias = self._canonical(tokens(alias))
            if len(canonical_alias) == 1:
                self._parties.setdefault(canonical_alias[0], party)
            elif canonical_alias:  # looked up only after a party's own term: a first word naming none is never read
                self._party_titles[canonical_alias[0]].add(tuple(canonical_alias[1:]))
        self.party_terms = frozenset(self._parties)
        """The terms that name a party ("russia", «росія», "kremlin")."""
        self._post_labels = frozenset(w for label in lexicon.post_labels for w in self._plain(tokens(label)))
        """Words, as typed, that label a pasted post ("tweet", «переслано»)."""
        self._says = next(iter(roles.get("claiming", [])), "says")
        """A word of this language saying a party claims something ("says", «говорит»), for "NATO: 30,000 dead"."""
        self._according_words = frozenset(t for k in self._according for t in k)
        self._according_longest = sorted(self._according, key=lambda k: (-len(k), k))
        self._itself = self._stems_of(roles.get("itself", []))
        self._this = frozenset(self._stem(w) for w in _THIS)
        self._relative = frozenset(self._stem(w) for w in RELATIVE_WORDS)
        self._witnesses = self._stems_of(roles.get("witnesses", []))
        self.telling = self._stems_of(roles.get("telling", []))
        """Verbs of telling someone ("told CNN", «сказал CNN»), stemmed."""
        self._addressed = frozenset(self.expanded_stems(self._plain([w for p in roles.get("addressed", [])
                                                                     for w in tokens(p)])))
        """Whom a witness told ("journalists"): after a verb of telling, no subject of the question."""
        # read as a question's words are, abbreviations written out («дал интервью» as «выдал интервью»)
        interviewed = (tuple(self.expanded_stems(self._plain(tokens(p)))) for p in roles.get("interviewed", []))
        self._interviewed = sorted({tuple(t for t in key if t not in self._stopwords) or key for key in interviewed},
                                   key=lambda k: (-len(k), k))
        """Read as a question's stems are once its skippable stopwords are out ("talked to" is "talk")."""
        self._people |= {self._synonyms.get((p,), p) for p in self._people}  # "captured" is read as "captive"
        self._read_past = _FILLERS | {t for p in (*roles.get("institutions", []), *roles.get("manner", []),
                                                  *lexicon.open_questions, *lexicon.count_words)
                                      for t in self._synonym_stems(self.expanded_stems(self._plain(tokens(p))))}
        """Words between a party and its verb: its officials, how it says it ("officially"), "did", «сколько» («а Россия
        сколько говорит?»)."""
        self._passed_before = self._read_past | self._stopwords
        """Words passed over on the way back from a party to a verb before it («qué dice la OTAN»)."""
        self._owned = self._claiming | {t for w in _CLAIMING for t in self._synonym_stems([w])}
        """What a party's "own" may be ("Russia's own count", "its own death toll": the toll is read as deaths)."""
        self._seats = self._stems_of(roles.get("seats", []))
        """A party's seat of government ("kremlin"): its count or toll is the party's claim."""
        in_phrases = {t for key in self._synonyms for t in key} | self._according_words
        self._skippable = (self._stopwords - in_phrases - self._claiming - self._place - self._people
                           - self._text_about)  # «qué dice el artículo sobre ...»: what it is about
        """Stopwords no phrase or role reads: dropped before synonyms, so "what actually happens" is "what happens"."""
        self._toll: tuple[str, ...] = ()  # set once the sides' losses are known, below
        self.checking = frozenset(t for w in lexicon.checking for t in self.terms(w))
        self.checking_words = frozenset(self.stem(tokens(w)[0]) for w in lexicon.checking if len(tokens(w)) == 1)
        """The checking words as typed (stemmed): "true?" at a message's end asks to check what it says."""
        self._checking_typed = frozenset(tuple(self.stem(t) for t in tokens(w)) for w in lexicon.checking)
        """Every checking word and phrase as typed (stemmed): "fact check" frames a claim, whatever it stands for."""
        self.why = frozenset(self.terms(lexicon.open_questions[0])) if lexicon.open_questions else frozenset()
        """The terms of the word asking why, the first open question word ("why", «почему»)."""
        self._checking_phrases = frozenset(tuple(s for w in tokens(p) if (s := self.stem(w)) not in _ASIDES)
                                           for p in lexicon.checking_phrases)
        self._checking_from: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        """The checking phrases by their first stem: a message is searched only where one could start."""
        for phrase in self._checking_phrases:
            if phrase:
                self._checking_from[phrase[0]].append(phrase)
        self.tags = frozenset(one[0] for tag in lexicon.tags if len(one := tokens(tag)) == 1)
        """Words that, last in a message, only ask to be agreed with ("right?", «да?»)."""
        self.tag_phrases = frozenset(t for tag in lexicon.tags if len(t := tuple(tokens(tag))) > 1)
        """Phrases that, after a claim's sentence ends, only ask whether it holds ("... 'this is not our war'. did
        he?")."""
        self.yes_no_words = frozenset(lexicon.yes_no_words)
        """Words that open a yes-or-no question ("is", "was"): "is that name right?" asks, "he quit, right?" tags."""
        may = lexicon.permission
        self._may_words = self._stems_of(may.words if may else [])
        self._may_of = frozenset(self._stem(" ".join(self._plain(tokens(c)))) for c in (may.of if may else []))
        self._may_means = self._stem(" ".join(self._plain(tokens(may.means)))) if may else ""
        self._may_within = frozenset(self._stem(" ".join(self._plain(tokens(c)))) for c in (may.within if may else []))
        self._open = self._stems_of(lexicon.open_questions)
        self._doers = frozenset(self._people | self._witnesses | self._parties.keys())
        """Who may do what a question asks is allowed ("can *russian soldiers* resign?")."""
        apart = [(frozenset(t for word in tokens(phrase) for t in self.terms(word)),
                  self._stem(" ".join(self._plain(tokens(concept)))))
                 for concept, phrases in lexicon.apart.items() for phrase in phrases]  # each word alone
        self._apart = [(need, target) for need, target in apart if len(need) >= 2]
        """Terms that, all in one question however far apart, make a concept ("ucrania ... perdido")."""
        self._sides: dict[str, str] = {}
        """A concept of one side's losses and the term naming that side ("ukrainelosses": "ukraine")."""
        for need, target in apart:
            side = next((t for t in sorted(need) if t in self._parties), None)
            if side is not None:
                self._sides.setdefault(target, side)
        # English words only: «cuántas bajas ucranianas calcula la OTAN» is NATO's count, whatever follows the losses
        self._toll = tuple(self.terms("killed")) if lang == "en" else ()
        """The terms of the dead a side counts ("killed"), what a side's losses called its figure are."""
        self._comparing = frozenset(t for kind in ("difference", "ratio") for w in lexicon.figure_words.get(kind, [])
                                    for t in self.terms(w))
        """Words asking how figures compare ("difference", «расходиться»)."""

    def __getstate__(self) -> dict[str, object]:
        """A built normaliser is pickled (the start-up cache of the built index) without its reducer, a closure
        over this process's memo of reduced words; unpickling takes the new process's own."""
        state = dict(self.__dict__)
        del state["_stem"]
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._stem = _reducer(self.lang)

    @property
    def claiming(self) -> frozenset[str]:
        """The stems of the words that say someone claims or said something ("says", "told", «каже», "dijo")."""
        return self._claiming

    def subjects(self, terms: tuple[str, ...] | list[str]) -> list[str]:
        """Parties whose term survived as a subject ("Ukrainian losses"), in the order named."""
        return list(dict.fromkeys(self._parties[t] for t in terms if t in self._parties))

    def _canonical(self, words: list[str]) -> list[str]:
        """Stems after abbreviations and synonyms, stopwords kept (the form roles are read in)."""
        return self._synonym_stems([self._stem(w) for w in self._expand(self._plain(words))])

    @property
    def concepts(self) -> dict[str, str]:
        """The terms the lexicon's synonyms stand for, with the word each is written as in the lexicon
        ("ukrainelosses" for "Ukrainian casualties")."""
        return dict(self._concepts)

    def concept_word(self, term: str) -> str | None:
        """The word a concept term is written as in the lexicon ("summary"), ``None`` for other terms."""
        return self._concepts.get(term)

    @property
    def stopwords(self) -> frozenset[str]:
        """Stemmed stopwords, for callers that weigh terms."""
        return self._stopwords

    def _expand(self, words: Iterable[str]) -> list[str]:
        out: list[str] = []
        for word in words:
            out.extend(self._abbreviations.get(word, [word]))
        return out

    def terms(self, text: str, correct: Callable[[str], str] | None = None, asked: bool = False) -> list[str]:
        """Matching terms for ``text``; ``correct`` may fix typos of unknown words before stemming. A question
        as ``asked`` drops a "when" that only joins clauses (a phrasing keeps every word it was written with)."""
        text = _HANDLE.sub(" ", text) if asked else text  # "Fwd from @warnews": where it was posted, no topic
        if asked and ":" in text:
            text = _NAMED_BEFORE_COLON.sub(self._colon_says, self.past_label(text))
        words = self._expand(self._plain(tokens(text)))
        words = _without_approximation(_without_conjunctions(words)) if asked else words
        if correct is not None:
            words = [part for w in words for part in correct(w).split(" ")]  # a correction may be two words
        return self._finish([self._stem(w) for w in words], asked)

    def past_label(self, text: str) -> str:
        """The message after a label naming where a pasted post comes from ("Tweet: ...", «Переслано: ...»)."""
        found = _LABEL.match(text)
        if found is None:
            return text
        label = self._plain(tokens(found.group(1)))
        if not label or (self._post_labels.isdisjoint(label) and label[0] not in _FROM):
            return text
        return text[found.end():]

    def _colon_says(self, found: re.Match[str]) -> str:
        """"NATO: 30,000 dead", "Reuters: a whole company quit": a party named before a colon says what follows."""
        named = self._canonical(tokens(found.group(1)))
        return f"{found.group(1)} {self._says} " if named and named[-1] in self._parties else found.group(0)

    def _plain(self, words: list[str]) -> list[str]:
        """Spanish is typed with or without accents ("sentía", "sentia"): compare it without them."""
        return [without_accents(w) for w in words] if self.lang == "es" else words

    def expand(self, words: Iterable[str]) -> list[str]:
        """Words with the lexicon's abbreviations written out ("wat" → "what")."""
        return self._expand(words)

    def stem(self, word: str) -> str:
        """A word reduced as this language reduces it."""
        return self._stem(self._plain([word])[0])

    def expanded_stems(self, words: Iterable[str]) -> list[str]:
        """Words reduced after the lexicon's abbreviations are written out ("q" is "que", «дали» is «выдали»)."""
        return [self.stem(w) for w in self._expand(words)]

    def asks_if_article_says(self, stems: Sequence[str]) -> bool:
        """Whether a message's ``stems`` ask whether the article says what it states ("... is that what the article
        says?", «в статье так?»)."""
        kept = tuple(s for s in stems if s not in _ASIDES)
        return () in self._checking_phrases or any(
            kept[i:i + len(p)] == p for i, stem in enumerate(kept) for p in self._checking_from.get(stem, ()))

    def only_asks_if_article_says(self, stems: Sequence[str]) -> bool:
        """Whether a message is nothing but such a phrase ("is the number right?", «так в статье?»): it checks what
        was said before, with no subject of its own."""
        return tuple(s for s in stems if s not in _ASIDES) in self._checking_phrases

    def only_points_at_itself(self, terms: Sequence[str]) -> bool:
        """Whether the terms are nothing but the article and a word of saying ("what does the article say?", «что в
        статье объясняют?»): the article's word on what was asked before, no subject of its own."""
        return not self._itself.isdisjoint(terms) and all(t in self._itself or t in self._owned for t in terms)

    def opens_question(self, stems: Sequence[str]) -> bool:
        """Whether a message opens with a question word ("what", «почему»)."""
        return bool(stems) and stems[0] in self._open

    def asks_permission(self, stems: Sequence[str], terms: Sequence[str]) -> bool:
        """Whether a question asks whether something may be done: a word of permission among its stems ("can",
        «можно»), or the concept it means among its terms ("is it legal?")."""
        return not self._may_words.isdisjoint(stems) or (bool(self._may_means) and self._may_means in terms)

    def names_itself(self, stems: Sequence[str]) -> bool:
        """Whether the stems name the article itself ("does the article trust what Ukraine says?")."""
        return not self._itself.isdisjoint(stems)

    def concept_of(self, stem: str) -> str | None:
        """The term a one-word synonym stands for ("denazif" → "nazi"), or None."""
        return self._synonyms.get((stem,))

    def phrase_concepts(self, stems: Sequence[str]) -> frozenset[str]:
        """The terms that phrases of several words stand for in ``stems`` ("hard to know" → "accur")."""
        found: set[str] = set()
        i = 0
        asides = not _ASIDES.isdisjoint(stems)
        read = list(stems)
        while i < len(read):
            phrase = self._phrase_at(read, i, asides)
            if phrase is not None and phrase[0] > 1 and tuple(read[i : i + phrase[0]]) not in self._checking_typed:
                found.add(phrase[1])  # "fact check: ...", a checking phrase, frames the claim and stays a frame
            i += phrase[0] if phrase is not None else 1
        return frozenset(found)

    def _stems_of(self, words: Sequence[str]) -> frozenset[str]:
        """The stems of the lexicon's words (stopwords, a role's, the question words), each read as this language reads
        it."""
        return frozenset(self._stem(t) for p in words for t in self._plain(tokens(p)))

    def _finish(self, stems: list[str], asked: bool = False) -> list[str]:
        stems = self._unaddressed(self._unwitnessed(stems)) if asked else stems
        kept = self._uncited([s for s in stems if s not in self._skippable],
                             asked)  # "the guy who talked to CNN": the witness word may be a stopword
        out = self._together(self._roles(self._side_figure(self._synonym_stems(kept))))
        out = [t for t in out if t not in self._stopwords]
        return self._compared(self._permitted(stems, out)) if asked else out

    def _side_figure(self, terms: list[str]) -> list[str]:
        """A side's losses named as a figure ("the ukrainian death toll claim", "ukrainian casualty estimate") read as
        that side's figure of the dead: the side and the dead, then the figure word."""
        if not self._toll:
            return terms
        for i, t in enumerate(terms):
            if t not in self._sides:
                continue
            j = i + 1
            while j < len(terms) and terms[j] in self._toll:  # "death toll" read as the dead
                j += 1
            if j < len(terms) and terms[j] in _FIGURE_NOUNS:
                return [*terms[:i], self._sides[t], terms[j], *self._toll, *terms[j + 1 :]]
        return terms

    def _compared(self, terms: list[str]) -> list[str]:
        """A side's losses read as that side's figure where the question compares it with another party's
        («насколько расходятся цифры погибших у украины и у нато»: Ukraine's figure, not Ukraine's own losses)."""
        if self._comparing.isdisjoint(terms):
            return terms
        named = {self._parties[t] for t in terms if t in self._parties}
        for concept, side in self._sides.items():
            if concept in terms and named - {self._parties[side]}:
                terms = [side if t == concept else t for t in terms]
        return terms

    def _permitted(self, stems: list[str], terms: list[str]) -> list[str]:
        """``terms`` of a question asking only whether a thing may be done ("can they resign?", «можно ли
        уволиться?»), with the concept that asks whether it is allowed ("legal"); other terms as they are."""
        if self._may_of.isdisjoint(terms) or self._may_words.isdisjoint(stems) or not self._open.isdisjoint(stems) \
                or self._may_means in terms:
            return terms
        allowed = self._may_of | self._doers | self._may_within  # "can russians resign from the army?"
        return [*terms, self._may_means] if all(t in allowed for t in terms) else terms

    def _together(self, terms: list[str]) -> list[str]:
        """``terms`` with the words of a concept that stand apart ("ucrania cuántos soldados ha perdido") read as
        that concept, where the first of them stood."""
        for need, target in self._apart:
            if need.issubset(terms):
                first = min(terms.index(t) for t in need)
                terms = [target if i == first else t for i, t in enumerate(terms) if i == first or t not in need]
        return terms

    def cites_itself(self, text: str) -> bool:
        """Whether a message asks "according to the article" («según el artículo», «по статье»)."""
        stems = self.expanded_stems(self._plain(tokens(text)))
        return not self._itself.isdisjoint(stems) and any(self._cited_at(stems, i) for i in range(len(stems)))

    def _cited_at(self, stems: list[str], i: int) -> int | None:
        """Where "according to the article" starting at ``i`` ends (the article's word), ``None`` when none does."""
        end = next((self._past_stopwords(stems, i + len(k)) for k in self._according_longest
                    if tuple(stems[i : i + len(k)]) == k), len(stems))
        return end if end < len(stems) and stems[end] in self._itself else None

    def _uncited(self, stems: list[str], asked: bool = False) -> list[str]:
        """Without "according to the article" («según el artículo»): every answer is, so it asks nothing; nor "the
        article says" before what it says ("is the article saying russia is losing?")."""
        if self._itself.isdisjoint(stems):
            return stems
        out: list[str] = []
        i = 0
        while i < len(stems):
            end = self._cited_at(stems, i)
            if end is not None:
                i = end + 1
            elif stems[i] in self._itself and self._says_more(stems, i + 1):
                i = self._past_stopwords(stems, i + 1) + 1  # "is the article saying russia is losing": what it says
            elif stems[i] in self._text_saying and (at := self._past_stopwords(stems, i + 1)) < len(stems) \
                    and stems[at] in self._itself and stems[at + 1 : at + 2] and stems[at + 1] in self._text_about:
                i = at + 1  # «¿qué dice el artículo sobre los muertos?», «por qué dice el artículo que …»: what it says
            elif asked and stems[i] in self._place and (at := self._past_stopwords(stems, i + 1)) < len(stems) \
                    and (at == i + 1 or (at == i + 2 and stems[i + 1] in self._this)) \
                    and stems[at] in self._itself and self._asks_besides(stems, i, at):
                i = at + 1  # "the death figures in the article": the figures, wherever else they would be
            else:
                out.append(stems[i])
                i += 1
        return out

    def _asks_besides(self, stems: list[str], start: int, end: int) -> bool:
        """Whether the words outside ``stems[start:end + 1]`` ask something of their own (two words or more)."""
        rest = [s for s in (*stems[:start], *stems[end + 1 :]) if s not in self._stopwords and s not in self._itself]
        return len(rest) >= _ASKS_BESIDES

    def _unwitnessed(self, stems: list[str]) -> list[str]:
        """Without what only says a witness spoke to an outlet: "the soldier who talked to Reuters" reads as "the
        soldier Reuters", "the soldier Reuters interviewed" as "the soldier Reuters"; what the question asks of him
        ("what was he promised") is then what weighs."""
        if not self._interviewed or self._witnesses.isdisjoint(stems):
            return stems
        out: list[str] = []
        i = 0
        while i < len(stems):
            out.append(stems[i])
            span = self._interview_after(stems, i) if stems[i] in self._witnesses else None
            if span is None:
                i += 1
                continue
            start, end = span
            if stems[i + 1] in self._relative and len(out) >= 2 and (side := self._canonical([out[-2]])) \
                    and side[-1] in self._parties:
                # "the russian soldier who talked to reuters": whose army he is in says nothing more (not "a
                # russian soldier told the BBC ...", a claim to check as it is told)
                del out[-2]
            out.extend(stems[i + 1 : start])  # the outlet's name, when it comes first
            i = end
        return out

    def _unaddressed(self, stems: list[str]) -> list[str]:
        """Without whom a witness told: "what did he tell reuters journalists", «що сказав журналістам Reuters»,
        «qué les dijo a los periodistas» ask what he said, not who the journalists were."""
        if self._addressed.isdisjoint(stems) or self.telling.isdisjoint(stems):
            return stems
        return [s for i, s in enumerate(stems) if s not in self._addressed or not self._told_before(stems, i)]

    def _told_before(self, stems: list[str], at: int) -> bool:
        """Whether a verb of telling comes just before ``at``, past small words and one other (an outlet's name:
        "told the reuters journalists")."""
        named = False  # one word besides small ones: the outlet's name
        for i in range(at - 1, max(-1, at - 1 - _ADDRESS_WINDOW), -1):
            if stems[i] in self.telling:
                return True
            if stems[i] not in self._stopwords:
                if named:
                    return False
                named = True
        return False

    def _interview_after(self, stems: list[str], witness: int) -> tuple[int, int] | None:
        """Where the words saying a witness spoke to an outlet start and end: right after him ("who talked to"), or
        after the outlet's name ("Reuters interviewed")."""
        for start in (witness + 1, witness + 2, witness + 3):
            if start == witness + 3 and not all(s in self._stopwords for s in stems[witness + 1 : start]):
                break  # "el militar ese q hablo con cnn": only small words may stand between
            for key in self._interviewed:
                end = self._run_of(stems, start, key)
                if end is not None:
                    return start, end
        return None

    def _run_of(self, stems: list[str], start: int, key: tuple[str, ...]) -> int | None:
        """Where ``key`` ends when it stands at ``start``, small words allowed between its own ("que dio *una*
        entrevista a", whose key has them out); ``None`` when it does not stand there."""
        i = start
        for word in key:
            while i < len(stems) and stems[i] != word and stems[i] in self._stopwords and i > start:
                i += 1
            if i >= len(stems) or stems[i] != word:
                return None
            i += 1
        return i

    def _says_more(self, stems: list[str], i: int) -> bool:
        """Whether a saying verb comes at ``i`` (past stopwords) with more words after it than stopwords, or closes
        a question that named what it says before ("what problems in the army does the article mention?"); a
        quoting verb only in the second way ("the woman the article quotes")."""
        verb = self._past_stopwords(stems, i)
        if verb >= len(stems) or stems[verb] not in _SAYING | _QUOTING:
            return False
        after = any(s not in self._stopwords for s in stems[verb + 1 :])
        before = sum(s not in self._stopwords for s in stems[: i - 1]) >= _SAID_BEFORE
        return (before and not after) if stems[verb] in _QUOTING else after or before

    def _past_stopwords(self, stems: list[str], i: int) -> int:
        while i < len(stems) and stems[i] in self._stopwords:
            i += 1
        return i

    def _roles(self, stems: list[str]) -> list[str]:
        """A party's term by its role: dropped as a place, ``@party`` as a claimant, kept as a subject."""
        if not self._parties:
            return stems
        out: list[str] = []
        titled: set[int] = set()  # "according to ukrainian officials": "officials" is the claimant's, no topic
        for i, term in enumerate(stems):
            if i in titled:
                continue
            party = self._parties.get(term)
            if party is None:
                out.append(term)
                continue
            before = stems[i - 1] if i else ""
            after = [s for s in stems[i + 1 : i + 4] if s not in self._read_past]
            prior = [s for s in stems[max(0, i - 3) : i]
                     if s in self._verb_first or s not in self._passed_before]  # «qué dice la OTAN»
            according = any(tuple(stems[max(0, i - len(k)) : i]) == k for k in self._according) \
                or self._according_before(stems[:i])  # "según la OTAN": an article between
            placed = before in self._place and (self._places is None or party in self._places)
            past = [s for s in stems[i + 1 : i + 5] if s not in self._read_past or s == _OWN]
            # "Russia's own death toll", "kremlin death toll": the party's own count
            owned = (len(past) > 1 and past[0] == _OWN and past[1] in self._owned) \
                or (term in self._seats and bool(past) and past[0] in self._owned)
            dative = before in self._place and i + 1 < len(stems) and stems[i + 1] in self._dative
            if before in self._people or dative:
                out.append(term)  # "Russian soldiers", and «a Rusia le va mal»: how Russia fares, Russia no place
            elif according or owned or (prior and prior[-1] in self._verb_first
                                        and not self._said_after(stems[max(0, i - 3) : i])):
                out.append(ROLE_MARK + party)
                title = next((t for t in self._party_titles.get(term, ()) if tuple(stems[i + 1 : i + 1 + len(t)]) == t),
                             ())
                titled.update(range(i + 1, i + 1 + len(title)))
            elif placed:
                continue  # "how many troops in ukraine total": a place, whatever word comes after it
            elif (after and after[0] in self._claiming) or before in self._place:
                out.append(ROLE_MARK + party)  # «а в НАТО скока?»: what NATO says, NATO being no place
            else:
                out.append(term)
        return out

    def _said_after(self, before: list[str]) -> bool:
        """Whether the words before a party end with a verb of saying and then a word opening what is said
        («утверждает, что»): the party is in the claim, not the one making it."""
        verb = max((i for i, s in enumerate(before) if s in self._verb_first), default=None)
        return verb is not None and not THAT_WORDS.isdisjoint(before[verb + 1 :])

    def _according_before(self, stems: list[str]) -> bool:
        """Whether the words before a party end with "according to" once stopwords are left out."""
        said = [s for s in stems if s not in self._stopwords or s in self._according_words]
        return any(tuple(said[-len(k):]) == k for k in self._according)

    def _synonym_stems(self, stems: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        asides = not _ASIDES.isdisjoint(stems)  # most questions have none: each phrase is then read as typed only
        while i < len(stems):
            found = self._phrase_at(stems, i, asides)
            if found is None:
                out.append(stems[i])
                i += 1
            else:
                out.append(found[1])
                i += found[0]
        return out

    def _phrase_at(self, stems: list[str], i: int, asides: bool) -> tuple[int, str] | None:
        """The longest phrase of the lexicon's synonyms starting at ``i``: how many stems it takes and its concept.
        A phrase may be typed with an aside inside ("where do these stories *even* come from") when ``asides``: the
        stems hold one."""
        typed = None
        for size in range(min(self._longest, len(stems) - i), 0, -1):
            target = self._synonyms.get(tuple(stems[i : i + size]))
            if target is not None:
                typed = (size, target)
                break
        if not asides:
            return typed
        kept = [i, *islice((j for j in range(i + 1, len(stems)) if stems[j] not in _ASIDES), self._longest - 1)]
        for size in range(len(kept), typed[0] if typed else 1, -1):
            if kept[size - 1] - i + 1 == size:
                break  # nothing skipped: read as typed above
            target = self._synonyms.get(tuple(stems[j] for j in kept[:size]))
            if target is not None:
                return kept[size - 1] - i + 1, target
        return typed
