"""The Bot API wire format: request parameters in (query, JSON, form or multipart), errors out."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web


class ApiError(Exception):
    """An error the fake answers with, worded as Telegram words it."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters

    def body(self) -> dict[str, Any]:
        body = {"ok": False, "error_code": self.code, "description": self.description}
        return {**body, "parameters": self.parameters} if self.parameters else body


def bad_request(reason: str) -> ApiError:
    return ApiError(400, f"Bad Request: {reason}")


class Params:
    """Form and multipart values are strings (PTB JSON-encodes objects into them); JSON bodies carry
    native values. The getters accept both."""

    def __init__(self, values: dict[str, Any], uploads: dict[str, bytes] | None = None) -> None:
        self.values, self.uploads = values, uploads or {}

    @classmethod
    async def from_request(cls, request: web.Request) -> Params:
        values: dict[str, Any] = dict(request.query)
        uploads: dict[str, bytes] = {}
        if request.content_type == "application/json" and request.can_read_body:
            try:
                body = await request.json()
            except ValueError:
                raise bad_request("can't parse JSON encoded request body") from None
            if not isinstance(body, dict):
                raise bad_request("JSON object expected as request body")
            values.update(body)
        elif request.method == "POST" and request.content_type in ("application/x-www-form-urlencoded",
                                                                   "multipart/form-data"):
            for name, value in (await request.post()).items():
                if isinstance(value, web.FileField):
                    uploads[name] = value.file.read()
                else:
                    values[name] = value if isinstance(value, str) else bytes(value).decode()
        return cls(values, uploads)

    def get_str(self, name: str) -> str | None:
        value = self.values.get(name)
        return value if value is None or isinstance(value, str) else json.dumps(value)

    def get_number(self, name: str) -> float | None:
        value = self.values.get(name)
        if value is None or value == "":
            return None
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def get_int(self, name: str) -> int | None:
        value = self.get_number(name)
        return None if value is None else int(value)

    def get_bool(self, name: str) -> bool:
        value = self.values.get(name)
        return value.strip().lower() in ("true", "1") if isinstance(value, str) else bool(value)

    def get_json(self, name: str) -> Any:
        """A JSON-serialized parameter (or, from a JSON body, the value itself)."""
        value = self.values.get(name)
        if not isinstance(value, str) or value == "":
            return value or None
        try:
            return json.loads(value)
        except ValueError:
            raise bad_request(f"can't parse {name} JSON object") from None

    def loggable(self) -> dict[str, Any]:
        return {**self.values, **{name: f"<upload, {len(data)} bytes>" for name, data in self.uploads.items()}}
