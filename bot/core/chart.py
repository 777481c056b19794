"""The /figures picture: the contested death-toll estimates as one bar chart, with its caption and a cache.

A picture shows at a glance how far apart the estimates are, which a list of numbers does not. Everything
drawn comes from the knowledge base (``cards.casualty_claims``), so a curator's edit redraws the chart;
``chart_key`` hashes that data, so the Telegram adapter's cache renders and uploads once per base.
matplotlib is imported only when a chart is drawn, so importing this module stays cheap.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.figures import casualty_claims, figure_text
from bot.core.render import telegram_length
from bot.kb.knowledge import KnowledgeBase
from bot.kb.schema import Claim, Figure, Language

if TYPE_CHECKING:
    from matplotlib.axes import Axes

RENDER_VERSION = 1
"""Part of the key: bump it when the drawing code changes so cached pictures are redrawn."""
CAPTION_LIMIT = 1024
"""Telegram's limit on a photo caption, in UTF-16 code units."""
SIZE_PX = (1000, 560)
DPI = 150
FONT = "DejaVu Sans"  # ships with matplotlib, so the picture looks the same on every machine
COLOURS = ("#1f5f99", "#b2452c", "#4d7f3a", "#7a4f9a", "#8a6d1f", "#2b7a78")


@dataclass(frozen=True, slots=True)
class Row:
    """One bar: who claims it (with the reporting chain) and the figure it stands for."""

    claim: Claim
    label: str
    figure: Figure


def _label(kb: KnowledgeBase, claim: Claim, lang: Language = "en") -> str:
    """'Ukraine (via Deutsche Welle)': the claimant, and who passed it on before the article did."""
    claimant = kb.source_text(claim.claimant, lang)
    name = claimant.short if claimant else claim.claimant
    middle = [
        kb.source_name(s, lang)
        for s in claim.chain
        if s != claim.claimant and s in kb.sources and kb.sources[s].role != "article_analysis"
    ]
    return f"{name} {kb.messages.text('figure-via', lang, names=', '.join(middle))}" if middle else name


def rows(kb: KnowledgeBase, lang: Language = "en") -> list[Row]:
    """The bars in knowledge-base order (the order of /figures); a claim with several figures gets several."""
    return [Row(c, _label(kb, c, lang), f) for c in casualty_claims(kb) for f in c.figures]


def _subject(kb: KnowledgeBase, found: list[Row], lang: Language) -> str:
    """What is counted, from the figures' labels: 'Russian soldiers killed (NATO estimate)' → the part before '('."""
    subjects = {r.figure.label.split(" (")[0].strip() for r in found}
    return subjects.pop() if len(subjects) == 1 and lang == "en" else kb.messages.text("chart-subject", lang)


def chart_title(kb: KnowledgeBase, lang: Language = "en") -> str:
    """'Russian soldiers killed: three estimates'."""
    found = rows(kb, lang)
    words = [w.strip() for w in kb.messages.text("number-words", lang).split(",")]
    count = words[len(found)] if len(found) < len(words) else str(len(found))
    return kb.messages.text("chart-title", lang, subject=_subject(kb, found, lang), count=count)


def _caveat_texts(kb: KnowledgeBase, lang: Language) -> list[str]:
    """The caveats of the estimates, each once, in first-seen order."""
    return [kb.caveat_text(c, lang) for c in kb.caveats_of(casualty_claims(kb))]


def chart_key(kb: KnowledgeBase, lang: Language = "en") -> str:
    """A 16-hex-digit sha256 of exactly what the picture shows, so a cache knows when to redraw."""
    data = {
        "version": RENDER_VERSION,
        "lang": lang,
        "title": chart_title(kb, lang),
        "footnote": kb.messages.text("chart-footnote", lang),
        "claims": [
            {
                "id": c.id,
                "claimant": c.claimant,
                "chain": c.chain,
                "label": _label(kb, c, lang),
                "figures": [f.model_dump() for f in c.figures],
                "caveats": [kb.caveats[i].text for i in c.caveats if i in kb.caveats],
            }
            for c in casualty_claims(kb)
        ],
    }
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def chart_caption(kb: KnowledgeBase, lang: Language = "en") -> str:
    """The photo's caption: every estimate with its claimant, the caveats, and the article's date status.

    The estimates come first and are never dropped; if Telegram's 1024-unit limit is reached, the last
    caveats go first (the footnote in the picture already says the figures are contested).
    """
    head = f"{chart_title(kb, lang)}, {kb.messages.text('chart-as-reported', lang)}:"
    lines = [f"• {r.label}: {_amount(r, lang)}" for r in rows(kb, lang)]
    caveats = [f"⚠️ {t}" for t in _caveat_texts(kb, lang)]
    while True:
        text = "\n".join((head, *lines, *(["", *caveats] if caveats else [])))
        if telegram_length(text) <= CAPTION_LIMIT or not caveats:
            break
        caveats.pop()
    while telegram_length(text) > CAPTION_LIMIT:
        text = text[: CAPTION_LIMIT - 2].rstrip() + "…"
    return text


def _amount(row: Row, lang: Language = "en") -> str:
    """The row's figure as people write it (29,200 or 7,000–15,000), exactly as /figures writes it."""
    return figure_text(row.claim.model_copy(update={"figures": [row.figure]}), lang)


def chart_png(kb: KnowledgeBase, lang: Language = "en") -> bytes:
    """Draw the estimates as horizontal bars (a hatched span with whiskers for a range) and return a PNG.

    Uses matplotlib's object-oriented API with the Agg canvas and no pyplot, so nothing global changes and
    renders in threads do not interfere; the PNG carries no software/date metadata, so it is reproducible.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as MplFigure
    from matplotlib.ticker import FuncFormatter

    found = rows(kb, lang)
    fig = MplFigure(figsize=(SIZE_PX[0] / DPI, SIZE_PX[1] / DPI), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.045, 0.2, 0.91, 0.66))
    top = max((max(r.figure.values()) for r in found), default=1.0)
    ax.set_xlim(0, top * 1.22)
    ax.set_ylim(len(found) - 0.62, -0.8)
    for i, row in enumerate(found):
        _draw_row(ax, i, row, COLOURS[i % len(COLOURS)], top, lang)
    ax.set_yticks([])
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: f"{x:,.0f}"))
    ax.tick_params(axis="x", labelsize=8.5, colors="#555555", length=0)
    for label in ax.get_xticklabels():
        label.set_fontfamily(FONT)
    ax.grid(axis="x", color="#ebebeb", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color("#bbbbbb")
    unit = found[0].figure.unit if found and len({r.figure.unit for r in found}) == 1 else ""
    if unit:
        ax.set_xlabel(unit, fontsize=8, color="#555555", fontfamily=FONT, labelpad=2)
    fig.text(0.045, 0.93, chart_title(kb, lang), fontsize=14, fontweight="bold", fontfamily=FONT, va="center")
    fig.text(0.045, 0.035, kb.messages.text("chart-footnote", lang), fontsize=8.5, color="#555555", fontfamily=FONT,
             style="italic")
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def _draw_row(ax: Axes, y: int, row: Row, colour: str, top: float, lang: Language = "en") -> None:
    """One estimate: its label above, a solid bar for a value or a hatched span with whiskers for a range."""
    figure = row.figure
    ax.text(0, y - 0.34, row.label, fontsize=11, fontweight="bold", fontfamily=FONT, color="#222222",
            va="bottom", ha="left", bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.5})
    if figure.value is not None:
        end = figure.value
        ax.barh(y, figure.value, height=0.42, color=colour)
    else:
        low, high = figure.low or 0.0, figure.high or 0.0
        end = high
        ax.barh(y, high - low, left=low, height=0.42, color=colour, alpha=0.35, hatch="///", edgecolor=colour,
                linewidth=0)
        ax.errorbar((low + high) / 2, y, xerr=(high - low) / 2, fmt="none", ecolor=colour, elinewidth=1.6,
                    capsize=7, capthick=1.6)
        ax.plot((0, low), (y, y), color=colour, linewidth=0.8, linestyle=(0, (1, 2)))
    ax.text(end + top * 0.015, y, _amount(row, lang), fontsize=11, fontweight="bold", fontfamily=FONT, color=colour,
            va="center", ha="left", bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.5})
