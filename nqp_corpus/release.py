"""Build a release folder processed/v<version>/: Parquet per config, stats, card, changelog, checksums.

A release is written into processed/.tmp-<version>-<pid>/, validated, and only then renamed into
place, so an interrupted build never leaves half a release and never touches an existing one. A
release is immutable: rebuilding a version gives the same bytes (a no-op) or an error asking for a
version bump. Bytes are deterministic: files in name order, fixed writer options, no clock.
"""
from __future__ import annotations

import gc
import json
import os
import platform
import re
import shutil
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from .annotate.reuse import ReuseIndex, Sketch, passage_text, sketch
from .card import render_card
from .catalogue import CATALOGUE_NAME, load_catalogue
from .diff import changelog_summary
from .errors import CatalogueError, CorpusError, ReleaseError
from .pipeline import process_file
from .progress import BuildProgress
from .reader import read_raw
from .rows import CONFIGS, SCHEMAS, file_rows
from .stats import TermCounter, write_stats
from .validate import read_batches, sha256_file, shard_path, validate_release, version_key

ROW_GROUP_ROWS = 10_000
# Readers decode a whole row group at a time (the build's own validation and card, pandas, datasets),
# so its size bounds their memory: a few MB of Arrow data, not a share of the corpus.
ROW_GROUP_BYTES = 8 << 20
# The reuse rewrite turns each segment's links into Python objects (up to 20 per segment): a small
# batch keeps them few; the writer still gathers batches into full row groups.
REWRITE_BATCH_ROWS = 2048
# Every option that shapes the bytes is fixed here rather than left to library defaults.
PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd", "compression_level": 3, "use_dictionary": True, "write_statistics": True,
    "version": "2.6", "data_page_version": "1.0", "write_page_index": False, "store_schema": True,
}
# The staged segments are written once and read once, in this process: a fast codec and no
# dictionaries (their values are read back the same). At 10x the seeds, writing and reading them
# back took 0.23 CPU s instead of 0.49 with PARQUET_OPTIONS; the file is ~1.8x the released one.
STAGED_OPTIONS: dict[str, Any] = {"compression": "lz4", "use_dictionary": False, "write_statistics": False}
SOFTWARE = ("pyarrow", "datasets", "opencc", "rjieba", "datasketch")  # pinned exactly: they shape the bytes
STAGED_SEGMENTS = "segments.staged.parquet"  # segments before reuse is known; never released
# Files differ in size by 100x: with one file in flight per worker, the others wait idle behind
# the big file whose result is due next (measured: 2 workers no faster than 1); a few per worker
# keep both busy.
IN_FLIGHT_PER_WORKER = 4
# A build allocates millions of small containers (rows, tokens, offsets) and makes almost no
# reference cycles (at 10x the seeds, only the chart figures are cyclic garbage). At Python's default
# gen-0 threshold (700) the cycle collector ran 2,332 times and took 3.0 of ~25 CPU s at 10x the
# seed corpus. At 50,000 it still ran ~30 times at 30x, each pass 30-50 ms (1.8 CPU s in all); at
# 100,000 it runs once at 30x and 45 times at 100x, 0.2 CPU s in all; peak RSS at 30x 437 -> 443 MB.
# Pool workers are forked inside the build, so they inherit it.
GC_GEN0_THRESHOLD = 100_000


@dataclass(frozen=True)
class BuildResult:
    folder: Path
    already_built: bool
    counts: dict[str, int]


def build(raw_dir: Path, out_dir: Path, version: str, workers: int = 1,
          changelog: Path | None = None) -> BuildResult:
    """Write out_dir/v<version>, or confirm that the existing one has exactly these bytes."""
    final = out_dir / f"v{version}"
    with _fresh_release(raw_dir, out_dir, version, workers, changelog) as (tmp, counts):
        if final.exists():
            differing = compare_releases(tmp, final)
            if not differing:
                return BuildResult(final, True, counts)
            raise ReleaseError(
                f"{final} already exists with different content ({', '.join(differing)}); releases are "
                f"immutable: bump RELEASE_VERSION in nqp_corpus/__init__.py and add a CHANGELOG.md entry"
            )
        os.rename(tmp, final)
        return BuildResult(final, False, counts)


def check(raw_dir: Path, out_dir: Path, version: str, workers: int = 1,
          changelog: Path | None = None) -> list[str]:
    """Files whose bytes differ between a fresh build and the release in out_dir (empty: identical)."""
    final = out_dir / f"v{version}"
    if not final.is_dir():
        raise ReleaseError(f"{final}: no release of version {version} to check against; run nqp-corpus build")
    with _fresh_release(raw_dir, out_dir, version, workers, changelog) as (tmp, _):
        return compare_releases(tmp, final)


def compare_releases(a: Path, b: Path) -> list[str]:
    sums_a, sums_b = _read_sums(a), _read_sums(b)
    return sorted(name for name in sums_a.keys() | sums_b.keys() if sums_a.get(name) != sums_b.get(name))


def _read_sums(folder: Path) -> dict[str, str]:
    sums = folder / "SHA256SUMS"
    if not sums.is_file():  # not a finished release: it differs in everything
        return {}
    lines = sums.read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, _, name in (line.partition("  ") for line in lines)}


@contextmanager
def _fresh_release(raw_dir: Path, out_dir: Path, version: str, workers: int,
                   changelog: Path | None) -> Iterator[tuple[Path, dict[str, int]]]:
    """A validated release in a temporary folder of out_dir, removed on exit unless renamed."""
    catalogue = load_catalogue(raw_dir)
    if not catalogue:  # a release without rows would load as nothing and cite nothing
        raise CatalogueError(f"{raw_dir / CATALOGUE_NAME}: lists no raw files; nothing to build")
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_builds(out_dir)
    tmp = out_dir / f".tmp-{version}-{os.getpid()}"
    with _rare_cycle_collection(), BuildProgress(len(catalogue)) as progress:
        try:
            tmp.mkdir()
            counts = write_release(tmp, raw_dir, catalogue, version, workers, changelog, progress)
            progress.step("validation")
            problems = validate_release(tmp)
            if problems:
                raise ReleaseError(f"the new release fails validation ({len(problems)} problems); "
                                   f"first: {problems[0]}")
            progress.step("done")
            yield tmp, counts
        finally:
            if tmp.exists():
                shutil.rmtree(tmp)


@contextmanager
def _rare_cycle_collection() -> Iterator[None]:
    """Python's cycle collector at GC_GEN0_THRESHOLD for the duration, then as it was."""
    saved = gc.get_threshold()
    gc.set_threshold(GC_GEN0_THRESHOLD, *saved[1:])
    try:
        yield
    finally:
        gc.set_threshold(*saved)


def remove_stale_builds(out_dir: Path) -> None:
    """Remove temporary folders left by builds that were killed: their process is gone, or its id
    has been reused by this process, which has not started writing yet."""
    for folder in out_dir.glob(".tmp-*"):
        pid = folder.name.rsplit("-", 1)[-1]
        if not (pid.isdigit() and int(pid) != os.getpid() and _process_alive(int(pid))):
            shutil.rmtree(folder, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_release(folder: Path, raw_dir: Path, catalogue: dict[str, dict[str, Any]], version: str,
                  workers: int, changelog: Path | None, progress: BuildProgress) -> dict[str, int]:
    counts, arrow_bytes, token_counts = _write_data(folder, raw_dir, catalogue, version, workers, progress)
    if not counts["segments"]:  # a release without rows would load as nothing and cite nothing
        raise CorpusError(f"{raw_dir}: the raw files leave no text once page furniture is removed "
                          f"(all {counts['removed']} spans went to the removed ledger); nothing to release")
    progress.step("statistics and charts")
    stats = write_stats(folder, counted=token_counts)  # before the checksums: stats.json and charts/ are release files
    progress.step("card and checksums")
    card = render_card(folder, version, counts, arrow_bytes, catalogue, stats)
    (folder / "README.md").write_text(card, encoding="utf-8")
    (folder / "CHANGELOG.md").write_text(_changelog_entry(folder, version, changelog), encoding="utf-8")
    files = {name: sha256_file(folder / name) for name in _release_files(folder)}
    manifest = {
        "name": "nqp-corpus",
        "version": version,
        "counts": counts,
        "files": files,
        # major.minor only: a Python patch release does not change the bytes written
        "software": {"python": ".".join(platform.python_version_tuple()[:2]),
                     **{name: package_version(name) for name in SOFTWARE}},
        "raw_files": [{"file": name, "sha256": entry["sha256"], "encoding": entry["encoding"]}
                      for name, entry in catalogue.items()],
    }
    (folder / "release.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    sums = "".join(f"{sha256_file(folder / name)}  {name}\n" for name in _release_files(folder))
    (folder / "SHA256SUMS").write_text(sums, encoding="utf-8")
    return counts


def _release_files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.is_file() and p.name != "SHA256SUMS")


def _write_data(folder: Path, raw_dir: Path, catalogue: dict[str, dict[str, Any]], version: str,
                workers: int, progress: BuildProgress) -> tuple[dict[str, int], dict[str, int], TermCounter]:
    """Pass 1 streams each file's rows to one writer per config (segments to a staging file), feeds
    the reuse index and counts the sentences' tokens; pass 2 rewrites the staged segments with their
    reuse fields. Returns the rows and the Arrow bytes (ShardWriter.arrow_bytes) written per config,
    and the token counts."""
    counts = dict.fromkeys(CONFIGS, 0)
    token_counts = TermCounter()
    targets = {config: folder / shard_path(config) for config in CONFIGS}
    targets["segments"] = folder / STAGED_SEGMENTS
    reuse = ReuseIndex()
    writers: dict[str, _ShardWriter] = {}
    try:
        for config, target in targets.items():
            (folder / config).mkdir(exist_ok=True)
            writers[config] = _ShardWriter(target, SCHEMAS[config],
                                           STAGED_OPTIONS if config == "segments" else PARQUET_OPTIONS)
        # with workers, the reuse sketches are computed there too; serially, add() skips the
        # hashing of exact copies, which is worth more than a sketch computed in the same process
        jobs = [(raw_dir / name, entry, version, workers > 1) for name, entry in catalogue.items()]
        for tables, sketches in _tables_in_file_order(jobs, workers):
            for config in CONFIGS:
                writers[config].write(tables[config])
                counts[config] += tables[config].num_rows
            token_counts.add(tables["sentences"]["tokens"], tables["sentences"]["terms"])
            segment_ids = tables["segments"]["segment_id"].to_pylist()
            if sketches is None:
                kinds = tables["segments"]["kind"].to_pylist()
                for segment_id, kind, text in zip(segment_ids, kinds, tables["segments"]["text"].to_pylist()):
                    reuse.add(segment_id, passage_text(kind, text))
            else:
                for segment_id, found in zip(segment_ids, sketches):
                    reuse.add_sketch(segment_id, found)
            progress.file_done(counts["documents"], counts["segments"])
    finally:
        for writer in writers.values():
            writer.close()
    arrow_bytes = {config: writer.arrow_bytes for config, writer in writers.items()}
    progress.step("reuse detection")
    arrow_bytes["segments"] = _write_segments_with_reuse(targets["segments"], folder / shard_path("segments"),
                                                         reuse.fields())
    targets["segments"].unlink()
    return counts, arrow_bytes, token_counts


class _ShardWriter:
    """One config's Parquet file in row groups of at least ROW_GROUP_ROWS rows or ROW_GROUP_BYTES,
    whatever the file boundaries: `datasets` reads in batches the size of the first row group.
    `arrow_bytes` sums the Arrow size (Table.nbytes) of the row groups written: the card's num_bytes,
    known without decoding the file again (that cost ~0.025 CPU s per copy of the seeds)."""

    def __init__(self, path: Path, schema: pa.Schema, options: dict[str, Any]) -> None:
        self._writer = pq.ParquetWriter(path, schema, **options)
        self._pending: list[pa.Table] = []
        self._rows = self._bytes = 0
        self.arrow_bytes = 0

    def write(self, table: pa.Table) -> None:
        self._pending.append(table)
        self._rows += table.num_rows
        self._bytes += table.nbytes
        if self._rows >= ROW_GROUP_ROWS or self._bytes >= ROW_GROUP_BYTES:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(pa.concat_tables(self._pending), row_group_size=self._rows)
            self.arrow_bytes += self._bytes
        self._pending, self._rows, self._bytes = [], 0, 0

    def close(self) -> None:
        self._flush()
        self._writer.close()


def _table(source: str, config: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows as a table of exactly the contract schema; a missing or extra column is an error,
    not something from_pylist may silently drop or fill with nulls."""
    names = set(SCHEMAS[config].names)
    for row in rows:
        if row.keys() != names:
            drift = sorted(names ^ row.keys())
            raise ReleaseError(f"{source}: {config} row does not match the row contract (columns {drift})")
    try:
        return pa.Table.from_pylist(rows, schema=SCHEMAS[config])
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError) as error:
        raise ReleaseError(f"{source}: {config} rows do not fit rows.SCHEMAS: {error}") from None


def _write_segments_with_reuse(staged: Path, target: Path,
                               found: Iterator[tuple[str | None, list[tuple[str, float]]]]) -> int:
    """Copy the staged segments, filling their reuse columns from `found` (one (reuse_group,
    reuse_of) per segment, in staged order); only those two columns are rebuilt, the rest is copied
    as Arrow data. Returns the Arrow bytes written."""
    schema = SCHEMAS["segments"]
    writer = _ShardWriter(target, schema, PARQUET_OPTIONS)
    try:
        for batch in read_batches(pq.ParquetFile(staged), REWRITE_BATCH_ROWS):
            table = pa.Table.from_batches([batch], schema=schema)
            columns = zip(*(next(found) for _ in range(batch.num_rows)))
            for column, values in zip(("reuse_group", "reuse_of"), columns):
                index = schema.get_field_index(column)
                table = table.set_column(index, schema.field(index), pa.array(values, type=schema.field(index).type))
            writer.write(table)
    finally:
        writer.close()
    return writer.arrow_bytes


FileTables = tuple[dict[str, pa.Table], list[Sketch | None] | None]  # per config; reuse sketches


def _tables_in_file_order(jobs: list[tuple[Path, dict[str, Any], str, bool]], workers: int) -> Iterable[FileTables]:
    """Each file's tables (and reuse sketches), in job order; with workers, at most
    IN_FLIGHT_PER_WORKER files per worker are in flight, so memory stays bounded by a few files and
    the output does not depend on which finishes first. Arrow tables, not rows, cross the process
    boundary: they pickle as buffers."""
    if workers <= 1:
        yield from map(_process_one, jobs)
        return
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        pending: deque = deque()
        for job in jobs:
            pending.append(pool.submit(_process_one, job))
            if len(pending) >= IN_FLIGHT_PER_WORKER * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _process_one(job: tuple[Path, dict[str, Any], str, bool]) -> FileTables:
    path, entry, version, with_sketches = job
    raw = read_raw(path, entry)
    try:
        rows = file_rows(process_file(raw), version)
        tables = {config: _table(path.name, config, rows[config]) for config in CONFIGS}
        sketches = ([sketch(passage_text(row["kind"], row["text"])) for row in rows["segments"]]
                    if with_sketches else None)
        return tables, sketches
    except CorpusError:
        raise
    except Exception as error:  # a stage failed on this file: name the file, keep the cause chained
        raise ReleaseError(f"{path}: pipeline failed: {type(error).__name__}: {error}") from error


def _changelog_entry(folder: Path, version: str, changelog: Path | None) -> str:
    """The repository's entry for this version, plus the ids added, removed and changed since the
    newest earlier release beside it (so rebuilding an old release gives the same entry)."""
    entry = changelog_for(version, changelog)
    previous = _previous_release(folder.parent, version)
    if previous is None:
        return entry
    return entry.rstrip("\n") + "\n\n" + changelog_summary(previous, folder, version)


def _previous_release(out_dir: Path, version: str) -> Path | None:
    key = version_key(version)
    earlier = [p for p in out_dir.glob("v*") if p.is_dir() and (k := version_key(p.name[1:])) and k < key]
    return max(earlier, key=lambda p: version_key(p.name[1:]), default=None)


def changelog_for(version: str, changelog: Path | None) -> str:
    """This version's entry from the repository's CHANGELOG.md (`## [x.y.z] ...` up to the next `## `)."""
    header = "# Changelog\n\n"
    if changelog is None:
        return header + f"## [{version}]\n\nNo changelog was kept for this build.\n"
    if not changelog.is_file():
        raise ReleaseError(f"{changelog}: no such changelog; add a `## [{version}]` entry there")
    entry: list[str] = []
    for line in changelog.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            if entry:
                break
            if re.match(rf"## \[?v?{re.escape(version)}\]?(\s|$)", line):
                entry.append(line)
        elif entry:
            entry.append(line)
    if not entry:
        raise ReleaseError(f"{changelog}: no entry for version {version}; add a `## [{version}]` section")
    return header + "\n".join(entry).rstrip() + "\n"
