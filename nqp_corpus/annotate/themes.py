"""Themes: multi-label, per block and per document, from a weighted lexicon (schema/themes.yaml)
read by a classifier fitted to hand-labelled blocks (nqp_corpus.annotate.theme_model).

The lexicon (deterministic): see the header of schema/themes.yaml. In short, per scoring unit
(sentence or ；-clause) and theme, evidence = sum of the weights of the distinct lexicon patterns
that match (a match that is only an item of a 、-enumeration of short items is damped); unit
probability p = min(1, evidence / saturation); block score = noisy-OR of its units' p. By itself it
would give a block a theme when its score ≥ the theme's `threshold` (default params.block_threshold;
0.5 = roughly one full sentence about the topic), times the block's length factor.
The classifier takes each theme's score relative to that line (`relative_scores`) with the block's
characters and gives each theme a probability; a block gets the themes of probability ≥ 0.5, and
`theme_scores` keeps every probability so users can choose their own threshold. A document's themes
are read from its blocks' by the document model (nqp_corpus.annotate.document_themes).

Works on Simplified text (block.text, filled by script normalisation before this stage).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ..model import Block, Document
from ..yamlfile import load_yaml
from .prefilter import LiteralGate

THEME_IDS: tuple[str, ...] = (
    "concept", "innovation", "emerging_industries", "industrial_upgrading", "digital", "green",
    "talent", "reform", "finance", "global", "regional", "agriculture", "risk",
)
SCHEMA_PATH = Path(__file__).resolve().parents[2] / "schema" / "themes.yaml"
_REQUIRED_PARAMS = ("unit_saturation", "block_threshold", "list_damping", "list_item_max_chars",
                    "content_kinds", "length_reference_chars",
                    "length_exponent", "length_factor_range")
_UNIT_END = re.compile(r"(?!\Z)[^。！？；;!?]*(?:[。！？；;!?]+[”’」』）)]*|$)")  # never empty
_ITEM_DELIMS = set("、，。；：,;:！？!?（）()“”「」『』《》\n ")
_LIST_JOINERS = set("和及与或等")
_ITEM_CHARS = re.compile("[^" + re.escape("".join(sorted(_ITEM_DELIMS | _LIST_JOINERS))) + "]*")


class LexiconError(ValueError):
    pass


@dataclass(frozen=True)
class Lexicon:
    version: int
    params: dict[str, Any]
    terms: dict[str, list[tuple[re.Pattern[str], float]]]
    masks: dict[str, list[re.Pattern[str]]]
    labels: dict[str, str]
    definitions: dict[str, str]
    thresholds: dict[str, float]
    gate: LiteralGate  # over every theme's terms, in THEME_IDS then listed order
    gate_terms: tuple[tuple[str, re.Pattern[str], float], ...]  # gate index → (theme, pattern, weight)
    list_damping: float
    list_item_max_chars: int
    length_reference: float
    length_exponent: float
    length_factor_range: tuple[float, float]
    length_scaled: frozenset[str]  # the themes whose threshold scales with the block's length


def validate(data: dict[str, Any]) -> None:
    """Raise LexiconError unless `data` is a well-formed theme lexicon with exactly THEME_IDS."""
    if not isinstance(data, dict):
        raise LexiconError("lexicon must be a mapping")
    if type(data.get("version")) is not int or data["version"] < 1:  # bool is no version either
        raise LexiconError(f"version must be a positive integer, got {data.get('version')!r}")
    params = data.get("params")
    if not isinstance(params, dict) or any(k not in params for k in _REQUIRED_PARAMS):
        raise LexiconError(f"params must define {_REQUIRED_PARAMS}")
    if not 0 < float(params["block_threshold"]) <= 1 or float(params["unit_saturation"]) <= 0:
        raise LexiconError("block_threshold must be in (0, 1] and unit_saturation > 0")
    span = params["length_factor_range"]
    if (not isinstance(span, list) or len(span) != 2 or not 0 < float(span[0]) <= 1 <= float(span[1])
            or float(params["length_reference_chars"]) <= 0 or float(params["length_exponent"]) < 0):
        raise LexiconError("length_factor_range must be [low <= 1, high >= 1] with low > 0, "
                           "length_reference_chars > 0 and length_exponent >= 0")
    themes = data.get("themes")
    if not isinstance(themes, dict) or tuple(themes) != THEME_IDS:
        got = tuple(themes) if isinstance(themes, dict) else None
        raise LexiconError(f"themes must be exactly {THEME_IDS} in that order, got {got}")
    for tid, spec in themes.items():
        for key in ("label", "definition", "terms"):
            if not spec.get(key):
                raise LexiconError(f"theme {tid}: missing {key}")
        for item in spec["terms"]:
            if not (isinstance(item, list) and len(item) == 2 and isinstance(item[0], str)
                    and isinstance(item[1], (int, float)) and 0 < item[1] <= 1):
                raise LexiconError(f"theme {tid}: bad term {item!r} (want [pattern, weight in (0,1]])")
            try:
                re.compile(item[0])
            except re.error as exc:
                raise LexiconError(f"theme {tid}: bad regex {item[0]!r}: {exc}") from exc
        thr = spec.get("threshold")
        if thr is not None and not (isinstance(thr, (int, float)) and 0 < thr <= 1):
            raise LexiconError(f"theme {tid}: threshold must be in (0, 1], got {thr!r}")
        if not isinstance(spec.get("length_scaled", True), bool):
            raise LexiconError(f"theme {tid}: length_scaled must be true or false")
        if spec.get("length_scaled", True) and (thr or float(params["block_threshold"])) * float(span[1]) > 1:
            raise LexiconError(f"theme {tid}: threshold times length_factor_range's high end is over 1: "
                               "a long block could never have the theme")
        for pat in spec.get("mask", []) or []:
            try:
                re.compile(pat)
            except re.error as exc:
                raise LexiconError(f"theme {tid}: bad mask {pat!r}: {exc}") from exc


def parse(data: dict[str, Any]) -> Lexicon:
    validate(data)
    themes = data["themes"]
    terms = {t: [(re.compile(p), float(w)) for p, w in s["terms"]] for t, s in themes.items()}
    gate_terms = tuple((t, pattern, weight) for t in THEME_IDS for pattern, weight in terms[t])
    return Lexicon(
        version=data.get("version"),
        params=dict(data["params"]),
        terms=terms,
        masks={t: [re.compile(p) for p in s.get("mask", []) or []] for t, s in themes.items()},
        labels={t: s["label"] for t, s in themes.items()},
        definitions={t: " ".join(s["definition"].split()) for t, s in themes.items()},
        thresholds={t: float(s.get("threshold", data["params"]["block_threshold"]))
                    for t, s in themes.items()},
        length_scaled=frozenset(t for t, s in themes.items() if s.get("length_scaled", True)),
        gate=LiteralGate([pattern for _, pattern, _ in gate_terms]),
        gate_terms=gate_terms,
        list_damping=float(data["params"]["list_damping"]),
        list_item_max_chars=int(data["params"]["list_item_max_chars"]),
        length_reference=float(data["params"]["length_reference_chars"]),
        length_exponent=float(data["params"]["length_exponent"]),
        length_factor_range=(float(data["params"]["length_factor_range"][0]),
                             float(data["params"]["length_factor_range"][1])),
    )


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    with open(path or SCHEMA_PATH, encoding="utf-8") as fh:
        return parse(load_yaml(fh))


def split_units(text: str, sentences: Iterable[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Scoring units: the given sentence spans (or 。！？ sentences), each cut further after ；."""
    spans = list(sentences) if sentences else [(0, len(text))]
    units: list[tuple[int, int]] = []
    for s, e in spans:
        for m in _UNIT_END.finditer(text, s, e):
            if not m.group().isspace():
                units.append(m.span())
    return units


def _item_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    return _item_start(text, start), _item_end(text, end)


def _item_start(text: str, start: int) -> int:
    # matched on the reversed text before `start`: no rfind per delimiter
    return start - _ITEM_CHARS.match(text[start - 1::-1] if start else "").end()


def _item_end(text: str, end: int) -> int:
    return _ITEM_CHARS.match(text, end).end()


def _in_enumeration(text: str, start: int, end: int, max_chars: int) -> bool:
    """True when text[start:end] lies in a short item of a 、-separated enumeration.

    An item is delimited by punctuation or by the list joiners 和/及/与/或/等; it belongs to an
    enumeration when a 、 touches it, or when it is the last item ("A、B和C", "A、B等") i.e. it
    follows a joiner whose preceding item touches a 、.
    """
    j = _item_end(text, end)
    if j - start > max_chars:  # too long wherever the item starts: most matches stop here
        return False
    i = _item_start(text, start)
    if j - i > max_chars:
        return False
    if (i > 0 and text[i - 1] == "、") or (j < len(text) and text[j] == "、"):
        return True
    if i > 1 and text[i - 1] in _LIST_JOINERS and text[i - 1] != "等":
        pi, pj = _item_bounds(text, i - 1, i - 1)
        return 0 < pj - pi <= max_chars and pi > 0 and text[pi - 1] == "、"
    return False


def unit_evidence(lex: Lexicon, unit: str) -> dict[str, float]:
    listy = "、" in unit  # every enumeration test needs a 、: most units skip them all
    out: dict[str, float] = {}
    for tid, indexes in _candidates_by_theme(lex, unit).items():
        text = unit
        for mask in lex.masks[tid]:
            text = mask.sub(_blank, text)
        total = _theme_evidence(lex, indexes, text, listy, text is unit)  # unmasked: gate saw it
        if total > 0:
            out[tid] = total
    return out


def _candidates_by_theme(lex: Lexicon, unit: str) -> dict[str, list[int]]:
    """The gate indexes of the terms that can match, per theme in listed order (the gate's
    indexes come sorted and gate_terms is in THEME_IDS then listed order)."""
    groups: dict[str, list[int]] = {}
    for index in lex.gate.candidates(unit):
        groups.setdefault(lex.gate_terms[index][0], []).append(index)
    return groups


def _theme_evidence(lex: Lexicon, indexes: list[int], text: str, listy: bool, gated: bool) -> float:
    """Sum of the terms' best match weights; a span counts once, for the first term listed.
    `gated`: the gate scanned this very text, so its sure candidates do match it."""
    total = 0.0
    used = None  # the spans earlier terms counted, once a later term has to avoid them
    last = len(indexes) - 1
    for k, index in enumerate(indexes):
        _, pattern, weight = lex.gate_terms[index]
        if k == last and used is None and not listy and gated and index in lex.gate.sure:
            return total + weight  # a full match, no span to avoid, none to record: no regex needed
        best = 0.0
        for m in pattern.finditer(text):
            s, e = m.span()
            if e == s or (used is not None and 1 in used[s:e]):
                continue
            if k < last:  # a pattern's own matches never overlap: its spans can count at once
                if used is None:
                    used = bytearray(len(text))
                used[s:e] = b"\x01" * (e - s)
            if best < weight:  # once a match counts in full, damping the others changes nothing
                damped = listy and _in_enumeration(text, s, e, lex.list_item_max_chars)
                best = max(best, weight * lex.list_damping if damped else weight)
                if k == last and best == weight:
                    break  # no later term needs the spans, and the rest cannot change best
        total += best
    return total


def _blank(match: re.Match[str]) -> str:
    return "□" * len(match.group())


def score_text(text: str, sentences: Iterable[tuple[int, int]] | None = None,
               lex: Lexicon | None = None) -> dict[str, float]:
    """Theme scores in [0, 1] for one block of Simplified text (only non-zero scores)."""
    lex = lex or load_lexicon()
    sat = float(lex.params["unit_saturation"])
    miss = dict.fromkeys(THEME_IDS, 1.0)
    for s, e in split_units(text, sentences):
        for tid, ev in unit_evidence(lex, text[s:e]).items():
            miss[tid] *= 1.0 - min(1.0, ev / sat)
    return {t: round(1.0 - m, 4) for t, m in miss.items() if m < 1.0}


def length_factor(n_chars: int, lex: Lexicon | None = None) -> float:
    """What a block of `n_chars` characters multiplies its themes' thresholds by:
    (n_chars / length_reference_chars) ** length_exponent, within length_factor_range. A long block
    adds up evidence over many sentences and a short one has one sentence's worth: with one
    threshold for all, long blocks got themes met in passing (dev precision 0.67 over 400
    characters) and short ones missed themes they are about (recall 0.57 under 100).

    >>> lex = load_lexicon()
    >>> length_factor(200, lex), length_factor(50, lex), length_factor(3000, lex)
    (1.0, 0.8, 1.4)
    """
    lex = lex or load_lexicon()
    low, high = lex.length_factor_range
    return min(high, max(low, (max(n_chars, 1) / lex.length_reference) ** lex.length_exponent))


def score_lines(lex: Lexicon, n_chars: int | None = None) -> dict[str, float]:
    """The score each theme needs for the lexicon to assign it by itself: its threshold (its own
    `threshold`, else params.block_threshold), times the `length_factor` of a block of `n_chars`
    characters when given (but for a theme with `length_scaled: false`)."""
    factor = 1.0 if n_chars is None else length_factor(n_chars, lex)
    return {t: lex.thresholds[t] * (factor if t in lex.length_scaled else 1.0) for t in THEME_IDS}


def themes_from_scores(scores: dict[str, float], lex: Lexicon | None = None,
                       threshold: float | None = None, n_chars: int | None = None) -> list[str]:
    """Themes whose score reaches its line (score_lines); an explicit `threshold` overrides the
    lines for every theme."""
    lex = lex or load_lexicon()
    lines = dict.fromkeys(THEME_IDS, threshold) if threshold is not None else score_lines(lex, n_chars)
    return [t for t in THEME_IDS if scores.get(t, 0.0) >= lines[t] - 1e-9]


def relative_scores(scores: dict[str, float], lex: Lexicon, n_chars: int) -> list[float]:
    """Each theme's score (THEME_IDS order) over its line in a block of `n_chars` characters
    (score_lines): 1.0 is where the lexicon would assign it by itself.

    >>> lex = load_lexicon()
    >>> relative_scores({"concept": 0.5, "regional": 0.45}, lex, 200)[THEME_IDS.index("regional")]
    1.0
    """
    lines = score_lines(lex, n_chars)
    return [scores.get(t, 0.0) / lines[t] for t in THEME_IDS]


def content_blocks(doc: Document, lex: Lexicon) -> list[tuple[Block, str]]:
    """The document's blocks that get themes (params.content_kinds, some text), with their text."""
    kinds = set(lex.params["content_kinds"])
    return [(block, text) for block in doc.blocks
            if block.kind in kinds and (text := block.text or block.text_original).strip()]


def annotate(doc: Document) -> None:
    """Themes and theme_scores of the document's content blocks and of the document: its
    theme_scores are its blocks' probabilities weighted by characters, its themes those the
    document model reads from its blocks (nqp_corpus.annotate.document_themes)."""
    # the models read this module's lexicon: imported here
    from .document_themes import assign
    from .theme_model import load_model, probabilities

    lex, model = load_lexicon(), load_model()
    content = content_blocks(doc, lex)
    for block in doc.blocks:
        block.annotations["themes"] = []
        block.annotations["theme_scores"] = {}
    texts = [text for _, text in content]
    lexicon_scores = [score_text(text, [(s.char_start, s.char_end) for s in block.sentences] or None, lex)
                      for block, text in content]
    doc_weight = 0.0
    doc_score = dict.fromkeys(THEME_IDS, 0.0)
    block_themes = []  # (characters, themes, theme_scores) of each content block
    for (block, text), row in zip(content, probabilities(texts, lexicon_scores, lex, model).tolist()):
        scores = {t: round(p, 4) for t, p in zip(THEME_IDS, row)}
        labels = [t for t, p in zip(THEME_IDS, row) if p >= model.threshold]
        block.annotations["theme_scores"] = scores
        block.annotations["themes"] = labels
        n = len(text)
        doc_weight += n
        for t, v in scores.items():
            doc_score[t] += n * v
        block_themes.append((n, labels, scores))
    if doc_weight:
        scores = {t: round(v / doc_weight, 4) for t, v in doc_score.items() if v > 0}
        labels = assign(block_themes)
    else:
        scores, labels = {}, []
    doc.metadata["themes"] = labels
    doc.metadata["theme_scores"] = scores
    doc.metadata["theme_lexicon_version"] = lex.version


# --- evaluation against the hand-labelled fixture (tests/gold/themes_gold.jsonl) -------------

def load_gold(path: str | Path, split: str | None = None) -> list[dict[str, Any]]:
    """Gold records with a Simplified `text_s` (Traditional sources converted with OpenCC hk2s)."""
    from ..script import converter

    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if split and rec.get("split") != split:
                continue
            rec["text_s"] = converter("hk2s").convert(rec["text"])
            rows.append(rec)
    return rows


def evaluate(records: list[dict[str, Any]], lexicon_only: bool = False, model: Any = None) -> dict[str, Any]:
    """Per-theme precision/recall/F1 and micro/macro F1 of the block labels against gold: the
    classifier's labels (the stored model, or `model`), or with `lexicon_only` the lexicon's own
    (themes_from_scores)."""
    from .theme_model import predict  # see annotate

    lex = load_lexicon()
    counts = {t: [0, 0, 0] for t in THEME_IDS}  # tp, fp, fn
    errors = []
    for rec in records:
        text = rec["text_s"]
        pred = set(themes_from_scores(score_text(text, None, lex), lex, n_chars=len(text)) if lexicon_only
                   else predict(text, None, lex, model)[1])
        gold = set(rec["themes"])
        for t in THEME_IDS:
            if t in pred and t in gold:
                counts[t][0] += 1
            elif t in pred:
                counts[t][1] += 1
            elif t in gold:
                counts[t][2] += 1
        if pred != gold:
            errors.append({"id": rec["id"], "fp": sorted(pred - gold), "fn": sorted(gold - pred)})

    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    per = {t: dict(zip(("precision", "recall", "f1"), prf(*c)), support=c[0] + c[2])
           for t, c in counts.items()}
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    micro = dict(zip(("precision", "recall", "f1"), prf(tp, fp, fn)))
    macro = sum(v["f1"] for v in per.values()) / len(per)
    return {"per_theme": per, "micro": micro, "macro_f1": macro, "n": len(records), "errors": errors}
