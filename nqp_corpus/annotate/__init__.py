"""Annotators: source, dates, themes (per document) and reuse (corpus-level)."""
