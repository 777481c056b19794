"""Run the fake server standalone: ``python -m tests.fakegram --port 8081 [--no-privacy]``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib

from .server import FakeTelegram


async def serve(args: argparse.Namespace) -> None:
    server = FakeTelegram(privacy_mode=not args.no_privacy)
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
    parser.add_argument("--no-privacy", action="store_true", help="the bot sees all group messages")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(parser.parse_args()))


if __name__ == "__main__":
    main()
