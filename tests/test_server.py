"""The endpoint over a real socket: SPARQLWrapper for every result format, refusals, the
time limit, 50 concurrent clients, the pages. Loopback only."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from graph.server import ServerConfig, create_app, negotiate
from graph.store import write_store
from tests.test_queries import sample_ttl  # noqa: F401 - the session fixture

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
PARTS = "PREFIX kg: <https://w3id.org/cnpolkg/ontology#> SELECT ?d ?n WHERE { ?d kg:partNumber ?n } ORDER BY ?n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint(sample_ttl: Path, tmp_path_factory):  # noqa: F811
    import uvicorn

    folder = tmp_path_factory.mktemp("serve")
    shutil.copy(sample_ttl, folder / "graph.ttl")
    (folder / "graph.html").write_text("<!doctype html><title>graph</title><p>网络图</p>", "utf-8")
    write_store(folder)
    cfg = ServerConfig(path=folder, timeout=3.0, max_rows=1000, workers=2)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(cfg), host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    for _ in range(600):
        if server.started:
            break
        time.sleep(0.1)
    assert server.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    t.join(10)


def wrapper(url: str, query: str, fmt: str):  # noqa: ANN201
    from SPARQLWrapper import SPARQLWrapper

    w = SPARQLWrapper(url + "/sparql")
    w.setQuery(query)
    w.setReturnFormat(fmt)
    return w.query()


def test_sparqlwrapper_json_xml_csv_tsv(endpoint: str) -> None:
    from SPARQLWrapper import CSV, JSON, TSV, XML

    res = wrapper(endpoint, PARTS, JSON).convert()
    assert [b["n"]["value"] for b in res["results"]["bindings"]] == ["1", "2", "3"]
    xml = wrapper(endpoint, PARTS, XML).convert()
    assert [n.firstChild.data for n in xml.getElementsByTagName("literal")] == ["1", "2", "3"]
    csv_text = wrapper(endpoint, PARTS, CSV).convert().decode("utf-8")
    assert csv_text.splitlines()[0] == "d,n" and csv_text.splitlines()[3].endswith(",3")
    tsv_text = wrapper(endpoint, PARTS, TSV).convert().decode("utf-8")
    assert tsv_text.splitlines()[0] == "?d\t?n"
    assert tsv_text.splitlines()[1].endswith('\t"1"^^<http://www.w3.org/2001/XMLSchema#integer>')
    assert wrapper(endpoint, "ASK { ?s a <https://w3id.org/cnpolkg/ontology#Village> }", JSON).convert()["boolean"]


def test_sparqlwrapper_construct_turtle_and_jsonld(endpoint: str) -> None:
    from SPARQLWrapper import JSONLD, TURTLE

    q = "CONSTRUCT { ?d <urn:n> ?n } WHERE { ?d <https://w3id.org/cnpolkg/ontology#partNumber> ?n }"
    from rdflib import Graph, URIRef

    g = Graph().parse(data=wrapper(endpoint, q, TURTLE).convert(), format="turtle")
    assert len(g) == 3 and {p for _, p, _ in g} == {URIRef("urn:n")}
    doc = wrapper(endpoint, q, JSONLD).convert()
    assert len(doc) == 3  # SPARQLWrapper parses JSON-LD into an rdflib graph


def test_get_post_form_and_post_body(endpoint: str) -> None:
    with httpx.Client(base_url=endpoint) as c:
        a = c.get("/sparql", params={"query": COUNT}).json()
        b = c.post("/sparql", data={"query": COUNT}).json()
        d = c.post("/sparql", content=COUNT.encode(), headers={"Content-Type": "application/sparql-query"}).json()
        assert a == b == d
        assert int(a["results"]["bindings"][0]["n"]["value"]) > 1000
        r = c.get("/sparql", params={"query": PARTS}, headers={"Accept": "text/csv"})
        assert r.headers["content-type"].startswith("text/csv") and r.text.startswith("d,n\r\n")
        r = c.get("/sparql", params={"query": "SELECT ?s WHERE { ?s ?p ?o }"})
        assert len(r.json()["results"]["bindings"]) == 1000 and r.headers["x-result-truncated"] == "true"
        assert c.get("/sparql", params={"query": PARTS}, headers={"Accept": "image/png"}).status_code == 406


def _error(r: httpx.Response, status: int, code: str) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == status and body["error"]["code"] == code
    return body["error"]["message"]


def test_update_service_long_and_malformed_are_refused(endpoint: str) -> None:
    with httpx.Client(base_url=endpoint) as c:
        msg = _error(c.post("/sparql", content=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}),
                     403, "E201")
        assert "read-only" in msg
        _error(c.post("/sparql", data={"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}), 403, "E201")
        _error(c.post("/sparql", data={"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}), 403, "E201")
        assert "SERVICE" in _error(c.get("/sparql", params={
            "query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"}), 403, "E201")
        _error(c.get("/sparql", params={"query": "SELECT * FROM <http://127.0.0.1:9/g> WHERE { ?s ?p ?o }"}),
               403, "E201")
        _error(c.post("/sparql", data={"query": "SELECT * WHERE { ?s ?p ?o } #" + "x" * 30_000}), 413, "E206")
        assert "line 1" in _error(c.get("/sparql", params={"query": "SELECT * WHERE {"}), 400, "E200")
        _error(c.get("/sparql", params={"query": "SELECT" + " (" * 5000}), 400, "E200")
        _error(c.get("/sparql"), 400, "E200")
        _error(c.get("/nothing-here"), 404, "E208")
        # the graph is unchanged
        assert c.get("/sparql", params={"query": "ASK { <urn:a> <urn:b> <urn:c> }"}).json()["boolean"] is False


def test_time_limit_stops_the_query_and_the_server_goes_on(endpoint: str) -> None:
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with httpx.Client(base_url=endpoint, timeout=60) as c:
        t = time.monotonic()
        assert "time limit" in _error(c.get("/sparql", params={"query": slow}), 504, "E202")
        assert time.monotonic() - t < 10
        assert c.get("/sparql", params={"query": COUNT}).status_code == 200


def test_fifty_concurrent_clients(endpoint: str) -> None:
    def one(i: int) -> tuple[int, str]:
        with httpx.Client(base_url=endpoint, timeout=60) as c:
            r = c.get("/queries/places-under", params={"ancestor": "金山区", "level": "village"},
                      headers={"Accept": "text/csv"})
            return r.status_code, r.text

    with ThreadPoolExecutor(50) as ex:
        results = list(ex.map(one, range(50)))
    assert {s for s, _ in results} == {200}
    assert len({t for _, t in results}) == 1 and "新黎村" in results[0][1]


def test_named_queries_over_http(endpoint: str) -> None:
    with httpx.Client(base_url=endpoint) as c:
        qs = c.get("/queries").json()
        assert {"places-under", "fact-evidence"} <= {q["name"] for q in qs}
        r = c.get("/queries/place-aliases", params={"place": "湘西州"}).json()
        assert "湘西" in {b["alias"]["value"] for b in r["results"]["bindings"]}
        _error(c.get("/queries/place-aliases", params={"town": "x"}), 400, "E200")
        _error(c.get("/queries/nope"), 404, "E200")


def test_pages_are_local(endpoint: str) -> None:
    with httpx.Client(base_url=endpoint) as c:
        assert "网络图" in c.get("/").text
        page = c.get("/query")
        assert page.status_code == 200 and "default-src 'self'" in page.headers["content-security-policy"]
        js = c.get("/query.js").text
        for text in (page.text, js):
            assert "http://" not in text and "https://" not in text  # nothing from a CDN
        assert "innerHTML" not in js  # graph text goes in as text


def test_negotiation() -> None:
    assert negotiate(None, "SELECT") == "json"
    assert negotiate("text/csv;q=0.5, application/sparql-results+xml", "SELECT") == "xml"
    assert negotiate("application/json", "CONSTRUCT") == "jsonld"
    assert negotiate("text/html,*/*;q=0.8", "CONSTRUCT") == "turtle"
    assert negotiate("image/png", "ASK") is None


def test_serve_binds_loopback_by_default() -> None:
    from graph.cli import main

    opts = {p.name: p.default for p in main.commands["serve"].params}
    assert opts["host"] == "127.0.0.1"
    assert json.dumps(opts["timeout"]) and opts["max_rows"] > 0


def test_a_rebuilt_graph_is_served_without_a_restart(tmp_path: Path) -> None:
    """kg watch (or kg build) replaces graph.ttl: the next query sees the new graph."""
    import os

    import uvicorn

    from graph.build import build

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("繁昌县确立了以“双联系”为主要内容的工作机制。\n", "utf-8")
    out = tmp_path / "out"
    build([docs], out=out, base=docs, formats=("ttl",))
    cfg = ServerConfig(path=out, timeout=10.0, workers=1)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(cfg), host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    try:
        for _ in range(600):
            if server.started:
                break
            time.sleep(0.1)
        url = f"http://127.0.0.1:{port}/sparql"
        ask = 'ASK { ?s <http://www.w3.org/2000/01/rdf-schema#label> "五星评比"@zh }'

        def answer() -> bool:
            r = httpx.get(url, params={"query": ask}, headers={"Accept": "application/sparql-results+json"}, timeout=60)
            assert r.status_code == 200, r.text
            return r.json()["boolean"]

        assert answer() is False
        (docs / "b.txt").write_text("吉林省延边朝鲜族自治州龙井市推行“五星评比”制度。\n", "utf-8")
        before = (out / "graph.ttl").stat().st_mtime_ns
        build([docs], out=out, base=docs, formats=("ttl",))
        if (out / "graph.ttl").stat().st_mtime_ns == before:  # a coarse clock: make the change visible
            os.utime(out / "graph.ttl", ns=(before + 1_000_000, before + 1_000_000))
        assert answer() is True
    finally:
        server.should_exit = True
        t.join(10)
