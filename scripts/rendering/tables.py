"""Tables that a phone can read. On a narrow screen a table of three columns or more is shown as stacked rows
(docs/stylesheets/site.css): each cell on its own line, after its column's header. CSS cannot read a header
cell from a data cell, so the build marks such a table (`data-stack`), writes each column's header into its
cells (`data-label`), and marks the
cells of a column that holds only citation marks (`data-cite`: the sources of the value before it, shown on
the same line as that value). Tables written by hand in Markdown and generated ones are treated alike.
Wide screens see the same tables as before.
"""
from __future__ import annotations

import html
import re

from scripts.common.html_text import visible_text

TABLE = re.compile(r"<table\b[^>]*>.*?</table>", re.DOTALL)
HEADER_CELL = re.compile(r"<th\b[^>]*>(.*?)</th>", re.DOTALL)
BODY = re.compile(r"<tbody\b[^>]*>.*?</tbody>", re.DOTALL)
ROW = re.compile(r"<tr\b[^>]*>.*?</tr>", re.DOTALL)
CELL = re.compile(r"<td\b([^>]*)>(.*?)</td>", re.DOTALL)
# a citation mark: a footnote reference (scripts/generate/citations.py), nothing else
CITATION_MARK = re.compile(r'<sup\b[^>]*>\s*<a class="footnote-ref"[^>]*>[^<]*</a>\s*</sup>')
MIN_COLUMNS = 3  # two columns fit a phone side by side


def _citations_only(cell: str) -> bool | None:
    """True for citation marks alone, None for an empty cell, False for anything else."""
    if not cell.strip():
        return None
    return not CITATION_MARK.sub("", cell).strip()


def _label(table: str) -> str:
    head = table.split("<tbody", 1)[0]
    headers = [visible_text(cell) for cell in HEADER_CELL.findall(head)]
    body = BODY.search(table)
    if len(headers) < MIN_COLUMNS or body is None or "colspan" in table or "rowspan" in table:
        return table
    rows = [CELL.findall(row) for row in ROW.findall(body.group(0))]
    if any(len(cells) != len(headers) for cells in rows):
        return table
    kinds = [{_citations_only(cells[i][1]) for cells in rows} - {None} for i in range(len(headers))]
    cite = [i > 0 and kind == {True} for i, kind in enumerate(kinds)]

    def label_row(row: re.Match) -> str:
        column = iter(range(len(headers)))

        def label_cell(cell: re.Match) -> str:
            i = next(column)
            extra = f' data-label="{html.escape(headers[i])}"' + (" data-cite" if cite[i] else "")
            return f"<td{cell.group(1)}{extra}>{cell.group(2)}</td>"

        return CELL.sub(label_cell, row.group(0))

    labelled = ROW.sub(label_row, body.group(0))
    return "<table data-stack" + table[len("<table"): body.start()] + labelled + table[body.end():]


def label_cells(content: str) -> str:
    """Every table of a page's rendered content with its cells labelled (see the module's docstring)."""
    if "<table" not in content:
        return content
    return TABLE.sub(lambda match: _label(match.group(0)), content)
