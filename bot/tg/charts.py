"""The /figures picture's cache: PNGs on disk and Telegram's file_id per chart key, written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from bot.core.chart import chart_key, chart_png
from bot.kb.knowledge import KnowledgeBase
from bot.kb.schema import Language


class ChartCache:
    """PNGs on disk by chart key, and Telegram's file_id per key, so the bot draws and uploads only once.

    Files are written to a temporary name and renamed into place, so a crash or a second process never
    leaves a half-written picture or JSON behind.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._ids_path = directory / "chart_file_ids.json"

    def path(self, key: str) -> Path:
        """Where the picture for this key lives."""
        return self.directory / f"figures-{key}.png"

    def png(self, kb: KnowledgeBase, lang: Language = "en") -> bytes:
        """The picture for this base: read from disk if it was drawn before, drawn and stored otherwise."""
        target = self.path(chart_key(kb, lang))
        if target.is_file():
            return target.read_bytes()
        data = chart_png(kb, lang)
        self._write(target, data)
        return data

    def file_id(self, key: str) -> str | None:
        """Telegram's file_id of the uploaded picture for this key, if it was uploaded before."""
        return self._file_ids().get(key)

    def remember_file_id(self, key: str, file_id: str) -> None:
        """Keep the file_id Telegram returned, so later sends reuse it instead of uploading again."""
        ids = self._file_ids()
        if ids.get(key) == file_id:
            return
        ids[key] = file_id
        self._write(self._ids_path, json.dumps(ids, indent=1, sort_keys=True).encode())

    def _file_ids(self) -> dict[str, str]:
        """The stored ids; an unreadable file counts as empty, since the worst case is one more upload."""
        try:
            data = json.loads(self._ids_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): v for k, v in data.items() if isinstance(v, str)}

    def _write(self, target: Path, data: bytes) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=self.directory, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
