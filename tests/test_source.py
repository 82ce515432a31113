"""Source metadata: byline parsing against the document gold of raw/001, genres of its pieces."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from conftest import written_with_lookalikes
from nqp_corpus.annotate import source as S
from nqp_corpus.model import Block, Document, RawFile
from nqp_corpus.pipeline import process_file
from nqp_corpus.quality import read_raw
from nqp_corpus.script import converter

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "documents_gold.json"
RAW001 = ROOT / "raw" / "001_e0edea38aaf4c3b6.txt"


@pytest.fixture(scope="module")
def gold():
    return json.loads(GOLD.read_text(encoding="utf-8"))["documents"]


@pytest.mark.parametrize("byline, authors, outlet", [
    ("南京日报评论员", [], "南京日报"),
    ("人民网评", [], "人民网"),
    ("新华社评论员", [], "新华社"),
    ("中国社会科学院大学 杨开忠", ["杨开忠"], None),
    ("上海社科院经济研究所沈开艳 何畅", ["沈开艳", "何畅"], None),
    ("尹西明，陈劲，王华峰，刘冬梅", ["尹西明", "陈劲", "王华峰", "刘冬梅"], None),
    ("研究员、重庆市原市长黄奇帆", ["黄奇帆"], None),
    ("习近平经济思想研究中心", [], None),
    ("西江日报评论员莫比林", ["莫比林"], "西江日报"),
    ("周文李吉良", ["周文", "李吉良"], None),
    # a label before the names, and a role that is no name
    ("文/张三", ["张三"], None),
    ("作者：张三，李四", ["张三", "李四"], None),
    ("撰文｜中国人民大学教授 王五", ["王五"], None),
    ("本报记者 张三 王五", ["张三", "王五"], None),
])
def test_parse_byline_examples(byline, authors, outlet):
    parsed = S.parse_byline(byline)
    assert parsed.authors == authors and parsed.outlet == outlet


def test_parse_byline_matches_gold_for_every_bylined_piece(gold):
    wrong = []
    for g in gold:
        if not g["byline"]:
            continue
        p = S.parse_byline(g["byline"])
        if (p.authors, p.affiliations, p.outlet) != (g["authors"], g["affiliations"], g["outlet"]):
            wrong.append((g["byline"], p.authors, p.affiliations, p.outlet))
    assert wrong == []


@pytest.mark.parametrize("byline, publisher", [
    ("习近平经济思想研究中心", "习近平经济思想研究中心"),  # an institution alone: the publisher
    ("北京大学经济学院教授", None),  # a role whose name was lost: a person's, no publisher
])
def test_a_bylines_institution_is_the_publisher_and_a_role_is_not(byline, publisher):
    text = f"{byline} \n高质量发展是硬道理。\n"
    raw = RawFile("t.txt", "0" * 64, text, {"genre": "compilation", "script": "zh-Hans",
                                           "region": "mainland", "series": None})
    n = len(byline)
    b = Block("byline", [(0, n)], byline, list(range(n)), 1, 1)
    doc = Document("t.txt", [b, Block("paragraph", [(n + 2, n + 12)], "高质量发展是硬道理。", list(range(n + 2, n + 12)), 2, 2)])
    S.annotate(raw, doc)
    m = doc.metadata
    assert (m["authors"], m["affiliations"], m["publisher"]) == ([], [byline], publisher) and m["genre"] == "essay"
    assert m["byline"] == byline and m["region"] == "mainland"
    assert ("names a role without a name" in m["source_evidence"]) is (publisher is None)


@pytest.mark.parametrize("byline, institution_only", [
    ("习近平经济思想研究中心", True),
    ("中国软件行业协会 教育与培训分会", True),
    # a role with its name lost (raw/001's piece under `中国宏观经济研究院战略政策室主任`): a person's byline
    ("中国宏观经济研究院战略政策室主任", False),
    ("北京大学经济学院教授", False),
])
def test_a_role_without_a_name_is_no_institutions_byline(byline, institution_only):
    parsed = S.parse_byline(byline)
    assert parsed.authors == [] and parsed.affiliations and parsed.institution_only is institution_only


def test_single_document_uses_the_catalogue():
    entry = {"genre": "policy_brief", "publisher": "香港中華廠商聯合會", "region": "hong_kong",
             "script": "zh-Hant", "series": "「新質生產力專題討論」系列", "title": "國家推進新質生產力的背景及其內涵解讀",
             "rights": "內容僅供內部參考"}
    raw = RawFile("t.txt", "0" * 64, "x\n", entry)
    doc = Document("t.txt", [Block("paragraph", [(0, 3)], "正文。", [0, 1, 2], 1, 1)])
    S.annotate(raw, doc)
    m = doc.metadata
    assert (m["publisher"], m["genre"], m["region"], m["script"], m["authors"]) == (
        "香港中華廠商聯合會", "policy_brief", "hong_kong", "zh-Hant", [])
    assert m["title"] == entry["title"] and m["outlet"] is None


def _gold_documents(gold):
    """Documents of 001 cut at the gold boundaries, with byline/dateline/quote blocks marked the way
    the splitter marks them (a test-local stand-in for the splitter)."""
    text = RAW001.read_text(encoding="utf-8")
    raw = RawFile(RAW001.name, hashlib.sha256(text.encode()).hexdigest(), text,
                  {"genre": "compilation", "script": "zh-Hans", "region": "mainland"})
    lines = text.split("\n")
    starts = raw.line_offsets
    for g in gold:
        n_byline = len(g["byline"].split("\n")) if g["byline"] else 0
        blocks, cur, kind = [], [], "paragraph"

        def flush(kind_):
            if cur:
                t = "".join(text[s:e] for s, e in cur)
                blocks.append(Block(kind_, list(cur), t, [o for s, e in cur for o in range(s, e)],
                                    raw.line_of(cur[0][0]), raw.line_of(cur[-1][1] - 1)))
                cur.clear()
        for ln in range(g["start_line"], g["end_line"] + 1):
            line = lines[ln - 1]
            if not line.strip():
                continue
            s = starts[ln - 1] + len(line) - len(line.lstrip())
            e = starts[ln - 1] + len(line.rstrip())
            if n_byline:
                cur.append((s, e)); flush("byline"); n_byline -= 1
                continue
            if ln == g["date_line"]:
                cur.append((s, e)); flush("dateline")
                continue
            if line.strip().startswith("——") and ("讲话" in line or "集体学习" in line or "时的" in line):
                flush("paragraph")
                if blocks and blocks[-1].kind == "paragraph":
                    blocks[-1].kind = "quote"
                kind = "quote_attribution"
            cur.append((s, e))
            if line.rstrip().endswith(("。", "！", "？", "讲话", "话")):
                flush(kind)
                kind = "paragraph"
        flush(kind)
        yield g, raw, Document(raw.name, blocks, {"byline": g["byline"]} if g["byline"] else {})


def test_genres_of_the_compilation_pieces(gold):
    results = []
    for g, raw, doc in _gold_documents(gold):
        S.annotate(raw, doc)
        results.append((g["start_line"], g["genre"], doc.metadata["genre"]))
        assert doc.metadata["genre"] in {
            "news_report", "quotations", "qa_explainer", "commentary", "interview", "essay", "speech",
            "local_news", "policy_brief", "research_report", "newsletter_digest", "compilation"}
        assert doc.metadata["outlet"] == g["outlet"] and doc.metadata["authors"] == g["authors"]
    agree = sum(1 for _, want, got in results if want == got)
    assert agree >= len(results) - 2, [r for r in results if r[1] != r[2]]


def test_pipeline_pieces_of_001_match_the_document_gold(gold):
    """End to end on the real splitter: every piece it finds at a gold boundary gets the gold's
    byline, authors, outlet, genre and date."""
    from nqp_corpus import catalogue, pipeline, reader

    cat = catalogue.load_catalogue(ROOT / "raw")
    raw = reader.read_raw(RAW001, cat[RAW001.name])
    by_start = {g["start_line"]: g for g in gold}
    matched, wrong = 0, []
    for doc in pipeline.process_file(raw).documents:
        g = by_start.get(doc.line_start)
        if g is None:
            continue
        matched += 1
        m = doc.metadata
        got = (m["byline"], m["authors"], m["outlet"], m["genre"], m["date"])
        want = (g["byline"], g["authors"], g["outlet"], g["genre"], g["date"])
        if got != want:
            wrong.append((doc.line_start, got, want))
    assert matched >= 60
    assert len(wrong) <= 2, wrong


def test_a_compilation_written_with_lookalikes_keeps_its_documents_and_metadata():
    """Radical look-alikes in the raw text (`⻩奇帆`, `⼀、`) change no document boundary, byline,
    author, outlet, date or theme: the layout and the printed byline read them folded."""
    raw = read_raw(RAW001.name)
    plain, variant = process_file(raw).documents, process_file(written_with_lookalikes(raw)).documents
    assert [d.metadata for d in variant] == [d.metadata for d in plain]
    assert [[b.text for b in d.blocks] for d in variant] == [[b.text for b in d.blocks] for d in plain]


def test_a_compilation_in_traditional_script_keeps_its_documents_and_metadata():
    """The compilation converted to Traditional (OpenCC s2t): the layout's byline cues and surnames
    match in either script (市長, 劉), so the same 76 documents come out with the same authors,
    outlets, genres and dates; only the printed byline is in the file's script."""
    raw = read_raw(RAW001.name)
    traditional = RawFile(raw.name, raw.sha256, converter("s2t").convert(raw.text), {**raw.entry, "script": "zh-Hant"})
    plain, variant = process_file(raw).documents, process_file(traditional).documents
    assert len(variant) == len(plain) == 76
    kept = ("authors", "affiliations", "outlet", "publisher", "genre", "region", "date", "date_precision", "themes")
    assert [{k: d.metadata.get(k) for k in kept} for d in variant] == [{k: d.metadata.get(k) for k in kept} for d in plain]
    assert [[b.kind for b in d.blocks] for d in variant] == [[b.kind for b in d.blocks] for d in plain]
