"""Redaction in every output path: log records, warnings, thread and asyncio exceptions, encoded and partial tokens."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from bot.logs import REDACTED, RedactingFormatter, secret_forms
from tests.conftest import ROOT

TOKEN = "987654321:AAFcanaryCanaryCanaryCanaryCanary12"  # not-a-secret: a made-up token for redaction tests
TAIL = TOKEN.split(":")[1]


def formatter(*secrets: str) -> RedactingFormatter:
    return RedactingFormatter("%(message)s", secrets)


@pytest.mark.parametrize("leak", [
    TOKEN,
    TOKEN.replace(":", "%3A"),
    TOKEN.replace(":", "%3a"),
    f"https://api.telegram.org/bot{TOKEN.replace(':', '%3A')}/getMe",
    TAIL,
    f"secret part alone: {TAIL}.",
])
def test_a_token_is_redacted_whole_percent_encoded_or_only_after_its_colon(leak: str) -> None:
    for configured in ((TOKEN,), ()):  # by value, and by shape when nothing is configured
        out = formatter(*configured).redact(f"calling {leak} now")
        assert TAIL not in out and REDACTED in out, (configured, out)


def test_a_short_configured_secret_does_not_mangle_ordinary_words() -> None:
    out = formatter("e", "abc", TOKEN).redact("webhook secret accepted; token " + TOKEN)
    assert out == f"webhook secret accepted; token {REDACTED}"
    assert secret_forms(["e", "1234567"]) == ()


def test_a_long_webhook_secret_is_redacted_in_its_url_encoded_form_too() -> None:
    secret = "s3cret/with+odd=chars_0123456789"
    out = formatter(secret).redact(f"header {secret} query ?s=s3cret%2Fwith%2Bodd%3Dchars_0123456789")
    assert "s3cret" not in out


def test_ordinary_text_is_left_alone() -> None:
    text = "AAA battery, 29,200 dead, 70% quit, id 12345:short, AAbbreviation"
    assert formatter(TOKEN).redact(text) == text


CHILD = textwrap.dedent(f"""
    import asyncio, logging, threading, warnings
    from bot.logs import setup_logging

    token = {TOKEN!r}
    setup_logging("INFO", [token, "e"])
    logging.getLogger("demo").info("record %s", token)
    warnings.warn("warning about " + token.replace(":", "%3A"))

    def fail():
        raise RuntimeError("thread saw " + token)

    t = threading.Thread(target=fail, name="worker")
    t.start()
    t.join()

    async def main():
        loop = asyncio.get_running_loop()
        def boom():
            raise ValueError("loop saw " + token)

        loop.call_soon(boom)
        await asyncio.sleep(0.05)

    asyncio.run(main())
""")


def test_warnings_thread_and_loop_exceptions_go_through_redaction() -> None:
    done = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True, text=True, timeout=60)
    err = done.stderr
    for seen in ("record [REDACTED]", "warning about [REDACTED]", "thread saw [REDACTED]", "loop saw [REDACTED]",
                 "uncaught exception in thread worker", "UserWarning"):
        assert seen in err, err
    assert TAIL not in err + done.stdout, err
