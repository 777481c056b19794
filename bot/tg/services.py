"""What every handler shares: the current answerer (swapped by /reload) and the services around it."""

from __future__ import annotations

from dataclasses import dataclass

from telegram.ext import ContextTypes

from bot.core.answers import Answerer
from bot.curation.store import BackgroundStore
from bot.tg.charts import ChartCache
from bot.tg.chatstate import ConversationState
from bot.tg.flood import FloodGate

Ctx = ContextTypes.DEFAULT_TYPE


class Core:
    """Holds the current answerer; ``/reload`` swaps it in one assignment, so readers never see half a base."""

    def __init__(self, answerer: Answerer) -> None:
        self.answerer = answerer


@dataclass(frozen=True)
class Services:
    """What the handlers use besides the core: the question store, the chart cache, the flood gates (one for
    messages and button presses, a roomier one for inline queries, which arrive as the user types) and the
    conversation state."""

    store: BackgroundStore | None = None
    charts: ChartCache | None = None
    flood: FloodGate | None = None
    inline_flood: FloodGate | None = None
    state: ConversationState | None = None
