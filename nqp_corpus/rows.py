"""Turn pipeline records into rows of the four released configs, with one Arrow schema each.

Ids are derived from provenance, never from counters, so they survive re-releases as long as the
raw span they name is unchanged:
    document  <file stem>/d<raw_start>
    segment   <file stem>/s<raw_start>-<raw_end>
    sentence  <file stem>/t<raw_start>-<raw_end>   (raw span of the sentence itself)
"""
from __future__ import annotations

import hashlib
from typing import Any, Iterator

import pyarrow as pa

from .model import Block, Document, FileResult, RawFile

_str = pa.string()
_int = pa.int64()
_strs = pa.list_(pa.string())
_span = pa.struct([("start", _int), ("end", _int)])
_score = pa.struct([("theme", _str), ("score", pa.float64())])

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", _str), ("source_file", _str), ("source_sha256", _str),
        ("raw_start", _int), ("raw_end", _int), ("line_start", _int), ("line_end", _int),
        ("title", _str), ("byline", _str), ("authors", _strs), ("affiliations", _strs), ("publisher", _str),
        ("outlet", _str), ("series", _str), ("genre", _str), ("region", _str), ("script", _str),
        ("script_mixed", pa.bool_()), ("date", _str), ("date_precision", _str),
        ("date_evidence", _str), ("source_evidence", _str), ("themes", _strs), ("theme_scores", pa.list_(_score)),
        ("text", _str), ("text_original", _str), ("text_traditional", _str), ("n_chars", _int),
        ("n_segments", _int), ("opencc_config", _str), ("opencc_config_traditional", _str),
        ("rights", _str), ("release", _str),
    ]),
    "segments": pa.schema([
        ("segment_id", _str), ("doc_id", _str), ("source_file", _str), ("index", _int),
        ("kind", _str), ("raw_start", _int), ("raw_end", _int), ("raw_pieces", pa.list_(_span)),
        ("line_start", _int), ("line_end", _int), ("page", _int), ("text", _str),
        ("text_original", _str), ("text_traditional", _str), ("themes", _strs),
        ("theme_scores", pa.list_(_score)), ("text_sha256", _str), ("section_path", _strs),
        ("cells", _strs), ("footnote_label", _str), ("footnote_refs", _strs), ("fixes", _strs),
        ("dates_mentioned", pa.list_(pa.struct([
            ("text", _str), ("char_start", _int), ("char_end", _int), ("date", _str),
            ("date_end", _str), ("precision", _str),
        ]))),
        ("attribution", _str), ("attribution_date", _str),
        ("reuse_group", _str), ("reuse_of", pa.list_(pa.struct([("segment_id", _str), ("score", pa.float64())]))),
    ]),
    "sentences": pa.schema([
        ("sentence_id", _str), ("segment_id", _str), ("doc_id", _str), ("index", _int),
        ("text", _str), ("tokens", _strs), ("terms", _strs), ("char_start", _int), ("char_end", _int),
        ("raw_start", _int), ("raw_end", _int),
    ]),
    "removed": pa.schema([
        ("removed_id", _str), ("source_file", _str), ("raw_start", _int), ("raw_end", _int),
        ("line_start", _int), ("line_end", _int), ("kind", _str), ("text", _str),
    ]),
}
CONFIGS = tuple(SCHEMAS)
BLOCK_SEPARATOR = "\n"  # between blocks in a document's text


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def doc_id(raw: RawFile, doc: Document) -> str:
    """The document's id; doc.raw_start is a minimum over all its blocks, so callers producing many
    rows per document compute this once and pass it on (the `doc_key` arguments below)."""
    return f"{raw.stem}/d{doc.raw_start}"


def segment_id(raw: RawFile, block: Block) -> str:
    return f"{raw.stem}/s{block.raw_start}-{block.raw_end}"


def _scores(scores: dict[str, float]) -> list[tuple[str, float]]:
    """theme_scores values as (theme, score) tuples: Arrow fills a struct from a tuple by position,
    faster than from a dict (as raw_pieces below)."""
    return [(k, round(float(v), 4)) for k, v in sorted(scores.items())]


def document_row(raw: RawFile, doc: Document, release: str) -> dict[str, Any]:
    meta = doc.metadata
    join = BLOCK_SEPARATOR.join
    text = join(b.text for b in doc.blocks)
    return {
        "doc_id": doc_id(raw, doc), "source_file": raw.name, "source_sha256": raw.sha256,
        "raw_start": doc.raw_start, "raw_end": doc.raw_end,
        "line_start": doc.line_start, "line_end": doc.line_end,
        "title": meta.get("title"), "byline": meta.get("byline"),
        "authors": list(meta.get("authors") or []),
        "affiliations": list(meta.get("affiliations") or []), "publisher": meta.get("publisher"),
        "outlet": meta.get("outlet"), "series": meta.get("series"), "genre": meta.get("genre"),
        "region": meta.get("region"), "script": meta.get("script"),
        "script_mixed": bool(meta.get("script_mixed", False)),
        "date": meta.get("date"), "date_precision": meta.get("date_precision"),
        "date_evidence": meta.get("date_evidence"), "source_evidence": meta.get("source_evidence"),
        "themes": list(meta.get("themes") or []), "theme_scores": _scores(meta.get("theme_scores") or {}),
        "text": text, "text_original": join(b.text_original for b in doc.blocks),
        "text_traditional": join(b.text_traditional for b in doc.blocks),
        "n_chars": len(text), "n_segments": len(doc.blocks),
        "opencc_config": meta.get("opencc_config"),
        "opencc_config_traditional": meta.get("opencc_config_traditional"),
        "rights": meta.get("rights"), "release": release,
    }


def segment_row(raw: RawFile, doc: Document, index: int, block: Block,
                doc_key: str | None = None) -> dict[str, Any]:
    """The row of one block; `doc_key` is doc_id(raw, doc) when the caller already has it."""
    ann = block.annotations
    return {
        "segment_id": segment_id(raw, block), "doc_id": doc_key or doc_id(raw, doc), "source_file": raw.name,
        "index": index, "kind": block.kind, "raw_start": block.raw_start, "raw_end": block.raw_end,
        # the block's (start, end) tuples as they are, no dict per piece: with theme_scores as tuples,
        # ~0.005-0.01 CPU s less per copy of the seeds for the rows and their Arrow tables
        "raw_pieces": block.pieces,
        "line_start": block.line_start, "line_end": block.line_end, "page": block.page,
        "text": block.text, "text_original": block.text_original,
        "text_traditional": block.text_traditional,
        "themes": list(ann.get("themes") or []), "theme_scores": _scores(ann.get("theme_scores") or {}),
        "text_sha256": sha256_text(block.text), "section_path": list(block.section_path),
        "cells": block.cells, "footnote_label": block.footnote_label,
        "footnote_refs": list(block.footnote_refs), "fixes": list(block.fixes),
        "dates_mentioned": list(ann.get("dates_mentioned") or []),
        "attribution": ann.get("attribution"), "attribution_date": ann.get("attribution_date"),
        "reuse_group": ann.get("reuse_group"), "reuse_of": list(ann.get("reuse_of") or []),
    }


def sentence_rows(raw: RawFile, doc: Document, block: Block,
                  doc_key: str | None = None) -> Iterator[dict[str, Any]]:
    """The rows of a block's sentences; `doc_key` is doc_id(raw, doc) when the caller already has it."""
    # per block, not per sentence: the ids shared by all its sentences, and the offset map.
    # "tokens" is the sentence's own list, not a copy: rows only go to Arrow, which copies them, and
    # copying 170k tokens cost 0.004-0.008 of the 0.05-0.09 CPU s of rows per copy of the seeds.
    seg, did, stem, offsets = segment_id(raw, block), doc_key or doc_id(raw, doc), raw.stem, block.offsets
    for index, sent in enumerate(block.sentences):
        raw_start = offsets[sent.char_start]
        raw_end = offsets[sent.char_end - 1] + 1
        yield {
            "sentence_id": f"{stem}/t{raw_start}-{raw_end}", "segment_id": seg,
            "doc_id": did, "index": index, "text": sent.text, "tokens": sent.tokens, "terms": sent.terms,
            "char_start": sent.char_start, "char_end": sent.char_end,
            "raw_start": raw_start, "raw_end": raw_end,
        }


def file_rows(result: FileResult, release: str) -> dict[str, list[dict[str, Any]]]:
    """All rows one raw file contributes to each config, in reading order."""
    raw = result.raw
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in CONFIGS}
    for doc in result.documents:
        rows["documents"].append(document_row(raw, doc, release))
        did = doc_id(raw, doc)  # once per document, not once per segment and sentence
        for index, block in enumerate(doc.blocks):
            rows["segments"].append(segment_row(raw, doc, index, block, did))
            rows["sentences"].extend(sentence_rows(raw, doc, block, did))
    for item in result.removed:
        rows["removed"].append({
            "removed_id": f"{raw.stem}/r{item.raw_start}-{item.raw_end}", "source_file": raw.name,
            "raw_start": item.raw_start, "raw_end": item.raw_end, "line_start": item.line_start,
            "line_end": item.line_end, "kind": item.kind, "text": item.text,
        })
    return rows
