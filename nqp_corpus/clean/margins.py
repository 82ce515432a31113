"""Running headers and footers that no cue list names: short lines repeated at the page margins.

A PDF repeats its running header (a title, a journal issue, a `内部资料`) at the top or bottom of
most pages; extraction leaves it as a line of its own next to the page break, where it would be read
as text and cut the paragraph running across the break. A line is such a header when the same text
(whitespace aside) stands next to a page break
- on at least MIN_PAGES pages, and on at least MIN_SHARE of the page breaks between its first and
  last appearance there: a running header is on most pages of its stretch (the file's first and
  last lines count as page edges: the first page's header opens the file, with no break before it);
- and, at INTERRUPTS_SHARE of them or more, between two pieces of one sentence (the text before it
  does not end a sentence): most page breaks fall inside a sentence, and a header stands in them
  all, while a line that opens a new piece on a new page follows a finished one (a series of
  one-page commentaries, each under the byline `南京日报评论员`, in the compilation).

A book's or a journal's heads alternate (its name on odd pages, the chapter or the issue on even
ones): where a header was found, another text that stands at the other page breaks, on
ALTERNATE_PAGES or more, as often inside a sentence, is the other head.

A header stands on the line next to a page break, or up to REACH lines from it across lines that
are all short of the wrap width (or addresses): pypdf and PyMuPDF write a browser's printed page as
its date, title, address and `N/M` in a stack before the text. An address (a URL) repeated so is a
header however long.

Only its occurrences next to a page break are furniture; the same words inside the text stay.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Collection

from .chars import ends_sentence, squeeze
from .lines import WRAP_TOLERANCE, Line

MIN_PAGES = 3
ALTERNATE_PAGES = 2  # the other head of alternating ones, beside a header found on MIN_PAGES
MIN_SHARE = 0.5
INTERRUPTS_SHARE = 0.25
MAX_CHARS = 40  # longer lines are text, not a header
REACH = 3  # non-blank lines from a page break a header may stand at, across short lines
_MERGE = 2  # page breaks this close (in non-blank lines) are one (a page number, the next page's first line)
_SENTENCE_END = tuple("。！？!?")
_URL = re.compile(r"(?:https?://|www\.)\S+")  # a printed page's address, however long


def running_header_lines(lines: list[Line], page_numbers: Collection[int], ignored: Collection[int] = (),
                         wrap: int = 0) -> set[int]:
    """Indices (into `lines`) of the lines that are repeated running headers or footers.

    A page break is a line that opens a page (`Line.page_start`) or a page-number line (the indices
    `page_numbers`). The `ignored` lines (a figure's text) are neither: as if they were blank. A
    header stands next to its page break, or up to REACH lines from it across lines all short of
    the wrap width `wrap` (pypdf writes a page's date, title, address and number in a stack).
    """
    filled = [i for i, line in enumerate(lines) if line.stripped and i not in ignored]
    breaks = [k for k, i in enumerate(filled) if lines[i].page_start or i in page_numbers]
    if len(breaks) < MIN_PAGES - 1:  # with the file's first page, MIN_PAGES pages need this many breaks
        return set()
    # the file's first and last lines are page edges too: the first page's header, the last's footer
    breaks = sorted({0, *breaks, len(filled) - 1})
    # number the page breaks, merging those close together; a line at a page break or right next
    # to one gets its number
    break_no: dict[int, int] = {}
    number, last = -1, None
    for k in breaks:
        if last is None or k - last > _MERGE:
            number += 1
        last = k
        for j in range(max(0, k - 1), min(len(filled), k + 2)):
            break_no.setdefault(j, number)
        for step in (-1, 1):  # further out, across short lines only: a page's furniture in a stack
            j = k + 2 * step
            while 0 <= j < len(filled) and abs(j - k) <= REACH and _short(lines[filled[j - step]], wrap) \
                    and _short(lines[filled[j]], wrap):
                break_no.setdefault(j, number)
                j += step
    squeezed = {k: squeeze(lines[filled[k]].stripped) for k in break_no}
    at_break: dict[str, list[tuple[int, int]]] = defaultdict(list)  # text -> (break number, k)
    for k, number in break_no.items():
        text = squeezed[k]
        if (len(text) <= MAX_CHARS or _URL.match(text)) and not text.endswith(_SENTENCE_END) \
                and filled[k] not in page_numbers:
            at_break[text].append((number, k))
    out: set[int] = set()
    headed: set[int] = set()  # the page breaks where a header was found
    for text, seen in at_break.items():
        pages = {number for number, _ in seen}
        if len(pages) < MIN_PAGES or len(pages) < MIN_SHARE * (max(pages) - min(pages) + 1):
            continue
        if _interrupting(lines, filled, seen, text, squeezed, page_numbers):
            out.update(filled[k] for _, k in seen)
            headed |= pages
    # the other head of alternating ones (a journal's name on odd pages, its issue on even ones):
    # at other page breaks than a header found, on ALTERNATE_PAGES or more, as often in a sentence
    for text, seen in at_break.items():
        pages = {number for number, _ in seen}
        both = pages | headed
        if not headed or pages & headed or len(pages) < ALTERNATE_PAGES \
                or len(both) < MIN_SHARE * (max(both) - min(both) + 1):
            continue
        if _interrupting(lines, filled, seen, text, squeezed, page_numbers):
            out.update(filled[k] for _, k in seen)
    return out


def _short(line: Line, wrap: int) -> bool:
    """A line well short of the wrap width, or an address: no full line of text (without a wrap
    width, none is)."""
    return line.width < wrap - WRAP_TOLERANCE or bool(_URL.fullmatch(line.stripped))


def _interrupting(lines: list[Line], filled: list[int], seen: list[tuple[int, int]], text: str,
                  squeezed: dict[int, str], page_numbers: Collection[int]) -> bool:
    """Whether INTERRUPTS_SHARE or more of a text's occurrences at page breaks stand inside a sentence."""
    interrupts = sum(_interrupts(lines, filled, k, text, squeezed, page_numbers) for _, k in seen)
    return interrupts >= INTERRUPTS_SHARE * len(seen)


def _interrupts(lines: list[Line], filled: list[int], k: int, text: str, squeezed: dict[int, str],
                page_numbers: Collection[int]) -> bool:
    """Whether the text before the k-th non-blank line (page numbers and the header aside) stops
    inside a sentence."""
    for j in range(k - 1, max(-1, k - 1 - 2 * _MERGE), -1):
        if squeezed.get(j) == text or filled[j] in page_numbers:
            continue
        return not ends_sentence(lines[filled[j]].stripped)
    return False
