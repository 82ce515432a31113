"""Script normalisation with OpenCC (placeholder: plain configs; to be deepened)."""
from __future__ import annotations

from functools import lru_cache

import opencc

from .model import Document, RawFile


@lru_cache(maxsize=None)
def converter(config: str) -> opencc.OpenCC:
    # Converters cannot be pickled: each process builds its own through this cache.
    return opencc.OpenCC(config)


def normalise_document(raw: RawFile, doc: Document) -> None:
    script = doc.metadata.get("script") or raw.entry.get("script", "zh-Hans")
    for block in doc.blocks:
        if script == "zh-Hant":
            block.text = converter("hk2s").convert(block.text_original)
            block.text_traditional = block.text_original
        else:
            block.text = block.text_original
            block.text_traditional = converter("s2t").convert(block.text_original)
