"""Check a release folder: rows against the JSON Schemas and vocabularies, ids, checksums, card.

Every violation is one line `config: row <id>: field <name>: <problem>`, so a failing check can be
read (and grepped) without a traceback.
"""
from __future__ import annotations

import hashlib
import heapq
import json
import re
from collections import Counter
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import Any, Iterable, Iterator

import fastjsonschema
import jsonschema
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import yaml

from .errors import CorpusError
from .rows import CONFIGS, SCHEMAS, sha256_text
from .yamlfile import Validator, load_valid_yaml, load_yaml

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schema"
SHARD = "train-00000-of-00001.parquet"
MAX_LINES_PER_CONFIG = 50  # past this, one more line says how many were left out

_VOCABULARY_SCHEMA = {
    "type": "object",
    "required": ["version", "genres", "regions", "scripts", "block_kinds", "removed_kinds",
                 "date_precisions"],
    "properties": {"version": {"type": "integer", "minimum": 1}},
    "additionalProperties": {
        "type": "object", "minProperties": 1,
        "propertyNames": {"pattern": "^[a-zA-Z][a-zA-Z_-]*$"},
        "additionalProperties": {"type": "string", "minLength": 1},  # the one-line definition
    },
}


def shard_path(config: str) -> str:
    return f"{config}/{SHARD}"


def read_batches(parquet: pq.ParquetFile, batch_size: int,
                 columns: list[str] | None = None) -> Iterator[pa.RecordBatch]:
    """The file's record batches, one row group decoded at a time: ParquetFile.iter_batches over
    the whole file reads ahead across row groups, which at 100x held ~150 MB of Arrow data."""
    for group in range(parquet.num_row_groups):
        yield from parquet.iter_batches(batch_size=batch_size, row_groups=[group], columns=columns)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@lru_cache(maxsize=None)
def vocabularies(schema_dir: Path = SCHEMA_DIR) -> dict[str, Any]:
    return load_valid_yaml(schema_dir / "vocabularies.yaml", _VOCABULARY_SCHEMA, "vocabularies", CorpusError)


def _fill_vocabularies(node: Any, vocab: dict[str, Any]) -> None:
    """Turn each `x-vocabulary: <name>` into an enum of that vocabulary's terms (plus null if allowed)."""
    if isinstance(node, dict):
        name = node.get("x-vocabulary")
        if name is not None:
            terms: list[Any] = list(vocab[name])
            if "null" in (node.get("type") or []):
                terms.append(None)
            node["enum"] = terms
        for value in node.values():
            _fill_vocabularies(value, vocab)
    elif isinstance(node, list):
        for value in node:
            _fill_vocabularies(value, vocab)


def _inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    """Replace local `#/$defs/x` references by their target: resolving a $ref per value costs
    jsonschema more than the check itself, and a release has every value of every row to check."""
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if ref.startswith("#/$defs/"):
            target = _inline_refs(defs[ref.removeprefix("#/$defs/")], defs)
            return {**target, **{k: _inline_refs(v, defs) for k, v in node.items() if k != "$ref"}}
        return {k: _inline_refs(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    return node


@lru_cache(maxsize=None)
def _schema(name: str, schema_dir: Path = SCHEMA_DIR) -> dict[str, Any]:
    schema = json.loads((schema_dir / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    schema = _inline_refs(schema, schema.get("$defs", {}))
    _fill_vocabularies(schema, vocabularies(schema_dir))
    return schema


@lru_cache(maxsize=None)
def validator(name: str, schema_dir: Path = SCHEMA_DIR) -> jsonschema.protocols.Validator:
    return Validator(_schema(name, schema_dir))


# Keywords whose meaning is the same in draft-07 (what fastjsonschema compiles) and 2020-12; a
# schema using any other keyword is checked with jsonschema only.
_FAST_KEYWORDS = {"$id", "$schema", "title", "description", "x-vocabulary", "additionalProperties",
                  "const", "else", "enum", "if", "items", "maximum", "minItems", "minLength", "minimum",
                  "pattern", "properties", "required", "then", "type"}


def _fast_compatible(node: Any, in_properties: bool = False) -> bool:
    if isinstance(node, dict):
        return all((in_properties or key in _FAST_KEYWORDS)
                   and _fast_compatible(value, key == "properties" and not in_properties)
                   for key, value in node.items())
    if isinstance(node, list):
        return all(_fast_compatible(value) for value in node)
    return True


@lru_cache(maxsize=None)
def fast_check(name: str, schema_dir: Path = SCHEMA_DIR, unchecked: frozenset[str] = frozenset()) -> Any:
    """A compiled (fastjsonschema) check of one row: returns quietly when the row is valid, raises
    fastjsonschema.JsonSchemaException otherwise; None when the schema needs jsonschema itself.
    Only its "valid" verdict is trusted: a row it rejects is checked again with `validator(name)`,
    which gives the one-line messages (and the final word: draft-07 `$` in patterns or `enum` of
    booleans vs integers may differ, and only towards rejecting more). The `unchecked` properties
    accept any value or none: columns already shown valid (see _proven_columns), which are not
    converted to Python unless a rule reads them."""
    schema = _schema(name, schema_dir)
    if not _fast_compatible(schema):
        return None
    schema = {k: v for k, v in schema.items() if k not in ("$id", "$schema")}
    if unchecked:
        schema["properties"] = {**schema["properties"], **dict.fromkeys(unchecked, {})}
        schema["required"] = [name for name in schema.get("required", ()) if name not in unchecked]
    return fastjsonschema.compile(schema, use_default=False, use_formats=False)


def describe(error: jsonschema.ValidationError) -> tuple[str, str]:
    """(field path, problem) of a schema error, short enough for one line."""
    path = [str(p) for p in error.absolute_path]
    if error.validator == "required":
        path.append(next(p for p in error.validator_value if p not in error.instance))
        return ".".join(path), "missing"
    vocab = error.schema.get("x-vocabulary") if isinstance(error.schema, dict) else None
    described = error.schema.get("description") if isinstance(error.schema, dict) else None
    if error.validator == "enum" and vocab:
        problem = f"{error.instance!r} is not in vocabulary '{vocab}' (schema/vocabularies.yaml)"
    elif error.validator == "pattern" and described:  # what the field wants, not the regex
        problem = f"{error.instance!r} does not fit: {described}"
    else:
        problem = error.message
    if len(problem) > 200:
        problem = problem[:197] + "..."
    return ".".join(path) or "(entry)", problem


def newest_release(out_dir: Path) -> Path:
    releases = [p for p in out_dir.glob("v*") if p.is_dir() and version_key(p.name[1:])]
    if not releases:
        raise CorpusError(f"{out_dir}: no release folder v<version> to validate")
    return max(releases, key=lambda p: version_key(p.name[1:]))


def version_key(version: str) -> tuple[int, ...] | None:
    parts = version.split(".")
    return tuple(int(p) for p in parts) if all(p.isdigit() for p in parts) else None


def read_card_metadata(card: Path) -> dict[str, Any]:
    text = card.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        raise CorpusError(f"{card}: no YAML front matter")
    return load_yaml(text[4:text.index("\n---\n", 4)])


def validate_release(folder: Path) -> list[str]:
    """All violations found in the release folder, one line each (empty: the release is valid)."""
    if not folder.is_dir():
        raise CorpusError(f"{folder}: no such release folder")
    problems = list(_check_checksums(folder))
    if any(p.endswith(": missing") for p in problems):
        return problems  # the row and card checks need every file
    manifest = json.loads((folder / "release.json").read_text(encoding="utf-8"))
    version = manifest["version"]
    problems += _check_rows(folder, version)
    problems += _check_card(folder, version)
    for config in CONFIGS:
        rows = pq.ParquetFile(folder / shard_path(config)).metadata.num_rows
        if manifest.get("counts", {}).get(config) != rows:
            problems.append(f"release.json: counts.{config}: says {manifest.get('counts', {}).get(config)}, data has {rows}")
    return problems


def _check_checksums(folder: Path) -> Iterator[str]:
    sums = folder / "SHA256SUMS"
    if not sums.is_file():
        yield "SHA256SUMS: missing"
        return
    listed: dict[str, str] = {}
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        listed[name] = digest
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - {"SHA256SUMS"}
    required = {"README.md", "release.json", *(shard_path(c) for c in CONFIGS)}
    for name in sorted(required - present):
        yield f"{name}: missing"
    for name in sorted(present - set(listed)):
        yield f"{name}: not listed in SHA256SUMS"
    for name, digest in sorted(listed.items()):
        if name not in present:
            yield f"{name}: listed in SHA256SUMS but missing"
        elif sha256_file(folder / name) != digest:
            yield f"{name}: sha256 differs from SHA256SUMS"


# Referential integrity: the config whose ids a column must name.
REFERENCES = {("segments", "doc_id"): "documents", ("sentences", "segment_id"): "segments",
              ("sentences", "doc_id"): "documents"}
BATCH_ROWS = 2048
# Order of one row's lines: schema and rules, then duplicate id, then each reference column.
_RANK_ROW, _RANK_DUPLICATE = 0, 1


def _check_rows(folder: Path, version: str) -> list[str]:
    """Every config's lines in row order. Rows are checked one batch at a time and ids one source
    file at a time (see _id_problems), so memory follows the largest file, not the corpus."""
    problems: list[str] = []
    for config in CONFIGS:
        found = heapq.merge(_row_problems(folder, config, version), _id_problems(folder, config),
                            key=itemgetter(0, 1))
        lines = [line for _, _, line in found]
        if len(lines) > MAX_LINES_PER_CONFIG:
            left = len(lines) - MAX_LINES_PER_CONFIG
            lines = lines[:MAX_LINES_PER_CONFIG] + [f"{config}: ... and {left} more violations"]
        problems += lines
    return problems


# --- rows against the JSON Schema and the rules ---------------------------------------------------

def _row_problems(folder: Path, config: str, version: str) -> Iterator[tuple[int, int, str]]:
    """(row index, rank, line) of each schema or rule violation, in row order; differences of the
    file's Arrow schema first (row -1)."""
    parquet = pq.ParquetFile(folder / shard_path(config))
    for line in _arrow_schema_differences(config, parquet.schema_arrow):
        yield -1, _RANK_ROW, line
    id_column = SCHEMAS[config].names[0]
    fast_possible = _fast_compatible(_schema(config))  # else every row goes to jsonschema in full
    index = 0
    for batch in read_batches(parquet, BATCH_ROWS):
        proven = _proven_columns(config, batch) if fast_possible else frozenset()
        settled = _schema_settled(config, batch, proven)
        broken = _rule_problems(config, batch, version)
        if settled and not broken:
            index += batch.num_rows
            continue
        fast = None if settled else fast_check(config, unchecked=proven)
        names = [name for name in batch.schema.names if name == id_column or name not in proven]
        for offset, row in enumerate(_batch_rows(batch, names)):
            row_id = row.get(id_column)
            if not settled and (fast is None or not _fast_valid(fast, row)):
                full_row = batch.slice(offset, 1).to_pylist()[0] if proven else row
                # jsonschema's validator is built only for a row the fast check rejects: building
                # the four took ~0.03 CPU s of every build, whose rows all pass
                for error in validator(config).iter_errors(full_row):
                    field, problem = describe(error)
                    yield index + offset, _RANK_ROW, f"{config}: row {row_id}: field {field}: {problem}"
            for field, problem in broken.get(offset, ()):
                yield index + offset, _RANK_ROW, f"{config}: row {row_id}: field {field}: {problem}"
        index += batch.num_rows


def _arrow_schema_differences(config: str, schema: pa.Schema) -> Iterator[str]:
    if schema.equals(SCHEMAS[config]):
        return
    theirs = dict(zip(schema.names, schema.types))
    for field in SCHEMAS[config]:
        if theirs.get(field.name) != field.type:
            yield (f"{config}: (schema): field {field.name}: expected {field.type}, "
                   f"found {theirs.get(field.name, 'no column')}")


def _fast_valid(fast: Any, row: dict[str, Any]) -> bool:
    try:
        fast(row)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def _batch_rows(batch: pa.RecordBatch, names: list[str]) -> Iterator[dict[str, Any]]:
    """The batch's rows as to_pylist gives them, with only these columns."""
    columns = [batch.column(name).to_pylist() for name in names]
    return map(dict, map(zip, repeat(names), zip(*columns)))


# Top-level keywords under which a row's properties are checked independently of each other, so a
# property shown valid can be left out of the row (an if/then over properties would not allow it).
_ROW_KEYWORDS = {"$id", "$schema", "title", "description", "type", "properties", "required",
                 "additionalProperties"}


def _proven_columns(config: str, batch: pa.RecordBatch) -> frozenset[str]:
    """Columns whose values in this batch the schema accepts, as shown by their Arrow types and a
    few vectorised computations: they are not checked row by row, nor converted to Python."""
    schema = _schema(config)
    if not schema.keys() <= _ROW_KEYWORDS:
        return frozenset()
    properties = schema.get("properties", {})
    return frozenset(name for name, column in zip(batch.schema.names, batch.columns)
                     if name in properties and _arrow_proves(properties[name], column))


def _schema_settled(config: str, batch: pa.RecordBatch, proven: frozenset[str]) -> bool:
    """Whether the proven columns leave nothing for the per-row check: every column of the batch
    and every required one is proven (so present and valid, and none is an additional property)."""
    return proven >= {*batch.schema.names, *_schema(config).get("required", ())}


# Keywords _arrow_proves can decide; a schema node with any other (const, format, ...) is not proven.
_PROVABLE_KEYWORDS = {"title", "description", "x-vocabulary", "type", "enum", "pattern", "minLength",
                      "maxLength", "minimum", "maximum", "minItems", "items", "properties", "required",
                      "additionalProperties"}


def _arrow_proves(node: Any, values: pa.Array) -> bool:
    """True only if the schema node accepts every value of the array (False: not shown)."""
    if not isinstance(node, dict) or not node.keys() <= _PROVABLE_KEYWORDS or "type" not in node:
        return False
    types = {node["type"]} if isinstance(node["type"], str) else set(node["type"])
    if values.null_count and ("null" not in types or None not in node.get("enum", [None])):
        return False
    kind = values.type
    if "enum" in node and kind != pa.string():
        return False  # enum of other values: jsonschema's equality (1 == True?) is not worth copying
    if kind == pa.string():
        return "string" in types and _strings_proven(node, values.drop_null())
    if kind == pa.bool_():
        return "boolean" in types
    if kind == pa.int64():
        return bool(types & {"integer", "number"}) and _within_bounds(node, values)
    if kind == pa.float64():
        return "number" in types and not pc.any(pc.is_nan(values)).as_py() and _within_bounds(node, values)
    if pa.types.is_list(kind):
        return "array" in types and _list_proven(node, values)
    if pa.types.is_struct(kind):
        return "object" in types and _struct_proven(node, values)
    return False


def _within_bounds(node: dict[str, Any], values: pa.Array, lowest: str = "minimum",
                   highest: str = "maximum") -> bool:
    bounds = pc.min_max(values)
    low, high = bounds["min"].as_py(), bounds["max"].as_py()
    return low is None or (node.get(lowest, low) <= low and high <= node.get(highest, high))


def _strings_proven(node: dict[str, Any], values: pa.StringArray) -> bool:
    """The string keywords, on the array's non-null values (they accept null)."""
    if "enum" in node:
        terms = pa.array([term for term in node["enum"] if isinstance(term, str)], pa.string())
        if not _all_true(pc.is_in(values, value_set=terms)):
            return False
    if "pattern" in node and not _all_match(node["pattern"], values):
        return False
    # JSON Schema lengths count code points, as utf8_length does
    return ("minLength" not in node and "maxLength" not in node
            or _within_bounds(node, pc.utf8_length(values), "minLength", "maxLength"))


# Patterns written only with syntax that Python's `re` (jsonschema's search) and RE2 (Arrow's) read
# alike: literals, escaped ASCII punctuation, [classes] of those and their ranges, groups without
# `(?`, alternation, repetition with * + ? {n} {n,} {n,m}, and ^ $. Left out: \d \w \s \b (Unicode
# in Python, ASCII in RE2), {,n} and [[:alpha:]] (read differently), any other escape. On the rest
# one difference remains, in the safe direction: RE2's $ never matches before a final newline.
_CLASS_ITEM = r"(?:[^\\\[\]^-]|\\[!-/:-@\[-`{-~])"
_PORTABLE_PATTERN = re.compile(
    rf"(?:\\[!-/:-@\[-`{{-~]|[^\\\[\]{{}}()]|\((?!\?)|\)|\{{[0-9]+(?:,[0-9]*)?\}}"
    rf"|\[\^?(?:{_CLASS_ITEM}(?:-{_CLASS_ITEM})?)+\])*")


@lru_cache(maxsize=None)
def _portable(pattern: str) -> bool:
    """Whether the pattern is in the syntax above and valid for Python (RE2 takes e.g. `^*`)."""
    try:
        return _PORTABLE_PATTERN.fullmatch(pattern) is not None and re.compile(pattern) is not None
    except re.error:
        return False


def _all_match(pattern: str, values: pa.StringArray) -> bool:
    """Whether every value contains a match of the pattern, when that can be shown with RE2."""
    if not _portable(pattern):
        return False
    try:
        return _all_true(pc.match_substring_regex(values, pattern))
    except pa.ArrowInvalid:  # RE2 does not compile it (a repetition over 1000, say)
        return False


def _all_true(flags: pa.BooleanArray) -> bool:
    return pc.all(flags, min_count=0).as_py()


def _list_proven(node: dict[str, Any], values: pa.ListArray) -> bool:
    shortest = pc.min(pc.list_value_length(values)).as_py()  # None: no list (or only nulls)
    if shortest is not None and shortest < node.get("minItems", 0):
        return False
    return "items" not in node or _arrow_proves(node["items"], values.flatten())


def _struct_proven(node: dict[str, Any], values: pa.StructArray) -> bool:
    names = [field.name for field in values.type]
    properties = node.get("properties", {})
    extra = node.get("additionalProperties", True)
    if not set(node.get("required", ())) <= set(names) or extra not in (True, False):
        return False
    if extra is False and not set(names) <= properties.keys():
        return False
    return all(_arrow_proves(properties[name], field)
               for name, field in zip(names, values.flatten()) if name in properties)


_SPANS = (("raw_start", "raw_end"), ("line_start", "line_end"), ("char_start", "char_end"))


def _rule_problems(config: str, batch: pa.RecordBatch, version: str) -> dict[int, list[tuple[str, str]]]:
    """Checks across fields that JSON Schema cannot state: (field, problem) by row offset in the
    batch, for the rows that break one. A column at a time, over only the columns the rules read
    (row by row over dicts of every column, they took ~0.4 of 1.4 CPU s of validation at 10x)."""
    names = batch.schema.names

    def values(name: str) -> list[Any]:  # a column the file lacks reads as None
        return batch.column(name).to_pylist() if name in names else [None] * batch.num_rows

    found: dict[int, list[tuple[str, str]]] = {}
    for start, end in _SPANS:
        if start in names and end in names:
            for offset in _maybe_greater(batch.column(start), batch.column(end)):
                low, high = batch.column(start)[offset].as_py(), batch.column(end)[offset].as_py()
                if isinstance(low, int) and isinstance(high, int) and low > high:
                    found.setdefault(offset, []).append((end, f"{high} is before {start} {low}"))
    if config == "segments":
        for offset, (text, digest) in enumerate(zip(values("text"), values("text_sha256"))):
            if isinstance(text, str) and digest != sha256_text(text):
                found.setdefault(offset, []).append(("text_sha256", "does not match text"))
    if config == "documents":
        for offset, release in enumerate(values("release")):
            if release != version:
                found.setdefault(offset, []).append(
                    ("release", f"{release!r} differs from release.json version {version!r}"))
    return found


def _maybe_greater(low: pa.Array, high: pa.Array) -> Iterable[int]:
    """Offsets where low may be greater than high: found by Arrow for integer columns (nearly
    every batch has none), every offset otherwise."""
    if pa.types.is_integer(low.type) and pa.types.is_integer(high.type):
        return pc.indices_nonzero(pc.fill_null(pc.greater(low, high), False)).to_pylist()
    return range(len(low))


# --- ids and references, one source file at a time -------------------------------------------------
# An id is `<file stem>/<kind><span>`, and the writer writes every config's rows file by file in
# catalogue order: a run of consecutive rows naming one file holds all of that file's ids, so only the
# current run's ids are kept. What a run cannot settle (a file whose rows come in more than one run,
# a name not in the target's run of the same file) is settled exactly by one more pass over an id
# column, keeping only what is needed; a release the writer made needs none.

def _id_problems(folder: Path, config: str) -> list[tuple[int, int, str]]:
    """(row index, rank, line) of each duplicate id and bad reference, in row order."""
    return [] if _ids_sound(folder, config) else _id_problems_by_row(folder, config)


def _id_problems_by_row(folder: Path, config: str) -> list[tuple[int, int, str]]:
    found = list(_duplicate_ids(folder, config))
    for rank, ((source, column), target) in enumerate(REFERENCES.items(), start=_RANK_DUPLICATE + 1):
        if source == config:
            found += _bad_references(folder, source, column, target, rank)
    return sorted(found, key=itemgetter(0, 1))


def _ids_sound(folder: Path, config: str) -> bool:
    """True only if the row-by-row checks below would find nothing, shown with Arrow compute one run
    (source file) at a time: every id names a file, each file's rows form one run, a run's ids are
    distinct, and every reference names an id in the target's run of the same file. False means
    "check row by row", not "broken". A release as the writer makes it never needs the row-by-row
    checks, which took ~0.08 of the ~0.46 CPU s of validation at 10x the seeds and ~0.7 of ~3 s at
    100x."""
    references = [(column, target) for (source, column), target in REFERENCES.items() if source == config]
    columns = [SCHEMAS[config].names[0], *(column for column, _ in references)]
    runs = _arrow_runs(folder, config, columns)
    targets = {target: _arrow_runs(folder, target, [SCHEMAS[target].names[0]]) for _, target in references}
    target_runs: dict[str, tuple[str, pa.Array] | None] = dict.fromkeys(targets)
    seen: set[str] = set()
    for group, run in runs:
        if group is None or group in seen:
            return False
        seen.add(group)
        if pc.count_distinct(run.column(0), mode="all").as_py() != run.num_rows:
            return False
        for column, target in references:
            # the target's runs in the same file order; a file with no run ahead there cannot be shown
            while target_runs[target] is None or target_runs[target][0] != group:
                found = next(targets[target], None)
                if found is None or found[0] is None:
                    return False
                target_runs[target] = (found[0], found[1].column(0).combine_chunks())
            in_target = pc.is_in(run.column(column), value_set=target_runs[target][1])
            if not pc.all(in_target, min_count=0).as_py():
                return False
    return True


def _arrow_runs(folder: Path, config: str, columns: list[str]) -> Iterator[tuple[str | None, pa.Table]]:
    """(file, rows) of each run of rows whose id (the first column) names the same file, as _runs
    gives them but as Arrow tables of these columns; file None (and nothing after it) when an id is
    null or names no file, or a column is missing or not a string: _ids_sound then leaves the ids to
    the row checks."""
    parquet = pq.ParquetFile(folder / shard_path(config))
    schema = parquet.schema_arrow
    if any(name not in schema.names or schema.field(name).type != pa.string() for name in columns):
        yield None, pa.table({})
        return
    group, pending = None, []
    for batch in read_batches(parquet, BATCH_ROWS, columns):
        batch = batch.select(columns)  # in this order: the id first (Parquet reads in file order)
        ids = batch.column(0)
        if ids.null_count or not pc.all(pc.match_substring(ids, "/"), min_count=0).as_py():
            yield None, pa.table({})
            return
        groups = pc.list_element(pc.split_pattern(ids, "/", max_splits=1), 0)
        changed = pc.indices_nonzero(pc.not_equal(groups.slice(1), groups.slice(0, len(groups) - 1)))
        starts = [0, *(changed.to_numpy() + 1).tolist()]
        for start, end in zip(starts, [*starts[1:], batch.num_rows]):
            found = groups[start].as_py()
            if pending and found != group:
                yield group, pa.Table.from_batches(pending)
                pending = []
            group = found
            pending.append(batch.slice(start, end - start))
    if pending:
        yield group, pa.Table.from_batches(pending)


def _duplicate_ids(folder: Path, config: str) -> Iterator[tuple[int, int, str]]:
    id_column = SCHEMAS[config].names[0]
    split_groups = {group for group, runs in Counter(_run_groups(folder, config)).items() if runs > 1}
    ids_of_split = {group: set() for group in split_groups}  # kept whole: an id may repeat in a later run
    for group, run in _runs(folder, config, [id_column]):
        seen = ids_of_split.get(group, set())
        for index, row_id in run:
            if row_id in seen:
                yield index, _RANK_DUPLICATE, f"{config}: row {row_id}: field {id_column}: duplicate id"
            seen.add(row_id)


def _bad_references(folder: Path, source: str, column: str, target: str,
                    rank: int) -> Iterator[tuple[int, int, str]]:
    """Rows of `source` whose `column` names no `target` row of the row's own source file. Each run
    of `source` is checked against the `target` run of the same file, read side by side; a name not
    found there is looked up in all of `target`'s ids at the end, to tell a missing id from one of
    another file. The latter is reported too: ids are derived from their file, so a row of one file
    naming a row of another is not something a build writes."""
    targets = _RunCursor(folder, target)
    unsettled = []  # (row index, row id, name, the row's file): none in a valid release
    for group, run in _runs(folder, source, [SCHEMAS[source].names[0], column]):
        ids = targets.ids_of(group)
        unsettled += [(index, row_id, name, group) for index, row_id, name in run if name not in ids]
    existing = _existing_ids(folder, target, {name for _, _, name, _ in unsettled})
    for index, row_id, name, group in unsettled:
        if name not in existing:
            problem = f"{name!r} is not a {target} id"
        elif group is not None and _group(name) != group:
            problem = f"{name!r} is a {target} id of another source file"
        else:
            continue  # the target's rows of this file come in more than one run, or in another order
        yield index, rank, f"{source}: row {row_id}: field {column}: {problem}"


class _RunCursor:
    """A config's runs of ids, walked forward by files asked for in the same order."""

    def __init__(self, folder: Path, config: str) -> None:
        self._groups = _run_groups(folder, config)
        self._runs = _runs(folder, config, [SCHEMAS[config].names[0]])
        self._next = 0  # position in _groups of the next run _runs yields

    def ids_of(self, group: Any) -> set[Any]:
        """The ids of the group's next run ahead, skipping the runs before it for good; an empty
        set, skipping nothing, when no run of the group is ahead."""
        try:
            position = self._groups.index(group, self._next)
        except ValueError:
            return set()
        for _ in range(position - self._next):
            next(self._runs)
        self._next = position + 1
        return {row_id for _, row_id in next(self._runs)[1]}


def _runs(folder: Path, config: str, columns: list[str]) -> Iterator[tuple[Any, list[tuple]]]:
    """(file, rows) of each run of consecutive rows whose id (the first column) names the same
    file; rows are (row index, *values)."""
    yield from _by_group(_column_values(folder, config, columns))


def _run_groups(folder: Path, config: str) -> list[Any]:
    """The file of each run of the config's ids, in order: one per source file if the writer made it."""
    rows = _column_values(folder, config, [SCHEMAS[config].names[0]])
    return [group for group, _ in _by_group(rows)]


def _existing_ids(folder: Path, config: str, wanted: set[Any]) -> set[Any]:
    if not wanted:
        return set()
    return {row_id for _, row_id in _column_values(folder, config, [SCHEMAS[config].names[0]])
            if row_id in wanted}


def _column_values(folder: Path, config: str, columns: list[str]) -> Iterator[tuple]:
    """(row index, *values) of every row, reading only these columns; one the file lacks reads as
    None (the Arrow schema check reports it)."""
    parquet = pq.ParquetFile(folder / shard_path(config))
    present = [name for name in columns if name in parquet.schema_arrow.names]
    start = 0
    for batch in read_batches(parquet, BATCH_ROWS, present):
        size = batch.num_rows
        values = [batch.column(name).to_pylist() if name in present else [None] * size for name in columns]
        yield from zip(range(start, start + size), *values)
        start += size


def _by_group(rows: Iterable[tuple]) -> Iterator[tuple[str | None, list[tuple]]]:
    """(file, rows) of each run of rows whose id (row[1]) names the same file, as groupby with key
    _group(row[1]) gives them, but with the runs' rows tested by prefix: _group and a key call per
    row were ~1.3 us of the ~5 us per sentence row that the id checks cost."""
    group: str | None = None
    prefix = None  # group + "/" while the run's ids name a file
    run: list[tuple] = []
    for row in rows:
        row_id = row[1]
        if prefix is not None and row_id.__class__ is str and row_id.startswith(prefix):
            run.append(row)
            continue
        found = _group(row_id)
        if run and found == group:  # ids naming no file (None) stay together, as in groupby
            run.append(row)
            continue
        if run:
            yield group, run
        group, run = found, [row]
        prefix = None if found is None else found + "/"
    if run:
        yield group, run


def _group(row_id: Any) -> str | None:
    """The source file an id names: its part before `/`; None for an id naming none (the schema
    check reports it)."""
    if isinstance(row_id, str) and "/" in row_id:
        return row_id.partition("/")[0]
    return None


def _check_card(folder: Path, version: str) -> Iterator[str]:
    try:
        meta = read_card_metadata(folder / "README.md")
    except (CorpusError, ValueError, yaml.YAMLError) as error:
        yield f"README.md: card front matter unreadable: {' '.join(str(error).split())}"
        return
    configs = {c.get("config_name"): c for c in meta.get("configs") or []}
    infos = {i.get("config_name"): i for i in meta.get("dataset_info") or []}
    for config in CONFIGS:
        if configs.get(config, {}).get("version") != version:
            yield f"README.md: configs.{config}: missing or version is not {version}"
        splits = {s.get("name"): s for s in infos.get(config, {}).get("splits") or []}
        rows = pq.ParquetFile(folder / shard_path(config)).metadata.num_rows
        stated = splits.get("train", {}).get("num_examples")
        if stated != rows:
            yield f"README.md: dataset_info.{config}.splits.train.num_examples: card says {stated}, data has {rows}"
