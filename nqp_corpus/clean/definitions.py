"""A table of definitions (释义) as prospectuses, annual reports and announcements set it: a term,
`指` ("means") and the term's definition, three cells a row, no rules, the definition wrapping in its
column. Extractors give a row either one cell per line (`某某有限` / `指` / `苏州某某…`: PyMuPDF,
pypdf) or on one line with spaces around the mark (`某某有限      指   苏州某某…`: pypdf's layout mode,
pdfplumber). The mark alone on a line, or between spaces after a short term, in MIN_DEFINITIONS rows
near one another, tells the table; a definition's wrapped lines follow a line that filled the
definition's column, and none opens with a section's number (a part's head: `二、专业术语`).

>>> from .lines import split_lines
>>> lines = split_lines("公司\\n指\\n某某科技股份有限公司\\n报告期\\n指\\n2021年度、2022年度和2023年度\\n"
...                     "工业机器人\\n指\\n面向工业领域的多关节机械手或多自由度机器装置，能够依\\n靠自身动力自动完成作业\\n")
>>> [(i, place.row, place.tail) for i, place in sorted(definition_rows(lines).items())][-4:]
[(6, 2, False), (7, 2, False), (8, 2, False), (9, 2, True)]
"""
from __future__ import annotations

import re

from .chars import display_width, ends_sentence
from .drafts import NUMBERED
from .lines import WRAP_TOLERANCE, Line
from .tables import MAX_CELL_WIDTH, CellPlace

DEFINITION_MARK = "指"
# the mark between a term and its definition on one line: spaces on both sides
_MARK_BETWEEN = re.compile(r"(?<=\S)(\s+)指(\s+)(?=\S)")
MIN_DEFINITIONS = 3
# lines between two rows of one table: a part's head (`二、专业术语`), or a row pdfplumber set in three
# lines (a wrapped definition's first line, the term and mark, its second line)
MAX_APART = 3


def definition_rows(lines: list[Line]) -> dict[int, CellPlace]:
    """Line index → its CellPlace for the lines of tables of definitions (see the module docstring);
    a row on one line carries the raw offsets of the spaces around its mark as its cell gaps."""
    nonblank = [i for i, line in enumerate(lines) if line.stripped]
    position = {i: p for p, i in enumerate(nonblank)}  # a line's place among the non-blank ones
    rows: list[tuple[list[int], int, tuple[int, ...]]] = []  # (its lines, its definition's width, gaps)
    for p, i in enumerate(nonblank):
        line = lines[i]
        s = line.stripped
        if s == DEFINITION_MARK and 0 < p < len(nonblank) - 1:
            term, definition = lines[nonblank[p - 1]], lines[nonblank[p + 1]]
            if _is_term(term.stripped) and definition.stripped != DEFINITION_MARK:
                if rows and rows[-1][0][-1] == nonblank[p - 1]:  # a term taken for the row before's
                    continue
                rows.append(([nonblank[p - 1], i, nonblank[p + 1]], definition.width, ()))
        elif (mark := _MARK_BETWEEN.search(s)) and _is_term(s[:mark.start()]):
            at = line.content_start
            rows.append(([i], display_width(s[mark.end():]), (at + mark.start(1), at + mark.start(2))))
    out: dict[int, CellPlace] = {}
    for table in _tables(rows, position):
        column = max(width for _, width, _ in table)
        first = table[0][0][0]
        for number, (row_lines, width, gaps) in enumerate(table):
            out[row_lines[0]] = CellPlace(first, number, False, gaps)
            out.update((i, CellPlace(first, number)) for i in row_lines[1:])
            # the definition wraps: lines up to the next row's, each after a line that filled the column
            p = position[row_lines[-1]] + 1
            following = table[number + 1][0][0] if number + 1 < len(table) else None
            while p < len(nonblank) and nonblank[p] != following and width >= column - WRAP_TOLERANCE:
                tail = lines[nonblank[p]]
                if tail.width > column + WRAP_TOLERANCE or nonblank[p] in out or NUMBERED.match(tail.stripped):
                    break
                out[nonblank[p]] = CellPlace(first, number, True)
                width, p = tail.width, p + 1
    return out


def _is_term(text: str) -> bool:
    """A term's cell: short, no sentence in it."""
    return 0 < display_width(text) <= MAX_CELL_WIDTH and not ends_sentence(text)


def _tables(rows: list[tuple[list[int], int, tuple[int, ...]]], position: dict[int, int]) -> list[list]:
    """The rows grouped into tables: rows at most MAX_APART lines apart (`position`: a line's place
    among the non-blank ones); MIN_DEFINITIONS rows or more."""
    groups: list[list] = []
    for row in rows:
        if groups and position[row[0][0]] - position[groups[-1][-1][0][-1]] <= MAX_APART + 1:
            groups[-1].append(row)
        else:
            groups.append([row])
    return [group for group in groups if len(group) >= MIN_DEFINITIONS]
