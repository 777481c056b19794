"""Message content rules: formatted text, reply markup and replies, with Telegram's errors."""

from __future__ import annotations

import copy
from typing import Any

from .errors import ApiError, bad_request
from .html_entities import HTMLParseError, parse_html_entities, utf16_len
from .params import Params
from .state import State

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64
_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)


def format_text(
    state: State, text: str, parse_mode: str | None, entities: Any = None
) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and entities after parse_mode, with surrounding whitespace stripped."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        try:
            plain, found = parse_html_entities(text, strict=state.strict_html)
        except HTMLParseError as error:
            raise ApiError(400, error.description) from None
    elif mode in ("markdown", "markdownv2"):
        plain, found = text, []  # accepted but not parsed by this fake
    elif mode:
        raise bad_request("unsupported parse_mode")
    else:
        plain = text
        found = [dict(e) for e in entities if isinstance(e, dict)] if isinstance(entities, list) else []
    return _strip(plain, found)


def _strip(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    left = text.lstrip()
    cut = utf16_len(text) - utf16_len(left)
    stripped = left.rstrip()
    total = utf16_len(stripped)
    kept = []
    for entity in entities:
        start = max(int(entity.get("offset", 0)) - cut, 0)
        end = min(int(entity.get("offset", 0)) + int(entity.get("length", 0)) - cut, total)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept


def message_text(state: State, params: Params) -> tuple[str, list[dict[str, Any]]]:
    text = params.get_str("text") or ""
    plain, entities = format_text(
        state, text, params.get_str("parse_mode"), params.get_json("entities", "entities")
    )
    if not plain:
        raise bad_request("message text is empty")
    if len(plain) > TEXT_LIMIT:
        raise bad_request("message is too long")
    return plain, entities


def caption(state: State, params: Params) -> tuple[str, list[dict[str, Any]]]:
    text = params.get_str("caption") or ""
    plain, entities = format_text(
        state, text, params.get_str("parse_mode"), params.get_json("caption_entities")
    )
    if len(plain) > CAPTION_LIMIT:
        raise bad_request("message caption is too long")
    return plain, entities


def reply_markup(params: Params) -> dict[str, Any] | None:
    raw = params.get_json("reply_markup", "reply keyboard markup")
    if raw is None:
        return None
    if isinstance(raw, dict) and "inline_keyboard" in raw:
        return {"inline_keyboard": inline_keyboard(raw["inline_keyboard"])}
    if isinstance(raw, dict) and ({"keyboard", "remove_keyboard", "force_reply"} & raw.keys()):
        return raw
    raise bad_request("can't parse reply keyboard markup JSON object")


def inline_keyboard(rows: Any) -> list[list[dict[str, Any]]]:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(
            'field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays'
        )
    return [[_button(button) for button in row] for row in rows]


def _button(button: Any) -> dict[str, Any]:
    if not isinstance(button, dict):
        raise bad_request("can't parse inline keyboard button: InlineKeyboardButton should be an Object")
    if not isinstance(button.get("text"), str):
        raise bad_request('can\'t parse inline keyboard button: Field "text" must be of type String')
    actions = [name for name in _BUTTON_ACTIONS if name in button]
    if not actions:
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    data = button.get("callback_data")
    if "callback_data" in button and (
        not isinstance(data, str) or not 0 < len(data.encode()) <= CALLBACK_DATA_LIMIT
    ):
        raise bad_request("BUTTON_DATA_INVALID")
    if not button["text"].strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    return {name: button[name] for name in ("text", "icon_custom_emoji_id", "style", *actions) if name in button}


def inline_only(markup: dict[str, Any] | None) -> dict[str, Any] | None:
    """What Message.reply_markup shows: inline keyboards only."""
    return markup if markup and "inline_keyboard" in markup else None


def reply_target(state: State, params: Params, chat_id: int) -> dict[str, Any] | None:
    """The message replied to (as Message.reply_to_message) or None."""
    parameters = params.get_json("reply_parameters", "reply parameters")
    if isinstance(parameters, dict):
        message_id, allow = parameters.get("message_id"), parameters.get("allow_sending_without_reply")
    else:
        message_id = params.get_int("reply_to_message_id")
        allow = params.get_bool("allow_sending_without_reply")
    if message_id is None:
        return None
    stored = state.messages.get((chat_id, int(message_id)))
    if stored is None:
        if allow:
            return None
        raise bad_request("message to be replied not found")
    return shallow_message(stored.data)


def shallow_message(message: dict[str, Any]) -> dict[str, Any]:
    """A message as embedded in another (no nested reply_to_message)."""
    return {k: copy.deepcopy(v) for k, v in message.items() if k != "reply_to_message"}
