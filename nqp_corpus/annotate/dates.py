"""Dates (placeholder: document date from the catalogue)."""
from __future__ import annotations

from ..model import Document, RawFile


def annotate(raw: RawFile, doc: Document) -> None:
    date = raw.entry.get("date") or {}
    doc.metadata.setdefault("date", date.get("value"))
    doc.metadata.setdefault("date_precision", date.get("precision"))
    doc.metadata.setdefault("date_evidence", date.get("evidence"))
    for block in doc.blocks:
        block.annotations.setdefault("dates_mentioned", [])
