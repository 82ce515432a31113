"""Character classes used by the cleaning fixes."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import groupby

# The Chinese ellipsis is …… (U+2026) or ⋯⋯ (U+22EF, the midline form, as some fonts extract it and
# as Taiwan's punctuation standard writes it); sentences.ELLIPSES reads both too.
TERMINATORS = "。！？!?…⋯"
CLOSERS = "”’」』）)》〉】〕］]\"'"
QUOTE_CLOSERS = "”’」』"  # a quotation that ends a sentence closes after its stop: `…质态。”`
# a note wholly in brackets, the whole line (`（本文是作者在…的讲话的一部分）`, a jump line `（下转第3版）`)
WHOLLY_BRACKETED = re.compile(r"^[（(][^（）()]+[）)]$")
NEWSPAPER_PAGE_CODE = r"[A-H]\d{1,2}"  # a newspaper's section and page (`A2`, `B12`, `A13`)
OPENERS = "“‘「『（(《〈【〔［["


def is_han(ch: str) -> bool:
    cp = ord(ch)
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2FA1F or 0xF900 <= cp <= 0xFAFF


HAN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002fa1f\uf900-\ufaff]")  # is_han's, to search a string


# Punctuation of East Asian width "ambiguous" (and ⋯, "neutral") that Chinese text sets full-width.
_AMBIGUOUS_CJK_PUNCT = frozenset("“”‘’…⋯—―·•※")


@lru_cache(maxsize=None)  # asked for every character next to whitespace; a text uses few distinct ones
def is_wide(ch: str) -> bool:
    """East Asian wide or full-width (or Chinese quotes/dashes, set full-width in Chinese text):
    a line break next to it never stands for a space."""
    return ch in _AMBIGUOUS_CJK_PUNCT or unicodedata.east_asian_width(ch) in ("W", "F")


# The three private-use areas: exactly the code points of general category Co.
PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
URL = re.compile(r"(?:https?://|www\.)\S+")  # an address as extraction leaves it, no space inside


class _CharWidths(dict):
    """Character → width, filled on first sight: a plain dict lookup per character is cheaper
    than a call through lru_cache, and every line's width is measured."""

    def __missing__(self, ch: str) -> int:
        self[ch] = width = 2 if is_wide(ch) else 1
        return width


# Width of a character in narrow units (a wide one counts 2).
char_width = _CharWidths().__getitem__


def _measured_one_by_one() -> re.Pattern[str]:
    """The BMP characters that are not wide, and every astral one: a character class, so that the
    regex engine picks them out of a line in C. Built once from is_wide itself (~0.03 s; unwrapped
    so as not to fill its cache with 65,536 entries)."""
    runs = groupby(range(0x10000), key=lambda cp: is_wide.__wrapped__(chr(cp)))
    narrow = [list(run) for wide, run in runs if not wide]
    ranges = "".join(f"\\u{run[0]:04x}-\\u{run[-1]:04x}" for run in narrow)
    return re.compile(f"[{ranges}\\U00010000-\\U0010ffff]")


_MEASURED_ONE_BY_ONE = _measured_one_by_one()


def squeeze(text: str) -> str:
    """The text without its whitespace (str.split's whitespace is re's \\s).

    >>> squeeze(" 某市 发展\u3000研究 ")
    '某市发展研究'
    """
    return "".join(text.split())


def display_width(text: str) -> int:
    """sum(map(char_width, text)), with the per-character work left to the regex engine: a character
    outside _MEASURED_ONE_BY_ONE is a wide BMP character (2 units), the few inside it are looked up.
    Over every line of the seed files 0.042 -> 0.027 s per copy."""
    measured = _MEASURED_ONE_BY_ONE.findall(text)
    return 2 * (len(text) - len(measured)) + sum(map(char_width, measured))


def opens_unclosed(text: str) -> bool:
    """Whether the text opens more quotation marks and brackets than it closes: what it quotes goes
    on past its end.

    >>> opens_unclosed("重申「堅持創新是"), opens_unclosed("以「新」促「质」")
    (True, False)
    """
    return sum(map(text.count, OPENERS)) > sum(map(text.count, CLOSERS))


def closes_unopened(text: str) -> bool:
    """Whether the text closes more quotation marks and brackets than it opens: it goes on from a
    line before it.

    >>> closes_unopened("务总局 财政部公告2023年第11号）"), closes_unopened("新质生产力发展指数报告（2024）")
    (True, False)
    """
    return sum(map(text.count, CLOSERS)) > sum(map(text.count, OPENERS))


def _last_marks(text: str) -> str:
    """The last two characters of `text` before trailing whitespace and closing marks."""
    return text.rstrip().rstrip(CLOSERS)[-2:]


def ends_sentence(text: str) -> bool:
    """True when `text` ends with a sentence terminator, possibly followed by closing marks; a
    period (. or ．) counts after a Chinese character or a percent sign, where it can be nothing
    else (`主要表现在以下几个方面.`; `3.5%.`), not after a Latin word or a number.

    >>> ends_sentence("发展新质生产力。”"), ends_sentence("以下几个方面. "), ends_sentence("Fig. 3.")
    (True, True, False)
    """
    marks = _last_marks(text)
    if not marks:
        return False
    return marks[-1] in TERMINATORS or (marks[-1] in ".．" and len(marks) == 2
                                        and (is_han(marks[0]) or marks[0] in "%％"))


def ends_question(text: str) -> bool:
    """True when `text` ends with a question mark, possibly followed by closing marks."""
    return _last_marks(text)[-1:] in ("？", "?")


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without its leading and trailing whitespace (empty when all whitespace)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
