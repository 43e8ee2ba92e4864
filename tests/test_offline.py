"""The offline bundle (python3.11 scripts/cli.py offline): the whole site in both languages works from
file:// (search, navigation, language switch), with the Web Worker shim vendored from npm."""
import json
import zipfile

import pytest

from scripts.offline import bundle as offline
from scripts.tools.linkcheck import check
from scripts.tools.search_eval import open_search, run_query
from tests.conftest import ROOT


def test_links_and_anchors_of_the_offline_bundle_resolve_to_files(offline_site):
    # From file:// a folder address opens a directory listing: every link must name a file
    problems = check(offline_site, ("index.html", "en/index.html"))
    assert problems == [], "\n".join(map(str, problems[:30]))
    folder_links = [f"{p.relative_to(offline_site)}: {m.group(2)}" for p in sorted(offline_site.rglob("*.html"))
                    for m in offline.LOCAL_LINK.finditer(p.read_text(encoding="utf-8")) if m.group(2).endswith("/")]
    assert folder_links == []


def test_the_bundle_vendors_the_worker_shim_and_names_no_cdn(offline_site):
    shim = offline_site / offline.SHIM
    assert shim.is_file() and "IFrameWorker" in shim.read_text(encoding="utf-8")
    assert (shim.parent / "LICENSE").is_file()
    for page in offline_site.rglob("*.html"):
        markup = page.read_text(encoding="utf-8")
        assert "unpkg" not in markup and "iframe-worker/shim.js" in markup, page


def test_each_language_has_its_own_search_index_as_a_script(offline_site):
    for folder in (offline_site / "search", offline_site / "en" / "search"):
        script = (folder / "search_index.js").read_text(encoding="utf-8")
        assert script.startswith("var __index = ")
        index = json.loads(script[len("var __index = "):])
        assert index == json.loads((folder / "search_index.json").read_text(encoding="utf-8"))
    vi = json.loads((offline_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    en = json.loads((offline_site / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not any(d["location"].startswith("en/") for d in vi["docs"] + en["docs"])
    numbered = {d["location"]: d.get("number") for d in vi["docs"]}
    assert numbered["van-ban/ket-luan-21-kl-tw-2021.html"] == "kl21"  # the document's own page ranks first


@pytest.mark.parametrize("home,query,expected", [
    ("index.html", "dang vien", None),
    ("index.html", "KL 21", "van-ban/ket-luan-21-kl-tw-2021.html"),
    ("en/index.html", "KL 21", "en/van-ban/ket-luan-21-kl-tw-2021.html"),
    ("en/index.html", "dang vien", None),
])
def test_search_works_from_file_in_both_languages(page, offline_site, home, query, expected):
    base = offline_site.as_uri() + "/"
    open_search(page, base + home)
    # from file:// Material's worker is the iframe shim, and the query rewriter has patched it
    assert page.evaluate("() => window.Worker === window.IFrameWorker && IFrameWorker.prototype.__searchQueryPatched")
    pages = run_query(page, base, query).pages
    assert pages, f"no results for {query!r} from {home}"
    assert all(p.startswith("en/") == home.startswith("en/") for p in pages), pages
    if expected:
        assert pages[0] == expected, pages


def switch_language(page, lang):
    page.hover(".md-select:has(a[hreflang]) > button")  # the language selector opens on hover or focus
    page.click(f"a.md-select__link[hreflang={lang}]")
    page.wait_for_load_state()


def test_navigation_and_language_switch_from_file(page, offline_site):
    base = offline_site.as_uri() + "/"
    page.goto(base + "en/thuat-ngu.html")
    switch_language(page, "vi")
    assert page.url == base + "thuat-ngu.html"
    assert page.evaluate("document.documentElement.lang") == "vi"
    page.click(".md-tabs__link >> nth=0")  # the first tab: the home page
    page.wait_for_load_state()
    assert page.url == base + "index.html"
    switch_language(page, "en")
    assert page.url == base + "en/index.html"
    page.click("a.md-tabs__link[href$='van-ban/index.html']")
    page.wait_for_load_state()
    assert page.url == base + "en/van-ban/index.html" and page.title().startswith("Documents")


def test_the_zip_holds_the_whole_site_in_one_folder_and_is_the_same_each_time(offline_site, tmp_path):
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    count = offline.pack(offline_site, first)
    offline.pack(offline_site, second)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        names = archive.namelist()
    assert len(names) == count and all(n.startswith(offline.ZIP_FOLDER + "/") for n in names)
    assert f"{offline.ZIP_FOLDER}/404.html" not in names  # nothing serves it from file://
    for wanted in ("index.html", "en/index.html", "search/search_index.js", "en/search/search_index.js",
                   offline.SHIM, "van-ban/ket-luan-21-kl-tw-2021.html"):
        assert f"{offline.ZIP_FOLDER}/{wanted}" in names


def test_vendoring_checks_the_lockfile_integrity(tmp_path):
    entry = offline.pinned("iframe-worker")
    cache = tmp_path / "cache"
    files = offline.vendored_files(cache=cache)  # fetched from the npm registry once, then cached
    assert b"IFrameWorker" in files[offline.SHIM]
    tarball = cache / f"iframe-worker-{entry['version']}.tgz"
    tarball.write_bytes(tarball.read_bytes() + b"tampered")
    with pytest.raises(offline.OfflineError, match="integrity sha512-.* differs from package-lock.json's"):
        offline.vendored_files(cache=cache)


def test_a_package_missing_from_the_lockfile_is_named(tmp_path):
    lock = tmp_path / "package-lock.json"
    lock.write_text(json.dumps({"packages": {"": {}}}), encoding="utf-8")
    with pytest.raises(offline.OfflineError, match="package-lock.json: no pinned version and integrity for 'iframe-worker'"):
        offline.vendored_files(cache=tmp_path, lock=lock)


def test_folder_links_are_pointed_at_files(tmp_path):
    site = tmp_path / "site"
    (site / "van-ban").mkdir(parents=True)
    (site / "index.html").write_text("home", encoding="utf-8")
    (site / "van-ban" / "index.html").write_text("documents", encoding="utf-8")
    (site / "van-ban" / "a.html").write_text("a", encoding="utf-8")
    (site / "van-ban" / "b.html").write_text(
        # written for folder addresses: from van-ban/b/ ; a real file; nowhere; another host
        '<a href="../a/#x">a</a> <a href="../../">home</a> <a href="../">docs</a> <a href="a.html">a</a> '
        '<a href="../nowhere/">?</a> <a href="https://example.org/x/">x</a>', encoding="utf-8")
    assert offline.fit_links(site) == 3
    assert (site / "van-ban" / "b.html").read_text(encoding="utf-8") == (
        '<a href="a.html#x">a</a> <a href="../index.html">home</a> <a href="index.html">docs</a> '
        '<a href="a.html">a</a> <a href="../nowhere/">?</a> <a href="https://example.org/x/">x</a>')


def test_the_offline_command_is_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python3.11 scripts/cli.py offline" in readme
