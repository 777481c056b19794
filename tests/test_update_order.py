"""Updates from one chat are handled in order; other chats do not wait for them."""

from __future__ import annotations

import asyncio

from telegram import Chat, Message, Update, User

from bot.tg.updates import PerChatUpdateProcessor


def update(update_id: int, chat_id: int) -> Update:
    user = User(chat_id, "A", is_bot=False)
    chat = Chat(chat_id, "private")
    return Update(update_id, message=Message(update_id, None, chat, from_user=user, text="hi"))  # type: ignore[arg-type]


def test_one_chat_in_order_and_other_chats_alongside() -> None:
    events: list[str] = []

    async def work(name: str, delay: float) -> None:
        events.append(f"start {name}")
        await asyncio.sleep(delay)
        events.append(f"end {name}")

    async def main() -> None:
        processor = PerChatUpdateProcessor()
        await asyncio.gather(
            processor.process_update(update(1, 10), work("a1", 0.05)),
            processor.process_update(update(2, 10), work("a2", 0.0)),
            processor.process_update(update(3, 20), work("b1", 0.0)),
        )
        assert processor.busy_chats == 0  # idle chats are forgotten

    asyncio.run(main())
    assert events.index("end a1") < events.index("start a2")
    assert events.index("end b1") < events.index("end a1")
