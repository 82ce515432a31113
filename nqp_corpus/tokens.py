"""Word tokens (placeholder: to be deepened with the domain dictionary)."""
from __future__ import annotations

from functools import lru_cache

import rjieba


def tokenize(text: str) -> list[str]:
    return [t for t in rjieba.cut(text) if t.strip()]
