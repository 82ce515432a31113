"""Source metadata for a document (placeholder: copies the catalogue entry)."""
from __future__ import annotations

from ..model import Document, RawFile

_FIELDS = ("publisher", "outlet", "genre", "region", "script", "title", "byline")


def annotate(raw: RawFile, doc: Document) -> None:
    for key in _FIELDS:
        doc.metadata.setdefault(key, raw.entry.get(key))
    doc.metadata.setdefault("authors", list(raw.entry.get("authors", [])))
