"""A synthetic copy of the project with N extra document pages, for benchmarks (never for the real site).

The copy uses the real templates, configuration, hooks and catalogue: each generated page has valid
`document:` front matter (types, issuers, dates and terms varied), an English twin, and a body
assembled from paragraphs of the real document pages, so indexes, search and backlinks grow as they would.
"""
from __future__ import annotations

import pathlib
import random
import shutil

from scripts.catalogue import split_front_matter
from scripts.common.paths import ROOT  # noqa: E402
from scripts.tools.site_build import copy_project

TYPES = [("ket-luan", "KL", "Kết luận", "Conclusion"), ("quy-dinh", "QĐ", "Quy định", "Regulation"),
         ("ke-hoach", "KH", "Kế hoạch", "Plan"), ("chi-thi", "CT", "Chỉ thị", "Directive"),
         ("nghi-quyet", "NQ", "Nghị quyết", "Resolution"), ("huong-dan", "HD", "Hướng dẫn", "Guidance")]
ISSUERS = ["bch-tw", "bo-chinh-tri", "ban-bi-thu", "tinh-uy-lao-cai", "tinh-uy-dak-nong", "btv-huyen-uy-kon-ray"]
SUFFIX = {"bch-tw": "TW", "bo-chinh-tri": "TW", "ban-bi-thu": "TW", "tinh-uy-lao-cai": "TU",
          "tinh-uy-dak-nong": "TU", "btv-huyen-uy-kon-ray": "HU"}
TERMS = ["XI", "XII", "XIII", None]


def paragraphs(lang: str) -> list[str]:
    """Body paragraphs of the real document pages (links and citations stay valid inside van-ban/)."""
    suffix = ".en.md" if lang == "en" else ".md"
    found = []
    for page in sorted((ROOT / "docs" / "van-ban").glob(f"*{suffix}")):
        if lang == "vi" and page.name.endswith(".en.md"):
            continue
        _, body = split_front_matter(page.read_text(encoding="utf-8"), page.name)
        found += [p.strip() for p in body.split("\n\n")
                  if p.strip() and not p.lstrip().startswith(("#", "!!!", "???", "|", "<!--", "    ", "-"))
                  and "](#" not in p]
    return found


def page_pair(i: int, rng: random.Random, vi_text: list[str], en_text: list[str]) -> tuple[str, str, str]:
    slug_type, code, vi_type, en_type = TYPES[i % len(TYPES)]
    issuer = ISSUERS[(i // len(TYPES)) % len(ISSUERS)]
    year = 2000 + i % 26
    number = f"{9000 + i}-{code}/{SUFFIX[issuer]}"
    doc_id = f"{slug_type}-{9000 + i}-{code.lower().replace('đ', 'd')}-{SUFFIX[issuer].lower()}-{year}"
    term = TERMS[i % len(TERMS)]
    date = f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    picks = rng.sample(range(len(vi_text)), 4)
    front = "\n".join([
        "---", f"title: {vi_type} số {number}", "document:", f"  number: {number}", f"  type: {slug_type}",
        f"  level: {'trung-uong' if SUFFIX[issuer] == 'TW' else 'dia-phuong'}",
        f"  issuer: {{value: {issuer}, source: [kon-ray-ke-hoach-66]}}", "  signer: null",
        f"  date: {{value: '{date}', source: [kon-ray-ke-hoach-66]}}",
        f"  term: {{value: {term}, source: [kon-ray-ke-hoach-66]}}" if term else "  term: null",
        f'  subject: {{vi: "Văn bản tổng hợp số {i} để đo hiệu năng", en: "Synthetic document {i} for benchmarks", '
        "source: [kon-ray-ke-hoach-66]}", "  relations: []", "---", ""])
    vi = front + f"# {vi_type} số {number}\n\n## Nội dung\n\n" + "\n\n".join(vi_text[p] for p in picks) + "\n"
    en = (f"---\ntitle: {en_type} {number}\n---\n\n# {en_type} {number}\n\n## Contents\n\n"
          + "\n\n".join(en_text[p % len(en_text)] for p in picks) + "\n")
    return doc_id, vi, en


def make(target: pathlib.Path, count: int, seed: int = 7) -> pathlib.Path:
    """Copy the project to `target` and add `count` synthetic documents; return the copy's root."""
    if target.exists():
        shutil.rmtree(target)
    copy_project(target)
    rng = random.Random(seed)
    vi_text, en_text = paragraphs("vi"), paragraphs("en")
    for i in range(count):  # like real documents, reached from the generated indexes, not the nav
        doc_id, vi, en = page_pair(i, rng, vi_text, en_text)
        (target / "docs" / "van-ban" / f"{doc_id}.md").write_text(vi, encoding="utf-8")
        (target / "docs" / "van-ban" / f"{doc_id}.en.md").write_text(en, encoding="utf-8")
    return target
