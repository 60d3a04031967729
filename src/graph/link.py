"""Mentions -> entities: merge what names one thing, across sentences and documents.

Extractors give each mention a ``key`` (an administrative code, a normalised name …); the
linker merges mentions of one kind with one key into an ``Entity``, picks its label (the
name the data prefers, else the most frequent surface form), gathers the other names as
aliases, and maps relation mentions onto entity ids. Everything is sorted: the same
extractions in any order give the same graph.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import is_

from graph.model import (
    REFERRING_RULES,
    Entity,
    Extraction,
    Implied,
    Kind,
    KnowledgeGraph,
    Mention,
    Predicate,
    Provenance,
    Relation,
    RelationMention,
    stable_hash,
)
from graph.pipeline import mention_order

_SAFE_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


def entity_id(kind: Kind, key: str) -> str:
    """A deterministic, serialisation-safe id: readable when the key is ASCII (codes)."""
    slug = key if _SAFE_KEY.fullmatch(key) else stable_hash(kind.value, key)
    return f"{kind.value.lower()}/{slug}"


def doc_unit_id(key: str) -> str:
    """Documents and their parts are named by their own ids."""
    return f"doc/{key}"


@dataclass
class LinkMemo:
    """What the last link was made from, so that the next one redoes only what changed.

    A resident build (``kg watch``) keeps the extractions of unchanged documents as the same
    objects. ``entities``: (kind, key) -> (mentions, implied, entity); an entity whose mentions
    and implications are the very same objects as last time is the same entity: it is reused,
    not merged again, and its reuse tells the RDF writers
    (:class:`graph.export.sections.ThingsMemo`) that its triples have not changed.

    The rest is the grouping of the last link, kept so that a rebuild after a few documents
    changed takes their mentions and relation mentions out and puts the new ones in, instead
    of grouping the whole corpus again: ``docs`` (document id -> the extraction linked),
    ``mentions`` and ``implied`` by (kind, key), ``provs`` by (subject, predicate, object),
    ``contributed`` (document id -> the (key, provenance) pairs its relation mentions gave) and
    ``relations`` (the relation made for each key). A link with the memo gives the same graph as
    one without (a test links both ways after edits, a document dropped and one added; resident
    rebuilds of the corpus write the bytes fresh builds write).
    """

    entities: dict[tuple[Kind, str], tuple[tuple[Mention, ...], tuple[Implied, ...], Entity]] = field(
        default_factory=dict)
    docs: dict[str, Extraction] = field(default_factory=dict)
    mentions: dict[tuple[Kind, str], list[Mention]] = field(default_factory=dict)
    implied: dict[tuple[Kind, str], list[Implied]] = field(default_factory=dict)
    provs: dict[tuple[str, str, str], set[Provenance]] = field(default_factory=dict)
    contributed: dict[str, list[tuple[tuple[str, str, str], Provenance]]] = field(default_factory=dict)
    relations: dict[tuple[str, str, str], Relation] = field(default_factory=dict)
    #: whether a relation mention of some document names another document's unit (then a changed
    #: document can change how others' relations resolve: the relations are linked again whole)
    foreign_units: bool = False


#: the share of the documents that may change for a link to update the last one rather than
#: group everything again
_UPDATE_SHARE = 0.25


def _same(a: tuple, b: list) -> bool:
    return len(a) == len(b) and all(map(is_, a, b))


def link(extractions: Iterable[Extraction], memo: LinkMemo | None = None) -> KnowledgeGraph:
    """Merge the extractions of many documents into one knowledge graph (``memo``: see
    :class:`LinkMemo`; the graph is the same with or without it)."""
    exs = sorted(extractions, key=lambda e: e.doc.id)
    kg = KnowledgeGraph()
    now: dict[str, Extraction] = {}
    for ex in exs:
        if ex.doc.id in now:  # the same text under two paths is one document
            continue
        now[ex.doc.id] = ex
        kg.documents.append(ex.doc)
        kg.sentences[ex.doc.id] = ex.sentences
    units = {d.id for d in kg.documents} | {p.id for d in kg.documents for p in d.parts}
    if memo is not None and memo.docs:
        gone = [ex for i, ex in memo.docs.items() if now.get(i) is not ex]
        new = [ex for i, ex in now.items() if memo.docs.get(i) is not ex]
        if len(gone) + len(new) <= _UPDATE_SHARE * max(len(now), 1):
            _update(kg, memo, now, gone, new, units)
            return kg
    mentions: dict[tuple[Kind, str], list[Mention]] = defaultdict(list)
    implied: dict[tuple[Kind, str], list[Implied]] = defaultdict(list)
    for ex in now.values():
        for m in ex.mentions:
            mentions[(m.kind, m.key)].append(m)
        for i in ex.implied:
            implied[(i.kind, i.key)].append(i)

    entities: dict[tuple[Kind, str], Entity] = {}
    old = memo.entities if memo is not None else {}
    made: dict[tuple[Kind, str], tuple[tuple[Mention, ...], tuple[Implied, ...], Entity]] = {}
    for ident in sorted(set(mentions) | set(implied)):
        ms = mentions.get(ident, [])
        if len(ms) > 1:  # (most things are named once)
            ms.sort(key=mention_order)
        imps = implied.get(ident, [])
        hit = old.get(ident)
        if hit is None or not (_same(hit[0], ms) and _same(hit[1], imps)):
            hit = (tuple(ms), tuple(imps), _make_entity(ident, ms, imps))
        entities[ident] = hit[2]
        if memo is not None:
            made[ident] = hit
    kg.entities = sorted(entities.values(), key=lambda e: e.id)
    ids = {ident: e.id for ident, e in entities.items()}
    if memo is None:
        kg.relations = link_relations((r for ex in now.values() for r in ex.relations), ids, units)
        return kg
    memo.entities, memo.docs = made, dict(now)
    memo.mentions, memo.implied = dict(mentions), dict(implied)
    _relink(kg, memo, now, ids, units)
    return kg


def _relink(kg: KnowledgeGraph, memo: LinkMemo, now: dict[str, Extraction], ids: dict[tuple[Kind, str], str],
            units: set[str]) -> None:
    """Link every document's relation mentions again, keeping what each gave in ``memo``."""
    memo.provs, memo.contributed, memo.relations, memo.foreign_units = {}, {}, {}, False
    for ex in now.values():
        _contribute(memo, ex, ids, units)
    memo.relations = {key: _relation(key, ps) for key, ps in memo.provs.items()}
    kg.relations = [memo.relations[k] for k in sorted(memo.relations)]


def _contribute(memo: LinkMemo, ex: Extraction, ids: dict[tuple[Kind, str], str],
                units: set[str]) -> list[tuple[str, str, str]]:
    """Resolve ``ex``'s relation mentions into ``memo`` (its provenances by key, and what the
    document gave, to take out when it goes); the keys it added to. Notes in
    ``memo.foreign_units`` a mention naming another document's unit."""
    own = {ex.doc.id} | {p.id for p in ex.doc.parts}
    pairs = memo.contributed[ex.doc.id] = []
    for r in ex.relations:
        if (r.subject_kind == Kind.DOCUMENT and r.subject_key not in own) or (
                r.object_kind == Kind.DOCUMENT and r.object_key not in own):
            memo.foreign_units = True
        key = _resolve(r, ids, units)
        if key is not None:
            memo.provs.setdefault(key, set()).add(r.prov)
            pairs.append((key, r.prov))
    return [key for key, _ in pairs]


def _update(kg: KnowledgeGraph, memo: LinkMemo, now: dict[str, Extraction], gone: list[Extraction],
            new: list[Extraction], units: set[str]) -> None:
    """The link of ``now`` from the memo of the last one: ``gone`` documents' mentions taken out,
    ``new`` ones' put in; only the entities and relations they touch are made again."""
    touched: set[tuple[Kind, str]] = set()
    for ex in gone:
        for m in ex.mentions:
            ident = (m.kind, m.key)
            ms = memo.mentions[ident]
            del ms[next(k for k, x in enumerate(ms) if x is m)]
            touched.add(ident)
        for i in ex.implied:
            ident = (i.kind, i.key)
            imps = memo.implied[ident]
            del imps[next(k for k, x in enumerate(imps) if x is i)]
            touched.add(ident)
        del memo.docs[ex.doc.id]
    for ex in new:
        for m in ex.mentions:
            memo.mentions.setdefault((m.kind, m.key), []).append(m)
            touched.add((m.kind, m.key))
        for i in ex.implied:
            memo.implied.setdefault((i.kind, i.key), []).append(i)
            touched.add((i.kind, i.key))
        memo.docs[ex.doc.id] = ex
    born_or_dead = False
    for ident in touched:
        ms = memo.mentions.get(ident) or []
        imps = memo.implied.get(ident) or []
        if not ms and not imps:
            memo.mentions.pop(ident, None)
            memo.implied.pop(ident, None)
            born_or_dead |= memo.entities.pop(ident, None) is not None
            continue
        if len(ms) > 1:
            ms.sort(key=mention_order)
        # (implications stay in the order they came: an entity does not depend on it, only
        # whether it is reused does)
        hit = memo.entities.get(ident)
        born_or_dead |= hit is None
        if hit is None or not (_same(hit[0], ms) and _same(hit[1], imps)):
            memo.entities[ident] = (tuple(ms), tuple(imps), _make_entity(ident, ms, imps))
    kg.entities = sorted((hit[2] for hit in memo.entities.values()), key=lambda e: e.id)
    ids = {ident: hit[2].id for ident, hit in memo.entities.items()}
    if born_or_dead or memo.foreign_units:
        # an entity made or gone changes how other documents' relation mentions resolve: all again
        memo.docs = dict(now)
        _relink(kg, memo, now, ids, units)
        return
    dirty: set[tuple[str, str, str]] = set()
    for ex in gone:
        for key, prov in memo.contributed.pop(ex.doc.id, ()):
            ps = memo.provs[key]
            ps.discard(prov)
            dirty.add(key)
    for ex in new:
        dirty.update(_contribute(memo, ex, ids, units))
    for key in dirty:
        ps = memo.provs.get(key)
        if ps:
            memo.relations[key] = _relation(key, ps)
        else:
            memo.provs.pop(key, None)
            memo.relations.pop(key, None)
    memo.docs = dict(now)
    kg.relations = [memo.relations[k] for k in sorted(memo.relations)]


_PREDICATES = {p.value: p for p in Predicate}


def _resolve(r: RelationMention, ids: dict[tuple[Kind, str], str], units: set[str]) -> tuple[str, str, str] | None:
    """The (subject, predicate, object) ids of a relation mention, or None when an end is neither
    an entity nor a document unit, or both ends are one."""
    if r.subject_kind == Kind.DOCUMENT:
        s = doc_unit_id(r.subject_key) if r.subject_key in units else None
    else:
        s = ids.get((r.subject_kind, r.subject_key))
    if r.object_kind == Kind.DOCUMENT:
        o = doc_unit_id(r.object_key) if r.object_key in units else None
    else:
        o = ids.get((r.object_kind, r.object_key))
    if s is None or o is None or s == o:
        return None
    return (s, r.predicate.value, o)


def _relation(key: tuple[str, str, str], ps: set[Provenance]) -> Relation:
    s, p, o = key
    # most relations are stated once: a sort of one is skipped
    return Relation(subject=s, predicate=_PREDICATES[p], object=o,
                    provs=tuple(ps) if len(ps) == 1 else tuple(sorted(ps, key=_prov_order)))


def link_relations(rel_mentions: Iterable[RelationMention], ids: dict[tuple[Kind, str], str],
                   units: set[str]) -> list[Relation]:
    """Relation mentions -> relations between entity ids, one per (subject, predicate, object)
    with every provenance; ends that are neither entities (``ids``: (kind, key) -> entity id)
    nor document ``units`` drop out."""
    provs: dict[tuple[str, str, str], set[Provenance]] = defaultdict(set)
    for r in rel_mentions:
        key = _resolve(r, ids, units)
        if key is not None:
            provs[key].add(r.prov)
    return [_relation(key, ps) for key, ps in sorted(provs.items())]


def _prov_order(x: Provenance) -> tuple:
    """A total order of a relation's provenances: where, by which rule, how sure (two may differ
    in confidence alone, and a set's own order moves with the process's hash seed)."""
    return (x.doc_id, x.start, x.end, x.rule, x.sent_index, x.confidence, x.stated)


def _make_entity(ident: tuple[Kind, str], ms: list[Mention], imps: list[Implied]) -> Entity:
    kind, key = ident
    # plain dicts, not Counters: a corpus links tens of thousands of entities, most named once
    labels: dict[str, int] = {}
    subtypes: dict[str, int] = {}
    for x in (*ms, *imps):
        labels[x.label] = labels.get(x.label, 0) + 1
        if x.subtype:
            subtypes[x.subtype] = subtypes.get(x.subtype, 0) + 1
    # the data's preferred name wins when mentions agree; otherwise the most frequent, then
    # the longest, then the first in code-point order (stable across runs)
    label = min(labels.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]
    alts: set[str] = set()
    for m in ms:
        if m.rule not in REFERRING_RULES:  # 该县 is no name of 阜平县
            alts.add(m.text)
        alts.add(m.label)
        alts.update(m.aliases)
    for i in imps:
        alts.add(i.label)
        alts.update(i.alt_labels)
    alts.discard(label)
    alts = {a for a in alts if a and a.strip()}
    subtype = min(subtypes.items(), key=lambda kv: (-kv[1], kv[0]))[0] if subtypes else None
    attrs: dict[str, str] = {}
    for name, value in sorted({a for m in ms for a in m.attrs} | {a for i in imps for a in i.attrs}):
        attrs.setdefault(name, value)  # first value in sorted order: deterministic
    return Entity(
        id=entity_id(kind, key),
        kind=kind,
        key=key,
        label=label,
        subtype=subtype,
        alt_labels=tuple(sorted(alts)),
        mentions=tuple(ms),
        attrs=tuple(sorted(attrs.items())),
    )
