"""Citations: one numbered footnote per source and page; repeats past the back-linked ones keep its number."""
import re
import types

import markdown

from scripts.generate.citations import BACKLINKED_CITATIONS, render_citations

SOURCES = {"bai-a": {"short": {"vi": "Bài A"}}, "bai-b": {"short": {"vi": "Bài B"}}}


def rendered(body: str) -> str:
    catalogue = types.SimpleNamespace(sources=SOURCES)
    return markdown.markdown(render_citations(body, "van-ban/x.md", catalogue, "vi"), extensions=["footnotes"])


def test_every_citation_shows_the_number_of_its_sources_footnote():
    repeats = BACKLINKED_CITATIONS + 5
    body = ("Ghi chú tay.[^tay]\n\n[^tay]: Một chú thích viết tay.\n\n"
            + "\n\n".join(f"Dòng {i}.[@bai-a]" + ("[@bai-b]" if i == 2 else "") for i in range(repeats)))
    html = rendered(body)
    footnotes = html.split('<div class="footnote">')[1]
    numbers = {m: str(i) for i, m in enumerate(re.findall(r'<li id="fn:([^"]+)"', footnotes), start=1)}
    assert numbers == {"tay": "1", "src-bai-a": "2", "src-bai-b": "3"}
    refs = re.findall(r'<a class="footnote-ref" href="#fn:([^"]+)"[^>]*>(\d+)</a>', html.split('<div class="footnote">')[0])
    assert html.count('<sup class="footnote-repeat">') == repeats - BACKLINKED_CITATIONS  # styled like the others
    assert len(refs) == 1 + repeats + 1
    assert all(number == numbers[target] for target, number in refs), refs
    source_a = re.search(r'<li id="fn:src-bai-a">.*?</li>', footnotes, re.S).group(0)
    assert source_a.count('class="footnote-backref"') == BACKLINKED_CITATIONS
