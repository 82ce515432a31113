"""Restore blocks (paragraphs, headings, footnotes, table rows, ...) from PDF-extracted lines.

One pass over the raw lines. Each line is first tested against page-furniture rules (page numbers,
running headers, stray glyphs, repeated URLs), which go to the removed ledger; the rest open or
continue a block. A paragraph interrupted by a page break, a footnote area or a sidebar stays open
and continues after it, so it is restored whole (its block keeps several raw pieces).

Paragraph end rule: a line ends its paragraph when it ends a sentence (a note reference after the
terminator aside) and either carries the trailing space extractors put at paragraph ends, stops
short of the wrap width or has a line of spaces below it; a line that stops far short of the wrap
width ends its block whatever its last character.

The blocks are drafts (drafts.py); the printed page numbers that anchor their pages are found and
read in pages.py, and the rules that need a block's neighbours run over the drafts once every line
is read (revisions.py).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from itertools import islice

from .chars import (HAN, NEWSPAPER_PAGE_CODE, PRIVATE_USE, URL, WHOLLY_BRACKETED, display_width, ends_question,
                    ends_sentence, is_han, opens_unclosed, squeeze)
from .columns import split_document_number_lines, split_side_by_side_names, unzip_columns, unzip_side_by_side_captions
from .contents import CONTENTS_TITLE, TOC_LEADERS, contents_lines
from .cues import Cues, load_cues, matches_any
from .definitions import definition_rows
from .drafts import (ANNEX_LABEL, BARE_NUMBERING, CHINESE_SECTION, DASH_POINT, LABELLED_POINT, MONTH_DATE, NUMBERED,
                     POINT_END, TIMESTAMP, TURN_LABEL, Draft, DraftReader, Layout, hanging_section_numbers)
from .fixes import NOTE_REFERENCE, NOTE_SIGNS, note_marker
from .keyfigures import key_figure_lines, unzip_figure_rows
from .lines import (FIRST_LINE_INDENT, INDENT_UNITS, WRAP_TOLERANCE, Line, body_widths, common_width, indent_width,
                    is_full, line_habits, spaces_are_indents, split_lines, wrap_width)
from .margins import (REACH, browser_stack_lines, journal_masthead_lines, numbered_running_lines, running_header_lines,
                      split_page_heads)
from .pages import (BARE_NUMBER, PAGE_NUMBER_TOKEN, ROMAN_PAGE_NUMBER, URL_FOOTER, figure_text_lines, is_page_number,
                    narrower_page_wraps, numbered_header, page_number_lines, page_number_value, pages_marked,
                    resolve_pages, text_after_last_number, tick_axis_lines)
from .revisions import (attach_lifted_markers, join_compiler_dates, join_title_subjects, mark_boxed_summaries,
                        mark_bracketed_source_notes, mark_cited_documents, mark_heading_runs, mark_issuer_over_title,
                        mark_key_points, mark_kickers, mark_labelled_boxes, mark_labelled_notes, mark_numbered_points,
                        mark_point_lists, mark_point_runs, mark_pull_quotes, mark_related_reading, mark_release_labels,
                        mark_sentence_points, mark_signatures, mark_subheads, mark_subject_title, mark_table_titles,
                        mark_title_occasions, point_number, rejoin_numbered_paragraphs, split_word_tables,
                        tables_of_headings)
from .superscripts import MARKER_OPENS, lifted_marker_lines, restore_raised_line_parts
from .tables import MIN_ROWS, CellPlace, cell_rows, form_rows, is_numeric_cell, numeric_row_gaps
from .words import cuts_a_word

_DASHES = re.compile(r"^[-—–－]{1,2}$")
_URL = re.compile(rf"^{URL.pattern}$")
# A table of contents' entries with dot leaders and a page number (`一、内涵……………1`)
_TOC_ENTRY = re.compile(rf"^\S.{{0,80}}?{TOC_LEADERS}\d{{1,4}}$")
_TOC_PAGE_END = re.compile(r"^\S.{0,80}?[^\d\s.．,，]\s*(\d{1,4})$")  # an entry's page number, no leaders
_MAILTO = re.compile(r"^mailto:\S+$")
# a date alone on its line, perhaps with its weekday (a newspaper's page: `2024年3月6日 星期三`)
_WEEKDAY = r"(?:\s*[（(]?(?:星期|周|禮拜|礼拜)[一二三四五六日天][）)]?)?"
_DATELINE = re.compile(rf"^\d{{4}}\s*年(?:\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日{_WEEKDAY})?)?$"
                       rf"|^\d{{4}}[-./]\d{{1,2}}(?:[-./]\d{{1,2}}{_WEEKDAY})?$"
                       r"|^[〇零○一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}日)?)?$"
                       # a Minguo date (Taiwan): `中華民國113年5月`
                       r"|^(?:中華民國|中华民国|民國|民国)\s*\d{2,3}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?$"
                       # a signed paper's place before its date (`香港，二零二四年三月二十八日`)
                       r"|^[\u4e00-\u9fff]{2,4}[，,]\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                       r"|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$"
                       # a preface's date and place under its signature: `2024年3月于北京`, `二零二四年六月二十日於澳門…`
                       r"|^(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
                       r"|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}日)?)"
                       r"\s*[于於][\u4e00-\u9fff]{2,8}$"
                       # a web article's time line, with its source: `2024-03-05 21:36:18　来源：新华社`
                       r"|^\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?:来源|來源)[：:]\s*\S{2,20})?$"
                       # or its label first, then the source, the author or the count of readers
                       # (`发布时间：2024-07-19　来源：…`, `發佈日期：2024年7月25日　作者：…`)
                       r"|^(?:发布|發布|發佈|发佈)(?:时间|時間|日期)[：:]\s*\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?"
                       r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s|$)"
                       # or the source first: `来源：某某省发展和改革委员会　发布时间：2024-05-15 16:30`
                       r"|^(?:来源|來源)[：:]\s*\S{2,30}\s+(?:发布时间|發布時間|发布日期|發布日期|时间|時間)[：:]\s*"
                       r"\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
                       # a press release's time of issue under its date (`香港時間16時30分`)
                       r"|^(?:香港|北京|澳門|澳门|台北)?\s*(?:時間|时间)\s*\d{1,2}\s*(?:[時时]\s*\d{1,2}\s*分|:\d{2})$")
# A chronicle's entry date alone on its line (`1月8日`, `是月`): the entry beside it in print, the
# extractor set its text under it. A month alone (`1月`) is the month's heading.
_ENTRY_DATE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[—–\-至]\s*\d{1,2}\s*日)?|\d{1,2}\s*月\s*(?:上旬|中旬|下旬|初|底)"
                         r"|[是同当當本]月|月[内內]")
# A term over its definition, with its English name (`新质生产力　new quality productive forces`):
# a glossary's entry heading, however far it runs
_TERM_IN_ENGLISH = re.compile(r"[\u4e00-\u9fff·“”（）()+]{2,16}\s+[A-Za-z][A-Za-z'’\-\s,&/()]*[A-Za-z)]")
# A table's header cell: words (`主要困难`, `样本数（家）`) or a year (`2023年`), no value
_WORD_CELL = re.compile(r"[^\s\d，。；：！？]{2,12}|[^\s，。；：！？]{0,8}[（(][^\s（）()]{1,6}[）)]")
_YEAR_CELL = re.compile(r"(?:19|20)\d\d年?")
_HEAD_CELL_CHARS = 16  # a column's head in words (`人民幣千元（另有註明者除外）`)
_REFERENCE_DETAIL = re.compile(r"\d|\[[A-Z]{1,2}(?:/OL)?\]")  # a reference's year, pages, `[J]`: its tail
# what a head names after a role word: the pieces a column runs, or the piece itself, not who wrote
# it (`…评论员文章选登`, `主席報告`, `会长致辞`)
_WORK_AFTER_ROLE = re.compile(r"^(?:文章|文选|選登|选登|摘编|摘編|汇编|彙編|专栏|專欄|报告|報告|致辞|致辭|讲话|講話)")
_ADDRESSEE = re.compile(r"^(?:致|收件人|受文者|To)\s*[：:]\s*\S")  # a letter's addressee
# a letter's, a report's or a release's date after its label, a message's or its reply's time
# (`留言时间：2024-05-08 10:23`); with nothing but the date a dateline
_DATE_LABEL = re.compile(r"^(?:日\s*期|报告日期|報告日期|发布日期|發布日期|發佈日期|Date|(?:填[报報]|填表|申[报報])日期"
                         r"|(?:留言|回复|回覆|答复|答覆|来信|來信|办理|辦理|受理)(?:时间|時間|日期))\s*[：:]\s*")
# an event's time or place after its label (`時間：2024年5月16日（星期四）下午2時至5時`, `地點：…`), a
# project's term (`執行期間：2023年8月1日至2024年7月31日`): its dateline
_EVENT_DETAIL = re.compile(r"^(?:(?:会议|會議|活动|活動)?(?:时间|時間|地点|地點)"
                           r"|(?:[执執]行|研究|起止|[实實]施)(?:期[间間]|期限|[时時][间間]))\s*[：:]\s*\S")
# a Minguo date after such a label, its era named by the label's place in a Taiwan text (`發布日期：113年3月14日`)
_MINGUO_DATE = re.compile(r"^\d{2,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
_MONTH_DATE_END = re.compile(rf"{MONTH_DATE}$")
# A line of front matter naming a day (`供2024年5月20日會議討論`): the occasion's date, not the title
_FULL_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# A bullet: a glyph, a markdown mark, or a glyph its font maps to no character (a private-use code
# point; pypdf's DEL, pdfminer's `(cid:N)`: fixes drop these from the text, the item stays a list item)
_EXPLANATION = re.compile(r"^(?:说明|說明)\s*[：:]")
_TICKS = "√✓"  # a form's ticked box (`√特定对象调研`): an answer, never a head
_BULLET_HEAD_CHARS = 12  # a longer line after a bullet is a point, however alone
_SHORT_ITEM_LINE = 0.8  # of the wrap width: a bulleted point's line this short ends it
_BULLET = re.compile(r"^(?:[•·●○■□◆◇▪►▶➢✓√]|[-*+](?=\s)|[\ue000-\uf8ff\x7f]|\(cid:\d+\))\s*")
_CLAUSE_END = "，、；：,;:"  # a line ending in one of these goes on
_PUNCT_ONLY = re.compile(r"^[。，、；：！？…」』”’）)》]+$")
_CONTINUATION_START = re.compile(r"^\d{0,2}[，、；：。！？）)」』”’]")
_UNBROKEN_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.,%/\-]*")
# Characters a heading never ends on: prepositions, conjunctions and particles that open what follows
# (`…等對` / `國內…`); a numbered line running to the width that ends on one goes on into the next line
_DANGLING_ENDS = frozenset("的对對和与與及在将將把被为為从從向于於并並而或")
_OCCASION_END = re.compile(r"(讲话|講話|指示|批示|信|致辞|致辭|演讲|演講|发言|發言|报告|報告|文章|谈话|談話|会议|會議)上?\s*$")
_TRAILING_NOTE_REFERENCE = re.compile(f"(?:{NOTE_REFERENCE.pattern})+$")
_NOTE_REFERENCE_ENDS = ("]", "］", "〕")  # the closing brackets of NOTE_REFERENCE
_PHOTO_CREDIT_ENDS = ("摄", "攝", "供图", "供圖")
_AUTHOR_MARK = re.compile(r"(?:\d{1,2}(?:,\d{1,2})*|[*＊†‡]|[\u2460-\u2469])$")  # an affiliation's number after a name
_INTERVIEW_SUBTITLE = re.compile(r"——\s*(?:专访|專訪|访|訪|对话|對話)")  # a headline's `…——访某某院长李某某`
_NARROW_COLUMN_MIN = 16  # display width: a narrow column holds eight characters a line at least
_NARROW_COLUMN_SLACK = 3  # a bullet's width: `● 新质生产力以科技创` beside `新为核心，是推动高`
_SECTION_NUMERAL = re.compile(r"[一二三四五六七八九十]{1,3}")
_CHAPTER_TABLE_NUMBER = re.compile(r"\d{1,2}-\d{1,3}[ \u3000]+[\u4e00-\u9fff]")  # a yearbook's `3-12　…`
# a section's heading or subheading: `二、存在的问题`, `（三）研究發展狀況`
_SECTION_HEADING = re.compile(rf"(?:{CHINESE_SECTION}|[（(][一二三四五六七八九十]{{1,3}}[）)])\S")
_DASH_NAME = re.compile(r"^[—―－-]{2}\s*([^\s—―－-]{2,7})$")  # a dash and a name alone: `——习近平`
_CLAUSE_MARK = re.compile(r"[，。；：！？,;:!?]")
_BYLINE_CHARS = 30  # the longest byline: authors and their bodies, after a label
_SUBJECT_OPENERS = ("关于", "關於")  # what a document's subject opens with (`关于…的报告`)
# a transcript's or a record's note of what happened, alone on its line in brackets, no clause in it
# (`（會議於下午3時正暫停）`, `（掌声）`): the record's, not the speech's words
_STAGE_DIRECTION = re.compile(r"[（(][^（）()，。；：！？,;:!?\d]{2,30}[^（）()，。；：！？,;:!?]{0,10}[）)]")
# a dash and a short clauseless line (`——董事长　王某某`): under a quotation, who said it
_DASH_LINE = re.compile(r"[—―－-]{2}\s*[^\s，。；：！？,;:!?][^，。；：！？,;:!?]{1,15}")
_OPENING_NUMERAL = re.compile(r"^[一二三四五六七八九十百\d]{1,3}、")  # `一、`: its `、` counts no list item
_STOP_INSIDE = re.compile(r"[。！？!?]\S")  # a sentence ended inside a line, text after it
# a row of labelled fields set apart by spaces (`投资评级：买入（维持）　目标价格：52.82元　当前股价：41.35元`): a
# report head's or a form's line, whole; prose runs on without gaps and without a label each few words
_FIELD = r"[\u4e00-\u9fff]{2,8}[：:]\s*[^\s：:，。；！？]{1,30}"  # `目标价格：52.82元`
_FIELD_ROW = re.compile(rf"^{_FIELD}(?:\s+{_FIELD})+$")
# a line opening with the last character or two of a clause (`年。面对…`): the break before it cut the clause
_CLAUSE_TAIL = re.compile(r"^[^\s，。；：！？、]{1,2}[，。；：！？、]")
# A reference list's heading, or a reading list's (a lecture's, a chapter's further reading): under it
# each entry opens with its number (`[1] 习近平. 论…[M].`, `1. 张三…`) or its authors
_REFERENCES_HEADING = re.compile(r"^(?:参考文献|參考文獻|参考资料|參考資料|参考书目|參考書目|阅读书目|閱讀書目|推荐书目|推薦書目"
                                 r"|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|拓展阅读|拓展閱讀)\s*[：:]?\s*$")
_ATTACHMENTS = re.compile(r"^附\s*件\s*[：:]")
# The heading of notes gathered at a text's end (a bare `注：` is a table's or figure's note instead)
_ENDNOTES_HEADING = re.compile(r"^(?:注释|註釋|注解|註解|尾注|尾註|附注|附註)\s*[：:]?\s*$")  # a bulletin's `附注：` too
# An endnote's label as it opens its line: `1. `, `1．`, `1、`, `[1]`, `［1］`, `〔1〕`, `①`, `1 ` (not a
# wrapped note's date going on: `12 月`)
_ENDNOTE_LABEL = re.compile(r"^(?:(\d{1,3})\s*[.．、](?!\d)|[\[［〔](\d{1,3})[\]］〕]|([\u2460-\u2473])|(\d{1,3})\s+(?![年月日号]))")
# An entry of references without numbers opens with its authors and year (`周文、許凌雲（2023）。`, `Aghion, P., & Howitt, P. (1992).`)
_AUTHOR_YEAR = re.compile(r"^[^。，（(]{1,60}?[（(]\d{4}[a-z]?[）)]")
_REFERENCE_NUMBER = re.compile(r"^(?:[\[［〔]\d{1,3}[\]］〕]|\d{1,3}[.．、]\s*(?!\d))")
# A furniture token: a run of non-whitespace, with a page number that follows it after one space.
_TOKEN = re.compile(r"\S+(?:\s\d{1,4}\s?[-—–－]{0,2}(?=\s|$))?")
# What a furniture token is, running headers aside, in one pattern: the first alternative that
# matches is the test that decides (one fullmatch instead of four calls per token: ~1 µs per line).
_FURNITURE_GLYPHS = re.compile(
    f"(?P<page_number>{PAGE_NUMBER_TOKEN.pattern})|(?P<private_use_glyph>(?:{PRIVATE_USE.pattern})+)"
    f"|(?P<replacement_char>\ufffd+)|(?P<dashes>{_DASHES.pattern})")
# What a furniture token can open with, besides a digit (any that re's \d takes: str.isdecimal), a
# private-use glyph and a running header's first character: a page number's dash, dot, 第/共 or P
# (PAGE_NUMBER_TOKEN) or a newspaper page's letter (`A2 第 1 頁`), a replacement character, a URL's h or w
_FURNITURE_STARTS = frozenset("-—–－·•・‧第共Pp\ufffdhwABCDEFGH")
_SPACE = re.compile(r"\s")
_PAGE_CODE = re.compile(rf"^{NEWSPAPER_PAGE_CODE}(?=[第共\-—–－·•・‧])")  # before its page number (`A2 第 1 頁`)
_SEPARATOR_MIN_SPACES = 20  # a whitespace-only line this wide marks a page bottom (footnote area)
# A footnote opening with its label at a page bottom (`① 参见…`, `1 参见…`), where no rule marks the area
_PAGE_NOTE = re.compile(rf"^(?:([\u2460-\u2473])\s*|(\d{{1,2}})\s+|([{NOTE_SIGNS}]))\s*(?=[^\d\s{NOTE_SIGNS}])")
_NOT_OPENING_A_NOTE = frozenset("，、；：。！？,;:.!?")  # a note's text never opens with these
_FIRST_NOTE_LABELS = ("①", "1")  # a numbering's first note
_PAGE_NOTE_LINES = 6  # at most this many lines of notes between such a line and the page break
_PAGE_LINES = 200  # raw lines (blank ones too) looked back for a note's marker: more than a page


def _is_cell_gap(left: str, right: str) -> bool:
    """A single space between table cells, not inside a word pair or a date/number
    (`Total Factor`, `2024年 3月`, `1,179 萬`), nor the space extractors put before a number
    that follows a Chinese character (`投到 35岁`, `现有 178`). A number's own cell may end in a
    digit (`2023.9.7 新時代…`)."""
    if left.isascii() and left.isalpha() and right.isascii() and right.isalpha():
        return False
    if is_han(left) and right.isdigit():
        return False
    return not ((left.isdigit() or left in "年月,.") and (right.isdigit() or right in "年月日萬万亿億%"))


# a photo's credit in brackets closing its caption (`…调试工业机器人。（本报记者 吴某某 摄）`)
_BRACKETED_PHOTO_CREDIT = re.compile(rf"[（(](?:[^（）()]{{1,24}}(?:{'|'.join(_PHOTO_CREDIT_ENDS)})"
                                     r"|(?:摄影|攝影)\s*[：:][^（）()]{1,20})\s*[）)]$")


def _ends_with_photo_credit(text: str) -> bool:
    """A photo's caption ends with its credit, in brackets or not (`…新华社记者 赵六摄`, `…（李某某 摄）`)."""
    return text.rstrip("）)").endswith(_PHOTO_CREDIT_ENDS)


def _head_then_number(line: Line, at: int) -> list[tuple[str, int, int]]:
    """Ledger entries of a running head and its page's number that starts at `at` in the line's text."""
    return [("running_header", line.content_start, line.start + len(line.text[:at].rstrip())),
            ("page_number", line.start + at, line.content_end)]


def _page_note_label(stripped: str) -> str | None:
    """The label a line opens with as a page-bottom note (`①` of `① 参见…`, `1` of `1 参见…`, `*` of
    `* 王某某，…` under an author marked `王某某*`; not `⑧，…`, a marker cut from the line above: a
    note's text opens with no clause mark)."""
    note = _PAGE_NOTE.match(stripped)
    if note is None or stripped[note.end():note.end() + 1] in _NOT_OPENING_A_NOTE:
        return None
    return note.group(1) or note.group(2) or note.group(3)


def _follows_label(label: str, before: str | None) -> bool:
    """Whether a note's `label` comes right after `before` (② after ①, 3 after 2).

    >>> _follows_label("②", "①"), _follows_label("3", "2"), _follows_label("2", "①"), _follows_label("1", None)
    (True, True, False, False)
    >>> _follows_label("*", "1"), _follows_label("2", "*")
    (False, False)
    """
    if not before or label in NOTE_SIGNS or before in NOTE_SIGNS:  # a sign (`*`) counts nothing
        return False
    if before.isascii() and label.isascii():  # 1, 2 (a circled ① is a digit to str.isdigit)
        return int(label) == int(before) + 1
    return not (before.isascii() or label.isascii()) and ord(label) == ord(before) + 1


def _is_toc_entry(stripped: str) -> bool:
    """A table-of-contents entry; most lines do not end in a digit, and skip the regex."""
    return stripped[-1:].isdigit() and _TOC_ENTRY.match(stripped) is not None


def _may_open_furniture(first: str, starts: frozenset[str]) -> bool:
    """Whether a furniture token can open with this character: one of `starts` (_FURNITURE_STARTS
    and the running headers' first characters), a digit or a private-use glyph."""
    return first in starts or first.isdecimal() or PRIVATE_USE.match(first) is not None


def _cued_patterns(cues: Cues) -> tuple[re.Pattern[str], ...]:
    """The patterns take_cued tests at a line's start, in its order."""
    return (_PUNCT_ONLY, *cues.boilerplate, cues.caption, cues.unit_line, cues.source_note, cues.attribution,
            cues.record_label)


@lru_cache(maxsize=None)  # once per cue set, not once per file
def _cue_gate(cues: Cues) -> re.Pattern[str]:
    """One pattern that matches where any of _cued_patterns or the front matter pattern matches
    (none uses a numbered backreference or a global flag, so the alternation means exactly that).
    Few lines match any: one call instead of nine saves ~2.5 µs per line, 0.026 s per copy of the
    seed files."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in (*_cued_patterns(cues), cues.front_matter)))


def _nearest_nonblank(lines: list[Line], order: range, skipped: set[int]) -> list[int | None]:
    """For each line index (visited in `order`), the index of the last non-blank line visited
    before it, lines in `skipped` aside: with ascending order the previous non-blank line, with
    descending the next."""
    nearest: list[int | None] = [None] * len(lines)
    last = None
    for i in order:
        nearest[i] = last
        if lines[i].stripped and i not in skipped:
            last = i
    return nearest


class _Assembler(DraftReader):
    def __init__(self, text: str, cues: Cues):
        self.text = text
        self.cues = cues
        self.cue_gate = _cue_gate(cues)
        self.furniture_starts = _FURNITURE_STARTS | {header[0] for header in cues.running_headers}
        # the lines in reading order: what a page sets side by side (columns, key figures' rows,
        # figures' captions, signatories' names), one thing after the other
        lines = unzip_columns(split_lines(text))
        lines = unzip_figure_rows(lines)
        lines = unzip_side_by_side_captions(lines, cues.caption, cues.source_note)
        lines = split_side_by_side_names(lines, cues.organization)
        lines = split_document_number_lines(lines, cues.document_number)
        widths = body_widths(lines)
        self.wrap, self.common_width = wrap_width(widths), common_width(widths)
        self.lines = restore_raised_line_parts(lines, self.wrap)
        self.drafts: list[Draft] = []
        self.emitted: dict[str, list[Draft]] = {}  # kind → the blocks emitted as that kind (has_block)
        self.removed: list[tuple[str, int, int]] = []
        self.open: Draft | None = None  # paragraph-like block that may continue
        self.footnotes = False  # inside a page-bottom footnote area
        self.labels_inline = False  # ... one whose notes open with their labels (`① 参见…`)
        self.in_references = False  # under a reference-list heading (参考文献)
        self.in_endnotes = False  # under an endnotes heading (注释)
        self.in_attachments = False  # right under an attachments line (附件：1. …)
        self.page_edge = False  # a page's edge passed since the last line of text
        self.turn_labels = _turn_labels(self.lines)
        self.toc_pages: int | None = None  # under a TOC title: the last entry's page number
        self.footnote: Draft | None = None  # the footnote being read there
        self.pending_label: str | None = None  # a marker line seen, its body not yet
        self.numbering_alone = False  # the open block is a numbering alone on its line, its text to come
        self.table: Draft | None = None  # current table region's last row
        self.table_head: Draft | None = None  # and its first row
        self.table_dated = False  # a row of the current table opened with a date
        self.in_table = False
        self.table_uncaptioned = False  # the table opened by its rows alone (opens_value_rows): it ends with them
        self.page_index = 0
        self.printed_pages: list[tuple[int, int]] = []  # (page_index, printed number)
        self.page_of: list[int] = []  # page index per draft
        figures = key_figure_lines(self.lines, cues.rate_label)
        self.sidebar_lines = self._sidebar_lines() | figures
        # a table's cells one per line (tables.cell_rows) are neither a figure's labels nor page
        # numbers nor running headers, though they may be lines of numbers only; key figures read
        # as a table of labels and values are none, nor is a chart's value axis one tick a line
        cells = cell_rows(self.lines, self._not_a_cell) | definition_rows(self.lines)
        # a contents box's entries and pages may read as a table's rows too (`协会召开…` / `1`)
        self.contents = contents_lines(self.lines)
        not_tables = {cells[i].table for i in [*figures, *self.contents, *tick_axis_lines(self.lines)] if i in cells}
        self.cell_rows = {i: place for i, place in cells.items() if place.table not in not_tables}
        self.cell_tables: dict[int, dict[int, Draft]] = {}  # table (its first line) → row number → row
        self.form_rows = form_rows(self.lines)
        self.section_numbers = hanging_section_numbers(self.lines)
        self.figure_text = figure_text_lines(self.lines, cues.source_note, cues.axis_unit) \
            - self.cell_rows.keys() - self.contents
        self.lifted_markers = lifted_marker_lines(self.lines) - self.cell_rows.keys()
        # a contents box's page numbers are no pages' numbers, and its entries no running heads
        no_furniture = self.figure_text | self.cell_rows.keys() | self.lifted_markers | self.contents
        self.page_numbers = page_number_lines(self.lines, no_furniture, cues.running_headers)
        # running headers and footers with their page's number in them: page edges and headers both
        printed = {number for i in self.page_numbers if (number := page_number_value(self.lines[i].stripped)) is not None}
        self.numbered_headers = numbered_running_lines(self.lines, no_furniture | self.page_numbers, self.wrap, printed,
                                                       self.common_width)
        self.page_numbers |= self.numbered_headers.keys()
        self.repeated_headers = running_header_lines(self.lines, self.page_numbers, no_furniture, self.wrap,
                                                     cues.byline_cues) | browser_stack_lines(self.lines, self.page_numbers) \
            | journal_masthead_lines(self.lines, self.page_numbers)
        self.split_page_heads = split_page_heads(self.lines, cues.newspaper_page_head)
        # a book's odd pages repeat the chapter's heading (`第三章　…`) as their running head; its
        # opening page has none, so where that heading opens the text it is the chapter's heading,
        # unless the heading itself follows it, past the page's number (an excerpt from a later page);
        # so do a report's pages from the second its title, which on the first stands over its authors
        # (a line or two) and its date, as on a cover
        first = list(islice((i for i, line in enumerate(self.lines) if line.stripped and i not in self.page_numbers),
                            1 + REACH))
        if first and first[0] in self.repeated_headers \
                and (self.cues.heading_opening(self.lines[first[0]].stripped) == "numbered"
                     or self.over_bodies_and_date([self.lines[i].stripped for i in first[1:]])) \
                and not any(squeeze(self.lines[i].stripped) == squeeze(self.lines[first[0]].stripped) for i in first[1:]):
            self.repeated_headers.discard(first[0])
        self.pages_marked = pages_marked(self.lines, self.page_numbers)
        self.text_after_last_number = text_after_last_number(self.lines, self.page_numbers,
                                                             self.repeated_headers | self.figure_text)
        self.numbers_open_pages: bool | None = None  # see printed_page
        (self.indent_margin, self.spaces_mark_ends, self.sentence_ends_spaced,
         self.blanks_mark_ends) = line_habits(self.lines)
        # the least indent that opens a paragraph: two narrow units (`　　` is 4), or the one space
        # an extractor writes for an indent (pypdf; see lines.spaces_mark_indents)
        self.indent_step = 1 if spaces_are_indents(text) else 2
        # the nearest non-blank line before / after each line (by index), so that looking around
        # a line costs nothing however long the file is
        # a superscript lifted onto a line of its own is no line of the text around it
        self.page_wraps = narrower_page_wraps(self.lines, self.page_numbers, self.wrap, self.contents)
        self.prev_nonblank = _nearest_nonblank(self.lines, range(len(self.lines)), self.lifted_markers)
        self.next_nonblank = _nearest_nonblank(self.lines, range(len(self.lines) - 1, -1, -1), self.lifted_markers)
        self._squeezed: str | None = None  # the text without whitespace, once a URL line needs it
        self._space_offsets: list[int] = []  # offsets of the whitespace characters taken out

    # --- helpers -------------------------------------------------------------------------
    def _not_a_cell(self, s: str) -> bool:
        """A short line next to a table's cells that is none: a caption, a unit line, a source note,
        a page number that is no value (`-2-`, `第 3 页`; a bare `3` may be one)."""
        return bool(self.cues.caption.match(s) or self.cues.unit_line.match(s) or self.cues.source_note.match(s)) \
            or is_page_number(s) and not is_numeric_cell(s)

    def emit(self, draft: Draft) -> Draft:
        draft.page = self.page_index
        self.drafts.append(draft)
        self.emitted.setdefault(draft.kind, []).append(draft)
        return draft

    def has_block(self, kind: str) -> bool:
        """Whether a block of this kind stands in the text so far. While lines are read, a block's
        kind changes only from paragraph (to heading or quote), so the blocks emitted as this kind
        are the only ones to look at: the first of them answers, but for such a change."""
        return any(d.kind == kind for d in self.emitted.get(kind, ()))

    def ledger(self, kind: str, start: int, end: int) -> None:
        if start < end:
            self.removed.append((kind, start, end))

    def close(self) -> None:
        draft = self.open
        if draft is not None:
            draft.ended = True
            if draft.kind == "paragraph" and len(draft.spans) == 2 and self.wrapped_heading(draft):
                draft.kind = "heading"
        self.open = None

    def wrapped_heading(self, draft: Draft) -> bool:
        """Two lines, the first opening like a numbered heading, the second stopping short without
        ending a sentence (`一、让创新成果…赢取主动` / `权`)."""
        first, second = (self.lines[n - 1] for n in draft.numbers)
        return (self.cues.heading_opening(first.stripped) is not None and not ends_sentence(second.stripped)
                and not is_full(second, self.wrap))

    def last_content(self) -> Draft | None:
        for d in reversed(self.drafts):
            if d.kind in ("paragraph", "list_item", "quote", "footnote"):
                return d
        return None

    def _sidebar_lines(self) -> dict[int, int]:
        """Lines of a related-reports sidebar: items `标题——副标题（2024-03-05）`, one to three lines
        each, ending in a bracketed date. Maps line index → item number."""
        item_of: dict[int, int] = {}
        nonblank = [i for i, ln in enumerate(self.lines) if ln.stripped]
        for pos, i in enumerate(nonblank):
            if not self.cues.sidebar_item_end.search(self.lines[i].stripped):
                continue
            group = [i]
            for back in range(1, 4):
                if pos - back < 0:
                    break
                j = nonblank[pos - back]
                if j in item_of:
                    break
                group.append(j)
                if "——" in self.lines[j].stripped:
                    break
            else:
                group = [i]
            if not any("——" in self.lines[j].stripped for j in group):
                group = [i]
            for j in group:
                item_of[j] = i
        return item_of

    # --- line tests ------------------------------------------------------------------------
    def furniture_tokens(self, line: Line) -> list[tuple[str, int, int]] | None:
        """If every token of the line is page furniture, the ledger entries for them. A bare number
        counts only beside a running header the cues name (its page's number set apart from it)."""
        if not _may_open_furniture(line.stripped[0], self.furniture_starts):
            return None  # the first token cannot be furniture: most lines of text (~3 ms per copy)
        squeezed = squeeze(line.stripped)
        if line.stripped[0] in "hw" and (footer := URL_FOOTER.match(line.stripped)):
            # a site's or a browser's footer: the page's address, then its number (`www.….org.hk 1`,
            # or glued: `….html1/2`)
            at = footer.start("number") if footer.group("number") else footer.start("count")
            return _head_then_number(line, line.text.index(line.stripped) + at)
        if len(squeezed) == len(line.stripped):  # no inner whitespace, so one token: most lines
            tokens = [(squeezed, line.content_start, line.content_end)]
        elif PAGE_NUMBER_TOKEN.match(squeezed) or (code := _PAGE_CODE.match(squeezed)) \
                and PAGE_NUMBER_TOKEN.match(squeezed[code.end():]):
            # a page number spaced out over tokens, after a newspaper's page (`A2 第 1 頁`) or not
            return [("page_number", line.content_start, line.content_end)]
        elif "第" in squeezed and numbered_header(squeezed, self.cues.running_headers) is not None:
            # a footer over its page's number spaced out (`請參閱最後一頁之免責聲明 第 1 頁，共 2 頁`)
            return _head_then_number(line, line.text.rfind("第"))
        else:  # read lazily: the first token that is not furniture settles it
            tokens = ((squeeze(m.group()), line.start + m.start(), line.start + m.end())
                      for m in _TOKEN.finditer(line.text))
        out = []
        has_number = has_url = False
        for compact, s, e in tokens:
            glyphs = _FURNITURE_GLYPHS.fullmatch(compact)
            kind = glyphs.lastgroup if glyphs else None
            if kind == "page_number":
                out.append(("page_number", s, e))
                has_number = True
            elif compact in self.cues.running_headers:
                out.append(("running_header", s, e))
            elif (number := numbered_header(compact, self.cues.running_headers)) is not None:
                # a footer and its page's number in one token (`请务必阅读正文之后的免责声明 3`, `3 证券研究报告`)
                token = self.text[s:e].strip()
                if token.startswith(number):
                    after = s + len(number)
                    out += [("page_number", s, after), ("running_header", e - len(self.text[after:e].lstrip()), e)]
                else:
                    number_at = s + token.rfind(number)
                    out += [("running_header", s, s + len(self.text[s:number_at].rstrip())), ("page_number", number_at, e)]
                has_number = True
            elif _URL.match(compact):  # a browser's printed footer: the page's address, `1/4` beside it
                out.append(("running_header", s, e))
                has_url = True
            elif kind == "dashes":
                out.append(("page_number", s, e))
            elif kind:
                out.append((kind, s, e))
            elif BARE_NUMBER.match(compact):  # a page's number set apart from its footer: see below
                out.append(("bare_number", s, e))
            else:
                return None
        if any(k == "bare_number" for k, _, _ in out):
            if not any(k == "running_header" for k, _, _ in out):
                return None
            out, has_number = [("page_number" if k == "bare_number" else k, s, e) for k, s, e in out], True
        kinds = {k for k, _, _ in out}
        if kinds == {"page_number"} and not has_number and not self.after_page_number(line):
            return None
        if has_url and not has_number:  # a URL alone is text, or a duplicate (is_duplicate_url)
            return None
        return out

    def take_numbered_header(self, line: Line) -> bool:
        """A running header or footer with its page's number in it (margins.numbered_running_lines)
        that no cue names: to the ledger whole, and a page's edge, as a page number is."""
        number = self.numbered_headers.get(line.number - 1)
        if number is None:
            return False
        self.ledger("running_header", line.content_start, line.content_end)
        self.leave_footnotes()
        self.printed_page(number)
        return True

    def after_page_number(self, line: Line) -> bool:
        """A lone dash continues a page number split over two lines (`— 106` / `—`)."""
        prev = self.previous_line(line)
        return prev is not None and bool(re.match(r"^[-—–－]\s*\d{1,4}$", prev.stripped))

    def is_duplicate_url(self, line: Line) -> bool:
        """Whether the URL occurs in the text before the line, whitespace ignored (an earlier copy
        may be wrapped over lines). The file is squeezed once, on the first URL line, and the
        squeezed text before the line is bounded by counting the whitespace before it: squeezing
        the prefix anew for every URL line was quadratic in the file's length."""
        if self._squeezed is None:
            self._space_offsets = [m.start() for m in _SPACE.finditer(self.text)]
            self._squeezed = _SPACE.sub("", self.text)
        before = line.start - bisect_left(self._space_offsets, line.start)
        return self._squeezed.find(line.stripped, 0, before) >= 0

    def over_bodies_and_date(self, after: list[str]) -> bool:
        """The lines after a text's first are one or two of the bodies that wrote it, then a date."""
        dated = next((k for k, s in enumerate(after[:3]) if _DATELINE.match(s)), 0)
        return dated > 0 and all(self.names_bodies(s) for s in after[:dated])

    def names_bodies(self, s: str) -> bool:
        """A line of the bodies or roles that wrote a text (cue words, no clause in it:
        `某某省总商会　某某大学民营经济研究院`), told from the line alone."""
        return len(s) <= _BYLINE_CHARS and not _CLAUSE_MARK.search(s) and any(word in s for word in self.cues.byline_cues)

    def body_and_date(self, s: str) -> bool:
        """The line is a body's name and then a date (`政协某某市委员会办公室　2024年6月18日`, `…税务局　2024年6月`),
        before any paragraph."""
        date = _MONTH_DATE_END.search(s)
        return date is not None and date.start() > 0 and not self.has_block("paragraph") \
            and bool(self.cues.organization.match(squeeze(s[:date.start()])))

    def is_byline(self, line: Line) -> bool:
        """An author/outlet line: short, no sentence punctuation, and either naming a role or
        institution (cue words) or made only of personal names; or such a line with a colon, alone,
        as a transcript sets the speaker's label over the words (`国家发展改革委副主任　刘某某：`)."""
        s = line.stripped
        if s.endswith(("：", ":")) and len(s) > 3:
            if self.cues.salutation.match(s):  # `各位代表：` names its hearers, not a speaker
                return False
            s = s[:-1].rstrip()
        if matches_any(self.cues.bylines, s):  # affiliations, a document's number, its issuer's mark
            return True
        nxt = self.next_line(line)
        if nxt is not None and matches_any(self.cues.boilerplate, nxt.stripped):
            nxt = self.next_line(nxt)  # a mark beside the number (`A类`), read before it
        if nxt is not None and self.cues.document_number.match(nxt.stripped) and not self.has_block("paragraph") \
                and (self.cues.organization.match(squeeze(s)) or s.endswith("文件")):
            return True  # the issuer's mark over its document's number (`某某省人民政府办公厅`), not a title
        if _INTERVIEW_SUBTITLE.search(s):  # names a role and a person, but as an interview's headline
            return False
        label = self.cues.byline_label.match(s)
        if label:  # `文/张三`, `作者：…`: the label's colon is no sentence punctuation
            s = s[label.end():]
        if not s or len(s) > _BYLINE_CHARS or re.search(r"[。；：！？“”「」《》]", s) or s.startswith(_SUBJECT_OPENERS):
            return False  # `关于深入学习贯彻习近平总书记` opens a title's subject, though it ends with a post
        if self.wrap and line.width >= self.wrap * 0.85 and not self.marked_end(line):
            return False  # a long line without the end-of-block space runs on into the text
        if line.page_start and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", s) and not ANNEX_LABEL.match(s) \
                and not self.cues.named_heading.match(s):
            return True  # a pen name (金观平, 京平) alone at the top of a page; not an attachment's label nor `中文摘要`
        cue_ends = [s.rfind(cue) + len(cue) for cue in self.cues.byline_cues if cue in s]
        if "，" not in s and cue_ends:
            # After the last role/institution word only names may follow (…大学 杨开忠).
            rest = s[max(cue_ends):]
            return len("".join(rest.split())) <= 8 and not re.search(r"[的在是了和与對对将把]", rest) \
                and not _WORK_AFTER_ROLE.search(rest)
        if cue_ends and max(cue_ends) > s.rfind("，"):
            # posts listed with a comma, a name after the last (`省人大代表，某某市委副书记、市长 张某某`):
            # each part names a post (not `無獨有偶，…部長金壯龍`, a sentence cut by a column)
            rest = "".join(s[max(cue_ends):].split())
            posts = s.split("，")
            return bool(rest) and self.cues.is_names(rest) \
                and all(any(cue in part for cue in self.cues.byline_cues) for part in posts)
        # an article's authors carry the numbers of their affiliations (`张三 1，李四 1,2`, `王五*`)
        names = [_AUTHOR_MARK.sub("", t) for t in re.split(r"[\s，、]+|,(?!\d)", s) if t and not _AUTHOR_MARK.fullmatch(t)]
        return 1 <= len(names) <= 6 and all(self.cues.is_names(t) for t in names)

    def is_heading(self, line: Line) -> bool:
        """A heading line. One that runs on to the wrap width is cut short: when the next line is
        its short tail (`一、让创新成果…赢取主动` / `权`) the two become a paragraph here and a
        heading again when it closes (see close); when the next line is full, the extractor glued
        the tail to the text below and the line stays a heading of its own, unless the line break
        cuts a word: then the heading runs on into that line and stays in its paragraph. An ordinal
        (`第一个…`) that runs on opens a paragraph (`第一个特征是…占这` / `个装备…`). One that ends
        a sentence is a heading when short (`一、坚持党的领导。`), or when it asks a question
        (`3.2 投资映射：新兴产业之外，还需要关注什么？`): a numbered point rarely does. One that
        runs on after a sentence ended inside it is a run-in heading, the opening of its paragraph
        (`（一）经济回升向好，高质量发展扎实推进。用科技…`)."""
        s = line.stripped
        if LABELLED_POINT.fullmatch(s) and not self.cues.is_names(s[:-1]) and not self.cues.front_matter.match(s) \
                and not self.cues.salutation.match(s) and not self.is_byline(line):
            return True  # a label alone on its line over its part (`理由：`, `建议：`), no speaker's label nor salutation
        opening = self.cues.heading_opening(s)
        if opening is None or s[-1] in POINT_END:
            return False
        if ends_sentence(s):
            return (len(s) <= 20 or ends_question(s)) and not is_full(line, self.wrap)
        if s[-1] in "：:" and "，" in s:  # `95. 為加快…，我會推出以下措施：` leads into what follows: a paragraph
            return False
        if not self.runs_on(line):
            return True
        if _STOP_INSIDE.search(s):  # `（一）…扎实推进。用科技…`: a run-in heading opens its paragraph
            return False
        if s[-1] in _DANGLING_ENDS:  # `六、本行將密切關注…風險等對` / `國內…`: no heading ends on a preposition
            return False
        if s.count("，") + s.count("：") + _OPENING_NUMERAL.sub("", s, count=1).count("、") >= 2:
            # a full line of clauses, or of a clause and a list (`…以來，在…深入發展、全球…`) or a
            # colon's gloss (`可以說，…的意義：除了其`): a numbered paragraph's first line, no heading's
            # (its number's own `、` aside)
            return False
        nxt = self.next_line(line)
        # unless the line break cuts a word or a clause, or a quotation the line opened: the heading
        # runs on into the next line, which holds the text after it too (`（五）…助推新质生` / `产力赋能…
        # 绿色化通过…`, `三、会议要求，…的关键一` / `年。面对…`, `59. …重申「堅持創新是` / `第一動力，…`),
        # a run-in heading or a numbered paragraph
        return opening == "numbered" and nxt is not None and is_full(nxt, self.wrap) \
            and not self.break_cuts_a_word(line, nxt) and not _CLAUSE_TAIL.match(nxt.stripped) \
            and not opens_unclosed(s)

    def title_shaped(self, line: Line) -> bool:
        """A title's or a subhead's shape: a short line (2-30 characters, well short of the wrap
        width) without closing punctuation."""
        s = line.stripped
        return (2 <= len(s) <= 30 and not re.search(r"[。，、；：！？…,;]$", s) and not is_full(line, self.wrap)
                and (self.wrap == 0 or line.width < self.wrap * 0.8))

    def is_short_title(self, line: Line) -> bool:
        """A title-shaped line standing alone between finished blocks; a section's numeral alone
        (`一`, `二`: its title lost, or printed apart) is one too."""
        return self.open is None and (self.title_shaped(line) or bool(_SECTION_NUMERAL.fullmatch(line.stripped)))

    def headline_across_columns(self, line: Line) -> bool:
        """A line wider than the text's lines, with no clause in it: a headline set across the
        columns of a page whose text runs in narrower ones (a newspaper's); in one column a title is
        never wider than the text under it, and a paragraph's first line that runs past an estimated
        width has its clauses."""
        return self.wrap > 0 and line.width > self.wrap + WRAP_TOLERANCE and _CLAUSE_MARK.search(line.stripped) is None

    def continues_aside(self, line: Line) -> bool:
        """A short unpunctuated line right under a two-column caption or source note is the
        wrapped tail of it (the columns made the first line overfull); not under a unit line, which
        is short, nor a table's row of values."""
        last = self.drafts[-1] if self.drafts else None
        if last is None or last.kind not in ("caption", "source_note") or not last.numbers \
                or self.cues.unit_line.match(self.first_line(last)) or numeric_row_gaps(line.stripped) \
                or matches_any(self.cues.bylines, line.stripped):
            return False
        prev = self.lines[last.numbers[-1] - 1]
        gap = [ln for ln in self.lines[prev.number:line.number - 1] if ln.stripped]
        # a photo's caption ends with its credit (`新华社记者 赵六摄`): complete, though no sentence end
        return (not gap and not ends_sentence(prev.stripped) and not ends_sentence(line.stripped)
                and not _ends_with_photo_credit(prev.stripped)
                and (self.wrap == 0 or line.width < self.wrap * 0.8)
                and not matches_any(self.cues.headings, line.stripped)
                and not self.cues.related_reading.match(line.stripped))

    def next_line(self, line: Line) -> Line | None:
        """The next non-blank line."""
        index = self.next_nonblank[line.number - 1]
        return None if index is None else self.lines[index]

    def previous_line(self, line: Line) -> Line | None:
        """The previous non-blank line."""
        index = self.prev_nonblank[line.number - 1]
        return None if index is None else self.lines[index]

    def marked_end(self, line: Line) -> bool:
        """The line carries the space extractors write at the end of a block, in a file where that
        space tells something (where every line has one, none marks an end)."""
        return line.trailing_space and self.spaces_mark_ends

    def ends_paragraph(self, line: Line) -> bool:
        # a sentence that ends in a note reference ends at its terminator (`…的价值。[8]`); the
        # $-anchored pattern is tried at every position, so only where a reference could end
        s = line.stripped
        if s.endswith(_NOTE_REFERENCE_ENDS):
            s = _TRAILING_NOTE_REFERENCE.sub("", s) or s
        else:
            s = self.without_source_credit(s)
        if self.open is not None and len(self.open.spans) == 1 and self.cues.bracketed_source.match(s):
            return True  # a news item's source credit on a line of its own ends no sentence, but its item
        if _FIELD_ROW.match(s) or self.open is not None and len(self.open.spans) == 1 and self.cues.salutation.match(s):
            return True  # a row of labelled fields, a salutation or a document's addressees: a line of its own
        if self.wrap and line.width < self.wrap * 0.5 and not s.endswith(("，", "、")):
            nxt = self.next_line(line)
            # A line cannot open with a comma; `3，` is a footnote marker glued to one. Nor does a
            # paragraph end inside a word: a short line whose break cuts one (`…”市人大代` /
            # `表夏鸿飞说，…`) was broken early by the extractor.
            return nxt is None or not (_CONTINUATION_START.match(nxt.stripped)
                                       or (not ends_sentence(s) and self.break_cuts_a_word(line, nxt))
                                       or not ends_sentence(s) and self.narrow_column_line(line, nxt))
        if s.endswith(("；", ";")):
            # `总体定义：…；` / `动力来源：…；`: labelled points closed by semicolons, one per paragraph
            return (self.marked_end(line) or not is_full(line, self.wrap)) and self.labelled_point_follows(line)
        if self.wrap and self.open is not None and line.width < self.wrap * 0.8 \
                and self.cues.front_matter.match(self.first_line(self.open)):
            return True  # a labelled item (`关键词：…；时代内涵`) ends no sentence; it ends well short of the width
        if not ends_sentence(s) and not s.endswith(("：", ":")):
            return False
        if s.endswith("…") and self.open is not None and self.quote_is_open(self.open):
            return False  # an elision (……) inside a quotation that has not closed yet
        if self.marked_end(line) or not is_full(line, self.block_measure(line)) or self.gap_follows(line) \
                or self.blank_follows(line) or self.bracketed_note_follows(line):
            return True
        if not self.sentence_ends_spaced and ends_sentence(s) and self.indented_line_follows(line):
            return True
        # `关键特征：…。` / `发展路径：…。`: a run of labelled points, one per line
        return self.labelled_point_follows(line)

    def without_source_credit(self, s: str) -> str:
        """The line without the source a news item credits in brackets after its last sentence
        (`…潜力和动力。（来源：某某日报）`, cue bracketed_source), or the credits a byline gives in
        brackets (`…新优势。（摘自《光明日报》2024年4月2日第11版）`, cue bylines): the item ends at that
        sentence."""
        if not s.endswith(("）", ")")):
            return s
        at = max(s.rfind("（"), s.rfind("("))
        if at > 0 and ends_sentence(s[:at]) and (self.cues.bracketed_source.match(s[at:])
                                                 or matches_any(self.cues.bylines, s[at:])):
            return s[:at]
        return s

    def narrow_column_line(self, line: Line, nxt: Line) -> bool:
        """A short line as wide as the next one, or as the one before it in its block, runs to the
        width of a narrow column (a side panel, a box beside the text): a full line there."""
        widths = [nxt.width]
        if self.open is not None and len(self.open.numbers) > 1:
            widths.append(self.lines[self.open.numbers[-2] - 1].width)
        return line.width >= _NARROW_COLUMN_MIN and any(abs(w - line.width) <= _NARROW_COLUMN_SLACK for w in widths)

    def opens_narrow_column(self, line: Line) -> bool:
        """A short line without numbering over a line as wide, itself no heading, opens a paragraph
        of a narrow column (a side panel's point: `政策落地节奏及效果不及` / `预期，相关产业发展慢于`),
        not a heading: a heading does not run on to a second line of its own width, though it may stand
        over its dashed subtitle (`牢牢把握高质量发展这个首要任务` / `——一论…`) or a byline (`本报记者 …`)."""
        nxt = self.next_line(line)
        return nxt is not None and 0 < line.width < self.wrap * 0.5 and self.cues.heading_opening(line.stripped) is None \
            and self.cues.heading_opening(nxt.stripped) is None and not ends_sentence(nxt.stripped) \
            and not DASH_POINT.match(nxt.stripped) and not self.is_byline(nxt) \
            and not _DATELINE.match(nxt.stripped) and self.narrow_column_line(line, nxt)

    def break_cuts_a_word(self, line: Line, nxt: Line) -> bool:
        """Whether the break after `line` falls inside a word, read with the line before it (a
        short line alone gives the segmenter too little)."""
        prev = self.previous_line(line)
        before = line.stripped if prev is None else prev.stripped + line.stripped
        return cuts_a_word(before, nxt.stripped)

    def gap_follows(self, line: Line) -> bool:
        """A line of spaces before the next text line: extractors write one where the page leaves
        extra space, between paragraphs or around a figure (the blank line after every wrapped line
        is empty). Inside a paragraph it shows only at a page break, after a line that stops
        mid-sentence."""
        index = self.next_nonblank[line.number - 1]
        stop = len(self.lines) if index is None else index
        return any(self.lines[k].text and k not in self.lifted_markers for k in range(line.number, stop))

    def block_measure(self, line: Line) -> int:
        """The width the open block's lines before `line` run to: the page's wrap width, or wider
        where all of them run wider (a box set smaller than the text: more characters to its line),
        so that a sentence ending short of the box's measure ends its paragraph. Only lines on pages
        of `line`'s measure count (a paragraph may run on from a page set wider)."""
        page_wrap = self.page_wraps.get(line.number - 1)
        before = [] if self.open is None else [n for n in self.open.numbers
                                               if n < line.number and self.page_wraps.get(n - 1) == page_wrap]
        if not before or not self.wrap:
            return self.wrap
        return max(self.wrap, min(self.lines[n - 1].width for n in before))

    def bracketed_note_follows(self, line: Line) -> bool:
        """The next line is wholly one note in brackets (`（本文是作者在…上的讲话的一部分）`,
        `（作者系…）`): after a sentence's end no paragraph runs on into such a line; an editor's note
        or an author's line stands apart from the text over it, even where that text's last line
        runs full."""
        nxt = self.next_line(line)
        return nxt is not None and WHOLLY_BRACKETED.match(nxt.stripped) is not None

    def blank_follows(self, line: Line) -> bool:
        """An empty line before the next text line, where the extractor writes one only where the
        page leaves space (blanks_mark_ends): between blocks, unless the next text line is a
        page's first line or its furniture (the page's edge leaves that space)."""
        if not self.blanks_mark_ends:
            return False
        index = self.next_nonblank[line.number - 1]
        if index is None or index == line.number:
            return False
        nxt = self.lines[index]
        return not (nxt.page_start or index in self.repeated_headers or index in self.page_numbers)

    def indented_line_follows(self, line: Line) -> bool:
        """The next line falls short of the commonest line width by a first-line indent
        (FIRST_LINE_INDENT) and runs on into a full line longer than it: a new paragraph whose indent
        the extractor dropped (pdfminer and pdftotext write no leading spaces), after a line that ran
        full to a sentence end.
        Asked only where no trailing space marks the ends (that mark is surer) and after a sentence
        end, not a colon (`…包括四个维度：` goes on with its points)."""
        nxt = self.next_line(line)
        after = None if nxt is None else self.next_line(nxt)
        if after is None or _CONTINUATION_START.match(nxt.stripped):
            return False
        # measured from the commonest width, not the wrap width (the top of the band of widths
        # lines end in): a line one character over or under it is common, where a closing mark
        # may not open a line
        shortfall = self.common_width - nxt.width
        # What a line may leave unfilled without any indent: a wide character that did not fit
        # (2 units), or a run of digits or Latin letters opening the line below, which a typesetter
        # does not break (`2022年，…涉案金额` over `24.14亿美元`). An indent takes INDENT_UNITS more
        # (with no run below: FIRST_LINE_INDENT).
        run = _UNBROKEN_RUN.match(after.stripped)
        room = max(2, display_width(run.group()) + 1) if run else 2
        if not room < shortfall <= room + INDENT_UNITS:
            return False
        # and the line below is longer by about as much: where widths scatter this much from line
        # to line (narrow digits and Latin in a proportional font), no indent can be told
        return is_full(after, self.wrap) and after.width - nxt.width >= FIRST_LINE_INDENT[0]

    def runs_on(self, line: Line) -> bool:
        """The line reaches the wrap width without the space extractors put at the end of a block,
        without ending a sentence and without a gap below: its text goes on in the next line."""
        return (bool(self.wrap) and line.width >= self.wrap * 0.8 and not self.marked_end(line)
                and not ends_sentence(line.stripped) and not self.gap_follows(line))

    def labelled_point_follows(self, line: Line) -> bool:
        """The open block is a labelled point (`基本内涵：…`) and the next line opens another."""
        nxt = self.next_line(line)
        return (nxt is not None and self.open is not None and bool(LABELLED_POINT.match(nxt.stripped))
                and bool(LABELLED_POINT.match(self.first_line(self.open))))

    def bullet_only(self, draft: Draft) -> bool:
        """A list item of a bullet alone so far; its text does not come from the next page (pdfminer
        may set a page's bullets apart, after its last line)."""
        return draft.kind == "list_item" and len(draft.spans) == 1 and bool(_BULLET.fullmatch(self.first_line(draft)))

    def quote_is_open(self, draft: Draft) -> bool:
        so_far = self.draft_text(draft)
        return so_far.count("“") > so_far.count("”") or so_far.count("「") > so_far.count("」")

    # --- the pass ----------------------------------------------------------------------------
    def run(self) -> Layout:
        text_wrap = self.wrap
        for idx, line in enumerate(self.lines):
            self.wrap = self.page_wraps.get(idx, text_wrap)  # a page set narrower than the others
            s = line.stripped
            if not s:
                if len(line.text) >= _SEPARATOR_MIN_SPACES:
                    self.footnotes = True
                    self.labels_inline = False
                    self.in_table = False
                continue
            if line.page_start and not (self.footnotes and self.prev_was_marker(line)):
                self.page_index += self.pages_marked
                self.footnotes = False
                self.page_edge = True
            if idx in self.cell_rows:
                self.take_cell_line(line, self.cell_rows[idx])
                continue
            if self.take_furniture(line) or self.take_sidebar(idx, line):
                continue
            if not self.footnotes and (s[0].isdigit() or "\u2460" <= s[0] <= "\u2473" or s[0] in NOTE_SIGNS) \
                    and self.opens_page_notes(idx, line):
                self.footnotes = self.labels_inline = True
                self.in_table = False
            elif not self.footnotes and self.opens_article_notes(idx, line):
                # labelled in words, not numbers: a bare number under them is the page's
                self.footnotes = self.labels_inline = True
                self.in_table = False
            if self.footnotes and self.take_footnote_line(line):
                continue
            self.take_content(line)
        self.wrap = text_wrap
        drafts = tables_of_headings(split_word_tables(self.drafts, self.lines, self.pages_marked), self.lines)
        drafts = self.without_repeated_table_heads(drafts)
        attach_lifted_markers(drafts, self.lines, self.lifted_markers, self.next_nonblank)
        mark_signatures(self, drafts, self.cues)
        drafts = join_title_subjects(self, drafts, self.cues)
        mark_subject_title(self, drafts, self.cues)
        mark_kickers(self, drafts, self.cues)
        mark_release_labels(self, drafts)
        mark_issuer_over_title(self, drafts, self.cues)
        mark_boxed_summaries(self, drafts, self.cues, self.lines, self.wrap)
        mark_labelled_boxes(self, drafts, self.cues, self.lines, self.wrap)
        mark_related_reading(self, drafts, self.cues)
        mark_table_titles(self, drafts, self.cues)
        mark_title_occasions(drafts)
        drafts = join_compiler_dates(self, drafts)
        mark_bracketed_source_notes(self, drafts, self.cues)
        mark_labelled_notes(self, drafts, self.cues)
        drafts = mark_pull_quotes(self, drafts)
        mark_point_lists(self, drafts, self.cues)
        drafts = rejoin_numbered_paragraphs(self, drafts, self.lines, self.wrap)
        mark_cited_documents(self, drafts)
        mark_numbered_points(self, drafts)
        mark_sentence_points(self, drafts)
        drafts = mark_point_runs(self, drafts, self.wrap)
        mark_key_points(self, drafts, self.cues)
        mark_heading_runs(self, drafts)
        mark_subheads(self, drafts, self.cues)
        resolve_pages(drafts, self.lines, self.printed_pages, self.page_index)
        return Layout(drafts, self.removed)

    def without_repeated_table_heads(self, drafts: list[Draft]) -> list[Draft]:
        """The drafts without a table's header row set again at the top of a page the table runs
        onto (a word processor repeats it): a row of a run of rows that reads as the run's first,
        past a page's edge, is the table's running head, taken out as one."""
        out: list[Draft] = []
        head: Draft | None = None
        for draft in drafts:
            if draft.kind != "table_row":
                head = None
            elif head is None:
                head = draft
            elif squeeze(self.draft_text(draft)) == squeeze(self.draft_text(head)) \
                    and self.page_edge_between(out[-1].numbers[-1], draft.numbers[0]):
                for start, end in draft.spans:
                    self.ledger("running_header", start, end)
                continue
            out.append(draft)
        return out

    def page_edge_between(self, after: int, before: int) -> bool:
        """A page's edge (its number, or a line opening a page) between two lines (numbers)."""
        return any(i in self.page_numbers or self.lines[i].page_start for i in range(after, before))

    def prev_was_marker(self, line: Line) -> bool:
        prev = self.previous_line(line)
        return prev is not None and bool(BARE_NUMBER.match(prev.stripped))

    def take_furniture(self, line: Line) -> bool:
        s = line.stripped
        if line.number - 1 in self.figure_text:
            self.ledger("figure_text", line.content_start, line.content_end)
            return True
        if line.number - 1 in self.lifted_markers:
            self.ledger("footnote_marker", line.content_start, line.content_end)
            return True
        if line.number - 1 in self.repeated_headers:
            self.ledger("running_header", line.content_start, line.content_end)
            return True
        if self.cues.newspaper_page_head.match(s) or line.number - 1 in self.split_page_heads:
            self.ledger("running_header", line.content_start, line.content_end)
            self.page_edge = True
            return True
        if line.number - 1 in self.contents or self.takes_toc_line(line):
            self.ledger("table_of_contents", line.content_start, line.content_end)
            return True
        if _MAILTO.match(s):
            self.ledger("mailto", line.content_start, line.content_end)
            return True
        if _URL.match(s) and self.is_duplicate_url(line):
            self.ledger("duplicate_url", line.content_start, line.content_end)
            return True
        if BARE_NUMBER.match(s):
            if self.footnotes and not self.labels_inline:  # a label line above its note's body
                self.ledger("footnote_marker", line.content_start, line.content_end)
                self.close_footnote()
                self.pending_label = s
                return True
            if self.footnotes:  # under notes that carry their labels: the page number ends them
                self.leave_footnotes()
            self.ledger("page_number", line.content_start, line.content_end)
            self.printed_page(int(s))
            return True
        if line.number - 1 in self.page_numbers and ROMAN_PAGE_NUMBER.fullmatch(s):
            self.ledger("page_number", line.content_start, line.content_end)  # a front matter's `ii`
            self.leave_footnotes()
            self.page_edge = True
            return True
        tokens = self.furniture_tokens(line)
        if tokens is None:
            return self.take_numbered_header(line)
        for kind, start, end in tokens:
            self.ledger(kind, start, end)
            if kind == "page_number":
                # a page number marks the page's edge, where its notes end (`- 3 -` cannot be a
                # note's label, which a bare number above may be)
                self.leave_footnotes()
                number = page_number_value(self.text[start:end])
                if number is not None:
                    self.printed_page(number)
        return True

    def printed_page(self, number: int) -> None:
        """A printed page number anchors the count of pages (resolve_pages). Where no line marks a
        page's start (no form feed, no one-space first line: pypdf, PDFium, PyMuPDF), the numbers
        are the only page edges, so each one moves the count on: after it where it closes its page,
        before it where it opens its page. They open their pages where they come first in the
        page's text (those extractors give a page's furniture first when it was drawn first): where
        no text came before the first one, or text follows the last one (a cover and a contents
        page may carry no number; they then have no page)."""
        if not self.pages_marked:
            if self.numbers_open_pages is None:
                self.numbers_open_pages = not self.drafts or self.text_after_last_number
            if self.numbers_open_pages and (self.printed_pages or self.drafts):
                self.page_index += 1
        self.printed_pages.append((self.page_index, number))
        if not self.pages_marked and not self.numbers_open_pages:
            self.page_index += 1
        self.page_edge = True

    def takes_toc_line(self, line: Line) -> bool:
        """A table of contents: its title (`目录`) when an entry follows, and its entries. An entry
        has dot leaders before its page number (`一、总体情况……1`); right under the title, lines
        that end in page numbers that do not go down are entries too, whose leaders the extractor
        dropped (`一、总体情况1`: pdfminer and PyMuPDF drop some fonts' middle dots)."""
        s = line.stripped
        toc_pages = self.toc_pages
        self.toc_pages = None
        if _is_toc_entry(s):
            return True
        if toc_pages is not None:
            page = _TOC_PAGE_END.match(s)
            if page is not None and int(page.group(1)) >= toc_pages:
                self.toc_pages = int(page.group(1))
                return True
        nxt = self.next_line(line) if CONTENTS_TITLE.match(s) else None
        if nxt is None or not (_is_toc_entry(nxt.stripped) or _TOC_PAGE_END.match(nxt.stripped)):
            return False
        self.toc_pages = 0
        return True

    def close_footnote(self) -> None:
        if self.footnote is not None:
            self.footnote.ended = True
        self.footnote = None

    def leave_footnotes(self) -> None:
        """The page's footnote area ends (at its page's edge)."""
        self.close_footnote()
        self.footnotes = False

    def take_footnote_line(self, line: Line) -> bool:
        """Inside a page-bottom footnote area: marker lines, footnote bodies, then the next page."""
        s = line.stripped
        if matches_any(self.cues.boilerplate, s):
            self.footnotes = False
            return False
        if self.pending_label is not None:
            self.footnote = self.emit(Draft("footnote", label=self.pending_label))
            self.pending_label = None
            self.footnote.add(line)
            return True
        if line.page_start:
            self.leave_footnotes()
            return False
        label = _page_note_label(s)
        if label and (self.marked_above(line.number - 1, label) or self.next_note_label(label)
                      or self.footnote is None and (self.cut_off_above(line) or self.continues_note_numbering(label))):
            self.close_footnote()  # the next note of the page (`② …` after `① …`)
            self.footnote = self.emit(Draft("footnote", label=label))
        elif self.cues.article_note.match(s):  # `基金项目：…` after `收稿日期：…`: a note each
            self.close_footnote()
            self.footnote = self.emit(Draft("footnote"))
        elif self.footnote is None:
            self.footnote = self.emit(Draft("footnote"))
        self.footnote.add(line)
        return True

    def opens_page_notes(self, idx: int, line: Line) -> bool:
        """A line opening with a note label (`① 参见…`, `1 参见…`) a few lines above a page break,
        whose label stands as a superscript in the text above it on the page (`发展①，`), or under
        running text they cut off (cut_off_above), or that goes on from the last note's label: the
        page's footnotes start here, as after a page-bottom rule."""
        label = _page_note_label(line.stripped)
        if label is None or not (self.marked_above(idx, label) or self.cut_off_above(line)
                                 or self.continues_note_numbering(label)):
            return False
        return self.page_break_follows(idx)

    def page_break_follows(self, idx: int) -> bool:
        """A page's edge (its next page's start or its page number) comes within _PAGE_NOTE_LINES
        text lines after line `idx`, or the text ends there."""
        k, seen = idx + 1, 0
        while k < len(self.lines) and seen <= _PAGE_NOTE_LINES:
            after = self.lines[k]
            if after.stripped:
                if after.page_start or k in self.page_numbers:
                    return True
                seen += 1
            k += 1
        return k == len(self.lines)  # the notes of the last page

    def opens_article_notes(self, idx: int, line: Line) -> bool:
        """An article's note (`收稿日期：…`, `基金项目：…`: cue article_note_pattern) a few lines above
        a page break, under running text that has not ended its sentence: the first page's notes,
        which cut the paragraph off; it goes on after the page break, as across page-bottom notes."""
        if not self.cues.article_note.match(line.stripped) or self.open is None or self.open.ended \
                or self.open.kind != "paragraph" or ends_sentence(self.last_line(self.open)):
            return False
        return self.page_break_follows(idx)

    def cut_off_above(self, line: Line) -> bool:
        """`line` opens with a circled note label (`① 同上…`; a wrapped line of running text may open
        with a number, `10 万年…`, or with a marker cut from the line above, `⑧，…`) and the text line
        above it runs full and stops on a letter or digit, inside a word: page-bottom notes cut the
        page's running text, which goes on after the page break; no list or heading opens there. Read
        where the text lost its note markers (PDFium drops superscripts)."""
        above = self.previous_line(line)
        label = _page_note_label(line.stripped)
        return (label is not None and not label.isascii()
                and above is not None and not above.page_start and above.stripped[-1].isalnum()
                and is_full(above, self.wrap))

    def next_note_label(self, label: str) -> bool:
        """`label` follows the open note's label (② after ①, 3 after 2), or opens the numbered notes
        under a note marked with a sign (`① …` under the author's `* …`): the page's next note."""
        return self.footnote is not None and (_follows_label(label, self.footnote.label)
                                              or self.footnote.label in NOTE_SIGNS and label in _FIRST_NOTE_LABELS)

    def continues_note_numbering(self, label: str) -> bool:
        """`label` follows the label of the last note found, on an earlier page (② at this page's
        foot after ① at an earlier one's): the notes' numbering goes on, where a list's item ② would
        follow its ①; or it opens the numbering again where an earlier page's notes did too (`①` on
        every page of a book that numbers its notes page by page). Read where the text lost its
        markers (PDFium drops superscripts)."""
        notes = [d for d in self.emitted.get("footnote", ()) if d.kind == "footnote" and not d.endnote]
        if label in _FIRST_NOTE_LABELS and sum(d.label == label for d in notes) >= 2:
            return True
        return bool(notes) and _follows_label(label, notes[-1].label)

    def marked_above(self, idx: int, label: str) -> bool:
        """Whether `label` stands as a superscript marker in a text line of this page above line idx:
        after a word, at the start of a line glued to a comma (`1，是…`: cut from the line above,
        see restore_raised_line_parts), or on a line of its own (lifted_marker_lines)."""
        marker = note_marker(label)
        for k in range(idx - 1, max(-1, idx - 1 - _PAGE_LINES), -1):
            above = self.lines[k]
            if not above.stripped:
                continue
            if k in self.page_numbers:
                return False
            if (marker.search(above.stripped) or k in self.lifted_markers and above.stripped == label
                    or MARKER_OPENS.match(above.stripped) and above.stripped.startswith(label)
                    and not above.stripped[len(label)].isdigit()):
                return True
            if above.page_start:
                return False
        return False

    def take_sidebar(self, idx: int, line: Line) -> bool:
        item = self.sidebar_lines.get(idx)
        if item is None:
            return False
        last = self.drafts[-1] if self.drafts else None
        if last is None or last.kind != "sidebar" or last.label != str(item):
            last = self.emit(Draft("sidebar", label=str(item)))
        last.add(line)
        return True

    def take_cued(self, line: Line) -> bool:
        """Lines opened by a cue (see _cue_gate): a lone run of closing punctuation, boilerplate,
        captions, source notes, quote attributions. False when the line is none of these."""
        s = line.stripped
        cues = self.cues
        if _PUNCT_ONLY.match(s):
            target = self.open or self.last_content()
            if target is not None:
                target.add(line)
                if target is self.open:
                    self.maybe_close(line)
                return True
        if matches_any(cues.boilerplate, s):
            self.close()
            self.in_table = False
            # a statement that runs to the width goes on in its next lines (`本公司董事会…保证本公告内容…`)
            self.start_block("boilerplate", line)  # maybe_close reads where it ends
            return True
        if cues.caption.match(s) and not self.continues_paragraph():
            self.close()
            self.in_table = bool(re.match(r"^(表|附表|Table)", s))
            self.table = None
            self.start_block("caption", line)  # maybe_close: a caption may run to the width and go on
            return True
        if cues.unit_line.match(s) and not (self.continues_paragraph() and not self.open_announces()):
            self.close()  # `单位：万吨、%` by a table: a note on it; the table (in_table) goes on
            if not self.in_table and self.rows_follow(line):
                self.in_table, self.table = True, None  # over a table with no caption: its rows come next
                if self.drafts and self.drafts[-1].kind == "heading" and len(self.drafts[-1].spans) == 1 \
                        and self.cues.table_name.match(self.first_line(self.drafts[-1])):
                    self.drafts[-1].kind = "caption"  # the table's name over it, without a number
            self.start_block("source_note", line, single=True)
            return True
        if cues.source_note.match(s) and not self.continues_paragraph() and not _DATELINE.match(s) \
                and not matches_any(cues.bylines, s) and not self.explains_text(s):
            self.close()
            self.in_table = False
            self.start_block("source_note", line, single=not self.runs_on(line))
            return True
        if cues.attribution.match(s):
            self.close()
            self.mark_quote()
            self.start_block("quote_attribution", line)
            return True
        if cues.record_label.match(s) and not self.continues_paragraph():
            self.record_row(line)  # a disclosure page's record, a row each (`文　号　某府办规〔2024〕3号　发布日期　…`)
            return True
        return False

    def record_row(self, line: Line) -> None:
        """The line is a row of a record or a form, a table row of its own: no table goes on after it."""
        self.close()
        self.in_table = False
        self.table_row(line, [])
        self.table = None

    def rows_follow(self, line: Line) -> bool:
        """Rows of values come next: the next line is one, or it heads their columns in words
        (`项目　本期金额　上期金额　变动比例(%)`) and the line after it is one."""
        nxt = self.next_line(line)
        if nxt is None:
            return False
        if numeric_row_gaps(nxt.stripped):
            return True
        after = self.next_line(nxt)
        heads = nxt.stripped.split()
        return after is not None and 3 <= len(heads) and all(_WORD_CELL.fullmatch(h) for h in heads) \
            and (gaps := numeric_row_gaps(after.stripped)) is not None and len(gaps) + 1 == len(heads)

    def opens_value_rows(self, line: Line) -> bool:
        """The line opens MIN_ROWS rows of values, each of as many cells (numeric_row_gaps), or heads
        the columns of the two rows under it in words or years: a table, though no caption or unit
        line announces it."""
        run = [line]
        for _ in range(MIN_ROWS - 1):
            if (nxt := self.next_line(run[-1])) is None:
                return False
            run.append(nxt)
        gaps = [numeric_row_gaps(ln.stripped) for ln in run]
        if any(g is None for g in gaps[1:]) or len({len(g) for g in gaps[1:]}) != 1:
            return False
        if gaps[0] is not None:
            return len(gaps[0]) == len(gaps[1])
        heads = line.stripped.split()
        return len(heads) == len(gaps[1]) + 1 \
            and all(_YEAR_CELL.fullmatch(h) or len(h) <= _HEAD_CELL_CHARS and not _CLAUSE_MARK.search(h) for h in heads)

    def take_content(self, line: Line) -> None:
        s = line.stripped
        if self.numbering_alone:
            self.numbering_alone = False
            if self.open is not None:  # the numbering's text, hung right of it (`2.` / `當然，…`)
                self.open.kind = "heading" if self.title_shaped(line) and not ends_sentence(s) else "paragraph"
                self.open.add(line)
                if self.open.kind == "heading":
                    self.close()
                else:
                    self.maybe_close(line)
                return
        # without a wrap width no line can be told full, so none can be told to run on past its page
        page_ends_block, self.page_edge = self.page_edge and self.wrap == 0, False
        gated = self.cue_gate.match(s) is not None
        if gated and self.take_cued(line):
            return
        if line.number - 1 in self.form_rows and not self.continues_paragraph():
            self.record_row(line)  # a form's row read across (tables.form_rows)
            return
        front_matter = gated and self.cues.front_matter.match(s) is not None
        if "\t" in line.text:
            self.close()
            self.table_row(line, [line.start + i for i, ch in enumerate(line.text) if ch == "\t"])
            # leading tabs are empty cells: the row's text starts at the line, not its content
            first = line.start + len(line.text) - len(line.text.lstrip(" "))
            self.table.spans[0] = (first, self.table.spans[0][1])
            return
        if self.in_table:
            self.take_table_line(line)
            return
        if not self.continues_paragraph() and self.opens_value_rows(line):
            self.close()  # a table with no caption over it (`財務摘要` / `人民幣千元　二零二三年　…` / `收益　…`)
            self.in_table, self.table = True, None
            self.take_table_line(line)
            self.table_uncaptioned = True  # its first row (table_row) set it False, as any table's does
            return
        if _CHAPTER_TABLE_NUMBER.match(s) and (nxt := self.next_line(line)) is not None \
                and self.cues.unit_line.match(nxt.stripped) and not self.continues_paragraph():
            self.close()  # a yearbook's table by its chapter and number (`3-12　…`) over its unit line
            self.in_table, self.table = True, None
            self.start_block("caption", line, single=True)
            return
        if BARE_NUMBERING.fullmatch(s) or _ENTRY_DATE.fullmatch(s) or line.number - 1 in self.section_numbers:
            # a hanging numbering or date, its text next
            self.close()
            self.start_block("paragraph", line)
            self.numbering_alone = True
            return
        if _ENDNOTES_HEADING.match(s) and not self.continues_paragraph():
            self.close()
            self.start_block("heading", line, single=True)
            return
        endnote = _ENDNOTE_LABEL.match(s) if self.in_endnotes else None
        if endnote:  # the next note; a line without a label goes on with the note before it
            self.close()
            self.open = self.emit(Draft("footnote", label=next(g for g in endnote.groups() if g), endnote=True))
            self.open.add(line)
            self.maybe_close(line)
            return
        # an official document's attachments: `附件：1. …`, then `2. …` on the lines under it
        attachment = _ATTACHMENTS.match(s) or self.in_attachments and _REFERENCE_NUMBER.match(s)
        self.in_attachments = bool(attachment)
        if attachment:  # one line each: the issuer's signature may follow without a stop between
            self.close()
            self.start_block("list_item", line, single=True)
            return
        bullet = _BULLET.match(s)
        entry = self.drafts[-1] if self.in_references and self.drafts else None
        if entry is not None and entry.kind == "list_item" and not bullet and not _REFERENCE_NUMBER.match(s) \
                and not self.last_line(entry).endswith((".", "．", "。")):
            # a reference entry ends with its stop (GB/T 7714): a line before it is the entry's tail,
            # though the entry's line stopped short (`…,2023,29(6):` / `137-148.`)
            self.open = entry
            entry.add(line)
            self.maybe_close(line)
            return
        if entry is not None and entry.kind == "list_item" and not bullet and not _REFERENCE_NUMBER.match(s) \
                and _REFERENCE_NUMBER.match(self.first_line(entry)) and not _REFERENCE_DETAIL.search(s):
            # a numbered list's entry that ended with its stop is whole: a line that opens no entry
            # and holds no year, page or type mark of one after it ends the list (a journal's
            # English title and abstract after its references)
            self.close()
            self.in_references = False
            entry = None
        if bullet and self.bullet_heading(line, bullet):
            self.close()
            self.start_block("heading", line, single=True)
            return
        if bullet or self.in_references and (_REFERENCE_NUMBER.match(s) or self.opens_unnumbered_entry(line, entry)):
            self.close()
            self.start_block("list_item", line)  # a reference entry is an item of the list
            return
        if self.open is not None and not self.open.ended and self.open.kind != "heading" \
                and not self.indented_after_sentence(line) and not self.numbered_opens_block(line) \
                and not self.subhead_after_sentence(line) and not self.turn_after_sentence(line) \
                and not self.script_changes_after_sentence(line) \
                and not (line.page_start and self.bullet_only(self.open)) and not page_ends_block \
                and not front_matter and not self.label_after_short_line(line) and not self.byline_under_title(line) \
                and not self.byline_under_subtitle(line) and not self.closing_formula_after_sentence(line) \
                and not self.english_title_over_authors(line) \
                and not self.speaker_after_sentence(line) and not TIMESTAMP.match(s) \
                and not self.attendance_line(line):
            self.open.add(line)
            self.maybe_close(line)
            return
        self.close()
        if self.continues_aside(line):
            self.drafts[-1].add(line)
        elif TIMESTAMP.match(s) or self.cues.attendance.match(s):  # a turn, who attended: no heading, no date
            self.start_block("paragraph", line)
            self.maybe_close(line)
        elif self.body_and_date(s):  # a bulletin's masthead: who compiled it and when, as `某某研究院编　…` is
            self.start_block("byline", line, single=True)
        elif _DATELINE.match(s) or s[0] in "（(" and s[-1] in "）)" and _DATELINE.match(s[1:-1]) \
                or (label := _DATE_LABEL.match(s)) and (_DATELINE.match(date := s[label.end():]) or _MINGUO_DATE.match(date)) \
                or _EVENT_DETAIL.match(s) and not is_full(line, self.wrap) \
                or not self.has_block("paragraph") and _FULL_DATE.search(s) and self.title_shaped(line) \
                and not _CLAUSE_MARK.search(s) and not matches_any(self.cues.bylines, s):
            # a speech's date is set in brackets, a letter's after its label (`日期：2024年8月30日`)
            self.start_block("dateline", line, single=True)
        elif self.english_title(line):
            self.start_block("title", line, single=True)
        elif (speaker := _DASH_NAME.match(s)) and self.cues.is_names(speaker.group(1)) \
                or _DASH_LINE.fullmatch(s) and self.after_quotation():
            self.mark_quote()  # `——习近平` under an epigraph or a quotation: who said it
            self.start_block("quote_attribution", line, single=True)
        elif _BRACKETED_PHOTO_CREDIT.search(s) and not s.startswith(("（", "(")):
            self.start_block("caption", line, single=True)  # a short caption (`讲座现场（摄影：赵某某）`)
        elif self.is_heading(line):
            self.start_block("heading", line, single=True)
        elif front_matter and self.cues.article_note.match(s):  # `基金项目：…`: a note, however set
            self.start_block("footnote", line)
        elif front_matter:  # `关键词：…` is a short line, but no heading
            self.start_block("paragraph", line)
            self.maybe_close(line)
        elif self.is_byline(line):
            if self.drafts and _script(s) == "latin" and self.names_organization(self.drafts[-1]):
                self.drafts[-1].kind = "byline"  # a body's name over its English name: one name in two scripts
            elif self.drafts and self.first_line_over(self.drafts[-1]):
                self.drafts[-1].kind = "title"  # the line over the byline: see byline_under_title
            elif self.drafts and self.is_subtitle(self.drafts[-1]):
                self.drafts[-1].kind = "heading"  # as a subtitle that is title-shaped is
            elif self.drafts and _script(s) == "latin" and self.latin_title_shaped(self.drafts[-1]):
                self.drafts[-1].kind = "title"  # an English title over its authors (english_title_over_authors)
            self.start_block("byline", line, single=True)
        elif _ADDRESSEE.match(s):  # a letter's addressee (`致：創新科技及工業局`): no title, however short
            self.start_block("paragraph", line, single=True)
        elif _STAGE_DIRECTION.fullmatch(s) and self.has_block("paragraph"):
            self.start_block("boilerplate", line, single=True)  # `（會議於下午3時正暫停）`, `（議員舉手）`
        elif not self.has_block("paragraph") and not self.has_block("title") and not self.has_block("heading") \
                and (self.is_short_title(line) or self.headline_across_columns(line)) \
                and not _SECTION_NUMERAL.fullmatch(s):  # a numeral is a section's, not the title
            self.start_block("title", line, single=True)
        elif len(self.drafts) == 1 and self.drafts[0].kind == "title" \
                and _script(self.first_line(self.drafts[0])) == "latin" and self.is_short_title(line):
            self.start_block("title", line, single=True)  # the Chinese title under the English one
        elif not self.has_block("paragraph") and self.headline_across_columns(line):
            self.start_block("heading", line, single=True)  # the headline's next line: a subtitle
        elif self.is_short_title(line) and not ends_sentence(s) and not self.opens_narrow_column(line) \
                or _TERM_IN_ENGLISH.fullmatch(s):
            self.start_block("heading", line, single=True)
        else:
            self.start_block("paragraph", line)
            self.maybe_close(line)

    def bulleted_item_stops(self, line: Line) -> bool:
        """A bulleted point ends with a line well short of the text's width (its hanging indent aside)
        over a full line of text, though it ends no sentence (`● 配套完善：…一应俱全` over a paragraph):
        the full line is no more of it. (A narrow column's point goes on in lines as narrow.)"""
        assert self.open is not None
        if not self.wrap or line.width >= self.wrap * _SHORT_ITEM_LINE or not _BULLET.match(self.first_line(self.open)):
            return False
        nxt = self.next_line(line)
        return nxt is not None and is_full(nxt, self.wrap) and not _CONTINUATION_START.match(nxt.stripped)

    def explains_text(self, s: str) -> bool:
        """`說明：…` after text (an interpellation's point, a heading) explains it in a paragraph of
        its own; under a table or a figure it is their note."""
        return _EXPLANATION.match(s) is not None and bool(self.drafts) \
            and self.drafts[-1].kind in ("paragraph", "heading", "list_item")

    def bullet_heading(self, line: Line, bullet: re.Match[str]) -> bool:
        """A bullet before a short title alone, with no line beside it under the same bullet, over a full
        line of text or a point under another bullet (`■ 园区概况` over a paragraph, `■ 区位优势` over
        `● …`): a section's head set with a square, not a list's item (a narrow column's point goes on
        in a line as narrow)."""
        mark = bullet.group().strip()
        title = line.stripped[bullet.end():]
        if not mark or mark in _TICKS or not title or len(title) > _BULLET_HEAD_CHARS \
                or _CLAUSE_MARK.search(title) or ends_sentence(title):
            return False
        before, nxt = self.previous_line(line), self.next_line(line)
        if nxt is None or any(other is not None and other.stripped.startswith(mark) for other in (before, nxt)):
            return False
        return is_full(nxt, self.wrap) or _BULLET.match(nxt.stripped) is not None

    def opens_unnumbered_entry(self, line: Line, entry: Draft | None) -> bool:
        """Under a references heading, a line opens an entry of a list without numbers (APA's `周文、
        許凌雲（2023）。…。改革，10，1-13。`) right under the heading, or after an entry of such a
        list that ended with its stop on a line short of the wrap width, or on any line where this
        one opens with an author and a year (a stop may fall at a line's end inside an entry)."""
        if entry is None or entry.kind == "heading":
            return entry is not None
        first = self.first_line(entry)
        if entry.kind != "list_item" or _REFERENCE_NUMBER.match(first) or _BULLET.match(first):
            return False
        return self.wrap == 0 or not is_full(self.lines[entry.numbers[-1] - 1], self.wrap) \
            or _AUTHOR_YEAR.match(line.stripped) is not None

    def attendance_line(self, line: Line) -> bool:
        """A meeting's attendance or record line (`出席：…`, cue attendance) after a finished sentence
        or another such line opens a paragraph of its own; its names run on without a stop."""
        return self.cues.attendance.match(line.stripped) is not None and self.open is not None \
            and (self.open_ends_sentence() or self.cues.attendance.match(self.first_line(self.open)) is not None)

    def speaker_after_sentence(self, line: Line) -> bool:
        """A speaker's label alone on its line (`国家发展改革委副主任　刘某某：`, is_byline) after a line
        that ends a sentence opens the next turn: a paragraph's last line is no such label."""
        return line.stripped.endswith(("：", ":")) and self.open_ends_sentence() and self.is_byline(line)

    def byline_under_title(self, line: Line) -> bool:
        """A byline (`王某某　李某某`) under the text's first line, which ends no sentence, before any
        paragraph: that line was the title, as wide as the column it heads (a review's title over
        two columns), and the byline does not run on from it (take_content's byline branch makes
        it the title)."""
        return self.open is not None and self.first_line_over(self.open) and self.is_byline(line)

    def closing_formula_after_sentence(self, line: Line) -> bool:
        """A report's closing formula (`以上报告，请予审议。`, cue closing_formula) after a finished
        sentence is a paragraph of its own."""
        return self.open_ends_sentence() and self.cues.closing_formula.match(line.stripped) is not None

    def english_title_over_authors(self, line: Line) -> bool:
        """An English title set after the text (a journal's closing English title, abstract and key
        words) ends over its authors' line in Latin letters (`WANG Moumou, LI Moumou`, a byline cue);
        take_content's byline branch makes it the title."""
        return self.open is not None and self.latin_title_shaped(self.open) and _script(line.stripped) == "latin" \
            and self.is_byline(line)

    def latin_title_shaped(self, draft: Draft) -> bool:
        """The draft is a paragraph of one line of Latin letters that ends no sentence."""
        first = self.first_line(draft).strip()
        return draft.kind == "paragraph" and len(draft.spans) == 1 and _script(first) == "latin" \
            and _LATIN_SENTENCE_END.search(first) is None

    def byline_under_subtitle(self, line: Line) -> bool:
        """A byline under the title's subtitle, a line opening with a dash (`——学习…的心得体会`,
        however wide), before any text: it does not run on from the subtitle."""
        return self.open is not None and self.is_subtitle(self.open) and self.is_byline(line)

    def is_subtitle(self, draft: Draft) -> bool:
        """The draft is one line opening with a dash, after the title and before any paragraph."""
        return draft.kind == "paragraph" and len(draft.spans) == 1 and self.first_line(draft).startswith("——") \
            and self.has_block("title") and not any(d.kind == "paragraph" for d in self.drafts if d is not draft)

    def names_organization(self, draft: Draft) -> bool:
        """The draft is one line, before any paragraph of text, that names a body (cue
        organization_pattern: `某某科技集團控股有限公司`)."""
        return draft.kind in ("paragraph", "title", "heading") and len(draft.spans) == 1 \
            and not any(d.kind == "paragraph" for d in self.drafts if d is not draft) \
            and bool(self.cues.organization.match(squeeze(self.first_line(draft))))

    def first_line_over(self, draft: Draft) -> bool:
        """The draft is the text's first paragraph, one line that ends no sentence nor names a
        letter's addressee, and no title has come: a title, where a byline follows it."""
        return draft.kind == "paragraph" and len(draft.spans) == 1 and not self.has_block("title") \
            and not any(d.kind == "paragraph" for d in self.drafts if d is not draft) \
            and not ends_sentence(self.first_line(draft)) and not _ADDRESSEE.match(self.first_line(draft).strip())

    def label_after_short_line(self, line: Line) -> bool:
        """A label alone on its line (`理由：`) under a line that stops short of the wrap width, or
        under a labelled item (`案由：关于…的提案`), or after a sentence's end, opens a block: the part
        it heads. Under a full line of text that ends no sentence it may be a paragraph's tail
        (`…主要包括以下` / `三个方面：`)."""
        if not LABELLED_POINT.fullmatch(line.stripped) or self.open is None:
            return False
        return self.wrap > 0 and not is_full(self.lines[self.open.numbers[-1] - 1], self.wrap) \
            or LABELLED_POINT.match(self.first_line(self.open)) is not None or self.open_ends_sentence()

    def indented_after_sentence(self, line: Line) -> bool:
        """A first-line indent (two characters' width beyond the file's usual left margin: `　　`,
        `    `; or the one space an extractor writes for it, see indent_step) after a line that ends
        a sentence opens a new paragraph, whatever the widths say."""
        return (line.content_start > line.start  # most lines have no indent at all
                and indent_width(line) >= self.indent_margin + self.indent_step and self.open_ends_sentence())

    def subhead_after_sentence(self, line: Line) -> bool:
        """A title-shaped line after a paragraph's line that ends a sentence opens a block of its
        own (an unnumbered subhead: `创新驱动　动能澎湃`), where no width or space marks the
        paragraph's end: a paragraph's last line closes its sentence, so this line cannot be one,
        unless the next line goes on with its sentence or the break cuts a word."""
        if self.wrap == 0 or not self.title_shaped(line) or not self.open_ends_sentence():
            return False
        nxt = self.next_line(line)
        return nxt is None or not (_CONTINUATION_START.match(nxt.stripped) or self.break_cuts_a_word(line, nxt))

    def turn_after_sentence(self, line: Line) -> bool:
        """A line opening with a speaker's label that opens other lines too (`记者：`, `李某某：`),
        after a line that ends a sentence, is the next turn of a dialogue, though that line ran full
        and no indent is left to tell: running text rarely breaks its lines before the same label."""
        label = TURN_LABEL.match(line.stripped)
        return label is not None and label.group() in self.turn_labels and self.open_ends_sentence()

    def english_title(self, line: Line) -> bool:
        """A line of English that is the title in English: under the Chinese title before any text,
        over it as the file's first line (an event's English name), or after the front matter that
        some journals set between the two (`关键词：…` / `On Adapting
        New Relations of …`), when it is no labelled item itself (`Abstract:`) and ends no sentence."""
        s = line.stripped
        if _script(s) != "latin":
            return False
        if not self.drafts:  # over the Chinese title (an event's English name first)
            nxt = self.next_line(line)
            return _LATIN_SENTENCE_END.search(s) is None and nxt is not None and _script(nxt.stripped) != "latin" \
                and self.title_shaped(nxt)
        last = self.drafts[-1]
        if last.kind == "title":  # but a body's name in English under its Chinese name is a byline
            return not self.has_block("paragraph") \
                and not (self.names_organization(last) and matches_any(self.cues.bylines, s))
        return self.has_block("title") and self.cues.front_matter.match(self.first_line(last)) is not None \
            and self.cues.front_matter.match(s) is None and _LATIN_SENTENCE_END.search(s) is None

    def script_changes_after_sentence(self, line: Line) -> bool:
        """A line in Latin letters after a Chinese line that ends a sentence, or a Chinese line after
        a Latin one (`…for this year.` / `三是「生產力」…`), opens a block: a bilingual text sets its
        English and Chinese paragraphs apart, and a paragraph does not change its script at a line
        break after a full stop. Nor does a labelled front-matter item, which ends no sentence
        (`关键词：新质生产力；…；高质量发展` / `On Adapting New Relations of …`, the English title)."""
        if self.open is None:
            return False
        last = self.last_line(self.open)
        # an English sentence ends at its full stop, which ends_sentence leaves to numbers (`3.5`)
        if not ends_sentence(last) and _LATIN_SENTENCE_END.search(last) is None \
                and not self.cues.front_matter.match(self.first_line(self.open)):
            return False
        if HAN.search(last) and HAN.search(line.stripped):  # neither is English (most lines)
            return False
        return {_script(last), _script(line.stripped)} == {"latin", "han"}

    def numbered_opens_block(self, line: Line) -> bool:
        """A line opening with a numbering (`一、`, `（一）`, `（1）`, `1.`, `第一节`) opens a new block
        after a line that ends a sentence, closes a point (`；`), announces points (`：`) or stops short of the wrap width
        (`…文章编号：…03-0012-08` / `一、引言`), even where no width or space marks the end; and
        after any line when it is a heading's shape itself (`一、背景` under a title set across two
        columns, as wide as a column's lines): running text wrapped there would not stop short. A
        heading cue's other openings count when the line is a title's shape (a journal's `1 引言`)."""
        if self.open is None or not (NUMBERED.match(line.stripped) or DASH_POINT.match(line.stripped)
                                     or self.title_shaped(line) and self.cues.heading_opening(line.stripped)):  # `1 引言`
            return False
        last = self.lines[self.open.numbers[-1] - 1]
        # a colon at the line's end announces the numbered points (`…推行以下措施：` / `(a) …`); the
        # point after the open one (`3.《…》` / `4.《…》`) opens its block whatever the line above
        return ends_sentence(last.stripped) or last.stripped.endswith((*POINT_END, "：", ":")) or \
            self.wrap > 0 and (not is_full(last, self.wrap) or self.title_shaped(line)) or self.next_point(line)

    def next_point(self, line: Line) -> bool:
        """The line opens with the number after the open block's, in the same style (`4.` after `3.`)."""
        this, opened = point_number(line.stripped), point_number(self.first_line(self.open))
        return this is not None and opened is not None and this == (opened[0] + 1, opened[1])

    def open_ends_sentence(self) -> bool:
        """The open block's last line ends a sentence (a news item's source credited after it aside)."""
        return self.open is not None and ends_sentence(self.without_source_credit(self.last_line(self.open)))

    def open_announces(self) -> bool:
        """The open block's last line ends with a colon: it announces what comes next (`…数据如下：`
        over a table's unit line), which is no more of its sentence."""
        return self.open is not None and self.last_line(self.open).endswith(("：", ":"))

    def continues_paragraph(self) -> bool:
        """The open paragraph's last line stops mid-sentence, so the next line is still part of it."""
        return self.open is not None and self.open.kind == "paragraph" and not self.open_ends_sentence()

    def start_block(self, kind: str, line: Line, single: bool = False) -> None:
        if kind == "heading":
            self.in_references = bool(_REFERENCES_HEADING.match(line.stripped))
            self.in_endnotes = bool(_ENDNOTES_HEADING.match(line.stripped))
        draft = self.emit(Draft(kind))
        draft.add(line)
        self.open = draft
        if single:
            self.close()
        elif kind != "paragraph":
            self.maybe_close(line)

    def small_print_goes_on(self, line: Line) -> bool:
        """The line is set in small type wider than the text's wrap width, and the next line is as
        wide: a disclaimer's block of its own measure goes on, though the line ends a sentence
        (`免责声明：本报告仅供…视其为客户。` / `本报告所载资料…`)."""
        nxt = self.next_line(line)
        return bool(self.wrap) and line.width > self.wrap + WRAP_TOLERANCE and nxt is not None \
            and abs(nxt.width - line.width) <= WRAP_TOLERANCE

    def maybe_close(self, line: Line) -> None:
        """Decide whether the open block ends with this line."""
        assert self.open is not None
        if self.open.kind == "quote_attribution":
            # `——2024 年 1 月 31 日，习近平在…` runs on until the occasion (…的讲话, …会议上) is named.
            if _OCCASION_END.search(line.stripped) or ends_sentence(line.stripped) or len(self.open.spans) >= 3:
                self.close()
        elif self.open.kind in ("source_note", "caption", "boilerplate"):
            # a note has no sentence end to wait for; a photo's caption ends with its credit (`…摄`)
            if not self.runs_on(line) and not (self.open.kind == "boilerplate" and self.small_print_goes_on(line)) \
                    or self.open.kind == "caption" and _ends_with_photo_credit(line.stripped):
                self.close()
        elif self.open.kind == "list_item" and _BULLET.fullmatch(line.stripped):
            pass  # a bullet alone on its line (PyMuPDF, pypdf, pdfminer): its item's text comes next
        elif self.open.kind == "list_item" and self.bulleted_item_stops(line):
            self.close()
        elif self.open.kind == "paragraph" and _BRACKETED_PHOTO_CREDIT.search(line.stripped):
            self.open.kind = "caption"  # a photo's caption with no label (`图为`) but its credit
            self.close()
        elif self.ends_paragraph(line):
            self.close()

    def after_quotation(self) -> bool:
        """The last block is a paragraph wholly in quotation marks (a pull quote: `“坚持…追求。”`)."""
        if not self.drafts or self.drafts[-1].kind != "paragraph":
            return False
        text = self.draft_text(self.drafts[-1]).strip()
        return len(text) > 2 and text[0] in "“「『" and text.rstrip("。！？")[-1] in "”」』"

    def mark_quote(self) -> None:
        """The paragraph right before an attribution line (`——2024 年…的讲话`) is the quote."""
        for d in reversed(self.drafts):
            if d.kind in ("paragraph", "quote"):
                d.kind = "quote"
                return
            if d.kind not in ("footnote", "sidebar"):
                return

    # --- tables --------------------------------------------------------------------------
    def table_row(self, line: Line, gaps: list[int]) -> None:
        row = self.emit(Draft("table_row", cell_gaps=gaps))
        row.add(line)
        row.ended = True
        if self.table is None:  # the first row of a table
            self.table_head, self.table_dated, self.table_uncaptioned = row, False, False
        self.table = row

    def take_cell_line(self, line: Line, place: CellPlace) -> None:
        """A cell of a table written one cell per line: it opens its row, or is the row's next cell
        (read column after column, a row's cells come apart, after the other rows' cells), or the
        wrapped tail of the row's last cell. Its extent is known, so the line after it is read as
        text even without a source note."""
        self.close()
        self.in_table = False
        table, number, tail, gaps = place
        if table not in self.cell_tables and self.drafts and self.drafts[-1].kind in ("heading", "title") \
                and len(self.drafts[-1].spans) == 1 and self.cues.table_name.match(self.first_line(self.drafts[-1])):
            self.drafts[-1].kind = "caption"  # the table's name over it, without a number (`重点任务分工表`)
        rows = self.cell_tables.setdefault(table, {})
        if number in rows:
            rows[number].add(line, join=" " if tail else "\t")
        else:
            self.table_row(line, list(gaps))
            rows[number] = self.table

    def ends_in_next_rows_cell(self, row: Draft) -> bool:
        """The row's last line is the first line of the next row's cell. A cell of two lines beside
        a cell of one is centred on it, so its first line comes out above the next row's first line
        (`人力资源和社会保障部部长王` / `2024年 3月 9日` / `晓萍`); it stops short, and the row above
        had finished its sentence before it."""
        if len(row.spans) < 2 or row.cell_gaps and row.cell_gaps[-1] >= row.spans[-1][0]:
            return False
        before, last = (self.lines[n - 1] for n in row.numbers[-2:])
        return ends_sentence(before.stripped) and not ends_sentence(last.stripped) and not is_full(last, self.wrap)

    def opens_next_row(self, row: Draft, line: Line) -> bool:
        """A short line of one cell under a finished row is the first cell of the next row
        (`党的十八大报告` under `…科技型小微企业发展。`): a row is finished when its last line ends a
        sentence, or when it is the table's first row and one line of cells (the header: `提法  涉及内容`).
        Under an unfinished row the same line is the wrapped tail of a cell (`业体系`)."""
        s = line.stripped
        if ends_sentence(s) or s[-1] in _CLAUSE_END or self.wrap == 0 or line.width >= self.wrap * 0.5:
            return False
        header = row is self.table_head and len(row.numbers) == 1 and bool(row.cell_gaps)
        return header or ends_sentence(self.lines[row.numbers[-1] - 1].stripped)

    def cell_gaps(self, line: Line) -> list[int]:
        """Raw offsets of the whitespace between the cells of a flattened table line (a bullet's
        own space is not a gap; in a row of numbers, see numeric_row_gaps). The cleaner turns them
        into tabs."""
        s = line.stripped
        numeric = numeric_row_gaps(s)
        if numeric is not None:
            return [line.content_start + i for i in numeric]
        bullet = _BULLET.match(s)
        gaps = []
        for m in re.finditer(r"\s+", s):
            if bullet and m.start() < bullet.end():
                continue
            left, right = s[m.start() - 1], s[m.end()]
            if m.group() == " " and not _is_cell_gap(left, right):
                continue
            gaps.append(line.content_start + m.start())
        return gaps

    def corner_over_heads(self, row: Draft | None, s: str) -> bool:
        """The table's only row so far is one cell of words (`主要困难`) and the line `s` a row of column
        heads (`全部企业　制造业企业`: words, or years): that cell heads the first column over two header
        rows, printed midway, and the extractor set it above the heads it stands beside."""
        return row is not None and row is self.table_head and len(row.spans) == 1 and not row.cell_gaps \
            and _WORD_CELL.fullmatch(self.first_line(row).strip()) is not None \
            and all(_WORD_CELL.fullmatch(cell) or _YEAR_CELL.fullmatch(cell) for cell in s.split())

    def take_table_line(self, line: Line) -> None:
        """Rows of a flattened table: a line with a cell gap starts a row; a bullet starts a new
        cell; a line without gaps continues the last cell (cells wrap inside their column)."""
        s = line.stripped
        bullet = _BULLET.match(s)
        gaps = self.cell_gaps(line)
        row = self.table
        # the table has ended: under a row that ends in a number, a line of running text as wide as
        # the page's (a table of words may wrap a cell of clauses that wide); or a section's heading
        # (`二、存在的问题`, `（三）研究發展狀況`) alone under the rows
        if row is not None and not gaps and (
                self.table_uncaptioned
                or not bullet and is_full(line, self.wrap) and _CLAUSE_MARK.search(s)
                and is_numeric_cell(self.last_line(row).split()[-1])
                or _SECTION_HEADING.match(s) and self.title_shaped(line)):
            self.in_table, self.table = False, None
            self.take_content(line)
            return
        dated = bool(re.match(r"^\d{4}[.\-/年]", s))
        if gaps and not bullet and self.corner_over_heads(row, s):
            row.add(line, join="\t")  # the header's first cell, merged down its rows, set above them
            row.cell_gaps.extend(gaps)
            return
        if row is None or (gaps and not bullet) or dated:
            if row is not None and not gaps and self.ends_in_next_rows_cell(row):
                self.table_row(self.lines[row.drop_last() - 1], [])
                self.table.add(line, join="\t")  # the date is a cell of its own
            else:
                self.table_row(line, gaps)
            self.table_dated |= dated
            return
        # in a table keyed by dates only a date opens a row: a short cell line there is a
        # person or a place of the dated row (`国务院国资委主任张玉卓`)
        if not gaps and not bullet and not self.table_dated and self.opens_next_row(row, line):
            self.table_row(line, [])
            return
        last_cell = self.last_line(row).split()[-1]
        new_cell = bool(bullet) or bool(re.fullmatch(r"[\d.\-/年月日]+", last_cell))
        row.add(line, join="\t" if new_cell else "")
        row.cell_gaps.extend(gaps)

def _script(text: str) -> str | None:
    """"latin" for a line of English (Latin words, no Han character: a Chinese sentence may name
    `ChatGPT` or `OpenAI`), "han" for a line of more Han characters than Latin letters, else None."""
    latin, han = len(_LATIN_LETTER.findall(text)), len(HAN.findall(text))
    return "latin" if han == 0 and latin >= _MIN_LATIN_LETTERS else "han" if han > latin else None


_MIN_LATIN_LETTERS = 10  # an English line: more than an abbreviation or a code
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LATIN_SENTENCE_END = re.compile(r"[A-Za-z)\]\"'][.!?][\"')\]]*$")


def _turn_labels(lines: list[Line]) -> set[str]:
    """The speaker labels (TURN_LABEL) that open more than one line: a dialogue's turns."""
    counts = Counter(label.group() for line in lines if (label := TURN_LABEL.match(line.stripped)))
    return {label for label, n in counts.items() if n > 1}


def assemble(text: str) -> Layout:
    return _Assembler(text, load_cues()).run()

