"""Run the fake server standalone: ``python -m tests.fakegram --port 8081``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib

from .server import FakeTelegram


async def serve(args: argparse.Namespace) -> None:
    server = FakeTelegram(
        valid_tokens=args.token or None,
        bot_username=args.username,
        privacy_mode=not args.no_privacy,
        strict_html=not args.lenient_html,
        webhook_redirect=args.webhook_redirect,
    )
    await server.start(args.host, args.port)
    print(f"fakegram listening: base_url={server.base_url} tests={server.url}/test/", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.fakegram", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--username", default="article_fact_bot")
    parser.add_argument("--token", action="append", help="accept only these tokens (repeatable)")
    parser.add_argument("--no-privacy", action="store_true", help="bot sees all group messages")
    parser.add_argument("--webhook-redirect", help="deliver webhook updates to this http://host:port")
    parser.add_argument("--lenient-html", action="store_true", help="accept a bare '&' like Telegram")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(parser.parse_args()))


if __name__ == "__main__":
    main()
