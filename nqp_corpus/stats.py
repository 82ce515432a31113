"""`nqp-corpus stats`: numbers and charts of one release, written into the release folder.

    <release>/stats.json        every number shown, sorted keys, no clock, no paths
    <release>/charts/*.png      one chart per view (CHARTS)

Views: documents and characters by source file (past MAX_SOURCE_BARS files, the largest and one bar
for the rest), publisher, genre and region; themes by genre
(themes is a list column: a document counts once for each of its themes); documents by date and
date precision (undated documents counted separately); the most frequent domain terms in the `terms`
of the `sentences` config (terms and collocations of the domain dictionary, nqp_corpus.tokens).

Deterministic: the same release gives byte-identical stats.json and PNGs. Charts are drawn with the
Agg renderer on a private Figure (no pyplot state), matplotlib's default rcParams plus fixed size,
dpi, font (DejaVu Sans, bundled with matplotlib) and unhinted text (RC_PARAMS), and PNG metadata
without the Software entry.
DejaVu Sans has no CJK glyphs and no CJK font can be assumed offline, so every chart label is ASCII:
genre, region and theme ids, source file stems, and domain terms by rank (T01, T02, ...) with the
rank → term key in stats.json and in the markdown section (`stats_markdown`).

Integration with a build: `write_stats(folder)` must run after the Parquet files and before
release.json / SHA256SUMS are computed, so that stats.json and charts/ are checksummed release files.
"""
from __future__ import annotations

import io
import json
import math
from collections import Counter
from pathlib import Path
from typing import Any, Iterator

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .errors import ReleaseError
from .model import file_stem
from .validate import read_batches, shard_path

STATS_NAME = "stats.json"
CHARTS_DIR = "charts"
CHARTS = ("documents_by_source", "documents_by_genre", "documents_by_region", "themes_by_genre",
          "documents_by_date", "top_domain_terms")
TOP_TERMS = 25
# Past this many source files the by-source chart shows the largest ones and one bar for the rest:
# a bar per file is unreadable long before a corpus of hundreds of files, and matplotlib's text
# layout made the chart the slowest step of a build of 500 files (stats.json keeps every file).
MAX_SOURCE_BARS = 30
PRECISIONS = ("day", "month", "year")
NONE = "(none)"  # key for a missing publisher / genre / region
DPI = 100
FONT = "DejaVu Sans"
PALETTE = {"day": "#1f77b4", "month": "#ff7f0e", "year": "#2ca02c"}
# Hinting (the font's own hinter, matplotlib's default) cost ~0.13 of the ~0.51 CPU s the six
# charts of the seeds took to draw (min of 4 runs, 0.51 -> 0.38); unhinted text reads the same at DPI.
# A fixed title height (axes.titley, default None = auto) skips the title's placement above any
# tick labels on top of the axes, a tight bounding box of each axis at every draw; no chart has
# any there, so the title stands where auto would put it (the same PNG bytes). Six charts of the
# seeds, 16 alternating runs: median 0.411 -> 0.390 CPU s.
RC_PARAMS = {"font.family": "sans-serif", "font.sans-serif": [FONT], "svg.hashsalt": "nqp-corpus",
             "path.simplify": True, "text.hinting": "no_hinting", "axes.titley": 1.0}
_DOC_COLUMNS = ["source_file", "publisher", "genre", "region", "themes", "date", "date_precision", "n_chars"]


# ---------------------------------------------------------------- numbers

class TermCounter:
    """The tokens and the domain terms (the `terms` column) of the `sentences` rows, counted a column
    at a time: a build counts each file's rows as it writes them, so the statistics need not read
    every sentence back (at 100 copies of the seeds, 14.5 M tokens: ~0.9 CPU s)."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.tokens = 0

    def add(self, tokens: pa.Array | pa.ChunkedArray, terms: pa.Array | pa.ChunkedArray) -> None:
        """Count a `tokens` and a `terms` column (a list of strings per sentence each)."""
        self.tokens += len(pc.list_flatten(tokens))
        found = pc.list_flatten(terms)
        if len(found):
            for item in pc.value_counts(found).to_pylist():
                self.counts[item["values"]] += item["counts"]


def compute_stats(folder: Path, counted: TermCounter | None = None) -> dict[str, Any]:
    """All numbers of the release in `folder` as plain JSON-able data (no charts). `counted`: the
    release's tokens and terms already counted (by the build that writes them); else they are read
    back."""
    docs = pq.read_table(folder / shard_path("documents"), columns=_DOC_COLUMNS + ["release"]).to_pylist()
    # from the rows, not release.json or the folder name: a build runs this in .tmp-<version>-<pid>/
    # before release.json exists
    release = docs[0]["release"] if docs else None

    def grouped(key: str) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for d in docs:
            g = out.setdefault(d[key] if d[key] is not None else NONE, {"documents": 0, "characters": 0})
            g["documents"] += 1
            g["characters"] += d["n_chars"]
        return dict(sorted(out.items()))

    themes_by_genre: dict[str, dict[str, int]] = {}
    themes: Counter[str] = Counter()
    for d in docs:
        row = themes_by_genre.setdefault(d["genre"] or NONE, {})
        for theme in d["themes"] or []:
            row[theme] = row.get(theme, 0) + 1
            themes[theme] += 1
    themes_by_genre = {g: dict(sorted(r.items())) for g, r in sorted(themes_by_genre.items())}

    by_precision = dict.fromkeys((*PRECISIONS, NONE), 0)
    timeline: dict[str, dict[str, int]] = {}
    for d in docs:
        precision = d["date_precision"] if d["date"] else None
        by_precision[precision or NONE] += 1
        if precision:
            key = d["date"][:7] if precision in ("day", "month") else d["date"][:4]
            slot = timeline.setdefault(key, dict.fromkeys(PRECISIONS, 0))
            slot[precision] += 1
    dated = sorted(d["date"] for d in docs if d["date"])

    segments = pq.ParquetFile(folder / shard_path("segments")).metadata.num_rows
    sentences_file = pq.ParquetFile(folder / shard_path("sentences"))
    if counted is None:  # `nqp-corpus stats` on a release: read its tokens and terms back
        if "terms" not in sentences_file.schema_arrow.names:
            raise ReleaseError(f"{folder}: its sentences have no `terms` column (a release before 1.54.0); "
                               f"the statistics of this code count it")
        counted = TermCounter()
        for batch in read_batches(sentences_file, 8192, ["tokens", "terms"]):
            counted.add(batch.column(0), batch.column(1))
    term_counts, n_tokens = counted.counts, counted.tokens
    top = sorted(term_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS]

    return {
        "release": release,
        "totals": {"documents": len(docs), "characters": sum(d["n_chars"] for d in docs),
                   "segments": segments, "sentences": sentences_file.metadata.num_rows, "tokens": n_tokens},
        "by_source_file": grouped("source_file"),
        "by_publisher": grouped("publisher"),
        "by_genre": grouped("genre"),
        "by_region": grouped("region"),
        "themes": dict(sorted(themes.items())),
        "themes_by_genre": themes_by_genre,
        "dates": {"by_precision": by_precision, "timeline": dict(sorted(timeline.items())),
                  "undated": by_precision[NONE], "earliest": dated[0] if dated else None,
                  "latest": dated[-1] if dated else None},
        "domain_terms": {
            "dictionary_size": _dictionary_size(),
            "distinct_found": len(term_counts),
            "occurrences": sum(term_counts.values()),
            "top": [{"rank": i, "label": f"T{i:02d}", "term": term, "count": n}
                    for i, (term, n) in enumerate(top, 1)],
        },
        "charts": [f"{CHARTS_DIR}/{name}.png" for name in CHARTS],
    }


def _dictionary_size() -> int:
    from .tokens import domain_terms
    return len(domain_terms())


# ---------------------------------------------------------------- charts

def _figure(width: float, height: float):
    from matplotlib.figure import Figure
    return Figure(figsize=(width, height), dpi=DPI)


# Subplot margins are set from the size of the labels outside the axes, measured with the Agg
# renderer's font metrics, instead of by tight_layout: that lays out every artist of the figure once
# more before the draw, ~0.5 CPU s of a build of the seeds and ~1 s at 10x and more (the charts took
# 2-3 s in all). In pixels at DPI: the space along each figure edge, the tick mark and its pad, and
# a title's or axis label's font size with its pad.
EDGE_PX = 10
TICK_PX = 10  # a major tick (3.5 pt) and its label pad (3.5 pt)
TITLE_PX = 26  # an axes title (12 pt) and its pad (6 pt)
LABEL_PX = 20  # an axis label (10 pt) and its pad (4 pt)
TICK_LABEL_PX = 14  # a number on the value axis (10 pt)


def _label_sizes(labels: list[str], fontsize: float, rotation: float = 0.0) -> list[tuple[float, float]]:
    """(width, height) in pixels of the box holding each label, rotated by `rotation` degrees, in
    the default font at `fontsize` points."""
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.font_manager import FontProperties

    renderer = RendererAgg(1, 1, DPI)
    prop = FontProperties(size=fontsize)
    cos, sin = math.cos(math.radians(rotation)), math.sin(math.radians(rotation))
    sizes = []
    for label in labels:
        w, h, _ = renderer.get_text_width_height_descent(label, prop, ismath=False)
        sizes.append((w * cos + h * sin, w * sin + h * cos))
    return sizes


def _label_extent(labels: list[str], fontsize: float, rotation: float = 0.0) -> tuple[float, float]:
    """(width, height) of the box holding the largest of these labels (see _label_sizes)."""
    sizes = _label_sizes(labels, fontsize, rotation)
    return max((w for w, _ in sizes), default=0.0), max((h for _, h in sizes), default=0.0)


def _half_tick_label(top: float) -> float:
    """Half the width of the widest value-axis tick label when values go up to `top`: a tick at the
    axis' end is centred on it, so half its label lies beyond (the labels have at most the digits of
    twice the top; larger numbers are shown scaled, with "1e6" beside the axis)."""
    return _label_extent([str(int(top * 2))], 10)[0] / 2


def _value_axis_end(ax, starts: list[float], labels: list[str], least: float) -> float:
    """The end of a horizontal bar chart's value axis (at least `least`) that leaves room for each
    bar's value label, drawn from `starts` in data units, inside the axes (margins are set first)."""
    width = ax.get_position().width * ax.figure.get_size_inches()[0] * DPI
    needed = [start / (1 - (w + 2) / width) for start, (w, _) in zip(starts, _label_sizes(labels, 8))]
    return max([least, *needed])


def _set_margins(fig, left: float, bottom: float, top: float, right: float = 0.0) -> None:
    """Margins of the subplots, each the pixels the labels outside the axes need on that side."""
    width, height = fig.get_size_inches() * DPI
    fig.subplots_adjust(left=(EDGE_PX + left) / width, right=1 - (EDGE_PX + right) / width,
                        bottom=(EDGE_PX + bottom) / height, top=1 - (EDGE_PX + top) / height)


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    return buf.getvalue()


def _barh_pair(stats_part: dict[str, dict[str, int]], title: str, labels: dict[str, str] | None = None):
    names = list(stats_part)
    labels = labels or {}
    fig = _figure(10, 1.2 + 0.32 * max(len(names), 3))
    axes = fig.subplots(1, 2, sharey=True)
    ypos = list(range(len(names)))[::-1]
    panels = []  # (axes, where each value label starts, its text, the largest value)
    for ax, key, color in zip(axes, ("documents", "characters"), ("#4c72b0", "#dd8452")):
        values = [stats_part[n][key] for n in names]
        ax.barh(ypos, values, color=color)
        ax.set_title(key)
        ax.grid(axis="x", alpha=0.3)
        ax.set_axisbelow(True)
        top = max(values) if values else 1
        starts, texts = [v + top * 0.01 for v in values], [f"{v:,}" for v in values]
        for y, start, text in zip(ypos, starts, texts):
            ax.text(start, y, text, va="center", fontsize=8)
        ax.locator_params(axis="x", nbins=5)  # six-digit tick numbers overlap at the default 9
        panels.append((ax, starts, texts, top))
    ticks = [labels.get(n, n) for n in names]
    axes[0].set_yticks(ypos, ticks, fontsize=8)
    fig.suptitle(title, y=1 - EDGE_PX / (fig.get_size_inches()[1] * DPI), va="top")
    # below the axes: the tick numbers and the "1e6" of a scaled axis; right: the characters panel's
    _set_margins(fig, left=_label_extent(ticks, 8)[0] + TICK_PX, bottom=TICK_PX + 2 * TICK_LABEL_PX,
                 top=2 * TITLE_PX, right=_half_tick_label(panels[-1][3]))
    fig.subplots_adjust(wspace=0.08)
    for ax, starts, texts, top in panels:  # once the margins fix each panel's width
        ax.set_xlim(0, _value_axis_end(ax, starts, texts, top * 1.18 or 1))
    return fig


def largest_and_other(part: dict[str, dict[str, int]], bars: int) -> dict[str, dict[str, int]]:
    """`part` when it has at most `bars` entries; else its bars - 1 entries with the most
    characters (ties by name), in name order, and an "other (N files)" entry summing the rest.

    >>> part = {"a": {"documents": 1, "characters": 5}, "b": {"documents": 2, "characters": 9},
    ...         "c": {"documents": 1, "characters": 7}}
    >>> largest_and_other(part, 2)
    {'b': {'documents': 2, 'characters': 9}, 'other (2 files)': {'documents': 2, 'characters': 12}}
    """
    if len(part) <= bars:
        return part
    largest = set(sorted(part, key=lambda name: (-part[name]["characters"], name))[:bars - 1])
    rest = [counts for name, counts in part.items() if name not in largest]
    out = {name: counts for name, counts in sorted(part.items()) if name in largest}
    out[f"other ({len(rest)} files)"] = {key: sum(c[key] for c in rest) for key in ("documents", "characters")}
    return out


def _chart_sources(stats: dict[str, Any]):
    sources = stats["by_source_file"]
    shown = largest_and_other(sources, MAX_SOURCE_BARS)
    title = "Documents and characters by source file"
    if shown is not sources:
        title += f" (the {len(shown) - 1} largest of {len(sources)})"
    return _barh_pair(shown, title, {name: file_stem(name) for name in sources})


def _chart_themes_by_genre(stats: dict[str, Any]):
    genres = list(stats["themes_by_genre"])
    themes = sorted(stats["themes"], key=lambda t: (-stats["themes"][t], t))
    docs = {g: stats["by_genre"][g]["documents"] for g in genres}
    fig = _figure(10, 1.6 + 0.4 * max(len(genres), 3))
    ax = fig.subplots()
    if not themes or not genres:  # an empty matrix has no extent (matplotlib warns of a singular axis)
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No document has a theme", ha="center", va="center", transform=ax.transAxes)
        ax.set_title("Themes by genre")
        return fig
    # share of the genre's documents that carry the theme; the count is printed in the cell
    matrix = [[stats["themes_by_genre"][g].get(t, 0) / docs[g] for t in themes] for g in genres]
    image = ax.imshow(matrix, cmap="Blues", vmin=0, vmax=1, aspect="auto")
    for i, g in enumerate(genres):
        for j, t in enumerate(themes):
            n = stats["themes_by_genre"][g].get(t, 0)
            if n:
                ax.text(j, i, str(n), ha="center", va="center", fontsize=7,
                        color="white" if matrix[i][j] > 0.6 else "black")
    ax.set_xticks(range(len(themes)), themes, rotation=40, ha="right", fontsize=8)
    rows = [f"{g} ({docs[g]})" for g in genres]
    ax.set_yticks(range(len(genres)), rows, fontsize=8)
    _set_margins(fig, left=_label_extent(rows, 8)[0] + TICK_PX,
                 bottom=_label_extent(themes, 8, rotation=40)[1] + TICK_PX, top=TITLE_PX)
    fig.colorbar(image, ax=ax, label="share of the genre's documents")  # takes its room from ax
    ax.set_title("Themes by genre (cell: documents with the theme)")
    return fig


def _chart_dates(stats: dict[str, Any]):
    timeline = stats["dates"]["timeline"]
    keys = list(timeline) + ["undated"]
    fig = _figure(10, 4)
    ax = fig.subplots()
    x = list(range(len(keys)))
    bottom = [0] * len(keys)
    for precision in PRECISIONS:
        values = [timeline[k][precision] if k in timeline else 0 for k in keys]
        ax.bar(x, values, bottom=bottom, color=PALETTE[precision], label=f"date precision: {precision}")
        bottom = [b + v for b, v in zip(bottom, values)]
    undated = stats["dates"]["undated"]
    ax.bar([x[-1]], [undated], color="#bbbbbb", hatch="//", label="no date")
    for xi, total in zip(x, bottom[:-1] + [undated]):
        ax.text(xi, total, str(total), ha="center", va="bottom", fontsize=8)
    ax.set_xticks(x, keys, rotation=40, ha="right", fontsize=8)
    ax.set_ylabel("documents")
    ax.set_title("Documents by date (day and month dates by month; year-only dates by year)")
    ax.legend(fontsize=8, loc="upper left")
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    widest = "8" * len(str(max(bottom[:-1] + [undated, 1]) * 2))  # y ticks stop short of twice the top
    _set_margins(fig, left=LABEL_PX + _label_extent([widest], 10)[0] + TICK_PX,
                 bottom=_label_extent(keys, 8, rotation=40)[1] + TICK_PX, top=TITLE_PX)
    return fig


def _chart_terms(stats: dict[str, Any]):
    top = stats["domain_terms"]["top"]
    fig = _figure(10, 1.2 + 0.28 * max(len(top), 3))
    ax = fig.subplots()
    ypos = list(range(len(top)))[::-1]
    counts = [t["count"] for t in top]
    ax.barh(ypos, counts, color="#55a868")
    values = [f" {n:,}" for n in counts]
    for y, n, value in zip(ypos, counts, values):
        ax.text(n, y, value, va="center", fontsize=8)
    ticks = [t["label"] for t in top]
    ax.set_yticks(ypos, ticks, fontsize=8)
    ax.set_xlabel("occurrences in the terms of the sentences config")
    ax.set_title("Top domain terms (labels T01.. : see the table in stats.json / README)")
    ax.grid(axis="x", alpha=0.3)
    ax.set_axisbelow(True)
    _set_margins(fig, left=_label_extent(ticks, 8)[0] + TICK_PX,
                 bottom=TICK_LABEL_PX + TICK_PX + LABEL_PX, top=TITLE_PX,
                 right=_half_tick_label(max(counts, default=1)))
    ax.set_xlim(0, _value_axis_end(ax, counts, values, max(counts, default=1) * 1.05))
    return fig


def chart_figures(stats: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(name, matplotlib Figure) of each chart, drawn under matplotlib's default rcParams plus our
    fixed ones (which hold while the caller handles each figure: savefig it before the next)."""
    import matplotlib

    builders = {
        "documents_by_source": lambda: _chart_sources(stats),
        "documents_by_genre": lambda: _barh_pair(stats["by_genre"], "Documents and characters by genre"),
        "documents_by_region": lambda: _barh_pair(stats["by_region"], "Documents and characters by region"),
        "themes_by_genre": lambda: _chart_themes_by_genre(stats),
        "documents_by_date": lambda: _chart_dates(stats),
        "top_domain_terms": lambda: _chart_terms(stats),
    }
    with matplotlib.rc_context():
        matplotlib.rcdefaults()
        matplotlib.rcParams.update(RC_PARAMS)
        for name in CHARTS:
            yield name, builders[name]()


def render_charts(stats: dict[str, Any]) -> dict[str, bytes]:
    """name → PNG bytes of each chart."""
    return {name: _png(fig) for name, fig in chart_figures(stats)}


# ---------------------------------------------------------------- files and markdown

def write_stats(folder: Path, counted: TermCounter | None = None) -> dict[str, Any]:
    """Write stats.json and charts/*.png into the release folder; returns the stats."""
    folder = Path(folder)
    stats = compute_stats(folder, counted)
    charts = folder / CHARTS_DIR
    charts.mkdir(exist_ok=True)
    for name, data in render_charts(stats).items():
        (charts / f"{name}.png").write_bytes(data)
    (folder / STATS_NAME).write_text(json.dumps(stats, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                                     encoding="utf-8")
    return stats


def _rows(part: dict[str, dict[str, int]]) -> list[str]:
    return [f"| {name} | {v['documents']:,} | {v['characters']:,} |" for name, v in part.items()]


def stats_markdown(stats: dict[str, Any], heading: str = "## Statistics") -> str:
    """A markdown section for the dataset card: tables of the numbers and links to every chart."""
    t = stats["totals"]
    lines = [heading, "",
             f"{t['documents']:,} documents, {t['characters']:,} characters (Simplified text), "
             f"{t['segments']:,} segments, {t['sentences']:,} sentences, {t['tokens']:,} tokens. "
             "Numbers from `stats.json`; charts in `charts/`.", ""]

    def table(title: str, key: str, label: str, chart: str | None) -> None:
        lines.extend([f"**{title}**", "", f"| {label} | documents | characters |", "|---|---:|---:|",
                      *_rows(stats[key]), ""])
        if chart:
            lines.extend([f"![{title}](charts/{chart}.png)", ""])

    table("By source file", "by_source_file", "source file", "documents_by_source")
    table("By publisher", "by_publisher", "publisher", None)
    table("By genre", "by_genre", "genre", "documents_by_genre")
    table("By region", "by_region", "region", "documents_by_region")

    lines.extend(["**Themes** (a document counts once per theme)", "", "| theme | documents |", "|---|---:|",
                  *(f"| {k} | {v:,} |" for k, v in sorted(stats["themes"].items(), key=lambda kv: (-kv[1], kv[0]))),
                  "", "![Themes by genre](charts/themes_by_genre.png)", ""])

    d = stats["dates"]
    precision = ", ".join(f"{k} {v}" for k, v in d["by_precision"].items() if k != NONE)
    lines.extend(["**Dates**", "",
                  f"Dated documents by precision: {precision}; without a date: {d['undated']}. "
                  f"Earliest {d['earliest'] or '-'}, latest {d['latest'] or '-'}.", "",
                  "![Documents by date](charts/documents_by_date.png)", ""])

    dt = stats["domain_terms"]
    lines.extend([f"**Top domain terms** ({dt['distinct_found']} of the {dt['dictionary_size']} dictionary terms "
                  f"occur in the sentences' `terms`, {dt['occurrences']:,} times in all)", "",
                  "| label | term | occurrences |", "|---|---|---:|",
                  *(f"| {x['label']} | {x['term']} | {x['count']:,} |" for x in dt["top"]), "",
                  "![Top domain terms](charts/top_domain_terms.png)", ""])
    return "\n".join(lines)


def run(release: Path | None, out_dir: Path = Path("processed")) -> tuple[Path, dict[str, Any]]:
    """The `nqp-corpus stats` command: the given release folder, or the newest one in out_dir."""
    from .validate import newest_release

    folder = Path(release) if release else newest_release(out_dir)
    return folder, write_stats(folder)
