"""Source metadata: publisher, outlet, authors, byline, genre, region, script for each document.

* Single-document files: everything comes from the catalogue entry (raw.entry); the byline text, if
  the splitter found one, is parsed only to fill `authors` when the catalogue names none.
* Pieces of a compilation (catalogue genre "compilation"): the piece's byline is parsed with the
  rules and word lists in schema/outlets.yaml:
    - commentator bylines (`南京日报评论员`, `人民网评`, `新华社评论员`) give the outlet, genre
      commentary and no authors (a following personal name is kept: `西江日报评论员莫比林`);
    - otherwise each byline part is cut after the LAST affiliation word (大学, 研究所, 中心, 教授,
      局长, 书记 …): before it is the affiliation, after it the personal name(s) (`研究员、重庆市原市长
      黄奇帆` → 黄奇帆; `上海社科院经济研究所沈开艳 何畅` → 沈开艳, 何畅); an institution-only byline
      (`习近平经济思想研究中心`) gives no author and is the piece's publisher;
    - the genre is decided from ordered byline and text cues (outlets.yaml `genre_cues`).
  publisher is the outlet or the issuing institution when the byline names one, else null (the
  compiler of the collection is not the publisher of the piece; the catalogue's `series` is kept).
  Every decision is explained in metadata["source_evidence"]; affiliations in metadata["affiliations"].
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..clean.cues import load_cues
from ..clean.fixes import fold_lookalike_text
from ..model import RUNNING_TEXT_KINDS, Document, RawFile
from ..yamlfile import load_yaml

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "schema" / "outlets.yaml"
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Rules:
    commentator: list[re.Pattern[str]]
    reporter: list[re.Pattern[str]]
    pen_names: dict[str, str]
    suffixes: list[str]
    positions: tuple[str, ...]  # the affiliation suffixes that name a role (记者, 教授 ...)
    name: re.Pattern[str]
    compound_surnames: tuple[str, ...]
    separators: re.Pattern[str]
    cues: dict[str, Any]


@lru_cache(maxsize=2)
def load_rules(path: str | None = None) -> Rules:
    with open(path or SCHEMA_PATH, encoding="utf-8") as fh:
        data = load_yaml(fh)
    for key in ("commentator_bylines", "reporter_bylines", "affiliation_suffixes", "name_pattern",
                "byline_separators", "genre_cues"):
        if key not in data:
            raise ValueError(f"outlets.yaml: missing {key}")
    suffixes = sorted({s for group in data["affiliation_suffixes"].values() for s in group},
                      key=len, reverse=True)
    return Rules(
        commentator=[re.compile(p) for p in data["commentator_bylines"]],
        reporter=[re.compile(p) for p in data["reporter_bylines"]],
        pen_names=dict(data.get("pen_names") or {}),
        suffixes=suffixes,
        positions=tuple(data["affiliation_suffixes"]["positions"]),
        name=re.compile(data["name_pattern"]),
        compound_surnames=tuple(data.get("compound_surnames") or ()),
        separators=re.compile(data["byline_separators"]),
        cues=dict(data["genre_cues"]),
    )


@dataclass
class Byline:
    text: str
    authors: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    outlet: str | None = None
    commentator: bool = False
    reporter: bool = False
    pen_name_of: str | None = None
    institution_only: bool = False
    notes: list[str] = field(default_factory=list)


def _split_names(part: str, rules: Rules) -> list[str] | None:
    """Personal name(s) in a part with no affiliation word, or None when it is not name-like
    (a role is not a name: `本报记者`, `张教授`)."""
    part = part.strip("·• ")
    if part.endswith(rules.positions):
        return None
    if rules.name.match(part):
        return [part]
    if len(part) in (5, 6) and all(_HAN.match(c) for c in part):
        cut = 2 if len(part) == 5 else 3
        if part.startswith(rules.compound_surnames):
            cut = 3 if len(part) == 5 else 4
        a, b = part[:cut], part[cut:]
        if rules.name.match(a) and rules.name.match(b):
            return [a, b]
    return None


def _cut_affiliation(chunk: str, rules: Rules) -> tuple[str, str] | None:
    """(affiliation, name part) cutting after the last affiliation word that leaves a name-like
    (or empty) remainder; None when the chunk holds no affiliation word."""
    ends = set()
    for suf in rules.suffixes:
        start = chunk.find(suf)
        while start >= 0:
            ends.add(start + len(suf))
            start = chunk.find(suf, start + 1)
    for end in sorted(ends, reverse=True):
        rest = chunk[end:]
        if rest == "" or _split_names(rest, rules) is not None:
            return chunk[:end], rest
    return None


def parse_byline(text: str, rules: Rules | None = None) -> Byline:
    rules = rules or load_rules()
    out = Byline(text=text)
    pending_aff: list[str] = []
    label = load_cues().byline_label
    for line in (ln.strip() for ln in text.split("\n")):
        labelled = label.match(line)
        if labelled:
            line = line[labelled.end():]  # `文/张三` → `张三`
        if not line:
            continue
        compact = re.sub(r"\s+", "", line)
        for pat in rules.commentator:
            m = pat.match(compact)
            if m:
                out.commentator = True
                out.outlet = out.outlet or (m.group("outlet") or None)
                out.notes.append(f"commentator byline '{line}'"
                                 + (f" names outlet {m.group('outlet')}" if m.group("outlet") else ""))
                rest = m.group("rest") if "rest" in pat.groupindex else ""
                names = _split_names(rest, rules) if rest else None
                if names:
                    out.authors.extend(names)
                line = ""
                break
        if not line:
            continue
        if any(p.search(compact) for p in rules.reporter):
            out.reporter = True
            out.notes.append(f"reporter byline '{line}'")
        for chunk in (c for c in rules.separators.split(line) if c):
            if chunk in rules.pen_names:
                out.authors.append(chunk)
                out.pen_name_of = rules.pen_names[chunk]
                out.notes.append(f"'{chunk}' is a column pen name ({rules.pen_names[chunk]})")
                continue
            names = _split_names(chunk, rules)
            cut = None if names and len(names) == 1 else _cut_affiliation(chunk, rules)
            if cut is not None:
                aff, rest = cut
                if rest:
                    split = _split_names(rest, rules) or []
                    out.authors.extend(split)
                    out.affiliations.append("、".join(pending_aff + [aff]))
                    pending_aff = []
                    if len(split) > 1:
                        out.notes.append(f"'{rest}' read as two names {split}")
                else:
                    pending_aff.append(aff)
                continue
            if names:
                if pending_aff:
                    out.affiliations.append("、".join(pending_aff))
                    pending_aff = []
                out.authors.extend(names)
                if len(names) > 1:
                    out.notes.append(f"'{chunk}' read as two names {names}")
            else:
                out.notes.append(f"byline part '{chunk}' is neither a name nor an affiliation")
                pending_aff.append(chunk)
    if pending_aff:
        out.affiliations.append("、".join(pending_aff))
    if not out.authors and not out.commentator and out.affiliations:
        # a role with no name after it (`…研究院战略政策室主任`: the name lost in extraction) is a
        # person's byline, not an institution's: no author is known, and no publisher
        if out.affiliations[-1].endswith(rules.positions):
            out.notes.append(f"'{out.affiliations[-1]}' names a role without a name: no author")
        else:
            out.institution_only = True
    return out


# ---------------------------------------------------------------------------------------------

_FIELDS = ("publisher", "series", "region", "script", "rights")


def _block_text(block) -> str:
    return block.text or block.text_original


def _to_simplified(text: str, raw: RawFile) -> str:
    if (raw.entry or {}).get("script") == "zh-Hant":
        from ..script import converter
        return converter("hk2s").convert(text)
    return text


def _byline_text(raw: RawFile, doc: Document) -> str | None:
    """The byline as printed: the stripped raw line(s) of the byline blocks above the running text
    (the raw span keeps the spaces that separate names, which cleaning may have removed),
    look-alike ideographs folded, else metadata["byline"]."""
    if doc.metadata.get("byline"):
        return doc.metadata["byline"]
    lines: list[str] = []
    for b in doc.blocks:
        if b.kind in RUNNING_TEXT_KINDS:
            break  # a byline below the text is a signature (the issuing body), not the author line
        if b.kind != "byline":
            continue
        span = fold_lookalike_text(raw.text[b.raw_start:b.raw_end]) if raw.text else _block_text(b)
        lines.extend(ln.strip() for ln in span.split("\n") if ln.strip())
    return "\n".join(lines) if lines else None


def decide_genre(doc: Document, byline: Byline | None, rules: Rules, raw: RawFile) -> tuple[str, str]:
    """(genre, evidence) for a piece of a compilation."""
    cues = rules.cues
    hint = doc.metadata.get("genre_hint") or doc.metadata.get("genre")
    if hint and hint != "compilation":
        return hint, f"splitter marked the piece as {hint}"
    attribution = re.compile(cues["quotation_attribution"])
    n_attr = sum(1 for b in doc.blocks
                 if b.kind == "quote_attribution" and attribution.search(_block_text(b)))
    if n_attr >= int(cues["quotation_attributions_min"]):
        return "quotations", f"{n_attr} quotation attribution lines (——date, speaker …)"
    body = [_to_simplified(_block_text(b).strip(), raw) for b in doc.blocks
            if b.kind not in ("byline", "dateline", "boilerplate")]
    head = "".join(body[:3])
    if byline and byline.commentator:
        return "commentary", "commentator byline"
    if byline and byline.pen_name_of:
        return "commentary", f"column pen name of {byline.pen_name_of}"
    qa = re.compile(cues["qa_markers"])
    question = re.compile(cues["qa_question"])
    interview = re.compile(cues["interview_markers"])
    n_interview = sum(1 for t in body if interview.search(t))
    if n_interview and (byline is None or len(byline.authors) >= 2 or n_interview >= 2):
        return "interview", "interview markers (记者：/采访) in the text"
    if sum(1 for t in body if qa.match(t)) >= 2:
        return "qa_explainer", "问：/答： turns"
    if sum(1 for t in body if question.match(t)) >= int(cues["qa_questions_min"]) and not (
            byline and byline.authors):
        return "qa_explainer", "question headings (…？) and no author"
    if not (byline and byline.authors) and re.search(cues["news_markers"], body[0] if body else ""):
        return "news_report", "news opening (日电/讯/近日/…日下午…举行) and no named author"
    if byline and byline.reporter:
        local = re.search(cues["local_news_markers"], "".join(body))
        return ("local_news" if local else "news_report"), "reporter byline"
    if re.search(cues["speech_markers"], head):
        return "speech", "speech markers in the opening (论坛上的演讲/讲话, 同志们 …)"
    if byline and byline.affiliations:
        official = re.compile(cues["local_official_affiliation"])
        if any(official.match(a) for a in byline.affiliations) and byline.authors:
            return "speech", "statement by a city/county department head (affiliation)"
    if byline and byline.text and re.search(cues["local_news_markers"], byline.text):
        return "local_news", "byline names a local deputy / local body"
    if byline and (byline.authors or byline.affiliations):
        return "essay", "signed piece by a named author or institution"
    return "essay", "no byline and no news/speech/Q&A cue: argued text"


def annotate(raw: RawFile, doc: Document) -> None:
    entry = raw.entry or {}
    meta = doc.metadata
    for key in _FIELDS:
        meta.setdefault(key, entry.get(key))
    meta.setdefault("title", entry.get("title") if entry.get("genre") != "compilation" else None)
    rules = load_rules()
    byline_text = _byline_text(raw, doc)
    meta["byline"] = byline_text
    if entry.get("genre") != "compilation":
        meta["genre"] = entry.get("genre") or meta.get("genre")
        meta.setdefault("outlet", entry.get("outlet"))
        authors = list(entry.get("authors") or [])
        evidence = [f"catalogue entry for {raw.name}"]
        if not authors and byline_text:
            parsed = parse_byline(_to_simplified(byline_text, raw), rules)
            authors = parsed.authors
            meta["affiliations"] = parsed.affiliations
            evidence += parsed.notes
        meta["authors"] = authors
        meta["source_evidence"] = "; ".join(evidence)
        return
    # a piece of a compilation
    parsed = parse_byline(_to_simplified(byline_text, raw), rules) if byline_text else None
    evidence: list[str] = []
    if parsed:
        evidence += parsed.notes
        meta["authors"] = parsed.authors
        meta["affiliations"] = parsed.affiliations
        meta["outlet"] = parsed.outlet
        if parsed.outlet:
            meta["publisher"] = parsed.outlet
        elif parsed.institution_only:
            meta["publisher"] = parsed.affiliations[0]
            evidence.append(f"institutional byline: publisher {parsed.affiliations[0]}, no author")
        else:
            meta["publisher"] = None
    else:
        meta["authors"] = []
        meta["affiliations"] = []
        meta["outlet"] = None
        meta["publisher"] = None
        evidence.append("no byline")
    genre, why = decide_genre(doc, parsed, rules, raw)
    meta["genre"] = genre
    evidence.append(f"genre {genre}: {why}")
    meta["source_evidence"] = "; ".join(evidence)
