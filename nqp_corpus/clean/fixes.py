"""Text fixes, each small, named and explainable (in the spirit of ftfy).

A fix works on a `Chars` buffer: the block's characters, each with the raw offset it came from.
It returns the number of changes it made and appends any non-whitespace character it deletes to
the removed ledger, so nothing leaves the text silently. Fixes compose in `TEXT_FIXES` order.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from pathlib import Path

from ..yamlfile import load_valid_yaml
from .chars import PRIVATE_USE, QUOTE_CLOSERS, is_han, is_wide
from .cues import SCHEMA_DIR, load_cues


@dataclass
class Chars:
    """The block's text, with the raw offset each character came from (`offs[i]` for `text[i]`).
    One string, not a list of one-character strings: the fixes read the text far more often than
    they change it, and a string costs no object per character."""

    text: str
    offs: list[int]
    deleted: list[tuple[str, int, str]] = field(default_factory=list)  # (kind, raw offset, char)
    note_refs: list[str] = field(default_factory=list)  # labels of note markers taken out
    list_entry: bool = False  # a list's item: a bracketed number opening it is its label (`[1] 蔡昉：…`)

    def keep(self, keep: list[bool], kind: str) -> int:
        """Drop the characters whose flag is False, ledgering the non-whitespace ones as `kind`."""
        if all(keep):
            return 0
        i = -1
        try:
            while True:  # the dropped characters are few: find them with list.index, not a loop
                i = keep.index(False, i + 1)
                if not self.text[i].isspace():
                    self.deleted.append((kind, self.offs[i], self.text[i]))
        except ValueError:
            pass
        text = "".join(compress(self.text, keep))
        dropped = len(self.text) - len(text)
        self.text, self.offs = text, list(compress(self.offs, keep))
        return dropped

    def cut_matches(self, pattern: re.Pattern[str], kind: str) -> int:
        """cut() of every match of the pattern. Most blocks hold none: one search in C decides that
        (the match list built per block cost ~5% of cleaning the seeds)."""
        if pattern.search(self.text) is None:
            return 0
        return self.cut([m.span() for m in pattern.finditer(self.text)], kind)

    def cut(self, spans: list[tuple[int, int]], kind: str) -> int:
        """keep() for runs: drop the characters of non-empty, ascending, disjoint index spans,
        copying what lies between them in slices rather than testing a flag per character."""
        if not spans:
            return 0
        text = self.text
        pieces: list[str] = []
        offs: list[int] = []
        at = 0
        for start, end in spans:
            if not text[start:end].isspace():  # most runs cut are whitespace: no ledger entry
                for i in range(start, end):
                    if not text[i].isspace():
                        self.deleted.append((kind, self.offs[i], text[i]))
            pieces.append(text[at:start])
            offs += self.offs[at:start]
            at = end
        pieces.append(text[at:])
        offs += self.offs[at:]
        self.text = "".join(pieces)
        self.offs = offs
        return len(text) - len(self.text)

    def replace_at(self, positions: list[int], ch: str) -> None:
        """Put `ch` in place of the characters at these indices (offsets stay: the length does)."""
        chars = list(self.text)
        for i in positions:
            chars[i] = ch
        self.text = "".join(chars)


def drop_private_use_glyphs(buf: Chars) -> int:
    """PDF fonts map bullets and ornaments to private-use code points (e.g. U+F06C ``).

    >>> b = Chars("\\uf06c 要以", [0, 1, 2, 3]); drop_private_use_glyphs(b), b.text
    (1, ' 要以')
    """
    return buf.cut_matches(PRIVATE_USE, "private_use_glyph")


# Unicode format characters that print nothing: soft hyphens (U+00AD, left at a PDF's line-break
# points), zero-width spaces and non-joiners, word joiners, byte-order marks inside the text,
# direction marks and bidirectional embeddings, overrides and isolates. Inside Chinese text they only
# split words (each became a token of its own). The zero-width joiner stays: it binds emoji.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200e\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069]")


def drop_invisible_format_chars(buf: Chars) -> int:
    """Invisible format characters (soft hyphen, zero-width space, bidirectional controls ...).

    >>> b = Chars("新质\u200b生产\u00ad力\u202e。", list(range(8))); drop_invisible_format_chars(b), b.text
    (3, '新质生产力。')
    """
    return buf.cut_matches(_INVISIBLE, "pdf_artifact")


# C0 controls but tab, line feed and carriage return (a form feed is a page break, read by the
# layout), DEL and the C1 controls: they print nothing. pypdf writes DEL for a glyph its font maps
# to no character (a bullet drawn from a CJK font).
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# pdfminer writes `(cid:N)` for a glyph its font maps to no character.
_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")


def drop_control_chars(buf: Chars) -> int:
    r"""Control characters: DEL for an unmapped glyph, stray C0 and C1 codes.

    >>> b = Chars("\x7f要以\x08科技", list(range(6))); drop_control_chars(b), b.text
    (2, '要以科技')
    """
    return buf.cut_matches(_CONTROL, "pdf_artifact")


def drop_unmapped_glyph_codes(buf: Chars) -> int:
    """pdfminer's `(cid:N)`, the number of a glyph its font maps to no character: no text.

    >>> b = Chars("(cid:127) 加快发展", list(range(14))); drop_unmapped_glyph_codes(b), b.text
    (9, ' 加快发展')
    """
    return buf.cut_matches(_UNMAPPED_GLYPH, "pdf_artifact")


def collapse_doubled_glyphs(buf: Chars) -> int:
    """Text drawn twice over itself (a fake bold: each glyph printed twice, a hair apart) comes out
    with every character doubled: `一一、、总总体体要要求求`. A block made wholly of such pairs, three
    or more, keeps one of each; a reduplicated word (`认认真真`) is two pairs among other text, and a
    line of one symbol over and over (`＊＊＊＊＊＊`) a rule drawn in text.
    Spaces the extractor put between the pairs go first (remove_spurious_spaces runs before).

    >>> b = Chars("一一、、总总体体要要求求", list(range(12))); collapse_doubled_glyphs(b), b.text
    (6, '一、总体要求')
    >>> b = Chars("认认真真抓好落实", list(range(8))); collapse_doubled_glyphs(b), b.text
    (0, '认认真真抓好落实')
    >>> b = Chars("＊＊＊＊＊＊", list(range(6))); collapse_doubled_glyphs(b), b.text  # a rule of one symbol
    (0, '＊＊＊＊＊＊')
    """
    text = buf.text
    if len(text) < 6 or len(text) % 2 or text[0::2] != text[1::2] or text.count(text[0]) == len(text):
        return 0
    return buf.cut([(k, k + 1) for k in range(1, len(text), 2)], "pdf_artifact")


def drop_replacement_chars(buf: Chars) -> int:
    """U+FFFD marks a glyph the extractor could not map; it carries no text."""
    if "\ufffd" not in buf.text:
        return 0
    return buf.keep([c != "\ufffd" for c in buf.text], "replacement_char")


_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def strip_markdown_emphasis(buf: Chars) -> int:
    """Exported documents keep markdown emphasis: `**技术革命性突破**` → `技术革命性突破`."""
    if "**" not in buf.text and "__" not in buf.text:
        return 0  # the regex opens with an alternation: it would try every position
    spans = [span for m in _EMPHASIS.finditer(buf.text) for span in (m.span(1), (m.end(2), m.end()))]
    return buf.cut(spans, "markup") // 2


_FOLD = {cp: cp - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
         for cp in range(r[0], r[1] + 1)} | {0x3000: ord(" ")}
_FOLDABLE = re.compile("[０-９Ａ-Ｚａ-ｚ\u3000]")  # the keys of _FOLD


def fold_fullwidth_alnum(buf: Chars) -> int:
    """Full-width Latin letters and digits (`ＣａＧｌ`, `２０２４`) become ASCII; U+3000 a space.

    Only these are folded (not NFKC of the whole text, which would also turn ，；？（） into
    ASCII punctuation). Length is preserved, so offsets stay valid.
    """
    changed = len(_FOLDABLE.findall(buf.text))
    if changed:
        buf.text = buf.text.translate(_FOLD)
    return changed


# \s+ spelled \s\s*: the engine skips ahead to a pattern's leading character class with a fast
# scan, which it does not do for a leading repeat; over the blocks of the seed files, finditer
# takes 0.010 s instead of 0.014 s (first call) and 0.0065 s instead of 0.011 s (second call).
_WHITESPACE_RUN = re.compile(r"\s\s*")


def remove_spurious_spaces(buf: Chars) -> int:
    """Whitespace next to a wide (CJK) character is an extraction artefact; between two narrow
    characters it is a real word space and is collapsed to one.

    `2024 年 3 月 1 日` → `2024年3月1日`; `R&D 投入` → `R&D投入`;
    `Total Factor Productivity` stays. Leading and trailing whitespace goes too. Tabs are table
    cell boundaries (see clean._chars_of): they stay, and the spaces around them go.
    """
    text = buf.text
    n = len(text)
    drop: list[tuple[int, int]] = []
    respaced = []  # runs between narrow characters that open with another whitespace than " "
    for run in _WHITESPACE_RUN.finditer(text):  # re's \s is exactly str.isspace
        i, j = run.span()
        if "\t" in run.group():
            drop += [(k, k + 1) for k in range(i, j) if text[k] != "\t"]
        elif i == 0 or j == n or is_wide(text[i - 1]) or is_wide(text[j]):
            drop.append((i, j))
        else:
            if j > i + 1:
                drop.append((i + 1, j))
            if text[i] != " ":
                respaced.append(i)
    if respaced:
        buf.replace_at(respaced, " ")
    return buf.cut(drop, "whitespace")


_ONE_CHAR = {"type": "string", "minLength": 1, "maxLength": 1}
_GLYPHS_SCHEMA = {
    "type": "object",
    "required": ["version", "closing_quote_stand_ins", "circled_number_stand_ins", "circled_number_not_after",
                 "hyphen_stand_ins", "radical_supplement_lookalikes"],
    "properties": {
        "version": {"type": "integer"},
        "closing_quote_stand_ins": {"type": "array", "items": {
            "type": "object", "required": ["stand_in", "closer", "opener"],
            "properties": {"stand_in": _ONE_CHAR, "closer": _ONE_CHAR, "opener": _ONE_CHAR,
                           "not_before": {"type": "array", "items": _ONE_CHAR}}}},
        "circled_number_stand_ins": {"type": "string", "minLength": 10, "maxLength": 10},
        "circled_number_not_after": {"type": "string"},
        "hyphen_stand_ins": {"type": "string", "pattern": "^[\u4e00-\u9fff]+$"},
        # a radical form (CJK Radicals Supplement) -> a unified ideograph
        "radical_supplement_lookalikes": {
            "type": "object",
            "propertyNames": {"pattern": "^[\u2e80-\u2eff]$"},
            "additionalProperties": {"type": "string", "pattern": "^[\u4e00-\u9fff]$"}},
    },
}


@lru_cache(maxsize=None)
def _glyph_table(path: Path = SCHEMA_DIR / "misextracted_glyphs.yaml") -> dict:
    return load_valid_yaml(path, _GLYPHS_SCHEMA, "glyph table")


# The blocks whose characters may be look-alikes of unified ideographs (see _lookalike_table).
_LOOKALIKE = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")


@lru_cache(maxsize=None)
def _lookalike_table() -> dict[int, str]:
    """Code point -> the unified ideograph it stands for: Kangxi radicals by NFKC, compatibility
    ideographs by NFC (both one code point), radical-supplement forms from the glyph table."""
    table = {ord(k): v for k, v in _glyph_table()["radical_supplement_lookalikes"].items()}
    for lo, hi, form in ((0x2F00, 0x2FDF, "NFKC"), (0xF900, 0xFAFF, "NFC"), (0x2F800, 0x2FA1F, "NFC")):
        for cp in range(lo, hi + 1):
            folded = unicodedata.normalize(form, chr(cp))
            if folded != chr(cp) and len(folded) == 1:
                table[cp] = folded
    return table


def fold_lookalike_text(text: str) -> str:
    """`text` with every look-alike of a unified ideograph replaced by it (same length)."""
    return text.translate(_lookalike_table()) if _LOOKALIKE.search(text) else text


def fold_ideograph_lookalikes(buf: Chars) -> int:
    """PDF fonts that share one glyph between a radical and an ideograph often map it to the
    radical: the text reads right but does not match, segment or convert (`⽅⾯` is not 方面).
    Kangxi radicals, the whole-character forms of the radical supplement and CJK compatibility
    ideographs become the unified ideograph they stand for; the length is kept.

    >>> b = Chars("⼀是⽅⾯，⻓期", list(range(6))); fold_ideograph_lookalikes(b), b.text
    (4, '一是方面，长期')
    """
    folded = fold_lookalike_text(buf.text)
    if folded is buf.text:
        return 0
    changed = sum(a != b for a, b in zip(buf.text, folded))
    buf.text = folded
    return changed


def restore_misextracted_quotes(buf: Chars) -> int:
    """Some PDF fonts map a quotation mark to a Han character (GB2312 row shift: ” A1B1 read as
    冶 D2B1). The clue is an opening “ that never closes: inside an open quotation with no genuine
    closing mark in the block, a listed stand-in character is the closing mark.

    `提出“新质生产力冶重要概念` → `提出“新质生产力”重要概念`.
    """
    table = _glyph_table()["closing_quote_stand_ins"]
    text = buf.text
    chars: list[str] | None = None  # the text as a list, made only once a stand-in is in it
    changed = 0
    for entry in table:
        opener, closer, stand_in = entry["opener"], entry["closer"], entry["stand_in"]
        if stand_in not in text or text.count(closer) >= text.count(opener):
            continue
        blocked = tuple(entry.get("not_before", ()))
        if chars is None:
            chars = list(text)
        depth = 0
        for i, ch in enumerate(chars):
            if ch == opener:
                depth += 1
            elif ch == closer:
                depth = max(0, depth - 1)
            elif ch == stand_in and depth > 0 and not text.startswith(blocked, i + 1):
                chars[i] = closer
                depth -= 1
                changed += 1
    if changed:
        buf.text = "".join(chars)
    return changed


def mark_misextracted_note_markers(buf: Chars, active: bool) -> list[tuple[int, str]]:
    """In a passage whose font shows the row-shift fault (see restore_misextracted_quotes),
    circled footnote numbers ①② come out as 淤于盂…; one standing right before sentence
    punctuation or at the end is a note marker, not a word. Returns (index, label) pairs."""
    if not active:
        return []
    digits = _glyph_table()["circled_number_stand_ins"]
    word_heads = _glyph_table()["circled_number_not_after"]
    found = []
    text = buf.text
    for i, ch in enumerate(text):
        if ch not in digits or i == 0 or text[i - 1] in word_heads:
            continue
        if is_han(text[i - 1]) or text[i - 1] in "”’）":
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if nxt == "" or nxt in "。，；：、！？":
                found.append((i, chr(0x2460 + digits.index(ch))))
    return found


@lru_cache(maxsize=None)
def _hyphen_stand_in() -> re.Pattern[str]:
    # the stand-in first: the engine then skips to it instead of trying the lookbehind everywhere
    return re.compile(f"[{re.escape(_glyph_table()['hyphen_stand_ins'])}](?<=[0-9A-Za-z].)(?=[0-9A-Za-z])")


def restore_misextracted_hyphens(buf: Chars) -> int:
    """The fonts of the row-shift fault (see restore_misextracted_quotes) print the hyphen as a
    Han character; between two Latin letters or digits it can only be the hyphen:
    `GenerativePre 鄄 trained` → `GenerativePre-trained`, `75 鄄 76` → `75-76`; `鄄城` stays.
    (The spaces beside it are gone by then: a Han character is wide, see remove_spurious_spaces.)

    >>> b = Chars("Pre鄄trained，鄄城", list(range(14))); restore_misextracted_hyphens(b), b.text
    (1, 'Pre-trained，鄄城')
    """
    hyphens = [m.start() for m in _hyphen_stand_in().finditer(buf.text)]
    if hyphens:
        buf.replace_at(hyphens, "-")
    return len(hyphens)


# A bullet glyph opens a list item with or without a space after it (remove_spurious_spaces takes
# the space next to `•`, a wide character); a markdown mark only with one; a middle dot with one or
# before a Han character, whose space remove_spurious_spaces took (`· 习近平…`: no text opens so).
_LEADING_BULLET = re.compile(r"^(?:[•●○■□◆◇▪►▶➢]|[-*+](?=\s)|·(?=[\s\u4e00-\u9fff]))")


def strip_leading_bullet(buf: Chars) -> int:
    """A list bullet (markdown `- `, `• `) opening a block is layout, not text: `- 1) 一是…` → `1) 一是…`.

    >>> [(strip_leading_bullet(b), b.text) for b in (Chars("•培育", [0, 1, 2]), Chars("-1.5%", list(range(5))),
    ...                                             Chars("·习近平", [0, 1, 2, 3]))]
    [(1, '培育'), (0, '-1.5%'), (1, '习近平')]
    """
    m = _LEADING_BULLET.match(buf.text)
    if not m:
        return 0
    return buf.cut([(0, m.end())], "markup")


_AFTER_WORD = "\u4e00-\u9fff）)」』”’"
_STOPS = "。！？；"
_AFTER_PERCENT = "%％‰"  # a number never runs on after its percent sign: `上升80.5%3，` holds a marker
# a work's title closes with its bracket, so a label right after it is as after a stop (`《…藍圖》3互相配合`)
_STOPS_AND_TITLES = _STOPS + "》〉"


NOTE_SIGNS = "*＊※†"  # a note's sign where no number marks it (an author's note: `王某某*`)


@lru_cache(maxsize=None)
def note_marker(label: str) -> re.Pattern[str]:
    """A footnote's label where a superscript stands in the running text: after a Han character, a
    closing mark or a percent sign, before punctuation, a break or the end (`前奏2。`, `发展①，`,
    `上升80.5%3，`); or after a
    sentence's stop, before the next sentence or the end (`…綠色化」。1這一論述`), unless a digit, a
    Latin letter or what makes a number a quantity or a date follows (`。1个`, `。2023年`, `。3月`,
    `。5G`); a stop inside a quotation's closing mark is as a stop (`…质态。”②我们要`, a quotation's
    source note); group 1 is the space extraction may put before it, group 2 the label.

    >>> [bool(note_marker("1").search(t)) for t in ("发展1，", "发展。1這一", "发展。1", "发展。1个", "发展。12月")]
    [True, True, True, False, False]
    >>> [bool(note_marker("3").search(t)) for t in ("上升80.5%3，经济", "上升80.5% 3，经济", "占3%30，", "占3%3个")]
    [True, True, False, False]
    >>> bool(note_marker("5").search("发展。5G网络"))
    False
    >>> [bool(note_marker("3").search(t)) for t in ("《藍圖》3互相配合", "《措施》3条", "《规划》2035年")]
    [True, False, False]
    >>> [bool(note_marker(label).search(t)) for label, t in (("②", "质态。”②我们"), ("2", "質態。」 2我們"),
    ...                                                        ("2", "质态”2我们"), ("2", "质态。”2024年"))]
    [True, True, False, False]
    """
    mark = re.escape(label)
    not_after_stop = re.escape(".．%％‰,，、/:：-–—~～" + load_cues().quantity_suffixes)
    # which context applies is checked behind the label, where each lookbehind has a fixed width
    return re.compile(
        rf"(?<=[{_AFTER_WORD}{_AFTER_PERCENT}{_STOPS_AND_TITLES}])(\s?)({mark})"
        rf"(?:(?=[。，；：、！？\s]|$)(?:(?<=[{_AFTER_WORD}{_AFTER_PERCENT}]{mark})|(?<=[{_AFTER_WORD}{_AFTER_PERCENT}]\s{mark}))"
        rf"|(?=[^\dA-Za-z\s{not_after_stop}]|$)(?:(?<=[{_STOPS_AND_TITLES}]{mark})|(?<=[{_STOPS_AND_TITLES}]\s{mark})"
        rf"|(?<=[{_STOPS}][{QUOTE_CLOSERS}]{mark})|(?<=[{_STOPS}][{QUOTE_CLOSERS}]\s{mark})))")


# An endnote reference: `[1]`, `［20］`, `〔22〕`, `[3-5]` (the layout reads it too, at line ends)
NOTE_REFERENCE = re.compile(r"[\[［〔](\d{1,3}(?:[-–,，]\d{1,3})*)[\]］〕]")
_PAGES = r"\d{1,4}(?:\s*[-–—~～]\s*\d{1,4})?"


@lru_cache(maxsize=None)
def _cited_pages() -> re.Pattern[str]:
    """Pages printed right after a note reference: numbers, ranges and lists, unless what follows
    makes them a quantity or a date (`[18]2023年10月`, `［2］5G`, `［3］2.5%` are text)."""
    not_after = re.escape(".．%％‰/:：-–—~～" + load_cues().quantity_suffixes)
    return re.compile(rf"\s*{_PAGES}(?:\s*[,，]\s*{_PAGES})*(?!\s*[0-9A-Za-z{not_after}])")


# GB/T 7714 document type codes: a text holding one is a reference-list entry
_REFERENCE_TYPE = re.compile(r"\[\s*(?:M|J|N|C|D|R|S|P|G|Z|A|EB/OL|J/OL|M/OL|N/OL|DB/OL|CP/OL)\s*\]")


def remove_note_reference_markers(buf: Chars) -> int:
    """Academic texts cite their endnotes with bracketed numbers glued to the text; the notes
    themselves were not extracted, so the markers are taken out like footnote markers:
    `新动能”[1]，随后` → `新动能”，随后`, `〔22〕其三` → `其三`. Four-digit years in brackets stay.
    The cited page that GB/T 7714 prints after the reference (`社会状况”。［4］533从根本上看`,
    `”［4］175，176这两处`) goes with it. The number that opens a reference-list entry (a text with a
    GB/T 7714 type code: `[1] 习近平. 论科技自立自强[M].`), or of any item of a list (a reading list's
    `[1] 蔡昉：《如何理解和发展新质生产力》，…`), stays."""
    spans = []
    for m in NOTE_REFERENCE.finditer(buf.text):
        if m.start() == 0 and (buf.list_entry or _REFERENCE_TYPE.search(buf.text)):
            continue  # the number of a reference-list entry (`[1] 习近平. 论科技自立自强[M].`)
        buf.note_refs.append(m.group(1))
        pages = _cited_pages().match(buf.text, m.end())
        spans.append((m.start(), pages.end() if pages else m.end()))
    return buf.cut(spans, "footnote_marker")


# Order matters: glyph removal before whitespace repair (a dropped bullet leaves a space).
TEXT_FIXES = (
    drop_private_use_glyphs,
    drop_invisible_format_chars,
    drop_control_chars,
    drop_unmapped_glyph_codes,
    drop_replacement_chars,
    remove_spurious_spaces,
    strip_leading_bullet,
    strip_markdown_emphasis,
    fold_fullwidth_alnum,
    fold_ideograph_lookalikes,
    restore_misextracted_hyphens,  # before the note references: it completes their page ranges
    remove_note_reference_markers,
    restore_misextracted_quotes,
    remove_spurious_spaces,
    collapse_doubled_glyphs,
)
