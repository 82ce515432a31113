"""Raw lines with their offsets, and the line-level signals PDF extraction leaves behind."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from .chars import display_width

# Wrapped lines end within this many narrow-width units of the wrap width: a line cannot start
# with ，。 etc., so the extractor moves one CJK character (2 units) up or down.
WRAP_TOLERANCE = 5
MIN_WRAP_SHARE = 0.25
_LIST_MARK = re.compile(r"[-*+•·]\s")


@dataclass
class Line:
    number: int  # 1-based raw line number
    start: int  # raw offset of the first character of the line
    text: str  # the line without its line break (a trailing \r is kept: it is whitespace)
    page_start: bool = False

    @cached_property  # lines are read many times over and never rewritten
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def content_start(self) -> int:
        return self.start + len(self.text) - len(self.text.lstrip())

    @property
    def content_end(self) -> int:
        return self.start + len(self.text.rstrip())

    @property
    def lead(self) -> int:
        return len(self.text) - len(self.text.lstrip())

    @property
    def trailing_space(self) -> bool:
        body = self.text.rstrip("\r")
        return body != body.rstrip()

    @cached_property
    def width(self) -> int:
        return display_width(self.stripped)


def split_lines(text: str) -> list[Line]:
    """Every raw line (blank ones included), with page starts marked.

    A PDF page's first line is extracted with one leading space (a nested markdown list item,
    ` - i.`, is not a page start).
    """
    lines: list[Line] = []
    offset = 0
    for number, body in enumerate(text.split("\n"), start=1):
        lines.append(Line(number, offset, body))
        offset += len(body) + 1
    for line in lines:
        body = line.text.rstrip("\r")
        if (body.startswith(" ") and len(body) > 1 and not body[1].isspace()
                and not _LIST_MARK.match(body[1:])):
            line.page_start = True
    return lines


def wrap_width(lines: list[Line]) -> int:
    """The width (in narrow units) the extractor wrapped body text at: the width band holding the
    most lines. Lines far wider than it were not wrapped (tables, exports, footnotes)."""
    widths = Counter(line.width for line in lines if line.width >= 24)
    if not widths:
        return 0
    band = {w: sum(n for v, n in widths.items() if w - WRAP_TOLERANCE <= v <= w) for w in widths}
    best = max(band, key=lambda w: (band[w], w))
    # In an export (one line per paragraph) no width dominates: there is no wrap width.
    return best if band[best] >= MIN_WRAP_SHARE * sum(widths.values()) else 0


def is_full(line: Line, wrap: int) -> bool:
    """The line ran to the wrap width, so its paragraph probably continues on the next line."""
    return wrap > 0 and abs(line.width - wrap) <= WRAP_TOLERANCE
