"""Hooks that keep every page light (budgets: `python3.11 scripts/cli.py benchmark pages`): each abbreviation
explained once per page (scripts/rendering/abbreviations.py), and our scripts and print.css served without
their comment lines (scripts/rendering/assets.py)."""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from scripts.rendering import abbreviations, assets


def on_post_page(output: str, /, *, page: Page, config: MkDocsConfig) -> str:
    """On the finished page (after the handbook has gathered its pages into one)."""
    return abbreviations.first_use_only(output)


def on_post_build(*, config: MkDocsConfig) -> None:
    assets.strip_comment_lines(config.site_dir)
