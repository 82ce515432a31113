"""A table of contents under its title: entries with dot leaders (`第一章　緒論 ……… 1`), their page
numbers beside them, under each (PyMuPDF) or in a column after them all (pdfminer), or entries
without leaders (a newsletter's `本期要目` box), known by the titles they repeat later in the text.
Entries with leaders and an Arabic page number are also read line by line, without a title, in
layout.Layout.takes_toc_line.
"""
from __future__ import annotations

import re

from .chars import squeeze
from .lines import Line
from .pages import ROMAN_PAGE_NUMBER

# A table of contents' title: `目录`, `目次`, an issue's `本期要目` / `本期目录`
CONTENTS_TITLE = re.compile(r"^(?:本\s*[期刊]\s*)?(?:目\s*[录錄次]|要\s*目)$")
_PAGE = re.compile(r"^\d{1,4}$")
# dot leaders (`……`, in PyMuPDF's text `⋯⋯`, `....`); layout's TOC entries read them too
TOC_LEADERS = r"(?:(?:[…⋯]\s*){2,}|(?:[.．·・]\s*){4,})"
# an entry with dot leaders, its page number (a front matter's in Roman numerals) after them or apart
_LEADER_ENTRY = re.compile(rf"^\S.{{0,80}}?{TOC_LEADERS}(?P<page>\d{{1,4}}|[ivxIVXⅰ-ⅻⅠ-Ⅻ]{{1,6}})?$")
_ENTRY_PAGE = re.compile(r"\s*\d{1,4}$")  # an entry's page number after its title
# an entry shorter than this is too common a string to be known by its repetition
MIN_ENTRY = 4
# a box lists this many entries at least: one line over a title it repeats is no contents
MIN_ENTRIES = 2


def contents_lines(lines: list[Line]) -> set[int]:
    """Indices of a contents title's lines and the entries under it: each entry's title (its page
    number after it or not) repeats a later line, or the entry is the page number of a title given
    without one (pdfminer gives them as a column after the titles, PyMuPDF each under its title).
    The first line that repeats nothing later (the first item's own title), or a number no title
    lacks (the next page's own, printed first), ends the box.

    >>> from nqp_corpus.clean.lines import split_lines
    >>> box = "本期要目\\n会议召开 1\\n经济运行平稳 2\\n会议召开\\n正文。\\n经济运行平稳\\n正文。\\n"
    >>> sorted(contents_lines(split_lines(box)))
    [0, 1, 2]
    >>> sorted(contents_lines(split_lines("目录\\n会议召开\\n1\\n经济运行平稳\\n2\\n会议召开\\n经济运行平稳\\n")))
    [0, 1, 2, 3, 4]
    >>> sorted(contents_lines(split_lines("目录\\n会议召开 1\\n正文。\\n会议召开\\n")))  # one entry: no box
    []
    >>> sorted(contents_lines(split_lines("目录\\n会议召开1\\n经济运行平稳2\\n1\\n会议召开\\n经济运行平稳\\n")))
    [0, 1, 2]
    >>> sorted(contents_lines(split_lines("目次\\n摘要 ........ \\n第一章　緒論 ........\\ni\\n1\\nii\\n第一章　緒論\\n")))
    [0, 1, 2, 3, 4]
    """
    filled = [index for index, line in enumerate(lines) if line.stripped]
    out: set[int] = set()
    for k, index in enumerate(filled):
        if not CONTENTS_TITLE.match(lines[index].stripped):
            continue
        later = [squeeze(lines[i].stripped) for i in filled[k + 1:]]
        entries: list[int] = []
        titled = unnumbered = 0  # entries, and those whose page number is still to come
        led = False  # the entries have leaders: then every one has
        for offset, text in enumerate(later):
            if unnumbered and (_PAGE.match(text) or ROMAN_PAGE_NUMBER.fullmatch(text)):
                unnumbered -= 1
            elif (leader := _LEADER_ENTRY.match(text)) is not None and (led or not titled):
                led = True
                titled += 1
                unnumbered += leader.group("page") is None
            elif not led and (title := _repeated_title(text, later[offset + 1:])) is not None:
                titled += 1
                unnumbered += title == text
            else:
                break
            entries.append(filled[k + 1 + offset])
        if titled >= MIN_ENTRIES:
            out.update([index, *entries])
    return out


def _repeated_title(text: str, later: list[str]) -> str | None:
    """An entry's title, with or without the page number after it, where it is a later line."""
    titles = (text, _ENTRY_PAGE.sub("", text))
    return next((title for title in titles if len(title) >= MIN_ENTRY and title in later), None)
