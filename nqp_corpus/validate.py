"""Check a release folder: rows against the JSON Schemas and vocabularies, ids, checksums, card.

Every violation is one line `config: row <id>: field <name>: <problem>`, so a failing check can be
read (and grepped) without a traceback.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

import fastjsonschema
import jsonschema
import pyarrow.parquet as pq
import yaml

from .errors import CorpusError
from .rows import CONFIGS, SCHEMAS, sha256_text

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


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@lru_cache(maxsize=None)
def vocabularies(schema_dir: Path = SCHEMA_DIR) -> dict[str, Any]:
    path = schema_dir / "vocabularies.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(_VOCABULARY_SCHEMA).iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise CorpusError(f"{path}: {where}: {error.message}")
    return data


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


def _items(validator, items, instance, schema):  # noqa: ANN001 (jsonschema keyword signature)
    """`items` with a shortcut for arrays of plain strings (tokens, themes): the same verdict as
    the standard keyword without one validator descent per token."""
    if items == {"type": "string"} and isinstance(instance, list) and all(isinstance(i, str) for i in instance):
        return
    yield from _STANDARD_ITEMS(validator, items, instance, schema)


_STANDARD_ITEMS = jsonschema.Draft202012Validator.VALIDATORS["items"]
_Validator = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"items": _items})


@lru_cache(maxsize=None)
def _schema(name: str, schema_dir: Path = SCHEMA_DIR) -> dict[str, Any]:
    schema = json.loads((schema_dir / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    schema = _inline_refs(schema, schema.get("$defs", {}))
    _fill_vocabularies(schema, vocabularies(schema_dir))
    return schema


@lru_cache(maxsize=None)
def validator(name: str, schema_dir: Path = SCHEMA_DIR) -> jsonschema.protocols.Validator:
    return _Validator(_schema(name, schema_dir))


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
def fast_check(name: str, schema_dir: Path = SCHEMA_DIR) -> Any:
    """A compiled (fastjsonschema) check of one row: returns quietly when the row is valid, raises
    fastjsonschema.JsonSchemaException otherwise; None when the schema needs jsonschema itself.
    Only its "valid" verdict is trusted: a row it rejects is checked again with `validator(name)`,
    which gives the one-line messages (and the final word: draft-07 `$` in patterns or `enum` of
    booleans vs integers may differ, and only towards rejecting more)."""
    schema = _schema(name, schema_dir)
    if not _fast_compatible(schema):
        return None
    schema = {k: v for k, v in schema.items() if k not in ("$id", "$schema")}
    return fastjsonschema.compile(schema, use_default=False, use_formats=False)


def describe(error: jsonschema.ValidationError) -> tuple[str, str]:
    """(field path, problem) of a schema error, short enough for one line."""
    path = [str(p) for p in error.absolute_path]
    if error.validator == "required":
        path.append(next(p for p in error.validator_value if p not in error.instance))
        return ".".join(path), "missing"
    vocab = error.schema.get("x-vocabulary") if isinstance(error.schema, dict) else None
    if error.validator == "enum" and vocab:
        problem = f"{error.instance!r} is not in vocabulary '{vocab}' (schema/vocabularies.yaml)"
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
    return yaml.safe_load(text[4:text.index("\n---\n", 4)])


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


def _check_rows(folder: Path, version: str) -> list[str]:
    problems: list[str] = []
    ids: dict[str, set[str]] = {}
    # referential integrity: the config whose ids a column must name
    references = {("segments", "doc_id"): "documents", ("sentences", "segment_id"): "segments",
                  ("sentences", "doc_id"): "documents"}
    for config in CONFIGS:
        lines: list[str] = []
        parquet = pq.ParquetFile(folder / shard_path(config))
        if not parquet.schema_arrow.equals(SCHEMAS[config]):
            theirs = dict(zip(parquet.schema_arrow.names, parquet.schema_arrow.types))
            for field in SCHEMAS[config]:
                if theirs.get(field.name) != field.type:
                    lines.append(f"{config}: (schema): field {field.name}: expected {field.type}, "
                                 f"found {theirs.get(field.name, 'no column')}")
        check = validator(config)
        fast = fast_check(config)
        id_column = SCHEMAS[config].names[0]
        seen = ids.setdefault(config, set())
        for batch in parquet.iter_batches(batch_size=2048):
            for row in batch.to_pylist():
                row_id = row.get(id_column)
                if fast is not None:
                    try:
                        fast(row)
                        valid = True
                    except fastjsonschema.JsonSchemaException:
                        valid = False
                if fast is None or not valid:
                    for error in check.iter_errors(row):
                        field, problem = describe(error)
                        lines.append(f"{config}: row {row_id}: field {field}: {problem}")
                for field, problem in _row_rules(config, row, version):
                    lines.append(f"{config}: row {row_id}: field {field}: {problem}")
                if row_id in seen:
                    lines.append(f"{config}: row {row_id}: field {id_column}: duplicate id")
                seen.add(row_id)
                for (source, column), target in references.items():
                    if source == config and row.get(column) not in ids[target]:
                        lines.append(f"{config}: row {row_id}: field {column}: "
                                     f"{row.get(column)!r} is not a {target} id")
        if len(lines) > MAX_LINES_PER_CONFIG:
            left = len(lines) - MAX_LINES_PER_CONFIG
            lines = lines[:MAX_LINES_PER_CONFIG] + [f"{config}: ... and {left} more violations"]
        problems += lines
    return problems


def _row_rules(config: str, row: dict[str, Any], version: str) -> Iterator[tuple[str, str]]:
    """Checks across fields that JSON Schema cannot state."""
    for start, end in (("raw_start", "raw_end"), ("line_start", "line_end"), ("char_start", "char_end")):
        if isinstance(row.get(start), int) and isinstance(row.get(end), int) and row[start] > row[end]:
            yield end, f"{row[end]} is before {start} {row[start]}"
    if config == "segments" and isinstance(row.get("text"), str) and row.get("text_sha256") != sha256_text(row["text"]):
        yield "text_sha256", "does not match text"
    if config == "documents" and row.get("release") != version:
        yield "release", f"{row.get('release')!r} differs from release.json version {version!r}"


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
