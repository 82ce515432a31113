"""Reuse detection across the corpus (placeholder: finds no reuse yet).

The release writer feeds every segment's text to one ReuseIndex in file order during its first pass,
then asks for the result once and fills `reuse_group` / `reuse_of` of the segments rows.
"""
from __future__ import annotations


class ReuseIndex:
    def add(self, segment_id: str, text: str) -> None:
        """Index one segment's normalised (Simplified) text."""

    def result(self) -> dict[str, dict]:
        """segment_id → {"reuse_group": str | None, "reuse_of": [{"segment_id": str, "score": float}]}
        for every segment that shares text with another; segments not listed reuse nothing."""
        return {}
