"""The reading controls in the header (text size A− / A / A+ and high contrast): their words per language,
from scripts/common/labels.yml. Markup: overrides/partials/reading-controls.html; behaviour (remembered across
pages): overrides/assets/javascripts/reading-controls.js; looks: docs/stylesheets/accessibility.css."""
from __future__ import annotations

from scripts.common.labels import text

LABELS = {"title": "reading_controls", "size": "reading_text_size", "smaller": "reading_smaller",
          "default": "reading_default", "larger": "reading_larger", "contrast": "reading_contrast"}


def labels(lang: str) -> dict[str, str]:
    return {name: text(key, lang) for name, key in LABELS.items()}
