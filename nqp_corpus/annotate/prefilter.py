"""A literal prefilter for a list of regular expressions: which of them can match a text at all.

Most lexicon patterns cannot match most sentences, yet trying each one costs a regex call. For
every pattern we derive a set of literals such that each match contains at least one of them
(`required_literals`); one Aho–Corasick scan of the text for all those literals (ahocorasick_rs,
overlapping matches) then names the patterns worth running. It is a sound filter: it never rules
out a pattern that matches, it only skips patterns that cannot (the technique of RE2's and
Hyperscan's prefilters, here over Python's own regex parse tree).

    >>> import re
    >>> sorted(required_literals(re.compile("新质生产力.{0,8}(本质|内涵)")))
    ['新质生产力']
    >>> sorted(required_literals(re.compile("(省|市)(委|政府)|城市")))
    ['城市', '市委', '市政府', '省委', '省政府']
    >>> sorted(required_literals(re.compile("[「“]新[」”]")))
    ['“新”', '“新」', '「新”', '「新」']
    >>> required_literals(re.compile("[^。]委?")) is None
    True
"""
from __future__ import annotations

import re
from re import _constants as sre  # the parse tree of Python's own engine: no second regex dialect
from re import _parser as sre_parse
from typing import Iterable, Sequence

import ahocorasick_rs

Literals = frozenset[str]
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
# Exact sets are multiplied out along a sequence; past these sizes a set stops being exact (the
# literals then come from fewer items) rather than growing the automaton without bound.
MAX_EXACT = 64
MAX_CLASS = 8


def required_literals(pattern: re.Pattern[str]) -> Literals | None:
    """Literals one of which occurs in every match of `pattern`, or None when no such set is known
    (the pattern then has to be tried on every text)."""
    if pattern.flags & re.IGNORECASE:
        return None  # a literal would have to be matched in every case variant
    literals = _sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    return None if literals is None else _shortest(literals)


def literals_suffice(pattern: re.Pattern[str]) -> bool:
    """True when a text with one of required_literals(pattern) always has a match: the pattern
    matches exactly a few strings (literals, small classes, alternatives, optional parts) with no
    assertion and no possessive or atomic part (which may refuse a string its parts spell)."""
    if pattern.flags & re.IGNORECASE:
        return False
    items = sre_parse.parse(pattern.pattern, pattern.flags)
    exact = _exact_sequence(items)
    return exact is not None and "" not in exact and _plain(items)


def _plain(items) -> bool:
    """Only literals, classes, groups, alternatives and backtracking repeats, however nested."""
    for op, arg in items:
        if op is sre.SUBPATTERN:
            if not _plain(arg[3]):
                return False
        elif op is sre.BRANCH:
            if not all(map(_plain, arg[1])):
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            if not _plain(arg[2]):
                return False
        elif op is not sre.LITERAL and op is not sre.IN:
            return False
    return True


def _shortest(literals: Literals) -> Literals:
    """Without the literals that contain another one (a text with 市委 has 市): same condition."""
    kept: list[str] = []
    for literal in sorted(literals, key=len):
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    return frozenset(kept)


def _sequence(items) -> Literals | None:
    """A sequence's every match contains a match of each of its items. Runs of items with exact sets
    (`_exact`) are multiplied out ("[「“]新" -> 「新, “新), and any run's or item's set will do, so
    take the most selective (longest shortest literal, then fewest literals)."""
    options: list[Literals] = []
    run: set[str] = {""}  # the exact strings the current run of items can match
    for op, arg in list(items) + [(None, None)]:
        exact = _exact(op, arg) if op is not None else None
        if exact is not None:
            product = _concat(run, exact)
            if product is not None:
                run = product
                continue
        if "" not in run:
            options.append(frozenset(run))
        run = set(exact) if exact is not None else {""}
        found = _item(op, arg) if exact is None and op is not None else None
        if found:
            options.append(found)
    if not options:
        return None
    return max(options, key=lambda lits: (min(map(len, lits)), -len(lits)))


def _exact(op, arg) -> Literals | None:
    """Every string the item can match, when there are few: literals, small classes, optional or
    briefly repeated parts, alternatives of those; zero-width assertions match the empty string."""
    if op is sre.LITERAL:
        return frozenset([chr(arg)])
    if op in _ZERO_WIDTH:
        return frozenset([""])
    if op is sre.IN:
        chars: list[str] = []
        for member, value in arg:
            if member is sre.LITERAL:
                chars.append(chr(value))
            elif member is sre.RANGE and value[1] - value[0] < MAX_CLASS:
                chars += map(chr, range(value[0], value[1] + 1))
            else:
                return None  # negated, categories, wide ranges
        return frozenset(chars) if len(chars) <= MAX_CLASS else None
    if op is sre.SUBPATTERN:
        group, add_flags, del_flags, body = arg
        return None if add_flags & sre.SRE_FLAG_IGNORECASE else _exact_sequence(body)
    if op is sre.BRANCH:
        alternatives = [_exact_sequence(body) for body in arg[1]]
        if any(a is None for a in alternatives):
            return None
        union = frozenset().union(*alternatives)
        return union if len(union) <= MAX_EXACT else None
    if op in _REPEATS and arg[1] <= 3:  # ?, {0,2}, {2}, ...: each count multiplied out
        body = _exact_sequence(arg[2])
        if body is None:
            return None
        found, power = set(), {""}
        for count in range(arg[1] + 1):
            if count >= arg[0]:
                found |= power
            power = _concat(power, body)
            if len(found) > MAX_EXACT or power is None:
                return None
        return frozenset(found)
    return None


def _exact_sequence(items) -> Literals | None:
    strings: set[str] | None = {""}
    for op, arg in items:
        exact = _exact(op, arg)
        if exact is None:
            return None
        strings = _concat(strings, exact)
        if strings is None:
            return None
    return frozenset(strings)


def _concat(left: Iterable[str], right: Iterable[str]) -> set[str] | None:
    """Every string of `left` followed by every one of `right`; None past MAX_EXACT strings."""
    product = {a + b for a in left for b in right}
    return product if len(product) <= MAX_EXACT else None


def _item(op, arg) -> Literals | None:
    """The literals required by an item without an exact set."""
    if op is sre.SUBPATTERN:
        group, add_flags, del_flags, body = arg
        return None if add_flags & sre.SRE_FLAG_IGNORECASE else _sequence(body)
    if op is sre.ATOMIC_GROUP:
        return _sequence(arg)
    if op is sre.BRANCH:  # every alternative must offer a set: their union is required
        alternatives = [_sequence(body) for body in arg[1]]
        return frozenset().union(*alternatives) if all(alternatives) else None
    if op in _REPEATS and arg[0] >= 1:  # repeated at least once: the body's set is required
        return _sequence(arg[2])
    return None  # wide classes, `.`, optional parts: no literal is required


class LiteralGate:
    """For patterns[i] in order: `candidates(text)` is the sorted indexes of those that may match;
    of those in `sure`, a candidate does match (`literals_suffice`)."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        owners: dict[str, list[int]] = {}
        always: list[int] = []
        for index, pattern in enumerate(patterns):
            literals = required_literals(pattern)
            if literals is None:
                always.append(index)
            for literal in sorted(literals or ()):
                owners.setdefault(literal, []).append(index)
        self._literals = list(owners)
        self._owners = [owners[literal] for literal in self._literals]
        self._always = frozenset(always)
        self.sure = frozenset(i for i, pattern in enumerate(patterns) if i not in self._always
                              and literals_suffice(pattern))
        self._automaton = ahocorasick_rs.AhoCorasick(self._literals) if self._literals else None

    def candidates(self, text: str) -> list[int]:
        found = set(self._always)
        if self._automaton is not None:
            for literal, _, _ in self._automaton.find_matches_as_indexes(text, overlapping=True):
                found.update(self._owners[literal])
        return sorted(found)
