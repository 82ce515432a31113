"""The build pipeline: a short list of per-document stages, then one corpus-level pass.

    read raw → clean (blocks + removed ledger) → split documents → normalise script (OpenCC)
    → sections → sentences → words → annotate (source, dates, themes)   [per file, pure]
    → reuse detection (MinHash LSH over all blocks)                      [corpus-level]
    → write release

Every per-file stage is a pure function of the raw file and its catalogue entry, so files can be
processed in any order, in worker processes, or as a map on a distributed engine.
"""
from __future__ import annotations

from .annotate import dates, source, themes
from .clean import clean_file
from .documents import split_documents
from .model import FileResult, RawFile
from .script import normalise_document
from .sections import assign_sections
from .sentences import segment_document


def process_file(raw: RawFile) -> FileResult:
    blocks, removed = clean_file(raw)
    documents = split_documents(raw, blocks)
    # Stage by stage, not document by document (the stages of a document depend only on it): a
    # stage's data (OpenCC's and jieba's dictionaries, the theme and date tables) then stays in the
    # CPU caches from one document to the next. process_file on the 5 seeds, minimum of 12
    # alternating runs, 4 rounds: 0.75-0.85 -> 0.64-0.70 CPU s per copy, most of it in the script
    # stage (OpenCC).
    for doc in documents:
        source.annotate(raw, doc)
    for doc in documents:
        normalise_document(raw, doc)
    for doc in documents:
        assign_sections(doc)
    for doc in documents:
        segment_document(doc)
    for doc in documents:
        dates.annotate(raw, doc)
    for doc in documents:
        themes.annotate(doc)
    return FileResult(raw=raw, documents=documents, removed=removed)
