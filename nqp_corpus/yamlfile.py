"""YAML loading for the catalogue, the vocabularies and the card (and JSON loading for the models): libyaml's C parser when PyYAML
has it (a tenth of the pure-Python parser's time: ~2 instead of ~20 ms for schema/ and the
catalogue, a fixed cost of every build), the same SafeLoader rules either way; the JSON Schema
validator every data file and release row is checked with; and the one-line account of a data
file's first violation."""
from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

import jsonschema
import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(stream: str | IO[str]) -> Any:
    """yaml.safe_load, with the C parser when there is one."""
    return yaml.load(stream, Loader=_LOADER)


_PLAIN_ITEMS = {"string": (str,), "number": (int, float)}  # bool is an int, but no JSON number


def _items(validator, items, instance, schema):  # noqa: ANN001 (jsonschema keyword signature)
    """`items` with a shortcut for arrays of plain strings (tokens, themes) or plain numbers (model
    weights): the same verdict as the standard keyword without one validator descent per item
    (the theme model's 14,000 weights took ~0.08 CPU s to check, a fixed cost of every build).

    >>> list(Validator({"items": {"type": "number"}}).iter_errors([1, 2.5]))
    []
    >>> [e.message for e in Validator({"items": {"type": "number"}}).iter_errors([1, True])]
    ["True is not of type 'number'"]
    >>> [e.message for e in Validator({"items": {"type": ["string", "null"]}}).iter_errors(["a", None, 1])]
    ["1 is not of type 'string', 'null'"]
    >>> [e.message for e in Validator({"items": False}).iter_errors([1])]
    ['Expected at most 0 items but found 1 extra: 1']
    """
    plain = isinstance(items, dict) and len(items) == 1 and isinstance(items.get("type"), str)
    kinds = _PLAIN_ITEMS.get(items["type"]) if plain else None
    if kinds and isinstance(instance, list) and all(isinstance(i, kinds) and not isinstance(i, bool) for i in instance):
        return
    yield from _STANDARD_ITEMS(validator, items, instance, schema)


_STANDARD_ITEMS = jsonschema.Draft202012Validator.VALIDATORS["items"]
Validator = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"items": _items})


def schema_violation(data: Any, schema: dict[str, Any]) -> str | None:
    """`where: problem` of the most relevant violation of `schema` (Draft 2020-12), None if valid.

    >>> schema_violation({"version": 0}, {"properties": {"version": {"minimum": 1}}})
    'version: 0 is less than the minimum of 1'
    >>> schema_violation([], {"type": "object"})
    "(top): [] is not of type 'object'"
    """
    error = jsonschema.exceptions.best_match(Validator(schema).iter_errors(data))
    if error is None:
        return None
    return f"{'/'.join(str(p) for p in error.absolute_path) or '(top)'}: {error.message}"


def load_json(path: Path, error: type[Exception] = ValueError) -> Any:
    """The JSON data file at `path`; `error` naming the file if it is not valid JSON."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as problem:
        raise error(f"{path}: not valid JSON: {problem}") from None


def load_valid_yaml(path: Path, schema: dict[str, Any], what: str, error: type[Exception] = ValueError) -> Any:
    """The YAML data file at `path`, checked against `schema`; `error` with the file's name, what it
    holds and its first violation (`layout_cues.yaml: invalid layout cues: version: ...`) if invalid."""
    data = load_yaml(path.read_text(encoding="utf-8"))
    problem = schema_violation(data, schema)
    if problem is not None:
        raise error(f"{path.name}: invalid {what}: {problem}")
    return data
