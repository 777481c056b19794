"""Build and run the python-telegram-bot Application: the only place that wires Telegram to the core."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.config import TELEGRAM_API, Settings
from bot.core.answers import Answerer
from bot.core.buttons import PATTERNS
from bot.core.commands import COMMANDS, public_commands
from bot.curation.privacy import load_user_secret
from bot.curation.store import BackgroundStore
from bot.errors import ConfigError
from bot.logs import setup_logging
from bot.tg.admin import AdminHandlers
from bot.tg.charts import ChartCache
from bot.tg.chatstate import ConversationState
from bot.tg.flood import FloodGate
from bot.tg.handlers import Handlers
from bot.tg.render import acted_on
from bot.tg.retry import with_retries
from bot.tg.services import Core, Ctx, Services
from bot.tg.startup import one_line_network_trouble, reach_telegram, reason
from bot.tg.updates import PerChatUpdateProcessor
from bot.tg.webhook import webhook_server

log = logging.getLogger(__name__)
INLINE_ALLOWANCE = 3
"""Inline queries arrive as the user types, several per search: they get this many times the per-user limit."""
MEDIA = (filters.Sticker.ALL | filters.PHOTO | filters.VOICE | filters.AUDIO | filters.VIDEO | filters.Document.ALL
         | filters.VIDEO_NOTE | filters.ANIMATION | filters.LOCATION | filters.CONTACT)


def build_services(settings: Settings) -> Services:
    """The question store, chart cache, flood gates and conversation state, files under the data directory."""
    data = settings.bot_data_dir
    try:
        data.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"BOT_DATA_DIR {data}: {exc.strerror}; point it at a writable directory") from None
    salt = user_salt(settings)
    store = BackgroundStore(data / "questions.sqlite3", salt,
                            retention_days=settings.question_retention_days) if settings.question_store else None
    limit = settings.flood_limit_per_minute
    return Services(store=store, charts=ChartCache(data / "charts"), flood=FloodGate(limit, 60.0),
                    inline_flood=FloodGate(limit * INLINE_ALLOWANCE, 60.0),
                    state=conversation_state(settings, salt.hex()))


def conversation_state(settings: Settings, secret: str) -> ConversationState:
    """The conversation state file; the pickle of earlier versions (raw chat ids, never pruned) is removed."""
    old = settings.bot_data_dir / "conversations.pickle"
    with contextlib.suppress(FileNotFoundError):
        old.unlink()
        log.info("removed %s: conversation state now lives in conversations.sqlite3", old)
    return ConversationState.open(settings.bot_data_dir / "conversations.sqlite3", secret,
                                  settings.context_ttl_hours * 3600)


def user_salt(settings: Settings) -> bytes:
    """The configured secret, else one generated once and kept in the data directory (never a guessable default)."""
    return load_user_secret(settings.user_hash_salt.get_secret_value(), settings.bot_data_dir)


def build_application(settings: Settings, handlers: Handlers, admin: AdminHandlers) -> Application:  # type: ignore[type-arg]
    """The Application with every handler registered, like a routing table; no persistence (the conversation
    state is ``Services.state``), so no user, chat, bot or callback data is kept."""
    if not settings.token:
        raise ConfigError("TELEGRAM_BOT_TOKEN is not set; put it in the environment or .env")
    processor = PerChatUpdateProcessor(on_overflow=handlers.overflow)
    builder = (
        Application.builder()
        .token(settings.token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_api_base_url.replace("/bot", "/file/bot"))
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .post_init(_announcer(handlers.core))
        .read_timeout(settings.telegram_timeout)
        .write_timeout(settings.telegram_timeout)
        .connect_timeout(settings.telegram_timeout)
        .get_updates_read_timeout(settings.poll_timeout + settings.telegram_timeout)
        .concurrent_updates(processor)
    )
    if settings.rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))  # type: ignore[arg-type]  # PTB generics
    app = builder.build()
    processor.relevant = lambda update: acted_on(update, app.bot)  # asked only once the bot knows its name
    app.add_handler(TypeHandler(Update, handlers.gate), group=-1)  # the flood gate, before every handler
    app.add_handlers(handler_table(handlers, admin))
    app.add_error_handler(handlers.error)
    return app


def handler_table(handlers: Handlers, admin: AdminHandlers) -> list[BaseHandler[Update, Ctx, None]]:
    """Every handler, in the order python-telegram-bot tries them: commands (from the one command table),
    messages, buttons (routed by their callback-data prefix), inline queries."""
    special: dict[str, Callable[[Update, Ctx], Coroutine[Any, Any, None]]] = {
        "start": handlers.start, "topics": handlers.topics, "figures": handlers.figures,
        "language": handlers.language, "stats": admin.stats, "reload": admin.reload,
    }
    new = filters.UpdateType.MESSAGE  # not edited messages, channel posts or business messages
    private = new & filters.ChatType.PRIVATE  # admin replies quote users' questions: never in a shared chat
    table: list[BaseHandler[Update, Ctx, None]] = [
        CommandHandler(c.name, special.get(c.name) or handlers.card(c), filters=private if c.admin else new)
        for c in COMMANDS
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
        CallbackQueryHandler(handlers.language_button, pattern=PATTERNS["language"]),
        CallbackQueryHandler(handlers.stale_button),
        InlineQueryHandler(handlers.inline),
    ]
    return table


def _announcer(core: Core) -> Callable[[Application], Coroutine[Any, Any, None]]:  # type: ignore[type-arg]
    """After start-up: the command menu (the command table's public commands) and one log line."""

    async def post_init(app: Application) -> None:  # type: ignore[type-arg]
        messages = core.answerer.kb.messages
        for lang in core.answerer.languages:  # the menu in each language, for users whose Telegram is set to it
            menu = [BotCommand(c.name, messages.text(c.description, lang)) for c in public_commands()]
            code = None if lang == "en" else lang
            await with_retries(lambda m=menu, c=code: app.bot.set_my_commands(m, language_code=c))  # type: ignore[misc]
        log.info("bot @%s ready", app.bot.username)

    return post_init


def run_bot(settings: Settings, answerer: Answerer) -> int:
    """Run until stopped. Expected failures are one clear line each, never a traceback or the token:
    a setting that cannot work (``ConfigError``, printed by the CLI), a token Telegram rejects, a webhook
    Telegram refuses. No network at start is not a failure: ``reach_telegram`` retries until it is back."""
    setup_logging(settings.log_level, [settings.token or "", _secret(settings)])
    for handler in logging.getLogger().handlers:
        handler.addFilter(one_line_network_trouble)
    settings.check_for_run()
    try:
        return _run(settings, answerer)
    except InvalidToken:
        where = "" if settings.telegram_api_base_url == TELEGRAM_API else \
            " (or TELEGRAM_API_BASE_URL does not point at a Bot API server)"
        log.error("Telegram rejected the bot token; check TELEGRAM_BOT_TOKEN%s", where)
        return 1
    except TelegramError as exc:
        if isinstance(exc, NetworkError) and not isinstance(exc, BadRequest):  # reached, then lost during the start
            log.error("lost Telegram at %s while starting: %s", settings.telegram_api_base_url, reason(exc))
        else:  # e.g. a webhook URL Telegram will not call
            log.error("Telegram refused to start the bot: %s", reason(exc))
        return 1


def _run(settings: Settings, answerer: Answerer) -> int:
    """Long polling by default, a webhook with a secret token when configured."""
    core, services = Core(answerer), build_services(settings)
    admin = AdminHandlers(core, services, frozenset(settings.admin_user_ids), settings.knowledge_dir)
    app = build_application(settings, Handlers(core, services), admin)
    try:
        asyncio.run(_serve(settings, app))
        return 0
    finally:
        if services.state is not None:
            services.state.close()
        if services.store is not None:
            services.store.close()


async def _serve(settings: Settings, app: Application) -> None:  # type: ignore[type-arg]
    """Reach Telegram, start, receive updates until SIGINT or SIGTERM, then stop cleanly."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    if not await reach_telegram(app.bot, settings.telegram_api_base_url, stop):
        return
    async with app:
        if app.post_init is not None:
            await app.post_init(app)
        await app.start()
        try:
            async with _receiving(settings, app):
                await stop.wait()
        finally:
            await app.stop()


@contextlib.asynccontextmanager
async def _receiving(settings: Settings, app: Application) -> AsyncIterator[None]:  # type: ignore[type-arg]
    """Updates by webhook (with its secret) or by long polling, for as long as the context lasts."""
    if settings.bot_mode == "webhook":
        async with webhook_server(app, listen=settings.webhook_listen, port=settings.webhook_port,
                                  url=settings.webhook_url or "", secret=_secret(settings),
                                  path=settings.webhook_path):
            yield
        return
    updater = app.updater
    assert updater is not None
    where = settings.telegram_api_base_url
    await updater.start_polling(timeout=settings.poll_timeout, allowed_updates=Update.ALL_TYPES,
                                bootstrap_retries=-1,
                                error_callback=lambda exc: log.warning("cannot reach Telegram at %s: %s; retrying",
                                                                       where, exc))
    try:
        yield
    finally:
        await updater.stop()


def _secret(settings: Settings) -> str:
    return settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
