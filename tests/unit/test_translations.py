"""The two editions cannot drift apart, in the sources: every Vietnamese page has a faithful English twin (the
parity check, which can fail), twins hold no language-neutral metadata, and they follow the published
translation table. The built editions are checked in tests/site/test_i18n.py."""
import re
import shutil

import pytest
import yaml

from scripts.tools.translation_parity import compare, vietnamese_pages
from tests.conftest import ROOT


@pytest.mark.parametrize("page", vietnamese_pages())
def test_every_page_has_a_faithful_twin(page):
    assert compare(page) == []


def test_parity_check_names_a_missing_or_stale_translation(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs" / "noi-dung", docs / "noi-dung")
    page = "noi-dung/5-vai-tro-neu-guong.md"
    assert compare(page, docs) == []
    twin = docs / "noi-dung" / "5-vai-tro-neu-guong.en.md"
    text = twin.read_text(encoding="utf-8")
    twin.write_text(re.sub(r"^## ", "### ", text, count=1, flags=re.MULTILINE), encoding="utf-8")
    assert any("5-vai-tro-neu-guong.en.md: heading levels differ" in p for p in compare(page, docs))
    twin.write_text(text.replace("[@kon-ray-ke-hoach-66]", "", 1), encoding="utf-8")
    assert any("citations differ" in p and "kon-ray-ke-hoach-66" in p for p in compare(page, docs))
    twin.unlink()
    assert compare(page, docs) == ["noi-dung/5-vai-tro-neu-guong.en.md: missing translation of " + page]


def test_translations_hold_no_language_neutral_metadata():
    for twin in sorted((ROOT / "docs").rglob("*.en.md")):
        meta = yaml.safe_load(twin.read_text(encoding="utf-8").split("---")[1]) or {}
        assert set(meta) <= {"title", "description", "hide", "search"}, twin


# Terms whose English rendering must appear in a twin whenever the Vietnamese page uses them (outside quotations).
CORE_TERMS = ["Bộ Chính trị", "Ban Bí thư", "Tỉnh ủy", "Huyện ủy", "Tổng Bí thư", "tự diễn biến", "tự chuyển hóa",
              "Mặt trận Tổ quốc", "tự phê bình và phê bình", "nêu gương", "phiếu tín nhiệm", "tập trung dân chủ",
              "Diễn đàn sinh hoạt chi bộ", "cao điểm"]


def test_translations_follow_the_published_translation_table(catalogue):
    from scripts.catalogue import split_front_matter
    from scripts.common.collation import fold
    from scripts.common.markdown import LINK
    from scripts.common.matching import contains as _contains
    from scripts.common.matching import matchable as _matchable

    quoted = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
    table = {fold(term.term): term.en for term in catalogue.terms}
    table.update({fold(pair["vi"]): pair["en"] for pair in catalogue.translations})
    misses = []
    for page in vietnamese_pages():
        vi_body = split_front_matter((ROOT / "docs" / page).read_text(encoding="utf-8"), page)[1]
        vi_text = _matchable(quoted.sub(" ", LINK.sub("]", vi_body)))
        twin = ROOT / "docs" / page.replace(".md", ".en.md")
        en_text = _matchable(split_front_matter(twin.read_text(encoding="utf-8"), str(twin))[1]).lower()
        for term in CORE_TERMS:
            english = _matchable(re.sub(r"\s*\(.*?\)", "", table[fold(term)])).lower()
            if _contains(vi_text, term) and english not in en_text:
                misses.append(f"{twin.relative_to(ROOT)}: '{term}' should read '{english}'")
    assert misses == []
