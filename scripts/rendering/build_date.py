"""One build date per commit, so two builds of the same commit are byte-identical (sitemap `lastmod`, the
sitemap.xml.gz header): MkDocs takes the date from SOURCE_DATE_EPOCH when it is set; if it is not, set it
to the date of the commit being built. Outside a git checkout MkDocs keeps today's date."""
from __future__ import annotations

import os
import pathlib
import subprocess


def commit_time(project: pathlib.Path) -> str | None:
    """Seconds since the epoch of the checked-out commit, or None outside a git checkout."""
    try:
        result = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=project, capture_output=True,
                                text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    value = result.stdout.strip()
    return value if result.returncode == 0 and value.isdigit() else None


def pin(project: pathlib.Path | str, environ=os.environ) -> str | None:
    """Set SOURCE_DATE_EPOCH from the commit unless it is set already; returns the value in force."""
    if not environ.get("SOURCE_DATE_EPOCH"):
        found = commit_time(pathlib.Path(project))
        if found:
            environ["SOURCE_DATE_EPOCH"] = found
    return environ.get("SOURCE_DATE_EPOCH")
