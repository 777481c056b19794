"""Telegram-side rendering: core buttons and cards as Telegram objects, and which messages are for the bot."""

from __future__ import annotations

import html
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message
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
