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
ALTERNATE_PAGES or more, as often inside a sentence or always beside the page's number, is the
other head. Where none was found, two texts each beside the page's number on ALTERNATE_PAGES or
more, never on one page, together on every page (or all but the opening one), are the pair.

A header stands on the line next to a page break, or up to REACH lines from it across lines that
are all short of the wrap width (or addresses): pypdf and PyMuPDF write a browser's printed page as
its date, title, address and `N/M` in a stack before the text. An address (a URL) repeated so is a
header however long.

Only its occurrences next to a page break are furniture; the same words inside the text stay.

A header or footer may carry its page's number (`中国宏观经济研究院  5`, `5  某某研究报告`,
`第 3 页 / 共 20 页`): then no line is a page number alone and no page break is known. Such lines
are found by themselves (`numbered_running_lines`): one short text, its numbers aside, on MIN_PAGES
lines or more, with one number that goes up from line to line, by one at least half the time, and
(as a running header) inside a sentence at INTERRUPTS_SHARE of them or more.
"""
from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations
from typing import Collection

from .chars import URL, WHOLLY_BRACKETED, closes_unopened, display_width, ends_sentence, is_han, squeeze
from .fixes import NOTE_SIGNS
from .lines import WRAP_TOLERANCE, Line

MIN_PAGES = 3
ALTERNATE_PAGES = 2  # the other head of alternating ones, beside a header found on MIN_PAGES
MIN_SHARE = 0.5
INTERRUPTS_SHARE = 0.25
MAX_CHARS = 40  # longer lines are text, not a header
# but a footer of the publisher's address and contacts beside the page's number may run longer, past
# the text's width (`某某大学技术转移中心　地址：…　电话：…　网址：…　1`)
MAX_FOOTER_CHARS = 2 * MAX_CHARS
MAX_WIDTH = 2 * MAX_CHARS  # as wide as that many Chinese characters (a head in Latin letters has more)
REACH = 3  # non-blank lines from a page break a header may stand at, across short lines
# A header or footer that never interrupts a sentence (slides: every page ends its last point) is
# still one where it stands on every page, this many at least, beside the page's number; with the
# page's number in it, on this many lines and after a name of this many characters at least.
EVERY_PAGE_MIN = 3
NUMBERED_EVERY_PAGE_MIN = 5
_NAME_CHARS = 3
_MASTHEAD_CHARS = 4  # a shorter masthead (`简报`) is a common word a line may open with
_MERGE = 2  # page breaks this close (in non-blank lines) are one (a page number, the next page's first line)
_SENTENCE_END = tuple("。！？!?")


def running_header_lines(lines: list[Line], page_numbers: Collection[int], ignored: Collection[int] = (),
                         wrap: int = 0, author_words: Collection[str] = ()) -> set[int]:
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
    # the file's first and last lines stand at a page's edge, with no page number beside them where
    # numbers close (or open) their pages; not a byline (`南京日报评论员`), which opens each piece
    # of a series under it, page after page: a byline names no issue or date (`澳門某某研究會　時事評論
    # 2024年第7期` is a head)
    ends = {k for k in (0, len(filled) - 1) if any(ch.isdigit() for ch in lines[filled[k]].stripped)
            or not any(word in lines[filled[k]].stripped for word in author_words)}
    # the file's first and last lines are page edges too: the first page's header, the last's footer
    breaks = sorted({0, *breaks, len(filled) - 1})
    # the short lines that open the file before its first page number or line of text: its first head's stack
    stack = next((k for k, i in enumerate(filled) if i in page_numbers or not _stacked(lines[i], wrap)), len(filled))
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
            while 0 <= j < len(filled) and abs(j - k) <= REACH and _stacked(lines[filled[j - step]], wrap) \
                    and _stacked(lines[filled[j]], wrap):
                break_no.setdefault(j, number)
                j += step
    squeezed = {k: squeeze(lines[filled[k]].stripped) for k in break_no}
    break_set = set(breaks)
    at_break: dict[str, list[tuple[int, int]]] = defaultdict(list)  # text -> (break number, k)
    for k, number in sorted(break_no.items()):
        text = squeezed[k]
        if (display_width(text) <= MAX_WIDTH or _ends_with_url(text) or _browser_head(text)) \
                and not text.endswith(_SENTENCE_END) and filled[k] not in page_numbers \
                and not (at_break[text] and (k - at_break[text][-1][1] <= REACH
                                             or at_break[text][-1][0] == number and k - 1 not in break_set)):
            # (the same words again a few lines on, past the page's number, are the title the head
            # repeats; or past the title, the byline under it: the head stands once at a page break)
            at_break[text].append((number, k))
    last_break = number  # the breaks are numbered 0 to last_break: a page between each two
    pages_at = {text: {number for number, _ in seen} for text, seen in at_break.items()}
    out: set[int] = set()
    headed: set[int] = set()  # the page breaks where a header was found
    for text, seen in at_break.items():
        pages = pages_at[text]
        if len(pages) < MIN_PAGES and not (len(pages) > 1 and (
                _opens_file_and_interrupts(lines, filled, seen, text, squeezed, page_numbers)
                or _opens_file_beside_numbers(filled, seen, page_numbers, ends, stack, squeezed)
                or _closes_pages_over_numbers(filled, seen, page_numbers)
                or _after_the_opening_page(lines, filled, seen, page_numbers, pages, last_break, wrap))) \
                or len(pages) < MIN_SHARE * (max(pages) - min(pages) + 1):
            continue
        if len(pages) < MIN_PAGES and not _interrupting(lines, filled, seen, text, squeezed, page_numbers):
            out.update(filled[k] for _, k in seen)  # the head of two pages, each over its number
            headed |= pages
            continue
        # on every page (`last_break` counts them), or on all but the opening one, which a book or a
        # journal prints without its running head
        if _interrupting(lines, filled, seen, text, squeezed, page_numbers) \
                or len(pages) >= max(EVERY_PAGE_MIN, last_break - 1) and _beside_page_numbers(filled, seen, page_numbers, ends):
            out.update(filled[k] for _, k in seen)
            headed |= pages
    if not headed:  # a pair of heads alternating beside the page's number, each after finished text
        beside = [(pages_at[text], seen) for text, seen in at_break.items()
                  if len(pages_at[text]) >= ALTERNATE_PAGES and _beside_page_numbers(filled, seen, page_numbers, ends)]
        for (pages, seen), (other, other_seen) in combinations(beside, 2):
            if not pages & other and len(pages | other) >= max(EVERY_PAGE_MIN, last_break - 1):
                out.update(filled[k] for _, k in [*seen, *other_seen])
                headed |= pages | other
    # the other head of alternating ones (a journal's name on odd pages, its issue on even ones):
    # at other page breaks than a header found, on ALTERNATE_PAGES or more, as often in a sentence
    # or always beside the page's number
    for text, seen in at_break.items():
        pages = pages_at[text]
        both = pages | headed
        if not headed or pages & headed or len(pages) < ALTERNATE_PAGES \
                or len(both) < MIN_SHARE * (max(both) - min(both) + 1):
            continue
        if _interrupting(lines, filled, seen, text, squeezed, page_numbers) \
                or _beside_page_numbers(filled, seen, page_numbers, ends):
            out.update(filled[k] for _, k in seen)
    # a head printed on one page only: a short text's later page, its first carrying the masthead
    # (_lone_head, _names_masthead), or the one page between two headed ones that prints the other
    # head of an alternating pair (`一等奖作品` on pages 23 and 25, the collection's name on 24)
    opening = [squeeze(lines[i].stripped) for i in filled[:2 * REACH] if i not in page_numbers]
    masthead = opening[0] if opening else ""
    for seen in at_break.values():
        if len(seen) != 1 or filled[k := seen[0][1]] in out:
            continue
        between = bool(headed) and min(headed) < seen[0][0] < max(headed) and seen[0][0] not in headed
        beside_number = _next_to_number(filled, k, page_numbers)
        if _lone_head(lines, filled, k, page_numbers, wrap) \
                or _names_masthead(squeezed[k], masthead, k, stack, beside_number) \
                or between and _head_beside_number(lines, filled, k, page_numbers, wrap, sentence_open=False):
            out.add(filled[k])
        elif seen[0][0] > 0 and _names_masthead(masthead, squeezed[k], k, stack, beside_number):
            # a later page prints the journal's name alone, the opening one with its issue
            # (`某某经济评论　2024年第5期`): both are heads
            out.add(filled[k])
            out.add(next(i for i in filled if i not in page_numbers))
    # a chapter's title again beside a later page's number, as a head stands: its running head (a
    # book's recto head, printed on one page of a short excerpt)
    for text in set(opening[1:]) & at_break.keys():
        out.update(filled[k] for _, k in at_break[text]
                   if k >= 2 * REACH and _head_beside_number(lines, filled, k, page_numbers, wrap))
    # a browser's printed stack (date, title, address, `N/M`): a line in it beside headers found, on
    # their pages, is one too, though it stands after finished text on every page
    stacked = {k for k, i in enumerate(filled) if i in out}
    for text, seen in at_break.items():
        pages = pages_at[text]
        if len(pages) >= MIN_PAGES and pages <= headed and all({k - 1, k + 1} & stacked for _, k in seen):
            out.update(filled[k] for _, k in seen)
        elif len(pages) == 2 and pages <= headed \
                and len(beside := [k for _, k in seen if {k - 1, k + 1} & stacked]) == 2:
            # a head of two pages set on two lines (`某某公司　2023年年度报告` / `致股东的信`): the lines
            # beside it are the head, not the same words as the title under it
            out.update(filled[k] for k in beside)
    return out


def _lone_head(lines: list[Line], filled: list[int], k: int, page_numbers: Collection[int], wrap: int) -> bool:
    """Whether the k-th non-blank line names a year or an issue (a digit: `新质生产力发展指数报告（2024）`,
    `香港某某報｜社評　2024年3月8日`) and stands as a head does (_head_beside_number): a head the page
    printed alone."""
    return any(ch.isdigit() for ch in lines[filled[k]].stripped) \
        and _head_beside_number(lines, filled, k, page_numbers, wrap)


def _names_masthead(text: str, masthead: str, k: int, stack: int, beside_number: bool) -> bool:
    """Whether a line past the file's opening stack, beside a page's number, is the masthead the
    file opens with and right after it an issue or a date (`机械工业信息　2024年第6期` under
    `机械工业信息`): a periodical's head, however the text before it ends (a newsletter's item
    closes with its source line). An office under its name (`某某厅办公室　2024年6月18日印发`) is
    no masthead's head.

    >>> _names_masthead("机械工业信息2024年第6期", "机械工业信息", 40, 3, True), _names_masthead("机械工业信息", "机械工业信息", 40, 3, True)
    (True, False)
    >>> _names_masthead("某某厅办公室2024年6月18日印发", "某某厅", 40, 3, True)
    False
    """
    issue = text[len(masthead):len(masthead) + 1]
    return beside_number and k > stack and len(masthead) >= _MASTHEAD_CHARS and text.startswith(masthead) \
        and (issue.isdigit() or issue == "第")


def _head_beside_number(lines: list[Line], filled: list[int], k: int, page_numbers: Collection[int], wrap: int,
                        sentence_open: bool = True) -> bool:
    """Whether the k-th non-blank line, short of the wrap width, of words (not an address's wrapped
    tail, nor a line of text: _NOT_A_HEAD, nor the tail of the line before, closing a bracket that
    line opened), stands right beside a page-number line, with text after
    it, after a full line of text, inside a sentence that line left open (`sentence_open`): no heading
    stands inside a sentence. Without `sentence_open` the line before may end one: the pages around
    it tell it (the other head of an alternating pair; the paragraph may run on)."""
    text = lines[filled[k]].stripped
    if not wrap or not _short(lines[filled[k]], wrap) or k + 1 >= len(filled) or not any(map(is_han, text)) \
            or _NOT_A_HEAD.search(text) or closes_unopened(text) or not _next_to_number(filled, k, page_numbers):
        return False
    # the text before the page's notes (`① 参见…。` at its foot ends no sentence of the text)
    before = next((lines[filled[j]] for j in range(k - 1, -1, -1)
                   if filled[j] not in page_numbers and not _NOTE_LINE.match(lines[filled[j]].stripped)), None)
    return before is not None and not _short(before, wrap) and not (sentence_open and ends_sentence(before.stripped)) \
        and any(filled[j] not in page_numbers for j in range(k + 1, min(len(filled), k + 1 + _MERGE)))


def _next_to_number(filled: list[int], k: int, page_numbers: Collection[int]) -> bool:
    """Whether a page-number line is the k-th non-blank line's neighbour."""
    return any(filled[j] in page_numbers for j in (k - 1, k + 1) if 0 <= j < len(filled))


def _stacked(line: Line, wrap: int) -> bool:
    """A line that may stand in a stack of page furniture: a short one (_short), or a browser's
    printed page title as long as a full line of text (_browser_head)."""
    return _short(line, wrap) or _browser_head(squeeze(line.stripped))


def _short(line: Line, wrap: int) -> bool:
    """A line well short of the wrap width, or an address: no full line of text (without a wrap
    width, none is)."""
    return line.width < wrap - WRAP_TOLERANCE or bool(URL.fullmatch(line.stripped))


def _interrupting(lines: list[Line], filled: list[int], seen: list[tuple[int, int]], text: str,
                  squeezed: dict[int, str], page_numbers: Collection[int]) -> bool:
    """Whether INTERRUPTS_SHARE or more of a text's occurrences at page breaks stand inside a sentence."""
    interrupts = sum(_interrupts(lines, filled, k, text, squeezed, page_numbers) for _, k in seen)
    return interrupts >= INTERRUPTS_SHARE * len(seen)


def _opens_file_and_interrupts(lines: list[Line], filled: list[int], seen: list[tuple[int, int]], text: str,
                               squeezed: dict[int, str], page_numbers: Collection[int]) -> bool:
    """Whether the text is the file's first line and stands inside a sentence at every other page
    break it is met at: the head of a text too short for MIN_PAGES (two pages), repeated over a
    paragraph that runs on; a heading met twice (a kicker over each of two pieces) opens its page."""
    later = [k for _, k in seen if k != 0]
    return len(later) < len(seen) and all(_interrupts(lines, filled, k, text, squeezed, page_numbers) for k in later)


def _opens_file_beside_numbers(filled: list[int], seen: list[tuple[int, int]], page_numbers: Collection[int],
                               ends: Collection[int], stack: int, squeezed: dict[int, str]) -> bool:
    """Whether the text opens the file, as its first line or in the stack of short lines that opens
    it (its first `stack` lines, up to a long line or a page number: pypdf's `某某银行研究院` /
    `首席经济学家周评　2024年第13期` / `请阅读…` / `1`) under lines that stand over it on its other pages
    too (`squeezed`: the lines at page breaks; not a kicker over each of two pieces under a masthead
    printed once), and stands where each page's head stands: as far before its page's number as the
    first one does (the number printed in or under the head), or, where the first has none near
    (numbers close their pages), right after the last page's number. A signature that repeats the
    issuer's mark opening the file stands before its page's number with no number near the mark
    above it: no head."""
    opening = min(k for _, k in seen)
    if opening == 0 and 0 not in ends or 0 < opening and (opening >= min(stack, REACH) or not all(
            j in squeezed and squeezed[j] == squeezed.get(k - opening + j) for j in range(opening)
            for _, k in seen if k != opening)):
        return False  # the lines over it in the stack stand over it on the other pages too
    first = _number_offsets(filled, opening, page_numbers)
    later = [_number_offsets(filled, k, page_numbers) for _, k in seen if k != opening]
    if first:
        return all(first & found for found in later)
    return all(any(d < 0 for d in found) for found in later)


def _number_offsets(filled: list[int], k: int, page_numbers: Collection[int]) -> set[int]:
    """How far (in non-blank lines, within REACH: a head may stand in a stack of furniture) the
    page-number lines stand from the k-th non-blank line, before it (negative) or after it."""
    return {j - k for j in range(max(0, k - REACH), min(len(filled), k + REACH + 1)) if filled[j] in page_numbers}


def _after_the_opening_page(lines: list[Line], filled: list[int], seen: list[tuple[int, int]],
                            page_numbers: Collection[int], pages: set[int], last_break: int, wrap: int) -> bool:
    """Whether the text stands on every page but the opening one (which prints a masthead instead),
    two pages or more, as far from its page's number on each (`立法院法制局　議題研析` over pages 2 and
    3 of a three-page paper). A short text may stand at the last page break too, where that is the
    file's end: a last page with nothing but a table (its cells are no text) has its number right
    before the file's end, and the footer over the number of each page before it."""
    short = all(_short(lines[filled[k]], wrap) for _, k in seen)
    if len(pages) < 2 or pages != set(range(1, last_break)) and not (short and pages == set(range(1, last_break + 1))):
        return False
    return bool(set.intersection(*(_number_offsets(filled, k, page_numbers) for _, k in seen)))


def _closes_pages_over_numbers(filled: list[int], seen: list[tuple[int, int]], page_numbers: Collection[int]) -> bool:
    """Whether the text stands where each page's foot stands: as far before its page's number on
    every page (within REACH), the last of those numbers closing the file. A footer over the number
    on both pages of a two-page text (`请阅读正文之后的免责声明` / `1`)."""
    if not filled or filled[-1] not in page_numbers:
        return False
    common = set.intersection(*(_number_offsets(filled, k, page_numbers) for _, k in seen))
    return any(len(filled) - 1 - k in common for _, k in seen)


def _beside_page_numbers(filled: list[int], seen: list[tuple[int, int]], page_numbers: Collection[int],
                         ends: Collection[int] = ()) -> bool:
    """Whether every occurrence stands within _MERGE non-blank lines of a page-number line, or is one
    of the `ends` (the file's first or last line)."""
    return all(k in ends or any(filled[j] in page_numbers for j in range(max(0, k - _MERGE), min(len(filled), k + _MERGE + 1)))
               for _, k in seen)


def _interrupts(lines: list[Line], filled: list[int], k: int, text: str, squeezed: dict[int, str],
                page_numbers: Collection[int]) -> bool:
    """Whether the text before the k-th non-blank line (page numbers and the header aside) stops
    inside a sentence: not at a sentence's end, nor at an address's Latin letters (`电子邮箱：
    nqpforum@example.edu.cn` over a signature)."""
    for j in range(k - 1, max(-1, k - 1 - 2 * _MERGE), -1):
        if squeezed.get(j) == text or filled[j] in page_numbers:
            continue
        before = lines[filled[j]].stripped
        return not ends_sentence(before) and not (before[-1].isascii() and before[-1].isalpha())
    return False


_NUMBER_RUN = re.compile(r"\d+")
# the page's number set apart at a line's start or end, and the rest of the line
# the page's number apart from the head by a space or a bar (`46｜某某高新区2024年度发展报告`)
# or as a page's, in words, at the end (`香港某某總商會意見書　第1頁`)
_EDGE_NUMBER = re.compile(r"^(?P<first>\d{1,4})(?:\s+|\s*[|｜]\s*)(?P<rest_first>[^\s|｜].*)$"
                          r"|^(?P<rest_last>.*[^\s|｜])(?:\s+|\s*[|｜]\s*)(?P<last>\d{1,4})$"
                          r"|^(?P<rest_named>.*[^\s|｜])\s+第\s*(?P<named>\d{1,4})\s*[页頁]$")
_NOTE_LINE = re.compile(rf"^(?:[\u2460-\u2473]|[{NOTE_SIGNS}])\s*\S")  # a page-foot note's first line (`① …`, `* …`)
# a clause's mark, a point's number opening the line (`1 加快科技创新，`), a bracketed note: text, no head
_NOT_A_HEAD = re.compile(rf"[，,；;：:。！？]|^\d{{1,2}}(?:\s|[.．、])|{WHOLLY_BRACKETED.pattern}")
_WORD_CHAR = re.compile(r"[^\W\d_]")  # a letter or a Han character: not a line of numbers only


def numbered_running_lines(lines: list[Line], ignored: Collection[int] = (), wrap: int = 0,
                           printed: Collection[int] = (), text_width: int = 0) -> dict[int, int]:
    r"""Index → printed page number of the lines that repeat one running header or footer with
    their page's number in it (`中国宏观经济研究院  5`): the same text with its numbers masked, short
    and ending no sentence, on MIN_PAGES lines or more, whose numbers differ in one place only,
    where they go up from line to line, by one at least half the time (a page may be a figure's
    without furniture, or left out), and that stand inside a sentence at INTERRUPTS_SHARE of them
    or more, or else go up by one with the number apart at the line's end or start (headings glue
    theirs, `附件5`, `第5章`) on NUMBERED_EVERY_PAGE_MIN lines or more (a deck of slides, each ending
    its last point), or on fewer where they go on from a page number printed alone, one of the
    numbers `printed` (a journal's first page has its number alone, the next ones `102  港澳經濟評論`
    and `港澳經濟評論  103` at alternate outer edges: the number first or last is one header), or
    where the first of them opens the file (a record's head over each of its pages, the first
    too: `5432  立法會 ─ 2024年3月20日`); a text of two pages has two such lines, the first in the stack
    that opens the file or the last closing it (`请阅读正文之后的免责声明 1` … `… 2`). The
    `ignored` lines (a figure's text, a table's cells) are never such lines, nor a line that runs to
    the wrap width `wrap` (a line of text: leaving those out saves most of the work), nor one longer
    than MAX_CHARS, but for a footer past the text's width (`wrap`, or else `text_width`, the width
    most lines have) with the number at an end (a publisher's address and contacts, MAX_FOOTER_CHARS
    at most).

    >>> from .lines import split_lines
    >>> text = "某某研究院 1\n正在\n某某研究院 2\n推进\n某某研究院 3\n合计 12\n合计 10\n合计 11"
    >>> numbered_running_lines(split_lines(text))
    {0: 1, 2: 2, 4: 3}
    >>> numbered_running_lines(split_lines("附件1\n一段话。\n附件2\n一段话。\n附件3"))
    {}
    >>> slides = "".join(f"某某研究院 {n}\n要点{n}。\n" for n in range(1, 6))
    >>> numbered_running_lines(split_lines(slides)), numbered_running_lines(split_lines(slides.replace(" ", "")))
    ({0: 1, 2: 2, 4: 3, 6: 4, 8: 5}, {})
    >>> numbered_running_lines(split_lines(slides.replace("某某研究院", "图")))  # bare captions
    {}
    >>> journal = "101\n首页。\n102 某某評論\n正文。\n103 某某評論\n正文。\n104 某某評論\n正文。"
    >>> numbered_running_lines(split_lines(journal), printed={101}), numbered_running_lines(split_lines(journal))
    ({2: 102, 4: 103, 6: 104}, {})
    >>> report = "正文。\n46｜某某年度报告\n正文。\n某某年度报告｜47\n正文。\n48｜某某年度报告"  # by turns
    >>> numbered_running_lines(split_lines(report))
    {1: 46, 3: 47, 5: 48}
    >>> handbook = "12　某某学习手册\n正文。\n第二部分　基本概念　13\n正文。\n14　某某学习手册\n正文。"
    >>> numbered_running_lines(split_lines(handbook))  # two heads taking turns
    {0: 12, 2: 13, 4: 14}
    >>> opening = "正文。\n4　　某某论文集\n正文。\n第一编　主旨演讲　　5\n正文。"  # after a page 3 numbered alone
    >>> numbered_running_lines(split_lines(opening), printed={3}), numbered_running_lines(split_lines(opening))
    ({1: 4, 3: 5}, {})
    >>> numbered_running_lines(split_lines("正文。\n请阅读免责声明 1\n正文。\n请阅读免责声明 2"))  # two pages
    {1: 1, 3: 2}
    >>> pages = "正文。\n\f某某报告 5\n正文。\n\f某某报告 6\n正文。\n\f某某报告 7"  # each opening a page
    >>> numbered_running_lines(split_lines(pages)), numbered_running_lines(split_lines(pages.replace("\f", "")))
    ({1: 5, 3: 6, 5: 7}, {})
    """
    groups: dict[str, list[tuple[int, list[int]]]] = defaultdict(list)
    short_of = wrap - WRAP_TOLERANCE if wrap else 1 << 30
    beyond = (wrap or text_width) + WRAP_TOLERANCE if wrap or text_width else 1 << 30
    for i, line in enumerate(lines):
        text = line.stripped
        if not text or short_of <= line.width <= beyond or i in ignored or _NUMBER_RUN.search(text) is None:
            continue
        squeezed = squeeze(text)
        if squeezed.endswith(_SENTENCE_END) or len(squeezed) > MAX_CHARS \
                and not (len(squeezed) <= MAX_FOOTER_CHARS and line.width > beyond and _EDGE_NUMBER.search(text)):
            continue
        numbers = [int(n) for n in _NUMBER_RUN.findall(squeezed)]
        key = _NUMBER_RUN.sub("#", squeezed)
        # the number first or last, at alternate outer edges, is one header's: glued on, or set
        # apart beside a text with numbers of its own (`154  某某经济评论　2024年第5期`), first then
        if edge := _EDGE_NUMBER.search(text):
            rest = squeeze(edge.group("rest_first") or edge.group("rest_last") or edge.group("rest_named") or "")
            key = "#|" + _NUMBER_RUN.sub("#", rest)
            numbers = [int(edge.group("first") or edge.group("last") or edge.group("named")),
                       *map(int, _NUMBER_RUN.findall(rest))]
        elif key.count("#") == 1 and (key[0] == "#" or key[-1] == "#"):
            key = key.strip("#")
        if _WORD_CHAR.search(key):
            groups[key].append((i, numbers))
    out: dict[int, int] = {}
    filled = [i for i, line in enumerate(lines) if line.stripped]
    first_line = filled[0] if filled else -1
    for key, members in groups.items():
        # a text of two pages: the pair where a page's furniture stands, in the stack that opens the
        # file or closing it (`请阅读正文之后的免责声明 1` … `请阅读正文之后的免责声明 2`)
        two_pages = len(members) == 2 and (members[0][0] in filled[:REACH] or members[-1][0] == filled[-1])
        if len(members) < MIN_PAGES and not two_pages:
            continue
        varying = [column for column in zip(*(numbers for _, numbers in members)) if len(set(column)) > 1]
        if len(varying) != 1:
            continue
        steps = [b - a for a, b in zip(varying[0], varying[0][1:])]
        if not all(step > 0 for step in steps) or 2 * sum(step == 1 for step in steps) < len(steps):
            continue
        # as a running header does, they stand inside sentences often; headings (`附件1`, `第2章`)
        # follow a finished text
        rows = {i for i, _ in members}
        interrupts = sum(_after_unfinished(lines, i, rows) for i in rows)
        # or, on every page, the page's number apart at an end of a name (`某某研究院 5`, not `附件5`,
        # nor a bare caption `图 5`), on enough lines or going on from a number printed alone, or
        # named a page's (`第5頁`: no heading's)
        edges = [_EDGE_NUMBER.search(lines[i].stripped) for i, _ in members]
        every_page = all(step == 1 for step in steps) and len(_WORD_CHAR.findall(key)) >= _NAME_CHARS and all(edges) \
            and (len(rows) >= NUMBERED_EVERY_PAGE_MIN or all(edge.group("named") for edge in edges) or two_pages
                 or varying[0][0] - 1 in printed or varying[0][-1] + 1 in printed
                 or members[0][0] == first_line or all(_at_page_edge(lines, i) for i in rows)
                 or _alternate(edges))
        if interrupts >= INTERRUPTS_SHARE * len(rows) or every_page:
            out.update((i, number) for (i, _), number in zip(members, varying[0]))
    out.update(_alternating_heads(lines, groups, out, printed))
    return out


def _alternating_heads(lines: list[Line], groups: dict[str, list[tuple[int, list[int]]]],
                       found: Collection[int], printed: Collection[int] = ()) -> dict[int, int]:
    """Index → page number of the lines of two heads that take turns, each with the page's number
    at the outer edge (`12　某某学习手册` on even pages, `第二部分　基本概念　13` on odd ones): too few
    of each to tell alone, together on MIN_PAGES lines or more whose numbers go up by one from line
    to line and stand first and last by turns; or on two lines that go on from a number printed
    alone (`printed`: an opening page, which carries no head)."""
    heads = {key: members for key, members in groups.items() if key.startswith("#|")
             and len(_WORD_CHAR.findall(key)) >= _NAME_CHARS and not any(i in found for i, _ in members)}
    # the other head holds the page after or before the first one's first page: pair only those
    by_number: dict[int, set[str]] = defaultdict(set)
    for key, members in heads.items():
        for _, numbers in members:
            by_number[numbers[0]].add(key)
    out: dict[int, int] = {}
    for key_a, a in heads.items():
        first = a[0][1][0]
        for key_b in sorted(by_number[first - 1] | by_number[first + 1]):  # a pair may be tried from both
            both = sorted([(i, numbers[0], key) for key, members in ((key_a, a), (key_b, heads[key_b]))
                           for i, numbers in members])
            opening = both[0][1] - 1 in printed  # the opening page before them has its number alone
            least = 2 if opening else MIN_PAGES
            if len(both) < least or any(x[2] == y[2] for x, y in zip(both, both[1:])) \
                    or any(y[1] - x[1] != 1 for x, y in zip(both, both[1:])) \
                    or not _alternate([_EDGE_NUMBER.search(lines[i].stripped) for i, _, _ in both], least):
                continue
            out.update((i, number) for i, number, _ in both)
    return out


def browser_stack_lines(lines: list[Line], page_numbers: Collection[int]) -> set[int]:
    r"""Indices of the lines of a browser's printed stacks in a text that prints its page count
    (`1/1`, alone or after the address): at a page's edge (the file's ends, a page's start, a
    page-number line), up to REACH lines of its print stamp (`2024/6/20 10:05`, perhaps before the
    page's title), the page's title (`…_政策解读_某某省人民政府门户网站`) and its address, where a stamp
    and an address are among them. A page printed alone repeats none of them, so no running header
    is found there (running_header_lines).

    >>> from .lines import split_lines
    >>> text = "2024/6/20 10:05\n一图读懂《某计划》_政策解读_某某省人民政府门户网站\nhttps://www.example.gov.cn/art/1.html\n1/1\n一图读懂\n正文。"
    >>> sorted(browser_stack_lines(split_lines(text), {3}))
    [0, 1, 2]
    >>> browser_stack_lines(split_lines(text.replace("2024/6/20 10:05", "本报讯")), {3})
    set()
    >>> apart = "2024/6/20 10:05\n一图读懂《某计划》_政策解读_某某省人民政府门户网站\n一图读懂\n正文。\nhttps://www.example.gov.cn/art/1.html\n1/1"
    >>> sorted(browser_stack_lines(split_lines(apart), {5}))
    [0, 1, 4]
    """
    filled = [i for i, line in enumerate(lines) if line.stripped]
    if not any(i in page_numbers and _PAGE_COUNT.search(lines[i].stripped) for i in filled):
        return set()
    edges = {0, len(filled) - 1} | {k for k, i in enumerate(filled) if lines[i].page_start or i in page_numbers}
    stacked: set[int] = set()
    for k in edges:
        for step in (-1, 1):
            j = k if filled[k] not in page_numbers else k + step
            while 0 <= j < len(filled) and abs(j - k) <= REACH and filled[j] not in page_numbers \
                    and _browser_furniture(squeeze(lines[filled[j]].stripped)):
                stacked.add(filled[j])
                j += step
    texts = [squeeze(lines[i].stripped) for i in filled if i in stacked or i in page_numbers]
    if any(_BROWSER_STAMP.match(t) for t in texts) and any(URL.search(t) for t in texts):
        return stacked
    return set()


def journal_masthead_lines(lines: list[Line], page_numbers: Collection[int]) -> set[int]:
    r"""Indices of the lines of a journal's masthead over an article's first page: the stack the text
    opens with (page numbers aside) of its volume and issue (`第46卷第3期`, `Vol. 46 No. 3`), its
    name (`某某大学学报（哲学社会科学版）`, in English too) and the issue's month (`2024年5月`,
    `May 2024`), where a volume and issue are among them. A later page repeats a part of it as its
    running head; the first prints it once.

    >>> from .lines import split_lines
    >>> text = "第46卷第3期\nMoumou Daxue Xuebao\n某某大学学报（哲学社会科学版）\n2024年5月\n新质生产力的理论逻辑\n王某某"
    >>> sorted(journal_masthead_lines(split_lines(text), set()))
    [0, 1, 2, 3]
    >>> sorted(journal_masthead_lines(split_lines("第46卷第3期 某某大学学报 Vol.46 No.3\n2024年5月 Journal of X May 2024\n标题"), set()))
    [0, 1]
    >>> journal_masthead_lines(split_lines(text.replace("第46卷第3期", "本刊特稿")), set())
    set()
    """
    stack: list[int] = []
    for i, line in enumerate(lines):
        if not line.stripped or i in page_numbers:
            continue
        # PDFium and the layout mode set the masthead's parts side by side on a line
        if not (_VOLUME_ISSUE.search(squeeze(line.stripped)) or all(map(_masthead_part, line.stripped.split()))):
            break
        stack.append(i)
    return set(stack) if any(_VOLUME_ISSUE.search(squeeze(lines[i].stripped)) for i in stack) else set()


def _masthead_part(text: str) -> bool:
    return bool(_ISSUE_MONTH.fullmatch(text) or _JOURNAL_NAME.fullmatch(text) or _LATIN_WORD.fullmatch(text)
                or text.isdigit())


def _browser_furniture(text: str) -> bool:
    return _browser_head(text) or _ends_with_url(text)


def _ends_with_url(text: str) -> bool:
    """An address, alone or after a page's title (a browser prints both at a page's top edge:
    `关于印发…的通知 https://www.….html`).

    >>> [_ends_with_url(t) for t in ("https://a.cn/x.html", "关于…的通知https://a.cn/x.html", "见https://a.cn/x 一文")]
    [True, True, False]
    """
    found = URL.search(text)
    return found is not None and found.end() == len(text) and found.start() <= MAX_CHARS


# a browser's print stamp opening its head: the date and time, then the page's title (any length)
_BROWSER_STAMP = re.compile(r"^\d{4}/\d{1,2}/\d{1,2}\s*\d{1,2}:\d{2}(?!\d)")
# A journal's masthead (journal_masthead_lines): its volume and issue, its name, the issue's month
_VOLUME_ISSUE = re.compile(r"第\d{1,4}卷(?:第\d{1,3}期)?|Vol\.?\d{1,4},?No\.?\d{1,3}", re.IGNORECASE)
_ISSUE_MONTH = re.compile(r"\d{4}年\d{1,2}月|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\d{4}")
_JOURNAL_NAME = re.compile(r"[^，。；：]{2,30}(?:学报|學報|杂志|雜誌)(?:[（(][^（）()]{2,12}[）)])?")
_LATIN_WORD = re.compile(r"[A-Za-z(][A-Za-z.,:;()&'-]*")
# a page-number line that gives the page count too, as a browser prints it (`1/4`, `https://… 1/4`;
# Firefox's `第 1 页，共 2 页`)
_PAGE_COUNT = re.compile(r"/\s*\d{1,3}$|共\s*\d{1,3}\s*[页頁]")
# a web page's title as a browser prints it: the article's, the column's and the site's, joined by `_`;
# or the article's and the site's, a name in Han characters (`…政策解读_某某市发展和改革委员会`)
_WEB_TITLE = re.compile(r"[^\s_]{2,}(?:_[^\s_]{2,}){2,}|[^\s_]{2,}_[\u4e00-\u9fff]{2,}")


def _browser_head(text: str) -> bool:
    """A browser's printed head, however long: its date and time before the page's title, or the
    page's title alone (`2024/5/16 09:42 《…》政策解读_政策解读_某某省发展和改革委员会`, squeezed).

    >>> _browser_head("2024/5/1609:42《某某行动方案》政策解读_政策解读_某某省发展和改革委员会"), _browser_head("2024年工作要点")
    (True, False)
    >>> _browser_head("《某某行动方案》政策解读_政策解读_某某省发展和改革委员会"), _browser_head("《某某措施》政策解读_某某市发展和改革委员会")
    (True, True)
    >>> _browser_head("art_1583_4567890.html"), _browser_head("new_quality")
    (True, False)
    """
    return _BROWSER_STAMP.match(text) is not None or _WEB_TITLE.fullmatch(text) is not None


def _alternate(edges: list[re.Match], least: int = MIN_PAGES) -> bool:
    """Whether the number stands first and last by turns, from line to line (at a book's outer
    edges, `46｜某某报告` then `某某报告｜47`), on `least` lines or more."""
    firsts = [edge.group("first") is not None for edge in edges]
    return len(edges) >= least and all(a != b for a, b in zip(firsts, firsts[1:]))


def _at_page_edge(lines: list[Line], i: int) -> bool:
    """Whether line i is the first or the last line of text of a page the extractor marked (a form
    feed, see lines.page_top_offsets) or of the file."""
    before = next((j for j in range(i - 1, -1, -1) if lines[j].stripped), -1)
    after = next((k for k in range(i + 1, len(lines)) if lines[k].stripped), len(lines))
    return before < 0 or after == len(lines) or any(line.page_start for line in lines[before + 1:i + 1]) \
        or any(line.page_start for line in lines[i + 1:after + 1])


def _after_unfinished(lines: list[Line], i: int, skipped: Collection[int]) -> bool:
    """Whether the non-blank line before line i (the `skipped` ones aside) stops inside a sentence."""
    for j in range(i - 1, -1, -1):
        if lines[j].stripped and j not in skipped:
            return not ends_sentence(lines[j].stripped)
    return False


def split_page_heads(lines: list[Line], page_head: re.Pattern[str]) -> set[int]:
    """Indices of the two lines that make a newspaper's page head (`page_head`: the paper's date with
    its weekday and the page, `某某日报　2024年4月15日　星期一` / `第7版　理论`) when the extractor set
    its two ends on a line each: neither line alone is the head, the two read together are.

    >>> pattern = re.compile(r"^(?=.*\\d{4}年\\d{1,2}月\\d{1,2}日)(?=.*星期[一二三四五六日])(?=.*第\\d{1,3}版)")
    >>> sorted(split_page_heads([Line(1, 0, "某某日报　2024年4月15日　星期一"), Line(2, 20, "第7版　理论"),
    ...                          Line(3, 27, "正文第7版")], pattern))
    [0, 1]
    >>> section = re.compile(r"^(?=.*\\d{4}年\\d{1,2}月\\d{1,2}日)(?=.*星期[一二三四五六日])(?=.*[\\u4e00-\\u9fff]\\s+\\d{1,3}$)")
    >>> sorted(split_page_heads([Line(1, 0, "某某日报　2024年7月15日　星期一"), Line(2, 20, "理论　9")], section))
    [0, 1]
    """
    out: set[int] = set()
    filled = [i for i, line in enumerate(lines) if line.stripped and len(line.stripped) <= MAX_CHARS]
    for i, j in zip(filled, filled[1:]):
        first, second = lines[i].stripped, lines[j].stripped
        # most pairs: spare them the pattern; the page is `第7版`, or the section's name and number
        # (`理论　9`; a number alone under the head is the page's own)
        if "版" not in first and "版" not in second and (not second[-1].isdigit() or second.isdigit()):
            continue
        if WHOLLY_BRACKETED.match(first) or WHOLLY_BRACKETED.match(second):  # a jump line (`（下转第3版）`) is no head
            continue
        if j == i + 1 or not any(line.stripped for line in lines[i + 1:j]):
            if page_head.match(f"{first} {second}") and not page_head.match(first) and not page_head.match(second):
                out |= {i, j}
    return out
