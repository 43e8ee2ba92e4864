"""Hook: read and check the catalogue once per build (a content error stops it), and set the Markdown
options of the language being built."""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from scripts.hooks import state
from scripts.rendering import markdown_options


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    with state.content_errors_stop_the_build():
        state.begin(config)
    markdown_options.configure(config.mdx_configs, state.language(config))
    return config
