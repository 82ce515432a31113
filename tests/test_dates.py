"""Dates: explicit dates in blocks, document dates with evidence, quotation attributions."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from nqp_corpus.annotate import dates as D
from nqp_corpus.model import Block, Document, RawFile
from nqp_corpus.quality import date_scores

RAW = Path(__file__).resolve().parents[1] / "raw"


@pytest.mark.parametrize("text, expected", [
    ("2024 年 1 月 31 日下午", [("2024 年 1 月 31 日", "2024-01-31", None, "day")]),
    # Chinese numerals throughout, as official documents date themselves; an impossible day or
    # month falls back to what is valid, as with Arabic numerals
    ("二〇二四年三月一日", [("二〇二四年三月一日", "2024-03-01", None, "day")]),
    ("二〇二三年十二月二十六日印发", [("二〇二三年十二月二十六日", "2023-12-26", None, "day")]),
    ("于二〇二三年十二月召开", [("二〇二三年十二月", "2023-12", None, "month")]),
    ("二〇二四年二月三十二日", [("二〇二四年二月", "2024-02", None, "month")]),
    ("二〇二四年十三月", [("二〇二四年", "2024", None, "year")]),
    ("2024年1月31日", [("2024年1月31日", "2024-01-31", None, "day")]),
    ("习主席 2024年 1月 31日在", [("2024年 1月 31日", "2024-01-31", None, "day")]),
    ("2024.3.5", [("2024.3.5", "2024-03-05", None, "day")]),
    ("2024-03-05", [("2024-03-05", "2024-03-05", None, "day")]),
    ("截至 2023 年 9 月，全国", [("2023 年 9 月", "2023-09", None, "month")]),
    ("2023 年，我国", [("2023 年", "2023", None, "year")]),
    ("1978-2020 年", [("1978-2020 年", "1978", "2020", "year")]),
    ("近三年间（2019-2021年）", [("2019-2021年", "2019", "2021", "year")]),
    ("2012 年至 2021 年", [("2012 年至 2021 年", "2012", "2021", "year")]),
    ("2023年9月22日至23日", [("2023年9月22日至23日", "2023-09-22", "2023-09-23", "day")]),
    ("2023年9月22日至10月3日", [("2023年9月22日至10月3日", "2023-09-22", "2023-10-03", "day")]),
    ("二〇二四年", [("二〇二四年", "2024", None, "year")]),
    ("今年 3 月初", []), ("去年 9月", []), ("1 月 31 日下午", []),
    ("改革开放 35 年来", []), ("长达 100 年", []), ("新中国成立 75 周年", []), ("上世纪 80 年代", []),
    ("2024 年 13 月", [("2024 年", "2024", None, "year")]),
])
def test_find_dates(text, expected):
    got = [(d["text"], d["date"], d["date_end"], d["precision"]) for d in D.find_dates(text)]
    assert got == expected
    for d in D.find_dates(text):
        assert text[d["char_start"]:d["char_end"]] == d["text"]


def _raw(entry, text="x\n"):
    return RawFile("t.txt", hashlib.sha256(text.encode()).hexdigest(), text, entry)


def _block(kind, text, start, line=1):
    b = Block(kind, [(start, start + len(text))], text, list(range(start, start + len(text))), line, line)
    b.text = text
    return b


_DATE_PIECES = ["2024", "1978", "20", "19", "0", "3", "12", "31", "９", " ", "\u3000", "年", "月", "日",
                "号", "份", "代", "至", "到", "-", ".", "/", "—", "～", "二〇二四", "〇", "零", "九", "的"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=12).map("".join))
@example("2024.3.5")
@example("2024/03/05")
@example("二〇二四年")
def test_pattern_gates_are_necessary_conditions(text):
    """find_dates skips a pattern when its gate fails: the gate must hold wherever it matches."""
    for kind, pattern in D._PATTERNS:
        if pattern.search(text):
            assert ("年" in text) if kind == "cn_year" else D._ARABIC_YEAR.search(text)


def test_compilation_piece_takes_its_own_dateline():
    text = "习近平经济思想研究中心\n2024 年 3 月 1 日\n高质量发展是新时代的硬道理。\n"
    raw = _raw({"genre": "compilation"}, text)
    doc = Document("t.txt", [_block("byline", "习近平经济思想研究中心", 0, 1),
                             _block("paragraph", "2024 年 3 月 1 日", 12, 2),
                             _block("paragraph", "高质量发展是新时代的硬道理。", 26, 3)])
    D.annotate(raw, doc)
    assert doc.metadata["date"] == "2024-03-01" and doc.metadata["date_precision"] == "day"
    assert doc.metadata["date_evidence"] == "dateline at raw offset 12 (line 2): '2024 年 3 月 1 日'"


def test_compilation_piece_without_dateline_is_not_dated_from_events():
    text = "2024 年 1 月 7 日，第二十五届北大光华新年论坛在北京举行。\n"
    raw = _raw({"genre": "compilation"}, text)
    doc = Document("t.txt", [_block("paragraph", text.strip(), 0)])
    D.annotate(raw, doc)
    assert doc.metadata["date"] is None and doc.metadata["date_precision"] is None
    assert "no dateline" in doc.metadata["date_evidence"]
    assert doc.blocks[0].annotations["dates_mentioned"][0]["date"] == "2024-01-07"


def test_single_document_takes_the_catalogue_date():
    entry = {"genre": "policy_brief", "date": {"value": "2024-04", "precision": "month",
                                               "evidence": "Dateline `2024年 4月` (raw line 429)."}}
    doc = Document("t.txt", [_block("paragraph", "正文。", 0)])
    D.annotate(_raw(entry), doc)
    assert (doc.metadata["date"], doc.metadata["date_precision"]) == ("2024-04", "month")
    assert doc.metadata["date_evidence"].startswith("catalogue: Dateline")
    entry = {"genre": "essay", "date": {"value": None, "precision": None, "reason": "undated"}}
    D.annotate(_raw(entry), doc)
    assert doc.metadata["date"] is None and doc.metadata["date_evidence"] == "catalogue: undated"


def test_quote_attribution_dates_the_quotes_before_it():
    blocks = [_block("quote", "历次产业革命都有一些共同特点。", 0),
              _block("quote_attribution", "——2013 年 9 月 30 日，习近平在十八届中央政治局第九次集体学习时的讲话", 20),
              _block("quote", "概括地说，新质生产力是创新起主导作用。", 80),
              _block("quote", "它由技术革命性突破而催生。", 100),
              _block("quote_attribution", "——2024 年 1 月 31 日，习近平在二十届中央政治局第十一次集体学习时的讲话", 120)]
    doc = Document("t.txt", blocks)
    D.annotate(_raw({"genre": "compilation"}), doc)
    assert blocks[0].annotations["attribution_date"] == "2013-09-30"
    assert blocks[2].annotations["attribution_date"] == blocks[3].annotations["attribution_date"] == "2024-01-31"
    assert blocks[4].annotations["attribution"].startswith("2024 年 1 月 31 日，习近平")
    assert blocks[1].annotations["attribution"] == blocks[0].annotations["attribution"]


def test_raw_compilation_dates_found():
    """Every 4-digit year date in 001's first 460 lines is found, and only those."""
    lines = (RAW / "001_e0edea38aaf4c3b6.txt").read_text(encoding="utf-8").split("\n")[:460]
    found = [d for line in lines for d in D.find_dates(line)]
    assert any(d["date"] == "2024-03-01" for d in found)
    assert any(d["date"] == "2013-09-30" for d in found)
    assert all(1900 <= int(d["date"][:4]) <= 2099 for d in found)


def test_dates_mentioned_against_gold():
    """103 sampled blocks of all five files, every explicit date labelled by hand
    (tests/gold/README_dates.md): span, value, end and precision must all agree."""
    score = date_scores()
    assert score.gold == 64
    assert score.precision >= 0.97 and score.recall >= 0.95, score
