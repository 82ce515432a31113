"""Link footnote bodies to the markers glued into the running text, and take the markers out.

PDF extraction keeps a footnote's superscript number as an ordinary digit glued to the text
(`前奏2。`, `(TFP)\\n3，`). Once the footnote areas have given us the labels that exist, the
nearest earlier occurrence of a label standing where a superscript would stand (after a Han
character or closing bracket, before punctuation or a break) is that footnote's marker.
"""
from __future__ import annotations

import re

from .cues import load_cues
from .drafts import Draft
from .fixes import NOTE_SIGNS, Chars, note_marker

_SEARCH_BACK = 40  # blocks before a footnote that may hold its marker
_LINKABLE = ("paragraph", "heading", "title", "list_item", "quote", "caption", "table_row")
# A label inside an unlabelled footnote body, out of place between two Han characters.
_BODY_LABEL = re.compile(r"(?<=[\u4e00-\u9fff])(\d{1,2})(?=\s?[\u4e00-\u9fff])")


def link_footnote_markers(drafts: list[Draft], bufs: list[Chars],
                          markers: list[list[tuple[int, str]]]) -> list[list[tuple[int, str]]]:
    """Returns, per block, (char index, label) of characters to remove as footnote markers;
    a label of "" marks the space that stood before a marker."""
    after = (0, 0)  # (block, character) past the last endnote's marker: endnotes are cited in order
    bracketed = {label for buf in bufs for refs in buf.note_refs for label in _labels(refs)}
    for i, draft in enumerate(drafts):
        if draft.kind != "footnote":
            continue
        if draft.endnote:
            # a note cited in brackets (`[2]`) lost its marker with them (remove_note_reference_markers):
            # a bare `2` elsewhere is no marker of it
            if draft.label not in bracketed:
                after = _link_endnote(draft.label, drafts[:i], bufs, markers, after)
            continue
        if draft.label is None:
            m = next((m for m in _BODY_LABEL.finditer(bufs[i].text) if not _counts_something(bufs[i].text, m)), None)
            if not m:
                continue
            draft.label = m.group(1)
            markers[i] = markers[i] + [(k, draft.label) for k in range(m.start(1), m.end(1))][:1] + \
                [(k, "") for k in range(m.start(1) + 1, m.end(1))]
        pattern = note_marker(draft.label)
        # a sign's note (`*`) is an author's, marked on the byline: a number there is an affiliation's
        linkable = (*_LINKABLE, "byline") if draft.label and draft.label in NOTE_SIGNS else _LINKABLE
        for j in range(i - 1, max(-1, i - 1 - _SEARCH_BACK), -1):
            if drafts[j].kind not in linkable:
                continue
            taken = {k for k, _ in markers[j]}
            found = pattern.finditer(bufs[j].text, _past_label(drafts[j], bufs[j]))
            hits = [m for m in found if m.start(2) not in taken]
            if hits:
                _mark(markers, j, hits[-1], draft.label)
                break
    return markers


def _counts_something(text: str, label: re.Match[str]) -> bool:
    """The number counts what follows it or is a date's part (`2024年5月31日`, `第3条`, `12家`): no label.

    >>> [_counts_something(t, _BODY_LABEL.search(t)) for t in ("截至2024年5月31日", "第3条规定", "参见3王某某文")]
    [True, True, False]
    """
    after = text[label.end(1):].lstrip()[:1]
    return bool(after) and after in load_cues().quantity_suffixes or text[label.start(1) - 1] == "第"


def _labels(refs: str) -> list[str]:
    """The note labels a bracketed reference cites (NOTE_REFERENCE's group: `3`, `3-5`, `1,4`).

    >>> _labels("3-5"), _labels("1，4")
    (['3', '4', '5'], ['1', '4'])
    """
    labels = []
    for part in re.split(r"[,，]", refs):
        ends = [int(n) for n in re.split(r"[-–]", part) if n]
        labels += [str(n) for n in range(ends[0], ends[-1] + 1)] if ends else []
    return labels


def _past_label(draft: Draft, buf: Chars) -> int:
    """Where a block's text may hold a note's marker: past a caption's label and number (`表1　…`,
    `图 2：…`: the number is the table's, not a note's marker), anywhere in other blocks."""
    if draft.kind != "caption":
        return 0
    label = load_cues().caption.match(buf.text)
    return label.end() if label is not None else 0


def _mark(markers: list[list[tuple[int, str]]], j: int, m: re.Match[str], label: str) -> None:
    """Record the match `m` of note_marker(label) in block j: its space, then its label."""
    markers[j] = markers[j] + [(k, "") for k in range(m.start(1), m.end(1))] + \
        [(m.start(2), label)] + [(k, "") for k in range(m.start(2) + 1, m.end(2))]


def _link_endnote(label: str, before: list[Draft], bufs: list[Chars], markers: list[list[tuple[int, str]]],
                  after: tuple[int, int]) -> tuple[int, int]:
    """Mark an endnote's marker: the first occurrence of its label where a superscript would stand
    after the previous endnote's marker (`after`), anywhere before the notes; returns where the next
    one's search starts (unmoved when none is found)."""
    pattern = note_marker(label)
    for j in range(after[0], len(before)):
        if before[j].kind not in _LINKABLE:
            continue
        taken = {k for k, _ in markers[j]}
        start = max(after[1] if j == after[0] else 0, _past_label(before[j], bufs[j]))
        m = next((m for m in pattern.finditer(bufs[j].text, start) if m.start(2) not in taken), None)
        if m is not None:
            _mark(markers, j, m, label)
            return j, m.end(2)
    return after
