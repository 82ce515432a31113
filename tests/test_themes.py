"""Theme annotation: regression against the hand-labelled gold fixture plus unit cases."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import simplified_seed_lines
from nqp_corpus.annotate import themes as T
from nqp_corpus.model import Block, Document, Sentence

GOLD_DIR = Path(__file__).resolve().parent / "gold"
GOLD_TEST3 = GOLD_DIR / "themes_gold_test3.jsonl"

# Micro F1 of the stored classifier and of the lexicon by itself, per fixture: fixture, split, blocks,
# classifier floor, lexicon floor, just under the measured figures. The classifier is fitted to
# every one of these blocks (theme_model.TRAINING), so its figures are in-sample (0.976-0.989): they
# check that the seeds' blocks get the themes their labellers gave. Its blind figures are those of
# test_the_classifier_on_blocks_it_was_not_fitted_to. The lexicon was tuned on the dev half and extra
# only: test half 0.785 (lexicon versions 3-8: 0.753, 0.754, 0.773, 0.781, 0.784, 0.785); test2,
# blind after v1.37.0, 0.782 (0.760 when first scored); test3, drawn at random after v1.41.0, 0.814
# (0.793 / 0.808); test4, every content block left (short ones, table rows, captions), labelled after
# v1.61.0, 0.682; the dev half 0.872 and extra 0.827; themes_train.jsonl, labelled after v1.58.0, 0.768.
F1_FLOORS = [
    ("themes_gold.jsonl", "test", 129, 0.97, 0.77),
    ("themes_gold_test2.jsonl", "test", 115, 0.97, 0.77),
    ("themes_gold_test3.jsonl", "test", 100, 0.98, 0.80),
    ("themes_gold_test4.jsonl", "test", 147, 0.98, 0.66),
    ("themes_gold.jsonl", "dev", 133, 0.97, 0.85),
    ("themes_gold_extra.jsonl", "dev", 218, 0.97, 0.80),
    ("themes_train.jsonl", "train", 394, 0.97, 0.75),
]
# The classifier's blind micro F1 on each of theme_model.BLIND_SETS, fitted with the stored settings
# to every other block (theme_model.fit_without): measured 0.796, 0.809, 0.862, 0.760 (release
# 1.69.0; fitted to the 745 blocks without any test set, as up to 1.68.0: 0.800, 0.805, 0.850, 0.746).
BLIND_FLOORS = {("themes_gold.jsonl", "test"): 0.78, ("themes_gold_test2.jsonl", None): 0.79,
                ("themes_gold_test3.jsonl", None): 0.84, ("themes_gold_test4.jsonl", None): 0.74}


@pytest.fixture(scope="module")
def blind_models():
    """BLIND_SETS entry → (its blocks, the model fitted without them)."""
    from nqp_corpus.annotate import theme_model as M

    records = M.training_records()
    return {blind: ([r for r in records if M.in_set(r, blind)], M.fit_without(blind, records))
            for blind in M.BLIND_SETS}


def test_lexicon_loads_and_has_the_fixed_taxonomy():
    lex = T.load_lexicon()
    assert tuple(lex.terms) == T.THEME_IDS
    assert all(lex.definitions[t] and lex.labels[t] for t in T.THEME_IDS)


def test_lexicon_validation_rejects_bad_files():
    data = yaml.safe_load(T.SCHEMA_PATH.read_text(encoding="utf-8"))
    bad = copy.deepcopy(data)
    bad["themes"]["made_up"] = bad["themes"].pop("risk")
    with pytest.raises(T.LexiconError):
        T.parse(bad)
    bad = copy.deepcopy(data)
    bad["themes"]["green"]["terms"].append(["(unclosed", 1.0])
    with pytest.raises(T.LexiconError):
        T.parse(bad)
    bad = copy.deepcopy(data)
    bad["themes"]["green"]["terms"].append(["碳", 3])
    with pytest.raises(T.LexiconError):
        T.parse(bad)
    for version in ("x", 0, True, None):
        bad = copy.deepcopy(data)
        bad["version"] = version
        with pytest.raises(T.LexiconError, match="version must be a positive integer"):
            T.parse(bad)


@pytest.mark.parametrize("name, split, blocks, classifier_floor, lexicon_floor", F1_FLOORS)
def test_micro_f1_on_the_hand_labelled_blocks(name, split, blocks, classifier_floor, lexicon_floor):
    records = T.load_gold(GOLD_DIR / name, split)
    assert len(records) == blocks
    classifier, lexicon = T.evaluate(records)["micro"], T.evaluate(records, lexicon_only=True)["micro"]
    assert classifier["f1"] >= classifier_floor, classifier
    assert lexicon["f1"] >= lexicon_floor, lexicon


def test_the_classifier_on_blocks_it_was_not_fitted_to(blind_models):
    from nqp_corpus.annotate import theme_model as M

    assert set(blind_models) == set(BLIND_FLOORS) and len(M.training_records()) == 1236
    right = given = labels = 0  # over the four sets
    for blind, (records, model) in blind_models.items():
        assert len(records) == {"themes_gold.jsonl": 129, "themes_gold_test2.jsonl": 115,
                                "themes_gold_test3.jsonl": 100, "themes_gold_test4.jsonl": 147}[blind[0]]
        result = T.evaluate(records, model=model)
        assert result["micro"]["f1"] >= BLIND_FLOORS[blind], (blind, result["micro"])
        gold = sum(len(record["themes"]) for record in records)
        found = gold - sum(len(error["fn"]) for error in result["errors"])
        right, given, labels = right + found, given + found + sum(len(e["fp"]) for e in result["errors"]), labels + gold
    precision, recall = right / given, right / labels
    assert 2 * precision * recall / (precision + recall) >= 0.80, (right, given, labels)


def test_second_labellers_themes_agree_with_the_third_test_set(blind_models):
    """tests/gold/themes_agreement_gold.jsonl: 50 blocks of the third test set labelled again by a
    labeller blind to its labels (README_themes_agreement.md). Same blocks and texts, valid themes in
    taxonomy order; the counts were computed apart and the nine differing blocks read by hand:
    91 labels shared, 92 given by the second labeller, 99 by the first (micro F1 0.953); the
    classifier not fitted to the set, on the same blocks: 88 of its 102 labels right up to 1.68.0
    (fitted to the 745 blocks), now 89 of 102 (the lexicon alone: 83 of 97)."""
    from nqp_corpus.quality import _jsonl, theme_agreement

    first = {record["id"]: record for record in T.load_gold(GOLD_TEST3)}
    second = _jsonl(GOLD_TEST3.with_name("themes_agreement_gold.jsonl"))
    assert len(second) == 50 and len({item["id"] for item in second}) == 50
    for item in second:
        assert {key: item[key] for key in ("file", "line_start", "line_end", "text")} == \
            {key: first[item["id"]][key] for key in ("file", "line_start", "line_end", "text")}
        assert item["themes"] == [theme for theme in T.THEME_IDS if theme in item["themes"]], item["id"]
    between, classifier = theme_agreement(model=blind_models["themes_gold_test3.jsonl", None][1])
    assert (between.true_positive, between.predicted, between.gold) == (91, 92, 99)
    assert classifier.gold == 99 and classifier.f1 >= 0.87, classifier


def test_per_theme_thresholds_come_from_the_lexicon():
    lex = T.load_lexicon()
    default = float(lex.params["block_threshold"])
    assert set(lex.thresholds) == set(T.THEME_IDS)
    assert lex.thresholds["concept"] == default and lex.thresholds["regional"] < default
    scores = {"regional": 0.45, "concept": 0.45}
    assert T.themes_from_scores(scores, lex) == ["regional"]
    assert T.themes_from_scores(scores, lex, threshold=0.4) == ["concept", "regional"]
    data = yaml.safe_load(T.SCHEMA_PATH.read_text(encoding="utf-8"))
    data["themes"]["risk"]["threshold"] = 1.5
    with pytest.raises(T.LexiconError):
        T.parse(data)


def test_a_long_block_needs_more_evidence_and_a_short_one_less():
    lex = T.load_lexicon()
    scores = {"concept": 0.55, "digital": 0.37}  # thresholds 0.5 and 0.4 at the reference length
    assert T.themes_from_scores(scores, lex, n_chars=200) == ["concept"]
    assert T.themes_from_scores(scores, lex, n_chars=2000) == []  # factor 1.4: 0.7 and 0.56
    assert T.themes_from_scores(scores, lex, n_chars=40) == ["concept", "digital"]  # factor 0.8
    assert T.themes_from_scores(scores, lex) == ["concept"]  # no length: the plain thresholds
    assert T.themes_from_scores(scores, lex, threshold=0.6, n_chars=40) == []  # explicit: as given
    # one sentence on the industrial system: the theme of a one-sentence block, in passing in a long one
    sentence = "加快建设现代化产业体系，推进新型工业化。"
    long_text = sentence + "这一进程需要各方面共同努力、久久为功。" * 12
    score = T.score_text(sentence)["industrial_upgrading"]
    assert score == T.score_text(long_text)["industrial_upgrading"]
    assert lex.thresholds["industrial_upgrading"] * T.length_factor(len(sentence), lex) <= score \
        < lex.thresholds["industrial_upgrading"] * T.length_factor(len(long_text), lex)
    assert "industrial_upgrading" in T.themes_from_scores(T.score_text(sentence), lex, n_chars=len(sentence))
    assert "industrial_upgrading" not in T.themes_from_scores(T.score_text(long_text), lex, n_chars=len(long_text))


def test_a_theme_not_length_scaled_keeps_its_threshold():
    """regional is `length_scaled: false`: one named province acting makes the theme in a long block
    as in a short one (the dev fixtures label it so)."""
    lex = T.load_lexicon()
    assert "regional" not in lex.length_scaled and "concept" in lex.length_scaled
    sentence = "浙江省加快发展新质生产力。"
    long_text = sentence + "这一进程需要各方面共同努力、久久为功。" * 12
    assert T.score_text(long_text)["regional"] == 0.45 == lex.thresholds["regional"]
    assert "regional" in T.themes_from_scores(T.score_text(long_text), lex, n_chars=len(long_text))


@pytest.mark.parametrize("change, message", [
    (lambda p: p.update(length_factor_range=[1.2, 1.4]), "length_factor_range"),
    (lambda p: p.update(length_factor_range=[0.8]), "length_factor_range"),
    (lambda p: p.update(length_reference_chars=0), "length_reference_chars > 0"),
    (lambda p: p.pop("length_exponent"), "params must define"),
    (lambda p: p.update(length_factor_range=[0.8, 2.5]), "long block could never"),  # 0.5 x 2.5 > 1
])
def test_length_parameters_are_validated(change, message):
    data = yaml.safe_load(T.SCHEMA_PATH.read_text(encoding="utf-8"))
    change(data["params"])
    with pytest.raises(T.LexiconError, match=message):
        T.parse(data)


def test_length_scaled_is_validated():
    data = yaml.safe_load(T.SCHEMA_PATH.read_text(encoding="utf-8"))
    data["themes"]["regional"]["length_scaled"] = "no"
    with pytest.raises(T.LexiconError, match="length_scaled must be true or false"):
        T.parse(data)
    data["themes"]["regional"]["length_scaled"] = False
    data["params"]["length_factor_range"] = [0.8, 2.5]  # only the scaled themes must stay reachable
    data["themes"] = {t: {**spec, "length_scaled": False} for t, spec in data["themes"].items()}
    assert T.parse(data).length_scaled == frozenset()


def test_last_item_of_an_enumeration_is_damped_too():
    # "A、B和C" and "A、B等": the last item is listed in passing as much as the others.
    assert T._in_enumeration("支持电子信息、高端装备和节能环保产业", 14, 16, 8)
    assert T._in_enumeration("数字经济、绿色发展等新兴产业成为新动能", 5, 9, 8)
    assert not T._in_enumeration("必须加快发展方式绿色转型，推进碳达峰", 8, 12, 8)
    text = "数字经济、绿色发展等新兴产业成为全球经济增长的新动能。"
    assert "green" not in T.themes_from_scores(T.score_text(text))


def test_historical_agrarian_age_is_not_agriculture():
    text = "第一次产业革命以蒸汽机大规模使用为标志，人类社会从农业社会步入工业化时代。"
    assert "agriculture" not in T.themes_from_scores(T.score_text(text))
    text = "发展农业新质生产力，要确保粮食安全，推进智慧农业建设。"
    assert "agriculture" in T.themes_from_scores(T.score_text(text))


def test_a_problem_stated_as_existing_is_risk():
    text = "当前，我国基础研究还存在投入不足、原创成果偏少等突出问题。"
    assert "risk" in T.themes_from_scores(T.score_text(text))
    text = "新质生产力强调以绿色发展推动经济转型。"
    assert "risk" not in T.themes_from_scores(T.score_text(text))


def test_keywords_listed_in_passing_do_not_assign_the_theme():
    text = "要推动传统产业高端化、智能化、绿色化，加快建设现代化产业体系。"
    labels = T.themes_from_scores(T.score_text(text))
    assert "green" not in labels and "digital" not in labels
    assert "industrial_upgrading" in labels


def test_a_full_sentence_about_green_development_gets_green():
    text = ("绿色发展是高质量发展的底色，新质生产力本身就是绿色生产力。"
            "必须加快发展方式绿色转型，积极稳妥推进碳达峰碳中和。")
    scores = T.score_text(text)
    assert "green" in T.themes_from_scores(scores)
    assert 0.0 <= min(scores.values()) and max(scores.values()) <= 1.0


def test_place_where_a_speech_was_given_is_not_regional():
    text = "去年9月，习近平在黑龙江考察调研期间首次提出新质生产力这一概念。"
    assert "regional" not in T.themes_from_scores(T.score_text(text))
    text = "黑龙江制定了加快形成新质生产力行动方案，全省各地因地制宜发展特色产业。"
    assert "regional" in T.themes_from_scores(T.score_text(text))


@pytest.mark.parametrize("text, theme, expected", [
    # transforming traditional industries, said as a verb phrase, is the theme in one sentence
    ("国资央企要利用新的技术，推动传统产业高端化、智能化、绿色化发展。", "industrial_upgrading", True),
    # the stock phrase of nearly every NQP text is no international comparison ...
    ("加快形成新质生产力，是我国把握新一轮科技革命机遇的关键之举。", "global", False),
    # ... the revolutions of history are
    ("第一次工业革命以蒸汽机的大规模使用为标志，英国由此成为世界工厂。", "global", True),
    ("深化环评“放管服”改革，对重点项目开辟绿色通道，快办快批。", "reform", True),
    ("各地必须结合自身实际情况，回答“发展什么”“如何发展”等关键问题。", "regional", True),
    # a field of the official future-industry list, introduced as such
    ("- viii. 未来网络领域：未来网络将实现更高效、更安全的数据传输和处理。", "emerging_industries", True),
    ("重点实施风光互补制氢制氨示范园等“零碳”产业园建设。", "green", True),
    # version 8: international cooperation of any kind, cross-border finance, a place in global chains
    ("积极推进国际科技合作，支持国际一流科学家参与我国前沿技术研发。", "global", True),
    ("该行发挥跨境多平台服务优势，助力企业赴澳门发行离岸人民币债券。", "global", True),
    ("我国在全球价值链中的位置不高，亟需向中高端迈进。", "global", True),
    # ... while 全球 alone is still weak evidence
    ("这一做法在全球范围内尚属首次，为企业发展提供了新的思路和方法。", "global", False),
])
def test_lexicon_vocabulary_of_versions_7_and_8(text, theme, expected):
    assert (theme in T.themes_from_scores(T.score_text(text), n_chars=len(text))) is expected


def test_a_local_bureau_is_regional_evidence_and_a_market_pattern_is_not():
    assert T.score_text("市交通运输局锚定高质量发展主攻方向，加快推进交通基础设施建设。").get("regional", 0) > 0
    for text in ("优化市场格局，推动企业做大做强。", "打开国际市场新局面。"):
        assert T.score_text(text).get("regional", 0) == T.score_text(text.replace("局", "")).get("regional", 0), text


def test_annotate_fills_blocks_and_document():
    texts = ["农业新质生产力要确保粮食安全，发展智慧农业和种业振兴，推进乡村振兴。",
             "要加大对基础研究的投入，集中力量攻关关键核心技术，加快科技成果转化。",
             "标题"]
    blocks = []
    for i, t in enumerate(texts):
        b = Block("paragraph" if i < 2 else "heading", [(i * 100, i * 100 + len(t))], t,
                  list(range(i * 100, i * 100 + len(t))), i + 1, i + 1)
        b.text = t
        b.sentences = [Sentence(0, len(t), t)]
        blocks.append(b)
    doc = Document("x.txt", blocks)
    T.annotate(doc)
    assert blocks[0].annotations["themes"] == ["agriculture"]
    assert "innovation" in blocks[1].annotations["themes"]
    assert blocks[2].annotations["themes"] == [] and blocks[2].annotations["theme_scores"] == {}
    assert set(doc.metadata["themes"]) >= {"agriculture", "innovation"}
    assert all(0 < v <= 1 for v in doc.metadata["theme_scores"].values())
    assert all(t in T.THEME_IDS for t in doc.metadata["theme_scores"])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="新质和、，。等 a", max_size=16), st.data())
def test_item_bounds_are_the_run_of_non_delimiters_around_a_match(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    breaks = T._ITEM_DELIMS | T._LIST_JOINERS
    i = start
    while i > 0 and text[i - 1] not in breaks:  # the definition, walked character by character
        i -= 1
    j = end
    while j < len(text) and text[j] not in breaks:
        j += 1
    assert T._item_bounds(text, start, end) == (i, j)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="新质和及等、，。 a", max_size=16), st.data())
def test_no_enumeration_without_a_list_comma(text, data):
    # unit_evidence skips the enumeration test for units without 、 on this ground
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if "、" not in text:
        assert not T._in_enumeration(text, start, end, 8)


def _reference_evidence(lex: T.Lexicon, unit: str) -> dict[str, float]:
    """The evidence rule as the lexicon header states it: every pattern of every theme, in listed
    order, with no literal gate and the enumeration test applied to every counted match."""
    out = {}
    for tid in T.THEME_IDS:
        text = unit
        for mask in lex.masks[tid]:
            text = mask.sub(lambda m: "□" * len(m.group()), text)
        used = [False] * len(text)
        total = 0.0
        for pattern, weight in lex.terms[tid]:
            spans = [m.span() for m in pattern.finditer(text)
                     if m.end() > m.start() and not any(used[m.start():m.end()])]
            if spans:
                total += max(weight * (lex.list_damping
                                       if T._in_enumeration(text, s, e, lex.list_item_max_chars) else 1.0)
                             for s, e in spans)
                for s, e in spans:
                    used[s:e] = [True] * (e - s)
        if total > 0:
            out[tid] = total
    return out


def test_unit_evidence_equals_the_ungated_rule_on_seed_text():
    lex = T.load_lexicon()
    units = [line[s:e] for line in simplified_seed_lines() for s, e in T.split_units(line)]
    assert len(units) > 5000
    differing = [u for u in units if T.unit_evidence(lex, u) != _reference_evidence(lex, u)]
    assert not differing, differing[:3]
    assert sum(bool(T.unit_evidence(lex, u)) for u in units) > len(units) // 2


_INSERTS = list("、、和及与或等，。；") + ["在黑龙江考察时", "在江苏代表团", "农业社会", "智慧农业时代"]


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_unit_evidence_equals_the_ungated_rule_on_perturbed_text(data):
    # enumerations, joiners and mask triggers where the seed text has none: the damping, the spans
    # counted once per theme and the masks all get exercised beyond what the seed units show
    lex = T.load_lexicon()
    lines = simplified_seed_lines()
    line = lines[data.draw(st.integers(0, len(lines) - 1))]
    start = data.draw(st.integers(0, len(line)))
    text = line[start:start + data.draw(st.integers(0, 80))]
    for _ in range(data.draw(st.integers(0, 6))):
        at = data.draw(st.integers(0, len(text)))
        text = text[:at] + data.draw(st.sampled_from(_INSERTS)) + text[at:]
    assert T.unit_evidence(lex, text) == _reference_evidence(lex, text)


def test_the_documents_themes_against_the_hand_labels():
    """tests/gold/themes_documents_gold.jsonl: all 81 documents of release 1.60.0, each labelled by
    hand with the themes it is about (README_themes_documents.md). The newest release's document
    themes, micro F1: 0.775 with doc_share 0.15 and one block (release 1.60.0), 0.835 with 0.08 and
    two blocks or one block of 0.25 (lexicon version 9, chosen on these labels; 0.828 / 0.843 on
    either half); 0.831 with the classifier fitted to every labelled block (release 1.69.0); 0.885
    with the document model fitted to these labels (release 1.73.0; in-sample: its blind figures are
    in tests/test_document_themes.py)."""
    from nqp_corpus.quality import REPO, document_theme_scores
    from nqp_corpus.validate import newest_release

    score = document_theme_scores(newest_release(REPO / "processed"))
    assert score.gold == 436 and score.f1 >= 0.87, score


def test_a_second_labeller_agrees_with_the_documents_themes():
    """tests/gold/themes_documents_agreement.jsonl: 27 of the 81 documents labelled again, blind to
    the first labels (README_themes_documents_agreement.md). Same documents and lengths, valid
    themes in taxonomy order; the counts were computed apart and the eight differing documents read
    by hand: 149 labels shared, 161 given by the second labeller, 150 by the first (micro F1 0.958).
    The newest release's document themes on the same documents: 119 of its 141 right (F1 0.818) with
    the rule of 1.61.0-1.72.0; 143 of 170 (0.894) since 1.73.0, whose model is fitted to the first
    labels (its cross-validated figures: tests/test_document_themes.py)."""
    import pyarrow.parquet as pq

    from nqp_corpus.quality import REPO, _jsonl, document_theme_agreement
    from nqp_corpus.validate import newest_release

    first = {item["doc_id"]: item for item in _jsonl(GOLD_DIR / "themes_documents_gold.jsonl")}
    second = _jsonl(GOLD_DIR / "themes_documents_agreement.jsonl")
    release = newest_release(REPO / "processed")
    lengths = {row["doc_id"]: row["n_chars"] for row in pq.read_table(
        release / "documents" / "train-00000-of-00001.parquet", columns=["doc_id", "n_chars"]).to_pylist()}
    assert sorted(item["doc_id"] for item in second) == sorted(first)[1::3]  # in the release's order
    for item in second:
        assert item["n_chars"] == lengths[item["doc_id"]] and item["genre"] == first[item["doc_id"]]["genre"]
        assert item["themes"] == [theme for theme in T.THEME_IDS if theme in item["themes"]], item["doc_id"]
    between, code = document_theme_agreement(release)
    assert (between.true_positive, between.predicted, between.gold) == (149, 161, 150)
    assert code.gold == 150 and code.f1 >= 0.80, code
