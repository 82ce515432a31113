"""The theme classifier: per theme, a logistic regression over the lexicon's evidence
(nqp_corpus.annotate.themes) and the block's character pairs, fitted to the hand-labelled training blocks
and kept as data (schema/theme_model.json, validated on load).

Why: the lexicon alone stayed at micro F1 0.78-0.81 on the three blind test sets, where two
labellers agree at 0.95 (tests/gold/README_themes_agreement.md): its gap is its own, and labelled
blocks are what shows a reader's threshold between a theme discussed and a theme mentioned.
Since release 1.69.0 it is fitted to every labelled block, the former test sets included: on blocks
it was not fitted to it scores the same or a little better with them (BLIND_SETS, each left out in
turn: micro F1 0.803 -> 0.808 over the four), and the seeds' blocks get their labellers' themes.

Features of a block's Simplified text:
- per theme, the lexicon's score over the score it needs to assign the theme by itself (its
  threshold, times the block's length factor where it scales), so 1.0 is the lexicon's own line;
- its character pairs, as scikit-learn's TfidfVectorizer(analyzer="char",
  ngram_range=NGRAM_RANGE, sublinear_tf=True) computes them over the stored vocabulary (the
  MAX_FEATURES most frequent in the training blocks): (1 + ln count) x idf, scaled to unit length.
A theme is assigned when its probability is at least `threshold` (0.5). The pairs are counted
with an Aho-Corasick automaton of the vocabulary (ahocorasick_rs, as the lexicon's gate), and a
document's blocks are scored together as arrays: ~0.05 CPU s for the seeds' 1,584 segments.

The stored numbers are applied here, not by scikit-learn: importing it takes ~0.8 CPU s, more than
twice a whole baseline build of the seeds (benchmarks/). tests/test_theme_model.py checks that both
give the same features and probabilities, and that refitting gives the stored model.
`python -m nqp_corpus.annotate.theme_model` refits it from TRAINING (scikit-learn is a test
dependency) and writes it; the fit is deterministic (liblinear, random_state 0).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np
from ahocorasick_rs import AhoCorasick

from ..yamlfile import load_json, schema_violation
from .themes import THEME_IDS, Lexicon, load_gold, load_lexicon, relative_scores, score_text

MODEL_PATH = Path(__file__).resolve().parents[2] / "schema" / "theme_model.json"
GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold"
# Every hand-labelled block (1,236): the model is fitted to all of them, so the seeds' blocks get the
# themes their labellers gave (in-sample micro F1 ~0.98). Settings chosen by 5-fold cross-validation
# on the 745 blocks that held no test set (micro F1, figures below), never on a test set; on all
# 1,236 the same grid gives 0.811-0.819 (C 4-32, 1,000 or 2,000 pairs).
TRAINING = ("themes_gold.jsonl", "themes_gold_extra.jsonl", "themes_train.jsonl",
            "themes_gold_test2.jsonl", "themes_gold_test3.jsonl", "themes_gold_test4.jsonl")
# (fixture, split) of the blocks that no lexicon tuning saw and no setting was chosen on: each is
# the blind test of a model fitted to every other block (fit_without), which is what new text meets.
BLIND_SETS = (("themes_gold.jsonl", "test"), ("themes_gold_test2.jsonl", None),
              ("themes_gold_test3.jsonl", None), ("themes_gold_test4.jsonl", None))
NGRAM_RANGE = (2, 2)  # pairs: 0.819; single characters and pairs: 0.816, with 3/2 the matches to count
MAX_FEATURES = 1000  # 500: 0.812; 2,000, 8,000 and the whole vocabulary: within 0.003 of 1,000
MIN_DF = 2
C = 16.0  # 16-32: 0.816-0.817; 1: 0.799; 64: 0.813
THRESHOLD = 0.5  # 0.5-0.6: 0.811-0.815; 0.4: 0.809; 0.7: 0.804
DECIMALS = 6
_SPACES = re.compile(r"\s\s+")  # TfidfVectorizer's own whitespace squeeze for char n-grams
_COLUMN = itemgetter(0)  # of a match (pattern index, start, end)

_NUMBERS = {"type": "array", "items": {"type": "number"}}
# what every fitted model file of the themes holds (this one's and the document model's)
MODEL_FILE_PROPERTIES = {
    "version": {"type": "integer", "minimum": 1},
    "settings": {"type": "object"},
    "threshold": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
}
_SCHEMA = {
    "type": "object",
    "required": ["version", "lexicon_version", "training", "settings", "threshold", "vocabulary", "idf", "themes"],
    "additionalProperties": False,
    "properties": {
        **MODEL_FILE_PROPERTIES,
        "lexicon_version": {"type": "integer", "minimum": 1},
        "training": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 1}},
        "vocabulary": {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True},
        "idf": _NUMBERS,
        "themes": {
            "type": "object", "required": list(THEME_IDS), "additionalProperties": False,
            "properties": dict.fromkeys(THEME_IDS, {
                "type": "object", "required": ["intercept", "lexicon", "characters"], "additionalProperties": False,
                "properties": {"intercept": {"type": "number"}, "lexicon": _NUMBERS, "characters": _NUMBERS},
            }),
        },
    },
}


class ThemeModelError(ValueError):
    """schema/theme_model.json is malformed or does not fit the lexicon."""


@dataclass(frozen=True)
class ThemeModel:
    threshold: float
    vocabulary: tuple[str, ...]  # the character n-grams, in column order
    automaton: AhoCorasick  # finds every occurrence of every vocabulary n-gram (overlapping)
    idf: np.ndarray  # per vocabulary column
    intercepts: np.ndarray  # one per theme, THEME_IDS order
    lexicon_weights: np.ndarray  # theme × the themes' relative scores
    character_weights: np.ndarray  # theme × vocabulary column


def parse(data: Any, lex: Lexicon, origin: str = "<model>") -> ThemeModel:
    problem = schema_violation(data, _SCHEMA)
    if problem is not None:
        raise ThemeModelError(f"{origin}: {problem}")
    if data["lexicon_version"] != lex.version:
        raise ThemeModelError(f"{origin}: fitted to theme lexicon version {data['lexicon_version']}, the lexicon "
                              f"is version {lex.version}; refit: python -m nqp_corpus.annotate.theme_model "
                              f"(scikit-learn: pip install -e '.[test]')")
    width = len(data["vocabulary"])
    for theme, spec in data["themes"].items():
        if len(spec["lexicon"]) != len(THEME_IDS) or len(spec["characters"]) != width or len(data["idf"]) != width:
            raise ThemeModelError(f"{origin}: theme {theme}: want {len(THEME_IDS)} lexicon and {width} character weights")
    return ThemeModel(
        threshold=float(data["threshold"]),
        vocabulary=tuple(data["vocabulary"]),
        automaton=AhoCorasick(data["vocabulary"]),
        idf=np.array(data["idf"], dtype=float),
        intercepts=np.array([data["themes"][t]["intercept"] for t in THEME_IDS], dtype=float),
        lexicon_weights=np.array([data["themes"][t]["lexicon"] for t in THEME_IDS], dtype=float),
        character_weights=np.array([data["themes"][t]["characters"] for t in THEME_IDS], dtype=float),
    )


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH) -> ThemeModel:
    return parse(load_json(path, ThemeModelError), load_lexicon(), str(path))


def character_features(texts: list[str], model: ThemeModel) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, column, value) of every non-zero feature of the texts' character n-grams, rows and
    columns ascending, as TfidfVectorizer's transform gives them (lower case, whitespace runs
    squeezed, sublinear tf, each row scaled to unit length).

    >>> rows, columns, values = character_features(["", "新质生产力"], load_model())
    >>> set(rows.tolist()), round(float(values @ values), 9)
    ({1}, 1.0)
    """
    width = len(model.vocabulary)
    keys = [np.zeros(0, np.int64)]  # row * width + column of every match
    for row, text in enumerate(texts):
        found = model.automaton.find_matches_as_indexes(_SPACES.sub(" ", text.lower()), overlapping=True)
        keys.append(np.fromiter(map(_COLUMN, found), np.int64, len(found)) + row * width)
    keys, counts = np.unique(np.concatenate(keys), return_counts=True)
    rows, columns = np.divmod(keys, width)
    values = (1.0 + np.log(counts)) * model.idf[columns]
    norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=len(texts)))
    return rows, columns, values / norms[rows]


def probabilities(texts: list[str], lexicon_scores: list[dict[str, float]], lex: Lexicon | None = None,
                  model: ThemeModel | None = None) -> np.ndarray:
    """texts × themes (THEME_IDS order): the probability of each theme for blocks of Simplified
    text whose lexicon scores (themes.score_text) are given, one block per row: a document's
    blocks at once."""
    lex, model = lex or load_lexicon(), model or load_model()
    relative = np.array([relative_scores(scores, lex, len(text)) for text, scores in zip(texts, lexicon_scores)])
    rows, columns, values = character_features(texts, model)
    # sums in a fixed order (bincount, einsum's own loops; no BLAS): the same on every machine
    characters = np.stack([np.bincount(rows, weights=values * weights[columns], minlength=len(texts))
                           for weights in model.character_weights], axis=1)
    z = model.intercepts + np.einsum("bf,tf->bt", relative.reshape(len(texts), len(THEME_IDS)),
                                     model.lexicon_weights) + characters
    return 1.0 / (1.0 + np.exp(-z))


def predict(text: str, sentences: list[tuple[int, int]] | None = None, lex: Lexicon | None = None,
            model: ThemeModel | None = None) -> tuple[dict[str, float], list[str]]:
    """(probability per theme, the themes assigned) of one block of Simplified text."""
    lex, model = lex or load_lexicon(), model or load_model()
    row = probabilities([text], [score_text(text, sentences, lex)], lex, model)[0].tolist()
    return dict(zip(THEME_IDS, row)), [t for t, p in zip(THEME_IDS, row) if p >= model.threshold]


def training_records() -> list[dict[str, Any]]:
    """The TRAINING blocks (load_gold records), each with the `source` fixture it came from."""
    records = []
    for name in TRAINING:
        for record in load_gold(GOLD / name):
            record["source"] = name
            records.append(record)
    return records


def in_set(record: dict[str, Any], blind_set: tuple[str, str | None]) -> bool:
    """Whether a training record belongs to `blind_set` (a BLIND_SETS entry)."""
    name, split = blind_set
    return record["source"] == name and split in (None, record.get("split"))


def fit_without(blind_set: tuple[str, str | None], records: list[dict[str, Any]] | None = None,
                lex: Lexicon | None = None) -> ThemeModel:
    """The model fitted, with the stored settings, to every training block outside `blind_set`:
    the blind test of those blocks (needs scikit-learn)."""
    lex = lex or load_lexicon()
    records = records if records is not None else training_records()
    return parse(fit([record for record in records if not in_set(record, blind_set)], lex), lex)


def fitted(records: list[dict[str, Any]], lex: Lexicon) -> tuple[Any, dict[str, Any]]:
    """scikit-learn's fitted TfidfVectorizer and, per theme, LogisticRegression for `records`
    (load_gold records), the lexicon's relative scores first among the features."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = [record["text_s"] for record in records]
    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=NGRAM_RANGE, min_df=MIN_DF, sublinear_tf=True,
                                 max_features=MAX_FEATURES)
    relative = [relative_scores(score_text(text, None, lex), lex, len(text)) for text in texts]
    matrix = hstack([csr_matrix(relative), vectorizer.fit_transform(texts)]).tocsr()
    models = {theme: LogisticRegression(C=C, class_weight="balanced", solver="liblinear", random_state=0,
                                        max_iter=5000).fit(matrix, [theme in record["themes"] for record in records])
              for theme in THEME_IDS}
    return vectorizer, models


def fit(records: list[dict[str, Any]], lex: Lexicon | None = None) -> dict[str, Any]:
    """The model's data, fitted to `records` (load_gold records): needs scikit-learn."""
    lex = lex or load_lexicon()
    vectorizer, models = fitted(records, lex)
    themes = {}
    for theme, model in models.items():
        weights = [round(float(w), DECIMALS) for w in model.coef_[0]]
        themes[theme] = {"intercept": round(float(model.intercept_[0]), DECIMALS),
                         "lexicon": weights[:len(THEME_IDS)], "characters": weights[len(THEME_IDS):]}
    return {
        "version": 1,
        "lexicon_version": lex.version,
        "training": dict(Counter(record.get("source", "records") for record in records)),
        "settings": {"ngram_range": list(NGRAM_RANGE), "max_features": MAX_FEATURES, "min_df": MIN_DF, "C": C,
                     "class_weight": "balanced", "solver": "liblinear"},
        "threshold": THRESHOLD,
        "vocabulary": list(vectorizer.get_feature_names_out()),
        "idf": [round(float(v), DECIMALS) for v in vectorizer.idf_],
        "themes": themes,
    }


def write_model(path: Path = MODEL_PATH) -> None:
    path.write_text(json.dumps(fit(training_records()), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    try:
        import sklearn  # noqa: F401
    except ImportError:
        raise SystemExit("fitting the theme model needs scikit-learn, a test dependency: pip install -e '.[test]'")
    write_model()
    print(f"wrote {MODEL_PATH}")
