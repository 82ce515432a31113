"""Word tokens with rjieba (Rust port of jieba) and a domain dictionary under version control.

Tokens are computed on the Simplified `text` of a block or sentence; whitespace tokens are dropped.
Traditional text maps by offset: every script conversion preserves length in code points, so the
span (start, end) of a token in `text` (see `token_spans`) is the same span in `text_original` and
`text_traditional`; e.g. text_traditional[start:end] is the token in Traditional script.

The dictionary (schema/domain_terms.txt) is added to a private `rjieba.Jieba()` instance (the module
level `rjieba.cut` is left untouched). rjieba's `add_word(word, freq, tag)` takes all three arguments
positionally; `None` is accepted for freq (jieba then suggests one) and tag. We pass an explicit,
large frequency instead: with every domain term at `DEFAULT_FREQ` (~1.4e-3 of the total), a listed
term beats any segmentation that splits it, and because a longer term never has a lower frequency
than a listed term nested inside it, the longer term wins (one token costs less than two or more).
What the dictionary cannot do: two listed terms that *overlap* without nesting (科技创新 + 创新驱动
in 科技创新驱动) cannot both be whole; jieba keeps one of them.

A listed term written with `|` (`科技|创新`, `新|动能`, `全面|深化|改革`) is a domain collocation: jieba
reads it as one word, as any listed term, and it is counted as a domain term (`terms`), but its tokens
are the words it is written as, since the token standard (tests/gold/README_tokens.md) splits
compositional modifier + head compounds and verbal slogans. `terms` lists every listed term and
collocation of a text in order (a term holding another counts once, as the longer).

The segmenter also holds the few ordinary words jieba lacks that the standard writes as one
(`words` in schema/word_granularity.yaml: 十八大). jieba's words then go through `granularity.refine`
(dates one word, number words split from their measure words, a number's % and a range's dash
tokens of their own, —— and R&D one token), `granularity.hand_set_pieces` (words every labeller of
the hand-set token files cut otherwise: 科研|院所, 基础设施 whole), `granularity.made_up_pieces` (words jieba's HMM made up around a
function word: 这篇大 → 这|篇|大), `granularity.compound_pieces` (产业结构 → 产业|结构),
`granularity.prefix_pieces` (高质量 → 高|质量), `granularity.suffix_pieces` (来自于 → 来自|于),
`granularity.adverb_prefix_pieces` (相适应 → 相|适应) and `granularity.pair_pieces` (更是 → 更|是),
none of which splits a listed term, and
`granularity.join_bound_suffixes` (定制|化 → 定制化).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import rjieba

from .granularity import (adverb_prefix_pieces, compound_pieces, hand_set_pieces, join_bound_suffixes, joined_date,
                          load_rules, made_up_pieces, pair_pieces, prefix_pieces, refine, suffix_pieces)

TERMS_PATH = Path(__file__).resolve().parent.parent / "schema" / "domain_terms.txt"
DEFAULT_FREQ = 100_000  # jieba's own dictionary totals ~6e7; 的 is ~3.2e5, 发展 ~6.9e4
DEFAULT_TAG = "nz"  # jieba's tag for other proper nouns / terms
# The sum of the frequencies in rjieba 0.2.2's own dictionary: a word's probability is its frequency
# over this (tests/test_tokens.py checks it against rjieba's suggest_freq).
JIEBA_TOTAL = 60_101_967
_WHITESPACE = re.compile(r"\s")  # what str.strip strips (str.isspace), as the regex engine sees it


class TermListError(ValueError):
    """schema/domain_terms.txt is malformed."""


@dataclass(frozen=True)
class Term:
    word: str
    freq: int
    tag: str
    tokens: tuple[str, ...]  # (word,) for a term kept whole; a collocation's words


def parse_terms(lines: list[str], origin: str = "<terms>") -> list[Term]:
    """Parse `term [freq] [tag]` lines ('#' comments); validate duplicates and nested frequencies."""
    terms: dict[str, Term] = {}
    for n, line in enumerate(lines, 1):
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        if len(fields) > 3:
            raise TermListError(f"{origin}:{n}: want 'term [freq] [tag]', got {line!r}")
        tokens = tuple(fields[0].split("|"))
        if not all(tokens):
            raise TermListError(f"{origin}:{n}: empty word in {fields[0]!r}")
        word, freq, tag = "".join(tokens), DEFAULT_FREQ, DEFAULT_TAG
        rest = fields[1:]
        if rest and rest[0].isdigit():
            freq = int(rest.pop(0))
        if rest:
            tag = rest.pop(0)
        if rest:
            raise TermListError(f"{origin}:{n}: bad frequency in {line!r}")
        if len(word) < 2:
            raise TermListError(f"{origin}:{n}: single-character term {word!r}")
        if word in terms:
            raise TermListError(f"{origin}:{n}: duplicate term {word!r}")
        terms[word] = Term(word, freq, tag, tokens)
    for outer in terms.values():
        for inner in terms.values():
            if inner.word != outer.word and inner.word in outer.word and inner.freq > outer.freq:
                raise TermListError(
                    f"{origin}: {outer.word!r} (freq {outer.freq}) must not be rarer than "
                    f"{inner.word!r} (freq {inner.freq}) nested inside it")
    return list(terms.values())


@lru_cache(maxsize=None)
def domain_terms(path: Path = TERMS_PATH) -> tuple[Term, ...]:
    return tuple(parse_terms(path.read_text(encoding="utf-8").splitlines(), str(path)))


@lru_cache(maxsize=None)
def segmenter() -> rjieba.Jieba:
    """One segmenter per process, jieba's default dictionary plus the domain terms and the words the
    granularity rules add (十八大)."""
    jieba = rjieba.Jieba()
    for term in domain_terms():
        jieba.add_word(term.word, term.freq, term.tag)
    rules = load_rules()
    for word in rules.words:
        jieba.add_word(word, rules.word_frequency, "n")
    return jieba


@lru_cache(maxsize=None)
def _term_words() -> frozenset[str]:
    return frozenset(term.word for term in domain_terms())


@lru_cache(maxsize=None)
def _collocations() -> dict[str, tuple[str, ...]]:
    return {term.word: term.tokens for term in domain_terms() if len(term.tokens) > 1}


class _JiebaLexicon:
    """The segmenter's dictionary as granularity.compound_pieces reads it."""

    def __init__(self, jieba: rjieba.Jieba) -> None:
        self.jieba = jieba

    def has_word(self, word: str) -> bool:
        return self.jieba.has_word(word)

    def tag(self, word: str) -> str | None:
        """The dictionary's part-of-speech tag of `word` (None unless jieba reads it as one word)."""
        tagged = self.jieba.tag(word)
        return tagged[0][1] if len(tagged) == 1 else None

    def log_prob(self, word: str) -> float:
        # suggest_freq of a dictionary word is its frequency + 1 (the max of its own frequency and
        # that of its cut, itself, + 1); a listed domain term's is the frequency we gave it
        return math.log(max(self.jieba.suggest_freq(word) - 1, 1)) - math.log(JIEBA_TOTAL)


@lru_cache(maxsize=1 << 16)
def _pieces(word: str) -> tuple[str, ...]:
    """`word` at the standard's granularity of compounds and affixes: most such words recur, so
    each is looked at once."""
    lexicon, rules, terms = _JiebaLexicon(segmenter()), load_rules(), _term_words()
    pieces = (hand_set_pieces(word, rules) or made_up_pieces(word, lexicon, rules, terms)
              or compound_pieces(word, lexicon, rules, terms) or prefix_pieces(word, lexicon, rules, terms)
              or suffix_pieces(word, lexicon, rules, terms)
              or adverb_prefix_pieces(word, lexicon, rules, terms) or [word])
    # a word pair may also be a piece of a longer word of jieba's (摆在首位 → 摆在|首位 → 摆|在|首位)
    return tuple(part for piece in pieces for part in (pair_pieces(piece, rules, terms) or [piece]))


def _units(text: str) -> list[str]:
    """jieba's words at the standard's granularity of numbers, marks, made-up words, compounds,
    affixes and pairs (see granularity), listed terms and collocations whole: a partition of `text`."""
    words = refine(text, segmenter().cut(text), _term_words())  # a new list: spliced in place below
    rules = load_rules()
    shortest, suffixes = rules.compound_min_length, rules.suffixes
    prefixes = rules.prefixes | rules.adverb_prefixes
    edges = rules.function_words
    candidates = [i for i, word in enumerate(words) if len(word) >= shortest
                  or (len(word) == 3 and (word[0] in prefixes or word[2] in suffixes))
                  or (1 < len(word) < 4 and (word[0] in edges or word[-1] in edges))]  # made up by the HMM?
    # one more test in the loop above cost 3-6 ms per copy of the seeds; the pair words (更是, 很大) and
    # the hand-set words are in a few sentences in a hundred, found by a C-level set test first
    if not rules.looked_up.isdisjoint(words):
        candidates = sorted({*candidates, *(i for i, word in enumerate(words) if word in rules.looked_up)})
    # back to front, so that a splice leaves the indexes before it as they were; splicing the few
    # candidates costs less than rebuilding every list (tokenising the seeds' sentences: +5 ms per
    # copy against +10 ms)
    for i in reversed(candidates):
        pieces = _pieces(words[i])
        if len(pieces) > 1:
            # a first piece may be the unit of the number before it: 22|日至 → 22日|至
            date = joined_date(words[i - 1], pieces[0], rules) if i else None
            if date is None:
                words[i:i + 1] = pieces
            else:
                words[i - 1:i + 1] = [date, *pieces[1:]]
    return words


def _words(units: list[str], text: str, terms: list[str]) -> list[str]:
    """The tokens of `text` from its units: each collocation among `terms` (listed terms and
    collocations of the units, in order) as its words, bound suffixes joined to their word
    (granularity.join_bound_suffixes)."""
    words = units
    collocations = _collocations()
    # found by C-level filter and index, not a Python loop over every word: tokenising the seeds'
    # sentences took 0.049 s per copy before collocations, 0.063 with such a loop
    found = list(filter(collocations.__contains__, terms))
    if found:
        words, at = list(units), 0
        for unit in found:
            at = words.index(unit, at)
            words[at:at + 1] = collocations[unit]
            at += len(collocations[unit])
    rules = load_rules()
    if not rules.bound_suffixes.isdisjoint(text):
        words = join_bound_suffixes(words, rules, _term_words())
    return words


def _terms(units: list[str]) -> list[str]:
    return list(filter(_term_words().__contains__, units))


def token_spans(text: str, whole_collocations: bool = False) -> list[tuple[int, int]]:
    """(start, end) code-point offsets of the non-whitespace tokens of `text` (with
    `whole_collocations`, a collocation's span is one, as a listed term's)."""
    units = _units(text)
    spans, start = [], 0
    for word in _words(units, text, [] if whole_collocations else _terms(units)):
        if word.strip():
            spans.append((start, start + len(word)))
        start += len(word)
    return spans


def _drop_whitespace(text: str, words: list[str]) -> list[str]:
    # The tokens partition the text, so only a text with whitespace (12 of the seeds' 4,962
    # sentences) has whitespace tokens to drop; skipping the filter otherwise saves ~0.01 s per copy.
    return words if _WHITESPACE.search(text) is None else [w for w in words if w.strip()]


def tokenize(text: str) -> list[str]:
    """Non-whitespace tokens of Simplified `text`."""
    return tokens_and_terms(text)[0]


def tokens_and_terms(text: str) -> tuple[list[str], list[str]]:
    """tokenize(text), and the listed terms and collocations of `text` in order."""
    units = _units(text)
    terms = _terms(units)
    return _drop_whitespace(text, _words(units, text, terms)), terms
