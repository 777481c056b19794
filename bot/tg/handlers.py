"""python-telegram-bot handlers: parse the update, call the core, render, send. Nothing else."""

from __future__ import annotations

import asyncio
import html
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import Any

from telegram import (
    Chat,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.core import cards
from bot.core.buttons import (
    Action,
    answer_buttons,
    example_buttons,
    language_buttons,
    parse_callback,
    topic_buttons,
)
from bot.core.chart import chart_caption, chart_key
from bot.core.commands import Command
from bot.core.models import Answer
from bot.core.render import render_html
from bot.kb.language import as_language
from bot.kb.messages import MessageKey
from bot.kb.schema import Language
from bot.tg.chatstate import EMPTY, ChatRecord
from bot.tg.render import addressed_text, card_html, flood_subject, markup
from bot.tg.retry import with_retries
from bot.tg.services import Core, Ctx, Services

log = logging.getLogger(__name__)
INLINE_RESULTS = 10
MAX_INLINE_RESULTS = 50
"""Telegram's limit on results per inline answer."""


class Handlers:
    """Every handler the bot registers; bound methods carry the core, so there are no globals."""

    def __init__(self, core: Core, services: Services | None = None) -> None:
        self.core = core
        self.services = services or Services()

    # -- before everything ------------------------------------------------------------------------
    async def gate(self, update: Update, context: Ctx) -> None:
        """Group -1, in front of every handler: past the per-user limit one polite notice, then silence."""
        subject = flood_subject(update, context.bot.username, context.bot.id)
        gate = self.services.inline_flood if subject and subject[0] == "inline" else self.services.flood
        if subject is None or gate is None:
            return
        verdict = gate.check(subject[1], time.monotonic())
        if verdict == "notice":
            await self._notify(update, "slow-down")
        if verdict != "allow":
            raise ApplicationHandlerStop

    async def overflow(self, update: object) -> None:
        """A chat sent more at once than its line holds: one notice per burst (called by the update processor)."""
        if isinstance(update, Update):
            try:
                await self._notify(update, "chat-busy")
            except TelegramError as exc:
                log.warning("could not send the busy notice: %s", exc)

    async def _notify(self, update: Update, key: MessageKey) -> None:
        """A notice where the user will see it: a button press gets it as a toast, a message in its chat."""
        text = self.core.answerer.kb.messages.text(key, await self._language(update))
        if update.callback_query is not None:
            await update.callback_query.answer(text)
        else:
            await self._reply(update, html.escape(text))  # nothing without a chat (an inline query)

    # -- commands ---------------------------------------------------------------------------------
    async def start(self, update: Update, context: Ctx) -> None:
        """/start, with an optional deep-link payload naming a topic."""
        kb, lang = self.core.answerer.kb, await self._language(update)
        linked = self.core.answerer.topic_answer((context.args or [""])[0], lang)
        if linked is not None:
            await self._send_answer(update, context, linked)
            return
        await self._reply(update, card_html(cards.welcome(kb, lang)), markup(example_buttons(kb, lang)))

    def card(self, command: Command) -> Callable[[Update, Ctx], Coroutine[Any, Any, None]]:
        """A handler that replies with the command's text card (/help, /about, /sources)."""
        make = command.card

        async def reply_card(update: Update, context: Ctx) -> None:
            if make is not None:
                await self._reply(update, card_html(make(self.core.answerer.kb, await self._language(update))))

        return reply_card

    async def figures(self, update: Update, context: Ctx) -> None:
        """/figures: the chart of the three estimates (uploaded once, then re-sent by file_id), or the card."""
        kb, charts, chat = self.core.answerer.kb, self.services.charts, update.effective_chat
        lang = await self._language(update)
        if charts is None or chat is None:
            await self._reply(update, card_html(cards.figures_card(kb, lang)))
            return
        key, caption = chart_key(kb, lang), html.escape(chart_caption(kb, lang))
        known = charts.file_id(key)
        photo = known if known else await asyncio.to_thread(charts.png, kb, lang)
        message = await with_retries(lambda: chat.send_photo(photo, caption=caption))
        if not known and message.photo:
            charts.remember_file_id(key, message.photo[-1].file_id)

    async def topics(self, update: Update, context: Ctx) -> None:
        """/topics as buttons."""
        kb, lang = self.core.answerer.kb, await self._language(update)
        title = cards.Card(kb.messages.text("topics-title", lang), ())
        await self._reply(update, card_html(title), markup(topic_buttons(kb, lang)))

    async def unknown_command(self, update: Update, context: Ctx) -> None:
        """Any command the bot does not know."""
        if update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE:
            await self._reply(update, self._say("unknown-command", await self._language(update)))

    # -- messages ---------------------------------------------------------------------------------
    async def question(self, update: Update, context: Ctx) -> None:
        """A text message: answer it (or, for an edited one, edit the earlier answer)."""
        message = update.effective_message
        if message is None or message.from_user is None or message.from_user.is_bot:
            return
        text = addressed_text(message, context.bot.username, context.bot.id)
        if text is None:
            return
        state = await self._chat_state(update)
        answer = self.core.answerer.answer(text, state.context, prefer=state.chosen or _telegram_language(update))
        if update.edited_message is not None:
            await self._edit_answer(update, context, answer)
        else:
            await self._send_answer(update, context, answer)
        self._record(answer, message)

    def _record(self, answer: Answer, message: Message) -> None:
        """Keep what the curators need: the question, how it was answered, the close candidates."""
        store = self.services.store
        if store is None or message.from_user is None or answer.kind == "small_talk":
            return
        candidates = [(c.id, c.score) for c in answer.alternatives]
        store.record_question(text=answer.question, outcome=answer.outcome, entry=answer.entry_id,
                              score=answer.score, candidates=candidates, chat_type=message.chat.type,
                              user_id=message.from_user.id)

    async def media(self, update: Update, context: Ctx) -> None:
        """Stickers, photos, voice, files: say what the bot can read."""
        chat = update.effective_chat
        if chat is not None and chat.type == ChatType.PRIVATE:
            await self._reply(update, self._say("media-note"))

    # -- buttons and inline -----------------------------------------------------------------------
    async def _pressed(self, update: Update) -> Action | None:
        """The pressed button's action, acknowledged; forged or stale data gets a short notice and ``None``."""
        query = update.callback_query
        if query is None:
            return None
        action = parse_callback(query.data, self.core.answerer.kb)
        if action is None:
            await query.answer(self.core.answerer.kb.messages.text("stale-button"))
            return None
        await query.answer(self.core.answerer.kb.messages.text("vote-thanks") if action.kind == "vote" else None)
        return action

    async def answer_button(self, update: Update, context: Ctx) -> None:
        """A related question, a "did you mean" choice, a topic or an example: answer that entry."""
        action = await self._pressed(update)
        if action is not None:
            answer = self.core.answerer.answer_entry(action.target, lang=await self._language(update))
            await self._send_answer(update, context, answer)

    async def sources_button(self, update: Update, context: Ctx) -> None:
        """📄 Sources: the exact quotes behind the answer; the chat's context stays on the answer."""
        action = await self._pressed(update)
        if action is not None:
            quotes = self.core.answerer.sources_for(action.target, lang=await self._language(update))
            await self._send_answer(update, context, quotes, remember=False)

    async def topics_button(self, update: Update, context: Ctx) -> None:
        """The topics, as buttons."""
        if await self._pressed(update) is not None:
            await self.topics(update, context)

    async def none_button(self, update: Update, context: Ctx) -> None:
        """"None of these" under a did-you-mean: the honest no-match reply, and a note for the curators."""
        query = update.callback_query
        if await self._pressed(update) is None or query is None:
            return
        previous = (await self._chat_state(update)).context
        if self.services.store is not None and query.message is not None:
            self.services.store.record_none_of_these(question=previous.question if previous else "",
                                                     chat_type=query.message.chat.type, user_id=query.from_user.id)
        await self._send_answer(update, context, self.core.answerer.none_of_these(lang=await self._language(update)))

    async def stale_button(self, update: Update, context: Ctx) -> None:
        """Callback data no pattern knows (forged, or from an old version of the bot)."""
        await self._pressed(update)

    async def vote_button(self, update: Update, context: Ctx) -> None:
        """👍/👎 under an answer: one vote per person and answer; pressing again changes it."""
        query, store = update.callback_query, self.services.store
        action = await self._pressed(update)
        if action is None or query is None or query.message is None or store is None:
            return
        key = f"{query.message.chat.id}:{query.message.message_id}"
        store.record_vote(answer_key=key, entry=action.target, vote=action.extra, chat_type=query.message.chat.type,
                          user_id=query.from_user.id)

    async def inline(self, update: Update, context: Ctx) -> None:
        """``@bot question`` in any chat: answer cards that carry their attribution and caveats."""
        query = update.inline_query
        if query is None:
            return
        answerer = self.core.answerer
        results = []
        for answer in answerer.inline_answers(query.query, INLINE_RESULTS, _telegram_language(update)):
            body = render_html(answer, answerer.kb.messages)[0]
            results.append(InlineQueryResultArticle(
                id=answer.entry_id or "none",
                title=answerer.kb.label(answer.entry_id or "", answer.lang),
                description=(answer.parts[0][:120] if answer.parts else ""),
                input_message_content=InputTextMessageContent(body),
            ))
        await query.answer(results[:MAX_INLINE_RESULTS], cache_time=60)

    def _say(self, key: MessageKey, lang: Language = "en") -> str:
        """A message from knowledge/messages.yaml, escaped for Telegram HTML."""
        return html.escape(self.core.answerer.kb.messages.text(key, lang))

    async def _language(self, update: Update) -> Language:
        """The language of a reply with no question to read it from (a command, a button, a notice): the
        user's choice (/language), else the chat's language so far, else Telegram's setting, else English."""
        state = await self._chat_state(update)
        previous = state.context.lang if state.context else None
        return state.chosen or previous or _telegram_language(update) or "en"

    async def language(self, update: Update, context: Ctx) -> None:
        """/language: buttons to choose the language of the bot's replies (remembered for the chat)."""
        lang = await self._language(update)
        await self._reply(update, self._say("language-choose", lang), markup(language_buttons()))

    async def language_button(self, update: Update, context: Ctx) -> None:
        """A language chosen: remember it for the chat and say so in it."""
        action = await self._pressed(update)
        chat, state = update.effective_chat, self.services.state
        if action is None or chat is None:
            return
        if not action.target:
            await self.language(update, context)
            return
        lang: Language = action.target  # type: ignore[assignment]  # parse_callback accepts only known languages
        if state is not None:
            await state.save(chat.id, replace(await state.load(chat.id), chosen=lang))
        await self._reply(update, self._say("language-set", lang))

    # -- sending ----------------------------------------------------------------------------------
    async def _chat_state(self, update: Update) -> ChatRecord:
        """What the chat was last told (empty without a chat or a state store)."""
        chat, state = update.effective_chat, self.services.state
        return await state.load(chat.id) if chat is not None and state is not None else EMPTY

    async def _reply(self, update: Update, text: str, keyboard: InlineKeyboardMarkup | None = None) -> Message | None:
        chat = update.effective_chat
        if chat is None:
            return None
        return await with_retries(lambda: chat.send_message(text, reply_markup=keyboard))

    async def _send_answer(self, update: Update, context: Ctx, answer: Answer, *, remember: bool = True) -> None:
        """Send the answer; its context is stored first, so a follow-up finds it even after a crash."""
        chat, state = update.effective_chat, self.services.state
        if chat is None:
            return
        record = await self._chat_state(update)
        if remember and state is not None:
            record = record.with_context(answer.context())
            await state.save(chat.id, record)
        sent = await self._send_parts(chat, answer)
        question = update.message or update.edited_message
        if question is not None and state is not None:  # so that editing the question edits the answer
            state.put(chat.id, record.with_replies(question.message_id, sent))

    async def _send_parts(self, chat: Chat, answer: Answer) -> tuple[int, ...]:
        """The answer in as many messages as it takes, the buttons under the last; their ids."""
        messages = render_html(answer, self.core.answerer.kb.messages)
        buttons = markup(answer_buttons(answer, self.core.answerer.kb.messages))
        sent: list[int] = []
        for i, text in enumerate(messages):
            keyboard = buttons if i == len(messages) - 1 else None
            message = await with_retries(lambda t=text, k=keyboard: chat.send_message(t, reply_markup=k))  # type: ignore[misc]
            sent.append(message.message_id)
        return tuple(sent)

    async def _edit_answer(self, update: Update, context: Ctx, answer: Answer) -> None:
        edited, chat, state = update.edited_message, update.effective_chat, self.services.state
        record = await self._chat_state(update)
        replies = record.replies_to(edited.message_id) if edited is not None else None
        if not replies or chat is None or state is None:
            await self._send_answer(update, context, answer)
            return
        await state.save(chat.id, record.with_context(answer.context()))
        chat_id, message_id = chat.id, replies[0]
        text = render_html(answer, self.core.answerer.kb.messages)[0]
        keyboard = markup(answer_buttons(answer, self.core.answerer.kb.messages))
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
                await update.effective_chat.send_message(self._say("apology"))
            except Exception:
                log.warning("could not send the apology", exc_info=True)


def _telegram_language(update: Update) -> Language | None:
    """The language the user's Telegram app is set to, when the bot speaks it."""
    code = (update.effective_user.language_code or "") if update.effective_user else ""
    base = code.split("-")[0].casefold()
    return as_language(base)
