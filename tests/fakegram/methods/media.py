"""sendPhoto and sendDocument: uploads, attach:// parts, URLs and reused file_ids."""

from __future__ import annotations

from typing import Any

from .. import content, files
from ..errors import bad_request
from ..params import Upload
from ..state import FileEntry
from .base import Ctx, method, new_bot_message, record_send, resolve_chat


def _upload(ctx: Ctx, name: str) -> tuple[Upload | None, str | None]:
    """The uploaded part for parameter ``name`` (direct or attach://), else its string value."""
    value = ctx.params.get_str(name)
    upload = ctx.params.uploads.get(name)
    if upload is None and value and value.startswith("attach://"):
        upload = ctx.params.uploads.get(value[len("attach://") :])
        if upload is None:
            raise bad_request("wrong file identifier/HTTP URL specified")
    if upload is not None and not upload.data:
        raise bad_request("file must be non-empty")
    if upload is None and not value:
        raise bad_request(f"there is no {name} in the request")
    return upload, value


def _known(ctx: Ctx, file_id: str, kind: str) -> FileEntry:
    entry = ctx.state.files.get(file_id)
    if entry is None:
        raise bad_request("wrong file identifier/HTTP URL specified")
    if entry.kind != kind:
        raise bad_request("type of file mismatch")
    return entry


def _photo(ctx: Ctx) -> list[dict[str, Any]]:
    upload, value = _upload(ctx, "photo")
    if upload is not None:
        size = files.image_size(upload.data)
        if size is None:
            raise bad_request("IMAGE_PROCESS_FAILED")
        return files.register_photo(ctx.state, upload.data, *size)
    assert value is not None
    if value.startswith(("http://", "https://")):
        return files.register_photo(ctx.state, None)
    return _known(ctx, value, "photo").group


def _document(ctx: Ctx) -> dict[str, Any]:
    upload, value = _upload(ctx, "document")
    if upload is not None:
        obj = {
            "file_name": upload.filename,
            "mime_type": upload.content_type,
            "file_size": len(upload.data),
        }
        return files.register_file(ctx.state, "document", obj, upload.data)
    assert value is not None
    if value.startswith(("http://", "https://")):
        name = value.rstrip("/").rsplit("/", 1)[-1] or "file"
        return files.register_file(ctx.state, "document", {"file_name": name, "file_size": 1})
    return _known(ctx, value, "document").obj


async def _send_media(ctx: Ctx, field: str, media: Any) -> dict[str, Any]:
    chat = resolve_chat(ctx)
    caption, entities = content.caption(ctx.state, ctx.params)
    markup = content.reply_markup(ctx.params)
    message = new_bot_message(
        ctx,
        chat,
        {
            "reply_to_message": content.reply_target(ctx.state, ctx.params, chat["id"]),
            field: media,
            "caption": caption or None,
            "caption_entities": entities,
            "has_media_spoiler": ctx.params.get_bool("has_spoiler") or None,
            "show_caption_above_media": ctx.params.get_bool("show_caption_above_media") or None,
            "reply_markup": content.inline_only(markup),
        },
    )
    record_send(ctx, message, markup)
    return message


@method("sendPhoto")
async def send_photo(ctx: Ctx) -> dict[str, Any]:
    resolve_chat(ctx)
    return await _send_media(ctx, "photo", [dict(size) for size in _photo(ctx)])


@method("sendDocument")
async def send_document(ctx: Ctx) -> dict[str, Any]:
    resolve_chat(ctx)
    return await _send_media(ctx, "document", dict(_document(ctx)))
