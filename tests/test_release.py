"""Release folders: loadable with `datasets`, immutable, atomic, deterministic, validated."""
from __future__ import annotations

import gc
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import datasets
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import REPO, SMALL, copy_raw, run_cli, write_changelog
from nqp_corpus import RELEASE_VERSION, cli
from nqp_corpus.catalogue import load_catalogue
from nqp_corpus.release import build
from nqp_corpus.rows import CONFIGS, SCHEMAS
from nqp_corpus.stats import CHARTS
from nqp_corpus.validate import (_id_problems, _id_problems_by_row, _ids_sound, read_card_metadata, sha256_file,
                                 shard_path, validate_release)


def _sums(folder: Path) -> str:
    return (folder / "SHA256SUMS").read_text(encoding="utf-8")


def _one_line(stderr: str) -> str:
    assert stderr.count("\n") == 1 and "Traceback" not in stderr, stderr
    return stderr


# --- the session release: the full corpus, built with the current code ---------------------------

@pytest.mark.parametrize("config", CONFIGS)
def test_every_config_loads_with_datasets_and_has_the_contract_columns(release, config, hf_cache):
    ds = datasets.load_dataset(str(release), config, split="train", cache_dir=str(hf_cache))
    assert ds.column_names == SCHEMAS[config].names
    assert ds.data.schema.remove_metadata().equals(SCHEMAS[config])
    assert ds.num_rows == json.loads((release / "release.json").read_text())["counts"][config]


def test_default_config_is_segments(release, hf_cache):
    ds = datasets.load_dataset(str(release), split="train", cache_dir=str(hf_cache))
    assert ds.column_names == SCHEMAS["segments"].names


def test_every_raw_file_appears_in_documents(release):
    documents = pd.read_parquet(release / shard_path("documents"))
    assert set(documents["source_file"]) == set(load_catalogue(REPO / "raw"))
    assert set(documents["release"]) == {RELEASE_VERSION}


def test_release_folder_layout_checksums_and_manifest(release):
    assert sorted(p.relative_to(release).as_posix() for p in release.rglob("*") if p.is_file()) == sorted(
        ["README.md", "CHANGELOG.md", "SHA256SUMS", "release.json", "stats.json",
         *(shard_path(c) for c in CONFIGS), *(f"charts/{name}.png" for name in CHARTS)])
    for line in _sums(release).splitlines():
        digest, name = line.split("  ")
        assert sha256_file(release / name) == digest
    manifest = json.loads((release / "release.json").read_text())
    assert manifest["version"] == RELEASE_VERSION
    assert set(manifest["software"]) >= {"python", "pyarrow", "datasets", "opencc", "rjieba", "datasketch"}
    assert [r["file"] for r in manifest["raw_files"]] == sorted(load_catalogue(REPO / "raw"))
    assert f"## [{RELEASE_VERSION}]" in (release / "CHANGELOG.md").read_text()


def test_card_front_matter_matches_the_data(release):
    meta = read_card_metadata(release / "README.md")
    assert meta["license"] == "other" and meta["license_name"] and meta["license_details"]
    assert meta["language"] == ["zh"] and meta["pretty_name"] and meta["task_categories"]
    configs = {c["config_name"]: c for c in meta["configs"]}
    assert set(configs) == set(CONFIGS) and configs["segments"]["default"] is True
    assert {c["version"] for c in configs.values()} == {RELEASE_VERSION}
    for info in meta["dataset_info"]:
        parquet = pq.ParquetFile(release / shard_path(info["config_name"]))
        rows = parquet.metadata.num_rows
        assert info["splits"] == [{"name": "train", "num_bytes": info["dataset_size"], "num_examples": rows}]
        # num_bytes is the Arrow size of the rows as written: about what decoding the file gives
        decoded = sum(parquet.read_row_group(i).nbytes for i in range(parquet.num_row_groups))
        assert abs(info["dataset_size"] - decoded) <= 0.01 * decoded
    assert "$" not in (release / "README.md").read_text().split("\n---\n", 1)[1].replace("$$", "")


def test_validate_passes_on_a_fresh_release(release):
    assert validate_release(release) == []


# --- versions ------------------------------------------------------------------------------------

def test_two_releases_loaded_one_after_the_other_each_give_their_own_rows(tmp_path, monkeypatch, hf_cache):
    changelog = write_changelog(tmp_path / "CHANGELOG.md", "0.1.0", "0.2.0")
    old_raw = copy_raw(tmp_path / "raw-old", SMALL[:2])
    new_raw = copy_raw(tmp_path / "raw-new", SMALL)
    out = tmp_path / "processed"
    for version, raw in (("0.1.0", old_raw), ("0.2.0", new_raw)):
        monkeypatch.setattr(cli, "RELEASE_VERSION", version)
        assert cli.main(["build", "--raw", str(raw), "--out", str(out), "--changelog", str(changelog)]) == 0
    for version, names in (("0.1.0", SMALL[:2]), ("0.2.0", SMALL), ("0.1.0", SMALL[:2])):
        ds = datasets.load_dataset(str(out / f"v{version}"), "documents", split="train", cache_dir=str(hf_cache))
        assert set(ds["source_file"]) == set(names)
        assert set(ds["release"]) == {version}


@pytest.fixture
def small_release(tmp_path, monkeypatch) -> tuple[Path, Path, Path, Path]:
    """(raw, out, release folder, changelog) of a quick release 0.3.0; the CLI builds 0.3.0 too."""
    raw = copy_raw(tmp_path / "raw", SMALL)
    out = tmp_path / "processed"
    changelog = write_changelog(tmp_path / "CHANGELOG.md", "0.3.0")
    monkeypatch.setattr(cli, "RELEASE_VERSION", "0.3.0")
    return raw, out, build(raw, out, "0.3.0", changelog=changelog).folder, changelog


def test_rebuilding_the_same_inputs_is_a_byte_identical_no_op(small_release, capsys):
    raw, out, folder, changelog = small_release
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}
    assert cli.main(["build", "--raw", str(raw), "--out", str(out), "--changelog", str(changelog)]) == 0
    assert "already built" in capsys.readouterr().out
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()} == before
    assert not list(out.glob(".tmp-*"))


def test_same_version_with_different_content_fails_asking_for_a_bump(small_release, tmp_path, capsys):
    _, out, folder, changelog = small_release
    before = _sums(folder)
    changed = copy_raw(tmp_path / "raw-changed", SMALL[1:])
    assert cli.main(["build", "--raw", str(changed), "--out", str(out), "--changelog", str(changelog)]) == 2
    err = _one_line(capsys.readouterr().err)
    assert "bump RELEASE_VERSION in nqp_corpus/__init__.py" in err and str(folder) in err
    assert _sums(folder) == before and not list(out.glob(".tmp-*"))


def test_check_compares_a_fresh_build_with_the_release(small_release, tmp_path, capsys):
    raw, out, folder, changelog = small_release
    assert cli.main(["build", "--raw", str(raw), "--out", str(out), "--changelog", str(changelog), "--check"]) == 0
    assert "identical" in capsys.readouterr().out
    changed = copy_raw(tmp_path / "raw-changed", SMALL[1:])
    assert cli.main(["build", "--raw", str(changed), "--out", str(out), "--changelog", str(changelog), "--check"]) == 1
    err = _one_line(capsys.readouterr().err)
    assert "differs from a fresh build" in err and shard_path("documents") in err and "release.json" in err
    assert not list(out.glob(".tmp-*"))


def test_a_missing_changelog_entry_is_refused(small_release, tmp_path, capsys):
    raw, out, _, _ = small_release
    other = write_changelog(tmp_path / "OTHER.md", "0.2.0")
    assert cli.main(["build", "--raw", str(raw), "--out", str(out), "--changelog", str(other)]) == 2
    assert "no entry for version 0.3.0" in _one_line(capsys.readouterr().err)


def test_row_groups_stay_a_few_mb_whatever_the_corpus_size(tmp_path):
    """Readers decode a row group at a time, so its size, not the corpus's, bounds their memory;
    small files are still gathered into one group (datasets reads in batches of the first group)."""
    from nqp_corpus.release import PARQUET_OPTIONS, ROW_GROUP_BYTES, ROW_GROUP_ROWS, _ShardWriter

    schema = pa.schema([("text", pa.string())])
    path = tmp_path / "shard.parquet"
    writer = _ShardWriter(path, schema, PARQUET_OPTIONS)
    tables = [pa.table({"text": [f"{n:04d}" + "新质生产力" * 2000] * 100}, schema=schema) for n in range(40)]
    for table in tables:  # 40 "files" of 100 rows, ~3 MB each: ~120 MB in all
        writer.write(table)
    writer.close()
    parquet = pq.ParquetFile(path)
    group_bytes = [parquet.read_row_group(i).nbytes for i in range(parquet.num_row_groups)]
    assert parquet.metadata.num_rows == 4000 and sum(group_bytes) == sum(t.nbytes for t in tables)
    assert len(group_bytes) >= 8  # a group is a few MB: at most ~1/8 of this 120 MB
    assert max(group_bytes) <= ROW_GROUP_BYTES + max(t.nbytes for t in tables)
    assert all(size >= ROW_GROUP_BYTES for size in group_bytes[:-1])  # no group smaller than needed
    assert pq.read_table(path).equals(pa.concat_tables(tables))

    small = tmp_path / "small.parquet"
    writer = _ShardWriter(small, schema, PARQUET_OPTIONS)
    for n in range(50):
        writer.write(pa.table({"text": [str(n)] * 30}, schema=schema))
    writer.close()
    assert pq.ParquetFile(small).num_row_groups == 1 and 50 * 30 < ROW_GROUP_ROWS


def test_workers_give_the_same_bytes_as_serial(tmp_path):
    raw = copy_raw(tmp_path / "raw", SMALL)
    serial = build(raw, tmp_path / "serial", "0.4.0").folder
    parallel = build(raw, tmp_path / "parallel", "0.4.0", workers=2).folder
    assert _sums(serial) == _sums(parallel)


def test_a_users_pdftotext_compilation_builds_into_a_valid_release(tmp_path):
    """A raw file as pdftotext writes it: no blank lines, a form feed between pages, so the first
    page opens with no mark. Its pages count from 1 (the release schema wants page >= 1), the
    piece that ends on a short page is a document of its own, and its Traditional text is converted
    word by word."""
    import hashlib

    from conftest import repo_catalogue, write_catalogue

    raw = copy_raw(tmp_path / "raw", SMALL)
    wrapped = "发展新质生产力是推动高质量发展的内在要求和重要着力点，必须"
    end = "继续做好创新这篇大文章，推动新质生产力加快发展。"

    def page(lines: int, first: str = wrapped) -> str:
        return "\n".join([first] + [wrapped] * (lines - 2) + [end]) + "\n"

    pages = [page(20) for _ in range(5)] + [page(6)]  # the sixth page is left short: a piece ends
    pages += [page(20, "近日，企业家具有创新精神，把握发展机遇，指明了方向。")] + [page(20) for _ in range(4)]
    text = "\f".join(pages)
    (raw / "005_user.txt").write_text(text, encoding="utf-8")
    entry = {**next(e for e in repo_catalogue()["files"] if e["genre"] == "compilation"),
             "file": "005_user.txt", "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
    write_catalogue(raw, [*(e for e in repo_catalogue()["files"] if e["file"] in SMALL), entry])

    folder = build(raw, tmp_path / "out", "0.5.0", changelog=None).folder
    assert validate_release(folder) == []
    docs = pd.read_parquet(folder / shard_path("documents"))
    assert docs.loc[docs.source_file == "005_user.txt", "line_start"].tolist() == [1, 107]  # 5 x 20 + 6 lines
    segments = pd.read_parquet(folder / shard_path("segments"))
    mine = segments[segments.source_file == "005_user.txt"]
    assert mine.page.tolist() == sorted(mine.page) and mine.page.iloc[0] == 1 and mine.page.iloc[-1] == 11
    opening = mine[mine.text.str.startswith("近日")].text_traditional.iloc[0]
    assert opening.startswith("近日，企業家具有創新精神，把握發展機遇，指明了方向。")


# --- refusals and interruptions ------------------------------------------------------------------

def test_a_changed_raw_byte_is_refused_in_one_line_naming_the_file(tmp_path):
    raw = copy_raw(tmp_path / "raw", SMALL)
    path = raw / SMALL[1]
    data = bytearray(path.read_bytes())
    data[100] ^= 0x01
    path.write_bytes(bytes(data))
    result = run_cli("build", "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    err = _one_line(result.stderr)
    assert SMALL[1] in err and "sha256" in err
    assert not list((tmp_path / "out").glob("v*"))


def test_a_build_killed_mid_write_leaves_existing_releases_intact_and_the_next_build_succeeds(tmp_path, hf_cache):
    out = tmp_path / "processed"
    old = build(copy_raw(tmp_path / "raw-old", SMALL), out, "0.0.9").folder
    old_sums = _sums(old)
    raw = copy_raw(tmp_path / "raw")  # the full corpus: long enough to be killed while writing
    code = "import sys; from nqp_corpus.cli import main; sys.exit(main(sys.argv[1:]))"
    proc = subprocess.Popen([sys.executable, "-c", code, "build", "--raw", str(raw), "--out", str(out)],
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not list(out.glob(".tmp-*")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.7)
    assert proc.poll() is None, "the build finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    assert list(out.glob(".tmp-*")), "the killed build left its temporary folder"
    assert not (out / f"v{RELEASE_VERSION}").exists()
    assert _sums(old) == old_sums and validate_release(old) == []
    ds = datasets.load_dataset(str(old), "segments", split="train", cache_dir=str(hf_cache))
    assert ds.num_rows == pq.ParquetFile(old / shard_path("segments")).metadata.num_rows

    result = build(raw, out, RELEASE_VERSION, changelog=REPO / "CHANGELOG.md")
    assert not result.already_built and validate_release(result.folder) == []
    assert not list(out.glob(".tmp-*")) and _sums(old) == old_sums


# --- validate ------------------------------------------------------------------------------------

def _rewrite_rows(folder: Path, config: str, change) -> None:
    path = folder / shard_path(config)
    rows = pq.read_table(path).to_pylist()
    change(rows)
    pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[config]), path)
    lines = [f"{sha256_file(folder / name)}  {name}" for name in
             (line.split("  ")[1] for line in _sums(folder).splitlines())]
    (folder / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_validate_reports_tampered_rows_checksums_and_card(release, tmp_path, capsys):
    folder = shutil.copytree(release, tmp_path / release.name)
    first, second = pq.read_table(folder / shard_path("segments"), columns=["segment_id"]).column(0).to_pylist()[:2]

    def tamper(rows):
        rows[0]["kind"] = "banner"
        rows[1]["doc_id"] = "nowhere/d0"
        rows[1]["text"] += "改"
    _rewrite_rows(folder, "segments", tamper)
    with open(folder / "CHANGELOG.md", "a", encoding="utf-8") as f:
        f.write("tampered\n")
    card = folder / "README.md"
    card.write_text(card.read_text(encoding="utf-8").replace("num_examples: ", "num_examples: 1", 1), encoding="utf-8")

    assert cli.main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out
    assert f"segments: row {first}: field kind: 'banner' is not in vocabulary 'block_kinds'" in out
    assert f"segments: row {second}: field doc_id: 'nowhere/d0' is not a documents id" in out
    assert f"segments: row {second}: field text_sha256: does not match text" in out
    assert "CHANGELOG.md: sha256 differs from SHA256SUMS" in out
    assert "README.md: sha256 differs from SHA256SUMS" in out
    assert "num_examples: card says 1" in out


def _row_lines(problems: list[str], config: str) -> list[str]:
    return [line for line in problems if line.startswith(f"{config}: row ")]


def _file_of(row_id: str) -> str:
    return row_id.split("/")[0]


def test_validate_finds_a_duplicate_id_in_a_later_run_of_the_same_file(release, tmp_path):
    """Ids are checked one source file at a time; a file whose rows come back after another file's
    must still have its earlier ids remembered."""
    folder = shutil.copytree(release, tmp_path / release.name)
    first = pq.read_table(folder / shard_path("segments")).slice(0, 1).to_pylist()[0]

    def append_a_copy_of_the_first_row(rows):
        assert _file_of(rows[-1]["segment_id"]) != _file_of(first["segment_id"])
        rows.append(first)
    _rewrite_rows(folder, "segments", append_a_copy_of_the_first_row)
    assert _row_lines(validate_release(folder), "segments") == [
        f"segments: row {first['segment_id']}: field segment_id: duplicate id"]


def _dangling_segment(folder: Path) -> str:
    """A segment id under the last file's prefix that no segment has."""
    last = pq.read_table(folder / shard_path("segments"), columns=["segment_id"]).column(0)[-1].as_py()
    return f"{_file_of(last)}/s0-1"


def _last_document(folder: Path) -> str:
    return pq.read_table(folder / shard_path("documents"), columns=["doc_id"]).column(0)[-1].as_py()


@pytest.mark.parametrize(("config", "column", "target_of", "problem"), [
    # a name that exists nowhere
    ("sentences", "segment_id", _dangling_segment, "{target!r} is not a segments id"),
    # ids are derived from their source file, so a segment naming another file's document is a
    # broken release even though that document exists: reported, with its own wording
    ("segments", "doc_id", _last_document, "{target!r} is a documents id of another source file"),
])
def test_validate_reports_a_reference_into_another_file(release, tmp_path, config, column, target_of, problem):
    folder = shutil.copytree(release, tmp_path / release.name)
    first = pq.read_table(folder / shard_path(config), columns=[SCHEMAS[config].names[0]]).column(0)[0].as_py()
    target = target_of(folder)
    assert _file_of(first) != _file_of(target)
    _rewrite_rows(folder, config, lambda rows: rows[0].update({column: target}))
    assert _row_lines(validate_release(folder), config) == [
        f"{config}: row {first}: field {column}: " + problem.format(target=target)]


def test_ids_of_a_built_release_are_shown_sound_without_the_row_checks(release):
    for config in CONFIGS:
        assert _ids_sound(release, config), config
        assert _id_problems_by_row(release, config) == []


def _move_last_file_first(rows):
    """Valid ids in an order the writer never uses: the last file's rows before the others."""
    last = _file_of(rows[-1][next(iter(rows[-1]))])
    moved = [row for row in rows if _file_of(row[next(iter(row))]) == last]
    rows[:] = moved + [row for row in rows if row not in moved]


def _mid_run(rows, last: bool = False) -> int:
    """The first (or last) row whose neighbours name the same file as it."""
    ids = [row[next(iter(row))] for row in rows]
    inside = [i for i in range(1, len(ids) - 1) if _file_of(ids[i - 1]) == _file_of(ids[i]) == _file_of(ids[i + 1])]
    return inside[-1] if last else inside[0]


def _null_ids_in_two_files(rows):
    first, last = _mid_run(rows), _mid_run(rows, last=True)
    assert _file_of(rows[first]["removed_id"]) != _file_of(rows[last]["removed_id"])
    rows[first]["removed_id"] = rows[last]["removed_id"] = None


# change -> (config, the change, whether the row-by-row id checks report it). An id naming no file or
# a null id is the schema's to report; files in another order are valid, just never written so.
_ID_CHANGES = {
    "a later duplicate": ("segments", lambda rows: rows.append(dict(rows[0])), True),
    "a later duplicate, no references": ("removed", lambda rows: rows.append(dict(rows[0])), True),
    "an adjacent duplicate": ("sentences", lambda rows: rows[1].update(sentence_id=rows[0]["sentence_id"]), True),
    "a dangling reference": (
        "sentences", lambda rows: rows[3].update(segment_id=_file_of(rows[3]["segment_id"]) + "/s0-1"), True),
    "a reference into another file": ("segments", lambda rows: rows[0].update(doc_id=rows[-1]["doc_id"]), True),
    "an id naming no file": ("documents", lambda rows: rows[2].update(doc_id="nofile"), False),
    "a null id": ("removed", lambda rows: rows[0].update(removed_id=None), False),
    "null ids inside two files' runs": ("removed", _null_ids_in_two_files, True),  # None twice: a duplicate
    "files in another order": ("sentences", _move_last_file_first, False),
}


@pytest.mark.parametrize("change", _ID_CHANGES)
def test_ids_shown_sound_only_where_the_row_checks_find_nothing(release, tmp_path, change):
    """_ids_sound lets validation skip the row-by-row id checks: whatever the rows, the id lines
    must be those of the row-by-row checks, and the proof must fail wherever they find a problem
    (here it fails for every change: each breaks one of the conditions it shows)."""
    config, alter, reported = _ID_CHANGES[change]
    folder = shutil.copytree(release, tmp_path / release.name)
    _rewrite_rows(folder, config, alter)
    by_row = _id_problems_by_row(folder, config)
    assert bool(by_row) == reported
    assert not _ids_sound(folder, config)
    assert _id_problems(folder, config) == by_row


def test_ids_shown_sound_only_if_every_id_names_a_file(release, tmp_path):
    """A document id without a file, inside its file's run, and the segments naming it: row by row
    the document is in no file's run, so each reference is one into another file."""
    folder = shutil.copytree(release, tmp_path / release.name)
    documents = pq.read_table(folder / shard_path("documents"), columns=["doc_id"]).column(0).to_pylist()
    at = _mid_run([{"doc_id": doc} for doc in documents])
    bare = _file_of(documents[at])  # the file's stem alone: no "/"
    _rewrite_rows(folder, "documents", lambda rows: rows[at].update(doc_id=bare))

    def name_it(rows):  # every segment of the document: no reference is left dangling
        for row in rows:
            if row["doc_id"] == documents[at]:
                row["doc_id"] = bare
    _rewrite_rows(folder, "segments", name_it)
    by_row = [line for _, _, line in _id_problems_by_row(folder, "segments")]
    assert by_row and all(line.endswith(f"field doc_id: {bare!r} is a documents id of another source file")
                          for line in by_row)
    assert not _ids_sound(folder, "segments")
    assert [line for _, _, line in _id_problems(folder, "segments")] == by_row


def test_validate_checks_list_columns_item_by_item_when_arrow_cannot_vouch_for_them(release, tmp_path):
    """Valid list columns skip the per-row check (their Arrow types and counts show them valid);
    one bad item in a batch must still be found, with jsonschema's message."""
    folder = shutil.copytree(release, tmp_path / release.name)
    segment = pq.read_table(folder / shard_path("segments"), columns=["segment_id"]).column(0)[5].as_py()
    sentence = pq.read_table(folder / shard_path("sentences"), columns=["sentence_id"]).column(0)[7].as_py()

    def break_lists(rows):
        rows[5]["raw_pieces"] = []
        rows[5]["reuse_of"] = [{"segment_id": segment, "score": 1.5}]
    _rewrite_rows(folder, "segments", break_lists)
    _rewrite_rows(folder, "sentences", lambda rows: rows[7].update(tokens=["a", None]))
    problems = validate_release(folder)
    assert _row_lines(problems, "segments") == [
        f"segments: row {segment}: field raw_pieces: [] should be non-empty",
        f"segments: row {segment}: field reuse_of.0.score: 1.5 is greater than the maximum of 1"]
    assert _row_lines(problems, "sentences") == [
        f"sentences: row {sentence}: field tokens.1: None is not of type 'string'"]


def test_ci_runs_exactly_the_readme_test_command_then_the_release_check():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = [block.split("\n")[1] for block in readme.split("```bash")[1:3]]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert commands[1] in ci and ci.index(commands[1]) < ci.index("nqp-corpus build --check")
    assert commands[0].endswith("nqp-corpus build")


def test_readme_row_counts_are_those_of_the_current_release():
    """The README's table of configs quotes the committed release; it must not go stale."""
    manifest = json.loads((REPO / "processed" / f"v{RELEASE_VERSION}" / "release.json").read_text(encoding="utf-8"))
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"| config (v{RELEASE_VERSION}) |" in readme
    for config, rows in manifest["counts"].items():
        assert re.search(rf"^\| `{config}`[^|]*\| {rows:,} \|", readme, re.M), config


@pytest.mark.skipif(sys.platform == "win32", reason="pyarrow's Windows wheels have no jemalloc")
@pytest.mark.parametrize("preset, expected", [(None, "jemalloc"), ("system", "system")])
def test_the_command_chooses_arrows_allocator_unless_the_user_did(preset, expected):
    code = "import nqp_corpus.cli, pyarrow; print(pyarrow.default_memory_pool().backend_name)"
    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    if preset:
        env["ARROW_DEFAULT_MEMORY_POOL"] = preset
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == expected


def test_the_build_collects_cycles_rarely_and_restores_the_collector_afterwards(tmp_path):
    raw = copy_raw(tmp_path / "raw", SMALL[1:])
    passes = []

    def count(phase, info):
        if phase == "start":
            passes.append(info["generation"])
    before = gc.get_threshold()
    gc.callbacks.append(count)
    try:
        gc.collect()
        passes.clear()
        build(raw, tmp_path / "out", "0.0.1")
    finally:
        gc.callbacks.remove(count)
    assert gc.get_threshold() == before
    # measured: 3 collections, none of the oldest generation; at the default threshold (700), 189
    assert len(passes) <= 10 and 2 not in passes, (len(passes), passes.count(2))


def test_python_dash_m_runs_the_command(tmp_path):
    # `python -m nqp_corpus` is the command: a validate of a missing folder gives its one-line error
    proc = subprocess.run([sys.executable, "-m", "nqp_corpus", "validate", str(tmp_path / "nowhere")],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert proc.stderr.strip().splitlines()[-1].endswith("nowhere: no such release folder"), proc.stderr


def test_lines_about_a_text_are_not_marked_as_reused(release):
    """Attributions, boilerplate and source notes (reuse.NOT_PASSAGES) repeat verbatim or by
    template: the release marks none of them, though the corpus has such repeats (the same
    attribution line under five quotes of one speech), while the passages they sit beside still are."""
    from collections import Counter

    from nqp_corpus.annotate.reuse import NOT_PASSAGES
    from nqp_corpus.validate import vocabularies

    assert NOT_PASSAGES <= set(vocabularies()["block_kinds"])
    segments = pq.read_table(release / shard_path("segments"),
                             columns=["kind", "text", "reuse_group"]).to_pylist()
    repeated = Counter(s["text"] for s in segments if s["kind"] == "quote_attribution")
    assert max(repeated.values()) >= 5
    assert not [s for s in segments if s["kind"] in NOT_PASSAGES and s["reuse_group"] is not None]
    assert sum(s["reuse_group"] is not None for s in segments if s["kind"] == "paragraph") > 150
