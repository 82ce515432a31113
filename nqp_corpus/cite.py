"""`nqp-corpus cite ID`: a citation of one document, segment or sentence of a release, offline.

The record is read from the release folder alone (Parquet filtered on the id column, only the
columns a citation needs), so a citation names exactly what that release holds: the corpus and its
version, the id, the original source (from the documents config via doc_id), the sha256 of the
UTF-8 text, the raw provenance (file, code-point span, lines) and the exact text.

Each style is one small function from a `Record` to a string: bibtex, apa, gbt7714, plain.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import pyarrow.parquet as pq

from .errors import CorpusError
from .rows import sha256_text
from .validate import newest_release, shard_path, version_key

PRETTY_NAME = "NQP Corpus: Chinese texts on new quality productive forces (新质生产力)"
CORPUS_AUTHOR = "nqp-corpus contributors"
CORPUS_PUBLISHER = "nqp-corpus"

# id letter → (config, id column, kind as printed)
_KINDS = {"d": ("documents", "doc_id", "document"), "s": ("segments", "segment_id", "segment"),
          "t": ("sentences", "sentence_id", "sentence")}
_ID = re.compile(r"^(?P<stem>[^/\s]+)/(?P<letter>[dstr])(?P<start>\d+)(?:-(?P<end>\d+))?$")
_DOC_COLUMNS = ["doc_id", "source_file", "source_sha256", "raw_start", "raw_end", "line_start",
                "line_end", "title", "authors", "publisher", "outlet", "series", "date",
                "date_precision", "rights", "text"]
_SEGMENT_COLUMNS = ["segment_id", "doc_id", "source_file", "raw_start", "raw_end", "line_start",
                    "line_end", "text", "text_sha256"]
_SENTENCE_COLUMNS = ["sentence_id", "segment_id", "doc_id", "raw_start", "raw_end", "text"]


@dataclass(frozen=True)
class Record:
    """Everything a citation of one id says; every style formats the same facts."""

    corpus: str
    version: str
    id: str
    kind: str  # document | segment | sentence
    text: str
    text_sha256: str
    source_file: str
    source_sha256: str
    raw_start: int
    raw_end: int
    line_start: int | None
    line_end: int | None
    lines_of: str  # whose lines line_start..line_end are: the record's own, or its segment's
    doc_id: str
    title: str | None
    authors: tuple[str, ...]
    publisher: str | None
    outlet: str | None
    series: str | None
    date: str | None
    date_precision: str | None
    rights: str | None


# ---------------------------------------------------------------------------------------- lookup

def resolve_release(release: str | Path | None, out: Path) -> Path:
    """The release folder: a path to one, a version (`v1.0.0` or `1.0.0`) under `out`, or the newest."""
    if release is None:
        return newest_release(out)
    path = Path(release)
    if (path / "release.json").is_file():
        return path
    name = str(release)
    candidate = out / (name if name.startswith("v") else f"v{name}")
    if (candidate / "release.json").is_file():
        return candidate
    have = sorted((p.name for p in out.glob("v*") if (p / "release.json").is_file()),
                  key=lambda name: version_key(name[1:]) or ()) if out.is_dir() else []  # v1.10.0 after v1.9.0
    raise CorpusError(f"no release {name} (neither a release folder nor a version in {out}; "
                      f"available: {', '.join(have) or 'none'})")


def release_version(folder: Path) -> str:
    try:
        return json.loads((folder / "release.json").read_text(encoding="utf-8"))["version"]
    except (OSError, ValueError, KeyError) as error:
        raise CorpusError(f"{folder}/release.json: unreadable: {error}") from None


def parse_id(record_id: str) -> tuple[str, str, str]:
    """(config, id column, kind) of a citable id; a CorpusError for anything else."""
    match = _ID.match(record_id)
    if not match or (match["letter"] == "d") != (match["end"] is None):
        raise CorpusError(f"{record_id!r} is not a corpus id (<file stem>/d<start>, /s<start>-<end> "
                          f"or /t<start>-<end>)")
    if match["letter"] == "r":
        raise CorpusError(f"{record_id} is a removed-ledger id: only document, segment and sentence "
                          f"ids can be cited")
    return _KINDS[match["letter"]]


def find_row(folder: Path, config: str, id_column: str, value: str, columns: list[str]) -> dict[str, Any] | None:
    """The row of `config` whose id column equals `value`, reading only `columns` and skipping row
    groups whose statistics exclude the value; None if there is no such row."""
    path = folder / shard_path(config)
    if not path.is_file():
        raise CorpusError(f"{path}: missing; is {folder} a release folder?")
    table = pq.read_table(path, columns=columns, filters=[(id_column, "==", value)])
    if table.num_rows == 0:
        return None
    return table.slice(0, 1).to_pylist()[0]


def load_record(folder: Path, record_id: str, version: str | None = None) -> Record:
    """The record of `record_id`; `version` for a release being written (no release.json yet)."""
    config, id_column, kind = parse_id(record_id)
    version = version or release_version(folder)
    columns = {"documents": _DOC_COLUMNS, "segments": _SEGMENT_COLUMNS, "sentences": _SENTENCE_COLUMNS}[config]
    row = find_row(folder, config, id_column, record_id, columns)
    if row is None:
        raise CorpusError(f"{record_id}: no such {kind} id in release {version} ({folder})")
    doc = row if config == "documents" else find_row(folder, "documents", "doc_id", row["doc_id"], _DOC_COLUMNS)
    if doc is None:
        raise CorpusError(f"{record_id}: its document {row['doc_id']} is missing from release {version} ({folder})")
    lines_of = kind
    if config == "sentences":  # sentences carry no line numbers: give those of their segment
        segment = find_row(folder, "segments", "segment_id", row["segment_id"], _SEGMENT_COLUMNS)
        if segment is None:
            raise CorpusError(f"{record_id}: its segment {row['segment_id']} is missing from release {version}")
        line_start, line_end, lines_of = segment["line_start"], segment["line_end"], "segment"
        source_file = segment["source_file"]
    else:
        line_start, line_end, source_file = row["line_start"], row["line_end"], row["source_file"]
    checksum = row["text_sha256"] if config == "segments" else sha256_text(row["text"])
    return Record(
        corpus=PRETTY_NAME, version=version, id=record_id, kind=kind, text=row["text"],
        text_sha256=checksum, source_file=source_file, source_sha256=doc["source_sha256"],
        raw_start=row["raw_start"], raw_end=row["raw_end"], line_start=line_start, line_end=line_end,
        lines_of=lines_of, doc_id=doc["doc_id"], title=doc["title"], authors=tuple(doc["authors"] or ()),
        publisher=doc["publisher"], outlet=doc["outlet"], series=doc["series"], date=doc["date"],
        date_precision=doc["date_precision"], rights=doc["rights"],
    )


# ------------------------------------------------------------------------------- shared phrases

def lines_phrase(rec: Record) -> str:
    if rec.line_start is None:
        return "lines unknown"
    span = f"{rec.line_start}" if rec.line_start == rec.line_end else f"{rec.line_start}–{rec.line_end}"
    word = "line" if rec.line_start == rec.line_end else "lines"
    return f"{word} {span}" + (" (of its segment)" if rec.lines_of != rec.kind else "")


def provenance_phrase(rec: Record) -> str:
    return (f"{rec.source_file} (sha256 {rec.source_sha256}), code points "
            f"{rec.raw_start}–{rec.raw_end}, {lines_phrase(rec)}")


def date_phrase(rec: Record) -> str:
    if not rec.date:
        return "undated"
    return f"{rec.date} ({rec.date_precision} precision)" if rec.date_precision else rec.date


def source_phrase(rec: Record) -> str:
    """The original source as one phrase: who, where, what, when."""
    parts = []
    if rec.authors:
        parts.append("、".join(rec.authors))
    for value in (rec.publisher, rec.outlet, rec.series):
        if value and value not in parts:
            parts.append(value)
    if rec.title:
        parts.append(f"《{rec.title}》")
    if not parts:
        parts.append("source not named in the text")
    return ", ".join(parts) + f", {date_phrase(rec)}"


# ------------------------------------------------------------------------------------- BibTeX

_BIBTEX_SPECIALS = {
    "\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}",
    "%": r"\%", "&": r"\&", "#": r"\#", "$": r"\$", "_": r"\_",
    "^": r"\textasciicircum{}", "~": r"\textasciitilde{}",
}
_BIBTEX_SPECIAL = re.compile("|".join(re.escape(c) for c in _BIBTEX_SPECIALS))


def bibtex_escape(value: str) -> str:
    """A value safe inside `{...}`: braces stay balanced (BibTeX counts even escaped braces) and
    LaTeX specials print as themselves."""
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_SPECIALS[m.group()], value)


def bibtex_key(version: str, record_id: str) -> str:
    """`nqp-corpus:v<version>:<stem>:<letter><span>`: only characters every BibTeX tool accepts."""
    raw = f"nqp-corpus:v{version}:{record_id.replace('/', ':')}"
    return re.sub(r"[^A-Za-z0-9_.:+-]", "-", raw)


def format_bibtex(rec: Record) -> str:
    fields = [
        ("author", f"{{{CORPUS_AUTHOR}}}"),
        ("title", f"{{{bibtex_escape(rec.corpus)}}}: {rec.kind} {bibtex_escape(rec.id)}"),
        ("howpublished", f"Dataset release v{rec.version}, {rec.kind} {bibtex_escape(rec.id)}"),
        ("publisher", CORPUS_PUBLISHER),
        ("version", rec.version),
        ("note", bibtex_escape(
            f"Text SHA-256 (UTF-8): {rec.text_sha256}. Original source: {source_phrase(rec)}. "
            f"Raw provenance: {provenance_phrase(rec)}.")),
        ("sha256", rec.text_sha256),
        ("annote", bibtex_escape(rec.text)),
    ]
    width = max(len(name) for name, _ in fields)
    body = ",\n".join(f"  {name.ljust(width)} = {{{value}}}" for name, value in fields)
    return f"@misc{{{bibtex_key(rec.version, rec.id)},\n{body}\n}}"


# ---------------------------------------------------------------------------------------- APA

def format_apa(rec: Record) -> str:
    """APA 7th edition, data set reference: Author. (Year). Title (Version) [Data set]. Publisher.
    The release carries no date (its bytes hold no clock), hence (n.d.)."""
    return (f"{CORPUS_AUTHOR}. (n.d.). {rec.corpus} (Version {rec.version}) [Data set; {rec.kind} "
            f"{rec.id}]. {CORPUS_PUBLISHER}. Original source: {source_phrase(rec)}. "
            f"Text SHA-256: {rec.text_sha256}. Raw provenance: {provenance_phrase(rec)}. "
            f"Text: “{rec.text}”")


# ------------------------------------------------------------------------------ GB/T 7714-2015

_PRECISION_ZH = {"day": "日", "month": "月", "year": "年"}
_KIND_ZH = {"document": "文档", "segment": "片段", "sentence": "句子"}


def _source_zh(rec: Record) -> str:
    who = [*rec.authors] if rec.authors else []
    for value in (rec.publisher, rec.outlet):
        if value and value not in who:
            who.append(value)
    parts = [", ".join(who) if who else "[责任者不详]"]
    if rec.title:
        parts.append(rec.title + (f"//{rec.series}" if rec.series else ""))
    elif rec.series:
        parts.append(rec.series)
    if rec.date:
        precision = _PRECISION_ZH.get(rec.date_precision or "", rec.date_precision or "")
        parts.append(f"{rec.date}(精确到{precision})" if precision else rec.date)
    else:
        parts.append("[出版年不详]")
    return ". ".join(parts)


def format_gbt7714(rec: Record) -> str:
    """GB/T 7714-2015 pattern for an electronic data set, `主要责任者. 题名[DS/OL]. 版本. 出版地:
    出版者, 出版年. 标识符.`, followed by the record's checksum, original source and text.
    Unknown place and year are marked as the standard asks ([出版地不详], [出版年不详])."""
    lines = "未知" if rec.line_start is None else (
        f"第{rec.line_start}–{rec.line_end}行" + ("(所在片段)" if rec.lines_of != rec.kind else ""))
    return (f"{CORPUS_AUTHOR}. {rec.corpus}: {_KIND_ZH[rec.kind]} {rec.id}[DS/OL]. 版本 {rec.version}. "
            f"[出版地不详]: {CORPUS_PUBLISHER}, [出版年不详]. 标识符: {rec.id}. "
            f"文本SHA-256: {rec.text_sha256}. 原始来源: {_source_zh(rec)}. "
            f"原始位置: {rec.source_file}(SHA-256 {rec.source_sha256}), 码位 {rec.raw_start}–{rec.raw_end}, "
            f"{lines}. 原文: “{rec.text}”.")


# -------------------------------------------------------------------------------------- plain

def format_plain(rec: Record) -> str:
    rows = [
        ("corpus", rec.corpus),
        ("release", rec.version),
        (rec.kind, rec.id),
        ("document", rec.doc_id) if rec.kind != "document" else None,
        ("source", source_phrase(rec)),
        ("rights", rec.rights or "not stated"),
        ("text sha256", rec.text_sha256),
        ("raw file", f"{rec.source_file} (sha256 {rec.source_sha256})"),
        ("raw span", f"code points {rec.raw_start}–{rec.raw_end}, {lines_phrase(rec)}"),
    ]
    rows = [r for r in rows if r]
    width = max(len(label) for label, _ in rows)
    head = "\n".join(f"{(label + ':').ljust(width + 1)} {value}" for label, value in rows)
    return f"{head}\ntext:\n{rec.text}"


STYLES: dict[str, Callable[[Record], str]] = {
    "bibtex": format_bibtex, "apa": format_apa, "gbt7714": format_gbt7714, "plain": format_plain,
}


def cite(record_id: str, release: str | Path | None = None, style: str = "bibtex",
         out: Path = Path("processed")) -> str:
    """The citation of `record_id` in `style`, read from the release (default: newest in `out`)."""
    if style not in STYLES:
        raise CorpusError(f"unknown citation style {style!r} (one of {', '.join(STYLES)})")
    folder = resolve_release(release, out)
    return STYLES[style](load_record(folder, record_id))


def example_citation(folder: Path, version: str, style: str = "bibtex") -> str:
    """A citation of the release's first segment: for the dataset card, rendered while the release
    is written (before release.json exists), so the example always names an id of that release."""
    first = pq.ParquetFile(folder / shard_path("segments")).read_row_group(0, columns=["segment_id"])
    if first.num_rows == 0:
        raise CorpusError(f"{folder}: no segments to cite")
    return STYLES[style](load_record(folder, first.column(0)[0].as_py(), version))
