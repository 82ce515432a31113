"""Drafts: the blocks the layout pass assembles from raw lines, as spans of the raw text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lines import Line


# Shapes of a block's first or last line that the pass and the revisions both read.
# What opens a numbered heading or point (the numberings of sections.py):
CHINESE_SECTION = r"[一二三四五六七八九十]{1,3}、"  # `二、`
_BRACKETED_NUMBER = r"[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2}|[a-z])[）)]"  # `（一）`, `(2)`, `(a)`
NUMBERED = re.compile(rf"^(?:{CHINESE_SECTION}|[壹貳贰參叁肆伍陸陆柒捌玖拾]{{1,3}}、|{_BRACKETED_NUMBER}"
                      r"|\d{1,2}(?:\.\d{1,2}){0,2}\s*[.．、](?!\d)|第[一二三四五六七八九十百\d]+[章节節部分篇]"
                      # a standard's or a paper's clause `4.2　当下，…`, and its list items `a)　…`
                      r"|\d{1,2}(?:\.\d{1,2}){1,2}[ \u3000]+(?=[\u4e00-\u9fff])|[a-z][)）][ \u3000]*(?=[\u4e00-\u9fff]))")
# closes a numbered point: the next one opens a block, and no heading ends so (a Hong Kong paper's
# points end `；及` or `；或` before the last)
POINT_END = ("；", ";", "；及", "；或")
# A point led by a dash (a government report's `——做强先进制造业。…`, `——地区生产总值增长5.5%左右；`)
DASH_POINT = re.compile(r"^[—―]{2}(?=[\u4e00-\u9fff])")
# A numbering alone on its line (`2.`, `(a)`, `（一）`): its text, hung right of it, comes on the next line
BARE_NUMBERING = re.compile(rf"(?:\d{{1,2}}[.．]|{_BRACKETED_NUMBER}|{CHINESE_SECTION})")
# A section's decimal number alone on its line (`2.3`), its paragraph hung right of it (PyMuPDF sets
# the hanging number apart): told from a table's value alone (`17.62`) by the numbers' sequence
_DECIMAL_NUMBER = re.compile(r"(\d{1,2})[.．](\d{1,2})")
MIN_SECTION_RUN = 3


def hanging_section_numbers(lines: list[Line]) -> set[int]:
    r"""Indices of the lines that hold only a section's decimal number in a run of MIN_SECTION_RUN or
    more that go on one from another (`1.1`, `1.2`, `2.1`: the next point, or the next section's first).

    >>> from .lines import split_lines
    >>> sorted(hanging_section_numbers(split_lines("1.1\n正文。\n1.2\n正文。\n2.1\n正文。\n17.62\n28.35")))
    [0, 2, 4]
    """
    numbered = [(i, (int(m.group(1)), int(m.group(2)))) for i, line in enumerate(lines)
                if (m := _DECIMAL_NUMBER.fullmatch(line.stripped))]
    runs: list[list[int]] = []
    last: tuple[int, int] | None = None
    for i, (section, point) in numbered:
        if last is not None and (section, point) in ((last[0], last[1] + 1), (last[0] + 1, 1)):
            runs[-1].append(i)
        else:
            runs.append([i])
        last = (section, point)
    return {i for run in runs if len(run) >= MIN_SECTION_RUN for i in run}


# `互联网+：` and `人工智能+：` name an action plan
LABELLED_POINT = re.compile(r"^[\u4e00-\u9fff]{2,6}[+＋]?[：:]")
TURN_LABEL = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,6}[：:]")  # `问：`, `记者：`, `Q:` before a question
# A transcript's timestamp opening a turn (`[00:02:48] 王某某：…`): each turn is a block
ANNEX_LABEL = re.compile(r"^附件[0-9０-９一二三四五六七八九十]*$")  # an attached document's label, alone on its line
MONTH_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"  # a date to the month or the day: `2024年6月`
TIMESTAMP = re.compile(r"^[\[【［]\d{1,2}:\d{2}(?::\d{2})?[\]】］]\s*")
ASIDE_KINDS = ("footnote", "sidebar")  # they stand between paragraphs without breaking the text


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
    endnote: bool = False  # a footnote gathered with the others at the text's end, under layout._ENDNOTES_HEADING

    def add(self, line: Line, join: str = " ") -> None:
        if line.content_start < line.content_end:
            self.spans.append((line.content_start, line.content_end))
            self.numbers.append(line.number)
            self.joins.append(join)

    def absorb(self, rest: Draft) -> None:
        """`rest`'s lines go on in this block, as they were joined in it."""
        self.spans += rest.spans
        self.numbers += rest.numbers
        self.joins += rest.joins

    def drop_last(self) -> int:
        """Remove the last line added; returns its number."""
        self.spans.pop()
        self.joins.pop()
        return self.numbers.pop()


@dataclass
class Layout:
    drafts: list[Draft]
    removed: list[tuple[str, int, int]]  # (kind, raw_start, raw_end)


class DraftReader:
    """The raw text the drafts' spans point into, read per draft."""

    text: str

    def draft_text(self, draft: Draft) -> str:
        return "".join(self.text[a:b] for a, b in draft.spans)

    def first_line(self, draft: Draft) -> str:
        return self.text[draft.spans[0][0]:draft.spans[0][1]] if draft.spans else ""

    def last_line(self, draft: Draft) -> str:
        return self.text[draft.spans[-1][0]:draft.spans[-1][1]] if draft.spans else ""
