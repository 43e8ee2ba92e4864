"""Links between the two editions: a relative language switch that keeps the reader on the same page,
absolute hreflang links for search engines, and a sitemap in each language's root."""
from __future__ import annotations

import posixpath
import re
from urllib.parse import urljoin, urlsplit


def site_relative(link: str, site_url: str | None) -> str:
    """'/en/' or 'https://host/prefix/en/' → 'en/': the link as a path inside the site."""
    prefix = urlsplit(site_url or "").path or "/"
    path = urlsplit(link).path if urlsplit(link).scheme else link
    if path.startswith(prefix):
        path = path[len(prefix):]
    return path.lstrip("/")


def home_alternates(alternates: list[dict], site_url: str | None, default: str) -> None:
    """Each language's home page, from the site's root (the 404 page is served at any depth)."""
    root = urlsplit(site_url or "").path or "/"
    for alternate in alternates:
        alternate["link"] = root if alternate["lang"] == default else f"{root.rstrip('/')}/{alternate['lang']}/"


def relative_alternates(alternates: list[dict], page, site_url: str | None) -> None:
    """Make the language selector's links site-relative (Material's `url` filter then makes them
    page-relative), so the switch keeps the reader on the same page on any host and from file://."""
    for alternate in alternates:
        target = getattr(page.file, "alternates", {}).get(alternate["lang"])
        alternate["link"] = target.url if target is not None else site_relative(alternate["link"], site_url)




HREFLANG_LINK = re.compile(r'<link rel="alternate" href="([^"]*)" hreflang="([^"]*)">')


def absolute_hreflang(html: str, page_url: str, site_url: str | None) -> str:
    """Head `hreflang` alternates as full URLs (search engines ignore relative ones); the visible
    language selector keeps its relative links so the site also works from file://."""
    if not site_url:
        return html

    def absolute(match) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname("/" + page_url), match.group(1)))
        if match.group(1).endswith("/") and not target.endswith("/"):
            target += "/"
        return f'<link rel="alternate" href="{urljoin(site_url, target.lstrip("/"))}" hreflang="{match.group(2)}">'

    return HREFLANG_LINK.sub(absolute, html)


def sitemap_in_every_language_root(site_dir, languages: list[str], default: str) -> None:
    """Material's language selector fetches sitemap.xml beside each hreflang alternate (`/en/sitemap.xml`);
    mkdocs-static-i18n writes one sitemap for both languages at the root, so put a copy there too."""
    import shutil
    from pathlib import Path

    for lang in languages:
        if lang == default:
            continue
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            if (Path(site_dir) / name).is_file():
                shutil.copyfile(Path(site_dir) / name, Path(site_dir) / lang / name)
