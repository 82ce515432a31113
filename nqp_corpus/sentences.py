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
  corpus, stay joined: "TFP. The end." is one sentence.) After a Han character or a percent sign,
  where it cannot be a decimal point or an abbreviation, it ends a sentence before the same
  (Chinese set with Latin punctuation: 方面.一是; 增长3.5%.同时). A reference list in GB/T 7714
  style (习近平.论科技自立自强[M].) splits at its periods too.
* Semicolons ；; and colons ：: never split; nor do list markers such as （一） or 一、.
* Text without any terminator is one sentence; empty or whitespace-only text has none.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable

from .clean.chars import trim_span
from .model import Document, Sentence
from .tokens import tokens_and_terms

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
CLOSER_TO_OPENER = {c: o for o, c in PAIRS.items()}


def _any_of(chars: Iterable[str]) -> str:
    """A regex character class matching any one of `chars`."""
    return "[" + re.escape("".join(sorted(chars))) + "]"


# The scans below run in the regex engine rather than in a Python loop over every character of a
# block: most characters are none of these marks.
_BRACKET = re.compile(_any_of([*PAIRS, *PAIRS.values()]))  # any opening or closing mark of a pair
# A terminator candidate: one stop or ellipsis character, or a whole run of periods (. ．); a run of
# 3+ is an ellipsis, a single period may end a sentence, a run of two never does.
_TERMINATOR = re.compile(_any_of(STOPS | ELLIPSES) + "|" + _any_of(PERIODS) + "+")
# What directly follows a terminator and stays with its sentence: more stops/ellipses, closing marks.
_TRAILING = re.compile(_any_of(STOPS | ELLIPSES | CLOSERS) + "*")
_STOP = re.compile(_any_of(STOPS))


def _match_pairs(text: str) -> list[tuple[int, int]]:
    """(open, close) positions of properly matched bracket/quote pairs; unmatched marks ignored."""
    stack: list[tuple[str, int]] = []  # (opening mark, position)
    pairs: list[tuple[int, int]] = []
    for m in _BRACKET.finditer(text):
        ch, i = m.group(), m.start()
        if ch in PAIRS:
            stack.append((ch, i))
            continue
        want = CLOSER_TO_OPENER[ch]
        # close the innermost opener of this kind; openers above it were never closed
        for k in range(len(stack) - 1, -1, -1):
            if stack[k][0] == want:
                pairs.append((stack[k][1], i))
                del stack[k:]
                break
    return pairs


def _depth_counter(pairs: list[tuple[int, int]]) -> Callable[[int], int]:
    """k -> number of `pairs` strictly enclosing k (open < k < close).

    A pair with close <= k also has open < k, so the count is #(open < k) - #(close <= k): two
    binary searches per query, instead of a depth table over every position of the text (only the
    few positions around terminators are ever asked about).
    """
    opens = sorted(o for o, _ in pairs)
    closes = sorted(c for _, c in pairs)

    def depth(k: int) -> int:
        return bisect_left(opens, k) - bisect_right(closes, k)

    return depth


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000"


def _period_ends(text: str, i: int) -> bool:
    """Is the single period at text[i] a sentence end? (See the policy in the module docstring.)"""
    if i and (_is_han(text[i - 1]) or text[i - 1] in "%％"):
        return _opens_sentence_after(text, i + 1)  # Chinese set with Latin punctuation: 方面.一是
    j = i - 1
    while j >= 0 and text[j].isascii() and (text[j].isalpha() or text[j] == "."):
        j -= 1
    word = text[j + 1:i]
    if (not word or not word[-1].isalpha() or len(word) == 1 or word.lower() in ABBREVIATIONS
            or ROMAN.fullmatch(word)):
        return False  # after a digit, a symbol, an initial, an abbreviation or a list numeral
    return _opens_sentence_after(text, i + 1)


def _opens_sentence_after(text: str, k: int) -> bool:
    """After optional spaces from k: the end of the text, a Chinese character or an opening mark
    other than ( and [ (what may open the next sentence)."""
    while k < len(text) and text[k] in " \t":
        k += 1
    if k == len(text) or text[k] in "\r\n":
        return True
    nxt = text[k]
    return _is_han(nxt) or nxt in PAIRS and nxt not in "(["


def _terminator_size(text: str, m: re.Match[str]) -> int:
    """Length of the terminator found by _TERMINATOR at m (0 if it is none), before any closers."""
    size = m.end() - m.start()
    if text[m.start()] not in PERIODS:
        return 1  # a stop or an ellipsis character
    if size >= 3:
        return size  # ASCII ... used as an ellipsis
    if size == 1 and _period_ends(text, m.start()):
        return 1
    return 0  # a period that is not an end, or a run of two (neither period can end: see _period_ends)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Half-open sentence spans over `text` (see the module docstring for the policy)."""
    n = len(text)
    pairs = _match_pairs(text)
    depth = _depth_counter(pairs)
    titles = _depth_counter([(o, c) for o, c in pairs if text[o] in TITLES])
    ends: list[int] = []
    i = 0
    while (m := _TERMINATOR.search(text, i)) is not None:
        size = _terminator_size(text, m)
        if not size:
            i = m.end()
            continue
        i = m.start()
        j = _TRAILING.match(text, i + size).end()
        # an ellipsis stays an ellipsis only if no stop joins it (……。 ends like 。)
        is_ellipsis = ((text[i] in ELLIPSES or size >= 3)
                       and _STOP.search(text, i + size, j) is None)
        inside_title = titles(i) > 0
        quote_continues = j < n and depth(j) > 0
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
    """Fill block.sentences (offsets into block.text, tokens and terms computed on the Simplified text)."""
    for block in doc.blocks:
        sentences = []
        for s, e in split_sentences(block.text):
            text = block.text[s:e]  # sliced once, shared by the sentence and its tokens
            sentences.append(Sentence(s, e, text, *tokens_and_terms(text)))
        block.sentences = sentences
