"""Telegram-side rendering: core buttons and cards as Telegram objects, and which messages are for the bot."""

from __future__ import annotations

import html
import re
from typing import Literal

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType

from bot.core import cards
from bot.core.buttons import Button


def markup(rows: list[list[Button]]) -> InlineKeyboardMarkup | None:
    """Core buttons as Telegram's keyboard."""
    if not rows:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in rows])


def card_html(card: cards.Card) -> str:
    """A fixed card as escaped Telegram HTML."""
    return "\n\n".join((f"<b>{html.escape(card.title)}</b>", *(html.escape(p) for p in card.paragraphs)))


def addressed_text(message: Message, bot_username: str, bot_id: int) -> str | None:
    """The question in ``message`` if it is meant for the bot: any private text; in groups a mention or reply."""
    text = message.text or ""
    if message.chat.type == ChatType.PRIVATE:
        return text
    mention = f"@{bot_username}".casefold()
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return text
    if mention in text.casefold():
        return re.sub(re.escape(mention), " ", text, flags=re.IGNORECASE).strip()
    return None


def for_the_bot(message: Message, bot_username: str, bot_id: int) -> bool:
    """Whether the bot acts on ``message``: anything in a private chat; in groups a command that is not
    another bot's, a mention or a reply (group chatter is not the bot's to count)."""
    if message.chat.type == ChatType.PRIVATE:
        return True
    text = message.text or ""
    if text.startswith("/"):
        target = text.split(maxsplit=1)[0].partition("@")[2]
        return target.casefold() in ("", bot_username.casefold())
    return addressed_text(message, bot_username, bot_id) is not None


def flood_subject(update: Update, bot_username: str, bot_id: int) -> tuple[Literal["chat", "inline"], int] | None:
    """Who an update counts against under the flood limit, and in which bucket; ``None``: it costs nothing.

    Every kind the bot acts on counts: messages and commands (new or edited), button presses, inline queries.
    Channel posts, business messages and group chatter not addressed to the bot do not.
    """
    if update.inline_query is not None:
        return "inline", update.inline_query.from_user.id
    if update.callback_query is not None:
        return "chat", update.callback_query.from_user.id
    message = update.message or update.edited_message
    if message is None or message.from_user is None or message.from_user.is_bot:
        return None
    return ("chat", message.from_user.id) if for_the_bot(message, bot_username, bot_id) else None


def acted_on(update: object, bot: Bot) -> bool:
    """Whether the bot does anything with ``update`` (what counts against the flood limit, stands in line)."""
    return isinstance(update, Update) and flood_subject(update, bot.username, bot.id) is not None
