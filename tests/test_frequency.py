"""The bot's word frequencies are wordfreq's, read without importing wordfreq (which costs memory it never uses)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from wordfreq import get_frequency_dict, zipf_frequency

from bot.kb import frequency
from tests.conftest import ROOT


@pytest.mark.parametrize("lang", ["en", "es", "ru", "uk"])
def test_every_fiftieth_word_of_each_list_is_as_common_as_wordfreq_says(lang: str) -> None:
    words = list(get_frequency_dict(lang, wordlist="small"))[::50]
    words += [w.upper() for w in words[:200]] + ["@ukraine", "«солдат»", "ім'я", "імʼя", "don’t", "x2", "1,351"]
    words += [str(n) for n in (*range(0, 120), 1351, 7000, 15000, 29200, 30000, 1999, 2022, 2041, 100000)]
    assert [frequency.zipf(w, lang) for w in words] == [zipf_frequency(w, lang, wordlist="small") for w in words]


def test_a_word_list_kept_by_the_cache_reads_back_the_same() -> None:
    frequency.zipf("soldier", "en")
    packed = frequency.known_lists()["en"]
    words = frequency._WordList.unpacked(packed)
    assert words.centibels("soldier") == frequency._word_list("en").centibels("soldier") is not None
    broken = {**packed, "starts": packed["starts"][:-8]}
    with pytest.raises(ValueError, match="does not hold together"):
        frequency._WordList.unpacked(broken)


def test_the_core_answers_without_importing_wordfreq() -> None:
    questions = ["how many died", "30k dead?", "ім'я офіцера", "cuántos murieron"]
    script = ("import sys; from pathlib import Path; from bot.core.answers import load_answerer; "
              f"a = load_answerer(Path('knowledge')); [a.answer(q) for q in {questions!r}]; "
              "print('wordfreq' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
