"""python-telegram-bot handlers: parse the update, call the core, render, send. Nothing else."""

from __future__ import annotations

import asyncio
import html
import logging
import time
from dataclasses import dataclass
from typing import Any

from telegram import (
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden
from telegram.ext import ContextTypes

from bot.core import cards
from bot.core.answers import Answerer
from bot.core.buttons import Button, answer_buttons, parse_callback, topic_buttons
from bot.core.chart import chart_caption, chart_key
from bot.core.conversation import Context
from bot.core.models import Answer
from bot.core.render import render_html
from bot.curation.store import BackgroundStore
from bot.tg.charts import ChartCache
from bot.tg.flood import FloodGate
from bot.tg.render import addressed_text, card_html, markup
from bot.tg.retry import with_retries

log = logging.getLogger(__name__)
Ctx = ContextTypes.DEFAULT_TYPE
MEDIA_NOTE = "I can only read text. Ask me a question about the article in words, e.g. “How many soldiers died?”"
UNKNOWN_COMMAND = "I don't know that command. Try /help."
STALE_BUTTON = "That button is out of date; ask me again."
APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."
THANKS = "Thanks for the feedback!"
SLOW_DOWN = "You're asking faster than I can keep up with. Please wait a minute, then ask again."
OUTCOMES = {"answer": "answered", "sources": "answered", "details": "answered", "not_covered": "not_covered",
            "ambiguous": "ambiguous", "no_match": "no_match"}
MAX_REMEMBERED_REPLIES = 200
INLINE_RESULTS = 10
class Core:
    """Holds the current answerer; ``/reload`` swaps it in one assignment, so readers never see half a base."""

    def __init__(self, answerer: Answerer) -> None:
        self.answerer = answerer


@dataclass(frozen=True)
class Services:
    """What the handlers use besides the core: the question store, the chart cache, the flood gate."""

    store: BackgroundStore | None = None
    charts: ChartCache | None = None
    flood: FloodGate | None = None


class Handlers:
    """Every handler the bot registers; bound methods carry the core, so there are no globals."""

    def __init__(self, core: Core, services: Services | None = None) -> None:
        self.core = core
        self.services = services or Services()

    # -- commands ---------------------------------------------------------------------------------
    async def start(self, update: Update, context: Ctx) -> None:
        """/start, with an optional deep-link payload naming a topic."""
        kb = self.core.answerer.kb
        payload = (context.args or [""])[0].casefold()[:64]
        topic = kb.topics.get(payload)
        if topic is not None and update.effective_chat is not None:
            await self._send_answer(update, context, self.core.answerer.answer_entry(topic.entry))
            return
        examples = [[Button(q, f"a:{e}")] for q, e in zip(cards.EXAMPLES, _EXAMPLE_ENTRIES, strict=True)
                    if e in kb.entries]
        await self._reply(update, card_html(cards.welcome(kb)), markup(examples))

    async def help(self, update: Update, context: Ctx) -> None:
        """/help."""
        await self._reply(update, card_html(cards.help_card(self.core.answerer.kb)))

    async def about(self, update: Update, context: Ctx) -> None:
        """/about."""
        await self._reply(update, card_html(cards.about(self.core.answerer.kb)))

    async def sources(self, update: Update, context: Ctx) -> None:
        """/sources."""
        await self._reply(update, card_html(cards.sources_card(self.core.answerer.kb)))

    async def figures(self, update: Update, context: Ctx) -> None:
        """/figures: the chart of the three estimates (uploaded once, then re-sent by file_id), or the card."""
        kb, charts, chat = self.core.answerer.kb, self.services.charts, update.effective_chat
        if charts is None or chat is None:
            await self._reply(update, card_html(cards.figures_card(kb)))
            return
        key, caption = chart_key(kb), html.escape(chart_caption(kb))
        known = charts.file_id(key)
        photo = known if known else await asyncio.to_thread(charts.png, kb)
        message = await with_retries(lambda: chat.send_photo(photo, caption=caption))
        if not known and message.photo:
            charts.remember_file_id(key, message.photo[-1].file_id)

    async def topics(self, update: Update, context: Ctx) -> None:
        """/topics as buttons."""
        kb = self.core.answerer.kb
        await self._reply(update, card_html(cards.Card("What I can answer", ())), markup(topic_buttons(kb)))

    async def unknown_command(self, update: Update, context: Ctx) -> None:
        """Any command the bot does not know."""
        if update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE:
            await self._reply(update, UNKNOWN_COMMAND)

    # -- messages ---------------------------------------------------------------------------------
    async def question(self, update: Update, context: Ctx) -> None:
        """A text message: answer it (or, for an edited one, edit the earlier answer)."""
        message = update.effective_message
        if message is None or message.from_user is None or message.from_user.is_bot:
            return
        text = addressed_text(message, context.bot.username, context.bot.id)
        if text is None or not await self._within_limit(update, message.from_user.id):
            return
        answer = self.core.answerer.answer(text, _context(context))
        if update.edited_message is not None:
            await self._edit_answer(update, context, answer)
        else:
            await self._send_answer(update, context, answer)
        self._record(answer, message)

    async def _within_limit(self, update: Update, user_id: int) -> bool:
        """Past the per-user limit: one polite notice, then silence until the window has room again."""
        gate = self.services.flood
        verdict = gate.check(user_id, time.monotonic()) if gate is not None else "allow"
        if verdict == "notice":
            await self._reply(update, html.escape(SLOW_DOWN))
        return verdict == "allow"

    def _record(self, answer: Answer, message: Message) -> None:
        """Keep what the curators need: the question, how it was answered, the close candidates."""
        store = self.services.store
        if store is None or message.from_user is None:
            return
        candidates = [(c.id, c.score) for c in answer.alternatives]
        store.record_question(text=answer.question, outcome=OUTCOMES[answer.kind], entry=answer.entry_id,
                              score=answer.score, candidates=candidates, chat_type=message.chat.type,
                              user_id=message.from_user.id)

    async def media(self, update: Update, context: Ctx) -> None:
        """Stickers, photos, voice, files: say what the bot can read."""
        chat = update.effective_chat
        if chat is not None and chat.type == ChatType.PRIVATE:
            await self._reply(update, html.escape(MEDIA_NOTE))

    # -- buttons and inline -----------------------------------------------------------------------
    async def button(self, update: Update, context: Ctx) -> None:
        """A pressed inline button; forged or stale data gets a short notice, nothing else."""
        query = update.callback_query
        if query is None:
            return
        answerer = self.core.answerer
        action = parse_callback(query.data, answerer.kb)
        if action is None:
            await query.answer(STALE_BUTTON)
            return
        await query.answer(THANKS if action.kind == "vote" else None)
        if action.kind == "sources":
            await self._send_answer(update, context, answerer.sources_for(action.target), remember=False)
        elif action.kind == "answer":
            await self._send_answer(update, context, answerer.answer_entry(action.target))
        elif action.kind == "topics":
            await self.topics(update, context)
        elif action.kind == "none":
            previous = _context(context)
            if self.services.store is not None and query.message is not None:
                self.services.store.record_none_of_these(question=previous.question if previous else "",
                                                         chat_type=query.message.chat.type, user_id=query.from_user.id)
            await self._send_answer(update, context, answerer.none_of_these())
        elif action.kind == "vote":
            await self.vote(update, context, action.target, action.extra)

    async def vote(self, update: Update, context: Ctx, entry_id: str, vote: str) -> None:
        """👍/👎 under an answer: one vote per person and answer; pressing again changes it."""
        query, store = update.callback_query, self.services.store
        if query is None or query.message is None or store is None:
            return
        key = f"{query.message.chat.id}:{query.message.message_id}"
        store.record_vote(answer_key=key, entry=entry_id, vote=vote, chat_type=query.message.chat.type,
                          user_id=query.from_user.id)

    async def inline(self, update: Update, context: Ctx) -> None:
        """``@bot question`` in any chat: answer cards that carry their attribution and caveats."""
        query = update.inline_query
        if query is None:
            return
        answerer = self.core.answerer
        results = []
        for answer in answerer.inline_answers(query.query, INLINE_RESULTS):
            body = render_html(answer)[0]
            results.append(InlineQueryResultArticle(
                id=answer.entry_id or "none",
                title=answerer.kb.label(answer.entry_id or ""),
                description=(answer.parts[0][:120] if answer.parts else ""),
                input_message_content=InputTextMessageContent(body),
            ))
        await query.answer(results[:50], cache_time=60)

    # -- sending ----------------------------------------------------------------------------------
    async def _reply(self, update: Update, text: str, keyboard: InlineKeyboardMarkup | None = None) -> Message | None:
        chat = update.effective_chat
        if chat is None:
            return None
        return await with_retries(lambda: chat.send_message(text, reply_markup=keyboard))

    async def _send_answer(self, update: Update, context: Ctx, answer: Answer, *, remember: bool = True) -> None:
        chat = update.effective_chat
        if chat is None:
            return
        if remember:
            _keep_context(context, answer)
        messages = render_html(answer)
        sent: list[int] = []
        for i, text in enumerate(messages):
            keyboard = markup(answer_buttons(answer)) if i == len(messages) - 1 else None
            message = await with_retries(lambda t=text, k=keyboard: chat.send_message(t, reply_markup=k))  # type: ignore[misc]
            sent.append(message.message_id)
        source = update.message
        if source is not None and context.chat_data is not None:
            _remember(context.chat_data, source.message_id, sent)

    async def _edit_answer(self, update: Update, context: Ctx, answer: Answer) -> None:
        edited = update.edited_message
        replies = (context.chat_data or {}).get("replies", {})
        if edited is None or edited.message_id not in replies or update.effective_chat is None:
            await self._send_answer(update, context, answer)
            return
        _keep_context(context, answer)
        chat_id, message_id = update.effective_chat.id, replies[edited.message_id][0]
        text, keyboard = render_html(answer)[0], markup(answer_buttons(answer))
        try:
            await with_retries(lambda: context.bot.edit_message_text(text, chat_id, message_id, reply_markup=keyboard))
        except BadRequest as exc:
            if "not modified" not in str(exc):
                raise

    # -- errors -----------------------------------------------------------------------------------
    async def error(self, update: object, context: Ctx) -> None:
        """One place for errors: blocked users are routine, everything else is logged and apologised for."""
        error = context.error
        if isinstance(error, Forbidden):
            log.info("a user blocked the bot or removed it: %s", error)
            return
        if isinstance(error, BadRequest) and "not modified" in str(error):
            return
        log.error("error while handling an update", exc_info=error)
        if isinstance(update, Update) and update.effective_chat is not None:
            try:
                await update.effective_chat.send_message(APOLOGY)
            except Exception:
                log.warning("could not send the apology", exc_info=True)


_EXAMPLE_ENTRIES = ("casualties-overview", "legal-resign", "cnn-deceived")


def _context(context: Ctx) -> Context | None:
    value = (context.chat_data or {}).get("context")
    return value if isinstance(value, Context) else None


def _keep_context(context: Ctx, answer: Answer) -> None:
    """What the chat's next follow-up may refer to; kept in chat_data, so it survives a restart."""
    if context.chat_data is not None:
        context.chat_data["context"] = answer.context()


def _remember(chat_data: dict[Any, Any], message_id: int, sent: list[int]) -> None:
    replies: dict[int, list[int]] = chat_data.setdefault("replies", {})
    replies[message_id] = sent
    while len(replies) > MAX_REMEMBERED_REPLIES:
        replies.pop(next(iter(replies)))
