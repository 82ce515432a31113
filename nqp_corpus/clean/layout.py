"""Restore blocks (paragraphs, headings, footnotes, table rows, ...) from PDF-extracted lines.

One pass over the raw lines. Each line is first tested against page-furniture rules (page numbers,
running headers, stray glyphs, repeated URLs), which go to the removed ledger; the rest open or
continue a block. A paragraph interrupted by a page break, a footnote area or a sidebar stays open
and continues after it, so it is restored whole (its block keeps several raw pieces).

Paragraph end rule: a line ends its paragraph when it ends a sentence (a note reference after the
terminator aside) and either carries the trailing space extractors put at paragraph ends, stops
short of the wrap width or has a line of spaces below it; a line that stops far short of the wrap
width ends its block whatever its last character.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .chars import CLOSERS, HAN, OPENERS, PRIVATE_USE, URL, display_width, ends_question, ends_sentence, is_han, squeeze
from .columns import unzip_columns
from .cues import Cues, load_cues
from .fixes import NOTE_REFERENCE, note_marker
from .lines import (FIRST_LINE_INDENT, INDENT_UNITS, Line, body_widths, common_width, indent_width, is_full,
                    spaces_are_indents, split_lines, wrap_width)
from .margins import numbered_running_lines, running_header_lines
from .superscripts import MARKER_OPENS, lifted_marker_lines, restore_raised_line_parts
from .tables import MAX_CELL_WIDTH, cell_rows, is_numeric_cell, numeric_row_gaps, word_table_rows
from .words import cuts_a_word

# Page numbers as printed: `— 12 —`, `-12-`, `12 -`, `· 12 ·`, `第 12 页` (頁; a newspaper's `第4版`), `第12页，共50页`, `共50页 第12页`,
# `12 / 50`, `Page 12`, `Page 12 of 50` (a bare `12` is _BARE_NUMBER: a page number, or a note label under a rule)
_PAGE_NUMBER_TOKEN = re.compile(
    r"^(?:[-—–－]{1,2}\s*\d{1,4}\s*[-—–－]{0,2}|\d{1,4}\s*[-—–－]{1,2}|[·•・‧]\s*\d{1,4}\s*[·•・‧]"
    r"|第\s*\d{1,4}\s*[页頁版](?:[，,、]?\s*共\s*\d{1,4}\s*[页頁版])?|共\s*\d{1,4}\s*[页頁][，,、]?\s*第\s*\d{1,4}\s*[页頁]"
    r"|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$")
_DASHES = re.compile(r"^[-—–－]{1,2}$")
_BARE_NUMBER = re.compile(r"^\d{1,3}$")
_URL = re.compile(rf"^{URL.pattern}$")
# A browser's printed footer: the page's address, then its number (`https://… 1/4`)
_URL_FOOTER = re.compile(rf"^{URL.pattern}\s+{_PAGE_NUMBER_TOKEN.pattern[1:]}")
# A table of contents: its title, and entries with dot leaders and a page number (`一、内涵……………1`)
_TOC_TITLE = re.compile(r"^目\s*[录錄]$")
_TOC_ENTRY = re.compile(r"^\S.{0,80}?(?:(?:…\s*){2,}|(?:[.．·・]\s*){4,})\d{1,4}$")
_TOC_PAGE_END = re.compile(r"^\S.{0,80}?[^\d\s.．,，]\s*(\d{1,4})$")  # an entry's page number, no leaders
_MAILTO = re.compile(r"^mailto:\S+$")
# a date alone on its line, perhaps with its weekday (a newspaper's page: `2024年3月6日 星期三`)
_WEEKDAY = r"(?:\s*[（(]?(?:星期|周|禮拜|礼拜)[一二三四五六日天][）)]?)?"
_DATELINE = re.compile(rf"^\d{{4}}\s*年(?:\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日{_WEEKDAY})?)?$"
                       rf"|^\d{{4}}[-./]\d{{1,2}}(?:[-./]\d{{1,2}}{_WEEKDAY})?$"
                       r"|^[〇零○一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}日)?)?$")
# A bullet: a glyph, a markdown mark, or a glyph its font maps to no character (a private-use code
# point; pypdf's DEL, pdfminer's `(cid:N)`: fixes drop these from the text, the item stays a list item)
_BULLET = re.compile(r"^(?:[•·●○■□◆◇▪►▶➢✓√]|[-*+](?=\s)|[\ue000-\uf8ff\x7f]|\(cid:\d+\))\s*")
_CLAUSE_END = "，、；：,;:"  # a line ending in one of these goes on
_POINT_END = ("；", ";")  # ... but closes a numbered point: the next one opens a block, and no heading ends so
_PUNCT_ONLY = re.compile(r"^[。，、；：！？…」』”’）)》]+$")
_CONTINUATION_START = re.compile(r"^\d{0,2}[，、；：。！？）)」』”’]")
_UNBROKEN_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.,%/\-]*")
_OCCASION_END = re.compile(r"(讲话|講話|指示|批示|信|致辞|致辭|演讲|演講|发言|發言|报告|報告|文章|谈话|談話|会议|會議)\s*$")
_TRAILING_NOTE_REFERENCE = re.compile(f"(?:{NOTE_REFERENCE.pattern})+$")
_NOTE_REFERENCE_ENDS = ("]", "］", "〕")  # the closing brackets of NOTE_REFERENCE
_PHOTO_CREDIT_ENDS = ("摄", "攝", "供图", "供圖")
_AUTHOR_MARK = re.compile(r"(?:\d{1,2}(?:,\d{1,2})*|[*＊†‡]|[\u2460-\u2469])$")  # an affiliation's number after a name
_LABELLED_POINT = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]")
_INTERVIEW_SUBTITLE = re.compile(r"——\s*(?:专访|專訪|访|訪|对话|對話)")  # a headline's `…——访某某院长李某某`
_TURN_LABEL = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,6}[：:]")  # `问：`, `记者：`, `Q:` before a question
_MIN_POINTS = 3  # labelled paragraphs in a row that make a list: two can be an exchange of views
_SUBHEAD_MAX_CHARS = 60
_NARROW_COLUMN_MIN = 16  # display width: a narrow column holds eight characters a line at least
_NARROW_COLUMN_SLACK = 3  # a bullet's width: `● 新质生产力以科技创` beside `新为核心，是推动高`
_SECTION_NUMERAL = re.compile(r"[一二三四五六七八九十]{1,3}")
_INNER_END = re.compile(r"[。！？!?；;…]")
_STOP_INSIDE = re.compile(r"[。！？!?]\S")  # a sentence ended inside a line, text after it
# a line opening with the last character or two of a clause (`年。面对…`): the break before it cut the clause
_CLAUSE_TAIL = re.compile(r"^[^\s，。；：！？、]{1,2}[，。；：！？、]")
_ASIDE_KINDS = ("footnote", "sidebar")  # they stand between paragraphs without breaking the text
# Under a reference-list heading, each entry opens with its number: `[1] 习近平. 论…[M].`, `1. 张三…`
_REFERENCES_HEADING = re.compile(r"^(?:参考文献|參考文獻|参考资料|參考資料|参考书目|參考書目)\s*[：:]?\s*$")
_ATTACHMENTS = re.compile(r"^附\s*件\s*[：:]")
# The heading of notes gathered at a text's end (a bare `注：` is a table's or figure's note instead)
_ENDNOTES_HEADING = re.compile(r"^(?:注释|註釋|注解|註解|尾注|尾註)\s*[：:]?\s*$")
# An endnote's label as it opens its line: `1. `, `1．`, `1、`, `[1]`, `［1］`, `〔1〕`, `①`, `1 ` (not a
# wrapped note's date going on: `12 月`)
_ENDNOTE_LABEL = re.compile(r"^(?:(\d{1,3})\s*[.．、](?!\d)|[\[［〔](\d{1,3})[\]］〕]|([\u2460-\u2473])|(\d{1,3})\s+(?![年月日号]))")
_REFERENCE_NUMBER = re.compile(r"^(?:[\[［〔]\d{1,3}[\]］〕]|\d{1,3}[.．、]\s*(?!\d))")
# What opens a numbered heading or point (the numberings of sections.py)
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]"
                       r"|\d{1,2}(?:\.\d{1,2}){0,2}\s*[.．、](?!\d)|第[一二三四五六七八九十百\d]+[章节節部分篇])")
# A furniture token: a run of non-whitespace, with a page number that follows it after one space.
_TOKEN = re.compile(r"\S+(?:\s\d{1,4}\s?[-—–－]{0,2}(?=\s|$))?")
# What a furniture token is, running headers aside, in one pattern: the first alternative that
# matches is the test that decides (one fullmatch instead of four calls per token: ~1 µs per line).
_FURNITURE_GLYPHS = re.compile(
    f"(?P<page_number>{_PAGE_NUMBER_TOKEN.pattern})|(?P<private_use_glyph>(?:{PRIVATE_USE.pattern})+)"
    f"|(?P<replacement_char>\ufffd+)|(?P<dashes>{_DASHES.pattern})")
# What a furniture token can open with, besides a digit (any that re's \d takes: str.isdecimal), a
# private-use glyph and a running header's first character: a page number's dash, dot, 第/共 or P
# (_PAGE_NUMBER_TOKEN), a replacement character, a URL's h or w
_FURNITURE_STARTS = frozenset("-—–－·•・‧第共Pp\ufffdhw")
_SPACE = re.compile(r"\s")
_SEPARATOR_MIN_SPACES = 20  # a whitespace-only line this wide marks a page bottom (footnote area)
# A footnote opening with its label at a page bottom (`① 参见…`, `1 参见…`), where no rule marks the area
_PAGE_NOTE = re.compile(r"^(?:([\u2460-\u2473])\s*|(\d{1,2})\s+)(?=[^\d\s])")
_NOT_OPENING_A_NOTE = frozenset("，、；：。！？,;:.!?")  # a note's text never opens with these
_PAGE_NOTE_LINES = 6  # at most this many lines of notes between such a line and the page break
_PAGE_LINES = 200  # raw lines (blank ones too) looked back for a note's marker: more than a page
_PAGE_ANCHOR_REACH = 3  # page starts are sometimes missed: trust a printed number only nearby


@dataclass
class Draft:
    """A block being assembled: raw content spans of its lines, in order."""

    kind: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    ended: bool = False
    page: int | None = None
    label: str | None = None
    joins: list[str] = field(default_factory=list)  # what stands for the break before each span
    cell_gaps: list[int] = field(default_factory=list)  # raw whitespace offsets between table cells
    note_refs: list[str] = field(default_factory=list)  # note markers lifted out of its lines (lifted_marker_lines)
    endnote: bool = False  # a footnote gathered with the others at the text's end, under _ENDNOTES_HEADING

    def add(self, line: Line, join: str = " ") -> None:
        if line.content_start < line.content_end:
            self.spans.append((line.content_start, line.content_end))
            self.numbers.append(line.number)
            self.joins.append(join)

    def drop_last(self) -> int:
        """Remove the last line added; returns its number."""
        self.spans.pop()
        self.joins.pop()
        return self.numbers.pop()


def _is_cell_gap(left: str, right: str) -> bool:
    """A single space between table cells, not inside a word pair or a date/number
    (`Total Factor`, `2024年 3月`, `1,179 萬`), nor the space extractors put before a number
    that follows a Chinese character (`投到 35岁`, `现有 178`). A number's own cell may end in a
    digit (`2023.9.7 新時代…`)."""
    if left.isascii() and left.isalpha() and right.isascii() and right.isalpha():
        return False
    if is_han(left) and right.isdigit():
        return False
    return not ((left.isdigit() or left in "年月,.") and (right.isdigit() or right in "年月日萬万亿億%"))


# Where more than this share of the text lines end in a space, the extractor pads every line
# (the seeds: 0-24%, the space marks the last line of a block).
_PADDED_SHARE = 0.8
# Where at least this share of the lines that end a sentence carry the space, it marks block ends
# (the seeds that have it: 85-89%; the others, and pdfminer's output, 0%).
_MARKED_ENDS_SHARE = 0.5
_SOME_MARKED_ENDS_SHARE = 0.2  # the seeds' texts that have them: 0.85-0.89; a typesetter's stray ones: 0.08
# Where at most this share of the text lines have an empty line after them, an empty line is the
# space a page leaves between blocks (pypdf's layout mode, markdown); most PDF extractions of the
# seeds and pdfminer write one after every line, where it tells nothing (the seeds: 95-98%).
_BLANK_AFTER_SHARE = 0.5


def _line_habits(lines: list[Line]) -> tuple[int, bool, bool, bool]:
    """How the extractor wrote this file's text lines: the left margin most of them share (0 in
    most extractions; a page's first line, with its one leading space, left out), whether a
    trailing space can mark a block's last line (not when nearly every line has one), whether
    it does (most lines that end a sentence have one), and whether an empty line marks a block's
    end (not when one follows nearly every line)."""
    indents: Counter[int] = Counter()
    filled = padded = sentence_ends = marked = blank_after = 0
    after_text = False  # the line before was a text line
    for line in lines:
        if not line.stripped:
            blank_after += after_text
            after_text = False
            continue
        after_text = True
        filled += 1
        padded += line.trailing_space
        if ends_sentence(line.stripped):
            sentence_ends += 1
            marked += line.trailing_space
        if not line.page_start:
            indents[indent_width(line) if line.content_start > line.start else 0] += 1
    margin = indents.most_common(1)[0][0] if indents else 0
    # nor when hardly a line that ends a sentence has one: then it is the typesetter's (a justified
    # line's last space), not the extractor's mark
    can_mark = padded <= _PADDED_SHARE * filled and marked >= _SOME_MARKED_ENDS_SHARE * sentence_ends
    return (margin, can_mark, can_mark and marked > 0 and marked >= _MARKED_ENDS_SHARE * sentence_ends,
            0 < blank_after <= _BLANK_AFTER_SHARE * filled)


def _page_note_label(stripped: str) -> str | None:
    """The label a line opens with as a page-bottom note (`①` of `① 参见…`, `1` of `1 参见…`)."""
    note = _PAGE_NOTE.match(stripped)
    return None if note is None else note.group(1) or note.group(2)


def _is_toc_entry(stripped: str) -> bool:
    """A table-of-contents entry; most lines do not end in a digit, and skip the regex."""
    return stripped[-1:].isdigit() and _TOC_ENTRY.match(stripped) is not None


# A chart drawn in the PDF (not an image) leaves its axis labels as lines of numbers only: tick
# values (`0`, `20`, … `100`, `-5%`), years (`2019 2020 2021`). A page number never stands in a run
# of such lines; MIN_AXIS_RUN of them in a row (blank lines aside) are the figure's text.
_AXIS_LABELS = re.compile(r"[-+]?\d+(?:[.,]\d+)*%?(?:\s+[-+]?\d+(?:[.,]\d+)*%?)*")
MIN_AXIS_RUN = 3
_NUMBER_STARTS = frozenset("0123456789+-")


def figure_text_lines(lines: list[Line]) -> set[int]:
    r"""Indices of the lines in runs of at least MIN_AXIS_RUN non-blank lines of numbers only.

    >>> sorted(figure_text_lines(split_lines("图 1：研发投入\n2019 2020 2021\n0\n\n50\n100\n资料来源：Wind\n")))
    [1, 2, 4, 5]
    """
    out: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, None]):
        if line is not None and not line.stripped:
            continue
        # most lines open with a character no number does: no regex call for them
        if line is not None and line.stripped[0] in _NUMBER_STARTS and _AXIS_LABELS.fullmatch(line.stripped):
            run.append(index)
            continue
        if len(run) >= MIN_AXIS_RUN:
            out.update(run)
        run = []
    return out


def _page_number_lines(lines: list[Line], figure_text: set[int]) -> set[int]:
    """Indices of the lines that are printed page numbers (a chart's labels aside), alone or in a
    browser's printed footer."""
    return {i for i, line in enumerate(lines)
            if line.stripped and i not in figure_text
            and (_is_page_number(line.stripped) or line.stripped[0] in "hw" and _URL_FOOTER.match(line.stripped))}


def _pages_marked(lines: list[Line], numbered: set[int]) -> bool:
    """Whether lines mark the pages' starts (a form feed, a one-space first line) well enough to
    count the pages by: at least half as many as the printed page numbers. A space that an
    extractor leaves at the start of one line in the middle of a page (PDFium does, in justified
    text) marks no page, and lines marked so one after another mark one edge at most (ReportLab's
    justified lines next to a superscript can open with a space, line after line)."""
    starts, after_start = 0, False
    for line in lines:
        if line.stripped:
            starts += line.page_start and not after_start
            after_start = line.page_start
    return starts > 0 and 2 * starts >= len(numbered)


def _text_after_last_number(lines: list[Line], numbered: set[int], furniture: set[int]) -> bool:
    """Whether text (not furniture) follows the last printed page number: so it opened its page."""
    return bool(numbered) and any(lines[i].stripped and i not in furniture
                                  for i in range(max(numbered) + 1, len(lines)))


def _is_page_number(stripped: str) -> bool:
    """A whole line that is a printed page number (a bare one included); none is longer than
    `Page 1234 of 1234`, so a longer line is not tried."""
    return len(stripped) <= 24 and bool(_BARE_NUMBER.match(stripped) or _PAGE_NUMBER_TOKEN.match(squeeze(stripped)))


def _may_open_furniture(first: str, starts: frozenset[str]) -> bool:
    """Whether a furniture token can open with this character: one of `starts` (_FURNITURE_STARTS
    and the running headers' first characters), a digit or a private-use glyph."""
    return first in starts or first.isdecimal() or PRIVATE_USE.match(first) is not None


def _cued_patterns(cues: Cues) -> tuple[re.Pattern[str], ...]:
    """The patterns take_cued tests at a line's start, in its order."""
    return (_PUNCT_ONLY, *cues.boilerplate, cues.caption, cues.source_note, cues.attribution)


@lru_cache(maxsize=None)  # once per cue set, not once per file
def _cue_gate(cues: Cues) -> re.Pattern[str]:
    """One pattern that matches where any of _cued_patterns or the front matter pattern matches
    (none uses a numbered backreference or a global flag, so the alternation means exactly that).
    Few lines match any: one call instead of nine saves ~2.5 µs per line, 0.026 s per copy of the
    seed files."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in (*_cued_patterns(cues), cues.front_matter)))


def _matches_any(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    """Whether one of the patterns matches at the start of text (a plain loop: this runs for
    nearly every line, and a generator in any() costs more than the matching)."""
    for pattern in patterns:
        if pattern.match(text):
            return True
    return False


@dataclass
class Layout:
    drafts: list[Draft]
    removed: list[tuple[str, int, int]]  # (kind, raw_start, raw_end)


def _nearest_nonblank(lines: list[Line], order: range, skipped: set[int]) -> list[int | None]:
    """For each line index (visited in `order`), the index of the last non-blank line visited
    before it, lines in `skipped` aside: with ascending order the previous non-blank line, with
    descending the next."""
    nearest: list[int | None] = [None] * len(lines)
    last = None
    for i in order:
        nearest[i] = last
        if lines[i].stripped and i not in skipped:
            last = i
    return nearest


class _Assembler:
    def __init__(self, text: str, cues: Cues):
        self.text = text
        self.cues = cues
        self.cue_gate = _cue_gate(cues)
        self.furniture_starts = _FURNITURE_STARTS | {header[0] for header in cues.running_headers}
        lines = unzip_columns(split_lines(text))
        widths = body_widths(lines)
        self.wrap, self.common_width = wrap_width(widths), common_width(widths)
        self.lines = restore_raised_line_parts(lines, self.wrap)
        self.drafts: list[Draft] = []
        self.emitted: dict[str, list[Draft]] = {}  # kind → the blocks emitted as that kind (has_block)
        self.removed: list[tuple[str, int, int]] = []
        self.open: Draft | None = None  # paragraph-like block that may continue
        self.footnotes = False  # inside a page-bottom footnote area
        self.labels_inline = False  # ... one whose notes open with their labels (`① 参见…`)
        self.in_references = False  # under a reference-list heading (参考文献)
        self.in_endnotes = False  # under an endnotes heading (注释)
        self.in_attachments = False  # right under an attachments line (附件：1. …)
        self.page_edge = False  # a page's edge passed since the last line of text
        self.turn_labels = _turn_labels(self.lines)
        self.toc_pages: int | None = None  # under a TOC title: the last entry's page number
        self.footnote: Draft | None = None  # the footnote being read there
        self.pending_label: str | None = None  # a marker line seen, its body not yet
        self.table: Draft | None = None  # current table region's last row
        self.table_head: Draft | None = None  # and its first row
        self.table_dated = False  # a row of the current table opened with a date
        self.in_table = False
        self.page_index = 0
        self.printed_pages: list[tuple[int, int]] = []  # (page_index, printed number)
        self.page_of: list[int] = []  # page index per draft
        self.sidebar_lines = self._sidebar_lines()
        # a table's cells one per line (tables.cell_rows) are neither a figure's labels nor page
        # numbers nor running headers, though they may be lines of numbers only
        self.cell_rows = cell_rows(self.lines, self._not_a_cell)
        self.cell_tables: dict[int, dict[int, Draft]] = {}  # table (its first line) → row number → row
        self.figure_text = figure_text_lines(self.lines) - self.cell_rows.keys()
        self.lifted_markers = lifted_marker_lines(self.lines) - self.cell_rows.keys()
        no_furniture = self.figure_text | self.cell_rows.keys() | self.lifted_markers
        self.page_numbers = _page_number_lines(self.lines, no_furniture)
        # running headers and footers with their page's number in them: page edges and headers both
        self.numbered_headers = numbered_running_lines(self.lines, no_furniture | self.page_numbers, self.wrap)
        self.page_numbers |= self.numbered_headers.keys()
        self.repeated_headers = running_header_lines(self.lines, self.page_numbers, no_furniture, self.wrap)
        self.pages_marked = _pages_marked(self.lines, self.page_numbers)
        self.text_after_last_number = _text_after_last_number(self.lines, self.page_numbers,
                                                              self.repeated_headers | self.figure_text)
        self.numbers_open_pages: bool | None = None  # see printed_page
        (self.indent_margin, self.spaces_mark_ends, self.sentence_ends_spaced,
         self.blanks_mark_ends) = _line_habits(self.lines)
        # the least indent that opens a paragraph: two narrow units (`　　` is 4), or the one space
        # an extractor writes for an indent (pypdf; see lines.spaces_mark_indents)
        self.indent_step = 1 if spaces_are_indents(text) else 2
        # the nearest non-blank line before / after each line (by index), so that looking around
        # a line costs nothing however long the file is
        # a superscript lifted onto a line of its own is no line of the text around it
        self.prev_nonblank = _nearest_nonblank(self.lines, range(len(self.lines)), self.lifted_markers)
        self.next_nonblank = _nearest_nonblank(self.lines, range(len(self.lines) - 1, -1, -1), self.lifted_markers)
        self._squeezed: str | None = None  # the text without whitespace, once a URL line needs it
        self._space_offsets: list[int] = []  # offsets of the whitespace characters taken out

    # --- helpers -------------------------------------------------------------------------
    def _not_a_cell(self, s: str) -> bool:
        """A short line next to a table's cells that is none: a caption, a source note, a page
        number that is no value (`-2-`, `第 3 页`; a bare `3` may be one)."""
        return bool(self.cues.caption.match(s) or self.cues.source_note.match(s)) \
            or _is_page_number(s) and not is_numeric_cell(s)

    def emit(self, draft: Draft) -> Draft:
        draft.page = self.page_index
        self.drafts.append(draft)
        self.emitted.setdefault(draft.kind, []).append(draft)
        return draft

    def has_block(self, kind: str) -> bool:
        """Whether a block of this kind stands in the text so far. While lines are read, a block's
        kind changes only from paragraph (to heading or quote), so the blocks emitted as this kind
        are the only ones to look at: the first of them answers, but for such a change."""
        return any(d.kind == kind for d in self.emitted.get(kind, ()))

    def ledger(self, kind: str, start: int, end: int) -> None:
        if start < end:
            self.removed.append((kind, start, end))

    def close(self) -> None:
        draft = self.open
        if draft is not None:
            draft.ended = True
            if draft.kind == "paragraph" and len(draft.spans) == 2 and self.wrapped_heading(draft):
                draft.kind = "heading"
        self.open = None

    def wrapped_heading(self, draft: Draft) -> bool:
        """Two lines, the first opening like a numbered heading, the second stopping short without
        ending a sentence (`一、让创新成果…赢取主动` / `权`)."""
        first, second = (self.lines[n - 1] for n in draft.numbers)
        return (self.heading_opening(first.stripped) is not None and not ends_sentence(second.stripped)
                and not is_full(second, self.wrap))

    def heading_opening(self, s: str) -> str | None:
        """How the text opens like a heading: "ordinal" (`第一个…`), "numbered" (`一、`, `（一）`…) or None."""
        if _matches_any(self.cues.ordinal_headings, s):
            return "ordinal"
        return "numbered" if _matches_any(self.cues.headings, s) else None

    def last_content(self) -> Draft | None:
        for d in reversed(self.drafts):
            if d.kind in ("paragraph", "list_item", "quote", "footnote"):
                return d
        return None

    def _sidebar_lines(self) -> dict[int, int]:
        """Lines of a related-reports sidebar: items `标题——副标题（2024-03-05）`, one to three lines
        each, ending in a bracketed date. Maps line index → item number."""
        item_of: dict[int, int] = {}
        nonblank = [i for i, ln in enumerate(self.lines) if ln.stripped]
        for pos, i in enumerate(nonblank):
            if not self.cues.sidebar_item_end.search(self.lines[i].stripped):
                continue
            group = [i]
            for back in range(1, 4):
                if pos - back < 0:
                    break
                j = nonblank[pos - back]
                if j in item_of:
                    break
                group.append(j)
                if "——" in self.lines[j].stripped:
                    break
            else:
                group = [i]
            if not any("——" in self.lines[j].stripped for j in group):
                group = [i]
            for j in group:
                item_of[j] = i
        return item_of

    # --- line tests ------------------------------------------------------------------------
    def furniture_tokens(self, line: Line) -> list[tuple[str, int, int]] | None:
        """If every token of the line is page furniture, the ledger entries for them."""
        if not _may_open_furniture(line.stripped[0], self.furniture_starts):
            return None  # the first token cannot be furniture: most lines of text (~3 ms per copy)
        squeezed = squeeze(line.stripped)
        if len(squeezed) == len(line.stripped):  # no inner whitespace, so one token: most lines
            tokens = [(squeezed, line.content_start, line.content_end)]
        elif _PAGE_NUMBER_TOKEN.match(squeezed):  # a page number spaced out over tokens
            return [("page_number", line.content_start, line.content_end)]
        else:  # read lazily: the first token that is not furniture settles it
            tokens = ((squeeze(m.group()), line.start + m.start(), line.start + m.end())
                      for m in _TOKEN.finditer(line.text))
        out = []
        has_number = has_url = False
        for compact, s, e in tokens:
            glyphs = _FURNITURE_GLYPHS.fullmatch(compact)
            kind = glyphs.lastgroup if glyphs else None
            if kind == "page_number":
                out.append(("page_number", s, e))
                has_number = True
            elif compact in self.cues.running_headers:
                out.append(("running_header", s, e))
            elif _URL.match(compact):  # a browser's printed footer: the page's address, `1/4` beside it
                out.append(("running_header", s, e))
                has_url = True
            elif kind == "dashes":
                out.append(("page_number", s, e))
            elif kind:
                out.append((kind, s, e))
            else:
                return None
        kinds = {k for k, _, _ in out}
        if kinds == {"page_number"} and not has_number and not self.after_page_number(line):
            return None
        if has_url and not has_number:  # a URL alone is text, or a duplicate (is_duplicate_url)
            return None
        return out

    def take_numbered_header(self, line: Line) -> bool:
        """A running header or footer with its page's number in it (margins.numbered_running_lines)
        that no cue names: to the ledger whole, and a page's edge, as a page number is."""
        number = self.numbered_headers.get(line.number - 1)
        if number is None:
            return False
        self.ledger("running_header", line.content_start, line.content_end)
        self.leave_footnotes()
        self.printed_page(number)
        return True

    def after_page_number(self, line: Line) -> bool:
        """A lone dash continues a page number split over two lines (`— 106` / `—`)."""
        prev = self.previous_line(line)
        return prev is not None and bool(re.match(r"^[-—–－]\s*\d{1,4}$", prev.stripped))

    def is_duplicate_url(self, line: Line) -> bool:
        """Whether the URL occurs in the text before the line, whitespace ignored (an earlier copy
        may be wrapped over lines). The file is squeezed once, on the first URL line, and the
        squeezed text before the line is bounded by counting the whitespace before it: squeezing
        the prefix anew for every URL line was quadratic in the file's length."""
        if self._squeezed is None:
            self._space_offsets = [m.start() for m in _SPACE.finditer(self.text)]
            self._squeezed = _SPACE.sub("", self.text)
        before = line.start - bisect_left(self._space_offsets, line.start)
        return self._squeezed.find(line.stripped, 0, before) >= 0

    def is_byline(self, line: Line) -> bool:
        """An author/outlet line: short, no sentence punctuation, and either naming a role or
        institution (cue words) or made only of personal names."""
        s = line.stripped
        if _matches_any(self.cues.bylines, s):  # affiliations, a document's number, its issuer's mark
            return True
        if _INTERVIEW_SUBTITLE.search(s):  # names a role and a person, but as an interview's headline
            return False
        label = self.cues.byline_label.match(s)
        if label:  # `文/张三`, `作者：…`: the label's colon is no sentence punctuation
            s = s[label.end():]
        if not s or len(s) > 30 or re.search(r"[。；：！？“”「」《》]", s):
            return False
        if self.wrap and line.width >= self.wrap * 0.85 and not self.marked_end(line):
            return False  # a long line without the end-of-block space runs on into the text
        if line.page_start and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", s):
            return True  # a pen name (金观平, 京平) alone at the top of a page
        cue_ends = [s.rfind(cue) + len(cue) for cue in self.cues.byline_cues if cue in s]
        if "，" not in s and cue_ends:
            # After the last role/institution word only names may follow (…大学 杨开忠).
            rest = s[max(cue_ends):]
            return len(rest.replace(" ", "")) <= 8 and not re.search(r"[的在是了和与對对将把]", rest)
        # an article's authors carry the numbers of their affiliations (`张三 1，李四 1,2`, `王五*`)
        names = [_AUTHOR_MARK.sub("", t) for t in re.split(r"[\s，、]+|,(?!\d)", s) if t and not _AUTHOR_MARK.fullmatch(t)]
        return 1 <= len(names) <= 6 and all(self.is_names(t) for t in names)

    def is_names(self, token: str) -> bool:
        """One or two run-together personal names (杨开忠, 周文李吉良), each opened by a surname."""
        if not all(is_han(c) for c in token) or token[0] not in self.cues.surnames:
            return False
        if 2 <= len(token) <= 4:
            return True
        return 5 <= len(token) <= 7 and any(
            token[k] in self.cues.surnames and 2 <= len(token) - k <= 4 for k in (2, 3))

    def is_heading(self, line: Line) -> bool:
        """A heading line. One that runs on to the wrap width is cut short: when the next line is
        its short tail (`一、让创新成果…赢取主动` / `权`) the two become a paragraph here and a
        heading again when it closes (see close); when the next line is full, the extractor glued
        the tail to the text below and the line stays a heading of its own, unless the line break
        cuts a word: then the heading runs on into that line and stays in its paragraph. An ordinal
        (`第一个…`) that runs on opens a paragraph (`第一个特征是…占这` / `个装备…`). One that ends
        a sentence is a heading when short (`一、坚持党的领导。`), or when it asks a question
        (`3.2 投资映射：新兴产业之外，还需要关注什么？`): a numbered point rarely does. One that
        runs on after a sentence ended inside it is a run-in heading, the opening of its paragraph
        (`（一）经济回升向好，高质量发展扎实推进。用科技…`)."""
        s = line.stripped
        opening = self.heading_opening(s)
        if opening is None or s[-1] in _POINT_END:
            return False
        if ends_sentence(s):
            return (len(s) <= 20 or ends_question(s)) and not is_full(line, self.wrap)
        if not self.runs_on(line):
            return True
        if _STOP_INSIDE.search(s):  # `（一）…扎实推进。用科技…`: a run-in heading opens its paragraph
            return False
        nxt = self.next_line(line)
        # unless the line break cuts a word or a clause: the heading runs on into the next line,
        # which holds the text after it too (`（五）…助推新质生` / `产力赋能…绿色化通过…`, `三、会议要求，
        # …的关键一` / `年。面对…`), a run-in heading
        return opening == "numbered" and nxt is not None and is_full(nxt, self.wrap) \
            and not self.break_cuts_a_word(line, nxt) and not _CLAUSE_TAIL.match(nxt.stripped)

    def title_shaped(self, line: Line) -> bool:
        """A title's or a subhead's shape: a short line (2-30 characters, well short of the wrap
        width) without closing punctuation."""
        s = line.stripped
        return (2 <= len(s) <= 30 and not re.search(r"[。，、；：！？…,;]$", s) and not is_full(line, self.wrap)
                and (self.wrap == 0 or line.width < self.wrap * 0.8))

    def is_short_title(self, line: Line) -> bool:
        """A title-shaped line standing alone between finished blocks; a section's numeral alone
        (`一`, `二`: its title lost, or printed apart) is one too."""
        return self.open is None and (self.title_shaped(line) or bool(_SECTION_NUMERAL.fullmatch(line.stripped)))

    def continues_aside(self, line: Line) -> bool:
        """A short unpunctuated line right under a two-column caption or source note is the
        wrapped tail of it (the columns made the first line overfull)."""
        last = self.drafts[-1] if self.drafts else None
        if last is None or last.kind not in ("caption", "source_note") or not last.numbers:
            return False
        prev = self.lines[last.numbers[-1] - 1]
        gap = [ln for ln in self.lines[prev.number:line.number - 1] if ln.stripped]
        # a photo's caption ends with its credit (`新华社记者 赵六摄`): complete, though no sentence end
        return (not gap and not ends_sentence(prev.stripped) and not ends_sentence(line.stripped)
                and not prev.stripped.endswith(_PHOTO_CREDIT_ENDS)
                and (self.wrap == 0 or line.width < self.wrap * 0.8)
                and not _matches_any(self.cues.headings, line.stripped))

    def next_line(self, line: Line) -> Line | None:
        """The next non-blank line."""
        index = self.next_nonblank[line.number - 1]
        return None if index is None else self.lines[index]

    def previous_line(self, line: Line) -> Line | None:
        """The previous non-blank line."""
        index = self.prev_nonblank[line.number - 1]
        return None if index is None else self.lines[index]

    def marked_end(self, line: Line) -> bool:
        """The line carries the space extractors write at the end of a block, in a file where that
        space tells something (where every line has one, none marks an end)."""
        return line.trailing_space and self.spaces_mark_ends

    def ends_paragraph(self, line: Line) -> bool:
        # a sentence that ends in a note reference ends at its terminator (`…的价值。[8]`); the
        # $-anchored pattern is tried at every position, so only where a reference could end
        s = line.stripped
        if s.endswith(_NOTE_REFERENCE_ENDS):
            s = _TRAILING_NOTE_REFERENCE.sub("", s) or s
        if self.wrap and line.width < self.wrap * 0.5 and not s.endswith(("，", "、")):
            nxt = self.next_line(line)
            # A line cannot open with a comma; `3，` is a footnote marker glued to one. Nor does a
            # paragraph end inside a word: a short line whose break cuts one (`…”市人大代` /
            # `表夏鸿飞说，…`) was broken early by the extractor.
            return nxt is None or not (_CONTINUATION_START.match(nxt.stripped)
                                       or (not ends_sentence(s) and self.break_cuts_a_word(line, nxt))
                                       or not ends_sentence(s) and self.narrow_column_line(line, nxt))
        if s.endswith(("；", ";")):
            # `总体定义：…；` / `动力来源：…；`: labelled points closed by semicolons, one per paragraph
            return (self.marked_end(line) or not is_full(line, self.wrap)) and self.labelled_point_follows(line)
        if not ends_sentence(s) and not s.endswith(("：", ":")):
            return False
        if s.endswith("…") and self.open is not None and self.quote_is_open(self.open):
            return False  # an elision (……) inside a quotation that has not closed yet
        if self.marked_end(line) or not is_full(line, self.wrap) or self.gap_follows(line) \
                or self.blank_follows(line):
            return True
        if not self.sentence_ends_spaced and ends_sentence(s) and self.indented_line_follows(line):
            return True
        # `关键特征：…。` / `发展路径：…。`: a run of labelled points, one per line
        return self.labelled_point_follows(line)

    def narrow_column_line(self, line: Line, nxt: Line) -> bool:
        """A short line as wide as the next one, or as the one before it in its block, runs to the
        width of a narrow column (a side panel, a box beside the text): a full line there."""
        widths = [nxt.width]
        if self.open is not None and len(self.open.numbers) > 1:
            widths.append(self.lines[self.open.numbers[-2] - 1].width)
        return line.width >= _NARROW_COLUMN_MIN and any(abs(w - line.width) <= _NARROW_COLUMN_SLACK for w in widths)

    def opens_narrow_column(self, line: Line) -> bool:
        """A short line without numbering over a line as wide, itself no heading, opens a paragraph
        of a narrow column (a side panel's point: `政策落地节奏及效果不及` / `预期，相关产业发展慢于`),
        not a heading: a heading does not run on to a second line of its own width."""
        nxt = self.next_line(line)
        return nxt is not None and 0 < line.width < self.wrap * 0.5 and self.heading_opening(line.stripped) is None \
            and self.heading_opening(nxt.stripped) is None and not ends_sentence(nxt.stripped) \
            and not _DATELINE.match(nxt.stripped) and self.narrow_column_line(line, nxt)

    def break_cuts_a_word(self, line: Line, nxt: Line) -> bool:
        """Whether the break after `line` falls inside a word, read with the line before it (a
        short line alone gives the segmenter too little)."""
        prev = self.previous_line(line)
        before = line.stripped if prev is None else prev.stripped + line.stripped
        return cuts_a_word(before, nxt.stripped)

    def gap_follows(self, line: Line) -> bool:
        """A line of spaces before the next text line: extractors write one where the page leaves
        extra space, between paragraphs or around a figure (the blank line after every wrapped line
        is empty). Inside a paragraph it shows only at a page break, after a line that stops
        mid-sentence."""
        index = self.next_nonblank[line.number - 1]
        stop = len(self.lines) if index is None else index
        return any(self.lines[k].text and k not in self.lifted_markers for k in range(line.number, stop))

    def blank_follows(self, line: Line) -> bool:
        """An empty line before the next text line, where the extractor writes one only where the
        page leaves space (blanks_mark_ends): between blocks, unless the next text line is a
        page's first line or its furniture (the page's edge leaves that space)."""
        if not self.blanks_mark_ends:
            return False
        index = self.next_nonblank[line.number - 1]
        if index is None or index == line.number:
            return False
        nxt = self.lines[index]
        return not (nxt.page_start or index in self.repeated_headers or index in self.page_numbers)

    def indented_line_follows(self, line: Line) -> bool:
        """The next line falls short of the commonest line width by a first-line indent
        (FIRST_LINE_INDENT) and runs on into a full line longer than it: a new paragraph whose indent
        the extractor dropped (pdfminer and pdftotext write no leading spaces), after a line that ran
        full to a sentence end.
        Asked only where no trailing space marks the ends (that mark is surer) and after a sentence
        end, not a colon (`…包括四个维度：` goes on with its points)."""
        nxt = self.next_line(line)
        after = None if nxt is None else self.next_line(nxt)
        if after is None or _CONTINUATION_START.match(nxt.stripped):
            return False
        # measured from the commonest width, not the wrap width (the top of the band of widths
        # lines end in): a line one character over or under it is common, where a closing mark
        # may not open a line
        shortfall = self.common_width - nxt.width
        # What a line may leave unfilled without any indent: a wide character that did not fit
        # (2 units), or a run of digits or Latin letters opening the line below, which a typesetter
        # does not break (`2022年，…涉案金额` over `24.14亿美元`). An indent takes INDENT_UNITS more
        # (with no run below: FIRST_LINE_INDENT).
        run = _UNBROKEN_RUN.match(after.stripped)
        room = max(2, display_width(run.group()) + 1) if run else 2
        if not room < shortfall <= room + INDENT_UNITS:
            return False
        # and the line below is longer by about as much: where widths scatter this much from line
        # to line (narrow digits and Latin in a proportional font), no indent can be told
        return is_full(after, self.wrap) and after.width - nxt.width >= FIRST_LINE_INDENT[0]

    def runs_on(self, line: Line) -> bool:
        """The line reaches the wrap width without the space extractors put at the end of a block,
        without ending a sentence and without a gap below: its text goes on in the next line."""
        return (bool(self.wrap) and line.width >= self.wrap * 0.8 and not self.marked_end(line)
                and not ends_sentence(line.stripped) and not self.gap_follows(line))

    def labelled_point_follows(self, line: Line) -> bool:
        """The open block is a labelled point (`基本内涵：…`) and the next line opens another."""
        nxt = self.next_line(line)
        return (nxt is not None and self.open is not None and bool(_LABELLED_POINT.match(nxt.stripped))
                and bool(_LABELLED_POINT.match(self.first_line(self.open))))

    def bullet_only(self, draft: Draft) -> bool:
        """A list item of a bullet alone so far; its text does not come from the next page (pdfminer
        may set a page's bullets apart, after its last line)."""
        return draft.kind == "list_item" and len(draft.spans) == 1 and bool(_BULLET.fullmatch(self.first_line(draft)))

    def draft_text(self, draft: Draft) -> str:
        return "".join(self.text[a:b] for a, b in draft.spans)

    def first_line(self, draft: Draft) -> str:
        return self.text[draft.spans[0][0]:draft.spans[0][1]] if draft.spans else ""

    def last_line(self, draft: Draft) -> str:
        return self.text[draft.spans[-1][0]:draft.spans[-1][1]] if draft.spans else ""

    def quote_is_open(self, draft: Draft) -> bool:
        so_far = self.draft_text(draft)
        return so_far.count("“") > so_far.count("”") or so_far.count("「") > so_far.count("」")

    # --- the pass ----------------------------------------------------------------------------
    def run(self) -> Layout:
        for idx, line in enumerate(self.lines):
            s = line.stripped
            if not s:
                if len(line.text) >= _SEPARATOR_MIN_SPACES:
                    self.footnotes = True
                    self.labels_inline = False
                    self.in_table = False
                continue
            if line.page_start and not (self.footnotes and self.prev_was_marker(line)):
                self.page_index += self.pages_marked
                self.footnotes = False
                self.page_edge = True
            if idx in self.cell_rows:
                self.take_cell_line(line, self.cell_rows[idx])
                continue
            if self.take_furniture(line) or self.take_sidebar(idx, line):
                continue
            if not self.footnotes and (s[0].isdigit() or "\u2460" <= s[0] <= "\u2473") \
                    and self.opens_page_notes(idx, line):
                self.footnotes = self.labels_inline = True
                self.in_table = False
            if self.footnotes and self.take_footnote_line(line):
                continue
            self.take_content(line)
        self.split_word_tables()
        self.attach_lifted_markers()
        self.mark_signatures()
        self.mark_title_occasions()
        self.mark_point_lists()
        self.mark_numbered_points()
        self.mark_point_runs()
        self.mark_subheads()
        self.resolve_pages()
        return Layout(self.drafts, self.removed)

    def attach_lifted_markers(self) -> None:
        """Each lifted note marker (lifted_marker_lines) is a reference of the block holding the
        line it was lifted out of: the next text line."""
        if not self.lifted_markers:
            return
        holder = {n: draft for draft in self.drafts for n in draft.numbers}
        for index in sorted(self.lifted_markers):
            below = self.next_nonblank[index]
            if below is not None and below + 1 in holder:
                holder[below + 1].note_refs.append(self.lines[index].stripped)

    def mark_signatures(self) -> None:
        """An unnumbered one-line heading right above a dateline that closes the text (nothing but
        notices, notes or the next piece's heading after it) is the signature of an official
        document, the issuing body (`某某市人民政府` / `二〇二四年三月一日`): a byline."""
        drafts = self.drafts
        for i in range(len(drafts) - 1):
            if drafts[i].kind != "heading" or drafts[i + 1].kind != "dateline" or len(drafts[i].spans) != 1:
                continue
            after = next((d.kind for d in drafts[i + 2:] if d.kind not in ("footnote", "boilerplate", "sidebar")), None)
            text = self.first_line(drafts[i])
            if after in (None, "title", "heading", "byline") and self.heading_opening(text) is None:
                drafts[i].kind = "byline"

    def mark_title_occasions(self) -> None:
        """An attribution line under the title, before any text (`——2024年3月5日在第十四届全国人民代表
        大会第二次会议上` under `政府工作报告`), names the occasion of the whole text: a byline; there is
        no quote above it to attribute."""
        for draft in self.drafts:
            if draft.kind in ("paragraph", "quote", "list_item", "table_row"):
                return
            if draft.kind == "quote_attribution":
                draft.kind = "byline"

    def mark_point_lists(self) -> None:
        """Paragraphs that each open with a short label and a colon (`总体定义：…` / `动力来源：…` /
        `基本内涵：…`), _MIN_POINTS or more in a row, are the items of a list, unless a label
        repeats or names a person: then they are the turns of an interview (`记者：…` / `张力：…`)."""
        run: list[tuple[Draft, str]] = []
        for draft in [*(d for d in self.drafts if d.kind not in _ASIDE_KINDS), None]:
            label = draft is not None and draft.kind == "paragraph" and _LABELLED_POINT.match(self.first_line(draft))
            if label:
                run.append((draft, label.group()[:-1]))
                continue
            labels = [name for _, name in run]
            # a speaker's name has two or three characters (黄群慧); four read as one (`关键特征`) are no one
            speakers = [name for name in labels if len(name) <= 3 and self.is_names(name)]
            if len(run) >= _MIN_POINTS and len(set(labels)) == len(labels) and not speakers:
                for item, _ in run:
                    item.kind = "list_item"
            run = []

    def mark_numbered_points(self) -> None:
        """Paragraphs that each open with a numbering (`1.`, `（2）`, `三、`) and close with `；`, two or
        more in a row, with the paragraph after them if it is numbered too (the last point ends the
        sentence), are the items of an enumerated list: a point ends so, a paragraph does not."""
        drafts = [d for d in self.drafts if d.kind not in _ASIDE_KINDS]
        run: list[Draft] = []
        for draft in [*drafts, None]:
            numbered = draft is not None and draft.kind == "paragraph" and _NUMBERED.match(self.first_line(draft))
            closed = bool(run) and self.last_line(run[-1]).endswith(_POINT_END)  # every point before it is
            if numbered and (not run or closed):
                run.append(draft)
                continue
            if len(run) - (not closed) >= 2:  # two points closed by `；`, and the one ending them
                for item in run:
                    item.kind = "list_item"
            run = [draft] if numbered else []

    def mark_point_runs(self) -> None:
        """In a text without a wrap width (slides: no line length prevails), short lines numbered 1.,
        2., 3., … (or （1）…, 1、…), one or two lines each, one after another, MIN_POINT_RUN or more
        with nothing but their own wrapped lines between them, are the points of a list, not
        headings: a heading has its text under it. (In running text, numbered paragraphs that end
        their sentences stay paragraphs; points closed by `；` are mark_numbered_points'.) The
        numbered line cannot be told full there, so a line after it that is a block of its own, no
        longer than it, when the point's line ended no clause, is the point's wrapped tail
        (`2. 打造新型劳动者队伍，…能够熟练` / `掌握…人才。`); a longer one is a paragraph of its own
        (a markdown export writes each paragraph on one line)."""
        if self.wrap:
            return
        drafts = [d for d in self.drafts if d.kind not in _ASIDE_KINDS]
        numbers = [_point_number(self.first_line(d)) if d.kind in ("heading", "paragraph", "list_item")
                   and len(d.spans) <= 2 else None for d in drafts]
        i = 0
        while i < len(drafts):
            if numbers[i] is None or numbers[i][0] != 1:
                i += 1
                continue
            run, tails, j = [i], [], i + 1  # tails: positions of the wrapped tails of the run's points
            while j < len(drafts):
                if numbers[j] == (numbers[run[-1]][0] + 1, numbers[run[-1]][1]):
                    run.append(j)
                elif numbers[j] is None and j - 1 == run[-1] and len(drafts[j].spans) == 1 \
                        and drafts[j].kind in ("heading", "paragraph", "byline") and len(drafts[run[-1]].spans) == 1 \
                        and drafts[j].page == drafts[run[-1]].page \
                        and len(self.first_line(drafts[j])) <= len(self.last_line(drafts[run[-1]])) \
                        and not self.last_line(drafts[run[-1]]).endswith(tuple("。！？；;!?：:")):
                    tails.append(j)
                else:
                    break
                j += 1
            if len(run) >= MIN_POINT_RUN:
                for k in run:
                    drafts[k].kind = "list_item"
                for k in tails:
                    drafts[k - 1].spans += drafts[k].spans
                    drafts[k - 1].numbers += drafts[k].numbers
                    drafts[k - 1].joins += [" "] * len(drafts[k].spans)
                    drafts[k].kind = ""  # joined: dropped below
            i = j
        self.drafts = [d for d in self.drafts if d.kind]

    def mark_subheads(self) -> None:
        """A paragraph that is one short sentence asking a question (`怎样加快发展新质生产力？`) or
        stating an enumerated lead point (`一是，纵向来看，…都要重视。`, `——首先，要…新动能。`: cue
        lead_point_pattern) is a subhead set on a line of its own, a heading, when a paragraph follows
        and neither neighbour is of its sort: questions or lead points one after another are
        paragraphs (a run of points, a question put several ways). A question put by someone
        (`问：…？`, `记者：…？`) is a turn of a dialogue, not a subhead."""
        running = [d for d in self.drafts if d.kind not in _ASIDE_KINDS]
        lone = [self.lone_sentence(d) if d.kind == "paragraph" else None for d in running]
        question = [text is not None and ends_question(text) for text in lone]
        lead = [d.kind == "paragraph" and self.cues.lead_point.match(self.first_line(d)) is not None for d in running]
        for i in range(len(running) - 1):
            text = lone[i]
            if text is None or running[i + 1].kind != "paragraph":
                continue
            if question[i]:
                subhead = (not question[i + 1] and not (i and question[i - 1]) and not _TURN_LABEL.match(text)
                           and not (text[0] in OPENERS and text[-1] in CLOSERS))
            else:
                subhead = lead[i] and not lead[i + 1] and not (i and lead[i - 1])
            if subhead:
                running[i].kind = "heading"

    def lone_sentence(self, draft: Draft) -> str | None:
        """The draft's text, whitespace removed, when it is one short sentence (else None)."""
        if len(draft.spans) > 2:  # a subhead takes a line, or two in a narrow column
            return None
        text = squeeze(self.draft_text(draft))
        if len(text) > _SUBHEAD_MAX_CHARS or not ends_sentence(text):
            return None
        return None if _INNER_END.search(text.rstrip(CLOSERS)[:-1]) else text

    def prev_was_marker(self, line: Line) -> bool:
        prev = self.previous_line(line)
        return prev is not None and bool(_BARE_NUMBER.match(prev.stripped))

    def take_furniture(self, line: Line) -> bool:
        s = line.stripped
        if line.number - 1 in self.figure_text:
            self.ledger("figure_text", line.content_start, line.content_end)
            return True
        if line.number - 1 in self.lifted_markers:
            self.ledger("footnote_marker", line.content_start, line.content_end)
            return True
        if line.number - 1 in self.repeated_headers:
            self.ledger("running_header", line.content_start, line.content_end)
            return True
        if self.takes_toc_line(line):
            self.ledger("table_of_contents", line.content_start, line.content_end)
            return True
        if _MAILTO.match(s):
            self.ledger("mailto", line.content_start, line.content_end)
            return True
        if _URL.match(s) and self.is_duplicate_url(line):
            self.ledger("duplicate_url", line.content_start, line.content_end)
            return True
        if _BARE_NUMBER.match(s):
            if self.footnotes and not self.labels_inline:  # a label line above its note's body
                self.ledger("footnote_marker", line.content_start, line.content_end)
                self.close_footnote()
                self.pending_label = s
                return True
            if self.footnotes:  # under notes that carry their labels: the page number ends them
                self.leave_footnotes()
            self.ledger("page_number", line.content_start, line.content_end)
            self.printed_page(int(s))
            return True
        tokens = self.furniture_tokens(line)
        if tokens is None:
            return self.take_numbered_header(line)
        for kind, start, end in tokens:
            self.ledger(kind, start, end)
            if kind == "page_number":
                # a page number marks the page's edge, where its notes end (`- 3 -` cannot be a
                # note's label, which a bare number above may be)
                self.leave_footnotes()
                digits = re.findall(r"\d+", self.text[start:end])
                if digits:
                    self.printed_page(int(digits[0]))
        return True

    def printed_page(self, number: int) -> None:
        """A printed page number anchors the count of pages (resolve_pages). Where no line marks a
        page's start (no form feed, no one-space first line: pypdf, PDFium, PyMuPDF), the numbers
        are the only page edges, so each one moves the count on: after it where it closes its page,
        before it where it opens its page. They open their pages where they come first in the
        page's text (those extractors give a page's furniture first when it was drawn first): where
        no text came before the first one, or text follows the last one (a cover and a contents
        page may carry no number; they then have no page)."""
        if not self.pages_marked:
            if self.numbers_open_pages is None:
                self.numbers_open_pages = not self.drafts or self.text_after_last_number
            if self.numbers_open_pages and (self.printed_pages or self.drafts):
                self.page_index += 1
        self.printed_pages.append((self.page_index, number))
        if not self.pages_marked and not self.numbers_open_pages:
            self.page_index += 1
        self.page_edge = True

    def takes_toc_line(self, line: Line) -> bool:
        """A table of contents: its title (`目录`) when an entry follows, and its entries. An entry
        has dot leaders before its page number (`一、总体情况……1`); right under the title, lines
        that end in page numbers that do not go down are entries too, whose leaders the extractor
        dropped (`一、总体情况1`: pdfminer and PyMuPDF drop some fonts' middle dots)."""
        s = line.stripped
        toc_pages = self.toc_pages
        self.toc_pages = None
        if _is_toc_entry(s):
            return True
        if toc_pages is not None:
            page = _TOC_PAGE_END.match(s)
            if page is not None and int(page.group(1)) >= toc_pages:
                self.toc_pages = int(page.group(1))
                return True
        nxt = self.next_line(line) if _TOC_TITLE.match(s) else None
        if nxt is None or not (_is_toc_entry(nxt.stripped) or _TOC_PAGE_END.match(nxt.stripped)):
            return False
        self.toc_pages = 0
        return True

    def close_footnote(self) -> None:
        if self.footnote is not None:
            self.footnote.ended = True
        self.footnote = None

    def leave_footnotes(self) -> None:
        """The page's footnote area ends (at its page's edge)."""
        self.close_footnote()
        self.footnotes = False

    def take_footnote_line(self, line: Line) -> bool:
        """Inside a page-bottom footnote area: marker lines, footnote bodies, then the next page."""
        s = line.stripped
        if _matches_any(self.cues.boilerplate, s):
            self.footnotes = False
            return False
        if self.pending_label is not None:
            self.footnote = self.emit(Draft("footnote", label=self.pending_label))
            self.pending_label = None
            self.footnote.add(line)
            return True
        if line.page_start:
            self.leave_footnotes()
            return False
        label = _page_note_label(s)
        if label and (self.marked_above(line.number - 1, label) or self.next_note_label(label)
                      or self.footnote is None and self.cut_off_above(line)):
            self.close_footnote()  # the next note of the page (`② …` after `① …`)
            self.footnote = self.emit(Draft("footnote", label=label))
        elif self.footnote is None:
            self.footnote = self.emit(Draft("footnote"))
        self.footnote.add(line)
        return True

    def opens_page_notes(self, idx: int, line: Line) -> bool:
        """A line opening with a note label (`① 参见…`, `1 参见…`) a few lines above a page break,
        whose label stands as a superscript in the text above it on the page (`发展①，`), or under
        running text they cut off (cut_off_above): the page's footnotes start here, as after a
        page-bottom rule."""
        label = _page_note_label(line.stripped)
        if label is None or not (self.marked_above(idx, label) or self.cut_off_above(line)):
            return False
        k, seen = idx + 1, 0
        while k < len(self.lines) and seen <= _PAGE_NOTE_LINES:
            after = self.lines[k]
            if after.stripped:
                if after.page_start or k in self.page_numbers:
                    return True
                seen += 1
            k += 1
        return k == len(self.lines)  # the notes of the last page

    def cut_off_above(self, line: Line) -> bool:
        """`line` opens with a circled note label (`① 同上…`; a wrapped line of running text may open
        with a number, `10 万年…`, or with a marker cut from the line above, `⑧，…`) and the text line
        above it runs full and stops on a letter or digit, inside a word: page-bottom notes cut the
        page's running text, which goes on after the page break; no list or heading opens there. Read
        where the text lost its note markers (PDFium drops superscripts)."""
        above = self.previous_line(line)
        label = _page_note_label(line.stripped)
        opening = line.stripped[len(label):].lstrip()[:1] if label else ""
        return (label is not None and not label.isascii() and opening not in _NOT_OPENING_A_NOTE
                and above is not None and not above.page_start and above.stripped[-1].isalnum()
                and is_full(above, self.wrap))

    def next_note_label(self, label: str) -> bool:
        """`label` follows the open note's label (② after ①, 3 after 2): the page's next note."""
        current = None if self.footnote is None else self.footnote.label
        if not current:
            return False
        if current.isascii() and label.isascii():  # 1, 2 (a circled ① is a digit to str.isdigit)
            return int(label) == int(current) + 1
        return not (current.isascii() or label.isascii()) and ord(label) == ord(current) + 1

    def marked_above(self, idx: int, label: str) -> bool:
        """Whether `label` stands as a superscript marker in a text line of this page above line idx:
        after a word, at the start of a line glued to a comma (`1，是…`: cut from the line above,
        see restore_raised_line_parts), or on a line of its own (lifted_marker_lines)."""
        marker = note_marker(label)
        for k in range(idx - 1, max(-1, idx - 1 - _PAGE_LINES), -1):
            above = self.lines[k]
            if not above.stripped:
                continue
            if k in self.page_numbers:
                return False
            if (marker.search(above.stripped) or k in self.lifted_markers and above.stripped == label
                    or MARKER_OPENS.match(above.stripped) and above.stripped.startswith(label)
                    and not above.stripped[len(label)].isdigit()):
                return True
            if above.page_start:
                return False
        return False

    def take_sidebar(self, idx: int, line: Line) -> bool:
        item = self.sidebar_lines.get(idx)
        if item is None:
            return False
        last = self.drafts[-1] if self.drafts else None
        if last is None or last.kind != "sidebar" or last.label != str(item):
            last = self.emit(Draft("sidebar", label=str(item)))
        last.add(line)
        return True

    def take_cued(self, line: Line) -> bool:
        """Lines opened by a cue (see _cue_gate): a lone run of closing punctuation, boilerplate,
        captions, source notes, quote attributions. False when the line is none of these."""
        s = line.stripped
        cues = self.cues
        if _PUNCT_ONLY.match(s):
            target = self.open or self.last_content()
            if target is not None:
                target.add(line)
                if target is self.open:
                    self.maybe_close(line)
                return True
        if _matches_any(cues.boilerplate, s):
            self.close()
            self.in_table = False
            self.open = self.emit(Draft("boilerplate"))
            self.open.add(line)
            self.open.ended = True
            self.open = None
            return True
        if cues.caption.match(s) and not self.continues_paragraph():
            self.close()
            self.in_table = bool(re.match(r"^(表|附表|Table)", s))
            self.table = None
            self.start_block("caption", line, single=True)
            return True
        if cues.source_note.match(s) and not self.continues_paragraph():
            self.close()
            self.in_table = False
            self.start_block("source_note", line, single=not self.runs_on(line))
            return True
        if cues.attribution.match(s):
            self.close()
            self.mark_quote()
            self.start_block("quote_attribution", line)
            return True
        return False

    def take_content(self, line: Line) -> None:
        s = line.stripped
        # without a wrap width no line can be told full, so none can be told to run on past its page
        page_ends_block, self.page_edge = self.page_edge and self.wrap == 0, False
        gated = self.cue_gate.match(s) is not None
        if gated and self.take_cued(line):
            return
        front_matter = gated and self.cues.front_matter.match(s) is not None
        if "\t" in line.text:
            self.close()
            self.table_row(line, [line.start + i for i, ch in enumerate(line.text) if ch == "\t"])
            # leading tabs are empty cells: the row's text starts at the line, not its content
            first = line.start + len(line.text) - len(line.text.lstrip(" "))
            self.table.spans[0] = (first, self.table.spans[0][1])
            return
        if self.in_table:
            self.take_table_line(line)
            return
        if _ENDNOTES_HEADING.match(s) and not self.continues_paragraph():
            self.close()
            self.start_block("heading", line, single=True)
            return
        endnote = _ENDNOTE_LABEL.match(s) if self.in_endnotes else None
        if endnote:  # the next note; a line without a label goes on with the note before it
            self.close()
            self.open = self.emit(Draft("footnote", label=next(g for g in endnote.groups() if g), endnote=True))
            self.open.add(line)
            self.maybe_close(line)
            return
        # an official document's attachments: `附件：1. …`, then `2. …` on the lines under it
        attachment = _ATTACHMENTS.match(s) or self.in_attachments and _REFERENCE_NUMBER.match(s)
        self.in_attachments = bool(attachment)
        if attachment:  # one line each: the issuer's signature may follow without a stop between
            self.close()
            self.start_block("list_item", line, single=True)
            return
        bullet = _BULLET.match(s)
        entry = self.drafts[-1] if self.in_references and self.drafts else None
        if entry is not None and entry.kind == "list_item" and not bullet and not _REFERENCE_NUMBER.match(s) \
                and not self.last_line(entry).endswith((".", "．", "。")):
            # a reference entry ends with its stop (GB/T 7714): a line before it is the entry's tail,
            # though the entry's line stopped short (`…,2023,29(6):` / `137-148.`)
            self.open = entry
            entry.add(line)
            self.maybe_close(line)
            return
        if bullet or self.in_references and _REFERENCE_NUMBER.match(s):
            self.close()
            self.start_block("list_item", line)  # a reference entry is an item of the list
            return
        if self.open is not None and not self.open.ended and self.open.kind != "heading" \
                and not self.indented_after_sentence(line) and not self.numbered_opens_block(line) \
                and not self.subhead_after_sentence(line) and not self.turn_after_sentence(line) \
                and not self.script_changes_after_sentence(line) \
                and not (line.page_start and self.bullet_only(self.open)) and not page_ends_block \
                and not front_matter:
            self.open.add(line)
            self.maybe_close(line)
            return
        self.close()
        if self.continues_aside(line):
            self.drafts[-1].add(line)
        elif _DATELINE.match(s) or s[0] in "（(" and s[-1] in "）)" and _DATELINE.match(s[1:-1]):
            self.start_block("dateline", line, single=True)  # a speech's date is set in brackets
        elif self.drafts and self.drafts[-1].kind == "title" and not self.has_block("paragraph") \
                and _script(s) == "latin":
            self.start_block("title", line, single=True)  # the title in English under the Chinese one
        elif self.is_heading(line):
            self.start_block("heading", line, single=True)
        elif front_matter:  # `关键词：…` is a short line, but no heading
            self.start_block("paragraph", line)
            self.maybe_close(line)
        elif self.is_byline(line):
            self.start_block("byline", line, single=True)
        elif not self.has_block("paragraph") and self.is_short_title(line) and not self.has_block("title") \
                and not _SECTION_NUMERAL.fullmatch(s):  # a numeral is a section's, not the title
            self.start_block("title", line, single=True)
        elif self.is_short_title(line) and not ends_sentence(s) and not self.opens_narrow_column(line):
            self.start_block("heading", line, single=True)
        else:
            self.start_block("paragraph", line)
            self.maybe_close(line)

    def indented_after_sentence(self, line: Line) -> bool:
        """A first-line indent (two characters' width beyond the file's usual left margin: `　　`,
        `    `; or the one space an extractor writes for it, see indent_step) after a line that ends
        a sentence opens a new paragraph, whatever the widths say."""
        return (line.content_start > line.start  # most lines have no indent at all
                and indent_width(line) >= self.indent_margin + self.indent_step and self.open_ends_sentence())

    def subhead_after_sentence(self, line: Line) -> bool:
        """A title-shaped line after a paragraph's line that ends a sentence opens a block of its
        own (an unnumbered subhead: `创新驱动　动能澎湃`), where no width or space marks the
        paragraph's end: a paragraph's last line closes its sentence, so this line cannot be one,
        unless the next line goes on with its sentence or the break cuts a word."""
        if self.wrap == 0 or not self.title_shaped(line) or not self.open_ends_sentence():
            return False
        nxt = self.next_line(line)
        return nxt is None or not (_CONTINUATION_START.match(nxt.stripped) or self.break_cuts_a_word(line, nxt))

    def turn_after_sentence(self, line: Line) -> bool:
        """A line opening with a speaker's label that opens other lines too (`记者：`, `李某某：`),
        after a line that ends a sentence, is the next turn of a dialogue, though that line ran full
        and no indent is left to tell: running text rarely breaks its lines before the same label."""
        label = _TURN_LABEL.match(line.stripped)
        return label is not None and label.group() in self.turn_labels and self.open_ends_sentence()

    def script_changes_after_sentence(self, line: Line) -> bool:
        """A line in Latin letters after a Chinese line that ends a sentence, or a Chinese line after
        a Latin one (`…for this year.` / `三是「生產力」…`), opens a block: a bilingual text sets its
        English and Chinese paragraphs apart, and a paragraph does not change its script at a line
        break after a full stop."""
        if self.open is None:
            return False
        last = self.last_line(self.open)
        # an English sentence ends at its full stop, which ends_sentence leaves to numbers (`3.5`)
        if not ends_sentence(last) and _LATIN_SENTENCE_END.search(last) is None:
            return False
        if HAN.search(last) and HAN.search(line.stripped):  # neither is English (most lines)
            return False
        return {_script(last), _script(line.stripped)} == {"latin", "han"}

    def numbered_opens_block(self, line: Line) -> bool:
        """A line opening with a numbering (`一、`, `（一）`, `（1）`, `1.`, `第一节`) opens a new block
        after a line that ends a sentence, closes a point (`；`) or stops short of the wrap width
        (`…文章编号：…03-0012-08` / `一、引言`), even where no width or space marks the end; and
        after any line when it is a heading's shape itself (`一、背景` under a title set across two
        columns, as wide as a column's lines): running text wrapped there would not stop short."""
        if not _NUMBERED.match(line.stripped) or self.open is None:
            return False
        last = self.lines[self.open.numbers[-1] - 1]
        return ends_sentence(last.stripped) or last.stripped.endswith(_POINT_END) or \
            self.wrap > 0 and (not is_full(last, self.wrap) or self.title_shaped(line))

    def open_ends_sentence(self) -> bool:
        """The open block's last line ends a sentence."""
        return self.open is not None and ends_sentence(self.last_line(self.open))

    def continues_paragraph(self) -> bool:
        """The open paragraph's last line stops mid-sentence, so the next line is still part of it."""
        return self.open is not None and self.open.kind == "paragraph" and not self.open_ends_sentence()

    def start_block(self, kind: str, line: Line, single: bool = False) -> None:
        if kind == "heading":
            self.in_references = bool(_REFERENCES_HEADING.match(line.stripped))
            self.in_endnotes = bool(_ENDNOTES_HEADING.match(line.stripped))
        draft = self.emit(Draft(kind))
        draft.add(line)
        self.open = draft
        if single:
            self.close()
        elif kind != "paragraph":
            self.maybe_close(line)

    def maybe_close(self, line: Line) -> None:
        """Decide whether the open block ends with this line."""
        assert self.open is not None
        if self.open.kind == "quote_attribution":
            # `——2024 年 1 月 31 日，习近平在…` runs on until the occasion (…的讲话) is named.
            if _OCCASION_END.search(line.stripped) or ends_sentence(line.stripped) or len(self.open.spans) >= 3:
                self.close()
        elif self.open.kind == "source_note":
            if not self.runs_on(line):  # a note has no sentence end to wait for
                self.close()
        elif self.open.kind == "list_item" and _BULLET.fullmatch(line.stripped):
            pass  # a bullet alone on its line (PyMuPDF, pypdf, pdfminer): its item's text comes next
        elif self.ends_paragraph(line):
            self.close()

    def mark_quote(self) -> None:
        """The paragraph right before an attribution line (`——2024 年…的讲话`) is the quote."""
        for d in reversed(self.drafts):
            if d.kind in ("paragraph", "quote"):
                d.kind = "quote"
                return
            if d.kind not in ("footnote", "sidebar"):
                return

    # --- tables --------------------------------------------------------------------------
    def table_row(self, line: Line, gaps: list[int]) -> None:
        row = self.emit(Draft("table_row", cell_gaps=gaps))
        row.add(line)
        row.ended = True
        if self.table is None:  # the first row of a table
            self.table_head, self.table_dated = row, False
        self.table = row

    def take_cell_line(self, line: Line, table_row: tuple[int, int]) -> None:
        """A cell of a table written one cell per line: it opens its row, or is the row's next cell
        (read column after column, a row's cells come apart, after the other rows' cells). Its
        extent is known, so the line after it is read as text even without a source note."""
        self.close()
        self.in_table = False
        table, number = table_row
        rows = self.cell_tables.setdefault(table, {})
        if number in rows:
            rows[number].add(line, join="\t")
        else:
            self.table_row(line, [])
            rows[number] = self.table

    def ends_in_next_rows_cell(self, row: Draft) -> bool:
        """The row's last line is the first line of the next row's cell. A cell of two lines beside
        a cell of one is centred on it, so its first line comes out above the next row's first line
        (`人力资源和社会保障部部长王` / `2024年 3月 9日` / `晓萍`); it stops short, and the row above
        had finished its sentence before it."""
        if len(row.spans) < 2 or row.cell_gaps and row.cell_gaps[-1] >= row.spans[-1][0]:
            return False
        before, last = (self.lines[n - 1] for n in row.numbers[-2:])
        return ends_sentence(before.stripped) and not ends_sentence(last.stripped) and not is_full(last, self.wrap)

    def opens_next_row(self, row: Draft, line: Line) -> bool:
        """A short line of one cell under a finished row is the first cell of the next row
        (`党的十八大报告` under `…科技型小微企业发展。`): a row is finished when its last line ends a
        sentence, or when it is the table's first row and one line of cells (the header: `提法  涉及内容`).
        Under an unfinished row the same line is the wrapped tail of a cell (`业体系`)."""
        s = line.stripped
        if ends_sentence(s) or s[-1] in _CLAUSE_END or self.wrap == 0 or line.width >= self.wrap * 0.5:
            return False
        header = row is self.table_head and len(row.numbers) == 1 and bool(row.cell_gaps)
        return header or ends_sentence(self.lines[row.numbers[-1] - 1].stripped)

    def cell_gaps(self, line: Line) -> list[int]:
        """Raw offsets of the whitespace between the cells of a flattened table line (a bullet's
        own space is not a gap; in a row of numbers, see numeric_row_gaps). The cleaner turns them
        into tabs."""
        s = line.stripped
        numeric = numeric_row_gaps(s)
        if numeric is not None:
            return [line.content_start + i for i in numeric]
        bullet = _BULLET.match(s)
        gaps = []
        for m in re.finditer(r"\s+", s):
            if bullet and m.start() < bullet.end():
                continue
            left, right = s[m.start() - 1], s[m.end()]
            if m.group() == " " and not _is_cell_gap(left, right):
                continue
            gaps.append(line.content_start + m.start())
        return gaps

    def take_table_line(self, line: Line) -> None:
        """Rows of a flattened table: a line with a cell gap starts a row; a bullet starts a new
        cell; a line without gaps continues the last cell (cells wrap inside their column)."""
        s = line.stripped
        bullet = _BULLET.match(s)
        gaps = self.cell_gaps(line)
        row = self.table
        dated = bool(re.match(r"^\d{4}[.\-/年]", s))
        if row is None or (gaps and not bullet) or dated:
            if row is not None and not gaps and self.ends_in_next_rows_cell(row):
                self.table_row(self.lines[row.drop_last() - 1], [])
                self.table.add(line, join="\t")  # the date is a cell of its own
            else:
                self.table_row(line, gaps)
            self.table_dated |= dated
            return
        # in a table keyed by dates only a date opens a row: a short cell line there is a
        # person or a place of the dated row (`国务院国资委主任张玉卓`)
        if not gaps and not bullet and not self.table_dated and self.opens_next_row(row, line):
            self.table_row(line, [])
            return
        last_cell = self.last_line(row).split()[-1]
        new_cell = bool(bullet) or bool(re.fullmatch(r"[\d.\-/年月日]+", last_cell))
        row.add(line, join="\t" if new_cell else "")
        row.cell_gaps.extend(gaps)

    def split_word_tables(self) -> None:
        """A table of words written one cell per line reaches take_table_line with no cell gap and
        no number to open a row, so its cells are glued into one row: when word_table_rows reads
        them as rows, each row becomes a draft of its own, on the page of its first cell. pdfminer
        may set the source note between a table's first column and the rest, which then run on in
        the note (as in tables.cell_rows): such lines are read as the table's."""
        drafts: list[Draft] = []
        for i, draft in enumerate(self.drafts):
            cells = self.glued_cells(draft) if draft.kind == "table_row" else None
            rows = None
            if cells is not None:
                note = self.drafts[i + 1] if i + 1 < len(self.drafts) else None
                after = self.glued_cells(note, first=1) if note is not None and note.kind == "source_note" else None
                spans, numbers = draft.spans, draft.numbers
                rows = after and word_table_rows(cells + after)
                if rows:  # the note keeps its first line, the table takes the rest
                    spans, numbers = spans + note.spans[1:], numbers + note.numbers[1:]
                    del note.spans[1:], note.numbers[1:], note.joins[1:]
                else:
                    rows = word_table_rows(cells)
            if not rows:
                drafts.append(draft)
                continue
            for number in range(max(rows) + 1):
                members = [m for m, row in enumerate(rows) if row == number]
                # the pass adds pages_marked at each page start (no footnote area is open in a table)
                page = draft.page + self.pages_marked * sum(
                    line.page_start for line in self.lines[numbers[0]:numbers[members[0]]])
                drafts.append(Draft("table_row", [spans[m] for m in members], [numbers[m] for m in members],
                                    ended=True, page=page, joins=[draft.joins[0]] + ["\t"] * (len(members) - 1)))
        self.drafts = drafts

    def glued_cells(self, draft: Draft, first: int = 0) -> list[str] | None:
        """The texts of the draft's lines from the `first`, when each may be a cell of a table of
        words (short, no sentence end; in a row, glued on: no cell gap, nothing between lines),
        else None."""
        if draft.cell_gaps or draft.kind == "table_row" and any(draft.joins[1:]) or len(draft.numbers) <= first:
            return None
        lines = [self.lines[n - 1] for n in draft.numbers[first:]]
        if any(line.width > MAX_CELL_WIDTH or ends_sentence(line.stripped) for line in lines):
            return None
        return [line.stripped for line in lines]

    # --- pages ---------------------------------------------------------------------------
    def resolve_pages(self) -> None:
        """Printed page numbers anchor the count of page starts near them; without any printed
        number, pages count from 1; where neither can be told, the page stays unknown. The text
        before the first page start is page 1 too: pdftotext puts a form feed between pages, so its
        first page opens with none."""
        anchors = [i for i, _ in self.printed_pages]  # ascending: pages are counted in reading order
        first = next((line for line in self.lines if line.stripped), None)
        unmarked_first_page = int(first is not None and not first.page_start)
        for d in self.drafts:
            index = d.page or 0
            if self.printed_pages:
                i, n = self.printed_pages[_nearest_anchor(anchors, index)]
                page = n + (index - i)
                d.page = page if page >= 1 and abs(index - i) <= _PAGE_ANCHOR_REACH else None
            else:
                d.page = index + unmarked_first_page if self.page_index else None


def _script(text: str) -> str | None:
    """"latin" for a line of English (Latin words, no Han character: a Chinese sentence may name
    `ChatGPT` or `OpenAI`), "han" for a line of more Han characters than Latin letters, else None."""
    latin, han = len(_LATIN_LETTER.findall(text)), len(HAN.findall(text))
    return "latin" if han == 0 and latin >= _MIN_LATIN_LETTERS else "han" if han > latin else None


_MIN_LATIN_LETTERS = 10  # an English line: more than an abbreviation or a code
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LATIN_SENTENCE_END = re.compile(r"[A-Za-z)\]\"'][.!?][\"')\]]*$")
MIN_POINT_RUN = 3
_POINT_NUMBER = re.compile(r"^(?:(\d{1,2})\s*([.．、])(?!\d)|[（(](\d{1,2})[）)])")


def _point_number(text: str) -> tuple[int, str] | None:
    """(number, its mark) of a line opening with an Arabic point number (`1.`, `2、`, `（3）`), else None."""
    m = _POINT_NUMBER.match(text)
    if m is None:
        return None
    return (int(m.group(1)), m.group(2)) if m.group(1) else (int(m.group(3)), "（")


def _turn_labels(lines: list[Line]) -> set[str]:
    """The speaker labels (_TURN_LABEL) that open more than one line: a dialogue's turns."""
    counts = Counter(label.group() for line in lines if (label := _TURN_LABEL.match(line.stripped)))
    return {label for label, n in counts.items() if n > 1}


def _nearest_anchor(anchors: list[int], index: int) -> int:
    """Position of the anchor nearest `index` in the ascending list, the lower one on a tie, the
    first of equal ones: min() by (distance, anchor), found by bisection as it runs per draft."""
    above = bisect_left(anchors, index)
    if above == len(anchors):
        return bisect_left(anchors, anchors[-1])
    if above == 0:
        return 0
    below = bisect_left(anchors, anchors[above - 1])
    return above if anchors[above] - index < index - anchors[below] else below


def assemble(text: str) -> Layout:
    return _Assembler(text, load_cues()).run()

