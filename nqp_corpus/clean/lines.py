"""Raw lines with their offsets, and the line-level signals PDF extraction leaves behind."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Callable

from .chars import display_width, ends_sentence

# Wrapped lines end within this many narrow-width units of the wrap width: a line cannot start
# with ，。 etc., so the extractor moves one CJK character (2 units) up or down.
WRAP_TOLERANCE = 5
MIN_WRAP_SHARE = 0.25
MIN_BODY_WIDTH = 24  # narrower lines (headings, page numbers, last lines) tell no wrap width
# A Chinese paragraph's first line is indented by two characters (4 narrow units); lines around it
# vary by one character (2 units) where a closing mark may not open a line, and by narrow digits.
INDENT_UNITS = 4
FIRST_LINE_INDENT = (INDENT_UNITS - 1, INDENT_UNITS + 2)
# A PDF page's first line: one leading space before its text (a nested markdown list item, ` - i.`,
# is not one), or a form feed (pdftotext's page separator) before text.
# (A \r just before the line break belongs to the break, so it is no space after a list mark.)
_PAGE_TOP = re.compile(r"^(?: (?=\S)(?![-*+•·](?:[^\S\r\n]|\r(?!\n|$)))|\f[^\S\n]*\S)", re.M)
# Another extractor (pypdf) writes a paragraph's first-line indent as that one leading space. Such
# a line opens a block after one ended (a sentence end, or a short line: a heading, a paragraph's
# last line) and falls short of a full line by the indent, while a page's first line runs as full
# as any and follows whatever the page before ended with (page breaks fall anywhere): in the seeds
# 1 of 12, 39 of 450 and 2 of 28 of those lines look indented; in pypdf's text 15-16 of 16-17.
# Where at least INDENT_SHARE of at least MIN_INDENT_LINES such lines look indented, they are
# indents, not page tops (at the seeds' share, 3 of 5 page tops look indented by chance in about 1
# file in 200; a short pypdf text has few paragraphs).
INDENT_SHARE = 0.6
# Where more than this share of the text lines (and at least MIN_INDENT_LINES) open with one space,
# the space is a left margin.
MARGIN_SHARE = 0.5
_TEXT_LINE = re.compile(r"^[^\S\n]*\S", re.M)
# Where at least this share of the text lines (and at least MIN_INDENT_LINES) open with two spaces
# or more, the extractor kept the page's indents as spaces (pypdf's layout mode: 130 of the 134
# typeset layouts, a median of 26% of their lines; the seeds 0-1.7%, other extractors none): one
# space is one more indent's width there (a centred subhead's), no page's top.
KEPT_INDENTS_SHARE = 0.05
_INDENTED_LINE = re.compile(r"^[^\S\n]{2,}\S", re.M)
MIN_INDENTED_RUN = 3
MIN_INDENT_LINES = 5


class Line:
    """A raw line and the properties every later test reads. They are derived once, on creation,
    as plain attributes: lines are read many times over and never rewritten (a cached_property
    costs a lock per first read). A plain class with slots: a dataclass's extra __post_init__ call
    showed in the profile, with one line object per raw line of every file."""

    __slots__ = ("number", "start", "text", "page_start", "stripped", "content_start", "content_end",
                 "trailing_space", "width")

    def __init__(self, number: int, start: int, text: str, page_start: bool = False) -> None:
        self.number = number  # 1-based: the raw line number, or the position once columns are unzipped
        self.start = start  # raw offset of the first character of the line
        self.text = text  # the line without its line break (\n or \r\n)
        self.page_start = page_start
        self.stripped = stripped = text.strip()
        if len(stripped) == len(text):  # most lines have no whitespace around their content
            self.content_start = start
            self.content_end = start + len(text)
            self.trailing_space = False
        else:
            # raw offsets of the first non-whitespace character and just after the last one
            self.content_start = start + len(text) - len(text.lstrip())
            self.content_end = start + len(text.rstrip())
            self.trailing_space = text != text.rstrip()  # whitespace before the line break
        # of the stripped line; half the lines of a PDF extraction are blank: no regex call for them
        self.width = display_width(stripped) if stripped else 0


def indent_width(line: Line) -> int:
    """Display width of the whitespace before the line's content (an ideographic space is 2)."""
    lead = line.content_start - line.start
    return display_width(line.text[:lead]) if lead else 0


def page_top_offsets(text: str) -> set[int]:
    r"""Raw offsets of the lines that open a PDF page: extracted with one leading space before
    their text (unless those spaces mark first-line indents, see spaces_mark_indents), or after a
    form feed.

    >>> sorted(page_top_offsets("题目\n 第二页的首行\n - i. 列表\n")), sorted(page_top_offsets("题目\n - i. 列表\n\f第二页\n\f\n"))
    ([3], [12])
    >>> page_top_offsets(" 第一行\n 第二行\n   缩进的段首\n 第三行\n 第四行\n 第五行\n")  # a left margin
    set()
    >>> sorted(page_top_offsets("题目\n 一个要点\n\f第二页\n"))  # form feeds mark the pages
    [9]
    """
    tops, spaced, indents = _page_tops(text)
    return set(tops - spaced if indents else tops)


def spaces_are_indents(text: str) -> bool:
    """Whether the text's lines that open with one space are first-line indents, not page tops
    (spaces_mark_indents)."""
    return _page_tops(text)[2]


# The line splitter, the document splitter and the layout each ask this of the same file's text:
# one scan (for the compilation, ~3 ms) serves them all.
@lru_cache(maxsize=2)
def _page_tops(text: str) -> tuple[frozenset[int], frozenset[int], bool]:
    """(offsets of the page-top pattern's lines, those of them that open with one space, whether
    those are indents)."""
    tops = [m.start() for m in _PAGE_TOP.finditer(text)]
    spaced = [offset for offset in tops if text[offset] == " "]
    if spaced and "\f" in text:
        # form feeds mark the pages (pdftotext, pdfminer): a space opening a line there is a dropped
        # glyph's (a bullet the font maps to no character) or an indent's
        return frozenset(offset for offset in tops if text[offset] != " "), frozenset(), False
    text_lines = len(_TEXT_LINE.findall(text)) if spaced else 0
    if len(spaced) >= MIN_INDENT_LINES and len(spaced) > MARGIN_SHARE * text_lines \
            or spaced and _kept_indents(text, text_lines):
        # most lines open with the space: it is the text's left margin (pypdf's layout mode where the
        # page's margin is wide), which marks no page; nor does it where indents are kept as spaces
        return frozenset(offset for offset in tops if text[offset] != " "), frozenset(), False
    # three or more one-space lines in a row are an indented block (a framed box or an indented list
    # in pypdf's layout mode), not pages: a page of one line is no rarity (a figure's page with only
    # its source note, twice in a row in the seeds), three in a row are
    block: set[int] = set()
    run = spaced[:1]
    for offset in [*spaced[1:], None]:
        if offset is not None and _next_nonblank_start(text, run[-1]) == offset:
            run.append(offset)
            continue
        if len(run) >= MIN_INDENTED_RUN:
            block.update(run)
        run = [offset]
    tops = [offset for offset in tops if offset not in block]
    spaced = [offset for offset in spaced if offset not in block]
    return frozenset(tops), frozenset(spaced), spaces_mark_indents(text, spaced)


def _kept_indents(text: str, text_lines: int) -> bool:
    """Whether KEPT_INDENTS_SHARE or more of the text lines open with two spaces or more."""
    indented = len(_INDENTED_LINE.findall(text))
    return indented >= MIN_INDENT_LINES and indented >= KEPT_INDENTS_SHARE * text_lines


def _next_nonblank_start(text: str, offset: int) -> int:
    """Where the first non-blank line after the line at `offset` starts (len(text) if none)."""
    start = text.find("\n", offset) + 1
    while 0 < start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            return start
        start = end + 1
    return len(text)


def spaces_mark_indents(text: str, offsets: list[int]) -> bool:
    r"""Whether the lines at these offsets, each opening with one space, are first lines of
    paragraphs rather than of pages: most of them open a block after one ended (a sentence's end, or
    a line short of a full one: a heading, a page's number) and fall short of a full line (the
    commonest width of the lines after them) by a first-line indent.

    >>> spaces_mark_indents("一段话。\n 新的段落\n", [6])  # too few to tell
    False
    """
    if len(offsets) < MIN_INDENT_LINES:
        return False
    around = []  # (width, the line before, the width of the line after) of each
    for offset in offsets:
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        around.append((display_width(text[offset:end].strip()), _line_before(text, offset),
                       display_width(_line_after(text, end).strip())))
    full = Counter(after for _, _, after in around).most_common(1)[0][0]
    # a line too short for an indent may be a one-line paragraph (a question in an interview), a
    # heading or a paragraph's last line at a page's top: it tells neither
    telling = [(width, before) for width, before, _ in around if full - width <= FIRST_LINE_INDENT[1]]
    indented = sum(FIRST_LINE_INDENT[0] <= full - width <= FIRST_LINE_INDENT[1]
                   and (ends_sentence(before) or display_width(before.strip()) < full - FIRST_LINE_INDENT[1])
                   for width, before in telling)
    return len(telling) >= MIN_INDENT_LINES and indented >= INDENT_SHARE * len(telling)


def _line_before(text: str, offset: int) -> str:
    """The last non-blank line before `offset` (its trailing whitespace left in)."""
    end = offset
    while end and text[end - 1].isspace():
        end -= 1
    return text[text.rfind("\n", 0, end) + 1:end]


def _line_after(text: str, end: int) -> str:
    """The first non-blank line after the line that ends at `end` (its line break)."""
    start = _next_nonblank_start(text, end)
    stop = text.find("\n", start)
    return text[start:len(text) if stop < 0 else stop]


def split_lines(text: str) -> list[Line]:
    """Every raw line (blank ones included), with page starts marked (page_top_offsets)."""
    lines: list[Line] = []
    offset = 0
    tops = page_top_offsets(text)
    for number, piece in enumerate(text.split("\n"), start=1):
        # a Windows line break is \r\n: the \r belongs to the break, not to the line (a line of
        # spaces would be one wider, a trailing space would hide behind it)
        body = piece[:-1] if piece.endswith("\r") else piece
        lines.append(Line(number, offset, body, offset in tops))
        offset += len(piece) + 1
    return lines


def body_widths(lines: list[Line]) -> Counter[int]:
    """How many lines have each width (in narrow units), lines of under MIN_BODY_WIDTH left out:
    the widths wrap_width and common_width read."""
    return Counter(line.width for line in lines if line.width >= MIN_BODY_WIDTH)


def common_width(widths: Counter[int]) -> int:
    """The width most body lines have (0 without any)."""
    return widths.most_common(1)[0][0] if widths else 0


def wrap_width(widths: Counter[int]) -> int:
    """The width (in narrow units) the extractor wrapped body text at: the width band holding the
    most lines. Lines far wider than it were not wrapped (tables, exports, footnotes)."""
    if not widths:
        return 0
    band = {w: sum(n for v, n in widths.items() if w - WRAP_TOLERANCE <= v <= w) for w in widths}
    best = max(band, key=lambda w: (band[w], w))
    # In an export (one line per paragraph) no width dominates: there is no wrap width.
    return best if band[best] >= MIN_WRAP_SHARE * sum(widths.values()) else 0


def is_full(line: Line, wrap: int) -> bool:
    """The line ran to the wrap width, so its paragraph probably continues on the next line."""
    return wrap > 0 and abs(line.width - wrap) <= WRAP_TOLERANCE


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


def line_habits(lines: list[Line]) -> tuple[int, bool, bool, bool]:
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


# (start, end) of each piece of a line, in the line's own offsets
Pieces = list[tuple[int, int]]


def interleave_rows(lines: list[Line], pieces: Callable[[Line, Line], tuple[Pieces, Pieces] | None]) -> list[Line]:
    """The lines with each pair of a line and the next non-blank one that `pieces` splits into as
    many pieces each (a row of items over a row of what belongs to each: values over their labels,
    captions side by side over their source notes) given item by item: the first piece of each,
    then the second of each, ... as lines of their own, raw offsets kept, all numbered by their new
    positions (Line.number is the index + 1 the layout looks lines up by). `pieces` is asked of
    every non-blank line and should refuse most at once.

    >>> text = "甲一 甲二\\n\\n乙一 乙二\\n丙"
    >>> split = lambda a, b: ([(0, 2), (3, 5)], [(0, 2), (3, 5)]) if a.stripped.startswith("甲") else None
    >>> [(ln.number, ln.text, ln.start) for ln in interleave_rows(split_lines(text), split)]
    [(1, '甲一', 0), (2, '乙一', 7), (3, '甲二', 3), (4, '乙二', 10), (5, '丙', 13)]
    """
    out: list[Line] = []
    changed = False
    i = 0
    while i < len(lines):
        line = lines[i]
        j = i + 1
        while j < len(lines) and not lines[j].stripped:
            j += 1
        split = pieces(line, lines[j]) if line.stripped and j < len(lines) else None
        if split is None:
            out.append(line)
            i += 1
            continue
        for k, ((a, b), (c, d)) in enumerate(zip(*split)):
            out.append(Line(0, line.start + a, line.text[a:b], line.page_start and k == 0))
            out.append(Line(0, lines[j].start + c, lines[j].text[c:d]))
        changed = True
        i = j + 1
    return renumbered(out) if changed else lines


def split_rows(lines: list[Line], pieces: Callable[[Line], Pieces | None]) -> list[Line]:
    """The lines with each line that `pieces` splits given as its pieces, a line each, in order,
    raw offsets kept, all numbered by their new positions (as interleave_rows).

    >>> split = lambda line: [(0, 2), (3, 5)] if " " in line.stripped else None
    >>> [(ln.number, ln.text, ln.start) for ln in split_rows(split_lines("甲一 甲二\\n丙"), split)]
    [(1, '甲一', 0), (2, '甲二', 3), (3, '丙', 6)]
    """
    out: list[Line] = []
    changed = False
    for line in lines:
        split = pieces(line) if line.stripped else None
        if not split:
            out.append(line)
            continue
        out.extend(Line(0, line.start + a, line.text[a:b], line.page_start and k == 0) for k, (a, b) in enumerate(split))
        changed = True
    return renumbered(out) if changed else lines


def renumbered(lines: list[Line]) -> list[Line]:
    """The lines numbered by their positions (Line.number is the index + 1 the layout looks lines up
    by), once a pass has moved, split or dropped some."""
    return [Line(n, line.start, line.text, line.page_start) for n, line in enumerate(lines, start=1)]
