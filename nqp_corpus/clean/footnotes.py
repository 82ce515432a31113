"""Link footnote bodies to the markers glued into the running text, and take the markers out.

PDF extraction keeps a footnote's superscript number as an ordinary digit glued to the text
(`前奏2。`, `(TFP)\\n3，`). Once the footnote areas have given us the labels that exist, the
nearest earlier occurrence of a label standing where a superscript would stand (after a Han
character or closing bracket, before punctuation or a break) is that footnote's marker.
"""
from __future__ import annotations

import re

from .fixes import Chars, note_marker
from .layout import Draft

_SEARCH_BACK = 40  # blocks before a footnote that may hold its marker
_LINKABLE = ("paragraph", "heading", "title", "list_item", "quote", "caption", "table_row")
# A label inside an unlabelled footnote body, out of place between two Han characters.
_BODY_LABEL = re.compile(r"(?<=[\u4e00-\u9fff])(\d{1,2})(?=\s?[\u4e00-\u9fff])")


def link_footnote_markers(drafts: list[Draft], bufs: list[Chars],
                          markers: list[list[tuple[int, str]]]) -> list[list[tuple[int, str]]]:
    """Returns, per block, (char index, label) of characters to remove as footnote markers;
    a label of "" marks the space that stood before a marker."""
    for i, draft in enumerate(drafts):
        if draft.kind != "footnote":
            continue
        if draft.label is None:
            m = _BODY_LABEL.search(bufs[i].text)
            if not m:
                continue
            draft.label = m.group(1)
            markers[i] = markers[i] + [(k, draft.label) for k in range(m.start(1), m.end(1))][:1] + \
                [(k, "") for k in range(m.start(1) + 1, m.end(1))]
        pattern = note_marker(draft.label)
        for j in range(i - 1, max(-1, i - 1 - _SEARCH_BACK), -1):
            if drafts[j].kind not in _LINKABLE:
                continue
            taken = {k for k, _ in markers[j]}
            hits = [m for m in pattern.finditer(bufs[j].text) if m.start(2) not in taken]
            if hits:
                m = hits[-1]
                markers[j] = markers[j] + [(k, "") for k in range(m.start(1), m.end(1))] + \
                    [(m.start(2), draft.label)] + [(k, "") for k in range(m.start(2) + 1, m.end(2))]
                break
    return markers
