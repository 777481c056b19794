"""Grade the bot on a question file (the format of shared/eval/dev_questions.yaml).

A reply passes in scope when every ``expect`` group has one of its strings in the first 2,000
characters, none of its ``forbid`` strings appears, it is at most ``max_chars`` long (when given), and
it does not open as if the article were silent ("The article doesn't say", "did you mean"): a right fact
behind a false "doesn't say" is a wrong answer. An out-of-scope question passes when the bot does not
claim to answer it. Reply-length figures are reported beside the scores.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.core.answers import Answerer, converse
from bot.core.render import render_plain
from bot.kb.language import as_language
from bot.kb.loading import explain_error
from bot.kb.messages import MessageKey
from bot.kb.schema import Language
from bot.kb.yamlsource import YamlReadError, read_yaml

REPLY_CAP = 2000
LONG_REPLY = 700
SILENT_OPENINGS = ("the article doesn't say", "the article does not say", "i'm not sure which part")
SILENT_MESSAGES: tuple[MessageKey, ...] = ("lead-silent", "lead-after-publication", "lead-off-topic", "no-match",
                                           "ambiguous")
"""The bot's own openings that say the article is silent or ask "did you mean", in every language: an in-scope reply
opening with one fails, in Russian as in English."""
_CLAUSE_END = re.compile(r"[.:!?]")
AS_REPORTED = "as reported in the article"
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True, slots=True)
class Graded:
    """One question's outcome, with what was missing when it failed."""

    question: str
    kind: str
    near_miss: bool
    passed: bool
    reply: str
    entry: str | None
    missing: tuple[tuple[str, ...], ...]
    problems: tuple[str, ...] = ()
    lang: str = "en"
    reply_lang: str | None = None


@dataclass(frozen=True, slots=True)
class Scores:
    """Accuracy per kind, as fractions (0–1) with their counts."""

    in_scope: tuple[int, int]
    out_of_scope: tuple[int, int]
    near_miss: tuple[int, int]
    overall: tuple[int, int]


class QuestionItem(BaseModel):
    """One item of a question file, as ``grade`` reads it; other keys (``topic``, notes) are the writer's own."""

    model_config = ConfigDict(extra="allow", strict=True)

    q: str = Field(min_length=1)
    kind: Literal["in_scope", "out_of_scope"] = "in_scope"
    expect: list[list[str]] = []
    forbid: list[str] = []
    max_chars: int | None = Field(default=None, gt=0)
    context: list[str] = []
    lang: Language = "en"
    near_miss: bool = False


def load_questions(path: Path) -> list[dict[str, Any]]:
    """The question items of an eval file; a malformed item is a ``ValueError`` naming its line and field."""
    try:
        doc = read_yaml(path, str(path))
    except YamlReadError as exc:
        raise ValueError(f"{path}:{exc.line}: {exc.message}") from None
    if not isinstance(doc.data, list):
        raise ValueError(f"{path}:1: expected a YAML list of questions (- q: ...)")
    for number, item in enumerate(doc.data):
        if not isinstance(item, dict):
            raise ValueError(f"{path}:{doc.line_of((number,))}: question {number + 1}: write it as a mapping "
                             "(- q: ..., kind: ...), not a bare value")
        try:
            QuestionItem.model_validate(item)
        except ValidationError as exc:
            error = exc.errors()[0]
            where = (number, *error["loc"])
            field = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error["loc"])
            raise ValueError(f"{path}:{doc.line_of(where)}: question {number + 1}: {field.lstrip('.')}: "
                             f"{explain_error(error)}") from None
    return doc.data


def _fold(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'").casefold()


def grade(answerer: Answerer, item: dict[str, Any]) -> Graded:
    """Ask one question (after its context messages) and grade the reply.

    The question is asked as a user whose Telegram app is set to the item's language would ask it: a message too
    short to tell its own language ("Valentina Menlikova?") is read in that one, as the Telegram adapter reads it in
    the user's. A message that tells its language is read in its own, whatever the item says."""
    messages = [*item.get("context", []), item["q"]]
    lang = str(item.get("lang", "en"))
    answer = converse(answerer, messages, prefer=as_language(lang))[-1]
    reply = render_plain(answer, answerer.kb.messages)
    text = _fold(reply[:REPLY_CAP])
    kind = item.get("kind", "in_scope")
    if kind == "in_scope":
        missing = tuple(tuple(g) for g in item.get("expect", []) if not any(_fold(s) in text for s in g))
        wrong_language = () if answer.lang == lang else (f"reply in {answer.lang}, not {lang}",)
        problems = tuple(_problems(item, reply, text, silent_openings(answerer, answer.lang))) + wrong_language
        passed = not missing and not problems
    else:
        missing, problems = (), ()
        passed = not answer.answered
    return Graded(item["q"], kind, bool(item.get("near_miss")), passed, reply, answer.entry_id, missing, problems,
                  lang, answer.lang)


def silent_openings(answerer: Answerer, lang: Language) -> tuple[str, ...]:
    """How a reply opens when it says the article is silent, in ``lang``: the English forms and the first clause of
    each of the bot's own such messages there ("в статье об этом не говорится")."""
    own = (_CLAUSE_END.split(_fold(answerer.kb.messages.text(key, lang)))[0] for key in SILENT_MESSAGES)
    return (*SILENT_OPENINGS, *own)


def _problems(item: dict[str, Any], reply: str, text: str, silent: tuple[str, ...] = SILENT_OPENINGS) -> list[str]:
    """What is wrong with an in-scope reply besides missing facts."""
    found = [f"forbidden {s!r}" for s in item.get("forbid", []) if _fold(s) in text]
    if "max_chars" in item and len(reply) > int(item["max_chars"]):
        found.append(f"{len(reply)} characters, over {item['max_chars']}")
    if text.startswith(silent):
        found.append("opens as if the article were silent")
    return found


@dataclass(frozen=True, slots=True)
class Lengths:
    """How long the in-scope replies are, and how often they repeat themselves."""

    median: float
    longest: int
    over_long: int
    as_reported_twice: int
    repeated_sentence: int
    count: int


def lengths(results: list[Graded]) -> Lengths:
    """Reply-length figures over the in-scope replies (plain text, as ``ask --json`` prints it)."""
    replies = [r.reply for r in results if r.kind == "in_scope"]
    sizes = [len(r) for r in replies] or [0]
    return Lengths(
        median=statistics.median(sizes),
        longest=max(sizes),
        over_long=sum(size > LONG_REPLY for size in sizes),
        as_reported_twice=sum(_fold(r).count(AS_REPORTED) > 1 for r in replies),
        repeated_sentence=sum(_repeats(r) for r in replies),
        count=len(replies),
    )


def _repeats(reply: str) -> bool:
    sentences = [s.strip(" •\n").casefold() for s in _SENTENCE.split(reply) if len(s.strip()) > 20]
    return len(sentences) != len(set(sentences))


def languages(results: list[Graded]) -> tuple[int, int]:
    """How many replies came in the question's own language, of all replies."""
    return sum(r.reply_lang == r.lang for r in results), len(results)


def format_languages(results: list[Graded]) -> list[str]:
    """The reply-language line, when the file has questions in other languages than English."""
    if all(r.lang == "en" for r in results):
        return []
    same, total = languages(results)
    return [f"replies in the question's language: {_pct((same, total))}"]


def format_lengths(figures: Lengths) -> list[str]:
    """The reply-length lines of the eval summary."""
    return [
        f"in-scope reply length: median {figures.median:.0f} chars, longest {figures.longest}, "
        f"{figures.over_long} over {LONG_REPLY} (of {figures.count})",
        f"'{AS_REPORTED}' twice: {figures.as_reported_twice}; a sentence repeated: {figures.repeated_sentence}",
    ]


def score(results: list[Graded]) -> Scores:
    """Counts of passes per kind."""

    def count(rows: list[Graded]) -> tuple[int, int]:
        return sum(r.passed for r in rows), len(rows)

    return Scores(
        in_scope=count([r for r in results if r.kind == "in_scope"]),
        out_of_scope=count([r for r in results if r.kind != "in_scope"]),
        near_miss=count([r for r in results if r.kind != "in_scope" and r.near_miss]),
        overall=count(results),
    )


def _pct(pair: tuple[int, int]) -> str:
    passed, total = pair
    return f"{100 * passed / total:5.1f}% ({passed}/{total})" if total else "  n/a"


def format_failures(results: list[Graded]) -> list[str]:
    """One block per failure: the question, what was expected, what the bot said."""
    lines = []
    for r in results:
        if r.passed:
            continue
        lang = f" {r.lang}" if r.lang != "en" else ""
        lines.append(f"FAIL [{r.kind}{' near-miss' if r.near_miss else ''}{lang}] {r.question!r} -> {r.entry}")
        for group in r.missing:
            lines.append(f"  missing one of: {list(group)[:6]}")
        for problem in r.problems:
            lines.append(f"  {problem}")
        lines.append("  reply: " + r.reply[:300].replace("\n", " | "))
    return lines


def format_scores(scores: Scores) -> list[str]:
    """The summary the before-stop hook and the closing notes quote."""
    return [
        f"in-scope accuracy:      {_pct(scores.in_scope)}",
        f"out-of-scope abstained: {_pct(scores.out_of_scope)}",
        f"near-miss abstained:    {_pct(scores.near_miss)}",
        f"overall:                {_pct(scores.overall)}",
    ]
