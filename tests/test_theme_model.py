"""The theme classifier (nqp_corpus.annotate.theme_model): its stored numbers are what fitting the
training fixtures gives, and applying them gives scikit-learn's own features and probabilities."""
from __future__ import annotations

import copy
import json

import pytest
from scipy.sparse import csr_matrix, hstack

from nqp_corpus.annotate import theme_model as M
from nqp_corpus.annotate import themes as T

TOLERANCE = 1e-5  # the stored numbers are rounded to M.DECIMALS places


@pytest.fixture(scope="module")
def refit():
    lex = T.load_lexicon()
    records = M.training_records()
    return records, M.fit(records, lex), M.fitted(records, lex)


@pytest.fixture(scope="module")
def stored():
    return json.loads(M.MODEL_PATH.read_text(encoding="utf-8"))


def test_the_stored_model_is_what_the_training_fixtures_give(refit, stored):
    records, data, _ = refit
    assert data["training"] == stored["training"] == {
        "themes_gold.jsonl": 262, "themes_gold_extra.jsonl": 218, "themes_train.jsonl": 394,
        "themes_gold_test2.jsonl": 115, "themes_gold_test3.jsonl": 100, "themes_gold_test4.jsonl": 147}
    assert data["vocabulary"] == stored["vocabulary"] and len(stored["vocabulary"]) == M.MAX_FEATURES
    assert data["lexicon_version"] == stored["lexicon_version"] == T.load_lexicon().version
    assert max(abs(a - b) for a, b in zip(data["idf"], stored["idf"])) <= TOLERANCE
    for theme in T.THEME_IDS:
        fresh, kept = data["themes"][theme], stored["themes"][theme]
        assert abs(fresh["intercept"] - kept["intercept"]) <= TOLERANCE
        pairs = list(zip(fresh["lexicon"] + fresh["characters"], kept["lexicon"] + kept["characters"]))
        assert max(abs(a - b) for a, b in pairs) <= TOLERANCE, theme


def test_features_and_probabilities_are_scikit_learns(refit):
    """On 54 blocks of two of the fixtures."""
    _, _, (vectorizer, models) = refit
    lex, model = T.load_lexicon(), M.load_model()
    records = [record for name in ("themes_gold_test2.jsonl", "themes_gold_test3.jsonl")
               for record in T.load_gold(M.GOLD / name)][::4]
    assert len(records) == 54
    for record in records:
        text = record["text_s"]
        expected = vectorizer.transform([text])
        rows, columns, values = M.character_features([text], model)
        assert set(rows.tolist()) == {0} and sorted(columns.tolist()) == sorted(expected.indices.tolist())
        assert abs(csr_matrix((values, (rows, columns)), shape=expected.shape) - expected).max() <= TOLERANCE
        scores = T.score_text(text, None, lex)
        matrix = hstack([csr_matrix([T.relative_scores(scores, lex, len(text))]), expected]).tocsr()
        probabilities = M.probabilities([text], [scores], lex, model)[0]
        for theme, probability in zip(T.THEME_IDS, probabilities):
            assert abs(probability - models[theme].predict_proba(matrix)[0, 1]) <= 1e-4, (record["id"], theme)


def test_the_model_names_its_block_themes():
    probabilities, themes = M.predict("加快发展新质生产力，必须培育壮大战略性新兴产业和未来产业，"
                                      "推动人工智能、生物制造、商业航天、低空经济等新兴产业健康发展。")
    assert set(probabilities) == set(T.THEME_IDS) and all(0 < p < 1 for p in probabilities.values())
    assert "emerging_industries" in themes and "agriculture" not in themes
    assert themes == [t for t in T.THEME_IDS if probabilities[t] >= M.load_model().threshold]


def test_a_bad_model_file_is_refused_in_one_line(stored):
    lex = T.load_lexicon()
    other = copy.deepcopy(stored)
    other["lexicon_version"] = lex.version + 1
    with pytest.raises(M.ThemeModelError, match=r"^m\.json: fitted to theme lexicon version \d+, .*refit"):
        M.parse(other, lex, "m.json")
    short = copy.deepcopy(stored)
    short["themes"]["risk"]["characters"].pop()
    with pytest.raises(M.ThemeModelError, match=r"^m\.json: theme risk: want 13 lexicon and 1000 character weights"):
        M.parse(short, lex, "m.json")
    missing = copy.deepcopy(stored)
    del missing["themes"]["green"]
    with pytest.raises(M.ThemeModelError, match=r"^m\.json: "):
        M.parse(missing, lex, "m.json")
