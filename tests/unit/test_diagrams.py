"""Relation diagrams and the timeline chart, drawn from a small catalogue: a document without relations says
so, links are relative to the page, text is escaped, wrapped lines fit, time stretches where labels need room,
each is drawn again for large text on a phone.
The diagrams of the built pages are checked in tests/site/test_diagrams_built.py."""
import html
import re

import pytest

from scripts.catalogue import load
from scripts.common import pages
from scripts.common.labels import text
from scripts.generate import diagrams
from tests.unit.content_fixture import document, make_docs


def test_diagram_of_a_document_without_relations_says_so(tmp_path):
    cat = load(make_docs(tmp_path, {}))
    section = diagrams.relation_diagram_section(cat.documents["ket-luan-21-kl-tw-2021"], cat, "en")
    assert section.startswith("## Relation diagram {#relation-diagram data-search-exclude}")
    assert text("diagram_caption_none", "en") in section and "<a href" not in section


def test_diagram_links_are_relative_to_the_page_and_text_is_escaped(tmp_path):
    plan = document("03-KH/TW", "ke-hoach", "2021-12-01", None, "bo-chinh-tri",
                    "\n    - {type: thuc-hien, target: ket-luan-21-kl-tw-2021, source: [bai-a]}")
    plan = plan.replace("title: Văn bản 03-KH/TW", 'title: "Văn bản 03-KH/TW <&> \\"x\\""')
    cat = load(make_docs(tmp_path, {"van-ban/ke-hoach-03-kh-tw-2021.md": plan}))
    svg = diagrams.relation_diagram(cat.documents["ket-luan-21-kl-tw-2021"], cat, "vi")
    assert '<a href="../ke-hoach-03-kh-tw-2021/"' in svg
    assert "&lt;&amp;&gt;" in svg and "<&>" not in svg
    assert pages.href("chien-dich/dong-thoi-gian.md", "van-ban/x.md") == "../../van-ban/x/"
    assert pages.href("van-ban/x.md", "index.md") == "../../"


def test_wrapped_lines_fit_their_width():
    title = ("The work “Kiên quyết, kiên trì đấu tranh phòng, chống tham nhũng, tiêu cực, góp phần xây dựng "
             "Đảng và Nhà nước ta ngày càng trong sạch, vững mạnh” WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW")
    lines = diagrams.wrap(title, 200, 14)
    assert len(lines) > 3 and all(diagrams.text_width(line, 14) <= 200 for line in lines)
    assert "".join(lines).replace(" ", "") == title.replace(" ", "")  # nothing lost, the long word cut


@pytest.mark.parametrize("width", [diagrams.WIDTH, diagrams.LARGE_TEXT_WIDTH])
def test_timeline_chart_stretches_time_where_labels_need_room(catalogue, width):
    svg, _ = diagrams.timeline_svg("chien-dich/dong-thoi-gian.md", catalogue, "vi", width)
    dates = [(m.group(2), float(m.group(1))) for m in
             re.finditer(r'<text x="[\d.]+" y="([\d.]+)" class="tl-date"[^>]*>([^<]*)</text>', svg)]
    heights = [y for _, y in dates]
    assert heights == sorted(heights)  # time runs downwards
    assert all(later - earlier >= 30 for earlier, later in zip(heights, heights[1:]))  # labels never overlap


def test_timeline_chart_opens_with_links_to_the_years_of_the_peaks_and_to_each_peak(catalogue):
    """The chart opens in 1992, two screens above the campaign's three peaks of 2022 that readers come for."""
    charts = {lang: diagrams.timeline_chart("chien-dich/dong-thoi-gian.md", catalogue, lang) for lang in ("vi", "en")}
    for lang, chart in charts.items():
        jump = re.search(r'<p class="timeline-jump">(.*?)</p>', chart)
        assert jump and jump.start() < chart.index("<svg"), lang  # at the top, before the drawing
        links = re.findall(r'<a href="#([^"]+)">([^<]+)</a>', jump.group(1))
        peak_names = [(f"cao-diem-{n}", text("timeline_jump_peak", lang, n=n).replace(" ", "\u00a0")) for n in (1, 2, 3)]
        assert links == [("bieu-do-2022", "2022")] + peak_names, lang
        for target, _ in links:  # each target is in the chart, once
            assert len(re.findall(rf'\sid="{target}"', chart)) == 1, (lang, target)
        # each peak's id is on its own mark and words, in date order
        dates = sorted(e.date for e in catalogue.events if e.kind == "cao-diem")
        groups = re.findall(r'<g id="cao-diem-(\d)">(.*?)</g>', chart, re.DOTALL)
        assert [(n, "tl-mark--cao-diem" in group, f">{dates[int(n) - 1].format(lang)}<" in group)
                for n, group in groups] == [(str(n), True, True) for n in (1, 2, 3)], lang
    # the same ids in both languages, so that the language switch keeps the reader's place
    assert re.findall(r'\sid="([^"]+)"', charts["vi"]) == re.findall(r'\sid="([^"]+)"', charts["en"])


def test_timeline_chart_without_peaks_has_no_jump_line(tmp_path):
    cat = load(make_docs(tmp_path, {}))
    chart = diagrams.timeline_chart("chien-dich/dong-thoi-gian.md", cat, "vi")
    assert "timeline-jump" not in chart and 'id="bieu-do-2021"' in chart


def svg_lines(svg: str) -> list[tuple[float, str, float, bool]]:
    """(x, text, font size, bold) of each line of text (left-aligned ones: the chart's "≈" ends at its x)."""
    return [(float(x), html.unescape(value), float(size), 'font-weight="700"' in attributes)
            for x, attributes, size, value in
            re.findall(r'<text x="([\d.]+)"([^>]* font-size="([\d.]+)"[^>]*)>([^<]*)</text>', svg)
            if "text-anchor" not in attributes]


def test_each_diagram_is_drawn_again_for_large_text_with_the_same_font_sizes_and_its_own_ids(catalogue):
    doc = catalogue.documents["quy-dinh-22-qd-tw-2021"]  # a long relation name ("... nguồn không nói là thay thế")
    figures = [diagrams.relation_diagram_section(doc, catalogue, "vi"),
               diagrams.timeline_chart("chien-dich/dong-thoi-gian.md", catalogue, "vi")]
    for figure in figures:
        drawings = re.findall(r"<svg\b.*?</svg>", figure, re.DOTALL)
        assert len(drawings) == 2 and figure.count("<figcaption>") == 1
        normal, large = drawings
        assert 'viewBox="0 0 360 ' in normal and "diagram-large" not in normal
        assert 'viewBox="0 0 200 ' in large and re.match(r'<svg class="[a-z-]+__svg diagram-large"', large)
        ids = re.findall(r'\bid="([^"]+)"', figure)
        assert len(ids) == len(set(ids)) == 2 * len(re.findall(r'\bid="([^"]+)"', normal))
        for svg, width in ((normal, diagrams.WIDTH), (large, diagrams.LARGE_TEXT_WIDTH)):
            for x, value, size, bold in svg_lines(svg):  # every line fits the drawing (the estimate is generous)
                assert x + diagrams.text_width(value, size, bold) <= width, (width, value)
        assert {line[2] for line in svg_lines(normal)} == {line[2] for line in svg_lines(large)}
        assert len(svg_lines(large)) > len(svg_lines(normal))  # more, shorter lines
    references = re.findall(r"url\(#([^)]+)\)", figures[0])
    assert set(references) == {"rd-arrow", "rd-arrow-large"}
