"""`kg push` round trip through a real Oxigraph server (started here on a free loopback port)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.push import PushError, push, target_url
from graph.store import open_store
from tests.test_queries import sample_ttl  # noqa: F401 - the session fixture

GRAPH = "https://w3id.org/cnpolkg/graph/sample"


def _oxigraph() -> str:
    exe = shutil.which("oxigraph") or str(Path(os.sys.executable).parent / "oxigraph")
    if not Path(exe).exists():
        if os.environ.get("CI") == "true":
            pytest.fail("the oxigraph server command is missing (pip install oxigraph)")
        pytest.skip("the oxigraph server command is missing (pip install oxigraph)")
    return exe


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    exe = _oxigraph()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    loc = tmp_path_factory.mktemp("oxigraph-db")
    proc = subprocess.Popen([exe, "serve", "--location", str(loc), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            httpx.get(url + "/query", params={"query": "ASK {}"}, timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("the oxigraph server did not start: " + proc.stderr.read().decode()[:500])
    yield url
    proc.terminate()
    proc.wait(10)


def _count(url: str, graph: str) -> int:
    r = httpx.post(url + "/query", data={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"},
                   headers={"Accept": "application/sparql-results+json"})
    r.raise_for_status()
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def test_push_replace_then_add_round_trip(oxigraph_server: str, sample_ttl: Path, tmp_path: Path) -> None:  # noqa: F811
    shutil.copy(sample_ttl, tmp_path / "graph.ttl")
    local = open_store(tmp_path)
    n = len(local)
    r = push(tmp_path, endpoint=oxigraph_server + "/store", graph=GRAPH)
    assert r.method == "PUT" and r.status in (200, 201, 204)
    assert _count(oxigraph_server, GRAPH) == n
    # the same query gives the same count there as here
    q = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a <https://w3id.org/cnpolkg/ontology#Place> }"
    here = int(str(local.query(q).rows[0][0]))
    remote = q.replace("WHERE { ?p a", f"WHERE {{ GRAPH <{GRAPH}> {{ ?p a") + " }"
    there = httpx.post(oxigraph_server + "/query", data={"query": remote},
                       headers={"Accept": "application/sparql-results+json"}).json()
    assert int(there["results"]["bindings"][0]["n"]["value"]) == here > 10
    # replace again: still n (not 2n); add a second file: more
    push(tmp_path, endpoint=oxigraph_server + "/store", graph=GRAPH, replace=True)
    assert _count(oxigraph_server, GRAPH) == n
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "graph.ttl").write_text('<urn:x> <urn:y> "新"@zh .\n', "utf-8")
    push(extra, endpoint=oxigraph_server + "/store", graph=GRAPH, replace=False)
    assert _count(oxigraph_server, GRAPH) == n + 1


def test_cli_push_and_refusals(oxigraph_server: str, sample_ttl: Path, tmp_path: Path) -> None:  # noqa: F811
    shutil.copy(sample_ttl, tmp_path / "graph.ttl")
    runner = CliRunner()
    r = runner.invoke(main, ["push", str(tmp_path), "--endpoint", oxigraph_server + "/store", "--graph", GRAPH + "/cli"])
    assert r.exit_code == 0, r.output
    assert "replaced" in r.output and GRAPH + "/cli" in r.output
    # a URL that is not a Graph Store endpoint: the server's refusal is reported
    r = runner.invoke(main, ["push", str(tmp_path), "--endpoint", oxigraph_server + "/no-such-path"])
    assert r.exit_code == 1 and "refused the upload: HTTP 404" in r.output
    with pytest.raises(PushError, match="cannot reach"):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            dead = s.getsockname()[1]
        push(tmp_path, endpoint=f"http://127.0.0.1:{dead}/store")
    with pytest.raises(PushError, match="absolute IRI"):
        push(tmp_path, endpoint=oxigraph_server + "/store", graph="sample")


def test_target_url() -> None:
    assert target_url("http://127.0.0.1:7878/store", None) == "http://127.0.0.1:7878/store?default"
    assert target_url("http://127.0.0.1:3030/ds/data", "urn:g") == "http://127.0.0.1:3030/ds/data?graph=urn%3Ag"
    with pytest.raises(PushError):
        target_url("ftp://127.0.0.1/x", None)
