"""The examples in docstrings (`>>>`) are tests too: every module holding one runs them here."""
from __future__ import annotations

import doctest
import importlib
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WITH_EXAMPLES = sorted(path for path in [*(ROOT / "nqp_corpus").rglob("*.py"), *(ROOT / "benchmarks").glob("*.py")]
                       if ">>> " in path.read_text(encoding="utf-8"))


def _module(path: Path):
    if path.is_relative_to(ROOT / "nqp_corpus"):
        return importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))
    spec = importlib.util.spec_from_file_location(path.stem, path)  # a script, not a package module
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_modules_with_examples_are_found():
    names = {path.relative_to(ROOT).as_posix() for path in WITH_EXAMPLES}
    assert {"nqp_corpus/clean/fixes.py", "nqp_corpus/annotate/prefilter.py", "benchmarks/bench_build.py"} <= names


@pytest.mark.parametrize("path", WITH_EXAMPLES, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_docstring_examples(path: Path):
    result = doctest.testmod(_module(path), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0, result
