"""The admins' /stats card: volume, answered share, top entries and the largest unanswered clusters."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.cards import Card
from bot.curation.report import Cluster, Nearest, build_report
from bot.curation.store import WEEK, BackgroundStore, Stats, Store
from bot.kb.messages import Messages

TOP_UNANSWERED = 5
STATS_QUESTIONS = 500
"""Distinct unanswered questions /stats groups (the most asked); its card shows the top five groups."""
STATS_BUDGET = 0.8


def admin_stats(store: BackgroundStore, nearest: Nearest, messages: Messages, now: float) -> Card:
    """Everything /stats needs, read and grouped in bounded time (call it off the event loop)."""
    stats = store.stats(now)

    def clusters(source: Store) -> list[Cluster]:
        return build_report(source, now - WEEK, nearest, top=STATS_QUESTIONS, max_clusters=TOP_UNANSWERED,
                            budget=STATS_BUDGET, down_voted=False).clusters

    return stats_card(stats, store.read(clusters, []), messages)


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
