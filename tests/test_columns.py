"""clean/columns.py: two columns set side by side on each line (layout-mode extraction) read one
after the other. The cases are written by hand, in the shapes of tests/gold/pdf_layouts/pypdf_layout."""
from __future__ import annotations

from nqp_corpus.clean.columns import unzip_columns
from nqp_corpus.clean.lines import split_lines


def texts(text: str) -> list[str]:
    return [line.text for line in unzip_columns(split_lines(text))]


def page(n: int, first: int = 0, gutter: int = 4) -> list[str]:
    """n rows: a left piece of 10 characters, the gutter, a right piece."""
    return [f"左栏第{first + i:02d}行的内容     "[:10] + " " * gutter + f"右栏第{first + i:02d}行的内容" for i in range(n)]


def test_a_page_of_two_columns_is_read_left_then_right():
    out = texts("\n".join(page(6)))
    assert out == [f"左栏第{i:02d}行的内容" for i in range(6)] + [f"右栏第{i:02d}行的内容" for i in range(6)]


def test_each_page_is_a_region_of_its_own():
    """Two empty lines (a page's bottom margin) end a region: the first page's right column comes
    before the second page's left one."""
    out = texts("\n".join(page(5) + ["", ""] + page(5, first=5)))
    assert [t[:5] for t in out if t] == ["左栏第00", "左栏第01", "左栏第02", "左栏第03", "左栏第04",
                                         "右栏第00", "右栏第01", "右栏第02", "右栏第03", "右栏第04",
                                         "左栏第05", "左栏第06", "左栏第07", "左栏第08", "左栏第09",
                                         "右栏第05", "右栏第06", "右栏第07", "右栏第08", "右栏第09"]


def test_lines_with_one_column_only_stay_in_their_column():
    """A left piece alone (its paragraph's last line, short) and a right piece alone (the left
    column ended higher up) are read in their own column."""
    rows = page(6)
    rows[2] = "左栏短行。"
    rows.append(" " * 14 + "右栏的最后一行")
    out = texts("\n".join(rows))
    assert out[:6] == ["左栏第00行的内容", "左栏第01行的内容", "左栏短行。", "左栏第03行的内容", "左栏第04行的内容",
                       "左栏第05行的内容"]
    assert out[6:] == ["右栏第00行的内容", "右栏第01行的内容", "右栏第03行的内容", "右栏第04行的内容", "右栏第05行的内容",
                       "右栏的最后一行"]


def test_a_right_piece_keeps_its_first_line_indent():
    rows = page(6)
    rows[3] = rows[3].replace("右栏", "   新段", 1)
    out = texts("\n".join(rows))
    assert "   新段第03行的内容" in out


def test_a_left_piece_run_into_the_gutter_stays_whole_in_the_left_column():
    """Letters and digits take a cell each but print narrow, so the left piece can fill the gutter;
    between two rows of the region the line is read whole in the left column."""
    rows = page(6)
    rows[3] = "为New Quality Force这一再次，右栏的内容"
    out = texts("\n".join(rows))
    assert out.index(rows[3]) == 3 and out[6:] == [f"右栏第{i:02d}行的内容" for i in (0, 1, 2, 4, 5)]


def test_tables_and_plain_text_are_left_alone():
    """Rows of a label and a number have no Han text right of the gap; fewer than five rows side
    by side are a form, not columns; a term and its explanation side by side are a table (the
    labels stop far short of the gutter); plain text has no gutter at all (the same list comes back)."""
    table = "\n".join(f"指标{i}      {2020 + i}      {i}.5%" for i in range(8))
    assert texts(table) == table.split("\n")
    short = "\n".join(page(4))
    assert texts(short) == short.split("\n")
    glossary = "\n".join(f"术语{i}        对第{i}个术语的解释，写满右边一栏的宽度。" for i in range(8))
    assert texts(glossary) == glossary.split("\n")  # short labels: a table of two columns
    lines = split_lines("一段话。\n第二段话，没有栏。")
    assert unzip_columns(lines) is lines


def test_a_full_width_line_ends_the_region():
    rows = page(5) + ["通栏的一行文字，跨过两栏之间的空白，一直到右边。", "下一段。"]
    out = texts("\n".join(rows))
    assert out[10:] == ["通栏的一行文字，跨过两栏之间的空白，一直到右边。", "下一段。"]
