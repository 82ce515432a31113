"""nqp-corpus stats on a release built from raw/: determinism, agreement with the Parquet, charts."""
from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from nqp_corpus.stats import (
    CHARTS, CHARTS_DIR, MAX_SOURCE_BARS, STATS_NAME, chart_figures, compute_stats, largest_and_other, render_charts,
    stats_markdown, write_stats,
)
from nqp_corpus.tokens import domain_terms

ROOT = Path(__file__).resolve().parents[1]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="session")
def release(tmp_path_factory) -> Path:
    from nqp_corpus.release import build

    out = tmp_path_factory.mktemp("releases")
    return build(ROOT / "raw", out, "0.0.0", workers=1, changelog=None).folder


@pytest.fixture(scope="session")
def stats_run(release: Path) -> tuple[dict, dict[str, bytes]]:
    stats = write_stats(release)
    return stats, _outputs(release)


def _outputs(folder: Path) -> dict[str, bytes]:
    names = [STATS_NAME] + [f"{CHARTS_DIR}/{name}.png" for name in CHARTS]
    return {name: (folder / name).read_bytes() for name in names}


def _docs(release: Path):
    return pq.read_table(release / "documents" / "train-00000-of-00001.parquet").to_pandas()


def test_the_build_counts_the_tokens_as_reading_them_back_does(tmp_path):
    """A build counts each file's tokens as it writes them (stats.TermCounter); `nqp-corpus stats`
    reads them back from the release: the numbers are the same."""
    from nqp_corpus.release import build

    folder = build(ROOT / "raw", tmp_path, "0.0.0", workers=1, changelog=None).folder
    built = json.loads((folder / STATS_NAME).read_text(encoding="utf-8"))
    assert built["totals"]["tokens"] > 100_000 and len(built["domain_terms"]["top"]) > 10
    assert json.loads(json.dumps(compute_stats(folder))) == built


def test_second_run_in_a_fresh_process_is_byte_identical(release, stats_run):
    _, first = stats_run
    env = {**os.environ, "PYTHONHASHSEED": "12345"}  # set/dict order must not leak into the output
    subprocess.run([sys.executable, "-c", "import sys; from nqp_corpus.cli import main; sys.exit(main())",
                    "stats", str(release)], check=True, cwd=ROOT, env=env, capture_output=True)
    second = _outputs(release)
    assert second.keys() == first.keys()
    for name in first:
        assert second[name] == first[name], f"{name} differs between two runs"
    assert sorted(p.name for p in (release / CHARTS_DIR).iterdir()) == sorted(f"{n}.png" for n in CHARTS)


def test_stats_json_is_sorted_and_equals_the_returned_dict(release, stats_run):
    stats, outputs = stats_run
    text = outputs[STATS_NAME].decode("utf-8")
    assert json.loads(text) == stats
    assert text == json.dumps(stats, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def test_numbers_agree_with_the_parquet(release, stats_run):
    stats, _ = stats_run
    docs = _docs(release)
    n = len(docs)
    assert stats["release"] == "0.0.0" == docs["release"].iloc[0]
    assert stats["totals"]["documents"] == n
    assert stats["totals"]["characters"] == int(docs["n_chars"].sum())
    for key, column in (("by_genre", "genre"), ("by_region", "region"), ("by_source_file", "source_file"),
                        ("by_publisher", "publisher")):
        part = stats[key]
        assert sum(v["documents"] for v in part.values()) == n, key
        assert sum(v["characters"] for v in part.values()) == stats["totals"]["characters"], key
        expected = docs[column].fillna("(none)").value_counts().to_dict()
        assert {k: v["documents"] for k, v in part.items()} == expected, key
    themes = Counter(t for ts in docs["themes"] for t in ts)
    assert stats["themes"] == dict(themes)
    for genre, row in stats["themes_by_genre"].items():
        in_genre = docs[docs["genre"].fillna("(none)") == genre]
        assert row == dict(Counter(t for ts in in_genre["themes"] for t in ts)), genre
        assert max(row.values(), default=0) <= stats["by_genre"][genre]["documents"]
    dates = stats["dates"]
    assert sum(dates["by_precision"].values()) == n
    assert dates["undated"] == int(docs["date"].isna().sum())
    assert sum(sum(slot.values()) for slot in dates["timeline"].values()) == n - dates["undated"]
    for config in ("segments", "sentences"):
        rows = pq.ParquetFile(release / config / "train-00000-of-00001.parquet").metadata.num_rows
        assert stats["totals"][config] == rows


def test_domain_term_counts_match_a_plain_recount(release, stats_run):
    """The statistics count the `terms` column; recounted here from the tokens: a listed term as a
    token, a collocation as the run of its words."""
    stats, _ = stats_run
    whole = {t.word for t in domain_terms() if len(t.tokens) == 1}
    runs = {t.tokens: t.word for t in domain_terms() if len(t.tokens) > 1}
    longest = max(map(len, runs))
    sentences = pq.read_table(release / "sentences" / "train-00000-of-00001.parquet", columns=["tokens", "terms"])
    counts: Counter[str] = Counter()
    overlapping = 0  # sentences where two collocations share a word (新|产业|集群): tokens cannot tell
    for toks, terms in zip(sentences.column("tokens").to_pylist(), sentences.column("terms").to_pylist()):
        i, found, starts = 0, Counter(), set()
        while i < len(toks):  # a term inside a collocation counts as the collocation (先进|生产力)
            n = next((n for n in range(longest, 1, -1) if tuple(toks[i:i + n]) in runs), 1)
            if n > 1:
                found[runs[tuple(toks[i:i + n])]] += 1
                starts.update(range(i + 1, i + n))
            elif toks[i] in whole:
                found[toks[i]] += 1
            i += n
        if found != Counter(terms) and any(tuple(toks[j:j + n]) in runs for j in starts for n in range(2, longest + 1)):
            overlapping += 1
            found = Counter(terms)  # which of the two the segmenter kept whole
        counts += found
    assert overlapping <= 3, overlapping
    top = stats["domain_terms"]["top"]
    assert top, "the corpus is about 新质生产力: some domain terms must occur"
    assert top[0]["term"] == "新质生产力"
    assert any(item["term"] in runs.values() for item in top), "科技创新 is among the most frequent"
    for item in top:
        assert item["count"] == counts[item["term"]], item
        assert item["label"] == f"T{item['rank']:02d}"
    assert [x["count"] for x in top] == sorted((x["count"] for x in top), reverse=True)
    assert stats["domain_terms"]["occurrences"] == sum(map(len, sentences.column("terms").to_pylist()))
    assert stats["totals"]["tokens"] == sum(len(t) for t in sentences.column("tokens").to_pylist())


@pytest.mark.parametrize("name", CHARTS)
def test_every_chart_is_a_non_trivial_png(stats_run, name):
    import numpy as np
    from matplotlib.image import imread

    data = stats_run[1][f"{CHARTS_DIR}/{name}.png"]
    assert data.startswith(PNG_SIGNATURE)
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert width >= 600 and height >= 200
    assert b"Software" not in data and b"Creation Time" not in data  # nothing that varies by machine
    assert data.endswith(b"IEND\xaeB`\x82")
    pixels = imread(__import__("io").BytesIO(data), format="png")
    assert pixels.shape[:2] == (height, width)
    # drawn content, not a blank canvas: several distinct colours and a real share of non-white pixels
    flat = pixels[..., :3].reshape(-1, 3)
    assert len(np.unique((flat * 255).astype(np.uint8), axis=0)) > 10
    assert (flat.min(axis=1) < 0.9).mean() > 0.01


def test_markdown_references_every_chart_and_the_numbers(stats_run):
    stats, _ = stats_run
    md = stats_markdown(stats)
    assert md.startswith("## Statistics")
    for name in CHARTS:
        assert f"(charts/{name}.png)" in md, name
    for genre, v in stats["by_genre"].items():
        assert f"| {genre} | {v['documents']:,} | {v['characters']:,} |" in md
    for item in stats["domain_terms"]["top"]:
        assert f"| {item['label']} | {item['term']} |" in md
    assert stats_markdown(stats) == md


def test_rerunning_stats_on_a_built_release_keeps_it_valid(release, stats_run):
    """The build writes stats before SHA256SUMS; `nqp-corpus stats` afterwards rewrites the same bytes."""
    from nqp_corpus.validate import validate_release

    sums = dict(line.split("  ", 1)[::-1] for line in (release / "SHA256SUMS").read_text().splitlines())
    assert "stats.json" in sums
    assert validate_release(release) == []


def test_many_source_files_are_charted_as_the_largest_and_one_other_bar(stats_run):
    stats, _ = stats_run
    base = stats["by_source_file"]
    assert largest_and_other(base, MAX_SOURCE_BARS) is base  # the seed release: a bar per file
    many = {f"r{i:03d}_{name}": dict(counts) for i in range(100) for name, counts in base.items()}
    largest = max(base, key=lambda name: base[name]["characters"])  # 001, the compilation
    many[f"r099_{largest}"]["characters"] += 1  # one copy is the largest; the others tie
    shown = largest_and_other(many, MAX_SOURCE_BARS)
    assert len(shown) == MAX_SOURCE_BARS
    other = shown.pop(f"other ({len(many) - MAX_SOURCE_BARS + 1} files)")
    # the strictly largest, then the tied copies first by name
    assert set(shown) == {f"r099_{largest}"} | {f"r{i:03d}_{largest}" for i in range(MAX_SOURCE_BARS - 2)}
    # nothing lost: the kept bars and "other" add up to the whole
    for key in ("documents", "characters"):
        assert sum(c[key] for c in shown.values()) + other[key] == sum(c[key] for c in many.values())
    # the kept ones are the largest: none left out has more characters than one kept
    smallest_kept = min(c["characters"] for c in shown.values())
    assert all(c["characters"] <= smallest_kept for name, c in many.items() if name not in shown)
    assert list(shown) == sorted(shown)


def _wide_stats(stats: dict) -> dict:
    """The seed stats with long labels everywhere a chart prints one outside its axes: 40 source
    files with long names, long genre names, six-digit counts, four-digit dates."""
    wide = json.loads(json.dumps(stats))
    wide["by_source_file"] = {f"r{i:03d}_{'long_source_file_name_' * 3}{i}.txt": {"documents": 9999, "characters": 987654}
                              for i in range(40)}
    genres = {f"{genre}_of_a_much_longer_name": counts for genre, counts in stats["by_genre"].items()}
    wide["by_genre"] = genres
    wide["themes_by_genre"] = {f"{genre}_of_a_much_longer_name": row for genre, row in stats["themes_by_genre"].items()}
    wide["dates"]["undated"] = 123456
    return wide


@pytest.mark.parametrize("which", ["seed", "wide"])
def test_no_chart_text_falls_outside_its_figure(stats_run, which):
    # the margins come from measured label sizes (no tight_layout): matplotlib's tight box of all
    # that is drawn (tick labels, titles, value labels, the "1e6" of a scaled axis) must lie inside
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    stats = stats_run[0] if which == "seed" else _wide_stats(stats_run[0])
    for name, fig in chart_figures(stats):
        canvas = FigureCanvasAgg(fig)
        canvas.draw()
        width, height = canvas.get_width_height()
        box = fig.get_tightbbox(canvas.get_renderer()).transformed(fig.dpi_scale_trans)
        assert -1 <= box.x0 and box.x1 <= width + 1 and -1 <= box.y0 and box.y1 <= height + 1, \
            (name, box.bounds, (width, height))
        if name in ("documents_by_source", "documents_by_genre", "documents_by_region", "top_domain_terms"):
            for ax in fig.axes:  # a bar's value label stays inside its axes (not over the next panel)
                frame = ax.get_window_extent(canvas.get_renderer())
                for text in ax.texts:
                    label = text.get_window_extent(canvas.get_renderer())
                    assert label.x1 <= frame.x1 + 1, (name, text.get_text(), label.bounds, frame.bounds)


def test_a_corpus_without_themes_dates_or_terms_is_charted_without_warnings(stats_run):
    """A user's corpus where no block reaches a theme's threshold, no document is dated and no
    dictionary term occurs: every chart is still drawn, and matplotlib has nothing to warn about
    (an empty theme matrix has no extent: the chart says so in words instead)."""
    import warnings

    sparse = json.loads(json.dumps(stats_run[0]))
    sparse["themes"] = {}
    sparse["themes_by_genre"] = {genre: {} for genre in sparse["themes_by_genre"]}
    sparse["dates"] = {**sparse["dates"], "timeline": {}, "earliest": None, "latest": None}
    sparse["domain_terms"]["top"] = []
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        charts = render_charts(sparse)
    assert set(charts) == set(CHARTS)
    assert all(png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000 for png in charts.values())


def test_stats_of_a_release_without_terms_is_a_one_line_error(capsys):
    """Releases before 1.54.0 have no `terms` column: `nqp-corpus stats` says so and writes nothing."""
    from nqp_corpus.cli import main

    old = ROOT / "processed" / "v1.53.3"
    before = _outputs(old)
    assert main(["stats", str(old)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "v1.53.3: its sentences have no `terms` column" in err
    assert _outputs(old) == before
