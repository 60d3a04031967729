"""GraphML and Neo4j CSV exports: readable by their tools' parsers, ids as in the RDF."""

from __future__ import annotations

import csv
import io

import networkx as nx
from rdflib import URIRef

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
