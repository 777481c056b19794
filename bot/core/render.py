"""Answers as text: plain for the console and JSON, Telegram HTML for the bot. All user text escaped."""

from __future__ import annotations

import html
from collections.abc import Iterable

from bot.core.models import Answer
from bot.kb.messages import Messages

TELEGRAM_LIMIT = 4096
MAX_OFFERED = 3
"""Topics listed after "the article doesn't say"."""


def plain_parts(answer: Answer, messages: Messages) -> list[str]:
    """Paragraphs of the plain-text reply, most important first."""
    say = messages.text
    parts = ["\n".join(answer.parts)]
    if answer.caveats:
        parts.append("⚠️ " + " ".join(answer.caveats))
    if answer.related and answer.kind in ("not_covered", "no_match") and not answer.answered:
        labels = "; ".join(c.label for c in answer.related[:MAX_OFFERED])
        parts.append(say("offer-topics", answer.lang, labels=labels))
    return parts


def render_plain(answer: Answer, messages: Messages) -> str:
    """The reply exactly as a console user (and ``ask --json``) reads it."""
    return "\n\n".join(plain_parts(answer, messages))


def html_parts(answer: Answer, messages: Messages) -> list[str]:
    """Paragraphs of the Telegram reply; each is valid HTML on its own, so splitting is always safe."""
    parts = ["\n".join(_e(p) for p in answer.parts)]
    if answer.caveats:
        parts.append("⚠️ <i>" + _e(" ".join(answer.caveats)) + "</i>")
    return parts


def render_html(answer: Answer, messages: Messages, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Telegram messages for one answer: split at paragraph boundaries, each within ``limit``."""
    return pack(html_parts(answer, messages), limit)


def pack(paragraphs: Iterable[str], limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Join paragraphs into as few messages as fit; an oversized paragraph is cut at line breaks."""
    messages: list[str] = []
    current = ""
    for paragraph in _pieces(paragraphs, limit):
        candidate = f"{current}\n\n{paragraph}" if current else paragraph
        if telegram_length(candidate) <= limit:
            current = candidate
        else:
            messages.append(current)
            current = paragraph
    if current:
        messages.append(current)
    return messages or [""]


def _pieces(paragraphs: Iterable[str], limit: int) -> Iterable[str]:
    for paragraph in paragraphs:
        if telegram_length(paragraph) <= limit:
            yield paragraph
            continue
        for line in paragraph.split("\n"):
            yield from _hard_cut(line, limit)


def _hard_cut(line: str, limit: int) -> Iterable[str]:
    """Last resort for one over-long line: drop markup and cut the plain text into escaped pieces."""
    if telegram_length(line) <= limit:
        yield line
        return
    text = html.unescape(_strip_tags(line))
    step = limit // 6  # an escaped character is at most 6 long ("&quot;")
    for start in range(0, len(text), step):
        yield _e(text[start : start + step])


def _strip_tags(markup: str) -> str:
    out, inside = [], False
    for ch in markup:
        if ch == "<":
            inside = True
        elif ch == ">" and inside:
            inside = False
        elif not inside:
            out.append(ch)
    return "".join(out)


def telegram_length(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units), an upper bound before entity parsing."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _e(text: str) -> str:
    return html.escape(text, quote=False)
