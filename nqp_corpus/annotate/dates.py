"""Dates: the document date (with its evidence) and every explicit date mentioned in each block.

Document date
  * single-document files: the catalogue's date {value, precision, evidence|reason};
  * pieces of a compilation (catalogue genre "compilation"): the piece's own dateline, i.e. a block of
    kind "dateline", or a block among the first ones after the byline whose whole text is one date
    (e.g. `2024 年 3 月 1 日` under `习近平经济思想研究中心`). Otherwise the date stays null with the
    reason in date_evidence. Dates are never inferred from events mentioned in the text.

Dates mentioned (block.annotations["dates_mentioned"]), on Simplified block.text, offsets into it:
  * day:   `2024 年 1 月 31 日`, `2024年1月31日`, `2024.3.5`, `2024-03-05`, `2024/3/5`
  * month: `2023年9月`, `2023 年 9 月份`
  * year:  `2023 年` / `2023年` — only 4-digit years 1900–2099 directly followed by 年 (so `100 年`,
           `75 周年`, `30 名` never match), also Chinese-numeral years `二〇二四年`
  * Chinese numerals throughout: `二〇二四年三月一日` (day), `二〇二三年十二月` (month)
  * ranges: `1978-2020 年`, `2019-2021年`, `2012 年至 2021 年`, `2023年9月22日至23日`,
           `2023年9月22日至10月3日`, `2023年1-9月` → date = start, date_end = end
  Not resolved (skipped on purpose): dates without a year (`1 月 31 日`, `今年 3 月`, `去年 9 月`,
  `上世纪 80 年代`), because resolving them needs an anchor date that would be a guess.
Quotation attributions: a `quote_attribution` block (`——2024 年 1 月 31 日，习近平在…的讲话`) gives
its text (without the leading dashes) and its first date to itself and to the quote block(s)
immediately before it (back to the previous attribution or non-quote block).
"""
from __future__ import annotations

import re
from typing import Any

from ..model import Block, Document, RawFile

_S = r"[ \t\u3000]*"
_Y = r"(?<![0-9０-９])((?:19|20)[0-9]{2})"
_M = r"([01]?[0-9])"
_D = r"([0-3]?[0-9])"
_DASH = r"(?:-|－|—|–|~|～|至|到)"
_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_Y = r"([〇零○一二三四五六七八九]{4})"  # digit by digit
_CN_MD = r"([一二三四五六七八九十]{1,3})"  # 一 … 十二, 一 … 三十一 (read by _cn_number)
_CN_YEAR = re.compile(_CN_Y + "年")

# Ordered: the longest forms first; a later pattern never matches inside an earlier match.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 2023年9月22日至10月3日
    ("day_range_md", re.compile(
        _Y + _S + "年" + _S + _M + _S + "月" + _S + _D + _S + "日" + _S + _DASH + _S + _M + _S + "月" + _S + _D + _S + "日")),
    # 2023年9月22日至23日 / 2023年9月22—23日
    ("day_range_d", re.compile(
        _Y + _S + "年" + _S + _M + _S + "月" + _S + _D + _S + "日?" + _S + _DASH + _S + _D + _S + "日")),
    ("day", re.compile(_Y + _S + "年" + _S + _M + _S + "月" + _S + _D + _S + "[日号]")),
    # 2023年1-9月
    ("month_range", re.compile(_Y + _S + "年" + _S + _M + _S + "月?" + _S + _DASH + _S + _M + _S + "月")),
    ("month", re.compile(_Y + _S + "年" + _S + _M + _S + "月(?:份)?")),
    # 2012 年至 2021 年 / 1978-2020 年 / 2019-2021年
    ("year_range", re.compile(_Y + _S + "年?" + _S + _DASH + _S + r"((?:19|20)[0-9]{2})" + _S + "年")),
    ("year", re.compile(_Y + _S + "年(?!代)")),
    # 2024.3.5 / 2024-03-05 / 2024/3/5
    ("numeric_day", re.compile(_Y + r"([./-])" + _M + r"\2" + _D + r"(?![0-9])")),
    # 二〇二四年三月一日 / 二〇二三年十二月 (official documents date themselves in Chinese numerals)
    ("cn_day", re.compile(_CN_Y + "年" + _CN_MD + "月" + _CN_MD + "[日号]")),
    ("cn_month", re.compile(_CN_Y + "年" + _CN_MD + "月(?:份)?")),
    ("cn_year", _CN_YEAR),
]
# Necessary conditions, checked once per text: every pattern but the cn_ ones begins with _Y, and
# those need a Chinese-numeral year. Most blocks have no year, and a pattern led by a lookbehind is tried at every position.
_ARABIC_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _cn_number(text: str) -> int | None:
    """A month or day in Chinese numerals: 三 → 3, 十 → 10, 十二 → 12, 二十一 → 21; else None.

    >>> [_cn_number(t) for t in ("三", "十", "十二", "二十", "三十一", "十十")]
    [3, 10, 12, 20, 31, None]
    """
    tens, ten, units = text.partition("十")
    if not ten:
        return _CN_DIGITS.get(text) if len(text) == 1 else None
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return None
    value = (_CN_DIGITS.get(tens, -99) if tens else 1) * 10 + (_CN_DIGITS.get(units, -99) if units else 0)
    return value if value > 0 else None


def _valid(y: int, m: int | None = None, d: int | None = None) -> bool:
    if not 1900 <= y <= 2099:
        return False
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None and not 1 <= d <= 31:
        return False
    return True


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _convert(kind: str, g: tuple[str, ...]) -> tuple[str, str | None, str] | None:
    """(date, date_end, precision) for one match, or None when the numbers are not a valid date."""
    if kind == "day_range_md":
        y, m1, d1, m2, d2 = map(int, g)
        if _valid(y, m1, d1) and _valid(y, m2, d2):
            return _iso(y, m1, d1), _iso(y, m2, d2), "day"
    elif kind == "day_range_d":
        y, m, d1, d2 = map(int, g)
        if _valid(y, m, d1) and _valid(y, m, d2) and d2 > d1:
            return _iso(y, m, d1), _iso(y, m, d2), "day"
    elif kind == "day":
        y, m, d = map(int, g)
        if _valid(y, m, d):
            return _iso(y, m, d), None, "day"
    elif kind == "month_range":
        y, m1, m2 = map(int, g)
        if _valid(y, m1) and _valid(y, m2) and m2 > m1:
            return _iso(y, m1), _iso(y, m2), "month"
    elif kind == "month":
        y, m = map(int, g)
        if _valid(y, m):
            return _iso(y, m), None, "month"
    elif kind == "year_range":
        y1, y2 = map(int, g)
        if _valid(y1) and _valid(y2) and y2 > y1:
            return _iso(y1), _iso(y2), "year"
    elif kind == "year":
        y = int(g[0])
        if _valid(y):
            return _iso(y), None, "year"
    elif kind == "numeric_day":
        y, _sep, m, d = g
        if _valid(int(y), int(m), int(d)):
            return _iso(int(y), int(m), int(d)), None, "day"
    elif kind in ("cn_day", "cn_month", "cn_year"):
        y = int("".join(str(_CN_DIGITS[c]) for c in g[0]))
        month_day = [_cn_number(x) for x in g[1:]]
        if None in month_day:
            return None
        m, d = (month_day + [None, None])[:2]
        if _valid(y, m, d):
            return _iso(y, m, d), None, {"cn_day": "day", "cn_month": "month", "cn_year": "year"}[kind]
    return None


def find_dates(text: str) -> list[dict[str, Any]]:
    """Every explicit (year-bearing) date in `text`, in reading order, as dates_mentioned records."""
    taken = bytearray(len(text))
    found: list[dict[str, Any]] = []
    arabic_year = _ARABIC_YEAR.search(text) is not None
    cn_year = "年" in text and _CN_YEAR.search(text) is not None
    for kind, pattern in _PATTERNS:
        if not (cn_year if kind.startswith("cn_") else arabic_year):
            continue
        for m in pattern.finditer(text):
            s, e = m.start(), m.end()
            while e > s and text[e - 1] in " \t\u3000":
                e -= 1
            if any(taken[s:e]):
                continue
            conv = _convert(kind, m.groups())
            if conv is None:
                continue
            taken[s:e] = b"\x01" * (e - s)
            date, date_end, precision = conv
            found.append({"text": text[s:e], "char_start": s, "char_end": e, "date": date,
                          "date_end": date_end, "precision": precision})
    found.sort(key=lambda r: r["char_start"])
    return found


def parse_dateline(text: str) -> dict[str, Any] | None:
    """The date when `text` is nothing but one date (a dateline), else None."""
    stripped = text.strip().strip("()（）[]【】")
    dates = find_dates(stripped)
    if len(dates) == 1 and dates[0]["date_end"] is None:
        rest = stripped[:dates[0]["char_start"]] + stripped[dates[0]["char_end"]:]
        if not re.sub(r"[\s，,。.发布]", "", rest):
            return dates[0]
    return None


def _is_compilation_piece(raw: RawFile, doc: Document) -> bool:
    return (raw.entry or {}).get("genre") == "compilation"


def _document_date(raw: RawFile, doc: Document) -> tuple[str | None, str | None, str]:
    if not _is_compilation_piece(raw, doc):
        date = (raw.entry or {}).get("date") or {}
        value = date.get("value")
        if value:
            evidence = date.get("evidence") or "no evidence recorded"
            return value, date.get("precision"), f"catalogue: {evidence}"
        reason = date.get("reason") or "the catalogue gives no date"
        return None, None, f"catalogue: {reason}"
    # A compilation piece: only its own dateline counts.
    seen_text = 0
    for block in doc.blocks[:6]:
        text = block.text or block.text_original
        candidate = block.kind == "dateline" or (
            block.kind in ("byline", "paragraph", "heading", "title") and len(text.strip()) <= 24)
        if candidate:
            hit = parse_dateline(text)
            if hit:
                line = raw.line_of(block.raw_start)
                return (hit["date"], hit["precision"],
                        f"dateline at raw offset {block.raw_start} (line {line}): "
                        f"'{block.text_original.strip()}'")
        if block.kind not in ("byline", "title", "dateline"):
            seen_text += 1
            if seen_text >= 2:  # past the head of the piece
                break
    return None, None, "no dateline in the text; not inferred from events mentioned"


_ATTR_LEAD = re.compile(r"^[\s—―\-–－]+")


def _attributions(blocks: list[Block]) -> None:
    for i, block in enumerate(blocks):
        if block.kind != "quote_attribution":
            continue
        text = block.text or block.text_original
        attribution = _ATTR_LEAD.sub("", text).strip()
        dates = block.annotations.get("dates_mentioned") or find_dates(text)
        date = dates[0]["date"] if dates else None
        block.annotations["attribution"] = attribution
        block.annotations["attribution_date"] = date
        j = i - 1
        while j >= 0 and blocks[j].kind == "quote":
            blocks[j].annotations["attribution"] = attribution
            blocks[j].annotations["attribution_date"] = date
            j -= 1


def annotate(raw: RawFile, doc: Document) -> None:
    value, precision, evidence = _document_date(raw, doc)
    doc.metadata["date"] = value
    doc.metadata["date_precision"] = precision
    doc.metadata["date_evidence"] = evidence
    for block in doc.blocks:
        block.annotations["dates_mentioned"] = find_dates(block.text or block.text_original)
        block.annotations.setdefault("attribution", None)
        block.annotations.setdefault("attribution_date", None)
    _attributions(doc.blocks)
