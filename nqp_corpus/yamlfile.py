"""YAML loading for the catalogue, the vocabularies and the card: libyaml's C parser when PyYAML
has it (a tenth of the pure-Python parser's time: ~2 instead of ~20 ms for schema/ and the
catalogue, a fixed cost of every build), the same SafeLoader rules either way; and the one-line
account of a data file's first JSON Schema violation."""
from __future__ import annotations

from typing import IO, Any

import jsonschema
import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(stream: str | IO[str]) -> Any:
    """yaml.safe_load, with the C parser when there is one."""
    return yaml.load(stream, Loader=_LOADER)


def schema_violation(data: Any, schema: dict[str, Any]) -> str | None:
    """`where: problem` of the most relevant violation of `schema` (Draft 2020-12), None if valid.

    >>> schema_violation({"version": 0}, {"properties": {"version": {"minimum": 1}}})
    'version: 0 is less than the minimum of 1'
    >>> schema_violation([], {"type": "object"})
    "(top): [] is not of type 'object'"
    """
    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(schema).iter_errors(data))
    if error is None:
        return None
    return f"{'/'.join(str(p) for p in error.absolute_path) or '(top)'}: {error.message}"
