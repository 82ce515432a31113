"""Themes (placeholder: none yet)."""
from __future__ import annotations

from ..model import Document


def annotate(doc: Document) -> None:
    for block in doc.blocks:
        block.annotations.setdefault("themes", [])
        block.annotations.setdefault("theme_scores", {})
    doc.metadata.setdefault("themes", [])
