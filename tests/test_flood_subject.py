"""Which updates count against the per-user flood limit: every kind the bot acts on, nothing else."""

from __future__ import annotations

from typing import Any

import pytest
from telegram import Bot, Update

from bot.tg.render import flood_subject
from tests.e2e.harness import TOKEN

BOT = Bot(TOKEN)
USERNAME, BOT_ID = "article_fact_bot", 123456789
USER = {"id": 42, "is_bot": False, "first_name": "A"}
PRIVATE = {"id": 42, "type": "private", "first_name": "A"}
GROUP = {"id": -100, "type": "supergroup", "title": "G"}
CHANNEL = {"id": -200, "type": "channel", "title": "C"}


def message(text: str, chat: dict[str, Any] = PRIVATE, **extra: Any) -> dict[str, Any]:
    return {"message_id": 1, "date": 0, "chat": chat, "from": USER, "text": text, **extra}


def subject(kind: str, payload: dict[str, Any]) -> tuple[str, int] | None:
    update = Update.de_json({"update_id": 1, kind: payload}, BOT)
    assert update is not None
    return flood_subject(update, USERNAME, BOT_ID)


@pytest.mark.parametrize(("kind", "payload"), [
    ("message", message("how many died")),
    ("message", message("/help")),
    ("message", {**message(""), "sticker": {"file_id": "x", "file_unique_id": "x", "type": "regular",
                                          "width": 1, "height": 1, "is_animated": False, "is_video": False}}),
    ("edited_message", {**message("how many died"), "edit_date": 1}),
    ("message", message("/help", GROUP)),
    ("message", message("/help@article_fact_bot", GROUP)),
    ("message", message("@article_fact_bot how many died", GROUP)),
    ("callback_query", {"id": "1", "from": USER, "chat_instance": "1", "data": "n", "message": message("x")}),
])
def test_what_the_bot_acts_on_counts_against_its_sender(kind: str, payload: dict[str, Any]) -> None:
    assert subject(kind, payload) == ("chat", 42)


def test_inline_queries_count_in_their_own_bucket() -> None:
    assert subject("inline_query", {"id": "1", "from": USER, "query": "casualties", "offset": ""}) == ("inline", 42)


@pytest.mark.parametrize(("kind", "payload"), [
    ("message", message("what a nice day", GROUP)),  # group chatter: not for the bot
    ("message", message("/help@some_other_bot", GROUP)),
    ("message", {**message("hi"), "from": {**USER, "is_bot": True}}),
    ("channel_post", {"message_id": 1, "date": 0, "chat": CHANNEL, "text": "/stats"}),
    ("business_message", {**message("/stats"), "business_connection_id": "b"}),
    ("my_chat_member", {"chat": GROUP, "from": USER, "date": 0,
                        "old_chat_member": {"status": "left", "user": USER},
                        "new_chat_member": {"status": "member", "user": USER}}),
])
def test_what_the_bot_ignores_costs_nothing(kind: str, payload: dict[str, Any]) -> None:
    assert subject(kind, payload) is None
