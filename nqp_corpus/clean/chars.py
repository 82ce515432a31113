"""Character classes used by the cleaning fixes."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TERMINATORS = "。！？!?…"
CLOSERS = "”’」』）)》〉】〕］]\"'"
OPENERS = "“‘「『（(《〈【〔［["
CJK_PUNCT = "，。、；：？！…—·“”‘’「」『』（）《》〈〉【】〔〕［］～％"


def is_han(ch: str) -> bool:
    cp = ord(ch)
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2FA1F or 0xF900 <= cp <= 0xFAFF


# Punctuation of East Asian width "ambiguous" that Chinese text sets full-width.
_AMBIGUOUS_CJK_PUNCT = frozenset("“”‘’…—―·•※")


@lru_cache(maxsize=None)  # asked for every character next to whitespace; a text uses few distinct ones
def is_wide(ch: str) -> bool:
    """East Asian wide or full-width (or Chinese quotes/dashes, set full-width in Chinese text):
    a line break next to it never stands for a space."""
    return ch in _AMBIGUOUS_CJK_PUNCT or unicodedata.east_asian_width(ch) in ("W", "F")


# The three private-use areas: exactly the code points of general category Co.
PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")


class _CharWidths(dict):
    """Character → width, filled on first sight: a plain dict lookup per character is cheaper
    than a call through lru_cache, and every line's width is measured."""

    def __missing__(self, ch: str) -> int:
        self[ch] = width = 2 if is_wide(ch) else 1
        return width


# Width of a character in narrow units (a wide one counts 2); a text's display width is
# sum(map(char_width, text)), summed where it is needed rather than through another call per line.
char_width = _CharWidths().__getitem__


def ends_sentence(text: str) -> bool:
    """True when `text` ends with a sentence terminator, possibly followed by closing marks."""
    stripped = text.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINATORS


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without its leading and trailing whitespace (empty when all whitespace)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
