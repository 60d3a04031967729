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

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from typing import TYPE_CHECKING

from graph.model import Extraction, KnowledgeGraph

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
    """The section of one extracted document (what a worker makes next to the extraction)."""
    from graph.rdf import extraction_subjects

    return _serialised(ex.doc.id, ex.doc.path, extraction_subjects(ex))


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


@dataclass(frozen=True, slots=True)
class GraphSections:
    """A linked graph's RDF, ready to write: the things section and one section per document."""

    things: bytes = field(repr=False)
    things_jsonld: bytes = field(repr=False)
    things_triples: int
    documents: tuple[DocumentSection, ...] = field(repr=False)

    @classmethod
    def of(cls, kg: KnowledgeGraph, made: Mapping[str, DocumentSection] | None = None) -> GraphSections:
        """The sections of ``kg``; document sections are taken from ``made`` (by document id)
        when they were made for the same path, and serialised here otherwise."""
        from graph.export.rdf_files import jsonld_body, turtle_body
        from graph.rdf import thing_subjects

        made = made or {}
        missing = {d.id for d in kg.documents if (s := made.get(d.id)) is None or s.path != d.path}
        fresh = {s.doc_id: s for s in _sections(kg, missing)} if missing else {}
        things = thing_subjects(kg)
        return cls(things=turtle_body(things).encode("utf-8"), things_jsonld=jsonld_body(things).encode("utf-8"),
                   things_triples=sum(len(pairs) for _, pairs in things),
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
