"""``python -m bot bench``: latency on the real and a generated 10,000-entry base, start-up time, memory.

A benchmark command, not a timed test: it prints figures for the closing notes and the README.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bot.core.answers import Answerer, load_answerer
from bot.core.matching import Document, Matcher
from bot.kb.textnorm import Normaliser

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
    "from bot.core.answers import load_answerer; a=load_answerer(Path(sys.argv[1])); "
    "[a.answer(q) for q in ('how many died', 'zelensky helicopters pelmeni', 'сколько погибло', 'скільки загинуло', "
    "'cuántos murieron')]; "
    "hwm=[l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0]; "
    "print(time.perf_counter()-t, hwm)"
)


def percentiles(samples: Sequence[float]) -> tuple[float, float]:
    """p50 and p99 of ``samples``."""
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


def time_calls(call: Callable[[str], object], questions: Sequence[str], rounds: int) -> list[float]:
    """Wall time of each call, in milliseconds."""
    samples = []
    for _ in range(rounds):
        for q in questions:
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
    runs = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", STARTUP_SCRIPT, str(knowledge)], capture_output=True, text=True,
                             check=True)
        seconds, rss_kb = out.stdout.split()
        runs.append((float(seconds), int(rss_kb) / 1024))
    ready = statistics.median(r[0] for r in runs)
    peak = max(r[1] for r in runs)
    print(f"start-to-ready (import+load+first answer): median {ready:.3f} s (goal <= 1.5 s)")
    print(f"peak RSS of a loaded core:                 {peak:.1f} MB (goal <= 150 MB with every language loaded)")
