"""getMe, bot commands, webhook methods, getFile, close and logOut."""

from __future__ import annotations

import json
import re
from typing import Any

from ..errors import bad_request
from ..state import DEFAULT_UPDATES
from .base import Ctx, Reply, method

_COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")


@method("getMe")
async def get_me(ctx: Ctx) -> dict[str, Any]:
    return {
        **ctx.bot,
        "can_join_groups": True,
        "can_read_all_group_messages": not ctx.state.privacy_mode,
        "supports_inline_queries": True,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def _commands_key(ctx: Ctx) -> str:
    scope = ctx.params.get_json("scope", "BotCommandScope") or {"type": "default"}
    if not isinstance(scope, dict) or not isinstance(scope.get("type"), str):
        raise bad_request("can't parse BotCommandScope JSON object")
    language = ctx.params.get_str("language_code") or ""
    return json.dumps(scope, sort_keys=True) + "|" + language


@method("setMyCommands")
async def set_my_commands(ctx: Ctx) -> bool:
    commands = ctx.params.get_json("commands", "commands")
    if not isinstance(commands, list):
        raise bad_request('parameter "commands" is required')
    if len(commands) > 100:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    cleaned = []
    for command in commands:
        if not isinstance(command, dict) or not _COMMAND.match(str(command.get("command", ""))):
            raise bad_request("BOT_COMMAND_INVALID")
        description = command.get("description")
        if not isinstance(description, str) or not 0 < len(description.strip()) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        cleaned.append({"command": command["command"], "description": description})
    key = _commands_key(ctx)
    if cleaned:
        ctx.state.commands[key] = cleaned
    else:
        ctx.state.commands.pop(key, None)
    return True


@method("getMyCommands")
async def get_my_commands(ctx: Ctx) -> list[dict[str, Any]]:
    return ctx.state.commands.get(_commands_key(ctx), [])


@method("deleteMyCommands")
async def delete_my_commands(ctx: Ctx) -> bool:
    ctx.state.commands.pop(_commands_key(ctx), None)
    return True


@method("setWebhook")
async def set_webhook(ctx: Ctx) -> Reply:
    url = ctx.params.get_str("url") or ""
    if not url:
        reply: Reply = await delete_webhook(ctx)
        return reply
    if not url.startswith("https://"):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    if ctx.params.get_bool("drop_pending_updates"):
        ctx.state.updates.clear()
    ctx.state.webhook = {
        "url": url,
        "max_connections": ctx.params.get_int("max_connections") or 40,
        "allowed_updates": ctx.params.get_json("allowed_updates"),
        "secret_token": ctx.params.get_str("secret_token"),
    }
    allowed = ctx.state.webhook["allowed_updates"]
    if isinstance(allowed, list):
        ctx.state.allowed_updates = frozenset(map(str, allowed)) if allowed else DEFAULT_UPDATES
    ctx.state.notify()
    return Reply(True, "Webhook was set")


@method("deleteWebhook")
async def delete_webhook(ctx: Ctx) -> Reply:
    if ctx.params.get_bool("drop_pending_updates"):
        ctx.state.updates.clear()
    if ctx.state.webhook is None:
        return Reply(True, "Webhook is already deleted")
    ctx.state.webhook = None
    return Reply(True, "Webhook was deleted")


@method("getWebhookInfo")
async def get_webhook_info(ctx: Ctx) -> dict[str, Any]:
    info: dict[str, Any] = {
        "url": "",
        "has_custom_certificate": False,
        "pending_update_count": len(ctx.state.updates),
    }
    webhook = ctx.state.webhook
    if webhook is not None:
        info.update(url=webhook["url"], max_connections=webhook["max_connections"])
        if webhook["allowed_updates"]:
            info["allowed_updates"] = webhook["allowed_updates"]
        for key in ("last_error_date", "last_error_message"):
            if key in webhook:
                info[key] = webhook[key]
    return info


@method("getFile")
async def get_file(ctx: Ctx) -> dict[str, Any]:
    entry = ctx.state.files.get(ctx.params.get_str("file_id") or "")
    if entry is None:
        raise bad_request("invalid file_id")
    return {
        "file_id": entry.obj["file_id"],
        "file_unique_id": entry.obj["file_unique_id"],
        "file_size": entry.obj.get("file_size", len(entry.data or b"")),
        "file_path": entry.path,
    }


@method("close")
async def close(ctx: Ctx) -> bool:
    return True


@method("logOut")
async def log_out(ctx: Ctx) -> bool:
    return True
