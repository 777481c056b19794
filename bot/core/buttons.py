"""Inline buttons as plain data, and the callback-data protocol (≤ 64 bytes, validated on the way back).

Pure: the Telegram adapter turns these into ``InlineKeyboardMarkup``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.core.matching import MAX_CHOICES
from bot.core.models import Answer
from bot.kb.knowledge import KnowledgeBase
from bot.kb.messages import Messages
from bot.kb.schema import Language

ActionKind = Literal["answer", "sources", "topics", "none", "vote", "language"]
_PREFIX: dict[str, ActionKind] = {"a": "answer", "s": "sources", "t": "topics", "n": "none", "v": "vote",
                                  "l": "language"}
LANGUAGE_NAMES: dict[Language, str] = {"en": "🇬🇧 English", "ru": "Русский", "uk": "🇺🇦 Українська", "es": "🇪🇸 Español"}
"""Each language's own name, as its speakers look for it (the same in every language's menu)."""
_CODE: dict[ActionKind, str] = {kind: prefix for prefix, kind in _PREFIX.items()}
PATTERNS: dict[ActionKind, str] = {kind: rf"^{prefix}(:|$)" for prefix, kind in _PREFIX.items()}
"""What the Telegram adapter routes on (``CallbackQueryHandler(pattern=...)``); the handler then parses the data."""
MAX_CALLBACK_BYTES = 64
MAX_LABEL = 60


@dataclass(frozen=True, slots=True)
class Button:
    """A button's label and the callback data it sends back."""

    label: str
    data: str


@dataclass(frozen=True, slots=True)
class Action:
    """What a pressed button asks for; ``target`` is an entry id (or a vote "up"/"down" with its entry)."""

    kind: ActionKind
    target: str = ""
    extra: str = ""


def callback_data(kind: ActionKind, target: str = "", extra: str = "") -> str:
    """The one way callback data is written: ``prefix[:target[:extra]]``, at most 64 bytes."""
    data = ":".join(p for p in (_CODE[kind], target, extra) if p)
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data over {MAX_CALLBACK_BYTES} bytes: {data!r}; shorten the entry id")
    return data


def _button(label: str, kind: ActionKind, target: str = "", extra: str = "") -> Button:
    short = label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"
    return Button(short, callback_data(kind, target, extra))


def answer_buttons(answer: Answer, messages: Messages) -> list[list[Button]]:
    """Under an answer: Sources, then related questions; under "did you mean": the choices and "None of these"."""
    if answer.kind == "ambiguous":
        choices = [[_button(c.label, "answer", c.id)] for c in answer.alternatives[:MAX_CHOICES]]
        return [*choices, [_button(messages.text("button-none", answer.lang), "none")]]
    rows: list[list[Button]] = []
    if answer.answered and answer.entry_id and answer.citations and answer.kind != "sources":
        rows.append([_button(messages.text("button-sources", answer.lang), "sources", answer.entry_id)])
    if answer.answered and answer.entry_id:
        rows.append([_button("👍", "vote", answer.entry_id, "up"), _button("👎", "vote", answer.entry_id, "down")])
    rows += [[_button(c.label, "answer", c.id)] for c in answer.related[:MAX_CHOICES]]
    return rows


def topic_buttons(kb: KnowledgeBase, lang: Language = "en") -> list[list[Button]]:
    """One button per topic."""
    return [[_button(kb.topic_label(t, lang), "answer", t.entry)] for t in kb.topics.values() if t.entry in kb.entries]


def example_buttons(kb: KnowledgeBase, lang: Language = "en") -> list[list[Button]]:
    """Under /start: each example question, opening its entry, and the language menu."""
    rows = [[_button(kb.example_question(i, lang), "answer", e.entry)] for i, e in enumerate(kb.examples)
            if e.entry in kb.entries]
    return [*rows, [_button(kb.messages.text("button-language", lang), "language")]]


def language_buttons() -> list[list[Button]]:
    """/language: one button per language."""
    return [[_button(name, "language", lang)] for lang, name in LANGUAGE_NAMES.items()]


def parse_callback(data: str | None, kb: KnowledgeBase) -> Action | None:
    """The action behind callback data, or ``None`` when it is forged, stale or malformed."""
    if not data or len(data.encode("utf-8", "surrogatepass")) > MAX_CALLBACK_BYTES:
        return None
    prefix, _, rest = data.partition(":")
    kind = _PREFIX.get(prefix)
    target, _, extra = rest.partition(":")
    if kind == "language":  # "l" opens the menu, "l:ru" chooses
        return Action(kind, target) if (not rest or target in LANGUAGE_NAMES) and not extra else None
    if kind in ("topics", "none"):
        return Action(kind) if not rest else None
    if kind is None or (target not in kb.entries and (kind != "answer" or target not in kb.not_covered)):
        return None  # sources and votes exist only for answering entries
    if kind == "vote" and extra not in ("up", "down"):
        return None
    if kind != "vote" and extra:
        return None
    return Action(kind, target, extra)
