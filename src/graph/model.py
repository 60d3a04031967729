"""The data model: frozen dataclasses that flow through the pipeline.

``Document -> Sentence -> Mention -> Entity / Relation``, each fact carrying a
``Provenance``. Offsets are half-open ``[start, end)`` code-point indices into
``Document.text``, always document-absolute; a ``Mention`` checks that the document text
sliced there is its own text when it is built through :func:`make_mention`.

This module must not import rdflib (``rdf.py`` is the one bridge) nor jieba.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from enum import StrEnum
from operator import attrgetter
from typing import TypeVar, dataclass_transform


class Kind(StrEnum):
    """Entity kinds; the values are the ontology class names."""

    PLACE = "Place"
    ORGANIZATION = "Organization"
    PERSON = "Person"
    MECHANISM = "Mechanism"
    GOAL = "Goal"
    EVENT = "Event"
    STATISTIC = "Statistic"
    PROBLEM = "Problem"
    DOCUMENT = "Document"  # only as a relation end (authorOf, cites); key = document or part id


class Predicate(StrEnum):
    """Relation predicates; the values are the ontology property names."""

    LOCATED_IN = "locatedIn"
    PRACTICES = "practices"
    AIMS_AT = "aimsAt"
    HAS_COMPONENT = "hasComponent"
    PROPOSED_BY = "proposedBy"
    AUTHOR_OF = "authorOf"
    EDITOR_OF = "editorOf"
    AFFILIATED_WITH = "affiliatedWith"
    CITES = "cites"
    FACES = "faces"
    ABOUT = "about"  # statistic -> the place/organisation it measures


def lookup(pairs: tuple[tuple[str, str], ...], name: str, default: str | None = None) -> str | None:
    """The value of ``name`` in sorted (name, value) pairs: attrs stay tuples so objects hash."""
    for k, v in pairs:
        if k == name:
            return v
    return default


_T = TypeVar("_T")


@dataclass_transform(kw_only_default=True, field_specifiers=(field,))
def record(cls: type[_T]) -> type[_T]:
    """``@dataclass(frozen=True, slots=True, kw_only=True)`` with a fast pickled state.

    Why: extractions cross a process boundary (workers) and the disk (the cache) as pickles,
    tens of thousands of sentences and mentions a corpus. The state functions dataclasses
    give slotted classes call ``fields(self)`` for every object (0.9 s to unpickle the
    corpus's extractions); a tuple read by one ``attrgetter`` and written back by name takes
    about half as long. Any sequence of values in field order is accepted back.
    """
    cls = dataclass(frozen=True, slots=True, kw_only=True)(cls)
    names = tuple(f.name for f in fields(cls))
    get = attrgetter(*names) if len(names) > 1 else (lambda obj: (getattr(obj, names[0]),))
    put = object.__setattr__

    def __getstate__(self: object) -> tuple:  # noqa: N807 - the pickle protocol's name
        return get(self)

    def __setstate__(self: object, state: tuple) -> None:  # noqa: N807
        for name, value in zip(names, state, strict=True):
            put(self, name, value)

    cls.__getstate__ = __getstate__  # type: ignore[attr-defined]
    cls.__setstate__ = __setstate__  # type: ignore[attr-defined]
    return cls


def stable_hash(*parts: str, length: int = 16) -> str:
    """A short, deterministic hex digest (never ``hash()``, which varies per process)."""
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8"))
    return h.hexdigest()[:length]


@record
class Part:
    """A paper inside a compilation (篇1, 篇2 …): a span of its document's text.

    Parts are not separate documents so that every offset stays document-absolute; they
    are separate ``Document`` nodes in the graph (``dcterms:isPartOf`` the whole).
    """

    id: str
    number: int
    label: str  # as written: 篇1
    title: str
    start: int
    end: int
    meta: tuple[tuple[str, str], ...] = ()  # this paper's own metadata (creator, contributor …)


@record
class Document:
    """One document as read: its text is what every offset points into.

    ``id`` is derived from the content hash, so the same text read from two paths is one
    document, and renaming a file does not change any IRI.
    """

    id: str
    path: str  # as given, relative where possible; never written into outputs absolute
    title: str
    text: str
    sha256: str
    encoding: str = "utf-8"
    format: str = "txt"
    part_of: str | None = None  # id of the compilation this paper was split from
    meta: tuple[tuple[str, str], ...] = ()  # (dcterms local name, value), sorted
    parts: tuple[Part, ...] = ()
    pages: tuple[int, ...] = ()  # start offset of each page (PDF), so a sentence knows its page

    def page_at(self, offset: int) -> int | None:
        """1-based page number of an offset, when the document has pages."""
        if not self.pages:
            return None
        from bisect import bisect_right

        return bisect_right(self.pages, offset) or None

    def part_at(self, offset: int) -> Part | None:
        """The paper an offset falls in, if the document is a compilation."""
        for p in self.parts:
            if p.start <= offset < p.end:
                return p
        return None

    def unit_at(self, offset: int) -> str:
        """Id of the smallest document unit (part or whole) holding an offset."""
        p = self.part_at(offset)
        return p.id if p else self.id


@record
class Sentence:
    """A sentence with document-absolute offsets and the paragraph it sits in."""

    doc_id: str
    index: int
    start: int
    end: int
    text: str
    paragraph: int


@record
class Token:
    text: str
    start: int
    end: int


@record
class Mention:
    """A span of text that names something of a kind.

    ``key`` is the identity the linker merges on (e.g. an administrative code, or a
    normalised name); ``label`` is the preferred name of the thing, which may differ from
    the surface ``text`` (湘西州 -> 湘西土家族苗族自治州). ``attrs`` carry kind-specific
    facts (level, code, parent key, value, unit …) as sorted string pairs.
    """

    doc_id: str
    sent_index: int
    start: int
    end: int
    text: str
    kind: Kind
    key: str
    label: str
    rule: str
    subtype: str | None = None
    confidence: float = 1.0
    aliases: tuple[str, ...] = ()  # other names the data knows (full name, short name)
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, name: str, default: str | None = None) -> str | None:
        return lookup(self.attrs, name, default)


@record
class Provenance:
    """Where a relation is stated: the sentence, the rule, and how sure the rule is.

    ``stated`` is False when the relation was inferred (from paragraph context, from the
    gazetteer) rather than read off the sentence.
    """

    doc_id: str
    sent_index: int
    start: int
    end: int
    rule: str
    confidence: float = 1.0
    stated: bool = True


@record
class RelationMention:
    """A relation between two things named by (kind, key), before linking."""

    subject_kind: Kind
    subject_key: str
    predicate: Predicate
    object_kind: Kind
    object_key: str
    prov: Provenance


@record
class Implied:
    """A thing known from data, not from a span of text (e.g. the province above a county
    named in the text, taken from the gazetteer). The linker creates an entity for it when
    no mention names it; its facts are marked as not stated."""

    kind: Kind
    key: str
    label: str
    subtype: str | None = None
    alt_labels: tuple[str, ...] = ()
    attrs: tuple[tuple[str, str], ...] = ()


@record
class Entity:
    """One real thing, merged from all its mentions across documents."""

    id: str
    kind: Kind
    key: str
    label: str
    subtype: str | None = None
    alt_labels: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, name: str, default: str | None = None) -> str | None:
        return lookup(self.attrs, name, default)


@record
class Relation:
    """A linked relation between two entities with every place it is stated."""

    subject: str
    predicate: Predicate
    object: str
    provs: tuple[Provenance, ...] = ()


@record
class Extraction:
    """Everything extracted from one document: the unit the cache and workers pass on."""

    doc: Document
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[RelationMention, ...]
    implied: tuple[Implied, ...] = ()


@dataclass(slots=True)
class KnowledgeGraph:
    """The linked result: documents, entities and relations, sorted by id."""

    documents: list[Document] = field(default_factory=list)
    sentences: dict[str, tuple[Sentence, ...]] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


#: rules whose mention's text refers to its entity without naming it (该县 for 阜平县, 三中 of
#: 十九届二中、三中全会): the linker keeps no such text among the entity's names
REFERRING_RULES = frozenset({"places.anaphor", "events.plenum_list"})


def make_mention(doc: Document, *, start: int, end: int, **kw: object) -> Mention:
    """Build a mention and check that its offsets slice back to its text."""
    text = doc.text[start:end]
    if not text:
        raise ValueError(f"empty mention at [{start}, {end}) in {doc.id}")
    given = kw.pop("text", None)
    if given is not None and given != text:
        raise ValueError(f"mention text {given!r} != document text {text!r} at [{start}, {end})")
    return Mention(doc_id=doc.id, start=start, end=end, text=text, **kw)  # type: ignore[arg-type]
