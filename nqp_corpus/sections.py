"""Section paths: every block records the headings above it, outermost first.

Heading levels are inferred per document from numbering styles in order of first appearance
(as a reader does): the first style met is level 1, a style first met below it is one level
deeper, and a style already met returns to its own level. So `一、` > `（一）` > `1.` in an essay,
while `1.` is the top level of a digest that has no `一、`. A named section (`引子：`, `风险提示`;
schema/layout_cues.yaml) is never a parent: the numbered section after it is its sibling.
"""
from __future__ import annotations

import re

from .clean.cues import load_cues
from .model import Document

_STYLES = (
    ("decimal", re.compile(r"^\d{1,2}\.\d{1,2}")),
    ("chinese", re.compile(r"^[一二三四五六七八九十]{1,3}、")),
    ("formal", re.compile(r"^[壹貳贰參叁肆伍陸陆柒捌玖拾]{1,3}、")),  # a Taiwan or Hong Kong paper's `壹、前言`
    ("chinese_paren", re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]")),
    ("arabic_paren", re.compile(r"^[（(]\d{1,2}[）)]")),
    ("arabic", re.compile(r"^\d{1,2}\s*[.．、]")),
    ("arabic_space", re.compile(r"^\d{1,2}\s+(?=[\u4e00-\u9fff])")),  # a journal's `1 引言`
    # a part holds chapters, a chapter sections: each unit is a style of its own
    ("part", re.compile(r"^第[一二三四五六七八九十百\d]+(?:篇|部分)")),
    ("chapter", re.compile(r"^第[一二三四五六七八九十百\d]+章")),
    ("section", re.compile(r"^第[一二三四五六七八九十百\d]+[节節]")),
)


def numbering_style(text: str) -> str:
    for name, pattern in _STYLES:
        if pattern.match(text):
            return name
    # a lead point (`一是，…`, `——首先，…`) heads its part of a section: a level of its own
    return "lead" if load_cues().lead_point.match(text) else "plain"


def assign_sections(doc: Document) -> None:
    levels: dict[str, int] = {}
    path: list[tuple[str, str]] = []  # (style, heading text)
    named = load_cues().named_heading
    for block in doc.blocks:
        if block.kind == "heading" and named.match(block.text_original):
            path = [("named", block.text)]  # a section of its own at the top, no parent
        elif block.kind == "heading":
            path = [p for p in path if p[0] != "named"]
            style = numbering_style(block.text_original)
            if style not in levels:
                depth = next((i for i, (s, _) in enumerate(path) if s == style), len(path))
                levels[style] = depth
            depth = min(levels[style], len(path))
            path = path[:depth] + [(style, block.text)]
        block.section_path = [text for _, text in path]
