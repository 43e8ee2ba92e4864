"""The offline bundle's machinery (python3.11 scripts/cli.py offline): the Web Worker shim vendored from npm
with the lockfile's integrity, folder links pointed at files, the command documented. The built bundle is
checked in tests/site/test_offline_bundle.py, and browsed from file:// in tests/browser/test_offline_browsing.py."""
import json

import pytest

from scripts.offline import bundle as offline
from tests.conftest import ROOT


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


SHIM = ('"use strict";(()=>{function c(s,n){parent.postMessage(s,n||"*")}function d(...s){return s.reduce((n,e)=>'
        'n.then(()=>new Promise(r=>{r()})),Promise.resolve())}var o=class{constructor(e){this.w.document.write('
        '`<html><body><script>postMessage=${c};importScripts=${d};f({filename:"${e}"})<\\/script>'
        '<script src=${e}?${+Date.now()}><\\/script></body></html>`)}}})();')


def test_the_worker_shims_inline_script_is_rebuilt_exactly_for_its_hash():
    from scripts.offline.bundle import worker_shim_script

    script = worker_shim_script(SHIM, "../assets/javascripts/workers/search.js")
    assert script == ('postMessage=function c(s,n){parent.postMessage(s,n||"*")};importScripts=function d(...s)'
                      '{return s.reduce((n,e)=>n.then(()=>new Promise(r=>{r()})),Promise.resolve())};'
                      'f({filename:"../assets/javascripts/workers/search.js"})')


def test_a_shim_without_the_known_iframe_script_is_a_clear_error():
    from scripts.offline.bundle import OfflineError, worker_shim_script

    with pytest.raises(OfflineError, match="iframe script was not found"):
        worker_shim_script(SHIM.replace("postMessage=", "post="), "x.js")
