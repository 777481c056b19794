"""Re-read the knowledge base while the bot runs: all or nothing, and say what changed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.core.answers import Answerer
from bot.errors import Problem
from bot.kb.knowledge import KnowledgeBase
from bot.kb.loading import inspect_knowledge
from bot.kb.messages import Messages

MAX_LISTED = 10


@dataclass(frozen=True, slots=True)
class Diff:
    """Entries (Q&A and not-covered) added, removed and modified between two bases."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    modified: tuple[str, ...]

    def summary(self, messages: Messages) -> str:
        """One line per kind of change, for the curator who asked for the reload."""
        if not (self.added or self.removed or self.modified):
            return messages.text("no-changes")
        parts = []
        for name, ids in (("added", self.added), ("removed", self.removed), ("modified", self.modified)):
            if ids:
                listed = ", ".join(ids[:MAX_LISTED]) + (" …" if len(ids) > MAX_LISTED else "")
                parts.append(messages.text("changed", count=len(ids), what=name, ids=listed))
        return "\n".join(parts)


@dataclass(frozen=True, slots=True)
class Reload:
    """The outcome: a new answerer and its diff, or the problems that kept the old base in place."""

    answerer: Answerer | None
    problems: tuple[Problem, ...]
    diff: Diff | None


def diff_bases(old: KnowledgeBase, new: KnowledgeBase) -> Diff:
    """Compare entries by id and content; claims and sources show up through the entries that use them."""
    before = {**old.entries, **old.not_covered}
    after = {**new.entries, **new.not_covered}
    modified = [i for i in before.keys() & after.keys() if before[i] != after[i] or _claims_changed(old, new, i)]
    return Diff(tuple(sorted(after.keys() - before.keys())), tuple(sorted(before.keys() - after.keys())),
                tuple(sorted(modified)))


def _claims_changed(old: KnowledgeBase, new: KnowledgeBase, entry_id: str) -> bool:
    entry = new.entries.get(entry_id)
    if entry is None:
        return False
    return any(old.claims.get(c) != new.claims.get(c) for c in entry.claims)


def reload_knowledge(directory: Path, current: KnowledgeBase) -> Reload:
    """Load and fully check ``directory``; only a base with no errors yields a new answerer."""
    kb, problems = inspect_knowledge(directory)
    errors = tuple(p for p in problems if not p.warning)
    if kb is None or errors:
        return Reload(None, errors or tuple(problems), None)
    return Reload(Answerer(kb), (), diff_bases(current, kb))
