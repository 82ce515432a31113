"""Word boundaries for the layout: whether a line break falls inside a word.

A line wrapped at the width cuts words anywhere (`新质生` / `产力`); where a heading's line runs on
into the next line, or a short line stops without a sentence end, the break cutting a word says
the text goes on there. The words are the corpus's own tokens (nqp_corpus.tokens: jieba with the
domain dictionary), a domain collocation taken whole (新质生|产力 and 科技|创新 alike run on), read on
the few characters around the break, in Simplified.
"""
from __future__ import annotations

from ..script import converter
from ..tokens import token_spans

AROUND = 6  # characters on either side of the break that the segmenter reads


def cuts_a_word(before: str, after: str) -> bool:
    """Whether the break between `before` (a line's end) and `after` (the next line's start) falls
    inside one token.

    >>> cuts_a_word("助推新质生", "产力赋能产业体系"), cuts_a_word("为新质生产力保驾护航", "党的十九届五中全会")
    (True, False)
    >>> cuts_a_word("加快發展新質", "生產力賦能產業")  # read as 新质生产力, a listed term
    True
    """
    left, right = before.rstrip()[-AROUND:], after.lstrip()[:AROUND]
    if not left or not right:
        return False
    at = len(left)
    # the segmenter's dictionary is Simplified: Traditional text is read converted, where the
    # conversion keeps the length (the break stays where it is)
    text = converter("t2s").convert(left + right)
    if len(text) != len(left) + len(right):
        text = left + right
    return any(start < at < end for start, end in token_spans(text, whole_collocations=True))
