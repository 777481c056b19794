#!/usr/bin/env python3
"""Set up and run the project on a fresh machine: ``python3 dev.py run`` or ``python3 dev.py test``.

``python3 dev.py bench`` runs every benchmark: core latency/start-up/memory, end-to-end throughput
against a fixed-text bot, a soak run, and the hostile-input suite with 10,000 generated inputs.

Creates ``.venv`` and installs the project (with its test tools) whenever ``pyproject.toml`` changes,
so nothing ever has to be installed by hand. Standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / "bin" / "python"
STAMP = VENV / ".installed"


def ensure_venv() -> None:
    """Create the virtual environment and install the project when it is missing or out of date."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if PYTHON.exists() and STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not PYTHON.exists():
        print("setting up .venv ...", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    pip = [str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-e", f"{ROOT}[dev]"], check=True, cwd=ROOT)
    STAMP.write_text(wanted)


def run(*args: str) -> int:
    """Run a command with the venv's Python, from the project root."""
    return subprocess.run([str(PYTHON), *args], cwd=ROOT).returncode


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "help"
    if command not in ("run", "test", "bench"):
        print(__doc__)
        return 2
    ensure_venv()
    if command == "run":
        return run("-m", "bot", *argv[1:])
    if command == "bench":
        steps = [["-m", "bot", "bench"], ["-m", "tests.e2e.bench"], ["-m", "tests.e2e.soak", "--seconds", "60"]]
        codes = [run(*step) for step in steps]
        os.environ["HYPOTHESIS_PROFILE"] = "bench"
        codes.append(run("-m", "pytest", "-q", "tests/test_hostile_input.py",
                         "--hypothesis-show-statistics"))
        return max(codes)
    for step in (["-m", "ruff", "check", "bot", "tests", "dev.py"], ["-m", "mypy"]):
        if run(*step) != 0:
            return 1
    # The import contracts in pyproject.toml: every import points down a layer; only bot.tg imports telegram.
    if subprocess.run([str(VENV / "bin" / "lint-imports"), "--no-cache"], cwd=ROOT).returncode != 0:
        return 1
    os.environ.setdefault("HYPOTHESIS_PROFILE", "ci")
    return run("-m", "pytest", "-n", "2", *argv[1:])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
