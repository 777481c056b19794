"""``python -m bot translation-template LANG``: every text of the base to translate, as a YAML file to fill in.

The template holds the English texts where the translations go, so a translator works through one file
in the base's order; ``check`` then refuses any text left in English and names its file, line and field.
"""

from __future__ import annotations

from typing import Any

import yaml

from bot.kb.knowledge import KnowledgeBase
from bot.kb.messages import MESSAGE_KEYS
from bot.kb.schema import FigureWord, SmallTalk, Translated

FIGURE_WORDS: tuple[FigureWord, ...] = ("whose", "lowest", "highest", "difference", "comparative", "than", "ratio",
                                        "width", "midpoint", "low_end", "high_end", "toll")
SMALL_TALK: tuple[SmallTalk, ...] = ("greeting", "thanks", "identity", "capabilities", "bye")


def template(kb: KnowledgeBase, lang: Translated) -> dict[str, Any]:
    """The translation file for ``lang`` with the English texts in place of the translations."""
    return {"translation": {
        "lang": lang,
        "sources": {s.id: {"name": s.name, "short": s.short, "aliases": list(s.aliases), "cited_for": s.cited_for}
                    for s in kb.sources.values()},
        "caveats": {c.id: c.text for c in kb.caveats.values()},
        "claims": {c.id: {"statement": c.statement, "quote": c.quote} for c in kb.claims.values()},
        "topics": {t.id: t.label for t in kb.topics.values()},
        "entries": {e.id: {"label": e.label, "answer": e.answer.en,
                           **({"details": e.details.en} if e.details else {}),
                           "phrasings": list(e.phrasings.en[:8])} for e in kb.entries.values()},
        "not_covered": {n.id: {"label": n.label, "reply": n.reply.en, "phrasings": list(n.phrasings.en[:3])}
                        for n in kb.not_covered.values()},
        "examples": [e.question.en for e in kb.examples],
        "messages": {k: v.en for k, v in kb.messages.texts.items() if k in MESSAGE_KEYS},
        "lexicon": {
            "stopwords": [], "synonyms": {}, "abbreviations": {},
            "follow_ups": {"sources": list(kb.lexicon.follow_ups.get("sources", [])[:6]),
                           "more": list(kb.lexicon.follow_ups.get("more", [])[:6])},
            "small_talk": {k: list(kb.lexicon.small_talk.get(k, [])[:4]) for k in SMALL_TALK},
            "figure_words": {k: [] for k in FIGURE_WORDS},
        },
    }}


def template_yaml(kb: KnowledgeBase, lang: Translated) -> str:
    """The template as YAML, UTF-8 and unwrapped, ready to be saved as ``knowledge/lang/LANG.yaml``."""
    head = (f"# {lang} translation of the knowledge base: replace every English text by its translation.\n"
            "# Keep ids and keys; write at least 8 phrasings per entry in users' own words (casual, misspelt,\n"
            "# slang, transliterated). Quotes translate the article's English words (the English stays verbatim).\n")
    return head + yaml.safe_dump(template(kb, lang), allow_unicode=True, sort_keys=False, width=100_000)
