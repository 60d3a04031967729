"""Graph analytics with networkx: the entity graph, statistics, communities and a layout.

The entity graph has one node per thing (entities, documents and their parts), named by
its full IRI, and one edge per ``(subject, predicate, object)``. It is built either from the
linked model (:func:`entity_graph`, during ``build``) or from a built ``graph.ttl``
(:func:`rdf_entity_graph`, for ``kg stats``); both give the same graph, so ``stats.json``
does not depend on which way it was made.

Everything here is deterministic: nodes are inserted in sorted order, Louvain and the
layout take a fixed seed, floats are rounded before they are written.

networkx, numpy and scipy load inside the functions (``import graph`` stays cheap). This
module must not import pyvis.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph.atomic import write_text
from graph.model import Kind, KnowledgeGraph
from graph.namespaces import ONTOLOGY_IRI, RESOURCE_IRI

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

log = logging.getLogger(__name__)

SEED = 42
TOP = 10
#: kinds whose most central members the statistics list
CENTRAL_KINDS = (Kind.PLACE, Kind.MECHANISM)
_KINDS = {k.value for k in Kind}


def iri(local_id: str) -> str:
    """The IRI of a model id (``place/cn-310116`` -> ``https://w3id.org/cnpolkg/id/place/cn-310116``)."""
    return RESOURCE_IRI + local_id


# -- building the entity graph -------------------------------------------------------------


def entity_graph(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """The entity graph of a linked model (documents and parts are nodes too).

    Node attributes: ``label``, ``kind`` (a :class:`Kind` value), ``cls`` (the most specific
    ontology class, e.g. ``Township``), ``aliases`` (a sorted tuple) and ``code`` (an
    administrative code or ""). Edges are keyed by predicate and carry ``sentences``, the
    number of places the relation is stated or inferred.
    """
    import networkx as nx

    from graph.link import doc_unit_id
    from graph.rdf import SUBCLASS

    nodes: dict[str, dict[str, Any]] = {}
    for doc in kg.documents:
        nodes[iri(doc_unit_id(doc.id))] = _node(doc.title, "Document", "Document", (), "")
        for part in doc.parts:
            nodes[iri(doc_unit_id(part.id))] = _node(part.title, "Document", "Document", (part.label,), "")
    for e in kg.entities:
        cls = SUBCLASS.get((e.kind, e.subtype or ""))
        local = str(cls)[len(ONTOLOGY_IRI):] if cls is not None else e.kind.value
        nodes[iri(e.id)] = _node(e.label, e.kind.value, local, e.alt_labels, e.attr("code") or "")
    edges = [(iri(r.subject), iri(r.object), r.predicate.value, len(r.provs)) for r in kg.relations]
    return _assemble(nx, nodes, edges)


def rdf_entity_graph(g: Any) -> nx.MultiDiGraph:
    """The entity graph of an RDF graph (a built ``graph.ttl``).

    Nodes: resources with an ``rdfs:label`` and a ``kg:`` class among the entity kinds
    (mentions, assertions and sentences have no label or no such class, so they drop out).
    Edges: ``kg:`` properties between two nodes; ``sentences`` counts the ``kg:Assertion``s
    that state the triple.
    """
    import networkx as nx
    from rdflib import RDF, RDFS, URIRef
    from rdflib.namespace import SKOS

    from graph.namespaces import KG

    subclass_of = _class_parents()
    nodes: dict[str, dict[str, Any]] = {}
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
    for a in g.subjects(RDF.type, KG.Assertion):
        triple = (str(g.value(a, RDF.subject)), str(g.value(a, RDF.predicate)), str(g.value(a, RDF.object)))
        counts[triple] += 1
    edges = []
    for s, p, o in g:
        ps = str(p)
        if ps.startswith(ONTOLOGY_IRI) and str(s) in nodes and str(o) in nodes and s != o:
            edges.append((str(s), str(o), ps[len(ONTOLOGY_IRI):], counts[(str(s), ps, str(o))]))
    return _assemble(nx, nodes, edges)


def _node(label: str, kind: str, cls: str, aliases: Iterable[str], code: str) -> dict[str, Any]:
    return {"label": label, "kind": kind, "cls": cls, "aliases": tuple(sorted(aliases)), "code": code}


def _assemble(nx: Any, nodes: dict[str, dict[str, Any]], edges: list[tuple[str, str, str, int]]) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
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
    H.add_nodes_from(G.nodes)
    for s, o, _ in G.edges(keys=True):
        if H.has_edge(s, o):
            H[s][o]["weight"] += 1
        else:
            H.add_edge(s, o, weight=1)
    return H


def induced(H: nx.Graph, nodes: Iterable[str]) -> nx.Graph:
    """A copy of the subgraph on ``nodes`` with nodes and edges in sorted order.

    Not ``H.subgraph``: a small view iterates over a Python set, whose order changes with
    PYTHONHASHSEED, and Louvain and the layout depend on node order.
    """
    import networkx as nx

    keep = sorted(set(nodes))
    wanted = set(keep)
    out = nx.Graph()
    out.add_nodes_from(keep)
    out.add_edges_from(sorted((min(a, b), max(a, b), d) for a in keep for b, d in H[a].items()
                              if b in wanted and a <= b))
    return out


def communities(H: nx.Graph, *, seed: int = SEED) -> list[list[str]]:
    """Louvain communities, largest first (ties: by first member), members sorted."""
    import networkx as nx

    # isolated nodes are communities of their own whatever Louvain does; leaving them out
    # gives the same partition and, on a corpus where half the nodes are isolated, is 5x faster
    core = [n for n in sorted(H.nodes) if H.degree(n) > 0]
    found = nx.community.louvain_communities(induced(H, core), weight="weight", seed=seed) if core else []
    found += [{n} for n in H.nodes if H.degree(n) == 0]
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))


def community_of(comms: list[list[str]]) -> dict[str, int]:
    return {n: i for i, c in enumerate(comms) for n in c}


@dataclass(frozen=True)
class Analysis:
    """The entity graph of one model, its undirected view and its communities."""

    G: Any
    H: Any
    communities: list[list[str]]
    community: dict[str, int]


_LAST: list[tuple[KnowledgeGraph, Analysis]] = []


def analyse(kg: KnowledgeGraph) -> Analysis:
    """The analysis of a linked model, computed once per model object.

    One build hands the same model to several exporters (html, stats, graphml, neo4j);
    Louvain on a corpus takes seconds, so the last result is kept, keyed on the object
    itself (a model is not changed after linking).
    """
    if _LAST and _LAST[0][0] is kg:
        return _LAST[0][1]
    G = entity_graph(kg)
    H = simple_graph(G)
    comms = communities(H)
    result = Analysis(G=G, H=H, communities=comms, community=community_of(comms))
    _LAST[:] = [(kg, result)]
    return result


def compute_stats(G: nx.MultiDiGraph, *, top: int = TOP, seed: int = SEED,
                  comms: list[list[str]] | None = None, H: nx.Graph | None = None) -> dict[str, Any]:
    """Counts, components, Louvain communities and the most central places and mechanisms."""
    import networkx as nx

    H = simple_graph(G) if H is None else H
    comps = sorted((sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0]))
    comms = communities(H, seed=seed) if comms is None else comms
    centrality = nx.degree_centrality(H) if len(H) > 1 else {n: 0.0 for n in H}
    pagerank = nx.pagerank(H, weight="weight") if H.number_of_edges() else {n: 0.0 for n in H}

    def entry(n: str) -> dict[str, Any]:
        d = G.nodes[n]
        return {"id": n, "label": d["label"], "kind": d["kind"], "class": d["cls"], "degree": H.degree(n),
                "centrality": round(centrality[n], 6), "pagerank": round(pagerank[n], 6)}

    central = {}
    for kind in CENTRAL_KINDS:
        members = [n for n, k in G.nodes(data="kind") if k == kind.value]
        members.sort(key=lambda n: (-H.degree(n), -pagerank[n], G.nodes[n]["label"], n))
        central[kind.value] = [entry(n) for n in members[:top]]
    # isolated nodes add nothing to modularity; leaving their singleton sets out is much faster
    linked = [c for c in comms if len(c) > 1 or H.degree(c[0]) > 0]
    core = induced(H, [n for c in linked for n in c])
    modularity = nx.community.modularity(core, linked, weight="weight") if H.number_of_edges() else 0.0
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "kinds": dict(sorted(Counter(k for _, k in G.nodes(data="kind")).items())),
        "relations": dict(sorted(Counter(p for _, _, p in G.edges(keys=True)).items())),
        "components": {
            "count": len(comps),
            "isolated": sum(1 for c in comps if len(c) == 1),
            "largest": [len(c) for c in comps[:top]],
        },
        "communities": {
            "algorithm": "louvain",
            "seed": seed,
            "count": len(comms),
            "modularity": round(modularity, 6),
            "largest": [
                {"id": i, "size": len(c),
                 "members": [G.nodes[n]["label"] for n in sorted(c, key=lambda n: (-H.degree(n), G.nodes[n]["label"], n))[:5]]}
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
           f"{comms['count']} Louvain communities (seed {comms['seed']}, modularity {comms['modularity']:.3f})\n"]
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


def export_stats(*, kg: KnowledgeGraph, g: Any, out: Path) -> Path:
    """Build's exporter: ``stats.json`` from the linked model."""
    path = out / "stats.json"
    a = analyse(kg)
    write_stats(compute_stats(a.G, H=a.H, comms=a.communities), path)
    return path


# -- layout ------------------------------------------------------------------------------------

#: components up to this size get networkx's spring layout (dense, full repulsion); larger
#: ones get pivot MDS refined by a local force pass, which stays near-linear in size
_SPRING_MAX = 300


def layout(H: nx.Graph, *, seed: int = SEED, unit: float = 100.0) -> dict[str, tuple[int, int]]:
    """Integer positions for every node of ``H``; ``unit`` is the length of an ideal edge.

    Why not ``nx.spring_layout`` on the whole graph: it took 20 s at 2,000 nodes and 93 s
    at 5,000 here (its sparse variant loops over nodes in Python). Instead each connected
    component is laid out on its own (spring layout when small; pivot MDS for the global
    shape plus a force pass with cut-off repulsion via a k-d tree when large) and the
    components are packed in rows, largest first. Same graph and seed, same positions.
    """
    import networkx as nx
    import numpy as np

    comps = sorted((sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0]))
    blocks: list[tuple[list[str], Any]] = []
    for comp in comps:
        if len(comp) == 1:
            xy = np.zeros((1, 2))
        elif len(comp) == 2:
            xy = np.array([[0.0, 0.0], [1.0, 0.0]])
        elif len(comp) <= _SPRING_MAX:
            pos = nx.spring_layout(induced(H, comp), seed=seed, method="force", iterations=50)
            xy = np.array([pos[n] for n in comp], dtype=float)
            xy = _unit_edges(xy, comp, H)
        else:
            xy = _large_layout(H, comp, seed=seed)
        blocks.append((comp, xy - xy.min(axis=0)))
    placed = _pack(blocks)
    return {n: (int(round(x * unit)), int(round(y * unit))) for n, (x, y) in placed.items()}


def _unit_edges(xy: Any, comp: list[str], H: nx.Graph) -> Any:
    """Scale a layout so that its median edge has length 1."""
    import numpy as np

    idx = {n: i for i, n in enumerate(comp)}
    lengths = [np.linalg.norm(xy[idx[a]] - xy[idx[b]]) for a, b in induced(H, comp).edges]
    med = float(np.median(lengths)) if lengths else 1.0
    return xy / med if med > 1e-9 else xy


def _large_layout(H: nx.Graph, comp: list[str], *, seed: int, pivots: int = 50, iterations: int = 80) -> Any:
    import numpy as np
    from scipy.sparse import coo_array
    from scipy.sparse.csgraph import shortest_path
    from scipy.spatial import cKDTree

    n = len(comp)
    idx = {v: i for i, v in enumerate(comp)}
    pairs = np.array(sorted((idx[a], idx[b]) for a, b in induced(H, comp).edges), dtype=np.int64)
    A = coo_array((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n)).tocsr()
    A = A + A.T
    # pivot MDS (Brandes & Pich 2006): BFS distances from k far-apart pivots, then classical MDS
    k = min(n, pivots)
    D = np.zeros((n, k))
    nearest = np.full(n, np.inf)
    p = int(np.argmax(np.diff(A.indptr)))
    for j in range(k):
        d = shortest_path(A, unweighted=True, indices=[p], directed=False)[0]
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
    src, dst = pairs[:, 0], pairs[:, 1]
    radius = 2.5
    for it in range(iterations):
        temp = 1.0 * (1 - it / iterations) + 0.02
        disp = np.zeros_like(xy)
        close = cKDTree(xy).query_pairs(radius, output_type="ndarray")
        if len(close):
            delta = xy[close[:, 0]] - xy[close[:, 1]]
            dist2 = np.maximum((delta ** 2).sum(axis=1), 1e-4)
            force = delta / dist2[:, None]  # |f| = 1/d, along delta
            for axis in (0, 1):
                disp[:, axis] += np.bincount(close[:, 0], force[:, axis], n) - np.bincount(close[:, 1], force[:, axis], n)
        delta = xy[src] - xy[dst]
        dist = np.sqrt((delta ** 2).sum(axis=1))
        force = delta * dist[:, None]  # |f| = d^2
        for axis in (0, 1):
            disp[:, axis] += np.bincount(dst, force[:, axis], n) - np.bincount(src, force[:, axis], n)
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=1)), 1e-9)
        xy += disp * (np.minimum(length, temp) / length)[:, None]
    return xy


def _pack(blocks: list[tuple[list[str], Any]], gap: float = 1.5) -> dict[str, tuple[float, float]]:
    """Shelf packing: blocks left to right in rows about as wide as the whole is tall."""
    import numpy as np

    area = sum((xy[:, 0].max() + gap) * (xy[:, 1].max() + gap) for _, xy in blocks)
    width = max(max(xy[:, 0].max() for _, xy in blocks), float(np.sqrt(area)) * 1.2)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for comp, xy in blocks:
        w, h = float(xy[:, 0].max()), float(xy[:, 1].max())
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h + gap, 0.0
        for name, (px, py) in zip(comp, xy, strict=True):
            out[name] = (float(px) + x, float(py) + y)
        x += w + gap
        row_h = max(row_h, h)
    cx = (max(p[0] for p in out.values()) + min(p[0] for p in out.values())) / 2
    cy = (max(p[1] for p in out.values()) + min(p[1] for p in out.values())) / 2
    return {n: (px - cx, py - cy) for n, (px, py) in out.items()}
