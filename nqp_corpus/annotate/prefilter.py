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
    ['城市', '委', '政府']
    >>> required_literals(re.compile("[省市]委?")) is None
    True
"""
from __future__ import annotations

import re
from re import _constants as sre  # the parse tree of Python's own engine: no second regex dialect
from re import _parser as sre_parse
from typing import Sequence

import ahocorasick_rs

Literals = frozenset[str]
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required_literals(pattern: re.Pattern[str]) -> Literals | None:
    """Literals one of which occurs in every match of `pattern`, or None when no such set is known
    (the pattern then has to be tried on every text)."""
    if pattern.flags & re.IGNORECASE:
        return None  # a literal would have to be matched in every case variant
    return _sequence(sre_parse.parse(pattern.pattern, pattern.flags))


def _sequence(items) -> Literals | None:
    """A sequence's every match contains a match of each of its items: any item's set will do, so
    take the most selective (longest shortest literal, then fewest literals)."""
    options: list[Literals] = []
    run = ""
    for op, arg in list(items) + [(None, None)]:
        if op is sre.LITERAL:
            run += chr(arg)  # adjacent literal characters are one literal
            continue
        if run:
            options.append(frozenset([run]))
            run = ""
        found = _item(op, arg)
        if found:
            options.append(found)
    if not options:
        return None
    return max(options, key=lambda lits: (min(map(len, lits)), -len(lits)))


def _item(op, arg) -> Literals | None:
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
    return None  # classes, `.`, anchors, lookarounds, optional parts: no literal is required


class LiteralGate:
    """For patterns[i] in order: `candidates(text)` is the sorted indexes of those that may match."""

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
        self._automaton = ahocorasick_rs.AhoCorasick(self._literals) if self._literals else None

    def candidates(self, text: str) -> list[int]:
        found = set(self._always)
        if self._automaton is not None:
            for literal, _, _ in self._automaton.find_matches_as_indexes(text, overlapping=True):
                found.update(self._owners[literal])
        return sorted(found)
