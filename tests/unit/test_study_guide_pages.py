"""The study guides themselves (docs/tai-lieu-hoc-tap/, both languages): discussion questions and a self-review
sheet with room to write, each box marked as the site's own study aid, not document content."""
import re

import pytest

STUDY_AID = {"vi": "Gợi ý của trang (không phải nội dung văn bản)", "en": "The site's own study aid (not document content)"}


def admonitions(markdown: str) -> list[tuple[str, str, list[str]]]:
    """(classes, title, body lines) of each `!!!` box."""
    found, lines = [], markdown.split("\n")
    for i, line in enumerate(lines):
        head = re.match(r'^!!! ([\w -]+?) "(.*)"\s*$', line)
        if head:
            body = []
            for following in lines[i + 1:]:
                if following.strip() and not following.startswith("    "):
                    break
                body.append(following)
            found.append((head.group(1), head.group(2), body))
    return found


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_guide_has_questions_and_a_sheet_marked_as_the_sites_own_aid(catalogue, lang):
    from tests.conftest import ROOT

    assert len(catalogue.guides) == 6 and {g.topic for g in catalogue.guides} == {1, 2, 3, 4, 5, None}
    for guide in catalogue.guides:
        file = ROOT / "docs" / (guide.path if lang == "vi" else guide.path[:-3] + ".en.md")
        boxes = admonitions(file.read_text(encoding="utf-8"))
        assert boxes and all(title == STUDY_AID[lang] for _, title, _ in boxes), file
        questions = [b for c, _, b in boxes if c == "tip" and any(re.match(r"\s{4}\d+\. ", x) for x in b)]
        assert len(questions) == 1 and 5 <= sum(bool(re.match(r"\s{4}\d+\. ", x)) for x in questions[0]) <= 8
        [sheet] = [b for c, _, b in boxes if c == "tip self-review"]
        blank_rows = [x for x in sheet if re.fullmatch(r"\s{4}\|.*\|( +\|){2}\s*", x)]
        assert len(blank_rows) >= 4, f"{file}: the sheet needs rows with room to write"
        assert "<!-- generated: guide-documents -->" in file.read_text(encoding="utf-8")
