"""Make the real-PDF layout fixture: paragraphs of a release typeset into PDFs, then extracted.

Gold by construction: each layout's paragraphs and headings are known before typesetting, so the
blocks the cleaner restores from the extracted text can be scored exactly. The PDFs are made by
ReportLab (a CJK CID font, no font file needed) and read back by three real extractors, each with
its own artefacts (EXTRACTORS). None of these libraries is a dependency of the project: the
extracted texts and the gold are committed, and this script documents how they were made.

    pip install reportlab==5.1.0 pdfminer.six==20260107 pypdf==6.19.0 pypdfium2==5.13.0 pymupdf==2.0 pdfplumber==0.11.11
    python tests/gold/pdf_layouts/make_fixture.py processed/v1.20.1 [OUT] [--pdfs DIR]

OUT (default: this folder, the committed fixture) gets gold.jsonl and a folder per extractor; --pdfs keeps the
PDFs too. (pdfplumber 0.11.11 asks for pypdfium2>=5.15.2: install it with --no-deps to keep 5.13.0.)
"""
from __future__ import annotations

import copy
import io
import json
import random
import re
from decimal import ROUND_HALF_UP, Decimal
from itertools import groupby
from pathlib import Path
from typing import Any, Callable, NamedTuple

import pandas as pd
import pdfplumber
import pymupdf
import pypdf
import pypdfium2
from pdfminer.high_level import extract_text
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, A5, B5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import CIDFontInfo, UnicodeCIDFont, structToPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable, HRFlowable, ImageAndFlowables
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, ListFlowable, ListItem,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)
from reportlab.platypus import CondPageBreak
from reportlab.platypus.doctemplate import ActionFlowable

HERE = Path(__file__).resolve().parent
OUT = HERE  # the output folder (gold.jsonl and a folder per extractor): the committed fixture by default
PDF_DIR: Path | None = None  # where the PDFs are kept too, when given (`--pdfs DIR`)
FONT = "STSong-Light"  # Adobe-GB1 covers the Traditional characters too; pdfminer reads MSung-Light (Adobe-CNS1) as garbage
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

class Layout(NamedTuple):
    name: str
    font: str
    size: tuple[float, float]  # the page
    body_pt: float
    leading: float
    indent_em: float  # first-line indent
    after_pt: float  # space after a paragraph
    header: Any  # text, None, or (odd pages, even pages)
    footer: str | None  # a format: {page}, {pages}
    sources: tuple[str, ...]  # the raw files the paragraphs come from


LAYOUTS = [
    Layout("a4_indent_header", FONT, A4, 10.5, 18, 2, 0, "某市发展研究中心  专题研究报告", "- {page} -", ("001",)),
    Layout("b5_traditional_page_of", FONT, B5, 11, 19, 2, 0, "經貿研究簡報", "第 {page} 頁，共 {pages} 頁", ("000", "002")),
    Layout("a4_block_spacing", FONT, A4, 12, 20, 0, 10, None, "{page}", ("001", "003", "004")),
]
# Page-bottom notes: every other paragraph carries a superscript note number after its first clause
# of 15 characters or more; the notes stand at the bottom of the page where their number falls,
# under a short rule, "N text" in 8 pt, above the page number.
NOTES_LAYOUT = Layout("a4_footnotes", FONT, A4, 10.5, 18, 2, 0, None, "- {page} -", ("001",))
NOTE_TEXTS = ("参见《人民日报》2024年3月{day}日第{page}版。",
              "习近平：《在二十届中央政治局第十一次集体学习时的讲话》，2024年1月31日。",
              "国家统计局：《中华人民共和国2023年国民经济和社会发展统计公报》，2024年2月29日。",
              "资料来源：工业和信息化部网站，2024年{month}月。", "同上，第{page}页。")
# Two columns (a journal's or a newspaper's page): paragraphs run from the foot of one column to
# the head of the next with nothing between; the footer alone marks the pages.
COLUMNS_LAYOUT = Layout("a4_two_columns", FONT, A4, 9.5, 15, 2, 0, None, "{page}", ("001", "003"))
# Held-out two-column layouts, made after the side-by-side column rule (clean/columns.py) was
# written from a4_two_columns and before it was run on them: B5 Traditional text under a title
# across both columns on the first page, a running header and a narrower gutter; and A4 with
# paragraphs marked by space after them, no indent, and a wider gutter.
COLUMNS_TITLED_LAYOUT = Layout("b5_two_columns_title", FONT, B5, 10, 16, 2, 0, "經貿研究簡報", "- {page} -", ("000", "002"))
COLUMNS_TITLE = "粵港澳大灣區與新質生產力發展研究"
COLUMNS_SPACED_LAYOUT = Layout("a4_two_columns_spaced", FONT, A4, 10.5, 17, 0, 8, None, "第 {page} 页", ("003", "004"))
# Held-out notes, made after the rules for pdfplumber's lifted superscripts and pypdf's raised
# line parts were written from a4_footnotes and before they were run on it: B5 Traditional text,
# each note's number after a sentence's stop (`…發展。³`) instead of before a comma, every other
# paragraph, and a footer `第 N 页`.
NOTES_AFTER_STOP_LAYOUT = Layout("b5_notes_after_stops", FONT, B5, 10, 17, 2, 0, None, "第 {page} 页", ("000", "002"))
# Two more held-out layouts, typeset after the rules above were fixed and before they were run on
# them: notes numbered with circled digits (`①`), as Chinese journals and books number them, on B5
# pages; and a report's tables whose cells are words, not numbers (regions and their industries).
CIRCLED_NOTES_LAYOUT = Layout("b5_circled_notes", FONT, B5, 10.5, 18, 2, 0, None, "- {page} -", ("001",))
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
TEXT_TABLES = [("表 1：部分省市发展新质生产力的重点方向", "资料来源：各地政府工作报告，某证券研究所", ["重点产业", "主要举措"],
                ["北京", "上海", "广东", "江苏", "浙江"]),
               ("表 2：新质生产力相关政策梳理", "资料来源：中国政府网，某证券研究所", ["发布部门", "政策要点"],
                ["《政府工作报告》", "《关于推动未来产业创新发展的实施意见》", "《推动大规模设备更新行动方案》"]),
               ("表 3：重点产业链代表企业", "资料来源：公司公告，某证券研究所", ["上游", "中游", "下游"],
                ["人形机器人", "低空经济", "商业航天"]),
               ("表 4：各类创新主体的作用", "资料来源：某证券研究所整理", ["主要作用", "典型形式"],
                ["企业", "高校", "科研院所", "金融机构"])]
TEXT_CELLS = {"重点产业": ["人工智能", "集成电路", "生物医药", "新能源汽车", "高端装备"],
              "主要举措": ["建设创新中心", "设立产业基金", "开放应用场景", "培育链主企业", "完善人才政策"],
              "发布部门": ["国务院", "工业和信息化部", "国家发展改革委", "科技部"],
              "政策要点": ["培育未来产业", "推动设备更新", "加快新型工业化", "强化科技创新"],
              "上游": ["核心零部件", "原材料", "芯片与传感器"], "中游": ["整机制造", "系统集成", "平台运营"],
              "下游": ["应用服务", "运营维护", "终端消费"],
              "主要作用": ["技术创新主体", "基础研究主力", "关键技术攻关", "长期资本支持"],
              "典型形式": ["研发中心", "联合实验室", "新型研发机构", "科创基金"]}
# Two held-out layouts of documents the corpus is about, typeset with every rule above fixed: a
# regulation (a centred title, chapters `第一章　总则` and articles `第一条　…`, each article a
# paragraph), and a newspaper article (title, a byline `本报记者　…`, a lead opening with its dateline
# `本报北京3月5日电　`, unnumbered subheads, a paper's name and date on top of each page).
REGULATION_LAYOUT = Layout("a4_regulation", FONT, A4, 11, 19, 2, 0, None, "— {page} —", ("001",))
REGULATION_TITLE = "某市加快发展新质生产力若干规定"
REGULATION_CHAPTERS = ["第一章　总则", "第二章　科技创新", "第三章　产业发展", "第四章　附则"]
NUMERALS = "一二三四五六七八九十"
NEWSPAPER_LAYOUT = Layout("a4_newspaper", FONT, A4, 10.5, 18, 2, 0, "某某日报　2024年3月6日　星期三", "{page}", ("001",))
NEWSPAPER_ITEMS = [{"kind": "title", "text": "以科技创新引领现代化产业体系建设"},
                   {"kind": "byline", "text": "本报记者　王明　李华"}]
NEWSPAPER_SUBHEADS = ["创新驱动　动能澎湃", "链群协同　产业升级", "人才为本　活力迸发"]
# A book's spreads: the running head alternates (the chapter on odd pages, the book on even ones),
# both it and the page number (counted from 41) stand at the outer edge. Long enough for each head
# to stand on at least three pages.
BOOK_LAYOUT = Layout("b5_book_spreads", FONT, B5, 10.5, 18, 2, 0, ("第三章  新质生产力与产业体系", "新质生产力学习读本"),
               "{page}", ("001",))
BOOK_PARAGRAPHS = 36
BOOK_HEADINGS = ["一、总体情况", "二、主要做法", "三、下一步工作", "四、存在的问题", "五、政策建议", "六、结语"]
# An official document: a centred title and date, numbered heads of three levels (一、 / （一） / 1.),
# paragraphs, and the issuing body's signature over its date at the end, right-aligned.
POLICY_LAYOUT = Layout("a4_policy_document", FONT, A4, 11, 19, 2, 0, None, "— {page} —", ("001",))
POLICY_PARAGRAPHS = 14
POLICY_TITLE = [{"kind": "title", "text": "关于加快发展新质生产力的实施意见"}, {"kind": "dateline", "text": "2024年3月5日"}]
POLICY_HEADINGS = ["一、总体要求", "（一）指导思想", "（二）主要目标", "二、重点任务", "（一）推动科技创新",
                   "1.加强基础研究", "2.强化企业创新主体地位", "（二）培育新兴产业"]
POLICY_SIGNATURE = [{"kind": "byline", "text": "某某市人民政府"}, {"kind": "dateline", "text": "2024年3月1日"}]
# A securities firm's report: after every fourth paragraph from the second, a figure (an image: no
# text) between its caption above and its source note below; `证券研究报告` at the top of each page,
# the disclaimer and the page number at the bottom.
REPORT_LAYOUT = Layout("a4_research_report", FONT, A4, 10.5, 18, 2, 0, "证券研究报告", "-{page}-", ("001", "003"))
REPORT_FIGURES = [("图 1：全国研发经费投入及其强度", "资料来源：国家统计局，Wind，某证券研究所"),
                  ("图 2：高技术制造业增加值增速", "资料来源：工业和信息化部，某证券研究所"),
                  ("图 3：战略性新兴产业增加值占 GDP 比重", "资料来源：国家发展改革委，某证券研究所"),
                  ("图 4：数字经济核心产业规模", "资料来源：中国信息通信研究院，某证券研究所")]
# The same with its figures drawn in the PDF (bar charts of five years, values 0-100), whose axis
# labels extractors give as lines of numbers.
CHARTS_LAYOUT = REPORT_LAYOUT._replace(name="a4_report_charts")
CHART_YEARS = ["2019", "2020", "2021", "2022", "2023"]
# A report with a cover page (title, author body, month) and a table of contents (目 录, entries
# with middle-dot leaders and page numbers; pdfminer and PyMuPDF drop this font's middle dots),
# page numbers counted from the first page of text.
COVER_LAYOUT = Layout("a4_cover_contents", FONT, A4, 11, 19, 2, 0, None, "{page}", ("001",))
COVER_ITEMS = [{"kind": "title", "text": "加快发展新质生产力研究报告"}, {"kind": "byline", "text": "某市发展研究中心"},
               {"kind": "dateline", "text": "2024年3月"}]
COVER_PARAGRAPHS = 12
# A report with tables of numbers: after every fourth paragraph from the second, a table (a grid:
# a header row of years, then rows of an indicator and its values) between its caption above and
# its source note below. Extractors give a row as one line of cells apart (pypdf's layout mode: by
# runs of spaces; PDFium: by one space) or one cell per line (pypdf, PyMuPDF); pdfminer gives the
# columns one after another.
TABLES_LAYOUT = REPORT_LAYOUT._replace(name="a4_report_tables")
TABLES = [("表 1：全国研发投入主要指标", "资料来源：国家统计局，某证券研究所", ["2021年", "2022年", "2023年", "同比增长"],
           ["全社会研发经费（亿元）", "基础研究经费（亿元）", "研发经费投入强度", "研发人员全时当量（万人年）"]),
          ("表 2：新兴产业发展情况", "资料来源：工业和信息化部，Wind，某证券研究所", ["2022年", "2023年", "增速"],
           ["新能源汽车产量（万辆）", "工业机器人产量（万套）", "集成电路产量（亿块）", "太阳能电池产量（万千瓦）",
            "服务机器人产量（万套）"]),
          ("表 3：数字经济规模", "资料来源：中国信息通信研究院，某证券研究所", ["2020年", "2021年", "2022年", "2023年", "占 GDP 比重"],
           ["数字经济规模（万亿元）", "数字产业化（万亿元）", "产业数字化（万亿元）"]),
          ("表 4：专利与技术市场", "资料来源：国家知识产权局，科技部，某证券研究所", ["2022年", "2023年", "增长"],
           ["发明专利授权（万件）", "有效发明专利（万件）", "技术合同成交额（亿元）", "PCT 国际专利申请（万件）"])]
# More varied tables: quarters and estimates as columns, values with words (`5%左右`) or missing
# (`—`), signed changes, a header cell that is not `指标`; where a page break falls after (or in) a
# table, the extractors set the page's furniture among its cells.
VARIED_TABLES_LAYOUT = REPORT_LAYOUT._replace(name="a4_report_tables_varied")
VARIED_TABLES = [("表 1：季度主要经济指标", "数据来源：国家统计局", ["2023Q1", "2023Q2", "2023Q3", "2023Q4", "2024Q1", "2024Q2"],
                  ["GDP 同比（%）", "工业增加值同比（%）", "社零总额同比（%）"]),
                 ("表 2：重点行业研发强度", "资料来源：Wind，某证券研究所", ["研发强度", "变动"],
                  ["电子", "医药生物", "计算机", "机械设备", "汽车", "电力设备"]),
                 ("表 3：地方两会新质生产力相关目标", "资料来源：各省政府工作报告，某证券研究所", ["2024年目标", "2023年实际"],
                  ["北京市地区生产总值增速", "上海市研发经费投入强度", "广东省高技术制造业增加值增速"]),
                 ("表 4：未来产业规模预测（亿元）", "资料来源：某研究院，某证券研究所", ["2025E", "2030E", "复合增速"],
                  ["人形机器人", "低空经济", "量子信息", "生物制造"])]
TEXT_TABLES_LAYOUT = REPORT_LAYOUT._replace(name="a4_text_tables")  # see TEXT_TABLES
# Lists and a box: a bulleted list (the bullet drawn from the CJK font, which maps it to no
# character: pypdf writes DEL, pdfminer `(cid:127)`, PyMuPDF the bullet on a line of its own), a
# numbered list whose points end in `；`, and a framed box (`专栏 1：…` over two paragraphs).
LISTS_LAYOUT = REPORT_LAYOUT._replace(name="a4_lists_box", header=None, footer="- {page} -")
LIST_BULLETS = ["加快传统产业数字化、智能化、绿色化改造，推动产业链向上下游延伸，形成较为完善的产业链和产业集群。",
                "培育壮大战略性新兴产业。", "前瞻布局未来产业，在人工智能、量子信息、生物制造等领域开辟新赛道，加快形成新质生产力。",
                "完善科技成果转化机制。"]
LIST_NUMBERED = ["加大基础研究投入，提高基础研究经费占研发经费的比重；", "强化企业科技创新主体地位，支持企业牵头组建创新联合体；",
                 "完善人才培养、引进、使用、合理流动的工作机制，营造良好的创新生态。"]
BOX_TITLE = "专栏 1：新质生产力的内涵"
# A journal article (CNKI style): title, authors and their affiliations, labelled front matter
# (摘要 / 关键词 / 中图分类号 …), numbered heads of two levels, references; the journal's name
# heads odd pages and its issue even ones, the page numbers run from 12.
ARTICLE_LAYOUT = Layout("a4_journal_article", FONT, A4, 10.5, 18, 2, 0, ("某某大学学报（哲学社会科学版）", "2024 年第 3 期"),
                        "{page}", ("001",))
ARTICLE_FRONT = [{"kind": "title", "text": "新质生产力的理论内涵与实践路径研究"}, {"kind": "byline", "text": "张三 1，李四 2"},
                 {"kind": "byline", "text": "（1. 某大学 经济学院，北京 100871；2. 某研究院，上海 200030）"}]
ARTICLE_LABELS = ["关键词：新质生产力；高质量发展；科技创新；产业升级",
                  "中图分类号：F124 文献标识码：A 文章编号：1000-0000（2024）03-0012-08"]
ARTICLE_HEADINGS = [(1, "一、引言"), (4, "二、新质生产力的理论内涵"), (4, "（一）新质生产力的基本特征"),
                    (7, "（二）新质生产力与传统生产力的区别"), (22, "三、结论与建议")]
ARTICLE_REFERENCES = [
    "[1] 习近平. 发展新质生产力是推动高质量发展的内在要求和重要着力点[J]. 求是, 2024(11): 4-8.",
    "[2] 周文, 许凌云. 论新质生产力：内涵特征与重要着力点[J]. 改革, 2023(10): 1-13.",
    "[3] 蒲清平, 黄媛媛. 习近平总书记关于新质生产力重要论述的生成逻辑、理论创新与时代价值[J]. 西南大学学报（社会科学版）, 2023, 49(6): 1-11.",
    "[4] 洪银兴. 发展新质生产力 建设现代化产业体系[J]. 当代经济研究, 2024(2): 7-9."]
# A web page printed from a browser (Chrome's defaults): the print date and time at the top left and
# the page's title at the top centre; the page's address at the bottom left and `page/pages` at the
# bottom right, in 8 pt. The article's title, then its paragraphs and heads.
WEB_LAYOUT = Layout("a4_web_print", FONT, A4, 10.5, 18, 2, 6,
                    ("2024/3/20 15:15", "加快发展新质生产力_滚动新闻_中国政府网"),
                    "https://www.gov.cn/yaowen/liebiao/202403/content_6939012.htm", ("001",))
WEB_TITLE = [{"kind": "title", "text": "加快发展新质生产力 扎实推进高质量发展"}]
PARAGRAPHS_PER_LAYOUT = 16
HEADINGS = {"001": ["一、总体情况", "二、主要做法", "三、下一步工作"], "000": ["一、背景", "二、內涵", "三、建議"],
            "003": ["一、总体情况", "二、主要做法", "三、下一步工作"], "004": ["一、总体情况", "二、主要做法", "三、下一步工作"]}
_COMPLETE = re.compile(r"[。！？][”」]?$")


def _pypdf_pages(pdf: bytes, **options) -> list[str]:
    return [page.extract_text(**options) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def _pdfium_pages(pdf: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    return [document[i].get_textpage().get_text_range() for i in range(len(document))]


# folder -> the extracted text of a PDF. pdfminer.six: no leading whitespace, a blank line after
# every line, a form feed between pages. The others give a text per page, joined here by a line
# break as a user's script would (no page separator): pypdf writes a first-line indent as one
# leading space; its layout mode keeps the page's vertical space as empty lines; PDFium (Chrome's
# engine) ends its lines with \r\n and writes no indent; PyMuPDF ends every page's text with a line
# break (joined here as they come) and writes no indent; pdfplumber writes no indent and sets a
# superscript on a line of its own above its line, leaving a space where it stood.
EXTRACTORS = {
    "pdfminer": lambda pdf: extract_text(io.BytesIO(pdf)),
    "pypdf": lambda pdf: "\n".join(_pypdf_pages(pdf)),
    "pypdf_layout": lambda pdf: "\n".join(_pypdf_pages(pdf, extraction_mode="layout")),
    "pdfium": lambda pdf: "\n".join(_pdfium_pages(pdf)),
    "pymupdf": lambda pdf: "".join(page.get_text() for page in pymupdf.open(stream=pdf, filetype="pdf")),
    "pdfplumber": lambda pdf: _pdfplumber_text(pdf),
}


def _pdfplumber_text(pdf: bytes) -> str:
    """pdfplumber's plain `extract_text()` per page, joined by a line break. (Its layout=True text is
    not used: with the default settings it cuts Chinese lines at its layout width, losing their ends.)"""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() for page in document.pages)


def paragraphs(release: Path, sources: tuple[str, ...], rng: random.Random,
               count: int = PARAGRAPHS_PER_LAYOUT) -> list[str]:
    """Whole paragraphs of these source files (ending a sentence, 60-500 characters, no cell
    delimiters), in a random order."""
    segments = pd.read_parquet(release / "segments", columns=["source_file", "kind", "text_original"])
    pool = [text for file, kind, text in segments.itertuples(index=False)
            if kind == "paragraph" and file[:3] in sources and 60 <= len(text) <= 500
            and _COMPLETE.search(text) and "｜" not in text and "\n" not in text]
    return rng.sample(pool, count)


def _body_style(layout: Layout) -> ParagraphStyle:
    """A justified paragraph with the layout's size, leading, first-line indent and space after."""
    return ParagraphStyle("body", fontName=layout.font, fontSize=layout.body_pt, leading=layout.leading,
                          wordWrap="CJK", firstLineIndent=layout.indent_em * layout.body_pt,
                          spaceAfter=layout.after_pt, alignment=4)


def _heading_style(layout: Layout, grow: int = 3) -> ParagraphStyle:
    """A heading `grow` points larger than the body, with twice that in leading and space around."""
    return ParagraphStyle("heading", fontName=layout.font, fontSize=layout.body_pt + grow,
                          leading=layout.leading + 2 * grow, spaceBefore=2 * grow, spaceAfter=2 * grow, wordWrap="CJK")


def _furniture(layout: Layout, footer_y: float, header_at: tuple[float, float] | None = None,
               title: tuple[str, float] | None = None, first: int = 1):
    """A page callback drawing the layout's header at `header_at` (x, y) when both are given, its footer
    (the page number, counted from `first`) centred at height `footer_y`, and on the first page `title`
    (text, y) centred in a size six points above the body's."""
    width, height = layout.size

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(layout.font, 9)
        if layout.header and header_at:
            canvas.drawString(*header_at, layout.header)
        canvas.drawCentredString(width / 2, footer_y, layout.footer.format(page=first + doc.page - 1))
        if title and doc.page == 1:
            canvas.setFont(layout.font, layout.body_pt + 6)
            canvas.drawCentredString(width / 2, title[1], title[0])
        canvas.restoreState()
    return furniture


def typeset(layout: Layout, items: list[dict[str, str]]) -> bytes:
    font, size, header, footer = layout.font, layout.size, layout.header, layout.footer
    body, heading = _body_style(layout), _heading_style(layout)
    pages = [0]

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        if header:
            canvas.drawString(25 * mm, size[1] - 15 * mm, header)
        if footer:
            canvas.drawCentredString(size[0] / 2, 12 * mm, footer.format(page=doc.page, pages=pages[0] or "?"))
        canvas.restoreState()

    for _ in range(2):  # the second pass knows the page count for "共 N 頁"
        out = io.BytesIO()
        doc = SimpleDocTemplate(out, pagesize=size, leftMargin=25 * mm, rightMargin=25 * mm,
                                topMargin=25 * mm, bottomMargin=22 * mm)
        story = [Paragraph(item["text"], heading if item["kind"] == "heading" else body) for item in items]
        doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
        pages[0] = doc.page
    return out.getvalue()


def _build_with_page_notes(layout: Layout, notes: dict[int, str], story, label=str, named=None) -> bytes:
    """Two passes of pages of one frame whose notes stand at their bottom: `story()` gives a pass's
    flowables, whose `<onDraw name="note" label="N"/>` marks record the page each note number falls
    on (`named`: further onDraw callbacks by name); the second pass draws each note at the bottom of
    the page the first found for it (the frame leaves room for them, so both passes break the pages
    alike)."""
    font, size, footer = layout.font, layout.size, layout.footer
    note_page: dict[int, int] = {}
    placed: dict[int, int] = {}

    def page_start(canvas, doc) -> None:
        canvas.setNamedCB("note", lambda canvas, kind, label: note_page.__setitem__(int(label), canvas.getPageNumber()))
        for name, callback in (named or {}).items():
            canvas.setNamedCB(name, callback)

    def page_end(canvas, doc) -> None:  # drawn after the body text, as word processors write notes
        page = canvas.getPageNumber()
        canvas.saveState()
        here = sorted(n for n, on in placed.items() if on == page)
        if here:
            canvas.line(25 * mm, 42 * mm, 70 * mm, 42 * mm)
            canvas.setFont(font, 8)
            for k, n in enumerate(here):
                canvas.drawString(25 * mm, 38 * mm - 4 * mm * k, f"{label(n)} {notes[n]}")
        canvas.setFont(font, 9)
        canvas.drawCentredString(size[0] / 2, 12 * mm, footer.format(page=page))
        canvas.restoreState()

    for _ in range(2):
        out = io.BytesIO()
        doc = BaseDocTemplate(out, pagesize=size)
        frame = Frame(25 * mm, 48 * mm, size[0] - 50 * mm, size[1] - 73 * mm, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=page_start, onPageEnd=page_end)])
        doc.build(story())
        placed = dict(note_page)
    assert set(placed) == set(notes), (placed, notes)
    return out.getvalue()


def typeset_with_notes(layout: Layout, items: list[dict], notes: dict[int, str], label=str,
                       styles: dict[str, ParagraphStyle] | None = None, escape: bool = False) -> bytes:
    """Items whose `marked` text holds note numbers as `<super>` with an onDraw callback, each set in
    `styles[its style or kind]` (the body style where none is given: the heading style for headings),
    the notes at their pages' bottom (_build_with_page_notes). The first layouts passed their text to
    ReportLab as markup unescaped (`R&D` came out `R&D;`); `escape` sets it as written."""
    styles = styles or {"heading": _heading_style(layout)}
    body = _body_style(layout)
    return _build_with_page_notes(layout, notes, lambda: [
        Paragraph(item.get("marked", _escaped(item["text"]) if escape else item["text"]),
                  styles.get(item.get("style", item["kind"]), body))
        for item in items], label)


def typeset_columns(layout: Layout, items: list[dict[str, str]]) -> bytes:
    size = layout.size
    body, heading = _body_style(layout), _heading_style(layout, grow=2)

    furniture = _furniture(layout, 10 * mm)
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=size)
    width = (size[0] - 46 * mm) / 2  # 20 mm margins, 6 mm between the columns
    doc.addPageTemplates([PageTemplate("columns", [Frame(20 * mm + k * (width + 6 * mm), 18 * mm, width,
                                                         size[1] - 38 * mm) for k in range(2)],
                                       onPage=furniture)])
    doc.build([Paragraph(item["text"], heading if item["kind"] == "heading" else body) for item in items])
    return out.getvalue()


def typeset_columns_framed(layout: Layout, items: list[dict[str, str]], gutter_mm: float,
                           title: str | None = None) -> bytes:
    """Two columns `gutter_mm` apart between 18 mm margins, the layout's header (top left) and
    footer (centred) on every page, and on the first page a title centred across both columns."""
    size = layout.size
    body, heading = _body_style(layout), _heading_style(layout, grow=2)
    width = (size[0] - 36 * mm - gutter_mm * mm) / 2
    top = size[1] - 26 * mm

    furniture = _furniture(layout, 10 * mm, (18 * mm, size[1] - 12 * mm), (title, top - 6 * mm) if title else None)

    def frames(below_title: float) -> list[Frame]:
        return [Frame(18 * mm + k * (width + gutter_mm * mm), 18 * mm, width, top - 18 * mm - below_title)
                for k in range(2)]

    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=size)
    doc.addPageTemplates([PageTemplate("first", frames(16 * mm if title else 0), onPage=furniture, autoNextPageTemplate="later"),
                          PageTemplate("later", frames(0), onPage=furniture)])
    doc.build([Paragraph(item["text"], heading if item["kind"] == "heading" else body) for item in items])
    return out.getvalue()


def typeset_centred_title(layout: Layout, items: list[dict[str, str]], header_left: bool = False,
                          more_styles: dict[str, ParagraphStyle] | None = None) -> bytes:
    """Items under a centred title (18 pt), bylines centred, headings one point larger than the body;
    the layout's header (top left, when given) and footer (centred) on every page. An item may name
    a style of `more_styles` (`style`) and give its text as markup (`markup`: superscripts)."""
    font, size, body_pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    centred = {"alignment": 1, "wordWrap": "CJK", "fontName": font}
    styles = {
        "title": ParagraphStyle("title", fontSize=18, leading=26, spaceAfter=8, **centred),
        "byline": ParagraphStyle("byline", fontSize=body_pt, leading=leading, spaceAfter=8, **centred),
        "heading": ParagraphStyle("heading", fontSize=body_pt + 1, leading=leading + 2, spaceBefore=6, spaceAfter=4,
                                  **centred),
        "paragraph": _body_style(layout),
        **(more_styles or {}),
    }

    furniture = _furniture(layout, 12 * mm, (25 * mm, size[1] - 15 * mm))

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=size, leftMargin=26 * mm, rightMargin=26 * mm, topMargin=28 * mm,
                            bottomMargin=24 * mm)
    doc.build([Paragraph(item.get("markup", item["text"]), styles[item.get("style", item["kind"])]) for item in items],
              onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


def _regulation_items(texts: list[str]) -> list[dict[str, str]]:
    """The title, then four chapters of articles: each paragraph an article `第N条　…`."""
    items = [{"kind": "title", "text": REGULATION_TITLE}]
    per_chapter = -(-len(texts) // len(REGULATION_CHAPTERS))
    for n, text in enumerate(texts):
        if n % per_chapter == 0:
            items.append({"kind": "heading", "text": REGULATION_CHAPTERS[n // per_chapter]})
        number = NUMERALS[n] if n < 10 else "十" + NUMERALS[n - 10]
        items.append({"kind": "paragraph", "text": f"第{number}条　{text}"})
    return items


def _newspaper_items(texts: list[str]) -> list[dict[str, str]]:
    """Title and byline, a lead opening with the dateline, a subhead before every fourth paragraph."""
    items = list(NEWSPAPER_ITEMS)
    for n, text in enumerate(texts):
        if n and n % 4 == 0:
            items.append({"kind": "heading", "text": NEWSPAPER_SUBHEADS[n // 4 - 1]})
        items.append({"kind": "paragraph", "text": ("本报北京3月5日电　" if n == 0 else "") + text})
    return items


def typeset_book(layout: Layout, items: list[dict[str, str]]) -> bytes:
    font, size, footer = layout.font, layout.size, layout.footer
    odd_head, even_head = layout.header
    body, heading = _body_style(layout), _heading_style(layout)

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        number = footer.format(page=doc.page + 40)
        if doc.page % 2:
            canvas.drawRightString(size[0] - 20 * mm, size[1] - 14 * mm, odd_head)
            canvas.drawRightString(size[0] - 20 * mm, 12 * mm, number)
        else:
            canvas.drawString(20 * mm, size[1] - 14 * mm, even_head)
            canvas.drawString(20 * mm, 12 * mm, number)
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=size, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm)
    doc.build([Paragraph(item["text"], heading if item["kind"] == "heading" else body) for item in items],
              onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


def typeset_policy(layout: Layout, items: list[dict[str, str]]) -> bytes:
    font, size, body_pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    centred = {"alignment": 1, "wordWrap": "CJK", "fontName": font}
    styles = {
        "title": ParagraphStyle("title", fontSize=18, leading=26, spaceAfter=6, **centred),
        "dateline": ParagraphStyle("date", fontSize=body_pt, leading=leading, spaceAfter=10, **centred),
        "heading": ParagraphStyle("heading", fontName=font, fontSize=body_pt + 1, leading=leading + 1,
                                  spaceBefore=4, spaceAfter=2, wordWrap="CJK"),
        "paragraph": _body_style(layout),
        "signature": ParagraphStyle("signature", fontName=font, fontSize=body_pt, leading=leading, alignment=2,
                                    wordWrap="CJK"),
    }
    signature = items[-len(POLICY_SIGNATURE):]

    furniture = _furniture(layout, 12 * mm)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=size, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=30 * mm,
                            bottomMargin=25 * mm)
    doc.build([Paragraph(item["text"], styles["signature" if item in signature else item["kind"]]) for item in items],
              onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


def _browser_edges(layout: Layout, pages: list[int]):
    """A page callback: a browser's print header and footer (Chrome's defaults, 8 pt): the date and time
    (layout.header[0]) at the top left and the page's title (layout.header[1]) at the top centre; its
    address (layout.footer) at the bottom left and `page/pages` at the bottom right (pages[0]: the count
    a first pass found)."""
    (stamp, page_title), address = layout.header, layout.footer

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(layout.font, 8)
        top, bottom = layout.size[1] - 8 * mm, 7 * mm
        canvas.drawString(10 * mm, top, stamp)
        canvas.drawCentredString(layout.size[0] / 2, top, page_title)
        canvas.drawString(10 * mm, bottom, address)
        canvas.drawRightString(layout.size[0] - 10 * mm, bottom, f"{doc.page}/{pages[0] or '?'}")
        canvas.restoreState()
    return furniture


def typeset_web(layout: Layout, items: list[dict[str, str]]) -> bytes:
    """The title centred and larger, then the items; the browser's header and footer on every page
    (a second pass knows the page count)."""
    body, heading = _body_style(layout), _heading_style(layout)
    title = ParagraphStyle("title", parent=heading, fontSize=layout.body_pt + 6, leading=layout.leading + 10,
                           alignment=1, spaceAfter=12)
    pages = [0]
    furniture = _browser_edges(layout, pages)
    styles = {"title": title, "heading": heading}
    for _ in range(2):
        out = io.BytesIO()
        doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=18 * mm, bottomMargin=18 * mm)
        doc.build([Paragraph(item["text"], styles.get(item["kind"], body)) for item in items],
                  onFirstPage=furniture, onLaterPages=furniture)
        pages[0] = doc.page
    return out.getvalue()


def _photo(width: float, height: float) -> Drawing:
    """An image as printed without it: an empty light grey box."""
    photo = Drawing(width, height)
    photo.add(Rect(0, 0, width, height, strokeColor=None, fillColor=colors.Color(0.85, 0.85, 0.85)))
    return photo


def _figure(item: dict, font: str) -> Drawing:
    """A bar chart of the item's `values`, or without them an empty drawing (an image, as far as
    text extraction goes)."""
    drawing = Drawing(400, 150 if "values" in item else 120)
    if "values" in item:
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 40, 20, 340, 110
        chart.data = [item["values"]]
        chart.categoryAxis.categoryNames = CHART_YEARS
        chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
        chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
        drawing.add(chart)
    return drawing


def typeset_report(layout: Layout, items: list[dict]) -> bytes:
    """Items of kind `figure` are drawn by _figure, those of kind `table` by _table."""
    font, size, header, footer = layout.font, layout.size, layout.header, layout.footer
    styles = {
        "paragraph": _body_style(layout),
        "caption": ParagraphStyle("caption", fontName=font, fontSize=9, leading=14, spaceBefore=6, wordWrap="CJK"),
        "source_note": ParagraphStyle("source", fontName=font, fontSize=8, leading=12, spaceAfter=8,
                                      wordWrap="CJK"),
    }

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawRightString(size[0] - 25 * mm, size[1] - 15 * mm, header)
        canvas.drawString(25 * mm, 12 * mm, "敬请参阅最后一页特别声明")
        canvas.drawRightString(size[0] - 25 * mm, 12 * mm, footer.format(page=doc.page))
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=size, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                            bottomMargin=22 * mm)
    drawn = {"figure": _figure, "table": _table}
    doc.build([drawn[item["kind"]](item, font) if item["kind"] in drawn else Paragraph(item["text"], styles[item["kind"]])
               for item in items], onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


def _table(item: dict, font: str) -> Table:
    """The item's `cells` as a grid, the first row the header, numbers aligned right."""
    table = Table(item["cells"], colWidths=[62 * mm] + [(160 - 62) * mm / (len(item["cells"][0]) - 1)]
                  * (len(item["cells"][0]) - 1))
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    return table


def typeset_cover_contents(layout: Layout, items: list[dict[str, str]]) -> bytes:
    """The cover items on a page of their own, then a contents page listing the headings with the
    page each falls on (a first pass finds them), then the text."""
    font, size, body_pt, leading, footer = layout.font, layout.size, layout.body_pt, layout.leading, layout.footer
    style = lambda **more: ParagraphStyle(layout.name, fontName=font, wordWrap="CJK", **more)  # noqa: E731
    cover = [style(fontSize=22, leading=30, alignment=1, spaceBefore=60 * mm, spaceAfter=20 * mm),
             style(fontSize=14, leading=20, alignment=1), style(fontSize=14, leading=20, alignment=1)]
    heading = style(fontSize=body_pt + 2, leading=leading + 3, spaceBefore=6)
    body = _body_style(layout)
    heading_pages: dict[str, int] = {}

    def furniture(canvas, doc) -> None:
        if doc.page > 2:  # the cover and the contents carry no number
            canvas.saveState()
            canvas.setFont(font, 9)
            canvas.drawCentredString(size[0] / 2, 12 * mm, footer.format(page=doc.page - 2))
            canvas.restoreState()

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, flowable) -> None:
            if getattr(flowable, "style", None) is heading:
                heading_pages[flowable.getPlainText()] = self.page - 2

    headings = [item["text"] for item in items if item["kind"] == "heading"]
    for _ in range(2):  # the second pass lists the pages the first found
        story = [Paragraph(item["text"], style_) for item, style_ in zip(items, cover)] + [PageBreak()]
        story.append(Paragraph("目  录", style(fontSize=16, leading=24, alignment=1, spaceAfter=10)))
        for text in headings:  # middle dots to fill the line, short enough not to wrap
            story.append(Paragraph(f"{text}{'·' * (24 - 2 * len(text))}{heading_pages.get(text, 0)}",
                                   style(fontSize=body_pt, leading=leading + 1)))
        story.append(PageBreak())
        story += [Paragraph(item["text"], heading if item["kind"] == "heading" else body)
                  for item in items[len(cover):]]
        out = io.BytesIO()
        Doc(out, pagesize=size, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
            bottomMargin=22 * mm).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


def typeset_lists_box(layout: Layout, items: list[dict]) -> bytes:
    """Paragraphs, then items of kind `list_item` as a bulleted list (`bullet`) or a numbered one
    (`number`), and `sidebar` items (a `heading` among them) framed together in a box."""
    body = _body_style(layout)
    item_style = ParagraphStyle("item", parent=body, firstLineIndent=0, leftIndent=12)
    box_style = ParagraphStyle("box", parent=body, fontSize=9.5, leading=15)
    story: list = []
    bullets: list = []
    box: list = []

    def flush() -> None:
        if bullets:
            story.append(ListFlowable([ListItem(Paragraph(t, item_style), value="•") for t in bullets],
                                      bulletType="bullet", start="•", leftIndent=14))
            bullets.clear()
        if box:
            table = Table([[Paragraph(t, box_style)] for t in box], colWidths=[150 * mm])
            table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                       ("BACKGROUND", (0, 0), (-1, -1), colors.whitesmoke)]))
            story.append(table)
            box.clear()

    for item in items:
        if item.get("bullet"):
            bullets.append(item["text"])
        elif item.get("boxed"):
            box.append(item["text"])
        else:
            flush()
            story.append(Paragraph(f"{item['number']}. {item['text']}" if "number" in item else item["text"],
                                   item_style if "number" in item else body))
    flush()
    furniture = _furniture(layout, 12 * mm)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=layout.size, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                      bottomMargin=22 * mm).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


def _lists_items(texts: list[str]) -> list[dict]:
    """Two paragraphs, the bulleted list, two paragraphs, the numbered list, two paragraphs, the
    box (its title and two paragraphs), two paragraphs."""
    para = [{"kind": "paragraph", "text": t} for t in texts]
    return (para[:2] + [{"kind": "list_item", "text": t, "bullet": True} for t in LIST_BULLETS] + para[2:4]
            + [{"kind": "list_item", "text": t, "number": n} for n, t in enumerate(LIST_NUMBERED, 1)] + para[4:6]
            + [{"kind": "heading", "text": BOX_TITLE, "boxed": True}]
            + [{"kind": "sidebar", "text": t, "boxed": True} for t in texts[8:10]] + para[6:8])


def typeset_article(layout: Layout, items: list[dict]) -> bytes:
    """The article: centred title and bylines, front matter in 9 pt, heads, body, references with a
    hanging indent; the running head alternates (layout.header: odd, even) over the page number."""
    font, size = layout.font, layout.size
    centred = lambda pt, lead, after=4: ParagraphStyle("c", fontName=font, fontSize=pt, leading=lead,  # noqa: E731
                                                       alignment=1, wordWrap="CJK", spaceAfter=after)
    styles = {"title": centred(16, 24, 6), "byline": centred(11, 18),
              "front": ParagraphStyle("f", fontName=font, fontSize=9, leading=15, wordWrap="CJK", alignment=4),
              "heading": _heading_style(layout, grow=1), "paragraph": _body_style(layout),
              "list_item": ParagraphStyle("r", fontName=font, fontSize=9, leading=14, leftIndent=18,
                                          firstLineIndent=-18, wordWrap="CJK")}

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(25 * mm, size[1] - 14 * mm, layout.header[(doc.page + 1) % 2])
        canvas.drawCentredString(size[0] / 2, 12 * mm, layout.footer.format(page=doc.page + 11))
        canvas.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=size, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                      bottomMargin=22 * mm).build(
        [Paragraph(item["text"], styles[item.get("style", item["kind"])]) for item in items],
        onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


def _article_items(texts: list[str]) -> list[dict]:
    """ARTICLE_FRONT, the abstract (the first text) and the labelled lines, then the body (the other
    texts) with ARTICLE_HEADINGS before the texts they name, then the references."""
    items = ARTICLE_FRONT + [{"kind": "paragraph", "text": "摘要：" + texts[0], "style": "front"}]
    items += [{"kind": "paragraph", "text": text, "style": "front"} for text in ARTICLE_LABELS]
    for n, text in enumerate(texts[1:], 1):
        items += [{"kind": "heading", "text": head} for at, head in ARTICLE_HEADINGS if at == n]
        items.append({"kind": "paragraph", "text": text})
    return items + [{"kind": "heading", "text": "参考文献："}] + [{"kind": "list_item", "text": r} for r in ARTICLE_REFERENCES]


def _marked(text: str, number: int, label=str) -> str | None:
    """The text with note `number`'s superscript (`label(number)`) after its first clause of 15+
    characters."""
    at = next((i for i, ch in enumerate(text) if ch in "，；" and i >= 15), None)
    if at is None:
        return None
    return f'{text[:at]}<super>{label(number)}</super><onDraw name="note" label="{number}"/>{text[at:]}'


def _marked_after_stop(text: str, number: int, label=str) -> str | None:
    """The text with note `number`'s superscript (`label(number)`) after its first sentence stop
    past 15 characters that does not end the text."""
    at = next((i for i, ch in enumerate(text[:-1]) if ch in "。；" and i >= 15), None)
    if at is None:
        return None
    return f'{text[:at + 1]}<super>{label(number)}</super><onDraw name="note" label="{number}"/>{text[at + 1:]}'


def _noted_items(texts: list[str], headings: list[str], rng: random.Random, mark=_marked, label=str,
                 most: int | None = None, every: int = 6) -> tuple[list[dict[str, str]], dict[int, str]]:
    """The paragraphs with headings (_items, a heading before every `every`-th paragraph), every other
    item a paragraph `mark`ed with the next note's number (at most `most` notes), and the notes
    (number → text from NOTE_TEXTS)."""
    items: list[dict[str, str]] = []
    notes: dict[int, str] = {}
    for item in _items(texts, headings, every):
        items.append(item)
        number = len(notes) + 1
        marked = mark(item["text"], number, label) \
            if item["kind"] == "paragraph" and len(items) % 2 and (most is None or number <= most) else None
        if marked:
            item["marked"] = marked
            notes[number] = rng.choice(NOTE_TEXTS).format(day=rng.randint(1, 28), page=rng.randint(1, 12),
                                                          month=rng.randint(1, 12))
    return items, notes


def _notes_gold(items: list[dict[str, str]], notes: dict[int, str], label=str) -> list[dict[str, str]]:
    """The gold items of a notes layout: the items without their marks, then each note as a footnote
    that keeps its number, which opens its line (the marker in the text is removed)."""
    return [{"kind": item["kind"], "text": item["text"]} for item in items] + \
        [{"kind": "footnote", "text": f"{label(n)} {text}"} for n, text in notes.items()]


def _items(texts: list[str], headings: list[str], every: int = 6) -> list[dict[str, str]]:
    """The paragraphs with a heading before every `every`-th one."""
    items: list[dict[str, str]] = []
    for n, text in enumerate(texts):
        if n % every == 0:
            items.append({"kind": "heading", "text": headings[n // every]})
        items.append({"kind": "paragraph", "text": text})
    return items


def _report_items(texts: list[str], chart_values: random.Random | None) -> list[dict]:
    """The paragraphs with a figure after every fourth from the second, between its caption and its
    source note: a bar chart of values drawn from `chart_values`, or without it an image."""
    items: list[dict] = []
    for n, text in enumerate(texts):
        items.append({"kind": "paragraph", "text": text})
        if n % 4 == 1:
            caption, source = REPORT_FIGURES[n // 4]
            figure = {"kind": "figure", "text": ""}
            if chart_values is not None:
                figure["values"] = [chart_values.randint(10, 90) for _ in CHART_YEARS]
            items += [{"kind": "caption", "text": caption}, figure, {"kind": "source_note", "text": source}]
    return items


def _value(rng: random.Random, column: str) -> str:
    """A plausible cell: a growth rate or share (one decimal, %) under a column that is no year,
    else a number of 1-5 digits, with one decimal half the time."""
    if not column.endswith("年"):
        return f"{rng.uniform(-5, 40):.1f}%"
    whole = rng.randint(1, 99999)
    return f"{whole / 10:.1f}" if rng.random() < 0.5 else str(whole)


def _varied_value(rng: random.Random, column: str) -> str:
    """A cell of VARIED_TABLES: a signed change, a growth rate of a quarter, a target in words or
    missing, a share, or a number."""
    if column == "变动":
        return f"{rng.uniform(-2, 2):+.1f}"
    if "Q" in column or column == "增速":
        return f"{rng.uniform(-3, 12):.1f}"
    if column.endswith(("目标", "实际")):
        return rng.choice(["5%左右", "6.0%", "—", "8%以上", "5.2%"])
    if column in ("复合增速", "研发强度"):
        return f"{rng.uniform(1, 60):.1f}%"
    return str(rng.randint(100, 99999))


def _table_items(texts: list[str], rng: random.Random, tables: list = TABLES, value=_value,
                 corner: str = "指标") -> list[dict]:
    """The paragraphs with a table after every fourth from the second, between its caption and its
    source note; the gold has a table_row item per row (its cells joined by tabs), header included."""
    items: list[dict] = []
    for n, text in enumerate(texts):
        items.append({"kind": "paragraph", "text": text})
        if n % 4 == 1:
            caption, source, columns, labels = tables[n // 4]
            cells = [[corner, *columns]] + [[label, *(value(rng, c) for c in columns)] for label in labels]
            items += [{"kind": "caption", "text": caption}, {"kind": "table", "text": "", "cells": cells},
                      {"kind": "source_note", "text": source}]
    return items


def _with_rows(items: list[dict]) -> list[dict]:
    """The gold items: each table as a table_row item per row (its cells joined by tabs)."""
    return [row for item in items for row in ([{"kind": "table_row", "text": "\t".join(cells), "cells": cells}
                                               for cells in item["cells"]] if item["kind"] == "table" else [item])]


def _extract(name: str, pdf: bytes) -> None:
    for folder, extract in EXTRACTORS.items():
        (OUT / folder).mkdir(parents=True, exist_ok=True)
        (OUT / folder / f"{name}.txt").write_bytes(extract(pdf).encode("utf-8"))
    if PDF_DIR is not None:
        PDF_DIR.mkdir(parents=True, exist_ok=True)
        (PDF_DIR / f"{name}.pdf").write_bytes(pdf)


# ---- Four more held-out layouts, appended after the others (their paragraphs come from the shared
# rng after the 22 layouts above, so those come out byte for byte as before). Paragraph text is
# escaped for ReportLab's markup here (`&` `<` `>`), so the PDF prints what the gold holds.

def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# An interview (newspaper Q&A): a centred title and byline, an intro paragraph, then exchanges: the
# reporter's question (`记者：…？`, 11 pt: a little larger than the answers) and the answer
# (`李某某：` + a paragraph); some answers go on in a second paragraph without the speaker's label.
INTERVIEW_LAYOUT = Layout("a4_interview", FONT, A4, 10.5, 18, 2, 0, None, "- {page} -", ("001",))
INTERVIEW_HEAD = [{"kind": "title", "text": "加快发展新质生产力——访某某研究院院长李某某"},
                  {"kind": "byline", "text": "本报记者　王某某"}]
INTERVIEW_QUESTIONS = ["记者：您如何理解新质生产力的内涵？",
                       "记者：发展新质生产力为什么要以科技创新为核心？",
                       "记者：传统产业在发展新质生产力中处于什么位置？",
                       "记者：如何看待战略性新兴产业和未来产业的布局？",
                       "记者：发展新质生产力对人才提出了哪些新要求？",
                       "记者：地方在推进新质生产力发展中应避免哪些误区？",
                       "记者：数字经济与新质生产力之间是什么关系？",
                       "记者：如何构建与新质生产力相适应的新型生产关系？",
                       "记者：对于下一步工作，您有什么建议？"]
INTERVIEW_SPEAKER = "李某某："
INTERVIEW_GOES_ON = (2, 5, 8)  # the exchanges (counted from 1) whose answer has a second paragraph


def _interview_items(texts: list[str]) -> list[dict[str, str]]:
    """The head, the intro (texts[0]), then per question its answer (texts[1..9]) and, after the
    answers of INTERVIEW_GOES_ON, a second paragraph (the texts after those)."""
    items = list(INTERVIEW_HEAD) + [{"kind": "paragraph", "text": texts[0]}]
    more = iter(texts[1 + len(INTERVIEW_QUESTIONS):])
    for n, question in enumerate(INTERVIEW_QUESTIONS, 1):
        items.append({"kind": "paragraph", "text": question, "style": "question"})
        items.append({"kind": "paragraph", "text": INTERVIEW_SPEAKER + texts[n]})
        if n in INTERVIEW_GOES_ON:
            items.append({"kind": "paragraph", "text": next(more)})
    return items


def _interview_styles(layout: Layout) -> dict[str, ParagraphStyle]:
    return {"question": ParagraphStyle("question", parent=_body_style(layout), fontSize=11, leading=layout.leading,
                                       firstLineIndent=2 * 11)}


# Endnotes: an article whose paragraphs carry superscript note numbers (after a first clause, as in
# a4_footnotes), the notes all at the document's end under `注释：`, each `N. text` in 9 pt. The gold
# keeps a note's label as printed (`1. 参见…`), as a4_footnotes keeps its `1 参见…`.
ENDNOTES_LAYOUT = Layout("a4_endnotes", FONT, A4, 10.5, 18, 2, 0, None, "{page}", ("001",))
ENDNOTES_TITLE = {"kind": "title", "text": "新质生产力的理论逻辑与实践路径"}
ENDNOTES_HEADING = "注释："
ENDNOTES_PARAGRAPHS = 24  # heads every fourth (BOOK_HEADINGS: six), a note on every other item: 10-14 notes


def _endnotes_items(texts: list[str], rng: random.Random) -> list[dict[str, str]]:
    """The title, the paragraphs with heads (every fourth) and note numbers (_noted_items: its
    `marked` text, without the onDraw callback a page-bottom note needs), then `注释：` and the notes."""
    marked, notes = _noted_items([_escaped(t) for t in texts], BOOK_HEADINGS, rng, most=14, every=4)
    plain = _items(texts, BOOK_HEADINGS, 4)
    items = [ENDNOTES_TITLE] + [{"kind": p["kind"], "text": p["text"],
                                 "markup": re.sub(r"<onDraw [^>]*/>", "", m.get("marked", m["text"]))}
                                for p, m in zip(plain, marked)]
    items.append({"kind": "heading", "text": ENDNOTES_HEADING, "style": "notes_heading"})
    return items + [{"kind": "footnote", "text": f"{n}. {text}", "style": "endnote"} for n, text in notes.items()]


def _endnotes_styles(layout: Layout) -> dict[str, ParagraphStyle]:
    return {"notes_heading": ParagraphStyle("notes_heading", fontName=layout.font, fontSize=layout.body_pt + 1,
                                            leading=layout.leading + 2, spaceBefore=14, spaceAfter=4, wordWrap="CJK"),
            "endnote": ParagraphStyle("endnote", fontName=layout.font, fontSize=9, leading=14, spaceAfter=2,
                                      wordWrap="CJK")}


# A government work report: a centred title and the occasion under it (a byline), centred heads
# `一、…` before every fifth paragraph, and about half the paragraphs opening with a run-in lead
# sentence (`（一）…。`) numbered within its head, the paragraph's text going on after it.
RUN_IN_LAYOUT = Layout("a4_run_in_heads", FONT, A4, 11, 19, 2, 0, None, "— {page} —", ("001",))
RUN_IN_HEAD = [{"kind": "title", "text": "政府工作报告"},
               {"kind": "byline", "text": "——2024年3月5日在第十四届全国人民代表大会第二次会议上"}]
RUN_IN_HEADINGS = ["一、2023年工作回顾", "二、2024年经济社会发展总体要求和政策取向", "三、2024年政府工作任务"]
RUN_IN_LEADS = [  # per head, per paragraph under it: its lead sentence or None
    [None, "（一）经济回升向好，高质量发展扎实推进。", None, "（二）科技创新实现新的突破，现代化产业体系建设取得重要进展。",
     "（三）改革开放持续深化，发展动力活力不断增强。"],
    [None, "（一）坚持稳中求进、以进促稳、先立后破。", "（二）增强宏观政策取向一致性，统筹好发展和安全。", None, None],
    [None, "（一）大力推进现代化产业体系建设，加快发展新质生产力。", None, "（二）深入实施科教兴国战略，强化高质量发展的基础支撑。",
     None]]


def _run_in_items(texts: list[str]) -> list[dict[str, str]]:
    items = list(RUN_IN_HEAD)
    for n, text in enumerate(texts):
        section, at = divmod(n, 5)
        if at == 0:
            items.append({"kind": "heading", "text": RUN_IN_HEADINGS[section]})
        items.append({"kind": "paragraph", "text": (RUN_IN_LEADS[section][at] or "") + text})
    return items


# Slides: a 16:9 deck exported to PDF (254 x 142.9 mm, landscape). A title slide (title, the
# organisation and month), then a slide per drawn paragraph: its title (22 pt) and 3-5 bullets
# (15 pt, `● ` opening the item's first line, the lines after hanging under its text; every
# extractor here keeps the `●` as a character) shortened by hand from the
# paragraph's sentences; the shortest paragraph is set whole on the last slide. The organisation
# bottom left and the page number bottom right of every slide.
SLIDES_LAYOUT = Layout("slides_16x9", FONT, (254 * mm, 142.9 * mm), 15, 22, 0, 8, None, "{page}", ("001", "003"))
SLIDES_ORG = "某某研究院"
SLIDES_HEAD = [{"kind": "title", "text": "加快发展新质生产力　推动高质量发展"},
               {"kind": "byline", "text": f"{SLIDES_ORG}　2024年3月"}]
SLIDES_BULLET = "●"
# (the drawn paragraph's opening, the slide's title, its bullets), in the order drawn; the shortest
# paragraph's (opening, title) last
SLIDES = [
    ("随着技术发展演进，广播电视行业", "广播电视行业的新质生产力特征",
     ["广播电视行业正逐步融入新的科技元素和运营理念", "技术创新：从模拟广播到数字电视、高清电视，再到超高清和智能电视",
      "内容创新：运用大数据、云计算、人工智能等技术实现内容的精准制作与个性化推荐。",
      "模式创新：由单一广告或收视维护费主要支撑向多元商业模式转变"]),
    ("我国是世界第二大经济体", "我国产业体系的历史性跨越",
     ["我国是世界第二大经济体，已经形成了较完整的产业体系和核心支柱产业。", "盾构机实现从无到有、从“跟跑”到“领跑”的历史性跨越",
      "全球销售的盾构机中，中国制造接近七成", "“华龙一号”推动中国核电走向世界",
      "中国的高铁已经成为中国的一张名片，在“一带一路”建设中发挥了重要的作用。"]),
    ("习近平总书记在中共中央政治局第十一次集体学习时强调", "发展新质生产力是高质量发展的内在要求",
     ["发展新质生产力是推动高质量发展的内在要求和重要着力点", "必须继续做好创新这篇大文章，推动新质生产力加快发展。",
      "以新质生产力塑造我国经济新的核心竞争力和发展新动能，既具有重大理论意义，又具有重大实践价值。"]),
    ("未来产业由处于探索期的前沿技术所推动", "大力培育发展未来产业",
     ["未来产业由处于探索期的前沿技术所推动", "未来产业愈加成为世界各国竞相角逐的焦点。",
      "聚焦元宇宙、脑机接口、量子信息、人形机器人、生成式人工智能、生物制造、未来显示、未来网络、新型储能等九大领域",
      "科技和产业发展越来越多地进入“无人区”，大力培育发展未来产业正当其时。"]),
    ("一是加强对企业科技创新行为的政策支持", "加强对企业科技创新的政策支持",
     ["用“有形的手”为企业提供更多“无形的支持”", "在资金、金融、税收等各方面搭建激励企业创新的制度。",
      "重视各项政策之间的协同效应", "以更大力度支持企业。"]),
    ("一是加快部署一批牵引未来经济增长", "部署重大科技项目",
     ["加快部署一批牵引未来经济增长的重大科技项目、重大科技工程、重大新型基础设施。", "围绕重大应用场景凝练关键科技问题",
      "以场景带动科研攻关、成果转化和产业培育", "加快打造新的经济增长点。"]),
    ("新质生产力在当前的科技革命中扮演了主导角色", "新质生产力的理论意义",
     ["新质生产力在当前的科技革命中扮演了主导角色", "以高质量发展为目标，新质生产力显著提升了产业效率。",
      "生产力与生产关系的协调发展是现代化建设研究的核心",
      "新质生产力理论是对传统生产力以及传统马克思主义政治经济学的创新和补充，丰富了传统生产力理论体系。"]),
]
SLIDES_CLOSING = ("据《西江日报》报道", "案例：小鹏汽车肇庆基地产线改造")


def _slides_items(texts: list[str]) -> list[dict[str, str]]:
    """The title slide, a slide of SLIDES per drawn text but the shortest (each checked against its
    drawn paragraph), then the shortest text on a slide of its own."""
    closing = min(texts, key=len)
    rest = [t for t in texts if t is not closing]
    assert len(rest) == len(SLIDES), (len(rest), len(SLIDES))
    items = list(SLIDES_HEAD)
    for text, (opening, title, bullets) in zip(rest, SLIDES):
        assert text.startswith(opening), (opening, text[:30])
        items.append({"kind": "heading", "text": title, "slide": True})
        items += [{"kind": "list_item", "text": b} for b in bullets]
    assert closing.startswith(SLIDES_CLOSING[0]), (SLIDES_CLOSING[0], closing[:30])
    items.append({"kind": "heading", "text": SLIDES_CLOSING[1], "slide": True})
    items.append({"kind": "paragraph", "text": closing})
    return items


def _slides_story(items: list[dict], styles: dict[str, ParagraphStyle], title_space: float, bullet: str = "") -> list:
    """A deck's flowables: a page break before each item that opens a slide, space above the title,
    each item in its kind's style (a list item after its `bullet`, where one is drawn as text)."""
    story: list = []
    for item in items:
        if item.get("slide"):
            story.append(PageBreak())
        if item["kind"] == "title":
            story.append(Spacer(1, title_space))
        prefix = bullet if item["kind"] == "list_item" else ""
        story.append(Paragraph(prefix + _escaped(item["text"]), styles[item["kind"]]))
    return story


def typeset_slides(layout: Layout, items: list[dict[str, str]]) -> bytes:
    """A slide per `slide` heading (a title slide first): the heading at the top in 22 pt over a rule,
    bullets in 15 pt (`● ` and the text hanging after it), a paragraph in 15 pt; the organisation and
    the page number at the bottom of every slide. Each slide must fit its page."""
    font, (width, height) = layout.font, layout.size
    # The bullet is set in the item's first line (`● text`, the lines after hanging under its text):
    # drawn apart, as platypus draws a paragraph's bulletText, PDFium leaves it out of its text.
    hang = pdfmetrics.stringWidth(SLIDES_BULLET + " ", font, layout.body_pt)
    styles = {
        "title": ParagraphStyle("title", fontName=font, fontSize=32, leading=42, alignment=1, wordWrap="CJK",
                                spaceAfter=10 * mm),
        "byline": ParagraphStyle("byline", fontName=font, fontSize=16, leading=22, alignment=1, wordWrap="CJK"),
        "heading": ParagraphStyle("heading", fontName=font, fontSize=22, leading=28, wordWrap="CJK", spaceAfter=10 * mm),
        "list_item": ParagraphStyle("item", fontName=font, fontSize=layout.body_pt, leading=layout.leading,
                                    wordWrap="CJK", leftIndent=4 + hang, firstLineIndent=-hang,
                                    spaceAfter=layout.after_pt),
        "paragraph": ParagraphStyle("para", fontName=font, fontSize=layout.body_pt, leading=layout.leading + 4,
                                    wordWrap="CJK", alignment=4),
    }

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        if doc.page > 1:  # the rule under a slide's title
            canvas.setStrokeColor(colors.darkred)
            canvas.setLineWidth(1.5)
            canvas.line(18 * mm, height - 27 * mm, width - 18 * mm, height - 27 * mm)
        canvas.setFont(font, 10)
        canvas.drawString(18 * mm, 7 * mm, SLIDES_ORG)
        canvas.drawRightString(width - 18 * mm, 7 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    story = _slides_story(items, styles, 30 * mm, bullet=f"{SLIDES_BULLET} ")
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=10 * mm,
                            bottomMargin=15 * mm)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    slides = 1 + sum(1 for item in items if item.get("slide"))
    assert doc.page == slides, (doc.page, slides)  # no slide ran over its page
    return out.getvalue()


def _gold(items: list[dict]) -> list[dict[str, str]]:
    return [{"kind": item["kind"], "text": item["text"]} for item in items]


def new_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 22 others (their paragraphs drawn after theirs)."""
    items = _interview_items(paragraphs(release, INTERVIEW_LAYOUT.sources, rng, 1 + len(INTERVIEW_QUESTIONS)
                                        + len(INTERVIEW_GOES_ON)))
    _extract(INTERVIEW_LAYOUT.name, typeset_centred_title(
        INTERVIEW_LAYOUT, [dict(i, markup=_escaped(i["text"])) for i in items],
        more_styles=_interview_styles(INTERVIEW_LAYOUT)))
    gold.append({"layout": INTERVIEW_LAYOUT.name, "items": _gold(items)})
    items = _endnotes_items(paragraphs(release, ENDNOTES_LAYOUT.sources, rng, ENDNOTES_PARAGRAPHS), rng)
    _extract(ENDNOTES_LAYOUT.name, typeset_centred_title(ENDNOTES_LAYOUT, items,
                                                         more_styles=_endnotes_styles(ENDNOTES_LAYOUT)))
    gold.append({"layout": ENDNOTES_LAYOUT.name, "items": _gold(items)})
    items = _run_in_items(paragraphs(release, RUN_IN_LAYOUT.sources, rng, 15))
    _extract(RUN_IN_LAYOUT.name, typeset_centred_title(RUN_IN_LAYOUT, [dict(i, markup=_escaped(i["text"])) for i in items]))
    gold.append({"layout": RUN_IN_LAYOUT.name, "items": _gold(items)})
    items = _slides_items(paragraphs(release, SLIDES_LAYOUT.sources, rng, 1 + len(SLIDES)))
    _extract(SLIDES_LAYOUT.name, typeset_slides(SLIDES_LAYOUT, items))
    gold.append({"layout": SLIDES_LAYOUT.name, "items": _gold(items)})


# ---- Four more held-out layouts, appended after the 26 above (their paragraphs come from the shared
# rng after those, so the 26 come out byte for byte as before). Text is escaped for ReportLab's markup.

def _clause_at(text: str) -> int | None:
    """Where a note's marker goes: before the first comma or semicolon at 15 characters or more (as
    _marked puts it)."""
    return next((i for i, ch in enumerate(text) if ch in "，；" and i >= 15), None)


def _cited_items(texts: list[str], headings: list[str], every: int, rng: random.Random, note_texts: tuple[str, ...],
                 marker) -> tuple[list[dict], dict[int, str]]:
    """The paragraphs (a heading before every `every`-th one), every other paragraph citing the next
    note: its markup holds `marker(n)` (markup) before its first clause's comma (_clause_at); a paragraph
    due a note that has no such clause passes it on to the next. Returns the items (gold `text`
    without the marker, `markup` with it) and the notes (number -> text drawn from `note_texts`)."""
    items: list[dict] = []
    notes: dict[int, str] = {}
    due = True
    for n, text in enumerate(texts):
        if n % every == 0:
            items.append({"kind": "heading", "text": headings[n // every]})
        item = {"kind": "paragraph", "text": text, "markup": _escaped(text)}
        at = _clause_at(text) if due else None
        if at is not None:
            number = len(notes) + 1
            item["markup"] = _escaped(text[:at]) + marker(number) + _escaped(text[at:])
            notes[number] = rng.choice(note_texts).format(day=rng.randint(1, 28), page=rng.randint(1, 12),
                                                          month=rng.randint(1, 12))
            due = False
        elif not due:
            due = True
        items.append(item)
    return items, notes


def _notes_styles(layout: Layout) -> dict[str, ParagraphStyle]:
    """_endnotes_styles (the notes' heading, left; a note in 9 pt) and a reference with a hanging
    indent in 9 pt, as typeset_article sets its references."""
    return {**_endnotes_styles(layout),
            "reference": ParagraphStyle("reference", fontName=layout.font, fontSize=9, leading=14, leftIndent=18,
                                        firstLineIndent=-18, spaceAfter=2, wordWrap="CJK")}


# 1. Endnotes in Traditional script on B5 pages: circled superscript markers (`①`) after a first
# clause in every other paragraph, centred heads `一、…` before every fourth paragraph, the notes at
# the end under `註釋` (no colon), a line each, `① 參見…` in 9 pt; footer `第 N 頁`.
TRAD_ENDNOTES_LAYOUT = Layout("b5_traditional_endnotes", FONT, B5, 11, 19, 2, 0, None, "第 {page} 頁", ("000", "002"))
TRAD_ENDNOTES_TITLE = {"kind": "title", "text": "新質生產力的時代背景與發展路徑"}
TRAD_ENDNOTES_HEADINGS = ["一、時代背景", "二、主要內涵", "三、發展路徑", "四、產業方向", "五、政策建議"]
TRAD_ENDNOTES_PARAGRAPHS = 20  # every other one cited: 10 notes, ① to ⑩
TRAD_NOTES_HEADING = "註釋"
TRAD_NOTE_TEXTS = ("參見《人民日報》2024年3月{day}日第{page}版。",
                   "參見習近平：《在二十屆中央政治局第十一次集體學習時的講話》。",
                   "參見國家統計局：《2023年國民經濟和社會發展統計公報》。",
                   "參見香港貿易發展局：《經貿研究報告》，2024年{month}月。",
                   "同上，第{page}頁。",
                   "參見《經濟日報》2024年{month}月{day}日第{page}版。",
                   "參見國務院發展研究中心：《中國發展報告2023》，第{page}頁。",
                   "資料來源：工業和信息化部網站，2024年{month}月。",
                   "參見廠商會「新質生產力專題討論系列」第一份報告，2023年10月。")


def _trad_endnotes_items(texts: list[str], rng: random.Random) -> list[dict]:
    items, notes = _cited_items(texts, TRAD_ENDNOTES_HEADINGS, 4, rng, TRAD_NOTE_TEXTS,
                                lambda n: f"<super>{CIRCLED[n - 1]}</super>")
    assert len(notes) <= len(CIRCLED), len(notes)
    return ([TRAD_ENDNOTES_TITLE] + items + [{"kind": "heading", "text": TRAD_NOTES_HEADING, "style": "notes_heading"}]
            + [{"kind": "footnote", "text": f"{CIRCLED[n - 1]} {text}", "style": "endnote"} for n, text in notes.items()])


# 2. A Q&A explainer: a centred title, then eight pairs, a question line `问：…？` (set as the body:
# same size, same indent) and its answer `答：` + a paragraph; two answers go on in a second paragraph
# without the label. Answers that end in a full line are put before a question where there are some
# (a pool of paragraphs is drawn and measured; the slots are QA_FULL_SLOTS).
QA_LAYOUT = Layout("a4_qa_explainer", FONT, A4, 10.5, 18, 2, 0, None, "- {page} -", ("001",))
QA_TITLE = {"kind": "title", "text": "新质生产力八问八答"}
QA_QUESTIONS = ["问：什么是新质生产力？",
                "问：新质生产力“新”在哪里？",
                "问：为什么说科技创新是发展新质生产力的核心要素？",
                "问：发展新质生产力是否意味着放弃传统产业？",
                "问：新质生产力与数字经济有什么关系？",
                "问：发展新质生产力需要什么样的人才？",
                "问：各地应如何因地制宜发展新质生产力？",
                "问：如何形成与新质生产力相适应的新型生产关系？"]
QA_ANSWER = "答："
QA_GOES_ON = (3, 6)  # the pairs (counted from 1) whose answer has a second paragraph
QA_POOL = 80  # paragraphs drawn, to find answers that end in a full line
# the slots whose last line should be full, each followed by a question: the answers of pairs 2 and 5,
# the second paragraph of pair 6's answer
QA_FULL_SLOTS = (("answer", 2), ("answer", 5), ("more", 6))


def _ends_full(markup: str, style: ParagraphStyle, width: float) -> bool:
    """Whether the paragraph's last line leaves no room for another character of the body's size."""
    paragraph = Paragraph(markup, style)
    paragraph.wrap(width, 1e6)
    line = paragraph.blPara.lines[-1]
    extra = line[0] if isinstance(line, tuple) else line.extraSpace
    return extra < style.fontSize


def _qa_items(pool: list[str], layout: Layout) -> list[dict]:
    """The title, then the pairs. Slots of QA_FULL_SLOTS get the pool's first texts that end in a full
    line there (labelled or not), the other slots the other texts in the order drawn."""
    body, width = _body_style(layout), layout.size[0] - 52 * mm - 12  # typeset_centred_title's frame
    slots = [("answer", n) for n in range(1, len(QA_QUESTIONS) + 1)] + [("more", n) for n in QA_GOES_ON]
    chosen: dict[tuple[str, int], str] = {}
    for slot in QA_FULL_SLOTS:
        label = QA_ANSWER if slot[0] == "answer" else ""
        fits = [t for t in pool if t not in chosen.values() and _ends_full(_escaped(label + t), body, width)]
        if fits:
            chosen[slot] = fits[0]
    assert len(chosen) >= 2, chosen  # at least two questions after a full line
    rest = iter(t for t in pool if t not in chosen.values())
    for slot in slots:
        chosen.setdefault(slot, next(rest))
    items = [QA_TITLE]
    for n, question in enumerate(QA_QUESTIONS, 1):
        items.append({"kind": "paragraph", "text": question})
        items.append({"kind": "paragraph", "text": QA_ANSWER + chosen[("answer", n)]})
        if n in QA_GOES_ON:
            items.append({"kind": "paragraph", "text": chosen[("more", n)]})
    return items


# 3. An academic article citing its notes as bracketed numbers in the running text (`…的重要论述[1]，…`,
# plain text, not raised) in every other paragraph, heads `一、…` before every fifth paragraph, the
# notes at the end under `注释：` (`[1] 参见…`, a line each, 9 pt), then `参考文献` and four references
# set as the journal article's (a hanging indent, 9 pt; kind list_item as in a4_journal_article).
BRACKET_LAYOUT = Layout("a4_bracket_endnotes", FONT, A4, 10.5, 18, 2, 0, None, "{page}", ("001",))
BRACKET_TITLE = {"kind": "title", "text": "新质生产力的形成逻辑与推进路径"}
BRACKET_HEADINGS = ["一、问题的提出", "二、新质生产力的形成逻辑", "三、新质生产力的推进路径", "四、结论与启示"]
BRACKET_PARAGRAPHS = 20  # every other one cited: 10 notes
BRACKET_NOTES_HEADING = "注释："
BRACKET_NOTE_TEXTS = ("参见《人民日报》2024年3月{day}日第{page}版。",
                      "参见习近平：《在二十届中央政治局第十一次集体学习时的讲话》，2024年1月31日。",
                      "参见国家统计局：《中华人民共和国2023年国民经济和社会发展统计公报》。",
                      "参见《马克思恩格斯选集》第1卷，人民出版社2012年版，第{page}页。",
                      "参见《经济日报》2024年{month}月{day}日第{page}版。",
                      "同上，第{page}页。",
                      "参见工业和信息化部网站，2024年{month}月。")
BRACKET_REFERENCES_HEADING = "参考文献"
BRACKET_REFERENCES = [
    "[1] 刘伟. 科学认识与切实发展新质生产力[J]. 经济研究, 2024, 59(3): 4-11.",
    "[2] 黄群慧, 盛方富. 新质生产力系统：要素特质、结构承载与功能取向[J]. 改革, 2024(2): 15-24.",
    "[3] 张林, 蒲清平. 新质生产力的内涵特征、理论创新与价值意蕴[J]. 重庆大学学报（社会科学版）, 2023, 29(6): 137-148.",
    "[4] 任保平, 王子月. 数字新质生产力推动经济高质量发展的逻辑与路径[J]. 湖南科技大学学报（社会科学版）, 2023, 26(6): 23-30."]


def _bracket_items(texts: list[str], rng: random.Random) -> list[dict]:
    items, notes = _cited_items(texts, BRACKET_HEADINGS, 5, rng, BRACKET_NOTE_TEXTS, lambda n: f"[{n}]")
    return ([BRACKET_TITLE] + items + [{"kind": "heading", "text": BRACKET_NOTES_HEADING, "style": "notes_heading"}]
            + [{"kind": "footnote", "text": f"[{n}] {text}", "style": "endnote"} for n, text in notes.items()]
            + [{"kind": "heading", "text": BRACKET_REFERENCES_HEADING, "style": "notes_heading"}]
            + [{"kind": "list_item", "text": r, "style": "reference"} for r in BRACKET_REFERENCES])


# 4. Slides, 4:3 (254 x 190.5 mm, landscape): a title slide (title, byline), then a slide per drawn
# paragraph, its title and 3-5 numbered points (`1. …`, the number kept in the gold, the lines after
# it hanging under its text) shortened by hand from the paragraph's sentences, some wrapping to two
# lines, some without closing punctuation. On every slide `新质生产力专题研讨` top right and `第 N 页`
# centred at the bottom.
NUMBERED_SLIDES_LAYOUT = Layout("slides_4x3_numbered", FONT, (254 * mm, 190.5 * mm), 18, 26, 0, 10,
                                "新质生产力专题研讨", "第 {page} 页", ("001", "003"))
NUMBERED_SLIDES_HEAD = [{"kind": "title", "text": "新质生产力的理论与实践"},
                        {"kind": "byline", "text": "某某大学经济学院　2024年5月"}]
NUMBERED_SLIDES_PARAGRAPHS = 7
# (the drawn paragraph's opening, the slide's title, its points), in the order drawn
NUMBERED_SLIDES: list[tuple[str, str, list[str]]] = [
    ("强化人才支撑。创新人才犹如优秀种子", "强化人才支撑",
     ["创新人才犹如优秀种子，要大力培养",
      "打造新型劳动者队伍，包括能够创造新质生产力的战略人才和能够熟练掌握新质生产资料的应用型人才。",
      "发挥科教资源丰富等优势，畅通教育、科技、人才的良性循环", "塑造发展新质生产力的良好生态。"]),
    ("因此，纵向来看，发展新质生产力，需要系统化推进", "系统推进新质生产力发展",
     ["纵向：既重视“从0到1”的原创性、颠覆性创新，也重视“从1到N”的产业化落地",
      "横向：全面深化改革，形成与之相适应的新型生产关系", "区域：因地制宜，充分结合各地比较优势。",
      "防止形成供给过剩和重复建设"]),
    ("一是进一步完善现有产业体系", "完善产业体系与人力资本结构",
     ["进一步完善现有产业体系，推动产业高端化、智能化、绿色化、融合化发展。",
      "促进东中西部和东北地区差异化分工与专业化协作", "加大对国家战略性新兴产业集群的支持力度",
      "提高劳动者素质，完善人力资本结构。", "构建数据驱动、人技结合、跨界开放的新型教育生态"]),
    ("科技创新是发展新质生产力的核心要素", "科技创新是核心要素",
     ["科技创新是发展新质生产力的核心要素", "劳动者、劳动资料和劳动对象三大要素都将发生根本性改变。",
      "围绕国家战略任务布局科技创新、产业创新，将科技创新成果应用于具体产业上"]),
    ("新质生产力是代表新技术、创造新价值", "以教育之力赋能新质生产力",
     ["新质生产力是代表新技术、创造新价值、适应新产业、重塑新动能的新型生产力", "创新人才培养模式，加强青少年创新能力培养",
      "加快教育数字化建设步伐。", "增强职业教育服务经济发展能力", "以教育现代化助力新型工业化。"]),
    ("新质生产力是一种先进的生产模式", "新质生产力的应用场景",
     ["制造业：自动化和智能化技术显著提升生产效率，减少人工干预和错误率。", "农业：无人机和智能农机优化传统农业生产方式",
      "服务业：无人机和无人车技术实现货物的快速、精准配送", "医疗：人工智能使诊断更准确、治疗更个性化。"]),
    ("习近平强调，生产关系必须与生产力发展要求相适应", "形成新型生产关系",
     ["生产关系必须与生产力发展要求相适应。", "深化经济体制、科技体制等改革，着力打通束缚新质生产力发展的堵点卡点",
      "建立高标准市场体系，创新生产要素配置方式", "扩大高水平对外开放，为发展新质生产力营造良好国际环境。"]),
]


def _numbered_slides_items(texts: list[str]) -> list[dict]:
    """The title slide, then a slide of NUMBERED_SLIDES per drawn text (each checked against it)."""
    assert len(texts) == len(NUMBERED_SLIDES), (len(texts), len(NUMBERED_SLIDES))
    items = list(NUMBERED_SLIDES_HEAD)
    for text, (opening, title, points) in zip(texts, NUMBERED_SLIDES):
        assert text.startswith(opening), (opening, text[:30])
        items.append({"kind": "heading", "text": title, "slide": True})
        items += [{"kind": "list_item", "text": f"{n}. {point}"} for n, point in enumerate(points, 1)]
    return items


def typeset_numbered_slides(layout: Layout, items: list[dict]) -> bytes:
    """A slide per `slide` heading (the title slide first): the heading at the top in 26 pt over a rule,
    the numbered points in the body's size, each `N. ` with its text's later lines hanging under the
    text; the header top right and the page number centred at the bottom of every slide. Each slide
    must fit its page."""
    font, (width, height) = layout.font, layout.size
    hang = pdfmetrics.stringWidth("1. ", font, layout.body_pt)
    styles = {
        "title": ParagraphStyle("title", fontName=font, fontSize=36, leading=48, alignment=1, wordWrap="CJK",
                                spaceAfter=14 * mm),
        "byline": ParagraphStyle("byline", fontName=font, fontSize=18, leading=26, alignment=1, wordWrap="CJK"),
        "heading": ParagraphStyle("heading", fontName=font, fontSize=26, leading=34, wordWrap="CJK",
                                  spaceAfter=12 * mm),
        "list_item": ParagraphStyle("item", fontName=font, fontSize=layout.body_pt, leading=layout.leading,
                                    wordWrap="CJK", leftIndent=6 + hang, firstLineIndent=-hang,
                                    spaceAfter=layout.after_pt),
    }

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        if doc.page > 1:  # the rule under a slide's title
            canvas.setStrokeColor(colors.darkblue)
            canvas.setLineWidth(1.5)
            canvas.line(20 * mm, height - 36 * mm, width - 20 * mm, height - 36 * mm)
        canvas.setFont(font, 11)
        canvas.drawRightString(width - 20 * mm, height - 11 * mm, layout.header)
        canvas.drawCentredString(width / 2, 9 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    story = _slides_story(items, styles, 45 * mm)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    slides = 1 + sum(1 for item in items if item.get("slide"))
    assert doc.page == slides, (doc.page, slides)  # no slide ran over its page
    return out.getvalue()


def newer_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 26 others (their paragraphs drawn after theirs)."""
    layout = TRAD_ENDNOTES_LAYOUT
    items = _trad_endnotes_items(paragraphs(release, layout.sources, rng, TRAD_ENDNOTES_PARAGRAPHS), rng)
    _extract(layout.name, typeset_centred_title(layout, items, more_styles=_notes_styles(layout)))
    gold.append({"layout": layout.name, "items": _gold(items)})
    layout = QA_LAYOUT
    items = _qa_items(paragraphs(release, layout.sources, rng, QA_POOL), layout)
    _extract(layout.name, typeset_centred_title(layout, [dict(i, markup=_escaped(i["text"])) for i in items]))
    gold.append({"layout": layout.name, "items": _gold(items)})
    layout = BRACKET_LAYOUT
    items = _bracket_items(paragraphs(release, layout.sources, rng, BRACKET_PARAGRAPHS), rng)
    _extract(layout.name, typeset_centred_title(layout, [dict(i, markup=i.get("markup", _escaped(i["text"])))
                                                         for i in items], more_styles=_notes_styles(layout)))
    gold.append({"layout": layout.name, "items": _gold(items)})
    layout = NUMBERED_SLIDES_LAYOUT
    items = _numbered_slides_items(paragraphs(release, layout.sources, rng, NUMBERED_SLIDES_PARAGRAPHS))
    _extract(layout.name, typeset_numbered_slides(layout, items))
    gold.append({"layout": layout.name, "items": _gold(items)})


# ---- A third batch of four held-out layouts, appended after the 30 above (their paragraphs come from
# the shared rng after those, so the 30 come out byte for byte as before). Text is escaped for ReportLab's
# markup; the gold keeps the text as printed.

def _word_table_cells_fit(cells: list[list[str]], widths_mm: list[float], font: str, pt: float) -> None:
    """Each plain cell fits its column on one line (6 pt padding either side, ReportLab's default)."""
    for row in cells:
        for cell, width in zip(row, widths_mm):
            assert pdfmetrics.stringWidth(cell, font, pt) + 12 <= width * mm, (cell, width)


# 1. A research report with five tables whose cells are all words (no digits), each between its caption
# `表 N：…` above and its source note `资料来源：…` below, after every third paragraph: (a) two columns,
# cells of very different lengths within a column; (b) four columns, no value repeated anywhere; (c) three
# columns, the third's cells (20-30 characters) wrapping onto two lines inside the cell (Paragraph cells,
# aligned to the cell's top as a word processor's default is); (d) three columns, seven rows, split by a
# page break (the first draw of paragraphs in which it is: see _word_tables_draw; ReportLab's default
# repeatRows=0, so the header row is not repeated on the new page); (e) five columns. The header
# `研究报告` top right over a rule, the footer `-N-` centred. A table's "rows" below are its body rows;
# each has a header row above them too.
WORD_TABLES_LAYOUT = Layout("a4_word_tables_varied", FONT, A4, 10.5, 18, 2, 0, "研究报告", "-{page}-", ("001", "003"))
WORD_TABLES_PARAGRAPHS = 16  # a table after the 3rd, 6th, 9th, 12th and 15th
WORD_TABLE_SPLIT = 3  # the table (counted from 0) that a page break must split
WORD_TABLES: list[dict] = [
    {"caption": "表 1：部分地区培育新质生产力的主要举措", "source": "资料来源：各地人民政府网站，某研究院整理",
     "widths": [45, 115],
     "cells": [["地区", "主要举措"],
               ["北京", "建设国际科技创新中心"],
               ["内蒙古自治区", "发展风电光伏"],
               ["上海", "打造具有全球影响力的人工智能产业高地和创新策源地"],
               ["广西壮族自治区", "布局未来产业"],
               ["江苏", "推进制造业智能化改造和数字化转型"]]},
    {"caption": "表 2：近期出台的相关政策文件", "source": "资料来源：中国政府网，各部委网站",
     "widths": [32, 66, 24, 38],
     "cells": [["发布部门", "文件名称", "发布时间", "政策重点"],
               ["工业和信息化部", "《关于推动未来产业创新发展的实施意见》", "今年一月", "前瞻布局未来产业"],
               ["国务院", "《推动大规模设备更新行动方案》", "今年三月", "推动设备更新"],
               ["国家发展改革委", "《产业结构调整指导目录》", "去年十二月", "优化产业结构"],
               ["科技部", "《科技伦理审查办法（试行）》", "去年九月", "规范科技伦理审查"]]},
    {"caption": "表 3：重点产业集群的发展方向", "source": "资料来源：某研究院根据公开资料整理",
     "widths": [48, 52, 60], "wrap": 2,
     "cells": [["产业集群", "所在区域", "发展重点"],
               ["集成电路", "长三角地区", "突破高端芯片设计和先进制造工艺，提升关键材料与装备自给能力"],
               ["新型显示", "珠三角地区", "发展柔性显示和微显示技术，完善上游材料配套体系"],
               ["生物医药", "京津冀地区", "加快创新药物研发和临床转化，建设高水平生物医药产业园区"],
               ["先进轨道交通装备", "长株潭地区", "推动整车制造向系统集成和运维服务延伸，拓展海外市场"],
               ["现代农业装备", "东北地区", "研发大型智能农机装备，推广精准作业和无人化农场应用"],
               ["航空航天", "成渝地区", "完善航空发动机和机载系统产业链，培育商业航天新业态"]]},
    {"caption": "表 4：重点任务分工安排", "source": "资料来源：某市人民政府办公厅",
     "widths": [58, 66, 36],
     "cells": [["重点任务", "牵头单位", "完成时限"],
               ["建设概念验证中心", "市科技局", "今年年底前"],
               ["设立未来产业投资基金", "市财政局、市金融办", "明年上半年"],
               ["开放首批应用场景", "市工业和信息化局", "今年九月底前"],
               ["培育链主企业", "市发展改革委", "长期坚持"],
               ["引进高层次创新人才", "市委组织部、市人力资源社会保障局", "每年年底前"],
               ["推进中试基地建设", "各区人民政府", "明年年底前"],
               ["完善知识产权保护体系", "市市场监管局", "今年十月底前"]]},
    {"caption": "表 5：三大区域协同创新格局比较", "source": "资料来源：某研究院整理",
     "widths": [26, 34, 36, 34, 30],
     "cells": [["区域", "核心城市", "优势领域", "协同机制", "主要短板"],
               ["京津冀", "北京", "基础研究", "成果转化协作", "产业配套不足"],
               ["长三角", "上海、杭州、合肥", "集成电路与人工智能", "创新共同体", "要素流动不畅"],
               ["粤港澳大湾区", "深圳、广州、香港", "电子信息", "跨境科研合作", "基础研究薄弱"]]},
]
WORD_CELL_PT = 9
assert not any(ch.isdigit() for table in WORD_TABLES for row in table["cells"] for cell in row for ch in cell)
assert len({cell for row in WORD_TABLES[1]["cells"] for cell in row}) == 4 * 5  # (b): no value repeated
assert all(20 <= len(row[2]) <= 30 for row in WORD_TABLES[2]["cells"][1:])  # (c): the cells that wrap


def _word_table(item: dict, font: str) -> Table:
    """The item's cells as a grid (9 pt, left-aligned, cells aligned to their top); the column `wrap`
    (when given) as Paragraphs wrapping inside their cells, the other cells plain, each fitting its line."""
    widths, wrap = item["widths"], item.get("wrap")
    cell_style = ParagraphStyle("cell", fontName=font, fontSize=WORD_CELL_PT, leading=12, wordWrap="CJK")
    plain = [[cell for k, cell in enumerate(row) if k != wrap] for row in item["cells"]]
    _word_table_cells_fit(plain, [w for k, w in enumerate(widths) if k != wrap], font, WORD_CELL_PT)
    data = [[Paragraph(cell, cell_style) if k == wrap and r else cell for k, cell in enumerate(row)]
            for r, row in enumerate(item["cells"])]
    if wrap is not None:
        for row in data[1:]:  # each wrapped cell takes two lines, no more
            row[wrap].wrap(widths[wrap] * mm - 12, 1e6)
            assert len(row[wrap].blPara.lines) == 2, row[wrap].getPlainText()
    table = Table(data, colWidths=[w * mm for w in widths])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), WORD_CELL_PT),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)]))
    return table


def _word_tables_items(texts: list[str]) -> list[dict]:
    """The paragraphs with a table of WORD_TABLES after every third, between its caption and source note."""
    items: list[dict] = []
    for n, text in enumerate(texts):
        items.append({"kind": "paragraph", "text": text})
        if n % 3 == 2:
            table = WORD_TABLES[n // 3]
            items += [{"kind": "caption", "text": table["caption"]},
                      {"kind": "table", "text": "", "cells": table["cells"], "widths": table["widths"],
                       "wrap": table.get("wrap")},
                      {"kind": "source_note", "text": table["source"]}]
    return items


def typeset_word_tables(layout: Layout, items: list[dict]) -> tuple[bytes, list[tuple[int, str, int]]]:
    """The report (typeset_report's styles and margins; tables by _word_table); the header top right over a
    thin rule, the footer centred. Returns the PDF and, per table piece set, (page, its first cell, rows)."""
    font, size = layout.font, layout.size
    styles = {
        "paragraph": _body_style(layout),
        "caption": ParagraphStyle("caption", fontName=font, fontSize=9, leading=14, spaceBefore=6, wordWrap="CJK"),
        "source_note": ParagraphStyle("source", fontName=font, fontSize=8, leading=12, spaceBefore=2, spaceAfter=8,
                                      wordWrap="CJK"),
    }
    pieces: list[tuple[int, str, int]] = []

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawRightString(size[0] - 25 * mm, size[1] - 15 * mm, layout.header)
        canvas.setLineWidth(0.5)
        canvas.line(25 * mm, size[1] - 17 * mm, size[0] - 25 * mm, size[1] - 17 * mm)
        canvas.drawCentredString(size[0] / 2, 12 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, flowable) -> None:
            if isinstance(flowable, Table):
                first = flowable._cellvalues[0][0]
                pieces.append((self.page, first if isinstance(first, str) else first.getPlainText(),
                               len(flowable._cellvalues)))

    out = io.BytesIO()
    Doc(out, pagesize=size, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm, bottomMargin=22 * mm).build(
        [_word_table(item, font) if item["kind"] == "table" else Paragraph(_escaped(item["text"]), styles[item["kind"]])
         for item in items], onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue(), pieces


def _word_tables_draw(release: Path, rng: random.Random, layout: Layout) -> tuple[list[dict], bytes]:
    """The first of successive draws of WORD_TABLES_PARAGRAPHS paragraphs (each a new sample from the shared
    rng) whose report has table WORD_TABLE_SPLIT, and no other, split by a page break, with at least three
    rows on each page (the header row counted on the first). Returns the items and the PDF."""
    split_rows = {row[0] for row in WORD_TABLES[WORD_TABLE_SPLIT]["cells"]}
    for _ in range(200):
        items = _word_tables_items(paragraphs(release, layout.sources, rng, WORD_TABLES_PARAGRAPHS))
        pdf, pieces = typeset_word_tables(layout, items)
        split = [p for p in pieces if p[1] in split_rows]
        if (len(pieces) == len(WORD_TABLES) + 1 and len(split) == 2 and split[1][0] == split[0][0] + 1
                and min(split[0][2], split[1][2]) >= 3):
            return items, pdf
    raise AssertionError("no draw splits the table")


# 2. A Hong Kong business association's brief, Traditional, on A4: a centred title and under it the
# same title in English (both kind title: the English line is the document's title in its other
# language, neither an author, outlet or date (byline) nor a section's head); Chinese paragraphs (first-
# line indent), heads `一、…` before every fifth, an English summary (written by hand, 2-4 sentences, no
# indent, 10 pt, ragged right) after every third Chinese paragraph; page-bottom notes as in a4_footnotes
# (a superscript number after the first clause of 15+ characters of every third Chinese paragraph from the
# first, the note `N text` in 8 pt under a rule at its page's bottom); footer `第 N 頁`.
BILINGUAL_LAYOUT = Layout("a4_bilingual_hk", FONT, A4, 10.5, 18, 2, 0, None, "第 {page} 頁", ("000", "002"))
BILINGUAL_TITLE = [{"kind": "title", "text": "把握新質生產力機遇　推動香港產業轉型", "style": "title"},
                   {"kind": "title", "text": "Seizing New Quality Productive Forces for Hong Kong Industries",
                    "style": "english_title"}]
BILINGUAL_PARAGRAPHS = 16  # heads before the 1st, 6th, 11th and 16th; English after the 3rd, 6th, ... 15th
BILINGUAL_HEADINGS = ["一、背景", "二、內涵", "三、機遇與挑戰", "四、建議"]
# (the drawn Chinese paragraph's opening, the English summary after it), in the order drawn
BILINGUAL_SUMMARIES: list[tuple[str, str]] = [
    ("例如，在科創驅動的經濟時代",
     "In an economy driven by innovation, labour matters more than ever as a factor of production. The "
     "Mainland's demographic advantage is shifting from quantity to quality, the so-called \"engineer dividend\". "
     "China produces five times as many STEM graduates as the United States, a pool of talent that will "
     "underpin new quality productive forces."),
    ("去年9月，國家主席習近平在黑龍江考察時",
     "President Xi Jinping first put forward the concept of \"new quality productive forces\" during an "
     "inspection tour of Heilongjiang last September. The term has since featured in major central meetings "
     "and government documents. Premier Li Qiang's first Government Work Report made it the top task for this year."),
    ("當前正值科技顛覆性創新高歌猛進的新時代",
     "Digital technologies such as 5G, the industrial internet, big data, blockchain, artificial intelligence "
     "and cloud computing are widely seen as the prelude to a fourth industrial revolution. Every earlier "
     "technological revolution, from the steam engine to the internet, turned traditional productive forces "
     "into new ones. The new term signals a qualitative leap driven by the digital revolution."),
    ("概言之，「新質生產力」的概念與實踐",
     "In short, the core of the concept can be summed up as innovation, quality and advanced productive forces. "
     "Xinhua renders the term in English as \"New Quality Productive Force\", a literal translation that puts "
     "the weight on the word force."),
    ("在今年政府工作報告中",
     "This year's Government Work Report sets out three directions for linking new quality productive forces "
     "with industrial development, with emerging and future industries as the main vehicle. Strategic emerging "
     "industries have nearly doubled their share of GDP over the past decade, to more than 13% in 2023. "
     "Priorities include new energy vehicles, hydrogen, new materials, commercial aerospace and the low-altitude "
     "economy."),
]


def _bilingual_styles(layout: Layout) -> dict[str, ParagraphStyle]:
    font = layout.font
    return {"title": ParagraphStyle("title", fontName=font, fontSize=18, leading=26, alignment=1, wordWrap="CJK"),
            "english_title": ParagraphStyle("english_title", fontName=font, fontSize=12, leading=18, alignment=1,
                                            spaceAfter=14),
            "heading": _heading_style(layout),
            "paragraph": _body_style(layout),
            "english": ParagraphStyle("english", fontName=font, fontSize=10, leading=15, spaceBefore=2, spaceAfter=6)}


def _bilingual_items(texts: list[str], rng: random.Random) -> tuple[list[dict], dict[int, str]]:
    """The titles, then the Chinese paragraphs (heads before every fifth), the English summary of
    BILINGUAL_SUMMARIES after every third (each checked against its paragraph), a note marked in every
    third from the first (_marked; one without such a clause passes its turn)."""
    summaries = iter(BILINGUAL_SUMMARIES)
    items: list[dict] = list(BILINGUAL_TITLE)
    notes: dict[int, str] = {}
    for n, text in enumerate(texts):
        if n % 5 == 0:
            items.append({"kind": "heading", "text": BILINGUAL_HEADINGS[n // 5]})
        item = {"kind": "paragraph", "text": text}
        marked = _marked(_escaped(text), len(notes) + 1) if n % 3 == 0 else None
        if marked:
            item["marked"] = marked
            notes[len(notes) + 1] = rng.choice(TRAD_NOTE_TEXTS).format(day=rng.randint(1, 28), page=rng.randint(1, 12),
                                                                       month=rng.randint(1, 12))
        items.append(item)
        if n % 3 == 2:
            opening, summary = next(summaries)
            assert text.startswith(opening), (opening, text[:30])
            items.append({"kind": "paragraph", "text": summary, "style": "english"})
    assert next(summaries, None) is None
    assert 4 <= len(notes) <= 6, notes
    return items, notes


# 3. An official notice (GB/T 9704's layout): the issuer's mark `…办公厅文件` (22 pt, red, centred) and the
# document number (centred) over a red rule, both kind byline; the centred title; the salutation flush
# left; a paragraph written here (its purpose), then drawn paragraphs under heads `一、` `二、` `三、` set
# as the body (same size, same indent: in print a different typeface marks them), the paragraphs of
# the second and third opening with run-in items `（一）…。`; the attachments (`附件：1. …` indented two
# characters, `2. …` under `1.`: each a list_item, the first keeping its label `附件：`); the issuer's
# signature (byline) centred over the date (dateline), which stands four characters from the right;
# `（此件公开发布）` (boilerplate) indented two characters under the date. Footer `— N —`.
NOTICE_LAYOUT = Layout("a4_notice_attachments", FONT, A4, 11, 19, 2, 0, None, "— {page} —", ("001",))
NOTICE_HEAD = [{"kind": "byline", "text": "某某市人民政府办公厅文件", "style": "issuer"},
               {"kind": "byline", "text": "某政办发〔2024〕12号", "style": "number"},
               {"kind": "title", "text": "关于加快发展新质生产力的通知", "style": "title"},
               {"kind": "paragraph", "text": "各区人民政府，市政府各部门：", "style": "salutation"},
               {"kind": "paragraph", "text": "为深入贯彻落实党中央、国务院关于加快发展新质生产力的决策部署，推动我市经济实现"
                                              "质的有效提升和量的合理增长，经市人民政府同意，现就有关事项通知如下。"}]
NOTICE_HEADINGS = ["一、总体要求", "二、重点任务", "三、保障措施"]
NOTICE_LEADS = [[None, None, None],
                ["（一）加快科技创新步伐。", "（二）推动传统产业转型升级。", "（三）培育壮大新兴产业和未来产业。"],
                ["（一）加强组织领导。", "（二）强化要素保障。", "（三）营造良好氛围。"]]
NOTICE_PARAGRAPHS = 9  # three under each head
NOTICE_TAIL = [{"kind": "list_item", "text": "附件：1. 某某市新质生产力重点产业目录", "style": "attachment"},
               {"kind": "list_item", "text": "2. 某某市新质生产力发展行动计划（2024—2026年）", "style": "attachment_more"},
               {"kind": "byline", "text": "某某市人民政府办公厅", "style": "signature"},
               {"kind": "dateline", "text": "2024年3月15日", "style": "date"},
               {"kind": "boilerplate", "text": "（此件公开发布）", "style": "remark"}]


def _notice_items(texts: list[str]) -> list[dict]:
    items = list(NOTICE_HEAD)
    for n, text in enumerate(texts):
        section, at = divmod(n, 3)
        if at == 0:
            items.append({"kind": "heading", "text": NOTICE_HEADINGS[section], "style": "notice_heading"})
        items.append({"kind": "paragraph", "text": (NOTICE_LEADS[section][at] or "") + text})
    return items + NOTICE_TAIL


def typeset_notice(layout: Layout, items: list[dict]) -> bytes:
    """The notice (NOTICE_LAYOUT's comment): a red rule after the document number, a blank line before the
    attachments and before the signature; the footer centred."""
    font, size, pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    indent = layout.indent_em * pt
    body = _body_style(layout)
    date_right = 4 * pt
    date_width = pdfmetrics.stringWidth("2024年3月15日", font, pt)
    signature_width = pdfmetrics.stringWidth("某某市人民政府办公厅", font, pt)
    styles = {
        "issuer": ParagraphStyle("issuer", fontName=font, fontSize=22, leading=30, alignment=1, textColor=colors.red,
                                 spaceBefore=10, spaceAfter=14, wordWrap="CJK"),
        "number": ParagraphStyle("number", fontName=font, fontSize=pt, leading=leading, alignment=1, wordWrap="CJK"),
        "title": ParagraphStyle("title", fontName=font, fontSize=18, leading=26, alignment=1, spaceBefore=14,
                                spaceAfter=12, wordWrap="CJK"),
        "salutation": ParagraphStyle("salutation", parent=body, firstLineIndent=0),
        "notice_heading": ParagraphStyle("notice_heading", parent=body, alignment=0),
        "paragraph": body,
        "attachment": ParagraphStyle("attachment", parent=body, alignment=0, spaceBefore=leading, keepWithNext=1),
        "attachment_more": ParagraphStyle("attachment_more", parent=body, alignment=0, firstLineIndent=0,
                                          leftIndent=indent + pdfmetrics.stringWidth("附件：", font, pt)),
        "signature": ParagraphStyle("signature", parent=body, alignment=2, firstLineIndent=0, spaceBefore=2 * leading,
                                    rightIndent=date_right + (date_width - signature_width) / 2),
        "date": ParagraphStyle("date", parent=body, alignment=2, firstLineIndent=0, rightIndent=date_right),
        "remark": body,
    }
    assert date_right + (date_width - signature_width) / 2 >= 0
    story: list = []
    for item in items:
        story.append(Paragraph(_escaped(item["text"]), styles[item.get("style", item["kind"])]))
        if item.get("style") == "number":
            story += [Spacer(1, 3), HRFlowable(width="100%", thickness=1.5, color=colors.red, spaceAfter=6)]
    furniture = _furniture(layout, 12 * mm)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=size, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=30 * mm,
                      bottomMargin=25 * mm).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


# 4. A speech as printed (B5): the centred title, the date `（2024年4月12日）` (dateline) and the speaker
# `某某某` (byline) centred under it, the salutation `同志们：` (a paragraph, indented as the body), an
# opening paragraph, then four parts, each a head `一、…` (12 pt, indented two characters) over four
# paragraphs; each part's last paragraph ends with `（掌声）` after its stop, and so does the opening;
# the last line `谢谢大家！` a paragraph of its own. Footer `- N -`.
SPEECH_LAYOUT = Layout("b5_speech_transcript", FONT, B5, 11, 19, 2, 0, None, "- {page} -", ("001",))
SPEECH_HEAD = [{"kind": "title", "text": "在全市新质生产力推进大会上的讲话"},
               {"kind": "dateline", "text": "（2024年4月12日）", "style": "centred"},
               {"kind": "byline", "text": "某某某", "style": "speaker"},
               {"kind": "paragraph", "text": "同志们："}]
SPEECH_HEADINGS = ["一、提高站位，深刻认识发展新质生产力的重大意义", "二、突出重点，加快构建现代化产业体系",
                   "三、深化改革，着力打通束缚新质生产力发展的堵点卡点", "四、强化保障，确保各项任务落地见效"]
SPEECH_PARAGRAPHS = 17  # the opening, then four under each head
SPEECH_APPLAUSE = "（掌声）"
SPEECH_CLOSING = {"kind": "paragraph", "text": "谢谢大家！"}


def _speech_items(texts: list[str]) -> list[dict]:
    items = list(SPEECH_HEAD)
    for n, text in enumerate(texts):
        if n % 4 == 1:
            items.append({"kind": "heading", "text": SPEECH_HEADINGS[n // 4], "style": "speech_heading"})
        items.append({"kind": "paragraph", "text": text + (SPEECH_APPLAUSE if n % 4 == 0 else "")})
    return items + [SPEECH_CLOSING]


def _speech_styles(layout: Layout) -> dict[str, ParagraphStyle]:
    font, pt, leading = layout.font, layout.body_pt, layout.leading
    return {"centred": ParagraphStyle("centred", fontName=font, fontSize=pt, leading=leading, alignment=1,
                                      wordWrap="CJK"),
            "speaker": ParagraphStyle("speaker", fontName=font, fontSize=pt + 1, leading=leading + 2, alignment=1,
                                      spaceBefore=2, spaceAfter=14, wordWrap="CJK"),
            "speech_heading": ParagraphStyle("speech_heading", fontName=font, fontSize=pt + 1, leading=leading + 2,
                                             firstLineIndent=2 * pt, spaceBefore=6, spaceAfter=2, wordWrap="CJK")}


def newest_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 30 others (their paragraphs drawn after theirs)."""
    layout = WORD_TABLES_LAYOUT
    items, pdf = _word_tables_draw(release, rng, layout)
    _extract(layout.name, pdf)
    gold.append({"layout": layout.name, "items": _with_rows([{"kind": i["kind"], "text": i["text"], "cells": i["cells"]}
                                                             if i["kind"] == "table" else i for i in items])})
    layout = BILINGUAL_LAYOUT
    items, notes = _bilingual_items(paragraphs(release, layout.sources, rng, BILINGUAL_PARAGRAPHS), rng)
    _extract(layout.name, typeset_with_notes(layout, items, notes, styles=_bilingual_styles(layout), escape=True))
    gold.append({"layout": layout.name, "items": _notes_gold(items, notes)})
    layout = NOTICE_LAYOUT
    items = _notice_items(paragraphs(release, layout.sources, rng, NOTICE_PARAGRAPHS))
    _extract(layout.name, typeset_notice(layout, items))
    gold.append({"layout": layout.name, "items": _gold(items)})
    layout = SPEECH_LAYOUT
    items = _speech_items(paragraphs(release, layout.sources, rng, SPEECH_PARAGRAPHS))
    _extract(layout.name, typeset_centred_title(layout, [dict(i, markup=_escaped(i["text"])) for i in items],
                                                more_styles=_speech_styles(layout)))
    gold.append({"layout": layout.name, "items": _gold(items)})


# ---- A fourth batch of four held-out layouts, appended after the 34 above (their paragraphs come from
# the shared rng after those, so the 34 come out byte for byte as before). Text is escaped for ReportLab's
# markup; the gold keeps the text as printed (a bullet drawn before a point is layout, as in a4_lists_box).

def _wrapped_lines(markup: str, style: ParagraphStyle, width: float) -> int:
    """How many lines the paragraph takes at this width."""
    paragraph = Paragraph(markup, style)
    paragraph.wrap(width, 1e6)
    return len(paragraph.blPara.lines)


# 1. A Hong Kong business association's newsletter (Traditional, A4): the masthead `廠商會動態　第 128 期
# 2023年10月` (13 pt, over a 1.5 pt rule) at the top of the first page only (kind byline: it names the
# periodical, its issue and date, and it is part of the document, not furniture repeated on each page); then
# two short commentaries, each a kicker `短評` (10 pt, kind heading) over its title (15 pt, kind heading: both
# titles are the heads of an issue's pieces, set alike, and the issue has no title of its own; the masthead
# names it) and 5 and 4 drawn paragraphs (first-line indent); a thin rule between the two; at the end, under
# a thin rule, the contact block, three lines in 9 pt flush left (`查詢：…`, `電話：…`, `電郵：…`, kind
# boilerplate each: contact lines). Footer `第 N 頁` centred on every page.
NEWSLETTER_LAYOUT = Layout("a4_newsletter_hk", FONT, A4, 10.5, 18, 2, 0, None, "第 {page} 頁", ("000", "002"))
NEWSLETTER_MASTHEAD = {"kind": "byline", "text": "廠商會動態　第 128 期　2023年10月", "style": "masthead"}
NEWSLETTER_KICKER = "短評"
NEWSLETTER_PIECES = [("把握「新質生產力」機遇　港商宜及早部署", 5), ("推進「新型工業化」：三方面值得關注", 4)]
NEWSLETTER_CONTACT = [{"kind": "boilerplate", "text": "查詢：本會政策研究部", "style": "contact", "rule": True},
                      {"kind": "boilerplate", "text": "電話：2542 8600", "style": "contact"},
                      {"kind": "boilerplate", "text": "電郵：research@example.org.hk", "style": "contact"}]


def _newsletter_items(texts: list[str]) -> list[dict]:
    assert len(texts) == sum(n for _, n in NEWSLETTER_PIECES)
    items = [NEWSLETTER_MASTHEAD]
    rest = iter(texts)
    for k, (title, count) in enumerate(NEWSLETTER_PIECES):
        items.append({"kind": "heading", "text": NEWSLETTER_KICKER, "style": "kicker", "rule": k > 0})
        items.append({"kind": "heading", "text": title, "style": "piece_title"})
        items += [{"kind": "paragraph", "text": next(rest)} for _ in range(count)]
    return items + NEWSLETTER_CONTACT


def typeset_newsletter(layout: Layout, items: list[dict]) -> bytes:
    font = layout.font
    styles = {
        "masthead": ParagraphStyle("masthead", fontName=font, fontSize=13, leading=18, wordWrap="CJK"),
        "kicker": ParagraphStyle("kicker", fontName=font, fontSize=10, leading=14, spaceBefore=8, wordWrap="CJK",
                                 textColor=colors.darkblue, keepWithNext=1),
        "piece_title": ParagraphStyle("piece_title", fontName=font, fontSize=15, leading=22, spaceBefore=2,
                                      spaceAfter=8, wordWrap="CJK", keepWithNext=1),
        "paragraph": _body_style(layout),
        "contact": ParagraphStyle("contact", fontName=font, fontSize=9, leading=13, wordWrap="CJK"),
    }
    story: list = []
    for item in items:
        if item.get("rule"):
            story.append(HRFlowable(width="100%", thickness=0.5, color=colors.grey, spaceBefore=10, spaceAfter=4))
        story.append(Paragraph(_escaped(item["text"]), styles[item.get("style", item["kind"])]))
        if item.get("style") == "masthead":
            story.append(HRFlowable(width="100%", thickness=1.5, color=colors.darkblue, spaceBefore=3, spaceAfter=10))
    furniture = _furniture(layout, 12 * mm)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm,
                            bottomMargin=22 * mm)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    assert doc.page >= 2, doc.page
    return out.getvalue()


# 2. A securities research report on A4 whose pages have two frames: the MAIN column (120 mm of the 170 mm
# between 20 mm margins, about 70%) and, 6 mm to its right, a narrow SIDE column (44 mm, about 26%). The
# side frame comes first on every page (the document template puts, at the start of each side frame, that
# page's panel and then a frame break into the story; the main column's text runs on from the main frame of
# one page to the main frame of the next), so in the PDF's content stream each page's panel comes before
# its main column (after the text of the page before it). Page 1's panel is a
# boxed table (0.8 pt border, light background): `核心观点` (11 pt, kind heading) over four points in 9 pt,
# each `● ` and its text hanging after it (kind sidebar; the bullet is not in the gold); page 2's panel
# `风险提示` over two short paragraphs (kind sidebar), boxed alike. Later pages have an empty side column.
# The main column: the report's title (16 pt, kind title), heads `1. …` `2. …` `3. …` (12 pt) before every
# fourth of 12 drawn paragraphs (first-line indent), after the second paragraph a figure (an empty box, 55 mm
# high: no text) between its caption `图 1：…` above and its source note below. Header `证券研究报告 | 宏观专题`
# top right over a thin rule; footer `敬请参阅最后一页特别声明` bottom left and `- N -` bottom right.
# Gold order: each panel stands before the first main-column item that begins on its page.
SIDEBAR_LAYOUT = Layout("a4_report_sidebar", FONT, A4, 10.5, 18, 2, 0, "证券研究报告 | 宏观专题", "- {page} -",
                        ("001", "003"))
SIDEBAR_TITLE = {"kind": "title", "text": "新质生产力：内涵、路径与政策展望", "style": "report_title"}
SIDEBAR_HEADINGS = ["1. 新质生产力的提出背景", "2. 发展新质生产力的重点方向", "3. 政策展望与投资线索"]
SIDEBAR_PARAGRAPHS = 12
SIDEBAR_FIGURE = [{"kind": "caption", "text": "图 1：我国研发经费投入强度持续提升"},
                  {"kind": "figure", "text": ""},
                  {"kind": "source_note", "text": "资料来源：国家统计局，Wind，某证券研究所"}]
SIDEBAR_PANELS = {  # page -> (the panel's heading, its points, bulleted)
    1: ("核心观点", ["新质生产力以科技创新为核心，是推动高质量发展的内在要求和重要着力点。",
                 "政策重心在于打通束缚新质生产力发展的堵点卡点，形成与之相适应的新型生产关系。",
                 "投资线索关注“卡脖子”环节的加快突破，以及“因地制宜”逻辑下的特色产业。",
                 "资本市场、科创体制、产业体系等方面的支持政策有望进一步完善。"], True),
    2: ("风险提示", ["政策落地节奏及效果不及预期，相关产业发展慢于预期。",
                 "海外经济下行超预期，地缘政治冲突加剧外部环境的不确定性。"], False),
}
SIDEBAR_BULLET = "●"
SIDEBAR_MAIN_MM, SIDEBAR_GAP_MM, SIDEBAR_SIDE_MM = 120, 6, 44


def _sidebar_main_items(texts: list[str]) -> list[dict]:
    items = [SIDEBAR_TITLE]
    for n, text in enumerate(texts):
        if n % 4 == 0:
            items.append({"kind": "heading", "text": SIDEBAR_HEADINGS[n // 4]})
        items.append({"kind": "paragraph", "text": text})
        if n == 1:
            items += SIDEBAR_FIGURE
    return items


def _sidebar_panel(page: int, font: str) -> Table:
    heading, points, bulleted = SIDEBAR_PANELS[page]
    width = SIDEBAR_SIDE_MM * mm - 12  # the frame's padding
    hang = pdfmetrics.stringWidth(SIDEBAR_BULLET + " ", font, 9) if bulleted else 0
    head_style = ParagraphStyle("panel_heading", fontName=font, fontSize=11, leading=16, wordWrap="CJK",
                                textColor=colors.darkred)
    point_style = ParagraphStyle("panel_point", fontName=font, fontSize=9, leading=14, wordWrap="CJK",
                                 leftIndent=hang, firstLineIndent=-hang)
    rows = [[Paragraph(heading, head_style)]] + [
        [Paragraph((SIDEBAR_BULLET + " " if bulleted else "") + _escaped(point), point_style)] for point in points]
    table = Table(rows, colWidths=[width])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.darkred),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.97, 0.95, 0.93)),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.darkred),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 1), (-1, -1), 4), ("BOTTOMPADDING", (0, 1), (-1, -1), 4)]))
    return table


class _SideFirstDoc(BaseDocTemplate):
    """Pages of two frames, [side, main]: at the start of each side frame, the page's panel (from `panels`,
    page -> flowable) and a FrameBreak go to the front of the story, so the panel fills the side frame and
    the story goes on in the main frame. Records the pages whose panel was set (`set_panels`)."""

    def __init__(self, out, panels: dict[int, Any], **options) -> None:
        super().__init__(out, **options)
        self.panels = panels
        self.set_panels: list[int] = []
        self._side_due = False

    def handle_frameBegin(self, *args, **options) -> None:
        super().handle_frameBegin(*args, **options)
        self._side_due = self.frame.id == "side"

    def filterFlowables(self, flowables) -> None:
        if self._side_due and flowables is not self._hanging:
            self._side_due = False
            panel = self.panels.get(self.page)
            if panel is not None:
                self.set_panels.append(self.page)
            flowables[0:0] = ([panel] if panel is not None else []) + [FrameBreak()]


def typeset_report_sidebar(layout: Layout, items: list[dict]) -> tuple[bytes, dict[int, int]]:
    """The report (SIDEBAR_LAYOUT's comment). Returns the PDF and, per main item (by index), the page its
    first line falls on (an onDraw callback at the start of its text)."""
    font, size = layout.font, layout.size
    main_w, side_w = SIDEBAR_MAIN_MM * mm, SIDEBAR_SIDE_MM * mm
    left, bottom, top = 20 * mm, 22 * mm, size[1] - 25 * mm
    styles = {
        "report_title": ParagraphStyle("report_title", fontName=font, fontSize=16, leading=24, spaceAfter=10,
                                       wordWrap="CJK"),
        "heading": ParagraphStyle("heading", fontName=font, fontSize=12, leading=18, spaceBefore=8, spaceAfter=4,
                                  wordWrap="CJK", textColor=colors.darkred, keepWithNext=1),
        "paragraph": _body_style(layout),
        "caption": ParagraphStyle("caption", fontName=font, fontSize=9, leading=14, spaceBefore=6, wordWrap="CJK"),
        "source_note": ParagraphStyle("source", fontName=font, fontSize=8, leading=12, spaceAfter=8, wordWrap="CJK"),
    }
    starts: dict[int, int] = {}

    def page_start(canvas, doc) -> None:
        canvas.setNamedCB("start", lambda canvas, kind, label: starts.setdefault(int(label), canvas.getPageNumber()))
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawRightString(size[0] - 20 * mm, size[1] - 15 * mm, layout.header)
        canvas.setLineWidth(0.5)
        canvas.line(20 * mm, size[1] - 17 * mm, size[0] - 20 * mm, size[1] - 17 * mm)
        canvas.drawString(20 * mm, 12 * mm, "敬请参阅最后一页特别声明")
        canvas.drawRightString(size[0] - 20 * mm, 12 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    story: list = []
    for k, item in enumerate(items):
        if item["kind"] == "figure":
            drawing = Drawing(main_w - 12, 55 * mm)
            drawing.add(Rect(0, 0, main_w - 12, 55 * mm, strokeColor=colors.grey, strokeWidth=0.5, fillColor=None))
            story.append(drawing)
            continue
        story.append(Paragraph(f'<onDraw name="start" label="{k}"/>' + _escaped(item["text"]),
                               styles[item.get("style", item["kind"])]))
    out = io.BytesIO()
    doc = _SideFirstDoc(out, {page: _sidebar_panel(page, font) for page in SIDEBAR_PANELS}, pagesize=size)
    doc.addPageTemplates([PageTemplate("page", [
        Frame(left + main_w + SIDEBAR_GAP_MM * mm, bottom, side_w, top - bottom, id="side"),
        Frame(left, bottom, main_w, top - bottom, id="main")], onPage=page_start)])
    doc.build(story)
    assert doc.set_panels == sorted(SIDEBAR_PANELS), doc.set_panels  # each panel on its page
    return out.getvalue(), starts


def _sidebar_gold(items: list[dict], starts: dict[int, int]) -> list[dict]:
    """The main items (no figure), each page's panel before the first of them that begins on its page."""
    gold: list[dict] = []
    placed: set[int] = set()
    for k, item in enumerate(items):
        if item["kind"] == "figure":
            continue
        for page in sorted(SIDEBAR_PANELS):
            if page not in placed and starts[k] >= page:
                heading, points, _ = SIDEBAR_PANELS[page]
                gold += [{"kind": "heading", "text": heading}] + [{"kind": "sidebar", "text": p} for p in points]
                placed.add(page)
        gold.append({"kind": item["kind"], "text": item["text"]})
    assert placed == set(SIDEBAR_PANELS), placed
    return gold


# 3. A policy interpretation (A4): a centred title, heads `一、…` before every third of 9 drawn paragraphs
# (first-line indent), and two tables of words (no Arabic digit in any cell), each between its caption
# `表 N：…` above and its source note below, kept on one page with them: (a) after the fifth paragraph, two
# columns `政策文件` / `主要内容`, a header row and 5 rows; the document's name fits its line, its content (a
# sentence of 30-60 characters) wraps onto 2-3 lines inside its cell; (b) after the eighth, three columns
# `领域` / `目标` / `举措`, a header row and 4 rows of cells of 8-25 characters, some wrapping. Cells 9 pt,
# aligned to their cell's top, a grey grid, the header row shaded. Footer `- N -` centred.
POLICY_TABLES_LAYOUT = Layout("a4_policy_table_wrapped", FONT, A4, 10.5, 18, 2, 0, None, "- {page} -", ("001",))
POLICY_TABLES_TITLE = {"kind": "title", "text": "《关于加快发展新质生产力的若干措施》政策解读"}
POLICY_TABLES_HEADINGS = ["一、出台背景", "二、主要内容", "三、保障措施"]
POLICY_TABLES_PARAGRAPHS = 9
POLICY_TABLES: list[dict] = [
    {"after": 4, "caption": "表 1：近期出台的新质生产力相关政策文件", "source": "资料来源：中国政府网，某某市发展改革委整理",
     "widths": [72, 88], "wrap": (1,), "lines": (2, 3),
     "cells": [["政策文件", "主要内容"],
               ["《政府工作报告》", "将大力推进现代化产业体系建设、加快发展新质生产力列为政府工作任务之首。"],
               ["《关于推动未来产业创新发展的实施意见》",
                "提出到二〇二五年，未来产业技术创新、产业培育、安全治理等全面发展，部分领域达到国际先进水平。"],
               ["《推动大规模设备更新行动方案》", "实施设备更新、消费品以旧换新、回收循环利用、标准提升四大行动。"],
               ["《关于加快推动制造业绿色化发展的指导意见》",
                "推动钢铁、有色、石化化工、建材等传统产业绿色低碳转型，加快培育绿色低碳新兴产业，构建绿色低碳供应链和产业链。"],
               ["《数字中国建设整体布局规划》", "夯实数字基础设施和数据资源体系两大基础，推进数字技术与经济社会各领域深度融合。"]]},
    {"after": 7, "caption": "表 2：重点领域发展目标与主要举措", "source": "资料来源：某某市人民政府办公厅",
     "widths": [36, 56, 68], "wrap": (0, 1, 2), "lines": (1, 2),
     "cells": [["领域", "目标", "举措"],
               ["科技创新与成果转化", "关键核心技术攻关取得重大突破", "建设概念验证中心和中试基地，完善成果转化激励机制"],
               ["现代化产业体系建设", "战略性新兴产业增加值占比稳步提高", "实施产业链链长制，培育一批链主企业"],
               ["数字经济与实体经济深度融合", "规模以上工业企业数字化改造基本全覆盖", "推进工业互联网平台建设，开放一批应用场景"],
               ["绿色低碳转型发展", "单位地区生产总值能耗持续下降", "推广节能降碳技术，构建绿色制造体系"]]},
]
assert not any(ch in "0123456789" for table in POLICY_TABLES for row in table["cells"] for cell in row for ch in cell)
assert all(30 <= len(row[1]) <= 60 for row in POLICY_TABLES[0]["cells"][1:])
assert all(8 <= len(cell) <= 25 for row in POLICY_TABLES[1]["cells"][1:] for cell in row)
POLICY_CELL_PT = 9


def _policy_table(table: dict, font: str) -> tuple[Table, list[list[int]]]:
    """The table's cells as a grid (the columns in `wrap` as Paragraphs wrapping in their cells, the others
    plain strings, each fitting its line); returns it and the lines each body cell takes."""
    style = ParagraphStyle("cell", fontName=font, fontSize=POLICY_CELL_PT, leading=12, wordWrap="CJK")
    lines = []
    data = [list(table["cells"][0])]
    for row in table["cells"][1:]:
        counts, cells = [], []
        for k, (cell, width) in enumerate(zip(row, table["widths"])):
            if k in table["wrap"]:
                counts.append(_wrapped_lines(_escaped(cell), style, width * mm - 12))
                cells.append(Paragraph(_escaped(cell), style))
            else:
                assert pdfmetrics.stringWidth(cell, font, POLICY_CELL_PT) + 12 <= width * mm, cell
                counts.append(1)
                cells.append(cell)
        lines.append(counts)
        data.append(cells)
    grid = Table(data, colWidths=[w * mm for w in table["widths"]])
    grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), POLICY_CELL_PT),
                              ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)]))
    return grid, lines


def _policy_tables_items(texts: list[str]) -> list[dict]:
    items = [POLICY_TABLES_TITLE]
    for n, text in enumerate(texts):
        if n % 3 == 0:
            items.append({"kind": "heading", "text": POLICY_TABLES_HEADINGS[n // 3]})
        items.append({"kind": "paragraph", "text": text})
        for table in POLICY_TABLES:
            if table["after"] == n:
                items += [{"kind": "caption", "text": table["caption"]},
                          {"kind": "table", "text": "", "cells": table["cells"], "table": table},
                          {"kind": "source_note", "text": table["source"]}]
    return items


def typeset_policy_tables(layout: Layout, items: list[dict]) -> tuple[bytes, list[list[list[int]]]]:
    """The interpretation (POLICY_TABLES_LAYOUT's comment); returns the PDF and each table's line counts."""
    font = layout.font
    styles = {
        "title": ParagraphStyle("title", fontName=font, fontSize=17, leading=26, alignment=1, spaceAfter=12,
                                wordWrap="CJK"),
        "heading": _heading_style(layout, grow=1),
        "paragraph": _body_style(layout),
        "caption": ParagraphStyle("caption", fontName=font, fontSize=9.5, leading=14, spaceBefore=6, spaceAfter=2,
                                  alignment=1, wordWrap="CJK"),
        "source_note": ParagraphStyle("source", fontName=font, fontSize=8, leading=12, spaceBefore=2, spaceAfter=8,
                                      wordWrap="CJK"),
    }
    story: list = []
    counts = []
    k = 0
    while k < len(items):
        item = items[k]
        if item["kind"] == "caption":  # caption, table, source note kept together
            grid, lines = _policy_table(items[k + 1]["table"], font)
            counts.append(lines)
            story.append(KeepTogether([Paragraph(_escaped(item["text"]), styles["caption"]), grid,
                                       Paragraph(_escaped(items[k + 2]["text"]), styles["source_note"])]))
            k += 3
            continue
        story.append(Paragraph(_escaped(item["text"]), styles[item["kind"]]))
        k += 1
    furniture = _furniture(layout, 12 * mm)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                            bottomMargin=22 * mm)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    for table, lines in zip(POLICY_TABLES, counts):  # the lines of each row's longest cell
        low, high = table["lines"]
        assert all(low <= max(row) <= high for row in lines), lines
    assert all(row[1] >= 2 for row in counts[0]), counts[0]  # (a): every content cell wraps, to two or three lines
    assert any(row[1] == 3 for row in counts[0]), counts[0]
    assert any(n > 1 for row in counts[1] for n in row), counts[1]  # (b): some cells wrap, others not
    assert any(n == 1 for row in counts[1] for n in row), counts[1]
    return out.getvalue(), counts


# 4. Meeting minutes (会议纪要, A4, 11 pt, first-line indent 2 characters): the title `某某市新质生产力工作推进
# 会议纪要` (22 pt, red, centred; kind title) over `第 3 期` (centred, kind byline: the issue line under a
# title) and a red rule; the opening paragraph (written here) `2024年5月10日，…主持召开…会议。…现将会议主要
# 精神纪要如下：`; the labelled lines `出席：…` and `列席：…` (set as the body, each wrapping once; kind
# paragraph); six decisions, each a paragraph opening with its run-in number and verb (`一、会议指出，` …)
# followed by a drawn paragraph (kind paragraph: run in, not heads); then, two lines down, the bottom
# matter between rules (GB/T 9704's 版记): `抄送：市委办公室，市人大常委会办公室。` (kind boilerplate) and
# `某某市人民政府办公室　　2024年5月11日印发` (kind byline: it names the issuing office and the date printed;
# a dateline gives only a date), both indented one character. Footer `— N —` centred.
MINUTES_LAYOUT = Layout("a4_meeting_minutes", FONT, A4, 11, 19, 2, 0, None, "— {page} —", ("001",))
MINUTES_HEAD = [{"kind": "title", "text": "某某市新质生产力工作推进会议纪要", "style": "minutes_title"},
                {"kind": "byline", "text": "第 3 期", "style": "issue"},
                {"kind": "paragraph", "text": "2024年5月10日，市长张某某在市政府第一会议室主持召开全市新质生产力工作推进会议，"
                                               "听取市发展改革委、市科技局、市工业和信息化局关于全市发展新质生产力工作进展情况"
                                               "的汇报，研究部署下一阶段重点工作。现将会议主要精神纪要如下："},
                {"kind": "paragraph", "text": "出席：张某某、李某某、王某某、赵某某、刘某某、陈某某、杨某某、黄某某、周某某、"
                                               "吴某某、郑某某", "wraps": 2},
                {"kind": "paragraph", "text": "列席：市发展改革委、市科技局、市工业和信息化局、市财政局、市人力资源社会保障局、"
                                               "市商务局主要负责同志", "wraps": 2}]
MINUTES_DECISIONS = ["一、会议指出，", "二、会议强调，", "三、会议要求，", "四、会议明确，", "五、会议认为，", "六、会议要求，"]
MINUTES_TAIL = [{"kind": "boilerplate", "text": "抄送：市委办公室，市人大常委会办公室。", "style": "imprint", "rule": 1.0},
                {"kind": "byline", "text": "某某市人民政府办公室　　2024年5月11日印发", "style": "imprint", "rule": 0.5}]


def _minutes_items(texts: list[str]) -> list[dict]:
    assert len(texts) == len(MINUTES_DECISIONS)
    return (MINUTES_HEAD + [{"kind": "paragraph", "text": opening + text} for opening, text in zip(MINUTES_DECISIONS, texts)]
            + MINUTES_TAIL)


def typeset_minutes(layout: Layout, items: list[dict]) -> bytes:
    font, pt, leading = layout.font, layout.body_pt, layout.leading
    body = _body_style(layout)
    styles = {
        "minutes_title": ParagraphStyle("minutes_title", fontName=font, fontSize=22, leading=32, alignment=1,
                                        textColor=colors.red, spaceBefore=6, spaceAfter=8, wordWrap="CJK"),
        "issue": ParagraphStyle("issue", fontName=font, fontSize=pt + 1, leading=leading, alignment=1, wordWrap="CJK"),
        "paragraph": body,
        "imprint": ParagraphStyle("imprint", parent=body, firstLineIndent=pt, spaceBefore=3, spaceAfter=3),
    }
    width = layout.size[0] - 54 * mm  # the frame below, less its padding
    story: list = []
    for item in items:
        if item.get("rule"):
            story.append(HRFlowable(width="100%", thickness=item["rule"], color=colors.black,
                                    spaceBefore=2 * leading if item["rule"] == 1.0 else 0, spaceAfter=0))
        if "wraps" in item:
            assert _wrapped_lines(_escaped(item["text"]), body, width - 12) == item["wraps"], item["text"]
        story.append(Paragraph(_escaped(item["text"]), styles[item.get("style", item["kind"])]))
        if item.get("style") == "issue":
            story += [Spacer(1, 4), HRFlowable(width="100%", thickness=1.5, color=colors.red, spaceAfter=12)]
    story.append(HRFlowable(width="100%", thickness=1.0, color=colors.black, spaceBefore=0))
    furniture = _furniture(layout, 12 * mm)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=30 * mm,
                            bottomMargin=25 * mm)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


def fourth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 34 others (their paragraphs drawn after theirs)."""
    layout = NEWSLETTER_LAYOUT
    items = _newsletter_items(paragraphs(release, layout.sources, rng, sum(n for _, n in NEWSLETTER_PIECES)))
    _extract(layout.name, typeset_newsletter(layout, items))
    gold.append({"layout": layout.name, "items": _gold(items)})
    layout = SIDEBAR_LAYOUT
    items = _sidebar_main_items(paragraphs(release, layout.sources, rng, SIDEBAR_PARAGRAPHS))
    pdf, starts = typeset_report_sidebar(layout, items)
    _extract(layout.name, pdf)
    gold.append({"layout": layout.name, "items": _sidebar_gold(items, starts)})
    layout = POLICY_TABLES_LAYOUT
    items = _policy_tables_items(paragraphs(release, layout.sources, rng, POLICY_TABLES_PARAGRAPHS))
    pdf, _ = typeset_policy_tables(layout, items)
    _extract(layout.name, pdf)
    gold.append({"layout": layout.name, "items": _with_rows([{"kind": i["kind"], "text": i["text"], "cells": i["cells"]}
                                                             if i["kind"] == "table" else _gold([i])[0] for i in items])})
    layout = MINUTES_LAYOUT
    items = _minutes_items(paragraphs(release, layout.sources, rng, len(MINUTES_DECISIONS)))
    _extract(layout.name, typeset_minutes(layout, items))
    gold.append({"layout": layout.name, "items": _gold(items)})


# ---- A fifth batch of four held-out layouts, appended after the 38 above (their paragraphs and values come
# from the shared rng after those, so the 38 come out byte for byte as before). Text is escaped for
# ReportLab's markup; the gold keeps the text as printed.

# 1. A policy document (实施方案, A4, 11 pt, first-line indent 2 characters) numbered on four levels: the
# centred title (18 pt) and its date centred under it (dateline); heads `一、…` centred in 13 pt; `（一）…`
# on a line of its own, 12 pt, indented two characters; `1.…` and `（1）…` short lines of their own set as the
# body (11 pt, indented two characters: in print a typeface would mark them). Every head is followed by one
# or two drawn paragraphs (001); heads are kept with the paragraph after them. Under the last head, after its
# paragraph, three paragraphs open with a run-in lead (`（二）加强统筹协调。` + a drawn paragraph, kind
# paragraph: run in, no heading). Footer `— N —` centred.
NESTED_LAYOUT = Layout("a4_nested_numbering", FONT, A4, 11, 19, 2, 0, None, "— {page} —", ("001",))
NESTED_HEAD = [{"kind": "title", "text": "某某市加快培育和发展新质生产力实施方案", "style": "title"},
               {"kind": "dateline", "text": "2024年4月8日", "style": "date"}]
NESTED_OUTLINE = [  # (level, heading, drawn paragraphs after it)
    (1, "一、总体要求", 1), (2, "（一）指导思想", 1), (2, "（二）主要目标", 2),
    (1, "二、重点任务", 1), (2, "（一）强化科技创新引领", 1), (3, "1.加强基础研究", 1),
    (4, "（1）布局重大科技基础设施", 1), (4, "（2）支持新型研发机构发展", 2), (3, "2.促进科技成果转化", 1),
    (2, "（二）推动产业转型升级", 1), (3, "1.改造提升传统产业", 2), (4, "（1）实施智能化改造", 1),
    (4, "（2）推进绿色化转型", 1), (3, "2.培育壮大新兴产业", 1),
    (1, "三、保障措施", 1)]
NESTED_LEADS = ["（一）加强组织领导。", "（二）加强统筹协调。", "（三）强化要素保障。"]  # run in, after the last head's paragraph
NESTED_PARAGRAPHS = sum(n for _, _, n in NESTED_OUTLINE) + len(NESTED_LEADS)


def _nested_items(texts: list[str]) -> list[dict]:
    assert len(texts) == NESTED_PARAGRAPHS
    rest = iter(texts)
    items = list(NESTED_HEAD)
    for level, heading, count in NESTED_OUTLINE:
        items.append({"kind": "heading", "text": heading, "style": f"level{level}"})
        items += [{"kind": "paragraph", "text": next(rest)} for _ in range(count)]
    items += [{"kind": "paragraph", "text": lead + next(rest)} for lead in NESTED_LEADS]
    assert next(rest, None) is None
    return items


def typeset_nested(layout: Layout, items: list[dict]) -> bytes:
    font, pt, leading = layout.font, layout.body_pt, layout.leading
    body = _body_style(layout)
    indent = layout.indent_em * pt
    styles = {
        "title": ParagraphStyle("title", fontName=font, fontSize=18, leading=26, alignment=1, spaceAfter=6,
                                wordWrap="CJK"),
        "date": ParagraphStyle("date", fontName=font, fontSize=pt, leading=leading, alignment=1, spaceAfter=12,
                               wordWrap="CJK"),
        "level1": ParagraphStyle("level1", fontName=font, fontSize=pt + 2, leading=leading + 3, alignment=1,
                                 spaceBefore=8, spaceAfter=4, wordWrap="CJK", keepWithNext=1),
        "level2": ParagraphStyle("level2", fontName=font, fontSize=pt + 1, leading=leading + 1, firstLineIndent=indent,
                                 spaceBefore=3, spaceAfter=1, wordWrap="CJK", keepWithNext=1),
        "level3": ParagraphStyle("level3", parent=body, alignment=0, keepWithNext=1),
        "level4": ParagraphStyle("level4", parent=body, alignment=0, keepWithNext=1),
        "paragraph": body,
    }
    width = layout.size[0] - 54 * mm - 12  # the frame below, less its padding
    for item in items:  # the heads of levels 2-4 are short: one line each
        if item.get("style") in ("level2", "level3", "level4"):
            assert _wrapped_lines(_escaped(item["text"]), styles[item["style"]], width) == 1, item["text"]
    furniture = _furniture(layout, 12 * mm)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=layout.size, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=30 * mm,
                      bottomMargin=25 * mm).build(
        [Paragraph(_escaped(item["text"]), styles[item.get("style", item["kind"])]) for item in items],
        onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


# 2. A Hong Kong policy brief with appendix tables (B5, Traditional, 10.5 pt, first-line indent 2 characters):
# a centred title (16 pt) and the series line under it `（「新質生產力」專題討論之三）` (kind byline: it names the
# series the paper belongs to, as raw/000's does); 9 drawn paragraphs (000, 002) under heads `一、…` (12 pt)
# before the 1st, 4th and 7th; a superscript note number after the first clause (15+ characters) of the 1st,
# 3rd, 5th and 7th paragraph, each note `N text` (8 pt, under a rule) at the bottom of its page, as in
# a4_footnotes. Then, on a new page, the appendix: `附表一：…` (kind caption: it names the table under it, as
# `表 N：…` does, and nothing else heads the appendix) over a table of numbers (years as columns, a header
# row `指標` / `2019年` … `2023年`, four indicators as rows, values with decimals, three of the four rows in
# per cent; drawn from the shared rng; the grid as wide as the text) over its source note; then `附表二：…` over a
# table of words (`部委` / `主要表述`, a header row and 4 rows, body cells of 8-20 characters as Paragraphs
# wrapping inside their cells, some to two lines, none leaving one character on its last line; the grid, 102 mm
# wide, centred) over `資料來源：…`. Each caption, table and source note kept together; cells 9 pt in a grey
# grid, aligned to their top, the header row shaded. Footer `- N -` centred.
APPENDIX_LAYOUT = Layout("b5_traditional_appendix_tables", FONT, B5, 10.5, 18, 2, 0, None, "- {page} -",
                         ("000", "002"))
APPENDIX_HEAD = [{"kind": "title", "text": "新質生產力與香港新型工業化", "style": "title"},
                 {"kind": "byline", "text": "（「新質生產力」專題討論之三）", "style": "series"}]
APPENDIX_HEADINGS = ["一、時代背景", "二、香港的角色", "三、政策建議"]
APPENDIX_PARAGRAPHS = 9  # heads before the 1st, 4th and 7th
APPENDIX_NOTED = (0, 2, 4, 6)  # the paragraphs (from 0) that carry a note, when they have such a clause
APPENDIX_CELL_PT = 9
APPENDIX_NUMBERS = {  # 附表一: the caption, source note, corner, columns, rows (indicator, kind of value)
    "caption": "附表一：香港創新科技及製造業主要指標", "source": "資料來源：政府統計處、創新科技署，本會研究部整理",
    "corner": "指標", "columns": ["2019年", "2020年", "2021年", "2022年", "2023年"],
    "rows": [("研發總開支（億港元）", "amount"), ("研發開支佔本地生產總值比率", "ratio"),
             ("製造業佔本地生產總值比重", "share"), ("製造業增加值實質增長", "growth")],
    "widths": [50] + [15.2] * 5}
APPENDIX_WORDS = {
    "caption": "附表二：近期國家部委關於新質生產力的主要表述", "source": "資料來源：互聯網公開信息、本會研究部整理",
    "widths": [44, 58],
    "cells": [["部委", "主要表述"],
              ["國家發展和改革委員會", "加快構建現代化產業體系，培育新質生產力"],
              ["中華人民共和國工業和信息化部", "推進新型工業化，打造世界級先進製造業集群"],
              ["中華人民共和國科學技術部", "強化企業科技創新主體地位"],
              ["國務院國有資產監督管理委員會", "推動中央企業佈局戰略性新興產業"]]}
assert all(8 <= len(cell) <= 20 for row in APPENDIX_WORDS["cells"][1:] for cell in row)


def _appendix_value(rng: random.Random, kind: str) -> str:
    if kind == "amount":
        return f"{rng.uniform(220, 340):.1f}"
    if kind == "ratio":
        return f"{rng.uniform(0.85, 1.15):.2f}%"
    if kind == "share":
        return f"{rng.uniform(0.9, 1.2):.1f}%"
    return f"{rng.uniform(-6, 8):.1f}%"


def _appendix_items(texts: list[str], rng: random.Random) -> tuple[list[dict], dict[int, str]]:
    """The head, the paragraphs (heads before every third, notes marked as _marked puts them), then the two
    tables, each between its caption and its source note (the first table's values drawn here)."""
    items: list[dict] = list(APPENDIX_HEAD)
    notes: dict[int, str] = {}
    for n, text in enumerate(texts):
        if n % 3 == 0:
            items.append({"kind": "heading", "text": APPENDIX_HEADINGS[n // 3]})
        item = {"kind": "paragraph", "text": text}
        marked = _marked(_escaped(text), len(notes) + 1) if n in APPENDIX_NOTED else None
        if marked:
            item["marked"] = marked
            notes[len(notes) + 1] = rng.choice(TRAD_NOTE_TEXTS).format(day=rng.randint(1, 28), page=rng.randint(1, 12),
                                                                       month=rng.randint(1, 12))
        items.append(item)
    assert 3 <= len(notes) <= 4, notes
    numbers = APPENDIX_NUMBERS
    cells = [[numbers["corner"], *numbers["columns"]]] + [
        [label, *(_appendix_value(rng, kind) for _ in numbers["columns"])] for label, kind in numbers["rows"]]
    for table, table_cells, wrap in ((numbers, cells, False), (APPENDIX_WORDS, APPENDIX_WORDS["cells"], True)):
        items += [{"kind": "caption", "text": table["caption"], "style": "appendix_caption"},
                  {"kind": "table", "text": "", "cells": table_cells, "widths": table["widths"], "wrap": wrap},
                  {"kind": "source_note", "text": table["source"]}]
    return items, notes


def _appendix_table(item: dict, font: str) -> tuple[Table, list[list[int]]]:
    """A grid of the item's cells (the header row plain; body cells as Paragraphs wrapping in their cells when
    `wrap`, else plain and each fitting its line, numbers aligned right); returns it and each body row's line
    counts."""
    style = ParagraphStyle("cell", fontName=font, fontSize=APPENDIX_CELL_PT, leading=12, wordWrap="CJK")
    widths = item["widths"]
    data, lines = [list(item["cells"][0])], []
    for cell, width in zip(item["cells"][0], widths):
        assert pdfmetrics.stringWidth(cell, font, APPENDIX_CELL_PT) + 12 <= width * mm, cell
    for row in item["cells"][1:]:
        if item["wrap"]:
            lines.append([_wrapped_lines(_escaped(cell), style, width * mm - 12) for cell, width in zip(row, widths)])
            for cell, width, n in zip(row, widths, lines[-1]):  # no wrapped cell ends in a line of one character
                assert n == 1 or _wrapped_lines(_escaped(cell[:-1]), style, width * mm - 12) == n, cell
            data.append([Paragraph(_escaped(cell), style) for cell in row])
        else:
            for cell, width in zip(row, widths):
                assert pdfmetrics.stringWidth(cell, font, APPENDIX_CELL_PT) + 12 <= width * mm, cell
            lines.append([1] * len(row))
            data.append(list(row))
    commands = [("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), APPENDIX_CELL_PT),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)]
    if not item["wrap"]:
        commands.append(("ALIGN", (1, 0), (-1, -1), "RIGHT"))
    grid = Table(data, colWidths=[w * mm for w in widths])
    grid.setStyle(TableStyle(commands))
    return grid, lines


def typeset_appendix(layout: Layout, items: list[dict], notes: dict[int, str]) -> tuple[bytes, list[int], list]:
    """The brief (APPENDIX_LAYOUT's comment), its notes at the pages' bottom (_build_with_page_notes).
    Returns the PDF, the page each caption falls on, and each table's line counts."""
    font, pt, leading = layout.font, layout.body_pt, layout.leading
    styles = {
        "title": ParagraphStyle("title", fontName=font, fontSize=16, leading=24, alignment=1, wordWrap="CJK"),
        "series": ParagraphStyle("series", fontName=font, fontSize=pt, leading=leading, alignment=1, spaceAfter=12,
                                 wordWrap="CJK"),
        "heading": _heading_style(layout, grow=1),
        "paragraph": _body_style(layout),
        "appendix_caption": ParagraphStyle("appendix_caption", fontName=font, fontSize=pt + 0.5, leading=leading,
                                           spaceBefore=6, spaceAfter=6, wordWrap="CJK"),
        "source_note": ParagraphStyle("source", fontName=font, fontSize=8, leading=12, spaceBefore=3, spaceAfter=14,
                                      wordWrap="CJK"),
    }
    caption_pages: list[int] = []
    counts: list = []

    def story() -> list:
        story: list = []
        counts.clear()
        caption_pages.clear()
        k = 0
        while k < len(items):
            item = items[k]
            if item["kind"] == "caption":  # caption, table, source note kept together; the appendix on a new page
                grid, lines = _appendix_table(items[k + 1], font)
                counts.append(lines)
                if not counts[:-1]:
                    story.append(PageBreak())
                story.append(KeepTogether([
                    Paragraph('<onDraw name="caption" label="0"/>' + _escaped(item["text"]), styles[item["style"]]),
                    grid, Paragraph(_escaped(items[k + 2]["text"]), styles["source_note"])]))
                k += 3
                continue
            story.append(Paragraph(item.get("marked", _escaped(item["text"])), styles[item.get("style", item["kind"])]))
            k += 1
        return story

    pdf = _build_with_page_notes(layout, notes, story, named={
        "caption": lambda canvas, kind, label: caption_pages.append(canvas.getPageNumber())})
    assert any(n > 1 for row in counts[1] for n in row) and any(n == 1 for row in counts[1] for n in row), counts[1]
    return pdf, list(caption_pages), counts


# 3. A monthly news digest (月度资讯摘编, as raw/004 is one; A4, 10.5 pt, no indent, space after blocks): the
# centred title `月度资讯摘编（2024年4月）` (18 pt, kind title), then eight short news items, each a title line
# (13 pt, written here from its drawn paragraph; kind heading), a one-paragraph body (a drawn paragraph, 001 or
# 004), and its source `（来源：…，2024年4月N日）` (9.5 pt, flush right; kind source_note). Two items carry a
# second drawn paragraph before their source. An item's title is kept with its first paragraph, its last
# paragraph with its source line (so no source line stands alone at a page's top). Footer `第 N 页 共 M 页`
# centred (a second pass knows M).
DIGEST_LAYOUT = Layout("a4_news_digest", FONT, A4, 10.5, 18, 0, 6, None, "第 {page} 页 共 {pages} 页", ("001", "004"))
DIGEST_TITLE = {"kind": "title", "text": "月度资讯摘编（2024年4月）", "style": "digest_title"}
# (the drawn paragraph's opening, the item's title, its source line), in the order drawn
DIGEST_ITEMS = [
    ("第一阶段表现为自然生产力", "学者梳理生产力演进的历史阶段", "（来源：光明日报，2024年4月2日）"),
    ("习近平指出，科技创新能够催生新产业", "习近平：科技创新是发展新质生产力的核心要素", "（来源：新华社，2024年4月3日）"),
    ("人力资本规模与结构决定人类", "专家建议深化教育改革夯实新质生产力人才基础", "（来源：经济日报，2024年4月8日）"),
    ("加快形成和发展新质生产力，必须畅通教育", "畅通教育科技人才良性循环　为新质生产力提供人才支撑",
     "（来源：人民日报，2024年4月10日）"),
    ("可见，“新质生产力”所提示的经济高质量发展", "新质生产力将推动产业组织形态深刻变革", "（来源：学习时报，2024年4月12日）"),
    ("更好发挥数字赋能作用，推动教育变革创新", "以数字赋能推动教育变革创新", "（来源：中国教育报，2024年4月17日）"),
    ("习近平总书记强调，必须继续做好创新这篇大文章", "黑龙江：加快形成具有龙江特色的新质生产力", "（来源：黑龙江日报，2024年4月22日）"),
    ("表夏鸿飞说", "开封：科技型中小企业数量连续三年高速增长", "（来源：开封日报，2024年4月26日）"),
]
# the items (counted from 1) that go on in a second paragraph, and its opening, in the order drawn after the eight
DIGEST_GOES_ON = [(7, "习近平总书记在主持召开新时代推动东北全面振兴座谈会时强调"), (2, "二是不断完善创新体系建设")]


def _digest_items(texts: list[str]) -> list[dict]:
    assert len(texts) == len(DIGEST_ITEMS) + len(DIGEST_GOES_ON)
    more = {}
    for text, (n, opening) in zip(texts[len(DIGEST_ITEMS):], DIGEST_GOES_ON):
        assert text.startswith(opening), (opening, text[:30])
        more[n] = text
    items = [DIGEST_TITLE]
    for n, (text, (opening, title, source)) in enumerate(zip(texts, DIGEST_ITEMS), 1):
        assert text.startswith(opening), (opening, text[:30])
        items += [{"kind": "heading", "text": title, "style": "news_title"}, {"kind": "paragraph", "text": text}]
        if n in more:
            items.append({"kind": "paragraph", "text": more[n]})
        items[-1]["style"] = "news_last"  # kept with the source line under it
        items.append({"kind": "source_note", "text": source, "style": "news_source"})
    return items


def typeset_digest(layout: Layout, items: list[dict]) -> bytes:
    font = layout.font
    styles = {
        "digest_title": ParagraphStyle("digest_title", fontName=font, fontSize=18, leading=26, alignment=1,
                                       spaceAfter=14, wordWrap="CJK"),
        "news_title": ParagraphStyle("news_title", fontName=font, fontSize=13, leading=20, spaceBefore=8, spaceAfter=4,
                                     wordWrap="CJK", keepWithNext=1),
        "paragraph": _body_style(layout),
        "news_last": ParagraphStyle("news_last", parent=_body_style(layout), keepWithNext=1),
        "news_source": ParagraphStyle("news_source", fontName=font, fontSize=9.5, leading=15, alignment=2,
                                      spaceAfter=10, wordWrap="CJK"),
    }
    width = layout.size[0] - 50 * mm - 12
    for item in items:  # titles and sources take one line each
        if item.get("style") in ("news_title", "news_source"):
            assert _wrapped_lines(_escaped(item["text"]), styles[item["style"]], width) == 1, item["text"]
    pages = [0]

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(layout.size[0] / 2, 12 * mm,
                                 layout.footer.format(page=doc.page, pages=pages[0] or "?"))
        canvas.restoreState()

    for _ in range(2):  # the second pass knows the page count
        out = io.BytesIO()
        doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                                bottomMargin=22 * mm)
        doc.build([Paragraph(_escaped(item["text"]), styles[item.get("style", item["kind"])]) for item in items],
                  onFirstPage=furniture, onLaterPages=furniture)
        pages[0] = doc.page
    return out.getvalue()


# 4. A journal article with a bilingual abstract (A4, 10.5 pt, first-line indent 2 characters), set as
# a4_journal_article: the centred title (16 pt), the authors (kind byline) and their affiliation in brackets
# with its postal code (kind byline); the front matter in 9 pt, no indent: `摘要：` + the first drawn paragraph,
# `关键词：…`; then the English title (13 pt, centred; kind title, as a4_bilingual_hk's English title line),
# `Abstract: …` (written here from the Chinese abstract, 3 sentences, 9 pt, justified; kind paragraph) and
# `Key words: …` (kind paragraph, as `关键词：…`; 10 pt of space after it); then the body, heads `一、…`
# (11.5 pt) before every fourth of 16 drawn paragraphs (001), and `参考文献：` over five references
# `[N] …[J]. …` (9 pt, hanging indent; kind list_item; written for the fixture in the journals' format). The
# journal's name heads odd pages and its issue even ones (top left, 8 pt), the page number centred at the
# bottom, counted from 27.
BIABSTRACT_LAYOUT = Layout("a4_article_bilingual_abstract", FONT, A4, 10.5, 18, 2, 0, ("某某财经大学学报", "2024 年第 4 期"),
                           "{page}", ("001",))
BIABSTRACT_FIRST_PAGE = 27
BIABSTRACT_FRONT = [{"kind": "title", "text": "新质生产力与新型生产关系的适配机制研究"},
                    {"kind": "byline", "text": "王五，赵六"},
                    {"kind": "byline", "text": "（某某财经大学 经济学院，湖北 武汉 430073）"}]
BIABSTRACT_OPENING = "习近平总书记指出，生产关系必须与生产力发展要求相适应"  # the drawn abstract's opening
BIABSTRACT_KEYWORDS = "关键词：新质生产力；新型生产关系；全面深化改革；高质量发展"
BIABSTRACT_ENGLISH = [
    {"kind": "title", "text": "On Adapting New Relations of Production to New Quality Productive Forces",
     "style": "english_title"},
    {"kind": "paragraph", "text": "Abstract: General Secretary Xi Jinping has pointed out that the relations of "
                                  "production must be compatible with the requirements of the development of the "
                                  "productive forces. Developing new quality productive forces therefore calls for "
                                  "deepening reform and expanding opening up. This paper examines how new relations of "
                                  "production suited to these forces can be built, and what they mean for high-quality "
                                  "development.",
     "style": "english_front"},
    {"kind": "paragraph", "text": "Key words: new quality productive forces; new relations of production; deepening "
                                  "reform; high-quality development", "style": "english_keywords"}]
BIABSTRACT_HEADINGS = ["一、引言", "二、新质生产力的生成逻辑", "三、新型生产关系的构建路径", "四、结论与启示"]
BIABSTRACT_PARAGRAPHS = 1 + 16  # the abstract, then the body (a head before every fourth)
BIABSTRACT_REFERENCES = [
    "[1] 洪银兴. 新质生产力及其培育和发展[J]. 经济学动态, 2024(1): 3-11.",
    "[2] 李政, 崔慧永. 基于历史唯物主义视域的新质生产力：内涵、形成条件与有效路径[J]. 重庆大学学报（社会科学版）, 2024, 30(1): 129-144.",
    "[3] 任保平. 生产力现代化转型形成新质生产力的逻辑[J]. 经济研究, 2024, 59(3): 12-19.",
    "[4] 高帆. “新质生产力”的提出逻辑、多维内涵及时代意义[J]. 政治经济学评论, 2023, 14(6): 127-145.",
    "[5] 赵峰, 季雷. 新质生产力的科学内涵、构成要素和制度保障机制[J]. 学习与探索, 2024(1): 92-101."]


def _biabstract_items(texts: list[str]) -> list[dict]:
    assert len(texts) == BIABSTRACT_PARAGRAPHS and texts[0].startswith(BIABSTRACT_OPENING), texts[0][:30]
    items = (BIABSTRACT_FRONT + [{"kind": "paragraph", "text": "摘要：" + texts[0], "style": "front"},
                                 {"kind": "paragraph", "text": BIABSTRACT_KEYWORDS, "style": "front"}]
             + BIABSTRACT_ENGLISH)
    for n, text in enumerate(texts[1:]):
        if n % 4 == 0:
            items.append({"kind": "heading", "text": BIABSTRACT_HEADINGS[n // 4]})
        items.append({"kind": "paragraph", "text": text})
    return (items + [{"kind": "heading", "text": "参考文献："}]
            + [{"kind": "list_item", "text": r} for r in BIABSTRACT_REFERENCES])


def typeset_biabstract(layout: Layout, items: list[dict]) -> bytes:
    """typeset_article's styles and page, with the English title (one line) and the English front matter
    (9 pt, justified, wrapped at spaces)."""
    font, size = layout.font, layout.size
    centred = lambda pt, lead, after=4: ParagraphStyle("c", fontName=font, fontSize=pt, leading=lead,  # noqa: E731
                                                       alignment=1, wordWrap="CJK", spaceAfter=after)
    styles = {"title": centred(16, 24, 6), "byline": centred(11, 18),
              "front": ParagraphStyle("f", fontName=font, fontSize=9, leading=15, wordWrap="CJK", alignment=4),
              "english_title": ParagraphStyle("e", fontName=font, fontSize=13, leading=20, alignment=1, spaceBefore=10,
                                              spaceAfter=6),
              "english_front": ParagraphStyle("ef", fontName=font, fontSize=9, leading=14, alignment=4),
              "english_keywords": ParagraphStyle("ek", fontName=font, fontSize=9, leading=14, spaceAfter=10),
              "heading": _heading_style(layout, grow=1), "paragraph": _body_style(layout),
              "list_item": ParagraphStyle("r", fontName=font, fontSize=9, leading=14, leftIndent=18,
                                          firstLineIndent=-18, wordWrap="CJK")}
    width = size[0] - 50 * mm - 12
    title = next(i for i in items if i.get("style") == "english_title")
    assert _wrapped_lines(_escaped(title["text"]), styles["english_title"], width) == 1, title["text"]

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(25 * mm, size[1] - 14 * mm, layout.header[(doc.page + 1) % 2])
        canvas.drawCentredString(size[0] / 2, 12 * mm, layout.footer.format(page=doc.page + BIABSTRACT_FIRST_PAGE - 1))
        canvas.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=size, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                      bottomMargin=22 * mm).build(
        [Paragraph(_escaped(item["text"]), styles[item.get("style", item["kind"])]) for item in items],
        onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


def fifth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 38 others (their paragraphs drawn after theirs)."""
    layout = NESTED_LAYOUT
    items = _nested_items(paragraphs(release, layout.sources, rng, NESTED_PARAGRAPHS))
    _extract(layout.name, typeset_nested(layout, items))
    gold.append({"layout": layout.name, "items": _gold(items)})
    layout = APPENDIX_LAYOUT
    items, notes = _appendix_items(paragraphs(release, layout.sources, rng, APPENDIX_PARAGRAPHS), rng)
    pdf, caption_pages, _ = typeset_appendix(layout, items, notes)
    _extract(layout.name, pdf)
    gold.append({"layout": layout.name, "items": _with_rows([{"kind": i["kind"], "text": i["text"], "cells": i["cells"]}
                                                             if i["kind"] == "table" else _gold([i])[0] for i in items])
                 + [{"kind": "footnote", "text": f"{n} {text}"} for n, text in notes.items()]})
    layout = DIGEST_LAYOUT
    items = _digest_items(paragraphs(release, layout.sources, rng, len(DIGEST_ITEMS) + len(DIGEST_GOES_ON)))
    _extract(layout.name, typeset_digest(layout, items))
    gold.append({"layout": layout.name, "items": _gold(items)})
    layout = BIABSTRACT_LAYOUT
    items = _biabstract_items(paragraphs(release, layout.sources, rng, BIABSTRACT_PARAGRAPHS))
    _extract(layout.name, typeset_biabstract(layout, items))
    gold.append({"layout": layout.name, "items": _gold(items)})


# ---- A sixth batch of four held-out layouts, appended after the 42 above (their paragraphs come from the
# shared rng after those, so the 42 come out byte for byte as before). Text is escaped for ReportLab's
# markup; the gold keeps the text as printed (a bullet drawn before a point is layout, as in a4_lists_box).

class _PlacedDoc(BaseDocTemplate):
    """A document template that records where each tagged flowable (an attribute `tag`) is drawn: tag ->
    (page, frame id)."""

    def __init__(self, out, **options) -> None:
        super().__init__(out, **options)
        self.placed: dict[str, tuple[int, str]] = {}

    def afterFlowable(self, flowable) -> None:
        tag = getattr(flowable, "tag", None)
        if tag is not None:
            self.placed[tag] = (self.page, self.frame.id)


def _tagged(flowable, tag: str):
    flowable.tag = tag
    return flowable


def _last_line_shortfalls(markup: str, style: ParagraphStyle, width: float) -> list[float]:
    """The room left at the end of each of the paragraph's lines, in characters of its size."""
    paragraph = Paragraph(markup, style)
    paragraph.wrap(width, 1e6)
    return [(line[0] if isinstance(line, tuple) else line.extraSpace) / style.fontSize
            for line in paragraph.blPara.lines]


# 1. A report exported from a word processor (A4, Word's default margins: 31.8 mm left and right, 25.4 mm top and
# bottom): body 12 pt (小四) on a 20 pt leading, aligned LEFT (ragged right: wordWrap CJK, no justification), NO
# first-line indent and NO space between paragraphs, so a paragraph ends only where its last line stops short. A
# centred title (18 pt, kind title) and under it the date, centred (12 pt, kind dateline), then a blank line;
# heads `一、…` before every fourth paragraph, set exactly as the body (12 pt, flush left, no space around them:
# in Word a typeface would mark them). Footer `第 N 页` centred. 3 pages.
RAGGED_LAYOUT = Layout("a4_ragged_left_aligned", FONT, A4, 12, 20, 0, 0, None, "第 {page} 页", ("001",))
RAGGED_HEAD = [{"kind": "title", "text": "关于我市加快发展新质生产力的调研报告", "style": "title"},
               {"kind": "dateline", "text": "2024年3月15日", "style": "date"}]
RAGGED_HEADINGS = ["一、基本情况", "二、存在的主要问题", "三、对策建议"]
RAGGED_PARAGRAPHS = 12  # heads before the 1st, 5th and 9th
RAGGED_MARGINS_MM = (31.8, 25.4)  # left and right, top and bottom


def _ragged_items(texts: list[str]) -> list[dict]:
    assert len(texts) == RAGGED_PARAGRAPHS
    items = list(RAGGED_HEAD)
    for n, text in enumerate(texts):
        if n % 4 == 0:
            items.append({"kind": "heading", "text": RAGGED_HEADINGS[n // 4]})
        items.append({"kind": "paragraph", "text": text})
    return items


def _ragged_styles(layout: Layout) -> dict[str, ParagraphStyle]:
    font, pt, leading = layout.font, layout.body_pt, layout.leading
    body = ParagraphStyle("ragged", fontName=font, fontSize=pt, leading=leading, wordWrap="CJK", alignment=TA_LEFT,
                          firstLineIndent=0, spaceBefore=0, spaceAfter=0)
    return {"title": ParagraphStyle("title", fontName=font, fontSize=18, leading=28, alignment=1, wordWrap="CJK"),
            "date": ParagraphStyle("date", parent=body, alignment=1, spaceAfter=leading),
            "heading": body, "paragraph": body}


def typeset_ragged(layout: Layout, items: list[dict]) -> tuple[bytes, list[list[float]]]:
    """The report (RAGGED_LAYOUT's comment). Returns the PDF and, per paragraph, the room left at the end of
    each of its lines (in characters)."""
    styles = _ragged_styles(layout)
    side, top = (m * mm for m in RAGGED_MARGINS_MM)
    width = layout.size[0] - 2 * side - 12  # the frame, less its padding
    shortfalls = [_last_line_shortfalls(_escaped(i["text"]), styles["paragraph"], width)
                  for i in items if i["kind"] == "paragraph"]
    assert all(lines[-1] >= 2 for lines in shortfalls), shortfalls  # each paragraph's last line stops short
    for item in items:
        if item["kind"] == "heading":
            assert _wrapped_lines(_escaped(item["text"]), styles["heading"], width) == 1, item["text"]
    furniture = _furniture(layout, 15 * mm)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=side, rightMargin=side, topMargin=top,
                            bottomMargin=top)
    doc.build([Paragraph(_escaped(item["text"]), styles[item.get("style", item["kind"])]) for item in items],
              onFirstPage=furniture, onLaterPages=furniture)
    assert doc.page == 3, doc.page
    return out.getvalue(), shortfalls


# 2. A newspaper page (A4) set in three columns (ReportLab frames, 15 mm margins, 5 mm gutters with a thin
# rule in each). The masthead `某某日报　2024年3月8日　星期五　第3版` (9 pt) over a 1 pt rule at the top of every
# page (furniture: the two pages are a print of one broadsheet page, 第3版, so both carry it); no footer. On
# page 1, across all three columns: the headline (22 pt, centred; kind title), its subtitle `——…综述` (13 pt,
# centred; kind heading: a second line of the headline, naming the story; not a byline, which names who wrote it)
# and the byline `本报记者　某某某` (10.5 pt, centred; kind byline). Then the story in the columns: 10 pt on a 15 pt
# leading, justified, first-line indent 2 characters. Two photos (empty grey boxes as wide as a column, 38 mm
# high: no text), each over its caption `图为……。新华社记者　某某　摄` (9 pt, no indent, wrapping to two or three
# lines; kind caption), kept together, after the 3rd and the 11th paragraph. Right after the story's last
# paragraph, at the end of page 2's third column, the jump line `（下转第 4 版）` (9 pt, flush right; kind boilerplate).
NEWS3_LAYOUT = Layout("a4_three_column_newspaper", FONT, A4, 10, 15, 2, 0, "某某日报　2024年3月8日　星期五　第3版", None,
                      ("001",))
NEWS3_HEAD = [{"kind": "title", "text": "科技创新赋能产业升级　新质生产力加速成长", "style": "headline"},
              {"kind": "heading", "text": "——我市加快培育和发展新质生产力综述", "style": "subtitle"},
              {"kind": "byline", "text": "本报记者　某某某", "style": "byline"}]
NEWS3_PHOTOS = {2: "图为3月5日，工人在某某智能制造产业园的生产线上调试工业机器人。新华社记者　张某　摄",
                10: "图为某某新能源汽车工厂总装车间，一辆辆新车正在下线。新华社记者　刘某　摄"}  # after paragraph (from 0)
NEWS3_JUMP = {"kind": "boilerplate", "text": "（下转第 4 版）", "style": "jump"}
NEWS3_PARAGRAPHS = 18
NEWS3_MARGIN_MM, NEWS3_GUTTER_MM, NEWS3_HEAD_MM, NEWS3_TOP_MM = 15, 5, 36, 22


def _news3_items(texts: list[str]) -> list[dict]:
    assert len(texts) == NEWS3_PARAGRAPHS
    items = list(NEWS3_HEAD)
    for n, text in enumerate(texts):
        items.append({"kind": "paragraph", "text": text})
        if n in NEWS3_PHOTOS:
            items.append({"kind": "caption", "text": NEWS3_PHOTOS[n], "style": "photo_caption"})
    return items + [NEWS3_JUMP]


def typeset_news3(layout: Layout, items: list[dict]) -> tuple[bytes, dict[str, tuple[int, str]]]:
    """The page (NEWS3_LAYOUT's comment). Returns the PDF and where the head items, the captions and the jump
    line fell (tag -> page, frame)."""
    font, (width, height) = layout.font, layout.size
    margin, gutter = NEWS3_MARGIN_MM * mm, NEWS3_GUTTER_MM * mm
    column = (width - 2 * margin - 2 * gutter) / 3
    top, bottom = height - NEWS3_TOP_MM * mm, margin
    head_h = NEWS3_HEAD_MM * mm

    def centred(name: str, size: float, lead: float, **more) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead, alignment=1, wordWrap="CJK", **more)

    styles = {"headline": centred("headline", 22, 30, spaceAfter=4), "subtitle": centred("subtitle", 13, 20),
              "byline": centred("byline", 10.5, 16, spaceBefore=6),
              "paragraph": _body_style(layout),
              "photo_caption": ParagraphStyle("photo_caption", fontName=font, fontSize=9, leading=13, spaceBefore=3,
                                              spaceAfter=8, wordWrap="CJK", alignment=4),
              "jump": ParagraphStyle("jump", fontName=font, fontSize=9, leading=14, spaceBefore=4, alignment=2,
                                     wordWrap="CJK")}
    for text in NEWS3_PHOTOS.values():
        assert 2 <= _wrapped_lines(_escaped(text), styles["photo_caption"], column - 12) <= 3, text

    def columns(frame_top: float, prefix: str) -> list[Frame]:
        return [Frame(margin + k * (column + gutter), bottom, column, frame_top - bottom, id=f"{prefix}{k + 1}")
                for k in range(3)]

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawString(margin, height - 14 * mm, layout.header)
        canvas.setLineWidth(1)
        canvas.line(margin, height - 16 * mm, width - margin, height - 16 * mm)
        canvas.setLineWidth(0.3)
        column_top = top - (head_h if doc.page == 1 else 0)
        for k in (1, 2):  # the rules between the columns
            x = margin + k * column + (k - 0.5) * gutter
            canvas.line(x, bottom + 6, x, column_top - 6)
        canvas.restoreState()

    story: list = []
    photos = 0
    for item in items:
        style = item.get("style", item["kind"])
        paragraph = Paragraph(_escaped(item["text"]), styles[style])
        if style in ("headline", "subtitle", "byline"):
            story.append(_tagged(paragraph, style))
            if style == "byline":
                story.append(FrameBreak())
        elif style == "photo_caption":
            photos += 1
            story.append(KeepTogether([_photo(column - 12, 38 * mm), _tagged(paragraph, f"caption{photos}")]))
        elif style == "jump":
            story.append(_tagged(paragraph, "jump"))
        else:
            story.append(paragraph)
    out = io.BytesIO()
    doc = _PlacedDoc(out, pagesize=layout.size)
    doc.addPageTemplates([
        PageTemplate("first", [Frame(margin, top - head_h, width - 2 * margin, head_h, id="head")]
                     + columns(top - head_h, "c"), onPage=furniture, autoNextPageTemplate="later"),
        PageTemplate("later", columns(top, "c"), onPage=furniture)])
    doc.build(story)
    placed = doc.placed
    assert all(placed[tag] == (1, "head") for tag in ("headline", "subtitle", "byline")), placed
    assert doc.page == 2 and placed["jump"] == (2, "c3"), placed
    return out.getvalue(), placed


# 3. A journal paper with Arabic section numbers (A4, 10.5 pt, first-line indent 2 characters, 25 mm margins):
# the centred title (16 pt), the authors and their affiliation in brackets (11 pt, centred; kind byline each),
# `摘要：` + a drawn paragraph and `关键词：…` (9 pt, justified, no indent; kind paragraph); then heads of two
# levels, `1 引言` (12 pt) and `2.1 …` (11 pt): number, one space, the words, no dot after a single number; flush
# left, moved to the next page unless two lines of text fit under them; each followed by 1-3 drawn paragraphs.
# At the bottom of page 1 only, under a short rule (45 mm), three notes in 8 pt, a line each, drawn after the
# page's body text as word processors write them: `收稿日期：…`, `基金项目：…`, `作者简介：…` (kind footnote; listed
# after the body in the gold, as every layout lists its page-bottom notes). From page 2 on, the journal's running
# head `某某经济研究　2024年第2期` centred at the top over a thin rule and the page number `N` centred at the bottom
# (the pages are 45-48; page 1 carries neither). 4 pages.
JOURNAL_LAYOUT = Layout("a4_journal_arabic_sections", FONT, A4, 10.5, 18, 2, 0, "某某经济研究　2024年第2期", "{page}",
                        ("001",))
JOURNAL_FIRST_PAGE = 45
JOURNAL_FRONT = [{"kind": "title", "text": "数字经济赋能新质生产力发展的作用机制与实现路径", "style": "title"},
                 {"kind": "byline", "text": "王某某，张某某", "style": "byline"},
                 {"kind": "byline", "text": "（某某大学 经济学院，江苏 南京 210093）", "style": "byline"}]
JOURNAL_KEYWORDS = "关键词：数字经济；新质生产力；科技创新；产业升级；高质量发展"
JOURNAL_OUTLINE = [  # (level, heading, drawn paragraphs after it)
    (1, "1 引言", 2), (1, "2 文献综述", 1), (2, "2.1 新质生产力的内涵与特征", 3), (2, "2.2 数字经济与新质生产力的关系", 3),
    (1, "3 数字经济赋能新质生产力的作用机制", 1), (2, "3.1 科技创新机制", 3), (2, "3.2 产业升级机制", 3),
    (1, "4 结论与政策建议", 3)]
JOURNAL_PARAGRAPHS = 1 + sum(n for _, _, n in JOURNAL_OUTLINE)  # the abstract, then the body
JOURNAL_NOTES = ["收稿日期：2024-03-12",
                 "基金项目：国家社会科学基金项目（24BJL001）",
                 "作者简介：王某某（1980—），男，江苏南京人，某某大学经济学院教授，博士生导师，研究方向为产业经济。"]


def _journal_items(texts: list[str]) -> list[dict]:
    assert len(texts) == JOURNAL_PARAGRAPHS
    items = JOURNAL_FRONT + [{"kind": "paragraph", "text": "摘要：" + texts[0], "style": "front"},
                             {"kind": "paragraph", "text": JOURNAL_KEYWORDS, "style": "front_last"}]
    rest = iter(texts[1:])
    for level, heading, count in JOURNAL_OUTLINE:
        items.append({"kind": "heading", "text": heading, "style": f"level{level}"})
        items += [{"kind": "paragraph", "text": next(rest)} for _ in range(count)]
    return items


def typeset_journal(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height) = layout.font, layout.size
    def centred(size: float, lead: float, after: float = 4) -> ParagraphStyle:
        return ParagraphStyle("c", fontName=font, fontSize=size, leading=lead, alignment=1, wordWrap="CJK",
                              spaceAfter=after)

    front = ParagraphStyle("front", fontName=font, fontSize=9, leading=15, wordWrap="CJK", alignment=4)
    styles = {"title": centred(16, 24, 8), "byline": centred(11, 18),
              "front": front, "front_last": ParagraphStyle("front_last", parent=front, spaceAfter=10),
              "level1": ParagraphStyle("level1", fontName=font, fontSize=12, leading=20, spaceBefore=8, spaceAfter=4,
                                       wordWrap="CJK"),
              "level2": ParagraphStyle("level2", fontName=font, fontSize=11, leading=18, spaceBefore=4, spaceAfter=2,
                                       wordWrap="CJK"),
              "paragraph": _body_style(layout)}
    left, bottom, top = 25 * mm, 22 * mm, height - 25 * mm
    notes_room = 24 * mm  # the rule and three lines of notes above the bottom margin, on page 1
    note_width = width - 2 * left
    for note in JOURNAL_NOTES:
        assert pdfmetrics.stringWidth(note, font, 8) <= note_width, note

    def first_page_end(canvas, doc) -> None:  # the notes, after the page's body text
        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.line(left, bottom + notes_room - 4 * mm, left + 45 * mm, bottom + notes_room - 4 * mm)
        canvas.setFont(font, 8)
        for k, note in enumerate(JOURNAL_NOTES):
            canvas.drawString(left, bottom + notes_room - 9 * mm - 4.5 * mm * k, note)
        canvas.restoreState()

    def later_pages(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(width / 2, height - 15 * mm, layout.header)
        canvas.setLineWidth(0.5)
        canvas.line(left, height - 17 * mm, width - left, height - 17 * mm)
        canvas.drawCentredString(width / 2, 12 * mm, layout.footer.format(page=doc.page + JOURNAL_FIRST_PAGE - 1))
        canvas.restoreState()

    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=layout.size)
    doc.addPageTemplates([
        PageTemplate("first", [Frame(left, bottom + notes_room, width - 2 * left, top - bottom - notes_room,
                                     id="body")], onPageEnd=first_page_end, autoNextPageTemplate="later"),
        PageTemplate("later", [Frame(left, bottom, width - 2 * left, top - bottom, id="body")], onPage=later_pages)])
    story: list = []
    for item in items:
        style = styles[item.get("style", item["kind"])]
        if item["kind"] == "heading":  # a head goes to the next page unless two lines of text fit under it
            story.append(CondPageBreak(style.spaceBefore + style.leading + style.spaceAfter + 2 * layout.leading))
        story.append(Paragraph(_escaped(item["text"]), style))
    doc.build(story)
    assert doc.page == 4, doc.page
    return out.getvalue()


# 4. A securities firm's morning note (晨会纪要, A4, 10.5 pt, 25 mm margins): the header `某某证券研究所　晨会纪要`
# top left over a thin rule, and at the bottom `请务必阅读正文之后的免责声明部分` centred and the page number `N` at
# the right, on every page. The title (16 pt, centred) over the date `2024年3月12日` (centred; kind dateline); three
# sections under heads `【宏观策略】` `【行业观点】` `【公司点评】` (12 pt, flush left, red), each opening with short
# points (written here) `● …` (10.5 pt, the lines after the first hanging under its text; kind list_item, the
# bullet not in the gold), then drawn paragraphs (001, 003; first-line indent 2 characters). In the first
# section, after its second paragraph, a table of numbers: its caption `表 1：主要市场指数表现` (9 pt) above, a
# grid (9 pt, header row shaded, numbers right-aligned) of a header row `指数` / `收盘` / `涨跌幅(%)` and five
# indices, written here, three falling (`-1.23`), and `资料来源：Wind，某某证券研究所` (8 pt; kind source_note)
# below, kept together. 2-3 pages.
MORNING_LAYOUT = Layout("a4_morning_note_table", FONT, A4, 10.5, 18, 2, 0, "某某证券研究所　晨会纪要", "{page}",
                        ("001", "003"))
MORNING_HEAD = [{"kind": "title", "text": "新质生产力政策持续加码，科技成长主线有望延续", "style": "title"},
                {"kind": "dateline", "text": "2024年3月12日", "style": "date"}]
MORNING_BULLET = "●"
MORNING_SECTIONS = [  # (head, points, drawn paragraphs after them)
    ("【宏观策略】", ["政府工作报告提出2024年国内生产总值增长预期目标为5%左右。",
                 "大力推进现代化产业体系建设，加快发展新质生产力，列为今年政府工作任务之首。",
                 "拟发行超长期特别国债1万亿元，专项用于国家重大战略实施和重点领域安全能力建设。"], 3),
    ("【行业观点】", ["电子：消费电子需求边际回暖，关注AI终端创新带来的换机需求。",
                 "机械设备：大规模设备更新政策加快推进，工业母机、机器人板块有望受益。",
                 "计算机：“人工智能+”行动开启，算力基础设施建设持续提速。"], 2),
    ("【公司点评】", [("某某科技（600000）：2023年营收同比增长18.6%，归母净利润同比增长22.4%，研发投入持续加大，"
                  "新一代产品放量在即，维持“买入”评级。"),
                 "某某智能（300000）：发布新一代协作机器人产品，海外订单快速增长，维持“增持”评级。"], 2)]
MORNING_TABLE_AFTER = (0, 1)  # in the first section, after its second paragraph
MORNING_TABLE = {"caption": "表 1：主要市场指数表现", "source": "资料来源：Wind，某某证券研究所", "widths": [40, 32, 32],
                 "cells": [["指数", "收盘", "涨跌幅(%)"], ["上证指数", "3068.46", "0.75"], ["深证成指", "9545.80", "-0.26"],
                           ["创业板指", "1864.59", "-1.23"], ["沪深300", "3578.63", "0.51"], ["恒生指数", "17093.50", "-0.58"]]}
MORNING_PARAGRAPHS = sum(n for _, _, n in MORNING_SECTIONS)


def _morning_items(texts: list[str]) -> list[dict]:
    assert len(texts) == MORNING_PARAGRAPHS
    items = list(MORNING_HEAD)
    rest = iter(texts)
    for section, (head, points, count) in enumerate(MORNING_SECTIONS):
        items.append({"kind": "heading", "text": head})
        items += [{"kind": "list_item", "text": point} for point in points]
        for n in range(count):
            items.append({"kind": "paragraph", "text": next(rest)})
            if (section, n) == MORNING_TABLE_AFTER:
                items += [{"kind": "caption", "text": MORNING_TABLE["caption"]},
                          {"kind": "table", "text": "", "cells": MORNING_TABLE["cells"]},
                          {"kind": "source_note", "text": MORNING_TABLE["source"]}]
    return items


def typeset_morning(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    hang = pdfmetrics.stringWidth(MORNING_BULLET + " ", font, pt)
    styles = {
        "title": ParagraphStyle("title", fontName=font, fontSize=16, leading=24, alignment=1, spaceAfter=2,
                                wordWrap="CJK"),
        "date": ParagraphStyle("date", fontName=font, fontSize=pt, leading=leading, alignment=1, spaceAfter=8,
                               wordWrap="CJK"),
        "heading": ParagraphStyle("heading", fontName=font, fontSize=12, leading=20, spaceBefore=8, spaceAfter=4,
                                  wordWrap="CJK", textColor=colors.darkred, keepWithNext=1),
        "list_item": ParagraphStyle("point", fontName=font, fontSize=pt, leading=leading, wordWrap="CJK",
                                    leftIndent=hang, firstLineIndent=-hang, spaceAfter=2),
        "paragraph": _body_style(layout),
        "caption": ParagraphStyle("caption", fontName=font, fontSize=9, leading=14, spaceBefore=6, spaceAfter=2,
                                  wordWrap="CJK"),
        "source_note": ParagraphStyle("source", fontName=font, fontSize=8, leading=12, spaceBefore=2, spaceAfter=8,
                                      wordWrap="CJK"),
    }
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        if item["kind"] == "caption":  # caption, table, source note kept together
            cells = items[k + 1]["cells"]
            grid = Table(cells, colWidths=[w * mm for w in MORNING_TABLE["widths"]], hAlign="LEFT")
            grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
                                      ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                      ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                                      ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
            story.append(KeepTogether([Paragraph(_escaped(item["text"]), styles["caption"]), grid,
                                       Paragraph(_escaped(items[k + 2]["text"]), styles["source_note"])]))
            k += 3
            continue
        prefix = MORNING_BULLET + " " if item["kind"] == "list_item" else ""
        story.append(Paragraph(prefix + _escaped(item["text"]), styles[item.get("style", item["kind"])]))
        k += 1

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawString(25 * mm, height - 15 * mm, layout.header)
        canvas.setLineWidth(0.5)
        canvas.line(25 * mm, height - 17 * mm, width - 25 * mm, height - 17 * mm)
        canvas.drawCentredString(width / 2, 12 * mm, "请务必阅读正文之后的免责声明部分")
        canvas.drawRightString(width - 25 * mm, 12 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                            bottomMargin=22 * mm)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    assert doc.page in (2, 3), doc.page
    return out.getvalue()


def sixth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 42 others (their paragraphs drawn after theirs)."""
    layout = RAGGED_LAYOUT
    items = _ragged_items(paragraphs(release, layout.sources, rng, RAGGED_PARAGRAPHS))
    pdf, _ = typeset_ragged(layout, items)
    _extract(layout.name, pdf)
    gold.append({"layout": layout.name, "items": _gold(items)})
    layout = NEWS3_LAYOUT
    items = _news3_items(paragraphs(release, layout.sources, rng, NEWS3_PARAGRAPHS))
    pdf, _ = typeset_news3(layout, items)
    _extract(layout.name, pdf)
    gold.append({"layout": layout.name, "items": _gold(items)})
    layout = JOURNAL_LAYOUT
    items = _journal_items(paragraphs(release, layout.sources, rng, JOURNAL_PARAGRAPHS))
    _extract(layout.name, typeset_journal(layout, items))
    gold.append({"layout": layout.name, "items": _gold(items) + [{"kind": "footnote", "text": note}
                                                                 for note in JOURNAL_NOTES]})
    layout = MORNING_LAYOUT
    items = _morning_items(paragraphs(release, layout.sources, rng, MORNING_PARAGRAPHS))
    _extract(layout.name, typeset_morning(layout, items))
    gold.append({"layout": layout.name, "items": _with_rows([{"kind": i["kind"], "text": i["text"], "cells": i["cells"]}
                                                             if i["kind"] == "table" else _gold([i])[0] for i in items])})


# ---- A seventh batch of four held-out layouts, appended after the 46 above (their paragraphs come from the
# shared rng after those, so the 46 come out byte for byte as before). Text is escaped for ReportLab's markup;
# the gold keeps the text as printed, block by block.

class _PlacedAtDoc(BaseDocTemplate):
    """A document template that records where each tagged flowable (an attribute `tag`) ends: tag -> (page,
    frame id, the frame's cursor after it as a share of the frame's height from its bottom); and `before`:
    tag -> (page, frame id) of the flowable drawn just before it."""

    def __init__(self, out, **options) -> None:
        super().__init__(out, **options)
        self.placed: dict[str, tuple[int, str, float]] = {}
        self.before: dict[str, tuple[int, str] | None] = {}
        self._last: tuple[int, str] | None = None

    def afterFlowable(self, flowable) -> None:
        tag, frame = getattr(flowable, "tag", None), self.frame
        if frame is None or isinstance(flowable, ActionFlowable):  # a frame or page break drew nothing
            return
        if tag is not None:
            self.placed[tag] = (self.page, frame.id, (frame._y - frame._y1) / frame._height)
            self.before[tag] = self._last
        self._last = (self.page, frame.id)


def _centred_footer(layout: Layout, font: str, width: float, y: float):
    """The page furniture of the layout's footer (its `{page}` filled in), 9 pt, centred at `y`."""
    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(width / 2, y, layout.footer.format(page=doc.page))
        canvas.restoreState()

    return furniture


def _three_pages(layout: Layout, story: list, left: float, right: float, top: float, furniture=None,
                 pages: int = 3, bottom: float = 25 * mm) -> bytes:
    """The story set on the layout's pages with its footer (a 25 mm bottom margin, or `bottom`; `furniture`:
    another page callback): three pages (or `pages`), asserted."""
    furniture = furniture or _furniture(layout, 12 * mm)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=left, rightMargin=right, topMargin=top,
                            bottomMargin=bottom)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    assert doc.page == pages, doc.page
    return out.getvalue()


def _last_line_has_word(markup: str, style: ParagraphStyle, width: float) -> bool:
    """Whether the paragraph's last line at this width holds more than punctuation (ReportLab's CJK wrap may
    leave a closing `”` alone on it, as no typesetter would)."""
    paragraph = Paragraph(markup, style)
    paragraph.wrap(width, 1e6)
    line = paragraph.blPara.lines[-1]
    text = "".join(line[1]) if paragraph.blPara.kind == 0 else "".join(frag.text for frag in line.words)
    return re.search(r"[^\W_]", text) is not None


# 1. An internal think-tank brief (要报, A4, 11 pt on a 19 pt leading, first-line indent 2 characters, justified).
# At the top of page 1: `内部资料　注意保存` (10.5 pt, flush left; kind boilerplate: a handling mark), `第 12 期`
# (12 pt, centred; kind byline: the issue), a thin rule, the masthead `新质生产力研究要报` (26 pt, red, centred;
# kind title), `某某研究院编　2024年6月5日` (11 pt, centred; kind byline: the issuing body and date on one line), a
# red 1.5 pt rule. Then the editor's note in a framed box (0.8 pt border, light background, 10.5 pt, first-line
# indent 2 characters): `编者按：` + a drawn paragraph (kind sidebar). Then two articles, each a centred title
# (15 pt, moved to the next page unless two lines fit under it; kind heading), 5 drawn paragraphs (001), and at
# its end, right-aligned, its authors' unit `（作者单位：…）` (11 pt; kind byline). Footer `— N —` centred. 3 pages.
BRIEF_LAYOUT = Layout("a4_think_tank_brief", FONT, A4, 11, 19, 2, 0, None, "— {page} —", ("001",))
BRIEF_HEAD = [{"kind": "boilerplate", "text": "内部资料　注意保存", "style": "classified"},
              {"kind": "byline", "text": "第 12 期", "style": "issue", "rule_after": (0.5, colors.black)},
              {"kind": "title", "text": "新质生产力研究要报", "style": "masthead"},
              {"kind": "byline", "text": "某某研究院编　2024年6月5日", "style": "editor", "rule_after": (1.5, colors.red)}]
BRIEF_NOTE_LABEL = "编者按："
BRIEF_ARTICLES = [("以科技创新引领新质生产力发展的路径思考", "（作者单位：某某大学经济学院）", 5),
                  ("加快构建支撑新质生产力的现代化产业体系", "（作者单位：某某研究院产业经济研究所）", 5)]
BRIEF_PARAGRAPHS = 1 + sum(n for _, _, n in BRIEF_ARTICLES)  # the editor's note, then the articles


def _brief_items(texts: list[str]) -> list[dict]:
    assert len(texts) == BRIEF_PARAGRAPHS
    items = list(BRIEF_HEAD) + [{"kind": "sidebar", "text": BRIEF_NOTE_LABEL + texts[0], "style": "editor_note"}]
    rest = iter(texts[1:])
    for title, unit, count in BRIEF_ARTICLES:
        items.append({"kind": "heading", "text": title, "style": "article_title"})
        items += [{"kind": "paragraph", "text": next(rest)} for _ in range(count)]
        items.append({"kind": "byline", "text": unit, "style": "unit"})
    return items


def typeset_brief(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    left, right = 28 * mm, 26 * mm
    frame_width = width - left - right - 12  # less the frame's padding

    def style(name: str, size: float, lead: float, **more) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead, wordWrap="CJK", **more)

    styles = {"classified": style("classified", 10.5, 16, spaceAfter=6),
              "issue": style("issue", 12, 18, alignment=1),
              "masthead": style("masthead", 26, 36, alignment=1, textColor=colors.red, spaceBefore=6, spaceAfter=4),
              "editor": style("editor", pt, leading, alignment=1),
              "editor_note": style("editor_note", 10.5, 18, firstLineIndent=21, alignment=4),
              "article_title": style("article_title", 15, 22, alignment=1, spaceBefore=14, spaceAfter=8),
              "paragraph": _body_style(layout),
              "unit": style("unit", pt, leading, alignment=2, spaceBefore=4)}
    for item in items:
        if item["kind"] != "paragraph" and item["kind"] != "sidebar":
            assert _wrapped_lines(_escaped(item["text"]), styles[item["style"]], frame_width) == 1, item["text"]
        elif item["kind"] == "paragraph":
            assert _last_line_has_word(_escaped(item["text"]), styles["paragraph"], frame_width), item["text"]
    story: list = []
    for item in items:
        paragraph = Paragraph(_escaped(item["text"]), styles[item.get("style", item["kind"])])
        if item["kind"] == "sidebar":
            box = Table([[paragraph]], colWidths=[frame_width])
            box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                     ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.96, 0.96, 0.96)),
                                     ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
            story += [box, Spacer(1, 6)]
            continue
        if item["kind"] == "heading":  # a title goes to the next page unless two lines of text fit under it
            head = styles[item["style"]]
            story.append(CondPageBreak(head.spaceBefore + head.leading + head.spaceAfter + 2 * leading))
        story.append(paragraph)
        if "rule_after" in item:
            thickness, colour = item["rule_after"]
            story.append(HRFlowable(width="100%", thickness=thickness, color=colour, spaceBefore=4, spaceAfter=8))
    return _three_pages(layout, story, left, right, 22 * mm)


# 2. A book chapter (B5, 10.5 pt on an 18 pt leading, first-line indent 2 characters, justified, 21 mm margins:
# at 20 mm ReportLab's wrap left a paragraph's closing `”` alone on its last line). The chapter opens on a
# right-hand page (57), 30 mm lower than the other pages' text: `第三章　新质生产力与现代化产业体系` (18 pt, centred;
# kind heading), then an epigraph: the first sentence (two when the first is short) of a quotation drawn from the
# release (001's quote segments), 9.5 pt, indented 2 characters on both sides with a first-line indent (kind
# quote), and `——习近平` right-aligned under it at the same indent (kind quote_attribution). Then three sections,
# each under a head `第一节　…` (13 pt, centred, moved to the next page unless two lines fit under it; kind
# heading) and 6 drawn paragraphs (001). Four notes numbered through the chapter ①…④ (as b5_circled_notes
# numbers them): a superscript after the first clause of 15+ characters of paragraphs 2, 6, 10 and 15 (counted
# from 1), the note `① 参见…` (8.5 pt, a line each, written here) at the bottom of the page where its number
# falls, under a 40 mm rule, drawn after the page's text (kind footnote; in the gold after the body, as every
# layout lists its page-bottom notes). The frame leaves room for three notes on every page. Drawn before each
# page's text: the running head at the top outer edge over a thin rule, `新质生产力读本` on even (left-hand) pages
# at the left, `第三章　新质生产力与现代化产业体系` on odd (right-hand) pages at the right (the chapter's first page
# carries none, as books set their chapter openings), and the page number at the bottom outer edge, 57 on.
# 5-6 pages.
CHAPTER_LAYOUT = Layout("b5_book_chapter", FONT, B5, 10.5, 18, 2, 0,
                        ("第三章　新质生产力与现代化产业体系", "新质生产力读本"), "{page}", ("001",))
CHAPTER_FIRST_PAGE = 57
CHAPTER_HEADING = "第三章　新质生产力与现代化产业体系"
CHAPTER_ATTRIBUTION = "——习近平"
CHAPTER_SECTIONS = [("第一节　新质生产力的科学内涵", 6), ("第二节　现代化产业体系的基本特征", 6),
                    ("第三节　以新质生产力引领产业体系现代化", 6)]
CHAPTER_PARAGRAPHS = sum(n for _, n in CHAPTER_SECTIONS)
CHAPTER_NOTED = (1, 5, 9, 14)  # the paragraphs (from 0) that carry a note, when they have such a clause
CHAPTER_NOTES = ["参见《习近平谈治国理政》第四卷，外文出版社2022年版，第120页。",
                 "参见国家统计局：《2023年国民经济和社会发展统计公报》，2024年2月29日。",
                 "参见《求是》2024年第11期。",
                 "参见工业和信息化部等：《关于推动未来产业创新发展的实施意见》，2024年1月。"]
CHAPTER_NOTE_PT = 8.5


def _quotes(release: Path, sources: tuple[str, ...]) -> list[str]:
    """The release's quote segments of these source files, in their order."""
    segments = pd.read_parquet(release / "segments", columns=["source_file", "kind", "text_original"])
    return [text for file, kind, text in segments.itertuples(index=False) if kind == "quote" and file[:3] in sources]


def _chapter_epigraph(release: Path, rng: random.Random) -> str:
    """The first sentence of a quotation drawn from the release (001's quote segments), two when the first
    has fewer than 30 characters."""
    sentences = re.findall(r"[^。！？]+[。！？]", rng.choice(_quotes(release, CHAPTER_LAYOUT.sources)))
    return "".join(sentences[:1 if len(sentences[0]) >= 30 else 2])


def _chapter_items(epigraph: str, texts: list[str]) -> tuple[list[dict], dict[int, str]]:
    assert len(texts) == CHAPTER_PARAGRAPHS
    items = [{"kind": "heading", "text": CHAPTER_HEADING, "style": "chapter"},
             {"kind": "quote", "text": epigraph, "style": "epigraph"},
             {"kind": "quote_attribution", "text": CHAPTER_ATTRIBUTION, "style": "attribution"}]
    notes: dict[int, str] = {}
    rest = iter(enumerate(texts))
    for section, count in CHAPTER_SECTIONS:
        items.append({"kind": "heading", "text": section, "style": "section"})
        for _ in range(count):
            n, text = next(rest)
            item = {"kind": "paragraph", "text": text}
            number = len(notes) + 1
            marked = _marked(_escaped(text), number, lambda k: CIRCLED[k - 1]) if n in CHAPTER_NOTED else None
            if marked:
                item["marked"] = marked
                notes[number] = CHAPTER_NOTES[number - 1]
            items.append(item)
    assert 3 <= len(notes) <= 4, notes
    return items, notes


def _draw_page_notes(canvas, lines: list[str], margin: float, bottom: float, font: str, size: float,
                     step: float) -> None:
    """A page's notes at its foot under a short rule, a line each, drawn after the page's text."""
    canvas.saveState()
    canvas.setLineWidth(0.5)
    canvas.line(margin, bottom - 4 * mm, margin + 40 * mm, bottom - 4 * mm)
    canvas.setFont(font, size)
    for k, line in enumerate(lines):
        canvas.drawString(margin, bottom - 8.5 * mm - step * k, line)
    canvas.restoreState()


def _noted_story(items: list[dict], styles: dict[str, ParagraphStyle], leading: float) -> list:
    """The items as paragraphs (a noted one as printed, with its notes' numbers), a section head moved
    to the next page unless two lines fit under it."""
    story: list = []
    for item in items:
        style = styles[item.get("style", item["kind"])]
        if item.get("style") == "section":
            story.append(CondPageBreak(style.spaceBefore + style.leading + style.spaceAfter + 2 * leading))
        story.append(Paragraph(item.get("marked", _escaped(item["text"])), style))
    return story


def _noted_story_of(items: list[dict], styles: dict[str, ParagraphStyle], leading: float):
    """A story factory for _build_noted_pages: each pass needs flowables of its own."""
    return lambda: _noted_story(items, styles, leading)


def _build_noted_pages(layout: Layout, story, notes: dict[int, str], label, note_pt: float, note_step: float,
                       frame: tuple[float, float, float], draw_page, sink: float = 0.0) -> tuple[bytes, int, dict[int, int]]:
    """A book's or a journal's pages in two passes, as _build_with_page_notes makes them: `story()` gives
    a pass's flowables, whose `<onDraw name="note" label="N"/>` marks record the page each note number
    falls on; the second pass draws each note (`label(n) text`, `note_pt`, `note_step` apart) at the foot
    of that page (_draw_page_notes), three at most, the frame (margin, top, bottom) leaving room for them.
    `draw_page(canvas, page)` draws a page's head and number (9 pt) before its text; with a `sink`, the
    first page's frame starts that much lower (a chapter's opening). Returns the PDF, its pages and each
    note's page."""
    font, (width, height) = layout.font, layout.size
    margin, top, bottom = frame
    text_width = width - 2 * margin
    for n, note in notes.items():
        assert pdfmetrics.stringWidth(f"{label(n)} {note}", font, note_pt) <= text_width, note
    note_page: dict[int, int] = {}
    placed: dict[int, int] = {}
    pages = [0]

    def page_start(canvas, doc) -> None:
        canvas.setNamedCB("note", lambda canvas, kind, n: note_page.__setitem__(int(n), canvas.getPageNumber()))
        pages[0] = canvas.getPageNumber()
        canvas.saveState()
        canvas.setFont(font, 9)
        draw_page(canvas, pages[0])
        canvas.restoreState()

    def page_end(canvas, doc) -> None:  # the notes, after the page's text, as word processors write them
        here = sorted(n for n, on in placed.items() if on == canvas.getPageNumber())
        if here:
            _draw_page_notes(canvas, [f"{label(n)} {notes[n]}" for n in here], margin, bottom, font, note_pt, note_step)

    for _ in range(2):
        out = io.BytesIO()
        doc = BaseDocTemplate(out, pagesize=layout.size)
        page = PageTemplate("page", [Frame(margin, bottom, text_width, height - top - bottom, id="body")],
                            onPage=page_start, onPageEnd=page_end)
        opening = [PageTemplate("opening", [Frame(margin, bottom, text_width, height - top - sink - bottom, id="body")],
                                onPage=page_start, onPageEnd=page_end, autoNextPageTemplate="page")] if sink else []
        doc.addPageTemplates([*opening, page])
        doc.build(story())
        placed = dict(note_page)
    assert set(placed) == set(notes), (placed, notes)
    for on in set(placed.values()):  # at most three notes on a page: the room left for them
        assert sum(1 for at in placed.values() if at == on) <= 3, placed
    return out.getvalue(), pages[0], placed


def typeset_chapter(layout: Layout, items: list[dict], notes: dict[int, str]) -> tuple[bytes, dict[int, int]]:
    """The chapter (CHAPTER_LAYOUT's comment), two passes as _build_with_page_notes makes them. Returns the PDF
    and the page (from 1) each note's number falls on."""
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    odd_head, even_head = layout.header
    margin, top, bottom = 21 * mm, 22 * mm, 40 * mm  # the frame's bottom leaves room for three notes
    sink = 30 * mm  # the chapter's opening page starts this much lower
    indent = 2 * pt
    body = _body_style(layout)
    styles = {
        "chapter": ParagraphStyle("chapter", fontName=font, fontSize=18, leading=26, alignment=1, spaceAfter=20,
                                  wordWrap="CJK"),
        "epigraph": ParagraphStyle("epigraph", fontName=font, fontSize=9.5, leading=16, leftIndent=indent,
                                   rightIndent=indent, firstLineIndent=2 * 9.5, alignment=4, wordWrap="CJK"),
        "attribution": ParagraphStyle("attribution", fontName=font, fontSize=9.5, leading=16, rightIndent=indent,
                                      alignment=2, spaceBefore=2, spaceAfter=22, wordWrap="CJK"),
        "section": ParagraphStyle("section", fontName=font, fontSize=13, leading=20, alignment=1, spaceBefore=12,
                                  spaceAfter=8, wordWrap="CJK"),
        "paragraph": body,
    }
    text_width = width - 2 * margin
    for item in items:
        if item["kind"] in ("paragraph", "quote"):
            style = styles[item.get("style", "paragraph")]
            assert _last_line_has_word(item.get("marked", _escaped(item["text"])), style, text_width - 12), item["text"]

    def draw_page(canvas, page: int) -> None:  # the running head and the page number, at the outer edge
        number = str(CHAPTER_FIRST_PAGE + page - 1)
        odd = (CHAPTER_FIRST_PAGE + page - 1) % 2 == 1
        if page > 1:
            canvas.setLineWidth(0.4)
            canvas.line(margin, height - 15.5 * mm, width - margin, height - 15.5 * mm)
            if odd:
                canvas.drawRightString(width - margin, height - 14 * mm, odd_head)
            else:
                canvas.drawString(margin, height - 14 * mm, even_head)
        if odd:
            canvas.drawRightString(width - margin, 12 * mm, number)
        else:
            canvas.drawString(margin, 12 * mm, number)

    pdf, pages, placed = _build_noted_pages(layout, _noted_story_of(items, styles, leading), notes,
                                            lambda n: CIRCLED[n - 1], CHAPTER_NOTE_PT, 4.2 * mm, (margin, top, bottom),
                                            draw_page, sink)
    assert 5 <= pages <= 6, pages
    return pdf, placed


# 3. A statistical bulletin (统计公报, A4, 11 pt on a 19 pt leading, first-line indent 2 characters, justified):
# the centred title `某某市2023年国民经济和社会发展统计公报` (18 pt; kind title), under it centred `某某市统计局`
# (kind byline) and `2024年3月15日` (kind dateline); heads `一、综合` `二、农业` `三、工业和建筑业` `四、固定资产投资`
# (12 pt, indented 2 characters, moved to the next page unless two lines fit under it; kind heading), each over
# 2-3 drawn paragraphs (001). Two tables of numbers, written here: after the first paragraph under `三、…` and
# after the last under `四、…`. Each: its caption `表N　…` centred (10.5 pt; kind caption), then on a line of its
# own the unit line `单位：…` right-aligned to the grid's right edge (9 pt; kind source_note: it qualifies the
# numbers, as a source note does, and stands on its own line, not in the caption's), then the grid (9 pt, as
# wide as the text, grey rules, header row shaded, numbers right-aligned) of a header row and 6 rows, some growth
# values negative (`-4.2`; the first column takes what the two columns of numbers, 45 mm each, leave); caption,
# unit line and grid kept together. After the last table, the notes (9 pt, 12 pt above them): `注：1. …` and,
# aligned under `1.`, `2. …` and `3. …`, a line each (kind footnote each, `注：` kept in the first: the block's
# label, as `附件：` is kept in a4_notice_attachments). Footer `第 N 页` centred. 3 pages.
BULLETIN_LAYOUT = Layout("a4_statistical_bulletin", FONT, A4, 11, 19, 2, 0, None, "第 {page} 页", ("001",))
BULLETIN_HEAD = [{"kind": "title", "text": "某某市2023年国民经济和社会发展统计公报", "style": "title"},
                 {"kind": "byline", "text": "某某市统计局", "style": "issuer"},
                 {"kind": "dateline", "text": "2024年3月15日", "style": "date"}]
BULLETIN_SECTIONS = [("一、综合", 3), ("二、农业", 2), ("三、工业和建筑业", 3), ("四、固定资产投资", 2)]
BULLETIN_PARAGRAPHS = sum(n for _, n in BULLETIN_SECTIONS)
BULLETIN_TABLES = {  # (section, paragraph in it) -> the table after that paragraph
    (2, 0): {"caption": "表1　2023年主要工业产品产量及其增长速度", "unit": "单位：万吨、%", "widths": [45, 45],
             "cells": [["产品名称", "产量", "比上年增长"], ["原煤", "1256.3", "-4.2"], ["粗钢", "862.7", "3.5"],
                       ["钢材", "1035.4", "5.1"], ["水泥", "2318.9", "-8.7"], ["化肥（折纯）", "45.6", "12.3"],
                       ["十种有色金属", "98.2", "-1.6"]]},
    (3, 1): {"caption": "表2　2023年固定资产投资主要指标", "unit": "单位：亿元、%", "widths": [45, 45],
             "cells": [["指标", "投资额", "比上年增长"], ["固定资产投资（不含农户）", "3625.8", "4.6"],
                       ["第一产业", "98.4", "-5.1"], ["第二产业", "1186.2", "10.8"], ["工业投资", "1152.7", "11.3"],
                       ["第三产业", "2341.2", "2.0"], ["房地产开发投资", "842.5", "-9.6"]]}}
BULLETIN_NOTES_LABEL = "注："
BULLETIN_NOTES = ["1. 本公报中数据均为初步统计数。",
                  "2. 地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。",
                  "3. 部分数据因四舍五入的原因，存在总计与分项合计不等的情况。"]


def _bulletin_items(texts: list[str]) -> list[dict]:
    assert len(texts) == BULLETIN_PARAGRAPHS
    items = list(BULLETIN_HEAD)
    rest = iter(texts)
    for section, (head, count) in enumerate(BULLETIN_SECTIONS):
        items.append({"kind": "heading", "text": head, "style": "head"})
        for n in range(count):
            items.append({"kind": "paragraph", "text": next(rest)})
            table = BULLETIN_TABLES.get((section, n))
            if table:
                items += [{"kind": "caption", "text": table["caption"]},
                          {"kind": "source_note", "text": table["unit"], "style": "unit"},
                          {"kind": "table", "text": "", "cells": table["cells"], "widths": table["widths"]}]
    items.append({"kind": "footnote", "text": BULLETIN_NOTES_LABEL + BULLETIN_NOTES[0], "style": "first_note"})
    items += [{"kind": "footnote", "text": note, "style": "note"} for note in BULLETIN_NOTES[1:]]
    return items


def typeset_bulletin(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    left, right = 28 * mm, 26 * mm
    text_width = width - left - right - 12  # less the frame's padding
    label = pdfmetrics.stringWidth(BULLETIN_NOTES_LABEL, font, 9)

    def style(name: str, size: float, lead: float, **more) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead, wordWrap="CJK", **more)

    styles = {"title": style("title", 18, 26, alignment=1, spaceAfter=6),
              "issuer": style("issuer", pt, leading, alignment=1),
              "date": style("date", pt, leading, alignment=1, spaceAfter=12),
              "head": style("head", 12, 20, firstLineIndent=2 * pt, spaceBefore=8, spaceAfter=4),
              "paragraph": _body_style(layout),
              "caption": style("caption", 10.5, 16, alignment=1, spaceBefore=8, spaceAfter=2),
              "unit": style("unit", 9, 13, alignment=2, spaceAfter=2),
              "first_note": style("first_note", 9, 15, spaceBefore=12),
              "note": style("note", 9, 15, leftIndent=label)}
    for item in items:
        if item["kind"] not in ("paragraph", "table"):
            assert _wrapped_lines(_escaped(item["text"]), styles[item.get("style", item["kind"])], text_width) == 1, \
                item["text"]
        elif item["kind"] == "paragraph":
            assert _last_line_has_word(_escaped(item["text"]), styles["paragraph"], text_width), item["text"]
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        if item["kind"] == "caption":  # caption, unit line and grid kept together
            table = items[k + 2]
            widths = [text_width - sum(table["widths"]) * mm] + [w * mm for w in table["widths"]]  # as wide as the text
            for row in table["cells"]:
                for cell, w in zip(row, widths):
                    assert pdfmetrics.stringWidth(cell, font, 9) + 12 <= w, cell
            grid = Table(table["cells"], colWidths=widths)
            grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
                                      ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                      ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                                      ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
            story.append(KeepTogether([Paragraph(_escaped(item["text"]), styles["caption"]),
                                       Paragraph(_escaped(items[k + 1]["text"]), styles["unit"]), grid,
                                       Spacer(1, 10)]))
            k += 3
            continue
        style = styles[item.get("style", item["kind"])]
        if item["kind"] == "heading":  # a head goes to the next page unless two lines of text fit under it
            story.append(CondPageBreak(style.spaceBefore + style.leading + style.spaceAfter + 2 * leading))
        story.append(Paragraph(_escaped(item["text"]), style))
        k += 1
    return _three_pages(layout, story, left, right, 28 * mm)


# 4. A Hong Kong magazine article (Traditional, A4, 18 mm margins), two columns 7 mm apart. On page 1, across
# both columns and flush left: the title (22 pt; kind title), the standfirst (12 pt on 19 pt, justified, no
# indent; the shortest of the drawn paragraphs; kind paragraph), the author line `文／陳大文` (10 pt; kind byline),
# a thin rule. Then the body in the two columns: 10 drawn paragraphs (000, 002), 10 pt on a 16 pt leading,
# justified, first-line indent 2 characters. A pull-quote (大字引言): the first sentence of 16-40 characters
# that opens a body paragraph, repeated in 14 pt on a 21 pt leading, dark red, centred, between two rules
# across the column, inserted between two paragraphs in the middle of a column (neither at its top nor at its
# foot, nor in the table's column: the first such place after the 3rd body paragraph or later; kind quote).
# After a body paragraph (the 7th, else the 6th, 8th, 5th or 9th: the first after which it fits in the column
# where that paragraph ends, so that no column ends short), in that column, kept together: the caption `表一：…`
# (9.5 pt; kind caption), a table of words (2 columns, header row `措施` / `主要內容` shaded and 4 rows, 9 pt,
# grey grid; kind table_row each, header included) and under it the boxed `資料來源：…` line (8.5 pt in a 0.6 pt
# frame; kind source_note). Footer `第 N 頁` centred. 2-3 pages.
MAGAZINE_LAYOUT = Layout("a4_trad_two_column_magazine", FONT, A4, 10, 16, 2, 0, None, "第 {page} 頁", ("000", "002"))
MAGAZINE_TITLE = {"kind": "title", "text": "新質生產力：香港產業轉型的新機遇", "style": "title"}
MAGAZINE_BYLINE = {"kind": "byline", "text": "文／陳大文", "style": "author"}
MAGAZINE_BODY = 10
MAGAZINE_TABLE_AFTER = (6, 5, 7, 4, 8)  # the body paragraphs (from 0) the table may follow, in order of preference
MAGAZINE_TABLE = {"caption": "表一：特區政府推動新型工業化的主要措施", "source": "資料來源：創新科技及工業局、本刊整理",
                  "widths": [36, 44],
                  "cells": [["措施", "主要內容"], ["創新科技基金", "支持應用研發項目"], ["新型工業化資助計劃", "資助新建智能生產線"],
                            ["科技人才入境計劃", "便利引進海外科技人才"], ["創科創投基金", "與私人風投共同投資"]]}
MAGAZINE_GUTTER_MM, MAGAZINE_MARGIN_MM = 7, 18


def _magazine_pull_quote(body: list[str]) -> str:
    for text in body:
        first = re.match(r"[^。！？]+[。！？]", text)
        if first and 16 <= len(first.group()) <= 40:
            return first.group()
    raise AssertionError("no sentence for the pull-quote")


def _magazine_items(texts: list[str], quote_after: int, table_after: int) -> list[dict]:
    """The head (the shortest drawn paragraph is the standfirst), the body with the pull-quote after body
    paragraph `quote_after` and the table after body paragraph `table_after`."""
    assert len(texts) == 1 + MAGAZINE_BODY
    standfirst = min(texts, key=len)
    body = [text for text in texts if text is not standfirst]
    quote = _magazine_pull_quote(body)
    items = [MAGAZINE_TITLE, {"kind": "paragraph", "text": standfirst, "style": "standfirst"}, MAGAZINE_BYLINE]
    for n, text in enumerate(body):
        items.append({"kind": "paragraph", "text": text})
        if n == quote_after:
            items.append({"kind": "quote", "text": quote, "style": "pull_quote"})
        if n == table_after:
            items += [{"kind": "caption", "text": MAGAZINE_TABLE["caption"]},
                      {"kind": "table", "text": "", "cells": MAGAZINE_TABLE["cells"]},
                      {"kind": "source_note", "text": MAGAZINE_TABLE["source"]}]
    return items


def typeset_magazine(layout: Layout, items: list[dict]) -> tuple[bytes, dict, dict, int]:
    """The article (MAGAZINE_LAYOUT's comment). Returns the PDF; where the head (its three items and its rule),
    the pull-quote's rules and the table's parts fell (tag -> page, frame, share of the frame's height under
    them); where the flowable before each of them did (tag -> page, frame); and the page count."""
    font, (width, height) = layout.font, layout.size
    margin, gutter = MAGAZINE_MARGIN_MM * mm, MAGAZINE_GUTTER_MM * mm
    column = (width - 2 * margin - gutter) / 2
    top, bottom = height - 20 * mm, 22 * mm

    def style(name: str, size: float, lead: float, **more) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead, wordWrap="CJK", **more)

    styles = {"title": style("title", 22, 30, spaceAfter=8),
              "standfirst": style("standfirst", 12, 19, alignment=4, spaceAfter=6),
              "author": style("author", 10, 15, spaceAfter=2),
              "paragraph": _body_style(layout),
              "pull_quote": style("pull_quote", 14, 21, alignment=1, textColor=colors.darkred),
              "caption": style("caption", 9.5, 14, spaceBefore=6, spaceAfter=3),
              "source_note": style("source", 8.5, 12)}
    head_width = width - 2 * margin - 12
    head = [Paragraph(_escaped(item["text"]), styles[item["style"]]) for item in items[:3]]
    head_h = sum(p.wrap(head_width, 1e6)[1] + p.getSpaceBefore() + p.getSpaceAfter() for p in head) + 12 + 10
    assert _wrapped_lines(_escaped(items[0]["text"]), styles["title"], head_width) == 1
    assert _last_line_has_word(_escaped(items[1]["text"]), styles["standfirst"], head_width), items[1]["text"]
    for item in items[3:]:
        if item["kind"] in ("paragraph", "quote"):
            assert _last_line_has_word(_escaped(item["text"]), styles[item.get("style", "paragraph")], column - 12), \
                item["text"]
    story: list = [_tagged(p, f"head{k}") for k, p in enumerate(head)]
    story += [_tagged(HRFlowable(width="100%", thickness=0.5, color=colors.grey, spaceBefore=3, spaceAfter=0), "head3"),
              FrameBreak()]
    k = 3
    while k < len(items):
        item = items[k]
        if item["kind"] == "quote":
            story.append(KeepTogether([
                _tagged(HRFlowable(width="100%", thickness=1, color=colors.darkred, spaceBefore=6, spaceAfter=6),
                        "quote_top"),
                Paragraph(_escaped(item["text"]), styles["pull_quote"]),
                _tagged(HRFlowable(width="100%", thickness=1, color=colors.darkred, spaceBefore=6, spaceAfter=8),
                        "quote_bottom")]))
        elif item["kind"] == "caption":
            cells, widths = items[k + 1]["cells"], MAGAZINE_TABLE["widths"]
            for row in cells:
                for cell, w in zip(row, widths):
                    assert pdfmetrics.stringWidth(cell, font, 9) + 12 <= w * mm, cell
            grid = Table(cells, colWidths=[w * mm for w in widths], hAlign="LEFT")
            grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
                                      ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                      ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)]))
            source = Table([[Paragraph(_escaped(items[k + 2]["text"]), styles["source_note"])]],
                           colWidths=[sum(widths) * mm], hAlign="LEFT")
            source.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                                        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            assert _wrapped_lines(_escaped(items[k + 2]["text"]), styles["source_note"], sum(widths) * mm - 12) == 1
            story.append(KeepTogether([_tagged(Paragraph(_escaped(item["text"]), styles["caption"]), "caption"),
                                       grid, Spacer(1, 4), _tagged(source, "source"), Spacer(1, 8)]))
            k += 3
            continue
        else:
            story.append(Paragraph(_escaped(item["text"]), styles[item.get("style", item["kind"])]))
        k += 1

    def columns(frame_top: float) -> list[Frame]:
        return [Frame(margin + c * (column + gutter), bottom, column, frame_top - bottom, id=f"c{c + 1}")
                for c in range(2)]

    furniture = _furniture(layout, 12 * mm)
    out = io.BytesIO()
    doc = _PlacedAtDoc(out, pagesize=layout.size)
    doc.addPageTemplates([
        PageTemplate("first", [Frame(margin, top - head_h, width - 2 * margin, head_h, id="head")]
                     + columns(top - head_h), onPage=furniture, autoNextPageTemplate="later"),
        PageTemplate("later", columns(top), onPage=furniture)])
    doc.build(story)
    return out.getvalue(), doc.placed, doc.before, doc.page


def _magazine_draw(release: Path, rng: random.Random, layout: Layout) -> tuple[list[dict], bytes]:
    """The drawn paragraphs, and the first places for the table (MAGAZINE_TABLE_AFTER) and the pull-quote (after
    body paragraph 2, 3, … from 0) that leave no column short and put the pull-quote in the middle of a column: the
    table's caption in the column where the paragraph before it ends, the pull-quote's rules in one column, each
    between a sixth and five sixths of the column's height, and not in the table's column."""
    texts = paragraphs(release, layout.sources, rng, 1 + MAGAZINE_BODY)
    for table_after in MAGAZINE_TABLE_AFTER:
        for quote_after in range(2, MAGAZINE_BODY - 1):
            if quote_after == table_after:
                continue
            items = _magazine_items(texts, quote_after, table_after)
            pdf, placed, before, pages = typeset_magazine(layout, items)
            assert all(placed[f"head{k}"][:2] == (1, "head") for k in range(4)), placed
            assert placed["caption"][:2] == placed["source"][:2], placed
            assert 2 <= pages <= 3, pages
            (page, frame, top), (page2, frame2, low) = placed["quote_top"], placed["quote_bottom"]
            if before["caption"] == placed["caption"][:2] and (page, frame) == (page2, frame2) \
                    and 1 / 6 < low < top < 5 / 6 and placed["caption"][:2] != (page, frame):
                return items, pdf
    raise AssertionError("no places for the table and the pull-quote")


def _tables_gold(items: list[dict]) -> list[dict]:
    """The gold items: kind and text, and each table as a table_row item per row (_with_rows)."""
    return _with_rows([{"kind": i["kind"], "text": i["text"], "cells": i["cells"]} if i["kind"] == "table"
                       else _gold([i])[0] for i in items])


def seventh_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 46 others (their paragraphs drawn after theirs)."""
    layout = BRIEF_LAYOUT
    items = _brief_items(paragraphs(release, layout.sources, rng, BRIEF_PARAGRAPHS))
    _extract(layout.name, typeset_brief(layout, items))
    gold.append({"layout": layout.name, "items": _gold(items)})
    layout = CHAPTER_LAYOUT
    texts = paragraphs(release, layout.sources, rng, CHAPTER_PARAGRAPHS)
    items, notes = _chapter_items(_chapter_epigraph(release, rng), texts)
    pdf, _ = typeset_chapter(layout, items, notes)
    _extract(layout.name, pdf)
    gold.append({"layout": layout.name, "items": _notes_gold(items, notes, lambda k: CIRCLED[k - 1])})
    layout = BULLETIN_LAYOUT
    items = _bulletin_items(paragraphs(release, layout.sources, rng, BULLETIN_PARAGRAPHS))
    _extract(layout.name, typeset_bulletin(layout, items))
    gold.append({"layout": layout.name, "items": _tables_gold(items)})
    layout = MAGAZINE_LAYOUT
    items, pdf = _magazine_draw(release, rng, layout)
    _extract(layout.name, pdf)
    gold.append({"layout": layout.name, "items": _tables_gold(items)})


# ---- An eighth batch of four held-out layouts, appended after the 50 above (their paragraphs come from the
# shared rng after those, so the 50 come out byte for byte as before). Text is escaped for ReportLab's markup;
# the gold keeps the text as printed, block by block (a bullet drawn before a point is layout, not text).

def _report_edges(layout: Layout, margin: float, first: int = 1, footer_left: str | None = None,
                  number_right: bool = False):
    """A page callback: the layout's header (9 pt) at the top right over a thin rule from margin to margin, its
    footer (the page number, counted from `first`) centred at the bottom or, with `number_right`, at the bottom
    right, and `footer_left` at the bottom left."""
    width, height = layout.size

    def edges(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(layout.font, 9)
        canvas.drawRightString(width - margin, height - 15 * mm, layout.header)
        canvas.setLineWidth(0.5)
        canvas.line(margin, height - 17 * mm, width - margin, height - 17 * mm)
        number = layout.footer.format(page=first + doc.page - 1)
        if number_right:
            canvas.drawRightString(width - margin, 12 * mm, number)
        else:
            canvas.drawCentredString(width / 2, 12 * mm, number)
        if footer_left:
            canvas.drawString(margin, 12 * mm, footer_left)
        canvas.restoreState()
    return edges


def _one_line_each(items: list[dict], styles: dict[str, ParagraphStyle], width: float, long=("paragraph",)) -> None:
    """Asserts that every item but those of the `long` kinds takes one line at this width, and that every
    paragraph's last line holds more than punctuation."""
    for item in items:
        style = styles.get(item.get("style", item["kind"]))
        if item["kind"] not in long:
            assert _wrapped_lines(_escaped(item["text"]), style, width) == 1, item["text"]
        elif item["kind"] == "paragraph":
            assert _last_line_has_word(_escaped(item["text"]), style, width), item["text"]


def _head_kept(item: dict, styles: dict[str, ParagraphStyle], leading: float, kept=("heading",)) -> list:
    """The item's paragraph in its style; a heading (an item of the `kept` kinds) after a conditional page break, so
    that it goes to the next frame unless two lines of text (of this leading) fit under it."""
    style = styles[item.get("style", item["kind"])]
    paragraph = Paragraph(_escaped(item["text"]), style)
    if item["kind"] not in kept:
        return [paragraph]
    return [CondPageBreak(style.spaceBefore + style.leading + style.spaceAfter + 2 * leading), paragraph]


def _number_grid(cells: list[list[str]], widths: list[float], font: str) -> Table:
    """A grid of 9 pt cells (widths in points, each cell asserted to fit), grey rules, the header row shaded, the
    columns after the first right-aligned."""
    for row in cells:
        for cell, w in zip(row, widths):
            assert pdfmetrics.stringWidth(cell, font, 9) + 12 <= w, cell
    grid = Table(cells, colWidths=widths)
    grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
                              ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                              ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    return grid


# 1. A listed company's annual report, an excerpt of its third section (A4, 25 mm margins, 10.5 pt on an 18 pt
# leading, first-line indent 2 characters, justified), pages 21-23 of 180. The running header
# `某某科技股份有限公司2023年年度报告` (9 pt) top right over a thin rule, the page number `N / 180` centred at the
# bottom. At the top of page 21 the section head `第三节　管理层讨论与分析` (15 pt, centred; kind heading), then two
# numbered heads `一、报告期内公司所处行业情况` / `二、报告期内公司从事的主要业务` (12 pt, flush left, moved to the
# next page unless two lines fit under them; kind heading) over 8 and 9 drawn paragraphs (001). Under the second
# head, after its third paragraph and kept together: the table's name `利润表及现金流量表相关科目变动分析表` (10.5 pt, flush left, as the
# reports set it; kind caption), the unit line `单位：元　币种：人民币` right-aligned over the grid's right edge (9 pt;
# kind source_note, as a4_statistical_bulletin's unit lines), and a grid as wide as the text (9 pt): the header
# row `项目` / `本期金额` / `上期金额` / `变动比例(%)` and 5 rows written here, amounts with thousands separators
# and two decimals (`1,234,567,890.12`), the change in per cent computed from them (`-12.35`), right-aligned
# (kind table_row each, header row included). Paragraphs follow the table. 3 pages.
ANNUAL_LAYOUT = Layout("a4_annual_report_excerpt", FONT, A4, 10.5, 18, 2, 0, "某某科技股份有限公司2023年年度报告",
                       "{page} / 180", ("001",))
ANNUAL_FIRST_PAGE = 21
ANNUAL_SECTION = {"kind": "heading", "text": "第三节　管理层讨论与分析", "style": "section"}
ANNUAL_PARTS = [("一、报告期内公司所处行业情况", 8), ("二、报告期内公司从事的主要业务", 9)]  # (head, drawn paragraphs)
ANNUAL_PARAGRAPHS = sum(n for _, n in ANNUAL_PARTS)
ANNUAL_TABLE_AFTER = (1, 2)  # (part, paragraph in it, from 0)
ANNUAL_TABLE = {"caption": "利润表及现金流量表相关科目变动分析表", "unit": "单位：元　币种：人民币",
                "header": ["项目", "本期金额", "上期金额", "变动比例(%)"], "widths": [36, 36, 24],  # mm; the first: the rest
                "rows": [("营业收入", "1,234,567,890.12", "1,098,765,432.10"),
                         ("营业成本", "876,543,210.98", "801,234,567.89"),
                         ("销售费用", "86,420,135.78", "98,596,846.30"),
                         ("研发费用", "156,789,012.34", "123,456,789.01"),
                         ("经营活动产生的现金流量净额", "210,987,654.32", "245,678,901.23")]}


def _change_pct(now: str, before: str, places: str = "0.01") -> str:
    """The change from `before` to `now` in per cent, to `places` (two decimals), rounded half up (`-12.35`)."""
    a, b = Decimal(now.replace(",", "")), Decimal(before.replace(",", ""))
    return str(((a - b) / b * 100).quantize(Decimal(places), ROUND_HALF_UP))


def _annual_items(texts: list[str]) -> list[dict]:
    assert len(texts) == ANNUAL_PARAGRAPHS
    table = ANNUAL_TABLE
    cells = [table["header"]] + [[name, now, before, _change_pct(now, before)] for name, now, before in table["rows"]]
    items = [ANNUAL_SECTION]
    rest = iter(texts)
    for part, (head, count) in enumerate(ANNUAL_PARTS):
        items.append({"kind": "heading", "text": head})
        for n in range(count):
            items.append({"kind": "paragraph", "text": next(rest)})
            if (part, n) == ANNUAL_TABLE_AFTER:
                items += [{"kind": "caption", "text": table["caption"]},
                          {"kind": "source_note", "text": table["unit"], "style": "unit"},
                          {"kind": "table", "text": "", "cells": cells}]
    return items


def typeset_annual(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt = layout.font, layout.size[0], layout.body_pt
    margin = 25 * mm
    text_width = width - 2 * margin - 12  # less the frame's padding

    def style(name: str, size: float, lead: float, **more) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead, wordWrap="CJK", **more)

    styles = {"section": style("section", 15, 22, alignment=1, spaceAfter=12),
              "heading": style("heading", 12, 20, spaceBefore=8, spaceAfter=4),
              "paragraph": _body_style(layout),
              "caption": style("caption", pt, 18, spaceBefore=6, spaceAfter=2),
              "unit": style("unit", 9, 13, alignment=2, spaceAfter=2)}
    _one_line_each(items, styles, text_width, long=("paragraph", "table"))
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        if item["kind"] == "caption":  # the table's name, its unit line and the grid kept together
            values = [w * mm for w in ANNUAL_TABLE["widths"]]
            grid = _number_grid(items[k + 2]["cells"], [text_width - sum(values)] + values, font)
            story.append(KeepTogether([Paragraph(_escaped(item["text"]), styles["caption"]),
                                       Paragraph(_escaped(items[k + 1]["text"]), styles["unit"]), grid,
                                       Spacer(1, 8)]))
            k += 3
            continue
        story += _head_kept(item, styles, layout.leading)
        k += 1
    return _three_pages(layout, story, margin, margin, 25 * mm, _report_edges(layout, margin, ANNUAL_FIRST_PAGE))


# 2. A securities firm's industry report (A4, 18 mm margins). Page 1 has two frames filled in this order: a LEFT
# summary column (54 of 174 mm, 31%; 6 mm from the main column) holding `投资要点` (12 pt, dark red, over a thin
# rule; kind heading) and four short points written here, each `● ` and its text hanging after it (9 pt on 14 pt;
# kind sidebar, the bullet not in the gold), and at the foot of the same column a framed analyst box, three lines
# in 9 pt: `分析师：王某某` (kind byline: the report's author), `执业证书编号：S0000000000000` and
# `邮箱：wangmoumou@example.com` (kind boilerplate each: registration and contact lines). Then the main column on
# the right (114 mm): the title (16 pt; kind title), the date `2024年4月10日` (10 pt; kind dateline), and the body:
# heads `1. …` `2. …` `3. …` (12 pt, dark red, moved on unless two lines fit under them; kind heading) over drawn
# paragraphs (001, 003; 10.5 pt on 18 pt, first-line indent 2 characters). Pages 2 and 3 are one column the full
# width of the text. Header `证券研究报告｜行业深度` top right over a thin rule; footer `请务必阅读正文之后的免责声明`
# bottom left and the page number `N` bottom right. Gold order: the summary column, then the main column, as the
# page's content stream has them. 3 pages.
SUMMARY_LAYOUT = Layout("a4_report_left_summary", FONT, A4, 10.5, 18, 2, 0, "证券研究报告｜行业深度", "{page}",
                        ("001", "003"))
SUMMARY_HEADING = {"kind": "heading", "text": "投资要点", "style": "summary_heading"}
SUMMARY_POINTS = ["政策持续加码：发展新质生产力列为今年政府工作任务之首，设备更新行动方案落地。",
                  "科技创新驱动：工业母机、机器人、半导体设备等领域国产替代加速推进。",
                  "需求有望回暖：大规模设备更新带动制造业投资，行业景气度逐步修复。",
                  "投资建议：关注具备核心技术和规模优势的高端装备龙头企业。"]
SUMMARY_ANALYST = [{"kind": "byline", "text": "分析师：王某某"},
                   {"kind": "boilerplate", "text": "执业证书编号：S0000000000000"},
                   {"kind": "boilerplate", "text": "邮箱：wangmoumou@example.com"}]
SUMMARY_HEAD = [{"kind": "title", "text": "新质生产力引领高端装备加速升级", "style": "title"},
                {"kind": "dateline", "text": "2024年4月10日", "style": "date"}]
SUMMARY_SECTIONS = [("1. 政策加码，新质生产力成为发展主线", 5), ("2. 科技创新驱动高端装备升级", 6), ("3. 投资建议", 4)]
SUMMARY_PARAGRAPHS = sum(n for _, n in SUMMARY_SECTIONS)
SUMMARY_BULLET = "●"
SUMMARY_MARGIN_MM, SUMMARY_SIDE_MM, SUMMARY_GAP_MM = 18, 54, 6
SUMMARY_FOOTER = "请务必阅读正文之后的免责声明"


def _summary_items(texts: list[str]) -> list[dict]:
    """The summary column's items (heading, points, analyst box), then the main column's."""
    assert len(texts) == SUMMARY_PARAGRAPHS
    items = [SUMMARY_HEADING] + [{"kind": "sidebar", "text": p, "style": "point"} for p in SUMMARY_POINTS]
    items += [dict(item, style="analyst", box=True) for item in SUMMARY_ANALYST] + SUMMARY_HEAD
    rest = iter(texts)
    for head, count in SUMMARY_SECTIONS:
        items.append({"kind": "heading", "text": head})
        items += [{"kind": "paragraph", "text": next(rest)} for _ in range(count)]
    return items


def typeset_summary(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height) = layout.font, layout.size
    margin, side_w, gap = SUMMARY_MARGIN_MM * mm, SUMMARY_SIDE_MM * mm, SUMMARY_GAP_MM * mm
    full_w = width - 2 * margin
    main_w = full_w - side_w - gap
    top, bottom = height - 25 * mm, 22 * mm
    hang = pdfmetrics.stringWidth(SUMMARY_BULLET + " ", font, 9)

    def style(name: str, size: float, lead: float, **more) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead, wordWrap="CJK", **more)

    styles = {"summary_heading": style("summary_heading", 12, 18, textColor=colors.darkred),
              "point": style("point", 9, 14, leftIndent=hang, firstLineIndent=-hang, spaceAfter=4, alignment=4),
              "analyst": style("analyst", 9, 14),
              "title": style("title", 16, 24, spaceAfter=4),
              "date": style("date", 10, 16, spaceAfter=8),
              "heading": style("heading", 12, 20, spaceBefore=8, spaceAfter=4, textColor=colors.darkred),
              "paragraph": _body_style(layout)}
    side_count = 1 + len(SUMMARY_POINTS) + len(SUMMARY_ANALYST)
    side, main = items[:side_count], items[side_count:]
    _one_line_each([i for i in side if i["kind"] != "sidebar"], styles, side_w - 12 - 8)  # the box's padding
    _one_line_each(main, styles, main_w - 12)
    _one_line_each([i for i in main if i["kind"] == "paragraph"], styles, full_w - 12)
    story: list = [Paragraph(_escaped(items[0]["text"]), styles["summary_heading"]),
                   HRFlowable(width="100%", thickness=0.5, color=colors.darkred, spaceBefore=2, spaceAfter=6)]
    story += [_tagged(Paragraph(f"{SUMMARY_BULLET} " + _escaped(i["text"]), styles["point"]), f"point{k}")
              for k, i in enumerate(side) if i["kind"] == "sidebar"]
    box = Table([[Paragraph(_escaped(i["text"]), styles["analyst"])] for i in side if i.get("box")],
                colWidths=[side_w - 12])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.darkred),
                             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
    box_h = box.wrap(side_w - 12, height)[1] + 12 + 2  # the frame's padding
    story += [FrameBreak(), _tagged(box, "analyst"), FrameBreak()]
    for k, item in enumerate(main):
        story += _head_kept(item, styles, layout.leading)
        _tagged(story[-1], f"main{k}")
    out = io.BytesIO()
    doc = _PlacedDoc(out, pagesize=layout.size)
    doc.addPageTemplates([
        PageTemplate("first", [Frame(margin, bottom + box_h, side_w, top - bottom - box_h, id="summary"),
                               Frame(margin, bottom, side_w, box_h, id="analyst"),
                               Frame(margin + side_w + gap, bottom, main_w, top - bottom, id="main")],
                     onPage=_report_edges(layout, margin, footer_left=SUMMARY_FOOTER, number_right=True),
                     autoNextPageTemplate="later"),
        PageTemplate("later", [Frame(margin, bottom, full_w, top - bottom, id="body")],
                     onPage=_report_edges(layout, margin, footer_left=SUMMARY_FOOTER, number_right=True))])
    doc.build(story)
    placed = doc.placed
    assert all(placed[f"point{k}"] == (1, "summary") for k in range(1, 1 + len(SUMMARY_POINTS))), placed
    assert placed["analyst"] == (1, "analyst") and placed["main0"] == (1, "main"), placed
    assert doc.page == 3, doc.page
    return out.getvalue()


# 3. A slide deck printed as a handout, two slides to an A4 portrait page (20 mm side margins, 45 mm from the top),
# one above the other, 14 mm apart: each slide is a 16:9 box (254 × 142.9 mm) drawn scaled to the text's width
# (×0.65, so its 20 pt points print at 13 pt), framed by a thin grey rule. Six slides on three pages. The title
# slide: the deck's title (32 pt, centred; kind title) over `某某研究院　2024年5月` (18 pt, centred; kind byline).
# Then five slides, each a title (26 pt, over a dark red rule; kind heading) and 3-4 points written here from a
# drawn paragraph (001, 003), each `● ` and its text hanging after it (20 pt on 30 pt; kind list_item, the bullet
# not in the gold); some wrap to 2 lines, some end without a stop. Inside each box at its bottom left, small, the
# slide's footer `某某研究院` (10 pt, ×0.65: furniture, not in the gold), drawn after the slide's text. The page
# number `- N -` centred at the page's bottom, drawn before the page's slides.
HANDOUT_LAYOUT = Layout("slides_handout_2up", FONT, A4, 20, 30, 0, 10, None, "- {page} -", ("001", "003"))
HANDOUT_SLIDE = (254 * mm, 142.875 * mm)  # a slide's own size, before it is scaled onto the page
HANDOUT_ORG = "某某研究院"
HANDOUT_HEAD = [{"kind": "title", "text": "培育未来产业　发展新质生产力"},
                {"kind": "byline", "text": f"{HANDOUT_ORG}　2024年5月"}]
# (the drawn paragraph's opening, the slide's title, its points), in the order drawn
HANDOUT_SLIDES: list[tuple[str, str, list[str]]] = [
    ("我国在类脑智能、量子信息", "前瞻布局未来产业",
     ["组织实施未来产业孵化与加速计划，布局一批未来产业", "约20个省市前瞻谋划未来产业",
      "加强前沿技术、颠覆性技术的多路径探索和交叉融合。",
      "重点领域：类脑智能、量子信息、基因技术、未来网络、深海空天开发、氢能与储能"]),
    ("如今，我们看到全世界在这些领域的进展很快", "科技进步推动“新制造”",
     ["全世界在这些领域的进展很快", "人类正以前所未有的速度推进科技进步",
      "一批颠覆性的产品和科技将改变人们的生产生活方式。", "推动生产可能性曲线实现新的拓展和跃迁"]),
    ("二是新的制造技术", "新的制造技术",
     ["在原理、路径等方面完全不同于现有的技术路线", "能够对原有的工艺、技术方案进行替代",
      "例如未来的生物制造：通过生物反应器制造人类需要的蛋白、食品、材料、能源等。"]),
    ("习近平总书记强调，“生产关系必须与生产力发展要求相适应", "全面深化改革，形成新型生产关系",
     ["生产关系必须与生产力发展要求相适应。", "改革开放调整生产关系，解放和发展生产力",
      "社会主义制度和市场经济体制有机结合，发挥有为政府和有效市场两方面优势",
      "各类生产要素充分流动，资源配置效率大大提升。"]),
    ("在加大科技金融产品创新力度的同时", "案例：绿色金融助力新能源企业",
     ["发挥绿色金融的资源配置作用，畅通“绿水青山”到“金山银山”的转化通道",
      "重点支持高景太阳能、爱旭股份、鸿钧太阳能等新能源企业", "2023年末绿色金融贷款余额73亿元，较年初增加30亿元",
      "占全行对公贷款余额比重为36%。"]),
]
HANDOUT_BULLET = "●"


def _handout_items(texts: list[str]) -> list[dict]:
    """The title slide, then a slide of HANDOUT_SLIDES per drawn text (each checked against it)."""
    assert len(texts) == len(HANDOUT_SLIDES), (len(texts), len(HANDOUT_SLIDES))
    items = list(HANDOUT_HEAD)
    for text, (opening, title, points) in zip(texts, HANDOUT_SLIDES):
        assert text.startswith(opening), (opening, text[:30])
        items.append({"kind": "heading", "text": title, "slide": True})
        items += [{"kind": "list_item", "text": point} for point in points]
    return items


class _ScaledSlide(Flowable):
    """A slide drawn scaled to `width`: a thin grey frame, then its flowables set in a frame of the slide's own size
    (all of them asserted to fit), then the footer `HANDOUT_ORG` small at its bottom left."""

    def __init__(self, flowables: list, width: float, font: str) -> None:
        super().__init__()
        self.flowables, self.font = flowables, font
        self.scale = width / HANDOUT_SLIDE[0]
        self.width, self.height = width, HANDOUT_SLIDE[1] * self.scale

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(colors.grey)
        canvas.setLineWidth(0.6)
        canvas.rect(0, 0, self.width, self.height)
        canvas.scale(self.scale, self.scale)
        frame = Frame(0, 0, *HANDOUT_SLIDE, leftPadding=18 * mm, rightPadding=18 * mm, topPadding=10 * mm,
                      bottomPadding=15 * mm)
        rest = list(self.flowables)
        frame.addFromList(rest, canvas)
        assert not rest, rest  # the slide's text fits it
        canvas.setFont(self.font, 10)
        canvas.drawString(18 * mm, 7 * mm, HANDOUT_ORG)
        canvas.restoreState()


def typeset_handout(layout: Layout, items: list[dict]) -> bytes:
    font = layout.font
    hang = pdfmetrics.stringWidth(HANDOUT_BULLET + " ", font, layout.body_pt)
    styles = {
        "title": ParagraphStyle("title", fontName=font, fontSize=32, leading=42, alignment=1, wordWrap="CJK",
                                spaceAfter=10 * mm),
        "byline": ParagraphStyle("byline", fontName=font, fontSize=18, leading=24, alignment=1, wordWrap="CJK"),
        "heading": ParagraphStyle("heading", fontName=font, fontSize=26, leading=34, wordWrap="CJK"),
        "list_item": ParagraphStyle("item", fontName=font, fontSize=layout.body_pt, leading=layout.leading,
                                    wordWrap="CJK", leftIndent=hang, firstLineIndent=-hang, spaceAfter=layout.after_pt),
    }
    slide_width = HANDOUT_SLIDE[0] - 36 * mm
    for item in items:
        if item["kind"] != "list_item":
            assert _wrapped_lines(_escaped(item["text"]), styles[item["kind"]], slide_width) == 1, item["text"]
    slides: list[list] = [[Spacer(1, 32 * mm)]]
    for item in items:
        if item.get("slide"):
            slides.append([])
        prefix = HANDOUT_BULLET + " " if item["kind"] == "list_item" else ""
        slides[-1].append(Paragraph(prefix + _escaped(item["text"]), styles[item["kind"]]))
        if item.get("slide"):
            slides[-1].append(HRFlowable(width="100%", thickness=1.5, color=colors.darkred, spaceBefore=4,
                                         spaceAfter=8 * mm))
    margin = 20 * mm
    box_width = layout.size[0] - 2 * margin - 12  # less the frame's padding
    story: list = []
    for n, flowables in enumerate(slides):
        story.append(_ScaledSlide(flowables, box_width, font))
        story.append(Spacer(1, 14 * mm) if n % 2 == 0 else PageBreak())
    return _three_pages(layout, story[:-1], margin, margin, 45 * mm)


# 4. A city government's press release (新闻稿, A4, 25 mm margins, 11 pt on a 19 pt leading, first-line indent 2
# characters, justified). At the top of page 1, centred: the issuer `某某市人民政府新闻办公室` (18 pt, red; kind
# byline), `新闻稿` (24 pt, red; kind heading), a red 1.5 pt rule, then `2024年5月20日` right-aligned (11 pt; kind
# dateline) and the release's title (17 pt, centred; kind title). Then drawn paragraphs (001): the body, then
# `答记者问：` (12 pt, flush left; kind heading) over three exchanges, each a question written here `问：…？` and an
# answer `答：` + a drawn paragraph (both set as the body; kind paragraph each). Then the end mark `（完）` on a line
# of its own, right-aligned (kind boilerplate), and under a thin rule, flush left in 10 pt:
# `新闻联系人：李某某　电话：0000-12345678` (kind boilerplate) and `编辑：赵某` (kind byline). Footer
# `第 N 页 共 2 页` centred. 2 pages.
PRESS_PAGES = 2
PRESS_LAYOUT = Layout("a4_press_release", FONT, A4, 11, 19, 2, 0, None, f"第 {{page}} 页 共 {PRESS_PAGES} 页", ("001",))
PRESS_HEAD = [{"kind": "byline", "text": "某某市人民政府新闻办公室", "style": "issuer"},
              {"kind": "heading", "text": "新闻稿", "style": "release", "rule_after": True},
              {"kind": "dateline", "text": "2024年5月20日", "style": "date"},
              {"kind": "title", "text": "我市举行加快发展新质生产力新闻发布会", "style": "title"}]
PRESS_BODY = 5
PRESS_QA_HEADING = {"kind": "heading", "text": "答记者问：", "style": "qa_heading"}
# (the drawn answer's opening, the question written for it), in the order drawn after the body
PRESS_QA = [("改革开放特别是新时代以来", "问：当前为什么要加快形成新质生产力？"),
            ("“善战者，求之于势。”", "问：对南京来说，发展新质生产力意味着什么？"),
            ("习近平总书记在中国共产党第二十次全国代表大会上的报告", "问：科技创新在发展新质生产力中处于什么地位？")]
PRESS_ANSWER = "答："
PRESS_TAIL = [{"kind": "boilerplate", "text": "（完）", "style": "end"},
              {"kind": "boilerplate", "text": "新闻联系人：李某某　电话：0000-12345678", "style": "contact", "rule": True},
              {"kind": "byline", "text": "编辑：赵某", "style": "contact"}]


def _press_items(texts: list[str]) -> list[dict]:
    assert len(texts) == PRESS_BODY + len(PRESS_QA)
    items = list(PRESS_HEAD) + [{"kind": "paragraph", "text": text} for text in texts[:PRESS_BODY]]
    items.append(PRESS_QA_HEADING)
    for text, (opening, question) in zip(texts[PRESS_BODY:], PRESS_QA):
        assert text.startswith(opening), (opening, text[:30])
        items += [{"kind": "paragraph", "text": question}, {"kind": "paragraph", "text": PRESS_ANSWER + text}]
    return items + PRESS_TAIL


def typeset_press(layout: Layout, items: list[dict]) -> bytes:
    font, pt, leading = layout.font, layout.body_pt, layout.leading
    margin = 25 * mm
    text_width = layout.size[0] - 2 * margin - 12  # less the frame's padding

    def style(name: str, size: float, lead: float, **more) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead, wordWrap="CJK", **more)

    styles = {"issuer": style("issuer", 18, 26, alignment=1, textColor=colors.red, spaceAfter=4),
              "release": style("release", 24, 32, alignment=1, textColor=colors.red),
              "date": style("date", pt, leading, alignment=2, spaceAfter=6),
              "title": style("title", 17, 26, alignment=1, spaceAfter=12),
              "paragraph": _body_style(layout),
              "qa_heading": style("qa_heading", 12, 20, spaceBefore=8, spaceAfter=4),
              "end": style("end", pt, leading, alignment=2, spaceBefore=2),
              "contact": style("contact", 10, 17)}
    _one_line_each(items, styles, text_width)
    story: list = []
    for item in items:
        if item.get("rule"):
            story.append(HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceBefore=10, spaceAfter=4))
        story += _head_kept(item, styles, leading)
        if item.get("rule_after"):
            story.append(HRFlowable(width="100%", thickness=1.5, color=colors.red, spaceBefore=4, spaceAfter=4))
    return _three_pages(layout, story, margin, margin, 25 * mm, pages=PRESS_PAGES)


def _typeset_drawn(release: Path, rng: random.Random, gold: list[dict], layout: Layout, drawn: int,
                   make_items: Callable[[list[str]], list[dict]], typeset: Callable[[Layout, list[dict]], bytes],
                   to_gold: Callable[[list[dict]], list[dict]]) -> None:
    """Draw `drawn` paragraphs for the layout, make its items of them, typeset and extract those,
    and append the layout's gold (`to_gold` of the items): the steps of most later layouts."""
    items = make_items(paragraphs(release, layout.sources, rng, drawn))
    _extract(layout.name, typeset(layout, items))
    gold.append({"layout": layout.name, "items": to_gold(items)})


def eighth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 50 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (ANNUAL_LAYOUT, ANNUAL_PARAGRAPHS, _annual_items, typeset_annual, _tables_gold),
            (SUMMARY_LAYOUT, SUMMARY_PARAGRAPHS, _summary_items, typeset_summary, _gold),
            (HANDOUT_LAYOUT, len(HANDOUT_SLIDES), _handout_items, typeset_handout, _gold),
            (PRESS_LAYOUT, PRESS_BODY + len(PRESS_QA), _press_items, typeset_press, _gold)):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- A ninth batch of four held-out layouts, appended after the 54 above (their paragraphs come from the
# shared rng after those, so the 54 come out byte for byte as before). Text is escaped for ReportLab's markup;
# the gold keeps the text as printed, block by block (markup such as a bold lead or a note's superscript is
# layout, not text; page furniture is not in the gold).

def _aside_after_sentence(text: str, aside: str) -> str | None:
    """The text with `aside` run in after its first sentence's end (`。！？`, and a closing quote after it) at 15
    characters or more that does not end the text; None where there is no such place."""
    at = next((m.end() for m in re.finditer(r"[。！？][”」]?", text) if m.start() >= 15 and m.end() < len(text)), None)
    return None if at is None else text[:at] + aside + text[at:]


def _printed_whole(texts: list[str], count: int) -> list[str]:
    """The first `count` texts without a character that the CJK font draws but extractors cannot give back (`•`:
    it maps to no character), asserted to be there."""
    whole = [text for text in texts if "•" not in text][:count]
    assert len(whole) == count, (len(whole), count)
    return whole


def _cells_wrap_evenly(row: list[str], widths: list[float], style: ParagraphStyle) -> list[int]:
    """The lines each cell of the row takes at its width (points, less the cell's padding), asserting that no cell
    that wraps leaves one character alone on its last line."""
    lines = []
    for cell, width in zip(row, widths):
        n = _wrapped_lines(_escaped(cell), style, width - 12)
        assert n == 1 or _wrapped_lines(_escaped(cell[:-1]), style, width - 12) == n, cell
        lines.append(n)
    return lines


# 1. A lecture transcript from a Party school course (党校专题辅导, A4, 26 mm margins, 11 pt on a 19 pt leading,
# first-line indent 2 characters, justified). The centred title (18 pt; kind title), under it, centred, the
# speaker `主讲人：某某某（某某市委党校教授）` (12 pt) and `整理：某某` (11 pt) (kind byline each); an opening drawn
# paragraph; then three parts, each under a centred head `第一讲　…` (14 pt; kind heading) with two subheads
# `（一）…` / `（二）…` on lines of their own, set exactly as the body (11 pt, indented 2 characters; kind
# heading), each over 1-2 drawn paragraphs (001); a head goes to the next page unless two lines fit under it.
# The speaker's asides, `（笑声）` / `（众笑）`, stand inside three paragraphs, run in after a sentence (kind
# paragraph: part of the paragraph as printed). At the end, right-aligned in 10 pt, `（根据录音整理，未经本人
# 审阅）` (kind boilerplate). Footer `- N -` centred. 3 pages.
LECTURE_LAYOUT = Layout("a4_party_school_lecture", FONT, A4, 11, 19, 2, 0, None, "- {page} -", ("001",))
LECTURE_HEAD = [{"kind": "title", "text": "深刻把握新质生产力的科学内涵与实践要求", "style": "title"},
                {"kind": "byline", "text": "主讲人：某某某（某某市委党校教授）", "style": "speaker"},
                {"kind": "byline", "text": "整理：某某", "style": "editor"}]
LECTURE_PARTS = [  # (a part's head, [(a subhead, the drawn paragraphs under it)])
    ("第一讲　新质生产力提出的时代背景", [("（一）新一轮科技革命和产业变革深入发展", 2), ("（二）我国经济转向高质量发展阶段", 2)]),
    ("第二讲　新质生产力的科学内涵", [("（一）创新起主导作用", 2), ("（二）以全要素生产率大幅提升为核心标志", 1)]),
    ("第三讲　加快发展新质生产力的实践路径", [("（一）以科技创新引领产业创新", 2), ("（二）因地制宜发展新质生产力", 2)])]
LECTURE_PARAGRAPHS = 1 + sum(n for _, subheads in LECTURE_PARTS for _, n in subheads)  # the opening, then the parts
LECTURE_ASIDES = {2: "（笑声）", 5: "（众笑）", 9: "（笑声）"}  # from this drawn paragraph on (0: the opening), the next
# paragraph with a place for it (_aside_after_sentence) carries the aside
LECTURE_CLOSING = {"kind": "boilerplate", "text": "（根据录音整理，未经本人审阅）", "style": "closing"}
LECTURE_MARGIN_MM = 26


def _lecture_items(texts: list[str]) -> list[dict]:
    assert len(texts) == LECTURE_PARAGRAPHS
    texts = list(texts)
    due: list[str] = []
    placed = 0
    for n in range(len(texts)):
        if n in LECTURE_ASIDES:
            due.append(LECTURE_ASIDES[n])
        if due:
            with_aside = _aside_after_sentence(texts[n], due[0])
            if with_aside is not None:
                texts[n] = with_aside
                due.pop(0)
                placed += 1
    assert placed == len(LECTURE_ASIDES), placed
    items = list(LECTURE_HEAD) + [{"kind": "paragraph", "text": texts[0]}]
    rest = iter(texts[1:])
    for head, subheads in LECTURE_PARTS:
        items.append({"kind": "heading", "text": head, "style": "part"})
        for subhead, count in subheads:
            items.append({"kind": "heading", "text": subhead, "style": "subhead"})
            items += [{"kind": "paragraph", "text": next(rest)} for _ in range(count)]
    return items + [LECTURE_CLOSING]


def typeset_lecture(layout: Layout, items: list[dict]) -> bytes:
    font, pt, leading = layout.font, layout.body_pt, layout.leading
    margin = LECTURE_MARGIN_MM * mm
    text_width = layout.size[0] - 2 * margin - 12  # less the frame's padding

    def style(name: str, size: float, lead: float, **more) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead, wordWrap="CJK", **more)

    styles = {"title": style("title", 18, 28, alignment=1, spaceAfter=8),
              "speaker": style("speaker", 12, 20, alignment=1),
              "editor": style("editor", pt, leading, alignment=1, spaceAfter=14),
              "part": style("part", 14, 22, alignment=1, spaceBefore=12, spaceAfter=6),
              "subhead": style("subhead", pt, leading, firstLineIndent=2 * pt),
              "paragraph": _body_style(layout),
              "closing": style("closing", 10, 16, alignment=2, spaceBefore=10)}
    _one_line_each(items, styles, text_width)
    story: list = []
    for item in items:
        story += _head_kept(item, styles, leading)
    return _three_pages(layout, story, margin, margin, 25 * mm)


# 2. A provincial action plan (行动方案, A4, 28 mm left and 26 mm right margins, 11 pt on a 19 pt leading,
# first-line indent 2 characters, justified), in the letter format of GB/T 9704: the issuer `某某省人民政府办公厅`
# (22 pt, red, centred), a red double rule, the document number `某政办〔2024〕18号` right-aligned under it (kind
# byline each), then the title (20 pt, centred; kind title). Then heads `一、总体要求` / `二、主要目标` /
# `三、重点任务` / `四、保障措施` (12 pt, indented 2 characters; kind heading; a head goes to the next page unless
# two lines fit under it) over 2, 0, 4 and 2 drawn paragraphs (001); under `二、主要目标`, four numbered targets
# written here, `1. 到2025年，…；` set as the body (first-line indent, the lines after it flush left; kind list_item
# each), the first three ending in `；`, the last in `。`, two of them wrapping. On a new page (the last), the
# appendix: `附件` flush left (14 pt; kind heading), `重点任务分工表` centred (16 pt; kind caption) and a grid of
# words (10 pt on 15 pt, black rules, no shading, cells centred vertically; `序号` and `完成时限` centred, the others
# flush left): the header row `序号` / `重点任务` / `牵头单位` / `完成时限` and 5 rows, 4 of their cells wrapping to
# two lines inside the cell (none leaving one character alone on a line) (kind table_row each, header row
# included). Footer `— N —` centred. 3-4 pages.
PLAN_LAYOUT = Layout("a4_provincial_plan_tables", FONT, A4, 11, 19, 2, 0, None, "— {page} —", ("001",))
PLAN_HEAD = [{"kind": "byline", "text": "某某省人民政府办公厅", "style": "issuer"},
             {"kind": "byline", "text": "某政办〔2024〕18号", "style": "number"},
             {"kind": "title", "text": "某某省加快发展新质生产力三年行动方案", "style": "title"}]
PLAN_SECTIONS = [("一、总体要求", 2), ("二、主要目标", 0), ("三、重点任务", 4), ("四、保障措施", 2)]
PLAN_PARAGRAPHS = sum(n for _, n in PLAN_SECTIONS)
PLAN_TARGETS = ["1. 到2025年，全省研发经费投入强度达到2.8%以上，高新技术企业数量突破1.5万家；",
                "2. 到2025年，战略性新兴产业增加值占地区生产总值比重达到15%，培育形成5个千亿级新兴产业集群；",
                "3. 到2026年，数字经济核心产业增加值占地区生产总值比重达到12%以上；",
                "4. 到2026年，规模以上工业企业关键工序数控化率达到70%，全省新质生产力发展水平明显提升，成为全国重要的科技创新策源地。"]
PLAN_ANNEX = {"kind": "heading", "text": "附件", "style": "annex"}
PLAN_TABLE = {"caption": "重点任务分工表", "widths": [14, 60, 52, 30],  # mm: as wide as the text (156 mm)
              "cells": [["序号", "重点任务", "牵头单位", "完成时限"],
                        ["1", "实施关键核心技术攻关工程", "省科技厅", "2025年底前"],
                        ["2", "推动传统产业数字化、智能化、绿色化改造", "省工业和信息化厅、省发展改革委", "2026年底前"],
                        ["3", "培育壮大战略性新兴产业集群", "省发展改革委", "持续推进"],
                        ["4", "前瞻布局人工智能、量子信息、生物制造等未来产业", "省科技厅", "2026年底前"],
                        ["5", "完善科技金融服务体系", "省委金融办、人民银行某某省分行", "持续推进"]]}
PLAN_CELL_PT = 10


def _plan_items(texts: list[str]) -> list[dict]:
    assert len(texts) == PLAN_PARAGRAPHS
    items = list(PLAN_HEAD)
    rest = iter(texts)
    for head, count in PLAN_SECTIONS:
        items.append({"kind": "heading", "text": head})
        if head == "二、主要目标":
            items += [{"kind": "list_item", "text": target} for target in PLAN_TARGETS]
        items += [{"kind": "paragraph", "text": next(rest)} for _ in range(count)]
    return items + [PLAN_ANNEX, {"kind": "caption", "text": PLAN_TABLE["caption"], "style": "table_title"},
                    {"kind": "table", "text": "", "cells": PLAN_TABLE["cells"]}]


def typeset_plan(layout: Layout, items: list[dict]) -> tuple[bytes, list[list[int]]]:
    """The plan (PLAN_LAYOUT's comment). Returns the PDF and the lines each body cell of the table takes."""
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    left, right = 28 * mm, 26 * mm
    text_width = width - left - right - 12  # less the frame's padding

    def style(name: str, size: float, lead: float, **more) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead, wordWrap="CJK", **more)

    styles = {"issuer": style("issuer", 22, 30, alignment=1, textColor=colors.red),
              "number": style("number", pt, leading, alignment=2, spaceAfter=14),
              "title": style("title", 20, 30, alignment=1, spaceAfter=14),
              "heading": style("heading", 12, 20, firstLineIndent=2 * pt, spaceBefore=6, spaceAfter=2),
              "list_item": _body_style(layout),
              "paragraph": _body_style(layout),
              "annex": style("annex", 14, 22, spaceAfter=8),
              "table_title": style("table_title", 16, 24, alignment=1, spaceAfter=10)}
    _one_line_each([i for i in items if i["kind"] != "list_item"], styles, text_width, long=("paragraph", "table"))
    target_lines = [_wrapped_lines(_escaped(t), styles["list_item"], text_width) for t in PLAN_TARGETS]
    assert sorted(target_lines) == [1, 1, 2, 2], target_lines
    assert [t[-1] for t in PLAN_TARGETS] == ["；", "；", "；", "。"]
    cell = style("cell", PLAN_CELL_PT, 15)
    widths = [w * mm for w in PLAN_TABLE["widths"]]
    assert abs(sum(widths) - (text_width + 12)) < 1, (sum(widths), text_width)
    cells = PLAN_TABLE["cells"]
    lines = [_cells_wrap_evenly(row, widths, cell) for row in cells[1:]]
    assert all(n == 1 for n in _cells_wrap_evenly(cells[0], widths, cell))
    assert sum(n == 2 for row in lines for n in row) == 4 and max(max(row) for row in lines) == 2, lines
    centred = ParagraphStyle("centred", parent=cell, alignment=1)
    data = [[Paragraph(_escaped(c), centred if k in (0, 3) or r == 0 else cell) for k, c in enumerate(row)]
            for r, row in enumerate(cells)]
    grid = Table(data, colWidths=widths)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story: list = []
    for item in items:
        if item.get("style") == "number":
            story.append(HRFlowable(width="100%", thickness=2, color=colors.red, spaceBefore=6, spaceAfter=1.5))
            story.append(HRFlowable(width="100%", thickness=0.5, color=colors.red, spaceBefore=0, spaceAfter=4))
        if item["kind"] == "table":
            story.append(grid)
        elif item is PLAN_ANNEX:
            story += [PageBreak(), Paragraph(_escaped(item["text"]), styles["annex"])]
        else:
            story += _head_kept(item, styles, leading)
    furniture = _furniture(layout, 12 * mm)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=left, rightMargin=right, topMargin=30 * mm,
                            bottomMargin=25 * mm)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    assert doc.page in (3, 4), doc.page
    return out.getvalue(), lines


# 3. A Traditional Chinese academic paper (Hong Kong / Taiwan journal style; B5, 21 mm margins, 10.5 pt on an 18
# pt leading, first-line indent 2 characters, justified), pages 101-104. Page 101: the centred title (16 pt; kind
# title), the author `陳某某` (12 pt) and the affiliation `（香港某某大學經濟學系）` (10 pt) centred (kind byline
# each); `摘要` centred (11 pt; kind heading) over a drawn paragraph (000, 002) in 9.5 pt, indented 2 characters on
# both sides with a first-line indent (kind paragraph), and `關鍵詞：…` at the same indent (9.5 pt, no first-line
# indent; kind paragraph). Then heads `壹、前言` / `貳、文獻回顧` / `參、研究方法` / `肆、結論` (12 pt, flush left; kind
# heading; a head goes to the next page unless two lines fit under it) over 2, 3, 3 and 2 drawn paragraphs, and
# `參考文獻` (12 pt, flush left; kind heading) over four references written here in 9 pt with a hanging indent of
# 2 characters (kind list_item each; two of them wrap: a Chinese one and an English one). Notes: a superscript
# number after the first clause of 15+ characters (`…發展¹，…`, as in a4_footnotes) of the body's paragraphs 1, 3,
# 5, 7 and 9 (from 1; passed on to the next where a paragraph has no such clause), the note `N 參見…` (8 pt, a line
# each, written here) at the bottom of its page under a 40 mm rule, drawn after the page's text (kind footnote,
# listed after the body in the gold). Running head from page 102 on: the journal's name `港澳經濟評論` centred at
# the top and the page number at the outer edge on the same line (even pages left, odd pages right), over a thin
# rule; page 101 carries no head, its number centred at the bottom. 4 pages.
PAPER_LAYOUT = Layout("b5_trad_academic_paper", FONT, B5, 10.5, 18, 2, 0, "港澳經濟評論", "{page}", ("000", "002"))
PAPER_FIRST_PAGE = 101
PAPER_FRONT = [{"kind": "title", "text": "新質生產力視角下香港產業轉型的路徑研究", "style": "title"},
               {"kind": "byline", "text": "陳某某", "style": "author"},
               {"kind": "byline", "text": "（香港某某大學經濟學系）", "style": "affiliation"},
               {"kind": "heading", "text": "摘要", "style": "abstract_heading"}]
PAPER_KEYWORDS = {"kind": "paragraph", "text": "關鍵詞：新質生產力；產業轉型；科技創新；新型工業化；香港", "style": "keywords"}
PAPER_OUTLINE = [("壹、前言", 2), ("貳、文獻回顧", 3), ("參、研究方法", 3), ("肆、結論", 2)]
PAPER_PARAGRAPHS = 1 + sum(n for _, n in PAPER_OUTLINE)  # the abstract, then the body
PAPER_NOTED = (0, 2, 4, 6, 8)  # the body's paragraphs (from 0) due a note
PAPER_NOTES = ["參見《求是》2024年第11期，頁4-8。",
               "參見《人民日報》2023年9月24日第1版。",
               "參見林毅夫（2012），頁35。",
               "同上註，頁12。",
               "參見香港特別行政區政府（2022）。"]
PAPER_REFERENCES_HEADING = {"kind": "heading", "text": "參考文獻", "style": "section"}
PAPER_REFERENCES = [
    "周文、許凌雲（2023）。論新質生產力：內涵特徵與重要著力點。改革，10，1-13。",
    "林毅夫（2012）。新結構經濟學：反思經濟發展與政策的理論框架（增訂版）。北京：北京大學出版社。",
    "香港特別行政區政府（2022）。香港創新科技發展藍圖。香港：創新科技及工業局。",
    "Aghion, P., & Howitt, P. (1992). A model of growth through creative destruction. Econometrica, 60(2), 323-351."]
PAPER_NOTE_PT = 8
PAPER_MARGIN_MM = 21


def _paper_items(texts: list[str]) -> tuple[list[dict], dict[int, str]]:
    assert len(texts) == PAPER_PARAGRAPHS
    items = list(PAPER_FRONT) + [{"kind": "paragraph", "text": texts[0], "style": "abstract"}, PAPER_KEYWORDS]
    notes: dict[int, str] = {}
    due = 0
    rest = iter(enumerate(texts[1:]))
    for head, count in PAPER_OUTLINE:
        items.append({"kind": "heading", "text": head, "style": "section"})
        for _ in range(count):
            n, text = next(rest)
            due += n in PAPER_NOTED
            item = {"kind": "paragraph", "text": text}
            marked = _marked(_escaped(text), len(notes) + 1) if due else None
            if marked:
                item["marked"] = marked
                notes[len(notes) + 1] = PAPER_NOTES[len(notes)]
                due -= 1
            items.append(item)
    assert len(notes) == len(PAPER_NOTES), notes
    items.append(PAPER_REFERENCES_HEADING)
    return items + [{"kind": "list_item", "text": ref, "style": "reference"} for ref in PAPER_REFERENCES], notes


def typeset_paper(layout: Layout, items: list[dict], notes: dict[int, str]) -> tuple[bytes, dict[int, int]]:
    """The paper (PAPER_LAYOUT's comment), in two passes as typeset_chapter makes them. Returns the PDF and the
    page (from 1) each note's number falls on."""
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    margin, top, bottom = PAPER_MARGIN_MM * mm, 24 * mm, 38 * mm  # the frame's bottom leaves room for three notes
    text_width = width - 2 * margin

    def style(name: str, size: float, lead: float, **more) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead, wordWrap="CJK", **more)

    inset = 2 * pt
    hang = 2 * 9
    styles = {"title": style("title", 16, 24, alignment=1, spaceAfter=8),
              "author": style("author", 12, 18, alignment=1),
              "affiliation": style("affiliation", 10, 16, alignment=1, spaceAfter=12),
              "abstract_heading": style("abstract_heading", 11, 18, alignment=1, spaceAfter=2),
              "abstract": style("abstract", 9.5, 16, leftIndent=inset, rightIndent=inset, firstLineIndent=2 * 9.5,
                                alignment=4),
              "keywords": style("keywords", 9.5, 16, leftIndent=inset, rightIndent=inset, spaceBefore=4,
                                spaceAfter=10),
              "section": style("section", 12, 20, spaceBefore=8, spaceAfter=4),
              "paragraph": _body_style(layout),
              "reference": style("reference", 9, 15, leftIndent=hang, firstLineIndent=-hang, spaceAfter=3)}
    _one_line_each(items, styles, text_width - 12, long=("paragraph", "list_item"))
    for item in items:  # the noted paragraphs as printed, with their notes' numbers
        if "marked" in item:
            assert _last_line_has_word(item["marked"], styles["paragraph"], text_width - 12), item["text"]
    wrapped = [_wrapped_lines(_escaped(ref), styles["reference"], text_width - 12) for ref in PAPER_REFERENCES]
    assert sorted(wrapped) == [1, 1, 2, 2] and wrapped[3] == 2, wrapped

    def draw_page(canvas, page: int) -> None:  # the running head and the page number, at the outer edge
        number = str(PAPER_FIRST_PAGE + page - 1)
        if page == 1:
            canvas.drawCentredString(width / 2, 12 * mm, number)
        else:
            canvas.drawCentredString(width / 2, height - 14 * mm, layout.header)
            if int(number) % 2:
                canvas.drawRightString(width - margin, height - 14 * mm, number)
            else:
                canvas.drawString(margin, height - 14 * mm, number)
            canvas.setLineWidth(0.4)
            canvas.line(margin, height - 15.5 * mm, width - margin, height - 15.5 * mm)

    pdf, pages, placed = _build_noted_pages(layout, _noted_story_of(items, styles, leading), notes, str,
                                            PAPER_NOTE_PT, 4 * mm, (margin, top, bottom), draw_page)
    assert pages == 4, pages
    return pdf, placed


# 4. A bank's research note with charts (A4, 20 mm margins, 10.5 pt on an 18 pt leading, first-line indent 2
# characters, justified). On every page a dark red band across the top with `某某银行研究院　宏观研究` in white
# (10 pt) and, at the bottom over a thin rule, the disclaimer `本报告仅供参考，不构成投资建议` (8 pt) at the left and
# `第 N 页` at the right. The title (18 pt, centred; kind title), `作者：王某某　李某某` and `2024年4月18日` (10 pt,
# centred; kind byline, dateline). Then 9 drawn paragraphs (001, 003: of 11 drawn, the first 9 without a `•`, which
# this font prints but extractors cannot give back), each opening with a lead sentence written here, set in bold
# (the CJK font under its `,Bold` name, as word processors write a bold they synthesise) and run into the
# paragraph on its first line (kind paragraph: the lead and the paragraph). After the 2nd and the 6th
# paragraph, kept together: the caption `图1：…` / `图2：…` (9.5 pt; kind caption), a chart drawn in the PDF (a bar
# chart of quarterly GDP growth, 2022Q1-2024Q1; a line chart of monthly CPI and PPI, 2023-04 to 2024-03; axis
# numbers, category labels and a legend with the series' names `GDP增速（%）`, `CPI同比（%）`, `PPI同比（%）`: the
# figure, not in the gold), and `资料来源：Wind，某某银行研究院` (8 pt; kind source_note). At the end a framed,
# shaded box: `风险提示：…` (9.5 pt; kind sidebar). 3 pages.
BANK_LAYOUT = Layout("a4_bank_research_chart_page", FONT, A4, 10.5, 18, 2, 0, "某某银行研究院　宏观研究", "第 {page} 页",
                     ("001", "003"))
BANK_HEAD = [{"kind": "title", "text": "新质生产力加快培育　经济回升向好态势巩固", "style": "title"},
             {"kind": "byline", "text": "作者：王某某　李某某", "style": "author"},
             {"kind": "dateline", "text": "2024年4月18日", "style": "date"}]
BANK_LEADS = ["一季度经济实现良好开局。", "新质生产力加快培育。", "工业生产保持较快增长。", "科技创新投入持续加大。",
              "产业升级步伐加快。", "物价水平低位运行。", "政策支持力度有望加大。", "区域发展各具特色。",
              "预计全年经济稳中向好。"]
BANK_PARAGRAPHS = len(BANK_LEADS)
BANK_DRAWN = BANK_PARAGRAPHS + 2  # drawn, of which the first BANK_PARAGRAPHS that the font prints whole are set
BANK_DISCLAIMER = "本报告仅供参考，不构成投资建议"
BANK_SOURCE = "资料来源：Wind，某某银行研究院"
BANK_CHARTS = {  # after the paragraph (from 0)
    1: {"caption": "图1：2022年以来我国GDP季度同比增速", "kind": "bar",
        "categories": ["2022Q1", "2022Q2", "2022Q3", "2022Q4", "2023Q1", "2023Q2", "2023Q3", "2023Q4", "2024Q1"],
        "series": [("GDP增速（%）", [4.8, 0.4, 3.9, 2.9, 4.5, 6.3, 4.9, 5.2, 5.3])], "axis": (0, 8, 2)},
    5: {"caption": "图2：近一年CPI与PPI同比走势", "kind": "line",
        "categories": ["2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09", "2023-10", "2023-11",
                       "2023-12", "2024-01", "2024-02", "2024-03"],
        "series": [("CPI同比（%）", [0.1, 0.2, 0.0, -0.3, 0.1, 0.0, -0.2, -0.5, -0.3, -0.8, 0.7, 0.1]),
                   ("PPI同比（%）", [-3.6, -4.6, -5.4, -4.4, -3.0, -2.5, -2.6, -3.0, -2.7, -2.5, -2.7, -2.8])],
        "axis": (-6, 2, 2)}}
BANK_RISK = {"kind": "sidebar",
             "text": "风险提示：海外经济增长放缓超预期；国内稳增长政策落地效果不及预期；地缘政治冲突加剧，全球供应链波动加大。",
             "style": "risk"}
BANK_MARGIN_MM = 20


class _BoldCIDFont(UnicodeCIDFont):
    """A CID font registered under another name whose PDF font names carry the style suffix `,Bold` (viewers draw
    it in a bold they synthesise, as word processors write the bold of a CJK font that has no bold face)."""

    def __init__(self, face: str, name: str) -> None:
        super().__init__(face)
        self.name = self.fontName = name

    def addObjects(self, doc) -> None:
        internal = "F" + repr(len(doc.fontMapping) + 1)
        info = copy.deepcopy(CIDFontInfo[self.face.name])
        info["Name"], info["Encoding"] = "/" + internal, "/" + self.encodingName
        descendant = info["DescendantFonts"][0]
        info["BaseFont"] = descendant["BaseFont"] = descendant["FontDescriptor"]["FontName"] = f"/{self.face.name},Bold"
        descendant["FontDescriptor"]["Flags"] |= 1 << 18  # ForceBold
        descendant["FontDescriptor"]["StemV"] = 120
        doc.idToObject["BasicFonts"].dict[internal] = doc.Reference(structToPDF(info), internal)
        doc.fontMapping[self.name] = "/" + internal


BOLD_FONT = FONT + "-Bold"
pdfmetrics.registerFont(_BoldCIDFont(FONT, BOLD_FONT))


def _bank_items(drawn: list[str]) -> list[dict]:
    texts = _printed_whole(drawn, BANK_PARAGRAPHS)
    items = list(BANK_HEAD)
    for n, (lead, text) in enumerate(zip(BANK_LEADS, texts)):
        items.append({"kind": "paragraph", "text": lead + text, "lead": lead})
        if n in BANK_CHARTS:
            chart = BANK_CHARTS[n]
            items += [{"kind": "caption", "text": chart["caption"]}, {"kind": "figure", "text": "", "chart": chart},
                      {"kind": "source_note", "text": BANK_SOURCE}]
    return items + [BANK_RISK]


def _bank_chart(chart: dict, width: float, font: str) -> Drawing:
    """The chart as a drawing `width` wide: bars or lines of its series over its categories, the value axis from
    its `axis` (low, high, step), a legend of the series' names at the top."""
    drawing = Drawing(width, 66 * mm)
    plot = VerticalBarChart() if chart["kind"] == "bar" else HorizontalLineChart()
    plot.x, plot.y, plot.width, plot.height = 30, 22, width - 45, 66 * mm - 50
    plot.data = [values for _, values in chart["series"]]
    plot.categoryAxis.categoryNames = chart["categories"]
    plot.valueAxis.valueMin, plot.valueAxis.valueMax, plot.valueAxis.valueStep = chart["axis"]
    for labels in (plot.categoryAxis.labels, plot.valueAxis.labels):
        labels.fontName, labels.fontSize = font, 7
    shades = [colors.darkred, colors.Color(0.35, 0.45, 0.6)]
    if chart["kind"] == "bar":
        plot.bars[0].fillColor = shades[0]
        plot.bars[0].strokeColor = None
        plot.categoryAxis.labels.boxAnchor = "n"
    else:
        plot.joinedLines = 1
        plot.categoryAxis.joinAxisMode = "bottom"  # the month labels under the plot, not at the zero line
        for k in range(len(chart["series"])):
            plot.lines[k].strokeColor = shades[k]
            plot.lines[k].strokeWidth = 1.5
    drawing.add(plot)
    legend = Legend()
    legend.fontName, legend.fontSize = font, 8
    legend.alignment = "right"
    legend.x, legend.y = width / 2 - 40 * len(chart["series"]), 66 * mm - 6
    legend.columnMaximum, legend.deltax, legend.dxTextSpace = 1, 80, 4
    legend.colorNamePairs = [(shades[k], name) for k, (name, _) in enumerate(chart["series"])]
    drawing.add(legend)
    return drawing


def typeset_bank(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height) = layout.font, layout.size
    margin = BANK_MARGIN_MM * mm
    text_width = width - 2 * margin - 12  # less the frame's padding

    def style(name: str, size: float, lead: float, **more) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead, wordWrap="CJK", **more)

    styles = {"title": style("title", 18, 26, alignment=1, spaceAfter=6),
              "author": style("author", 10, 16, alignment=1),
              "date": style("date", 10, 16, alignment=1, spaceAfter=12),
              "paragraph": _body_style(layout),
              "caption": style("caption", 9.5, 14, spaceBefore=6, spaceAfter=2),
              "source_note": style("source", 8, 12, spaceBefore=2, spaceAfter=8),
              "risk": style("risk", 9.5, 16, alignment=4)}
    _one_line_each([i for i in items if i["kind"] != "figure"], styles, text_width, long=("paragraph", "sidebar"))

    def marked(item: dict) -> str:  # the lead in bold, run into its paragraph
        lead = item["lead"]
        return f'<font name="{BOLD_FONT}">{_escaped(lead)}</font>{_escaped(item["text"][len(lead):])}'

    for item in items:
        if item["kind"] == "paragraph":
            assert _last_line_has_word(marked(item), styles["paragraph"], text_width), item["text"]
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        if item["kind"] == "caption":  # caption, chart and source note kept together
            story.append(KeepTogether([Paragraph(_escaped(item["text"]), styles["caption"]),
                                       _bank_chart(items[k + 1]["chart"], text_width, font),
                                       Paragraph(_escaped(items[k + 2]["text"]), styles["source_note"])]))
            k += 3
            continue
        if item["kind"] == "sidebar":
            box = Table([[Paragraph(_escaped(item["text"]), styles["risk"])]], colWidths=[text_width])
            box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.darkred),
                                     ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.97, 0.95, 0.95)),
                                     ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
            story += [Spacer(1, 10), box]
        elif item["kind"] == "paragraph":
            story.append(Paragraph(marked(item), styles["paragraph"]))
        else:
            story.append(Paragraph(_escaped(item["text"]), styles[item["style"]]))
        k += 1

    def edges(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.darkred)
        canvas.rect(0, height - 16 * mm, width, 10 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(font, 10)
        canvas.drawString(margin, height - 12.5 * mm, layout.header)
        canvas.setFillColor(colors.black)
        canvas.setLineWidth(0.5)
        canvas.line(margin, 17 * mm, width - margin, 17 * mm)
        canvas.setFont(font, 8)
        canvas.drawString(margin, 12 * mm, BANK_DISCLAIMER)
        canvas.setFont(font, 9)
        canvas.drawRightString(width - margin, 12 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    return _three_pages(layout, story, margin, margin, 26 * mm, edges)


def ninth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 54 others (their paragraphs drawn after theirs)."""
    _typeset_drawn(release, rng, gold, LECTURE_LAYOUT, LECTURE_PARAGRAPHS, _lecture_items, typeset_lecture, _gold)
    _typeset_drawn(release, rng, gold, PLAN_LAYOUT, PLAN_PARAGRAPHS, _plan_items,
                   lambda layout, items: typeset_plan(layout, items)[0], _tables_gold)
    layout = PAPER_LAYOUT
    items, notes = _paper_items(paragraphs(release, layout.sources, rng, PAPER_PARAGRAPHS))
    pdf, _ = typeset_paper(layout, items, notes)
    _extract(layout.name, pdf)
    gold.append({"layout": layout.name, "items": _notes_gold(items, notes)})
    _typeset_drawn(release, rng, gold, BANK_LAYOUT, BANK_DRAWN, _bank_items, typeset_bank,
                   lambda items: _gold([i for i in items if i["kind"] != "figure"]))


# ---- A tenth batch of four held-out layouts, appended after the 58 above (their paragraphs come from the shared
# rng after those, so the 58 come out byte for byte as before). Text is escaped for ReportLab's markup; the gold
# keeps the text as printed, block by block (a bullet, a bold key term or a note's superscript is layout, not
# text; page furniture and a chart's or a photo's insides are not in the gold). Each layout draws two paragraphs
# more than it sets and sets the first that the font prints whole (_printed_whole).

def _styled(font: str, name: str, size: float, lead: float, **more) -> ParagraphStyle:
    """A CJK-wrapped paragraph style of this font, size and leading."""
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead, wordWrap="CJK", **more)


def _box(rows: list[list], width: float, fill, border: float = 0.8) -> Table:
    """Flowables framed in a box `width` wide (a row each, no rules between them, 8 pt inside the frame), on a
    `fill` background; no frame where `border` is 0."""
    box = Table(rows, colWidths=[width])
    frame = [("BOX", (0, 0), (-1, -1), border, colors.black)] if border else []
    box.setStyle(TableStyle([*frame, ("BACKGROUND", (0, 0), (-1, -1), fill),
                             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                             ("TOPPADDING", (0, 0), (-1, 0), 8), ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    return box


def _per_page_labels(placed: dict[int, int]) -> dict[int, str]:
    """Each note's label when the numbering starts again on every page: ① for a page's first note, ② for its
    second… (placed: note -> page)."""
    return {n: CIRCLED[sorted(k for k, on in placed.items() if on == page).index(n)] for n, page in placed.items()}


# 1. A master's thesis chapter (B5, 21 mm margins, 10.5 pt on an 18 pt leading, first-line indent 2 characters,
# justified), pages 21-25 of the thesis. The chapter head `第三章　…` (16 pt, centred; kind heading), sections `3.1 …`
# (13 pt) and subsections `3.1.1 …` (11 pt), flush left, moved to the next page unless two lines fit under them
# (kind heading), each over drawn paragraphs (001). Under `3.2 …`, a lead-in written here ending in `：`, then the
# model on a line of its own, `ln Y = ln A + α ln K + β ln L + γ ln NQP` centred with its number `(3-1)` at the
# right margin (a borderless row of three cells, as a word processor's centre and right tabs set it; kind
# paragraph: formula and number, one block), then `式中，…` written here (kind paragraph). Under `3.3.1 …`, after its
# first paragraph, kept together: the caption `表3-1　…` centred above (10 pt; kind caption), a three-line table
# (三线表: a 1.5 pt rule above, 0.75 pt under the header row, 1.5 pt under the last row, no other rules; 9 pt,
# centred) of a header row of years and four indicators written here (kind table_row each, header row included),
# and `数据来源：…` under it (9 pt, flush left; kind source_note). Under `3.3.2 …`, after its first paragraph, kept
# together: a bar chart drawn in the PDF (2019-2023, a 0-60 axis, a legend above the plot: not in the gold) and
# its caption `图3-1　…` centred under it (kind caption). Five notes: a superscript circled number after the first
# clause of 15+ characters of drawn paragraphs (THESIS_NOTED), numbered again from ① on each page, as thesis
# templates number page-bottom notes; each note `① …` (8.5 pt, a line each, written here) at its page's foot under
# a 40 mm rule, drawn after the page's text (kind footnote, listed after the body in the gold). Drawn before each
# page's text: the running head centred over a thin rule, the chapter's title on odd pages and
# `某某大学硕士学位论文` on even ones (the chapter's first page too), and the page number centred at the bottom.
# 5 pages.
THESIS_CHAPTER = "第三章　新质生产力影响产业升级的理论机制"
THESIS_LAYOUT = Layout("b5_thesis_chapter", FONT, B5, 10.5, 18, 2, 0, (THESIS_CHAPTER, "某某大学硕士学位论文"), "{page}",
                       ("001",))
THESIS_FIRST_PAGE = 21
THESIS_OUTLINE = [  # (style, head, drawn paragraphs under it)
    ("chapter", THESIS_CHAPTER, 1), ("section", "3.1 新质生产力的理论内涵", 0),
    ("subsection", "3.1.1 新质生产力的概念界定", 2), ("subsection", "3.1.2 新质生产力的基本特征", 3),
    ("section", "3.2 新质生产力影响产业升级的理论模型", 2), ("section", "3.3 我国新质生产力发展的现状分析", 0),
    ("subsection", "3.3.1 科技创新投入持续增加", 3), ("subsection", "3.3.2 数字经济规模不断扩大", 3),
    ("section", "3.4 本章小结", 1)]
THESIS_PARAGRAPHS = sum(n for _, _, n in THESIS_OUTLINE)
THESIS_FORMULA = ("ln Y = ln A + α ln K + β ln L + γ ln NQP", "(3-1)")  # the formula, its number
THESIS_MODEL = [  # under `3.2 …`, before its drawn paragraphs
    {"kind": "paragraph", "text": "借鉴柯布—道格拉斯生产函数的思路，本文将新质生产力作为一种独立的投入要素纳入生产函数，"
                                  "并对等式两边取自然对数，得到如下模型："},
    {"kind": "paragraph", "text": " ".join(THESIS_FORMULA), "formula": THESIS_FORMULA},
    {"kind": "paragraph", "text": "式中，Y为地区产出水平，A为技术水平，K和L分别为资本投入和劳动投入，NQP为新质生产力发展"
                                  "水平，α、β、γ分别为相应要素的产出弹性。"}]
THESIS_TABLE_AFTER = ("3.3.1 科技创新投入持续增加", 0)  # (head, its drawn paragraph the table follows, from 0)
THESIS_TABLE = {"caption": "表3-1　2019—2023年我国科技创新主要指标",
                "source": "数据来源：国家统计局《全国科技经费投入统计公报》，国家知识产权局。",
                "widths": [17.6] * 5,  # mm, the years' columns; the first takes the rest of the text's width
                "cells": [["指标", "2019年", "2020年", "2021年", "2022年", "2023年"],
                          ["研发经费投入（亿元）", "22143.6", "24393.1", "27956.3", "30782.9", "33357.1"],
                          ["研发投入强度（%）", "2.24", "2.40", "2.43", "2.56", "2.65"],
                          ["基础研究经费占比（%）", "6.03", "6.01", "6.50", "6.57", "6.65"],
                          ["发明专利授权量（万件）", "45.3", "53.0", "69.6", "79.8", "92.1"]]}
THESIS_FIGURE_AFTER = ("3.3.2 数字经济规模不断扩大", 0)
THESIS_FIGURE = {"caption": "图3-1　2019—2023年我国数字经济规模", "kind": "bar",
                 "categories": ["2019", "2020", "2021", "2022", "2023"],
                 "series": [("数字经济规模（万亿元）", [35.8, 39.2, 45.5, 50.2, 53.9])], "axis": (0, 60, 10)}
THESIS_NOTED = (1, 2, 4, 7, 10)  # the drawn paragraphs (from 0) that carry a note, when they have such a clause
THESIS_NOTES = ["参见《求是》2024年第11期，第4-8页。",
                "参见周文、许凌云：《论新质生产力：内涵特征与重要着力点》，《改革》2023年第10期。",
                "参见洪银兴：《发展新质生产力　建设现代化产业体系》，《当代经济研究》2024年第2期。",
                "国家统计局：《2023年全国科技经费投入统计公报》，2024年10月。",
                "中国信息通信研究院：《中国数字经济发展研究报告（2024年）》，2024年8月。"]
THESIS_NOTE_PT = 8.5
THESIS_MARGIN_MM = 21


def _thesis_items(drawn: list[str]) -> tuple[list[dict], dict[int, str]]:
    texts = _printed_whole(drawn, THESIS_PARAGRAPHS)
    items: list[dict] = []
    notes: dict[int, str] = {}
    rest = iter(enumerate(texts))
    for style, head, count in THESIS_OUTLINE:
        items.append({"kind": "heading", "text": head, "style": style})
        if head.startswith("3.2 "):
            items += THESIS_MODEL
        for k in range(count):
            n, text = next(rest)
            item = {"kind": "paragraph", "text": text}
            if n in THESIS_NOTED and _marked(text, 1):
                item["note"] = len(notes) + 1
                notes[item["note"]] = THESIS_NOTES[len(notes)]
            items.append(item)
            if (head, k) == THESIS_TABLE_AFTER:
                table = THESIS_TABLE
                items += [{"kind": "caption", "text": table["caption"], "style": "table_caption"},
                          {"kind": "table", "text": "", "cells": table["cells"]},
                          {"kind": "source_note", "text": table["source"]}]
            if (head, k) == THESIS_FIGURE_AFTER:
                items += [{"kind": "figure", "text": "", "chart": THESIS_FIGURE},
                          {"kind": "caption", "text": THESIS_FIGURE["caption"], "style": "figure_caption"}]
    assert len(notes) == len(THESIS_NOTES), notes
    return items, notes


def typeset_thesis(layout: Layout, items: list[dict], notes: dict[int, str]) -> tuple[bytes, dict[int, str]]:
    """The chapter (THESIS_LAYOUT's comment): set once with the notes numbered through to find each note's page,
    then again with them numbered from ① on each page (a circled number's width is the same, so the pages break
    alike). Returns the PDF and each note's label."""
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    odd_head, even_head = layout.header
    margin, top, bottom = THESIS_MARGIN_MM * mm, 24 * mm, 38 * mm  # the frame's bottom leaves room for three notes
    text_width = width - 2 * margin - 12  # less the frame's padding
    styles = {"chapter": _styled(font, "chapter", 16, 24, alignment=1, spaceBefore=6, spaceAfter=14),
              "section": _styled(font, "section", 13, 20, spaceBefore=10, spaceAfter=6),
              "subsection": _styled(font, "subsection", 11, 18, spaceBefore=6, spaceAfter=3),
              "paragraph": _body_style(layout),
              "formula": _styled(font, "formula", pt, leading, alignment=1),
              "number": _styled(font, "number", pt, leading, alignment=2),
              "table_caption": _styled(font, "table_caption", 10, 16, alignment=1, spaceBefore=6, spaceAfter=3),
              "figure_caption": _styled(font, "figure_caption", 10, 16, alignment=1, spaceBefore=2, spaceAfter=8),
              "source_note": _styled(font, "source_note", 9, 14, spaceBefore=3, spaceAfter=8)}
    _one_line_each([i for i in items if i["kind"] not in ("table", "figure") and "formula" not in i], styles,
                   text_width)

    def through(n: int) -> str:  # a note's label numbered through the chapter
        return CIRCLED[n - 1]

    widths = [text_width - sum(THESIS_TABLE["widths"]) * mm] + [w * mm for w in THESIS_TABLE["widths"]]
    _word_table_cells_fit(THESIS_TABLE["cells"], [w / mm for w in widths], font, 9)

    def three_lines() -> Table:  # 三线表: a rule above, one under the header row, one under the last row
        table = Table(THESIS_TABLE["cells"], colWidths=widths)
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
                                   ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                   ("LINEABOVE", (0, 0), (-1, 0), 1.5, colors.black),
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
                                   ("LINEBELOW", (0, -1), (-1, -1), 1.5, colors.black)]))
        return table

    def story(label) -> list:
        flowables: list = []
        k = 0
        while k < len(items):
            item = items[k]
            if "formula" in item:  # the formula centred, its number at the right margin
                formula, number = item["formula"]
                row = Table([["", Paragraph(_escaped(formula), styles["formula"]),
                              Paragraph(_escaped(number), styles["number"])]],
                            colWidths=[text_width * 0.15, text_width * 0.7, text_width * 0.15])
                row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
                flowables += [Spacer(1, 4), row, Spacer(1, 4)]
            elif item.get("style") == "table_caption":  # the caption, the table and its source note kept together
                caption, source = (Paragraph(_escaped(i["text"]), styles[i.get("style", i["kind"])])
                                   for i in (item, items[k + 2]))
                flowables.append(KeepTogether([caption, three_lines(), source]))
                k += 2
            elif item["kind"] == "figure":  # the chart and its caption under it kept together
                flowables.append(KeepTogether([_bank_chart(item["chart"], text_width, font),
                                               Paragraph(_escaped(items[k + 1]["text"]), styles["figure_caption"])]))
                k += 1
            elif "note" in item:
                flowables.append(Paragraph(_marked(_escaped(item["text"]), item["note"], label), styles["paragraph"]))
            else:
                flowables += _head_kept(item, styles, leading)
            k += 1
        return flowables

    for item in items:
        if item["kind"] == "paragraph" and "formula" not in item:
            markup = _marked(_escaped(item["text"]), item["note"], through) if "note" in item else _escaped(item["text"])
            assert _last_line_has_word(markup, styles["paragraph"], text_width), item["text"]

    def draw_page(canvas, page: int) -> None:  # the running head centred over a rule, the number centred under
        number = THESIS_FIRST_PAGE + page - 1
        canvas.drawCentredString(width / 2, height - 14 * mm, odd_head if number % 2 else even_head)
        canvas.setLineWidth(0.5)
        canvas.line(margin, height - 15.5 * mm, width - margin, height - 15.5 * mm)
        canvas.drawCentredString(width / 2, 12 * mm, str(number))

    _, _, placed = _build_noted_pages(layout, lambda: story(through), notes, through, THESIS_NOTE_PT, 4.2 * mm,
                                      (margin, top, bottom), draw_page)
    labels = _per_page_labels(placed)
    pdf, pages, again = _build_noted_pages(layout, lambda: story(labels.get), notes, labels.get, THESIS_NOTE_PT,
                                           4.2 * mm, (margin, top, bottom), draw_page)
    assert again == placed, (again, placed)
    assert pages == 5, pages
    assert len(set(labels.values())) >= 2 and len(set(placed.values())) >= 3, placed  # a ② somewhere, ① on 3 pages
    return pdf, labels


# 2. A Hong Kong Legislative Council panel paper (Traditional, A4, 25 mm margins, 12 pt on a 21 pt leading,
# justified, no first-line indent), as the Government's papers to LegCo panels are set. At the top right of page 1,
# 11 pt: the paper's number `立法會CB(1)123/2024(03)號文件` (kind byline) and `供2024年5月20日會議討論` (kind
# dateline); centred, the panel `立法會工商及創新科技事務委員會` (13 pt; kind byline) and the paper's title (14 pt;
# kind title). Heads `目的` / `背景` / `最新進展` / `建議` / `徵詢意見` (12 pt, flush left, underlined; kind heading).
# Under `目的`, a paragraph written here, unnumbered, its lines at the numbered paragraphs' text edge; then
# paragraphs numbered on from `2.`: the number at the margin and every line of the text 12 mm in (a hanging indent,
# as a word processor sets a numbered paragraph's tab; ReportLab's bulletText), kind paragraph, the number and the
# text one block: 3 and 3 drawn paragraphs (000, 002) under `背景` and `最新進展`; under `建議` a drawn one, a lead-in
# written here ending in `：` and four sub-items written here, `(a) …；` … `(c) …；及` `(d) …。`, their label 12 mm in
# and their text 22 mm in (kind list_item each, the label kept), then a drawn one; under `徵詢意見` a numbered
# paragraph written here. At the end, right-aligned, `創新科技及工業局` (kind byline) over `2024年5月` (kind
# dateline). The page number `- N -` centred at the top of pages 2 on. On a page of its own, unnumbered, the annex:
# `附件` at the top right (12 pt, underlined; kind heading), its title centred (13 pt; kind caption) and a grid of
# words (10.5 pt, black rules, the header row shaded): `措施` / `主要內容` / `負責部門` over 4 rows, a line each (kind
# table_row each, header row included). 4 pages.
LEGCO_LAYOUT = Layout("a4_legco_paper_hk", FONT, A4, 12, 21, 0, 0, None, "- {page} -", ("000", "002"))
LEGCO_HEAD = [{"kind": "byline", "text": "立法會CB(1)123/2024(03)號文件", "style": "reference"},
              {"kind": "dateline", "text": "供2024年5月20日會議討論", "style": "reference_last"},
              {"kind": "byline", "text": "立法會工商及創新科技事務委員會", "style": "panel"},
              {"kind": "title", "text": "推動新型工業化及發展新質生產力的最新進展", "style": "title"}]
LEGCO_PURPOSE = "本文件旨在向委員匯報政府推動新型工業化、發展新質生產力的最新進展，並就相關建議徵詢委員的意見。"
LEGCO_SECTIONS = [("背景", 3), ("最新進展", 3), ("建議", 2)]  # (head, drawn paragraphs under it)
LEGCO_LEAD = "為進一步推動新型工業化，加快發展新質生產力，我們建議推行以下措施："  # after the first under `建議`
LEGCO_SUBITEMS = [("(a)", "設立「新型工業化加速計劃」，以配對形式資助生產商在港設立新的智能生產線；"),
                  ("(b)", "擴大「再工業化資助計劃」的資助範圍，涵蓋生產線的數碼化及綠色化改造；"),
                  ("(c)", "加強與大學及研發中心合作，推動研發成果在港轉化及產業化；及"),
                  ("(d)", "透過「科技人才入境計劃」等措施，吸引更多海外及內地科技人才來港發展。")]
LEGCO_ADVICE = ("徵詢意見", "請委員閱悉本文件的內容，並就上述建議提出意見。")
LEGCO_SIGNATURE = [{"kind": "byline", "text": "創新科技及工業局", "style": "signature"},
                   {"kind": "dateline", "text": "2024年5月", "style": "signature_date"}]
LEGCO_ANNEX = [{"kind": "heading", "text": "附件", "style": "annex"},
               {"kind": "caption", "text": "推動新型工業化的主要支援措施", "style": "annex_title"},
               {"kind": "table", "text": "", "cells": [["措施", "主要內容", "負責部門"],
                                                       ["新型工業化資助計劃", "資助生產商在港設立智能生產線", "創新科技署"],
                                                       ["新型工業化加速計劃", "配對資助策略產業的生產設施", "創新科技署"],
                                                       ["創新及科技基金", "支持應用研發及技術轉移項目", "創新科技署"],
                                                       ["科技人才入境計劃", "便利引進海外及內地科技人才", "入境事務處"]]}]
LEGCO_CELL_WIDTHS = [46, 70, 38]  # mm
LEGCO_HANG_MM, LEGCO_SUBHANG_MM = 12, 10  # a paragraph's text from its number; a sub-item's from its label
LEGCO_DRAWN = sum(n for _, n in LEGCO_SECTIONS)


def _legco_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, LEGCO_DRAWN))
    items = list(LEGCO_HEAD) + [{"kind": "heading", "text": "目的"},
                                {"kind": "paragraph", "text": LEGCO_PURPOSE, "style": "unnumbered"}]

    def numbered(text: str) -> dict:
        number = f"{sum(1 for i in items if i['kind'] == 'paragraph' and 'number' in i) + 2}."
        return {"kind": "paragraph", "text": f"{number} {text}", "number": number, "body": text}

    for head, count in LEGCO_SECTIONS:
        items.append({"kind": "heading", "text": head})
        for k in range(count):
            items.append(numbered(next(rest)))
            if head == "建議" and k == 0:
                items.append(numbered(LEGCO_LEAD))
                items += [{"kind": "list_item", "text": f"{label} {text}", "number": label, "body": text,
                           "style": "subitem"} for label, text in LEGCO_SUBITEMS]
    items += [{"kind": "heading", "text": LEGCO_ADVICE[0]}, numbered(LEGCO_ADVICE[1])]
    return items + LEGCO_SIGNATURE + LEGCO_ANNEX


def typeset_legco(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    margin = 25 * mm
    text_width = width - 2 * margin - 12  # less the frame's padding
    hang, subhang = LEGCO_HANG_MM * mm, LEGCO_SUBHANG_MM * mm
    numbered = {"bulletIndent": 0, "bulletFontName": font, "bulletFontSize": pt}
    styles = {"reference": _styled(font, "reference", 11, 16, alignment=2),
              "reference_last": _styled(font, "reference_last", 11, 16, alignment=2, spaceAfter=14),
              "panel": _styled(font, "panel", 13, 20, alignment=1, spaceAfter=4),
              "title": _styled(font, "title", 14, 22, alignment=1, spaceAfter=12),
              "heading": _styled(font, "heading", pt, leading, spaceBefore=6, spaceAfter=4),
              "unnumbered": _styled(font, "unnumbered", pt, leading, leftIndent=hang, alignment=4, spaceAfter=8),
              "paragraph": _styled(font, "numbered", pt, leading, leftIndent=hang, alignment=4, spaceAfter=8,
                                   **numbered),
              "subitem": _styled(font, "subitem", pt, leading, leftIndent=hang + subhang, alignment=4, spaceAfter=6,
                                 **dict(numbered, bulletIndent=hang)),
              "signature": _styled(font, "signature", pt, leading, alignment=2, spaceBefore=24),
              "signature_date": _styled(font, "signature_date", pt, leading, alignment=2),
              "annex": _styled(font, "annex", pt, leading, alignment=2, spaceAfter=10),
              "annex_title": _styled(font, "annex_title", 13, 20, alignment=1, spaceAfter=10)}
    _one_line_each([i for i in items if "number" not in i], styles, text_width,
                   long=("paragraph", "list_item", "table"))
    for item in items:
        if "number" in item:
            style = styles[item.get("style", item["kind"])]
            assert _last_line_has_word(_escaped(item["body"]), style, text_width), item["text"]
    _word_table_cells_fit(LEGCO_ANNEX[2]["cells"], LEGCO_CELL_WIDTHS, font, 10.5)
    story: list = []
    for item in items:
        text = _escaped(item.get("body", item["text"]))
        if item["kind"] == "heading":  # heads underlined, as the papers set them
            text = f"<u>{text}</u>"
        if item.get("style") == "annex":
            story += [NextPageTemplate("annex"), PageBreak()]
        if item["kind"] == "table":
            grid = Table(item["cells"], colWidths=[w * mm for w in LEGCO_CELL_WIDTHS])
            grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                                      ("LEADING", (0, 0), (-1, -1), 16), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                      ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                                      ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            story.append(grid)
            continue
        style = styles[item.get("style", item["kind"])]
        paragraph = Paragraph(text, style, bulletText=item.get("number"))
        if item["kind"] == "heading" and item.get("style") != "annex":  # kept with the paragraph after it
            story += [CondPageBreak(style.spaceBefore + style.leading + style.spaceAfter + 2 * leading), paragraph]
        else:
            story.append(paragraph)

    def numbered_page(canvas, doc) -> None:  # `- N -` centred at the top, from page 2 on
        if doc.page > 1:
            canvas.saveState()
            canvas.setFont(font, 11)
            canvas.drawCentredString(width / 2, height - 15 * mm, layout.footer.format(page=doc.page))
            canvas.restoreState()

    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=layout.size)
    frame = [Frame(margin, 25 * mm, width - 2 * margin, height - 50 * mm, id="body")]
    doc.addPageTemplates([PageTemplate("paper", frame, onPage=numbered_page), PageTemplate("annex", frame)])
    doc.build(story)
    assert doc.page == 4, doc.page
    return out.getvalue()


# 3. Pages of a listed company's ESG report (A4, 20 mm margins, 10 pt on a 17 pt leading, justified, no indent, 6 pt
# after each paragraph, as designed reports set them), pages 18-20. Drawn before each page's text: the company's
# name at the top left and `2023年环境、社会及管治报告` at the top right (9 pt, green) over a green rule, and the page
# number (10 pt, green) at the bottom outer edge (left on even pages, right on odd ones). Section banners: a band as
# wide as the text, green, the section's number and name in white (15 pt; kind heading); subheads in green (12 pt;
# kind heading). After the first banner's paragraph, four KPI boxes in a row (light green, 4 mm apart): a big
# number (20 pt, green) over its label (8.5 pt), both centred (kind sidebar each, its text the number and the label:
# a box is read as one unit, as a side panel is). Under the first subhead, after two drawn paragraphs, a lead-in
# written here (kind paragraph) and four points `■ …` written here (the square green, the lines after it hanging;
# kind list_item, the square not in the gold); after two more drawn paragraphs, a pull quote: the chairman's words,
# written here, in 15 pt green, centred, 15 mm in on both sides, between thin green rules (kind quote), over
# `——董事长　王某某` right-aligned (kind quote_attribution), kept together (it opens page 19). Under the second subhead, after two drawn paragraphs, a photo (an empty
# grey box as wide as the text, 55 mm high) over its caption (9 pt, grey, centred; kind caption), kept together.
# Drawn paragraphs (001) under each banner and subhead: 1, 4, 3 and 2. 3 pages.
ESG_GREEN = colors.Color(0.0, 0.47, 0.33)
ESG_LAYOUT = Layout("a4_esg_report_page", FONT, A4, 10, 17, 0, 6, ("某某新能源科技股份有限公司", "2023年环境、社会及管治报告"),
                    "{page}", ("001",))
ESG_FIRST_PAGE = 18
ESG_KPIS = [("12.6亿元", "研发投入总额"), ("8.3%", "研发投入占营业收入比例"), ("1,286项", "累计授权专利"),
            ("35.8%", "可再生能源使用比例")]
ESG_LEAD = "报告期内，公司围绕科技创新重点开展了以下工作："
ESG_POINTS = ["建成国家级企业技术中心和博士后科研工作站，研发人员超过2,300人；",
              "牵头承担国家重点研发计划项目3项，参与制定国家及行业标准12项；",
              "与10余所高校共建联合实验室，推动关键材料和核心工艺攻关；",
              "设立总规模5亿元的创新孵化基金，支持前沿技术成果转化。"]
ESG_BULLET = "■"
ESG_QUOTE = [{"kind": "quote", "text": "“坚持以科技创新引领绿色发展，让每一度电都更清洁、更高效，是我们培育新质生产力的不懈追求。”",
              "style": "quote"},
             {"kind": "quote_attribution", "text": "——董事长　王某某", "style": "attribution"}]
ESG_PHOTO = {"kind": "caption", "text": "公司智能制造基地数字化生产线", "style": "photo_caption"}
ESG_OUTLINE = [  # (style, head, drawn paragraphs under it, what follows the first n of them)
    ("banner", "03　创新驱动　培育新质生产力", 1, {1: "kpis"}),
    ("subhead", "研发投入与创新体系", 4, {2: "points", 4: "quote"}),
    ("subhead", "智能制造与数字化转型", 3, {2: "photo"}),
    ("banner", "04　绿色低碳　厚植发展底色", 2, {})]
ESG_PARAGRAPHS = sum(n for _, _, n, _ in ESG_OUTLINE)


def _esg_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, ESG_PARAGRAPHS))
    inserts = {"kpis": [{"kind": "sidebar", "text": f"{number} {label}", "kpi": (number, label)}
                        for number, label in ESG_KPIS],
               "points": [{"kind": "paragraph", "text": ESG_LEAD}]
               + [{"kind": "list_item", "text": point, "style": "point"} for point in ESG_POINTS],
               "quote": ESG_QUOTE, "photo": [ESG_PHOTO]}
    items: list[dict] = []
    for style, head, count, after in ESG_OUTLINE:
        items.append({"kind": "heading", "text": head, "style": style})
        for k in range(1, count + 1):
            items.append({"kind": "paragraph", "text": next(rest)})
            items += inserts.get(after.get(k), [])
    return items


def typeset_esg(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt = layout.font, layout.size, layout.body_pt
    margin, gap = 20 * mm, 4 * mm
    text_width = width - 2 * margin - 12  # less the frame's padding
    hang = pdfmetrics.stringWidth(ESG_BULLET + " ", font, pt)
    green = ESG_GREEN.hexval().replace("0x", "#")
    styles = {"banner": _styled(font, "banner", 15, 22, textColor=colors.white),
              "subhead": _styled(font, "subhead", 12, 18, textColor=ESG_GREEN, spaceBefore=8, spaceAfter=4),
              "paragraph": _body_style(layout),
              "point": _styled(font, "point", pt, layout.leading, leftIndent=hang, firstLineIndent=-hang, spaceAfter=3,
                               alignment=4),
              "quote": _styled(font, "quote", 15, 24, alignment=1, textColor=ESG_GREEN, leftIndent=15 * mm,
                               rightIndent=15 * mm),
              "attribution": _styled(font, "attribution", 10, 16, alignment=2, rightIndent=15 * mm, spaceBefore=4),
              "kpi_number": _styled(font, "kpi_number", 20, 26, alignment=1, textColor=ESG_GREEN),
              "kpi_label": _styled(font, "kpi_label", 8.5, 13, alignment=1),
              "photo_caption": _styled(font, "photo_caption", 9, 14, alignment=1, textColor=colors.grey, spaceBefore=3,
                                       spaceAfter=8)}
    box_width = (text_width - 3 * gap) / 4
    for number, label in ESG_KPIS:
        assert _wrapped_lines(_escaped(label), styles["kpi_label"], box_width - 12) == 1, label
    _one_line_each([i for i in items if i["kind"] != "sidebar"], styles, text_width,
                   long=("paragraph", "list_item", "quote"))
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        style = item.get("style", item["kind"])
        if item["kind"] == "sidebar":  # the row of KPI boxes, a box per item
            kpis = [i["kpi"] for i in items[k:k + len(ESG_KPIS)]]
            cells, widths = [], []
            for number, label in kpis:  # a box, then an empty gap column
                cells += [[Paragraph(_escaped(number), styles["kpi_number"]),
                           Paragraph(_escaped(label), styles["kpi_label"])], ""]
                widths += [box_width, gap]
            row = Table([cells[:-1]], colWidths=widths[:-1])
            row.setStyle(TableStyle([("BACKGROUND", (c, 0), (c, 0), colors.Color(0.9, 0.96, 0.92))
                                     for c in range(0, len(cells), 2)]
                                    + [("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
            story += [Spacer(1, 4), row, Spacer(1, 10)]
            k += len(kpis)
            continue
        if style == "banner":
            band = Table([[Paragraph(_escaped(item["text"]), styles["banner"])]], colWidths=[text_width])
            band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ESG_GREEN), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                                      ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
            story += [CondPageBreak(60 + 3 * layout.leading), Spacer(1, 6), band, Spacer(1, 10)]
        elif style == "point":
            bullet = f'<font color="{green}">{ESG_BULLET}</font>'
            story.append(Paragraph(f'{bullet} {_escaped(item["text"])}', styles["point"]))
        elif item["kind"] == "quote":
            above, below = (HRFlowable(width="70%", thickness=0.8, color=ESG_GREEN, spaceBefore=8, spaceAfter=8)
                            for _ in range(2))
            story.append(KeepTogether([above, Paragraph(_escaped(item["text"]), styles["quote"]),
                                       Paragraph(_escaped(items[k + 1]["text"]), styles["attribution"]), below]))
            k += 1
        elif style == "photo_caption":
            story.append(KeepTogether([Spacer(1, 4), _photo(text_width, 55 * mm),
                                       Paragraph(_escaped(item["text"]), styles[style])]))
        else:
            story += _head_kept(item, styles, layout.leading)
        k += 1

    def edges(canvas, doc) -> None:
        number = ESG_FIRST_PAGE + doc.page - 1
        canvas.saveState()
        canvas.setFillColor(ESG_GREEN)
        canvas.setStrokeColor(ESG_GREEN)
        canvas.setFont(font, 9)
        canvas.drawString(margin, height - 14 * mm, layout.header[0])
        canvas.drawRightString(width - margin, height - 14 * mm, layout.header[1])
        canvas.setLineWidth(0.8)
        canvas.line(margin, height - 16 * mm, width - margin, height - 16 * mm)
        canvas.setFont(font, 10)
        if number % 2:
            canvas.drawRightString(width - margin, 12 * mm, str(number))
        else:
            canvas.drawString(margin, 12 * mm, str(number))
        canvas.restoreState()

    return _three_pages(layout, story, margin, margin, 24 * mm, edges)


# 4. A textbook chapter (B5, 20 mm margins, 10.5 pt on an 18 pt leading, first-line indent 2 characters,
# justified), pages 85-88. The chapter opens on a right-hand page, 25 mm lower than the others: `第五章　发展新质生产力`
# (18 pt, centred; kind heading), then a framed, shaded box: `学习目标` (11 pt; kind heading) over four objectives
# written here, `1. 理解…` (10 pt, the lines after the number hanging; kind list_item each, the number kept).
# Sections `第一节　…` (14 pt, centred) and under them `一、…` (11.5 pt, flush left) (kind heading; a head goes to
# the next page unless two lines fit under it) over drawn paragraphs (001), in which key terms stand in bold: the
# first use of each of TEXTBOOK_TERMS, one a paragraph (the CJK font under its `,Bold` name, as in
# a4_bank_research_chart_page; kind paragraph, the text as printed). After the first section, a framed, shaded box
# kept on one page: `专栏5-1　…` (10.5 pt; kind heading) over two drawn paragraphs (9.5 pt; kind sidebar). After the
# second, `本章小结` (kind heading) over a drawn paragraph, then `思考题` (kind heading) over four questions written
# here, `1. …？` (the last, which wraps, ends in `。`; the lines after the number hanging; kind list_item each,
# the number kept). Drawn
# before each page's text: from the second page on, the running head over a thin rule, `新质生产力概论` at the left
# on even pages and the chapter's title at the right on odd ones; the page number `· N ·` centred at the bottom of
# every page (pdfminer and PyMuPDF drop this font's middle dots). 4 pages.
TEXTBOOK_CHAPTER = "第五章　发展新质生产力"
TEXTBOOK_LAYOUT = Layout("b5_textbook_chapter", FONT, B5, 10.5, 18, 2, 0, (TEXTBOOK_CHAPTER, "新质生产力概论"),
                         "· {page} ·", ("001",))
TEXTBOOK_FIRST_PAGE = 85
TEXTBOOK_OBJECTIVES = ("学习目标", ["1. 理解新质生产力的科学内涵和基本特征", "2. 掌握新质生产力与传统生产力的主要区别",
                                   "3. 了解发展新质生产力的重点任务和实践路径",
                                   "4. 能够运用本章知识，分析所在地区因地制宜发展新质生产力的做法"])
TEXTBOOK_OUTLINE = [  # (style, head, drawn paragraphs under it)
    ("section", "第一节　新质生产力的科学内涵", 0), ("subsection", "一、新质生产力的提出", 2),
    ("subsection", "二、新质生产力的基本内涵", 2), ("box", "专栏5-1　新质生产力的“新”与“质”", 2),
    ("section", "第二节　发展新质生产力的实践路径", 0), ("subsection", "一、以科技创新引领产业创新", 2),
    ("subsection", "二、因地制宜发展新质生产力", 2), ("subsection", "本章小结", 1)]
TEXTBOOK_PARAGRAPHS = sum(n for _, _, n in TEXTBOOK_OUTLINE)
TEXTBOOK_QUESTIONS = ("思考题", ["1. 什么是新质生产力？它的核心标志是什么？", "2. 新质生产力与传统生产力相比有哪些主要区别？",
                                "3. 为什么说科技创新是发展新质生产力的核心要素？",
                                "4. 结合你所在地区的实际，谈谈应如何因地制宜发展新质生产力，避免一哄而上、泡沫化。"])
TEXTBOOK_TERMS = ("新质生产力", "全要素生产率", "科技创新", "战略性新兴产业", "未来产业", "现代化产业体系", "高质量发展",
                  "生产要素", "数字经济", "新型生产关系")
TEXTBOOK_MARGIN_MM = 20


def _textbook_items(drawn: list[str]) -> list[dict]:
    """The items; a body paragraph's `marked` text sets in bold the first of TEXTBOOK_TERMS it holds that no
    paragraph before it set so."""
    rest = iter(_printed_whole(drawn, TEXTBOOK_PARAGRAPHS))
    title, objectives = TEXTBOOK_OBJECTIVES
    items = [{"kind": "heading", "text": TEXTBOOK_CHAPTER, "style": "chapter"},
             {"kind": "heading", "text": title, "style": "box_title", "box": "objectives"}]
    items += [{"kind": "list_item", "text": text, "style": "objective", "box": "objectives"} for text in objectives]
    bold: list[str] = []
    for style, head, count in TEXTBOOK_OUTLINE:
        boxed = {"box": head} if style == "box" else {}
        items.append({"kind": "heading", "text": head, "style": "box_title" if boxed else style, **boxed})
        for _ in range(count):
            text = next(rest)
            item = {"kind": "sidebar", "text": text, "style": "box_text", **boxed} if boxed else \
                {"kind": "paragraph", "text": text}
            term = next((t for t in TEXTBOOK_TERMS if t not in bold and t in text), None)
            if term and not boxed:
                bold.append(term)
                item["marked"] = _escaped(text).replace(term, f'<font name="{BOLD_FONT}">{term}</font>', 1)
            items.append(item)
    assert len(bold) >= 4, bold
    title, questions = TEXTBOOK_QUESTIONS
    return items + [{"kind": "heading", "text": title, "style": "subsection"}] + \
        [{"kind": "list_item", "text": text, "style": "question"} for text in questions]


def typeset_textbook(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    odd_head, even_head = layout.header
    margin = TEXTBOOK_MARGIN_MM * mm
    text_width = width - 2 * margin - 12  # less the frame's padding
    box_width = text_width - 16  # less the box's padding (_box)
    number, question = (pdfmetrics.stringWidth("1. ", font, size) for size in (10, pt))  # a number's hang
    styles = {"chapter": _styled(font, "chapter", 18, 26, alignment=1, spaceAfter=16),
              "section": _styled(font, "section", 14, 22, alignment=1, spaceBefore=12, spaceAfter=8),
              "subsection": _styled(font, "subsection", 11.5, 19, spaceBefore=6, spaceAfter=3),
              "paragraph": _body_style(layout),
              "box_title": _styled(font, "box_title", pt + 0.5, 17, spaceAfter=3),
              "objective": _styled(font, "objective", 10, 16, leftIndent=number, firstLineIndent=-number),
              "box_text": _styled(font, "box_text", 9.5, 16, firstLineIndent=2 * 9.5, alignment=4),
              "question": _styled(font, "question", pt, leading, leftIndent=question, firstLineIndent=-question,
                                  spaceAfter=2)}
    _one_line_each([i for i in items if not i.get("box")], styles, text_width, long=("paragraph", "list_item"))
    _one_line_each([i for i in items if i.get("box")], styles, box_width, long=("sidebar",))
    for item in items:
        if item["kind"] in ("paragraph", "sidebar"):
            style, at = styles[item.get("style", "paragraph")], box_width if item.get("box") else text_width
            assert _last_line_has_word(item.get("marked", _escaped(item["text"])), style, at), item["text"]
    lines = [_wrapped_lines(_escaped(q), styles["question"], text_width) for q in TEXTBOOK_QUESTIONS[1]]
    assert lines[-1] == 2 and max(lines[:-1]) == 1, lines

    def story() -> list:
        flowables: list = []
        for box, group in groupby(items, key=lambda i: i.get("box")):
            if box:  # a box's items framed together, kept on one page
                rows = [[Paragraph(_escaped(i["text"]), styles[i["style"]])] for i in group]
                flowables.append(KeepTogether([Spacer(1, 4), _box(rows, text_width, colors.Color(0.95, 0.95, 0.92)),
                                               Spacer(1, 10)]))
                continue
            for item in group:
                if "marked" in item:
                    flowables.append(Paragraph(item["marked"], styles["paragraph"]))
                else:
                    flowables += _head_kept(item, styles, leading)
        return flowables

    def draw_page(canvas, page: int) -> None:  # the running head from page 2 on, the number centred at the bottom
        number = TEXTBOOK_FIRST_PAGE + page - 1
        if page > 1:
            canvas.setLineWidth(0.4)
            canvas.line(margin, height - 15.5 * mm, width - margin, height - 15.5 * mm)
            if number % 2:
                canvas.drawRightString(width - margin, height - 14 * mm, odd_head)
            else:
                canvas.drawString(margin, height - 14 * mm, even_head)
        canvas.drawCentredString(width / 2, 12 * mm, layout.footer.format(page=number))

    pdf, pages, _ = _build_noted_pages(layout, story, {}, str, 9, 4 * mm, (margin, 24 * mm, 22 * mm), draw_page,
                                       sink=25 * mm)
    assert pages == 4, pages
    return pdf


def tenth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 58 others (their paragraphs drawn after theirs)."""
    layout = THESIS_LAYOUT
    items, notes = _thesis_items(paragraphs(release, layout.sources, rng, THESIS_PARAGRAPHS + 2))
    pdf, labels = typeset_thesis(layout, items, notes)
    _extract(layout.name, pdf)
    gold.append({"layout": layout.name, "items": _tables_gold([i for i in items if i["kind"] != "figure"])
                 + _notes_gold([], notes, labels.get)})
    layout = LEGCO_LAYOUT
    items = _legco_items(paragraphs(release, layout.sources, rng, LEGCO_DRAWN + 2))
    _extract(layout.name, typeset_legco(layout, items))
    gold.append({"layout": layout.name, "items": _tables_gold(items)})
    layout = ESG_LAYOUT
    items = _esg_items(paragraphs(release, layout.sources, rng, ESG_PARAGRAPHS + 2))
    _extract(layout.name, typeset_esg(layout, items))
    gold.append({"layout": layout.name, "items": _gold(items)})
    layout = TEXTBOOK_LAYOUT
    items = _textbook_items(paragraphs(release, layout.sources, rng, TEXTBOOK_PARAGRAPHS + 2))
    _extract(layout.name, typeset_textbook(layout, items))
    gold.append({"layout": layout.name, "items": _gold(items)})


# ---- An eleventh batch of four held-out layouts, appended after the 62 above (their paragraphs come from the shared
# rng after those, so the 62 come out byte for byte as before). Text is escaped for ReportLab's markup; the gold keeps
# the text as printed, block by block (a bold number or lead is layout, not text; page furniture is not in the gold).
# Each layout draws two paragraphs more than it sets and sets the first that the font prints whole (_printed_whole).

def _at_outer_edge(canvas, text: str, y: float, margin: float, odd: bool) -> None:
    """Draws `text` at height y at a page's outer edge: flush right on an odd (right-hand) page, flush left on an even
    one."""
    if odd:
        canvas.drawRightString(canvas._pagesize[0] - margin, y, text)
    else:
        canvas.drawString(margin, y, text)


def _bold_run_in(lead: str, rest: str) -> str:
    """Markup: `lead` in bold (the CJK font under its `,Bold` name), run into `rest`."""
    return f'<font name="{BOLD_FONT}">{_escaped(lead)}</font>{_escaped(rest)}'


# 1. A national standard (GB/T 1.1—2020 style, A4, 20 mm margins, 10.5 pt on a 17 pt leading, first-line indent 2
# characters, justified). Page 1 is the cover (no furniture): `ICS 03.100.01` and `CCS A 01` top left (bold; kind
# boilerplate each: classification codes), `中华人民共和国国家标准` (26 pt, centred; kind byline: the issuer's mark), the
# standard's number right-aligned over a 1 pt rule (bold, 14 pt; kind byline, as a4_notice_attachments' document
# number), the title (24 pt, bold, centred; kind title) over its English title (13 pt, centred; kind title), then
# near the foot, on one line, `2024-05-28 发布` flush left and `2024-12-01 实施` flush right (kind dateline each) over
# a 1 pt rule, and the two issuing bodies, the second followed by `发布` (16 pt, bold; kind byline each). Page 2
# is the foreword: `前　　言` (16 pt, bold, centred; kind heading) over six paragraphs written here (kind paragraph).
# From page 3 the normative text: the title again (16 pt, bold, centred; kind heading: it heads the text), clauses
# `1　范围` … `6　评价程序` (bold; kind heading; kept with the next two lines) over paragraphs written here. Under
# `2　规范性引用文件`, after its lead, the referenced standards one per line, indented 2 characters
# (`GB/T 4754　国民经济行业分类`; kind list_item each). Under `3　术语和定义`, four entries, each a line of its own
# with its number, its term (both bold) and its English term (`3.1　新质生产力　new quality productive forces`;
# kind heading), its definition (kind paragraph) and for three of them a note `注：…` (9 pt, hanging after `注：`;
# kind footnote, in place, as a4_statistical_bulletin's `注：` notes) or the source line `[来源：…，有修改]` (kind
# source_note). Untitled sub-clauses `4.1`-`4.3`: the number (bold) at the margin, a space and a drawn paragraph
# (001) run on after it, the lines after it flush left (kind paragraph: number and text one block); titled
# sub-clauses `5.1　科技创新` / `5.2　产业升级` (bold; kind heading) over a drawn paragraph each; `6.1` a lead-in written
# here ending `：` over four items `a)　…；` … `d)　….` (the text hanging after the label; kind list_item each, label
# kept), `6.2` written here. On a page of its own, the annex: `附　录　A` (12 pt, bold), `（资料性）` and its title
# (bold), centred (kind heading each), `表A.1　…` centred (bold; kind caption), a grid of words (10 pt, black rules,
# cells centred; kind table_row each, header row included) and `注：…` under it (kind footnote), then the closing
# rule (a short line, centred). Drawn before each page's text from page 2 on: the standard's number (bold) at the
# top outer edge and the page number at the bottom outer edge, `I` on the foreword's page, `1`-`3` after it. 5 pages.
STANDARD_NUMBER = "GB/T 44990—2024"
STANDARD_TITLE = "新质生产力发展水平评价指南"
STANDARD_LAYOUT = Layout("a4_national_standard", FONT, A4, 10.5, 17, 2, 0, STANDARD_NUMBER, "{page}", ("001",))
STANDARD_COVER = [{"kind": "boilerplate", "text": "ICS 03.100.01", "style": "code"},
                  {"kind": "boilerplate", "text": "CCS A 01", "style": "code"},
                  {"kind": "byline", "text": "中华人民共和国国家标准", "style": "cover_issuer"},
                  {"kind": "byline", "text": STANDARD_NUMBER, "style": "cover_number"},
                  {"kind": "title", "text": STANDARD_TITLE, "style": "cover_title"},
                  {"kind": "title", "style": "cover_english",
                   "text": "Guidelines for evaluating the development of new quality productive forces"},
                  {"kind": "dateline", "text": "2024-05-28 发布", "style": "dates"},
                  {"kind": "dateline", "text": "2024-12-01 实施", "style": "dates"},
                  {"kind": "byline", "text": "国家市场监督管理总局", "style": "cover_body"},
                  {"kind": "byline", "text": "国家标准化管理委员会　发布", "style": "cover_body"}]
STANDARD_FOREWORD = ["本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
                     "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。",
                     "本文件由某某部提出。",
                     "本文件由全国某某标准化技术委员会（SAC/TC 612）归口。",
                     "本文件起草单位：某某研究院、某某大学、某某市标准化研究院、某某科技股份有限公司。",
                     "本文件主要起草人：张某某、李某某、王某某、赵某某、刘某某。"]
STANDARD_BODY = [  # (kind, style, text, whether a drawn paragraph follows the text in its block)
    ("heading", "clause", "1　范围", False),
    ("paragraph", "paragraph", "本文件提供了新质生产力发展水平评价的基本原则、评价内容、评价程序和结果应用等方面的指导。", False),
    ("paragraph", "paragraph", "本文件适用于各级人民政府及其有关部门、第三方机构开展区域新质生产力发展水平评价。", False),
    ("heading", "clause", "2　规范性引用文件", False),
    ("paragraph", "paragraph", "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应"
                               "的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。", False),
    ("list_item", "reference", "GB/T 4754　国民经济行业分类", False),
    ("list_item", "reference", "GB/T 23001　信息化和工业化融合管理体系　基础和术语", False),
    ("list_item", "reference", "GB/T 36073　数据管理能力成熟度评估模型", False),
    ("list_item", "reference", "GB/T 39116　智能制造能力成熟度模型", False),
    ("heading", "clause", "3　术语和定义", False),
    ("paragraph", "paragraph", "下列术语和定义适用于本文件。", False),
    ("heading", "term", "3.1　新质生产力　new quality productive forces", False),
    ("paragraph", "paragraph", "创新起主导作用，摆脱传统经济增长方式、生产力发展路径，具有高科技、高效能、高质量特征，符合新发展理念"
                               "的先进生产力质态。", False),
    ("footnote", "note", "注：新质生产力由技术革命性突破、生产要素创新性配置、产业深度转型升级而催生，以劳动者、劳动资料、劳动"
                         "对象及其优化组合的跃升为基本内涵，以全要素生产率大幅提升为核心标志。", False),
    ("heading", "term", "3.2　全要素生产率　total factor productivity", False),
    ("paragraph", "paragraph", "在各种要素投入水平既定的条件下所能达到的额外生产效率，反映技术进步、组织创新和要素配置优化等因素对产"
                               "出增长的贡献。", False),
    ("heading", "term", "3.3　战略性新兴产业　strategic emerging industries", False),
    ("paragraph", "paragraph", "以重大技术突破和重大发展需求为基础，对经济社会全局和长远发展具有重大引领带动作用，知识技术密集、物质资"
                               "源消耗少、成长潜力大、综合效益好的产业。", False),
    ("source_note", "source", "[来源：《战略性新兴产业分类（2018）》，有修改]", False),
    ("heading", "term", "3.4　未来产业　future industries", False),
    ("paragraph", "paragraph", "由前沿技术驱动，当前处于孕育萌发阶段或产业化初期，具有显著战略性、引领性、颠覆性和不确定性的前瞻性新"
                               "兴产业。", False),
    ("footnote", "note", "注：未来产业主要包括未来制造、未来信息、未来材料、未来能源、未来空间和未来健康等方向。", False),
    ("heading", "clause", "4　总体要求", False),
    ("paragraph", "numbered", "4.1　", True),
    ("paragraph", "numbered", "4.2　", True),
    ("paragraph", "numbered", "4.3　", True),
    ("heading", "clause", "5　评价内容", False),
    ("heading", "clause", "5.1　科技创新", False),
    ("paragraph", "paragraph", "", True),
    ("heading", "clause", "5.2　产业升级", False),
    ("paragraph", "paragraph", "", True),
    ("heading", "clause", "6　评价程序", False),
    ("paragraph", "numbered", "6.1　评价宜按以下步骤进行：", False),
    ("list_item", "item", "a)　确定评价对象、评价范围和评价周期；", False),
    ("list_item", "item", "b)　采集指标数据并进行标准化处理；", False),
    ("list_item", "item", "c)　计算各项指标得分和综合评价指数；", False),
    ("list_item", "item", "d)　形成评价报告并提出改进建议。", False),
    ("paragraph", "numbered", "6.2　评价结果宜以评价报告的形式呈现，评价报告宜包括评价对象、评价依据、评价过程、评价结果和改进建议"
                              "等内容。", False)]
STANDARD_PARAGRAPHS = sum(1 for *_, drawn in STANDARD_BODY if drawn)
STANDARD_ANNEX = [{"kind": "heading", "text": "附　录　A", "style": "annex"},
                  {"kind": "heading", "text": "（资料性）", "style": "annex_status"},
                  {"kind": "heading", "text": "新质生产力发展水平评价指标示例", "style": "annex_title"},
                  {"kind": "caption", "text": "表A.1　新质生产力发展水平评价指标", "style": "table_caption"},
                  {"kind": "table", "text": "", "cells": [["一级指标", "二级指标", "指标属性"],
                                                          ["科技创新", "研究与试验发展经费投入强度", "正向"],
                                                          ["产业升级", "战略性新兴产业增加值占比", "正向"],
                                                          ["要素配置", "数字经济核心产业增加值占比", "正向"],
                                                          ["绿色发展", "单位地区生产总值能耗", "逆向"],
                                                          ["开放合作", "高技术产品出口额占比", "正向"]]},
                  {"kind": "footnote", "text": "注：正向指标的数值越大评价越好，逆向指标的数值越小评价越好。", "style": "note"}]
STANDARD_CELL_WIDTHS = [32, 80, 32]  # mm
STANDARD_MARGIN_MM = 20
ROMAN = ("I", "II", "III")


def _standard_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, STANDARD_PARAGRAPHS))
    items = list(STANDARD_COVER) + [{"kind": "heading", "text": "前　　言", "style": "front_title"}]
    items += [{"kind": "paragraph", "text": text, "style": "paragraph"} for text in STANDARD_FOREWORD]
    items.append({"kind": "heading", "text": STANDARD_TITLE, "style": "body_title"})
    for kind, style, text, drawn_after in STANDARD_BODY:
        items.append({"kind": kind, "text": text + next(rest) if drawn_after else text, "style": style})
    return items + STANDARD_ANNEX


def _standard_markup(item: dict) -> str:
    """An item's markup: a term's number and term in bold before its English term, a sub-clause's number in bold."""
    if item.get("style") == "term":
        term, english = item["text"].rsplit("　", 1)
        return _bold_run_in(term, "　" + english)
    if item.get("style") == "numbered":
        number, text = item["text"].split("　", 1)
        return _bold_run_in(number, "　" + text)
    return _escaped(item["text"])


def typeset_standard(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    margin = STANDARD_MARGIN_MM * mm
    text_width = width - 2 * margin - 12  # less the frame's padding
    note_label, item_label = pdfmetrics.stringWidth("注：", font, 9), pdfmetrics.stringWidth("a)　", font, pt)
    styles = {"code": _styled(BOLD_FONT, "code", pt, 16),
              "cover_issuer": _styled(font, "cover_issuer", 26, 34, alignment=1, spaceBefore=24 * mm, spaceAfter=8),
              "cover_number": _styled(BOLD_FONT, "cover_number", 14, 20, alignment=2),
              "cover_title": _styled(BOLD_FONT, "cover_title", 24, 34, alignment=1, spaceBefore=48 * mm, spaceAfter=8),
              "cover_english": _styled(font, "cover_english", 13, 18, alignment=1),
              "dates": _styled(BOLD_FONT, "dates", 13, 18),
              "cover_body": _styled(BOLD_FONT, "cover_body", 16, 26, leftIndent=42 * mm),
              "front_title": _styled(BOLD_FONT, "front_title", 16, 24, alignment=1, spaceBefore=6, spaceAfter=18),
              "body_title": _styled(BOLD_FONT, "body_title", 16, 24, alignment=1, spaceBefore=6, spaceAfter=18),
              "clause": _styled(BOLD_FONT, "clause", pt, leading, spaceBefore=8, spaceAfter=4),
              "term": _styled(font, "term", pt, leading, spaceBefore=6, spaceAfter=2),
              "paragraph": _body_style(layout),
              "numbered": _styled(font, "numbered", pt, leading, alignment=4, spaceBefore=4),
              "reference": _styled(font, "reference", pt, leading, leftIndent=2 * pt),
              "item": _styled(font, "item", pt, leading, leftIndent=2 * pt + item_label, firstLineIndent=-item_label),
              "note": _styled(font, "note", 9, 14, leftIndent=2 * pt + note_label, firstLineIndent=-note_label,
                              alignment=4, spaceBefore=2, spaceAfter=2),
              "source": _styled(font, "source", pt, leading, firstLineIndent=2 * pt),
              "annex": _styled(BOLD_FONT, "annex", 12, 20, alignment=1),
              "annex_status": _styled(font, "annex_status", pt, leading, alignment=1),
              "annex_title": _styled(BOLD_FONT, "annex_title", 12, 20, alignment=1, spaceAfter=12),
              "table_caption": _styled(BOLD_FONT, "table_caption", pt, leading, alignment=1, spaceAfter=4)}
    _one_line_each([i for i in items if i["kind"] != "table"], styles, text_width, long=("paragraph", "footnote"))
    for item in items:
        if item["kind"] in ("paragraph", "footnote"):
            assert _last_line_has_word(_standard_markup(item), styles[item["style"]], text_width), item["text"]
    _word_table_cells_fit(STANDARD_ANNEX[4]["cells"], STANDARD_CELL_WIDTHS, font, 10)
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        style = item.get("style")
        k += 1
        if style == "dates":  # the two dates on one line, over a rule
            right = ParagraphStyle("dates_right", parent=styles[style], alignment=2)
            row = Table([[Paragraph(_escaped(item["text"]), styles[style]),
                          Paragraph(_escaped(items[k]["text"]), right)]], colWidths=[text_width / 2] * 2)
            row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            story += [Spacer(1, 82 * mm), row,
                      HRFlowable(width="100%", thickness=1, color=colors.black, spaceBefore=2, spaceAfter=8)]
            k += 1
            continue
        if style == "front_title":
            story += [NextPageTemplate("front"), PageBreak()]
        elif style == "body_title":
            story += [NextPageTemplate("body"), PageBreak()]
        elif style == "annex":
            story.append(PageBreak())
        if item["kind"] == "table":  # GB/T tables: full rules, the frame heavier, cells centred
            grid = Table(item["cells"], colWidths=[w * mm for w in STANDARD_CELL_WIDTHS])
            grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 10),
                                      ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                      ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
                                      ("BOX", (0, 0), (-1, -1), 1.2, colors.black)]))
            story += [grid, Spacer(1, 4)]
            continue
        paragraph = Paragraph(_standard_markup(item), styles[style])
        if style in ("clause", "term"):  # kept with the next two lines
            story.append(CondPageBreak(styles[style].spaceBefore + 3 * leading))
        story.append(paragraph)
        if style == "cover_number":
            story.append(HRFlowable(width="100%", thickness=1, color=colors.black, spaceBefore=2))
    story.append(HRFlowable(width="25%", thickness=0.8, color=colors.black, spaceBefore=24))  # the closing rule

    def edges(first: int, label):
        def draw(canvas, doc) -> None:  # the number top and the page number bottom, at the outer edge
            number = doc.page - first + 1
            canvas.saveState()
            canvas.setFont(BOLD_FONT, pt)
            _at_outer_edge(canvas, layout.header, height - 15 * mm, margin, number % 2 == 1)
            canvas.setFont(font, 9)
            _at_outer_edge(canvas, label(number), 12 * mm, margin, number % 2 == 1)
            canvas.restoreState()
        return draw

    frame = [Frame(margin, 22 * mm, width - 2 * margin, height - 47 * mm, id="body")]
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=layout.size)
    doc.addPageTemplates([PageTemplate("cover", frame),
                          PageTemplate("front", frame, onPage=edges(2, lambda n: ROMAN[n - 1])),
                          PageTemplate("body", frame, onPage=edges(3, str))])
    doc.build(story)
    assert doc.page == 5, doc.page
    return out.getvalue()


# 2. A CPPCC member's proposal (政协提案), set as a word-processed official document (GB/T 9704 measures: A4, 37 mm
# top, 28 mm left, 26 mm right, 35 mm bottom; body 16 pt on a 29 pt leading, 22 lines a page, first-line indent 2
# characters, justified). At the top of page 1, centred and red: the session `政协某某市第十四届委员会第三次会议` (20 pt;
# kind byline: the issuing body, as a notice's issuer mark) over `提　　案` (36 pt; kind heading, as a4_press_release's
# `新闻稿`) over a red 2 pt rule; then the form's grid (14 pt, black rules, labels centred): `提案号` / `第0128号` /
# `类别` / `经济建设`, `提案人` / `张某某` / `联系电话` / `138****5678`, `界别` / `经济界` / `工作单位` / `某某大学经济学院`
# (kind table_row each: no caption, no header row). Then `案由：关于…的提案` on one line (the label bold; kind title:
# the proposal's title), `理由：` (bold, flush left; kind heading) over 3 drawn paragraphs (001), `建议：` (bold;
# kind heading) over three numbered proposals, each a paragraph opening with its number and a lead sentence in bold
# (`1. 强化科技创新策源功能。` + a drawn paragraph; kind paragraph); the second's lead `2. …。建议抓好以下三项工作：`
# stands alone over three sub-items written here, `（1）…；` `（2）…；` `（3）…。`, set as the body (kind list_item each,
# label kept). At the end, as a document's signature: `提案人：张某某` (kind byline) centred over `2024年1月10日` (kind
# dateline), the date 4 characters from the right edge. The page number `— N —` (14 pt) at the bottom, a character
# in from the right edge on odd pages and from the left edge on even ones (GB/T 9704). 4 pages.
PROPOSAL_LAYOUT = Layout("a4_cppcc_proposal", FONT, A4, 16, 29, 2, 0, None, "— {page} —", ("001",))
PROPOSAL_HEAD = [{"kind": "byline", "text": "政协某某市第十四届委员会第三次会议", "style": "session"},
                 {"kind": "heading", "text": "提　　案", "style": "form"}]
PROPOSAL_FORM = [["提案号", "第0128号", "类别", "经济建设"], ["提案人", "张某某", "联系电话", "138****5678"],
                 ["界别", "经济界", "工作单位", "某某大学经济学院"]]
PROPOSAL_FORM_WIDTHS = [26, 44, 30, 56]  # mm: the text's width (156 mm)
PROPOSAL_TITLE = ("案由：", "关于加快发展新质生产力推动制造业转型升级的提案")  # (its bold label, the title)
PROPOSAL_REASONS = ("理由：", 3)  # (the head, drawn paragraphs under it)
PROPOSAL_ADVICE = "建议："
PROPOSAL_POINTS = [  # (the number and the bold lead, the lead-in after it or None for a drawn paragraph, sub-items)
    ("1. 强化科技创新策源功能。", None, []),
    ("2. 推动传统产业转型升级。", "建议抓好以下三项工作：",
     ["（1）实施新一轮工业技术改造专项行动，对企业智能化、绿色化改造项目给予贴息支持；",
      "（2）建设一批行业级工业互联网平台和数字化转型促进中心，降低中小企业数字化转型门槛；",
      "（3）完善首台（套）重大技术装备、首批次新材料保险补偿政策，加快创新产品推广应用。"]),
    ("3. 优化人才和金融要素保障。", None, [])]
PROPOSAL_SIGNATURE = [{"kind": "byline", "text": "提案人：张某某", "style": "signature"},
                      {"kind": "dateline", "text": "2024年1月10日", "style": "date"}]
PROPOSAL_PARAGRAPHS = PROPOSAL_REASONS[1] + sum(1 for _, lead_in, _ in PROPOSAL_POINTS if lead_in is None)
PROPOSAL_MARGINS_MM = (28, 26, 37, 35)  # left, right, top, bottom


def _proposal_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, PROPOSAL_PARAGRAPHS))
    label, title = PROPOSAL_TITLE
    items = list(PROPOSAL_HEAD) + [{"kind": "table", "text": "", "cells": PROPOSAL_FORM},
                                   {"kind": "title", "text": label + title, "lead": label, "style": "title"},
                                   {"kind": "heading", "text": PROPOSAL_REASONS[0]}]
    items += [{"kind": "paragraph", "text": next(rest)} for _ in range(PROPOSAL_REASONS[1])]
    items.append({"kind": "heading", "text": PROPOSAL_ADVICE})
    for lead, lead_in, subitems in PROPOSAL_POINTS:
        items.append({"kind": "paragraph", "text": lead + (next(rest) if lead_in is None else lead_in), "lead": lead})
        items += [{"kind": "list_item", "text": text} for text in subitems]
    return items + PROPOSAL_SIGNATURE


def typeset_proposal(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    left, right, top, bottom = (m * mm for m in PROPOSAL_MARGINS_MM)
    text_width = width - left - right - 12  # less the frame's padding
    date_right = 4 * pt  # the date 4 characters from the right edge, the signature centred over it
    signature_right = date_right + (pdfmetrics.stringWidth(PROPOSAL_SIGNATURE[1]["text"], font, pt)
                                    - pdfmetrics.stringWidth(PROPOSAL_SIGNATURE[0]["text"], font, pt)) / 2
    body = _body_style(layout)
    styles = {"session": _styled(font, "session", 20, 28, alignment=1, textColor=colors.red),
              "form": _styled(font, "form", 36, 46, alignment=1, textColor=colors.red, spaceBefore=4),
              "title": _styled(font, "title", pt, leading, spaceBefore=10, spaceAfter=4),
              "heading": _styled(BOLD_FONT, "heading", pt, leading, spaceBefore=4),
              "paragraph": body, "list_item": body,
              "signature": _styled(font, "signature", pt, leading, alignment=2, spaceBefore=2 * leading,
                                   rightIndent=signature_right),
              "date": _styled(font, "date", pt, leading, alignment=2, rightIndent=date_right)}
    assert signature_right >= 0
    _one_line_each([i for i in items if i["kind"] != "table"], styles, text_width, long=("paragraph", "list_item"))
    for item in items:
        if item["kind"] == "paragraph":
            assert _last_line_has_word(_bold_run_in(item.get("lead", ""), item["text"][len(item.get("lead", "")):]),
                                       body, text_width), item["text"]
    _word_table_cells_fit(PROPOSAL_FORM, PROPOSAL_FORM_WIDTHS, font, 14)
    story: list = []
    for item in items:
        if item["kind"] == "table":
            grid = Table(item["cells"], colWidths=[w * mm for w in PROPOSAL_FORM_WIDTHS])
            grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 14),
                                      ("LEADING", (0, 0), (-1, -1), 20), ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
                                      ("ALIGN", (0, 0), (0, -1), "CENTER"), ("ALIGN", (2, 0), (2, -1), "CENTER"),
                                      ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
            story += [HRFlowable(width="100%", thickness=2, color=colors.red, spaceBefore=4, spaceAfter=12), grid]
            continue
        style = styles[item.get("style", item["kind"])]
        lead = item.get("lead", "")
        paragraph = Paragraph(_bold_run_in(lead, item["text"][len(lead):]), style)
        story += [CondPageBreak(style.spaceBefore + 3 * leading), paragraph] if item["kind"] == "heading" \
            else [paragraph]

    def page_number(canvas, doc) -> None:  # GB/T 9704: a character in from the outer edge
        canvas.saveState()
        canvas.setFont(font, 14)
        _at_outer_edge(canvas, layout.footer.format(page=doc.page), bottom - 12 * mm,
                       (left if doc.page % 2 == 0 else right) + 14, doc.page % 2 == 1)
        canvas.restoreState()

    return _three_pages(layout, story, left, right, top, page_number, pages=4, bottom=bottom)


# 3. A Taiwan government agency's research report (Traditional, B5, 20 mm margins, 11 pt on a 19 pt leading,
# justified). The centred title `中國大陸推動「新質生產力」之政策發展與影響評估` (16 pt, bold; kind title), under it `大陸委員會經濟處` (kind byline)
# and the date in the Minguo calendar `中華民國113年5月` (kind dateline). The text numbered on five levels as Taiwan's
# official documents number it, each level a character further in: `壹、…` (13 pt, bold, at the margin), `一、…` (bold, 1
# character in), `(一)…` (2 characters in) (kind heading each, on a line of its own, kept with the next two lines),
# then points `1.…` (3 characters in) and `(1)…` (4 characters in), the lines after the label hanging under its text
# (kind list_item each, label kept; written here; one wraps). A drawn paragraph (000, 002) stands under a head with
# its lines at the head's text (after its label) and a first-line indent of 2 characters. Under `參、相關數據分析`, after its
# first paragraph and kept together: `表1　…` (10.5 pt, centred; kind caption), a grid of numbers (9 pt, grey rules,
# header row shaded, numbers right-aligned; kind table_row each, header row included: `項目` / `2021年` … `2023年` and
# four indicators written here) and `資料來源：…` (9 pt; kind source_note). The agency's name `大陸委員會` (9 pt) top right over
# a thin rule and `- N -` centred at the bottom on every page. 4 pages.
TW_LAYOUT = Layout("b5_trad_gov_report_tw", FONT, B5, 11, 19, 2, 0, "大陸委員會", "- {page} -", ("000", "002"))
TW_HEAD = [{"kind": "title", "text": "中國大陸推動「新質生產力」之政策發展與影響評估", "style": "title"},
           {"kind": "byline", "text": "大陸委員會經濟處", "style": "author"},
           {"kind": "dateline", "text": "中華民國113年5月", "style": "date"}]
TW_OUTLINE = [  # (level, label, text, drawn paragraphs under it): levels 0-2 heads, 3-4 points
    (0, "壹、", "前言", 2),
    (0, "貳、", "政策背景與主要內涵", 0),
    (1, "一、", "政策提出背景", 1),
    (1, "二、", "主要內涵", 0),
    (2, "(一)", "以科技創新為核心驅動", 1),
    (2, "(二)", "以產業升級為主要載體", 0),
    (3, "1.", "改造提升傳統產業：推動製造業高端化、智能化、綠色化發展。", 0),
    (3, "2.", "培育壯大新興產業：打造生物製造、商業航天、低空經濟等新增長引擎。", 0),
    (3, "3.", "前瞻佈局未來產業：開闢量子技術、生命科學等新賽道。", 0),
    (0, "參、", "相關數據分析", 2),
    (0, "肆、", "影響評估與因應建議", 0),
    (1, "一、", "對我國之可能影響", 1),
    (1, "二、", "因應建議", 0),
    (2, "(一)", "強化產業韌性與供應鏈安全", 0),
    (3, "1.", "持續推動「五大信賴產業」發展，鞏固半導體等關鍵產業優勢。", 0),
    (3, "2.", "協助企業分散市場風險，具體措施包括：", 0),
    (4, "(1)", "擴大新南向及歐美市場布局；", 0),
    (4, "(2)", "強化關鍵技術及營業秘密保護；", 0),
    (4, "(3)", "加強赴陸投資審查及風險評估。", 0),
    (2, "(二)", "密切掌握中國大陸政策動態", 1),
    (0, "伍、", "結語", 1)]
TW_PARAGRAPHS = sum(n for *_, n in TW_OUTLINE)
TW_TABLE_AFTER = ("參、", 0)  # (the head's label, its drawn paragraph the table follows, from 0)
TW_TABLE = {"caption": "表1　中國大陸研究與試驗發展經費投入概況", "source": "資料來源：中國大陸國家統計局，本會整理。",
            "widths": [64, 24, 24, 24],  # mm: the text's width (136 mm)
            "cells": [["項目", "2021年", "2022年", "2023年"],
                      ["研發經費（億元人民幣）", "27,956", "30,783", "33,357"],
                      ["研發經費投入強度（%）", "2.43", "2.56", "2.65"],
                      ["基礎研究經費（億元人民幣）", "1,817", "2,023", "2,259"],
                      ["高技術製造業增加值成長率（%）", "18.2", "7.4", "2.7"]]}
TW_MARGIN_MM = 20


def _tw_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, TW_PARAGRAPHS))
    items = list(TW_HEAD)
    for level, label, text, count in TW_OUTLINE:
        items.append({"kind": "heading" if level < 3 else "list_item", "text": label + text, "level": level,
                      "label": label})
        for k in range(count):
            items.append({"kind": "paragraph", "text": next(rest), "level": level, "label": label})
            if (label, k) == TW_TABLE_AFTER:
                items += [{"kind": "caption", "text": TW_TABLE["caption"], "style": "caption"},
                          {"kind": "table", "text": "", "cells": TW_TABLE["cells"]},
                          {"kind": "source_note", "text": TW_TABLE["source"], "style": "source_note"}]
    return items


def typeset_tw(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    margin = TW_MARGIN_MM * mm
    text_width = width - 2 * margin - 12  # less the frame's padding

    def label_width(label: str) -> float:
        return pdfmetrics.stringWidth(label, font, pt)

    def style_of(item: dict) -> ParagraphStyle:  # a head or point at its level's edge, a paragraph at its head's text
        level, label = item["level"], item["label"]
        if item["kind"] == "paragraph":
            return _styled(font, "paragraph", pt, leading, leftIndent=level * pt + label_width(label),
                           firstLineIndent=2 * pt, alignment=4)
        if item["kind"] == "list_item":
            return _styled(font, "point", pt, leading, leftIndent=level * pt + label_width(label) + 2,
                           bulletIndent=level * pt, bulletFontName=font, bulletFontSize=pt, alignment=4, spaceAfter=2)
        return _styled(BOLD_FONT if level < 2 else font, f"level{level}", 13 if level == 0 else pt,
                       22 if level == 0 else leading, leftIndent=level * pt, spaceBefore=8 if level == 0 else 4,
                       spaceAfter=2)

    styles = {"title": _styled(BOLD_FONT, "title", 16, 24, alignment=1, spaceAfter=6),
              "author": _styled(font, "author", pt, leading, alignment=1),
              "date": _styled(font, "date", pt, leading, alignment=1, spaceAfter=16),
              "caption": _styled(font, "caption", 10.5, 16, alignment=1, spaceBefore=6, spaceAfter=4),
              "source_note": _styled(font, "source_note", 9, 14, spaceBefore=3, spaceAfter=8)}
    widths = [w * mm for w in TW_TABLE["widths"]]
    assert abs(sum(widths) - text_width - 12) < 1 * mm
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        if item["kind"] == "caption":  # caption, grid and source note kept together
            for part in (item, items[k + 2]):
                assert _wrapped_lines(_escaped(part["text"]), styles[part["style"]], text_width) == 1, part["text"]
            story.append(KeepTogether([Paragraph(_escaped(item["text"]), styles["caption"]),
                                       _number_grid(TW_TABLE["cells"], widths, font),
                                       Paragraph(_escaped(items[k + 2]["text"]), styles["source_note"])]))
            k += 3
            continue
        if "level" in item:
            style = style_of(item)
            body = item["text"][len(item["label"]):] if item["kind"] == "list_item" else item["text"]
            if item["kind"] == "heading":
                assert _wrapped_lines(_escaped(body), style, text_width) == 1, body
            else:
                assert _last_line_has_word(_escaped(body), style, text_width), body
            bullet = item["label"] if item["kind"] == "list_item" else None
            paragraph = Paragraph(_escaped(body), style, bulletText=bullet)
            story += [CondPageBreak(style.spaceBefore + 3 * leading), paragraph] if item["kind"] == "heading" \
                else [paragraph]
        else:
            assert _wrapped_lines(_escaped(item["text"]), styles[item["style"]], text_width) == 1, item["text"]
            story.append(Paragraph(_escaped(item["text"]), styles[item["style"]]))
        k += 1
    return _three_pages(layout, story, margin, margin, 24 * mm, _report_edges(layout, margin), pages=4)


# 4. A journal's conference review (会议综述, A4, 18 mm margins, two columns 6 mm apart; 10 pt on a 16 pt leading,
# first-line indent 2 characters, justified), pages 153-155 of the issue. On page 1, across both columns: the title
# `“新质生产力与中国式现代化”学术研讨会综述` (18 pt, bold, centred; kind title) and the authors `王某某　李某某` (11 pt,
# centred; kind byline). Then in the columns: an opening paragraph written here (the meeting, its date and hosts), and
# three sections under heads `一、…` `二、…` `三、…` (11 pt, bold, flush left in the column; kind heading; kept with
# the next two lines) over four drawn paragraphs (001) each. Every drawn paragraph opens with its speaker, run in
# (`中国社会科学院经济研究所某某研究员指出，` + the paragraph, less an opening connective such as `首先，`; the last
# `与会专家一致认为，`), and in three of them a second speaker is run in after the first sentence (`…。某某大学某某教授
# 进一步指出，…`) (kind paragraph). At the end, flush right in the column, `（责任编辑：赵某）` (9 pt; kind byline). At
# the foot of page 1's left column, under a 20 mm rule, the authors' bio note `作者简介：…` (8 pt, the column's text
# width, 3 lines; drawn after the page's text; kind footnote, listed last in the gold). Drawn before each page's
# text: the journal's running head over a thin rule, `某某经济评论　2024年第5期` at the inner edge and the page number
# at the outer edge (9 pt). 3 pages, the last one's right column empty.
CONFERENCE_LAYOUT = Layout("a4_conference_summary_two_column", FONT, A4, 10, 16, 2, 0, "某某经济评论　2024年第5期", "{page}",
                           ("001",))
CONFERENCE_FIRST_PAGE = 153
CONFERENCE_HEAD = [{"kind": "title", "text": "“新质生产力与中国式现代化”学术研讨会综述", "style": "title"},
                   {"kind": "byline", "text": "王某某　李某某", "style": "authors"}]
CONFERENCE_OPENING = ("2024年4月20日，由《某某经济评论》编辑部与某某大学经济学院联合主办的“新质生产力与中国式现代化”学术研讨会在"
                      "北京举行。来自中国社会科学院、国务院发展研究中心和国内多所高校的60余位专家学者参加了会议。与会专家围绕新质"
                      "生产力的科学内涵、形成机制和实践路径等问题进行了深入研讨。现将会议主要观点综述如下。")
CONFERENCE_SECTIONS = [  # (the head, the speakers run in before its drawn paragraphs)
    ("一、新质生产力的科学内涵", ["中国社会科学院经济研究所某某研究员指出，", "某某大学经济学院张某某教授认为，",
                                 "中共中央党校（国家行政学院）某某教授强调，", "某某大学马克思主义学院李某某教授提出，"]),
    ("二、新质生产力的形成机制", ["国务院发展研究中心某某研究员指出，", "某某省社会科学院王某某研究员认为，",
                                 "某某财经大学刘某某教授分析指出，", "某某大学经济与管理学院赵某某副教授认为，"]),
    ("三、加快发展新质生产力的实践路径", ["某某大学国家发展研究院陈某某教授建议，", "某某研究院周某某研究员提出，",
                                         "某某大学公共管理学院吴某某教授强调，", "与会专家一致认为，"])]
CONFERENCE_FURTHER = {1: "某某大学经济学院孙某某教授进一步指出，", 6: "某某大学郑某某教授补充指出，",
                      9: "某某研究院冯某某研究员则认为，"}  # the drawn paragraphs (from 0) with a second speaker
CONFERENCE_PARAGRAPHS = sum(len(speakers) for _, speakers in CONFERENCE_SECTIONS)
CONFERENCE_EDITOR = {"kind": "byline", "text": "（责任编辑：赵某）", "style": "editor"}
CONFERENCE_BIO = ("作者简介：王某某，某某研究院副研究员，主要研究方向为产业经济学；李某某，某某大学经济学院博士研究生，主要研究方向"
                  "为政治经济学。")
CONFERENCE_CONNECTIVE = re.compile(r"^(首先|其次|再次|最后|当然|同时|此外|另外|因此|但是|然而|可以说|总之)，?")  # after a speaker
CONFERENCE_MARGIN_MM, CONFERENCE_GUTTER_MM = 18, 6


def _conference_items(drawn: list[str]) -> list[dict]:
    texts = _printed_whole(drawn, CONFERENCE_PARAGRAPHS)
    items = list(CONFERENCE_HEAD) + [{"kind": "paragraph", "text": CONFERENCE_OPENING}]
    rest = iter(enumerate(texts))
    for head, speakers in CONFERENCE_SECTIONS:
        items.append({"kind": "heading", "text": head})
        for speaker in speakers:
            n, text = next(rest)
            text = CONFERENCE_CONNECTIVE.sub("", text)
            if n in CONFERENCE_FURTHER:
                text = _aside_after_sentence(text, CONFERENCE_FURTHER[n])
                assert text, n
            items.append({"kind": "paragraph", "text": speaker + text})
    return items + [CONFERENCE_EDITOR]


def typeset_conference(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), leading = layout.font, layout.size, layout.leading
    margin, gutter = CONFERENCE_MARGIN_MM * mm, CONFERENCE_GUTTER_MM * mm
    column = (width - 2 * margin - gutter) / 2
    top, bottom = height - 22 * mm, 20 * mm
    styles = {"title": _styled(BOLD_FONT, "title", 18, 26, alignment=1, spaceAfter=6),
              "authors": _styled(font, "authors", 11, 18, alignment=1, spaceAfter=4),
              "heading": _styled(BOLD_FONT, "heading", 11, 18, spaceBefore=6, spaceAfter=3),
              "paragraph": _body_style(layout),
              "editor": _styled(font, "editor", 9, 14, alignment=2, spaceBefore=4),
              "bio": _styled(font, "bio", 8, 12, alignment=4)}
    head = [Paragraph(_escaped(item["text"]), styles[item["style"]]) for item in items[:2]]
    head_h = sum(p.wrap(width - 2 * margin - 12, height)[1] + p.getSpaceAfter() for p in head) + 12 + 8
    _one_line_each(items[:2], styles, width - 2 * margin - 12)
    _one_line_each(items[2:], styles, column - 12)
    bio = Paragraph(_escaped(CONFERENCE_BIO), styles["bio"])  # at the column's text (less the frame's padding)
    bio_h = bio.wrap(column - 12, height)[1]
    assert _wrapped_lines(_escaped(CONFERENCE_BIO), styles["bio"], column - 12) == 3
    assert _last_line_has_word(_escaped(CONFERENCE_BIO), styles["bio"], column - 12)
    story: list = head + [FrameBreak()]
    for item in items[2:]:
        story += _head_kept(item, styles, leading)

    def running_head(canvas, doc) -> None:  # the journal and its issue at the inner edge, the page number outer
        number = CONFERENCE_FIRST_PAGE + doc.page - 1
        canvas.saveState()
        canvas.setFont(font, 9)
        _at_outer_edge(canvas, str(number), height - 15 * mm, margin, number % 2 == 1)
        _at_outer_edge(canvas, layout.header, height - 15 * mm, margin, number % 2 == 0)
        canvas.setLineWidth(0.5)
        canvas.line(margin, height - 16.5 * mm, width - margin, height - 16.5 * mm)
        canvas.restoreState()

    def bio_note(canvas, doc) -> None:  # the authors' note at the foot of page 1's left column, after its text
        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.line(margin + 6, bottom + bio_h + 3 * mm, margin + 6 + 20 * mm, bottom + bio_h + 3 * mm)
        bio.drawOn(canvas, margin + 6, bottom)
        canvas.restoreState()

    def columns(frame_top: float, left_bottom: float = 0) -> list[Frame]:
        return [Frame(margin + c * (column + gutter), bottom + (left_bottom if c == 0 else 0), column,
                      frame_top - bottom - (left_bottom if c == 0 else 0), id=f"c{c + 1}") for c in range(2)]

    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=layout.size)
    doc.addPageTemplates([
        PageTemplate("first", [Frame(margin, top - head_h, width - 2 * margin, head_h, id="head")]
                     + columns(top - head_h, bio_h + 5 * mm), onPage=running_head, onPageEnd=bio_note,
                     autoNextPageTemplate="later"),
        PageTemplate("later", columns(top), onPage=running_head)])
    doc.build(story)
    assert doc.page == 3, doc.page
    return out.getvalue()


def eleventh_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 62 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (STANDARD_LAYOUT, STANDARD_PARAGRAPHS + 2, _standard_items, typeset_standard, _tables_gold),
            (PROPOSAL_LAYOUT, PROPOSAL_PARAGRAPHS + 2, _proposal_items, typeset_proposal, _tables_gold),
            (TW_LAYOUT, TW_PARAGRAPHS + 2, _tw_items, typeset_tw, _tables_gold),
            (CONFERENCE_LAYOUT, CONFERENCE_PARAGRAPHS + 2, _conference_items, typeset_conference,
             lambda items: _gold(items) + [{"kind": "footnote", "text": CONFERENCE_BIO}])):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- A twelfth batch of four held-out layouts, appended after the 66 above (their paragraphs come from the shared
# rng after those, so the 66 come out byte for byte as before). Text is escaped for ReportLab's markup; the gold keeps
# the text as printed, block by block (a bullet, a bold label or lead is layout, not text; page furniture is not in
# the gold). Each layout draws two paragraphs more than it sets and sets the first that the font prints whole
# (_printed_whole), but the abstracts booklet, which takes its short abstracts from a larger draw.

def _figure_cells(figures: list[tuple[str, str]], columns: int, width: float,
                  styles: dict[str, ParagraphStyle]) -> Table:
    """Key figures on a grid of `columns` cells a row, `width` wide in all, no rules: each cell a number over its
    label (styles `figure_number`, `figure_label`), each label asserted to fit its cell on one line."""
    cell = width / columns
    rows = []
    for k in range(0, len(figures), columns):
        row = []
        for number, label in figures[k:k + columns]:
            assert _wrapped_lines(_escaped(label), styles["figure_label"], cell - 12) == 1, label
            row.append([Paragraph(_escaped(number), styles["figure_number"]),
                        Paragraph(_escaped(label), styles["figure_label"])])
        rows.append(row)
    grid = Table(rows, colWidths=[cell] * columns)
    grid.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return grid


# 1. A listed company's announcement (上市公司公告) as the Shanghai exchange's template sets it (A4, a word processor's
# default margins, 31.8 mm left and right, 25.4 mm top and bottom; 12 pt on a 22 pt leading, first-line indent 2
# characters, justified). At the top, flush left, `证券代码：688999　　证券简称：某某科技　　公告编号：2024-008` (10.5 pt;
# kind byline: the filing's identifiers, as a notice's document number). The title on two centred lines, the company's
# name over `关于…的公告` (16 pt, bold, red; kind title: one block, the line break is the typesetter's). The board's
# statement in a framed box (bold, indented 2 characters; kind boilerplate: every announcement carries it word for
# word). `重要内容提示：` (bold, indented 2 characters; kind heading) over three points written here, `● ` at 2 characters
# in and the lines after it hanging under the text (kind list_item, the bullet not in the gold). A lead-in written here
# (kind paragraph), then heads `一、…` and `（一）…` (bold, indented 2 characters; kind heading; kept with the next two
# lines) over drawn paragraphs (001). Under `一、…`, after its paragraph and kept together: `公司2023年度主要经营数据如下：`
# (kind paragraph), the unit line `单位：万元　币种：人民币` right-aligned (9 pt; kind source_note, as
# a4_statistical_bulletin's unit lines), a grid of figures (9 pt; kind table_row each, header row included) whose two
# losses stand in parentheses (`(1,842.56)`; their change `不适用`), and `注：…` under it (9 pt; kind footnote, in place).
# Under `四、其他说明`, a risk paragraph written here. Then `特此公告。` (indented 2 characters; kind boilerplate), and
# right-aligned the signature `某某科技股份有限公司董事会` (kind byline) over the date (kind dateline). The page number
# centred at the bottom. 3 pages.
ANNOUNCEMENT_LAYOUT = Layout("a4_listed_company_announcement", FONT, A4, 12, 22, 2, 0, None, "{page}", ("001",))
ANNOUNCEMENT_COMPANY = "某某科技股份有限公司"
ANNOUNCEMENT_HEAD = [
    {"kind": "byline", "text": "证券代码：688999　　证券简称：某某科技　　公告编号：2024-008", "style": "codes"},
    {"kind": "title", "text": ANNOUNCEMENT_COMPANY + "关于2024年度“提质增效重回报”行动方案的公告", "style": "title"},
    {"kind": "boilerplate", "style": "statement",
     "text": "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和"
             "完整性依法承担法律责任。"},
    {"kind": "heading", "text": "重要内容提示：", "style": "heading"}]
ANNOUNCEMENT_FIGURES = [  # (item, 2023, 2022) in 万元, a loss in parentheses; the last row's shares are computed
    ("营业收入", "186,542.37", "152,318.64"), ("归属于上市公司股东的净利润", "12,356.81", "15,872.43"),
    ("扣除非经常性损益后的净利润", "(1,842.56)", "6,235.18"), ("经营活动产生的现金流量净额", "(8,621.47)", "10,456.92"),
    ("研发投入", "32,874.15", "25,613.08")]
ANNOUNCEMENT_SHARE = "研发投入占营业收入的比例(%)"
ANNOUNCEMENT_TABLE = {"lead": "公司2023年度主要经营数据如下：", "unit": "单位：万元　币种：人民币",
                      "header": ["项目", "2023年度", "2022年度", "增减变动幅度(%)"], "widths": [48, 30, 30, 34],  # mm
                      "note": "注：2023年度数据未经审计，最终数据以公司2023年年度报告披露的数据为准。"}
ANNOUNCEMENT_LEAD = ("为深入贯彻党的二十大和中央金融工作会议精神，落实国务院《关于进一步提高上市公司质量的意见》要求，积极响应上海证券"
                     "交易所《关于开展沪市公司“提质增效重回报”专项行动的倡议》，某某科技股份有限公司（以下简称“公司”）结合自身发展"
                     "战略和经营情况，制定了2024年度“提质增效重回报”行动方案。具体内容如下：")
ANNOUNCEMENT_OUTLINE = [  # (head, drawn paragraphs under it, what follows them)
    ("一、聚焦主营业务，加快发展新质生产力", 1, "figures"), ("二、坚持创新驱动，提升核心竞争力", 0, None),
    ("（一）持续加大研发投入", 1, None), ("（二）加快推进科技成果转化", 1, None),
    ("三、重视投资者回报，共享发展成果", 2, None), ("四、其他说明", 0, "risk")]
ANNOUNCEMENT_PARAGRAPHS = sum(n for _, n, _ in ANNOUNCEMENT_OUTLINE)
ANNOUNCEMENT_RISK = ("本行动方案是基于目前公司的实际情况作出的计划方案，不构成公司对投资者的实质承诺，未来可能会受到宏观政策调整、"
                     "行业发展、市场环境等因素的影响，存在一定的不确定性，敬请广大投资者理性投资，注意投资风险。")
ANNOUNCEMENT_TAIL = [{"kind": "boilerplate", "text": "特此公告。", "style": "closing"},
                     {"kind": "byline", "text": ANNOUNCEMENT_COMPANY + "董事会", "style": "signature"},
                     {"kind": "dateline", "text": "2024年2月28日", "style": "date"}]
ANNOUNCEMENT_BULLET = "●"
ANNOUNCEMENT_MARGINS_MM = (31.8, 25.4)  # left and right, top and bottom


def _announcement_cells() -> list[list[str]]:
    """The grid: the header, ANNOUNCEMENT_FIGURES with their change (`不适用` where a year is a loss), and the R&D
    share of revenue in both years with its change in percentage points."""
    cells = [ANNOUNCEMENT_TABLE["header"]]
    for label, now, before in ANNOUNCEMENT_FIGURES:
        cells.append([label, now, before, "不适用" if "(" in now + before else _change_pct(now, before)])
    (_, revenue, revenue_before), (_, rd, rd_before) = ANNOUNCEMENT_FIGURES[0], ANNOUNCEMENT_FIGURES[-1]
    shares = [(Decimal(a.replace(",", "")) / Decimal(b.replace(",", "")) * 100).quantize(Decimal("0.01"),
                                                                                      ROUND_HALF_UP)
              for a, b in ((rd, revenue), (rd_before, revenue_before))]
    cells.append([ANNOUNCEMENT_SHARE, str(shares[0]), str(shares[1]), f"增加{shares[0] - shares[1]}个百分点"])
    return cells


def _announcement_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, ANNOUNCEMENT_PARAGRAPHS))
    cells = _announcement_cells()
    revenue, rd, share = cells[1], cells[5], cells[6]
    points = ["为践行“以投资者为本”的理念，推动公司高质量发展和投资价值提升，公司制定了2024年度“提质增效重回报”行动方案。",
              f"2023年度，公司实现营业收入{revenue[1]}万元，同比增长{revenue[3]}%；研发投入{rd[1]}万元，同比增长{rd[3]}%，"
              f"占营业收入的比例为{share[1]}%。",
              "本行动方案不构成公司对投资者的实质承诺，敬请广大投资者理性投资，注意投资风险。"]
    items = list(ANNOUNCEMENT_HEAD) + [{"kind": "list_item", "text": p, "style": "point"} for p in points]
    items.append({"kind": "paragraph", "text": ANNOUNCEMENT_LEAD})
    for head, count, after in ANNOUNCEMENT_OUTLINE:
        items.append({"kind": "heading", "text": head, "style": "heading"})
        items += [{"kind": "paragraph", "text": next(rest)} for _ in range(count)]
        if after == "figures":
            items += [{"kind": "paragraph", "text": ANNOUNCEMENT_TABLE["lead"], "style": "table_lead"},
                      {"kind": "source_note", "text": ANNOUNCEMENT_TABLE["unit"], "style": "unit"},
                      {"kind": "table", "text": "", "cells": cells},
                      {"kind": "footnote", "text": ANNOUNCEMENT_TABLE["note"], "style": "note"}]
        elif after == "risk":
            items.append({"kind": "paragraph", "text": ANNOUNCEMENT_RISK})
    return items + ANNOUNCEMENT_TAIL


def typeset_announcement(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    side, top = (m * mm for m in ANNOUNCEMENT_MARGINS_MM)
    text_width = width - 2 * side - 12  # less the frame's padding
    hang = pdfmetrics.stringWidth(ANNOUNCEMENT_BULLET + " ", font, pt)
    styles = {"codes": _styled(font, "codes", 10.5, 16, spaceAfter=16),
              "title": _styled(BOLD_FONT, "title", 16, 26, alignment=1, textColor=colors.red, spaceAfter=12),
              "statement": _styled(BOLD_FONT, "statement", pt, leading, firstLineIndent=2 * pt, alignment=4),
              "heading": _styled(BOLD_FONT, "heading", pt, leading, firstLineIndent=2 * pt, spaceBefore=4),
              "point": _styled(font, "point", pt, leading, leftIndent=2 * pt + hang, firstLineIndent=-hang,
                               alignment=4),
              "paragraph": _body_style(layout), "table_lead": _body_style(layout),
              "unit": _styled(font, "unit", 9, 14, alignment=2, spaceBefore=4, spaceAfter=2),
              "note": _styled(font, "note", 9, 14, spaceBefore=3, spaceAfter=6),
              "closing": _styled(font, "closing", pt, leading, firstLineIndent=2 * pt, spaceBefore=6),
              "signature": _styled(font, "signature", pt, leading, alignment=2, spaceBefore=leading),
              "date": _styled(font, "date", pt, leading, alignment=2)}
    company, rest = ANNOUNCEMENT_COMPANY, items[1]["text"][len(ANNOUNCEMENT_COMPANY):]
    for line in (company, rest):
        assert _wrapped_lines(_escaped(line), styles["title"], text_width) == 1, line
    _one_line_each([i for i in items if i["kind"] not in ("table", "title")], styles, text_width,
                   long=("paragraph", "list_item", "boilerplate"))
    widths = [w * mm for w in ANNOUNCEMENT_TABLE["widths"]]
    assert sum(widths) <= text_width
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        style = item.get("style", item["kind"])
        k += 1
        if style == "title":
            story.append(Paragraph(f"{_escaped(company)}<br/>{_escaped(rest)}", styles[style]))
        elif style == "statement":  # framed, the width of the text
            paragraph = Paragraph(_escaped(item["text"]), styles[style])
            story += [_box([[paragraph]], text_width, colors.white), Spacer(1, 10)]
        elif style == "point":
            story.append(Paragraph(f"{ANNOUNCEMENT_BULLET} {_escaped(item['text'])}", styles[style]))
        elif style == "table_lead":  # the lead-in, the unit line, the grid and its note kept together
            unit, grid, note = items[k:k + 3]
            story.append(KeepTogether([Paragraph(_escaped(item["text"]), styles[style]),
                                       Paragraph(_escaped(unit["text"]), styles["unit"]),
                                       _number_grid(grid["cells"], widths, font),
                                       Paragraph(_escaped(note["text"]), styles["note"])]))
            k += 3
        else:
            story += _head_kept(item, styles, leading)
    return _three_pages(layout, story, side, side, top, bottom=top)


# 2. A Hong Kong government press release (新聞公報, Traditional, A4, 25 mm margins, 12 pt on a 21 pt leading,
# justified, no indent, a blank line's space (12 pt) after each paragraph, as the government's site prints it). The
# title flush left (14 pt, bold; kind title). Paragraphs written here and drawn (000, 002): three of the drawn ones are
# the Secretary's words in quotation marks, after `創新科技及工業局局長表示：`, `他續說：` and `局長最後表示：` (the
# quotation marks inside them turned to `『』`); two stand as reported text (kind paragraph each). A lead-in
# ending `包括：` over four points written here, `（一）…；` … `（三）…；及` `（四）…。`, set exactly as the paragraphs
# (kind list_item each, label kept). At the end the end mark `完` centred (kind boilerplate), then flush left and with no
# space between them `2024年3月5日（星期二）` and `香港時間16時30分` (kind dateline each). `- N -` centred at the bottom.
# 2 pages.
HK_PRESS_LAYOUT = Layout("a4_hk_press_release_trad", FONT, A4, 12, 21, 0, 12, None, "- {page} -", ("000", "002"))
HK_PRESS_TITLE = {"kind": "title", "text": "創新科技及工業局局長出席「新質生產力與香港新型工業化」論壇", "style": "title"}
HK_PRESS_BODY = [  # (kind, text written here, the drawn paragraph after it: None, "plain" or "quoted")
    ("paragraph", "創新科技及工業局局長今日（三月五日）出席由香港某某商會主辦的「新質生產力與香港新型工業化」論壇並致辭，介紹"
                  "特區政府推動新型工業化、發展新質生產力的最新工作。", None),
    ("paragraph", "創新科技及工業局局長表示：", "quoted"),
    ("paragraph", "", "plain"),
    ("paragraph", "他續說：", "quoted"),
    ("paragraph", "局長指出，特區政府正從多方面推動新型工業化，主要措施包括：", None),
    ("list_item", "（一）推出「新型工業化資助計劃」，以一比二配對形式資助生產商在港設立智能生產線，推動本地製造業轉型升級；",
     None),
    ("list_item", "（二）推行「新型工業化加速計劃」，資助具策略意義的先進製造業企業在港設立新的生產設施，帶動相關產業鏈發展；",
     None),
    ("list_item", "（三）加快推進新田科技城的規劃和建設，為創科產業提供發展空間；及", None),
    ("list_item", "（四）透過「產學研1+計劃」，支持大學科研團隊將研發成果轉化及產業化。", None),
    ("paragraph", "", "plain"),
    ("paragraph", "局長最後表示：", "quoted"),
    ("paragraph", "論壇吸引逾三百名業界代表、學者及政府官員參加。", None)]
HK_PRESS_DRAWN = sum(1 for *_, drawn in HK_PRESS_BODY if drawn)
HK_PRESS_TAIL = [{"kind": "boilerplate", "text": "完", "style": "end"},
                 {"kind": "dateline", "text": "2024年3月5日（星期二）", "style": "stamp"},
                 {"kind": "dateline", "text": "香港時間16時30分", "style": "stamp"}]
HK_INNER_QUOTES = str.maketrans("「」", "『』")  # quotation marks inside a quotation


def _hk_press_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, HK_PRESS_DRAWN))
    items = [HK_PRESS_TITLE]
    for kind, text, after in HK_PRESS_BODY:
        if after == "quoted":
            text += "「" + next(rest).translate(HK_INNER_QUOTES) + "」"
        elif after == "plain":
            text += next(rest)
        items.append({"kind": kind, "text": text})
    return items + HK_PRESS_TAIL


def typeset_hk_press(layout: Layout, items: list[dict]) -> bytes:
    font, pt, leading = layout.font, layout.body_pt, layout.leading
    margin = 25 * mm
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 14, 22, spaceAfter=14), "paragraph": body, "list_item": body,
              "end": _styled(font, "end", pt, leading, alignment=1, spaceBefore=6, spaceAfter=12),
              "stamp": _styled(font, "stamp", pt, leading)}
    text_width = layout.size[0] - 2 * margin - 12  # less the frame's padding
    _one_line_each(items, styles, text_width, long=("paragraph", "list_item"))
    points = [_escaped(item["text"]) for item in items if item["kind"] == "list_item"]
    assert [_wrapped_lines(p, body, text_width) for p in points] == [2, 2, 1, 1], points
    assert all(_last_line_has_word(p, body, text_width) for p in points), points
    story = [Paragraph(_escaped(item["text"]), styles[item.get("style", item["kind"])]) for item in items]
    return _three_pages(layout, story, margin, margin, 25 * mm, pages=2)


# 3. A conference's abstract booklet (会议论文摘要集, B5, 20 mm margins, 10 pt on a 16 pt leading), pages 23-26. Two
# sessions, each under its head `分论坛一　…` (13 pt, bold, centred, on a grey band; kind heading), then four short
# abstracts, each kept on one page: its title (12 pt, bold, centred; kind heading), its authors (10.5 pt, centred; kind
# byline) with their affiliation numbers raised (`王某某<super>1</super>，李某某<super>2</super>`; the gold keeps the
# numbers inline, `王某某1，李某某2`: they are the labels the affiliation line repeats; a single author has none), the
# affiliations in brackets (9 pt, centred; kind byline), `摘要：` (bold) run into a drawn paragraph of 120-300
# characters (001; justified, no indent; kind paragraph, label kept) and `关键词：` (bold) with four keywords written here
# (kind paragraph, label kept). A short centred rule under each abstract but a session's last. Drawn before
# each page's text: the conference's name centred at the top over a thin rule (9 pt) and the page number at the bottom
# outer edge. 4 pages.
ABSTRACTS_LAYOUT = Layout("b5_abstracts_booklet", FONT, B5, 10, 16, 0, 0,
                          "第三届新质生产力与高质量发展学术研讨会　论文摘要集", "{page}", ("001",))
ABSTRACTS_FIRST_PAGE = 23
ABSTRACTS = [  # (session head or None, title, authors [(name, affiliation numbers)], affiliations, keywords)
    ("分论坛一　新质生产力的理论逻辑", "新质生产力的理论渊源与时代内涵", [("王某某", "1"), ("李某某", "2")],
     "（1. 某某大学经济学院，北京 100872；2. 某某研究院，北京 100836）", "新质生产力；生产力理论；政治经济学；时代内涵"),
    (None, "数字经济赋能新质生产力的作用机制研究", [("张某某", "")], "（某某财经大学经济学院，上海 200433）",
     "数字经济；新质生产力；数据要素；作用机制"),
    (None, "新型生产关系与新质生产力的适配性分析", [("周某某", "1,2"), ("吴某某", "1")],
     "（1. 某某大学马克思主义学院，武汉 430072；2. 某某大学发展研究院，武汉 430072）",
     "新型生产关系；新质生产力；全面深化改革；适配性"),
    (None, "绿色发展与新质生产力：理论逻辑与实践进路", [("郑某某", "")], "（某某师范大学经济与管理学院，长沙 410081）",
     "绿色发展；新质生产力；生态文明；实践进路"),
    ("分论坛二　新质生产力的实践路径", "科技创新驱动新质生产力形成的实证检验", [("刘某某", "1"), ("陈某某", "1"), ("赵某某", "2")],
     "（1. 某某大学管理学院，天津 300072；2. 某某大学经济学院，天津 300071）", "科技创新；新质生产力；全要素生产率；面板数据"),
    (None, "新质生产力视域下传统产业转型升级路径", [("孙某某", "")], "（中共某某省委党校经济学教研部，济南 250014）",
     "传统产业；转型升级；新质生产力；数字化改造"),
    (None, "人才链与产业链融合支撑新质生产力发展研究", [("冯某某", "1"), ("褚某某", "2")],
     "（1. 某某大学公共管理学院，成都 610065；2. 某某市人才发展研究院，成都 610041）", "人才链；产业链；新质生产力；融合发展"),
    (None, "区域新质生产力发展水平测度及空间差异", [("卫某某", "1"), ("蒋某某", "1"), ("沈某某", "2")],
     "（1. 某某大学统计学院，厦门 361005；2. 某某省统计局，福州 350003）", "新质生产力；指标体系；空间差异；熵值法")]
ABSTRACTS_DRAWN = 40  # drawn, of which the first that the font prints whole and run ABSTRACT_LENGTH characters are set
ABSTRACT_LENGTH = (120, 300)
ABSTRACT_LABELS = ("摘要：", "关键词：")
ABSTRACTS_MARGIN_MM = 20


def _abstracts_items(drawn: list[str]) -> list[dict]:
    """The items, an abstract's own carrying its number (`abstract`); its authors' item the markup with the numbers
    raised."""
    low, high = ABSTRACT_LENGTH
    short = _printed_whole([text for text in drawn if low <= len(text) <= high], len(ABSTRACTS))
    items: list[dict] = []
    for n, ((session, title, authors, affiliations, keywords), text) in enumerate(zip(ABSTRACTS, short)):
        if session:
            items.append({"kind": "heading", "text": session, "style": "session"})
        names = "，".join(name + numbers for name, numbers in authors)
        raised = "，".join(name + (f"<super>{numbers}</super>" if numbers else "") for name, numbers in authors)
        items += [{"kind": "heading", "text": title, "style": "title", "abstract": n},
                  {"kind": "byline", "text": names, "style": "authors", "abstract": n, "markup": raised},
                  {"kind": "byline", "text": affiliations, "style": "affiliations", "abstract": n}]
        items += [{"kind": "paragraph", "text": label + body, "style": "front", "abstract": n, "label": label}
                  for label, body in zip(ABSTRACT_LABELS, (text, keywords))]
    return items


def typeset_abstracts(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    margin = ABSTRACTS_MARGIN_MM * mm
    text_width = width - 2 * margin - 12  # less the frame's padding
    styles = {"session": _styled(BOLD_FONT, "session", 13, 20, alignment=1),
              "title": _styled(BOLD_FONT, "title", 12, 18, alignment=1, spaceAfter=4),
              "authors": _styled(font, "authors", 10.5, 16, alignment=1),
              "affiliations": _styled(font, "affiliations", 9, 14, alignment=1, spaceAfter=6),
              "front": _styled(font, "front", pt, leading, alignment=4, spaceAfter=2)}

    def markup(item: dict) -> str:  # a bold label run in, raised affiliation numbers, or the text
        if "label" in item:
            return _bold_run_in(item["label"], item["text"][len(item["label"]):])
        return item.get("markup", _escaped(item["text"]))

    _one_line_each(items, styles, text_width)
    for item in items:
        if item["kind"] == "paragraph":
            assert _last_line_has_word(markup(item), styles["front"], text_width), item["text"]
    story: list = []
    groups = [list(group) for _, group in groupby(items, key=lambda i: i.get("abstract"))]
    for k, group in enumerate(groups):
        if "abstract" not in group[0]:  # a session's head on a grey band
            band = _box([[Paragraph(_escaped(group[0]["text"]), styles["session"])]], text_width,
                        colors.Color(0.9, 0.9, 0.9))
            band.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0, colors.white)]))
            story += [CondPageBreak(150), band, Spacer(1, 10)]
            continue
        abstract = [Paragraph(markup(item), styles[item["style"]]) for item in group]
        if k + 1 < len(groups) and "abstract" in groups[k + 1][0]:  # a short rule under it, before the session's next
            abstract.append(HRFlowable(width="30%", thickness=0.5, color=colors.grey, spaceBefore=12, spaceAfter=13))
        story += [KeepTogether(abstract), Spacer(1, 6)]

    def edges(canvas, doc) -> None:  # the conference's name over a rule, the page number at the outer edge
        number = ABSTRACTS_FIRST_PAGE + doc.page - 1
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(width / 2, height - 14 * mm, layout.header)
        canvas.setLineWidth(0.5)
        canvas.line(margin, height - 15.5 * mm, width - margin, height - 15.5 * mm)
        _at_outer_edge(canvas, layout.footer.format(page=number), 12 * mm, margin, number % 2 == 1)
        canvas.restoreState()

    return _three_pages(layout, story, margin, margin, 22 * mm, edges, pages=4, bottom=20 * mm)


# 4. A city government's work report (政府工作报告) as printed for the congress (A4, 28 mm left and 26 mm right, 30 mm
# top and bottom; 14 pt on a 26 pt leading, first-line indent 2 characters, justified). The centred title `政府工作报告`
# (26 pt; kind title), the occasion `——2024年1月16日在某某市第十七届人民代表大会第三次会议上` (14 pt, centred; kind byline)
# and `某某市市长　张某某` (centred; kind byline); `各位代表：` (indented as the body; kind paragraph) and an opening
# paragraph written here. Heads `一、2023年工作回顾` / `二、2024年工作安排` (15 pt, bold, indented 2 characters; kind heading,
# kept with the next two lines). Under the first, after a drawn paragraph, a framed, shaded callout box kept on a page:
# `数说2023` (12 pt, bold, dark red; kind heading) over six key figures on two rows of three, each a number (16 pt, bold,
# dark red) over its label (9 pt), centred (kind sidebar each: the number, a space and the label, as
# a4_esg_report_page's boxes). Six drawn paragraphs (001), four of them after a bold lead sentence run in
# (`科技创新能力持续增强。` + the paragraph; kind paragraph). `各位代表！` twice on a line of its own (indented as the
# body; kind paragraph), each over a paragraph written here. Two lists of points written here, each point opening with
# `——` at the first-line indent and its lines after it flush left, exactly as a paragraph (kind list_item each, the
# dash kept): five targets under `今年全市经济社会发展的主要预期目标是：` (one line each, ending `；`, the last `。`) and
# three measures (2 lines each) under `加快建设现代化产业体系。重点抓好三个方面：` (its first sentence bold; kind
# paragraph). Page number `— N —` centred at the bottom. 4 pages.
WORK_REPORT_LAYOUT = Layout("a4_gov_work_report_dashes", FONT, A4, 14, 26, 2, 0, None, "— {page} —", ("001",))
WORK_REPORT_SALUTATION = "各位代表！"
WORK_REPORT_HEAD = [{"kind": "title", "text": "政府工作报告", "style": "title"},
                    {"kind": "byline", "text": "——2024年1月16日在某某市第十七届人民代表大会第三次会议上", "style": "occasion"},
                    {"kind": "byline", "text": "某某市市长　张某某", "style": "speaker"},
                    {"kind": "paragraph", "text": "各位代表："},
                    {"kind": "paragraph", "text": "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。"}]
WORK_REPORT_FIGURES = ("数说2023", [("1.28万亿元", "地区生产总值"), ("5.6%", "地区生产总值增长"), ("3.12%", "研发经费投入强度"),
                                   ("6860家", "高新技术企业"), ("42.5%", "战略性新兴产业占比"), ("1.9万件", "发明专利授权量")])
WORK_REPORT_BODY = [  # (kind, text written here, "drawn": a drawn paragraph follows it, the text its bold lead; "lead":
    # the text's first sentence in bold; None)
    ("heading", "一、2023年工作回顾", None),
    ("paragraph", "", "drawn"),
    ("figures", "", None),
    ("paragraph", "科技创新能力持续增强。", "drawn"),
    ("paragraph", "产业转型升级步伐加快。", "drawn"),
    ("paragraph", WORK_REPORT_SALUTATION, None),
    ("paragraph", "这些成绩的取得，是全市人民团结奋斗的结果。在此，我代表市人民政府，向全市广大工人、农民、知识分子、干部和社会各界"
                  "人士，表示衷心的感谢！", None),
    ("heading", "二、2024年工作安排", None),
    ("paragraph", "", "drawn"),
    ("paragraph", "今年全市经济社会发展的主要预期目标是：", None),
    ("list_item", "——地区生产总值增长5.5%左右；", None),
    ("list_item", "——规模以上工业增加值增长6%左右；", None),
    ("list_item", "——全社会研发经费投入强度达到3.2%以上；", None),
    ("list_item", "——城镇新增就业12万人以上，调查失业率5.5%以内；", None),
    ("list_item", "——居民人均可支配收入增长与经济增长基本同步。", None),
    ("paragraph", "着力培育新质生产力。", "drawn"),
    ("paragraph", "加快建设现代化产业体系。重点抓好三个方面：", "lead"),
    ("list_item", "——做强先进制造业。实施重点产业链高质量发展行动，推动集成电路、生物医药、新能源汽车等产业集群发展；",
     None),
    ("list_item", "——做优现代服务业。推动生产性服务业向专业化和价值链高端延伸，加快发展工业设计、检验检测、科技服务等业态；",
     None),
    ("list_item", "——做实数字经济。深入实施“智改数转网联”行动，新增国家级智能制造示范工厂5家以上，培育一批工业互联网平台。",
     None),
    ("paragraph", "持续深化改革开放。", "drawn"),
    ("paragraph", WORK_REPORT_SALUTATION, None),
    ("paragraph", "新征程上，让我们坚定信心、真抓实干，加快发展新质生产力，奋力推动高质量发展，为全面建设社会主义现代化城市而努力"
                  "奋斗！", None)]
WORK_REPORT_PARAGRAPHS = sum(1 for *_, after in WORK_REPORT_BODY if after == "drawn")
WORK_REPORT_RED = colors.Color(0.7, 0.0, 0.0)
WORK_REPORT_MARGINS_MM = (28, 26, 30)  # left, right, top and bottom


def _work_report_items(drawn: list[str]) -> list[dict]:
    """The items, a paragraph with a bold lead sentence carrying it (`lead`)."""
    rest = iter(_printed_whole(drawn, WORK_REPORT_PARAGRAPHS))
    items = list(WORK_REPORT_HEAD)
    for kind, text, after in WORK_REPORT_BODY:
        if kind == "figures":
            title, figures = WORK_REPORT_FIGURES
            items.append({"kind": "heading", "text": title, "style": "box_title", "box": True})
            items += [{"kind": "sidebar", "text": f"{number} {label}", "figure": (number, label), "box": True}
                      for number, label in figures]
        elif after == "drawn":
            items.append({"kind": kind, "text": text + next(rest), **({"lead": text} if text else {})})
        elif after == "lead":
            items.append({"kind": kind, "text": text, "lead": text[:text.index("。") + 1]})
        else:
            items.append({"kind": kind, "text": text, "style": "heading" if kind == "heading" else "paragraph"})
    return items


def typeset_work_report(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    left, right, top = (m * mm for m in WORK_REPORT_MARGINS_MM)
    text_width = width - left - right - 12  # less the frame's padding
    body = _body_style(layout)
    styles = {"title": _styled(font, "title", 26, 36, alignment=1, spaceAfter=10),
              "occasion": _styled(font, "occasion", pt, leading, alignment=1),
              "speaker": _styled(font, "speaker", pt, leading, alignment=1, spaceAfter=14),
              "heading": _styled(BOLD_FONT, "heading", 15, leading, firstLineIndent=2 * 15, spaceBefore=6),
              "paragraph": body, "list_item": body,
              "box_title": _styled(BOLD_FONT, "box_title", 12, 18, alignment=1, textColor=WORK_REPORT_RED),
              "figure_number": _styled(BOLD_FONT, "figure_number", 16, 22, alignment=1, textColor=WORK_REPORT_RED),
              "figure_label": _styled(font, "figure_label", 9, 13, alignment=1)}
    _one_line_each([i for i in items if not i.get("box")], styles, text_width, long=("paragraph", "list_item"))
    points = [i["text"] for i in items if i["kind"] == "list_item"]
    assert [_wrapped_lines(_escaped(p), body, text_width) for p in points] == [1] * 5 + [2] * 3, points
    assert all(_last_line_has_word(_escaped(p), body, text_width) for p in points), points
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        if item.get("box"):  # the callout: its title over the figures, framed and shaded, kept on one page
            figures = [i["figure"] for i in items[k + 1:] if i.get("box")]
            box = _box([[Paragraph(_escaped(item["text"]), styles["box_title"])],
                        [_figure_cells(figures, 3, text_width - 16, styles)]], text_width,
                       colors.Color(0.98, 0.95, 0.92))
            story += [Spacer(1, 6), KeepTogether([box]), Spacer(1, 10)]
            k += 1 + len(figures)
            continue
        if "lead" in item:
            markup = _bold_run_in(item["lead"], item["text"][len(item["lead"]):])
            assert _last_line_has_word(markup, body, text_width), item["text"]
            story.append(Paragraph(markup, body))
        else:
            story += _head_kept(item, styles, leading)
        k += 1
    return _three_pages(layout, story, left, right, top, pages=4, bottom=top)


def twelfth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 66 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (ANNOUNCEMENT_LAYOUT, ANNOUNCEMENT_PARAGRAPHS + 2, _announcement_items, typeset_announcement, _tables_gold),
            (HK_PRESS_LAYOUT, HK_PRESS_DRAWN + 2, _hk_press_items, typeset_hk_press, _gold),
            (ABSTRACTS_LAYOUT, ABSTRACTS_DRAWN, _abstracts_items, typeset_abstracts, _gold),
            (WORK_REPORT_LAYOUT, WORK_REPORT_PARAGRAPHS + 2, _work_report_items, typeset_work_report, _gold)):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- A thirteenth batch of four held-out layouts, appended after the 70 above (their paragraphs come from the shared
# rng after those, so the 70 come out byte for byte as before). As in the twelfth batch, text is escaped for ReportLab's
# markup, the gold keeps the text as printed, block by block (a bold or coloured run is layout, not text; page furniture
# and images are not in the gold), and each layout draws two paragraphs more than it sets and sets the first that the
# font prints whole (_printed_whole).

def _key_sentence_marked(text: str, colour: str) -> str | None:
    """Markup: the paragraph with its second sentence (of 12 characters or more, not the last) in bold and `colour`, as
    a WeChat editor marks a key sentence; None where it has no such sentence."""
    ends = [m.end() for m in re.finditer(r"[。！？][”」]?", text)]
    if len(ends) < 3 or ends[1] - ends[0] < 12:
        return None
    start, end = ends[0], ends[1]
    return (_escaped(text[:start]) + f'<font name="{BOLD_FONT}" color="{colour}">{_escaped(text[start:end])}</font>'
            + _escaped(text[end:]))


# 1. A WeChat public-account article (公众号文章) printed to PDF from a desktop browser (Chrome's defaults: A4, the
# browser's header and footer in 8 pt, as a4_web_print; the article's column 160 mm wide, 25 mm margins). The title
# flush left (16.5 pt, bold; kind title), the article's meta line `原创　某某研究院　某某智库　2024年03月05日 08:00 北京`
# (10 pt, grey, the account's name in WeChat's link blue; kind byline), the editor's lead `【导读】` + a drawn paragraph
# (001) in a grey box, no border (10.5 pt, grey; kind sidebar). Body paragraphs 12 pt on a 21 pt leading, justified, no
# indent, 12 pt after each (a WeChat editor's blank line); an opening drawn paragraph, then three section heads
# `01　…` (13 pt, bold, blue, centred; kind heading, kept with the next two lines) over 3, 2 and 3 drawn paragraphs; in
# three paragraphs the second sentence stands in bold blue (kind paragraph, the text as printed). Two images (empty
# grey boxes as wide as the column, 80 mm high) each over its caption `▲ …（图源：…）` (9.5 pt, grey, centred; kind
# caption, the triangle kept: the editor typed it), kept together. At the end: `— END —` centred (kind boilerplate),
# `来源：某某研究院` (kind source_note), `编辑｜张某　审核｜李某` (kind byline) and `点击“阅读原文”了解更多` (link blue; kind
# boilerplate), 10 pt, flush left. 4 pages (the first image moves page 1's end up).
WECHAT_TITLE = "因地制宜发展新质生产力，这三点值得关注"
WECHAT_LAYOUT = Layout("a4_wechat_article_print", FONT, A4, 12, 21, 0, 12, ("2024/3/6 10:21", WECHAT_TITLE),
                       "https://mp.weixin.qq.com/s/7mQxK2bN9vR4tY8wZ1aLpA", ("001",))
WECHAT_ACCOUNT = "某某智库"
WECHAT_HEAD = [{"kind": "title", "text": WECHAT_TITLE, "style": "title"},
               {"kind": "byline", "text": f"原创　某某研究院　{WECHAT_ACCOUNT}　2024年03月05日 08:00 北京", "style": "meta"}]
WECHAT_LEAD_LABEL = "【导读】"
WECHAT_OUTLINE = [  # (section head or None, drawn paragraphs under it, the photo caption after the first n of them)
    (None, 1, {}),
    ("01　科技创新是发展新质生产力的核心要素", 3, {1: "▲ 2024年3月5日，十四届全国人大二次会议在北京人民大会堂开幕。（图源：新华社）"}),
    ("02　因地制宜，不搞“一哄而上”", 2, {}),
    ("03　以新质生产力赋能高质量发展", 3, {2: "▲ 某智能制造示范工厂的自动化生产线。（图源：视觉中国）"})]
WECHAT_PARAGRAPHS = 1 + sum(n for _, n, _ in WECHAT_OUTLINE)  # the lead, then the body
WECHAT_KEY_SENTENCES = (1, 4, 7)  # the body paragraphs (from 0) whose second sentence is bold (asserted)
WECHAT_TAIL = [{"kind": "boilerplate", "text": "— END —", "style": "end"},
               {"kind": "source_note", "text": "来源：某某研究院", "style": "credit"},
               {"kind": "byline", "text": "编辑｜张某　审核｜李某", "style": "credit"},
               {"kind": "boilerplate", "text": "点击“阅读原文”了解更多", "style": "more"}]
WECHAT_BLUE = "#1a5fb4"  # the section heads and key sentences
WECHAT_LINK = "#576b95"  # WeChat's link colour
WECHAT_GREY = colors.Color(0.53, 0.53, 0.53)
WECHAT_PHOTO_MM = 80
WECHAT_PAGES = 4


def _wechat_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, WECHAT_PARAGRAPHS))
    items = list(WECHAT_HEAD) + [{"kind": "sidebar", "text": WECHAT_LEAD_LABEL + next(rest), "style": "lead"}]
    body = 0
    for head, count, captions in WECHAT_OUTLINE:
        if head:
            items.append({"kind": "heading", "text": head, "style": "section"})
        for k in range(1, count + 1):
            text = next(rest)
            item = {"kind": "paragraph", "text": text}
            marked = _key_sentence_marked(text, WECHAT_BLUE) if body in WECHAT_KEY_SENTENCES else None
            if marked:
                item["marked"] = marked
            items.append(item)
            body += 1
            if k in captions:
                items.append({"kind": "caption", "text": captions[k], "style": "photo_caption"})
    assert sum("marked" in i for i in items) == len(WECHAT_KEY_SENTENCES), [i["text"][:20] for i in items]
    return items + WECHAT_TAIL


def typeset_wechat(layout: Layout, items: list[dict]) -> bytes:
    font, leading = layout.font, layout.leading
    margin = 25 * mm
    text_width = layout.size[0] - 2 * margin - 12  # less the frame's padding
    grey = dict(textColor=WECHAT_GREY)
    styles = {"title": _styled(BOLD_FONT, "title", 16.5, 24, spaceAfter=8),
              "meta": _styled(font, "meta", 10, 15, spaceAfter=14, **grey),
              "lead": _styled(font, "lead", 10.5, 19, alignment=4, **grey),
              "paragraph": _body_style(layout),
              "section": _styled(BOLD_FONT, "section", 13, 20, alignment=1, textColor=colors.HexColor(WECHAT_BLUE),
                                 spaceBefore=10, spaceAfter=12),
              "photo_caption": _styled(font, "photo_caption", 9.5, 14, alignment=1, spaceBefore=4, spaceAfter=16,
                                       **grey),
              "end": _styled(font, "end", 10, 16, alignment=1, spaceBefore=6, spaceAfter=14, **grey),
              "credit": _styled(font, "credit", 10, 17, **grey),
              "more": _styled(font, "more", 10, 17, spaceBefore=8, textColor=colors.HexColor(WECHAT_LINK))}
    _one_line_each([i for i in items if i["kind"] != "sidebar"], styles, text_width)
    for item in items:
        if "marked" in item:
            assert _last_line_has_word(item["marked"], styles["paragraph"], text_width), item["text"]
    meta = _escaped(items[1]["text"]).replace(WECHAT_ACCOUNT, f'<font color="{WECHAT_LINK}">{WECHAT_ACCOUNT}</font>')

    def story() -> list:
        flowables: list = []
        for item in items:
            style = item.get("style", item["kind"])
            if style == "lead":  # a grey box, no border
                flowables += [_box([[Paragraph(_escaped(item["text"]), styles[style])]], text_width,
                                   colors.Color(0.96, 0.96, 0.96), border=0), Spacer(1, 16)]
            elif style == "meta":
                flowables.append(Paragraph(meta, styles[style]))
            elif style == "photo_caption":
                flowables.append(KeepTogether([_photo(text_width, WECHAT_PHOTO_MM * mm),
                                               Paragraph(_escaped(item["text"]), styles[style])]))
            elif "marked" in item:
                flowables.append(Paragraph(item["marked"], styles["paragraph"]))
            else:
                flowables += _head_kept(item, styles, leading)
        return flowables

    pages = [0]
    for _ in range(2):  # the second pass knows the page count for `N/M`
        out = io.BytesIO()
        doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=margin, rightMargin=margin,
                                topMargin=18 * mm, bottomMargin=18 * mm)
        edges = _browser_edges(layout, pages)
        doc.build(story(), onFirstPage=edges, onLaterPages=edges)
        pages[0] = doc.page
    assert pages[0] == WECHAT_PAGES, pages
    return out.getvalue()


# 2. A book's preface (序言, B5, 20 mm margins, 10.5 pt on an 18 pt leading, first-line indent 2 characters, justified),
# the front matter's pages i-iii. It opens on a right-hand page, 30 mm lower than the others: `序　言` (20 pt, centred;
# kind heading). Then an opening paragraph written here, drawn paragraphs (001), a lead-in written here ending `：`
# (kind paragraph), a block quotation: a quote segment of the release (001, 120 characters or more, whole) set in 9.5
# pt on a 16 pt leading, indented 2 characters of the body on both sides with a first-line indent, no quotation marks,
# as books set a quotation that stands as a paragraph (kind quote); more drawn paragraphs, and two closing paragraphs
# written here (the book's plan, the thanks). At the end, right-aligned, the author's name (kind byline) over
# `2024年3月于北京` (kind dateline). Drawn before each page's text: from page ii on, the running head at the top outer edge
# over a thin rule (the book's title on even pages, `序　言` on odd ones), and the page number in lower-case roman
# numerals centred at the bottom. 3 pages.
PREFACE_HEADING = "序　言"
PREFACE_LAYOUT = Layout("b5_book_preface", FONT, B5, 10.5, 18, 2, 0, (PREFACE_HEADING, "新质生产力：理论逻辑与实践路径"),
                        "{page}", ("001",))
PREFACE_OPENING = ("2023年9月，习近平总书记在黑龙江考察调研期间首次提出“新质生产力”这一重大概念。此后，发展新质生产力先后写入中央经济"
                   "工作会议精神和政府工作报告，成为推动高质量发展的内在要求和重要着力点。如何准确把握新质生产力的科学内涵，如何因地"
                   "制宜加快发展新质生产力，是摆在理论界和实务界面前的重大课题。本书就是我们围绕这一课题开展研究的阶段性成果。")
PREFACE_QUOTE_LEAD = "本书的写作，始终以习近平总书记关于发展新质生产力的重要论述为根本遵循。总书记深刻指出："
PREFACE_CLOSING = ["全书共分八章。第一章至第三章着重阐述新质生产力的理论渊源、科学内涵和基本特征；第四章至第六章分别从科技创新、产业"
                   "升级和要素配置三个方面探讨发展新质生产力的实践路径；第七章和第八章结合典型地区和企业的案例，总结各地因地制宜发展"
                   "新质生产力的经验做法。",
                   "本书在写作过程中参阅了大量文献资料，吸收了学术界的最新研究成果，在此谨向有关作者表示衷心感谢。某某出版社的编辑同志"
                   "为本书的出版付出了辛勤劳动，一并致谢。由于水平有限，书中难免存在疏漏和不足之处，恳请读者批评指正。"]
PREFACE_SIGNATURE = [{"kind": "byline", "text": "王某某", "style": "signature"},
                     {"kind": "dateline", "text": "2024年3月于北京", "style": "date"}]
PREFACE_BEFORE_QUOTE, PREFACE_AFTER_QUOTE = 2, 5  # drawn paragraphs before the lead-in and after the quotation
PREFACE_PARAGRAPHS = PREFACE_BEFORE_QUOTE + PREFACE_AFTER_QUOTE
PREFACE_QUOTE_LENGTH = 120  # characters at least
PREFACE_MARGIN_MM = 20


def _preface_quote(release: Path, rng: random.Random) -> str:
    """A whole quote segment of the release (PREFACE_LAYOUT's sources) that ends a sentence, PREFACE_QUOTE_LENGTH
    characters or more."""
    pool = [text for text in _quotes(release, PREFACE_LAYOUT.sources)
            if len(text) >= PREFACE_QUOTE_LENGTH and _COMPLETE.search(text) and "•" not in text]
    return rng.choice(pool)


def _preface_items(drawn: list[str], quote: str) -> list[dict]:
    rest = iter(_printed_whole(drawn, PREFACE_PARAGRAPHS))
    items = [{"kind": "heading", "text": PREFACE_HEADING, "style": "chapter"},
             {"kind": "paragraph", "text": PREFACE_OPENING}]
    items += [{"kind": "paragraph", "text": next(rest)} for _ in range(PREFACE_BEFORE_QUOTE)]
    items += [{"kind": "paragraph", "text": PREFACE_QUOTE_LEAD}, {"kind": "quote", "text": quote, "style": "quote"}]
    items += [{"kind": "paragraph", "text": next(rest)} for _ in range(PREFACE_AFTER_QUOTE)]
    return items + [{"kind": "paragraph", "text": text} for text in PREFACE_CLOSING] + PREFACE_SIGNATURE


def typeset_preface(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    odd_head, even_head = layout.header
    margin = PREFACE_MARGIN_MM * mm
    text_width = width - 2 * margin - 12  # less the frame's padding
    styles = {"chapter": _styled(font, "chapter", 20, 28, alignment=1, spaceAfter=24),
              "paragraph": _body_style(layout),
              "quote": _styled(font, "quote", 9.5, 16, leftIndent=2 * pt, rightIndent=2 * pt, firstLineIndent=2 * 9.5,
                               alignment=4, spaceBefore=4, spaceAfter=8),
              "signature": _styled(font, "signature", pt, leading, alignment=2, spaceBefore=2 * leading),
              "date": _styled(font, "date", pt, leading, alignment=2)}
    _one_line_each(items, styles, text_width, long=("paragraph", "quote"))
    quote = next(i for i in items if i["kind"] == "quote")
    assert _wrapped_lines(_escaped(quote["text"]), styles["quote"], text_width) >= 4, quote["text"]
    assert _last_line_has_word(_escaped(quote["text"]), styles["quote"], text_width), quote["text"]

    def draw_page(canvas, page: int) -> None:  # the running head from page ii on, the roman number centred
        if page > 1:
            canvas.setLineWidth(0.4)
            canvas.line(margin, height - 15.5 * mm, width - margin, height - 15.5 * mm)
            _at_outer_edge(canvas, odd_head if page % 2 else even_head, height - 14 * mm, margin, page % 2 == 1)
        canvas.drawCentredString(width / 2, 12 * mm, layout.footer.format(page=ROMAN[page - 1].lower()))

    pdf, pages, _ = _build_noted_pages(layout, _noted_story_of(items, styles, leading), {}, str, 9, 4 * mm,
                                       (margin, 24 * mm, 22 * mm), draw_page, sink=30 * mm)
    assert pages == 3, pages
    return pdf


# 3. A think tank's policy brief (政策简报, A4, 25 mm margins, 11 pt on a 20 pt leading, first-line indent 2 characters,
# justified). At the top of page 1: the masthead line `某某研究院政策简报　2024年第7期（总第112期）` (14 pt, bold, red, flush
# left; kind byline: it names the series and the issue) over a red 1.5 pt rule; the title (17 pt, bold, centred; kind
# title) and `作者：王某某　李某某` (11 pt, centred; kind byline). A framed, shaded box: `内容提要` (11 pt, bold, centred;
# kind heading) over a drawn paragraph (001) in 10 pt (kind sidebar). Heads `一、…` / `二、…` / `三、政策建议` (12 pt, bold,
# flush left; kind heading, kept with the next two lines) over 3 and 2 drawn paragraphs and, under the third, a lead-in
# written here (kind paragraph) and five recommendations, each its number and a bold lead run into a drawn paragraph
# (`1. 强化企业科技创新主体地位。` + the paragraph; kind paragraph, as a4_cppcc_proposal's). At the end, under a thin rule,
# two lines in 9 pt, flush left: the contact line and the disclaimer (kind boilerplate each). `- N -` centred at the
# bottom. 3 pages.
POLICY_BRIEF_LAYOUT = Layout("a4_policy_brief_summary_box", FONT, A4, 11, 20, 2, 0, None, "- {page} -", ("001",))
POLICY_BRIEF_HEAD = [{"kind": "byline", "text": "某某研究院政策简报　2024年第7期（总第112期）", "style": "masthead"},
                     {"kind": "title", "text": "加快发展新质生产力　推动制造业高质量发展的政策建议", "style": "title"},
                     {"kind": "byline", "text": "作者：王某某　李某某", "style": "authors"}]
POLICY_BRIEF_SUMMARY = "内容提要"
POLICY_BRIEF_SECTIONS = [("一、我国新质生产力发展的基本态势", 3), ("二、当前面临的主要问题", 2), ("三、政策建议", 0)]
POLICY_BRIEF_ADVICE_LEAD = "为加快发展新质生产力、推动制造业高质量发展，提出以下建议："
POLICY_BRIEF_ADVICE = ["1. 强化企业科技创新主体地位。", "2. 加快传统产业转型升级。", "3. 前瞻布局未来产业。",
                       "4. 完善人才和金融要素保障。", "5. 营造良好创新生态。"]  # each run into a drawn paragraph
POLICY_BRIEF_PARAGRAPHS = 1 + sum(n for _, n in POLICY_BRIEF_SECTIONS) + len(POLICY_BRIEF_ADVICE)  # the summary first
POLICY_BRIEF_TAIL = [{"kind": "boilerplate", "text": "联系人：赵某某　电话：010-12345678　邮箱：policy@example.org.cn",
                      "style": "small"},
                     {"kind": "boilerplate", "text": "本简报观点仅代表作者个人，不代表所在单位意见。未经许可，请勿转载。",
                      "style": "small"}]
POLICY_BRIEF_RED = colors.Color(0.75, 0.0, 0.0)
POLICY_BRIEF_MARGIN_MM = 25


def _policy_brief_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, POLICY_BRIEF_PARAGRAPHS))
    items = list(POLICY_BRIEF_HEAD)
    items += [{"kind": "heading", "text": POLICY_BRIEF_SUMMARY, "style": "box_title", "box": True},
              {"kind": "sidebar", "text": next(rest), "style": "box_text", "box": True}]
    for head, count in POLICY_BRIEF_SECTIONS:
        items.append({"kind": "heading", "text": head})
        items += [{"kind": "paragraph", "text": next(rest)} for _ in range(count)]
    items.append({"kind": "paragraph", "text": POLICY_BRIEF_ADVICE_LEAD})
    items += [{"kind": "paragraph", "text": lead + next(rest), "lead": lead} for lead in POLICY_BRIEF_ADVICE]
    return items + POLICY_BRIEF_TAIL


def typeset_policy_brief(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    margin = POLICY_BRIEF_MARGIN_MM * mm
    text_width = width - 2 * margin - 12  # less the frame's padding
    body = _body_style(layout)
    styles = {"masthead": _styled(BOLD_FONT, "masthead", 14, 20, textColor=POLICY_BRIEF_RED),
              "title": _styled(BOLD_FONT, "title", 17, 26, alignment=1, spaceBefore=12, spaceAfter=6),
              "authors": _styled(font, "authors", pt, leading, alignment=1, spaceAfter=12),
              "box_title": _styled(BOLD_FONT, "box_title", pt, 18, alignment=1, spaceAfter=2),
              "box_text": _styled(font, "box_text", 10, 18, firstLineIndent=20, alignment=4),
              "heading": _styled(BOLD_FONT, "heading", 12, 20, spaceBefore=8, spaceAfter=4),
              "paragraph": body, "small": _styled(font, "small", 9, 14)}
    _one_line_each([i for i in items if not i.get("box")], styles, text_width)
    _one_line_each([i for i in items if i.get("box")], styles, text_width - 16, long=("sidebar",))
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        style = item.get("style", item["kind"])
        k += 1
        if item.get("box"):  # the summary box: its title over its paragraph, framed and shaded
            rows = [[Paragraph(_escaped(i["text"]), styles[i["style"]])] for i in (item, items[k])]
            story += [_box(rows, text_width, colors.Color(0.93, 0.95, 0.98)), Spacer(1, 10)]
            k += 1
        elif "lead" in item:
            markup = _bold_run_in(item["lead"], item["text"][len(item["lead"]):])
            assert _last_line_has_word(markup, body, text_width), item["text"]
            story.append(Paragraph(markup, body))
        elif item is POLICY_BRIEF_TAIL[0]:
            story += [HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceBefore=14, spaceAfter=4),
                      Paragraph(_escaped(item["text"]), styles[style])]
        else:
            story += _head_kept(item, styles, leading)
            if style == "masthead":
                story.append(HRFlowable(width="100%", thickness=1.5, color=POLICY_BRIEF_RED, spaceBefore=4,
                                        spaceAfter=6))
    return _three_pages(layout, story, margin, margin, 22 * mm)


# 4. An excerpt of a county's 14th five-year plan (“十四五”规划纲要, A4, 27 mm left and 26 mm right, 30 mm top, 28 mm
# bottom; 12 pt on a 22 pt leading, first-line indent 2 characters, justified), its pages 12-14. Chapter heads
# `第二章　…` / `第三章　…` (16 pt, bold, centred) and section heads `第一节　…` (13 pt, bold, centred) (kind heading each,
# kept with the next two lines) over drawn paragraphs (001); after the second section's, a lead-in written here (kind
# paragraph), then, kept together: `表1　“十四五”时期经济社会发展主要指标` (11 pt, bold, centred; kind caption), a grid
# as wide as the text (9.5 pt, black rules, every cell centred, the header row bold): `类别` / `指标` / `2020年` /
# `2025年` / `年均增长` / `属性` over 15 indicators written here in four groups, the group's name (`经济发展` …) in
# a cell merged down its rows (3 or 4), printed once and centred in it, wrapping to two lines of two characters in its
# narrow column (kind table_row each, header row included: the group's name in its first row's cell, the others'
# empty, as a spreadsheet keeps a merged cell); values such as `386.5`, `7.5左右`, `[0.65]` (five-year totals),
# `<5.5`, `—`, attributes `预期性` / `约束性`; and under the grid `注：…` (9 pt, 2 lines; kind footnote, in place). Page
# number `— N —` (12-14) centred at the bottom. 3 pages.
FYP_LAYOUT = Layout("a4_fyp_indicator_table", FONT, A4, 12, 22, 2, 0, None, "— {page} —", ("001",))
FYP_FIRST_PAGE = 12
FYP_OUTLINE = [  # (style, head, drawn paragraphs under it, what follows them)
    ("chapter", "第二章　“十四五”时期经济社会发展主要目标", 0, None),
    ("section", "第一节　二〇三五年远景目标", 2, None),
    ("section", "第二节　“十四五”时期主要目标", 2, "table"),
    ("chapter", "第三章　坚持创新驱动发展　加快培育新质生产力", 0, None),
    ("section", "第一节　强化企业科技创新主体地位", 3, None)]
FYP_PARAGRAPHS = sum(n for _, _, n, _ in FYP_OUTLINE)
FYP_TABLE_LEAD = ("锚定二〇三五年远景目标，综合考虑发展环境和发展条件，今后五年全县经济社会发展要努力实现以下主要目标，主要指标见"
                  "表1。")
FYP_TABLE = {"caption": "表1　“十四五”时期经济社会发展主要指标",
             "header": ["类别", "指标", "2020年", "2025年", "年均增长", "属性"],
             "widths": [12, 65, 17, 17, 23, 18.8],  # mm: the text's width
             "groups": [("经济发展", [("地区生产总值（亿元）", "386.5", "555", "7.5左右", "预期性"),
                                      ("全员劳动生产率（万元/人）", "11.2", "15.6", "6.9", "预期性"),
                                      ("常住人口城镇化率（%）", "52.3", "60", "[7.7]", "预期性")]),
                        ("创新驱动", [("研发经费投入强度（%）", "1.85", "2.5", "[0.65]", "预期性"),
                                      ("每万人口高价值发明专利拥有量（件）", "2.1", "6", "[3.9]", "预期性"),
                                      ("高新技术企业数（家）", "86", "200", "18.4", "预期性"),
                                      ("数字经济核心产业增加值占比（%）", "4.2", "8", "[3.8]", "预期性")]),
                        ("民生福祉", [("居民人均可支配收入（元）", "31260", "43800", "7左右", "预期性"),
                                      ("城镇调查失业率（%）", "5.2", "<5.5", "—", "预期性"),
                                      ("劳动年龄人口平均受教育年限（年）", "10.6", "11.3", "[0.7]", "约束性"),
                                      ("每千人口执业（助理）医师数（人）", "2.6", "3.2", "[0.6]", "预期性")]),
                        ("绿色生态", [("单位GDP能源消耗降低（%）", "—", "—", "[14]", "约束性"),
                                      ("单位GDP二氧化碳排放降低（%）", "—", "—", "[18]", "约束性"),
                                      ("森林覆盖率（%）", "38.6", "40", "[1.4]", "约束性"),
                                      ("空气质量优良天数比率（%）", "85.2", "87", "[1.8]", "约束性")])],
             "note": "注：①地区生产总值绝对数按当年价格计算，增长速度按可比价格计算。②[ ]内为五年累计数。③全员劳动生产率为地区"
                     "生产总值与从业人员之比。"}
FYP_CELL_PT = 9.5
FYP_MARGINS_MM = (27, 26, 30, 28)  # left, right, top, bottom


def _fyp_cells() -> tuple[list[list[str]], list[tuple[int, int]]]:
    """The grid's rows (a group's name in its first row, the cell empty below it) and each group's rows (first,
    last)."""
    cells, spans = [FYP_TABLE["header"]], []
    for group, rows in FYP_TABLE["groups"]:
        spans.append((len(cells), len(cells) + len(rows) - 1))
        cells += [[group if k == 0 else "", *row] for k, row in enumerate(rows)]
    return cells, spans


def _fyp_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, FYP_PARAGRAPHS))
    items: list[dict] = []
    for style, head, count, after in FYP_OUTLINE:
        items.append({"kind": "heading", "text": head, "style": style})
        items += [{"kind": "paragraph", "text": next(rest)} for _ in range(count)]
        if after == "table":
            items += [{"kind": "paragraph", "text": FYP_TABLE_LEAD},
                      {"kind": "caption", "text": FYP_TABLE["caption"], "style": "caption"},
                      {"kind": "table", "text": "", "cells": _fyp_cells()[0]},
                      {"kind": "footnote", "text": FYP_TABLE["note"], "style": "note"}]
    return items


def typeset_fyp(layout: Layout, items: list[dict]) -> bytes:
    font, width, leading = layout.font, layout.size[0], layout.leading
    left, right, top, bottom = (m * mm for m in FYP_MARGINS_MM)
    text_width = width - left - right - 12  # less the frame's padding
    styles = {"chapter": _styled(BOLD_FONT, "chapter", 16, 26, alignment=1, spaceBefore=10, spaceAfter=10),
              "section": _styled(BOLD_FONT, "section", 13, 22, alignment=1, spaceBefore=6, spaceAfter=6),
              "paragraph": _body_style(layout),
              "caption": _styled(BOLD_FONT, "caption", 11, 17, alignment=1, spaceBefore=6, spaceAfter=6),
              "note": _styled(font, "note", 9, 14, alignment=4, spaceBefore=4, spaceAfter=10)}
    _one_line_each([i for i in items if i["kind"] not in ("table", "footnote")], styles, text_width)
    note = _escaped(FYP_TABLE["note"])
    assert _wrapped_lines(note, styles["note"], text_width) == 2, note
    assert _last_line_has_word(note, styles["note"], text_width), note
    cells, spans = _fyp_cells()
    widths = [w * mm for w in FYP_TABLE["widths"]]
    assert abs(sum(widths) - text_width) < 1, (sum(widths), text_width)
    cell = _styled(font, "cell", FYP_CELL_PT, 14, alignment=1)
    head = _styled(BOLD_FONT, "head", FYP_CELL_PT, 14, alignment=1)
    for r, row in enumerate(cells):  # every cell on one line, but a group's name: two lines of two characters
        lines = _cells_wrap_evenly(row, widths, head if r == 0 else cell)
        assert lines == [1 if r == 0 else 2 if row[0] else 0] + [1] * (len(row) - 1), (row, lines)
    data = [[Paragraph(_escaped(c), head if r == 0 else cell) for c in row] for r, row in enumerate(cells)]
    grid = Table(data, colWidths=widths)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BOX", (0, 0), (-1, -1), 1, colors.black),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 3),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
                             + [("SPAN", (0, first), (0, last)) for first, last in spans]))
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        k += 1
        if item.get("style") == "caption":  # the caption, the grid and its note kept together
            story.append(KeepTogether([Paragraph(_escaped(item["text"]), styles["caption"]), grid,
                                       Paragraph(note, styles["note"])]))
            k += 2
        else:
            story += _head_kept(item, styles, leading)
    return _three_pages(layout, story, left, right, top, _furniture(layout, 14 * mm, first=FYP_FIRST_PAGE),
                        bottom=bottom)


def thirteenth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 70 others (their paragraphs drawn after theirs)."""
    _typeset_drawn(release, rng, gold, WECHAT_LAYOUT, WECHAT_PARAGRAPHS + 2, _wechat_items, typeset_wechat, _gold)
    layout = PREFACE_LAYOUT
    drawn = paragraphs(release, layout.sources, rng, PREFACE_PARAGRAPHS + 2)
    items = _preface_items(drawn, _preface_quote(release, rng))
    _extract(layout.name, typeset_preface(layout, items))
    gold.append({"layout": layout.name, "items": _gold(items)})
    for layout, drawn_count, make_items, typeset, to_gold in (
            (POLICY_BRIEF_LAYOUT, POLICY_BRIEF_PARAGRAPHS + 2, _policy_brief_items, typeset_policy_brief, _gold),
            (FYP_LAYOUT, FYP_PARAGRAPHS + 2, _fyp_items, typeset_fyp, _tables_gold)):
        _typeset_drawn(release, rng, gold, layout, drawn_count, make_items, typeset, to_gold)


# ---- A fourteenth batch of four held-out layouts, appended after the 74 above (their paragraphs come from the shared
# rng after those, so the 74 come out byte for byte as before). As in the batches before, text is escaped for
# ReportLab's markup, the gold keeps the text as printed, block by block (a bold label or a bullet is layout, not text;
# page furniture is not in the gold), and each layout draws two paragraphs more than it sets and sets the first that
# the font prints whole (_printed_whole). A text written here takes the next drawn paragraph where it holds `{}`.

def _filled(texts: list[str], rest) -> list[str]:
    """The texts written here, each `{}` in them filled with the next drawn paragraph of the iterator `rest`."""
    return [text.format(next(rest)) if "{}" in text else text for text in texts]


def _drawn_in(outline: list[tuple]) -> int:
    """How many drawn paragraphs an outline of (kind, label, texts) entries takes (its `{}`)."""
    return sum(text.count("{}") for *_, texts in outline for text in texts)


def _turn_items(outline: list[tuple], rest, label_apart: bool) -> list[dict]:
    """A transcript's items from its outline of (kind, the speaker's label or None, texts: _filled). A turn's label
    stands on a line of its own over its paragraphs (kind byline, style `speaker`) with `label_apart`, or else opens its
    first paragraph (`lead`: printed bold up to a bracketed marker such as `（譯文）`); other entries are items of their
    kind, a text each (style: their kind)."""
    items: list[dict] = []
    for kind, label, texts in outline:
        texts = _filled(texts, rest)
        if kind != "turn":
            items += [{"kind": kind, "text": text, "style": kind} for text in texts]
            continue
        first, *more = texts
        if label_apart:
            items += [{"kind": "byline", "text": label, "style": "speaker"}, {"kind": "paragraph", "text": first}]
        else:
            items.append({"kind": "paragraph", "text": label + first, "lead": label.split("（")[0]})
        items += [{"kind": "paragraph", "text": text} for text in more]
    return items


def _led(item: dict) -> str:
    """Markup: the item's text, its `lead` (if any) in bold."""
    lead = item.get("lead", "")
    return _bold_run_in(lead, item["text"][len(lead):]) if lead else _escaped(item["text"])


# 1. A ministry's press conference transcript (新闻发布会实录, A4, 26 mm margins, 11 pt on a 20 pt leading, first-line
# indent 2 characters, justified), as the ministry's site publishes it and a reader prints it from a word processor. The
# title (16 pt, bold, centred; kind title) over `时间：…　地点：…` (10.5 pt, centred; kind dateline). Then turns: each
# speaker's label on a line of its own, `国家发展改革委新闻发言人　李某某：`, `国家发展改革委副主任　刘某某：`,
# `中央广播电视总台央视记者：` … (bold, indented 2 characters, moved to the next page unless two lines fit under it;
# kind byline: it names the speaker, office and name, as a4_gov_work_report_dashes' `某某市市长　张某某`), then one or
# more paragraphs of the turn (kind paragraph): the host's words and the reporters' questions written here (two end
# `？`, two `？谢谢。`), the vice minister's introduction (its first sentence written here) and the answers drawn (001),
# an answer's first paragraph opening with a courtesy written here (`谢谢你的提问。` + a drawn paragraph). `- N -` centred
# at the bottom. 3 pages.
PRESSCONF_PAGES = 3
PRESSCONF_LAYOUT = Layout("a4_press_conference_transcript", FONT, A4, 11, 20, 2, 0, None, "- {page} -", ("001",))
PRESSCONF_HEAD = [{"kind": "title", "text": "国家发展改革委“加快发展新质生产力”专题新闻发布会实录", "style": "title"},
                  {"kind": "dateline", "text": "时间：2024年3月6日10:00　地点：国家发展改革委新闻发布厅", "style": "date"}]
PRESSCONF_HOST = "国家发展改革委新闻发言人　李某某："
PRESSCONF_VICE = "国家发展改革委副主任　刘某某："
PRESSCONF_DIRECTOR = "国家发展改革委高技术司司长　张某某："
PRESSCONF_TURNS = [  # (kind, the speaker's label, the turn's paragraphs: `{}` takes a drawn paragraph)
    ("turn", PRESSCONF_HOST, ["女士们、先生们，媒体朋友们，大家上午好！欢迎出席国家发展改革委新闻发布会。今天，我们邀请到国家发展改革委"
                              "副主任刘某某先生、高技术司司长张某某先生，请他们介绍加快发展新质生产力有关情况，并回答大家关心的问题。"
                              "首先，请刘某某副主任作介绍。"]),
    ("turn", PRESSCONF_VICE, ["各位媒体朋友，大家上午好！很高兴和大家见面。下面，我就加快发展新质生产力有关情况作简要介绍。", "{}",
                              "{}"]),
    ("turn", PRESSCONF_HOST, ["谢谢刘某某副主任的介绍。下面进入提问环节，提问前请通报一下所在的新闻机构。"]),
    ("turn", "中央广播电视总台央视记者：", ["今年的政府工作报告把“大力推进现代化产业体系建设，加快发展新质生产力”列为政府工作任务的"
                                          "首位。请问国家发展改革委下一步将如何推动这项工作落地见效？"]),
    ("turn", PRESSCONF_VICE, ["谢谢你的提问。{}", "{}"]),
    ("turn", "人民日报记者：", ["我们注意到，一些地方在发展新质生产力过程中出现了一哄而上、泡沫化的苗头。对此，国家发展改革委有什么"
                               "考虑？谢谢。"]),
    ("turn", PRESSCONF_DIRECTOR, ["谢谢您的提问。{}"]),
    ("turn", "经济日报记者：", ["在培育壮大新兴产业、前瞻布局未来产业方面，国家发展改革委今年将推出哪些具体举措？"]),
    ("turn", PRESSCONF_DIRECTOR, ["这个问题我来回答。{}", "{}"]),
    ("turn", "第一财经记者：", ["科技创新是发展新质生产力的核心要素。请问在促进科技成果转化、打通创新链产业链堵点方面，还有哪些新的"
                               "安排？谢谢。"]),
    ("turn", PRESSCONF_VICE, ["谢谢。{}"]),
    ("turn", PRESSCONF_HOST, ["由于时间关系，今天的新闻发布会就到这里。感谢几位发布人，也感谢各位媒体朋友。谢谢大家！"])]
PRESSCONF_PARAGRAPHS = _drawn_in(PRESSCONF_TURNS)
PRESSCONF_MARGIN_MM = 26


def _press_conference_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, PRESSCONF_PARAGRAPHS))
    return list(PRESSCONF_HEAD) + _turn_items(PRESSCONF_TURNS, rest, label_apart=True)


def typeset_press_conference(layout: Layout, items: list[dict]) -> bytes:
    font, pt, leading = layout.font, layout.body_pt, layout.leading
    margin = PRESSCONF_MARGIN_MM * mm
    text_width = layout.size[0] - 2 * margin - 12  # less the frame's padding
    styles = {"title": _styled(BOLD_FONT, "title", 16, 26, alignment=1, spaceAfter=6),
              "date": _styled(font, "date", 10.5, 18, alignment=1, spaceAfter=16),
              "speaker": _styled(BOLD_FONT, "speaker", pt, leading, firstLineIndent=2 * pt, spaceBefore=4),
              "paragraph": _body_style(layout)}
    _one_line_each(items, styles, text_width)
    story = [flowable for item in items for flowable in _head_kept(item, styles, leading, kept=("byline",))]
    return _three_pages(layout, story, margin, margin, 25 * mm, pages=PRESSCONF_PAGES)


# 2. A university course's lesson plan (教案, A4, a word processor's default margins, 31.8 mm left and right, 25.4 mm top
# and bottom; 12 pt on a 22 pt leading, first-line indent 2 characters, justified), as a teacher fills the school's
# template. The title
# `《马克思主义政治经济学》课程教案` (18 pt, bold, centred; kind title), then a grid of course information as wide as the
# text, four rows of a label and a value twice (`课程名称` / `马克思主义政治经济学` / `授课教师` / `王某某` …; 10.5 pt, black
# rules, the label cells shaded and centred; kind table_row each: a form, no header row or caption, as
# a4_cppcc_proposal's). Sections `一、教学目标` … `六、教学反思` (12 pt, bold, flush left; kind heading, kept with the next
# two lines): three goals `1. 知识目标：…；` … set as the body (kind list_item, number kept); `教学重点：…` and `教学难点：…`
# with their labels bold and run in (kind paragraph, label kept); a paragraph on methods; under `四、教学过程` four timed
# steps `（一）导入（5分钟）` … `（四）课堂小结（10分钟）` (bold, indented 2 characters; kind heading) over paragraphs written
# here and drawn (001), among them `讨论题：…？` and `教师点评：` + a drawn paragraph (labels bold, run in; kind
# paragraph); `五、课后作业` over three numbered tasks set as the body (kind list_item, number kept); a reflection
# written here. The school's `某某大学教案` (9 pt) top right over a thin rule, `第 N 页` centred at the bottom. 3 pages.
LESSON_LAYOUT = Layout("a4_lesson_plan", FONT, A4, 12, 22, 2, 0, "某某大学教案", "第 {page} 页", ("001",))
LESSON_TITLE = {"kind": "title", "text": "《马克思主义政治经济学》课程教案", "style": "title"}
LESSON_FORM = [["课程名称", "马克思主义政治经济学", "授课教师", "王某某"],
               ["授课对象", "经济学专业2022级本科生", "授课学时", "2学时（90分钟）"],
               ["授课章节", "第八讲　新质生产力", "授课方式", "讲授、课堂讨论"],
               ["授课时间", "2024年4月15日", "授课地点", "文科楼A301"]]
LESSON_FORM_WIDTHS = [22, 49, 22, 49]  # mm: the text's width, less the frame's padding
LESSON_FORM_PT = 10.5
LESSON_LABEL_FILL = colors.Color(0.92, 0.92, 0.92)
LESSON_OUTLINE = [  # (style, text: `{}` takes a drawn paragraph); a `labelled` paragraph's label (to its `：`) is bold
    ("section", "一、教学目标"),
    ("point", "1. 知识目标：理解新质生产力的提出背景、科学内涵和基本特征，掌握新质生产力与传统生产力的主要区别；"),
    ("point", "2. 能力目标：能够运用马克思主义生产力理论分析我国发展新质生产力的实践，提高理论联系实际的能力；"),
    ("point", "3. 素养目标：增强对中国式现代化道路的认同，树立服务科技自立自强的责任意识。"),
    ("section", "二、教学重点与难点"),
    ("labelled", "教学重点：新质生产力的科学内涵、核心标志和基本特征。"),
    ("labelled", "教学难点：新质生产力与新型生产关系的辩证关系；如何因地制宜发展新质生产力。"),
    ("section", "三、教学方法与手段"),
    ("paragraph", "采用讲授法、案例教学法和小组讨论法相结合的教学方法，运用多媒体课件、视频资料和网络教学平台开展线上线下混合式"
                  "教学，引导学生在问题探究中深化对理论的理解。"),
    ("section", "四、教学过程"),
    ("step", "（一）导入（5分钟）"),
    ("paragraph", "播放纪录片《大国重器》片段，展示我国在高端装备、新能源汽车、人工智能等领域取得的突破。提出问题：这些成就背后"
                  "体现了生产力发展的哪些新变化？由此导入本讲主题。"),
    ("step", "（二）讲授新课（55分钟）"),
    ("paragraph", "{}"), ("paragraph", "{}"), ("paragraph", "{}"),
    ("step", "（三）课堂讨论（20分钟）"),
    ("labelled", "讨论题：结合所在省份的产业基础和资源禀赋，谈谈应当如何因地制宜发展新质生产力？"),
    ("labelled", "教师点评：{}"),
    ("step", "（四）课堂小结（10分钟）"),
    ("paragraph", "{}"),
    ("section", "五、课后作业"),
    ("point", "1. 阅读《求是》杂志2024年第11期刊发的《发展新质生产力是推动高质量发展的内在要求和重要着力点》一文，撰写不少于"
              "1500字的读书报告；"),
    ("point", "2. 以小组为单位，调研本地一家高新技术企业，分析其培育新质生产力的主要做法与成效；"),
    ("point", "3. 预习第九讲“新型生产关系与全面深化改革”。"),
    ("section", "六、教学反思"),
    ("paragraph", "本讲以问题为导向组织教学，学生对新质生产力的内涵和特征理解较好，课堂讨论较为热烈。但部分学生对新质生产力与新型"
                  "生产关系之间的关系把握还不够深入，今后应进一步增加案例分析和课堂互动环节。")]
LESSON_KINDS = {"section": "heading", "step": "heading", "point": "list_item", "labelled": "paragraph",
                "paragraph": "paragraph"}
LESSON_PARAGRAPHS = sum(text.count("{}") for _, text in LESSON_OUTLINE)
LESSON_MARGINS_MM = (31.8, 25.4)  # left and right, top and bottom


def _lesson_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, LESSON_PARAGRAPHS))
    items = [LESSON_TITLE, {"kind": "table", "text": "", "cells": LESSON_FORM}]
    for style, text in LESSON_OUTLINE:
        item = {"kind": LESSON_KINDS[style], "text": _filled([text], rest)[0], "style": style}
        if style == "labelled":
            item["lead"] = text[:text.index("：") + 1]
        items.append(item)
    return items


def typeset_lesson(layout: Layout, items: list[dict]) -> bytes:
    font, pt, leading = layout.font, layout.body_pt, layout.leading
    side, top = (m * mm for m in LESSON_MARGINS_MM)
    text_width = layout.size[0] - 2 * side - 12  # less the frame's padding
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 18, 28, alignment=1, spaceAfter=12),
              "section": _styled(BOLD_FONT, "section", pt, leading, spaceBefore=8),
              "step": _styled(BOLD_FONT, "step", pt, leading, firstLineIndent=2 * pt, spaceBefore=2),
              "point": body, "labelled": body, "paragraph": body}
    _one_line_each([i for i in items if i["kind"] != "table"], styles, text_width, long=("paragraph", "list_item"))
    for item in items:
        if item["kind"] in ("paragraph", "list_item"):
            assert _last_line_has_word(_led(item), body, text_width), item["text"]
    widths = [w * mm for w in LESSON_FORM_WIDTHS]
    assert sum(widths) <= text_width
    _word_table_cells_fit(LESSON_FORM, LESSON_FORM_WIDTHS, font, LESSON_FORM_PT)
    story: list = []
    for item in items:
        if item["kind"] == "table":  # the form: label cells shaded and centred, values flush left
            grid = Table(item["cells"], colWidths=widths)
            labels = [command for column in (0, 2)
                      for command in (("BACKGROUND", (column, 0), (column, -1), LESSON_LABEL_FILL),
                                      ("ALIGN", (column, 0), (column, -1), "CENTER"))]
            grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font),
                                      ("FONTSIZE", (0, 0), (-1, -1), LESSON_FORM_PT), ("LEADING", (0, 0), (-1, -1), 16),
                                      ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
                                      ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                                      *labels]))
            story += [grid, Spacer(1, 6)]
        elif "lead" in item:
            story.append(Paragraph(_led(item), styles[item["style"]]))
        else:
            story += _head_kept(item, styles, leading)
    return _three_pages(layout, story, side, side, top, _report_edges(layout, side), bottom=top)


# 3. A news agency's wire story (新华社电讯) as printed from the agency's site through a word processor (A4, 25 mm
# margins, 11 pt on a 20 pt leading, first-line indent 2 characters, justified). The title (18 pt, bold, centred; kind
# title), the subtitle `——代表委员热议加快发展新质生产力` (13 pt, centred; kind heading: a second line of the headline, as
# a4_three_column_newspaper's), the site's time and source line `2024-03-05 21:36:18　来源：新华社` (9 pt, grey, centred;
# kind dateline) over a thin grey rule. Then the story (kind paragraph each): the lead opens with the dateline run in,
# `新华社北京3月5日电（记者王某某、李某某）` + a drawn paragraph (001); drawn paragraphs; one paragraph quotes an expert,
# `中国宏观经济研究院研究员赵某某在接受记者采访时表示：“` + a drawn paragraph + `”` (its own quotation marks turned to
# `‘’`). At the end, right-aligned in 10 pt, `【纠错】` (kind boilerplate: the site's link for reporting an error) and
# `【责任编辑：孙某某】` (kind byline, as a4_conference_summary_two_column's `（责任编辑：赵某）`); then `相关阅读` (bold;
# kind heading) over two headlines, each after a `· ` (10.5 pt; kind list_item, the dot not in the gold: it is the
# list's bullet). `第 N 页 共 2 页` centred at the bottom. 2 pages.
WIRE_PAGES = 2
WIRE_LAYOUT = Layout("a4_xinhua_wire_story", FONT, A4, 11, 20, 2, 0, None, f"第 {{page}} 页 共 {WIRE_PAGES} 页", ("001",))
WIRE_HEAD = [{"kind": "title", "text": "新质生产力成为两会高频热词　各地因地制宜谋发展", "style": "title"},
             {"kind": "heading", "text": "——代表委员热议加快发展新质生产力", "style": "subtitle"},
             {"kind": "dateline", "text": "2024-03-05 21:36:18　来源：新华社", "style": "meta"}]
WIRE_BODY = ["新华社北京3月5日电（记者王某某、李某某）{}", "{}", "{}", "{}",
             "中国宏观经济研究院研究员赵某某在接受记者采访时表示：“{}”", "{}", "{}"]  # `{}` takes a drawn paragraph
WIRE_INNER_QUOTES = str.maketrans("“”", "‘’")  # quotation marks inside the expert's quotation
WIRE_TAIL = [{"kind": "boilerplate", "text": "【纠错】", "style": "tail"},
             {"kind": "byline", "text": "【责任编辑：孙某某】", "style": "tail"},
             {"kind": "heading", "text": "相关阅读", "style": "related_head"},
             {"kind": "list_item", "text": "习近平在参加江苏代表团审议时强调　因地制宜发展新质生产力", "style": "related"},
             {"kind": "list_item", "text": "政府工作报告提出大力推进现代化产业体系建设　加快发展新质生产力", "style": "related"}]
WIRE_BULLET = "·"
WIRE_PARAGRAPHS = sum(text.count("{}") for text in WIRE_BODY)
WIRE_GREY = colors.Color(0.45, 0.45, 0.45)
WIRE_MARGIN_MM = 25


def _wire_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, WIRE_PARAGRAPHS))
    body = [template.format(next(rest).translate(WIRE_INNER_QUOTES) if "“{}”" in template else next(rest))
            for template in WIRE_BODY]
    return list(WIRE_HEAD) + [{"kind": "paragraph", "text": text} for text in body] + WIRE_TAIL


def typeset_wire(layout: Layout, items: list[dict]) -> bytes:
    font, pt, leading = layout.font, layout.body_pt, layout.leading
    margin = WIRE_MARGIN_MM * mm
    text_width = layout.size[0] - 2 * margin - 12  # less the frame's padding
    styles = {"title": _styled(BOLD_FONT, "title", 18, 28, alignment=1, spaceAfter=4),
              "subtitle": _styled(font, "subtitle", 13, 20, alignment=1, spaceAfter=8),
              "meta": _styled(font, "meta", 9, 14, alignment=1, textColor=WIRE_GREY),
              "paragraph": _body_style(layout),
              "tail": _styled(font, "tail", 10, 16, alignment=2, textColor=WIRE_GREY),
              "related_head": _styled(BOLD_FONT, "related_head", pt, 18, spaceBefore=18, spaceAfter=4),
              "related": _styled(font, "related", 10.5, 18)}
    _one_line_each(items, styles, text_width)
    story: list = []
    for item in items:
        if item["kind"] == "list_item":
            story.append(Paragraph(f"{WIRE_BULLET} {_escaped(item['text'])}", styles[item["style"]]))
            continue
        if item is WIRE_TAIL[0]:
            story.append(Spacer(1, 10))
        story += _head_kept(item, styles, leading)
        if item["kind"] == "dateline":
            story.append(HRFlowable(width="100%", thickness=0.5, color=WIRE_GREY, spaceBefore=6, spaceAfter=12))
    return _three_pages(layout, story, margin, margin, 25 * mm, pages=WIRE_PAGES)


# 4. A verbatim record of a council meeting (會議過程正式紀錄, Traditional, B5, 20 mm margins, 11 pt on a 20 pt leading,
# justified, no indent, 8 pt after each paragraph), pages 5432-5434 of the year's record. `議員議案` and the motion's
# title `推動新質生產力發展` (12 pt, bold, centred; kind heading). Each turn opens with its speaker's label run in, bold:
# `主席：`, `林某某議員：`, `創新科技及工業局局長：`; a speech delivered in English and translated carries `（譯文）` after
# the name, not bold (`陳某某議員（譯文）：`); the members' and the Secretary's speeches begin `主席，` and go on in drawn
# paragraphs (000, 002), the lines after a turn's first paragraph unlabelled (kind paragraph each, label kept); the
# chair's words are written here. After the mover's speech, `林某某議員動議的議案如下：` (kind paragraph) and the motion's
# text in `「…」` written here, indented 2 characters on both sides (kind quote). Procedural lines centred: `（會議於下午3時
# 正暫停）`, `（會議於下午3時15分恢復）`, and at the vote `（議員舉手）` and `（沒有議員舉手）` (kind boilerplate: the record's
# formulaic lines, as a4_press_release's `（完）`). Drawn before each page's text: `立法會 ─ 2024年3月20日` (9 pt) centred
# at the top and the page number at the top outer edge of the same line. 3 pages.
HANSARD_LAYOUT = Layout("b5_legco_verbatim_record_trad", FONT, B5, 11, 20, 0, 8, "立法會 ─ 2024年3月20日", "{page}",
                        ("000", "002"))
HANSARD_FIRST_PAGE = 5432
HANSARD_PAGES = 3
HANSARD_CHAIR = "主席："
HANSARD_OUTLINE = [  # (kind, the speaker's label or None, the paragraphs: `{}` takes a drawn paragraph)
    ("heading", None, ["議員議案"]),
    ("heading", None, ["推動新質生產力發展"]),
    ("turn", HANSARD_CHAIR, ["第一項議員議案：推動新質生產力發展。我請林某某議員發言及動議他的議案。"]),
    ("turn", "林某某議員：", ["主席，我動議通過印載於議程內以我的名義提出的議案。", "{}", "{}"]),
    ("paragraph", None, ["林某某議員動議的議案如下："]),
    ("quote", None, ["「鑒於國家提出加快發展新質生產力，並把推進新型工業化列為重點工作，本會促請政府把握有關機遇，制訂全面的新型"
                     "工業化發展策略，包括加大對先進製造業及研發的支援、完善創科人才政策，以及推動產學研協作，助力香港發展新質生產"
                     "力。」"]),
    ("turn", HANSARD_CHAIR, ["我現在向各位提出的待議議題是：林某某議員動議的議案，予以通過。"]),
    ("turn", "陳某某議員（譯文）：", ["主席，{}"]),
    ("turn", HANSARD_CHAIR, ["我現在暫停會議，稍後繼續辯論。"]),
    ("boilerplate", None, ["（會議於下午3時正暫停）", "（會議於下午3時15分恢復）"]),
    ("turn", HANSARD_CHAIR, ["會議現在恢復，繼續進行辯論。黃某某議員，請發言。"]),
    ("turn", "黃某某議員：", ["主席，{}"]),
    ("turn", "創新科技及工業局局長：", ["主席，首先，我感謝林某某議員提出這項議案，以及多位議員就推動新質生產力發展提出的寶貴"
                                      "意見。", "{}", "{}"]),
    ("turn", HANSARD_CHAIR, ["我現在向各位提出的待議議題是：林某某議員動議的議案，予以通過。現在付諸表決。贊成的請舉手。"]),
    ("boilerplate", None, ["（議員舉手）"]),
    ("turn", HANSARD_CHAIR, ["反對的請舉手。"]),
    ("boilerplate", None, ["（沒有議員舉手）"]),
    ("turn", HANSARD_CHAIR, ["我認為議題獲得在席議員以過半數贊成。我宣布議案獲得通過。"])]
HANSARD_PARAGRAPHS = _drawn_in(HANSARD_OUTLINE)
HANSARD_MARGIN_MM = 20


def _hansard_items(drawn: list[str]) -> list[dict]:
    return _turn_items(HANSARD_OUTLINE, iter(_printed_whole(drawn, HANSARD_PARAGRAPHS)), label_apart=False)


def typeset_hansard(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    margin = HANSARD_MARGIN_MM * mm
    text_width = width - 2 * margin - 12  # less the frame's padding
    body = _body_style(layout)
    styles = {"heading": _styled(BOLD_FONT, "heading", 12, 20, alignment=1, spaceBefore=4, spaceAfter=8),
              "paragraph": body,
              "quote": ParagraphStyle("quote", parent=body, leftIndent=2 * pt, rightIndent=2 * pt),
              "boilerplate": _styled(font, "boilerplate", pt, leading, alignment=1, spaceAfter=layout.after_pt)}
    _one_line_each(items, styles, text_width, long=("paragraph", "quote"))
    for item in items:
        if "lead" in item:
            assert _last_line_has_word(_led(item), body, text_width), item["text"]
    story: list = []
    for item in items:
        story += [Paragraph(_led(item), body)] if "lead" in item else _head_kept(item, styles, leading)

    def edges(canvas, doc) -> None:  # the sitting's date centred at the top, the page number at its outer edge
        number = HANSARD_FIRST_PAGE + doc.page - 1
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(width / 2, height - 14 * mm, layout.header)
        _at_outer_edge(canvas, layout.footer.format(page=number), height - 14 * mm, margin, number % 2 == 1)
        canvas.restoreState()

    return _three_pages(layout, story, margin, margin, 24 * mm, edges, pages=HANSARD_PAGES, bottom=20 * mm)


def fourteenth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 74 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (PRESSCONF_LAYOUT, PRESSCONF_PARAGRAPHS + 2, _press_conference_items, typeset_press_conference, _gold),
            (LESSON_LAYOUT, LESSON_PARAGRAPHS + 2, _lesson_items, typeset_lesson, _tables_gold),
            (WIRE_LAYOUT, WIRE_PARAGRAPHS + 2, _wire_items, typeset_wire, _gold),
            (HANSARD_LAYOUT, HANSARD_PARAGRAPHS + 2, _hansard_items, typeset_hansard, _gold)):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- A fifteenth batch of four held-out layouts, appended after the 78 above (their paragraphs come from the shared
# rng after those, so the 78 come out byte for byte as before). As in the batches before, text is escaped for
# ReportLab's markup, the gold keeps the text as printed, block by block (a bold lead, a drop cap's size or a slant is
# layout, not text; page furniture is not in the gold), and each layout draws two paragraphs more than it sets and sets
# the first that the font prints whole (_printed_whole). A text written here takes the next drawn paragraph where it
# holds `{}`.

def _outline_items(outline: list[tuple[str, str]], rest, kinds: dict[str, str],
                   inserts: dict[str, list[dict]]) -> list[dict]:
    """Items of an outline of (style, text: _filled) entries, each of the kind `kinds` gives its style (a `led` entry's
    lead, to its first `。`, printed bold), an entry whose style names one of the `inserts` standing for those items."""
    items: list[dict] = []
    for style, text in outline:
        if style in inserts:
            items += inserts[style]
            continue
        item = {"kind": kinds[style], "text": _filled([text], rest)[0], "style": style}
        if style == "led":
            item["lead"] = text[:text.index("。") + 1]
        items.append(item)
    return items


def _with_asides(texts: list[str], asides: dict[int, str]) -> list[str]:
    """The texts with each aside run in after a sentence (_aside_after_sentence) of the first text, from the aside's
    index on, that has a place for it and no aside yet."""
    texts, taken = list(texts), set()
    for start, aside in asides.items():
        n = next(n for n in range(start, len(texts)) if n not in taken and _aside_after_sentence(texts[n], aside))
        texts[n] = _aside_after_sentence(texts[n], aside)
        taken.add(n)
    return texts


# 1. A state-owned enterprise's report on Party building and innovation (国企党建引领创新工作总结, A4, GB/T 9704's
# margins as a word processor keeps them, 28 mm left, 26 mm right, 30 mm top and bottom; 12 pt on a 22 pt leading,
# first-line indent 2 characters, justified). The title `党建引领聚合力　科技创新促发展` (20 pt, bold, red, centred; kind
# title) over its subtitle `——某某集团有限公司党委2023年党建引领创新工作总结` (14 pt, centred; kind heading: a second line
# of the headline, as a4_xinhua_wire_story's). An opening paragraph written here, then `一、主要做法` / `二、存在的问题` /
# `三、下一步工作打算` (bold, indented 2 characters; kind heading, kept with the next two lines). Under the first, three
# paragraphs open with a bold run-in lead `（一）坚持党建引领，把牢科技创新正确方向。` + a drawn paragraph (001) (kind
# paragraph). After the second, a framed, shaded box kept on one page: `典型案例` (bold, red, centred) over the case's
# title (bold, centred) (kind heading each) over two paragraphs written here (10.5 pt; kind sidebar). After the third, a
# lead-in written here (kind paragraph), then, kept together, `表1　…` (bold, centred; kind caption) over a grid of two
# columns `项目` / `成效` (10.5 pt, black rules, the header row shaded and bold) and 5 rows written here (kind table_row
# each, header row included). Under `二、…` a paragraph written here, `…：一是…；二是…；三是…。`; under `三、…` a drawn
# paragraph and another written here in the same pattern. At the end, right-aligned 2 characters from the edge, the
# signature `中共某某集团有限公司委员会` (kind byline) over `2024年1月18日` (kind dateline). `— N —` centred. 3 pages.
PARTY_LAYOUT = Layout("a4_enterprise_party_building_report", FONT, A4, 12, 22, 2, 0, None, "— {page} —", ("001",))
PARTY_HEAD = [{"kind": "title", "text": "党建引领聚合力　科技创新促发展", "style": "title"},
              {"kind": "heading", "text": "——某某集团有限公司党委2023年党建引领创新工作总结", "style": "subtitle"}]
PARTY_OUTLINE = [  # (style, text: `{}` takes a drawn paragraph); `case` and `table` stand for the box and the table
    ("paragraph", "2023年，集团党委坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，认真落实新时代党的建设"
                  "总要求，把服务发展新质生产力作为党建工作的主攻方向，推动党建工作与科技创新深度融合，取得了积极成效。现将有关"
                  "情况总结如下。"),
    ("section", "一、主要做法"),
    ("led", "（一）坚持党建引领，把牢科技创新正确方向。{}"),
    ("led", "（二）坚持融合发展，以“党建+科研”激发创新活力。{}"),
    ("case", ""),
    ("led", "（三）坚持人才强企，锻造高素质科技创新队伍。{}"),
    ("paragraph", "经过一年来的努力，集团党建引领科技创新工作取得明显成效，主要指标见表1。"),
    ("table", ""),
    ("section", "二、存在的问题"),
    ("paragraph", "对照加快发展新质生产力的要求，集团党建引领创新工作还存在一些差距和不足：一是党建与科研生产融合的深度还不够，"
                  "个别基层单位仍存在“两张皮”现象；二是党员在关键核心技术攻关中的先锋模范作用发挥还不够充分；三是创新激励机制"
                  "还不够健全，科技人才的创新活力有待进一步激发。"),
    ("section", "三、下一步工作打算"),
    ("paragraph", "{}"),
    ("paragraph", "2024年，集团党委将坚持以高质量党建引领保障高质量发展，重点抓好以下工作：一是深化“党建+科研”融合，在重大科研"
                  "项目中全面推行党员突击队、党员责任区；二是聚焦关键核心技术攻关，打造一批党建引领创新示范项目；三是完善科技"
                  "人才评价激励机制，营造鼓励创新、宽容失败的良好氛围，为加快发展新质生产力提供坚强组织保证。")]
PARTY_KINDS = {"paragraph": "paragraph", "section": "heading", "led": "paragraph"}
PARTY_PARAGRAPHS = sum(text.count("{}") for _, text in PARTY_OUTLINE)
PARTY_CASE = [{"kind": "heading", "text": "典型案例", "style": "case_label", "box": True},
              {"kind": "heading", "text": "“党员创新工作室”攻克高端轴承“卡脖子”难题", "style": "case_title", "box": True},
              {"kind": "sidebar", "text": "集团所属某某精密机械公司党委针对高端数控机床主轴轴承长期依赖进口的问题，以党员技术骨干为主体"
                                          "组建“党员创新工作室”，由党委书记担任项目第一责任人，实行“揭榜挂帅”，设立党员攻关岗12个。",
               "style": "case_text", "box": True},
              {"kind": "sidebar", "text": "工作室坚持把支部建在项目上，把党组织活动与技术攻关同谋划、同部署、同考核，历时18个月攻克精密"
                                          "加工、热处理等关键工艺难题，产品主要性能指标达到国际同类产品水平，实现批量替代进口，年新增"
                                          "产值1.2亿元。", "style": "case_text", "box": True}]
PARTY_TABLE = [{"kind": "caption", "text": "表1　2023年集团党建引领科技创新主要成效", "style": "caption"},
               {"kind": "table", "text": "", "cells": [["项目", "成效"],
                                                      ["研发经费投入", "18.6亿元，同比增长15.2%，研发投入强度3.1%"],
                                                      ["党员创新工作室", "新建12个，累计达到46个"],
                                                      ["党员突击队攻关项目", "承担关键核心技术攻关项目27项，已完成19项"],
                                                      ["授权发明专利", "312件，同比增长21.9%"],
                                                      ["科技成果转化", "转化项目38项，新增产值9.7亿元"]]}]
PARTY_TABLE_WIDTHS = [46, 104]  # mm
PARTY_TABLE_PT = 10.5
PARTY_SIGNATURE = [{"kind": "byline", "text": "中共某某集团有限公司委员会", "style": "signature"},
                   {"kind": "dateline", "text": "2024年1月18日", "style": "date"}]
PARTY_RED = colors.Color(0.75, 0.0, 0.0)
PARTY_MARGINS_MM = (28, 26, 30)  # left, right, top and bottom


def _party_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, PARTY_PARAGRAPHS))
    inserts = {"case": PARTY_CASE, "table": PARTY_TABLE}
    return list(PARTY_HEAD) + _outline_items(PARTY_OUTLINE, rest, PARTY_KINDS, inserts) + PARTY_SIGNATURE


def typeset_party(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    left, right, top = (m * mm for m in PARTY_MARGINS_MM)
    text_width = width - left - right - 12  # less the frame's padding
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 20, 30, alignment=1, textColor=PARTY_RED, spaceAfter=4),
              "subtitle": _styled(font, "subtitle", 14, 22, alignment=1, spaceAfter=16),
              "section": _styled(BOLD_FONT, "section", pt, leading, firstLineIndent=2 * pt, spaceBefore=6),
              "paragraph": body, "led": body,
              "case_label": _styled(BOLD_FONT, "case_label", pt, 20, alignment=1, textColor=PARTY_RED),
              "case_title": _styled(BOLD_FONT, "case_title", 11, 18, alignment=1, spaceAfter=4),
              "case_text": _styled(font, "case_text", 10.5, 19, firstLineIndent=21, alignment=4),
              "caption": _styled(BOLD_FONT, "caption", 10.5, 16, alignment=1, spaceBefore=8, spaceAfter=4),
              "signature": _styled(font, "signature", pt, leading, alignment=2, rightIndent=2 * pt, spaceBefore=28),
              "date": _styled(font, "date", pt, leading, alignment=2, rightIndent=2 * pt)}
    plain = [i for i in items if not i.get("box") and i["kind"] != "table"]
    _one_line_each(plain, styles, text_width)
    _one_line_each([i for i in items if i.get("box")], styles, text_width - 16, long=("sidebar",))
    for item in plain:
        if "lead" in item:
            assert _last_line_has_word(_led(item), body, text_width), item["text"]
    _word_table_cells_fit(PARTY_TABLE[1]["cells"], PARTY_TABLE_WIDTHS, font, PARTY_TABLE_PT)
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        k += 1
        if item.get("box"):  # the case: its label and title over its paragraphs, framed and shaded, on one page
            box = [item] + [i for i in items[k:] if i.get("box")]
            rows = [[Paragraph(_escaped(i["text"]), styles[i["style"]])] for i in box]
            box_flowable = _box(rows, text_width, colors.Color(1.0, 0.96, 0.93))
            story += [Spacer(1, 6), KeepTogether([box_flowable]), Spacer(1, 10)]
            k += len(box) - 1
        elif item["kind"] == "caption":  # the caption over its grid, kept together
            grid = Table(items[k]["cells"], colWidths=[w * mm for w in PARTY_TABLE_WIDTHS])
            grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTNAME", (0, 0), (-1, 0), BOLD_FONT),
                                      ("FONTSIZE", (0, 0), (-1, -1), PARTY_TABLE_PT), ("LEADING", (0, 0), (-1, -1), 15),
                                      ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
                                      ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
                                      ("ALIGN", (0, 0), (-1, 0), "CENTER"), ("ALIGN", (0, 1), (0, -1), "CENTER"),
                                      ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            story += [KeepTogether([Paragraph(_escaped(item["text"]), styles["caption"]), grid]), Spacer(1, 10)]
            k += 1
        elif "lead" in item:
            story.append(Paragraph(_led(item), body))
        else:
            story += _head_kept(item, styles, leading)
    return _three_pages(layout, story, left, right, top, bottom=top)


# 2. A monthly magazine's one-page column (專欄, Traditional, B5, 16 mm margins), as a Hong Kong monthly sets it. Across
# the page at the top: the column's name `經濟隨筆` in white on a dark red tag (10 pt, bold; kind heading: a kicker, as
# a4_newsletter_hk's `短評`) over the column's title (20 pt, bold; kind title) and a thin rule. Then two columns 6 mm
# apart, 10 pt on a 16 pt leading, justified, first-line indent 2 characters, drawn paragraphs (000, 002): as many of
# the pool (in order) as fit the page, the second column ending in its lower half. The first paragraph has no indent
# and opens with a drop cap, its first character 28 pt over two lines, the lines beside it set short (kind paragraph:
# the whole paragraph, its first character included; PDFium drops the cap, as it drops a4_hk_press_release_trad's lone
# `完`). A pull quote (kind quote): the first whole sentence of 16-60 characters in a body paragraph that is not beside
# it (_pull_quote), repeated in 12 pt, dark red, centred, between two dark red rules, between two paragraphs in the
# middle of a column (neither its top nor its foot sixth). After the last paragraph,
# right-aligned, `（作者李某某為香港某某大學經濟學系教授）` in 9 pt, slanted (a word processor's italic of a CJK font: the
# glyphs sheared 12 degrees; kind byline). Drawn before the page's text: `經濟月刊　2024年5月號` (9 pt) top left over a
# thin rule and the page number `36` at the bottom outer (left) edge. 1 page.
COLUMN_LAYOUT = Layout("b5_magazine_column_trad", FONT, B5, 10, 16, 2, 0, "經濟月刊　2024年5月號", "{page}", ("000", "002"))
COLUMN_PAGE = 36
COLUMN_HEAD = [{"kind": "heading", "text": "經濟隨筆", "style": "kicker"},
               {"kind": "title", "text": "發展新質生產力　香港不能缺席", "style": "title"}]
COLUMN_AUTHOR = {"kind": "byline", "text": "（作者李某某為香港某某大學經濟學系教授）", "style": "author"}
COLUMN_POOL = 9  # paragraphs that print whole, of which as many as fill the page are set
COLUMN_CAP_PT, COLUMN_CAP_LINES = 28, 2
COLUMN_SLANT = 12  # degrees
COLUMN_MARGIN_MM, COLUMN_GUTTER_MM = 16, 6
COLUMN_RED = colors.Color(0.6, 0.05, 0.1)


class _DropCap(Flowable):
    """A paragraph's first character, `lines` lines of `leading` tall, its baseline on the last of them (for
    ImageAndFlowables, which sets the paragraph's first lines beside it)."""

    def __init__(self, char: str, font: str, size: float, lines: int, leading: float) -> None:
        super().__init__()
        self.char, self.font, self.size = char, font, size
        self.width, self.height = pdfmetrics.stringWidth(char, font, size), lines * leading
        self.baseline = self.height - (lines - 1) * leading - 0.8 * leading  # the last line's baseline, from the bottom

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def _restrictSize(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFont(self.font, self.size)
        self.canv.drawString(0, self.baseline, self.char)


class _SlantedLine(Flowable):
    """One line of text right-aligned in its frame, its glyphs sheared `slant` degrees (a CJK font's made-up italic)."""

    def __init__(self, text: str, font: str, size: float, slant: float, space_before: float) -> None:
        super().__init__()
        self.text, self.font, self.size, self.slant, self.space_before = text, font, size, slant, space_before

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        assert pdfmetrics.stringWidth(self.text, self.font, self.size) <= aw, self.text
        self.width = aw
        return aw, self.size * 1.5 + self.space_before

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.translate(self.width - pdfmetrics.stringWidth(self.text, self.font, self.size) - 2, self.size * 0.4)
        canvas.skew(0, self.slant)
        canvas.setFont(self.font, self.size)
        canvas.drawString(0, 0, self.text)
        canvas.restoreState()


def _pull_quote(texts: list[str]) -> str | None:
    """The first whole sentence of 16-60 characters in the texts (its quotation marks paired), or None."""
    for text in texts:
        for sentence in re.findall(r"[^。！？]+[。！？][”」]?", text):
            if 16 <= len(sentence) <= 60 and sentence[0] not in "”」，、；：" \
                    and sentence.count("“") == sentence.count("”") and sentence.count("「") == sentence.count("」"):
                return sentence
    return None


def _column_items(body: list[str], quote_after: int, quote: str) -> list[dict]:
    """The head, the body paragraphs with the pull quote after body paragraph `quote_after`, the author's line."""
    items = list(COLUMN_HEAD)
    for n, text in enumerate(body):
        items.append({"kind": "paragraph", "text": text, "style": "first" if n == 0 else "paragraph"})
        if n == quote_after:
            items.append({"kind": "quote", "text": quote, "style": "pull_quote"})
    return items + [COLUMN_AUTHOR]


def typeset_column(layout: Layout, items: list[dict]) -> tuple[bytes, dict, int]:
    """The column (COLUMN_LAYOUT's comment). Returns the PDF, where the pull quote's rules and the author's line fell
    (tag -> page, frame, share of the frame's height under them) and the page count."""
    font, (width, height), leading = layout.font, layout.size, layout.leading
    margin, gutter = COLUMN_MARGIN_MM * mm, COLUMN_GUTTER_MM * mm
    column = (width - 2 * margin - gutter) / 2
    top, bottom = height - 20 * mm, 20 * mm
    body = _body_style(layout)
    styles = {"kicker": _styled(BOLD_FONT, "kicker", 10, 14, textColor=colors.white),
              "title": _styled(BOLD_FONT, "title", 20, 28, spaceBefore=6, spaceAfter=4),
              "paragraph": body, "first": ParagraphStyle("first", parent=body, firstLineIndent=0),
              "pull_quote": _styled(font, "pull_quote", 12, 19, alignment=1, textColor=COLUMN_RED)}
    kicker = Table([[Paragraph(_escaped(items[0]["text"]), styles["kicker"])]], hAlign="LEFT",
                   colWidths=[pdfmetrics.stringWidth(items[0]["text"], BOLD_FONT, 10) + 12])
    kicker.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), COLUMN_RED), ("TOPPADDING", (0, 0), (-1, -1), 2),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    head_width = width - 2 * margin - 12  # less the frame's padding
    assert _wrapped_lines(_escaped(items[1]["text"]), styles["title"], head_width) == 1
    head = [kicker, Paragraph(_escaped(items[1]["text"]), styles["title"]),
            HRFlowable(width="100%", thickness=0.5, color=colors.grey, spaceBefore=2, spaceAfter=0)]
    head_h = sum(f.wrap(head_width, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in head) + 12 + 6
    story: list = head + [FrameBreak()]
    for item in items[2:]:
        text = item["text"]
        if item["style"] == "first":  # the drop cap, the paragraph's first lines beside it
            cap = _DropCap(text[0], font, COLUMN_CAP_PT, COLUMN_CAP_LINES, leading)
            assert _last_line_has_word(_escaped(text[1:]), styles["first"], column - 12 - cap.width - 3), text
            story.append(ImageAndFlowables(cap, [Paragraph(_escaped(text[1:]), styles["first"])], imageSide="left",
                                           imageLeftPadding=0, imageRightPadding=3, imageTopPadding=0,
                                           imageBottomPadding=0))
        elif item["kind"] == "quote":
            assert _wrapped_lines(_escaped(text), styles["pull_quote"], column - 12) <= 4, text
            story.append(KeepTogether([
                _tagged(HRFlowable(width="100%", thickness=1, color=COLUMN_RED, spaceBefore=6, spaceAfter=6),
                        "quote_top"),
                Paragraph(_escaped(text), styles["pull_quote"]),
                _tagged(HRFlowable(width="100%", thickness=1, color=COLUMN_RED, spaceBefore=6, spaceAfter=8),
                        "quote_bottom")]))
        elif item["kind"] == "byline":
            story.append(_tagged(_SlantedLine(text, font, 9, COLUMN_SLANT, 6), "author"))
        else:
            assert _last_line_has_word(_escaped(text), body, column - 12), text
            story.append(Paragraph(_escaped(text), body))

    def edges(canvas, doc) -> None:  # the magazine's name and issue top left over a rule, the page number outside
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawString(margin, height - 13 * mm, layout.header)
        canvas.setLineWidth(0.5)
        canvas.line(margin, height - 15 * mm, width - margin, height - 15 * mm)
        number = COLUMN_PAGE + doc.page - 1
        _at_outer_edge(canvas, layout.footer.format(page=number), 11 * mm, margin, number % 2 == 1)
        canvas.restoreState()

    out = io.BytesIO()
    doc = _PlacedAtDoc(out, pagesize=layout.size)
    columns = [Frame(margin + c * (column + gutter), bottom, column, top - head_h - bottom, id=f"c{c + 1}")
               for c in range(2)]
    doc.addPageTemplates([PageTemplate("page", [Frame(margin, top - head_h, width - 2 * margin, head_h, id="head")]
                                       + columns, onPage=edges)])
    doc.build(story)
    return out.getvalue(), doc.placed, doc.page


def _column_draw(release: Path, rng: random.Random, layout: Layout) -> tuple[list[dict], bytes]:
    """The most paragraphs of the pool (in order) that fit one page with the second column ending in its lower half,
    and the first place for the pull quote (after body paragraph 0, 1, …) that has a sentence for it and puts it in the
    middle of a column."""
    pool = _printed_whole(paragraphs(release, layout.sources, rng, COLUMN_POOL + 2), COLUMN_POOL)
    for count in range(COLUMN_POOL, 2, -1):
        for quote_after in range(count - 1):
            quote = _pull_quote(pool[:quote_after] + pool[quote_after + 2:count])  # from no paragraph beside it
            if quote is None:
                continue
            items = _column_items(pool[:count], quote_after, quote)
            pdf, placed, pages = typeset_column(layout, items)
            if pages > 1:
                break
            (page, frame, high), (page2, frame2, low) = placed["quote_top"], placed["quote_bottom"]
            if placed["author"][1] == "c2" and placed["author"][2] < 1 / 2 and (page, frame) == (page2, frame2) \
                    and 1 / 6 < low < high < 5 / 6:
                return items, pdf
    raise AssertionError("no set of paragraphs fills the page")


# 3. A forum keynote's transcript (论坛主旨演讲实录, A4, 25 mm margins, 11 pt on a 20 pt leading, first-line indent 2
# characters, justified), as a forum's site publishes it and a reader prints it. The title (18 pt, bold, centred; kind
# title), the occasion `——在2024中关村论坛年会…上的主旨演讲` (12 pt, centred; kind byline, as a4_run_in_heads' occasion)
# and the speaker `某某某　某某研究院院长` (12 pt, centred; kind byline). The salutation flush left (kind paragraph), an
# opening written here, then three subheads without numbers (12 pt, bold, centred; kind heading, kept with the next two
# lines) over 3, 2 and 2 drawn paragraphs (001). `【PPT】` stands on a line of its own (five times) where the speaker
# showed a slide, set as the body (indented 2 characters; kind boilerplate: the transcriber's mark for a slide, not the
# speaker's words). `（掌声）` closes a drawn paragraph, and `（笑声）` / `（掌声）` stand after a sentence inside two more
# (kind paragraph: part of the paragraph as printed). A closing paragraph written here ends `谢谢大家！（掌声）`, then
# right-aligned in 10 pt `（根据现场速记整理，已经演讲者本人审定）` (kind boilerplate). `- N -` centred. 2 pages.
FORUM_LAYOUT = Layout("a4_forum_speech_with_slides", FONT, A4, 11, 20, 2, 0, None, "- {page} -", ("001",))
FORUM_HEAD = [{"kind": "title", "text": "以科技创新引领新质生产力发展", "style": "title"},
              {"kind": "byline", "text": "——在2024中关村论坛年会新质生产力平行论坛上的主旨演讲", "style": "occasion"},
              {"kind": "byline", "text": "某某某　某某研究院院长", "style": "speaker"}]
FORUM_PPT = "【PPT】"
FORUM_OUTLINE = [  # (style, text: `{}` takes a drawn paragraph)
    ("salutation", "尊敬的各位领导、各位嘉宾，女士们、先生们："),
    ("paragraph", "大家上午好！非常高兴参加今天的论坛，和大家交流我对新质生产力的一些思考。今天我主要讲三个问题：新质生产力“新”在"
                  "哪里，怎样以科技创新引领新质生产力发展，以及各地如何因地制宜推进。"),
    ("ppt", FORUM_PPT),
    ("subhead", "新质生产力“新”在哪里"),
    ("paragraph", "{}"), ("ppt", FORUM_PPT), ("paragraph", "{}"), ("paragraph", "{}"),
    ("subhead", "科技创新是发展新质生产力的核心要素"),
    ("ppt", FORUM_PPT), ("paragraph", "{}"), ("paragraph", "{}（掌声）"),
    ("subhead", "因地制宜发展新质生产力"),
    ("ppt", FORUM_PPT), ("paragraph", "{}"), ("ppt", FORUM_PPT), ("paragraph", "{}"),
    ("paragraph", "最后，我想用一句话作为结束：新质生产力不是等来的，而是干出来的。让我们携手努力，共同书写高质量发展的新篇章。"
                  "谢谢大家！（掌声）"),
    ("closing", "（根据现场速记整理，已经演讲者本人审定）")]
FORUM_KINDS = {"salutation": "paragraph", "paragraph": "paragraph", "ppt": "boilerplate", "subhead": "heading",
               "closing": "boilerplate"}
FORUM_PARAGRAPHS = sum(text.count("{}") for _, text in FORUM_OUTLINE)
FORUM_ASIDES = {1: "（笑声）", 5: "（掌声）"}  # from this drawn paragraph on (from 0), the next with a place for it
FORUM_MARGIN_MM = 25
FORUM_PAGES = 2


def _forum_items(drawn: list[str]) -> list[dict]:
    rest = iter(_with_asides(_printed_whole(drawn, FORUM_PARAGRAPHS), FORUM_ASIDES))
    return list(FORUM_HEAD) + _outline_items(FORUM_OUTLINE, rest, FORUM_KINDS, {})


def typeset_forum(layout: Layout, items: list[dict]) -> bytes:
    font, pt, leading = layout.font, layout.body_pt, layout.leading
    margin = FORUM_MARGIN_MM * mm
    text_width = layout.size[0] - 2 * margin - 12  # less the frame's padding
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 18, 28, alignment=1, spaceAfter=6),
              "occasion": _styled(font, "occasion", 12, 20, alignment=1),
              "speaker": _styled(font, "speaker", 12, 20, alignment=1, spaceAfter=16),
              "salutation": _styled(font, "salutation", pt, leading),
              "paragraph": body, "ppt": body,
              "subhead": _styled(BOLD_FONT, "subhead", 12, 20, alignment=1, spaceBefore=10, spaceAfter=4),
              "closing": _styled(font, "closing", 10, 16, alignment=2, spaceBefore=10)}
    _one_line_each(items, styles, text_width)
    story = [flowable for item in items for flowable in _head_kept(item, styles, leading)]
    return _three_pages(layout, story, margin, margin, 25 * mm, pages=FORUM_PAGES)


# 4. Two pages of a city's statistical yearbook (统计年鉴, A4, 25 mm margins, 10.5 pt on an 18 pt leading, first-line
# indent 2 characters, justified), pages 123-124. The chapter's title `三、工业` (18 pt, bold, centred; kind heading),
# `简要说明` (12 pt, bold, centred; kind heading) over a paragraph written here and two drawn paragraphs (001). Then two
# tables, each kept together: its caption `3-12　规模以上工业企业主要指标（2023年）` (10.5 pt, bold, centred; kind
# caption), on a line of its own the unit line `单位：亿元` flush right (9 pt; kind source_note, as
# a4_statistical_bulletin's), a grid as wide as the text (9 pt; 1 pt rules above and below, 0.5 pt rules in the header
# and under it, thin rules between the columns, none between the body's rows; the header centred, the first column flush
# left, `#` rows (of which) indented a character, numbers right-aligned) whose header takes two rows: cells merged down
# both rows (`行业`, `企业单位数（个）`, wrapping to two lines in its cell) and cells merged across the columns under them
# (`营业收入` over `2023年` / `增长（%）`) (kind table_row each, header rows included: a merged cell's text in its first
# row and column, the cells it covers empty, as a spreadsheet keeps it), and under it `注：…` (9 pt; kind footnote, in
# place; a second note `2. …` aligned under `1.`). 3-13 (strategic emerging industries) takes a header of a cell merged
# over three columns (`工业总产值` over `2022年` / `2023年` / `增长（%）`, the growth computed from the values and the totals
# summed). Drawn before each page's text: `某某市统计年鉴—2024` (9 pt) at the top outer edge over a thin rule and
# `· N ·` centred at the bottom. 2 pages.
YEARBOOK_LAYOUT = Layout("a4_statistics_yearbook_page", FONT, A4, 10.5, 18, 2, 0, "某某市统计年鉴—2024", "· {page} ·",
                         ("001",))
YEARBOOK_FIRST_PAGE = 123
YEARBOOK_HEAD = [{"kind": "heading", "text": "三、工业", "style": "chapter"},
                 {"kind": "heading", "text": "简要说明", "style": "note_head"}]
YEARBOOK_NOTE = ["本部分资料主要反映全市规模以上工业企业的生产经营情况，以及高技术制造业、装备制造业和战略性新兴产业的发展情况。"
                 "资料来源于市统计局工业统计年报。", "{}", "{}"]
YEARBOOK_PARAGRAPHS = sum(text.count("{}") for text in YEARBOOK_NOTE)
YEARBOOK_EMERGING = [  # (industry, enterprises, gross output 2022, 2023): 3-13's rows, its growth and totals computed
    ("新一代信息技术产业", "186", "968.2", "1072.5"), ("高端装备制造产业", "214", "756.4", "829.1"),
    ("新材料产业", "238", "812.7", "868.3"), ("生物产业", "121", "436.9", "472.6"),
    ("新能源汽车产业", "58", "298.5", "386.7"), ("新能源产业", "96", "402.3", "451.8"),
    ("节能环保产业", "143", "389.6", "402.1"), ("数字创意产业", "38", "76.4", "81.9")]
YEARBOOK_TABLES = [
    {"caption": "3-12　规模以上工业企业主要指标（2023年）", "unit": "单位：亿元",
     "header": [["行业", "企业单位数（个）", "营业收入", "", "利润总额", ""],
                ["", "", "2023年", "增长（%）", "2023年", "增长（%）"]],
     "spans": [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0)), ((4, 0), (5, 0))],
     "rows": [["总计", "3856", "15236.8", "4.2", "862.5", "-3.1"],
              ["采矿业", "96", "612.4", "-6.8", "98.7", "-18.2"],
              ["制造业", "3628", "13782.6", "5.1", "702.3", "1.6"],
              ["#高技术制造业", "642", "3318.5", "9.7", "215.6", "8.4"],
              ["#装备制造业", "1286", "5726.9", "7.3", "321.8", "5.2"],
              ["电力、热力、燃气及水生产和供应业", "132", "841.8", "3.4", "61.5", "12.7"]],
     "widths": [56, 21, 22, 19, 20, 17.8],  # mm: the text's width, less the frame's padding
     "notes": ["注：本表统计范围为年主营业务收入2000万元及以上的工业法人单位。"]},
    {"caption": "3-13　规模以上工业战略性新兴产业主要指标（2023年）", "unit": "单位：亿元",
     "header": [["产业类别", "企业单位数（个）", "工业总产值", "", ""], ["", "", "2022年", "2023年", "增长（%）"]],
     "spans": [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (4, 0))],
     "rows": None,  # YEARBOOK_EMERGING
     "widths": [52, 21, 28, 28, 26.8],
     "notes": ["注：1. 战略性新兴产业按《战略性新兴产业分类（2018）》划分，本表不含相关服务业。",
               "2. 增长速度按现价计算。"]}]
YEARBOOK_NOTE_LABEL = "注："
YEARBOOK_CELL_PT = 9
YEARBOOK_MARGIN_MM = 25


def _yearbook_emerging_rows() -> list[list[str]]:
    """3-13's rows: the total (summed) over the industries, each with its growth computed, one decimal."""
    sums = [sum(Decimal(row[k]) for row in YEARBOOK_EMERGING) for k in (1, 2, 3)]
    rows = [("总计", *map(str, sums))] + YEARBOOK_EMERGING
    return [[name, units, before, now, _change_pct(now, before, "0.1")] for name, units, before, now in rows]


def _yearbook_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, YEARBOOK_PARAGRAPHS))
    items = list(YEARBOOK_HEAD) + [{"kind": "paragraph", "text": text} for text in _filled(YEARBOOK_NOTE, rest)]
    for table in YEARBOOK_TABLES:
        rows = table["rows"] or _yearbook_emerging_rows()
        first, *more = table["notes"]
        items += [{"kind": "caption", "text": table["caption"], "style": "caption"},
                  {"kind": "source_note", "text": table["unit"], "style": "unit"},
                  {"kind": "table", "text": "", "cells": table["header"] + rows, "table": table},
                  {"kind": "footnote", "text": first, "style": "first_note"}]
        items += [{"kind": "footnote", "text": note, "style": "note"} for note in more]
    return items


def _yearbook_grid(item: dict, text_width: float, font: str) -> Table:
    """A yearbook's grid: its two header rows with their merged cells, open rows, rules between the columns."""
    table, cells = item["table"], item["cells"]
    widths = [w * mm for w in table["widths"]]
    assert abs(sum(widths) - text_width) < 1, (sum(widths), text_width)
    head = _styled(font, "head", YEARBOOK_CELL_PT, 12, alignment=1)
    styles = [_styled(font, "name", YEARBOOK_CELL_PT, 12), _styled(font, "value", YEARBOOK_CELL_PT, 12, alignment=2)]
    sub = _styled(font, "sub", YEARBOOK_CELL_PT, 12, leftIndent=YEARBOOK_CELL_PT)
    data = []
    for r, row in enumerate(cells):
        line = []
        for c, cell in enumerate(row):
            style = head if r < 2 else sub if c == 0 and cell.startswith("#") else styles[min(c, 1)]
            n = _wrapped_lines(_escaped(cell), style, widths[c] - 12) if cell else 1
            assert n == (2 if cell == "企业单位数（个）" else 1), (cell, n)
            line.append(Paragraph(_escaped(cell), style))
        data.append(line)
    grid = Table(data, colWidths=widths)
    grid.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                              ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
                              ("INNERGRID", (0, 0), (-1, 1), 0.5, colors.black),
                              ("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.black),
                              ("LINEAFTER", (0, 2), (-2, -1), 0.5, colors.black),
                              ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
                              ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
                             + [("SPAN", *span) for span in table["spans"]]))
    return grid


def typeset_yearbook(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), leading = layout.font, layout.size, layout.leading
    margin = YEARBOOK_MARGIN_MM * mm
    text_width = width - 2 * margin - 12  # less the frame's padding
    label = pdfmetrics.stringWidth(YEARBOOK_NOTE_LABEL, font, 9)
    styles = {"chapter": _styled(BOLD_FONT, "chapter", 18, 26, alignment=1, spaceAfter=12),
              "note_head": _styled(BOLD_FONT, "note_head", 12, 20, alignment=1, spaceAfter=6),
              "paragraph": _body_style(layout),
              "caption": _styled(BOLD_FONT, "caption", 10.5, 16, alignment=1, spaceBefore=14, spaceAfter=2),
              "unit": _styled(font, "unit", 9, 13, alignment=2, spaceAfter=2),
              "first_note": _styled(font, "first_note", 9, 14, spaceBefore=4),
              "note": _styled(font, "note", 9, 14, leftIndent=label)}
    _one_line_each([i for i in items if i["kind"] != "table"], styles, text_width)
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        if item["kind"] == "caption":  # the caption, unit line, grid and notes kept together
            notes = [i for i in items[k + 3:k + 5] if i["kind"] == "footnote"]
            story.append(KeepTogether([Paragraph(_escaped(item["text"]), styles["caption"]),
                                       Paragraph(_escaped(items[k + 1]["text"]), styles["unit"]),
                                       _yearbook_grid(items[k + 2], text_width, font)]
                                      + [Paragraph(_escaped(n["text"]), styles[n["style"]]) for n in notes]))
            k += 3 + len(notes)
            continue
        story += _head_kept(item, styles, leading)
        k += 1

    def edges(canvas, doc) -> None:  # the yearbook's name at the top outer edge over a rule, `· N ·` centred
        number = YEARBOOK_FIRST_PAGE + doc.page - 1
        canvas.saveState()
        canvas.setFont(font, 9)
        _at_outer_edge(canvas, layout.header, height - 15 * mm, margin, number % 2 == 1)
        canvas.setLineWidth(0.5)
        canvas.line(margin, height - 17 * mm, width - margin, height - 17 * mm)
        canvas.drawCentredString(width / 2, 12 * mm, layout.footer.format(page=number))
        canvas.restoreState()

    return _three_pages(layout, story, margin, margin, 25 * mm, edges, pages=2)


def fifteenth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 78 others (their paragraphs drawn after theirs)."""
    _typeset_drawn(release, rng, gold, PARTY_LAYOUT, PARTY_PARAGRAPHS + 2, _party_items, typeset_party, _tables_gold)
    items, pdf = _column_draw(release, rng, COLUMN_LAYOUT)
    _extract(COLUMN_LAYOUT.name, pdf)
    gold.append({"layout": COLUMN_LAYOUT.name, "items": _gold(items)})
    for layout, drawn, make_items, typeset, to_gold in (
            (FORUM_LAYOUT, FORUM_PARAGRAPHS + 2, _forum_items, typeset_forum, _gold),
            (YEARBOOK_LAYOUT, YEARBOOK_PARAGRAPHS + 2, _yearbook_items, typeset_yearbook, _tables_gold)):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- A sixteenth batch of four held-out layouts, appended after the 82 above (their paragraphs come from the shared
# rng after those, so the 82 come out byte for byte as before). As in the batches before, text is escaped for
# ReportLab's markup, the gold keeps the text as printed, block by block (bold, a note's superscript or a leader is
# layout, not text; page furniture and a contents page are not in the gold, as a4_cover_contents leaves out its
# contents), and each layout draws two paragraphs more than it sets and sets the first that the font prints whole
# (_printed_whole). A text written here takes the next drawn paragraph where it holds `{}` (_outline_items).

def _two_ends(left: str, right: str, style: ParagraphStyle, width: float) -> Table:
    """One line: `left` flush left and `right` flush right, `width` apart (a word processor's tab to the right)."""
    line = Table([[Paragraph(_escaped(left), style), Paragraph(_escaped(right), ParagraphStyle("r", parent=style,
                                                                                                alignment=2))]],
                 colWidths=[width / 2, width / 2])
    line.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return line


def _story_of(items: list[dict], styles: dict[str, ParagraphStyle], leading: float, text_width: float,
              box_fill=colors.Color(0.95, 0.95, 0.95)) -> list:
    """The flowables of the items in their styles: a `lead` printed bold (_led), a heading kept with two lines
    (_head_kept), the items marked `box` framed together on one page (_box), a `markup` item set as its markup, a rule
    (thickness, colour) after an item that has `rule_after`, and a `pair` item set as its two ends on one line."""
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        k += 1
        if item.get("box"):
            box = [item] + [i for i in items[k:] if i.get("box")]
            rows = [[Paragraph(_escaped(i["text"]), styles[i["style"]])] for i in box]
            story += [Spacer(1, 6), KeepTogether([_box(rows, text_width, box_fill)]), Spacer(1, 10)]
            k += len(box) - 1
            continue
        style = styles[item.get("style", item["kind"])]
        if "pair" in item:
            story.append(_two_ends(*item["pair"], style, text_width))
        elif "markup" in item:
            story.append(Paragraph(item["markup"], style))
        elif "lead" in item:
            story.append(Paragraph(_led(item), style))
        else:
            story += _head_kept(item, styles, leading)
        if "rule_after" in item:
            thickness, colour = item["rule_after"]
            story.append(HRFlowable(width="100%", thickness=thickness, color=colour, spaceBefore=2, spaceAfter=10))
    return story


# 1. A research institute's internal newsletter (工作简报, A4, 28 mm left, 26 mm right, 25 mm top; 11 pt on a 20 pt
# leading, first-line indent 2 characters, justified). The masthead `工作简报` (30 pt, bold, red, centred; kind
# title), under it one line with `第15期` flush left and `某某研究院办公室编　2024年4月10日` flush right (11 pt; kind
# byline, one item: the issue, the issuing office and the date, as the minutes' `某某市人民政府办公室　　…印发`), then a
# red 2 pt rule. Three news items, each a bold title (13 pt, centred; kind heading) over one or two paragraphs: a
# written opening sentence run into a drawn paragraph (001), or a drawn paragraph alone (kind paragraph). At the end,
# kept together between black rules, the distribution lines `报：…` / `送：…` / `发：…` (10.5 pt, flush left, a thin rule
# between them; kind boilerplate each: the bulletin's 版记) and `（共印60份）` right-aligned (kind boilerplate). `— N —`
# centred. 2 pages.
JIANBAO_LAYOUT = Layout("a4_research_institute_newsletter", FONT, A4, 11, 20, 2, 0, None, "— {page} —", ("001",))
JIANBAO_HEAD = [{"kind": "title", "text": "工作简报", "style": "masthead"},
                   {"kind": "byline", "text": "第15期　　某某研究院办公室编　2024年4月10日", "style": "issue",
                    "pair": ("第15期", "某某研究院办公室编　2024年4月10日"), "rule_after": (2, colors.red)}]
JIANBAO_OUTLINE = [
    ("news", "研究院召开发展新质生产力专题学习会"),
    ("paragraph", "4月2日，研究院党委理论学习中心组召开专题学习会，集中学习习近平总书记关于发展新质生产力的重要论述。{}"),
    ("paragraph", "{}"),
    ("news", "“新质生产力与区域创新”课题通过开题论证"),
    ("paragraph", "3月28日，研究院承担的省社科规划重大课题“新质生产力与区域创新体系建设研究”开题论证会在院本部举行，来自省内"
                  "高校和研究机构的7位专家参加论证。{}"),
    ("news", "研究院与某某高新区签署战略合作协议"),
    ("paragraph", "4月8日，研究院与某某高新区管委会签署战略合作协议。双方将围绕未来产业培育、科技成果转化、创新人才培养等方面"
                  "开展合作，共建“新质生产力研究与实践基地”。"),
    ("paragraph", "{}")]
JIANBAO_KINDS = {"news": "heading", "paragraph": "paragraph"}
JIANBAO_PARAGRAPHS = sum(text.count("{}") for _, text in JIANBAO_OUTLINE)
JIANBAO_TAIL = [{"kind": "boilerplate", "text": "报：省委宣传部，省科学技术厅，省社会科学界联合会。", "style": "imprint"},
                   {"kind": "boilerplate", "text": "送：院领导，院学术委员会委员。", "style": "imprint"},
                   {"kind": "boilerplate", "text": "发：院属各部门、各研究所。", "style": "imprint"},
                   {"kind": "boilerplate", "text": "（共印60份）", "style": "copies"}]
JIANBAO_RED = colors.Color(0.8, 0.0, 0.0)


def _jianbao_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, JIANBAO_PARAGRAPHS))
    return list(JIANBAO_HEAD) + _outline_items(JIANBAO_OUTLINE, rest, JIANBAO_KINDS, {}) + JIANBAO_TAIL


def typeset_jianbao(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    left, right = 28 * mm, 26 * mm
    text_width = width - left - right - 12  # less the frame's padding
    styles = {"masthead": _styled(BOLD_FONT, "masthead", 30, 40, alignment=1, textColor=JIANBAO_RED, spaceAfter=12),
              "issue": _styled(font, "issue", pt, 16),
              "news": _styled(BOLD_FONT, "news", 13, 20, alignment=1, spaceBefore=12, spaceAfter=6),
              "paragraph": _body_style(layout),
              "imprint": _styled(font, "imprint", 10.5, 20, leftIndent=10.5),
              "copies": _styled(font, "copies", 10.5, 20, alignment=2, rightIndent=10.5)}
    _one_line_each([i for i in items if "pair" not in i], styles, text_width)
    masthead, issue, *body = items
    tail = [i for i in body if i["kind"] == "boilerplate"]
    story = [Paragraph(_escaped(masthead["text"]), styles["masthead"])]
    story += _story_of([issue] + [i for i in body if i["kind"] != "boilerplate"], styles, leading, text_width)
    imprint: list = [Spacer(1, 24), HRFlowable(width="100%", thickness=1, color=colors.black, spaceAfter=2)]
    for n, item in enumerate(tail):
        imprint.append(Paragraph(_escaped(item["text"]), styles[item["style"]]))
        if n < len(tail) - 2:
            imprint.append(HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceBefore=1, spaceAfter=2))
    imprint.append(HRFlowable(width="100%", thickness=1, color=colors.black, spaceBefore=2))
    story.append(KeepTogether(imprint))
    return _three_pages(layout, story, left, right, 25 * mm, pages=2)


# 2. A newspaper's Q&A interview (專訪, Traditional, A4, 25 mm margins; 10.5 pt on an 18 pt leading, first-line
# indent 2 characters, justified). The title `專訪陳某某：以科技創新引領新質生產力發展` (17 pt, bold, centred; kind title)
# over `本報記者　黃某某` (10.5 pt, centred; kind byline), an intro paragraph written here (kind paragraph), then the
# interviewee's bio in a framed, shaded box kept on one page: `人物簡介` (bold; kind heading) over a paragraph written here
# (9.5 pt; kind sidebar). Four exchanges: the question `問：…？` all bold, and the answer `答：` (bold) + a drawn paragraph
# (000, 002) on the same line (kind paragraph each, the label kept); the first and the third answers go on in a drawn
# paragraph without a label. After the first answer, a pull quote between two dark red rules (12 pt, dark red,
# centred; kind quote): the first whole sentence of 16-60 characters of the third or fourth answer (_pull_quote), from
# no paragraph beside it. Footer `第 N 頁` centred. 2 pages.
QA_TRAD_LAYOUT = Layout("a4_expert_interview_qa_trad", FONT, A4, 10.5, 18, 2, 0, None, "第 {page} 頁", ("000", "002"))
QA_TRAD_HEAD = [{"kind": "title", "text": "專訪陳某某：以科技創新引領新質生產力發展", "style": "title"},
                {"kind": "byline", "text": "本報記者　黃某某", "style": "reporter"}]
QA_TRAD_BIO = [{"kind": "heading", "text": "人物簡介", "style": "bio_label", "box": True},
               {"kind": "sidebar", "text": "陳某某，香港某某大學創新研究院院長、講座教授，長期從事科技創新政策與產業經濟研究，兼任"
                                           "特區政府創新科技諮詢委員會委員，著有《創新驅動與區域發展》等。",
                "style": "bio", "box": True}]
QA_TRAD_QUOTE = [{"kind": "quote", "text": "", "style": "quote"}]  # its text: _pull_quote of the later answers
QA_TRAD_OUTLINE = [
    ("paragraph", "新質生產力是近年社會各界關注的熱點話題。香港應如何把握國家發展新質生產力帶來的機遇，發揮自身優勢？"
                  "本報記者日前專訪了香港某某大學創新研究院院長陳某某教授。"),
    ("bio", ""),
    ("question", "問：您如何理解新質生產力的內涵？"),
    ("answer", "答：{}"),
    ("paragraph", "{}"),
    ("quote", ""),
    ("question", "問：發展新質生產力，為甚麼要以科技創新為核心？"),
    ("answer", "答：{}"),
    ("question", "問：香港在國家發展新質生產力的進程中可以扮演甚麼角色？"),
    ("answer", "答：{}"),
    ("paragraph", "{}"),
    ("question", "問：對特區政府推動創新科技發展，您有甚麼建議？"),
    ("answer", "答：{}")]
QA_TRAD_KINDS = {"paragraph": "paragraph", "question": "paragraph", "answer": "paragraph"}
QA_TRAD_PARAGRAPHS = sum(text.count("{}") for _, text in QA_TRAD_OUTLINE)
QA_TRAD_RED = colors.Color(0.6, 0.05, 0.1)


def _qa_trad_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, QA_TRAD_PARAGRAPHS))
    quote = dict(QA_TRAD_QUOTE[0])
    items = list(QA_TRAD_HEAD) + _outline_items(QA_TRAD_OUTLINE, rest, QA_TRAD_KINDS,
                                                {"bio": QA_TRAD_BIO, "quote": [quote]})
    for item in items:  # a question all bold, an answer's label bold
        if item.get("style") in ("question", "answer"):
            item["lead"] = item["text"] if item["style"] == "question" else "答："
    third = [i for i, item in enumerate(items) if item.get("style") == "question"][2]
    quote["text"] = _pull_quote([item["text"].removeprefix("答：") for item in items[third:]
                                 if item.get("style") in ("answer", "paragraph")])
    assert quote["text"]
    return items


def typeset_qa_trad(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    margin = 25 * mm
    text_width = width - 2 * margin - 12  # less the frame's padding
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 17, 26, alignment=1, spaceAfter=4),
              "reporter": _styled(font, "reporter", 10.5, 18, alignment=1, spaceAfter=12),
              "paragraph": body, "question": _styled(BOLD_FONT, "question", pt, leading, firstLineIndent=2 * pt,
                                                      alignment=4, spaceBefore=6),
              "answer": body,
              "bio_label": _styled(BOLD_FONT, "bio_label", 10.5, 17),
              "bio": _styled(font, "bio", 9.5, 16, firstLineIndent=19, alignment=4),
              "quote": _styled(font, "quote", 12, 20, alignment=1, textColor=QA_TRAD_RED, leftIndent=24,
                               rightIndent=24)}
    _one_line_each([i for i in items if not i.get("box") and i["kind"] != "quote"], styles, text_width)
    _one_line_each([i for i in items if i.get("box")], styles, text_width - 16, long=("sidebar",))
    for item in items:
        if item.get("style") == "answer":
            assert _last_line_has_word(_led(item), body, text_width), item["text"]
    story: list = []
    for n, item in enumerate(items):
        if item["kind"] == "quote":
            rule = dict(width="100%", thickness=1, color=QA_TRAD_RED)
            story.append(KeepTogether([Spacer(1, 6), HRFlowable(**rule, spaceAfter=6),
                                       Paragraph(_escaped(item["text"]), styles["quote"]),
                                       HRFlowable(**rule, spaceBefore=6), Spacer(1, 8)]))
        elif item.get("style") == "question":  # a question kept with two lines of its answer
            story += [CondPageBreak(6 + 3 * leading), Paragraph(_led(item), styles["question"])]
        elif not item.get("box") or not items[n - 1].get("box"):
            story += _story_of([item] + [i for i in items[n + 1:n + 2] if item.get("box") and i.get("box")],
                               styles, leading, text_width, colors.Color(0.94, 0.95, 0.97))
    return _three_pages(layout, story, margin, margin, 22 * mm, pages=2)


# 3. A provincial department's policy FAQ (政策问答, A4, 28 mm left, 26 mm right, 30 mm top and bottom; 12 pt on a 22
# pt leading, first-line indent 2 characters, justified). The title `加快发展新质生产力政策问答` (20 pt, bold, centred;
# kind title) over `某某省发展和改革委员会　2024年5月` (12 pt, centred; kind byline, as the think-tank brief's issuing
# line), an opening written here (kind paragraph). Five questions numbered `1. …？` (12 pt, bold, flush left, kept
# with two lines; kind heading), each over one or two answer paragraphs (drawn from 001; the fifth's written here; kind
# paragraph). At the end `附：相关政策文件` (bold, flush left; kind heading) over four documents `1.《…》（…号）`, a line
# each, indented 2 characters (kind list_item, the number kept). `— N —` centred. 3 pages.
FAQ_LAYOUT = Layout("a4_policy_faq_numbered", FONT, A4, 12, 22, 2, 0, None, "— {page} —", ("001",))
FAQ_HEAD = [{"kind": "title", "text": "加快发展新质生产力政策问答", "style": "title"},
            {"kind": "byline", "text": "某某省发展和改革委员会　2024年5月", "style": "issuer"}]
FAQ_OUTLINE = [
    ("paragraph", "为帮助社会各界准确理解和把握我省加快发展新质生产力的有关政策，现就社会关注的若干问题解答如下，供参考。"),
    ("question", "1. 什么是新质生产力？"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("question", "2. 发展新质生产力的重点任务有哪些？"),
    ("paragraph", "{}"),
    ("question", "3. 企业开展关键核心技术攻关可以获得哪些支持？"),
    ("paragraph", "{}"),
    ("question", "4. 传统产业如何通过转型升级培育新质生产力？"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("question", "5. 如何申报省级未来产业先导区？"),
    ("paragraph", "省级未来产业先导区由各设区市人民政府组织申报，每年集中申报一次。申报地区应具备较好的产业基础、创新资源和"
                  "应用场景，具体申报条件和程序以省发展改革委当年发布的申报通知为准。"),
    ("annex", "附：相关政策文件"),
    ("document", "1.《关于推动未来产业创新发展的实施意见》（工信部联科〔2024〕12号）"),
    ("document", "2.《推动大规模设备更新和消费品以旧换新行动方案》（国发〔2024〕7号）"),
    ("document", "3.《关于加快推动制造业绿色化发展的指导意见》（工信部联节〔2024〕26号）"),
    ("document", "4.《某某省加快培育发展新质生产力三年行动方案（2024—2026年）》")]
FAQ_KINDS = {"paragraph": "paragraph", "question": "heading", "annex": "heading", "document": "list_item"}
FAQ_PARAGRAPHS = sum(text.count("{}") for _, text in FAQ_OUTLINE)


def _faq_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, FAQ_PARAGRAPHS))
    return list(FAQ_HEAD) + _outline_items(FAQ_OUTLINE, rest, FAQ_KINDS, {})


def typeset_faq(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    left, right, top = 28 * mm, 26 * mm, 30 * mm
    text_width = width - left - right - 12  # less the frame's padding
    styles = {"title": _styled(BOLD_FONT, "title", 20, 30, alignment=1, spaceAfter=4),
              "issuer": _styled(font, "issuer", pt, leading, alignment=1, spaceAfter=14),
              "paragraph": _body_style(layout),
              "question": _styled(BOLD_FONT, "question", pt, leading, spaceBefore=8),
              "annex": _styled(BOLD_FONT, "annex", pt, leading, spaceBefore=16),
              "document": _styled(font, "document", pt, leading, leftIndent=2 * pt)}
    _one_line_each(items, styles, text_width)
    return _three_pages(layout, _story_of(items, styles, leading, text_width), left, right, top, bottom=top)


# 4. Pages of a book of collected essays (文集, B5, 20 mm margins; 10.5 pt on an 18 pt leading, first-line indent 2
# characters, justified). Page 1 is the contents (no furniture): `目　录` (16 pt, bold, centred) over six entries, each
# the piece's title, a leader of `…` and its page flush right (11 pt, 26 pt apart); not in the gold (as
# a4_cover_contents' contents). Page 2 opens the first essay, 20 mm lower: its title `新质生产力的“新”与“质”` (16 pt,
# bold, centred; kind title) over the author `李某某` (11 pt, centred; kind byline), then drawn paragraphs (001; kind
# paragraph), two of them carrying a note number `①` / `②` raised after a sentence's stop (the first from the first
# paragraph on, the second from the third; the gold's paragraphs without them). After the last paragraph `注释：` (10
# pt, bold, flush left; kind heading) over the notes, `①参见…` a line each (9 pt; kind footnote, the number kept). The
# page number centred at the bottom from the essay's first page, 1 on. 3 pages.
ESSAYS_LAYOUT = Layout("b5_essay_collection_toc_and_piece", FONT, B5, 10.5, 18, 2, 0, None, "{page}", ("001",))
ESSAYS_CONTENTS = [("新质生产力的“新”与“质”", 1), ("以科技创新引领产业创新", 4), ("未来产业的培育之道", 9),
                   ("新型生产关系与全面深化改革", 15), ("因地制宜发展新质生产力", 22), ("后　记", 29)]
ESSAYS_HEAD = [{"kind": "title", "text": "新质生产力的“新”与“质”", "style": "title"},
               {"kind": "byline", "text": "李某某", "style": "author"}]
ESSAYS_PARAGRAPHS = 6
ESSAYS_NOTED = (0, 2)  # from these paragraphs (from 0) on, the first with a place for the note
ESSAYS_NOTES = ["参见《习近平谈治国理政》第四卷，外文出版社2022年版，第120页。",
                "参见《求是》2024年第11期，第4-8页。"]
ESSAYS_NOTES_HEADING = {"kind": "heading", "text": "注释：", "style": "notes_heading"}


def _noted_after_sentence(text: str, label: str) -> str | None:
    """Markup: the text with `label` raised after its first sentence's end at 15 characters or more that does not end
    it (_aside_after_sentence's place); None where there is no such place."""
    marked = _aside_after_sentence(text, "\0")
    if marked is None:
        return None
    at = marked.index("\0")
    return f"{_escaped(text[:at])}<super>{label}</super>{_escaped(text[at:])}"


def _essays_items(drawn: list[str]) -> list[dict]:
    texts = _printed_whole(drawn, ESSAYS_PARAGRAPHS)
    items = list(ESSAYS_HEAD) + [{"kind": "paragraph", "text": text} for text in texts]
    taken: list[int] = []
    for n, start in enumerate(ESSAYS_NOTED):
        k = next(k for k in range(start, len(texts)) if k not in taken and _noted_after_sentence(texts[k], CIRCLED[n]))
        items[len(ESSAYS_HEAD) + k]["markup"] = _noted_after_sentence(texts[k], CIRCLED[n])
        taken.append(k)
    return items + [ESSAYS_NOTES_HEADING] + [{"kind": "footnote", "text": CIRCLED[n] + note, "style": "note"}
                                             for n, note in enumerate(ESSAYS_NOTES)]


def typeset_essays(layout: Layout, items: list[dict]) -> bytes:
    font, width, leading = layout.font, layout.size[0], layout.leading
    margin = 20 * mm
    text_width = width - 2 * margin - 12  # less the frame's padding
    styles = {"title": _styled(BOLD_FONT, "title", 16, 24, alignment=1, spaceAfter=6),
              "author": _styled(font, "author", 11, 18, alignment=1, spaceAfter=16),
              "paragraph": _body_style(layout),
              "notes_heading": _styled(BOLD_FONT, "notes_heading", 10, 16, spaceBefore=14, spaceAfter=2),
              "note": _styled(font, "note", 9, 15)}
    _one_line_each(items, styles, text_width)
    entry = _styled(font, "entry", 11, 26)
    page_width = 30  # the page numbers' column
    rows = []
    for title, page in ESSAYS_CONTENTS:
        room = text_width - page_width - pdfmetrics.stringWidth(title, font, 11) - 6
        rows.append([Paragraph(_escaped(title) + "…" * int(room // pdfmetrics.stringWidth("…", font, 11)), entry),
                     Paragraph(str(page), ParagraphStyle("page", parent=entry, alignment=2))])
    contents = Table(rows, colWidths=[text_width - page_width, page_width])
    contents.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story = [Spacer(1, 10 * mm), Paragraph("目　录", _styled(BOLD_FONT, "contents", 16, 24, alignment=1, spaceAfter=16)),
             contents, PageBreak(), Spacer(1, 20 * mm)] + _story_of(items, styles, leading, text_width)

    def furniture(canvas, doc) -> None:  # the contents page carries no number; the essay's pages 1 on
        if doc.page > 1:
            canvas.saveState()
            canvas.setFont(font, 9)
            canvas.drawCentredString(width / 2, 12 * mm, layout.footer.format(page=doc.page - 1))
            canvas.restoreState()

    return _three_pages(layout, story, margin, margin, 22 * mm, furniture, pages=3)


def sixteenth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 82 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (JIANBAO_LAYOUT, JIANBAO_PARAGRAPHS + 2, _jianbao_items, typeset_jianbao, _gold),
            (QA_TRAD_LAYOUT, QA_TRAD_PARAGRAPHS + 2, _qa_trad_items, typeset_qa_trad, _gold),
            (FAQ_LAYOUT, FAQ_PARAGRAPHS + 2, _faq_items, typeset_faq, _gold),
            (ESSAYS_LAYOUT, ESSAYS_PARAGRAPHS + 2, _essays_items, typeset_essays, _gold)):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- A seventeenth batch of four held-out layouts, appended after the 86 above (their paragraphs come from the shared
# rng after those, so the 86 come out byte for byte as before). Made blind to the cleaner: by a helper who read neither
# its code nor its tests. As in the batches before, text is escaped for ReportLab's markup, the gold keeps the text as
# printed, block by block (bold, a band's colour, a hanging indent or a chart's insides is layout, not text; page
# furniture is not in the gold), and each layout draws two paragraphs more than it sets and sets the first that the font
# prints whole (_printed_whole). A text written here takes the next drawn paragraph where it holds `{}`
# (_outline_items).

def _fits(markup: str, style: ParagraphStyle, width: float) -> None:
    """Asserts that the markup takes one line at this width."""
    assert _wrapped_lines(markup, style, width) == 1, markup


def _grid_style(font: str, spans: list, header_rows: int) -> TableStyle:
    """A three-line table's rules (1 pt above and below, 0.5 pt inside the header and under it, none between the body's
    rows) with the header's cells merged along `spans`."""
    return TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                       ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
                       ("INNERGRID", (0, 0), (-1, header_rows - 1), 0.5, colors.black),
                       ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.5, colors.black),
                       ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
                       ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
                      + [("SPAN", *span) for span in spans])


# 1. The end of a high-tech zone's annual report (年度发展报告) on a 16开 page (184 x 260 mm, 20 mm margins; 10.5 pt on an
# 18 pt leading, first-line indent 2 characters, justified), pages 46-48. Page 46: the last chapter's head
# `五、2025年工作展望` (14 pt, bold, flush left; kind heading) over three drawn paragraphs (001). Page 47 opens the
# appendix: `附录　2024年大事记` (16 pt, bold, centred; kind heading), then twelve month heads `1月` … `12月` (11 pt, bold,
# flush left over a thin grey rule; kind heading, kept with two lines), each over one or two entries written here. A
# month's entries are a borderless table of two columns, as a word processor's user sets a chronicle: the date (`1月8日`,
# or `是月` for the month as a whole; bold) in a column 20 mm wide, the entry's text (1-3 lines, justified) in the other,
# its lines all at the column's edge (a hanging date). Each entry is one block in the gold, the date, an ideographic
# space and the text (`1月8日　高新区召开…`; kind paragraph, as a4_legco_paper_hk's hanging numbers). Footer, 9 pt, at
# the outer edge under a thin rule: `46｜某某高新区2024年度发展报告` flush left on even (left-hand) pages,
# `某某高新区2024年度发展报告｜47` flush right on odd ones. 3 pages.
CHRONICLE_LAYOUT = Layout("k16_annual_report_chronicle", FONT, (184 * mm, 260 * mm), 10.5, 18, 2, 0,
                          "某某高新区2024年度发展报告", "{page}", ("001",))
CHRONICLE_FIRST_PAGE = 46
CHRONICLE_OUTLOOK = [("section", "五、2025年工作展望"), ("paragraph", "{}"), ("paragraph", "{}"), ("paragraph", "{}")]
CHRONICLE_KINDS = {"section": "heading", "paragraph": "paragraph"}
CHRONICLE_PARAGRAPHS = sum(text.count("{}") for _, text in CHRONICLE_OUTLOOK)
CHRONICLE_APPENDIX = {"kind": "heading", "text": "附录　2024年大事记", "style": "appendix"}
CHRONICLE_MONTHS = [  # (the month's head, [(the date, the entry)])
    ("1月", [("1月8日", "高新区召开2024年工作会议，提出以发展新质生产力为主线，全年实施重大科技创新项目50项以上，新增国家高新技术"
                      "企业300家以上。"),
             ("1月26日", "高新区管委会印发《关于加快培育未来产业的若干措施》，从创新平台建设、应用场景开放、人才引进培育、金融"
                       "支持等方面提出18条具体措施。")]),
    ("2月", [("2月19日", "高新区举行一季度重大项目集中开工活动，集中开工项目32个，总投资216亿元，涉及人工智能、新能源、生物医药"
                       "等领域。")]),
    ("3月", [("3月12日", "某某人工智能创新中心揭牌运营。中心由高新区与某某大学共建，首批入驻研发团队15个。"),
             ("3月28日", "高新区与某某银行签署战略合作协议，该行将在未来五年提供不低于200亿元的意向性授信，重点支持科技型中小"
                       "企业发展。")]),
    ("4月", [("4月16日", "首届“新质生产力与高新区发展论坛”在高新区举办，来自国内外的200余位专家学者和企业家围绕未来产业发展、科技成果"
                       "转化等议题开展交流。")]),
    ("5月", [("5月9日", "某某精密装备有限公司高端数控机床项目投产。项目总投资18亿元，达产后可实现年产值30亿元。"),
             ("是月", "高新区启动“专精特新”企业培育三年行动，建立创新型中小企业、“专精特新”中小企业、“小巨人”企业梯度培育库，"
                    "首批入库企业286家。")]),
    ("6月", [("6月20日", "高新区智能传感器产业集群入选国家级中小企业特色产业集群。")]),
    ("7月", [("7月5日", "高新区首批8个“揭榜挂帅”关键核心技术攻关项目签约，榜单总金额1.6亿元。"),
             ("7月23日", "高新区人才发展集团成立，首期设立规模5亿元的人才创新创业基金。")]),
    ("8月", [("8月15日", "高新区低空经济产业园开园，首批签约入驻无人机研发制造、低空物流等企业12家。")]),
    ("9月", [("9月10日", "高新区科技成果转化中试基地建成投用，可为生物医药、新材料等领域企业提供小试、中试和检验检测服务。")]),
    ("10月", [("10月18日", "高新区发布首批50个“人工智能+”应用场景清单，涵盖智能制造、智慧医疗、城市治理等领域，面向全国征集"
                         "解决方案。")]),
    ("11月", [("11月6日", "某某数据交易服务中心在高新区揭牌，首批上架数据产品46个。"),
              ("11月27日", "科技部公布2024年国家高新区综合评价结果，高新区位列第28位，较上年上升5位。")]),
    ("12月", [("12月20日", "高新区召开科技创新大会，表彰年度科技创新先进集体和先进个人。全年新增国家高新技术企业326家，技术合同"
                         "成交额突破150亿元，高新技术产业产值占规模以上工业总产值比重达到68.5%。")])]
CHRONICLE_DATE_MM = 20
CHRONICLE_MARGIN_MM = 20


def _chronicle_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, CHRONICLE_PARAGRAPHS))
    items = _outline_items(CHRONICLE_OUTLOOK, rest, CHRONICLE_KINDS, {}) + [CHRONICLE_APPENDIX]
    for month, entries in CHRONICLE_MONTHS:
        items.append({"kind": "heading", "text": month, "style": "month"})
        items += [{"kind": "paragraph", "text": f"{date}　{entry}", "date": date, "entry": entry, "style": "entry"}
                  for date, entry in entries]
    return items


def typeset_chronicle(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    margin = CHRONICLE_MARGIN_MM * mm
    text_width = width - 2 * margin - 12  # less the frame's padding
    date_width = CHRONICLE_DATE_MM * mm
    styles = {"section": _styled(BOLD_FONT, "section", 14, 22, spaceBefore=4, spaceAfter=8),
              "paragraph": _body_style(layout),
              "appendix": _styled(BOLD_FONT, "appendix", 16, 24, alignment=1, spaceAfter=10),
              "month": _styled(BOLD_FONT, "month", 11, 18, spaceBefore=8, spaceAfter=2)}
    date_style = _styled(BOLD_FONT, "date", pt, leading)
    entry_style = _styled(font, "entry", pt, leading, alignment=4)
    _one_line_each([i for i in items if "date" not in i], styles, text_width)
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        if "date" in item:  # a month's entries: a borderless table, the date beside its text
            rows = []
            while k < len(items) and "date" in items[k]:
                entry = items[k]
                k += 1
                _fits(_escaped(entry["date"]), date_style, date_width - 6)
                assert _last_line_has_word(_escaped(entry["entry"]), entry_style, text_width - date_width)
                rows.append([Paragraph(_escaped(entry["date"]), date_style),
                             Paragraph(_escaped(entry["entry"]), entry_style)])
            table = Table(rows, colWidths=[date_width, text_width - date_width])
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 6),
                                       ("RIGHTPADDING", (1, 0), (1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            story.append(table)
            continue
        if item["style"] == "appendix":
            story.append(PageBreak())
        story += _head_kept(item, styles, leading)
        if item["style"] == "month":
            story.append(HRFlowable(width="100%", thickness=0.5, color=colors.grey, spaceBefore=0, spaceAfter=4))
        k += 1

    def edges(canvas, doc) -> None:  # the page number and the report's name at the outer edge under a thin rule
        number = CHRONICLE_FIRST_PAGE + doc.page - 1
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.setLineWidth(0.5)
        canvas.line(margin, 17 * mm, width - margin, 17 * mm)
        if number % 2:
            canvas.drawRightString(width - margin, 12 * mm, f"{layout.header}｜{number}")
        else:
            canvas.drawString(margin, 12 * mm, f"{number}｜{layout.header}")
        canvas.restoreState()

    return _three_pages(layout, story, margin, margin, 22 * mm, edges, pages=3)


# 2. A think tank's white paper (白皮书, A4, 25 mm margins; 10.5 pt on a 20 pt leading, first-line indent 2 characters,
# justified), its preface and first chapter. Page I: `前　言` (16 pt, bold, centred; kind heading) over two drawn
# paragraphs (001, 003) and one written here (kind paragraph). Pages 1-2: the chapter's head `一、新质生产力发展的总体态势`
# (15 pt, bold, dark blue, flush left; kind heading) on a new page, three sections `（一）…` (12 pt, bold; kind heading,
# kept with two lines), each over a drawn paragraph: (a) then a figure (an image as printed without it: an empty grey box
# as wide as the text, 55 mm high) over its caption `图1　…` (9.5 pt, bold, centred; kind caption) over its source
# `来源：…` (8.5 pt, centred; kind source_note), kept together; (b) then a framed box kept on one page, light blue: its
# title `专栏1　…` in white on a dark blue band (11 pt, bold; kind heading) over two paragraphs written here (9.5 pt,
# first-line indent 2 characters; kind sidebar); (c) then two figures side by side (a table of two cells, each an empty
# box 45 mm high over its caption and source, centred in its half; gold: the left figure's caption and source, then the
# right's). Then `结束语` (16 pt, bold, centred; kind heading) over a drawn paragraph and one written here. Header, 9 pt,
# over a dark blue rule: `某某研究院` top left and `新质生产力发展白皮书（2024年）` top right; the page number centred at the
# bottom, `I` on the preface's page and `1`, `2` after it. 3 pages.
WHITE_LAYOUT = Layout("a4_white_paper_chapter", FONT, A4, 10.5, 20, 2, 0, ("某某研究院", "新质生产力发展白皮书（2024年）"),
                      "{page}", ("001", "003"))
WHITE_BLUE = colors.Color(0.1, 0.25, 0.55)
WHITE_OUTLINE = [
    ("preface", "前　言"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "本白皮书在梳理我国新质生产力发展总体态势的基础上，结合典型地区和行业的实践案例，分析当前面临的主要问题，提出"
                  "加快发展新质生产力的思路和建议，以期为各方提供参考。不足之处，敬请批评指正。"),
    ("chapter", "一、新质生产力发展的总体态势"),
    ("section", "（一）科技创新投入持续加大"),
    ("paragraph", "{}"),
    ("figure", ""),
    ("section", "（二）现代化产业体系加快构建"),
    ("paragraph", "{}"),
    ("box", ""),
    ("section", "（三）新兴产业和未来产业加速成长"),
    ("paragraph", "{}"),
    ("figures", ""),
    ("preface", "结束语"),
    ("paragraph", "{}"),
    ("paragraph", "发展新质生产力是一项长期任务和系统工程，必须坚持从实际出发，先立后破、因地制宜、分类指导。面向未来，要进一步"
                  "深化科技体制、教育体制、人才体制等改革，加快形成与新质生产力相适应的新型生产关系，为推进中国式现代化提供强大"
                  "动力和坚实支撑。")]
WHITE_KINDS = {"preface": "heading", "chapter": "heading", "section": "heading", "paragraph": "paragraph"}
WHITE_PARAGRAPHS = sum(text.count("{}") for _, text in WHITE_OUTLINE)
WHITE_FIGURE = [{"kind": "caption", "text": "图1　2019—2023年我国研究与试验发展经费投入及强度", "style": "caption",
                 "figure": "whole"},
                {"kind": "source_note", "text": "来源：国家统计局，某某研究院整理", "style": "source"}]
WHITE_BOX = [{"kind": "heading", "text": "专栏1　某某市以“链长制”培育人工智能产业集群", "style": "box_title", "box": True},
             {"kind": "sidebar", "text": "某某市将人工智能产业作为培育新质生产力的主攻方向，建立由市领导担任“链长”、龙头企业担任"
                                         "“链主”的工作机制，围绕算力、算法、数据和应用场景四个环节绘制产业链图谱，实行“一条产业链、"
                                         "一个工作专班、一套支持政策”。", "style": "box_text", "box": True},
             {"kind": "sidebar", "text": "2023年，全市人工智能核心产业规模达到860亿元，同比增长21.5%，集聚相关企业1200余家，其中"
                                         "专精特新“小巨人”企业28家；建成智能算力中心3个，开放制造、交通、医疗等领域应用场景120个，"
                                         "形成了龙头引领、链条完整、生态活跃的产业集群。", "style": "box_text", "box": True}]
WHITE_FIGURES = [{"kind": "caption", "text": "图2　2019—2023年我国新能源汽车产量", "style": "caption", "figure": "left"},
                 {"kind": "source_note", "text": "来源：中国汽车工业协会", "style": "source"},
                 {"kind": "caption", "text": "图3　2019—2023年我国工业机器人产量", "style": "caption", "figure": "right"},
                 {"kind": "source_note", "text": "来源：国家统计局", "style": "source"}]
WHITE_MARGIN_MM = 25


def _white_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, WHITE_PARAGRAPHS))
    inserts = {"figure": WHITE_FIGURE, "box": WHITE_BOX, "figures": WHITE_FIGURES}
    return _outline_items(WHITE_OUTLINE, rest, WHITE_KINDS, inserts)


def _white_figure(caption: dict, source: dict, width: float, height: float, styles: dict) -> list:
    """An empty box `width` wide over the figure's caption and its source."""
    return [_photo(width, height), Spacer(1, 4), Paragraph(_escaped(caption["text"]), styles["caption"]),
            Paragraph(_escaped(source["text"]), styles["source"])]


def typeset_white(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), leading = layout.font, layout.size, layout.leading
    margin = WHITE_MARGIN_MM * mm
    text_width = width - 2 * margin - 12  # less the frame's padding
    half = text_width / 2
    styles = {"preface": _styled(BOLD_FONT, "preface", 16, 24, alignment=1, spaceBefore=6, spaceAfter=12),
              "chapter": _styled(BOLD_FONT, "chapter", 15, 24, textColor=WHITE_BLUE, spaceAfter=8),
              "section": _styled(BOLD_FONT, "section", 12, 20, spaceBefore=6, spaceAfter=4),
              "paragraph": _body_style(layout),
              "caption": _styled(BOLD_FONT, "caption", 9.5, 14, alignment=1, spaceAfter=1),
              "source": _styled(font, "source", 8.5, 12, alignment=1),
              "box_title": _styled(BOLD_FONT, "box_title", 11, 17, textColor=colors.white),
              "box_text": _styled(font, "box_text", 9.5, 16, firstLineIndent=19, alignment=4)}
    _one_line_each([i for i in items if not i.get("box") and "figure" not in i and i["style"] != "source"], styles,
                   text_width)
    for item in items:
        if item.get("box"):
            markup, style = _escaped(item["text"]), styles[item["style"]]
            if item["kind"] == "heading":
                _fits(markup, style, text_width - 16)
            else:
                assert _last_line_has_word(markup, style, text_width - 16), item["text"]
        elif "figure" in item:
            _fits(_escaped(item["text"]), styles["caption"], (text_width if item["figure"] == "whole" else half) - 12)
    for item in WHITE_FIGURE[1:] + WHITE_FIGURES[1::2]:
        _fits(_escaped(item["text"]), styles["source"], half - 12)
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        if item.get("box"):  # the box: its title on a band over its paragraphs, kept on one page
            box = [item] + [i for i in items[k + 1:k + 3] if i.get("box")]
            rows = [[Paragraph(_escaped(i["text"]), styles[i["style"]])] for i in box]
            frame = Table(rows, colWidths=[text_width])
            frame.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, WHITE_BLUE),
                                       ("BACKGROUND", (0, 0), (-1, 0), WHITE_BLUE),
                                       ("BACKGROUND", (0, 1), (-1, -1), colors.Color(0.91, 0.94, 0.98)),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                       ("TOPPADDING", (0, 0), (-1, 0), 4), ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
                                       ("TOPPADDING", (0, 1), (-1, -1), 3), ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
                                       ("TOPPADDING", (0, 1), (-1, 1), 8), ("BOTTOMPADDING", (0, -1), (-1, -1), 8)]))
            story += [Spacer(1, 6), KeepTogether([frame]), Spacer(1, 10)]
            k += len(box)
        elif item.get("figure") == "whole":
            story.append(KeepTogether([Spacer(1, 6)] + _white_figure(item, items[k + 1], text_width, 55 * mm, styles)
                                      + [Spacer(1, 10)]))
            k += 2
        elif item.get("figure") == "left":  # two figures side by side, a cell each
            cells = [_white_figure(items[k + n], items[k + n + 1], half - 16, 45 * mm, styles) for n in (0, 2)]
            pair = Table([cells], colWidths=[half, half])
            pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
            story += [Spacer(1, 6), pair, Spacer(1, 10)]
            k += 4
        else:
            if item["style"] == "chapter":
                story.append(PageBreak())
            story += _head_kept(item, styles, leading)
            k += 1

    def edges(canvas, doc) -> None:  # the institute and the paper's title over a rule; `I`, then 1 on
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.setFillColor(WHITE_BLUE)
        canvas.drawString(margin, height - 15 * mm, layout.header[0])
        canvas.drawRightString(width - margin, height - 15 * mm, layout.header[1])
        canvas.setStrokeColor(WHITE_BLUE)
        canvas.setLineWidth(1)
        canvas.line(margin, height - 17 * mm, width - margin, height - 17 * mm)
        canvas.setFillColor(colors.black)
        canvas.drawCentredString(width / 2, 12 * mm, "I" if doc.page == 1 else str(doc.page - 1))
        canvas.restoreState()

    return _three_pages(layout, story, margin, margin, 25 * mm, edges, pages=3)


# 3. Pages of a pocket study handbook (学习手册, A5: 148 x 210 mm, 16 mm margins; 9.5 pt on a 16 pt leading, first-line
# indent 2 characters, justified), pages 12-14: a glossary (名词解释) in two styles, then study points. The part's title
# `第二部分　基本概念` (14 pt, bold, centred; kind heading), then three sections (11 pt, bold, flush left; kind heading,
# kept with two lines). `一、核心概念`: five terms, each on a line of its own, the term in bold (10.5 pt) and its English
# name after an ideographic space in 8 pt (kind heading, one block: `新质生产力　new quality productive forces`, as
# a4_national_standard's terms), over its definition written here (kind paragraph). `二、相关术语`: six entries, each one
# paragraph, the term in bold run into its definition after `：` (written here), set with a hanging indent: the first
# line at the margin, the lines after it 2 characters in (kind paragraph, the term kept: `全要素生产率：在…`).
# `三、学习要点`: three drawn paragraphs (001). The running head, 8 pt, over a thin rule, holds the page number: on even
# (left-hand) pages `12　发展新质生产力学习手册` flush left, on odd ones `第二部分　基本概念　13` flush right; no footer.
# 3 pages.
GLOSSARY_LAYOUT = Layout("a5_handbook_glossary", FONT, A5, 9.5, 16, 2, 0, ("发展新质生产力学习手册", "第二部分　基本概念"),
                         "{page}", ("001",))
GLOSSARY_FIRST_PAGE = 12
GLOSSARY_PART = {"kind": "heading", "text": "第二部分　基本概念", "style": "part"}
GLOSSARY_TERMS = [  # (the term, its English name, its definition): on a line of their own over the definition
    ("新质生产力", "new quality productive forces",
     "创新起主导作用，摆脱传统经济增长方式、生产力发展路径，具有高科技、高效能、高质量特征，符合新发展理念的先进生产力"
     "质态。它由技术革命性突破、生产要素创新性配置、产业深度转型升级而催生，以全要素生产率大幅提升为核心标志。"),
    ("未来产业", "future industries",
     "由前沿技术驱动，当前处于孕育萌发阶段或产业化初期，具有显著战略性、引领性、颠覆性和不确定性的前瞻性新兴产业，"
     "主要包括未来制造、未来信息、未来材料、未来能源、未来空间和未来健康等方向。"),
    ("战略性新兴产业", "strategic emerging industries",
     "以重大技术突破和重大发展需求为基础，对经济社会全局和长远发展具有重大引领带动作用，知识技术密集、物质资源消耗少、"
     "成长潜力大、综合效益好的产业。"),
    ("新型工业化", "new industrialization",
     "以新一代信息技术与制造业深度融合为特征，坚持创新驱动、绿色低碳、开放合作、安全可控，推动制造业高端化、智能化、"
     "绿色化发展的工业化道路。"),
    ("数据要素", "data as a factor of production",
     "参与社会生产经营活动、为使用者或所有者带来经济效益、以电子方式记录的数据资源。数据要素具有非竞争性、可复制、"
     "边际成本低等特点，是数字经济时代的新型生产要素。")]
GLOSSARY_ENTRIES = [  # (the term, its definition): run in, after `：`
    ("全要素生产率", "在各种生产要素投入水平既定的条件下所能达到的额外生产效率，反映技术进步、组织创新、专业化和生产创新等"
                   "因素对产出增长的贡献。"),
    ("专精特新", "中小企业具备专业化、精细化、特色化、新颖化的发展特征。具备上述特征的中小企业长期专注细分市场，创新能力强，"
               "是产业链供应链的重要支撑。"),
    ("链主企业", "在产业链中居于主导地位、对上下游企业具有较强带动和整合能力的龙头企业。"),
    ("揭榜挂帅", "一种科研项目组织方式，即由需求方公开发布关键核心技术攻关榜单，不论资历、不设门槛，由有能力的团队揭榜攻关，"
               "以成果论英雄。"),
    ("人工智能+", "推动人工智能技术与经济社会各领域深度融合，以人工智能赋能千行百业，培育新产品、新模式、新业态的行动。"),
    ("低空经济", "以民用有人驾驶和无人驾驶航空器的各类低空飞行活动为牵引，辐射带动相关领域融合发展的综合性经济形态。")]
GLOSSARY_SECTIONS = ["一、核心概念", "二、相关术语", "三、学习要点"]
GLOSSARY_PARAGRAPHS = 3
GLOSSARY_MARGIN_MM = 16


def _glossary_items(drawn: list[str]) -> list[dict]:
    texts = _printed_whole(drawn, GLOSSARY_PARAGRAPHS)
    core, related, points = ({"kind": "heading", "text": text, "style": "section"} for text in GLOSSARY_SECTIONS)
    items = [GLOSSARY_PART, core]
    for term, english, definition in GLOSSARY_TERMS:
        items += [{"kind": "heading", "text": f"{term}　{english}", "style": "term",
                   "markup": f'<font name="{BOLD_FONT}" size="10.5">{_escaped(term)}</font>　'
                             f'<font size="8">{_escaped(english)}</font>'},
                  {"kind": "paragraph", "text": definition, "style": "paragraph"}]
    items.append(related)
    items += [{"kind": "paragraph", "text": f"{term}：{definition}", "style": "entry", "lead": f"{term}："}
              for term, definition in GLOSSARY_ENTRIES]
    return items + [points] + [{"kind": "paragraph", "text": text, "style": "paragraph"} for text in texts]


def typeset_glossary(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    margin = GLOSSARY_MARGIN_MM * mm
    text_width = width - 2 * margin - 12  # less the frame's padding
    styles = {"part": _styled(BOLD_FONT, "part", 14, 22, alignment=1, spaceAfter=8),
              "section": _styled(BOLD_FONT, "section", 11, 18, spaceBefore=8, spaceAfter=4),
              "term": _styled(font, "term", 10.5, 17, spaceBefore=4),
              "paragraph": _body_style(layout),
              "entry": _styled(font, "entry", pt, leading, leftIndent=2 * pt, firstLineIndent=-2 * pt, alignment=4,
                               spaceAfter=3)}
    _one_line_each([i for i in items if i["style"] != "term"], styles, text_width)
    for item in items:
        if item["style"] == "term":
            _fits(item["markup"], styles["term"], text_width)
        elif item["style"] == "entry":
            assert _wrapped_lines(_led(item), styles["entry"], text_width) > 1, item["text"]
            assert _last_line_has_word(_led(item), styles["entry"], text_width), item["text"]
    story: list = []
    for item in items:
        if item["style"] == "term":  # a term kept with two lines of its definition
            story += [CondPageBreak(styles["term"].spaceBefore + styles["term"].leading + 2 * leading),
                      Paragraph(item["markup"], styles["term"])]
        elif item["style"] == "entry":
            story.append(Paragraph(_led(item), styles["entry"]))
        else:
            story += _head_kept(item, styles, leading)

    def edges(canvas, doc) -> None:  # the running head holds the page number, at the outer edge
        number = GLOSSARY_FIRST_PAGE + doc.page - 1
        canvas.saveState()
        canvas.setFont(font, 8)
        if number % 2:
            canvas.drawRightString(width - margin, height - 11 * mm, f"{layout.header[1]}　{number}")
        else:
            canvas.drawString(margin, height - 11 * mm, f"{number}　{layout.header[0]}")
        canvas.setLineWidth(0.4)
        canvas.line(margin, height - 12.5 * mm, width - margin, height - 12.5 * mm)
        canvas.restoreState()

    return _three_pages(layout, story, margin, margin, 18 * mm, edges, pages=3, bottom=16 * mm)


# 4. A survey report (问卷调查报告) in a federation of industry and commerce's series (A4, 25 mm margins; 11 pt on a 20 pt
# leading, first-line indent 2 characters, justified). The title `关于全市企业发展新质生产力情况的问卷调查报告` (18 pt, bold,
# centred; kind title) over `某某市工商业联合会课题组` (12 pt, centred; kind byline) and `（2024年6月）` (11 pt, centred;
# kind dateline). Heads `一、…` (13 pt, bold, flush left) and `（一）…` (11 pt, bold, indented 2 characters) (kind heading
# each, kept with two lines) over paragraphs written here whose figures are percentages (`83.6%的企业…`, `分别为58.5%和
# 51.4%`), run in at any place in a line, and drawn paragraphs (001) (kind paragraph). Under `（二）…`, after its lead-in,
# kept together: the caption `表1　…` above its table (10.5 pt, bold, centred; kind caption), a three-line table as wide
# as the text (9.5 pt; 1 pt rules above and below, 0.5 pt rules inside the header and under it, none between the body's
# rows; numbers right-aligned) whose header takes two rows: `主要困难` merged down both, `全部企业` and `制造业企业` each
# merged across the two columns under it (`样本数（家）` / `占比（%）`) (kind table_row each, both header rows included: a
# merged cell's text in its first row and column, the cells it covers empty, as in a4_statistics_yearbook_page), six
# options, each share computed from its count (one decimal, rounded half up), then `注：…` (9 pt; kind footnote) and
# `资料来源：…` (9 pt; kind source_note). Under `（三）…`, after its paragraph and kept together: a horizontal bar chart
# drawn in the PDF (six options, the bars labelled with their shares, a value axis 0-80: its labels and numbers are
# the chart's insides, not in the gold) over its caption `图1　…` below it (10.5 pt, bold, centred; kind caption) and
# `资料来源：…` (9 pt, centred; kind source_note). Header, 9 pt: `某某市工商联　调研与参考` top left and
# `2024年第6期（总第58期）` top right over a double rule (1.2 pt over 0.4 pt); the page number `N` at the bottom right.
# 3 pages.
SURVEY_LAYOUT = Layout("a4_survey_report_percentages", FONT, A4, 11, 20, 2, 0,
                       ("某某市工商联　调研与参考", "2024年第6期（总第58期）"), "{page}", ("001",))
SURVEY_HEAD = [{"kind": "title", "text": "关于全市企业发展新质生产力情况的问卷调查报告", "style": "title"},
               {"kind": "byline", "text": "某某市工商业联合会课题组", "style": "byline"},
               {"kind": "dateline", "text": "（2024年6月）", "style": "date"}]
SURVEY_SAMPLE, SURVEY_MAKERS = 1046, 610  # the valid questionnaires, those of manufacturers among them
SURVEY_DIFFICULTIES = [("关键技术人才短缺", 612, 389), ("研发投入资金不足", 538, 334), ("核心技术获取难度大", 437, 281),
                       ("数字化改造成本高", 402, 276), ("应用场景和市场需求不足", 295, 152), ("对相关政策了解不够", 248, 131)]
SURVEY_CHART = [("推进数字化智能化改造", 67.3), ("加大研发投入", 54.9), ("引进培养科技人才", 49.2), ("开发新产品新服务", 41.6),
                ("推进绿色低碳转型", 33.8), ("参与产学研合作", 26.5)]
SURVEY_OUTLINE = [
    ("section", "一、调查基本情况"),
    ("paragraph", "为全面了解我市企业发展新质生产力的现状、困难和需求，市工商联于2024年4月至5月组织开展了专题问卷调查。调查采用"
                  "线上问卷与实地访谈相结合的方式，共发放调查问卷1200份，回收有效问卷1046份，有效回收率为87.2%。从行业分布看，"
                  "制造业企业占58.3%，信息传输、软件和信息技术服务业企业占17.6%，其他行业企业占24.1%；从企业规模看，大型企业"
                  "占9.8%，中型企业占27.5%，小微企业占62.7%。"),
    ("section", "二、调查结果分析"),
    ("subsection", "（一）企业对新质生产力的认知度较高"),
    ("paragraph", "调查显示，83.6%的受访企业表示“了解”或“比较了解”新质生产力的内涵，其中表示“非常了解”的占21.4%；仅有4.2%的"
                  "企业表示“没有听说过”。从企业规模看，大型企业的认知度最高，达到95.1%，中型企业和小微企业分别为88.7%和79.6%。"),
    ("paragraph", "{}"),
    ("subsection", "（二）人才和资金是企业面临的主要困难"),
    ("paragraph", "调查显示，“关键技术人才短缺”和“研发投入资金不足”是企业发展新质生产力面临的最主要困难，选择比例分别为58.5%和"
                  "51.4%；制造业企业对上述困难的感受更为明显，选择比例分别达到63.8%和54.8%（见表1）。"),
    ("table", ""),
    ("paragraph", "{}"),
    ("subsection", "（三）数字化智能化改造是企业的首要选择"),
    ("paragraph", "从下一步打算看，67.3%的企业计划推进数字化智能化改造，54.9%的企业计划加大研发投入，49.2%的企业计划加强科技"
                  "人才引进培养，另有26.5%的企业表示将积极参与产学研合作（见图1）。"),
    ("chart", ""),
    ("section", "三、对策建议"),
    ("paragraph", "根据调查结果，课题组提出以下建议：一是加大科技人才引育力度，支持企业与高校共建实训基地；二是拓宽科技型企业"
                  "融资渠道，扩大知识产权质押融资规模；三是加强政策宣传解读，推动惠企政策直达快享。"),
    ("paragraph", "{}")]
SURVEY_KINDS = {"section": "heading", "subsection": "heading", "paragraph": "paragraph"}
SURVEY_PARAGRAPHS = sum(text.count("{}") for _, text in SURVEY_OUTLINE)
SURVEY_TABLE_SPANS = [((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))]
SURVEY_TABLE_WIDTHS = [55.8, 25, 25, 25, 25]  # mm: the text's width, less the frame's padding
SURVEY_CELL_PT = 9.5
SURVEY_MARGIN_MM = 25


def _share(count: int, of: int) -> str:
    """count / of in per cent, one decimal, rounded half up."""
    return str((Decimal(count) / of * 100).quantize(Decimal("0.1"), ROUND_HALF_UP))


def _survey_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, SURVEY_PARAGRAPHS))
    cells = [["主要困难", "全部企业", "", "制造业企业", ""], ["", "样本数（家）", "占比（%）", "样本数（家）", "占比（%）"]]
    cells += [[name, str(n), _share(n, SURVEY_SAMPLE), str(m), _share(m, SURVEY_MAKERS)]
              for name, n, m in SURVEY_DIFFICULTIES]
    table = [{"kind": "caption", "text": "表1　企业发展新质生产力面临的主要困难（多选）", "style": "caption"},
             {"kind": "table", "text": "", "cells": cells},
             {"kind": "footnote", "text": "注：本题为多选题，各选项占比之和大于100%。", "style": "note"},
             {"kind": "source_note", "text": "资料来源：课题组问卷调查。", "style": "note"}]
    chart = [{"kind": "caption", "text": "图1　企业下一步发展新质生产力的重点方向（多选，%）", "style": "caption", "chart": True},
             {"kind": "source_note", "text": "资料来源：课题组问卷调查。", "style": "chart_source"}]
    items = list(SURVEY_HEAD) + _outline_items(SURVEY_OUTLINE, rest, SURVEY_KINDS, {"table": table, "chart": chart})
    text = " ".join(item["text"] for item in items)  # the shares the text quotes are the table's and the chart's
    assert all(f"{share}%" in text for share in (cells[2][2], cells[3][2], cells[2][4], cells[3][4]))
    assert all(f"{value}%" in text for _, value in SURVEY_CHART[:3])
    return items


def _survey_chart(width: float, font: str) -> Drawing:
    """The options as horizontal bars, top down, each labelled with its share; a value axis 0-80."""
    drawing = Drawing(width, 62 * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 105, 18, width - 140, 62 * mm - 26
    chart.data = [[value for _, value in reversed(SURVEY_CHART)]]
    chart.categoryAxis.categoryNames = [name for name, _ in reversed(SURVEY_CHART)]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 8.5
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 80, 20
    chart.bars[0].fillColor = colors.Color(0.2, 0.4, 0.7)
    chart.barLabelFormat = "%.1f"
    chart.barLabels.fontName, chart.barLabels.fontSize = font, 8
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    drawing.add(chart)
    return drawing


def _survey_table(cells: list[list[str]], font: str) -> Table:
    widths = [w * mm for w in SURVEY_TABLE_WIDTHS]
    head = _styled(font, "head", SURVEY_CELL_PT, 13, alignment=1)
    name, value = _styled(font, "name", SURVEY_CELL_PT, 13), _styled(font, "value", SURVEY_CELL_PT, 13, alignment=2)
    data = []
    for r, row in enumerate(cells):
        line = []
        for c, cell in enumerate(row):
            style = head if r < 2 else value if c else name
            if cell:
                _fits(_escaped(cell), style, widths[c] - 12)
            line.append(Paragraph(_escaped(cell), style))
        data.append(line)
    grid = Table(data, colWidths=widths)
    grid.setStyle(_grid_style(font, SURVEY_TABLE_SPANS, 2))
    return grid


def typeset_survey(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    margin = SURVEY_MARGIN_MM * mm
    text_width = width - 2 * margin - 12  # less the frame's padding
    assert abs(sum(SURVEY_TABLE_WIDTHS) * mm - text_width) < 1, (sum(SURVEY_TABLE_WIDTHS) * mm, text_width)
    styles = {"title": _styled(BOLD_FONT, "title", 18, 28, alignment=1, spaceAfter=6),
              "byline": _styled(font, "byline", 12, 20, alignment=1),
              "date": _styled(font, "date", pt, leading, alignment=1, spaceAfter=14),
              "section": _styled(BOLD_FONT, "section", 13, 22, spaceBefore=8, spaceAfter=4),
              "subsection": _styled(BOLD_FONT, "subsection", pt, leading, firstLineIndent=2 * pt, spaceBefore=4),
              "paragraph": _body_style(layout),
              "caption": _styled(BOLD_FONT, "caption", 10.5, 16, alignment=1, spaceBefore=6, spaceAfter=4),
              "note": _styled(font, "note", 9, 14, spaceBefore=2),
              "chart_source": _styled(font, "chart_source", 9, 14, alignment=1)}
    _one_line_each([i for i in items if i["kind"] != "table"], styles, text_width)
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        if item["kind"] == "caption" and not item.get("chart"):  # caption, table and its notes kept together
            story += [Spacer(1, 4), KeepTogether([Paragraph(_escaped(item["text"]), styles["caption"]),
                                                  _survey_table(items[k + 1]["cells"], font)]
                                                 + [Paragraph(_escaped(i["text"]), styles[i["style"]])
                                                    for i in items[k + 2:k + 4]]), Spacer(1, 8)]
            k += 4
        elif item.get("chart"):  # the chart over its caption and source
            story += [KeepTogether([Spacer(1, 4), _survey_chart(text_width, font),
                                    Paragraph(_escaped(item["text"]), styles["caption"]),
                                    Paragraph(_escaped(items[k + 1]["text"]), styles["chart_source"])]), Spacer(1, 8)]
            k += 2
        else:
            story += _head_kept(item, styles, leading)
            k += 1

    def edges(canvas, doc) -> None:  # the series and its issue over a double rule; the page number bottom right
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawString(margin, height - 15 * mm, layout.header[0])
        canvas.drawRightString(width - margin, height - 15 * mm, layout.header[1])
        canvas.setLineWidth(1.2)
        canvas.line(margin, height - 17 * mm, width - margin, height - 17 * mm)
        canvas.setLineWidth(0.4)
        canvas.line(margin, height - 17.8 * mm, width - margin, height - 17.8 * mm)
        canvas.drawRightString(width - margin, 12 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    return _three_pages(layout, story, margin, margin, 25 * mm, edges, pages=3)


def seventeenth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 86 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (CHRONICLE_LAYOUT, CHRONICLE_PARAGRAPHS + 2, _chronicle_items, typeset_chronicle, _gold),
            (WHITE_LAYOUT, WHITE_PARAGRAPHS + 2, _white_items, typeset_white, _gold),
            (GLOSSARY_LAYOUT, GLOSSARY_PARAGRAPHS + 2, _glossary_items, typeset_glossary, _gold),
            (SURVEY_LAYOUT, SURVEY_PARAGRAPHS + 2, _survey_items, typeset_survey, _tables_gold)):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- An eighteenth batch of four held-out layouts, appended after the 90 above (their paragraphs come from the shared
# rng after those, so the 90 come out byte for byte as before). Made blind to the cleaner: by a helper who read neither
# its code nor its tests. As in the batches before, text is escaped for ReportLab's markup, the gold keeps the text as
# printed, block by block (bold, a hanging indent, a form's grid or a merged cell's centring is layout, not text; page
# furniture is not in the gold), and each layout draws two paragraphs more than it sets and sets the first that the font
# prints whole (_printed_whole). A text written here takes the next drawn paragraph where it holds `{}`
# (_outline_items). Written text keeps out the characters that this font draws but some extractors drop: the middle dot
# `·` and the Latin letters outside GB 2312's pinyin set (`ç`, `ã`, `õ`, `â`, `ô`, accented capitals), so the
# Portuguese below is chosen to need none of them.

def _hanging(font: str, name: str, size: float, lead: float, label: str, indent: float, **more) -> ParagraphStyle:
    """A style whose first line starts `indent` points in with `label` and whose lines after it hang under the text after
    the label (the label's width, in this font and size)."""
    width = pdfmetrics.stringWidth(label, font, size)
    return _styled(font, name, size, lead, leftIndent=indent + width, firstLineIndent=-width, **more)


def _last_line_length(markup: str, style: ParagraphStyle, width: float) -> int:
    """How many characters the paragraph's last line at this width holds."""
    paragraph = Paragraph(markup, style)
    paragraph.wrap(width, 1e6)
    line = paragraph.blPara.lines[-1]
    return len("".join(line[1]) if paragraph.blPara.kind == 0 else "".join(frag.text for frag in line.words))


def _number_label(text: str) -> str:
    """The number opening a list item's text, with the space after it: `1. `, `（1）`."""
    return re.match(r"\d+\. |（\d+）", text).group(0)


# 1. A joint open proposal (倡议书) printed from a word processor on a 16开 page (184 x 260 mm; 20 mm left and right, 24 mm
# top and bottom; 14 pt on a 25 pt leading, first-line indent 2 characters, justified), 3 pages. The title
# `关于加快发展新质生产力的倡议书` (20 pt, bold, centred; kind title), the salutation `全市广大科技工作者：` flush left (kind
# paragraph, as a4_notice_attachments' and b5_speech_transcript's), an opening written here, a drawn paragraph (001), a
# lead-in ending `我们发出如下倡议：` (kind paragraph each); five proposals, each a paragraph opening with its number and a
# bold lead run in (`一、争当科技自立自强的攻坚者。` + a drawn paragraph; the fifth written here; kind paragraph, the lead
# kept); a closing appeal written here (kind paragraph). Then a letter's close: `此致` indented 2 characters and `敬礼！`
# flush left on the next line (kind boilerplate each: the letter's fixed formula, as `特此公告。`). Then the six issuing
# bodies side by side, two to a line in a borderless table of two columns, each name centred in its half (kind byline
# each; gold order row by row, left then right), and the date flush right under them (kind dateline). Footer `N/M`
# centred (9 pt). No header.
INITIATIVE_PAGES = 3
INITIATIVE_LAYOUT = Layout("k16_joint_initiative_letter", FONT, (184 * mm, 260 * mm), 14, 25, 2, 0, None,
                           f"{{page}}/{INITIATIVE_PAGES}", ("001",))
INITIATIVE_OUTLINE = [
    ("title", "关于加快发展新质生产力的倡议书"),
    ("salutation", "全市广大科技工作者："),
    ("paragraph", "当前，新一轮科技革命和产业变革深入发展，科技创新日益成为重塑经济格局、培育发展新动能的关键变量。发展新质生产力"
                  "是推动高质量发展的内在要求和重要着力点，广大科技工作者是发展新质生产力的生力军，使命光荣，责任重大。"),
    ("paragraph", "{}"),
    ("paragraph", "值此第八个“全国科技工作者日”到来之际，为动员全市广大科技工作者在加快发展新质生产力中担当作为、建功立业，"
                  "我们发出如下倡议："),
    ("led", "一、争当科技自立自强的攻坚者。{}"),
    ("led", "二、争当产业创新发展的推动者。{}"),
    ("led", "三、争当创新人才培育的引路人。{}"),
    ("led", "四、争当科学家精神的弘扬者。{}"),
    ("led", "五、争当开放合作的践行者。积极融入全球创新网络，深化与国内外高校、科研机构和企业的交流合作，在更高起点上推进"
            "自主创新，为构建开放创新生态贡献智慧和力量。"),
    ("paragraph", "科技工作者朋友们，新征程催人奋进，新使命重任在肩。让我们坚定创新自信，勇攀科技高峰，在加快发展新质生产力、"
                  "推进中国式现代化建设中作出新的更大贡献！"),
    ("to", "此致"),
    ("salute", "敬礼！")]
INITIATIVE_KINDS = {"title": "title", "salutation": "paragraph", "paragraph": "paragraph", "led": "paragraph",
                    "to": "boilerplate", "salute": "boilerplate"}
INITIATIVE_PARAGRAPHS = sum(text.count("{}") for _, text in INITIATIVE_OUTLINE)
INITIATIVE_SIGNERS = [("某某市科学技术协会", "某某市科学技术局"), ("某某市工业和信息化局", "某某市人力资源和社会保障局"),
                      ("某某市总工会", "共青团某某市委员会")]
INITIATIVE_DATE = {"kind": "dateline", "text": "2024年5月30日", "style": "date"}
INITIATIVE_MARGINS_MM = (20, 24)  # left and right, top and bottom


def _initiative_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, INITIATIVE_PARAGRAPHS))
    items = _outline_items(INITIATIVE_OUTLINE, rest, INITIATIVE_KINDS, {})
    for n, row in enumerate(INITIATIVE_SIGNERS):
        items += [{"kind": "byline", "text": signer, "style": "signer", "row": n} for signer in row]
    return items + [INITIATIVE_DATE]


def typeset_initiative(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    side, top = (m * mm for m in INITIATIVE_MARGINS_MM)
    text_width = width - 2 * side - 12  # less the frame's padding
    styles = {"title": _styled(BOLD_FONT, "title", 20, 30, alignment=1, spaceAfter=14),
              "salutation": _styled(font, "salutation", pt, leading),
              "paragraph": _body_style(layout), "led": _body_style(layout),
              "to": _styled(font, "to", pt, leading, firstLineIndent=2 * pt, spaceBefore=4),
              "salute": _styled(font, "salute", pt, leading),
              "signer": _styled(font, "signer", pt, leading, alignment=1),
              "date": _styled(font, "date", pt, leading, alignment=2, rightIndent=2 * pt, spaceBefore=6)}
    _one_line_each([i for i in items if i["style"] != "signer"], styles, text_width)
    for item in items:
        if item["style"] == "led":
            assert _last_line_has_word(_led(item), styles["led"], text_width), item["text"]
        elif item["style"] == "signer":
            _fits(_escaped(item["text"]), styles["signer"], text_width / 2 - 12)
    story: list = []
    signers = [i for i in items if i["style"] == "signer"]
    for item in items:
        if item["style"] == "signer":
            if item is signers[0]:  # the issuing bodies, two to a line, each centred in its half
                rows = [[Paragraph(_escaped(i["text"]), styles["signer"]) for i in signers if i["row"] == n]
                        for n in range(len(INITIATIVE_SIGNERS))]
                grid = Table(rows, colWidths=[text_width / 2] * 2)
                grid.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
                story += [Spacer(1, 18), grid]
            continue
        if "lead" in item:
            story.append(Paragraph(_led(item), styles[item["style"]]))
        else:
            story += _head_kept(item, styles, leading)

    # `N/M` centred at the bottom
    return _three_pages(layout, story, side, side, top, _centred_footer(layout, font, width, 13 * mm),
                        pages=INITIATIVE_PAGES, bottom=top)


# 2. A funding programme's application guide (申請指引) of Macau's Science and Technology Development Fund, in Traditional
# script on B5 pages (20 mm margins; 10.5 pt on an 18 pt leading, first-line indent 2 characters, justified), 3 pages.
# The title `「新質生產力」專項資助計劃申請指引` (15 pt, bold, centred; kind title) over the programme's Portuguese name
# `Guia de Candidatura do Programa Especial de Apoio Financeiro` (10 pt, centred; kind title, as a4_bilingual_hk's English
# title line; written with no letter the extractors drop) and `二〇二五年三月` (10.5 pt, centred; kind dateline). Heads
# `一、…` (12 pt, bold, flush left) and `（一）…` (10.5 pt, bold, indented 2 characters) (kind heading each, kept with two
# lines); paragraphs drawn (000, 002) and written (kind paragraph); numbered conditions written here on two levels, `1. …；`
# starting 2 characters in and `（1）…；` 4 characters in, the lines after their first hanging under their text (kind
# list_item each, the number kept). Under `三、…`, after its paragraph and kept together: `表一　資助類別、資助上限及資助期限`
# (10 pt, bold, centred; kind caption), a grid of words (9 pt, black rules, the header row shaded, every cell centred
# vertically) whose first column's cells `研發類` and `產業化類` are each merged down two rows (table_row each, the
# header row included: a merged cell's text in its first row, the cell it covers empty, as in
# a4_survey_report_percentages), and `註：…` (8.5 pt; kind footnote). Last, `六、查詢` over three contact lines (10 pt, flush
# left; kind boilerplate each, as a4_newsletter_hk's). Header on every page, over a thin rule: the Fund's name in Chinese
# (8.5 pt) over its Portuguese name (7.5 pt), top left. Footer (8 pt): the guide's title bottom left, `第 N 頁／共 M 頁`
# bottom right.
MACAU_PAGES = 3
MACAU_LAYOUT = Layout("b5_macau_funding_guide_trad", FONT, B5, 10.5, 18, 2, 0,
                      ("澳門特別行政區科學技術發展基金", "Fundo para o Desenvolvimento das Ciências e da Tecnologia"),
                      f"第 {{page}} 頁／共 {MACAU_PAGES} 頁", ("000", "002"))
MACAU_OUTLINE = [
    ("title", "「新質生產力」專項資助計劃申請指引"),
    ("title_pt", "Guia de Candidatura do Programa Especial de Apoio Financeiro"),
    ("date", "二〇二五年三月"),
    ("section", "一、計劃目的"),
    ("paragraph", "為配合特區政府推動經濟適度多元發展，科學技術發展基金（下稱「科技基金」）推出「新質生產力」專項資助計劃，支持本澳"
                  "企業、高等院校及科研機構圍繞集成電路、人工智能、中醫藥大健康、新材料等領域開展科研及成果轉化。"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("section", "二、申請資格"),
    ("subsection", "（一）申請實體"),
    ("item", "1. 在澳門特別行政區依法登記設立，且在澳實際經營滿一年的企業；"),
    ("item", "2. 本澳高等院校及其附屬科研單位；"),
    ("item", "3. 經科技基金認可的本澳非牟利科研機構。"),
    ("subsection", "（二）基本條件"),
    ("item", "1. 申請實體須具備開展項目所需的研發能力、專業人員及設施；"),
    ("item", "2. 申請項目須同時符合下列要求："),
    ("subitem", "（1）屬本計劃支持的技術領域，並具明確的研發目標及考核指標；"),
    ("subitem", "（2）主要研發活動在澳門進行，項目成果在澳門落地或應用；"),
    ("subitem", "（3）未就同一項目獲得其他公共部門的資助。"),
    ("item", "3. 申請實體及其主要負責人沒有拖欠科技基金或其他公共部門款項的紀錄。"),
    ("section", "三、資助類別及金額"),
    ("paragraph", "本計劃設研發類、產業化類及平台類三類資助，各類資助的適用項目、資助上限及資助期限見表一。科技基金將按項目的"
                  "創新程度、預算的合理性及預期效益等釐定資助金額。"),
    ("table", ""),
    ("section", "四、申請文件"),
    ("item", "1. 經申請實體負責人簽署的申請表；"),
    ("item", "2. 項目計劃書，內容包括項目背景、研發內容、實施計劃、經費預算及預期成果等；"),
    ("item", "3. 申請實體的商業登記證明或設立證明文件副本。"),
    ("section", "五、評審及監察"),
    ("paragraph", "{}"),
    ("paragraph", "科技基金將組織專家對申請項目進行評審，評審結果經行政委員會審議後以書面通知申請實體。獲資助項目須按資助合同的"
                  "規定提交進度報告及總結報告，科技基金將對項目的執行情況及資助款項的使用進行監察。"),
    ("section", "六、查詢"),
    ("contact", "地址：澳門新口岸宋玉生廣場某某商業中心十二樓"),
    ("contact", "電話：(853) 2878 0000　　傳真：(853) 2878 0001"),
    ("contact", "電郵：nqp@example.gov.mo")]
MACAU_KINDS = {"title": "title", "title_pt": "title", "date": "dateline", "section": "heading", "subsection": "heading",
               "paragraph": "paragraph", "item": "list_item", "subitem": "list_item", "contact": "boilerplate"}
MACAU_PARAGRAPHS = sum(text.count("{}") for _, text in MACAU_OUTLINE)
MACAU_TABLE = [["資助類別", "適用項目", "資助上限", "資助期限"],
               ["研發類", "重點研發項目：圍繞集成電路、人工智能、中醫藥等重點領域開展關鍵核心技術研發", "澳門元800萬元", "不超過3年"],
               ["", "一般研發項目：面向企業生產經營中的技術難題開展研發", "澳門元300萬元", "不超過2年"],
               ["產業化類", "成果轉化項目：推動本澳高校及科研機構的科研成果在澳落地轉化", "澳門元500萬元", "不超過2年"],
               ["", "中試及示範應用項目：支持新技術、新產品在澳開展中試驗證及示範應用", "澳門元400萬元", "不超過2年"],
               ["平台類", "支持企業與高校共建聯合實驗室、技術創新中心等研發平台", "澳門元1,000萬元", "不超過3年"]]
MACAU_TABLE_SPANS = [((0, 1), (0, 2)), ((0, 3), (0, 4))]
MACAU_TABLE_WIDTHS = [20, 63, 28, 20]  # mm: the text's width (131.8 mm), less a little
MACAU_TABLE_ITEMS = [{"kind": "caption", "text": "表一　資助類別、資助上限及資助期限", "style": "caption"},
                     {"kind": "table", "text": "", "cells": MACAU_TABLE},
                     {"kind": "footnote", "text": "註：資助金額以澳門元計算；每一申請實體每年獲批資助的項目以兩個為限。",
                      "style": "note"}]
MACAU_CELL_PT = 9
MACAU_MARGIN_MM = 20


def _macau_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, MACAU_PARAGRAPHS))
    return _outline_items(MACAU_OUTLINE, rest, MACAU_KINDS, {"table": MACAU_TABLE_ITEMS})


def _macau_table(cells: list[list[str]], font: str) -> Table:
    widths = [w * mm for w in MACAU_TABLE_WIDTHS]
    head = _styled(BOLD_FONT, "head", MACAU_CELL_PT, 13, alignment=1)
    cell = _styled(font, "cell", MACAU_CELL_PT, 13)
    centred = _styled(font, "centred", MACAU_CELL_PT, 13, alignment=1)
    data = []
    for r, row in enumerate(cells):
        style = [head] * 4 if r == 0 else [centred, cell, centred, centred]
        if r:
            _cells_wrap_evenly(row, widths, cell)
        for c in (0, 2, 3):
            if row[c]:
                _fits(_escaped(row[c]), style[c], widths[c] - 12)
        data.append([Paragraph(_escaped(text), s) for text, s in zip(row, style)])
    grid = Table(data, colWidths=widths)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
                             + [("SPAN", *span) for span in MACAU_TABLE_SPANS]))
    return grid


def typeset_macau(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    margin = MACAU_MARGIN_MM * mm
    text_width = width - 2 * margin - 12  # less the frame's padding
    assert sum(MACAU_TABLE_WIDTHS) * mm <= text_width
    styles = {"title": _styled(BOLD_FONT, "title", 15, 22, alignment=1, spaceAfter=2),
              "title_pt": _styled(font, "title_pt", 10, 15, alignment=1, spaceAfter=4),
              "date": _styled(font, "date", pt, leading, alignment=1, spaceAfter=10),
              "section": _styled(BOLD_FONT, "section", 12, 20, spaceBefore=8, spaceAfter=2),
              "subsection": _styled(BOLD_FONT, "subsection", pt, leading, firstLineIndent=2 * pt, spaceBefore=2),
              "paragraph": _body_style(layout),
              "caption": _styled(BOLD_FONT, "caption", 10, 16, alignment=1, spaceAfter=4),
              "note": _styled(font, "note", 8.5, 13, spaceBefore=3),
              "contact": _styled(font, "contact", 10, 17)}
    for item in items:  # a list item's number at 2 (or 4) characters in, its lines after the first under its text
        if item["kind"] == "list_item":
            indent = (2 if item["style"] == "item" else 4) * pt
            item["hang"] = _hanging(font, item["style"], pt, leading, _number_label(item["text"]), indent,
                                    alignment=4)
    _one_line_each([i for i in items if i["kind"] not in ("table", "list_item")], styles, text_width)
    for item in items:
        if "hang" in item:
            assert _last_line_has_word(_escaped(item["text"]), item["hang"], text_width), item["text"]
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        if item["kind"] == "caption":  # caption, table and its note kept together
            story += [Spacer(1, 4), KeepTogether([Paragraph(_escaped(item["text"]), styles["caption"]),
                                                  _macau_table(items[k + 1]["cells"], font),
                                                  Paragraph(_escaped(items[k + 2]["text"]), styles["note"])]),
                      Spacer(1, 4)]
            k += 3
            continue
        if "hang" in item:
            story.append(Paragraph(_escaped(item["text"]), item["hang"]))
        else:
            story += _head_kept(item, styles, leading, kept=("heading",))
        k += 1

    def edges(canvas, doc) -> None:  # the Fund's names top left over a rule; the guide's title and `第 N 頁／共 M 頁`
        canvas.saveState()
        canvas.setFont(font, 8.5)
        canvas.drawString(margin, height - 11 * mm, layout.header[0])
        canvas.setFont(font, 7.5)
        canvas.drawString(margin, height - 14.5 * mm, layout.header[1])
        canvas.setLineWidth(0.5)
        canvas.line(margin, height - 16 * mm, width - margin, height - 16 * mm)
        canvas.setFont(font, 8)
        canvas.drawString(margin, 11 * mm, MACAU_OUTLINE[0][1])
        canvas.drawRightString(width - margin, 11 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    return _three_pages(layout, story, margin, margin, 21 * mm, edges, pages=MACAU_PAGES, bottom=20 * mm)


# 3. A listed company's investor relations activity record (投资者关系活动记录表), the exchanges' template filled in a word
# processor (A4, its default margins: 31.8 mm left and right, 25.4 mm top and bottom; 10.5 pt on an 18 pt leading), 3
# pages. `证券代码：688999` flush left and `证券简称：某某智能` flush right on one line (kind byline, one item, as
# a4_listed_company_announcement's code line), the title `某某智能科技股份有限公司投资者关系活动记录表` (15 pt, bold, centred;
# kind title), `编号：2024-007` flush right (kind byline). Then the form: one grid of two columns (black rules; labels 32
# mm wide, 7 characters to a line, bold, centred, shaded; the values' column the rest), every cell aligned to its top.
# Rows: the activity's category, its eight options as checkboxes in a borderless grid of three to a line inside the cell
# (`√特定对象调研` `□分析师会议` `□媒体采访` / `□业绩说明会` …; the gold joins them with `　　`), the participants (3 lines), the
# time, the place, the company's people (kind table_row each: label and value). Then the row `投资者关系活动主要内容介绍`:
# its label, wrapping to two lines in its column beside the content's first lines (kind heading: it heads the content),
# and one cell holding an intro written here (kind paragraph), five questions `1. …？` (bold; kind heading, as
# a4_policy_faq_numbered's) and their answers `答：` + a drawn paragraph (001, 003; the second written here, with figures;
# kind paragraph each, the label kept; first-line indent 2 characters); the row splits over both page breaks (ReportLab's
# splitInRow), inside the third and the fifth answer, the label staying on page 1. Then the rows `关于本次活动是否涉及应
# 披露重大信息的说明` (its label on three lines), `附件清单（如有）` / `无` and `日期` (kind table_row each), on page 3. Footer
# `第 N 页，共 M 页` centred (9 pt).
IR_PAGES = 3
IR_LAYOUT = Layout("a4_investor_relations_record", FONT, A4, 10.5, 18, 2, 0, None, f"第 {{page}} 页，共 {IR_PAGES} 页",
                   ("001", "003"))
IR_HEAD = [{"kind": "byline", "text": "证券代码：688999　　证券简称：某某智能", "style": "code",
            "pair": ("证券代码：688999", "证券简称：某某智能")},
           {"kind": "title", "text": "某某智能科技股份有限公司投资者关系活动记录表", "style": "title"},
           {"kind": "byline", "text": "编号：2024-007", "style": "number"}]
IR_OPTIONS = ["√特定对象调研", "□分析师会议", "□媒体采访", "□业绩说明会", "□新闻发布会", "□路演活动", "□现场参观", "□其他"]
IR_OPTIONS_PER_LINE = 3
IR_FORM_TOP = [("投资者关系活动类别", IR_OPTIONS),
               ("参与单位名称及人员姓名", ["某某证券股份有限公司　王某某、李某某；某某基金管理有限公司　张某某；某某资产管理有限公司　"
                                 "刘某某；某某人寿保险股份有限公司　陈某某；某某私募基金管理有限公司　杨某某（排名不分先后）"]),
               ("时间", ["2024年5月16日　14:00—16:00"]),
               ("地点", ["公司总部三楼会议室"]),
               ("上市公司接待人员姓名", ["董事会秘书、财务总监　赵某某；证券事务代表　孙某某；投资者关系经理　周某某"])]
IR_CONTENT_LABEL = {"kind": "heading", "text": "投资者关系活动主要内容介绍", "style": "label"}
IR_CONTENT = [
    ("intro", "董事会秘书赵某某首先介绍了公司2023年度及2024年第一季度的经营情况，随后与参会人员进行了交流。主要内容如下："),
    ("question", "1. 公司如何理解新质生产力？在这方面有哪些布局？"),
    ("answer", "答：{}"),
    ("question", "2. 公司的研发投入情况如何？"),
    ("answer", "答：2023年公司研发投入4.62亿元，占营业收入的比例为15.8%，较上年提高1.3个百分点；截至2023年末，公司共有"
               "研发人员1,126人，占员工总数的41.2%，累计获得授权发明专利386项。"),
    ("question", "3. 公司在人工智能和工业软件领域进展如何？"),
    ("answer", "答：{}"),
    ("question", "4. 公司如何看待大规模设备更新政策带来的市场机会？"),
    ("answer", "答：{}"),
    ("question", "5. 公司未来的发展战略是什么？"),
    ("answer", "答：{}")]
IR_KINDS = {"intro": "paragraph", "question": "heading", "answer": "paragraph"}
IR_PARAGRAPHS = sum(text.count("{}") for _, text in IR_CONTENT)
IR_FORM_BOTTOM = [("关于本次活动是否涉及应披露重大信息的说明", ["本次活动不涉及应披露而未披露的重大信息。"]),
                  ("附件清单（如有）", ["无"]),
                  ("日期", ["2024年5月17日"])]
IR_LABEL_MM = 32  # 7 characters to a line: no label leaves one character alone on its last line
IR_MARGINS_MM = (31.8, 25.4)  # left and right, top and bottom
IR_LABEL_FILL = colors.Color(0.92, 0.92, 0.92)


def _ir_form(rows: list[tuple[str, list[str]]]) -> dict:
    """A table item of the form's rows: label and value (the value's printed lines, or its options, joined by `　　`)."""
    return {"kind": "table", "text": "", "cells": [[label, "　　".join(lines)] for label, lines in rows], "rows": rows}


def _ir_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, IR_PARAGRAPHS))
    content = [dict(item, cell=True) for item in _outline_items(IR_CONTENT, rest, IR_KINDS, {})]
    for item in content:
        if item["style"] == "answer":
            item["lead"] = "答："
    return list(IR_HEAD) + [_ir_form(IR_FORM_TOP), IR_CONTENT_LABEL] + content + [_ir_form(IR_FORM_BOTTOM)]


def typeset_ir(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    side, top = (m * mm for m in IR_MARGINS_MM)
    text_width = width - 2 * side - 12  # less the frame's padding
    label_width = IR_LABEL_MM * mm
    value_width = text_width - label_width
    styles = {"code": _styled(font, "code", 10.5, 18),
              "title": _styled(BOLD_FONT, "title", 15, 24, alignment=1, spaceBefore=8, spaceAfter=4),
              "number": _styled(font, "number", 10.5, 18, alignment=2, spaceAfter=4),
              "label": _styled(BOLD_FONT, "label", pt, leading, alignment=1),
              "value": _styled(font, "value", pt, leading, alignment=4),
              "intro": _body_style(layout), "answer": _body_style(layout),
              "question": _styled(BOLD_FONT, "question", pt, leading, spaceBefore=4)}
    _one_line_each([i for i in items if i.get("style") in ("title", "number")], styles, text_width)
    cell_width = value_width - 12  # less the cell's padding
    for item in items:
        if item.get("cell"):
            markup = _led(item)
            if item["kind"] == "heading":
                _fits(markup, styles["question"], cell_width)
            else:
                assert _last_line_has_word(markup, styles[item["style"]], cell_width), item["text"]

    def rows_of(form: dict) -> list[list]:
        rows = []
        for label, lines in form["rows"]:
            assert _last_line_length(_escaped(label), styles["label"], label_width - 12) > 1, label
            if lines is IR_OPTIONS:  # the checkboxes: a borderless grid of three to a line
                column = cell_width / IR_OPTIONS_PER_LINE
                for option in lines:
                    _fits(_escaped(option), styles["value"], column)
                options = [Paragraph(_escaped(option), styles["value"]) for option in lines]
                options += [""] * (-len(options) % IR_OPTIONS_PER_LINE)
                grid = Table([options[n:n + IR_OPTIONS_PER_LINE] for n in range(0, len(options), IR_OPTIONS_PER_LINE)],
                             colWidths=[column] * IR_OPTIONS_PER_LINE)
                grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                          ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
                rows.append([Paragraph(_escaped(label), styles["label"]), grid])
                continue
            for line in lines:
                assert _last_line_has_word(_escaped(line), styles["value"], cell_width), line
            rows.append([Paragraph(_escaped(label), styles["label"]),
                         [Paragraph(_escaped(line), styles["value"]) for line in lines]])
        return rows

    forms = [i for i in items if i["kind"] == "table"]
    label = next(i for i in items if i.get("style") == "label")
    content = [Paragraph(_led(i), styles[i.get("style")]) for i in items if i.get("cell")]
    rows = rows_of(forms[0]) + [[Paragraph(_escaped(label["text"]), styles["label"]), content]] + rows_of(forms[1])
    big = len(forms[0]["rows"])
    grid = Table(rows, colWidths=[label_width, value_width], splitInRow=1)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.75, colors.black),
                              ("BACKGROUND", (0, 0), (0, -1), IR_LABEL_FILL),
                              ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                              ("TOPPADDING", (1, big), (1, big), 3)]))
    code = next(i for i in items if i.get("style") == "code")
    story = [_two_ends(*code["pair"], styles["code"], text_width)]
    story += [Paragraph(_escaped(i["text"]), styles[i.get("style")]) for i in items if i.get("style") in ("title", "number")]
    story.append(grid)

    # `第 N 页，共 M 页` centred at the bottom
    return _three_pages(layout, story, side, side, top, _centred_footer(layout, font, width, 14 * mm),
                        pages=IR_PAGES, bottom=top)


# 4. A city government's information disclosure page (政府信息公开) printed from Firefox on US Letter paper (8.5 x 11 in;
# the page's content 22 mm from either edge; 12 pt on a 24 pt leading, first-line indent 2 characters, 6 pt after each
# paragraph, as the site's CSS sets them), 3 pages. The breadcrumb `当前位置：首页 > 政府信息公开 > …` (9 pt, grey; kind
# boilerplate); the metadata grid (10 pt, grey rules, the label cells shaded and centred): `索 引 号` / `11440300MB2C96781X/2024
# -00123` / `分　　类` / `科技、教育；通知`, `发布机构` … `成文日期` …, `标　　题` over the notice's title merged across the three
# cells to its right, `文　　号` … `发布日期` …, `主 题 词` … `有 效 性` / `有效` (table_row each: four cells, a merged cell's text
# in its first column and the cells it covers empty). The notice's title (16 pt, bold, centred, wrapping to two lines;
# kind title), the page's meta line `发布日期：…　　来源：…　　浏览次数：1286` (9 pt, grey, centred; kind byline, as
# a4_wechat_article_print's) over a thin rule. The notice: its number `某府办规〔2024〕3号` centred (kind byline, as
# a4_notice_attachments'), the salutation flush left, one paragraph written here (kind paragraph each), the issuing office
# (kind byline) over the date (kind dateline), both flush right 4 characters in, `（此件公开发布）` indented 2 characters
# (kind boilerplate). Then the measures it issues, on the same page: their title `某某市加快发展新质生产力若干措施` (14 pt,
# bold, centred; kind title: the attached document's), an opening written here, heads `一、…` (bold, indented 2 characters;
# kind heading) each over two paragraphs opening with a run-in `（一）…。` (not bold; kind paragraph: run in), five with a
# drawn paragraph (001) after the lead and one written whole, and a closing article written here (kind paragraph). At the
# end `【打印本页】　【关闭窗口】` flush right (kind boilerplate) and, under a rule, centred in 9 pt grey, the site's two footer
# lines `主办：…　　承办：…` and `网站标识码：…　　…ICP备…号` (kind boilerplate each). Firefox's furniture in 8 pt: the page's
# title top left and its address top right; `N of M` bottom left and the date and time of printing bottom right.
DISCLOSURE_PAGES = 3
DISCLOSURE_LAYOUT = Layout("letter_gov_info_disclosure_print", FONT, (612, 792), 12, 24, 2, 6,
                           ("关于印发某某市加快发展新质生产力若干措施的通知",
                            "https://www.example.gov.cn/zwgk/zcwj/szfbgtwj/content/post_1123456.html"),
                           f"{{page}} of {DISCLOSURE_PAGES}", ("001",))
DISCLOSURE_PRINTED = "3/26/2024, 9:41 AM"
DISCLOSURE_CRUMB = {"kind": "boilerplate", "text": "当前位置：首页 > 政府信息公开 > 政策文件 > 市政府办公厅文件", "style": "crumb"}
DISCLOSURE_META = [["索 引 号", "11440300MB2C96781X/2024-00123", "分　　类", "科技、教育；通知"],
                   ["发布机构", "某某市人民政府办公厅", "成文日期", "2024-03-20"],
                   ["标　　题", "某某市人民政府办公厅关于印发某某市加快发展新质生产力若干措施的通知", "", ""],
                   ["文　　号", "某府办规〔2024〕3号", "发布日期", "2024-03-25"],
                   ["主 题 词", "新质生产力；科技创新；产业发展", "有 效 性", "有效"]]
DISCLOSURE_META_WIDTHS = [22, 60, 22, 60]  # mm
DISCLOSURE_OUTLINE = [
    ("crumb", ""),
    ("meta", ""),
    ("title", "某某市人民政府办公厅关于印发某某市加快发展新质生产力若干措施的通知"),
    ("pageline", "发布日期：2024-03-25　　来源：某某市人民政府办公厅　　浏览次数：1286"),
    ("number", "某府办规〔2024〕3号"),
    ("salutation", "各区人民政府，市政府各部门、各直属机构："),
    ("paragraph", "《某某市加快发展新质生产力若干措施》已经市人民政府同意，现印发给你们，请认真组织实施。实施中遇到的问题，请径向"
                  "市发展改革委反映。"),
    ("office", "某某市人民政府办公厅"),
    ("date", "2024年3月20日"),
    ("public", "（此件公开发布）"),
    ("title2", "某某市加快发展新质生产力若干措施"),
    ("paragraph", "为深入贯彻落实党中央、国务院关于发展新质生产力的决策部署，加快推动我市产业转型升级和经济高质量发展，结合我市"
                  "实际，制定如下措施。"),
    ("section", "一、强化科技创新引领"),
    ("paragraph", "（一）支持企业加大研发投入。{}"),
    ("paragraph", "（二）建设高水平创新平台。{}"),
    ("section", "二、加快培育新兴产业和未来产业"),
    ("paragraph", "（一）壮大战略性新兴产业集群。{}"),
    ("paragraph", "（二）前瞻布局未来产业。{}"),
    ("section", "三、强化要素保障"),
    ("paragraph", "（一）加大金融支持力度。{}"),
    ("paragraph", "（二）强化人才支撑。对新引进的高层次人才，按规定给予安家补贴、子女入学、医疗保障等支持；支持企业与高校、职业院校"
                  "共建产业学院和实训基地，每年培养高技能人才1万人以上。"),
    ("paragraph", "本措施自2024年4月1日起施行，有效期至2026年12月31日。本措施由市发展改革委负责解释，此前我市出台的相关政策与本"
                  "措施不一致的，以本措施为准。"),
    ("tools", "【打印本页】　【关闭窗口】"),
    ("site", "主办：某某市人民政府办公厅　　承办：某某市政务服务数据管理局"),
    ("site", "网站标识码：4403000001　　粤ICP备12345678号")]
DISCLOSURE_KINDS = {"title": "title", "title2": "title", "pageline": "byline", "number": "byline",
                    "salutation": "paragraph", "paragraph": "paragraph", "office": "byline", "date": "dateline",
                    "public": "boilerplate", "section": "heading", "tools": "boilerplate", "site": "boilerplate"}
DISCLOSURE_PARAGRAPHS = sum(text.count("{}") for _, text in DISCLOSURE_OUTLINE)
DISCLOSURE_GREY = colors.Color(0.4, 0.4, 0.4)
DISCLOSURE_SIDE_MM = 22


def _disclosure_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, DISCLOSURE_PARAGRAPHS))
    meta = {"kind": "table", "text": "", "cells": DISCLOSURE_META}
    return _outline_items(DISCLOSURE_OUTLINE, rest, DISCLOSURE_KINDS, {"crumb": [DISCLOSURE_CRUMB], "meta": [meta]})


def typeset_disclosure(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side = DISCLOSURE_SIDE_MM * mm
    text_width = width - 2 * side - 12  # less the frame's padding
    body = _body_style(layout)
    styles = {"crumb": _styled(font, "crumb", 9, 14, textColor=DISCLOSURE_GREY, spaceAfter=6),
              "title": _styled(BOLD_FONT, "title", 16, 26, alignment=1, spaceBefore=14, spaceAfter=4),
              "pageline": _styled(font, "pageline", 9, 14, alignment=1, textColor=DISCLOSURE_GREY),
              "number": _styled(font, "number", pt, leading, alignment=1, spaceAfter=6),
              "salutation": _styled(font, "salutation", pt, leading, spaceAfter=6),
              "paragraph": body,
              "office": _styled(font, "office", pt, leading, alignment=2, rightIndent=4 * pt, spaceBefore=12),
              "date": _styled(font, "date", pt, leading, alignment=2, rightIndent=4 * pt),
              "public": _styled(font, "public", pt, leading, firstLineIndent=2 * pt, spaceAfter=12),
              "title2": _styled(BOLD_FONT, "title2", 14, 24, alignment=1, spaceBefore=10, spaceAfter=8),
              "section": _styled(BOLD_FONT, "section", pt, leading, firstLineIndent=2 * pt, spaceAfter=6),
              "tools": _styled(font, "tools", 10, 16, alignment=2, spaceBefore=10),
              "site": _styled(font, "site", 9, 15, alignment=1, textColor=DISCLOSURE_GREY)}
    _one_line_each([i for i in items if i["kind"] != "table" and i.get("style") != "title"], styles, text_width)
    title = next(i for i in items if i.get("style") == "title")
    assert _wrapped_lines(_escaped(title["text"]), styles["title"], text_width) == 2
    assert _last_line_has_word(_escaped(title["text"]), styles["title"], text_width)
    widths = [w * mm for w in DISCLOSURE_META_WIDTHS]
    assert sum(widths) <= text_width
    label = _styled(font, "meta_label", 10, 15, alignment=1)
    value = _styled(font, "meta_value", 10, 15)
    story: list = []
    for item in items:
        if item["kind"] == "table":  # the metadata grid, the title's cell merged across the three to its right
            rows = []
            for row in item["cells"]:
                merged = not row[2]
                room = [widths[0], sum(widths[1:]) if merged else widths[1], widths[2], widths[3]]
                for c, cell in enumerate(row):
                    if cell:
                        _fits(_escaped(cell), label if c % 2 == 0 else value, room[c] - 12)
                rows.append([Paragraph(_escaped(cell), label if c % 2 == 0 else value) for c, cell in enumerate(row)])
            grid = Table(rows, colWidths=widths)
            spans = [("SPAN", (1, r), (3, r)) for r, row in enumerate(item["cells"]) if not row[2]]
            grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.7, 0.7, 0.7)),
                                      ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.94, 0.95, 0.97)),
                                      ("BACKGROUND", (2, 0), (2, -1), colors.Color(0.94, 0.95, 0.97)),
                                      ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                      ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                                      *spans]))
            story.append(grid)
            continue
        if item["style"] == "site":
            if items[items.index(item) - 1]["style"] != "site":
                story.append(HRFlowable(width="100%", thickness=0.5, color=DISCLOSURE_GREY, spaceBefore=12, spaceAfter=6))
            story.append(Paragraph(_escaped(item["text"]), styles["site"]))
            continue
        story += _head_kept(item, styles, leading)
        if item["style"] == "pageline":
            story.append(HRFlowable(width="100%", thickness=0.5, color=DISCLOSURE_GREY, spaceBefore=6, spaceAfter=14))

    def firefox(canvas, doc) -> None:  # the page's title and address at the top, `N of M` and the print time below
        canvas.saveState()
        canvas.setFont(font, 8)
        edge = 0.5 * 72
        canvas.drawString(edge, height - 0.35 * 72, layout.header[0])
        canvas.drawRightString(width - edge, height - 0.35 * 72, layout.header[1])
        canvas.drawString(edge, 0.3 * 72, layout.footer.format(page=doc.page))
        canvas.drawRightString(width - edge, 0.3 * 72, DISCLOSURE_PRINTED)
        canvas.restoreState()

    return _three_pages(layout, story, side, side, 0.75 * 72, firefox, pages=DISCLOSURE_PAGES, bottom=0.75 * 72)


def eighteenth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 90 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (INITIATIVE_LAYOUT, INITIATIVE_PARAGRAPHS + 2, _initiative_items, typeset_initiative, _gold),
            (MACAU_LAYOUT, MACAU_PARAGRAPHS + 2, _macau_items, typeset_macau, _tables_gold),
            (IR_LAYOUT, IR_PARAGRAPHS + 2, _ir_items, typeset_ir, _tables_gold),
            (DISCLOSURE_LAYOUT, DISCLOSURE_PARAGRAPHS + 2, _disclosure_items, typeset_disclosure, _tables_gold)):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- A nineteenth batch of four held-out layouts, appended after the 94 above (their paragraphs come from the shared
# rng after those, so the 94 come out byte for byte as before). Made blind to the cleaner: by a helper who read neither
# its code nor its tests. As in the batches before, text is escaped for ReportLab's markup, the gold keeps the text as
# printed, block by block (bold, a highlight, a hanging indent, a grid's rules or a merged cell's span is layout, not
# text; page furniture and a picture are not in the gold), and each layout draws two paragraphs more than it sets and
# sets the first that the font prints whole (_printed_whole). A text written here takes the next drawn paragraph where
# it holds `{}` (_outline_items). Written text keeps out the characters that this font draws but some extractors drop
# (the middle dot `·`, which only the book review's page numbers carry, as furniture), and no wrapped cell or title
# leaves one character alone on its last line.

class _AtFoot(Flowable):
    """A flowable set at the foot of the frame it lands in: it takes the rest of the frame's height and draws `inner`
    at its bottom (as GB/T 9704 sets a document's 版记 at the foot of its last page)."""

    def __init__(self, inner: Flowable) -> None:
        super().__init__()
        self.inner = inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, need = self.inner.wrap(availWidth, availHeight)
        self.height = max(need, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, 0)


def _no_lone_last(markup: str, style: ParagraphStyle, width: float) -> None:
    """Asserts that the paragraph, if it wraps at this width, leaves more than one character on its last line."""
    assert _wrapped_lines(markup, style, width) == 1 or _last_line_length(markup, style, width) > 1, markup


# 1. A provincial department's reply (答复函) to a deputy's suggestion made at the provincial people's congress, in
# GB/T 9704's letter format (A4; 37 mm top, 35 mm bottom, 28 mm left, 26 mm right; 16 pt on a 29 pt leading, first-line
# indent 2 characters, justified), 4 pages. The issuer's name `某某省科学技术厅` (26 pt, bold, red, centred; kind
# byline, as a4_notice_attachments' issuer mark) over a red double rule (thick over thin); under it, on one line, the
# handling result's class `A类` flush left (kind boilerplate: a handling mark, as a4_think_tank_brief's `内部资料…`) and
# the letter's number `某科函〔2024〕23号` flush right (kind byline, as the notice's number); the title (22 pt, bold,
# centred, on two lines broken by sense; kind title, one item); the deputy `王某某代表：` flush left (kind paragraph, as
# the notice's salutation); two openings written here; heads `一、关于…` (bold, indented 2 characters, the body's size;
# kind heading, kept with two lines) each over a drawn paragraph (001), the second over one written here first
# (figures); thanks written here (kind paragraph each). The department (kind byline) over the date (kind dateline),
# flush right 4 characters in, one empty line above them, at the end of page 3; `（此件公开发布）` and the contact line
# `（联系人：…，联系电话：…）` indented 2 characters (kind boilerplate each) at the top of page 4, which is empty below
# them down to its foot. There, between rules (the 版记; thick above and below, thin between): `抄送：…。` (14 pt, 1
# character in; kind boilerplate, as a4_meeting_minutes') and, on one line, the printing office 1 character in and
# `2024年6月18日印发` 1 character from the right (kind byline, one item, as the minutes'). Page numbers `— N —` (14 pt) as
# GB/T 9704 sets them: at the right on odd pages and at the left on even ones, one character in from the text's edge, 7
# mm under it.
REPLY_PAGES = 4
REPLY_LAYOUT = Layout("a4_deputy_suggestion_reply", FONT, A4, 16, 29, 2, 0, None, "— {page} —", ("001",))
REPLY_RED = colors.Color(0.85, 0.05, 0.05)
REPLY_MARGINS_MM = (37, 35, 28, 26)  # top, bottom, left, right
REPLY_MARKS = [{"kind": "boilerplate", "text": "A类", "style": "mark"},
               {"kind": "byline", "text": "某科函〔2024〕23号", "style": "number"}]
REPLY_FOOT = [{"kind": "boilerplate", "text": "抄送：省人大常委会代表工作委员会，省人民政府办公厅。", "style": "copy"},
              {"kind": "byline", "text": "某某省科学技术厅办公室　　2024年6月18日印发", "style": "printed",
               "pair": ("某某省科学技术厅办公室", "2024年6月18日印发")}]
REPLY_TITLE_LINES = ("关于省十四届人大二次会议", "第1286号代表建议的答复")  # broken by sense, as GB/T 9704 asks
REPLY_OUTLINE = [
    ("issuer", "某某省科学技术厅"),
    ("marks", ""),
    ("title", "".join(REPLY_TITLE_LINES)),
    ("salutation", "王某某代表："),
    ("paragraph", "您提出的《关于加快培育新质生产力推动县域制造业转型升级的建议》收悉。经认真研究，并商省发展改革委、省经济和信息化"
                  "厅、省财政厅，现答复如下："),
    ("paragraph", "您在建议中提出的强化县域创新平台、壮大科技型企业、加快科技成果转化等意见，对我省以科技创新引领县域产业转型升级"
                  "具有很强的针对性和指导性。近年来，我厅会同有关部门重点开展了以下工作："),
    ("section", "一、关于强化县域创新平台建设"),
    ("paragraph", "{}"),
    ("section", "二、关于培育壮大科技型企业"),
    ("paragraph", "2023年，全省新认定高新技术企业5863家，总数达到3.9万家；入库科技型中小企业4.2万家，其中县域企业占比46.7%。"
                  "省财政安排企业研发投入奖补资金6.5亿元，惠及企业1.1万家次，有力带动了全社会研发投入增长。"),
    ("paragraph", "{}"),
    ("section", "三、关于推动科技成果在县域转化"),
    ("paragraph", "{}"),
    ("section", "四、下一步工作打算"),
    ("paragraph", "{}"),
    ("paragraph", "感谢您对全省科技创新工作的关心和支持，欢迎继续提出宝贵意见和建议。"),
    ("office", "某某省科学技术厅"),
    ("date", "2024年6月18日"),
    ("public", "（此件公开发布）"),
    ("contact", "（联系人：赵某某，联系电话：0571-87054321）"),
    ("foot", "")]
REPLY_KINDS = {"issuer": "byline", "title": "title", "salutation": "paragraph", "paragraph": "paragraph",
               "section": "heading", "office": "byline", "date": "dateline", "public": "boilerplate",
               "contact": "boilerplate"}
REPLY_PARAGRAPHS = sum(text.count("{}") for _, text in REPLY_OUTLINE)


def _reply_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, REPLY_PARAGRAPHS))
    return _outline_items(REPLY_OUTLINE, rest, REPLY_KINDS, {"marks": REPLY_MARKS, "foot": REPLY_FOOT})


def typeset_reply(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    top, bottom, left, right = (m * mm for m in REPLY_MARGINS_MM)
    text_width = width - left - right - 12  # less the frame's padding
    styles = {"issuer": _styled(BOLD_FONT, "issuer", 26, 34, alignment=1, textColor=REPLY_RED),
              "marks": _styled(font, "marks", pt, leading),
              "title": _styled(BOLD_FONT, "title", 22, 34, alignment=1, spaceBefore=22, spaceAfter=22),
              "salutation": _styled(font, "salutation", pt, leading),
              "paragraph": _body_style(layout),
              "section": _styled(BOLD_FONT, "section", pt, leading, firstLineIndent=2 * pt),
              "office": _styled(font, "office", pt, leading, alignment=2, rightIndent=4 * pt, spaceBefore=leading),
              "date": _styled(font, "date", pt, leading, alignment=2, rightIndent=4 * pt),
              "public": _styled(font, "public", pt, leading, firstLineIndent=2 * pt, spaceBefore=leading),
              "contact": _styled(font, "contact", pt, leading, firstLineIndent=2 * pt),
              "copy": _styled(font, "copy", 14, 24), "printed": _styled(font, "printed", 14, 24)}
    _one_line_each([i for i in items if i.get("style") in ("issuer", "salutation", "section", "office", "date", "public",
                                                           "contact")], styles, text_width)
    for item in items:
        if item.get("style") == "paragraph":
            assert _last_line_has_word(_escaped(item["text"]), styles["paragraph"], text_width), item["text"]
    for line in REPLY_TITLE_LINES:
        _fits(_escaped(line), styles["title"], text_width)
    inset = 14  # the 版记's lines: one character (14 pt) in from either end
    by_style = {i.get("style"): i for i in items}
    _fits(_escaped(by_style["copy"]["text"]), styles["copy"], text_width - 2 * inset)
    story: list = []
    for item in items:
        style = item.get("style")
        if style == "number" or style == "printed":
            continue
        if style == "mark":  # the class flush left and the number flush right, on one line under the rules
            story += [_two_ends(item["text"], by_style["number"]["text"], styles["marks"], text_width)]
            continue
        if style == "copy":  # the 版记 at the foot of the last page
            foot = Table([[Paragraph(_escaped(item["text"]), styles["copy"])],
                          [_two_ends(*by_style["printed"]["pair"], styles["printed"], text_width - 2 * inset)]],
                         colWidths=[text_width])
            foot.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                                      ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                                      ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
                                      ("LEFTPADDING", (0, 0), (-1, -1), inset), ("RIGHTPADDING", (0, 0), (-1, -1), inset),
                                      ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            story.append(_AtFoot(foot))
            continue
        if style == "title":  # on two lines broken by sense
            story.append(Paragraph("<br/>".join(_escaped(line) for line in REPLY_TITLE_LINES), styles["title"]))
            continue
        story += _head_kept(item, styles, leading)
        if style == "issuer":
            story += [HRFlowable(width="100%", thickness=2, color=REPLY_RED, spaceBefore=8, spaceAfter=2),
                      HRFlowable(width="100%", thickness=0.6, color=REPLY_RED, spaceAfter=6)]

    def numbers(canvas, doc) -> None:  # `— N —` at the right on odd pages, at the left on even ones
        canvas.saveState()
        canvas.setFont(font, 14)
        number, y = layout.footer.format(page=doc.page), bottom - 7 * mm - 11
        if doc.page % 2:
            canvas.drawRightString(width - right - 6 - 14, y, number)
        else:
            canvas.drawString(left + 6 + 14, y, number)
        canvas.restoreState()

    return _three_pages(layout, story, left, right, top, numbers, pages=REPLY_PAGES, bottom=bottom)


# 2. A book review (書評) in a Hong Kong university's journal, in Traditional script on B5 pages (20 mm left and right,
# 22 mm top and bottom; 10.5 pt on an 18 pt leading, first-line indent 2 characters, justified), pages 153-155. Page 153:
# the column's label `書　評` (10.5 pt, bold, white on a dark grey ground, flush left; kind heading, as
# b5_magazine_column_trad's kicker), the title `理論自覺與實踐關懷的統一` (17 pt, bold, centred; kind title) over its
# subtitle `——評李某某《新質生產力：理論邏輯與實踐路徑》` (11.5 pt, centred; kind title), the reviewer `陳某某` (11 pt,
# centred; kind byline). Then the book's data **beside its cover**: a borderless table, between thin rules, whose first
# column is a grey box (the cover: a picture, no text) merged down all seven rows and whose other two hold a label (bold,
# 9.5 pt) and its value (9.5 pt): `書　　名` / `新質生產力：理論邏輯與實踐路徑`, `作　　者`, `出 版 社`, `出版時間`, `頁　　數`,
# `ISBN`, `定　　價` (kind table_row each: label and value; the cover's column is not in the gold). An opening written
# here, three heads `一、…` (11 pt, bold, flush left; kind heading, kept with two lines) over five drawn paragraphs (000,
# 002) and four written here, one of them the lead-in `…作了頗具啟發性的辨析：` to a block quote from the book, indented 2
# characters on both sides (9.5 pt on 16 pt; kind quote) that ends with its page `（第37頁）`; a closing paragraph written
# here; `（責任編輯：林某某）` flush right (9.5 pt; kind byline, as a4_wechat_article_print's editor line). At the foot of
# page 153, under a 40 mm rule and drawn after the page's text: `收稿日期：2024-04-16` and `作者簡介：陳某某，…。` (8 pt;
# kind footnote, listed last in the gold, as a4_journal_arabic_sections'). Furniture (8.5 pt): on page 153 the journal's
# name, volume, issue and month top left over a thin rule; on 154 the journal's name top left and on 155 the author and
# title top right (`陳某某：理論自覺與實踐關懷的統一`), over a thin rule; the page number `· N ·` centred at the bottom of
# every page (the middle dots only there).
REVIEW_PAGES = 3
REVIEW_LAYOUT = Layout("b5_book_review_trad", FONT, B5, 10.5, 18, 2, 0,
                       ("某某大學學報（人文社會科學版）", "陳某某：理論自覺與實踐關懷的統一"), "· {page} ·", ("000", "002"))
REVIEW_FIRST_PAGE = 153
REVIEW_ISSUE = "某某大學學報（人文社會科學版）　第41卷第3期　2024年9月"
REVIEW_BOOK = [["書　　名", "新質生產力：理論邏輯與實踐路徑"], ["作　　者", "李某某　著"], ["出 版 社", "某某人民出版社"],
               ["出版時間", "2024年5月"], ["頁　　數", "368頁"], ["ISBN", "978-7-01-026543-2"], ["定　　價", "68.00元"]]
REVIEW_OUTLINE = [
    ("kicker", "書　評"),
    ("title", "理論自覺與實踐關懷的統一"),
    ("subtitle", "——評李某某《新質生產力：理論邏輯與實踐路徑》"),
    ("author", "陳某某"),
    ("book", ""),
    ("paragraph", "2023年9月，習近平總書記在黑龍江考察時首次提出「新質生產力」這一概念，隨即引起學術界的廣泛關注。某某大學李某某"
                  "教授新近出版的《新質生產力：理論邏輯與實踐路徑》一書，是較早對這一概念作系統學理闡釋的專著之一。全書約三十萬字，"
                  "分為理論篇、實踐篇和政策篇，共十章。"),
    ("section", "一、全書的基本框架"),
    ("paragraph", "理論篇從馬克思主義生產力理論出發，梳理新質生產力概念的思想淵源，界定其科學內涵與基本特徵；實踐篇選取長三角、"
                  "粵港澳大灣區和成渝地區的典型案例，考察各地培育新質生產力的做法與成效；政策篇則圍繞科技創新、產業升級和要素配置，"
                  "提出推進新質生產力發展的政策框架。"),
    ("paragraph", "{}"),
    ("section", "二、本書的主要貢獻"),
    ("paragraph", "{}"),
    ("paragraph", "作者在第二章中對新質生產力之「新」與「質」作了頗具啟發性的辨析："),
    ("quote", "新質生產力之「新」，在於以顛覆性技術和前沿技術催生新產業、新模式、新動能；其「質」，則在於生產要素的創新性配置"
              "與全要素生產率的大幅提升。二者相互依存，不可偏廢。離開「質」的躍升談「新」，容易流於概念炒作；離開「新」的突破談"
              "「質」，則難以擺脫對傳統增長路徑的依賴。（第37頁）"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("section", "三、幾點思考與商榷"),
    ("paragraph", "當然，本書也有若干可進一步完善之處。其一，書中對新質生產力的測度主要採用省級面板數據，對城市和企業層面的微觀證據"
                  "著墨不多；其二，對香港、澳門在國家發展新質生產力進程中的角色討論較少，而這恰恰是粵港澳大灣區建設中值得深入研究的"
                  "課題。"),
    ("paragraph", "{}"),
    ("paragraph", "總體而言，本書理論闡釋深入、實證材料翔實、政策建議具體，既有助於讀者準確把握新質生產力的科學內涵，也可為各地因地"
                  "制宜發展新質生產力提供有益參考，值得關注這一議題的學界同仁和實務工作者一讀。"),
    ("editor", "（責任編輯：林某某）")]
REVIEW_KINDS = {"kicker": "heading", "title": "title", "subtitle": "title", "author": "byline", "paragraph": "paragraph",
                "section": "heading", "quote": "quote", "editor": "byline"}
REVIEW_PARAGRAPHS = sum(text.count("{}") for _, text in REVIEW_OUTLINE)
REVIEW_NOTES = [{"kind": "footnote", "text": "收稿日期：2024-04-16", "style": "note"},
                {"kind": "footnote", "text": "作者簡介：陳某某，香港某某大學經濟及金融學院副教授，主要研究方向為創新經濟學、產業政策與"
                                             "區域發展。", "style": "note"}]
REVIEW_MARGINS_MM = (20, 22)  # left and right, top and bottom
REVIEW_COVER_MM = (30, 42)
REVIEW_GREY = colors.Color(0.3, 0.3, 0.3)


def _review_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, REVIEW_PARAGRAPHS))
    book = {"kind": "table", "text": "", "cells": REVIEW_BOOK}
    return _outline_items(REVIEW_OUTLINE, rest, REVIEW_KINDS, {"book": [book]}) + REVIEW_NOTES


def typeset_review(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top = (m * mm for m in REVIEW_MARGINS_MM)
    text_width = width - 2 * side - 12  # less the frame's padding
    styles = {"kicker": _styled(BOLD_FONT, "kicker", pt, 16, textColor=colors.white),
              "title": _styled(BOLD_FONT, "title", 17, 26, alignment=1, spaceBefore=10, spaceAfter=2),
              "subtitle": _styled(font, "subtitle", 11.5, 18, alignment=1, spaceAfter=6),
              "author": _styled(font, "author", 11, 18, alignment=1, spaceAfter=10),
              "paragraph": _body_style(layout),
              "section": _styled(BOLD_FONT, "section", 11, 20, spaceBefore=8, spaceAfter=2),
              "quote": _styled(font, "quote", 9.5, 16, leftIndent=2 * pt, rightIndent=2 * pt, firstLineIndent=19,
                               spaceBefore=4, spaceAfter=6, alignment=4),
              "editor": _styled(font, "editor", 9.5, 16, alignment=2, spaceBefore=8),
              "label": _styled(BOLD_FONT, "label", 9.5, 15), "value": _styled(font, "value", 9.5, 15),
              "note": _styled(font, "note", 8, 12)}
    _one_line_each([i for i in items if i["kind"] not in ("table", "footnote", "quote")], styles, text_width)
    quote = next(i for i in items if i["kind"] == "quote")
    assert _last_line_has_word(_escaped(quote["text"]), styles["quote"], text_width), quote["text"]
    for note in REVIEW_NOTES:
        _no_lone_last(_escaped(note["text"]), styles["note"], text_width)
    cover_w, cover_h = (m * mm for m in REVIEW_COVER_MM)
    label_w = 18 * mm
    value_w = text_width - cover_w - 12 - label_w
    story: list = [NextPageTemplate("later")]
    for item in items:
        style = item.get("style")
        if item["kind"] == "footnote":
            continue
        if style == "kicker":  # white on a dark grey ground, flush left
            label = Table([[Paragraph(_escaped(item["text"]), styles["kicker"])]],
                          colWidths=[pdfmetrics.stringWidth(item["text"], BOLD_FONT, pt) + 16])
            label.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), REVIEW_GREY),
                                       ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            label.hAlign = "LEFT"
            story.append(label)
            continue
        if item["kind"] == "table":  # the cover (a grey box) merged down all rows, beside the book's data
            cover = Drawing(cover_w, cover_h)
            cover.add(Rect(0, 0, cover_w, cover_h, fillColor=colors.Color(0.82, 0.84, 0.86), strokeColor=REVIEW_GREY,
                           strokeWidth=0.5))
            rows = []
            for n, (label, value) in enumerate(item["cells"]):
                _fits(_escaped(label), styles["label"], label_w - 6)
                _fits(_escaped(value), styles["value"], value_w - 6)
                rows.append([cover if n == 0 else "", Paragraph(_escaped(label), styles["label"]),
                             Paragraph(_escaped(value), styles["value"])])
            data = Table(rows, colWidths=[cover_w + 12, label_w, value_w])
            data.setStyle(TableStyle([("SPAN", (0, 0), (0, -1)), ("VALIGN", (0, 0), (0, -1), "MIDDLE"),
                                      ("LINEABOVE", (0, 0), (-1, 0), 0.5, REVIEW_GREY),
                                      ("LINEBELOW", (0, -1), (-1, -1), 0.5, REVIEW_GREY),
                                      ("LEFTPADDING", (0, 0), (0, -1), 0), ("LEFTPADDING", (1, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (1, 0), (-1, -1), 0),
                                      ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                      ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 6)]))
            story += [data, Spacer(1, 10)]
            continue
        story += _head_kept(item, styles, leading)

    notes = [Paragraph(_escaped(note["text"]), styles["note"]) for note in REVIEW_NOTES]
    notes_height = sum(note.wrap(text_width, 1e6)[1] for note in notes) + 8

    def number(canvas, doc) -> None:
        canvas.setFont(font, 8.5)
        canvas.drawCentredString(width / 2, 12 * mm, layout.footer.format(page=REVIEW_FIRST_PAGE + doc.page - 1))

    def first(canvas, doc) -> None:  # the journal's name, volume, issue and month top left over a rule
        canvas.saveState()
        canvas.setFont(font, 8.5)
        canvas.drawString(side, height - 14 * mm, REVIEW_ISSUE)
        canvas.setLineWidth(0.4)
        canvas.line(side, height - 15.5 * mm, width - side, height - 15.5 * mm)
        number(canvas, doc)
        canvas.restoreState()

    def first_end(canvas, doc) -> None:  # the first page's notes at its foot under a 40 mm rule, after its text
        canvas.saveState()
        y = top + notes_height
        canvas.setLineWidth(0.5)
        canvas.line(side + 6, y, side + 6 + 40 * mm, y)
        y -= 4
        for note in notes:
            y -= note.wrap(text_width, 1e6)[1]
            note.drawOn(canvas, side + 6, y)
        canvas.restoreState()

    def later(canvas, doc) -> None:  # the journal's name top left (even pages) or the author and title top right (odd)
        canvas.saveState()
        canvas.setFont(font, 8.5)
        page = REVIEW_FIRST_PAGE + doc.page - 1
        if page % 2:
            canvas.drawRightString(width - side, height - 14 * mm, layout.header[1])
        else:
            canvas.drawString(side, height - 14 * mm, layout.header[0])
        canvas.setLineWidth(0.4)
        canvas.line(side, height - 15.5 * mm, width - side, height - 15.5 * mm)
        number(canvas, doc)
        canvas.restoreState()

    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=layout.size, leftMargin=side, rightMargin=side, topMargin=top,
                          bottomMargin=top)
    frame_height = height - 2 * top
    doc.addPageTemplates([
        PageTemplate("first", [Frame(side, top + notes_height + 6, width - 2 * side, frame_height - notes_height - 6)],
                     onPage=first, onPageEnd=first_end),
        PageTemplate("later", [Frame(side, top, width - 2 * side, frame_height)], onPage=later)])
    doc.build(story)
    assert doc.page == REVIEW_PAGES, doc.page
    return out.getvalue()


# 3. Pages of a conference handbook (会议手册) on A5 (148 x 210 mm; 15 mm left and right, 20 mm top, 18 mm bottom; 10 pt
# on a 17 pt leading, first-line indent 2 characters, justified), pages 7-9. Page 7: `会议议程` (16 pt, bold, centred; kind
# heading: the handbook's section), `时间：2024年9月12日（星期四）` and `地点：…` (10 pt, flush left; kind dateline each, as
# a4_press_conference_transcript's time and place line), then the agenda: a grid of three columns `时间` / `内容` /
# `主持人／嘉宾` (9 pt; grey rules, the header row shaded dark blue with white bold text, the session rows shaded light
# blue; times such as `09:10—09:25` on one line, the other cells wrapping to two lines where they must), whose session
# rows `上午　开幕式` / `下午　平行论坛` are **merged across all three columns** (table_row each, the header row included:
# a merged cell's text in its first column, the cells it covers empty, as in letter_gov_info_disclosure_print), and
# under it `注：…` (8.5 pt; kind footnote, as b5_macau_funding_guide_trad's). Page 8 (after a page break): the opening
# address, its title on two lines broken by hand, `在2024新质生产力发展大会开幕式上的致辞` / `（摘要）` (14 pt, bold,
# centred; kind title, one item), the speaker `某某市人民政府市长　张某某` (kind byline) and `（2024年9月12日）` (kind
# dateline), centred; the salutation flush left (kind paragraph), an opening written here, four drawn paragraphs (001)
# and a closing written here (kind paragraph each). Last, on page 9, a framed box on a light ground, kept together:
# `会务联系` (bold; kind heading) over three lines, `会务组：…`, `交通住宿：…`, `无线网络：…　密码：…` (9.5 pt; kind
# boilerplate each: contact lines, as a4_newsletter_hk's). Furniture: `2024新质生产力发展大会` top left and `会议手册` top
# right (8 pt, grey) over a dark blue rule; the page number zero-padded (`07`, `08`, `09`; 9 pt, bold, white) in a dark
# blue square at the bottom's outer corner (right on odd pages, left on even ones).
HANDBOOK_PAGES = 3
HANDBOOK_LAYOUT = Layout("a5_conference_handbook_agenda", FONT, A5, 10, 17, 2, 0, ("2024新质生产力发展大会", "会议手册"),
                         "{page:02d}", ("001",))
HANDBOOK_FIRST_PAGE = 7
HANDBOOK_BLUE = colors.Color(0.1, 0.22, 0.45)
HANDBOOK_LIGHT = colors.Color(0.87, 0.91, 0.96)
HANDBOOK_AGENDA = [["时间", "内容", "主持人／嘉宾"],
                   ["上午　开幕式", "", ""],
                   ["08:30—09:00", "嘉宾签到，参观新质生产力成果展", "全体嘉宾"],
                   ["09:00—09:10", "介绍出席大会的领导和嘉宾", "某某市副市长　李某某"],
                   ["09:10—09:25", "开幕致辞", "某某市人民政府市长　张某某"],
                   ["09:25—09:40", "发布《某某市新质生产力发展白皮书（2024）》", "某某市发展和改革委员会主任　王某某"],
                   ["09:40—10:00", "重点产业项目集中签约", "签约企业代表"],
                   ["10:00—10:40", "主旨演讲：以科技创新引领新质生产力发展", "中国工程院院士　刘某某"],
                   ["10:40—11:20", "主旨演讲：人工智能赋能制造业转型升级", "某某大学人工智能研究院院长　陈某某"],
                   ["下午　平行论坛", "", ""],
                   ["14:00—15:30", "平行论坛一：未来产业与新赛道", "三楼多功能厅A"],
                   ["14:00—15:30", "平行论坛二：数字化转型与智能制造", "三楼多功能厅B"],
                   ["15:45—17:00", "圆桌对话：新质生产力与区域创新生态", "主持人：某某日报社副总编辑　赵某某"]]
HANDBOOK_AGENDA_WIDTHS = [24, 45, 43]  # mm
HANDBOOK_OUTLINE = [
    ("section", "会议议程"),
    ("when", "时间：2024年9月12日（星期四）"),
    ("when", "地点：某某国际会议中心三楼多功能厅"),
    ("agenda", ""),
    ("title", "在2024新质生产力发展大会开幕式上的致辞（摘要）"),
    ("speaker", "某某市人民政府市长　张某某"),
    ("date", "（2024年9月12日）"),
    ("salutation", "尊敬的各位领导、各位院士专家，各位嘉宾，女士们、先生们："),
    ("paragraph", "金秋时节，硕果盈枝。今天，我们在这里隆重举行2024新质生产力发展大会，共商以科技创新引领产业创新之策，共谋加快"
                  "发展新质生产力之道。在此，我谨代表某某市委、市政府，向出席大会的各位领导、院士专家和企业家朋友表示热烈欢迎！"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "各位嘉宾，朋友们！某某是一座因创新而生、因创新而兴的城市。我们真诚欢迎各位专家学者和企业家朋友来某某投资兴业、"
                  "合作创新，共享发展机遇。最后，预祝本次大会取得圆满成功！谢谢大家！"),
    ("contacts", "会务联系"),
    ("contact", "会务组：王某某　0755-86001234"),
    ("contact", "交通住宿：李某某　0755-86001235"),
    ("contact", "无线网络：NQP2024　密码：nqp20240912")]
HANDBOOK_KINDS = {"section": "heading", "when": "dateline", "title": "title", "speaker": "byline", "date": "dateline",
                  "salutation": "paragraph", "paragraph": "paragraph", "contacts": "heading", "contact": "boilerplate"}
HANDBOOK_PARAGRAPHS = sum(text.count("{}") for _, text in HANDBOOK_OUTLINE)
HANDBOOK_TITLE_BREAK = "（摘要）"  # the title's second line
HANDBOOK_NOTE = {"kind": "footnote", "text": "注：大会议程如有调整，以现场通知为准。", "style": "note"}
HANDBOOK_MARGINS_MM = (15, 20, 18)  # left and right, top, bottom


def _handbook_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, HANDBOOK_PARAGRAPHS))
    agenda = {"kind": "table", "text": "", "cells": HANDBOOK_AGENDA}
    items = _outline_items(HANDBOOK_OUTLINE, rest, HANDBOOK_KINDS, {"agenda": [agenda, HANDBOOK_NOTE]})
    for item in items:
        if item.get("style") in ("contacts", "contact"):
            item["box"] = True
    return items


def _handbook_agenda(cells: list[list[str]], font: str) -> Table:
    widths = [w * mm for w in HANDBOOK_AGENDA_WIDTHS]
    head = _styled(BOLD_FONT, "head", 9, 13, alignment=1, textColor=colors.white)
    session = _styled(BOLD_FONT, "session", 9, 13)
    cell = _styled(font, "cell", 9, 13)
    time = _styled(font, "time", 9, 13, alignment=1)
    data, spans = [], []
    for r, row in enumerate(cells):
        if r and not row[1]:  # a session's row, merged across the three columns
            _fits(_escaped(row[0]), session, sum(widths) - 12)
            data.append([Paragraph(_escaped(row[0]), session), "", ""])
            spans += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), HANDBOOK_LIGHT)]
            continue
        styles = [head] * 3 if r == 0 else [time, cell, cell]
        _fits(_escaped(row[0]), styles[0], widths[0] - 12)
        _cells_wrap_evenly(row, widths, cell)
        data.append([Paragraph(_escaped(text), style) for text, style in zip(row, styles)])
    grid = Table(data, colWidths=widths)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.6, 0.6, 0.6)),
                              ("BACKGROUND", (0, 0), (-1, 0), HANDBOOK_BLUE),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4), *spans]))
    return grid


def typeset_handbook(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in HANDBOOK_MARGINS_MM)
    text_width = width - 2 * side - 12  # less the frame's padding
    assert sum(HANDBOOK_AGENDA_WIDTHS) * mm <= text_width
    styles = {"section": _styled(BOLD_FONT, "section", 16, 24, alignment=1, spaceAfter=8),
              "when": _styled(font, "when", pt, leading),
              "note": _styled(font, "note", 8.5, 13, spaceBefore=4),
              "title": _styled(BOLD_FONT, "title", 14, 22, alignment=1, spaceAfter=6),
              "speaker": _styled(font, "speaker", pt, leading, alignment=1),
              "date": _styled(font, "date", pt, leading, alignment=1, spaceAfter=10),
              "salutation": _styled(font, "salutation", pt, leading),
              "paragraph": _body_style(layout),
              "contacts": _styled(BOLD_FONT, "contacts", 10.5, 18), "contact": _styled(font, "contact", 9.5, 16)}
    box_width = text_width - 16  # the box's lines, less its padding
    _one_line_each([i for i in items if i["kind"] != "table" and not i.get("box") and i.get("style") != "title"],
                   styles, text_width)
    _one_line_each([i for i in items if i.get("box")], styles, box_width)
    title = next(i for i in items if i.get("style") == "title")
    assert title["text"].endswith(HANDBOOK_TITLE_BREAK)
    first_line = title["text"][:-len(HANDBOOK_TITLE_BREAK)]
    _fits(_escaped(first_line), styles["title"], text_width)
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        k += 1
        style = item.get("style")
        if item["kind"] == "table":  # the agenda and its note, kept together; the address on the next page
            story += [Spacer(1, 6), KeepTogether([_handbook_agenda(item["cells"], font),
                                                  Paragraph(_escaped(items[k]["text"]), styles["note"])]),
                      PageBreak()]
            k += 1
            continue
        if style == "title":
            story.append(Paragraph(f"{_escaped(first_line)}<br/>{_escaped(HANDBOOK_TITLE_BREAK)}", styles["title"]))
            continue
        if item.get("box"):  # the contacts framed on a light ground, kept together
            box = [item] + [i for i in items[k:] if i.get("box")]
            rows = [[Paragraph(_escaped(i["text"]), styles[i["style"]])] for i in box]
            story += [Spacer(1, 14), KeepTogether([_box(rows, text_width, HANDBOOK_LIGHT, border=0.6)])]
            k += len(box) - 1
            continue
        story += _head_kept(item, styles, leading)

    def furniture(canvas, doc) -> None:  # the conference and `会议手册` over a rule; the number in a square, outside
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(colors.Color(0.4, 0.4, 0.4))
        canvas.drawString(side, height - 12 * mm, layout.header[0])
        canvas.drawRightString(width - side, height - 12 * mm, layout.header[1])
        canvas.setStrokeColor(HANDBOOK_BLUE)
        canvas.setLineWidth(1)
        canvas.line(side, height - 13.5 * mm, width - side, height - 13.5 * mm)
        page = HANDBOOK_FIRST_PAGE + doc.page - 1
        x = width - side - 8 * mm if page % 2 else side
        canvas.setFillColor(HANDBOOK_BLUE)
        canvas.rect(x, 8 * mm, 8 * mm, 6 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD_FONT, 9)
        canvas.drawCentredString(x + 4 * mm, 9.8 * mm, layout.footer.format(page=page))
        canvas.restoreState()

    return _three_pages(layout, story, side, side, top, furniture, pages=HANDBOOK_PAGES, bottom=bottom)


# 4. A senior high school's politics review worksheet (高三政治二轮专题复习学案) on a 16开 page (184 x 260 mm; 20 mm left
# and right, 22 mm top, 20 mm bottom; 10.5 pt on an 18 pt leading, first-line indent 2 characters, justified), 3 pages,
# as a teacher sets it in a word processor. The title `专题十二　发展新质生产力　推动高质量发展` (16 pt, bold, centred; kind
# title), `主备人：王某某　　审核人：李某某　　使用时间：2024年4月` (centred; kind byline), and the form's line `班级：` /
# `姓名：` / `学号：` with a blank ruled after each (a borderless table of six cells, the blanks' cells ruled below; kind
# boilerplate, one item, the labels joined by `　　`). Sections `【学习目标】`, `【知识梳理】`, `【典例精析】`, `【材料分析】`
# (11 pt, bold, flush left; kind heading, kept with two lines). Under the first, three aims `1. …；` written here (kind
# list_item, the number kept; the lines after the first hang under the text). Under the second, three drawn paragraphs
# (001, 003) whose key terms (WORKSHEET_TERMS: `新质生产力`, `科技创新`, `高质量发展`, …; the first two found in each
# paragraph, passing over a place where a line would open with one character before the highlight, or with the
# highlight's last character alone, which PDFium drops) are **highlighted**: bold on a yellow ground (kind paragraph; the
# highlight is layout, not text). Under
# the third, two multiple-choice questions written here: the stem `1. …（　　）` (kind list_item, the number kept, hanging),
# four statements `①…` to `④…` a line each, 2 characters in (kind list_item each), the options `A．①②` `B．①③` `C．②④`
# `D．③④` **four to a line** in a borderless table of four columns (kind list_item, one item, joined by `　　`), `【答案】B`
# and `【解析】…` (the labels bold; kind paragraph each); the second question's options `A．…` to `D．…` **two to a line**
# in a borderless table of two columns (kind list_item each, row by row, left then right). Under the fourth, the stem
# `3. 阅读材料，完成下列要求。（12分）` (kind list_item), `材料　` + a drawn paragraph (kind paragraph, the label kept), the
# task written here (kind paragraph), a framed box on a light ground kept on one page, `方法点拨` (bold; kind heading) over
# a tip written here (kind sidebar, as a4_lists_box's box), and `【参考答案】…` written here (kind paragraph). Header:
# `某某中学高三政治二轮专题复习学案` centred over a thin rule (9 pt); footer `专题十二　第 N 页` flush right (9 pt).
WORKSHEET_PAGES = 3
WORKSHEET_LAYOUT = Layout("k16_politics_review_worksheet", FONT, (184 * mm, 260 * mm), 10.5, 18, 2, 0,
                          "某某中学高三政治二轮专题复习学案", "专题十二　第 {page} 页", ("001", "003"))
WORKSHEET_TERMS = ["新质生产力", "科技创新", "高质量发展", "全要素生产率", "现代化产业体系", "科技自立自强", "战略性新兴产业",
                  "未来产业", "创新驱动发展战略"]
WORKSHEET_HIGHLIGHT = colors.Color(1.0, 0.93, 0.55)
WORKSHEET_FORM = ["班级：", "姓名：", "学号："]
WORKSHEET_OUTLINE = [
    ("title", "专题十二　发展新质生产力　推动高质量发展"),
    ("byline", "主备人：王某某　　审核人：李某某　　使用时间：2024年4月"),
    ("form", ""),
    ("section", "【学习目标】"),
    ("aim", "1. 理解新质生产力的科学内涵、核心要素和核心标志；"),
    ("aim", "2. 能够结合具体材料，分析发展新质生产力的意义和要求，提高运用所学知识分析和解决实际问题的能力；"),
    ("aim", "3. 增强服务科技自立自强、推动高质量发展的责任感和使命感。"),
    ("section", "【知识梳理】"),
    ("marked", "{}"),
    ("marked", "{}"),
    ("marked", "{}"),
    ("section", "【典例精析】"),
    ("stem", "1. 2024年政府工作报告将“大力推进现代化产业体系建设，加快发展新质生产力”列为政府工作十大任务之首。下列对新质生产力"
             "的认识正确的是（　　）"),
    ("statement", "①新质生产力以全要素生产率大幅提升为核心标志"),
    ("statement", "②发展新质生产力就是要淘汰和替代传统产业"),
    ("statement", "③科技创新是发展新质生产力的核心要素"),
    ("statement", "④各地应集中力量发展同一批新兴产业"),
    ("options4", ""),
    ("answer", "【答案】B"),
    ("answer", "【解析】新质生产力以全要素生产率大幅提升为核心标志，科技创新是发展新质生产力的核心要素，①③正确。发展新质生产力"
               "不是忽视、放弃传统产业，要用新技术改造提升传统产业，②错误；各地要因地制宜发展新质生产力，防止一哄而上、泡沫化，"
               "④错误。故选B。"),
    ("stem", "2. 近年来，某市依托本地丰富的风能、光伏资源，引进培育新能源装备龙头企业，建设零碳产业园，形成了从装备制造到绿电"
             "应用的完整产业链。该市的做法启示我们，发展新质生产力要（　　）"),
    ("options2", ""),
    ("answer", "【答案】A"),
    ("answer", "【解析】该市依托本地风能、光伏资源发展新能源产业，体现了发展新质生产力要从实际出发，因地制宜，发挥比较优势，A"
               "正确。发展新质生产力不是放弃传统产业，B错误；新质生产力摆脱了依靠大量资源投入的传统增长方式，C错误；D违背了因地"
               "制宜的要求，错误。故选A。"),
    ("section", "【材料分析】"),
    ("stem", "3. 阅读材料，完成下列要求。（12分）"),
    ("material", "材料　{}"),
    ("task", "结合材料，运用经济与社会知识，说明发展新质生产力对推动经济高质量发展的意义。"),
    ("tip_head", "方法点拨"),
    ("tip", "“意义类”主观题可从“对谁有意义”和“有什么意义”两个角度作答：先明确材料涉及的主体和领域，再联系教材中相关的"
            "经济学知识，从直接意义到根本意义分层次表述，做到观点明确、条理清楚、术语规范。"),
    ("answer", "【参考答案】①有利于以科技创新推动产业创新，培育新产业、新模式、新动能，增强经济发展新动力；②有利于推动传统产业"
               "转型升级，加快建设现代化产业体系，提高经济质量效益和核心竞争力；③有利于提高全要素生产率，推动经济发展质量变革、"
               "效率变革、动力变革，实现经济高质量发展。（每点4分）")]
WORKSHEET_KINDS = {"title": "title", "byline": "byline", "section": "heading", "aim": "list_item", "marked": "paragraph",
                   "stem": "list_item", "statement": "list_item", "answer": "paragraph", "material": "paragraph",
                   "task": "paragraph", "tip_head": "heading", "tip": "sidebar"}
WORKSHEET_PARAGRAPHS = sum(text.count("{}") for _, text in WORKSHEET_OUTLINE)
WORKSHEET_OPTIONS4 = ["A．①②", "B．①③", "C．②④", "D．③④"]
WORKSHEET_OPTIONS2 = [["A．因地制宜，发挥比较优势", "B．放弃传统产业，另起炉灶"],
                      ["C．依靠要素投入，扩大规模", "D．追逐热点，全面铺开新兴产业"]]
WORKSHEET_MARGINS_MM = (20, 22, 20)  # left and right, top, bottom


def _lines_open_safely(markup: str, style: ParagraphStyle, width: float) -> bool:
    """Whether no line of the paragraph at this width opens with a run of one character followed by another run (a
    highlight's or a font's change): PDFium drops such a character."""
    paragraph = Paragraph(markup, style)
    paragraph.wrap(width, 1e6)
    return paragraph.blPara.kind == 0 or all(len(line.words) < 2 or len(line.words[0].text) > 1
                                             for line in paragraph.blPara.lines)


def _highlighted(text: str, terms: list[str], style: ParagraphStyle, width: float, most: int = 2) -> str:
    """Markup: the text with the first occurrences of up to `most` of the terms bold on a yellow ground, in the text's
    order, passing over an occurrence that would open a line at this width with one character in a run of its own
    (_lines_open_safely)."""
    found = sorted((m.start(), term) for term in terms for m in re.finditer(re.escape(term), text))
    chosen: list[tuple[int, str]] = []

    def markup(marks: list[tuple[int, str]]) -> str:
        parts, at = [], 0
        for start, term in sorted(marks):
            parts += [_escaped(text[at:start]),
                      f'<font name="{BOLD_FONT}" backColor="{WORKSHEET_HIGHLIGHT.hexval()}">{_escaped(term)}</font>']
            at = start + len(term)
        return "".join(parts) + _escaped(text[at:])

    for start, term in found:
        if len(chosen) == most or any(term == t for _, t in chosen) or any(
                start < s + len(t) and s < start + len(term) for s, t in chosen):
            continue
        if _lines_open_safely(markup(chosen + [(start, term)]), style, width):
            chosen.append((start, term))
    assert chosen, text
    return markup(chosen)


def _worksheet_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, WORKSHEET_PARAGRAPHS))
    form = {"kind": "boilerplate", "text": "　　".join(WORKSHEET_FORM), "style": "form"}
    options4 = {"kind": "list_item", "text": "　　".join(WORKSHEET_OPTIONS4), "style": "options4",
                "options": WORKSHEET_OPTIONS4}
    options2 = [{"kind": "list_item", "text": option, "style": "options2", "row": n}
                for n, row in enumerate(WORKSHEET_OPTIONS2) for option in row]
    items = _outline_items(WORKSHEET_OUTLINE, rest, WORKSHEET_KINDS,
                           {"form": [form], "options4": [options4], "options2": options2})
    for item in items:
        style = item.get("style")
        if style == "answer":
            item["lead"] = item["text"][:item["text"].index("】") + 1]
        elif style == "material":
            item["lead"] = "材料　"
        elif style in ("tip_head", "tip"):
            item["box"] = True
    return items


def typeset_worksheet(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in WORKSHEET_MARGINS_MM)
    text_width = width - 2 * side - 12  # less the frame's padding
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 16, 26, alignment=1, spaceAfter=2),
              "byline": _styled(font, "byline", pt, leading, alignment=1, spaceAfter=2),
              "form": _styled(font, "form", pt, leading),
              "section": _styled(BOLD_FONT, "section", 11, 20, spaceBefore=8, spaceAfter=2),
              "marked": body, "answer": body, "material": body, "task": body,
              "statement": _styled(font, "statement", pt, leading, leftIndent=2 * pt),
              "option": _styled(font, "option", pt, leading),
              "tip_head": _styled(BOLD_FONT, "tip_head", pt, leading),
              "tip": _styled(font, "tip", 10, 17, firstLineIndent=20, alignment=4)}
    for item in items:  # the key terms highlighted; a numbered aim's or stem's lines after the first hang under its text
        if item.get("style") == "marked":
            item["markup"] = _highlighted(item["text"], WORKSHEET_TERMS, body, text_width)
        if item.get("style") in ("aim", "stem"):
            label = re.match(r"\d+\. ", item["text"]).group(0)
            item["hang"] = _hanging(font, item["style"], pt, leading, label, 0, alignment=4)
            assert _last_line_has_word(_escaped(item["text"]), item["hang"], text_width), item["text"]
            _no_lone_last(_escaped(item["text"]), item["hang"], text_width)
        elif item.get("style") in ("marked", "answer", "material", "task"):
            markup = item.get("markup") or _led(item)
            assert _last_line_has_word(markup, body, text_width), item["text"]
            assert _lines_open_safely(markup, body, text_width), item["text"]
            _no_lone_last(markup, body, text_width)
    _one_line_each([i for i in items if i.get("style") in ("title", "byline", "section", "statement", "tip_head")],
                   styles, text_width)
    tip = next(i for i in items if i.get("style") == "tip")
    _no_lone_last(_escaped(tip["text"]), styles["tip"], text_width - 16)
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        k += 1
        style = item.get("style")
        if style == "form":  # `班级：` and a ruled blank, `姓名：` …, on one line
            label_w = pdfmetrics.stringWidth("班级：", font, pt) + 4
            blank_w = (text_width - 3 * label_w) / 3 - 10
            row = []
            for label in WORKSHEET_FORM:
                row += [Paragraph(_escaped(label), styles["form"]), ""]
            form = Table([row], colWidths=[label_w, blank_w] * 3)
            form.setStyle(TableStyle([("LINEBELOW", (c, 0), (c, 0), 0.5, colors.black) for c in (1, 3, 5)]
                                     + [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            form.hAlign = "CENTER"
            story += [form, Spacer(1, 8)]
            continue
        if style == "options4":  # four to a line, 2 characters in
            column = (text_width - 2 * pt) / 4
            for option in item["options"]:
                _fits(_escaped(option), styles["option"], column)
            grid = Table([[Paragraph(_escaped(o), styles["option"]) for o in item["options"]]], colWidths=[column] * 4)
            grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                      ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            grid.hAlign = "RIGHT"
            story.append(grid)
            continue
        if style == "options2":  # two to a line, 2 characters in
            options = [item] + [i for i in items[k:] if i.get("style") == "options2"]
            k += len(options) - 1
            column = (text_width - 2 * pt) / 2
            for option in options:
                _fits(_escaped(option["text"]), styles["option"], column)
            rows = [[Paragraph(_escaped(o["text"]), styles["option"]) for o in options if o["row"] == n]
                    for n in range(len(WORKSHEET_OPTIONS2))]
            grid = Table(rows, colWidths=[column] * 2)
            grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                      ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            grid.hAlign = "RIGHT"
            story.append(grid)
            continue
        if item.get("box"):  # the tip framed on a light ground, kept on one page
            box = [item] + [i for i in items[k:] if i.get("box")]
            k += len(box) - 1
            rows = [[Paragraph(_escaped(i["text"]), styles[i["style"]])] for i in box]
            story += [Spacer(1, 6), KeepTogether([_box(rows, text_width, colors.Color(0.93, 0.96, 0.93), border=0.6)]),
                      Spacer(1, 6)]
            continue
        if "hang" in item:
            story.append(Paragraph(_escaped(item["text"]), item["hang"]))
        elif "markup" in item:
            story.append(Paragraph(item["markup"], styles[style]))
        elif "lead" in item:
            story.append(Paragraph(_led(item), styles[style]))
        else:
            story += _head_kept(item, styles, leading)

    def edges(canvas, doc) -> None:  # the school's worksheet centred over a rule; `专题十二　第 N 页` flush right below
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(width / 2, height - 14 * mm, layout.header)
        canvas.setLineWidth(0.5)
        canvas.line(side, height - 15.5 * mm, width - side, height - 15.5 * mm)
        canvas.drawRightString(width - side, 11 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    return _three_pages(layout, story, side, side, top, edges, pages=WORKSHEET_PAGES, bottom=bottom)


def nineteenth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 94 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (REPLY_LAYOUT, REPLY_PARAGRAPHS + 2, _reply_items, typeset_reply, _gold),
            (REVIEW_LAYOUT, REVIEW_PARAGRAPHS + 2, _review_items, typeset_review, _tables_gold),
            (HANDBOOK_LAYOUT, HANDBOOK_PARAGRAPHS + 2, _handbook_items, typeset_handbook, _tables_gold),
            (WORKSHEET_LAYOUT, WORKSHEET_PARAGRAPHS + 2, _worksheet_items, typeset_worksheet, _gold)):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)



# ---- A twentieth batch of four held-out layouts, appended after the 98 above (their paragraphs come from the shared
# rng after those, so the 98 come out byte for byte as before), made blind to the cleaner (its code, tests and scores
# unread). As in the batches before, text is escaped for ReportLab's markup, the gold keeps the text as printed, block
# by block (bold, grey or a box is layout, not text; page furniture is not in the gold), and each layout draws two
# paragraphs more than it sets and sets the first that the font prints whole (_printed_whole). A text written here takes
# the next drawn paragraph where it holds `{}` (_outline_items). Written text keeps out the middle dot `·`.

def _built(layout: Layout, story: list, furniture: Callable, margins: tuple[float, float, float, float],
           pages: tuple[int, int]) -> bytes:
    """The story built on the layout's page size with `margins` (left, right, top, bottom) and the same
    `furniture` on every page; its page count is asserted to lie within `pages` (fewest, most)."""
    out = io.BytesIO()
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=left, rightMargin=right, topMargin=top,
                            bottomMargin=bottom)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    assert pages[0] <= doc.page <= pages[1], doc.page
    return out.getvalue()


def _pages_of(layout: Layout, build: Callable[[Callable[[int], str]], Any], fewest: int, most: int) -> bytes:
    """Two passes of `build(footer)` (`footer`: the page number -> the footer's text; it returns the output buffer and
    the document built into it, of a story made anew): the second knows the page count for `{pages}`; the count is
    asserted to lie between `fewest` and `most`."""
    pages = [0]
    out = None
    for _ in range(2):
        out, doc = build(lambda page: layout.footer.format(page=page, pages=pages[0] or "?"))
        pages[0] = doc.page
    assert fewest <= pages[0] <= most, pages[0]
    return out.getvalue()


# 1. A city audit bureau's report on the rectification of problems its audit found (审计查出问题整改情况的报告), as the bureau's Word
# file prints it (A4; 30 mm top, 28 mm bottom, 28 mm left, 26 mm right; 14 pt on a 26 pt leading, first-line indent 2
# characters, justified), 4 pages of mostly running text in one column. The title on two lines broken by sense (18 pt,
# bold, centred; kind title, one item), `某某市审计局` (14 pt, centred; kind byline) over `（2024年9月12日）` (centred; kind
# dateline); an opening written here; heads `一、…` (bold, indented 2 characters, the body's size; kind heading, kept with
# two lines) over drawn paragraphs (001) and, under `二、审计查出问题的整改情况`, subheads `（一）…` set exactly as the body (indented 2
# characters, not bold; kind heading) each over one or two pairs of paragraphs written here: the finding `问题1：…` and its
# rectification `整改情况：已整改。…` (the labels bold; kind paragraph each, the label kept). A closing paragraph written here.
# Footer `第 N 页　共 M 页` (10.5 pt, centred).
AUDIT_LAYOUT = Layout("a4_audit_rectification_report", FONT, A4, 14, 26, 2, 0, None, "第 {page} 页　共 {pages} 页",
                      ("001",))
AUDIT_MARGINS_MM = (30, 28, 28, 26)  # top, bottom, left, right
AUDIT_TITLE_LINES = ("关于某某市科技创新专项资金", "审计查出问题整改情况的报告")
AUDIT_PAIRS = [
    ("问题1：", "部分科技计划项目资金拨付不及时。2023年市级重大科技专项中，有3个项目的资金在立项后5至7个月才拨付到位，涉及"
              "金额2860万元，影响了项目研发进度。",
     "整改情况：", "已整改。市科技局已将滞后资金全部拨付到位，修订了《市级科技计划项目资金管理办法》，明确项目立项后30个工作日"
                "内完成首期资金拨付，并将拨付进度纳入月度督办事项。"),
    ("问题2：", "专项资金统筹不够，部分资金闲置。市工业和信息化局管理的智能制造专项资金中，有1850万元结存超过两年未使用。",
     "整改情况：", "已整改。结存资金已按规定收回市财政统筹使用，其中1200万元用于支持中小企业数字化转型项目；市工业和信息化局"
                "建立了专项资金结转结余定期清理机制。"),
    ("问题3：", "部分项目立项评审不规范。抽查的46个项目中，有7个项目的专家评审意见不完整，2个项目的评审专家与申报单位存在"
              "利害关系而未回避。",
     "整改情况：", "已整改。市科技局对相关项目重新组织评审，调整专家库成员38名，上线项目评审管理系统，实现评审专家随机抽取和"
                "回避情形自动识别。"),
    ("问题4：", "部分项目绩效目标未实现。12个已到期项目中，有4个项目未完成合同约定的发明专利申请和产业化指标，涉及资金1560"
              "万元。",
     "整改情况：", "部分整改。市科技局已对4个项目逐一开展绩效评价，收回资金320万元，对2个项目延长执行期至2024年底并加强跟踪"
                "管理，其余问题正在推进整改。"),
    ("问题5：", "科技成果转化激励政策落实不到位。市属高校和科研院所2023年应兑现的成果转化奖励中，有486万元未按规定及时发放。",
     "整改情况：", "已整改。相关单位已将奖励全部兑现到科研人员个人，市科技局会同市教育局出台了科技成果转化收益分配工作指引，"
                "明确奖励兑现的程序和时限。")]
AUDIT_OUTLINE = [
    ("title", "".join(AUDIT_TITLE_LINES)),
    ("issuer", "某某市审计局"),
    ("date", "（2024年9月12日）"),
    ("paragraph", "根据《中华人民共和国审计法》和市委审计委员会2024年度审计工作安排，市审计局于2024年3月至5月对市科技局、市工业"
                  "和信息化局2023年度科技创新专项资金管理使用情况进行了专项审计，共发现问题5个方面，涉及金额6756万元。现将审计"
                  "查出问题的整改情况报告如下："),
    ("section", "一、整改工作的组织推进情况"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("section", "二、审计查出问题的整改情况"),
    ("subsection", "（一）专项资金分配和拨付方面"),
    ("pair", "0"), ("pair", "1"),
    ("subsection", "（二）项目管理和绩效方面"),
    ("pair", "2"), ("pair", "3"),
    ("subsection", "（三）政策落实方面"),
    ("pair", "4"),
    ("section", "三、下一步工作安排"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "对审计查出问题的整改情况，市审计局将持续跟踪检查，对尚未完成整改的问题督促有关部门限期整改到位，并按规定向"
                  "社会公告整改结果。")]
AUDIT_KINDS = {"title": "title", "issuer": "byline", "date": "dateline", "paragraph": "paragraph", "section": "heading",
               "subsection": "heading"}
AUDIT_PARAGRAPHS = sum(text.count("{}") for _, text in AUDIT_OUTLINE)


def _audit_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, AUDIT_PARAGRAPHS))
    pairs = {str(n): [{"kind": "paragraph", "text": lead + text, "lead": lead, "style": "paragraph"}
                      for lead, text in ((p[0], p[1]), (p[2], p[3]))] for n, p in enumerate(AUDIT_PAIRS)}
    items: list[dict] = []
    for style, text in AUDIT_OUTLINE:
        if style == "pair":
            items += pairs[text]
        else:
            items += _outline_items([(style, text)], rest, AUDIT_KINDS, {})
    return items


def typeset_audit(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    top, bottom, left, right = (m * mm for m in AUDIT_MARGINS_MM)
    text_width = width - left - right - 12  # less the frame's padding
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 18, 30, alignment=1, spaceAfter=8),
              "issuer": _styled(font, "issuer", pt, leading, alignment=1),
              "date": _styled(font, "date", pt, leading, alignment=1, spaceAfter=leading / 2),
              "paragraph": body,
              "section": _styled(BOLD_FONT, "section", pt, leading, firstLineIndent=2 * pt),
              "subsection": _styled(font, "subsection", pt, leading, firstLineIndent=2 * pt)}
    for line in AUDIT_TITLE_LINES:
        _fits(_escaped(line), styles["title"], text_width)
    _one_line_each([i for i in items if i.get("style") not in ("title",)], styles, text_width)
    for item in items:
        if item["kind"] == "paragraph":
            markup = _led(item)
            assert _last_line_has_word(markup, body, text_width), item["text"]
            assert _lines_open_safely(markup, body, text_width), item["text"]
            _no_lone_last(markup, body, text_width)

    def story() -> list:
        flowables: list = []
        for item in items:
            if item.get("style") == "title":
                flowables.append(Paragraph("<br/>".join(_escaped(line) for line in AUDIT_TITLE_LINES), styles["title"]))
            elif "lead" in item:
                flowables.append(Paragraph(_led(item), body))
            else:
                flowables += _head_kept(item, styles, leading)
        return flowables

    def build(footer):
        def furniture(canvas, doc) -> None:
            canvas.saveState()
            canvas.setFont(font, 10.5)
            canvas.drawCentredString(width / 2, 14 * mm, footer(doc.page))
            canvas.restoreState()
        out = io.BytesIO()
        doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=left, rightMargin=right, topMargin=top,
                                bottomMargin=bottom)
        doc.build(story(), onFirstPage=furniture, onLaterPages=furniture)
        return out, doc

    return _pages_of(layout, build, 3, 4)


# 2. A TV programme's transcript (节目文字实录) as the channel's site offers it for download (A4, 22 mm margins; 10.5 pt on
# a 17 pt leading, no first-line indent, 5 pt after each paragraph, justified). The title (16 pt, bold, centred; kind
# title), `播出时间：…` (centred; kind dateline), `主持人：陈某` and `嘉宾：…　…` (centred, a line each; kind byline each).
# Then turns, each a paragraph opening with its timestamp `[00:02:48]` (grey) and a full-width space, then the speaker's
# label `主持人：` / `王某某：` / `张某某：` (bold) or `【短片】` (bold) before the narration of a filmed report, its lines after
# the first **hanging** under the text after the timestamp (kind paragraph each, timestamp and label kept: both are
# printed as the transcript's text). The host's words and the narrations are written here, the guests' answers drawn
# (001). At the end `（本文根据节目录音整理，未经嘉宾本人审阅）` (9.5 pt, flush right; kind boilerplate). Header: `财经频道
# 《对话》节目文字实录` top left and `2024年5月19日` top right over a thin rule (8.5 pt, grey); the page number `N` bottom right.
TRANSCRIPT_LAYOUT = Layout("a4_tv_interview_transcript", FONT, A4, 10.5, 17, 0, 5,
                           ("财经频道《对话》节目文字实录", "2024年5月19日"), "{page}", ("001",))
TRANSCRIPT_GREY = colors.Color(0.45, 0.45, 0.45)
TRANSCRIPT_MARGIN_MM = 22
TRANSCRIPT_OUTLINE = [
    ("title", "新质生产力：从实验室到生产线"),
    ("date", "播出时间：2024年5月19日　21:30　财经频道"),
    ("byline", "主持人：陈某"),
    ("byline", "嘉宾：王某某（某某智能装备集团董事长）　张某某（某某大学创新研究院院长）"),
    ("turn", "[00:00:12]　主持人：观众朋友，晚上好，欢迎收看《对话》。今年的政府工作报告把“大力推进现代化产业体系建设，加快发展"
             "新质生产力”列为政府工作十大任务之首。新质生产力从哪里来？实验室里的成果怎样才能更快地走上生产线？今天我们请到"
             "了一位企业家和一位学者，一起来聊一聊。"),
    ("turn", "[00:01:05]　【短片】在某某智能装备集团的总装车间里，一台台工业机器人正在有条不紊地焊接、喷涂、检测。五年前，这条"
             "生产线上的核心控制器还全部依赖进口；如今，集团自主研发的控制系统已经装进了八成以上的产品。"),
    ("turn", "[00:02:30]　主持人：王总，从依赖进口到自主研发，这五年里您觉得最难的是什么？"),
    ("turn", "[00:02:48]　王某某：{}"),
    ("turn", "[00:05:16]　主持人：张院长，您长期研究科技成果转化，您怎么看企业在创新中的作用？"),
    ("turn", "[00:05:31]　张某某：{}"),
    ("turn", "[00:08:02]　主持人：王总，在这个过程中，企业和高校是怎么合作的？"),
    ("turn", "[00:08:15]　王某某：{}"),
    ("turn", "[00:11:40]　【短片】在某某大学创新研究院的中试基地，研究人员正在调试一台新型激光加工设备。按照约定，这项技术完成"
             "中试后将直接在合作企业落地，研发团队以技术入股的方式分享收益。"),
    ("turn", "[00:12:55]　主持人：张院长，像这样的中试平台，在成果转化中起什么作用？"),
    ("turn", "[00:13:10]　张某某：{}"),
    ("turn", "[00:16:22]　主持人：最后一个问题，发展新质生产力，各地应该注意什么？"),
    ("turn", "[00:16:37]　王某某：{}"),
    ("turn", "[00:19:05]　张某某：{}"),
    ("turn", "[00:22:30]　主持人：谢谢两位嘉宾。新质生产力不是一个遥远的概念，它就在实验室的每一次试验里，在生产线的每一次"
             "升级中。感谢收看本期《对话》，我们下期再见。"),
    ("note", "（本文根据节目录音整理，未经嘉宾本人审阅）")]
TRANSCRIPT_KINDS = {"title": "title", "date": "dateline", "byline": "byline", "turn": "paragraph",
                    "note": "boilerplate"}
TRANSCRIPT_PARAGRAPHS = sum(text.count("{}") for _, text in TRANSCRIPT_OUTLINE)
_TIMESTAMP = re.compile(r"(\[\d\d:\d\d:\d\d\]　)(主持人：|[^：]{3}：|【短片】)")


def _transcript_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, TRANSCRIPT_PARAGRAPHS))
    items = _outline_items(TRANSCRIPT_OUTLINE, rest, TRANSCRIPT_KINDS, {})
    for item in items:
        if item["style"] == "turn":
            item["stamp"], item["speaker"] = _TIMESTAMP.match(item["text"]).groups()
    return items


def _transcript_markup(item: dict) -> str:
    """Markup: the turn's timestamp grey, its speaker's label bold, then the rest."""
    stamp, speaker = item["stamp"], item["speaker"]
    return (f'<font color="{TRANSCRIPT_GREY.hexval()}">{_escaped(stamp)}</font>'
            + _bold_run_in(speaker, item["text"][len(stamp) + len(speaker):]))


def typeset_transcript(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side = TRANSCRIPT_MARGIN_MM * mm
    text_width = width - 2 * side - 12
    stamp = next(i["stamp"] for i in items if "stamp" in i)
    turn = _hanging(font, "turn", pt, leading, stamp, 0, alignment=4, spaceAfter=layout.after_pt)
    styles = {"title": _styled(BOLD_FONT, "title", 16, 26, alignment=1, spaceAfter=4),
              "date": _styled(font, "date", pt, leading, alignment=1),
              "byline": _styled(font, "byline", pt, leading, alignment=1),
              "turn": turn,
              "note": _styled(font, "note", 9.5, 16, alignment=2, spaceBefore=6)}
    _one_line_each([i for i in items if i["style"] != "turn"], styles, text_width)
    for item in items:
        if item["style"] == "turn":
            markup = _transcript_markup(item)
            assert _last_line_has_word(markup, turn, text_width), item["text"]
            assert _lines_open_safely(markup, turn, text_width), item["text"]
            _no_lone_last(markup, turn, text_width)
    story: list = []
    for item in items:
        if item["style"] == "turn":
            story.append(Paragraph(_transcript_markup(item), turn))
        else:
            story.append(Paragraph(_escaped(item["text"]), styles[item["style"]]))
        if item["text"].startswith("嘉宾："):
            story.append(Spacer(1, 10))

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 8.5)
        canvas.setFillColor(TRANSCRIPT_GREY)
        canvas.drawString(side, height - 14 * mm, layout.header[0])
        canvas.drawRightString(width - side, height - 14 * mm, layout.header[1])
        canvas.setStrokeColor(TRANSCRIPT_GREY)
        canvas.setLineWidth(0.5)
        canvas.line(side, height - 15.5 * mm, width - side, height - 15.5 * mm)
        canvas.setFont(font, 9)
        canvas.setFillColor(colors.black)
        canvas.drawRightString(width - side, 12 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=side, rightMargin=side, topMargin=22 * mm,
                            bottomMargin=22 * mm)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    assert 2 <= doc.page <= 4, doc.page
    return out.getvalue()


# 3. A state-owned enterprise's internal study bulletin (学习专刊, A4, 16 mm left and right, 18 mm top, 20 mm bottom) in two
# columns 7 mm apart (10 pt on a 16 pt leading, first-line indent 2 characters, justified), 2 pages (the second filled
# in part of its left column). Across both columns on page 1: the masthead `学习专刊` (30 pt, bold, red, centred; kind
# title), one line with `2024年第6期（总第42期）` flush left and `中共某某能源集团委员会党建工作部编` flush right (kind byline, one item joined
# by `　　`, as the newsletter's issue line) over a red 1.5 pt rule. In the columns: column kickers `【理论学习】` / `【专家解读】` /
# `【学习心得】` / `【基层动态】` (10.5 pt, bold, red; kind heading), each article's title (12.5 pt, bold, centred in the column;
# kind heading), drawn paragraphs (001), and the source line `（摘编自…）` flush right (9 pt; kind byline, as the WeChat
# print's editor line). Under `【学习心得】` a framed box on a light yellow ground kept together: its title (bold; kind
# heading), the author's line `集团数字化部　刘某某` (centred; kind byline) and two paragraphs written here (kind sidebar). Under
# `【基层动态】` three news items, each a paragraph opening with its unit in bold (`某某发电公司：` …; kind paragraph, the lead
# kept). Footer `— N —` centred; on page 2 a header `学习专刊　2024年第6期` top left over a thin rule (9 pt).
STUDY_LAYOUT = Layout("a4_enterprise_study_bulletin", FONT, A4, 10, 16, 2, 0, "学习专刊　2024年第6期", "— {page} —",
                         ("001",))
STUDY_RED = colors.Color(0.8, 0.05, 0.05)
STUDY_FILL = colors.Color(1.0, 0.97, 0.86)
STUDY_MARGINS_MM = (16, 18, 20, 7)  # left and right, top, bottom, gutter
STUDY_HEAD = [{"kind": "title", "text": "学习专刊", "style": "masthead"},
                 {"kind": "byline", "text": "2024年第6期（总第42期）　　中共某某能源集团委员会党建工作部编", "style": "issue",
                  "pair": ("2024年第6期（总第42期）", "中共某某能源集团委员会党建工作部编")}]
STUDY_OUTLINE = [
    ("kicker", "【理论学习】"),
    ("headline", "深刻把握新质生产力的科学内涵"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("source", "（摘编自《人民日报》2024年3月11日理论版）"),
    ("kicker", "【专家解读】"),
    ("headline", "以科技创新推动产业创新"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("source", "（摘编自《经济日报》2024年4月2日）"),
    ("kicker", "【学习心得】"),
    ("box_head", "以新质生产力理念引领企业数字化转型"),
    ("box_author", "集团数字化部　刘某某"),
    ("box", "通过这次集中学习，我深刻认识到，发展新质生产力不是一句口号，而是要落实到每一条生产线、每一个业务流程中。作为"
            "数字化部门的一员，我们要把数据作为新的生产要素用起来，让数据多跑路、员工少跑腿。"),
    ("box", "下一步，我们将围绕智慧电厂和新能源集控中心建设，推进设备状态在线监测和智能巡检，力争年内实现集团主要生产单元"
            "数据接入率达到百分之九十以上，为集团转型升级提供坚实的数字底座。"),
    ("kicker", "【基层动态】"),
    ("led", "某某发电公司：5月8日，公司党委召开理论学习中心组学习会，围绕“发展新质生产力，我们怎么干”开展专题研讨，班子成员"
            "结合分管工作逐一发言，形成重点任务清单12项。"),
    ("led", "某某新能源公司：公司组织青年技术骨干成立“新质生产力”青年突击队，聚焦风机叶片智能检测等难题开展攻关。{}"),
    ("led", "集团科技研究院：研究院与某某大学共建的储能技术联合实验室揭牌运行，双方将在新型储能材料、系统集成等方向开展联合"
            "攻关，首批立项课题5项。")]
STUDY_KINDS = {"kicker": "heading", "headline": "heading", "paragraph": "paragraph", "source": "byline",
                  "box_head": "heading", "box_author": "byline", "box": "sidebar", "led": "paragraph"}
STUDY_PARAGRAPHS = sum(text.count("{}") for _, text in STUDY_OUTLINE)


def _study_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, STUDY_PARAGRAPHS))
    items = STUDY_HEAD + _outline_items(STUDY_OUTLINE, rest, STUDY_KINDS, {})
    for item in items:
        if item["style"] == "led":
            item["lead"] = item["text"][:item["text"].index("：") + 1]
        elif item["style"].startswith("box"):
            item["box"] = True
    return items


def typeset_study(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), leading = layout.font, layout.size, layout.leading
    side, top, bottom, gutter = (m * mm for m in STUDY_MARGINS_MM)
    column = (width - 2 * side - gutter) / 2
    column_text = column - 12  # less the frame's padding
    body = _body_style(layout)
    styles = {"masthead": _styled(BOLD_FONT, "masthead", 30, 38, alignment=1, textColor=STUDY_RED),
              "issue": _styled(font, "issue", 10.5, 16),
              "kicker": _styled(BOLD_FONT, "kicker", 10.5, 18, textColor=STUDY_RED, spaceBefore=6),
              "headline": _styled(BOLD_FONT, "headline", 12.5, 20, alignment=1, spaceBefore=2, spaceAfter=6),
              "paragraph": body, "led": body,
              "source": _styled(font, "source", 9, 15, alignment=2, spaceAfter=4),
              "box_head": _styled(BOLD_FONT, "box_head", 10.5, 17, alignment=1),
              "box_author": _styled(font, "box_author", 9, 15, alignment=1, spaceAfter=3),
              "box": _styled(font, "box", 9.5, 15.5, firstLineIndent=19, alignment=4)}
    _one_line_each([i for i in items if i["style"] in ("kicker", "headline", "source", "box_author")], styles,
                   column_text)
    _fits(_escaped(STUDY_HEAD[0]["text"]), styles["masthead"], width - 2 * side)
    _fits(_escaped(STUDY_OUTLINE[12][1]), styles["box_head"], column_text - 16)
    for item in items:
        if item["style"] in ("paragraph", "led"):
            markup = _led(item)
            assert _last_line_has_word(markup, body, column_text), item["text"]
            assert _lines_open_safely(markup, body, column_text), item["text"]
            _no_lone_last(markup, body, column_text)
        elif item["style"] == "box":
            _no_lone_last(_escaped(item["text"]), styles["box"], column_text - 16)
    head = [Paragraph(_escaped(items[0]["text"]), styles["masthead"]), Spacer(1, 4),
            _two_ends(*items[1]["pair"], styles["issue"], width - 2 * side - 12),
            HRFlowable(width="100%", thickness=1.5, color=STUDY_RED, spaceBefore=2, spaceAfter=0)]
    story: list = head + [FrameBreak()]
    k = 2
    while k < len(items):
        item = items[k]
        k += 1
        if item.get("box"):
            box = [item] + [i for i in items[k:] if i.get("box")]
            k += len(box) - 1
            rows = [[Paragraph(_escaped(i["text"]), styles[i["style"]])] for i in box]
            story += [Spacer(1, 4), KeepTogether([_box(rows, column_text, STUDY_FILL, border=0.7)]), Spacer(1, 6)]
        elif item["style"] == "kicker":
            story += [CondPageBreak(styles["kicker"].leading + 20 + 3 * leading), Paragraph(_escaped(item["text"]),
                                                                                           styles["kicker"])]
        elif "lead" in item:
            story.append(Paragraph(_led(item), body))
        else:
            story.append(Paragraph(_escaped(item["text"]), styles[item["style"]]))

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        if doc.page > 1:
            canvas.drawString(side, height - 12 * mm, layout.header)
            canvas.setLineWidth(0.5)
            canvas.line(side, height - 13.5 * mm, width - side, height - 13.5 * mm)
        canvas.drawCentredString(width / 2, 11 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    head_h = 30 * mm
    column_top = height - top

    def columns(below: float, prefix: str) -> list[Frame]:
        return [Frame(side + n * (column + gutter), bottom, column, column_top - below - bottom, id=f"{prefix}{n}")
                for n in range(2)]

    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=layout.size)
    doc.addPageTemplates([PageTemplate("first", [Frame(side, column_top - head_h, width - 2 * side, head_h, id="head")]
                                       + columns(head_h, "c"), onPage=furniture, autoNextPageTemplate="later"),
                          PageTemplate("later", columns(0, "l"), onPage=furniture)])
    doc.build(story)
    assert doc.page == 2, doc.page
    return out.getvalue()


# 4. A page of a research institute's annual report (年度报告) on 大16开 paper (210 x 285 mm; 22 mm left and right, 25 mm top,
# 22 mm bottom; 10.5 pt on an 18 pt leading, first-line indent 2 characters, justified), its pages 24-25. The part's
# head `第四部分　科研项目` (16 pt, bold, flush left, over a 1 pt rule; kind heading), an opening drawn paragraph (001) and a
# paragraph of figures written here, then three heads `一、国家级项目` / `二、省部级项目` / `三、重要横向委托项目` (12 pt, bold; kind heading,
# kept with two lines) each over a list of projects and a drawn paragraph. Each project is a numbered entry (`1.
# 新质生产力的形成机理…（国家社会科学基金重大项目）`, the lines after the first hanging under its text) with its responsible person **at the
# right** on the entry's first line: a borderless table of two columns (the entry's the text's width less the person's
# 30 mm, the person right-aligned, both top-aligned; kind list_item, one item joined by `　　`, as the worksheet's
# options); 8 of the 14 entries wrap to two lines. At the end `注：…` (9 pt; kind footnote, as the handbook's note).
# Furniture (9 pt): the running head `某某经济研究院2023年度报告` at the top left of even pages and `第四部分　科研项目` at the top right of
# odd ones, over a thin rule; the page number (24-25) at the bottom's outer corner.
PROJECTS_LAYOUT = Layout("large16k_institute_project_list", FONT, (210 * mm, 285 * mm), 10.5, 18, 2, 0,
                         ("第四部分　科研项目", "某某经济研究院2023年度报告"), "{page}", ("001",))
PROJECTS_FIRST_PAGE = 24
PROJECTS_MARGINS_MM = (22, 25, 22)  # left and right, top, bottom
PROJECTS_PERSON_MM = 30
PROJECTS_LISTS = {
    "national": [("新质生产力的形成机理、测度方法与提升路径研究（国家社会科学基金重大项目，首席专家）", "李某某"),
                 ("数字技术赋能制造业全要素生产率提升的机制与政策研究（国家自然科学基金面上项目）", "王某某"),
                 ("未来产业培育的政策体系研究（国家社会科学基金重点项目）", "赵某某"),
                 ("科技成果转化中试平台的建设模式、运行机制与绩效评价研究（国家社会科学基金一般项目）", "孙某某"),
                 ("区域创新网络演化与产业集群升级（国家自然科学基金青年项目）", "周某某")],
    "provincial": [("全省加快发展新质生产力的重点任务、实施路径与政策保障研究（省委重大委托课题）", "李某某"),
                   ("省域现代化产业体系评价指标研究（省社会科学规划重点项目）", "钱某某"),
                   ("县域制造业数字化、智能化转型的典型模式与推广机制研究（省软科学研究计划项目）", "吴某某"),
                   ("新型研发机构运行绩效评价研究（省科学技术厅委托项目）", "郑某某"),
                   ("绿色低碳技术创新驱动产业结构优化升级的实现路径研究（省发展和改革委员会委托项目）", "冯某某")],
    "commissioned": [("某某高新区未来产业发展规划（2024—2030年）编制及重点产业招商图谱研究（某某高新区管委会委托）", "王某某"),
                     ("某某市低空经济产业发展路径研究", "陈某某"),
                     ("某某集团“十四五”科技创新体系建设与研发管理制度优化咨询（某某集团有限公司委托）", "褚某某"),
                     ("某某市科技金融服务体系优化研究", "卫某某")]}
PROJECTS_OUTLINE = [
    ("part", "第四部分　科研项目"),
    ("paragraph", "{}"),
    ("paragraph", "2023年，研究院新立项各类科研项目47项，其中国家级项目5项、省部级项目18项、横向委托项目24项，到位科研经费"
                  "2386万元，同比增长21.4%；全年结项31项，形成研究报告和政策建议42篇，获省部级以上领导肯定性批示14项次。"),
    ("section", "一、国家级项目"),
    ("list", "national"),
    ("paragraph", "{}"),
    ("section", "二、省部级项目"),
    ("list", "provincial"),
    ("paragraph", "{}"),
    ("section", "三、重要横向委托项目"),
    ("list", "commissioned"),
    ("paragraph", "{}"),
    ("note", "注：省部级项目和横向委托项目仅列重点项目，按立项时间排序；负责人为项目主持人或首席专家。")]
PROJECTS_KINDS = {"part": "heading", "paragraph": "paragraph", "section": "heading", "note": "footnote"}
PROJECTS_PARAGRAPHS = sum(text.count("{}") for _, text in PROJECTS_OUTLINE)


def _projects_items(drawn: list[str]) -> list[dict]:
    rest = iter(_printed_whole(drawn, PROJECTS_PARAGRAPHS))
    inserts = {name: [{"kind": "list_item", "text": f"{n}. {entry}　　{person}", "style": "entry",
                       "pair": (f"{n}. {entry}", person)} for n, (entry, person) in enumerate(entries, 1)]
               for name, entries in PROJECTS_LISTS.items()}
    items: list[dict] = []
    for style, text in PROJECTS_OUTLINE:
        items += inserts[text] if style == "list" else _outline_items([(style, text)], rest, PROJECTS_KINDS, {})
    return items


def typeset_projects(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in PROJECTS_MARGINS_MM)
    text_width = width - 2 * side - 12
    person_w = PROJECTS_PERSON_MM * mm
    entry_w = text_width - person_w
    body = _body_style(layout)
    styles = {"part": _styled(BOLD_FONT, "part", 16, 24, spaceAfter=2),
              "paragraph": body,
              "section": _styled(BOLD_FONT, "section", 12, 20, spaceBefore=8, spaceAfter=4),
              "person": _styled(font, "person", pt, leading, alignment=2),
              "note": _styled(font, "note", 9, 15, spaceBefore=10)}
    _one_line_each([i for i in items if i["style"] in ("part", "section", "note")], styles, text_width)
    wrapped = 0
    for item in items:
        if item["style"] == "paragraph":
            assert _last_line_has_word(_escaped(item["text"]), body, text_width), item["text"]
            _no_lone_last(_escaped(item["text"]), body, text_width)
        elif item["style"] == "entry":
            entry, person = item["pair"]
            item["hang"] = _hanging(font, "entry", pt, leading, re.match(r"\d+\. ", entry).group(0), 0)
            lines = _wrapped_lines(_escaped(entry), item["hang"], entry_w - 6)
            assert lines <= 2, entry
            wrapped += lines == 2
            _no_lone_last(_escaped(entry), item["hang"], entry_w - 6)
            _fits(_escaped(person), styles["person"], person_w - 6)
    assert wrapped == 8, wrapped
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        k += 1
        if item["style"] == "entry":  # the list: a borderless table, the entry left and its person right
            entries = [item]
            while k < len(items) and items[k]["style"] == "entry":
                entries.append(items[k])
                k += 1
            rows = [[Paragraph(_escaped(e["pair"][0]), e["hang"]), Paragraph(_escaped(e["pair"][1]), styles["person"])]
                    for e in entries]
            table = Table(rows, colWidths=[entry_w, person_w])
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 6),
                                       ("RIGHTPADDING", (1, 0), (1, -1), 0), ("LEFTPADDING", (1, 0), (1, -1), 6),
                                       ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
            story += [table, Spacer(1, 6)]
            continue
        story += _head_kept(item, styles, leading)
        if item["style"] == "part":
            story.append(HRFlowable(width="100%", thickness=1, color=colors.black, spaceBefore=0, spaceAfter=10))

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        page = PROJECTS_FIRST_PAGE + doc.page - 1
        y = height - 15 * mm
        if page % 2:
            canvas.drawRightString(width - side, y, layout.header[0])
            canvas.drawRightString(width - side, 13 * mm, layout.footer.format(page=page))
        else:
            canvas.drawString(side, y, layout.header[1])
            canvas.drawString(side, 13 * mm, layout.footer.format(page=page))
        canvas.setLineWidth(0.5)
        canvas.line(side, y - 1.5 * mm, width - side, y - 1.5 * mm)
        canvas.restoreState()

    return _built(layout, story, furniture, (side, side, top, bottom), (2, 3))


def twentieth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 98 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (AUDIT_LAYOUT, AUDIT_PARAGRAPHS + 2, _audit_items, typeset_audit, _gold),
            (TRANSCRIPT_LAYOUT, TRANSCRIPT_PARAGRAPHS + 2, _transcript_items, typeset_transcript, _gold),
            (STUDY_LAYOUT, STUDY_PARAGRAPHS + 2, _study_items, typeset_study, _gold),
            (PROJECTS_LAYOUT, PROJECTS_PARAGRAPHS + 2, _projects_items, typeset_projects, _gold)):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- A twenty-first batch of four held-out layouts, appended after the 102 above (their paragraphs come from the shared
# rng after those, so the 102 come out byte for byte as before), made blind to the cleaner (its code, tests and scores
# unread). As in the batches before, text is escaped for ReportLab's markup, the gold keeps the text as printed, block
# by block (bold, colour or a raised note number is layout, not text; page furniture is not in the gold), and each
# layout draws two paragraphs more than it sets (the talk four) and sets the first that the font prints whole
# (_printed_whole; the talk's, first those without an enumerator of their own: _seminartalk_items). A text
# written here takes the next drawn paragraph where it holds `{}` (_outline_items). Written text keeps out the middle
# dot `·`. Three of the four are mostly running text; none holds a table or a box.
#
# 1. A provincial party paper's theory-page article (理论版文章) as its e-paper prints it (A4; 25 mm left and right, 26 mm
# top, 20 mm bottom; 10.5 pt on a 19 pt leading, first-line indent 2 characters, justified). The column's kicker
# `理论前沿` (10.5 pt, bold, dark red, flush left; kind heading), the title (20 pt, bold, centred; kind title) over its
# subtitle `——…` (13 pt, centred; kind title), the author `张某某` (11 pt, centred; kind byline); an opening drawn
# paragraph (001); three subheads written here (12 pt, bold, centred; kind heading, kept with two lines) over three
# drawn paragraphs each; at the end the author's unit `（作者单位：…）` and the page editor `（本版编辑：…）` flush right
# (10 pt; kind byline each). Furniture (9 pt, drawn before the page's text): `某某日报　2024年4月15日　星期一` top left and
# `第7版　理论` top right over a thin rule; no page number.
THEORYPAGE_LAYOUT = Layout("a4_provincial_daily_theory_article", FONT, A4, 10.5, 19, 2, 0,
                           ("某某日报　2024年4月15日　星期一", "第7版　理论"), None, ("001",))
THEORYPAGE_RED = colors.Color(0.6, 0.05, 0.05)
THEORYPAGE_MARGINS_MM = (25, 26, 20)  # left and right, top, bottom
THEORYPAGE_OUTLINE = [
    ("kicker", "理论前沿"),
    ("title", "因地制宜发展新质生产力"),
    ("subtitle", "——推动我省制造业高质量发展的几点思考"),
    ("author", "张某某"),
    ("paragraph", "{}"),
    ("subhead", "把握新质生产力的本质要求"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("subhead", "立足省情找准发展着力点"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("subhead", "营造良好创新生态"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("unit", "（作者单位：某某省委党校经济学教研部）"),
    ("editor", "（本版编辑：李某某）")]
THEORYPAGE_KINDS = {"kicker": "heading", "title": "title", "subtitle": "title", "author": "byline",
                    "paragraph": "paragraph", "subhead": "heading", "unit": "byline", "editor": "byline"}
THEORYPAGE_PARAGRAPHS = sum(text.count("{}") for _, text in THEORYPAGE_OUTLINE)


def _theorypage_items(drawn: list[str]) -> list[dict]:
    return _outline_items(THEORYPAGE_OUTLINE, iter(_printed_whole(drawn, THEORYPAGE_PARAGRAPHS)), THEORYPAGE_KINDS, {})


def typeset_theorypage(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in THEORYPAGE_MARGINS_MM)
    text_width = width - 2 * side - 12  # less the frame's padding
    body = _body_style(layout)
    styles = {"kicker": _styled(BOLD_FONT, "kicker", pt, 18, textColor=THEORYPAGE_RED, spaceAfter=4),
              "title": _styled(BOLD_FONT, "title", 20, 30, alignment=1, spaceAfter=2),
              "subtitle": _styled(font, "subtitle", 13, 20, alignment=1, spaceAfter=6),
              "author": _styled(font, "author", 11, 18, alignment=1, spaceAfter=10),
              "paragraph": body,
              "subhead": _styled(BOLD_FONT, "subhead", 12, 20, alignment=1, spaceBefore=8, spaceAfter=6),
              "unit": _styled(font, "unit", 10, 17, alignment=2, spaceBefore=8),
              "editor": _styled(font, "editor", 10, 17, alignment=2)}
    _one_line_each(items, styles, text_width)
    for item in items:
        if item["kind"] == "paragraph":
            _no_lone_last(_escaped(item["text"]), body, text_width)
    story: list = []
    for item in items:
        story += _head_kept(item, styles, leading, kept=("heading",) if item["style"] == "subhead" else ())

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        y = height - 15 * mm
        canvas.drawString(side, y, layout.header[0])
        canvas.drawRightString(width - side, y, layout.header[1])
        canvas.setLineWidth(0.5)
        canvas.line(side, y - 1.5 * mm, width - side, y - 1.5 * mm)
        canvas.restoreState()

    return _built(layout, story, furniture, (side, side, top, bottom), (2, 4))


# 2. A county magistrate's talk at a provincial research seminar (研讨会交流发言), as the county government's office prints
# it (B5; 24 mm left and right, 25 mm top and bottom; 11 pt on a 20 pt leading, first-line indent 2 characters,
# justified). The title (17 pt, bold, centred; kind title) over its subtitle `——在…研讨会上的交流发言` (12 pt, centred;
# kind title), the speaker `某某县人民政府县长　刘某某` (12 pt, centred; kind byline) over `（2024年6月20日）` (centred;
# kind dateline); the salutation `各位领导、各位专家：` flush left (kind paragraph); an opening written here; three heads
# `一、…` (12 pt, bold, flush left; kind heading, kept with two lines): under the first and the second, run-in points
# `第一，…。` … whose lead sentence is bold and runs on into a drawn paragraph (001) (kind paragraph each, the lead kept:
# four under the first head, three under the second; a drawn paragraph opening with an enumerator of its own, `第三，`
# `二是` `首先` …, is passed over while there are others); under the third a drawn paragraph and a closing written here.
# Footer `— N —` (9 pt, centred).
SEMINARTALK_LAYOUT = Layout("b5_county_magistrate_seminar_talk", FONT, B5, 11, 20, 2, 0, None, "— {page} —", ("001",))
SEMINARTALK_MARGINS_MM = (24, 25)  # left and right, top and bottom
SEMINARTALK_OUTLINE = [
    ("title", "立足县域实际　培育发展新质生产力"),
    ("subtitle", "——在全省县域经济高质量发展研讨会上的交流发言"),
    ("speaker", "某某县人民政府县长　刘某某"),
    ("date", "（2024年6月20日）"),
    ("salutation", "各位领导、各位专家："),
    ("paragraph", "很高兴参加这次研讨会，和大家交流我县培育发展新质生产力的一些做法和体会。近年来，我县坚持把科技创新作为"
                  "县域发展的第一动力，2023年全县规模以上工业增加值增长8.6%，高新技术企业达到126家，研发经费投入强度提高到"
                  "2.3%。下面，我从三个方面作简要汇报。"),
    ("head", "一、我们的主要做法"),
    ("led", "第一，坚持规划引领，找准主攻方向。{}"),
    ("led", "第二，坚持创新驱动，建强科创平台。{}"),
    ("led", "第三，坚持链式发展，壮大特色产业。{}"),
    ("led", "第四，坚持人才优先，激发创新活力。{}"),
    ("head", "二、几点粗浅体会"),
    ("led", "第一，必须从实际出发。{}"),
    ("led", "第二，必须抓住企业这个主体。{}"),
    ("led", "第三，必须改革体制机制。{}"),
    ("head", "三、下一步工作打算"),
    ("paragraph", "{}"),
    ("paragraph", "我们将认真学习借鉴兄弟县市的好经验好做法，推动新质生产力在县域加快落地见效。以上汇报，不妥之处，请各位"
                  "领导、各位专家批评指正。谢谢大家！")]
SEMINARTALK_KINDS = {"title": "title", "subtitle": "title", "speaker": "byline", "date": "dateline",
                     "salutation": "paragraph", "paragraph": "paragraph", "head": "heading", "led": "paragraph"}
SEMINARTALK_PARAGRAPHS = sum(text.count("{}") for _, text in SEMINARTALK_OUTLINE)
_SEMINARTALK_COUNTED = re.compile(r"第[一二三四五六七八九十]+[，、]|[一二三四五六七八九十]是|首先|其次|再次|最后|其[一二三四]")


def _seminartalk_items(drawn: list[str]) -> list[dict]:
    """The outline's items, its paragraphs drawn whole (_printed_whole's test) and, first, without an enumerator of their
    own (`第三，` `二是` `首先` …: a point `第一，…。第三，…` would read wrongly), in the order drawn."""
    whole = [text for text in drawn if "•" not in text]
    plain = [text for text in whole if not _SEMINARTALK_COUNTED.match(text)]
    points = sum(1 for style, _ in SEMINARTALK_OUTLINE if style == "led")
    assert len(plain) >= points, len(plain)
    rest = plain + [text for text in whole if text not in plain]
    items: list[dict] = []
    led, other = iter(rest[:points]), iter(rest[points:])
    for style, text in SEMINARTALK_OUTLINE:
        items += _outline_items([(style, text)], led if style == "led" else other, SEMINARTALK_KINDS, {})
    return items


def typeset_seminartalk(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    side, edge = (m * mm for m in SEMINARTALK_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 17, 26, alignment=1, spaceAfter=2),
              "subtitle": _styled(font, "subtitle", 12, 20, alignment=1, spaceAfter=4),
              "speaker": _styled(font, "speaker", 12, 20, alignment=1),
              "date": _styled(font, "date", pt, leading, alignment=1, spaceAfter=10),
              "salutation": _styled(font, "salutation", pt, leading),
              "paragraph": body, "led": body,
              "head": _styled(BOLD_FONT, "head", 12, 21, spaceBefore=6, spaceAfter=2)}
    _one_line_each([i for i in items if i["style"] not in ("paragraph", "led")], styles, text_width)
    for item in items:
        if item["style"] in ("paragraph", "led"):
            markup = _led(item)
            assert _last_line_has_word(markup, body, text_width), item["text"]
            assert _lines_open_safely(markup, body, text_width), item["text"]
            _no_lone_last(markup, body, text_width)
    story: list = []
    for item in items:
        if "lead" in item:
            story.append(Paragraph(_led(item), body))
        else:
            story += _head_kept(item, styles, leading)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=side, rightMargin=side, topMargin=edge,
                            bottomMargin=edge)
    footer = _centred_footer(layout, font, width, 13 * mm)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    assert 2 <= doc.page <= 4, doc.page
    return out.getvalue()


# 3. A Macau think tank's commentary (時事評論), Traditional, on 16开 paper (184 x 260 mm; 20 mm left and right, 24 mm top;
# 10.5 pt on an 18 pt leading, first-line indent 2 characters, justified), with page-bottom footnotes. The title (16 pt,
# bold, centred; kind title), `澳門某某研究會研究員　梁某某` (11 pt, centred; kind byline) over `2024年7月` (10 pt, centred;
# kind dateline); an opening written here; heads `一、…` / `二、…` / `三、…` (11.5 pt, bold, flush left; kind heading, kept
# with two lines) over paragraphs drawn (000, 002) and written here; a closing written here. Four of the written
# paragraphs carry a note number raised after a sentence or a clause (`…提出²。`: kind paragraph, the number left out of
# the gold), the note `N 參見…` (8 pt, a line each, written here) at the bottom of its page under a 40 mm rule, drawn
# after the page's text (kind footnote each, listed after the body in the gold, as b5_trad_academic_paper's).
# Furniture (9 pt, drawn before the page's text): `澳門某某研究會　時事評論` top left and `2024年第7期` top right over a
# thin rule; the page number `N` at the bottom right.
MOCOMMENT_LAYOUT = Layout("k16_macau_think_tank_commentary_trad", FONT, (184 * mm, 260 * mm), 10.5, 18, 2, 0,
                          ("澳門某某研究會　時事評論", "2024年第7期"), "{page}", ("000", "002"))
MOCOMMENT_MARGINS_MM = (20, 24, 40)  # left and right, top, the frame's bottom (the notes stand below it)
MOCOMMENT_NOTES = {1: "參見新華社：《加快發展新質生產力　扎實推進高質量發展》，2024年2月1日。",
                   2: "參見《2024年國務院政府工作報告》，2024年3月5日。",
                   3: "資料來源：澳門特別行政區政府統計暨普查局，《2023年本地生產總值》。",
                   4: "參見《橫琴粵澳深度合作區總體發展規劃》，2023年12月。"}
MOCOMMENT_OUTLINE = [
    ("title", "把握新質生產力機遇　推動澳門經濟適度多元"),
    ("byline", "澳門某某研究會研究員　梁某某"),
    ("date", "2024年7月"),
    ("paragraph", "今年初，國家領導人在中共中央政治局集體學習時，系統闡述了新質生產力的內涵與要求[1]。對於正在推進經濟適度"
                  "多元發展的澳門而言，如何把握這一重大機遇，值得社會各界深入思考。"),
    ("head", "一、國家發展新質生產力的政策脈絡"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "今年的政府工作報告把「大力推進現代化產業體系建設，加快發展新質生產力」列為政府工作十大任務之首[2]，"
                  "並提出積極培育新興產業和未來產業，深入推進數字經濟創新發展。"),
    ("head", "二、澳門的基礎與短板"),
    ("paragraph", "隨着旅客訪澳恢復，2023年澳門本地生產總值按年實質上升80.5%[3]，經濟總體回穩向好。不過，博彩業一業獨大"
                  "的格局尚未根本改變，科技創新基礎相對薄弱，本地研發投入和科研人才仍然不足。"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("head", "三、幾點建議"),
    ("paragraph", "橫琴粵澳深度合作區是澳門發展新質生產力的重要平台。按照總體發展規劃[4]，合作區將重點發展科技研發和高端"
                  "製造、中醫藥等澳門品牌工業、文旅會展商貿、現代金融四大產業，為澳門產業多元提供新的空間。"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "總而言之，澳門發展新質生產力，既要立足自身優勢，也要善用國家所需、灣區所長，在融入國家發展大局中找準"
                  "定位，為經濟適度多元發展注入新動能。")]
MOCOMMENT_KINDS = {"title": "title", "byline": "byline", "date": "dateline", "paragraph": "paragraph",
                   "head": "heading"}
MOCOMMENT_PARAGRAPHS = sum(text.count("{}") for _, text in MOCOMMENT_OUTLINE)
_MOCOMMENT_MARK = re.compile(r"\[(\d)\]")


def _mocomment_items(drawn: list[str]) -> list[dict]:
    items = _outline_items(MOCOMMENT_OUTLINE, iter(_printed_whole(drawn, MOCOMMENT_PARAGRAPHS)), MOCOMMENT_KINDS, {})
    for item in items:
        if _MOCOMMENT_MARK.search(item["text"]):
            parts = _MOCOMMENT_MARK.split(item["text"])  # text, number, text, …
            item["markup"] = "".join(_escaped(part) if k % 2 == 0 else
                                     f'<super>{part}</super><onDraw name="note" label="{part}"/>'
                                     for k, part in enumerate(parts))
            item["text"] = "".join(parts[::2])
    return items + [{"kind": "footnote", "text": f"{n} {note}", "style": "note"} for n, note in MOCOMMENT_NOTES.items()]


def typeset_mocomment(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), leading = layout.font, layout.size, layout.leading
    side, top, frame_bottom = (m * mm for m in MOCOMMENT_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 16, 26, alignment=1, spaceAfter=4),
              "byline": _styled(font, "byline", 11, 18, alignment=1),
              "date": _styled(font, "date", 10, 17, alignment=1, spaceAfter=10),
              "paragraph": body,
              "head": _styled(BOLD_FONT, "head", 11.5, 20, spaceBefore=6, spaceAfter=2)}
    body_items = [i for i in items if i["kind"] != "footnote"]
    _one_line_each(body_items, styles, text_width)
    for item in body_items:
        if item["kind"] == "paragraph":
            markup = item.get("markup", _escaped(item["text"]))
            assert _last_line_has_word(markup, body, text_width), item["text"]
            assert _lines_open_safely(markup, body, text_width), item["text"]
            _no_lone_last(markup, body, text_width)
    for n, note in MOCOMMENT_NOTES.items():
        assert pdfmetrics.stringWidth(f"{n} {note}", font, 8) <= width - 2 * side, note
    note_page: dict[int, int] = {}
    placed: dict[int, int] = {}

    def page_start(canvas, doc) -> None:
        canvas.setNamedCB("note", lambda canvas, kind, label: note_page.__setitem__(int(label), canvas.getPageNumber()))
        canvas.saveState()
        canvas.setFont(font, 9)
        y = height - 14 * mm
        canvas.drawString(side, y, layout.header[0])
        canvas.drawRightString(width - side, y, layout.header[1])
        canvas.setLineWidth(0.5)
        canvas.line(side, y - 1.5 * mm, width - side, y - 1.5 * mm)
        canvas.drawRightString(width - side, 12 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    def page_end(canvas, doc) -> None:  # the page's notes, drawn after its text
        here = sorted(n for n, on in placed.items() if on == canvas.getPageNumber())
        if here:
            canvas.saveState()
            canvas.setLineWidth(0.5)
            canvas.line(side, frame_bottom - 3 * mm, side + 40 * mm, frame_bottom - 3 * mm)
            canvas.setFont(font, 8)
            for k, n in enumerate(here):
                canvas.drawString(side, frame_bottom - 7 * mm - 4 * mm * k, f"{n} {MOCOMMENT_NOTES[n]}")
            canvas.restoreState()

    def story() -> list:
        flowables: list = []
        for item in body_items:
            if "markup" in item:
                flowables.append(Paragraph(item["markup"], body))
            else:
                flowables += _head_kept(item, styles, leading)
        return flowables

    for _ in range(2):  # the second pass draws each note on the page the first found for it
        out = io.BytesIO()
        doc = BaseDocTemplate(out, pagesize=layout.size)
        frame = Frame(side, frame_bottom, width - 2 * side, height - top - frame_bottom, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=page_start, onPageEnd=page_end)])
        doc.build(story())
        placed = dict(note_page)
    assert set(placed) == set(MOCOMMENT_NOTES), placed
    assert 2 <= doc.page <= 4, doc.page
    return out.getvalue()


# 4. A university teacher's lecture notes (课程讲义) as handed out to students (A4; 25 mm left and right, 28 mm top, 22 mm
# bottom; 12 pt on a 22 pt leading, first-line indent 2 characters, justified). The title `第五讲　新质生产力与高质量发展`
# (16 pt, bold, centred; kind title), `主讲：某某大学经济学院　周某某` (11 pt, centred; kind byline); an opening written here;
# numbered sections `1. …` (14 pt, bold, flush left; kind heading, kept with two lines) and, under the second, subsections
# `2.1 …` (12 pt, bold; kind heading) over drawn paragraphs (001, 003); the fourth section `4. 小结` over a summary written
# here. Then `思考题` (14 pt, bold; kind heading) over three questions written here, `1. …？` (12 pt, the lines after the
# first hanging under the text; kind list_item each, the number kept), and `阅读书目` (14 pt, bold; kind heading) over five
# entries written here, `[1] …` (10.5 pt on 17 pt, hanging; kind list_item each, the number kept). Furniture (9 pt, drawn
# before the page's text): `《中国经济专题》课程讲义` top left and `2024年春季学期` top right over a thin rule; `N / M` centred
# at the bottom.
COURSENOTES_LAYOUT = Layout("a4_university_lecture_notes", FONT, A4, 12, 22, 2, 0,
                            ("《中国经济专题》课程讲义", "2024年春季学期"), "{page} / {pages}", ("001", "003"))
COURSENOTES_MARGINS_MM = (25, 28, 22)  # left and right, top, bottom
COURSENOTES_OUTLINE = [
    ("title", "第五讲　新质生产力与高质量发展"),
    ("byline", "主讲：某某大学经济学院　周某某"),
    ("paragraph", "本讲讨论新质生产力的提出背景、科学内涵和实践要求。学习本讲，要把新质生产力放在马克思主义生产力理论的"
                  "发展脉络中来理解，同时结合我国经济由高速增长阶段转向高质量发展阶段的现实来把握。"),
    ("section", "1. 新质生产力概念的提出"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("section", "2. 新质生产力的科学内涵"),
    ("subsection", "2.1 核心要素：科技创新"),
    ("paragraph", "{}"),
    ("subsection", "2.2 核心标志：全要素生产率大幅提升"),
    ("paragraph", "{}"),
    ("subsection", "2.3 基本内涵：劳动者、劳动资料、劳动对象的优化组合"),
    ("paragraph", "{}"),
    ("section", "3. 发展新质生产力的实践要求"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("section", "4. 小结"),
    ("paragraph", "新质生产力是创新起主导作用的先进生产力质态。发展新质生产力，要以科技创新推动产业创新，因地制宜，"
                  "既培育新兴产业和未来产业，也用新技术改造提升传统产业，并通过深化改革形成与之相适应的新型生产关系。"),
    ("heading", "思考题"),
    ("question", "1. 新质生产力与传统生产力的主要区别是什么？"),
    ("question", "2. 为什么说全要素生产率大幅提升是新质生产力的核心标志？请结合增长核算的方法加以说明。"),
    ("question", "3. 结合你熟悉的一个地区或行业，谈谈如何因地制宜发展新质生产力，既培育新兴产业，又改造提升传统产业？"),
    ("heading", "阅读书目"),
    ("reading", "[1] 习近平：《发展新质生产力是推动高质量发展的内在要求和重要着力点》，《求是》2024年第11期。"),
    ("reading", "[2] 周文、许凌云：《论新质生产力：内涵特征与重要着力点》，《改革》2023年第10期。"),
    ("reading", "[3] 蔡昉：《如何理解和发展新质生产力》，《经济研究》2024年第2期。"),
    ("reading", "[4] 林毅夫：《新结构经济学：反思经济发展与政策的理论框架（增订版）》，北京大学出版社2014年版。"),
    ("reading", "[5] 马克思：《资本论》第一卷，人民出版社2004年版，第十三章“机器和大工业”。")]
COURSENOTES_KINDS = {"title": "title", "byline": "byline", "paragraph": "paragraph", "section": "heading",
                     "subsection": "heading", "heading": "heading", "question": "list_item", "reading": "list_item"}
COURSENOTES_PARAGRAPHS = sum(text.count("{}") for _, text in COURSENOTES_OUTLINE)


def _coursenotes_items(drawn: list[str]) -> list[dict]:
    return _outline_items(COURSENOTES_OUTLINE, iter(_printed_whole(drawn, COURSENOTES_PARAGRAPHS)), COURSENOTES_KINDS,
                          {})


def typeset_coursenotes(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in COURSENOTES_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 16, 26, alignment=1, spaceAfter=2),
              "byline": _styled(font, "byline", 11, 18, alignment=1, spaceAfter=10),
              "paragraph": body,
              "section": _styled(BOLD_FONT, "section", 14, 24, spaceBefore=8, spaceAfter=2),
              "subsection": _styled(BOLD_FONT, "subsection", 12, 22, spaceBefore=2),
              "heading": _styled(BOLD_FONT, "heading", 14, 24, spaceBefore=10, spaceAfter=2)}
    _one_line_each([i for i in items if i["kind"] != "list_item"], styles, text_width)
    for item in items:
        if item["kind"] == "paragraph":
            _no_lone_last(_escaped(item["text"]), body, text_width)
        elif item["style"] == "question":
            item["hang"] = _hanging(font, "question", pt, leading, item["text"][:3], 0, alignment=4)
        elif item["style"] == "reading":
            item["hang"] = _hanging(font, "reading", 10.5, 17, item["text"][:4], 0, alignment=4, spaceAfter=2)
        if "hang" in item:
            assert _last_line_has_word(_escaped(item["text"]), item["hang"], text_width), item["text"]
            _no_lone_last(_escaped(item["text"]), item["hang"], text_width)
    wrapped = sum(_wrapped_lines(_escaped(i["text"]), i["hang"], text_width) > 1 for i in items if "hang" in i)

    def story() -> list:
        flowables: list = []
        for item in items:
            if "hang" in item:
                flowables.append(Paragraph(_escaped(item["text"]), item["hang"]))
            else:
                flowables += _head_kept(item, styles, leading)
        return flowables

    def build(footer):
        def furniture(canvas, doc) -> None:
            canvas.saveState()
            canvas.setFont(font, 9)
            y = height - 16 * mm
            canvas.drawString(side, y, layout.header[0])
            canvas.drawRightString(width - side, y, layout.header[1])
            canvas.setLineWidth(0.5)
            canvas.line(side, y - 1.5 * mm, width - side, y - 1.5 * mm)
            canvas.drawCentredString(width / 2, 12 * mm, footer(doc.page))
            canvas.restoreState()
        out = io.BytesIO()
        doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=side, rightMargin=side, topMargin=top,
                                bottomMargin=bottom)
        doc.build(story(), onFirstPage=furniture, onLaterPages=furniture)
        return out, doc

    assert wrapped >= 3, wrapped  # some questions and entries wrap, so that their hang shows
    return _pages_of(layout, build, 2, 4)


def twenty_first_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 102 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (THEORYPAGE_LAYOUT, THEORYPAGE_PARAGRAPHS + 2, _theorypage_items, typeset_theorypage, _gold),
            (SEMINARTALK_LAYOUT, SEMINARTALK_PARAGRAPHS + 4, _seminartalk_items, typeset_seminartalk, _gold),
            (MOCOMMENT_LAYOUT, MOCOMMENT_PARAGRAPHS + 2, _mocomment_items, typeset_mocomment, _gold),
            (COURSENOTES_LAYOUT, COURSENOTES_PARAGRAPHS + 2, _coursenotes_items, typeset_coursenotes, _gold)):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- A twenty-second batch of four held-out layouts, appended after the 106 above (their paragraphs come from the
# shared rng after those, so the 106 come out byte for byte as before), made blind to the cleaner (its code, tests and
# scores unread). As in the batches before, text is escaped for ReportLab's markup, the gold keeps the text as printed,
# block by block (bold, colour or a hanging indent is layout, not text; page furniture is not in the gold), and each
# layout draws two paragraphs more than it sets (the reflection and the reply four) and sets the first that the font
# prints whole, first those without an enumerator of their own (`四是` `首先` `（二）` …: a letter's or a news item's
# paragraph, or one after a run-in label, would read wrongly with it): _unnumbered_first. A text written here takes the
# next drawn paragraph where it holds `{}` (_outline_items). Written text keeps out the middle dot `·`, and no line of a
# paragraph written whole ends with an opening bracket or quotation mark (_written_kept_whole). Three of the four are
# running text in one column; the reply's question holds a hanging list; none holds a table or a box.

_ENUMERATED = re.compile(r"第[一二三四五六七八九十]+[，、]|[一二三四五六七八九十]是|首先|其次|再次|最後|最后|其[一二三四]"
                         r"|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]、|\d+[.．、]")


def _unnumbered_first(drawn: list[str], count: int, labelled: int | None = None) -> list[str]:
    """`count` drawn paragraphs that the font prints whole (no `•`), the first `labelled` of them (those that follow a
    run-in label or lead; None: as many as there are, so that one opening with an enumerator is set only where no other
    is left) without an enumerator of their own at their start (`第三，` `二是` `（二）` `首先` …), in the order drawn."""
    whole = [text for text in drawn if "•" not in text]
    plain = [text for text in whole if not _ENUMERATED.match(text)]
    labelled = min(count, len(plain)) if labelled is None else labelled
    assert len(plain) >= labelled, len(plain)
    ordered = plain[:labelled] + [text for text in whole if text not in plain[:labelled]]
    assert len(ordered) >= count, (len(ordered), count)
    return ordered[:count]


# 1. A Hong Kong Legislative Council question and the Secretary's written reply (立法會問題及書面答覆), Traditional, as the
# government's news site publishes it and a reader prints it (A4; 25 mm left and right, 24 mm top, 22 mm bottom; 12 pt on
# a 21 pt leading, first-line indent 2 characters, 6 pt after each paragraph, justified). The title `立法會十五題：…`
# (14 pt, bold, centred; kind title) over the site's row of full-width asterisks `＊＊＊…` (centred; kind boilerplate: a
# rule typed as text, as `完`); the lead-in `以下為今日（五月二十二日）在立法會會議上…的書面答覆：` (kind paragraph);
# `問題：` (flush left; kind heading: it labels the part, on a line of its own); the question's preamble written here and
# `就此，政府可否告知本會：` (kind paragraph each); its three parts written here, `（一）…；` `（二）…；及` `（三）…？`, the label
# at the margin and the lines after the first hanging under its text (kind list_item each, the label kept); `答覆：` (kind
# heading); `主席：` flush left (kind paragraph, as a salutation); an opening written here; the reply part by part, each
# part's first paragraph opening with its label run in, `（一）` + figures written here, `（二）` + a drawn paragraph (000,
# 002), `（三）` + a sentence written here and a drawn paragraph (kind paragraph each, the label kept), each part going
# on without a label, the first two in a drawn paragraph, the third in one of figures written here. At the end `完`
# centred (kind boilerplate) and, flush left with no space between them, `2024年5月22日（星期三）` and `香港時間14時30分`
# (kind dateline each), as a4_hk_press_release_trad's.
# Footer `第 N 頁，共 M 頁` (9 pt, flush right; drawn before the page's text); no header.
LEGCOREPLY_LAYOUT = Layout("a4_legco_question_written_reply_trad", FONT, A4, 12, 21, 2, 6, None,
                           "第 {page} 頁，共 {pages} 頁", ("000", "002"))
LEGCOREPLY_MARGINS_MM = (25, 24, 22)  # left and right, top, bottom
LEGCOREPLY_OUTLINE = [
    ("title", "立法會十五題：推動新質生產力發展"),
    ("stars", "＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"),
    ("paragraph", "以下為今日（五月二十二日）在立法會會議上林某某議員的提問和創新科技及工業局局長孫某某的書面答覆："),
    ("part", "問題："),
    ("paragraph", "中央去年提出「新質生產力」的概念，今年的政府工作報告更把「大力推進現代化產業體系建設，加快發展新質生產力」"
                  "列為十大工作任務之首。行政長官在去年發表的《施政報告》中提出推動新型工業化，並成立新型工業化發展辦公室。有業界"
                  "人士指出，香港的基礎科研實力雄厚，但科研成果轉化及產業化的能力仍有不足，創科人才亦供不應求。"),
    ("paragraph", "就此，政府可否告知本會："),
    ("item", "（一）「新型工業化資助計劃」自推出以來接獲的申請及獲批項目數目，以及獲批項目所涉的資助總額和主要產業類別；"),
    ("item", "（二）政府有何具體措施協助本地大學的科研成果轉化及產業化，以及會否考慮增加「產學研1+計劃」的資助名額；及"),
    ("item", "（三）鑑於發展新質生產力需要大量創科人才，政府會否檢討現行的人才引進計劃，並加強培育本地創科人才；如會，"
             "詳情為何；如否，原因為何？"),
    ("part", "答覆："),
    ("salutation", "主席："),
    ("paragraph", "特區政府一直積極推動香港創新科技發展，並致力推動新型工業化，以加快發展新質生產力。就林某某議員的提問，經"
                  "諮詢教育局及勞工及福利局，現綜合答覆如下："),
    ("paragraph", "（一）為推動香港製造業升級轉型，政府於2023年10月推出「新型工業化資助計劃」，以一比二配對形式，資助生產商在港"
                  "設立新的智能生產線。截至2024年4月底，計劃共接獲46宗申請，其中21宗已獲批，涉及資助總額約1.4億元，主要涉及"
                  "食品、醫療用品、新材料及電子產品等產業。"),
    ("paragraph", "{}"),
    ("labelled", "（二）{}"),
    ("paragraph", "{}"),
    ("labelled", "（三）人才是發展新質生產力的關鍵。{}"),
    ("paragraph", "在引進人才方面，截至2024年4月底，各項人才入境計劃共接獲逾28萬宗申請，其中逾18萬宗獲批，已有逾11萬名人才"
                  "抵港。政府會繼續檢視各項計劃的成效，因應產業發展的需要適時優化。在培育本地人才方面，「研究人才庫」及"
                  "「新型工業化及科技培訓計劃」會繼續資助企業聘用科研人員及培訓員工，以配合新型工業化的發展。"),
    ("end", "完"),
    ("stamp", "2024年5月22日（星期三）"),
    ("stamp", "香港時間14時30分")]
LEGCOREPLY_KINDS = {"title": "title", "stars": "boilerplate", "paragraph": "paragraph", "part": "heading",
                    "item": "list_item", "salutation": "paragraph", "labelled": "paragraph", "end": "boilerplate",
                    "stamp": "dateline"}
LEGCOREPLY_PARAGRAPHS = sum(text.count("{}") for _, text in LEGCOREPLY_OUTLINE)


def _legcoreply_items(drawn: list[str]) -> list[dict]:
    labelled = sum(1 for style, _ in LEGCOREPLY_OUTLINE if style == "labelled")
    texts = _unnumbered_first(drawn, LEGCOREPLY_PARAGRAPHS, labelled)
    first, rest = iter(texts[:labelled]), iter(texts[labelled:])
    items: list[dict] = []
    for style, text in LEGCOREPLY_OUTLINE:
        items += _outline_items([(style, text)], first if style == "labelled" else rest, LEGCOREPLY_KINDS, {})
    return items


def typeset_legcoreply(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in LEGCOREPLY_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 14, 24, alignment=1, spaceAfter=2),
              "stars": _styled(font, "stars", pt, leading, alignment=1, spaceAfter=10),
              "paragraph": body, "labelled": body,
              "part": _styled(font, "part", pt, leading, spaceBefore=4, spaceAfter=layout.after_pt),
              "salutation": _styled(font, "salutation", pt, leading, spaceAfter=layout.after_pt),
              "end": _styled(font, "end", pt, leading, alignment=1, spaceBefore=8, spaceAfter=14),
              "stamp": _styled(font, "stamp", pt, leading)}
    for item in items:
        if item["kind"] == "list_item":
            item["hang"] = _hanging(font, "item", pt, leading, item["text"][:3], 0, alignment=4,
                                    spaceAfter=layout.after_pt)
    _one_line_each([i for i in items if i["kind"] not in ("paragraph", "list_item")], styles, text_width)
    for item in items:
        style = item.get("hang", body)
        if item["kind"] in ("paragraph", "list_item") and item["style"] != "salutation":
            markup = _escaped(item["text"])
            assert _last_line_has_word(markup, style, text_width), item["text"]
            _no_lone_last(markup, style, text_width)
    assert [_wrapped_lines(_escaped(i["text"]), i["hang"], text_width) for i in items if "hang" in i] == [2, 2, 2]
    _written_kept_whole(items, LEGCOREPLY_OUTLINE, styles, text_width)

    def story() -> list:
        flowables: list = []
        for item in items:
            if "hang" in item:
                flowables.append(Paragraph(_escaped(item["text"]), item["hang"]))
            else:
                flowables += _head_kept(item, styles, leading, kept=())
        return flowables

    def build(footer):
        def furniture(canvas, doc) -> None:
            canvas.saveState()
            canvas.setFont(font, 9)
            canvas.drawRightString(width - side, 12 * mm, footer(doc.page))
            canvas.restoreState()
        out = io.BytesIO()
        doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=side, rightMargin=side, topMargin=top,
                                bottomMargin=bottom)
        doc.build(story(), onFirstPage=furniture, onLaterPages=furniture)
        return out, doc

    return _pages_of(layout, build, 2, 4)


# 2. A Party member's study reflection (学习心得体会) as typed in a word processor and printed with its defaults (A4;
# 25.4 mm top and bottom, 31.8 mm left and right; 14 pt on a 28 pt leading, first-line indent 2 characters,
# justified). The title (20 pt, bold, centred; kind title) over its subtitle `——学习…重要论述的心得体会` (14 pt, centred;
# kind title), the author `某某市发展和改革委员会产业发展科　王某某` (14 pt, centred; kind byline); an opening written here;
# three heads `一、…` (bold, indented 2 characters, the body's size; kind heading, kept with two lines): under the first
# two drawn paragraphs (001), under the second a drawn one and one written here that runs its points in, `…三个关系：一是
# …；二是…；三是…。` (kind paragraph), under the third three points whose lead sentence `一是在谋划产业发展上下功夫。` … is
# bold and runs on into a drawn paragraph (kind paragraph each, the lead kept; drawn paragraphs opening with an
# enumerator of their own are passed over for them); a closing written here; the date `2024年4月10日` flush right (kind
# dateline). Footer: the page number `N` centred (10.5 pt), as the word processor's page-number field sets it.
REFLECTION_LAYOUT = Layout("a4_party_member_study_reflection", FONT, A4, 14, 28, 2, 0, None, "{page}", ("001",))
REFLECTION_MARGINS_MM = (31.8, 25.4)  # left and right, top and bottom
REFLECTION_OUTLINE = [
    ("title", "以新质生产力理念推动本职工作提质增效"),
    ("subtitle", "——学习习近平总书记关于发展新质生产力重要论述的心得体会"),
    ("author", "某某市发展和改革委员会产业发展科　王某某"),
    ("paragraph", "近期，我认真学习了习近平总书记关于发展新质生产力的系列重要论述，参加了委机关党支部组织的专题学习研讨，"
                  "深受启发。新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径，具有高科技、高效能、高质量"
                  "特征，符合新发展理念的先进生产力质态。作为一名从事产业发展工作的党员干部，我结合本职工作，谈几点粗浅体会。"),
    ("head", "一、深刻把握新质生产力的科学内涵"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("head", "二、准确理解发展新质生产力的实践要求"),
    ("paragraph", "{}"),
    ("paragraph", "从我市实际看，发展新质生产力，关键要处理好三个关系：一是新兴产业与传统产业的关系，既要培育壮大新兴产业，"
                  "也要用新技术改造提升传统产业，不能忽视、放弃传统产业；二是政府与市场的关系，既要发挥市场在资源配置中的"
                  "决定性作用，也要更好发挥政府作用；三是当前与长远的关系，既要立足现有基础，也要前瞻布局未来产业，防止一哄"
                  "而上、泡沫化。"),
    ("head", "三、立足岗位推动学习成果转化"),
    ("led", "一是在谋划产业发展上下功夫。{}"),
    ("led", "二是在服务企业创新上求实效。{}"),
    ("led", "三是在提升自身本领上作表率。{}"),
    ("paragraph", "学习贯彻习近平总书记关于发展新质生产力的重要论述，是一项长期任务。今后，我将坚持学思用贯通、知信行统一，"
                  "把学习成果转化为推动工作的实际行动，为全市加快发展新质生产力、推动高质量发展贡献自己的力量。"),
    ("date", "2024年4月10日")]
REFLECTION_KINDS = {"title": "title", "subtitle": "title", "author": "byline", "paragraph": "paragraph",
                    "head": "heading", "led": "paragraph", "date": "dateline"}
REFLECTION_PARAGRAPHS = sum(text.count("{}") for _, text in REFLECTION_OUTLINE)


def _reflection_items(drawn: list[str]) -> list[dict]:
    leds = sum(1 for style, _ in REFLECTION_OUTLINE if style == "led")
    texts = _unnumbered_first(drawn, REFLECTION_PARAGRAPHS, leds)
    led, other = iter(texts[:leds]), iter(texts[leds:])
    items: list[dict] = []
    for style, text in REFLECTION_OUTLINE:
        items += _outline_items([(style, text)], led if style == "led" else other, REFLECTION_KINDS, {})
    return items


def typeset_reflection(layout: Layout, items: list[dict]) -> bytes:
    font, width, pt, leading = layout.font, layout.size[0], layout.body_pt, layout.leading
    side, edge = (m * mm for m in REFLECTION_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 20, 32, alignment=1),
              "subtitle": _styled(font, "subtitle", pt, leading, alignment=1),
              "author": _styled(font, "author", pt, leading, alignment=1, spaceAfter=leading),
              "paragraph": body, "led": body,
              "head": _styled(BOLD_FONT, "head", pt, leading, firstLineIndent=2 * pt),
              "date": _styled(font, "date", pt, leading, alignment=2, spaceBefore=leading)}
    _one_line_each([i for i in items if i["kind"] != "paragraph"], styles, text_width)
    for item in items:
        if item["kind"] == "paragraph":
            markup = _led(item)
            assert _last_line_has_word(markup, body, text_width), item["text"]
            assert _lines_open_safely(markup, body, text_width), item["text"]
            _no_lone_last(markup, body, text_width)
    _written_kept_whole(items, REFLECTION_OUTLINE, styles, text_width)
    story: list = []
    for item in items:
        if "lead" in item:
            story.append(Paragraph(_led(item), body))
        else:
            story += _head_kept(item, styles, leading)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=side, rightMargin=side, topMargin=edge,
                            bottomMargin=edge)

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 10.5)
        canvas.drawCentredString(width / 2, 14 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    assert 2 <= doc.page <= 4, doc.page
    return out.getvalue()


# 3. A listed company's chairman's letter to shareholders (致股东的信) at the front of its annual report, pages 4-6 (A4;
# 30 mm left, 24 mm right, 30 mm top, 25 mm bottom; 10.5 pt on a 20 pt leading, no indent, 9 pt after each paragraph,
# justified, as a designed report sets a letter). The title `致股东的信` (22 pt, bold, dark blue, flush left; kind title)
# over a 1.5 pt dark blue rule; the salutation `尊敬的各位股东：` flush left (kind paragraph); an opening of the year's
# figures written here (`…全年实现营业收入45.68亿元，…研发投入3.86亿元，占营业收入的8.45%。…`); four subheads written here
# (12 pt, bold, dark blue, flush left; kind heading, kept with two lines) over drawn paragraphs (001, 003, 004) and two
# written here (the business lines' revenue; the dividend, `每10股派发现金红利3.00元（含税）…占…净利润的30.08%`); a closing
# written here (kind paragraph each). The signature block flush right: `董事长：陈某某` (kind byline) over `2024年3月28日`
# (kind dateline). Furniture (8.5 pt, dark blue, drawn before the page's text): `某某智能装备股份有限公司　2023年年度报告`
# top left and `致股东的信` top right over a thin rule; the page number (4-6) at the bottom right.
CHAIRMAN_LAYOUT = Layout("a4_annual_report_chairman_letter", FONT, A4, 10.5, 20, 0, 9,
                         ("某某智能装备股份有限公司　2023年年度报告", "致股东的信"), "{page}", ("001", "003", "004"))
CHAIRMAN_MARGINS_MM = (30, 24, 30, 25)  # left, right, top, bottom
CHAIRMAN_FIRST_PAGE = 4
CHAIRMAN_BLUE = colors.Color(0.05, 0.2, 0.45)
CHAIRMAN_OUTLINE = [
    ("title", "致股东的信"),
    ("salutation", "尊敬的各位股东："),
    ("paragraph", "2023年，面对复杂多变的外部环境，公司坚持稳中求进，聚焦智能制造主业，加快培育新质生产力，经营业绩保持"
                  "稳健增长。全年实现营业收入45.68亿元，同比增长18.32%；归属于上市公司股东的净利润5.12亿元，同比增长21.05%；"
                  "研发投入3.86亿元，占营业收入的8.45%。在此，我谨代表董事会，向长期关心和支持公司发展的各位股东表示衷心的感谢！"),
    ("subhead", "坚持创新驱动，加快培育新质生产力"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("subhead", "深耕主业，推动产业高端化、智能化、绿色化"),
    ("paragraph", "报告期内，公司工业机器人及智能产线业务实现收入28.73亿元，同比增长26.40%；新能源装备业务实现收入9.61亿元，"
                  "同比增长35.17%。公司新建成的智能工厂单位产值能耗同比下降11.2%，获评省级智能制造示范工厂。"),
    ("paragraph", "{}"),
    ("subhead", "规范公司治理，切实维护股东权益"),
    ("paragraph", "公司高度重视股东回报。2023年度，公司拟以实施权益分派股权登记日的总股本为基数，向全体股东每10股派发现金"
                  "红利3.00元（含税），现金分红总额约1.54亿元，占当年归属于上市公司股东净利润的30.08%。"),
    ("paragraph", "{}"),
    ("subhead", "展望2024年"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "各位股东，新质生产力的浪潮已经到来。公司将坚守初心、勇毅前行，以更加优异的业绩回报各位股东的信任与支持！"),
    ("name", "董事长：陈某某"),
    ("date", "2024年3月28日")]
CHAIRMAN_KINDS = {"title": "title", "salutation": "paragraph", "paragraph": "paragraph", "subhead": "heading",
                  "name": "byline", "date": "dateline"}
CHAIRMAN_PARAGRAPHS = sum(text.count("{}") for _, text in CHAIRMAN_OUTLINE)


def _chairman_items(drawn: list[str]) -> list[dict]:
    return _outline_items(CHAIRMAN_OUTLINE, iter(_unnumbered_first(drawn, CHAIRMAN_PARAGRAPHS)), CHAIRMAN_KINDS, {})


def typeset_chairman(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    left, right, top, bottom = (m * mm for m in CHAIRMAN_MARGINS_MM)
    text_width = width - left - right - 12
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 22, 32, textColor=CHAIRMAN_BLUE),
              "salutation": _styled(font, "salutation", pt, leading, spaceBefore=10, spaceAfter=layout.after_pt),
              "paragraph": body,
              "subhead": _styled(BOLD_FONT, "subhead", 12, 20, textColor=CHAIRMAN_BLUE, spaceBefore=6,
                                 spaceAfter=6),
              "name": _styled(font, "name", pt, leading, alignment=2, spaceBefore=12),
              "date": _styled(font, "date", pt, leading, alignment=2)}
    _one_line_each(items, styles, text_width)
    for item in items:
        if item["kind"] == "paragraph":
            _no_lone_last(_escaped(item["text"]), body, text_width)
    _written_kept_whole(items, CHAIRMAN_OUTLINE, styles, text_width)
    story: list = []
    for item in items:
        story += _head_kept(item, styles, leading)
        if item["style"] == "title":
            story.append(HRFlowable(width="100%", thickness=1.5, color=CHAIRMAN_BLUE, spaceBefore=2, spaceAfter=4))

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 8.5)
        canvas.setFillColor(CHAIRMAN_BLUE)
        canvas.setStrokeColor(CHAIRMAN_BLUE)
        y = height - 17 * mm
        canvas.drawString(left, y, layout.header[0])
        canvas.drawRightString(width - right, y, layout.header[1])
        canvas.setLineWidth(0.5)
        canvas.line(left, y - 1.5 * mm, width - right, y - 1.5 * mm)
        canvas.drawRightString(width - right, 13 * mm, layout.footer.format(page=CHAIRMAN_FIRST_PAGE + doc.page - 1))
        canvas.restoreState()

    return _built(layout, story, furniture, (left, right, top, bottom), (2, 4))


# 4. The local-news page of a provincial office's work bulletin (工作动态, 各地动态 column), pages 7-9 (B5; 20 mm left and
# right, 24 mm top, 20 mm bottom; 10.5 pt on an 18 pt leading, first-line indent 2 characters, justified). The column's
# head `各地动态` (16 pt, bold, red, flush left; kind heading) over a 1 pt red rule; then seven short items, each its
# headline written here, `某某省：出台未来产业先导区建设行动方案` … (11.5 pt, bold, flush left; kind heading, kept with two
# lines), over one paragraph: a lead sentence written here run on into a drawn paragraph (001) and the bracketed source
# `（来源：某某日报）` closing it (kind paragraph, the source kept as printed: it is part of the paragraph). Furniture (9 pt,
# drawn before the page's text): `某某省新质生产力工作动态　2024年第5期` centred at the top over a thin rule; the page number
# (7-9) at the bottom's outer corner (right on odd pages, left on even ones).
ROUNDUP_LAYOUT = Layout("b5_bulletin_local_news_roundup", FONT, B5, 10.5, 18, 2, 0,
                        "某某省新质生产力工作动态　2024年第5期", "{page}", ("001",))
ROUNDUP_MARGINS_MM = (20, 24, 20)  # left and right, top, bottom
ROUNDUP_FIRST_PAGE = 7
ROUNDUP_RED = colors.Color(0.75, 0.05, 0.05)
ROUNDUP_OUTLINE = [
    ("column", "各地动态"),
    ("headline", "某某省：出台未来产业先导区建设行动方案"),
    ("paragraph", "近日，某某省印发《未来产业先导区建设行动方案（2024—2027年）》，提出到2027年建设10个左右省级未来产业"
                  "先导区。{}（来源：某某日报）"),
    ("headline", "某某市：设立200亿元新质生产力发展基金"),
    ("paragraph", "4月18日，某某市新质生产力发展基金正式设立，基金总规模200亿元，重点投向人工智能、生物制造、低空经济等"
                  "领域。{}（来源：某某市融媒体中心）"),
    ("headline", "某某高新区：科技成果转化“路演季”启动"),
    ("paragraph", "4月22日，某某高新区2024年科技成果转化“路演季”启动，首场路演发布高校院所科技成果36项。{}（来源：某某晚报）"),
    ("headline", "某某县：“智改数转”赋能传统产业焕新"),
    ("paragraph", "今年以来，某某县实施规上工业企业智能化改造和数字化转型全覆盖行动，已完成诊断企业182家。{}"
                  "（来源：某某县人民政府网）"),
    ("headline", "某某市：低空经济产业园首批项目集中签约"),
    ("paragraph", "5月6日，某某市低空经济产业园首批12个项目集中签约，总投资86亿元。{}（来源：某某日报）"),
    ("headline", "某某省科技厅：发布首批人工智能应用场景清单"),
    ("paragraph", "近日，某某省科技厅发布首批人工智能应用场景清单，涵盖智能制造、智慧医疗、智慧交通等领域场景58个。{}"
                  "（来源：某某省科技厅网站）"),
    ("headline", "某某区：打造人才“一站式”服务平台"),
    ("paragraph", "日前，某某区人才“一站式”服务平台正式上线运行，整合人才落户、住房保障、子女入学等18项服务事项。{}"
                  "（来源：某某发布）")]
ROUNDUP_KINDS = {"column": "heading", "headline": "heading", "paragraph": "paragraph"}
ROUNDUP_PARAGRAPHS = sum(text.count("{}") for _, text in ROUNDUP_OUTLINE)


def _roundup_items(drawn: list[str]) -> list[dict]:
    return _outline_items(ROUNDUP_OUTLINE, iter(_unnumbered_first(drawn, ROUNDUP_PARAGRAPHS)), ROUNDUP_KINDS, {})


def typeset_roundup(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in ROUNDUP_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"column": _styled(BOLD_FONT, "column", 16, 24, textColor=ROUNDUP_RED),
              "headline": _styled(BOLD_FONT, "headline", 11.5, 19, spaceBefore=8, spaceAfter=3),
              "paragraph": body}
    _one_line_each(items, styles, text_width)
    for item in items:
        if item["kind"] == "paragraph":
            _no_lone_last(_escaped(item["text"]), body, text_width)
            lines = _line_texts(_escaped(item["text"]), body, text_width)
            assert not lines[-1].startswith("来源"), item["text"]  # the source's bracket stays with it
    story: list = []
    for item in items:
        story += _head_kept(item, styles, leading)
        if item["style"] == "column":
            story.append(HRFlowable(width="100%", thickness=1, color=ROUNDUP_RED, spaceBefore=2, spaceAfter=2))

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        y = height - 14 * mm
        canvas.drawCentredString(width / 2, y, layout.header)
        canvas.setLineWidth(0.5)
        canvas.line(side, y - 1.5 * mm, width - side, y - 1.5 * mm)
        page = ROUNDUP_FIRST_PAGE + doc.page - 1
        if page % 2:
            canvas.drawRightString(width - side, 11 * mm, layout.footer.format(page=page))
        else:
            canvas.drawString(side, 11 * mm, layout.footer.format(page=page))
        canvas.restoreState()

    return _built(layout, story, furniture, (side, side, top, bottom), (2, 4))


def _line_texts(markup: str, style: ParagraphStyle, width: float) -> list[str]:
    """The paragraph's lines at this width, as text."""
    paragraph = Paragraph(markup, style)
    paragraph.wrap(width, 1e6)
    return ["".join(line[1]) if paragraph.blPara.kind == 0 else "".join(frag.text for frag in line.words)
            for line in paragraph.blPara.lines]


def _badly_broken(markup: str, style: ParagraphStyle, width: float) -> list[str]:
    """The lines of the paragraph at this width that end with an opening bracket or quotation mark (ReportLab's CJK wrap
    may leave one there, as no typesetter would; a line opening with `，` it makes often, and the fixture keeps)."""
    return [line for line in _line_texts(markup, style, width) if line.rstrip()[-1:] in "（“「『《"]


def _written_kept_whole(items: list[dict], outline: list[tuple[str, str]], styles: dict[str, ParagraphStyle],
                        width: float) -> None:
    """Asserts that no paragraph or list item written here whole (no `{}` in its outline entry) breaks badly
    (_badly_broken) at this width in its style."""
    written = {text for _, text in outline if "{}" not in text}
    for item in items:
        if item["kind"] in ("paragraph", "list_item") and item["text"] in written:
            style = item.get("hang") or styles[item["style"]]
            assert not _badly_broken(_escaped(item["text"]), style, width), item["text"]


def twenty_second_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 106 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (LEGCOREPLY_LAYOUT, LEGCOREPLY_PARAGRAPHS + 4, _legcoreply_items, typeset_legcoreply, _gold),
            (REFLECTION_LAYOUT, REFLECTION_PARAGRAPHS + 4, _reflection_items, typeset_reflection, _gold),
            (CHAIRMAN_LAYOUT, CHAIRMAN_PARAGRAPHS + 2, _chairman_items, typeset_chairman, _gold),
            (ROUNDUP_LAYOUT, ROUNDUP_PARAGRAPHS + 2, _roundup_items, typeset_roundup, _gold)):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- A twenty-third batch of four held-out layouts, appended after the 110 above (their paragraphs come from the
# shared rng after those, so the 110 come out byte for byte as before), made blind to the cleaner (its code, tests and
# scores unread). As in the batches before, text is escaped for ReportLab's markup, the gold keeps the text as printed,
# block by block (bold, colour or a hanging indent is layout, not text; page furniture is not in the gold), each layout
# draws two paragraphs more than it sets and sets the first that the font prints whole, first those without an
# enumerator of their own where a run-in lead or label stands before them (_unnumbered_first), passing over those that
# open with a speaker's label (`张力：…`, _unlabelled), and a text written here takes the next drawn paragraph where it
# holds `{}` (_outline_items). Three of the four are running text in one column (a work summary, an editorial, an
# address in proceedings); the fourth, a compilation of typical cases, holds form grids with a merged cell and a framed
# commentary box.

# 1. A city science and technology bureau's annual work summary (年度工作总结) in GB/T 9704's format, as the bureau's
# Word file prints it (A4; 37 mm top, 35 mm bottom, 28 mm left, 26 mm right; 16 pt on a 28.9 pt leading, 22 lines to a
# page, first-line indent 2 characters, justified). The title on two lines broken by sense, `某某市科学技术局` /
# `2023年工作总结和2024年工作安排` (22 pt, bold, centred; kind title, one item), one empty line under it; an opening
# written here ending `…现将有关情况报告如下。`; heads `一、2023年工作成效` / `二、存在的问题` / `三、2024年工作安排` and, under
# the first, subheads `（一）科技创新投入持续加大` / `（二）创新主体不断壮大` / `（三）成果转化成效明显` (bold, indented 2
# characters, the body's size; kind heading, kept with two lines). Under each subhead two paragraphs opening with a bold
# run-in lead, `研发投入稳步增长。` + figures written here, `创新平台建设提速。` + a drawn paragraph (001) … (kind
# paragraph each, the lead kept); under `二、` one paragraph written here, `…：一是…；二是…；三是…。`; under `三、` a
# lead-in written here ending `…重点抓好以下工作：` and three paragraphs whose bold run-in lead is numbered,
# `（一）着力强化科技创新策源功能。` + a drawn paragraph, `（二）…。` + a drawn paragraph, `（三）…。` + a sentence written
# here (kind paragraph each, the lead kept). At the end, flush right 4 characters in, two empty lines above them, the
# bureau `某某市科学技术局` (kind byline) over `2024年1月15日` (kind dateline). Footer (14 pt, drawn before the page's text):
# `— N —` at the outer edge, 1 character in (right on odd pages, left on even ones), 7 mm under the text.
WORKSUMMARY_LAYOUT = Layout("a4_city_bureau_annual_work_summary", FONT, A4, 16, 28.9, 2, 0, None, "— {page} —",
                            ("001",))
WORKSUMMARY_MARGINS_MM = (28, 26, 37, 35)  # left, right, top, bottom
WORKSUMMARY_TITLE_LINES = ("某某市科学技术局", "2023年工作总结和2024年工作安排")
WORKSUMMARY_OUTLINE = [
    ("title", "".join(WORKSUMMARY_TITLE_LINES)),
    ("paragraph", "2023年，市科技局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，认真落实市委、"
                  "市政府决策部署，以加快发展新质生产力为主线，深入实施创新驱动发展战略，各项工作取得新进展。现将有关情况"
                  "报告如下。"),
    ("section", "一、2023年工作成效"),
    ("subsection", "（一）科技创新投入持续加大"),
    ("led", "研发投入稳步增长。全市全社会研发经费投入预计达到186.4亿元，同比增长12.6%，研发投入强度达到2.85%，比上年"
            "提高0.17个百分点；市级财政科技支出21.3亿元，同比增长9.8%。"),
    ("led", "创新平台建设提速。{}"),
    ("subsection", "（二）创新主体不断壮大"),
    ("led", "企业主体地位进一步强化。全年新认定高新技术企业612家，总数达到3286家；新增入库科技型中小企业1530家，新增"
            "国家级专精特新“小巨人”企业18家。"),
    ("led", "人才队伍持续壮大。{}"),
    ("subsection", "（三）成果转化成效明显"),
    ("led", "技术市场更加活跃。全年技术合同成交额达到152.7亿元，同比增长23.4%；每万人口高价值发明专利拥有量达到14.6件，"
            "比上年增加2.3件。"),
    ("led", "转化载体不断完善。新建市级概念验证中心5家、中试基地8家，举办科技成果路演活动46场，促成校企合作项目"
            "213项。"),
    ("section", "二、存在的问题"),
    ("paragraph", "在肯定成绩的同时，我们也清醒地看到，工作中还存在一些短板和不足：一是研发投入结构不够合理，基础研究投入"
                  "占比偏低；二是高能级创新平台数量不多，关键核心技术攻关能力有待提升；三是科技成果本地转化率不高，科技"
                  "金融支撑作用发挥不够充分。"),
    ("section", "三、2024年工作安排"),
    ("paragraph", "2024年，市科技局将紧紧围绕加快发展新质生产力，重点抓好以下工作："),
    ("led", "（一）着力强化科技创新策源功能。{}"),
    ("led", "（二）着力推动科技成果转化应用。{}"),
    ("led", "（三）着力优化创新创业生态。深化科技体制机制改革，完善科技金融服务体系，扩大科技创新券覆盖面，营造鼓励"
            "创新、宽容失败的良好氛围。"),
    ("signature", "某某市科学技术局"),
    ("date", "2024年1月15日")]
WORKSUMMARY_KINDS = {"title": "title", "paragraph": "paragraph", "section": "heading", "subsection": "heading",
                     "led": "paragraph", "signature": "byline", "date": "dateline"}
WORKSUMMARY_PARAGRAPHS = sum(text.count("{}") for _, text in WORKSUMMARY_OUTLINE)


_SPEAKER_LABEL = re.compile(r"[\u4e00-\u9fff]{2,4}：")


def _unlabelled(drawn: list[str]) -> list[str]:
    """The drawn paragraphs that do not open with a speaker's label (`张力：…`: a transcript's, out of place here)."""
    return [text for text in drawn if not _SPEAKER_LABEL.match(text)]


def _worksummary_items(drawn: list[str]) -> list[dict]:
    texts = _unnumbered_first(_unlabelled(drawn), WORKSUMMARY_PARAGRAPHS)
    return _outline_items(WORKSUMMARY_OUTLINE, iter(texts), WORKSUMMARY_KINDS, {})


def typeset_worksummary(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    left, right, top, bottom = (m * mm for m in WORKSUMMARY_MARGINS_MM)
    text_width = width - left - right - 12
    body = _body_style(layout)
    head = _styled(BOLD_FONT, "section", pt, leading, firstLineIndent=2 * pt)
    styles = {"title": _styled(BOLD_FONT, "title", 22, 34, alignment=1, spaceAfter=leading),
              "paragraph": body, "led": body, "section": head, "subsection": head,
              "signature": _styled(font, "signature", pt, leading, alignment=2, rightIndent=4 * pt,
                                   spaceBefore=2 * leading),
              "date": _styled(font, "date", pt, leading, alignment=2, rightIndent=4 * pt)}
    for line in WORKSUMMARY_TITLE_LINES:
        assert _wrapped_lines(_escaped(line), styles["title"], text_width) == 1, line
    _one_line_each([i for i in items if i["style"] != "title"], styles, text_width)
    for item in items:
        if item["kind"] == "paragraph":
            markup = _led(item)
            assert _last_line_has_word(markup, body, text_width), item["text"]
            assert _lines_open_safely(markup, body, text_width), item["text"]
            _no_lone_last(markup, body, text_width)
    _written_kept_whole(items, WORKSUMMARY_OUTLINE, styles, text_width)
    story: list = []
    for item in items:
        if item["style"] == "title":
            story.append(Paragraph("<br/>".join(_escaped(line) for line in WORKSUMMARY_TITLE_LINES), styles["title"]))
        elif "lead" in item:
            story.append(Paragraph(_led(item), body))
        else:
            story += _head_kept(item, styles, leading)

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 14)
        y = bottom - 7 * mm - 14
        number = layout.footer.format(page=doc.page)
        if doc.page % 2:
            canvas.drawRightString(width - right - 14, y, number)
        else:
            canvas.drawString(left + 14, y, number)
        canvas.restoreState()

    return _built(layout, story, furniture, (left, right, top, bottom), (3, 4))


# 2. A Hong Kong daily's editorial (社評), Traditional, as the paper's e-paper prints it (A4; 24 mm left and right, 22 mm
# top, 22 mm bottom; 11 pt on a 20 pt leading, first-line indent 2 characters, 4 pt after each paragraph, justified). At
# the top of page 1 only: the masthead `香港某某報` (26 pt, bold, dark red, centred; kind byline: it names the paper, as
# a4_newsletter_hk's masthead) over `2024年3月8日　星期五` (10 pt, centred; kind dateline) and a 1.5 pt dark red rule;
# the kicker `社評` (12 pt, bold, white on a dark red tag, flush left; kind heading, as b5_magazine_column_trad's
# `經濟隨筆`); the title `把握新質生產力機遇　加快香港新型工業化` (19 pt, bold, flush left; kind title). Then running text:
# an opening written here, drawn paragraphs (000, 002), one written here, `發展新質生產力，香港不是旁觀者，…` (whose
# first sentence the pull quote repeats), more drawn paragraphs and a closing written here (kind paragraph each). After
# the third paragraph, a pull quote between two dark red rules, centred, 13.5 pt, dark red: the written paragraph's
# first sentence `發展新質生產力，香港不是旁觀者，而應是積極的參與者和貢獻者。` (kind quote; its paragraph comes after it).
# Furniture (drawn before the page's text): from page 2 on, `香港某某報｜社評` top left and `2024年3月8日` top right over a
# thin rule (8.5 pt); on every page `A2` (the paper's page) bottom left and `第 N 頁` bottom right (8.5 pt).
EDITORIAL_LAYOUT = Layout("a4_hk_daily_editorial_trad", FONT, A4, 11, 20, 2, 4, ("香港某某報｜社評", "2024年3月8日"),
                          "第 {page} 頁", ("000", "002"))
EDITORIAL_MARGINS_MM = (24, 22, 22)  # left and right, top, bottom
EDITORIAL_RED = colors.Color(0.62, 0.06, 0.1)
EDITORIAL_QUOTE = "發展新質生產力，香港不是旁觀者，而應是積極的參與者和貢獻者。"
EDITORIAL_OUTLINE = [
    ("masthead", "香港某某報"),
    ("date", "2024年3月8日　星期五"),
    ("kicker", "社評"),
    ("title", "把握新質生產力機遇　加快香港新型工業化"),
    ("paragraph", "十四屆全國人大二次會議日前在北京開幕，國務院總理所作的政府工作報告，把「大力推進現代化產業體系建設，"
                  "加快發展新質生產力」列為今年十大工作任務之首。這是繼去年中央經濟工作會議之後，國家再次就發展新質生產力"
                  "作出明確部署，值得香港社會高度重視。"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("quote", EDITORIAL_QUOTE),
    ("paragraph", EDITORIAL_QUOTE + "香港擁有五所位列世界百強的大學，基礎科研實力雄厚，國際化程度高，法治健全，資金"
                  "自由流動，這些都是發展新質生產力的獨特優勢。特區政府近年成立新型工業化發展辦公室，推出「新型工業化資助"
                  "計劃」，方向正確，但力度和速度仍有提升空間。"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "總而言之，新質生產力既是國家發展的新引擎，也是香港再出發的新機遇。特區政府和社會各界應凝聚共識、主動"
                  "作為，在融入國家發展大局中培育新動能，為香港經濟長遠發展開拓新空間。")]
EDITORIAL_KINDS = {"masthead": "byline", "date": "dateline", "kicker": "heading", "title": "title",
                   "paragraph": "paragraph", "quote": "quote"}
EDITORIAL_PARAGRAPHS = sum(text.count("{}") for _, text in EDITORIAL_OUTLINE)


def _editorial_items(drawn: list[str]) -> list[dict]:
    return _outline_items(EDITORIAL_OUTLINE, iter(_unnumbered_first(_unlabelled(drawn), EDITORIAL_PARAGRAPHS)), EDITORIAL_KINDS, {})


def typeset_editorial(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in EDITORIAL_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"masthead": _styled(BOLD_FONT, "masthead", 26, 34, alignment=1, textColor=EDITORIAL_RED),
              "date": _styled(font, "date", 10, 16, alignment=1),
              "kicker": _styled(BOLD_FONT, "kicker", 12, 16, textColor=colors.white),
              "title": _styled(BOLD_FONT, "title", 19, 28, spaceBefore=8, spaceAfter=10),
              "paragraph": body,
              "quote": _styled(font, "quote", 13.5, 20, alignment=1, textColor=EDITORIAL_RED)}
    quote_width = text_width - 60
    _one_line_each([i for i in items if i["kind"] != "quote"], styles, text_width)
    assert _wrapped_lines(_escaped(EDITORIAL_QUOTE), styles["quote"], quote_width) == 2
    for item in items:
        if item["kind"] == "paragraph":
            markup = _escaped(item["text"])
            assert _last_line_has_word(markup, body, text_width), item["text"]
            _no_lone_last(markup, body, text_width)
    _written_kept_whole(items, EDITORIAL_OUTLINE, styles, text_width)
    story: list = []
    for item in items:
        style = item["style"]
        if style == "kicker":
            tag = Table([[Paragraph(_escaped(item["text"]), styles["kicker"])]], colWidths=[16 * mm], hAlign="LEFT")
            tag.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), EDITORIAL_RED),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                                     ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            story.append(tag)
        elif style == "quote":
            story.append(KeepTogether([
                HRFlowable(width=quote_width, thickness=1, color=EDITORIAL_RED, spaceBefore=8, spaceAfter=6),
                Table([[Paragraph(_escaped(item["text"]), styles["quote"])]], colWidths=[quote_width]),
                HRFlowable(width=quote_width, thickness=1, color=EDITORIAL_RED, spaceBefore=6, spaceAfter=12)]))
        else:
            story += _head_kept(item, styles, leading)
            if style == "date":
                story.append(HRFlowable(width="100%", thickness=1.5, color=EDITORIAL_RED, spaceBefore=4,
                                        spaceAfter=10))

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 8.5)
        if doc.page > 1:
            y = height - 14 * mm
            canvas.drawString(side, y, layout.header[0])
            canvas.drawRightString(width - side, y, layout.header[1])
            canvas.setLineWidth(0.5)
            canvas.line(side, y - 1.5 * mm, width - side, y - 1.5 * mm)
        canvas.drawString(side, 12 * mm, "A2")
        canvas.drawRightString(width - side, 12 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    return _built(layout, story, furniture, (side, side, top, bottom), (2, 3))


# 3. A university president's keynote address as printed in a forum's proceedings (论文集), pages 3-5 (B5; 20 mm left
# and right, 26 mm top, 24 mm bottom; 10.5 pt on a 19 pt leading, first-line indent 2 characters, justified). The
# address opens on a right-hand page: `加快发展新质生产力　推动高质量发展` (16 pt, bold, centred; kind title) over
# `——在首届某某新质生产力论坛开幕式上的主旨演讲` (11.5 pt, centred; kind title), the speaker `某某大学校长　王某某` (11 pt,
# centred; kind byline) with a raised `*` after it (left out of the gold, as a note number); the salutation
# `尊敬的各位来宾，各位专家学者，老师们、同学们：` flush left and an opening written here (kind paragraph each); heads
# `一、…` / `二、…` / `三、…` (11.5 pt, bold, flush left; kind heading, kept with two lines) over drawn paragraphs (001,
# 003); a closing written here ending `…谢谢大家！`. The speaker's note `* 王某某，…已经作者本人审定。` (8.5 pt on 13 pt,
# two lines, under a 40 mm rule) at the foot of the first page, drawn after its text (kind footnote, the mark kept,
# listed last in the gold). Furniture (9 pt, drawn before the page's text): on the opening page only the page number `3`
# at the bottom's outer (right) edge; on the others a running head over a thin rule, the page number at its outer edge,
# the book's title `新质生产力与高质量发展——首届某某新质生产力论坛论文集` after it on even (left-hand) pages, the part's
# title `第一编　主旨演讲` before it on odd (right-hand) ones.
KEYNOTE_LAYOUT = Layout("b5_proceedings_keynote_address", FONT, B5, 10.5, 19, 2, 0,
                        ("新质生产力与高质量发展——首届某某新质生产力论坛论文集", "第一编　主旨演讲"), "{page}", ("001", "003"))
KEYNOTE_MARGINS_MM = (20, 26, 24)  # left and right, top, bottom
KEYNOTE_FIRST_PAGE = 3
KEYNOTE_NOTE_FRAME_MM = 14  # the first page's text stands this much higher, over the note
KEYNOTE_NOTE = ("* 王某某，某某大学校长、教授，中国工程院院士，主要从事先进制造与智能装备研究。本文根据作者在首届某某新质"
                "生产力论坛开幕式上的主旨演讲录音整理，已经作者本人审定。")
KEYNOTE_OUTLINE = [
    ("title", "加快发展新质生产力　推动高质量发展"),
    ("subtitle", "——在首届某某新质生产力论坛开幕式上的主旨演讲"),
    ("speaker", "某某大学校长　王某某"),
    ("salutation", "尊敬的各位来宾，各位专家学者，老师们、同学们："),
    ("paragraph", "大家上午好！金秋时节，很高兴与各位相聚在首届某某新质生产力论坛。新质生产力是习近平总书记提出的重大"
                  "理论创新，也是高校服务国家战略的重要着力点。下面，我围绕发展新质生产力谈三点认识，与大家交流。"),
    ("head", "一、新质生产力是创新起主导作用的先进生产力"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("head", "二、科技创新是发展新质生产力的核心要素"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("head", "三、大学在发展新质生产力中大有可为"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "各位来宾，老师们、同学们，发展新质生产力，人才是第一资源，创新是第一动力。我们愿与各方携手，以更多高水平"
                  "科技成果和高素质创新人才，为加快发展新质生产力贡献大学力量。预祝本次论坛取得圆满成功！谢谢大家！"),
    ("note", KEYNOTE_NOTE)]
KEYNOTE_KINDS = {"title": "title", "subtitle": "title", "speaker": "byline", "salutation": "paragraph",
                 "paragraph": "paragraph", "head": "heading", "note": "footnote"}
KEYNOTE_PARAGRAPHS = sum(text.count("{}") for _, text in KEYNOTE_OUTLINE)


def _keynote_items(drawn: list[str]) -> list[dict]:
    return _outline_items(KEYNOTE_OUTLINE, iter(_unnumbered_first(_unlabelled(drawn), KEYNOTE_PARAGRAPHS)), KEYNOTE_KINDS, {})


def typeset_keynote(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in KEYNOTE_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 16, 26, alignment=1, spaceBefore=10),
              "subtitle": _styled(font, "subtitle", 11.5, 19, alignment=1, spaceAfter=4),
              "speaker": _styled(font, "speaker", 11, 18, alignment=1, spaceAfter=14),
              "salutation": _styled(font, "salutation", pt, leading),
              "paragraph": body,
              "head": _styled(BOLD_FONT, "head", 11.5, 20, spaceBefore=8, spaceAfter=4),
              "note": _styled(font, "note", 8.5, 13, alignment=4)}
    text_items = [i for i in items if i["kind"] != "footnote"]
    _one_line_each(text_items, styles, text_width)
    for item in text_items:
        if item["kind"] == "paragraph":
            markup = _escaped(item["text"])
            assert _last_line_has_word(markup, body, text_width), item["text"]
            _no_lone_last(markup, body, text_width)
    _written_kept_whole(text_items, KEYNOTE_OUTLINE, styles, text_width)
    note = Paragraph(_escaped(KEYNOTE_NOTE), styles["note"])
    assert note.wrap(width - 2 * side, height)[1] == 2 * 13
    story: list = []
    for item in text_items:
        if item["style"] == "speaker":
            story.append(Paragraph(_escaped(item["text"]) + "<super>*</super>", styles["speaker"]))
        else:
            story += _head_kept(item, styles, leading)

    def page_start(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        page = KEYNOTE_FIRST_PAGE + doc.page - 1
        if doc.page == 1:
            canvas.drawRightString(width - side, 12 * mm, str(page))
        else:
            y = height - 16 * mm
            if page % 2:
                canvas.drawRightString(width - side, y, f"{layout.header[1]}　　{page}")
            else:
                canvas.drawString(side, y, f"{page}　　{layout.header[0]}")
            canvas.setLineWidth(0.5)
            canvas.line(side, y - 1.5 * mm, width - side, y - 1.5 * mm)
        canvas.restoreState()

    def page_end(canvas, doc) -> None:  # the speaker's note, drawn after the first page's text
        if doc.page == 1:
            canvas.saveState()
            y = bottom + KEYNOTE_NOTE_FRAME_MM * mm - 3 * mm
            canvas.setLineWidth(0.5)
            canvas.line(side, y, side + 40 * mm, y)
            note.wrap(width - 2 * side, height)
            note.drawOn(canvas, side, y - 3 * mm - note.height)
            canvas.restoreState()

    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=layout.size)
    raised = bottom + KEYNOTE_NOTE_FRAME_MM * mm
    doc.addPageTemplates([
        PageTemplate("first", [Frame(side, raised, width - 2 * side, height - top - raised, id="first")],
                     onPage=page_start, onPageEnd=page_end, autoNextPageTemplate="later"),
        PageTemplate("later", [Frame(side, bottom, width - 2 * side, height - top - bottom, id="body")],
                     onPage=page_start, onPageEnd=page_end)])
    doc.build(story)
    assert 3 <= doc.page <= 4, doc.page
    return out.getvalue()


# 4. Two cases from a compilation of typical cases (新质生产力典型案例汇编), pages 27-29, on 16开 paper (184 x 260 mm; 20 mm
# left and right, 24 mm top, 20 mm bottom; 10.5 pt on an 18 pt leading, first-line indent 2 characters, justified). Each
# case: its head `案例五　某某重工：“5G+工业互联网”打造智能工厂` (13 pt, bold, centred; kind heading: the cases are the
# book's pieces, set alike, as a4_newsletter_hk's titles), then a form grid (9.5 pt, black rules, the label cells shaded
# and bold): two rows of four cells, `申报单位` / `某某重工股份有限公司` / `所在地区` / `某某省某某市` and `所属领域` / … /
# `推荐单位` / …, and a row `主要成效` / a text written here **merged across the three cells** after its label, two lines
# (kind table_row each, no header row; the merged cell's text in its first column, the cells it covers empty, as
# a5_conference_handbook_agenda's). Then bracketed section heads `【基本情况】` / `【主要做法】` / `【取得成效】` /
# `【经验启示】` (11 pt, bold, flush left; kind heading, kept with two lines) over drawn paragraphs (001) and, under
# `【主要做法】`, three paragraphs whose bold run-in lead is `一是建设5G全连接工厂。` … + a drawn paragraph, under
# `【取得成效】` figures written here (kind paragraph each, the lead kept). The first case ends with a framed box on a light
# blue ground, kept together: `专家点评` (bold, centred; kind heading) over a paragraph written here (kind sidebar) and
# `点评专家：某某大学机械工程学院教授　李某某` flush right (kind byline). The second case `案例六　…` has the same grid (its
# `主要成效` one line longer), `【基本情况】` / `【主要做法】` / `【取得成效】` and no box. Furniture (9 pt, grey, drawn before
# the page's text): `新质生产力典型案例汇编（2024）` top left and `先进制造篇` top right over a thin rule; the page number
# `— N —` (27-29) centred at the bottom.
CASES_LAYOUT = Layout("k16_typical_cases_compilation", FONT, (184 * mm, 260 * mm), 10.5, 18, 2, 0,
                      ("新质生产力典型案例汇编（2024）", "先进制造篇"), "— {page} —", ("001",))
CASES_MARGINS_MM = (20, 24, 20)  # left and right, top, bottom
CASES_FIRST_PAGE = 27
CASES_GRID_MM = (22, 50, 22, 50)  # the grid's columns (144 mm, the text's width)
CASES_GRID_PT = 9.5
CASES_BLUE = colors.Color(0.9, 0.94, 0.98)
CASES_ONE = [["申报单位", "某某重工股份有限公司", "所在地区", "某某省某某市"],
             ["所属领域", "高端装备制造", "推荐单位", "某某市工业和信息化局"],
             ["主要成效", "建成行业首个5G全连接工厂，生产效率提升32%，产品研制周期缩短40%，单位产值能耗下降18%，"
                          "获评国家级智能制造示范工厂。", "", ""]]
CASES_TWO = [["申报单位", "某某生物科技有限公司", "所在地区", "某某省某某市"],
             ["所属领域", "生物制造", "推荐单位", "某某市发展和改革委员会"],
             ["主要成效", "建成年产5000吨合成生物学材料示范线，突破菌种构建、发酵工艺等关键技术12项，产品成本下降"
                          "35%，2023年实现营业收入6.8亿元。", "", ""]]
CASES_OUTLINE = [
    ("case", "案例五　某某重工：“5G+工业互联网”打造智能工厂"),
    ("grid1", ""),
    ("head", "【基本情况】"),
    ("paragraph", "{}"),
    ("head", "【主要做法】"),
    ("led", "一是建设5G全连接工厂。{}"),
    ("led", "二是打造工业互联网平台。{}"),
    ("led", "三是构建协同创新体系。{}"),
    ("head", "【取得成效】"),
    ("paragraph", "通过智能化改造，企业生产效率提升32%，产品研制周期缩短40%，运营成本降低21%，单位产值能耗下降18%。2023年，"
                  "企业实现营业收入126.5亿元，同比增长17.3%，新增发明专利授权86件。"),
    ("head", "【经验启示】"),
    ("paragraph", "{}"),
    ("box_head", "专家点评"),
    ("box_text", "该案例以“5G+工业互联网”为抓手，推动新一代信息技术与制造业深度融合，探索出一条传统装备制造企业向智能制造"
                 "转型的有效路径，对同类企业加快形成新质生产力具有较强的示范借鉴意义。"),
    ("box_name", "点评专家：某某大学机械工程学院教授　李某某"),
    ("case", "案例六　某某生物：以合成生物学开辟未来产业新赛道"),
    ("grid2", ""),
    ("head", "【基本情况】"),
    ("paragraph", "{}"),
    ("head", "【主要做法】"),
    ("paragraph", "{}"),
    ("head", "【取得成效】"),
    ("paragraph", "企业累计承担国家和省级科技项目15项，获授权发明专利64件，主导制定行业标准3项，带动上下游配套企业20余家"
                  "集聚发展，被认定为国家级专精特新“小巨人”企业。")]
CASES_KINDS = {"case": "heading", "head": "heading", "paragraph": "paragraph", "led": "paragraph",
               "box_head": "heading", "box_text": "sidebar", "box_name": "byline"}
CASES_PARAGRAPHS = sum(text.count("{}") for _, text in CASES_OUTLINE)


def _cases_grid(cells: list[list[str]]) -> list[dict]:
    return [{"kind": "table_row", "text": "\t".join(row), "cells": row, "style": "grid"} for row in cells]


def _cases_items(drawn: list[str]) -> list[dict]:
    leds = sum(1 for style, _ in CASES_OUTLINE if style == "led")
    texts = _unnumbered_first(_unlabelled(drawn), CASES_PARAGRAPHS, leds)
    led, other = iter(texts[:leds]), iter(texts[leds:])
    items: list[dict] = []
    for style, text in CASES_OUTLINE:
        items += _outline_items([(style, text)], led if style == "led" else other, CASES_KINDS,
                                {"grid1": _cases_grid(CASES_ONE), "grid2": _cases_grid(CASES_TWO)})
    return items


def _cases_gold(items: list[dict]) -> list[dict]:
    return [{"kind": i["kind"], "text": i["text"], **({"cells": i["cells"]} if "cells" in i else {})} for i in items]


def typeset_cases(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in CASES_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"case": _styled(BOLD_FONT, "case", 13, 22, alignment=1, spaceBefore=10, spaceAfter=8),
              "head": _styled(BOLD_FONT, "head", 11, 19, spaceBefore=6, spaceAfter=2),
              "paragraph": body, "led": body,
              "box_head": _styled(BOLD_FONT, "box_head", 11, 18, alignment=1, spaceAfter=2),
              "box_text": _styled(font, "box_text", 10, 18, firstLineIndent=20, alignment=4),
              "box_name": _styled(font, "box_name", 10, 18, alignment=2)}
    cell = _styled(font, "cell", CASES_GRID_PT, 14)
    label = _styled(BOLD_FONT, "label", CASES_GRID_PT, 14, alignment=1)
    widths = [w * mm for w in CASES_GRID_MM]
    box_width = text_width - 16
    text_items = [i for i in items if i["kind"] != "table_row"]
    _one_line_each([i for i in text_items if not i["style"].startswith("box")], styles, text_width)
    _one_line_each([i for i in text_items if i["style"].startswith("box")], styles, box_width - 16,
                   long=("sidebar",))
    for item in text_items:
        if item["kind"] == "paragraph":
            markup = _led(item)
            assert _last_line_has_word(markup, body, text_width), item["text"]
            assert _lines_open_safely(markup, body, text_width), item["text"]
            _no_lone_last(markup, body, text_width)
    for item in text_items:
        if item["kind"] == "sidebar":
            _no_lone_last(_escaped(item["text"]), styles["box_text"], box_width - 16)
    _written_kept_whole(text_items, CASES_OUTLINE, styles, text_width)
    merged = sum(widths[1:]) - 12
    for grid in (CASES_ONE, CASES_TWO):
        for row in grid[:2]:
            for k, text in enumerate(row):
                assert pdfmetrics.stringWidth(text, BOLD_FONT if k % 2 == 0 else font, CASES_GRID_PT) + 12 <= widths[k]
        assert _wrapped_lines(_escaped(grid[2][1]), cell, merged) == 2, grid[2][1]
        _no_lone_last(_escaped(grid[2][1]), cell, merged)
        assert not _badly_broken(_escaped(grid[2][1]), cell, merged)

    def grid_table(rows: list[list[str]]) -> Table:
        data = [[Paragraph(_escaped(text), label if k % 2 == 0 else cell) for k, text in enumerate(row)]
                for row in rows]
        table = Table(data, colWidths=widths)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("SPAN", (1, 2), (3, 2)),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.92, 0.92, 0.92)),
                                   ("BACKGROUND", (2, 0), (2, 1), colors.Color(0.92, 0.92, 0.92)),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return table

    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        if item["kind"] == "table_row":
            rows = [i["cells"] for i in items[k:k + 3]]
            story += [grid_table(rows), Spacer(1, 8)]
            k += 3
            continue
        if item["style"] == "box_head":
            box = items[k:k + 3]
            rows = [[Paragraph(_escaped(i["text"]), styles[i["style"]])] for i in box]
            story += [Spacer(1, 6), KeepTogether([_box(rows, box_width, CASES_BLUE, border=0.6)]), Spacer(1, 6)]
            k += 3
            continue
        if item["style"] == "case":  # the head kept with its grid
            story.append(CondPageBreak(120))
        if "lead" in item:
            story.append(Paragraph(_led(item), body))
        else:
            story += _head_kept(item, styles, leading)
        k += 1

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.setFillColor(colors.Color(0.35, 0.35, 0.35))
        y = height - 15 * mm
        canvas.drawString(side, y, layout.header[0])
        canvas.drawRightString(width - side, y, layout.header[1])
        canvas.setLineWidth(0.5)
        canvas.line(side, y - 1.5 * mm, width - side, y - 1.5 * mm)
        canvas.drawCentredString(width / 2, 11 * mm, layout.footer.format(page=CASES_FIRST_PAGE + doc.page - 1))
        canvas.restoreState()

    return _built(layout, story, furniture, (side, side, top, bottom), (2, 4))


def twenty_third_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 110 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (WORKSUMMARY_LAYOUT, WORKSUMMARY_PARAGRAPHS + 2, _worksummary_items, typeset_worksummary, _gold),
            (EDITORIAL_LAYOUT, EDITORIAL_PARAGRAPHS + 2, _editorial_items, typeset_editorial, _gold),
            (KEYNOTE_LAYOUT, KEYNOTE_PARAGRAPHS + 2, _keynote_items, typeset_keynote, _gold),
            (CASES_LAYOUT, CASES_PARAGRAPHS + 2, _cases_items, typeset_cases, _cases_gold)):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- A twenty-fourth batch of four held-out layouts, appended after the 114 above (their paragraphs come from the shared
# rng after those, so the 114 come out byte for byte as before), made blind to the cleaner (its code, tests and scores
# unread). As in the batches before, text is escaped for ReportLab's markup, the gold keeps the text as printed, block
# by block (bold, colour, a bullet or a hanging indent is layout, not text; page furniture and a photo's insides are not
# in the gold), each layout draws two paragraphs more than it sets and sets the first that the font prints whole, first
# those without an enumerator of their own (_unnumbered_first), passing over those that open with a speaker's label
# (_unlabelled), and a text written here takes the next drawn paragraph where it holds `{}` (_outline_items). Written
# text keeps out the middle dot `·`. Three of the four are mostly running text in one column (an opinion piece, a
# university paper's feature, a report's executive summary); the fourth, a study arrangement notice, holds a schedule
# grid whose cells wrap.

# 1. A Taiwan daily's opinion piece (觀點投書), Traditional, as the paper's e-paper prints it (A4; 25 mm left and right,
# 24 mm top, 20 mm bottom; 11 pt on a 20 pt leading, first-line indent 2 characters, justified). The section label
# `觀點投書` (11 pt, bold, dark blue, flush left, over a 1.5 pt dark blue rule as wide as the text; kind heading, as
# a4_provincial_daily_theory_article's kicker), the title `從「新質生產力」看台灣產業的轉型課題` (19 pt, bold, centred;
# kind title), the author line `◎ 林某某` (11 pt, centred; kind byline); an opening written here, a drawn paragraph (000,
# 002); three subheads written here, `科技創新是核心要素` / `台灣的優勢與隱憂` / `政府應有更宏觀的產業布局` (12 pt, bold,
# dark blue, flush left; kind heading, kept with two lines), over two drawn paragraphs, a paragraph of figures written
# here and a drawn paragraph, and two drawn paragraphs and a closing written here (kind paragraph each); at the end
# `（作者為某某大學經濟學系教授）` flush right (10.5 pt; kind byline). Furniture (8.5 pt, grey, drawn before the page's text):
# `某某時報　2024年3月18日　星期一` top left and `A13　言論` top right over a thin rule; `N/2` bottom right. Page 2 opens
# with the drawn paragraph after the figures: no paragraph runs over the break.
OPED_PAGES = 2
OPED_LAYOUT = Layout("a4_tw_daily_opinion_piece_trad", FONT, A4, 11, 20, 2, 0, ("某某時報　2024年3月18日　星期一", "A13　言論"),
                     f"{{page}}/{OPED_PAGES}", ("000", "002"))
OPED_MARGINS_MM = (25, 24, 20)  # left and right, top, bottom
OPED_BLUE = colors.Color(0.08, 0.2, 0.45)
OPED_OUTLINE = [
    ("label", "觀點投書"),
    ("title", "從「新質生產力」看台灣產業的轉型課題"),
    ("author", "◎ 林某某"),
    ("paragraph", "中國大陸今年全國人大會議的政府工作報告，將「大力推進現代化產業體系建設，加快發展新質生產力」列為十大工作"
                  "任務之首。這個去年九月才首度出現的新名詞，短短半年便成為對岸政策論述的核心，也值得台灣產業界與政策制定者"
                  "認真看待。"),
    ("paragraph", "{}"),
    ("subhead", "科技創新是核心要素"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("subhead", "台灣的優勢與隱憂"),
    ("paragraph", "台灣在這一波以人工智慧為核心的科技浪潮中並非旁觀者。以2023年為例，台灣研發經費占國內生產毛額的比率約"
                  "3.8%，居全球前列；半導體產業產值超過新台幣4兆元，先進製程晶圓代工的全球市占率逾六成。然而，產業結構過度"
                  "集中於電子資通訊，傳統產業與中小企業的數位轉型步伐相對緩慢，也是不爭的事實。"),
    ("paragraph", "{}"),
    ("subhead", "政府應有更宏觀的產業布局"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "面對全球科技競爭與供應鏈重組，台灣不能只滿足於既有的代工優勢。政府應以更宏觀的視野擘劃產業政策，加大"
                  "基礎研究投入，強化人才培育與留才誘因，協助傳統產業升級轉型，才能在新一輪產業變革中站穩腳步。"),
    ("unit", "（作者為某某大學經濟學系教授）")]
OPED_KINDS = {"label": "heading", "title": "title", "author": "byline", "paragraph": "paragraph", "subhead": "heading",
              "unit": "byline"}
OPED_PARAGRAPHS = sum(text.count("{}") for _, text in OPED_OUTLINE)


def _oped_items(drawn: list[str]) -> list[dict]:
    return _outline_items(OPED_OUTLINE, iter(_unnumbered_first(_unlabelled(drawn), OPED_PARAGRAPHS)), OPED_KINDS, {})


def typeset_oped(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in OPED_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"label": _styled(BOLD_FONT, "label", 11, 16, textColor=OPED_BLUE),
              "title": _styled(BOLD_FONT, "title", 19, 28, alignment=1, spaceBefore=12, spaceAfter=6),
              "author": _styled(font, "author", 11, 18, alignment=1, spaceAfter=12),
              "paragraph": body,
              "subhead": _styled(BOLD_FONT, "subhead", 12, 20, textColor=OPED_BLUE, spaceBefore=8, spaceAfter=4),
              "unit": _styled(font, "unit", 10.5, 18, alignment=2, spaceBefore=6)}
    _one_line_each(items, styles, text_width)
    for item in items:
        if item["kind"] == "paragraph":
            markup = _escaped(item["text"])
            assert _last_line_has_word(markup, body, text_width), item["text"]
            _no_lone_last(markup, body, text_width)
    _written_kept_whole(items, OPED_OUTLINE, styles, text_width)
    story: list = []
    for item in items:
        story += _head_kept(item, styles, leading, kept=("heading",) if item["style"] == "subhead" else ())
        if item["style"] == "label":
            story.append(HRFlowable(width="100%", thickness=1.5, color=OPED_BLUE, spaceBefore=2, spaceAfter=2))

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 8.5)
        canvas.setFillColor(colors.Color(0.35, 0.35, 0.35))
        y = height - 14 * mm
        canvas.drawString(side, y, layout.header[0])
        canvas.drawRightString(width - side, y, layout.header[1])
        canvas.setLineWidth(0.5)
        canvas.line(side, y - 1.5 * mm, width - side, y - 1.5 * mm)
        canvas.drawRightString(width - side, 11 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=side, rightMargin=side, topMargin=top,
                            bottomMargin=bottom)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    assert doc.page == OPED_PAGES, doc.page
    return out.getvalue()


# 2. A university newspaper's feature (校报通讯) as the paper's PDF edition prints it on 大16开 pages (210 x 285 mm; 22
# mm left and right, 28 mm top, 22 mm bottom; 11 pt on a 19.5 pt leading, first-line indent 2 characters, justified),
# one column. The title `把科研论文写在产业一线` (22 pt, bold, centred; kind title); the lead (导语) written here (11 pt,
# bold, no indent, 2 characters in on both sides, over a thin rule; kind paragraph); a photo (an empty grey box as wide
# as the text, 62 mm high) kept with its caption under it, `图为学校智能制造研究院科研团队在实验室调试协作机器人。（李某某
# 摄）` (9.5 pt, grey, centred; kind caption); a drawn paragraph (001, 003); three subheads written here,
# `从“书架”到“货架”` / `校地合作　共建创新平台` / `让青年人才在一线成长` (12.5 pt, bold, dark red, centred; kind heading,
# kept with two lines), over a drawn paragraph and one written here quoting the research office's head, two drawn
# paragraphs, and a drawn paragraph and a closing written here quoting the party secretary (kind paragraph each); at the
# end, flush right, the correspondents' credit `（通讯员　张某某　记者　李某某）` and `（责任编辑：赵某某）` (10 pt; kind
# byline each, as a4_provincial_daily_theory_article's page editor). Furniture (drawn before the page's text): the
# paper's name `某某大学报` (10 pt, bold, dark red) top left and `2024年5月20日　第3版　特别报道` (9 pt) top right over a
# 1 pt dark red rule; `第 N 页` (9 pt, grey) centred at the bottom. Page 2 opens with the second subhead.
FEATURE_LAYOUT = Layout("large16k_university_newspaper_feature", FONT, (210 * mm, 285 * mm), 11, 19.5, 2, 0,
                        ("某某大学报", "2024年5月20日　第3版　特别报道"), "第 {page} 页", ("001", "003"))
FEATURE_MARGINS_MM = (22, 28, 22)  # left and right, top, bottom
FEATURE_RED = colors.Color(0.62, 0.08, 0.08)
FEATURE_PHOTO_MM = 62
FEATURE_OUTLINE = [
    ("title", "把科研论文写在产业一线"),
    ("lead", "近年来，某某大学坚持面向经济主战场，深化科技成果转化体制机制改革，推动创新链、产业链、资金链、人才链深度"
             "融合，一批“实验室里的成果”走进生产车间，为地方加快发展新质生产力注入澎湃动能。"),
    ("photo", "图为学校智能制造研究院科研团队在实验室调试协作机器人。（李某某　摄）"),
    ("paragraph", "{}"),
    ("subhead", "从“书架”到“货架”"),
    ("paragraph", "{}"),
    ("paragraph", "“过去我们评价一个科研团队，主要看论文和项目；现在，成果有没有转化、转化得好不好，同样是重要指标。”学校"
                  "科学技术研究院院长张某某介绍，2023年，学校签订技术合同1286项，合同金额达到4.6亿元，同比增长27.5%，其中"
                  "转让、许可专利312件。"),
    ("subhead", "校地合作　共建创新平台"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("subhead", "让青年人才在一线成长"),
    ("paragraph", "{}"),
    ("paragraph", "“发展新质生产力，高校既是科技创新的策源地，也是创新人才的蓄水池。”学校党委书记王某某表示，学校将持续"
                  "深化科技体制机制改革，完善有组织科研体系，让更多科技成果在祖国大地上开花结果。"),
    ("credit", "（通讯员　张某某　记者　李某某）"),
    ("editor", "（责任编辑：赵某某）")]
FEATURE_KINDS = {"title": "title", "lead": "paragraph", "photo": "caption", "paragraph": "paragraph",
                 "subhead": "heading", "credit": "byline", "editor": "byline"}
FEATURE_PARAGRAPHS = sum(text.count("{}") for _, text in FEATURE_OUTLINE)


def _feature_items(drawn: list[str]) -> list[dict]:
    return _outline_items(FEATURE_OUTLINE, iter(_unnumbered_first(_unlabelled(drawn), FEATURE_PARAGRAPHS)),
                          FEATURE_KINDS, {})


def typeset_feature(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in FEATURE_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 22, 32, alignment=1, spaceBefore=6, spaceAfter=12),
              "lead": _styled(BOLD_FONT, "lead", pt, 19, alignment=4, leftIndent=2 * pt, rightIndent=2 * pt),
              "photo": _styled(font, "photo", 9.5, 14, alignment=1, textColor=colors.Color(0.4, 0.4, 0.4),
                               spaceBefore=4, spaceAfter=12),
              "paragraph": body,
              "subhead": _styled(BOLD_FONT, "subhead", 12.5, 20, alignment=1, textColor=FEATURE_RED, spaceBefore=10,
                                 spaceAfter=6),
              "credit": _styled(font, "credit", 10, 17, alignment=2, spaceBefore=6),
              "editor": _styled(font, "editor", 10, 17, alignment=2)}
    _one_line_each([i for i in items if i["style"] != "lead"], styles, text_width)
    lead = next(i for i in items if i["style"] == "lead")
    assert _lines_open_safely(_escaped(lead["text"]), styles["lead"], text_width)
    _no_lone_last(_escaped(lead["text"]), styles["lead"], text_width - 4 * pt)
    assert not _badly_broken(_escaped(lead["text"]), styles["lead"], text_width - 4 * pt)
    for item in items:
        if item["kind"] == "paragraph" and item["style"] != "lead":
            markup = _escaped(item["text"])
            assert _last_line_has_word(markup, body, text_width), item["text"]
            _no_lone_last(markup, body, text_width)
    _written_kept_whole([i for i in items if i["style"] != "lead"], FEATURE_OUTLINE, styles, text_width)
    story: list = []
    for item in items:
        style = item["style"]
        if style == "photo":
            story.append(KeepTogether([Spacer(1, 4), _photo(text_width, FEATURE_PHOTO_MM * mm),
                                       Paragraph(_escaped(item["text"]), styles[style])]))
        elif style == "lead":
            story += [Paragraph(_escaped(item["text"]), styles[style]),
                      HRFlowable(width="100%", thickness=0.5, color=colors.grey, spaceBefore=8, spaceAfter=6)]
        else:
            story += _head_kept(item, styles, leading)

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        y = height - 16 * mm
        canvas.setFillColor(FEATURE_RED)
        canvas.setFont(BOLD_FONT, 10)
        canvas.drawString(side, y, layout.header[0])
        canvas.setFillColor(colors.black)
        canvas.setFont(font, 9)
        canvas.drawRightString(width - side, y, layout.header[1])
        canvas.setStrokeColor(FEATURE_RED)
        canvas.setLineWidth(1)
        canvas.line(side, y - 2 * mm, width - side, y - 2 * mm)
        canvas.setFillColor(colors.Color(0.4, 0.4, 0.4))
        canvas.drawCentredString(width / 2, 11 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    return _built(layout, story, furniture, (side, side, top, bottom), (2, 3))


# 3. The executive summary (执行摘要) at the front of a think tank's research report, pages I-II (B5; 22 mm left and
# right, 24 mm top, 22 mm bottom; 10.5 pt on a 19 pt leading, first-line indent 2 characters, justified). It opens on a
# right-hand page, 12 mm lower: `执行摘要` (18 pt, bold, centred; kind heading: the report's part, its title is on the
# cover); an opening written here ending `…主要发现和政策建议如下。`; heads `一、主要发现` / `二、政策建议` (12 pt, bold, flush
# left; kind heading, kept with two lines). Under the first, five numbered findings whose number and lead sentence are
# bold and run on, `1. 全国新质生产力发展水平稳步提升。` + figures written here, `2. 区域发展格局呈现梯度分布。` + a drawn
# paragraph (001) … (kind paragraph each, the number and lead kept: a numbered run-in lead is no head). Under the
# second, a lead-in written here ending `：` (kind paragraph) and four recommendations written here, each `● ` 2
# characters in and its lines hanging after it (kind list_item, the bullet not in the gold; three end `；`, the last
# `。`). At the end `课题组组长：王某某　执笔：李某某　张某某` flush right (9.5 pt; kind byline). Furniture (9 pt, drawn before
# the page's text): the page number in upper-case roman numerals centred at the bottom; from page II on a running head
# over a thin rule, the report's title `新质生产力发展指数报告（2024）` at the left on even pages, `执行摘要` at the right on
# odd ones. The fifth finding runs over the page I->II break.
SUMMARY24_LAYOUT = Layout("b5_think_tank_report_executive_summary", FONT, B5, 10.5, 19, 2, 0,
                          ("新质生产力发展指数报告（2024）", "执行摘要"), "{page}", ("001",))
SUMMARY24_MARGINS_MM = (22, 24, 22)  # left and right, top, bottom
SUMMARY24_ROMAN = ["I", "II", "III", "IV"]
SUMMARY24_BULLET = "●"
SUMMARY24_OUTLINE = [
    ("part", "执行摘要"),
    ("paragraph", "为客观评估各地发展新质生产力的进展与成效，课题组从科技创新、产业升级、绿色转型、数字赋能和人才支撑五个维度"
                  "构建了新质生产力发展指数，测算了全国31个省（区、市）2019—2023年的指数得分，并对重点地区和行业开展了实地"
                  "调研。主要发现和政策建议如下。"),
    ("head", "一、主要发现"),
    ("led", "1. 全国新质生产力发展水平稳步提升。全国新质生产力发展指数由2019年的100提高到2023年的138.6，年均增长8.5%。"
            "其中，科技创新和数字赋能两个维度贡献最大，合计拉动指数增长约六成。"),
    ("led", "2. 区域发展格局呈现梯度分布。{}"),
    ("led", "3. 科技创新仍是最大变量。{}"),
    ("led", "4. 传统产业转型升级潜力巨大。{}"),
    ("led", "5. 体制机制障碍仍待破除。{}"),
    ("head", "二、政策建议"),
    ("paragraph", "基于上述发现，课题组提出以下政策建议："),
    ("bullet", "坚持因地制宜、分类施策，引导各地立足资源禀赋和产业基础，有选择地推动新产业、新模式、新动能发展，防止一哄"
               "而上、泡沫化；"),
    ("bullet", "加大基础研究投入，完善关键核心技术攻关新型举国体制，强化企业科技创新主体地位；"),
    ("bullet", "以大规模设备更新和消费品以旧换新为契机，推动传统产业高端化、智能化、绿色化改造；"),
    ("bullet", "深化教育科技人才体制机制一体改革，健全要素参与收入分配机制，充分激发各类人才的创新创造活力。"),
    ("writers", "课题组组长：王某某　执笔：李某某　张某某")]
SUMMARY24_KINDS = {"part": "heading", "paragraph": "paragraph", "head": "heading", "led": "paragraph",
                   "bullet": "list_item", "writers": "byline"}
SUMMARY24_PARAGRAPHS = sum(text.count("{}") for _, text in SUMMARY24_OUTLINE)


def _summary24_items(drawn: list[str]) -> list[dict]:
    texts = _unnumbered_first(_unlabelled(drawn), SUMMARY24_PARAGRAPHS, SUMMARY24_PARAGRAPHS)
    return _outline_items(SUMMARY24_OUTLINE, iter(texts), SUMMARY24_KINDS, {})


def typeset_summary24(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in SUMMARY24_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"part": _styled(BOLD_FONT, "part", 18, 26, alignment=1, spaceBefore=12 * mm, spaceAfter=14),
              "paragraph": body, "led": body,
              "head": _styled(BOLD_FONT, "head", 12, 20, spaceBefore=8, spaceAfter=4),
              "bullet": _hanging(font, "bullet", pt, leading, SUMMARY24_BULLET + " ", 2 * pt, alignment=4),
              "writers": _styled(font, "writers", 9.5, 16, alignment=2, spaceBefore=14)}
    _one_line_each([i for i in items if i["kind"] != "list_item"], styles, text_width)
    for item in items:
        if item["kind"] == "paragraph":
            markup = _led(item)
            assert _last_line_has_word(markup, body, text_width), item["text"]
            assert _lines_open_safely(markup, body, text_width), item["text"]
            _no_lone_last(markup, body, text_width)
        elif item["kind"] == "list_item":
            markup = f"{SUMMARY24_BULLET} " + _escaped(item["text"])
            assert _last_line_has_word(markup, styles["bullet"], text_width), item["text"]
            _no_lone_last(markup, styles["bullet"], text_width)
            assert not _badly_broken(markup, styles["bullet"], text_width), item["text"]
    assert sum(_wrapped_lines(f"{SUMMARY24_BULLET} " + _escaped(i["text"]), styles["bullet"], text_width) > 1
               for i in items if i["kind"] == "list_item") >= 2
    _written_kept_whole([i for i in items if i["kind"] != "list_item"], SUMMARY24_OUTLINE, styles, text_width)
    story: list = []
    for item in items:
        if item["kind"] == "list_item":
            story.append(Paragraph(f"{SUMMARY24_BULLET} " + _escaped(item["text"]), styles["bullet"]))
        elif "lead" in item:
            story.append(Paragraph(_led(item), body))
        else:
            story += _head_kept(item, styles, leading)

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(width / 2, 12 * mm, SUMMARY24_ROMAN[doc.page - 1])
        if doc.page > 1:
            y = height - 15 * mm
            if doc.page % 2:
                canvas.drawRightString(width - side, y, layout.header[1])
            else:
                canvas.drawString(side, y, layout.header[0])
            canvas.setLineWidth(0.5)
            canvas.line(side, y - 1.5 * mm, width - side, y - 1.5 * mm)
        canvas.restoreState()

    return _built(layout, story, furniture, (side, side, top, bottom), (2, 3))


# 4. An agency party committee's notice of a study arrangement (学习安排通知) as its Word file prints it (A4; 27 mm left,
# 25 mm right, 30 mm top, 28 mm bottom; 14 pt on a 26 pt leading, first-line indent 2 characters, justified). The title
# `关于开展发展新质生产力专题学习的通知` (20 pt, bold, centred; kind title); the addressees `机关各党支部、各直属单位党组织：`
# flush left (kind paragraph, as a salutation); an opening written here ending `…现将有关事项通知如下。`; heads `一、学习目标`
# / `二、学习安排` / `三、学习要求` (bold, the body's size, indented 2 characters; kind heading, kept with two lines). Under
# the first a drawn paragraph (001); under the second a lead-in written here ending `…具体安排如下：`, the table's title
# `专题学习安排表` (12 pt, bold, centred; kind caption) and the schedule, a grid kept on one page (11 pt on 16 pt, black
# rules; the header row `时间` / `学习内容` / `学习形式` / `责任部门` bold, centred, on a light grey ground; times and forms
# centred, contents and departments flush left; cells centred vertically) of six rows (`4月上旬` / `深入学习习近平总书记关于
# 发展新质生产力的重要论述` / `党组理论学习中心组集体学习` / `委办公室` …; every content cell wraps to 2 lines, and three form
# cells and one department cell) (kind table_row each, the header row included); under the third three paragraphs whose
# bold run-in lead is numbered, `（一）提高思想认识。` + a drawn paragraph, `（二）坚持学用结合。` + a drawn paragraph,
# `（三）严格学习纪律。` + sentences written here (kind paragraph each, the lead kept); the contact line
# `联系人：机关党委　张某某，联系电话：0571-87051234` indented 2 characters (kind boilerplate); at the end, flush right 4
# characters in, one empty line above them, the issuer `中共某某市发展和改革委员会机关委员会` (kind byline) over
# `2024年4月2日` (kind dateline). Footer `- N -` (10.5 pt, centred, drawn before the page's text); no header. The table's
# title and the schedule open page 2; `（一）提高思想认识。…` runs over the page 2->3 break.
STUDYPLAN_LAYOUT = Layout("a4_party_committee_study_arrangement_notice", FONT, A4, 14, 26, 2, 0, None, "- {page} -",
                          ("001",))
STUDYPLAN_MARGINS_MM = (27, 25, 30, 28)  # left, right, top, bottom
STUDYPLAN_WIDTHS_MM = (22, 62, 32, 36)  # the schedule's columns (152 mm of the text's 158)
STUDYPLAN_CELL_PT = 11
STUDYPLAN_SCHEDULE = [["时间", "学习内容", "学习形式", "责任部门"],
                      ["4月上旬", "深入学习习近平总书记关于发展新质生产力的重要论述", "党组理论学习中心组集体学习", "委办公室"],
                      ["4月下旬", "认真学习《习近平经济思想学习纲要》有关章节", "个人自学", "各党支部"],
                      ["5月上旬", "邀请专家作“新质生产力与现代化产业体系建设”专题辅导报告", "专题讲座", "机关党委、人事处"],
                      ["5月下旬", "赴某某高新区、某某智能制造产业园开展现场教学", "现场教学", "产业发展处、高技术产业处"],
                      ["6月上旬", "围绕因地制宜发展新质生产力开展专题调研", "调查研究、撰写报告", "各处室、直属单位"],
                      ["6月下旬", "召开专题学习研讨会，交流学习体会和调研成果", "专题研讨、交流发言", "机关党委"]]
STUDYPLAN_OUTLINE = [
    ("title", "关于开展发展新质生产力专题学习的通知"),
    ("salutation", "机关各党支部、各直属单位党组织："),
    ("paragraph", "为深入学习贯彻习近平总书记关于发展新质生产力的重要论述，进一步提高机关党员干部推动高质量发展的能力和水平，"
                  "经委党组研究，决定在机关开展发展新质生产力专题学习。现将有关事项通知如下。"),
    ("head", "一、学习目标"),
    ("paragraph", "{}"),
    ("head", "二、学习安排"),
    ("paragraph", "专题学习自2024年4月开始，至6月底结束，采取集体学习与个人自学相结合、理论学习与调查研究相结合的方式进行，"
                  "具体安排如下："),
    ("caption", "专题学习安排表"),
    ("schedule", ""),
    ("head", "三、学习要求"),
    ("led", "（一）提高思想认识。{}"),
    ("led", "（二）坚持学用结合。{}"),
    ("led", "（三）严格学习纪律。各党支部要认真做好学习记录，党员干部原则上不得缺席集体学习，因故缺席的要及时补学。机关"
            "党委将适时对各党支部学习情况进行督促检查，并纳入年度党建工作考核。"),
    ("contact", "联系人：机关党委　张某某，联系电话：0571-87051234"),
    ("signature", "中共某某市发展和改革委员会机关委员会"),
    ("date", "2024年4月2日")]
STUDYPLAN_KINDS = {"title": "title", "salutation": "paragraph", "paragraph": "paragraph", "head": "heading",
                   "caption": "caption", "led": "paragraph", "contact": "boilerplate", "signature": "byline",
                   "date": "dateline"}
STUDYPLAN_PARAGRAPHS = sum(text.count("{}") for _, text in STUDYPLAN_OUTLINE)


def _studyplan_items(drawn: list[str]) -> list[dict]:
    texts = _unnumbered_first(_unlabelled(drawn), STUDYPLAN_PARAGRAPHS)
    schedule = [{"kind": "table_row", "text": "\t".join(row), "cells": row, "style": "schedule"}
                for row in STUDYPLAN_SCHEDULE]
    return _outline_items(STUDYPLAN_OUTLINE, iter(texts), STUDYPLAN_KINDS, {"schedule": schedule})


def typeset_studyplan(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    left, right, top, bottom = (m * mm for m in STUDYPLAN_MARGINS_MM)
    text_width = width - left - right - 12
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 20, 32, alignment=1, spaceAfter=leading),
              "salutation": _styled(font, "salutation", pt, leading),
              "paragraph": body, "led": body,
              "head": _styled(BOLD_FONT, "head", pt, leading, firstLineIndent=2 * pt),
              "caption": _styled(BOLD_FONT, "caption", 12, 20, alignment=1, spaceBefore=6, spaceAfter=4),
              "contact": _styled(font, "contact", pt, leading, firstLineIndent=2 * pt, spaceBefore=4),
              "signature": _styled(font, "signature", pt, leading, alignment=2, rightIndent=4 * pt,
                                   spaceBefore=leading),
              "date": _styled(font, "date", pt, leading, alignment=2, rightIndent=4 * pt)}
    widths = [w * mm for w in STUDYPLAN_WIDTHS_MM]
    assert sum(widths) <= text_width
    rows = [i for i in items if i["kind"] == "table_row"]
    text_items = [i for i in items if i["kind"] != "table_row"]
    _one_line_each(text_items, styles, text_width)
    for item in text_items:
        if item["kind"] == "paragraph":
            markup = _led(item)
            assert _last_line_has_word(markup, body, text_width), item["text"]
            assert _lines_open_safely(markup, body, text_width), item["text"]
            _no_lone_last(markup, body, text_width)
    _written_kept_whole(text_items, STUDYPLAN_OUTLINE, styles, text_width)
    head = _styled(BOLD_FONT, "cell_head", STUDYPLAN_CELL_PT, 16, alignment=1)
    centred = _styled(font, "cell_centred", STUDYPLAN_CELL_PT, 16, alignment=1)
    cell = _styled(font, "cell", STUDYPLAN_CELL_PT, 16)
    wrapped = []
    for r, row in enumerate(rows):
        for k, text in enumerate(row["cells"]):
            if r:
                assert not _badly_broken(_escaped(text), cell, widths[k] - 12), text
        wrapped.append(_cells_wrap_evenly(row["cells"], widths, cell))
    assert wrapped[0] == [1, 1, 1, 1] and all(lines[0] == 1 for lines in wrapped), wrapped
    assert all(lines[1] == 2 for lines in wrapped[1:]), wrapped
    assert sum(lines[2] > 1 or lines[3] > 1 for lines in wrapped[1:]) >= 3, wrapped

    def schedule() -> Table:
        data = []
        for r, row in enumerate(rows):
            cell_styles = [head] * 4 if r == 0 else [centred, cell, centred, cell]
            data.append([Paragraph(_escaped(text), style) for text, style in zip(row["cells"], cell_styles)])
        table = Table(data, colWidths=widths)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.75, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return table

    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        if item["style"] == "caption":  # the table's title kept with the table
            story.append(KeepTogether([Paragraph(_escaped(item["text"]), styles["caption"]), schedule()]))
            story.append(Spacer(1, 10))
            k += 1 + len(rows)
            continue
        if "lead" in item:
            story.append(Paragraph(_led(item), body))
        else:
            story += _head_kept(item, styles, leading)
        k += 1

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 10.5)
        canvas.drawCentredString(width / 2, 16 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    return _built(layout, story, furniture, (left, right, top, bottom), (2, 4))


def twenty_fourth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 114 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (OPED_LAYOUT, OPED_PARAGRAPHS + 2, _oped_items, typeset_oped, _gold),
            (FEATURE_LAYOUT, FEATURE_PARAGRAPHS + 2, _feature_items, typeset_feature, _gold),
            (SUMMARY24_LAYOUT, SUMMARY24_PARAGRAPHS + 2, _summary24_items, typeset_summary24, _gold),
            (STUDYPLAN_LAYOUT, STUDYPLAN_PARAGRAPHS + 2, _studyplan_items, typeset_studyplan, _cases_gold)):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- A twenty-fifth batch of four held-out layouts, appended after the 118 above (their paragraphs come from the shared
# rng after those, so the 118 come out byte for byte as before), made blind to the cleaner (its code, tests and scores
# unread). As in the batches before, text is escaped for ReportLab's markup, the gold keeps the text as printed, block
# by block (bold, colour or a run-in lead's weight is layout, not text; page furniture is not in the gold), each layout
# draws two paragraphs more than it sets and sets the first that the font prints whole, first those without an
# enumerator of their own (_unnumbered_first), passing over those that open with a speaker's label (_unlabelled), and a
# text written here takes the next drawn paragraph where it holds `{}` (_outline_items); a run-in lead ends where
# B25_LEAD_ENDS says for its style. Written text keeps out the middle dot `·`. Three of the four are mostly running text
# in one column (a party paper's front-page news report, a brokerage's macro commentary, a government site's policy
# interpretation); the fourth, a seminar's summary of speeches, mixes two heading levels, speakers' lines and run-in
# speaker labels.
B25_LEAD_ENDS = {"led": "。", "newslead": "）", "talk": "：", "note": "："}


def _b25_items(outline: list[tuple[str, str]], drawn: list[str], count: int, kinds: dict[str, str]) -> list[dict]:
    """The outline's items (_outline_items) of the first `count` drawn paragraphs that the font prints whole, those
    without an enumerator of their own first; an item whose style has a run-in lead (B25_LEAD_ENDS) gets its `lead`,
    the written text up to and with its first end mark."""
    items = _outline_items(outline, iter(_unnumbered_first(_unlabelled(drawn), count)), kinds, {})
    for item in items:
        if item["style"] in B25_LEAD_ENDS:
            text = item["text"]
            item["lead"] = text[:text.index(B25_LEAD_ENDS[item["style"]]) + 1]
    return items


def _b25_checked(items: list[dict], styles: dict[str, ParagraphStyle], outline: list[tuple[str, str]],
                 width: float) -> None:
    """Asserts that every item but a paragraph takes one line at this width, and that every paragraph's last line holds
    more than punctuation and one character, no line opens with a lone character in a run of its own, and a paragraph
    written here whole breaks no line after an opening bracket or quotation mark."""
    _one_line_each(items, styles, width)
    for item in items:
        if item["kind"] == "paragraph":
            markup, style = _led(item), styles[item["style"]]
            assert _last_line_has_word(markup, style, width), item["text"]
            assert _lines_open_safely(markup, style, width), item["text"]
            _no_lone_last(markup, style, width)
    _written_kept_whole(items, outline, styles, width)


def _b25_story(items: list[dict], styles: dict[str, ParagraphStyle], leading: float, kept=("heading",)) -> list:
    """Each item's paragraph in its style (a run-in lead bold), a heading kept with two lines of text."""
    story: list = []
    for item in items:
        if "lead" in item:
            story.append(Paragraph(_led(item), styles[item["style"]]))
        else:
            story += _head_kept(item, styles, leading, kept)
    return story


# 1. A provincial party paper's front-page news report (消息) as the paper's e-paper prints its pages (A3, 297 x 420 mm;
# 28 mm left and right, 22 mm top, 24 mm bottom; 12 pt on a 21 pt leading, first-line indent 2 characters, justified),
# pages 1 and 3 of the day's paper. At the top of page 1 only: the masthead `某某日报` (54 pt, bold, red, centred; kind
# byline: it names the paper, as a4_hk_daily_editorial_trad's) over `2024年4月16日　星期二　农历甲辰年三月初八` (10.5 pt,
# centred; kind dateline) and a 2 pt red rule. The headline in three parts, centred: the kicker (引题) `坚持创新驱动　厚植
# 发展优势` (15 pt; kind heading), the main title `我省新质生产力加快成势见效` (32 pt, bold; kind title), the subtitle (副题)
# `一季度高技术制造业增加值同比增长12.8%` (15 pt; kind heading, as a4_three_column_newspaper's second line of the
# headline). The lead opens with its bold run-in `本报讯（记者　王某某　通讯员　李某某）` + a text written here (kind paragraph,
# the lead kept); two drawn paragraphs (001), one written here quoting the provincial development and reform
# commission's head (`“发展新质生产力不是忽视、放弃传统产业，…”…`) and three drawn paragraphs (kind paragraph each); the
# jump line `（下转第3版）` flush right (10 pt; kind boilerplate, as a4_three_column_newspaper's) ends page 1's story, a few
# lines above the page's foot. Page 2 (the paper's page 3) opens with `（上接第1版）` flush left (10 pt; kind boilerplate),
# then two drawn paragraphs and a closing written here (`推进会要求，…`; kind paragraph each), the rest of the page empty.
# Furniture (drawn before the page's text) on page 2 only: `某某日报　2024年4月16日　星期二` top left and `要闻　3` top right
# (9 pt) over a thin rule; no page number at the bottom. No paragraph runs over the break.
FRONTPAGE_LAYOUT = Layout("a3_provincial_daily_front_page_report", FONT, (297 * mm, 420 * mm), 12, 21, 2, 0,
                          ("某某日报　2024年4月16日　星期二", "要闻　3"), None, ("001",))
FRONTPAGE_MARGINS_MM = (28, 22, 24)  # left and right, top, bottom
FRONTPAGE_RED = colors.Color(0.75, 0.05, 0.05)
FRONTPAGE_OUTLINE = [
    ("masthead", "某某日报"),
    ("date", "2024年4月16日　星期二　农历甲辰年三月初八"),
    ("kicker", "坚持创新驱动　厚植发展优势"),
    ("title", "我省新质生产力加快成势见效"),
    ("subtitle", "一季度高技术制造业增加值同比增长12.8%"),
    ("newslead", "本报讯（记者　王某某　通讯员　李某某）记者从4月15日召开的全省加快发展新质生产力推进会上获悉，今年以来，"
                 "我省坚持以科技创新引领产业创新，新质生产力加快成势见效。一季度，全省高技术制造业增加值同比增长12.8%，高于"
                 "规模以上工业增加值增速6.3个百分点；战略性新兴产业增加值占规模以上工业增加值比重达到35.6%。"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "“发展新质生产力不是忽视、放弃传统产业，而是要因地制宜、分类指导。”省发展改革委主要负责人介绍，全省今年"
                  "将实施500个以上重点技术改造项目，推动规模以上工业企业数字化改造全覆盖，力争全年新增国家级专精特新“小巨人”"
                  "企业100家以上。"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("jump", "（下转第3版）"),
    ("resume", "（上接第1版）"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "推进会要求，各地各部门要坚持从实际出发，先立后破、因地制宜、分类指导，统筹推进传统产业升级、新兴产业壮大、"
                  "未来产业培育，加快构建以先进制造业为骨干的现代化产业体系，为奋力谱写中国式现代化新篇章提供有力支撑。")]
FRONTPAGE_KINDS = {"masthead": "byline", "date": "dateline", "kicker": "heading", "title": "title",
                   "subtitle": "heading", "newslead": "paragraph", "paragraph": "paragraph", "jump": "boilerplate",
                   "resume": "boilerplate"}
FRONTPAGE_PARAGRAPHS = sum(text.count("{}") for _, text in FRONTPAGE_OUTLINE)


def _frontpage_items(drawn: list[str]) -> list[dict]:
    return _b25_items(FRONTPAGE_OUTLINE, drawn, FRONTPAGE_PARAGRAPHS, FRONTPAGE_KINDS)


def typeset_frontpage(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in FRONTPAGE_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"masthead": _styled(BOLD_FONT, "masthead", 54, 64, alignment=1, textColor=FRONTPAGE_RED),
              "date": _styled(font, "date", 10.5, 16, alignment=1, spaceBefore=4),
              "kicker": _styled(font, "kicker", 15, 22, alignment=1, spaceBefore=14),
              "title": _styled(BOLD_FONT, "title", 32, 44, alignment=1, spaceBefore=4, spaceAfter=4),
              "subtitle": _styled(font, "subtitle", 15, 22, alignment=1, spaceAfter=16),
              "newslead": body, "paragraph": body,
              "jump": _styled(font, "jump", 10, 16, alignment=2, spaceBefore=2),
              "resume": _styled(font, "resume", 10, 16, spaceAfter=2)}
    _b25_checked(items, styles, FRONTPAGE_OUTLINE, text_width)
    story: list = []
    for item in items:
        story += _b25_story([item], styles, leading)
        if item["style"] == "date":
            story.append(HRFlowable(width="100%", thickness=2, color=FRONTPAGE_RED, spaceBefore=4, spaceAfter=2))
        elif item["style"] == "jump":
            story.append(PageBreak())

    def furniture(canvas, doc) -> None:
        if doc.page == 1:  # the front page's masthead is its own
            return
        canvas.saveState()
        canvas.setFont(font, 9)
        y = height - 14 * mm
        canvas.drawString(side, y, layout.header[0])
        canvas.drawRightString(width - side, y, layout.header[1])
        canvas.setLineWidth(0.5)
        canvas.line(side, y - 2 * mm, width - side, y - 2 * mm)
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=side, rightMargin=side, topMargin=top,
                            bottomMargin=bottom)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    assert doc.page == 2, doc.page
    return out.getvalue()


# 2. A Hong Kong brokerage's morning macro commentary (宏觀評論), Traditional, as its PDF prints (A4; 18 mm left and right,
# 30 mm top, 22 mm bottom; 10.5 pt on a 17 pt leading, no indent, 6 pt after each paragraph, justified). The title
# `兩會定調新質生產力　科技主線料延續` (17 pt, bold, dark blue, flush left; kind title), the analyst's line `首席經濟學家
# 陳某某（證監會中央編號：BPK123）` (9.5 pt, grey; kind byline) over `2024年3月6日` (9.5 pt, grey; kind dateline), a thin
# rule; an opening written here (`十四屆全國人大二次會議昨日（3月5日）在北京開幕，…`); subheads `新質生產力居十大任務之首` /
# `政策着力點：科技創新與產業升級` / `市場啟示` (11.5 pt, bold, dark blue, flush left; kind heading, kept with two lines)
# over two drawn paragraphs (000, 002), figures written here and a drawn paragraph, and a drawn paragraph and a closing
# written here (kind paragraph each). At the end, under a thin rule, in small type (8 pt on 12 pt, grey, justified),
# `分析員核證：…` and `免責聲明：…` (kind boilerplate each: the firm's legal text). Furniture (drawn before the page's text):
# a dark blue band across the top, `某某國際證券　研究部` (11 pt, bold, white) at its left and `宏觀評論` (10 pt, white)
# at its right; at the bottom over a thin rule `請參閱最後一頁之免責聲明` (8 pt) at the left and `第 N 頁，共 2 頁` at the
# right. Page 2 opens with the closing under the third subhead: no paragraph runs over the break.
BROKER_PAGES = 2
BROKER_LAYOUT = Layout("a4_hk_brokerage_macro_commentary_trad", FONT, A4, 10.5, 17, 0, 6,
                       ("某某國際證券　研究部", "宏觀評論"), f"第 {{page}} 頁，共 {BROKER_PAGES} 頁", ("000", "002"))
BROKER_MARGINS_MM = (18, 30, 22)  # left and right, top, bottom
BROKER_BLUE = colors.Color(0.05, 0.16, 0.38)
BROKER_GREY = colors.Color(0.35, 0.35, 0.35)
BROKER_OUTLINE = [
    ("title", "兩會定調新質生產力　科技主線料延續"),
    ("analyst", "首席經濟學家　陳某某（證監會中央編號：BPK123）"),
    ("date", "2024年3月6日"),
    ("paragraph", "十四屆全國人大二次會議昨日（3月5日）在北京開幕，國務院總理作政府工作報告。報告將今年經濟增長預期目標定為"
                  "5%左右，赤字率擬按3%安排，並從今年開始連續幾年發行超長期特別國債，今年先發行1萬億元。我們認為，目標設定"
                  "大致符合市場預期，政策基調穩中求進。"),
    ("subhead", "新質生產力居十大任務之首"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("subhead", "政策着力點：科技創新與產業升級"),
    ("paragraph", "報告提出，今年中央本級科技支出增長10%，並開展「人工智能+」行動，積極培育新興產業和未來產業。我們估算，"
                  "今年與新質生產力相關的財政支持規模或超過1.2萬億元人民幣，重點投向集成電路、生物製造、商業航天及低空經濟"
                  "等領域。"),
    ("paragraph", "{}"),
    ("subhead", "市場啟示"),
    ("paragraph", "{}"),
    ("paragraph", "短期而言，兩會政策的落地力度仍有待觀察，市場情緒或有反覆。中長期看，我們維持對科技、高端製造及綠色能源"
                  "板塊的正面看法，建議投資者逢低分批吸納具備技術壁壘、盈利能見度較高的龍頭企業。"),
    ("legal", "分析員核證：本報告的分析員謹此聲明，本報告所表達的觀點準確反映其個人對所述行業及市場的看法，其薪酬並無與本"
              "報告所載的具體建議或觀點直接或間接掛鈎。"),
    ("legal", "免責聲明：本報告由某某國際證券有限公司編製，僅供參考之用，並不構成任何買賣證券的要約或招攬。報告所載資料來自"
              "相信可靠的來源，但本公司不保證其準確性或完整性。投資涉及風險，證券價格可升可跌，過往表現並不代表將來表現。"
              "本公司及其關聯公司可能持有報告所述證券的權益。")]
BROKER_KINDS = {"title": "title", "analyst": "byline", "date": "dateline", "paragraph": "paragraph",
                "subhead": "heading", "legal": "boilerplate"}
BROKER_PARAGRAPHS = sum(text.count("{}") for _, text in BROKER_OUTLINE)


def _broker_items(drawn: list[str]) -> list[dict]:
    return _b25_items(BROKER_OUTLINE, drawn, BROKER_PARAGRAPHS, BROKER_KINDS)


def typeset_broker(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in BROKER_MARGINS_MM)
    text_width = width - 2 * side - 12
    styles = {"title": _styled(BOLD_FONT, "title", 17, 26, textColor=BROKER_BLUE, spaceAfter=6),
              "analyst": _styled(font, "analyst", 9.5, 15, textColor=BROKER_GREY),
              "date": _styled(font, "date", 9.5, 15, textColor=BROKER_GREY),
              "paragraph": _body_style(layout),
              "subhead": _styled(BOLD_FONT, "subhead", 11.5, 18, textColor=BROKER_BLUE, spaceBefore=6, spaceAfter=4),
              "legal": _styled(font, "legal", 8, 12, alignment=4, textColor=BROKER_GREY, spaceAfter=4)}
    _b25_checked([i for i in items if i["style"] != "legal"], styles, BROKER_OUTLINE, text_width)
    for item in items:
        if item["style"] == "legal":
            markup = _escaped(item["text"])
            assert _wrapped_lines(markup, styles["legal"], text_width) >= 2, item["text"]
            assert _last_line_has_word(markup, styles["legal"], text_width), item["text"]
            _no_lone_last(markup, styles["legal"], text_width)
            assert not _badly_broken(markup, styles["legal"], text_width), item["text"]
    story: list = []
    previous = ""
    for item in items:
        if item["style"] == "legal" and previous != "legal":  # the legal text under a thin rule
            story.append(HRFlowable(width="100%", thickness=0.5, color=BROKER_GREY, spaceBefore=14, spaceAfter=6))
        story += _b25_story([item], styles, leading)
        if item["style"] == "date":
            story.append(HRFlowable(width="100%", thickness=0.5, color=BROKER_GREY, spaceBefore=4, spaceAfter=10))
        previous = item["style"]

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFillColor(BROKER_BLUE)
        canvas.rect(0, height - 20 * mm, width, 12 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD_FONT, 11)
        canvas.drawString(side, height - 15.5 * mm, layout.header[0])
        canvas.setFont(font, 10)
        canvas.drawRightString(width - side, height - 15.5 * mm, layout.header[1])
        canvas.setFillColor(BROKER_GREY)
        canvas.setStrokeColor(BROKER_GREY)
        canvas.setLineWidth(0.5)
        canvas.line(side, 15 * mm, width - side, 15 * mm)
        canvas.setFont(font, 8)
        canvas.drawString(side, 11 * mm, "請參閱最後一頁之免責聲明")
        canvas.drawRightString(width - side, 11 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=side, rightMargin=side, topMargin=top,
                            bottomMargin=bottom)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    assert doc.page == BROKER_PAGES, doc.page
    return out.getvalue()


# 3. A provincial government site's policy interpretation (政策解读) printed from a desktop browser (A4; the page's
# column 22 mm in from each side, 18 mm top and bottom; 12 pt on a 24 pt leading, first-line indent 2 characters, 6 pt
# after each paragraph, justified). The title `《某某省加快发展新质生产力行动方案》政策解读` (17 pt, bold, centred; kind
# title), `来源：某某省发展和改革委员会　发布时间：2024-05-15 16:30` (10 pt, grey, centred; kind dateline, as
# a4_xinhua_wire_story's) over a thin grey rule; an opening written here ending `…现解读如下。`; four question heads
# `一、为什么要制定《行动方案》？` / `二、《行动方案》的主要目标是什么？` / `三、《行动方案》部署了哪些重点任务？` /
# `四、如何保障《行动方案》落地见效？` (13 pt, bold, flush left; kind heading, kept with two lines) over two drawn
# paragraphs (001); figures written here (`《行动方案》提出，到2026年，…`); a lead-in written here ending `：` and three
# paragraphs whose bold run-in lead is `一是实施科技创新策源行动。` / `二是实施产业焕新行动。` / `三是实施人才引育行动。` + a
# drawn paragraph (kind paragraph, the lead kept); a drawn paragraph and a closing written here (kind paragraph each);
# at the end `（责任编辑：刘某某）` flush right (10.5 pt; kind byline, as large16k_university_newspaper_feature's).
# Furniture: Chrome's print header and footer (8 pt; _browser_edges): `2024/5/16 09:42` top left and the page's title
# `《某某省加快发展新质生产力行动方案》政策解读_政策解读_某某省发展和改革委员会` top centre, the address bottom left and
# `N/M` bottom right. Page 2 opens with `二是实施产业焕新行动。…`: no paragraph runs over the break.
INTERPRET_LAYOUT = Layout("a4_gov_website_policy_interpretation", FONT, A4, 12, 24, 2, 6,
                          ("2024/5/16 09:42", "《某某省加快发展新质生产力行动方案》政策解读_政策解读_某某省发展和改革委员会"),
                          "https://fzggw.example.gov.cn/art/2024/5/15/art_1229563_59012345.html", ("001",))
INTERPRET_MARGINS_MM = (22, 18, 18)  # left and right, top, bottom
INTERPRET_GREY = colors.Color(0.4, 0.4, 0.4)
INTERPRET_OUTLINE = [
    ("title", "《某某省加快发展新质生产力行动方案》政策解读"),
    ("source", "来源：某某省发展和改革委员会　发布时间：2024-05-15 16:30"),
    ("paragraph", "近日，省政府办公厅印发《某某省加快发展新质生产力行动方案》（以下简称《行动方案》）。为便于社会各界更好地"
                  "了解和把握《行动方案》的主要内容，现解读如下。"),
    ("question", "一、为什么要制定《行动方案》？"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("question", "二、《行动方案》的主要目标是什么？"),
    ("paragraph", "《行动方案》提出，到2026年，全省新质生产力发展取得明显成效：全社会研究与试验发展经费投入强度达到3%以上，"
                  "高新技术产业增加值占规模以上工业增加值比重达到68%，数字经济核心产业增加值占地区生产总值比重达到15%，培育"
                  "形成5个以上具有国际竞争力的先进制造业集群。"),
    ("question", "三、《行动方案》部署了哪些重点任务？"),
    ("paragraph", "《行动方案》围绕科技创新、产业升级和人才支撑，部署了三个方面的重点任务："),
    ("led", "一是实施科技创新策源行动。{}"),
    ("led", "二是实施产业焕新行动。{}"),
    ("led", "三是实施人才引育行动。{}"),
    ("question", "四、如何保障《行动方案》落地见效？"),
    ("paragraph", "{}"),
    ("paragraph", "下一步，省发展改革委将会同有关部门建立工作推进机制，制定年度工作要点，加强跟踪评估和督促检查，及时总结"
                  "推广各地好经验好做法，确保《行动方案》各项任务落到实处。"),
    ("editor", "（责任编辑：刘某某）")]
INTERPRET_KINDS = {"title": "title", "source": "dateline", "paragraph": "paragraph", "question": "heading",
                   "led": "paragraph", "editor": "byline"}
INTERPRET_PARAGRAPHS = sum(text.count("{}") for _, text in INTERPRET_OUTLINE)


def _interpret_items(drawn: list[str]) -> list[dict]:
    return _b25_items(INTERPRET_OUTLINE, drawn, INTERPRET_PARAGRAPHS, INTERPRET_KINDS)


def typeset_interpret(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in INTERPRET_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 17, 26, alignment=1, spaceAfter=6),
              "source": _styled(font, "source", 10, 16, alignment=1, textColor=INTERPRET_GREY),
              "paragraph": body, "led": body,
              "question": _styled(BOLD_FONT, "question", 13, 22, spaceBefore=6, spaceAfter=6),
              "editor": _styled(font, "editor", 10.5, 18, alignment=2, spaceBefore=8)}
    _b25_checked(items, styles, INTERPRET_OUTLINE, text_width)

    def story() -> list:
        flowables: list = []
        for item in items:
            flowables += _b25_story([item], styles, leading)
            if item["style"] == "source":
                flowables.append(HRFlowable(width="100%", thickness=0.5, color=colors.Color(0.75, 0.75, 0.75),
                                            spaceBefore=6, spaceAfter=12))
        return flowables

    pages = [0]
    furniture = _browser_edges(layout, pages)
    for _ in range(2):  # the second pass knows the page count
        out = io.BytesIO()
        doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=side, rightMargin=side, topMargin=top,
                                bottomMargin=bottom)
        doc.build(story(), onFirstPage=furniture, onLaterPages=furniture)
        pages[0] = doc.page
    assert 2 <= doc.page <= 4, doc.page
    return out.getvalue()


# 4. A provincial social science federation's summary of a seminar's speeches (研讨会发言摘要) in its bulletin of academic
# events (B5; 20 mm left and right, 24 mm top, 20 mm bottom; 10 pt on a 17.5 pt leading, first-line indent 2
# characters, justified). The title `“新质生产力与区域高质量发展”研讨会发言摘要` (15 pt, bold, centred; kind title); the
# editor's note `编者按：` (bold) + a text written here (9.5 pt on 16 pt, 2 characters in on both sides; kind paragraph,
# the label kept) over a thin rule; the section heads `一、主旨发言` / `二、专题研讨` (12 pt, bold, flush left; kind
# heading, kept with two lines). Under the first, three speeches, each its title (11 pt, bold, centred; kind heading,
# kept with two lines), `以科技创新引领产业创新` / `因地制宜推动传统产业转型升级` / `以新型生产关系适应新质生产力`, over its
# speaker's line (9.5 pt, centred), `中国社会科学院经济研究所研究员　张某某` … (kind byline, as a transcript's speaker line
# apart), over two, one and two drawn paragraphs (001). Under the second, four speakers' turns each opening with a
# bold run-in label, `陈某某（某某省社会科学院产业经济研究所所长）：` + a drawn paragraph, `刘某某（某某大学管理学院教授）：`
# + a drawn paragraph going on in a second drawn paragraph without a label, `周某某（某某科技集团有限公司首席技术官）：` + a
# drawn paragraph, `赵某某（某某市发展和改革委员会副主任）：` + figures written here (kind paragraph each, the label kept);
# at the end `（根据会议录音整理，未经发言人审阅）` (9 pt, centred; kind boilerplate) and `（整理：某某省社会科学界联合会学会部
# 孙某某）` (9.5 pt, flush right; kind byline). Furniture (drawn before the page's text): `某某社科　学术活动专刊` top left
# and `2024年第9期` top right over a thin rule, the page number (17-20) at the bottom's outer corner (right on odd pages,
# left on even ones) (9 pt). Page 2 opens with the second speech's title; the third speech's second paragraph runs
# over the page 2->3 break; page 4 holds the last turn and the two end lines.
SEMINAR_LAYOUT = Layout("b5_seminar_speeches_summary", FONT, B5, 10, 17.5, 2, 0, ("某某社科　学术活动专刊", "2024年第9期"),
                        "{page}", ("001",))
SEMINAR_MARGINS_MM = (20, 24, 20)  # left and right, top, bottom
SEMINAR_FIRST_PAGE = 17
SEMINAR_OUTLINE = [
    ("title", "“新质生产力与区域高质量发展”研讨会发言摘要"),
    ("note", "编者按：2024年5月25日，由某某省社会科学界联合会主办的“新质生产力与区域高质量发展”研讨会在某某市举行，来自"
             "高校、科研院所和政府部门的30余位专家学者围绕会议主题深入交流。现将部分发言摘要刊发如下，以飨读者。"),
    ("section", "一、主旨发言"),
    ("speech", "以科技创新引领产业创新"),
    ("speaker", "中国社会科学院经济研究所研究员　张某某"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("speech", "因地制宜推动传统产业转型升级"),
    ("speaker", "某某大学经济学院院长、教授　李某某"),
    ("paragraph", "{}"),
    ("speech", "以新型生产关系适应新质生产力"),
    ("speaker", "中共某某省委党校经济学教研部主任　王某某"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("section", "二、专题研讨"),
    ("talk", "陈某某（某某省社会科学院产业经济研究所所长）：{}"),
    ("talk", "刘某某（某某大学管理学院教授）：{}"),
    ("paragraph", "{}"),
    ("talk", "周某某（某某科技集团有限公司首席技术官）：{}"),
    ("talk", "赵某某（某某市发展和改革委员会副主任）：近年来，我市把发展新质生产力作为推动高质量发展的重要着力点，2023年"
             "全市高新技术企业达到2150家，同比增长18.6%，规模以上工业企业研发机构覆盖率达到52%。下一步，我们将聚焦智能"
             "装备、新材料和生物医药三大产业，加快建设一批中试验证平台和概念验证中心，打通科技成果转化的“最后一公里”。"),
    ("remark", "（根据会议录音整理，未经发言人审阅）"),
    ("compiler", "（整理：某某省社会科学界联合会学会部　孙某某）")]
SEMINAR_KINDS = {"title": "title", "note": "paragraph", "section": "heading", "speech": "heading", "speaker": "byline",
                 "paragraph": "paragraph", "talk": "paragraph", "remark": "boilerplate", "compiler": "byline"}
SEMINAR_PARAGRAPHS = sum(text.count("{}") for _, text in SEMINAR_OUTLINE)


def _seminar_items(drawn: list[str]) -> list[dict]:
    return _b25_items(SEMINAR_OUTLINE, drawn, SEMINAR_PARAGRAPHS, SEMINAR_KINDS)


def typeset_seminar(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in SEMINAR_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 15, 24, alignment=1, spaceAfter=10),
              "note": _styled(font, "note", 9.5, 16, alignment=4, firstLineIndent=2 * 9.5, leftIndent=2 * pt,
                              rightIndent=2 * pt),
              "section": _styled(BOLD_FONT, "section", 12, 20, spaceBefore=8, spaceAfter=4),
              "speech": _styled(BOLD_FONT, "speech", 11, 18, alignment=1, spaceBefore=8, spaceAfter=2),
              "speaker": _styled(font, "speaker", 9.5, 15, alignment=1, spaceAfter=6),
              "paragraph": body, "talk": body,
              "remark": _styled(font, "remark", 9, 15, alignment=1, spaceBefore=10),
              "compiler": _styled(font, "compiler", 9.5, 16, alignment=2, spaceBefore=2)}
    note = next(i for i in items if i["style"] == "note")
    _b25_checked([i for i in items if i is not note], styles, SEMINAR_OUTLINE, text_width)
    _b25_checked([note], styles, SEMINAR_OUTLINE, text_width - 4 * pt)
    story: list = []
    for k, item in enumerate(items):
        if item["style"] == "speech":  # a speech's title kept with its speaker and two lines of text
            speaker = items[k + 1]
            story += [CondPageBreak(styles["speech"].spaceBefore + styles["speech"].leading + styles["speaker"].leading
                                    + styles["speaker"].spaceAfter + 2 * leading),
                      Paragraph(_escaped(item["text"]), styles["speech"])]
            continue
        story += _b25_story([item], styles, leading,
                            kept=("heading",) if item["style"] == "section" else ())
        if item["style"] == "note":
            story.append(HRFlowable(width="100%", thickness=0.5, color=colors.grey, spaceBefore=8, spaceAfter=2))

    def furniture(canvas, doc) -> None:
        number = SEMINAR_FIRST_PAGE + doc.page - 1
        canvas.saveState()
        canvas.setFont(font, 9)
        y = height - 15 * mm
        canvas.drawString(side, y, layout.header[0])
        canvas.drawRightString(width - side, y, layout.header[1])
        canvas.setLineWidth(0.5)
        canvas.line(side, y - 1.5 * mm, width - side, y - 1.5 * mm)
        _at_outer_edge(canvas, layout.footer.format(page=number), 11 * mm, side, number % 2 == 1)
        canvas.restoreState()

    return _built(layout, story, furniture, (side, side, top, bottom), (2, 4))


def twenty_fifth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 118 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (FRONTPAGE_LAYOUT, FRONTPAGE_PARAGRAPHS + 2, _frontpage_items, typeset_frontpage, _gold),
            (BROKER_LAYOUT, BROKER_PARAGRAPHS + 2, _broker_items, typeset_broker, _gold),
            (INTERPRET_LAYOUT, INTERPRET_PARAGRAPHS + 2, _interpret_items, typeset_interpret, _gold),
            (SEMINAR_LAYOUT, SEMINAR_PARAGRAPHS + 2, _seminar_items, typeset_seminar, _gold)):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- A twenty-sixth batch of four held-out layouts, appended after the 122 above (their paragraphs come from the
# shared rng after those, so the 122 come out byte for byte as before), made blind to the cleaner (its code, tests and
# scores unread). As in the batches before, text is escaped for ReportLab's markup, the gold keeps the text as printed,
# block by block (bold, colour or a run-in lead's weight is layout, not text; a note's raised number is left out of its
# paragraph; page furniture is not in the gold), each layout draws two paragraphs more than it sets and sets the first
# that the font prints whole, first those without an enumerator of their own (_unnumbered_first), passing over those
# that open with a speaker's label (_unlabelled), and a text written here takes the next drawn paragraph where it holds
# `{}` (_b25_items: a `led` entry's lead ends at its first `。`, a `note` entry's at its first `：`). Written text keeps
# out the middle dot `·`. Three of the four are mostly running text in one column (a county people's congress
# committee's research report, a Macau chamber of commerce chairman's message beside his photo, a journal's review of
# research with page-bottom notes numbered afresh on each page and its English abstract at the end); the fourth, a
# district's action plan, turns from portrait pages of text to landscape pages holding its attachment, a wide task table
# split over the page break.


# 1. A county people's congress standing committee's research report (调研报告) as printed for the committee's meeting, in
# GB/T 9704's format as a word processor keeps it (A4; 28 mm left, 26 mm right, 35 mm top, 30 mm bottom; 14 pt on a 25
# pt leading, first-line indent 2 characters, justified). The title `关于全县加快发展新质生产力情况的调研报告` (20 pt, bold,
# centred; kind title) over `县人大常委会调研组` (15 pt, centred; kind byline), one line's space under it; the salutation
# `主任、各位副主任、秘书长、各位委员：` flush left (kind paragraph, as a4_notice_attachments'); an opening written here
# ending `…现将调研情况报告如下。`; heads `一、基本情况` / `二、存在的问题` / `三、意见建议` (bold, the body's size, indented 2
# characters; kind heading, kept with two lines). Under the first, figures written here (`2023年，全县实现地区生产总值286.4
# 亿元，…`) and three paragraphs whose bold run-in lead is numbered, `（一）科技创新能力稳步提升。` / `（二）产业转型步伐不断
# 加快。` / `（三）发展环境持续优化。` + a drawn paragraph (001) (kind paragraph each, the lead kept); under the second a
# lead-in written here ending `…主要表现在：` and three paragraphs opening with an unbolded `一是…。` / `二是…。` / `三是…。`
# (the first two + a drawn paragraph, the third written here); under the third a lead-in written here ending `调研组建议：`
# and five paragraphs whose bold run-in lead is numbered, `（一）坚持因地制宜，科学谋划发展路径。` … `（四）加强人才支撑，
# 夯实发展基础。` + a drawn paragraph and `（五）发挥人大职能，加强跟踪监督。` + sentences written here; the closing
# `以上报告，请予审议。` (kind paragraph each). Furniture (12 pt, drawn before the page's text): `— N —` at the bottom's
# outer corner (right on odd pages, left on even ones); no header.
CONGRESS_LAYOUT = Layout("a4_county_congress_research_report", FONT, A4, 14, 25, 2, 0, None, "— {page} —", ("001",))
CONGRESS_MARGINS_MM = (28, 26, 35, 30)  # left, right, top, bottom
CONGRESS_OUTLINE = [
    ("title", "关于全县加快发展新质生产力情况的调研报告"),
    ("group", "县人大常委会调研组"),
    ("salutation", "主任、各位副主任、秘书长、各位委员："),
    ("paragraph", "为深入贯彻落实党中央关于发展新质生产力的决策部署，根据县人大常委会2024年度工作要点安排，4月至5月，常委会"
                  "副主任王某某带领调研组，先后深入县经济开发区、高新技术产业园和12家重点企业实地调研，召开部门和企业座谈会3次，"
                  "广泛听取意见建议。现将调研情况报告如下。"),
    ("head", "一、基本情况"),
    ("paragraph", "近年来，县委、县政府坚持把科技创新作为推动高质量发展的核心动力，全县新质生产力发展呈现良好态势。2023年，"
                  "全县实现地区生产总值286.4亿元，同比增长6.2%；规模以上工业增加值增长8.1%，高新技术产业增加值占规模以上"
                  "工业增加值比重达到41.3%；全社会研发经费投入强度达到2.35%，高新技术企业达到68家，省级专精特新中小企业"
                  "达到23家。"),
    ("led", "（一）科技创新能力稳步提升。{}"),
    ("led", "（二）产业转型步伐不断加快。{}"),
    ("led", "（三）发展环境持续优化。{}"),
    ("head", "二、存在的问题"),
    ("paragraph", "调研中也发现，我县发展新质生产力还存在一些短板和不足，主要表现在："),
    ("paragraph", "一是企业创新能力总体不强。{}"),
    ("paragraph", "二是产业结构仍然偏重偏旧。{}"),
    ("paragraph", "三是人才支撑相对薄弱。全县每万名就业人员中研发人员仅为38人，低于全市平均水平；高层次人才引进难、留住难"
                  "的问题较为突出，部分企业反映技术工人短缺，制约了新技术、新工艺的推广应用。"),
    ("head", "三、意见建议"),
    ("paragraph", "发展新质生产力是推动高质量发展的内在要求和重要着力点。结合调研情况，调研组建议："),
    ("led", "（一）坚持因地制宜，科学谋划发展路径。{}"),
    ("led", "（二）强化企业主体，推动传统产业转型升级。{}"),
    ("led", "（三）深化改革创新，营造良好发展生态。{}"),
    ("led", "（四）加强人才支撑，夯实发展基础。{}"),
    ("led", "（五）发挥人大职能，加强跟踪监督。县人大常委会将把推动新质生产力发展作为监督工作的重点，通过听取专项工作"
            "报告、开展专题询问等方式，持续跟踪有关工作推进情况，推动调研成果转化落实。"),
    ("paragraph", "以上报告，请予审议。")]
CONGRESS_KINDS = {"title": "title", "group": "byline", "salutation": "paragraph", "paragraph": "paragraph",
                  "head": "heading", "led": "paragraph"}
CONGRESS_PARAGRAPHS = sum(text.count("{}") for _, text in CONGRESS_OUTLINE)


def _congress_items(drawn: list[str]) -> list[dict]:
    return _b25_items(CONGRESS_OUTLINE, drawn, CONGRESS_PARAGRAPHS, CONGRESS_KINDS)


def typeset_congress(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    left, right, top, bottom = (m * mm for m in CONGRESS_MARGINS_MM)
    text_width = width - left - right - 12
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 20, 32, alignment=1, spaceAfter=4),
              "group": _styled(font, "group", 15, 26, alignment=1, spaceAfter=leading),
              "salutation": _styled(font, "salutation", pt, leading),
              "paragraph": body, "led": body,
              "head": _styled(BOLD_FONT, "head", pt, leading, firstLineIndent=2 * pt)}
    _b25_checked(items, styles, CONGRESS_OUTLINE, text_width)
    story = _b25_story(items, styles, leading)

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 12)
        _at_outer_edge(canvas, layout.footer.format(page=doc.page), 18 * mm, 26 * mm + pt, doc.page % 2 == 1)
        canvas.restoreState()

    return _built(layout, story, furniture, (left, right, top, bottom), (3, 4))


# 2. A Macau chamber of commerce's monthly message from its chairman (會長的話), Traditional, as the chamber's magazine
# (會刊) prints it, pages 4-5 (大16开, 210 x 285 mm; 22 mm left and right, 28 mm top, 24 mm bottom; 11 pt on a 20 pt
# leading, first-line indent 2 characters, justified). At the top of page 1, in a borderless table of two columns: at
# the left, centred on the photo's height, the kicker `會長的話` (12 pt, bold, green; kind heading, as
# b5_magazine_column_trad's `經濟隨筆`) over the title `攜手把握新質生產力發展機遇` (20 pt, bold; kind title); at the right a
# photo (an empty grey box, 32 x 40 mm) over its caption `會長　何某某` (9 pt, centred; kind caption); a green rule under
# both. Then one column of running text: the salutation `各位會員、各位朋友：` flush left (kind paragraph); an opening
# written here (`春回大地，萬象更新。…`); two drawn paragraphs (000, 002); one written here on Macau's `1+4` strategy and
# Hengqin; two drawn paragraphs; one written here on the chamber's plans (`本會將繼續發揮…`); a drawn paragraph; a closing
# written here ending `…作出新的更大貢獻！` (kind paragraph each); flush right, one line's space above them, the signature
# `澳門某某商會會長　何某某` (kind byline) over `2024年4月` (kind dateline). Furniture (9 pt, drawn before the page's text):
# `澳門某某商會會刊` top left and `2024年4月號` top right over a thin green rule, the page number (4-5) at the bottom's
# outer corner (left on the even page, right on the odd one).
CHAMBER_LAYOUT = Layout("large16k_macau_chamber_chairman_message_trad", FONT, (210 * mm, 285 * mm), 11, 20, 2, 0,
                        ("澳門某某商會會刊", "2024年4月號"), "{page}", ("000", "002"))
CHAMBER_MARGINS_MM = (22, 28, 24)  # left and right, top, bottom
CHAMBER_FIRST_PAGE = 4
CHAMBER_PHOTO_MM = (32, 40)  # width, height
CHAMBER_GREEN = colors.Color(0.0, 0.4, 0.3)
CHAMBER_OUTLINE = [
    ("kicker", "會長的話"),
    ("title", "攜手把握新質生產力發展機遇"),
    ("caption", "會長　何某某"),
    ("salutation", "各位會員、各位朋友："),
    ("paragraph", "春回大地，萬象更新。今年全國兩會把「大力推進現代化產業體系建設，加快發展新質生產力」列為政府工作的首要"
                  "任務，為國家經濟高質量發展指明了方向，也為澳門經濟適度多元發展帶來了新的機遇。"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "近年來，特區政府推動「1+4」經濟適度多元發展策略，大力發展大健康、現代金融、高新技術和會展商貿及文化體育"
                  "四大重點產業。橫琴粵澳深度合作區建設全面提速，為澳門企業拓展發展空間、參與國家新質生產力發展提供了重要平台。"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "本會將繼續發揮聯繫政府與工商界的橋樑作用，今年計劃組織會員企業赴深圳、珠海及橫琴等地考察交流不少於6次，"
                  "舉辦科技創新與數字化轉型專題講座，協助中小企業用好政策、加快轉型升級。"),
    ("paragraph", "{}"),
    ("paragraph", "新質生產力的發展，離不開每一位企業家的積極參與。讓我們攜手同心，開拓進取，為澳門經濟適度多元發展和「一國"
                  "兩制」實踐行穩致遠作出新的更大貢獻！"),
    ("signature", "澳門某某商會會長　何某某"),
    ("date", "2024年4月")]
CHAMBER_KINDS = {"kicker": "heading", "title": "title", "caption": "caption", "salutation": "paragraph",
                 "paragraph": "paragraph", "signature": "byline", "date": "dateline"}
CHAMBER_PARAGRAPHS = sum(text.count("{}") for _, text in CHAMBER_OUTLINE)


def _chamber_items(drawn: list[str]) -> list[dict]:
    return _b25_items(CHAMBER_OUTLINE, drawn, CHAMBER_PARAGRAPHS, CHAMBER_KINDS)


def typeset_chamber(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in CHAMBER_MARGINS_MM)
    text_width = width - 2 * side - 12
    photo_w, photo_h = (m * mm for m in CHAMBER_PHOTO_MM)
    photo_column = photo_w + 4 * mm
    styles = {"kicker": _styled(BOLD_FONT, "kicker", 12, 20, textColor=CHAMBER_GREEN, spaceAfter=6),
              "title": _styled(BOLD_FONT, "title", 20, 30),
              "caption": _styled(font, "caption", 9, 14, alignment=1, spaceBefore=3),
              "salutation": _styled(font, "salutation", pt, leading),
              "paragraph": _body_style(layout),
              "signature": _styled(font, "signature", pt, leading, alignment=2, spaceBefore=leading),
              "date": _styled(font, "date", pt, leading, alignment=2)}
    top_items, body_items = items[:3], items[3:]
    assert [i["style"] for i in top_items] == ["kicker", "title", "caption"]
    _one_line_each(top_items[:2], styles, text_width - photo_column)
    _one_line_each(top_items[2:], styles, photo_column)
    _b25_checked(body_items, styles, CHAMBER_OUTLINE, text_width)
    kicker, title, caption = (Paragraph(_escaped(i["text"]), styles[i["style"]]) for i in top_items)
    head = Table([[[kicker, title], [_photo(photo_w, photo_h), caption]]],
                 colWidths=[width - 2 * side - photo_column, photo_column])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (0, 0), "MIDDLE"), ("VALIGN", (1, 0), (1, 0), "TOP"),
                              ("ALIGN", (1, 0), (1, 0), "CENTER"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    story: list = [head, HRFlowable(width="100%", thickness=1.2, color=CHAMBER_GREEN, spaceBefore=6, spaceAfter=12)]
    story += _b25_story(body_items, styles, leading)

    def furniture(canvas, doc) -> None:
        number = CHAMBER_FIRST_PAGE + doc.page - 1
        canvas.saveState()
        canvas.setFont(font, 9)
        y = height - 16 * mm
        canvas.drawString(side, y, layout.header[0])
        canvas.drawRightString(width - side, y, layout.header[1])
        canvas.setStrokeColor(CHAMBER_GREEN)
        canvas.setLineWidth(0.6)
        canvas.line(side, y - 2 * mm, width - side, y - 2 * mm)
        _at_outer_edge(canvas, layout.footer.format(page=number), 12 * mm, side, number % 2 == 1)
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=side, rightMargin=side, topMargin=top,
                            bottomMargin=bottom)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    assert doc.page == 2, doc.page
    return out.getvalue()


# 3. An economics journal's review of research (研究述评) on 16开 paper (184 x 260 mm; 20 mm left and right, 24 mm top, the
# text's frame ending 36 mm above the page's foot; 10 pt on a 17 pt leading, first-line indent 2 characters, justified),
# pages 89-91, with page-bottom notes numbered afresh on each page (①, ② …). The title `新质生产力研究述评` (18 pt, bold,
# centred; kind title) over its subtitle `——内涵特征、测度方法与实现路径` (12 pt, centred; kind heading, as a `——` line
# under a title), the authors `王某某　李某某` (11 pt, centred; kind byline) and their affiliation `（某某大学经济学院，湖北
# 武汉 430072）` (9 pt, centred; kind byline); `内容提要：` (bold) + a text written here and `关键词：` (bold) + four terms (9
# pt on 15 pt, 2 characters in on both sides, no indent; kind paragraph each, the label kept). Heads `一、引言` /
# `二、关于新质生产力内涵特征的研究` / `三、关于新质生产力测度方法的研究` / `四、关于新质生产力实现路径的研究` /
# `五、研究评价与展望` (12 pt, bold, flush left; kind heading, kept with two lines) over paragraphs written here and drawn
# (001). Four written paragraphs carry five raised circled note numbers after a phrase or a sentence (the gold's
# paragraphs without them); each note, `① 参见…` (8 pt, a line each, written here), stands at the foot of its page
# under a 40 mm rule, drawn after the page's text, numbered from ① on each page (kind footnote each, the circled number
# and a space kept, listed after the body in the gold, as b5_circled_notes'; ① to ④ on page 89, ① on page 90). At the
# end, under a thin rule, the English
# front matter: the title `A Review of Research on New Quality Productive Forces` (12 pt, bold, centred; kind title, as
# a4_article_bilingual_abstract's English title), `WANG Moumou, LI Moumou` (9.5 pt, centred; kind byline), `(School of
# Economics, Moumou University, Wuhan 430072, China)` (9 pt, centred; kind byline), `Abstract: …` (three sentences
# written here) and `Key words: …` (9 pt on 13 pt, justified, words unbroken; kind paragraph each). Furniture (9 pt,
# drawn before the page's text), over a thin rule: on odd pages `王某某　李某某：新质生产力研究述评` centred and the page
# number at the right; on even pages `经济学研究动态　2024年第6期` centred and the page number at the left.
SURVEYLIT_LAYOUT = Layout("k16_journal_research_review_notes", FONT, (184 * mm, 260 * mm), 10, 17, 2, 0,
                          ("王某某　李某某：新质生产力研究述评", "经济学研究动态　2024年第6期"), "{page}", ("001",))
SURVEYLIT_MARGINS_MM = (20, 24, 36)  # left and right, top, the frame's bottom (the notes stand below it)
SURVEYLIT_FIRST_PAGE = 89
SURVEYLIT_CIRCLED = "①②③④⑤"
SURVEYLIT_NOTES = {1: "参见《人民日报》2023年9月9日第1版。",
                   2: "检索日期为2024年6月30日，检索范围为中国知网学术期刊库。",
                   3: "周文、许凌云：《论新质生产力：内涵特征与重要着力点》，《改革》2023年第10期。",
                   4: "洪银兴：《发展新质生产力　建设现代化产业体系》，《当代经济研究》2024年第2期。",
                   5: "王珏、王荣基：《新质生产力：指标构建与时空演进》，《西安财经大学学报》2024年第1期。"}
SURVEYLIT_OUTLINE = [
    ("title", "新质生产力研究述评"),
    ("subtitle", "——内涵特征、测度方法与实现路径"),
    ("authors", "王某某　李某某"),
    ("affiliation", "（某某大学经济学院，湖北 武汉 430072）"),
    ("note", "内容提要：自2023年9月新质生产力概念提出以来，学术界围绕其内涵特征、理论渊源、测度方法和实现路径等问题展开了"
             "广泛讨论。本文对相关文献进行了系统梳理，发现已有研究在概念界定上逐步形成共识，但在测度指标体系、作用机制检验"
             "和区域差异分析等方面仍有待深化。未来研究应加强理论与实证的结合，注重因地制宜的路径研究。"),
    ("note", "关键词：新质生产力；文献综述；测度方法；实现路径"),
    ("head", "一、引言"),
    ("paragraph", "2023年9月，习近平总书记在黑龙江考察调研期间首次提出“新质生产力”[1]。此后，这一概念迅速成为学术界研究的"
                  "热点。以“新质生产力”为主题在中国知网进行检索，相关学术期刊论文已超过6000篇[2]，研究成果呈现爆发式增长。"),
    ("paragraph", "{}"),
    ("head", "二、关于新质生产力内涵特征的研究"),
    ("paragraph", "关于新质生产力的内涵，学者们普遍从生产力三要素的角度加以理解。周文和许凌云认为，新质生产力是以科技创新"
                  "为主导、实现关键性颠覆性技术突破而产生的生产力[3]；洪银兴则强调，发展新质生产力的关键在于以科技创新推动"
                  "产业创新，加快建设现代化产业体系[4]。"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("head", "三、关于新质生产力测度方法的研究"),
    ("paragraph", "在测度方面，现有研究多采用构建综合评价指标体系的方法。部分学者从劳动者、劳动资料和劳动对象三个维度选取"
                  "指标，运用熵权法测算省级层面的新质生产力发展水平[5]；也有学者从科技生产力、绿色生产力和数字生产力三个方面"
                  "构建指标体系。"),
    ("paragraph", "{}"),
    ("head", "四、关于新质生产力实现路径的研究"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("head", "五、研究评价与展望"),
    ("paragraph", "{}"),
    ("paragraph", "总体来看，已有研究为理解新质生产力提供了有益参考，但仍存在一些不足：一是概念界定较多停留在政策阐释层面，"
                  "学理化阐释有待加强；二是测度指标体系差异较大，研究结论的可比性不足；三是对区域差异和行业异质性的关注不够。"
                  "未来研究应在深化理论研究的同时，加强高质量的实证检验，为因地制宜发展新质生产力提供更为扎实的学理支撑。"),
    ("en_title", "A Review of Research on New Quality Productive Forces"),
    ("en_authors", "WANG Moumou, LI Moumou"),
    ("en_affiliation", "(School of Economics, Moumou University, Wuhan 430072, China)"),
    ("en_text", "Abstract: Since the concept of new quality productive forces was put forward in September 2023, "
                "scholars have discussed its connotation, theoretical origins, measurement and paths of "
                "realization extensively. This paper reviews the literature and finds that a consensus on the "
                "concept is taking shape, while the indicator systems, the mechanisms at work and regional "
                "differences call for further research. Future studies should combine theory with empirical "
                "evidence and pay more attention to paths suited to local conditions."),
    ("en_text", "Key words: new quality productive forces; literature review; measurement; path of realization")]
SURVEYLIT_KINDS = {"title": "title", "subtitle": "heading", "authors": "byline", "affiliation": "byline",
                   "note": "paragraph", "head": "heading", "paragraph": "paragraph", "en_title": "title",
                   "en_authors": "byline", "en_affiliation": "byline", "en_text": "paragraph"}
SURVEYLIT_PARAGRAPHS = sum(text.count("{}") for _, text in SURVEYLIT_OUTLINE)
_SURVEYLIT_MARK = re.compile(r"\[(\d)\]")


def _surveylit_items(drawn: list[str]) -> list[dict]:
    """The outline's items, a paragraph holding note marks `[N]` keeping its parts (text, number, text, …) and its text
    without them; then a footnote item per note, its text (the circled number its page gives it, a space, the note)
    filled in when the pages are known (typeset_surveylit)."""
    items = _b25_items(SURVEYLIT_OUTLINE, drawn, SURVEYLIT_PARAGRAPHS, SURVEYLIT_KINDS)
    for item in items:
        if _SURVEYLIT_MARK.search(item["text"]):
            item["parts"] = _SURVEYLIT_MARK.split(item["text"])
            item["text"] = "".join(item["parts"][::2])
    return items + [{"kind": "footnote", "text": "", "style": "footnote", "note": n} for n in SURVEYLIT_NOTES]


def _surveylit_markup(item: dict, labels: dict[int, str]) -> str:
    """Markup: the paragraph with each of its note numbers raised as the circled number `labels` gives it."""
    return "".join(_escaped(part) if k % 2 == 0 else
                   f'<super>{labels[int(part)]}</super><onDraw name="note" label="{part}"/>'
                   for k, part in enumerate(item["parts"]))


def typeset_surveylit(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, frame_bottom = (m * mm for m in SURVEYLIT_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    english = ParagraphStyle("en_text", fontName=font, fontSize=9, leading=13, alignment=4, spaceAfter=3)
    styles = {"title": _styled(BOLD_FONT, "title", 18, 28, alignment=1),
              "subtitle": _styled(font, "subtitle", 12, 20, alignment=1, spaceAfter=6),
              "authors": _styled(font, "authors", 11, 18, alignment=1),
              "affiliation": _styled(font, "affiliation", 9, 15, alignment=1, spaceAfter=8),
              "note": _styled(font, "note", 9, 15, alignment=4, leftIndent=2 * pt, rightIndent=2 * pt, spaceAfter=2),
              "head": _styled(BOLD_FONT, "head", 12, 20, spaceBefore=8, spaceAfter=4),
              "paragraph": body,
              "en_title": ParagraphStyle("en_title", fontName=BOLD_FONT, fontSize=12, leading=18, alignment=1),
              "en_authors": ParagraphStyle("en_authors", fontName=font, fontSize=9.5, leading=15, alignment=1),
              "en_affiliation": ParagraphStyle("en_affiliation", fontName=font, fontSize=9, leading=14, alignment=1,
                                               spaceAfter=6),
              "en_text": english}
    body_items = [i for i in items if i["kind"] != "footnote"]
    notes = [i for i in items if i["kind"] == "footnote"]
    front = [i for i in body_items if i["style"] == "note"]
    first_labels = {n: SURVEYLIT_CIRCLED[0] for n in SURVEYLIT_NOTES}  # every circled number is as wide as the others
    _b25_checked([i for i in body_items if i["style"] != "note" and "parts" not in i], styles, SURVEYLIT_OUTLINE,
                 text_width)
    _b25_checked(front, styles, SURVEYLIT_OUTLINE, text_width - 4 * pt)
    for item in body_items:
        if "parts" in item:
            markup = _surveylit_markup(item, first_labels)
            assert _last_line_has_word(markup, body, text_width), item["text"]
            assert _lines_open_safely(markup, body, text_width), item["text"]
            _no_lone_last(markup, body, text_width)
            assert not _badly_broken(markup, body, text_width), item["text"]
    for n, note in SURVEYLIT_NOTES.items():
        assert pdfmetrics.stringWidth(f"{SURVEYLIT_CIRCLED[0]} {note}", font, 8) <= width - 2 * side, note
    note_page: dict[int, int] = {}
    labels = dict(first_labels)
    placed: dict[int, int] = {}

    def page_start(canvas, doc) -> None:
        canvas.setNamedCB("note", lambda canvas, kind, label: note_page.__setitem__(int(label), canvas.getPageNumber()))
        number = SURVEYLIT_FIRST_PAGE + doc.page - 1
        canvas.saveState()
        canvas.setFont(font, 9)
        y = height - 14 * mm
        canvas.drawCentredString(width / 2, y, layout.header[0] if number % 2 else layout.header[1])
        _at_outer_edge(canvas, layout.footer.format(page=number), y, side, number % 2 == 1)
        canvas.setLineWidth(0.5)
        canvas.line(side, y - 2 * mm, width - side, y - 2 * mm)
        canvas.restoreState()

    def page_end(canvas, doc) -> None:  # the page's notes, drawn after its text
        here = sorted(n for n, on in placed.items() if on == canvas.getPageNumber())
        if here:
            canvas.saveState()
            canvas.setLineWidth(0.5)
            canvas.line(side, frame_bottom - 3 * mm, side + 40 * mm, frame_bottom - 3 * mm)
            canvas.setFont(font, 8)
            for k, n in enumerate(here):
                canvas.drawString(side, frame_bottom - 7 * mm - 4 * mm * k, f"{labels[n]} {SURVEYLIT_NOTES[n]}")
            canvas.restoreState()

    def story() -> list:
        flowables: list = []
        for item in body_items:
            if "parts" in item:
                flowables.append(Paragraph(_surveylit_markup(item, labels), body))
                continue
            if item["style"] == "en_title":
                flowables.append(HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceBefore=14,
                                            spaceAfter=10))
            flowables += _b25_story([item], styles, leading)
        return flowables

    first_pages: dict[int, int] = {}
    for run in range(2):  # the second pass numbers each page's notes from ① and draws them at its foot
        note_page.clear()
        out = io.BytesIO()
        doc = BaseDocTemplate(out, pagesize=layout.size)
        frame = Frame(side, frame_bottom, width - 2 * side, height - top - frame_bottom, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=page_start, onPageEnd=page_end)])
        doc.build(story())
        if run == 0:
            first_pages = dict(note_page)
            placed = dict(note_page)
            for page in set(placed.values()):
                for k, n in enumerate(sorted(n for n, on in placed.items() if on == page)):
                    labels[n] = SURVEYLIT_CIRCLED[k]
    assert note_page == first_pages and set(placed) == set(SURVEYLIT_NOTES), (note_page, first_pages)
    assert sorted(set(placed.values())) == [1, 2], placed  # notes on the first two pages, numbered afresh on each
    for item in notes:
        item["text"] = f"{labels[item['note']]} {SURVEYLIT_NOTES[item['note']]}"
    assert 3 <= doc.page <= 4, doc.page
    return out.getvalue()


# 4. A district government's three-year action plan (行动方案) as its Word file prints it, whose attachment, a task table
# (任务分工表), is set on landscape pages (A4: the plan's pages portrait, 26 mm left and right, 28 mm top, 25 mm bottom, 12
# pt on a 22 pt leading, first-line indent 2 characters, justified; the attachment's pages landscape, 20 mm left and
# right, 22 mm top, 20 mm bottom). The title `某某区加快发展新质生产力三年行动方案（2024—2026年）` (16 pt, bold, centred; kind title); an
# opening written here ending `…制定本方案。`; heads `一、总体要求` / `二、重点任务` / `三、保障措施` (13 pt, bold, flush left; kind heading,
# kept with two lines); under the first a drawn paragraph (001) and the targets written here
# (`到2026年，全区高新技术企业达到500家，…`); under the second a drawn paragraph and a paragraph written here ending `…具体任务分工详见附件。`;
# under the third two paragraphs whose bold run-in lead is `（一）加强组织领导。` / `（二）强化要素保障。` + a drawn paragraph and
# `（三）严格督查考核。` + sentences written here (kind paragraph each, the lead kept), page 2 ending there. The attachment opens
# a landscape page, page 3: `附件` (14 pt, bold, flush left; kind heading: it labels the part), `某某区加快发展新质生产力重点任务分工表` (16
# pt, bold, centred; kind title: the attachment's own), then a grid (12 pt on 18 pt, black rules; the header row `序号` /
# `重点任务` / `具体内容` / `牵头单位` / `配合单位` / `完成时限` bold and centred on a light grey ground; numbers and time limits centred,
# the rest flush left; cells centred vertically) of ten task rows written here (`1` / `实施关键核心技术攻关行动` /
# `聚焦智能制造、新材料、生物医药等重点领域，…` / `区科技局` / `区发展改革局、 区工信局、区财政局` / `2026年底前` …; kind table_row each, the header row included:
# every content cell wraps to 3 lines, seven task cells and four partner cells to 2). The grid (columns 14 / 40 / 90 /
# 32 / 52 / 29 mm) splits by rows over the landscape pages' break, page 3 holding the header row and tasks 1-5, page 4
# tasks 6-10, its header row not repeated. Furniture (10.5 pt, drawn before the page's text): `— N —` centred at the
# bottom of every page, portrait or landscape.
TASKS_LAYOUT = Layout("a4_district_plan_landscape_task_table", FONT, A4, 12, 22, 2, 0, None, "— {page} —", ("001",))
TASKS_MARGINS_MM = (26, 28, 25)  # the portrait pages: left and right, top, bottom
TASKS_LANDSCAPE_MARGINS_MM = (20, 22, 20)  # the landscape pages: left and right, top, bottom
TASKS_WIDTHS_MM = (14, 40, 90, 32, 52, 29)  # the grid's columns (257 mm: the landscape text's width)
TASKS_CELL_PT = 12
TASKS_TABLE = [["序号", "重点任务", "具体内容", "牵头单位", "配合单位", "完成时限"],
               ["1", "实施关键核心技术攻关行动", "聚焦智能制造、新材料、生物医药等重点领域，每年组织实施区级重大科技攻关项目10项以上，"
                "支持企业联合高校院所开展技术攻关。", "区科技局", "区发展改革局、区工信局、区财政局", "2026年底前"],
               ["2", "建设高能级科技创新平台", "推动省级实验室分中心落地建设，新建省级以上企业技术中心、工程研究中心等创新平台15家"
                "以上。", "区科技局", "区发展改革局、区工信局", "2026年底前"],
               ["3", "加快培育壮大科技型企业", "实施高新技术企业“倍增计划”和科技型中小企业“育苗计划”，到2026年全区高新技术企业"
                "达到500家。", "区科技局", "区工信局、区税务局", "2026年底前"],
               ["4", "推进传统产业智能化改造", "每年实施技术改造项目50个以上，推动规模以上工业企业数字化改造全覆盖，建设智能"
                "工厂和数字化车间20个以上。", "区工信局", "区发展改革局、区财政局", "持续推进"],
               ["5", "培育战略性新兴产业集群", "重点培育智能装备、新能源汽车零部件、生物医药三大产业集群，力争三大集群规模"
                "合计突破千亿元。", "区发展改革局", "区工信局、区投资促进局", "2026年底前"],
               ["6", "前瞻布局未来产业", "围绕人工智能、低空经济、人形机器人等领域，谋划建设未来产业先导区，每年开放应用"
                "场景不少于20个。", "区发展改革局", "区科技局、区工信局、区交通运输局", "2025年底前"],
               ["7", "加快数字基础设施建设", "新建5G基站1200个，推进算力中心和工业互联网标识解析二级节点建设，提升数字"
                "基础设施支撑能力。", "区数据局", "区工信局、区住房城乡建设局", "2025年底前"],
               ["8", "引育集聚高层次创新人才", "深入实施“某某英才”计划，每年引进高层次人才和创新团队50个以上，建设一批技能大师"
                "工作室。", "区委人才办", "区人力社保局、区科技局、区教育局", "持续推进"],
               ["9", "深化科技金融服务", "设立规模10亿元的区级科创基金，推广“科技贷”“人才贷”等金融产品，支持科技型企业"
                "上市融资。", "区金融办", "区财政局、区科技局", "持续推进"],
               ["10", "优化创新生态环境", "完善科技成果转化收益分配机制，建设概念验证中心和中试平台，营造鼓励创新、宽容失败"
                "的良好氛围。", "区科技局", "区司法局、区市场监管局", "2026年底前"]]
TASKS_OUTLINE = [
    ("title", "某某区加快发展新质生产力三年行动方案（2024—2026年）"),
    ("paragraph", "为深入贯彻落实党中央、国务院关于发展新质生产力的决策部署，加快推动全区经济高质量发展，根据省、市有关"
                  "文件精神，结合我区实际，制定本方案。"),
    ("head", "一、总体要求"),
    ("paragraph", "{}"),
    ("paragraph", "到2026年，全区高新技术企业达到500家，规模以上工业企业研发机构覆盖率达到55%，数字经济核心产业增加值占"
                  "地区生产总值比重达到12%，新质生产力成为推动全区高质量发展的重要引擎。"),
    ("head", "二、重点任务"),
    ("paragraph", "{}"),
    ("paragraph", "围绕上述目标，全区重点实施科技创新策源、产业集群培育、数字赋能提升、人才引育集聚四大工程，具体任务分工"
                  "详见附件。"),
    ("head", "三、保障措施"),
    ("led", "（一）加强组织领导。{}"),
    ("led", "（二）强化要素保障。{}"),
    ("led", "（三）严格督查考核。区委督查室、区政府督查室要将本方案落实情况纳入年度督查计划，定期通报工作进展，确保"
            "各项任务落地见效。"),
    ("label", "附件"),
    ("table_title", "某某区加快发展新质生产力重点任务分工表"),
    ("table", "")]
TASKS_KINDS = {"title": "title", "paragraph": "paragraph", "head": "heading", "led": "paragraph", "label": "heading",
               "table_title": "title"}
TASKS_PARAGRAPHS = sum(text.count("{}") for _, text in TASKS_OUTLINE)


def _tasks_items(drawn: list[str]) -> list[dict]:
    outline = [entry for entry in TASKS_OUTLINE if entry[0] != "table"]
    rows = [{"kind": "table_row", "text": "\t".join(row), "cells": row, "style": "table"} for row in TASKS_TABLE]
    return _b25_items(outline, drawn, TASKS_PARAGRAPHS, TASKS_KINDS) + rows


def typeset_tasks(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in TASKS_MARGINS_MM)
    l_side, l_top, l_bottom = (m * mm for m in TASKS_LANDSCAPE_MARGINS_MM)
    l_width, l_height = height, width
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 16, 26, alignment=1, spaceAfter=leading),
              "paragraph": body, "led": body,
              "head": _styled(BOLD_FONT, "head", 13, 22, spaceBefore=6, spaceAfter=2),
              "label": _styled(BOLD_FONT, "label", 14, 22, spaceAfter=4),
              "table_title": _styled(BOLD_FONT, "table_title", 16, 26, alignment=1, spaceAfter=10)}
    rows = [i for i in items if i["kind"] == "table_row"]
    text_items = [i for i in items if i["kind"] != "table_row"]
    _b25_checked(text_items, styles, TASKS_OUTLINE, text_width)
    widths = [w * mm for w in TASKS_WIDTHS_MM]
    assert sum(widths) <= l_width - 2 * l_side + 0.01, sum(widths)
    head = _styled(BOLD_FONT, "cell_head", TASKS_CELL_PT, 18, alignment=1)
    centred = _styled(font, "cell_centred", TASKS_CELL_PT, 18, alignment=1)
    cell = _styled(font, "cell", TASKS_CELL_PT, 18)
    wrapped = []
    for r, row in enumerate(rows):
        for text in row["cells"]:
            assert not _badly_broken(_escaped(text), cell, 0 or 1e6), text
        for text, w in zip(row["cells"], widths):
            assert not _badly_broken(_escaped(text), cell, w - 12), text
        wrapped.append(_cells_wrap_evenly(row["cells"], widths, cell))
    assert wrapped[0] == [1] * 6, wrapped
    assert all(lines[0] == 1 and lines[5] == 1 and lines[2] in (3, 4) for lines in wrapped[1:]), wrapped
    assert sum(lines[1] == 2 for lines in wrapped[1:]) >= 5, wrapped

    def grid() -> Table:
        data = []
        for r, row in enumerate(rows):
            cell_styles = [head] * 6 if r == 0 else [centred, cell, cell, cell, cell, centred]
            data.append([Paragraph(_escaped(text), style) for text, style in zip(row["cells"], cell_styles)])
        table = Table(data, colWidths=widths, repeatRows=0)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.75, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return table

    story: list = []
    for item in text_items:
        if item["style"] == "label":  # the attachment opens a landscape page
            story += [NextPageTemplate("landscape"), PageBreak()]
        story += _b25_story([item], styles, leading)
    story.append(grid())
    landscape_pages: list[int] = []

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 10.5)
        canvas.drawCentredString(canvas._pagesize[0] / 2, 12 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    def landscape_furniture(canvas, doc) -> None:
        landscape_pages.append(doc.page)
        furniture(canvas, doc)

    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=layout.size)
    portrait = PageTemplate("portrait", [Frame(side, bottom, width - 2 * side, height - top - bottom, id="portrait")],
                            onPage=furniture)
    landscape = PageTemplate("landscape", [Frame(l_side, l_bottom, l_width - 2 * l_side, l_height - l_top - l_bottom,
                                                 id="landscape")], onPage=landscape_furniture,
                             pagesize=(l_width, l_height))
    doc.addPageTemplates([portrait, landscape])
    doc.build(story)
    assert doc.page == 4 and landscape_pages == [3, 4], (doc.page, landscape_pages)
    return out.getvalue()


def twenty_sixth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 122 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (CONGRESS_LAYOUT, CONGRESS_PARAGRAPHS + 2, _congress_items, typeset_congress, _gold),
            (CHAMBER_LAYOUT, CHAMBER_PARAGRAPHS + 2, _chamber_items, typeset_chamber, _gold),
            (SURVEYLIT_LAYOUT, SURVEYLIT_PARAGRAPHS + 2, _surveylit_items, typeset_surveylit, _gold),
            (TASKS_LAYOUT, TASKS_PARAGRAPHS + 2, _tasks_items, typeset_tasks, _cases_gold)):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- A twenty-seventh batch of four held-out layouts, appended after the 126 above (their paragraphs come from the
# shared rng after those, so the 126 come out byte for byte as before), made blind to the cleaner (its code, tests and
# scores unread). As in the batches before, text is escaped for ReportLab's markup, the gold keeps the text as printed,
# block by block (bold, colour or a run-in lead's weight is layout, not text; a note's raised mark is left out of the
# line it follows; page furniture is not in the gold), each layout draws two paragraphs more than it sets and sets the
# first that the font prints whole, first those without an enumerator of their own (_unnumbered_first), passing over
# those that open with a speaker's label (_unlabelled), and a text written here takes the next drawn paragraph where it
# holds `{}` (_b25_items: a `led` entry's lead ends at its first `。`, a `note` entry's at its first `：`). Written text
# keeps out the middle dot `·`. All four are mostly running text in one column: a central state-owned enterprise's news
# release as its website prints it (no browser furniture), a Hong Kong think tank's commentary by two authors, a county
# party school's lecture transcript (党课讲稿) in a speech's large type, and a research institute's working paper's first
# pages with a cover-like title block and a note at the foot of page 1.


# 1. A central state-owned enterprise's news release (集团要闻) on its website, saved as PDF from the browser with its
# headers and footers turned off (A4; the site's content column 18 mm from either edge, 14 mm top and bottom; 12 pt on a
# 22 pt leading, first-line indent 2 characters, 8 pt after each paragraph, justified: the site's CSS). At the top of
# page 1, in a dark red band across the column: the site's name `中国某某集团有限公司` (20 pt, bold, white; kind boilerplate: the
# site's chrome, printed on each of its pages) over its menu `首页　集团概况　新闻中心　科技创新　党的建设　社会责任　信息公开` (10.5 pt, white; kind
# boilerplate); the breadcrumb `当前位置：首页 > 新闻中心 > 集团要闻` (9 pt, grey; kind boilerplate, as
# letter_gov_info_disclosure_print's); the title `中国某某集团召开加快发展新质生产力工作推进会` (18 pt, bold, centred; kind title) over the
# meta line `发布时间：2024-04-18　来源：集团科技创新部` (10 pt, grey, centred; kind dateline, as
# a4_gov_website_policy_interpretation's) and a thin grey rule. Then an opening written here (`4月17日，…`), two drawn
# paragraphs (001, 003), a photo (an empty grey box, 96 x 54 mm, centred) kept with its caption
# `图为集团“创新领航”行动计划发布现场。（王某某　摄）` (10.5 pt, centred; kind caption); a paragraph written here quoting the chairman
# (`集团党组书记、董事长刘某某在讲话中指出，“…”`); two drawn paragraphs; figures written here (`2023年，集团研发经费投入…`) and a closing written
# here (`会议以视频形式召开。…`) (kind paragraph each). Flush right, `（责任编辑：孙某某）` (10.5 pt; kind byline, as the interpretation's)
# and `【打印本页】　【关闭窗口】` (10 pt; kind boilerplate, as the letter print's); under a thin grey rule the site's footer,
# centred, `版权所有：中国某某集团有限公司　地址：北京市西城区某某大街1号` and `京ICP备05012345号-1　京公网安备11010202001234号` (9 pt, grey; kind boilerplate
# each). No page furniture: the browser's headers and footers were turned off.
SOENEWS_LAYOUT = Layout("a4_soe_website_news_release_print", FONT, A4, 12, 22, 2, 8, None, None, ("001", "003"))
SOENEWS_MARGINS_MM = (18, 14, 14)  # left and right, top, bottom
SOENEWS_PHOTO_MM = (96, 54)  # width, height
SOENEWS_RED = colors.Color(0.62, 0.06, 0.08)
SOENEWS_GREY = colors.Color(0.4, 0.4, 0.4)
SOENEWS_OUTLINE = [
    ("site", "中国某某集团有限公司"),
    ("menu", "首页　集团概况　新闻中心　科技创新　党的建设　社会责任　信息公开"),
    ("crumbs", "当前位置：首页 > 新闻中心 > 集团要闻"),
    ("title", "中国某某集团召开加快发展新质生产力工作推进会"),
    ("meta", "发布时间：2024-04-18　来源：集团科技创新部"),
    ("paragraph", "4月17日，集团在北京召开加快发展新质生产力工作推进会，深入学习贯彻习近平总书记关于发展新质生产力的重要"
                  "论述，总结近年来集团科技创新工作成效，发布“创新领航”行动计划，部署推进关键核心技术攻关、战略性新兴产业培育"
                  "和传统产业转型升级等重点任务。"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("caption", "图为集团“创新领航”行动计划发布现场。（王某某　摄）"),
    ("paragraph", "集团党组书记、董事长刘某某在讲话中指出，“发展新质生产力是中央企业义不容辞的责任。集团上下要牢牢把握科技"
                  "创新这个核心要素，坚决当好国家战略科技力量，在加快发展新质生产力中勇当排头兵。”"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "2023年，集团研发经费投入达到86.5亿元，同比增长14.3%，研发投入强度提高到3.2%；新增授权发明专利1260件，"
                  "牵头承担国家重点研发计划项目11项，战略性新兴产业营业收入占比达到28.6%。"),
    ("paragraph", "会议以视频形式召开。集团总部各部门负责人在主会场参加会议，各二级单位主要负责人和科技工作负责人在分会场"
                  "参加会议。"),
    ("editor", "（责任编辑：孙某某）"),
    ("tools", "【打印本页】　【关闭窗口】"),
    ("copyright", "版权所有：中国某某集团有限公司　地址：北京市西城区某某大街1号"),
    ("icp", "京ICP备05012345号-1　京公网安备11010202001234号")]
SOENEWS_KINDS = {"site": "boilerplate", "menu": "boilerplate", "crumbs": "boilerplate", "title": "title",
                 "meta": "dateline", "paragraph": "paragraph", "caption": "caption", "editor": "byline",
                 "tools": "boilerplate", "copyright": "boilerplate", "icp": "boilerplate"}
SOENEWS_PARAGRAPHS = sum(text.count("{}") for _, text in SOENEWS_OUTLINE)


def _soenews_items(drawn: list[str]) -> list[dict]:
    return _b25_items(SOENEWS_OUTLINE, drawn, SOENEWS_PARAGRAPHS, SOENEWS_KINDS)


def typeset_soenews(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in SOENEWS_MARGINS_MM)
    text_width = width - 2 * side - 12
    photo_w, photo_h = (m * mm for m in SOENEWS_PHOTO_MM)
    styles = {"site": _styled(BOLD_FONT, "site", 20, 28, textColor=colors.white),
              "menu": _styled(font, "menu", 10.5, 16, textColor=colors.white),
              "crumbs": _styled(font, "crumbs", 9, 14, textColor=SOENEWS_GREY, spaceBefore=6, spaceAfter=10),
              "title": _styled(BOLD_FONT, "title", 18, 28, alignment=1, spaceAfter=4),
              "meta": _styled(font, "meta", 10, 16, alignment=1, textColor=SOENEWS_GREY),
              "paragraph": _body_style(layout),
              "caption": _styled(font, "caption", 10.5, 16, alignment=1, spaceBefore=4, spaceAfter=12),
              "editor": _styled(font, "editor", 10.5, 18, alignment=2, spaceBefore=4),
              "tools": _styled(font, "tools", 10, 16, alignment=2, spaceBefore=2, spaceAfter=10),
              "copyright": _styled(font, "copyright", 9, 15, alignment=1, textColor=SOENEWS_GREY, spaceBefore=6),
              "icp": _styled(font, "icp", 9, 15, alignment=1, textColor=SOENEWS_GREY)}
    band_items, rest = items[:2], items[2:]
    assert [i["style"] for i in band_items] == ["site", "menu"]
    _one_line_each(band_items, styles, text_width - 16)
    _b25_checked(rest, styles, SOENEWS_OUTLINE, text_width)
    band = Table([[Paragraph(_escaped(i["text"]), styles[i["style"]])] for i in band_items],
                 colWidths=[width - 2 * side])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SOENEWS_RED),
                              ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                              ("TOPPADDING", (0, 0), (0, 0), 10), ("BOTTOMPADDING", (0, 0), (0, 0), 2),
                              ("TOPPADDING", (0, 1), (0, 1), 2), ("BOTTOMPADDING", (0, 1), (0, 1), 8)]))
    story: list = [band]
    for item in rest:
        style = item["style"]
        if style == "caption":
            photo = Table([[_photo(photo_w, photo_h)]], colWidths=[width - 2 * side],
                          style=[("ALIGN", (0, 0), (-1, -1), "CENTER")])
            story.append(KeepTogether([photo, Paragraph(_escaped(item["text"]), styles["caption"])]))
            continue
        if style == "copyright":
            story.append(HRFlowable(width="100%", thickness=0.5, color=SOENEWS_GREY, spaceBefore=4, spaceAfter=2))
        story += _b25_story([item], styles, leading)
        if style == "meta":
            story.append(HRFlowable(width="100%", thickness=0.5, color=SOENEWS_GREY, spaceBefore=6, spaceAfter=12))

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=layout.size, leftMargin=side, rightMargin=side, topMargin=top,
                            bottomMargin=bottom)
    doc.build(story)
    assert 2 <= doc.page <= 3, doc.page
    return out.getvalue()


# 2. A Hong Kong think tank's policy commentary (政策評論) by two authors, Traditional, as the think tank's PDF prints it
# (A4; 24 mm left and right, 30 mm top, 26 mm bottom; 11 pt on a 19 pt leading, no indent, 9 pt after each paragraph,
# justified, as Hong Kong's publications often set it). The title `把握新質生產力機遇　鞏固香港創科優勢` (18 pt, bold, flush left; kind
# title); the authors, each on a line of their own with their affiliation, `陳某某　某某智庫首席研究員` and `黃某某　香港某某大學公共政策學院助理教授`
# (10.5 pt, flush left; kind byline each); `2024年5月8日` (10 pt, grey; kind dateline) over a teal rule. An opening written
# here (`今年全國兩會…本文嘗試提出幾點看法。`); subheads `新質生產力的要義` / `香港的角色與優勢` / `三點政策建議` (12 pt, bold, teal, flush left; kind heading,
# kept with two lines); under the first two drawn paragraphs (000, 002); under the second one written here
# (`…香港本地研發總開支佔本地生產總值的比率長期徘徊在1%左右…`) and a drawn paragraph; under the third three paragraphs whose bold run-in lead is
# `第一，強化產學研協同，打通成果轉化鏈條。` / `第二，用好「北部都會區」發展空間。` / `第三，發揮國際金融中心優勢，為創科企業提供多元融資。` + a drawn paragraph (kind paragraph, the
# lead kept), then a closing written here (`…為國家發展新質生產力作出香港貢獻。`). At the end, under a thin rule, in 9 pt grey on 14 pt,
# the authors' notes `陳某某為某某智庫首席研究員，…。` and `黃某某為香港某某大學…。` (kind byline each, as a4_tw_daily_opinion_piece_trad's
# `（作者為…）`) and `本文僅代表作者個人觀點，不代表某某智庫立場。` (kind boilerplate, as a4_policy_brief_summary_box's). Furniture (drawn before
# the page's text): `某某智庫　政策評論` top left and `第35期` top right (9 pt, teal) over a thin teal rule;
# `www.moumou-thinktank.org.hk` bottom left and the page number bottom right (8 pt, grey).
HKJOINT_LAYOUT = Layout("a4_hk_think_tank_joint_commentary_trad", FONT, A4, 11, 19, 0, 9,
                        ("某某智庫　政策評論", "第35期"), "{page}", ("000", "002"))
HKJOINT_MARGINS_MM = (24, 30, 26)  # left and right, top, bottom
HKJOINT_TEAL = colors.Color(0.0, 0.42, 0.45)
HKJOINT_GREY = colors.Color(0.38, 0.38, 0.38)
HKJOINT_SITE = "www.moumou-thinktank.org.hk"
HKJOINT_OUTLINE = [
    ("title", "把握新質生產力機遇　鞏固香港創科優勢"),
    ("author", "陳某某　某某智庫首席研究員"),
    ("author", "黃某某　香港某某大學公共政策學院助理教授"),
    ("date", "2024年5月8日"),
    ("paragraph", "今年全國兩會把「大力推進現代化產業體系建設，加快發展新質生產力」列為政府工作十大任務之首。香港作為"
                  "國際金融中心和擁有多所世界一流大學的城市，在國家發展新質生產力的進程中應如何找準定位、發揮所長？本文"
                  "嘗試提出幾點看法。"),
    ("head", "新質生產力的要義"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("head", "香港的角色與優勢"),
    ("paragraph", "香港擁有五所位列全球前一百名的大學，基礎研究實力雄厚，但成果轉化一直是短板。香港本地研發總開支佔本地"
                  "生產總值的比率長期徘徊在1%左右，其中工商機構的研發投入不足一半，與先進經濟體普遍2%至3%的水平相比仍有"
                  "明顯差距。"),
    ("paragraph", "{}"),
    ("head", "三點政策建議"),
    ("led", "第一，強化產學研協同，打通成果轉化鏈條。{}"),
    ("led", "第二，用好「北部都會區」發展空間。{}"),
    ("led", "第三，發揮國際金融中心優勢，為創科企業提供多元融資。{}"),
    ("paragraph", "發展新質生產力是一項長期工程，既需要中央的政策支持，也需要特區政府、業界和學界的共同努力。香港只要"
                  "把握好自身定位，積極對接國家所需，定能在新一輪科技革命和產業變革中贏得先機，為國家發展新質生產力作出香港"
                  "貢獻。"),
    ("bio", "陳某某為某某智庫首席研究員，研究範疇包括創新科技政策及區域經濟。"),
    ("bio", "黃某某為香港某某大學公共政策學院助理教授，研究範疇包括產業政策及科技治理。"),
    ("disclaimer", "本文僅代表作者個人觀點，不代表某某智庫立場。")]
HKJOINT_KINDS = {"title": "title", "author": "byline", "date": "dateline", "paragraph": "paragraph",
                 "head": "heading", "led": "paragraph", "bio": "byline", "disclaimer": "boilerplate"}
HKJOINT_PARAGRAPHS = sum(text.count("{}") for _, text in HKJOINT_OUTLINE)


def _hkjoint_items(drawn: list[str]) -> list[dict]:
    return _b25_items(HKJOINT_OUTLINE, drawn, HKJOINT_PARAGRAPHS, HKJOINT_KINDS)


def typeset_hkjoint(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in HKJOINT_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 18, 28, spaceAfter=8),
              "author": _styled(font, "author", 10.5, 17),
              "date": _styled(font, "date", 10, 17, textColor=HKJOINT_GREY, spaceBefore=2),
              "paragraph": body, "led": body,
              "head": _styled(BOLD_FONT, "head", 12, 20, textColor=HKJOINT_TEAL, spaceBefore=6, spaceAfter=6),
              "bio": _styled(font, "bio", 9, 14, textColor=HKJOINT_GREY),
              "disclaimer": _styled(font, "disclaimer", 9, 14, textColor=HKJOINT_GREY, spaceBefore=4)}
    _b25_checked(items, styles, HKJOINT_OUTLINE, text_width)
    story: list = []
    for item in items:
        if item is next(i for i in items if i["style"] == "bio"):  # the authors' notes under a thin rule
            story.append(HRFlowable(width="100%", thickness=0.5, color=HKJOINT_GREY, spaceBefore=10, spaceAfter=6))
        story += _b25_story([item], styles, leading)
        if item["style"] == "date":
            story.append(HRFlowable(width="100%", thickness=1, color=HKJOINT_TEAL, spaceBefore=6, spaceAfter=12))

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.setFillColor(HKJOINT_TEAL)
        y = height - 18 * mm
        canvas.drawString(side, y, layout.header[0])
        canvas.drawRightString(width - side, y, layout.header[1])
        canvas.setStrokeColor(HKJOINT_TEAL)
        canvas.setLineWidth(0.6)
        canvas.line(side, y - 2 * mm, width - side, y - 2 * mm)
        canvas.setFont(font, 8)
        canvas.setFillColor(HKJOINT_GREY)
        canvas.drawString(side, 14 * mm, HKJOINT_SITE)
        canvas.drawRightString(width - side, 14 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    return _built(layout, story, furniture, (side, side, top, bottom), (2, 3))


# 3. A county party school's lecture transcript (党课讲稿): a county leader's Party lesson to the school's main class, as
# the school prints it for the class in a speech's large type (A4; 28 mm left, 26 mm right, 32 mm top, 30 mm bottom; 16
# pt on a 28 pt leading, first-line indent 2 characters, justified). The title `以新质生产力赋能县域高质量发展` (22 pt, bold, centred;
# kind title) over `——在县委党校2024年春季学期主体班上的专题党课` (15 pt, centred; kind heading, a `——` line under a title), the speaker
# `县委副书记、县委党校校长　李某某` (15 pt, centred; kind byline) over `（2024年3月26日）` (15 pt, centred; kind dateline), one line's space
# under them; the salutation `同志们：` flush left (kind paragraph, as b5_speech_transcript's); an opening written here
# ending `…和同志们共同学习。`; heads `一、深刻认识发展新质生产力的重大意义` / `二、准确把握新质生产力的科学内涵` / `三、立足县情实际推动新质生产力加快发展` (bold, the body's size,
# indented 2 characters; kind heading, kept with two lines). Under them 2, 3 and 3 paragraphs whose bold run-in lead is
# numbered afresh under each head, `（一）这是推动高质量发展的内在要求。` … + a drawn paragraph (001), the last, `（三）党员干部要提升本领、担当作为。`, +
# sentences written here (kind paragraph each, the lead kept); a closing written here opening `同志们，` and ending `…请同志们批评
# 指正。` (kind paragraph). Furniture (12 pt, drawn before the page's text): `- N -` centred at the bottom; no header.
PARTYLESSON_LAYOUT = Layout("a4_county_party_school_party_lesson", FONT, A4, 16, 28, 2, 0, None, "- {page} -", ("001",))
PARTYLESSON_MARGINS_MM = (28, 26, 32, 30)  # left, right, top, bottom
PARTYLESSON_OUTLINE = [
    ("title", "以新质生产力赋能县域高质量发展"),
    ("subtitle", "——在县委党校2024年春季学期主体班上的专题党课"),
    ("speaker", "县委副书记、县委党校校长　李某某"),
    ("date", "（2024年3月26日）"),
    ("salutation", "同志们："),
    ("paragraph", "今天，我们在县委党校春季学期主体班上，一起学习交流发展新质生产力这个重大课题。对我们这样一个以农业和"
                  "传统制造业为主的县来说，怎样理解新质生产力、如何发展新质生产力，是摆在全县各级党员干部面前的一道必答题。"
                  "下面，我讲三个方面的认识，和同志们共同学习。"),
    ("head", "一、深刻认识发展新质生产力的重大意义"),
    ("led", "（一）这是推动高质量发展的内在要求。{}"),
    ("led", "（二）这是赢得发展主动权的战略选择。{}"),
    ("head", "二、准确把握新质生产力的科学内涵"),
    ("led", "（一）科技创新是核心要素。{}"),
    ("led", "（二）产业升级是重要载体。{}"),
    ("led", "（三）人才是第一资源。{}"),
    ("head", "三、立足县情实际推动新质生产力加快发展"),
    ("led", "（一）坚持因地制宜，不搞一哄而上。{}"),
    ("led", "（二）改造提升传统产业，不能简单退出。{}"),
    ("led", "（三）党员干部要提升本领、担当作为。发展新质生产力，关键在人，关键在干部。全县各级党员干部要加强学习，"
            "主动学科技、懂产业、会服务，把新的发展理念落实到招商引资、项目建设和企业服务的每一个环节中去。"),
    ("paragraph", "同志们，发展新质生产力是一项长期任务，也是一场深刻变革。我们要进一步统一思想、鼓足干劲，以只争朝夕的"
                  "精神抓好各项工作落实，推动全县高质量发展不断迈上新台阶。以上是我的一些学习体会，不妥之处，请同志们批评"
                  "指正。")]
PARTYLESSON_KINDS = {"title": "title", "subtitle": "heading", "speaker": "byline", "date": "dateline",
                     "salutation": "paragraph", "paragraph": "paragraph", "head": "heading", "led": "paragraph"}
PARTYLESSON_PARAGRAPHS = sum(text.count("{}") for _, text in PARTYLESSON_OUTLINE)


def _partylesson_items(drawn: list[str]) -> list[dict]:
    return _b25_items(PARTYLESSON_OUTLINE, drawn, PARTYLESSON_PARAGRAPHS, PARTYLESSON_KINDS)


def typeset_partylesson(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    left, right, top, bottom = (m * mm for m in PARTYLESSON_MARGINS_MM)
    text_width = width - left - right - 12
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 22, 34, alignment=1, spaceAfter=4),
              "subtitle": _styled(font, "subtitle", 15, 26, alignment=1, spaceAfter=6),
              "speaker": _styled(font, "speaker", 15, 26, alignment=1),
              "date": _styled(font, "date", 15, 26, alignment=1, spaceAfter=leading),
              "salutation": _styled(font, "salutation", pt, leading),
              "paragraph": body, "led": body,
              "head": _styled(BOLD_FONT, "head", pt, leading, firstLineIndent=2 * pt)}
    _b25_checked(items, styles, PARTYLESSON_OUTLINE, text_width)
    story = _b25_story(items, styles, leading)

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 12)
        canvas.drawCentredString(width / 2, 16 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    return _built(layout, story, furniture, (left, right, top, bottom), (3, 4))


# 4. A research institute's working paper (工作论文), its first pages, as the institute's Word file prints it (A4; Word's
# default margins, 31.8 mm left and right, 25.4 mm top and bottom; 10.5 pt on a 20 pt leading, first-line indent 2
# characters, justified). A cover-like title block at the top of page 1: the series `某某研究院工作论文` (15 pt, bold, dark blue,
# flush left; kind byline: it names the series, as a3_provincial_daily_front_page_report's masthead) over its number
# `Working Paper No. 2024-07` (10 pt, dark blue, flush left; kind byline, as a4_think_tank_brief's issue) and a 2 pt
# dark blue rule; the title `数据要素赋能新质生产力发展的机制与路径` (18 pt, bold, centred; kind title) with a raised `*` after it (left
# out of the gold, as a note's mark); the authors `王某某　李某某` (12 pt, centred; kind byline) over `2024年7月` (10.5 pt,
# centred; kind dateline); `摘要：` (bold) + a text written here, `关键词：` (bold) + four terms and `JEL分类号：` (bold) + three
# codes (9.5 pt on 16 pt, 2 characters in on both sides, no indent; kind paragraph each, the label kept) over a thin
# rule. Then heads numbered in Arabic, the number, a space and the words, `1 引言` / `2 文献综述` / `3 理论分析与研究假说` (12 pt,
# bold, flush left; kind heading, kept with two lines), under the second `2.1 新质生产力的内涵与测度` / `2.2 数据要素的经济效应` / `2.3
# 文献评述` and under the third `3.1 数据要素的直接赋能效应` / `3.2 数据要素的协同效应与产业升级效应` (10.5 pt, bold, flush left; kind heading, kept
# with two lines), over paragraphs: under `1 引言` figures written here (`据《数字中国发展报告（2023年）》，…`), a drawn paragraph (001,
# 004) and the paper's plan written here (`本文其余部分安排如下：…`); under 2.1 two drawn, under 2.2 one, under 2.3 a review
# written here (`综上所述，…`); under `3 …` a lead-in written here (`数据要素赋能新质生产力发展，既有直接效应，…`), under 3.1 a drawn paragraph,
# under 3.2 a drawn paragraph and the hypothesis written here (`基于上述分析，本文提出如下研究假说：…`) (kind paragraph each); the excerpt
# ends there, on page 3. The title's note `* 基金项目：…。作者简介：…。…不代表所在机构观点。` (8 pt on 12 pt, three lines, justified, under a
# 40 mm rule) at the foot of page 1, drawn after its text (kind footnote, the mark kept, listed last in the gold).
# Furniture (drawn before the page's text): from page 2 on, `某某研究院工作论文` top left and the title top right (8 pt, grey)
# over a thin rule; the page number centred at the bottom of every page (9 pt).
WORKPAPER_LAYOUT = Layout("a4_institute_working_paper_first_pages", FONT, A4, 10.5, 20, 2, 0,
                          ("某某研究院工作论文", "数据要素赋能新质生产力发展的机制与路径"), "{page}", ("001", "004"))
WORKPAPER_MARGINS_MM = (31.8, 25.4, 25.4)  # left and right, top, bottom
WORKPAPER_NOTE_FRAME_MM = 18  # the first page's text stands this much higher, over the note
WORKPAPER_BLUE = colors.Color(0.1, 0.2, 0.45)
WORKPAPER_GREY = colors.Color(0.4, 0.4, 0.4)
WORKPAPER_NOTE = ("* 基金项目：某某研究院2024年度重点课题“数据要素驱动新质生产力发展研究”（2024ZD07）。作者简介：王某某，"
                  "某某研究院宏观经济研究所副研究员；李某某，某某研究院宏观经济研究所助理研究员。工作论文系未定稿，仅供讨论，"
                  "文责自负，不代表所在机构观点。")
WORKPAPER_OUTLINE = [
    ("series", "某某研究院工作论文"),
    ("number", "Working Paper No. 2024-07"),
    ("title", "数据要素赋能新质生产力发展的机制与路径"),
    ("authors", "王某某　李某某"),
    ("date", "2024年7月"),
    ("note", "摘要：数据作为新型生产要素，正在深刻改变生产方式和产业形态。本文在梳理新质生产力与数据要素相关文献的基础上，"
             "从直接赋能、要素协同和产业升级三个方面分析数据要素推动新质生产力发展的作用机制，并提出相应的研究假说，为后续"
             "实证检验和政策设计提供理论基础。"),
    ("note", "关键词：数据要素；新质生产力；全要素生产率；数字经济"),
    ("note", "JEL分类号：O33；O47；E22"),
    ("head", "1 引言"),
    ("paragraph", "据《数字中国发展报告（2023年）》，2023年我国数据生产总量达到32.85泽字节，同比增长22.44%；数字经济核心"
                  "产业增加值占国内生产总值比重达到10%左右。数据要素的规模优势和应用潜力，正在为新质生产力发展提供新的动力"
                  "源泉。"),
    ("paragraph", "{}"),
    ("paragraph", "本文其余部分安排如下：第2部分对新质生产力和数据要素的相关文献进行梳理与评述；第3部分从直接赋能、要素协同"
                  "和产业升级三个方面进行理论分析，并提出研究假说；第4部分介绍研究设计，包括模型设定、变量选取和数据来源；"
                  "第5部分报告实证结果并进行稳健性检验；第6部分为结论与政策建议。"),
    ("head", "2 文献综述"),
    ("sub", "2.1 新质生产力的内涵与测度"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("sub", "2.2 数据要素的经济效应"),
    ("paragraph", "{}"),
    ("sub", "2.3 文献评述"),
    ("paragraph", "综上所述，已有研究对新质生产力的内涵和数据要素的经济效应进行了较为充分的讨论，但将二者纳入统一框架、"
                  "系统分析数据要素赋能新质生产力作用机制的研究仍不多见。本文的边际贡献在于，从直接赋能、要素协同和产业升级"
                  "三个维度构建理论分析框架，深化对二者关系的认识。"),
    ("head", "3 理论分析与研究假说"),
    ("paragraph", "数据要素赋能新质生产力发展，既有直接效应，也有通过与劳动、资本、技术等其他要素协同以及推动产业结构升级"
                  "而产生的间接效应。下面分别加以分析。"),
    ("sub", "3.1 数据要素的直接赋能效应"),
    ("paragraph", "{}"),
    ("sub", "3.2 数据要素的协同效应与产业升级效应"),
    ("paragraph", "{}"),
    ("paragraph", "基于上述分析，本文提出如下研究假说：数据要素投入能够显著提升地区新质生产力发展水平，且这一效应在数字"
                  "基础设施较为完善的地区更为明显。"),
    ("footnote", WORKPAPER_NOTE)]
WORKPAPER_KINDS = {"series": "byline", "number": "byline", "title": "title", "authors": "byline", "date": "dateline",
                   "note": "paragraph", "head": "heading", "sub": "heading", "paragraph": "paragraph",
                   "footnote": "footnote"}
WORKPAPER_PARAGRAPHS = sum(text.count("{}") for _, text in WORKPAPER_OUTLINE)


def _workpaper_items(drawn: list[str]) -> list[dict]:
    return _b25_items(WORKPAPER_OUTLINE, drawn, WORKPAPER_PARAGRAPHS, WORKPAPER_KINDS)


def typeset_workpaper(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in WORKPAPER_MARGINS_MM)
    text_width = width - 2 * side - 12
    styles = {"series": _styled(BOLD_FONT, "series", 15, 22, textColor=WORKPAPER_BLUE),
              "number": ParagraphStyle("number", fontName=font, fontSize=10, leading=15, textColor=WORKPAPER_BLUE),
              "title": _styled(BOLD_FONT, "title", 18, 28, alignment=1, spaceAfter=6),
              "authors": _styled(font, "authors", 12, 20, alignment=1),
              "date": _styled(font, "date", 10.5, 18, alignment=1, spaceAfter=10),
              "note": _styled(font, "note", 9.5, 16, alignment=4, leftIndent=2 * pt, rightIndent=2 * pt, spaceAfter=2),
              "head": _styled(BOLD_FONT, "head", 12, 20, spaceBefore=8, spaceAfter=4),
              "sub": _styled(BOLD_FONT, "sub", pt, leading, spaceBefore=4, spaceAfter=2),
              "paragraph": _body_style(layout),
              "footnote": _styled(font, "footnote", 8, 12, alignment=4)}
    text_items = [i for i in items if i["kind"] != "footnote"]
    notes = [i for i in items if i["style"] == "note"]
    assert [i["text"] for i in items if i["kind"] == "footnote"] == [WORKPAPER_NOTE]
    _b25_checked([i for i in text_items if i["style"] not in ("note", "title")], styles, WORKPAPER_OUTLINE, text_width)
    _b25_checked(notes, styles, WORKPAPER_OUTLINE, text_width - 2 * pt)
    title_markup = _escaped(next(i["text"] for i in items if i["style"] == "title")) + "<super>*</super>"
    assert _wrapped_lines(title_markup, styles["title"], text_width) == 1
    note = Paragraph(_escaped(WORKPAPER_NOTE), styles["footnote"])
    assert note.wrap(width - 2 * side, height)[1] == 3 * 12
    assert not _badly_broken(_escaped(WORKPAPER_NOTE), styles["footnote"], width - 2 * side)
    story: list = []
    for item in text_items:
        if item["style"] == "title":
            story.append(Paragraph(title_markup, styles["title"]))
            continue
        story += _b25_story([item], styles, leading)
        if item["style"] == "number":
            story.append(HRFlowable(width="100%", thickness=2, color=WORKPAPER_BLUE, spaceBefore=4, spaceAfter=16))
        if item is notes[-1]:
            story.append(HRFlowable(width="100%", thickness=0.5, color=WORKPAPER_GREY, spaceBefore=8, spaceAfter=8))

    def page_start(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(width / 2, 14 * mm, layout.footer.format(page=doc.page))
        if doc.page > 1:
            y = height - 17 * mm
            canvas.setFont(font, 8)
            canvas.setFillColor(WORKPAPER_GREY)
            canvas.drawString(side, y, layout.header[0])
            canvas.drawRightString(width - side, y, layout.header[1])
            canvas.setStrokeColor(WORKPAPER_GREY)
            canvas.setLineWidth(0.5)
            canvas.line(side, y - 1.5 * mm, width - side, y - 1.5 * mm)
        canvas.restoreState()

    def page_end(canvas, doc) -> None:  # the title's note, drawn after the first page's text
        if doc.page == 1:
            canvas.saveState()
            y = bottom + WORKPAPER_NOTE_FRAME_MM * mm - 3 * mm
            canvas.setLineWidth(0.5)
            canvas.line(side, y, side + 40 * mm, y)
            note.wrap(width - 2 * side, height)
            note.drawOn(canvas, side, y - 2 * mm - note.height)
            canvas.restoreState()

    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=layout.size)
    raised = bottom + WORKPAPER_NOTE_FRAME_MM * mm
    doc.addPageTemplates([
        PageTemplate("first", [Frame(side, raised, width - 2 * side, height - top - raised, id="first")],
                     onPage=page_start, onPageEnd=page_end, autoNextPageTemplate="later"),
        PageTemplate("later", [Frame(side, bottom, width - 2 * side, height - top - bottom, id="body")],
                     onPage=page_start, onPageEnd=page_end)])
    doc.build(story)
    assert 3 <= doc.page <= 4, doc.page
    return out.getvalue()


def twenty_seventh_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 126 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (SOENEWS_LAYOUT, SOENEWS_PARAGRAPHS + 2, _soenews_items, typeset_soenews, _gold),
            (HKJOINT_LAYOUT, HKJOINT_PARAGRAPHS + 2, _hkjoint_items, typeset_hkjoint, _gold),
            (PARTYLESSON_LAYOUT, PARTYLESSON_PARAGRAPHS + 2, _partylesson_items, typeset_partylesson, _gold),
            (WORKPAPER_LAYOUT, WORKPAPER_PARAGRAPHS + 2, _workpaper_items, typeset_workpaper, _gold)):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- A twenty-eighth batch of four held-out layouts, appended after the 130 above (their paragraphs come from the
# shared rng after those, so the 130 come out byte for byte as before), made blind to the cleaner (its code, tests and
# scores unread). As in the batches before, text is escaped for ReportLab's markup, the gold keeps the text as printed,
# block by block (bold, colour or a run-in lead's weight is layout, not text; a note's raised number is left out of the
# line it follows; page furniture is not in the gold), each layout draws two paragraphs more than it sets and sets the
# first that the font prints whole, first those without an enumerator of their own (_unnumbered_first), passing over
# those that open with a speaker's label (_unlabelled), and a text written here takes the next drawn paragraph where it
# holds `{}` (_b25_items: a `led` entry's lead ends at its first `。`, a `note` entry's at its first `：`). Written text
# keeps out the middle dot `·`. All four are mostly running text in one column: a provincial department's notice issuing
# its year's work points (工作要点) for new quality productive forces, a Taiwan research institute's policy brief with a
# summary box and page-bottom notes, a young researcher's prize-winning essay in a contest's collection, and a county's
# press conference opening statement (发布词).


# 1. A provincial science and technology department's notice issuing its work points (印发工作要点的通知), as the
# department's Word file prints it with the work points attached (A4; 28 mm left, 26 mm right, 35 mm top, 30 mm bottom;
# 14 pt on a 24 pt leading, first-line indent 2 characters, justified). Page 1, the notice: the issuer's mark
# `某某省科学技术厅文件` (28 pt, bold, red, centred; kind byline, as a4_notice_attachments') over the number `某科发〔2024〕5号`
# (14 pt, centred; kind byline) and a red 1.5 pt rule; the title on two lines broken by sense, `关于印发《2024年全省科技系统` /
# `加快发展新质生产力工作要点》的通知` (20 pt, bold, centred; kind title, one item); the salutation `各设区市科技局，省级有关单位：`
# flush left (kind paragraph, as the notice's); one paragraph written here (`现将…印发给你们，…`); flush right 4 characters
# in, two empty lines above them, `某某省科学技术厅` (kind byline) over `2024年2月26日` (kind dateline); `（此件主动公开）` indented
# 2 characters (kind boilerplate, as the notice's). After a page break, the attachment: `附件` flush left (bold; kind
# heading, as a4_district_plan_landscape_task_table's), its title on two lines, `2024年全省科技系统` / `加快发展新质生产力工作要点`
# (20 pt, bold, centred; kind title, one item), one empty line under it; an opening written here ending `…重点抓好以下工作。`;
# heads `一、强化科技创新策源功能` / `二、推动科技创新和产业创新深度融合` / `三、壮大科技创新主体` / `四、优化科技创新生态` (bold, the body's size,
# indented 2 characters; kind heading, kept with two lines) over 3, 2, 2 and 2 tasks numbered on through the heads, each
# a paragraph whose bold run-in lead is its number and a sentence, `1.加快建设高能级创新平台。` … `9.抓好工作落实。`, + a drawn
# paragraph (001) or sentences written here, ending with its responsible units in brackets, `（牵头单位：省科技厅平台建设处）`
# (kind paragraph each, the lead and the units kept). Furniture (12 pt, drawn before the page's text): `— N —` centred at
# the bottom of every page; no header.
WORKPOINTS_LAYOUT = Layout("a4_provincial_department_work_points_notice", FONT, A4, 14, 24, 2, 0, None, "— {page} —",
                           ("001",))
WORKPOINTS_MARGINS_MM = (28, 26, 35, 30)  # left, right, top, bottom
WORKPOINTS_RED = colors.Color(0.8, 0.05, 0.05)
WORKPOINTS_TITLE_LINES = ("关于印发《2024年全省科技系统", "加快发展新质生产力工作要点》的通知")
WORKPOINTS_ANNEX_LINES = ("2024年全省科技系统", "加快发展新质生产力工作要点")
WORKPOINTS_OUTLINE = [
    ("issuer", "某某省科学技术厅文件"),
    ("number", "某科发〔2024〕5号"),
    ("title", "".join(WORKPOINTS_TITLE_LINES)),
    ("salutation", "各设区市科技局，省级有关单位："),
    ("paragraph", "现将《2024年全省科技系统加快发展新质生产力工作要点》印发给你们，请结合本地区、本单位实际，认真抓好贯彻"
                  "落实。各地各单位贯彻落实情况请于2024年12月10日前报送省科技厅办公室。"),
    ("signature", "某某省科学技术厅"),
    ("date", "2024年2月26日"),
    ("public", "（此件主动公开）"),
    ("annex", "附件"),
    ("annex_title", "".join(WORKPOINTS_ANNEX_LINES)),
    ("paragraph", "2024年，全省科技系统要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入落实"
                  "习近平总书记关于发展新质生产力的重要论述，坚持以科技创新推动产业创新，加快构建现代化产业体系，为全省"
                  "高质量发展提供有力科技支撑。重点抓好以下工作。"),
    ("head", "一、强化科技创新策源功能"),
    ("led", "1.加快建设高能级创新平台。{}（牵头单位：省科技厅平台建设处）"),
    ("led", "2.组织实施关键核心技术攻关。聚焦集成电路、人工智能、生物医药、新材料等重点领域，实施省级重大科技专项30项"
            "以上，力争在一批关键核心技术上取得突破。（牵头单位：省科技厅重大专项处）"),
    ("led", "3.加强基础研究和应用基础研究。{}（牵头单位：省科技厅基础研究处）"),
    ("head", "二、推动科技创新和产业创新深度融合"),
    ("led", "4.培育壮大战略性新兴产业和未来产业。{}（牵头单位：省科技厅高新技术处、社会发展科技处）"),
    ("led", "5.加快科技成果转化应用。全年新建省级概念验证中心10家、中试基地15家，技术合同成交额突破2000亿元，推动更多"
            "科技成果在省内落地转化。（牵头单位：省科技厅成果转化处）"),
    ("head", "三、壮大科技创新主体"),
    ("led", "6.强化企业科技创新主体地位。{}（牵头单位：省科技厅企业创新处）"),
    ("led", "7.加快集聚高水平科技人才。实施青年科技人才托举工程，全年引进培育高层次科技人才和创新团队100个以上，完善"
            "以创新价值、能力、贡献为导向的人才评价体系。（牵头单位：省科技厅人才处）"),
    ("head", "四、优化科技创新生态"),
    ("led", "8.深化科技体制机制改革。{}（牵头单位：省科技厅政策法规处）"),
    ("led", "9.抓好工作落实。各地各单位要对照本要点，细化工作举措，明确责任分工和时间节点。省科技厅将对重点任务实行"
            "清单化管理，定期调度推进情况，确保各项工作落到实处。（牵头单位：省科技厅办公室、机关党委）")]
WORKPOINTS_KINDS = {"issuer": "byline", "number": "byline", "title": "title", "salutation": "paragraph",
                    "paragraph": "paragraph", "signature": "byline", "date": "dateline", "public": "boilerplate",
                    "annex": "heading", "annex_title": "title", "head": "heading", "led": "paragraph"}
WORKPOINTS_PARAGRAPHS = sum(text.count("{}") for _, text in WORKPOINTS_OUTLINE)


def _workpoints_items(drawn: list[str]) -> list[dict]:
    return _b25_items(WORKPOINTS_OUTLINE, drawn, WORKPOINTS_PARAGRAPHS, WORKPOINTS_KINDS)


def typeset_workpoints(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    left, right, top, bottom = (m * mm for m in WORKPOINTS_MARGINS_MM)
    text_width = width - left - right - 12
    body = _body_style(layout)
    title = _styled(BOLD_FONT, "title", 20, 32, alignment=1, spaceAfter=leading)
    styles = {"issuer": _styled(BOLD_FONT, "issuer", 28, 40, alignment=1, textColor=WORKPOINTS_RED, spaceAfter=14),
              "number": _styled(font, "number", pt, leading, alignment=1),
              "title": title, "annex_title": title,
              "salutation": _styled(font, "salutation", pt, leading),
              "paragraph": body, "led": body,
              "signature": _styled(font, "signature", pt, leading, alignment=2, rightIndent=4 * pt,
                                   spaceBefore=2 * leading),
              "date": _styled(font, "date", pt, leading, alignment=2, rightIndent=4 * pt, spaceAfter=leading),
              "public": _styled(font, "public", pt, leading, firstLineIndent=2 * pt),
              "annex": _styled(BOLD_FONT, "annex", pt, leading, spaceAfter=6),
              "head": _styled(BOLD_FONT, "head", pt, leading, firstLineIndent=2 * pt)}
    for line in WORKPOINTS_TITLE_LINES + WORKPOINTS_ANNEX_LINES:
        assert _wrapped_lines(_escaped(line), title, text_width) == 1, line
    _b25_checked([i for i in items if i["kind"] != "title"], styles, WORKPOINTS_OUTLINE, text_width)
    lines = {"title": WORKPOINTS_TITLE_LINES, "annex_title": WORKPOINTS_ANNEX_LINES}
    story: list = []
    for item in items:
        style = item["style"]
        if style == "annex":
            story.append(PageBreak())
        if style in lines:
            story.append(Paragraph("<br/>".join(_escaped(line) for line in lines[style]), styles[style]))
            continue
        story += _b25_story([item], styles, leading)
        if style == "number":
            story.append(HRFlowable(width="100%", thickness=1.5, color=WORKPOINTS_RED, spaceBefore=6, spaceAfter=20))

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 12)
        canvas.drawCentredString(width / 2, 17 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    return _built(layout, story, furniture, (left, right, top, bottom), (3, 4))


# 2. A Taiwan economic research institute's policy brief (政策簡報), Traditional, as the institute's PDF prints it (A4; 22 mm
# left and right, 28 mm top, the text's frame ending 34 mm above the page's foot, the notes below it; 12 pt on a 21 pt
# leading, first-line indent 2 characters, justified). The title `中國大陸推動「新質生產力」之政策意涵與對臺影響` (18 pt, bold,
# centred; kind title) over the author `陳某某　第一研究所副研究員` (11 pt, centred; kind byline) and `2024年6月12日` (10.5 pt,
# centred; kind dateline). A framed, shaded box (light blue-grey): `摘要` (12 pt, bold, centred; kind heading, as
# a4_policy_brief_summary_box's `内容提要`) over two paragraphs written here (10.5 pt on 18 pt, no indent; kind sidebar
# each). Heads `壹、前言` / `貳、新質生產力的政策脈絡` / `參、主要推動措施` / `肆、對臺灣的影響與建議` (13 pt, bold, flush left; kind
# heading, kept with two lines; the fourth with its first subhead and two lines), under the fourth `一、可能影響` /
# `二、政策建議` (12 pt, bold, 1 character in; kind heading, kept with two lines), over paragraphs: under `壹` one written here and a drawn (000, 002); under `貳` a drawn, one
# written here (figures) and a drawn; under `參` a drawn, one written here and a drawn; under `一、` one written here;
# under `二、` a drawn and a closing written here (kind paragraph each). Four of the written ones carry a raised note
# number (1-4, numbered on through the brief) after a phrase (the gold's paragraphs without it); each note, `1 …` (8 pt,
# a line each, written here), stands at the foot of its page under a 40 mm rule, drawn after the page's text (kind
# footnote each, the number and a space kept, listed after the body in the gold, as b5_traditional_appendix_tables').
# At the end, `（本文內容僅代表作者個人觀點，不代表本院立場。）` (9.5 pt, flush right; kind boilerplate). Furniture (drawn before
# the page's text): `某某經濟研究院` top left and `政策簡報　第2024-05號` top right (9 pt, grey) over a thin rule; the page
# number centred at the bottom (9 pt).
TWBRIEF_LAYOUT = Layout("a4_tw_institute_policy_brief_trad", FONT, A4, 12, 21, 2, 0,
                        ("某某經濟研究院", "政策簡報　第2024-05號"), "{page}", ("000", "002"))
TWBRIEF_MARGINS_MM = (22, 28, 34)  # left and right, top, the frame's bottom (the notes stand below it)
TWBRIEF_GREY = colors.Color(0.4, 0.4, 0.4)
TWBRIEF_BOX = colors.Color(0.92, 0.94, 0.97)
TWBRIEF_NOTES = {1: "新華社，〈習近平在黑龍江考察調研〉，2023年9月8日。",
                 2: "中國大陸國家統計局，《2023年國民經濟和社會發展統計公報》，2024年2月29日。",
                 3: "中國大陸國務院，《政府工作報告》，2024年3月5日。",
                 4: "財政部關務署，《2023年海關進出口貿易統計》，2024年1月。"}
TWBRIEF_OUTLINE = [
    ("title", "中國大陸推動「新質生產力」之政策意涵與對臺影響"),
    ("author", "陳某某　第一研究所副研究員"),
    ("date", "2024年6月12日"),
    ("box_head", "摘要"),
    ("box", "中國大陸自2023年9月提出「新質生產力」概念以來，已將其列為2024年政府工作十大任務之首，並透過科技創新、"
            "產業升級及未來產業布局等措施加以推動。"),
    ("box", "本文認為，相關政策將加劇兩岸在半導體、電動車及人工智慧等領域的競爭，我國宜強化關鍵技術自主、分散市場"
            "風險，並深化與理念相近國家的供應鏈合作。"),
    ("head", "壹、前言"),
    ("paragraph", "2023年9月，中共中央總書記習近平赴黑龍江考察時首次提出「新質生產力」[1]，其後在中央經濟工作會議及"
                  "2024年全國人大會議中多次重申，成為中國大陸經濟政策的核心論述之一。"),
    ("paragraph", "{}"),
    ("head", "貳、新質生產力的政策脈絡"),
    ("paragraph", "{}"),
    ("paragraph", "從數據來看，2023年中國大陸研究與試驗發展經費支出達3.3萬億元人民幣，較上年成長8.1%[2]，占國內生產"
                  "總值比重為2.64%；高技術製造業增加值則成長2.7%，占規模以上工業增加值的15.7%。"),
    ("paragraph", "{}"),
    ("head", "參、主要推動措施"),
    ("paragraph", "{}"),
    ("paragraph", "2024年政府工作報告將「大力推進現代化產業體系建設，加快發展新質生產力」列為十大任務之首[3]，提出"
                  "實施製造業技術改造升級工程、培育生物製造、商業航太、低空經濟等新興產業，並開闢量子技術、生命科學等"
                  "未來產業新賽道。"),
    ("paragraph", "{}"),
    ("head", "肆、對臺灣的影響與建議"),
    ("sub", "一、可能影響"),
    ("paragraph", "中國大陸為我國最大出口市場，2023年我國對中國大陸（含香港）出口占總出口比重約為35%[4]，已較前一年"
                  "明顯下降。隨著中國大陸加速推動產業自主與進口替代，兩岸產業由互補轉向競爭的趨勢恐將更為明顯，我國"
                  "中間財出口將首當其衝。"),
    ("sub", "二、政策建議"),
    ("paragraph", "{}"),
    ("paragraph", "綜上所述，中國大陸推動新質生產力是一項長期戰略，其影響將逐步顯現。我國宜持續關注相關政策動向，"
                  "及早研擬因應對策，以維持我國產業的競爭優勢。"),
    ("disclaimer", "（本文內容僅代表作者個人觀點，不代表本院立場。）")]
TWBRIEF_KINDS = {"title": "title", "author": "byline", "date": "dateline", "box_head": "heading", "box": "sidebar",
                 "head": "heading", "sub": "heading", "paragraph": "paragraph", "disclaimer": "boilerplate"}
TWBRIEF_PARAGRAPHS = sum(text.count("{}") for _, text in TWBRIEF_OUTLINE)
_TWBRIEF_MARK = re.compile(r"\[(\d)\]")


def _twbrief_items(drawn: list[str]) -> list[dict]:
    """The outline's items, a paragraph written here holding note marks `[N]` keeping its parts (text, number, text, …)
    and its text without them; then a footnote item per note, `N text`."""
    items = _b25_items(TWBRIEF_OUTLINE, drawn, TWBRIEF_PARAGRAPHS, TWBRIEF_KINDS)
    written = {text for _, text in TWBRIEF_OUTLINE if "{}" not in text}
    for item in items:
        if item["text"] in written and _TWBRIEF_MARK.search(item["text"]):
            item["parts"] = _TWBRIEF_MARK.split(item["text"])
            item["text"] = "".join(item["parts"][::2])
    return items + [{"kind": "footnote", "text": f"{n} {note}", "style": "footnote", "note": n}
                    for n, note in TWBRIEF_NOTES.items()]


def _twbrief_markup(item: dict) -> str:
    """Markup: the paragraph with each of its note numbers raised."""
    return "".join(_escaped(part) if k % 2 == 0 else f'<super>{part}</super><onDraw name="note" label="{part}"/>'
                   for k, part in enumerate(item["parts"]))


def typeset_twbrief(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, frame_bottom = (m * mm for m in TWBRIEF_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 18, 28, alignment=1, spaceAfter=4),
              "author": _styled(font, "author", 11, 18, alignment=1),
              "date": _styled(font, "date", 10.5, 18, alignment=1, spaceAfter=10),
              "box_head": _styled(BOLD_FONT, "box_head", 12, 20, alignment=1, spaceAfter=2),
              "box": _styled(font, "box", 10.5, 18, alignment=4, spaceAfter=3),
              "head": _styled(BOLD_FONT, "head", 13, 22, spaceBefore=8, spaceAfter=4),
              "sub": _styled(BOLD_FONT, "sub", pt, leading, leftIndent=pt, spaceBefore=2, spaceAfter=2),
              "paragraph": body,
              "disclaimer": _styled(font, "disclaimer", 9.5, 16, alignment=2, spaceBefore=12)}
    body_items = [i for i in items if i["kind"] != "footnote"]
    boxed = [i for i in body_items if i["style"] in ("box_head", "box")]
    _b25_checked([i for i in body_items if i not in boxed and "parts" not in i], styles, TWBRIEF_OUTLINE, text_width)
    _one_line_each(boxed[:1], styles, text_width - 16)
    for item in boxed[1:]:
        markup, style = _escaped(item["text"]), styles["box"]
        assert _last_line_has_word(markup, style, text_width - 16), item["text"]
        assert _lines_open_safely(markup, style, text_width - 16), item["text"]
        _no_lone_last(markup, style, text_width - 16)
        assert not _badly_broken(markup, style, text_width - 16), item["text"]
    marked = [i for i in body_items if "parts" in i]
    assert len(marked) == len(TWBRIEF_NOTES), len(marked)
    for item in marked:
        markup = _twbrief_markup(item)
        assert _last_line_has_word(markup, body, text_width), item["text"]
        assert _lines_open_safely(markup, body, text_width), item["text"]
        _no_lone_last(markup, body, text_width)
        assert not _badly_broken(markup, body, text_width), item["text"]
    for n, note in TWBRIEF_NOTES.items():
        assert pdfmetrics.stringWidth(f"{n} {note}", font, 8) <= width - 2 * side, note
    note_page: dict[int, int] = {}
    placed: dict[int, int] = {}

    def page_start(canvas, doc) -> None:
        canvas.setNamedCB("note", lambda canvas, kind, label: note_page.__setitem__(int(label), canvas.getPageNumber()))
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.setFillColor(TWBRIEF_GREY)
        y = height - 17 * mm
        canvas.drawString(side, y, layout.header[0])
        canvas.drawRightString(width - side, y, layout.header[1])
        canvas.setStrokeColor(TWBRIEF_GREY)
        canvas.setLineWidth(0.5)
        canvas.line(side, y - 2 * mm, width - side, y - 2 * mm)
        canvas.setFillColor(colors.black)
        canvas.drawCentredString(width / 2, 13 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    def page_end(canvas, doc) -> None:  # the page's notes, drawn after its text
        here = sorted(n for n, on in placed.items() if on == canvas.getPageNumber())
        if here:
            canvas.saveState()
            canvas.setLineWidth(0.5)
            canvas.line(side, frame_bottom - 3 * mm, side + 40 * mm, frame_bottom - 3 * mm)
            canvas.setFont(font, 8)
            for k, n in enumerate(here):
                canvas.drawString(side, frame_bottom - 7 * mm - 4 * mm * k, f"{n} {TWBRIEF_NOTES[n]}")
            canvas.restoreState()

    def story() -> list:
        flowables: list = []
        for item in body_items:
            if item in boxed:
                if item is boxed[0]:
                    box = _box([[Paragraph(_escaped(i["text"]), styles[i["style"]])] for i in boxed], text_width,
                               TWBRIEF_BOX, 0.6)
                    flowables += [KeepTogether([box]), Spacer(1, 10)]
                continue
            if "parts" in item:
                flowables.append(Paragraph(_twbrief_markup(item), body))
                continue
            at = body_items.index(item)
            if item["style"] == "head" and body_items[at + 1]["style"] == "sub":  # a head kept with its first subhead
                head, sub = styles["head"], styles["sub"]
                flowables.append(CondPageBreak(head.spaceBefore + head.leading + head.spaceAfter + sub.spaceBefore
                                               + sub.leading + sub.spaceAfter + 2 * leading))
            flowables += _b25_story([item], styles, leading)
        return flowables

    pages = 0
    for run in range(2):  # the second pass draws each note at the foot of the page the first found for it
        note_page.clear()
        out = io.BytesIO()
        doc = BaseDocTemplate(out, pagesize=layout.size)
        frame = Frame(side, frame_bottom, width - 2 * side, height - top - frame_bottom, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=page_start, onPageEnd=page_end)])
        doc.build(story())
        if run == 0:
            placed = dict(note_page)
            pages = doc.page
    assert note_page == placed and set(placed) == set(TWBRIEF_NOTES), (note_page, placed)
    assert doc.page == pages and 2 <= doc.page <= 3, doc.page
    for page in set(placed.values()):  # the page's notes fit under its frame
        assert sum(1 for on in placed.values() if on == page) <= 4
    return out.getvalue()


# 3. A young researcher's prize-winning essay (征文获奖作品) in the collection of an essay contest's winning entries, as the
# collection prints it (B5; 20 mm left and right, 24 mm top, 22 mm bottom; 10.5 pt on a 19 pt leading, first-line indent
# 2 characters, justified), pages 23-25 of the book. The award `一等奖` (10.5 pt, bold, white on a dark red tag, flush
# left; kind heading, as a kicker: as a4_tw_daily_opinion_piece_trad's label); the title `在科技自立自强中书写青春答卷`
# (17 pt, bold, centred; kind title) over its subtitle `——一名青年科研人员对发展新质生产力的思考` (12 pt, centred; kind
# heading, a `——` line under a title); the author `张某某` (11.5 pt, centred; kind byline) over the unit `（某某省农业科学院
# 作物研究所）` (9.5 pt, centred; kind byline). Between thin rules, the editor's note `编者按：` (bold) + a text written here
# (9.5 pt on 16 pt, 2 characters in on both sides, no indent; kind paragraph, the label kept, as b5_seminar_speeches_
# summary's). An opening written here; subheads `在深学细悟中把准方向` / `在攻坚克难中锤炼本领` / `在扎根一线中贡献力量` (11.5 pt,
# bold, centred; kind heading, kept with two lines) over two drawn paragraphs (001, 003), two drawn and one written
# here, and two drawn; a closing written here (`青春由磨砺而出彩，…`) (kind paragraph each). Furniture (9 pt, drawn before
# the page's text): over a thin rule at the top, the collection's title `“新质生产力与青年担当”主题征文获奖作品选编` on even
# pages and `一等奖作品` on odd ones, at the outer edge; the page number at the bottom's outer corner (right on odd pages,
# left on even ones).
PRIZEESSAY_LAYOUT = Layout("b5_essay_contest_prize_winning_piece", FONT, B5, 10.5, 19, 2, 0,
                           ("一等奖作品", "“新质生产力与青年担当”主题征文获奖作品选编"), "{page}", ("001", "003"))
PRIZEESSAY_MARGINS_MM = (20, 24, 22)  # left and right, top, bottom
PRIZEESSAY_FIRST_PAGE = 23
PRIZEESSAY_RED = colors.Color(0.6, 0.08, 0.1)
PRIZEESSAY_OUTLINE = [
    ("award", "一等奖"),
    ("title", "在科技自立自强中书写青春答卷"),
    ("subtitle", "——一名青年科研人员对发展新质生产力的思考"),
    ("author", "张某某"),
    ("unit", "（某某省农业科学院作物研究所）"),
    ("note", "编者按：2024年3月至6月，某某省科学技术协会、共青团某某省委联合开展“新质生产力与青年担当”主题征文活动，"
             "共收到来稿1200余篇，经初评、复评和终评，评出一等奖5篇、二等奖10篇、三等奖20篇。本书选编部分获奖作品，"
             "以飨读者。"),
    ("paragraph", "2023年9月，习近平总书记在黑龙江考察时首次提出“新质生产力”。作为一名从事作物育种研究的青年科研人员，"
                  "我深感这一重大论断既为我们指明了方向，也对我们提出了更高的要求。怎样在发展新质生产力的时代大潮中找准"
                  "自己的位置，是我入职以来一直在思考的问题。"),
    ("sub", "在深学细悟中把准方向"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("sub", "在攻坚克难中锤炼本领"),
    ("paragraph", "{}"),
    ("paragraph", "去年夏天，我所在的课题组在田间连续蹲守了四十多天，对三百多份种质材料逐一进行性状调查。面对高温和暴雨，"
                  "没有一个人叫苦喊累。那段日子让我真切体会到，科研攻关没有捷径可走，唯有脚踏实地、久久为功。"),
    ("paragraph", "{}"),
    ("sub", "在扎根一线中贡献力量"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "青春由磨砺而出彩，人生因奋斗而升华。作为新时代的青年科研人员，我将坚定科技报国之志，把论文写在大地上，"
                  "把成果送到农民手中，在发展新质生产力的新征程上书写无愧于时代的青春答卷。")]
PRIZEESSAY_KINDS = {"award": "heading", "title": "title", "subtitle": "heading", "author": "byline", "unit": "byline",
                    "note": "paragraph", "paragraph": "paragraph", "sub": "heading"}
PRIZEESSAY_PARAGRAPHS = sum(text.count("{}") for _, text in PRIZEESSAY_OUTLINE)


def _prizeessay_items(drawn: list[str]) -> list[dict]:
    return _b25_items(PRIZEESSAY_OUTLINE, drawn, PRIZEESSAY_PARAGRAPHS, PRIZEESSAY_KINDS)


def typeset_prizeessay(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in PRIZEESSAY_MARGINS_MM)
    text_width = width - 2 * side - 12
    styles = {"award": _styled(BOLD_FONT, "award", 10.5, 16, textColor=colors.white),
              "title": _styled(BOLD_FONT, "title", 17, 28, alignment=1, spaceBefore=6),
              "subtitle": _styled(font, "subtitle", 12, 20, alignment=1, spaceAfter=6),
              "author": _styled(font, "author", 11.5, 19, alignment=1),
              "unit": _styled(font, "unit", 9.5, 16, alignment=1),
              "note": _styled(font, "note", 9.5, 16, alignment=4, leftIndent=2 * pt, rightIndent=2 * pt),
              "paragraph": _body_style(layout),
              "sub": _styled(BOLD_FONT, "sub", 11.5, 20, alignment=1, spaceBefore=8, spaceAfter=4)}
    award = items[0]
    assert award["style"] == "award"
    notes = [i for i in items if i["style"] == "note"]
    _b25_checked([i for i in items[1:] if i not in notes], styles, PRIZEESSAY_OUTLINE, text_width)
    _b25_checked(notes, styles, PRIZEESSAY_OUTLINE, text_width - 4 * pt)
    tag_width = pdfmetrics.stringWidth(award["text"], BOLD_FONT, 10.5) + 16
    tag = Table([[Paragraph(_escaped(award["text"]), styles["award"])]], colWidths=[tag_width], hAlign="LEFT")
    tag.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PRIZEESSAY_RED),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story: list = [tag]
    for item in items[1:]:
        if item is notes[0]:
            story.append(HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceBefore=10, spaceAfter=6))
        story += _b25_story([item], styles, leading)
        if item is notes[-1]:
            story.append(HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceBefore=6, spaceAfter=12))

    def furniture(canvas, doc) -> None:
        number = PRIZEESSAY_FIRST_PAGE + doc.page - 1
        odd = number % 2 == 1
        canvas.saveState()
        canvas.setFont(font, 9)
        y = height - 15 * mm
        _at_outer_edge(canvas, layout.header[0] if odd else layout.header[1], y, side, odd)
        canvas.setLineWidth(0.5)
        canvas.line(side, y - 2 * mm, width - side, y - 2 * mm)
        _at_outer_edge(canvas, layout.footer.format(page=number), 12 * mm, side, odd)
        canvas.restoreState()

    return _built(layout, story, furniture, (side, side, top, bottom), (2, 4))


# 4. A county's press conference opening statement (新闻发布会发布词), as the county's information office prints it for the
# conference (A4; 30 mm left, 28 mm right, 32 mm top, 30 mm bottom; 15 pt on a 28 pt leading, first-line indent 2
# characters, justified). The title `某某县加快发展新质生产力新闻发布会发布词` (20 pt, bold, centred; kind title) over the
# spokesman `县委常委、常务副县长　王某某` (15 pt, centred; kind byline) and `（2024年6月18日）` (15 pt, centred; kind
# dateline), one line's space under them; the salutation `各位记者朋友：` flush left (kind paragraph, as a speech's); a
# greeting written here (`大家上午好！…`); figures written here (`近年来，…2023年，全县…`); a lead-in written here
# ending `…主要做了以下几方面工作：`; four paragraphs opening with an unbolded `一是…。` … `四是…。` + a drawn paragraph (001);
# one written here (`下一步，…`); a closing written here (`各位记者朋友，…`) and `下面，我们回答大家的提问。` (kind paragraph
# each). Furniture (11 pt, drawn before the page's text): `- N -` centred at the bottom; no header.
PRESSOPEN_LAYOUT = Layout("a4_county_press_conference_opening_statement", FONT, A4, 15, 28, 2, 0, None, "- {page} -",
                          ("001",))
PRESSOPEN_MARGINS_MM = (30, 28, 32, 30)  # left, right, top, bottom
PRESSOPEN_OUTLINE = [
    ("title", "某某县加快发展新质生产力新闻发布会发布词"),
    ("speaker", "县委常委、常务副县长　王某某"),
    ("date", "（2024年6月18日）"),
    ("salutation", "各位记者朋友："),
    ("paragraph", "大家上午好！欢迎大家出席今天的新闻发布会。首先，我代表县委、县政府，向长期以来关心支持某某发展的各位"
                  "记者朋友表示衷心的感谢！"),
    ("paragraph", "近年来，县委、县政府坚持把发展新质生产力作为推动县域经济高质量发展的重要着力点，全县经济运行稳中有进。"
                  "2023年，全县实现地区生产总值412.6亿元，同比增长6.8%；高新技术企业达到186家，比上年增加37家；规模以上"
                  "工业企业研发经费支出11.3亿元，同比增长15.2%。"),
    ("paragraph", "在推进工作中，我们立足县域实际，坚持因地制宜、分类指导，主要做了以下几方面工作："),
    ("plain", "一是坚持创新驱动，夯实发展根基。{}"),
    ("plain", "二是推动产业升级，壮大发展动能。{}"),
    ("plain", "三是深化数实融合，拓展发展空间。{}"),
    ("plain", "四是强化要素保障，优化发展环境。{}"),
    ("paragraph", "下一步，我们将深入贯彻落实党中央、国务院和省委、省政府决策部署，持续加大科技创新投入，加快传统产业"
                  "转型升级，培育壮大新兴产业，力争到2026年全县高新技术企业突破300家，战略性新兴产业产值占规模以上工业"
                  "总产值比重达到35%以上。"),
    ("paragraph", "各位记者朋友，发展新质生产力，离不开社会各界的关心支持。希望大家一如既往关注某某、宣传某某，也真诚"
                  "欢迎大家多到某某走一走、看一看，共同讲好某某高质量发展的故事。"),
    ("paragraph", "下面，我们回答大家的提问。")]
PRESSOPEN_KINDS = {"title": "title", "speaker": "byline", "date": "dateline", "salutation": "paragraph",
                   "paragraph": "paragraph", "plain": "paragraph"}
PRESSOPEN_PARAGRAPHS = sum(text.count("{}") for _, text in PRESSOPEN_OUTLINE)


def _pressopen_items(drawn: list[str]) -> list[dict]:
    return _b25_items(PRESSOPEN_OUTLINE, drawn, PRESSOPEN_PARAGRAPHS, PRESSOPEN_KINDS)


def typeset_pressopen(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    left, right, top, bottom = (m * mm for m in PRESSOPEN_MARGINS_MM)
    text_width = width - left - right - 12
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 20, 32, alignment=1, spaceAfter=8),
              "speaker": _styled(font, "speaker", pt, 26, alignment=1),
              "date": _styled(font, "date", pt, 26, alignment=1, spaceAfter=leading),
              "salutation": _styled(font, "salutation", pt, leading),
              "paragraph": body, "plain": body}
    _b25_checked(items, styles, PRESSOPEN_OUTLINE, text_width)
    story = _b25_story(items, styles, leading)

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 11)
        canvas.drawCentredString(width / 2, 17 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    return _built(layout, story, furniture, (left, right, top, bottom), (2, 4))


def twenty_eighth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 130 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (WORKPOINTS_LAYOUT, WORKPOINTS_PARAGRAPHS + 2, _workpoints_items, typeset_workpoints, _gold),
            (TWBRIEF_LAYOUT, TWBRIEF_PARAGRAPHS + 2, _twbrief_items, typeset_twbrief, _gold),
            (PRIZEESSAY_LAYOUT, PRIZEESSAY_PARAGRAPHS + 2, _prizeessay_items, typeset_prizeessay, _gold),
            (PRESSOPEN_LAYOUT, PRESSOPEN_PARAGRAPHS + 2, _pressopen_items, typeset_pressopen, _gold)):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- A twenty-ninth batch of four held-out layouts, appended after the 134 above (their paragraphs come from the shared
# rng after those, so the 134 come out byte for byte as before), made blind to the cleaner (its code, tests and scores
# unread). As in the batches before, text is escaped for ReportLab's markup, the gold keeps the text as printed, block by
# block (bold, colour or a run-in lead's weight is layout, not text; a note's raised number is left out of the line it
# follows; a bullet is left out of its point; page furniture and an image's insides are not in the gold), each layout
# draws two paragraphs more than it sets (the study reader six and the submission four, so that enough of them open with
# no enumerator) and sets the first that the font prints whole, first those without an enumerator of their own
# (_unnumbered_first), passing over those that open with a speaker's label (_unlabelled), and a text written here takes
# the next drawn paragraph where it holds `{}` (_b25_items). Written text keeps out the middle
# dot `·`. All four are mostly running text in one column: a chapter of the Hong Kong Chief Executive's policy address
# with its paragraphs numbered in the margin, a study reader's run of three reprinted articles, a Hong Kong chamber of
# commerce's submission to a government consultation with numbered sections and page-bottom notes, and a bank's chief
# economist's weekly commentary with English terms and a chart pasted in as an image.

B29_NUMBER = re.compile(r"(\d+(?:\.\d+)?\.?) ")  # a numbered paragraph's number, written here before its text
B29_MARK = re.compile(r"\[(\d)\]")  # a note's number in a text written here


def _b29_numbered(items: list[dict], outline: list[tuple[str, str]], styles: tuple[str, ...],
                  first: int | None = None) -> list[dict]:
    """The items of these styles numbered: `first`, `first + 1`, … with a `.` (or, without `first`, the number their
    text opens with, `1.1 `), kept as `number` and the text after it as `body`; their text the number, a space and the
    body, `written` whether the outline wrote it whole. A `lead` (bold, run in) is kept as the body's, from its start to
    its first `。`."""
    n = first
    written = {text for _, text in outline if "{}" not in text}
    for item in items:
        if item["style"] not in styles:
            continue
        item["written"] = item["text"] in written
        if first is None:
            number, body = B29_NUMBER.match(item["text"]).group(1), B29_NUMBER.sub("", item["text"], count=1)
        else:
            number, body, n = f"{n}.", item["text"], n + 1
        item.update(number=number, body=body, text=f"{number} {body}")
        if "lead" in item:
            item["lead"] = body[:body.index("。") + 1]
    return items


def _b29_body_markup(item: dict) -> str:
    """Markup of a numbered item's body (its number is bullet text): its lead bold, its note marks `[N]` raised."""
    body = item["body"] if "body" in item else item["text"]
    lead = item.get("lead", "")
    parts = B29_MARK.split(body[len(lead):])
    rest = "".join(_escaped(part) if k % 2 == 0 else f'<super>{part}</super><onDraw name="note" label="{part}"/>'
                   for k, part in enumerate(parts))
    return (f'<font name="{BOLD_FONT}">{_escaped(lead)}</font>' if lead else "") + rest


def _b29_checked_body(item: dict, style: ParagraphStyle, width: float) -> None:
    """Asserts that a numbered paragraph's last line holds more than punctuation and one character and that no line
    opens with a lone character in a run of its own; and, where it was written here whole (`written`), that no line ends
    with an opening bracket or quote (_badly_broken)."""
    markup = _b29_body_markup(item)
    assert _last_line_has_word(markup, style, width), item["text"]
    assert _lines_open_safely(markup, style, width), item["text"]
    _no_lone_last(markup, style, width)
    assert not (item["written"] and _badly_broken(markup, style, width)), item["text"]


# 1. A chapter of the Hong Kong Chief Executive's policy address (施政報告), Traditional, as the Government's booklet prints
# it (A4; 22 mm left, 24 mm right, 26 mm top, 22 mm bottom; 12 pt on a 21 pt leading, no first-line indent, 9 pt after
# each paragraph, justified), pages 22-24. Every line of text stands 12 mm in from the left margin; the paragraphs are
# numbered on through the address, the number `58.` hanging in the margin (ReportLab bullet text at the margin; kind
# paragraph, the number and the text one block, as a4_legco_paper_hk's `2.`). The chapter head `四、發展新質生產力　推動新型
# 工業化` (17 pt, bold, dark green, over a 1.2 pt dark green rule; kind heading, as a thesis's or textbook's chapter
# head); a paragraph written here; sections `（一）推動新型工業化` / `（二）匯聚創科人才` / `（三）深化內地及國際合作` (13 pt, bold,
# dark green; kind heading, kept with two lines); under the first, subheads `新型工業化加速計劃` / `產業用地及配套` (bold, the
# body's size; kind heading, kept with two lines). Numbered paragraphs 58-68: seven drawn (000, 002) and four written
# here (the opening, two of figures, `政府今年推出「新型工業化加速計劃」，…` and `過去一年，…`, and a closing), 1, 3, 2, 3 and 2 of
# them under the chapter head, the two subheads and the other two sections. After paragraph 61 a framed
# box on a light green ground kept on one page, as wide as the text: `重點新措施` (bold, dark green; kind heading, as a
# white paper's box title) over three points written here, each `● ` and its text hanging after it (kind sidebar each,
# the bullet not in the gold, as a4_report_sidebar's panel points). Furniture (drawn before the page's text):
# `行政長官2023年施政報告` top left and `發展新質生產力　推動新型工業化` top right (9 pt, dark green) over a thin rule; the page
# number centred at the bottom (10 pt).
POLICYADDR_LAYOUT = Layout("a4_hk_policy_address_chapter_trad", FONT, A4, 12, 21, 0, 9,
                           ("行政長官2023年施政報告", "發展新質生產力　推動新型工業化"), "{page}", ("000", "002"))
POLICYADDR_MARGINS_MM = (22, 24, 26, 22)  # left (the numbers' edge), right, top, bottom
POLICYADDR_HANG_MM = 12  # the text's edge from the numbers'
POLICYADDR_FIRST_PAGE = 22
POLICYADDR_FIRST_NUMBER = 58
POLICYADDR_GREEN = colors.Color(0.0, 0.36, 0.3)
POLICYADDR_BOX = colors.Color(0.92, 0.96, 0.94)
POLICYADDR_BULLET = "●"
POLICYADDR_OUTLINE = [
    ("chapter", "四、發展新質生產力　推動新型工業化"),
    ("numbered", "國家正加快發展新質生產力，以科技創新推動產業創新。香港具備「背靠祖國、聯通世界」的獨特優勢，必須主動對接"
                 "國家發展戰略，加快推動新型工業化，為香港經濟發展注入新動能，同時為國家高質量發展作出貢獻。"),
    ("section", "（一）推動新型工業化"),
    ("sub", "新型工業化加速計劃"),
    ("numbered", "{}"),
    ("numbered", "政府今年推出「新型工業化加速計劃」，以一比二的配對形式，資助每個項目最多2億元，支援企業在港設立涉及策略"
                 "產業的新智能生產設施。計劃推出至今已接獲15宗申請，涉及總投資額約48億元，預計可創造約1,600個職位。"),
    ("numbered", "{}"),
    ("box_head", "重點新措施"),
    ("point", "成立「新型工業化發展辦公室」，統籌推動新型工業化的政策和措施"),
    ("point", "在北部都會區預留約50公頃土地，發展新型工業化產業園區"),
    ("point", "擴大「新型工業化資助計劃」的資助範圍，涵蓋所有在港生產商"),
    ("sub", "產業用地及配套"),
    ("numbered", "{}"),
    ("numbered", "{}"),
    ("section", "（二）匯聚創科人才"),
    ("numbered", "{}"),
    ("numbered", "過去一年，各項人才入境計劃共接獲超過24萬宗申請，逾16萬宗獲批，已有超過10萬名人才連同家人抵港。政府會"
                 "繼續優化「高端人才通行證計劃」，並把合資格大學名單由目前的185所擴展至198所。"),
    ("numbered", "{}"),
    ("section", "（三）深化內地及國際合作"),
    ("numbered", "{}"),
    ("numbered", "發展新質生產力是一項長期任務。特區政府會與業界、學術界及社會各界攜手合作，把握國家發展機遇，推動香港創新"
                 "科技和產業發展邁上新台階，為國家高質量發展作出更大貢獻。")]
POLICYADDR_KINDS = {"chapter": "heading", "numbered": "paragraph", "section": "heading", "sub": "heading",
                    "box_head": "heading", "point": "sidebar"}
POLICYADDR_PARAGRAPHS = sum(text.count("{}") for _, text in POLICYADDR_OUTLINE)


def _policyaddr_items(drawn: list[str]) -> list[dict]:
    items = _b25_items(POLICYADDR_OUTLINE, drawn, POLICYADDR_PARAGRAPHS, POLICYADDR_KINDS)
    return _b29_numbered(items, POLICYADDR_OUTLINE, ("numbered",), POLICYADDR_FIRST_NUMBER)


def typeset_policyaddr(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    left, right, top, bottom = (m * mm for m in POLICYADDR_MARGINS_MM)
    hang = POLICYADDR_HANG_MM * mm
    frame_width = width - left - right - 12  # less the frame's padding; the text stands `hang` in from its left
    text_width = frame_width - hang
    bullet = pdfmetrics.stringWidth(POLICYADDR_BULLET + " ", font, 11)
    styles = {"chapter": _styled(BOLD_FONT, "chapter", 17, 26, leftIndent=hang, textColor=POLICYADDR_GREEN),
              "numbered": _styled(font, "numbered", pt, leading, leftIndent=hang, alignment=4, spaceAfter=9,
                                  bulletIndent=0, bulletFontName=font, bulletFontSize=pt),
              "section": _styled(BOLD_FONT, "section", 13, 22, leftIndent=hang, textColor=POLICYADDR_GREEN,
                                 spaceBefore=8, spaceAfter=6),
              "sub": _styled(BOLD_FONT, "sub", pt, leading, leftIndent=hang, spaceBefore=2, spaceAfter=3),
              "box_head": _styled(BOLD_FONT, "box_head", pt, 20, textColor=POLICYADDR_GREEN, spaceAfter=2),
              "point": _styled(font, "point", 11, 18, leftIndent=bullet, firstLineIndent=-bullet)}
    numbered = [i for i in items if "number" in i]
    boxed = [i for i in items if i["style"] in ("box_head", "point")]
    _one_line_each([i for i in items if i not in numbered and i not in boxed], styles, frame_width)
    _one_line_each(boxed[:1], styles, text_width - 16)
    for item in numbered:
        _b29_checked_body(item, styles["numbered"], frame_width)
    for item in boxed[1:]:
        markup = POLICYADDR_BULLET + " " + _escaped(item["text"])
        assert _wrapped_lines(markup, styles["point"], text_width - 16) <= 2, item["text"]
        _no_lone_last(markup, styles["point"], text_width - 16)
    story: list = []
    for item in items:
        style = styles[item["style"]]
        if item in boxed:
            if item is boxed[0]:
                rows = [[Paragraph(_escaped(i["text"]), styles["box_head"])] if i is boxed[0] else
                        [Paragraph(POLICYADDR_BULLET + " " + _escaped(i["text"]), styles["point"])] for i in boxed]
                box = _box(rows, text_width, POLICYADDR_BOX, 0.6)
                box.hAlign = "RIGHT"
                story += [Spacer(1, 2), KeepTogether([box]), Spacer(1, 12)]
            continue
        if "number" in item:
            story.append(Paragraph(_b29_body_markup(item), style, bulletText=item["number"]))
            continue
        story += _head_kept(item, styles, leading)
        if item["style"] == "chapter":
            story.append(HRFlowable(width=text_width, thickness=1.2, color=POLICYADDR_GREEN, hAlign="RIGHT",
                                    spaceBefore=4, spaceAfter=14))

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.setFillColor(POLICYADDR_GREEN)
        y = height - 16 * mm
        canvas.drawString(left, y, layout.header[0])
        canvas.drawRightString(width - right, y, layout.header[1])
        canvas.setStrokeColor(POLICYADDR_GREEN)
        canvas.setLineWidth(0.5)
        canvas.line(left, y - 2 * mm, width - right, y - 2 * mm)
        canvas.setFillColor(colors.black)
        canvas.setFont(font, 10)
        canvas.drawCentredString(width / 2, 13 * mm, layout.footer.format(page=POLICYADDR_FIRST_PAGE + doc.page - 1))
        canvas.restoreState()

    return _built(layout, story, furniture, (left, right, top, bottom), (3, 3))


# 2. A study reader's run of three reprinted articles (学习读本, 文选), as the book prints them (16开, 184 x 260 mm; 20 mm left
# and right, 24 mm top, 22 mm bottom; 10.5 pt on an 18 pt leading, first-line indent 2 characters, justified), pages
# 57-59 of the book. Each article: its title (15 pt, bold, centred; kind heading: the book's pieces, set alike, as
# k16_typical_cases_compilation's), its author line (10.5 pt, centred; kind byline), drawn paragraphs (001; 4, 3 and 3),
# and at its end, flush right, the paper it first appeared in, `（原载《人民日报》2024年3月5日）` (9.5 pt; kind byline, as
# a4_enterprise_study_bulletin's `（摘编自…）`). A title goes to the next page unless its author line and two lines fit
# under it; the second and third start mid-page. Furniture (9 pt, drawn before the page's text): over a thin rule at the
# top, the book's title `发展新质生产力学习读本` on even pages and its part `第二编　专家解读` on odd ones, at the outer edge;
# the page number at the bottom's outer corner.
STUDYREADER_LAYOUT = Layout("k16_study_reader_reprinted_articles", FONT, (184 * mm, 260 * mm), 10.5, 18, 2, 0,
                            ("第二编　专家解读", "发展新质生产力学习读本"), "{page}", ("001",))
STUDYREADER_MARGINS_MM = (20, 24, 22)  # left and right, top, bottom
STUDYREADER_FIRST_PAGE = 57
STUDYREADER_OUTLINE = [
    ("piece", "深刻把握新质生产力的科学内涵"),
    ("author", "王某某"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("source", "（原载《人民日报》2024年3月5日）"),
    ("piece", "以科技创新引领现代化产业体系建设"),
    ("author", "某某大学经济学院教授　李某某"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("source", "（原载《经济日报》2024年3月12日）"),
    ("piece", "因地制宜发展新质生产力"),
    ("author", "中共某某省委党校经济学教研部　张某某"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("source", "（原载《光明日报》2024年4月2日）")]
STUDYREADER_KINDS = {"piece": "heading", "author": "byline", "paragraph": "paragraph", "source": "byline"}
STUDYREADER_PARAGRAPHS = sum(text.count("{}") for _, text in STUDYREADER_OUTLINE)


def _studyreader_items(drawn: list[str]) -> list[dict]:
    return _b25_items(STUDYREADER_OUTLINE, drawn, STUDYREADER_PARAGRAPHS, STUDYREADER_KINDS)


def typeset_studyreader(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in STUDYREADER_MARGINS_MM)
    text_width = width - 2 * side - 12
    styles = {"piece": _styled(BOLD_FONT, "piece", 15, 24, alignment=1, spaceBefore=18, spaceAfter=4),
              "author": _styled(font, "author", pt, leading, alignment=1, spaceAfter=10),
              "paragraph": _body_style(layout),
              "source": _styled(font, "source", 9.5, 16, alignment=2, spaceBefore=4)}
    _b25_checked(items, styles, STUDYREADER_OUTLINE, text_width)
    story: list = []
    for item in items:
        style = styles[item["style"]]
        if item["style"] == "piece":  # a title kept with its author line and two lines
            author = styles["author"]
            story.append(CondPageBreak(style.spaceBefore + style.leading + style.spaceAfter + author.leading
                                       + author.spaceAfter + 2 * leading))
        story.append(Paragraph(_escaped(item["text"]), style))

    def furniture(canvas, doc) -> None:
        number = STUDYREADER_FIRST_PAGE + doc.page - 1
        odd = number % 2 == 1
        canvas.saveState()
        canvas.setFont(font, 9)
        y = height - 15 * mm
        _at_outer_edge(canvas, layout.header[0] if odd else layout.header[1], y, side, odd)
        canvas.setLineWidth(0.5)
        canvas.line(side, y - 2 * mm, width - side, y - 2 * mm)
        _at_outer_edge(canvas, layout.footer.format(page=number), 12 * mm, side, odd)
        canvas.restoreState()

    return _built(layout, story, furniture, (side, side, top, bottom), (3, 4))


# 3. A Hong Kong chamber of commerce's submission to a government consultation (意見書), Traditional, as the chamber's Word
# file prints it (A4; 25 mm left and right, 25 mm top, the text's frame ending 32 mm above the foot, the notes below
# it; 11.5 pt on a 20 pt leading, no first-line indent, 8 pt after each paragraph, justified). The letterhead, centred:
# `香港某某總商會` (20 pt, bold, dark blue) over `The Hong Kong Moumou General Chamber of Commerce` (10 pt, dark blue)
# (kind byline each: the chamber's name, as a4_newsletter_hk's masthead and b5_macau_funding_guide_trad's header lines
# are its issuer's) over a 1.2 pt dark blue rule; flush left `致：創新科技及工業局` (kind paragraph, as a salutation),
# `本會檔號：HKMGCC/POL/2024/031` (kind byline, as a notice's number) and `日期：2024年8月30日` (kind dateline); the title
# `就《香港新型工業化發展藍圖》公眾諮詢提交的意見書` (15 pt, bold, centred; kind title). Heads `1. 引言` / `2. 整體意見` /
# `3. 具體建議` / `4. 總結` (12.5 pt, bold, flush left; kind heading, kept with two lines) over paragraphs numbered
# `1.1`, `1.2` …, the number at the margin and every line of the text 12 mm in (ReportLab bullet text; kind paragraph,
# the number and the text one block, as a4_legco_paper_hk's): under the first one written here (`…本會歡迎…`) and one
# drawn (000, 002); under the second one drawn, one written here (figures) and one drawn; under the third five
# recommendations whose bold run-in lead follows the number, `3.1 建議一：設立新型工業化專項基金。` + a drawn paragraph …
# (the second written whole; kind paragraph, the number and the lead kept); under the fourth a closing written here.
# Three written paragraphs carry a raised note number after a phrase (1-3, numbered on through the submission); each
# note, `1 …` (8 pt, a line each, written here), stands at the foot of its page under a 40 mm rule, drawn after the
# page's text (kind footnote each, the number and a space kept, listed after the body, as a4_tw_institute_policy_brief_
# trad's). At the end, under a thin rule and kept together with it, the contact lines `聯絡人：政策研究部高級經理　陳某某
# 女士` / `電話：(852) 2823 1234` / `電郵：policy@hkmgcc.org.hk` (10 pt, flush left; kind boilerplate each, as a4_newsletter_
# hk's `查詢：…` lines). Furniture (drawn before the page's text): `香港某某總商會意見書` bottom left and `第 N 頁` bottom
# right (8.5 pt, grey); no header.
HKSUBMIT_LAYOUT = Layout("a4_hk_chamber_consultation_submission_trad", FONT, A4, 11.5, 20, 0, 8, None, "第 {page} 頁",
                         ("000", "002"))
HKSUBMIT_MARGINS_MM = (25, 25, 32)  # left and right, top, the frame's bottom (the notes stand below it)
HKSUBMIT_HANG_MM = 12
HKSUBMIT_BLUE = colors.Color(0.08, 0.2, 0.45)
HKSUBMIT_GREY = colors.Color(0.4, 0.4, 0.4)
HKSUBMIT_FOOTER = "香港某某總商會意見書"
HKSUBMIT_NOTES = {1: "政府統計處，《香港本地生產總值（2023年）》，2024年2月。",
                  2: "發展局，《北部都會區行動綱領》，2023年10月。",
                  3: "創新科技及工業局，《香港創新科技發展藍圖》，2022年12月。"}
HKSUBMIT_OUTLINE = [
    ("letterhead", "香港某某總商會"),
    ("letterhead_en", "The Hong Kong Moumou General Chamber of Commerce"),
    ("to", "致：創新科技及工業局"),
    ("reference", "本會檔號：HKMGCC/POL/2024/031"),
    ("date", "日期：2024年8月30日"),
    ("title", "就《香港新型工業化發展藍圖》公眾諮詢提交的意見書"),
    ("head", "1. 引言"),
    ("numbered", "1.1 香港某某總商會（本會）成立於1957年，現有會員企業逾3,000家，涵蓋製造、貿易、物流及專業服務等行業。"
                 "本會歡迎政府就《香港新型工業化發展藍圖》（下稱《藍圖》）諮詢公眾，並樂意提出以下意見。"),
    ("numbered", "1.2 {}"),
    ("head", "2. 整體意見"),
    ("numbered", "2.1 {}"),
    ("numbered", "2.2 根據政府統計處的數字，2023年製造業佔本地生產總值的比重僅約1.0%[1]，遠低於新加坡等鄰近經濟體。本會"
                 "認為，《藍圖》提出的發展方向正確，惟仍須配以具體的時間表及量化指標，以便業界評估及跟進。"),
    ("numbered", "2.3 {}"),
    ("head", "3. 具體建議"),
    ("recommendation", "3.1 建議一：設立新型工業化專項基金。{}"),
    ("recommendation", "3.2 建議二：加快釋放產業用地。北部都會區規劃提供約150公頃創新科技用地[2]，本會建議政府優先批出"
                       "其中一幅作先進製造業用途，並以較具彈性的地價安排吸引企業落戶。"),
    ("recommendation", "3.3 建議三：強化人才培訓及引進。{}"),
    ("recommendation", "3.4 建議四：深化與大灣區內地城市的產業協作。{}"),
    ("recommendation", "3.5 建議五：支援中小企數碼化及綠色轉型。{}"),
    ("head", "4. 總結"),
    ("numbered", "4.1 本會支持政府推動新型工業化，並期望《藍圖》能與《香港創新科技發展藍圖》[3]互相配合。本會樂意與政府"
                 "保持溝通，就具體措施的落實提供業界意見。"),
    ("contact", "聯絡人：政策研究部高級經理　陳某某女士"),
    ("contact", "電話：(852) 2823 1234"),
    ("contact", "電郵：policy@hkmgcc.org.hk")]
HKSUBMIT_KINDS = {"letterhead": "byline", "letterhead_en": "byline", "to": "paragraph", "reference": "byline",
                  "date": "dateline", "title": "title", "head": "heading", "numbered": "paragraph",
                  "recommendation": "paragraph", "contact": "boilerplate"}
HKSUBMIT_PARAGRAPHS = sum(text.count("{}") for _, text in HKSUBMIT_OUTLINE)


def _hksubmit_items(drawn: list[str]) -> list[dict]:
    """The outline's items, the numbered ones with their number apart (a recommendation's lead too) and their text
    without note marks; then a footnote item per note, `N text`."""
    items = _b25_items(HKSUBMIT_OUTLINE, drawn, HKSUBMIT_PARAGRAPHS, HKSUBMIT_KINDS)
    for item in items:
        if item["style"] == "recommendation":
            item["lead"] = ""
    items = _b29_numbered(items, HKSUBMIT_OUTLINE, ("numbered", "recommendation"))
    for item in items:
        if "number" in item:
            item["marked"] = item["body"]
            item["body"] = B29_MARK.sub("", item["body"])
            item["text"] = f"{item['number']} {item['body']}"
    return items + [{"kind": "footnote", "text": f"{n} {note}", "style": "footnote", "note": n}
                    for n, note in HKSUBMIT_NOTES.items()]


def typeset_hksubmit(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, frame_bottom = (m * mm for m in HKSUBMIT_MARGINS_MM)
    hang = HKSUBMIT_HANG_MM * mm
    text_width = width - 2 * side - 12
    styles = {"letterhead": _styled(BOLD_FONT, "letterhead", 20, 28, alignment=1, textColor=HKSUBMIT_BLUE),
              "letterhead_en": _styled(font, "letterhead_en", 10, 15, alignment=1, textColor=HKSUBMIT_BLUE),
              "to": _styled(font, "to", pt, leading),
              "reference": _styled(font, "reference", pt, leading),
              "date": _styled(font, "date", pt, leading, spaceAfter=10),
              "title": _styled(BOLD_FONT, "title", 15, 24, alignment=1, spaceAfter=10),
              "head": _styled(BOLD_FONT, "head", 12.5, 20, spaceBefore=6, spaceAfter=4),
              "numbered": _styled(font, "numbered", pt, leading, leftIndent=hang, alignment=4, spaceAfter=8,
                                  bulletIndent=0, bulletFontName=font, bulletFontSize=pt),
              "contact": _styled(font, "contact", 10, 16)}
    styles["recommendation"] = styles["numbered"]
    body_items = [i for i in items if i["kind"] != "footnote"]
    numbered = [i for i in body_items if "number" in i]
    _one_line_each([i for i in body_items if i not in numbered], styles, text_width)
    for item in numbered:
        _b29_checked_body(dict(item, body=item["marked"]), styles["numbered"], text_width)
    assert sum(len(B29_MARK.findall(i["marked"])) for i in numbered) == len(HKSUBMIT_NOTES)
    for n, note in HKSUBMIT_NOTES.items():
        assert pdfmetrics.stringWidth(f"{n} {note}", font, 8) <= width - 2 * side, note
    note_page: dict[int, int] = {}
    placed: dict[int, int] = {}

    def page_start(canvas, doc) -> None:
        canvas.setNamedCB("note", lambda canvas, kind, label: note_page.__setitem__(int(label), canvas.getPageNumber()))
        canvas.saveState()
        canvas.setFont(font, 8.5)
        canvas.setFillColor(HKSUBMIT_GREY)
        canvas.drawString(side, 13 * mm, HKSUBMIT_FOOTER)
        canvas.drawRightString(width - side, 13 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    def page_end(canvas, doc) -> None:  # the page's notes, drawn after its text
        here = sorted(n for n, on in placed.items() if on == canvas.getPageNumber())
        if here:
            canvas.saveState()
            canvas.setLineWidth(0.5)
            canvas.line(side, frame_bottom - 3 * mm, side + 40 * mm, frame_bottom - 3 * mm)
            canvas.setFont(font, 8)
            for k, n in enumerate(here):
                canvas.drawString(side, frame_bottom - 7 * mm - 4 * mm * k, f"{n} {HKSUBMIT_NOTES[n]}")
            canvas.restoreState()

    contacts = [i for i in body_items if i["style"] == "contact"]

    def story() -> list:
        flowables: list = []
        for item in body_items:
            style = styles[item["style"]]
            if item in contacts:  # the contact lines under a thin rule, kept together
                if item is contacts[0]:
                    flowables.append(KeepTogether(
                        [HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceBefore=16, spaceAfter=6)]
                        + [Paragraph(_escaped(i["text"]), styles["contact"]) for i in contacts]))
                continue
            if "number" in item:
                flowables.append(Paragraph(_b29_body_markup(dict(item, body=item["marked"])), style,
                                           bulletText=item["number"]))
                continue
            flowables += _head_kept(item, styles, leading)
            if item["style"] == "letterhead_en":
                flowables.append(HRFlowable(width="100%", thickness=1.2, color=HKSUBMIT_BLUE, spaceBefore=4,
                                            spaceAfter=12))
        return flowables

    pages = 0
    for run in range(2):  # the second pass draws each note at the foot of the page the first found for it
        note_page.clear()
        out = io.BytesIO()
        doc = BaseDocTemplate(out, pagesize=layout.size)
        frame = Frame(side, frame_bottom, width - 2 * side, height - top - frame_bottom, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=page_start, onPageEnd=page_end)])
        doc.build(story())
        if run == 0:
            placed = dict(note_page)
            pages = doc.page
    assert note_page == placed and set(placed) == set(HKSUBMIT_NOTES), (note_page, placed)
    assert doc.page == pages and 2 <= doc.page <= 4, doc.page
    for page in set(placed.values()):  # the page's notes fit under its frame
        assert sum(1 for on in placed.values() if on == page) <= 3
    return out.getvalue()


# 4. A bank's chief economist's weekly commentary (首席经济学家周评), as the bank's research institute prints it (A4; 20 mm
# left and right, 26 mm top, 22 mm bottom; 10.5 pt on a 19 pt leading, first-line indent 2 characters, justified). The
# title `3月PMI重回扩张区间　经济回升动能增强` (18 pt, bold, dark red, flush left; kind title), the authors `王某某　李某某`
# (10 pt; kind byline) over `2024年4月1日` (10 pt; kind dateline) and a thin rule; `核心观点：` (bold) + a summary written
# here (kind paragraph, the label kept, as an editor's note's); heads `一、PMI重回扩张区间，供需两端同步改善` /
# `二、新动能持续壮大，高技术制造业景气领先` / `三、政策展望：稳增长政策有望靠前发力` (12 pt, bold, dark red, flush left; kind heading,
# kept with two lines) over figures written here with English terms in the running text (`3月官方制造业PMI为50.8%，…`,
# `…同比（YoY）增长7.0%，…`, `…环比（MoM）上涨1.0%；…`) and drawn paragraphs (001, 003), and a closing written here (kind
# paragraph each). After the first written paragraph, kept together: the caption `图1：中国官方制造业PMI（%）` (9.5 pt,
# bold; kind caption) above the chart, **an image** (a PNG made here: bars of the PMI for 13 months over a line at 50,
# its labels drawn into the picture, so no text), and `资料来源：国家统计局，Wind，某某银行研究院` below it (8 pt; kind
# source_note). At the end a framed, shaded box: `首席经济学家：王某某` (kind byline), `电话：010-6659 8888` and
# `邮箱：wangmoumou@example-bank.com.cn` (kind boilerplate each, as a4_report_left_summary's analyst box), then under a
# thin rule `免责声明：…` (8 pt on 12 pt, grey, 3 lines; kind boilerplate, as a4_hk_brokerage_macro_commentary_trad's).
# Furniture (drawn before the page's text): `某某银行研究院` top left and `首席经济学家周评　2024年第13期` top right (9 pt)
# over a dark red rule; `请阅读正文之后的免责声明` bottom left and the page number bottom right (8.5 pt).
WEEKLY_LAYOUT = Layout("a4_bank_economist_weekly_commentary", FONT, A4, 10.5, 19, 2, 0,
                       ("某某银行研究院", "首席经济学家周评　2024年第13期"), "{page}", ("001", "003"))
WEEKLY_MARGINS_MM = (20, 26, 22)  # left and right, top, bottom
WEEKLY_RED = colors.Color(0.62, 0.08, 0.1)
WEEKLY_GREY = colors.Color(0.4, 0.4, 0.4)
WEEKLY_BOX = colors.Color(0.96, 0.95, 0.94)
WEEKLY_FOOTER = "请阅读正文之后的免责声明"
WEEKLY_PMI = [("2023-03", 51.9), ("2023-04", 49.2), ("2023-05", 48.8), ("2023-06", 49.0), ("2023-07", 49.3),
              ("2023-08", 49.7), ("2023-09", 50.2), ("2023-10", 49.5), ("2023-11", 49.4), ("2023-12", 49.0),
              ("2024-01", 49.2), ("2024-02", 49.1), ("2024-03", 50.8)]
WEEKLY_OUTLINE = [
    ("title", "3月PMI重回扩张区间　经济回升动能增强"),
    ("authors", "王某某　李某某"),
    ("date", "2024年4月1日"),
    ("summary", "核心观点：3月官方制造业PMI回升至50.8%，时隔6个月重回扩张区间，供需两端同步改善，高技术制造业景气领先。"
                "我们预计一季度GDP同比增长5.0%左右，稳增长政策有望靠前发力，经济回升向好态势有望延续。"),
    ("head", "一、PMI重回扩张区间，供需两端同步改善"),
    ("paragraph", "3月官方制造业PMI为50.8%，较上月上升1.7个百分点，高于市场一致预期的50.1%，为2023年9月以来首次回到荣枯线"
                  "以上。从分项看，生产指数和新订单指数分别为52.2%和53.0%，较上月上升2.4和4.0个百分点；新出口订单指数升至"
                  "51.3%，为近一年来的高点。"),
    ("figure", ""),
    ("paragraph", "{}"),
    ("head", "二、新动能持续壮大，高技术制造业景气领先"),
    ("paragraph", "分行业看，3月高技术制造业PMI为53.1%，连续两个月位于扩张区间；装备制造业PMI为51.6%，较上月上升2.6个百分点。"
                  "1—2月规模以上工业增加值同比（YoY）增长7.0%，其中高技术制造业增加值增长7.5%，明显快于整体工业。"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("head", "三、政策展望：稳增长政策有望靠前发力"),
    ("paragraph", "价格方面，2月CPI同比上涨0.7%，环比（MoM）上涨1.0%；PPI同比下降2.7%，降幅较上月扩大0.2个百分点。综合"
                  "各项高频数据，我们预计一季度GDP同比增长5.0%左右，全年经济增长有望实现5%左右的预期目标。"),
    ("paragraph", "{}"),
    ("paragraph", "综合来看，当前经济回升向好的态势正在巩固，但有效需求不足的问题仍然存在。我们预计二季度货币政策仍将保持"
                  "适度宽松，LPR存在进一步下调的空间，财政政策将加快超长期特别国债发行，支持新质生产力加快发展。"),
    ("analyst", "首席经济学家：王某某"),
    ("contact", "电话：010-6659 8888"),
    ("contact", "邮箱：wangmoumou@example-bank.com.cn"),
    ("legal", "免责声明：本报告由某某银行研究院撰写，所载观点仅代表作者个人意见，不代表某某银行的立场。报告所引用的信息均来自"
              "公开资料，本院力求但不保证其准确性和完整性。本报告仅供参考，不构成任何投资建议，据此操作风险自担。未经本院"
              "书面许可，任何机构和个人不得以任何形式翻版、复制和发布。")]
WEEKLY_FIGURE = [{"kind": "caption", "text": "图1：中国官方制造业PMI（%）", "style": "caption"},
                 {"kind": "source_note", "text": "资料来源：国家统计局，Wind，某某银行研究院", "style": "source"}]
WEEKLY_KINDS = {"title": "title", "authors": "byline", "date": "dateline", "summary": "paragraph", "head": "heading",
                "paragraph": "paragraph", "analyst": "byline", "contact": "boilerplate", "legal": "boilerplate"}
WEEKLY_PARAGRAPHS = sum(text.count("{}") for _, text in WEEKLY_OUTLINE)


def _weekly_items(drawn: list[str]) -> list[dict]:
    outline = [entry for entry in WEEKLY_OUTLINE if entry[0] != "figure"]
    items = _b25_items(outline, drawn, WEEKLY_PARAGRAPHS, WEEKLY_KINDS)
    at = [style for style, _ in WEEKLY_OUTLINE].index("figure")
    for item in items:
        if item["style"] == "summary":
            item["lead"] = item["text"][:item["text"].index("：") + 1]
    return items[:at] + [dict(WEEKLY_FIGURE[0]), {"kind": "figure", "text": "", "style": "figure"},
                         dict(WEEKLY_FIGURE[1])] + items[at:]


def _weekly_chart(width: float, height: float) -> Flowable:
    """The PMI chart as a picture (a PNG drawn here at 4 pixels a point): a bar for each month, dark red where it is
    50 or above, grey below, over a value axis from 47 to 53 with a dashed line at 50, its labels (the axis' values and
    every other month) drawn into the picture in PIL's own font, as a chart pasted into a word processor is."""
    from PIL import Image as PILImage, ImageDraw, ImageFont
    from reportlab.platypus import Image
    scale = 4
    w, h = int(width * scale), int(height * scale)
    picture = PILImage.new("RGB", (w, h), "white")
    draw = ImageDraw.Draw(picture)
    text_font = ImageFont.load_default(size=9 * scale)
    x0, x1, y0, y1 = 30 * scale, w - 10 * scale, h - 24 * scale, 10 * scale
    low, high = 47.0, 53.0

    def y_of(value: float) -> float:
        return y0 - (value - low) / (high - low) * (y0 - y1)

    for tick in range(47, 54):
        y = y_of(tick)
        draw.line([(x0, y), (x1, y)], fill=(225, 225, 225), width=scale // 2)
        draw.text((x0 - 4 * scale, y), str(tick), fill=(60, 60, 60), font=text_font, anchor="rm")
    for x in range(int(x0), int(x1), 8 * scale):  # the dashed line at 50
        draw.line([(x, y_of(50)), (min(x + 4 * scale, x1), y_of(50))], fill=(90, 90, 90), width=scale)
    step = (x1 - x0) / len(WEEKLY_PMI)
    for k, (month, value) in enumerate(WEEKLY_PMI):
        left = x0 + k * step + step * 0.2
        colour = (158, 20, 26) if value >= 50 else (150, 150, 150)
        draw.rectangle([left, y_of(value), left + step * 0.6, y0], fill=colour)
        if k % 2 == 0:
            draw.text((left + step * 0.3, y0 + 6 * scale), month, fill=(60, 60, 60), font=text_font, anchor="mt")
    draw.line([(x0, y0), (x1, y0)], fill=(60, 60, 60), width=scale // 2)
    png = io.BytesIO()
    picture.save(png, format="PNG")
    png.seek(0)
    return Image(png, width=width, height=height)


def typeset_weekly(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in WEEKLY_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 18, 28, textColor=WEEKLY_RED, spaceAfter=6),
              "authors": _styled(font, "authors", 10, 16),
              "date": _styled(font, "date", 10, 16),
              "summary": body, "paragraph": body,
              "head": _styled(BOLD_FONT, "head", 12, 20, textColor=WEEKLY_RED, spaceBefore=8, spaceAfter=4),
              "caption": _styled(BOLD_FONT, "caption", 9.5, 15, spaceBefore=6, spaceAfter=4),
              "source": _styled(font, "source", 8, 12, spaceBefore=3, spaceAfter=8),
              "analyst": _styled(font, "analyst", 9.5, 15),
              "contact": _styled(font, "contact", 9.5, 15),
              "legal": _styled(font, "legal", 8, 12, alignment=4, textColor=WEEKLY_GREY)}
    boxed = [i for i in items if i["style"] in ("analyst", "contact")]
    legal = [i for i in items if i["style"] == "legal"]
    _b25_checked([i for i in items if i["style"] not in ("figure", "legal")], styles, WEEKLY_OUTLINE, text_width)
    for item in legal:
        markup = _escaped(item["text"])
        assert _wrapped_lines(markup, styles["legal"], text_width) == 3, item["text"]
        assert _last_line_has_word(markup, styles["legal"], text_width), item["text"]
        _no_lone_last(markup, styles["legal"], text_width)
        assert not _badly_broken(markup, styles["legal"], text_width), item["text"]
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        if item["style"] == "caption":  # caption, chart and source note kept together
            story.append(KeepTogether([Paragraph(_escaped(item["text"]), styles["caption"]),
                                       _weekly_chart(text_width, 62 * mm),
                                       Paragraph(_escaped(items[k + 2]["text"]), styles["source"])]))
            k += 3
            continue
        if item in boxed:
            if item is boxed[0]:
                box = _box([[Paragraph(_escaped(i["text"]), styles[i["style"]])] for i in boxed], text_width,
                           WEEKLY_BOX, 0.6)
                story += [Spacer(1, 14), KeepTogether([box])]
        elif item in legal:
            story += [HRFlowable(width="100%", thickness=0.5, color=WEEKLY_GREY, spaceBefore=12, spaceAfter=6),
                      Paragraph(_escaped(item["text"]), styles["legal"])]
        else:
            story += _b25_story([item], styles, leading)
            if item["style"] == "date":
                story.append(HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceBefore=6, spaceAfter=10))
        k += 1

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        y = height - 16 * mm
        canvas.drawString(side, y, layout.header[0])
        canvas.drawRightString(width - side, y, layout.header[1])
        canvas.setStrokeColor(WEEKLY_RED)
        canvas.setLineWidth(1)
        canvas.line(side, y - 2.5 * mm, width - side, y - 2.5 * mm)
        canvas.setFont(font, 8.5)
        canvas.setFillColor(WEEKLY_GREY)
        canvas.drawString(side, 12 * mm, WEEKLY_FOOTER)
        canvas.drawRightString(width - side, 12 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    return _built(layout, story, furniture, (side, side, top, bottom), (2, 3))


def twenty_ninth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 134 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (POLICYADDR_LAYOUT, POLICYADDR_PARAGRAPHS + 2, _policyaddr_items, typeset_policyaddr, _gold),
            (STUDYREADER_LAYOUT, STUDYREADER_PARAGRAPHS + 6, _studyreader_items, typeset_studyreader, _gold),
            (HKSUBMIT_LAYOUT, HKSUBMIT_PARAGRAPHS + 4, _hksubmit_items, typeset_hksubmit, _gold),
            (WEEKLY_LAYOUT, WEEKLY_PARAGRAPHS + 2, _weekly_items, typeset_weekly,
             lambda items: _gold([i for i in items if i["kind"] != "figure"]))):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- A thirtieth batch of four held-out layouts, appended after the 138 above (their paragraphs come from the shared
# rng after those, so the 138 come out byte for byte as before), made blind to the cleaner (its code, tests and scores
# unread). As in the batches before, text is escaped for ReportLab's markup, the gold keeps the text as printed, block
# by block (bold, colour, a box or a run-in lead's weight is layout, not text; a bullet is left out of its point; page
# furniture and an image's insides are not in the gold), each layout draws two paragraphs more than it sets and sets
# the first that the font prints whole, first those without an enumerator of their own (_unnumbered_first), passing
# over those that open with a speaker's label (_unlabelled), and a text written here takes the next drawn paragraph
# where it holds `{}` (_b25_items). Written text keeps out the middle dot `·`. All four are mostly running text in one
# column: a chapter of a Macau government bureau's annual report with a highlights box, a research magazine's
# investigation report with an editor's note, the authors' note at the first page's foot and a boxed case, a university
# academic society's call for papers with its numbered topics and rules, and a securities firm's strategy weekly with an
# `投资要点` box, a chart pasted in as an image and the analyst's certification and disclaimer in small type.

def _b30_points_checked(items: list[dict], style: ParagraphStyle, bullet: str, width: float, most: int) -> None:
    """Asserts that each point, its bullet and a space before it (a lead, if any, bold), takes at most `most` lines at
    this width, leaves more than one character on its last line, opens no line with a lone character in a run of its
    own and breaks no line after an opening bracket or quote."""
    for item in items:
        markup = _escaped(bullet + " ") + _led(item)
        assert _wrapped_lines(markup, style, width) <= most, item["text"]
        assert _last_line_has_word(markup, style, width), item["text"]
        assert _lines_open_safely(markup, style, width), item["text"]
        _no_lone_last(markup, style, width)
        assert not _badly_broken(markup, style, width), item["text"]


def _b30_small_print_checked(items: list[dict], style: ParagraphStyle, width: float) -> None:
    """Asserts that each block of small print (its label bold) leaves a word and more than one character on its last
    line, opens no line with a lone character in a run of its own and breaks no line after an opening bracket."""
    for item in items:
        markup = _led(item)
        assert _last_line_has_word(markup, style, width), item["text"]
        assert _lines_open_safely(markup, style, width), item["text"]
        _no_lone_last(markup, style, width)
        assert not _badly_broken(markup, style, width), item["text"]


# 1. A chapter of a Macau government bureau's annual report (年報), Traditional, as the bureau prints it (A4; 22 mm left
# and right, 30 mm top, 24 mm bottom; 11 pt on a 20 pt leading, first-line indent 2 characters, justified), pages 17-19
# of the report. The chapter head `第三章　推動經濟適度多元發展` (18 pt, bold, teal, flush left, over a 1 pt teal rule; kind
# heading, as a4_hk_policy_address_chapter_trad's); an opening written here (figures); a framed box on a light teal
# ground as wide as the text, kept on one page: `二〇二三年工作摘要` (12 pt, bold, teal; kind heading, as the policy
# address's `重點新措施`) over four points written here, each `■ ` and its text hanging after it, no closing mark (10 pt;
# kind sidebar each, the bullet not in the gold). Sections `一、支援中小企業發展` … `四、工作展望` (13 pt, bold, teal, flush left;
# kind heading, kept with two lines) and under the first the subheads `（一）優化中小企業援助計劃` / `（二）推動企業數字化轉型`
# (bold, the body's size; kind heading, kept with two lines), over paragraphs written here (figures in the bureau's
# year: applications, patacas, trademarks) and drawn (000, 002), and a closing written here (kind paragraph each).
# Furniture (drawn before the page's text), over a thin teal rule at the top: the bureau's name `經濟及科技發展局` (9 pt)
# over its Portuguese name `Direcção dos Serviços de Economia e Desenvolvimento Tecnológico` (7.5 pt) top left, and
# `二〇二三年年報` top right on the Portuguese name's line (9 pt), all teal; the page number at the bottom's outer corner
# (9 pt).
MOANNUAL_LAYOUT = Layout("a4_macau_bureau_annual_report_chapter_trad", FONT, A4, 11, 20, 2, 0,
                         ("經濟及科技發展局", "Direcção dos Serviços de Economia e Desenvolvimento Tecnológico"), "{page}",
                         ("000", "002"))
MOANNUAL_MARGINS_MM = (22, 30, 24)  # left and right, top, bottom
MOANNUAL_FIRST_PAGE = 17
MOANNUAL_REPORT = "二〇二三年年報"
MOANNUAL_TEAL = colors.Color(0.0, 0.38, 0.42)
MOANNUAL_BOX = colors.Color(0.91, 0.96, 0.96)
MOANNUAL_BULLET = "■"
MOANNUAL_OUTLINE = [
    ("chapter", "第三章　推動經濟適度多元發展"),
    ("paragraph", "二〇二三年，澳門經濟全面復常，本地生產總值按年實質上升80.5%。本局按照特區政府的「1+4」經濟適度多元發展策略，"
                  "圍繞支援中小企業、推動科技創新及加強知識產權保護等範疇開展工作，全年各項工作取得積極成效。"),
    ("box_head", "二〇二三年工作摘要"),
    ("point", "批出中小企業援助計劃申請1,058宗，援助金額約2.86億澳門元"),
    ("point", "新認定澳門高新技術企業21家，累計認定54家"),
    ("point", "受理商標註冊申請15,862宗，按年增長12.4%"),
    ("point", "資助112家中小企業開展數字化轉型項目"),
    ("section", "一、支援中小企業發展"),
    ("sub", "（一）優化中小企業援助計劃"),
    ("paragraph", "2023年，本局共接獲「中小企業援助計劃」申請1,236宗，批出1,058宗，援助金額合共約2.86億澳門元，按年增加"
                  "15.3%。為減輕企業經營壓力，本局延續「中小企業銀行貸款利息補貼計劃」，全年批出利息補貼申請2,417宗，涉及"
                  "補貼金額約6,300萬澳門元。"),
    ("paragraph", "{}"),
    ("sub", "（二）推動企業數字化轉型"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("section", "二、推動科技創新及產業發展"),
    ("paragraph", "本局持續推進澳門高新技術企業認定工作，全年新認定高新技術企業21家，累計認定54家，涵蓋集成電路、人工智能、"
                  "中醫藥大健康及新材料等領域。獲認定的企業可按法律規定享有所得補充稅減免等稅務優惠，本局並協助企業對接"
                  "橫琴粵澳深度合作區的產業支援政策。"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("section", "三、加強知識產權保護"),
    ("paragraph", "2023年，本局共受理商標註冊申請15,862宗，按年增長12.4%；受理發明專利及實用專利申請合共1,207宗。本局持續"
                  "優化知識產權電子服務，商標註冊申請可全程以電子方式辦理，並加強與內地及葡語國家知識產權部門的交流合作。"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("section", "四、工作展望"),
    ("paragraph", "二〇二四年，本局將繼續落實「1+4」經濟適度多元發展策略，進一步完善中小企業支援措施，加快培育高新技術企業，"
                  "推動傳統產業數字化轉型，並深化與橫琴粵澳深度合作區的協同聯動，為澳門經濟適度多元發展注入新動能。")]
MOANNUAL_KINDS = {"chapter": "heading", "paragraph": "paragraph", "box_head": "heading", "point": "sidebar",
                  "section": "heading", "sub": "heading"}
MOANNUAL_PARAGRAPHS = sum(text.count("{}") for _, text in MOANNUAL_OUTLINE)


def _moannual_items(drawn: list[str]) -> list[dict]:
    return _b25_items(MOANNUAL_OUTLINE, drawn, MOANNUAL_PARAGRAPHS, MOANNUAL_KINDS)


def typeset_moannual(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in MOANNUAL_MARGINS_MM)
    text_width = width - 2 * side - 12  # less the frame's padding
    bullet = pdfmetrics.stringWidth(MOANNUAL_BULLET + " ", font, 10)
    styles = {"chapter": _styled(BOLD_FONT, "chapter", 18, 26, textColor=MOANNUAL_TEAL),
              "paragraph": _body_style(layout),
              "box_head": _styled(BOLD_FONT, "box_head", 12, 20, textColor=MOANNUAL_TEAL, spaceAfter=2),
              "point": _styled(font, "point", 10, 17, leftIndent=bullet, firstLineIndent=-bullet),
              "section": _styled(BOLD_FONT, "section", 13, 22, textColor=MOANNUAL_TEAL, spaceBefore=8, spaceAfter=4),
              "sub": _styled(BOLD_FONT, "sub", pt, leading, spaceBefore=2, spaceAfter=2)}
    boxed = [i for i in items if i["style"] in ("box_head", "point")]
    _b25_checked([i for i in items if i not in boxed], styles, MOANNUAL_OUTLINE, text_width)
    _one_line_each(boxed[:1], styles, text_width - 16)
    _b30_points_checked(boxed[1:], styles["point"], MOANNUAL_BULLET, text_width - 16, 1)
    story: list = []
    for item in items:
        if item in boxed:
            if item is boxed[0]:
                rows = [[Paragraph(_escaped(i["text"]), styles["box_head"])] if i is boxed[0] else
                        [Paragraph(_escaped(MOANNUAL_BULLET + " " + i["text"]), styles["point"])] for i in boxed]
                box = _box(rows, text_width, MOANNUAL_BOX, 0)
                box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, MOANNUAL_TEAL)]))
                story += [Spacer(1, 6), KeepTogether([box]), Spacer(1, 10)]
            continue
        story += _b25_story([item], styles, leading)
        if item["style"] == "chapter":
            story.append(HRFlowable(width="100%", thickness=1, color=MOANNUAL_TEAL, spaceBefore=4, spaceAfter=12))

    def furniture(canvas, doc) -> None:
        number = MOANNUAL_FIRST_PAGE + doc.page - 1
        canvas.saveState()
        canvas.setFillColor(MOANNUAL_TEAL)
        canvas.setFont(font, 9)
        canvas.drawString(side, height - 14 * mm, layout.header[0])
        canvas.drawRightString(width - side, height - 17.5 * mm, MOANNUAL_REPORT)
        canvas.setFont(font, 7.5)
        canvas.drawString(side, height - 17.5 * mm, layout.header[1])
        canvas.setStrokeColor(MOANNUAL_TEAL)
        canvas.setLineWidth(0.6)
        canvas.line(side, height - 19.5 * mm, width - side, height - 19.5 * mm)
        canvas.setFillColor(colors.black)
        canvas.setFont(font, 9)
        _at_outer_edge(canvas, layout.footer.format(page=number), 13 * mm, side, number % 2 == 1)
        canvas.restoreState()

    return _built(layout, story, furniture, (side, side, top, bottom), (2, 4))


# 2. A research magazine's investigation report (调研报告), as the magazine prints it (大16开, 210 x 285 mm; 22 mm left and
# right, 26 mm top, 22 mm bottom, the first page's text standing higher over the authors' note; 10.5 pt on an 18 pt
# leading, first-line indent 2 characters, justified), pages 37-39 of the issue. The column's name `调查研究` (11 pt, bold,
# dark blue, flush left, over a thin dark blue rule; kind heading, a kicker, as a4_newsletter_hk's `短評`); the title
# `传统制造业如何向“新”而行` (20 pt, bold, flush left; kind title) over `——某某省传统产业转型升级培育新质生产力的调查` (12 pt, flush
# left; kind heading, a `——` line under a title); the authors `王某某　李某某　张某某` (11 pt; kind byline). Between thin rules,
# `编者按：` (bold) + a text written here (9.5 pt on 16 pt, 2 characters in on both sides, no indent; kind paragraph, the
# label kept, as b5_seminar_speeches_summary's). Heads `一、调研的基本情况` … `四、对策建议` (12 pt, bold, flush left; kind
# heading, kept with two lines) and under the second and the fourth `（一）…` subheads (bold, the body's size, indented 2
# characters; kind heading, kept with two lines), over paragraphs written here (the survey's figures, `…一是…；二是…；三是…。`,
# a closing) and drawn (001, 003) (kind paragraph each). After the first subhead's paragraph, a framed box on a light
# blue ground kept on one page: `案例　某某纺织集团：老厂房里的“智造”新生` (10.5 pt, bold, dark blue; kind heading, as
# a4_white_paper_chapter's `专栏1　…`) over two paragraphs written here (9.5 pt on 16 pt; kind sidebar each). At the end
# `（责任编辑：孙某某）` flush right (9.5 pt; kind byline, as b5_book_review_trad's). At the foot of page 37, under a 40 mm
# rule and drawn after the page's text, `作者简介：王某某，…；李某某，…；张某某，…。` (8 pt on 12 pt, 2 lines; kind footnote, listed
# last, as a4_journal_arabic_sections'). Furniture (drawn before the page's text): from page 38 on, over a thin rule at
# the top, `某某发展观察　2024年第7期` on the even page and the column's name `调查研究` on odd ones, at the outer edge (9 pt);
# the page number at the bottom's outer corner of every page (9 pt).
INVESTIG_LAYOUT = Layout("large16k_research_magazine_investigation_report", FONT, (210 * mm, 285 * mm), 10.5, 18, 2, 0,
                         ("调查研究", "某某发展观察　2024年第7期"), "{page}", ("001", "003"))
INVESTIG_MARGINS_MM = (22, 26, 22)  # left and right, top, bottom
INVESTIG_FIRST_PAGE = 37
INVESTIG_BLUE = colors.Color(0.1, 0.22, 0.5)
INVESTIG_BOX = colors.Color(0.93, 0.95, 0.99)
INVESTIG_NOTE = ("作者简介：王某某，某某省社会科学院经济研究所所长、研究员，主要研究方向为产业经济；李某某，某某省社会科学院经济研究所"
                 "副研究员；张某某，某某大学经济学院博士研究生。")
INVESTIG_OUTLINE = [
    ("kicker", "调查研究"),
    ("title", "传统制造业如何向“新”而行"),
    ("subtitle", "——某某省传统产业转型升级培育新质生产力的调查"),
    ("authors", "王某某　李某某　张某某"),
    ("note", "编者按：传统产业是现代化产业体系的基底。发展新质生产力不是忽视、放弃传统产业，而是要用新技术改造提升传统产业。"
             "本刊特约某某省社会科学院课题组深入企业一线开展调研，形成此文，刊发以供读者参考。"),
    ("head", "一、调研的基本情况"),
    ("paragraph", "2024年3月至5月，课题组先后赴某某、某某、某某等6个设区市，走访纺织、机械、建材、化工等行业企业86家，召开"
                  "座谈会12场，发放企业问卷420份，回收有效问卷386份，有效回收率为91.9%。受访企业中，规模以上工业企业占72.5%，"
                  "专精特新企业占18.1%。"),
    ("paragraph", "{}"),
    ("head", "二、主要做法与成效"),
    ("sub", "（一）以“智改数转”提升生产效率"),
    ("paragraph", "{}"),
    ("box_head", "案例　某某纺织集团：老厂房里的“智造”新生"),
    ("box_text", "某某纺织集团是一家有着60多年历史的老牌国有企业。2021年以来，集团投入3.2亿元实施“智改数转”工程，引进智能"
                 "纺纱、自动络筒等设备1200余台（套），建成省级智能工厂和5G全连接工厂。"),
    ("box_text", "改造完成后，集团万锭用工由60人降至15人，产品不良率下降42%，人均劳动生产率提高近3倍。2023年，集团实现营业"
                 "收入48.6亿元，同比增长11.2%，功能性、差别化纤维产品占比提高到65%。"),
    ("sub", "（二）以创新平台增强研发能力"),
    ("paragraph", "{}"),
    ("paragraph", "截至2023年底，全省传统制造业领域共有省级以上企业技术中心326家，规模以上传统制造业企业研发经费支出同比增长"
                  "13.7%。问卷显示，61.4%的受访企业与高校或科研院所开展了产学研合作，较2020年提高近20个百分点。"),
    ("head", "三、面临的主要问题"),
    ("paragraph", "调研也发现，传统产业转型升级仍面临不少困难：一是部分企业转型意愿不强，担心投入大、见效慢；二是中小企业数字化"
                  "基础薄弱，缺乏既懂技术又懂管理的复合型人才；三是融资渠道相对单一，技术改造项目融资难、融资贵的问题依然存在。"),
    ("paragraph", "{}"),
    ("head", "四、对策建议"),
    ("sub", "（一）分类推进企业技术改造"),
    ("paragraph", "{}"),
    ("sub", "（二）加快培育复合型人才"),
    ("paragraph", "{}"),
    ("sub", "（三）创新技术改造金融支持方式"),
    ("paragraph", "{}"),
    ("paragraph", "传统产业转型升级是一项系统工程，需要政府、企业和社会各方协同发力。只要坚持因地制宜、分类施策，传统产业完全"
                  "可以焕发新的生机活力，成为培育和发展新质生产力的重要阵地。"),
    ("editor", "（责任编辑：孙某某）"),
    ("footnote", INVESTIG_NOTE)]
INVESTIG_KINDS = {"kicker": "heading", "title": "title", "subtitle": "heading", "authors": "byline",
                  "note": "paragraph", "head": "heading", "sub": "heading", "paragraph": "paragraph",
                  "box_head": "heading", "box_text": "sidebar", "editor": "byline", "footnote": "footnote"}
INVESTIG_PARAGRAPHS = sum(text.count("{}") for _, text in INVESTIG_OUTLINE)


def _investig_items(drawn: list[str]) -> list[dict]:
    return _b25_items(INVESTIG_OUTLINE, drawn, INVESTIG_PARAGRAPHS, INVESTIG_KINDS)


def typeset_investig(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in INVESTIG_MARGINS_MM)
    text_width = width - 2 * side - 12
    styles = {"kicker": _styled(BOLD_FONT, "kicker", 11, 18, textColor=INVESTIG_BLUE),
              "title": _styled(BOLD_FONT, "title", 20, 30, spaceBefore=8, spaceAfter=2),
              "subtitle": _styled(font, "subtitle", 12, 20, spaceAfter=8),
              "authors": _styled(font, "authors", 11, 18, spaceAfter=8),
              "note": _styled(font, "note", 9.5, 16, alignment=4, leftIndent=2 * pt, rightIndent=2 * pt),
              "head": _styled(BOLD_FONT, "head", 12, 20, spaceBefore=8, spaceAfter=4),
              "sub": _styled(BOLD_FONT, "sub", pt, leading, firstLineIndent=2 * pt, spaceBefore=2, spaceAfter=2),
              "paragraph": _body_style(layout),
              "box_head": _styled(BOLD_FONT, "box_head", pt, 18, textColor=INVESTIG_BLUE, spaceAfter=2),
              "box_text": _styled(font, "box_text", 9.5, 16, firstLineIndent=19, alignment=4),
              "editor": _styled(font, "editor", 9.5, 16, alignment=2, spaceBefore=6),
              "footnote": _styled(font, "footnote", 8, 12, alignment=4)}
    text_items = [i for i in items if i["kind"] != "footnote"]
    assert [i["text"] for i in items if i["kind"] == "footnote"] == [INVESTIG_NOTE]
    note_item = next(i for i in items if i["style"] == "note")
    boxed = [i for i in items if i["style"] in ("box_head", "box_text")]
    _b25_checked([i for i in text_items if i is not note_item and i not in boxed], styles, INVESTIG_OUTLINE,
                 text_width)
    _b25_checked([note_item], styles, INVESTIG_OUTLINE, text_width - 2 * pt)
    _one_line_each(boxed[:1], styles, text_width - 16)
    _b30_small_print_checked(boxed[1:], styles["box_text"], text_width - 16)
    note = Paragraph(_escaped(INVESTIG_NOTE), styles["footnote"])
    assert note.wrap(width - 2 * side, height)[1] == 2 * 12
    _b30_small_print_checked([{"text": INVESTIG_NOTE}], styles["footnote"], width - 2 * side)
    story: list = []
    for item in text_items:
        if item in boxed:
            if item is boxed[0]:
                box = _box([[Paragraph(_escaped(i["text"]), styles[i["style"]])] for i in boxed], text_width,
                           INVESTIG_BOX, 0)
                box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, INVESTIG_BLUE)]))
                story += [Spacer(1, 6), KeepTogether([box]), Spacer(1, 10)]
            continue
        if item is note_item:
            story += [HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceBefore=2, spaceAfter=6),
                      Paragraph(_led(item), styles["note"]),
                      HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceBefore=6, spaceAfter=8)]
            continue
        story += _b25_story([item], styles, leading)
        if item["style"] == "kicker":
            story.append(HRFlowable(width="100%", thickness=0.5, color=INVESTIG_BLUE, spaceBefore=2, spaceAfter=4))
    note_h = 2 * 12

    def page_start(canvas, doc) -> None:
        number = INVESTIG_FIRST_PAGE + doc.page - 1
        odd = number % 2 == 1
        canvas.saveState()
        canvas.setFont(font, 9)
        if doc.page > 1:
            y = height - 15 * mm
            _at_outer_edge(canvas, layout.header[0] if odd else layout.header[1], y, side, odd)
            canvas.setLineWidth(0.5)
            canvas.line(side, y - 2 * mm, width - side, y - 2 * mm)
        _at_outer_edge(canvas, layout.footer.format(page=number), 12 * mm, side, odd)
        canvas.restoreState()

    def page_end(canvas, doc) -> None:  # the authors' note, drawn after the first page's text
        if doc.page == 1:
            canvas.saveState()
            y = bottom + note_h + 5 * mm
            canvas.setLineWidth(0.5)
            canvas.line(side, y, side + 40 * mm, y)
            note.wrap(width - 2 * side, height)
            note.drawOn(canvas, side, y - 2 * mm - note.height)
            canvas.restoreState()

    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=layout.size)
    raised = bottom + note_h + 8 * mm
    doc.addPageTemplates([
        PageTemplate("first", [Frame(side, raised, width - 2 * side, height - top - raised, id="first")],
                     onPage=page_start, onPageEnd=page_end, autoNextPageTemplate="later"),
        PageTemplate("later", [Frame(side, bottom, width - 2 * side, height - top - bottom, id="body")],
                     onPage=page_start, onPageEnd=page_end)])
    doc.build(story)
    assert 3 <= doc.page <= 4, doc.page
    return out.getvalue()


# 3. A university academic society's call for papers (征文通知), as its Word file prints it (A4; 28 mm left, 26 mm right, 30
# mm top, 28 mm bottom; 12 pt on a 22 pt leading, first-line indent 2 characters, justified). The issuer `某某大学经济学会`
# (22 pt, bold, red, centred, over a 1.5 pt red rule; kind byline, as a4_notice_attachments' issuer mark); the title on
# two lines broken by sense, `关于举办第六届“新质生产力与中国式现代化”` / `学术论坛的征文通知` (18 pt, bold, centred; kind title, one
# item); no salutation: two drawn paragraphs (001) and one written here ending `…现将征文有关事项通知如下：` (kind
# paragraph each). Heads `一、征文主题` … `七、联系方式` (bold, indented 2 characters, the body's size; kind heading, kept with
# two lines). Under the first a lead-in written here (kind paragraph) over eight topics `1. 新质生产力的理论内涵、…` … (kind
# list_item each, the number kept; no closing mark), under the third four rules `1. …。` (kind list_item each), each
# item's number 2 characters in, the lines after its first hanging under its text; three topics and three rules wrap to
# 2 lines. Under the second, the fourth (deadlines), the fifth (submission) and the sixth (review) a paragraph written
# here each. Under the seventh three contact lines indented 2 characters, `联系人：…` / `联系电话：…` / `电子邮箱：…` (kind
# boilerplate each, as b5_macau_funding_guide_trad's). At the end, flush right 4 characters in, one empty line above
# them, `某某大学经济学会` (kind byline) over `2024年6月10日` (kind dateline). Furniture: the page number centred at the
# bottom (10.5 pt; drawn before the page's text); no header.
CFP_LAYOUT = Layout("a4_university_society_call_for_papers", FONT, A4, 12, 22, 2, 0, None, "{page}", ("001",))
CFP_MARGINS_MM = (28, 26, 30, 28)  # left, right, top, bottom
CFP_RED = colors.Color(0.8, 0.05, 0.05)
CFP_TITLE_LINES = ("关于举办第六届“新质生产力与中国式现代化”", "学术论坛的征文通知")
CFP_OUTLINE = [
    ("issuer", "某某大学经济学会"),
    ("title", "".join(CFP_TITLE_LINES)),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "为深入学习贯彻习近平总书记关于发展新质生产力的重要论述，推动经济学理论研究与实践相结合，某某大学经济学会"
                  "定于2024年11月在某某大学举办第六届“新质生产力与中国式现代化”学术论坛，现面向全国高校师生和科研院所研究"
                  "人员公开征集论文。现将征文有关事项通知如下："),
    ("head", "一、征文主题"),
    ("paragraph", "本届论坛以“新质生产力与中国式现代化”为主题，参考选题如下（不限于此，作者可围绕主题自拟题目）："),
    ("item", "1. 新质生产力的理论内涵、基本特征与形成逻辑"),
    ("item", "2. 马克思主义生产力理论的中国化时代化与新质生产力"),
    ("item", "3. 科技创新、产业创新与新质生产力发展"),
    ("item", "4. 数字经济、数据要素与新质生产力：作用机制、水平测度与实证检验"),
    ("item", "5. 以新型生产关系适应新质生产力：全面深化经济体制和科技体制改革的重点领域与关键环节"),
    ("item", "6. 新质生产力视角下的传统产业转型升级、战略性新兴产业发展壮大和未来产业前瞻布局"),
    ("item", "7. 区域协调发展视角下各地因地制宜发展新质生产力的实践路径与典型案例研究"),
    ("item", "8. 绿色生产力、新型劳动者与高质量发展"),
    ("head", "二、征文对象"),
    ("paragraph", "全国高等院校、科研院所的教师和研究人员，在读博士、硕士研究生及本科生，党政机关和企事业单位的实际工作者均"
                  "可投稿。"),
    ("head", "三、征文要求"),
    ("item", "1. 论文须紧扣论坛主题，观点鲜明，论证严谨，资料翔实，且未在任何公开出版物或学术会议上发表。"),
    ("item", "2. 论文字数一般为8000—12000字，须包括中英文题目、摘要、关键词、正文及参考文献，格式参照《经济研究》投稿要求。"),
    ("item", "3. 论文须为作者原创，严禁抄袭、剽窃等学术不端行为，文字复制比不超过15%。"),
    ("item", "4. 合作论文作者一般不超过3人，投稿时请另附作者信息页。"),
    ("head", "四、时间安排"),
    ("paragraph", "论文截稿日期为2024年9月30日。组委会将于10月下旬前完成评审并通知入选作者，论坛拟于2024年11月中旬在某某大学"
                  "举行，具体时间及议程另行通知。"),
    ("head", "五、投稿方式"),
    ("paragraph", "请将论文电子版（Word和PDF格式各一份）以附件形式发送至论坛邮箱，邮件主题注明“论坛征文+作者姓名+单位+论文"
                  "题目”。组委会收到投稿后，将在3个工作日内回复确认邮件。"),
    ("head", "六、评审与奖励"),
    ("paragraph", "组委会将邀请校内外专家对来稿进行匿名评审，评选一等奖3篇、二等奖6篇、三等奖10篇，颁发获奖证书。优秀论文将"
                  "推荐至《某某大学学报（哲学社会科学版）》等期刊择优发表，入选论文作者将受邀参加论坛并作交流发言。"),
    ("head", "七、联系方式"),
    ("contact", "联系人：刘同学（学会学术部）　赵老师（经济学院团委）"),
    ("contact", "联系电话：027-8765 4321"),
    ("contact", "电子邮箱：nqpforum@example.edu.cn"),
    ("signature", "某某大学经济学会"),
    ("date", "2024年6月10日")]
CFP_KINDS = {"issuer": "byline", "title": "title", "paragraph": "paragraph", "head": "heading", "item": "list_item",
             "contact": "boilerplate", "signature": "byline", "date": "dateline"}
CFP_PARAGRAPHS = sum(text.count("{}") for _, text in CFP_OUTLINE)
CFP_WRAPPING = (3, 3)  # how many topics and how many rules wrap to 2 lines


def _cfp_items(drawn: list[str]) -> list[dict]:
    return _b25_items(CFP_OUTLINE, drawn, CFP_PARAGRAPHS, CFP_KINDS)


def typeset_cfp(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    left, right, top, bottom = (m * mm for m in CFP_MARGINS_MM)
    text_width = width - left - right - 12
    styles = {"issuer": _styled(BOLD_FONT, "issuer", 22, 30, alignment=1, textColor=CFP_RED),
              "title": _styled(BOLD_FONT, "title", 18, 28, alignment=1, spaceBefore=6, spaceAfter=14),
              "paragraph": _body_style(layout),
              "head": _styled(BOLD_FONT, "head", pt, leading, firstLineIndent=2 * pt),
              "contact": _styled(font, "contact", pt, leading, firstLineIndent=2 * pt),
              "signature": _styled(font, "signature", pt, leading, alignment=2, rightIndent=4 * pt,
                                   spaceBefore=leading),
              "date": _styled(font, "date", pt, leading, alignment=2, rightIndent=4 * pt)}
    listed = [i for i in items if i["kind"] == "list_item"]
    for item in listed:  # the number 2 characters in, the lines after the first under the text
        item["hang"] = _hanging(font, "item", pt, leading, _number_label(item["text"]), 2 * pt, alignment=4)
    title = next(i for i in items if i["style"] == "title")
    _b25_checked([i for i in items if i is not title and i not in listed], styles, CFP_OUTLINE, text_width)
    for line in CFP_TITLE_LINES:
        _fits(_escaped(line), styles["title"], text_width)
    _written_kept_whole(listed, CFP_OUTLINE, styles, text_width)
    wrapping = []
    for item in listed:
        markup = _escaped(item["text"])
        lines = _wrapped_lines(markup, item["hang"], text_width)
        assert lines <= 2 and _last_line_has_word(markup, item["hang"], text_width), item["text"]
        _no_lone_last(markup, item["hang"], text_width)
        wrapping.append(lines == 2)
    topics = sum(1 for item, wraps in zip(listed, wrapping) if wraps and item["text"][-1] not in "。；")
    assert (topics, sum(wrapping) - topics) == CFP_WRAPPING, wrapping
    story: list = []
    for item in items:
        if item is title:
            story.append(Paragraph("<br/>".join(_escaped(line) for line in CFP_TITLE_LINES), styles["title"]))
            continue
        if "hang" in item:
            story.append(Paragraph(_escaped(item["text"]), item["hang"]))
            continue
        story += _b25_story([item], styles, leading)
        if item["style"] == "issuer":
            story.append(HRFlowable(width="100%", thickness=1.5, color=CFP_RED, spaceBefore=4, spaceAfter=10))

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 10.5)
        canvas.drawCentredString(width / 2, 15 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    return _built(layout, story, furniture, (left, right, top, bottom), (2, 3))


# 4. A securities firm's strategy weekly (策略周报), as its research institute prints it (A4; 20 mm left and right, 28 mm
# top, 22 mm bottom; 10.5 pt on an 18 pt leading, first-line indent 2 characters, justified). The title
# `科技成长主线延续，关注业绩与政策共振` (17 pt, bold, flush left; kind title) over `——A股策略周报（2024年4月第2周）` (12 pt; kind
# heading, a `——` line under a title), `2024年4月14日` (10 pt; kind dateline) and
# `分析师：王某某（S0000520070001）　李某某（S0000522030002）` (10 pt; kind byline). Then, the full width of the text, a framed,
# shaded box kept on one page: `投资要点` (12 pt, bold, dark red; kind heading, as a4_report_left_summary's) over four
# points written here, each `■ ` and its text hanging after it, a bold run-in label `市场回顾：` / `核心观点：` / `配置建议：` /
# `风险提示：` kept (9.5 pt on 15 pt; kind sidebar each, the bullet not in the gold). Heads `1. 本周市场回顾` / `2. 策略观点：…`
# / `3. 配置建议` / `4. 风险提示` (12 pt, bold, dark red) and `1.1 …` / `1.2 …` / `2.1 …` / `2.2 …` (10.5 pt, bold) (flush left;
# kind heading each, kept with two lines), over paragraphs written here (the week's index moves, industries, the new
# rules, the allocation, the risks) and drawn (001, 003) (kind paragraph each). After the paragraph under 1.1, kept
# together: `图1：年初以来主要指数累计涨跌幅（%）` (9.5 pt, bold; kind caption) **above** the chart, **an image** (a PNG made
# here: two lines of cumulative returns over 14 weeks, a zero line, the axis' values, dates and a two-entry legend drawn
# into the picture in PIL's own font, so no text) and `资料来源：Wind，某某证券研究所` **below** it (8 pt; kind source_note).
# At the end, under a thin rule, in small type (8 pt on 12 pt, grey, justified, the label bold): `分析师声明：…`,
# `投资评级说明：…` and `免责声明：…` (kind boilerplate each, the label kept, as a4_hk_brokerage_macro_commentary_trad's).
# Furniture (drawn before the page's text): `某某证券` (11 pt, bold, dark red) top left and `证券研究报告｜策略周报` (9 pt) top
# right over a dark red rule; `请务必阅读正文之后的信息披露和免责申明` bottom left and the page number bottom right (8 pt, grey).
STRATWEEKLY_LAYOUT = Layout("a4_securities_strategy_weekly", FONT, A4, 10.5, 18, 2, 0, ("某某证券", "证券研究报告｜策略周报"),
                            "{page}", ("001", "003"))
STRATWEEKLY_MARGINS_MM = (20, 28, 22)  # left and right, top, bottom
STRATWEEKLY_RED = colors.Color(0.6, 0.1, 0.12)
STRATWEEKLY_GREY = colors.Color(0.4, 0.4, 0.4)
STRATWEEKLY_BOX = colors.Color(0.97, 0.95, 0.94)
STRATWEEKLY_BULLET = "■"
STRATWEEKLY_FOOTER = "请务必阅读正文之后的信息披露和免责申明"
STRATWEEKLY_WEEKS = ["01-05", "01-12", "01-19", "01-26", "02-02", "02-09", "02-23", "03-01", "03-08", "03-15", "03-22",
                     "03-29", "04-03", "04-12"]
STRATWEEKLY_SERIES = [("SSE Composite", (158, 26, 30), [-1.6, -1.9, -3.6, -2.8, -6.2, -1.0, 3.9, 4.4, 3.5, 3.7, 2.3,
                                                          1.9, 3.1, 1.5]),
                      ("STAR 50", (40, 80, 150), [-3.4, -6.0, -10.9, -9.3, -17.5, -8.7, -2.0, -0.1, -1.4, -0.9, -3.3,
                                                  -5.2, -4.6, -6.8])]
STRATWEEKLY_OUTLINE = [
    ("title", "科技成长主线延续，关注业绩与政策共振"),
    ("subtitle", "——A股策略周报（2024年4月第2周）"),
    ("date", "2024年4月14日"),
    ("analysts", "分析师：王某某（S0000520070001）　李某某（S0000522030002）"),
    ("box_head", "投资要点"),
    ("point", "市场回顾：本周A股主要指数集体回调，上证指数下跌1.62%，创业板指下跌1.14%；行业层面有色金属、石油石化领涨，"
              "房地产、计算机领跌，两市日均成交额8647亿元，较上周下降6.3%。"),
    ("point", "核心观点：新“国九条”发布，资本市场高质量发展的制度基础进一步夯实；一季度经济数据有望延续回升态势，叠加新质"
              "生产力相关政策密集落地，我们认为市场调整空间有限，科技成长仍是中期配置主线。"),
    ("point", "配置建议：关注三条主线，一是受益于大规模设备更新的高端装备和工业母机；二是人工智能、半导体等科技自立自强方向；"
              "三是业绩确定性较强的高股息资产。"),
    ("point", "风险提示：宏观经济复苏不及预期；政策落地效果不及预期；海外市场波动超预期。"),
    ("head", "1. 本周市场回顾"),
    ("sub", "1.1 主要指数集体回调，成交有所缩量"),
    ("paragraph", "本周（4月8日—4月12日）A股主要指数集体回调。上证指数下跌1.62%，收于3019.47点；深证成指下跌1.10%，创业板指"
                  "下跌1.14%，科创50下跌2.27%。两市日均成交额8647亿元，较上周下降6.3%；北向资金全周净流出43.2亿元。"),
    ("figure", ""),
    ("sub", "1.2 行业与风格：周期领涨，成长调整"),
    ("paragraph", "行业方面，31个申万一级行业中有9个上涨，有色金属（+5.32%）、石油石化（+2.11%）、公用事业（+1.02%）涨幅居前，"
                  "房地产（-5.85%）、计算机（-5.21%）、传媒（-4.90%）跌幅居前。风格方面，大盘价值相对占优，小盘成长调整幅度较大。"),
    ("head", "2. 策略观点：新质生产力主线有望延续"),
    ("sub", "2.1 政策密集落地，新质生产力加快培育"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("sub", "2.2 资本市场改革深化，长期资金入市可期"),
    ("paragraph", "4月12日，国务院印发《关于加强监管防范风险推动资本市场高质量发展的若干意见》，即新“国九条”，从严把发行上市准入"
                  "关、严格上市公司持续监管、加大退市监管力度、推动中长期资金入市等方面作出部署。我们认为，新“国九条”有助于提升"
                  "上市公司质量，引导资金流向具备核心竞争力的科技企业。"),
    ("paragraph", "{}"),
    ("head", "3. 配置建议"),
    ("paragraph", "综合来看，我们建议关注三条主线：一是受益于大规模设备更新和消费品以旧换新的高端装备、工业母机、家电等行业；"
                  "二是人工智能、半导体、创新药等科技自立自强方向；三是煤炭、电力、银行等业绩确定性较强的高股息资产。"),
    ("paragraph", "{}"),
    ("head", "4. 风险提示"),
    ("paragraph", "宏观经济复苏不及预期；政策落地效果不及预期；海外地缘政治冲突加剧，海外市场波动超预期；历史数据不代表未来表现。"),
    ("legal", "分析师声明：本报告署名分析师具有中国证券业协会授予的证券投资咨询执业资格并注册为证券分析师，以勤勉的职业态度，"
              "独立、客观地出具本报告。本报告清晰准确地反映了分析师的研究观点，分析师薪酬的任何组成部分不曾、不与、也将不会与"
              "本报告中的具体推荐意见或观点直接或间接相关。"),
    ("legal", "投资评级说明：以报告发布日后6个月内行业指数相对同期沪深300指数的涨跌幅为基准。看好：相对表现优于基准10%以上；"
              "中性：相对表现介于基准-10%与10%之间；看淡：相对表现弱于基准10%以上。"),
    ("legal", "免责声明：本报告仅供某某证券股份有限公司（以下简称“本公司”）的客户使用，本公司不会因接收人收到本报告而视其为"
              "客户。本报告所载资料来源于公开信息，本公司对其准确性和完整性不作任何保证。本报告所载的观点、意见及推测仅反映"
              "本公司于发布本报告当日的判断，在任何情况下，本报告中的信息或所表述的意见均不构成对任何人的投资建议。")]
STRATWEEKLY_FIGURE = [{"kind": "caption", "text": "图1：年初以来主要指数累计涨跌幅（%）", "style": "caption"},
                      {"kind": "source_note", "text": "资料来源：Wind，某某证券研究所", "style": "source"}]
STRATWEEKLY_KINDS = {"title": "title", "subtitle": "heading", "date": "dateline", "analysts": "byline",
                     "box_head": "heading", "point": "sidebar", "head": "heading", "sub": "heading",
                     "paragraph": "paragraph", "legal": "boilerplate"}
STRATWEEKLY_PARAGRAPHS = sum(text.count("{}") for _, text in STRATWEEKLY_OUTLINE)


def _stratweekly_items(drawn: list[str]) -> list[dict]:
    outline = [entry for entry in STRATWEEKLY_OUTLINE if entry[0] != "figure"]
    items = _b25_items(outline, drawn, STRATWEEKLY_PARAGRAPHS, STRATWEEKLY_KINDS)
    for item in items:  # a point's and a block of small print's label, bold
        if item["style"] in ("point", "legal"):
            item["lead"] = item["text"][:item["text"].index("：") + 1]
    at = [style for style, _ in STRATWEEKLY_OUTLINE].index("figure")
    return items[:at] + [dict(STRATWEEKLY_FIGURE[0]), {"kind": "figure", "text": "", "style": "figure"},
                         dict(STRATWEEKLY_FIGURE[1])] + items[at:]


def _stratweekly_chart(width: float, height: float) -> Flowable:
    """The chart as a picture (a PNG drawn here at 4 pixels a point): each index's cumulative return since the year's
    start, a line a week, over a value axis from -20 to 10 with a line at 0, its labels (the axis' values, every other
    week's date and the legend's two names) drawn into the picture in PIL's own font, as a chart pasted into a word
    processor is."""
    from PIL import Image as PILImage, ImageDraw, ImageFont
    from reportlab.platypus import Image
    scale = 4
    w, h = int(width * scale), int(height * scale)
    picture = PILImage.new("RGB", (w, h), "white")
    draw = ImageDraw.Draw(picture)
    text_font = ImageFont.load_default(size=9 * scale)
    x0, x1, y0, y1 = 30 * scale, w - 12 * scale, h - 22 * scale, 24 * scale
    low, high = -20.0, 10.0

    def y_of(value: float) -> float:
        return y0 - (value - low) / (high - low) * (y0 - y1)

    for tick in range(-20, 11, 5):
        y = y_of(tick)
        draw.line([(x0, y), (x1, y)], fill=(90, 90, 90) if tick == 0 else (225, 225, 225),
                  width=scale if tick == 0 else scale // 2)
        draw.text((x0 - 4 * scale, y), str(tick), fill=(60, 60, 60), font=text_font, anchor="rm")
    step = (x1 - x0) / (len(STRATWEEKLY_WEEKS) - 1)
    for k, week in enumerate(STRATWEEKLY_WEEKS):
        if k % 2 == 0:
            draw.text((x0 + k * step, y0 + 6 * scale), week, fill=(60, 60, 60), font=text_font, anchor="mt")
    for n, (name, colour, values) in enumerate(STRATWEEKLY_SERIES):
        draw.line([(x0 + k * step, y_of(v)) for k, v in enumerate(values)], fill=colour, width=2 * scale)
        x = x0 + 10 * scale + n * 110 * scale
        draw.line([(x, 10 * scale), (x + 18 * scale, 10 * scale)], fill=colour, width=2 * scale)
        draw.text((x + 22 * scale, 10 * scale), name, fill=(60, 60, 60), font=text_font, anchor="lm")
    png = io.BytesIO()
    picture.save(png, format="PNG")
    png.seek(0)
    return Image(png, width=width, height=height)


def typeset_stratweekly(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in STRATWEEKLY_MARGINS_MM)
    text_width = width - 2 * side - 12
    bullet = pdfmetrics.stringWidth(STRATWEEKLY_BULLET + " ", font, 9.5)
    styles = {"title": _styled(BOLD_FONT, "title", 17, 26, spaceAfter=2),
              "subtitle": _styled(font, "subtitle", 12, 20, spaceAfter=4),
              "date": _styled(font, "date", 10, 16),
              "analysts": _styled(font, "analysts", 10, 16, spaceAfter=8),
              "box_head": _styled(BOLD_FONT, "box_head", 12, 20, textColor=STRATWEEKLY_RED, spaceAfter=3),
              "point": _styled(font, "point", 9.5, 15, leftIndent=bullet, firstLineIndent=-bullet, alignment=4,
                               spaceAfter=3),
              "head": _styled(BOLD_FONT, "head", 12, 20, textColor=STRATWEEKLY_RED, spaceBefore=8, spaceAfter=4),
              "sub": _styled(BOLD_FONT, "sub", pt, leading, spaceBefore=4, spaceAfter=2),
              "paragraph": _body_style(layout),
              "caption": _styled(BOLD_FONT, "caption", 9.5, 15, spaceBefore=6, spaceAfter=4),
              "source": _styled(font, "source", 8, 12, spaceBefore=3, spaceAfter=8),
              "legal": _styled(font, "legal", 8, 12, alignment=4, textColor=STRATWEEKLY_GREY, spaceAfter=4)}
    boxed = [i for i in items if i["style"] in ("box_head", "point")]
    legal = [i for i in items if i["style"] == "legal"]
    _b25_checked([i for i in items if i["style"] not in ("figure", "legal") and i not in boxed], styles,
                 STRATWEEKLY_OUTLINE, text_width)
    _one_line_each(boxed[:1], styles, text_width - 16)
    _b30_points_checked(boxed[1:], styles["point"], STRATWEEKLY_BULLET, text_width - 16, 3)
    _b30_small_print_checked(legal, styles["legal"], text_width)
    story: list = []
    k = 0
    while k < len(items):
        item = items[k]
        if item["style"] == "caption":  # caption, chart and source note kept together
            story.append(KeepTogether([Paragraph(_escaped(item["text"]), styles["caption"]),
                                       _stratweekly_chart(text_width, 60 * mm),
                                       Paragraph(_escaped(items[k + 2]["text"]), styles["source"])]))
            k += 3
            continue
        if item in boxed:
            if item is boxed[0]:
                rows = [[Paragraph(_escaped(i["text"]), styles["box_head"])] if i is boxed[0] else
                        [Paragraph(_escaped(STRATWEEKLY_BULLET + " ") + _led(i), styles["point"])] for i in boxed]
                box = _box(rows, text_width, STRATWEEKLY_BOX, 0)
                box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, STRATWEEKLY_RED)]))
                story += [KeepTogether([box]), Spacer(1, 8)]
        elif item in legal:
            if item is legal[0]:
                story.append(HRFlowable(width="100%", thickness=0.5, color=STRATWEEKLY_GREY, spaceBefore=14,
                                        spaceAfter=6))
            story.append(Paragraph(_led(item), styles["legal"]))
        else:
            story += _b25_story([item], styles, leading)
        k += 1

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        y = height - 17 * mm
        canvas.setFont(BOLD_FONT, 11)
        canvas.setFillColor(STRATWEEKLY_RED)
        canvas.drawString(side, y, layout.header[0])
        canvas.setFont(font, 9)
        canvas.setFillColor(colors.black)
        canvas.drawRightString(width - side, y, layout.header[1])
        canvas.setStrokeColor(STRATWEEKLY_RED)
        canvas.setLineWidth(1)
        canvas.line(side, y - 2.5 * mm, width - side, y - 2.5 * mm)
        canvas.setFont(font, 8)
        canvas.setFillColor(STRATWEEKLY_GREY)
        canvas.drawString(side, 12 * mm, STRATWEEKLY_FOOTER)
        canvas.drawRightString(width - side, 12 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    return _built(layout, story, furniture, (side, side, top, bottom), (2, 4))


def thirtieth_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 138 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (MOANNUAL_LAYOUT, MOANNUAL_PARAGRAPHS + 2, _moannual_items, typeset_moannual, _gold),
            (INVESTIG_LAYOUT, INVESTIG_PARAGRAPHS + 2, _investig_items, typeset_investig, _gold),
            (CFP_LAYOUT, CFP_PARAGRAPHS + 2, _cfp_items, typeset_cfp, _gold),
            (STRATWEEKLY_LAYOUT, STRATWEEKLY_PARAGRAPHS + 2, _stratweekly_items, typeset_stratweekly,
             lambda items: _gold([i for i in items if i["kind"] != "figure"]))):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


# ---- A thirty-first batch of four held-out layouts, appended after the 142 above (their paragraphs come from the
# shared rng after those, so the 142 come out byte for byte as before), made blind to the cleaner (its code, tests and
# scores unread). As in the batches before, text is escaped for ReportLab's markup, the gold keeps the text as printed,
# block by block (bold, colour, a rule or a run-in lead's weight is layout, not text; a note's raised number is left out
# of its paragraph; page furniture is not in the gold), each layout draws two paragraphs more than it sets (the digest and
# the study page six, so that none they set opens with an enumerator of its own) and sets the first that the font
# prints whole, first those without an enumerator of their own (_unnumbered_first), passing over those that open with a
# speaker's label (_unlabelled), and a text written here takes the next drawn paragraph where it holds `{}` (_b25_items:
# a `led` entry's lead ends at its first `。`, a `talk` entry's at its first `：`). Written text keeps out the middle dot
# `·`. All four are mostly running text in one column: a digest of experts' views under topic heads, a Taiwan
# Legislative Yuan research office's issue analysis with page-foot notes numbered on through it, three CPPCC members'
# conference speeches one after another in a bound collection, and three newspaper commentator articles reprinted on an
# organisation's study page.

def _b31_flowables(items: list[dict], k: int, styles: dict[str, ParagraphStyle], leading: float,
                   kept: dict[str, tuple[str, ...]]) -> list:
    """The k-th item's paragraph in its style (a run-in lead bold). An item whose style is a key of `kept` goes to the
    next page unless it, the items right after it whose styles `kept` names for it, and two lines of text fit under it."""
    item = items[k]
    style = styles[item["style"]]
    flowables: list = []
    if item["style"] in kept:
        need = style.spaceBefore + style.leading + style.spaceAfter + 2 * leading
        for after in items[k + 1:]:
            if after["style"] not in kept[item["style"]]:
                break
            then = styles[after["style"]]
            need += then.spaceBefore + then.leading + then.spaceAfter
        flowables.append(CondPageBreak(need))
    return flowables + [Paragraph(_led(item), style)]


# 1. A digest of experts' views (专家观点摘编) in a city academy of social sciences' information bulletin, as its Word file
# prints it (A4; 25 mm left and right, 26 mm top, 24 mm bottom; 11 pt on a 20 pt leading, first-line indent 2
# characters, justified). The title `发展新质生产力专家观点摘编` (20 pt, bold, centred; kind title) over the editor's line
# `某某市社会科学院科研处编　2024年4月` (11 pt, centred; kind byline, as a4_think_tank_brief's `某某研究院编　…`) and a red
# rule. Topic heads `一、关于新质生产力的科学内涵` / `二、关于因地制宜发展新质生产力` / `三、关于以科技创新引领产业创新` (13 pt, bold,
# flush left; kind heading, kept with the expert's line after it and two lines). Under the first and the third, each
# expert's name and title on a line of its own, `张某某　中国社会科学院经济研究所研究员` (bold, the body's size, flush left;
# kind byline, as b5_seminar_speeches_summary's speakers' lines; kept with two lines), over one or two paragraphs; under
# the second, each view opens with the expert's name and title run in, bold, `陈某某（国务院发展研究中心产业经济研究部研究员）：`
# + a drawn paragraph or a text written here (kind paragraph, the label kept, as the seminar summary's turns), the first
# going on in a second paragraph without it. Drawn paragraphs (001) and two views written here (the last under each of
# the second and third heads, the second with figures). After four of the eight views, flush right, their source
# `（来源：《经济日报》，2024年3月12日）` (9.5 pt; kind source_note, as a4_news_digest's), not kept with the view: the third
# stands alone at the top of page 3. Furniture (drawn before the page's text): `社科信息专报` top left and `2024年第4期（总第86期）` top right
# (9 pt) over a thin rule; `- N -` centred at the bottom (9 pt).
EXPERTS_LAYOUT = Layout("a4_expert_opinion_digest", FONT, A4, 11, 20, 2, 0, ("社科信息专报", "2024年第4期（总第86期）"),
                        "- {page} -", ("001",))
EXPERTS_MARGINS_MM = (25, 26, 24)  # left and right, top, bottom
EXPERTS_RED = colors.Color(0.75, 0.08, 0.08)
EXPERTS_OUTLINE = [
    ("title", "发展新质生产力专家观点摘编"),
    ("editor", "某某市社会科学院科研处编　2024年4月"),
    ("topic", "一、关于新质生产力的科学内涵"),
    ("expert", "张某某　中国社会科学院经济研究所研究员"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("source", "（来源：《经济日报》，2024年3月12日）"),
    ("expert", "李某某　中国人民大学经济学院教授"),
    ("paragraph", "{}"),
    ("expert", "王某某　中共中央党校（国家行政学院）经济学教研部副主任"),
    ("paragraph", "{}"),
    ("source", "（来源：《学习时报》，2024年3月20日）"),
    ("topic", "二、关于因地制宜发展新质生产力"),
    ("talk", "陈某某（国务院发展研究中心产业经济研究部研究员）：{}"),
    ("paragraph", "{}"),
    ("talk", "刘某某（某某大学经济学院院长、教授）：{}"),
    ("source", "（来源：《光明日报》，2024年4月2日）"),
    ("talk", "赵某某（中国宏观经济研究院研究员）：从各地实践看，发展新质生产力要防止“一哄而上”、泡沫化。目前已有20多个"
             "省份提出培育低空经济，但各地的产业基础、科研条件差异很大。各地应立足资源禀赋和产业基础，先立后破，有选择地"
             "推动新产业、新模式、新动能发展，用新技术改造提升传统产业。"),
    ("topic", "三、关于以科技创新引领产业创新"),
    ("expert", "周某某　中国工程院院士、某某大学教授"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("source", "（来源：新华网，2024年3月8日）"),
    ("expert", "孙某某　某某省社会科学院副院长、研究员"),
    ("paragraph", "2023年，我国全社会研究与试验发展经费投入超过3.3万亿元，同比增长8.1%，投入强度达到2.64%；高技术制造业"
                  "增加值占规模以上工业增加值的比重提高到15.7%。这些数据表明，科技创新对产业发展的支撑作用持续增强。下一步，"
                  "关键是要打通科技成果向现实生产力转化的通道，让更多创新成果走出实验室、走上生产线。")]
EXPERTS_KINDS = {"title": "title", "editor": "byline", "topic": "heading", "expert": "byline", "paragraph": "paragraph",
                 "talk": "paragraph", "source": "source_note"}
EXPERTS_PARAGRAPHS = sum(text.count("{}") for _, text in EXPERTS_OUTLINE)


def _experts_items(drawn: list[str]) -> list[dict]:
    return _b25_items(EXPERTS_OUTLINE, drawn, EXPERTS_PARAGRAPHS, EXPERTS_KINDS)


def typeset_experts(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in EXPERTS_MARGINS_MM)
    text_width = width - 2 * side - 12  # less the frame's padding
    body = _body_style(layout)
    styles = {"title": _styled(BOLD_FONT, "title", 20, 30, alignment=1, spaceAfter=4),
              "editor": _styled(font, "editor", pt, 18, alignment=1),
              "topic": _styled(BOLD_FONT, "topic", 13, 22, spaceBefore=10, spaceAfter=4),
              "expert": _styled(BOLD_FONT, "expert", pt, leading, spaceBefore=4, spaceAfter=2),
              "paragraph": body, "talk": body,
              "source": _styled(font, "source", 9.5, 16, alignment=2, spaceBefore=2, spaceAfter=2)}
    _b25_checked(items, styles, EXPERTS_OUTLINE, text_width)
    kept = {"topic": ("expert",), "expert": ()}
    story: list = []
    for k, item in enumerate(items):
        story += _b31_flowables(items, k, styles, leading, kept)
        if item["style"] == "editor":
            story.append(HRFlowable(width="100%", thickness=1.2, color=EXPERTS_RED, spaceBefore=6, spaceAfter=6))

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        y = height - 16 * mm
        canvas.drawString(side, y, layout.header[0])
        canvas.drawRightString(width - side, y, layout.header[1])
        canvas.setLineWidth(0.5)
        canvas.line(side, y - 2 * mm, width - side, y - 2 * mm)
        canvas.drawCentredString(width / 2, 13 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    return _built(layout, story, furniture, (side, side, top, bottom), (2, 4))


# 2. An issue analysis (議題研析) of the Taiwan Legislative Yuan's research office (立法院法制局), Traditional, as the office's
# PDF prints it (A4; 25 mm left and right, 26 mm top, the text's frame ending 34 mm above the page's foot, the notes below
# it; 12 pt on a 21 pt leading, first-line indent 2 characters, justified). At the top of page 1: `立法院法制局` (14 pt,
# bold, centred; kind byline, as a4_notice_attachments' issuer mark) over `議題研析` (22 pt, bold, centred; kind heading, as
# a4_press_release's `新闻稿`) over a double rule (thick over thin); flush right `編號：R01567` (kind byline, as the
# notice's number) and `日期：中華民國113年6月14日` (kind dateline, as a4_hk_chamber_consultation_submission_trad's `日期：…`);
# the title `中國大陸推動「新質生產力」對我國產業之影響及因應` (17 pt, bold, centred; kind title); the author line
# `撰稿人：法制局助理研究員　林某某` (11 pt, centred; kind byline). Heads on three levels, as Taiwan's official documents
# number them, each a character further in: `壹、前言` / `貳、…` / `參、…` / `肆、結語` (13 pt, bold, at the margin), `一、…` (12 pt,
# bold, 1 character in), `（一）…` (bold, the body's size, 2 characters in) (kind heading each, kept with the heads right
# after it and two lines). Paragraphs: four written here (the opening, figures, trade, the closing) and six drawn (000,
# 002) (kind paragraph each). The written ones carry raised note numbers 1-5 after a phrase, numbered on through the
# paper (the gold's paragraphs without them); each note, `1 …` (8 pt, a line each, written here), stands at the foot of
# its page under a 40 mm rule, drawn after the page's text (kind footnote each, the number and a space kept, listed
# after the body in the gold, as a4_tw_institute_policy_brief_trad's). At the end `（本議題研析僅供立法委員問政參考，不代表本院
# 立場。）` (9.5 pt, flush right; kind boilerplate, as the policy brief's disclaimer). Furniture (9 pt, drawn before the
# page's text): from page 2 on, `立法院法制局　議題研析` top right over a thin rule; `- N -` centred at the bottom of every
# page.
TWISSUE_LAYOUT = Layout("a4_tw_legislative_yuan_issue_analysis_trad", FONT, A4, 12, 21, 2, 0, "立法院法制局　議題研析",
                        "- {page} -", ("000", "002"))
TWISSUE_MARGINS_MM = (25, 26, 34)  # left and right, top, the frame's bottom (the notes stand below it)
TWISSUE_NOTES = {1: "新華社，〈習近平在黑龍江考察調研時強調〉，2023年9月8日。",
                 2: "中國大陸國務院，《2024年政府工作報告》，2024年3月5日。",
                 3: "中國大陸國家統計局，《2023年國民經濟和社會發展統計公報》，2024年2月29日。",
                 4: "財政部關務署，《112年海關進出口貿易統計年報》，2024年1月。",
                 5: "國家發展委員會，《國家發展計畫（113至116年）》，2023年12月。"}
TWISSUE_OUTLINE = [
    ("office", "立法院法制局"),
    ("series", "議題研析"),
    ("number", "編號：R01567"),
    ("date", "日期：中華民國113年6月14日"),
    ("title", "中國大陸推動「新質生產力」對我國產業之影響及因應"),
    ("author", "撰稿人：法制局助理研究員　林某某"),
    ("head", "壹、前言"),
    ("paragraph", "2023年9月，中共中央總書記習近平於黑龍江考察期間首次提出「新質生產力」一詞[1]；2024年3月，中國大陸政府工作"
                  "報告更將「大力推進現代化產業體系建設，加快發展新質生產力」列為十大工作任務之首[2]。鑑於兩岸產業關聯密切，"
                  "本文擬就其政策內涵及對我國產業之可能影響進行研析，以供委員問政參考。"),
    ("paragraph", "{}"),
    ("head", "貳、中國大陸發展新質生產力之政策內涵"),
    ("sub", "一、政策緣起"),
    ("paragraph", "{}"),
    ("sub", "二、主要政策措施"),
    ("subsub", "（一）以科技創新引領產業創新"),
    ("paragraph", "依中國大陸官方統計，2023年其研究與試驗發展經費支出達3.33兆元人民幣，較上年成長8.1%，占國內生產毛額比重"
                  "為2.64%；高技術製造業增加值占規模以上工業增加值比重則為15.7%[3]，顯示其產業結構持續朝技術密集方向調整。"),
    ("paragraph", "{}"),
    ("subsub", "（二）培育戰略性新興產業及未來產業"),
    ("paragraph", "{}"),
    ("head", "參、對我國產業之可能影響"),
    ("sub", "一、兩岸產業競爭加劇"),
    ("paragraph", "中國大陸為我國最大出口市場，惟112年我國對中國大陸（含香港）出口占總出口比重已降至35.2%，為近20年來新低[4]。"
                  "隨著中國大陸加速推動關鍵技術自主及進口替代，兩岸產業由垂直分工轉向水平競爭之趨勢恐更趨明顯，我國半導體、"
                  "面板及石化等中間財出口將首當其衝。"),
    ("paragraph", "{}"),
    ("sub", "二、全球供應鏈加速重組"),
    ("paragraph", "{}"),
    ("head", "肆、結語"),
    ("paragraph", "綜上，中國大陸推動新質生產力係其中長期發展戰略，相關措施將透過產業競爭及供應鏈重組等途徑影響我國產業。建議"
                  "行政部門持續追蹤相關政策動向，強化關鍵技術研發及人才培育，並協助企業分散市場風險[5]，以維持我國產業之競爭"
                  "優勢。"),
    ("disclaimer", "（本議題研析僅供立法委員問政參考，不代表本院立場。）")]
TWISSUE_KINDS = {"office": "byline", "series": "heading", "number": "byline", "date": "dateline", "title": "title",
                 "author": "byline", "head": "heading", "sub": "heading", "subsub": "heading", "paragraph": "paragraph",
                 "disclaimer": "boilerplate"}
TWISSUE_PARAGRAPHS = sum(text.count("{}") for _, text in TWISSUE_OUTLINE)
_TWISSUE_MARK = re.compile(r"\[(\d)\]")


def _twissue_items(drawn: list[str]) -> list[dict]:
    """The outline's items, a paragraph written here holding note marks `[N]` keeping its parts (text, number, text, …)
    and its text without them; then a footnote item per note, `N text`."""
    items = _b25_items(TWISSUE_OUTLINE, drawn, TWISSUE_PARAGRAPHS, TWISSUE_KINDS)
    written = {text for _, text in TWISSUE_OUTLINE if "{}" not in text}
    for item in items:
        if item["text"] in written and _TWISSUE_MARK.search(item["text"]):
            item["parts"] = _TWISSUE_MARK.split(item["text"])
            item["text"] = "".join(item["parts"][::2])
    return items + [{"kind": "footnote", "text": f"{n} {note}", "style": "footnote", "note": n}
                    for n, note in TWISSUE_NOTES.items()]


def typeset_twissue(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, frame_bottom = (m * mm for m in TWISSUE_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"office": _styled(BOLD_FONT, "office", 14, 22, alignment=1),
              "series": _styled(BOLD_FONT, "series", 22, 30, alignment=1, spaceAfter=2),
              "number": _styled(font, "number", 10.5, 17, alignment=2),
              "date": _styled(font, "date", 10.5, 17, alignment=2, spaceAfter=10),
              "title": _styled(BOLD_FONT, "title", 17, 26, alignment=1, spaceAfter=4),
              "author": _styled(font, "author", 11, 18, alignment=1, spaceAfter=12),
              "head": _styled(BOLD_FONT, "head", 13, 22, spaceBefore=8, spaceAfter=4),
              "sub": _styled(BOLD_FONT, "sub", 12, 21, leftIndent=pt, spaceBefore=4, spaceAfter=2),
              "subsub": _styled(BOLD_FONT, "subsub", pt, leading, leftIndent=2 * pt, spaceBefore=2, spaceAfter=2),
              "paragraph": body,
              "disclaimer": _styled(font, "disclaimer", 9.5, 16, alignment=2, spaceBefore=12)}
    body_items = [i for i in items if i["kind"] != "footnote"]
    marked = [i for i in body_items if "parts" in i]
    _b25_checked([i for i in body_items if i not in marked], styles, TWISSUE_OUTLINE, text_width)
    assert sum(len(i["parts"]) // 2 for i in marked) == len(TWISSUE_NOTES), marked
    for item in marked:
        markup = _twbrief_markup(item)
        assert _last_line_has_word(markup, body, text_width), item["text"]
        assert _lines_open_safely(markup, body, text_width), item["text"]
        _no_lone_last(markup, body, text_width)
        assert not _badly_broken(markup, body, text_width), item["text"]
    for n, note in TWISSUE_NOTES.items():
        assert pdfmetrics.stringWidth(f"{n} {note}", font, 8) <= width - 2 * side, note
    kept = {"head": ("sub", "subsub"), "sub": ("subsub",), "subsub": ()}
    note_page: dict[int, int] = {}
    placed: dict[int, int] = {}

    def page_start(canvas, doc) -> None:
        canvas.setNamedCB("note", lambda canvas, kind, label: note_page.__setitem__(int(label), canvas.getPageNumber()))
        canvas.saveState()
        canvas.setFont(font, 9)
        if doc.page > 1:
            y = height - 16 * mm
            canvas.drawRightString(width - side, y, layout.header)
            canvas.setLineWidth(0.5)
            canvas.line(side, y - 2 * mm, width - side, y - 2 * mm)
        canvas.drawCentredString(width / 2, 13 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    def page_end(canvas, doc) -> None:  # the page's notes, drawn after its text
        here = sorted(n for n, on in placed.items() if on == canvas.getPageNumber())
        if here:
            canvas.saveState()
            canvas.setLineWidth(0.5)
            canvas.line(side, frame_bottom - 3 * mm, side + 40 * mm, frame_bottom - 3 * mm)
            canvas.setFont(font, 8)
            for k, n in enumerate(here):
                canvas.drawString(side, frame_bottom - 7 * mm - 4 * mm * k, f"{n} {TWISSUE_NOTES[n]}")
            canvas.restoreState()

    def story() -> list:
        flowables: list = []
        for k, item in enumerate(body_items):
            if "parts" in item:
                flowables.append(Paragraph(_twbrief_markup(item), body))
                continue
            flowables += _b31_flowables(body_items, k, styles, leading, kept)
            if item["style"] == "series":  # a double rule, thick over thin
                flowables += [HRFlowable(width="100%", thickness=1.5, color=colors.black, spaceBefore=4, spaceAfter=1.5),
                              HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceBefore=0, spaceAfter=6)]
        return flowables

    pages = 0
    for run in range(2):  # the second pass draws each note at the foot of the page the first found for it
        note_page.clear()
        out = io.BytesIO()
        doc = BaseDocTemplate(out, pagesize=layout.size)
        frame = Frame(side, frame_bottom, width - 2 * side, height - top - frame_bottom, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=page_start, onPageEnd=page_end)])
        doc.build(story())
        if run == 0:
            placed = dict(note_page)
            pages = doc.page
    assert note_page == placed and set(placed) == set(TWISSUE_NOTES), (note_page, placed)
    assert doc.page == pages and 3 <= doc.page <= 4, doc.page
    assert len(set(placed.values())) >= 2, placed  # numbered on over more than one page
    for page in set(placed.values()):  # the page's notes fit under its frame
        assert sum(1 for on in placed.values() if on == page) <= 4
    return out.getvalue()


# 3. A bound collection of the speeches made at a city CPPCC session's plenary meetings (大会发言材料汇编), as the collection
# prints them (16开, 184 x 260 mm; 20 mm left and right, 24 mm top, 22 mm bottom; 11 pt on a 20 pt leading, first-line
# indent 2 characters, justified), pages 23-25 of the book. Three speeches one after another, each: its title (15 pt,
# bold, centred; kind heading: the collection's pieces, set alike, as k16_study_reader_reprinted_articles'), the
# speaker's name and unit `市政协委员、某某大学经济学院院长　张某某` (11 pt, centred; kind byline, as the study reader's author
# lines), then its paragraphs (kind paragraph each). The first: an opening written here (figures, ending `为此，建议：`) and
# three proposals whose bold run-in lead is numbered, `一、强化企业科技创新主体地位。` + a drawn paragraph (001) (kind
# paragraph, the lead kept, as a4_county_congress_research_report's); the second: three drawn paragraphs and a closing
# written here; the third: an opening written here (figures), two drawn paragraphs and a closing written here. A title
# goes to the next page unless its speaker's line and two lines fit under it; the second and third speeches start
# mid-page, right under the end of the one before. Furniture (9 pt, drawn before the page's text): the collection's
# running head `政协某某市第十四届委员会第三次会议大会发言材料汇编` centred at the top over a thin rule; the page number `— N —`
# centred at the bottom.
CPPCCSPEECH_LAYOUT = Layout("k16_cppcc_plenary_speeches_collection", FONT, (184 * mm, 260 * mm), 11, 20, 2, 0,
                            "政协某某市第十四届委员会第三次会议大会发言材料汇编", "— {page} —", ("001",))
CPPCCSPEECH_MARGINS_MM = (20, 24, 22)  # left and right, top, bottom
CPPCCSPEECH_FIRST_PAGE = 23
CPPCCSPEECH_OUTLINE = [
    ("speech", "以科技创新引领产业创新　加快培育发展新质生产力"),
    ("speaker", "市政协委员、某某大学经济学院院长　张某某"),
    ("paragraph", "发展新质生产力是推动高质量发展的内在要求和重要着力点。近年来，我市坚持创新驱动发展战略，2023年全市高新技术"
                  "企业达到1860家，全社会研发经费投入强度达到2.8%，新质生产力发展态势良好。但也要看到，我市仍存在企业创新能力"
                  "不强、科技成果转化不畅、高端人才供给不足等问题。为此，建议："),
    ("led", "一、强化企业科技创新主体地位。{}"),
    ("led", "二、加快推动科技成果转化。{}"),
    ("led", "三、优化创新人才发展环境。{}"),
    ("speech", "因地制宜发展新质生产力　推动县域经济高质量发展"),
    ("speaker", "市政协常委、民盟某某市委员会副主委　李某某"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "县域是发展新质生产力的重要阵地。只要坚持从实际出发，先立后破、分类指导，各县（市、区）就一定能够在发展新质"
                  "生产力中找准定位、走出新路。"),
    ("speech", "以数字经济赋能新质生产力发展"),
    ("speaker", "市政协委员、某某科技集团有限公司董事长　王某某"),
    ("paragraph", "数字经济是发展新质生产力的重要引擎。2023年，我市数字经济核心产业增加值达到1250亿元，占地区生产总值比重达到"
                  "11.6%，规模以上工业企业关键工序数控化率达到62.3%。作为一名来自企业的政协委员，我对数字技术赋能实体经济有着"
                  "切身体会。"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "数字经济发展日新月异，机遇稍纵即逝。我们要以更大力度推动数字技术与实体经济深度融合，为加快发展新质生产力"
                  "注入强劲动能。")]
CPPCCSPEECH_KINDS = {"speech": "heading", "speaker": "byline", "paragraph": "paragraph", "led": "paragraph"}
CPPCCSPEECH_PARAGRAPHS = sum(text.count("{}") for _, text in CPPCCSPEECH_OUTLINE)


def _cppccspeech_items(drawn: list[str]) -> list[dict]:
    return _b25_items(CPPCCSPEECH_OUTLINE, drawn, CPPCCSPEECH_PARAGRAPHS, CPPCCSPEECH_KINDS)


def typeset_cppccspeech(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in CPPCCSPEECH_MARGINS_MM)
    text_width = width - 2 * side - 12
    body = _body_style(layout)
    styles = {"speech": _styled(BOLD_FONT, "speech", 15, 24, alignment=1, spaceBefore=20, spaceAfter=4),
              "speaker": _styled(font, "speaker", 11, 18, alignment=1, spaceAfter=10),
              "paragraph": body, "led": body}
    _b25_checked(items, styles, CPPCCSPEECH_OUTLINE, text_width)
    kept = {"speech": ("speaker",)}
    story: list = []
    for k in range(len(items)):
        story += _b31_flowables(items, k, styles, leading, kept)

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        y = height - 15 * mm
        canvas.drawCentredString(width / 2, y, layout.header)
        canvas.setLineWidth(0.5)
        canvas.line(side, y - 2 * mm, width - side, y - 2 * mm)
        canvas.drawCentredString(width / 2, 12 * mm, layout.footer.format(page=CPPCCSPEECH_FIRST_PAGE + doc.page - 1))
        canvas.restoreState()

    return _built(layout, story, furniture, (side, side, top, bottom), (3, 4))


# 4. Three commentator articles (评论员文章) of a state newspaper reprinted on an organisation's study page (学习园地), as its
# Word file prints it (A4; 25 mm left and right, 24 mm top, 22 mm bottom; 10.5 pt on a 19 pt leading, first-line indent 2
# characters, justified). At the top of page 1: the page's name `学习园地` (30 pt, bold, red, centred; kind title, as
# a4_enterprise_study_bulletin's `学习专刊`) over `2024年第5期　中共某某区委宣传部编　2024年3月18日` (10.5 pt, centred; kind
# byline, one item, as a4_think_tank_brief's `某某研究院编　…`) and a red rule, then the page's head `学习贯彻全国两会精神　人民
# 日报评论员文章选登` (12 pt, bold, red, centred; kind heading, a kicker). Three articles, each: its title (16 pt, bold,
# centred; kind heading: the page's pieces, set alike, as k16_study_reader_reprinted_articles') over its series line
# `——一论学习贯彻全国两会精神` (11 pt, centred; kind heading, a `——` line under a title) and `本报评论员` (11 pt, centred; kind
# byline), 4, 3 and 3 drawn paragraphs (001; kind paragraph each), and flush right the paper and date it first appeared
# on, `（原载2024年3月12日《人民日报》）` (10 pt; kind byline, as the study reader's `（原载…）`). A title goes to the next page
# unless its series line, its byline and two lines fit under it; the second and third start mid-page. Furniture (9 pt,
# drawn before the page's text): from page 2 on, `学习园地　2024年第5期` top left over a thin rule; the page number `N`
# centred at the bottom of every page.
STUDYPAGE_LAYOUT = Layout("a4_study_page_commentator_articles", FONT, A4, 10.5, 19, 2, 0, "学习园地　2024年第5期", "{page}",
                          ("001",))
STUDYPAGE_MARGINS_MM = (25, 24, 22)  # left and right, top, bottom
STUDYPAGE_RED = colors.Color(0.78, 0.06, 0.06)
STUDYPAGE_OUTLINE = [
    ("masthead", "学习园地"),
    ("issue", "2024年第5期　中共某某区委宣传部编　2024年3月18日"),
    ("kicker", "学习贯彻全国两会精神　人民日报评论员文章选登"),
    ("piece", "牢牢把握高质量发展这个首要任务"),
    ("series", "——一论学习贯彻全国两会精神"),
    ("byline", "本报评论员"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("source", "（原载2024年3月12日《人民日报》）"),
    ("piece", "因地制宜发展新质生产力"),
    ("series", "——二论学习贯彻全国两会精神"),
    ("byline", "本报评论员"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("source", "（原载2024年3月13日《人民日报》）"),
    ("piece", "以科技创新引领现代化产业体系建设"),
    ("series", "——三论学习贯彻全国两会精神"),
    ("byline", "本报评论员"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("paragraph", "{}"),
    ("source", "（原载2024年3月14日《人民日报》）")]
STUDYPAGE_KINDS = {"masthead": "title", "issue": "byline", "kicker": "heading", "piece": "heading", "series": "heading",
                   "byline": "byline", "paragraph": "paragraph", "source": "byline"}
STUDYPAGE_PARAGRAPHS = sum(text.count("{}") for _, text in STUDYPAGE_OUTLINE)


def _studypage_items(drawn: list[str]) -> list[dict]:
    return _b25_items(STUDYPAGE_OUTLINE, drawn, STUDYPAGE_PARAGRAPHS, STUDYPAGE_KINDS)


def typeset_studypage(layout: Layout, items: list[dict]) -> bytes:
    font, (width, height), pt, leading = layout.font, layout.size, layout.body_pt, layout.leading
    side, top, bottom = (m * mm for m in STUDYPAGE_MARGINS_MM)
    text_width = width - 2 * side - 12
    styles = {"masthead": _styled(BOLD_FONT, "masthead", 30, 38, alignment=1, textColor=STUDYPAGE_RED),
              "issue": _styled(font, "issue", 10.5, 17, alignment=1, spaceBefore=2),
              "kicker": _styled(BOLD_FONT, "kicker", 12, 20, alignment=1, textColor=STUDYPAGE_RED, spaceAfter=4),
              "piece": _styled(BOLD_FONT, "piece", 16, 26, alignment=1, spaceBefore=16, spaceAfter=2),
              "series": _styled(font, "series", 11, 18, alignment=1),
              "byline": _styled(font, "byline", 11, 18, alignment=1, spaceBefore=2, spaceAfter=8),
              "paragraph": _body_style(layout),
              "source": _styled(font, "source", 10, 17, alignment=2, spaceBefore=4)}
    _b25_checked(items, styles, STUDYPAGE_OUTLINE, text_width)
    kept = {"piece": ("series", "byline")}
    story: list = []
    for k, item in enumerate(items):
        story += _b31_flowables(items, k, styles, leading, kept)
        if item["style"] == "issue":
            story.append(HRFlowable(width="100%", thickness=1.5, color=STUDYPAGE_RED, spaceBefore=6, spaceAfter=10))

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        if doc.page > 1:
            y = height - 15 * mm
            canvas.drawString(side, y, layout.header)
            canvas.setLineWidth(0.5)
            canvas.line(side, y - 2 * mm, width - side, y - 2 * mm)
        canvas.drawCentredString(width / 2, 12 * mm, layout.footer.format(page=doc.page))
        canvas.restoreState()

    return _built(layout, story, furniture, (side, side, top, bottom), (2, 4))


def thirty_first_layouts(release: Path, rng: random.Random, gold: list[dict]) -> None:
    """The four layouts appended after the 142 others (their paragraphs drawn after theirs)."""
    for layout, drawn, make_items, typeset, to_gold in (
            (EXPERTS_LAYOUT, EXPERTS_PARAGRAPHS + 6, _experts_items, typeset_experts, _gold),
            (TWISSUE_LAYOUT, TWISSUE_PARAGRAPHS + 2, _twissue_items, typeset_twissue, _gold),
            (CPPCCSPEECH_LAYOUT, CPPCCSPEECH_PARAGRAPHS + 2, _cppccspeech_items, typeset_cppccspeech, _gold),
            (STUDYPAGE_LAYOUT, STUDYPAGE_PARAGRAPHS + 6, _studypage_items, typeset_studypage, _gold)):
        _typeset_drawn(release, rng, gold, layout, drawn, make_items, typeset, to_gold)


def main(release: Path, out: Path = OUT) -> None:
    global OUT
    OUT = out
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261206)
    gold = []
    for layout in LAYOUTS:
        name, sources = layout.name, layout.sources
        items = _items(paragraphs(release, sources, rng), HEADINGS[sources[0]])
        _extract(name, typeset(layout, items))
        gold.append({"layout": name, "items": items})
    items, notes = _noted_items(paragraphs(release, NOTES_LAYOUT.sources, rng), HEADINGS["001"], rng)
    _extract(NOTES_LAYOUT.name, typeset_with_notes(NOTES_LAYOUT, items, notes))
    gold.append({"layout": NOTES_LAYOUT.name, "items": _notes_gold(items, notes)})
    name, sources = COLUMNS_LAYOUT.name, COLUMNS_LAYOUT.sources
    items = _items(paragraphs(release, sources, rng), HEADINGS[sources[0]])
    _extract(name, typeset_columns(COLUMNS_LAYOUT, items))
    gold.append({"layout": name, "items": items})
    name, sources = BOOK_LAYOUT.name, BOOK_LAYOUT.sources
    items = _items(paragraphs(release, sources, rng, BOOK_PARAGRAPHS), BOOK_HEADINGS)
    _extract(name, typeset_book(BOOK_LAYOUT, items))
    gold.append({"layout": name, "items": items})
    name, sources = POLICY_LAYOUT.name, POLICY_LAYOUT.sources
    body = _items(paragraphs(release, sources, rng, POLICY_PARAGRAPHS), POLICY_HEADINGS, every=2)
    items = POLICY_TITLE + body + POLICY_SIGNATURE
    _extract(name, typeset_policy(POLICY_LAYOUT, items))
    gold.append({"layout": name, "items": items})
    for layout, chart_values in ((REPORT_LAYOUT, None), (CHARTS_LAYOUT, rng)):
        items = _report_items(paragraphs(release, layout.sources, rng), chart_values)
        _extract(layout.name, typeset_report(layout, items))
        gold.append({"layout": layout.name, "items": [item for item in items if item["kind"] != "figure"]})
    name, sources = COVER_LAYOUT.name, COVER_LAYOUT.sources
    items = COVER_ITEMS + _items(paragraphs(release, sources, rng, COVER_PARAGRAPHS), HEADINGS[sources[0]], every=4)
    _extract(name, typeset_cover_contents(COVER_LAYOUT, items))
    gold.append({"layout": name, "items": items})
    items = _table_items(paragraphs(release, TABLES_LAYOUT.sources, rng), rng)
    _extract(TABLES_LAYOUT.name, typeset_report(TABLES_LAYOUT, items))
    gold.append({"layout": TABLES_LAYOUT.name, "items": _with_rows(items)})
    items = _table_items(paragraphs(release, VARIED_TABLES_LAYOUT.sources, rng), rng, VARIED_TABLES, _varied_value, "项目")
    _extract(VARIED_TABLES_LAYOUT.name, typeset_report(VARIED_TABLES_LAYOUT, items))
    gold.append({"layout": VARIED_TABLES_LAYOUT.name, "items": _with_rows(items)})
    items = _lists_items(paragraphs(release, LISTS_LAYOUT.sources, rng, 10))
    _extract(LISTS_LAYOUT.name, typeset_lists_box(LISTS_LAYOUT, items))
    # a bullet is layout, not text; a number is text
    gold.append({"layout": LISTS_LAYOUT.name, "items": [
        {"kind": item["kind"], "text": f"{item['number']}. {item['text']}" if "number" in item else item["text"]}
        for item in items]})
    items = _article_items(paragraphs(release, ARTICLE_LAYOUT.sources, rng, 24))
    _extract(ARTICLE_LAYOUT.name, typeset_article(ARTICLE_LAYOUT, items))
    gold.append({"layout": ARTICLE_LAYOUT.name, "items": [{"kind": i["kind"], "text": i["text"]} for i in items]})
    items = WEB_TITLE + _items(paragraphs(release, WEB_LAYOUT.sources, rng, 18), HEADINGS["001"])
    _extract(WEB_LAYOUT.name, typeset_web(WEB_LAYOUT, items))
    gold.append({"layout": WEB_LAYOUT.name, "items": items})
    items = _items(paragraphs(release, COLUMNS_TITLED_LAYOUT.sources, rng, 15), HEADINGS["000"], every=5)
    _extract(COLUMNS_TITLED_LAYOUT.name, typeset_columns_framed(COLUMNS_TITLED_LAYOUT, items, 5, COLUMNS_TITLE))
    gold.append({"layout": COLUMNS_TITLED_LAYOUT.name, "items": [{"kind": "title", "text": COLUMNS_TITLE}] + items})
    items = _items(paragraphs(release, COLUMNS_SPACED_LAYOUT.sources, rng), HEADINGS["003"])
    _extract(COLUMNS_SPACED_LAYOUT.name, typeset_columns_framed(COLUMNS_SPACED_LAYOUT, items, 8))
    gold.append({"layout": COLUMNS_SPACED_LAYOUT.name, "items": items})
    items, notes = _noted_items(paragraphs(release, NOTES_AFTER_STOP_LAYOUT.sources, rng), HEADINGS["000"], rng,
                                _marked_after_stop)
    _extract(NOTES_AFTER_STOP_LAYOUT.name, typeset_with_notes(NOTES_AFTER_STOP_LAYOUT, items, notes))
    gold.append({"layout": NOTES_AFTER_STOP_LAYOUT.name, "items": _notes_gold(items, notes)})

    def circled(n: int) -> str:
        return CIRCLED[n - 1]

    items, notes = _noted_items(paragraphs(release, CIRCLED_NOTES_LAYOUT.sources, rng), HEADINGS["001"], rng,
                                label=circled, most=len(CIRCLED))
    _extract(CIRCLED_NOTES_LAYOUT.name, typeset_with_notes(CIRCLED_NOTES_LAYOUT, items, notes, circled))
    gold.append({"layout": CIRCLED_NOTES_LAYOUT.name, "items": _notes_gold(items, notes, circled)})
    items = _table_items(paragraphs(release, TEXT_TABLES_LAYOUT.sources, rng), rng, TEXT_TABLES,
                         lambda rng, column: rng.choice(TEXT_CELLS[column]), "类别")
    _extract(TEXT_TABLES_LAYOUT.name, typeset_report(TEXT_TABLES_LAYOUT, items))
    gold.append({"layout": TEXT_TABLES_LAYOUT.name, "items": _with_rows(items)})
    items = _regulation_items(paragraphs(release, REGULATION_LAYOUT.sources, rng, 14))
    _extract(REGULATION_LAYOUT.name, typeset_centred_title(REGULATION_LAYOUT, items))
    gold.append({"layout": REGULATION_LAYOUT.name, "items": items})
    items = _newspaper_items(paragraphs(release, NEWSPAPER_LAYOUT.sources, rng, 15))
    _extract(NEWSPAPER_LAYOUT.name, typeset_centred_title(NEWSPAPER_LAYOUT, items))
    gold.append({"layout": NEWSPAPER_LAYOUT.name, "items": items})
    new_layouts(release, rng, gold)
    newer_layouts(release, rng, gold)
    newest_layouts(release, rng, gold)
    fourth_layouts(release, rng, gold)
    fifth_layouts(release, rng, gold)
    sixth_layouts(release, rng, gold)
    seventh_layouts(release, rng, gold)
    eighth_layouts(release, rng, gold)
    ninth_layouts(release, rng, gold)
    tenth_layouts(release, rng, gold)
    eleventh_layouts(release, rng, gold)
    twelfth_layouts(release, rng, gold)
    thirteenth_layouts(release, rng, gold)
    fourteenth_layouts(release, rng, gold)
    fifteenth_layouts(release, rng, gold)
    sixteenth_layouts(release, rng, gold)
    seventeenth_layouts(release, rng, gold)
    eighteenth_layouts(release, rng, gold)
    nineteenth_layouts(release, rng, gold)
    twentieth_layouts(release, rng, gold)
    twenty_first_layouts(release, rng, gold)
    twenty_second_layouts(release, rng, gold)
    twenty_third_layouts(release, rng, gold)
    twenty_fourth_layouts(release, rng, gold)
    twenty_fifth_layouts(release, rng, gold)
    twenty_sixth_layouts(release, rng, gold)
    twenty_seventh_layouts(release, rng, gold)
    twenty_eighth_layouts(release, rng, gold)
    twenty_ninth_layouts(release, rng, gold)
    thirtieth_layouts(release, rng, gold)
    thirty_first_layouts(release, rng, gold)
    with open(OUT / "gold.jsonl", "w", encoding="utf-8") as fh:
        for record in gold:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    import argparse
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("release", type=Path)
    parser.add_argument("out", type=Path, nargs="?", default=OUT, help="output folder (default: the committed fixture)")
    parser.add_argument("--pdfs", type=Path, help="keep the PDFs in this folder too")
    args = parser.parse_args()
    PDF_DIR = args.pdfs
    main(args.release, args.out)
