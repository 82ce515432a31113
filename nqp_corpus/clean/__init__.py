"""Cleaning stage (placeholder): one paragraph block per run of lines ending in a terminator."""
from __future__ import annotations

from ..model import Block, RawFile, Removed


def clean_file(raw: RawFile) -> tuple[list[Block], list[Removed]]:
    blocks: list[Block] = []
    chars: list[str] = []
    offs: list[int] = []
    pieces: list[tuple[int, int]] = []
    for i, start in enumerate(raw.line_offsets):
        end = raw.line_offsets[i + 1] - 1 if i + 1 < len(raw.line_offsets) else len(raw.text)
        line = raw.text[start:end]
        if not line.strip():
            continue
        lead = len(line) - len(line.lstrip())
        s, e = start + lead, start + len(line.rstrip())
        chars.extend(raw.text[s:e])
        offs.extend(range(s, e))
        pieces.append((s, e))
        if line.rstrip().endswith(("。", "！", "？")):
            blocks.append(Block("paragraph", pieces, "".join(chars), offs,
                                raw.line_of(pieces[0][0]), raw.line_of(pieces[-1][1] - 1)))
            chars, offs, pieces = [], [], []
    if pieces:
        blocks.append(Block("paragraph", pieces, "".join(chars), offs,
                            raw.line_of(pieces[0][0]), raw.line_of(pieces[-1][1] - 1)))
    return blocks, []
