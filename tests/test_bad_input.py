"""Raw files in other encodings or broken: each is decoded (offsets into the decoded text, checksum
over the original bytes) or refused with one line naming the file."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import RAW, repo_catalogue, write_catalogue
from nqp_corpus import cli
from nqp_corpus.reader import read_raw
from nqp_corpus.release import build

TRADITIONAL = "".join((RAW / "000_0a4ddf0e5c2a5237.txt").read_text(encoding="utf-8").splitlines(keepends=True)[:60])
SIMPLIFIED = "".join((RAW / "004_f9e59df9e02ecc35.txt").read_text(encoding="utf-8").splitlines(keepends=True)[:20])
LONG_LINE = "".join((RAW / "001_e0edea38aaf4c3b6.txt").read_text(encoding="utf-8")[:120_000].split())

# name → (bytes as stored, declared encoding, the text they must decode to)
HANDLED = {
    "gb18030.txt": (SIMPLIFIED.encode("gb18030"), "gb18030", SIMPLIFIED),
    "big5.txt": (TRADITIONAL.encode("big5"), "big5", TRADITIONAL),
    "utf8-bom.txt": (b"\xef\xbb\xbf" + SIMPLIFIED.encode(), "utf-8", SIMPLIFIED),
    "utf8-sig.txt": (b"\xef\xbb\xbf" + SIMPLIFIED.encode(), "utf-8-sig", SIMPLIFIED),
    "utf16-le.txt": (SIMPLIFIED.encode("utf-16"), "utf-16", SIMPLIFIED),
    "utf16-be.txt": (b"\xfe\xff" + SIMPLIFIED.encode("utf-16-be"), "utf-16", SIMPLIFIED),
    "crlf.txt": (SIMPLIFIED.replace("\n", "\r\n").encode(), "utf-8", SIMPLIFIED.replace("\n", "\r\n")),
    "long-line.txt": ((LONG_LINE + "\n").encode(), "utf-8", LONG_LINE + "\n"),
}

# name → (bytes, declared encoding, words the one-line refusal must contain)
REFUSED = {
    "empty.txt": (b"", "utf-8", ["empty"]),
    "whitespace.txt": (b"  \n\n\t\f\n", "utf-8", ["no text", "whitespace"]),
    "binary.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "utf-8", ["binary", "NUL"]),
    "controls.txt": (("新质" + "\x01\x02\x03") .encode() * 50, "utf-8", ["binary", "control"]),
    "invalid-utf8.txt": (SIMPLIFIED.encode()[:30] + b"\xff\xfe" + SIMPLIFIED.encode()[30:], "utf-8", ["byte offset 30", "utf-8"]),
    "truncated-gb18030.txt": (SIMPLIFIED.encode("gb18030")[:-1] + b"\x81", "gb18030", ["byte offset", "gb18030"]),
    "lone-surrogate.txt": (b"abc\xed\xa0\x80def\n", "utf-8", ["lone surrogate", "byte offset 3"]),
    "utf16-no-bom.txt": (SIMPLIFIED.encode("utf-16-le"), "utf-16", ["byte-order mark"]),
    "declared-big5-is-utf8.txt": ("新质生产力".encode("utf-8"), "big5", ["byte offset", "big5"]),
}


def _entry(name: str, data: bytes, encoding: str) -> dict:
    template = next(e for e in repo_catalogue()["files"] if e["file"].startswith("004"))
    traditional = name.startswith("big5")
    return {**template, "file": name, "sha256": hashlib.sha256(data).hexdigest(), "encoding": encoding,
            "region": "hong_kong" if traditional else "mainland", "script": "zh-Hant" if traditional else "zh-Hans"}


def _raw_dir(folder: Path, files: dict[str, tuple[bytes, str, object]]) -> Path:
    folder.mkdir(parents=True)
    for name, (data, _, _) in files.items():
        (folder / name).write_bytes(data)
    write_catalogue(folder, [_entry(name, data, encoding) for name, (data, encoding, _) in files.items()])
    return folder


@pytest.mark.parametrize("name", list(HANDLED))
def test_declared_encoding_is_decoded_and_checksum_is_over_original_bytes(tmp_path, name):
    data, encoding, text = HANDLED[name]
    path = tmp_path / name
    path.write_bytes(data)
    raw = read_raw(path, _entry(name, data, encoding))
    assert raw.text == text  # a leading BOM is not text; CRLF is kept as is
    assert raw.sha256 == hashlib.sha256(data).hexdigest()
    assert raw.line_offsets[1] == text.index("\n") + 1  # a line ends at \n


@pytest.fixture(scope="module")
def handled_release(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    base = tmp_path_factory.mktemp("handled")
    raw = _raw_dir(base / "raw", HANDLED)
    return build(raw, base / "out", "0.0.1").folder, {name: text for name, (_, _, text) in HANDLED.items()}


def test_every_handled_file_is_released_with_offsets_into_its_decoded_text(handled_release):
    folder, texts = handled_release
    documents = pq.read_table(folder / "documents/train-00000-of-00001.parquet").to_pylist()
    assert {d["source_file"] for d in documents} == set(texts)
    for doc in documents:
        assert doc["source_sha256"] == hashlib.sha256(HANDLED[doc["source_file"]][0]).hexdigest()
    for seg in pq.read_table(folder / "segments/train-00000-of-00001.parquet").to_pylist():
        text = texts[seg["source_file"]]
        assert 0 <= seg["raw_start"] < seg["raw_end"] <= len(text)
        if not seg["fixes"]:
            assert text[seg["raw_start"]] == seg["text_original"][0], seg["segment_id"]
    for item in pq.read_table(folder / "removed/train-00000-of-00001.parquet").to_pylist():
        assert texts[item["source_file"]][item["raw_start"]:item["raw_end"]] == item["text"]


@pytest.mark.parametrize("name", list(REFUSED))
def test_unreadable_file_is_refused_in_one_line_naming_it(tmp_path, name, capsys):
    data, encoding, words = REFUSED[name]
    raw = _raw_dir(tmp_path / "raw", {name: (data, encoding, None), "ok.txt": (SIMPLIFIED.encode(), "utf-8", None)})
    assert cli.main(["build", "--raw", str(raw), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert name in err
    for word in words:
        assert word in err, (word, err)
    assert not list((tmp_path / "out").glob("v*")) and not list((tmp_path / "out").glob(".tmp-*"))


@pytest.mark.parametrize("files, words", [
    ({}, ["catalogue.yaml", "lists no raw files"]),
    ({"furniture.txt": ("— 1 —\n\n— 2 —\n".encode(), "utf-8", None)}, ["leave no text", "removed ledger"]),
])
def test_a_corpus_that_would_release_no_rows_is_refused_in_one_line(tmp_path, files, words, capsys):
    """No raw file at all, or files whose every character is page furniture: a release of no rows
    would load as nothing and cite nothing (and its card has no row to cite as an example)."""
    raw = _raw_dir(tmp_path / "raw", files)
    assert cli.main(["build", "--raw", str(raw), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    for word in words:
        assert word in err, (word, err)
    assert not list((tmp_path / "out").glob("v*")) and not list((tmp_path / "out").glob(".tmp-*"))
