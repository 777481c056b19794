"""The baseline for the end-to-end benchmark: the same python-telegram-bot setup, replying a fixed text."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, ContextTypes, Defaults, MessageHandler, filters

from bot.config import load_settings

FIXED = "Thanks for your question."


async def reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply a fixed text, nothing else: the cost of Telegram I/O alone."""
    if update.effective_chat is not None:
        await update.effective_chat.send_message(FIXED)


def main() -> None:
    settings = load_settings()
    assert settings.token, "TELEGRAM_BOT_TOKEN is required"
    builder = Application.builder().token(settings.token).base_url(settings.telegram_api_base_url)
    builder = builder.defaults(Defaults(parse_mode=ParseMode.HTML))
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
