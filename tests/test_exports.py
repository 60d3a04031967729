"""GraphML and Neo4j CSV exports: readable by their tools' parsers, ids as in the RDF."""

from __future__ import annotations

import csv
import io

import networkx as nx
import pytest
from rdflib import URIRef

from graph.export.graphml import ALIAS_SEPARATOR, escape_attr, escape_text, graphml_bytes, graphml_graph
from graph.export.neo4j_csv import NODE_HEADER, REL_HEADER, neo4j_tables, rel_type


def test_graphml_reads_back_with_chinese_labels_and_rdf_ids(sample_build, sample_graph) -> None:
    result, out = sample_build
    raw = (out / "graph.graphml").read_bytes()
    assert raw.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    assert "枫泾镇".encode() in raw
    G = nx.read_graphml(io.BytesIO(raw))
    town = next(n for n, d in G.nodes(data=True) if d["label"] == "枫泾镇")
    assert G.nodes[town]["kind"] == "Place" and G.nodes[town]["class"] == "Township"
    assert (URIRef(town), None, None) in sample_graph
    assert len(G) == len(result.kg.entities) + sum(1 + len(d.parts) for d in result.kg.documents)
    assert G.number_of_edges() == len(result.kg.relations)
    assert {d["predicate"] for _, _, d in G.edges(data=True)} == {r.predicate.value for r in result.kg.relations}


def test_neo4j_csv_headers_ids_and_types(sample_build, sample_graph) -> None:
    result, out = sample_build
    nodes = list(csv.reader(io.StringIO((out / "neo4j" / "nodes.csv").read_text("utf-8"))))
    rels = list(csv.reader(io.StringIO((out / "neo4j" / "relationships.csv").read_text("utf-8"))))
    assert nodes[0] == NODE_HEADER and rels[0] == REL_HEADER
    ids = {r[0] for r in nodes[1:]}
    assert len(ids) == len(nodes) - 1
    assert all((URIRef(i), None, None) in sample_graph for i in ids)
    assert all(r[0] in ids and r[1] in ids for r in rels[1:])
    assert len(rels) - 1 == len(result.kg.relations)
    town = next(r for r in nodes[1:] if r[1] == "枫泾镇")
    assert town[2] == "Place;Township"
    assert {r[2] for r in rels[1:]} >= {"LOCATED_IN", "PRACTICES"}


def test_relationship_types_are_upper_snake() -> None:
    assert rel_type("locatedIn") == "LOCATED_IN"
    assert rel_type("hasComponent") == "HAS_COMPONENT"
    assert rel_type("about") == "ABOUT"


def test_semicolons_inside_aliases_do_not_split_arrays(sample_build) -> None:
    from dataclasses import replace

    result, _ = sample_build
    kg = result.kg
    e = kg.entities[0]
    odd = replace(e, alt_labels=("甲;乙", "丙"))
    patched = type(kg)(documents=kg.documents, sentences=kg.sentences,
                       entities=[odd, *kg.entities[1:]], relations=kg.relations)
    nodes_text, _ = neo4j_tables(patched)
    row = next(r for r in csv.reader(io.StringIO(nodes_text)) if r[0].endswith(e.id))
    assert row[5].split(";") == ["丙", "甲；乙"]


def _read(raw: bytes) -> nx.MultiDiGraph:
    return nx.read_graphml(io.BytesIO(raw), force_multigraph=True)


def _same_graph(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_graphml_holds_exactly_the_graph_it_describes(sample_build) -> None:
    result, out = sample_build
    _same_graph(_read((out / "graph.graphml").read_bytes()), graphml_graph(result.kg))


def test_graphml_is_what_networkx_writes(sample_build) -> None:
    """The hand-written GraphML has the bytes networkx (with lxml) wrote before it."""
    pytest.importorskip("lxml")
    result, _ = sample_build
    buf = io.BytesIO()
    nx.write_graphml(graphml_graph(result.kg), buf, encoding="utf-8", prettyprint=True)
    assert graphml_bytes(result.kg) == buf.getvalue()


HOSTILE = 'a<b>&c "q" \'s\' </data><script>x</script>&amp;\r\n\tend\x00\x01\x0b\x1f\ud800\ufffe'


def test_graphml_escapes_text_from_documents(sample_build) -> None:
    from dataclasses import replace

    from graph import analytics

    result, _ = sample_build
    kg = result.kg
    e = kg.entities[0]
    odd = replace(e, label=HOSTILE, alt_labels=(HOSTILE, "丙"), attrs=(("code", "<&>"),))
    patched = type(kg)(documents=kg.documents, sentences=kg.sentences,
                       entities=[odd, *kg.entities[1:]], relations=kg.relations)
    analytics._LAST.clear()
    raw = graphml_bytes(patched)
    G = _read(raw)
    analytics._LAST.clear()
    assert b"<script>" not in raw and b"\x00" not in raw and b"\x01" not in raw
    node = G.nodes[analytics.iri(e.id)]
    clean = 'a<b>&c "q" \'s\' </data><script>x</script>&amp;\r\n\tend' + "\ufffd" * 6
    assert node["label"] == clean
    assert node["aliases"] == f"{clean}{ALIAS_SEPARATOR}丙" or node["aliases"] == f"丙{ALIAS_SEPARATOR}{clean}"
    assert node["code"] == "<&>"


def test_attribute_escaping_survives_a_parser() -> None:
    import xml.etree.ElementTree as ET

    value = 'x"<&>\t\n\r y'
    assert ET.fromstring(f'<e a="{escape_attr(value)}">{escape_text(value)}</e>').attrib["a"] == value
    assert ET.fromstring(f'<e a="{escape_attr(value)}">{escape_text(value)}</e>').text == value


def test_row_memo_reuses_a_row_only_for_the_same_inputs() -> None:
    """A resident build's rows (graph.export.rowmemo): made again for new inputs, reused for the
    same ones, dropped when a build did not use them."""
    from graph.export import rowmemo

    made: list[tuple] = []

    def make(key: tuple) -> str:
        made.append(key)
        return f"<{key[0]}:{key[1]}>"

    assert rowmemo.table("t") is None  # no resident build: nothing kept
    assert rowmemo.rows("t", [("a", 1)], make) == ["<a:1>"]
    memos = rowmemo.Memos()
    with rowmemo.using(memos):
        first = rowmemo.rows("t", [("a", 1), ("b", 1)], make)
    with rowmemo.using(memos):
        second = rowmemo.rows("t", [("a", 1), ("b", 2)], make)  # b's degree changed
    assert second == ["<a:1>", "<b:2>"] and second[0] is first[0]
    with rowmemo.using(memos):
        rowmemo.rows("t", [("b", 1)], make)  # not used by the last build: made again
    assert made == [("a", 1), ("a", 1), ("b", 1), ("b", 2), ("b", 1)]


def test_graphml_and_neo4j_are_the_same_with_the_row_memo(sample_build) -> None:
    from graph.export import rowmemo

    result, _ = sample_build
    plain = graphml_bytes(result.kg), neo4j_tables(result.kg)
    memos = rowmemo.Memos()
    for _ in range(2):  # the first build fills the memo, the second reads it
        with rowmemo.using(memos):
            assert (graphml_bytes(result.kg), neo4j_tables(result.kg)) == plain
    assert memos.tables["graphml.node"].old and memos.tables["neo4j.relationship"].old
