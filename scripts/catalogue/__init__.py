"""The catalogue: every page's front matter, validated, in one object the generators read.

    from scripts.catalogue import load, CatalogueError
    catalogue = load("docs")

errors.py     CatalogueError (file, field, what was expected)
model.py      the records: Document, Topic, Form, Place, Guide, Term, Event, PageInfo, Catalogue
front_matter.py  reading one page's YAML front matter and title
schema.py     the front-matter schema, block by block
references.py cross references between pages, numbers, guides and glossary terms
loading.py    load(docs_dir): all of the above over docs/
"""
from scripts.catalogue.errors import CatalogueError
from scripts.catalogue.front_matter import split_front_matter
from scripts.catalogue.loading import SNIPPETS_DIR, load
from scripts.catalogue.model import (
                                     Catalogue,
                                     Document,
                                     Event,
                                     Form,
                                     Guide,
                                     PageInfo,
                                     PartialDate,
                                     Place,
                                     Relation,
                                     Sourced,
                                     Term,
                                     Topic,
)

__all__ = ["SNIPPETS_DIR", "Catalogue", "CatalogueError", "Document", "Event", "Form", "Guide", "PageInfo",
           "PartialDate", "Place", "Relation", "Sourced", "Term", "Topic", "load", "split_front_matter"]
