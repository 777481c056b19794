"""fakegram: a local Telegram Bot API test double for end-to-end tests of PTB bots."""

from .client import UserClient
from .errors import ApiError
from .html_entities import HTMLParseError, parse_html_entities, parse_telegram_html
from .server import FakeTelegram, FakeTelegramThread
from .state import State

__all__ = [
    "ApiError",
    "FakeTelegram",
    "FakeTelegramThread",
    "HTMLParseError",
    "State",
    "UserClient",
    "parse_html_entities",
    "parse_telegram_html",
]
