"""Entry point: ``python -m bot``.

Run by an interpreter without the bot's dependencies (a bare ``python -m bot check``), it hands the
command to ``dev.py run``, which sets up the project's ``.venv`` from the lock when needed and runs the
same command there.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _in_project_venv() -> bool:
    return Path(sys.prefix).resolve() == (ROOT / ".venv").resolve()


try:
    from bot.cli import main
except ModuleNotFoundError as missing:
    dev = ROOT / "dev.py"
    if _in_project_venv() or not dev.exists() or (missing.name or "").startswith("bot"):
        raise
    print(f"python -m bot: '{missing.name}' is not installed here; running in the project's .venv "
          "(python3 dev.py run)", file=sys.stderr)
    sys.stderr.flush()
    os.execv(sys.executable, [sys.executable, str(dev), "run", *sys.argv[1:]])

try:
    raise SystemExit(main())
except BrokenPipeError:  # output piped into `head` and cut short: not an error
    sys.stderr.close()
    raise SystemExit(0) from None
