"""Text fixes, each small, named and explainable (in the spirit of ftfy).

A fix works on a `Chars` buffer: the block's characters, each with the raw offset it came from.
It returns the number of changes it made and appends any non-whitespace character it deletes to
the removed ledger, so nothing leaves the text silently. Fixes compose in `TEXT_FIXES` order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress

import yaml

from .chars import PRIVATE_USE, is_han, is_private_use, is_wide
from .cues import SCHEMA_DIR


@dataclass
class Chars:
    """The fixes read `text` over and over, so it is kept until `chars` is replaced: change the
    characters by assigning a new list (as keep() does), never by editing the list in place."""

    chars: list[str]
    offs: list[int]
    deleted: list[tuple[str, int, str]] = field(default_factory=list)  # (kind, raw offset, char)
    note_refs: list[str] = field(default_factory=list)  # labels of note markers taken out
    _text_of: list[str] | None = field(default=None, init=False, repr=False, compare=False)
    _text: str = field(default="", init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        if self._text_of is not self.chars:
            self._text, self._text_of = "".join(self.chars), self.chars
        return self._text

    def keep(self, keep: list[bool], kind: str) -> int:
        """Drop the characters whose flag is False, ledgering the non-whitespace ones as `kind`."""
        if all(keep):
            return 0
        i = -1
        try:
            while True:  # the dropped characters are few: find them with list.index, not a loop
                i = keep.index(False, i + 1)
                if not self.chars[i].isspace():
                    self.deleted.append((kind, self.offs[i], self.chars[i]))
        except ValueError:
            pass
        chars = list(compress(self.chars, keep))
        dropped = len(self.chars) - len(chars)
        self.chars, self.offs = chars, list(compress(self.offs, keep))
        return dropped

    def cut(self, spans: list[tuple[int, int]], kind: str) -> int:
        """keep() for runs: drop the characters of non-empty, ascending, disjoint index spans,
        copying what lies between them in slices rather than testing a flag per character."""
        if not spans:
            return 0
        chars: list[str] = []
        offs: list[int] = []
        at = 0
        for start, end in spans:
            for i in range(start, end):
                if not self.chars[i].isspace():
                    self.deleted.append((kind, self.offs[i], self.chars[i]))
            chars += self.chars[at:start]
            offs += self.offs[at:start]
            at = end
        chars += self.chars[at:]
        offs += self.offs[at:]
        dropped = len(self.chars) - len(chars)
        self.chars, self.offs = chars, offs
        return dropped


def drop_private_use_glyphs(buf: Chars) -> int:
    """PDF fonts map bullets and ornaments to private-use code points (e.g. U+F06C ``).

    >>> b = Chars(list("\\uf06c 要以"), [0, 1, 2, 3]); drop_private_use_glyphs(b), b.text
    (1, ' 要以')
    """
    if not PRIVATE_USE.search(buf.text):
        return 0
    return buf.keep([not is_private_use(c) for c in buf.chars], "private_use_glyph")


def drop_replacement_chars(buf: Chars) -> int:
    """U+FFFD marks a glyph the extractor could not map; it carries no text."""
    if "\ufffd" not in buf.text:
        return 0
    return buf.keep([c != "\ufffd" for c in buf.chars], "replacement_char")


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
        buf.chars = list(buf.text.translate(_FOLD))
    return changed


_WHITESPACE_RUN = re.compile(r"\s+")


def remove_spurious_spaces(buf: Chars) -> int:
    """Whitespace next to a wide (CJK) character is an extraction artefact; between two narrow
    characters it is a real word space and is collapsed to one.

    `2024 年 3 月 1 日` → `2024年3月1日`; `R&D 投入` → `R&D投入`;
    `Total Factor Productivity` stays. Leading and trailing whitespace goes too. Tabs are table
    cell boundaries (see clean._chars_of): they stay, and the spaces around them go.
    """
    chars = buf.chars
    n = len(chars)
    drop: list[tuple[int, int]] = []
    respaced = []  # runs between narrow characters that open with another whitespace than " "
    for run in _WHITESPACE_RUN.finditer(buf.text):  # re's \s is exactly str.isspace
        i, j = run.span()
        if "\t" in run.group():
            drop += [(k, k + 1) for k in range(i, j) if chars[k] != "\t"]
        elif i == 0 or j == n or is_wide(chars[i - 1]) or is_wide(chars[j]):
            drop.append((i, j))
        else:
            if j > i + 1:
                drop.append((i + 1, j))
            if chars[i] != " ":
                respaced.append(i)
    if respaced:  # edited on a copy, handed back whole (see Chars)
        chars = list(chars)
        for i in respaced:
            chars[i] = " "
        buf.chars = chars
    return buf.cut(drop, "whitespace")


@lru_cache(maxsize=None)
def _glyph_table() -> dict:
    return yaml.safe_load((SCHEMA_DIR / "misextracted_glyphs.yaml").read_text(encoding="utf-8"))


def restore_misextracted_quotes(buf: Chars) -> int:
    """Some PDF fonts map a quotation mark to a Han character (GB2312 row shift: ” A1B1 read as
    冶 D2B1). The clue is an opening “ that never closes: inside an open quotation with no genuine
    closing mark in the block, a listed stand-in character is the closing mark.

    `提出“新质生产力冶重要概念` → `提出“新质生产力”重要概念`.
    """
    table = _glyph_table()["closing_quote_stand_ins"]
    text = buf.text
    chars = list(buf.chars)  # edited here, then handed back whole (see Chars)
    changed = 0
    for entry in table:
        opener, closer, stand_in = entry["opener"], entry["closer"], entry["stand_in"]
        if stand_in not in text or text.count(closer) >= text.count(opener):
            continue
        blocked = tuple(entry.get("not_before", ()))
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
        buf.chars = chars
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
    chars = buf.chars
    for i, ch in enumerate(chars):
        if ch not in digits or i == 0 or chars[i - 1] in word_heads:
            continue
        if is_han(chars[i - 1]) or chars[i - 1] in "”’）":
            nxt = chars[i + 1] if i + 1 < len(chars) else ""
            if nxt == "" or nxt in "。，；：、！？":
                found.append((i, chr(0x2460 + digits.index(ch))))
    return found


_LEADING_BULLET = re.compile(r"^[-*+•·●○■□◆◇▪►▶➢](?=\s)")


def strip_leading_bullet(buf: Chars) -> int:
    """A list bullet (markdown `- `, `• `) opening a block is layout, not text: `- 1) 一是…` → `1) 一是…`."""
    m = _LEADING_BULLET.match(buf.text)
    if not m:
        return 0
    return buf.cut([(0, m.end())], "markup")


_NOTE_REFERENCE = re.compile(r"[\[［〔](\d{1,3}(?:[-–,，]\d{1,3})*)[\]］〕]")


def remove_note_reference_markers(buf: Chars) -> int:
    """Academic texts cite their endnotes with bracketed numbers glued to the text; the notes
    themselves were not extracted, so the markers are taken out like footnote markers:
    `新动能”[1]，随后` → `新动能”，随后`, `〔22〕其三` → `其三`. Four-digit years in brackets stay."""
    spans = []
    for m in _NOTE_REFERENCE.finditer(buf.text):
        buf.note_refs.append(m.group(1))
        spans.append(m.span())
    return buf.cut(spans, "footnote_marker")


# Order matters: glyph removal before whitespace repair (a dropped bullet leaves a space).
TEXT_FIXES = (
    drop_private_use_glyphs,
    drop_replacement_chars,
    remove_spurious_spaces,
    strip_leading_bullet,
    strip_markdown_emphasis,
    fold_fullwidth_alnum,
    remove_note_reference_markers,
    restore_misextracted_quotes,
    remove_spurious_spaces,
)
