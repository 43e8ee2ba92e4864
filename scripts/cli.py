"""The project's one command line: `python3.11 scripts/cli.py COMMAND`.

Commands:
  serve        set up .venv if needed, build and serve the site at http://127.0.0.1:8000
  build        set up .venv if needed and build the site into site/ (strict)
  test         set up .venv if needed and run the whole test suite (unit, site and browser tiers);
               `test --fast`: the unit tier only (no build, no browser), for the edit-test loop;
               other arguments go to pytest (`test tests/site -k glossary`)
  check-links  check the links of an already built site/
  own-words    list runs of words a page shares with the source articles (../shared/sources)
  translations check that each English page mirrors its Vietnamese page (headings, links, citations...)
  open-data    [OUT_DIR [SITE_URL]] write the open data files without building the site
  pdf          build the site into site/ with the ready-made PDFs of the study guides and the handbook
  offline      build the offline bundle (both languages, works from file://) into site-offline/ and
               site-offline.zip, beside the normal site
  benchmark    [pages|build|blocks|search|all] print the performance tables and their budgets
               (scripts/tools/benchmark.py)
  accessibility-report
               print axe-core's violations per page type and Lighthouse's accessibility, best-practices
               and SEO scores (both languages) for a fresh local build

Only the standard library is used here, so it runs on a fresh machine with Python 3.11 alone.
"""
from __future__ import annotations

import hashlib
import os
import pathlib
import subprocess
import sys
import venv

ROOT = pathlib.Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
REQUIREMENTS = ROOT / "requirements.txt"
STAMP = VENV / ".requirements.sha256"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")


def ensure_venv() -> None:
    """Create .venv and install the pinned requirements; redo the install when they change."""
    wanted = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    if STAMP.is_file() and STAMP.read_text().strip() == wanted:
        ensure_project_importable()
        return
    if not (BIN / "python").exists():
        print(f"Creating {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing pinned requirements ...", flush=True)
    subprocess.run([str(BIN / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    "-r", str(REQUIREMENTS)], check=True)
    STAMP.write_text(wanted)
    ensure_project_importable()


def ensure_project_importable() -> None:
    """A .pth file in .venv puts the checkout on sys.path, so that every program of the venv (mkdocs with
    the hooks of mkdocs.yml, pytest, the tools) imports `scripts` from here."""
    pth = next(VENV.glob("lib/python3*/site-packages"), None) or VENV / "Lib" / "site-packages"
    (pth / "tu_soi_tu_sua.pth").write_text(str(ROOT) + "\n", encoding="utf-8")


CHROMIUM = pathlib.Path("/usr/bin/chromium")


def ensure_chromium() -> None:
    """Browser tests drive Debian's Chromium; install it with apt-get when we may (root, Debian)."""
    if CHROMIUM.exists():
        return
    if os.geteuid() == 0 and pathlib.Path("/usr/bin/apt-get").exists():
        print("Installing Debian's chromium for the browser tests ...", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium",
                        "fonts-noto-core"], check=True, env=env, stdout=subprocess.DEVNULL)
    else:
        print(f"Note: {CHROMIUM} is missing and cannot be installed here (needs root and apt-get); "
              "install Debian's 'chromium' package, or the browser tests will fail.", flush=True)


# Printing: Noto Sans (Vietnamese glyphs) for the PDFs; poppler-utils (pdftotext, pdffonts, pdftoppm) to check them
PRINT_PACKAGES = {"poppler-utils": pathlib.Path("/usr/bin/pdftotext"),
                  "fonts-noto-core": pathlib.Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")}


def ensure_print_tools() -> None:
    """Install the Debian packages that print and check the PDFs, when missing and when we may."""
    missing = [name for name, marker in PRINT_PACKAGES.items() if not marker.exists()]
    if not missing:
        return
    if os.geteuid() == 0 and pathlib.Path("/usr/bin/apt-get").exists():
        print(f"Installing Debian's {', '.join(missing)} for the PDFs ...", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
                       check=True, env=env, stdout=subprocess.DEVNULL)
    else:
        print(f"Note: Debian's {', '.join(missing)} missing and cannot be installed here (needs root and "
              "apt-get); the PDF tests will fail.", flush=True)


# Browser checks (axe-core, Lighthouse, the Nu HTML Checker) and the offline bundle's Web Worker shim come
# from npm at the exact versions of package-lock.json, installed into node_modules/ with `npm ci`.
PACKAGE_LOCK = ROOT / "package-lock.json"
NPM_STAMP = ROOT / "node_modules" / ".package-lock.sha256"
DEBIAN_TOOLS = {"npm": ["nodejs", "npm"], "java": ["default-jre-headless"]}


def ensure_npm_tools() -> None:
    """Install node/npm and Java (Debian) when missing and we may, then the pinned npm tools when the lockfile
    changed since the last install."""
    import shutil

    missing = [pkg for tool, pkgs in DEBIAN_TOOLS.items() if shutil.which(tool) is None for pkg in pkgs]
    if missing and os.geteuid() == 0 and pathlib.Path("/usr/bin/apt-get").exists():
        print(f"Installing Debian's {', '.join(missing)} for the accessibility and HTML checks ...", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
                       check=True, env=env, stdout=subprocess.DEVNULL)
    if shutil.which("npm") is None:
        print("Note: npm is missing and cannot be installed here; the accessibility tests will fail.", flush=True)
        return
    wanted = hashlib.sha256(PACKAGE_LOCK.read_bytes()).hexdigest()
    if NPM_STAMP.is_file() and NPM_STAMP.read_text().strip() == wanted:
        return
    print("Installing the pinned npm tools (npm ci) ...", flush=True)
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"],
                   cwd=ROOT, check=True)
    NPM_STAMP.write_text(wanted)


def run(*args: str) -> int:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(ROOT))
    return subprocess.run(list(args), cwd=ROOT, env=env).returncode


# Commands that print measurements taken in Chromium with the npm tools: command → module
BROWSER_REPORTS = {"accessibility-report": "scripts.tools.accessibility_report", "benchmark": "scripts.tools.benchmark"}


# Commands that read the pages only: command → module
CONTENT_TOOLS = {"own-words": "scripts.tools.own_words", "translations": "scripts.tools.translation_parity",
                 "open-data": "scripts.tools.open_data_files"}


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "help"
    if command == "serve":
        ensure_venv()
        return run(str(BIN / "mkdocs"), "serve", "--dev-addr", "127.0.0.1:8000", *argv[1:])
    if command == "build":
        ensure_venv()
        return run(str(BIN / "mkdocs"), "build", "--strict", *argv[1:])
    if command == "test":
        ensure_venv()
        if argv[1:2] == ["--fast"]:
            return run(str(BIN / "python"), "-m", "pytest", "tests/unit", *argv[2:])
        ensure_chromium()
        ensure_print_tools()
        ensure_npm_tools()
        return run(str(BIN / "python"), "-m", "pytest", *argv[1:])
    if command == "pdf":
        ensure_venv()
        ensure_chromium()
        ensure_print_tools()
        return run(str(BIN / "python"), "-m", "scripts.tools.pdf", *(argv[1:] or ["site"]))
    if command == "offline":
        ensure_venv()
        return run(str(BIN / "python"), "-m", "scripts.tools.offline_bundle", *argv[1:])
    if command in BROWSER_REPORTS:
        ensure_venv()
        ensure_chromium()
        ensure_npm_tools()
        return run(str(BIN / "python"), "-m", BROWSER_REPORTS[command], *argv[1:])
    if command == "check-links":
        ensure_venv()
        return run(str(BIN / "python"), "-m", "scripts.tools.linkcheck", *(argv[1:] or ["site"]))
    if command in CONTENT_TOOLS:
        ensure_venv()
        return run(str(BIN / "python"), "-m", CONTENT_TOOLS[command], *argv[1:])
    print(__doc__)
    return 0 if command in ("help", "-h", "--help") else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
