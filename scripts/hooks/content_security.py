"""The Content-Security-Policy of every page (scripts/rendering/content_security.py), written last, once the
page's inline scripts are final. In the offline bundle it also allows, by its hash, the one script that the
vendored Web Worker shim writes into its iframe for the page's search worker (scripts/offline/bundle.py).
Under `mkdocs serve` the pages allow inline scripts, for the server's live-reload script (see LIVE_RELOAD)."""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from scripts.offline import bundle
from scripts.rendering import content_security

_command = {"name": "build"}  # set once per process: `mkdocs serve` adds its live-reload script to every page


def on_startup(*, command: str, dirty: bool) -> None:
    _command["name"] = command


def _with_policy(output: str, config: MkDocsConfig) -> str:
    extra = ()
    worker = content_security.search_worker(output) if bundle.enabled(config) else None
    if worker:
        try:
            extra = (bundle.worker_shim_script(bundle.shim_source(), worker),)
        except bundle.OfflineError as error:
            raise PluginError(str(error)) from None
    return content_security.with_policy(output, extra, live_reload=_command["name"] == "serve")


@event_priority(-1000)  # after every other hook and plugin has changed the page
def on_post_page(output: str, /, *, page: Page, config: MkDocsConfig) -> str:
    return _with_policy(output, config)


@event_priority(-1000)
def on_post_template(output: str, /, *, template_name: str, config: MkDocsConfig) -> str:
    return _with_policy(output, config) if template_name.endswith(".html") else output
