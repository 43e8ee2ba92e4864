"""Shared fixtures: the real site, built once per test session with the strict configuration, served over HTTP
and as the offline bundle; Chromium; the npm tools; the catalogue. Each test is marked with its tier."""
from __future__ import annotations

import os
import pathlib
import subprocess

import pytest

from scripts.common.paths import ROOT
from scripts.tools import site_build
from scripts.tools.browser import CHROMIUM, launch
from scripts.tools.local_server import serve

TIERS = ("unit", "site", "browser")  # the folders of tests/, and the markers of pyproject.toml


def pytest_collection_modifyitems(config, items):
    """Mark each test `unit`, `site` or `browser` from the folder it lives in (`pytest -m "not browser"`)."""
    tests = pathlib.Path(__file__).parent
    for item in items:
        if not item.path.is_relative_to(tests):
            continue
        tier = item.path.relative_to(tests).parts[0]
        if tier not in TIERS:
            raise pytest.UsageError(f"{item.nodeid}: a test lives in tests/unit, tests/site or tests/browser")
        item.add_marker(getattr(pytest.mark, tier))


def mkdocs_build(project: pathlib.Path, site_dir: pathlib.Path, site_url: str | None = None,
                 extra_env: dict | None = None) -> subprocess.CompletedProcess:
    return site_build.mkdocs_build(project, site_dir, site_url=site_url, env=extra_env)


copy_project = site_build.copy_project


@pytest.fixture(scope="session")
def site_url() -> str:
    """The address the test server will use; the site is built for it, as for a real deployment."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/"


@pytest.fixture(scope="session")
def site(tmp_path_factory, site_url) -> pathlib.Path:
    site_dir = tmp_path_factory.mktemp("build") / "site"
    result = mkdocs_build(ROOT, site_dir, site_url)
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir


@pytest.fixture(scope="session")
def catalogue():
    from scripts.catalogue import load

    return load(ROOT / "docs")


@pytest.fixture(scope="session")
def served_site(site, site_url):
    """The built site over HTTP on 127.0.0.1, at the address it was built for."""
    with serve(site, int(site_url.rsplit(":", 1)[1].strip("/"))) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright; all hosts but 127.0.0.1 are unreachable to it."""
    if not pathlib.Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing in CI: .ci/run must install Debian's chromium")
        pytest.skip(f"{CHROMIUM} is not installed (python3.11 scripts/cli.py test installs it as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = launch(playwright)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory) -> pathlib.Path:
    """The offline bundle (Material's offline plugin, OFFLINE=true), built once per session."""
    site_dir = tmp_path_factory.mktemp("offline") / "site"
    result = mkdocs_build(ROOT, site_dir, extra_env={"OFFLINE": "true"})
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir


@pytest.fixture(scope="session")
def npm_tools():
    """axe-core, Lighthouse and the Nu HTML Checker from node_modules (`python3.11 scripts/cli.py test`
    installs them with npm ci)."""
    from scripts.tools.browser import tools_missing

    missing = tools_missing()
    if missing:
        message = f"missing {', '.join(missing)}: run python3.11 scripts/cli.py test (it installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


# In the body of one page of the hostile copy: an inline script and an inline event handler, as a careless
# or hostile editor could paste them (Markdown lets raw HTML through); the Content-Security-Policy refuses both
INJECTED_PAGE = "van-ban/quy-dinh-37-qd-tw-2021.md"
INJECTED = ('\n<script>window.__injected = "inline script"</script>\n\n'
            '<img src="../../assets/images/favicon.png" alt="" width="1" height="1" '
            'onload="window.__injected = \'event handler\'">\n')


@pytest.fixture(scope="session")
def hostile_project(tmp_path_factory, site_url) -> pathlib.Path:
    """A copy of the project with scripts.tools.hostile_content.PAYLOAD appended to every prose value of
    the front matter, and INJECTED in one page's body, built strictly into `site/` for `site_url`'s port + 1."""
    from scripts.tools.hostile_content import append_payload

    project = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    assert append_payload(project / "docs") > 100
    page = project / "docs" / INJECTED_PAGE
    page.write_text(page.read_text(encoding="utf-8") + INJECTED, encoding="utf-8")
    result = mkdocs_build(project, project / "site", hostile_site_url(site_url))
    assert result.returncode == 0, result.stdout + result.stderr[-5000:]
    return project


def hostile_site_url(site_url: str) -> str:
    port = int(site_url.rsplit(":", 1)[1].strip("/"))
    return f"http://127.0.0.1:{port + 1}/"
