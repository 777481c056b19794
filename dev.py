#!/usr/bin/env python3
"""Set up and run the project on a fresh machine: ``python3 dev.py run`` or ``python3 dev.py test``.

``python3 dev.py bench`` runs every benchmark: core latency/start-up/memory, end-to-end throughput
against a fixed-text bot, a soak run, and the hostile-input suite with 10,000 generated inputs.

Two virtual environments, each installed with the exact versions in ``requirements.lock`` (used as pip
constraints) and reinstalled whenever ``pyproject.toml``, ``requirements.lock`` or the Python version
changes: ``.venv`` holds the bot and nothing else (what ``run`` uses); ``.venv-test`` adds the test tools
(what ``test`` and ``bench`` use). ``test`` sets up both, so ``.venv/bin/python -m bot check`` works after
it. Standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parent
LOCK = ROOT / "requirements.lock"
PYPROJECT = ROOT / "pyproject.toml"
RUN_VENV = ROOT / ".venv"
TEST_VENV = ROOT / ".venv-test"
LAYOUT = 2
"""Bumped when what a venv holds changes in a way an update cannot undo (layout 1 had the test tools in .venv)."""

Runner = Callable[..., Any]


def python_of(env: Path) -> Path:
    return env / "bin" / "python"


def wanted_stamp(extra: str) -> dict[str, object]:
    """What an up-to-date venv was installed from: the project, the lock, the extra, the Python version."""
    digest = hashlib.sha256()
    for path in (PYPROJECT, LOCK):
        digest.update(path.read_bytes())
    digest.update(extra.encode())
    return {"layout": LAYOUT, "python": list(sys.version_info[:2]), "extra": extra, "inputs": digest.hexdigest()}


def install_commands(env: Path, extra: str) -> list[list[str]]:
    """pip first (the venv's bundled one is old), then the project; every version pinned by the lock."""
    pip = [str(python_of(env)), "-m", "pip", "install", "--disable-pip-version-check", "-c", str(LOCK)]
    return [[*pip, "--upgrade", "pip", "setuptools"], [*pip, "-e", f"{ROOT}{extra}"]]


def ensure_venv(env: Path, extra: str = "", *, runner: Runner = subprocess.run, out: TextIO = sys.stderr) -> Path:
    """Create ``env`` and install the project (with ``extra``) when it is missing or out of date; its Python."""
    stamp_path, wanted = env / ".installed", wanted_stamp(extra)
    try:
        stamp = json.loads(stamp_path.read_text())
    except (OSError, ValueError):
        stamp = None
    python = python_of(env)
    if python.exists() and stamp == wanted:
        return python
    if env.exists() and (not isinstance(stamp, dict) or stamp.get("layout") != LAYOUT
                         or stamp.get("python") != wanted["python"]):
        print(f"dev.py: {env.name} was made by an older dev.py or another Python; making it anew", file=out)
        shutil.rmtree(env)
    if not python.exists():
        print(f"dev.py: creating {env.name} ...", file=out, flush=True)
        venv.EnvBuilder(with_pip=True).create(env)
    what = "the bot and its test tools" if extra else "the bot"
    print(f"dev.py: installing {what} into {env.name} with the versions in requirements.lock "
          "(the first time takes a minute or two; pip shows each package) ...", file=out, flush=True)
    for command in install_commands(env, extra):  # pip's progress on stderr: stdout is the command's own output
        runner(command, check=True, cwd=ROOT, stdout=sys.stderr)
    stamp_path.write_text(json.dumps(wanted))
    print(f"dev.py: {env.name} is ready", file=out, flush=True)
    return python


def run(python: Path, *args: str) -> int:
    """Run a command with a venv's Python, from the project root."""
    return subprocess.run([str(python), *args], cwd=ROOT).returncode


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "help"
    if command not in ("run", "test", "bench"):
        print(__doc__)
        return 2
    if command == "run":
        return run(ensure_venv(RUN_VENV), "-m", "bot", *argv[1:])
    ensure_venv(RUN_VENV)  # the run venv too: `.venv/bin/python -m bot check` must work after `dev.py test`
    python = ensure_venv(TEST_VENV, "[test]")
    if command == "bench":
        steps = [["-m", "bot", "bench"], ["-m", "bot", "bench", "--store"], ["-m", "tests.e2e.bench"],
                 ["-m", "tests.e2e.headofline"], ["-m", "tests.e2e.statebench"],
                 ["-m", "tests.e2e.soak", "--seconds", "60"]]
        codes = [run(python, *step) for step in steps]
        os.environ["HYPOTHESIS_PROFILE"] = "bench"
        codes.append(run(python, "-m", "pytest", "-q", "tests/test_hostile_input.py", "--hypothesis-show-statistics"))
        return max(codes)
    for step in (["-m", "ruff", "check", "bot", "tests", "dev.py"], ["-m", "mypy"]):
        if run(python, *step) != 0:
            return 1
    # The import contracts in pyproject.toml: every import points down a layer; only bot.tg imports telegram.
    if subprocess.run([str(TEST_VENV / "bin" / "lint-imports"), "--no-cache"], cwd=ROOT).returncode != 0:
        return 1
    os.environ.setdefault("HYPOTHESIS_PROFILE", "ci")
    return run(python, "-m", "pytest", "-n", "2", *argv[1:])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
