"""Admin commands answer in the admin's private chat only; everywhere else they are as silent as any unknown
command, and command handlers never see channel posts, business messages or edits."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.e2e.harness import BotProcess, Chat, next_chat_id, text_of
from tests.fakegram import FakeTelegramThread
from tests.fakegram.client import UserClient

ADMIN = 4_242_424


@pytest.fixture(scope="module")
def admin_bot(server: FakeTelegramThread, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    bot = BotProcess(server, tmp_path_factory.mktemp("data"), ADMIN_USER_IDS=str(ADMIN)).start()
    yield bot
    bot.stop()


def raw_update(client: UserClient, kind: str, payload: dict[str, Any]) -> None:
    client.raw_update(kind, payload)


def test_stats_answers_the_admin_in_private(admin_bot: BotProcess, client: UserClient) -> None:
    assert "questions" in text_of(Chat(client, user_id=ADMIN).say("/stats"))


@pytest.mark.parametrize("who", ["admin", "someone else"])
@pytest.mark.parametrize("command", ["/stats", "/reload", "/stats@article_fact_bot"])
def test_admin_commands_in_a_group_are_silent(admin_bot: BotProcess, client: UserClient, who: str,
                                              command: str) -> None:
    group = Chat(client, chat_type="supergroup", user_id=ADMIN if who == "admin" else None)
    client.send(command, chat_id=group.chat_id, user_id=group.user_id, chat_type="supergroup")
    client.send("/nosuchcommand", chat_id=group.chat_id, user_id=group.user_id, chat_type="supergroup")
    assert group.silence(0, wait=1.0)
    assert "29,200" in text_of(group.say("@article_fact_bot how many russian soldiers died"))  # still listening


def test_a_non_admin_in_private_hears_unknown_command(admin_bot: BotProcess, client: UserClient) -> None:
    assert "don't know that command" in text_of(Chat(client).say("/stats"))


def test_channel_posts_business_messages_and_edits_never_reach_commands(admin_bot: BotProcess,
                                                                         client: UserClient) -> None:
    channel = -next_chat_id()
    admin = Chat(client, user_id=ADMIN)
    admin.say("how many russian soldiers died")  # the admin's private chat exists, with one answer
    count = len(admin.log())
    post = {"message_id": 7, "date": int(time.time()), "text": "/stats",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}
    raw_update(client, "channel_post", {**post, "chat": {"id": channel, "type": "channel", "title": "C"},
                                        "sender_chat": {"id": channel, "type": "channel", "title": "C"}})
    user = {"id": ADMIN, "is_bot": False, "first_name": "Admin"}
    private = {"id": ADMIN, "type": "private", "first_name": "Admin"}
    raw_update(client, "business_message", {**post, "from": user, "chat": private, "business_connection_id": "b1"})
    raw_update(client, "edited_message", {**post, "from": user, "chat": private, "edit_date": int(time.time())})
    assert admin.silence(count, wait=1.5)
    assert not client.sent(channel)
