"""Script detection and OpenCC normalisation, with the real OpenCC on the real raw files."""
from __future__ import annotations

import hashlib
import random
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

from nqp_corpus import script
from nqp_corpus.model import Block, Document, RawFile
from nqp_corpus.script import (
    _UNMET, CONFIG_STEPS, HANS, HANT, LengthChangedError, PhraseListError, _char_classes, _checked, _ClassCache,
    convert_each, converter, detect_script, mainland_quotes, normalise_document, parse_phrases, phrase_list,
    script_counts, traditional_by_words, words_of,
)
from nqp_corpus.sentences import segment_document

RAW = Path(__file__).resolve().parent.parent / "raw"
DECLARED = {"000": HANT, "001": HANS, "002": HANT, "003": HANS, "004": HANS}


def raw_file(prefix: str) -> RawFile:
    path = next(RAW.glob(f"{prefix}_*.txt"))
    data = path.read_bytes()
    return RawFile(path.name, hashlib.sha256(data).hexdigest(), data.decode("utf-8"),
                   {"script": DECLARED[prefix]})


def paragraph_blocks(raw: RawFile) -> list[Block]:
    """Tiny stand-in for the cleaner: strip non-blank lines and join them (no separator) into a
    block until a line ends in 。！？; offsets map every character back to the raw text."""
    blocks, chars, offs, pieces = [], [], [], []
    lines = raw.text.split("\n")
    for start, line in zip(raw.line_offsets, lines):
        if not line.strip():
            continue
        s = start + len(line) - len(line.lstrip())
        e = start + len(line.rstrip())
        chars.append(raw.text[s:e])
        offs.extend(range(s, e))
        pieces.append((s, e))
        if line.rstrip().endswith(("。", "！", "？")):
            blocks.append(Block("paragraph", pieces, "".join(chars), offs,
                                raw.line_of(pieces[0][0]), raw.line_of(pieces[-1][1] - 1)))
            chars, offs, pieces = [], [], []
    if pieces:
        blocks.append(Block("paragraph", pieces, "".join(chars), offs,
                            raw.line_of(pieces[0][0]), raw.line_of(pieces[-1][1] - 1)))
    return blocks


def normalised(prefix: str) -> Document:
    """The script stages of the pipeline: Simplified text, its words, Traditional text."""
    raw = raw_file(prefix)
    doc = Document(raw.name, paragraph_blocks(raw))
    normalise_document(raw, doc)
    segment_document(doc)
    traditional_by_words(doc)
    return doc


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    return {p: normalised(p) for p in DECLARED}


def block_with(doc: Document, original: str) -> Block:
    return next(b for b in doc.blocks if original in b.text_original)


# ---------------------------------------------------------------- phrase list

def test_phrase_list_loads_and_is_valid() -> None:
    phrases = phrase_list()
    assert phrases.table["随著"] == "随着"
    assert phrases.table["显著"] == "显著"  # guard row
    for src, dst in phrases.table.items():
        assert len(src) == len(dst)
        # sources are written as OpenCC outputs them, so they can match hk2s output at all
        assert converter("hk2s").convert(src) == src, src


@pytest.mark.parametrize("rows, message", [
    (["随著\t随着着\tx"], "changes length"),
    (["随著\t随着\tx", "随著\t随着\ty"], "duplicate"),
    (["随著\t随着"], "3 tab-separated"),
    (["\t随着\tx"], "3 tab-separated"),
])
def test_phrase_list_validation(rows: list[str], message: str) -> None:
    with pytest.raises(PhraseListError, match=message):
        parse_phrases(rows)


def test_phrase_list_is_leftmost_longest() -> None:
    phrases = parse_phrases(["著力\t着力\ta", "显著\t显著\tguard"])
    assert phrases.apply("显著力度与著力点") == ("显著力度与着力点", 1)


# ---------------------------------------------------------------- 著 on real HK snippets

@pytest.mark.parametrize("original, simplified", [
    ("但隨著中國經濟", "但随着中国经济"),
    ("不意味著忽視", "不意味着忽视"),
    ("也代表著我國經濟", "也代表着我国经济"),
    ("改革，著力打通", "改革，着力打通"),
    ("行動，著力補齊", "行动，着力补齐"),
    ("主義顯著升溫", "主义显著升温"),  # 显著 keeps 著
])
def test_zhu_in_000(docs: dict[str, Document], original: str, simplified: str) -> None:
    block = block_with(docs["000"], original)
    i = block.text_original.index(original)
    assert block.text[i:i + len(simplified)] == simplified
    assert block.text_traditional[i:i + len(original)] == original


def test_zhu_across_a_line_break_in_000(docs: dict[str, Document]) -> None:
    # raw has "四分之一。隨\n\n著科技人力資": converted after reflow, so the phrase list sees 随著
    raw = raw_file("000")
    assert "隨\n\n著科技" in raw.text
    block = block_with(docs["000"], "隨著科技人力")
    assert "随着科技人力" in block.text


def test_zhu_in_002(docs: dict[str, Document]) -> None:
    block = block_with(docs["002"], "經濟的著力點")
    assert "经济的着力点" in block.text


def test_zhu_counts(docs: dict[str, Document]) -> None:
    # 000: 著 ×10 = 著力 ×5, 随著 ×2, 意味著, 代表著, 显著 (kept); 002: 著力点 ×1
    assert docs["000"].metadata["opencc_phrase_fixes"] == 9
    assert docs["002"].metadata["opencc_phrase_fixes"] == 1
    text = "".join(b.text for b in docs["000"].blocks)
    assert text.count("著") == 1 and "显著升温" in text
    assert text.count("着") == 9


# ---------------------------------------------------------------- punctuation policy

def test_corner_brackets_become_curly_quotes_in_text_only(docs: dict[str, Document]) -> None:
    block = block_with(docs["000"], "首次提出「新質生產力」")
    assert "首次提出“新质生产力”" in block.text
    assert "「新質生產力」" in block.text_original
    assert block.text_traditional == block.text_original  # HK source: the original Traditional
    assert "『" not in "".join(b.text for b in docs["000"].blocks)
    for doc in docs.values():
        for b in doc.blocks:
            assert not set("「」『』") & set(b.text)


@pytest.mark.parametrize("text, expected", [
    ("「新質」與『生產力』", "“新質”與‘生產力’"),
    ("他說：「『新』是關鍵」。", "他說：“‘新’是關鍵”。"),  # nested
    ("「未閉合", "“未閉合"),  # one for one, even when unpaired
    ("沒有引號", "沒有引號"),
])
def test_mainland_quotes(text: str, expected: str) -> None:
    assert mainland_quotes(text) == expected


def test_simplified_sources(docs: dict[str, Document]) -> None:
    """text_traditional is s2t word by word: every token's span holds the token converted on its
    own, and the text between tokens (whitespace, nothing else) is as s2t makes it."""
    s2t = converter("s2t")
    tokens = 0
    for prefix in ("001", "003", "004"):
        for b in docs[prefix].blocks:
            assert b.text == b.text_original  # none of them uses corner brackets
            for sentence in b.sentences:
                at = sentence.char_start
                for token in sentence.tokens:
                    at = b.text.index(token, at)
                    assert b.text_traditional[at:at + len(token)] == s2t.convert(token)
                    at += len(token)
                    tokens += 1
    assert tokens > 100_000
    block = block_with(docs["001"], "新质生产力")
    i = block.text.index("新质生产力")
    assert block.text_traditional[i:i + 5] == "新質生產力"


@pytest.mark.parametrize("simplified, whole, by_words", [
    # OpenCC's phrase across two words (in brackets), and the seed file that has the case
    ("牢牢把握发展的主动权", "牢牢把握髮展的主動權", "牢牢把握發展的主動權"),  # [握发] 001
    ("企业家具有创新精神", "企業傢俱有創新精神", "企業家具有創新精神"),  # [家具] 001
    ("为新质生产力指明了方向", "爲新質生產力指明瞭方向", "爲新質生產力指明了方向"),  # [明了] 001
    ("推动传统制造业转型", "推動傳統制造業轉型", "推動傳統製造業轉型"),  # [统制] 001
    ("人人参与劳动", "人人蔘與勞動", "人人參與勞動"),  # [人参] 001
    ("更加注重原始创新", "更加註重原始創新", "更加注重原始創新"),  # [加注] 001
    ("造成很大冲击", "造成很大沖擊", "造成很大衝擊"),  # [大冲] 001
    ("接入各公有云", "接入各公有云", "接入各公有雲"),  # [有云 'it is said'] 003
])
def test_traditional_text_is_converted_word_by_word(simplified: str, whole: str, by_words: str) -> None:
    """Each case read by eye: the whole-text conversion is wrong, the word-by-word one right."""
    block = Block("paragraph", [(0, len(simplified))], simplified, list(range(len(simplified))), 1, 1)
    doc = Document("x.txt", [block])
    normalise_document(RawFile("x.txt", "", simplified, {"script": HANS}), doc)
    segment_document(doc)
    traditional_by_words(doc)
    assert converter("s2t").convert(simplified) == whole
    assert block.text_traditional == by_words


def test_words_are_cut_at_the_token_boundaries() -> None:
    """A break before every token and sentence but the first; a space the tokens leave out stays
    with the word before it; an original that differs from the Simplified text (here a corner
    bracket, which `text` has as a quote) is cut at the same offsets."""
    block = Block("paragraph", [(0, 14)], "发展 新质生产力。推动「它」！", list(range(14)), 1, 1)
    block.text = mainland_quotes(block.text_original)
    doc = Document("x.txt", [block])
    segment_document(doc)
    assert [s.tokens for s in block.sentences] == [["发展", "新质生产力", "。"], ["推动", "“", "它", "”", "！"]]
    assert words_of(block) == ["发展 ", "新质生产力", "。", "推动", "「", "它", "」", "！"]



def test_length_preserved_in_every_block(docs: dict[str, Document]) -> None:
    n = 0
    for doc in docs.values():
        for b in doc.blocks:
            assert len(b.text) == len(b.text_original) == len(b.text_traditional) == len(b.offsets)
            n += 1
    assert n > 1000


def test_length_check_names_the_block() -> None:
    block = Block("paragraph", [(10, 14)], "abcd", [10, 11, 12, 13], 3, 4)
    doc = Document("x.txt", [block])
    with pytest.raises(LengthChangedError, match=r"x\.txt block raw 10-14 \(lines 3-4\)"):
        _checked(block, "hk2s", "abcd", "abc", doc)


# ---------------------------------------------------------------- detection and metadata

@pytest.mark.parametrize("prefix", sorted(DECLARED))
def test_detection_labels_the_raw_files(prefix: str, docs: dict[str, Document]) -> None:
    found = detect_script(raw_file(prefix).text)
    assert found.script == DECLARED[prefix]
    assert not found.mixed
    meta = docs[prefix].metadata
    assert meta["script"] == DECLARED[prefix] and meta["script_mixed"] is False
    if DECLARED[prefix] == HANT:
        assert (meta["opencc_config"], meta["opencc_config_traditional"]) == ("hk2s", "original")
    else:
        assert (meta["opencc_config"], meta["opencc_config_traditional"]) == ("original", "s2t")


def test_one_stray_simplified_character_is_not_mixed(docs: dict[str, Document]) -> None:
    text = block_with(docs["000"], "首次提出「新質生產力」").text_original
    clean = detect_script(text)
    assert clean.script == HANT and clean.simp == 0 and clean.trad > 20
    stray = text.replace("國", "国", 1)  # one Simplified-only character
    found = detect_script(stray)
    assert found.script == HANT and not found.mixed
    assert (found.trad, found.simp) == (clean.trad - 1, 1)


def test_substantial_minority_is_mixed() -> None:
    # Traditional-only: 國進質產內讀內關 (8); Simplified-only: 发质产动质发内点 (8) + 数实经济 (4)
    trad = "國家推進新質生產力的背景及其內涵解讀，引起了海內外各界的高度關注。"
    simp = "发展新质生产力是推动高质量发展的内在要求和重要着力点。数实融合，经济。"
    found = detect_script(trad + simp)
    assert (found.trad, found.simp) == (8, 12)
    assert found.mixed and found.script == HANS


def test_too_little_evidence_keeps_the_declared_script() -> None:
    raw = RawFile("x.txt", "", "", {"script": HANT})
    doc = Document("x.txt", [Block("paragraph", [(0, 4)], "生产要素", [0, 1, 2, 3], 1, 1)])
    normalise_document(raw, doc)
    assert doc.metadata["script"] == HANT
    assert doc.blocks[0].text == "生产要素"


def test_converter_is_cached_per_process() -> None:
    assert converter("hk2s") is converter("hk2s")


# ---------------------------------------------------------------- counting = the per-character definition

# Unicode's Han blocks (ideographs and compatibility ideographs), with a few neighbours outside them.
HAN_BLOCKS = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF),
              (0x2A700, 0x2B73F), (0x2B740, 0x2B81F), (0x2B820, 0x2CEAF), (0x2CEB0, 0x2EBEF),
              (0x2EBF0, 0x2EE5F), (0x2F800, 0x2FA1F), (0x30000, 0x3134F), (0x31350, 0x323AF)]
NEIGHBOURS = "\u2e80\u2f00\u3005\u3007\u33ff\ua000\uf8ff\ufb00\uff01a1。\U0001ffff\U000e0100"


@lru_cache(maxsize=None)
def reference_class(ch: str) -> int:
    """The class of one character, converted alone (one OpenCC call per config)."""
    return _char_classes([ch])[0]


def reference_counts(text: str) -> tuple[int, int]:
    """The definition of script_counts: every Han character, one by one."""
    trad = simp = 0
    for ch, n in Counter(text).items():
        if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000":
            c = reference_class(ch)
            trad += n * (c == 1)
            simp += n * (c == -1)
    return trad, simp


def han_sample() -> list[str]:
    """Every BMP Han character, every 17th character of the other Han blocks, and the neighbours."""
    chars = [chr(cp) for lo, hi in HAN_BLOCKS for cp in range(lo, hi + 1, 1 if hi < 0x10000 else 17)]
    return chars + list(NEIGHBOURS)


def test_char_classes_of_many_characters_at_once_are_their_classes_alone() -> None:
    """The batch joins characters by line breaks for one OpenCC call per config: each must come out
    as it does converted alone, over every BMP Han character and samples of the rest."""
    chars = han_sample() + sorted(set("".join(raw_file(p).text for p in DECLARED)) - {"\n"})
    assert _char_classes(chars) == [reference_class(ch) for ch in chars]
    assert _char_classes([]) == []


@pytest.mark.parametrize("config", sorted(CONFIG_STEPS))
def test_a_config_run_in_steps_converts_as_the_config_itself(config: str) -> None:
    """s2hk as s2t then t2hk (and s2tw as s2t then t2tw) gives what OpenCC's own config gives, on
    every BMP Han character, samples of the rest, and every line of the seeds."""
    assert len(CONFIG_STEPS[config]) > 1
    pieces = han_sample() + [line for prefix in DECLARED for line in raw_file(prefix).text.split("\n")]
    pieces += convert_each("t2s", pieces)  # the seeds' Traditional files, in Simplified too
    direct = converter(config).convert("\n".join(pieces)).split("\n")
    assert convert_each(config, pieces) == direct
    assert sum(a != b for a, b in zip(pieces, direct)) > 10000  # the comparison sees real conversions


def test_class_cache_counts_every_character_as_defined(monkeypatch: pytest.MonkeyPatch) -> None:
    chars = han_sample() + sorted(set("".join(raw_file(p).text for p in DECLARED)))
    # the sample holds telling characters outside the BMP (both kinds) and compatibility ideographs
    assert {reference_class(ch) for ch in chars if ch >= "\U00020000"} == {-1, 0, 1}
    assert {reference_class(ch) for ch in chars if "\uf900" <= ch <= "\ufaff"} == {0, 1}
    cache = _ClassCache()
    for ch in chars:
        assert cache.counts(ch) == reference_counts(ch), repr(ch)

    def no_opencc(chars: list[str]) -> list[int]:
        raise AssertionError(f"classes of {chars} computed again")

    monkeypatch.setattr(script, "_char_classes", no_opencc)  # the second pass reads the table only
    for ch in chars:
        assert cache.counts(ch) == reference_counts(ch), repr(ch)


def test_class_cache_counts_texts_as_it_learns() -> None:
    """Random texts of seed and Han-block characters, each partly met before and partly new to one
    cache: the counts equal the definition whatever the cache has learned so far."""
    rng = random.Random(7)
    seeds = [raw_file(p).text for p in DECLARED]
    pool = han_sample() + list("".join(seeds))
    cache = _ClassCache()
    learned = []
    for _ in range(200):
        text = "".join(rng.choices(pool, k=rng.randrange(0, 300)))
        assert cache.counts(text) == reference_counts(text)
        learned.append(int(np.count_nonzero(cache.table != _UNMET)))
    assert len(set(learned)) >= 100  # most texts brought new characters
    for text in seeds:
        assert script_counts(text) == reference_counts(text)


def test_traditional_text_against_the_hand_checked_sample() -> None:
    """tests/gold/traditional_gold.jsonl: 80 sentences whose Traditional form was read character by
    character (README_traditional.md). Every character the pipeline converts is the one the reader
    accepted, and none is missing: a changed conversion needs another reading."""
    from nqp_corpus.quality import traditional_scores

    score = traditional_scores()
    assert score.gold == 1302
    assert score.true_positive == score.predicted == score.gold, score
