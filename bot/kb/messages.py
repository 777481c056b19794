"""Every sentence the bot says that is not an answer, as data: ``knowledge/messages.yaml``, keyed by language.

The code names a message by its key (``MessageKey``, so mypy catches a typo); the checker verifies
that the file has every key, no unknown one, and only the placeholders each key is filled with.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, get_args

from bot.kb.schema import Language, Localized

MessageKey = Literal[
    # answers
    "lead-silent", "lead-unknowable", "lead-after-publication", "lead-off-topic",
    "no-match", "empty", "ambiguous", "ambiguous-tail",
    "sources-lead", "sources-slides", "sources-more", "sources-article-itself", "sources-nearby", "nothing-more",
    "not-from", "not-theirs", "not-from-cited", "reported-by", "follow-up-alone", "no-figure",
    # small talk
    "talk-greeting", "talk-thanks", "talk-identity", "talk-capabilities", "talk-bye", "talk-examples",
    "not-a-question", "several-lead", "as-reported",
    # figures
    "figure-whose", "figure-others", "figure-third", "figure-not-theirs", "figure-not-theirs-lower",
    "figure-not-theirs-higher", "figure-not-theirs-none",
    "figure-misstated", "figure-misstated-tolls", "claim-confirmed", "figure-via", "figure-lowest", "figure-highest",
    "figure-extremes",
    "figure-difference", "figure-difference-more", "figure-ratio", "figure-share",
    "figure-width", "figure-midpoint", "figure-high-end", "figure-low-end",
    "figure-within", "figure-above", "figure-below",
    # rendering
    "offer-topics", "translation-note",
    # buttons
    "button-sources", "button-none",
    # cards and commands
    "welcome-title", "welcome-article", "welcome-rules", "welcome-try",
    "help-title", "help-ask", "help-follow-ups",
    "about-title", "about-article", "about-rules",
    "sources-card-title", "figures-card-title", "figures-card-chain", "topics-title",
    "role-belligerent_government", "role-military_alliance", "role-news_outlet", "role-civil_society_group",
    "role-anonymous_witness", "role-article_analysis",
    "command-start", "command-topics", "command-figures", "command-sources", "command-about", "command-help",
    "command-stats", "command-reload", "command-language", "language-choose", "language-set", "button-language",
    # the /figures chart
    "chart-title", "chart-as-reported", "chart-footnote", "chart-subject", "number-words",
    # Telegram and console notices
    "media-note", "unknown-command", "stale-button", "apology", "vote-thanks", "slow-down", "chat-busy",
    "console-welcome", "console-prompt",
    # admin
    "store-off", "reload-refused", "reloaded", "no-changes", "changed",
    "stats-title", "stats-volume", "stats-answered", "stats-top", "stats-down", "stats-unanswered",
]
MESSAGE_KEYS: frozenset[str] = frozenset(get_args(MessageKey))

PLACEHOLDERS: Mapping[str, frozenset[str]] = {
    "empty": frozenset({"headline"}),
    "sources-lead": frozenset({"label"}),
    "sources-article-itself": frozenset({"slides"}),
    "sources-slides": frozenset({"slides"}),
    "sources-more": frozenset({"count"}),
    "nothing-more": frozenset({"label"}),
    "not-from": frozenset({"names"}),
    "not-theirs": frozenset({"names"}),
    "not-from-cited": frozenset({"name", "cited_for"}),
    "reported-by": frozenset({"speaker", "reporter"}),
    "translation-note": frozenset({"text"}),
    "talk-examples": frozenset({"examples"}),
    "figure-whose": frozenset({"value", "who", "what"}),
    "figure-not-theirs": frozenset({"value", "who", "asked", "theirs"}),
    "figure-not-theirs-none": frozenset({"value", "what", "who", "asked"}),
    "figure-misstated": frozenset({"asked", "value", "what", "who"}),
    "figure-misstated-tolls": frozenset({"asked", "estimates"}),
    "claim-confirmed": frozenset(),
    "figure-not-theirs-lower": frozenset({"value", "who", "asked", "theirs"}),
    "figure-not-theirs-higher": frozenset({"value", "who", "asked", "theirs"}),
    "figure-others": frozenset({"others"}),
    "figure-third": frozenset({"who", "value"}),
    "figure-high-end": frozenset({"who", "value", "range"}),
    "figure-low-end": frozenset({"who", "value", "range"}),
    "figure-via": frozenset({"names"}),
    "figure-lowest": frozenset({"value", "who", "others"}),
    "figure-highest": frozenset({"value", "who", "others"}),
    "figure-extremes": frozenset({"high", "high_who", "low", "low_who", "others"}),
    "figure-difference": frozenset({"a_who", "a_value", "b_who", "b_value", "result"}),
    "figure-difference-more": frozenset({"a_who", "a_value", "b_who", "b_value", "result"}),
    "figure-ratio": frozenset({"a_who", "a_value", "b_who", "b_value", "result"}),
    "figure-share": frozenset({"a_who", "a_value", "b_who", "b_value", "result"}),
    "figure-width": frozenset({"who", "value", "result"}),
    "figure-midpoint": frozenset({"who", "value", "result"}),
    "figure-within": frozenset({"a_who", "a_value", "b_who", "b_value"}),
    "figure-above": frozenset({"a_who", "a_value", "b_who", "b_value", "result"}),
    "figure-below": frozenset({"a_who", "a_value", "b_who", "b_value", "result"}),
    "offer-topics": frozenset({"labels"}),
    "welcome-article": frozenset({"headline"}),
    "welcome-try": frozenset({"examples"}),
    "help-ask": frozenset({"example"}),
    "about-article": frozenset({"headline"}),
    "figures-card-chain": frozenset({"chain"}),
    "chart-title": frozenset({"subject", "count"}),
    "console-welcome": frozenset({"headline"}),
    "reload-refused": frozenset({"problems"}),
    "reloaded": frozenset({"count", "summary"}),
    "changed": frozenset({"count", "what", "ids"}),
    "stats-volume": frozenset({"today", "week"}),
    "stats-answered": frozenset({"share"}),
    "stats-top": frozenset({"entries"}),
    "stats-down": frozenset({"entries"}),
    "stats-unanswered": frozenset({"clusters"}),
}
"""The fields each message is formatted with; a message without an entry here takes none."""


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a text uses; raises ``ValueError`` on a malformed brace."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@dataclass(frozen=True, slots=True)
class Messages:
    """The loaded messages; ``text`` falls back to English for a language a message lacks."""

    texts: Mapping[str, Localized]

    def text(self, key: MessageKey, lang: Language = "en", **fields: object) -> str:
        """The message in ``lang``, with its placeholders filled in (a missing key shows as the key itself)."""
        item = self.texts.get(key)
        if item is None:
            return key
        template = getattr(item, lang) or item.en
        if not fields and key not in PLACEHOLDERS:
            return template
        text = template.format(**_nested(template, fields))
        return _A_EL.sub(r"\1l", _DE_EL.sub(r"\1el", text)) if lang == "es" else text


_DE_EL = re.compile(r"\b([Dd])e el\b")
_A_EL = re.compile(r"\b([Aa]) el\b")
"""A Spanish "de el" or "a el" that filling in a field wrote ("la cifra es 14, de {who}": "de el soldado que habló con
Reuters") is written as Spanish writes it, "del", "al" ("a él", with its accent, stays)."""

_INNER_QUOTES = {'"': str.maketrans('"“”', "'‘’"), "“": str.maketrans('“”"', "‘’'"), "«": str.maketrans("«»", "“”")}
"""Per quotation mark a template puts around a field, how quotes inside the field's text are written instead:
Where the answer on "'This is not our war' (Reuters)" comes from, not ""This is not our war" (Reuters)"."""


def inside_quotes(text: str, mark: str = '"') -> str:
    """``text`` to be put between ``mark`` and its closing mark, its own quotes written as quotes inside quotes."""
    table = _INNER_QUOTES.get(mark)
    return text.translate(table) if table is not None else text


def _nested(template: str, fields: Mapping[str, object]) -> dict[str, object]:
    """The fields, a text the template quotes having its own quotation marks written as quotes inside quotes."""
    nested: dict[str, object] = {}
    for name, value in fields.items():
        at = template.find("{" + name + "}")
        nested[name] = inside_quotes(value, template[at - 1]) if at > 0 and isinstance(value, str) else value
    return nested
