"""The one kind of content error: it names the file, the field and what was expected."""
from __future__ import annotations

import reprlib
from typing import Any

# What a message shows of a wrong value: enough to find it, never the whole of a huge or nested one (a YAML
# alias bomb expands to millions of items; its repr alone would exhaust the memory of CI)
_SHOWN = reprlib.Repr()  # (keyword arguments only from Python 3.12)
_SHOWN.maxlevel, _SHOWN.maxdict, _SHOWN.maxlist, _SHOWN.maxtuple, _SHOWN.maxset = 3, 6, 6, 6, 6
_SHOWN.maxstring = _SHOWN.maxother = 120
MAX_SHOWN = 200


def shown(value: Any) -> str:
    """A short, truncated repr of `value` for an error message."""
    text = _SHOWN.repr(value)
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN - 3] + "..."


class CatalogueError(Exception):
    """A content error: names the file, the field and what was expected."""

    def __init__(self, file: str, field: str, expected: str, got: Any = ...):
        self.file, self.field, self.expected = file, field, expected
        message = f"{file}: field '{field}': expected {expected}"
        if got is not ...:
            message += f", got {shown(got)}"
        super().__init__(message)
