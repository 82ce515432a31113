"""`nqp-corpus cite`: every style names the corpus, version, id, checksum, source, provenance and text
of records read from a real release (the session `release` fixture: the full corpus, built once).
Expectations are derived from the release's own Parquet, never from fixed counts or texts."""
from __future__ import annotations

import dataclasses
import hashlib
import re
import shutil
from pathlib import Path

import jsonschema
import pyarrow.parquet as pq
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO, run_cli
from nqp_corpus import RELEASE_VERSION
from nqp_corpus.cite import (PRETTY_NAME, STYLES, bibtex_escape, bibtex_key, cite, example_citation,
                             find_row, format_bibtex, load_record, resolve_release)
from nqp_corpus.errors import CorpusError
from nqp_corpus.validate import shard_path


def _rows(release: Path, config: str, columns: list[str]) -> list[dict]:
    return pq.read_table(release / shard_path(config), columns=columns).to_pylist()


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.fixture(scope="module")
def picks(release: Path) -> dict[str, dict]:
    """One record of each kind, chosen from the release: a segment of a document with a title and a
    date, a sentence of that segment, and a document with named authors (if the release has one)."""
    docs = {d["doc_id"]: d for d in _rows(release, "documents", ["doc_id", "title", "date", "authors", "text",
                                                                 "publisher", "date_precision"])}
    segments = _rows(release, "segments", ["segment_id", "doc_id", "text", "text_sha256", "source_file",
                                           "raw_start", "raw_end", "line_start", "line_end"])
    segment = next((s for s in segments if docs[s["doc_id"]]["title"] and docs[s["doc_id"]]["date"]
                    and len(s["text"]) > 20), segments[0])
    sentences = _rows(release, "sentences", ["sentence_id", "segment_id", "doc_id", "text", "raw_start", "raw_end"])
    sentence = next((t for t in sentences if t["segment_id"] == segment["segment_id"]), sentences[0])
    document = next((d for d in docs.values() if d["authors"]), next(iter(docs.values())))
    return {"segment": segment, "sentence": sentence, "document": document, "docs": docs,
            "segments": {s["segment_id"]: s for s in segments}}


def _cases(picks: dict) -> list[tuple[str, str]]:
    """(id, expected text checksum) for one record of each kind."""
    seg, sent, doc = picks["segment"], picks["sentence"], picks["document"]
    return [(seg["segment_id"], seg["text_sha256"]), (sent["sentence_id"], _sha(sent["text"])),
            (doc["doc_id"], _sha(doc["text"]))]


# --- a tiny BibTeX reader: enough to prove the entry is well formed ---------------------------------

_UNESCAPE = {r"\textbackslash{}": "\\", r"\textbraceleft{}": "{", r"\textbraceright{}": "}",
             r"\textasciicircum{}": "^", r"\textasciitilde{}": "~", r"\%": "%", r"\&": "&", r"\#": "#",
             r"\$": "$", r"\_": "_"}
_UNESCAPE_RE = re.compile("|".join(re.escape(k) for k in sorted(_UNESCAPE, key=len, reverse=True)))


def bibtex_unescape(value: str) -> str:
    return _UNESCAPE_RE.sub(lambda m: _UNESCAPE[m.group()], value)


def parse_bibtex(entry: str) -> tuple[str, str, dict[str, str]]:
    """(entry type, key, raw field values) of one `@type{key, name = {value}, ...}` entry; fails on
    unbalanced braces, a missing comma or trailing text."""
    head = re.match(r"@(\w+)\{([^,\s{}]+),\s*", entry)
    assert head, entry[:80]
    pos, fields = head.end(), {}
    field_re = re.compile(r"(\w+)\s*=\s*\{")
    while entry[pos] != "}":
        match = field_re.match(entry, pos)
        assert match, f"no field at {entry[pos:pos + 40]!r}"
        pos, depth, start = match.end(), 1, match.end()
        while depth:
            depth += {"{": 1, "}": -1}.get(entry[pos], 0)
            pos += 1
        name = match.group(1).lower()
        assert name not in fields, f"duplicate field {name}"
        fields[name] = entry[start:pos - 1]
        rest = re.compile(r"\s*(,\s*)?").match(entry, pos)
        pos = rest.end()
        if not rest.group(1):
            break
    assert entry[pos:].strip() == "}", f"trailing text {entry[pos:]!r}"
    return head.group(1), head.group(2), fields


# --- every style ---------------------------------------------------------------------------------

@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_style_names_version_id_checksum_corpus_and_exact_text(release, picks, style):
    for record_id, checksum in _cases(picks):
        text = cite(record_id, release, style)
        rec = load_record(release, record_id)
        assert RELEASE_VERSION in text
        assert record_id in text or bibtex_escape(record_id) in text
        assert checksum in text and rec.text_sha256 == checksum
        assert rec.source_file in text or bibtex_escape(rec.source_file) in text
        assert f"{rec.raw_start}–{rec.raw_end}" in text
        if style != "bibtex":
            assert PRETTY_NAME in text
            assert rec.text in text


@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_style_names_the_original_source_from_the_documents_config(release, picks, style):
    seg = picks["segment"]
    doc = picks["docs"][seg["doc_id"]]
    text = cite(seg["segment_id"], release, style)
    for value in (doc["title"], doc["date"], doc["publisher"]):
        if value:
            assert value in text or bibtex_escape(value) in text


def test_bibtex_parses_and_carries_checksum_text_and_provenance(release, picks):
    for record_id, checksum in _cases(picks):
        entry = cite(record_id, release, "bibtex")
        kind, key, fields = parse_bibtex(entry)
        assert kind == "misc"
        assert key == bibtex_key(RELEASE_VERSION, record_id)
        assert re.fullmatch(r"[A-Za-z0-9_.:+-]+", key)
        assert fields["version"] == RELEASE_VERSION
        assert fields["sha256"] == checksum
        assert checksum in fields["note"]
        rec = load_record(release, record_id)
        assert bibtex_unescape(fields["annote"]) == rec.text
        assert PRETTY_NAME in bibtex_unescape(fields["title"])
        assert f"{rec.raw_start}–{rec.raw_end}" in fields["note"]


def test_bibtex_keys_of_different_records_and_releases_differ(picks):
    ids = [record_id for record_id, _ in _cases(picks)]
    keys = {bibtex_key(v, i) for v in ("1.0.0", "1.0.1") for i in ids}
    assert len(keys) == 2 * len(set(ids))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_bibtex_stays_well_formed_for_any_text(release_record, text):
    rec = dataclasses.replace(release_record, text=text, title=text or None, publisher=text or None)
    _, _, fields = parse_bibtex(format_bibtex(rec))
    assert bibtex_unescape(fields["annote"]) == text


@pytest.fixture(scope="module")
def release_record(release, picks):
    return load_record(release, picks["segment"]["segment_id"])


def test_apa_is_a_data_set_reference(release, picks):
    text = cite(picks["segment"]["segment_id"], release, "apa")
    assert text.startswith("nqp-corpus contributors. (n.d.). ")
    assert f"(Version {RELEASE_VERSION}) [Data set; segment {picks['segment']['segment_id']}]" in text


def test_gbt7714_marks_a_data_set_with_version_and_identifier(release, picks):
    record_id = picks["segment"]["segment_id"]
    text = cite(record_id, release, "gbt7714")
    assert f"{record_id}[DS/OL]. 版本 {RELEASE_VERSION}. " in text
    assert f"标识符: {record_id}. " in text
    assert "[出版地不详]" in text


def test_plain_ends_with_the_exact_text(release, picks):
    for record_id, _ in _cases(picks):
        rec = load_record(release, record_id)
        assert cite(record_id, release, "plain").endswith("\ntext:\n" + rec.text)


def test_record_provenance_matches_the_release_rows(release, picks):
    seg, sent = picks["segment"], picks["sentence"]
    rec = load_record(release, seg["segment_id"])
    assert (rec.source_file, rec.raw_start, rec.raw_end, rec.line_start, rec.line_end) == (
        seg["source_file"], seg["raw_start"], seg["raw_end"], seg["line_start"], seg["line_end"])
    assert rec.doc_id == seg["doc_id"] and rec.text == seg["text"]
    # a sentence has no lines of its own: it reports those of its segment, and says so
    srec = load_record(release, sent["sentence_id"])
    parent = picks["segments"][sent["segment_id"]]
    assert (srec.line_start, srec.line_end, srec.lines_of) == (parent["line_start"], parent["line_end"], "segment")
    assert (srec.raw_start, srec.raw_end) == (sent["raw_start"], sent["raw_end"])
    assert "(of its segment)" in cite(sent["sentence_id"], release, "plain")


def test_document_checksum_is_sha256_of_its_utf8_text(release, picks):
    doc = picks["document"]
    rec = load_record(release, doc["doc_id"])
    assert rec.text_sha256 == _sha(doc["text"])
    for author in doc["authors"]:
        assert author in cite(doc["doc_id"], release, "plain")


def test_find_row_reads_only_the_asked_columns_and_returns_none_when_absent(release, picks):
    seg_id = picks["segment"]["segment_id"]
    row = find_row(release, "segments", "segment_id", seg_id, ["segment_id", "text_sha256"])
    assert row == {"segment_id": seg_id, "text_sha256": picks["segment"]["text_sha256"]}
    assert find_row(release, "segments", "segment_id", seg_id + "0", ["segment_id"]) is None


def test_example_citation_for_the_card_cites_the_first_segment_without_release_json(release, tmp_path):
    first = pq.read_table(release / shard_path("segments"), columns=["segment_id"]).column(0)[0].as_py()
    shutil.copytree(release, tmp_path / "being-written")
    (tmp_path / "being-written" / "release.json").unlink()
    text = example_citation(tmp_path / "being-written", "9.9.9")
    _, key, fields = parse_bibtex(text)
    assert key == bibtex_key("9.9.9", first) and fields["version"] == "9.9.9"
    assert example_citation(release, RELEASE_VERSION, "plain") == cite(first, release, "plain")


# --- choosing the release ------------------------------------------------------------------------

def test_release_is_found_by_version_path_or_as_the_newest(release, tmp_path):
    out = release.parent
    assert resolve_release(f"v{RELEASE_VERSION}", out) == release
    assert resolve_release(RELEASE_VERSION, out) == release
    assert resolve_release(release, tmp_path) == release
    assert resolve_release(None, out) == release
    # a newer release folder in the same place becomes the default
    newer = tmp_path / "v999.0.0"
    shutil.copytree(release, newer)
    (tmp_path / f"v{RELEASE_VERSION}").symlink_to(release)
    assert resolve_release(None, tmp_path) == newer
    with pytest.raises(CorpusError, match="no release v0.0.1"):
        resolve_release("v0.0.1", out)
    # the releases on offer are listed in version order, not as strings
    for version in ("v2.0.0", "v10.0.0"):
        (tmp_path / version).symlink_to(release)
    with pytest.raises(CorpusError) as error:
        resolve_release("v0.0.1", tmp_path)
    assert str(error.value).index("v2.0.0") < str(error.value).index("v10.0.0") < str(error.value).index("v999.0.0")


# --- the command line ----------------------------------------------------------------------------

def test_cli_prints_the_citation(release, picks):
    record_id = picks["segment"]["segment_id"]
    result = run_cli("cite", record_id, "--out", str(release.parent), "--style", "plain")
    assert result.returncode == 0, result.stderr
    assert result.stdout == cite(record_id, release, "plain") + "\n"
    by_path = run_cli("cite", record_id, "--release", str(release))
    assert by_path.returncode == 0 and by_path.stdout.startswith("@misc{")


@pytest.mark.parametrize("bad", ["000_nope/s1-2", "{stem}/s0-1", "{stem}/d999999999", "{stem}/t1-1"])
def test_an_unknown_id_is_one_line_naming_id_and_release_exit_2(release, picks, bad):
    stem = picks["segment"]["segment_id"].split("/")[0]
    record_id = bad.format(stem=stem)
    result = run_cli("cite", record_id, "--release", str(release))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert record_id in result.stderr and RELEASE_VERSION in result.stderr


@pytest.mark.parametrize("bad", ["not-an-id", "x/s12", "x/d1-2", "x/r1-2"])
def test_malformed_and_removed_ids_are_refused_in_one_line(release, bad):
    result = run_cli("cite", bad, "--release", str(release))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and bad in result.stderr


def test_an_unknown_release_is_one_line_exit_2(release):
    result = run_cli("cite", "x/d1", "--release", "v0.0.0-none", "--out", str(release.parent))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "v0.0.0-none" in result.stderr


# --- CITATION.cff --------------------------------------------------------------------------------

_ENTITY = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string", "minLength": 1}}}
CFF_SUBSET_SCHEMA = {
    "type": "object",
    "required": ["cff-version", "message", "title", "version", "authors", "license", "abstract",
                 "preferred-citation"],
    "properties": {
        "cff-version": {"const": "1.2.0"},
        "message": {"type": "string", "minLength": 1},
        "type": {"enum": ["software", "dataset"]},
        "title": {"type": "string", "minLength": 1},
        "version": {"type": "string", "pattern": r"^\d+\.\d+\.\d+$"},
        "authors": {"type": "array", "minItems": 1, "items": _ENTITY},
        "license": {"type": "string", "minLength": 1},
        "abstract": {"type": "string", "minLength": 1},
        "keywords": {"type": "array", "items": {"type": "string"}},
        "repository-code": {"type": "string", "format": "uri"},
        "date-released": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "preferred-citation": {
            "type": "object",
            "required": ["type", "title", "authors", "version"],
            "properties": {
                "type": {"const": "data"},  # CFF 1.2.0's reference type for a data set
                "title": {"type": "string", "minLength": 1},
                "authors": {"type": "array", "minItems": 1, "items": _ENTITY},
                "version": {"type": "string"},
            },
        },
    },
}


def test_citation_cff_is_valid_and_names_the_release_version():
    data = yaml.safe_load((REPO / "CITATION.cff").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(CFF_SUBSET_SCHEMA).validate(data)
    assert data["version"] == RELEASE_VERSION
    assert data["preferred-citation"]["version"] == RELEASE_VERSION
    assert data["preferred-citation"]["title"] == PRETTY_NAME
    assert {"name": "nqp-corpus contributors"} in data["authors"]
