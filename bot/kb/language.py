"""Which language a message is in, and how each language's words are reduced to a common form.

Detection reads the message itself: Cyrillic with і/ї/є/ґ is Ukrainian, with ы/э/ъ/ё Russian; other Cyrillic
is decided by each language's commonest words, and a message too short to tell is ``None`` (the caller falls
back to the user's choice, then Telegram's language code, then English). Latin script is English or Spanish
by their common words and Spanish letters; Latin-script Russian ("skolko pogiblo") is read as Russian.

Reduction: English and Spanish by their Snowball stemmers; Russian and Ukrainian, which inflect heavily
("погибло/погибших/погибли"), by pymorphy3's dictionaries to a lemma (then Snowball for Russian).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

import snowballstemmer

from bot.kb.schema import Language

LANGUAGES: tuple[Language, ...] = ("en", "ru", "uk", "es")
_UK_LETTERS = frozenset("іїєґ")
_RU_LETTERS = frozenset("ыэъё")
_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
_LATIN = re.compile(r"[a-zñáéíóúü]", re.IGNORECASE)
_SPANISH_LETTERS = frozenset("ñáéíóú¿¡")
_WORD = re.compile(r"[^\W\d_]+")

_MARKERS: dict[Language, frozenset[str]] = {
    "ru": frozenset("что как это сколько кто где когда почему ли и или не нет да он она они его их их был была были "
                    "был есть по из за про для при от до же бы вот так только еще ещё тоже сказал говорит какой "
                    "какая какие который которые чем чего ему ей им них статье статья солдаты солдат погибло "
                    "погибших убито потери россии россия украина украины нато".split()),
    "uk": frozenset("що як це скільки хто де коли чому чи і й або не ні так він вона вони його їх був була були "
                    "є по з за про для при від до ж би ось тільки ще теж сказав каже який яка які котрий чим чого "
                    "йому їй їм них статті стаття солдати солдат загинуло загиблих вбито втрати росії росія "
                    "україна україни нато шо скіки".split()),
    "es": frozenset("que qué de la el los las un una por para con en es son fue fueron cuántos cuantos cuántas "
                    "cuantas quién quien dónde donde cuándo cuando por qué porque y o no sí si lo le les su sus "
                    "del al pero como cómo muy más mas también dice dijo según segun murieron muertos soldados "
                    "rusos rusia ucrania otan artículo articulo fuente cifra hay".split()),
    "en": frozenset("the a an of and or is are was were how many what who where when why which does did do "
                    "say said says according to in on for with from about this that they he she it russian "
                    "russians soldiers died killed article source figure there their".split()),
}
_TRANSLIT_RU = frozenset("skolko skolka pogiblo pogibli pogibshih soldat soldaty rossii rossiya rossija ukraina "
                         "ukrainy voyna vojna kto chto shto eto pochemu pochemy zachem gde kogda skazal govorit "
                         "statya statye poteri ubito ubityh dezertiry uvolilis uvolnenie mobilizaciya mobilizatsiya "
                         "mobilizacija istochnik nato skolko-to".split())


def detect_language(text: str) -> Language | None:
    """The language of ``text``, or ``None`` when it is too short or mixed to tell (or has no letters)."""
    lowered = text.casefold()
    letters = set(lowered)
    cyrillic = len(_CYRILLIC.findall(lowered))
    latin = len(_LATIN.findall(lowered))
    words = _WORD.findall(lowered)
    if cyrillic > latin:
        if letters & _UK_LETTERS:
            return "uk"
        if letters & _RU_LETTERS:
            return "ru"
        ru = sum(w in _MARKERS["ru"] for w in words)
        uk = sum(w in _MARKERS["uk"] for w in words)
        if ru != uk:
            return "ru" if ru > uk else "uk"
        return None
    if latin == 0:
        return None
    if sum(w in _TRANSLIT_RU for w in words) >= max(1, len(words) // 3):
        return "ru"
    es = sum(w in _MARKERS["es"] for w in words) + 2 * bool(letters & _SPANISH_LETTERS)
    en = sum(w in _MARKERS["en"] for w in words)
    if es > en:
        return "es"
    if en > es or len(words) > 2:
        return "en"
    return None


def cyrillic_guess(text: str) -> Language | None:
    """For short Cyrillic the letters cannot place: the language whose dictionary knows more of its words."""
    words = [w for w in _WORD.findall(text.casefold()) if _CYRILLIC.search(w)]
    if not words:
        return None
    ru = sum(_morph("ru").word_is_known(w) for w in words)  # type: ignore[attr-defined]
    uk = sum(_morph("uk").word_is_known(w) for w in words)  # type: ignore[attr-defined]
    return "ru" if ru > uk else "uk" if uk > ru else None


_TRANSLIT = (
    ("shch", "щ"), ("sch", "щ"), ("yo", "ё"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
    ("yu", "ю"), ("ju", "ю"), ("ya", "я"), ("ja", "я"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"),
    ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("y", "ы"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"),
    ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"),
    ("c", "ц"), ("w", "в"), ("x", "кс"), ("'", "ь"),
)
_KEEP_LATIN = frozenset("nato cnn reuters dw otan un".split())


def cyrillic_from_latin(text: str) -> str:
    """Latin-script Russian ("skolko pogiblo") in Cyrillic ("сколко погибло"), names of outlets kept as typed."""
    out = []
    for word in re.split(r"(\W+)", text.casefold()):
        if not word or not word.isalpha() or not word.isascii() or word in _KEEP_LATIN:
            out.append(word)
            continue
        converted, i = "", 0
        while i < len(word):
            for latin, cyr in _TRANSLIT:
                if word.startswith(latin, i):
                    converted += cyr
                    i += len(latin)
                    break
            else:
                converted += word[i]
                i += 1
        out.append(converted.replace("ыа", "ия").replace("ые", "ие"))
    return "".join(out)


def is_latin_russian(text: str) -> bool:
    """Whether a Latin-script message is transliterated Russian (then it is matched in Cyrillic)."""
    words = _WORD.findall(text.casefold())
    return bool(words) and not _CYRILLIC.search(text) and detect_language(text) == "ru"


@cache
def _snowball(name: str) -> Callable[[str], str]:
    stemmer = snowballstemmer.stemmer(name)
    return stemmer.stemWord  # type: ignore[no-any-return]


@cache
def _morph(lang: str) -> object:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=131_072)
def _lemma(lang: str, word: str) -> str:
    morph = _morph(lang)
    parses = morph.parse(word)  # type: ignore[attr-defined]
    return str(parses[0].normal_form) if parses else word


@cache
def stemmer(lang: Language) -> Callable[[str], str]:
    """The function that reduces a word of ``lang`` to the form phrasings and questions are compared in.

    A word in another script is left to that script's language (a Cyrillic word in a Spanish message).
    """
    if lang in ("ru", "uk"):
        russian = _snowball("russian")

        def slavic(word: str) -> str:
            if not _CYRILLIC.search(word):
                return _snowball("english")(word)
            lemma = _lemma(lang, word)
            return russian(lemma) if lang == "ru" else lemma

        return lru_cache(maxsize=131_072)(slavic)
    latin = _snowball("spanish" if lang == "es" else "english")

    def western(word: str) -> str:
        return stemmer("ru")(word) if _CYRILLIC.search(word) else latin(word)

    return lru_cache(maxsize=131_072)(western)
