"""MkDocs hook: publish the open data (scripts/open_data.py) under /du-lieu/ with the site.

The files are added as generated MkDocs files, so Markdown links to them (`du-lieu/documents.json` on the
data page) are checked by the strict build like any other link. They are added after mkdocs-static-i18n
has sorted the files by language (its on_files runs at priority -100), so they keep one address for both
languages instead of being copied under /en/.
"""
from __future__ import annotations

import pathlib
import sys

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from scripts import catalogue as catalogue_module  # noqa: E402
from scripts import open_data  # noqa: E402


@event_priority(-110)
def on_files(files, config):
    for name, content in open_data.published_files(catalogue_module.CURRENT, config.site_url).items():
        src_uri = open_data.data_path(name)
        if files.get_file_from_path(src_uri) is not None:
            raise PluginError(f"docs/{src_uri}: this address is where the build publishes its open data; "
                              "remove the file from docs/ (the data is generated from the pages' metadata)")
        files.append(File.generated(config, src_uri, content=content))
    return files
