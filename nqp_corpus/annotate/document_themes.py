"""Document themes: the themes a document is about, read from its content blocks' themes and
probabilities by a logistic regression fitted to the 81 documents labelled by hand
(tests/gold/themes_documents_gold.jsonl) and kept as data (schema/document_theme_model.json,
validated on load).

Why: the rule it replaces (release 1.61.0: a theme of two blocks holding 8% of the characters, or of
blocks holding 25%) scored micro F1 0.831 on the labels it was chosen on, where two labellers agree
at 0.958 (tests/gold/README_themes_documents_agreement.md). A reader names a theme the document
comes back to in several paragraphs, or one a paragraph is plainly about, which a share of the
characters tells less well.

Features of each (document, theme), `features`: ln(1 + the number of content blocks with the theme)
and the highest probability of the theme in any block. Two weights and one intercept, the same for
every theme: the seeds hold too few documents on some themes (agriculture: 2 of 81) to learn a
theme's own prior, and a corpus you add to has its own. A theme is assigned when its probability is
at least `threshold`, or when its blocks hold at least `share_alone` of the content characters: no
document of the 81 is short enough to learn that one paragraph of two can make a theme, and half of
a document is its topic whatever the model says (cross-validated: 0.869 -> 0.870).

Chosen by 9-fold cross-validation over the documents (every ninth in sorted order held out), among
four features (also the share of the characters and the mean probability), with and without an
intercept per theme, C 1-100 and thresholds 0.4-0.5: these two, C 100 and 0.45 give micro F1 0.869
(precision 0.807, recall 0.940), the rule 0.831. A second labeller's themes of 27 of the documents
were never fitted to: 0.916 against them with the folds' predictions (the rule 0.834), though those
figures were printed beside the choice. Fitted to the seeds' blocks, whose probabilities are sharp
(the block classifier is fitted to them too), it holds where they are not: with each labelled
block's probabilities from a block model fitted without it (5 folds), as new text gets them, 0.869
against the 81 documents and 0.902 against the second labeller (the rule 0.825 and 0.841).
`python -m nqp_corpus.annotate.document_themes` refits it
(scikit-learn, a test dependency) from the blocks of the newest release: rebuild after changing the
block classifier, refit, then rebuild.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..yamlfile import load_json, schema_violation
from .theme_model import MODEL_FILE_PROPERTIES
from .themes import THEME_IDS

MODEL_PATH = Path(__file__).resolve().parents[2] / "schema" / "document_theme_model.json"
GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold" / "themes_documents_gold.jsonl"
FEATURES = ("blocks", "max")
C = 100.0
THRESHOLD = 0.45
SHARE_ALONE = 0.5
DECIMALS = 6

_SCHEMA = {
    "type": "object",
    "required": ["version", "features", "training", "settings", "threshold", "share_alone", "weights", "intercept"],
    "additionalProperties": False,
    "properties": {
        **MODEL_FILE_PROPERTIES,
        "features": {"const": list(FEATURES)},
        "training": {"type": "integer", "minimum": 1},
        "share_alone": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
        "weights": {"type": "array", "items": {"type": "number"}, "minItems": len(FEATURES),
                    "maxItems": len(FEATURES)},
        "intercept": {"type": "number"},
    },
}

# a content block as the features read it: its characters, its themes, its probability per theme
BlockThemes = tuple[int, list[str], dict[str, float]]


class DocumentModelError(ValueError):
    """schema/document_theme_model.json is malformed."""


@dataclass(frozen=True)
class DocumentModel:
    threshold: float
    share_alone: float  # a theme whose blocks hold this share of the characters is the document's
    weights: np.ndarray  # one per feature
    intercept: float


def parse(data: Any, origin: str = "<model>") -> DocumentModel:
    problem = schema_violation(data, _SCHEMA)
    if problem is not None:
        raise DocumentModelError(f"{origin}: {problem}")
    return DocumentModel(threshold=float(data["threshold"]), share_alone=float(data["share_alone"]), weights=np.array(data["weights"], dtype=float),
                         intercept=float(data["intercept"]))


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH) -> DocumentModel:
    return parse(load_json(path, DocumentModelError), str(path))


def features(blocks: list[BlockThemes]) -> np.ndarray:
    """themes × FEATURES of a document's content blocks.

    >>> rows = features([(300, ["innovation"], {"innovation": 0.9}), (100, [], {"innovation": 0.2})])
    >>> [round(float(v), 3) for v in rows[THEME_IDS.index("innovation")]]
    [0.693, 0.9]
    """
    return np.array([[math.log1p(sum(theme in labels for _, labels, _ in blocks)),
                      max((scores.get(theme, 0.0) for _, _, scores in blocks), default=0.0)] for theme in THEME_IDS])


def assign(blocks: list[BlockThemes], model: DocumentModel | None = None) -> list[str]:
    """The themes (THEME_IDS order) of a document with these content blocks."""
    model = model or load_model()
    z = features(blocks) @ model.weights + model.intercept
    total = sum(n for n, _, _ in blocks)
    return [theme for theme, p in zip(THEME_IDS, 1.0 / (1.0 + np.exp(-z)))
            if p >= model.threshold or sum(n for n, labels, _ in blocks if theme in labels) >= model.share_alone * total]


def training_documents(release: Path | None = None) -> dict[str, list[BlockThemes]]:
    """doc_id → its content blocks, with the themes and theme_scores the newest release (or
    `release`) gives them: the block classifier's, which this model does not touch."""
    import pyarrow.parquet as pq

    from ..validate import newest_release, shard_path
    from .themes import load_lexicon

    release = release or newest_release(Path(__file__).resolve().parents[2] / "processed")
    kinds = set(load_lexicon().params["content_kinds"])
    documents: dict[str, list[BlockThemes]] = {}
    columns = ["doc_id", "kind", "text", "text_original", "themes", "theme_scores"]
    for row in pq.read_table(release / shard_path("segments"), columns=columns).to_pylist():
        text = row["text"] or row["text_original"]
        if row["kind"] in kinds and text.strip():
            documents.setdefault(row["doc_id"], []).append(
                (len(text), row["themes"], {item["theme"]: item["score"] for item in row["theme_scores"]}))
    return documents


def fit(documents: dict[str, list[BlockThemes]], labels: dict[str, list[str]]) -> dict[str, Any]:
    """The model's data, fitted to the labelled documents: needs scikit-learn."""
    from sklearn.linear_model import LogisticRegression

    ids = sorted(labels)
    model = LogisticRegression(C=C, max_iter=5000).fit(np.vstack([features(documents[d]) for d in ids]),
                                                      [theme in labels[d] for d in ids for theme in THEME_IDS])
    return {
        "version": 1,
        "features": list(FEATURES),
        "training": len(ids),
        "settings": {"C": C, "solver": "lbfgs"},
        "threshold": THRESHOLD,
        "share_alone": SHARE_ALONE,
        "weights": [round(float(w), DECIMALS) for w in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), DECIMALS),
    }


def gold_labels(path: Path = GOLD) -> dict[str, list[str]]:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {item["doc_id"]: item["themes"] for item in items}


def write_model(path: Path = MODEL_PATH) -> None:
    path.write_text(json.dumps(fit(training_documents(), gold_labels()), ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")


if __name__ == "__main__":
    try:
        import sklearn  # noqa: F401
    except ImportError:
        raise SystemExit("fitting the document theme model needs scikit-learn, a test dependency: "
                         "pip install -e '.[test]'")
    write_model()
    print(f"wrote {MODEL_PATH}")
