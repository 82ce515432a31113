"""Sentence splitting and word tokens (placeholder: to be deepened)."""
from __future__ import annotations

import re

from .model import Document, Sentence
from .tokens import tokenize

_END = re.compile(r"[^。！？]*[。！？]+[”’」』）)]*|[^。！？]+$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _END.finditer(text) if m.group().strip()]


def segment_document(doc: Document) -> None:
    for block in doc.blocks:
        block.sentences = [
            Sentence(s, e, block.text[s:e], tokenize(block.text[s:e]))
            for s, e in split_sentences(block.text)
        ]
