"""MkDocs hooks for the offline bundle (scripts/offline.py; built with OFFLINE=true): the vendored Web
Worker shim instead of Material's CDN one, each language's search index as a script for file://, and
every page's own links pointing at files (a folder address shows a directory listing from file://), and
no 404 page (nothing serves it from file://).
In a normal build (offline plugin disabled) these hooks do nothing."""
from __future__ import annotations

import pathlib
import sys

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from scripts import catalogue as catalogue_module  # noqa: E402
from scripts import offline  # noqa: E402


@event_priority(100)  # before Material's offline plugin, which adds its CDN shim unless one is listed
def on_config(config):
    if offline.enabled(config):
        polyfills = list(config.extra.get("polyfills") or [])
        if offline.SHIM not in polyfills:
            polyfills.append(offline.SHIM)
        config.extra["polyfills"] = polyfills
    return config


@event_priority(-110)  # after mkdocs-static-i18n has sorted files by language: one copy for both
def on_files(files, config):
    if not offline.enabled(config) or files.get_file_from_path(offline.SHIM) is not None:
        return files
    try:
        vendored = offline.vendored_files()
    except offline.OfflineError as error:
        raise PluginError(str(error)) from None
    for path, content in vendored.items():
        files.append(File.generated(config, path, content=content))
    return files


@event_priority(-300)  # after scripts/hooks.py has split the search index by language (-200)
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if not offline.enabled(config) or i18n is None or getattr(i18n, "building", False):
        return
    languages = [lang.locale for lang in i18n.config.languages]
    try:
        offline.write_search_scripts(config.site_dir, languages, catalogue_module.DEFAULT_LANGUAGE)
        offline.drop_server_pages(config.site_dir)
        offline.fit_links(config.site_dir)
    except offline.OfflineError as error:
        raise PluginError(str(error)) from None
