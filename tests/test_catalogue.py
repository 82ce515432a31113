"""raw/catalogue.yaml, the vocabularies and the row schemas."""
from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

import pytest

from conftest import RAW, REPO, copy_raw, repo_catalogue, write_catalogue
from nqp_corpus import cli
from nqp_corpus.catalogue import load_catalogue, raw_files
from nqp_corpus.errors import CatalogueError, CorpusError
from nqp_corpus.rows import SCHEMAS
from nqp_corpus.validate import validator, vocabularies
from nqp_corpus.yamlfile import load_yaml


def test_repository_catalogue_describes_every_raw_file_with_its_checksum():
    catalogue = load_catalogue(RAW)
    assert list(catalogue) == [p.name for p in raw_files(RAW)]
    for name, entry in catalogue.items():
        assert entry["sha256"] == hashlib.sha256((RAW / name).read_bytes()).hexdigest()


@pytest.mark.parametrize("path", sorted([*(REPO / "schema").glob("*.yaml"), RAW / "catalogue.yaml"]),
                         ids=lambda p: p.name)
def test_yaml_files_load_as_pyyaml_safe_load_reads_them(path):
    import yaml
    text = path.read_text(encoding="utf-8")
    data = load_yaml(text)
    assert data and data == yaml.safe_load(text)


def test_catalogue_facts_read_from_the_documents():
    c = load_catalogue(RAW)
    assert c["000_0a4ddf0e5c2a5237.txt"]["date"] | {"evidence": None} == {"value": "2024-04", "precision": "month", "evidence": None}
    assert "429" in c["000_0a4ddf0e5c2a5237.txt"]["date"]["evidence"]
    assert c["002_4a3f4c45dc60d9f1.txt"]["date"]["value"] == "2023-10-20"
    assert c["002_4a3f4c45dc60d9f1.txt"]["title"] is None
    assert c["001_e0edea38aaf4c3b6.txt"]["publisher"] is None and c["001_e0edea38aaf4c3b6.txt"]["title"] is None
    assert c["003_63b094940f472d74.txt"]["date"]["value"] is None and c["003_63b094940f472d74.txt"]["date"]["reason"]
    assert c["004_f9e59df9e02ecc35.txt"]["date"]["value"] == "2024-03"
    assert {e["script"] for e in c.values() if e["region"] == "hong_kong"} == {"zh-Hant"}


def test_vocabularies_hold_the_required_terms_each_with_a_definition():
    vocab = vocabularies()
    assert {"news_report", "quotations", "qa_explainer", "commentary", "interview", "essay", "speech",
            "local_news", "policy_brief", "research_report", "newsletter_digest", "compilation"} <= set(vocab["genres"])
    assert set(vocab["block_kinds"]) == {"title", "heading", "paragraph", "list_item", "table_row", "caption",
                                         "source_note", "footnote", "quote", "quote_attribution", "byline",
                                         "dateline", "sidebar", "boilerplate"}
    assert set(vocab["removed_kinds"]) == {"page_number", "running_header", "footnote_marker", "duplicate_url",
                                           "mailto", "pdf_artifact", "markup", "private_use_glyph",
                                           "replacement_char", "separator", "table_of_contents", "figure_text"}
    assert set(vocab["regions"]) == {"hong_kong", "mainland"} and set(vocab["scripts"]) == {"zh-Hant", "zh-Hans"}
    for name, terms in vocab.items():
        if name != "version":
            assert all(isinstance(d, str) and d and "\n" not in d.strip() for d in terms.values()), name


@pytest.mark.parametrize("config", list(SCHEMAS))
def test_row_schema_names_exactly_the_contract_columns(config):
    schema = json.loads((REPO / "schema" / f"{config}.schema.json").read_text(encoding="utf-8"))
    assert list(schema["properties"]) == SCHEMAS[config].names
    assert schema["required"] == SCHEMAS[config].names
    validator(config)  # compiles, with vocabularies filled in


def _broken(tmp_path: Path, change) -> Path:
    raw = copy_raw(tmp_path / "raw", ["002_4a3f4c45dc60d9f1.txt", "004_f9e59df9e02ecc35.txt"])
    entries = copy.deepcopy(repo_catalogue()["files"])
    entries = [e for e in entries if (raw / e["file"]).exists()]
    change(raw, entries)
    write_catalogue(raw, entries)
    return raw


CASES = {
    "missing field": (lambda raw, es: es[1].pop("rights"), ["entry 2", "004_f9e59df9e02ecc35.txt", "rights", "missing"]),
    "impossible date": (lambda raw, es: es[0]["date"].update(value="2023-02-30"), ["entry 1", "002_4a3f4c45dc60d9f1.txt", "date.value", "2023-02-30"]),
    "date not at its precision": (lambda raw, es: es[1]["date"].update(value="2024-03-01"), ["004_f9e59df9e02ecc35.txt", "date.value", "month"]),
    "malformed date": (lambda raw, es: es[1]["date"].update(value="2024年3月"), ["004_f9e59df9e02ecc35.txt", "date.value"]),
    "null date without reason": (lambda raw, es: es[1].update(date={"value": None, "precision": None}), ["004_f9e59df9e02ecc35.txt", "date.reason", "missing"]),
    "unknown genre": (lambda raw, es: es[0].update(genre="blog"), ["002_4a3f4c45dc60d9f1.txt", "genre", "'blog'", "genres"]),
    "unknown region": (lambda raw, es: es[0].update(region="taiwan"), ["002_4a3f4c45dc60d9f1.txt", "region", "regions"]),
    "unknown encoding": (lambda raw, es: es[0].update(encoding="latin-1"), ["002_4a3f4c45dc60d9f1.txt", "encoding"]),
    "duplicate entry": (lambda raw, es: es.append(copy.deepcopy(es[0])), ["entry 3", "002_4a3f4c45dc60d9f1.txt", "duplicate"]),
    "entry without file": (lambda raw, es: (raw / es[1]["file"]).unlink(), ["004_f9e59df9e02ecc35.txt", "no such file"]),
    "file without entry": (lambda raw, es: (raw / "005_new.txt").write_text("新质生产力。\n", encoding="utf-8"), ["005_new.txt", "no entry"]),
    # every row id begins with the file's stem, and ids hold no whitespace: refused before any work
    "file name with a space": (lambda raw, es: ((raw / es[1]["file"]).rename(raw / "my report.txt"), es[1].update(file="my report.txt")),
                               ["entry 2", "my report.txt", "field file", "without whitespace"]),
    "two files, one stem": (lambda raw, es: ((raw / "004_f9e59df9e02ecc35.md").write_text("新质生产力。\n", encoding="utf-8"),
                                            es.append({**es[1], "file": "004_f9e59df9e02ecc35.md"})),
                            ["entry 3", "004_f9e59df9e02ecc35.md", "same stem", "004_f9e59df9e02ecc35.txt"]),
    "malformed checksum": (lambda raw, es: es[0].update(sha256="ABC"), ["002_4a3f4c45dc60d9f1.txt", "sha256", "64 lowercase hex digits"]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_catalogue_error_is_one_line_naming_file_and_field(tmp_path, case, capsys):
    change, expected = CASES[case]
    raw = _broken(tmp_path, change)
    with pytest.raises(CatalogueError) as error:
        load_catalogue(raw)
    message = str(error.value)
    assert "\n" not in message
    for part in expected:
        assert part in message, (part, message)
    # the CLI refuses the build the same way: one line on stderr, exit code 2
    assert cli.main(["build", "--raw", str(raw), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected[-1] in err and "Traceback" not in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_invalid_yaml_is_refused_in_one_line(tmp_path):
    raw = copy_raw(tmp_path / "raw", ["004_f9e59df9e02ecc35.txt"])
    (raw / "catalogue.yaml").write_text("files: [\n  - file: x\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match="not valid YAML") as error:
        load_catalogue(raw)
    assert "\n" not in str(error.value)


def test_a_malformed_vocabulary_file_is_refused(tmp_path):
    schema_dir = tmp_path / "schema"
    schema_dir.mkdir()
    text = (REPO / "schema" / "vocabularies.yaml").read_text(encoding="utf-8")
    (schema_dir / "vocabularies.yaml").write_text(text.replace("  essay: A longer", "  essay:\n  x: A longer"), encoding="utf-8")
    with pytest.raises(CorpusError, match="vocabularies.yaml: invalid vocabularies: genres/essay"):
        vocabularies(schema_dir)
