"""Cross-checks that schema validation cannot do: references, provenance, coverage and attribution.

Every problem names file, line, entry and field, and says how to fix it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from bot.errors import Problem
from bot.kb.article import flatten, numbers_in, title_key
from bot.kb.knowledge import KnowledgeBase
from bot.kb.messages import MESSAGE_KEYS, PLACEHOLDERS, placeholders
from bot.kb.schema import Entry, NotCovered, Source
from bot.kb.textnorm import phrase_key, stem, tokens

LOADED_VERBS = ("only admits", "admits", "admitted", "admit", "assures", "assured", "assure", "insists", "concedes",
                "confesses", "lowers", "alleges")
AS_REPORTED = "as reported in the article"
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»")


def check_knowledge(kb: KnowledgeBase) -> list[Problem]:
    """Every cross-reference and provenance problem in ``kb``, in file order."""
    checks = (_references, _quotes, _coverage, _numbers, _phrasings, _attribution, _lexicon, _messages)
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
        yield from _missing(kb, "entries", e.id, "topic", e.topic, kb.topics, "topic")
        for i, slide in enumerate(e.slides):
            if kb.article.slide(slide) is None:
                yield _problem(kb, "entries", e.id, f"slides[{i}]", f"no slide titled {slide!r}", "slides", i)
    for t in kb.topics.values():
        yield from _missing(kb, "topics", t.id, "entry", t.entry, kb.entries, "entry")
    for n in kb.not_covered.values():
        yield from _missing(kb, "not_covered", n.id, "nearby", n.nearby, kb.entries, "entry")
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
