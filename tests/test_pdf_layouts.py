"""Corpus paragraphs typeset into PDFs and extracted with five EXTRACTORS (tests/gold/pdf_layouts/):
layouts and extractor habits none of the seeds has, with the gold known by construction."""
from __future__ import annotations

import json

import pytest
from conftest import coverage_errors

from nqp_corpus.clean.chars import squeeze
from nqp_corpus.model import RawFile
from nqp_corpus.quality import PDF_LAYOUTS, clean_pdf_layout, pdf_layout_gold, pdf_layout_scores


EXTRACTORS = ("pdfium", "pdfminer", "pymupdf", "pypdf", "pypdf_layout", "pdfplumber")


def assert_block_scores(expected: dict[str, dict[str, tuple[int, int]]]) -> None:
    """Each layout's (right, predicted) blocks in each extractor's text are as `expected` says."""
    scores = pdf_layout_scores()
    for layout, by_extractor in expected.items():
        for extractor, right in by_extractor.items():
            score = scores[f"{extractor}/{layout}"]
            assert (score.true_positive, score.predicted) == right, (layout, extractor)


def test_typeset_pdf_paragraphs_are_restored():
    """Measured when each part was made (2026-12-06; tests/gold/pdf_layouts/README.md has the
    steps): pdfminer's text of three layouts P 0.845, R 0.860 at first; the three other EXTRACTORS
    showed two habits (pypdf's one-space indents, its layout mode's empty lines between blocks),
    and a layout with page-bottom notes two faults (notes running on past the page number into the
    next page; a line left short by a number that did not fit at its end taken for a dropped
    indent). Left, each asserted here so that a change shows: where neither an indent nor an empty
    line marks the paragraphs (block spacing read by pdfminer, pypdf, PDFium or PyMuPDF) one merge
    of two paragraphs; in the book layout one more, where a paragraph's indented first line is
    also left short by a quoted number that did not fit at its end (`‘1313’`), which a number alone
    might explain (pypdf's text, which writes the indent as a space, has it right). pypdf's layout mode
    reorders a line holding a superscript (the part after it first, on a line of its own): 14 of 27
    until superscripts.restore_raised_line_parts put the parts back (27 of 27). It also sets two columns
    side by side on one line: 5 of 19 blocks right until clean/columns.py unzipped them (19 of 19). Two columns read in order (a paragraph runs from one column's foot
    to the next column's head with no mark between) are restored whole. PyMuPDF, added later and
    read by the rules as they stood, scores like PDFium. pdfplumber (its plain text), added last:
    read by the rules as they stood, every layout as PDFium but for two. It sets a note's
    superscript on a line of its own above its line, which was taken for a page number (20 of 27,
    then 27 of 27 with superscripts.lifted_marker_lines). It also interleaves two columns line by line,
    as pdfminer does in the held-out column layouts (5 of 19), which is not scored here."""
    scores = pdf_layout_scores()
    for extractor in ("pdfium", "pdfminer", "pymupdf", "pypdf", "pypdf_layout", "pdfplumber"):
        for layout, blocks in (("a4_indent_header", 19), ("b5_traditional_page_of", 19), ("a4_footnotes", 27),
                               ("a4_two_columns", 19), ("a4_policy_document", 25), ("a4_research_report", 24),
                               ("a4_report_charts", 24), ("a4_cover_contents", 18), ("a4_report_tables", 44),
                               ("a4_report_tables_varied", 44), ("a4_lists_box", 18), ("a4_journal_article", 39),
                               ("a4_web_print", 22)):
            if (extractor, layout) == ("pdfplumber", "a4_two_columns"):
                continue
            score = scores[f"{extractor}/{layout}"]
            assert score.true_positive == score.predicted == score.gold == blocks, (extractor, layout)
        spacing = scores[f"{extractor}/a4_block_spacing"]
        assert (spacing.true_positive, spacing.predicted) == ((19, 19) if extractor == "pypdf_layout" else (17, 18))
        # the chapter's running head opening the text is read as its heading (session 29: a chapter's
        # opening page has no running head; this excerpt starts on a later page that has one)
        book = scores[f"{extractor}/b5_book_spreads"]
        assert (book.true_positive, book.predicted) == ((42, 43) if extractor.startswith("pypdf") else (40, 42))
    # kinds the text cannot tell: the lists layout's box paragraphs (see below), the held-out report's
    # side panel (test_fourth…), and the later batches' (boxes, KPI figures, a standard's cover and
    # notes, speakers' labels, boxes, a magazine column's; the sixteenth kept blind; the seventeenth's
    # glossary entries, list items here; the eighteenth's forms; the nineteenth's worksheet; the
    # twentieth's; the twenty-first's speaker lines and subtitles; the twenty-third's forms; the
    # thirty-fourth's theory article's dash subtitle, a title in its gold and a heading in others'; the
    # thirty-sixth's key-figure lines; the thirty-eighth's speaker lines): 0.955 (0.9548); 0.957 with the
    # fortieth batch and its rules (boxes under their label read as sidebars); 0.962 over 226 layouts
    # after session 35 (key points under a summary's label read as sidebars, one-sentence numbered points
    # as list items, dated publication lines as datelines)
    assert scores["kinds"].precision >= 0.960


def test_columns_side_by_side_are_read_one_after_the_other():
    """Two held-out two-column layouts, typeset after clean/columns.py was written from
    a4_two_columns (B5 Traditional under a title across both columns, a running header, a 5 mm
    gutter; A4 paragraphs marked by space after them, no indent, an 8 mm gutter). pypdf's layout
    mode sets the columns side by side: before the rule 1 of 19 blocks right in each; the rule as
    first run 11 and 13 of 19; with positions counted in character cells rather than display width
    (B5's digits and Latin letters had shifted the right column), 13 and 13. What is left, read by
    eye: in both layouts what every extractor gets wrong too (the B5 title ran into the heading
    below it, its 16 characters as wide as a full column line, until a numbered line of a heading's
    shape opened a block after any line: 16 -> 18 and 13 -> 15 of 19; in A4, three paragraphs that end at
    a column's foot run into the next column's first, with no indent or space to tell), and in B5
    pypdf's layout mode sets the left column's last line on the first page's top row, and one line
    whose letters fill the gutter is read whole in the left column. Every raw character is still in
    a block or the ledger, and a block made of right pieces maps back to the raw text."""
    scores = pdf_layout_scores()
    for layout, plain, side_by_side in (("b5_two_columns_title", (18, 19), (15, 19)),
                                        ("a4_two_columns_spaced", (13, 16), (13, 16))):
        for extractor in ("pdfium", "pymupdf", "pypdf"):
            score = scores[f"{extractor}/{layout}"]
            assert (score.true_positive, score.predicted) == plain, (extractor, layout)
        score = scores[f"pypdf_layout/{layout}"]
        assert (score.true_positive, score.predicted) == side_by_side, layout
    for layout in ("a4_two_columns", "b5_two_columns_title", "a4_two_columns_spaced"):
        text = (PDF_LAYOUTS / "pypdf_layout" / f"{layout}.txt").read_text(encoding="utf-8")
        blocks, removed = clean_pdf_layout("pypdf_layout", layout)
        assert coverage_errors(RawFile(layout, "0" * 64, text, {}), blocks, removed) == [], layout
        for block in blocks:
            assert "".join(text[a:b] for a, b in block.pieces).replace(" ", "") == \
                "".join(block.text_original.split()), layout


def test_held_out_circled_notes_and_tables_of_words():
    """Two held-out layouts, typeset after the rules above were fixed (right / predicted blocks).
    B5 notes numbered ①②…: blind 20/26, 25/26, 25/26, 27/27, 14/42 and 18/32 in PDFium's, pdfminer's,
    PyMuPDF's, pypdf's, pypdf layout mode's and pdfplumber's text. The lifted and raised superscript
    rules were written for digits only; with circled numbers too, pdfplumber and the layout mode
    reach 25 and 27. PDFium drops the circled superscripts from the text, so no note at a page
    bottom was found (20); since a circled label under a full line cut mid-word opens the notes
    (layout.cut_off_above), 25. Left, read by eye: a paragraph whose first line falls short by its dropped
    indent, as the Latin word opening the next line (`IPTV`) would also explain, runs into the one
    before (pdfminer, PyMuPDF, pdfplumber).
    A report's tables of words (regions and their industries): the EXTRACTORS that set a row per
    line read them (PDFium and pdfplumber 41 of 43, a page-break merge aside; the layout mode 43).
    With one cell per line (pdfminer, PyMuPDF, pypdf) no number tells where a row ends: blind 19/27,
    22/27 and 24/28, each table glued into one row. Since the cells' lengths and repeats are read
    (tables.word_table_rows, revisions.split_word_tables; written after reading these errors, so not
    blind): 37/41, 41/42, 43/43. Left: pdfminer scatters one table's cells over a page break
    (the first row's columns on one page, the rest on the next, around the running header)."""
    expected = {"b5_circled_notes": {"pdfium": (25, 26), "pdfminer": (25, 26), "pymupdf": (25, 26), "pypdf": (27, 27),
                                     "pypdf_layout": (27, 27), "pdfplumber": (25, 26)},
                "a4_text_tables": {"pdfium": (41, 42), "pdfminer": (37, 41), "pymupdf": (41, 42), "pypdf": (43, 43),
                                   "pypdf_layout": (43, 43), "pdfplumber": (41, 42)}}
    assert_block_scores(expected)
    gold = [[squeeze(cell) for cell in item["cells"]] for item in pdf_layout_gold("a4_text_tables")
            if item["kind"] == "table_row"]
    assert len(gold) == 19
    for extractor, right in (("pypdf", 19), ("pymupdf", 19), ("pdfminer", 15)):  # rows with the right cells
        blocks, _ = clean_pdf_layout(extractor, "a4_text_tables")
        rows = [[squeeze(cell) for cell in b.cells] for b in blocks if b.kind == "table_row"]
        assert sum(row in gold for row in rows) == right, extractor


def test_tables_of_numbers_keep_their_rows_and_cells():
    """Four tables of indicators (a header of years, rows of a label and values), each between its
    caption and its source note. pypdf and PyMuPDF give one cell per line, row after row; pdfminer
    one cell per line, column after column (each column's header above its values, or all the
    headers first, with the source note between the first column and the rest); PDFium a row per
    line with one space between cells; pypdf's layout mode runs of spaces (one where a column is
    narrow). Measured when the layout was added (2026-12-06): rows with the right cells 0, 0, 0, 0
    and 17 of 20; the values of the one-cell lines went to the ledger as a chart's labels. Now every
    row's cells are right but the header whose last two cells PyMuPDF, pdfminer and pypdf's layout
    mode put together (`2023年占 GDP 比重`).

    The varied layout's tables have quarters and estimates as columns, values in words (`5%左右`) or
    missing (`—`), signed changes, and page breaks after tables: made after the rules above, it
    showed four more (missing values and periods are values; short lines after a table that fit no
    reading, such as the next page's running header, are left out of it; a header may be a period
    and words, `2024年目标`; read column after column, a header in words may follow the first
    column, `研发强度`): rows right then 16, 16, 19, 19 and 0 of 20, now all but the header whose
    cells pypdf's layout mode ran together (`2023Q12023Q2…`)."""
    for layout, scores in (("a4_report_tables", (("pypdf", 20), ("pdfium", 20), ("pymupdf", 19),
                                                  ("pypdf_layout", 19), ("pdfminer", 19), ("pdfplumber", 20))),
                           ("a4_report_tables_varied", (("pypdf", 20), ("pdfium", 20), ("pymupdf", 20),
                                                         ("pypdf_layout", 19), ("pdfminer", 20),
                                                         ("pdfplumber", 20)))):
        gold = [[squeeze(cell) for cell in item["cells"]] for item in pdf_layout_gold(layout)
                if item["kind"] == "table_row"]
        for extractor, right in scores:
            blocks, removed = clean_pdf_layout(extractor, layout)
            rows = [[squeeze(cell) for cell in b.cells] for b in blocks if b.kind == "table_row"]
            assert len(rows) == len(gold) == 20 and sum(row == g for row, g in zip(rows, gold)) == right, \
                (layout, extractor)
            assert not any(r.kind == "figure_text" for r in removed), (layout, extractor)


@pytest.mark.parametrize("layout", ["a4_footnotes", "b5_notes_after_stops"])
def test_notes_at_the_page_bottom_are_footnotes_linked_to_their_markers(layout):
    """Every note of the notes layouts is a footnote block labelled with its number, whose marker in
    the text is removed and linked: a superscript the EXTRACTORS glue to the word before it, that
    pdfplumber sets on a line of its own above its line, or whose line pypdf's layout mode splits
    (the part after it first). In a4_footnotes each marker stands before a comma. The B5 layout was
    typeset after the rules for those habits were written, each marker after a sentence's stop
    (`…綠色化」。1這一…`): blocks right then 12 of 24 in five EXTRACTORS' text (no marker was found
    after a stop, so no note at a page bottom), 15 in pdfplumber's. Now 23 of 24 in every text: the
    one left is a paragraph whose `R&D` the typesetter printed as `R&D;` (an entity)."""
    notes = [item["text"] for item in pdf_layout_gold(layout) if item["kind"] == "footnote"]
    scores = pdf_layout_scores()
    for extractor in ("pdfium", "pdfminer", "pymupdf", "pypdf", "pypdf_layout", "pdfplumber"):
        blocks, removed = clean_pdf_layout(extractor, layout)
        footnotes = [b for b in blocks if b.kind == "footnote"]
        assert ["".join(b.text_original.split()) for b in footnotes] == ["".join(n.split()) for n in notes]
        assert [b.footnote_label for b in footnotes] == [str(n) for n in range(1, len(notes) + 1)]
        assert sorted(int(ref) for b in blocks for ref in b.footnote_refs) == list(range(1, len(notes) + 1))
        assert sum(r.kind == "footnote_marker" for r in removed) == len(notes) >= 5
        score = scores[f"{extractor}/{layout}"]
        assert (score.true_positive, score.predicted) == ((27, 27) if layout == "a4_footnotes" else (23, 24))


def test_a_running_header_of_three_pages_is_furniture():
    """The header stands on all three pages, the first page's at the top of the file: the file's
    first and last lines count as page edges, and three pages are enough."""
    blocks, removed = clean_pdf_layout("pdfminer", "a4_indent_header")
    headers = [r for r in removed if r.kind == "running_header"]
    assert len(headers) == 3 and {"".join(r.text.split()) for r in headers} == {"某市发展研究中心专题研究报告"}
    assert not any("研究中心" in b.text_original for b in blocks)
    assert len(blocks) == len(pdf_layout_gold("a4_indent_header"))


def test_list_items_whose_bullets_the_EXTRACTORS_lose():
    """A bulleted list whose bullet the font maps to no character (pypdf writes DEL, pdfminer
    `(cid:127)`, PyMuPDF the bullet on a line of its own, PDFium `• ` before the item), and numbered
    points that end in `；`. Measured when the layout was made (2026-12-06): blocks right / predicted
    18 / 22, 18 / 22, 14 / 18, 14 / 18, 18 / 22 (pypdf, PyMuPDF, PDFium, its layout mode, pdfminer):
    a lone bullet or DEL was a block of its own, the `•` stayed in the item's text, `(cid:127)` was
    a heading, and the points ending in `；` were headings. Now each bullet item is one list item
    without its bullet (the glyph goes to the ledger) and each numbered point a list item of its
    own (two or more points closed by `；`). Left: the box's paragraphs are not sidebars (nothing
    marks where the box ends), and pdfminer sets the
    four bullets apart from their items, after the page's last line, where they open no item (a
    bullet alone takes no text from the next page)."""
    kinds = {"".join(item["text"].split()): item["kind"] for item in pdf_layout_gold("a4_lists_box")}
    for extractor in ("pdfium", "pdfminer", "pymupdf", "pypdf", "pypdf_layout", "pdfplumber"):
        blocks, removed = clean_pdf_layout(extractor, "a4_lists_box")
        found = [(b.kind, kinds["".join(b.text_original.split())]) for b in blocks]
        items = [b.text_original for b in blocks if b.kind == "list_item"]
        # pdfminer sets the bullets apart, after the page's last line: they open no item there
        assert len(found) == 18 and len(items) == (3 if extractor == "pdfminer" else 7), extractor
        assert not any(t.startswith(("•", "\x7f", "(cid")) for t in items)
        if extractor != "pdfminer":
            assert [b.kind for b in blocks if kinds["".join(b.text_original.split())] == "list_item"] == \
                ["list_item"] * 7, extractor
        glyphs = {"pypdf": "\x7f" * 4, "pypdf_layout": "\x7f" * 4, "pdfminer": "(cid:127)" * 4,
                  "pdfplumber": "(cid:127)" * 4}.get(extractor, "")
        assert "".join("".join(r.text.split()) for r in removed if r.kind == "pdf_artifact") == glyphs, extractor


def test_a_journal_article_keeps_its_front_matter_apart_and_loses_both_running_heads():
    """A journal article of five pages: the journal's name heads odd pages (3), its issue even ones
    (2), and each stands inside a sentence that runs across the page; the front matter is labelled
    (摘要：, 关键词：, 中图分类号：). Measured when made (2026-12-06): 34 / 39 right in every text:
    the issue, on two pages only, stayed glued into the paragraphs it interrupts; the affiliations
    ran into the abstract, and the classification line into the first heading (`一、引言`); the
    authors (`张三 1，李四 2`) and their affiliations were a heading and a paragraph. Now every block
    is right, with its kind."""
    gold = pdf_layout_gold("a4_journal_article")
    kinds = {"".join(item["text"].split()): item["kind"] for item in gold}
    for extractor in ("pdfium", "pdfminer", "pymupdf", "pypdf", "pypdf_layout", "pdfplumber"):
        blocks, removed = clean_pdf_layout(extractor, "a4_journal_article")
        heads = sorted("".join(r.text.split()) for r in removed if r.kind == "running_header")
        assert heads == ["2024年第3期"] * 2 + ["某某大学学报（哲学社会科学版）"] * 3, extractor
        found = [(b.kind, kinds["".join(b.text_original.split())]) for b in blocks]
        assert len(found) == len(gold) == 39, extractor
        assert all(kind == gold_kind for kind, gold_kind in found), extractor


@pytest.mark.parametrize("layout", ["a4_policy_document", "a4_research_report", "a4_regulation", "a4_newspaper"])
def test_the_blocks_keep_their_kinds(layout):
    """An official document (title and date, heads of three levels 一、 / （一） / 1., paragraphs, the
    issuing body's signature over its date) and a securities report (figure captions and source
    notes around figures, a header and a disclaimer on every page): each block of the kind the
    typesetter gave it, in every extractor's text. Both layouts were added as held-out checks; no
    rule was written from them. So were a regulation (chapters `第一章　总则`, articles `第一条　…`),
    right in every text at once, and a newspaper article (byline, a lead opening with its dateline,
    unnumbered subheads): blind, one subhead after a paragraph whose last line ran full to its
    stop was read into that paragraph (18 of 19 blocks in four texts; pypdf's two have the indent
    that ends it). Rule from it (layout.subhead_after_sentence): a short line without closing
    punctuation after a line that ends a sentence opens a block, as a paragraph's last line
    closes its sentence. Now right in every text."""
    expected = [(item["kind"], "".join(item["text"].split())) for item in pdf_layout_gold(layout)]
    for extractor in ("pdfium", "pdfminer", "pymupdf", "pypdf", "pypdf_layout", "pdfplumber"):
        blocks, _ = clean_pdf_layout(extractor, layout)
        assert [(b.kind, "".join(b.text_original.split())) for b in blocks] == expected, extractor


def test_every_extractor_gives_a_block_the_page_pdfminer_gives_it():
    """pdfminer separates pages by form feeds, which count them surely. pypdf, PDFium and PyMuPDF
    write no separator: there the printed page numbers are the only page edges, closing their page
    where text came first and opening it where an extractor gives the page's furniture first (a
    stray space PDFium leaves at the start of one line is no page's start; a cover and a contents
    page before page 1 have none, where the numbers open their pages). Measured when made:
    before, every block of those texts was on page 1 (or, with a chart's axis ticks read as page
    numbers, on page 100). The held-out newspaper layout showed one more: where the page's margin is
    wide, pypdf's layout mode opens nearly every line with one space, which had been read as a
    page's first line (9 false page starts, and page 1's blocks got no page); where most text lines
    open with the space it is a margin (lines.MARGIN_SHARE).
    The held-out interview showed one more: in pypdf's text 18 of 23 blocks were on wrong pages, its
    one-space indents read as page tops, as its one-line questions (`记者：…？`) do not fall short of a
    full line by an indent only. A line too short for an indent tells neither (a paragraph's last
    line or a heading at a page's top is one too) and has no vote (lines.spaces_mark_indents; first
    for short lines ending a sentence, then, with the held-out speech's headings, for all). So were the slides'
    pages outside pdfminer's text, until their footer was read as one (see the held-out test below).
    Left wrong: the slides in pypdf's layout mode, whose footer's spaced-out number runs the line
    to the wrap width; the numbered slides in pypdf's two texts (20 and 11 of 31 blocks), where
    pypdf opens every point after a slide's first, and every wrapped line, with one space, which
    is read as a page's top."""
    compared = 0
    # (pairs whose pages came right since were taken out in session 32: most of pypdf's layout mode's, once
    # its kept indents no longer read as pages' tops, and some in PDFium's and pdfplumber's texts)
    pages_left_wrong = {("pypdf_layout", "slides_16x9"), ("pypdf", "slides_4x3_numbered"), ("pypdf", "a4_news_digest"),
                        # no page number printed and no page marked: the pages stay unknown (None)
                        *((extractor, "a4_three_column_newspaper") for extractor in EXTRACTORS),
                        # numbers from page 2 on, last on their pages: page 1 reads as page 2's
                        ("pypdf_layout", "a4_journal_arabic_sections"), ("pdfplumber", "a4_journal_arabic_sections"),
                        # the eighth batch: two slides to a page, pages wrong in pypdf's text
                        ("pypdf", "slides_handout_2up"),
                        # the ninth, kept blind
                        ("pdfplumber", "b5_trad_academic_paper"), ("pypdf_layout", "b5_trad_academic_paper"),
                        # the tenth, blind: pdfminer's own pages wrong in the thesis (a table's year `2019`
                        # read as a page number) and the textbook (its first page read as 84), the others'
                        # in the LegCo paper (its unnumbered annex page read as page 3; pypdf's more)
                        *((extractor, layout) for extractor in EXTRACTORS
                          for layout in ("b5_thesis_chapter", "b5_textbook_chapter", "a4_legco_paper_hk")),
                        # the eleventh, blind: pdfminer's pages wrong in the Taiwan report (a table's year
                        # read as a page number), the others' in the standard (pypdf) and the two-column review
                        *((extractor, layout) for extractor in EXTRACTORS
                          for layout in ("b5_trad_gov_report_tw", "a4_national_standard", "a4_conference_summary_two_column")),
                        # the twelfth, blind: pypdf's pages wrong (its texts open lines with one space)
                        *(("pypdf", layout) for layout in ("a4_listed_company_announcement", "a4_hk_press_release_trad",
                                                           "a4_gov_work_report_dashes")),
                        ("pypdf_layout", "a4_gov_work_report_dashes"),
                        # the thirteenth, blind: pages unknown in the preface (roman numbers), pypdf's wrong
                        # in the WeChat print, a table's `40` read as pdfminer's page in the plan
                        *((extractor, "b5_book_preface") for extractor in EXTRACTORS), ("pypdf", "a4_wechat_article_print"),
                        *((extractor, "a4_fyp_indicator_table") for extractor in EXTRACTORS),
                        # the fourteenth, kept blind: pypdf's pages wrong in the press conference, PyMuPDF's in
                        # the wire story (pdfplumber's right since); the verbatim record's pages (numbers 5432-5434
                        # beside its header) unknown in pdfminer's and four others' texts
                        ("pypdf", "a4_press_conference_transcript"), ("pymupdf", "a4_xinhua_wire_story"),
                        *((extractor, "b5_legco_verbatim_record_trad") for extractor in EXTRACTORS),
                        # the fifteenth, kept blind: a one-page magazine column (its page unknown in pypdf's
                        # text), a yearbook page whose first page pdfminer reads as 122
                        ("pypdf", "b5_magazine_column_trad"),
                        *((extractor, "a4_statistics_yearbook_page") for extractor in EXTRACTORS),
                        # the sixteenth, kept blind: pypdf's pages wrong in the newsletter and the essay
                        ("pypdf", "a4_research_institute_newsletter"), ("pypdf", "b5_essay_collection_toc_and_piece"),
                        # the seventeenth: pypdf's pages wrong in the chronicle and the glossary (blind, every
                        # text's were: their page numbers stand in the footer `46｜某某高新区…` and the running
                        # head `12　发展新质生产力学习手册`, read since)
                        ("pypdf", "k16_annual_report_chronicle"), ("pypdf", "a5_handbook_glossary"),
                        # the eighteenth, blind: the layout mode's pages in the Macau guide and the printed
                        # disclosure page
                        *(("pypdf_layout", layout) for layout in ("b5_macau_funding_guide_trad", "letter_gov_info_disclosure_print")),
                        # the nineteenth, kept blind: pypdf's two texts' pages in the agenda
                        *((extractor, "a5_conference_handbook_agenda") for extractor in ("pypdf", "pypdf_layout")),
                        # the twentieth, kept blind: pypdf's pages in the transcript and the project list
                        ("pypdf", "a4_tv_interview_transcript"), ("pypdf", "large16k_institute_project_list"),
                        # the twenty-first, kept blind: no page number printed on the newspaper's theory page
                        # (the pages stay unknown outside pdfminer's text), pdfplumber's one block in the Macau
                        # commentary and the layout mode's in the lecture notes (right since)
                        *((extractor, "a4_provincial_daily_theory_article") for extractor in EXTRACTORS),
                        # the twenty-second, blind: pypdf's pages in the chairman's letter (8 of 17 blocks; the
                        # news roundup's 1 of 4, right since)
                        ("pypdf", "a4_annual_report_chairman_letter"),
                        # the twenty-third, blind: the editorial's pages in PDFium's, the layout mode's and
                        # pdfplumber's texts (its page 2's head stands on no other page); the keynote's in every
                        # text but pdfminer's (its alternating heads read since, but in the layout mode's and
                        # pdfplumber's texts)
                        *((extractor, "a4_hk_daily_editorial_trad") for extractor in ("pdfium", "pypdf_layout", "pdfplumber")),
                        *((extractor, "b5_proceedings_keynote_address") for extractor in ("pypdf_layout", "pdfplumber")),
                        # the twenty-fourth, kept blind: the executive summary's pages (numbered I and II) in
                        # every text but pdfminer's, one block's page in three texts of the study notice
                        *((extractor, "b5_think_tank_report_executive_summary") for extractor in EXTRACTORS),
                        *((extractor, "a4_party_committee_study_arrangement_notice") for extractor in ("pdfium", "pymupdf", "pypdf")),
                        # the twenty-fifth, blind: the front page's (pages 1 and 3 of the paper) in every text
                        # but pdfminer's (the brokerage note's, in three texts, and the policy interpretation's
                        # in the layout mode's, right since)
                        *((extractor, "a3_provincial_daily_front_page_report") for extractor in EXTRACTORS),
                        # the twenty-sixth, kept blind: pypdf's pages in the plan whose attachment turns landscape
                        ("pypdf", "a4_district_plan_landscape_task_table"),
                        # the twenty-seventh, kept blind: a web page printed with no furniture (no page number:
                        # pages unknown outside pdfminer's text); the commentary's, in two texts, right since
                        *((extractor, "a4_soe_website_news_release_print") for extractor in EXTRACTORS),
                        # the twenty-eighth, kept blind: pypdf's pages in the work-points notice (the Taiwan
                        # brief's, in two texts, right since)
                        ("pypdf", "a4_provincial_department_work_points_notice"),
                        # the twenty-ninth, blind: the chamber's submission in pypdf's two texts (in PDFium's
                        # and pdfplumber's too, and the economist's commentary in three, until its rules)
                        *((extractor, "a4_hk_chamber_consultation_submission_trad") for extractor in ("pypdf", "pypdf_layout")),
                        # the thirtieth, kept blind: the layout mode's pages in the strategy weekly
                        ("pypdf_layout", "a4_securities_strategy_weekly"),
                        # the thirty-second, blind: the initiation report's in pypdf's two texts and pdfplumber's
                        # (PDFium's and PyMuPDF's right since its forecast table is read)
                        *((extractor, "a4_securities_initiation_report") for extractor in ("pypdf", "pypdf_layout", "pdfplumber")),
                        # the thirty-third, kept blind: one block's page in PyMuPDF's and pypdf's annual report
                        *((extractor, "a4_hk_trade_association_annual_report_trad") for extractor in ("pymupdf", "pypdf")),
                        # the thirty-fourth, blind: pypdf's pages in the printed web page and the newsletter (its
                        # layout mode's and PyMuPDF's right since their heads are read), and every text's but
                        # pdfminer's in the theory article (no page number printed: pages unknown)
                        ("pypdf", "a4_municipal_drc_policy_interpretation_web"),
                        *((extractor, "a4_party_newspaper_theory_page_article") for extractor in EXTRACTORS),
                        ("pypdf", "a4_industry_association_monthly_newsletter"),
                        # the thirty-fifth, blind: the layout mode's pages in the thesis, and every text's but
                        # pdfminer's in the daily's report page (no page number printed: pages unknown)
                        ("pypdf_layout", "a4_tw_university_masters_thesis_front_matter_trad"),
                        *((extractor, "a4_provincial_daily_in_depth_report_page") for extractor in EXTRACTORS),
                        # the thirty-sixth, blind: PDFium's and pypdf's pages in the brochure
                        *((extractor, "a4_industrial_park_investment_brochure") for extractor in ("pdfium", "pypdf")),
                        # the thirty-eighth, kept blind: pypdf's pages in the booklet, every text's but pdfminer's
                        # in the daily's speech digest (no page number printed: pages unknown)
                        ("pypdf", "a4_hk_party_policy_address_proposals_trad"),
                        *((extractor, "a4_provincial_daily_deputy_speech_digest") for extractor in EXTRACTORS),
                        # the thirty-ninth, kept blind: pypdf's pages in the interpellation
                        ("pypdf", "a4_tw_legislator_written_interpellation_trad"),
                        # the fortieth, blind: a web page printed with no furniture (no page number: pages
                        # unknown outside pdfminer's text, pypdf's wrong)
                        *((extractor, "a4_think_tank_wechat_account_article_print") for extractor in EXTRACTORS),
                        # the forty-first, blind: the prospectus' pages (numbered `1-1-21`) in every text but
                        # pdfminer's; read since, but in pypdf's (its running head on two lines)
                        ("pypdf", "a4_ipo_prospectus_definitions_and_business"),
                        # the forty-second, blind: PyMuPDF's and pypdf's pages in the annual report (its table,
                        # running over a page break, read out of order)
                        *((extractor, "a4_provincial_science_department_annual_report_chapter") for extractor in ("pymupdf", "pypdf")),
                        # the forty-third, blind: the op-ed page and the brochure carry no page number (pages
                        # unknown outside pdfminer's text)
                        *((extractor, layout) for extractor in EXTRACTORS
                          for layout in ("a4_tw_daily_op_ed_inset_pull_quote_trad", "a4_city_investment_guide_two_column_key_figures")),
                        # the forty-fifth, blind: the outlook report's pages (numbered `1-N`) unknown outside
                        # pdfminer's text
                        *((extractor, "a4_tw_industry_institute_outlook_report_chapter_trad") for extractor in EXTRACTORS[:1] + EXTRACTORS[2:]),
                        # the forty-sixth, blind: PDFium's pages in the one-page explainer (its browser's
                        # footers read as pages' edges)
                        ("pdfium", "a4_gov_portal_one_chart_explainer_web_print"),
                        # the forty-seventh, blind: the layout mode's pages in the central bank branch's release
                        ("pypdf_layout", "a4_pbc_provincial_branch_credit_statistics_release_web_print"),
                        # the forty-eighth, blind: the two-column journal pages in PDFium's, the layout mode's
                        # and pdfplumber's texts
                        *((extractor, "a4_university_journal_two_column_article_first_pages")
                          for extractor in ("pdfium", "pypdf_layout", "pdfplumber")),
                        # the forty-ninth, blind: pypdf's pages in the central bank's release, the hotline's
                        # report and the lecture notice
                        *(("pypdf", layout) for layout in ("a4_tw_central_bank_board_meeting_press_release_rates_table_trad",
                                                           "a4_city_12345_hotline_monthly_analysis_report",
                                                           "a4_university_academic_lecture_notice_poster_web_print")),
                        # the fiftieth, blind: the survey release's pages in every text but pdfminer's and
                        # PyMuPDF's, and pypdf's in the WeChat article
                        *((extractor, "a4_hk_think_tank_telephone_survey_press_release_trad")
                          for extractor in ("pdfium", "pypdf", "pypdf_layout", "pdfplumber")),
                        ("pypdf", "a4_university_official_wechat_account_article_photos_print"),
                        # the fifty-first, blind: pypdf's pages in the company note and the work briefing
                        *(("pypdf", layout) for layout in ("a4_securities_company_update_note_forecast_table",
                                                           "a4_county_rural_revitalisation_work_briefing")),
                        # the fifty-second, blind: pypdf's pages in the results announcement
                        ("pypdf", "a4_hk_listed_company_annual_results_announcement_trad"),
                        # the fifty-third, blind: the journal's last pages, numbered only in running heads
                        # that differ (`…路径　　17`, `18　　某某经济研究…`), in every text but pdfminer's
                        *((extractor, "a4_economics_journal_article_last_pages_references_english_abstract")
                          for extractor in ("pdfium", "pymupdf", "pypdf", "pypdf_layout", "pdfplumber")),
                        # the fifty-fourth, blind: the achievement sheets' pages in the layout mode's text
                        # (PDFium's and pdfplumber's too, until session 36 read the footer with the page's number)
                        ("pypdf_layout", "a4_university_technology_achievements_promotion_sheets"),
                        # the fifty-fifth, blind: pypdf's pages in the budget speech
                        ("pypdf", "a4_hk_budget_speech_innovation_section_trad"),
                        # the fifty-sixth, blind: pypdf's pages in the amendment's explanation, the disclosure
                        # report and the awards decision
                        *(("pypdf", layout) for layout in (
                            "a4_tw_ministry_statute_partial_amendment_draft_general_explanation_trad",
                            "a4_county_government_information_disclosure_annual_report",
                            "a4_city_government_science_and_technology_awards_decision"))}
    # a standard's cover and foreword (numbered `I`) stand before its page 1: no Arabic number for them
    before_page_one = {"a4_national_standard", "b5_book_preface", "b5_legco_verbatim_record_trad", "a4_white_paper_chapter",
                       "a4_tw_university_masters_thesis_front_matter_trad",  # the thesis' abstract and contents: `i`, `ii`
                       "a4_tw_nstc_research_project_final_report_front_pages_trad",  # a cover, the abstract's page `I`
                       "a4_enterprise_new_quality_productive_forces_typical_case_application_form"}  # a form's cover
    for record in map(json.loads, (PDF_LAYOUTS / "gold.jsonl").open(encoding="utf-8")):
        texts = ["".join(b.text_original.split()) for b in clean_pdf_layout("pdfminer", record["layout"])[0]]
        # a text that stands twice (a newsletter's `短評` kicker over each commentary) tells no page,
        # nor does one the gold does not hold (a running head read as a block has no page of its own)
        gold = {"".join(item["text"].split()) for item in record["items"]}
        truth = {"".join(b.text_original.split()): b.page for b in clean_pdf_layout("pdfminer", record["layout"])[0]
                 if texts.count("".join(b.text_original.split())) == 1 and "".join(b.text_original.split()) in gold}
        # all but a cover's, which carries no printed number, before page 1
        assert sum(page is None for page in truth.values()) <= 3 or record["layout"] in before_page_one, record["layout"]
        for extractor in ("pdfium", "pymupdf", "pypdf", "pypdf_layout", "pdfplumber"):
            if (extractor, record["layout"]) in pages_left_wrong:
                continue
            for block in clean_pdf_layout(extractor, record["layout"])[0]:
                key = "".join(block.text_original.split())
                # a cover has no printed number: where numbers close their pages (pypdf's layout
                # mode puts them last) nothing tells it from the first numbered page
                if truth.get(key) is not None:
                    assert block.page == truth[key], (extractor, record["layout"], key[:20])
                    compared += 1
    assert compared >= 800
    # the cover's title, body and month: no page in pdfminer's text, nor where numbers open pages
    for extractor in ("pdfium", "pdfminer", "pymupdf", "pypdf"):
        assert [b.page for b in clean_pdf_layout(extractor, "a4_cover_contents")[0][:4]] == [None, None, None, 1], extractor


def test_a_charts_axis_labels_are_figure_text():
    """Bar charts drawn in the PDF leave their axis labels (`2019 2020 …`, `0`, `20`, … `100`) as
    lines of numbers: they go to the ledger as figure_text, and none is taken for a page number (the
    report has 4 pages, so 4 page numbers) or for a running header."""
    for extractor in ("pdfium", "pdfminer", "pymupdf", "pypdf", "pypdf_layout", "pdfplumber"):
        blocks, removed = clean_pdf_layout(extractor, "a4_report_charts")
        kinds = [r.kind for r in removed]
        assert kinds.count("page_number") == 4 and kinds.count("figure_text") >= 4 * 6, extractor
        assert {r.text for r in removed if r.kind == "running_header"} <= {"证券研究报告", "敬请参阅最后一页特别声明"}
        assert not any(b.text_original.strip().isdigit() for b in blocks)


def test_held_out_interview_endnotes_run_in_heads_and_slides():
    """Four layouts added after release 1.73.0 by a helper who did not see the cleaner (right /
    predicted blocks, blind, in PDFium's, pdfminer's, PyMuPDF's, pypdf's, its layout mode's and
    pdfplumber's text):
    - an interview (`记者：…？` / `李某某：…`): 20/22, 19/22, 19/22, 20/22, 24/24, 19/22 of 24. A question
      after an answer whose last line ran full to its stop was read into it; rule
      (layout.turn_after_sentence): a speaker's label that opens other lines too opens a turn after
      a sentence's end. The title `…——访某某研究院院长李某某` was read as a byline: an interview's
      headline is not one (_INTERVIEW_SUBTITLE). Left: pdfminer, PyMuPDF and pdfplumber drop a `•`
      inside one answer (`天地图•庆阳`), so its text is not the gold's;
    - endnotes gathered under `注释：` (`1. 参见…`): 32/43 everywhere but pdfplumber (43/43, which lifts
      the markers onto lines of their own) and the layout mode (33): the markers stayed in the text
      and the notes were paragraphs and headings. Rule: under an endnotes heading each labelled
      line opens a footnote, and its marker is the first occurrence of its label after the
      previous note's marker (footnotes._link_endnote);
    - a government work report whose paragraphs open with run-in heads (`（一）…推进。用科技…`):
      17/23 of 20 everywhere; the head's line was cut off as a heading. Rule (layout.is_heading): a
      numbered line that runs on after a sentence ended inside it opens a paragraph. Its occasion
      under the title (`——2024年3月5日在…会议上`) was a quote's attribution with no quote: before any
      text it is a byline (revisions.mark_title_occasions);
    - slides (titles, `●` bullets, a footer `某某研究院 N`): 37/46 of 39 (layout mode 29/38). The
      footer follows finished text on every slide, so it was not read as a running footer (those
      are asked to interrupt sentences now and then, as headings `附件1` do not) and was a byline of
      each slide. Rules: a text beside the page number at every page break, 5 pages or more (3 since
      the fourth batch), is a running header or footer (margins.running_header_lines); so is a text whose number goes up
      by one on 5 lines or more, standing apart at the line's end (numbered_running_lines). Then
      37/38: a last point without a stop ran on into the next slide's title. Rule: where the text
      has no wrap width (slides: no line length prevails), no line can be told full, and a page's
      edge ends the block (layout.take_content). Now 39/39; left: in the layout mode the footer's
      number, spaced out to the right margin, runs the line to the wrap width (29/38).
    The rules were written after reading these errors: the figures below are not blind."""
    assert_block_scores({"a4_interview": dict(zip(EXTRACTORS, [(24, 24), (23, 24), (23, 24), (24, 24), (24, 24), (23, 24)])),
                         "a4_endnotes": dict.fromkeys(EXTRACTORS, (43, 43)),
                         "a4_run_in_heads": dict.fromkeys(EXTRACTORS, (20, 20)),
                         "slides_16x9": {**dict.fromkeys(EXTRACTORS, (39, 39)), "pypdf_layout": (29, 38)}})
    for extractor in ("pdfium", "pdfminer", "pymupdf", "pypdf", "pypdf_layout", "pdfplumber"):
        blocks, removed = clean_pdf_layout(extractor, "a4_endnotes")
        notes = [b for b in blocks if b.kind == "footnote"]
        assert [b.footnote_label for b in notes] == [str(n) for n in range(1, 12)], extractor
        # every marker cited in the text, in order, went to the ledger (pdfplumber lifts them apart)
        markers = [r.text.strip() for r in removed if r.kind == "footnote_marker"]
        assert markers == [str(n) for n in range(1, 12)] or extractor in ("pdfplumber", "pypdf_layout"), extractor
        for layout in ("a4_endnotes", "a4_run_in_heads"):
            kinds = {"".join(item["text"].split()): item["kind"] for item in pdf_layout_gold(layout)}
            blocks, _ = clean_pdf_layout(extractor, layout)
            assert all(kinds.get("".join(b.text_original.split()), b.kind) == b.kind for b in blocks), (extractor, layout)


def test_second_held_out_batch_traditional_endnotes_qa_bracketed_notes_and_numbered_slides():
    """Four more layouts, made after the rules of the first batch by a helper who did not see the
    cleaner (right / predicted blocks, blind, in PDFium's, pdfminer's, PyMuPDF's, pypdf's, its layout
    mode's and pdfplumber's text):
    - Traditional text with circled note markers and the notes under `註釋` at its end: 34/35, 35/36,
      35/36, 37/37, 37/37, 35/36 of 37, the endnote rule holding as written. Left: PDFium drops a
      paragraph's last line of one character; a paragraph ending at a page's foot with a full line
      runs into the next (its indent dropped), as everywhere;
    - a Q&A explainer (`问：…？` / `答：…`, three questions after an answer's full last line): 19/19
      everywhere, the turn rule holding as written;
    - bracketed markers in the text (`[7]，`) and notes `[1] 参见…` under `注释：`, then references:
      29/42 of 41 everywhere. The notes lost their own labels as references (a note's own label
      now stays: remove_note_reference_markers does not touch footnotes); a bare `2` the text
      carried was linked as note 2's marker (a note cited in brackets now links to no bare number:
      footnotes._labels); a reference's line cut after `29(6):` left its tail `137-148.` a heading
      (under 参考文献 a line before the entry's stop goes on with the entry). Now 41/41;
    - slides with numbered points (`1. …` … `5. …`, some wrapping): 31/45 of 38 everywhere. The
      points were headings and their wrapped tails blocks of their own; rule
      (revisions.mark_point_runs), in a text without a wrap width: short numbered lines 1, 2, 3, … one
      after another with nothing between are a list, and a line no longer than a point's, after a
      point that ended no clause, on its page, is its tail. Now 38/38 but in pypdf's two texts (31/45),
      which open every point after a slide's first with one space, read as a page's top. (Since
      session 32 the layout mode's is 38/38 too: where many lines open with two spaces or more, the
      extractor kept its indents as spaces and one space opens no page.)
    The seeds' output is unchanged. The figures after the rules are not blind."""
    expected = {"b5_traditional_endnotes": dict(zip(EXTRACTORS, [(34, 35), (35, 36), (35, 36), (37, 37), (37, 37),
                                                                  (35, 36)])),
                "a4_qa_explainer": dict.fromkeys(EXTRACTORS, (19, 19)),
                "a4_bracket_endnotes": dict.fromkeys(EXTRACTORS, (41, 41)),
                "slides_4x3_numbered": dict(zip(EXTRACTORS, [(38, 38), (38, 38), (38, 38), (31, 45), (38, 38),
                                                              (38, 38)]))}
    assert_block_scores(expected)
    for extractor in EXTRACTORS:
        blocks, _ = clean_pdf_layout(extractor, "a4_bracket_endnotes")
        assert [b.footnote_label for b in blocks if b.kind == "footnote"] == [str(n) for n in range(1, 11)], extractor
        blocks, _ = clean_pdf_layout(extractor, "b5_traditional_endnotes")
        assert [b.footnote_label for b in blocks if b.kind == "footnote"] == list("①②③④⑤⑥⑦⑧⑨⑩"), extractor


def test_third_held_out_batch_word_tables_bilingual_notice_and_speech():
    """Four more layouts by a helper who did not see the cleaner (right / predicted blocks, blind, in
    PDFium's, pdfminer's, PyMuPDF's, pypdf's, its layout mode's and pdfplumber's text):
    - five tables of words (2-5 columns; cells of uneven length, one column wrapping in its cells,
      one table split by a page break, one with no name repeated): 56/56, 26/40, 31/40, 31/40, 56/56,
      56/56 of 56. The row-per-line texts are right; with one cell per line word_table_rows, written
      from a4_text_tables, reads the evenly long 4-column table and leaves or misreads the others
      (without the rule: 24/33, 26/31, 26/31, so it helps on blind text, F1 0.60 -> 0.65 in PyMuPDF's).
      Left: lengths alone cannot tell a table from its transpose where no name repeats;
    - a bilingual Hong Kong brief (English summaries after Chinese paragraphs, page-bottom notes):
      27/33, 28/33, 28/33, 28/33, 29/31, 29/31 of 33. An English paragraph ending `…for this year.`
      ran into the Chinese one under it (layout.script_changes_after_sentence: a change between a line
      of English and one of Chinese after a sentence's end opens a block); a typesetter's stray
      trailing spaces (2 of 26 sentence ends) were read as paragraph ends (they mark ends only where
      a fifth of the sentence ends carry one: _SOME_MARKED_ENDS_SHARE); two one-space lines in a row
      in PyMuPDF's text made its pages count by line marks (pages.pages_marked). Now 32/33 and 33/33
      (PDFium drops a comma after a superscript at a line's end);
    - an official notice (issuer's mark, document number, `附件：1. …` / `2. …`, signature, date):
      22/22 everywhere, blind; since, its attachments are list items (_ATTACHMENTS);
    - a speech (date in brackets, the speaker's name, `同志们：`, `（掌声）`): 26/26 everywhere, blind;
      since, its bracketed date is a dateline. Left: the placeholder name `某某某` is a heading (no
      surname), and pypdf's one-space lines: lines too short for an indent now have no vote
      (lines.spaces_mark_indents), so its pages are right.
    The figures after the rules are not blind. The seeds' output is unchanged."""
    expected = {"a4_word_tables_varied": dict(zip(EXTRACTORS, [(56, 56), (26, 40), (31, 40), (31, 40), (56, 56),
                                                                (56, 56)])),
                "a4_bilingual_hk": {**dict.fromkeys(EXTRACTORS, (33, 33)), "pdfium": (32, 33)},
                "a4_notice_attachments": dict.fromkeys(EXTRACTORS, (22, 22)),
                "b5_speech_transcript": dict.fromkeys(EXTRACTORS, (26, 26))}
    assert_block_scores(expected)
    for extractor in EXTRACTORS:
        for layout in ("a4_notice_attachments", "a4_bilingual_hk"):
            kinds = {"".join(item["text"].split()): item["kind"] for item in pdf_layout_gold(layout)}
            blocks, _ = clean_pdf_layout(extractor, layout)
            assert all(kinds.get("".join(b.text_original.split()), b.kind) == b.kind for b in blocks), (extractor, layout)


def test_fourth_held_out_batch_newsletter_side_panel_wrapped_tables_and_minutes():
    """Four more layouts by a helper who did not see the cleaner (right / predicted blocks, blind, in
    PDFium's, pdfminer's, PyMuPDF's, pypdf's, its layout mode's and pdfplumber's text):
    - a Hong Kong newsletter page (masthead, two commentaries under `短評`, contact lines): every
      block right in every text, blind (17 of 17 blocks; the gold lists `短評` once). Kinds: the
      masthead was a title and the first contact line (`查詢：…`) a heading; an issue line
      (`…第 128 期…`, `第 3 期`) is a byline and `查詢：` a contact line now (schema/layout_cues.yaml),
      so the first commentary's title is the page's title, where the gold has a heading;
    - a meeting's minutes (`出席：…`, numbered decisions run in: `一、会议指出，…`): 12/14, 11/14,
      11/14, 12/14, 12/14, 11/14 of 13. A decision's first line, full, ran on into a full line that
      opens with its clause's last character (`…的关键一` / `年。面对…`) and was cut off as a heading:
      such a break cuts the clause (layout._CLAUSE_TAIL), so the numbered line opens its paragraph.
      Now 13/13 but where the extractor drops a `•` inside one paragraph (12/13);
    - tables of words whose cells wrap (a policy table of sentences): 26/27, 19/25, 19/22, 19/22,
      20/36, 27/29 of 28, left. A row per line reads (PDFium, pdfplumber); with one cell per line a
      wrapped cell is two lines, so word_table_rows finds no reading and the table stays one row;
    - a research report with a side panel (`核心观点`, `风险提示`, boxed points in a narrow right
      column): 21/38, 20/35, 21/38, 21/38, 21/38, 14/36 of 26. The panel's short lines ended their
      blocks (short against the main column's width), and the header `证券研究报告 | 宏观专题`, on
      each of three pages beside the page's number but after finished text, was a title and
      headings. Rules: a short line as wide as the next one, or as the one before it in its block,
      is a narrow column's full line (layout.narrow_column_line, opens_narrow_column); a text beside
      the page's number at every page break is a running header from 3 pages on (it was 5). Now
      26/26, 24/26, 26/26, 26/26, 26/29, 14/36 (pdfplumber glues the two columns' lines). Kinds: the
      panel's points are list items (their bullets), where the gold has sidebar. Since session 33
      24/27 in pdfminer's text: a bulleted point's short line over a full line ends it
      (layout.bulleted_item_stops), and pdfminer interleaves a panel's point with the body's line.
    The rules were written after reading these errors. The seeds' output is unchanged."""
    expected = {"a4_newsletter_hk": dict.fromkeys(EXTRACTORS, (17, 17)),
                "a4_meeting_minutes": dict(zip(EXTRACTORS, [(13, 13), (12, 13), (12, 13), (13, 13), (13, 13), (12, 13)])),
                "a4_policy_table_wrapped": dict(zip(EXTRACTORS, [(26, 27), (19, 25), (19, 22), (19, 22), (20, 36),
                                                                  (27, 29)])),
                "a4_report_sidebar": dict(zip(EXTRACTORS, [(26, 26), (24, 27), (26, 26), (26, 26), (26, 29), (14, 36)]))}
    assert_block_scores(expected)
    for extractor in EXTRACTORS:
        blocks, _ = clean_pdf_layout(extractor, "a4_newsletter_hk")
        kinds = {"".join(b.text_original.split())[:4]: b.kind for b in blocks}
        assert (kinds["廠商會動"], kinds["查詢：本"], kinds["電話：2"]) == ("byline", "boilerplate", "boilerplate"), extractor
        blocks, _ = clean_pdf_layout(extractor, "a4_meeting_minutes")
        assert [b.kind for b in blocks if b.text_original.startswith(("第", "某某市人民政府办公室"))] == ["byline"] * 2


def test_fifth_held_out_batch_is_a_blind_check_of_the_rules_as_they_stand():
    """Four layouts made after every rule above and left as they came: no rule was written from
    them, so these figures are blind (right / predicted blocks in PDFium's, pdfminer's, PyMuPDF's,
    pypdf's, its layout mode's and pdfplumber's text). All four together: P 0.935, R 0.917 (721 of
    771 predicted, 786 gold).
    - a policy document numbered on four levels (`一、`, `（一）`, `1.`, `（1）`, run-in leads): 38/38
      everywhere;
    - a monthly news digest (item titles, bodies, `（来源：新华社，…）` lines): 27/27 everywhere; the
      bracketed source lines were headings, not source notes (a bracket before `来源：` is not in the
      cue, and adding it made notes run on into the next items and changed the seeds: not done).
      Since session 28 a revision gives such a line, a block of its own, the kind source_note
      (revisions.mark_bracketed_source_notes, cue bracketed_source_pattern; written after reading
      this digest, so not blind): kinds of all 42 layouts 0.976 -> 0.983. pypdf's one-space title
      line is read as a page's top (16 of 27 pages wrong there);
    - a Traditional brief with appendix tables (numbers; a two-column table of words whose cells
      wrap) and page-bottom notes: 24/29, 20/25, 25/27, 25/27, 26/28, 28/32 of 32. Wrapped word cells
      one per line stay one row; a series line `（「新質生產力」專題討論之三）` is a heading, where the
      gold has a byline;
    - a journal article with an English abstract: 31/36, 30/35, 30/36, 31/36, 31/35, 30/35 of 34. The
      keywords line ran on into the English title (no sentence end between them); since session 28 a
      front-matter item ends where the script changes, and an English line after the front matter
      that ends no sentence is the title in English (layout.script_changes_after_sentence,
      english_title; not blind): 33/37, 32/36, 32/37, 33/37, 33/36, 32/36. The journal's running
      head (three pages) stays a byline, and the issue line `2024 年第 4 期`, met once at a page break,
      is read into the paragraph it interrupts (PDFium, PyMuPDF, pypdf)."""
    expected = {"a4_nested_numbering": dict.fromkeys(EXTRACTORS, (38, 38)),
                "a4_news_digest": dict.fromkeys(EXTRACTORS, (27, 27)),
                "b5_traditional_appendix_tables": dict(zip(EXTRACTORS, [(24, 29), (20, 25), (25, 27), (25, 27), (26, 28),
                                                                         (28, 32)])),
                "a4_article_bilingual_abstract": dict(zip(EXTRACTORS, [(34, 36), (33, 36), (33, 36), (34, 36), (34, 36),
                                                                        (33, 36)]))}
    assert_block_scores(expected)
    for extractor in EXTRACTORS:
        sources = [b.kind for b in clean_pdf_layout(extractor, "a4_news_digest")[0] if b.text_original.startswith("（来源：")]
        assert sources == ["source_note"] * 8, extractor


def test_sixth_held_out_batch():
    """Four layouts made blind to the cleaner (session 28), scored before any rule was written from
    them (right / predicted blocks in PDFium's, pdfminer's, PyMuPDF's, pypdf's, its layout mode's
    and pdfplumber's text): P 0.779, R 0.806 (503 of 646 predicted, 624 gold).
    - a ragged-right report, no indent, no paragraph spacing: 17/17 everywhere (blind too);
    - a three-column newspaper page: 14/21, 9/19, 14/21, 16/22, 0/10, 4/50 of 24. Now 22/23,
      13/21, 22/23, 24/24, 3/11, 4/48: a newspaper page's head (date, weekday, `第3版`) is page
      furniture (cue newspaper_page_head_pattern); a headline wider than the columns under it is the
      title, and its next wide line a heading (layout.headline_across_columns: wider than the
      text's lines, no clause in it), so the byline and
      the first paragraph stand apart; a caption that runs to the column's width goes on into its
      next line as a source note does, until a photo's credit (`…摄`) ends it; a jump line
      `（下转第 4 版）` is boilerplate. Left: pypdf's layout mode and pdfplumber set the three columns
      side by side on one line, and pdfminer interleaves them;
    - a journal paper with Arabic section numbers (`1 引言`, `2.1 …`) and page-1 notes: 32/35 x4,
      31/37 x2 of 35. Now 35/35 x4, 33/38 x2: `1 引言` opens a block after the keywords (a heading cue
      for an Arabic number, a space and a short title; numbered_opens_block reads the cues for a line
      of a title's shape), `收稿日期：`, `基金项目：`, `作者简介：` are footnotes (cue
      article_note_pattern), and where they cut a paragraph off above a page break it goes on after
      it (opens_article_notes). Left: the running head of pages 2-4 read as a heading in pypdf's
      layout mode and pdfplumber;
    - a securities morning note: 25/31, 25/31, 25/31, 27/32, 27/31, 25/31 of 28. Now 26/27, 26/27,
      26/27, 28/28, 28/28, 26/27: its footer `请务必阅读正文之后的免责声明部分` is a cued running
      footer (with two other firms' wordings), a cued footer and its page's number on one line are
      furniture and a page's edge whether the number is glued to it or spaced apart, and a line that
      opens the file and stands again at a page break inside a sentence is a running header on two
      pages (margins.running_header_lines: MIN_PAGES is 3 otherwise; two were tried, and took a
      newsletter's two `短評` kickers and the seeds' repeated source lines). Left: a bullet point that
      ends its sentence runs on into the unindented paragraph after it.
    All four now: P 0.880, R 0.891 (not blind: the rules were written after reading these errors);
    the 42 earlier layouts P 0.960, R 0.949, unchanged.
    Since session 32 the journal's layout-mode and pdfplumber texts are 34/37 (its head on every page but
    the opening one)."""
    expected = {"a4_ragged_left_aligned": dict.fromkeys(EXTRACTORS, (17, 17)),
                "a4_three_column_newspaper": dict(zip(EXTRACTORS, [(22, 23), (13, 21), (22, 23), (24, 24), (3, 11),
                                                                    (4, 48)])),
                "a4_journal_arabic_sections": dict(zip(EXTRACTORS, [(35, 35)] * 4 + [(34, 37)] * 2)),
                "a4_morning_note_table": dict(zip(EXTRACTORS, [(26, 27), (26, 27), (26, 27), (28, 28), (28, 28),
                                                                (26, 27)]))}
    assert_block_scores(expected)


def test_seventh_held_out_batch():
    """Four layouts made blind to the cleaner after every rule above (session 28), scored before any
    rule was written from them (right / predicted blocks in each extractor's text). All four, blind:
    P 0.836, R 0.811 (516 of 617 predicted, 636 gold), kinds of the right blocks 0.849. Then, from
    their errors (not blind): under a table of numbers a full-width line of running text ends the
    table; a unit line `单位：…` is a source note and no cell, and the table goes on under it; a dash
    and a name alone (`——习近平`, 习 among the surnames now) attribute the quotation above. Now
    P 0.844, R 0.840, kinds 0.895; the 46 layouts before them unchanged.
    - a think-tank brief (`内部资料　注意保存`, `第 12 期`, an editor's note in a box, two articles
      with their author units): 19/19 everywhere;
    - a B5 book chapter (epigraph and `——习近平`, `第一节` heads, circled page-bottom notes, running
      heads alternating from page 57): 24-25 of 28. The chapter's title is lost (the odd pages'
      running head says the same, and goes as furniture where it opens the chapter too); notes run
      on into the next page's head `新质生产力读本` (PyMuPDF, pypdf) or text (PDFium), where that head
      is read as a heading; the epigraph was a paragraph and its attribution a heading (now a quote
      and its attribution). Session 29, from the ninth batch's errors: the even pages' head, always
      beside its number after notes, is the other head of the pair; the chapter's heading opening the
      text is no running head (its opening page has none); a note whose label goes on from the last
      note's (② after ① on an earlier page) opens the page's notes where its marker was dropped:
      27/28 in PDFium (a note runs on into the next page's text), 28/28 in the others;
    - a statistical bulletin (tables of numbers under `表1　…` with a unit line `单位：万吨、%`, notes
      `注：1. …`): 38/38 in PyMuPDF and pypdf, 32/34 in PDFium and pdfplumber and the layout mode,
      22/34 in pdfminer (which writes the table column by column); a table's last row ran on into
      the paragraph or heading after it and the unit line was a table row: now 38/38 in five texts,
      22/38 in pdfminer (the unit line, no cell now, splits its column-by-column reading elsewhere;
      24/40 since session 29, where a row of values no longer runs on in the unit line).
      Left: the notes are a source note and two paragraphs (the gold has footnotes);
    - a Traditional two-column magazine page (standfirst across both columns, pull-quote, a table of
      words inside a column): 18/22, 5/24, 13/18, 13/18, 7/22, 5/15 of 21 (the columns glued or
      interleaved in pdfminer, the layout mode and pdfplumber)."""
    expected = {"a4_think_tank_brief": dict.fromkeys(EXTRACTORS, (19, 19)),
                "b5_book_chapter": dict(zip(EXTRACTORS, [(27, 28)] + [(28, 28)] * 5)),
                "a4_statistical_bulletin": dict(zip(EXTRACTORS, [(38, 38), (24, 40), (38, 38), (38, 38), (38, 38),
                                                                  (38, 38)])),
                "a4_trad_two_column_magazine": dict(zip(EXTRACTORS, [(18, 22), (5, 24), (13, 18), (13, 18), (7, 22),
                                                                      (5, 15)]))}
    assert_block_scores(expected)


def test_eighth_held_out_batch():
    """Four layouts made blind to the cleaner after every rule above (session 28), scored before any
    rule was written from them (right / predicted blocks in each extractor's text). All four, blind:
    P 0.741, R 0.835 (506 of 683 predicted, 606 gold), kinds of the right blocks 0.824. One rule
    since (not blind): a page whose lines share a width clearly narrower than the text's has its own
    wrap width (pages.narrower_page_wraps): the left-summary report 28/28 in four texts. Now
    P 0.917, R 0.870, kinds 0.831; the 50 layouts before them unchanged.
    - a listed company's annual report excerpt (running header, `N / 180`, a table of financial
      figures under its name line and a unit line `单位：元　币种：人民币`): 28/28 in PyMuPDF and pypdf,
      21/22 in PDFium, the layout mode and pdfplumber (the unit line runs on into the table, whose
      name line, no `表 N`, is a heading), 21/26 in pdfminer; since session 29 a row of values is
      no wrapped tail of the unit line over it: 22/23 in PDFium and pdfplumber; since session 30
      28/28 there (a unit line over column heads in words and a row of values opens the table,
      and the table's name over it is its caption);
    - a securities report whose first page has a left summary column (`投资要点`, points, an analyst
      box): 24/46 x4, 20/48, 14/43 of 28. Pages 2-3 are full width, so the wrap width was theirs and
      the first page's main column, narrower, read as short lines: headings line by line. Now
      28/28 x4, 23/29, 16/26 (the layout mode and pdfplumber set the two columns side by side);
      23/26 in the layout mode since session 30 (a running head that opens the file is beside a
      page's edge); 16/28 in pdfplumber's since session 33 (a bulleted point's short line over a
      full one ends it, where pdfplumber runs the two columns' lines together); since session 36 the
      summary's label, read first, is the box's heading and no title, its points a sidebar, the
      analyst's line a byline and the licence number boilerplate (kinds 20 -> 28 in four texts), and
      17/29 in pdfplumber's;
    - slides printed two to a page: 20-21 of 26 (the footer `某某研究院` inside each slide's box runs
      into the points; two slide titles are paragraphs; pypdf's pages are wrong); 23 of 26 since
      session 29 (the deck's title, over its byline of names, no longer runs into it);
    - a government press release (答记者问, `（完）`, a contact line): 19/19 everywhere."""
    expected = {"a4_annual_report_excerpt": dict(zip(EXTRACTORS, [(28, 28), (21, 26), (28, 28), (28, 28), (21, 22),
                                                                   (28, 28)])),
                "a4_report_left_summary": dict(zip(EXTRACTORS, [(28, 28)] * 4 + [(23, 26), (17, 29)])),
                "slides_handout_2up": dict(zip(EXTRACTORS, [(23, 27), (23, 26), (23, 27), (23, 26), (23, 26), (23, 26)])),
                "a4_press_release": dict.fromkeys(EXTRACTORS, (19, 19))}
    assert_block_scores(expected)


def test_ninth_held_out_batch_is_a_blind_check_of_the_final_rules():
    """Four layouts made blind to the cleaner after the session's last rule (session 28) and left as
    they came, a measure of the cleaner as it stands on layouts no rule was written from (right /
    predicted blocks in each extractor's text): P 0.721, R 0.840 (494 of 685 predicted, 588 gold),
    kinds of the right blocks 0.810.
    - a Party school lecture transcript (`第一讲`, `（一）` subheads set as the body, asides): 25/25
      everywhere;
    - a provincial action plan (a letter-format top, numbered targets ending in `；`, an appendix
      table of words whose cells wrap): 24/35, 21/44, 21/44, 21/44, 21/24, 24/33 of 27 blind. After
      session 29's rules (no longer blind): the line over the document's number is its issuer (a
      byline), a numbered point read as a heading is a point where it ends with `；`, a table of
      words one cell per line whose rows open with their numbers is read by them, its wrapped cells
      joined, and its name over it (`重点任务分工表`) is its caption: 27/27 in PyMuPDF and pypdf;
      the others set the rows on lines of their own or side by side (PDFium, pdfminer column by
      column, the layout mode, pdfplumber), and are as they were;
    - a Traditional academic paper (`壹、` heads, page-bottom notes, references): 15/31, 23/31,
      23/28, 25/29, 19/32, 20/29 of 30 blind; 30/30 everywhere after session 29's rules (no longer
      blind): the running head with the page's number at alternate outer edges (`102 港澳經濟評論`,
      `港澳經濟評論 103`) is one header, and goes on from the first page's number alone; a head on
      every page but the opening one, beside its number, is a header though it never interrupts a
      sentence; `壹、` is a numbering; references without numbers are an entry each;
    - a bank research note (bold lead sentences, two charts drawn in the PDF, a boxed risk note):
      16/19, 15/38, 15/20, 15/20, 13/17, 13/17 of 16 blind (17: its source note is there twice,
      which the scores counted once until session 29). After session 29's rules (no longer blind):
      a chart's period labels (`2022Q1`, `2023-04`) are axis labels like its numbers, and a legend
      line beside them (`CPI同比（%）  PPI同比（%）`) is the figure's text too: 17/17 but in the
      layout mode (15/17; 16/17 since session 35 reads its glued months, `2023-042023-05`, as axis
      labels). Left: the boxed `风险提示：…` is a paragraph (the gold has a sidebar)."""
    expected = {"a4_party_school_lecture": dict.fromkeys(EXTRACTORS, (25, 25)),
                "a4_provincial_plan_tables": dict(zip(EXTRACTORS, [(24, 35), (21, 44), (27, 27), (27, 27), (21, 24),
                                                                    (24, 33)])),
                "b5_trad_academic_paper": dict.fromkeys(EXTRACTORS, (30, 30)),
                "a4_bank_research_chart_page": dict(zip(EXTRACTORS, [(17, 17)] * 4 + [(16, 17), (17, 17)]))}
    assert_block_scores(expected)


def test_tenth_held_out_batch():
    """Four layouts made blind to the cleaner (session 29, by a helper who read neither the code nor
    its tests), scored before any rule was written from them (right / predicted blocks in each
    extractor's text): P 0.709, R 0.771 (597 of 842 predicted, 774 gold), kinds of the right blocks
    0.796; README.md describes them. Then rules from their errors (not blind): a numbering alone on
    its line opens the block of the text hung right of it; lettered points `(a)` are a numbering,
    `；及` closes a point, and a line ending in `：` announces numbered points; a numbered full line
    of two or more clauses is no heading; a `…號文件` reference number is a byline and a front-matter
    line naming a day a dateline; a dash and a short line under a paragraph wholly in quotation
    marks attribute it; two heads alternating beside the page's number are a pair of running heads;
    short numbered headings one after another with no text under them are a list's points; no title
    after a heading; a run of one-line headings that reads as a table of words is one. Now P 0.889,
    R 0.894, kinds 0.960; the 58 layouts before them unchanged.
    - a thesis chapter (`3.1` / `3.1.1` heads, a numbered formula, a three-line table, a drawn
      chart, notes numbered again from ① on each page, alternating running heads), of 40: blind
      37/43, 33/42, 36/41, 36/41, 37/45, 37/45;
    - a Hong Kong LegCo panel paper (numbered paragraphs with hanging numbers, `(a)` sub-items, a
      signature, an annex table of words), of 33: blind 22/34, 16/50, 14/55, 21/47, 21/33, 22/34.
      The annex's table of words, no `表 N` over it, was a heading per cell where one cell stands
      per line: a run of one-line headings that reads as rows is a table (tables_of_headings);
    - ESG report pages (KPI boxes, a pull quote, `■` points, section banners), of 26: blind 14/19,
      17/23, 15/22, 15/22, 18/21, 18/21; left: the KPI boxes (a value over a label: a table, or
      text run together). Session 30: key figures (keyfigures.py) read each value with its label,
      now 22/23, 26/26, 24/25, 24/25, 26/26, 26/26;
    - a textbook chapter (a boxed `学习目标` list, a boxed `专栏5-1`, `思考题`), of 30: blind 28/34
      everywhere; left: the box's two paragraphs are paragraphs (the gold has sidebars). 29/31
      everywhere since session 30 (margins.py's page-edge rules: a paragraph no longer broken at
      a page's head in pdfminer's, pdfplumber's and the layout mode's texts).
    Since session 32 the thesis chapter is 34/36 in pdfminer's text and 38/39 in the layout mode's and
    pdfplumber's (the chapter's heading under the running head that repeats it, past the page's number, is
    the heading); since session 33 35/36 in pdfminer's (a page's `①` note after earlier pages' `①` notes).
    Since session 36 the LegCo paper's numbered paragraph whose first line runs to the width with no
    sentence end is one paragraph, not a heading over the rest (its siblings are numbered paragraphs):
    one more right in PDFium's, pypdf's, the layout mode's and pdfplumber's texts."""
    expected = {"b5_thesis_chapter": dict(zip(EXTRACTORS, [(38, 39), (35, 36), (40, 40), (40, 40), (38, 39), (38, 39)])),
                "a4_legco_paper_hk": dict(zip(EXTRACTORS, [(29, 30), (33, 33), (33, 33), (33, 33), (28, 29), (29, 30)])),
                "a4_esg_report_page": dict(zip(EXTRACTORS, [(22, 23), (26, 26), (24, 25), (24, 25), (26, 26), (26, 26)])),
                "b5_textbook_chapter": dict.fromkeys(EXTRACTORS, (29, 31))}
    assert_block_scores(expected)


def test_eleventh_held_out_batch():
    """Four layouts made blind to the cleaner (session 29, by a helper who read neither the code nor
    its tests), scored before any rule was written from them (right / predicted blocks in each
    extractor's text): P 0.853, R 0.828 (725 of 850 predicted, 876 gold), kinds of the right blocks
    0.794; README.md describes them. Then rules from their errors (not blind): a clause numbered
    `4.2` and a space, and `a)` items, are a numbering; a label alone on its line (`理由：`) is a
    heading, and under a labelled line (`案由：…`) opens its block; a running head with numbers of
    its own and the page's number apart at alternate ends is one header; a byline of names under
    the text's first line makes that line the title; `[来源：…]` is a source note; a Minguo date a
    dateline. Now P 0.889, R 0.884, kinds 0.832 (P 0.895, R 0.882 since the roman page number `I`
    of the standard's foreword: its cover's number `GB/T 44990—2024` is read as the running head
    it is on the pages after it).
    - a national standard (cover, `前　　言`, clauses `1　范围` …, terms `3.1　…　English`, `注：`
      notes, `a)` items, an annex table), of 67: blind 50/56, 50/67, 57/64, 57/67, 51/55, 50/56;
      left: the cover's codes and dates, the referenced standards (a heading each where the gold
      has list items), `注：` notes (source notes; the gold has footnotes);
    - a CPPCC proposal (a form grid, `案由：`, `理由：` / `建议：`, `（1）` sub-items, signature), of 19:
      blind 17/18, 14/20, 14/27, 14/27, 15/16, 17/18; left: the form grid of label and value cells;
    - a Taiwan government report, Traditional (`壹、` > `一、` > `(一)` > `1.` > `(1)`, a table of
      numbers), of 40: blind 40/40 but pdfminer 35/36; left: `1.` points hanging, no `；`, are
      paragraphs (the gold has list items);
    - a two-column conference review (speaker run-ins, an author's note at page 1's foot), of 20:
      blind 16/22, 13/22, 18/19, 18/19, 16/20, 3/21 (pdfplumber interleaves the columns).
    Since session 32 the review's layout-mode text is 18/21 (its issue line with the journal's name a
    byline). Since session 36 a footer of contacts wider than the text with the page's number at its end is a
    running footer on a two-page text: the conference summary 20/20 in the layout mode's text."""
    expected = {"a4_national_standard": dict(zip(EXTRACTORS, [(54, 57), (56, 70), (61, 65), (61, 65), (54, 56), (55, 58)])),
                "a4_cppcc_proposal": dict(zip(EXTRACTORS, [(19, 19), (16, 21), (16, 28), (16, 28), (19, 19), (19, 19)])),
                "b5_trad_gov_report_tw": dict(zip(EXTRACTORS, [(40, 40), (35, 36), (40, 40), (40, 40), (40, 40), (40, 40)])),
                "a4_conference_summary_two_column": dict(zip(EXTRACTORS, [(20, 20), (15, 23), (20, 20), (20, 20), (20, 20),
                                                                           (5, 19)]))}
    assert_block_scores(expected)


def test_twelfth_held_out_batch():
    """Four layouts made blind to the cleaner (session 29, by a helper who read neither the code nor
    its tests), scored before any rule was written from them (right / predicted blocks in each
    extractor's text): P 0.734, R 0.633 (475 of 647 predicted, 750 gold), kinds of the right blocks
    0.899; README.md describes them. Then rules from their errors (not blind): a salutation
    (`各位代表：`) is no label heading; `——` points closed by `；` are a list; a stock code line is a
    byline, the board's statement and `特此公告。` boilerplate (a boilerplate line that runs to the
    width goes on); a title over two lines (`某某公司` / `关于…的公告`) is one; a line ending `：`
    lets a unit line under it open its block, which opens a table where rows of values follow, and
    a row of values is no wrapped tail of a note; an accountant's negative `(1,842.56)` is a value;
    a labelled front-matter line (`关键词：…`) well short of the width ends its block. Now P 0.895,
    R 0.888, kinds 0.959.
    - a listed company's announcement (the stock code line, a boxed statement, `●` points, a table
      in 万元 with losses in brackets, `特此公告。`), of 33: blind 22/26, 23/42, 23/36, 23/36, 23/26,
      22/26; now 33/33 but in pdfminer (26/40, the table column by column);
    - a Hong Kong government press release, Traditional (quoted speakers, `（一）` points, `完`, the
      date and time lines), of 16: blind 13/14, 14/15, 14/15, 14/15, 16/16, 14/15;
    - a conference abstracts booklet (eight abstracts of a title, authors, affiliations, `摘要：`,
      `关键词：` each), of 42: blind 26/33 in four texts, 23/37, 22/38; now 42/42 in four;
    - a city government work report (`各位代表！`, a `数说2023` box of figures, `——` points), of 34:
      blind 16/27, 20/28, 16/27, 18/28, 18/23, 17/25; left: the box of figures (a value over its
      label, read as a table), the occasion line running on into the mayor's name. Session 30: key
      figures (keyfigures.py) read each value with its label, the box's six figures a sidebar each
      (pdfminer gives two of them apart from the other four, too few to tell)."""
    expected = {"a4_listed_company_announcement": dict(zip(EXTRACTORS, [(33, 33), (26, 40), (33, 33), (33, 33), (33, 33),
                                                                         (33, 33)])),
                "a4_hk_press_release_trad": dict(zip(EXTRACTORS, [(13, 14), (14, 15), (14, 15), (14, 15), (16, 16), (14, 15)])),
                "b5_abstracts_booklet": dict(zip(EXTRACTORS, [(42, 42)] * 4 + [(38, 46), (37, 47)])),
                "a4_gov_work_report_dashes": dict(zip(EXTRACTORS, [(32, 33), (30, 35), (32, 33), (34, 34), (34, 34), (32, 33)]))}
    assert_block_scores(expected)


def test_thirteenth_held_out_batch():
    """Four layouts made blind to the cleaner (session 29, by a helper who read neither the code nor
    its tests), scored before any rule was written from them (right / predicted blocks in each
    extractor's text): P 0.784, R 0.729 (385 of 491 predicted, 528 gold), kinds of the right blocks
    0.860; README.md describes them. Then rules from their errors (not blind): roman page numbers
    (`ii`, `Ⅲ`) are page numbers; a date and place under a signature (`2024年3月于北京`) a
    dateline; a line in a printed page's stack beside headers found on their pages is one too (the
    browser's date); `▲` opens a caption; `— END —` and `点击“阅读原文”…` are boilerplate, `编辑｜…`
    a byline and no tail of a source note; a bracketed value `[0.65]` or a bound `<5.5` is a value,
    and a table row keeps its bracketed numbers (no note references). Now P 0.846, R 0.767, kinds
    0.896.
    - a WeChat article printed from a browser (the account line, a `【导读】` box, `▲` captions,
      `— END —`, `编辑｜…　审核｜…`), of 21: blind 14/17, 13/16, 13/20, 13/20, 10/15, 10/15; since
      session 30 17/19 in the layout mode and pdfplumber too (the browser's head opening the file);
    - a book's preface (`序　言`, a block quotation, the signature and `2024年3月于北京`, roman page
      numbers), of 15: blind 14/20, 13/18, 14/20 ×4; left: the block quotation, set smaller and
      narrower, is a paragraph;
    - a think tank's policy brief (masthead, a framed `内容提要`, numbered recommendations, contact
      and disclaimer lines), of 21: 21/21 everywhere, blind;
    - a five-year plan's indicator table (merged category cells, `[0.65]`, `<5.5`, `预期性`), of 31:
      blind 21/31, 15/18, 13/17, 13/17, 20/31, 21/30; left: the category cells merged down their
      group and wrapped (`经济` / `发展`) are rows of their own or run on into the row above.
    Since session 32 the WeChat print is 17/19 in every text (its date and time head over its title read in
    pdfminer's, PyMuPDF's and pypdf's texts too); since session 34 19/20 (its meta line `原创　…` a byline,
    apart from the `【导读】` box under it)."""
    expected = {"a4_wechat_article_print": dict.fromkeys(EXTRACTORS, (19, 20)),
                "b5_book_preface": dict(zip(EXTRACTORS, [(14, 17), (14, 16), (14, 17), (14, 17), (14, 16), (14, 16)])),
                "a4_policy_brief_summary_box": dict.fromkeys(EXTRACTORS, (21, 21)),
                "a4_fyp_indicator_table": dict(zip(EXTRACTORS, [(22, 31), (15, 18), (13, 17), (13, 17), (20, 31), (21, 30)]))}
    assert_block_scores(expected)


def test_fourteenth_held_out_batch():
    """Four layouts made blind to the cleaner (session 29, by a helper who read neither the code nor
    its tests), scored before any rule was written from them (right / predicted blocks in each
    extractor's text): P 0.849, R 0.837 (502 of 591 predicted, 600 gold), kinds of the right blocks
    0.785; README.md describes them. Then rules from their errors (not blind): a speaker's label
    alone on its line with its colon (`国家发展改革委副主任　刘某某：`, `人民日报记者：`) is a byline and,
    after a finished sentence, opens its turn (`发言人`, `司长`, `厅长` among the byline cues); a short
    bracketed line with no clause (`（會議於下午3時正暫停）`) after the text has begun is boilerplate;
    a head with the page's number apart at alternate ends is a running head on three pages where
    its first opens the file. Now P 0.885, R 0.887, kinds 0.944.
    - a ministry's press conference transcript (each speaker's label on its own line, a byline in
      the gold), of 30: blind 26/28 in four texts, 28/29, 26/28; now 28/29 everywhere; 30/30
      everywhere since session 33 (the time and place after their labels are a dateline);
    - a course's lesson plan (a grid of course details, `教学重点：` run-in labels, timed steps
      `（一）导入（5分钟）`), of 32: as blind;
    - a news agency's wire story (a dateline run into the lead, `【纠错】`, `【责任编辑：…】`,
      related reading), of 15: as blind (10-12 of 13; the subtitle `——…` runs on into the time line
      and the lead); 15/15 everywhere since session 30 (the time line with its source is a dateline,
      `【纠错】` boilerplate, `· ` a related headline's bullet);
    - a council's verbatim record, Traditional (speakers' labels run into their turns, `（譯文）`,
      procedural lines in brackets, page numbers in the thousands beside the header), of 23: blind
      18/23, 18/23, 18/26, 18/26, 18/22, 18/23; now 21/22, 21/25, 21/28, 21/28, 23/23, 21/22."""
    expected = {"a4_press_conference_transcript": dict.fromkeys(EXTRACTORS, (30, 30)),
                "a4_lesson_plan": dict(zip(EXTRACTORS, [(32, 32), (28, 32), (28, 40), (28, 40), (30, 31), (32, 32)])),
                "a4_xinhua_wire_story": dict.fromkeys(EXTRACTORS, (15, 15)),
                "b5_legco_verbatim_record_trad": dict(zip(EXTRACTORS, [(21, 22), (21, 25), (21, 28), (21, 28), (23, 23),
                                                                        (21, 22)]))}
    assert_block_scores(expected)


def test_fifteenth_held_out_batch():
    """Four layouts made blind to the cleaner (session 29, by a helper who read neither the code nor
    its tests), scored before any rule was written from them (right / predicted blocks in each
    extractor's text): P 0.709, R 0.617 (322 of 454 predicted, 522 gold), kinds of the right blocks
    0.736; README.md describes them. Then rules from their errors (not blind): a section's heading
    (`二、存在的问题`) alone under a table's rows ends the table; a yearbook's table named by chapter
    and number (`3-12　…`) over its unit line is a caption that opens the table. Now P 0.796,
    R 0.807, kinds 0.815.
    - a state enterprise's Party-building report (run-in leads, a `典型案例` box, a table of words,
      `一是…；二是…`), of 26: blind 15/20, 14/17, 14/17, 14/17, 15/18, 15/20 (the table ran on to
      the signature); now 22/24, 20/21 ×3, 21/22, 22/24; left: the box's paragraphs (sidebar);
    - a Traditional magazine column on one page in two columns (a drop cap, a kicker, a pull quote,
      the author line), of 8: as blind;
    - a forum keynote transcript (`【PPT】` lines, `（掌声）`, unnumbered centred subheads), of 22:
      20/21 everywhere, as blind; 22/22 since session 30 (the closing `（根据现场速记整理，…）` and
      `【PPT】` are boilerplate);
    - a statistical yearbook page (two tables with two-row merged headers, `#` sub-rows, unit
      lines, `注：` lines, `· 123 ·`), of 31: blind 7/21, 11/28, 27/33, 27/33, 10/15, 6/15; now
      30/34, 11/28, 27/33, 27/33, 27/33, 27/35; left: the merged header rows, and its running head
      on two pages (`某某市统计年鉴—2024`) read as the title.
    Since session 32 pdfminer's yearbook table reads as 11/32: its two-line header read as a header row given
    first (tables._headers_first), which it is not quite; the rows stay wrong as before."""
    expected = {"a4_enterprise_party_building_report": dict(zip(EXTRACTORS, [(22, 24), (20, 21), (20, 21), (20, 21), (21, 22),
                                                                              (22, 24)])),
                "b5_magazine_column_trad": dict(zip(EXTRACTORS, [(6, 13), (3, 12), (6, 14), (6, 14), (4, 11), (2, 10)])),
                "a4_forum_speech_with_slides": dict.fromkeys(EXTRACTORS, (22, 22)),
                "a4_statistics_yearbook_page": dict(zip(EXTRACTORS, [(30, 32), (11, 32), (27, 31), (27, 31), (27, 31),
                                                                      (27, 33)]))}
    assert_block_scores(expected)


def test_sixteenth_held_out_batch_is_a_blind_check_of_the_final_rules():
    """Four layouts made blind to the cleaner after the session's last rule (session 29, by a helper
    who read neither the code nor its tests) and left as they came: a measure of the cleaner as it
    stands (right / predicted blocks in each extractor's text): P 0.909, R 0.956 (350 of 385
    predicted, 366 gold), kinds of the right blocks 0.894; README.md describes them.
    - an institute's newsletter (工作简报: masthead, issue and imprint on one line, news items,
      `报：`/`送：`/`发：` lines), of 14;
    - a Traditional Q&A interview (`問：` / `答：`, a bio box, a pull quote), of 16;
    - a policy FAQ (numbered questions, `附：相关政策文件` and its list), of 20; 20/20 everywhere since
      session 30, whose rule (the point numbered after the open one opens its block whatever the
      line above: `3.《…》` / `4.《…》`) was written after reading its errors, so no longer blind;
    - a collection's contents page and one essay with its endnotes (`注释：`, `①…`), of 11; 11/11 in
      pdfminer's, PyMuPDF's and pypdf's texts since session 33 (a contents page's entries with
      leaders, their pages in a column after them or each under its entry)."""
    expected = {"a4_research_institute_newsletter": dict(zip(EXTRACTORS, [(14, 14), (13, 15), (13, 15), (13, 15), (14, 14),
                                                                           (14, 14)])),
                "a4_expert_interview_qa_trad": dict.fromkeys(EXTRACTORS, (16, 16)),
                "a4_policy_faq_numbered": dict.fromkeys(EXTRACTORS, (20, 20)),
                "b5_essay_collection_toc_and_piece": dict(zip(EXTRACTORS, [(11, 11)] * 4 + [(10, 12), (11, 11)]))}
    assert_block_scores(expected)


def test_seventeenth_held_out_batch():
    """Four layouts made blind to the cleaner (session 30, by a helper who read neither the code nor
    its tests), scored before any rule was written from them, with the code at 7ef21a1 (right /
    predicted blocks in each extractor's text): P 0.703, R 0.776 (512 of 728 predicted, 660 gold),
    kinds of the right blocks 0.920; README.md describes them.
    - an annual report's chronicle (大事记: month heads, a date and its entry side by side), of 34:
      blind 34/37, 20/51, 17/54, 17/54, 34/37, 34/37;
    - a white paper's chapter (`前　言`, a `专栏` box, figures side by side, `结束语`), of 23: blind
      21/22 in four texts, 18/20 in two;
    - a pocket handbook's glossary (terms over definitions, run-in `术语：…` entries with a hanging
      indent, the page number in the running head), of 23: blind 14/23, 16/24 (layout mode);
    - a survey report (percentages in the text, a table under a two-row merged header, a drawn bar
      chart), of 30: blind 29/35, 22/33, 28/33, 28/33, 15/21, 28/36.
    Then rules from their errors (not blind): a page's number apart from its head by a bar
    (`46｜某某高新区…`); a numbered head at a page's edge on every page the extractor marked, or
    with its number first and last by turns, and two heads that take turns (`12　某某手册`,
    `第二部分　基本概念　13`), are running heads; a running head that opens the file is beside a
    page's edge; an entry's date alone on its line (`1月8日`, `是月`) opens the entry's block; a term
    with its English name (`新质生产力　new quality productive forces`) is a heading; `人工智能+：`
    is a label; spaced-out section names (`前　言`, `结束语`) are named headings; a bar chart's
    categories between its values and its value axis (`0 20 40 60 80`), or beside their values
    over it, are figure text; a table's first header cell merged down two header rows, set above
    them, is the first row's. Now P 0.968, R 0.968, kinds 0.915 (the glossary's run-in entries are
    list items here, as labelled points in a row are; the gold has paragraphs); the 86 layouts
    before them P 0.928, R 0.922 (0.926 and 0.921 after the key figures, 0.923 and 0.916 before).
    Later in session 30, two captions side by side over their two source notes are read figure by
    figure: the white paper 23/23 in the layout mode and pdfplumber too. (Session 35's chart rules
    leave the survey report's bar chart one block fewer in pdfminer's text.)"""
    expected = {"k16_annual_report_chronicle": dict.fromkeys(EXTRACTORS, (34, 34)),
                "a4_white_paper_chapter": dict.fromkeys(EXTRACTORS, (23, 23)),
                "a5_handbook_glossary": dict.fromkeys(EXTRACTORS, (23, 23)),
                "a4_survey_report_percentages": dict(zip(EXTRACTORS, [(30, 30), (22, 32), (28, 30), (28, 30), (30, 30),
                                                                       (29, 31)]))}
    assert_block_scores(expected)


def test_eighteenth_held_out_batch():
    """Four layouts made blind to the cleaner (session 30, by a helper who read neither the code nor
    its tests), scored before any rule was written from them, with the code at cce780a (right /
    predicted blocks in each extractor's text): P 0.649, R 0.717 (482 of 743 predicted, 672 gold),
    kinds of the right blocks 0.838; README.md describes them.
    - a joint initiative letter (倡议书: salutation, numbered proposals with bold leads, `此致` /
      `敬礼！`, six issuing bodies two to a line), of 20: blind 13/15, 20/20, 20/20, 20/20, 13/15,
      13/15;
    - a Macau fund's application guide, Traditional (Chinese and Portuguese titles, hanging `1.` /
      `（1）`, a table with cells merged down two rows), of 40: blind 31/41, 30/35, 32/41, 32/41,
      32/45, 30/40;
    - an investor relations record (投资者关系活动记录表: one two-column form grid, checkboxes, the
      Q&A in one cell over two page breaks), of 23: blind 14/32, 14/43, 13/44, 13/44, 14/29, 13/20;
    - a government information disclosure page printed from a browser (metadata grid, breadcrumb,
      site footer, the browser's edges), of 29: blind 18/22, 20/37, 21/40, 21/40, 17/22, 18/22.
    Then rules from their errors (not blind): `此致` / `敬礼！` are boilerplate; organizations' names
    side by side (a joint document's signatories) are a line each, and a byline each above the
    closing dateline; a disclosure record's rows (`索 引 号 …`, cue record_label_pattern) are table
    rows, `当前位置：…` and a site's footer (`主办：…`, `网站标识码…`) boilerplate, `发布日期：…` a
    byline, a browser's head of the page's title and address a running head; a title's line break
    inside a word goes on in the title, and no personal name holds 的. Now P 0.687, R 0.805, kinds
    0.924: the letter 20/20 everywhere, the disclosure page 29/29 in PDFium and pdfplumber; left: the
    form grid of the investor record (labels wrapped beside their values), the Macau guide's
    merged-cell table and its bilingual title, a record read one cell per line.
    Since session 32 the Macau guide is 35/41, 34/39, 34/37, 34/37, 32/45, 34/40 (the fund's name in
    Portuguese, 50 letters, read as the head it is; the title under the head that repeats it kept). Since session 36
    (a footer wider than the text with the page's number at its end is a running footer) the funding guide is 35 of
    42 in the layout mode's text."""
    expected = {"k16_joint_initiative_letter": dict.fromkeys(EXTRACTORS, (20, 20)),
                "b5_macau_funding_guide_trad": dict(zip(EXTRACTORS, [(35, 41), (34, 39), (34, 37), (34, 37), (35, 42),
                                                                      (34, 40)])),
                "a4_investor_relations_record": dict(zip(EXTRACTORS, [(14, 32), (14, 43), (13, 44), (13, 44), (14, 29),
                                                                       (13, 20)])),
                "letter_gov_info_disclosure_print": dict(zip(EXTRACTORS, [(29, 29), (23, 39), (23, 39), (23, 39), (26, 32),
                                                                           (29, 29)]))}
    assert_block_scores(expected)


def test_nineteenth_held_out_batch():
    """Four layouts made blind to the cleaner (session 30, by a helper who read neither the code nor
    its tests), scored before any rule was written from them, with the code at 68c60b2 (right /
    predicted blocks in each extractor's text): P 0.621,
    R 0.648 (451 of 726 predicted, 696 gold), kinds of the right blocks 0.749; README.md describes
    them.
    - a department's reply letter to a deputy's suggestion (答复函, GB/T 9704: `A类` and the number
      at the two ends of a line, notes, the copy-to block), of 23;
    - a Traditional journal's book review (the book's details beside its cover, a block quote,
      page-1 notes, `· 153 ·`), of 28;
    - a conference handbook's agenda (a ruled grid, session rows across it, an address, a boxed
      contact list, `07` page numbers), of 31;
    - a high school politics review worksheet (blanks to fill, choice options four and two to a
      line, a tip box, a model answer), of 34.
    Then (session 30, after a twentieth batch was set going to measure the final code) rules from
    its errors, so no longer blind: a document number's line with a short mark beside it (`A类`,
    boilerplate) is a piece each, and the issuer's mark over them a byline; a title that opens
    `关于…` and a heading that completes it (`…的答复`) are one title; a deputy addressed by name
    (`王某某代表：`) is a salutation; a contact line in brackets, a form's blanks (`班级：　姓名：`)
    are boilerplate, a handout's credits (`主备人：…`) a byline; a book's details (`書　名 …`,
    `出版時間 …`, `ISBN …`) are a record, a table row each (cue record_label_pattern). Now P 0.645,
    R 0.687: the reply letter 23/23 and the book review 24/28-30 in three texts; the agenda grid,
    the options set side by side and the review's masthead are left. (Since batch 20's rules the
    agenda's `主持人：…` line, wrapped in its cell, is a byline and its tail a heading: one more
    predicted block in each text. Since session 32 the worksheet's layout-mode text is 22/24: its
    one-space lines open no page where the extractor kept its indents as spaces. Since session 36
    the agenda's row of labelled fields set apart ends its line in pdfplumber's text: one more
    predicted block there.)"""
    expected = {"a4_deputy_suggestion_reply": dict(zip(EXTRACTORS, [(23, 23), (22, 24), (22, 24), (22, 24), (23, 23),
                                                                     (23, 23)])),
                "b5_book_review_trad": dict(zip(EXTRACTORS, [(26, 28), (21, 33), (19, 29), (19, 29), (26, 29), (26, 28)])),
                "a5_conference_handbook_agenda": dict(zip(EXTRACTORS, [(13, 39), (15, 43), (14, 48), (15, 65), (14, 38),
                                                                        (13, 27)])),
                "k16_politics_review_worksheet": dict(zip(EXTRACTORS, [(24, 27), (22, 30), (22, 30), (22, 30), (22, 24),
                                                                        (24, 27)]))}
    assert_block_scores(expected)


def test_twentieth_held_out_batch():
    """Four layouts made blind to the cleaner (session 30, by a helper who read neither the code nor
    its tests), scored before any rule was written from them, with the code at 0864383 (right /
    predicted blocks in each extractor's text): P 0.621,
    R 0.700 (382 of 615 predicted, 546 gold), kinds of the right blocks 0.812; README.md describes
    them.
    - an audit bureau's rectification report (one column, `问题N：` / `整改情况：` pairs), of 25:
      25/25 in every text;
    - a TV interview transcript (a timestamp `[00:02:48]` and a speaker's label opening each turn,
      its later lines hung under the text), of 20;
    - a company's study bulletin in two columns (masthead, a framed 学习心得 box, news items with
      bold leads), of 22;
    - an institute's project list (numbered entries with hanging lines, the person in charge at the
      right of each entry's first line, alternating running heads), of 24.
    Then rules from its errors (not blind; a twenty-first batch measures the final code): a
    timestamp (`[00:02:30]`) opens a turn, a block however short, and a question put in a turn is no
    subhead; the host and guests named before the turns (`主持人：陈某`, no clause) are bylines;
    `（本文根据节目录音整理，…）` is boilerplate. Now P 0.657, R 0.760: the transcript 18-19 of 20.
    Since session 32 the study bulletin's `（摘编自…）` lines are bylines (a reprint's source): 20/21, 13/22,
    21/23, 21/23, 14/18 in five texts."""
    expected = {"a4_audit_rectification_report": dict.fromkeys(EXTRACTORS, (25, 25)),
                "a4_tv_interview_transcript": dict(zip(EXTRACTORS, [(19, 21), (19, 21), (19, 21), (19, 25), (19, 21),
                                                                     (19, 21)])),
                "a4_enterprise_study_bulletin": dict(zip(EXTRACTORS, [(20, 21), (13, 22), (21, 23), (21, 23), (14, 18),
                                                                       (4, 15)])),
                "large16k_institute_project_list": dict(zip(EXTRACTORS, [(16, 34), (10, 40), (10, 40), (10, 40), (12, 36),
                                                                          (16, 26)]))}
    assert_block_scores(expected)


def test_twenty_first_held_out_batch():
    """Four layouts made blind to the cleaner after the session's last rule (session 30, by a helper
    who read neither the code nor its tests; asked for documents mostly of running text, the common
    case) and left as they came: a measure of the cleaner as it stands, the code at e538d62 (right /
    predicted blocks in each extractor's text): P 0.900, R 0.926 (478 of 531 predicted, 516 gold),
    kinds of the right blocks 0.866; README.md describes them.
    - a provincial paper's theory-page article (kicker, title and subtitle, author, centred
      subheads, the author's unit and the page editor at the end; no page number), of 19;
    - a county magistrate's seminar talk (run-in `第一，…。` points, `谢谢大家！`), of 18;
    - a Traditional Macau think-tank commentary (raised note numbers, notes at the page's foot), of
      21;
    - a university teacher's lecture notes (`1.`-`4.` and `2.1`-`2.3` sections, `思考题` and
      `阅读书目` lists with hanging indents), of 28.
    Then rules from its errors (session 31, not blind since; a twenty-second batch measures the
    code): a newspaper's page head set on two lines is furniture; a kicker over the headline is a
    heading; `（作者单位：…）`, `（本版编辑：…）` and every editors' credit are bylines; a reading
    list's heading (`阅读书目`) heads a list whose `[1]` numbers stay; numbered questions are a list;
    a note's number after a percent sign (`80.5%3，`) is a marker; a running head naming an
    institute and its issue is furniture on the first page too; a lecture's and a county head's
    speaker lines are bylines. Now every block right in every text (516 of 516), kinds 0.977."""
    expected = {"a4_provincial_daily_theory_article": dict.fromkeys(EXTRACTORS, (19, 19)),
                "b5_county_magistrate_seminar_talk": dict.fromkeys(EXTRACTORS, (18, 18)),
                "k16_macau_think_tank_commentary_trad": dict.fromkeys(EXTRACTORS, (21, 21)),
                "a4_university_lecture_notes": dict.fromkeys(EXTRACTORS, (28, 28))}
    assert_block_scores(expected)


def test_twenty_second_held_out_batch():
    """Four layouts made blind to the cleaner (session 31, by a helper who read neither the code nor
    its tests; asked for common documents, mostly running text), scored before any rule was written
    from them, with the code at 0d8bc03 (right / predicted blocks in each extractor's text): P 0.842,
    R 0.771 (324 of 385 predicted, 420 gold), kinds of the right blocks 0.941; README.md describes
    them.
    - a Legislative Council question and written reply in Traditional (`問題：`, parts `（一）`-`（三）`
      hung, `答覆：`, `主席：`, `完`, two date lines), of 21;
    - a party member's study reflection (title and `——` subtitle, `一是…` run in, bold leads, the
      date at the end), of 16;
    - a chairman's letter to shareholders from an annual report (running head, salutation, subheads,
      signature), of 18;
    - a bulletin's local-news roundup (bold headlines over one paragraph each, a source at each
      paragraph's end), of 15.
    Then rules from its errors (session 31, not blind since; a twenty-third batch measures the
    code): a news item's source credited in brackets after its last sentence (`。（来源：…）`) ends
    it; a subtitle opening with a dash under the title does not run on into the byline; a line of
    one symbol over and over (`＊＊＊`) is boilerplate and no fake bold; `主席：` is a salutation; a
    numbered line of a clause and a list (`，` and `、`) is a paragraph's first line; the head of a
    text of two pages over each page's number is furniture; pypdf's one-space indents after a
    heading mark paragraphs, not pages. Now 419 of 419 predicted blocks right, of 420 (PDFium
    drops the reply's `完`)."""
    expected = {"a4_legco_question_written_reply_trad": dict(zip(EXTRACTORS, [(20, 20)] + [(21, 21)] * 5)),
                "a4_party_member_study_reflection": dict.fromkeys(EXTRACTORS, (16, 16)),
                "a4_annual_report_chairman_letter": dict.fromkeys(EXTRACTORS, (18, 18)),
                "b5_bulletin_local_news_roundup": dict.fromkeys(EXTRACTORS, (15, 15))}
    assert_block_scores(expected)


def test_twenty_third_held_out_batch():
    """Four layouts made blind to the cleaner (session 31, by a helper who read neither the code nor
    its tests nor its scores; three of running text, one of a harder structure) while the rules from
    the twenty-second batch were written, scored with the code at 955b470 and left as they came: a
    measure of the cleaner as it stands (right / predicted blocks in each extractor's text): P 0.762,
    R 0.858 (412 of 541 predicted, 480 gold), kinds of the right blocks 0.874; README.md describes
    them.
    - a city bureau's annual work summary (`一、` / `（一）` heads, bold run-in leads, the bureau and
      date at the end), of 21;
    - a Hong Kong daily's editorial in Traditional (masthead, `社評` kicker, a pull quote, running
      head from page 2), of 14;
    - a keynote address in a forum's proceedings (title and subtitle, the speaker's note at the
      foot, alternating running heads at the outer edge), of 18;
    - a compilation of typical cases (form grids with a merged row, `【…】` section heads, `一是…`
      leads, a framed expert's comment), of 27.
    Then rules from its errors (session 31, not blind since; a twenty-fourth batch measures the
    code): a department's name over its work document (`…工作总结和…工作安排`) is one title; a
    newspaper's page code beside the page's number (`A2 第 1 頁`) is furniture; a label of two or
    three characters over the headline (`社評`) is a heading; a sentence set again as a pull quote is
    a quote, one block; an author's note marked by a sign (`王某某*` / `* 王某某，…`) is a footnote;
    two heads taking turns after an opening page numbered alone are running heads; `点评专家：…` is a
    byline. Now P 0.856, R 0.917 (440 of 514 predicted), kinds 0.916; the form grids are left.
    Since session 32 the editorial is 12/13 in PDFium's text and 14/14 in the layout mode's and pdfplumber's
    (a footer over each page's number on a text of two pages); since session 34 the keynote is 17/20 in those
    two (the speaker's note at the foot, set smaller, ends at its last sentence, short of its wider
    measure)."""
    expected = {"a4_city_bureau_annual_work_summary": dict.fromkeys(EXTRACTORS, (21, 21)),
                "a4_hk_daily_editorial_trad": dict(zip(EXTRACTORS, [(12, 13), (13, 16), (13, 16), (13, 16), (14, 14),
                                                                    (14, 14)])),
                "b5_proceedings_keynote_address": dict(zip(EXTRACTORS, [(18, 18)] * 4 + [(17, 20)] * 2)),
                "k16_typical_cases_compilation": dict(zip(EXTRACTORS, [(25, 29), (21, 31), (21, 37), (21, 37), (27, 27),
                                                                       (25, 29)]))}
    assert_block_scores(expected)


def test_twenty_fourth_held_out_batch():
    """Four layouts made blind to the cleaner (session 31, by a helper who read neither the code nor
    its tests nor its scores; three of running text, one of a harder structure) while the rules from
    the twenty-third batch were written, scored with the code at 7874f38 and left as they came: a
    measure of the cleaner as it stands (right / predicted blocks in each extractor's text): P 0.676,
    R 0.819 (334 of 494 predicted, 408 gold), kinds of the right blocks 0.904; README.md describes
    them.
    - a Taiwan daily's opinion piece in Traditional (section label, `◎ 林某某`, subheads,
      `（作者為…）`), of 16: 16/16 in every text;
    - a university newspaper's feature (a bold lead, a photo's caption `图为…（…摄）`, centred
      subheads, the correspondents' and the editor's credits), of 15;
    - a think tank's executive summary (numbered findings with bold leads run in, hanging `●`
      recommendations, roman page numbers), of 15;
    - a party committee's study arrangement notice (a schedule grid whose cells wrap, run-in
      `（一）` requirements, the issuer and date), of 22.
    Then rules from its errors (session 31, not blind since): a photo's credit in brackets
    (`（李某某 摄）`) ends its caption; a head printed on one page only, of words and a year or an
    issue, beside the page's number inside a sentence a full line left open, is furniture; a
    research report's credits (`课题组组长：…　执笔：…`) are a byline. Now P 0.713, R 0.863 (352 of
    494 predicted), kinds 0.926: the three of running text 276 of 276 right in PDFium's, pypdf's
    layout mode's and pdfplumber's texts (the feature's masthead left in the others'); the grid left.
    Since session 32 the feature is 15/15 in every text (its head in the stack of short lines that opens the
    file)."""
    expected = {"a4_tw_daily_opinion_piece_trad": dict.fromkeys(EXTRACTORS, (16, 16)),
                "large16k_university_newspaper_feature": dict.fromkeys(EXTRACTORS, (15, 15)),
                "b5_think_tank_report_executive_summary": dict.fromkeys(EXTRACTORS, (15, 15)),
                "a4_party_committee_study_arrangement_notice": dict(zip(EXTRACTORS, [(13, 35), (12, 41), (12, 41), (12, 41),
                                                                                     (13, 18), (14, 30)]))}
    assert_block_scores(expected)


def test_twenty_fifth_held_out_batch():
    """Four layouts made blind to the cleaner (session 31, by a helper who read neither the code nor
    its tests nor its scores; three of running text, one of a harder structure) while the rules from
    the twenty-fourth batch were written, scored with the code at 9a87d96 and left as they came: a
    measure of the cleaner as it stands (right / predicted blocks in each extractor's text): P 0.867,
    R 0.873 (372 of 429 predicted, 426 gold), kinds of the right blocks 0.919; README.md describes
    them.
    - a provincial daily's front-page report (masthead, kicker 引题 / headline / subtitle 副题, a
      `本报讯（记者…）` lead, jump lines `（下转第3版）` / `（上接第1版）`), on A3, of 17;
    - a Hong Kong brokerage's morning macro commentary in Traditional (a band with the firm and the
      date, analyst line, subheads, the analyst's certification and a disclaimer), of 15;
    - a government website's policy interpretation, printed from a browser (`来源：… 发布时间：…`,
      question heads, `一是…` leads, the editor's credit), of 17;
    - a seminar's summary of speeches (editor's note, speech titles over speaker lines, speakers'
      labels run into their turns), of 22: 22/22 in every text.
    Then rules from its errors (session 31, not blind since; a twenty-sixth batch measures the
    code): a browser's printed head however long (its date and time, or a title `…_栏目_网站`); a
    source first and a time after (`来源：…　发布时间：…`) is a dateline; a footer pointing to the
    disclaimer over the page's number (`請參閱最後一頁之免責聲明 第 1 頁，共 2 頁`) is furniture, and a
    two-page text's head in a stack of three lines above its number too; an analyst with a licence
    number is a byline, `分析員核證：…` boilerplate; a jump line (`（下转第3版）`) is no part of the
    next page's head, and a head with the page's section and number (`…星期二 要闻 3`) is furniture.
    Now P 0.939, R 0.937 (399 of 425 predicted), kinds 0.955; the brokerage note 15/15 everywhere.
    Since session 32 the policy interpretation is 15/16 in pdfminer's text (its footer over each page's
    number); since session 33 in every text (the browser's page title, as wide as a line of text,
    stands in its stack of furniture), and the front page 17/17 in pdfminer's, PyMuPDF's and pypdf's
    texts (its head set on two lines, the page's section and number on the second)."""
    expected = {"a3_provincial_daily_front_page_report": dict(zip(EXTRACTORS, [(15, 16), (17, 17), (17, 17), (17, 17),
                                                                               (17, 18), (17, 17)])),
                "a4_hk_brokerage_macro_commentary_trad": dict.fromkeys(EXTRACTORS, (15, 15)),
                "a4_gov_website_policy_interpretation": dict.fromkeys(EXTRACTORS, (15, 16)),
                "b5_seminar_speeches_summary": dict.fromkeys(EXTRACTORS, (22, 22))}
    assert_block_scores(expected)


def test_twenty_sixth_held_out_batch():
    """Four layouts made blind to the cleaner (session 31, by a helper who read neither the code nor
    its tests nor its scores; three of running text, one of a harder structure) while the rules from
    the twenty-fifth batch were written, scored with the code at 7b7f7a3 (the session's last cleaner)
    and left as they came: a measure of the cleaner as it stands (right / predicted blocks in each
    extractor's text): P 0.586, R 0.814 (459 of 783 predicted, 564 gold), kinds of the right blocks
    0.928; README.md describes them. The three of running text: P 0.919, R 0.932 (386 of 420, of
    414); the landscape task table: 73 of 363, of 150.
    - a county people's congress standing committee's research report (official format, `（一）…。`
      run-in leads, `一是…` points, `以上报告，请予审议。`), of 22;
    - a Macau chamber of commerce chairman's message in Traditional (kicker and title beside a
      photo's box and caption, salutation, signature and date), of 15;
    - a journal's review of research (subtitle, 内容提要 / 关键词, sections, notes at the page's foot
      numbered again from ① on each page, alternating running heads, the English title and abstract
      at the end), of 32;
    - a district's three-year plan whose attachment, a six-column task table of wrapped cells, turns
      the page to landscape and runs over two pages, its header not repeated, of 25.
    Then rules from its errors (session 31, not blind since; a twenty-seventh batch measures the
    code): a closing formula (`以上报告，请予审议。`, cue closing_formula_pattern) after a finished
    sentence is a paragraph of its own; an English title after the text ends over its authors'
    line (`WANG Moumou, LI Moumou`, a byline cue); `主任、各位副主任、秘书长、各位委员：` is a salutation;
    a survey team (`…调研组`) a byline. Now P 0.604, R 0.849 (479 of 793), kinds 0.956; the research
    report 22/22 everywhere; the task table left.
    Since session 32 the Macau message is 15/15 in every text (its head in the file's opening stack) and the
    review notes 32/32 in three texts (the other head of an alternating pair after a finished sentence)."""
    expected = {"a4_county_congress_research_report": dict.fromkeys(EXTRACTORS, (22, 22)),
                "large16k_macau_chamber_chairman_message_trad": dict.fromkeys(EXTRACTORS, (15, 15)),
                "k16_journal_research_review_notes": dict(zip(EXTRACTORS, [(31, 32)] + [(32, 32)] * 3 + [(29, 35), (31, 33)])),
                "a4_district_plan_landscape_task_table": dict(zip(EXTRACTORS, [(13, 75), (11, 59), (12, 73), (12, 73),
                                                                               (14, 26), (11, 39)]))}
    assert_block_scores(expected)


def test_twenty_seventh_held_out_batch():
    """Four layouts made blind to the cleaner (session 31, by a helper who read neither the code nor
    its tests nor its scores; asked for documents of running text, the common case) while the rules
    from the twenty-sixth batch were written, scored with the code at 16faa14 (the session's last
    cleaner) and left as they came: a measure of the cleaner as it stands (right / predicted blocks
    in each extractor's text): P 0.930, R 0.984 (490 of 527 predicted, 498 gold), kinds of the
    right blocks 0.867; README.md describes them.
    - a central SOE's news release printed from its website (the site's band and menu, breadcrumb,
      meta line, a photo's caption, the editor's credit, print links, the site's footer), of 18:
      18/18 in every text;
    - a Hong Kong think tank's commentary by two authors in Traditional (authors and affiliations a
      line each, subheads, `第一，…` run-in points, a note per author, a disclaimer), of 19;
    - a county party school's Party lesson (`——` subtitle, speaker and date, `同志们：`, `（一）…`
      points under `一、` heads, a closing), of 18: 18/18 in every text;
    - a research institute's working paper's first pages (series and number, the title's `*` note,
      `摘要：` / `关键词：` / `JEL分类号：`, `1 引言` and `2.1` heads), of 28.
    Then rules from its errors (session 31, not blind since; a twenty-eighth batch measures the
    code): a site's address with the page's bare number (`www.….org.hk 1`) is furniture; an author's
    note on a person (`陳某某為某某智庫首席研究員，…`) is a byline, `本文僅代表作者個人觀點…`
    boilerplate; a paper series and its number (`某某研究院工作论文`, `Working Paper No. …`) are
    bylines; `JEL分类号：` is front matter. Now P 0.948, R 0.988 (492 of 519), kinds 0.939.
    Since session 32 the joint commentary is 19/19 in every text (its footer closing both pages; its head in
    the opening stack).
    Since session 32 the working paper is 28/28, 27/30, 27/27, 27/27, 27/30, 27/30 (its head on every page
    but the opening one)."""
    expected = {"a4_soe_website_news_release_print": dict.fromkeys(EXTRACTORS, (18, 18)),
                "a4_hk_think_tank_joint_commentary_trad": dict.fromkeys(EXTRACTORS, (19, 19)),
                "a4_county_party_school_party_lesson": dict.fromkeys(EXTRACTORS, (18, 18)),
                "a4_institute_working_paper_first_pages": dict(zip(EXTRACTORS, [(28, 28), (27, 30), (27, 27), (27, 27),
                                                                                (27, 30), (27, 30)]))}
    assert_block_scores(expected)


def test_twenty_eighth_held_out_batch():
    """Four layouts made blind to the cleaner (session 31, by a helper who read neither the code nor
    its tests nor its scores; asked for documents of running text, the common case) while the rules
    from the twenty-seventh batch were written, scored with the code at 89cf494 (the session's last
    cleaner) and left as they came: a measure of the cleaner as it stands (right / predicted blocks
    in each extractor's text): P 0.930, R 0.946 (477 of 513 predicted, 504 gold), kinds of the right
    blocks 0.954; README.md describes them.
    - a provincial department's notice issuing its work points (issuer's mark, number, two-line
      title, signature; the attachment's `一、` heads over numbered tasks with bold leads, each
      ending `（牵头单位：…）`), of 24;
    - a Taiwan institute's policy brief in Traditional (a shaded 摘要 box, `壹、`-`肆、` heads, notes at
      the page's foot numbered through, a disclaimer), of 28: 28/28 in four texts;
    - a prize-winning essay in a contest's collection (`一等奖` tag, title and `——` subtitle, author
      and unit, an editor's note between rules, centred subheads, alternating running heads), of 18;
    - a county press conference's opening statement (spokesman and date, `各位记者朋友：`, `一是…`
      paragraphs, `下面，我们回答大家的提问。`), of 14.
    Then rules from its errors (session 32, not blind since; a twenty-ninth batch measures the
    code): an attached document's title set over two lines under its label (`附件`) is one title,
    and the label atop a page no pen name; the other head of an alternating pair, printed on the one
    page between two headed ones inside a sentence, is furniture; one space opens no page where the
    extractor kept its indents as spaces (pypdf's layout mode); a note's number lifted off its line
    after a percent (`8.1% ，`); a press conference's turn to questions is a paragraph of its own; a
    summary in a box of its own measure under `摘要` is a sidebar; a disclaimer in brackets is
    boilerplate. Now P 0.984, R 0.992 (500 of 508), kinds 1.000. Left: a bold lead line that ends
    a sentence a character short of the measure (`3.…是目标。`) ends its block where the extractor
    gives no indent."""
    expected = {"a4_provincial_department_work_points_notice": dict(zip(EXTRACTORS, [(23, 25)] * 4 + [(24, 24)] * 2)),
                "a4_tw_institute_policy_brief_trad": dict.fromkeys(EXTRACTORS, (28, 28)),
                "b5_essay_contest_prize_winning_piece": dict.fromkeys(EXTRACTORS, (18, 18)),
                "a4_county_press_conference_opening_statement": dict.fromkeys(EXTRACTORS, (14, 14))}
    assert_block_scores(expected)


def test_twenty_ninth_held_out_batch():
    """Four layouts made blind to the cleaner (session 32, by a helper who read neither the code nor
    its tests nor its scores; asked for documents of running text, the common case) while the rules
    from the twenty-eighth batch were written, scored with the code at 47d60f8 (those rules') and
    left as they came: a measure of the cleaner as it stands (right / predicted blocks in each
    extractor's text): P 0.782, R 0.854 (451 of 577 predicted, 528 gold), kinds of the right blocks
    0.838; README.md describes them.
    - a chapter of Hong Kong's policy address in Traditional (paragraphs numbered on through it, the
      number hanging in the margin, two running over page breaks; a boxed highlight of bulleted new
      measures), of 21;
    - a study reader's three reprinted articles (title, author, paragraphs, `（原载《…》…）` at each
      end; alternating running heads), of 19;
    - a Hong Kong chamber's submission to a consultation in Traditional (letterhead, addressee,
      reference, date; heads `1.` over paragraphs `1.1` … with bold run-in recommendations; notes at
      the pages' feet; a contact block), of 27;
    - a bank economist's weekly commentary (a `核心观点：` summary, English terms and figures in the
      text, a chart's caption and source, an analyst box and a disclaimer), of 21.
    Then rules from its errors (session 32, not blind since; a thirtieth batch measures the code): a
    numbered line that opens a quotation it does not close, or holds a clause and a colon's gloss,
    is a numbered paragraph's first line; the other head of an alternating pair on the one page
    between is furniture after a finished sentence too; a reprint's source (`（原载《…》…）`) is a
    byline, as are `…教研部` and `會長` lines; a footer over each page's number closing the file, one
    carrying the number in words (`…　第1頁`), two numbered footers of a two-page text, and heads in
    the stack that opens the file are furniture; a letter's English name, reference (`本會檔號：`) and
    labelled date, its addressee (`致：`) no title, its subject line (`就《…》…意見書`) the title; a
    note's number after a work's title (`》3互相`); a section's decimal number alone on its line, in
    a run, opens the paragraph after it. Now P 0.971, R 0.964 (509 of 524), kinds 0.951. Left: the
    policy address's boxed bullets (sidebar in the gold) and the subhead after them, the layout
    mode's raised note parts in the submission."""
    expected = {"a4_hk_policy_address_chapter_trad": dict.fromkeys(EXTRACTORS, (19, 20)),
                "k16_study_reader_reprinted_articles": dict.fromkeys(EXTRACTORS, (19, 19)),
                "a4_hk_chamber_consultation_submission_trad": dict(zip(EXTRACTORS, [(27, 27)] * 4 + [(20, 29), (27, 27)])),
                "a4_bank_economist_weekly_commentary": dict.fromkeys(EXTRACTORS, (21, 21))}
    assert_block_scores(expected)


def test_thirtieth_held_out_batch():
    """Four layouts made blind to the cleaner (session 32, by a helper who read neither the code nor
    its tests; asked for documents of running text, the common case) while the rules from the
    twenty-ninth batch were written, scored with the code at 4eb29ba (those rules') and left as they
    came: a measure of the cleaner as it stands (right / predicted blocks in each extractor's text):
    P 0.923, R 0.929 (669 of 725 predicted, 720 gold), kinds of the right blocks 0.859; README.md
    describes them. (The helper saw, by slips it reported, two commit subjects with earlier
    batches' figures and a fragment of the README's scores; none of the cleaner's output.)
    - a Macau bureau's annual report chapter in Traditional (the bureau's Chinese and Portuguese
      names in the head, sections and subheads, a box of `■` highlights), of 25;
    - a research magazine's investigation report (kicker, title and `——` subtitle, authors, an
      editor's note between rules, `一、` / `（一）` heads, a boxed case, the authors' note at the
      first page's foot, the editor's credit), of 30;
    - a university society's call for papers (title on two lines, `一、` … `七、` heads, numbered
      topics and rules, contact lines, signature and date), of 34;
    - a securities firm's strategy weekly (a full-width `投资要点` box, `1.` / `1.1` heads, a chart's
      caption and source, `4. 风险提示`, the analyst certification, rating key and disclaimer), of 31.
    Then rules from its errors (session 32, not blind since; a thirty-first batch measures the
    code): a head is measured by its width, so a name in Latin letters (the bureau's Portuguese
    name) is one; the same words again a few lines under a head, past the page's number, are the
    title it repeats; a line ending in an address's Latin letters leaves no sentence open (a
    signature after `电子邮箱：…` is no head); analysts with their licence numbers are a byline,
    `联系电话：` / `电子邮箱：` and `投资评级说明：` boilerplate; a disclaimer in small type, wider than the
    text's lines, goes on past its sentences. Now P 0.971, R 0.978 (704 of 725), kinds 0.885. Left:
    boxes the text cannot show (the case study's and the highlights' paragraphs, sidebar in the
    gold), the magazine's kicker that repeats its recto head, the verso head after a page-foot note."""
    expected = {"a4_macau_bureau_annual_report_chapter_trad": dict(zip(EXTRACTORS, [(24, 28)] + [(25, 25)] * 5)),
                "large16k_research_magazine_investigation_report": dict(zip(EXTRACTORS, [(28, 31), (27, 29), (28, 31),
                                                                                         (30, 32), (29, 30), (27, 29)])),
                "a4_university_society_call_for_papers": dict.fromkeys(EXTRACTORS, (34, 34)),
                "a4_securities_strategy_weekly": dict(zip(EXTRACTORS, [(31, 31)] * 4 + [(27, 31), (31, 31)]))}
    assert_block_scores(expected)


def test_thirty_first_held_out_batch():
    """Four layouts made blind to the cleaner (session 32, by a helper who read neither the code nor
    its tests; asked for documents of running text, the common case) while the rules from the
    thirtieth batch were written, scored with the code at dbb8eb1 (those rules') and left as they
    came: a measure of the cleaner as it stands (right / predicted blocks in each extractor's text):
    P 0.969, R 0.977 (586 of 605 predicted, 600 gold), kinds of the right blocks 0.920; every text's
    pages right; README.md describes them. (The helper saw, by a slip it reported, a few words of
    the README's last line, no figures.)
    - an expert-opinion digest (topic heads, each expert's name and title on a line of their own or
      run in, sources at some views' ends), of 25;
    - a Taiwan Legislative Yuan issue analysis in Traditional (office, number and date, `壹、` /
      `一、` / `（一）` levels, notes at the pages' feet numbered on through it, `結語`, a disclaimer),
      of 32;
    - a bound collection of CPPCC members' conference speeches (three speeches, each a title, the
      speaker and unit, the second and third starting mid-page; running heads), of 18: 18/18 in
      every text;
    - a study page's run of three commentator articles (the page's head, `本报评论员`, original dates
      in brackets), of 25.
    Then rules from its errors (session 32, not blind since; a thirty-second batch measures the
    code): a head on every page but the opening one, as far from each page's number, is furniture;
    an issuing office's name over its paper's series and date is a byline and the longest heading
    under them the title; a paper's use disclaimed (`本議題研析僅供…參考，不代表…`) is boilerplate; a
    compiler's line (`…科研处编　2024年4月`, `2024年第5期　…宣传部编　…`) is a byline, no dateline; a
    kicker naming pieces after a role word (`…评论员文章选登`) no byline; a short title over its dashed
    subtitle a heading. Now P 0.993, R 0.992 (595 of 599), kinds 0.988. Left: pdfminer's digest, where
    it sets a view's source line three lines into the next view; PDFium's one-line masthead."""
    expected = {"a4_expert_opinion_digest": dict(zip(EXTRACTORS, [(25, 25), (23, 24)] + [(25, 25)] * 4)),
                "a4_tw_legislative_yuan_issue_analysis_trad": dict(zip(EXTRACTORS, [(32, 32)] * 4 + [(31, 33), (32, 32)])),
                "k16_cppcc_plenary_speeches_collection": dict.fromkeys(EXTRACTORS, (18, 18)),
                "a4_study_page_commentator_articles": dict(zip(EXTRACTORS, [(23, 24)] + [(25, 25)] * 5))}
    assert_block_scores(expected)


def test_thirty_second_held_out_batch():
    """Four layouts made blind to the cleaner (session 32, by a helper who read neither the code nor
    its tests; asked for running text with, this time, modest tables and one two-column article)
    while the rules from the thirty-first batch were written, scored with the code at 0fe4a55
    (those rules'; fc766bb, a mend, scores the same) and left as they came: a measure of the cleaner
    as it stands (right / predicted blocks in each extractor's text): P 0.893, R 0.885 (648 of 726
    predicted, 732 gold), kinds of the right blocks 0.943; README.md describes them.
    - a Hong Kong think tank's research report chapter in Traditional (page-foot notes numbered on
      through the report, a table of numbers under `表2.1：…` with its source), of 30;
    - a securities firm's initiation report (rating and target price lines, `投资要点` points, an
      earnings forecast table 2023A-2026E, `1.` / `1.1` heads, `风险提示`), of 36: its pages wrong in
      every text but pdfminer's;
    - a provincial statistics bureau's analysis (figures and percentages throughout, a small table
      of industries with a `注：` note), of 27: 27/27 in five texts;
    - a theory journal's article in two columns (title, author, abstract and codes across both on
      page 1, `一、` heads in the columns, circled notes under `注释：` at the end), of 29.
    Then a rule from its errors (session 32, not blind since; a thirty-third batch measures the
    code): pdfminer may give a table's header row first, then the first column's labels, then each
    column's values (tables._headers_first); its three tables read as rows again. Now P 0.910,
    R 0.911 (667 of 733), kinds 0.945. Left: the two-column article (pdfminer and pdfplumber
    interleave the columns), pypdf's and pdfplumber's pages in the initiation report. Since session 34 the
    two-column article has one block more right in five texts (its abstract, set across both columns,
    ends at its last sentence, short of that wider measure)."""
    expected = {"a4_hk_think_tank_research_report_chapter_trad": dict(zip(EXTRACTORS, [(28, 30), (30, 31), (28, 30),
                                                                                       (28, 30), (30, 31), (29, 32)])),
                "a4_securities_initiation_report": dict(zip(EXTRACTORS, [(36, 36), (36, 36), (36, 36), (34, 40), (34, 38),
                                                                         (36, 42)])),
                "a4_provincial_statistics_bureau_analysis": dict.fromkeys(EXTRACTORS, (27, 27)),
                "a4_theory_journal_two_column_article": dict(zip(EXTRACTORS, [(25, 27), (14, 26), (25, 27), (25, 27),
                                                                              (23, 29), (13, 26)]))}
    assert_block_scores(expected)


def test_thirty_third_held_out_batch():
    """Four layouts made blind to the cleaner (session 32, by a helper who read neither the code nor
    its tests; asked for running text, two with a modest table and one with a chart drawn in the
    PDF) while the rule from the thirty-second batch was written, scored with the code at 9b9a158
    (the session's last rule; 0330a78, a rename, scores the same) and left as they came: a measure
    of the cleaner as it stands (right / predicted blocks in each extractor's text): P 0.913, R 0.850
    (546 of 598 predicted, 642 gold), kinds of the right blocks 0.857; README.md describes them.
    (The helper saw, by a slip it reported, the last words of the README, no figures.)
    - a Hong Kong trade association's annual report in Traditional (the chairman's statement over
      two pages, signed, then `主要數據` over a table of indicators by year and a `註：` note), of 27;
    - a county government work report (occasion line, speaker, `一、` heads, bold run-in leads, a
      table of the year's main targets under its caption), of 30;
    - a university think tank's policy brief (masthead and issue, authors, `核心观点：`, numbered
      proposals, bios in small type), of 22;
    - a securities firm's industry monthly (rating line, `1.` / `1.1` heads, a bar chart drawn with
      its values between caption and source, numbered risks, disclaimers), of 28.
    Then cues from its errors (session 32, not blind since; a thirty-fourth batch measures the
    code), kinds only: `主席` is a role word (a signature `主席　陳某某` a byline; `主席報告`, a piece
    named after the role, none), `报告日期：…` a dateline, `本刊…代表作者…`, `行业评级说明：` and
    `重要声明：` boilerplate. Blocks as before; kinds 0.857 -> 0.892. Left: pdfminer's tables
    (labels first, then the header row; a row of words set after the columns), the occasion line
    run into the speaker's, the drawn chart's values, a one-line masthead (PDFium). Since session 33
    the think tank's brief is 22/22 in PDFium's, the layout mode's and pdfplumber's texts (its issue
    line `2024年第9期（总第87期）…` a byline). Since session 36 (the fifty-second batch's rules) rows of
    values with no caption are a table that ends with them: the annual report's `主要數據` table
    (under a heading here, a caption in the gold) is read in PDFium's, the layout mode's and
    pdfplumber's texts, 27/27."""
    expected = {"a4_hk_trade_association_annual_report_trad": dict(zip(EXTRACTORS, [(27, 27), (18, 24), (24, 26), (24, 26),
                                                                                    (27, 27), (27, 27)])),
                "a4_county_government_work_report_targets": dict(zip(EXTRACTORS, [(23, 24), (21, 31), (30, 30), (30, 30),
                                                                                  (30, 30), (23, 24)])),
                "a4_university_think_tank_policy_brief": dict(zip(EXTRACTORS, [(22, 22), (21, 23), (21, 23), (21, 23),
                                                                               (22, 22), (22, 22)])),
                "a4_securities_industry_monthly": dict(zip(EXTRACTORS, [(25, 28), (25, 26), (25, 26), (25, 26), (24, 27),
                                                                        (25, 28)]))}
    assert_block_scores(expected)


def test_thirty_fourth_held_out_batch():
    """Four layouts made blind to the cleaner (session 32, by a helper who read neither the code nor
    its tests; asked for running text, one with a modest table) while the cues from the
    thirty-third batch were written, scored with the code at 5d2a42d (the session's last cleaner)
    and left as they came: a measure of the cleaner then (right / predicted blocks in each
    extractor's text): P 0.882, R 0.916 (478 of 542 predicted, 522 gold), kinds of the right blocks
    0.931; README.md describes them.
    - a Hong Kong business association's policy brief in Traditional (series line, `一、` heads, run-in
      `（一）` recommendations, page-foot notes, an appendix table of numbers on its last page), of
      30: 30/30 in three texts;
    - a municipal commission's policy interpretation printed from its website (the browser's head
      and foot, source and time line, `（一）…？` questions, `一是…` paragraphs, the site's footer),
      of 25: 25/25 in three texts;
    - a party newspaper's theory-page article (kicker, title, `——` subtitle, author and unit, bold
      run-in leads, `（本版编辑：…）`), of 14: 14/14 in three texts;
    - an industry association's monthly newsletter (masthead, issue line, a contents box not in the
      gold, four items each with its `（来源：…）`, contact lines), of 18.
    Then rules from its errors (session 33, not blind since; a thirty-fifth batch measures them): a
    contents box whose entries repeat the items' titles (`本期要目`), the masthead with its issue at a
    later page's edge, a source credit in brackets ending its item before the next page, the issue
    line `…（总第158期）` and a series' `第12號` as bylines, a newspaper's head split over two lines
    with the section's number (`理论　9`), a slogan kicker over a headline with a dash subtitle,
    footers on every page but a last one holding only a table, a browser's page title with one `_`
    and the address with its page count glued (`….html1/2`), `主办单位：`. P 0.979, R 0.981 (512 of
    523, 522 gold), kinds 0.988. Left: pdfminer's appendix table (labels, source, then the values in
    no order), the issue line and the compiler's set on two lines (one byline in the gold), pypdf's
    printed web page (its one-space indents read as page starts), and the theory article's pages
    (no page number printed)."""
    expected = {"a4_hk_business_association_policy_brief_trad": dict(zip(EXTRACTORS, [(30, 30), (27, 28)] + [(30, 30)] * 4)),
                "a4_municipal_drc_policy_interpretation_web": dict.fromkeys(EXTRACTORS, (25, 25)),
                "a4_party_newspaper_theory_page_article": dict.fromkeys(EXTRACTORS, (14, 14)),
                "a4_industry_association_monthly_newsletter": dict(zip(EXTRACTORS, [(18, 18)] + [(17, 19)] * 3
                                                                       + [(18, 18)] * 2))}
    assert_block_scores(expected)


def test_thirty_fifth_held_out_batch():
    """Four layouts made blind to the cleaner (session 33, by a helper who read neither the code nor
    its tests; asked for running text, no table) while the rules from the thirty-fourth batch were
    written, scored with the code at the commit of those rules (d8f1a41) and left as they came: a
    measure of the cleaner then (right / predicted blocks in each extractor's text): P 0.849, R 0.870
    (381 of 449 predicted, 438 gold), kinds of the right blocks 0.979; README.md describes them.
    - a Taiwan university master's thesis' front matter and first chapter in Traditional (`摘要` and
      `關鍵詞：`, a `目次` page with dot leaders not in the gold, pages `i`, `ii`, then `1`, `第一章` /
      `第一節` heads, page-foot notes), of 22;
    - a provincial daily's in-depth report page (kicker, title, reporter line, bold subheads, two
      photos drawn as boxes with captions ending `（…　摄）`, the editor's line), of 17;
    - a Singapore Chinese newspaper's commentary (section label, title, author line, `（作者是…）`,
      the paper's head and foot), of 13: 13/13 in pypdf's two texts;
    - a municipal government's implementation opinions as issued (document number, a title on two
      lines, addressees, `一、` heads and `（一）` items, attachments, the government and date,
      `（此件公开发布）`, the print footer between rules), of 21: 21/21 in every text.
    Then rules from its errors (session 33, not blind since; a thirty-sixth batch measures them): a
    contents page under `目次` whose entries have dot leaders and their page numbers (Roman ones
    too) beside them, under each or in a column after them all; a line ending with a photographer's
    credit in brackets (`（本报记者 吴某某 摄）`) is a caption; a headline over a byline as wide is no
    narrow column's line. P 0.977, R 0.973 (426 of 436 predicted, 438 gold), kinds 0.967 (the
    daily's kicker and headline, title and heading, are the wrong way round: a kicker is known only
    when at most half as long). Left: the commentary's paragraph that ends at a line's end with no
    indent after it (PDFium, pdfminer, PyMuPDF, pdfplumber: only pypdf's texts mark the indent), the
    thesis' note numbers in the layout mode's text (set above the lines they belong to), the pages
    of the daily's report (no page number printed)."""
    expected = {"a4_tw_university_masters_thesis_front_matter_trad": dict(zip(EXTRACTORS, [(22, 22)] * 4 + [(18, 24)]
                                                                              + [(22, 22)])),
                "a4_provincial_daily_in_depth_report_page": dict.fromkeys(EXTRACTORS, (17, 17)),
                "a4_singapore_chinese_daily_commentary": dict(zip(EXTRACTORS, [(11, 12)] * 3 + [(13, 13)] * 2 + [(11, 12)])),
                "a4_municipal_government_implementation_opinions": dict.fromkeys(EXTRACTORS, (21, 21))}
    assert_block_scores(expected)


def test_thirty_sixth_held_out_batch():
    """Four layouts made blind to the cleaner (session 33, by a helper who read neither the code nor
    its tests; asked for running text, no table) while the rules from the thirty-fifth batch were
    written, scored with the code at the commit of those rules (799e7fe) and left as they came: a
    measure of the cleaner then (right / predicted blocks in each extractor's text): P 0.925,
    R 0.907 (490 of 530 predicted, 540 gold), kinds of the right blocks 0.812; README.md describes
    them.
    - a provincial academy's blue book chapter (`B.3`, the author's starred note, `摘要：` /
      `关键词：`, heads `一　…`, `（一）` subheads, notes `①` restarting on each page, heads
      alternating between the book's name and the chapter's title), of 29;
    - a state-owned enterprise chairman's speech at the annual work conference (`——在…上的讲话`,
      `同志们：`, `一、` heads, `第一，` points, `谢谢大家！`), of 21: 21/21 in every text;
    - a Taiwan Executive Yuan press release (`行政院新聞稿`, date and office lines, the contact
      line, `第1頁，共2頁`), of 13: 13/13 in every text;
    - an industrial park's investment brochure (masthead, `■` heads, key-figure lines, `●` points,
      the contact block), of 27.
    Then rules from its errors (session 33, not blind since; a thirty-seventh batch measures them):
    a square's short title alone is a head, a bulleted point's short last line over a full line of
    text ends it; a chapter's code (`B.3`) is no title; `①` under the author's `*` note opens the
    numbered notes, and notes numbered from `①` on each page are read where the markers are lost; a
    chapter's title again beside a later page's number is its running head, and a head after the
    page's notes stands inside the sentence the text left open; a press release's label
    (`行政院新聞稿`) is a heading, `發布日期：113年3月14日` a dateline, `發布單位：` a byline,
    `新聞聯絡人：` boilerplate. P 0.978, R 0.972 (525 of 537 predicted, 540 gold), kinds 0.945. Left:
    the brochure's key-figure lines (`地区生产总值　1234亿元`: headings, list items in the gold),
    the author's `*` on a line of its own (pypdf's layout mode, pdfplumber), the speech's `——在…上的
    讲话` line (a byline here, a title in its gold; the gold of earlier layouts calls it either)."""
    expected = {"b5_provincial_academy_blue_book_chapter": dict(zip(EXTRACTORS, [(29, 29)] * 4 + [(28, 31)] * 2)),
                "a4_soe_chairman_annual_work_conference_speech": dict.fromkeys(EXTRACTORS, (21, 21)),
                "a4_tw_executive_yuan_press_release_trad": dict.fromkeys(EXTRACTORS, (13, 13)),
                "a4_industrial_park_investment_brochure": dict(zip(EXTRACTORS, [(24, 25)] + [(25, 26)] * 5))}
    assert_block_scores(expected)


def test_thirty_seventh_held_out_batch():
    """Four layouts made blind to the cleaner (session 33, by a helper who read neither the code nor
    its tests; asked for running text, one with a modest table) while the rules from the
    thirty-sixth batch were written, scored with the code at the commit of those rules (db4fd33)
    and left as they came: a measure of the cleaner then (right / predicted blocks in each
    extractor's text): P 0.962, R 0.953 (383 of 398 predicted, 402 gold), kinds of the right blocks
    0.859; README.md describes them.
    - a Macau economic council's communiqué in Traditional (the council's name, `新聞公報`, date and
      place, points `一、會議指出，` run in, the press office's contact), of 13: 13/13 in every text;
    - a city science bureau's statistical bulletin (`（2024年3月）`, parts `一、`, a table `表1` of five
      rows with its `注：` and source, `附注：` notes `1.`…), of 26;
    - a university journal's book review (`书评`, the book's details line, the reviewer, quotes with
      `（第56页）`, `参考文献：` and `[1]`…), of 16: 16/16 in every text;
    - a district party committee's study briefing (masthead, issue and compiler, speakers'
      summaries `区委书记王某某指出，`…, `报送：` / `分送：`), of 12.
    Then rules from its errors (session 33, not blind since): `附注：` heads a bulletin's endnotes, a
    caption's number (`表1`) is no note's marker, `注：` under a table is a footnote (its gold's
    kind in all 15 layouts that have one), `报送：` / `分送：` are boilerplate. P 0.975, R 0.978
    (393 of 403 predicted), kinds 0.954. Left: pdfminer's table (labels, note and source, then the
    values column by column), the briefing's issue line and compiler set on two lines (one byline
    in the gold)."""
    expected = {"a4_macau_economic_council_communique_trad": dict.fromkeys(EXTRACTORS, (13, 13)),
                "a4_city_science_bureau_statistical_bulletin": dict(zip(EXTRACTORS, [(26, 26), (20, 24)] + [(26, 26)] * 4)),
                "b5_university_journal_book_review": dict.fromkeys(EXTRACTORS, (16, 16)),
                "a4_district_party_committee_study_briefing": dict(zip(EXTRACTORS, [(12, 12)] + [(11, 13)] * 3
                                                                       + [(12, 12)] * 2))}
    assert_block_scores(expected)


def test_thirty_eighth_held_out_batch():
    """Four layouts made blind to the cleaner (session 33, by a helper who read neither the code nor
    its tests; asked for running text, no table) while the rules from the thirty-seventh batch were
    written, scored with the code at the commit of those rules (fdcb432) and left as they came: a
    measure of the cleaner then (right / predicted blocks in each extractor's text): P 0.933,
    R 0.959 (374 of 401 predicted, 390 gold), kinds of the right blocks 0.848; README.md describes
    them.
    - a Hong Kong party's policy address proposals booklet in Traditional (a cover page, `前言`,
      chapters `第一章　…` with proposals `1.1`…, the booklet's head and page numbers), of 18;
    - a provincial daily's digest of a deputy's speech (`两会声音`, title, `——…代表发言摘登`, the
      deputy, leads `一要…`, `（本报记者 …整理）`), of 11: 11/11 in every text;
    - a securities firm's morning meeting minutes (header with date, `【宏观】`… sections each with
      a headline, paragraphs and the analyst's line, a small-print disclaimer), of 17;
    - a Taiwan think tank's event summary in Traditional (the event's title, `時間：` / `地點：` /
      `主辦單位：`, `一、活動緣起`, speakers named on their own lines, a photo caption), of 19.
    Then rules from its errors (session 33, not blind since; a thirty-ninth batch measures them): an
    English title as the file's first line over the Chinese title (both titles), an event's time and
    place after their labels (datelines), a deputy's posts listed with a comma and a name after the
    last (a byline), a reporter's credit in brackets (a byline, no stage direction). P 0.948,
    R 0.990 (386 of 407 predicted), kinds 0.915; the event summary 19/19 in every text. Left: the
    booklet's cover (the party's name read as the title; its running head on the first page of
    text, next to the cover's lines), the morning minutes' header line (`某某证券研究所　晨会纪要`),
    the organizer line `主辦單位：…` (a byline here, the site's footer's boilerplate elsewhere), the
    speaker's line `黃某某　某某科技股份有限公司技術長`, the photo credit `（…提供）`."""
    expected = {"a4_hk_party_policy_address_proposals_trad": dict(zip(EXTRACTORS, [(18, 19)] + [(17, 20)] * 3
                                                                      + [(18, 19)] * 2)),
                "a4_provincial_daily_deputy_speech_digest": dict.fromkeys(EXTRACTORS, (11, 11)),
                "a4_securities_morning_meeting_minutes": dict(zip(EXTRACTORS, [(17, 18)] + [(17, 19)] * 3
                                                                  + [(16, 17), (17, 18)])),
                "a4_tw_think_tank_event_summary_trad": dict.fromkeys(EXTRACTORS, (19, 19))}
    assert_block_scores(expected)


def test_thirty_ninth_held_out_batch():
    """Four layouts made blind to the cleaner (session 33, by a helper who read neither the code nor
    its tests; asked for running text, one with a modest table) while the rules from the
    thirty-eighth batch were written, scored with the code at the commit of those rules (5764482)
    and left as they came: a measure of the cleaner then (right / predicted blocks in each
    extractor's text): P 1.000, R 1.000 (408 of 408 predicted, 408 gold), kinds of the right blocks
    0.794; README.md describes them. Every block right in every text:
    - a Hong Kong trade development body's research article printed from its website in
      Traditional (breadcrumb, date line, `（一）` subheads, `圖1：` with its source, the copyright
      footer), of 18;
    - a county financial office's work summary (`一、` heads, `（一）…。` leads, a table of loans
      under `单位：亿元`, the office and date), of 25;
    - a university news site's lecture report (column label, `来源：… 作者：… 编辑：…`, a photo
      caption, `（审核：…）`, the site's footer), of 13;
    - a Taiwan legislator's written interpellation in Traditional (the session header, the
      opening `本院委員…特向行政院提出質詢。`, points `一、` with `說明：`, the closing line), of 12.
    Then cues and rules for its kinds (session 33, not blind since; no later batch measures them): a
    breadcrumb and a row of site links are boilerplate, `發佈日期：` a date's label, a news site's
    `来源：… 作者：… 编辑：…` line and `（审核：…）` bylines, a short caption ending with
    `（摄影：…）` a caption, `說明：` after text a paragraph. Kinds 0.794 -> 0.971; left: the
    interpellation's session header over its title (`立法院第11屆第1會期`, a heading in the gold)."""
    expected = {layout: dict.fromkeys(EXTRACTORS, (items, items)) for layout, items in (
        ("a4_hk_trade_body_research_article_web_print_trad", 18), ("a4_county_finance_office_work_summary", 25),
        ("a4_university_news_site_lecture_report", 13), ("a4_tw_legislator_written_interpellation_trad", 12))}
    assert_block_scores(expected)


def test_fortieth_held_out_batch():
    """Four layouts made blind to the cleaner (session 34, by a helper who read neither the code nor
    its tests; asked for running text, one with a modest table) after the rules from the
    thirty-ninth batch, scored with the code at 2d3ac06 (the last commit of session 33) and left as
    they came: a measure of the cleaner then (right / predicted blocks in each extractor's text):
    P 0.911, R 0.886 (473 of 519 predicted, 534 gold), kinds of the right blocks 0.953; README.md
    describes them.
    - a think tank's WeChat public-account article printed from a browser (meta line `原创　…`,
      `点击蓝字　关注我们`, heads `01　…`, a photo's caption, the account's end matter with
      `往期推荐` over three linked titles), of 23: 23/23 in pypdf's text;
    - an excerpt of the Macau Chief Executive's policy address in Traditional (running head, heads
      `二、` / `（一）` / `1.`, four measures `（1）`…), of 22: 22/22 in every text;
    - a provincial party secretary's signed article in a theory magazine (quotations with raised
      `①`–`④` after them, their notes at the page foot, the bracketed editorial note at the end),
      of 21;
    - a section of a listed company's ESG report (the chapter's band, sections `3.1`…, a table of
      emissions, a framed case box), of 23: 23/23 in pypdf's two texts.
    Then rules from its errors (session 34, not blind since; a forty-first batch measures them): a
    note's number after a quotation's closing mark that follows a stop (`…质态。”①我们`) is a marker,
    glued, lifted (pdfplumber) or set first (pypdf's layout mode); a line wholly one bracketed note
    after a sentence's end stands apart; a sentence ending short of a box's wider measure ends its
    paragraph, and the paragraphs under a box's label (`案例　…`, `专栏N`) at their own measure are a
    sidebar; `图片来源：` is a source note, a related-reading label (`往期推荐`) heads list items and is
    no note's tail, a new-media meta line (`原创　…　2024年03月15日`) is a byline, the QR code's prompt
    boilerplate. Every block right in every text; kinds 0.989 (left: the photo's caption, with no
    label or credit, read as a heading)."""
    expected = {layout: dict.fromkeys(EXTRACTORS, (items, items)) for layout, items in (
        ("a4_think_tank_wechat_account_article_print", 23), ("a4_macau_policy_address_excerpt_trad", 22),
        ("large16k_party_theory_magazine_signed_article", 21), ("a4_listed_company_esg_report_climate_section", 23))}
    assert_block_scores(expected)


def test_forty_first_held_out_batch():
    """Four layouts made blind to the cleaner (session 34, by a helper who read neither the code nor
    its tests; asked for running text, one with a chart, one with a table of definitions) while the
    rules from the fortieth batch were written, scored with the code at the commit of those rules
    (4fc0554) and left as they came: a measure of the cleaner then (right / predicted blocks in each
    extractor's text): P 0.722, R 0.843 (516 of 715 predicted, 612 gold), kinds of the right blocks
    0.870; README.md describes them.
    - an A-share IPO prospectus' definitions (`第一节　释义`: a borderless table of a term, `指` and its
      definition, some wrapping) and business section, pages numbered `1-1-21`, of 29;
    - a municipal government executive meeting's minutes (issue and number, items `一、`, `会议要求…`
      paragraphs, attendance lines `出席：…`, the distribution lines), of 21;
    - a Taiwan Legislative Yuan bureau's issue analysis in Traditional (the bureau's band, `壹、` /
      `一、` / `(一)` heads, page-foot notes), of 29: 29/29 in three texts;
    - a chamber of commerce's enterprise survey report (a shaded box of key findings, a bar chart of
      two years with its legend and values, `（执笔：…）`), of 23.
    Then rules from its errors (session 34, not blind since; a forty-second batch measures them): a
    table of definitions (clean/definitions.py: `指` alone on a line between a term and its
    definition, or between spaces on a row's line; a wrapped definition one cell); page numbers after
    their part's code (`1-1-21`); a meeting's attendance lines are paragraphs of their own (cue
    attendance_pattern); a report's title repeated as its later pages' running head is its title
    over its bodies and date; `（执笔：…）` a byline. P 0.852, R 0.931 (570 of 669), kinds 0.935.
    Left: the definitions in PDFium's text (no `指`: each row's term and definition glued) and
    pdfminer's (rows out of order), pdfplumber's wrapped rows (the term between its definition's
    lines), two bodies on one line split (each a byline: a joint document's signatories), the
    survey's chart labels in words, its key findings (list items; a sidebar in the gold). Since
    session 36 a body's name and a date on one line before any paragraph is a byline: the minutes
    21/21 in the layout mode's text, where the issuer's line no longer runs into the first paragraph."""
    expected = {"a4_ipo_prospectus_definitions_and_business": dict(zip(EXTRACTORS, [(19, 34), (20, 45), (29, 29), (28, 35),
                                                                                    (29, 29), (25, 37)])),
                "a4_municipal_government_executive_meeting_minutes": dict(zip(EXTRACTORS, [(21, 21)] + [(20, 22)] * 3
                                                                              + [(21, 21), (21, 21)])),
                "a4_tw_legislative_yuan_hk_issue_analysis_trad": dict(zip(EXTRACTORS, [(28, 28)] + [(29, 29)] * 3
                                                                          + [(26, 30), (28, 28)])),
                "a4_chamber_enterprise_survey_report_grouped_chart": dict(zip(EXTRACTORS, [(22, 26), (22, 31), (22, 26),
                                                                                          (22, 26), (20, 24), (22, 26)]))}
    assert_block_scores(expected)


def test_forty_second_held_out_batch():
    """Four layouts made blind to the cleaner (session 34, by a helper who read neither the code nor
    its tests; asked for running text, one with a table over a page break) while the rules from the
    forty-first batch were written, scored with the code at the commit of those rules (09b678b) and
    left as they came: a measure of the cleaner then (right / predicted blocks in each extractor's
    text): P 0.830, R 0.838 (523 of 630 predicted, 624 gold), kinds of the right blocks 0.880;
    README.md describes them.
    - a Hong Kong LegCo panel's minutes in Traditional (the paper's number, members and officials
      listed under their labels, agenda items `I.`…, numbered paragraphs, `（會後補註：…）`), of 30;
    - a provincial research office's special report (masthead and issue line, `【编者按】`, heads
      `一、`… with bold first sentences, `（执笔：…）`, the distribution lines), of 20: 20/20 in
      PDFium's and pdfplumber's texts;
    - a study compilation of six excerpts, each with its source credited (`（摘自…）`, `——摘自…`), of
      25;
    - a science department's annual report chapter with a table of ten years that runs over a page
      break, its header row repeated on the next page (once in the gold), of 29.
    Then rules from its errors (session 34, not blind since; a forty-third batch measures them): a
    table's header row repeated at the top of the next page is taken out as the table's running
    head; a credit in brackets after a paragraph's last sentence (`（摘自…）`, any bracketed byline)
    ends the paragraph; `——摘自…` is a byline, `内部资料　注意保存` boilerplate. P 0.845, R 0.857 (535
    of 633), kinds 0.927: the compilation 25/25 everywhere, the annual report 29/29 in three texts.
    Left: the LegCo minutes' head and lists (labels beside the names in a grid), the report's
    masthead and issuer line (read as the title and a dateline), the table over the page break in
    pdfminer's, PyMuPDF's and pypdf's texts. Since session 36 a body's name and a date on one line
    before any paragraph is a byline: the special report 20/20 in the layout mode's text too."""
    expected = {"a4_legco_panel_meeting_minutes_trad": dict(zip(EXTRACTORS, [(21, 31), (22, 35), (20, 38), (24, 36),
                                                                             (19, 30), (23, 32)])),
                "a4_provincial_research_office_special_report": dict(zip(EXTRACTORS, [(20, 20)] + [(19, 21)] * 3
                                                                         + [(20, 20), (20, 20)])),
                "a4_study_reference_material_excerpts": dict.fromkeys(EXTRACTORS, (25, 25)),
                "a4_provincial_science_department_annual_report_chapter": dict(zip(EXTRACTORS, [(29, 29)] + [(18, 24)] * 3
                                                                                   + [(29, 29)] * 2))}
    assert_block_scores(expected)


def test_forty_third_held_out_batch():
    """Four layouts made blind to the cleaner (session 34, by a helper who read neither the code nor
    its tests; asked for running text, one with a modest table, one with key figures and two
    columns) while the rules from the forty-second batch were written, scored with the code at the
    commit of those rules (7f833a3) and left as they came: a measure of the cleaner then (right /
    predicted blocks in each extractor's text): P 0.827, R 0.827 (486 of 588 predicted, 588 gold),
    kinds of the right blocks 0.947; README.md describes them.
    - a listed company's annual report section (management's discussion, a table of main business
      by industry), of 30: 30/30 in four texts;
    - a Taiwan daily's op-ed in Traditional (the paper's head, a pull quote inset in the column, the
      author's note), of 16;
    - a central SOE party committee's report on its study (a title on two lines, heads on three
      levels, `一是…；二是…`, the signature over the date), of 27;
    - a city's investment guide (a row of five key-figure boxes, two columns on part of a page,
      contact lines), of 25.
    Then rules from its errors (session 34, not blind since; no later batch measures them): a line
    opening a subject with `关于` is no byline, though it ends with a post (`…习近平总书记`), so a
    title on two such lines is one title; a newspaper page's code before a column's name
    (`A13　民意論壇`) leaves a kicker; a heading with no number over a table's unit line and rows is
    its caption. P 0.845, R 0.837 (492 of 582), kinds 0.976. Left: the key figures (a value over
    its label, after a subtitle: read as a table of label and value), the two columns, the pull
    quote, the table in pdfminer's and the layout mode's texts (the layout mode glues its numbers:
    `186,452.37148,326.5120.45`). Session 35: key figures after a subtitle (a label) are figures
    where more of their percentages stand with rates' names (`…增速`, `…强度`, layout cue
    rate_label_pattern) value-then-label than label-then-value: the guide 23/24 in PDFium's and
    PyMuPDF's texts. Since session 36 (a footer wider than the text with the page's number at its end is a running
    footer) the investment guide is 23 of 25 in the layout mode's text."""
    expected = {"a4_listed_company_annual_report_mdna_industry_table": dict(zip(EXTRACTORS, [(30, 30), (23, 34), (30, 30),
                                                                                             (30, 30), (23, 24), (30, 30)])),
                "a4_tw_daily_op_ed_inset_pull_quote_trad": dict(zip(EXTRACTORS, [(14, 16), (14, 18), (16, 18), (16, 18),
                                                                                 (9, 12), (12, 21)])),
                "a4_central_soe_party_committee_study_implementation_report": dict.fromkeys(EXTRACTORS, (27, 27)),
                "a4_city_investment_guide_two_column_key_figures": dict(zip(EXTRACTORS, [(23, 24), (18, 23), (23, 24), (20, 24),
                                                                                         (23, 25), (16, 20)]))}
    assert_block_scores(expected)


def test_forty_fourth_held_out_batch():
    """Four layouts made blind to the cleaner (session 34, by a helper who read neither the code nor
    its tests, its last checks made after its time ran out; asked for running text, one with a line
    chart and a box of key points) while the rules from the forty-third batch were written, scored
    with the code at the commit of those rules (414f706, the session's last cleaner) and left as
    they came, no rule written from them: P 0.904, R 0.945 (397 of 439 predicted, 420 gold), kinds
    of the right blocks 0.909; README.md describes them.
    - a provincial DRC's policy interpretation printed from its site (`发布时间：…　来源：…`, heads
      `一、` / `（一）`, a contact line), of 18;
    - a Macau university research centre's newsletter article in Traditional (masthead and issue, a
      photo caption, `作者簡介`), of 14: 14/14 in five texts;
    - a county people's congress standing committee's investigation report (a `——` subtitle, the
      group's byline, bold run-in leads), of 19: 19/19 in every text;
    - a bank's monthly macro note (a `核心观点` box of three points, a line chart drawn in the PDF
      with its axis labels and legend), of 19.
    Then one cue from its errors (session 34, after its blind score; no later batch measures it): a
    contact line `联系单位：…` is boilerplate, so the paragraph over it ends: the interpretation 18/18
    in four texts. Left then: its `发布时间：…　来源：…` line (a byline here, a dateline in this gold, a byline
    in another layout's with its view count), the chart's axis labels (read as a table), the key
    points (list items; a sidebar in this gold). Session 35 (rules written from no batch's errors but
    these): a value axis one tick a line by equal steps through 0 is no table's column, and the axis'
    unit alone (`%`) and a legend after the source note (pdfminer) are the chart's text: 19/19 in every
    text. Session 36: a row of labelled fields set apart (`发布时间：…　来源：…`) ends its line, so the
    layout mode's text parts the page's head from the first paragraph: 15 of 18 there."""
    expected = {"a4_provincial_drc_policy_interpretation_site_pdf": dict(zip(EXTRACTORS, [(18, 18)] * 4 + [(15, 18), (17, 22)])),
                "a4_macau_university_research_centre_newsletter_article_trad": dict(zip(EXTRACTORS, [(12, 13)]
                                                                                        + [(14, 14)] * 5)),
                "a4_county_congress_investigation_report_subtitled": dict.fromkeys(EXTRACTORS, (19, 19)),
                "a4_bank_monthly_macro_note_key_points_line_chart": dict(zip(EXTRACTORS, [(19, 19)] * 6))}
    assert_block_scores(expected)


def test_forty_fifth_held_out_batch():
    """Four layouts made blind to the cleaner (session 35, by a helper who read neither the code nor
    its tests; asked for running text: an application guide with a small grid, yearbook pages in two
    columns with run-in `【…】` entries, a Taiwan outlook report chapter with a table and a bar chart, a
    message board's reply printed from a browser) while session 35's rules from the forty-third and
    forty-fourth batches' Left were written, scored with the code at the commit of those rules
    (ca688f1) and left as they came: P 0.864, R 0.859 (464 of 537 predicted, 540 gold), kinds of
    the right blocks 0.849; README.md describes them.
    - a city science bureau's project application guide, of 24: 24/24 in every text;
    - a provincial yearbook's two pages in two columns, of 22: 22 of 23 in PDFium's, PyMuPDF's and
      pypdf's texts;
    - a Taiwan industry research institute's outlook report chapter in Traditional, of 25;
    - a leaders' message board's reply printed from a browser, of 19.
    Blind, the outlook report 24 or 25 of 25 (28 to 32 predicted) and the reply 13/15 everywhere.
    Then rules from its errors (session 35, not blind since; the forty-sixth batch measures them):
    pages numbered by chapter (`1-3`) are page numbers; a chart's unit in words over its axis
    (`萬輛`, layout cue axis_unit_pattern) is figure text; a message board's record lines
    (`留言对象：…`, `回复单位：…`) are bylines and their times (`留言时间：…`) datelines; `网友您好：`
    is a salutation; four characters after a surname are a name only as two names or under a
    two-character surname (`成果转化` is a heading); a title over a document's number is no issuer's
    mark unless it names a body; numbered paragraphs of one short sentence each, from 1., are a
    list: the report 25/25 and the reply 19/19 in every text."""
    expected = {"a4_city_science_bureau_project_application_guide": dict.fromkeys(EXTRACTORS, (24, 24)),
                "large16k_provincial_yearbook_two_column_entries": dict(zip(EXTRACTORS, [(22, 23), (11, 22), (22, 23), (22, 23),
                                                                                         (11, 16), (9, 15)])),
                "a4_tw_industry_institute_outlook_report_chapter_trad": dict.fromkeys(EXTRACTORS, (25, 25)),
                "a4_leaders_message_board_reply_web_print": dict.fromkeys(EXTRACTORS, (19, 19))}
    assert_block_scores(expected)


def test_forty_sixth_held_out_batch():
    """Four layouts made blind to the cleaner (session 35, by a helper who read neither the code nor
    its tests; asked for a government site's one-page explainer (一图读懂) with key figures and
    panels, a journal's literature review with author-year citations, first-page notes and
    references, a public fund's quarterly report excerpt with a table, a Taiwan research project's
    final report front pages) while the rules from the forty-fifth batch were written, scored with
    the code at the commit of those rules (07f6d66) and left as they came: P 0.900, R 0.914 (488 of
    542 predicted, 534 gold), kinds of the right blocks 0.889; README.md describes them.
    - the explainer printed from a browser, of 23: 13 to 20;
    - the literature review, of 25: 24 in every text;
    - the fund's quarterly report excerpt, of 21: 21/21 in PDFium's, the layout mode's and
      pdfplumber's texts;
    - the research project's final report front pages in Traditional, of 20: 20/20 in every text.
    Blind, the explainer 13 to 20 of 23, the review 24, the fund's excerpt 15 to 21.
    Then rules from its errors (session 35, not blind since; the forty-seventh batch measures them):
    a browser's stack (stamp, the page's title, its address) in a text that prints its page count
    is furniture though the page is printed alone (`1/1`); a point's number before words
    (`2.本期利润`) is no value in a table's cell; a journal's name alone over a later page's number
    and its name with the issue over the opening page's are running heads; `中文摘要` alone at a
    page's top is a heading, no pen name; a research project's cover lines (`計畫名稱：…`,
    `執行單位：…`) are bylines and its term (`執行期間：…`) a dateline."""
    expected = {"a4_gov_portal_one_chart_explainer_web_print": dict(zip(EXTRACTORS, [(14, 17)] + [(20, 21)] * 5)),
                "a4_economics_journal_literature_review_author_year": dict.fromkeys(EXTRACTORS, (25, 25)),
                "a4_public_fund_quarterly_report_excerpt": dict(zip(EXTRACTORS, [(21, 21), (15, 20)] + [(21, 21)] * 4)),
                "a4_tw_nstc_research_project_final_report_front_pages_trad": dict.fromkeys(EXTRACTORS, (20, 20))}
    assert_block_scores(expected)


def test_forty_seventh_held_out_batch():
    """Four layouts made blind to the cleaner (session 35, by a helper who read neither the code nor
    its tests; asked for a trade body's research article printed from its site with a key-points
    box and a table, a study group's speech material, an industrial park's annual report chapter in
    two columns with a table across them, a central bank branch's statistics release) while the
    rules from the forty-sixth batch were written, scored with the code at the commit of those
    rules (4b31a70) and left as they came: P 0.879, R 0.860 (459 of 522 predicted, 534 gold), kinds
    of the right blocks 0.911; README.md describes them.
    - the trade body's research article in Traditional, of 24: 16 to 22;
    - the study group's speech material, of 17: 16 in every text;
    - the park's report chapter in two columns, of 25: 24 in PDFium's, PyMuPDF's and pypdf's texts;
    - the central bank branch's release, of 23: 21 to 23.
    Blind, the article 16 to 22 of 24 and the release 23 of 25 predicted in PyMuPDF's and pypdf's texts.
    Then rules from its errors (session 35, not blind since; the forty-eighth batch measures them): a
    dated publication line (`發佈日期：2024年7月25日　作者：…`) is a dateline whatever follows the date,
    and a title's wrapped tail over it no signature; bulleted points under a summary's label
    (`重點`, `核心观点`, `投资要点`) are a sidebar; `表：…` without a number is a caption; notes numbered
    after their label (`注：1.` / `2.`) are footnotes each; a copyright line after its owner's name is
    boilerplate; Firefox's `第 1 页，共 2 页` marks a browser's stack: the article 24/24 in every text, the
    release 23/23 in four."""
    expected = {"a4_hktdc_research_article_key_points_table_web_print_trad": dict.fromkeys(EXTRACTORS, (24, 24)),
                "a4_provincial_study_group_seminar_speech_material": dict.fromkeys(EXTRACTORS, (16, 18)),
                "a4_industrial_park_annual_report_two_column_chapter": dict(zip(EXTRACTORS, [
                    (24, 25), (9, 23), (24, 25), (24, 25), (22, 25), (14, 23)])),
                "a4_pbc_provincial_branch_credit_statistics_release_web_print": dict(zip(EXTRACTORS, [
                    (22, 22)] + [(23, 23)] * 3 + [(21, 24), (23, 23)]))}
    assert_block_scores(expected)


def test_forty_eighth_held_out_batch():
    """Four layouts made blind to the cleaner (session 35, by a helper who read neither the code nor
    its tests; asked for a Macau government press release printed from its site with a photo's
    caption, a municipal statistics bureau's monthly analysis with two tables and notes, a
    university journal's first pages in two columns with first-page notes, a county government's
    work report excerpt with `——` points) while the rules from the forty-seventh batch were written,
    scored with the code at the commit of those rules (dea2353) and left as they came: P 0.833,
    R 0.829 (388 of 466 predicted, 468 gold), kinds of the right blocks 0.899; README.md describes
    them.
    - the Macau press release in Traditional, of 13: 11 in every text;
    - the statistics bureau's monthly analysis, of 25: 25/25 in PDFium's, the layout mode's and
      pdfplumber's texts;
    - the journal's two-column first pages, of 26: 8 to 23;
    - the county work report's plan excerpt, of 14: 12 in every text.
    Blind, the analysis 24 in PyMuPDF's and pypdf's texts, the journal 8 to 23 of 23 to 33 predicted.
    Then rules from its errors (session 35, not blind since; the forty-ninth batch measures them): a
    report's occasion line ends at its meeting (`…第五次会议上`), so the speaker's line under it is a
    byline of its own (two earlier work reports gained too); a bureau's name over a release's date
    and title is the issuer's byline though the title is not twice as long; a journal's masthead over
    an article's first page (volume and issue, name, month) is furniture; a body's name under the
    title over the date is a byline, though the pages' head prints the same words: the report 14/14
    and the analysis 25/25 in five texts. Session 36: a row of labelled fields set apart (`中图分类号：…
    文献标识码：…　文章编号：…`) ends its line: the journal 19 of 24 in the layout mode's text."""
    expected = {"a4_macau_gcs_news_release_photo_caption_web_print_trad": dict.fromkeys(EXTRACTORS, (11, 12)),
                "a4_municipal_statistics_bureau_monthly_economic_analysis": dict(zip(EXTRACTORS, [(25, 25), (18, 22)]
                                                                                     + [(25, 25)] * 4)),
                "a4_university_journal_two_column_article_first_pages": dict(zip(EXTRACTORS, [
                    (23, 26), (14, 27), (23, 25), (23, 25), (19, 24), (10, 24)])),
                "a4_county_government_work_report_2025_plan_excerpt": dict.fromkeys(EXTRACTORS, (14, 14))}
    assert_block_scores(expected)


def test_forty_ninth_held_out_batch():
    """Four layouts made blind to the cleaner (session 35, by a helper who read neither the code nor
    its tests, but for two score lines at the end of README.md seen by mistake after its layouts
    were built; asked for a science department's typical case under bracketed section labels, a
    Taiwan central bank's press release with a table of rates, a 12345 hotline's monthly analysis
    with a ranked list and a table, a university's lecture notice printed from its site) while the
    rules from the forty-eighth batch were written, scored with the code at the commit of those
    rules (c8f07e3) and left as they came: P 0.924, R 0.933 (459 of 497 predicted, 492 gold), kinds
    of the right blocks 0.930; README.md describes them.
    - the typical case, of 18: 18/18 in pypdf's two texts, 16 in the others';
    - the central bank's press release in Traditional, of 20: 19 in five texts;
    - the hotline's monthly analysis, of 25: 24 in five texts;
    - the lecture notice, of 19: 19/19 in five texts.
    Blind, the case 16 of 17 predicted in four texts, the release 19 of 21, the analysis 24 of 26.
    Then rules from its errors (session 35, not blind since; the fiftieth batch measures them):
    `编者按：` opens a paragraph of its own; a service's name over its report (`…热线` / `2024年7月运行分析
    报告`) is one title; a numbered line at the width that ends on a preposition (`…等對`) goes on
    into its paragraph: the case 18/18 everywhere, the release and the analysis all right in five
    texts."""
    expected = {"a4_provincial_science_department_tech_transfer_typical_case": dict.fromkeys(EXTRACTORS, (18, 18)),
                "a4_tw_central_bank_board_meeting_press_release_rates_table_trad": dict(zip(EXTRACTORS, [(20, 20), (15, 16)]
                                                                                            + [(20, 20)] * 4)),
                "a4_city_12345_hotline_monthly_analysis_report": dict(zip(EXTRACTORS, [(25, 25), (18, 23)] + [(25, 25)] * 4)),
                "a4_university_academic_lecture_notice_poster_web_print": dict(zip(EXTRACTORS, [(19, 19)] * 3 + [(18, 22)]
                                                                                   + [(19, 19)] * 2))}
    assert_block_scores(expected)


def test_fiftieth_held_out_batch():
    """Four layouts made blind to the cleaner (session 35, by a helper who read neither the code nor
    its tests; asked for a think tank's internal brief with a framed editor's note and its
    distribution lines, a Hong Kong think tank's survey press release with findings and a table, a
    university's WeChat article printed with photos and captions, a feasibility study's chapter with
    `3.1.1` heads and an investment table) while the rules from the forty-ninth batch were written,
    scored with the code at the commit of those rules (df7ca7d) and left as they came: P 0.910,
    R 0.863 (435 of 478 predicted, 504 gold), kinds of the right blocks 0.874; README.md describes
    them.
    - the internal brief, of 20: 18 to 20;
    - the survey press release in Traditional, of 24: 24/24 in pdfminer's, PyMuPDF's and pypdf's texts;
    - the WeChat article, of 17: 11 in every text;
    - the feasibility study's chapter, of 23: 23/23 in PDFium's, the layout mode's and pdfplumber's texts.
    Blind, the WeChat article 11 of 13 predicted. Then rules from its errors (session 35, not blind
    since; the fifty-first batch measures them): a press release's `即時發布`, `－完－` and `傳媒查詢：`
    and a brief's `内部参阅　注意保存` are boilerplate; a new-media article's credits (`文字：…　图片：…
    编辑：…　审核：…`) are a byline, its preview's `预览时标签不可点` boilerplate: the article 14 of 15
    predicted in every text. A rule from the fifty-first batch (session 36): the compiler's line and
    the date the extractor parted (`某某大学国家发展研究院编` / `2024年9月10日`) are one byline again:
    the brief 19 to 20 of 20. Session 36: the survey release's letterhead footer of address and contacts, wider than
    the text with the page's number at its end, is a running footer: 22 of 23 in PDFium's and pdfplumber's texts, 20
    of 21 in the layout mode's."""
    expected = {"a4_university_think_tank_internal_reference_brief_framed_note": dict(zip(EXTRACTORS, [
                    (20, 20), (20, 20), (19, 20), (20, 20), (20, 20), (20, 20)])),
                "a4_hk_think_tank_telephone_survey_press_release_trad": dict(zip(EXTRACTORS, [
                    (22, 23), (24, 24), (24, 24), (24, 24), (20, 21), (22, 23)])),
                "a4_university_official_wechat_account_article_photos_print": dict.fromkeys(EXTRACTORS, (14, 15)),
                "a4_feasibility_study_report_chapter_investment_estimate": dict(zip(EXTRACTORS, [
                    (23, 23), (17, 18), (18, 25), (18, 25), (23, 23), (23, 23)]))}
    assert_block_scores(expected)


def test_fifty_first_held_out_batch():
    """Four layouts made blind to the cleaner (session 35, by a helper who read neither the code nor
    its tests, but for one score line of the fiftieth batch's rules seen in a diff of README.md;
    asked for a provincial congress committee's law enforcement inspection report, a Taiwan
    association's magazine feature in two columns with a pull quote, a securities firm's company
    note with a rating line and a forecast table, a county's work briefing of short credited items)
    while nothing was written, scored with the session's last cleaner (875ce52, the fiftieth
    batch's rules) and left as they came: P 0.885, R 0.880 (438 of 495 predicted, 498 gold), kinds
    of the right blocks 0.920; README.md describes them.
    - the inspection report, of 22: 21 in every text (23 predicted);
    - the magazine feature in two columns, in Traditional, of 19: 18 in four texts, 7 and 12 where
      the columns are interleaved (pdfplumber, pdfminer);
    - the company note, of 21: 15 to 19;
    - the work briefing, of 21: 21/21 in PDFium's, the layout mode's and pdfplumber's texts.
    Then one cue from its errors (session 35, after its blind score; no later batch measures it): a
    title's subject may follow its body's name on the first of its two lines (`省人大常委会执法检查组关于
    检查` / `《…》实施情况的报告`): the inspection report 22/22 in every text. Then rules from its errors
    (session 36; the fifty-second batch measures them): a row of labelled fields set apart
    (`投资评级：买入（维持）　目标价格：…`) ends its line, and an analyst's line with the licence number
    after its label is a byline: the company note 21/21 in five texts; a supplier's credit in brackets
    (`（石桥镇供稿）`) is a source note, and the compiler's line and the date parted by the extractor are
    one byline: the work briefing 21/21 in every text."""
    expected = {"a4_provincial_congress_law_enforcement_inspection_report": dict.fromkeys(EXTRACTORS, (22, 22)),
                "a4_tw_machinery_association_magazine_two_column_feature_trad": dict(zip(EXTRACTORS, [
                    (18, 20), (12, 19), (18, 20), (18, 20), (18, 20), (7, 16)])),
                "a4_securities_company_update_note_forecast_table": dict(zip(EXTRACTORS, [
                    (21, 21), (21, 21), (21, 21), (20, 24), (21, 21), (21, 21)])),
                "a4_county_rural_revitalisation_work_briefing": dict.fromkeys(EXTRACTORS, (21, 21))}
    assert_block_scores(expected)


def test_fifty_second_held_out_batch():
    """Four layouts made blind to the cleaner (session 36, by a helper who read neither the code nor
    its tests; asked for a city science bureau's reply to a CPPCC member's proposal, a Hong Kong
    listed company's annual results announcement in Traditional with its exchange's disclaimer and a
    highlights table, an enterprise's typical-case application form printed from Word with a grid of
    label and value cells, a Taiwan industrial technology white paper's chapter with `3.1.1` heads, a
    figure, a table and footnotes) while the fifty-first batch's rules were written, scored with the
    code at the commit of those rules (5ec8263) and left as they came: P 0.815, R 0.825 (480 of 589
    predicted, 582 gold), kinds of the right blocks 0.804; README.md describes them.
    - the proposal reply, of 17: 16 in every text;
    - the results announcement in Traditional, of 29: 21 to 24;
    - the application form, of 23: 16 in PDFium's and pdfplumber's texts, 13 in the others';
    - the white paper's chapter in Traditional, of 28: 27 or 28 in every text.
    Then rules from its errors (session 36, not blind since; the fifty-third batch measures them): a
    paper's disclosure mark (`公开方式：主动公开`) is boilerplate, so the reply's two title lines are
    one title: 17/17 in every text; a Hong Kong announcement's exchange disclaimer, `承董事會命` and
    the board's make-up are boilerplate, the company's name over its English name, where it was
    incorporated and its stock code bylines, `香港，…` with a date a dateline, the signer's company
    over the role and name a byline, and rows of values with no caption a table that ends with
    them: the announcement 27 of 29 in PDFium's, the layout mode's and pdfplumber's texts (left: a
    paragraph that ends a page at the width, read on into the next page's first); an application
    form's cover fields (`申报单位（盖章）：…`) bylines, `填报日期：…` a dateline, `…厅制` a byline and
    `…申报书` its title's kind: the form 17 to 20 (left: its grid of labels and values)."""
    expected = {"a4_city_science_bureau_cppcc_proposal_reply_letter": dict.fromkeys(EXTRACTORS, (17, 17)),
                "a4_hk_listed_company_annual_results_announcement_trad": dict(zip(EXTRACTORS, [
                    (27, 28), (21, 28), (22, 26), (22, 26), (27, 28), (27, 28)])),
                "a4_enterprise_new_quality_productive_forces_typical_case_application_form": dict(zip(EXTRACTORS, [
                    (20, 24), (17, 27), (17, 29), (17, 29), (17, 28), (20, 23)])),
                "a4_tw_industrial_technology_white_paper_chapter_trad": dict(zip(EXTRACTORS, [
                    (27, 28), (28, 29), (27, 28), (27, 28), (28, 29), (28, 29)]))}
    assert_block_scores(expected)


def test_fifty_third_held_out_batch():
    """Four layouts made blind to the cleaner (session 36, by a helper who read neither the code nor
    its tests; asked for a Macau Legislative Assembly standing committee's opinion on a bill in
    Traditional, a city CPPCC's public opinion information bulletin, an expert's written opinion
    for a Taiwan Legislative Yuan public hearing in Traditional, an economics journal article's last
    pages with its references and English abstract) while the fifty-second batch's rules were
    written, scored with the code at the commit of the last of them (c3e18c6) and left as they came:
    P 0.895, R 0.900 (443 of 495 predicted, 492 gold), kinds of the right blocks 0.889; README.md
    describes them.
    - the committee's opinion, of 24: 23 in five texts (22 in the layout mode's);
    - the opinion bulletin, of 14: 14/14 in PDFium's and pdfplumber's texts, 11 to 13 in the others';
    - the hearing's written opinion, of 20: 20/20 in every text;
    - the journal's last pages, of 24: 18 in every text (23 predicted).
    Then rules from its errors (session 36, not blind since; the fifty-fourth batch measures them): an
    opinion's number (`第2/VII/2024號意見書`) is a byline, a date in Chinese numerals before `於` and a
    place a dateline, a post with its holders' names (`秘書　梁某某`) a byline; a numbered paragraph's
    first line at the width with no sentence end, its siblings numbered paragraphs, goes on into the
    paragraph (the opinion 24/24 in five texts); a body's name and a date on one line before any
    paragraph is a byline, `反映人：…` a byline (the bulletin 14/14 in three texts; left: its masthead,
    the title in this gold where a bulletin holds several items, a byline where it holds one piece,
    and pdfminer's line parted from its date); a numbered reference list ends at a line that opens
    no entry and holds no year, page or type mark (the journal 23 of 24 in every text; left: its two
    running heads, each on one page with its page number)."""
    expected = {"a4_macau_legislative_assembly_standing_committee_opinion_trad": dict(zip(EXTRACTORS, [
                    (24, 24), (24, 24), (24, 24), (24, 24), (22, 26), (24, 24)])),
                "a4_city_cppcc_social_and_public_opinion_information_bulletin": dict(zip(EXTRACTORS, [
                    (14, 14), (13, 15), (13, 15), (13, 15), (14, 14), (14, 14)])),
                "a4_tw_legislative_yuan_public_hearing_expert_written_opinion_trad": dict.fromkeys(EXTRACTORS, (20, 20)),
                "a4_economics_journal_article_last_pages_references_english_abstract": dict.fromkeys(EXTRACTORS,
                                                                                                   (23, 27))}
    assert_block_scores(expected)


def test_fifty_fourth_held_out_batch():
    """Four layouts made blind to the cleaner (session 36, by a helper who read neither the code nor
    its tests; asked for an intermediate people's court's civil judgment on a patent dispute, a
    provincial tax service's guide to tax incentives for innovation with bracketed labels, a Taiwan
    listed company's report to shareholders in Traditional, a university's technology achievement
    sheets of labelled fields) while the fifty-third batch's rules were written, scored with the
    code at the commit of those rules (64cd933) and left as they came: P 0.921, R 0.940 (592 of 643
    predicted, 630 gold), kinds of the right blocks 0.784; README.md describes them.
    - the civil judgment, of 26: 26/26 in five texts (24 of 25 in pdfminer's);
    - the tax incentives guide, of 26: 24 in every text (27 predicted);
    - the report to shareholders in Traditional, of 23: 20 to 22 (16 in pdfminer's);
    - the achievement sheets, of 30: 28 to 30.
    Then rules from its errors (session 36, not blind since; the fifty-fifth batch measures them): a
    court's name over the document's kind (`民事判决书`, cue document_kind_pattern) is the issuer's
    byline and the kind the title, the case number a byline, the judges and the clerk by their posts
    bylines (kinds 21 -> 26 of 26); a body's name and a month on one line a byline, lines numbered 1.,
    2., … that each name a document in 《》 a list, a line that closes a bracket it did not open no
    running head, and a note's date keeps its month (it was taken for the note's label): the guide
    25 of 26 (left: its note's two lines, the first wider than the text); a table's rows end at a
    subhead `（三）…`, the officers' line `董事長：…　經理人：…` a byline: the report 23/23 in three texts;
    a footer of contacts wider than the text with the page's number at its end a running footer:
    the sheets 30/30 in PDFium's and pdfplumber's texts (left: the achievements' labelled fields,
    list items here and paragraphs in the gold)."""
    expected = {"a4_intermediate_court_invention_patent_civil_judgment_excerpt": dict(zip(EXTRACTORS, [
                    (26, 26), (24, 25), (26, 26), (26, 26), (26, 26), (26, 26)])),
                "a4_provincial_tax_service_innovation_tax_incentives_guide": dict.fromkeys(EXTRACTORS, (25, 27)),
                "a4_tw_listed_company_annual_report_letter_to_shareholders_trad": dict(zip(EXTRACTORS, [
                    (23, 23), (16, 27), (22, 25), (22, 25), (23, 23), (23, 23)])),
                "a4_university_technology_achievements_promotion_sheets": dict(zip(EXTRACTORS, [
                    (30, 30), (30, 32), (30, 32), (30, 32), (28, 30), (30, 30)]))}
    assert_block_scores(expected)


def test_fifty_fifth_held_out_batch():
    """Four layouts made blind to the cleaner (session 36, by a helper who read neither the code nor
    its tests, but for a fragment of one score line seen at the end of README.md after the layouts
    were made; asked for a county official's annual personal work report, a high court's release
    of typical intellectual property cases with bracketed labels, a Hong Kong budget speech's
    section in Traditional with paragraphs numbered in the nineties, a city people's congress
    deputy's suggestion) while the fifty-fourth batch's rules were written, scored with the code at
    the commit of those rules (f391c7a) and left as they came: P 0.976, R 0.959 (443 of 454
    predicted, 462 gold), kinds of the right blocks 0.880; README.md describes them.
    - the work report, of 21: 21/21 in pypdf's and the layout mode's texts, 19 in the others';
    - the typical cases, of 22: 22/22 in every text;
    - the budget speech in Traditional, of 16: 16/16 in five texts (15 of 17 in PyMuPDF's);
    - the deputy's suggestion, of 18: 18/18 in the layout mode's text, 16 of 17 in the others'.
    Then rules from its errors (session 36, not blind since; the fifty-sixth batch, made while they
    were written, measures them): points that open with an ordinal (`一是…；`) are a list's items as
    numbered points are, `以上报告，请予评议。` a closing formula (the work report 21/21 in every
    text); a numbered line that leads into a list, a clause before its colon, a paragraph (the budget
    speech's kinds); the deputies' lines (`领衔代表：…`) bylines, and a label alone (`建议：`) after a
    sentence's end a heading (the suggestion 18/18 in every text)."""
    expected = {"a4_county_deputy_magistrate_annual_personal_work_report": dict.fromkeys(EXTRACTORS, (21, 21)),
                "a4_high_court_sci_tech_ip_typical_cases_release": dict.fromkeys(EXTRACTORS, (22, 22)),
                "a4_hk_budget_speech_innovation_section_trad": dict(zip(EXTRACTORS, [
                    (16, 16), (16, 16), (15, 17), (16, 16), (16, 16), (16, 16)])),
                "a4_city_congress_deputy_suggestion_concept_verification": dict.fromkeys(EXTRACTORS, (18, 18))}
    assert_block_scores(expected)


def test_fifty_sixth_held_out_batch():
    """Four layouts made blind to the cleaner (session 36, by a helper who read neither the code nor
    its tests; asked for a local standard's drafting explanation, a Taiwan ministry's general
    explanation of a draft amendment in Traditional with its article comparison table, a county's
    annual report on government information disclosure with the mandated form, a city's decision
    on science and technology awards with its lists) while the fifty-fifth batch's rules were
    written, scored with the code after them (dd563cc) and left as they came: P 0.611, R 0.679 (330
    of 540 predicted, 486 gold), kinds of the right blocks 0.900; README.md describes them.
    - the standard's drafting explanation, of 22: 19 to 21;
    - the amendment's explanation in Traditional, of 13: 7 or 8 (20 to 32 predicted: the comparison
      table's cells of many lines);
    - the disclosure report, of 24: 24/24 in PDFium's, the layout mode's and pdfplumber's texts, 17 in
      the others';
    - the awards decision, of 22: 7 to 9 (each award's name, units and people on three lines, one
      item in the gold).
    Then one rule from its errors (session 36, not blind since; no later batch measures it): an
    official document's addressees (`各区人民政府，市政府各部门、各直属机构：`, cue salutation_pattern) stand
    on a line of their own, though the award lists drew the wrap width down to the line's: the
    decision 8 to 11. Left: the award items (a wrap width drawn down by the lists runs their lines
    together), the comparison table's cells, the disclosure form in pdfminer's, PyMuPDF's and
    pypdf's texts."""
    expected = {"a4_provincial_local_standard_draft_for_comments_drafting_explanation": dict(zip(EXTRACTORS, [
                    (19, 22), (19, 22), (19, 22), (21, 23), (21, 23), (19, 22)])),
                "a4_tw_ministry_statute_partial_amendment_draft_general_explanation_trad": dict(zip(EXTRACTORS, [
                    (7, 28), (7, 27), (7, 31), (8, 32), (8, 20), (8, 20)])),
                "a4_county_government_information_disclosure_annual_report": dict(zip(EXTRACTORS, [
                    (24, 24), (17, 24), (17, 21), (17, 21), (24, 24), (24, 24)])),
                "a4_city_government_science_and_technology_awards_decision": dict(zip(EXTRACTORS, [
                    (8, 18), (8, 18), (8, 18), (8, 18), (11, 21), (8, 18)]))}
    assert_block_scores(expected)
