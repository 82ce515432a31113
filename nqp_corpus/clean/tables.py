"""Tables of numbers as extractors other than pdftotext give them.

A table of indicators (a header row, then rows of a label and its values) reaches the text in one of
three shapes. A row on one line with runs of spaces between its cells is read by the assembler's
cell gaps. Two more need the table's numbers to be told:

- one cell per line, row after row (pypdf, PyMuPDF): `cell_per_line_rows` finds the row length
  that makes every row a label and values;
- a row on one line with single spaces between its cells (PDFium, or narrow columns in pypdf's
  layout mode), which prose has too (`根据 2021年 3月`): `numeric_row_gaps` splits a line at the
  spaces next to its numbers once most of what follows its label is numbers.

pdfminer gives such a table column after column, its header cells apart from their columns and the
source note in between: that shape is left as it comes.
"""
from __future__ import annotations

import re
from typing import Callable

from .chars import ends_sentence
from .lines import Line

# A value: a number (sign, thousands separators, decimals), then a percent sign or a short unit
# (`8.1%`, `0.2个百分点`, `2021年`, `1.5倍`), nothing that ends a clause.
_NUMERIC_CELL = re.compile(r"[-+−]?\d[\d,.]*[%％‰]?[^\s\d，。；：、,;:]{0,4}")
_PIECE = re.compile(r"\d[\d,.]*\s+[年月日]|\S+")
MAX_CELL_WIDTH = 40  # narrow units: 20 Chinese characters; a longer line is text, not a cell
MAX_COLUMNS = 12
MIN_ROWS = 3  # a header and two rows of values, or three rows of values
NUMERIC_SHARE = 0.8  # of a table's value cells: a few may be words (`持平`, `—`)


def is_numeric_cell(text: str) -> bool:
    """Whether a cell holds a value.

    >>> [is_numeric_cell(s) for s in ("27956", "-1.5%", "0.2个百分点", "2021年", "研发经费", "3月，中共")]
    [True, True, True, True, False, False]
    """
    return bool(_NUMERIC_CELL.fullmatch(text))


def cell_per_line_rows(lines: list[Line], excluded: Callable[[str], bool]) -> dict[int, bool]:
    """Line index → whether the line opens a row, for the lines of tables written one cell per line.

    A run of short non-blank lines (blank lines between them aside), none ending a sentence nor
    `excluded` (captions and source notes, whose lines are short too), is a table of k columns when
    after its first h lines (the header) it is rows of k lines, each opening with a label, with at
    least NUMERIC_SHARE of the cells after the labels values: the smallest such k from 2 to
    MAX_COLUMNS, with at least MIN_ROWS rows. The header is a row of k cells (h = k), or fewer
    where an extractor put two of its cells on one line (`2023年占 GDP 比重`).

    >>> from nqp_corpus.clean.lines import split_lines
    >>> rows = cell_per_line_rows(split_lines("指标\\n2022年\\n增速\\n产量\\n8825\\n3.1%\\n销量\\n8749\\n-0.5%\\n"),
    ...                           lambda s: False)
    >>> [i for i, opens in sorted(rows.items()) if opens]
    [0, 3, 6]
    """
    out: dict[int, bool] = {}
    run: list[int] = []
    for index, line in enumerate([*lines, None]):
        if line is not None and not line.stripped:
            continue
        if line is not None and line.width <= MAX_CELL_WIDTH:
            run.append(index)
            continue
        # most runs of short lines are too short for a table: the line tests wait for a long one
        if len(run) >= 2 * MIN_ROWS:
            cells: list[int] = []
            for i in [*run, None]:
                if i is not None and not ends_sentence(lines[i].stripped) and not excluded(lines[i].stripped):
                    cells.append(i)
                    continue
                shape = _shape([lines[c].stripped for c in cells])
                if shape:
                    columns, header = shape
                    out.update((c, k == 0 or k >= header and (k - header) % columns == 0) for k, c in enumerate(cells))
                cells = []
        run = []
    return out


def _shape(cells: list[str]) -> tuple[int, int] | None:
    """(columns, header lines) that make `cells`, read row after row, a table (see
    cell_per_line_rows), or None."""
    for k in range(2, min(MAX_COLUMNS, len(cells) // MIN_ROWS) + 1):
        for header in range(k, -1, -1):
            if (len(cells) - header) % k or (len(cells) - header) // k + bool(header) < MIN_ROWS:
                continue
            rows = [cells[r:r + k] for r in range(header, len(cells), k)]
            if any(is_numeric_cell(row[0]) for row in rows):
                continue
            values = [cell for row in rows for cell in row[1:]]
            if sum(map(is_numeric_cell, values)) >= NUMERIC_SHARE * len(values):
                return k, header
    return None


def numeric_row_gaps(text: str) -> list[int] | None:
    """Positions in `text` (a stripped line) of the single spaces between a row's cells, when the
    line is a label and then cells of which two and two thirds, or three and half, are values (a
    header of years may end in a column named in words); else None. A space counts when a value
    stands on either side of it, so that words apart inside a cell stay one (`占 GDP 比重`). A
    number and its 年, 月 or 日 written apart are one piece and no value: prose has such dates
    (`会议于 2024 年 3 月 24 日召开`), a table's header writes `2024年`.

    >>> line = "全社会研发经费（亿元） 27956 30783 8.1%"
    >>> [line[:i] for i in numeric_row_gaps(line)]
    ['全社会研发经费（亿元）', '全社会研发经费（亿元） 27956', '全社会研发经费（亿元） 27956 30783']
    >>> header = "指标 2021年 2022年 2023年 占 GDP 比重"
    >>> [header[i + 1:i + 6] for i in numeric_row_gaps(header)]
    ['2021年', '2022年', '2023年', '占 GDP']
    >>> numeric_row_gaps("根据 2021年 3月，中共中央办公厅"), numeric_row_gaps("会议于 2024 年 3 月 24 日召开")
    (None, None)
    """
    tokens = [(m.start(), m.end()) for m in _PIECE.finditer(text)]
    first = next((k for k, (s, e) in enumerate(tokens) if is_numeric_cell(text[s:e])), None)
    if first is None or first == 0:
        return None
    after = [is_numeric_cell(text[s:e]) for s, e in tokens[first:]]
    values = sum(after)
    if not (values >= 2 and 3 * values >= 2 * len(after) or values >= 3 and 2 * values >= len(after)):
        return None
    numeric = [False] * first + after
    return [tokens[k][1] for k in range(first - 1, len(tokens) - 1) if numeric[k] or numeric[k + 1]]
