"""SPARQL from the library: results, bindings, clear errors, refusals."""

from __future__ import annotations

import pytest
from rdflib import Literal

from graph.errors import QueryError, QueryRefusedError
from graph.query import format_result, run


def test_select_with_a_binding_not_pasted_into_text(sample_graph) -> None:
    q = "SELECT ?d WHERE { ?d a kg:Document ; skos:altLabel ?l }"
    rows = list(run(sample_graph, q, bindings={"l": Literal("篇2", lang="zh")}))
    assert len(rows) == 1 and str(rows[0].d).endswith("-p2")
    # a hostile value stays a value
    assert list(run(sample_graph, q, bindings={"l": Literal('"} . ?x ?y ?z . {"')})) == []


def test_malformed_query_names_line_and_column() -> None:
    with pytest.raises(QueryError) as exc:
        run(None, "SELECT ?x WHERE {\n  ?x a kg:Place\n")
    assert "line" in str(exc.value) and "column" in str(exc.value)


@pytest.mark.parametrize("update", ["INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DELETE WHERE { ?s ?p ?o }",
                                    "DROP ALL", "LOAD <http://example.org/x.ttl>"])
def test_updates_are_refused(update: str) -> None:
    with pytest.raises(QueryRefusedError):
        run(None, update)


def test_service_is_refused() -> None:
    with pytest.raises(QueryRefusedError):
        run(None, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")


def test_formats(sample_graph) -> None:
    q = "SELECT ?n WHERE { ?d kg:partNumber ?n } ORDER BY ?n"
    assert format_result(run(sample_graph, q), "csv").splitlines() == ["n", "1", "2", "3"]
    assert format_result(run(sample_graph, q), "tsv").splitlines()[0] == "n"
    assert '"bindings"' in format_result(run(sample_graph, q), "json")
    assert "3 row(s)" in format_result(run(sample_graph, q), "table")
    assert format_result(run(sample_graph, "ASK { ?d kg:partNumber 2 }"), "table") == "yes"
