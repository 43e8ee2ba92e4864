"""The one way the tools and tests run MkDocs: `python -m mkdocs build` of a project in a subprocess (a fresh
interpreter, run in the project's folder, so its own scripts/ are the ones imported), strict unless asked
otherwise."""
from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import sys

from scripts.common.paths import ROOT


def mkdocs_build(project: pathlib.Path = ROOT, site_dir: pathlib.Path | str = "site", *, site_url: str | None = None,
                 env: dict | None = None, strict: bool = True, quiet: bool = False, clean: bool = False,
                 capture: bool = True, check: bool = False, stderr=None) -> subprocess.CompletedProcess:
    """Build `project` into `site_dir`; `env` adds variables (OFFLINE, STUDY_GUIDE_PDFS, ...). Output is
    captured as text unless capture=False; check=True raises on failure."""
    environment = dict(os.environ, NO_MKDOCS_2_WARNING="1", **(env or {}))
    if site_url:
        environment["SITE_URL"] = site_url
    command = [sys.executable, "-m", "mkdocs", "build", *(["--strict"] if strict else []),
               *(["-q"] if quiet else []), *(["--clean"] if clean else []), "--site-dir", str(site_dir)]
    return subprocess.run(command, cwd=project, env=environment, check=check, stderr=stderr,
                          **({"capture_output": True, "text": True} if capture else {}))


def copy_project(target: pathlib.Path) -> pathlib.Path:
    """A copy of the project that builds on its own (config, content, scripts, overrides), to change or break
    on purpose; returns `target`."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "docs", "scripts", "overrides"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target / name)
    return target
