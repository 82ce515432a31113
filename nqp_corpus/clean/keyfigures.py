"""Key figures: a value set large over the label that says what it counts (`12.6亿元` over
`研发投入总额`), in a row of such boxes in annual, ESG and work reports and in infographics.

Extractors give a row of them either row by row (layout-preserving ones, pdfplumber: the values on
one line, the labels on the next) or figure by figure (a value, then its label, on a line each or
on one line). Read as text, the first is a table row of values over a row of words, and the second
pairs each label with the next figure's value; both are figures apart from the running text.

`unzip_figure_rows` gives a row of values over a row of as many labels figure by figure (each
value's piece, then its label's, raw offsets kept), and `key_figure_lines` finds runs of figures
figure by figure: each figure is one item, whose lines become one sidebar block (layout.py).
"""
from __future__ import annotations

import re

from .chars import HAN
from .lines import Line, Pieces, interleave_rows
from .tables import LABEL_WORDS

MIN_FIGURES = 3  # a value over its label once or twice is as likely a chart's labelled bar
# a value: a number, perhaps signed, then its unit (`1.28万亿元`, `8.3%`, `1,286项`). A bare number
# is as likely a row's serial number or a year, and a date (`2026年底前`) a time limit.
_VALUE_START = re.compile(r"[<>≤≥＜＞]?[-+−]?\d")
_VALUE = re.compile(r"[<>≤≥＜＞]?[-+−]?\d[\d,.]*(?:[%％‰]|(?![年月日时])[\u4e00-\u9fff]{1,4})")
_TOKEN = re.compile(r"\S+")


def is_value(text: str) -> bool:
    """A figure's value.

    >>> [is_value(s) for s in ("1.28万亿元", "8.3%", "1,286项", "6860家", "—", "数说2023", "研发投入总额", "2",
    ...                        "2026年底前", "2023年")]
    [True, True, True, True, False, False, False, False, False, False]
    """
    return bool(_VALUE.fullmatch(text))


def is_label(text: str) -> bool:
    """A figure's label.

    >>> [is_label(s) for s in ("研发投入总额", "R&D经费投入强度", "数说2023", "研发投入与创新体系。", "8.3%")]
    [True, True, False, False, False]
    """
    return LABEL_WORDS.fullmatch(text) is not None and HAN.search(text) is not None  # `数说2023` is a heading


def _figure(text: str) -> int:
    """2 for a value and its label on one line, 1 for a value alone, 0 for neither."""
    if not _VALUE_START.match(text):  # most lines: no value opens them
        return 0
    tokens = text.split()
    if len(tokens) == 2 and is_value(tokens[0]) and is_label(tokens[1]):
        return 2
    return int(len(tokens) == 1 and is_value(tokens[0]))


def key_figure_lines(lines: list[Line], rate_label: re.Pattern[str] | None = None) -> dict[int, int]:
    """Line index → its figure's first line index, for runs of at least MIN_FIGURES figures, each a
    value with its label after it (on its line or the next non-blank one).

    A table of a label and a value per row, read one cell per line, also alternates values and
    labels from its first value on; there a label stands before the first value or a value after
    the last label, so neither may (a heading with a number, `数说2023`, may stand before). A
    subtitle over key figures is a label too: there the figures are read so when more of their
    percentages stand with rates' names (`rate_label`: `…增速`, `…强度`) value-then-label than
    label-then-value, as a table's rows would pair them.

    >>> from .lines import split_lines
    >>> text = "数说2023\\n1.28万亿元\\n地区生产总值\\n5.6% 地区生产总值增长\\n3.12%\\n\\n研发经费投入强度\\n正文第一句。"
    >>> sorted(key_figure_lines(split_lines(text)).items())
    [(1, 1), (2, 1), (3, 3), (4, 4), (6, 4)]
    >>> key_figure_lines(split_lines("指标\\n产量\\n8825\\n销量\\n8749\\n库存\\n123\\n用量\\n99"))
    {}
    >>> after_subtitle = "投资环境\\n1200亿元\\n地区生产总值\\n6.2%\\n地区生产总值增速\\n2.85%\\n研发经费投入强度\\n概况"
    >>> rate = re.compile("增速|强度")
    >>> len(key_figure_lines(split_lines(after_subtitle), rate)), key_figure_lines(split_lines(after_subtitle))
    (6, {})
    >>> rows = "主要指标\\n地区生产总值\\n1200亿元\\n地区生产总值增速\\n6.2%\\n研发经费投入强度\\n2.85%\\n概况"
    >>> key_figure_lines(split_lines(rows), rate)
    {}
    """
    nonblank = [i for i, line in enumerate(lines) if line.stripped]
    found: dict[int, int] = {}
    pos = 0
    while pos < len(nonblank):
        run: list[list[int]] = []
        k = pos
        while k < len(nonblank):
            kind = _figure(lines[nonblank[k]].stripped)
            if kind == 2:
                run.append([nonblank[k]])
                k += 1
            elif kind == 1 and k + 1 < len(nonblank) and is_label(lines[nonblank[k + 1]].stripped):
                run.append([nonblank[k], nonblank[k + 1]])
                k += 2
            else:
                break
        before = lines[nonblank[pos - 1]].stripped if pos else ""
        after = lines[nonblank[k]].stripped if k < len(nonblank) else ""
        if len(run) >= MIN_FIGURES and not is_value(after.split()[0] if after else "") \
                and (not is_label(before) or _rates_follow_values(lines, run, before, rate_label)):
            for figure in run:
                for i in figure:
                    found[i] = figure[0]
        pos = max(k, pos + 1)
    return found


def _rates_follow_values(lines: list[Line], run: list[list[int]], before: str,
                         rate_label: re.Pattern[str] | None) -> bool:
    """Whether more percentages of a run of figures (each a value's line and its label's) stand with
    rates' names read value-then-label than label-then-value (the label before the run first)."""
    if rate_label is None or any(len(figure) != 2 for figure in run):
        return False
    values = [lines[figure[0]].stripped for figure in run]
    labels = [lines[figure[1]].stripped for figure in run]

    def agreeing(pairs) -> int:
        return sum(value.endswith(("%", "％")) == bool(rate_label.search(label)) for value, label in pairs)
    return agreeing(zip(values, labels)) > agreeing(zip(values, [before, *labels]))


def unzip_figure_rows(lines: list[Line]) -> list[Line]:
    """The lines with each row of two or more values over a row of as many labels (the next
    non-blank line) given figure by figure: value, label, value, label, ... as pieces of the two
    lines (raw offsets kept; lines.interleave_rows).

    >>> from .lines import split_lines
    >>> text = "   12.6亿元      8.3%\\n  研发投入总额   研发投入占营业收入比例\\n正文。"
    >>> unzipped = unzip_figure_rows(split_lines(text))
    >>> [ln.text for ln in unzipped]
    ['12.6亿元', '研发投入总额', '8.3%', '研发投入占营业收入比例', '正文。']
    >>> all(text[ln.start:ln.start + len(ln.text)] == ln.text for ln in unzipped)  # raw offsets kept
    True
    """
    return interleave_rows(lines, _values_over_labels)


def _values_over_labels(line: Line, below: Line) -> tuple[Pieces, Pieces] | None:
    if not _VALUE_START.match(line.stripped):  # most lines: no value opens them
        return None
    values = [m.span() for m in _TOKEN.finditer(line.text)]
    if len(values) < 2 or not all(is_value(line.text[a:b]) for a, b in values):
        return None
    labels = [m.span() for m in _TOKEN.finditer(below.text)]
    if len(labels) != len(values) or not all(is_label(below.text[a:b]) for a, b in labels):
        return None
    return values, labels
