"""The reading controls in the header (text size A− / A / A+ and high contrast) and the print button at the top
of each page: their words per language, from scripts/common/labels.yml, escaped for HTML. Markup:
overrides/partials/reading-controls.html and overrides/partials/actions.html; behaviour (remembered across
pages; the print button shown only when the script runs, since it calls window.print()):
overrides/assets/javascripts/reading-controls.js; looks: docs/stylesheets/accessibility.css and site.css."""
from __future__ import annotations

import html

from scripts.common.labels import text

LABELS = {"title": "reading_controls", "size": "reading_text_size", "smaller": "reading_smaller",
          "default": "reading_default", "larger": "reading_larger", "contrast": "reading_contrast",
          "print": "print_page"}


def labels(lang: str) -> dict[str, str]:
    return {name: html.escape(text(key, lang)) for name, key in LABELS.items()}
