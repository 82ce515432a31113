"""The Arrow proof of columns in validate.py: it may skip the per-row schema check only for values
jsonschema accepts, and a release's lines must be those of checking every row with jsonschema."""
from __future__ import annotations

import random
import re
import shutil
from itertools import groupby
from pathlib import Path

import jsonschema
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nqp_corpus import RELEASE_VERSION
from nqp_corpus.rows import CONFIGS, SCHEMAS
from nqp_corpus.validate import (BATCH_ROWS, _all_match, _arrow_proves, _by_group, _group, _proven_columns,
                                 _row_problems, _rule_problems, _schema, _schema_settled, describe,
                                 read_batches, shard_path, validator)


def _jsonschema_lines(folder: Path, config: str) -> list[str]:
    """What checking every row in full with jsonschema, then the rules, reports."""
    check, id_column = validator(config), SCHEMAS[config].names[0]
    table = pq.read_table(folder / shard_path(config)).combine_chunks()
    broken = _rule_problems(config, table.to_batches()[0], RELEASE_VERSION)  # the whole file as one batch
    lines = []
    for index, row in enumerate(table.to_pylist()):
        found = [describe(error) for error in check.iter_errors(row)]
        found += broken.get(index, [])
        lines += [f"{config}: row {row[id_column]}: field {field}: {problem}" for field, problem in found]
    return lines


def _lines(folder: Path, config: str) -> list[str]:
    return [line for _, _, line in _row_problems(folder, config, RELEASE_VERSION)]


def _rewrite(folder: Path, config: str, change) -> None:
    path = folder / shard_path(config)
    rows = pq.read_table(path).to_pylist()
    change(rows)
    pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[config]), path)


def _batches(folder: Path, config: str) -> list[pa.RecordBatch]:
    return list(read_batches(pq.ParquetFile(folder / shard_path(config)), BATCH_ROWS))


@pytest.mark.parametrize("config", CONFIGS)
def test_validate_proves_every_column_of_a_fresh_release(release, config):
    """A release as built needs no per-row schema check: every batch is settled by the proof."""
    for batch in _batches(release, config):
        assert _schema_settled(config, batch, _proven_columns(config, batch))


def test_validate_scalar_violations_give_the_jsonschema_lines(release, tmp_path):
    folder = shutil.copytree(release, tmp_path / release.name)
    segments = pq.read_table(folder / shard_path("segments"), columns=["segment_id"]).column(0).to_pylist()

    def corrupt(rows):
        rows[1]["kind"] = "banner"            # enum (a vocabulary)
        rows[2]["doc_id"] = "nowhere"         # pattern
        rows[3]["index"] = -1                 # minimum
        rows[4]["page"] = 0                   # minimum of a nullable integer
        rows[5]["attribution_date"] = "1999-1"  # pattern of a nullable string
        rows[6]["text_sha256"] = "A" * 64     # pattern, and the rule
        rows[7]["segment_id"] += "\n"         # Python's $ matches before a final newline, RE2's does not
    _rewrite(folder, "segments", corrupt)
    lines = _lines(folder, "segments")
    assert lines == _jsonschema_lines(folder, "segments")
    assert lines == [
        f"segments: row {segments[1]}: field kind: 'banner' is not in vocabulary 'block_kinds' "
        "(schema/vocabularies.yaml)",
        f"segments: row {segments[2]}: field doc_id: 'nowhere' does not match '^[^/]+/d[0-9]+$'",
        f"segments: row {segments[3]}: field index: -1 is less than the minimum of 0",
        f"segments: row {segments[4]}: field page: 0 is less than the minimum of 1",
        f"segments: row {segments[5]}: field attribution_date: '1999-1' does not match "
        "'^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'",
        f"segments: row {segments[6]}: field text_sha256: '{'A' * 64}' does not match '^[0-9a-f]{{64}}$'",
        f"segments: row {segments[6]}: field text_sha256: does not match text"]
    corrupted = {"kind", "doc_id", "index", "page", "attribution_date", "text_sha256", "segment_id"}
    assert not corrupted & _proven_columns("segments", _batches(folder, "segments")[0])


# Values to corrupt scalar columns with: valid and invalid for one schema or another.
_STRINGS = ["", "x", "a/d1", "a/d1\n", "a/s1-2", "a/t1-2", "a/r1-2", "1.2.3", "1.2", "1999", "1999-01",
            "1999-1", "f" * 64, "F" * 64, "banner", "paragraph", "zh-Hant", "mainland", "year", "中/d1", None]
_INTEGERS = [-1, 0, 1, 2, None]


@pytest.mark.parametrize("seed", range(3))
def test_validate_random_scalar_corruptions_give_the_jsonschema_lines(release, tmp_path, seed):
    rng = random.Random(seed)
    folder = shutil.copytree(release, tmp_path / release.name)
    for config in CONFIGS:
        scalars = [f for f in SCHEMAS[config] if f.type in (pa.string(), pa.int64())]

        def corrupt(rows):
            for _ in range(12):
                field = rng.choice(scalars)
                pool = _STRINGS if field.type == pa.string() else _INTEGERS
                rows[rng.randrange(len(rows))][field.name] = rng.choice(pool)
        _rewrite(folder, config, corrupt)
        assert _lines(folder, config) == _jsonschema_lines(folder, config), config


def _scalar_nodes() -> list[tuple[str, str, dict]]:
    return [(config, name, node) for config in CONFIGS
            for name, node in _schema(config)["properties"].items()
            if SCHEMAS[config].field(name).type in (pa.string(), pa.int64(), pa.bool_())]


def _values(node: dict) -> st.SearchStrategy:
    """Values near and far from what the node accepts: pattern matches (with text around them),
    enum terms, arbitrary text, integers around the bounds, booleans and null."""
    choices = [st.text(max_size=8), st.integers(-3, 3), st.booleans(), st.none()]
    if "pattern" in node:
        choices.append(st.from_regex(node["pattern"]))
    if "enum" in node:
        choices.append(st.sampled_from(node["enum"]))
    return st.one_of(choices)


@pytest.mark.parametrize(("config", "name", "node"), _scalar_nodes(), ids=lambda v: v if isinstance(v, str) else "")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_validate_proof_accepts_only_columns_jsonschema_accepts(config, name, node, data):
    values = data.draw(st.lists(_values(node), min_size=1, max_size=6))
    kind = SCHEMAS[config].field(name).type
    try:
        array = pa.array(values, kind)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, OverflowError):
        return  # not a value this column can hold
    if _arrow_proves(node, array):
        check = jsonschema.Draft202012Validator(node)
        assert all(check.is_valid(value) for value in array.to_pylist())


def test_validate_proof_accepts_the_valid_values_of_every_scalar_kind():
    """The other direction, so the test above cannot pass by proving nothing."""
    segments = _schema("segments")["properties"]
    documents = _schema("documents")["properties"]
    assert _arrow_proves(segments["kind"], pa.array(["paragraph", "title"]))
    assert _arrow_proves(segments["page"], pa.array([1, None, 7]))
    assert _arrow_proves(segments["attribution_date"], pa.array(["1999", None, "1999-01-02"]))
    assert _arrow_proves(documents["script_mixed"], pa.array([True, False]))
    assert _arrow_proves(documents["genre"], pa.array(["essay", None]))
    assert not _arrow_proves(documents["genre"], pa.array(["essay", "poem"]))
    assert not _arrow_proves(segments["kind"], pa.array(["paragraph", None]))  # null is not a block kind
    assert not _arrow_proves(segments["page"], pa.array([1, 0]))


def test_validate_proof_counts_lengths_in_code_points():
    node = {"type": "string", "minLength": 2, "maxLength": 3}
    assert _arrow_proves(node, pa.array(["中文", "中文字"]))
    assert not _arrow_proves(node, pa.array(["中文字体"]))  # 4 code points, 12 bytes
    assert not _arrow_proves(node, pa.array(["中"]))


@pytest.mark.parametrize("pattern", [r"\d", r"^\w+$", "a{,2}", "[[:alpha:]]", "(?i)a", "[a-]", "^*", "a++"])
def test_validate_proof_leaves_patterns_re2_may_read_otherwise_to_jsonschema(pattern):
    """\\d, \\w are Unicode in Python and ASCII in RE2; RE2 reads {,2} and [[:alpha:]] otherwise;
    possessive repeats and `^*` are not valid in both."""
    assert not _all_match(pattern, pa.array(["1", "a", "aa", "A"]))


_PATTERN_SYNTAX = st.lists(st.sampled_from(
    ["a", "b", "/", "\n", "^", "$", ".", "|", "(", ")", "(?:", "[", "[^", "]", "-", "*", "+", "?",
     "{2}", "{1,}", "{0,2}", "{,2}", "\\.", "\\d", "\\D", "\\w", "\\W", "\\\\", "[[:alpha:]]", "1", "中"]),
    max_size=6).map("".join)
# Texts over the characters those patterns name, and the ones where the engines part: a non-ASCII
# digit (\D), `{,2}` and `:]` read literally.
_TEXTS = st.lists(st.text("ab/\n.1-中A٣{,2}:]", max_size=6), min_size=1, max_size=4)


@settings(max_examples=600, deadline=None)
@given(pattern=_PATTERN_SYNTAX, texts=_TEXTS)
def test_validate_pattern_proof_implies_a_python_match(pattern, texts):
    """Whenever _all_match says every text matches (RE2), Python's re.search (jsonschema's) agrees."""
    if _all_match(pattern, pa.array(texts, pa.string())):
        assert all(re.search(pattern, text) for text in texts), (pattern, texts)


def test_validate_rule_violations_in_a_settled_batch_give_the_row_lines(release, tmp_path):
    """Values the schema accepts but the rules do not: the batch is settled by the Arrow proof, so
    only the rule checks stand between it and a silent pass."""
    folder = shutil.copytree(release, tmp_path / release.name)

    def swap_span(rows):
        rows[3]["raw_start"], rows[3]["raw_end"] = rows[3]["raw_end"], rows[3]["raw_start"]

    def change_text(rows):
        swap_span(rows)
        rows[5]["text"] += "。"  # text_sha256 still well-formed, no longer the text's

    def other_release(rows):
        rows[0]["release"] = "0.0.1"

    for config, change in (("sentences", swap_span), ("segments", change_text),
                           ("removed", swap_span), ("documents", other_release)):
        _rewrite(folder, config, change)
        assert _schema_settled(config, _batches(folder, config)[0], _proven_columns(config, _batches(folder, config)[0]))
        lines = _lines(folder, config)
        assert lines == _jsonschema_lines(folder, config)
        assert len(lines) == {"segments": 2}.get(config, 1), lines


_IDS = st.one_of(st.none(), st.integers(0, 3), st.text(alphabet="ab/", max_size=4),
                 st.sampled_from(["a", "ab", "a/", "/x", "a/1", "a/2", "ab/1", "b/1/2", ""]))


@given(st.lists(_IDS, max_size=40))
def test_validate_id_runs_are_the_groupby_runs_of_the_ids_file(ids):
    # _by_group tests a run's ids by prefix; the definition is itertools.groupby keyed by _group
    rows = [(index, row_id) for index, row_id in enumerate(ids)]
    expected = [(group, list(run)) for group, run in groupby(rows, key=lambda row: _group(row[1]))]
    assert list(_by_group(rows)) == expected
