"""The two backends: choosing one, DIR/store freshness and reopening, one result shape."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Literal

from graph.errors import GraphFileError, QueryError, QueryRefusedError
from graph.query import serialize
from graph.store import OxigraphStore, RdflibStore, open_store, store_is_fresh, write_store
from tests.test_queries import sample_ttl  # noqa: F401 - the session fixture


@pytest.fixture()
def folder(sample_ttl: Path, tmp_path: Path) -> Path:  # noqa: F811
    shutil.copy(sample_ttl, tmp_path / "graph.ttl")
    return tmp_path


def test_small_graph_opens_with_rdflib_and_store_with_oxigraph(folder: Path) -> None:
    assert isinstance(open_store(folder), RdflibStore)
    write_store(folder)
    assert store_is_fresh(folder, folder / "graph.ttl")
    s = open_store(folder)
    assert isinstance(s, OxigraphStore) and s.location == folder / "store" / "oxigraph"
    assert len(s) == len(open_store(folder, backend="rdflib"))


def test_a_changed_graph_makes_the_store_stale(folder: Path) -> None:
    write_store(folder)
    with (folder / "graph.ttl").open("a", encoding="utf-8") as f:
        f.write('\n<https://w3id.org/cnpolkg/id/x> <http://www.w3.org/2000/01/rdf-schema#label> "新"@zh .\n')
    assert not store_is_fresh(folder, folder / "graph.ttl")
    assert isinstance(open_store(folder), RdflibStore)  # small: rdflib re-reads the Turtle
    s = open_store(folder, backend="oxigraph")  # asked for: the store is rebuilt
    assert store_is_fresh(folder, folder / "graph.ttl")
    assert s.query("ASK { ?x rdfs:label \"新\"@zh }").boolean is True


def test_a_large_graph_gets_its_store_built_once(folder: Path, monkeypatch) -> None:
    monkeypatch.setattr("graph.store.LARGE_BYTES", 1000)
    assert isinstance(open_store(folder), OxigraphStore)
    assert (folder / "store" / "source.json").is_file()
    before = (folder / "store" / "source.json").stat().st_mtime_ns
    open_store(folder)
    assert (folder / "store" / "source.json").stat().st_mtime_ns == before


def test_a_store_folder_without_turtle_still_opens(folder: Path) -> None:
    write_store(folder)
    (folder / "graph.ttl").unlink()
    assert open_store(folder).query("ASK { ?d a kg:Document }").boolean


def test_missing_graph_says_to_build(tmp_path: Path) -> None:
    with pytest.raises(GraphFileError, match="kg build"):
        open_store(tmp_path)


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_one_behaviour_for_refusals_errors_caps(folder: Path, backend: str) -> None:
    s = open_store(folder, backend=backend)
    for q in ["DELETE WHERE { ?s ?p ?o }", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
              "SELECT * FROM <http://127.0.0.1:9/x.ttl> WHERE { ?s ?p ?o }",
              "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"]:
        with pytest.raises(QueryRefusedError):
            s.query(q)
    with pytest.raises(QueryRefusedError, match="limit"):
        s.query("SELECT * WHERE { ?s ?p ?o }" + " " * 30_000)
    with pytest.raises(QueryError, match="line 2"):
        s.query("SELECT ?x WHERE {\n ?x a ")
    r = s.query("SELECT ?s WHERE { ?s ?p ?o }", limit=5)
    assert len(r.rows) == 5 and r.truncated
    # bindings are bindings: the value is never read as SPARQL
    q = "SELECT ?d ?l WHERE { ?d a kg:Document ; skos:altLabel ?l }"
    assert len(s.query(q, bindings={"l": Literal("篇2", lang="zh")}).rows) == 1
    assert s.query(q, bindings={"l": Literal('"} . ?x ?y ?z . {"')}).rows == ()


def test_same_bytes_from_both_backends(folder: Path) -> None:
    q = ("SELECT ?n ?v ?b WHERE { ?d kg:partNumber ?n . OPTIONAL { ?x kg:value ?v ; kg:about ?p . "
         "?p rdfs:label \"新黎村\"@zh } BIND(?n > 1 AS ?b) } ORDER BY ?n ?v")
    a, b = open_store(folder, backend="rdflib"), open_store(folder, backend="oxigraph")
    for fmt in ("json", "xml", "csv", "tsv"):
        assert serialize(a.query(q), fmt) == serialize(b.query(q), fmt), fmt
    assert a.query("ASK { ?d kg:partNumber 3 }").boolean is b.query("ASK { ?d kg:partNumber 3 }").boolean is True
    c = "CONSTRUCT { ?d kg:partNumber ?n } WHERE { ?d kg:partNumber ?n }"
    assert serialize(a.query(c), "turtle") == serialize(b.query(c), "turtle")
