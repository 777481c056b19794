"""Build and run the python-telegram-bot Application: the only place that wires Telegram to the core."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import urlsplit

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken
from telegram.ext import (
    AIORateLimiter,
    Application,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    PicklePersistence,
    filters,
)

from bot.config import Settings
from bot.core.answers import Answerer
from bot.core.buttons import PATTERNS
from bot.core.commands import COMMANDS, public_commands
from bot.curation.privacy import load_user_secret
from bot.curation.store import BackgroundStore
from bot.errors import ConfigError
from bot.logs import setup_logging
from bot.tg.admin import AdminHandlers
from bot.tg.charts import ChartCache
from bot.tg.flood import FloodGate
from bot.tg.handlers import Handlers
from bot.tg.services import Core, Ctx, Services
from bot.tg.updates import PerChatUpdateProcessor
from bot.tg.webhook import serve_webhook

log = logging.getLogger(__name__)
MEDIA = (filters.Sticker.ALL | filters.PHOTO | filters.VOICE | filters.AUDIO | filters.VIDEO | filters.Document.ALL
         | filters.VIDEO_NOTE | filters.ANIMATION | filters.LOCATION | filters.CONTACT)


def build_services(settings: Settings) -> Services:
    """The question store, chart cache and flood gate, all under the data directory."""
    data = settings.bot_data_dir
    try:
        data.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"BOT_DATA_DIR {data}: {exc.strerror}; point it at a writable directory") from None
    store = BackgroundStore(data / "questions.sqlite3", user_salt(settings),
                            retention_days=settings.question_retention_days) if settings.question_store else None
    return Services(store=store, charts=ChartCache(data / "charts"),
                    flood=FloodGate(settings.flood_limit_per_minute, 60.0))


def user_salt(settings: Settings) -> bytes:
    """The configured secret, else one generated once and kept in the data directory (never a guessable default)."""
    return load_user_secret(settings.user_hash_salt.get_secret_value(), settings.bot_data_dir)


def build_application(settings: Settings, handlers: Handlers, admin: AdminHandlers) -> Application:  # type: ignore[type-arg]
    """The Application with every handler registered, like a routing table."""
    if not settings.token:
        raise ConfigError("TELEGRAM_BOT_TOKEN is not set; put it in the environment or .env")
    settings.bot_data_dir.mkdir(parents=True, exist_ok=True)
    persistence = PicklePersistence(settings.bot_data_dir / "conversations.pickle", update_interval=2)
    builder = (
        Application.builder()
        .token(settings.token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_api_base_url.replace("/bot", "/file/bot"))
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .persistence(persistence)
        .post_init(_announcer(handlers.core))
        .read_timeout(settings.telegram_timeout)
        .write_timeout(settings.telegram_timeout)
        .connect_timeout(settings.telegram_timeout)
        .get_updates_read_timeout(settings.poll_timeout + settings.telegram_timeout)
        .concurrent_updates(PerChatUpdateProcessor())
    )
    if settings.rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))  # type: ignore[arg-type]  # PTB generics
    app = builder.build()
    app.add_handlers(handler_table(handlers, admin))
    app.add_error_handler(handlers.error)
    return app


def handler_table(handlers: Handlers, admin: AdminHandlers) -> list[BaseHandler[Update, Ctx, None]]:
    """Every handler, in the order python-telegram-bot tries them: commands (from the one command table),
    messages, buttons (routed by their callback-data prefix), inline queries."""
    special: dict[str, Callable[[Update, Ctx], Coroutine[Any, Any, None]]] = {
        "start": handlers.start, "topics": handlers.topics, "figures": handlers.figures,
        "stats": admin.stats, "reload": admin.reload,
    }
    new = filters.UpdateType.MESSAGE  # not edited messages, channel posts or business messages
    table: list[BaseHandler[Update, Ctx, None]] = [
        CommandHandler(c.name, special.get(c.name) or handlers.card(c), filters=new) for c in COMMANDS
    ]
    table += [
        MessageHandler(filters.COMMAND & new, handlers.unknown_command),
        MessageHandler(filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGES, handlers.question),
        MessageHandler(MEDIA & new, handlers.media),
        CallbackQueryHandler(handlers.answer_button, pattern=PATTERNS["answer"]),
        CallbackQueryHandler(handlers.sources_button, pattern=PATTERNS["sources"]),
        CallbackQueryHandler(handlers.topics_button, pattern=PATTERNS["topics"]),
        CallbackQueryHandler(handlers.none_button, pattern=PATTERNS["none"]),
        CallbackQueryHandler(handlers.vote_button, pattern=PATTERNS["vote"]),
        CallbackQueryHandler(handlers.stale_button),
        InlineQueryHandler(handlers.inline),
    ]
    return table


def _announcer(core: Core) -> Callable[[Application], Coroutine[Any, Any, None]]:  # type: ignore[type-arg]
    """After start-up: the command menu (the command table's public commands) and one log line."""

    async def post_init(app: Application) -> None:  # type: ignore[type-arg]
        messages = core.answerer.kb.messages
        await app.bot.set_my_commands([BotCommand(c.name, messages.text(c.description)) for c in public_commands()])
        log.info("bot @%s ready", app.bot.username)

    return post_init


def run_bot(settings: Settings, answerer: Answerer) -> int:
    """Run until stopped; a rejected token is a clear one-line error, never a traceback with the token."""
    setup_logging(settings.log_level, [settings.token or "", _secret(settings)])
    try:
        return _run(settings, answerer)
    except InvalidToken:
        log.error("Telegram rejected the bot token; check TELEGRAM_BOT_TOKEN")
        return 1


def _run(settings: Settings, answerer: Answerer) -> int:
    """Long polling by default, a webhook with a secret token when configured."""
    core, services = Core(answerer), build_services(settings)
    admin = AdminHandlers(core, services, frozenset(settings.admin_user_ids), settings.knowledge_dir)
    app = build_application(settings, Handlers(core, services), admin)
    try:
        return _serve(settings, app)
    finally:
        if services.store is not None:
            services.store.close()


def _serve(settings: Settings, app: Application) -> int:  # type: ignore[type-arg]
    if settings.bot_mode == "webhook":
        if not settings.webhook_url or not settings.webhook_secret:
            raise ConfigError("BOT_MODE=webhook needs WEBHOOK_URL and WEBHOOK_SECRET")
        path = "/" + (urlsplit(settings.webhook_url).path.strip("/") or "telegram")
        asyncio.run(serve_webhook(app, listen=settings.webhook_listen, port=settings.webhook_port,
                                  url=settings.webhook_url, secret=_secret(settings), path=path))
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES, timeout=settings.poll_timeout)
    return 0


def _secret(settings: Settings) -> str:
    return settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
