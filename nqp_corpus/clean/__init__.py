"""Cleaning stage: raw file → ordered blocks (with raw spans) + ledger of removed text.

    layout (lines, two columns side by side unzipped and superscripts' moved line parts put back
    → drafts, page furniture to the ledger), on the text with look-alike ideographs folded
    → text fixes per block (fixes.TEXT_FIXES)
    → footnote markers linked to their footnotes and taken out of the running text
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..model import Block, RawFile, Removed
from .chars import trim_span
from .drafts import Draft
from .fixes import (TEXT_FIXES, Chars, fold_ideograph_lookalikes, fold_lookalike_text,
                    mark_misextracted_note_markers, remove_note_reference_markers, restore_misextracted_quotes)
from .footnotes import link_footnote_markers
from .layout import assemble

# Table cells in a row's text are joined by this (U+FF5C); the `cells` column lists them.
CELL_DELIMITER = "｜"
# A passage whose font shows the quote fault also shows it in neighbouring blocks.
_FAULT_REACH = 15


# A line break inside a URL or a number, after a word's hyphen, or next to a bracket or a stop, is no
# word space: `…/BIG5` + `/n1/2024/…`, `2024-0` + `3-01`, `produc-` + `tivity`, `[J` + `]`
_URL_END = re.compile(r"(?:https?://|www\.)[!-~]+$")
_URL_GOES_ON = re.compile(r"[\w/.\-?=&%#~:+]", re.ASCII)


def _glued(before: str, after: str) -> bool:
    """Whether the text on both sides of a line break is one token cut by the break."""
    if not before or not after:
        return False
    last, first = before[-1], after[0]
    if last in "([{":
        return True
    if not first.isascii():  # most lines go on with a Chinese character: no token is cut there
        return False
    if first in ")]},.;:!?%" or last.isdigit() and last.isascii() and first.isdigit():
        return True
    # a Latin word broken at a hyphen (`multi-factor produc-` + `tivity`): the hyphen stays, as it
    # may be a compound's, but no space opens
    if last == "-" and len(before) > 1 and before[-2].isascii() and before[-2].isalpha() and first.isalpha():
        return True
    return bool(_URL_GOES_ON.match(after)) and _URL_END.search(before) is not None


def _chars_of(text: str, draft: Draft) -> Chars:
    """The draft's lines joined: a line break becomes one space, which remove_spurious_spaces drops
    when either neighbour is wide (CSS Text segment-break rule), and nothing inside a URL or a
    number. Tabs mark table-cell boundaries and nothing else, so whitespace between cells becomes
    a tab and any other tab a space."""
    pieces: list[str] = []
    offs: list[int] = []
    gaps = set(draft.cell_gaps)
    for n, (start, end) in enumerate(draft.spans):
        if n and draft.joins[n] and not (draft.joins[n] == " " and _glued(pieces[-1], text[start:end])):
            pieces.append(draft.joins[n])
            offs.append(draft.spans[n - 1][1])
        piece = text[start:end]
        if "\t" in piece or gaps and any(start <= gap < end for gap in gaps):
            piece = "".join("\t" if off in gaps else " " if text[off] == "\t" else text[off]
                            for off in range(start, end))
        pieces.append(piece)
        offs.extend(range(start, end))
    return Chars("".join(pieces), offs)


def _pieces(draft: Draft, deleted: set[int], text: str) -> list[tuple[int, int]]:
    """The draft's raw spans minus ledgered characters, trimmed of whitespace."""
    pieces: list[tuple[int, int]] = []
    deleted_sorted = sorted(deleted)  # each span's cuts are a slice of it
    for start, end in draft.spans:
        cuts = deleted_sorted[bisect_left(deleted_sorted, start):bisect_left(deleted_sorted, end)]
        # most spans have no cut: spare them the bound lists
        bounds = zip([start] + [c + 1 for c in cuts], cuts + [end]) if cuts else ((start, end),)
        for s, e in bounds:
            # a line's content span is trimmed already: test its ends before calling trim_span
            if s < e and not text[s].isspace() and not text[e - 1].isspace():
                pieces.append((s, e))
                continue
            s, e = trim_span(text, s, e)
            if s < e:
                pieces.append((s, e))
    return pieces


def clean_file(raw: RawFile) -> tuple[list[Block], list[Removed]]:
    # the layout reads the text with look-alike ideographs folded (same offsets), so that `⼀、`
    # opens a heading like `一、`; each block's fix folds its own text again, and names the fix
    folded = fold_lookalike_text(raw.text)
    layout = assemble(folded)
    # a file without look-alikes spares every block the search for them
    fixes = TEXT_FIXES if folded is not raw.text else tuple(f for f in TEXT_FIXES if f is not fold_ideograph_lookalikes)
    # a note's own label (`[1] 参见…`) and a table's bracketed value (`[0.65]`, five years' sum) are
    # no references to notes
    note_fixes = tuple(f for f in fixes if f is not remove_note_reference_markers)
    ledger: list[tuple[str, int, int]] = list(layout.removed)
    bufs: list[Chars] = []
    cells: list[list[str] | None] = []
    fixes_applied: list[list[str]] = []
    for draft in layout.drafts:
        buf = _chars_of(raw.text, draft)
        buf.list_entry = draft.kind == "list_item"
        applied = list(dict.fromkeys(fix.__name__ for fix in (note_fixes if draft.kind in ("footnote", "table_row") else fixes)
                                     if fix(buf)))
        if draft.kind == "table_row":
            cells.append(buf.text.split("\t"))
            # a visible delimiter: whitespace between two Han characters would read as an artefact
            buf.text = buf.text.replace("\t", CELL_DELIMITER)
        else:
            cells.append(None)
        bufs.append(buf)
        fixes_applied.append(applied)

    near_fault = {i for j, names in enumerate(fixes_applied) if restore_misextracted_quotes.__name__ in names
                  for i in range(j - _FAULT_REACH, j + _FAULT_REACH + 1)}
    markers = [mark_misextracted_note_markers(buf, i in near_fault) for i, buf in enumerate(bufs)]
    markers = link_footnote_markers(layout.drafts, bufs, markers)

    blocks: list[Block] = []
    for draft, buf, applied, found, row_cells in zip(layout.drafts, bufs, fixes_applied, markers, cells):
        refs = [*draft.note_refs, *buf.note_refs]
        if found:
            drop = {i for i, _ in found}
            buf.keep([i not in drop for i in range(len(buf.text))], "footnote_marker")
            refs += [label for _, label in found if label]
            applied.append("remove_footnote_markers")
        for kind, off, _ in buf.deleted:
            if kind != "whitespace":
                ledger.append((kind, off, off + 1))
        deleted = {off for _, off, _ in buf.deleted}
        pieces = _pieces(draft, deleted, raw.text)
        if not pieces or not buf.text:
            continue
        blocks.append(Block(
            kind=draft.kind, pieces=pieces, text_original=buf.text, offsets=buf.offs,
            line_start=raw.line_of(pieces[0][0]), line_end=raw.line_of(pieces[-1][1] - 1),
            page=draft.page, cells=row_cells,
            fixes=applied, footnote_label=draft.label
            if draft.kind == "footnote" else None, footnote_refs=refs,
        ))
    return blocks, _merge_ledger(raw, ledger)


def _merge_ledger(raw: RawFile, entries: list[tuple[str, int, int]]) -> list[Removed]:
    """Adjacent single-character entries of one kind become one span; sorted by position."""
    merged: list[list] = []
    for kind, start, end in sorted(entries, key=lambda e: (e[1], e[2])):
        # the gap is tested last: between far-apart entries it is a long slice
        if merged and merged[-1][0] == kind and start - merged[-1][2] <= 1 \
                and kind in ("private_use_glyph", "replacement_char", "markup", "footnote_marker", "pdf_artifact") \
                and raw.text[merged[-1][2]:start].strip() == "":
            merged[-1][2] = end
        else:
            merged.append([kind, start, end])
    return [Removed(kind, s, e, raw.line_of(s), raw.line_of(e - 1), raw.text[s:e]) for kind, s, e in merged]
