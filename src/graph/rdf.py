"""The one bridge from the model to RDF: ``to_rdf(kg) -> rdflib.Graph``.

Vocabulary: the project's ontology (``kg:``, ontology/kg.ttl) for things and relations;
NIF 2.0 for documents, sentences and mentions (``nif:Context``, ``nif:Sentence``,
``nif:beginIndex``/``nif:endIndex``/``nif:anchorOf``, ``itsrdf:taIdentRef``); PROV-O and RDF
reification for the provenance of relations: each stated relation has a ``kg:Assertion``
(an ``rdf:Statement``) with ``prov:wasDerivedFrom`` the sentence, ``kg:rule``,
``kg:confidence`` and ``kg:stated``. So "which sentence says that X practises Y" is a
two-pattern SPARQL query.

IRIs are minted from ids that are deterministic and ASCII-safe; text only ever goes into
literals.
"""

from __future__ import annotations

import logging

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from graph.link import doc_unit_id
from graph.model import Document, Entity, Kind, KnowledgeGraph, Mention, Relation, Sentence, stable_hash
from graph.namespaces import GEO, ID, ITSRDF, KG, NIF, PROV, bind_prefixes

log = logging.getLogger(__name__)

SUBCLASS: dict[tuple[Kind, str], URIRef] = {
    (Kind.PLACE, "province"): KG.Province,
    (Kind.PLACE, "prefecture"): KG.Prefecture,
    (Kind.PLACE, "county"): KG.County,
    (Kind.PLACE, "township"): KG.Township,
    (Kind.PLACE, "village"): KG.Village,
    (Kind.PLACE, "region"): KG.Region,
    (Kind.ORGANIZATION, "party_committee"): KG.PartyCommittee,
    (Kind.ORGANIZATION, "party_branch"): KG.PartyBranch,
    (Kind.ORGANIZATION, "government"): KG.GovernmentBody,
    (Kind.ORGANIZATION, "school"): KG.School,
    (Kind.ORGANIZATION, "company"): KG.Company,
    (Kind.ORGANIZATION, "cooperative"): KG.Cooperative,
    (Kind.MECHANISM, "numeric_abbreviation"): KG.NumericAbbreviation,
    (Kind.MECHANISM, "quoted_slogan"): KG.QuotedSlogan,
    (Kind.MECHANISM, "named_practice"): KG.NamedPractice,
    (Kind.MECHANISM, "program"): KG.Program,
    (Kind.EVENT, "congress"): KG.Congress,
    (Kind.EVENT, "plenum"): KG.Plenum,
    (Kind.EVENT, "meeting"): KG.Meeting,
    (Kind.EVENT, "campaign"): KG.Campaign,
    (Kind.EVENT, "policy_document"): KG.PolicyDocument,
}

#: entity attribute -> (property, datatype or None for a plain string)
ATTRS: dict[str, tuple[URIRef, URIRef | None]] = {
    "code": (KG.adminCode, None),
    "level": (KG.level, None),
    "lat": (GEO.lat, XSD.decimal),
    "lon": (GEO.long, XSD.decimal),
    "in_gazetteer": (KG.inGazetteer, XSD.boolean),
    "renamed_to": (KG.newName, None),
    "renamed_from": (KG.oldName, None),
    "renamed_on": (KG.renamedOn, XSD.date),
    "numeral": (KG.numeral, XSD.integer),
    "component_count": (KG.componentCount, XSD.integer),
    "components_agree": (KG.componentsAgree, XSD.boolean),
    "measure": (KG.measure, None),
    "value": (KG.value, XSD.decimal),
    "unit": (KG.unit, None),
    "comparator": (KG.comparator, None),
    "year": (KG.year, XSD.integer),
    "role": (KG.role, None),
}

DCTERMS_META = {"title", "creator", "date", "publisher", "source", "contributor", "description", "language"}


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def doc_iri(unit_id: str) -> URIRef:
    return ID[doc_unit_id(unit_id)]


def sentence_iri(sent: Sentence) -> URIRef:
    return ID[f"doc/{sent.doc_id}/s{sent.index}"]


def mention_iri(m: Mention) -> URIRef:
    return ID[f"doc/{m.doc_id}/m{m.start}-{m.end}-{m.kind.value.lower()}"]


def entity_iri(e: Entity | str) -> URIRef:
    return ID[e if isinstance(e, str) else e.id]


def to_rdf(kg: KnowledgeGraph) -> Graph:
    """Turn a linked knowledge graph into RDF triples (no blank nodes)."""
    g = Graph()
    bind_prefixes(g)
    for doc in kg.documents:
        _add_document(g, doc, kg.sentences.get(doc.id, ()))
    for e in kg.entities:
        _add_entity(g, e)
    for rel in kg.relations:
        _add_relation(g, rel)
    return g


def _add_document(g: Graph, doc: Document, sents: tuple[Sentence, ...]) -> None:
    d = doc_iri(doc.id)
    g.add((d, RDF.type, KG.Document))
    g.add((d, RDF.type, NIF.Context))
    g.add((d, RDFS.label, zh(doc.title)))
    g.add((d, DCTERMS.title, zh(doc.title)))
    g.add((d, DCTERMS.identifier, Literal(doc.id)))
    g.add((d, KG.contentHash, Literal(doc.sha256)))
    g.add((d, KG.sourcePath, Literal(doc.path)))
    g.add((d, KG.encoding, Literal(doc.encoding)))
    g.add((d, KG.format, Literal(doc.format)))
    g.add((d, KG.sentenceCount, Literal(len(sents), datatype=XSD.integer)))
    g.add((d, NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger)))
    g.add((d, NIF.endIndex, Literal(len(doc.text), datatype=XSD.nonNegativeInteger)))
    for name, value in doc.meta:
        if name in DCTERMS_META:
            g.add((d, DCTERMS[name], Literal(value)))
    for part in doc.parts:
        p = doc_iri(part.id)
        g.add((p, RDF.type, KG.Document))
        g.add((p, RDFS.label, zh(part.title)))
        g.add((p, SKOS.altLabel, zh(part.label)))
        g.add((p, DCTERMS.title, zh(part.title)))
        g.add((p, DCTERMS.isPartOf, d))
        g.add((d, DCTERMS.hasPart, p))
        g.add((p, KG.partNumber, Literal(part.number, datatype=XSD.integer)))
        g.add((p, NIF.beginIndex, Literal(part.start, datatype=XSD.nonNegativeInteger)))
        g.add((p, NIF.endIndex, Literal(part.end, datatype=XSD.nonNegativeInteger)))
        g.add((p, NIF.referenceContext, d))
    for s in sents:
        si = sentence_iri(s)
        g.add((si, RDF.type, NIF.Sentence))
        g.add((si, NIF.referenceContext, d))
        g.add((si, NIF.beginIndex, Literal(s.start, datatype=XSD.nonNegativeInteger)))
        g.add((si, NIF.endIndex, Literal(s.end, datatype=XSD.nonNegativeInteger)))
        g.add((si, NIF.anchorOf, Literal(s.text)))
        if doc.parts and (part := doc.part_at(s.start)) is not None:
            g.add((si, DCTERMS.isPartOf, doc_iri(part.id)))


def _add_entity(g: Graph, e: Entity) -> None:
    x = entity_iri(e)
    g.add((x, RDF.type, KG[e.kind.value]))
    if e.subtype and (cls := SUBCLASS.get((e.kind, e.subtype))) is not None:
        g.add((x, RDF.type, cls))
    if e.kind == Kind.PERSON and e.subtype:
        g.add((x, KG.role, Literal(e.subtype)))
    g.add((x, RDFS.label, zh(e.label)))
    for alt in e.alt_labels:
        g.add((x, SKOS.altLabel, zh(alt)))
    for name, value in e.attrs:
        spec = ATTRS.get(name)
        if spec is None:
            continue
        prop, dtype = spec
        g.add((x, prop, Literal(value, datatype=dtype) if dtype else Literal(value)))
    for m in e.mentions:
        mi = mention_iri(m)
        g.add((x, KG.hasMention, mi))
        g.add((mi, RDF.type, KG.Mention))
        g.add((mi, RDF.type, NIF.Phrase))
        g.add((mi, ITSRDF.taIdentRef, x))
        g.add((mi, NIF.anchorOf, Literal(m.text)))
        g.add((mi, NIF.beginIndex, Literal(m.start, datatype=XSD.nonNegativeInteger)))
        g.add((mi, NIF.endIndex, Literal(m.end, datatype=XSD.nonNegativeInteger)))
        g.add((mi, NIF.referenceContext, doc_iri(m.doc_id)))
        g.add((mi, NIF.sentence, ID[f"doc/{m.doc_id}/s{m.sent_index}"]))
        g.add((mi, KG.rule, Literal(m.rule)))
        g.add((mi, KG.confidence, Literal(f"{m.confidence:.2f}", datatype=XSD.decimal)))


def _add_relation(g: Graph, rel: Relation) -> None:
    s = ID[rel.subject]
    o = ID[rel.object]
    p = KG[rel.predicate.value]
    # inferred facts are asserted too (users query them); each assertion says how it was known
    g.add((s, p, o))
    for pv in rel.provs:
        a = ID[f"assertion/{stable_hash(rel.subject, rel.predicate.value, rel.object, pv.doc_id, str(pv.sent_index), str(pv.start), str(pv.end), pv.rule)}"]
        g.add((a, RDF.type, KG.Assertion))
        g.add((a, RDF.type, RDF.Statement))
        g.add((a, RDF.subject, s))
        g.add((a, RDF.predicate, p))
        g.add((a, RDF.object, o))
        g.add((a, PROV.wasDerivedFrom, ID[f"doc/{pv.doc_id}/s{pv.sent_index}"]))
        g.add((a, NIF.beginIndex, Literal(pv.start, datatype=XSD.nonNegativeInteger)))
        g.add((a, NIF.endIndex, Literal(pv.end, datatype=XSD.nonNegativeInteger)))
        g.add((a, KG.rule, Literal(pv.rule)))
        g.add((a, KG.confidence, Literal(f"{pv.confidence:.2f}", datatype=XSD.decimal)))
        g.add((a, KG.stated, Literal(pv.stated)))


