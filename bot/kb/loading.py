"""Load the knowledge base from YAML into validated, immutable objects; report every problem at once."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bot.errors import KnowledgeError, Problem
from bot.kb.article import load_article
from bot.kb.checker import check_knowledge
from bot.kb.knowledge import KnowledgeBase, Located
from bot.kb.messages import Messages
from bot.kb.schema import SECTIONS, Example, Lexicon, Localized, Strict, Translation
from bot.kb.yamlsource import YamlDoc, YamlReadError, read_yaml


def _display(root: Path, path: Path) -> str:
    return f"{root.name}/{path.relative_to(root).as_posix()}"


def _pydantic_problems(doc: YamlDoc, section: str, exc: ValidationError) -> list[Problem]:
    problems = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        entry = _entry_id(doc, loc)
        skip = 2 if len(loc) > 2 and isinstance(loc[1], int) else 1
        field_path = ".".join(str(p) for p in loc[skip:])
        problems.append(Problem(doc.file, doc.line_of(loc), entry, field_path, explain_error(err)))
    return problems


def _entry_id(doc: YamlDoc, loc: tuple[Any, ...]) -> str | None:
    if len(loc) < 2 or not isinstance(loc[1], int):
        return None
    try:
        item = doc.data[loc[0]][loc[1]]
    except (KeyError, IndexError, TypeError):
        return None
    ident = item.get("id") if isinstance(item, dict) else None
    return str(ident) if ident is not None else f"#{loc[1] + 1}"


def explain_error(err: Any) -> str:
    """Turn pydantic's message into one that says how to fix it (for the base's files and the question files)."""
    kind = err["type"]
    if kind == "missing":
        return "required field is missing; add it"
    if kind == "extra_forbidden":
        return "unknown key; remove it or correct its spelling"
    if kind == "literal_error":
        return f"{err['msg'].lower()}; got {err['input']!r}"
    if kind.endswith("_type"):
        return f"{err['msg'].lower()}; got {type(err['input']).__name__} {str(err['input'])[:40]!r}"
    if kind == "string_pattern_mismatch":
        return f"{err['input']!r} is not a valid id; use lowercase letters, digits and '-'"
    msg = str(err["msg"]).removeprefix("Value error, ")
    return msg[0].lower() + msg[1:] if msg else kind


def _read_sections(root: Path) -> tuple[dict[str, list[tuple[Strict, YamlDoc]]], list[Problem]]:
    """Parse and schema-validate every YAML file under ``root``."""
    found: dict[str, list[tuple[Strict, YamlDoc]]] = {name: [] for name in SECTIONS}
    problems: list[Problem] = []
    for path in sorted(root.rglob("*.y*ml")):
        display = _display(root, path)
        try:
            doc = read_yaml(path, display)
        except YamlReadError as exc:
            problems.append(Problem(display, exc.line, None, "", exc.message))
            continue
        if not isinstance(doc.data, dict) or len(doc.data) != 1 or next(iter(doc.data)) not in SECTIONS:
            known = ", ".join(SECTIONS)
            problems.append(Problem(display, 1, None, "", f"the file must have one top-level key, one of: {known}"))
            continue
        section = next(iter(doc.data))
        try:
            model = SECTIONS[section].model_validate(doc.data)
            found[section].append((model, replace(doc, data=None)))  # the models hold it now; lines stay for check
        except ValidationError as exc:
            problems.extend(_pydantic_problems(doc, section, exc))
    return found, problems


def _index(
    section: str,
    parsed: Iterable[tuple[Strict, YamlDoc]],
    where: dict[tuple[str, str], Located],
    problems: list[Problem],
) -> dict[str, Any]:
    items: dict[str, Any] = {}
    for model, doc in parsed:
        for i, item in enumerate(getattr(model, section)):
            loc = Located(doc.file, doc.line_of((section, i)), (section, i), doc)
            if item.id in items:
                first = where[(section, item.id)]
                problems.append(
                    Problem(doc.file, loc.line, item.id, "id", f"duplicate id; first used at {first.file}:{first.line}")
                )
                continue
            items[item.id] = item
            where[(section, item.id)] = loc
    return items


def load_knowledge(root: Path, *, checked: bool = False) -> KnowledgeBase:
    """Load and fully check the base; raise ``KnowledgeError`` listing every problem. ``checked``: these very
    files passed every check before (``bot.kb.stemcache.knowledge_digest``), so only the schema is read."""
    kb, problems = load_unchecked(root) if checked else inspect_knowledge(root)
    errors = [p for p in problems if not p.warning]
    if errors or kb is None:
        raise KnowledgeError(errors or problems)
    return kb


def inspect_knowledge(root: Path) -> tuple[KnowledgeBase | None, list[Problem]]:
    """Load the base and run every check; the caller decides what errors mean (exit, refuse, keep the old one)."""
    kb, problems = load_unchecked(root)
    return kb, problems + ([] if kb is None else check_knowledge(kb))


def load_unchecked(root: Path) -> tuple[KnowledgeBase | None, list[Problem]]:
    """Schema-level load only; the checker adds the cross-reference and provenance checks."""
    article_path = root / "article.txt"
    if not article_path.is_file():
        return None, [Problem(_display(root, article_path), 1, None, "", "article text is missing; add it")]
    found, problems = _read_sections(root)
    where: dict[tuple[str, str], Located] = {}
    lexicons = [m.lexicon for m, _ in found["lexicon"]]  # type: ignore[attr-defined]
    for _, doc in found["lexicon"][:1]:
        where[("lexicon", "lexicon")] = Located(doc.file, 1, ("lexicon",), doc)
    if len(found["lexicon"]) > 1:
        extra = found["lexicon"][1][1]
        problems.append(Problem(extra.file, 1, None, "lexicon", "only one lexicon file is allowed; merge them"))
    kb = KnowledgeBase(
        article=load_article(article_path),
        sources=_index("sources", found["sources"], where, problems),
        caveats=_index("caveats", found["caveats"], where, problems),
        claims=_index("claims", found["claims"], where, problems),
        topics=_index("topics", found["topics"], where, problems),
        entries=_index("entries", found["entries"], where, problems),
        not_covered=_index("not_covered", found["not_covered"], where, problems),
        lexicon=lexicons[0] if lexicons else Lexicon(),
        examples=_examples(found["examples"], where),
        messages=Messages(_messages(found["messages"], where, problems)),
        translations=_translations(found["translation"], where, problems),
        where=where,
    )
    return _with_translated_messages(kb), problems


def _translations(parsed: Iterable[tuple[Strict, YamlDoc]], where: dict[tuple[str, str], Located],
                  problems: list[Problem]) -> dict[str, Translation]:
    """One translation per language; where each was defined, for the checker's line numbers."""
    found: dict[str, Translation] = {}
    for model, doc in parsed:
        translation: Translation = model.translation  # type: ignore[attr-defined]
        if translation.lang in found:
            first = where[("translation", translation.lang)]
            problems.append(Problem(doc.file, 1, None, "translation.lang",
                                    f"a second '{translation.lang}' translation (first: {first.file}); merge them"))
            continue
        found[translation.lang] = translation
        where[("translation", translation.lang)] = Located(doc.file, 1, ("translation",), doc)
    return found


def _with_translated_messages(kb: KnowledgeBase) -> KnowledgeBase:
    """Messages and example questions carry their translations, so ``text(key, lang)`` finds them."""
    texts = dict(kb.messages.texts)
    for lang, tr in kb.translations.items():
        for key, text in tr.messages.items():
            if key in texts:
                texts[key] = texts[key].model_copy(update={lang: text})
    return replace(kb, messages=Messages(texts))


def _examples(parsed: Iterable[tuple[Strict, YamlDoc]], where: dict[tuple[str, str], Located]) -> tuple[Example, ...]:
    found: list[Example] = []
    for model, doc in parsed:
        for i, example in enumerate(model.examples):  # type: ignore[attr-defined]
            where.setdefault(("examples", example.entry), Located(doc.file, doc.line_of(("examples", i)),
                                                                  ("examples", i), doc))
            found.append(example)
    return tuple(found)


def _messages(parsed: Iterable[tuple[Strict, YamlDoc]], where: dict[tuple[str, str], Located],
              problems: list[Problem]) -> dict[str, Localized]:
    """Messages from every messages file, each key once; where each was defined, for the checker."""
    texts: dict[str, Localized] = {}
    for model, doc in parsed:
        for key, text in model.messages.items():  # type: ignore[attr-defined]
            loc = Located(doc.file, doc.line_of(("messages", key)), ("messages", key), doc)
            if key in texts:
                first = where[("messages", key)]
                problems.append(Problem(doc.file, loc.line, key, "", f"duplicate message; first at {first.file}:"
                                        f"{first.line}"))
                continue
            texts[key] = text
            where[("messages", key)] = loc
    return texts

