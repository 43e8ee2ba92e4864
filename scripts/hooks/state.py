"""What the hooks of one build share, in one place. Not a hook: mkdocs.yml does not list it.

mkdocs-static-i18n builds the Vietnamese site, then, from its own on_post_build, the English one in the same
process, running every event again. `begin` (called by hooks/catalogue.py's on_config) starts a fresh state
when a new build starts (a first build, or each rebuild of `mkdocs serve`) and keeps it while the other
language is built, so the catalogue is read once per build and nothing survives into the next build
(tests/site/test_builds_in_one_process.py).
"""
from __future__ import annotations

import contextlib
import dataclasses
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from scripts.catalogue import Catalogue, CatalogueError, load
from scripts.common import labels
from scripts.search import index

# Files the library reads once and keeps (labels.yml, the search synonyms): read again when a build starts,
# so that `mkdocs serve` shows an edit of them
FILE_CACHES = (labels.table, index.synonyms)


@dataclasses.dataclass
class BuildState:
    catalogue: Catalogue | None = None
    files: Any = None  # the documentation files of the language being built (hooks/printing.py, on_nav)
    url_paths: tuple = (None, {})  # (files, page URL -> page path) of the language being built
    not_found_html: str | None = None  # the default language's 404 page (hooks/languages.py)
    inline_styles: str = ""  # the site's screen CSS, compacted (hooks/theme.py)


STATE = BuildState()


def alternate_language_build(config: MkDocsConfig) -> bool:
    """True while mkdocs-static-i18n builds a language after the first one."""
    i18n = config.plugins.get("i18n")
    return bool(getattr(i18n, "building", False))


def begin(config: MkDocsConfig) -> BuildState:
    """A new state and catalogue when a build starts; the same while its other languages are built."""
    global STATE
    if not alternate_language_build(config) or STATE.catalogue is None:
        for cache in FILE_CACHES:
            cache.cache_clear()
        STATE = BuildState(catalogue=load(config.docs_dir))
    return STATE


def language(config: MkDocsConfig) -> str:
    """The language being built: mkdocs-static-i18n builds each language in turn."""
    i18n = config.plugins.get("i18n")
    return getattr(i18n, "current_language", None) or config.theme["language"]


def languages(config: MkDocsConfig) -> list[str]:
    i18n = config.plugins.get("i18n")
    return [lang.locale for lang in i18n.config.languages]


@contextlib.contextmanager
def content_errors_stop_the_build():
    """A content error ends the build with its message (file, field, what was expected)."""
    try:
        yield
    except CatalogueError as error:
        raise PluginError(f"Content error in docs/{error}") from None
