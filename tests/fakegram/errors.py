"""Bot API errors, answered as ``{"ok": false, "error_code": N, "description": ...}``."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An error the fake Bot API answers with, exactly as Telegram words it."""

    def __init__(
        self, code: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(reason: str) -> ApiError:
    return ApiError(400, f"Bad Request: {reason}")


def forbidden(reason: str) -> ApiError:
    return ApiError(403, f"Forbidden: {reason}")


def retry_after(seconds: int) -> ApiError:
    return ApiError(
        429,
        f"Too Many Requests: retry after {seconds}",
        {"retry_after": seconds},
    )


QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
