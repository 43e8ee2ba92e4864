"""Relation diagrams and the timeline chart on the built pages: every document page carries a relation diagram
in its own language whose links resolve, the timeline chart shows every dated document and the peaks, and
neither counts twice in the search index. Drawing them is tested in tests/unit/test_diagrams.py."""
import html
import re

import pytest

from scripts.common.labels import keys, label, languages, text
from tests.site.built_links import built_target

# --------------------------------------------------------------------------------------------------
# Relation diagrams


def figure(markup, css_class, large=False):
    """The figure's drawing for every screen (`large`: the one for large text on a phone), then its caption."""
    match = re.search(rf'<figure class="{css_class}" data-search-exclude>(.*?)</figure>', markup, re.DOTALL)
    assert match, css_class
    drawings = re.findall(r"<svg\b.*?</svg>", match.group(1), re.DOTALL)
    assert len(drawings) == 2 and "diagram-large" in drawings[1].split(">", 1)[0], css_class
    return drawings[1 if large else 0] + match.group(1).rsplit("</svg>", 1)[1]


def svg_texts(svg):
    return [html.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]


def relation_names(lang):
    return {label(group, kind, lang) for group in ("relations", "inverse_relations") for kind in keys("relations")}


@pytest.mark.parametrize("lang", languages())
def test_every_document_page_has_a_diagram_in_its_language_whose_links_resolve(site, catalogue, lang):
    prefix = "" if lang == "vi" else f"{lang}/"
    other = next(language for language in languages() if language != lang)
    foreign = relation_names(other) - relation_names(lang)
    for doc in catalogue.documents.values():
        page_dir = f"{prefix}van-ban/{doc.id}"
        markup = (site / page_dir / "index.html").read_text(encoding="utf-8")
        svg = figure(markup, "relation-diagram")
        heading = text("diagram_title", lang)
        assert re.search(rf"<h2[^>]* id=\"[a-z-]+\"[^>]*>{heading}", markup), doc.id
        words = " ".join(svg_texts(svg))
        assert catalogue.title(doc.path, lang) in words and text("diagram_here", lang) in words
        assert not [name for name in foreign if name in words], (doc.id, lang)
        drawing = svg.split("</svg>")[0]
        links = [html.unescape(h) for h in re.findall(r'<a href="([^"]*)"', drawing)]
        related = {r.target for r in doc.relations} | {r.stated_by for r in catalogue.incoming(doc.id)}
        reached = set()
        for link in links:
            found = built_target(site, page_dir, link)
            assert found is not None, (page_dir, link)
            reached.add(found[0].parent.name)
        assert reached == related, doc.id
        for rel in doc.relations:
            assert label("relations", rel.kind, lang) in words
        for rel in catalogue.incoming(doc.id):
            assert label("inverse_relations", rel.kind, lang) in words
        assert 'aria-labelledby="rd-title"' in svg and "<desc id=\"rd-desc\">" in svg and "<figcaption>" in svg
        for anchor in re.findall(r'<a href="#([^"]*)"', svg.split("</svg>")[1]):  # the caption names the table
            assert f'id="{anchor}"' in markup


def test_diagram_of_a_central_document_with_many_relations(site):
    svg = figure((site / "van-ban/ket-luan-21-kl-tw-2021/index.html").read_text(encoding="utf-8"), "relation-diagram")
    words = " ".join(svg_texts(svg))
    assert words.index("Văn bản đang xem") < words.index("Được thực hiện bởi") < words.index("Kế hoạch số 03-KH/TW")
    assert '<a href="../ke-hoach-43-kh-tu-2022/"' in svg and '<a href="../ke-hoach-66-kh-hu-2022/"' in svg
    assert 'marker-end="url(#rd-arrow)"' in svg


# --------------------------------------------------------------------------------------------------
# Timeline chart


@pytest.mark.parametrize("lang", languages())
def test_timeline_chart_shows_dated_documents_and_peaks_in_its_language(site, catalogue, lang):
    prefix = "" if lang == "vi" else f"{lang}/"
    markup = (site / prefix / "chien-dich/dong-thoi-gian/index.html").read_text(encoding="utf-8")
    svg = figure(markup, "timeline-chart")
    assert markup.index('class="timeline-chart"') < markup.index("<table")  # the chart, then the table
    words = " ".join(svg_texts(svg))
    dated = [d for d in catalogue.documents.values() if d.date.known]
    links = re.findall(r'<a href="([^"#][^"]*)"', svg)  # the documents (the jump line's links start with #)
    assert len(links) == len(dated)
    whole = re.search(r'<figure class="timeline-chart" data-search-exclude>(.*?)</figure>', markup, re.DOTALL).group(1)
    lines = re.findall(r'<p class="timeline-jump( diagram-large)?">(.*?)</p>', whole, re.DOTALL)
    assert [large for large, _ in lines] == ["", " diagram-large"]  # a jump line before each drawing
    for _, line in lines:  # each leads to its own drawing's marks: 2022 and the three peaks
        jumps = re.findall(r'<a href="#([^"]+)"', line)
        assert len(jumps) == 4 and all(markup.count(f' id="{target}"') == 1 for target in jumps), jumps
    for link in links:
        assert built_target(site, f"{prefix}chien-dich/dong-thoi-gian", link) is not None, link
    for doc in dated:
        assert doc.date.value.format(lang) in words
    peaks = [e for e in catalogue.events if e.kind == "cao-diem"]
    assert len(peaks) == 3 and svg.count('class="tl-band"') == len(peaks) + 1  # one per peak, one in the key
    for kind in ("cao-diem", "hoi-nghi", "ket-qua", "van-ban"):
        assert label("event_kinds", kind, lang) in words
    other = "en" if lang == "vi" else "vi"
    assert label("event_kinds", "cao-diem", other) not in words
    assert "≈" in words and 'aria-labelledby="tl-title"' in svg


def test_diagrams_are_left_out_of_the_search_index(site):
    """The relation and timeline tables hold the same words; the drawings must not count them twice."""
    indexes = [p.read_text(encoding="utf-8") for p in site.rglob("search_index.json")]
    assert indexes
    for lang in languages():
        assert not any(text("diagram_here", lang) in index for index in indexes)
        assert not any(text("timeline_chart_svg_title", lang) in index for index in indexes)


@pytest.mark.parametrize("lang", languages())
def test_the_drawing_for_large_text_says_and_links_the_same(site, catalogue, lang):
    prefix = "" if lang == "vi" else f"{lang}/"
    pages = [(f"{prefix}van-ban/{doc.id}", "relation-diagram") for doc in catalogue.documents.values()]
    for page_dir, css_class in pages + [(f"{prefix}chien-dich/dong-thoi-gian", "timeline-chart")]:
        markup = (site / page_dir / "index.html").read_text(encoding="utf-8")
        normal, large = figure(markup, css_class), figure(markup, css_class, large=True)
        assert "".join("".join(svg_texts(large)).split()) == "".join("".join(svg_texts(normal)).split()), page_dir
        assert re.findall(r'<a href="([^"]*)"', large) == re.findall(r'<a href="([^"]*)"', normal), page_dir
        assert 'aria-labelledby="rd-title-large"' in large or 'aria-labelledby="tl-title-large"' in large
