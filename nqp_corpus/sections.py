"""Section paths: each block records the headings above it."""
from __future__ import annotations

from .model import Document


def assign_sections(doc: Document) -> None:
    path: list[str] = []
    for block in doc.blocks:
        if block.kind == "heading":
            path = [block.text_original]
        block.section_path = list(path)
