"""YAML loading for the catalogue, the vocabularies and the card: libyaml's C parser when PyYAML
has it (a tenth of the pure-Python parser's time: ~2 instead of ~20 ms for schema/ and the
catalogue, a fixed cost of every build), the same SafeLoader rules either way."""
from __future__ import annotations

from typing import IO, Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(stream: str | IO[str]) -> Any:
    """yaml.safe_load, with the C parser when there is one."""
    return yaml.load(stream, Loader=_LOADER)
