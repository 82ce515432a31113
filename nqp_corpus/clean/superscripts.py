"""Note numbers that an extractor moved off their line: superscripts set on a line of their own.

Two habits, each undone on the lines before the layout reads them:
- pdfplumber sets a superscript number on a line of its own above its line, and leaves a space
  where it stood (lifted_marker_lines: the layout ledgers the number as a note marker and makes it
  a reference of the block below);
- pypdf's layout mode sets the part of a line after a superscript first, on a line of its own,
  then the part before it (restore_raised_line_parts puts them back in order).
"""
from __future__ import annotations

import re

from .chars import QUOTE_CLOSERS, ends_sentence
from .cues import load_cues
from .lines import INDENT_UNITS, WRAP_TOLERANCE, Line, indent_width, renumbered

# A note's superscript number that the extractor set on a line of its own, above the line it
# belongs to (pdfplumber does): the number alone, and the line below keeps the space the number
# left before a comma or stop (`自主可控的产业体系 ，是…`, `成長8.1% ，占…`) or after a stop, perhaps
# inside a quotation's closing mark (`綠色化」。 這一…`, `…质态。” 我们要…`), which typeset Chinese never
# has (a full-width stop carries its own space).
_LIFTED_GAP = re.compile(r"[\u4e00-\u9fff”」』）)%％\d] [，。、；：！？]|[。！？；][”’」』]? [\u4e00-\u9fff「『“（(]")
_NOTE_NUMBER = re.compile(r"^(?:\d{1,3}|[\u2460-\u2473])$")  # `3`, `①`: a note's label alone


def lifted_marker_lines(lines: list[Line]) -> set[int]:
    r"""Indices of the lines that hold only a note's superscript number (`3`, `①`) lifted out of the
    next non-blank line (_LIFTED_GAP): note markers, not page numbers.

    >>> from .lines import split_lines
    >>> sorted(lifted_marker_lines(split_lines("1\n打造自主可控的产业体系 ，是安全的基础。\n2\n第二页。")))
    [0]
    """
    out: set[int] = set()
    nonblank = [i for i, line in enumerate(lines) if line.stripped]
    for i, j in zip(nonblank, nonblank[1:]):
        if _NOTE_NUMBER.match(lines[i].stripped) and len(_LIFTED_GAP.findall(lines[j].stripped)) == 1:
            out.add(i)
    return out


# The part of a line after a note's superscript, which an extractor set first, on a line of its
# own (pypdf's layout mode): it opens with the number, glued to a comma or stop where the mark
# follows a word (`1，是一个…`), or to the next sentence where it follows a stop (`1這一論述…`).
MARKER_OPENS = re.compile(r"^(?:\d{1,2}|[\u2460-\u2473])(?:([，、；：。！？])|[\u4e00-\u9fff「『“（(])")
_STOP_ENDS = ("。", "！", "？", "；")


def _raised_part(after: Line, ahead: Line, wrap: int) -> bool:
    """Whether `after` is the part of a printed line after a note's superscript, raised above
    `ahead`, the part before it (restore_raised_line_parts)."""
    opening = MARKER_OPENS.match(after.stripped)
    if opening is None or not ahead.stripped or MARKER_OPENS.match(ahead.stripped) \
            or after.content_start - after.start != ahead.content_start - ahead.start:
        return False
    if opening.group(1) is None and after.stripped[opening.end() - 1] in load_cues().quantity_suffixes:
        return False  # `3个方面…`: a quantity opening a line, no note's number
    # after a word the part before stops mid-sentence; after a stop it ends with that stop
    fits = not ends_sentence(ahead.stripped) if opening.group(1) \
        else ahead.stripped.rstrip(QUOTE_CLOSERS).endswith(_STOP_ENDS)
    return fits and abs(after.width + ahead.width + indent_width(ahead) - wrap) <= WRAP_TOLERANCE + INDENT_UNITS


def restore_raised_line_parts(lines: list[Line], wrap: int) -> list[Line]:
    r"""The lines, where a line's part after a note's superscript stands before the part ahead of
    it, in their order again (_raised_part: the part after opens with the number; the part ahead
    follows with the same indent; together they fill one line, within the wrap tolerance and an
    indent, so neither is a whole line; a number that only wrapped to a line's start opens a full
    line and stays). Both parts take the whole printed line's width, so that the layout reads the
    line's end where it is on the page.

    >>> from .lines import split_lines
    >>> lines = split_lines("1，是一个国家产业安全和经济安全的基础保障，当面\n打造安全可靠、自主可控的产业体系\n"
    ...                     "临不利冲击时，产业链只有具备足够的韧性才能释放出抵抗冲击的能力。")
    >>> [line.text[:4] for line in restore_raised_line_parts(lines, 84)]
    ['打造安全', '1，是一', '临不利冲']
    >>> lines = split_lines("2迄今為止，傳統產業在體量上依然是中國製造業的主要組成部分\n重要的維度。\n"
    ...                     "，而且為創新科技提供了豐富的應用場景和重要的市場需求，是國家打造新型")
    >>> [line.text[:4] for line in restore_raised_line_parts(lines, 72)]
    ['重要的維', '2迄今為', '，而且為']
    >>> lines = split_lines("3个方面的工作，一是科技创新，二是产业升级，三是\n要抓好以下工作。\n人才培养。")
    >>> [line.text[:4] for line in restore_raised_line_parts(lines, 72)]
    ['3个方面', '要抓好以', '人才培养']
    """
    if wrap == 0 or not any(MARKER_OPENS.match(line.stripped) for line in lines):
        return lines
    out = list(lines)
    joined: list[int] = []  # indices (in out) of the parts before a superscript, moved up
    i = 0
    while i < len(out) - 1:
        if _raised_part(out[i], out[i + 1], wrap):
            out[i], out[i + 1] = out[i + 1], out[i]
            joined.append(i)
            i += 2
            continue
        i += 1
    if not joined:
        return lines
    numbered = renumbered(out)
    for k in joined:  # the two parts are one printed line
        width = numbered[k].width + numbered[k + 1].width + indent_width(numbered[k])
        numbered[k].width = numbered[k + 1].width = width
    return numbered
