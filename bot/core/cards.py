"""Fixed replies built from the knowledge base: welcome, about, sources, topics and the figures side by side.

Each card is a title and plain paragraphs; the renderers decide how they look in a terminal or Telegram.
Every sentence comes from ``knowledge/messages.yaml`` or the base itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.figures import casualty_claims, figure_text
from bot.kb.knowledge import KnowledgeBase
from bot.kb.messages import MessageKey
from bot.kb.schema import Language, SourceRole

ROLE_KEYS: dict[SourceRole, MessageKey] = {
    "belligerent_government": "role-belligerent_government",
    "military_alliance": "role-military_alliance",
    "news_outlet": "role-news_outlet",
    "civil_society_group": "role-civil_society_group",
    "anonymous_witness": "role-anonymous_witness",
    "article_analysis": "role-article_analysis",
}

@dataclass(frozen=True, slots=True)
class Card:
    """A fixed reply: a title and paragraphs of plain text."""

    title: str
    paragraphs: tuple[str, ...]

    def plain(self) -> str:
        """The card as console text."""
        return "\n\n".join((self.title, *self.paragraphs))


def welcome(kb: KnowledgeBase, lang: Language = "en") -> Card:
    """/start: what the bot knows, what it does not, and how to ask."""
    say = kb.messages.text
    examples = " · ".join(kb.example_question(i, lang) for i in range(len(kb.examples)))
    return Card(
        say("welcome-title", lang),
        (
            say("welcome-article", lang, headline=kb.article.headline),
            say("welcome-rules", lang),
            say("welcome-try", lang, examples=examples),
        ),
    )


def about(kb: KnowledgeBase, lang: Language = "en") -> Card:
    """/about: the article, its date status, and the bot's rules."""
    say = kb.messages.text
    return Card(say("about-title", lang), (say("about-article", lang, headline=kb.article.headline),
                                           say("about-rules", lang)))


def sources_card(kb: KnowledgeBase, lang: Language = "en") -> Card:
    """/sources: every source with its role and what the article cites it for."""
    say = kb.messages.text
    lines = []
    for s in kb.sources.values():
        text = kb.source_text(s.id, lang)
        if text is not None:
            role = say(ROLE_KEYS[s.role], lang)
            lines.append(f"• {text.name[:1].upper() + text.name[1:]} ({role}): {text.cited_for}")
    return Card(say("sources-card-title", lang), tuple(lines))


def figures_card(kb: KnowledgeBase, lang: Language = "en") -> Card:
    """/figures: the estimates side by side with claimant, chain and caveat."""
    say = kb.messages.text
    lines = []
    claims = casualty_claims(kb)
    for claim in claims:
        chain = " → ".join(kb.source_name(s, lang) for s in claim.chain if s in kb.sources)
        source_chain = say("figures-card-chain", lang, chain=chain)
        short = (kb.source_text(claim.claimant, lang) or kb.sources[claim.claimant]).short
        lines.append(f"• {short}: {figure_text(claim, lang)} {source_chain}")
    caveats = tuple(f"⚠️ {kb.caveat_text(c, lang)}" for c in kb.caveats_of(claims))
    return Card(say("figures-card-title", lang), (*lines, *caveats))


def topics_card(kb: KnowledgeBase, lang: Language = "en") -> Card:
    """/topics as text (Telegram shows the same as buttons)."""
    labels = tuple(f"• {kb.topic_label(t, lang)}" for t in kb.topics.values())
    return Card(kb.messages.text("topics-title", lang), labels)
