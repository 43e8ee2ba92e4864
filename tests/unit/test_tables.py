"""Table cells labelled with their column's header for the phone's stacked rows (scripts/rendering/tables.py), and
citation marks in a row kept together (scripts/rendering/citation_groups.py)."""
import markdown

from scripts.rendering.citation_groups import group_citations
from scripts.rendering.tables import label_cells


def rendered(source: str) -> str:
    return markdown.markdown(source, extensions=["tables"])


CITE = '<sup id="fnref:a"><a class="footnote-ref" href="#fn:a">1</a></sup>'
REPEAT = '<sup class="footnote-repeat"><a class="footnote-ref" href="#fn:b">2</a></sup>'


def test_cells_get_their_header_and_a_column_of_citations_is_marked():
    table = rendered(f"| Số hiệu | Văn bản <b>&amp;</b> \"tên\" | Nguồn |\n|---|---|---|\n"
                     f"| 21-KL/TW | [Kết luận](x.md) | {CITE}{REPEAT} |\n| 37-QĐ/TW | Quy định |  |\n")
    out = label_cells("<p>before</p>\n" + table + "\n<p>after</p>")
    assert out.startswith("<p>before</p>\n<table data-stack>") and out.endswith("<p>after</p>")
    assert '<td data-label="Số hiệu">21-KL/TW</td>' in out
    assert '<td data-label="Văn bản &amp; &quot;tên&quot;">' in out  # the header's text, escaped
    assert f'<td data-label="Nguồn" data-cite>{CITE}{REPEAT}</td>' in out
    assert '<td data-label="Nguồn" data-cite></td>' in out
    assert "<th>Số hiệu</th>" in out  # the header row as it was


def test_a_column_with_words_beside_its_citations_is_not_a_citation_column():
    table = rendered(f"| A | B | C |\n|---|---|---|\n| 1 | 2 | {CITE} |\n| 1 | 2 | text{CITE} |\n")
    out = label_cells(table)
    assert "data-cite" not in out and out.count('data-label="C"') == 2


def test_narrow_and_irregular_tables_stay_as_they_are():
    two_columns = rendered("| Tiếng Việt | English |\n|---|---|\n| Đảng | Party |\n")
    assert label_cells(two_columns) == two_columns
    spanning = ('<table><thead><tr><th>a</th><th>b</th><th>c</th></tr></thead>'
                '<tbody><tr><td colspan="3">x</td></tr></tbody></table>')
    assert label_cells(spanning) == spanning
    no_head = "<table><tbody><tr><td>a</td><td>b</td><td>c</td></tr></tbody></table>"
    assert label_cells(no_head) == no_head
    assert label_cells("<p>no table</p>") == "<p>no table</p>"


def test_rows_with_attributes_and_several_tables():
    finder = ('<table>\n<thead><tr><th scope="col">A</th><th scope="col">B</th><th scope="col">C</th></tr></thead>\n'
              '<tbody>\n<tr data-type="x" data-text="a b"><td>1</td><td align="right">2</td><td>3</td></tr>\n</tbody>\n</table>')
    out = label_cells(finder + "\n" + finder)
    assert out.count("<table data-stack>") == 2
    assert '<tr data-type="x" data-text="a b"><td data-label="A">1</td><td align="right" data-label="B">2</td>' in out


def test_citation_marks_in_a_row_are_one_group_and_a_single_mark_stays_as_it_is():
    text = f"<p>One{CITE}, two{CITE}{REPEAT} and three{CITE}{REPEAT}{CITE}.</p>"
    out = group_citations(text)
    assert out == (f'<p>One{CITE}, two<span class="citations">{CITE}{REPEAT}</span> and three'
                   f'<span class="citations">{CITE}{REPEAT}{CITE}</span>.</p>')
    assert group_citations(out.replace('<span class="citations">', "").replace("</span>", "")) == out
