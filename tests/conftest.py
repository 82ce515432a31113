"""Shared fixtures: temporary copies of raw/ and one full release built once per test session.

`datasets` reads its environment at import, so the offline switches and a private HF_HOME are set
here, before any test module imports it.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ["HF_HOME"] = tempfile.mkdtemp(prefix="nqp-hf-home-")

import pytest  # noqa: E402
import yaml  # noqa: E402

from nqp_corpus import RELEASE_VERSION  # noqa: E402
from nqp_corpus.release import build  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "raw"
SMALL = ("000_0a4ddf0e5c2a5237.txt", "002_4a3f4c45dc60d9f1.txt", "004_f9e59df9e02ecc35.txt")  # quick to build


def repo_catalogue() -> dict[str, Any]:
    return yaml.safe_load((RAW / "catalogue.yaml").read_text(encoding="utf-8"))


def write_catalogue(raw_dir: Path, entries: list[dict[str, Any]]) -> None:
    data = {"catalogue_version": 1, "files": entries}
    (raw_dir / "catalogue.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def copy_raw(dest: Path, names: Iterable[str] | None = None) -> Path:
    """A raw folder holding the named repository raw files (all by default) and their entries."""
    dest.mkdir(parents=True, exist_ok=True)
    entries = [e for e in repo_catalogue()["files"] if names is None or e["file"] in set(names)]
    for entry in entries:
        shutil.copyfile(RAW / entry["file"], dest / entry["file"])
    write_catalogue(dest, entries)
    return dest


def write_changelog(path: Path, *versions: str) -> Path:
    path.write_text("# Changelog\n\n" + "".join(f"## [{v}]\n\nTest release {v}.\n\n" for v in versions),
                    encoding="utf-8")
    return path


def written_with_lookalikes(raw: "RawFile") -> "RawFile":
    """`raw` as a font that maps glyphs to radicals would have it extracted: every character that
    has a look-alike (Kangxi radical, radical-supplement form, compatibility ideograph) replaced by it."""
    from nqp_corpus.clean.fixes import _lookalike_table
    from nqp_corpus.model import RawFile

    lookalike: dict[str, str] = {}
    for cp, ideograph in sorted(_lookalike_table().items()):
        lookalike.setdefault(ideograph, chr(cp))
    return RawFile(raw.name, raw.sha256, raw.text.translate(str.maketrans(lookalike)), raw.entry)


# The `nqp-corpus` command in a fresh process, run by the interpreter running the tests
CLI = (sys.executable, "-c", "import sys; from nqp_corpus.cli import main; sys.exit(main(sys.argv[1:]))")


def run_cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    """The real command line in a fresh process: what a user sees on stdout, stderr and exit code."""
    return subprocess.run([*CLI, *args], cwd=cwd, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The full corpus built once, with the current code, into a temporary releases folder."""
    out = tmp_path_factory.mktemp("processed")
    result = build(RAW, out, RELEASE_VERSION, changelog=REPO / "CHANGELOG.md")
    assert not result.already_built
    return result.folder


@pytest.fixture
def hf_cache(tmp_path: Path) -> Path:
    return tmp_path / "hf-cache"


@lru_cache(maxsize=1)  # read and converted once per session, not once per hypothesis example
def simplified_seed_lines() -> tuple[str, ...]:
    """Every non-blank line of the raw files, Traditional ones converted with OpenCC hk2s."""
    from nqp_corpus.catalogue import load_catalogue
    from nqp_corpus.reader import read_raw
    from nqp_corpus.script import HANT, converter

    lines = []
    for name, entry in load_catalogue(RAW).items():
        text = read_raw(RAW / name, entry).text
        if entry.get("script") == HANT:
            text = converter("hk2s").convert(text)
        lines += [line for line in text.splitlines() if line.strip()]
    return tuple(lines)


def coverage_errors(raw: "RawFile", blocks, removed) -> list[int]:
    """Non-whitespace raw offsets not covered exactly once by block pieces and ledger spans."""
    count = [0] * len(raw.text)
    for block in blocks:
        for start, end in block.pieces:
            for i in range(start, end):
                count[i] += 1
    for item in removed:
        for i in range(item.raw_start, item.raw_end):
            count[i] += 1
    return [i for i, ch in enumerate(raw.text) if not ch.isspace() and count[i] != 1]
