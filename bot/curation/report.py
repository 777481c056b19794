"""The curators' report: which questions the bot could not answer, grouped, with what to do about each group.

Pure functions over store rows, so the report can be tested without a database or a knowledge base.
Similar questions are grouped by rapidfuzz's token-set similarity of their normalised words. Grouping
is greedy around leaders, longest question first, never chained: with chaining, one short question
("how many") that is contained in many others would glue unrelated groups into one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

import numpy as np
from rapidfuzz import fuzz, process

from bot.core.models import Outcome
from bot.curation.store import DAY, HOUR, WEEK, QuestionRow, VoteRow
from bot.errors import BotError
from bot.kb.textnorm import phrase_key

ClusterKind = Literal["unanswered", "down_voted"]
Nearest = Callable[[str], tuple[str | None, float]]

NEEDS_CURATOR: Final = frozenset({Outcome.NO_MATCH, Outcome.AMBIGUOUS, Outcome.NOT_COVERED})
CLUSTER_THRESHOLD: Final = 70.0
PHRASING_SCORE: Final = 45.0
MAX_EXAMPLES: Final = 5
_CHUNK = 512
_LABEL_CANDIDATES = 300
_SINCE = re.compile(r"(\d+)\s*([hdw])")
_UNITS = {"h": ("hour", HOUR), "d": ("day", DAY), "w": ("week", WEEK)}


@dataclass(frozen=True, slots=True)
class Cluster:
    """A group of questions a curator should look at, and what the bot's matcher makes of it.

    For ``unanswered`` clusters ``count`` is how many questions, ``outcomes`` how the bot replied to
    them. For ``down_voted`` clusters (one per entry whose answer got a 👎) ``count`` is the number of
    👎 and ``examples`` are the questions that entry answered.
    """

    kind: ClusterKind
    label: str
    count: int
    people: int
    examples: tuple[str, ...]
    outcomes: tuple[tuple[str, int], ...]
    nearest_entry: str | None
    nearest_score: float
    suggestion: str


def parse_since(text: str, now: float) -> tuple[float, str]:
    """``7d``, ``24h``, ``2w`` or a date ``2026-11-01`` (local midnight) → (unix time, label for humans)."""
    value = text.strip().lower()
    relative = _SINCE.fullmatch(value)
    if relative:
        amount, (unit, seconds) = int(relative.group(1)), _UNITS[relative.group(2)]
        return now - amount * seconds, f"the last {amount} {unit}{'' if amount == 1 else 's'}"
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise BotError(f"--since {text!r}: expected a duration like 7d, 24h, 2w or a date like 2026-11-01") from None
    return dt.datetime.combine(day, dt.time()).timestamp(), f"{day.isoformat()}"


def build_report(questions: list[QuestionRow], votes: list[VoteRow], nearest: Nearest, *,
                 min_count: int = 1, threshold: float = CLUSTER_THRESHOLD) -> list[Cluster]:
    """Unanswered questions clustered (largest first), then the 👎-rated entries (most 👎 first)."""
    unanswered = [q for q in questions if q.outcome in NEEDS_CURATOR and phrase_key(q.text)]
    clusters = [_unanswered(group, nearest) for group in _group(unanswered, threshold)]
    clusters.sort(key=lambda c: (-c.count, c.label))
    rated = sorted(_down_voted(questions, votes), key=lambda c: (-c.count, c.nearest_entry or ""))
    return [c for c in (*clusters, *rated) if c.count >= min_count]


def _group(rows: list[QuestionRow], threshold: float) -> list[list[QuestionRow]]:
    """Rows grouped by similar normalised text; each distinct text is compared once."""
    by_key: dict[str, list[QuestionRow]] = {}
    for row in rows:
        by_key.setdefault(phrase_key(row.text), []).append(row)
    keys = sorted(by_key, key=lambda k: (-len(k.split()), -len(by_key[k]), k))
    leaders: list[int] = []
    members: dict[int, list[int]] = {}
    for start in range(0, len(keys), _CHUNK):
        stop = min(start + _CHUNK, len(keys))
        block = process.cdist(keys[start:stop], keys[:stop], scorer=fuzz.token_set_ratio, processor=None,
                              score_cutoff=threshold, dtype=np.uint8, workers=-1)
        for i in range(start, stop):
            scores = block[i - start, leaders] if leaders else np.zeros(0, np.uint8)
            best = int(np.argmax(scores)) if len(scores) else -1
            if best >= 0 and scores[best] >= threshold:
                members[leaders[best]].append(i)
            else:
                leaders.append(i)
                members[i] = [i]
    return [[row for i in members[lead] for row in by_key[keys[i]]] for lead in leaders]


def _typical(rows: Sequence[QuestionRow]) -> str:
    """The question most like all the others (weighted by how often each was asked).

    Compared by token-sort similarity, which, unlike token-set, does not rate a fragment ("how many")
    identical to every longer question that contains it. Only the most asked few hundred distinct
    questions are candidates, to bound the comparisons.
    """
    counts = Counter(phrase_key(r.text) for r in rows)
    keys = [k for k, _ in counts.most_common(_LABEL_CANDIDATES)]
    if len(keys) == 1:
        return _commonest_text(rows, keys[0])
    sims = process.cdist(keys, keys, scorer=fuzz.token_sort_ratio, processor=None, workers=-1)
    weights = np.array([counts[k] for k in keys], dtype=np.float64)
    totals = sims @ weights
    best = max(range(len(keys)), key=lambda i: (totals[i], counts[keys[i]], -len(keys[i])))
    return _commonest_text(rows, keys[best])


def _commonest_text(rows: Sequence[QuestionRow], key: str) -> str:
    texts = Counter(" ".join(r.text.split()) for r in rows if phrase_key(r.text) == key)
    return texts.most_common(1)[0][0]


def _examples(rows: Sequence[QuestionRow], label: str) -> tuple[str, ...]:
    """Up to five distinct questions (distinct once normalised), the label first, then the most asked."""
    seen = {phrase_key(label)}
    out = [label]
    for text, _ in Counter(" ".join(r.text.split()) for r in rows).most_common():
        key = phrase_key(text)
        if key not in seen and len(out) < MAX_EXAMPLES:
            seen.add(key)
            out.append(text)
    return tuple(out)


def _outcomes(rows: Sequence[QuestionRow]) -> tuple[tuple[str, int], ...]:
    return tuple(Counter(r.outcome for r in rows).most_common())


def _unanswered(rows: list[QuestionRow], nearest: Nearest) -> Cluster:
    label = _typical(rows)
    entry, score = nearest(label)
    if entry is not None and score >= PHRASING_SCORE:
        suggestion = f"add it as a phrasing of entry {entry}"
    else:
        suggestion = "write a new entry (or a not_covered entry)"
    return Cluster("unanswered", label, len(rows), len({r.user_hash for r in rows}), _examples(rows, label),
                   _outcomes(rows), entry, score, suggestion)


def _down_voted(questions: list[QuestionRow], votes: list[VoteRow]) -> list[Cluster]:
    """One cluster per entry whose answer someone currently rates 👎, with the questions it answered."""
    down: dict[str, set[str]] = {}
    for vote in votes:
        if vote.vote == "down":
            down.setdefault(vote.entry, set()).add(vote.user_hash)
    clusters = []
    for entry, voters in down.items():
        rows = [q for q in questions if q.outcome == Outcome.ANSWERED and q.entry == entry]
        label = _typical(rows) if rows else f"(answers of {entry})"
        mean = round(sum(r.score for r in rows) / len(rows), 1) if rows else 0.0
        votes_down = sum(1 for v in votes if v.vote == "down" and v.entry == entry)
        suggestion = (f"review the answer of entry {entry}; if these questions ask something else, "
                      "add a phrasing elsewhere or a new entry")
        clusters.append(Cluster("down_voted", label, votes_down, len(voters), _examples(rows, label) if rows else (),
                                _outcomes(rows), entry, mean, suggestion))
    return clusters


def format_report(clusters: Sequence[Cluster], since_label: str) -> str:
    """A plain-text report for a terminal: one block per cluster, unanswered first."""
    unanswered = [c for c in clusters if c.kind == "unanswered"]
    rated = [c for c in clusters if c.kind == "down_voted"]
    lines = [f"Questions for curators since {since_label}: {len(unanswered)} group(s) of unanswered questions "
             f"({sum(c.count for c in unanswered)} questions), {len(rated)} answer(s) rated 👎"]
    if not clusters:
        lines.append("Nothing to do: every question was answered and no answer is rated 👎.")
    if unanswered:
        lines += ["", "Questions the bot could not answer, largest group first",
                  f"{'#':>3}  {'asked':>5}  {'people':>6}  {'how the bot replied':<30}  {'nearest entry':<28}  score"]
        lines += _blocks(unanswered)
    if rated:
        lines += ["", "Answers people rated 👎, most 👎 first",
                  f"{'#':>3}  {'👎':>4}  {'people':>6}  {'times it answered':<30}  {'entry':<28}  score"]
        lines += _blocks(rated)
    return "\n".join(lines)


def _blocks(clusters: Sequence[Cluster]) -> list[str]:
    lines = []
    for n, c in enumerate(clusters, 1):
        outcomes = ", ".join(f"{k} {v}" for k, v in c.outcomes) or "-"
        lines.append(f"{n:>3}  {c.count:>5}  {c.people:>6}  {_cut(outcomes, 30):<30}  "
                     f"{_cut(c.nearest_entry or '-', 28):<28}  {c.nearest_score:5.1f}")
        lines.append(f"{'':5}\"{_cut(c.label, 100)}\"")
        lines += [f"{'':5}also: \"{_cut(e, 100)}\"" for e in c.examples[1:]]
        lines.append(f"{'':5}→ {c.suggestion}")
    return lines


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def report_json(clusters: Sequence[Cluster]) -> list[dict[str, Any]]:
    """The report as JSON-ready objects, one per cluster, in report order."""
    return [
        {
            "kind": c.kind,
            "label": c.label,
            "count": c.count,
            "people": c.people,
            "examples": list(c.examples),
            "outcomes": dict(c.outcomes),
            "nearest_entry": c.nearest_entry,
            "nearest_score": c.nearest_score,
            "suggestion": c.suggestion,
        }
        for c in clusters
    ]
