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

Why triples are plain tuples first: a corpus of a few hundred documents gives close to a
million triples, and rdflib spends ~35 µs on each (term objects, three indexes), half a
minute before anything is written. So the triples are made as tuples of strings
(:data:`Triple`), grouped by subject in writing order (:func:`triples`: a section for the
things, one per document), and the graph ``to_rdf`` returns is an ordinary rdflib ``Graph``
whose store loads them only when rdflib is first asked for them. The exporters
(``graph.export.rdf_files``) write Turtle and JSON-LD straight from the tuples, so a build
that only writes files never pays for rdflib's indexes.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS
from rdflib.plugins.stores.memory import Memory

from graph.link import doc_unit_id
from graph.model import (
    Document,
    Entity,
    Extraction,
    Kind,
    KnowledgeGraph,
    Mention,
    Provenance,
    Relation,
    Sentence,
    stable_hash,
)
from graph.namespaces import GEO, ID, ITSRDF, KG, NIF, PROV, RESOURCE_IRI, bind_prefixes

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

DCTERMS_META = {"title", "alternative", "creator", "date", "publisher", "source", "contributor", "description",
                "language"}

#: An object: ``(iri,)`` for a resource, ``(lexical form, datatype IRI or "", language or "")``
#: for a literal. Tuples of strings sort and hash fast and never compare across types.
Object = tuple[str] | tuple[str, str, str]
#: (subject IRI, predicate IRI, object)
Triple = tuple[str, str, Object]

_TYPE = str(RDF.type)
_NNI = str(XSD.nonNegativeInteger)
_INT = str(XSD.integer)
_BOOL = str(XSD.boolean)
_DEC = str(XSD.decimal)


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
    """Turn a linked knowledge graph into RDF (no blank nodes).

    The result is a normal rdflib ``Graph``; see the module docstring for why its store is
    filled on first use, and :func:`ordered_subjects` for the fast way to read it.
    """
    return TripleGraph(triples(kg))


#: one triple of a subject: (predicate IRI, object)
Pair = tuple[str, Object]
#: the triples of one subject: (predicate IRI, object) pairs
Pairs = list[Pair]
#: triples grouped by subject: (subject IRI, its pairs)
Subjects = list[tuple[str, Pairs]]


def triples(kg: KnowledgeGraph) -> Subjects:
    """Every triple of the graph once, grouped by subject, in writing order.

    Two kinds of section, each with its subjects in code-point order and, in each subject,
    ``rdf:type`` first (Turtle's conventional "a" first), then by predicate and object:

    * the *things* section (:func:`thing_subjects`): every entity with its names, attributes,
      mentions (``kg:hasMention``) and the relations it is the subject of;
    * one section per document, in document-id order (:func:`document_sections`): the document,
      its parts and sentences, the mentions in it, the assertions of what it states.

    Why sections: everything in a document's section depends on that document alone, so a
    worker can make it (and the cache keep it) while other documents are extracted, and a
    rebuild after one changed document reuses the sections of all the others.
    """
    out = thing_subjects(kg)
    for _, section in document_sections(kg):
        out.extend(section)
    return out


def thing_subjects(kg: KnowledgeGraph) -> Subjects:
    """The things section: entities and the relations whose subject is not a document."""
    return [thing_subject(*x) for x in thing_inputs(kg)]


def thing_inputs(kg: KnowledgeGraph) -> list[tuple[str, Entity | None, tuple[Pair, ...]]]:
    """What each subject of the things section is made of, in subject order: its IRI, its
    entity, and the (predicate, object) pairs of the relations it is the subject of.

    Why apart from :func:`thing_subject`: a subject's triples depend on these alone, so a
    resident build (``kg watch``) that finds the same entity object and the same relation
    pairs as last time reuses the subject's serialisation (:mod:`graph.export.sections`).
    """
    units = {doc_unit_id(d.id) for d in kg.documents} | {doc_unit_id(p.id) for d in kg.documents for p in d.parts}
    rels: dict[str, list[Pair]] = {}
    for rel in kg.relations:
        if rel.subject not in units:
            rels.setdefault(_iri(rel.subject), []).append((_K[rel.predicate.value], (_iri(rel.object),)))
    out: list[tuple[str, Entity | None, tuple[Pair, ...]]] = []
    for e in kg.entities:
        x = _iri(e.id)
        out.append((x, e, tuple(rels.pop(x, ()))))
    out.extend((x, None, tuple(pairs)) for x, pairs in rels.items())  # (link keeps no such relation)
    out.sort(key=lambda t: t[0])
    return out


def thing_subject(iri: str, entity: Entity | None, relations: tuple[Pair, ...]) -> tuple[str, Pairs]:
    """One subject of the things section (see :func:`thing_inputs`)."""
    by_s: dict[str, Pairs] = {}
    if entity is not None:
        _add_entity(by_s, entity)
    _pairs(by_s, iri).extend(relations)
    return iri, _ordered(by_s[iri])


def document_sections(kg: KnowledgeGraph, *, only: set[str] | None = None) -> Iterator[tuple[str, Subjects]]:
    """(document id, its section) for each document of ``kg`` (or those in ``only``), in the
    model's order."""
    mentions: dict[str, list[tuple[Mention, str]]] = defaultdict(list)
    for e in kg.entities:
        for m in e.mentions:
            mentions[m.doc_id].append((m, e.id))
    owner = {doc_unit_id(d.id): d.id for d in kg.documents}
    owner.update({doc_unit_id(p.id): d.id for d in kg.documents for p in d.parts})
    rels: dict[str, list[Relation]] = defaultdict(list)
    for rel in kg.relations:
        docs = {pv.doc_id for pv in rel.provs}
        if (doc_id := owner.get(rel.subject)) is not None:
            docs.add(doc_id)
        for doc_id in docs:
            rels[doc_id].append(rel)
    for doc in kg.documents:
        if only is None or doc.id in only:
            yield doc.id, document_subjects(doc, kg.sentences.get(doc.id, ()), mentions.get(doc.id, ()),
                                            rels.get(doc.id, ()))


def extraction_subjects(ex: Extraction, *, text_nodes: bool = True) -> Subjects:
    """The section of one extracted document, without linking the rest of the corpus: the
    same triples :func:`document_sections` gives it in any graph it is linked into
    (``text_nodes``: see :func:`document_subjects`)."""
    from graph.link import entity_id, link_relations

    ids = {(x.kind, x.key): "" for x in (*ex.mentions, *ex.implied)}
    for ident in ids:
        ids[ident] = entity_id(*ident)
    units = {ex.doc.id} | {p.id for p in ex.doc.parts}
    return document_subjects(ex.doc, ex.sentences, [(m, ids[(m.kind, m.key)]) for m in ex.mentions],
                             link_relations(ex.relations, ids, units), text_nodes=text_nodes)


def document_subjects(doc: Document, sentences: Iterable[Sentence], mentions: Iterable[tuple[Mention, str]],
                      relations: Iterable[Relation], *, text_nodes: bool = True) -> Subjects:
    """One document's section: the document, its parts and sentences, its ``mentions`` (each
    with the id of its entity), the ``relations`` whose subject is the document or a part,
    and an assertion for each provenance of ``relations`` in this document.

    ``text_nodes=False`` leaves the sentences and mentions out (the document still counts its
    sentences): :mod:`graph.export.sections` writes those two kinds from templates.
    """
    sents = tuple(sentences)
    by_s: dict[str, Pairs] = {}
    _add_document(by_s, doc, len(sents))
    if text_nodes:
        for sent in sents:
            _add_sentence(by_s, doc, sent)
        for m, entity in mentions:
            _add_mention(by_s, m, entity)
    units = {doc_unit_id(doc.id)} | {doc_unit_id(p.id) for p in doc.parts}
    for rel in relations:
        if rel.subject in units:
            _pairs(by_s, _iri(rel.subject)).append((_K[rel.predicate.value], (_iri(rel.object),)))
        for pv in rel.provs:
            if pv.doc_id == doc.id:
                _add_assertion(by_s, rel, pv)
    return _subject_order(by_s)


def _subject_order(by_s: dict[str, Pairs]) -> Subjects:
    return [(s, _ordered(by_s[s])) for s in sorted(by_s)]


_TYPE_END = (_TYPE + "\x00",)


def _ordered(pairs: Pairs) -> Pairs:
    """Distinct pairs sorted, the ``rdf:type`` ones (adjacent once sorted) moved to the front."""
    ps = sorted(set(pairs))
    lo = bisect_left(ps, (_TYPE,))
    if lo == 0:
        return ps
    hi = bisect_left(ps, _TYPE_END, lo)
    return ps[lo:hi] + ps[:lo] + ps[hi:] if hi > lo else ps


def _iri(path: str) -> str:
    return RESOURCE_IRI + path


def _zh(text: str) -> Object:
    return (text, "", "zh")


def _plain(text: str) -> Object:
    return (text, "", "")


def _nni(n: int) -> Object:
    return (str(n), _NNI, "")


@lru_cache(maxsize=4096)
def _typed(value: str, datatype: str) -> Object:
    """A typed literal with the lexical form rdflib gives it (it normalises 007 to 7 …)."""
    return (typed_literal(value, datatype), datatype, "")


@lru_cache(maxsize=4096)
def typed_literal(value: str, datatype: str) -> str:
    """The lexical form rdflib gives ``value`` as a ``datatype`` literal."""
    return str(Literal(value, datatype=URIRef(datatype)))


_K = {name: str(KG[name]) for name in KG.__annotations__}
_LABEL, _ALT, _TITLE = str(RDFS.label), str(SKOS.altLabel), str(DCTERMS.title)
_BEGIN, _END, _ANCHOR, _REF = str(NIF.beginIndex), str(NIF.endIndex), str(NIF.anchorOf), str(NIF.referenceContext)
_PART_OF, _HAS_PART = str(DCTERMS.isPartOf), str(DCTERMS.hasPart)
_SUBCLASS = {k: (str(v),) for k, v in SUBCLASS.items()}
_ATTRS = {k: (str(p), str(dt) if dt is not None else None) for k, (p, dt) in ATTRS.items()}
_DCTERMS_META = {name: str(DCTERMS[name]) for name in DCTERMS_META}


def _pairs(by_s: dict[str, Pairs], subject: str) -> Pairs:
    pairs = by_s.get(subject)
    if pairs is None:
        pairs = by_s[subject] = []
    return pairs


#: a paper's subtitle after a dash: 持续整顿…的实践与思考——以河北省阜平县为例
_SUBTITLE = re.compile(r"\s*(?:——|--|—)\s*\S.*$")
#: what a title says of the copy (政府工作报告（节选）, …（摘编）): not part of the work's name
_EDITION = re.compile(r"\s*[（(](?:节选|摘编|摘要|摘登|全文|草案|征求意见稿)[）)]\s*$")


def main_title(title: str) -> str:
    """A title without its subtitle (…的实践与思考——以河北省阜平县为例 -> …的实践与思考), a mark
    of the copy (政府工作报告（节选） -> 政府工作报告) or its issuer (中共某县委组织部关于… -> 关于…),
    which is how papers are cited; the title
    itself when it has none or is all subtitle."""
    main = _ISSUER_PREFIX.sub("", _COLUMN_PREFIX.sub("", _EDITION.sub("", _SUBTITLE.sub("", title))))
    return main if len(main) >= 4 else title


#: who issues an official document, before its 关于… title (中共邢台市委组织部关于实施…的实施意见):
#: the document is cited by the title alone
_ISSUER_PREFIX = re.compile(r"^(?:中共|中国共产党)?[\u4e00-\u9fff]{2,24}?(?:委员会|委|组织部|宣传部|统战部|办公室|办公厅|"
                            r"人民政府|政府|厅|局)(?=关于.{4,})")


#: a column's name opening a web headline (微党课｜…, 【基层治理】…): the page's, not the work's
_COLUMN_PREFIX = re.compile(r"^(?:【[\u4e00-\u9fff·]{2,8}】|[\u4e00-\u9fff]{2,6}\s*[｜|]\s*)")

#: a notice that issues another work (关于印发《…实施方案》的通知): the file holds that work
_ISSUES = re.compile(r"关于(?:印发|转发|颁布|公布)《(?P<work>[^《》]{4,80})》的通知$")


def issued_work(title: str) -> str | None:
    """The work a notice issues, which its file holds after it and is known by (关于印发《X》的
    通知 -> X); None for any other title."""
    m = _ISSUES.search(title)
    return m["work"] if m else None


def _add_document(by_s: dict[str, Pairs], doc: Document, sentence_count: int) -> None:
    d = _iri(doc_unit_id(doc.id))
    d_obj = (d,)
    add = _pairs(by_s, d).append
    add((_TYPE, (_K["Document"],)))
    add((_TYPE, (str(NIF.Context),)))
    add((_LABEL, _zh(doc.title)))
    add((_TITLE, _zh(doc.title)))
    if (main := main_title(doc.title)) != doc.title:
        add((_ALT, _zh(main)))
    if (work := issued_work(doc.title)) is not None:
        add((_ALT, _zh(work)))
    add((str(DCTERMS.identifier), _plain(doc.id)))
    add((_K["contentHash"], _plain(doc.sha256)))
    add((_K["sourcePath"], _plain(doc.path)))
    add((_K["encoding"], _plain(doc.encoding)))
    add((_K["format"], _plain(doc.format)))
    add((_K["sentenceCount"], (str(sentence_count), _INT, "")))
    add((_BEGIN, _nni(0)))
    add((_END, _nni(len(doc.text))))
    _add_meta(add, doc.meta)
    for part in doc.parts:
        p = _iri(doc_unit_id(part.id))
        add((_HAS_PART, (p,)))
        padd = _pairs(by_s, p).append
        padd((_TYPE, (_K["Document"],)))
        padd((_LABEL, _zh(part.title)))
        padd((_ALT, _zh(part.label)))
        if (main := main_title(part.title)) != part.title:
            padd((_ALT, _zh(main)))
        padd((_TITLE, _zh(part.title)))
        padd((_PART_OF, d_obj))
        padd((_K["partNumber"], (str(part.number), _INT, "")))
        padd((_BEGIN, _nni(part.start)))
        padd((_END, _nni(part.end)))
        padd((_REF, d_obj))
        _add_meta(padd, part.meta)


_SENTENCE_TYPE = (str(NIF.Sentence),)


def _add_sentence(by_s: dict[str, Pairs], doc: Document, s: Sentence) -> None:
    sadd = _pairs(by_s, _iri(f"doc/{s.doc_id}/s{s.index}")).append
    sadd((_TYPE, _SENTENCE_TYPE))
    sadd((_REF, (_iri(doc_unit_id(doc.id)),)))
    sadd((_BEGIN, _nni(s.start)))
    sadd((_END, _nni(s.end)))
    sadd((_ANCHOR, _plain(s.text)))
    if doc.parts and (part := doc.part_at(s.start)) is not None:
        sadd((_PART_OF, (_iri(doc_unit_id(part.id)),)))
    if doc.pages and (page := doc.page_at(s.start)) is not None:
        sadd((_K["page"], (str(page), _INT, "")))


def _add_meta(add, meta: tuple[tuple[str, str], ...]) -> None:  # noqa: ANN001 - a list's append
    """Document metadata: dcterms terms as such; the author's workplace as kg:affiliation."""
    for name, value in meta:
        if name in _DCTERMS_META:
            add((_DCTERMS_META[name], _plain(value)))
            if name == "alternative":  # (the subtitle: a name the document is cited by, too)
                add((_ALT, _zh(value)))
        elif name == "affiliation":
            add((_K["affiliation"], _plain(value)))


_MENTION_TYPES = ((_K["Mention"],), (str(NIF.Phrase),))


def _add_entity(by_s: dict[str, Pairs], e: Entity) -> None:
    x = _iri(e.id)
    add = _pairs(by_s, x).append
    add((_TYPE, (_K[e.kind.value],)))
    if e.subtype and (cls := _SUBCLASS.get((e.kind, e.subtype))) is not None:
        add((_TYPE, cls))
    if e.kind == Kind.PERSON and e.subtype:
        add((_K["role"], _plain(e.subtype)))
    add((_LABEL, _zh(e.label)))
    for alt in e.alt_labels:
        add((_ALT, _zh(alt)))
    for name, value in e.attrs:
        spec = _ATTRS.get(name)
        if spec is None:
            continue
        prop, dtype = spec
        add((prop, _typed(value, dtype) if dtype else _plain(value)))
    has_mention = _K["hasMention"]
    for m in e.mentions:
        add((has_mention, (_mention_iri(m),)))


def _mention_iri(m: Mention) -> str:
    return _iri(f"doc/{m.doc_id}/m{m.start}-{m.end}-{m.kind.value.lower()}")


_IDENT_REF, _SENTENCE, _RULE, _CONFIDENCE = str(ITSRDF.taIdentRef), str(NIF.sentence), _K["rule"], _K["confidence"]


def _add_mention(by_s: dict[str, Pairs], m: Mention, entity: str) -> None:
    doc = _iri(f"doc/{m.doc_id}")
    madd = _pairs(by_s, _mention_iri(m)).append
    madd((_TYPE, _MENTION_TYPES[0]))
    madd((_TYPE, _MENTION_TYPES[1]))
    madd((_IDENT_REF, (_iri(entity),)))
    madd((_ANCHOR, _plain(m.text)))
    madd((_BEGIN, _nni(m.start)))
    madd((_END, _nni(m.end)))
    madd((_REF, (doc,)))
    madd((_SENTENCE, (f"{doc}/s{m.sent_index}",)))
    madd((_RULE, _plain(m.rule)))
    madd((_CONFIDENCE, _typed(f"{m.confidence:.2f}", _DEC)))


_ASSERTION_TYPES = ((_K["Assertion"],), (str(RDF.Statement),))
_SUBJ, _PRED, _OBJ, _DERIVED = str(RDF.subject), str(RDF.predicate), str(RDF.object), str(PROV.wasDerivedFrom)
_TRUE, _FALSE = ("true", _BOOL, ""), ("false", _BOOL, "")


def _add_assertion(by_s: dict[str, Pairs], rel: Relation, pv: Provenance) -> None:
    """One place a relation is stated or inferred, reified (the relation itself is asserted
    too, in the section of its subject: users query inferred facts as well)."""
    s = _iri(rel.subject)
    p = _K[rel.predicate.value]
    a = _iri("assertion/" + stable_hash(rel.subject, rel.predicate.value, rel.object, pv.doc_id,
                                        str(pv.sent_index), str(pv.start), str(pv.end), pv.rule))
    add = _pairs(by_s, a).append
    add((_TYPE, _ASSERTION_TYPES[0]))
    add((_TYPE, _ASSERTION_TYPES[1]))
    add((_SUBJ, (s,)))
    add((_PRED, (p,)))
    add((_OBJ, (_iri(rel.object),)))
    add((_DERIVED, (_iri(f"doc/{pv.doc_id}/s{pv.sent_index}"),)))
    add((_BEGIN, _nni(pv.start)))
    add((_END, _nni(pv.end)))
    add((_RULE, _plain(pv.rule)))
    add((_CONFIDENCE, _typed(f"{pv.confidence:.2f}", _DEC)))
    add((_K["stated"], _TRUE if pv.stated else _FALSE))


# -- the graph rdflib sees ----------------------------------------------------------------------


def flat(subjects: Subjects) -> Iterator[Triple]:
    """The triples one by one, in order."""
    for s, pairs in subjects:
        for p, o in pairs:
            yield s, p, o


def rdflib_triples(ts: Iterable[Triple]) -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The tuples as rdflib terms (IRIs made once each)."""
    iris: dict[str, URIRef] = {}

    def iri(x: str) -> URIRef:
        u = iris.get(x)
        if u is None:
            u = iris[x] = URIRef(x)
        return u

    for s, p, o in ts:
        if len(o) == 1:
            obj: URIRef | Literal = iri(o[0])
        elif o[1]:
            obj = Literal(o[0], datatype=iri(o[1]))
        else:
            obj = Literal(o[0], lang=o[2] or None)
        yield iri(s), iri(p), obj


class _PendingStore(Memory):
    """rdflib's in-memory store, given its triples when rdflib first reads or writes them."""

    def __init__(self, subjects: Subjects) -> None:
        super().__init__()
        self.pending: Subjects | None = subjects
        self.ordered: Subjects | None = subjects  # valid until the graph is changed
        self.count = sum(len(pairs) for _, pairs in subjects)
        self.graph: Graph | None = None

    def _load(self) -> None:
        subjects, self.pending = self.pending, None
        if subjects is not None:
            log.debug("loading %d triples into rdflib", self.count)
            for t in rdflib_triples(flat(subjects)):
                Memory.add(self, t, self.graph, quoted=False)

    def _changing(self) -> None:
        self._load()
        self.ordered = None

    def add(self, triple, context, quoted=False):  # noqa: ANN001, ANN201 - rdflib Store API
        self._changing()
        return super().add(triple, context, quoted)

    def addN(self, quads):  # noqa: ANN001, ANN201, N802
        self._changing()
        return super().addN(quads)

    def remove(self, triple, context=None):  # noqa: ANN001, ANN201
        self._changing()
        return super().remove(triple, context)

    def remove_graph(self, graph):  # noqa: ANN001, ANN201
        self._changing()
        return super().remove_graph(graph)

    def update(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        self._changing()
        return super().update(*args, **kwargs)

    def triples(self, pattern, context=None):  # noqa: ANN001, ANN201
        self._load()
        return super().triples(pattern, context)

    def triples_choices(self, triple, context=None):  # noqa: ANN001, ANN201
        self._load()
        return super().triples_choices(triple, context)

    def contexts(self, triple=None):  # noqa: ANN001, ANN201
        self._load()
        return super().contexts(triple)

    def add_graph(self, graph):  # noqa: ANN001, ANN201
        self._load()
        return super().add_graph(graph)

    def query(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        self._load()
        return super().query(*args, **kwargs)

    def __len__(self, context=None):  # noqa: ANN001, ANN204
        if self.pending is not None:
            return self.count
        return super().__len__(context)


class TripleGraph(Graph):
    """An rdflib ``Graph`` made from :data:`Subjects` in writing order, loaded into rdflib lazily."""

    def __init__(self, subjects: Subjects) -> None:
        store = _PendingStore(subjects)
        super().__init__(store=store)
        store.graph = self
        bind_prefixes(self)


def ordered_subjects(g: Graph) -> Subjects | None:
    """The graph's triples as tuples in writing order when ``to_rdf`` made it and nobody
    changed it since; None otherwise (write it with rdflib then)."""
    store = g.store
    return store.ordered if isinstance(store, _PendingStore) else None
