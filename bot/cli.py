"""``python -m bot ...``: the one wiring point between settings, the core and the adapters."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.config import Settings, load_settings
from bot.core.answers import Answerer, converse, load_answerer
from bot.core.models import Answer
from bot.errors import BotError, KnowledgeError
from bot.kb.language import LANGUAGES
from bot.kb.messages import Messages
from bot.kb.schema import Language
from bot.kb.stemcache import STEM_CACHE

if TYPE_CHECKING:
    from bot.curation.store import Store


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Fact-bot for one article.")
    parser.add_argument("--knowledge", type=Path, help="knowledge directory (default: KNOWLEDGE_DIR or knowledge/)")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    sub.add_parser("chat", help="local console chat")
    sub.add_parser("check", help="validate the knowledge base")
    ask = sub.add_parser("ask", help="answer questions (JSON Lines on stdin when none given)")
    ask.add_argument("questions", nargs="*")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("--explain", action="store_true", help="show the top candidates and why")
    ev = sub.add_parser("eval", help="grade a question file")
    ev.add_argument("file", type=Path)
    ev.add_argument("--quiet", action="store_true", help="scores only")
    bench = sub.add_parser("bench", help="latency, start-up and memory benchmark")
    bench.add_argument("--entries", type=int, default=10_000, help="size of the generated base")
    bench.add_argument("--skip-large", action="store_true")
    tr = sub.add_parser("translation-template", help="print a translation file to fill in for a language")
    tr.add_argument("lang", choices=[lang for lang in LANGUAGES if lang != "en"])
    bench.add_argument("--store", action="store_true", help="only the question store: report, /stats and forget "
                       "on a generated database")
    bench.add_argument("--rows", type=int, default=1_000_000, help="questions in the generated store (--store)")
    report = sub.add_parser("report", help="unanswered and 👎-rated questions, grouped, for curators")
    report.add_argument("--since", default="7d", help="7d, 24h, 2w or a date like 2026-11-01 (default: 7d)")
    report.add_argument("--min-count", type=int, default=1, help="hide groups smaller than this")
    report.add_argument("--json", action="store_true", help="a JSON list of groups")
    report.add_argument("--top", type=int, default=500, help="group the N most asked distinct questions (500)")
    report.add_argument("--db", type=Path, help="question store (default: BOT_DATA_DIR/questions.sqlite3)")
    forget = sub.add_parser("forget", help="delete everything the question store keeps about one person")
    forget.add_argument("--user", type=int, required=True, help="their Telegram user id")
    forget.add_argument("--db", type=Path, help="question store (default: BOT_DATA_DIR/questions.sqlite3)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; expected failures print their message and return 1."""
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
        knowledge = args.knowledge or settings.knowledge_dir
        command = args.command or ("run" if settings.token else "chat")
        return _dispatch(command, args, settings, knowledge)
    except KnowledgeError as exc:
        print(exc, file=sys.stderr)
        print(f"knowledge base check failed: {len(exc.problems)} problem(s)", file=sys.stderr)
        return 1
    except BotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _dispatch(command: str, args: argparse.Namespace, settings: Settings, knowledge: Path) -> int:
    if command == "check":
        return _check(knowledge)
    if command == "bench":
        from bot.curation.bench import run_bench, run_store_bench

        if args.store:
            return run_store_bench(knowledge, args.rows)
        return run_bench(knowledge, args.entries, skip_large=args.skip_large)
    if command == "run":
        from bot.tg.app import run_bot

        os.umask(0o077)  # everything the bot creates (data directory, database, state, charts) is private
        _private_directory(settings.bot_data_dir)
        return run_bot(settings, load_answerer(knowledge, settings.bot_data_dir / STEM_CACHE))
    if command == "report":
        return _report(args, settings, knowledge)
    if command == "translation-template":
        from bot.curation.translation import template_yaml
        from bot.kb.loading import load_knowledge

        print(template_yaml(load_knowledge(knowledge), args.lang), end="")
        return 0
    if command == "forget":
        return _forget(args, settings)
    answerer = load_answerer(knowledge, settings.bot_data_dir / STEM_CACHE)
    if command == "chat":
        return _chat(answerer)
    if command == "ask":
        return _ask(answerer, args)
    if command == "eval":
        return _eval(answerer, args.file, quiet=args.quiet)
    raise BotError(f"unknown command {command!r}")


def _private_directory(path: Path) -> None:
    """An existing data directory open to others (made before the bot set its umask) becomes 0700."""
    try:
        if path.is_dir() and path.stat().st_mode & 0o077:
            path.chmod(0o700)
    except OSError:
        pass  # not ours to change: the files inside are private anyway


def _check(knowledge: Path) -> int:
    from bot.curation.secrets_scan import token_warnings, tracked_files
    from bot.kb.loading import inspect_knowledge

    kb, problems = inspect_knowledge(knowledge)
    root = Path.cwd()
    problems += token_warnings(tracked_files(root), root)
    for problem in problems:
        print(problem)
    errors = [p for p in problems if not p.warning]
    if errors:
        print(f"knowledge base check failed: {len(errors)} error(s)", file=sys.stderr)
        return 1
    assert kb is not None
    print(f"knowledge base OK: {len(kb.entries)} entries, {len(kb.claims)} claims, {len(kb.sources)} sources, "
          f"{len(kb.not_covered)} not-covered, {sum(len(e.phrasings.en) for e in kb.entries.values())} phrasings")
    return 0


def _chat(answerer: Answerer) -> int:
    from bot.console import chat, prompt

    def lines() -> Iterator[str]:
        while True:
            try:
                yield input(prompt(answerer))
            except EOFError:
                return

    chat(answerer, lines(), lambda text: print(f"bot> {text}\n"))
    return 0


def answer_json(answer: Answer, messages: Messages) -> dict[str, Any]:
    """The ``ask --json`` object for one answer."""
    from bot.core.render import render_plain

    return {
        "question": answer.question,
        "answered": answer.answered,
        "entry": answer.entry_id,
        "score": answer.score,
        "text": render_plain(answer, messages),
        "sources": list(answer.sources),
        "caveats": list(answer.caveats),
        "alternatives": [{"entry": c.id, "label": c.label, "score": c.score} for c in answer.alternatives],
        "lang": answer.lang,
    }


def _ask(answerer: Answerer, args: argparse.Namespace) -> int:
    from bot.core.render import render_plain

    if args.explain:
        for question in args.questions:
            _explain(answerer, question)
        return 0
    conversations: list[tuple[list[str], Language | None]]
    if args.questions:
        conversations = [([q], None) for q in args.questions]
    else:
        conversations = [_stdin_item(line) for line in sys.stdin if line.strip()]
    for conversation, lang in conversations:
        answer = converse(answerer, conversation, prefer=lang)[-1]
        messages = answerer.kb.messages
        print(json.dumps(answer_json(answer, messages), ensure_ascii=False) if args.json
              else render_plain(answer, messages) + "\n")
    return 0


def _stdin_item(line: str) -> tuple[list[str], Language | None]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BotError(f"stdin: not a JSON object ({exc.msg}): {line[:60]!r}") from None
    if not isinstance(item, dict) or not isinstance(item.get("q"), str):
        raise BotError(f"stdin: each line must be {{\"q\": \"...\", \"context\": [...]}}: {line[:60]!r}")
    context = item.get("context") or []
    lang = item.get("lang")
    if lang is not None and lang not in LANGUAGES:
        raise BotError(f"stdin: \"lang\" must be one of {', '.join(LANGUAGES)}: {line[:60]!r}")
    return [str(c) for c in context] + [item["q"]], lang


def _explain(answerer: Answerer, question: str) -> None:
    terms, ranked = answerer.matcher.rank(question, limit=8, explain=True)
    verdict = answerer.matcher.match(question)
    print(f"question: {question!r}\nterms: {list(terms)}\nverdict: {verdict.kind} "
          f"{verdict.best.id if verdict.best else ''}")
    for c in ranked:
        print(f"  {c.score:5.1f}  {c.id:<28} via {c.phrasing!r}\n         {c.why}")


def _eval(answerer: Answerer, path: Path, *, quiet: bool) -> int:
    from bot.curation.evaluate import (
        format_failures,
        format_languages,
        format_lengths,
        format_scores,
        grade,
        lengths,
        load_questions,
        score,
    )

    try:
        items = load_questions(path)
    except ValueError as exc:
        raise BotError(f"cannot use the question file: {exc}") from None
    results = [grade(answerer, item) for item in items]
    if not quiet:
        for line in format_failures(results):
            print(line)
    for line in (*format_lengths(lengths(results)), *format_languages(results), *format_scores(score(results))):
        print(line)
    return 0


def _store_path(args: argparse.Namespace, settings: Settings) -> Path:
    path: Path = args.db or settings.bot_data_dir / "questions.sqlite3"
    return path


def _open_store(path: Path, settings: Settings) -> Store:
    """The question store with the bot's own secret (configured, or the one beside the database)."""
    import sqlite3

    from bot.curation.privacy import load_user_secret
    from bot.curation.store import Store

    try:
        return Store(path, load_user_secret(settings.user_hash_salt.get_secret_value(), path.parent))
    except (sqlite3.Error, OSError) as exc:
        raise BotError(f"cannot open the question store {path}: {exc}") from None


def _report(args: argparse.Namespace, settings: Settings, knowledge: Path) -> int:
    import sqlite3
    import time
    from concurrent.futures import ThreadPoolExecutor

    from bot.curation.report import (
        NEEDS_CURATOR,
        build_report,
        coverage_notes,
        format_report,
        parse_since,
        report_json,
    )
    from bot.curation.store import DAY

    now = time.time()
    since, since_label = parse_since(args.since, now)
    since = max(since, now - settings.question_retention_days * DAY)  # expired rows are as good as deleted
    path = _store_path(args, settings)
    if not path.is_file():
        note = f"no questions recorded yet (no database at {path})"
        print("[]" if args.json else note)
        if args.json:
            print(note, file=sys.stderr)
        return 0
    store = _open_store(path, settings)
    try:
        # The counting query runs in SQLite (without the GIL) while the knowledge base loads.
        with ThreadPoolExecutor(1) as pool:
            started = time.monotonic()
            counting = pool.submit(store.unanswered, since, sorted(NEEDS_CURATOR), max(1, args.top))
            answerer = load_answerer(knowledge, settings.bot_data_dir / STEM_CACHE)
            found = counting.result()
        report = build_report(store, since, answerer.nearest, min_count=args.min_count, top=max(1, args.top),
                              found=found, started=started)
    except sqlite3.Error as exc:
        raise BotError(f"cannot read the question store {path}: {exc}") from None
    finally:
        store.close()
    if args.json:
        print(json.dumps(report_json(report.clusters), ensure_ascii=False, indent=2))
        for note in coverage_notes(report):
            print(note, file=sys.stderr)
    else:
        print(format_report(report, since_label))
    return 0


def _forget(args: argparse.Namespace, settings: Settings) -> int:
    """A deletion request: every question, vote and "none of these" of one person, gone."""
    import sqlite3

    path = _store_path(args, settings)
    if not path.is_file():
        print(f"nothing to delete: no questions recorded (no database at {path})")
        return 0
    store = _open_store(path, settings)
    try:
        deleted = store.forget(args.user)
    except sqlite3.Error as exc:
        raise BotError(f"cannot delete from the question store {path}: {exc}") from None
    finally:
        store.close()
    print(f"deleted for user {args.user}: {deleted.questions} question(s), {deleted.votes} vote(s), "
          f"{deleted.none_of_these} 'none of these' press(es)")
    return 0
