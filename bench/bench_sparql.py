"""SPARQL benchmark: every named query on rdflib and on Oxigraph at >= 1,000,000 triples,
and the endpoint under 10 concurrent clients.

    /work/venv/bin/python bench/bench_sparql.py [--triples 1000000] [--runs 5] [--seconds 10]

The graph is synthetic but in the project's vocabulary and shape (graph/rdf.py): a place
hierarchy of provinces > prefectures > counties > townships > villages with labels, aliases
and mentions; mechanisms with components and goals; documents with sentences; every
relation reified as a kg:Assertion with its sentence; statistics, authors, citations.
Both engines load the same N-Triples file; ratios are taken in the same run. Names are
generated (地001村 …), never taken from a document.
"""

from __future__ import annotations

import argparse
import logging
import random
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

log = logging.getLogger("bench_sparql")

KG = "https://w3id.org/cnpolkg/ontology#"
ID = "https://w3id.org/cnpolkg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
HAN = "东南西北山河湖海金银红绿青白安平新和兴福田林桥水石龙凤阳明光华"


def synth(path: Path, target: int, seed: int = 7) -> dict[str, str]:
    """Write a synthetic graph of about ``target`` triples as N-Triples; return names to bind."""
    rnd = random.Random(seed)
    n = 0
    out = path.open("w", encoding="utf-8")

    def t(s: str, p: str, o: str) -> None:
        nonlocal n
        out.write(f"<{s}> <{p}> {o} .\n")
        n += 1

    def iri(x: str) -> str:
        return f"<{x}>"

    def zh(x: str) -> str:
        return f'"{x}"@zh'

    def lit(x: object, dt: str | None = None) -> str:
        return f'"{x}"^^<{XSD}{dt}>' if dt else f'"{x}"'

    def name(i: int, suffix: str) -> str:
        a, b, c = HAN[i % len(HAN)], HAN[(i // len(HAN)) % len(HAN)], HAN[(i // len(HAN) ** 2) % len(HAN)]
        return f"{a}{b}{c}{i}{suffix}"

    scale = max(1, target // 1_000_000)
    levels = [("province", "Province", "省", 30), ("prefecture", "Prefecture", "市", 300 * scale),
              ("county", "County", "县", 2500 * scale), ("township", "Township", "镇", 10000 * scale),
              ("village", "Village", "村", 25000 * scale)]
    docs = [f"{ID}doc/d{i}" for i in range(800 * scale)]
    sent_count = 40
    for d, doc in enumerate(docs):
        t(doc, RDF + "type", iri(KG + "Document"))
        t(doc, RDFS + "label", zh(name(d, "研究")))
        for s in range(sent_count):
            si = f"{doc}/s{s}"
            t(si, RDF + "type", iri(NIF + "Sentence"))
            t(si, NIF + "referenceContext", iri(doc))
            t(si, NIF + "anchorOf", lit(name(d * sent_count + s, "句子说明做法。")))
    mention_no = 0

    def mention(entity: str, text: str) -> None:
        nonlocal mention_no
        mention_no += 1
        d = rnd.randrange(len(docs))
        m = f"{docs[d]}/m{mention_no}"
        t(entity, KG + "hasMention", iri(m))
        t(m, RDF + "type", iri(KG + "Mention"))
        t(m, NIF + "anchorOf", lit(text))
        t(m, NIF + "sentence", iri(f"{docs[d]}/s{rnd.randrange(sent_count)}"))

    assertion_no = 0

    def relate(s: str, p: str, o: str) -> None:
        nonlocal assertion_no
        t(s, KG + p, iri(o))
        assertion_no += 1
        a = f"{ID}assertion/a{assertion_no}"
        d = rnd.randrange(len(docs))
        t(a, RDF + "type", iri(KG + "Assertion"))
        t(a, RDF + "subject", iri(s))
        t(a, RDF + "predicate", iri(KG + p))
        t(a, RDF + "object", iri(o))
        t(a, PROV + "wasDerivedFrom", iri(f"{docs[d]}/s{rnd.randrange(sent_count)}"))
        t(a, NIF + "beginIndex", lit(rnd.randrange(10000), "nonNegativeInteger"))
        t(a, NIF + "endIndex", lit(10000 + rnd.randrange(100), "nonNegativeInteger"))
        t(a, KG + "rule", lit("bench.rule"))
        t(a, KG + "stated", lit("true", "boolean"))

    places: list[list[str]] = []
    labels: dict[str, str] = {}
    for depth, (level, cls, suffix, count) in enumerate(levels):
        row = []
        for i in range(count):
            p = f"{ID}place/{level}{i}"
            label = name(i + 1000 * depth, suffix)
            labels[p] = label
            t(p, RDF + "type", iri(KG + "Place"))
            t(p, RDF + "type", iri(KG + cls))
            t(p, RDFS + "label", zh(label))
            t(p, SKOS + "altLabel", zh(label[:-1]))
            t(p, KG + "level", lit(level))
            if depth:
                parent = places[depth - 1][i % len(places[depth - 1])]
                relate(p, "locatedIn", parent)
            mention(p, label[:-1])
            row.append(p)
        places.append(row)
    goals = [f"{ID}goal/g{i}" for i in range(3000 * scale)]
    for i, g in enumerate(goals):
        t(g, RDF + "type", iri(KG + "Goal"))
        t(g, RDFS + "label", zh(name(i, "目标")))
    mechs = [f"{ID}mechanism/m{i}" for i in range(12000 * scale)]
    for i, m in enumerate(mechs):
        t(m, RDF + "type", iri(KG + "Mechanism"))
        t(m, RDFS + "label", zh(name(i, "机制")))
        if i % 3 == 0:
            for k in range(1, 3):
                relate(m, "hasComponent", mechs[(i + k) % len(mechs)])
        relate(m, "aimsAt", goals[i % len(goals)])
    for i, p in enumerate(places[2] + places[3][: len(places[3]) // 3]):
        relate(p, "practices", mechs[(i * 7) % len(mechs)])
    events = [f"{ID}event/e{i}" for i in range(200)]
    for i, e in enumerate(events):
        t(e, RDF + "type", iri(KG + "Event"))
        t(e, RDF + "type", iri(KG + "Meeting"))
        t(e, RDFS + "label", zh(name(i, "会议")))
    orgs = [f"{ID}organization/o{i}" for i in range(2000 * scale)]
    for i, o in enumerate(orgs):
        t(o, RDF + "type", iri(KG + "Organization"))
        t(o, RDFS + "label", zh(name(i, "党委")))
        relate(o, "locatedIn", places[2][i % len(places[2])])
    for d, doc in enumerate(docs):
        for k in range(3):
            relate(doc, "cites", events[(d + k) % len(events)])
        person = f"{ID}person/p{d}"
        t(person, RDF + "type", iri(KG + "Person"))
        t(person, RDFS + "label", zh(name(d, "")))
        t(person, KG + "role", lit("author"))
        relate(person, "authorOf", doc)
        relate(person, "affiliatedWith", orgs[d % len(orgs)])
    i = 0
    while i < 20000 * scale or n < target:  # statistics about villages, then pad up to the target
        st = f"{ID}statistic/s{i}"
        t(st, RDF + "type", iri(KG + "Statistic"))
        t(st, RDFS + "label", zh(f"统计{i}"))
        t(st, KG + "measure", lit(name(i, "比例")))
        t(st, KG + "value", lit(f"{rnd.randrange(10000) / 10}", "decimal"))
        t(st, KG + "unit", lit("%"))
        relate(st, "about", places[4][i % len(places[4])])
        mention(st, f"{i}%")
        i += 1
    out.close()
    county = places[2][5]
    return {"county": labels[county], "village": labels[places[4][5]], "mechanism": name(0, "机制"),
            "document": name(3, "研究"), "person": name(3, ""), "triples": str(n)}


def bindings_for(names: dict[str, str]) -> dict[str, dict[str, str]]:
    """The bound form of each named query a user would run (one place, one mechanism …)."""
    return {
        "place-mechanisms": {"place": names["county"]},
        "mechanism-parts": {"mechanism": names["mechanism"]},
        "places-under": {"ancestor": names["county"], "level": "village"},
        "place-aliases": {"place": names["village"]},
        "fact-evidence": {"subject": names["village"], "predicate": "kg:locatedIn"},
        "mechanism-goals": {"mechanism": names["mechanism"]},
        "statistics-by-place": {"place": names["village"]},
        "authors": {"person": names["person"]},
        "document-citations": {"document": names["document"]},
        "find-entities": {"text": names["county"][:4]},
    }


def median_ms(fn, runs: int) -> tuple[float, int]:  # noqa: ANN001
    times, rows = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        rows = len(fn().rows)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), rows


def endpoint_load(folder: Path, cases: dict[str, dict[str, str]], seconds: float, clients: int) -> dict[str, float]:
    import socket
    import subprocess

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # `kg serve` in its own process, as users run it: the clients here do not share its GIL
    server = subprocess.Popen([sys.executable, "-m", "graph", "serve", str(folder), "--port", str(port),
                               "--workers", "2", "--timeout", "30"], stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            httpx.get(f"http://127.0.0.1:{port}/queries", timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.2)
    urls = [(f"/queries/{name}", params) for name, params in cases.items()]
    lat: list[float] = []
    errors = 0
    stop = time.monotonic() + seconds

    def client(k: int) -> None:
        nonlocal errors
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as c:
            i = k
            while time.monotonic() < stop:
                path, params = urls[i % len(urls)]
                t = time.perf_counter()
                r = c.get(path, params=params)
                lat.append((time.perf_counter() - t) * 1000)
                errors += r.status_code != 200
                i += 1

    t0 = time.monotonic()
    with ThreadPoolExecutor(clients) as ex:
        list(ex.map(client, range(clients)))
    elapsed = time.monotonic() - t0
    server.terminate()
    server.wait(20)
    lat.sort()
    return {"qps": len(lat) / elapsed, "p50": lat[len(lat) // 2], "p99": lat[int(len(lat) * 0.99)],
            "requests": len(lat), "errors": errors}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5, help="runs per query and engine (median reported)")
    ap.add_argument("--seconds", type=float, default=10.0, help="length of the endpoint load test")
    ap.add_argument("--clients", type=int, default=10)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    logging.getLogger("httpx").setLevel(logging.WARNING)

    import pyoxigraph as ox
    from rdflib import Graph

    from graph.query import named_queries
    from graph.store import OxigraphStore, RdflibStore, write_store

    with tempfile.TemporaryDirectory(prefix="bench-sparql-") as tmp:
        folder = Path(tmp)
        nt = folder / "graph.nt"
        t = time.perf_counter()
        names = synth(nt, args.triples)
        log.info("generated %s triples in %.1f s", names["triples"], time.perf_counter() - t)
        t = time.perf_counter()
        g = Graph()
        g.parse(nt, format="nt")
        rd_load = time.perf_counter() - t
        s = ox.Store()
        t = time.perf_counter()
        s.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
        ox_load = time.perf_counter() - t
        # the store the endpoint serves: DIR/store built from graph.ttl, as `kg build --store` does
        s.dump(output=str(folder / "graph.ttl"), format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
        del s
        t = time.perf_counter()
        write_store(folder)
        store_time = time.perf_counter() - t
        rd, oxs = RdflibStore(g), OxigraphStore.open(folder / "store" / "oxigraph")
        print(f"triples: rdflib {len(rd):,}, oxigraph {len(oxs):,}; load: rdflib {rd_load:.1f} s (parse N-Triples), "
              f"oxigraph {ox_load:.1f} s (bulk load, in memory); DIR/store from graph.ttl {store_time:.1f} s")
        cases = bindings_for(names)
        print("| query | rows | rdflib median ms | Oxigraph median ms | ratio |")
        print("|---|---:|---:|---:|---:|")
        for name in named_queries():
            raw = cases.get(name, {})
            o_ms, o_rows = median_ms(lambda raw=raw, name=name: oxs.run_named(name, raw), args.runs)
            r_ms, r_rows = median_ms(lambda raw=raw, name=name, rd=rd: rd.run_named(name, raw), max(1, min(args.runs, 3)))
            assert r_rows == o_rows, (name, r_rows, o_rows)
            print(f"| {name} | {o_rows} | {r_ms:.1f} | {o_ms:.1f} | {r_ms / o_ms:.0f}x |", flush=True)
        del g, rd
        load = endpoint_load(folder, cases, args.seconds, args.clients)
        print(f"endpoint (Oxigraph, 2 workers, {args.clients} clients, named queries round-robin): "
              f"{load['qps']:.0f} queries/s, p50 {load['p50']:.1f} ms, p99 {load['p99']:.1f} ms, "
              f"{load['requests']} requests, {load['errors']} errors")


if __name__ == "__main__":
    main()
