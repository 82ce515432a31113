"""Layout cues (schema/layout_cues.yaml), validated on load.

The layout reads the raw text, before script normalisation, so its word cues must match in either
script: the byline cue words, the surnames and the running headers are extended on load with their
OpenCC forms in the other script (市长 → 市長, 刘 → 劉), whichever script the file lists them in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..script import convert_each
from .chars import is_han
from ..yamlfile import load_valid_yaml

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schema"

_CUES_SCHEMA = {
    "type": "object",
    "required": [
        "version", "running_headers", "boilerplate_patterns", "byline_cues", "surnames", "compound_surnames",
        "heading_patterns", "caption_pattern", "source_note_pattern", "sidebar_item_end_pattern",
        "attribution_pattern", "quantity_suffixes", "ordinal_heading_patterns", "named_heading_pattern",
        "byline_label_pattern", "lead_point_pattern", "front_matter_pattern", "article_note_pattern", "byline_patterns",
        "newspaper_page_head_pattern", "unit_line_pattern",
        "bracketed_source_pattern", "document_number_pattern", "table_name_pattern", "salutation_pattern",
        "record_label_pattern", "organization_pattern",
        "title_subject_pattern", "closing_formula_pattern", "summary_label_pattern", "note_label_pattern",
        "box_label_pattern", "related_reading_pattern", "attendance_pattern", "rate_label_pattern",
        "axis_unit_pattern", "document_kind_pattern",
    ],
    "properties": {
        "version": {"type": "integer"},
        "running_headers": {"type": "array", "items": {"type": "string", "minLength": 2}, "uniqueItems": True},
        "boilerplate_patterns": {"type": "array", "items": {"type": "string"}},
        "byline_cues": {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True},
        "surnames": {"type": "string", "minLength": 50},
        "compound_surnames": {"type": "array", "items": {"type": "string", "minLength": 2, "maxLength": 2},
                              "uniqueItems": True},
        "heading_patterns": {"type": "array", "items": {"type": "string"}},
        "ordinal_heading_patterns": {"type": "array", "items": {"type": "string"}},
        "named_heading_pattern": {"type": "string", "minLength": 1},
        "byline_label_pattern": {"type": "string", "minLength": 1},
        "lead_point_pattern": {"type": "string", "minLength": 1},
        "front_matter_pattern": {"type": "string", "minLength": 1},
        "article_note_pattern": {"type": "string", "minLength": 1},
        "newspaper_page_head_pattern": {"type": "string", "minLength": 1},
        "unit_line_pattern": {"type": "string", "minLength": 1},
        "byline_patterns": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "bracketed_source_pattern": {"type": "string", "minLength": 1},
        "document_number_pattern": {"type": "string", "minLength": 1},
        "table_name_pattern": {"type": "string", "minLength": 1},
        "salutation_pattern": {"type": "string", "minLength": 1},
        "record_label_pattern": {"type": "string", "minLength": 1},
        "organization_pattern": {"type": "string", "minLength": 1},
        "title_subject_pattern": {"type": "string", "minLength": 1},
        "closing_formula_pattern": {"type": "string", "minLength": 1},
        "summary_label_pattern": {"type": "string", "minLength": 1},
        "note_label_pattern": {"type": "string", "minLength": 1},
        "box_label_pattern": {"type": "string", "minLength": 1},
        "related_reading_pattern": {"type": "string", "minLength": 1},
        "attendance_pattern": {"type": "string", "minLength": 1},
        "rate_label_pattern": {"type": "string", "minLength": 1},
        "axis_unit_pattern": {"type": "string", "minLength": 1},
        "document_kind_pattern": {"type": "string", "minLength": 1},
        "quantity_suffixes": {"type": "string", "minLength": 1},
    },
}


@dataclass(frozen=True)
class Cues:
    running_headers: frozenset[str]
    boilerplate: tuple[re.Pattern[str], ...]
    byline_cues: tuple[str, ...]
    byline_label: re.Pattern[str]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    headings: tuple[re.Pattern[str], ...]  # numbered ones, then the named one
    named_heading: re.Pattern[str]
    ordinal_headings: tuple[re.Pattern[str], ...]
    lead_point: re.Pattern[str]
    front_matter: re.Pattern[str]
    article_note: re.Pattern[str]
    newspaper_page_head: re.Pattern[str]
    unit_line: re.Pattern[str]
    bylines: tuple[re.Pattern[str], ...]  # the document number's among them
    document_number: re.Pattern[str]
    caption: re.Pattern[str]
    table_name: re.Pattern[str]
    salutation: re.Pattern[str]
    record_label: re.Pattern[str]
    organization: re.Pattern[str]
    title_subject: re.Pattern[str]
    closing_formula: re.Pattern[str]
    summary_label: re.Pattern[str]
    note_label: re.Pattern[str]
    box_label: re.Pattern[str]
    related_reading: re.Pattern[str]
    attendance: re.Pattern[str]
    rate_label: re.Pattern[str]
    axis_unit: re.Pattern[str]
    document_kind: re.Pattern[str]
    source_note: re.Pattern[str]
    bracketed_source: re.Pattern[str]
    sidebar_item_end: re.Pattern[str]
    attribution: re.Pattern[str]
    quantity_suffixes: str

    def heading_opening(self, s: str) -> str | None:
        """How the text opens like a heading: "ordinal" (`第一个…`), "numbered" (`一、`, `（一）`…) or None."""
        if matches_any(self.ordinal_headings, s):
            return "ordinal"
        return "numbered" if matches_any(self.headings, s) else None

    def is_names(self, token: str) -> bool:
        """One or two run-together personal names (杨开忠, 周文李吉良), each opened by a surname; of
        four characters, two names (王某李某) or one under a two-character surname (欧阳晓明).

        >>> [load_cues().is_names(t) for t in ("杨开忠", "王某李某", "欧阳晓明", "歐陽曉明", "成果转化", "区位交通")]
        [True, True, True, True, False, False]
        """
        # no name holds a structural particle (`施的通知` is a title's tail, not 施某)
        if not all(is_han(c) for c in token) or "的" in token or "了" in token \
                or token[0] not in self.surnames and token[:2] not in self.compound_surnames:
            return False
        if 2 <= len(token) <= 3:
            return True
        if len(token) == 4:
            return token[2] in self.surnames or token[:2] in self.compound_surnames
        return 5 <= len(token) <= 7 and any(
            token[k] in self.surnames and 2 <= len(token) - k <= 4 for k in (2, 3))


def matches_any(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    """Whether one of the patterns matches at the start of text (a plain loop: this runs for
    nearly every line, and a generator in any() costs more than the matching)."""
    for pattern in patterns:
        if pattern.match(text):
            return True
    return False


_SCRIPT_CONFIGS = ("s2t", "s2hk", "s2tw", "t2s")


def in_both_scripts(words: list[str]) -> tuple[str, ...]:
    """`words` and their forms in the other script, each once, in a stable order.

    >>> in_both_scripts(["市长", "評論員"])
    ('市长', '評論員', '市長', '评论员')
    """
    out = dict.fromkeys(words)
    for config in _SCRIPT_CONFIGS:
        out.update(dict.fromkeys(convert_each(config, words)))
    return tuple(out)


@lru_cache(maxsize=None)
def load_cues(path: Path = SCHEMA_DIR / "layout_cues.yaml") -> Cues:
    data = load_valid_yaml(path, _CUES_SCHEMA, "layout cues")
    try:
        return Cues(
            running_headers=frozenset(in_both_scripts(data["running_headers"])),
            boilerplate=tuple(re.compile(p) for p in data["boilerplate_patterns"]),
            byline_cues=in_both_scripts(data["byline_cues"]),
            byline_label=re.compile(data["byline_label_pattern"]),
            surnames=frozenset(in_both_scripts(list(data["surnames"]))),
            compound_surnames=frozenset(in_both_scripts(data["compound_surnames"])),
            headings=tuple(re.compile(p) for p in [*data["heading_patterns"], data["named_heading_pattern"]]),
            named_heading=re.compile(data["named_heading_pattern"]),
            ordinal_headings=tuple(re.compile(p) for p in data["ordinal_heading_patterns"]),
            lead_point=re.compile(data["lead_point_pattern"]),
            front_matter=re.compile(data["front_matter_pattern"]),
            article_note=re.compile(data["article_note_pattern"]),
            newspaper_page_head=re.compile(data["newspaper_page_head_pattern"]),
            unit_line=re.compile(data["unit_line_pattern"]),
            bylines=tuple(re.compile(p) for p in [*data["byline_patterns"], data["document_number_pattern"]]),
            document_number=re.compile(data["document_number_pattern"]),
            caption=re.compile(data["caption_pattern"]),
            table_name=re.compile(data["table_name_pattern"]),
            salutation=re.compile(data["salutation_pattern"]),
            record_label=re.compile(data["record_label_pattern"]),
            organization=re.compile(data["organization_pattern"]),
            title_subject=re.compile(data["title_subject_pattern"]),
            closing_formula=re.compile(data["closing_formula_pattern"]),
            summary_label=re.compile(data["summary_label_pattern"]),
            note_label=re.compile(data["note_label_pattern"]),
            box_label=re.compile(data["box_label_pattern"]),
            related_reading=re.compile(data["related_reading_pattern"]),
            attendance=re.compile(data["attendance_pattern"]),
            rate_label=re.compile(data["rate_label_pattern"]),
            axis_unit=re.compile(data["axis_unit_pattern"]),
            document_kind=re.compile(data["document_kind_pattern"]),
            source_note=re.compile(data["source_note_pattern"]),
            bracketed_source=re.compile(data["bracketed_source_pattern"]),
            sidebar_item_end=re.compile(data["sidebar_item_end_pattern"]),
            attribution=re.compile(data["attribution_pattern"]),
            quantity_suffixes=data["quantity_suffixes"],
        )
    except re.error as exc:
        raise ValueError(f"{path.name}: invalid layout cues: bad pattern {exc.pattern!r}: {exc}") from None
