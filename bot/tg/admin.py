"""Admin commands (/stats, /reload) for the user ids in ADMIN_USER_IDS, in private chats only (the handler table's
filter: their replies quote users' questions); anyone else there gets "unknown command", like any unknown command."""

from __future__ import annotations

import asyncio
import html
import logging
import time
from pathlib import Path

from telegram import Update

from bot.core.render import pack
from bot.curation.reload import reload_knowledge
from bot.curation.stats import admin_stats
from bot.tg.render import card_html
from bot.tg.services import Core, Ctx, Services

log = logging.getLogger(__name__)
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
            await self._say(update, answerer.kb.messages.text("store-off"))
            return
        card = await asyncio.to_thread(admin_stats, store, answerer.nearest, answerer.kb.messages, time.time())
        await self._say(update, card_html(card), escaped=True)

    async def reload(self, update: Update, context: Ctx) -> None:
        """/reload: re-read knowledge/, run the full check, swap the base in only if it passes."""
        if not await self._allowed(update):
            return
        result = await asyncio.to_thread(reload_knowledge, self.knowledge_dir, self.core.answerer.kb)
        if result.answerer is None:
            problems = [str(p) for p in result.problems[:MAX_PROBLEMS]]
            log.warning("reload refused: %d problem(s)", len(result.problems))
            say = self.core.answerer.kb.messages.text
            await self._say(update, say("reload-refused", problems="\n".join(problems)))
            return
        self.core.answerer = result.answerer
        messages = result.answerer.kb.messages
        summary = result.diff.summary(messages) if result.diff else ""
        log.info("knowledge base reloaded: %s", summary.replace("\n", "; "))
        await self._say(update, messages.text("reloaded", count=len(result.answerer.kb.entries), summary=summary))

    async def _allowed(self, update: Update) -> bool:
        user = update.effective_user
        if user is not None and user.id in self.admins:
            return True
        await self._say(update, self.core.answerer.kb.messages.text("unknown-command"))
        return False

    async def _say(self, update: Update, text: str, *, escaped: bool = False) -> None:
        chat = update.effective_chat
        if chat is None:
            return
        for message in pack([text if escaped else html.escape(text)]):
            await chat.send_message(message)
