"""`nqp-corpus diff`: two real releases built from raw folders that differ in known ways.

old (v1.0.0): three small raw files (conftest.SMALL).
new (v1.1.0): the same without 002 (file and catalogue entry dropped) and with one character of 004
changed (its sha256 updated in the copied catalogue).
Expectations are derived from the two releases and the known edits, never from fixed counts.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from conftest import SMALL, copy_raw, run_cli, write_catalogue
from nqp_corpus.diff import changelog_summary, diff_releases, id_sort_key, run_diff, text_checksums
from nqp_corpus.release import build
from nqp_corpus.rows import CONFIGS, SCHEMAS
from nqp_corpus.validate import shard_path

DROPPED = "002_4a3f4c45dc60d9f1.txt"
CHANGED = "004_f9e59df9e02ecc35.txt"


def change_one_character(raw_dir: Path, name: str) -> int:
    """Replace one CJK character in the middle of the first long CJK line of raw_dir/name (running
    text, not page furniture) by another one of the same length in code points, and update the
    file's sha256 in raw_dir/catalogue.yaml. Returns the code-point offset that changed."""
    path = raw_dir / name
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf"), "offsets below assume no BOM"
    text = data.decode("utf-8")
    offset = 0
    for line in text.split("\n"):
        cjk = [i for i, ch in enumerate(line) if "\u4e00" <= ch <= "\u9fff"]
        if len(cjk) >= 40:
            position = offset + cjk[len(cjk) // 2]
            break
        offset += len(line) + 1
    else:
        raise AssertionError(f"{name}: no long line of running text")
    replacement = "力" if text[position] != "力" else "人"  # the same in both scripts
    new = (text[:position] + replacement + text[position + 1:]).encode("utf-8")
    path.write_bytes(new)
    catalogue = yaml.safe_load((raw_dir / "catalogue.yaml").read_text(encoding="utf-8"))
    for entry in catalogue["files"]:
        if entry["file"] == name:
            entry["sha256"] = hashlib.sha256(new).hexdigest()
    write_catalogue(raw_dir, catalogue["files"])
    return position


def drop_file(raw_dir: Path, name: str) -> None:
    (raw_dir / name).unlink()
    catalogue = yaml.safe_load((raw_dir / "catalogue.yaml").read_text(encoding="utf-8"))
    write_catalogue(raw_dir, [e for e in catalogue["files"] if e["file"] != name])


@pytest.fixture(scope="module")
def pair(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("diff")
    out = root / "processed"
    old = build(copy_raw(root / "raw-old", SMALL), out, "1.0.0").folder
    raw_new = copy_raw(root / "raw-new", SMALL)
    drop_file(raw_new, DROPPED)
    position = change_one_character(raw_new, CHANGED)
    new = build(raw_new, out, "1.1.0").folder
    return {"out": out, "old": old, "new": new, "position": position, "diff": diff_releases(old, new)}


def _ids(folder: Path, config: str) -> list[str]:
    return pq.read_table(folder / shard_path(config), columns=[SCHEMAS[config].names[0]]).column(0).to_pylist()


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0]


def test_a_release_against_itself_has_no_differences(pair):
    diff = diff_releases(pair["old"], pair["old"])
    assert diff.totals() == {"added": 0, "removed": 0, "changed": 0}
    for config in CONFIGS:
        assert diff.configs[config].unchanged == len(_ids(pair["old"], config))
    assert "no ids added, removed or changed" in run_diff(pair["old"], pair["old"])


def test_counts_add_up_to_the_rows_of_each_release(pair):
    for config, d in pair["diff"].configs.items():
        old, new = _ids(pair["old"], config), _ids(pair["new"], config)
        assert d.unchanged + len(d.changed) + len(d.removed) == len(old)
        assert d.unchanged + len(d.changed) + len(d.added) == len(new)
        assert set(d.added) == set(new) - set(old) and set(d.removed) == set(old) - set(new)


def test_every_id_of_the_dropped_file_is_removed(pair):
    stem = _stem(DROPPED)
    for config in CONFIGS:
        dropped = {i for i in _ids(pair["old"], config) if i.startswith(stem + "/")}
        assert dropped, f"{config}: the old release has rows from {DROPPED}"
        assert dropped <= set(pair["diff"].configs[config].removed)
        assert not any(i.startswith(stem + "/") for i in _ids(pair["new"], config))


def test_ids_of_untouched_files_are_neither_added_removed_nor_changed(pair):
    untouched = {_stem(n) for n in SMALL} - {_stem(DROPPED), _stem(CHANGED)}
    for config, d in pair["diff"].configs.items():
        for record_id in d.added + d.removed + d.changed:
            assert record_id.split("/")[0] not in untouched, (config, record_id)


def test_the_segment_holding_the_changed_character_is_changed(pair):
    stem, position = _stem(CHANGED), pair["position"]
    rows = pq.read_table(pair["old"] / shard_path("segments"), columns=["segment_id", "raw_pieces"]).to_pylist()
    holding = [r["segment_id"] for r in rows if r["segment_id"].startswith(stem + "/")
               and any(p["start"] <= position < p["end"] for p in r["raw_pieces"])]
    assert len(holding) == 1, "the changed character is in running text"
    d = pair["diff"].configs["segments"]
    # the span did not move, so the id survives with a different text checksum
    assert holding[0] in d.changed
    assert d.changed and all(i.startswith(stem + "/") for i in d.changed)
    for config in ("documents", "sentences"):
        assert pair["diff"].configs[config].changed, f"{config}: the changed text shows up"


def test_the_reverse_diff_swaps_added_and_removed(pair):
    back = diff_releases(pair["new"], pair["old"])
    for config, d in pair["diff"].configs.items():
        r = back.configs[config]
        assert (r.added, r.removed, r.changed, r.unchanged) == (d.removed, d.added, d.changed, d.unchanged)


def test_changed_means_the_text_checksum_differs(pair):
    for config in CONFIGS:
        old, new = text_checksums(pair["old"], config), text_checksums(pair["new"], config)
        for record_id in pair["diff"].configs[config].changed:
            assert old[record_id] != new[record_id]


def test_ids_are_listed_in_reading_order():
    ids = ["b/s10-20", "a/s1000-1010", "a/s99-120", "a/d5"]
    assert sorted(ids, key=id_sort_key) == ["a/d5", "a/s99-120", "a/s1000-1010", "b/s10-20"]
    # and the diff uses that order
    assert id_sort_key("x/t2-3") < id_sort_key("x/t10-11")


def test_cli_text_output_by_version_with_counts_and_summary(pair):
    result = run_cli("diff", "v1.0.0", "1.1.0", "--out", str(pair["out"]))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    d = pair["diff"]
    for config, c in d.configs.items():
        assert (f"{config}: {len(c.added):,} added, {len(c.removed):,} removed, {len(c.changed):,} changed, "
                f"{c.unchanged:,} unchanged") in lines
    totals = d.totals()
    assert lines[-1].startswith(f"v1.0.0 → v1.1.0: {totals['added']:,} added, {totals['removed']:,} removed, "
                                f"{totals['changed']:,} changed ids across {len(CONFIGS)} configs")
    for record_id in d.configs["segments"].removed:
        assert f"  - {record_id}" in lines
    for record_id in d.configs["segments"].changed:
        assert f"  ~ {record_id}" in lines
    counts_only = run_cli("diff", str(pair["old"]), str(pair["new"]), "--counts")
    assert counts_only.returncode == 0 and not any(l.startswith("  ") for l in counts_only.stdout.splitlines())


def test_cli_json_output(pair):
    result = run_cli("diff", str(pair["old"]), str(pair["new"]), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["old"], data["new"]) == ("1.0.0", "1.1.0")
    assert data["totals"] == pair["diff"].totals()
    for config, d in pair["diff"].configs.items():
        got = data["configs"][config]
        assert (got["added"], got["removed"], got["changed"]) == (d.added, d.removed, d.changed)
        assert got["counts"] == {"added": len(d.added), "removed": len(d.removed), "changed": len(d.changed),
                                 "unchanged": d.unchanged}


def test_cli_unknown_release_is_one_line_exit_2(pair):
    result = run_cli("diff", "v1.0.0", "v9.9.9", "--out", str(pair["out"]))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "v9.9.9" in result.stderr and "Traceback" not in result.stderr


def test_changelog_summary_lists_counts_and_ids_deterministically(pair):
    text = changelog_summary(pair["old"], pair["new"], listed=3)
    assert text == changelog_summary(pair["old"], pair["new"], listed=3)
    assert text.startswith("### Ids compared with v1.0.0\n")
    for config, d in pair["diff"].configs.items():
        assert f"| `{config}` | {len(d.added):,} | {len(d.removed):,} | {len(d.changed):,} | {d.unchanged:,} |" in text
        if len(d.removed) > 3:
            assert f"- `{config}` removed: " in text and f"and {len(d.removed) - 3:,} more" in text
        for record_id in d.removed[:3] + d.changed[:3]:
            assert f"`{record_id}`" in text
    assert "nqp-corpus diff v1.0.0 v1.1.0" in text


def test_fields_changed_under_the_same_text_are_counted_per_column():
    """Release 1.15.0 changed block kinds and what follows from them, no text (its CHANGELOG entry):
    the diff of the two committed releases counts each column as comparing them row by row does,
    and 25 segments change kind (each read by eye when the release was made)."""
    processed = Path(__file__).resolve().parents[1] / "processed"
    old, new = processed / "v1.14.0", processed / "v1.15.0"
    diff = diff_releases(old, new, fields=True)
    assert diff.totals() == {"added": 0, "removed": 0, "changed": 0}
    changed_rows = 0
    for config in CONFIGS:
        id_column = SCHEMAS[config].names[0]
        rows = [{r[id_column]: r for r in pq.read_table(folder / shard_path(config)).to_pylist()}
                for folder in (old, new)]
        columns = [c for c in SCHEMAS[config].names[1:] if c not in ("text", "text_sha256", "release")]
        expected = {c: n for c in columns if (n := sum(rows[0][i].get(c) != rows[1][i].get(c) for i in rows[0]))}
        assert diff.configs[config].fields == expected, config
        changed_rows += sum(any(rows[0][i].get(c) != rows[1][i].get(c) for c in columns) for i in rows[0])
    assert diff.configs["segments"].fields["kind"] == 25
    assert run_diff(old, new, ids=False).splitlines()[-1].endswith(
        f"; other fields changed in {changed_rows:,} rows of the same text")

