"""End to end: the sample in, Turtle/JSON-LD/HTML out; deterministic; atomic; bad input."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from graph.build import build
from tests.conftest import ROOT, SAMPLE


def test_sample_build_writes_every_output(sample_build) -> None:
    result, out = sample_build
    assert {p.name for p in out.iterdir()} >= {"graph.ttl", "graph.jsonld", "graph.html"}
    assert len(result.kg.documents) == 1
    ttl = Graph().parse(out / "graph.ttl", format="turtle")
    jsonld = Graph().parse(out / "graph.jsonld", format="json-ld")
    assert len(ttl) == len(jsonld) == result.triples > 0


def test_files_hold_the_things_then_each_document_each_part_sorted(sample_build) -> None:
    from graph.export.rdf_files import turtle_of
    from graph.rdf import triples

    result, out = sample_build
    doc = json.loads((out / "graph.jsonld").read_text("utf-8"))
    ids = [n["@id"] for n in doc["@graph"]]
    assert len(ids) == len(set(ids))  # no subject split over two sections
    doc_id = "id:doc/" + result.kg.documents[0].id
    first = ids.index(next(i for i in ids if i.startswith("id:assertion/") or i.startswith(doc_id)))
    things, section = ids[:first], ids[first:]
    assert things == sorted(things) and section == sorted(section)
    assert not any(i.startswith(("id:doc/", "id:assertion/")) for i in things)
    assert {"id:place/cn-310116", doc_id, doc_id + "/s0"} <= set(ids)
    # the file assembled from the sections is the serialisation of the whole graph
    assert (out / "graph.ttl").read_bytes() == turtle_of(triples(result.kg)).encode("utf-8")


def _build_in_subprocess(inputs: list[Path], out: Path, seed: str) -> bytes:
    code = ("import sys; from pathlib import Path; from graph.build import build; "
            "build([Path(p) for p in sys.argv[2:]], out=Path(sys.argv[1]), formats=('ttl','jsonld'), base=Path('.'))")
    env = dict(os.environ, PYTHONHASHSEED=seed)
    subprocess.run([sys.executable, "-c", code, str(out), *map(str, inputs)], check=True, env=env, cwd=ROOT)
    return (out / "graph.ttl").read_bytes() + (out / "graph.jsonld").read_bytes()


@pytest.mark.slow
def test_byte_identical_across_hash_seeds_and_document_order(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("繁昌县确立了以“双联系”为主要内容的工作机制。\n党的十八大强调加强基层服务型党组织建设。\n", "utf-8")
    a = _build_in_subprocess([SAMPLE, other], tmp_path / "a", "1")
    b = _build_in_subprocess([other, SAMPLE], tmp_path / "b", "2024")
    assert a == b


def test_a_bad_file_in_a_batch_does_not_stop_the_good_ones(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("金山区枫泾镇新黎村党组织以服务群众为目标。", "utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = build([tmp_path], out=tmp_path / "out", base=tmp_path)
    assert [d.path for d in result.kg.documents] == ["good.txt"]
    assert sorted(e.path for e in result.errors) == ["bin.txt", "empty.txt"]
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_failed_write_keeps_the_previous_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    build([SAMPLE], out=out, formats=("ttl",), base=ROOT)
    before = (out / "graph.ttl").read_bytes()

    from graph.export.sections import GraphSections

    chunks = GraphSections.turtle_chunks

    def interrupted(self):  # noqa: ANN001, ANN202 - half of the file is written, then Ctrl-C
        yield from list(chunks(self))[:2]
        raise KeyboardInterrupt

    monkeypatch.setattr(GraphSections, "turtle_chunks", interrupted)
    doc = tmp_path / "new.txt"
    doc.write_text("湖南省湘西土家族苗族自治州泸溪县。", "utf-8")
    with pytest.raises(KeyboardInterrupt):
        build([doc], out=out, formats=("ttl",), base=tmp_path)
    assert gc.isenabled()  # the build paused the collector (graph.gcpause) and resumed it on the way out
    assert (out / "graph.ttl").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_text_that_could_break_a_serialisation_round_trips(tmp_path: Path) -> None:
    nasty = '标题 "引号" <尖括号> \\反斜杠\n村党支部提出了“<script>alert(1)</script>”工作法和"a b"机制。\n'
    p = tmp_path / "nasty.txt"
    p.write_text(nasty, "utf-8")
    out = tmp_path / "out"
    build([p], out=out, base=tmp_path)
    g = Graph().parse(out / "graph.ttl", format="turtle")
    g2 = Graph().parse(out / "graph.jsonld", format="json-ld")
    assert len(g) == len(g2)
    texts = {str(o) for o in g.objects()}
    assert any("<script>" in t for t in texts)
    html = (out / "graph.html").read_text("utf-8")
    assert "<script>alert(1)</script>" not in html


def _all_bytes(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_two_jobs_write_every_output_byte_identical(tmp_path: Path) -> None:
    """With jobs > 1 the analysis exporters run in a forked process; nothing may change."""
    one = build([SAMPLE], out=tmp_path / "one", base=ROOT, jobs=1)
    two = build([SAMPLE], out=tmp_path / "two", base=ROOT, jobs=2)
    assert list(one.files) == list(two.files) and one.triples == two.triples
    assert {"graph.html", "stats.json", "graph.graphml", "neo4j/nodes.csv"} <= set(_all_bytes(tmp_path / "one"))
    assert _all_bytes(tmp_path / "one") == _all_bytes(tmp_path / "two")


def test_an_error_in_a_forked_exporter_surfaces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import graph.export.html as html

    def boom(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise ValueError("layout failed")

    monkeypatch.setattr(html, "html_text", boom)
    doc = tmp_path / "a.txt"
    doc.write_text("湖南省湘西土家族苗族自治州泸溪县。\n", "utf-8")
    with pytest.raises(ValueError, match="layout failed"):
        build([doc], out=tmp_path / "out", formats=("ttl", "html"), base=tmp_path, jobs=2)
    assert not (tmp_path / "out" / "graph.html").exists()
