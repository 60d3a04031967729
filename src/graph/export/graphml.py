"""GraphML for Gephi, Cytoscape and yEd: the entity graph with labels, kinds and communities.

Node ids are the entity IRIs, as in the RDF, so a node found in Gephi can be looked up with
SPARQL. GraphML has no list type: aliases are joined with " | ". Nodes and edges are
written in sorted order (networkx writes in insertion order), so the file is deterministic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graph.atomic import write_bytes
from graph.model import KnowledgeGraph

ALIAS_SEPARATOR = " | "


def graphml_graph(kg: KnowledgeGraph) -> Any:
    """A MultiDiGraph with only GraphML-friendly attribute values (str and int)."""
    import networkx as nx

    from graph.analytics import analyse

    a = analyse(kg)
    out = nx.MultiDiGraph()
    for n, d in a.G.nodes(data=True):
        out.add_node(n, **{"label": d["label"], "kind": d["kind"], "class": d["cls"],
                           "aliases": ALIAS_SEPARATOR.join(d["aliases"]), "code": d["code"],
                           "community": a.community[n], "degree": a.H.degree(n)})
    for s, o, p, d in a.G.edges(keys=True, data=True):
        out.add_edge(s, o, key=p, predicate=p, label=p, sentences=d["sentences"])
    return out


def graphml_bytes(kg: KnowledgeGraph) -> bytes:
    """UTF-8 GraphML (``generate_graphml`` would escape every Chinese character)."""
    import io

    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml(graphml_graph(kg), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def export_graphml(*, kg: KnowledgeGraph, g: Any, out: Path) -> Path:
    """Build's exporter: ``graph.graphml``."""
    path = out / "graph.graphml"
    write_bytes(path, graphml_bytes(kg))
    return path
