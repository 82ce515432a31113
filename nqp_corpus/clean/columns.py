"""Side-by-side columns: a two-column page extracted line by line keeps its layout.

Layout-preserving extractors (pypdf's layout mode, `pdftotext -layout`, pdfplumber's layout text)
write each printed row of a two-column page as one line: the left column's piece, a run of spaces
(the gutter), the right column's piece. Read line by line, the two columns' sentences alternate.
`unzip_columns` finds such regions and gives their lines in reading order: each line's left piece,
every line of the region, then each line's right piece. Plain extractions (one column after the
other) have no such lines and pass through unchanged.

Positions are counted in characters, not display width: such an extractor sets text on a grid of
character cells, one character a cell whatever its width, so a column starts at the same cell on
every line (a Han character and a digit both take one).

A region is a run of lines in which at least MIN_GUTTER_LINES lines have exactly one gutter (a run
of at least GUTTER_SPACES spaces inside the text, Han characters on both sides) whose right piece
starts at the right column's cell C (the commonest start, give or take COLUMN_TOLERANCE, or up to
INDENT_MAX cells further: a first-line indent), and whose left pieces run most of the way to the
gutter (MIN_LEFT_FILL: a table of terms and their explanations stays a table). Inside it a line without a gutter is a left piece
alone (it ends before C), a right piece alone (it starts at C or further), or, between two lines
that are in the region, a left piece run into the right column (letters and digits take a cell
each but print narrower, so a left piece that has many of them fills the gutter): it is read
whole in the left column, one misplaced line instead of two columns read out of order. A line that
is none of these (a page number, a full-width line) or PAGE_GAP empty lines in a row (a page's
bottom margin: the next page's columns are a region of their own, read after this one's) end the
region. Empty lines inside a region are dropped: a row empty in one column is often only the other
column's space before a heading, so they say nothing about either column's paragraphs.

A right piece keeps the spaces it has past C (a first-line indent); its offsets are its raw ones,
so a block read from right pieces still maps back to the raw text.
"""
from __future__ import annotations

import re
from collections import Counter
from statistics import median

from .chars import is_han
from .lines import Line, Pieces, interleave_rows, renumbered, split_rows

GUTTER_SPACES = 3  # narrower runs are word spaces (`AI 技术`) or a justified line's stretch
_GUTTER = re.compile(f" {{{GUTTER_SPACES},}}")
_INNER_GUTTER = re.compile(f"\\S {{{GUTTER_SPACES},}}\\S")  # text on both sides
MIN_GUTTER_LINES = 5  # fewer rows side by side is a table or a form, not a page of columns
# A left column of text runs up to its gutter: its pieces end, in the median, past this share of C.
# A table of two columns (a term and its explanation) has short labels that stop well before
# (typeset columns: 0.63-0.72).
MIN_LEFT_FILL = 0.5
COLUMN_TOLERANCE = 1  # cells a right piece's start may stray from C (rounding of positions)
INDENT_MAX = 4  # cells past C that a first-line indent takes
PAGE_GAP = 2  # empty lines in a row that end a region
_TOKEN = re.compile(r"\S+")
_NARROW = re.compile(r"[0-9A-Za-z.,%()&;:/+\-]")  # what prints narrower than the cell it takes
MIN_OVERFLOW = 4  # narrow characters that let a left piece run into the right column


class _Row:
    """How one line stands to the columns (in character cells): its lead and end, and with one
    gutter the cell where its right piece starts."""

    __slots__ = ("line", "gutters", "lead", "end", "right_col", "left_stop")

    def __init__(self, line: Line) -> None:
        self.line = line
        text = line.text.rstrip()
        self.end = len(text)
        self.lead = self.end - len(text.lstrip())
        inner = [m for m in _GUTTER.finditer(text, self.lead) if m.end() < self.end]
        self.gutters = len(inner)
        self.right_col = self.left_stop = -1
        if len(inner) == 1:
            gap = inner[0]
            if any(map(is_han, text[self.lead:gap.start()])) and any(map(is_han, text[gap.end():])):
                self.left_stop, self.right_col = gap.start(), gap.end()


def _column(rows: list[_Row]) -> int | None:
    """C: the commonest start of right pieces, counted with its neighbours within the tolerance."""
    starts = Counter(r.right_col for r in rows if r.right_col >= 0)
    near = {c: sum(n for s, n in starts.items() if abs(s - c) <= COLUMN_TOLERANCE) for c in starts}
    column = max(near, key=lambda c: (near[c], starts[c], -c), default=None)
    return column if column is not None and near[column] >= MIN_GUTTER_LINES else None


def _fits(row: _Row, column: int) -> str | None:
    """"gutter", "left", "right", "overflow" or None: how a non-empty line sits beside column C."""
    if row.right_col >= 0:
        return "gutter" if column - COLUMN_TOLERANCE <= row.right_col <= column + INDENT_MAX else None
    text = row.line.stripped
    if row.gutters or not any(map(is_han, text)):
        return None
    if row.end <= column - GUTTER_SPACES:
        return "left" if row.lead < column - COLUMN_TOLERANCE else None
    if row.lead >= column - COLUMN_TOLERANCE:
        return "right"
    return "overflow" if len(_NARROW.findall(text)) >= MIN_OVERFLOW else None


def _regions(rows: list[_Row], column: int) -> list[tuple[int, int, list[str]]]:
    """(first, last, how each row from first to last sits) of each region."""
    regions = []
    i, n = 0, len(rows)
    while i < n:
        if _fits(rows[i], column) != "gutter":
            i += 1
            continue
        kinds = ["gutter"]
        last = i
        blanks = 0
        for j in range(i + 1, n):
            if not rows[j].line.stripped:
                blanks += 1
                if blanks >= PAGE_GAP:
                    break
                kinds.append("")
                continue
            kind = _fits(rows[j], column)
            if kind is None:
                break
            blanks = 0
            kinds.append(kind)
            last = j
        kinds = kinds[:last - i + 1]
        if kinds[-1] == "overflow":  # only between two lines of the region
            kinds.pop()
            last -= 1
        stops = [row.left_stop for row, kind in zip(rows[i:last + 1], kinds) if kind == "gutter"]
        if len(stops) >= MIN_GUTTER_LINES and median(stops) >= MIN_LEFT_FILL * column:
            regions.append((i, last, kinds))
        i = last + 1
    return regions


def _pieces(row: _Row, column: int, kind: str) -> tuple[Line | None, Line | None]:
    """The row's left and right pieces as lines (raw offsets kept)."""
    line = row.line
    if kind in ("left", "overflow"):
        return line, None
    if kind == "right":
        return None, Line(line.number, line.start + row.lead, line.text[row.lead:])
    cut = row.right_col - max(0, min(row.right_col - column, row.right_col - row.left_stop))  # keep an indent
    return Line(line.number, line.start, line.text[:row.left_stop], line.page_start), \
        Line(line.number, line.start + cut, line.text[cut:])


def unzip_columns(lines: list[Line]) -> list[Line]:
    """The lines in reading order, two-column regions unzipped (see the module's docstring), each
    numbered by its new position (Line.number is the index + 1 that the layout looks lines up by).

    >>> from .lines import split_lines
    >>> rows = [f"左栏第{i}行的文字     右栏第{i}行的文字" for i in range(5)]
    >>> page = ["标题", *rows, "通栏的一行文字，跨过两栏之间的空白。"]
    >>> [ln.text for ln in unzip_columns(split_lines("\\n".join(page)))]  # doctest: +NORMALIZE_WHITESPACE
    ['标题', '左栏第0行的文字', '左栏第1行的文字', '左栏第2行的文字', '左栏第3行的文字', '左栏第4行的文字',
     '右栏第0行的文字', '右栏第1行的文字', '右栏第2行的文字', '右栏第3行的文字', '右栏第4行的文字',
     '通栏的一行文字，跨过两栏之间的空白。']
    >>> text = "\\n".join(page)
    >>> unzip_columns(split_lines(text))[6].start == text.index("右栏第0行")  # raw offsets kept
    True
    """
    spaces = " " * GUTTER_SPACES  # most files have no gutter: a substring test per line tells
    if not any(spaces in line.text and _INNER_GUTTER.search(line.text) for line in lines):
        return lines
    rows = [_Row(line) for line in lines]
    column = _column(rows)
    regions = _regions(rows, column) if column is not None else []
    if not regions:
        return lines
    ordered: list[Line] = []
    done = 0
    for first, last, kinds in regions:
        ordered.extend(lines[done:first])
        left: list[Line] = []
        right: list[Line] = []
        for row, kind in zip(rows[first:last + 1], kinds):
            if kind:
                a, b = _pieces(row, column, kind)
                left.extend([a] if a else [])
                right.extend([b] if b else [])
        ordered.extend(left + right)
        done = last + 1
    ordered.extend(lines[done:])
    return renumbered(ordered)


def unzip_side_by_side_captions(lines: list[Line], caption: re.Pattern[str], source: re.Pattern[str]) -> list[Line]:
    """The lines with figures set side by side read figure by figure: a line of two or more captions
    (`图2 …产量     图3 …产量`, where extractors that keep a page's rows put them) over a line of as
    many source notes (`来源：…     来源：…`) gives each caption, then its source note, as pieces of
    the two lines (lines.interleave_rows).

    >>> from .lines import split_lines
    >>> caption, source = re.compile(r"^图\\s*\\d"), re.compile(r"^来源[：:]")
    >>> text = "图2 新能源汽车产量   图3 工业机器人产量\\n来源：中国汽车工业协会 来源：国家统计局\\n结束语"
    >>> [ln.text for ln in unzip_side_by_side_captions(split_lines(text), caption, source)]
    ['图2 新能源汽车产量', '来源：中国汽车工业协会', '图3 工业机器人产量', '来源：国家统计局', '结束语']
    """
    def pieces(line: Line, below: Line) -> tuple[Pieces, Pieces] | None:
        if not caption.match(line.stripped):  # most lines
            return None
        captions = _pieces_opening(line.text, caption)
        notes = _pieces_opening(below.text, source)
        return (captions, notes) if len(captions) >= 2 and len(notes) == len(captions) else None

    return interleave_rows(lines, pieces)


def _pieces_opening(text: str, pattern: re.Pattern[str]) -> Pieces:
    """(start, end) of the pieces of `text` that `pattern` opens, at its start and after whitespace,
    when it opens the text; each piece runs to the next one, its spaces left out."""
    starts = [m.end() for m in re.finditer(r"(?:^|\s)\s*", text) if pattern.match(text[m.end():])]
    if not starts or text[:starts[0]].strip():
        return []
    ends = [len(text[:nxt].rstrip()) for nxt in starts[1:]] + [len(text.rstrip())]
    return list(zip(starts, ends))


def split_side_by_side_names(lines: list[Line], organization: re.Pattern[str]) -> list[Line]:
    """The lines with each line of two or more organizations' names side by side (a joint
    document's signatories, two to a row: `某某市科学技术协会　某某市科学技术局`) given a name a line,
    as extractors that give a cell a line do.

    >>> from .lines import split_lines
    >>> org = re.compile(r"^\\S{2,30}(协会|局|委员会)$")
    >>> [ln.text for ln in split_side_by_side_names(split_lines("某某市科学技术协会 某某市科学技术局\\n共青团某某市委员会"), org)]
    ['某某市科学技术协会', '某某市科学技术局', '共青团某某市委员会']
    """
    def pieces(line: Line) -> Pieces | None:
        if " " not in line.text and "\u3000" not in line.text:  # most lines
            return None
        names = [m.span() for m in _TOKEN.finditer(line.text)]
        return names if len(names) >= 2 and all(organization.match(line.text[a:b]) for a, b in names) else None

    return split_rows(lines, pieces)


MAX_BESIDE_NUMBER = 12  # characters of what an official document sets on its number's line


def split_document_number_lines(lines: list[Line], document_number: re.Pattern[str]) -> list[Line]:
    """The lines with an official document's number set on one line with a short mark beside it
    (`A类　某科函〔2024〕23号`: a reply's result class; `某政发〔2024〕5号　签发人：张某`) given a piece a
    line, the number alone on its own, as extractors that give a cell a line do.

    >>> from .lines import split_lines
    >>> number = re.compile(r"^[\\u4e00-\\u9fff]{1,12}\\s*〔\\d{4}〕\\d{1,4}号$")
    >>> [ln.text for ln in split_document_number_lines(split_lines("A类　某科函〔2024〕23号\\n正文。"), number)]
    ['A类', '某科函〔2024〕23号', '正文。']
    """
    def pieces(line: Line) -> Pieces | None:
        if "〕" not in line.text and "]" not in line.text and "］" not in line.text:  # most lines
            return None
        tokens = [m.span() for m in _TOKEN.finditer(line.text)]
        at = next((k for k, (a, b) in enumerate(tokens) if document_number.match(line.text[a:b])), None)
        if at is None or len(tokens) < 2:
            return None
        parts = [tokens[:at], tokens[at:at + 1], tokens[at + 1:]]
        spans = [(group[0][0], group[-1][1]) for group in parts if group]
        return spans if all(b - a <= MAX_BESIDE_NUMBER for a, b in spans if (a, b) != tokens[at]) else None

    return split_rows(lines, pieces)
