"""Fixed replies built from the knowledge base: welcome, help, about, sources and the figures side by side.

Each card is a title and plain paragraphs; the renderers decide how they look in a terminal or Telegram.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.kb.knowledge import KnowledgeBase
from bot.kb.schema import Claim

ROLE_NAMES = {
    "belligerent_government": "government at war",
    "military_alliance": "military alliance",
    "news_outlet": "news outlet",
    "civil_society_group": "civil-society group",
    "anonymous_witness": "anonymous witness",
    "article_analysis": "the article's own analysis",
}
EXAMPLES = ("How many Russian soldiers have died?", "Is it legal for a Russian soldier to resign?",
            "What did the soldier tell CNN?")


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
    return Card(
        "Hi! I answer questions about one article:",
        (
            f"\"{kb.article.headline}\" (undated, 2022).",
            "I answer only from the article and always say who claims what (Ukraine, Russia, NATO, CNN's and "
            "Reuters' sources, the Committee of Soldiers' Mothers). If the article doesn't say, I tell you so.",
            "Try: " + " · ".join(EXAMPLES),
        ),
    )


def help_card(kb: KnowledgeBase) -> Card:
    """/help: commands and follow-ups."""
    return Card(
        "How to use me",
        (
            "Ask in your own words, e.g. \"" + EXAMPLES[0] + "\"",
            "After an answer you can say \"source?\" or \"who said that?\" for the exact quotes, \"more\" for "
            "details, or \"and russia?\" / \"what about nato?\" for another side's figure.",
            "/topics – what I can answer\n/figures – the casualty estimates side by side\n"
            "/sources – who the article cites\n/about – the article and my rules",
        ),
    )


def about(kb: KnowledgeBase) -> Card:
    """/about: the article, its date status, and the bot's rules."""
    return Card(
        "About this bot",
        (
            f"Article: \"{kb.article.headline}\". It is undated; its figures are from 2022 and are given as "
            "reported in the article, never as current.",
            "Rules: I answer only from the article; I always say who makes a claim and how it reached the "
            "article; I pass on the article's caveats (war propaganda on both sides, unverifiable figures, "
            "anonymous witnesses); when the article doesn't say, I say so.",
        ),
    )


def sources_card(kb: KnowledgeBase) -> Card:
    """/sources: every source with its role and what the article cites it for."""
    lines = tuple(
        f"• {s.name[:1].upper() + s.name[1:]} ({ROLE_NAMES[s.role]}): {s.cited_for}" for s in kb.sources.values()
    )
    return Card("Who the article cites", lines)


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
    lines = []
    for claim in casualty_claims(kb):
        chain = " → ".join(kb.sources[s].name for s in claim.chain if s in kb.sources)
        lines.append(f"• {kb.sources[claim.claimant].short}: {figure_text(claim)} (source chain: {chain})")
    caveat_ids = dict.fromkeys(cid for c in casualty_claims(kb) for cid in c.caveats if cid in kb.caveats)
    caveats = tuple(f"⚠️ {kb.caveats[c].text}" for c in caveat_ids)
    return Card("Russian soldiers killed: the estimates, as reported in the article (2022)", (*lines, *caveats))


def topics_card(kb: KnowledgeBase) -> Card:
    """/topics as text (Telegram shows the same as buttons)."""
    return Card("What I can answer", tuple(f"• {t.label}" for t in kb.topics.values()))
