"""Diagrams drawn at build time as inline SVG (no script, nothing fetched): the relation diagram of a
document page ("Lược đồ") and the campaign timeline chart. Both are one narrow column (a 360-unit wide
viewBox), so they stay readable on a phone; colours come from the theme (site.css) and print black on white.

An SVG's text scales with the drawing, not with the reader's text size, and a narrow column (a phone, or
large text beside the sidebars) caps the drawing's width: each diagram is drawn twice, the second time with
the same font sizes in a narrower viewBox (LARGE_TEXT_WIDTH), laid out again (more lines, taller boxes).
When the reader has chosen a larger text size (reading controls) in a column narrower than the drawing's
full width (site.css says where), site.css shows that drawing instead, in a column as much narrower as its
viewBox, so its text is about as large as the page's; the default size and paper keep the first one.

Links inside the SVG are HTML, not Markdown, so they are computed here from the pages' published
addresses; pages of one language sit in the same folders (`/van-ban/x/`, `/en/van-ban/x/`), so a relative
link is the same in both languages. A text alternative comes with each drawing: <title>, <desc> and a
caption that points to the table holding the same facts. The figures are left out of the search index
(`data-search-exclude`): the tables next to them hold the same words, which would otherwise count twice.
"""
from __future__ import annotations

import bisect
import html
import unicodedata

from scripts.catalogue import Catalogue, Document, PartialDate
from scripts.common.labels import keys, label, text
from scripts.common.pages import href
from scripts.common.slugs import slugify

WIDTH = 360
LARGE_TEXT_WIDTH = 200  # the drawing shown for a larger text size in a narrow column (site.css: 22rem × 200 / 360)
MARGIN = 8
NARROW = set("iljtfr.,:;'’!|()[] -/Iíìỉĩị")
WIDE = set("mwMW@%")


# --------------------------------------------------------------------------------------------------
# Text and links


def escape(value: str) -> str:
    return html.escape(value, quote=True)


def text_width(value: str, size: float, bold: bool = False) -> float:
    """A generous estimate of the rendered width of `value` in a sans-serif font of `size` units."""
    width = 0.0
    for char in value:
        base = unicodedata.normalize("NFD", char)[0]
        if base in NARROW:
            width += 0.32
        elif base in WIDE:
            width += 0.86
        elif base.isupper() or base.isdigit():
            width += 0.66
        else:
            width += 0.56
    return width * size * (1.07 if bold else 1.0)


def wrap(value: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Greedy word wrap into lines no wider than `width`; a word longer than a line is cut."""
    lines: list[str] = []
    line = ""
    for word in value.split():
        candidate = f"{line} {word}" if line else word
        if text_width(candidate, size, bold) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while text_width(word, size, bold) > width:
            cut = max(1, next(i for i in range(len(word), 0, -1) if text_width(word[:i], size, bold) <= width))
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines or [""]






def svg_open(css_class: str, height: float, title_id: str, desc_id: str, title: str, desc: str,
             width: int = WIDTH) -> list[str]:
    """The opening of a drawing; the one for large text (`width` LARGE_TEXT_WIDTH) has ids of its own."""
    if width != WIDTH:
        css_class, title_id, desc_id = f"{css_class} diagram-large", f"{title_id}-large", f"{desc_id}-large"
    return [f'<svg class="{css_class}" viewBox="0 0 {width} {height:.0f}" width="{width}" height="{height:.0f}" '
            f'xmlns="http://www.w3.org/2000/svg" aria-labelledby="{title_id}" aria-describedby="{desc_id}">',
            f'<title id="{title_id}">{escape(title)}</title>',
            f'<desc id="{desc_id}">{escape(desc)}</desc>']


def text_line(x: float, y: float, value: str, css_class: str, size: float, bold: bool = False,
              anchor: str = "start", element_id: str | None = None) -> str:
    weight = ' font-weight="700"' if bold else ""
    own_id = f' id="{escape(element_id)}"' if element_id else ""
    return (f'<text{own_id} x="{x:.1f}" y="{y:.1f}" class="{css_class}" font-size="{size}"{weight} fill="#000"'
            + (f' text-anchor="{anchor}"' if anchor != "start" else "") + f">{escape(value)}</text>")


def date_text(doc: Document, lang: str) -> str:
    return doc.date.value.format(lang) if doc.date.known else text("date_unknown", lang)


# --------------------------------------------------------------------------------------------------
# Relation diagram of one document

RAIL_X = 18
BOX_X = 34
PAD = 8
TITLE_SIZE, TITLE_LINE = 14, 18
SMALL_SIZE, SMALL_LINE = 12, 16
GROUP_SIZE = 13
ARROW = ('<defs><marker id="{id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" '
         'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="rd-arrowhead" fill="#555"/></marker></defs>')


def _box(x: float, y: float, width: float, title: str, small: list[str], title_size: float, bold: bool,
         css: str, stroke: str = 'stroke="#555"') -> tuple[list[str], float]:
    """A box with a wrapped title and small lines; returns (SVG lines, height)."""
    inner = width - 2 * PAD
    title_lines = wrap(title, inner, title_size, bold)
    small_lines = [line for value in small for line in wrap(value, inner, SMALL_SIZE)]
    line_height = title_size + 4
    height = 2 * PAD + len(title_lines) * line_height + len(small_lines) * SMALL_LINE - 3
    out = [f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{height:.1f}" rx="4" class="{css}" '
           f'fill="#fff" {stroke}/>']
    baseline = y + PAD + title_size
    for line in title_lines:
        out.append(text_line(x + PAD, baseline, line, "rd-name", title_size, bold))
        baseline += line_height
    baseline += SMALL_LINE - line_height
    for line in small_lines:
        out.append(text_line(x + PAD, baseline, line, "rd-muted", SMALL_SIZE))
        baseline += SMALL_LINE
    return out, height


def relation_groups(doc: Document, catalogue: Catalogue, lang: str) -> tuple[list, list]:
    """[(relation label, [documents])] above (what the document names) and below (what names it)."""
    above = [(label("relations", kind, lang), [catalogue.documents[r.target] for r in doc.relations if r.kind == kind])
             for kind in keys("relations")]
    incoming = catalogue.incoming(doc.id)
    below = [(label("inverse_relations", kind, lang),
              [catalogue.documents[r.stated_by] for r in sorted(incoming, key=lambda r: r.stated_by) if r.kind == kind])
             for kind in keys("relations")]
    return [g for g in above if g[1]], [g for g in below if g[1]]


def _groups(groups, doc: Document, catalogue: Catalogue, lang: str, y: float,
            width: int) -> tuple[list[str], list[float], float]:
    """Draw groups of linked boxes from `y` in a drawing `width` wide; returns (SVG lines, middle of each box,
    new y)."""
    out, middles = [], []
    for relation, docs in groups:
        for line in wrap(relation, width - MARGIN - BOX_X, GROUP_SIZE, bold=True):  # long names take lines
            y += GROUP_SIZE + 2
            out.append(text_line(BOX_X, y, line, "rd-relation", GROUP_SIZE, bold=True))
        y += 6
        for other in docs:
            title = catalogue.title(other.path, lang)
            box, height = _box(BOX_X, y, width - MARGIN - BOX_X, title, [date_text(other, lang)], TITLE_SIZE,
                               False, "rd-box")
            name = text("diagram_aria_link", lang, relation=relation, title=title)
            out.append(f'<a href="{escape(href(doc.path, other.path))}" class="rd-link">'
                       f'<title>{escape(name)}</title>' + "".join(box) + "</a>")
            middles.append(y + height / 2)
            y += height + 6
        y += 8
    return out, middles, y


def relation_diagram(doc: Document, catalogue: Catalogue, lang: str, width: int = WIDTH) -> str:
    """The document in the middle; what it names above, what names it below; each other box a link."""
    above, below = relation_groups(doc, catalogue, lang)
    title = catalogue.title(doc.path, lang)
    body: list[str] = []
    y = MARGIN
    up, up_middles, y = _groups(above, doc, catalogue, lang, y, width)
    body += up
    if above:
        y += 6
    centre_top = y
    issuer = label("issuers", doc.issuer.value, lang) if doc.issuer.known else text("unknown", lang)
    body.append(text_line(MARGIN + PAD, y + SMALL_SIZE, text("diagram_here", lang), "rd-muted", SMALL_SIZE))
    y += SMALL_LINE + 2
    centre, height = _box(MARGIN, y, width - 2 * MARGIN, title, [date_text(doc, lang), issuer], 16, True,
                          "rd-centre", 'stroke="#000" stroke-width="2.5"')
    body += centre
    centre_bottom = y + height
    y = centre_bottom + (14 if below else 0)
    down, down_middles, y = _groups(below, doc, catalogue, lang, y, width)
    body += down
    arrow = "rd-arrow" if width == WIDTH else "rd-arrow-large"
    lines = []
    if up_middles:  # from the centre up the rail, then an arrow into each box it names
        lines.append(f'<path d="M{RAIL_X},{centre_top} V{min(up_middles):.1f}" class="rd-line" fill="none" stroke="#555"/>')
        lines += [f'<path d="M{RAIL_X},{m:.1f} H{BOX_X - 1}" class="rd-line" fill="none" stroke="#555" '
                  f'marker-end="url(#{arrow})"/>' for m in up_middles]
    if down_middles:  # from each box that names it to the rail, then one arrow up into the centre
        lines += [f'<path d="M{BOX_X},{m:.1f} H{RAIL_X}" class="rd-line" fill="none" stroke="#555"/>' for m in down_middles]
        lines.append(f'<path d="M{RAIL_X},{max(down_middles):.1f} V{centre_bottom + 1:.1f}" class="rd-line" '
                     f'fill="none" stroke="#555" marker-end="url(#{arrow})"/>')
    height = (y - 8 if below else y) + MARGIN
    description = ". ".join([title] + [f"{relation}: " + ", ".join(catalogue.title(d.path, lang) for d in docs)
                                       for relation, docs in above + below]) + "."
    svg = svg_open("relation-diagram__svg", height, "rd-title", "rd-desc",
                   text("diagram_svg_title", lang, title=title), description, width)
    return "\n".join(svg + [ARROW.format(id=arrow)] + lines + body + ["</svg>"])


def relation_diagram_section(doc: Document, catalogue: Catalogue, lang: str) -> str:
    """The "Lược đồ" section of a document page: heading, drawing, caption (text alternative)."""
    heading = text("diagram_title", lang)
    relations = text("relations_title", lang)
    has_relations = bool(doc.relations or catalogue.incoming(doc.id))
    caption = (text("diagram_caption", lang, link=f'<a href="#{slugify(relations)}">{escape(relations)}</a>')
               if has_relations else escape(text("diagram_caption_none", lang)))
    drawings = "\n".join(relation_diagram(doc, catalogue, lang, width) for width in (WIDTH, LARGE_TEXT_WIDTH))
    figure = (f'<figure class="relation-diagram" data-search-exclude>\n{drawings}\n'
              f"<figcaption>{caption}</figcaption>\n</figure>")
    return f"## {heading} {{#{slugify(heading)} data-search-exclude}}\n\n{figure}"


# --------------------------------------------------------------------------------------------------
# Timeline chart

YEAR_X = 4
AXIS_X = 54
LABEL_X = 68
PX_PER_YEAR = 12 * 14
BREAK = 34
# Ids inside the chart, the same in both languages (the language switch keeps the reader's place): a year's
# mark (`bieu-do-2022`) and each campaign peak, numbered in date order (`cao-diem-1`); the drawing for large
# text has its own (`bieu-do-2022-large`), and its own jump line, shown with it
YEAR_ID = "bieu-do-{year}"
PEAK_ID = "cao-diem-{n}"
NBSP = "\u00a0"


def fraction(date: PartialDate) -> float:
    """A date as a fractional year; a month or year alone counts from its first day."""
    month = (date.month or 1) - 1
    day = (date.day or 1) - 1
    return date.year + (month + day / 31) / 12


def _month_after(date: PartialDate) -> PartialDate:
    return PartialDate(date.year + 1, 1) if date.month == 12 else PartialDate(date.year, date.month + 1)


def _marker(kind: str, y: float, x: float = AXIS_X) -> str:
    css = f'class="tl-mark tl-mark--{kind}"'
    if kind == "van-ban":
        return f'<rect x="{x - 4}" y="{y - 4:.1f}" width="8" height="8" {css} fill="#000"/>'
    if kind == "cao-diem":
        return f'<path d="M{x},{y - 6:.1f} L{x + 6},{y:.1f} L{x},{y + 6:.1f} L{x - 6},{y:.1f} z" {css} fill="#000"/>'
    if kind == "ket-qua":
        return f'<path d="M{x},{y - 5:.1f} L{x + 5},{y + 4:.1f} L{x - 5},{y + 4:.1f} z" {css} fill="#000"/>'
    return f'<circle cx="{x}" cy="{y:.1f}" r="4.5" {css} fill="#fff" stroke="#000" stroke-width="1.5"/>'


def _entries(path: str, cat: Catalogue, lang: str, width: int) -> list[dict]:
    entries = [{"date": e.date, "kind": e.kind, "title": e.label.get(lang) or e.label["vi"], "href": None}
               for e in cat.events]
    entries += [{"date": d.date.value, "kind": "van-ban", "title": cat.title(d.path, lang), "href": href(path, d.path)}
                for d in cat.documents.values() if d.date.known]
    for entry in entries:
        entry["lines"] = wrap(entry["title"], width - LABEL_X - 6, TITLE_SIZE)
        entry["height"] = 17 + len(entry["lines"]) * TITLE_LINE + 8
    return sorted(entries, key=lambda e: (e["date"], keys("event_kinds").index(e["kind"]), e["title"]))


def _runs(years: list[int]) -> list[list[int]]:
    """Consecutive years grouped: [1992], [2021, 2022, 2023]."""
    runs: list[list[int]] = []
    for year in sorted(set(years)):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return runs


def _legend(lang: str, y: float) -> tuple[list[str], float]:
    out = [text_line(YEAR_X, y + 12, text("timeline_chart_legend", lang), "tl-text", 12, bold=True)]
    y += 22
    for kind in keys("event_kinds"):
        out.append(_marker(kind, y + 5, x=12))
        out.append(text_line(26, y + 9, label("event_kinds", kind, lang), "tl-text", 12))
        y += 18
    out.append(f'<rect x="4" y="{y:.1f}" width="16" height="11" class="tl-band" fill="#ddd"/>')
    out.append(text_line(26, y + 9, text("timeline_chart_band", lang), "tl-text", 12))
    return out, y + 26


def timeline_chart(path: str, cat: Catalogue, lang: str) -> str:
    """The figure: the chart drawn for every screen, again for large text on a phone, each after its jump line,
    and its caption."""
    drawings = []
    for width in (WIDTH, LARGE_TEXT_WIDTH):
        svg, peaks = timeline_svg(path, cat, lang, width)
        drawings += jump_line(peaks, lang, _id_suffix(width)) + [svg]
    figure = "\n".join(['<figure class="timeline-chart" data-search-exclude>'] + drawings
                       + [f'<figcaption>{escape(text("timeline_chart_caption", lang))}</figcaption>', "</figure>"])
    return figure + "\n"


def _id_suffix(width: int) -> str:
    return "" if width == WIDTH else "-large"


def jump_line(peaks: list[dict], lang: str, suffix: str = "") -> list[str]:
    """"Đi tới: 2022 · Cao điểm 1 · Cao điểm 2 · Cao điểm 3" above the chart, which opens decades before the
    campaign: links to the years of its peaks and to each peak, in the chart (left out with it on paper and
    in the handbook, which print the table)."""
    if not peaks:
        return []
    years = sorted({entry["date"].year for entry in peaks})
    links = [f'<a href="#{YEAR_ID.format(year=year)}{suffix}">{year}</a>' for year in years]
    # a link's words are kept on one line (no "Cao / điểm 3" at the end of a phone's line)
    links += [f'<a href="#{peak["id"]}">{escape(text("timeline_jump_peak", lang, n=n)).replace(" ", NBSP)}</a>'
              for n, peak in enumerate(peaks, 1)]
    css_class = "timeline-jump diagram-large" if suffix else "timeline-jump"
    return [f'<p class="{css_class}">{escape(text("timeline_jump", lang))} '
            + '<span aria-hidden="true"> · </span>'.join(links) + "</p>"]


def timeline_svg(path: str, cat: Catalogue, lang: str, width: int = WIDTH) -> tuple[str, list[dict]]:
    """Documents and campaign events on one vertical time axis; peak months as shaded bands.

    Time maps to height proportionally within runs of consecutive years, stretched where labels need
    the room; years without any milestone are cut out (≈). Returns the drawing and its peaks (their `id`s set)."""
    entries = _entries(path, cat, lang, width)
    suffix = _id_suffix(width)
    runs = _runs([e["date"].year for e in entries])
    run_of = {year: i for i, run in enumerate(runs) for year in run}
    bands = [(e["date"], _month_after(e["date"])) for e in entries if e["kind"] == "cao-diem" and e["date"].month]
    # points on the axis: (time, order, height, entry or None); anchors (height 0) mark bands and new years
    points = [(fraction(e["date"]), 1, e["height"], e) for e in entries]
    points += [(fraction(PartialDate(start.year, start.month)), 0, 0, None) for start, _ in bands]
    points += [(fraction(end), 0, 0, None) for start, end in bands if run_of.get(end.year) == run_of[start.year]]
    points += [(float(year), 0, 0, None) for run in runs for year in run[1:]]
    points.sort(key=lambda p: (p[0], p[1]))
    body, legend_height = _legend(lang, MARGIN)
    positions: list[tuple[float, float, int]] = []  # (time, y, run)
    y, previous = legend_height, None
    for time, _, height, entry in points:
        run = run_of[int(time)]
        if previous is not None:
            p_time, p_y, p_height, p_run = previous
            y = p_y + p_height + BREAK if run != p_run else max(p_y + p_height, p_y + (time - p_time) * PX_PER_YEAR)
        positions.append((time, y, run))
        if entry is not None:
            entry["y"] = y
        previous = (time, y, height, run)
    bottom = y + (previous[2] if previous else 0)
    # each run's points in time order (positions follow the sorted points), looked up by bisection: the
    # ticks and bands ask for a height about 12 times a year, and scanning every point each time cost years × N
    in_run: list[list[tuple[float, float]]] = [[] for _ in runs]
    for time, py, run in positions:
        in_run[run].append((time, py))
    times_in_run = [[time for time, _ in points_of_run] for points_of_run in in_run]

    def at(time: float, run: int) -> float:
        """Height of a time inside a run (linear between the two nearest points, held at its ends)."""
        candidates, times = in_run[run], times_in_run[run]
        before, after = bisect.bisect_right(times, time), bisect.bisect_left(times, time)
        if before == 0:
            return candidates[after][1]
        if after == len(candidates):
            return candidates[before - 1][1]
        (t0, y0), (t1, y1) = candidates[before - 1], candidates[after]
        return y0 if t1 == t0 else y0 + (y1 - y0) * (time - t0) / (t1 - t0)

    shapes: list[str] = []
    for start, end in bands:
        run = run_of[start.year]
        top, low = at(fraction(PartialDate(start.year, start.month)), run), at(fraction(end), run)
        shapes.append(f'<rect x="{AXIS_X - 8}" y="{top:.1f}" width="{width - AXIS_X + 8 - 2}" height="{low - top:.1f}" '
                      f'class="tl-band" fill="#ddd"/>')
    for i, run in enumerate(runs):
        ys = [py for _, py in in_run[i]]
        last = max(e["y"] + e["height"] - 8 for e in entries if run_of[e["date"].year] == i)
        shapes.append(f'<path d="M{AXIS_X},{ys[0]:.1f} V{last:.1f}" class="tl-axis" fill="none" stroke="#000" stroke-width="2"/>')
        shapes.append(text_line(YEAR_X, ys[0] + 12, str(run[0]), "tl-year", 13, bold=True,
                                element_id=YEAR_ID.format(year=run[0]) + suffix))
        for year in run[1:]:
            y_year = at(float(year), i)
            shapes.append(f'<path d="M{YEAR_X},{y_year:.1f} H{AXIS_X}" class="tl-tick" fill="none" stroke="#000"/>')
            shapes.append(text_line(YEAR_X, y_year + 14, str(year), "tl-year", 13, bold=True,
                                    element_id=YEAR_ID.format(year=year) + suffix))
        if len(run) > 1 or len([e for e in entries if e["date"].year == run[0]]) > 1:
            first, final = times_in_run[i][0], times_in_run[i][-1]
            for year in run:
                for month in range(1, 13):
                    t = year + (month - 1) / 12
                    if first < t <= final and month != 1:
                        tick_y = at(t, i)
                        shapes.append(f'<path d="M{AXIS_X - 5},{tick_y:.1f} H{AXIS_X}" class="tl-tick" '
                                      'fill="none" stroke="#000"/>')
        if i + 1 < len(runs):  # the cut between two runs
            shapes.append(f'<path d="M{AXIS_X},{last:.1f} V{last + BREAK:.1f}" class="tl-axis tl-axis--gap" fill="none" '
                          f'stroke="#000" stroke-dasharray="2 4"/>')
            shapes.append(text_line(AXIS_X - 10, last + BREAK / 2 + 5, "≈", "tl-text", 14, anchor="end"))
    peaks = [entry for entry in entries if entry["kind"] == "cao-diem"]
    for n, peak in enumerate(peaks, 1):
        peak["id"] = PEAK_ID.format(n=n) + suffix
    for entry in entries:
        y = entry["y"]
        if "id" in entry:
            body.append(f'<g id="{entry["id"]}">')
        body.append(_marker(entry["kind"], y + 8))
        body.append(text_line(LABEL_X, y + 13, entry["date"].format(lang), "tl-date", 13, bold=True))
        lines = [text_line(LABEL_X, y + 13 + TITLE_LINE * (k + 1), line,
                           "tl-name" if entry["href"] else "tl-text", TITLE_SIZE)
                 for k, line in enumerate(entry["lines"])]
        if entry["href"]:
            body.append(f'<a href="{escape(entry["href"])}" class="tl-link">' + "".join(lines) + "</a>")
        else:
            body += lines
        if "id" in entry:
            body.append("</g>")
    description = "; ".join(f'{e["date"].format(lang)}: {e["title"]}' for e in entries) + "."
    svg = svg_open("timeline-chart__svg", bottom + MARGIN, "tl-title", "tl-desc",
                   text("timeline_chart_svg_title", lang), description, width)
    return "\n".join(svg + shapes + body + ["</svg>"]), peaks
