"""Split a file's blocks into documents.

A compilation (catalogue genre `compilation`) holds many separately authored pieces whose titles
were lost. A piece starts
  * at a byline (a run of consecutive byline blocks, optionally followed by a dateline): bylines
    precede their text in such compilations;
  * at the first quote of a quotation collection (quote / attribution pairs), and the piece after
    the collection starts with the first block that is neither;
  * where a level-one section numbering (一、) starts again: the new piece begins at the nearest
    earlier block that opens a page;
  * at a page whose first block is a new paragraph after a short page: a compilation starts each
    piece on a new page, so a page whose running text finished a sentence well before the page's
    usual length (SHORT_PAGE_SHARE of the file's median) left the rest of it blank for that.
Any other file is one document, unless it opens with a table of contents whose entries reappear
later as headings (a newsletter holding several articles): then each such heading starts one.
"""
from __future__ import annotations

import re
from statistics import median

from .clean.chars import ends_sentence
from .clean.lines import page_top_offsets
from .model import RUNNING_TEXT_KINDS, Block, Document, RawFile

_FIRST_SECTION = re.compile(r"^[一壹][、，.．]")
_NUMBERING = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*")
_PAGE_BACKTRACK = 12  # blocks to look back for the page a restarted piece opens on
SHORT_PAGE_SHARE = 2 / 3
_MIN_PAGES = 8  # fewer pages tell no usual page length


def _page_tops(raw: RawFile) -> list[int]:
    """Line numbers of the lines that open a page, ascending."""
    return sorted(raw.line_of(offset) for offset in page_top_offsets(raw.text))


def _after_short_page(tops: list[int]) -> set[int]:
    """The page tops that follow a short page: one of at most SHORT_PAGE_SHARE of the median page
    length (in raw lines from one page top to the next).

    >>> sorted(_after_short_page([1, 41, 81, 121, 141, 181, 221, 261, 301, 341]))
    [141]
    """
    lengths = [b - a for a, b in zip(tops, tops[1:])]
    if len(lengths) < _MIN_PAGES:
        return set()
    usual = median(lengths)
    return {b for a, b in zip(tops, tops[1:]) if b - a <= SHORT_PAGE_SHARE * usual}


def _starts_after_short_page(blocks: list[Block], i: int, after_short: set[int]) -> bool:
    """Block i opens the page after a short one, as a new paragraph, and the text above it, on
    the short page, ended a sentence: the piece on that page ended there."""
    block, prev = blocks[i], blocks[i - 1]
    return (block.line_start in after_short and block.kind == "paragraph" and prev.kind == "paragraph"
            and ends_sentence(prev.text_original))


def _signs_off(blocks: list[Block], i: int) -> bool:
    """The byline at i closes a piece rather than opening one: the issuing body over the closing
    date of an official document (no running text after the date, before the next piece)."""
    if i + 1 >= len(blocks) or blocks[i + 1].kind != "dateline":
        return False
    after = next((b.kind for b in blocks[i + 2:] if b.kind not in ("boilerplate", "footnote")), None)
    return after not in RUNNING_TEXT_KINDS


def _compilation_starts(raw: RawFile, blocks: list[Block]) -> list[int]:
    starts = [0]
    seen_first_section = False
    tops = _page_tops(raw)
    opens_page = set(tops)
    after_short = _after_short_page(tops)
    for i, block in enumerate(blocks):
        prev = blocks[i - 1] if i else None
        if block.kind == "byline" and (prev is None or prev.kind != "byline") and not _signs_off(blocks, i):
            # a piece's title, where the extraction kept it, stands right above its byline
            titled = prev is not None and prev.kind in ("title", "heading") and not _NUMBERING.match(prev.text_original)
            starts.append(i - 1 if titled else i)
            seen_first_section = False
        elif block.kind == "quote" and (prev is None or prev.kind not in ("quote", "quote_attribution")):
            starts.append(i)
        elif (prev is not None and prev.kind == "quote_attribution"
              and block.kind not in ("quote", "quote_attribution")):
            starts.append(i)
            seen_first_section = False
        elif block.kind == "heading" and _FIRST_SECTION.match(block.text_original):
            if seen_first_section:
                floor = max(starts[-1] + 1, i - _PAGE_BACKTRACK)
                opener = next((j for j in range(i, floor - 1, -1) if blocks[j].line_start in opens_page
                               and not (j < i and blocks[j].kind == "heading")), i)
                starts.append(opener)
            seen_first_section = True
        elif i and _starts_after_short_page(blocks, i, after_short):
            starts.append(i)
            seen_first_section = False
    return sorted(set(starts))


def _contents_starts(blocks: list[Block]) -> list[int]:
    """Headings announced by a table of contents at the top of the file."""
    def key(text: str) -> str:
        return re.sub(r"\s", "", _NUMBERING.sub("", text))

    toc = []
    for block in blocks:
        if block.kind != "list_item":
            break
        toc.append(key(block.text_original))
    if len(toc) < 2:
        return [0]
    heads = [i for i, b in enumerate(blocks) if b.kind == "heading" and key(b.text_original) in toc]
    return [0] + heads[1:] if len(heads) == len(toc) else [0]


def split_documents(raw: RawFile, blocks: list[Block]) -> list[Document]:
    if not blocks:
        return []
    if raw.entry.get("genre") == "compilation":
        starts = _compilation_starts(raw, blocks)
    else:
        starts = _contents_starts(blocks)
    documents = []
    for begin, end in zip(starts, [*starts[1:], len(blocks)]):
        doc = Document(source_file=raw.name, blocks=blocks[begin:end])
        if any(b.kind == "quote_attribution" for b in doc.blocks) and doc.blocks[0].kind == "quote":
            doc.metadata["genre_hint"] = "quotations"
        if len(starts) > 1 and raw.entry.get("genre") != "compilation":
            heading = next((b for b in doc.blocks if b.kind == "heading"), None)
            if heading is not None:
                doc.metadata["title"] = _NUMBERING.sub("", heading.text_original)
        elif raw.entry.get("genre") == "compilation" and len(doc.blocks) > 1 \
                and doc.blocks[0].kind in ("title", "heading") and doc.blocks[1].kind == "byline":
            doc.metadata["title"] = doc.blocks[0].text_original  # a piece that kept its title (a single
            # document's title is the catalogue's)
        documents.append(doc)
    return documents
