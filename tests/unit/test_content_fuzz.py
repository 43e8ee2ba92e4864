"""The content loader fuzzed with Hypothesis: random and mutated front matter, random text and random bytes
in a page never end in a traceback; the loader either accepts the tree or raises a CatalogueError that names
a file of the tree. Seeded (derandomize) with a fixed number of examples, so CI runs the same cases."""
import pathlib
import tempfile

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scripts.catalogue import CatalogueError, load, split_front_matter
from tests.unit.content_fixture import GLOSSARY, SOURCES, document, make_docs

EXAMPLES = 150  # per test: 4 tests, 600 trees in all (about 10 s)
FUZZ = settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None, print_blob=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Where a fuzzed page goes: each section's rules apply there
PAGES = ["van-ban/ket-luan-21-kl-tw-2021.md", "nguon.md", "thuat-ngu.md", "chien-dich/index.md",
         "noi-dung/1-quan-diem.md", "hinh-thuc/hoi-nghi.md", "dia-phuong/noi.md", "tai-lieu-hoc-tap/noi-dung-1.md",
         "bang-dich.md", "gioi-thieu.md", "van-ban/ket-luan-21-kl-tw-2021.en.md"]
# Keys the schema knows (and near misses), so that fuzzed mappings reach deep into the blocks
KEYS = ["title", "document", "number", "type", "level", "issuer", "signer", "date", "term", "subject", "relations",
        "target", "source", "value", "vi", "en", "sources", "id", "kind", "short", "terms", "definition", "events",
        "label", "topic", "documents", "form", "place", "name", "province", "guide", "translations", "provisions",
        "anchor", "summary", "structure", "unit", "total", "status", "statement", "url", "signr", "sourec", "hide"]

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10, 3000), st.floats(allow_nan=True),
                    st.text(max_size=30), st.sampled_from(["2021-10-25", "2021-02-30", "XIII", "bch-tw", "bai-a",
                                                           "ket-luan", "trung-uong", "21-KL/TW", "<b>x</b>", "&lt;",
                                                           "ket-luan-21-kl-tw-2021", "thuc-hien", "article"]))
values = st.recursive(scalars, lambda children: st.one_of(
    st.lists(children, max_size=4),
    st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=8)), children, max_size=5)), max_leaves=25)
front_matters = st.dictionaries(st.sampled_from(KEYS), values, max_size=6)


def outcome(pages: dict) -> None:
    """Load a tree made of the minimal fixture and `pages` ({path: text or bytes}); any failure must be a
    CatalogueError naming a file of the tree."""
    with tempfile.TemporaryDirectory() as folder:
        root = pathlib.Path(folder)
        texts = {p: v for p, v in pages.items() if isinstance(v, str)}
        make_docs(root, texts)
        for rel, data in pages.items():
            if isinstance(data, bytes):
                (root / rel).parent.mkdir(parents=True, exist_ok=True)
                (root / rel).write_bytes(data)
        try:
            load(root)
        except CatalogueError as error:
            assert (root / error.file).is_file() or error.file.endswith(".md"), str(error)
            assert str(error).startswith(f"{error.file}: field '"), str(error)
            assert len(str(error)) < 2000


def page_with(meta: dict, body: str = "# Trang\n\nBàn về tự diễn biến.\n") -> str:
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n" + body


@FUZZ
@given(page=st.sampled_from(PAGES), meta=front_matters)
def test_random_front_matter_never_ends_in_a_traceback(page, meta):
    outcome({page: page_with(meta)})


def _mutate(value, path: list, new):
    """`value` with the item at `path` replaced by `new` (or deleted when new is ...)."""
    if not path:
        return {} if new is ... else new
    head, rest = path[0], path[1:]
    if isinstance(value, dict) and head in value:
        copy = dict(value)
        if not rest and new is ...:
            del copy[head]
        else:
            copy[head] = _mutate(value[head], rest, new)
        return copy
    if isinstance(value, list) and isinstance(head, int) and head < len(value):
        copy = list(value)
        copy[head] = _mutate(value[head], rest, None if new is ... else new)
        return copy
    return value


def _paths(value, here=()):
    yield list(here)
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*here, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, (*here, i))


VALID = {"van-ban/ket-luan-21-kl-tw-2021.md": document(
             relations="\n    - {type: nhac-den, target: ket-luan-21-kl-tw-2021, source: [bai-a]}"),
         "nguon.md": SOURCES, "thuat-ngu.md": GLOSSARY}


@FUZZ
@given(data=st.data())
def test_mutated_valid_front_matter_never_ends_in_a_traceback(data):
    page = data.draw(st.sampled_from(sorted(VALID)))
    meta, body = split_front_matter(VALID[page], page)
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(list(_paths(meta))))
        new = data.draw(st.one_of(st.just(...), values))
        meta = _mutate(meta, path, new)
    outcome({page: page_with(meta if isinstance(meta, dict) else {"title": meta}, body)})


@FUZZ
@given(page=st.sampled_from(PAGES), text=st.text(max_size=400))
def test_random_text_in_the_front_matter_block_never_ends_in_a_traceback(page, text):
    outcome({page: f"---\n{text}\n---\n# Trang\n"})


@FUZZ
@given(page=st.sampled_from(PAGES), data=st.binary(max_size=300), prefix=st.sampled_from([b"", b"---\n", b"\xef\xbb\xbf"]))
def test_random_bytes_in_a_page_never_end_in_a_traceback(page, data, prefix):
    outcome({page: prefix + data})
