"""The local chat: the same answers and the same command table as the Telegram bot, in a terminal, no network."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.core.answers import Answerer
from bot.core.commands import find_command, parse_command
from bot.core.conversation import Context
from bot.core.models import Answer
from bot.core.render import render_plain
from bot.kb.schema import Language

QUIT = ("/quit", "/exit")


def prompt(answerer: Answerer) -> str:
    """What the console shows before the user types (knowledge/messages.yaml: console-prompt)."""
    return answerer.kb.messages.text("console-prompt") + " "


def chat(answerer: Answerer, lines: Iterable[str], write: Callable[[str], None]) -> None:
    """Answer each line as the bot would: commands from the one command table, everything else as a question."""
    write(answerer.kb.messages.text("console-welcome", headline=answerer.kb.article.headline))
    context: Context | None = None
    for line in lines:
        text = line.strip()
        if text in QUIT:
            break
        parsed = parse_command(text)
        if parsed is not None:
            reply, answer = command_reply(answerer, *parsed, lang=context.lang if context else None)
            if answer is None:
                write(reply)
                continue
            context = answer.context()
            write(render_plain(answer, answerer.kb.messages))
            continue
        answer = answerer.answer(text, context)
        context = answer.context()
        write(render_plain(answer, answerer.kb.messages))


def command_reply(answerer: Answerer, name: str, payload: str, *, lang: Language | None = None
                  ) -> tuple[str, Answer | None]:
    """A slash command in the console: a deep link's answer, the command's card, or "unknown command"."""
    kb = answerer.kb
    language: Language = lang or "en"
    command = find_command(name)
    if command is not None and command.name == "start" and payload:
        answer = answerer.topic_answer(payload, language)
        if answer is not None:
            return "", answer
    if command is None or command.card is None:
        return kb.messages.text("unknown-command", language), None
    return command.card(kb, language).plain(), None
