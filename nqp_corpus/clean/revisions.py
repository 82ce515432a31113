"""Revisions over the whole list of drafts, once the layout pass has read every line.

Some of a block's kind shows only beside its neighbours: a run of labelled or numbered paragraphs
is a list, a lone question before a paragraph a subhead, a heading over a closing date a signature.
And a table of words written one cell per line is glued into one row by the pass, which reads a line
at a time; its rows show only once every cell is read. Each revision is one rule, run in the order
layout.assemble gives.
"""
from __future__ import annotations

import re
from itertools import takewhile
from typing import Callable, Iterator

from .chars import CLOSERS, NEWSPAPER_PAGE_CODE, OPENERS, ends_question, ends_sentence, is_han, squeeze
from .cues import Cues, matches_any
from .drafts import (ANNEX_LABEL, ASIDE_KINDS, DASH_POINT, LABELLED_POINT, MONTH_DATE, NUMBERED, POINT_END, TIMESTAMP,
                     TURN_LABEL, Draft, DraftReader)
from .lines import WRAP_TOLERANCE, Line, is_full
from .tables import MAX_CELL_WIDTH, MIN_ROWS, word_table_rows
from .words import cuts_a_word

_MIN_POINTS = 3  # labelled paragraphs in a row that make a list: two can be an exchange of views
_SUBHEAD_MAX_CHARS = 60
_INNER_END = re.compile(r"[。！？!?；;…]")
MIN_POINT_RUN = 3
POINT_CHARS = 100  # a numbered point of one sentence; a numbered paragraph runs longer or to more sentences
_SENTENCE_STOP = re.compile("[。！!]")
_KICKER_CHARS = 6  # a column's name over a headline (`理论前沿`, `短评`)
# a press release's label, its issuer's name before it or not: the document's kind, never its title
_RELEASE_LABEL = re.compile(r"[\u4e00-\u9fff]{0,12}(?:新闻稿|新聞稿)")
_RELEASE_HEAD_KINDS = ("dateline", "byline", "heading", "boilerplate")  # a release's date and office lines
_CODE_LABEL = re.compile(r"[A-Z]{1,3}[.．-]?\d{1,3}")  # a chapter's code in a series (a blue book's `B.3`)
_COLUMN_PAGE_CODE = re.compile(rf"^{NEWSPAPER_PAGE_CODE}(?=[\u4e00-\u9fff])")  # before a column's name (`A13民意論壇`)
_SUBTITLED_KICKER_CHARS = 16  # a slogan over a headline with a dash subtitle
_LABEL_CHARS = 3  # a kicker this short is a label whatever follows the headline
_QUESTION_MARK = re.compile(r"[？?]")
_OWN_MEASURE = WRAP_TOLERANCE + 2  # a wrap width this far from the text's is a box's own
_PULL_QUOTE_MIN = 12  # a sentence this long set again as a pull quote is no chance repeat
_COMPILER_END = re.compile(r"[\u4e00-\u9fff]{4}(?:编|編)印?$")  # `某某研究院编`: who compiled a bulletin
_DATE_ALONE = re.compile(rf"{MONTH_DATE}|\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}}")
_ORDINAL_POINT = re.compile(r"^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][，,、])")  # `二是…；`: a point
_CITED_TITLE = re.compile(r"^\d{1,2}\s*[.．、]\s*《")  # a numbered line opening with a document's title
_POINT_NUMBER = re.compile(r"^(?:(\d{1,2})\s*([.．、])(?!\d)|[（(](\d{1,2})[）)])")


def point_number(text: str) -> tuple[int, str] | None:
    """(number, its mark) of a line opening with an Arabic point number (`1.`, `2、`, `（3）`), else None."""
    m = _POINT_NUMBER.match(text)
    if m is None:
        return None
    return (int(m.group(1)), m.group(2)) if m.group(1) else (int(m.group(3)), "（")


def attach_lifted_markers(drafts: list[Draft], lines: list[Line], lifted_markers: set[int],
                          next_nonblank: list[int | None]) -> None:
    """Each lifted note marker (lifted_marker_lines) is a reference of the block holding the
    line it was lifted out of: the next text line."""
    if not lifted_markers:
        return
    holder = {n: draft for draft in drafts for n in draft.numbers}
    for index in sorted(lifted_markers):
        below = next_nonblank[index]
        if below is not None and below + 1 in holder:
            holder[below + 1].note_refs.append(lines[index].stripped)


def mark_signatures(reader: DraftReader, drafts: list[Draft], cues: Cues) -> None:
    """An unnumbered one-line heading right above a dateline that closes the text (nothing but
    notices, notes or the next piece's heading after it) is the signature of an official
    document, the issuing body (`某某市人民政府` / `二〇二四年三月一日`): a byline; so are the
    one-line headings above it that name organizations (cue organization_pattern: a joint
    document's other signatories, or the company over its chairman's role and name). Under the
    title, where the line break cuts a word, it is the title's wrapped tail (`…若干措` / `施的通知`
    over its publication date), no signature; where it names a body, it is the body that wrote the
    text (`某某市统计局` / `2024年8月22日`), a byline whatever follows."""
    for i in range(len(drafts) - 1):
        if drafts[i].kind not in ("heading", "byline") or drafts[i + 1].kind != "dateline" or len(drafts[i].spans) != 1 \
                or i > 0 and drafts[i - 1].kind == "title" \
                and cuts_a_word(reader.last_line(drafts[i - 1]), reader.first_line(drafts[i])):
            continue
        after = next((d.kind for d in drafts[i + 2:] if d.kind not in ("footnote", "boilerplate", "sidebar")), None)
        text = reader.first_line(drafts[i])
        under_title = i > 0 and drafts[i - 1].kind == "title" and cues.organization.match(text.strip())
        if (after in (None, "title", "heading", "byline") or under_title) and cues.heading_opening(text) is None:
            drafts[i].kind = "byline"
            j = i - 1  # past the signer's role and name (`主席` / `陳某某`), read as bylines already
            while j >= 0 and len(drafts[j].spans) == 1 and (
                    drafts[j].kind == "byline"
                    or drafts[j].kind == "heading" and cues.organization.match(reader.first_line(drafts[j]).strip())):
                drafts[j].kind = "byline"
                j -= 1


def join_title_subjects(reader: DraftReader, drafts: list[Draft], cues: Cues) -> list[Draft]:
    """A title line followed right away by a one-line heading of the document's subject and kind
    (`关于…的公告`, cue title_subject_pattern) is a title set over two lines: the issuer's name over
    the rest; so is a heading that completes the subject the title opened (`关于省十四届人大二次会议` /
    `第1286号代表建议的答复`), or a shorter one whose first word the title's line break cut (`…若干措` /
    `施的通知`). The heading goes on in the title.

    An attached document (under its label `附件`, `附件2`) has its own title: one or two one-line
    headings right under the label that name a subject and kind (`2024年全省科技系统` /
    `加快发展新质生产力工作要点`) are that title."""
    out: list[Draft] = []
    for draft in drafts:
        last = out[-1] if out else None
        plain_heading = draft.kind == "heading" and len(draft.spans) == 1 \
            and cues.heading_opening(reader.first_line(draft)) is None
        if plain_heading and last is not None and last.kind == "title" \
                and (cues.title_subject.match(reader.first_line(draft))
                     or cues.title_subject.match(reader.last_line(last).strip() + reader.first_line(draft).strip())
                     or _cut_title_word(reader.last_line(last).strip(), reader.first_line(draft).strip())):
            last.absorb(draft)
            continue
        if plain_heading and last is not None and ANNEX_LABEL.match(squeeze(reader.first_line(last))) \
                and cues.title_subject.match(reader.first_line(draft).strip()):
            draft.kind = "title"
        elif plain_heading and len(out) > 1 and last.kind == "heading" and len(last.spans) == 1 \
                and ANNEX_LABEL.match(squeeze(reader.first_line(out[-2]))) \
                and cues.title_subject.match(reader.first_line(last).strip() + reader.first_line(draft).strip()):
            last.absorb(draft)
            last.kind = "title"
            continue
        out.append(draft)
    return out


def mark_subject_title(reader: DraftReader, drafts: list[Draft], cues: Cues) -> None:
    """A text with no title whose first one-line heading, before any paragraph of two lines or more,
    names a subject and kind (cue title_subject_pattern: `就《…藍圖》公眾諮詢提交的意見書`) has it for
    its title: a letter's addressee, reference and date stand over it (`致：…`, a paragraph)."""
    if any(d.kind == "title" for d in drafts):
        return
    for draft in drafts:
        if draft.kind in ("paragraph", "list_item", "quote") and len(draft.spans) > 1:
            return
        if draft.kind == "heading":
            if len(draft.spans) == 1 and cues.heading_opening(reader.first_line(draft)) is None \
                    and cues.title_subject.match(reader.first_line(draft).strip()):
                draft.kind = "title"
            return


def _cut_title_word(title: str, heading: str) -> bool:
    """The shorter `heading` goes on from the word the `title` line's break cut (`…若干措` / `施的通知`):
    Han characters on both sides of the break, read as one word."""
    return len(heading) < len(title) and is_han(title[-1]) and is_han(heading[0]) and cuts_a_word(title, heading)


def mark_release_labels(reader: DraftReader, drafts: list[Draft]) -> None:
    """A press release's label on a line of its own (`新闻稿`, `行政院新聞稿`), before any text, names
    the document's kind: a heading, not the title nor, under the issuer's name, a byline. Where it or
    the issuer's name over it was read as the title, the headline under the date and office lines
    (and `即時發布`) is the title, and the issuer's name a byline."""
    for i, draft in enumerate(drafts):
        if draft.kind in ("paragraph", "list_item", "table_row", "quote"):
            return
        if draft.kind not in ("title", "byline", "heading") or len(draft.spans) != 1 \
                or not _RELEASE_LABEL.fullmatch(squeeze(reader.first_line(draft))):
            continue
        issuer = drafts[i - 1] if i and drafts[i - 1].kind == "title" and len(drafts[i - 1].spans) == 1 else None
        if draft.kind == "title" or issuer is not None:
            j = next((j for j in range(i + 1, min(i + 5, len(drafts)))
                      if drafts[j].kind == "heading" and len(drafts[j].spans) == 1), None)
            if j is None or any(d.kind not in _RELEASE_HEAD_KINDS for d in drafts[i + 1:j]):
                return
            drafts[j].kind = "title"
            if issuer is not None:
                issuer.kind = "byline"
        draft.kind = "heading"
        return


def mark_kickers(reader: DraftReader, drafts: list[Draft], cues: Cues) -> None:
    """A paper's or a magazine's column name set over a headline (a kicker: `理论前沿` over
    `因地制宜发展新质生产力`) comes first, so the layout pass takes it for the title. Where the text's
    first title is one short line of words alone (_KICKER_CHARS at most) and the next block is a
    one-line unnumbered heading at least twice as long, or any long over a dash subtitle (`——…`), with a
    byline right after it or after one more heading (the subtitle), before any text, the short line
    is a heading and the headline the title;
    a kicker of _LABEL_CHARS or fewer is one whatever follows, and so is a chapter's code (`B.3`); a
    newspaper page's code before the column's name (`A13　民意論壇`) is no part of it."""
    for i, draft in enumerate(drafts):
        if draft.kind in ("paragraph", "list_item", "table_row", "quote"):
            return
        if draft.kind != "title":
            continue
        kicker = squeeze(reader.first_line(draft))
        if _RELEASE_LABEL.fullmatch(kicker):
            return  # mark_release_labels
        after = drafts[i + 1:i + 4]
        if len(draft.spans) != 1 or len(after) < 2 or after[0].kind != "heading" or len(after[0].spans) != 1:
            return
        headline = squeeze(reader.first_line(after[0]))
        if _CODE_LABEL.fullmatch(kicker) and cues.heading_opening(headline) is None:
            draft.kind, after[0].kind = "heading", "title"  # a chapter's code (`B.3`) names nothing: no title
            return
        kicker = _COLUMN_PAGE_CODE.sub("", kicker)  # a page's column under its code (`A13　民意論壇`)
        if not kicker or not all(map(is_han, kicker)):
            return
        byline_next = after[1].kind == "byline" or after[1].kind == "heading" and len(after) > 2 \
            and after[2].kind == "byline"
        # the headline a dash subtitle (`——深入学习…`) stands under is the title, however long the
        # line over it (a slogan: `深入学习贯彻习近平经济思想`)
        subtitled = byline_next and after[1].kind == "heading" and reader.first_line(after[1]).lstrip().startswith("——")
        if len(kicker) > (_SUBTITLED_KICKER_CHARS if subtitled else _KICKER_CHARS):
            return
        # a label of two or three characters (`社評`, `短評`, `提案`, `新闻稿`) names the column or the
        # document's kind, never its subject: no byline need follow
        if (len(headline) >= 2 * len(kicker) or subtitled) and cues.heading_opening(headline) is None \
                and (byline_next or len(kicker) <= _LABEL_CHARS):
            draft.kind, after[0].kind = "heading", "title"
        return


def mark_boxed_summaries(reader: DraftReader, drafts: list[Draft], cues: Cues, lines: list[Line], wrap: int) -> None:
    """A summary under its label (cue summary_label: `摘要`, `内容提要`) before the text's first
    paragraph is set in a box when its paragraphs wrap at a measure of their own: the box's smaller
    type or its padding makes their full lines wider or narrower than the text's (by a character
    or more past the wrap tolerance). Those paragraphs are a sidebar; an abstract set as the text
    is wrapped at the text's width and stays paragraphs."""
    if not wrap:
        return
    for i, draft in enumerate(drafts):
        if draft.kind == "paragraph":
            return
        if draft.kind != "heading" or not cues.summary_label.match(squeeze(reader.first_line(draft))):
            continue
        under = list(takewhile(lambda d: d.kind == "paragraph", drafts[i + 1:]))
        if under and all(_own_measure(d, lines, wrap) for d in under):
            for d in under:
                d.kind = "sidebar"
        return


def mark_key_points(reader: DraftReader, drafts: list[Draft], cues: Cues) -> None:
    """Bulleted points right under a summary's label (cue summary_label: `核心观点`, `投资要点`,
    `重點`, `主要发现`) are a box of key points apart from the text: a sidebar, not a list of it. Set
    first on a report's page (its summary column read before the text), the label was taken for the
    title: it is the box's heading, and the first unnumbered one-line heading or byline after the
    box, before any paragraph, is the title."""
    for i, draft in enumerate(drafts[:-1]):
        if draft.kind not in ("heading", "title") or not cues.summary_label.match(squeeze(reader.first_line(draft))):
            continue
        points = list(takewhile(lambda d: d.kind == "list_item", drafts[i + 1:]))
        for point in points:
            point.kind = "sidebar"
        if draft.kind == "title" and points:
            draft.kind = "heading"
            after = takewhile(lambda d: d.kind != "paragraph", drafts[i + 1 + len(points):])
            title = next((d for d in after if d.kind in ("heading", "byline") and len(d.spans) == 1
                          and not matches_any(cues.bylines, reader.first_line(d).strip())
                          and cues.heading_opening(reader.first_line(d)) is None), None)
            if title is not None:
                title.kind = "title"


def mark_labelled_boxes(reader: DraftReader, drafts: list[Draft], cues: Cues, lines: list[Line], wrap: int) -> None:
    """The paragraphs under a box's label (cue box_label: `专栏5-1　…`, `案例　…`, `典型案例` over the
    case's own title) that run to a measure of their own, a character or more away from the text's
    wrap width (the box's smaller type or padding: _box_measure), are the box's: a sidebar. The box
    ends at the first paragraph set at the text's measure, or at anything but a paragraph."""
    if not wrap:
        return
    for i, draft in enumerate(drafts):
        if draft.kind != "heading" or not cues.box_label.match(reader.first_line(draft).strip()):
            continue
        k = i + 1
        if k < len(drafts) and drafts[k].kind == "heading":  # the case's title under `典型案例`
            k += 1
        for under in takewhile(lambda d: d.kind == "paragraph" and _box_measure(d, lines, wrap), drafts[k:]):
            under.kind = "sidebar"


def mark_table_titles(reader: DraftReader, drafts: list[Draft], cues: Cues) -> None:
    """A one-line unnumbered heading over a table's unit line (`单位：万元　币种：人民币`, cue
    unit_line) and its rows names the table: its caption, though it has no number
    (`主营业务分行业情况`)."""
    for heading, unit, row in zip(drafts, drafts[1:], drafts[2:]):
        if heading.kind == "heading" and len(heading.spans) == 1 and row.kind == "table_row" \
                and unit.kind == "source_note" and cues.unit_line.match(reader.first_line(unit).strip()) \
                and cues.heading_opening(reader.first_line(heading)) is None:
            heading.kind = "caption"


_LINK_KINDS = ("heading", "paragraph", "title", "byline")  # what a linked title alone on its line may be read as


def mark_related_reading(reader: DraftReader, drafts: list[Draft], cues: Cues) -> None:
    """Under a label of related reading at an article's end (cue related_reading: `往期推荐`,
    `相关阅读`), the one-line blocks that end no sentence are the linked titles: list items; the
    label is their heading. The list ends at anything else (the account's QR code prompt, a
    footer)."""
    for i, draft in enumerate(drafts):
        if draft.kind not in _LINK_KINDS or len(draft.spans) != 1 \
                or not cues.related_reading.match(squeeze(reader.first_line(draft))):
            continue
        links = list(takewhile(lambda d: d.kind in _LINK_KINDS and len(d.spans) == 1
                               and not ends_sentence(reader.first_line(d)), drafts[i + 1:]))
        if links:
            draft.kind = "heading"
            for link in links:
                link.kind = "list_item"


def _box_measure(draft: Draft, lines: list[Line], wrap: int) -> bool:
    """Whether the draft's full lines (between its first, which may be indented, and its last, where
    there are any) run to a width of their own, one character (two units) or more wider or
    narrower than the text's wrap width: all wider, or none as wide."""
    widths = [lines[n - 1].width for n in (draft.numbers[1:-1] or draft.numbers[:-1])]
    return bool(widths) and (min(widths) >= wrap + 2 or max(widths) <= wrap - 2)


def _own_measure(draft: Draft, lines: list[Line], wrap: int) -> bool:
    """Whether the draft's lines before its last run to a width of their own, a character or more
    past the wrap tolerance away from the text's wrap width (a one-line block tells nothing)."""
    widths = [lines[n - 1].width for n in draft.numbers[:-1]]
    return bool(widths) and abs(max(widths) - wrap) >= _OWN_MEASURE


def mark_issuer_over_title(reader: DraftReader, drafts: list[Draft], cues: Cues) -> None:
    """A text whose title is an organization's name (cue organization_pattern: `立法院法制局`) over its
    paper's series, number and date, with a longer unnumbered one-line heading after them before the
    first numbered heading or paragraph: the name is the issuer's, a byline, and the longest such
    heading the title (`中國大陸推動「新質生產力」對我國產業之影響及因應`); or, however short, the first
    that names the document's kind (cue document_kind: `民事判决书` under the court's name)."""
    first = next((i for i, d in enumerate(drafts) if d.kind == "title"), None)
    if first is None or len(drafts[first].spans) != 1 \
            or not cues.organization.match(squeeze(reader.first_line(drafts[first]))):
        return
    candidates = []
    for draft in drafts[first + 1:]:
        if draft.kind not in ("heading", "byline", "dateline") \
                or draft.kind == "heading" and cues.heading_opening(reader.first_line(draft)) is not None:
            break
        if draft.kind == "heading" and len(draft.spans) == 1:
            candidates.append(draft)
    issuer = squeeze(reader.first_line(drafts[first]))
    kind = next((d for d in candidates if cues.document_kind.match(squeeze(reader.first_line(d)))), None)
    if kind is not None:
        drafts[first].kind, kind.kind = "byline", "title"
        return
    title = max(candidates, key=lambda d: len(squeeze(reader.first_line(d))), default=None)
    # a release's title is longer than its issuer's name, past the release's date under the name
    # (`澳門特別行政區政府新聞局` / `2024-08-15 17:42` / `上半年本澳…`); a paper's, twice as long
    dated = title is not None and any(d.kind == "dateline" for d in drafts[first + 1:drafts.index(title)])
    if title is not None and len(squeeze(reader.first_line(title))) > (1 if dated else 2) * len(issuer):
        drafts[first].kind, title.kind = "byline", "title"


def mark_title_occasions(drafts: list[Draft]) -> None:
    """An attribution line under the title, before any text (`——2024年3月5日在第十四届全国人民代表
    大会第二次会议上` under `政府工作报告`), names the occasion of the whole text: a byline; there is
    no quote above it to attribute."""
    for draft in drafts:
        if draft.kind in ("paragraph", "quote", "list_item", "table_row"):
            return
        if draft.kind == "quote_attribution":
            draft.kind = "byline"


def join_compiler_dates(reader: DraftReader, drafts: list[Draft]) -> list[Draft]:
    """A bulletin's masthead prints who compiled it and when on one line (`某某县…办公室编　　2024年8月20日`);
    an extractor that reads the line's two ends as two boxes gives the date a line of its own. A
    one-line byline that ends with the compiler's `编` (`編印`), right over a date alone, takes the
    date back: one byline. (A body's name over a date is no compiler's line: a report's issuer over
    its date, a letter's signature.)"""
    out: list[Draft] = []
    for draft in drafts:
        last = out[-1] if out else None
        if last is not None and last.kind == "byline" and len(last.spans) == 1 and draft.kind == "dateline" \
                and len(draft.spans) == 1 and _DATE_ALONE.fullmatch(reader.first_line(draft).strip()) \
                and _COMPILER_END.search(reader.first_line(last).strip()):
            last.absorb(draft)
            continue
        out.append(draft)
    return out


def mark_pull_quotes(reader: DraftReader, drafts: list[Draft]) -> list[Draft]:
    """A pull quote sets a sentence of the text again, large, between the columns or the paragraphs
    (`發展新質生產力，香港不是旁觀者，…貢獻者。`); read as a heading, or a heading and the paragraph of
    its last line, it is found where a block of a line or two (or two such blocks in a row) holds
    exactly the sentence that opens a paragraph elsewhere in the text, _PULL_QUOTE_MIN characters
    or more: a quote, one block."""
    openings = set()
    for draft in drafts:
        if draft.kind == "paragraph" and len(draft.spans) > 2:
            text = squeeze(reader.draft_text(draft))
            end = _INNER_END.search(text)
            if end is not None and end.end() >= _PULL_QUOTE_MIN:
                openings.add(text[:end.end()])
    if not openings:
        return drafts
    out: list[Draft] = []
    i = 0
    while i < len(drafts):
        for n in (1, 2):
            group = drafts[i:i + n]
            if len(group) == n and all(d.kind in ("heading", "paragraph") and len(d.spans) <= 2 for d in group) \
                    and "".join(squeeze(reader.draft_text(d)) for d in group) in openings:
                quote = group[0]
                for d in group[1:]:
                    quote.spans += d.spans
                    quote.numbers += d.numbers
                    quote.joins += [" ", *d.joins[1:]]  # a line break, as inside a block
                quote.kind = "quote"
                out.append(quote)
                i += n
                break
        else:
            out.append(drafts[i])
            i += 1
    return out


def mark_bracketed_source_notes(reader: DraftReader, drafts: list[Draft], cues: Cues) -> None:
    """A line of its own wholly in brackets that names a source (cue bracketed_source_pattern:
    `（来源：新华社，2024年4月3日）` under a news item) is the item's source note, not a heading: a
    digest credits each item so. Only its kind changes here: the pass cannot take the bracket as a
    source-note cue, or the note would run on into the lines after it as a note does. A supplier's
    credit (`（石桥镇供稿）`) is read first as an aside in brackets (boilerplate), as a transcript's is."""
    for draft in drafts:
        if draft.kind in ("heading", "paragraph", "boilerplate") and len(draft.spans) == 1 \
                and cues.bracketed_source.match(reader.first_line(draft).strip()):
            draft.kind = "source_note"


def mark_labelled_notes(reader: DraftReader, drafts: list[Draft], cues: Cues) -> None:
    """A source note opening with a note's label (cue note_label_pattern: `注：…` under a table) is a
    note on what stands above it, not its source: a footnote. The pass reads it as a source note
    (the cue source_note_pattern names both), which runs on as a note does. Notes numbered after
    the label (`注：1. …`) go on in the paragraphs numbered 2., 3., … right after it: notes too."""
    for i, draft in enumerate(drafts):
        first = reader.first_line(draft).strip()
        if draft.kind != "source_note" or not (label := cues.note_label.match(first)):
            continue
        draft.kind = "footnote"
        number = point_number(first[label.end():].lstrip())
        for k, later in enumerate(drafts[i + 1:], 1):
            if number is None or later.kind != "paragraph" \
                    or point_number(reader.first_line(later).strip()) != (number[0] + k, number[1]):
                break
            later.kind = "footnote"


def mark_point_lists(reader: DraftReader, drafts: list[Draft], cues: Cues) -> None:
    """Paragraphs that each open with a short label and a colon (`总体定义：…` / `动力来源：…` /
    `基本内涵：…`), _MIN_POINTS or more in a row, are the items of a list, unless a label
    repeats or names a person: then they are the turns of an interview (`记者：…` / `张力：…`); nor
    are a meeting's attendance lines (`出席：…` / `列席：…`, cue attendance): paragraphs."""
    run: list[tuple[Draft, str]] = []
    for draft in [*(d for d in drafts if d.kind not in ASIDE_KINDS), None]:
        label = draft is not None and draft.kind == "paragraph" and LABELLED_POINT.match(reader.first_line(draft))
        if label:
            run.append((draft, label.group()[:-1]))
            continue
        labels = [name for _, name in run]
        # a speaker's name has two or three characters (黄群慧); four read as one (`关键特征`) are no one
        speakers = [name for name in labels if len(name) <= 3 and cues.is_names(name)]
        attendance = any(cues.attendance.match(reader.first_line(item)) for item, _ in run)
        if len(run) >= _MIN_POINTS and len(set(labels)) == len(labels) and not speakers and not attendance:
            for item, _ in run:
                item.kind = "list_item"
        run = []


def rejoin_numbered_paragraphs(reader: DraftReader, drafts: list[Draft], lines: list[Line], wrap: int) -> list[Draft]:
    """A numbered paragraph's first line that ends no sentence and was read as a heading over the
    rest of it (`1. 澳門特別行政區政府…提交《科技創新促進法》` / `法案（下稱「法案」）。…`: a heading at
    the width whose tail the extractor glued to the text below, for all the line shows) is the
    paragraph's opening where the text numbers its paragraphs so: the line runs to the width, and
    the paragraph numbered one more or one less, in the same style, is a paragraph too. The two go
    on as one paragraph."""
    numbered = {point_number(reader.first_line(d).strip()) for d in drafts if d.kind == "paragraph"}
    numbered.discard(None)
    out: list[Draft] = []
    for draft in drafts:
        last = out[-1] if out else None
        number = point_number(reader.first_line(last).strip()) if last is not None and last.kind == "heading" else None
        if number is not None and len(last.spans) == 1 and draft.kind == "paragraph" \
                and is_full(lines[last.numbers[0] - 1], wrap) and not ends_sentence(reader.first_line(last).strip()) \
                and point_number(reader.first_line(draft).strip()) is None \
                and {(number[0] - 1, number[1]), (number[0] + 1, number[1])} & numbered:
            last.absorb(draft)
            last.kind = "paragraph"
            continue
        out.append(draft)
    return out


def mark_cited_documents(reader: DraftReader, drafts: list[Draft]) -> None:
    """One-line headings or paragraphs numbered 1., 2., … one after another, two or more, each naming
    a document by its title in 《》 right after its number (`1.《中华人民共和国企业所得税法》第二十八条`,
    `2.《关于…的通知》（国科发火〔2016〕32号）`), are a list of the documents a text cites: list items,
    no headings (a section's head has its text under it)."""
    def cites(draft: Draft) -> bool:
        return draft.kind in ("heading", "paragraph") and _CITED_TITLE.match(reader.first_line(draft).strip()) is not None

    for run in _numbered_runs(reader, drafts, cites):
        for item in run:
            item.kind = "list_item"


def _numbered_runs(reader: DraftReader, drafts: list[Draft], takes: Callable[[Draft], bool]) -> Iterator[list[Draft]]:
    """Runs of two or more drafts in a row, each one that `takes`, numbered 1., 2., 3., … (the same
    mark after each number: point_number)."""
    i = 0
    while i < len(drafts):
        number = takes(drafts[i]) and point_number(reader.first_line(drafts[i]))
        if not number or number[0] != 1:
            i += 1
            continue
        j = i + 1
        while j < len(drafts) and takes(drafts[j]) \
                and point_number(reader.first_line(drafts[j])) == (number[0] + j - i, number[1]):
            j += 1
        if j - i >= 2:
            yield drafts[i:j]
        i = j


def mark_numbered_points(reader: DraftReader, drafts: list[Draft]) -> None:
    """Paragraphs that each open with a numbering (`1.`, `（2）`, `三、`), an ordinal (`一是`, `其二，`)
    or a dash (`——`) and close with `；`, two or more in a row, with the paragraph after them if it
    is numbered too (the last point ends the sentence), are the items of an enumerated list: a point
    ends so, a paragraph does not (dash-led paragraphs that end their sentences, `——加快科技创新。…`,
    stay paragraphs, as the seeds' hand labels have them). A point read as a heading (numbered, and
    short of the wrap width) is one too where it ends so: no heading ends with `；`."""
    running = [d for d in drafts if d.kind not in ASIDE_KINDS]
    run: list[Draft] = []
    for draft in [*running, None]:
        opening = None if draft is None else reader.first_line(draft)
        numbered = draft is not None and (NUMBERED.match(opening) or DASH_POINT.match(opening)
                                          or _ORDINAL_POINT.match(opening)) and (
            draft.kind == "paragraph" or draft.kind == "heading" and reader.last_line(draft).endswith(POINT_END))
        closed = bool(run) and reader.last_line(run[-1]).endswith(POINT_END)  # every point before it is
        if numbered and (not run or closed):
            run.append(draft)
            continue
        if len(run) - (not closed) >= 2:  # two points closed by `；`, and the one ending them
            for item in run:
                item.kind = "list_item"
        run = [draft] if numbered else []


def mark_sentence_points(reader: DraftReader, drafts: list[Draft]) -> None:
    """Paragraphs numbered 1., 2., 3., … one after another, two or more, each one short sentence
    (at most POINT_CHARS characters, no stop before its end: `1.申报单位应为…财务制度健全。`), are the
    items of a list: conditions, requirements, recommendations. Numbered paragraphs of which any
    runs to two sentences or longer are numbered paragraphs (a Hong Kong paper's `3. 本文…。…`), and
    a run that does not open at 1 goes on a numbering of paragraphs (`10.`, `11.`, `12.` of minutes)."""
    running = [d for d in drafts if d.kind not in ASIDE_KINDS]
    for run in _numbered_runs(reader, running, lambda d: d.kind == "paragraph"):
        if all(_one_short_sentence(squeeze(reader.draft_text(d))) for d in run):
            for point in run:
                point.kind = "list_item"


def _one_short_sentence(text: str) -> bool:
    return len(text) <= POINT_CHARS and _SENTENCE_STOP.search(text[:-1]) is None


def mark_point_runs(reader: DraftReader, drafts: list[Draft], wrap: int) -> list[Draft]:
    """In a text without a wrap width (slides: no line length prevails), short lines numbered 1.,
    2., 3., … (or （1）…, 1、…), one or two lines each, one after another, MIN_POINT_RUN or more
    with nothing but their own wrapped lines between them, are the points of a list, not
    headings: a heading has its text under it. (In running text, numbered paragraphs that end
    their sentences stay paragraphs; points closed by `；` are mark_numbered_points'.) The
    numbered line cannot be told full there, so a line after it that is a block of its own, no
    longer than it, when the point's line ended no clause, is the point's wrapped tail
    (`2. 打造新型劳动者队伍，…能够熟练` / `掌握…人才。`); a longer one is a paragraph of its own
    (a markdown export writes each paragraph on one line)."""
    if wrap:
        return drafts
    running = [d for d in drafts if d.kind not in ASIDE_KINDS]
    numbers = [point_number(reader.first_line(d)) if d.kind in ("heading", "paragraph", "list_item")
               and len(d.spans) <= 2 else None for d in running]
    i = 0
    while i < len(running):
        if numbers[i] is None or numbers[i][0] != 1:
            i += 1
            continue
        run, tails, j = [i], [], i + 1  # tails: positions of the wrapped tails of the run's points
        while j < len(running):
            if numbers[j] == (numbers[run[-1]][0] + 1, numbers[run[-1]][1]):
                run.append(j)
            elif numbers[j] is None and j - 1 == run[-1] and len(running[j].spans) == 1 \
                    and running[j].kind in ("heading", "paragraph", "byline") and len(running[run[-1]].spans) == 1 \
                    and running[j].page == running[run[-1]].page \
                    and len(reader.first_line(running[j])) <= len(reader.last_line(running[run[-1]])) \
                    and not reader.last_line(running[run[-1]]).endswith(tuple("。！？；;!?：:")):
                tails.append(j)
            else:
                break
            j += 1
        if len(run) >= MIN_POINT_RUN:
            for k in run:
                running[k].kind = "list_item"
            for k in tails:
                running[k - 1].spans += running[k].spans
                running[k - 1].numbers += running[k].numbers
                running[k - 1].joins += [" "] * len(running[k].spans)
                running[k].kind = ""  # joined: dropped below
        i = j
    return [d for d in drafts if d.kind]


def mark_heading_runs(reader: DraftReader, drafts: list[Draft]) -> None:
    """Headings numbered 1., 2., 3., … (or （1）…, 1、…) one right after another, MIN_POINT_RUN or
    more, with no text between them, are the points of a list (`学习目标` over `1. 理解…`, `思考题`
    over `1. 什么是…？`): a heading has its text under it. The run takes in a numbered paragraph
    of one or two lines in its turn (a point that ran on to a second line); a run of questions is a
    list whatever the kinds its lines gave."""
    running = [d for d in drafts if d.kind not in ASIDE_KINDS]
    numbers = [point_number(reader.first_line(d)) if d.kind in ("heading", "paragraph") and len(d.spans) <= 2
               else None for d in running]
    i = 0
    while i < len(running):
        if numbers[i] is None or numbers[i][0] != 1:
            i += 1
            continue
        j = i + 1
        while j < len(running) and numbers[j] == (numbers[j - 1][0] + 1, numbers[j - 1][1]):
            j += 1
        headings = sum(running[k].kind == "heading" for k in range(i, j))
        # questions set to a lesson (`思考题`: `1. …是什么？`, `2. 为什么说…？请结合…说明。`) whatever
        # their lines made of them: a paragraph's point asks no question
        asking = all(_QUESTION_MARK.search(reader.draft_text(running[k])) for k in range(i, j))
        if j - i >= MIN_POINT_RUN and (2 * headings > j - i or asking):
            for k in range(i, j):
                running[k].kind = "list_item"
        i = j


def mark_subheads(reader: DraftReader, drafts: list[Draft], cues: Cues) -> None:
    """A paragraph that is one short sentence asking a question (`怎样加快发展新质生产力？`) or
    stating an enumerated lead point (`一是，纵向来看，…都要重视。`, `——首先，要…新动能。`: cue
    lead_point_pattern) is a subhead set on a line of its own, a heading, when a paragraph follows
    and neither neighbour is of its sort: questions or lead points one after another are
    paragraphs (a run of points, a question put several ways). A question put by someone
    (`问：…？`, `记者：…？`, after its timestamp in a transcript: `[00:02:30] 主持人：…？`) is a turn
    of a dialogue, not a subhead."""
    running = [d for d in drafts if d.kind not in ASIDE_KINDS]
    lone = [lone_sentence(reader, d) if d.kind == "paragraph" else None for d in running]
    question = [text is not None and ends_question(text) for text in lone]
    lead = [d.kind == "paragraph" and cues.lead_point.match(reader.first_line(d)) is not None for d in running]
    for i in range(len(running) - 1):
        text = lone[i]
        if text is None or running[i + 1].kind != "paragraph":
            continue
        if question[i]:
            subhead = (not question[i + 1] and not (i and question[i - 1])
                       and not TURN_LABEL.match(TIMESTAMP.sub("", text, count=1))
                       and not (text[0] in OPENERS and text[-1] in CLOSERS))
        else:
            subhead = lead[i] and not lead[i + 1] and not (i and lead[i - 1])
        if subhead:
            running[i].kind = "heading"


def lone_sentence(reader: DraftReader, draft: Draft) -> str | None:
    """The draft's text, whitespace removed, when it is one short sentence (else None)."""
    if len(draft.spans) > 2:  # a subhead takes a line, or two in a narrow column
        return None
    text = squeeze(reader.draft_text(draft))
    if len(text) > _SUBHEAD_MAX_CHARS or not ends_sentence(text):
        return None
    return None if _INNER_END.search(text.rstrip(CLOSERS)[:-1]) else text


def split_word_tables(drafts: list[Draft], lines: list[Line], pages_marked: bool) -> list[Draft]:
    """A table of words written one cell per line reaches the layout pass (take_table_line) with no cell gap and
    no number to open a row, so its cells are glued into one row: when word_table_rows reads
    them as rows, each row becomes a draft of its own, on the page of its first cell. pdfminer
    may set the source note between a table's first column and the rest, which then run on in
    the note (as in tables.cell_rows): such lines are read as the table's."""
    split: list[Draft] = []
    for i, draft in enumerate(drafts):
        cells = glued_cells(lines, draft) if draft.kind == "table_row" else None
        rows = None
        if cells is not None:
            note = drafts[i + 1] if i + 1 < len(drafts) else None
            after = glued_cells(lines, note, first=1) if note is not None and note.kind == "source_note" else None
            spans, numbers = draft.spans, draft.numbers
            rows = after and word_table_rows(cells + after)
            if rows:  # the note keeps its first line, the table takes the rest
                spans, numbers = spans + note.spans[1:], numbers + note.numbers[1:]
                del note.spans[1:], note.numbers[1:], note.joins[1:]
            else:
                rows = word_table_rows(cells)
        if not rows:
            split.append(draft)
            continue
        for number in range(max(rows) + 1):
            members = [m for m, row in enumerate(rows) if row == number]
            # the pass adds pages_marked at each page start (no footnote area is open in a table)
            page = draft.page + pages_marked * sum(
                line.page_start for line in lines[numbers[0]:numbers[members[0]]])
            split.append(Draft("table_row", [spans[m] for m in members], [numbers[m] for m in members],
                                ended=True, page=page, joins=[draft.joins[0]] + ["\t"] * (len(members) - 1)))
    return split


def tables_of_headings(drafts: list[Draft], lines: list[Line]) -> list[Draft]:
    """A table of words one cell per line with no caption over it (an annex's grid under its name)
    reaches the revisions as one heading per cell: short lines, no sentence end, one after another.
    A heading has text under it, so a run of 2 * MIN_ROWS or more one-line headings with nothing
    between them that word_table_rows reads as rows, at least as many below the header as it has
    columns, is that table (the run's first headings may stay headings: an annex's `附件`, the
    table's name): its rows become table rows, and the line right before them its caption."""
    out: list[Draft] = []
    i = 0
    while i < len(drafts):
        j = i
        while j < len(drafts) and drafts[j].kind == "heading" and len(drafts[j].spans) == 1:
            j += 1
        if j == i:
            out.append(drafts[i])
            i += 1
            continue
        run, i = drafts[i:j], j
        found = _heading_run_table(run, lines)
        if found is None:
            out += run
            continue
        lead, rows = found
        out += run[:lead]
        if lead:
            run[lead - 1].kind = "caption"
        for number in range(max(rows) + 1):
            members = [run[lead + m] for m, row in enumerate(rows) if row == number]
            out.append(Draft("table_row", [d.spans[0] for d in members], [d.numbers[0] for d in members], ended=True,
                             page=members[0].page, joins=[members[0].joins[0]] + ["\t"] * (len(members) - 1)))
    return out


def _heading_run_table(run: list[Draft], lines: list[Line]) -> tuple[int, list[int]] | None:
    """(the number of headings before the table, each cell's row) of the table of words that ends a
    run of one-line headings, the fewest headings left before it, else None (tables_of_headings)."""
    cells = [lines[d.numbers[0] - 1] for d in run]
    for lead in range(len(run) - 2 * MIN_ROWS + 1):
        if any(cell.width > MAX_CELL_WIDTH for cell in cells[lead:]):
            continue
        rows = word_table_rows([cell.stripped for cell in cells[lead:]])
        # with no caption to vouch for it, a table taller than wide: a reading of many columns over
        # two or three rows is found in most runs of short lines
        if rows and max(rows) >= len(rows) // (max(rows) + 1):
            return lead, rows
    return None


def glued_cells(lines: list[Line], draft: Draft, first: int = 0) -> list[str] | None:
    """The texts of the draft's lines from the `first`, when each may be a cell of a table of
    words (short, no sentence end; in a row, glued on: no cell gap, nothing between lines),
    else None."""
    if draft.cell_gaps or draft.kind == "table_row" and any(draft.joins[1:]) or len(draft.numbers) <= first:
        return None
    cell_lines = [lines[n - 1] for n in draft.numbers[first:]]
    if any(line.width > MAX_CELL_WIDTH or ends_sentence(line.stripped) for line in cell_lines):
        return None
    return [line.stripped for line in cell_lines]
