"""The per-user flood gate, told as stories of users on a clock the tests control."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.tg.flood import FloodGate, Verdict
from tests.conftest import ROOT

ALICE, BOB = 1001, 2002


def test_a_flooding_user_gets_the_limit_one_notice_and_nothing_more_while_others_are_answered() -> None:
    gate = FloodGate(limit=20, window=60.0)
    alice: list[Verdict] = []
    bob: list[Verdict] = []
    for n in range(25):  # 25 questions in 48 seconds from Alice; Bob asks in between, as fast
        alice.append(gate.check(ALICE, now=n * 2.0))
        bob.append(gate.check(BOB, now=n * 2.0 + 0.1))
    assert alice == ["allow"] * 20 + ["notice"] + ["drop"] * 4
    assert bob == ["allow"] * 20 + ["notice"] + ["drop"] * 4  # a user's own limit, not a shared one
    other = FloodGate(limit=20)
    for n in range(25):
        other.check(ALICE, now=n * 0.1)
    assert [other.check(BOB, now=3.0 + n * 0.1) for n in range(20)] == ["allow"] * 20


def test_after_the_window_passes_the_user_is_answered_again() -> None:
    gate = FloodGate(limit=20, window=60.0)
    verdicts = Counter(gate.check(ALICE, now=n * 0.5) for n in range(30))  # 30 in 15 s
    assert verdicts == {"allow": 20, "notice": 1, "drop": 9}
    assert gate.check(ALICE, now=59.0) == "drop"  # a minute after the first answer, not before
    assert [gate.check(ALICE, now=75.0 + n) for n in range(20)] == ["allow"] * 20


def test_the_window_slides() -> None:
    gate = FloodGate(limit=3, window=10.0)
    assert [gate.check(ALICE, now=t) for t in (0.0, 4.0, 8.0, 9.0)] == ["allow", "allow", "allow", "notice"]
    assert gate.check(ALICE, now=9.99) == "drop"
    assert gate.check(ALICE, now=10.0) == "allow"  # the answer at 0 is 10 s old: room for one
    assert gate.check(ALICE, now=10.5) == "notice"  # a new flood, a new note
    assert gate.check(ALICE, now=13.9) == "drop"
    assert gate.check(ALICE, now=14.0) == "allow"  # the answer at 4 s has left the window


def test_ignored_messages_do_not_extend_the_silence() -> None:
    """Only answers fill the window: hammering on does not keep the user locked out."""
    gate = FloodGate(limit=2, window=10.0)
    verdicts = [gate.check(ALICE, now=t * 0.5) for t in range(40)]  # every half second for 20 s
    assert verdicts[:4] == ["allow", "allow", "notice", "drop"]
    assert verdicts[20:24] == ["allow", "allow", "notice", "drop"]  # at 10 s the window is empty again


def test_idle_users_are_forgotten() -> None:
    gate = FloodGate(limit=5, window=60.0)
    for user_id in range(1000):  # a thousand users over 31 s
        gate.check(user_id, now=user_id / 32)
    assert len(gate) == 1000
    gate.check(ALICE, now=75.0)
    assert len(gate) == 520  # users 0-480 (quiet for a minute) are gone; 481-999 and Alice count
    gate.check(ALICE, now=92.0)
    assert len(gate) == 1
    assert [gate.check(ALICE, now=93.0) for _ in range(4)] == ["allow"] * 3 + ["notice"]  # Alice is remembered


def test_the_number_of_tracked_users_is_capped_and_the_stalest_go_first() -> None:
    gate = FloodGate(limit=1, window=60.0, max_users=1000)
    for user_id in range(5000):  # a crowd, all within one window
        assert gate.check(user_id, now=user_id * 0.001) == "allow"
    assert len(gate) == 1000
    assert gate.check(4999, now=5.0) == "notice"  # the most recent users are still tracked
    assert gate.check(0, now=5.0) == "allow"  # the stalest was forgotten: a fresh quota
    assert len(gate) == 1000


def test_the_default_cap_is_a_hundred_thousand() -> None:
    gate = FloodGate(limit=20)
    for user_id in range(100_050):
        gate.check(user_id, now=user_id * 1e-5)
    assert len(gate) == 100_000


@pytest.mark.parametrize(("limit", "window", "max_users"), [(0, 60.0, 10), (1, 0.0, 10), (1, -1.0, 10), (1, 60.0, 0)])
def test_nonsense_settings_are_refused(limit: int, window: float, max_users: int) -> None:
    with pytest.raises(ValueError):
        FloodGate(limit, window, max_users=max_users)


events = st.lists(st.tuples(st.integers(0, 3), st.floats(0.0, 5.0, allow_nan=False)), max_size=200)


@given(events, st.integers(1, 5))
def test_same_verdicts_as_the_definition(steps: list[tuple[int, float]], limit: int) -> None:
    """Against a model that keeps every answer forever: "allow" iff the user has fewer than
    ``limit`` answers in (now - window, now]; else "notice" unless noticed since the last answer."""
    gate = FloodGate(limit=limit, window=10.0)
    answers: dict[int, list[float]] = {}
    noticed: set[int] = set()
    now = 0.0
    for user, gap in steps:
        now += gap
        expected: Verdict
        if sum(t > now - 10.0 for t in answers.get(user, [])) < limit:
            expected = "allow"
            answers.setdefault(user, []).append(now)
            noticed.discard(user)
        elif user in noticed:
            expected = "drop"
        else:
            expected = "notice"
            noticed.add(user)
        assert gate.check(user, now) == expected


def test_the_gate_never_imports_telegram() -> None:
    script = "import sys, bot.tg.flood; print(sorted(m for m in sys.modules if m.split('.')[0] == 'telegram'))"
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
