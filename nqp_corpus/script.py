"""Script detection and normalisation with OpenCC.

Each block gets three parallel texts of the same length in code points, so that every offset
(sentences, tokens, dates) is valid in all three and maps back to the raw file through
`block.offsets`:

    text_original     cleaned text in the source script (never rewritten here)
    text              Simplified, mainland punctuation            -> the text everything is computed on
    text_traditional  Traditional

Detection: per document, count Han characters that only Traditional writing uses (OpenCC t2s or
hk2s changes them) against characters that only Simplified writing uses (s2t, s2hk and s2tw all
change them; requiring all three keeps 群/台/峰, which s2t alone rewrites but Hong Kong and Taiwan
write as is, out of the Simplified count). The majority script wins; the document is *mixed* when the
minority holds more than `MIXED_SHARE` of the telling characters and at least `MIXED_MIN_CHARS` of
them, so one stray character never makes a document mixed. With fewer than `MIN_EVIDENCE` telling
characters the catalogue's declared script is kept.

Traditional (Hong Kong) sources: text = hk2s(original) then the reviewed phrase list
(schema/opencc_phrases.tsv, e.g. 随著 -> 随着; OpenCC leaves 著 ambiguous), then punctuation;
text_traditional = text_original (Traditional is never regenerated from Simplified: s2hk(hk2s(x))
does not round-trip, e.g. 說/説, 群/羣, 并 -> 併/並).

Simplified sources: text = text_original plus punctuation; text_traditional = s2t(original).
s2t rather than s2hk/s2tw: these sources have no Traditional region, and s2t gives OpenCC's
region-neutral standard forms, which is what t2s inverts; s2hk would pretend a Hong Kong spelling.
For a *mixed* Simplified-majority document, text = t2s(original) (+ phrase list) so that the
Traditional minority is normalised too.

Punctuation policy (text only): 「」 -> “” and 『』 -> ‘’ (mainland convention), in every
document's `text`, Traditional or Simplified source alike. text_original keeps the source's marks
and text_traditional keeps them too (「」 for Hong Kong sources, “” for Simplified ones). No other
punctuation is touched, and whole texts are never NFKC-folded (that rewrites ，；？（） and lengths).

Every conversion must preserve length in code points; `LengthChangedError` names the block if one
does not. Converters cannot be pickled: each process builds its own through an lru_cache.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import opencc

from .model import Block, Document, RawFile

log = logging.getLogger(__name__)

HANT, HANS = "zh-Hant", "zh-Hans"
MIXED_SHARE = 0.10  # minority share above which a document is mixed (i.e. dominant share < 0.9)
MIXED_MIN_CHARS = 5  # ... and at least this many minority characters
MIN_EVIDENCE = 10  # fewer telling characters than this: keep the declared script

PHRASES_PATH = Path(__file__).resolve().parent.parent / "schema" / "opencc_phrases.tsv"
PUNCTUATION = {"「": "“", "」": "”", "『": "‘", "』": "’"}  # corner brackets -> mainland quotes


class LengthChangedError(ValueError):
    """A conversion changed a text's length in code points, which would break block offsets."""


class PhraseListError(ValueError):
    """schema/opencc_phrases.tsv is malformed."""


@lru_cache(maxsize=None)
def converter(config: str) -> opencc.OpenCC:
    """One converter per config and process (they cannot be pickled)."""
    # The binding's default turns on rare astral 'tofu-risk' variants; we want plain BMP output.
    return opencc.OpenCC(config, include_tofu_risk_dictionaries=False)


# ---------------------------------------------------------------- phrase list

@dataclass(frozen=True)
class PhraseList:
    table: dict[str, str]
    pattern: re.Pattern[str] | None

    def apply(self, text: str) -> tuple[str, int]:
        """Leftmost-longest replacement in one pass; returns (text, number of changed matches)."""
        if self.pattern is None:
            return text, 0
        changed = 0

        def sub(m: re.Match[str]) -> str:
            nonlocal changed
            out = self.table[m.group()]
            changed += out != m.group()
            return out

        return self.pattern.sub(sub, text), changed


def parse_phrases(lines: list[str], origin: str = "<phrases>") -> PhraseList:
    """Parse and validate TSV rows `source<TAB>target<TAB>note` (header row and # comments skipped)."""
    table: dict[str, str] = {}
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line.strip() or line.startswith("#") or line.startswith("source\t"):
            continue
        fields = line.split("\t")
        if len(fields) != 3 or not fields[0] or not fields[1]:
            raise PhraseListError(f"{origin}:{n}: want 3 tab-separated fields with source and target")
        src, dst, _note = fields
        if len(src) != len(dst):
            raise PhraseListError(f"{origin}:{n}: {src!r} -> {dst!r} changes length")
        if src in table:
            raise PhraseListError(f"{origin}:{n}: duplicate source {src!r}")
        if src != src.strip() or dst != dst.strip():
            raise PhraseListError(f"{origin}:{n}: stray whitespace in {src!r} / {dst!r}")
        table[src] = dst
    if not table:
        return PhraseList({}, None)
    # Python alternation takes the first alternative that matches: longest first = leftmost-longest.
    alternatives = sorted(table, key=lambda s: (-len(s), s))
    return PhraseList(table, re.compile("|".join(map(re.escape, alternatives))))


@lru_cache(maxsize=None)
def phrase_list(path: Path = PHRASES_PATH) -> PhraseList:
    return parse_phrases(path.read_text(encoding="utf-8").splitlines(), str(path))


# ---------------------------------------------------------------- detection

HAN_RANGES = ((0x3400, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x10FFFF))  # code points counted as Han


def _char_class(ch: str) -> int:
    """+1 Traditional-only, -1 Simplified-only, 0 shared or not telling."""
    if converter("t2s").convert(ch) != ch or converter("hk2s").convert(ch) != ch:
        return 1
    if all(converter(c).convert(ch) != ch for c in ("s2t", "s2hk", "s2tw")):
        return -1
    return 0


def _any_of(chars: Iterable[str]) -> re.Pattern[str]:
    """A regex matching any one of `chars` (nothing if there are none)."""
    chars = sorted(chars)
    return re.compile("[" + re.escape("".join(chars)) + "]" if chars else "(?!)")


def _han_except_pattern(known: Iterable[str]) -> re.Pattern[str]:
    """A character class of the Han characters (HAN_RANGES) not in `known`, as ranges."""
    gaps = []
    for lo, hi in HAN_RANGES:
        start = lo
        for cp in sorted(cp for cp in map(ord, known) if lo <= cp <= hi):
            if cp > start:
                gaps.append((start, cp - 1))
            start = cp + 1
        if start <= hi:
            gaps.append((start, hi))
    return re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in gaps) + "]")


@dataclass(frozen=True)
class _Snapshot:
    """Regexes over the classes known at one moment: every Han character is matched by exactly one
    of trad / simp / other / unknown (`other`, the known non-telling ones, is never scanned)."""
    size: int
    trad: re.Pattern[str]
    simp: re.Pattern[str]
    unknown: re.Pattern[str]


class _ClassCache:
    """_char_class of each Han character met so far in this process, and a snapshot of it as regexes.

    A document is counted by scanning for the snapshot's telling characters in the regex engine;
    only characters outside the snapshot (new or recently learned, so few) go through a Counter and
    the dictionary. On the 5 seeds, warm: 0.034-0.037 -> 0.016-0.020 CPU s per copy, the Counter over
    every character of the text being the cost saved. The snapshot is rebuilt when the cache
    has doubled since (a few ms per rebuild, a handful of rebuilds per process).
    """

    MIN_REBUILD = 512  # classes learned before the first snapshot with any characters in it

    def __init__(self) -> None:
        self.classes: dict[str, int] = {}
        self.snapshot = self._take()

    def _take(self) -> _Snapshot:
        by_class: dict[int, list[str]] = {1: [], -1: [], 0: []}
        for ch, c in self.classes.items():
            by_class[c].append(ch)
        return _Snapshot(len(self.classes), _any_of(by_class[1]), _any_of(by_class[-1]),
                         _han_except_pattern(self.classes))

    def counts(self, text: str) -> tuple[int, int]:
        snap = self.snapshot
        trad, simp = len(snap.trad.findall(text)), len(snap.simp.findall(text))
        for ch, n in Counter(snap.unknown.findall(text)).items():
            c = self.classes.get(ch)
            if c is None:
                c = self.classes[ch] = _char_class(ch)
            trad += n * (c == 1)
            simp += n * (c == -1)
        if len(self.classes) >= max(self.MIN_REBUILD, 2 * snap.size):
            self.snapshot = self._take()
        return trad, simp


@lru_cache(maxsize=None)
def _class_cache() -> _ClassCache:
    return _ClassCache()


def script_counts(text: str) -> tuple[int, int]:
    """(Traditional-only, Simplified-only) Han character counts of `text` (see _char_class)."""
    return _class_cache().counts(text)


@dataclass(frozen=True)
class Detection:
    script: str | None  # None when there is too little evidence
    mixed: bool
    trad: int
    simp: int


def detect_script(text: str) -> Detection:
    trad, simp = script_counts(text)
    total = trad + simp
    if total < MIN_EVIDENCE:
        return Detection(None, False, trad, simp)
    script = HANT if trad > simp else HANS
    minority = min(trad, simp)
    mixed = minority / total > MIXED_SHARE and minority >= MIXED_MIN_CHARS
    return Detection(script, mixed, trad, simp)


# ---------------------------------------------------------------- conversion

def _checked(block: Block, label: str, before: str, after: str, doc: Document) -> str:
    if len(after) != len(before):
        raise LengthChangedError(
            f"{label} changed length {len(before)} -> {len(after)} in {doc.source_file} block "
            f"raw {block.raw_start}-{block.raw_end} (lines {block.line_start}-{block.line_end}): "
            f"{before[:40]!r}"
        )
    return after


def to_simplified(text: str, config: str) -> tuple[str, int]:
    """OpenCC T->S then the reviewed phrase list; returns (text, phrase fixes)."""
    return phrase_list().apply(converter(config).convert(text))


def mainland_quotes(text: str) -> str:
    """Corner-bracket quotes as mainland quotation marks (PUNCTUATION), one for one.

    >>> mainland_quotes("「新質」與『生產力』")
    '“新質”與‘生產力’'
    """
    for corner, quote in PUNCTUATION.items():  # str.replace, not str.translate: ~25x faster here
        text = text.replace(corner, quote)
    return text


def normalise_document(raw: RawFile, doc: Document) -> None:
    declared = raw.entry.get("script") or doc.metadata.get("script")
    found = detect_script("".join(b.text_original for b in doc.blocks))
    script = found.script or declared or HANS
    if found.script and declared and found.script != declared:
        log.warning("%s: declared %s but detected %s (trad=%d simp=%d)",
                    doc.source_file, declared, found.script, found.trad, found.simp)
        doc.metadata["script_declared"] = declared

    if script == HANT:
        simp_cfg, trad_cfg = "hk2s", "original"
    elif found.mixed:
        simp_cfg, trad_cfg = "t2s", "s2t"
    else:
        simp_cfg, trad_cfg = "original", "s2t"

    fixes = 0
    for block in doc.blocks:
        src = block.text_original
        simp = src
        if simp_cfg != "original":
            simp, n = to_simplified(src, simp_cfg)
            fixes += n
            _checked(block, simp_cfg, src, simp, doc)
        block.text = _checked(block, "punctuation", src, mainland_quotes(simp), doc)
        trad = src if trad_cfg == "original" else converter(trad_cfg).convert(src)
        block.text_traditional = _checked(block, trad_cfg, src, trad, doc)

    doc.metadata.update({
        "script": script,
        "script_mixed": found.mixed,
        "script_counts": {"traditional_only": found.trad, "simplified_only": found.simp},
        "opencc_config": simp_cfg,
        "opencc_config_traditional": trad_cfg,
        "opencc_phrase_fixes": fixes,
    })
