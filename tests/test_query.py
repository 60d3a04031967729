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
    assert format_result(run(sample_graph, q), "tsv").splitlines()[0] == "?n"
    assert '"bindings"' in format_result(run(sample_graph, q), "json")
    assert "3 row(s)" in format_result(run(sample_graph, q), "table")
    assert format_result(run(sample_graph, "ASK { ?d kg:partNumber 2 }"), "table") == "yes"


def test_guard_reads_keywords_not_strings_or_names() -> None:
    from graph.query import guard, keywords, nesting

    # keywords inside strings, IRIs, comments, variables and prefixed names are not keywords
    ok = ('SELECT ?from ?service WHERE { ?s kg:from "FROM SERVICE DROP" ; <http://x/SERVICE> ?o . '
          "# DELETE everything\n FILTER(?a < ?b) }")
    guard(ok)
    assert keywords(ok) == {"SELECT", "WHERE", "FILTER"}
    assert nesting('SELECT * { ?s ?p "((((" . FILTER((?o)) }') == 3
    for bad in ["SELECT * WHERE { ?s ?p ?o .SERVICE <http://127.0.0.1:9/> { } }",
                "select * from <http://127.0.0.1:9/g> where { ?s ?p ?o }", "CLEAR DEFAULT"]:
        with pytest.raises(QueryRefusedError):
            guard(bad)
    with pytest.raises(QueryError, match="nested"):
        guard("SELECT * WHERE " + "{" * 100 + "}" * 100)


def test_named_queries_from_the_cli(sample_build) -> None:
    from click.testing import CliRunner

    from graph.cli import main

    _, out = sample_build
    runner = CliRunner()
    r = runner.invoke(main, ["query", "--list"])
    assert r.exit_code == 0 and "places-under" in r.output and "--bind ancestor=" in r.output
    r = runner.invoke(main, ["query", "--graph", str(out), "places-under", "--bind", "ancestor=金山区",
                             "--bind", "level=village", "--format", "csv"])
    assert r.exit_code == 0, r.output
    rows = r.output.splitlines()
    assert rows[0].startswith("ancestor,ancestorName,place,placeName")
    assert {line.split(",")[3] for line in rows[1:]} == {"新黎村", "新春村"}
    r = runner.invoke(main, ["query", "--graph", str(out), "--backend", "oxigraph", "--format", "tsv",
                             "SELECT ?l ?n WHERE { ?d skos:altLabel ?l ; kg:partNumber ?n }", "--bind", 'n="2"^^xsd:integer'])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines() == ["?l\t?n", '"篇2"@zh\t"2"^^<http://www.w3.org/2001/XMLSchema#integer>']
    r = runner.invoke(main, ["query", "--graph", str(out), "places-under", "--bind", "ancestor=无此地"])
    assert r.exit_code == 1 and "nothing in the graph is named '无此地'" in r.output
    r = runner.invoke(main, ["query", "--graph", str(out), "--limit", "2", "SELECT ?s WHERE { ?s ?p ?o }"])
    assert r.exit_code == 0 and "2 row(s) (cut at the row limit)" in r.output
