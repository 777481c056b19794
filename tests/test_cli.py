"""Curators and graders use the command line: JSON answers, follow-ups from stdin, explanations, the console."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

KEYS = {"question", "answered", "entry", "score", "text", "sources", "caveats", "alternatives", "lang"}


def bot(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, input=stdin, capture_output=True,
                          text=True, timeout=60)


def test_ask_json_prints_one_object_per_question() -> None:
    done = bot("ask", "--json", "how many russian soldiers died", "capital of canada")
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 2 and all(set(r) == KEYS for r in rows)
    died, canada = rows
    assert died["answered"] and "29,200" in died["text"] and "NATO" in " ".join(died["sources"])
    assert died["caveats"]
    assert not canada["answered"] and "doesn't say" in canada["text"]


def test_ask_reads_json_lines_with_context_from_stdin() -> None:
    lines = [
        {"q": "and russia?", "context": ["what is nato's estimate of russian dead"]},
        {"q": "who said that?", "context": ["were they told about denazification"]},
        {"q": "ukraine's own losses?"},
    ]
    done = bot("ask", "--json", stdin="\n".join(json.dumps(x) for x in lines) + "\n")
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["answered"] for r in rows] == [True, True, False]
    assert "1,351" in rows[0]["text"] and "CNN" in rows[1]["text"]


def test_ask_refuses_a_line_that_is_not_json_with_a_clear_error() -> None:
    done = bot("ask", "--json", stdin="not json\n")
    assert done.returncode == 1 and "stdin: not a JSON object" in done.stderr


def test_explain_shows_candidates_and_why() -> None:
    done = bot("ask", "--explain", "nato estimate")
    assert "casualties-nato" in done.stdout and "overlap=" in done.stdout


def test_the_console_chat_answers_commands_and_follow_ups() -> None:
    done = bot("chat", stdin="/figures\nhow many died according to nato\nsource?\n/sources\n")
    out = done.stdout
    assert "7,000–15,000" in out and "NATO lowers that figure" in out and "news outlet" in out


def test_eval_reports_the_four_figures(tmp_path) -> None:  # type: ignore[no-untyped-def]
    questions = tmp_path / "q.yaml"
    questions.write_text(
        '- q: "nato estimate of dead"\n  kind: in_scope\n  expect: [["7,000"], ["nato"]]\n'
        '- q: "capital of canada"\n  kind: out_of_scope\n', encoding="utf-8")
    done = bot("eval", str(questions))
    assert "in-scope accuracy:      100.0% (1/1)" in done.stdout
    assert "overall:                100.0% (2/2)" in done.stdout


def test_eval_names_the_line_and_field_of_a_malformed_question(tmp_path) -> None:  # type: ignore[no-untyped-def]
    questions = tmp_path / "q.yaml"
    questions.write_text(
        '- q: "nato estimate of dead"\n  expect: [["7,000"]]\n'
        '- q: "how many died"\n  expect: [[["29,200", "29200"]]]\n', encoding="utf-8")
    done = bot("eval", str(questions))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert f"{questions}:4: question 2: expect[0][0]: input should be a valid string; got list" in done.stderr
    missing = bot("eval", str(tmp_path / "nowhere.yaml"))
    assert missing.returncode == 1 and "nowhere.yaml:1: no such file; check the path" in missing.stderr
