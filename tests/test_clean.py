"""The cleaning stage on the real seed files, on re-wrapped variants of them, on generated
PDF-like text, and each named fix on real snippets."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import unicodedata

from conftest import coverage_errors, written_with_lookalikes
from nqp_corpus.clean import clean_file
from nqp_corpus.clean.chars import display_width, is_han, squeeze
from nqp_corpus.clean.cues import SCHEMA_DIR, load_cues
from nqp_corpus.clean.lines import page_top_offsets, spaces_are_indents, split_lines
from nqp_corpus.clean.superscripts import lifted_marker_lines, restore_raised_line_parts
from nqp_corpus.clean.fixes import (
    Chars, _glyph_table, _lookalike_table, drop_invisible_format_chars, drop_private_use_glyphs, drop_replacement_chars,
    fold_fullwidth_alnum, fold_ideograph_lookalikes, fold_lookalike_text, remove_note_reference_markers,
    remove_spurious_spaces, restore_misextracted_hyphens, restore_misextracted_quotes, strip_leading_bullet,
    strip_markdown_emphasis,
)
from nqp_corpus.model import RawFile
from nqp_corpus.quality import GOLD, block_scores, read_raw
from nqp_corpus.script import converter

SEEDS = [
    "000_0a4ddf0e5c2a5237.txt", "001_e0edea38aaf4c3b6.txt", "002_4a3f4c45dc60d9f1.txt",
    "003_63b094940f472d74.txt", "004_f9e59df9e02ecc35.txt",
]
CJK_PAIR_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
PAGE_NUMBER = re.compile(r"^[-—–]\s*\d{1,4}\s*[-—–]$")


@pytest.fixture(scope="module")
def cleaned() -> dict[str, tuple]:
    out = {}
    for name in SEEDS:
        raw = read_raw(name)
        out[name] = (raw, *clean_file(raw))
    return out


def offsets_errors(raw: RawFile, blocks) -> list[tuple[int, str]]:
    """Characters whose recorded raw offset does not hold them (allowing the documented
    substitutions: line breaks read as spaces, folded full-width letters, restored quotes)."""
    bad = []
    for block in blocks:
        assert len(block.offsets) == len(block.text_original)
        for ch, off in zip(block.text_original, block.offsets):
            src = raw.text[off]
            if ch == src or ch in " ｜" and src.isspace() or ord(src) - 0xFEE0 == ord(ch) \
                    or "fold_fullwidth_alnum" in block.fixes and src == "\u3000" \
                    or "restore_misextracted_quotes" in block.fixes and ch == "”" \
                    or "restore_misextracted_hyphens" in block.fixes and ch == "-" \
                    or "fold_ideograph_lookalikes" in block.fixes and fold_lookalike_text(src) == ch:
                continue
            bad.append((off, ch))
    return bad


@pytest.mark.parametrize("name", SEEDS)
def test_nothing_lost_and_offsets_slice_back(cleaned, name):
    raw, blocks, removed = cleaned[name]
    assert blocks, name
    assert coverage_errors(raw, blocks, removed) == []
    assert offsets_errors(raw, blocks) == []
    for item in removed:
        assert raw.text[item.raw_start:item.raw_end] == item.text
        assert item.text.strip()
    for block in blocks:
        assert block.pieces == sorted(block.pieces)
        assert raw.line_of(block.raw_start) == block.line_start
        assert raw.line_of(block.raw_end - 1) == block.line_end


@pytest.mark.parametrize("name", SEEDS)
def test_no_furniture_or_artefacts_left_in_text(cleaned, name):
    _, blocks, _ = cleaned[name]
    for block in blocks:
        text = block.text_original
        assert not CJK_PAIR_SPACE.search(text), text
        assert not re.search(r"[\ue000-\uf8ff\ufffd]", text), text
        assert "**" not in text
        assert not PAGE_NUMBER.match(text)
        assert text not in ("证券研究报告",)
        assert not re.search(r"[\[［〔]\d{1,3}[\]］〕]", text), text
        if block.kind != "table_row":
            assert not re.search(r"^\s*[-*]\s", text), text


def test_misextracted_closing_quote_is_restored(cleaned):
    _, blocks, removed = cleaned["001_e0edea38aaf4c3b6.txt"]
    essay = [b for b in blocks if 14409 <= b.line_start <= 15300]
    restored = [b for b in essay if "restore_misextracted_quotes" in b.fixes]
    assert restored
    for block in restored:
        assert block.text_original.count("“") == block.text_original.count("”"), block.text_original
        assert "生产力冶" not in block.text_original
    # the circled note numbers of the same font (于 for ②, 盂 for ③) left the running text
    markers = [r for r in removed if r.kind == "footnote_marker" and 14409 <= r.line_start <= 15300]
    assert {r.text for r in markers} >= {"于", "盂"}
    assert any("新质生产力。" in b.text_original and "发展新质生产力。" in b.text_original for b in restored)


def test_footnotes_are_blocks_linked_to_their_markers(cleaned):
    _, blocks, removed = cleaned["000_0a4ddf0e5c2a5237.txt"]
    footnotes = {b.footnote_label: b for b in blocks if b.kind == "footnote"}
    assert set(footnotes) == {"1", "2", "3"}
    assert footnotes["3"].text_original.startswith("全要素生產率(TFP)是一個西方經濟學的概念")
    refs = {label for b in blocks for label in b.footnote_refs}
    assert refs == {"1", "2", "3"}
    # `(Total Factor Productivity, TFP)` + line break + `3，增大…` is one sentence again
    tfp = next(b for b in blocks if "Total Factor Productivity" in b.text_original)
    assert "(Total Factor Productivity, TFP)，增大其對經濟增長的貢獻率。" in tfp.text_original
    assert {r.kind for r in removed} >= {"footnote_marker", "duplicate_url", "mailto", "private_use_glyph"}


def test_paragraph_continues_across_page_break_and_sidebar(cleaned):
    _, blocks, removed = cleaned["003_63b094940f472d74.txt"]
    para = next(b for b in blocks if b.text_original.startswith("从以上视角出发"))
    assert para.text_original.endswith("“从1到N”的成果转化。")  # the 。 came after the sidebar
    assert len(para.pieces) > 1
    assert sum(b.kind == "sidebar" for b in blocks) == 6
    kinds = {r.kind for r in removed}
    assert {"page_number", "running_header", "replacement_char"} <= kinds


def test_table_rows_keep_their_cells(cleaned):
    _, blocks, _ = cleaned["004_f9e59df9e02ecc35.txt"]
    rows = [b for b in blocks if b.kind == "table_row"]
    assert rows[0].cells == ["概念", "把握三个点", "6个方面的政策举措"]
    assert rows[3].cells == ["", "", "支持战略性新兴产业和未来产业发展"]  # empty cells keep their column
    assert rows[0].text_original == "概念｜把握三个点｜6个方面的政策举措"
    _, blocks, _ = cleaned["000_0a4ddf0e5c2a5237.txt"]
    row = next(b for b in blocks if b.kind == "table_row" and b.text_original.startswith("2023.9.7"))
    assert row.cells[:2] == ["2023.9.7", "新時代推動東北全面振興座談會"]  # a cell wrapped over 4 lines
    assert row.cells[2].startswith("要以科技創新推動產業創新") and len(row.cells) == 5  # one per bullet


def test_page_numbers_split_over_two_lines_are_removed(cleaned):
    raw, blocks, removed = cleaned["001_e0edea38aaf4c3b6.txt"]
    page_lines = {r.line_start for r in removed if r.kind == "page_number"}
    assert {1473, 3874, 3876} <= page_lines
    assert all(not re.fullmatch(r"—\s*\d*\s*—?", b.text_original) for b in blocks)


def test_gold_block_spans():
    scores = block_scores()
    assert scores["all"].f1 >= 0.97, scores["all"]
    assert scores["noise_recall"].recall == 1.0


@pytest.mark.parametrize("name, least", [
    # kind accuracy on the right spans, before and after the list and subhead rules of v1.15.0:
    # 300/316 -> 315/316, 105/112 -> 106/112, 95/96 -> 96/96, 87/91 -> 91/91
    ("blocks_gold.jsonl", 0.99), ("blocks_gold_extra.jsonl", 0.94), ("blocks_heldout_gold.jsonl", 0.99),
    ("blocks_heldout2_gold.jsonl", 0.99), ("blocks_heldout3_gold.jsonl", 0.99), ("blocks_heldout4_gold.jsonl", 0.99),
])
def test_gold_block_kinds(name, least):
    kinds = block_scores(GOLD / name)["kinds"]
    assert kinds.precision >= least, kinds


def test_third_gold_block_spans():
    """98 blocks in 10 windows made after the rules of v1.8.0 (tests/gold/README_blocks_heldout.md):
    0.927 F1 when first scored; two rules changed after it (a note reference after a sentence end,
    v1.8.0; rows labelled by a short cell, v1.9.0): 0.980 then."""
    scores = block_scores(GOLD / "blocks_heldout_gold.jsonl")
    assert scores["all"].gold == 98
    assert scores["all"].f1 >= 0.97, scores["all"]


def test_fourth_gold_block_spans():
    """91 blocks in 10 windows made after release v1.8.0 and scored only after it, never used to
    change a rule (tests/gold/README_blocks_heldout2.md): P = R = 1.000 then."""
    scores = block_scores(GOLD / "blocks_heldout2_gold.jsonl")
    assert scores["all"].gold == 91
    assert scores["all"].f1 >= 0.95, scores["all"]
    assert scores["noise_recall"].recall == 1.0


def test_fifth_gold_block_spans():
    """110 blocks in 10 windows of 001 made after release v1.36.0 (tests/gold/README_blocks_heldout3.md):
    P 0.982, R 0.991 and kinds 107 of 109 when first scored, blind. Two rules changed after it (a
    numbered heading whose line break cuts a word runs on into the paragraph; a section's numeral
    alone on its line is a heading): P = R = 1.000 and kinds 110 of 110 then."""
    scores = block_scores(GOLD / "blocks_heldout3_gold.jsonl")
    assert scores["all"].gold == 110
    assert scores["all"].f1 >= 0.98, scores["all"]
    assert scores["noise_recall"].recall == 1.0


def test_sixth_gold_block_spans():
    """96 blocks in 10 more windows of 001 made after release v1.37.0 and scored only after it, never
    used to change a rule (tests/gold/README_blocks_heldout4.md): P = R = 1.000, kinds 96 of 96."""
    scores = block_scores(GOLD / "blocks_heldout4_gold.jsonl")
    assert scores["all"].gold == 96
    assert scores["all"].f1 >= 0.97, scores["all"]
    assert scores["noise_recall"].recall == 1.0


def test_second_gold_block_spans():
    """116 blocks in 11 more windows (tests/gold/README_blocks_extra.md): 0.861 F1 when first scored,
    before the rules it showed were missing."""
    scores = block_scores(GOLD / "blocks_gold_extra.jsonl")
    assert scores["all"].gold == 116
    assert scores["all"].f1 >= 0.95, scores["all"]
    assert scores["noise_recall"].recall == 1.0


# --- each fix on real snippets -------------------------------------------------------------

def fix(function, text: str) -> str:
    buf = Chars(text, list(range(len(text))))
    function(buf)
    return buf.text


@pytest.mark.parametrize("raw, expected", [
    ("2024年 1月 31日", "2024年1月31日"),
    ("2024 年 3 月 1 日", "2024年3月1日"),
    ("R&D 投入强度", "R&D投入强度"),
    ("接近 OECD 國家的平均水平", "接近OECD國家的平均水平"),
    ("(Total Factor Productivity, TFP)", "(Total Factor Productivity, TFP)"),
    ("McKinsey & Company（2023）", "McKinsey & Company（2023）"),
    ("数字经济国际合作， 加快形成", "数字经济国际合作，加快形成"),
])
def test_remove_spurious_spaces(raw, expected):
    assert fix(remove_spurious_spaces, raw) == expected


@pytest.mark.parametrize("text, expected", [
    ("新质生产\u00ad力", "新质生产力"),  # a soft hyphen where the PDF could break the line
    ("新质\u200b生产力\u200c。", "新质生产力。"),  # zero-width space and non-joiner
    ("\u202e反向\u202c文字\u200f", "反向文字"),  # a right-to-left override and its end, a mark
    ("\u2066隔离\u2069与\u2060连接\ufeff", "隔离与连接"),  # an isolate, a word joiner, a BOM inside
    ("👩\u200d💻 新质生产力", "👩\u200d💻 新质生产力"),  # the zero-width joiner binds an emoji: kept
    ("新质生产力", "新质生产力"),
])
def test_invisible_format_characters_are_dropped(text, expected):
    assert fix(drop_invisible_format_chars, text) == expected


def test_invisible_characters_go_to_the_ledger_and_make_no_tokens():
    """Through the whole file pipeline: the characters are in the removed ledger (every raw
    character is in a block or the ledger), and no token is made of them."""
    from nqp_corpus.pipeline import process_file

    text = "发展新质生产\u00ad力，是推动高质量发展的\u200b内在要求。 \n\n\u202e各地要因地制宜。\u202c \n"
    raw = RawFile("invisible.txt", "0" * 64, text, {"script": "zh-Hans"})
    blocks, removed = clean_file(raw)
    assert "".join(b.text_original for b in blocks) == "发展新质生产力，是推动高质量发展的内在要求。各地要因地制宜。"
    assert [(r.kind, r.text) for r in removed] == [("pdf_artifact", "\u00ad"), ("pdf_artifact", "\u200b"),
                                                   ("pdf_artifact", "\u202e"), ("pdf_artifact", "\u202c")]
    assert coverage_errors(raw, blocks, removed) == []
    tokens = [t for doc in process_file(raw).documents for b in doc.blocks for s in b.sentences for t in s.tokens]
    assert "新质生产力" in tokens and not any(t in ("\u00ad", "\u200b", "\u202e", "\u202c") for t in tokens)


def test_glyph_fixes_on_real_snippets():
    assert fix(drop_private_use_glyphs, "\uf06c 要以科技創新") == " 要以科技創新"
    assert fix(drop_replacement_chars, "\ufffd -7-") == " -7-"
    assert fix(strip_markdown_emphasis, "由**技术革命性突破**而催生") == "由技术革命性突破而催生"
    assert fix(strip_leading_bullet, "- 1) 一是打造新型劳动者队伍") == " 1) 一是打造新型劳动者队伍"
    assert fix(fold_fullwidth_alnum, "ＣａＧｌ　２０") == "CaGl 20"
    assert fix(remove_note_reference_markers, "新动能”[1]，随后") == "新动能”，随后"
    assert fix(remove_note_reference_markers, "动力。”〔22〕其三，") == "动力。”其三，"
    assert fix(remove_note_reference_markers, "平总书记［20］在浙江") == "平总书记在浙江"
    assert fix(remove_note_reference_markers, "见文献[2023]第3页") == "见文献[2023]第3页"
    assert fix(restore_misextracted_quotes, "提出“新质生产力冶重要概念") == "提出“新质生产力”重要概念"
    # a genuine 冶 (冶金) and a text whose quotes balance are left alone
    assert fix(restore_misextracted_quotes, "“钢铁冶金”与冶炼") == "“钢铁冶金”与冶炼"
    assert fix(restore_misextracted_quotes, "“冶金工业的") == "“冶金工业的"


def test_misextracted_hyphens_are_restored():
    assert fix(restore_misextracted_hyphens, "GenerativePre鄄trainedTrans鄄former是") == \
        "GenerativePre-trainedTrans-former是"
    assert fix(restore_misextracted_hyphens, "2015鄄2020年") == "2015-2020年"
    # as a word it stands next to Han characters: 鄄城县, and a 鄄 after a Latin word
    assert fix(restore_misextracted_hyphens, "山东鄄城县") == "山东鄄城县"
    assert fix(restore_misextracted_hyphens, "ABC鄄城") == "ABC鄄城"
    # with the earlier fixes, the page range of a note reference is whole again and goes with it
    buf = Chars("“集合。冶[4]75 鄄 76而且", list(range(17)))
    for function in (remove_spurious_spaces, restore_misextracted_hyphens, remove_note_reference_markers,
                     restore_misextracted_quotes):
        function(buf)
    assert buf.text == "“集合。”而且"


def test_ideograph_lookalikes_are_folded():
    assert fix(fold_ideograph_lookalikes, "⽅⾯，⻓期，⾼质量发展") == "方面，长期，高质量发展"
    assert fix(fold_ideograph_lookalikes, "效\uf961") == "效率"  # CJK COMPATIBILITY IDEOGRAPH-F961
    assert fix(fold_ideograph_lookalikes, "新质生产力") == "新质生产力"


def test_lookalike_table_is_unicode_and_opencc_checked():
    table = _lookalike_table()
    kangxi = {unicodedata.name(chr(cp)): chr(cp) for cp in range(0x2F00, 0x2FD6)}
    # every Kangxi radical, by its compatibility mapping; compatibility ideographs by the canonical one
    assert all(table[ord(r)] == unicodedata.normalize("NFKC", r) for r in kangxi.values())
    assert table[0xF961] == "率" and table[0xF90A] == "金" and 0xFA0E not in table  # FA0E is unified
    assert all(len(v) == 1 and is_han(v) for v in table.values())
    # each radical-supplement form is the ideograph that OpenCC's t2s makes of the Kangxi radical of
    # the same name; four are checked by hand: three are not named after a radical, and the Kangxi
    # radical BLUE is the variant 靑, which t2s keeps
    by_hand = {"⺠": "民", "⻁": "虎", "⻄": "西", "⻘": "青"}
    t2s = converter("t2s")
    for form, ideograph in _glyph_table()["radical_supplement_lookalikes"].items():
        if form in by_hand:
            assert by_hand[form] == ideograph
            continue
        name = re.sub(r"^CJK RADICAL (C-)?(SIMPLIFIED )?| (ONE|TWO)$", "", unicodedata.name(form))
        radical = unicodedata.normalize("NFKC", kangxi[f"KANGXI RADICAL {name}"])
        assert t2s.convert(radical) == t2s.convert(ideograph), form


def test_glyph_table_is_validated_on_load(tmp_path):
    bad = tmp_path / "misextracted_glyphs.yaml"
    bad.write_text((SCHEMA_DIR / "misextracted_glyphs.yaml").read_text(encoding="utf-8")
                   .replace("⻓: 长", "⻓: 长期"), encoding="utf-8")
    with pytest.raises(ValueError, match="misextracted_glyphs.yaml: invalid glyph table"):
        _glyph_table(bad)


@pytest.mark.parametrize("old, new, message", [
    ("\nsurnames:", "\nsurname_list:", r"invalid layout cues: \(top\): 'surnames' is a required property$"),
    ("\nversion: ", "\nversion: six  # ", r"invalid layout cues: version: 'six' is not of type 'integer'$"),
    ("named_heading_pattern: '", "named_heading_pattern: '(", r"invalid layout cues: bad pattern '\("),
])
def test_layout_cues_are_validated_on_load_with_one_line_errors(tmp_path, old, new, message):
    bad = tmp_path / "layout_cues.yaml"
    text = (SCHEMA_DIR / "layout_cues.yaml").read_text(encoding="utf-8")
    assert old in text
    bad.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ValueError, match="^layout_cues.yaml: " + message) as raised:
        load_cues(bad)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("name", SEEDS)
def test_a_seed_written_with_lookalikes_cleans_the_same(cleaned, name):
    """Every character that has a look-alike replaced by it (as a radical-mapping PDF font would
    write it): the same blocks, the same cleaned text and the same ledger spans."""
    raw, blocks, removed = cleaned[name]
    variant = written_with_lookalikes(raw)
    assert sum(a != b for a, b in zip(variant.text, raw.text)) > 500
    variant_blocks, variant_removed = clean_file(variant)
    assert [(b.kind, b.pieces, b.text_original) for b in variant_blocks] == \
        [(b.kind, b.pieces, b.text_original) for b in blocks]
    assert [(r.kind, r.raw_start, r.raw_end) for r in variant_removed] == \
        [(r.kind, r.raw_start, r.raw_end) for r in removed]
    assert any("fold_ideograph_lookalikes" in b.fixes for b in variant_blocks)


@pytest.mark.parametrize("name", SEEDS)
def test_a_seed_with_windows_line_breaks_cleans_the_same(cleaned, name):
    """\\r\\n instead of \\n: the same blocks on the same lines (the \\r belongs to the break: as part
    of the line it made a 19-space line a page-bottom rule and hid trailing spaces)."""
    raw, blocks, removed = cleaned[name]
    variant = RawFile(name, raw.sha256, raw.text.replace("\n", "\r\n"), raw.entry)
    variant_blocks, variant_removed = clean_file(variant)
    assert [(b.kind, b.line_start, b.line_end, b.text_original) for b in variant_blocks] == \
        [(b.kind, b.line_start, b.line_end, b.text_original) for b in blocks]
    assert [(r.kind, r.line_start, r.text) for r in variant_removed] == [(r.kind, r.line_start, r.text) for r in removed]
    assert coverage_errors(variant, variant_blocks, variant_removed) == []


@pytest.mark.parametrize("text, expected", [
    # the page cited after the reference (GB/T 7714) goes with it: a page, a list, a range, a space
    ("决定着社会状况”。［4］533从根本上看", "决定着社会状况”。从根本上看"),
    ("全部历史的基础”［10］43，“人们", "全部历史的基础”，“人们"),
    ("不能提高生产力”。［4］175，176这两处", "不能提高生产力”。这两处"),
    ("思维方式等的集合。”[4]75-76而且", "思维方式等的集合。”而且"),
    ("生产力的总量”。［6］ 52 从目标导向来看", "生产力的总量”。 从目标导向来看"),
    ("绿色环保”［13］30等产业", "绿色环保”等产业"),
    ("不断发展的”［7］698。毛泽东强调", "不断发展的”。毛泽东强调"),
    # a number that a unit, a date, a decimal or a letter makes text stays
    ("持续提升。[18]2023 年 10 月，中央", "持续提升。2023 年 10 月，中央"),
    ("生产力。”［1］9月8日，习近平", "生产力。”9月8日，习近平"),
    ("指出［3］2.5%的增长", "指出2.5%的增长"),
    ("发展［2］5G技术", "发展5G技术"),
    ("覆盖［5］30个省份", "覆盖30个省份"),
    ("时期［1］2019-2021年", "时期2019-2021年"),
])
def test_note_reference_takes_the_cited_page_along(text, expected):
    assert fix(remove_note_reference_markers, text) == expected


@pytest.mark.parametrize("function", [
    remove_spurious_spaces, drop_private_use_glyphs, strip_markdown_emphasis,
    fold_fullwidth_alnum, restore_misextracted_quotes, fold_ideograph_lookalikes, restore_misextracted_hyphens,
])
@given(st.text(alphabet=st.sampled_from(list("新质生产力冶“”「」，。 AB12\uf06c\u3000ＣＤ*-鄄⽅⻓\uf961")), max_size=40))
def test_fixes_are_idempotent(function, text):
    once = fix(function, text)
    assert fix(function, once) == once


# --- re-wrapped variants of the seeds ----------------------------------------------------

def rewrap(paragraphs: list[str], width: int, page_lines: int, number_style: str) -> str:
    """Lay paragraphs out like a PDF extraction at another width: hard wraps with a blank line
    after each line, a trailing space at paragraph ends, pages opening with one space and a
    page number line in `number_style`."""
    out: list[str] = []
    page = 1
    on_page = 0
    for para in paragraphs:
        chunks = [para[i:i + width] for i in range(0, len(para), width)]
        for k in range(1, len(chunks)):  # no line may open with closing punctuation (kinsoku)
            while chunks[k] and chunks[k][0] in "，。、；：！？”’）":
                chunks[k - 1] += chunks[k][0]
                chunks[k] = chunks[k][1:]
        chunks = [c for c in chunks if c]
        for k, chunk in enumerate(chunks):
            if on_page == page_lines:
                out += [number_style.format(page), ""]
                page += 1
                on_page = 0
                chunk = " " + chunk
            out += [chunk + (" " if k == len(chunks) - 1 else ""), ""]
            on_page += 1
    return "\n".join(out)


def plain_paragraphs(blocks, longer_than: int, count: int, ends: str = "。！？") -> list[str]:
    """Paragraphs of Chinese text only (no spaces, Latin letters or digits) longer than `longer_than`
    and ending a sentence: material to lay out again in another extractor's way. An answer run into
    its question (`？魏际刚：`) is left out: re-wrapped, it may rightly split."""
    return [b.text_original for b in blocks if b.kind == "paragraph" and len(b.text_original) > longer_than
            and b.text_original[-1] in ends and not re.search(r"[\sA-Za-z0-9]", b.text_original)
            and not re.search(r"[。？！][\u4e00-\u9fff]{2,6}：", b.text_original)][:count]


@pytest.mark.parametrize("width, page_lines, style", [
    (20, 17, "— {} —"), (35, 25, "-{}-"), (31, 40, "第 {} 页"), (26, 20, "{}"), (24, 22, "· {} ·"),
    (28, 19, "第{}页，共50页"), (22, 30, "共 50 页 第 {} 页"), (30, 18, "Page {} of 50"), (27, 21, "{} / 50"),
    (25, 23, "第 {} 頁，共 50 頁"),
])
def test_rewrapped_seed_paragraphs_are_restored(cleaned, width, page_lines, style):
    _, blocks, _ = cleaned["001_e0edea38aaf4c3b6.txt"]
    paragraphs = plain_paragraphs(blocks, width, 150)
    text = rewrap(paragraphs, width, page_lines, style)
    raw = RawFile("rewrapped.txt", "0" * 64, text, {})
    got, removed = clean_file(raw)
    got_paragraphs = [b.text_original for b in got if b.kind == "paragraph"]
    assert got_paragraphs == paragraphs
    assert all(r.kind == "page_number" for r in removed)
    assert coverage_errors(raw, got, removed) == []


@pytest.mark.parametrize("style, form_feed", [
    ("{}\n\n新质生产力发展研究报告", False),  # a running header under the page number
    ("中国经济评论 2024年第3期\n\n— {} —", False),  # above it, with a space inside
    ("内部资料 注意保存", True),  # no page numbers: pdftotext's form feeds mark the pages
    ("{}", True),
])
def test_running_headers_no_cue_names_are_furniture(cleaned, style, form_feed):
    """A short line repeated at most page breaks, often inside a sentence, is a running header.
    The first page opens with no mark, as pdftotext's does (form feeds stand between pages): it
    is page 1, and the pages count on from there."""
    _, blocks, _ = cleaned["001_e0edea38aaf4c3b6.txt"]
    paragraphs = plain_paragraphs(blocks, 26, 150)
    text = rewrap(paragraphs, 26, 20, style)
    if form_feed:
        text = re.sub(r"\n (?=\S)", "\n\f", text)  # the page's first line after a form feed, not a space
    raw = RawFile("headers.txt", "0" * 64, text, {})
    got, removed = clean_file(raw)
    assert [b.text_original for b in got if b.kind == "paragraph"] == paragraphs
    assert {r.kind for r in removed} <= {"page_number", "running_header"}
    assert coverage_errors(raw, got, removed) == []
    page_starts = [m.start() for m in re.finditer(r"\n(?:\f| (?=\S))", text)]
    assert [b.page for b in got] == [1 + sum(at < b.raw_start for at in page_starts) for b in got]


def unmarked_pages(cleaned, page_lines: int) -> tuple[list[str], list[list[str]]]:
    """40 seed paragraphs wrapped at 30 characters with the extractor's trailing space at each end
    and nothing else marking the pages (no page-top space, no blank lines), in pages of
    `page_lines` lines: the paragraphs and the pages' lines, for a test to add its furniture to."""
    _, blocks, _ = cleaned["001_e0edea38aaf4c3b6.txt"]
    paragraphs = plain_paragraphs(blocks, 30, 40)
    lines = [chunk + (" " if k == len(chunks) - 1 else "")
             for para in paragraphs
             for chunks in [[para[i:i + 30] for i in range(0, len(para), 30)]] for k, chunk in enumerate(chunks)]
    return paragraphs, [lines[i:i + page_lines] for i in range(0, len(lines), page_lines)]


@pytest.mark.parametrize("header, footer", [
    ("2024/3/20 15:15 加快发展新质生产力_滚动新闻_中国政府网", "https://www.gov.cn/yaowen/liebiao/202403/content_6939012.htm {}/{}"),
    ("2024/3/20 下午3:15 新质生产力｜专题", "www.example.org.cn/zt/xzscl/index.html 第{}页，共{}页"),
])
def test_a_browser_printed_page_loses_its_header_and_footer(cleaned, header, footer):
    """A web page printed to PDF: the print date and the page's title on top of every page, its
    address and the page count at the bottom; no other mark of the pages (no page-top space, no
    blank lines), paragraph ends with the extractor's trailing space. The footer is a page number
    line, so the pages are known and the repeated title goes as their running header."""
    paragraphs, pages = unmarked_pages(cleaned, 24)
    text = "\n".join(line for n, page in enumerate(pages, 1)
                     for line in [header, *page, footer.format(n, len(pages))]) + "\n"
    raw = RawFile("printed.txt", "0" * 64, text, {})
    got, removed = clean_file(raw)
    assert len(pages) >= 5
    assert [b.text_original for b in got if b.kind == "paragraph"] == paragraphs
    assert [(r.kind, r.line_start) for r in removed if r.kind == "running_header"][::2] == \
        [("running_header", 1 + n * 26) for n in range(len(pages))]  # each page's header ...
    assert sum(r.kind == "page_number" for r in removed) == len(pages)  # ... and footer's number
    assert coverage_errors(raw, got, removed) == []


@pytest.mark.parametrize("footer", ["中国宏观经济研究院  {}", "{}  某某大学学报", "请务必阅读正文之后的免责声明  {}",
                                    "第 {} 页 / 共 20 页", "新质生产力研究报告 第{}页"])
def test_a_running_footer_with_its_page_number_in_it_goes(cleaned, footer):
    """A footer that carries its page's number, one line per page, no cue naming its text and no
    other mark of the pages: its lines are page edges and go whole to the ledger."""
    paragraphs, pages = unmarked_pages(cleaned, 22)
    text = "\n".join(line for n, page in enumerate(pages, 1) for line in [*page, footer.format(n)]) + "\n"
    raw = RawFile("footers.txt", "0" * 64, text, {})
    got, removed = clean_file(raw)
    assert [b.text_original for b in got if b.kind == "paragraph"] == paragraphs
    footer_lines = [sum(len(page) + 1 for page in pages[:n]) for n in range(1, len(pages) + 1)]
    # a footer the cues name is read token by token: its text, then its page's number
    assert [(r.kind, r.line_start) for r in removed if r.kind == "running_header"] == \
        [("running_header", n) for n in footer_lines]
    assert {r.line_start for r in removed} == set(footer_lines)
    assert [b.page for b in got if b.kind == "paragraph"][-1] == len(pages)
    assert coverage_errors(raw, got, removed) == []


@pytest.mark.parametrize("heading, body, kinds", [
    # the break cuts 新质生|产力: the heading runs on into the line that holds the text after it
    ("（五）完善绿色低碳政策、释放绿色市场空间，助推新质生产力赋能产业体系绿色化",
     "通过新质生产力赋能产业体系绿色化，旨在推动生态与经济协调发展，鉴于产业体系绿色的外部性强，需要通过法律政策等手段完善绿色低碳政策。",
     ["paragraph"]),
    # a whole heading that runs to the width: the extractor glued the text below to it
    ("四、持续优化营商环境，为新质生产力可持续发展保驾护航",
     "党的十九届五中全会提出强化企业创新主体地位，促进各类创新要素向企业集聚，推进产学研深度融合，支持企业牵头组建创新联合体。",
     ["heading", "paragraph"]),
])
def test_a_run_in_heading_stays_in_its_paragraph(cleaned, heading, body, kinds):
    _, blocks, _ = cleaned["001_e0edea38aaf4c3b6.txt"]
    width = len("四、持续优化营商环境，为新质生产力可持续发展保驾护航")
    paragraphs = plain_paragraphs(blocks, 2 * width, 6)
    glued = heading + body if kinds == ["paragraph"] else heading + "\n" + body
    text = rewrap(paragraphs[:3], width, 10_000, "{}") + "\n" + "\n\n".join(
        chunk for part in glued.split("\n") for chunk in [part[i:i + width] for i in range(0, len(part), width)]) \
        + " \n\n" + rewrap(paragraphs[3:], width, 10_000, "{}")
    got, _ = clean_file(RawFile("runin.txt", "0" * 64, text, {}))
    mine = [b for b in got if b.text_original.startswith(heading[:4]) or b.text_original.startswith(body[:4])]
    assert [b.kind for b in mine] == kinds
    assert "".join(b.text_original for b in mine) == heading + body


def test_a_fake_bold_heading_drawn_twice_keeps_one_of_each_glyph():
    """A heading printed twice a hair apart extracts with every character doubled; the block keeps
    one of each and the ledger the others, while a reduplicated word in a paragraph stays."""
    text = ("要求全面推进各项工作，认认真真抓好落实，为加快发展新质生产力打下坚实基础。 \n\n"
            "一一、、总总体体要要求求 \n\n"
            "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。 \n")
    raw = RawFile("bold.txt", "0" * 64, text, {})
    got, removed = clean_file(raw)
    assert [(b.kind, b.text_original) for b in got][1] == ("heading", "一、总体要求")
    assert "认认真真" in got[0].text_original
    assert [text[r.raw_start:r.raw_end] for r in removed] == list("一、总体要求")
    assert {r.kind for r in removed} == {"pdf_artifact"}
    assert coverage_errors(raw, got, removed) == []


def test_a_section_numeral_alone_is_a_heading(cleaned):
    """`一`, `二` alone on their lines between finished paragraphs: the sections' numbers (their
    titles lost, or printed apart)."""
    _, blocks, _ = cleaned["001_e0edea38aaf4c3b6.txt"]
    paragraphs = plain_paragraphs(blocks, 30, 4)
    text = "\n\n".join(["一 ", rewrap(paragraphs[:2], 26, 10_000, "{}"), "二 ", rewrap(paragraphs[2:], 26, 10_000, "{}")])
    got, _ = clean_file(RawFile("numerals.txt", "0" * 64, text, {}))
    assert [(b.kind, b.text_original) for b in got if len(b.text_original) == 1] == [("heading", "一"), ("heading", "二")]
    assert [b.text_original for b in got if b.kind == "paragraph"] == paragraphs


def test_numbered_headings_after_finished_text_are_no_footer(cleaned):
    """`附件1` … `附件3` between finished paragraphs: one text whose number goes up by one, as a
    footer's does, but each after a sentence's end: headings, not furniture."""
    _, blocks, _ = cleaned["001_e0edea38aaf4c3b6.txt"]
    paragraphs = plain_paragraphs(blocks, 30, 6)
    text = "\n".join(line for n, para in enumerate(paragraphs) for line in
                     ([f"附件{n // 2 + 1}"] if n % 2 == 0 else []) + [para[i:i + 30] for i in range(0, len(para), 30)])
    raw = RawFile("annexes.txt", "0" * 64, text + "\n", {})
    got, removed = clean_file(raw)
    assert removed == []
    assert [b.text_original for b in got if b.text_original.startswith("附件")] == ["附件1", "附件2", "附件3"]


def test_a_page_s_furniture_in_a_stack_before_its_text_goes(cleaned):
    """pypdf's and PyMuPDF's text of a browser's print: each page opens with its print date, its
    title, its address and `N/M` on four lines. The date and the title stand three and two lines
    from the page number, across short lines; the address repeats on every page however long."""
    paragraphs, pages = unmarked_pages(cleaned, 24)
    stack = ["2024/3/20 15:15", "加快发展新质生产力_滚动新闻_中国政府网",
             "https://www.gov.cn/yaowen/liebiao/202403/content_6939012.htm", "{}/{}"]
    text = "\n".join(line for n, page in enumerate(pages, 1)
                     for line in [*(s.format(n, len(pages)) for s in stack), *page]) + "\n"
    raw = RawFile("stacked.txt", "0" * 64, text, {})
    got, removed = clean_file(raw)
    assert [b.text_original for b in got if b.kind == "paragraph"] == paragraphs
    assert sorted((r.kind, r.line_start) for r in removed) == sorted(
        [("running_header", 1 + n * 28 + i) for n in range(len(pages)) for i in range(3)]
        + [("page_number", 4 + n * 28) for n in range(len(pages))])
    assert coverage_errors(raw, got, removed) == []


@pytest.mark.parametrize("margin, indent, end", [("", "\u3000\u3000", ""), ("", "  ", ""), ("    ", "    ", ""),
                                                 ("", "\u3000\u3000", " ")])
def test_a_first_line_indent_opens_a_paragraph(cleaned, margin, indent, end):
    """Lines without the extractor's trailing space at paragraph ends (or with one on every line,
    which then marks nothing), but typeset with a first-line indent (two ideographic spaces, or
    spaces beyond a left margin every line has): the indent ends the paragraph before it where the
    width cannot (its last line ran to the wrap width)."""
    _, blocks, _ = cleaned["001_e0edea38aaf4c3b6.txt"]
    paragraphs = plain_paragraphs(blocks, 26, 150)
    lines = [margin + ("" if k else indent) + line for para in paragraphs
             for k, line in enumerate(rewrap([para], 26, 10_000, "{}").split("\n")[::2]) if line.strip()]
    raw = RawFile("indented.txt", "0" * 64, "\n".join(line.rstrip() + end for line in lines), {})
    got, removed = clean_file(raw)
    assert [b.text_original for b in got if b.kind == "paragraph"] == paragraphs
    assert coverage_errors(raw, got, removed) == []


def _pdfminer_lines(paragraphs: list[str], width: int, indent: int) -> list[list[str]]:
    """Each paragraph's lines as pdfminer writes a justified page: the first line `indent`
    characters short (the indent itself dropped), the others `width` characters."""
    out = []
    for para in paragraphs:
        lines, at = [para[:width - indent]], width - indent
        while at < len(para):
            lines.append(para[at:at + width])
            at += width
        out.append(lines)
    return out


def test_a_first_line_indent_the_extractor_dropped_opens_a_paragraph(cleaned):
    """pdfminer writes no leading spaces: an indented paragraph's first line is just two characters
    short of the lines below it. After a line that ran full to a sentence end, that is the only
    trace of the paragraph break (tests/gold/pdf_layouts has the same from real PDFs)."""
    _, blocks, _ = cleaned["001_e0edea38aaf4c3b6.txt"]
    paragraphs = plain_paragraphs(blocks, 60, 150)
    laid_out = _pdfminer_lines(paragraphs, 26, 2)
    text = "".join(line + "\n\n" for lines in laid_out for line in lines)
    got, removed = clean_file(RawFile("pdfminer.txt", "0" * 64, text, {}))
    assert [b.text_original for b in got if b.kind == "paragraph"] == paragraphs
    assert coverage_errors(RawFile("pdfminer.txt", "0" * 64, text, {}), got, removed) == []
    # the boundaries only this rule can see: the paragraph above ends on a full line
    assert sum(len(lines[-1]) == 26 for lines in laid_out[:-1]) >= 3


def test_short_lines_that_stay_short_are_no_indent():
    """Where the line after the short one is no longer than it, the widths scatter (narrow digits
    and Latin in a proportional font do that): no indent can be told, and the lines stay one
    paragraph."""
    lines = ["前言：新质生产力的提出有着深刻的时代背景和理论逻辑。",  # 26 characters: the wrap width
             "发展新质生产力是推动高质量发展的内在要求和重要支点。",  # full, to a sentence end
             "因此要加快形成与之相适应的新型生产关系并推动各项",  # 24: two characters short ...
             "先进优质生产要素向发展新质生产力顺畅流动起来，为",  # ... and so is the next
             "高质量发展提供坚实支撑。"]
    assert [len(line) for line in lines] == [26, 26, 24, 24, 12]
    got, _ = clean_file(RawFile("scatter.txt", "0" * 64, "".join(line + "\n\n" for line in lines) * 3, {}))
    assert any(lines[1] + lines[2] in b.text_original for b in got)
    # laid out with the indent, the same lines part there
    lines[3] = lines[3] + "高质"
    lines[4] = lines[4][2:]
    got, _ = clean_file(RawFile("indent.txt", "0" * 64, "".join(line + "\n\n" for line in lines) * 3, {}))
    assert not any(lines[1] + lines[2] in b.text_original for b in got)


def _pages(lines: list[str], page_lines: int, furniture: str) -> list[str]:
    """The lines with `furniture` (formatted with the page number) opening every page of
    `page_lines` lines, as pypdf and PDFium give a page's header and footer before its text."""
    out = []
    for n, at in enumerate(range(0, len(lines), page_lines), start=1):
        out += furniture.format(n).split("\n") + lines[at:at + page_lines]
    return out


def test_one_leading_space_that_marks_indents_is_no_page_top(cleaned):
    """pypdf writes a first-line indent as one leading space, the mark another extractor (the seeds')
    puts on a page's first line. Here almost every such line follows a sentence end and falls short
    of the line below by the indent, so they are indents: were they page tops, a page break before every paragraph would leave the running header
    (on 1 page in 3 of those) unrecognised, and the paragraphs it interrupts cut in two."""
    _, blocks, _ = cleaned["001_e0edea38aaf4c3b6.txt"]
    paragraphs = plain_paragraphs(blocks, 60, 40)
    lines = [(" " if k == 0 else "") + line
             for para in _pdfminer_lines(paragraphs, 26, 2) for k, line in enumerate(para)]
    text = "\n".join(_pages(lines, 30, "某市发展研究中心  专题研究报告\n- {} -")) + "\n"
    raw = RawFile("pypdf.txt", "0" * 64, text, {})
    assert page_top_offsets(text) == set()
    got, removed = clean_file(raw)
    assert [b.text_original for b in got if b.kind == "paragraph"] == paragraphs
    pages = -(-len(lines) // 30)
    assert [r.kind for r in removed].count("running_header") == pages >= 8
    assert coverage_errors(raw, got, removed) == []


def test_notes_end_at_the_page_number_below_them(cleaned):
    """pypdf and PDFium write a page's notes after its text and then the page number, with no page
    separator and no empty lines: the page number (`- 3 -`, which no note label looks like) ends
    the notes, and the paragraph they interrupt goes on on the next page."""
    _, blocks, _ = cleaned["001_e0edea38aaf4c3b6.txt"]
    paragraphs = plain_paragraphs(blocks, 60, 40)
    lines = [line for para in _pdfminer_lines(paragraphs, 26, 2) for line in para]
    pages, notes = [], 0
    for n, at in enumerate(range(0, len(lines), 30), start=1):
        page = lines[at:at + 30]
        k = next((i for i, line in enumerate(page) if "，" in line[:-1]), None)
        if n % 2 and k is not None:  # a note on every other page, its number glued to a comma
            notes += 1
            page[k] = page[k].replace("，", f"{notes}，", 1)
            page.append(f"{notes} 参见《人民日报》2024年3月{n}日第{n % 8 + 1}版。")
        pages.append("\n".join(page) + f"\n- {n} -")
    raw = RawFile("notes.txt", "0" * 64, "\n".join(pages) + "\n", {})
    got, removed = clean_file(raw)
    assert [b.text_original for b in got if b.kind == "paragraph"] == paragraphs
    found = [b for b in got if b.kind == "footnote"]
    assert notes >= 4 and [b.footnote_label for b in found] == [str(n) for n in range(1, notes + 1)]
    assert all(b.text_original.endswith("版。") for b in found)
    assert coverage_errors(raw, got, removed) == []


def test_a_short_text_with_one_space_indents_keeps_its_paragraphs():
    """Five paragraphs as pypdf writes them (one space for the indent, no empty lines): five such
    lines are enough to read the space as an indent (in the seeds about 1 in 12 such lines looks
    indented, so 3 of 5 do by chance about once in 200 files). Then the one space opens the second
    paragraph, which the widths cannot: it has two lines, the second short, so no full line below
    the indented one shows the indent."""
    texts = ["前言：新质生产力的提出有着深刻的时代背景和理论逻辑，并且已经在实践中形成并展示出对高质量发展的"
             "强劲推动力和支撑力，需要我们从理论上进行总结和概括，更好地指导新的发展实践。",
             "发展新质生产力是一项系统工程，各地必须结合自身实际情况回答发展什么等问题。",
             "科技创新能够催生新产业、新模式、新动能，是发展新质生产力的核心要素，必须加强科技创新特别是原创"
             "性颠覆性科技创新，加快实现高水平科技自立自强。",
             "绿色发展是高质量发展的底色，新质生产力本身就是绿色生产力，必须加快发展方式绿色转型，助力碳达峰"
             "碳中和，牢固树立和践行绿水青山就是金山银山的理念。",
             "要按照发展新质生产力要求，畅通教育、科技、人才的良性循环，完善人才培养、引进、使用、合理流动的"
             "工作机制，根据科技发展新趋势优化学科设置。"]
    lines = [(" " if at == 0 else "") + text[at:at + (27 if at == 0 else 29)]
             for text in texts for at in [0, *range(27, len(text), 29)]]
    assert sum(line.startswith(" ") for line in lines) == 5 and len(lines[4]) < 20
    got, _ = clean_file(RawFile("pypdf.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    assert [b.text_original for b in got] == texts


def test_the_seeds_lines_opening_with_one_space_stay_page_tops():
    """In the seeds at most a fifth of those lines follow a sentence end and fall short of the line
    below (a page's first line runs as full as any; page breaks fall anywhere)."""
    from nqp_corpus.clean.lines import _PAGE_TOP

    for name in ("000_0a4ddf0e5c2a5237.txt", "001_e0edea38aaf4c3b6.txt", "003_63b094940f472d74.txt"):
        text = read_raw(name).text
        tops = {m.start() for m in _PAGE_TOP.finditer(text)}
        assert len(tops) >= 12 and page_top_offsets(text) == tops


def test_an_empty_line_ends_a_block_where_the_extractor_writes_them_only_between_blocks(cleaned):
    """pypdf's layout mode keeps the space between paragraphs as an empty line and writes none
    between the lines of one. After a line that runs full to a sentence end, that empty line is the
    only trace of the break; at a page edge (an empty line before the page number) it is none."""
    _, blocks, _ = cleaned["001_e0edea38aaf4c3b6.txt"]
    paragraphs = plain_paragraphs(blocks, 60, 100)
    laid_out = _pdfminer_lines(paragraphs, 26, 0)
    lines = [line for para in laid_out for line in [*para, ""]]
    text = "\n".join(_pages(lines, 30, "\n{}\n")) + "\n"
    raw = RawFile("layout.txt", "0" * 64, text, {})
    got, removed = clean_file(raw)
    assert [b.text_original for b in got if b.kind == "paragraph"] == paragraphs
    assert coverage_errors(raw, got, removed) == []
    # the boundaries only this rule can see: the paragraph above ends on a full line
    assert sum(len(para[-1]) == 26 for para in laid_out[:-1]) >= 3
    # with an empty line after every line, as most extractors write, it marks nothing
    every = "".join(line + "\n\n" for para in laid_out for line in para)
    got, _ = clean_file(RawFile("every.txt", "0" * 64, every, {}))
    assert len([b for b in got if b.kind == "paragraph"]) < len(paragraphs)


def test_a_line_left_short_by_a_number_that_did_not_fit_is_no_indent():
    """A paragraph's first line that ends a sentence, then a line short of the commonest width by
    about an indent and a full line below: the shape of a dropped indent. But the line below opens
    with a number (`24.14`), which a typesetter does not break: it did not fit at the end of the
    short line, and that explains the shortfall, so the paragraph goes on (found in the typeset
    fixture's page-bottom-notes layout). The same lines with no such run below part there, and so
    do lines short by more than the run explains (an indent as well)."""
    head = ["前言：新质生产力的提出有着深刻的时代背景和理论逻辑，并且",
            "经在实践中形成并展示出对高质量发展的强劲推动力和支撑力，",
            "需要从理论上进行总结和概括。",
            "近年来，贸易保护主义抬头，加剧了全球经济的不确定性。",  # a first line: 2 characters short
            "中国纺织服装行业共遭遇多起国外贸易救济调查，案值达"]  # 6 units short
    number = ["24.14亿美元，同比增加，中美贸易摩擦等措施对全球贸易产", "生严重影响。"]
    words = ["二十四亿美元，同比增加，中美贸易摩擦等措施对全球贸易产生", "严重影响。"]
    assert [display_width(line) for line in head + number] == [56, 56, 28, 52, 50, 53, 12]
    got, _ = clean_file(RawFile("number.txt", "0" * 64, "".join(line + "\n\n" for line in head + number) * 3, {}))
    assert [b.text_original for b in got] == ["".join(head[:3]), "".join(head[3:] + number)] * 3
    got, _ = clean_file(RawFile("words.txt", "0" * 64, "".join(line + "\n\n" for line in head + words) * 3, {}))
    assert [b.text_original for b in got] == ["".join(head[:3]), head[3], "".join(head[4:] + words)] * 3
    # 8 units short over a line that opens with `2023` (4 units): more than the number explains, so
    # an indent as well: a new paragraph
    both = ["中国纺织服装行业共遭遇多起国外贸易救济调查，此外", "2023年，中美贸易摩擦等措施对全球贸易产生了严重的负面", "影响。"]
    assert [display_width(line) for line in head[3:4] + both] == [52, 48, 52, 6]
    got, _ = clean_file(RawFile("both.txt", "0" * 64, "".join(line + "\n\n" for line in head[:4] + both) * 3, {}))
    assert [b.text_original for b in got] == ["".join(head[:3]), head[3], "".join(both)] * 3


def with_page_notes(text: str, label) -> str:
    """`text` (from rewrap, page numbers written as `@@{n}@@`) with a note on every other page: its
    label glued to a comma in the page's text as a superscript, its body at the page bottom, and
    the page number as `— n —`."""
    pages = re.split(r"@@(\d+)@@\n", text)
    out = []
    for n, body in enumerate(pages[0::2]):
        lines = body.split("\n")
        if n % 2 == 0 and n < len(pages) // 2:
            k = next(i for i, line in enumerate(lines) if i > 2 and "，" in line)
            lines[k] = lines[k].replace("，", label(n) + "，", 1)
            lines += [f"{label(n)} 参见《人民日报》2024年3月{n % 28 + 1}日第{n % 8 + 1}版。", ""]
        out.append("\n".join(lines))
        if n < len(pages) // 2:
            out.append(f"— {pages[2 * n + 1]} —\n")
    return "\n".join(out)


@pytest.mark.parametrize("label", [lambda n: "①", lambda n: str(n % 9 + 1)], ids=["circled", "digit"])
def test_notes_at_a_page_bottom_without_a_rule_are_footnotes(cleaned, label):
    """A note opening with its label a few lines above the page break, the label glued into the text
    above it (`发展①，`): a footnote, and the paragraph it interrupts goes on after the break."""
    _, blocks, _ = cleaned["001_e0edea38aaf4c3b6.txt"]
    paragraphs = plain_paragraphs(blocks, 26, 150)
    raw = RawFile("notes.txt", "0" * 64, with_page_notes(rewrap(paragraphs, 26, 20, "@@{}@@"), label), {})
    got, removed = clean_file(raw)
    assert [b.text_original for b in got if b.kind == "paragraph"] == paragraphs
    notes = [b for b in got if b.kind == "footnote"]
    written = raw.text.count("参见《人民日报》")  # one note every other page: 24-25 for 150 paragraphs
    assert written >= 20 and len(notes) == written and all("参见《人民日报》" in b.text_original for b in notes)
    assert all(b.footnote_label == label(2 * n) for n, b in enumerate(notes))
    assert sum(r.kind == "footnote_marker" for r in removed) == written
    assert coverage_errors(raw, got, removed) == []


def test_page_notes_whose_markers_the_extractor_dropped_are_footnotes(cleaned):
    """PDFium drops superscripts: `① 同上…` and `② 参见…` stand at the page bottom with no label in
    the text above. Under a full line cut mid-word (the paragraph goes on after the page number),
    a circled label opens the page's notes, and the next label the next note; a numbered line of
    running text (`10 万年…`) never does (test_a_numbered_line_at_a_page_bottom_without_a_marker_is_text)."""
    _, blocks, _ = cleaned["001_e0edea38aaf4c3b6.txt"]
    paragraphs = plain_paragraphs(blocks, 26, 150)
    pages = re.split(r"@@(\d+)@@\n", rewrap(paragraphs, 26, 20, "@@{}@@"))
    out, written = [], 0
    for n, body in enumerate(pages[0::2]):
        lines = body.split("\n")
        last = next((line for line in reversed(lines) if line.strip()), "")
        if n < len(pages) // 2 and len(last.strip()) == 26 and "\u4e00" <= last.strip()[-1] <= "\u9fff":
            lines += ["① 同上，第4页。", "", "② 参见《人民日报》2024年3月10日第8版。", ""]
            written += 1
        out.append("\n".join(lines))
        if n < len(pages) // 2:
            out.append(f"- {pages[2 * n + 1]} -\n")
    raw = RawFile("pdfium.txt", "0" * 64, "\n".join(out), {})
    got, removed = clean_file(raw)
    assert written >= 5
    assert [b.text_original for b in got if b.kind == "paragraph"] == paragraphs
    notes = [(b.footnote_label, b.text_original) for b in got if b.kind == "footnote"]
    assert notes == [("①", "①同上，第4页。"), ("②", "②参见《人民日报》2024年3月10日第8版。")] * written
    assert coverage_errors(raw, got, removed) == []


def test_a_latin_period_after_a_chinese_character_ends_a_paragraph(cleaned):
    """001:18641 `…主要表现在以下几个方面. ` (a Latin period, then the extractor's end-of-block space)
    ends its paragraph; `一是…` opens the next, as the theme fixture's annotator read it."""
    _, blocks, _ = cleaned["001_e0edea38aaf4c3b6.txt"]
    ending = next(b for b in blocks if b.line_start <= 18641 <= b.line_end)
    assert (ending.line_start, ending.line_end) == (18631, 18641)
    assert ending.text_original.endswith("主要表现在以下几个方面.")
    assert next(b for b in blocks if b.line_start == 18643).text_original.startswith("一是与农业发达国家相比")


def test_a_numbered_line_at_a_page_bottom_without_a_marker_is_text():
    """`1 加快…` above a page break is a note only if `1` stands as a superscript above it."""
    text = ("推动新质生产力加快发展，要做好以下工作：\n\n1 加快科技创新，\n\n— 3 —\n\n"
            " 推动产业升级。\n\n" + "以科技创新推动产业创新。\n\n" * 3)
    blocks, _ = clean_file(RawFile("list.txt", "0" * 64, text, {}))
    assert not any(b.kind == "footnote" for b in blocks)
    assert any("加快科技创新" in b.text_original for b in blocks)


@pytest.mark.parametrize("byline", ["文/张三", "作者：张三", "撰文｜张三 李四", "作者：中国人民大学教授 张三"])
def test_a_labelled_byline_is_a_byline(byline):
    """`文/`, `作者：` open a byline; the label's colon does not make the line a heading."""
    body = "以科技创新推动产业创新，加快发展新质生产力，是推动高质量发展的内在要求。 \n\n" * 3
    blocks, _ = clean_file(RawFile("b.txt", "0" * 64, f"新质生产力的理论内涵\n\n{byline}\n\n{body}", {}))
    assert [b.kind for b in blocks[:3]] == ["title", "byline", "paragraph"]


def test_a_date_in_chinese_numerals_alone_on_a_line_is_a_dateline():
    body = "以科技创新推动产业创新，加快发展新质生产力，是推动高质量发展的内在要求。 \n\n" * 2
    text = "关于加快发展新质生产力的实施意见\n\n" + body + "二〇二四年三月一日\n"
    blocks, _ = clean_file(RawFile("b.txt", "0" * 64, text, {}))
    assert (blocks[-1].kind, blocks[-1].text_original) == ("dateline", "二〇二四年三月一日")


def test_a_url_cut_by_a_line_break_is_whole_again(cleaned):
    """000's footnote 1 wraps its URL after `/BIG5`; the break is no word space."""
    _, blocks, _ = cleaned["000_0a4ddf0e5c2a5237.txt"]
    note = next(b for b in blocks if b.kind == "footnote" and "people.com.cn" in b.text_original)
    assert "http://finance.people.com.cn/BIG5/n1/2024/0324/c1004-40202067.html" in note.text_original


@pytest.mark.parametrize("left, right, joined", [
    ("http://finance.people.com.cn/BIG5", "/n1/2024/0324.html", "http://finance.people.com.cn/BIG5/n1/2024/0324.html"),
    ("2024-0", "3-01", "2024-03-01"),  # a number
    ("研究[J", "].经济", "研究[J].经济"),  # a bracket
    ("Total Factor", "Productivity", "Total Factor Productivity"),  # a word space stays
    ("multi-factor produc-", "tivity", "multi-factor produc-tivity"),  # a word broken at its hyphen
    ("in 2023 -", "a 5% rise", "in 2023 - a 5% rise"),  # a dash between spaces is no word's hyphen
])
def test_line_breaks_inside_a_token_join_without_a_space(cleaned, left, right, joined):
    """A paragraph wrapped at 24 characters with the break between `left` and `right`."""
    _, blocks, _ = cleaned["001_e0edea38aaf4c3b6.txt"]
    body = plain_paragraphs(blocks, 48, 10, ends="。")
    prefix = body[0][:(48 - len(left)) // 2]  # the line runs to the wrap width (48 units: 24 Han)
    tail = "，见上文所述的各项内容与数据，此处不再赘述。"
    text = rewrap(body, 24, 1000, "{}") + "\n" + prefix + left + "\n\n" + right + tail + " \n"
    got, _ = clean_file(RawFile("j.txt", "0" * 64, text, {}))
    assert got[-1].text_original == prefix + joined + tail


def test_a_reference_list_keeps_one_entry_per_item_with_its_number(cleaned):
    """Under 参考文献 each `[n]` opens a list item, and its number (before a GB/T 7714 type code) is
    no note marker; an entry wrapped over two lines stays one item."""
    _, blocks, _ = cleaned["001_e0edea38aaf4c3b6.txt"]
    paragraphs = plain_paragraphs(blocks, 30, 20, ends="。")
    refs = ["[1]习近平.论科技自立自强[M].北京:中央文献出版社,2023:12-15.",
            "[2]张三,李四.新质生产力的理论内涵与实践路径研究[J].经济研究,2024,59(3):4-18.",
            "[3]王五.新质生产力研究[N].人民日报,2024-03-01(9)."]
    text = rewrap(paragraphs, 28, 40, "— {} —") + "\n参考文献 \n\n" + rewrap(refs, 28, 1000, "{}")
    got, _ = clean_file(RawFile("refs.txt", "0" * 64, text, {}))
    assert [(b.kind, b.text_original) for b in got[-4:]] == [("heading", "参考文献")] + [("list_item", r) for r in refs]


def test_a_table_of_contents_goes_to_the_ledger():
    """目录 and its entries (dot leaders, a page number) are navigation, not text: they would repeat
    every heading and root every section path in 目录."""
    body = "以科技创新推动产业创新，加快发展新质生产力，是推动高质量发展的内在要求。 \n\n"
    toc = ["目  录", "一、新质生产力的内涵……………………1", "（一）理论渊源…………………………2",
           "二、发展路径 ………………………… 5", "参考文献..........................12"]
    text = "新质生产力研究报告\n\n" + "\n\n".join(toc) + "\n\n一、新质生产力的内涵\n\n" + body
    raw = RawFile("toc.txt", "0" * 64, text, {})
    blocks, removed = clean_file(raw)
    assert [(b.kind, b.text_original) for b in blocks[:2]] == [("title", "新质生产力研究报告"),
                                                               ("heading", "一、新质生产力的内涵")]
    assert [r.kind for r in removed] == ["table_of_contents"] * len(toc)
    assert coverage_errors(raw, blocks, removed) == []


def test_the_signature_above_a_closing_dateline_is_a_byline():
    """An official document ends with its issuing body over the date: a byline, not a heading that
    opens a section; a heading above a dateline that text follows stays a heading."""
    body = "以科技创新推动产业创新，加快发展新质生产力，是推动高质量发展的内在要求。 \n\n" * 3
    text = "关于加快发展新质生产力的实施意见\n\n" + body + "某某市人民政府\n\n二〇二四年三月一日\n"
    blocks, _ = clean_file(RawFile("g.txt", "0" * 64, text, {}))
    assert [b.kind for b in blocks[-2:]] == ["byline", "dateline"]
    text = "关于加快发展新质生产力的实施意见\n\n" + body + "大事记\n\n2024年3月\n\n" + body
    blocks, _ = clean_file(RawFile("g.txt", "0" * 64, text, {}))
    assert [b.kind for b in blocks if b.text_original in ("大事记", "2024年3月")] == ["heading", "dateline"]


def test_a_byline_opening_piece_after_piece_stays():
    """One-page pieces, each opening a new page under the same byline, after a finished piece: the
    byline recurs at page breaks as a header would, but never inside a sentence."""
    pieces = [f"第{n}个方面，" + "以科技创新推动产业创新，加快发展新质生产力，" * 3 + "推动高质量发展行稳致远。"
              for n in "一二三四五六七"]
    pages = [f" 南京日报评论员 \n\n{piece[:26]}\n\n{piece[26:52]}\n\n{piece[52:]} \n\n— {n} —\n"
             for n, piece in enumerate(pieces, 1)]
    raw = RawFile("series.txt", "0" * 64, "\n".join(pages), {})
    blocks, removed = clean_file(raw)
    assert sum("南京日报评论员" in b.text_original for b in blocks) == 7
    assert {r.kind for r in removed} == {"page_number"}


LABELLED_POINTS = [
    "什么是新质生产力？此次集体学习进一步作出阐释，给出了总体定义和三个方面的具体内容。",
    "总体定义：概括地说，新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径，具有高科技、高效能、"
    "高质量特征，符合新发展理念的先进生产力质态；",
    "动力来源：由技术革命性突破、生产要素创新性配置、产业深度转型升级而催生；",
    "基本内涵：劳动者、劳动资料、劳动对象及其优化组合的跃升；",
    "核心标志：全要素生产率大幅提升。",
]


@pytest.mark.parametrize("width", [12, 16, 20, 24, 28])
def test_labelled_points_closed_by_semicolons_are_paragraphs(width):
    """A run of `标签：…；` points, one paragraph each (the extractor's trailing space ends each), at
    any width, also where a point's last line is a full one."""
    raw = RawFile("points.txt", "0" * 64, rewrap(LABELLED_POINTS, width, 100, "— {} —"), {})
    blocks, removed = clean_file(raw)
    assert [b.text_original for b in blocks] == LABELLED_POINTS


def test_semicolon_inside_a_paragraph_does_not_end_it():
    """Without the trailing space, a full line ending in ； before a labelled point goes on."""
    lines = ["总体定义：新质生产力是创新起主导作用的先进生产力质态；", "动力来源：由技术革命性突破、生产要素创新性配",
             "置、产业深度转型升级而催生，基本内涵是劳动者、劳动资料", "和劳动对象及其优化组合的跃升。 "]
    raw = RawFile("points.txt", "0" * 64, "\n\n".join(lines), {})
    blocks, _ = clean_file(raw)
    assert [b.text_original for b in blocks] == ["".join(line.strip() for line in lines)]


# Body text wrapped at 26 characters, with the blank line after every line and the extractor's
# trailing space at paragraph ends (as in raw 001); lines from the seeds.
BODY = ["加快建设农业强国既是推进中国式现代化的必然要求，也必", "须体现中国式现代化的特征。以新质生产力引领中国特色农业强",
        "国建设，必须处理好三个关系。 "]


def pdf_lines(lines: list[str]) -> RawFile:
    """The lines as a PDF extractor writes them: a blank line after each."""
    return RawFile("t.txt", "0" * 64, "\n\n".join(lines) + "\n", {})


def blocks_of(lines: list[str]) -> list[tuple[str, str]]:
    raw = pdf_lines(BODY + lines + BODY)
    blocks, removed = clean_file(raw)
    assert coverage_errors(raw, blocks, removed) == []
    return [(b.kind, b.text_original) for b in blocks][1:-1]


def kinds_of(lines: list[str]) -> list[str]:
    return [kind for kind, _ in blocks_of(lines)]


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_short_line_broken_inside_a_word_goes_on(script):
    """A short line with the end-of-block space, no sentence end, whose break cuts a word
    (`市人大代` / `表夏鸿飞说`, raw 001:18779) was broken early by the extractor: the paragraph goes
    on. A short line that ends between words still ends its block (a byline above its text), and
    so does one that ends a sentence. In either script: the words are read in Simplified."""
    lines = ["“去年我市工业税收增长86.3%，居全省第2位，其中离不开科技", "创新的助力。”市人大代 ",
             "表夏鸿飞说，“我市的国家科技型中小企业、省级及以上企业数", "量连续三年高速增长。” "]
    byline = ["市人大代表夏鸿飞 ", "“制造立市”是开封经济社会高质量发展的基石、支撑和潜", "力所在。 "]
    if script == "t":
        lines, byline = ([converter("s2t").convert(line) for line in part] for part in (lines, byline))
    assert [text for _, text in blocks_of(lines)] == ["".join(line.strip() for line in lines)]
    assert kinds_of(byline) == ["byline", "paragraph"]
    ended = [lines[0], lines[1].replace("市人大代 ", "市人大代表。 "), lines[2].replace("表", "", 1), lines[3]]
    assert len(blocks_of(ended)) == 2


POINTS = ["关键特征：高科技、高效能、高质量。 ", "发展路径：创新起主导作用。 ", "驱动因素：技术革命性突破。 "]


def test_labelled_points_in_a_row_are_list_items():
    """Three or more paragraphs in a row that open with a label and a colon are a list, also when a
    point wraps over two lines, and a fourth point joins the list."""
    assert kinds_of(POINTS) == ["list_item"] * 3
    wrapped = ["资本市场发展：完善发行上市、并购重组、股权激励等制度", "（证监会）。 "] + POINTS[1:]
    assert blocks_of(wrapped)[0] == ("list_item", "资本市场发展：完善发行上市、并购重组、股权激励等制度（证监会）。")
    assert kinds_of(POINTS + ["核心标志：全要素生产率大幅提升。 "]) == ["list_item"] * 4


@pytest.mark.parametrize("points", [
    POINTS[:2],  # two: an exchange as likely as a list
    [POINTS[0], POINTS[1], POINTS[0]],  # a label that comes back: turns, not points
    ["记者：如何理解新质生产力的内涵？ ", "张力：它是创新起主导作用的先进生产力。 ",
     "黄群慧：它摆脱了传统的经济增长方式。 "],  # an interview: the labels are speakers
])
def test_labelled_paragraphs_that_are_no_list_stay_paragraphs(points):
    assert kinds_of(points) == ["paragraph"] * len(points)


def test_a_question_standing_alone_above_text_is_a_heading():
    assert blocks_of(["怎样加快发展新质生产力？ "]) == [("heading", "怎样加快发展新质生产力？")]
    assert kinds_of(["“新春第一会”为何以新质生产力为主题？ "]) == ["heading"]
    # with an answer in the same paragraph, quoted whole, or one of two questions in a row: text
    assert kinds_of(["什么是新质生产力？此次学习作出了阐释。 "]) == ["paragraph"]
    assert kinds_of(["“谁来发展新质生产力？” "]) == ["paragraph"]
    assert kinds_of(["问：如何理解新质生产力？ "]) == kinds_of(["记者：如何理解新质生产力？ "]) == ["paragraph"]
    assert kinds_of(["为什么要发展新质生产力？ ", "怎样发展新质生产力？ "]) == ["paragraph", "paragraph"]


def test_a_lead_point_above_its_text_is_a_heading():
    """An enumerated one-sentence lead (cue lead_point_pattern) set apart above the paragraphs that
    explain it is a subhead, also wrapped over two lines; a run of such points is a list of
    paragraphs, and a lead that goes on with more sentences is the paragraph's first sentence."""
    wrapped = ["一是，纵向来看，系统推进，颠覆性创新和产业化落地都", "要重视。 "]
    assert blocks_of(wrapped) == [("heading", "一是，纵向来看，系统推进，颠覆性创新和产业化落地都要重视。")]
    assert kinds_of(["——首先，要继续做好创新这篇大文章。 "]) == ["heading"]
    assert kinds_of(["最後，要暢通教育、科技、人才的良性循環。 "]) == ["heading"]
    assert kinds_of(["首先，保持独立自主是重要前提。 ", "其次，坚持自主创新是根本路径。 "]) == ["paragraph"] * 2
    assert kinds_of(["首先，保持独立自主是重要前提。独立自主是民族精神之魂。 "]) == ["paragraph"]


FURNITURE_TOKENS = ["— 12 —", "12 —", "- 3 -", "· 45 ·", "第1页，共50页", "共50页第1页", "第 1 頁，共 50 頁",
                    "Page 1 of 50", "page 7", "1/20", "\ue000\ue001", "\ufffd", "——", "-", "１２ —"]


def test_every_character_that_can_open_furniture_passes_the_gate():
    """The layout asks the furniture patterns only about lines whose first character can open a
    furniture token. Every code point that, put first in one of these tokens, still makes it
    furniture must pass that gate (a new page-number style has to extend _FURNITURE_STARTS)."""
    from nqp_corpus.clean.layout import _FURNITURE_GLYPHS, _FURNITURE_STARTS, _may_open_furniture

    squeezed = ["".join(token.split()) for token in FURNITURE_TOKENS]
    assert all(_FURNITURE_GLYPHS.fullmatch(token) for token in squeezed)
    missed = [hex(cp) for cp in range(0x110000) if not _may_open_furniture(chr(cp), _FURNITURE_STARTS)
              and any(_FURNITURE_GLYPHS.fullmatch(chr(cp) + token[1:]) for token in squeezed)]
    assert missed == []


def test_a_line_that_opens_like_a_heading_but_runs_on_is_a_paragraph():
    lines = ["第一个特征是在各种高端装备里面，服务业的价值往往占这", "个装备或者是这个终端的百分之五十的附加值。比如，一部手机",
             "有一千多个零部件。 "]
    assert blocks_of(lines) == [("paragraph", "".join(line.strip() for line in lines))]


def test_a_heading_wrapped_over_two_lines_is_one_heading():
    lines = ["一、让创新成果源源不断涌现，为新质生产力发展赢取主动", "权 "]
    assert blocks_of(lines) == [("heading", "一、让创新成果源源不断涌现，为新质生产力发展赢取主动权")]
    # a heading that fits its line stays a heading of one line
    assert blocks_of(["一、深刻认识新质生产力的基本内涵 "]) == [("heading", "一、深刻认识新质生产力的基本内涵")]
    # and so does one whose tail the extractor glued to the full line of text below it
    glued = ["（五）坚持科技创新与产业创新互促互进，加快新型工业化", "和现代化产业体系建设新型工业化是顺应技术经济范式变化规",
             "律的必然选择。 "]
    assert blocks_of(glued) == [("heading", glued[0]), ("paragraph", "".join(glued[1:]).strip())]


def test_a_numbered_question_is_a_heading_however_long():
    question = "3.2 投资映射：新兴产业之外，还需要关注什么？"
    assert blocks_of([question + " "]) == [("heading", "3.2投资映射：新兴产业之外，还需要关注什么？")]
    # a numbered point as long that ends in 。 is a paragraph, as before
    point = "（一）落实好结构性减税降费政策和首台套保险补偿政策。"
    assert blocks_of([point + " "]) == [("paragraph", point)]
    # and a question that runs on to the wrap width is the first line of a paragraph
    lines = ["一、为什么说新质生产力是推动高质量发展的内在要求和重", "要着力点？这需要从三个方面理解。 "]
    assert blocks_of(lines) == [("paragraph", "".join(line.strip() for line in lines))]


def test_a_line_of_spaces_after_a_sentence_end_is_a_paragraph_gap():
    first = ["新质生产力的“新”，表现为全生产要素率的大幅提升，但其", "背后需要依赖技术革命性突破和要素创新，否则不会凭空出现。"]
    second = ["新质生产力需要在新型生产关系中孕育，而经济效率和产出", "水平的提升，又将给新型生产关系的构建带来正向激励。 "]
    assert blocks_of(first + [" "] + second) == [("paragraph", "".join(first)), ("paragraph", "".join(second).strip())]
    # without the line of spaces a full line ending in 。 goes on (the paragraph rule)
    assert blocks_of(first + second) == [("paragraph", "".join(first + second).strip())]
    # at a page break the line of spaces follows a line that stops mid-sentence: no gap
    broken = [first[0], " ", " " + first[1] + " "]
    assert blocks_of(broken) == [("paragraph", "".join(first))]


def test_a_note_reference_after_the_sentence_end_does_not_hold_the_paragraph_open():
    para = ["知识密集性和强大的外部性，可以渗透到经济社会的各个领域，", "促使产业不断创造新的价值。[8] "]
    assert blocks_of(para + ["（二）新质生产力的关键特征 "]) == [
        ("paragraph", "知识密集性和强大的外部性，可以渗透到经济社会的各个领域，促使产业不断创造新的价值。"),
        ("heading", "（二）新质生产力的关键特征")]


def test_a_source_note_that_runs_to_the_wrap_width_goes_on_in_the_next_line():
    note = ["资料来源：OECD，光大证券研究所；注：黄色代表大型企业，紫", "色代表中型企业（50-249人），红色代表小型企业（10-49人）"]
    assert blocks_of(note + [" "]) == [("source_note", "".join(note))]
    # the second note under it is a note of its own, and the heading after the gap a heading
    assert blocks_of(note + note + [" ", "二、新质生产力的国内视角"]) == [
        ("source_note", "".join(note)), ("source_note", "".join(note)), ("heading", "二、新质生产力的国内视角")]
    # a gap ends it whatever its width
    one = ["资料来源：中国政府网，光大证券研究所整理，红色文字表示涉及"]
    assert blocks_of(one + [" "]) == [("source_note", one[0])]


TABLE_PAGE = [  # raw 003's table 2, shortened: body text sets the wrap width, then the table
    "发展新质生产力，需要重视“从 0到 1”的原创性、颠覆性创新，也需要重视“从",
    "1到 N”的产业化落地。当前，政策思路主要以源头创新和颠覆性创新作为底层",
    "支撑，提升产业链供应链安全水平，加强产业数字化智能化转型，进而推动现代", "化产业体系建设。",
    "表 2：各部委对新质生产力的表述", " 时间  涉及部委  主要内容", "2024年 3月 8日 工信部部长金壮龙",
    " 推进制造业重点产业链高质量发展行动，要发挥链主企业的作用，补短板、锻长板、强",
    "基础。在提升产业科技创新能力方面，将继续推进国家制造业创新中心建设，发挥好现有 178",
    "家高新区的作用，发展高科技，实现产业化，加快形成新质生产力。",
    "人力资源和社会保障部部长王", "2024年 3月 9日", "晓萍",
    "一是服务产业发展。要围绕加快发展新质生产力，加大技能人才培养力度。", "资料来源：中国政府网，光大证券研究所",
]


def test_table_rows_span_their_cells():
    """`现有 178` is an extractor's space before a number, not a cell gap, so no row starts there;
    a ministry cell of two lines centred on the date (`…部长王` / date / `晓萍`) opens its row."""
    raw = pdf_lines(TABLE_PAGE)
    blocks, removed = clean_file(raw)
    rows = [(b.line_start, b.line_end, b.cells[:2]) for b in blocks if b.kind == "table_row"]
    assert rows == [(11, 11, ["时间", "涉及部委"]), (13, 19, ["2024年3月8日", rows[1][2][1]]),
                    (21, 27, ["人力资源和社会保障部部长王", "2024年3月9日"])]
    assert coverage_errors(raw, blocks, removed) == []


REPORT_TABLE = [  # raw 003's table 1, shortened: rows labelled by a short cell, no dates
    "发展新质生产力，需要重视“从 0到 1”的原创性、颠覆性创新，也需要重视“从",
    "1到 N”的产业化落地。当前，政策思路主要以源头创新和颠覆性创新作为底层",
    "支撑，提升产业链供应链安全水平，加强产业数字化智能化转型，进而推动现代", "化产业体系建设。",
    "表 1：现代化产业体系的提出和发展历程", " 提法  涉及内容", "  党的十七大报告",
    "大力推进信息化与工业化融合，促进工业由大变强，振兴装备制造业", "发展现代产业体系",
    "，淘汰落后生产能力；提升高新技术产业。", "  党的十八大报告",
    "牢牢把握发展实体经济这一坚实基础，实行更加有利于实体经济发展的政策措施，推动",
    "着力构建现代产业发展新体系", "战略", "性新兴产业健康发展。",
    "党的十九大报告 现代金融、人力资源协同发展的产", "业体系", "建设现代化经济体系，必须把发展经济的着力点放在实体经济上。",
    "资料来源：中国政府网，光大证券研究所",
]


def test_a_short_cell_under_a_finished_row_opens_the_next_row():
    """Under the header, or under a row whose last line ends a sentence, a short line of one cell
    is the next row's label; under an unfinished row it is a cell's wrapped tail (`战略`, `业体系`)."""
    raw = pdf_lines(REPORT_TABLE)
    blocks, removed = clean_file(raw)
    rows = [(b.line_start, b.line_end) for b in blocks if b.kind == "table_row"]
    assert rows == [(11, 11), (13, 19), (21, 29), (31, 35)]
    assert coverage_errors(raw, blocks, removed) == []
    # in a table whose rows open with dates, the same line is a cell of the dated row
    dated = REPORT_TABLE[:6] + ["2024年 3月 5日", "下一步央企要继续加大研发投入，力争取得更多标志性成果。",
                                "国务院国资委主任张玉卓", "国资央企一方面要利用新的技术，推动传统产业高端化。",
                                "资料来源：中国政府网，光大证券研究所"]
    raw = pdf_lines(dated)
    blocks, _ = clean_file(raw)
    assert [(b.line_start, b.line_end) for b in blocks if b.kind == "table_row"] == [(11, 11), (13, 19)]


# A table of numbers as pypdf and PyMuPDF give it: one cell per line, row after row, no blank lines.
CELL_PER_LINE = [
    "从各地实践来看，培育新质生产力需要因地制宜，发挥比较优势，避免一哄而上、泡沫化，也不要搞",
    "一种模式，各地应结合自身资源禀赋、产业基础和科研条件，有选择地推动新产业发展。",
    "表 2：新兴产业发展情况", "指标", "2022年", "2023年", "增速", "新能源汽车产量（万辆）", "706", "959", "35.8%",
    "工业机器人产量（万套）", "44.3", "43.0", "-2.9%", "集成电路产量（亿块）", "3242", "3514", "8.4%",
    "资料来源：国家统计局", "其次，驱动生产力的绿色转型。从生产体系和驱动机制角度关注绿色转型的成本、产业升",
    "级及清洁生产技术的进步。",
]


def test_a_table_written_one_cell_per_line_is_rows_of_cells():
    """Rows of k lines, each a label and values: the row length is found from the numbers, its
    three-digit values are neither page numbers nor a chart's labels, and a header whose last two
    cells the extractor put on one line (`2023年占 GDP 比重`) is still the first row."""
    raw = RawFile("t.txt", "0" * 64, "\n".join(CELL_PER_LINE) + "\n", {})
    blocks, removed = clean_file(raw)
    rows = [b.cells for b in blocks if b.kind == "table_row"]
    assert rows == [["指标", "2022年", "2023年", "增速"], ["新能源汽车产量（万辆）", "706", "959", "35.8%"],
                    ["工业机器人产量（万套）", "44.3", "43.0", "-2.9%"], ["集成电路产量（亿块）", "3242", "3514", "8.4%"]]
    assert [b.kind for b in blocks] == ["paragraph", "caption", *["table_row"] * 4, "source_note", "paragraph"]
    assert removed == [] and coverage_errors(raw, blocks, removed) == []
    merged = CELL_PER_LINE[:5] + ["2023年增速"] + CELL_PER_LINE[7:]
    blocks, _ = clean_file(RawFile("t.txt", "0" * 64, "\n".join(merged) + "\n", {}))
    assert [b.cells for b in blocks if b.kind == "table_row"][:2] == [["指标", "2022年", "2023年增速"], rows[1]]


def test_a_table_written_column_after_column_is_rows_of_cells():
    """pdfminer gives a table's first column, then the others: each under its header, or all the
    headers first, with the source note (a line of any width) between the first column and the
    rest; or without caption or source note. The rows are put back together; the source note keeps
    only its own text."""
    head, tail = CELL_PER_LINE[:3], CELL_PER_LINE[-3:]
    labels = ["指标", "新能源汽车产量（万辆）", "工业机器人产量（万套）", "集成电路产量（亿块）"]
    rows = [["指标", "2022年", "2023年", "增速"], ["新能源汽车产量（万辆）", "706", "959", "35.8%"],
            ["工业机器人产量（万套）", "44.3", "43.0", "-2.9%"], ["集成电路产量（亿块）", "3242", "3514", "8.4%"]]
    by_column = [[row[c] for row in rows] for c in range(1, 4)]
    source = "资料来源：国家统计局，工业和信息化部，某证券研究所"
    for lines, note in ((head + labels + [cell for column in by_column for cell in column] + tail, tail[0]),
                        (head + labels + [source] + [column[0] for column in by_column]
                         + [cell for column in by_column for cell in column[1:]] + tail[1:], source),
                        (head[:2] + labels + [cell for column in by_column for cell in column] + tail[1:], None)):
        raw = pdf_lines(lines)
        blocks, removed = clean_file(raw)
        assert [b.cells for b in blocks if b.kind == "table_row"] == rows
        assert [b.text_original for b in blocks if b.kind == "source_note"] == ([note] if note else [])
        assert coverage_errors(raw, blocks, removed) == [] and not removed


def test_tables_with_missing_values_periods_and_a_page_break_after_them():
    """Values may be missing (`—`) or periods (`2023Q1`, `2025E`), headers may name a period and
    words (`2024年目标`), and the page's furniture may follow the last cell (`证券研究报告`, `-2-`):
    read row after row, and column after column."""
    rows = [["项目", "2023Q1", "2025E", "2024年目标"], ["上海市研发经费投入强度", "—", "4.4%", "4.5%左右"],
            ["广东省高技术制造业增加值增速", "6.0", "—", "8%以上"], ["北京市地区生产总值增速", "5.2", "5.0", "5%"]]
    furniture = ["证券研究报告", "-2-"]
    by_row = CELL_PER_LINE[:3] + [cell for row in rows for cell in row] + furniture + CELL_PER_LINE[-2:]
    blocks, removed = clean_file(RawFile("t.txt", "0" * 64, "\n".join(by_row) + "\n", {}))
    assert [b.cells for b in blocks if b.kind == "table_row"] == rows
    assert [(r.kind, r.text) for r in removed] == [("running_header", "证券研究报告"), ("page_number", "-2-")]
    assert blocks[-1].kind == "paragraph" and blocks[-1].text_original.startswith("其次")
    by_column = CELL_PER_LINE[:3] + [row[0] for row in rows] + [row[c] for c in range(1, 4) for row in rows] \
        + CELL_PER_LINE[-3:]
    blocks, _ = clean_file(pdf_lines(by_column))
    assert [b.cells for b in blocks if b.kind == "table_row"] == rows


@pytest.mark.parametrize("bullet", ["•", "\x7f", "(cid:127)"])
def test_a_bullet_alone_on_its_line_opens_the_item_below(bullet):
    """PyMuPDF writes a bullet on a line of its own, pypdf DEL and pdfminer `(cid:127)` for a bullet
    its font maps to no character: the item is the line below, without the glyph, which goes to the
    ledger (a `•` as markup, the others as artefacts). A bullet alone at a page's end takes nothing
    from the next page. (A private-use glyph alone on a line stays page furniture: an ornament.)"""
    items = ["加快传统产业数字化、智能化、绿色化改造，推动产业链向上下游延伸，形成较为完善的产业链和产业", "集群。",
             "培育壮大战略性新兴产业。"]
    lines = CELL_PER_LINE[:2] + [bullet, items[0], items[1], bullet, items[2]] + CELL_PER_LINE[-2:]
    raw = RawFile("t.txt", "0" * 64, "\n".join(lines) + "\n", {})
    blocks, removed = clean_file(raw)
    assert [(b.kind, b.text_original) for b in blocks if b.kind == "list_item"] == [
        ("list_item", items[0] + items[1]), ("list_item", items[2])]
    assert coverage_errors(raw, blocks, removed) == []
    page_end = CELL_PER_LINE[:2] + [bullet, "\f专栏 1：新质生产力的内涵"] + CELL_PER_LINE[-2:]
    blocks, _ = clean_file(RawFile("t.txt", "0" * 64, "\n".join(page_end) + "\n", {}))
    assert [b.kind for b in blocks if "专栏" in b.text_original] == ["heading"]


def test_numbered_points_that_end_in_a_semicolon_are_list_items_not_headings():
    """`1. …；` closes a point of a list: no heading ends so, the next point opens a block even
    where no width marks the end, and two or more such points (with the numbered one that ends
    the sentence) are list items. Numbered paragraphs of more than one sentence stay paragraphs
    (of one short sentence each they are a list too: test_numbered_points_of_one_short_sentence_are_a_list)."""
    points = ["1. 加大基础研究投入，提高基础研究经费占研发经费的比重；", "2. 强化企业科技创新主体地位，支持企业牵头组建创新联合体；",
              "3. 完善人才培养、引进、使用、合理流动的工作机制，营造良好的创新生态。"]
    blocks, _ = clean_file(pdf_lines(CELL_PER_LINE[:2] + points + CELL_PER_LINE[-2:]))
    assert [(b.kind, b.text_original[:2]) for b in blocks][1:4] == [("list_item", "1."), ("list_item", "2."),
                                                                     ("list_item", "3.")]
    sentences = [point.replace("；", "。") + "各地要结合实际抓好落实。" for point in points]
    blocks, _ = clean_file(pdf_lines(CELL_PER_LINE[:2] + sentences + CELL_PER_LINE[-2:]))
    assert [b.kind for b in blocks][1:4] == ["paragraph"] * 3
    one = [points[0], CELL_PER_LINE[0], CELL_PER_LINE[1]]  # one point alone is no list
    blocks, _ = clean_file(pdf_lines(CELL_PER_LINE[:2] + one + CELL_PER_LINE[-2:]))
    assert blocks[1].kind == "paragraph" and blocks[1].text_original.startswith("1.")


def test_three_one_space_lines_in_a_row_are_an_indented_block_not_pages():
    """The seeds' extractor marks a page's first line with one space, and a page of one line
    happens (a figure's page with only its source note); pypdf's layout mode indents a framed box
    by one space on every line."""
    box = "正文一行。\n 框内第一行\n 框内第二行\n 框内第三行\n正文。\n"
    assert page_top_offsets(box) == set()
    pages = "正文一行。\n 资料来源：某研究所\n 一、下一页的标题\n正文。\n"
    assert sorted(page_top_offsets(pages)) == [6, 17]


def test_an_articles_labelled_front_matter_opens_blocks():
    """Each label of an article's front matter (摘要：, 关键词：, 中图分类号：) opens a paragraph of its
    own, whatever ends the line before; a numbered head after a line that stops short of the wrap
    width opens a block even where that line ends no sentence (`…03-0012-08` / `一、引言`)."""
    body = CELL_PER_LINE[0]  # a full line: it fixes the wrap width
    lines = ["（1. 某大学 经济学院，北京 100871；2. 某研究院，上海 200030）", "摘要：" + body[:36], body, "展的基础。",
             "关键词：新质生产力；高质量发展；科技创新", "中图分类号：F124 文献标识码：A 文章编号：1000-0000（2024）03-0012-08",
             "一、引言", body, body, "展的基础。"]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [(b.kind, b.text_original[:5]) for b in blocks] == [
        ("byline", "（1.某大"), ("paragraph", "摘要：从各"), ("paragraph", "关键词：新"), ("paragraph", "中图分类号"),
        ("heading", "一、引言"), ("paragraph", "从各地实践")]


@pytest.mark.parametrize("authors", ["张三 1，李四 2", "张三1,2，李四2", "张三*，李四", "张三①　李四②", "张三,李四"])
def test_an_articles_authors_and_affiliations_are_bylines(authors):
    """Authors with the numbers of their affiliations, and the affiliations in brackets with a
    postal code, under an article's title. A name with a year is no author (`张三 2024`)."""
    lines = ["新质生产力的理论内涵与实践路径研究", authors, "（1. 某大学 经济学院，北京 100871；2. 某研究院，上海 200030）",
             CELL_PER_LINE[0], CELL_PER_LINE[1]]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks] == ["title", "byline", "byline", "paragraph"]
    blocks, _ = clean_file(pdf_lines(lines[:1] + ["张三 2024"] + lines[3:]))
    assert blocks[1].kind != "byline"


def test_an_official_documents_issuer_mark_and_number_are_bylines():
    """Over an official document's title: its issuer's mark (`某某省人民政府文件`) and its number
    (`某政发〔2024〕5号`) are bylines, not a title and a heading."""
    lines = ["某某省人民政府文件", "某政发〔2024〕5号", "某某省人民政府关于加快培育和发展新质生产力的意见",
             "各市人民政府，省政府各部门、各直属机构：", CELL_PER_LINE[0], CELL_PER_LINE[1]]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks] == ["byline", "byline", "title", "paragraph", "paragraph"]


def test_a_news_page_furniture_photo_caption_and_editors():
    """A newspaper's page head, its date with the weekday over the page (`第4版`), is furniture, so
    the article's title is the title; a date with the weekday alone is a dateline, a page alone a
    page number; a photo's caption (`图为…`) ends with its credit (`…摄`) and takes no line after
    it; the editors at the end (`（责编：…）`) are credits, a byline."""
    lines = ["2024年3月6日 星期三", "第4版", "以科技创新引领新质生产力发展", "本报记者 李四 王五",
             CELL_PER_LINE[0], CELL_PER_LINE[1], "图为某地一家智能制造企业的生产车间。新华社记者 赵六摄",
             "加快形成新型生产关系", CELL_PER_LINE[0], CELL_PER_LINE[1], "（责编：孙七、周八）"]
    raw = pdf_lines(lines)
    blocks, removed = clean_file(raw)
    assert [b.kind for b in blocks] == ["title", "byline", "paragraph", "caption", "heading", "paragraph", "byline"]
    assert [(r.kind, r.text) for r in removed] == [("running_header", "2024年3月6日 星期三"), ("running_header", "第4版")]
    assert coverage_errors(raw, blocks, removed) == []
    blocks, removed = clean_file(pdf_lines([lines[0], *lines[2:4], "第4版", *BODY]))
    assert [b.kind for b in blocks] == ["dateline", "title", "byline", "paragraph"]
    assert [(r.kind, r.text) for r in removed] == [("page_number", "第4版")]


def test_the_other_head_of_alternating_running_heads_goes_too():
    """A journal's name heads odd pages (3 of them), its issue even ones (2): the issue is the other
    head where it stands at the other page breaks inside sentences; the same line at page breaks
    after finished sentences, with no header found beside it, stays text."""
    a, b = "某某大学学报（哲学社会科学版）", "2024 年第 3 期"
    line = CELL_PER_LINE[0]
    pages = []
    for page, head in enumerate([a, b, a, b, a], 12):
        pages += [head, str(page), line, line, line[:30] if page == 16 else line]
    pages[-1] += "。"
    raw = RawFile("t.txt", "0" * 64, "\n".join(pages) + "\n", {})
    blocks, removed = clean_file(raw)
    assert sorted(r.text for r in removed if r.kind == "running_header") == [b, b, a, a, a]
    assert len(blocks) == 1 and coverage_errors(raw, blocks, removed) == []


def test_short_lines_without_rows_of_values_are_no_table():
    """A chart's labels (numbers only: no row opens with a label) stay a figure's text, and short
    lines of words (a list of names) stay what they were."""
    chart = CELL_PER_LINE[:2] + ["图 1：研发经费", "2019", "2020", "2021", "2022", "0", "20", "40",
                                 "资料来源：国家统计局"] + CELL_PER_LINE[-2:]
    blocks, removed = clean_file(RawFile("t.txt", "0" * 64, "\n".join(chart) + "\n", {}))
    assert not any(b.kind == "table_row" for b in blocks)
    assert [r.text for r in removed if r.kind == "figure_text"] == ["2019", "2020", "2021", "2022", "0", "20", "40"]
    names = CELL_PER_LINE[:2] + ["编委会", "主任", "张三", "副主任", "李四", "王五"] + CELL_PER_LINE[-2:]
    blocks, _ = clean_file(RawFile("t.txt", "0" * 64, "\n".join(names) + "\n", {}))
    assert not any(b.kind == "table_row" for b in blocks)


def test_a_row_of_numbers_apart_by_single_spaces_is_split_at_them():
    """PDFium writes a row on one line with one space between cells: next to a value that space is
    a cell gap; between the words of a column name (`占 GDP 比重`) and inside a label it is not."""
    lines = CELL_PER_LINE[:3] + ["指标 2021年 2022年 2023年 占 GDP 比重", "数字经济规模（万亿元） 45.5 50.2 53.9 42.8%",
                                 "PCT 国际专利申请（万件） 6.9 7.0 7.4 5.2%"] + CELL_PER_LINE[-3:]
    blocks, removed = clean_file(RawFile("t.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    assert [b.cells for b in blocks if b.kind == "table_row"] == [
        ["指标", "2021年", "2022年", "2023年", "占GDP比重"], ["数字经济规模（万亿元）", "45.5", "50.2", "53.9", "42.8%"],
        ["PCT国际专利申请（万件）", "6.9", "7.0", "7.4", "5.2%"]]  # the spaces an extractor puts around Latin go


# --- generated PDF-like text and arbitrary input -------------------------------------------

HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)
sentence = st.builds(lambda body, end: body + end, st.text(HAN, min_size=3, max_size=30),
                     st.sampled_from(["。", "！", "？", "”。", "，"]))
paragraph = st.lists(sentence, min_size=1, max_size=6).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(paragraph, min_size=1, max_size=12), st.integers(10, 40), st.integers(3, 30),
       st.sampled_from(["— {} —", "-{}-", "{}", "· {} ·", "第{}页，共50页", "Page {} of 50"]))
def test_generated_pdf_like_text_loses_nothing(paragraphs, width, page_lines, style):
    raw = RawFile("gen.txt", "0" * 64, rewrap(paragraphs, width, page_lines, style), {})
    blocks, removed = clean_file(raw)
    assert coverage_errors(raw, blocks, removed) == []
    assert offsets_errors(raw, blocks) == []


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_fuzz_arbitrary_unicode_never_crashes_and_loses_nothing(text):
    raw = RawFile("fuzz.txt", "0" * 64, text, {})
    blocks, removed = clean_file(raw)
    assert coverage_errors(raw, blocks, removed) == []


def test_private_use_is_exactly_unicode_category_co():
    """The fixes find private-use glyphs with a regex of the three private-use areas; it must agree
    with the Unicode database on every code point."""
    import unicodedata

    from nqp_corpus.clean.chars import PRIVATE_USE

    disagree = [cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF
                and bool(PRIVATE_USE.match(chr(cp))) != (unicodedata.category(chr(cp)) == "Co")]
    assert disagree == []


def test_chars_replace_at_keeps_offsets():
    buf = Chars("R&D\u3000投入", [10, 11, 12, 13, 20, 21])
    buf.replace_at([3], " ")
    assert buf.text == "R&D 投入" and buf.offs == [10, 11, 12, 13, 20, 21]


def test_chars_cut_ledgers_only_visible_characters():
    buf = Chars("新**质** 力", [0, 1, 2, 3, 4, 5, 6, 7])
    assert buf.cut([(1, 3), (4, 7)], "markup") == 5
    assert buf.text == "新质力" and buf.offs == [0, 3, 7]
    assert buf.deleted == [("markup", 1, "*"), ("markup", 2, "*"), ("markup", 4, "*"), ("markup", 5, "*")]
    spaced = Chars("新 \u3000质", [0, 1, 2, 3])
    assert spaced.cut([(1, 3)], "whitespace") == 2  # whitespace leaves no ledger entry
    assert spaced.text == "新质" and spaced.offs == [0, 3] and spaced.deleted == []


def test_char_width_counts_wide_and_chinese_punctuation_as_two():
    from nqp_corpus.clean.chars import char_width

    assert [char_width(c) for c in "a1 é中，“—①"] == [1, 1, 1, 1, 2, 2, 2, 2, 1]


def test_display_width_is_char_width_for_every_code_point():
    from nqp_corpus.clean.chars import char_width, display_width

    wrong = [cp for cp in range(0x110000) if display_width(chr(cp)) != char_width(chr(cp))]
    assert not wrong, [hex(cp) for cp in wrong[:10]]


def test_the_midline_ellipsis_reads_like_the_ellipsis():
    """PyMuPDF extracts a CJK font's …… as ⋯⋯ (U+22EF, also Taiwan's standard form): both end a
    sentence and both are set full-width, so a line ending in either is as wide and as finished."""
    from nqp_corpus.clean.chars import display_width, ends_sentence

    for ellipsis in ("……", "⋯⋯"):
        line = "科技创新、产业创新、模式创新" + ellipsis
        assert ends_sentence(line) and ends_sentence(line + "”")
        assert display_width(line) == 32
    assert not ends_sentence("芯片⋯⋯等")


@given(st.text(max_size=60) | st.text(alphabet=st.sampled_from(list("新质，“—·…①éa1 \U00020000\U0001f600")), max_size=60))
def test_display_width_is_the_sum_of_char_widths(text):
    from nqp_corpus.clean.chars import char_width, display_width

    assert display_width(text) == sum(map(char_width, text))


def test_line_properties():
    from nqp_corpus.clean.lines import Line, split_lines

    line = Line(3, 10, "  新质 AI \r")
    assert (line.stripped, line.content_start, line.content_end) == ("新质 AI", 12, 17)
    assert line.trailing_space and line.width == 7 and not line.page_start
    plain = Line(1, 0, "新质生产力。")
    assert (plain.content_start, plain.content_end, plain.trailing_space, plain.width) == (0, 6, False, 12)
    blank, spaces = Line(4, 30, ""), Line(5, 31, " \t\r")
    assert (blank.stripped, blank.content_start, blank.content_end) == ("", 30, 30)
    assert not blank.trailing_space and blank.width == 0
    assert (spaces.content_start, spaces.content_end, spaces.trailing_space, spaces.width) == (34, 31, True, 0)
    lines = split_lines("题目\n 第二页的首行\n - i. 列表\n")
    assert [ln.start for ln in lines] == [0, 3, 11, 20]
    assert [ln.page_start for ln in lines] == [False, True, False, False]


_LINE_PIECES = [" ", "  ", "\f", "\r", "\n", "\t", "\u3000", "- ", "-", "• ", "·", "*x", "新", "。"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=12).map("".join))
@example(" -\r\n - i. 列表\n\f \n\f第三页\n \u3000页\n")
@example(" -\r ")  # a \r inside the line is a space after the list mark (found by CI's random draw)
def test_page_tops_are_the_lines_that_open_with_one_space_or_a_form_feed_before_text(text):
    """The one-pass pattern marks the same lines as reading each line on its own: one leading
    space and then text that is not a list mark, or a form feed with text after it; where form
    feeds mark the pages, only those."""
    from nqp_corpus.clean.lines import split_lines

    def opens_page(body: str) -> bool:
        if body.startswith("\f"):
            return bool(body.strip())
        return "\f" not in text and (body.startswith(" ") and len(body) > 1 and not body[1].isspace()
                and not (body[1] in "-*+•·" and len(body) > 2 and body[2].isspace()))

    bodies = [piece.removesuffix("\r") for piece in text.split("\n")]
    assert [line.page_start for line in split_lines(text)] == [opens_page(b) for b in bodies]


_URL_PIECES = ["https://a.cn/x", "https://a.cn/", "x", "www.b.org", " ", "\u3000", "\n", "\t", "见", "。"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_URL_PIECES), max_size=16).map("".join))
@example("参见 https://a.cn/\nx 一文。\nhttps://a.cn/x\nhttps://a.cn/y\n")
def test_duplicate_url_is_a_whitespace_blind_search_of_the_text_before_the_line(text):
    from nqp_corpus.clean.layout import _URL, _Assembler, load_cues

    assembler = _Assembler(text, load_cues())
    for line in assembler.lines:
        if _URL.match(line.stripped):
            expected = line.stripped in re.sub(r"\s+", "", text[:line.start])  # the definition
            assert assembler.is_duplicate_url(line) == expected, (text, line.text)


def test_a_url_wrapped_earlier_makes_its_later_copy_a_duplicate():
    from nqp_corpus.clean.layout import assemble

    text = "参见 https://a.cn/\nx 一文。\n\nhttps://a.cn/x\n\nhttps://a.cn/y\n"
    removed = [(kind, text[start:end]) for kind, start, end in assemble(text).removed]
    assert ("duplicate_url", "https://a.cn/x") in removed
    assert not any(piece == "https://a.cn/y" for _, piece in removed)  # not given before


def _cue_gate_errors(lines) -> list[str]:
    """Lines where the combined cue gate and its separate patterns disagree."""
    from nqp_corpus.clean.layout import _cue_gate, _cued_patterns, load_cues

    cues = load_cues()
    patterns = _cued_patterns(cues)
    gate = _cue_gate(cues)
    return [ln for ln in lines if bool(gate.match(ln)) != any(p.match(ln) for p in patterns)]


def test_cue_gate_agrees_with_its_patterns_on_every_seed_line():
    lines = [ln.strip() for name in SEEDS for ln in read_raw(name).text.split("\n")]
    assert not _cue_gate_errors(lines)


_CUE_PIECES = ["表", "图", "1", "：", "注", "来源", "——", "2024", "年", "讲话", "。", "」", "免责声明", "电话",
               "Table", " ", "以上资料由", "编写", "新质", "）"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=10).map("".join))
@example("——2024年讲话")
@example("表1：新质")
@example("来源：")
@example("电话 ：")
@example("。」")
def test_cue_gate_agrees_with_its_patterns(text):
    assert not _cue_gate_errors([text])


_TOKEN_PIECES = ["1", "12", "-", "—", "－", "第", "页", "Page", "/", "\uf06c", "\U000f0001", "\ufffd", "证券研究报告",
                 "行业研究", "新", "a"]


def _reference_furniture(assembler, line) -> list | None:
    """furniture_tokens as it was before its token tests were combined into one pattern: the
    tests one by one, in order (with a cued header and its page's number in one token, and a bare
    number beside a cued header, read as furniture since session 28)."""
    from nqp_corpus.clean.chars import squeeze
    from nqp_corpus.clean.layout import _DASHES, _TOKEN, PRIVATE_USE
    from nqp_corpus.clean.pages import BARE_NUMBER, PAGE_NUMBER_TOKEN

    if PAGE_NUMBER_TOKEN.match(squeeze(line.stripped)):
        return [("page_number", line.content_start, line.content_end)]
    out, has_number = [], False
    for m in _TOKEN.finditer(line.text):
        compact, s, e = squeeze(m.group()), line.start + m.start(), line.start + m.end()
        if PAGE_NUMBER_TOKEN.match(compact):
            out.append(("page_number", s, e))
            has_number = True
        elif compact in assembler.cues.running_headers:
            out.append(("running_header", s, e))
        elif (m_number := re.fullmatch(r"(.+?)(\d{1,4})", compact)) and m_number.group(1) in assembler.cues.running_headers:
            raw = assembler.text[s:e].rstrip()
            number_at = s + raw.rfind(m_number.group(2))
            out += [("running_header", s, s + len(assembler.text[s:number_at].rstrip())), ("page_number", number_at, e)]
            has_number = True
        elif (m_number := re.fullmatch(r"(\d{1,4})(.+)", compact)) and m_number.group(2) in assembler.cues.running_headers:
            after = s + len(m_number.group(1))
            out += [("page_number", s, after), ("running_header", e - len(assembler.text[after:e].lstrip()), e)]
            has_number = True
        elif re.fullmatch(f"(?:{PRIVATE_USE.pattern})+", compact):
            out.append(("private_use_glyph", s, e))
        elif not compact.strip("\ufffd"):
            out.append(("replacement_char", s, e))
        elif _DASHES.match(compact):
            out.append(("page_number", s, e))
        elif BARE_NUMBER.match(compact):
            out.append(("bare_number", s, e))
        else:
            return None
    if any(k == "bare_number" for k, _, _ in out):
        if "running_header" not in {k for k, _, _ in out}:
            return None
        out = [("page_number" if k == "bare_number" else k, s, e) for k, s, e in out]
        has_number = True
    if {k for k, _, _ in out} == {"page_number"} and not has_number and not assembler.after_page_number(line):
        return None
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKEN_PIECES), min_size=1, max_size=4).map("".join))
@example("— 12 —")
@example("\uf06c")
@example("\ufffd\ufffd")
@example("证券研究报告")
def test_furniture_tokens_take_the_first_test_each_token_passes(token):
    from nqp_corpus.clean.layout import _Assembler, load_cues

    # the token alone, among other tokens, and after a page number's first half
    for text in (f"正文。\n{token}\n", f"{token} 行业研究 3\n", f"{token}\n— 106\n{token}\n"):
        assembler = _Assembler(text, load_cues())
        for line in assembler.lines:
            if line.stripped:
                assert assembler.furniture_tokens(line) == _reference_furniture(assembler, line), text


@given(st.text(alphabet=st.sampled_from(list(" \t\n\r\u3000\u00a0\u2028新aA1，")), max_size=40))
def test_whitespace_runs_are_the_maximal_runs_of_isspace_characters(text):
    from nqp_corpus.clean.fixes import _WHITESPACE_RUN

    runs = [m.span() for m in _WHITESPACE_RUN.finditer(text)]
    starts = [i for i, c in enumerate(text) if c.isspace() and (i == 0 or not text[i - 1].isspace())]
    assert [i for i, _ in runs] == starts
    assert all(text[i:j].isspace() and (j == len(text) or not text[j].isspace()) for i, j in runs)


def test_a_numbered_heading_under_a_title_as_wide_as_a_column_opens_a_block():
    """pdfium, b5_two_columns_title: the title, set across both columns, is as wide as a column's
    lines, and PDFium writes no indent. `一、背景`, a numbered line of a heading's shape, opens a
    block after it all the same (before: `粵港澳大灣區與新質生產力發展研究一、背景` was one paragraph)."""
    body = ["廠商會「新質生產力專題討論系列」", "2023年10月發表的第一份報告提出，可以", "從「求新」、「求質」、「求變」三個",
            "軸向去理解新質生產力的定義，而「質」", "的提升是新質生產力發展的核心要素。"]
    text = "\n".join(["粵港澳大灣區與新質生產力發展研究", "一、背景", *body * 3]) + "\n"
    blocks, _ = clean_file(RawFile("columns.txt", "0" * 64, text, {}))
    assert [b.text_original for b in blocks][:2] == ["粵港澳大灣區與新質生產力發展研究", "一、背景"]
    assert blocks[1].kind == "heading"


def test_endnotes_under_their_heading_are_footnotes_linked_in_citation_order():
    """Notes gathered at a text's end under `注释：` (layout._ENDNOTES_HEADING): each labelled line opens
    a footnote, a line without a label (here a date wrapped onto `12 月…`) goes on with the note before
    it, and each marker is the first occurrence of its label after the previous note's marker, so the
    `2` of `2个方面` before the first marker stays text."""
    text = ("新质生产力有2个方面需要把握。科技创新是核心要素1，产业升级是重要载体。\n"
            "新型工业化是关键任务2，要统筹推进。\n"
            "注释：\n"
            "1. 参见《人民日报》2024年3月8日第9版。\n"
            "2. 国家统计局：《统计公报》，2024年\n"
            "12 月发布。\n")
    raw = RawFile("endnotes.txt", "0" * 64, text, {})
    blocks, removed = clean_file(raw)
    assert [(b.kind, b.footnote_label) for b in blocks] == [
        ("paragraph", None), ("paragraph", None), ("heading", None), ("footnote", "1"), ("footnote", "2")]
    assert blocks[0].text_original == "新质生产力有2个方面需要把握。科技创新是核心要素，产业升级是重要载体。"
    assert blocks[1].text_original == "新型工业化是关键任务，要统筹推进。"
    assert blocks[4].text_original == "2.国家统计局：《统计公报》，2024年12月发布。"
    assert [r.text for r in removed if r.kind == "footnote_marker"] == ["1", "2"]
    assert coverage_errors(raw, blocks, removed) == []


def test_a_bracketed_source_line_is_a_source_note():
    """A digest's item credited on a line of its own, wholly in brackets (`（来源：…）`), is a source
    note (revisions.mark_bracketed_source_notes); a bracketed note (`（注：…）`) and a bracket inside a
    sentence are not."""
    bodies = ["科技部日前召开会议，部署推进新型研发机构高质量发展，强调要以体制机制创新激发活力，引导新型研发机构聚焦"
              "关键核心技术攻关，加快科技成果转化和产业化，培育发展新质生产力的新动能。",
              "方案提出，到2027年规模以上工业企业基本完成数字化改造（注：不含小微企业），重点行业关键工序数控化率明显"
              "提升，数字化研发设计工具普及率进一步提高，工业互联网平台服务能力显著增强。"]
    wrapped = [[body[i:i + 28] for i in range(0, len(body), 28)] for body in bodies]
    lines = ["月度资讯摘编", "科技部推进新型研发机构建设", *wrapped[0], "（来源：科技日报，2024年4月3日）",
             "工信部发布制造业数字化转型行动方案", *wrapped[1], "（注：以上数据均为初步统计）"]
    got, _ = clean_file(RawFile("digest.txt", "0" * 64, "".join(line + "\n\n" for line in lines), {}))
    kinds = [(b.kind, b.text_original) for b in got]
    assert ("source_note", "（来源：科技日报，2024年4月3日）") in kinds
    notes = [kind for kind, text in kinds if text.startswith("（注")]
    assert len(notes) == 1 and notes[0] != "source_note"
    assert [kind for kind, text in kinds if text in bodies] == ["paragraph", "paragraph"]


def test_the_english_title_after_the_front_matter_is_a_title():
    """Some journals set the title in English after the keywords: the keywords line ends no sentence
    and runs as wide as the text, yet the change of script ends it, and the English line, which ends
    no sentence, is the title (layout.script_changes_after_sentence, english_title)."""
    body = ("新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径，具有高科技、高效能、高质量特征，"
            "符合新发展理念的先进生产力质态。它由技术革命性突破、生产要素创新性配置、产业深度转型升级而催生。")
    keywords = "关键词：新质生产力；新型生产关系；全面深化改革；高质量发展"
    wrapped = [body[i:i + len(keywords)] for i in range(0, len(body), len(keywords))]
    english = "On Adapting New Relations of Production to New Quality Productive Forces"
    lines = ["论新型生产关系与新质生产力相适应", "王五，赵六", "摘要：" + wrapped[0], *wrapped[1:], keywords, english,
             "Abstract: New quality productive forces call for new relations of production.", "一、引言", *wrapped]
    got, _ = clean_file(RawFile("article.txt", "0" * 64, "".join(line + "\n\n" for line in lines), {}))
    kinds = [(b.kind, b.text_original) for b in got]
    assert ("paragraph", keywords) in kinds and ("title", english) in kinds
    assert [kind for kind, text in kinds if text.startswith("Abstract")] == ["paragraph"]


@pytest.mark.parametrize("footer", ["请务必阅读正文之后的免责声明 {}", "请务必阅读正文之后的免责声明{}",
                                    "请务必阅读正文之后的免责声明部分          {}", "{}     证券研究报告"])
def test_a_cued_footer_with_its_page_number_goes_on_two_pages(cleaned, footer):
    """A footer the cues name, with its page's number on the same line, glued to it or set apart, is
    furniture and a page's edge even on two pages (too few for numbered_running_lines): the header
    over both pages, which opens the file and stands inside a sentence on page 2, goes too."""
    paragraphs, pages = unmarked_pages(cleaned, 24)
    pages = pages[:2]
    header = "某某证券研究所　晨会纪要"
    text = "\n".join(line for n, page in enumerate(pages, 1) for line in [header, *page, footer.format(n)]) + "\n"
    raw = RawFile("note.txt", "0" * 64, text, {})
    got, removed = clean_file(raw)
    assert [b.text_original for b in got if b.kind == "paragraph"] == \
        [p for p in paragraphs if p in "".join("".join(page) for page in pages).replace(" ", "")] or got
    assert {r.kind for r in removed} == {"running_header", "page_number"}
    assert sorted(r.line_start for r in removed if r.kind == "page_number") == [26, 52]
    assert sorted(r.line_start for r in removed if r.kind == "running_header") == [1, 26, 27, 52]
    assert all(header not in b.text_original and "免责" not in b.text_original for b in got)
    assert [b.page for b in got][-1] == 2
    assert coverage_errors(raw, got, removed) == []


def test_a_journals_arabic_sections_and_first_page_notes():
    """`1 引言` (an Arabic number, a space, a short title) opens a heading after the keywords line,
    which ends no sentence; `2 月 25 日…`, a number and its unit, is no heading. The first page's notes
    (`收稿日期：`, `基金项目：`, `作者简介：`) are a footnote each, and the paragraph they cut off above
    the page's number goes on after it."""
    body = ("新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径，具有高科技、高效能、高质量特征，"
            "符合新发展理念的先进生产力质态。它由技术革命性突破、生产要素创新性配置、产业深度转型升级而催生。")
    keywords = "关键词：新质生产力；数字经济；科技创新；产业升级；高质量发展"
    width = len(keywords)
    wrapped = [body[i:i + width] for i in range(0, len(body), width)]
    cut = ["推动更多科技成果转化为现实的新质生产力，形成一批具有自主知识产权和规模化应用前景的科技",
           "成果，积极引导创新要素向企业集聚，强化企业自主创新的意识和能力，推动更多成果转化为现实的新质生"]
    notes = ["收稿日期：2024-03-12", "基金项目：国家社会科学基金项目（24BJL001）",
             "作者简介：王某某（1980—），男，某某大学经济学院教授，研究方向为产业经济。"]
    lines = ["数字经济赋能新质生产力发展的作用机制", "王某某", "摘要：" + wrapped[0], *wrapped[1:], keywords, "1 引言",
             *wrapped, *[line[:width] for line in cut], *notes, "46", "产力。", "2 月 25 日至 26 日，省委理论学习中心组学习会"
             "召开。", *wrapped]
    got, removed = clean_file(RawFile("journal.txt", "0" * 64, "".join(line + "\n" for line in lines), {}))
    kinds = [(b.kind, b.text_original) for b in got]
    assert ("paragraph", keywords) in kinds and ("heading", "1引言") in kinds  # the text keeps no such space
    assert [text for kind, text in kinds if kind == "footnote"] == notes
    assert ("paragraph", "".join(line[:width] for line in cut) + "产力。") in kinds
    assert [kind for kind, text in kinds if text.startswith("2月")] == ["paragraph"]
    assert [(r.kind, r.line_start) for r in removed] == [("page_number", lines.index("46") + 1)]


def test_a_newspaper_pages_head_its_jump_line_and_a_wrapped_caption():
    """A newspaper page's head (its name, date, weekday and page `第3版`) is furniture even once; the
    headline and its subtitle, wider than the columns under them, are the title and a heading, not
    the first paragraph's lines; a jump line `（下转第4版）` is boilerplate; a photo caption that runs
    to the column's width goes on into its next line, up to its credit (`…摄`)."""
    column = "新一轮科技革命和产业变革在信息革命基础上孕育兴起，有着以大数据、互联网、云计算、区块链及人工智能等工具体系为代表的生产力系统。"
    wrapped = [column[i:i + 14] for i in range(0, len(column), 14)]
    caption = "图为3月5日，工人在某某智能制造产业园的生产线上调试工业机器人。新华社记者　张某　摄"
    lines = ["某某日报　2024年3月8日　星期五　第3版", "科技创新赋能产业升级　新质生产力加速成长", "——我市加快培育和发展新质生产力综述",
             "本报记者　某某某", *wrapped, *[caption[i:i + 14] for i in range(0, len(caption), 14)], *wrapped, "（下转第4版）"]
    raw = RawFile("paper.txt", "0" * 64, "".join(line + "\n" for line in lines), {})
    got, removed = clean_file(raw)
    assert [(r.kind, r.line_start) for r in removed] == [("running_header", 1)]
    assert [b.kind for b in got] == ["title", "heading", "byline", "paragraph", "caption", "paragraph", "boilerplate"]
    assert got[4].text_original.replace(" ", "") == caption.replace("　", "")
    assert coverage_errors(raw, got, removed) == []


def test_a_table_of_numbers_ends_where_running_text_comes_and_its_unit_line_is_a_note():
    """Under a table of numbers, a line of running text as wide as the page's (clauses in it, no cell
    gap) ends the table: no cell wraps so wide. The unit line over the grid (`单位：万吨、%`) is a
    note on the table, which goes on under it."""
    body = ("当今世界正处于百年未有之大变局，新一轮科技革命和产业变革与中国加快转变经济发展方式形成历史性交汇，"
            "加快形成新质生产力，抢占发展制高点、形成发展新动能、培育竞争新优势，是推进经济高质量发展的必然之举。")
    wrapped = [body[i:i + 38] for i in range(0, len(body), 38)]
    table = ["表1　2023年主要工业产品产量及其增长速度", "单位：万吨、%", "产品名称  产量  比上年增长", "原煤  1256.3  -4.2",
             "粗钢  862.7  3.5", "水泥  2318.9  -8.7", "十种有色金属  98.2  -1.6"]
    raw = pdf_lines(wrapped + table + wrapped)
    blocks, removed = clean_file(raw)
    kinds = [(b.kind, b.text_original) for b in blocks]
    assert kinds[2] == ("source_note", "单位：万吨、%")
    assert [kind for kind, _ in kinds] == ["paragraph", "caption", "source_note"] + ["table_row"] * 5 + ["paragraph"]
    assert kinds[-1] == ("paragraph", body) and kinds[-2][1].startswith("十种有色金属")
    assert coverage_errors(raw, blocks, removed) == []


def test_a_dash_and_a_name_under_a_quotation_attributes_it():
    """`——习近平` alone under an epigraph or a quotation names who said it: the line attributes the
    paragraph above it, which is a quote; a dash and words that are no name (a subtitle) do not."""
    quote = "数据作为新型生产要素，对传统生产方式变革具有重大影响。数字经济具有高创新性、强渗透性、广覆盖性。"
    body = ("新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径，具有高科技、高效能、高质量特征，"
            "符合新发展理念的先进生产力质态。它由技术革命性突破、生产要素创新性配置、产业深度转型升级而催生。")
    lines = ["第三章　新质生产力与现代化产业体系", quote, "——习近平", *[body[i:i + 30] for i in range(0, len(body), 30)]]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [(b.kind, b.text_original) for b in blocks][1:3] == [("quote", quote), ("quote_attribution", "——习近平")]
    lines[2] = "——我市加快培育和发展新质生产力综述"
    blocks, _ = clean_file(pdf_lines(lines))
    assert "quote_attribution" not in [b.kind for b in blocks]


def test_a_page_set_narrower_than_the_others_has_its_own_wrap_width(cleaned):
    """A report's first page holds a summary column beside its main one, the pages after it run the
    full width: the text's wrap width is theirs, and the first page's main column, a third
    narrower, would read as short lines (a heading each). Its lines share a narrower width on
    most of the page, so the page wraps there (pages.narrower_page_wraps)."""
    paragraphs, pages = unmarked_pages(cleaned, 24)
    body = "".join(paragraphs[:3])
    narrow = [body[i:i + 20] for i in range(0, 200, 20)]  # 20 characters a line, the pages after it 30
    first = [*narrow[:-1], narrow[-1] + "。 "]
    text = "\n".join([*first, "- 1 -", *pages[0], "- 2 -", *pages[1], "- 3 -"]) + "\n"
    raw = RawFile("report.txt", "0" * 64, text, {})
    blocks, removed = clean_file(raw)
    assert blocks[0].kind == "paragraph" and blocks[0].text_original == "".join(first).rstrip()
    assert "heading" not in [b.kind for b in blocks]
    assert coverage_errors(raw, blocks, removed) == []


TRADITIONAL_BODY = ("當前正值科技顛覆性創新高歌猛進的新時代，以人工智能、雲計算為代表的數字科技迅速崛起，並越來越被認為是"
                    "第四次工業革命的前奏。回顧歷史，每一次科技革命的出現都會啟動傳統生產力向新型生產力的蛻變過程。")


def traditional_paper(heads: list[list[str]]) -> list[str]:
    """A Traditional journal paper over four pages: the first with its number alone, each next one
    under `heads[page]` (its running head and number), a note at each page's foot under a finished
    sentence, its marker in the text above, then unnumbered references (APA)."""
    wrapped = [TRADITIONAL_BODY[i:i + 34] for i in range(0, len(TRADITIONAL_BODY), 34)]
    lines = ["101", "新質生產力視角下香港產業轉型的路徑研究", "關鍵詞：新質生產力；產業轉型；科技創新；新型工業化；香港", "壹、前言"]
    for page, (head, lead) in enumerate(zip(heads, "首其再"), 1):  # no line repeated at the page breaks
        marked = lead + "，" + TRADITIONAL_BODY.replace("前奏", f"前奏{page}")
        lines += [*[marked[i:i + 34] for i in range(0, len(marked), 34)], *wrapped,
                  f"{page} 參見《求是》2024年第{page + 10}期，頁4-8。", *head]
    return lines + [*wrapped, "參考文獻", "周文、許凌雲（2023）。論新質生產力：內涵特徵與重要著力點。改革，10，1-13。",
                    "林毅夫（2012）。新結構經濟學：反思經濟發展與政策的理論框架（增訂版）。北京：北京大學出",
                    "版社。", "Aghion, P., & Howitt, P. (1992). A model of growth through creative destruction."]


@pytest.mark.parametrize("style", ["number in the head", "head over the number"])
def test_a_traditional_papers_running_head_notes_sections_and_references(style):
    """A journal's running head with the page's number, at alternate outer edges (`102 某某評論`,
    `某某評論 103`) or over it on a line of its own, after notes that end their sentences, is
    furniture and a page's edge: the first page has its number alone, and the numbers go on from
    it. So the notes above it (`1 參見…`) are footnotes. `壹、前言` (a formal numeral) is a heading
    after the keywords line; the references without numbers are an entry each, a wrapped one whole."""
    name = "港澳經濟評論"
    if style == "number in the head":
        heads = [[f"102 {name}"], [f"{name} 103"], [f"104 {name}"]]
    else:
        heads = [[name, str(page)] for page in (102, 103, 104)]
    raw = pdf_lines(traditional_paper(heads))
    blocks, removed = clean_file(raw)
    kinds = [(b.kind, b.text_original) for b in blocks]
    assert kinds[:3] == [("title", "新質生產力視角下香港產業轉型的路徑研究"),
                         ("paragraph", "關鍵詞：新質生產力；產業轉型；科技創新；新型工業化；香港"), ("heading", "壹、前言")]
    assert [text for kind, text in kinds if kind == "footnote"] == [f"{n}參見《求是》2024年第{n + 10}期，頁4-8。" for n in (1, 2, 3)]
    assert [kind for kind, _ in kinds[-4:]] == ["heading", "list_item", "list_item", "list_item"]
    assert kinds[-2][1].endswith("北京大學出版社。") and kinds[-1][1].startswith("Aghion")
    assert sorted(r.text for r in removed if r.kind in ("running_header", "page_number")) == \
        sorted(["101", *(" ".join(head) for head in heads)] if style == "number in the head"
               else ["101", *(line for head in heads for line in head)])
    assert coverage_errors(raw, blocks, removed) == []


def test_a_book_chapters_alternating_heads_and_notes_whose_markers_were_dropped():
    """A book's heads alternate: the chapter's over odd pages, inside a sentence once at least, and
    the book's over even ones, always after notes that end their sentences, beside the page's
    number: both are furniture. The chapter's opening page has no running head: the same words
    opening the text are its heading. The notes' markers were dropped from the text (PDFium), and ② stands
    under a finished sentence: it goes on from ① on an earlier page, so it is a note still, where a
    list's ② would follow its ①."""
    body = ("实施人才创新创业行动，建立引育留用工作机制。人才是创新的第一资源。我们将进一步优化完善人才人事服务保障机制，"
            "在引才上加大高层次急需紧缺人才引进力度，柔性引进行业领域专家，建优建强产业人才队伍。")
    leads = ["第一", "第二", "第三", "第四", "第五", "第六"]  # no line repeated at the page breaks
    paragraphs = [lead + "，" + body for lead in leads]
    wrapped = [[text[i:i + 34] for i in range(0, len(text), 34)] for text in paragraphs]
    chapter, book = "第三章　新质生产力与现代化产业体系", "新质生产力读本"
    lines = ["57", "第三章 新质生产力与现代化产业体系", *wrapped[0], *wrapped[1][:-1], "① 参见《求是》2024年第11期。", book,
             "58", *wrapped[1][-1:], *wrapped[2][:-1], chapter, "59", *wrapped[2][-1:], *wrapped[3],
             "② 参见国家统计局：《2023年国民经济和社会发展统计公报》。", book, "60", *wrapped[4],
             "③ 参见《人民日报》2024年3月24日第12版。", chapter, "61", *wrapped[5]]
    raw = pdf_lines(lines)
    blocks, removed = clean_file(raw)
    assert sorted(r.text for r in removed if r.kind == "running_header") == [book, book, chapter, chapter]
    assert (blocks[0].kind, blocks[0].text_original) == ("heading", "第三章新质生产力与现代化产业体系")
    assert [(b.footnote_label, b.kind) for b in blocks if b.text_original[:1] in "①②③"] == \
        [("①", "footnote"), ("②", "footnote"), ("③", "footnote")]
    assert [b.text_original for b in blocks if b.kind == "paragraph"] == paragraphs
    assert coverage_errors(raw, blocks, removed) == []


def test_an_action_plans_issuer_points_and_numbered_table_of_words():
    """GB/T 9704's letter format: the line over the document's number is its issuer (a byline), so
    the title under them is the title. Targets `1. …；` short enough to read as headings are the
    points of a list (no heading ends with `；`). An appendix table of words one cell per line
    (pypdf, PyMuPDF) whose rows open with their numbers is read by them, a wrapped cell (the line
    after a much wider one) joined whole; its name over it, with no number, is its caption."""
    body = ("以科技创新推动产业创新，加快发展新质生产力，是推动高质量发展的内在要求和重要着力点，"
            "必须继续做好创新这篇大文章，推动新质生产力加快发展，为全省经济社会发展注入强劲动力。")
    wrapped = [body[i:i + 36] for i in range(0, len(body), 36)]
    targets = ["1. 到2025年，全省研发经费投入强度达到2.8%以上；", "2. 到2025年，高新技术企业数量突破1.5万家；",
               "3. 到2026年，数字经济核心产业增加值占比达到12%以上。"]
    table = ["附件", "重点任务分工表", "序号", "重点任务", "牵头单位", "完成时限", "1", "实施关键核心技术攻关工程", "省科技厅",
             "2025年底前", "2", "推动传统产业数字化、智能化、绿", "色化改造", "省工业和信息化厅、省发展改", "革委", "2026年底前",
             "3", "培育壮大战略性新兴产业集群", "省发展改革委", "持续推进"]
    lines = ["某某省人民政府办公厅", "某政办〔2024〕18号", "某某省加快发展新质生产力三年行动方案", "一、总体要求", *wrapped,
             "二、主要目标", *targets, *wrapped, *table]
    raw = pdf_lines(lines)
    blocks, removed = clean_file(raw)
    kinds = [(b.kind, b.text_original) for b in blocks]
    assert kinds[:3] == [("byline", "某某省人民政府办公厅"), ("byline", "某政办〔2024〕18号"),
                         ("title", "某某省加快发展新质生产力三年行动方案")]
    assert [kind for kind, text in kinds if text[:2] in ("1.", "2.", "3.")] == ["list_item"] * 3
    assert [b.cells for b in blocks if b.kind == "table_row"] == [
        ["序号", "重点任务", "牵头单位", "完成时限"], ["1", "实施关键核心技术攻关工程", "省科技厅", "2025年底前"],
        ["2", "推动传统产业数字化、智能化、绿色化改造", "省工业和信息化厅、省发展改革委", "2026年底前"],
        ["3", "培育壮大战略性新兴产业集群", "省发展改革委", "持续推进"]]
    assert ("caption", "重点任务分工表") in kinds
    assert coverage_errors(raw, blocks, removed) == []


def test_a_charts_period_labels_and_legend_are_its_text():
    """A chart drawn in the PDF leaves its axis labels one per line: quarters and months
    (`2022Q1`, `2023-04`) as well as numbers, and its legend (series names with their units,
    `CPI同比（%）  PPI同比（%）`) beside them. All go to the ledger as the figure's text; the
    caption above them stays one line, the source note under them a note."""
    body = ("一季度经济实现良好开局。生产需求稳步回升，就业物价总体稳定，新动能加快成长，"
            "高质量发展扎实推进，为实现全年目标打下良好基础。")
    wrapped = [body[i:i + 30] for i in range(0, len(body), 30)]
    chart = ["图2：近一年CPI与PPI同比走势", "CPI同比（%）  PPI同比（%）", "2", "0", "-2", "-4",
             "2023-04", "2023-07", "2023-10", "2024-01", "资料来源：Wind，某某银行研究院"]
    raw = pdf_lines(wrapped + chart + wrapped)
    blocks, removed = clean_file(raw)
    assert [(b.kind, b.text_original) for b in blocks] == [
        ("paragraph", body), ("caption", "图2：近一年CPI与PPI同比走势"), ("source_note", "资料来源：Wind，某某银行研究院"),
        ("paragraph", body)]
    assert [r.text for r in removed if r.kind == "figure_text"] == chart[1:-1]
    assert coverage_errors(raw, blocks, removed) == []


def test_a_line_charts_months_ticks_unit_and_legend_are_no_table():
    """A line chart drawn in the PDF, its months then its value axis one tick a line (PyMuPDF,
    pypdf), then the axis' unit alone and the legend a series a line: the ticks run by equal steps
    through 0, which no table's column does, so no table is read from the labels; all of it goes to
    the ledger. pdfminer writes the ticks from the top down, and the legend after the source note."""
    body = ("五月工业生产保持较快增长，高技术制造业继续发挥引领作用，消费温和修复，"
            "以旧换新政策效果有望在下半年逐步显现，政策稳增长力度有望加大。")
    wrapped = [body[i:i + 30] for i in range(0, len(body), 30)]
    months = ["2023-06", "2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12", "2024-02"]
    ticks = ["0", "2", "4", "6", "8", "10", "12"]
    legend = ["规模以上工业增加值同比（%）", "社会消费品零售总额同比（%）"]
    caption, source = "图1：工业增加值与社会消费品零售总额同比增速", "资料来源：国家统计局，某某银行研究院"
    for chart in ([caption, *months, *ticks, "%", *legend, source],
                  [caption, "%", *ticks[::-1], *months, source, *legend]):
        raw = pdf_lines(wrapped + chart + wrapped)
        blocks, removed = clean_file(raw)
        assert [(b.kind, b.text_original) for b in blocks] == [
            ("paragraph", body), ("caption", caption), ("source_note", source), ("paragraph", body)]
        assert sorted(r.text for r in removed if r.kind == "figure_text") == sorted(chart[1:-1] if chart[-1] != legend[-1] else
                                                                                   [*chart[1:-3], *legend])
        assert coverage_errors(raw, blocks, removed) == []
    # a table's columns of values by equal steps that do not pass 0 are no axis, row after row or
    # column after column (pdfminer)
    rows = [["地区", "2022年", "2023年"], ["甲市", "10", "12.5"], ["乙市", "20", "22.5"], ["丙市", "30", "32.5"],
            ["丁市", "40", "42.5"]]
    for cells in ([cell for row in rows for cell in row], [row[0] for row in rows] + [row[c] for c in (1, 2) for row in rows]):
        blocks, _ = clean_file(pdf_lines(CELL_PER_LINE[:3] + cells + CELL_PER_LINE[-3:]))
        assert [b.cells for b in blocks if b.kind == "table_row"] == rows


def test_a_hong_kong_papers_hanging_numbers_lettered_points_and_front_lines():
    """A LegCo paper: its reference number (`…號文件`) and the meeting's date line over the title
    are a byline and a dateline; a paragraph number hung in the margin, alone on its line (pypdf,
    PyMuPDF), opens the paragraph on the next line; lettered points `(a)` … after a line ending in
    `：`, closed by `；` or `；及`, are the items of a list; a numbered first line of clauses, as
    wide as the text by its hanging number (PDFium), is no heading."""
    body = ("當然，除了強調質變的意圖外，新質生產力無論比起科技生產力抑或是新型生產力，還多了兩重特別的質感，"
            "正正點出了新質生產力與高質量發展之間的關係，再次警示傳統產業必須徹底摒棄粗放式、外延增長的老路。")
    wrapped = [body[i:i + 34] for i in range(0, len(body), 34)]
    points = ["(a)", "設立新型工業化加速計劃，以配對形式資助生產商設立智能生產線；", "(b)",
              "擴大再工業化資助計劃的資助範圍；及", "(c)", "透過科技人才入境計劃吸引更多科技人才來港發展。"]
    lines = ["立法會CB(1)123/2024(03)號文件", "供2024年5月20日會議討論", "推動新型工業化及發展新質生產力的最新進展", "背景",
             "2.", *wrapped, "3.", "為進一步推動新型工業化，我們建議推行以下措施：", *points,
             "4. " + wrapped[0], *wrapped[1:]]
    raw = pdf_lines(lines)
    blocks, removed = clean_file(raw)
    kinds = [(b.kind, b.text_original) for b in blocks]
    assert kinds[:4] == [("byline", lines[0]), ("dateline", lines[1]), ("title", lines[2]), ("heading", "背景")]
    assert kinds[4] == ("paragraph", "2." + body)
    assert kinds[5] == ("paragraph", "3.為進一步推動新型工業化，我們建議推行以下措施：")
    assert kinds[6:9] == [("list_item", a + b) for a, b in zip(points[::2], points[1::2])]
    assert kinds[9] == ("paragraph", "4." + body)
    assert coverage_errors(raw, blocks, removed) == []


def test_a_pull_quote_and_its_attribution_and_numbered_points_under_a_box_head():
    """A dash and a short line (`——董事长　王某某`, a role and a name) under a paragraph wholly in
    quotation marks attribute it: the paragraph is a quote. Short numbered lines 1., 2., 3. one after
    another with no text under any (a textbook's `学习目标`, `思考题`) are a list's points, not
    headings; and once a heading has come, a short line is no longer the document's title."""
    body = ("加快形成与新质生产力相适应的新型生产关系。生产关系必须与生产力发展要求相适应，发展新质生产力"
            "也需要构建与其相适应的体制和机制，建立高标准市场体系，创新生产要素配置方式。")
    wrapped = [body[i:i + 34] for i in range(0, len(body), 34)]
    quote = ["“坚持以科技创新引领绿色发展，让每一度电都更清洁、", "更高效，是我们培育新质生产力的不懈追求。”"]
    goals = ["1. 理解新质生产力的科学内涵和基本特征", "2. 掌握新质生产力与传统生产力的主要区别",
             "3. 了解发展新质生产力的重点任务和实践路径"]
    lines = ["第五章　发展新质生产力", "学习目标", *goals, "第一节　新质生产力的科学内涵", *wrapped, *quote, "——董事长　王某某",
             "智能制造与数字化转型", *wrapped]
    raw = pdf_lines(lines)
    blocks, removed = clean_file(raw)
    kinds = [(b.kind, b.text_original) for b in blocks]
    assert [kind for kind, _ in kinds[:5]] == ["heading", "heading", "list_item", "list_item", "list_item"]
    assert ("quote", "".join(quote)) in kinds and ("quote_attribution", "——董事长王某某") in kinds
    assert kinds[-2:] == [("heading", "智能制造与数字化转型"), ("paragraph", body)]
    assert coverage_errors(raw, blocks, removed) == []


def test_a_pair_of_running_heads_each_beside_the_page_number_after_notes():
    """A thesis's heads alternate (the chapter's on odd pages, the university's on even ones), each
    beside the page's number and after the page's notes, which end their sentences: neither
    interrupts a sentence, and neither alone is on every page, but together they are: both go, and
    the notes above them end there."""
    body = ("另一方面，政策制定要尊重客观规律、坚持因地制宜，避免一哄而上和不科学的政策干预，适时、适度、"
            "适宜地出台产业政策，防止不符实际的政策出台对产业发展起到相反作用，推动形成新质生产力。")
    leads = ["首先", "其次", "再次", "最后", "此外"]  # no line repeated at the page breaks
    chapter, school = "第三章　新质生产力影响产业升级的理论机制", "某某大学硕士学位论文"
    lines = []
    for page, lead in enumerate(leads, 21):
        text = lead + "，" + body.replace("政策干预", "政策干预①")  # the note's marker
        lines += [chapter if page % 2 else school, str(page), *[text[i:i + 34] for i in range(0, len(text), 34)],
                  f"① 参见《求是》2024年第{page - 10}期。"]
    raw = pdf_lines(lines)
    blocks, removed = clean_file(raw)
    assert sorted(r.text for r in removed if r.kind == "running_header") == sorted([chapter] * 2 + [school] * 2)
    assert [b.text_original for b in blocks if b.kind == "footnote"] == [f"①参见《求是》2024年第{n}期。" for n in range(11, 16)]
    assert (blocks[0].kind, blocks[0].text_original) == ("heading", "第三章新质生产力影响产业升级的理论机制")
    assert coverage_errors(raw, blocks, removed) == []


def test_an_annex_grid_of_words_without_a_numbered_caption_is_a_table():
    """A grid of words one cell per line (pdfminer, PyMuPDF) under its name, with no `表 N` to open
    a table, reads as one heading per line; a heading has text under it, so such a run that reads
    as rows of like columns, as many rows as columns at least, is the table, and its name over it
    the caption. A run of short headings that reads as no table stays headings."""
    body = ("以科技创新推动产业创新，加快发展新质生产力，是推动高质量发展的内在要求和重要着力点，"
            "必须继续做好创新这篇大文章，推动新质生产力加快发展，为经济社会发展注入强劲动力。")
    wrapped = [body[i:i + 34] for i in range(0, len(body), 34)]
    grid = ["措施", "主要內容", "負責部門", "新型工業化資助計劃", "資助生產商在港設立智能生產線", "創新科技署",
            "新型工業化加速計劃", "配對資助策略產業的生產設施", "創新科技署", "創新及科技基金", "支持應用研發及技術轉移項目",
            "創新科技署", "科技人才入境計劃", "便利引進海外及內地科技人才", "入境事務處"]
    raw = pdf_lines([*wrapped * 6, "推動新型工業化的主要支援措施", *grid])  # enough text lines to set the wrap width
    blocks, removed = clean_file(raw)
    assert [b.kind for b in blocks] == ["paragraph"] * 6 + ["caption"] + ["table_row"] * 5
    assert [b.cells for b in blocks[7:9]] == [grid[:3], grid[3:6]]
    assert coverage_errors(raw, blocks, removed) == []
    heads = ["一、总体要求", "二、主要目标", "三、重点任务", "四、保障措施", "五、组织实施", "六、附则"]
    blocks, _ = clean_file(pdf_lines([*wrapped * 6, *heads]))
    assert [b.kind for b in blocks] == ["paragraph"] * 6 + ["heading"] * 6


def test_a_standards_clauses_lettered_items_and_bracketed_source():
    """A standard's clause numbered `4.2` and a space opens a block after a finished sentence though
    no indent marks it; `a)` … `d)` items closed by `；` are a list; `[来源：…]` under a term's
    definition is a source note; a Minguo date alone (`中華民國113年5月`) is a dateline."""
    clause = ("在人类社会的发展进程中，对物质财富和精神满足的追求始终是核心驱动力。随着全球经济的不断发展，"
              "科技创新在推动经济增长和社会进步中的作用日益凸显，成为培育新质生产力的关键所在。")
    wrapped = [clause[i:i + 36] for i in range(0, len(clause), 36)]
    items = ["a)　确定评价对象、评价范围和评价周期；", "b)　采集指标数据并进行标准化处理；", "c)　形成评价报告并提出改进建议。"]
    lines = ["4.1　" + wrapped[0], *wrapped[1:], "4.2　" + wrapped[0], *wrapped[1:], "[来源：GB/T 4754—2017，有修改]",
             "评价宜按以下步骤进行：", *items, "中華民國113年5月"]
    blocks, removed = clean_file(raw := pdf_lines(lines))
    kinds = [(b.kind, b.text_original) for b in blocks]
    assert kinds[:2] == [("paragraph", "4.1" + clause), ("paragraph", "4.2" + clause)]
    assert kinds[2] == ("source_note", "[来源：GB/T 4754—2017，有修改]")
    assert [kind for kind, _ in kinds[4:7]] == ["list_item"] * 3
    assert kinds[-1] == ("dateline", "中華民國113年5月")
    assert coverage_errors(raw, blocks, removed) == []


def test_a_reviews_numbered_running_head_title_byline_and_a_proposals_labels():
    """A journal's running head with numbers of its own and the page's number apart at alternate
    ends (`某某经济评论　2024年第5期 153`, `154 某某经济评论　2024年第5期`) is one header. The title as
    wide as its column, then the authors' names: the names are a byline, and the line over them
    the title. A label alone on its line (`理由：`) under a labelled line (`案由：关于…的提案`) heads
    its part."""
    body = ("2024年4月20日，由编辑部与某某大学经济学院联合主办的学术研讨会在北京举行。来自中国社会科学院和国内多所"
            "高校的60余位专家学者参加了会议，与会专家围绕新质生产力的科学内涵和实践路径进行了深入研讨。")
    wrapped = [body[i:i + 22] for i in range(0, len(body), 22)]
    heads = ["某某经济评论　2024年第5期 153", "154 某某经济评论　2024年第5期", "某某经济评论　2024年第5期 155"]
    title = "“新质生产力与中国式现代化”学术研讨会综述"
    lines = [heads[0], title, "王某某　李某某", *wrapped, *wrapped[:-1], heads[1], *wrapped[-1:], *wrapped[:-2], heads[2],
             *wrapped[-2:]]
    blocks, removed = clean_file(raw := pdf_lines(lines))
    assert sorted(r.text for r in removed if r.kind == "running_header") == sorted(heads)
    assert [(b.kind, b.text_original) for b in blocks[:2]] == [("title", title), ("byline", "王某某李某某")]
    assert coverage_errors(raw, blocks, removed) == []
    proposal = ["案由：关于加快发展新质生产力推动制造业转型升级的提案", "理由：", *wrapped]
    blocks, _ = clean_file(pdf_lines(proposal))
    assert [(b.kind, b.text_original) for b in blocks][1] == ("heading", "理由：")


def test_a_listed_companys_announcement():
    """The stock code line is a byline; the title set over two lines (the company, then `关于…的公告`)
    is one title; the board's statement of truth is boilerplate over all its lines; a paragraph
    ending `如下：` announces the table, whose unit line (no caption over it) is a note and opens
    the table: its rows of values with single spaces (PDFium), losses in brackets, are rows; the
    closing formula `特此公告。` is boilerplate."""
    body = ("为深入贯彻党的二十大和中央金融工作会议精神，落实国务院关于进一步提高上市公司质量的意见要求，"
            "公司结合自身发展战略和经营情况，制定了2024年度提质增效重回报行动方案，具体内容如下。")
    wrapped = [body[i:i + 34] for i in range(0, len(body), 34)]
    statement = ["本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重",
                 "大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"]
    rows = ["项目 2023年度 2022年度 增减变动幅度(%)", "营业收入 186,542.37 152,318.64 22.47",
            "扣除非经常性损益后的净利润 (1,842.56) 6,235.18 不适用", "研发投入 32,874.15 25,613.08 28.35"]
    lines = ["证券代码：688999 证券简称：某某科技 公告编号：2024-008", "某某科技股份有限公司",
             "关于2024年度“提质增效重回报”行动方案的公告", *statement, *wrapped * 3, "公司2023年度主要经营数据如下：",
             "单位：万元 币种：人民币", *rows, *wrapped, "特此公告。"]
    blocks, removed = clean_file(raw := pdf_lines(lines))
    kinds = [(b.kind, b.text_original) for b in blocks]
    assert kinds[:3] == [("byline", "证券代码：688999证券简称：某某科技公告编号：2024-008"),
                         ("title", "某某科技股份有限公司关于2024年度“提质增效重回报”行动方案的公告"),
                         ("boilerplate", "".join(statement))]
    assert ("source_note", "单位：万元币种：人民币") in kinds
    assert [b.cells for b in blocks if b.kind == "table_row"][2] == ["扣除非经常性损益后的净利润", "(1,842.56)", "6,235.18", "不适用"]
    assert [kind for kind, _ in kinds].count("table_row") == 4 and kinds[-1] == ("boilerplate", "特此公告。")
    assert coverage_errors(raw, blocks, removed) == []


def test_a_work_reports_salutation_and_dash_points_and_an_abstracts_keywords():
    """A salutation on its line (`各位代表：`) is a paragraph of the speech, not a label heading;
    points led by `——` and closed by `；` are a list (dash-led paragraphs that end their sentences
    stay paragraphs). In an abstracts booklet, the keywords line ends well short of the width and
    ends its block: the next abstract's title is no more of it."""
    body = ("过去一年，面对复杂严峻的外部环境和艰巨繁重的改革发展稳定任务，全市上下坚持稳中求进工作总基调，"
            "完整准确全面贯彻新发展理念，经济运行持续回升向好，高质量发展迈出坚实步伐。")
    wrapped = [body[i:i + 34] for i in range(0, len(body), 34)]
    points = ["——地区生产总值增长5.5%左右；", "——规模以上工业增加值增长6%左右；", "——居民人均可支配收入增长与经济增长基本同步。"]
    blocks, _ = clean_file(pdf_lines(["各位代表：", *wrapped * 3, "今年经济社会发展的主要预期目标是：", *points, *wrapped]))
    kinds = [(b.kind, b.text_original) for b in blocks]
    assert kinds[0] == ("paragraph", "各位代表：")
    assert [text for kind, text in kinds if kind == "list_item"] == points
    keywords = "关键词：新质生产力；生产力理论；政治经济学"
    lines = ["新质生产力的理论渊源与时代内涵", "王某某", "摘要：" + wrapped[0], *wrapped[1:], keywords,
             "数字经济赋能新质生产力的作用机制研究", "张某某", "摘要：" + wrapped[0], *wrapped[1:], keywords]
    blocks, _ = clean_file(pdf_lines([*wrapped * 3, *lines]))
    assert [b.text_original for b in blocks].count(keywords) == 2
    assert ("heading", "数字经济赋能新质生产力的作用机制研究") in [(b.kind, b.text_original) for b in blocks]


def test_a_printed_wechat_article_and_a_prefaces_roman_page_numbers():
    """A WeChat article printed from a browser: the date in the printed stack over each page (with the
    page's title, address and `N/M`) goes with them, though every page ends a sentence; a photo's
    caption opens with `▲`; the closing `— END —` and `点击“阅读原文”…` are boilerplate and the credits
    `编辑｜…　审核｜…` a byline, no tail of the source note above them. A preface's roman page numbers
    (`ii`) are page numbers, and its signature's `2024年3月于北京` a dateline. A table's bracketed
    value (`[0.65]`, five years' sum) stays in its row: no note reference."""
    body = ("2023年9月，习近平总书记在黑龙江考察调研期间，极具前瞻性地提出发展新质生产力，为新时代新征程推动"
            "高质量发展提供了科学指引。新质生产力是创新起主导作用的先进生产力质态。")
    wrapped = [body[i:i + 36] for i in range(0, len(body), 36)]
    title, address = "因地制宜发展新质生产力，这三点值得关注", "https://mp.weixin.qq.com/s/7mQxK2bN9vR4tY8wZ1aLpA"
    lines = []
    for page, lead in enumerate(["首先", "其次", "再次"], 1):
        text = lead + "，" + body
        lines += ["2024/3/6 10:21", title, address, f"{page}/3", *[text[i:i + 36] for i in range(0, len(text), 36)]]
    lines += ["▲某智能制造示范工厂的自动化生产线。（图源：视觉中国）", *wrapped, "— END —", "来源：某某研究院",
              "编辑｜张某　审核｜李某", "点击“阅读原文”了解更多"]
    blocks, removed = clean_file(raw := pdf_lines(lines))
    assert [r.text for r in removed if r.kind == "running_header"].count("2024/3/6 10:21") == 3
    assert [(b.kind, b.text_original) for b in blocks][-5:] == [
        ("paragraph", body), ("boilerplate", "—END—"), ("source_note", "来源：某某研究院"), ("byline", "编辑｜张某审核｜李某"),
        ("boilerplate", "点击“阅读原文”了解更多")]
    assert ("caption", "▲某智能制造示范工厂的自动化生产线。（图源：视觉中国）") in [(b.kind, b.text_original) for b in blocks]
    assert coverage_errors(raw, blocks, removed) == []
    preface = ["i", "序　言", *wrapped, *wrapped[:-1], "ii", wrapped[-1], "王某某", "2024年3月于北京", "iii"]
    blocks, removed = clean_file(pdf_lines(preface))
    assert [r.text for r in removed if r.kind == "page_number"] == ["i", "ii", "iii"]
    assert (blocks[-1].kind, blocks[-1].text_original) == ("dateline", "2024年3月于北京")
    table = ["表1　主要指标", "指标 2020年 2025年 年均增长", "研发经费投入强度（%） 1.85 2.5 [0.65]",
             "单位GDP能源消耗降低（%） — — [14]", "常住人口城镇化率（%） 52.3 60 [7.7]", *wrapped]
    blocks, _ = clean_file(pdf_lines([*wrapped, *table]))
    assert [b.cells[-1] for b in blocks if b.kind == "table_row"] == ["年均增长", "[0.65]", "[14]", "[7.7]"]


def test_a_transcripts_speaker_labels_and_a_records_procedural_lines_and_head():
    """A press conference's speaker labels, alone on their lines after finished answers
    (`国家发展改革委新闻发言人　李某某：`, `人民日报记者：`), are bylines that open each turn. A
    record's bracketed procedural line (`（會議於下午3時正暫停）`) is boilerplate; its head with the
    page's number at alternate ends, over every page from the first (`5432　立法會 ─ 2024年3月20日`),
    is a running header on three pages."""
    body = ("进一步发展新质生产力，一要以科技创新推动产业创新，特别是以颠覆性技术和前沿技术催生新产业、新模式、"
            "新动能。新一轮科技革命和产业变革深入发展，我们要抓住机遇，推动高质量发展。")
    wrapped = [body[i:i + 34] for i in range(0, len(body), 34)]
    lines = ["国家发展改革委新闻发言人　李某某：", *wrapped, "国家发展改革委副主任　刘某某：", *wrapped, "人民日报记者：",
             "请问在培育壮大新兴产业方面有哪些举措？", "国家发展改革委高技术司司长　张某某：", *wrapped]
    blocks, _ = clean_file(pdf_lines([*wrapped * 3, *lines]))
    kinds = [(b.kind, b.text_original) for b in blocks][3:]
    assert [kind for kind, _ in kinds] == ["byline", "paragraph"] * 4
    assert kinds[4] == ("byline", "人民日报记者：")
    trad = ("主席，習近平主席在新時代推動東北全面振興座談會上提出新質生產力，這一概念為新時代的經濟發展指明方向，"
            "並對香港的產業轉型具有重要的啟示意義。")
    turns = [[text[i:i + 30] for i in range(0, len(text), 30)] for text in (lead + trad for lead in "甲乙丙丁戊")]
    heads = ["5432 立法會 ─ 2024年3月20日", "立法會 ─ 2024年3月20日 5433", "5434 立法會 ─ 2024年3月20日"]
    record = [heads[0], *turns[0], "（會議於下午3時正暫停）", *turns[1], heads[1], *turns[2], *turns[3], heads[2], *turns[4]]
    blocks, removed = clean_file(raw := pdf_lines(record))
    assert sorted(r.text for r in removed if r.kind == "running_header") == sorted(heads)
    assert ("boilerplate", "（會議於下午3時正暫停）") in [(b.kind, b.text_original) for b in blocks]
    assert coverage_errors(raw, blocks, removed) == []


def test_a_yearbook_tables_caption_and_a_section_heading_under_a_table_of_words():
    """A yearbook names its tables by chapter and number (`3-12　…`), over the unit line: a caption,
    and the rows under it are the table's. Under a table of words (rows of a name and a sentence
    of results, no value last), a section's heading (`二、存在的问题`) ends the table: the
    paragraph and the signature after it are no rows."""
    body = ("对照加快发展新质生产力的要求，集团党建引领创新工作还存在一些差距和不足，党建与科研生产融合的深度"
            "还不够，党员在关键核心技术攻关中的先锋模范作用发挥还不够充分。")
    wrapped = [body[i:i + 34] for i in range(0, len(body), 34)]
    yearbook = ["3-12　规模以上工业企业主要指标（2023年）", "单位：亿元", "行业 企业单位数 营业收入 增长（%）",
                "总计 3856 15236.8 4.2", "采矿业 96 612.4 -6.8", "制造业 3628 13781.5 5.1"]
    blocks, _ = clean_file(pdf_lines([*wrapped * 3, *yearbook, *wrapped]))
    kinds = [b.kind for b in blocks]
    assert kinds[3:9] == ["caption", "source_note"] + ["table_row"] * 4 and kinds[-1] == "paragraph"
    report = ["表1　2023年集团党建引领科技创新主要成效", "项目 成效", "研发经费投入 18.6亿元，同比增长15.2%",
              "党员创新工作室 新建12个，累计达到46个", "科技成果转化 转化项目38项，新增产值9.7亿元", "二、存在的问题",
              *wrapped]
    blocks, _ = clean_file(pdf_lines([*wrapped * 3, *report]))
    assert [b.kind for b in blocks][-3:] == ["table_row", "heading", "paragraph"]


@pytest.mark.parametrize("form", ["figure by figure", "row by row", "table of labels and values", "after a subtitle",
                                  "table of labels and values with units"])
def test_key_figures_are_each_a_value_with_its_label(form):
    """A box of key figures, each value printed over its label (`12.6亿元` over `研发投入总额`), is
    a sidebar per figure, whether the extractor gives them figure by figure (the value on its line
    or beside its label) or row by row (the values on one line, the labels on the next). A table of
    a label and a value per row, read one cell per line, stays a table: a label stands before its
    first value. A subtitle over the figures is a label too: there the figures are figures because
    their percentages stand with rates' names (`…比例`) value-then-label, as a table's would
    label-then-value."""
    body = ("过去一年，面对复杂严峻的外部环境和艰巨繁重的改革发展稳定任务，全市上下坚持稳中求进工作总基调，"
            "完整准确全面贯彻新发展理念，经济运行持续回升向好，高质量发展迈出坚实步伐。")
    wrapped = [body[i:i + 34] for i in range(0, len(body), 34)]
    figures = [("12.6亿元", "研发投入总额"), ("8.3%", "研发投入占营业收入比例"), ("1,286项", "累计授权专利"),
               ("35.8%", "可再生能源使用比例")]
    if form == "figure by figure":
        box = ["数说2023", f"{figures[0][0]} {figures[0][1]}",
               *(line for value, label in figures[1:] for line in (value, label))]
    elif form == "row by row":
        box = ["数说2023", "   ".join(v for v, _ in figures[:2]), "  ".join(k for _, k in figures[:2]),
               "   ".join(v for v, _ in figures[2:]), "  ".join(k for _, k in figures[2:])]
    elif form == "after a subtitle":
        box = ["数说2023", "某某集团创新投入简介", *(line for value, label in figures for line in (value, label))]
    elif form == "table of labels and values with units":
        box = ["数说2023", "主要指标", *(line for value, label in figures for line in (label, value))]
    else:
        box = ["指标", "数值", *(line for value, label in figures for line in (label, value.rstrip("%亿元项")))]
    blocks, removed = clean_file(pdf_lines([*wrapped * 2, *box, *wrapped]))
    found = [(b.kind, squeeze(b.text_original)) for b in blocks]
    sidebars = [text for kind, text in found if kind == "sidebar"]
    if form.startswith("table of labels and values"):
        assert sidebars == []
        assert ("table_row", "研发投入总额｜12.6" + ("亿元" if form.endswith("units") else "")) in found
    else:
        assert sidebars == [value + label for value, label in figures]
        assert ("heading", "数说2023") in found
        assert found[-1] == ("paragraph", squeeze(body))


def test_a_chronicles_dates_a_glossarys_terms_and_a_tables_merged_corner_cell():
    """A chronicle's entry date alone on its line (`1月8日`, `是月`: printed beside its entry, set
    above it by the extractor) opens the entry's paragraph; a month alone is its heading. A term
    with its English name over its definition is a heading, however long the name; `人工智能+：`
    labels a point as `专精特新：` does. A spaced-out `前　言` is a heading, not the title. A table's
    first header cell merged down two header rows, set above the column heads, is the first row's."""
    entries = [("1月8日", "高新区召开2024年工作会议，提出以发展新质生产力为主线。"),
               ("1月26日", "高新区管委会印发《关于加快培育未来产业的若干措施》。"),
               ("是月", "高新区启动“专精特新”企业培育三年行动。")]
    blocks = blocks_of(["1月", *(line for entry in entries for line in entry)])
    assert blocks == [("heading", "1月"), *(("paragraph", date + text) for date, text in entries)]

    # lines as wide as BODY's (26 characters)
    definition = ["创新起主导作用，摆脱传统经济增长方式、生产力发展路径，具", "有高科技、高效能、高质量特征。"]
    points = ["专精特新：中小企业具备专业化、精细化特征。", "人工智能+：推动人工智能与各领域融合。", "低空经济：以低空飞行活动为牵引的经济形态。"]
    blocks = blocks_of(["前　言", *BODY, "新质生产力 new quality productive forces", *definition, *points])
    assert blocks[0] == ("heading", "前言")  # its spacing is layout, as the space before the English
    assert ("heading", "新质生产力new quality productive forces") in blocks
    assert ("paragraph", "".join(definition)) in blocks
    assert [text for kind, text in blocks if kind == "list_item"] == points

    table = ["表1　企业面临的主要困难", "主要困难", "全部企业　　制造业企业", "关键技术人才短缺　　612　　58.5",
             "研发投入资金不足　　538　　51.4", "资料来源：课题组问卷调查。"]
    rows = [text for kind, text in blocks_of(table) if kind == "table_row"]
    assert rows[0] == "主要困难｜全部企业｜制造业企业"
    assert len(rows) == 3


def test_a_table_under_its_name_and_unit_line_and_a_wire_storys_time_line_and_page_controls():
    """A table's name without a number over its unit line, column heads in words and rows of values
    (a listed company's report) is a caption over a table: the unit line opens it when heads in words
    and then a row of values follow. A web article's time line with its source
    (`2024-03-05 21:36:18 来源：新华社`) and a press release's time of issue (`香港時間16時30分`) are
    datelines; a printed page's controls (`【纠错】`) and its editors in brackets are boilerplate; a
    middle dot opening a related headline is its bullet."""
    table = ["利润表及现金流量表相关科目变动分析表", "单位：元 币种：人民币", "项目 本期金额 上期金额 变动比例(%)",
             "营业收入 1,234,567,890.12 1,098,765,432.10 12.36", "营业成本 876,543,210.98 801,234,567.89 9.40",
             "研发费用 156,789,012.34 123,456,789.01 27.00"]
    blocks = blocks_of(table)
    assert blocks[0] == ("caption", table[0])
    assert [kind for kind, _ in blocks] == ["caption", "source_note", *["table_row"] * 4]
    assert squeeze(blocks[3][1]) == "营业收入｜1,234,567,890.12｜1,098,765,432.10｜12.36"

    story = ["新质生产力成为两会高频热词", "2024-03-05 21:36:18 来源：新华社", *BODY, "【纠错】", "【责任编辑：孙某某】",
             "· 习近平在参加江苏代表团审议时强调因地制宜发展新质生产力"]
    blocks, _ = clean_file(pdf_lines(story))
    found = [(b.kind, b.text_original) for b in blocks]
    assert found[1] == ("dateline", "2024-03-05 21:36:18来源：新华社")  # a space before Han is layout
    assert found[3:] == [("boilerplate", "【纠错】"), ("byline", "【责任编辑：孙某某】"),
                         ("list_item", "习近平在参加江苏代表团审议时强调因地制宜发展新质生产力")]
    assert ("dateline", "香港時間16時30分") in blocks_of(["2024年3月5日（星期二）", "香港時間16時30分"])


def test_captions_side_by_side_over_their_source_notes_are_read_figure_by_figure():
    """Two figures side by side leave, in a text that keeps the page's rows (pdfplumber, layout
    modes), their captions on one line and their source notes on the next: each caption is a block
    with its source note after it, and the heading after them is no part of either."""
    lines = ["图2 2019—2023年我国新能源汽车产量     图3 2019—2023年我国工业机器人产量",
             "来源：中国汽车工业协会                 来源：国家统计局", "结束语"]
    assert blocks_of(lines) == [("caption", "图2 2019—2023年我国新能源汽车产量"), ("source_note", "来源：中国汽车工业协会"),
                                ("caption", "图3 2019—2023年我国工业机器人产量"), ("source_note", "来源：国家统计局"),
                                ("heading", "结束语")]


def test_a_disclosure_pages_record_and_site_lines_and_a_joint_letters_close_and_signatories():
    """A government information disclosure page printed from a browser: its head (the page's title
    and address) on every page is furniture, its place in the site (`当前位置：…`) and the site's
    footer (`主办：…`, `网站标识码…`) are boilerplate, each row of its record (`索 引 号 …`) is a table
    row, the meta line (`发布日期：2024-03-25 来源：…`) a dateline (as seven of the eight such lines in
    the PDF fixture's gold are; this page's own gold gives a byline). A letter's `此致` / `敬礼！` are
    boilerplate, and its signatories set two to a row are a byline each, as one to a row are."""
    head = "关于印发某某措施的通知 https://www.example.gov.cn/zwgk/content/post_1123456.html"
    record = ["索 引 号 11440300MB2C96781X/2024-00123 分 类 科技、教育；通知",
              "发布机构 某某市人民政府办公厅 成文日期 2024-03-20", "文 号 某府办规〔2024〕3号 发布日期 2024-03-25"]
    pages = [head, "当前位置：首页 > 政府信息公开 > 政策文件", *record, "发布日期：2024-03-25 来源：某某市人民政府办公厅",
             *BODY, "— 1 —", head, *BODY, "— 2 —", head, *BODY, "主办：某某市人民政府办公厅 承办：某某市政务服务数据管理局",
             "网站标识码：4403000001 粤ICP备12345678号", "— 3 —"]
    blocks, removed = clean_file(pdf_lines(pages))
    found = [(b.kind, b.text_original) for b in blocks]
    assert sum(r.text == head for r in removed) == 3
    assert [kind for kind, _ in found[:5]] == ["boilerplate", "table_row", "table_row", "table_row", "dateline"]
    assert [kind for kind, _ in found[-2:]] == ["boilerplate", "boilerplate"]

    letter = ["此致", "敬礼！", "某某市科学技术协会　　某某市科学技术局", "某某市工业和信息化局　　某某市总工会",
              "2024年5月30日"]
    blocks, _ = clean_file(pdf_lines([*BODY, *letter]))
    assert [(b.kind, b.text_original) for b in blocks][1:] == [
        ("boilerplate", "此致"), ("boilerplate", "敬礼！"), ("byline", "某某市科学技术协会"), ("byline", "某某市科学技术局"),
        ("byline", "某某市工业和信息化局"), ("byline", "某某市总工会"), ("dateline", "2024年5月30日")]


def test_a_titles_line_break_inside_a_word_goes_on_in_the_title():
    """A title that runs to the width and goes on in a shorter line whose first word the break cut
    (`…若干措` / `施的通知`) is one title; the tail is no heading, nor a byline of names (施 is a
    surname, but no name holds 的)."""
    title = ["关于印发某某市加快发展新质生产力若干措", "施的通知"]
    blocks, _ = clean_file(pdf_lines([*title, *BODY]))
    assert [(b.kind, b.text_original) for b in blocks][0] == ("title", "".join(title))


def test_the_next_numbered_point_opens_its_block_and_a_transcripts_notes_are_boilerplate():
    """A point numbered after the open one (`4.《…》` under `3.《…》`) opens its block though the line
    above runs to the width without a stop (a list of documents' names); a transcript's note on
    how it was made and a slide marker are boilerplate."""
    docs = ["1.《关于推动未来产业创新发展的实施意见》（工信部联科〔2024〕12号）", "2.《推动大规模设备更新行动方案》（国发〔2024〕7号）",
            "3.《关于加快推动制造业绿色化发展的指导意见》（工信部联节〔2024〕26号）", "4.《某某省加快培育发展新质生产力三年行动方案》"]
    assert [text for kind, text in blocks_of(docs)] == docs
    lines = ["【PPT】", *BODY, "（根据现场速记整理，已经演讲者本人审定）"]
    assert [kind for kind, _ in blocks_of(lines)] == ["boilerplate", "paragraph", "boilerplate"]


def test_a_reply_letters_head_and_a_worksheets_credits_and_blanks():
    """A reply to a deputy's suggestion (GB/T 9704): the issuer's mark over the line of its result
    class and its number (`A类　某科函〔2024〕23号`: a piece each, boilerplate and byline), its title
    over two lines (`关于…会议` / `第…号代表建议的答复`) one title, the deputy addressed by name a
    salutation (a paragraph, no speaker's label), the contact line in brackets boilerplate. A
    worksheet's credits (`主备人：…`) are a byline, its blanks to fill in boilerplate."""
    head = ["某某省科学技术厅", "A类　某科函〔2024〕23号", "关于省十四届人大二次会议", "第1286号代表建议的答复", "王某某代表："]
    blocks, _ = clean_file(pdf_lines([*head, *BODY, "（联系人：赵某某，联系电话：0571-87054321）"]))
    assert [(b.kind, squeeze(b.text_original)) for b in blocks] == [
        ("byline", "某某省科学技术厅"), ("boilerplate", "A类"), ("byline", "某科函〔2024〕23号"),
        ("title", "关于省十四届人大二次会议第1286号代表建议的答复"), ("paragraph", "王某某代表："),
        ("paragraph", squeeze("".join(BODY))), ("boilerplate", "（联系人：赵某某，联系电话：0571-87054321）")]
    sheet = ["主备人：王某某　审核人：李某某　使用时间：2024年4月", "班级：　　　　姓名：　　　　学号：　　　　"]
    assert [kind for kind, _ in blocks_of(sheet)] == ["byline", "boilerplate"]


def test_a_books_details_are_a_record_a_row_each():
    """A review's or catalogue's details of a book, a label spaced out or not and its value a line
    each (`書　名　…`, `出版時間　…`, `ISBN …`), are table rows, one each, as a disclosure page's
    record is; the review's text after them is a paragraph."""
    details = ["書　名　新質生產力：理論邏輯與實踐路徑", "出 版 社 某某人民出版社", "出版時間 2024年5月", "頁 數 368頁",
               "ISBN 978-7-01-026543-2", "定 價 68.00元"]
    assert [kind for kind, _ in blocks_of([*details, *BODY])] == ["table_row"] * 6 + ["paragraph"]


def test_a_transcripts_timestamped_turns_and_its_host_and_guests():
    """A transcript with a timestamp opening each turn (`[00:02:30] 主持人：…？`): each turn is a
    block however short, and a question put in a turn is no subhead; the host and guests named
    before the first turn are bylines, a turn of the host's words (with clauses) is not; the note
    on how the text was made is boilerplate."""
    turns = ["[00:02:30] 主持人：王总，从依赖进口到自主研发，这五年里您觉得最难的是什么？",
             "[00:02:48] 王某某：最难的是人才。我们用五年时间培养了一支两百多人的研发队伍，核心控制器",
             "终于实现了自主可控，产品的附加值也随之提高了。"]
    lines = ["主持人：陈某", "嘉宾：王某某（某某智能装备集团董事长）", *turns, "（本文根据节目录音整理，未经嘉宾本人审阅）"]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [(b.kind, squeeze(b.text_original)) for b in blocks] == [
        ("byline", "主持人：陈某"), ("byline", "嘉宾：王某某（某某智能装备集团董事长）"), ("paragraph", squeeze(turns[0])),
        ("paragraph", squeeze("".join(turns[1:]))), ("boilerplate", "（本文根据节目录音整理，未经嘉宾本人审阅）")]


def test_a_theory_pages_split_page_head_kicker_and_credits():
    """A newspaper's page head that the extractor set on two lines (its date with the weekday, then
    `第7版　理论`) is furniture, both lines; the column's name over the headline (a kicker) is a
    heading and the headline the title, where the byline follows; the author's unit and the page's
    editor in brackets at the end are credits, bylines. A short title over a longer heading with
    text, not a byline, under it stays the title."""
    head = ["某某日报　2024年4月15日　星期一", "第7版　理论"]
    lines = [*head, "理论前沿", "因地制宜发展新质生产力", "——推动我省制造业高质量发展的几点思考", "张某某", *BODY,
             "（作者单位：某某省委党校经济学教研部）", "（本版编辑：李某某）"]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [(b.kind, squeeze(b.text_original)) for b in blocks] == [
        ("heading", "理论前沿"), ("title", "因地制宜发展新质生产力"), ("heading", "——推动我省制造业高质量发展的几点思考"),
        ("byline", "张某某"), ("paragraph", squeeze("".join(BODY))),
        ("byline", "（作者单位：某某省委党校经济学教研部）"), ("byline", "（本版编辑：李某某）")]
    assert [(r.kind, r.text) for r in removed] == [("running_header", text) for text in head]
    blocks, _ = clean_file(pdf_lines(["理论前沿", "因地制宜发展新质生产力", *BODY]))
    assert [b.kind for b in blocks] == ["title", "heading", "paragraph"]


def test_a_lectures_speaker_questions_and_reading_list():
    """A lecture's speaker (`主讲：…`) and a talk's (`某某县人民政府县长　刘某某`) are bylines;
    numbered questions under `思考题`, one a heading's length and the others paragraphs' (a question
    over two lines, one with a task after it), are a list; a reading list's entries keep their
    bracketed numbers, no note references there."""
    questions = ["1. 新质生产力与传统生产力的主要区别是什么？",
                 "2. 为什么说全要素生产率大幅提升是新质生产力的核心标志？请结合增", "长核算的方法加以说明。",
                 "3. 结合你熟悉的一个地区或行业，谈谈如何因地制宜发展新质生产力？"]
    readings = ["[1] 蔡昉：《如何理解和发展新质生产力》，《经济研究》2024年第2期。", "[2] 马克思：《资本论》第一卷，人民出版社2004年版。"]
    lines = ["第五讲　新质生产力与高质量发展", "主讲：某某大学经济学院　周某某", *BODY, "思考题", *questions, "阅读书目", *readings]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks] == ["title", "byline", "paragraph", "heading", *["list_item"] * 3, "heading",
                                        "list_item", "list_item"]
    assert [squeeze(b.text_original) for b in blocks[-2:]] == [squeeze(text) for text in readings]
    assert removed == []
    talk = ["立足县域实际　培育发展新质生产力", "某某县人民政府县长　刘某某", "（2024年6月20日）", *BODY]
    assert [b.kind for b in clean_file(pdf_lines(talk))[0]] == ["title", "byline", "dateline", "paragraph"]


def test_a_running_head_naming_an_institute_and_its_issue_and_a_note_after_a_percent():
    """A running head holding a name a byline holds (`研究會`) and the issue (`2024年第7期`), the file's
    first line and atop each later page over finished text, is furniture: a byline names no issue.
    A note's number right after a percent sign (`上升80.5%3，`) is its marker: no number goes on so."""
    head = "澳門某某研究會　時事評論　2024年第7期"
    lines = [head, "把握新質生產力機遇　推動澳門經濟適度多元", "澳門某某研究會研究員　梁某某", *BODY, "1", head, *BODY, "2",
             head, *BODY, "3"]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks] == ["title", "byline", "paragraph", "paragraph", "paragraph"]
    assert [r.text for r in removed if r.kind == "running_header"] == [head] * 3
    noted = "隨着旅客訪澳恢復，2023年澳門本地生產總值按年實質上升80.5%3，經濟總體回穩向好。"
    blocks, removed = clean_file(pdf_lines([*BODY, noted, "3 資料來源：澳門特別行政區政府統計暨普查局。", "- 1 -", *BODY]))
    assert [(b.kind, b.footnote_refs) for b in blocks] == [("paragraph", []), ("paragraph", ["3"]), ("footnote", []),
                                                          ("paragraph", [])]
    assert blocks[1].text_original == noted.replace("%3", "%")



def test_a_news_roundups_sources_and_a_reflections_subtitle_over_its_byline():
    """A news item's source credited in brackets after its last sentence (`。（来源：某某日报）`) ends
    the item: the next item's headline is a heading, not more of the paragraph. A subtitle opening
    with a dash under the title, too wide for a title's shape, does not run on into the byline under
    it (a committee's office and a name: `…委员会产业发展科　王某某`)."""
    items = ["某某省：出台未来产业先导区建设行动方案", "近日，某某省印发《未来产业先导区建设行动方案》，提出到2027年建设10个左右",
             "省级未来产业先导区，推动新质生产力加快发展。（来源：某某日报）", "某某市：设立200亿元新质生产力发展基金",
             "4月18日，某某市新质生产力发展基金正式设立，基金总规模200亿元，重点投向人工", "智能、生物制造等领域。（来源：某某市融媒体中心）"]
    assert kinds_of(items) == ["heading", "paragraph", "heading", "paragraph"]
    reflection = ["以新质生产力理念推动本职工作提质增效", "——学习习近平总书记关于发展新质生产力重要论述的心得体会",
                  "某某市发展和改革委员会产业发展科　王某某", *BODY]
    blocks, _ = clean_file(pdf_lines(reflection))
    assert [(b.kind, squeeze(b.text_original)) for b in blocks] == [
        ("title", reflection[0]), ("heading", reflection[1]), ("byline", squeeze(reflection[2])),
        ("paragraph", squeeze("".join(BODY)))]


def test_a_written_replys_rule_of_stars_its_salutation_and_a_numbered_paragraph():
    """A rule drawn with one symbol over and over (`＊＊＊…`) is boilerplate, whole (no fake bold's
    doubled glyphs); a Legislative Council reply's `主席：` is a salutation, a paragraph; a numbered
    line that runs full with a clause and a list in it (`…以來，在…深入發展、全球…`) opens a
    paragraph, no heading glued to its text."""
    lines = ["立法會十五題：推動新質生產力發展", "＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊", *BODY, "答覆：", "主席：", *BODY]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [(b.kind, b.text_original) for b in blocks][:2] == [("title", lines[0]), ("boilerplate", lines[1])]
    assert [b.kind for b in blocks[2:]] == ["paragraph", "heading", "paragraph", "paragraph"]
    numbered = ["（二）進入21世紀以來，在新一輪科技革命和產業變革深入發展、全球供應",
                "鏈及產業鏈格局發生根本性改變的新形勢之下，中央對工業化發展作出了新", "論述。"]
    assert kinds_of(numbered) == ["paragraph"]


def test_the_head_of_a_text_of_two_pages_over_each_pages_number():
    """A text of two pages (too few for a running head found by count) whose first line stands again
    at the second page's top, each over its page's number, is headed so: furniture, both; the issuer's
    mark opening a letter and its signature over the date at the end are not (no page's number in
    the same place beside them)."""
    head = "某某智能装备股份有限公司　2023年年度报告"
    lines = [head, "4", "致股东的信", "尊敬的各位股东：", *BODY, head, "5", "规范公司治理，切实维护股东权益", *BODY]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks] == ["title", "paragraph", "paragraph", "heading", "paragraph"]
    assert [(r.kind, r.text) for r in removed] == [("running_header", head), ("page_number", "4"),
                                                   ("running_header", head), ("page_number", "5")]
    letter = ["某某省科学技术厅", "关于某某事项的复函", *BODY, "— 1 —", *BODY, "某某省科学技术厅", "2024年6月18日", "— 2 —"]
    blocks, removed = clean_file(pdf_lines(letter))
    assert "某某省科学技术厅" in [b.text_original for b in blocks]
    assert [r.kind for r in removed] == ["page_number", "page_number"]


def test_one_space_indents_under_headlines_mark_paragraphs_not_pages():
    """pypdf writes a first-line indent as one space, as it writes a page's top line. Paragraphs
    each under a news item's headline, a line short of a full one that ends no sentence, open with
    that space: indents (the headline ended a block), no page tops."""
    item = ["某某市：设立二百亿元新质生产力发展基金推动产业升级",
            " 四月十八日，某某市新质生产力发展基金正式设立，基金总规模二百亿元，重点",
            "投向人工智能、生物制造、低空经济等领域，带动社会资本投入新兴产业和未来产业",
            "发展。"]
    text = "\n".join(item * 5) + "\n"
    assert spaces_are_indents(text)
    assert page_top_offsets(text) == set()


def test_a_work_summarys_title_and_an_editorials_page_code_kicker_and_pull_quote():
    """A department's name over its work document (`2023年工作总结和2024年工作安排`) is one title; a
    numbered heading or a dashed subtitle after a title is none of it. A newspaper's page code
    beside the page's number (`A2 第 1 頁`) is the page's number; a two-character label over the
    headline (`社評`) is a heading, the headline the title; a sentence of the text set again
    between paragraphs, as a heading and the tail of its line, is a pull quote, one block."""
    blocks, _ = clean_file(pdf_lines(["某某市科学技术局", "2023年工作总结和2024年工作安排", *BODY]))
    assert [(b.kind, b.text_original) for b in blocks][0] == ("title", "某某市科学技术局2023年工作总结和2024年工作安排")
    blocks, _ = clean_file(pdf_lines(["某某市科学技术局年度报告", "一、2023年工作总结", *BODY]))
    assert [b.kind for b in blocks] == ["title", "heading", "paragraph"]
    quote = ["發展新質生產力，香港不是旁觀者，而應是積極的參與者和貢", "獻者。"]
    body = ["發展新質生產力，香港不是旁觀者，而應是積極的參與者和貢獻者。香港擁有多所世界",
            "百強的大學，基礎科研實力雄厚，國際化程度高，具備發展新質生產力的獨特優勢。特區",
            "政府近年積極推動創科發展。"]
    lines = ["A2 第 1 頁", "社評", "把握新質生產力機遇　加快香港新型工業化", *BODY, *quote, *body]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [(b.kind, b.text_original[:4]) for b in blocks] == [
        ("heading", "社評"), ("title", "把握新質"), ("paragraph", BODY[0][:4]), ("quote", "發展新質"), ("paragraph", "發展新質")]
    assert blocks[3].text_original == "".join(quote)
    assert [(r.kind, r.text) for r in removed] == [("page_number", "A2 第 1 頁")]


def test_an_authors_note_marked_by_a_sign_and_a_reviewers_credit():
    """An author marked with a sign (`王某某*`) has a note at the page's foot opening with it
    (`* 王某某，…`): a footnote, the sign taken out of the byline as its marker. A case's reviewer
    (`点评专家：…教授李某某`) is a byline."""
    lines = ["发展新质生产力的时代意义", "某某大学校长　王某某*", *BODY, *BODY,
             "* 王某某，某某大学校长、教授，主要从事先进制造与智能装备研究。", "— 3 —", *BODY]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [(b.kind, b.text_original) for b in blocks][:2] == [("title", lines[0]), ("byline", "某某大学校长王某某")]
    footnote = next(b for b in blocks if b.kind == "footnote")
    assert (footnote.footnote_label, footnote.text_original[:4]) == ("*", "*王某某")
    assert blocks[1].footnote_refs == ["*"]
    assert kinds_of(["点评专家：某某大学机械工程学院教授李某某"]) == ["byline"]


def test_a_photos_bracketed_credit_a_head_printed_once_and_a_reports_credits():
    """A photo's caption ends with its credit in brackets (`…。（李某某 摄）`): the next line is no
    more of it. A head that a text prints on one page only (`新质生产力发展指数报告（2024）`, over a
    later page), standing beside the page's number inside a sentence a full line left open, is
    furniture; an address's wrapped tail there (no words) is not. A research report's credits
    (`课题组组长：…　执笔：…`) are a byline."""
    caption = "图为学校智能制造研究院科研团队在实验室调试协作机器人。（李某某 摄）"
    assert kinds_of([caption, *BODY]) == ["caption", "paragraph"]
    head = "新质生产力发展指数报告（2024）"
    page = ["数字化转型推动生产管理向平台化、网络化和生态化转型，提升管理效率。",
            "通过改革提升资源配置效率，打破阻碍要素流动的体制机制，推动了劳动、",
            "资本、土地、技术、数据等要素便捷化流动，让市场要素流向效率更高的、"]
    assert len({display_width(line) for line in page}) == 1  # full lines
    lines = ["一、主要发现", *page, "II", head, "效益更好的环节。", "III"]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks] == ["heading", "paragraph"]
    assert blocks[1].text_original.endswith("效率更高的、效益更好的环节。")
    assert [(r.kind, r.text) for r in removed] == [("page_number", "II"), ("running_header", head), ("page_number", "III")]
    url = ["参见人民网相关报道：http://politics.people.com.cn/BIG5", "/n1/2024/0324/c1004-40202067.html", "3", *BODY, "4"]
    assert not any(r.kind == "running_header" for r in clean_file(pdf_lines(url))[1])
    assert kinds_of(["课题组组长：王某某　执笔：李某某　张某某"]) == ["byline"]


def test_a_forms_rows_read_across_are_table_rows():
    """A form's rows that the extractor read across (label, value, label, value, apart by spaces),
    two or more in a row, are table rows, a row each; one such line alone is not (a newspaper's
    head, `某某日报 2024年3月6日 星期三 第4版`, has the same shape)."""
    form = ["申报单位 某某重工股份有限公司 所在地区 某某省某某市", "所属领域 高端装备制造 推荐单位 某某市工业和信息化局"]
    assert kinds_of([*form, *BODY]) == ["table_row", "table_row", "paragraph"]
    assert "table_row" not in kinds_of([form[0], *BODY])


def test_a_brokerage_notes_heads_analyst_and_certification():
    """A research note of two pages whose head stands atop each page in a stack with the footer
    pointing to its disclaimer over the page's number (`請參閱最後一頁之免責聲明 第 1 頁，共 2 頁`):
    furniture, all of it; the analyst with a licence number in brackets is a byline; the analyst's
    certification at the end (`分析員核證：…`) is boilerplate."""
    head = ["某某國際證券　研究部", "宏觀評論", "請參閱最後一頁之免責聲明", "第 1 頁，共 2 頁"]
    lines = [*head, "兩會定調新質生產力　科技主線料延續", "首席經濟學家　陳某某（證監會中央編號：BPK123）", *BODY, *BODY[:2],
             *head[:3], "第 2 頁，共 2 頁", BODY[2], "分析員核證：本報告的分析員謹此聲明，本報告所表達的觀點準確反映其個人意見。"]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks] == ["title", "byline", "paragraph", "paragraph", "boilerplate"]
    assert squeeze(blocks[3].text_original) == squeeze("".join(BODY))
    assert {r.kind for r in removed} == {"running_header", "page_number"} and len(removed) == 8


def test_a_printed_web_pages_head_its_source_and_time_and_a_papers_jump_lines():
    """A browser's printed head (the date and time, then the page's long title `…_栏目_网站`) and its
    address with `1/2` are furniture on both pages; `来源：…　发布时间：…` under the title is a
    dateline, not a source note. A jump line (`（下转第3版）`) over the next page's head is no part of
    that head (`…星期二 要闻 3`, furniture) but boilerplate."""
    stamp = "2024/5/16 09:42 《某某省加快发展新质生产力行动方案》政策解读_政策解读_某某省发展和改革委员会"
    url = "https://fzggw.example.gov.cn/art/2024/5/15/art_1229563_59012345.html"
    lines = [stamp, f"{url} 1/2", "《某某省加快发展新质生产力行动方案》政策解读", "来源：某某省发展和改革委员会 发布时间：2024-05-15 16:30",
             *BODY[:2], stamp, f"{url} 2/2", BODY[2]]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks] == ["title", "dateline", "paragraph"]
    assert [r.kind for r in removed].count("running_header") >= 2
    page = [*BODY, "（下转第3版）", "某某日报　2024年4月16日　星期二 要闻　3", "（上接第1版）", *BODY]
    blocks, removed = clean_file(pdf_lines(page))
    assert [b.kind for b in blocks] == ["paragraph", "boilerplate", "boilerplate", "paragraph"]
    assert [r.text for r in removed] == ["某某日报　2024年4月16日　星期二 要闻　3"]


def test_a_reports_address_team_and_closing_and_an_english_title_over_its_authors():
    """A report to a standing committee: its team (`县人大常委会调研组`) is a byline, its address to
    the members (`主任、各位副主任、秘书长、各位委员：`) a salutation, a paragraph; its closing formula
    (`以上报告，请予审议。`) after a finished sentence a paragraph of its own. A journal's English title
    after the text ends over its authors' line (`WANG Moumou, LI Moumou`): a title and a byline."""
    lines = ["关于全县加快发展新质生产力情况的调研报告", "县人大常委会调研组", "主任、各位副主任、秘书长、各位委员：", *BODY,
             "以上报告，请予审议。"]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks] == ["title", "byline", "paragraph", "paragraph", "paragraph"]
    assert blocks[-1].text_original == "以上报告，请予审议。"
    english = ["A Review of Research on New Quality Productive Forces", "WANG Moumou, LI Moumou"]
    blocks, _ = clean_file(pdf_lines(["发展新质生产力研究述评", *BODY, *english]))
    assert [(b.kind, b.text_original) for b in blocks][-2:] == [("title", english[0]), ("byline", english[1])]


def test_a_commentarys_site_footer_authors_notes_and_a_working_papers_series():
    """A site's address with the page's bare number after it (`www.….org.hk 1`) is furniture; an
    author's note at the end, a sentence on a person (`陳某某為某某智庫首席研究員，研究範疇…。`), is a
    byline; `本文僅代表作者個人觀點，…` is boilerplate. A working paper's series and number
    (`某某研究院工作论文`, `Working Paper No. 2024-07`) are bylines over its title, and `JEL分类号：…`
    is front matter, a paragraph."""
    site = "www.moumou-thinktank.org.hk 1"
    blocks, removed = clean_file(pdf_lines([*BODY, site, *BODY]))
    assert [(r.kind, r.text) for r in removed] == [("running_header", "www.moumou-thinktank.org.hk"), ("page_number", "1")]
    notes = ["陳某某為某某智庫首席研究員，研究範疇包括創新科技政策及區域經濟。", "本文僅代表作者個人觀點，不代表某某智庫立場。"]
    assert kinds_of(notes) == ["byline", "boilerplate"]
    paper = ["某某研究院工作论文", "Working Paper No. 2024-07", "数据要素赋能新质生产力发展的机制与路径", "王某某　李某某",
             "摘要：" + "".join(BODY), "关键词：新质生产力；数据要素", "JEL分类号：O33；O47；E22"]
    blocks, _ = clean_file(pdf_lines(paper))
    assert [b.kind for b in blocks] == ["byline", "byline", "title", "byline", "paragraph", "paragraph", "paragraph"]


def test_an_attached_documents_title_under_its_label_and_the_label_atop_a_page():
    """An attached document's title set over two lines under its label (`附件` / `2024年全省科技系统`
    / `加快发展新质生产力工作要点`, a subject and a kind) is one title; the label alone atop its page is a
    heading, not a pen name (a byline)."""
    lines = ["关于印发工作要点的通知", *BODY, "某某省科学技术厅", "2024年2月26日", "— 1 —", "\f附件", "2024年全省科技系统",
             "加快发展新质生产力工作要点", *BODY, "— 2 —"]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [(b.kind, squeeze(b.text_original)) for b in blocks][-3:-1] == [
        ("heading", "附件"), ("title", "2024年全省科技系统加快发展新质生产力工作要点")]
    # two headings that name no document's kind stay headings
    blocks, _ = clean_file(pdf_lines([*lines[:6], "\f附件", "重点任务", "分工安排", *BODY]))
    assert [b.kind for b in blocks][-4:-1] == ["heading", "heading", "heading"]


def test_the_other_head_of_an_alternating_pair_printed_on_the_one_page_between():
    """A book's heads alternate: the recto head (`一等奖作品`) on the first and third pages is found
    repeated; the verso head on the page between, printed there alone (the collection's name),
    beside the page's number, is furniture too, inside a sentence that a full line left open or
    after a full line that ended one (the paragraph may run on). Without the third page's head
    nothing alternates, and the line stays text."""
    full = ["数字化转型推动生产管理向平台化、网络化和生态化转型，提升管理效率。",
            "通过改革提升资源配置效率，打破阻碍要素流动的体制机制，推动了劳动、",
            "资本、土地、技术、数据等要素便捷化流动，让市场要素流向效率更高的、"]
    assert len({display_width(line) for line in full}) == 1
    verso = "“新质生产力与青年担当”主题征文获奖作品选编"
    lines = ["一等奖作品", "在科技自立自强中书写青春答卷", *full, "23", verso, "效益更好的环节，", *full, "24", "一等奖作品",
             "效益更好的环节。", "25"]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [r.text for r in removed if r.kind == "running_header"] == ["一等奖作品", verso, "一等奖作品"]
    assert [b.kind for b in blocks] == ["title", "paragraph"]
    finished = [*lines[:5], full[0], "23", verso, *lines[8:]]
    assert [r.text for r in clean_file(pdf_lines(finished))[1] if r.kind == "running_header"] == [
        "一等奖作品", verso, "一等奖作品"]
    unheaded = [*lines[:-3], lines[-2]]
    assert verso in "".join(b.text_original for b in clean_file(pdf_lines(unheaded))[0])


def test_one_space_is_an_indent_where_the_extractor_kept_indents_as_spaces():
    """Where many lines open with two spaces or more (pypdf's layout mode keeps the page's indents),
    a line opening with one space (a subhead set in a little) opens no page."""
    body = "   新质生产力是创新起主导作用，摆脱传统经济增长方式的先进生产力质态。\n"
    text = "标题\n" + body * 6 + " 一、可能影响\n" + body * 6
    assert page_top_offsets(text) == set()
    assert page_top_offsets("标题\n" + body.lstrip() * 12 + " 一、可能影响\n") != set()


def test_a_note_number_lifted_off_a_line_after_a_percent():
    """pdfplumber sets a note's superscript on a line of its own above its line and leaves a space
    where it stood, also after a figure (`成長8.1% ，占…`): a note marker, not a page number."""
    lines = ["從數據來看，2023年中國大陸研究與試驗發展經費支出達3.3萬億元人民幣，較上年", "2",
             "成長8.1% ，占國內生產總值比重為2.64%；高技術製造業增加值則成長2.7%，占規模以", "上工業增加值的15.7%。"]
    assert lifted_marker_lines(split_lines("\n".join(lines))) == {1}
    assert lifted_marker_lines(split_lines("\n".join([lines[0], "2", lines[3]]))) == set()


def test_a_press_conferences_turn_to_questions_and_a_bracketed_disclaimer():
    """A press conference's statement ends with its turn to questions (`下面，我们回答大家的提问。`)
    after a finished sentence on a full line: a paragraph of its own. An author's disclaimer in
    brackets (`（本文內容僅代表作者個人觀點，不代表本院立場。）`) is boilerplate."""
    full = ["通过改革提升资源配置效率，打破阻碍要素流动的体制机制，推动了劳动、",
            "数字化转型推动生产管理向平台化、网络化和生态化转型，提升管理效率。"]
    assert display_width(full[0]) == display_width(full[1])
    blocks, _ = clean_file(pdf_lines(["各位记者朋友：", *BODY, *full, "下面，我们回答大家的提问。"]))
    assert [b.text_original for b in blocks][-1] == "下面，我们回答大家的提问。"
    assert kinds_of(["（本文內容僅代表作者個人觀點，不代表本院立場。）"]) == ["boilerplate"]


def test_a_summary_in_a_box_of_its_own_measure_is_a_sidebar():
    """A summary under its label (`摘要`) whose lines wrap wider than the text's (the box's smaller
    type) is a sidebar; one wrapped at the text's width is an abstract set as the text: paragraphs."""
    words = ("中共中央總書記習近平赴黑龍江考察時，首次提出新質生產力，其後在中央經濟工作會議及全國人大會議中多次重申，"
             "成為中國大陸經濟政策的核心論述之一，相關政策陸續出台，並透過科技創新、產業升級及未來產業布局等措施，加以推動")
    text, box = (set_at(words[:2 * chars + 9] + "。", chars) for chars in (30, 34))  # two full lines and a short one
    assert display_width(box[0]) - display_width(text[0]) == 8
    head = ["中國大陸推動「新質生產力」之政策意涵", "陳某某　第一研究所副研究員", "摘要"]
    kinds = [b.kind for b in clean_file(pdf_lines([*head, *box, "壹、前言", *text * 3]))[0]]
    assert kinds == ["title", "byline", "heading", "sidebar", "heading", "paragraph", "paragraph", "paragraph"]
    plain = [b.kind for b in clean_file(pdf_lines([*head, *text, "壹、前言", *text * 3]))[0]]
    assert plain == ["title", "byline", "heading", "paragraph", "heading", "paragraph", "paragraph", "paragraph"]


def set_at(text: str, chars: int = 30) -> list[str]:
    """The text set at a measure of `chars` characters (all of them wide), its last line short."""
    return [text[i:i + chars] for i in range(0, len(text), chars)]


PAGE_TEXT = ("新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径，具有高科技、高效能、高质量特征，"
             "符合新发展理念的先进生产力质态。它由技术革命性突破、生产要素创新性配置、产业深度转型升级而催生，"
             "以劳动者、劳动资料、劳动对象及其优化组合的跃升为基本内涵，以全要素生产率大幅提升为核心标志。")


def test_a_numbered_paragraph_that_opens_a_quotation_or_a_colons_gloss_runs_on():
    """A numbered line that runs past the measure (its number hung in the margin) and opens a
    quotation it does not close (`59. …重申「堅持創新是` / `第一動力，…`) or holds a clause and a colon's
    gloss (`2.3 可以說，…的意義：除了其`) is a numbered paragraph's first line, not a heading whose
    tail the extractor glued to the text below."""
    rest = set_at(PAGE_TEXT)
    for first in ("59. 此外，國務院副總理丁薛祥赴深圳考察創科發展時重申「堅持創新是",
                  "2.3 可以說，加快傳統產業的中小企業創新發展具有三個層面的意義：除了其"):
        assert display_width(first) > display_width(rest[0])
        assert kinds_of([first, *rest]) == ["paragraph"], first
    assert kinds_of(["59. 國務院副總理丁薛祥赴深圳考察創科發展時重申了創新發展的要求", *rest])[0] == "heading"


def test_a_reprints_source_a_party_schools_department_and_a_chambers_head_are_bylines():
    """Where a reprinted piece first appeared (`（原载《人民日报》2024年3月5日）`, `（摘编自…）`) is a
    credit, a byline, not a stage direction; so are an author under a party school's department
    (`中共某某省委党校经济学教研部张某某`) and a chamber's head (`會長　何某某`)."""
    assert kinds_of(["（原载《人民日报》2024年3月5日）"]) == ["byline"]
    assert kinds_of(["（摘编自《经济日报》2024年4月2日）"]) == ["byline"]
    assert kinds_of(["（會議於下午3時正暫停）"]) == ["boilerplate"]
    assert kinds_of(["中共某某省委党校经济学教研部张某某"]) == ["byline"]
    assert kinds_of(["會長　何某某"]) == ["byline"]


def test_a_letters_head_addressee_reference_date_and_subject_title():
    """A submission's head: the body's name in English under its Chinese name (a byline), the
    addressee (`致：…`, a paragraph, no title), the reference (`本會檔號：…`, a byline) and the date
    after its label (a dateline); the line naming its subject and kind (`就《…》公眾諮詢提交的意見書`)
    is the title, though the addressee came first."""
    head = ["香港某某總商會", "The Hong Kong Moumou General Chamber of Commerce", "致：創新科技及工業局",
            "本會檔號：HKMGCC/POL/2024/031", "日期：2024年8月30日", "就《新型工業化發展藍圖》諮詢提交的意見書", "1. 引言"]
    blocks, _ = clean_file(pdf_lines([*head, *set_at(PAGE_TEXT)]))
    assert [b.kind for b in blocks] == ["byline", "byline", "paragraph", "byline", "dateline", "title", "heading",
                                        "paragraph"]


def test_a_note_number_after_a_works_title():
    """A note's number right after a work's closing bracket, before the next word (`《…藍圖》3互相配合`),
    is its marker; a count after the bracket (`《措施》3条`) is text."""
    text = ["4.1 本會支持政府推動新型工業化，並期望《藍圖》能與《香港創新科技發展藍圖》3互相配合。",
            "3 創新科技及工業局，《香港創新科技發展藍圖》，2022年12月。"]
    blocks, removed = clean_file(pdf_lines([*BODY, *text]))
    assert "藍圖》互相配合" in squeeze(blocks[1].text_original) and ("footnote_marker", "3") in [
        (r.kind, r.text) for r in removed]
    blocks, removed = clean_file(pdf_lines([*BODY, text[0].replace("3互相配合", "3条互相配合"), text[1]]))
    assert "footnote_marker" not in [r.kind for r in removed]


def test_a_two_page_texts_footers_and_its_heads_stack():
    """A text of two pages: a footer over each page's number, the last closing the file
    (`请阅读正文之后的免责声明` / `1`), is furniture; so is a footer carrying the number (`… 1` / `… 2`), the
    first opening the file's stack or the last closing the file; and a head in the stack that opens
    the file, under lines that stand over it on the other page too (pypdf's `某某银行研究院` /
    `首席经济学家周评　2024年第13期` / …)."""
    page1, page2 = set_at(PAGE_TEXT[:100]), set_at(PAGE_TEXT[100:])
    foot = "请阅读正文之后的免责声明"
    closing = ["3月PMI重回扩张区间", *page1, foot, "1", *page2, foot, "2"]
    assert [r.text for r in clean_file(pdf_lines(closing))[1]] == [foot, "1", foot, "2"]
    numbered = ["3月PMI重回扩张区间", *page1, f"{foot} 1", *page2, f"{foot} 2"]
    blocks, removed = clean_file(pdf_lines(numbered))
    assert not any(foot in b.text_original for b in blocks) and len(removed) == 2
    stack = ["某某银行研究院", "首席经济学家周评　2024年第13期", foot, "1"]
    lines = [*stack, "3月PMI重回扩张区间", *page1, *stack[:3], "2", *page2]
    blocks, removed = clean_file(pdf_lines(lines))
    assert blocks[0].kind == "title" and blocks[0].text_original == "3月PMI重回扩张区间"
    assert sorted(r.text for r in removed if r.kind == "running_header") == sorted(stack[:3] * 2)


def test_a_footer_naming_its_pages_number_and_a_hanging_section_number():
    """A footer with its page's number in words at its end (`香港某某總商會意見書　第1頁`) on three pages is
    furniture. A section's decimal number alone on its line (`1.1`, PyMuPDF setting a hanging number
    apart), in a run of them going on one from another, opens the paragraph on the next line; a
    table's value alone (`17.62`) does not."""
    foot = "香港某某總商會意見書　第{}頁"
    pages = [set_at(PAGE_TEXT[i:i + 60]) for i in range(0, 180, 60)]
    lines = ["意見書", *pages[0], foot.format(1), *pages[1], foot.format(2), *pages[2], foot.format(3)]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [r.text for r in removed] == [foot.format(n) for n in (1, 2, 3)]
    hanging = ["1.1", "本會成立於1957年，現有會員企業逾3,000家。", "1.2", "本會歡迎政府就《藍圖》諮詢公眾。", "2.1",
               "並樂意提出以下意見。"]
    assert [squeeze(b.text_original)[:3] for b in clean_file(pdf_lines(hanging))[0]] == ["1.1", "1.2", "2.1"]
    values = clean_file(pdf_lines(["17.62", "单位：万元", "28.35"]))[0]
    assert not any(b.text_original.startswith("17.62") and len(b.text_original) > 5 for b in values)


def test_a_head_in_latin_letters_and_a_title_that_repeats_the_head():
    """A head may be long in Latin letters: the bureau's Portuguese name under its Chinese one
    (`Direcção dos Serviços de Economia e Desenvolvimento Tecnológico`, 60 letters, as wide as 30
    Chinese characters) repeats over every page, furniture like the Chinese. Where the title
    repeats the head a few lines under it, past the page's number, it is the title, not the head
    again."""
    pages = [set_at((PAGE_TEXT * 2)[i:i + 80], 40) for i in range(0, 240, 80)]  # lines 80 units wide
    head = ["經濟及科技發展局", "Direcção dos Serviços de Economia e Desenvolvimento Tecnológico"]
    lines = [*head, "第三章　推動經濟適度多元發展", *pages[0], "17", *head, *pages[1], "18", *head, *pages[2], "19"]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [r.text for r in removed if r.kind == "running_header"] == head * 3
    title = "「新質生產力」專項資助計劃申請指引"
    lines = [head[0], title, "第 1 頁／共 3 頁", title, *pages[0], head[0], title, "第 2 頁／共 3 頁", *pages[1], head[0], title,
             "第 3 頁／共 3 頁", *pages[2]]
    blocks, _ = clean_file(pdf_lines(lines))
    assert (blocks[0].kind, blocks[0].text_original) == ("title", title)


def test_a_signature_after_an_address_is_no_head_and_a_reports_small_print():
    """The issuer's name opening a call for papers and signing it after its contact lines (the
    last, an e-mail address, ends no sentence but leaves none open) is no running head: a byline.
    A report's analysts with their licence numbers are a byline, its contact lines and rating key
    boilerplate; its disclaimer in small type, wider than the text's lines, is one block over its
    sentences."""
    lines = ["某某大学经济学会", "关于举办学术论坛的征文通知", *set_at(PAGE_TEXT[:90]), "1", *set_at(PAGE_TEXT[90:]),
             "联系电话：027-8765 4321", "电子邮箱：nqpforum@example.edu.cn", "某某大学经济学会", "2024年6月10日", "2"]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks][-4:] == ["boilerplate", "boilerplate", "byline", "dateline"]
    assert kinds_of(["分析师：王某某（S0000520070001）李某某（S0000522030002）"]) == ["byline"]
    assert kinds_of(["投资评级说明：以报告发布日后6个月内行业指数相对同期沪深300指数的涨跌幅为基准。"]) == ["boilerplate"]
    small = ["免责声明：本报告仅供某某证券股份有限公司的客户使用，本公司不会因接收人收到本报告而视其为客户。",
             "本报告所载资料来源于公开信息，本公司对其准确性和完整性不作任何保证，所载观点仅反映本公司于发布",
             "报告当日的判断。"]
    assert display_width(small[0]) == display_width(small[1]) > display_width(set_at(PAGE_TEXT)[0]) + 5
    blocks, _ = clean_file(pdf_lines([*set_at(PAGE_TEXT), *small]))
    assert [b.kind for b in blocks] == ["paragraph", "boilerplate"]


def test_a_head_on_every_page_but_the_opening_one_and_an_issuers_paper():
    """A paper's head on every page but its opening one (which prints the masthead instead), as far
    from each page's number (`立法院法制局　議題研析` over pages 2 and 3), is furniture. The issuing
    office's name as the first line over the paper's series, number and date is a byline, the
    longest heading under them the title; `（本議題研析僅供…參考，不代表本院立場。）` is boilerplate."""
    sentences = [*PAGE_TEXT.split("。")[:2], "发展新质生产力是推动高质量发展的内在要求和重要着力点，需要从理论和实践两个方面把握其内涵"]
    pages = [set_at(f"{sentence}。{sentence}。", 40) for sentence in sentences]  # pages of 4 lines, a sentence ended
    head = "立法院法制局　議題研析"
    opening = ["立法院法制局", "議題研析", "編號：R01567", "日期：中華民國113年6月14日",
               "中國大陸推動「新質生產力」對我國產業之影響及因應", "壹、前言"]
    lines = [*opening, *pages[0], "- 1 -", head, *pages[1], "- 2 -", head, *pages[2], "- 3 -"]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [r.text for r in removed if r.kind == "running_header"] == [head, head]
    assert [b.kind for b in blocks][:6] == ["byline", "heading", "byline", "dateline", "title", "heading"]
    assert kinds_of(["（本議題研析僅供立法委員問政參考，不代表本院立場。）"]) == ["boilerplate"]


def test_a_study_pages_compiler_kicker_and_article_titles():
    """A study page's issue and compiler (`2024年第5期　中共某某区委宣传部编　2024年3月18日`) and a digest's
    compiler (`某某市社会科学院科研处编　2024年4月`) are bylines, not datelines, though they hold dates; a
    kicker naming the pieces after a role word (`…人民日报评论员文章选登`) is no byline; an article's
    short title over its dashed subtitle is a heading, not a narrow column's line."""
    lines = ["学习园地", "2024年第5期　中共某某区委宣传部编　2024年3月18日", "学习贯彻全国两会精神　人民日报评论员文章选登",
             "牢牢把握高质量发展这个首要任务", "——一论学习贯彻全国两会精神", "本报评论员", *set_at(PAGE_TEXT)]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks][:6] == ["title", "byline", "heading", "heading", "heading", "byline"]
    assert kinds_of(["某某市社会科学院科研处编　2024年4月"]) == ["byline"]
    assert kinds_of(["第二编"]) != ["byline"]


def test_a_table_given_header_row_first_then_column_by_column():
    """pdfminer may give a table's header row first, then its first column's labels, then each
    column's values (`行业` `同比增长（%）` `占比（%）`, then the industries, then the growths, then the
    shares): table rows again, a label with its values each; a lead-in line ending with a colon
    over it is no header."""
    cells = ["行业", "同比增长（%）", "占比（%）", "高技术制造业", "医药制造业", "电子及通信设备制造业", "11.3", "4.2", "14.9",
             "100.0", "18.2", "52.3"]
    blocks, _ = clean_file(pdf_lines([*BODY, *cells, *BODY]))
    rows = [b.cells for b in blocks if b.kind == "table_row"]
    assert [[c.strip() for c in row] for row in rows] == [["行业", "同比增长（%）", "占比（%）"], ["高技术制造业", "11.3", "100.0"],
                                                          ["医药制造业", "4.2", "18.2"], ["电子及通信设备制造业", "14.9", "52.3"]]


def test_a_chairmans_signature_and_a_reports_labels_and_small_print():
    """A chairman's signature (`主席　陳某某`) is a byline, the chairman's report (`主席報告`) named after
    the role no byline; a report's dated label (`报告日期：2024年5月10日`) is a dateline; a journal's
    disclaimer (`（本刊所载内容仅代表作者个人观点，…）`), its rating key (`行业评级说明：…`) and an important
    notice (`重要声明：…`) are boilerplate."""
    assert kinds_of(["主席　陳某某"]) == ["byline"]
    assert kinds_of(["主席報告"]) != ["byline"]
    assert kinds_of(["报告日期：2024年5月10日"]) == ["dateline"]
    assert kinds_of(["（本刊所载内容仅代表作者个人观点，不代表本院立场。）", "行业评级说明：以报告发布日后6个月内行业指数的涨跌幅为基准。",
                     "重要声明：本报告仅供某某证券股份有限公司的客户使用。"]) == ["boilerplate"] * 3


def test_a_newsletters_contents_box_issue_line_and_running_head():
    """A newsletter's contents box (`本期要目`) whose entries repeat the items' titles, their pages
    beside or under them, is furniture, its page numbers no pages' numbers; the issue line
    (`2024年第6期（总第158期）`) is a byline; the masthead with the issue at a later page's edge
    (`机械工业信息　2024年第6期`) is a head, though the text before it ends with an item's source;
    that source credit in brackets ends its item before the next page's heading."""
    titles = ["协会召开七届三次理事会议", "全省机械工业经济运行平稳向好", "专题培训班在某某举办"]
    sources = ["（来源：协会秘书处）", "（来源：协会行业发展部）", "（来源：协会培训中心）"]
    head = "机械工业信息　2024年第6期"
    lines = ["— 1 —", "机械工业信息", "2024年第6期（总第158期）", "某某省机械工业协会秘书处编　2024年6月28日",
             "本期要目", titles[0], "1", titles[1], "1", titles[2], "2",
             titles[0], *set_at(PAGE_TEXT), sources[0], titles[1], *set_at(PAGE_TEXT), sources[1],
             head, "— 2 —", titles[2], *set_at(PAGE_TEXT), sources[2]]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [r.text for r in removed if r.kind == "table_of_contents"] == ["本期要目", titles[0], "1", titles[1], "1", titles[2], "2"]
    assert [r.text for r in removed if r.kind == "running_header"] == [head]
    assert [(b.kind, squeeze(b.text_original)) for b in blocks if b.kind != "paragraph"] == [
        ("title", "机械工业信息"), ("byline", "2024年第6期（总第158期）"), ("byline", "某某省机械工业协会秘书处编2024年6月28日"),
        *[pair for title, source in zip(titles, sources) for pair in (("heading", title), ("source_note", source))]]


def test_a_newspaper_pages_split_head_and_a_slogan_over_a_subtitled_headline():
    """A newspaper page's head set on two lines, the paper's date and weekday over the page's
    section and number (`理论　9`), is furniture; a slogan over a headline with a dash subtitle and a
    byline (`深入学习贯彻习近平经济思想` / `以新质生产力推动高质量发展` / `——…`) is a kicker, however long:
    the headline is the title."""
    head = ["某某日报　2024年7月15日　星期一", "理论　9"]
    lines = [*head, "深入学习贯彻习近平经济思想", "以新质生产力推动高质量发展", "——深入学习贯彻习近平总书记关于发展新质生产力的重要论述",
             "某某大学经济学院教授　王某某", *set_at(PAGE_TEXT[:120]), *head, *set_at(PAGE_TEXT[120:])]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [r.text for r in removed if r.kind == "running_header"] == head * 2
    assert [b.kind for b in blocks] == ["heading", "title", "heading", "byline", "paragraph"]


def test_a_series_line_and_footers_over_all_pages_but_a_last_table_page():
    """A series' number line (`政策研究系列　第12號　2024年7月`) is a byline and the heading under it
    the title; a two-line footer as far over each page's number on every page but the last, which
    holds only a table (its number then stands right before the file's end), is furniture."""
    footer = ["香港某某商會", "政策研究系列　第12號"]
    sentences = [sentence + "。" for sentence in PAGE_TEXT.split("。")[:2]]
    lines = ["- 1 -", "政策研究系列　第12號　2024年7月", "發展新質生產力　推動香港新型工業化", "香港某某商會政策研究部", "一、背景",
             *set_at(sentences[0] * 2), *footer, "- 2 -", *set_at(sentences[1] * 2), *footer, "- 3 -",
             "附表一：香港創新科技主要指標", "資料來源：政府統計處。"]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [r.text for r in removed if r.kind == "running_header"] == footer * 2
    assert [b.kind for b in blocks][:4] == ["byline", "title", "byline", "heading"]


def test_a_browsers_printed_pages_with_a_site_title_and_a_glued_page_count():
    """A browser's printed head, its date and time, the page's title with the site's name after one
    `_` (as wide as a line of text) and the address, stacked over the page's count (`1/2`), is
    furniture on both pages; so is the address with the count glued to it (`….html1/2`). A site's
    footer naming who runs it (`主办单位：…`) is boilerplate."""
    site_title = "《某某市促进新质生产力发展若干政策措施》政策解读_某某市发展和改革委员会"
    address = "https://fgw.example.gov.cn/art/2024/6/21/art_1583_4567890.html"
    opening = ["《某某市促进新质生产力发展若干政策措施》政策解读", "来源：某某市发展和改革委员会　发布时间：2024-06-21 09:30"]
    stack = ["2024/6/24 14:08", site_title, address]
    lines = [*stack, "1/2", *opening, *set_at(PAGE_TEXT[:120]), *stack, "2/2", *set_at(PAGE_TEXT[120:])]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [r.text for r in removed if r.kind == "running_header"] == stack * 2
    assert [b.kind for b in blocks] == ["title", "dateline", "paragraph"]
    glued = [f"2024/6/24 14:08{site_title}", *opening, *set_at(PAGE_TEXT[:120]), f"{address}1/2",
             f"2024/6/24 14:08{site_title}", *set_at(PAGE_TEXT[120:]), f"{address}2/2"]
    blocks, removed = clean_file(pdf_lines(glued))
    assert [r.text for r in removed if r.kind == "page_number"] == ["1/2", "2/2"]
    assert [b.kind for b in blocks] == ["title", "dateline", "paragraph"]
    blocks, _ = clean_file(pdf_lines([*set_at(PAGE_TEXT), "主办单位：某某市发展和改革委员会　承办单位：某某市大数据管理中心"]))
    assert [b.kind for b in blocks] == ["paragraph", "boilerplate"]


def test_a_contents_page_with_leaders_and_its_pages_in_a_column():
    """A thesis' contents page under `目次`: entries with dot leaders (`.`, or PyMuPDF's `⋯`) whose
    page numbers (Roman for the front matter) pdfminer gives in a column after them all, or PyMuPDF
    each under its entry, are furniture; the contents page's own number after that column is the
    page's (no entry lacks it), and the chapter's heading under it is read."""
    entries = ["摘要 ........................................", "目次 ........................................",
               "第一章　緒論 ..................................", "第一節　研究背景與動機 ........................"]
    pages = ["i", "ii", "1", "1"]
    opening = ["第一章　緒論", "第一節　研究背景與動機", *set_at(PAGE_TEXT)]
    midline = [entry.split()[0] + "⋯" * 16 for entry in entries]  # PyMuPDF's leaders
    for box in ([*entries, *pages], [line for pair in zip(entries, pages) for line in pair],
                [line for pair in zip(midline, pages) for line in pair]):
        blocks, removed = clean_file(pdf_lines(["目次", *box, "ii", *opening]))
        assert [r.text for r in removed if r.kind == "table_of_contents"] == ["目次", *box]
        assert [r.text for r in removed if r.kind == "page_number"] == ["ii"]
        assert [b.kind for b in blocks] == ["heading", "heading", "paragraph"]


def test_a_photos_caption_ending_with_its_credit_and_a_headline_over_a_byline():
    """A line that ends with a photographer's credit in brackets (`…工人正在调试工业机器人。（本报记者
    吴某某 摄）`) is a photo's caption, not a paragraph running into the subhead under it; a headline
    under a kicker, over a reporter's byline as wide (`本报记者 周某某 吴某某`, extracted with plain
    spaces), is no narrow column's line."""
    lines = ["走基层 看转型", "老工业基地闯出转型新路", "本报记者 周某某 吴某某", *set_at(PAGE_TEXT),
             "某某经开区一家企业的数字化车间内，工人正在调试工业机器人。（本报记者　吴某某　摄）", "从“制造”到“智造”", *set_at(PAGE_TEXT)]
    blocks, _ = clean_file(pdf_lines(lines))
    # (the kicker over the headline reads as the title: a kicker is known only when at most half as long)
    assert [(b.kind, squeeze(b.text_original)) for b in blocks[1:3]] == [("heading", lines[1]), ("byline", squeeze(lines[2]))]
    assert [b.kind for b in blocks[3:]] == ["paragraph", "caption", "heading", "paragraph"]


def test_square_bulleted_heads_and_a_bulleted_points_short_last_line():
    """A short title after a square alone (`■ 园区概况`: no line beside it under a square) over a
    full line of text or over points under another bullet is a section's head; a bulleted point
    whose line stops well short of the width over a full line of text ends there (`● 配套完善：…一应
    俱全` over a paragraph); a ticked box (`√特定对象调研`) is no head."""
    points = ["● 交通便捷：距国际机场30分钟车程，距高铁站15分钟车程", "● 配套完善：水、电、气、通信等基础设施一应俱全"]
    lines = ["某某高新技术产业开发区", "■ 园区概况", *set_at(PAGE_TEXT), "■ 区位优势", *points, *set_at(PAGE_TEXT)]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks] == ["title", "heading", "paragraph", "heading", "list_item", "list_item", "paragraph"]
    blocks, _ = clean_file(pdf_lines([*set_at(PAGE_TEXT), "√特定对象调研", *set_at(PAGE_TEXT)]))
    assert "heading" not in [b.kind for b in blocks]


def test_a_blue_book_chapters_code_notes_by_page_and_running_heads():
    """A blue book's chapter: its code over the title (`B.3`) is a heading, the title the title; under
    the author's starred note, `①` opens the numbered notes; notes numbered from `①` on each page
    are notes where the text lost its markers (PDFium); the book's name with its year over the next
    page's number and the chapter's title again over the last page's, after the page's notes,
    inside a sentence the text left open, are running heads."""
    title = "某某省新质生产力发展形势分析与展望"
    book = "某某省经济社会发展报告（2024）"
    # one paragraph over three pages, cut mid-sentence at each page break
    pages = [set_at(PAGE_TEXT[:80], 40), set_at(PAGE_TEXT[80:120], 40), set_at(PAGE_TEXT[120:], 40)]
    notes = [["* 王某某，某某省社会科学院经济研究所研究员。", "① 某某省科学技术厅：《2023年某某省科技经费投入统计公报》，2024年9月。"],
             ["① 某某省统计局：《2023年某某省国民经济和社会发展统计公报》，2024年3月。"],
             ["① 某某省人民政府：《关于加快发展新质生产力的实施意见》，2024年4月。"]]
    lines = ["45", "B.3", title, "王某某　李某某*", *pages[0], *notes[0], book, "46", *pages[1], *notes[1], title, "47",
             *pages[2], *notes[2]]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [r.text for r in removed if r.kind == "running_header"] == [book, title]
    assert [b.kind for b in blocks][:3] == ["heading", "title", "byline"]
    assert [squeeze(b.text_original) for b in blocks if b.kind == "footnote"] == [squeeze(note) for page in notes for note in page]


def test_a_press_releases_label_dates_office_and_contact():
    """A press release's label (`行政院新聞稿`) is a heading over its date and office lines and the
    title; its date after the label (`發布日期：113年3月14日`, a Minguo year) a dateline, its
    office (`發布單位：…`) a byline, its contact (`新聞聯絡人：…`) boilerplate."""
    lines = ["行政院新聞稿", "發布日期：113年3月14日", "發布單位：行政院發言人辦公室", "院會聽取產業創新轉型推動方案報告",
             *set_at(PAGE_TEXT), "新聞聯絡人：某某某　電話：(02)3356-6500"]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks] == ["heading", "dateline", "byline", "title", "paragraph", "boilerplate"]


def test_a_bulletins_table_note_explanatory_notes_and_distribution_lines():
    """A bulletin's note under its table (`注：…`) is a footnote, not a source; its explanatory
    notes under `附注：` are a heading and notes, and the number of the table's caption (`表1　…`) is
    the table's, no marker of note 1; an official paper's distribution lines at its foot (`报送：…`,
    `分送：…`) are boilerplate."""
    caption = "表1　2023年某某市科技活动主要指标"
    rows = ["指标　数值　比上年增长（%）", "研究与试验发展经费支出（亿元）　386.5　11.2", "高新技术企业（家）　5120　14.6"]
    notes = ["1. 本公报中部分数据为初步统计数。", "2. 研究与试验发展经费投入强度为其与地区生产总值之比。"]
    lines = [*set_at(PAGE_TEXT), caption, *rows, "注：研究与试验发展经费支出为快报数。", "资料来源：某某市统计局。",
             *set_at(PAGE_TEXT), "附注：", *notes]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [(b.kind, squeeze(b.text_original)) for b in blocks if b.kind not in ("paragraph", "table_row")] == [
        ("caption", squeeze(caption)), ("footnote", "注：研究与试验发展经费支出为快报数。"), ("source_note", "资料来源：某某市统计局。"),
        ("heading", "附注："), *(("footnote", squeeze(note)) for note in notes)]
    assert "footnote_marker" not in {r.kind for r in removed}
    blocks, _ = clean_file(pdf_lines([*set_at(PAGE_TEXT), "报送：市委办公室，市委宣传部。", "分送：区委常委，区人大常委会。"]))
    assert [b.kind for b in blocks] == ["paragraph", "boilerplate", "boilerplate"]


def test_an_event_summarys_english_title_time_place_and_a_deputys_credits():
    """An event's English name over its Chinese title, as the file's first line, is a title, and the
    Chinese title under it too; its time and place after their labels (`時間：…`, `地點：…`) are
    datelines. A deputy's posts listed with a comma and a name after the last (`省人大代表，某某市委
    副书记、市长 张某某`) are a byline, but not a sentence cut by a column that names a post
    (`無獨有偶，國家工信部部長金壯龍`); a reporter's credit in brackets (`（本报记者 李某某 整理）`) is
    a byline, no stage direction."""
    lines = ["Taiwan Economic Outlook Forum 2024: AI and Industrial Transformation", "2024臺灣經濟展望論壇活動紀要",
             "時間：2024年5月16日（星期四）下午2時至5時", "地點：某某政策研究基金會國際會議廳（臺北市中正區）", "一、活動緣起", *set_at(PAGE_TEXT)]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks] == ["title", "title", "dateline", "dateline", "heading", "paragraph"]
    assert kinds_of(["省人大代表，某某市委副书记、市长 张某某"]) == ["byline"]
    assert kinds_of(["無獨有偶，國家工信部部長金壯龍"]) != ["byline"]
    blocks, _ = clean_file(pdf_lines([*set_at(PAGE_TEXT), "（本报记者 李某某 王某某 整理）"]))
    assert [b.kind for b in blocks] == ["paragraph", "byline"]


def test_a_printed_news_pages_breadcrumb_credits_caption_and_an_interpellations_explanations():
    """A printed web page's breadcrumb (`首頁>經貿研究>…`) and its row of site links (`私隱政策聲明|使用條款|
    網頁指南`) are boilerplate, its date after `發佈日期：` a dateline; a news site's source, author
    and editor line is a byline (so the column's label over the headline is a kicker), a short
    caption ending with its photographer's credit (`讲座现场（摄影：赵某某）`) a caption, `（审核：…）` a
    byline. `說明：…` after text (an interpellation's point) is a paragraph, no source note."""
    lines = ["首頁>經貿研究>研究文章>東盟市場", "東盟數字經濟加速發展　港商可把握科技服務商機", "發佈日期：2024年6月18日",
             *set_at(PAGE_TEXT), "私隱政策聲明|使用條款|網頁指南"]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks] == ["boilerplate", "title", "dateline", "paragraph", "boilerplate"]
    lines = ["学术动态", "经济学院举办“新质生产力与区域发展”专题讲座", "来源：经济学院　作者：王某某　编辑：李某某", *set_at(PAGE_TEXT),
             "讲座现场（摄影：赵某某）", *set_at(PAGE_TEXT), "（审核：孙某某）"]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks] == ["heading", "title", "byline", "paragraph", "caption", "paragraph", "byline"]
    lines = ["一、請行政院說明推動產業轉型的具體措施。", "說明：" + PAGE_TEXT[:58], *set_at(PAGE_TEXT[58:])]
    blocks, _ = clean_file(pdf_lines([*set_at(PAGE_TEXT), *lines]))
    assert [b.kind for b in blocks][-1] == "paragraph"


def test_a_quotations_note_number_after_its_closing_mark():
    """A note's number raised after a quotation that ends a sentence (`…质态。”①我们要…`, the
    quotation's source at the page foot) is the note's marker, not text: glued on (pdfminer,
    PyMuPDF, pypdf), lifted onto a line of its own with a space left after the closing mark
    (pdfplumber), or with the part of the line after it set first (pypdf's layout mode)."""
    quotation = "习近平总书记指出：“概括地说，新质生产力是创新起主导作用，符合新发展理念的先进生产力质态。”"
    after = "我们要深刻把握这一科学内涵，把思想和行动统一到党中央决策部署上来，切实增强发展新质生产力的责任感和紧迫感。"
    note = "① 《加快发展新质生产力　扎实推进高质量发展》，《人民日报》2024年2月2日。"
    blocks, removed = clean_file(pdf_lines(["24", *set_at(PAGE_TEXT), *set_at(quotation + "①" + after), note, "25",
                                            *set_at(PAGE_TEXT)]))
    assert [(b.kind, squeeze(b.text_original)) for b in blocks[1:3]] == [("paragraph", quotation + after),
                                                                      ("footnote", squeeze(note))]
    assert blocks[1].footnote_refs == ["①"] and [r.text for r in removed if r.kind == "footnote_marker"] == ["①"]
    lifted = split_lines("习近平总书记指出：“概括地说，新质生产力是创新起主导作用，摆脱传统经\n①\n"
                         "济增长方式，是先进生产力质态。” 我们要深刻把握这一科学内涵。\n")
    assert lifted_marker_lines(lifted) == {1}
    raised = split_lines("习近平总书记指出：“概括地说，新质生产力是创新起主导作用，摆脱传统经\n②我们要深刻把握这一科学内涵，把思想和行动\n"
                         "济增长方式，是先进生产力质态。”\n统一到党中央决策部署上来，切实增强发展新质生产力的责任感和紧迫感。\n")
    assert [line.text[:3] for line in restore_raised_line_parts(raised, 72)][:3] == ["习近平", "济增长", "②我们"]


def test_an_editors_note_in_brackets_and_a_case_box_at_its_own_measure():
    """A line wholly one note in brackets (`（本文是作者在…的讲话的一部分）`) after a sentence's end
    stands apart, even where the last line over it runs full. The paragraphs under a box's label
    (`案例　…`) set at the box's wider measure are a sidebar, and a sentence ending short of that
    measure ends its paragraph, though it is as wide as the text's lines."""
    full_end = PAGE_TEXT[:59] + "。"
    editors_note = "（本文是作者在中共某某省委理论学习中心组专题学习会上的讲话的一部分）"
    blocks, _ = clean_file(pdf_lines([*set_at(PAGE_TEXT), *set_at(full_end), editors_note]))
    assert [(b.kind, b.text_original) for b in blocks[1:]] == [("paragraph", "".join(set_at(full_end))),
                                                              ("boilerplate", editors_note)]
    case = ["某某生产基地屋顶分布式光伏项目实现全容量并网发电，采用自发自用、余电上网模式，年均发电量约一千三百五十万千瓦时，节能降碳成效明显。",
            "项目投运后，基地外购电力比例明显下降，预计每年可减少二氧化碳排放约七千七百吨，实现双赢。"]
    lines = [*set_at(PAGE_TEXT), "案例　某某生产基地屋顶分布式光伏项目并网发电", *set_at(case[0], 36), *set_at(case[1], 36),
             "3.3　资源循环利用", *set_at(PAGE_TEXT)]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [(b.kind, squeeze(b.text_original)) for b in blocks[2:4]] == [("sidebar", case[0]), ("sidebar", case[1])]
    assert [b.kind for b in blocks] == ["paragraph", "heading", "sidebar", "sidebar", "heading", "paragraph"]
    # the same paragraphs at the text's measure, under a label that is no box's (`案例：…` heads a point)
    lines = [*set_at(PAGE_TEXT), "案例：某某生产基地屋顶分布式光伏项目并网发电", *set_at(case[0]), *set_at(case[1]), *set_at(PAGE_TEXT)]
    assert "sidebar" not in [b.kind for b in clean_file(pdf_lines(lines))[0]]


def test_a_new_media_articles_meta_line_and_end_matter():
    """A WeChat article's meta line (`原创　…　2024年03月15日 08:30　北京`) is a byline; at its end the
    picture credit (`图片来源：网络`) is a source note, the titles under `往期推荐` are list items (not
    a table of words, nor the credit's tail), the QR code's prompt boilerplate."""
    links = ["2024年政府工作报告中的十个关键词", "因地制宜发展新质生产力的地方实践与启示", "未来产业发展的国际经验及对我国的借鉴"]
    lines = ["新质生产力发展的进展、挑战与政策建议", "原创　宏观经济研究所　某某发展研究院　2024年03月15日 08:30　北京",
             "点击蓝字　关注我们", *set_at(PAGE_TEXT), "图片来源：网络", "往期推荐", *links, "长按识别二维码　关注我们"]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks] == ["title", "byline", "boilerplate", "paragraph", "source_note", "heading",
                                        "list_item", "list_item", "list_item", "boilerplate"]
    assert [b.text_original for b in blocks if b.kind == "list_item"] == links


DEFINITIONS = [("发行人、公司", ["某某智能科技股份有限公司"]), ("报告期", ["2021年度、2022年度和2023年度"]),
               ("工业机器人", ["面向工业领域的多关节机械手或多自由度机器装置，能够依", "靠自身动力和控制能力自动完成加工制造等作业"]),
               ("伺服系统", ["使物体的位置、方位、状态等输出量能够跟随输入目标值变", "化的自动控制系统"])]
DEFINITIONS_NOTE = "注：本招股说明书中部分合计数与各明细数直接相加之和在尾数上如有差异，均系四舍五入所致。"


def test_a_table_of_definitions_one_cell_a_line_or_a_row_a_line():
    """A prospectus' definitions (释义: a term, `指`, its definition) are table rows of three cells,
    whether the extractor gives a cell a line (PyMuPDF, pypdf) or a row a line with spaces around
    the mark (pypdf's layout mode); a definition wrapped in its column is one cell, and a part's
    head between the rows (`二、专业术语`) stays a heading. The pages' numbers after their part's code
    (`1-1-21`) are page numbers, the page the last number."""
    one_per_line = [[term, "指", *definition] for term, definition in DEFINITIONS]
    lines = ["第一节　释义", "一、普通术语", *one_per_line[0], *one_per_line[1], "二、专业术语", *one_per_line[2],
             *one_per_line[3], DEFINITIONS_NOTE, "1-1-21", *set_at(PAGE_TEXT), "1-1-22"]
    blocks, removed = clean_file(pdf_lines(lines))
    rows = [b.cells for b in blocks if b.kind == "table_row"]
    assert rows == [[term, "指", "".join(definition)] for term, definition in DEFINITIONS]
    assert [b.kind for b in blocks] == ["heading", "heading", "table_row", "table_row", "heading", "table_row", "table_row",
                                        "footnote", "paragraph"]
    assert [r.text for r in removed if r.kind == "page_number"] == ["1-1-21", "1-1-22"]
    assert [b.page for b in blocks][-2:] == [21, 22]
    row_a_line = []
    for term, (first, *wrapped) in DEFINITIONS:
        row_a_line += [term.ljust(12, "\u3000") + "   指   " + first, *(" " * 30 + tail for tail in wrapped)]
    blocks, _ = clean_file(pdf_lines(["第一节　释义", *row_a_line, DEFINITIONS_NOTE]))
    assert [b.cells for b in blocks if b.kind == "table_row"] == rows


def test_a_meetings_attendance_lines_a_reports_title_over_its_running_heads_and_its_writers():
    """A meeting's attendance and record lines (`出席：…`, `列席：…`, `请假：…`, `记录：…`) are paragraphs
    of their own, after a finished sentence at a page's foot too, and no list. A report's title that
    its later pages repeat as their running head is its title on the first page, where it stands
    over the bodies that wrote it and the date. `（执笔：…）` credits the writers: a byline."""
    attendance = ["出席：张某某、李某某、王某某、赵某某、刘某某", "列席：周某某、吴某某，市发展改革委、市科技局负责同志",
                  "请假：杨某某（出差）", "记录：市政府办公室秘书一处冯某某"]
    last_page = set_at(PAGE_TEXT[:59] + "。")
    blocks, _ = clean_file(pdf_lines([*set_at(PAGE_TEXT), *last_page, "— 4 —", *attendance]))
    assert [(b.kind, b.text_original) for b in blocks[-4:]] == [("paragraph", line) for line in attendance]
    assert blocks[-5].text_original.endswith(last_page[-1])
    title = "2024年民营企业发展新质生产力调查报告"
    pages = [set_at(PAGE_TEXT[k:] + PAGE_TEXT[:k]) for k in (0, 40, 80)]  # no line repeated but the head
    lines = ["- 1 -", title, "某某省总商会　某某大学民营经济研究院", "2024年9月", *pages[0], title, "- 2 -",
             *pages[1], title, "- 3 -", *pages[2], "以上为本次调查的主要结论。", "（执笔：王某某　李某某）"]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [(b.kind, b.text_original) for b in blocks[:1]] == [("title", title)]
    assert [r.text for r in removed if r.kind == "running_header"] == [title, title]
    assert blocks[-1].kind == "byline"


def test_a_tables_header_row_repeated_on_the_next_page_and_an_excerpts_credits():
    """A table's header row that a word processor repeats at the top of the next page is the table's
    running head there: taken out, the table's rows read on. A compilation's credits
    (`——摘自《求是》2024年第11期` on a line of its own, `（摘自…）` after an excerpt's last sentence)
    are bylines, and the one after a sentence ends its paragraph though it ends no sentence itself;
    a circulated paper's `内部资料　注意保存` is boilerplate."""
    header = "年份　经费投入（亿元）　比上年增长（%）"
    rows = [f"{year}年　{value}　{growth}" for year, value, growth in
            ((2019, "1015.3", "7.0"), (2020, "1046.8", "3.1"), (2021, "1118.7", "6.9"), (2022, "1161.1", "3.8"))]
    lines = [*set_at(PAGE_TEXT), "表2-1　全省研究与试验发展经费投入情况", header, *rows[:2], "— 15 —", header, *rows[2:],
             "资料来源：某某省统计局。", *set_at(PAGE_TEXT), "— 16 —"]
    blocks, removed = clean_file(pdf_lines(lines))
    assert [b.cells for b in blocks if b.kind == "table_row"] == [row.split("　") for row in [header, *rows]]
    assert [squeeze(r.text) for r in removed if r.kind == "running_header"] == [squeeze(header)]
    excerpt = PAGE_TEXT[:59] + "。"
    lines = ["内部资料　注意保存", "学习参考资料", "加快发展新质生产力", *set_at(PAGE_TEXT), "——摘自《求是》2024年第11期",
             "以科技创新引领产业创新", *set_at(excerpt)[:-1], set_at(excerpt)[-1] + "（摘自《光明日报》2024年4月2日第11版）",
             "以新型基础设施支撑新质生产力发展", *set_at(PAGE_TEXT)]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks] == ["boilerplate", "title", "heading", "paragraph", "byline", "heading", "paragraph",
                                        "heading", "paragraph"]


def test_a_title_over_two_lines_whose_first_names_a_post():
    """A report's title set over two lines, both opening with `关于` (`关于深入学习贯彻习近平总书记` /
    `关于发展新质生产力重要论述情况的报告`), is one title: the first line ends with a post's name
    (`书记`), but a line that opens a subject with `关于` names no author."""
    lines = ["关于深入学习贯彻习近平总书记", "关于发展新质生产力重要论述情况的报告", "国务院国资委党委：", *set_at(PAGE_TEXT)]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [(b.kind, b.text_original) for b in blocks[:1]] == [("title", "".join(lines[:2]))]
    assert kinds_of(["关于深入学习贯彻习近平总书记"]) != ["byline"]


def test_a_newspaper_pages_column_under_its_page_code_is_a_kicker():
    """A newspaper page's column name after the page's code (`A13　民意論壇`) over the headline is a
    kicker, a heading: the code is the page's, no part of the column's name."""
    lines = ["某某日報", "2024年5月6日　星期一", "A13　民意論壇", "面對「新質生產力」競賽　台灣不能只談護國神山", "文／黃某某",
             *set_at(PAGE_TEXT)]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks][2:5] == ["heading", "title", "byline"]


def test_a_tables_name_over_its_unit_line_is_its_caption():
    """A one-line heading with no number over a table's unit line and its rows (`主营业务分行业情况` /
    `单位：万元　币种：人民币`) names the table: a caption."""
    rows = ["分行业　营业收入　营业成本　毛利率（%）", "新能源材料　186,452.37　148,326.51　20.45",
            "电子化学品　97,635.28　66,842.17　31.54", "合计　284,087.65　215,168.68　24.26"]
    lines = [*set_at(PAGE_TEXT), "主营业务分行业情况", "单位：万元　币种：人民币", *rows, *set_at(PAGE_TEXT)]
    blocks, _ = clean_file(pdf_lines(lines))
    assert [b.kind for b in blocks] == ["paragraph", "caption", "source_note", *["table_row"] * 4, "paragraph"]


def test_a_policy_interpretations_contact_line():
    """Who answers questions on a policy and how (`联系单位：…　联系电话：…`), after its last paragraph,
    is boilerplate, a block of its own."""
    blocks, _ = clean_file(pdf_lines([*set_at(PAGE_TEXT), "联系单位：省发展改革委高技术产业处　联系电话：0571-87052316"]))
    assert [b.kind for b in blocks] == ["paragraph", "boilerplate"]


def test_a_chapters_page_numbers_and_a_charts_unit_in_words():
    """A report numbers its pages by chapter (`1-1`, `1-2`, … at the foot): page numbers, whose value
    is the last number. A bar chart's value axis carries its unit in words over it (`萬輛`): the
    figure's text, as its labels are."""
    body = ("在個別產業方面，新能源汽車產量持續攀升，帶動電池、材料與充電設施等上下游供應鏈同步擴張，"
            "產業規模與國際競爭力均明顯提升。")
    wrapped = [body[i:i + 30] for i in range(0, len(body), 30)]
    pages = []
    for page in (1, 2, 3):  # each page's lines its own (a line on every page would be a running head)
        for year in (2017 + 2 * page, 2018 + 2 * page):
            pages += [f"{year}年{body[:28]}", f"{body[28:40]}。"]
        pages.append(f"1-{page}")
    raw = RawFile("t.txt", "0" * 64, "\n".join(pages) + "\n", {})
    blocks, removed = clean_file(raw)
    assert [(r.kind, r.text) for r in removed] == [("page_number", f"1-{page}") for page in (1, 2, 3)]
    assert [b.page for b in blocks] == [1, 1, 2, 2, 3, 3]
    chart = ["萬輛", "1200", "900", "600", "300", "0", "2019", "2020", "2021", "2022", "2023",
             "圖1-1　2019—2023年新能源汽車產量", "資料來源：中國汽車工業協會"]
    raw = pdf_lines(wrapped + chart + wrapped)
    blocks, removed = clean_file(raw)
    assert [b.kind for b in blocks] == ["paragraph", "caption", "source_note", "paragraph"]
    assert [r.text for r in removed if r.kind == "figure_text"] == chart[:-2]


def test_a_message_boards_record_lines_salutation_and_survey():
    """A message board's reply printed from the site: the labelled lines of the message and of the
    reply (`留言对象：…`, `回复单位：…`) are bylines and their times (`留言时间：2024-05-08 10:23`)
    datelines, each a block; the reply's `网友您好：` is its salutation (a paragraph, no heading), and
    the survey under it (`您对本条回复是否满意？…`) boilerplate."""
    message = "尊敬的市长：您好！我是一家智能装备企业的负责人，想咨询一下研发费用补助什么时候开始申报。"
    reply = ("您反映的问题已收悉。经了解，2024年度企业研发费用补助申报工作将于6月1日启动，"
             "具体条件以届时发布的申报指南为准。")
    lines = ["关于科技型中小企业研发费用补助申报的咨询", "留言对象：某某市人民政府市长", "留言类别：咨询　留言领域：科技",
             "留言时间：2024-05-08 10:23", message[:36], message[36:], "办理回复", "回复单位：某某市科学技术局",
             "回复时间：2024-05-20 16:41", "网友您好：", reply[:36], reply[36:],
             "您对本条回复是否满意？　满意　基本满意　不满意"]
    blocks, _ = clean_file(RawFile("t.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    assert [(b.kind, squeeze(b.text_original)) for b in blocks][1:] == [
        ("byline", "留言对象：某某市人民政府市长"), ("byline", "留言类别：咨询留言领域：科技"),
        ("dateline", "留言时间：2024-05-0810:23"), ("paragraph", message), ("heading", "办理回复"),
        ("byline", "回复单位：某某市科学技术局"), ("dateline", "回复时间：2024-05-2016:41"), ("paragraph", "网友您好："),
        ("paragraph", reply), ("boilerplate", "您对本条回复是否满意？满意基本满意不满意")]


def test_four_characters_after_a_surname_are_a_phrase_unless_two_names():
    """A short heading of four characters whose first is a surname (`成果转化`, `区位交通`) is no
    author's name: a four-character name is two names of two (`王某李某`) or opens with a
    two-character surname (`欧阳晓明`)."""
    assert kinds_of(["成果转化"]) == kinds_of(["区位交通"]) == ["heading"]
    cues = load_cues()
    assert [cues.is_names(t) for t in ("王某李某", "欧阳晓明", "張三", "成果转化", "简要说明")] == [True, True, True, False, False]


def test_a_title_over_a_document_number_is_no_issuers_mark():
    """The line over an official document's number, before any text, is its issuer's mark (a
    byline) when it names a body (`某某市科学技术局`, `…人民政府文件`); a guide's title set there
    (`…项目申报指南`) stays the title."""
    opening = ["为深入贯彻落实党中央、国务院关于加快发展新质生产力的决策部署，推动科技创新和产业创新深度",
               "融合，市科学技术局编制了本指南。现将有关事项通知如下。"]
    for head, kind in (("某某市2025年度新质生产力培育专项项目申报指南", "title"), ("某某市科学技术局", "byline"),
                       ("某某市人民政府文件", "byline")):
        blocks, _ = clean_file(RawFile("t.txt", "0" * 64, "\n".join([head, "某科发〔2025〕8号", *opening]) + "\n", {}))
        assert [b.kind for b in blocks][:2] == [kind, "byline"]


def test_numbered_points_of_one_short_sentence_are_a_list():
    """Paragraphs numbered 1., 2., 3. that are each one short sentence (an application's conditions)
    are list items; numbered paragraphs of two sentences, or a numbering that does not open at 1
    (paragraphs 10. to 12. of minutes), stay paragraphs."""
    conditions = ["1.申报单位应为在本市注册登记、具有独立法人资格的企业、高等院校或科研院所，运行管理规范。",
                  "2.项目负责人应为申报单位在职人员，年龄不超过60周岁，同期主持市级科技计划项目不超过1项。",
                  "3.企业牵头申报的，上年度研发费用应不低于200万元。"]
    wrapped = [line for point in conditions for line in (point[:30], point[30:]) if line]
    assert kinds_of(wrapped) == ["list_item"] * 3
    two_sentences = [point + "具体要求以申报系统公布的为准。" for point in conditions]
    assert set(kinds_of([line for point in two_sentences for line in (point[:30], point[30:])])) == {"paragraph"}
    minutes = [point.replace(f"{n}.", f"{n + 9}.", 1) for n, point in enumerate(conditions, 1)]
    assert set(kinds_of([line for point in minutes for line in (point[:30], point[30:])])) == {"paragraph"}


def test_a_browsers_stack_on_a_page_printed_alone():
    """A web page printed from a browser on one page (`1/1`) repeats none of its furniture, yet its
    stamp, the page's title and address beside the page count are the browser's, at the top or
    (the address) at the foot: all go to the ledger. Without the stamp nothing is taken."""
    title, body = "一图读懂", "发展新质生产力是推动高质量发展的内在要求和重要着力点，必须继续做好创新这篇大文章。"
    stack = ["2024/6/20 10:05", "一图读懂《某某计划》_政策解读_某某省人民政府门户网站",
             "https://www.example.gov.cn/art/2024/6/18/art_1229_5912345.html"]
    for lines in ([*stack, "1/1", title, body], [*stack[:2], title, body, stack[2], "1/1"]):
        raw = RawFile("t.txt", "0" * 64, "\n".join(lines) + "\n", {})
        blocks, removed = clean_file(raw)
        assert [b.text_original for b in blocks] == [title, body]
        assert sorted(r.text for r in removed) == sorted([*stack, "1/1"])
    unstamped = ["本报讯", *stack[1:], "1/1", title, body]
    blocks, _ = clean_file(RawFile("t.txt", "0" * 64, "\n".join(unstamped) + "\n", {}))
    assert blocks[0].text_original == "本报讯"


def test_a_journals_name_alone_on_its_later_page_and_the_opening_issue_line():
    """A journal prints its name and issue over page 57's number and its name alone over page 58's:
    both are running heads, though neither repeats on three pages. `中文摘要` alone at a page's top
    is a section's heading, no pen name."""
    body = ["2023年9月，习近平总书记在黑龙江考察期间首次提出新质生产力，此后学术界围绕这一概念展开",
            "了广泛讨论，相关研究成果迅速增加，涉及内涵特征、测度评价和实现路径等多个方面。"]
    lines = ["某某经济评论　2024年第5期（总第231期）", "57", "国内新质生产力研究进展与展望", *body, body[0],
             "某某经济评论", "58", body[1], *body]
    raw = RawFile("t.txt", "0" * 64, "\n".join(lines) + "\n", {})
    blocks, removed = clean_file(raw)
    assert [r.text for r in removed if r.kind == "running_header"] == ["某某经济评论　2024年第5期（总第231期）", "某某经济评论"]
    assert blocks[0].text_original == "国内新质生产力研究进展与展望"
    assert kinds_of(["\f中文摘要", body[0], body[1]]) == ["heading", "paragraph"]


def test_a_research_projects_cover_lines_and_a_funds_numbered_table_rows():
    """A research project's cover: its name, number, leader and the unit that runs it are bylines,
    its term a dateline. A fund report's table written one cell per line, its row labels numbered
    (`2.本期利润`): a point's number before words is no value, so the rows are read."""
    cover = ["計畫名稱：中國大陸新質生產力政策對兩岸產業分工之影響", "計畫編號：NSTC 112-2410-H-004-035",
             "執行期間：2023年8月1日至2024年7月31日", "計畫主持人：陳某某", "執行單位：國立某某大學經濟學系"]
    assert kinds_of(cover) == ["byline", "byline", "dateline", "byline", "byline"]
    rows = [["主要财务指标", "报告期"], ["1.本期已实现收益", "-8,765,432.10"], ["2.本期利润", "15,234,567.89"],
            ["3.加权平均基金份额本期利润", "0.0412"], ["4.期末基金资产净值", "452,318,906.54"]]
    blocks, _ = clean_file(pdf_lines(CELL_PER_LINE[:3] + [cell for row in rows for cell in row] + CELL_PER_LINE[-2:]))
    assert [b.cells for b in blocks if b.kind == "table_row"] == rows


def test_a_web_articles_dated_publication_line_is_a_dateline():
    """`發佈日期：2024年7月25日　作者：…` (`发布时间：2024-07-19　来源：…`) under a web article's title
    is its dateline, whatever follows the date; a title wrapped over two lines above it (`…若干措` /
    `施的通知`, the break inside a word) stays one title, no signature."""
    body = ["粵港澳大灣區是中國內地製造業最密集的地區之一。近年區內城市積極推動製造業向高端化、智能化",
            "及綠色化轉型，帶動專業服務的需求上升。"]
    for line in ("發佈日期：2024年7月25日　作者：香港貿發局研究部　黃某某", "发布时间：2024-07-19 09:30　来源：某某省分行"):
        assert kinds_of(["大灣區製造業加快升級", line, *body]) == ["heading", "dateline", "paragraph"]
    title = ["某某市人民政府办公厅关于印发某某市加快发展新质生产力若干措", "施的通知"]
    lines = [*title, "发布日期：2024-03-25　来源：某某市人民政府办公厅", "某府办规〔2024〕3号", *body]
    blocks, _ = clean_file(RawFile("t.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    assert [(b.kind, squeeze(b.text_original)) for b in blocks][:2] == [("title", "".join(title)), ("dateline", squeeze(lines[2]))]


def test_key_points_under_a_summarys_label_are_a_sidebar():
    """Bulleted points right under `重點`, `核心观点`, `投资要点` or `主要发现` are a box of key points:
    sidebars; the same points under a heading of the text (`强化要素保障`) are a list."""
    points = ["■ 2023年廣東省先進製造業增加值按年增長6.1%，佔規模以上工業的55.7%。",
              "■ 區內企業加快智能化改造，對研發設計及檢測認證服務的需求殷切。"]
    for label in ("重點", "核心观点", "投资要点", "主要发现"):
        assert kinds_of([label, *points]) == ["heading", "sidebar", "sidebar"]
    assert kinds_of(["强化要素保障", *points]) == ["heading", "list_item", "list_item"]


def test_a_tables_unnumbered_caption_numbered_notes_and_a_copyright_line():
    """`表：…` without a number is a table's caption, and the rows under it are read; notes under a
    table numbered after their label (`注：1. …` / `2. …`) are footnotes each; a copyright line after
    its owner's name (`香港貿易發展局版權所有　不得轉載`) is boilerplate."""
    rows = ["指標 增加值（億元人民幣） 按年增長（%）", "規模以上工業 43,720.9 4.4", "先進製造業 24,363.5 6.1",
            "高技術製造業 12,105.6 3.6"]
    notes = ["注：1. 本表数据为本外币合计口径，同比增速按可比口径计算。", "2. 企（事）业单位贷款包括短期贷款和中长期贷款。"]
    blocks = blocks_of(["表：2023年廣東省製造業增加值", *rows, *notes, "香港貿易發展局版權所有　不得轉載"])
    assert [kind for kind, _ in blocks] == ["caption", *["table_row"] * 4, "footnote", "footnote", "boilerplate"]


def test_firefoxs_page_count_marks_its_printed_stack():
    """Firefox prints the page count as `第 1 页，共 2 页` beside its address and print stamp: the
    stack is the browser's, though two pages repeat none of it three times."""
    body = ["今年以来，中国人民银行某某省分行认真贯彻落实稳健的货币政策，引导金融机构加大对实体经济的",
            "支持力度，全省金融运行总体平稳。"]
    lines = ["http://www.example.gov.cn/125268/index.html", "第 1 页，共 2 页", "2024/7/22 09:41",
             "2024年上半年某某省金融运行情况", "发布时间：2024-07-19　来源：中国人民银行某某省分行", *body]
    raw = RawFile("t.txt", "0" * 64, "\n".join(lines) + "\n", {})
    blocks, removed = clean_file(raw)
    assert sorted(r.text for r in removed) == sorted(lines[:3])
    assert [b.text_original for b in blocks][0] == lines[3] and [b.kind for b in blocks][1:] == ["dateline", "paragraph"]


def test_a_reports_occasion_line_ends_at_its_meeting():
    """`——2025年1月10日在某某县…第五次会议上` under a work report's title names its occasion and ends
    there; the speaker's line under it (`某某县人民政府县长　陈某某`) is a byline of its own."""
    body = ["2025年是“十四五”规划收官之年，也是为“十五五”良好开局打牢基础的关键之年。今年政府工",
            "作的总体要求是：坚持稳中求进工作总基调。"]
    occasion, speaker = "——2025年1月10日在某某县第十八届人民代表大会第五次会议上", "某某县人民政府县长　陈某某"
    blocks, _ = clean_file(RawFile("t.txt", "0" * 64, "\n".join(["政府工作报告（节选）", occasion, speaker, *body]) + "\n", {}))
    assert [(b.kind, squeeze(b.text_original)) for b in blocks][:3] == [
        ("title", "政府工作报告（节选）"), ("byline", squeeze(occasion)), ("byline", squeeze(speaker))]


def test_a_releases_issuer_and_date_over_its_title():
    """A government bureau's name over the release's date and title (`澳門特別行政區政府新聞局` /
    `2024-08-15 17:42` / `上半年本澳…`) is the issuer's byline, and the title under the date the
    title, though not twice as long as the name."""
    body = ["經濟財政司司長今（15）日下午在政府總部出席新聞發佈會，介紹今年上半年本澳經濟適度多元發展",
            "的最新進展。司長表示，各重點產業穩步發展。"]
    lines = ["澳門特別行政區政府新聞局", "2024-08-15 17:42", "上半年本澳「1+4」產業發展穩中有進", *body]
    blocks, _ = clean_file(RawFile("t.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    assert [b.kind for b in blocks][:3] == ["byline", "dateline", "title"]


def test_a_journals_masthead_over_an_articles_first_page():
    """A journal's first page opens with its masthead: volume and issue, name (in English too) and
    month, a line each or side by side (PDFium); all of it is the page's furniture, the article's
    title under it the title."""
    title = "新质生产力赋能制造业高质量发展的理论逻辑与实现路径"
    body = ["“新质生产力”意味着科学技术对社会生产力的极大推动，特别是大数据、数字经济和人工智能的运用，",
            "新型工业化的智能机器人具有了生成式智能的认知能力。"]
    for masthead in (["第46卷第3期", "某某大学学报（哲学社会科学版）", "Vol.46 No.3", "2024年5月",
                      "Journal of Moumou University (Philosophy and Social Sciences)", "May 2024"],
                     ["第46卷第3期 某某大学学报（哲学社会科学版） Vol.46 No.3",
                      "2024年5月 Journal of Moumou University (Philosophy and Social Sciences) May 2024"]):
        raw = RawFile("t.txt", "0" * 64, "\n".join([*masthead, title, "王某某，李某某", *body]) + "\n", {})
        blocks, removed = clean_file(raw)
        assert [r.text for r in removed] == masthead
        assert (blocks[0].kind, blocks[0].text_original) == ("title", title)


def test_the_body_under_the_title_is_a_byline_though_the_pages_head_names_it():
    """A statistics bureau's analysis: its pages' head names the bureau (`某某市统计局` over the issue
    line and `第 N 页`), and so does the byline under the title, over the date. The head goes to
    the ledger on every page; the byline stays, a byline."""
    body = ["今年以来，全市上下坚持稳中求进工作总基调，因地制宜发展新质生产力，经济运行稳中有进。主要经",
            "济指标保持平稳增长，新动能加快成长，高质量发展扎实推进，为完成全年目标任务打下坚实基础。"]
    lines = []
    for page in (1, 2, 3):
        lines += ["某某市统计局", "统计分析　2024年第8期", f"第 {page} 页"]
        if page == 1:
            lines += ["1—7月全市经济运行稳中有进、新动能加快成长", "某某市统计局", "2024年8月22日"]
        lines += [body[0], body[1][:-1] + str(page) + "。"]
    blocks, removed = clean_file(RawFile("t.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    assert [b.kind for b in blocks][:3] == ["title", "byline", "dateline"]
    assert [r.text for r in removed if r.kind == "running_header"].count("某某市统计局") == 3


def test_an_editors_note_a_reports_two_line_title_and_a_numbered_line_on_a_preposition():
    """`编者按：…` after a case's last line opens a paragraph of its own; a service's name over its
    report (`某某市12345政务服务便民热线` / `2024年7月运行分析报告`) is one title; a numbered line that
    runs to the width and ends on a preposition (`六、本行將密切關注…風險等對`) goes on into the next
    line: a numbered paragraph, no heading."""
    case = ["截至目前，已有116家中小企业通过该模式获得专利许可，累计实现新增产值2.3亿元，带动就业380余",
            "人，形成了可复制可推广的经验，为全省高校科技成果转化改革探索出一条切实可行的新路子。"]
    note = "编者按：“先使用后付费”模式有效破解了高校专利“不敢转、不愿转、不会转”的难题，可供各地借鉴。"
    assert [text for _, text in blocks_of([*case, note])][-1] == note
    body = ["7月，市12345热线共受理群众诉求15.6万件，环比增长6.8%，按时办结率99.2%，群众满意率96.5%，",
            "各项指标保持平稳。"]
    lines = ["某某市12345政务服务便民热线", "2024年7月运行分析报告", *body]
    blocks, _ = clean_file(RawFile("t.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    assert (blocks[0].kind, blocks[0].text_original) == ("title", "某某市12345政务服务便民热线2024年7月运行分析报告")
    before = ["時提到，中國要「走出一條科技含量高、經濟效益好、資源消耗低、環境污染",  # the body's width
              "少、人力資源優勢得到充分發揮的新型工業化路子」。「十八大」報告則指出",
              "，「堅持走中國特色新型工業化道路，促進工業化、資訊化、城鎮化、農業現",
              "代化同步發展」；「二十大」報告進一步強調，「堅持把發展經濟的著力點放",
              "在實體經濟上，加快建設製造強國，到2035年基本實現新型工業化」。"]
    point = ["六、本行將密切關注美中經貿關係、主要經濟體貨幣政策動向及地緣政治風險等對",
             "國內經濟金融之影響，適時採取妥適貨幣政策措施，以達成維持物價與金融穩",
             "定並協助經濟發展之法定職責。"]
    raw = RawFile("t.txt", "0" * 64, "\n".join([*before, *point]) + "\n", {})
    assert [b.kind for b in clean_file(raw)[0]] == ["paragraph", "paragraph"]


def test_a_press_releases_marks_and_a_wechat_articles_credits():
    """A Hong Kong press release's `即時發布`, its end mark `－完－` and `傳媒查詢：…` are boilerplate;
    an internal brief's `内部参阅　注意保存` too; a WeChat article's credits at its foot (`文字：…　图片：…
    编辑：…　审核：…`) are a byline of their own under its source note, and the preview's notice that
    its tags are not links (`预览时标签不可点`) is boilerplate."""
    assert kinds_of(["即時發布"]) == kinds_of(["－完－"]) == kinds_of(["傳媒查詢：傳訊部陳小姐　電話：2838 1234"]) \
        == kinds_of(["内部参阅　注意保存"]) == ["boilerplate"]
    foot = ["来源：科学技术研究院　材料科学与工程学院", "文字：王某某　图片：李某某　编辑：张某　审核：刘某某", "预览时标签不可点"]
    assert kinds_of(foot) == ["source_note", "byline", "boilerplate"]


def test_a_reports_title_over_two_lines_with_its_bodys_name_first():
    """`省人大常委会执法检查组关于检查` / `《某某省科学技术进步条例》实施情况的报告`: the body's name, then the
    subject and the document's kind, set over two lines, is one title."""
    title = ["省人大常委会执法检查组关于检查", "《某某省科学技术进步条例》实施情况的报告"]
    lines = ["— 1 —", *title, "——2024年9月24日在省十四届人大常委会第十二次会议上", "省人大常委会副主任　王某某",
             "主任、各位副主任、秘书长、各位委员：", "根据省人大常委会2024年度监督工作计划，5月至7月，常委会组",
             "成由副主任王某某任组长的执法检查组，对《某某省科学技术进步条", "例》实施情况进行了检查。检查组先后深入6个设区",
             "市，召开座谈会14场，实地检查企业、高校、科研院所和园区42家，", "现将检查情况报告如下："]
    blocks, _ = clean_file(RawFile("t.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    assert (blocks[0].kind, blocks[0].text_original) == ("title", "".join(title))


def test_a_bulletins_supplier_credit_in_brackets_is_a_source_note():
    """A work bulletin credits each item to the body that supplied it, in brackets after the item
    (`（城南街道供稿）`, `（市农业农村局供图）`): where the item came from, a source note, as
    `（来源：…）` is (cue bracketed_source_pattern), not an aside in brackets (boilerplate)."""
    items = [("城南街道推进智慧养老服务", "城南街道整合社区卫生服务中心和养老机构资源，建成智慧养老服务平台，接入独居老人家庭智能"
              "设备八百余台，实现紧急呼叫、健康监测和上门服务一键响应。", "（城南街道供稿）"),
             ("高新区新增三家省级创新平台", "高新区今年新认定省级工程技术研究中心两家、省级企业技术中心一家，累计建成省级以上"
              "创新平台四十二家，为园区企业开展关键技术攻关提供有力支撑。", "（市科技局提供）")]
    lines = ["工作简报"]
    for head, body, credit in items:
        lines += [head, body[:30], body[30:60], body[60:], credit]
    got, _ = clean_file(RawFile("bulletin.txt", "0" * 64, "".join(line + "\n\n" for line in lines), {}))
    kinds = dict((b.text_original, b.kind) for b in got)
    assert kinds["（城南街道供稿）"] == kinds["（市科技局提供）"] == "source_note"
    assert [kinds[body] for _, body, _ in items] == ["paragraph", "paragraph"]


def test_a_mastheads_compiler_and_date_parted_by_the_extractor_are_one_byline():
    """A bulletin's masthead prints who compiled it and the date on one line; an extractor that reads
    the two ends as two boxes puts the date on a line of its own. The compiler's line (`…编`, `…编印`)
    right over a date alone takes the date back (revisions.join_compiler_dates); an author's line over
    the date does not."""
    body = ("区委理论学习中心组围绕加快发展新质生产力开展专题学习，邀请高校专家作辅导报告，与会同志结合分管工作交流"
            "研讨，一致表示要把学习成果转化为推动高质量发展的实际成效。")
    wrapped = [body[i:i + 30] for i in range(0, len(body), 30)]
    for compiler in ("中共某某区委宣传部编", "某某市社会科学院科研处编印"):
        lines = ["学习参考", "第12期", compiler, "2024年5月16日", "区委理论学习中心组开展专题学习", *wrapped]
        got, _ = clean_file(RawFile("bulletin.txt", "0" * 64, "\n".join(lines) + "\n", {}))
        kinds = [(b.kind, squeeze(b.text_original)) for b in got]
        assert ("byline", compiler + "2024年5月16日") in kinds, kinds
    lines = ["新质生产力的实践路径", "王某某", "2024年5月16日", *wrapped]
    got, _ = clean_file(RawFile("article.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    assert ("dateline", "2024年5月16日") in [(b.kind, b.text_original) for b in got]


def test_a_report_heads_labelled_fields_set_apart_end_their_line():
    """A company note's head sets its labelled fields in a row, apart (`投资评级：增持（首次）　目标价格：
    18.60元`): the row is whole, however wide, and ends no sentence; the analyst's line with the
    licence number after its label is a byline (cue byline_patterns), the report's date a dateline."""
    body = ("公司发布2024年半年度报告，上半年实现营业收入8.36亿元，同比增长21.4%，实现归母净利润1.12亿元，同比增长"
            "26.8%，毛利率同比提升1.3个百分点，经营性现金流明显改善，业绩符合市场预期。")
    wrapped = [body[:40], body[40:80], body[80:]]
    lines = ["半年报点评：工业机器人业务快速增长", "投资评级：增持（首次） 目标价格：18.60元 当前股价：14.72元",
             "报告日期：2024年8月26日", "分析师：钱某某 执业证书编号：S0000522080003", "事件：" + wrapped[0], *wrapped[1:],
             body[:40], body[40:80], body[80:]]
    got, _ = clean_file(RawFile("note.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    kinds = [(b.kind, squeeze(b.text_original)) for b in got]
    assert kinds[1:4] == [("paragraph", "投资评级：增持（首次）目标价格：18.60元当前股价：14.72元"),
                          ("dateline", "报告日期：2024年8月26日"), ("byline", "分析师：钱某某执业证书编号：S0000522080003")]


@pytest.mark.parametrize("date_line", ["2024年6月3日", "2024年6月3日 即時發布"])
def test_a_press_releases_label_under_its_issuer_is_a_heading(date_line):
    """A press release's label on a line of its own (`新闻稿`) names the document's kind: under the
    issuer's name it is a heading, not a byline; read as the title, over the date (and `即時發布`),
    it gives the title back to the headline (revisions.mark_release_labels)."""
    body = ("市科技局今日召开新闻发布会，介绍全市加快培育发展新质生产力有关情况。今年以来，全市新认定高新技术企业"
            "三百二十家，技术合同成交额同比增长百分之十八，科技创新对产业升级的支撑作用持续增强。")
    wrapped = [body[i:i + 40] for i in range(0, len(body), 40)]
    for issuer_label in (["某某市科学技术局", "新闻稿"], ["新聞稿"]):
        lines = [*issuer_label, *date_line.split(" "), "全市科技创新工作取得新进展", *wrapped]
        got, _ = clean_file(RawFile("release.txt", "0" * 64, "\n".join(lines) + "\n", {}))
        kinds = dict((squeeze(b.text_original), b.kind) for b in got)
        assert kinds[squeeze(issuer_label[-1])] == "heading", kinds
        assert kinds["全市科技创新工作取得新进展"] == "title", kinds


def test_a_teams_name_and_its_writers_on_one_line_are_a_byline():
    """A research team's name and its writers after `执笔：` on one line (`某某研究院课题组　执笔：王某某　李某某`)
    are a byline, as `执笔：…` alone is; a heading that names a team is not touched."""
    body = ("课题组在全省十二个设区市开展实地调研，走访企业一百二十家，召开座谈会二十场，形成本报告。报告认为，"
            "发展新质生产力要把握好科技创新和产业创新的关系，推动创新链产业链资金链人才链深度融合。")
    wrapped = [body[i:i + 40] for i in range(0, len(body), 40)]
    lines = ["关于加快培育发展新质生产力的调研报告", "某某省社会科学院课题组 执笔：赵某某 钱某某", *wrapped,
             "一、课题组调研的基本情况", *wrapped]
    got, _ = clean_file(RawFile("report.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    kinds = [(b.kind, squeeze(b.text_original)) for b in got]
    assert ("byline", "某某省社会科学院课题组执笔：赵某某钱某某") in kinds, kinds
    assert ("heading", "一、课题组调研的基本情况") in kinds


def test_a_reply_letters_disclosure_mark_is_boilerplate_and_its_title_one():
    """A government reply's head: its class (`B类`) and how it is disclosed (`公开方式：依申请公开`) are
    boilerplate, not the title; so the issuer's name with the start of the subject (`…局关于市政协…`)
    and the rest (`…第0213号提案的答复`) are one title over two lines."""
    body = ("您提出的关于支持中小企业数字化转型的提案收悉。经认真研究，并商市财政局、市经济和信息化局，现答复如下。"
            "我局将会同有关部门加大对中小企业数字化改造的支持力度，完善公共服务平台，降低企业转型成本。")
    wrapped = [body[i:i + 32] for i in range(0, len(body), 32)]
    lines = ["B类", "公开方式：依申请公开", "某经信提〔2024〕21号", "某某市经济和信息化局关于市政协十四届三次会议",
             "第0213号提案的答复", "李某某委员：", *wrapped]
    got, _ = clean_file(RawFile("reply.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    kinds = [(b.kind, squeeze(b.text_original)) for b in got]
    assert kinds[:4] == [("boilerplate", "B类"), ("boilerplate", "公开方式：依申请公开"), ("byline", "某经信提〔2024〕21号"),
                         ("title", "某某市经济和信息化局关于市政协十四届三次会议第0213号提案的答复")], kinds


def test_a_hong_kong_announcements_name_block_and_signing_block():
    """A Hong Kong listed company's announcement: the exchange's disclaimer over it is boilerplate;
    the company's name, its English name, where it was incorporated and its stock code are the
    issuer's lines (bylines) over the title; at its end `承董事會命` is boilerplate, the company,
    the chairman's role and name bylines, the place and date (`香港，…`) a dateline, and the board's
    make-up under it boilerplate."""
    body = ("本集團於年內持續加大研發投入，研發開支佔收益比例進一步提高，並於長三角及大灣區新設兩個研發中心，"
            "推動人工智能技術在智能製造領域的應用，為股東創造長期價值。")
    wrapped = [body[i:i + 38] for i in range(0, len(body), 38)]
    lines = ["香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲",
             "明。", "某某新能源控股有限公司", "MOUMOU NEW ENERGY HOLDINGS LIMITED", "（於百慕達註冊成立之有限公司）",
             "（股份代號：1234）", "截至二零二四年六月三十日止六個月之中期業績公佈", *wrapped, "承董事會命",
             "某某新能源控股有限公司", "主席", "張某某", "香港，二零二四年八月二十八日",
             "於本公告日期，董事會由執行董事張某某先生（主席）及李某某女士，以及獨立非執行董事王某某先生組成。"]
    got, _ = clean_file(RawFile("announcement.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    kinds = [b.kind for b in got]
    assert kinds[:6] == ["boilerplate", "byline", "byline", "byline", "byline", "title"], kinds
    assert kinds[-6:] == ["boilerplate", "byline", "byline", "byline", "dateline", "boilerplate"], kinds


def test_rows_of_values_with_no_caption_are_a_table_that_ends_with_them():
    """Rows of values under a heading, with no caption or unit line to announce them (`財務摘要` /
    `人民幣千元　二零二四年　二零二三年　變動` / `收益　…`), are a table: its header in words and each
    row of values a table row; the table ends at the first line with no cells (the next heading)."""
    body = "二零二四年，本集團收益及溢利均錄得穩健增長，主要受惠於新產品銷售增加及營運效率提升，毛利率亦較去年上升。"
    wrapped = [body[i:i + 36] for i in range(0, len(body), 36)]
    rows = ["人民幣千元 二零二四年 二零二三年 變動", "收益 1,254,300 1,086,120 +15.5%", "毛利 412,860 338,270 +22.1%",
            "年內溢利 156,420 121,930 +28.3%"]
    lines = [*wrapped, "財務摘要", *rows, "業務回顧", *wrapped]
    got, _ = clean_file(RawFile("results.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    kinds = [(b.kind, squeeze(b.text_original)) for b in got]
    assert kinds[1:7] == [("heading", "財務摘要"), *(("table_row", row.replace(" ", "｜")) for row in rows),
                          ("heading", "業務回顧")], kinds


def test_an_application_forms_cover():
    """An application form's cover: its title over two lines, the second naming the form's kind
    (`…申报书`); the case's name, the applicant and the recommending body in their fields (`申报单位
    （盖章）：…`) are bylines, the date filled in a dateline, the body that made the form (`…厅制`) a
    byline."""
    lines = ["2024年度某某市数字经济", "优秀案例申报书", "案例名称：工业互联网平台赋能中小企业", "申报单位（盖章）：某某信息技术有限公司",
             "推荐单位（盖章）：某某区科技和工业信息化局", "填报日期：2024年9月10日", "某某市工业和信息化局制"]
    got, _ = clean_file(RawFile("form.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    kinds = [(b.kind, squeeze(b.text_original)) for b in got]
    assert kinds == [("title", "2024年度某某市数字经济优秀案例申报书"), ("byline", squeeze(lines[2])),
                     ("byline", squeeze(lines[3])), ("byline", squeeze(lines[4])), ("dateline", "填报日期：2024年9月10日"),
                     ("byline", "某某市工业和信息化局制")], kinds


def test_a_reports_summary_column_read_first_gives_the_title_back():
    """A securities report's first page sets its summary column at the left (`投资要点` over bulleted
    points, the analyst, the licence number, the mail); read first, the label was taken for the
    title. It is the box's heading, the points a sidebar, the analyst a byline and the licence
    number boilerplate; the first unnumbered line after them, before any paragraph, is the title."""
    body = ("新型储能装机规模持续快速增长，产业链各环节技术迭代加速，龙头企业凭借规模与成本优势进一步扩大市场份额，"
            "行业集中度有望持续提升，建议关注具备核心技术的储能系统集成企业。")
    wrapped = [body[i:i + 30] for i in range(0, len(body), 30)]
    lines = ["投资要点", "● 装机高增：新型储能累计装机规模同比增长超过一倍。", "● 成本下降：电芯价格回落带动系统成本持续下行。",
             "● 投资建议：关注储能系统集成与温控环节龙头企业。", "分析师：赵某某", "执业证书编号：S0000123456789",
             "邮箱：zhaomoumou@example.com", "新型储能迎来规模化发展新阶段", "2024年5月8日", "1. 行业装机持续高增长", *wrapped]
    got, _ = clean_file(RawFile("report.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    kinds = [b.kind for b in got]
    assert kinds[:10] == ["heading", "sidebar", "sidebar", "sidebar", "byline", "boilerplate", "boilerplate", "title",
                          "dateline", "heading"], [(b.kind, b.text_original[:12]) for b in got]


def test_a_committee_opinions_number_and_its_signers():
    """A Macau Legislative Assembly committee's opinion: its number (`第3/VII/2024號意見書`) is a byline;
    at its end the date and place (`二零二四年七月五日於澳門特別行政區`) a dateline, and each post with its
    holders' names (`秘書　梁某某`, `委員　陳某某　李某某`) a byline."""
    body = ("委員會經細則性審議後，認為法案已具備提交立法會全體會議作細則性討論及表決的要件，並建議全體會議細則性"
            "通過法案，同時建議政府在法律生效後適時評估其實施成效。")
    wrapped = [body[i:i + 34] for i in range(0, len(body), 34)]
    lines = ["第一常設委員會", "第3/VII/2024號意見書", "事由：《數據安全法》法案", *wrapped, "二零二四年七月五日於澳門特別行政區",
             "第一常設委員會", "主席　何某某", "秘書　梁某某", "委員　陳某某　李某某　黃某某"]
    got, _ = clean_file(RawFile("opinion.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    kinds = [(b.kind, squeeze(b.text_original)) for b in got]
    assert kinds[1] == ("byline", "第3/VII/2024號意見書"), kinds
    assert [kind for kind, _ in kinds[-5:]] == ["dateline", "byline", "byline", "byline", "byline"], kinds


def test_a_numbered_paragraphs_first_line_at_the_width_is_no_heading():
    """In a text that numbers its paragraphs (`1.`, `2.`, …), a numbered first line that runs to the
    width and ends no sentence, over a line that goes on with the sentence, is the paragraph's
    opening, not a heading whose tail was glued to the text (revisions.rejoin_numbered_paragraphs);
    a short numbered heading over its paragraph stays a heading."""
    first = ["1. 特區政府於二零二四年三月十八日向立法會提交《科技創新促進法》", "法案（下稱「法案」）。法案於二零二四年四月十日在立法會全體會",
             "議上獲一般性通過，隨後交由本委員會進行細則性審議。"]
    second = ["2. 根據立法會主席批示，本委員會須於二零二四年六月三十日前提交意", "見書。委員會於二零二四年四月至六月期間共舉行八次會議，其中四次有",
              "政府代表列席。"]
    lines = ["I. 引言", *first, *second, "II. 法案概述", "3. 概述", "法案旨在建立科技創新促進制度。"]
    got, _ = clean_file(RawFile("opinion.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    kinds = [(b.kind, squeeze(b.text_original)) for b in got]
    assert ("paragraph", squeeze("".join(first))) in kinds and ("paragraph", squeeze("".join(second))) in kinds, kinds
    assert ("heading", "3.概述") in kinds, kinds


def test_a_bulletins_body_and_date_on_one_line_and_its_reporter_are_bylines():
    """A bulletin's masthead line of the compiling body and the date (`政协某某市委员会办公室　2024年6月18日`)
    is a byline, as `…编　2024年…` is, not a dateline; the reporter's line (`反映人：…`) is a byline."""
    body = ("近期有委员反映，我市中小企业数字化转型存在不敢转、不会转、转不起等问题，建议加大财政支持力度，培育一批"
            "面向中小企业的数字化转型服务商，降低企业转型成本。")
    wrapped = [body[i:i + 34] for i in range(0, len(body), 34)]
    lines = ["社情民意信息", "第18期", "政协某某市委员会办公室　2024年6月18日", "关于推动中小企业数字化转型的建议", *wrapped,
             "反映人：王某某（市政协委员，某某大学教授）"]
    got, _ = clean_file(RawFile("bulletin.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    kinds = dict((squeeze(b.text_original), b.kind) for b in got)
    assert kinds["政协某某市委员会办公室2024年6月18日"] == "byline", kinds
    assert kinds["反映人：王某某（市政协委员，某某大学教授）"] == "byline", kinds


def test_a_numbered_reference_list_ends_at_a_line_that_opens_no_entry():
    """A numbered reference list's entry that ended with its stop is whole: a line after it that
    opens no entry and holds no year, page or type mark (`How Data …`, a journal's English title
    after its references) ends the list; a line with the entry's year and pages is its tail."""
    lines = ["参考文献：", "[1] 洪银兴. 发展新质生产力 建设现代化产业体系[J]. 当代经济研究, 2024(2): 7-9.",
             "[2] JONES C I, TONETTI C. Nonrivalry and the economics of data[J]. American Economic Review,",
             "2020, 110(9): 2819-2858.", "How Data Elements Empower New Quality Productive Forces", "ZHANG Moumou, LI Moumou"]
    got, _ = clean_file(RawFile("article.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    items = [b.text_original for b in got if b.kind == "list_item"]
    assert len(items) == 2 and items[1].endswith("2819-2858."), items
    assert any(b.text_original == "How Data Elements Empower New Quality Productive Forces" for b in got)


def test_a_judgments_head_and_its_signers():
    """A court's judgment: the court's name over the document's kind (`民事判决书`, cue document_kind)
    is the issuer's byline and the kind the title; the case number (`（2024）某02民初456号`) a byline;
    the judges and the clerk by their posts (`审判长　王某某`, `书记员　赵某某`) bylines."""
    body = ("本院认为，原告系涉案发明专利的专利权人，该专利权合法有效，应受法律保护。被告未经许可，为生产经营目的"
            "制造、销售落入涉案专利权保护范围的产品，构成侵权，应当承担停止侵害、赔偿损失的民事责任。")
    wrapped = [body[i:i + 32] for i in range(0, len(body), 32)]
    lines = ["某某省某某市中级人民法院", "民事判决书", "（2024）某02民初456号", *wrapped, "审判长　王某某", "审判员　李某某",
             "二〇二四年九月十二日", "书记员　赵某某"]
    got, _ = clean_file(RawFile("judgment.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    kinds = [(b.kind, squeeze(b.text_original)) for b in got]
    assert kinds[:3] == [("byline", "某某省某某市中级人民法院"), ("title", "民事判决书"), ("byline", "（2024）某02民初456号")], kinds
    assert [kind for kind, _ in kinds[-4:]] == ["byline", "byline", "dateline", "byline"], kinds


def test_a_footer_of_contacts_wider_than_the_text_with_the_page_number_is_furniture():
    """A leaflet's footer of the office's address and contacts, wider than the text and longer than
    a head, with the page's number at its end (`某某大学技术转移中心　地址：…　网址：…　1`), is a running
    footer on a text of two pages (margins.numbered_running_lines: MAX_FOOTER_CHARS)."""
    footer = "某某大学技术转移中心　地址：某某市某某区学府路1号　电话：0571-8795 0000　网址：ttc.example.edu.cn {}"
    body = ("该成果针对工业质检中人工目检效率低、漏检率高的问题，研发基于深度学习的缺陷智能检测系统，检测准确率达到"
            "百分之九十九以上，已在多家企业推广应用，取得良好的经济效益和社会效益。")
    wrapped = [body[i:i + 36] for i in range(0, len(body), 36)]
    lines = [footer.format(1), "成果一　工业产品表面缺陷智能检测系统", *wrapped, footer.format(2), "成果二　智能检测系统",
             *wrapped]
    got, removed = clean_file(RawFile("sheets.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    assert not any("技术转移中心" in b.text_original for b in got), [b.text_original[:20] for b in got]
    assert [b.page for b in got] == [1, 1, 2, 2]
    assert [r.kind for r in removed] == ["running_header", "running_header"]


def test_a_wrapped_tail_that_closes_a_bracket_is_no_head_and_a_notes_date_keeps_its_digits():
    """A line beside a page's number that closes a bracket opened on the line before (`务总局　财政部
    公告2023年第11号）`) is the wrapped tail of a list's entry, no running head standing alone; and a
    note's date (`截至2024年5月31日`) keeps its month: a number that counts what follows it is no
    note's label out of place (footnotes._counts_something)."""
    lines = ["— 1 —", "支持科技创新税费优惠政策指引", "为帮助经营主体及时了解、充分享受支持科技创新的税费优惠政策，我局对现",
             "行主要政策进行了梳理，形成本指引，供纳税人参考。", "【政策依据】",
             "1.《关于进一步完善研发费用税前加计扣除政策的公告》（财政部 税务总局",
             "公告2023年第7号）", "2.《关于优化预缴申报享受研发费用加计扣除政策有关事项的公告》（国家税",
             "务总局 财政部公告2023年第11号）", "— 2 —", "二、高新技术企业减按15%税率征收企业所得税",
             "【享受主体】国家重点扶持的高新技术企业。",
             "注：本指引根据截至2024年5月31日的现行政策整理，仅供参考，具体以相关文件规定为准。"]
    got, removed = clean_file(RawFile("guide.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    texts = [squeeze(b.text_original) for b in got]
    assert "2.《关于优化预缴申报享受研发费用加计扣除政策有关事项的公告》（国家税务总局财政部公告2023年第11号）" in texts, texts
    assert any("截至2024年5月31日" in t for t in texts), texts
    assert not any(r.kind == "running_header" for r in removed)


def test_a_list_of_cited_documents_and_a_tables_end_at_a_subhead():
    """Lines numbered 1., 2., … each naming a document in 《》 right after the number are a list of the
    documents cited, not headings (revisions.mark_cited_documents); a body's name and a month over
    the text (`…税务局　2024年6月`) a byline; a table's rows end at a subhead (`（三）…`) under them; the
    officers' line (`董事長：…　經理人：…`) a byline."""
    body = "112年度營業收入淨額較111年度增加12.2%，本期淨利增加17.0%，主要來自半導體設備零組件出貨增加。"
    lines = ["支持科技创新税费优惠政策指引", "国家税务总局某某省税务局　2024年6月", "【政策依据】",
             "1.《中华人民共和国企业所得税法》第二十八条第二款", "2.《高新技术企业认定管理办法》（国科发火〔2016〕32号）",
             "（二）財務收支及獲利能力分析", "單位：新臺幣千元", "項目 112年度 111年度 增減比率（%）",
             "營業收入淨額 8,426,315 7,512,804 12.2", "本期淨利 1,025,436 876,210 17.0", "（三）研究發展狀況", body,
             "董事長：陳某某　經理人：林某某　會計主管：黃某某"]
    got, _ = clean_file(RawFile("mixed.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    kinds = dict((squeeze(b.text_original), b.kind) for b in got)
    assert kinds["国家税务总局某某省税务局2024年6月"] == "byline", kinds
    assert kinds["1.《中华人民共和国企业所得税法》第二十八条第二款"] == "list_item", kinds
    assert kinds["（三）研究發展狀況"] == "heading" and kinds[squeeze(body)] == "paragraph", kinds
    assert kinds["董事長：陳某某經理人：林某某會計主管：黃某某"] == "byline", kinds


def test_ordinal_points_closed_by_semicolons_are_list_items_and_the_closing_formula_stands_apart():
    """Paragraphs that open with an ordinal (`一是…`, `二是…`) and close with `；`, two or more in a row,
    and the one after them that ends the sentence, are a list's items, as numbered points are
    (revisions.mark_numbered_points); a report's closing formula (`以上报告，请予评议。`) is a paragraph
    of its own after the last paragraph's sentence."""
    points = ["一是理论学习的深度和系统性还不够，运用理论指导实践的能力有待进一步提高；",
              "二是深入基层调查研究不够经常，对企业发展中遇到的难点问题掌握得还不够全面；",
              "三是推动科技成果就地转化的办法还不够多，创新平台的带动作用尚未充分发挥。"]
    closing = "在今后的工作中，我将坚持问题导向，切实加强理论学习，深入开展调查研究，以更加务实的作风做好各项工作。"
    lines = ["三、存在的不足", "　　对照岗位职责和群众期盼，我在工作中还存在一些不足：",
             *(f"　　{point[:30]}\n{point[30:]}" for point in points), "　　" + closing[:32], closing[32:],
             "　　以上报告，请予评议。"]
    got, _ = clean_file(RawFile("report.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    kinds = [(b.kind, b.text_original) for b in got]
    assert [kind for kind, text in kinds if text in points] == ["list_item"] * 3, kinds
    assert kinds[-2:] == [("paragraph", closing), ("paragraph", "以上报告，请予评议。")], kinds


def test_a_numbered_lead_into_a_list_is_a_paragraph_and_a_suggestions_labels_and_deputies():
    """A numbered line that leads into what follows, a clause before its colon (`95. 為加快推動新型工業化，
    我會推出以下措施：`), is a paragraph, not a heading; a deputy's suggestion's lines of its deputies
    (`领衔代表：…`, `附议代表：…`, `所在代表团：…`) are bylines; a label alone (`建议：`) after a line that
    ends a sentence opens its part, a heading, though that line ran to the width."""
    lead = ["95. 為加快推動新型工業化，我會推出以下措施：", "(a) 預留100億元，設立「新型工業化發展基金」；",
            "(b) 推出「新型工業加速計劃」，資助企業建設智能生產線。"]
    got, _ = clean_file(RawFile("speech.txt", "0" * 64, "\n".join(["創新科技", *lead]) + "\n", {}))
    assert [b.kind for b in got if b.text_original.startswith("95.")] == ["paragraph"]
    body = "概念验证是科技成果从实验室走向市场的关键环节，我市高校院所科研成果丰富，但转化率偏低，亟需补齐短板。"
    lines = ["关于加快建设概念验证中心的建议", "领衔代表：王某某", "附议代表：李某某　陈某某　赵某某", "所在代表团：某某区代表团",
             "案由：", body[:34], body[34:], "建议：", "为此，建议市政府从以下四个方面加快推进概念验证中心建设。"]
    got, _ = clean_file(RawFile("suggestion.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    kinds = dict((squeeze(b.text_original), b.kind) for b in got)
    assert [kinds[squeeze(line)] for line in lines[1:4]] == ["byline"] * 3, kinds
    assert kinds["建议："] == "heading", kinds


def test_an_official_documents_addressees_stand_on_a_line_of_their_own():
    """The bodies an official document is addressed to (`各区人民政府，市政府各部门、各直属机构：`, cue
    salutation_pattern) are a paragraph of their own over the text, however wide the line against a
    wrap width that the text's short list lines drew down."""
    awards = [("高性能碳化硅功率器件关键技术研发与应用", "某某半导体有限公司、某某大学", "王某某、李某某、陈某某、张某某"),
              ("动力电池智能制造成套装备研制与应用", "某某智能装备股份有限公司", "赵某某、孙某某、周某某、吴某某"),
              ("城市轨道交通智能运维关键技术及应用", "某某地铁集团有限公司", "沈某某、韩某某、杨某某、朱某某")]
    listed = [line for n, (name, units, people) in enumerate(awards, 1)
              for line in (f"{n}. {name}", f"主要完成单位：{units}", f"主要完成人：{people}")]
    lines = ["某某市人民政府文件", "某府发〔2024〕15号", "某某市人民政府关于2023年度", "某某市科学技术奖励的决定",
             "各区人民政府，市政府各部门、各直属机构：",
             "为深入实施创新驱动发展战略，充分调动广大科技工作者的积极性", "和创造性，市人民政府决定授予3项成果市科学技术进步奖。",
             "一、科学技术进步奖一等奖（3项）", *listed]
    got, _ = clean_file(RawFile("decision.txt", "0" * 64, "\n".join(lines) + "\n", {}))
    assert ("paragraph", "各区人民政府，市政府各部门、各直属机构：") in [(b.kind, b.text_original) for b in got], \
        [(b.kind, b.text_original[:20]) for b in got]
