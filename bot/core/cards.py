"""Fixed replies built from the knowledge base: welcome, about, sources, topics and the figures side by side.

Each card is a title and plain paragraphs; the renderers decide how they look in a terminal or Telegram.
Every sentence comes from ``knowledge/messages.yaml`` or the base itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.kb.knowledge import KnowledgeBase
from bot.kb.messages import MessageKey
from bot.kb.schema import Claim, SourceRole

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


def welcome(kb: KnowledgeBase) -> Card:
    """/start: what the bot knows, what it does not, and how to ask."""
    say = kb.messages.text
    return Card(
        say("welcome-title"),
        (
            say("welcome-article", headline=kb.article.headline),
            say("welcome-rules"),
            say("welcome-try", examples=" · ".join(e.question.en for e in kb.examples)),
        ),
    )


def about(kb: KnowledgeBase) -> Card:
    """/about: the article, its date status, and the bot's rules."""
    say = kb.messages.text
    return Card(say("about-title"), (say("about-article", headline=kb.article.headline), say("about-rules")))


def sources_card(kb: KnowledgeBase) -> Card:
    """/sources: every source with its role and what the article cites it for."""
    say = kb.messages.text
    lines = tuple(
        f"• {s.name[:1].upper() + s.name[1:]} ({say(ROLE_KEYS[s.role])}): {s.cited_for}" for s in kb.sources.values()
    )
    return Card(say("sources-card-title"), lines)


def casualty_claims(kb: KnowledgeBase) -> list[Claim]:
    """The contested death-toll estimates: claims of contested figures that a party puts forward.

    The headline's "Nearly 30,000 ... killed?" is the article's own question, not a fourth estimate.
    """
    return [
        c for c in kb.claims.values()
        if c.status == "contested_figure" and c.figures
        and (c.claimant not in kb.sources or kb.sources[c.claimant].role != "article_analysis")
    ]


def figure_text(claim: Claim) -> str:
    """A claim's figure as people write it: 29,200 or 7,000–15,000."""
    parts = []
    for f in claim.figures:
        if f.value is not None:
            parts.append(f"{f.value:,.0f}")
        else:
            parts.append(f"{f.low:,.0f}–{f.high:,.0f}")
    return ", ".join(parts)


def figures_card(kb: KnowledgeBase) -> Card:
    """/figures: the estimates side by side with claimant, chain and caveat."""
    say = kb.messages.text
    lines = []
    claims = casualty_claims(kb)
    for claim in claims:
        chain = " → ".join(kb.sources[s].name for s in claim.chain if s in kb.sources)
        source_chain = say("figures-card-chain", chain=chain)
        lines.append(f"• {kb.sources[claim.claimant].short}: {figure_text(claim)} {source_chain}")
    caveats = tuple(f"⚠️ {c.text}" for c in kb.caveats_of(claims))
    return Card(say("figures-card-title"), (*lines, *caveats))


def topics_card(kb: KnowledgeBase) -> Card:
    """/topics as text (Telegram shows the same as buttons)."""
    return Card(kb.messages.text("topics-title"), tuple(f"• {t.label}" for t in kb.topics.values()))
