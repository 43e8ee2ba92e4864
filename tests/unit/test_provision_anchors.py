"""A provision's anchor (`#dieu-13`) is permanent: people link to it and print it. Every anchor the site has
published is listed in provision_anchors.txt; the test fails when one changes or disappears, and when a new
provision is not listed yet (so that adding one is a conscious step too)."""
import pathlib

from scripts.catalogue import load
from tests.conftest import ROOT

LOCK = pathlib.Path(__file__).with_name("provision_anchors.txt")


def published(lock: pathlib.Path = LOCK) -> set[str]:
    return {line.strip() for line in lock.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def current(docs: pathlib.Path = ROOT / "docs") -> set[str]:
    catalogue = load(docs)
    return {f"{doc.id}#{p.anchor}" for doc in catalogue.documents.values() for p in doc.provisions}


def test_no_published_provision_anchor_changes_or_goes():
    gone = sorted(published() - current())
    assert gone == [], f"anchors readers may have linked to are gone: {gone}"


def test_every_provision_anchor_is_listed():
    new = sorted(current() - published())
    assert new == [], f"add these lines to {LOCK.name}: {new}"


def test_a_renamed_anchor_is_caught(tmp_path):
    lock = tmp_path / "anchors.txt"
    lock.write_text("quy-dinh-37-qd-tw-2021#dieu-13\nquy-dinh-37-qd-tw-2021#dieu-99\n", encoding="utf-8")
    assert sorted(published(lock) - current()) == ["quy-dinh-37-qd-tw-2021#dieu-99"]
