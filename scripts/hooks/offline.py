"""Hooks for the offline bundle (scripts/offline/bundle.py; built with OFFLINE=true): the vendored Web
Worker shim instead of Material's CDN one, each language's search index as a script for file://, every
page's own links pointing at files (a folder address shows a directory listing from file://), and no 404
page (nothing serves it from file://). In a normal build (offline plugin disabled) they do nothing."""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from scripts.common.labels import DEFAULT_LANGUAGE
from scripts.hooks import state
from scripts.offline import bundle


@event_priority(100)  # before Material's offline plugin, which adds its CDN shim unless one is listed
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if bundle.enabled(config):
        polyfills = list(config.extra.get("polyfills") or [])
        if bundle.SHIM not in polyfills:
            polyfills.append(bundle.SHIM)
        config.extra["polyfills"] = polyfills
    return config


@event_priority(-110)  # after mkdocs-static-i18n has sorted files by language: one copy for both
def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    if not bundle.enabled(config) or files.get_file_from_path(bundle.SHIM) is not None:
        return files
    try:
        vendored = bundle.vendored_files()
    except bundle.OfflineError as error:
        raise PluginError(str(error)) from None
    for path, content in vendored.items():
        files.append(File.generated(config, path, content=content))
    return files


@event_priority(-300)  # after hooks/search.py has split the search index by language (-200)
def on_post_build(*, config: MkDocsConfig) -> None:
    if not bundle.enabled(config) or state.alternate_language_build(config) or config.plugins.get("i18n") is None:
        return
    try:
        bundle.finish(config.site_dir, state.languages(config), DEFAULT_LANGUAGE)
    except bundle.OfflineError as error:
        raise PluginError(str(error)) from None
