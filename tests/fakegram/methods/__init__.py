"""The Bot API methods; importing the modules registers their handlers in METHODS."""

from . import bot, media, messages, queries, updates
from .base import METHODS, Ctx, Handler, Reply

__all__ = ["METHODS", "Ctx", "Handler", "Reply", "bot", "media", "messages", "queries", "updates"]
