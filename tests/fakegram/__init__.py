"""fakegram: a local Telegram Bot API server for end-to-end tests of PTB bots, over real HTTP.

server.py runs it (FakeTelegram; FakeTelegramThread for plain pytest); methods.py is the registry of the
Bot API methods the bots call, with Telegram's limits and errors; faults.py injects failures; test_routes.py
lets a test act as a user and read what the bot sent (client.py: UserClient); html_entities.py is parse_mode=HTML.
"""

from .api import ApiError
from .client import UserClient
from .html_entities import HTMLParseError, parse_html_entities, parse_telegram_html
from .server import FakeTelegram, FakeTelegramThread
from .state import State

__all__ = ["ApiError", "FakeTelegram", "FakeTelegramThread", "HTMLParseError", "State", "UserClient",
           "parse_html_entities", "parse_telegram_html"]
