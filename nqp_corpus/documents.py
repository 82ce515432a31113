"""Split a file's blocks into documents (placeholder: one document per file)."""
from __future__ import annotations

from .model import Block, Document, RawFile


def split_documents(raw: RawFile, blocks: list[Block]) -> list[Document]:
    return [Document(source_file=raw.name, blocks=blocks)] if blocks else []
