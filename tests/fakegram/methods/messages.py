"""sendMessage, the edit methods, deleteMessage and sendChatAction."""

from __future__ import annotations

from typing import Any

from .. import content
from ..errors import NOT_MODIFIED, bad_request
from .base import Ctx, method, new_bot_message, now, record_edit, record_send, resolve_chat, sent_entry, target_message

CHAT_ACTIONS = frozenset(
    "typing upload_photo record_video upload_video record_voice upload_voice "
    "upload_document choose_sticker find_location record_video_note upload_video_note".split()
)


def _link_preview(ctx: Ctx) -> dict[str, Any] | None:
    options = ctx.params.get_json("link_preview_options", "link preview options")
    if isinstance(options, dict):
        return options
    if ctx.params.get_bool("disable_web_page_preview"):
        return {"is_disabled": True}
    return None


@method("sendMessage")
async def send_message(ctx: Ctx) -> dict[str, Any]:
    chat = resolve_chat(ctx)
    text, entities = content.message_text(ctx.state, ctx.params)
    markup = content.reply_markup(ctx.params)
    message = new_bot_message(
        ctx,
        chat,
        {
            "reply_to_message": content.reply_target(ctx.state, ctx.params, chat["id"]),
            "text": text,
            "entities": entities,
            "link_preview_options": _link_preview(ctx),
            "reply_markup": content.inline_only(markup),
        },
    )
    record_send(ctx, message, markup)
    return message


def _apply_edit(ctx: Ctx, message: dict[str, Any], changes: dict[str, Any]) -> None:
    """Apply changes (None removes a field) or fail with "message is not modified"."""
    if all(message.get(key) == (value or None) for key, value in changes.items()):
        raise bad_request(NOT_MODIFIED)
    for key, value in changes.items():
        if value:
            message[key] = value
        else:
            message.pop(key, None)
    message["edit_date"] = now()


@method("editMessageText")
async def edit_message_text(ctx: Ctx) -> dict[str, Any]:
    _, stored = target_message(ctx, "message to edit not found")
    if not stored.from_bot:
        raise bad_request("message can't be edited")
    if "text" not in stored.data:
        raise bad_request("there is no text in the message to edit")
    text, entities = content.message_text(ctx.state, ctx.params)
    markup = content.inline_only(content.reply_markup(ctx.params))
    changes: dict[str, Any] = {"text": text, "entities": entities, "reply_markup": markup}
    _apply_edit(ctx, stored.data, changes)
    preview = _link_preview(ctx)
    if preview is not None:
        stored.data["link_preview_options"] = preview
    record_edit(ctx, stored)
    return stored.data


@method("editMessageCaption")
async def edit_message_caption(ctx: Ctx) -> dict[str, Any]:
    _, stored = target_message(ctx, "message to edit not found")
    if not stored.from_bot:
        raise bad_request("message can't be edited")
    if "text" in stored.data:
        raise bad_request("there is no caption in the message to edit")
    caption, entities = content.caption(ctx.state, ctx.params)
    markup = content.inline_only(content.reply_markup(ctx.params))
    _apply_edit(
        ctx, stored.data, {"caption": caption, "caption_entities": entities, "reply_markup": markup}
    )
    record_edit(ctx, stored)
    return stored.data


@method("editMessageReplyMarkup")
async def edit_message_reply_markup(ctx: Ctx) -> dict[str, Any]:
    _, stored = target_message(ctx, "message to edit not found")
    if not stored.from_bot:
        raise bad_request("message can't be edited")
    markup = content.inline_only(content.reply_markup(ctx.params))
    _apply_edit(ctx, stored.data, {"reply_markup": markup})
    record_edit(ctx, stored)
    return stored.data


@method("deleteMessage")
async def delete_message(ctx: Ctx) -> bool:
    chat, stored = target_message(ctx, "message to delete not found")
    del ctx.state.messages[(chat["id"], stored.data["message_id"])]
    ctx.state.record_sent(chat["id"], {**sent_entry(ctx, stored.data), "date": now()})
    return True


@method("sendChatAction")
async def send_chat_action(ctx: Ctx) -> bool:
    resolve_chat(ctx)
    if ctx.params.get_str("action") not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    return True
