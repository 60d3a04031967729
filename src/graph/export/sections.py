"""The graph's RDF files assembled from sections: one for the things, one per document.

Most of a corpus's triples belong to one document: the document and its sentences, the
mentions in it (ten triples each), the reified assertions of what it states. None of them
depends on any other document (:func:`graph.rdf.document_sections`), so each document's
part of ``graph.ttl`` and ``graph.jsonld`` is serialised where the document is extracted
(in a worker, in parallel) and kept in the cache beside its extraction. A build then only
serialises the things section (entities, their names and relations: about a sixth of the
triples on a corpus) and writes the files as header + things + the documents' sections in document-id
order. A rebuild after one document changed re-serialises that one document.

The files are the same bytes as :func:`graph.export.rdf_files.turtle_of` and ``jsonld_of``
of :func:`graph.rdf.triples` (a test checks it), however the sections were made.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from json.encoder import encode_basestring

from typing import TYPE_CHECKING

from graph.model import Entity, Extraction, KnowledgeGraph

if TYPE_CHECKING:  # pragma: no cover
    from graph.rdf import Subjects

#: the shape of a document's section the build knows how to join; cached sections of another shape are remade
SECTION_FORMAT = 1


@dataclass(frozen=True, slots=True)
class DocumentSection:
    """One document's section of ``graph.ttl`` and ``graph.jsonld``, serialised (UTF-8)."""

    doc_id: str
    #: the path the document had when the section was made (``kg:sourcePath`` is in it)
    path: str
    #: Turtle subject blocks, no prefixes (:func:`graph.export.rdf_files.turtle_body`)
    turtle: bytes = field(repr=False)
    #: JSON-LD nodes joined by ``JSONLD_SEPARATOR`` (:func:`graph.export.rdf_files.jsonld_body`)
    jsonld: bytes = field(repr=False)
    triples: int


def document_section(ex: Extraction) -> DocumentSection:
    """The section of one extracted document (what a worker makes next to the extraction).

    Sentences and mentions, nine in ten of a section's subjects, are written from
    :class:`_Template` s; the rest (the document, its parts, the assertions) by the generic
    writers. Same bytes as :func:`_serialised` of the whole section (a test checks it).
    """
    from graph.export.rdf_files import jsonld_nodes, turtle_blocks
    from graph.link import entity_id
    from graph.rdf import extraction_subjects

    doc = ex.doc
    core = extraction_subjects(ex, text_nodes=False)
    blocks = list(zip((s for s, _ in core), turtle_blocks(core), jsonld_nodes(core), strict=True))
    triples = sum(len(pairs) for _, pairs in core)
    made = _text_node_blocks(ex, entity_id)
    if made is None:  # something the templates do not cover: the generic way, whole
        return _serialised(doc.id, doc.path, extraction_subjects(ex))
    for iri, ttl, js, n in made:
        blocks.append((iri, ttl, js))
        triples += n
    blocks.sort(key=lambda b: b[0])
    if any(a[0] == b[0] for a, b in zip(blocks, blocks[1:])):  # one subject twice: merge generically
        return _serialised(doc.id, doc.path, extraction_subjects(ex))
    return DocumentSection(doc_id=doc.id, path=doc.path, turtle="".join(b[1] for b in blocks).encode("utf-8"),
                           jsonld=",\n".join(b[2] for b in blocks).encode("utf-8"), triples=triples)


def _text_node_blocks(ex: Extraction, entity_id) -> list[tuple[str, str, str, int]] | None:  # noqa: ANN001
    """(subject IRI, Turtle block, JSON-LD node, triples) of every sentence and mention of
    ``ex``, or None for what the templates do not cover (a paged document; an id that would
    need escaping in an IRI, which the pipeline never makes): the generic writers do it then."""
    from graph.export.rdf_files import turtle_escape
    from graph.namespaces import RESOURCE_IRI
    from graph.rdf import typed_literal

    doc = ex.doc
    if doc.pages or not _SAFE_ID.fullmatch(doc.id) or any(not _SAFE_ID.fullmatch(p.id) for p in doc.parts):
        return None
    out: list[tuple[str, str, str, int]] = []
    for sent in ex.sentences:
        part = doc.part_at(sent.start) if doc.parts else None
        t = _sentence_template(part is not None)
        values = {"D": doc.id, "I": sent.index, "B": sent.start, "E": sent.end, "P": part.id if part else "",
                  "T": turtle_escape(sent.text), "J": _json_inner(sent.text)}
        out.append((f"{RESOURCE_IRI}doc/{doc.id}/s{sent.index}", t.turtle.format_map(values),
                    t.jsonld.format_map(values), t.triples))
    t = _mention_template()
    ids: dict[tuple, str] = {}  # an entity is usually named several times
    for m in ex.mentions:
        entity = ids.get((m.kind, m.key))
        if entity is None:
            entity = ids[(m.kind, m.key)] = entity_id(m.kind, m.key)
        kind = m.kind.value.lower()
        confidence = typed_literal(f"{m.confidence:.2f}", _DECIMAL)
        if not (_SAFE_ID.fullmatch(entity) and _SAFE_ID.fullmatch(kind) and _DECIMAL_SHORT.fullmatch(confidence)):
            return None
        values = {"D": doc.id, "B": m.start, "E": m.end, "K": kind, "X": entity, "S": m.sent_index,
                  "C": confidence, "T": turtle_escape(m.text), "J": _json_inner(m.text),
                  "R": turtle_escape(m.rule), "Q": _json_inner(m.rule)}
        out.append((f"{RESOURCE_IRI}doc/{doc.id}/m{m.start}-{m.end}-{kind}", t.turtle.format_map(values),
                    t.jsonld.format_map(values), t.triples))
    return out


#: ids that go into an IRI as they are, in Turtle and in compact JSON-LD alike
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_.-]+)*")
_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"
#: the decimals Turtle writes bare (as the generic writer does), which the mention template assumes
_DECIMAL_SHORT = re.compile(r"[0-9]*\.[0-9]+")


def _json_inner(text: str) -> str:
    """``text`` as inside a JSON string (what ``json.encoder.encode_basestring`` writes, unquoted)."""
    return encode_basestring(text)[1:-1]


@dataclass(frozen=True)
class _Template:
    """The Turtle block and JSON-LD node of one shape of subject, as ``str.format`` patterns.

    Why made, not written by hand: the generic writers serialise a probe subject whose
    values are markers (``QXTQX`` for a text, 900000002 for a number …); cutting their output
    at the markers gives patterns that produce, for real values, exactly what they would have
    written (same predicate order, prefixes, datatypes), without their work per triple.
    Texts are filled in escaped as each syntax escapes them (``T``/``R`` for Turtle,
    ``J``/``Q`` for JSON).
    """

    turtle: str
    jsonld: str
    triples: int

    @classmethod
    def of(cls, subjects: Subjects, markers: dict[str, str], json_names: dict[str, str]) -> _Template:
        from graph.export.rdf_files import jsonld_body, turtle_body

        turtle, jsonld = (x.replace("{", "{{").replace("}", "}}") for x in (turtle_body(subjects), jsonld_body(subjects)))
        for name, marker in markers.items():
            turtle = turtle.replace(marker, "{" + name + "}")
            jsonld = jsonld.replace(marker, "{" + json_names.get(name, name) + "}")
        for x in (turtle, jsonld):  # a marker left over would be written as it is
            if "QX" in x or "qx" in x or "9000000" in x:
                raise AssertionError(f"template with a marker left: {x}")
        return cls(turtle=turtle, jsonld=jsonld, triples=sum(len(pairs) for _, pairs in subjects))


@lru_cache(maxsize=2)
def _sentence_template(in_part: bool) -> _Template:
    from graph.model import Document, Part, Sentence
    from graph.rdf import document_subjects

    parts = (Part(id="QXPQX", number=1, label="l", title="t", start=0, end=900000009),) if in_part else ()
    doc = Document(id="QXDQX", path="p", title="t", text="", sha256="s", parts=parts)
    sent = Sentence(doc_id="QXDQX", index=900000001, start=900000002, end=900000003, text="QXTQX", paragraph=0)
    subjects = [x for x in document_subjects(doc, [sent], (), ()) if x[0].endswith("/s900000001")]
    markers = {"T": "QXTQX", "D": "QXDQX", "I": "900000001", "B": "900000002", "E": "900000003"}
    if in_part:
        markers["P"] = "QXPQX"
    return _Template.of(subjects, markers, {"T": "J"})


@lru_cache(maxsize=1)
def _mention_template() -> _Template:
    from types import SimpleNamespace

    from graph.rdf import _add_mention, _subject_order

    probe = SimpleNamespace(doc_id="QXDQX", start=900000002, end=900000003, kind=SimpleNamespace(value="QXKQX"),
                            text="QXTQX", sent_index=900000005, rule="QXRQX", confidence=900000.06)
    by_s: dict = {}
    _add_mention(by_s, probe, "QXXQX")  # type: ignore[arg-type] - only the attributes it reads
    markers = {"T": "QXTQX", "R": "QXRQX", "D": "QXDQX", "K": "qxkqx", "X": "QXXQX", "B": "900000002",
               "E": "900000003", "S": "900000005", "C": "900000.06"}
    return _Template.of(_subject_order(by_s), markers, {"T": "J", "R": "Q"})


def _sections(kg: KnowledgeGraph, only: set[str] | None = None) -> Iterator[DocumentSection]:
    from graph.rdf import document_sections

    paths = {d.id: d.path for d in kg.documents}
    for doc_id, subjects in document_sections(kg, only=only):
        yield _serialised(doc_id, paths[doc_id], subjects)


def _serialised(doc_id: str, path: str, subjects: Subjects) -> DocumentSection:
    from graph.export.rdf_files import jsonld_body, turtle_body

    return DocumentSection(doc_id=doc_id, path=path, turtle=turtle_body(subjects).encode("utf-8"),
                           jsonld=jsonld_body(subjects).encode("utf-8"),
                           triples=sum(len(pairs) for _, pairs in subjects))


@dataclass
class ThingsMemo:
    """The things section's subjects as last serialised: IRI -> (entity, relation pairs,
    Turtle block, JSON-LD node (both UTF-8), triples).

    A subject whose entity is the same object (the linker reuses an unchanged entity, see
    :class:`graph.link.LinkMemo`) and whose relation pairs are equal is not serialised
    again: after one document changed, a resident build re-serialises a few dozen of a
    corpus's tens of thousands of subjects.
    """

    subjects: dict[str, tuple[Entity | None, tuple, str, str, int]] = field(default_factory=dict)


def _things(kg: KnowledgeGraph, memo: ThingsMemo) -> tuple[bytes, bytes, int]:
    """The things section of ``kg`` (Turtle, JSON-LD, triples), reusing what ``memo`` holds;
    ``memo`` is left holding exactly this section's subjects."""
    from graph.export.rdf_files import JSONLD_SEPARATOR, jsonld_nodes, turtle_blocks
    from graph.rdf import thing_inputs, thing_subject

    inputs = thing_inputs(kg)
    old, new = memo.subjects, {}
    misses = [(iri, e, rels) for iri, e, rels in inputs
              if (hit := old.get(iri)) is None or hit[0] is not e or hit[1] != rels]
    if misses:  # serialised in one batch: the writers' tables are built once
        subjects = [thing_subject(*x) for x in misses]
        for (iri, e, rels), (_, pairs), ttl, js in zip(misses, subjects, turtle_blocks(subjects),
                                                       jsonld_nodes(subjects), strict=True):
            # (kept encoded: joining bytes is all a rebuild does with the subjects it did not change)
            new[iri] = (e, rels, ttl.encode("utf-8"), js.encode("utf-8"), len(pairs))
    memo.subjects = {iri: new.get(iri) or old[iri] for iri, _, _ in inputs}  # in subject order
    entries = memo.subjects.values()
    return (b"".join(x[2] for x in entries), JSONLD_SEPARATOR.encode("utf-8").join(x[3] for x in entries),
            sum(x[4] for x in entries))


@dataclass(frozen=True, slots=True)
class GraphSections:
    """A linked graph's RDF, ready to write: the things section and one section per document."""

    things: bytes = field(repr=False)
    things_jsonld: bytes = field(repr=False)
    things_triples: int
    documents: tuple[DocumentSection, ...] = field(repr=False)

    @classmethod
    def of(cls, kg: KnowledgeGraph, made: Mapping[str, DocumentSection] | None = None,
           memo: ThingsMemo | None = None) -> GraphSections:
        """The sections of ``kg``; document sections are taken from ``made`` (by document id)
        when they were made for the same path, and serialised here otherwise. ``memo`` keeps
        the things section's subjects between builds of a resident process (``kg watch``)."""
        made = made or {}
        missing = {d.id for d in kg.documents if (s := made.get(d.id)) is None or s.path != d.path}
        fresh = {s.doc_id: s for s in _sections(kg, missing)} if missing else {}
        things, things_jsonld, n = _things(kg, ThingsMemo() if memo is None else memo)
        return cls(things=things, things_jsonld=things_jsonld, things_triples=n,
                   documents=tuple(fresh.get(d.id) or made[d.id] for d in kg.documents))

    @property
    def triples(self) -> int:
        return self.things_triples + sum(s.triples for s in self.documents)

    def turtle_chunks(self) -> Iterator[bytes]:
        from graph.export.rdf_files import TURTLE_HEADER

        yield TURTLE_HEADER.encode("utf-8")
        yield self.things
        for s in self.documents:
            yield s.turtle

    def jsonld_chunks(self) -> Iterator[bytes]:
        from graph.export.rdf_files import JSONLD_HEAD, JSONLD_SEPARATOR, JSONLD_TAIL

        yield JSONLD_HEAD.encode("utf-8")
        sep = JSONLD_SEPARATOR.encode("utf-8")
        first = True
        for body in (self.things_jsonld, *(s.jsonld for s in self.documents)):
            if body:
                if not first:
                    yield sep
                yield body
                first = False
        yield JSONLD_TAIL.encode("utf-8")
