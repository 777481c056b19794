"""Cross-checks that schema validation cannot do: references, provenance, coverage and attribution.

Every problem names file, line, entry and field, and says how to fix it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from bot.errors import Problem
from bot.kb.article import flatten, numbers_in, numbers_in_any, title_key
from bot.kb.knowledge import KnowledgeBase
from bot.kb.messages import MESSAGE_KEYS, PLACEHOLDERS, placeholders
from bot.kb.schema import Claim, Entry, Language, Localized, NotCovered, Source, Translated, Translation
from bot.kb.textnorm import Normaliser, phrase_key, stem, tokens
from bot.kb.yamlsource import YamlDoc

LOADED_VERBS = ("only admits", "admits", "admitted", "admit", "assures", "assured", "assure", "insists", "concedes",
                "confesses", "lowers", "alleges")
AS_REPORTED = "as reported in the article"
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»")


def check_knowledge(kb: KnowledgeBase) -> list[Problem]:
    """Every cross-reference and provenance problem in ``kb``, in file order."""
    checks = (_references, _quotes, _coverage, _numbers, _figures_in_texts, _phrasings, _turned_round, _attribution,
              _lexicon, _messages, _translations)
    problems = [p for check in checks for p in check(kb)]
    return sorted(problems, key=lambda p: (p.file, p.line))


def _problem(kb: KnowledgeBase, section: str, item_id: str, field: str, message: str, *path: str | int) -> Problem:
    loc = kb.where.get((section, item_id))
    if loc is None:
        return Problem("knowledge", 1, item_id, field, message)
    return Problem(loc.file, loc.doc.line_of((*loc.path, *path)), item_id, field, message)


def _missing(kb: KnowledgeBase, section: str, item_id: str, field: str, refs: str | Iterable[str],
             known: dict[str, Any], kind: str) -> Iterator[Problem]:
    single = isinstance(refs, str)
    for i, ref in enumerate([refs] if isinstance(refs, str) else refs):
        if ref not in known:
            name, path = (field, (field,)) if single else (f"{field}[{i}]", (field, i))
            yield _problem(kb, section, item_id, name, f"unknown {kind} '{ref}'; define it or fix the id", *path)


def _references(kb: KnowledgeBase) -> Iterator[Problem]:
    for s in kb.sources.values():
        if s.part_of is not None:
            yield from _missing(kb, "sources", s.id, "part_of", s.part_of, kb.sources, "source")
        yield from _missing(kb, "sources", s.id, "says", s.says, kb.entries, "entry")
        for i, ref in enumerate(s.says):
            entry = kb.entries.get(ref)
            if entry is not None and not any(s.id in kb.claims[c].chain for c in entry.claims if c in kb.claims):
                yield _problem(kb, "sources", s.id, f"says[{i}]", f"entry '{ref}' cites no claim {s.id!r} makes "
                               "or passes on; pick an entry that quotes it", "says", i)
    for c in kb.claims.values():
        yield from _missing(kb, "claims", c.id, "claimant", c.claimant, kb.sources, "source")
        yield from _missing(kb, "claims", c.id, "chain", c.chain, kb.sources, "source")
        yield from _missing(kb, "claims", c.id, "caveats", c.caveats, kb.caveats, "caveat")
        if c.chain and c.chain[0] != c.claimant:
            yield _problem(kb, "claims", c.id, "chain", f"must start with the claimant '{c.claimant}'", "chain")
        if c.chain and c.chain[-1] != "article":
            yield _problem(kb, "claims", c.id, "chain", "must end with 'article' (how it reached us)", "chain")
        if kb.article.slide(c.slide) is None:
            yield _problem(kb, "claims", c.id, "slide", f"no slide titled {c.slide!r}; copy the title from "
                           "knowledge/article.txt", "slide")
    for e in kb.entries.values():
        yield from _missing(kb, "entries", e.id, "claims", e.claims, kb.claims, "claim")
        yield from _missing(kb, "entries", e.id, "related", e.related, kb.entries, "entry")
        if e.then is not None:
            yield from _missing(kb, "entries", e.id, "then", e.then, kb.entries, "entry")
        yield from _missing(kb, "entries", e.id, "topic", e.topic, kb.topics, "topic")
        for i, slide in enumerate(e.slides):
            if kb.article.slide(slide) is None:
                yield _problem(kb, "entries", e.id, f"slides[{i}]", f"no slide titled {slide!r}", "slides", i)
    for t in kb.topics.values():
        yield from _missing(kb, "topics", t.id, "entry", t.entry, kb.entries, "entry")
    for n in kb.not_covered.values():
        yield from _missing(kb, "not_covered", n.id, "nearby", n.nearby, kb.entries, "entry")
        yield from _missing(kb, "not_covered", n.id, "asked_beside", n.asked_beside, kb.entries, "entry")
    for example in kb.examples:
        yield from _missing(kb, "examples", example.entry, "entry", example.entry, kb.entries, "entry")


def _quotes(kb: KnowledgeBase) -> Iterator[Problem]:
    for c in kb.claims.values():
        if flatten(c.quote) not in kb.article.flat:
            yield _problem(kb, "claims", c.id, "quote", "quote not found in the article; copy it verbatim from "
                           "knowledge/article.txt", "quote")


def _coverage(kb: KnowledgeBase) -> Iterator[Problem]:
    claimed = {title_key(c.slide) for c in kb.claims.values()}
    answered = {title_key(s) for e in kb.entries.values() for s in e.slides}
    for slide in kb.article.slides:
        key = title_key(slide.title)
        for done, what in ((claimed, "claim"), (answered, "Q&A entry")):
            if key not in done:
                yield Problem("knowledge/article.txt", slide.line, None, "slide",
                              f"slide {slide.title!r} has no {what}; add one that cites it")


def _numbers(kb: KnowledgeBase) -> Iterator[Problem]:
    held = {v for c in kb.claims.values() for f in c.figures for v in f.values()}
    for slide in kb.article.slides:
        for number in numbers_in(f"{slide.title} {slide.body}"):
            if number not in held:
                yield Problem("knowledge/article.txt", slide.line, None, "figures",
                              f"the number {number:g} on slide {slide.title!r} belongs to no claim; add it to a "
                              "claim's figures")


ARTICLE_YEAR = 2022.0
"""The one number a text may give without a claim behind it: the year the undated article is from."""


def _figures_in_texts(kb: KnowledgeBase) -> Iterator[Problem]:
    """Every number an answer, details or reply text gives is a figure of the claims behind it.

    Figures are typed by hand into texts; this is what stops "70,000 and 150,000" for NATO's range.
    A not-covered reply may give the figures of the entries it points to (``nearby``).
    """
    for e in kb.entries.values():
        allowed = _figures_of(kb.claims_of(e))
        for name in ("answer", "details"):
            text = getattr(e, name)
            if text is not None:
                yield from _stray_numbers(kb, "entries", e.id, name, text, allowed, "claims")
    for n in kb.not_covered.values():
        allowed = _figures_of(c for near in n.nearby if near in kb.entries for c in kb.claims_of(kb.entries[near]))
        yield from _stray_numbers(kb, "not_covered", n.id, "reply", n.reply, allowed, "nearby entries' claims")
        if n.if_asked_yes_no is not None:
            yield from _stray_numbers(kb, "not_covered", n.id, "if_asked_yes_no", n.if_asked_yes_no, allowed,
                                      "nearby entries' claims")


def _figures_of(claims: Iterable[Claim]) -> set[float]:
    return {v for c in claims for f in c.figures for v in f.values()} | {ARTICLE_YEAR}


def _stray_numbers(kb: KnowledgeBase, section: str, item_id: str, name: str, text: Localized, allowed: set[float],
                   whose: str) -> Iterator[Problem]:
    for lang, value in text:
        for number in numbers_in(value or ""):
            if number not in allowed:
                yield _problem(kb, section, item_id, f"{name}.{lang}",
                               f"the number {number:,g} is not a figure of its {whose}; correct it or cite the claim "
                               "that gives it", name, lang)
                break


def _phrasings(kb: KnowledgeBase) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    items: list[tuple[str, Entry | NotCovered]] = [("entries", e) for e in kb.entries.values()]
    items += [("not_covered", n) for n in kb.not_covered.values()]
    for section, item in items:
        for lang, phrasings in item.phrasings:
            for i, phrasing in enumerate(phrasings):
                key = f"{lang}:{phrase_key(phrasing)}"
                owner = seen.setdefault(key, item.id)
                if owner != item.id:
                    yield _problem(kb, section, item.id, f"phrasings.{lang}[{i}]",
                                   f"{phrasing!r} is also a phrasing of '{owner}'; keep it in one entry",
                                   "phrasings", lang, i)
                elif key in seen and phrasings.count(phrasing) > 1 and phrasings.index(phrasing) != i:
                    yield _problem(kb, section, item.id, f"phrasings.{lang}[{i}]", f"{phrasing!r} is listed twice",
                                   "phrasings", lang, i)


def _turned_round(kb: KnowledgeBase) -> Iterator[Problem]:
    """Words that ask an entry's question the other way only where its answer opens with a yes or no, or with
    another polar opening ("Not necessarily:"), which is dropped when asked the other way ("is it hard?")."""
    openings = tuple(kb.lexicon.polar_openings)
    for entry in kb.entries.values():
        if entry.asked_the_other_way and not entry.answer.en.startswith(openings):
            yield _problem(kb, "entries", entry.id, "asked_the_other_way",
                           "the answer opens with no yes or no to turn round; remove the words or open with one",
                           "asked_the_other_way")


def _attribution(kb: KnowledgeBase) -> Iterator[Problem]:
    for e in kb.entries.values():
        yield from _neutral(kb, "entries", e.id, "answer.en", e.answer.en, "answer", "en")
        claims = kb.claims_of(e)
        for claim in claims:
            source = kb.sources.get(claim.claimant)
            if source is not None and not _names(e.answer.en, source):
                yield _problem(kb, "entries", e.id, "answer.en",
                               f"does not say who makes claim '{claim.id}'; name {source.name!r}", "answer", "en")
        if any(c.figures for c in claims) and AS_REPORTED not in e.answer.en.casefold():
            yield _problem(kb, "entries", e.id, "answer.en", f"gives figures; say they are {AS_REPORTED!r}",
                           "answer", "en")
    for n in kb.not_covered.values():
        yield from _neutral(kb, "not_covered", n.id, "reply.en", n.reply.en, "reply", "en")
    for c in kb.claims.values():
        yield from _neutral(kb, "claims", c.id, "statement", c.statement, "statement")


def _neutral(kb: KnowledgeBase, section: str, item_id: str, field: str, text: str, *path: str) -> Iterator[Problem]:
    outside = _QUOTED.sub(" ", text).casefold()
    for verb in LOADED_VERBS:
        if re.search(rf"\b{verb}\b", outside):
            yield _problem(kb, section, item_id, field,
                           f"loaded verb {verb!r} outside a quotation; use says, estimates or reports", *path)
            return


def _names(text: str, source: Source) -> bool:
    folded = text.casefold()
    return any(re.search(rf"\b{re.escape(n.casefold())}", folded) for n in (source.name, source.short, *source.aliases))


_PARTIES = ("ukraine", "russia", "nato")
"""The parties whose figures and claims a question may ask "according to" (roles are read for them)."""


LexiconPath = tuple[str | int, ...]
"""Where in a lexicon a problem is: ("synonyms", concept) or ("synonyms", concept, variant index)."""


def _synonym_problems(kb: KnowledgeBase, lang: Language) -> Iterator[tuple[LexiconPath, str]]:
    """What is wrong with a language's synonyms, each with its place in the lexicon."""
    yield from _swallowed_roles(kb, lang)
    yield from _clashing_synonyms(kb, lang)
    yield from _apart_problems(kb, lang)
    yield from _run_on_items(kb, lang)


def _run_on_items(kb: KnowledgeBase, lang: Language) -> Iterator[tuple[LexiconPath, str]]:
    """List items that swallowed the items after them: a "- " indented deeper than the one before it continues that
    item in YAML ("выражение - то есть - объясни"), so none of those words or phrases is listed on its own."""
    for field, value in kb.lexicon_of(lang).model_dump().items():
        lists: list[tuple[LexiconPath, object]] = [((field,), value)] if isinstance(value, list) else \
            [((field, key), inner) for key, inner in value.items()] if isinstance(value, dict) else []
        for path, items in lists:
            for i, item in enumerate(items if isinstance(items, list) else []):
                if isinstance(item, str) and " - " in item:
                    yield (*path, i), (f"item {item[:40]!r}... runs on into the items after it: a '- ' indented "
                                       "deeper than the one before continues that item; put every '- ' of the list "
                                       "at the same indentation")


def _apart_problems(kb: KnowledgeBase, lang: Language) -> Iterator[tuple[LexiconPath, str]]:
    """Concepts whose words stand apart must be concepts of the synonyms, each phrase two words or more."""
    lexicon = kb.lexicon_of(lang)
    for concept, phrases in lexicon.apart.items():
        if concept not in lexicon.synonyms:
            yield ("apart", concept), (f"{concept!r} is not a concept of this lexicon's synonyms; name one of them, "
                                       "so a question with these words reads as that concept")
        for i, phrase in enumerate(phrases):
            if len(tokens(phrase)) < 2:
                yield ("apart", concept, i), (f"{phrase!r} is one word; list it under synonyms.{concept} instead, "
                                              "apart is for words that may stand apart in a question")


def _swallowed_roles(kb: KnowledgeBase, lang: Language) -> Iterator[tuple[LexiconPath, str]]:
    """Synonyms that would swallow a claimant's role: «según Ucrania» made a plain "Ukraine" hides who claims."""
    lexicon = kb.lexicon_of(lang)
    according = [tuple(tokens(p)) for p in lexicon.roles.get("according", [])]
    claiming = {tokens(p)[0] for key in ("claiming", "verb_first") for p in lexicon.roles.get(key, [])
                if len(tokens(p)) == 1}
    names = [kb.source_text(s, lang) for s in _PARTIES]
    party = {tokens(a)[0] for n in names if n for a in (n.name, n.short, *n.aliases) if len(tokens(a)) == 1}
    for canonical, variants in lexicon.synonyms.items():
        for i, variant in enumerate(variants):
            words = tokens(variant)

            def named(at: int, _words: list[str] = words) -> bool:
                return not party.isdisjoint(_words[max(0, at - 2) : at + 3])

            role = next((" ".join(k) for k in according for j in range(len(words) - len(k) + 1)
                         if tuple(words[j : j + len(k)]) == k and named(j + len(k))), None)
            role = role or next((w for j, w in enumerate(words) if w in claiming and named(j)), None)
            if role is not None and len(words) > 1:
                yield ("synonyms", canonical, i), (f"variant {variant!r} swallows the role word {role!r}: questions "
                                                   "would lose who makes the claim; drop it, roles are read from the "
                                                   "words themselves")


def _clashing_synonyms(kb: KnowledgeBase, lang: Language) -> Iterator[tuple[LexiconPath, str]]:
    """Variants of two concepts that reduce alike («правила» and «право»): one concept would take the other's
    words, so a question about the rules would ask about the right."""
    for canonical, i, variant, other, owner in Normaliser(kb.lexicon_of(lang), lang=lang).clashes:
        path: LexiconPath = ("synonyms", canonical) if i < 0 else ("synonyms", canonical, i)
        yield path, (f"{variant!r} reads like {other!r} of synonyms.{owner} once reduced, so the two concepts "
                     "share its words; keep it under one, or list the exact word under abbreviations")


def _lexicon(kb: KnowledgeBase) -> Iterator[Problem]:
    texts = [kb.article.text, *(e.answer.en for e in kb.entries.values())]
    items: list[Entry | NotCovered] = [*kb.entries.values(), *kb.not_covered.values()]
    texts += [p for item in items for p in item.phrasings.en]
    article_words: dict[str, set[str]] = {}
    for word in {w for text in texts for line in text.splitlines() for w in tokens(line)}:
        article_words.setdefault(stem(word), set()).add(word)
    for canonical, variants in kb.lexicon.synonyms.items():
        if len(phrase_key(canonical).split()) != 1:
            yield _problem(kb, "lexicon", "lexicon", f"synonyms.{canonical}",
                           "a canonical word must be one word; put phrases among its variants", "synonyms", canonical)
        group = {canonical, *variants}
        for variant in variants:
            same_stem = article_words.get(stem(variant), set()) - group if " " not in variant else set()
            clash = sorted(w for w in same_stem if not _inflection(w, variant))
            if clash:
                problem = _problem(kb, "lexicon", "lexicon", f"synonyms.{canonical}",
                                   f"variant {variant!r} stems like the base's word {clash[0]!r}, so it turns "
                                   f"{clash[0]!r} into {canonical!r} too; check that this is meant",
                                   "synonyms", canonical)
                yield replace(problem, warning=True)
    for path, message in _synonym_problems(kb, "en"):
        yield _problem(kb, "lexicon", "lexicon", f"{path[0]}.{path[1]}", message, *path)


_INFLECTIONS = ("ing", "ed", "es", "s", "d")


def _inflection(a: str, b: str) -> bool:
    """Whether two words with one stem are forms of one word (mercenary/mercenaries, recorded/recording),
    not a clash (allowed/allowance)."""
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return common >= min(len(a), len(b)) - 1 or bool(_bases(a) & _bases(b))


def _bases(word: str) -> set[str]:
    """The word without each regular inflection it ends in (at least three letters left)."""
    return {word[: -len(end)] for end in _INFLECTIONS if word.endswith(end) and len(word) - len(end) >= 3}


def _messages(kb: KnowledgeBase) -> Iterator[Problem]:
    """Every message the code says is in the file, nothing else, each with only its own placeholders."""
    texts = kb.messages.texts
    anchor = next(iter(texts), None)
    for key in sorted(MESSAGE_KEYS - texts.keys()):
        loc = kb.where.get(("messages", anchor)) if anchor else None
        yield Problem(loc.file if loc else "knowledge/messages.yaml", 1, key, "",
                      "message is missing; the bot says it, so add it")
    for key, text in texts.items():
        if key not in MESSAGE_KEYS:
            yield _problem(kb, "messages", key, "", "unknown message; the bot never says it (check the spelling)")
            continue
        allowed = PLACEHOLDERS.get(key, frozenset())
        for lang, value in text:
            if value is None:
                continue
            try:
                used = placeholders(value)
            except ValueError as exc:
                yield _problem(kb, "messages", key, lang, f"{exc}; write a literal brace as {{{{ or }}}}", lang)
                continue
            for name in sorted(used - allowed):
                hint = ", ".join("{" + a + "}" for a in sorted(allowed)) or "none"
                yield _problem(kb, "messages", key, lang, f"unknown placeholder {{{name}}}; this message takes {hint}",
                               lang)


TRANSLATED: tuple[Translated, ...] = ("ru", "uk", "es")
MIN_PHRASINGS = 8
LOADED_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "ru": ("признаёт лишь", "признает лишь", "признаёт только", "признает только", "лишь признаёт", "уверяет",
           "настаивает", "снижает эту цифру"),
    "uk": ("визнає лише", "визнає тільки", "лише визнає", "запевняє", "наполягає", "знижує цю цифру"),
    "es": ("solo admite", "sólo admite", "admite solo", "asegura", "insiste", "reconoce solo", "rebaja esa cifra"),
}
"""Verbs that take a side, per language; allowed only inside quotation marks (neutral: says, estimates, reports)."""


def _translations(kb: KnowledgeBase) -> Iterator[Problem]:
    """Every text in every language, each translated answer naming its claimants and giving only their figures."""
    for lang in TRANSLATED:
        tr = kb.translations.get(lang)
        if tr is None:
            yield Problem(f"knowledge/lang/{lang}.yaml", 1, None, "translation",
                          f"the {lang} translation is missing; every text must exist in {', '.join(TRANSLATED)}")
            continue
        loc = kb.where.get(("translation", lang))
        file, doc = (loc.file, loc.doc) if loc else (f"knowledge/lang/{lang}.yaml", None)

        def at(*path: str | int, _doc: YamlDoc | None = doc) -> int:
            return _doc.line_of(("translation", *path)) if _doc else 1

        yield from _translated_ids(kb, tr, file, at)
        yield from _untranslated(kb, tr, file, at)
        yield from _translated_entries(kb, tr, file, at)
        for path, message in _synonym_problems(kb, lang):
            yield Problem(file, at("lexicon", *path), "lexicon", f"{path[0]}.{path[1]}", message)


def _translated_ids(kb: KnowledgeBase, tr: Translation, file: str, at: Any) -> Iterator[Problem]:
    """Every id of the base has its text in the translation, and the translation has no other id."""
    wanted: dict[str, Iterable[str]] = {
        "sources": kb.sources, "caveats": kb.caveats, "claims": kb.claims, "topics": kb.topics,
        "entries": kb.entries, "not_covered": kb.not_covered, "messages": kb.messages.texts,
    }
    for section, ids in wanted.items():
        have: dict[str, Any] = getattr(tr, section)
        known = set(ids)
        for item_id in ids:
            if item_id not in have:
                yield Problem(file, at(section), item_id, f"{section}",
                              f"no {tr.lang} text; translate it (the English is the base's)")
        for item_id in have:
            if item_id not in known:
                yield Problem(file, at(section, item_id), item_id, section,
                              f"unknown id in the {tr.lang} translation; fix it or remove it")
    if len(tr.examples) != len(kb.examples):
        yield Problem(file, at("examples"), None, "examples",
                      f"{len(tr.examples)} example questions, the base has {len(kb.examples)}; translate each in order")


def _untranslated(kb: KnowledgeBase, tr: Translation, file: str, at: Any) -> Iterator[Problem]:
    """A text left exactly as the English one was not translated (a name like "CNN" may stay the same)."""
    pairs: list[tuple[tuple[str, ...], str, str | None]] = []
    for e in kb.entries.values():
        t = tr.entries.get(e.id)
        if t is not None:
            pairs += [(("entries", e.id, "label"), e.label, t.label),
                      (("entries", e.id, "answer"), e.answer.en, t.answer)]
    for n in kb.not_covered.values():
        t2 = tr.not_covered.get(n.id)
        if t2 is not None:
            pairs += [(("not_covered", n.id, "reply"), n.reply.en, t2.reply)]
            if n.if_asked_yes_no is not None:
                pairs += [(("not_covered", n.id, "if_asked_yes_no"), n.if_asked_yes_no.en, t2.if_asked_yes_no)]
                if t2.if_asked_yes_no is None:
                    yield Problem(file, at("not_covered", n.id), n.id, "if_asked_yes_no",
                                  f"no {tr.lang} text; translate it (the English is the base's)")
    for c in kb.claims.values():
        t3 = tr.claims.get(c.id)
        if t3 is not None:
            pairs += [(("claims", c.id, "statement"), c.statement, t3.statement), (("claims", c.id, "quote"), c.quote,
                                                                                     t3.quote)]
    pairs += [(("caveats", c.id), c.text, tr.caveats.get(c.id)) for c in kb.caveats.values()]
    pairs += [(("messages", k), v.en, tr.messages.get(k)) for k, v in kb.messages.texts.items()
              if any(ch.isalpha() for ch in v.en) and len(v.en) > 12]
    for path, english, translated in pairs:
        if translated is not None and translated.strip() == english.strip():
            yield Problem(file, at(*path), path[1], ".".join(str(x) for x in path[2:]) or path[0],
                          f"still the English text; translate it into {tr.lang}")


def _translated_entries(kb: KnowledgeBase, tr: Translation, file: str, at: Any) -> Iterator[Problem]:
    """Phrasings enough, details where English has them, claimants named, only the claims' figures, neutral verbs."""
    lang = tr.lang
    for entry_id, text in tr.entries.items():
        entry = kb.entries.get(entry_id)
        if entry is None:
            continue
        if len(text.phrasings) < MIN_PHRASINGS:
            yield Problem(file, at("entries", entry_id, "phrasings"), entry_id, f"phrasings.{lang}",
                          f"has {len(text.phrasings)} phrasings; write at least {MIN_PHRASINGS} in users' words")
        if entry.details is not None and not text.details:
            yield Problem(file, at("entries", entry_id), entry_id, "details", f"no {lang} details; translate them")
        if entry.asked_the_other_way and not text.asked_the_other_way:
            yield Problem(file, at("entries", entry_id), entry_id, "asked_the_other_way",
                          f"no {lang} words that ask the other way; list them as English does")
        if text.asked_the_other_way and not text.answer.startswith(tuple(tr.lexicon.polar_openings)):
            yield Problem(file, at("entries", entry_id, "asked_the_other_way"), entry_id, "asked_the_other_way",
                          "the answer opens with no yes or no to turn round; remove the words or open with one")
        claims = kb.claims_of(entry)
        allowed = _figures_of(claims)
        for name in ("answer", "details"):
            value = getattr(text, name) or ""
            stray = [n for n in numbers_in_any(value) if n not in allowed]
            if stray:
                yield Problem(file, at("entries", entry_id, name), entry_id, f"{name}.{lang}",
                              f"the number {stray[0]:,g} is not a figure of its claims; give the English figure")
            yield from _loaded(file, at("entries", entry_id, name), entry_id, f"{name}.{lang}", value, lang)
        for claim in claims:
            source = kb.source_text(claim.claimant, lang)
            if source is not None and not _names_any(text.answer, (source.name, source.short, *source.aliases)):
                yield Problem(file, at("entries", entry_id, "answer"), entry_id, f"answer.{lang}",
                              f"does not say who makes claim '{claim.id}'; name {source.name!r}")
    for claim_id, claim_text in tr.claims.items():
        english = kb.claims.get(claim_id)
        if english is None:
            continue
        allowed = _figures_of([english]) | set(numbers_in(english.quote))
        for name in ("statement", "quote"):
            stray = [n for n in numbers_in_any(getattr(claim_text, name)) if n not in allowed]
            if stray:
                yield Problem(file, at("claims", claim_id, name), claim_id, f"{name}.{lang}",
                              f"the number {stray[0]:,g} is not in the English claim; give the article's figure")
    for item_id, reply in tr.not_covered.items():
        item = kb.not_covered.get(item_id)
        if item is None:
            continue
        near = _figures_of(c for n in item.nearby if n in kb.entries for c in kb.claims_of(kb.entries[n]))
        stray = [n for n in numbers_in_any(reply.reply) if n not in near]
        if stray:
            yield Problem(file, at("not_covered", item_id, "reply"), item_id, f"reply.{lang}",
                          f"the number {stray[0]:,g} is not a figure of its nearby entries' claims")
        yield from _loaded(file, at("not_covered", item_id, "reply"), item_id, f"reply.{lang}", reply.reply, lang)


def _loaded(file: str, line: int, item_id: str, field: str, text: str, lang: str) -> Iterator[Problem]:
    outside = _QUOTED.sub(" ", text).casefold()
    for verb in LOADED_BY_LANGUAGE.get(lang, ()):
        if verb in outside:
            yield Problem(file, line, item_id, field, f"loaded verb {verb!r} outside a quotation; use a neutral one")
            return


def _names_any(text: str, names: Iterable[str]) -> bool:
    """Whether ``text`` names the source by any of its names; inflected forms count ("Украины" for "Украина")."""
    folded = text.casefold()
    return any(_stem_prefix(n.casefold()) in folded for n in names if n)


def _stem_prefix(name: str) -> str:
    """A name without its last letters, so a case ending does not hide it: "украина" → "украин"."""
    words = name.split()
    last = words[-1]
    cut = last[: max(3, len(last) - 2)] if len(last) > 4 else last
    return " ".join([*words[:-1], cut])
