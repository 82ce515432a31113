"""raw/catalogue.yaml: what each raw file is (publisher, genre, date with its evidence, rights).

The catalogue must describe exactly the files in raw/: the build refuses a file without an entry, an
entry without a file and a duplicate entry, so nothing enters a release undescribed.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from .errors import CatalogueError
from .model import file_stem
from .validate import describe, validator
from .yamlfile import load_yaml

CATALOGUE_NAME = "catalogue.yaml"
_DATE_FORMATS = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d"}


def raw_files(raw_dir: Path) -> list[Path]:
    """The raw inputs in `raw_dir`, sorted by name: every visible file except the catalogue."""
    return sorted(p for p in raw_dir.iterdir()
                  if p.is_file() and p.name != CATALOGUE_NAME and not p.name.startswith("."))


def load_catalogue(raw_dir: Path) -> dict[str, dict[str, Any]]:
    """file name → entry, sorted by file name, checked against the schema and against raw_dir."""
    path = raw_dir / CATALOGUE_NAME
    if not path.is_file():
        raise CatalogueError(f"{path}: missing; every raw file needs an entry there")
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise CatalogueError(f"{path}: not valid YAML: {error}") from None
    entries = data.get("files") if isinstance(data, dict) else None
    for error in validator("catalogue").iter_errors(data):
        parts = list(error.absolute_path)
        if parts[:1] == ["files"] and len(parts) >= 2 and isinstance(entries, list):
            index = parts[1]
            name = entries[index].get("file", "?") if isinstance(entries[index], dict) else "?"
            field, problem = describe(error)
            field = field.removeprefix(f"files.{index}").lstrip(".") or "(entry)"
            raise CatalogueError(f"{path}: entry {index + 1} ({name}): field {field}: {problem}")
        field, problem = describe(error)
        raise CatalogueError(f"{path}: {field}: {problem}")

    catalogue: dict[str, dict[str, Any]] = {}
    file_of_stem: dict[str, str] = {}
    for index, entry in enumerate(entries, 1):
        name = entry["file"]
        if name in catalogue:
            raise CatalogueError(f"{path}: entry {index} ({name}): duplicate entry for {name}")
        stem = file_stem(name)
        if stem in file_of_stem:  # the rows of both files would have the same ids
            raise CatalogueError(f"{path}: entry {index} ({name}): same stem {stem!r} as {file_of_stem[stem]}; "
                                 "every row id begins with its file's stem, so stems must differ")
        file_of_stem[stem] = name
        _check_date(path, index, entry)
        catalogue[name] = entry

    present = {p.name for p in raw_files(raw_dir)}
    for name in sorted(present - set(catalogue)):
        raise CatalogueError(f"{raw_dir / name}: raw file has no entry in {path}")
    for name in sorted(set(catalogue) - present):
        raise CatalogueError(f"{path}: entry for {name}: no such file in {raw_dir}")
    return dict(sorted(catalogue.items()))


def _check_date(path: Path, index: int, entry: dict[str, Any]) -> None:
    """The value must be a real calendar date written at exactly its stated precision."""
    date = entry["date"]
    if date["value"] is None:
        return
    try:
        dt.datetime.strptime(date["value"], _DATE_FORMATS[date["precision"]])
    except ValueError:
        raise CatalogueError(
            f"{path}: entry {index} ({entry['file']}): field date.value: {date['value']!r} is not a "
            f"valid date at precision {date['precision']!r} ({_DATE_FORMATS[date['precision']]})"
        ) from None
