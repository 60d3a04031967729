"""Graph analytics with networkx: the entity graph, statistics, communities and a layout.

The entity graph has one node per thing (entities, documents and their parts), named by
its full IRI, and one edge per ``(subject, predicate, object)``. It is built either from the
linked model (:func:`entity_graph`, during ``build``) or from a built ``graph.ttl``
(:func:`rdf_entity_graph`, for ``kg stats``); both give the same graph, so ``stats.json``
does not depend on which way it was made.

The graph is the network a reader browses: a relation known only from a background
inference (:data:`BACKGROUND_RULES`: a report's title place as the practiser of every
measure, or the subject of every figure, no other is named for) is left out of it, and so
out of the page, the statistics, GraphML and Neo4j; it stays in the RDF, with its
provenance, for queries. Drawn, such relations tie each report's hundred measures to one
hub, which says nothing a reader does not know from the title and merges the components
the page lays out separately.

Everything here is deterministic: nodes are inserted in sorted order, Leiden and the
layout take a fixed seed, floats are rounded before they are written.

Leiden and the layout run per connected component (:class:`Component`), so each result is
a pure function of its component (documents in it named by their paths, see
:func:`_document_name`); with a cache folder (``analyse(kg, cache=...)``,
``layout(H, cache=...)``) a rebuild reads the components that did not change from
:class:`ComponentCache` files and computes only the others, with the same result.

networkx and numpy load inside the functions (``import graph`` stays cheap). This module
must not import pyvis; the layout uses no scipy (whose import alone takes longer than the
layout of a corpus), though ``nx.pagerank`` in :func:`compute_stats` still loads
``scipy.sparse``.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph.atomic import write_bytes, write_text
from graph.export import rowmemo
from graph.gcpause import gc_paused
from graph.model import Kind, KnowledgeGraph, Relation
from graph.namespaces import ONTOLOGY_IRI, RESOURCE_IRI

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

log = logging.getLogger(__name__)

SEED = 42
TOP = 10
#: kinds whose most central members the statistics list
CENTRAL_KINDS = (Kind.PLACE, Kind.MECHANISM)
_KINDS = {k.value for k in Kind}
#: rules of inferences made for every mention of a kind in a document (see the module
#: docstring): a relation known only from these is not part of the network
BACKGROUND_RULES = frozenset({"relations.practices_title", "statistics.subject_title"})


def in_network(r: Relation) -> bool:
    """Whether ``r`` is drawn (not known only from background inferences, see above)."""
    return not {pv.rule for pv in r.provs} <= BACKGROUND_RULES


def iri(local_id: str) -> str:
    """The IRI of a model id (``place/cn-310116`` -> ``https://w3id.org/cnpolkg/id/place/cn-310116``)."""
    return RESOURCE_IRI + local_id


# -- building the entity graph -------------------------------------------------------------


def entity_graph(kg: KnowledgeGraph, drawn: list[Relation] | None = None) -> nx.MultiDiGraph:
    """The entity graph of a linked model (documents and parts are nodes too).

    ``drawn``: the model's relations that are in the network (:func:`in_network`), when the
    caller has them (:func:`analyse` keeps them for the page).

    Node attributes: ``label``, ``kind`` (a :class:`Kind` value), ``cls`` (the most specific
    ontology class, e.g. ``Township``), ``aliases`` (a sorted tuple) and ``code`` (an
    administrative code or ""). Edges are keyed by predicate and carry ``sentences``, the
    number of places the relation is stated or inferred.
    """
    import networkx as nx

    from graph.link import doc_unit_id
    from graph.rdf import SUBCLASS

    nodes: dict[str, dict[str, Any]] = {}
    names: dict[str, str] = {}
    for doc in kg.documents:
        d = iri(doc_unit_id(doc.id))
        nodes[d] = _node(doc.title, "Document", "Document", (), "")
        names[d] = _document_name(doc.path)
        for part in doc.parts:
            p = iri(doc_unit_id(part.id))
            nodes[p] = _node(part.title, "Document", "Document", (part.label,), "")
            names[p] = _document_name(doc.path, part.number)
    # (a resident build keeps each entity's node: an entity reused by the linker is the same
    # object, its node the same, see graph.export.rowmemo)
    memo = rowmemo.table("analytics.entity")
    classes: dict[tuple[Kind, str], str] = {}
    for e in kg.entities:
        hit = rowmemo.reused(memo, id(e), e) if memo is not None else None
        if hit is None:
            local = classes.get((e.kind, e.subtype or ""))
            if local is None:
                cls = SUBCLASS.get((e.kind, e.subtype or ""))
                local = classes[(e.kind, e.subtype or "")] = (str(cls)[len(ONTOLOGY_IRI):] if cls is not None
                                                             else e.kind.value)
            hit = (e, iri(e.id), _node(e.label, e.kind.value, local, e.alt_labels, e.attr("code") or ""))
            if memo is not None:
                memo.new[id(e)] = hit
        nodes[hit[1]] = hit[2]
    if drawn is None:
        drawn = [r for r in kg.relations if in_network(r)]
    edges = [(iri(r.subject), iri(r.object), r.predicate.value, len(r.provs)) for r in drawn]
    return _assemble(nx, nodes, edges, names)


def rdf_entity_graph(g: Any) -> nx.MultiDiGraph:
    """The entity graph of an RDF graph (a built ``graph.ttl``).

    Nodes: resources with an ``rdfs:label`` and a ``kg:`` class among the entity kinds
    (mentions, assertions and sentences have no label or no such class, so they drop out).
    Edges: ``kg:`` properties between two nodes; ``sentences`` counts the ``kg:Assertion``s
    that state the triple.
    """
    import networkx as nx
    from rdflib import RDF, RDFS, URIRef
    from rdflib.namespace import DCTERMS, SKOS

    from graph.namespaces import KG

    subclass_of = _class_parents()
    nodes: dict[str, dict[str, Any]] = {}
    names: dict[str, str] = {}
    for d, path in g.subject_objects(KG.sourcePath):
        names[str(d)] = _document_name(str(path))
        for p in g.objects(d, DCTERMS.hasPart):
            if (number := g.value(p, KG.partNumber)) is not None:
                names[str(p)] = _document_name(str(path), int(number))
    for s in set(g.subjects(RDFS.label, None)):
        if not isinstance(s, URIRef):
            continue
        classes = [str(t)[len(ONTOLOGY_IRI):] for t in g.objects(s, RDF.type) if str(t).startswith(ONTOLOGY_IRI)]
        kinds = sorted({_kind_of(c, subclass_of) for c in classes} - {None})
        if not kinds:
            continue
        kind = kinds[0]
        specific = sorted(c for c in classes if c != kind and _kind_of(c, subclass_of) == kind)
        label = _first_literal(g.objects(s, RDFS.label))
        aliases = tuple(sorted({str(a) for a in g.objects(s, SKOS.altLabel)}))
        code = _first_literal(g.objects(s, KG.adminCode))
        nodes[str(s)] = _node(label, kind, specific[0] if specific else kind, aliases, code)
    counts: Counter[tuple[str, str, str]] = Counter()
    background: Counter[tuple[str, str, str]] = Counter()
    for a in g.subjects(RDF.type, KG.Assertion):
        triple = (str(g.value(a, RDF.subject)), str(g.value(a, RDF.predicate)), str(g.value(a, RDF.object)))
        counts[triple] += 1
        if str(g.value(a, KG.rule)) in BACKGROUND_RULES:
            background[triple] += 1
    edges = []
    for s, p, o in g:
        ps = str(p)
        triple = (str(s), ps, str(o))
        if (ps.startswith(ONTOLOGY_IRI) and str(s) in nodes and str(o) in nodes and s != o
                and not (counts[triple] and background[triple] == counts[triple])):
            edges.append((str(s), str(o), ps[len(ONTOLOGY_IRI):], counts[triple]))
    return _assemble(nx, nodes, edges, names)


def _node(label: str, kind: str, cls: str, aliases: Iterable[str], code: str) -> dict[str, Any]:
    return {"label": label, "kind": kind, "cls": cls, "aliases": tuple(sorted(aliases)), "code": code}


def _document_name(path: str, part: int | None = None) -> str:
    """A document's (or its part's) name for the analysis: its path, not its IRI.

    A document's IRI comes from its text's hash, so any edit renames its node; were the
    node's place in a component's order and digest taken from the IRI, an edit that leaves
    the network as it was would still make its component new, to be laid out and
    partitioned again (on a corpus, the largest one) and drawn differently. By path, an
    edit moves nothing the network does not. Not an IRI, so never equal to an entity's name.
    A thing keyed to its document (an ambiguous name the linker could not resolve, such as a
    团结镇党委) still carries the hash in its IRI: 13 of 18,325 entities of the policy corpus,
    4 of them in the network and none in its largest component.
    """
    return f"document:{path}" if part is None else f"document:{path}#{part}"


def _assemble(nx: Any, nodes: dict[str, dict[str, Any]], edges: list[tuple[str, str, str, int]],
              names: dict[str, str]) -> nx.MultiDiGraph:
    """The graph; ``names`` (``G.graph["names"]``) are documents' names for :func:`split`:
    only those of nodes in the graph, and only names held by one node (two inputs with one
    path cannot be told apart by it, so they keep their IRIs)."""
    G = nx.MultiDiGraph()
    held = Counter(names[n] for n in nodes if n in names)
    G.graph["names"] = {n: name for n, name in names.items() if n in nodes and held[name] == 1}
    for n in sorted(nodes):
        G.add_node(n, **nodes[n])
    for s, o, p, count in sorted(edges):
        if s in nodes and o in nodes:
            G.add_edge(s, o, key=p, predicate=p, sentences=count)
    return G


def _first_literal(values: Iterable[Any]) -> str:
    """The first value in code-point order (a graph may hold two labels: be deterministic)."""
    vals = sorted(str(v) for v in values)
    return vals[0] if vals else ""


def _class_parents() -> dict[str, str]:
    """Subclass -> superclass among the ontology's classes (read from the packaged kg.ttl)."""
    from rdflib import RDFS, URIRef

    from graph.ontology import load_ontology

    out: dict[str, str] = {}
    for s, o in load_ontology().subject_objects(RDFS.subClassOf):
        if isinstance(s, URIRef) and str(s).startswith(ONTOLOGY_IRI) and str(o).startswith(ONTOLOGY_IRI):
            out[str(s)[len(ONTOLOGY_IRI):]] = str(o)[len(ONTOLOGY_IRI):]
    return out


def _kind_of(cls: str, parents: dict[str, str]) -> str | None:
    seen: set[str] = set()
    while cls not in _KINDS and cls in parents and cls not in seen:
        seen.add(cls)
        cls = parents[cls]
    return cls if cls in _KINDS else None


# -- analytics -------------------------------------------------------------------------------


def simple_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """The undirected graph under ``G``; ``weight`` = how many relations join a pair."""
    import networkx as nx

    H = nx.Graph()
    H.graph["names"] = G.graph.get("names", {})
    H.add_nodes_from(G.nodes)
    for s, o, _ in G.edges(keys=True):
        if H.has_edge(s, o):
            H[s][o]["weight"] += 1
        else:
            H.add_edge(s, o, weight=1)
    return H


@dataclass(frozen=True, slots=True)
class Component:
    """One connected component of the undirected graph: all that its layout and its
    communities depend on.

    Nodes are ordered by their names: a node's IRI, a document's path (see
    :func:`_document_name`). ``nodes`` are sorted by name; ``edges`` are ``(a, b, weight)``
    with ``a``'s name before ``b``'s, sorted by names. ``digest`` (sha256 of both, by names;
    "" for components of one or two nodes, which are never cached) names the content, so a
    result computed for a component serves any later build that has the same component,
    whatever changed elsewhere in the graph. Layout and communities see only the order of
    nodes and edges, so they too are functions of the names.
    """

    nodes: tuple[str, ...]
    edges: tuple[tuple[str, str, Any], ...]
    digest: str = ""

    def graph(self) -> nx.Graph:
        """The component as a graph, nodes and edges in sorted order.

        Not ``H.subgraph``: a small view iterates over a Python set, whose order changes with
        PYTHONHASHSEED, and the layout depends on node order.
        """
        import networkx as nx

        out = nx.Graph()
        out.add_nodes_from(self.nodes)
        out.add_edges_from((a, b, {"weight": w}) for a, b, w in self.edges)
        return out


def split(H: nx.Graph) -> list[Component]:
    """The connected components of ``H``, largest first (ties: by first node's name)."""
    adj = H.adj
    names: dict[str, str] = H.graph.get("names", {})
    seen: set[str] = set()
    out: list[Component] = []
    for n in H:
        if n in seen:
            continue
        if not adj[n]:  # isolated: on a corpus, two thirds of the nodes; skip the search
            out.append(Component(nodes=(n,), edges=()))
            continue
        comp, todo = {n}, [n]
        while todo:
            for m in adj[todo.pop()]:
                if m not in comp:
                    comp.add(m)
                    todo.append(m)
        seen |= comp
        named = sorted((names.get(m, m), m) for m in comp)
        rank = {m: i for i, (_, m) in enumerate(named)}
        nodes = tuple(m for _, m in named)
        edges = tuple((a, b, w) for _, _, a, b, w in sorted(
            (rank[a], rank[b], a, b, d.get("weight", 1)) for a in nodes for b, d in adj[a].items() if rank[a] <= rank[b]))
        digest = ""
        if len(nodes) > 2:
            text = json.dumps([[name for name, _ in named], [[rank[a], rank[b], w] for a, b, w in edges]],
                              ensure_ascii=False, separators=(",", ":"))
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        out.append(Component(nodes=nodes, edges=edges, digest=digest))
    out.sort(key=lambda c: (-len(c.nodes), names.get(c.nodes[0], c.nodes[0])))
    return out


#: bump when the code that computes a cached result changes (the key also holds the seed and
#: the versions of the libraries that compute it), so that old entries are never read
COMMUNITY_VERSION = 2
LAYOUT_VERSION = 3


def communities(H: nx.Graph, *, seed: int = SEED, parts: list[Component] | None = None,
                cache: Path | None = None, stats: dict[str, int] | None = None) -> list[list[str]]:
    """Leiden communities (modularity), largest first (ties: by first member), members sorted.

    Leiden (Traag, Waltman and van Eck 2019) refines Louvain: its communities are always
    connected, and on a corpus it finds a higher modularity (0.905 against networkx
    Louvain's 0.897 on the largest component of 182 documents). igraph's C implementation
    takes 15 ms there where networkx's Louvain took 0.2-0.4 s, which a resident rebuild
    paid whenever the largest component changed.

    It runs on each connected component on its own. Modularity never joins two components
    (no edge, no gain), but its null model depends on the whole graph's weight, so on the
    whole graph one component's partition changed whenever another document added an edge
    anywhere. Per component the partition is a pure function of the component, which is
    what lets ``cache`` (a folder, see :class:`ComponentCache`) reuse it on a rebuild. A
    single node is its own community; the two ends of a single edge are one (modularity 0
    against -1/2 apart). ``parts`` are ``split(H)`` when the caller has them already;
    ``stats`` gets the cache's hits and misses.
    """
    import igraph

    store = ComponentCache(cache, "communities", f"{COMMUNITY_VERSION}/{seed}/igraph-{igraph.__version__}")
    found: list[list[str]] = []
    for part in split(H) if parts is None else parts:
        if len(part.nodes) <= 2:
            found.append(list(part.nodes))
            continue
        labels = store.get(part, lambda v, n=len(part.nodes): len(v) == n and all(
            type(x) is int and 0 <= x < n for x in v))
        if labels is None:
            labels = leiden(part, seed=seed)
            store.put(part, labels)
        groups: dict[int, list[str]] = {}
        for node, label in zip(part.nodes, labels, strict=True):
            groups.setdefault(label, []).append(node)
        found.extend(groups.values())
    store.save(stats)
    return sorted(found, key=lambda c: (-len(c), c[0]))


def leiden(part: Component, *, seed: int = SEED) -> list[int]:
    """The community number of each of ``part``'s nodes (numbered by first appearance).

    igraph draws its random numbers from a Python generator it is given; a generator seeded
    here for each call makes the result a function of the component and the seed alone, and
    the module's default (Python's ``random``) is put back afterwards.
    """
    import random

    import igraph

    index = {n: i for i, n in enumerate(part.nodes)}
    g = igraph.Graph(n=len(part.nodes), edges=[(index[a], index[b]) for a, b, _ in part.edges])
    igraph.set_random_number_generator(random.Random(seed))
    try:
        found = g.community_leiden(objective_function="modularity", weights=[w for *_, w in part.edges],
                                   n_iterations=-1)
    finally:
        igraph.set_random_number_generator(random)
    renumber: dict[int, int] = {}
    return [renumber.setdefault(c, len(renumber)) for c in found.membership]


def modularity(H: nx.Graph, comms: list[list[str]]) -> float:
    """Newman's modularity of the partition ``comms`` of ``H`` (weighted), in one pass over
    the edges: what ``nx.community.modularity`` gives (checked in the tests), without its
    work for the isolated nodes, two thirds of a corpus's, which add nothing to it."""
    of = community_of(comms)
    inside: Counter[int] = Counter()
    degree: Counter[int] = Counter()
    m = 0.0
    for a, b, w in H.edges(data="weight", default=1):
        m += w
        degree[of[a]] += w
        degree[of[b]] += w
        if of[a] == of[b]:
            inside[of[a]] += w
    if not m:
        return 0.0
    return sum(inside[c] / m - (degree[c] / (2 * m)) ** 2 for c in sorted(degree))


def community_of(comms: list[list[str]]) -> dict[str, int]:
    return {n: i for i, c in enumerate(comms) for n in c}


class ComponentCache:
    """Results computed per connected component (a layout, a partition), kept between builds.

    One file per kind of result, ``<folder>/<name>.cache``: a line ``MAGIC sha256(body)`` and
    a JSON body ``{key: [numbers]}``, where a key is the hash of the component's content
    (:attr:`Component.digest`) and of ``salt`` (code version, seed, library versions). Why one
    file rather than one per component: a corpus has hundreds of such components, and one
    small JSON document parses faster than that many files open. A file that does not check
    out (digest, JSON, shape) is ignored and rewritten: a damaged cache costs time, never a
    wrong result. :meth:`save` writes only the entries this build used, so the file holds
    the current graph's components and does not grow with history; it writes nothing when
    nothing changed. ``folder=None`` is a cache that never hits and never writes, so the
    code paths with and without a cache are the same.
    """

    MAGIC = b"cnpolkg-analysis-cache-1"

    def __init__(self, folder: Path | None, name: str, salt: str) -> None:
        self.name = name
        self.path = folder / f"{name}.cache" if folder is not None else None
        self.salt = f"{name}/{salt}/"
        self.hits = self.misses = 0
        self._old = self._read(self.path) if self.path is not None else {}
        self._used: dict[str, list[Any]] = {}

    def key(self, part: Component) -> str:
        return hashlib.sha256((self.salt + part.digest).encode("utf-8")).hexdigest()[:32]

    def get(self, part: Component, valid: Callable[[list[Any]], bool]) -> list[Any] | None:
        """The stored result for ``part``, if there is one and ``valid`` accepts it."""
        key = self.key(part)
        value = self._old.get(key)
        if value is None or not valid(value):
            self.misses += 1
            return None
        self.hits += 1
        self._used[key] = value
        return value

    def put(self, part: Component, value: list[Any]) -> None:
        self._used[self.key(part)] = value

    def save(self, stats: dict[str, int] | None = None) -> None:
        """Write the entries used since loading (atomically), unless the file holds just those."""
        name = self.name
        if stats is not None:
            stats[f"{name}_hits"] = stats.get(f"{name}_hits", 0) + self.hits
            stats[f"{name}_misses"] = stats.get(f"{name}_misses", 0) + self.misses
        if self.path is None:
            return
        log.info("analysis cache %s: %d components read, %d computed", name, self.hits, self.misses)
        if self.misses == 0 and len(self._used) == len(self._old):
            return
        body = json.dumps(self._used, sort_keys=True, separators=(",", ":")).encode("ascii")
        write_bytes(self.path, self.MAGIC + b" " + hashlib.sha256(body).hexdigest().encode("ascii") + b"\n" + body)

    @classmethod
    def _read(cls, path: Path) -> dict[str, list[Any]]:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as e:
            log.warning("analysis cache %s unreadable, ignored: %s", path, e)
            return {}
        head, _, body = raw.partition(b"\n")
        try:
            ok = head == cls.MAGIC + b" " + hashlib.sha256(body).hexdigest().encode("ascii")
            data = json.loads(body) if ok else None
        except ValueError:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            data = None
        if not isinstance(data, dict) or not all(
                isinstance(v, list) and all(type(x) in (int, float) for x in v) for v in data.values()):
            log.warning("analysis cache %s is damaged or from another version; ignored", path)
            return {}
        return data


@dataclass(frozen=True)
class Analysis:
    """The entity graph of one model, its undirected view, components and communities."""

    G: Any
    H: Any
    communities: list[list[str]]
    community: dict[str, int]
    components: list[Component] = field(default_factory=list)
    #: hits and misses of the per-component cache when this analysis was computed
    cache_stats: dict[str, int] = field(default_factory=dict)
    #: the model's relations in the network (:func:`in_network`), in the model's order
    drawn: list[Relation] = field(default_factory=list)
    #: each node's degree in ``H`` (every exporter asks it of every node: one pass, not four)
    degree: dict[str, int] = field(default_factory=dict)


_LAST: list[tuple[KnowledgeGraph, Analysis]] = []


def analyse(kg: KnowledgeGraph, *, cache: Path | None = None) -> Analysis:
    """The analysis of a linked model, computed once per model object.

    One build hands the same model to several exporters (html, stats, graphml, neo4j);
    the analysis of a corpus takes a second or more, so the last result is kept, keyed on the object
    itself (a model is not changed after linking). ``cache`` is a folder where communities
    are kept per connected component between builds (see :func:`communities`).
    """
    if _LAST and _LAST[0][0] is kg:
        return _LAST[0][1]
    with gc_paused():
        drawn = [r for r in kg.relations if in_network(r)]
        G = entity_graph(kg, drawn)
        H = simple_graph(G)
        parts = split(H)
        stats: dict[str, int] = {}
        comms = communities(H, parts=parts, cache=cache, stats=stats)
    result = Analysis(G=G, H=H, communities=comms, community=community_of(comms), components=parts,
                      cache_stats=stats, drawn=drawn, degree=dict(H.degree))
    _LAST[:] = [(kg, result)]
    return result


@gc_paused()
def compute_stats(G: nx.MultiDiGraph, *, top: int = TOP, seed: int = SEED, comms: list[list[str]] | None = None,
                  H: nx.Graph | None = None, parts: list[Component] | None = None,
                  degree: dict[str, int] | None = None) -> dict[str, Any]:
    """Counts, components, Leiden communities and the most central places and mechanisms.

    ``H``, ``parts`` (``split(H)``) and ``comms`` are computed when not given (``kg stats``
    on a graph.ttl); a build passes those of its :class:`Analysis`.
    """
    import networkx as nx

    H = simple_graph(G) if H is None else H
    parts = split(H) if parts is None else parts
    comps = [p.nodes for p in parts]
    comms = communities(H, seed=seed, parts=parts) if comms is None else comms
    degree = dict(H.degree) if degree is None else degree  # (one pass; H.degree(n) per node is a view's call)
    scale = 1.0 / (len(H) - 1) if len(H) > 1 else 0.0
    # what nx.degree_centrality gives: degree / (n - 1), every node 0.0 in a graph of one
    centrality = {n: d * scale for n, d in degree.items()}
    pagerank = nx.pagerank(H, weight="weight") if any(degree.values()) else {n: 0.0 for n in H}
    nodes = G.nodes

    def entry(n: str) -> dict[str, Any]:
        d = nodes[n]
        return {"id": n, "label": d["label"], "kind": d["kind"], "class": d["cls"], "degree": degree[n],
                "centrality": round(centrality[n], 6), "pagerank": round(pagerank[n], 6)}

    kinds: dict[str, list[str]] = {}
    for n, k in G.nodes(data="kind"):
        kinds.setdefault(k, []).append(n)
    central = {}
    for kind in CENTRAL_KINDS:
        members = list(kinds.get(kind.value, ()))
        members.sort(key=lambda n: (-degree[n], -pagerank[n], nodes[n]["label"], n))
        central[kind.value] = [entry(n) for n in members[:top]]
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "kinds": dict(sorted((k, len(v)) for k, v in kinds.items())),
        "relations": dict(sorted(Counter(p for _, _, p in G.edges(keys=True)).items())),
        "components": {
            "count": len(comps),
            "isolated": sum(1 for c in comps if len(c) == 1),
            "largest": [len(c) for c in comps[:top]],
        },
        "communities": {
            "algorithm": "leiden",
            "seed": seed,
            "count": len(comms),
            "modularity": round(modularity(H, comms), 6),
            "largest": [
                {"id": i, "size": len(c),
                 "members": [nodes[n]["label"] for n in sorted(c, key=lambda n: (-degree[n], nodes[n]["label"], n))[:5]]}
                for i, c in enumerate(comms[:top])
            ],
        },
        "central": central,
    }


def _width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(title: str, header: list[str], rows: list[list[Any]]) -> str:
    cells = [[str(c) for c in r] for r in [header, *rows]]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(header))]

    def line(r: list[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths, strict=True)).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([title, line(cells[0]), rule, *(line(r) for r in cells[1:])]) + "\n"


def format_stats(stats: dict[str, Any]) -> str:
    """The statistics as plain-text tables (for the terminal)."""
    comps, comms = stats["components"], stats["communities"]
    out = [f"{stats['nodes']} nodes, {stats['edges']} edges; {comps['count']} connected components "
           f"({comps['isolated']} isolated nodes, largest {comps['largest'][:5]}); "
           f"{comms['count']} Leiden communities (seed {comms['seed']}, modularity {comms['modularity']:.3f})\n"]
    out.append(_table("Nodes by kind", ["kind", "count"], [[k, v] for k, v in stats["kinds"].items()]))
    out.append(_table("Edges by relation", ["relation", "count"], [[k, v] for k, v in stats["relations"].items()]))
    for kind, rows in stats["central"].items():
        out.append(_table(f"Most central: {kind}", ["label", "degree", "centrality", "pagerank"],
                          [[r["label"], r["degree"], f"{r['centrality']:.4f}", f"{r['pagerank']:.4f}"] for r in rows]))
    out.append(_table("Largest communities", ["community", "size", "members (most connected first)"],
                      [[c["id"], c["size"], "、".join(c["members"])] for c in comms["largest"]]))
    return "\n".join(out)


def stats_json(stats: dict[str, Any]) -> str:
    return json.dumps(stats, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_stats(stats: dict[str, Any], path: Path) -> None:
    write_text(path, stats_json(stats))


def export_stats(*, kg: KnowledgeGraph, g: Any, out: Path, cache: Path | None = None) -> Path:
    """Build's exporter: ``stats.json`` from the linked model (``cache``: see :func:`analyse`)."""
    path = out / "stats.json"
    a = analyse(kg, cache=cache)
    write_stats(compute_stats(a.G, H=a.H, comms=a.communities, parts=a.components, degree=a.degree), path)
    return path


# -- layout ------------------------------------------------------------------------------------

#: components up to this size get networkx's spring layout (dense, full repulsion); larger
#: ones get pivot MDS refined by a local force pass, which stays near-linear in size
_SPRING_MAX = 300
#: at most this many node pairs in one batch of :func:`_spring_batch` (about 8 MB an array)
_BATCH_PAIRS = 1_000_000


def layout(H: nx.Graph, *, seed: int = SEED, unit: float = 100.0, parts: list[Component] | None = None,
           cache: Path | None = None, stats: dict[str, int] | None = None) -> dict[str, tuple[int, int]]:
    """Integer positions for every node of ``H``; ``unit`` is the length of an ideal edge.

    Why not ``nx.spring_layout`` on the whole graph: it took 20 s at 2,000 nodes and 93 s
    at 5,000 here (its sparse variant loops over nodes in Python). Instead each connected
    component is laid out on its own (networkx's spring layout when small, run for all the
    small ones at once by :func:`_spring_batch`; when large, pivot MDS for the global shape
    plus a force pass with cut-off repulsion, see :func:`_large_layout`) and the components
    are packed in rows, largest first. Same graph and seed, same positions.

    A component's layout is a pure function of the component, so ``cache`` (a folder, see
    :class:`ComponentCache`) keeps those of three nodes or more between builds; packing is
    cheap and redone. ``parts`` are ``split(H)`` when the caller has them; ``stats`` gets the
    cache's hits and misses.
    """
    import networkx as nx
    import numpy as np

    salt = f"{LAYOUT_VERSION}/{seed}/networkx-{nx.__version__}/numpy-{np.__version__}"
    store = ComponentCache(cache, "layout", salt)
    blocks: list[tuple[tuple[str, ...], Any]] = []
    todo: list[tuple[int, Component]] = []  # small components the cache did not have: laid out together
    for part in split(H) if parts is None else parts:
        n = len(part.nodes)
        if n == 1:
            xy = None  # a point: _pack places it without numpy
        elif n == 2:
            xy = np.array([[0.0, 0.0], [1.0, 0.0]])
        else:
            flat = store.get(part, lambda v, n=n: len(v) == 2 * n and all(type(x) is float for x in v))
            if flat is not None:
                xy = np.array(flat, dtype=float).reshape(n, 2)
            elif n <= _SPRING_MAX:
                todo.append((len(blocks), part))
                xy = None  # filled in below
            else:
                xy = _large_layout(part, seed=seed)
                xy = xy - xy.min(axis=0)
                store.put(part, xy.ravel().tolist())
        blocks.append((part.nodes, xy))
    if todo:
        for (at, part), xy in zip(todo, _spring_batch([p for _, p in todo], seed=seed), strict=True):
            store.put(part, xy.ravel().tolist())
            blocks[at] = (part.nodes, xy)
    store.save(stats)
    placed = _pack(blocks)
    return {n: (int(round(x * unit)), int(round(y * unit))) for n, (x, y) in placed.items()}


def _spring_batch(parts: list[Component], *, seed: int, iterations: int = 50,
                  threshold: float = 1e-4) -> list[Any]:
    """networkx's spring layout (Fruchterman-Reingold, ``method="force"``) of each of ``parts``,
    scaled so that its median edge has length 1 and shifted to start at 0.

    One force simulation for all of them at once: ``nx.spring_layout`` on a component of a
    few nodes is a few hundred tiny numpy calls, and a corpus has hundreds of such
    components. Here the nodes of all components are concatenated and each iteration
    handles every within-component pair in a few numpy calls; components never interact.
    Each component keeps networkx's own constants: initial positions
    ``RandomState(seed).rand(n, 2)``, ``k = sqrt(1/n)``, a temperature starting at a tenth
    of the initial extent and cooling linearly, and its early stop (a component whose nodes
    moved less than ``threshold`` per node stops).

    A component's result is a pure function of the component and ``seed``, whichever other
    components share the batch (the cache keeps it per component): all arithmetic is
    elementwise, and the sums per node (``np.bincount``, a sequential loop) run over that
    component's pairs only, in an order fixed by the component. So the batch may as well be
    cut in chunks of at most ``_BATCH_PAIRS`` pairs, which bounds the memory it takes.
    """
    chunks: list[list[Component]] = [[]]
    pairs = 0
    for part in parts:
        n = len(part.nodes)
        if chunks[-1] and pairs + n * (n - 1) // 2 > _BATCH_PAIRS:
            chunks.append([])
            pairs = 0
        chunks[-1].append(part)
        pairs += n * (n - 1) // 2
    return [xy for chunk in chunks if chunk
            for xy in _spring_chunk(chunk, seed=seed, iterations=iterations, threshold=threshold)]


def _spring_chunk(parts: list[Component], *, seed: int, iterations: int, threshold: float) -> list[Any]:
    import numpy as np

    sizes = np.array([len(p.nodes) for p in parts], dtype=np.int64)
    count = len(parts)
    start = np.zeros(count + 1, dtype=np.int64)
    np.cumsum(sizes, out=start[1:])
    total = int(start[-1])
    comp = np.repeat(np.arange(count), sizes)  # component of each node
    starts: dict[int, Any] = {}
    triu: dict[int, tuple[Any, Any]] = {}
    xy0, firsts, seconds, rows, edge_k, weights = [], [], [], [], [], []
    pair_at = 0
    for c, part in enumerate(parts):
        n = len(part.nodes)
        if n not in starts:  # what nx.spring_layout(G, seed=seed) starts from: depends on n only
            starts[n] = np.random.RandomState(seed).rand(n, 2)
            triu[n] = np.triu_indices(n, 1)
        xy0.append(starts[n])
        upper, lower = triu[n]
        firsts.append(upper + start[c])
        seconds.append(lower + start[c])
        idx = {v: i for i, v in enumerate(part.nodes)}
        k = float(np.sqrt(1.0 / n))
        for a, b, w in part.edges:
            i, j = sorted((idx[a], idx[b]))
            if i != j:  # a loop pulls nothing
                rows.append(pair_at + i * n - i * (i + 1) // 2 + j - i - 1)  # pair (i, j) in triu order
                edge_k.append(k)
                weights.append(float(w))
        pair_at += n * (n - 1) // 2
    pos = np.concatenate(xy0)
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    first, second = np.concatenate(firsts), np.concatenate(seconds)
    k = np.sqrt(1.0 / sizes)
    kk = np.repeat(k * k, sizes * (sizes - 1) // 2)  # per pair
    edges = np.array(rows, dtype=np.int64)
    edge_k = np.array(edge_k)
    weights = np.array(weights)
    temp = np.maximum(np.maximum.reduceat(x, start[:-1]) - np.minimum.reduceat(x, start[:-1]),
                      np.maximum.reduceat(y, start[:-1]) - np.minimum.reduceat(y, start[:-1])) * 0.1
    cool = (temp / (iterations + 1))[comp]
    temp = temp[comp]
    moving = np.ones(total)  # 0.0 once a component has stopped
    for _ in range(iterations):
        dx, dy = x[first] - x[second], y[first] - y[second]
        dist = np.sqrt(dx * dx + dy * dy)
        np.maximum(dist, 0.01, out=dist)
        coef = kk / (dist * dist)  # repulsion k^2/d between every two nodes of a component
        coef[edges] -= weights * dist[edges] / edge_k  # attraction w*d^2/k along edges
        fx, fy = dx * coef, dy * coef
        mx = np.bincount(first, fx, total) - np.bincount(second, fx, total)
        my = np.bincount(first, fy, total) - np.bincount(second, fy, total)
        length = np.sqrt(mx * mx + my * my)
        np.maximum(length, 0.01, out=length)
        step = temp / length * moving
        mx *= step
        my *= step
        x += mx
        y += my
        temp -= cool
        still = np.sqrt(np.bincount(comp, mx * mx + my * my, count)) / sizes < threshold
        if still.any():
            moving[still[comp]] = 0.0
            if not moving.any():
                break
    # scale: median edge 1 (the median of a sorted run of lengths per component), then shift to 0
    ends = (first[edges], second[edges])
    lengths = np.sqrt((x[ends[0]] - x[ends[1]]) ** 2 + (y[ends[0]] - y[ends[1]]) ** 2)
    edge_comp = comp[ends[0]]
    counts = np.bincount(edge_comp, minlength=count)
    at = np.zeros(count, dtype=np.int64)
    np.cumsum(counts[:-1], out=at[1:])
    ordered = lengths[np.lexsort((lengths, edge_comp))]
    med = (ordered[at + (counts - 1) // 2] + ordered[at + counts // 2]) / 2
    med = np.where(med > 1e-9, med, 1.0)[comp]
    x /= med
    y /= med
    x -= np.minimum.reduceat(x, start[:-1])[comp]
    y -= np.minimum.reduceat(y, start[:-1])[comp]
    out = np.column_stack((x, y))
    return [out[start[c]:start[c + 1]] for c in range(count)]


def _large_layout(part: Component, *, seed: int, pivots: int = 50, iterations: int = 80) -> Any:
    """Pivot MDS for the global shape, then a force pass with repulsion cut off at a radius.

    numpy only: the scipy modules this once used (shortest paths, a k-d tree) took longer
    to import than the whole layout of a corpus's largest component takes.
    """
    import numpy as np

    n = len(part.nodes)
    idx = {v: i for i, v in enumerate(part.nodes)}
    pairs = np.array(sorted((idx[a], idx[b]) for a, b, _ in part.edges), dtype=np.int64)
    src, dst = pairs[:, 0], pairs[:, 1]
    indptr, indices = _csr(n, src, dst)
    # pivot MDS (Brandes & Pich 2006): BFS distances from k far-apart pivots, then classical MDS
    k = min(n, pivots)
    D = np.zeros((n, k))
    nearest = np.full(n, np.inf)
    p = int(np.argmax(np.diff(indptr)))
    for j in range(k):
        d = _bfs(indptr, indices, p)
        D[:, j] = d
        nearest = np.minimum(nearest, d)
        p = int(np.argmax(nearest))
    D2 = D ** 2
    C = -0.5 * (D2 - D2.mean(axis=0) - D2.mean(axis=1)[:, None] + D2.mean())
    U, S, _ = np.linalg.svd(C, full_matrices=False)
    xy = U[:, :2] * S[:2]
    xy *= np.where(xy[np.argmax(np.abs(xy), axis=0), [0, 1]] < 0, -1.0, 1.0)  # fix SVD's sign freedom
    # local force pass: attraction on edges, repulsion only between nodes closer than R
    rng = np.random.default_rng(seed)
    xy = xy + rng.normal(scale=0.3, size=xy.shape)
    x, y = xy[:, 0].copy(), xy[:, 1].copy()  # one array per axis: contiguous for numpy
    radius = 2.5
    for it in range(iterations):
        temp = 1.0 * (1 - it / iterations) + 0.02
        first, second = _close_pairs(x, y, radius)
        dx, dy = x[first] - x[second], y[first] - y[second]
        dist2 = np.maximum(dx * dx + dy * dy, 1e-4)
        fx, fy = dx / dist2, dy / dist2  # |f| = 1/d, along (dx, dy)
        mx = np.bincount(first, fx, n) - np.bincount(second, fx, n)
        my = np.bincount(first, fy, n) - np.bincount(second, fy, n)
        dx, dy = x[src] - x[dst], y[src] - y[dst]
        dist = np.sqrt(dx * dx + dy * dy)
        fx, fy = dx * dist, dy * dist  # |f| = d^2
        mx += np.bincount(dst, fx, n) - np.bincount(src, fx, n)
        my += np.bincount(dst, fy, n) - np.bincount(src, fy, n)
        length = np.maximum(np.sqrt(mx * mx + my * my), 1e-9)
        step = np.minimum(length, temp) / length
        x += mx * step
        y += my * step
    return np.column_stack((x, y))


def _csr(n: int, src: Any, dst: Any) -> tuple[Any, Any]:
    """The undirected adjacency of edges ``src[i] - dst[i]`` among nodes ``0..n-1`` in CSR form
    ``(indptr, indices)``: the neighbours of node ``v`` are ``indices[indptr[v]:indptr[v + 1]]``,
    sorted, each once (a loop makes a node its own neighbour, once)."""
    import numpy as np

    src = np.asarray(src, dtype=np.int64)
    dst = np.asarray(dst, dtype=np.int64)
    rows, cols = np.divmod(np.unique(np.concatenate((src * n + dst, dst * n + src))), n)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
    return indptr, cols


def _bfs(indptr: Any, indices: Any, source: int) -> Any:
    """Hops from ``source`` to every node of a CSR graph (float; ``inf`` where unreachable),
    by a level-synchronous breadth-first search: each level gathers the neighbours of the
    whole frontier in a few numpy calls."""
    import numpy as np

    n = len(indptr) - 1
    degree = np.diff(indptr)
    dist = np.full(n, np.inf)
    dist[source] = 0.0
    last = np.empty(n, dtype=np.int64)  # to drop repeats from a new frontier without sorting it
    frontier = np.array([source], dtype=np.int64)
    level = 0.0
    while frontier.size:
        level += 1.0
        counts = degree[frontier]
        ends = np.cumsum(counts)
        # the positions in indices of every frontier node's neighbours, one run per node
        at = np.repeat(indptr[frontier] - ends + counts, counts) + np.arange(int(ends[-1]))
        reached = indices[at]
        reached = reached[dist[reached] == np.inf]
        seq = np.arange(len(reached))
        last[reached] = seq  # of a node reached more than once, the last write stays
        frontier = reached[last[reached] == seq]
        dist[frontier] = level
    return dist


def _close_pairs(x: Any, y: Any, radius: float) -> tuple[Any, Any]:
    """Every pair of points ``(x[i], y[i])``, ``(x[j], y[j])`` at most ``radius`` apart, as
    two arrays ``i < j`` sorted by ``(i, j)``: the pairs of
    ``scipy.spatial.cKDTree(xy).query_pairs(radius)``, distance tested the same way
    (``dx * dx + dy * dy <= radius * radius``).

    A uniform grid of columns ``radius`` wide, sorted by (column, y): a point's partners lie
    in its own column or the next one on either side, within ``radius`` in y, so each point
    is paired with the points after it in its column up to ``y + radius`` and those in the
    next column from ``y - radius`` to ``y + radius`` (each pair of points is looked at once),
    and these candidates are filtered by their distance. Those ranges are found by binary
    search on integer keys (column, rank of y); columns and y windows are a hair wider than
    ``radius``, so that rounding can never leave out a pair the distance test would keep.
    """
    import numpy as np

    n = len(x)
    if n < 2:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    reach = radius * (1 + 1e-9)
    col = np.floor((x - x.min()) / reach).astype(np.int64)
    by_y = np.argsort(y, kind="stable")
    ys = y[by_y]
    rank = np.empty(n, dtype=np.int64)  # position in y order (ties: by index)
    rank[by_y] = np.arange(n)
    low = np.empty(n, dtype=np.int64)  # the first rank at y - reach or above
    high = np.empty(n, dtype=np.int64)  # the first rank above y + reach
    low[by_y] = np.searchsorted(ys, ys - reach, side="left")  # sorted needles: fast
    high[by_y] = np.searchsorted(ys, ys + reach, side="right")
    shift = n.bit_length()  # a key (column, rank) is column << shift | rank: unique, sortable
    order = np.argsort((col << shift) | rank)
    keys = ((col << shift) | rank)[order]
    here = keys >> shift << shift
    after = here + (1 << shift)
    low, high = low[order], high[order]
    start = np.concatenate((np.arange(1, n + 1), np.searchsorted(keys, after | low)))
    stop = np.concatenate((np.searchsorted(keys, here | high), np.searchsorted(keys, after | high)))
    counts = stop - start
    ends = np.cumsum(counts)
    a = np.repeat(np.concatenate((order, order)), counts)
    b = order[np.repeat(start - ends + counts, counts) + np.arange(int(ends[-1]))]
    dx, dy = x[a] - x[b], y[a] - y[b]
    near = dx * dx + dy * dy <= radius * radius
    a, b = a[near], b[near]
    found = np.sort((np.minimum(a, b) << shift) | np.maximum(a, b))
    return found >> shift, found & ((1 << shift) - 1)


def _pack(blocks: list[tuple[tuple[str, ...], Any]], gap: float = 1.5) -> dict[str, tuple[float, float]]:
    """Shelf packing: blocks left to right in rows about as wide as the whole is tall.

    A block is ``(nodes, xy)`` with ``xy`` from 0 up, or ``None`` for one node at 0: on a
    corpus most blocks are single nodes, and numpy calls on them cost more than the rest.
    """
    import numpy as np

    sizes = [(0.0, 0.0) if xy is None else (float(xy[:, 0].max()), float(xy[:, 1].max())) for _, xy in blocks]
    if not sizes:
        return {}
    area = sum((w + gap) * (h + gap) for w, h in sizes)
    width = max(max(w for w, _ in sizes), float(np.sqrt(area)) * 1.2)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for (nodes, xy), (w, h) in zip(blocks, sizes, strict=True):
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h + gap, 0.0
        if xy is None:
            out[nodes[0]] = (x, y)
        else:
            for name, (px, py) in zip(nodes, xy.tolist(), strict=True):
                out[name] = (px + x, py + y)
        x += w + gap
        row_h = max(row_h, h)
    xs = [p[0] for p in out.values()]
    ys = [p[1] for p in out.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {n: (px - cx, py - cy) for n, (px, py) in out.items()}
