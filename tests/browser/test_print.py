"""Printing: the ready-made PDFs of the study guides and of the handbook (built once, as
`python3.11 scripts/cli.py pdf` builds them), and the print stylesheet on ordinary pages of the site.

A PDF is read back with poppler (pdftotext, pdffonts, pdftoppm), as a reader's viewer would show it."""
from __future__ import annotations

import functools
import html
import os
import pathlib
import re
import shutil
import subprocess

import pytest

from scripts.catalogue import load, split_front_matter
from scripts.common.labels import label, languages, text
from scripts.common.pages import language_file
from scripts.generate.self_examination import PARTS as SHEET_PARTS
from scripts.generate.self_examination import SHEET_PAGE
from scripts.generate.study_guides import HANDBOOK_PAGE, handbook_parts, page_dir, pdf_name, pdf_pages
from scripts.tools import pdf as pdf_module
from scripts.tools.linkcheck import check
from tests.conftest import CHROMIUM, ROOT
from tests.print_chrome import article_of, assert_no_chrome, built_page, norm, strip_tags

CATALOGUE = load(ROOT / "docs")
PRINTED = [(lang, path) for lang in languages() for path in pdf_pages(CATALOGUE)]
# a guide lists what its documents say, article by article (content 3: five documents, ~13 pages)
PAGES_EXPECTED = {"guide": range(2, 16), "sheet": range(4, 13), "handbook": range(50, 260)}
PAGE_NUMBER = re.compile(r"^\s*\d+\s*/\s*\d+\s*$", re.MULTILINE)
FOOTER_BAND = 50  # points: the page number sits in the bottom margin (18 mm), below the content


def tools_or_skip() -> None:
    missing = [tool for tool in ("pdftotext", "pdffonts", "pdftoppm", "pdfinfo") if shutil.which(tool) is None]
    missing += [CHROMIUM] if not pathlib.Path(CHROMIUM).exists() else []
    if missing:
        message = f"missing {', '.join(missing)} (python3.11 scripts/cli.py test installs them as root)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@functools.cache
def pdf_pages_text(pdf: pathlib.Path) -> list[str]:
    """Text of each page, as pdftotext reads it (form feeds between pages; the last one closes the file)."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8").split("\f")[:-1]


def is_a4(pdf: pathlib.Path) -> bool:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return re.search(r"^Page size:.*\(A4\)", info, re.MULTILINE) is not None


def headings_of(source: pathlib.Path) -> list[str]:
    _, body = split_front_matter(source.read_text(encoding="utf-8"), source.name)
    return [re.sub(r"\s*\{[^}]*\}\s*$", "", m) for m in re.findall(r"^##\s+(.+?)\s*$", body, re.MULTILINE)]


def source_file(path: str, lang: str) -> pathlib.Path:
    return ROOT / "docs" / language_file(path, lang)


@pytest.fixture(scope="session")
def pdf_site(tmp_path_factory):
    """The site built with its PDFs, exactly as the `pdf` command makes it: {PDF file: page count}."""
    tools_or_skip()
    site_dir = tmp_path_factory.mktemp("pdf-build") / "site"
    pdf_module.build(site_dir)
    return site_dir, dict(pdf_module.print_all(site_dir))


def pdf_file(site_dir: pathlib.Path, lang: str, path: str) -> pathlib.Path:
    prefix = "" if lang == "vi" else f"{lang}/"
    return site_dir / prefix / page_dir(path) / pdf_name(path, lang)


# --------------------------------------------------------------------------------------------------
# The ready-made PDFs


@pytest.mark.parametrize("lang,path", PRINTED)
def test_pdf_exists_with_a_sensible_number_of_pages(pdf_site, lang, path):
    site_dir, made = pdf_site
    pdf = pdf_file(site_dir, lang, path)
    assert pdf.is_file(), f"{pdf} was not printed"
    expected = PAGES_EXPECTED["handbook" if path == HANDBOOK_PAGE else "sheet" if path == SHEET_PAGE else "guide"]
    assert made[pdf] in expected and len(pdf_pages_text(pdf)) == made[pdf], (pdf.name, made[pdf])
    assert is_a4(pdf)


@pytest.mark.parametrize("lang,path", PRINTED)
def test_pdf_text_has_title_and_headings_and_no_chrome(pdf_site, lang, path):
    site_dir, _ = pdf_site
    pages = pdf_pages_text(pdf_file(site_dir, lang, path))
    flat = norm(" ".join(pages))
    assert norm(CATALOGUE.title(path, lang)) in flat
    if path == HANDBOOK_PAGE:
        parts = [label("handbook_parts", name, lang) for name, _ in handbook_parts(CATALOGUE)]
        headings = [text("handbook_contents", lang)] + [text("handbook_part", lang, n=n, name=name)
                                                          for n, name in enumerate(parts, 1)]
    elif path == SHEET_PAGE:  # the sheet's parts and groups are generated: its source has only its title
        headings = [CATALOGUE.title(path, lang)] + [group.label[lang] for doc_id, _ in SHEET_PARTS
                                                    for group in CATALOGUE.documents[doc_id].structure.groups]
    else:
        headings = headings_of(source_file(path, lang))
        assert len(headings) >= 4
    missing = [heading for heading in headings if norm(heading) not in flat]
    assert not missing, f"headings not printed: {missing}"
    assert "\ufffd" not in flat  # no character without a glyph
    assert_no_chrome(" ".join(pages), built_page(site_dir, lang, path), lang)


@pytest.mark.parametrize("lang,path", PRINTED)
def test_no_blank_page_and_every_page_numbered(pdf_site, lang, path):
    site_dir, _ = pdf_site
    pages = pdf_pages_text(pdf_file(site_dir, lang, path))
    for number, page_text in enumerate(pages, 1):
        assert re.search(rf"^\s*{number}\s*/\s*{len(pages)}\s*$", page_text, re.MULTILINE), \
            f"page {number} has no page number"
        assert PAGE_NUMBER.sub("", page_text).strip(), f"page {number} of {len(pages)} is blank"


HEADING_MARK = "zqheadingzq"
MARK_HEADINGS = """(mark) => document.querySelectorAll('article h1, article h2, article h3, article h4, article h5,'
    + ' article h6').forEach((heading) => {
        const span = document.createElement('span');
        span.style.fontSize = '1px';
        span.textContent = mark;
        heading.append(span);
    })"""


@pytest.fixture(scope="session")
def heading_marked(pdf_site, tmp_path_factory):
    """The printed pages again, each heading ending in an invisible mark, to find where headings fall."""
    site_dir, _ = pdf_site
    folder = tmp_path_factory.mktemp("marked")
    jobs = [(lang, path, folder / f"{lang}-{page_dir(path).replace('/', '-')}.pdf") for lang, path in PRINTED]
    pdf_module.print_prepared(site_dir, jobs, (MARK_HEADINGS, HEADING_MARK))
    return {(lang, path): pdf for lang, path, pdf in jobs}


def stranded_headings(pdf: pathlib.Path) -> list[int]:
    """Pages (but the last) whose lowest line of content is a heading: nothing of its section follows it."""
    out = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    pages = re.findall(r'<page [^>]*height="([\d.]+)"[^>]*>(.*?)</page>', out.stdout.decode("utf-8"), re.DOTALL)
    stranded = []
    for number, (height, words) in enumerate(pages[:-1], 1):
        bottoms = [(float(y), word) for y, word in re.findall(r'<word [^>]*yMax="([\d.]+)">(.*?)</word>', words)
                   if float(y) < float(height) - FOOTER_BAND]
        if not bottoms:
            continue
        lowest = max(y for y, _ in bottoms)
        if any(HEADING_MARK in word and lowest - y < 10 for y, word in bottoms):
            stranded.append(number)
    return stranded


@pytest.mark.parametrize("lang,path", PRINTED)
def test_no_page_ends_with_a_heading(heading_marked, lang, path):
    marked = heading_marked[lang, path]
    assert HEADING_MARK in " ".join(pdf_pages_text(marked))  # the marks are there to be found
    assert stranded_headings(marked) == []


@pytest.mark.parametrize("avoid,expected", [(False, [1]), (True, [])])
def test_the_heading_check_finds_a_heading_left_at_the_bottom(browser, tmp_path, avoid, expected):
    tools_or_skip()
    tab = browser.new_page()
    style = "h2 { break-after: avoid; }" if avoid else ""
    tab.set_content(f"<style>@page {{ size: A4; margin: 20mm; }} {style}</style><article>"
                    "<div style='height: 240mm'></div><h2>Câu hỏi thảo luận</h2><p>Một đoạn.</p></article>")
    tab.evaluate(MARK_HEADINGS, HEADING_MARK)
    (tmp_path / "fixture.pdf").write_bytes(tab.pdf(format="A4", prefer_css_page_size=True))
    tab.close()
    assert stranded_headings(tmp_path / "fixture.pdf") == expected


def test_vietnamese_text_is_embedded_and_readable(pdf_site):
    site_dir, _ = pdf_site
    pdf = pdf_file(site_dir, "vi", "tai-lieu-hoc-tap/hoi-nghi-tu-phe-binh.md")
    flat = norm(" ".join(pdf_pages_text(pdf)))
    for words in ("Hội nghị kiểm điểm tự phê bình và phê bình", "Những điểm chính", "Phiếu “tự soi, tự sửa”",
                  "Gợi ý của trang (không phải nội dung văn bản)", "Đảng", "Kon Rẫy", "Mường Khương"):
        assert words in flat
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line)
            for line in fonts.splitlines()[2:]]
    assert rows and all(row and row.group(1) == "yes" for row in rows), fonts
    assert "NotoSans" in fonts


def test_handbook_contents_give_the_right_page_numbers(pdf_site):
    site_dir, _ = pdf_site
    for lang in languages():
        toc = re.search(r'<nav [^>]*class="handbook-toc"[^>]*>(.*?)</nav>', built_page(site_dir, lang, HANDBOOK_PAGE), re.DOTALL)
        titles = [norm(strip_tags(a)) for a in re.findall(r"<a [^>]*>(.*?)</a>", toc.group(1), re.DOTALL)]
        pages = pdf_pages_text(pdf_file(site_dir, lang, HANDBOOK_PAGE))
        contents = "\n".join(pages[:8])
        assert len(titles) >= 40
        for title in titles:
            words = r"\s+".join(re.escape(word) for word in title.split())
            number = re.search(words + r"\s*\n\s*(\d+)\s*\n", contents)
            assert number, f"{lang}: no page number after {title!r} in the contents"
            assert title in norm(pages[int(number.group(1)) - 1]), f"{lang}: {title!r} is not on page {number.group(1)}"


def test_download_links_only_in_builds_that_make_the_pdfs(pdf_site, site, site_url):
    site_dir, made = pdf_site
    for lang, path in PRINTED:
        name = pdf_name(path, lang)
        assert f'href="{name}"' in built_page(site_dir, lang, path)
        assert "pdf-download" not in built_page(site, lang, path)  # the everyday build links no PDF
    problems = check(site_dir, ("index.html", "en/index.html"), site_url)
    assert problems == [], "\n".join(map(str, problems))


# --------------------------------------------------------------------------------------------------
# The print stylesheet on ordinary pages, printed by the browser


def print_to_text(page, url: str, tmp_path: pathlib.Path, name: str) -> list[str]:
    """Print as a reader's browser does (paper size and margins from the stylesheet's @page rule)."""
    page.goto(url, wait_until="load")
    target = tmp_path / f"{name}.pdf"
    target.write_bytes(page.pdf(prefer_css_page_size=True, print_background=True))
    assert is_a4(target)
    return pdf_pages_text(target)


@pytest.mark.parametrize("lang", languages())
def test_a_document_page_prints_its_card_whole_and_no_chrome(page, served_site, site, tmp_path, lang):
    tools_or_skip()
    path = "van-ban/ket-luan-21-kl-tw-2021.md"
    pages = print_to_text(page, served_site + ("" if lang == "vi" else "en/") + page_dir(path) + "/", tmp_path, lang)
    card_title, last_row = text("card_title", lang), text("field_replaces", lang)
    on = [i for i, p in enumerate(pages) if card_title in p]
    assert on and last_row in pages[on[0]], "the metadata card is split across pages"
    flat = norm(" ".join(pages))
    for value in ("21-KL/TW", text("field_subject", lang), text("unknown", lang),
                  "25/10/2021" if lang == "vi" else "25 October 2021"):
        assert value in flat
    page_html = built_page(site, lang, path)
    targets = re.findall(r'data-print-target="([^"]*)"', article_of(page_html))
    assert targets and any(f"[→ {norm(html.unescape(t))}]" in flat for t in targets)  # table cells may wrap
    assert_no_chrome(" ".join(pages), page_html, lang)


def test_a_table_index_prints_every_row_and_no_chrome(page, served_site, site, tmp_path):
    tools_or_skip()
    pages = print_to_text(page, served_site + "van-ban/", tmp_path, "index")
    flat = norm(" ".join(pages))
    numbers = [doc.number for doc in CATALOGUE.documents.values() if doc.number]
    assert len(numbers) > 10 and all(number in flat for number in numbers)
    assert all(label("levels", level, "vi") in flat for level in ("trung-uong", "dia-phuong"))
    assert_no_chrome(" ".join(pages), built_page(site, "vi", "van-ban/index.md"), "vi")


def test_collapsed_blocks_print_open(page, served_site, site, tmp_path):
    tools_or_skip()
    term = CATALOGUE.terms[0]
    glossary = built_page(site, "vi", "thuat-ngu.md")
    assert re.search(r'<details class="note\b', glossary), "the glossary's lists are no longer collapsed"
    flat = norm(" ".join(print_to_text(page, served_site + "thuat-ngu/", tmp_path, "glossary")))
    assert all(norm(CATALOGUE.title(p, "vi")) in flat for p in term.used_on)


def gray_mean(pdf: pathlib.Path, tmp_path: pathlib.Path) -> float:
    """Mean grey level (0 black, 255 white) of the first page, rendered by pdftoppm."""
    subprocess.run(["pdftoppm", "-gray", "-r", "30", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")], check=True)
    raw = next(tmp_path.glob("p*.pgm")).read_bytes()
    _, width, height, _, pixels = re.match(rb"(P5)\s+(\d+)\s+(\d+)\s+(\d+)\s(.*)", raw, re.DOTALL).groups()
    return sum(pixels) / (int(width) * int(height))


def test_dark_mode_never_prints_dark(browser, served_site, tmp_path):
    tools_or_skip()
    context = browser.new_context(color_scheme="dark", viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.goto(served_site + "van-ban/ket-luan-21-kl-tw-2021/", wait_until="load")
    assert tab.evaluate("document.body.dataset.mdColorScheme") == "slate"  # the reader sees the dark scheme
    screen = tmp_path / "screen.png"
    tab.screenshot(path=str(screen))
    pdf = tmp_path / "dark.pdf"
    pdf.write_bytes(tab.pdf(format="A4", prefer_css_page_size=True, print_background=True))
    context.close()
    assert gray_mean(pdf, tmp_path) > 235
