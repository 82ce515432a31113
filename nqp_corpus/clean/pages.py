"""Pages: printed page numbers, the lines that mark pages' starts, and each block's page.

A page number is furniture wherever it stands, but it also anchors the count of the page starts
the extractor marked (a form feed, a one-space first line): `resolve_pages` gives each block the
printed number of its page where one is near enough to trust. A chart drawn in the PDF leaves lines
of numbers only (its axis labels) that are no page numbers (`figure_text_lines`). A page set
clearly narrower than the others (a first page's main column beside a summary column) has its own
wrap width (`narrower_page_wraps`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Collection

from .chars import URL, squeeze
from .drafts import Draft
from .lines import WRAP_TOLERANCE, Line, body_widths, wrap_width
from .tables import LABEL_WORDS

# Page numbers as printed: `— 12 —`, `-12-`, `12 -`, `· 12 ·`, `第 12 页` (頁; a newspaper's `第4版`), `第12页，共50页`, `共50页 第12页`,
# `12 / 50`, `Page 12`, `Page 12 of 50` (a bare `12` is BARE_NUMBER: a page number, or a note label under a rule);
# a front matter's roman numbers (`ii`, `· iv ·`, `Ⅲ`, up to 39: ROMAN_PAGE_NUMBER, a page number only
# where page_number_lines finds it, never a furniture token in a line of text)
_ROMAN = r"(?:x{0,3}(?:ix|iv|v?i{1,3}|v)|x{1,3}|X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3}|[ⅰ-ⅻⅠ-Ⅻ])"
ROMAN_PAGE_NUMBER = re.compile(rf"[-—–－·•・‧]{{0,2}}\s*{_ROMAN}\s*[-—–－·•・‧]{{0,2}}")
# a prospectus' pages carry their part's code before the number (`1-1-21`: the CSRC's numbering of
# an offering's documents), a report's or a standard's their chapter's (`1-3`), the value the last
# number (_SECTION_PAGE)
PAGE_NUMBER_TOKEN = re.compile(
    r"^(?:[-—–－]{1,2}\s*\d{1,4}\s*[-—–－]{0,2}|\d{1,4}\s*[-—–－]{1,2}|[·•・‧]\s*\d{1,4}\s*[·•・‧]|\d{1,2}(?:-\d{1,2})?-\d{1,4}"
    r"|第\s*\d{1,4}\s*[页頁版](?:[，,、]?\s*共\s*\d{1,4}\s*[页頁版])?|共\s*\d{1,4}\s*[页頁][，,、]?\s*第\s*\d{1,4}\s*[页頁]"
    r"|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$")
BARE_NUMBER = re.compile(r"^\d{1,3}$")
_SECTION_PAGE = re.compile(r"\d{1,2}(?:-\d{1,2})?-(\d{1,4})")


def page_number_value(token: str) -> int | None:
    """The number a page-number token prints: its first number (`- 3 -`, `第 3 页，共 10 页`), or
    after a part's or a chapter's code, the last (`1-1-21`: 21, `2-7`: 7).

    >>> [page_number_value(t) for t in ("- 3 -", "第 3 页，共 10 页", "1-1-21", "2-7", "页")]
    [3, 3, 21, 7, None]
    """
    section = _SECTION_PAGE.fullmatch(squeeze(token))
    digits = section.group(1) if section else next(iter(re.findall(r"\d+", token)), None)
    return None if digits is None else int(digits)
# a running header and its page's number, or the number first, squeezed: (its text, the number)
_NUMBERED_HEADERS = ((re.compile(r"(.+?)(\d{1,4})"), 1, 2), (re.compile(r"(\d{1,4})(.+)"), 2, 1),
                     (re.compile(r"(.+?)第(\d{1,4})[页頁](?:[，,、]?共\d{1,4}[页頁])?"), 1, 2))
# A browser's printed footer or a site's own: the page's address, then its number (`https://… 1/4`,
# `www.….org.hk 1`); a page's count glued to an address that ends in a page's name (`….html1/2`: pypdf
# sets the two in one line without the gap)
URL_FOOTER = re.compile(rf"^{URL.pattern}\s+(?P<number>\d{{1,3}}$|{PAGE_NUMBER_TOKEN.pattern[1:]})"
                        r"|^(?:https?://|www\.)\S+?\.(?:s?html?|php|aspx?|jsp)(?P<count>\d{1,3}/\d{1,3})$")


# A chart drawn in the PDF (not an image) leaves its axis labels as lines of numbers only: tick
# values (`0`, `20`, … `100`, `-5%`), years (`2019 2020 2021`), periods (`2022Q1`, `2023-04`,
# `2024H1`; pypdf's layout mode may glue a month's periods, `2023-062023-07`). A page number never
# stands in a run of such lines; MIN_AXIS_RUN of them in a row (blank lines aside) are the figure's text.
_AXIS_LABEL = r"(?:\d{4}(?:[QH][1-4]|[-/.]\d{1,2})|[-+]?\d+(?:[.,]\d+)*%?)"
_AXIS_LABELS = re.compile(rf"{_AXIS_LABEL}(?:\s+{_AXIS_LABEL})*|(?:\d{{4}}[-/.]\d{{2}}){{2,}}")
MIN_AXIS_RUN = 3
_NUMBER_STARTS = frozenset("0123456789+-")
# A chart's legend or axis title beside its labels: series names, each with its unit in brackets
# (`GDP增速（%）`, `CPI同比（%）  PPI同比（%）`), up to LEGEND_REACH of them before or after the run,
# and the value axis' unit alone (`%`, `萬輛`); pdfminer may write the legend after the source note
_LEGEND = re.compile(r"(?:[^\s（）()，。；]{1,16}[（(][^（）()\s]{1,6}[）)]\s*)+")
LEGEND_REACH = 2
# A value axis' ticks one a line: at least MIN_TICKS numbers by equal steps through 0 (`0`, `2`, … `12`,
# or from the top down); a table's column of values or years never runs so
MIN_TICKS = 4
_TICK = re.compile(r"[-+]?\d+(?:\.\d+)?%?")
# A bar chart's categories (labels in words), a line each between its values and its value axis
# (`0 20 40 60 80`), or each beside its value over that axis (`推进数字化智能化改造 67.3`)
_CATEGORY_VALUE = re.compile(rf"{LABEL_WORDS.pattern}\s+[-+]?\d+(?:\.\d+)?%?")
MAX_CATEGORIES = 12


def figure_text_lines(lines: list[Line], source_note: re.Pattern[str] | None = None,
                      axis_unit: re.Pattern[str] | None = None) -> set[int]:
    r"""Indices of the lines in runs of at least MIN_AXIS_RUN non-blank lines of numbers only, and of
    the legend lines and the unit line (`axis_unit`) next to them, past a source note (`source_note`).

    >>> from nqp_corpus.clean.lines import split_lines
    >>> sorted(figure_text_lines(split_lines("图 1：研发投入\n2019 2020 2021\n0\n\n50\n100\n资料来源：Wind\n")))
    [1, 2, 4, 5]
    >>> sorted(figure_text_lines(split_lines("图 2：增速\n2023Q1\n2023Q2\n2023-12 2024-01\n资料来源：Wind\n")))
    [1, 2, 3]
    >>> sorted(figure_text_lines(split_lines("图 3：物价\nCPI同比（%）  PPI同比（%）\n2\n0\n-2\n资料来源：Wind\n")))
    [1, 2, 3, 4]
    >>> bars = "正文。\n26.5\n41.6\n67.3\n参与产学研合作\n开发新产品新服务\n推进数字化智能化改造\n0 20 40 60 80\n图1　重点方向"
    >>> sorted(figure_text_lines(split_lines(bars))), sorted(figure_text_lines(split_lines(bars.replace("0 20 40 60 80", "正文。"))))
    ([1, 2, 3, 4, 5, 6, 7], [1, 2, 3])
    >>> beside = "正文。\n推进数字化智能化改造 67.3\n开发新产品新服务 41.6\n参与产学研合作 26.5\n0 20 40 60 80\n图1　重点方向"
    >>> sorted(figure_text_lines(split_lines(beside)))
    [1, 2, 3, 4]
    >>> after = "图 4：增速\n%\n10\n5\n0\n资料来源：Wind\n工业增加值（%）\n社零（%）\n正文。"
    >>> sorted(figure_text_lines(split_lines(after), re.compile("资料来源："), re.compile("%")))
    [1, 2, 3, 4, 6, 7]
    """
    out: set[int] = set()
    run: list[int] = []
    filled = [index for index, line in enumerate(lines) if line.stripped]
    for k, index in enumerate([*filled, None]):
        line = None if index is None else lines[index]
        # most lines open with a character no number does: no regex call for them
        if line is not None and line.stripped[0] in _NUMBER_STARTS and _AXIS_LABELS.fullmatch(line.stripped):
            run.append(k)
            continue
        if len(run) >= MIN_AXIS_RUN:
            out.update(filled[j] for j in run)
            for step, edge in ((-1, run[0]), (1, run[-1])):
                out.update(_legend_lines(lines, filled, edge, step, source_note if step > 0 else None, axis_unit))
                out.update(_categories_to_axis(lines, filled, edge, step))
        elif len(run) == 1 and _is_value_axis(lines[filled[run[0]]].stripped):
            beside = _categories(lines, filled, run[0], -1, _CATEGORY_VALUE)
            if len(beside) >= MIN_AXIS_RUN:  # each category beside its value, over the axis
                out.update([*beside, filled[run[0]]])
        run = []
    return out


def _legend_lines(lines: list[Line], filled: list[int], edge: int, step: int,
                  source_note: re.Pattern[str] | None, axis_unit: re.Pattern[str] | None) -> list[int]:
    """The legend lines and the unit line next to the k-th non-blank line `edge` of a chart's run
    of labels, going by `step`, past one line that `source_note` matches."""
    found: list[int] = []
    legends = 0
    unit = passed_note = False
    j = edge + step
    while 0 <= j < len(filled) and legends < LEGEND_REACH:
        text = lines[filled[j]].stripped
        if _LEGEND.fullmatch(text):
            legends += 1
        elif not unit and axis_unit is not None and axis_unit.match(text):
            unit = True
        elif not passed_note and source_note is not None and source_note.match(text):
            passed_note = True
            j += step
            continue
        else:
            break
        found.append(filled[j])
        j += step
    return found


def tick_axis_lines(lines: list[Line]) -> set[int]:
    r"""Indices of the lines of a value axis written one tick a line (blank lines aside): a table
    read from them would be a chart's labels.

    >>> from nqp_corpus.clean.lines import split_lines
    >>> sorted(tick_axis_lines(split_lines("2023-06\n2023-07\n0\n\n2\n4\n6\n%")))
    [2, 4, 5, 6]
    >>> sorted(tick_axis_lines(split_lines("12\n10\n8\n6\n4\n2\n0"))), tick_axis_lines(split_lines("2019\n2020\n2021\n2022"))
    ([0, 1, 2, 3, 4, 5, 6], set())
    """
    out: set[int] = set()
    run: list[int] = []  # indices of consecutive filled lines by one equal step
    values: list[float] = []
    for index, line in enumerate([*lines, None]):
        if line is not None and not line.stripped:
            continue
        value = _tick_value(line.stripped) if line is not None else None
        if value is not None and (len(values) < 2 or round(value - values[-1], 6) == round(values[1] - values[0], 6) != 0):
            run.append(index)
            values.append(value)
            continue
        if _ticks_through_zero(values):
            out.update(run)
        # a tick that breaks the step may open the next run with the one before it
        run, values = ([run[-1], index], [values[-1], value]) if value is not None and run else \
            (([index], [value]) if value is not None else ([], []))
    return out


def _tick_value(text: str) -> float | None:
    # most lines open with a character no number does: no regex call for them
    return float(text.rstrip("%")) if text[0] in _NUMBER_STARTS and _TICK.fullmatch(text) else None


def _is_value_axis(text: str) -> bool:
    """Tick values on one line, from 0 up by equal steps (`0 20 40 60 80`).

    >>> [_is_value_axis(t) for t in ("0 20 40 60 80", "0 25 50 75 100", "2019 2020 2021 2022", "0 20 50 80")]
    [True, True, False, False]
    """
    ticks = text.split()
    return bool(ticks) and all(tick.isdigit() for tick in ticks) and ticks[0] == "0" \
        and _ticks_through_zero([int(tick) for tick in ticks])


def _ticks_through_zero(values: list[float]) -> bool:
    """At least MIN_TICKS values by one step that is not 0, with 0 among them: a value axis' ticks.

    >>> _ticks_through_zero([0, 2, 4, 6]), _ticks_through_zero([12, 8, 4, 0]), _ticks_through_zero([10, 20, 30, 40])
    (True, True, False)
    """
    steps = {round(b - a, 6) for a, b in zip(values, values[1:])}
    return len(values) >= MIN_TICKS and len(steps) == 1 and 0 not in steps and 0 in values


def _categories(lines: list[Line], filled: list[int], edge: int, step: int,
                category: re.Pattern[str] = LABEL_WORDS) -> list[int]:
    """The lines of chart categories next to the k-th non-blank line `edge`, going by `step`."""
    found = []
    j = edge + step
    while 0 <= j < len(filled) and len(found) < MAX_CATEGORIES and category.fullmatch(lines[filled[j]].stripped):
        found.append(filled[j])
        j += step
    return found


def _categories_to_axis(lines: list[Line], filled: list[int], edge: int, step: int) -> list[int]:
    """The category lines from the edge of a chart's run of numbers, going by `step`, when a line of
    numbers ends them (the value axis): a bar chart's labels. Without that line they may be a
    heading and the text after the chart, and none is taken."""
    found = _categories(lines, filled, edge, step)
    j = edge + step * (len(found) + 1)  # the line past the categories
    if len(found) >= MIN_AXIS_RUN and 0 <= j < len(filled) and _AXIS_LABELS.fullmatch(lines[filled[j]].stripped):
        return [*found, filled[j]]
    return []


def page_number_lines(lines: list[Line], figure_text: set[int], headers: Collection[str] = ()) -> set[int]:
    """Indices of the lines that are printed page numbers (a chart's labels aside), alone, in a
    browser's printed footer, or beside one of the running `headers` (`请务必阅读正文之后的免责声明 3`)."""
    return {i for i, line in enumerate(lines)
            if line.stripped and i not in figure_text
            and (is_page_number(line.stripped) or line.stripped[0] in "hw" and URL_FOOTER.match(line.stripped)
                 or (line.stripped[-1].isdigit() or line.stripped[0].isdigit() or line.stripped[-1] in "页頁")
                 and numbered_header(squeeze(line.stripped), headers) is not None)}


def numbered_header(squeezed: str, headers: Collection[str]) -> str | None:
    """The page number of a running header or footer of `headers` with its page's number after it or
    before it (whitespace squeezed out: `请务必阅读正文之后的免责声明3`, `…免責聲明第1頁，共2頁`), else None.

    >>> [numbered_header(text, {"证券研究报告"}) for text in ("证券研究报告12", "3证券研究报告", "新质生产力3",
    ...                                                 "证券研究报告第2頁，共5頁")]
    ['12', '3', None, '2']
    """
    for pattern, text, number in _NUMBERED_HEADERS:
        found = pattern.fullmatch(squeezed)
        if found and found.group(text) in headers:
            return found.group(number)
    return None


def pages_marked(lines: list[Line], numbered: set[int]) -> bool:
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


def text_after_last_number(lines: list[Line], numbered: set[int], furniture: set[int]) -> bool:
    """Whether text (not furniture) follows the last printed page number: so it opened its page."""
    return bool(numbered) and any(lines[i].stripped and i not in furniture
                                  for i in range(max(numbered) + 1, len(lines)))


def is_page_number(stripped: str) -> bool:
    """A whole line that is a printed page number (a bare one included); none is longer than
    `Page 1234 of 1234`, so a longer line is not tried."""
    return len(stripped) <= 24 and bool(BARE_NUMBER.match(stripped) or PAGE_NUMBER_TOKEN.match(squeeze(stripped))
                                        or ROMAN_PAGE_NUMBER.fullmatch(stripped))

PAGE_ANCHOR_REACH = 3  # page starts are sometimes missed: trust a printed number only nearby


def resolve_pages(drafts: list[Draft], lines: list[Line], printed_pages: list[tuple[int, int]],
                  pages_counted: int) -> None:
    """Printed page numbers anchor the count of page starts near them; without any printed
    number, pages count from 1; where neither can be told, the page stays unknown. The text
    before the first page start is page 1 too: pdftotext puts a form feed between pages, so its
    first page opens with none."""
    anchors = [i for i, _ in printed_pages]  # ascending: pages are counted in reading order
    first = next((line for line in lines if line.stripped), None)
    unmarked_first_page = int(first is not None and not first.page_start)
    for d in drafts:
        index = d.page or 0
        if printed_pages:
            i, n = printed_pages[_nearest_anchor(anchors, index)]
            page = n + (index - i)
            d.page = page if page >= 1 and abs(index - i) <= PAGE_ANCHOR_REACH else None
        else:
            d.page = index + unmarked_first_page if pages_counted else None


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


# A page whose text lines share a width this much narrower than the text's wrap width, on at least
# NARROW_PAGE_LINES lines and NARROW_PAGE_SHARE of its lines of body width, is set narrower: its
# main column beside a summary column (a securities report's first page), its own wrap width.
NARROW_PAGE_RATIO = 0.85
NARROW_PAGE_LINES = 8
NARROW_PAGE_SHARE = 0.5


def narrower_page_wraps(lines: list[Line], page_numbers: Collection[int], wrap: int,
                        ignored: Collection[int] = ()) -> dict[int, int]:
    """Line index -> wrap width, for the lines of each page (from a page's start or printed number
    to the next) set clearly narrower than the text's `wrap`; other lines keep `wrap`. The `ignored`
    lines (a contents box's entries, short and alike) set no page's measure."""
    if not wrap:
        return {}
    edges = [i for i, line in enumerate(lines) if line.page_start or i in page_numbers]
    out: dict[int, int] = {}
    for start, end in zip([0, *edges], [*edges, len(lines)]):
        widths = body_widths([line for i, line in enumerate(lines[start:end], start) if i not in ignored])
        page_wrap = wrap_width(widths)
        if not page_wrap or page_wrap >= wrap * NARROW_PAGE_RATIO:
            continue
        held = sum(n for width, n in widths.items() if abs(width - page_wrap) <= WRAP_TOLERANCE)
        if held >= NARROW_PAGE_LINES and held >= NARROW_PAGE_SHARE * sum(widths.values()):
            out.update(dict.fromkeys(range(start, end), page_wrap))
    return out

