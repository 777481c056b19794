"""Settings, read once at start from the environment and ``.env``; nothing else reads ``os.environ``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.errors import ConfigError

TELEGRAM_API = "https://api.telegram.org/bot"
TOKEN_SHAPE = re.compile(r"\d{1,20}:[A-Za-z0-9_-]{30,64}")
"""What @BotFather hands out: the bot's numeric id, a colon, then about 35 letters, digits, '-' and '_'."""
WEBHOOK_SECRET_SHAPE = re.compile(r"[A-Za-z0-9_-]{32,256}")
"""Telegram allows 1-256 characters of A-Z, a-z, 0-9, '_' and '-'; we ask for at least 32 (guessing is hopeless)."""
MIN_SECRET_BYTES = 32
"""The shortest user-hash secret accepted: 256 bits, so a copy of the database cannot be reversed by trying ids."""


class Settings(BaseSettings):
    """Every setting the bot has; ``.env.example`` documents each one."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore", frozen=True)

    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = TELEGRAM_API
    bot_mode: Literal["polling", "webhook"] = "polling"
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(8443, ge=1, le=65535)
    webhook_secret: SecretStr | None = None
    bot_data_dir: Path = Path("data")
    knowledge_dir: Path = Path("knowledge")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    admin_user_ids: Annotated[tuple[int, ...], NoDecode] = ()
    user_hash_salt: SecretStr = SecretStr("")
    flood_limit_per_minute: int = Field(20, ge=1)
    rate_limit: bool = True
    telegram_timeout: float = Field(10.0, gt=0)
    poll_timeout: int = Field(10, ge=0)
    question_store: bool = True
    context_ttl_hours: float = Field(24.0, gt=0)
    question_retention_days: int = Field(90, ge=1, le=3650)

    @field_validator("admin_user_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(int(v) for v in value.replace(";", ",").split(",") if v.strip())
        return value

    @field_validator("user_hash_salt")
    @classmethod
    def _long_enough(cls, value: SecretStr) -> SecretStr:
        size = len(value.get_secret_value().encode("utf-8"))
        if 0 < size < MIN_SECRET_BYTES:
            raise ValueError(f"is {size} bytes; it must be at least {MIN_SECRET_BYTES} (make one with "
                             "`python3 -c 'import secrets; print(secrets.token_hex(32))'`), or leave it empty "
                             "to have one generated in BOT_DATA_DIR")
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @property
    def token(self) -> str | None:
        """The bot token in clear, for the one place that needs it (never logged: see ``logs``)."""
        return self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else None

    @property
    def webhook_path(self) -> str:
        """The path Telegram posts to: exactly the path of WEBHOOK_URL, which is also the one served."""
        return urlsplit(self.webhook_url or "").path

    def check_for_run(self) -> None:
        """What ``run`` needs beyond well-formed values; each problem is one line naming the setting.
        Never echoes the token or the secret (or the webhook URL, which some people build from the token)."""
        if not self.token:
            raise ConfigError("TELEGRAM_BOT_TOKEN is not set; put it in the environment or .env")
        if not TOKEN_SHAPE.fullmatch(self.token):
            raise ConfigError("TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then about 35 "
                              "letters, digits, '-' or '_'); copy it again from @BotFather, without quotes or spaces")
        if self.bot_mode == "webhook":
            self._check_webhook()

    def _check_webhook(self) -> None:
        secret = self.webhook_secret.get_secret_value() if self.webhook_secret else ""
        url = urlsplit(self.webhook_url or "")
        if not self.webhook_url or not secret:
            raise ConfigError("BOT_MODE=webhook needs WEBHOOK_URL and WEBHOOK_SECRET")
        if url.scheme != "https" or not url.hostname:
            raise ConfigError("WEBHOOK_URL must be an https:// URL (Telegram calls only HTTPS webhooks)")
        if url.path.strip("/") == "":
            raise ConfigError("WEBHOOK_URL has no path; the bot serves exactly the URL's path, so add one, "
                              "e.g. https://your.host/telegram")
        if not WEBHOOK_SECRET_SHAPE.fullmatch(secret):
            raise ConfigError("WEBHOOK_SECRET must be 32 to 256 characters of A-Z, a-z, 0-9, '_' and '-'; make one "
                              "with: python3 -c 'import secrets; print(secrets.token_urlsafe(32))'")


def load_settings(env_file: Path | None = Path(".env")) -> Settings:
    """Read settings; a malformed value becomes a ``ConfigError`` naming the variable."""
    try:
        return Settings(_env_file=env_file)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"setting {name}: {message}") from None
