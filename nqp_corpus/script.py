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

Simplified sources: text = text_original plus punctuation; text_traditional = s2t(original), word
by word (`traditional_by_words`, a stage after the word tokens: OpenCC matches its phrase table on
the running text, and a phrase that spans two words converts both wrongly: 把握|发展 became 把握髮展
through 握发 'wash one's hair', 企业家|具有 企業傢俱有 through 家具 'furniture').
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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np
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


_PIECE_BREAK = "\n"


# OpenCC's s2hk and s2tw are s2t's tables followed by the region's variants table (the conversion
# chain of their configs). Built on their own, they load s2t's phrase table again (~20 and ~4 CPU
# ms after s2t), where t2hk and t2tw load only the variants (<1 ms): a fixed cost of every process
# (the layout cues and the script detection use both; cues and converters of a fresh process:
# 0.214-0.227 -> 0.191-0.198 CPU s). The same output: a test compares them on every BMP Han
# character and on the seeds' words and blocks.
CONFIG_STEPS = {"s2hk": ("s2t", "t2hk"), "s2tw": ("s2t", "t2tw")}


def convert_each(config: str, pieces: Sequence[str]) -> list[str]:
    """OpenCC `config` over each piece on its own, in one call: the pieces are joined by line
    breaks, which no entry of OpenCC's tables holds, so no phrase can match across two pieces.
    No piece may hold a line break.

    >>> convert_each("s2t", ["把握", "发展"]), converter("s2t").convert("把握发展")  # 握发 'wash hair'
    (['把握', '發展'], '把握髮展')
    """
    text = _PIECE_BREAK.join(pieces)
    for step in CONFIG_STEPS.get(config, (config,)):
        text = converter(step).convert(text)
    out = text.split(_PIECE_BREAK)
    if len(out) != len(pieces):
        broken = next(piece for piece in pieces if _PIECE_BREAK in piece)
        raise ValueError(f"a line break inside a piece to convert: {broken[:40]!r}")
    return out


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


def _char_classes(chars: list[str]) -> list[int]:
    """Each character's class: +1 Traditional-only, -1 Simplified-only, 0 shared or not telling.
    None of them may be a line break.

    One OpenCC call per config for all the characters (convert_each), each converted as if alone (a
    test compares every BMP Han character with its own call). Every distinct Han character of the corpus is new once; one call per
    character and config cost ~0.025 CPU s more on the seeds."""
    if not chars:
        return []
    changed = {config: [a != b for a, b in zip(chars, convert_each(config, chars))]
               for config in ("t2s", "hk2s", "s2t", "s2hk", "s2tw")}
    return [1 if changed["t2s"][i] or changed["hk2s"][i]
            else -1 if changed["s2t"][i] and changed["s2hk"][i] and changed["s2tw"][i] else 0
            for i in range(len(chars))]


_UNMET = 2  # in _ClassCache.table: a Han character whose class is not computed yet


class _ClassCache:
    """_char_classes of every Han character met so far in this process, in a table indexed by code
    point (characters outside HAN_RANGES are 0, never telling).

    A text is counted in numpy: its code points index the table, and only Han characters never met
    before go to OpenCC, in one batch. On the 5 raw files, warm, 7.8 -> 0.4 ms per copy against the
    regex scans this replaced (a match per telling character, each a new one-character string).
    """

    def __init__(self) -> None:
        self.table = np.zeros(0x110000, dtype=np.int8)
        for lo, hi in HAN_RANGES:
            self.table[lo:hi + 1] = _UNMET

    def counts(self, text: str) -> tuple[int, int]:
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        classes = self.table[codes]
        unmet = np.unique(codes[classes == _UNMET])
        if len(unmet):
            self.table[unmet] = _char_classes([chr(cp) for cp in unmet.tolist()])
            classes = self.table[codes]
        return int(np.count_nonzero(classes == 1)), int(np.count_nonzero(classes == -1))


@lru_cache(maxsize=None)
def _class_cache() -> _ClassCache:
    return _ClassCache()


def script_counts(text: str) -> tuple[int, int]:
    """(Traditional-only, Simplified-only) Han character counts of `text` (see _char_classes)."""
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
        if trad_cfg == "original":
            block.text_traditional = src  # else traditional_by_words, once the words are known

    doc.metadata.update({
        "script": script,
        "script_mixed": found.mixed,
        "script_counts": {"traditional_only": found.trad, "simplified_only": found.simp},
        "opencc_config": simp_cfg,
        "opencc_config_traditional": trad_cfg,
        "opencc_phrase_fixes": fixes,
    })


def words_of(block: Block) -> list[str]:
    """The block's text_original cut before each word (sentence token) and each sentence but the
    first; whitespace stays with the word before it."""
    text, original = block.text, block.text_original
    same = text == original  # all but a few blocks: the tokens are the original's words as they are
    words, at = [], 0
    for sentence in block.sentences:
        if sentence.char_start > at:
            words.append(original[at:sentence.char_start])
        tokens = sentence.tokens
        if same and sum(map(len, tokens)) == len(sentence.text):  # no whitespace left out
            words.extend(tokens)
        else:
            starts, start = [], sentence.char_start
            for token in tokens:
                start = text.index(token, start)
                starts.append(start)
                start += len(token)
            cuts = [sentence.char_start, *starts[1:], sentence.char_end]
            words.extend(original[a:b] for a, b in zip(cuts, cuts[1:]))
        at = sentence.char_end
    if at < len(original):
        words.append(original[at:])
    return words


def traditional_by_words(doc: Document) -> None:
    """text_traditional of a Simplified (or mixed) source: s2t of text_original word by word, along
    the sentence tokens, so that a token's Traditional form is the token converted on its own.
    One OpenCC call per block (convert_each)."""
    config = doc.metadata["opencc_config_traditional"]
    if config == "original":
        return
    for block in doc.blocks:
        src = block.text_original
        trad = "".join(convert_each(config, words_of(block)))
        block.text_traditional = _checked(block, config, src, trad, doc)
