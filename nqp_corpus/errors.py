"""Errors a user can act on. The CLI prints their message as one line and exits 2 (no traceback)."""
from __future__ import annotations


class CorpusError(Exception):
    """A problem with the inputs or the release folder, stated in one line."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))  # one line, whatever the parts contained


class CatalogueError(CorpusError):
    """raw/catalogue.yaml is malformed or disagrees with the files in raw/."""


class RawFileError(CorpusError):
    """A raw file cannot be read as text (checksum, encoding, binary, empty)."""


class ReleaseError(CorpusError):
    """A release cannot be written: version clash, failed validation, failed pipeline."""
