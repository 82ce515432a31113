"""The records that flow through the pipeline.

Offsets are code-point offsets into the decoded raw text, half-open. Line numbers are 1-based and
inclusive. A block's text is assembled from one or more raw `pieces` (page furniture, footnote
markers or interrupting footnotes may sit between them); `offsets[i]` is the raw offset of
`text_original[i]`, so any slice of a block's text maps back to raw positions.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

_NEWLINE = re.compile("\n")
# Block kinds that carry a document's running text (a byline or a heading does not)
RUNNING_TEXT_KINDS = ("paragraph", "list_item", "quote", "table_row")


def file_stem(name: str) -> str:
    """A raw file's name without its extension: the first part of every row id made from it."""
    return name.rsplit(".", 1)[0]


@dataclass
class RawFile:
    """One raw input: its bytes as received, decoded, with the catalogue entry that describes it."""

    name: str
    sha256: str
    text: str
    entry: dict[str, Any]
    line_offsets: list[int] = field(default_factory=list)  # raw offset where each line starts

    def __post_init__(self) -> None:
        if not self.line_offsets:
            # a line starts after every \n (found by the regex engine, not a Python loop per character)
            self.line_offsets = [0, *(m.end() for m in _NEWLINE.finditer(self.text))]

    @property
    def stem(self) -> str:
        return file_stem(self.name)

    def line_of(self, offset: int) -> int:
        """1-based line number holding raw offset `offset`."""
        return bisect_right(self.line_offsets, offset)


@dataclass
class Sentence:
    char_start: int  # offsets into the block's text (same in text, text_original, text_traditional)
    char_end: int
    text: str
    tokens: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)  # the listed domain terms and collocations, in order


@dataclass
class Block:
    kind: str
    pieces: list[tuple[int, int]]
    text_original: str
    offsets: list[int]
    line_start: int
    line_end: int
    page: int | None = None
    cells: list[str] | None = None
    fixes: list[str] = field(default_factory=list)  # names of the text fixes that changed this block
    footnote_label: str | None = None  # for footnote blocks: the marker they explain ("1", "①")
    footnote_refs: list[str] = field(default_factory=list)  # markers taken out of this block's text
    # filled by later stages
    text: str = ""
    text_traditional: str = ""
    section_path: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    annotations: dict[str, Any] = field(default_factory=dict)

    @property
    def raw_start(self) -> int:
        return self.pieces[0][0]

    @property
    def raw_end(self) -> int:
        return self.pieces[-1][1]


@dataclass
class Removed:
    """An entry of the ledger: non-whitespace raw text taken out of the running text."""

    kind: str
    raw_start: int
    raw_end: int
    line_start: int
    line_end: int
    text: str


@dataclass
class Document:
    source_file: str
    blocks: list[Block]
    metadata: dict[str, Any] = field(default_factory=dict)  # title, byline, authors, publisher, ...

    @property
    def raw_start(self) -> int:
        return min(b.raw_start for b in self.blocks)

    @property
    def raw_end(self) -> int:
        return max(b.raw_end for b in self.blocks)

    @property
    def line_start(self) -> int:
        return min(b.line_start for b in self.blocks)

    @property
    def line_end(self) -> int:
        return max(b.line_end for b in self.blocks)


@dataclass
class FileResult:
    raw: RawFile
    documents: list[Document]
    removed: list[Removed]
