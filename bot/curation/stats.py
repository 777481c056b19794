"""The admins' /stats card: volume, answered share, top entries and the largest unanswered clusters."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.cards import Card
from bot.curation.report import Cluster
from bot.curation.store import Stats
from bot.kb.messages import Messages

TOP_UNANSWERED = 5


def stats_card(stats: Stats, clusters: Sequence[Cluster], messages: Messages) -> Card:
    """/stats for admins: volume, answered share, top entries and the largest unanswered clusters."""
    say = messages.text
    lines = [
        say("stats-volume", today=stats.questions_today, week=stats.questions_week),
        say("stats-answered", share=f"{stats.answered_share_week:.0%}"),
    ]
    if stats.top_entries:
        lines.append(say("stats-top", entries=", ".join(f"{e} ({n})" for e, n in stats.top_entries)))
    if stats.down_voted:
        lines.append(say("stats-down", entries=", ".join(f"{e} ({n})" for e, n in stats.down_voted)))
    unanswered = [c for c in clusters if c.kind == "unanswered"][:TOP_UNANSWERED]
    if unanswered:
        listed = "\n".join(f"• {c.count}× “{c.label}” → {c.suggestion}" for c in unanswered)
        lines.append(say("stats-unanswered", clusters=listed))
    return Card(say("stats-title"), tuple(lines))
