"""`nqp-corpus diff A B`: ids added, removed and changed per config between two releases.

A row is *changed* when its id is in both releases and the sha256 of its UTF-8 text differs
(segments: the stored `text_sha256`; the other configs: computed from `text` the same way): an id
cites a text, and the text is what must not move under a citation.

The command also counts, per column, the rows whose text is the same but whose other fields differ
(a block's kind, its section path, its themes: `fields`; the `release` column always differs and is
left out), so that a release that changes only annotations does not read as no change.

Columns are read batch by batch, so memory holds one id → checksum map per config (and for fields,
8 bytes per column and row) rather than whole releases.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from .cite import release_version, resolve_release
from .errors import CorpusError
from .rows import CONFIGS, SCHEMAS, sha256_text
from .validate import read_batches, shard_path

BATCH_ROWS = 4096
CHANGELOG_IDS_LISTED = 10  # per config and kind of change in a changelog summary


@dataclass
class ConfigDiff:
    config: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    fields: dict[str, int] = field(default_factory=dict)  # column → unchanged-text rows where it differs
    field_rows: int = 0  # unchanged-text rows with any field changed

    @property
    def total(self) -> int:
        return len(self.added) + len(self.removed) + len(self.changed)


@dataclass
class ReleaseDiff:
    old: str  # versions as recorded in release.json
    new: str
    configs: dict[str, ConfigDiff]

    def totals(self) -> dict[str, int]:
        return {kind: sum(len(getattr(d, kind)) for d in self.configs.values())
                for kind in ("added", "removed", "changed")}

    def to_json(self) -> dict[str, Any]:
        return {
            "old": self.old, "new": self.new, "totals": self.totals(),
            "configs": {name: {**{k: v for k, v in asdict(d).items() if k != "config"},
                               "counts": {"added": len(d.added), "removed": len(d.removed),
                                          "changed": len(d.changed), "unchanged": d.unchanged}}
                        for name, d in self.configs.items()},
        }


def id_sort_key(record_id: str) -> tuple:
    """Reading order: by file stem, then numerically by raw offsets (s99-120 before s1000-1010)."""
    stem, _, rest = record_id.partition("/")
    return (stem, rest[:1], tuple(int(n) for n in re.findall(r"\d+", rest[1:])), record_id)


def text_checksums(folder: Path, config: str) -> dict[str, str]:
    """id → sha256 of the text, for every row of one config."""
    path = folder / shard_path(config)
    if not path.is_file():
        raise CorpusError(f"{path}: missing; is {folder} a release folder?")
    id_column = SCHEMAS[config].names[0]
    stored = "text_sha256" in SCHEMAS[config].names
    columns = [id_column, "text_sha256" if stored else "text"]
    sums: dict[str, str] = {}
    for batch in read_batches(pq.ParquetFile(path), BATCH_ROWS, columns):
        ids, values = batch.column(0).to_pylist(), batch.column(1).to_pylist()
        for row_id, value in zip(ids, values):
            sums[row_id] = value if stored else sha256_text(value or "")
    return sums


FIELD_DIGEST_BYTES = 8


def field_columns(config: str, *folders: Path) -> list[str]:
    """The columns compared for `fields`: all but the id, the text (compared as such) and `release`,
    of those that one of `folders` holds (a release older than a column lacks it)."""
    held = set().union(*(pq.read_schema(folder / shard_path(config)).names for folder in folders))
    return [name for name in SCHEMAS[config].names[1:]
            if name not in ("text", "text_sha256", "release") and name in held]


def field_digests(folder: Path, config: str, columns: list[str]) -> dict[str, bytes]:
    """id → one FIELD_DIGEST_BYTES digest per column of `columns`, concatenated; a column the
    release lacks reads as null in every row."""
    id_column = SCHEMAS[config].names[0]
    path = folder / shard_path(config)
    held = [c for c in columns if c in pq.read_schema(path).names]
    digests: dict[str, bytes] = {}
    for batch in read_batches(pq.ParquetFile(path), BATCH_ROWS, [id_column, *held]):
        values = {c: batch.column(k).to_pylist() for k, c in enumerate(held, 1)}
        for row, row_id in enumerate(batch.column(0).to_pylist()):
            digests[row_id] = b"".join(_value_digest(values[c][row] if c in values else None) for c in columns)
    return digests


def _value_digest(value: Any) -> bytes:
    data = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")  # str: a date
    return hashlib.blake2b(data, digest_size=FIELD_DIGEST_BYTES).digest()


def field_changes(old: Path, new: Path, config: str, ids: set[str]) -> tuple[dict[str, int], int]:
    """Per column, how many of `ids` (rows in both releases) hold a different value (columns without
    a difference left out, the rest in schema order), and how many of the rows differ at all."""
    columns = field_columns(config, old, new)
    a, b = field_digests(old, config, columns), field_digests(new, config, columns)
    counts = dict.fromkeys(columns, 0)
    rows = 0
    for row_id in ids:
        if a[row_id] == b[row_id]:
            continue
        rows += 1
        for k, column in enumerate(counts):
            at = slice(k * FIELD_DIGEST_BYTES, (k + 1) * FIELD_DIGEST_BYTES)
            counts[column] += a[row_id][at] != b[row_id][at]
    return {column: n for column, n in counts.items() if n}, rows


def diff_configs(old: Path, new: Path, fields: bool = False) -> dict[str, ConfigDiff]:
    """Ids added, removed and changed per config; with `fields`, also the field changes of the rows
    whose text is the same."""
    result: dict[str, ConfigDiff] = {}
    for config in CONFIGS:
        a, b = text_checksums(old, config), text_checksums(new, config)
        both = a.keys() & b.keys()
        changed = [i for i in both if a[i] != b[i]]
        columns, rows = field_changes(old, new, config, both - set(changed)) if fields else ({}, 0)
        result[config] = ConfigDiff(
            config,
            added=sorted(b.keys() - a.keys(), key=id_sort_key),
            removed=sorted(a.keys() - b.keys(), key=id_sort_key),
            changed=sorted(changed, key=id_sort_key),
            unchanged=len(both) - len(changed),
            fields=columns,
            field_rows=rows,
        )
    return result


def diff_releases(old: Path, new: Path, fields: bool = False) -> ReleaseDiff:
    """The differences between two release folders (see diff_configs)."""
    return ReleaseDiff(release_version(old), release_version(new), diff_configs(old, new, fields))


def summary_line(diff: ReleaseDiff) -> str:
    totals = diff.totals()
    if not any(totals.values()):
        line = f"v{diff.old} → v{diff.new}: no ids added, removed or changed"
    else:
        line = (f"v{diff.old} → v{diff.new}: {totals['added']:,} added, {totals['removed']:,} removed, "
                f"{totals['changed']:,} changed ids across {len(diff.configs)} configs")
    field_rows = sum(d.field_rows for d in diff.configs.values())
    return line + (f"; other fields changed in {field_rows:,} rows of the same text" if field_rows else "")


def format_text(diff: ReleaseDiff, ids: bool = True) -> str:
    """Per config a count line and (with ids) one id per line, marked + added, - removed, ~ changed."""
    lines = [f"--- v{diff.old}", f"+++ v{diff.new}"]
    for name, d in diff.configs.items():
        lines.append(f"{name}: {len(d.added):,} added, {len(d.removed):,} removed, "
                     f"{len(d.changed):,} changed, {d.unchanged:,} unchanged")
        if d.fields:
            lines.append(f"{name}: same text, other fields changed in {d.field_rows:,} rows: "
                         + ", ".join(f"{column} {n:,}" for column, n in d.fields.items()))
        if ids:
            for mark, kind in (("+", "added"), ("-", "removed"), ("~", "changed")):
                lines += [f"  {mark} {i}" for i in getattr(d, kind)]
    lines.append(summary_line(diff))
    return "\n".join(lines)


def changelog_summary(previous: Path, current: Path, current_version: str | None = None,
                      listed: int = CHANGELOG_IDS_LISTED) -> str:
    """A Markdown block for a release's CHANGELOG.md entry: what changed in ids since `previous`.

    Deterministic (sorted ids, no clock), so a release that embeds it still rebuilds to the same
    bytes as long as the previous release is the same. Lists at most `listed` ids per config and
    kind; `nqp-corpus diff` gives all of them. `current_version` names a release still being
    written (no release.json yet).
    """
    diff = ReleaseDiff(release_version(previous), current_version or release_version(current),
                       diff_configs(previous, current))
    out = [f"### Ids compared with v{diff.old}", "",
           "| config | added | removed | changed | unchanged |", "|---|---:|---:|---:|---:|"]
    for name, d in diff.configs.items():
        out.append(f"| `{name}` | {len(d.added):,} | {len(d.removed):,} | {len(d.changed):,} | {d.unchanged:,} |")
    out += ["", summary_line(diff) + "."]
    for name, d in diff.configs.items():
        for kind in ("added", "removed", "changed"):
            found = getattr(d, kind)
            if not found:
                continue
            shown = ", ".join(f"`{i}`" for i in found[:listed])
            more = f", and {len(found) - listed:,} more" if len(found) > listed else ""
            out.append(f"- `{name}` {kind}: {shown}{more}")
    if diff.totals()["changed"] or diff.totals()["removed"]:
        out += ["", f"A citation of a removed or changed id stays checkable against the release it "
                    f"names (v{diff.old} or earlier); `nqp-corpus diff v{diff.old} v{diff.new}` lists every id."]
    return "\n".join(out) + "\n"


def run_diff(old: str | Path, new: str | Path, out: Path = Path("processed"),
             as_json: bool = False, ids: bool = True) -> str:
    """The CLI's output for `nqp-corpus diff old new`."""
    diff = diff_releases(resolve_release(old, out), resolve_release(new, out), fields=True)
    if as_json:
        return json.dumps(diff.to_json(), ensure_ascii=False, indent=2)
    return format_text(diff, ids=ids)
