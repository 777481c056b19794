"""The baseline for the end-to-end benchmark: the same python-telegram-bot setup, replying a fixed text."""

from __future__ import annotations

import os

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, ContextTypes, Defaults, MessageHandler, filters

from bot.config import load_settings
from bot.tg.updates import PerChatUpdateProcessor

FIXED = "Thanks for your question."
# As large as a typical answer: ~700 characters of HTML and five rows of buttons, so that a comparison
# with the fact-bot measures what the core adds, not the size of the messages.
ANSWER_SIZED = "\n\n".join(
    [("The article says " + "this is a fixed paragraph of about the same length as a real answer. " * 6).strip()]
    + ["⚠️ <b>Caveats</b>\n• <i>" + "a fixed caveat of typical length, " * 3 + "</i>" for _ in range(2)]
    + ["<b>Sources:</b> the Ukrainian authorities; Deutsche Welle; NATO; Russia."]
)
KEYBOARD = InlineKeyboardMarkup(
    [[InlineKeyboardButton("📄 Sources", callback_data="s:x")],
     [InlineKeyboardButton("👍", callback_data="v:x:up"), InlineKeyboardButton("👎", callback_data="v:x:down")]]
    + [[InlineKeyboardButton(f"Related question {i}", callback_data=f"a:x{i}")] for i in range(3)]
)


async def reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply a fixed text, nothing else: the cost of Telegram I/O alone."""
    if update.effective_chat is None:
        return
    if os.environ.get("FIXED_REPLY") == "answer-sized":
        await update.effective_chat.send_message(ANSWER_SIZED, reply_markup=KEYBOARD)
    else:
        await update.effective_chat.send_message(FIXED)


def main() -> None:
    settings = load_settings()
    assert settings.token, "TELEGRAM_BOT_TOKEN is required"
    builder = Application.builder().token(settings.token).base_url(settings.telegram_api_base_url)
    builder = builder.defaults(Defaults(parse_mode=ParseMode.HTML)).concurrent_updates(PerChatUpdateProcessor())
    if settings.rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
    app = builder.build()
    app.add_handler(MessageHandler(filters.TEXT, reply))

    async def ready(application: Application) -> None:  # type: ignore[type-arg]
        await application.bot.set_my_commands([])

    app.post_init = ready
    app.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
