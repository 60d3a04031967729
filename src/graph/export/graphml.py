"""GraphML for Gephi, Cytoscape and yEd: the entity graph with labels, kinds and communities.

Node ids are the entity IRIs, as in the RDF, so a node found in Gephi can be looked up with
SPARQL. GraphML has no list type: aliases are joined with " | ". Nodes and edges are
written in sorted order (the entity graph's insertion order), so the file is deterministic.

The text is written here, not by ``networkx.write_graphml``: that builds an element tree
(or goes through lxml) for a format that is a flat list of nodes and edges, and took 1.5 s
on a corpus for what a join does in a tenth of that. The bytes are those networkx wrote
with lxml (same keys ``d0``..``d9``, same layout), so the tools that read it see no change;
one difference on purpose: characters XML 1.0 cannot hold (control characters, lone
surrogates), which lxml refused with an error, become U+FFFD, since document text is
untrusted.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from graph.gcpause import gc_paused
from graph.atomic import write_bytes
from graph.export import rowmemo
from graph.model import KnowledgeGraph

ALIAS_SEPARATOR = " | "

#: (attribute, GraphML type) per node and per edge, in the order networkx numbered them
NODE_KEYS = (("label", "string"), ("kind", "string"), ("class", "string"), ("aliases", "string"),
             ("code", "string"), ("community", "long"), ("degree", "long"))
EDGE_KEYS = (("predicate", "string"), ("label", "string"), ("sentences", "long"))

HEAD = ("<?xml version='1.0' encoding='utf-8'?>\n"
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">')

#: what XML 1.0 cannot contain at all, not even as a character reference
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TEXT_SPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ATTR_SPECIAL = re.compile("[&<>\"\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def escape_text(value: str) -> str:
    """Character data: ``&``, ``<``, ``>`` as entities, CR as ``&#13;`` (a parser would turn a
    raw one into LF), characters XML cannot hold as U+FFFD."""
    if _TEXT_SPECIAL.search(value) is None:  # nearly every value: skip four replaces
        return value
    value = _NOT_XML.sub("\ufffd", value)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def escape_attr(value: str) -> str:
    """An attribute value in double quotes: also ``"``, and TAB/LF/CR as references (a parser
    normalises raw ones to spaces)."""
    if _ATTR_SPECIAL.search(value) is None:
        return value
    value = escape_text(value).replace('"', "&quot;")
    return value.replace("\t", "&#9;").replace("\n", "&#10;")


def graphml_graph(kg: KnowledgeGraph, *, cache: Path | None = None) -> Any:
    """A MultiDiGraph with only GraphML-friendly attribute values (str and int).

    What the file holds; :func:`graphml_bytes` writes the same without building it.
    """
    import networkx as nx

    from graph.analytics import analyse

    a = analyse(kg, cache=cache)
    out = nx.MultiDiGraph()
    for n, d in a.G.nodes(data=True):
        out.add_node(n, **{"label": d["label"], "kind": d["kind"], "class": d["cls"],
                           "aliases": ALIAS_SEPARATOR.join(d["aliases"]), "code": d["code"],
                           "community": a.community[n], "degree": a.H.degree(n)})
    for s, o, p, d in a.G.edges(keys=True, data=True):
        out.add_edge(s, o, key=p, predicate=p, label=p, sentences=d["sentences"])
    return out


@gc_paused()
def graphml_bytes(kg: KnowledgeGraph, *, cache: Path | None = None) -> bytes:
    """UTF-8 GraphML of the entity graph (Chinese stays as is, not as character references)."""
    from graph.analytics import analyse

    a = analyse(kg, cache=cache)
    G = a.G
    degrees = a.degree
    keys = [(f"d{i}", "node", name, kind) for i, (name, kind) in enumerate(NODE_KEYS)] if len(G) else []
    if next(iter(G.edges), None) is not None:
        keys += [(f"d{len(NODE_KEYS) + i}", "edge", name, kind) for i, (name, kind) in enumerate(EDGE_KEYS)]
    out = [HEAD]
    # networkx put each new key first, so they run from the last to the first
    out += [f'<key id="{k}" for="{scope}" attr.name="{name}" attr.type="{kind}"/>\n'
            for k, scope, name, kind in reversed(keys)]
    out.append('<graph edgedefault="directed">')
    community = a.community
    out += rowmemo.rows("graphml.node", [(n, d["label"], d["kind"], d["cls"], d["aliases"], d["code"], community[n],
                                          degrees[n]) for n, d in G.nodes(data=True)], _node_text)
    out += rowmemo.rows("graphml.edge", [(s, o, p, d["sentences"]) for s, o, p, d in G.edges(keys=True, data=True)],
                        _edge_text)
    out.append("</graph></graphml>")
    return "".join(out).encode("utf-8")


def _node_text(row: tuple) -> str:
    n, label, kind, cls, aliases, code, community, degree = row
    return (f'<node id="{escape_attr(n)}">\n'
            f'  <data key="d0">{escape_text(label)}</data>\n'
            f'  <data key="d1">{escape_text(kind)}</data>\n'
            f'  <data key="d2">{escape_text(cls)}</data>\n'
            f'  <data key="d3">{escape_text(ALIAS_SEPARATOR.join(aliases))}</data>\n'
            f'  <data key="d4">{escape_text(code)}</data>\n'
            f'  <data key="d5">{community}</data>\n'
            f'  <data key="d6">{degree}</data>\n'
            "</node>\n")


def _edge_text(row: tuple) -> str:
    s, o, p, sentences = row
    pred = escape_text(p)
    return (f'<edge source="{escape_attr(s)}" target="{escape_attr(o)}" id="{escape_attr(p)}">\n'
            f'  <data key="d7">{pred}</data>\n'
            f'  <data key="d8">{pred}</data>\n'
            f'  <data key="d9">{int(sentences)}</data>\n'
            "</edge>\n")


def export_graphml(*, kg: KnowledgeGraph, g: Any, out: Path, cache: Path | None = None) -> Path:
    """Build's exporter: ``graph.graphml`` (``cache``: see :func:`graph.analytics.analyse`)."""
    path = out / "graph.graphml"
    write_bytes(path, graphml_bytes(kg, cache=cache))
    return path
