"""The front-matter schema, declared once as pydantic models: each block's fields, their types and allowed
values. CONTENT_MODEL.md explains the same for writers; the open data's JSON Schemas are generated from the
same field types (scripts/open_data/models.py).

Every check raises CatalogueError naming the file, the dotted field (`document.relations[0].type`) and what
was expected: `validate(model, data, file, prefix)` turns pydantic's first error into one.
"""
from __future__ import annotations

import difflib
import html
import re
from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError

from scripts.catalogue.errors import CatalogueError
from scripts.catalogue.model import PartialDate, Sourced
from scripts.common import labels
from scripts.common.labels import DEFAULT_LANGUAGE

KHOA_PATTERN = r"^L?X{0,3}(?:IX|IV|V?I{0,3})$"  # a Roman numeral up to LXXXIX (with at least one letter)
ROMAN = re.compile(KHOA_PATTERN)
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
ISO_DATE_PATTERN = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
SOURCE_KINDS = ("article", "external", "web")
# A translation (`x.en.md`) holds only what is said in its language; everything else is read from `x.md`.
TWIN_KEYS = {"title", "description", "hide", "search"}
# Which front-matter block each section's pages must carry (index pages and theo-*.md are indexes).
SECTION_BLOCK = {"van-ban": "document", "noi-dung": "topic", "hinh-thuc": "form", "dia-phuong": "place"}
GUIDES_DIR = "tai-lieu-hoc-tap"  # study guides: each page (but index.md) may carry a `guide:` block
REQUIRED = "this required field (write null if unknown)"
# A document number: digits, then letter groups joined by ASCII '-' and '/' ("37-QĐ/TW", "02-HD/UBKTTW");
# look-alike dashes and slashes (U+2011, U+2013, U+2044 ...) would pass the eye and differ in the data
NUMBER_PATTERN = r"^[0-9]+[a-zA-Z]?(-[A-ZĐa-zđ]+)+(/[A-ZĐa-zđ0-9]+(-[A-ZĐa-zđ0-9]+)*)*$"
MARKUP = re.compile(r"<[A-Za-z/!?]")
ADDRESS_KEYS = {"url", "urls"}  # web addresses: checked as such, and '&' in them is part of the query
PLAIN_TEXT = ("plain text: no HTML tags ('<' followed by a letter, '/', '!' or '?') and no character "
              "references such as '&amp;amp;' (write the character itself)")


def fail(expected: str, got: Any = ..., key: str | None = None):
    """Stop validation: `expected` is what the field should hold; `key` names a field below this one."""
    raise PydanticCustomError("catalogue", "expected {expected}", {"expected": expected, "got": got, "key": key})


def checked(check, json_schema: dict):
    """A field type: `check(value)` returns the value to keep or calls fail(); `json_schema` describes it."""
    return Annotated[Any, BeforeValidator(check), WithJsonSchema(json_schema)]


def leaves(value: Any, path: str = ""):
    """(dotted path, value) of every scalar in a front-matter value: `document.relations[0].type`."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from leaves(item, f"{path}[{i}]")
    else:
        yield path, value


def check_plain_text(meta: dict, file: str) -> None:
    """Front matter is plain text: every value is escaped wherever the build writes it, and markup in a
    value (a title with `<script>`, a subject with `&lt;`) is refused here, naming the field, so that even
    a template that prints a value raw (Material's page title) cannot be made to run or show markup."""
    for path, value in leaves(meta):
        if not isinstance(value, str) or path.rsplit(".", 1)[-1].split("[")[0] in ADDRESS_KEYS:
            continue
        if MARKUP.search(value) or html.unescape(value) != value:
            raise CatalogueError(file, path, PLAIN_TEXT, value)


def did_you_mean(key: str, known: list[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def only_keys(raw: dict, allowed: list[str]) -> None:
    """`raw` holds no key but `allowed` (a near miss is named: 'signr' → did you mean 'signer'?)."""
    unknown = sorted(set(raw) - set(allowed), key=str)
    if unknown:
        fail("one of the keys " + ", ".join(allowed) + did_you_mean(str(unknown[0]), allowed), key=str(unknown[0]))


# --------------------------------------------------------------------------------------------------
# Field types


def _text(value: Any, nullable: bool = False) -> str | None:
    if value is None and nullable:
        return None
    if not isinstance(value, str) or not value.strip():
        fail("a non-empty string" + (" or null" if nullable else ""), value)
    return value.strip()


def _texts(value: Any, nullable: bool = False) -> dict | None:
    if value is None and nullable:
        return None
    if not isinstance(value, dict) or not isinstance(value.get(DEFAULT_LANGUAGE), str):
        fail("a mapping with a 'vi' text (and 'en')", value)
    only_keys(value, labels.languages())
    return {lang: str(value[lang]).strip() for lang in labels.languages() if value.get(lang)}


def _ids(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        fail("a list of ids", value)
    return value


def _source_ids(value: Any) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(item, str) for item in value):
        fail("a non-empty list of source ids from nguon.md", value)
    return value


def key_of(group: str, sort: bool = False):
    """One of the keys of `group` in labels.yml (document types, relations, ...)."""
    def check(value: Any) -> str:
        allowed = sorted(labels.keys(group)) if sort else labels.keys(group)
        if value not in allowed:
            fail("one of " + ", ".join(allowed), value)
        return value
    return checked(check, {"enum": labels.keys(group)})


TEXT_SCHEMA = {"type": "string", "minLength": 1}
TEXTS_SCHEMA = {"type": "object", "required": ["vi"], "properties": {"vi": TEXT_SCHEMA, "en": TEXT_SCHEMA}}
ID_SCHEMA = {"type": "string", "pattern": ID_PATTERN}
Text = checked(_text, TEXT_SCHEMA)
OptionalText = checked(lambda value: _text(value, nullable=True), {"oneOf": [TEXT_SCHEMA, {"type": "null"}]})
Texts = checked(_texts, TEXTS_SCHEMA)
Ids = checked(_ids, {"type": "array", "items": ID_SCHEMA})
SourceIds = checked(_source_ids, {"type": "array", "items": ID_SCHEMA, "minItems": 1})


def _value(raw: dict) -> Any:
    only_keys(raw, ["value", "source"])
    if "value" not in raw:
        raise KeyError("value")
    return raw["value"]


def parse_date(raw: dict) -> PartialDate | None:
    value = _value(raw)
    return None if value is None else PartialDate.parse(value)


parse_date.expected = "{value: YYYY-MM-DD (or YYYY-MM, YYYY), source: [...]} with a real calendar date"


def parse_khoa(raw: dict) -> str | None:
    value = _value(raw)
    if value is None:
        return None
    if not isinstance(value, str) or not value or not ROMAN.match(value):
        raise ValueError(value)
    return value


parse_khoa.expected = "{value: a Roman numeral such as XIII, source: [...]}"


def parse_text(raw: dict) -> dict:
    only_keys(raw, [*labels.languages(), "source"])
    if not isinstance(raw.get(DEFAULT_LANGUAGE), str) or not raw[DEFAULT_LANGUAGE].strip():
        raise ValueError(raw)
    return {lang: raw[lang].strip() for lang in labels.languages() if isinstance(raw.get(lang), str)}


parse_text.expected = "{vi: text, en: text, source: [...]}"


def parse_key(group: str):
    def parse(raw: dict) -> str | None:
        value = _value(raw)
        if value is not None and value not in labels.keys(group):
            raise ValueError(value)
        return value

    parse.expected = "{value: one of " + ", ".join(labels.keys(group)) + ", source: [...]}"
    return parse


def sourced(parse, value_schema: dict):
    """A `{value: ..., source: [...]}` field (a translated one: `{vi:, en:, source:}`), or null for a value no
    source states. The value is parsed by `parse`; a known value names at least one source."""
    def check(value: Any) -> Sourced:
        if value is None:
            return Sourced(None, [])
        if not isinstance(value, dict):
            fail("a mapping", value)
        raw = {k: v for k, v in value.items() if k != "source"}
        try:
            parsed = parse(raw)
        except PydanticCustomError:  # an unknown key, already named
            raise
        except (ValueError, TypeError, KeyError):
            fail(getattr(parse, "expected", "a valid value"), raw)
        if parsed is None:
            return Sourced(None, [])
        if "source" not in value:
            fail(REQUIRED, key="source")
        try:
            return Sourced(parsed, _source_ids(value["source"]))
        except PydanticCustomError as error:
            fail(error.context["expected"], value["source"], key="source")
    schema = {"oneOf": [{"type": "null"}, {"type": "object", "required": ["source"],
                                           "properties": {"source": SourceIds.__metadata__[1].json_schema},
                                           **value_schema}]}
    return checked(check, schema)


def _partial_date(value: Any) -> PartialDate:
    try:
        return PartialDate.parse(value)
    except ValueError:
        fail("YYYY-MM-DD, YYYY-MM or YYYY", value)


DATE_SCHEMA = {"type": "string", "pattern": ISO_DATE_PATTERN}
KHOA_SCHEMA = {"type": "string", "minLength": 1, "pattern": KHOA_PATTERN}
PartialDateField = checked(_partial_date, DATE_SCHEMA)


# --------------------------------------------------------------------------------------------------
# Blocks


class Block(BaseModel):
    """A front-matter mapping: every key known (KEYS_NAME names them in errors), every field required
    unless it has a default."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)
    KEYS_NAME: ClassVar[str] = "the keys of this block"

    @model_validator(mode="before")
    @classmethod
    def _known_keys(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            fail("a mapping", data)
        unknown = sorted(set(data) - set(cls.model_fields), key=str)
        if unknown:
            known = sorted(cls.model_fields)
            fail(f"one of {cls.KEYS_NAME}: " + ", ".join(known) + did_you_mean(str(unknown[0]), known),
                 key=str(unknown[0]))
        cls.check_mapping(data)
        return data

    @classmethod
    def check_mapping(cls, data: dict) -> None:
        """Checks of the whole mapping that no single field can make (after the keys are known)."""


def listing(expected: str):
    """A list of entries; anything else is `expected`."""
    def check(value: Any) -> list:
        if not isinstance(value, list):
            fail(expected, value)
        return value
    return BeforeValidator(check)


class RelationBlock(Block):
    type: key_of("relations")
    target: Text
    source: SourceIds


def _relations(value: Any) -> list:
    if not isinstance(value, list):
        fail("a list (write [] when none)", value)
    return value


def _both(value: Any, nullable: bool = False) -> dict | None:
    """A text in both languages (what a document says is shown in both editions)."""
    if value is None and nullable:
        return None
    if not isinstance(value, dict) or not all(isinstance(value.get(lang), str) and value[lang].strip()
                                              for lang in labels.languages()):
        fail("a mapping with a 'vi' and an 'en' text" + (" or null" if nullable else ""), value)
    only_keys(value, labels.languages())
    return {lang: value[lang].strip() for lang in labels.languages()}


BOTH_SCHEMA = {"type": "object", "required": ["vi", "en"], "properties": {"vi": TEXT_SCHEMA, "en": TEXT_SCHEMA}}
BothTexts = checked(_both, BOTH_SCHEMA)
OptionalBothTexts = checked(lambda value: _both(value, nullable=True), {"oneOf": [BOTH_SCHEMA, {"type": "null"}]})


def _anchor(value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(ID_PATTERN, value):
        fail("an anchor of lower-case ASCII words joined by '-' (dieu-13, bieu-hien-tu-tuong-5)", value)
    return value


Anchor = checked(_anchor, ID_SCHEMA)


def _count(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        fail("a whole number of at least 1, or null when no source states it", value)
    return value


Count = checked(_count, {"oneOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]})


def _web_address(value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(WEB_ADDRESS, value):
        fail("an http:// or https:// address (no spaces, quotes, backslashes or angle brackets)", value)
    return value


WEB_ADDRESS = r"https?://[^\s/<>\"'`\\]+[^\s<>\"'`\\]*"
WebAddress = checked(_web_address, {"type": "string", "pattern": f"^{WEB_ADDRESS}$"})


class ProvisionGroup(Block):
    """How a document groups its provisions (the three groups of nine manifestations of 04-NQ/TW)."""

    key: Anchor
    label: BothTexts
    total: Count


class StructureBlock(Block):
    """What a document is made of, as far as the sources say: the unit its provisions are counted in, how
    many there are, and its groups."""

    unit: key_of("provision_kinds")
    total: Count
    groups: list[ProvisionGroup] = []
    summary: BothTexts
    source: SourceIds


class ProvisionBlock(Block):
    """One provision (article, chapter, manifestation, task...) in the sources' words summarised, cited."""

    anchor: Anchor
    kind: key_of("provision_kinds")
    number: OptionalText
    group: OptionalText = None
    label: BothTexts
    heading: OptionalBothTexts = None
    summary: BothTexts
    explained_by: Ids = []
    conflict: OptionalBothTexts = None
    note: OptionalBothTexts = None  # a caveat: e.g. a number that is only the order a source lists it in
    source: SourceIds


class StatusBlock(Block):
    """What the sources say of the document's status today. Replaced, amended or followed by a later
    document is not written here: it comes from the later document's relations."""

    value: key_of("statuses")
    statement: BothTexts
    source: Ids


class ComparisonRow(Block):
    old: OptionalBothTexts
    new: checked(lambda value: None if value is None else _anchor(value), {"oneOf": [ID_SCHEMA, {"type": "null"}]})
    change: key_of("changes")
    note: OptionalBothTexts = None
    source: SourceIds


class ComparisonNote(Block):
    text: BothTexts
    source: SourceIds


class ComparisonBlock(Block):
    """What changed from the document this one replaced: old point → new provision where a source gives
    the map, and what the sources say was added."""

    previous: Text
    rows: list[ComparisonRow] = []
    added: list[ComparisonNote] = []


class FullTextLink(Block):
    """Where a source gives the address of the document's full text (the site never reproduces it)."""

    url: WebAddress
    publisher: BothTexts
    source: SourceIds


def _number(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(NUMBER_PATTERN, value):
        fail("a document number such as 21-KL/TW or 02-HD/UBKTTW (digits, then letters joined by the ASCII "
             "'-' and '/', no spaces, no look-alike dashes or slashes), or null when no source states it", value)
    return value


class DocumentBlock(Block):
    """`document:` on a page in van-ban/: what the sources state about one document."""

    number: checked(_number, {"oneOf": [{"type": "string", "pattern": NUMBER_PATTERN}, {"type": "null"}]})
    type: key_of("types")
    level: key_of("levels")
    issuer: sourced(parse_key("issuers"), {"properties": {"value": {"enum": labels.keys("issuers")}}})
    signer: sourced(parse_text, {"properties": {"vi": TEXT_SCHEMA, "en": TEXT_SCHEMA}})
    date: sourced(parse_date, {"properties": {"value": DATE_SCHEMA}})
    term: sourced(parse_khoa, {"properties": {"value": KHOA_SCHEMA}})
    subject: sourced(parse_text, {"properties": {"vi": TEXT_SCHEMA, "en": TEXT_SCHEMA}})
    relations: Annotated[list[RelationBlock], BeforeValidator(_relations)]
    structure: StructureBlock = None
    provisions: Annotated[list[ProvisionBlock], listing("a list of provisions")] = []
    status: StatusBlock = None
    comparison: ComparisonBlock = None
    full_text: Annotated[list[FullTextLink], listing("a list of {url, publisher, source}")] = []


def _topic_number(value: Any) -> int:
    if value not in range(1, 6):
        fail("a whole number from 1 to 5", value)
    return value


class TopicBlock(Block):
    """`topic:` on a page in noi-dung/: one of the five main contents."""

    number: checked(_topic_number, {"type": "integer", "minimum": 1, "maximum": 5})
    short: Texts
    documents: Ids
    source: SourceIds


class FormBlock(Block):
    """`form:` on a page in hinh-thuc/: one form of organization."""

    short: Texts
    source: SourceIds


class PlaceBlock(Block):
    """`place:` on a page in dia-phuong/: one local implementation."""

    name: Texts
    province: OptionalText
    documents: Ids
    source: SourceIds


def _guide_topic(value: Any) -> int:
    if isinstance(value, bool) or value not in range(1, 6):
        fail("a whole number from 1 to 5", value)
    return value


def _guide_form(value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"hinh-thuc/[a-z0-9-]+\.md", value):
        fail("the path of a form page, such as hinh-thuc/x.md", value)
    return value


class GuideBlock(Block):
    """`guide:` on a study guide: the topic or the form it covers, and the documents behind it beyond those
    the topic names."""

    KEYS_NAME: ClassVar[str] = "the guide keys"
    topic: checked(_guide_topic, {"type": "integer", "minimum": 1, "maximum": 5}) = None
    form: checked(_guide_form, {"type": "string", "pattern": r"^hinh-thuc/[a-z0-9-]+\.md$"}) = None
    documents: Ids

    @classmethod
    def check_mapping(cls, data: dict) -> None:
        if ("topic" in data) == ("form" in data):
            fail("exactly one of 'topic' (a topic number) or 'form' (a form page path)", data)


class TermBlock(Block):
    """One entry of `terms:` (the glossary, thuat-ngu.md)."""

    term: Text
    en: Text
    definition: Texts
    source: SourceIds


class SourceBlock(Block):
    """One entry of `sources:` (nguon.md)."""

    id: Text
    kind: checked(lambda value: value if value in SOURCE_KINDS else fail("one of " + ", ".join(SOURCE_KINDS), value),
                  {"enum": list(SOURCE_KINDS)})
    short: Texts
    publisher: Texts = None
    headline: Texts = None
    author: OptionalText = None
    date: OptionalText = None
    date_note: Texts = None
    note: Texts = None
    about: OptionalText = None
    url: WebAddress = None
    page_kind: key_of("page_kinds") = None
    urls: checked(lambda value: value if isinstance(value, list) and all(isinstance(u, str) for u in value)
                  else fail("a list of addresses", value), {"type": "array", "items": {"type": "string"}}) = None


class EventBlock(Block):
    """One entry of `events:` (chien-dich/index.md)."""

    date: PartialDateField
    label: Texts
    kind: key_of("event_kinds")
    source: SourceIds


def _pair(value: Any) -> dict:
    if not isinstance(value, dict) or set(value) != set(labels.languages()) or \
            not all(isinstance(v, str) and v.strip() for v in value.values()):
        fail("a pair {vi: text, en: text}", value)
    return {lang: value[lang].strip() for lang in labels.languages()}


TranslationPair = checked(_pair, {"type": "object", "required": ["vi", "en"],
                                  "properties": {"vi": TEXT_SCHEMA, "en": TEXT_SCHEMA}})


class PageBlocks(Block):
    """The keys a page's front matter may hold: Material's own, and the blocks above."""

    KEYS_NAME: ClassVar[str] = "the known front-matter keys"
    title: Text = None
    description: Any = None
    hide: Any = None
    search: Any = None
    tags: Any = None
    document: DocumentBlock = None
    topic: TopicBlock = None
    form: FormBlock = None
    place: PlaceBlock = None
    guide: GuideBlock = None
    terms: Annotated[list[TermBlock], listing("a list of terms")] = None
    sources: Annotated[list[SourceBlock], listing("a list of sources")] = None
    events: Annotated[list[EventBlock], listing("a list of events")] = None
    translations: Annotated[list[TranslationPair], listing("a list of {vi: ..., en: ...} pairs")] = None


PAGE_KEYS = set(PageBlocks.model_fields)


def _path(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validate(model: type[Block], data: Any, file: str, prefix: str = ""):
    """`model` checked against `data`; the first problem becomes a CatalogueError (file, dotted field,
    what was expected and, where useful, what was found)."""
    try:
        return model.model_validate(data)
    except ValidationError as errors:
        error = errors.errors(include_url=False)[0]
        loc = tuple(error["loc"])
        context = error.get("ctx") or {}
        if error["type"] == "catalogue":
            if context.get("key"):
                loc += (context["key"],)
            field = _path(((prefix,) if prefix else ()) + loc)
            raise CatalogueError(file, field, context["expected"], context["got"]) from None
        field = _path(((prefix,) if prefix else ()) + loc)
        if error["type"] == "missing":
            raise CatalogueError(file, field, REQUIRED) from None
        raise CatalogueError(file, field, error["msg"], error.get("input")) from None
