"""Printing: the check that no navigation chrome reaches paper knows the header and footer of a built page, and
fails when they are printed. The PDFs themselves are tested in tests/browser/test_print.py."""
import re

import pytest

from tests.conftest import ROOT
from tests.print_chrome import assert_no_chrome, built_page, chrome_texts


def test_the_chrome_check_knows_the_header_and_footer(site):
    chrome = chrome_texts(built_page(site, "vi", "van-ban/ket-luan-21-kl-tw-2021.md"))
    site_name = re.search(r'^site_name: "(.*)"$', (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE)
    assert site_name.group(1) in chrome and "Thông tin văn bản" not in chrome
    with pytest.raises(AssertionError, match="chrome printed"):
        assert_no_chrome(f"Kết luận số 21-KL/TW {site_name.group(1)}", built_page(site, "vi", "van-ban/index.md"), "vi")
