"""Entry point: ``python -m bot``."""

import sys

from bot.cli import main

try:
    raise SystemExit(main())
except BrokenPipeError:  # output piped into `head` and cut short: not an error
    sys.stderr.close()
    raise SystemExit(0) from None
