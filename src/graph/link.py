"""Mentions -> entities: merge what names one thing, across sentences and documents.

Extractors give each mention a ``key`` (an administrative code, a normalised name …); the
linker merges mentions of one kind with one key into an ``Entity``, picks its label (the
name the data prefers, else the most frequent surface form), gathers the other names as
aliases, and maps relation mentions onto entity ids. Everything is sorted: the same
extractions in any order give the same graph.
"""

from __future__ import annotations

import re
from operator import is_
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

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
    """The entities of the last link, with what each was made from: (kind, key) ->
    (mentions, implied, entity).

    A resident build (``kg watch``) keeps the extractions of unchanged documents as the same
    objects, so an entity whose mentions and implications are the very same objects as last
    time is the same entity: it is reused, not merged again, and its reuse tells the RDF
    writers (:class:`graph.export.sections.ThingsMemo`) that its triples have not changed.
    """

    entities: dict[tuple[Kind, str], tuple[tuple[Mention, ...], tuple[Implied, ...], Entity]] = field(
        default_factory=dict)


def _same(a: tuple, b: list) -> bool:
    return len(a) == len(b) and all(map(is_, a, b))


def link(extractions: Iterable[Extraction], memo: LinkMemo | None = None) -> KnowledgeGraph:
    """Merge the extractions of many documents into one knowledge graph (``memo``: see
    :class:`LinkMemo`; the graph is the same with or without it)."""
    exs = sorted(extractions, key=lambda e: e.doc.id)
    kg = KnowledgeGraph()
    mentions: dict[tuple[Kind, str], list[Mention]] = defaultdict(list)
    implied: dict[tuple[Kind, str], list[Implied]] = defaultdict(list)
    rel_mentions: list[RelationMention] = []
    seen_docs: set[str] = set()
    for ex in exs:
        if ex.doc.id in seen_docs:  # the same text under two paths is one document
            continue
        seen_docs.add(ex.doc.id)
        kg.documents.append(ex.doc)
        kg.sentences[ex.doc.id] = ex.sentences
        for m in ex.mentions:
            mentions[(m.kind, m.key)].append(m)
        for i in ex.implied:
            implied[(i.kind, i.key)].append(i)
        rel_mentions.extend(ex.relations)

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
    if memo is not None:
        memo.entities = made
    kg.entities = sorted(entities.values(), key=lambda e: e.id)

    units = {d.id for d in kg.documents} | {p.id for d in kg.documents for p in d.parts}
    kg.relations = link_relations(rel_mentions, {ident: e.id for ident, e in entities.items()}, units)
    return kg


def link_relations(rel_mentions: Iterable[RelationMention], ids: dict[tuple[Kind, str], str],
                   units: set[str]) -> list[Relation]:
    """Relation mentions -> relations between entity ids, one per (subject, predicate, object)
    with every provenance; ends that are neither entities (``ids``: (kind, key) -> entity id)
    nor document ``units`` drop out."""
    provs: dict[tuple[str, str, str], set[Provenance]] = defaultdict(set)
    doc = Kind.DOCUMENT
    for r in rel_mentions:
        if r.subject_kind == doc:
            s = doc_unit_id(r.subject_key) if r.subject_key in units else None
        else:
            s = ids.get((r.subject_kind, r.subject_key))
        if r.object_kind == doc:
            o = doc_unit_id(r.object_key) if r.object_key in units else None
        else:
            o = ids.get((r.object_kind, r.object_key))
        if s is None or o is None or s == o:
            continue
        provs[(s, r.predicate.value, o)].add(r.prov)
    predicates = {p.value: p for p in Predicate}
    return [
        Relation(subject=s, predicate=predicates[p], object=o,
                 # most relations are stated once: a sort of one is skipped
                 provs=tuple(ps) if len(ps) == 1 else tuple(sorted(ps, key=_prov_order)))
        for (s, p, o), ps in sorted(provs.items())
    ]


def _prov_order(x: Provenance) -> tuple:
    return (x.doc_id, x.start, x.end, x.rule, x.sent_index)


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
