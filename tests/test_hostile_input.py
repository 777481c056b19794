"""Any string at all, however odd, gets an answer object and a valid Telegram reply of ≤ 4096 characters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.core.answers import Answerer
from bot.core.buttons import MAX_CALLBACK_BYTES, answer_buttons, parse_callback
from bot.core.conversation import Context
from bot.core.render import TELEGRAM_LIMIT, render_html, render_plain, telegram_length
from tests.fakegram.html_entities import parse_telegram_html

ODD = st.sampled_from([
    "", " ", "\x00", "\u200b\u200d\ufeff", "😀" * 300, "مرحبا كم عدد القتلى", "שלום עולם", "Привет, сколько погибло?",
    "<b>bold</b> & <script>alert(1)</script>", "**markdown** _x_ [link](http://x)", "/start <b>", "&amp;&lt;&",
    "a" * 100_000, "\ud800 lone surrogate", "1" * 5000, "30k 29,200 1.351 70% 7-15k", "\n\n\n", "<" * 5000,
    "❶", "² ٣ ①", "1️⃣",
])
TEXT = st.one_of(ODD, st.text(), st.text(alphabet=st.characters(codec="utf-8"), max_size=5000),
                 st.lists(ODD, max_size=4).map(" ".join))


def assert_valid_telegram(answer_text: list[str]) -> None:
    for message in answer_text:
        assert 0 < telegram_length(message) <= TELEGRAM_LIMIT
        parse_telegram_html(message)


@given(TEXT)
def test_any_message_gets_an_answer_and_valid_html(answerer: Answerer, text: str) -> None:
    answer = answerer.answer(text)
    assert render_plain(answer, answerer.kb.messages)
    assert_valid_telegram(render_html(answer, answerer.kb.messages))
    for row in answer_buttons(answer, answerer.kb.messages):
        for button in row:
            assert len(button.data.encode()) <= MAX_CALLBACK_BYTES


@given(TEXT, st.sampled_from([None, Context("casualties-overview"), Context(None, ("summary", "legal-resign"))]))
def test_any_follow_up_in_any_context_is_safe(answerer: Answerer, text: str, context: Context | None) -> None:
    assert_valid_telegram(render_html(answerer.answer(text, context), answerer.kb.messages))


@given(st.one_of(st.text(max_size=200), st.binary(max_size=100).map(lambda b: b.decode("latin-1"))))
def test_forged_callback_data_is_refused_not_crashed(answerer: Answerer, data: str) -> None:
    action = parse_callback(data, answerer.kb)
    if action is not None:
        assert action.target == "" or action.target in answerer.kb.entries or action.target in answerer.kb.not_covered


def test_buttons_for_entries_that_cannot_have_them_are_refused(answerer: Answerer) -> None:
    gap = next(iter(answerer.kb.not_covered))
    assert parse_callback(f"a:{gap}", answerer.kb) is not None
    assert parse_callback(f"s:{gap}", answerer.kb) is None
    assert parse_callback(f"v:{gap}:up", answerer.kb) is None


def test_user_text_is_never_rendered_as_markup(answerer: Answerer) -> None:
    answer = answerer.answer("<b>how many died</b> & <i>who</i>")
    assert "<b>how" not in "".join(render_html(answer, answerer.kb.messages))
