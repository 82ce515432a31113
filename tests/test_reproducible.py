"""Citations last only if releases are reproducible and ids are stable.

- The committed release processed/v<RELEASE_VERSION>/ (when the repository holds one) is what
  `nqp-corpus build --check` rebuilds from the current sources, file for file.
- Two builds of the same inputs are byte-identical (every file, Parquet included).
- An id names a raw span: a segment whose span did not change keeps its id and its text checksum
  across releases built from raw folders that differ only in another file (or elsewhere in its own).
"""
from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import REPO, SMALL, copy_raw, run_cli
from nqp_corpus import RELEASE_VERSION
from nqp_corpus.release import build
from nqp_corpus.rows import CONFIGS, SCHEMAS
from nqp_corpus.validate import shard_path
from test_diff import change_one_character

COMMITTED = REPO / "processed" / f"v{RELEASE_VERSION}"
EDITED = "002_4a3f4c45dc60d9f1.txt"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.skipif(not COMMITTED.is_dir(), reason=f"no committed release {COMMITTED.relative_to(REPO)} yet")
def test_the_committed_release_is_what_the_current_sources_build():
    result = run_cli("build", "--check", cwd=REPO)
    assert result.returncode == 0, result.stderr or result.stdout
    assert "identical to a fresh build" in result.stdout


def test_two_builds_of_the_same_inputs_are_byte_identical(release, tmp_path):
    """The session release (built once for all tests) against a second build in another folder."""
    again = build(REPO / "raw", tmp_path / "processed", RELEASE_VERSION, changelog=REPO / "CHANGELOG.md")
    assert not again.already_built
    first, second = _files(release), _files(again.folder)
    assert first.keys() == second.keys()
    for config in CONFIGS:
        assert first[shard_path(config)] == second[shard_path(config)], f"{config} Parquet bytes differ"
    assert [name for name in first if first[name] != second[name]] == []


@pytest.fixture(scope="module")
def before_after(tmp_path_factory) -> tuple[Path, Path, int]:
    """Two releases from raw folders that differ in one character of one file (EDITED)."""
    root = tmp_path_factory.mktemp("stable")
    before = build(copy_raw(root / "raw-a", SMALL), root / "a", "1.0.0").folder
    raw_b = copy_raw(root / "raw-b", SMALL)
    position = change_one_character(raw_b, EDITED)
    after = build(raw_b, root / "b", "1.0.1").folder
    return before, after, position


def _rows(folder: Path, config: str) -> dict[str, dict]:
    id_column = SCHEMAS[config].names[0]
    table = pq.read_table(folder / shard_path(config))
    return {row[id_column]: row for row in table.to_pylist()}


@pytest.mark.parametrize("config", CONFIGS)
def test_rows_of_the_untouched_files_keep_their_ids_and_texts(before_after, config):
    before, after, _ = before_after
    stem = EDITED.rsplit(".", 1)[0]
    a = {i: r["text"] for i, r in _rows(before, config).items() if not i.startswith(stem + "/")}
    b = {i: r["text"] for i, r in _rows(after, config).items() if not i.startswith(stem + "/")}
    assert a, f"{config}: rows from the untouched files"
    assert a == b


def test_segments_whose_span_did_not_change_keep_their_id_in_the_edited_file(before_after):
    before, after, position = before_after
    stem = EDITED.rsplit(".", 1)[0]
    a = {i: r for i, r in _rows(before, "segments").items() if i.startswith(stem + "/")}
    b = _rows(after, "segments")
    holding = [i for i, r in a.items() if any(p["start"] <= position < p["end"] for p in r["raw_pieces"])]
    assert len(holding) == 1, "the edit is in running text"
    for segment_id, row in a.items():
        assert segment_id in b, f"{segment_id}: id lost although its raw span is unchanged"
        same = b[segment_id]["text_sha256"] == row["text_sha256"]
        assert same != (segment_id == holding[0]), segment_id  # only the edited segment's text changed
