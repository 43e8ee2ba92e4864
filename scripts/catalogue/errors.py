"""The one kind of content error: it names the file, the field and what was expected."""
from __future__ import annotations

from typing import Any


class CatalogueError(Exception):
    """A content error: names the file, the field and what was expected."""

    def __init__(self, file: str, field: str, expected: str, got: Any = ...):
        self.file, self.field, self.expected = file, field, expected
        message = f"{file}: field '{field}': expected {expected}"
        if got is not ...:
            message += f", got {got!r}"
        super().__init__(message)

