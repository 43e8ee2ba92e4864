"""The offline bundle (python3.11 scripts/cli.py offline), as built: the whole site in both languages with links
that name files, the Web Worker shim vendored from npm, a search index per language, and a zip that is the
same each time. Browsing it from file:// is tested in tests/browser/test_offline_browsing.py."""
import json
import zipfile

from scripts.offline import bundle as offline
from scripts.tools.linkcheck import check


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
