"""Sentence splitting for Chinese text (with Latin-script words, numbers and lists inside).

`split_sentences(text)` returns half-open (start, end) offsets into `text`. The spans are in order,
never overlap, start and end on non-whitespace, and together cover every non-whitespace character;
whitespace between sentences belongs to none. Conversions between text / text_original /
text_traditional preserve length, so the offsets (computed on block.text) hold in all three.

Policy
------
* A sentence ends after a terminator: 。！？ (and their runs/combos such as ！？ or ？！), the
  ellipsis …… / … / ⋯ (and ASCII ... ), ASCII ! and ?, and an ASCII or full-width period . ．
  only where it cannot be anything else (below).
* Everything that directly follows the terminator and closes something — more terminators, closing
  quotes and brackets ”’」』）)》〉】〕］] and straight quotes — stays with the sentence it closes.
* Quotations and brackets: a terminator inside a quotation or bracket pair ends a sentence only when
  the marks right after it close *every* pair that encloses it (他说：“甲。乙。”应当…: the first 。
  does not split, the second does, after ”). With nested quotes the inner close alone is not enough.
  Pairs are matched first; an opening mark that is never closed in the text (PDF debris, OCR errors)
  does not count, so it cannot swallow the rest of a block.
* Book titles 《》〈〉 are opaque: a terminator inside a title never ends a sentence
  (阅读《何为新质生产力？》一文).
* An ellipsis followed by clause punctuation ，、；： or by 等 does not end a sentence (芯片……等).
* ASCII/full-width period: not an end after a digit (decimals 8.1%, dates 2024.3.5, list markers 1.
  and 3.1), not before a letter or digit (Mr. Li, e.g. TFP.2), not after a common abbreviation
  (Mr, Dr, No, etc, al, vs, ...), a single letter (a. / J.) or a Roman list numeral (ii. iv. ix.).
  It ends a sentence after a Latin word when followed by the end of the text, or (after optional
  spaces) by a Han character or an opening quote. (So English-to-English boundaries, rare in this
  corpus, stay joined: "TFP. The end." is one sentence.)
* Semicolons ；; and colons ：: never split; nor do list markers such as （一） or 一、.
* Text without any terminator is one sentence; empty or whitespace-only text has none.
"""
from __future__ import annotations

import re

from .clean.chars import trim_span
from .model import Document, Sentence
from .tokens import tokenize

STOPS = frozenset("。！？!?｡")
ELLIPSES = frozenset("…⋯")
PERIODS = frozenset(".．")
PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "(": ")", "《": "》", "〈": "〉",
         "【": "】", "〔": "〕", "［": "］", "[": "]", "﹁": "﹂", "﹃": "﹄"}
TITLES = frozenset("《〈")  # opaque: no sentence ends inside
CLOSERS = frozenset(PAIRS.values()) | frozenset("\"'")
CLAUSE_AFTER_ELLIPSIS = frozenset("，、；：,;:等")
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr vs etc al eg ie no nos fig figs inc ltd co corp dept vol pp ed eds"
    " jan feb mar apr jun jul aug sep sept oct nov dec u.s e.g i.e".split()
)
ROMAN = re.compile(r"(?i)x{0,3}(ix|iv|v?i{0,3})")  # list numerals i. ii. ... xxxix.


def _match_pairs(text: str) -> list[tuple[int, int]]:
    """(open, close) positions of properly matched bracket/quote pairs; unmatched marks ignored."""
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    closer_to_opener = {c: o for o, c in PAIRS.items()}
    for i, ch in enumerate(text):
        if ch in PAIRS:
            stack.append(i)
        elif ch in closer_to_opener:
            want = closer_to_opener[ch]
            # close the innermost opener of this kind; openers above it were never closed
            for k in range(len(stack) - 1, -1, -1):
                if text[stack[k]] == want:
                    pairs.append((stack[k], i))
                    del stack[k:]
                    break
    return pairs


def _depths(text: str, pairs: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """For each position k: number of pairs strictly enclosing k (open < k < close), all / titles."""
    n = len(text)
    diff = [0] * (n + 2)
    tdiff = [0] * (n + 2)
    for o, c in pairs:
        diff[o + 1] += 1
        diff[c] -= 1
        if text[o] in TITLES:
            tdiff[o + 1] += 1
            tdiff[c] -= 1
    depth, titles = [0] * (n + 1), [0] * (n + 1)
    d = t = 0
    for k in range(n + 1):
        d += diff[k]
        t += tdiff[k]
        depth[k], titles[k] = d, t
    return depth, titles


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000"


def _period_ends(text: str, i: int) -> bool:
    """Is the single period at text[i] a sentence end? (See the policy in the module docstring.)"""
    j = i - 1
    while j >= 0 and text[j].isascii() and (text[j].isalpha() or text[j] == "."):
        j -= 1
    word = text[j + 1:i]
    if (not word or not word[-1].isalpha() or len(word) == 1 or word.lower() in ABBREVIATIONS
            or ROMAN.fullmatch(word)):
        return False  # after a digit, a symbol, an initial, an abbreviation or a list numeral
    k = i + 1
    while k < len(text) and text[k] in " \t":
        k += 1
    if k == len(text) or text[k] in "\r\n":
        return True
    nxt = text[k]
    return _is_han(nxt) or nxt in PAIRS and nxt not in "(["


def _terminator_at(text: str, i: int) -> int:
    """Length of a terminator starting at i (0 if none), before any trailing closers."""
    ch = text[i]
    if ch in STOPS or ch in ELLIPSES:
        return 1
    if ch in PERIODS:
        j = i
        while j < len(text) and text[j] in PERIODS:
            j += 1
        if j - i >= 3:
            return j - i  # ASCII ... used as an ellipsis
        if j - i == 1 and _period_ends(text, i):
            return 1
    return 0


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Half-open sentence spans over `text` (see the module docstring for the policy)."""
    n = len(text)
    depth, titles = _depths(text, _match_pairs(text))
    ends: list[int] = []
    i = 0
    while i < n:
        size = _terminator_at(text, i)
        if not size:
            i += 1
            continue
        is_ellipsis = text[i] in ELLIPSES or size >= 3
        j = i + size
        while j < n and (text[j] in STOPS or text[j] in ELLIPSES or text[j] in CLOSERS):
            is_ellipsis = is_ellipsis and text[j] not in STOPS
            j += 1
        inside_title = titles[i] > 0
        quote_continues = j < n and depth[j] > 0
        clause_follows = is_ellipsis and j < n and text[j] in CLAUSE_AFTER_ELLIPSIS
        if not (inside_title or quote_continues or clause_follows):
            ends.append(j)
        i = j
    spans: list[tuple[int, int]] = []
    start = 0
    for end in ends + [n]:
        s, e = trim_span(text, start, end)
        if s < e:
            spans.append((s, e))
        start = end
    return spans


def segment_document(doc: Document) -> None:
    """Fill block.sentences (offsets into block.text, tokens computed on the Simplified text)."""
    for block in doc.blocks:
        block.sentences = [
            Sentence(s, e, block.text[s:e], tokenize(block.text[s:e]))
            for s, e in split_sentences(block.text)
        ]
