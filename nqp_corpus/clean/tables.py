"""Tables as extractors other than pdftotext give them.

A table of indicators (a header row, then rows of a label and its values) reaches the text in one of
four shapes. A row on one line with runs of spaces between its cells is read by the assembler's
cell gaps. Three more need the table's numbers to be told:

- one cell per line, row after row (pypdf, PyMuPDF), or column after column (pdfminer, which may
  put the header cells of all columns before their values, and the source note between the first
  column and the rest): `cell_rows` finds the reading that makes every row a label and values;
- a row on one line with single spaces between its cells (PDFium, or narrow columns in pypdf's
  layout mode), which prose has too (`根据 2021年 3月`): `numeric_row_gaps` splits a line at the
  spaces next to its numbers once most of what follows its label is numbers.

A table of words written one cell per line, under its caption, has no numbers to tell its rows by:
`word_table_rows` reads it by the lengths of its cells. One whose rows are numbered (`序号`: 1, 2,
3, …, an official document's task table) is read by those numbers, its cells wrapped or not
(`numbered_word_rows`).
"""
from __future__ import annotations

import re
from statistics import fmean, pstdev
from typing import Callable, NamedTuple

from .chars import display_width, ends_sentence
from .lines import Line

# A value: a number (sign, thousands separators, decimals), a quarter, half or estimate mark
# (`2023Q1`, `2024H1`, `2025E`), then a percent sign or a short unit (`8.1%`, `0.2个百分点`,
# `2021年`, `5%左右`), nothing that ends a clause, perhaps after a bound (`<5.5`); an accountant's
# negative in brackets (`(1,842.56)`), a plan's sum over years in square ones (`[0.65]`); or the
# mark of a missing value (`—`, `-`, `/`, `N/A`). A point's number before words (`2.本期利润`, a
# numbered row label) is none: no unit opens with a point.
_NUMERIC_CELL = re.compile(r"[<>≤≥＜＞]?[-+−]?\d[\d,.]*(?<![.])(?:[QH][1-4]|[EFA])?[%％‰]?(?![.．])[^\s\d，。；：、,;:\-—–－]{0,4}"
                           r"|[(（]\d[\d,.]*[)）]|[\[［]\d[\d,.]*[\]］]|[—–\-－/…]{1,2}|N/?A|n\.?a\.?")
# A label in words: no digit (a value's) and no clause mark (running text's): a key figure's
# (`研发投入总额`), a chart's category (`参与产学研合作`)
LABEL_WORDS = re.compile(r"[^\s\d，。；：！？、,;:!?]{2,16}")
_PIECE = re.compile(r"\d[\d,.]*\s+[年月日]|\S+")
_PERIOD = re.compile(r"(?:19|20)\d\d(?:年(?:\d{1,2}月)?|[-/.]\d{1,2}|[QH][1-4]|[EFA])?")
MAX_CELL_WIDTH = 40  # narrow units: 20 Chinese characters; a longer line is text, not a cell
MAX_COLUMNS = 12
MAX_TRAILING = 3  # short lines after a table that are not its cells
MIN_ROWS = 3  # a header and two rows of values, or three rows of values
NUMERIC_SHARE = 0.8  # of a table's value cells: a few may be words (`持平`, `—`)
# Of a table of words: the most uneven a reading's columns may be, as the mean over its columns of
# the coefficient of variation of their cells' lengths (the header row aside). Names of regions,
# industries or measures in one column: 0 to 0.15; a wrong number of columns mixes them: 0.3 and up.
MAX_SPREAD = 0.25


# A form's row read across: two or more pairs of a label in words and its value, apart by spaces
# (`申报单位 某某重工股份有限公司 所在地区 某某省某某市`); a value holds no clause mark
_FORM_PAIR = r"[\u4e00-\u9fff]{2,6}\s+[^\s，。；！？,;!?]{1,30}"
FORM_ROW = re.compile(rf"^{_FORM_PAIR}(?:\s+{_FORM_PAIR}){{1,3}}$")


def form_rows(lines: list[Line]) -> set[int]:
    r"""Indices of the lines that are a form's rows read across (FORM_ROW), two or more in a row
    (blank lines aside): one such line alone may be a page's head (`某某日报 2024年3月6日 星期三
    第4版`), a form has rows.

    >>> from .lines import split_lines
    >>> sorted(form_rows(split_lines("申报单位 某某重工 所在地区 某某市\n\n所属领域 高端装备 推荐单位 某某局\n正文。")))
    [0, 2]
    """
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        if line is not None and not line.stripped:
            continue
        if line is not None and FORM_ROW.match(line.stripped):
            run.append(i)
            continue
        if len(run) >= 2:
            out.update(run)
        run = []
    return out


def is_numeric_cell(text: str) -> bool:
    """Whether a cell holds a value.

    >>> [is_numeric_cell(s) for s in ("27956", "-1.5%", "0.2个百分点", "2023Q1", "(1,842.56)", "[0.65]", "<5.5", "—",
    ...                               "研发经费", "3月，中共")]
    [True, True, True, True, True, True, True, True, False, False]
    """
    return bool(_NUMERIC_CELL.fullmatch(text))


class CellPlace(NamedTuple):
    """Where a line of a table written one cell per line belongs."""

    table: int  # the table's first line index
    row: int
    tail: bool = False  # the wrapped tail of the cell on the line before (numbered_word_rows)
    gaps: tuple[int, ...] = ()  # raw offsets of the spaces between cells on the line (definitions)


def cell_rows(lines: list[Line], excluded: Callable[[str], bool]) -> dict[int, CellPlace]:
    """Line index → its CellPlace for the lines of tables written one cell per line.

    A run of short non-blank lines (blank lines between them aside), none ending a sentence nor
    `excluded` (captions and source notes, whose lines are short too), is read as a table:
    - row after row (_row_major), when after its first h lines (the header) it is rows of k lines,
      each opening with a label, with at least NUMERIC_SHARE of the cells after the labels values:
      the smallest such k from 2 to MAX_COLUMNS, with at least MIN_ROWS rows; the header is a row
      of k cells, or fewer where an extractor put two of its cells on one line (`2023年占 GDP 比重`);
    - else column after column (column_major). Such a run may go on past one excluded line (a
      source note set among the columns);
    - else, words in rows that open with their numbers, row after row (numbered_word_rows).

    >>> from nqp_corpus.clean.lines import split_lines
    >>> rows = cell_rows(split_lines("指标\\n2022年\\n增速\\n产量\\n8825\\n3.1%\\n销量\\n8749\\n-0.5%\\n"), lambda s: False)
    >>> [place.row for place in rows.values()]
    [0, 0, 0, 1, 1, 1, 2, 2, 2]
    """
    out: dict[int, CellPlace] = {}
    run: list[int] = []
    for index, line in enumerate([*lines, None]):
        if line is not None and not line.stripped:
            continue
        # a caption or source note goes in whatever its width: pdfminer may set the source note
        # between a table's first column and the rest (tested only after a short line: cheap)
        if line is not None and (line.width <= MAX_CELL_WIDTH or run and excluded(line.stripped)):
            run.append(index)
            continue
        # most runs of short lines are too short for a table: the line tests wait for a long one
        if len(run) >= 2 * MIN_ROWS:
            out.update(_tables_in_run(lines, run, excluded))
        run = []
    return out


def _tables_in_run(lines: list[Line], run: list[int], excluded: Callable[[str], bool]) -> dict[int, CellPlace]:
    """The tables of one run of short lines (see cell_rows)."""
    pieces: list[list[int]] = [[]]  # the run cut at excluded lines and sentence ends
    bridges: list[bool] = []  # whether piece i and piece i + 1 are apart by one excluded line only
    for i in run:
        text = lines[i].stripped
        if ends_sentence(text) or excluded(text):
            bridges.append(not ends_sentence(text))  # two excluded lines leave an empty piece between
            pieces.append([])
        else:
            pieces[-1].append(i)
    texts = [[lines[i].stripped for i in piece] for piece in pieces]
    alone = [_read(t) for t in texts]
    out: dict[int, CellPlace] = {}
    k = 0
    while k < len(pieces):
        cells, rows = pieces[k], alone[k]
        # two pieces across one excluded line, read column after column, where neither is a table
        if not rows and k + 1 < len(pieces) and bridges[k] and not alone[k + 1]:
            rows = column_major(texts[k] + texts[k + 1])
            if rows:
                cells = pieces[k] + pieces[k + 1]
                k += 1
        if rows:
            out.update((i, CellPlace(cells[0], row)) for i, row in zip(cells, rows))
        elif numbered := numbered_word_rows(texts[k]):
            first, rows, tails = numbered
            table = cells[first]
            out.update((i, CellPlace(table, row, tail)) for i, row, tail in zip(cells[first:], rows, tails))
        k += 1
    return out


def _read(cells: list[str]) -> list[int] | None:
    """The rows of `cells` read row after row or column after column; else of all but their last
    one to MAX_TRAILING lines (a page's running header or a short line of text after the table)."""
    values = [is_numeric_cell(cell) for cell in cells]
    if sum(values) < MIN_ROWS - 1:  # lines of words (a list of names): no table to try
        return None
    for end in range(len(cells), max(len(cells) - MAX_TRAILING, 0) - 1, -1):
        rows = _row_major(values[:end]) or _column_major(cells[:end], values[:end])
        if rows:
            return rows
    return None


def _row_major(values: list[bool]) -> list[int] | None:
    """Each cell's row, read row after row (see cell_rows), or None; the cells given as whether each
    is a value.

    >>> cells = ["指标", "2021年", "2022年", "产量", "8825", "9705", "销量", "8749", "27337"]
    >>> _row_major([is_numeric_cell(cell) for cell in cells])
    [0, 0, 0, 1, 1, 1, 2, 2, 2]
    """
    n = len(values)
    for k in range(2, min(MAX_COLUMNS, n // MIN_ROWS) + 1):
        for header in range(k, -1, -1):
            if (n - header) % k or (n - header) // k + bool(header) < MIN_ROWS:
                continue
            starts = range(header, n, k)
            if not any(values[r] for r in starts) and _mostly_values(
                    [values[r + j] for r in starts for j in range(1, k)]):
                return [0 if m < header else bool(header) + (m - header) // k for m in range(n)]
    return None


def column_major(cells: list[str]) -> list[int] | None:
    """Each cell's row, read column after column, or None: the whole header row first, then the
    columns (_headers_first); else the first column is a header cell and r labels (r >= MIN_ROWS -
    1, as many as fit before the first value, or up to MAX_COLUMNS fewer: header cells in words may
    follow it), then each further column is its header cell and r values, or all their header
    cells come first (h of them, h <= c, fewer where two stand on one line) and then c columns of r
    values; the reading whose first column is longest, then whose header is fullest.

    >>> column_major(["指标", "产量", "销量", "2022年", "8825", "8749", "增速", "3.1%", "-0.5%"])
    [0, 1, 2, 0, 1, 2, 0, 1, 2]
    >>> column_major(["指标", "产量", "销量", "2022年", "增速", "8825", "8749", "3.1%", "-0.5%"])
    [0, 1, 2, 0, 0, 1, 2, 1, 2]
    >>> column_major(["行业", "电子", "汽车", "强度", "4.2%", "7.8%", "变动", "-1.5", "+0.1"])
    [0, 1, 2, 0, 1, 2, 0, 1, 2]
    >>> column_major(["指标", "2022", "2023", "产量", "销量", "增速", "8825", "8749", "3.1%", "9010", "8800", "2.1%"])
    [0, 0, 0, 1, 2, 3, 1, 2, 3, 1, 2, 3]
    """
    return _column_major(cells, [is_numeric_cell(cell) for cell in cells])


def _column_major(cells: list[str], values: list[bool]) -> list[int] | None:
    """column_major of cells, given whether each is a value."""
    first_value = next((n for n, value in enumerate(values) if value), len(cells))
    if first_value == len(cells):
        return None
    if (rows := _headers_first(cells, values)) is not None:
        return rows
    for r in range(first_value - 1, max(MIN_ROWS - 2, first_value - 2 - MAX_COLUMNS), -1):
        first, rest = r + 1, len(cells) - r - 1
        label_rows = list(range(first))
        if rest % (r + 1) == 0:  # each column's header cell, then its values
            starts = range(first, len(cells), r + 1)
            if all(_is_header(cells[c], values[c]) for c in starts) \
                    and _mostly_values([values[c + j] for c in starts for j in range(1, r + 1)]):
                return label_rows + list(range(r + 1)) * (rest // (r + 1))
        for c in range(max(1, (rest + r) // (r + 1)), rest // r + 1):  # h = rest - c * r headers, 1 <= h <= c
            header = rest - c * r
            if 1 <= header <= c and all(_is_header(cells[n], values[n]) for n in range(first, first + header)) \
                    and _mostly_values(values[first + header:]):
                return label_rows + [0] * header + [1 + n % r for n in range(c * r)]
    return None


_CLAUSE_ENDS = ("：", ":", "，", ",", "。", "；", ";")


def _headers_first(cells: list[str], values: list[bool]) -> list[int] | None:
    """The rows of a table given header row first (its h cells, one per column: words or periods),
    then the r labels of the first column, then h - 1 columns of r values each, all of them filling
    the cells exactly (pdfminer, where the header row stands apart: `行业` `同比增长（%）` `占比（%）`,
    seven industries, seven growths, seven shares; `指標` `2018` … `2022`, five indicators, five
    columns of values), or None."""
    for header in range(2, min(MAX_COLUMNS, len(cells)) + 1):
        cell = cells[header - 1]
        if not _is_header(cell, values[header - 1]) or cell.endswith(_CLAUSE_ENDS):  # `…如下：` leads in
            return None
        labels = next((n for n in range(header, len(cells)) if values[n]), len(cells)) - header
        if labels >= MIN_ROWS - 1 and len(cells) - header - labels == (header - 1) * labels \
                and _mostly_values(values[header + labels:]):
            return [0] * header + list(range(1, labels + 1)) * header
    return None


MIN_NUMBERED_COLUMNS = 3  # the number's and two more: a number alone over one line may be a list's point
MAX_WRAPS = 2  # extra lines a row's cell may wrap to, on average over the row's cells


def numbered_word_rows(cells: list[str]) -> tuple[int, list[int], list[bool]] | None:
    """A table of words written one cell per line whose rows open with their numbers (1, 2, 3, …,
    alone on a line: a `序号` column), row after row: (the index of its header's first cell, each
    cell's row from there, whether each is the wrapped tail of the cell before), or None.

    The rows that wrap none of their cells have k - 1 lines after their number: the fewest, and k
    is the number of columns (MIN_NUMBERED_COLUMNS or more), the header the k cells before `1`
    (words: no value in it). A row of more lines has wrapped cells: where a line is followed by
    a much shorter one the cell went on (a wrapped cell's first line fills its column, its tail
    does not), so the lines after the largest drops in width are tails, as many as the row has
    lines too many. The lines before the header (an appendix's `附件`, the table's name) are not
    the table's.

    >>> cells = ["附件", "序号", "任务", "单位", "1", "实施攻关工程", "省科技厅", "2", "推动传统产业数字化、智能",
    ...          "化改造", "省工信厅", "3", "培育产业集群", "省发展改革委"]
    >>> first, rows, tails = numbered_word_rows(cells)
    >>> first, rows, [cell for cell, tail in zip(cells[first:], tails) if tail]
    (1, [0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3], ['化改造'])
    >>> numbered_word_rows(["1", "第一点", "2", "第二点", "3", "第三点"])  # a list's points: no table
    """
    starts: list[int] = []
    for i, cell in enumerate(cells):
        if cell == str(len(starts) + 1):
            starts.append(i)
    if len(starts) < MIN_ROWS:
        return None
    counts = [b - a - 1 for a, b in zip(starts, [*starts[1:], len(cells)])]
    k = min(counts) + 1
    first = starts[0] - k
    if k < MIN_NUMBERED_COLUMNS or first < 0 or any(count > (k - 1) * (1 + MAX_WRAPS) for count in counts) \
            or any(is_numeric_cell(cell) for cell in cells[first:starts[0]]):
        return None
    rows, tails = [0] * k, [False] * k
    for number, (start, count) in enumerate(zip(starts, counts), 1):
        widths = [display_width(cell) for cell in cells[start + 1:start + 1 + count]]
        # the lines after the largest drops in width, as many as the row has too many
        drops = sorted(range(count - 1), key=lambda j: widths[j + 1] - widths[j])[:count - (k - 1)]
        rows += [number] * (count + 1)
        tails += [False] + [j - 1 in drops for j in range(count)]
    return first, rows, tails


def word_table_rows(cells: list[str]) -> list[int] | None:
    """Each cell's row in a table of words written one cell per line, row after row or column after
    column (pdfminer's order), or None. Nothing but the cells tells where a row ends, and a column
    holds one sort of thing (regions, industries, measures): names of like length, the same name
    often again. The readings with k columns (2 to MAX_COLUMNS) and at least MIN_ROWS rows whose
    columns' cell lengths vary little (MAX_SPREAD, the header row aside) are weighed by the names
    their columns repeat, then by how little their lengths vary, then by the fewer columns (twice
    the columns read the same way vary as little). Lengths alone cannot tell a table from its
    transpose read in the other order (rows of a few like cells each); repeats can. None when the
    cells as a whole vary as little as a column: all of one sort (a list of names), no columns.

    >>> cells = ["类别", "重点产业", "主要举措", "北京", "集成电路", "培育链主企业", "上海", "高端装备", "开放应用场景"]
    >>> word_table_rows(cells)
    [0, 0, 0, 1, 1, 1, 2, 2, 2]
    >>> word_table_rows(["类别", "北京", "上海", "重点产业", "集成电路", "高端装备", "主要举措", "培育链主企业", "开放应用场景"])
    [0, 1, 2, 0, 1, 2, 0, 1, 2]
    >>> word_table_rows(["部门", "要点", "国务院", "推动设备更新", "发展改革委", "加快新型工业化", "工业和信息化部", "推动设备更新"])
    [0, 0, 1, 1, 2, 2, 3, 3]
    >>> word_table_rows(["张三", "李四", "王五", "赵六", "孙七", "周八"])  # one sort of thing: no columns
    """
    n = len(cells)
    if n < 2 * MIN_ROWS or _spread([[len(cell) for cell in cells[1:]]]) <= MAX_SPREAD:
        return None
    best: tuple[tuple[int, float, int], list[int]] | None = None
    for k in range(2, min(MAX_COLUMNS, n // MIN_ROWS) + 1):
        if n % k:
            continue
        rows = n // k
        for row_of, column_of in (([m // k for m in range(n)], [m % k for m in range(n)]),  # row after row
                                  ([m % rows for m in range(n)], [m // rows for m in range(n)])):  # column after column
            columns: dict[int, list[str]] = {}
            for m, cell in enumerate(cells):
                if row_of[m]:  # the header row aside
                    columns.setdefault(column_of[m], []).append(cell)
            spread = _spread([[len(cell) for cell in column] for column in columns.values()])
            repeats = sum(len(column) - len(set(column)) for column in columns.values())
            key = (-repeats, spread, k)
            if spread <= MAX_SPREAD and (best is None or key < best[0]):
                best = (key, row_of)
    return None if best is None else best[1]


def _spread(columns: list[list[int]]) -> float:
    """The mean over the columns of the coefficient of variation of their cells' lengths."""
    return fmean(pstdev(lengths) / fmean(lengths) for lengths in columns)


def _is_header(cell: str, value: bool) -> bool:
    """A column's header cell: words, or a period (`2023年`, `2023`, `2024Q1`, `2025E`, `2024年目标`)
    but no other value."""
    return not value or bool(_PERIOD.match(cell))


def _mostly_values(values: list[bool]) -> bool:
    return bool(values) and sum(values) >= NUMERIC_SHARE * len(values)


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
