"""The /figures picture: a readable PNG of the three estimates, an honest caption, and a cache that draws once."""

from __future__ import annotations

import dataclasses
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.chart import CAPTION_LIMIT, chart_caption, chart_key, chart_png
from bot.kb.knowledge import KnowledgeBase
from bot.kb.loading import load_knowledge
from bot.tg.charts import ChartCache
from tests.conftest import KNOWLEDGE, ROOT

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge(KNOWLEDGE)


@pytest.fixture(scope="module")
def png(kb: KnowledgeBase) -> bytes:
    return chart_png(kb)


def with_claim(kb: KnowledgeBase, claim_id: str, **changes: object) -> KnowledgeBase:
    """The same base with one claim edited, as a curator's change to claims.yaml would make it."""
    claim = kb.claims[claim_id].model_copy(update=changes)
    return dataclasses.replace(kb, claims={**kb.claims, claim_id: claim})


def test_the_picture_is_a_phone_sized_png(png: bytes) -> None:
    assert png.startswith(PNG_SIGNATURE)
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk follows the signature
    assert (width, height) == (1000, 560)
    assert 10_000 < len(png) < 500_000


def test_the_same_base_draws_the_same_bytes(kb: KnowledgeBase, png: bytes) -> None:
    assert chart_png(kb) == png


def test_the_caption_names_every_claimant_with_figures_and_date_status(kb: KnowledgeBase) -> None:
    caption = chart_caption(kb)
    for words in ("Ukraine", "Deutsche Welle", "NATO", "Russia", "29,200", "7,000–15,000", "1,351"):
        assert words in caption
    assert "as reported in the article (2022)" in caption
    assert "none of them can be independently verified" in caption
    assert "propaganda" in caption
    assert len(caption.encode("utf-16-le")) // 2 <= CAPTION_LIMIT


def test_the_headline_question_is_not_drawn_as_a_fourth_estimate(kb: KnowledgeBase) -> None:
    caption = chart_caption(kb)
    assert "three estimates" in caption
    assert "30,000" not in caption


def test_a_very_long_caveat_shortens_the_caption_but_keeps_every_estimate(kb: KnowledgeBase) -> None:
    long = kb.caveats["wartime-propaganda"].model_copy(update={"text": "Propaganda. " * 120})
    caption = chart_caption(dataclasses.replace(kb, caveats={**kb.caveats, "wartime-propaganda": long}))
    assert len(caption.encode("utf-16-le")) // 2 <= CAPTION_LIMIT
    for figure in ("29,200", "7,000–15,000", "1,351"):
        assert figure in caption


def test_the_key_is_stable_and_ignores_what_the_picture_does_not_show(kb: KnowledgeBase) -> None:
    key = chart_key(kb)
    assert len(key) == 16 and int(key, 16) >= 0
    assert chart_key(load_knowledge(KNOWLEDGE)) == key
    assert chart_key(with_claim(kb, "nato-estimate", statement="NATO says something else.")) == key
    assert chart_key(with_claim(kb, "geneva-convention", quote="Anything.")) == key


def test_the_key_changes_when_a_figure_or_claimant_changes(kb: KnowledgeBase) -> None:
    key = chart_key(kb)
    nato = kb.claims["nato-estimate"]
    wider = nato.figures[0].model_copy(update={"high": 16000.0})
    assert chart_key(with_claim(kb, "nato-estimate", figures=[wider])) != key
    assert chart_key(with_claim(kb, "ukraine-29200", chain=["ukraine", "article"])) != key
    caveat = kb.caveats["contested-figures"].model_copy(update={"text": "Reworded."})
    assert chart_key(dataclasses.replace(kb, caveats={**kb.caveats, "contested-figures": caveat})) != key


def test_the_cache_draws_once_and_then_reads_the_file(kb: KnowledgeBase, png: bytes, tmp_path: Path) -> None:
    cache = ChartCache(tmp_path / "charts")
    assert cache.png(kb) == png
    stored = tmp_path / "charts" / f"figures-{chart_key(kb)}.png"
    assert sorted(p.name for p in stored.parent.iterdir()) == [stored.name]
    stored.write_bytes(b"drawn before")  # a second render would overwrite this
    assert ChartCache(tmp_path / "charts").png(kb) == b"drawn before"
    assert len(list(stored.parent.iterdir())) == 1


def test_a_changed_figure_gets_a_new_picture(kb: KnowledgeBase, png: bytes, tmp_path: Path) -> None:
    cache = ChartCache(tmp_path)
    cache.png(kb)
    russia = kb.claims["russia-1351"]
    edited = with_claim(kb, "russia-1351", figures=[russia.figures[0].model_copy(update={"value": 1500.0})])
    assert cache.png(edited) != png
    assert len(list(tmp_path.glob("figures-*.png"))) == 2


def test_the_file_id_survives_a_restart(kb: KnowledgeBase, tmp_path: Path) -> None:
    key = chart_key(kb)
    cache = ChartCache(tmp_path)
    assert cache.file_id(key) is None
    cache.remember_file_id(key, "AgACAgIAAxkBAAI")
    again = ChartCache(tmp_path)
    assert again.file_id(key) == "AgACAgIAAxkBAAI"
    assert again.file_id("0123456789abcdef") is None
    assert [p.name for p in tmp_path.iterdir()] == ["chart_file_ids.json"]


def test_a_damaged_file_id_store_means_one_more_upload_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "chart_file_ids.json").write_text("{not json", encoding="utf-8")
    cache = ChartCache(tmp_path)
    assert cache.file_id("k") is None
    cache.remember_file_id("k", "id-1")
    assert ChartCache(tmp_path).file_id("k") == "id-1"


def test_importing_the_module_does_not_load_matplotlib() -> None:
    script = "import sys, bot.core.chart\nprint('matplotlib' in sys.modules)\n"
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
