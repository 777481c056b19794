"""The local chat: the same answers as the Telegram bot, in a terminal, with no network."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.core.answers import Answerer
from bot.core.conversation import Context
from bot.core.render import render_plain

PROMPT = "you> "
WELCOME = (
    "Console chat about \"The stories of Russian soldiers who refuse to fight in Ukraine\".\n"
    "Ask a question, or try /topics, /sources, /figures, /help. Ctrl-D or /quit to leave."
)


def chat(answerer: Answerer, lines: Iterable[str], write: Callable[[str], None], commands: Callable[[str], str | None]
         ) -> None:
    """Answer each line as the bot would; ``commands`` handles slash commands shared with Telegram."""
    write(WELCOME)
    context: Context | None = None
    for line in lines:
        text = line.strip()
        if text in ("/quit", "/exit"):
            break
        if text.startswith("/"):
            reply = commands(text)
            if reply is not None:
                write(reply)
                continue
        answer = answerer.answer(text, context)
        context = answer.context()
        write(render_plain(answer))
