"""Where a link of a built page leads, for the site tier's link checks (open data addresses, diagram links)."""
import posixpath


def built_target(site, page_dir, url):
    """(file, fragment) a site-relative URL leads to, or None."""
    path, _, fragment = url.partition("#")
    target = posixpath.normpath(posixpath.join(page_dir, path)) if path else page_dir
    file = site / target / "index.html" if (site / target).is_dir() else site / target
    return (file, fragment) if file.is_file() else None
