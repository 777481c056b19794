"""Build and run the python-telegram-bot Application: the only place that wires Telegram to the core."""

from __future__ import annotations

import asyncio
import logging
import secrets
from urllib.parse import urlsplit

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken
from telegram.ext import (
    AIORateLimiter,
    Application,
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
from bot.curation.store import BackgroundStore
from bot.errors import ConfigError
from bot.logs import setup_logging
from bot.tg.admin import AdminHandlers
from bot.tg.charts import ChartCache
from bot.tg.flood import FloodGate
from bot.tg.handlers import Core, Handlers, Services
from bot.tg.updates import PerChatUpdateProcessor
from bot.tg.webhook import serve_webhook

log = logging.getLogger(__name__)
COMMANDS = (
    ("start", "What I know and how to ask"),
    ("topics", "Topics I can answer"),
    ("figures", "Casualty estimates side by side"),
    ("sources", "Who the article cites"),
    ("about", "The article and my rules"),
    ("help", "How to use me"),
)
MEDIA = (filters.Sticker.ALL | filters.PHOTO | filters.VOICE | filters.AUDIO | filters.VIDEO | filters.Document.ALL
         | filters.VIDEO_NOTE | filters.ANIMATION | filters.LOCATION | filters.CONTACT)


def build_services(settings: Settings) -> Services:
    """The question store, chart cache and flood gate, all under the data directory."""
    data = settings.bot_data_dir
    try:
        data.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"BOT_DATA_DIR {data}: {exc.strerror}; point it at a writable directory") from None
    store = BackgroundStore(data / "questions.sqlite3", user_salt(settings)) if settings.question_store else None
    return Services(store=store, charts=ChartCache(data / "charts"),
                    flood=FloodGate(settings.flood_limit_per_minute, 60.0))


def user_salt(settings: Settings) -> str:
    """The configured salt, else one generated once and kept in the data directory (never a guessable default)."""
    if settings.user_hash_salt.get_secret_value():
        return settings.user_hash_salt.get_secret_value()
    path = settings.bot_data_dir / "user_hash_salt"
    if not path.exists():
        path.write_text(secrets.token_hex(32), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


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
        .post_init(_post_init)
        .read_timeout(settings.telegram_timeout)
        .write_timeout(settings.telegram_timeout)
        .connect_timeout(settings.telegram_timeout)
        .get_updates_read_timeout(settings.poll_timeout + settings.telegram_timeout)
        .concurrent_updates(PerChatUpdateProcessor())
    )
    if settings.rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))  # type: ignore[arg-type]  # PTB generics
    app = builder.build()
    for name, callback in (("start", handlers.start), ("help", handlers.help), ("about", handlers.about),
                           ("sources", handlers.sources), ("figures", handlers.figures), ("topics", handlers.topics)):
        app.add_handler(CommandHandler(name, callback, filters=~filters.UpdateType.EDITED_MESSAGE))
    for name, callback in (("stats", admin.stats), ("reload", admin.reload)):
        app.add_handler(CommandHandler(name, callback, filters=~filters.UpdateType.EDITED_MESSAGE))
    app.add_handler(MessageHandler(filters.COMMAND & ~filters.UpdateType.EDITED_MESSAGE, handlers.unknown_command))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, handlers.question))
    app.add_handler(MessageHandler(MEDIA & ~filters.UpdateType.EDITED_MESSAGE, handlers.media))
    app.add_handler(CallbackQueryHandler(handlers.button))
    app.add_handler(InlineQueryHandler(handlers.inline))
    app.add_error_handler(handlers.error)
    return app


async def _post_init(app: Application) -> None:  # type: ignore[type-arg]
    await app.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
    log.info("bot @%s ready", app.bot.username)


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
