"""Reuse detection on real text: raw/000 (Traditional, converted with OpenCC hk2s) against raw/001."""
from __future__ import annotations

import itertools
from pathlib import Path

import opencc
import pytest

from nqp_corpus.annotate import reuse as R

RAW = Path(__file__).resolve().parents[1] / "raw"


def paragraphs(name: str, config: str | None) -> list[tuple[str, str]]:
    """(segment id, text) per paragraph: lines joined up to one ending in 。！？ (test-local splitter,
    independent of the cleaning stage)."""
    cc = opencc.OpenCC(config, include_tofu_risk_dictionaries=False) if config else None
    out, buf, start, offset = [], [], None, 0
    text = (RAW / name).read_text(encoding="utf-8")
    for line in text.split("\n"):
        if line.strip():
            if start is None:
                start = offset
            buf.append(line.strip())
            if line.rstrip().endswith(("。", "！", "？")):
                joined = "".join(buf)
                out.append((f"{name[:3]}/s{start}-{offset + len(line)}", cc.convert(joined) if cc else joined))
                buf, start = [], None
        offset += len(line) + 1
    return out


@pytest.fixture(scope="module")
def corpus():
    segs = paragraphs("000_0a4ddf0e5c2a5237.txt", "hk2s") + paragraphs("001_e0edea38aaf4c3b6.txt", None)
    index = R.ReuseIndex()
    for sid, text in segs:
        index.add(sid, text)
    return segs, index, index.result()


def test_000_reuses_001_after_conversion(corpus):
    segs, _, result = corpus
    hits = [sid for sid, hit in result.items()
            if sid.startswith("000") and any(p["segment_id"].startswith("001") for p in hit["reuse_of"])]
    assert len(hits) >= 5
    # without conversion there is (almost) nothing to find
    trad = R.ReuseIndex()
    for sid, text in paragraphs("000_0a4ddf0e5c2a5237.txt", None) + paragraphs("001_e0edea38aaf4c3b6.txt", None):
        trad.add(sid, text)
    cross = [s for s, h in trad.result().items()
             if s.startswith("000") and any(p["segment_id"].startswith("001") for p in h["reuse_of"])]
    assert len(cross) < len(hits)


def test_definition_passage_is_grouped_across_files(corpus):
    segs, _, result = corpus
    texts = dict(segs)
    definition = [sid for sid, t in segs if "以全要素生产率大幅提升为核心标志" in t and sid in result]
    files = {sid[:3] for sid in definition}
    assert files == {"000", "001"}
    for sid in definition:
        for p in result[sid]["reuse_of"]:
            assert 0.5 <= p["score"] <= 1.0
            assert p["segment_id"] != sid
    assert all(len(R.normalise(texts[s])) >= R.MIN_CHARS for s in result)


def test_lsh_finds_the_pairs_a_full_comparison_finds(corpus):
    _, index, _ = corpus
    found = index.pairs()
    n = len(index._ids)
    true = {(i, j) for i, j in itertools.combinations(range(n), 2)
            if R.containment(index._shingles[i], index._shingles[j]) >= R.MIN_CONTAINMENT}
    assert true, "expected reused passages"
    assert set(found) <= true  # every reported pair is verified exactly
    assert len(true & set(found)) / len(true) >= 0.97


def test_groups_are_consistent_and_deterministic(corpus):
    segs, _, result = corpus
    again = R.ReuseIndex()
    for sid, text in segs:
        again.add(sid, text)
    assert again.result() == result
    for sid, hit in result.items():
        assert hit["reuse_group"].startswith("reuse:")
        assert hit["reuse_of"] == sorted(hit["reuse_of"], key=lambda p: (-p["score"], p["segment_id"]))
        for p in hit["reuse_of"]:  # links are symmetric
            assert any(q["segment_id"] == sid for q in result[p["segment_id"]]["reuse_of"])
    sizes = {}
    for hit in result.values():
        sizes[hit["reuse_group"]] = sizes.get(hit["reuse_group"], 0) + 1
    assert max(sizes.values()) < len(result) / 2  # no chaining into one giant group


def test_short_and_unrelated_segments_are_not_marked():
    index = R.ReuseIndex()
    index.add("a/s0-10", "加快发展新质生产力。")
    index.add("b/s0-10", "加快发展新质生产力。")
    index.add("c/s0-99", "这是一段与其他任何文字都不相同的内容，用来检验不会误报重复使用的情况，长度足够超过三十个字符。")
    assert index.result() == {}
