"""Hooks that keep every page light (budgets: `python3.11 scripts/cli.py benchmark pages`): each abbreviation
explained once per page (scripts/rendering/abbreviations.py), and our scripts minified (those of every page
in one file, site.js) and print.css without its comment lines (scripts/rendering/assets.py)."""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from scripts.rendering import abbreviations, assets


@event_priority(-110)  # after mkdocs-static-i18n has sorted the files by language: one copy for both
def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    if files.get_file_from_path(assets.SITE_BUNDLE) is None:
        files.append(File.generated(config, assets.SITE_BUNDLE, content=assets.site_bundle()))
    return files


def on_post_page(output: str, /, *, page: Page, config: MkDocsConfig) -> str:
    """On the finished page (after the handbook has gathered its pages into one)."""
    return abbreviations.first_use_only(output)


def on_post_build(*, config: MkDocsConfig) -> None:
    assets.compact(config.site_dir)
