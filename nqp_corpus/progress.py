"""The build's progress bar (tqdm, on stderr): files done, with the documents and segments written so
far, then the corpus-level step the build is in. Shown only when stderr is a terminal, so CI logs
and pipes stay quiet."""
from __future__ import annotations

import sys
from typing import Any

from tqdm import tqdm


class BuildProgress:
    """After the last file come reuse detection, statistics and charts, card and checksums, and
    validation: ~30% of a build at 10x the seeds, ~60% at 1x. The bar names each step as it starts
    instead of standing at 100% without a word."""

    def __init__(self, files: int) -> None:
        self._bar = tqdm(total=files, unit="file", desc="build", file=sys.stderr, disable=not sys.stderr.isatty())
        self._postfix: dict[str, Any] = {}

    def __enter__(self) -> BuildProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.close()

    def file_done(self, documents: int, segments: int) -> None:
        self._postfix.update(documents=documents, segments=segments)
        self._bar.set_postfix(self._postfix, refresh=False)  # drawn by update(), at most 10 times a second
        self._bar.update()

    def step(self, name: str) -> None:
        self._postfix["step"] = name
        self._bar.set_postfix(self._postfix)
