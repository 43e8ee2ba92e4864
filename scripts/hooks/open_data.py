"""Hook: publish the open data (scripts/open_data/records.py) under /du-lieu/ with the site.

The files are added as generated MkDocs files, so Markdown links to them (`du-lieu/documents.json` on the
data page) are checked by the strict build like any other link. They are added after mkdocs-static-i18n
has sorted the files by language (its on_files runs at priority -100), so they keep one address for both
languages instead of being copied under /en/.
"""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from scripts.hooks import state
from scripts.open_data import records


@event_priority(-110)
def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    for name, content in records.published_files(state.STATE.catalogue, config.site_url).items():
        src_uri = records.data_path(name)
        if files.get_file_from_path(src_uri) is not None:
            raise PluginError(f"docs/{src_uri}: this address is where the build publishes its open data; "
                              "remove the file from docs/ (the data is generated from the pages' metadata)")
        files.append(File.generated(config, src_uri, content=content))
    return files
