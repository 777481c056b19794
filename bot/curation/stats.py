"""The admins' /stats card: volume, answered share, top entries and the largest unanswered clusters."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.cards import Card
from bot.curation.report import Cluster
from bot.curation.store import Stats


def stats_card(stats: Stats, clusters: Sequence[Cluster]) -> Card:
    """/stats for admins: volume, answered share, top entries and the largest unanswered clusters."""
    lines = [
        f"Questions: {stats.questions_today} in the last 24 h, {stats.questions_week} in the last 7 days.",
        f"Answered: {stats.answered_share_week:.0%} of this week's questions.",
    ]
    if stats.top_entries:
        lines.append("Top entries: " + ", ".join(f"{e} ({n})" for e, n in stats.top_entries))
    if stats.down_voted:
        lines.append("👎 this week: " + ", ".join(f"{e} ({n})" for e, n in stats.down_voted))
    unanswered = [c for c in clusters if c.kind == "unanswered"][:5]
    if unanswered:
        lines.append("Top unanswered:\n" + "\n".join(f"• {c.count}× “{c.label}” → {c.suggestion}" for c in unanswered))
    return Card("Bot statistics", tuple(lines))
