"""The literal prefilter in front of the theme lexicon: it may only skip patterns that cannot match."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import simplified_seed_lines
from nqp_corpus.annotate import themes
from nqp_corpus.annotate.prefilter import LiteralGate, literals_suffice, required_literals


@pytest.mark.parametrize("pattern, expected", [
    ("高质量发展", {"高质量发展"}),
    ("新质生产力.{0,8}(本质|内涵)", {"新质生产力"}),  # the longer literal is the more selective
    ("(存在|面临)[^。；]{0,30}(问题|短板)", {"存在", "面临"}),  # a tie: the first of equals
    ("(省|市)(委|政府)|城市", {"省委", "省政府", "市委", "市政府", "城市"}),  # multiplied out, united
    ("蒸汽?机", {"蒸机", "蒸汽机"}),  # an optional part: with and without it
    ("(?:数字){1,3}化", {"数字化"}),  # "数字数字化" contains "数字化": the shorter suffices
    ("(?:数字){1,9}化", {"数字"}),  # too many counts to multiply out: the body is required
    ("(?<!数字)产业化", {"产业化"}),  # a lookbehind matches the empty string
    (r"\bAI\b|ＡＩ", {"AI", "ＡＩ"}),
    ("[「“]新[」”]|求新.{0,2}求质", {"「新」", "「新”", "“新」", "“新”", "求新"}),  # small classes
    ("[省市]委?", {"省", "市"}),  # "省委" contains "省"
    ("人工智能|[大小]型?", {"人工智能", "大", "小"}),
    ("从 ?0 ?到 ?1", {"从0到1", "从 0到1", "从0 到1", "从0到 1", "从 0 到1", "从 0到 1", "从0 到 1",
                       "从 0 到 1"}),
    ("[a-c]x", {"ax", "bx", "cx"}),  # a short range is a small class
])
def test_required_literals_of_examples(pattern, expected):
    assert required_literals(re.compile(pattern)) == expected


@pytest.mark.parametrize("pattern", [
    "[^省市]委?",  # a negated class: no literal is required
    "[a-z]委?",  # a class too large to list
    "(?:数字)?化?",  # everything optional
    "人工智能|.型?",  # one alternative has no literal, so the union is not required
    "(?i)ai",  # case-insensitive: a literal would have to be matched in every case
    "(?i:ai)",
])
def test_no_literal_is_claimed_when_none_is_required(pattern):
    assert required_literals(re.compile(pattern)) is None


def test_gate_never_rules_out_a_lexicon_pattern_that_matches_seed_text():
    lex = themes.load_lexicon()
    patterns = [pattern for _, pattern, _ in lex.gate_terms]
    lines = simplified_seed_lines()
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
    "(a|b)(c|ab)", "a?b?c", r"\bab", "(?:ab)*c", "[ab]{2,3}c", "(?:ab?){0,2}c", "[^a]b", "[a-c]{2}",
    "a(?:b|c?)a", "(?:ab|ba){1,3}", "a?+b", "(?:ab)?+ab", "(?>a|ab)c", "a{1,2}?b", "b|c(?!a)",
)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abc。", max_size=12))
def test_gate_is_sound_on_arbitrary_text(text):
    gate = LiteralGate(TRICKY)
    allowed = set(gate.candidates(text))
    for index, pattern in enumerate(TRICKY):
        match = pattern.search(text)
        if match:
            assert index in allowed, (pattern.pattern, text)
        if index in allowed and index in gate.sure:  # a sure candidate has a non-empty match
            assert match and match.end() > match.start(), (pattern.pattern, text)


@pytest.mark.parametrize("pattern, suffices", [
    ("(省|市)(委|政府)|城市", True), ("蒸汽?机", True), ("a{1,2}?b", True),
    ("(?<!数字)产业化", False), (r"\bAI\b", False), ("生态(?!布局)", False),  # the context decides
    ("新质生产力.{0,8}内涵", False), ("a?+a", False), ("(?>a|ab)c", False),  # ".", possessive, atomic
    ("(?i)ai", False),
])
def test_literals_suffice_only_without_context_or_refusals(pattern, suffices):
    assert literals_suffice(re.compile(pattern)) is suffices
