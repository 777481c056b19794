"""``python -m bot bench``: latency on the real and a generated 10,000-entry base, start-up time, memory.

A benchmark command, not a timed test: it prints figures for the closing notes and the README.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bot.core.answers import Answerer, load_answerer
from bot.core.matching import Document, Matcher
from bot.kb.textnorm import Normaliser, fold, forget_texts

SAMPLE_QUESTIONS = (
    "how many russian soldiers died", "nato estimate of dead russians", "is resigning legal in russia",
    "what did the officer tell cnn", "source?", "will putin mobilise", "who is menlikova", "geneva convention",
    "the 14 soldiers who quit", "70 percent of a battalion quit?", "capital of canada", "ukraine's losses",
    "were the soldiers paid what they were promised", "", "😀😀😀", "a" * 500, "30k dead?", "russia",
)
SAMPLES_BY_LANGUAGE = {
    "ru": ("сколько российских солдат погибло", "а нато?", "источник?", "законно ли уволиться из армии",
           "что сказал солдат cnn", "skolko pogiblo", "потери украины?", "кто такая менликова", "мобилизация будет?",
           "во сколько раз цифра украины больше российской"),
    "uk": ("скільки російських солдатів загинуло", "а нато?", "джерело?", "чи законно звільнитися з армії",
           "що сказав солдат cnn", "втрати україни?", "хто така менлікова", "мобілізація буде?", "шо там по втратах",
           "у скільки разів цифра україни більша"),
    "es": ("cuántos soldados rusos murieron", "¿y la otan?", "fuente?", "es legal renunciar al ejército",
           "qué le dijo el soldado a cnn", "bajas ucranianas?", "quién es menlikova", "habrá movilización?",
           "cuál es la cifra más baja", "cuantos palmaron"),
}
"""Questions in each translated language, timed separately (each language has its own stemmer)."""
STARTUP_SCRIPT = (
    "import time,sys; t=time.perf_counter(); from pathlib import Path; "
    "from bot.core.answers import load_answerer; a=load_answerer(Path(sys.argv[1]), Path(sys.argv[2])); "
    "[a.answer(q) for q in ('how many died', 'zelensky helicopters pelmeni', 'сколько погибло', 'скільки загинуло', "
    "'cuántos murieron')]; "
    "peak=lambda: [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0]; "
    "ready=time.perf_counter()-t; hwm=peak(); "
    "[a.answer(q) for q in ('бабушкины пельмешки вкуснейшие', 'бабусині варениченьки смачнющі')]; "
    "print(ready, hwm, peak())"
)
"""Start-up: the time to a loaded core that has answered a question in each language, its peak memory, then the
peak once a Russian and a Ukrainian word the base never uses have opened pymorphy3's dictionaries (a start
that finds every word of the base in the stem cache does not open them)."""


def percentiles(samples: Sequence[float]) -> tuple[float, float]:
    """p50 and p99 of ``samples``."""
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


def time_calls(call: Callable[[str], object], questions: Sequence[str], rounds: int) -> list[float]:
    """Wall time of each call, in milliseconds; a repeated question is not served from the memos of folded texts
    and their words (real users rarely send the same text twice)."""
    samples = []
    for _ in range(rounds):
        for q in questions:
            fold.cache_clear()
            forget_texts()
            start = time.perf_counter()
            call(q)
            samples.append((time.perf_counter() - start) * 1000)
    return samples


def generated_documents(count: int, seed: int = 7) -> list[Document]:
    """A synthetic base: ``count`` entries of 8 phrasings over a 20,000-word vocabulary."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = ["".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(20_000)]
    docs = []
    for i in range(count):
        core = rng.sample(vocab, 6)
        phrasings = tuple(" ".join(rng.sample(core, 3) + rng.sample(vocab, 2)) for _ in range(8))
        docs.append(Document(f"gen-{i}", " ".join(core[:3]), phrasings))
    return docs


def _report(name: str, samples: list[float], goal_ms: float) -> None:
    p50, p99 = percentiles(samples)
    verdict = "ok" if p99 <= goal_ms else "OVER GOAL"
    print(f"{name:<34} p50 {p50:7.3f} ms  p99 {p99:7.3f} ms  (goal p99 <= {goal_ms:g} ms: {verdict}; n={len(samples)})")


def run_bench(knowledge: Path, entries: int, *, skip_large: bool = False) -> int:
    """Print every figure; always exits 0 (it measures, it does not judge)."""
    answerer = load_answerer(knowledge)
    _report("answer(), real base (en)", time_calls(answerer.answer, SAMPLE_QUESTIONS, 200), 1.0)
    for lang, questions in SAMPLES_BY_LANGUAGE.items():
        if lang in answerer.languages:
            _report(f"answer(), real base ({lang})", time_calls(answerer.answer, questions, 200), 1.0)
    _report("match(), real base", time_calls(answerer.matcher.match, SAMPLE_QUESTIONS, 200), 1.0)
    if not skip_large:
        _bench_large(answerer, entries)
    _bench_startup(knowledge)
    return 0


def _bench_large(answerer: Answerer, entries: int) -> None:
    start = time.perf_counter()
    matcher = Matcher(generated_documents(entries), Normaliser(answerer.kb.lexicon))
    print(f"generated base: {entries:,} entries built in {time.perf_counter() - start:.2f} s")
    rng = random.Random(3)
    questions = [" ".join(rng.choice(d.phrasings).split()[:4]) for d in generated_documents(entries)[:200]]
    questions += list(SAMPLE_QUESTIONS)
    _report(f"match(), {entries:,}-entry base", time_calls(matcher.match, questions, 5), 20.0)


def _bench_startup(knowledge: Path) -> None:
    """A cold start (no stem or index cache: the first start after the base or the code changed), then the
    warm starts every later restart makes, each in a fresh interpreter, reading both caches."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="start-bench-") as tmp:
        cache = Path(tmp) / "stems.json"
        runs = []
        for _ in range(6):
            out = subprocess.run([sys.executable, "-c", STARTUP_SCRIPT, str(knowledge), str(cache)],
                                 capture_output=True, text=True, check=True)
            seconds, rss_kb, full_kb = out.stdout.split()
            runs.append((float(seconds), int(rss_kb) / 1024, int(full_kb) / 1024))
    cold, warm = runs[0], runs[1:]
    ready = statistics.median(r[0] for r in warm)
    peak = max(r[1] for r in warm)
    print(f"start-to-ready, cold (no stem/index cache): {cold[0]:.3f} s")
    print(f"start-to-ready (import+load+first answer): median {ready:.3f} s of {len(warm)} warm starts (goal <= 1.5 s)")
    print(f"peak RSS of a loaded core:                 {peak:.1f} MB, every language's texts loaded (goal <= 100 MB)")
    print(f"peak RSS with the ru/uk dictionaries open: {max(r[2] for r in warm):.1f} MB, after a Russian and a "
          "Ukrainian word the base never uses (goal <= 150 MB with every language)")
    print(f"peak RSS during a cold start:              {cold[1]:.1f} MB (once, after the base or the code "
          "changes)")


def run_store_bench(knowledge: Path, rows: int, *, seed: int = 11) -> int:
    """The question store at scale: fill a temporary database with ``rows`` questions asked in the last
    week (the worst case: every row inside the report's and /stats' window), then time ``report``,
    ``/stats``, ``forget`` and the retention purge. Prints the figures; always exits 0."""
    import tempfile

    from bot.curation.report import build_report, format_report
    from bot.curation.stats import admin_stats
    from bot.curation.store import BackgroundStore, Store

    answerer = load_answerer(knowledge)
    with tempfile.TemporaryDirectory(prefix="store-bench-") as tmp:
        path = Path(tmp) / "questions.sqlite3"
        secret = b"b" * 32
        start = time.perf_counter()
        distinct = fill_store(path, secret, rows, [str(e) for e in answerer.kb.entries], answerer.kb.article.text,
                              seed=seed)
        size = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 1e6
        print(f"store: {rows:,} questions ({distinct:,} distinct texts) in the last 7 days, "
              f"filled in {time.perf_counter() - start:.1f} s, {size:.0f} MB")
        now = time.time()
        store = Store(path, secret)
        for run in range(3):
            start = time.perf_counter()
            report = build_report(store, now - 7 * 86_400, answerer.nearest)
            format_report(report, "the last 7 days")
            print(f"report (7 days, top {report.considered:,} distinct = {report.covered:,} of {report.questions:,} "
                  "unanswered): "
                  f"{time.perf_counter() - start:.2f} s, {len(report.clusters)} groups"
                  f"{' (time budget ran out)' if report.out_of_time else ''}  [run {run + 1}]")
        background = BackgroundStore(path, secret)
        for run in range(3):
            start = time.perf_counter()
            admin_stats(background, answerer.nearest, answerer.kb.messages, now)
            print(f"/stats: {time.perf_counter() - start:.2f} s  [run {run + 1}]")
        background.close()
        start = time.perf_counter()
        deleted = store.forget(4242)
        print(f"forget --user (full scan of every table): {time.perf_counter() - start:.2f} s, "
              f"{deleted.questions} question(s) deleted")
        start = time.perf_counter()
        deleted = store.purge(now - 6 * 86_400)
        print(f"retention purge of the oldest day: {time.perf_counter() - start:.2f} s, "
              f"{deleted.questions:,} question(s) deleted")
        store.close()
    return 0


def fill_store(path: Path, secret: bytes, rows: int, entries: Sequence[str], article: str, *, seed: int = 11) -> int:
    """Bulk-insert ``rows`` generated questions (in the store's own format) asked over the last week, in order.

    Questions are 3–9 words from the article's vocabulary: a long tail of one-off questions and a few
    thousand that recur, a third of them unanswered; a slice of 👎 votes on answered entries. Returns
    how many distinct texts there are.
    """
    from bot.curation.privacy import keyed_hash, user_hash
    from bot.curation.store import Store
    from bot.kb.textnorm import phrase_key, tokens

    rng = random.Random(seed)
    vocab = sorted({w for w in tokens(article) if len(w) > 2})
    common = [" ".join(rng.sample(vocab, rng.randint(3, 9))) for _ in range(5_000)]
    users = [user_hash(secret, 10_000_000 + i) for i in range(50_000)]
    outcomes = ("answered", "answered", "no_match", "ambiguous", "not_covered", "answered")
    keys: dict[str, str] = {}
    now = time.time()
    Store(path, secret).close()  # the schema, with every migration
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN")
    batch: list[tuple[object, ...]] = []
    for i in range(rows):
        text = (common[min(int(rng.paretovariate(0.8)) - 1, len(common) - 1)] if rng.random() < 0.7
                else " ".join(rng.sample(vocab, rng.randint(3, 9))))
        key = keys.get(text)
        if key is None:
            key = keys[text] = phrase_key(text)
        outcome = rng.choice(outcomes)
        entry = rng.choice(entries) if outcome in ("answered", "not_covered") else None
        when = now - 7 * 86_400 * (1 - i / rows) + rng.random()
        batch.append((when, text, "private", rng.choice(users), outcome, entry, rng.uniform(5, 60), "[]", key))
        if len(batch) == 20_000 or i == rows - 1:
            db.executemany("INSERT INTO questions (ts, text, chat_type, user_hash, outcome, entry, score, candidates,"
                           " qkey) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
            batch = []
    votes = [(rng.choice(users), keyed_hash(secret, f"{i}:{i}"), rng.choice(entries[:10]), "down", "private",
              now - rng.random() * 7 * 86_400) for i in range(min(rows // 50, 20_000))]
    db.executemany("INSERT OR IGNORE INTO votes (user_hash, answer_key, entry, vote, chat_type, ts)"
                   " VALUES (?, ?, ?, ?, ?, ?)", votes)
    db.execute("COMMIT")
    db.close()
    return len(keys)
