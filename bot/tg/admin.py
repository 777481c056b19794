"""Admin commands (/stats, /reload) for the user ids in ADMIN_USER_IDS; everyone else gets "unknown command"."""

from __future__ import annotations

import asyncio
import html
import logging
import time
from pathlib import Path

from telegram import Update

from bot.core.render import pack
from bot.curation.reload import reload_knowledge
from bot.curation.report import build_report
from bot.curation.stats import stats_card
from bot.tg.handlers import UNKNOWN_COMMAND, Core, Ctx, Services
from bot.tg.render import card_html

log = logging.getLogger(__name__)
WEEK = 7 * 24 * 3600
MAX_PROBLEMS = 30


class AdminHandlers:
    """The curator's levers inside Telegram; checks who is asking before doing anything."""

    def __init__(self, core: Core, services: Services, admins: frozenset[int], knowledge_dir: Path) -> None:
        self.core = core
        self.services = services
        self.admins = admins
        self.knowledge_dir = knowledge_dir

    async def stats(self, update: Update, context: Ctx) -> None:
        """/stats: questions today and this week, answered share, top entries, top unanswered clusters."""
        if not await self._allowed(update):
            return
        store, answerer = self.services.store, self.core.answerer
        if store is None:
            await self._say(update, "The question store is switched off (QUESTION_STORE=false).")
            return
        now = time.time()
        stats, questions, votes = await asyncio.to_thread(lambda: (store.stats(now), store.questions(now - WEEK),
                                                                   store.votes(now - WEEK)))

        def nearest(text: str) -> tuple[str | None, float]:
            ranked = answerer.matcher.rank(text, 1)[1]
            return (ranked[0].id, ranked[0].score) if ranked else (None, 0.0)

        clusters = await asyncio.to_thread(build_report, questions, votes, nearest)
        await self._say(update, card_html(stats_card(stats, clusters)), escaped=True)

    async def reload(self, update: Update, context: Ctx) -> None:
        """/reload: re-read knowledge/, run the full check, swap the base in only if it passes."""
        if not await self._allowed(update):
            return
        result = await asyncio.to_thread(reload_knowledge, self.knowledge_dir, self.core.answerer.kb)
        if result.answerer is None:
            problems = [str(p) for p in result.problems[:MAX_PROBLEMS]]
            log.warning("reload refused: %d problem(s)", len(result.problems))
            await self._say(update, "Reload refused; still answering with the previous base.\n\n" + "\n".join(problems))
            return
        self.core.answerer = result.answerer
        summary = result.diff.summary() if result.diff else ""
        log.info("knowledge base reloaded: %s", summary.replace("\n", "; "))
        await self._say(update, f"Reloaded: {len(result.answerer.kb.entries)} entries.\n{summary}")

    async def _allowed(self, update: Update) -> bool:
        user = update.effective_user
        if user is not None and user.id in self.admins:
            return True
        await self._say(update, UNKNOWN_COMMAND)
        return False

    async def _say(self, update: Update, text: str, *, escaped: bool = False) -> None:
        chat = update.effective_chat
        if chat is None:
            return
        for message in pack([text if escaped else html.escape(text)]):
            await chat.send_message(message)
