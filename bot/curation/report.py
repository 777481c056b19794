"""The curators' report: which questions the bot could not answer, grouped, with what to do about each group.

Built from the store's SQL aggregates (``ReportSource``): identical questions are counted and
deduplicated by the database, and only the most asked distinct ones are grouped here, within a time
budget, so the report stays quick at a million stored questions. Similar questions are grouped by
rapidfuzz's token-set similarity of their normalised words. Grouping is greedy around leaders, longest
question first, never chained: with chaining, one short question ("how many") that is contained in
many others would glue unrelated groups into one.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal, Protocol

import numpy as np
from rapidfuzz import fuzz, process

from bot.core.models import Outcome
from bot.curation.store import DAY, HOUR, WEEK, Answered, Asked, Distinct, People
from bot.errors import BotError

ClusterKind = Literal["unanswered", "down_voted"]
Nearest = Callable[[str], tuple[str | None, float]]

NEEDS_CURATOR: Final = frozenset({Outcome.NO_MATCH, Outcome.AMBIGUOUS, Outcome.NOT_COVERED})
CLUSTER_THRESHOLD: Final = 70.0
PHRASING_SCORE: Final = 45.0
MAX_EXAMPLES: Final = 5
TOP_QUESTIONS: Final = 500
"""Distinct questions the report groups, the most asked first; the rest were asked less often."""
TIME_BUDGET: Final = 1.5
MIN_GROUPS: Final = 10
"""Seconds from the start after which no more questions are grouped and no more groups labelled."""
_CHUNK = 128
_LABEL_CANDIDATES = 60
_ANSWERED_SAMPLE = 500
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
    people_estimated: bool = False


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


@dataclass(frozen=True, slots=True)
class Report:
    """The clusters, and how much of the stored history they cover (the report is bounded in size and time)."""

    clusters: list[Cluster]
    considered: int
    """Distinct unanswered questions grouped: the most asked, at most ``top``."""
    covered: int
    """How many questions those distinct ones account for."""
    questions: int
    """Unanswered questions in the period."""
    out_of_time: bool = False
    """The time budget ran out: the least asked groups were left out."""


class ReportSource(Protocol):
    """The store's aggregate reads the report is built from (``Store`` has them)."""

    def unanswered(self, since: float, outcomes: Sequence[str], limit: int) -> Distinct: ...
    def outcomes(self, since: float, outcomes: Sequence[str], keys: Sequence[str]) -> dict[str, dict[str, int]]: ...
    def people(self, since: float, outcomes: Sequence[str], groups: Sequence[Sequence[str]]) -> list[People]: ...
    def spellings(self, since: float, outcomes: Sequence[str], keys: Sequence[str]) -> dict[str, str]: ...
    def answered(self, since: float, entries: Sequence[str], sample: int) -> dict[str, Answered]: ...
    def down_votes(self, since: float) -> list[tuple[str, int, int]]: ...


def build_report(source: ReportSource, since: float, nearest: Nearest, *, min_count: int = 1,
                 threshold: float = CLUSTER_THRESHOLD, top: int = TOP_QUESTIONS, max_clusters: int | None = None,
                 budget: float = TIME_BUDGET, min_groups: int = MIN_GROUPS, down_voted: bool = True,
                 found: Distinct | None = None,
                 started: float | None = None, clock: Callable[[], float] = time.monotonic) -> Report:
    """Unanswered questions clustered (largest first), then the 👎-rated entries (most 👎 first).

    Bounded: only the ``top`` most asked distinct questions are grouped (counted and deduplicated in
    SQL; ``found`` when the caller ran that query already, at ``started`` by ``clock``). The budget
    (seconds from the start) is kept by grouping only as many of them, the most asked first, as the
    measured speed allows in half the time left, and by labelling groups, largest first, until it is
    spent; whatever is left out is the least asked, and the report says so. On a machine too busy for the
    budget, the first chunk of questions is still grouped and ``min_groups`` groups still labelled.
    """
    deadline = (clock() if started is None else started) + budget
    outcomes = sorted(NEEDS_CURATOR)
    found = found or source.unanswered(since, outcomes, top)
    asked = _affordable(found.asked, threshold, clock, deadline)
    groups, out_of_time = _group(asked, threshold, lambda: clock() > deadline)
    out_of_time = out_of_time or len(asked) < len(found.asked)
    groups = sorted((g for g in groups if sum(a.count for a in g) >= min_count),
                    key=lambda g: (-sum(a.count for a in g), _ranked(g)[0].key))
    groups = groups[:max_clusters] if max_clusters is not None else groups
    clusters: list[Cluster] = []
    for group in groups:  # the most asked first, so the budget leaves out the least asked
        if clock() > deadline and len(clusters) >= min_groups:
            out_of_time = True
            break
        keys = [a.key for a in group]
        [who] = source.people(since, outcomes, [keys])
        label = _typical(group)
        texts = source.spellings(since, outcomes, [a.key for a in _example_keys(group, label)])
        replies = _outcomes(group, source.outcomes(since, outcomes, keys))
        clusters.append(_unanswered(group, label, who, replies, texts, nearest))
    clusters.sort(key=lambda c: (-c.count, c.label))
    rated = _down_voted(source, since, min_count) if down_voted else []
    return Report([*clusters, *rated], len(asked), sum(a.count for a in asked), found.questions, out_of_time)


def _affordable(asked: list[Asked], threshold: float, clock: Callable[[], float], deadline: float) -> list[Asked]:
    """The most asked questions that can be grouped in half the time left, from the speed of one sample block.

    Grouping compares each question with at most all before it: n²/2 comparisons at most.
    """
    if len(asked) <= _CHUNK:
        return asked
    sample = [a.key for a in asked[:_CHUNK]]
    began = clock()
    _similar(sample, sample, threshold)
    per_pair = max(clock() - began, 1e-9) / (_CHUNK * _CHUNK)
    half_of_what_is_left = max(deadline - clock(), 0.0) / 2
    fits = math.isqrt(int(2 * half_of_what_is_left / per_pair))
    return asked[: max(_CHUNK, min(len(asked), fits))]


def _ranked(group: Sequence[Asked]) -> list[Asked]:
    return sorted(group, key=lambda a: (-a.count, a.key))


def _group(asked: list[Asked], threshold: float, late: Callable[[], bool]) -> tuple[list[list[Asked]], bool]:
    """Distinct questions grouped around leaders, longest first; (groups, whether time ran out).

    Each question is compared only with the leaders so far: those of earlier chunks in one ``cdist``
    call, those of its own chunk through the chunk's own similarity block.
    """
    keys = sorted(asked, key=lambda a: (-len(a.key.split()), -a.count, a.key))
    texts = [a.key for a in keys]
    leaders: list[int] = []
    members: dict[int, list[int]] = {}
    for start in range(0, len(keys), _CHUNK):
        if start and late():
            return [[keys[i] for i in members[lead]] for lead in leaders], True
        chunk = texts[start:start + _CHUNK]
        earlier = list(leaders)
        old = _similar(chunk, [texts[i] for i in earlier], threshold)
        own = _similar(chunk, chunk, threshold)
        for row in range(len(chunk)):
            best, score = -1, 0
            if earlier:
                column = int(np.argmax(old[row]))
                best, score = earlier[column], int(old[row, column])
            for lead in leaders[len(earlier):]:  # leaders made in this chunk, in order
                if own[row, lead - start] > score:
                    best, score = lead, int(own[row, lead - start])
            if best >= 0 and score >= threshold:
                members[best].append(start + row)
            else:
                leaders.append(start + row)
                members[start + row] = [start + row]
    return [[keys[i] for i in members[lead]] for lead in leaders], False


def _similar(rows: list[str], columns: list[str], threshold: float) -> np.ndarray[Any, np.dtype[np.uint8]]:
    if not rows or not columns:
        return np.zeros((len(rows), len(columns)), np.uint8)
    return process.cdist(rows, columns, scorer=fuzz.token_set_ratio, processor=None, score_cutoff=threshold,
                         dtype=np.uint8, workers=-1)


def _typical(group: Sequence[Asked]) -> str:
    """The key most like all the others (weighted by how often each was asked).

    Compared by token-sort similarity, which, unlike token-set, does not rate a fragment ("how many")
    identical to every longer question that contains it. Only the most asked few dozen distinct
    questions are candidates, to bound the comparisons.
    """
    ranked = _ranked(group)[:_LABEL_CANDIDATES]
    if len(ranked) == 1:
        return ranked[0].key
    keys = [a.key for a in ranked]
    sims = process.cdist(keys, keys, scorer=fuzz.token_sort_ratio, processor=None, workers=1)  # small: no threads
    weights = np.array([a.count for a in ranked], dtype=np.float64)
    totals = sims @ weights
    best = max(range(len(keys)), key=lambda i: (totals[i], ranked[i].count, -len(keys[i])))
    return keys[best]


def _example_keys(group: Sequence[Asked], label: str) -> list[Asked]:
    """Up to five distinct questions, the label first, then the most asked."""
    ranked = _ranked(group)
    first = [a for a in ranked if a.key == label]
    return (first + [a for a in ranked if a.key != label])[:MAX_EXAMPLES]


def _outcomes(group: Sequence[Asked], replies: dict[str, dict[str, int]]) -> tuple[tuple[str, int], ...]:
    counts: Counter[str] = Counter()
    for asked in group:
        counts.update(replies.get(asked.key, {}))
    return tuple(sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])))


def _unanswered(group: list[Asked], label_key: str, people: People, outcomes: tuple[tuple[str, int], ...],
                texts: dict[str, str], nearest: Nearest) -> Cluster:
    examples = tuple(texts.get(a.key, a.key) for a in _example_keys(group, label_key))
    label = examples[0]
    entry, score = nearest(label)
    if entry is not None and score >= PHRASING_SCORE:
        suggestion = f"add it as a phrasing of entry {entry}"
    else:
        suggestion = "write a new entry (or a not_covered entry)"
    return Cluster("unanswered", label, sum(a.count for a in group), people.count, examples, outcomes, entry, score,
                   suggestion, people.estimated)


def _down_voted(source: ReportSource, since: float, min_count: int) -> list[Cluster]:
    """One cluster per entry whose answer someone currently rates 👎, with the questions it answered."""
    down = [d for d in source.down_votes(since) if d[1] >= min_count]
    answered = source.answered(since, [entry for entry, _, _ in down], _ANSWERED_SAMPLE)
    answered_only = [Outcome.ANSWERED.value]
    labels = {entry: _typical(a.asked) for entry, a in answered.items() if a.asked}
    keys = [k.key for entry, label in labels.items() for k in _example_keys(answered[entry].asked, label)]
    texts = source.spellings(since, answered_only, keys)
    clusters = []
    for entry, votes_down, voters in down:
        outcomes: tuple[tuple[str, int], ...]
        rows = answered.get(entry)
        if rows is not None and entry in labels:
            examples = tuple(texts.get(a.key, a.key) for a in _example_keys(rows.asked, labels[entry]))
            label, outcomes, mean = examples[0], ((Outcome.ANSWERED.value, rows.count),), round(rows.mean_score, 1)
        else:
            examples, label, outcomes, mean = (), f"(answers of {entry})", (), 0.0
        suggestion = (f"review the answer of entry {entry}; if these questions ask something else, "
                      "add a phrasing elsewhere or a new entry")
        clusters.append(Cluster("down_voted", label, votes_down, voters, examples, outcomes, entry, mean, suggestion))
    return sorted(clusters, key=lambda c: (-c.count, c.nearest_entry or ""))


def coverage_notes(report: Report) -> list[str]:
    """What the bounded report left out, if anything, in plain words."""
    notes = []
    if report.covered < report.questions:
        notes.append(f"Grouped the {report.considered:,} most asked distinct questions, {report.covered:,} of the "
                     f"{report.questions:,} unanswered; the others were asked less often (raise --top to see more).")
    if report.out_of_time:
        notes.append("The time budget ran out: the least asked questions or groups are not shown.")
    return notes


def format_report(report: Report, since_label: str) -> str:
    """A plain-text report for a terminal: one block per cluster, unanswered first."""
    clusters = report.clusters
    unanswered = [c for c in clusters if c.kind == "unanswered"]
    rated = [c for c in clusters if c.kind == "down_voted"]
    lines = [f"Questions for curators since {since_label}: {len(unanswered)} group(s) of unanswered questions "
             f"({sum(c.count for c in unanswered)} questions), {len(rated)} answer(s) rated 👎"]
    lines += coverage_notes(report)
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
        people = f"~{c.people}" if c.people_estimated else str(c.people)
        lines.append(f"{n:>3}  {c.count:>5}  {people:>6}  {_cut(outcomes, 30):<30}  "
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
            "people_estimated": c.people_estimated,
            "examples": list(c.examples),
            "outcomes": dict(c.outcomes),
            "nearest_entry": c.nearest_entry,
            "nearest_score": c.nearest_score,
            "suggestion": c.suggestion,
        }
        for c in clusters
    ]
