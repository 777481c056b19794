"""Find token-shaped strings in the files git tracks, so a leaked bot token is caught before a push."""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from pathlib import Path

from bot.errors import Problem
from bot.logs import TOKEN_SHAPE

ALLOW = "not-a-secret"
MAX_BYTES = 2_000_000


def tracked_files(root: Path) -> list[Path]:
    """Files under version control (none when ``root`` is not a git checkout or git is missing)."""
    try:
        done = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True, check=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return []
    return [root / name for name in done.stdout.decode("utf-8", "replace").split("\0") if name]


def token_warnings(files: Iterable[Path], root: Path) -> list[Problem]:
    """A warning per line holding something shaped like a bot token (lines marked ``not-a-secret`` excepted)."""
    problems = []
    for path in files:
        try:
            if path.stat().st_size > MAX_BYTES:
                continue
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if TOKEN_SHAPE.search(line) and ALLOW not in line:
                where = path.relative_to(root).as_posix()
                problems.append(Problem(where, number, None, "", "a token-shaped string is in a tracked file; "
                                        "remove it, rotate the token, and keep tokens in .env", warning=True))
    return problems
