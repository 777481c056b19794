"""User stories for the curators' report, from questions recorded in a real store to the printed table."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import main
from bot.core.answers import Answerer
from bot.curation.report import Cluster, Nearest, Report, build_report, format_report, parse_since, report_json
from bot.curation.store import Store
from bot.errors import BotError
from tests.conftest import KNOWLEDGE

CHECHNYA = ("how many soldiers died in chechnya", "How many soldiers died in Chechnya?",
            "how many died in the chechen war", "soldiers died in chechnya how many")
WEATHER = ("what is the weather in moscow", "weather in moscow today")
SECRET = b"s" * 32


def nearest_in(answerer: Answerer) -> Nearest:
    """The CLI's ``nearest``: the matcher's best entry for a question."""

    def nearest(question: str) -> tuple[str | None, float]:
        _, ranked = answerer.matcher.rank(question, 1)
        return (ranked[0].id, ranked[0].score) if ranked else (None, 0.0)

    return nearest


def asked(answerer: Answerer, store: Store, text: str, user_id: int) -> None:
    """Record a question the way the bot does: with the answerer's real verdict."""
    answer = answerer.answer(text)
    outcome = "answered" if answer.answered else answer.kind
    store.record_question(text=text, outcome=outcome, entry=answer.entry_id, score=answer.score,
                          candidates=[(c.id, c.score) for c in answer.alternatives], chat_type="private",
                          user_id=user_id)


@pytest.fixture()
def store(tmp_path: Path, answerer: Answerer) -> Iterator[Store]:
    """A store with a week's worth of questions: two unanswered groups, one answered question rated 👎."""
    store = Store(tmp_path / "questions.sqlite3", SECRET)
    for i, text in enumerate((*CHECHNYA, *WEATHER, "who won the world cup", "is resigning legal")):
        asked(answerer, store, text, user_id=i % 3)
    store.record_vote(answer_key="m1", entry="legal-resign", vote="up", chat_type="private", user_id=5)
    store.record_vote(answer_key="m1", entry="legal-resign", vote="down", chat_type="private", user_id=5)
    yield store
    store.close()


def report(store: Store, answerer: Answerer, min_count: int = 1) -> list[Cluster]:
    return build_report(store, 0, nearest_in(answerer), min_count=min_count).clusters


def test_unanswered_questions_cluster_together_with_their_count_and_nearest_entry(store: Store, answerer: Answerer
                                                                                   ) -> None:
    clusters = report(store, answerer)
    biggest = clusters[0]
    assert biggest.kind == "unanswered"
    assert biggest.count == 4 and biggest.people == 3
    assert biggest.label == "how many soldiers died in chechnya"
    assert set(biggest.examples) == {"how many soldiers died in chechnya", "how many died in the chechen war",
                                     "soldiers died in chechnya how many"}
    assert biggest.nearest_entry == "chechen-units"
    assert biggest.suggestion == "add it as a phrasing of entry chechen-units"
    weather = clusters[1]
    assert (weather.count, set(weather.examples)) == (2, set(WEATHER))
    assert all(c.label != "is resigning legal" for c in clusters if c.kind == "unanswered")


def test_a_down_voted_answer_is_its_own_cluster_with_the_questions_it_answered(store: Store, answerer: Answerer
                                                                               ) -> None:
    rated = [c for c in report(store, answerer) if c.kind == "down_voted"]
    assert len(rated) == 1
    assert (rated[0].nearest_entry, rated[0].count, rated[0].examples) == ("legal-resign", 1, ("is resigning legal",))
    assert "review the answer of entry legal-resign" in rated[0].suggestion


def test_a_question_far_from_every_entry_asks_for_a_new_entry(answerer: Answerer, tmp_path: Path) -> None:
    store = Store(tmp_path / "q.sqlite3", SECRET)
    store.record_question(text="zorblax quuxification frobnicate", outcome="no_match", entry=None, score=0.0,
                          candidates=[], chat_type="private", user_id=1)
    [cluster] = report(store, answerer)
    assert cluster.suggestion == "write a new entry (or a not_covered entry)"


def test_min_count_hides_small_groups(store: Store, answerer: Answerer) -> None:
    assert [c.count for c in report(store, answerer, min_count=2)] == [4, 2]


def test_report_json_shape(store: Store, answerer: Answerer) -> None:
    items = json.loads(json.dumps(report_json(report(store, answerer))))
    assert [i["kind"] for i in items] == ["unanswered"] * 3 + ["down_voted"]
    for item in items:
        assert set(item) == {"kind", "label", "count", "people", "people_estimated", "examples", "outcomes",
                             "nearest_entry", "nearest_score", "suggestion"}
        assert isinstance(item["examples"], list) and 1 <= len(item["examples"]) <= 5
        assert sum(item["outcomes"].values()) >= 1
        assert isinstance(item["nearest_score"], float)


def test_the_text_report_shows_each_group_and_what_to_do(store: Store, answerer: Answerer) -> None:
    text = format_report(build_report(store, 0, nearest_in(answerer)), "the last 7 days")
    assert text.startswith("Questions for curators since the last 7 days: 3 group(s)")
    for expected in ('"how many soldiers died in chechnya"', "→ add it as a phrasing of entry chechen-units",
                     "Answers people rated 👎", "legal-resign"):
        assert expected in text
    assert "Nothing to do" in format_report(Report([], 0, 0, 0), "the last 7 days")


def test_since_accepts_durations_and_dates_and_rejects_the_rest() -> None:
    now = 1_800_000_000.0
    assert parse_since("7d", now) == (now - 7 * 86_400, "the last 7 days")
    assert parse_since("24h", now) == (now - 24 * 3_600, "the last 24 hours")
    assert parse_since("2026-11-01", now)[1] == "2026-11-01"
    with pytest.raises(BotError, match="--since 'last tuesday'"):
        parse_since("last tuesday", now)


def test_cli_report_without_a_database_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.sqlite3"
    assert main(["--knowledge", str(KNOWLEDGE), "report", "--db", str(missing)]) == 0
    assert capsys.readouterr().out.strip() == f"no questions recorded yet (no database at {missing})"
    assert main(["report", "--db", str(missing), "--since", "soon"]) == 1
    assert "error: --since 'soon'" in capsys.readouterr().err


def test_cli_report_prints_json(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    store.close()
    assert main(["--knowledge", str(KNOWLEDGE), "report", "--json", "--min-count", "2", "--db", str(store.path)]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [(i["count"], i["nearest_entry"]) for i in items] == [(4, "chechen-units"), (2, "weather")]


def test_cli_report_json_without_a_database_prints_an_empty_json_list(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.sqlite3"
    assert main(["--knowledge", str(KNOWLEDGE), "report", "--json", "--db", str(missing)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == []
    assert "no questions recorded yet" in captured.err


def test_identical_questions_are_counted_in_sql_and_only_the_most_asked_are_grouped(
        tmp_path: Path, answerer: Answerer) -> None:
    store = Store(tmp_path / "q.sqlite3", SECRET)
    for i in range(30):
        asked(answerer, store, "how many helicopters did russia lose", user_id=i % 7)
    for i in range(3):
        asked(answerer, store, "what is the weather in moscow", user_id=i)
    asked(answerer, store, "zorblax quuxification frobnicate", user_id=1)
    result = build_report(store, 0, nearest_in(answerer), top=2)
    assert (result.considered, result.covered, result.questions) == (2, 33, 34)
    assert [(c.label, c.count, c.people) for c in result.clusters] == [
        ("how many helicopters did russia lose", 30, 7), ("what is the weather in moscow", 3, 3)]
    text = format_report(result, "the last 7 days")
    assert "Grouped the 2 most asked distinct questions, 33 of the 34 unanswered" in text


def test_the_report_stops_at_its_time_budget_and_says_so(store: Store, answerer: Answerer) -> None:
    ticks = iter(range(1000))
    result = build_report(store, 0, nearest_in(answerer), budget=2.5, min_groups=1, clock=lambda: float(next(ticks)))
    assert result.out_of_time
    assert 0 < len([c for c in result.clusters if c.kind == "unanswered"]) < 3
    assert "The time budget ran out" in format_report(result, "the last 7 days")


def test_people_are_counted_exactly_in_small_groups_and_estimated_in_large_ones(tmp_path: Path) -> None:
    store = Store(tmp_path / "q.sqlite3", SECRET)
    with store.transaction():
        for user in range(3_000):
            store.record_question(text="how many helicopters", outcome="no_match", entry=None, score=0.0,
                                  candidates=[], chat_type="private", user_id=user)
        for user in range(40):
            store.record_question(text="how many tanks", outcome="ambiguous", entry=None, score=0.0,
                                  candidates=[], chat_type="private", user_id=user % 20)
    large, small = store.people(0, ["ambiguous", "no_match", "not_covered"], [["how many helicopters"],
                                                                              ["how many tanks"]])
    assert small.count == 20 and not small.estimated
    assert large.estimated and abs(large.count - 3_000) < 0.2 * 3_000


def test_report_and_stats_stay_fast_with_thousands_of_distinct_unanswered_questions(tmp_path: Path,
                                                                                   answerer: Answerer) -> None:
    """Grouping every distinct question against every other took 41 s for 8,000; now SQL dedupes and limits."""
    import time

    from bot.curation.bench import fill_store
    from bot.curation.stats import admin_stats
    from bot.curation.store import BackgroundStore

    path = tmp_path / "q.sqlite3"
    fill_store(path, SECRET, 60_000, list(answerer.kb.entries), answerer.kb.article.text)
    with contextlib.closing(sqlite3.connect(path)) as db:  # the file, not the store's private connection
        distinct = db.execute("SELECT COUNT(DISTINCT qkey) FROM questions WHERE outcome != 'answered'").fetchone()
    assert distinct[0] > 8_000
    store = Store(path, SECRET)
    start = time.perf_counter()
    result = build_report(store, 0, answerer.nearest)
    took = time.perf_counter() - start
    store.close()
    assert result.considered == 500 and result.clusters
    background = BackgroundStore(path, SECRET)
    start = time.perf_counter()
    card = admin_stats(background, answerer.nearest, answerer.kb.messages, time.time())
    stats_took = time.perf_counter() - start
    background.close()
    assert "→" in card.plain()
    assert took < 5 and stats_took < 5, (took, stats_took)


def test_when_time_is_short_only_the_most_asked_questions_are_grouped() -> None:
    from bot.curation.report import _affordable
    from bot.curation.store import Asked

    asked = [Asked(f"question number {i} about topic {i % 97}", 5_000 - i) for i in range(3_000)]
    readings = iter([0.0, 0.01, 0.01])  # the sample block of 128 x 128 took 10 ms; 0.49 s are left
    kept = _affordable(asked, 70.0, lambda: next(readings), deadline=0.5)
    assert kept == asked[:len(kept)] and 800 < len(kept) < 1_000  # sqrt(0.49 / (0.01 / 128²))
    roomy = iter([0.0, 0.0001, 0.0001])
    assert _affordable(asked, 70.0, lambda: next(roomy), deadline=100.0) == asked


def test_cli_report_never_shows_questions_past_their_retention(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.delenv("QUESTION_RETENTION_DAYS", raising=False)
    store = Store(tmp_path / "q.sqlite3", SECRET)
    for days, text in ((100, "how many helicopters were lost"), (1, "what is the weather in moscow")):
        store.record_question(text=text, outcome="no_match", entry=None, score=0.0, candidates=[],
                              chat_type="private", user_id=1, ts=time.time() - days * 86_400)
    store.close()
    assert main(["--knowledge", str(KNOWLEDGE), "report", "--json", "--since", "52w", "--db", str(store.path)]) == 0
    assert [c["label"] for c in json.loads(capsys.readouterr().out)] == ["what is the weather in moscow"]


def test_a_busy_machine_still_gets_the_largest_groups(store: Store, answerer: Answerer) -> None:
    result = build_report(store, 0, nearest_in(answerer), budget=0.0)  # the budget is spent before it starts
    assert [c.count for c in result.clusters if c.kind == "unanswered"] == [4, 2, 1]
