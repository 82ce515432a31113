"""The literal prefilter in front of the theme lexicon: it may only skip patterns that cannot match."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nqp_corpus.annotate import themes
from nqp_corpus.annotate.prefilter import LiteralGate, required_literals
from nqp_corpus.catalogue import load_catalogue
from nqp_corpus.reader import read_raw
from nqp_corpus.script import HANT, converter

RAW = Path(__file__).resolve().parents[1] / "raw"


@pytest.mark.parametrize("pattern, expected", [
    ("高质量发展", {"高质量发展"}),
    ("新质生产力.{0,8}(本质|内涵)", {"新质生产力"}),  # the longer literal is the more selective
    ("(存在|面临)[^。；]{0,30}(问题|短板)", {"存在", "面临"}),  # a tie: the first of equals
    ("(省|市)(委|政府)|城市", {"委", "政府", "城市"}),  # branches: the union
    ("蒸汽?机", {"蒸"}),  # 汽 is optional, and so is the literal "蒸汽"
    ("(?:数字){1,3}化", {"数字"}),  # repeated at least once: the body is required
    ("(?<!数字)产业化", {"产业化"}),  # a lookbehind requires nothing, the rest does
    (r"\bAI\b|ＡＩ", {"AI", "ＡＩ"}),
])
def test_required_literals_of_examples(pattern, expected):
    assert required_literals(re.compile(pattern)) == expected


@pytest.mark.parametrize("pattern", [
    "[省市]委?",  # a class: no single literal is required
    "(?:数字)?化?",  # everything optional
    "人工智能|[大小]型?",  # one alternative has no literal, so the union is not required
    "(?i)ai",  # case-insensitive: a literal would have to be matched in every case
    "(?i:ai)",
])
def test_no_literal_is_claimed_when_none_is_required(pattern):
    assert required_literals(re.compile(pattern)) is None


def _simplified_lines() -> list[str]:
    lines = []
    for name, entry in load_catalogue(RAW).items():
        text = read_raw(RAW / name, entry).text
        if entry.get("script") == HANT:
            text = converter("hk2s").convert(text)
        lines += [line for line in text.splitlines() if line.strip()]
    return lines


def test_gate_never_rules_out_a_lexicon_pattern_that_matches_seed_text():
    lex = themes.load_lexicon()
    patterns = [lex.terms[tid][i][0] for tid, i in lex.gate_owners]
    lines = _simplified_lines()
    checked = matched = skipped = 0
    for line in lines:
        allowed = set(lex.gate.candidates(line))
        for index, pattern in enumerate(patterns):
            checked += 1
            if pattern.search(line):
                matched += 1
                assert index in allowed, (pattern.pattern, line)
            elif index not in allowed:
                skipped += 1
    assert matched > 1000  # the check saw real matches ...
    assert skipped > 0.8 * (checked - matched)  # ... and the gate rules out most non-matching pairs


TRICKY = [re.compile(p) for p in (
    "ab|c", "a(b|c)d", "(ab)+c?", "(?:a|bc){2}", "a.{0,2}b", "(?<!a)bc", "b(?=c)", "[ab]c|ca",
    "(a|b)(c|ab)", "a?b?c", r"\bab", "(?:ab)*c",
)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abc。", max_size=12))
def test_gate_is_sound_on_arbitrary_text(text):
    gate = LiteralGate(TRICKY)
    allowed = set(gate.candidates(text))
    for index, pattern in enumerate(TRICKY):
        if pattern.search(text):
            assert index in allowed, (pattern.pattern, text)
