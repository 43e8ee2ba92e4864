"""The offline bundle: the whole site, both languages, in one zip that works when unzipped and opened from
file:// (search, navigation, language switch) and asks no host for anything.

`python3.11 scripts/cli.py offline` builds it beside the normal site (which it leaves alone): the same
sources built with OFFLINE=true, which enables Material's offline plugin in mkdocs.yml (page links end in
`.html`; the search index is loaded as a script, since browsers refuse fetch() on file://), into
site-offline/, then packed into site-offline.zip (one folder; open its index.html).

Material's offline plugin would load its Web Worker shim for file:// (iframe-worker) from a CDN. Instead
the build vendors it from the npm registry, at the version and integrity pinned in package-lock.json, and
serves it from the bundle (scripts/hooks/offline.py wires these functions into the build;
scripts/tools/offline_bundle.py builds and packs the bundle).
"""
from __future__ import annotations

import base64
import functools
import hashlib
import json
import pathlib
import posixpath
import re
import shutil
import subprocess
import tarfile
import zipfile

from scripts.common.paths import ROOT  # noqa: E402

LOCK = ROOT / "package-lock.json"
CACHE = ROOT / ".cache" / "npm"
SHIM = "assets/javascripts/iframe-worker/shim.js"  # where the bundle serves the vendored shim
VENDORED = {SHIM: "package/shim/index.js",  # where the bundle serves each file: its place in the npm package
            "assets/javascripts/iframe-worker/LICENSE": "package/LICENSE"}
ZIP_FOLDER = "tu-soi-tu-sua"  # the folder the zip unpacks into
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # one fixed date for every entry: the same site gives the same zip


class OfflineError(Exception):
    pass


def enabled(config) -> bool:
    """Is this build the offline bundle (Material's offline plugin enabled)?"""
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin is not None and plugin.config.enabled)


def pinned(package: str, lock: pathlib.Path = LOCK) -> dict:
    """The package's entry in package-lock.json: version, resolved, integrity."""
    entry = json.loads(lock.read_text(encoding="utf-8")).get("packages", {}).get(f"node_modules/{package}")
    if not entry or not entry.get("version") or not entry.get("integrity"):
        raise OfflineError(f"{lock.name}: no pinned version and integrity for '{package}'; "
                           f"add it to package.json and run `npm install --package-lock-only`")
    return entry


def verify(tarball: pathlib.Path, integrity: str) -> None:
    """Fail unless the tarball has the lockfile's integrity (Subresource Integrity form: 'sha512-<base64>')."""
    algorithm, _, expected = integrity.partition("-")
    actual = base64.b64encode(hashlib.new(algorithm, tarball.read_bytes()).digest()).decode()
    if actual != expected:
        raise OfflineError(f"{tarball}: integrity {algorithm}-{actual} differs from package-lock.json's "
                           f"{integrity}; delete the file and build again")


def vendored_files(cache: pathlib.Path = CACHE, lock: pathlib.Path = LOCK) -> dict[str, bytes]:
    """iframe-worker's shim and licence at the pinned version, fetched once from the npm registry with
    `npm pack` into .cache/npm and checked against the lockfile's integrity each time."""
    entry = pinned("iframe-worker", lock)
    tarball = cache / f"iframe-worker-{entry['version']}.tgz"
    if not tarball.is_file():
        if shutil.which("npm") is None:
            raise OfflineError("npm is needed once to vendor iframe-worker into the offline bundle; install "
                               "Node.js and npm (Debian: apt-get install npm)")
        cache.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(["npm", "pack", f"iframe-worker@{entry['version']}", "--pack-destination",
                                 str(cache), "--silent"], capture_output=True, text=True)
        if result.returncode != 0 or not tarball.is_file():
            raise OfflineError(f"npm pack iframe-worker@{entry['version']} failed: {result.stderr.strip()}")
    verify(tarball, entry["integrity"])
    with tarfile.open(tarball) as archive:
        return {path: archive.extractfile(member).read() for path, member in VENDORED.items()}


def write_search_scripts(site_dir: pathlib.Path | str, languages: list[str], default: str) -> list[pathlib.Path]:
    """Beside each language's own search index (split by scripts/search/index.py), the same index as a
    script (`search_index.js`), which Material loads from file:// relative to the page's search base."""
    written = []
    for lang in languages:
        folder = pathlib.Path(site_dir) / ("" if lang == default else lang) / "search"
        index = folder / "search_index.json"
        if not index.is_file():
            raise OfflineError(f"{index}: missing; the offline bundle needs each language's search index")
        target = folder / "search_index.js"
        target.write_text("var __index = " + index.read_text(encoding="utf-8"), encoding="utf-8")
        written.append(target)
    return written


LOCAL_LINK = re.compile(r'(\s(?:href|src)=")([^"#?:]+/|[^"#?:]*\.html)((?:[?#][^"]*)?")')


def _existing(site: pathlib.Path, path: str, clamp: bool = False) -> str | None:
    """The file a site path stands for in the offline bundle: a file as is, a folder `x/` as `x/index.html`
    or `x.html`; with `clamp`, a path climbing above the site's root stops there (as on a web server)."""
    folder = path.endswith("/") or path in ("", ".")
    path = posixpath.normpath(path or ".")
    while clamp and path.split("/")[0] == "..":
        path = path[3:] or "."
    if path.split("/")[0] == "..":
        return None
    candidates = [posixpath.join(path, "index.html"), path + ".html"] if folder else [path]
    return next((posixpath.normpath(c) for c in candidates if (site / c).is_file()), None)


def fit_links(site_dir: pathlib.Path | str) -> int:
    """Make every page's own links open a file from file://, where a folder address shows a directory listing.

    MkDocs writes the pages' links for the offline bundle's `.html` pages; a few generators write links for
    folder addresses (`../x/`), some counted from the page's folder address (`tai-lieu-hoc-tap/so-tay/`).
    Each relative link that does not name a file is pointed at the file it means (`x.html`, `x/index.html`),
    counted from the page's folder address (a folder link: written for folder addresses) or its own place,
    stopping at the site's root as a web server does. Returns the number of links changed."""
    site = pathlib.Path(site_dir)
    changed = 0
    for file in sorted(site.rglob("*.html")):
        page = file.relative_to(site).as_posix()
        here = posixpath.dirname(page)
        as_folder = page[: -len(".html")] if not page.endswith("index.html") else here

        def fit(match) -> str:
            nonlocal changed
            link = match.group(2)
            if (site / posixpath.normpath(posixpath.join(here, link))).is_file() and not link.endswith("/"):
                return match.group(0)
            first, then = (as_folder, here) if link.endswith("/") else (here, as_folder)
            for base, clamp in ((first, False), (then, False), (as_folder, True)):
                target = _existing(site, posixpath.join(base, link), clamp)
                if target:
                    changed += 1
                    return match.group(1) + posixpath.relpath(target, here or ".") + match.group(3)
            return match.group(0)

        text = file.read_text(encoding="utf-8")
        fitted = LOCAL_LINK.sub(fit, text)
        if fitted != text:
            file.write_text(fitted, encoding="utf-8")
    return changed


def drop_server_pages(site_dir: pathlib.Path | str) -> None:
    """Remove the "page not found" page: a web server shows it; from file:// nothing does (and its addresses
    start at the server's root, which on file:// is the disk's)."""
    (pathlib.Path(site_dir) / "404.html").unlink(missing_ok=True)


def pack(site_dir: pathlib.Path | str, zip_file: pathlib.Path | str, folder: str = ZIP_FOLDER) -> int:
    """Zip the built site into one folder, files in a fixed order with a fixed date; returns the file count."""
    site = pathlib.Path(site_dir)
    files = sorted(p for p in site.rglob("*") if p.is_file())
    with zipfile.ZipFile(zip_file, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            info = zipfile.ZipInfo(f"{folder}/{path.relative_to(site).as_posix()}", date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    return len(files)


def finish(site_dir: pathlib.Path | str, languages: list[str], default: str) -> None:
    """After the offline build: search indexes as scripts, no 404 page, every link pointing at a file."""
    write_search_scripts(site_dir, languages, default)
    drop_server_pages(site_dir)
    fit_links(site_dir)


# The shim runs a worker in a hidden iframe, into which it writes one inline script (its stand-ins for
# postMessage and importScripts): the pages' Content-Security-Policy must allow that script by its hash
_SHIM_TEMPLATE = re.compile(r"<script>(postMessage=.*?)<\\/script>", re.DOTALL)
_PLACEHOLDER = re.compile(r"\$\{(\w+)\}")


def _function_source(source: str, name: str) -> str:
    """The text of `function NAME(...){...}` in `source` (as Function.prototype.toString gives it)."""
    start = source.find(f"function {name}(")
    if start == -1:
        raise OfflineError(f"iframe-worker's shim: no function {name}() (a new version? update worker_shim_script)")
    depth, i = 0, source.index("{", start)
    while True:
        depth += {"{": 1, "}": -1}.get(source[i], 0)
        if depth == 0:
            return source[start:i + 1]
        i += 1


def worker_shim_script(shim_source: str, worker_url: str) -> str:
    """The inline script the shim writes into its iframe for the worker at `worker_url` (the page's
    `search` address in Material's config), exactly as the browser will run it."""
    template = _SHIM_TEMPLATE.search(shim_source)
    if template is None:
        raise OfflineError("iframe-worker's shim: its iframe script was not found (a new version? update "
                           "worker_shim_script)")
    functions = {name for name in _PLACEHOLDER.findall(template.group(1)) if f"function {name}(" in shim_source}
    return _PLACEHOLDER.sub(lambda m: _function_source(shim_source, m.group(1)) if m.group(1) in functions
                            else worker_url, template.group(1))


@functools.cache
def shim_source() -> str:
    """The vendored shim's text (read once per process)."""
    return vendored_files()[SHIM].decode("utf-8")
