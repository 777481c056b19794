"""The one command table: what each slash command is, for Telegram's handlers and menu, the console and /help.

An adapter looks a command up here; what the command shows as text is its ``card`` (the Telegram
adapter replaces a few with richer replies: buttons for /topics, a picture for /figures).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.core import cards
from bot.core.cards import Card
from bot.kb.knowledge import KnowledgeBase
from bot.kb.messages import MessageKey
from bot.kb.schema import Language


@dataclass(frozen=True, slots=True)
class Command:
    """A slash command: its name, its menu description, its text card, and whether only admins may use it."""

    name: str
    description: MessageKey
    card: Callable[[KnowledgeBase, Language], Card] | None = None
    admin: bool = False


def help_card(kb: KnowledgeBase, lang: Language = "en") -> Card:
    """/help: how to ask, the follow-ups, and every public command with its description."""
    say = kb.messages.text
    example = kb.example_question(0, lang) if kb.examples else ""
    menu = "\n".join(f"/{c.name} – {say(c.description, lang)}" for c in public_commands())
    return Card(say("help-title", lang), (say("help-ask", lang, example=example), say("help-follow-ups", lang), menu))


COMMANDS: tuple[Command, ...] = (
    Command("start", "command-start", cards.welcome),
    Command("topics", "command-topics", cards.topics_card),
    Command("figures", "command-figures", cards.figures_card),
    Command("sources", "command-sources", cards.sources_card),
    Command("about", "command-about", cards.about),
    Command("help", "command-help", help_card),
    Command("language", "command-language"),
    Command("stats", "command-stats", admin=True),
    Command("reload", "command-reload", admin=True),
)
_BY_NAME = {c.name: c for c in COMMANDS}


def public_commands() -> tuple[Command, ...]:
    """The commands everyone may use: the menu Telegram shows and /help lists."""
    return tuple(c for c in COMMANDS if not c.admin)


def parse_command(text: str, bot_username: str = "") -> tuple[str, str] | None:
    """``/name@bot payload`` → (name, payload); None when the text is not a command (or is for another bot)."""
    if not text.startswith("/"):
        return None
    head, _, payload = text[1:].partition(" ")
    name, _, target = head.partition("@")
    if target and bot_username and target.casefold() != bot_username.casefold():
        return None
    return name.casefold(), payload.strip()


def find_command(name: str) -> Command | None:
    """The command called ``name``, if there is one."""
    return _BY_NAME.get(name)
