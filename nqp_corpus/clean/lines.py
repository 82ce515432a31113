"""Raw lines with their offsets, and the line-level signals PDF extraction leaves behind."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .chars import display_width

# Wrapped lines end within this many narrow-width units of the wrap width: a line cannot start
# with ，。 etc., so the extractor moves one CJK character (2 units) up or down.
WRAP_TOLERANCE = 5
MIN_WRAP_SHARE = 0.25
_LIST_MARK = re.compile(r"[-*+•·]\s")


@dataclass(slots=True)
class Line:
    number: int  # 1-based raw line number
    start: int  # raw offset of the first character of the line
    text: str  # the line without its line break (a trailing \r is kept: it is whitespace)
    page_start: bool = False
    # Derived once, on creation, as plain attributes: lines are read many times over and never
    # rewritten (a cached_property costs a lock per first read, on every line of every file).
    stripped: str = field(init=False)
    content_start: int = field(init=False)  # raw offset of the first non-whitespace character
    content_end: int = field(init=False)  # raw offset just after the last one
    trailing_space: bool = field(init=False)  # whitespace before the line break (a \r aside)
    width: int = field(init=False)  # display width of the stripped line, in narrow units

    def __post_init__(self) -> None:
        text = self.text
        self.stripped = text.strip()
        self.content_start = self.start + len(text) - len(text.lstrip())
        self.content_end = self.start + len(text.rstrip())
        body = text.rstrip("\r")
        self.trailing_space = body != body.rstrip()
        self.width = display_width(self.stripped)


def split_lines(text: str) -> list[Line]:
    """Every raw line (blank ones included), with page starts marked.

    A PDF page's first line is extracted with one leading space (a nested markdown list item,
    ` - i.`, is not a page start).
    """
    lines: list[Line] = []
    offset = 0
    for number, body in enumerate(text.split("\n"), start=1):
        line = Line(number, offset, body)
        body = body.rstrip("\r")
        if (body.startswith(" ") and len(body) > 1 and not body[1].isspace()
                and not _LIST_MARK.match(body, 1)):
            line.page_start = True
        lines.append(line)
        offset += len(line.text) + 1
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
