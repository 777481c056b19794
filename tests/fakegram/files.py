"""Files: generated file_id / file_unique_id, photo sizes, and image header sniffing."""

from __future__ import annotations

import secrets
import struct
from typing import Any

from .state import FileEntry, State

_PREFIX = {
    "photo": "AgACAgIAAxkBAAI",
    "document": "BQACAgIAAxkBAAI",
    "voice": "AwACAgIAAxkBAAI",
    "sticker": "CAACAgIAAxkBAAI",
}
_FOLDER = {
    "photo": ("photos", "jpg"),
    "document": ("documents", "bin"),
    "voice": ("voice", "oga"),
    "sticker": ("stickers", "webp"),
}
_PHOTO_SIDES = (90, 320, 800, 1280, 2560)


def new_file_id(kind: str) -> str:
    return _PREFIX.get(kind, "BQACAgIAAxkBAAI") + secrets.token_urlsafe(48)[:56]


def new_unique_id() -> str:
    return "AQAD" + secrets.token_urlsafe(12)[:12]


def _path(state: State, kind: str) -> str:
    folder, extension = _FOLDER.get(kind, ("documents", "bin"))
    return f"{folder}/file_{state.new_id()}.{extension}"


def image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG, GIF, JPEG or WebP header; None if not an image."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return int(width), int(height)
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return 512, 512
    if data.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 < len(data) and data[i] == 0xFF:
            marker, length = data[i + 1], struct.unpack(">H", data[i + 2 : i + 4])[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[i + 5 : i + 9])
                return int(width), int(height)
            i += 2 + int(length)
    return None


def register_photo(
    state: State, data: bytes | None, width: int = 1280, height: int = 720
) -> list[dict[str, Any]]:
    """Store a photo as Telegram does: a PhotoSize per thumbnail size, each with its own file_id."""
    longest, group = max(width, height, 1), list[dict[str, Any]]()
    total = len(data) if data else width * height // 8
    for side in _PHOTO_SIDES:
        scale = min(side / longest, 1.0)
        w, h = max(round(width * scale), 1), max(round(height * scale), 1)
        size: dict[str, Any] = {
            "file_id": new_file_id("photo"),
            "file_unique_id": new_unique_id(),
            "file_size": max(int(total * scale * scale), 1),
            "width": w,
            "height": h,
        }
        group.append(size)
        if scale == 1.0:
            break
    for size in group:
        state.files[size["file_id"]] = FileEntry("photo", size, group, data, _path(state, "photo"))
    return group


def register_file(state: State, kind: str, obj: dict[str, Any], data: bytes | None = None) -> dict[str, Any]:
    """Give a Document/Voice/Sticker object its ids and store it."""
    obj = {"file_id": new_file_id(kind), "file_unique_id": new_unique_id(), **obj}
    file_id: str = obj["file_id"]
    state.files[file_id] = FileEntry(kind, obj, [obj], data, _path(state, kind))
    return obj
