"""A per-user flood gate: how many questions one user gets answered in a sliding window.

Pure and synchronous (the caller passes the clock), so the Telegram adapter can ask it before any
work is done and tests can replay a minute in microseconds. One user's flood never slows another:
each user has a deque of the times of their answered questions, at most ``limit`` long.

Verdicts: "allow" while the window holds fewer than ``limit`` answered questions; the first
message past the limit gets "notice" (the bot sends one polite note, so the user knows why it went
quiet), every further one "drop" (silence: a note per message would double the flood) until
the window has room again. Only answered questions fill the window, so a user who keeps
hammering is answered again as soon as their oldest answer is ``window`` seconds old.

Memory stays bounded against many users: a user idle for ``window`` seconds is forgotten (their
window is empty, so nothing is lost), and beyond ``max_users`` tracked users the stalest one is
forgotten (their quota starts afresh: a flood across 100,000 accounts is not this gate's to stop).
"""

from __future__ import annotations

from collections import OrderedDict, deque
from dataclasses import dataclass
from typing import Literal

Verdict = Literal["allow", "notice", "drop"]
MAX_USERS = 100_000


@dataclass(slots=True)
class _User:
    answered: deque[float]  # times of answered questions within the window, oldest first
    noticed: bool = False  # the note about this flood has been sent
    seen: float = 0.0  # the last check, answered or not


class FloodGate:
    """``limit`` answered questions per user per ``window`` seconds; see the module docstring."""

    def __init__(self, limit: int, window: float = 60.0, *, max_users: int = MAX_USERS) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        if not window > 0:
            raise ValueError("window must be positive")
        if max_users < 1:
            raise ValueError("max_users must be at least 1")
        self.limit = limit
        self.window = window
        self.max_users = max_users
        self._users: OrderedDict[int, _User] = OrderedDict()  # least recently seen first

    def __len__(self) -> int:
        """How many users are tracked (for tests and metrics)."""
        return len(self._users)

    def check(self, user_id: int, now: float) -> Verdict:
        """The verdict on a message of ``user_id`` at ``now`` (a monotonic clock, in seconds).

        The window is (now - window, now]: an answer given exactly ``window`` seconds ago no
        longer counts.
        """
        horizon = now - self.window
        self._forget_idle(horizon)
        user = self._users.get(user_id)
        if user is None:
            user = self._users[user_id] = _User(deque(maxlen=self.limit))
            if len(self._users) > self.max_users:
                self._users.popitem(last=False)
        else:
            self._users.move_to_end(user_id)
        user.seen = now
        while user.answered and user.answered[0] <= horizon:
            user.answered.popleft()
        if len(user.answered) < self.limit:
            user.answered.append(now)
            user.noticed = False  # a later flood gets its own note
            return "allow"
        if user.noticed:
            return "drop"
        user.noticed = True
        return "notice"

    def _forget_idle(self, horizon: float) -> None:
        """Drop users not seen since ``horizon``: the order is by last check, so they are at the
        front and each check pays only for the users it forgets."""
        while self._users:
            user_id, user = next(iter(self._users.items()))
            if user.seen > horizon:
                return
            del self._users[user_id]
