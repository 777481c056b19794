"""The core knows nothing of Telegram: adapters import the core, never the other way round.

`lint-imports` checks the import graph statically (allowing indirect imports); this checks what actually
gets loaded when the core is imported and used.
"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

CORE = ("bot.core.answers", "bot.core.matching", "bot.core.render", "bot.core.cards", "bot.core.buttons",
        "bot.core.conversation", "bot.kb.knowledge", "bot.kb.loading", "bot.kb.checker", "bot.kb.textnorm",
        "bot.curation.evaluate", "bot.cli", "bot.console")


def test_importing_and_using_the_core_never_imports_telegram() -> None:
    script = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in CORE)
        + "from pathlib import Path\nfrom bot.core.answers import load_answerer\n"
        "load_answerer(Path('knowledge')).answer('how many died')\n"
        "print(sorted(m for m in sys.modules if m == 'telegram' or m.startswith('telegram.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"

