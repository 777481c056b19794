"""One error tree, so the CLI can tell expected failures (exit 1, one line each) from bugs."""

from __future__ import annotations

from dataclasses import dataclass


class BotError(Exception):
    """Base of every error the bot expects and reports to a person without a traceback."""


class ConfigError(BotError):
    """A setting is missing or malformed; the message names the variable to fix."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in the knowledge base, located precisely enough for a curator to fix it."""

    file: str
    line: int
    entry: str | None
    field: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}"
        who = f" entry '{self.entry}':" if self.entry else ""
        field = f" {self.field}:" if self.field else ""
        level = " warning:" if self.warning else ""
        return f"{where}:{level}{who}{field} {self.message}"


class KnowledgeError(BotError):
    """The knowledge base failed its check; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
