"""Which language a message is in, and how each language's words are reduced to a common form.

Detection reads the message itself: Cyrillic with і/ї/є/ґ is Ukrainian, with ы/э/ъ/ё Russian; other Cyrillic
is decided by the words only one of the two dictionaries knows, then by each language's commonest words; a
message too short to tell is ``None`` (the caller falls back to the user's choice, then Telegram's language
code, then English). Latin script is English or Spanish by their common words and Spanish letters;
Latin-script Russian ("skolko pogiblo") is read as Russian and Latin-script Ukrainian ("skilky zagynulo") as
Ukrainian, by which dictionary knows more of its words once written in Cyrillic.

Reduction: English and Spanish by their Snowball stemmers; Russian and Ukrainian, which inflect heavily
("погибло/погибших/погибли"), by pymorphy3's dictionaries to a lemma (then Snowball for Russian).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

import snowballstemmer

from bot.kb.dictionaries import morph_analyzer
from bot.kb.frequency import zipf
from bot.kb.schema import Language

LANGUAGES: tuple[Language, ...] = ("en", "ru", "uk", "es")
_UK_LETTERS = frozenset("іїєґ")
_RU_LETTERS = frozenset("ыэъё")
_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
_LATIN = re.compile(r"[a-zñáéíóúü]", re.IGNORECASE)
_SPANISH_LETTERS = frozenset("ñáéíóú¿¡")
_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH_WORD = 3.0
"""Zipf frequency from which a Latin word that is also transliterated Russian ("ukraine", "on") counts as English."""
_ENGLISH_AROUND = 3
"""Common English words per Russian-looking one from which a Latin message is English all the same."""

_TRANSLIT_RU = frozenset(
    "skolko skolka pogiblo pogibli pogibshih pogib soldat soldaty soldatov rossii rossiya rossija russkih russkie "
    "russkiy rossiyskih ukraina ukrainy ukraine ukrainu voyna voyny vojna kto chto shto eto etot eta eti etoi etoy "
    "pochemu pochemy zachem gde kogda skazal skazali govorit govoryat statya statye state stati statie poteri ubito "
    "ubityh ubili dezertiry uvolilis uvolnenie uvolitsya mobilizaciya mobilizatsiya mobilizacija istochnik dannym "
    "dannye po iz ot dlya kak tak uzhe net da ili esli pravda mozhno nelzya zakonno ego ih oni on ona".split())


def as_language(value: object) -> Language | None:
    """``value`` as a language the bot speaks (a stored setting, an app's language code, a question file's ``lang``),
    or ``None`` for anything else."""
    return next((lang for lang in LANGUAGES if lang == value), None)


def detect_language(text: str) -> Language | None:
    """The language of ``text``, or ``None`` when it is too short or mixed to tell (or has no letters).

    Letters decide first (і/ї/є/ґ are Ukrainian, ы/э/ъ/ё Russian, ñ/¿/¡ and accents Spanish); then how common
    the message's words are in each language of its script (wordfreq's frequency lists).
    """
    lowered = text.casefold()
    letters = set(lowered)
    cyrillic = len(_CYRILLIC.findall(lowered))
    latin = len(_LATIN.findall(lowered))
    words = _WORD.findall(lowered)
    cyrillic_words = [w for w in words if _CYRILLIC.search(w)]
    if cyrillic > latin or (len(cyrillic_words) >= 2 and words[0] in cyrillic_words):
        # «какой у NATO estimate по killed russians»: Russian, with English words in it
        if letters & _UK_LETTERS:
            return "uk"
        if letters & _RU_LETTERS:
            return "ru"
        return _by_dictionary(cyrillic_words) or _by_frequency(cyrillic_words, ("ru", "uk"))
    if latin == 0:
        return None
    listed = [w for w in words if w in _TRANSLIT_RU]
    strong = sum(zipf(w, "en") < _ENGLISH_WORD for w in listed)  # "ukraine", "net" are English words too
    translit = len(listed) if strong else 0
    foreign = [w for w in words if len(w) >= 3 and zipf(w, "en") == 0 and zipf(w, "es") == 0]
    ru = [v for w in foreign if (v := _latin_word_in(w, "ru")) is not None]
    # a three-letter word Russian does not know is as often English chat shorthand ("wud", "ngl": «вуд», «нхл»)
    uk = [v for w in foreign if (len(w) > 3 or _latin_word_in(w, "ru") is not None)
          and (v := _latin_word_in(w, "uk")) is not None]
    if _reads_ukrainian(uk, ru, len(foreign)):
        return "uk"  # "a ofitser z cnn chomu pishov z armii?"
    russian = len(ru)
    # "they weren't paid a single ruble": two words Russia writes alike ("weren", "ruble") among many English ones
    if (translit and translit >= max(1, (len(words) + 1) // 2)) \
            or (russian >= 2 and russian * 5 >= len(foreign) * 3
                and _english_words(words) < russian * _ENGLISH_AROUND) \
            or (russian and len(words) >= 2 and len(foreign) == russian
                and all(w in _KEEP_LATIN or w in foreign or _reads_russian_too(w) for w in words)):
        # Latin-script Russian: its words are Russian words once written in Cyrillic; a short message only of
        # such words and outlets' names too ("nato cifry?")
        return "ru"
    if letters & _SPANISH_LETTERS:
        return "es"
    plain = [w for w in words if w.isascii()]
    return _by_frequency(plain, ("en", "es")) or _spanish_shaped(plain)


def _english_words(words: list[str]) -> int:
    """How many of the words are common English ones."""
    return sum(zipf(w, "en") >= _ENGLISH_WORD for w in words if len(w) > 1)


_MARGIN = 1.0
"""How much more common (summed Zipf frequency) a message must be in one language than the other to be called so."""


def _by_frequency(words: list[str], languages: tuple[Language, Language]) -> Language | None:
    first, second = languages
    a = sum(_frequency(w, first) for w in words)
    b = sum(_frequency(w, second) for w in words)
    if abs(a - b) < _MARGIN:
        return None
    return first if a > b else second


_UNACCENTED = re.compile(r"([cs])ion$")
"""A Spanish noun in -ción or -sión typed without its accent ("movilizacion"), as people often type in chat."""


def _frequency(word: str, lang: Language) -> float:
    """How common ``word`` is in ``lang``; a Spanish word typed without the accent of -ción/-sión counts as typed
    with it ("movilizacion general?" is Spanish)."""
    found = zipf(word, lang)
    if found or lang != "es" or not _UNACCENTED.search(word):
        return found
    return zipf(_UNACCENTED.sub(r"\1ión", word), lang)


def _spanish_shaped(words: list[str]) -> Language | None:
    """Spanish when no list knows the words but one is a Spanish -ción/-sión noun typed without its accent that
    English does not know ("desnazificacion?"), else ``None``."""
    return "es" if any(_UNACCENTED.search(w) and not zipf(w, "en") for w in words) else None


_ONLY_ONE_KNOWS = 2
"""How many more words only one language's dictionary knows («украину», «им», «денацификацию») make it that one
(one is enough when the other language has none: «стоит»)."""


def _by_dictionary(words: list[str]) -> Language | None:
    """Russian or Ukrainian by the words only one of the two dictionaries knows, when they clearly lean one way."""
    ru_only = uk_only = 0
    for word in _dictionary_words(words):
        ru, uk = _known_in(word, "ru"), _known_in(word, "uk")
        ru_only += ru and not uk
        uk_only += uk and not ru
    if ru_only - uk_only >= _ONLY_ONE_KNOWS or (ru_only and not uk_only):
        return "ru"
    if uk_only - ru_only >= _ONLY_ONE_KNOWS or (uk_only and not ru_only):
        return "uk"
    return None


_CHAT_SLANG = frozenset("плз плиз пжлст пжл спс пасиб мб хз лол ок окей кек".split())
"""Chat shorthand Russians and Ukrainians both type, whichever dictionary happens to list it («скинь рецепт плз»)."""


def _dictionary_words(words: Iterable[str]) -> list[str]:
    """The words whose dictionaries tell Russian from Ukrainian: all but the chat shorthand both type."""
    return [w for w in words if w not in _CHAT_SLANG]


@lru_cache(maxsize=65_536)
def _known_in(word: str, lang: str) -> bool:
    return bool(morph_analyzer(lang).word_is_known(word))  # type: ignore[attr-defined]


_NAME_TAGS = frozenset({"Surn", "Name", "Patr", "Geox"})
_NAME_SCORE = 0.5


@lru_cache(maxsize=65_536)
def is_proper_name(word: str, lang: Language) -> bool:
    """Whether a Russian or Ukrainian word reads first as a surname, first name or place («Буданов», «Мариуполем»)."""
    if lang not in ("ru", "uk"):
        return False
    best = morph_analyzer(lang).parse(word)[0]  # type: ignore[attr-defined]
    return bool(best.score >= _NAME_SCORE and _NAME_TAGS & best.tag.grammemes)


def cyrillic_guess(text: str) -> Language | None:
    """For short Cyrillic the letters cannot place: the language whose dictionary knows more of its words."""
    words = _dictionary_words(w for w in _WORD.findall(text.casefold()) if _CYRILLIC.search(w))
    if not words:
        return None
    ru = sum(_known_in(w, "ru") for w in words)
    uk = sum(_known_in(w, "uk") for w in words)
    return "ru" if ru > uk else "uk" if uk > ru else None


_WITHOUT_UK_LETTERS = 4
"""Cyrillic words from which a message with no letter only Ukrainian has, and no word only one dictionary knows, is
Russian."""


def cyrillic_lean(text: str) -> Language | None:
    """For short Cyrillic both dictionaries know alike («цифра НАТО?»): the language in which its words are more
    common, however slightly; ``None`` without Cyrillic words. Never English: it cannot read them."""
    words = [w for w in _WORD.findall(text.casefold()) if _CYRILLIC.search(w)]
    if not words:
        return None
    if len(words) >= _WITHOUT_UK_LETTERS:
        return "ru"  # «скинь рецепт борща плиз»: Ukrainian this long nearly always has an і, ї, є or ґ
    return "uk" if sum(zipf(w, "uk") for w in words) > sum(zipf(w, "ru") for w in words) else "ru"


_TRANSLIT = (
    ("shch", "щ"), ("sch", "щ"), ("tsya", "тся"), ("yo", "ё"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"),
    ("sh", "ш"), ("yu", "ю"), ("ju", "ю"), ("ya", "я"), ("ja", "я"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"),
    ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("y", "ы"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"),
    ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"),
    ("c", "ц"), ("w", "в"), ("x", "кс"), ("'", "ь"),
)
_KEEP_LATIN = frozenset("nato cnn reuters dw otan un".split())


def cyrillic_from_latin(text: str, lang: Language = "ru", *, known_only: bool = False) -> str:
    """Latin-script Russian or Ukrainian ("skolko pogiblo", "skilky zagynulo") in Cyrillic («сколько погибло»,
    «скільки загинуло»): each word as ``lang``'s dictionary spells it where one reading is known, names of outlets
    kept as typed. ``known_only``: for a message with some words typed in Latin letters among Cyrillic ones
    ("rossiya skolko priznaet pogibshih? официально"), only the words of ``lang``'s dictionary that are no common
    English word written so; every other word as typed."""
    table = _TRANSLIT_UK if lang == "uk" else _TRANSLIT
    out = []
    for typed in re.split(r"(\W+)", text):
        word = typed.casefold()
        if not word or not word.isalpha() or not word.isascii() or word in _KEEP_LATIN:
            out.append(typed if known_only else word)
        elif not known_only:
            out.append(_latin_word_in(word, lang) or _transliterate(word, table))
        else:
            known = _latin_word_in(word, lang) if len(word) > 2 and zipf(word, "en") < _ENGLISH_WORD else None
            out.append(known or typed)
    return "".join(out)


_TRANSLIT_UK = (
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"),
    ("ju", "ю"), ("ya", "я"), ("ja", "я"), ("ye", "є"), ("je", "є"), ("yi", "ї"), ("ji", "ї"), ("a", "а"), ("b", "б"),
    ("v", "в"), ("h", "г"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("y", "и"), ("i", "і"), ("j", "й"),
    ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"),
    ("u", "у"), ("f", "ф"), ("c", "ц"), ("w", "в"), ("x", "кс"), ("'", "ь"),
)
"""Ukrainian as people type it in Latin letters: "y" is «и», "i" is «і», "h" is «г», "yi" is «ї»."""


def _reads_russian_too(word: str) -> bool:
    """Whether a word Spanish knows is a Russian word as well once written in Cyrillic and is no common English
    word ("cifra" is «цифра»: "otkuda cifra 29200?" is Latin-script Russian), or is a number; a word of one or two
    letters may be English too ("u" is «у» in "kakaya cifra u nato")."""
    return word.isdigit() or ((len(word) <= 2 or zipf(word, "en") < _ENGLISH_WORD)
                              and _latin_word_in(word, "ru") is not None)


def _reads_ukrainian(uk: list[str], ru: list[str], foreign: int) -> bool:
    """Whether Latin words that are neither English nor Spanish (``foreign`` of them) read as Ukrainian more than as
    Russian: ``uk`` and ``ru`` are the words each dictionary knows once written in Cyrillic, compared by how many
    there are and how common they are in their language."""
    return len(uk) >= 2 and len(uk) * 5 >= foreign * 3 and len(uk) >= len(ru) \
        and sum(zipf(v, "uk") for v in uk) > sum(zipf(v, "ru") for v in ru) + _MARGIN


@lru_cache(maxsize=65_536)
def _latin_word_in(word: str, lang: Language) -> str | None:
    """The Cyrillic word of ``lang``'s dictionary a Latin word stands for ("skilky" → «скільки», "usloviyah" →
    «условиях»), allowing for the usual ways of typing it: no soft sign, "i" for «й» after a vowel, "sch" for «сч»,
    and in Ukrainian "i" for «ї», "ia" for «я», "h" for «х»; else ``None``."""
    table = _TRANSLIT_UK if lang == "uk" else _TRANSLIT
    variants = {_transliterate(word, table)}
    for pattern, replacement in _SPELLINGS + (_UK_SPELLINGS if lang == "uk" else _RU_SPELLINGS):
        if len(variants) < _MAX_VARIANTS:
            variants |= {changed for v in variants for changed in _each_change(pattern, replacement, v)}
    known = [v for v in variants if _known_in(v, lang)]
    return max(known, key=lambda v: (zipf(v, lang), -len(v))) if known else None  # «скільки» over «скілки»


_SPELLINGS = (
    (re.compile(r"(?<=[аеиоуыэіяюєї])[іиы]"), "й"),  # "seichas" → «сейчас», "rosiyskyi", "materey" → «матерей»
    (re.compile(r"(?<=[лнтдсзц])(?=[кнчяюєі])"), "ь"),  # "skolko" → «сколько», "zvilnyaty" → «звільняти»
    (re.compile(r"ця$"), "ться"),  # "zvilnyayutsya" → «звільняються»
    (re.compile(r"тся$"), "ться"),  # "svyazatsya" → «связаться»
    (re.compile(r"ц"), "тс"),  # "soldatskih" → «солдатских»
    (re.compile(r"$"), "ь"),  # "voevat" → «воевать»
    (re.compile(r"щ"), "сч"),  # "schitayut" → «считают»
)
"""What a Latin spelling leaves out, each tried at one place at a time and everywhere at once."""
_UK_SPELLINGS = (
    (re.compile(r"(?<=[аеиоуіяюєї])і"), "ї"),  # "ukraini" → «україні»
    (re.compile(r"іа"), "я"), (re.compile(r"іу"), "ю"), (re.compile(r"іе"), "є"),  # "rosiia" → «росія», "vyznaie"
    (re.compile(r"г"), "х"),  # "h" is «г» or «х»: "hto" → «хто», "zagyblyh" → «загиблих»
)
_RU_SPELLINGS = (
    (re.compile(r"^е"), "э"),  # "eto" → «это», "etot" → «этот»
    (re.compile(r"ш"), "щ"),  # "obshestvo" → «общество», "vseobshuyu" → «всеобщую»
    (re.compile(r"(?<=[бвдзкмнпрстф])(?=[яюе])"), "ъ"),  # "obyavit" → «объявит»
)
_MAX_VARIANTS = 64
"""Spellings tried per Latin word, at most (each is looked up once, then remembered)."""


def _each_change(pattern: re.Pattern[str], replacement: str, word: str) -> set[str]:
    spots = list(pattern.finditer(word))[:4]
    changed = {word[:m.start()] + replacement + word[m.end():] for m in spots}
    return changed | {pattern.sub(replacement, word)} if spots else changed


def _transliterate(word: str, table: tuple[tuple[str, str], ...]) -> str:
    converted, i = "", 0
    while i < len(word):
        for latin, cyr in table:
            if word.startswith(latin, i):
                converted += cyr
                i += len(latin)
                break
        else:
            converted += word[i]
            i += 1
    return converted


def is_latin_script(text: str) -> bool:
    """Whether a message has letters and none of them Cyrillic (a Russian or Ukrainian one is then transliterated)."""
    return bool(_WORD.search(text)) and not _CYRILLIC.search(text)


@cache
def _snowball(name: str) -> Callable[[str], str]:
    stemmer = snowballstemmer.stemmer(name)
    return stemmer.stemWord  # type: ignore[no-any-return]


def lemma(lang: Language, word: str) -> str:
    """A Russian or Ukrainian word's dictionary form («погибших» → «погибнуть»); other words as they are."""
    if lang not in ("ru", "uk") or not _CYRILLIC.search(word):
        return word
    return _lemmas(lang)(word)


_VERBS = frozenset({"VERB", "INFN"})
"""pymorphy3's parts of speech for verbs: a Ukrainian word read first as one may be a commoner noun."""


def _lemma(lang: str, word: str) -> str:
    morph = morph_analyzer(lang)
    parses = morph.parse(word)  # type: ignore[attr-defined]
    if not parses:
        return word
    first = parses[0]
    if lang == "uk" and first.tag.POS in _VERBS:
        # The Ukrainian dictionary scores every parse alike and may list a rare verb first («війни» → «війнути»,
        # «тих» → «тихнути»): a noun or pronoun read as likely, and commoner, is what was written.
        other = next((p for p in parses if p.score >= first.score and p.tag.POS not in _VERBS), None)
        if other is not None and zipf(str(other.normal_form), lang) > zipf(str(first.normal_form), lang):
            return str(other.normal_form)
    return str(first.normal_form)


_MEMO_LIMIT = 131_072
"""Words remembered per table before the memo starts afresh (hostile input cannot grow it without bound)."""
_LEMMA_TABLE = "lemma:"
"""The prefix of the tables of dictionary forms (``lemma:ru``), kept beside each language's reduced forms."""
_MEMO: dict[str, dict[str, str]] = {name: {} for name in (*LANGUAGES, *(_LEMMA_TABLE + s for s in ("ru", "uk")))}


@cache
def _lemmas(lang: Language) -> Callable[[str], str]:
    return _memoised(_LEMMA_TABLE + lang, lambda word: _lemma(lang, word))


def _memoised(table: str, reduce: Callable[[str], str]) -> Callable[[str], str]:
    memo = _MEMO[table]

    def reduced(word: str) -> str:
        found = memo.get(word)
        if found is None:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            found = memo[word] = reduce(word)
        return found

    return reduced


def known_reductions() -> dict[str, dict[str, str]]:
    """Every word reduced so far, per language, and every dictionary form looked up (tables ``lemma:ru`` and
    ``lemma:uk``): what a start-up cache keeps (see ``bot.kb.stemcache``), so a start need not open the
    dictionaries at all."""
    return {name: dict(memo) for name, memo in _MEMO.items()}


def remember_reductions(table: dict[str, dict[str, str]]) -> None:
    """Take words already reduced by this very code (a start-up cache) instead of reducing them again."""
    for name, words in table.items():
        if name in _MEMO and len(_MEMO[name]) + len(words) < _MEMO_LIMIT:
            _MEMO[name].update(words)


_IRREGULAR = dict(pair.split(":") for pair in (
    "hid:hide hidden:hide fought:fight felt:feel kept:keep brought:bring shot:shoot "
    "sold:sell met:meet stood:stand understood:understand won:win fled:flee struck:strike caught:catch "
    "sought:seek drove:drive broke:break forgot:forget became:become written:write shown:show chose:choose "
    "chosen:choose stolen:steal fell:fall beaten:beat meant:mean led:lead"
).split())
"""English irregular verb forms Snowball leaves apart from their verb ("hid his face" / "why did he hide it").
Not the everyday ones whose form reads as a phrase of its own ("what were they told", "Russia lost", "the officer
who spoke to CNN", "I thought", "held in"), nor "left", "wrote" or "fallen", which the lexicon reads as resigning,
the author and the dead."""


_ENGLISH_SNOWBALL = _snowball("english")
_PAST_BE = frozenset("был была было были був була було були".split())
"""Past forms of «быть» / «бути», kept apart from the future: «что было на видео» asks what it showed, «что будет»
what comes next (the lexicon reads it as consequences)."""


def _english(word: str) -> str:
    """English Snowball, irregular past forms first read as their verb."""
    return _ENGLISH_SNOWBALL(_IRREGULAR.get(word, word))


@cache
def stemmer(lang: Language) -> Callable[[str], str]:
    """The function that reduces a word of ``lang`` to the form phrasings and questions are compared in.

    A word in another script is left to that script's language (a Cyrillic word in a Spanish message).
    """
    if lang in ("ru", "uk"):
        russian = _snowball("russian")

        def slavic(word: str) -> str:
            if not _CYRILLIC.search(word):
                return _english(word)
            if word in _PAST_BE:
                return word
            lemma = _lemma(lang, word)
            return russian(lemma) if lang == "ru" else lemma

        return _memoised(lang, slavic)
    latin = _snowball("spanish") if lang == "es" else _english

    def western(word: str) -> str:
        return stemmer("ru")(word) if _CYRILLIC.search(word) else latin(word)

    return _memoised(lang, western)
