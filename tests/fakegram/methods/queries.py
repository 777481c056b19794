"""answerCallbackQuery and answerInlineQuery."""

from __future__ import annotations

import time
from typing import Any

from .. import content
from ..errors import QUERY_TOO_OLD, bad_request
from ..params import Params
from .base import Ctx, method

INLINE_RESULTS_LIMIT = 50
RESULT_TYPES = frozenset(
    "article photo gif mpeg4_gif video audio voice document location venue contact game sticker".split()
)


def _open_query(ctx: Ctx, queries: dict[str, dict[str, Any]], name: str) -> dict[str, Any]:
    """An unanswered, unexpired query: each can be answered once, within query_ttl."""
    query = queries.get(ctx.params.get_str(name) or "")
    if query is None or query["answered"] or time.time() - query["created"] > ctx.state.query_ttl:
        raise bad_request(QUERY_TOO_OLD)
    return query


@method("answerCallbackQuery")
async def answer_callback_query(ctx: Ctx) -> bool:
    text = ctx.params.get_str("text") or ""
    if len(text) > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    query = _open_query(ctx, ctx.state.callback_queries, "callback_query_id")
    query["answered"] = True
    ctx.state.callback_answers.append(
        {
            "callback_query_id": query["id"],
            "text": ctx.params.get_str("text"),
            "show_alert": ctx.params.get_bool("show_alert"),
            "url": ctx.params.get_str("url"),
            "cache_time": ctx.params.get_int("cache_time") or 0,
            "time": time.time(),
        }
    )
    return True


def _check_result(ctx: Ctx, result: Any, seen: set[str]) -> None:
    if not isinstance(result, dict):
        raise bad_request("can't parse inline query result: InlineQueryResult should be an Object")
    if result.get("type") not in RESULT_TYPES:
        raise bad_request("RESULT_TYPE_INVALID")
    result_id = result.get("id")
    if not isinstance(result_id, str) or not 0 < len(result_id.encode()) <= 64:
        raise bad_request("RESULT_ID_INVALID")
    if result_id in seen:
        raise bad_request("RESULT_ID_DUPLICATE")
    seen.add(result_id)
    if result["type"] == "article":
        for field in ("title", "input_message_content"):
            if field not in result:
                raise bad_request(f'can\'t parse inline query result: Can\'t find field "{field}"')
    message = result.get("input_message_content")
    if isinstance(message, dict) and "message_text" in message:
        params = Params({"text": message["message_text"], "parse_mode": message.get("parse_mode")})
        content.message_text(ctx.state, params)
    if "reply_markup" in result:
        content.reply_markup(Params({"reply_markup": result["reply_markup"]}))


@method("answerInlineQuery")
async def answer_inline_query(ctx: Ctx) -> bool:
    results = ctx.params.get_json("results", "results")
    if not isinstance(results, list):
        raise bad_request("can't parse results JSON object")
    if len(results) > INLINE_RESULTS_LIMIT:
        raise bad_request("RESULTS_TOO_MUCH")
    seen: set[str] = set()
    for result in results:
        _check_result(ctx, result, seen)
    next_offset = ctx.params.get_str("next_offset") or ""
    if len(next_offset.encode()) > 64:
        raise bad_request("NEXT_OFFSET_INVALID")
    query = _open_query(ctx, ctx.state.inline_queries, "inline_query_id")
    query["answered"] = True
    ctx.state.inline_answers[query["id"]] = {
        "inline_query_id": query["id"],
        "results": results,
        "cache_time": ctx.params.get_int("cache_time"),
        "is_personal": ctx.params.get_bool("is_personal"),
        "next_offset": next_offset,
        "button": ctx.params.get_json("button", "inline query results button"),
        "time": time.time(),
    }
    return True
