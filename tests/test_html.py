"""The HTML page as text: self-contained, UTF-8, escaped, deterministic; its data model."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from graph.export.html import html_text, page_data, safe_json, vocabulary
from graph.model import Kind
from tests.conftest import ROOT


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(text: str) -> list[tuple[str, dict[str, str | None]]]:
    p = _Tags()
    p.feed(text)
    return p.tags


@pytest.fixture(scope="module")
def sample_html(sample_build) -> str:
    _, out = sample_build
    return (out / "graph.html").read_bytes().decode("utf-8")


def test_page_is_utf8_and_loads_nothing_from_elsewhere(sample_html: str) -> None:
    tags = _tags(sample_html)
    assert ("meta", {"charset": "utf-8"}) in tags
    for tag, attrs in tags:
        for name in ("src", "href"):
            value = attrs.get(name)
            assert value is None or not re.match(r"\s*(https?:)?//", value), (tag, name, value)
    assert not [t for t, a in tags if t == "link"]
    assert not [a for t, a in tags if t == "script" and "src" in a]
    csp = [a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0] and "connect-src" not in csp[0]


def test_scripts_are_inlined_and_data_is_one_json_block(sample_html: str) -> None:
    # vis-network's code mentions "<script" in a string; what matters is the elements and their ends
    assert len([t for t, _ in _tags(sample_html) if t == "script"]) == 3
    assert sample_html.lower().count("</script") == 3
    data = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', sample_html, re.S)
    assert data is not None
    parsed = json.loads(data.group(1))
    assert parsed["meta"]["nodes"] == len(parsed["nodes"]) > 100
    assert "vis.Network" in sample_html  # vis-network's own code is inside


def test_safe_json_cannot_close_a_script_or_break_a_line() -> None:
    payload = {"t": "</script><script>alert(1)</script> <!-- & \u2028\u2029 “三访”"}
    text = safe_json(payload)
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == payload


def test_safe_json_writes_what_the_standard_library_writes(sample_build) -> None:
    """orjson is used for speed only: the page's data as json.dumps would write it."""
    data = page_data(sample_build[0].kg)
    ref = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    ref = (ref.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
           .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    assert safe_json(data) == ref
    odd = {"b": [1.5, -0.25, 10**15, "a\u2028<b>&\"c\"\\"], "a": {"z": None, "y": True}}
    assert json.loads(safe_json(odd)) == odd and safe_json(odd).startswith('{"a":{"y":true,"z":null}')


def test_document_text_is_never_raw_html(tmp_path: Path) -> None:
    from graph.build import build

    doc = tmp_path / "xss.txt"
    doc.write_text("<script>alert('title')</script>上海市金山区工作报告\n"
                   "上海市金山区推行“<img src=x onerror=alert(1)>”工作法，</script><script>alert(2)</script>。\n"
                   "金山区还有链接javascript:alert(3)。\n", "utf-8")
    build([doc], out=tmp_path / "out", formats=("html",), base=tmp_path)
    text = (tmp_path / "out" / "graph.html").read_text("utf-8")
    assert "<img" not in text
    assert "alert(" not in text.split('<script id="kg-data"')[0]
    assert text.lower().count("</script") == 3
    assert not [a for t, a in _tags(text) if t == "img"]


def test_page_data_carries_evidence_for_nodes_and_edges(sample_build) -> None:
    result, _ = sample_build
    data = page_data(result.kg)
    by_label = {n[1]: n for n in data["nodes"]}
    town = by_label["枫泾镇"]
    assert town[2] == "Place" and town[3] == "Township"
    assert town[11], "mentions"
    di, si, start, end = town[11][0]
    sent_start, sent_text = data["sents"][f"{di}:{si}"]
    assert sent_text[start - sent_start:end - sent_start] == "枫泾镇"
    for e in data["edges"]:
        for p in e[3]:
            assert f"{p[0]}:{p[1]}" in data["sents"]
    assert {k["id"] for k in data["kinds"]} >= {"Place", "Mechanism"}
    assert data["meta"]["initialKinds"] is None
    assert all(isinstance(n[4], int) and isinstance(n[5], int) for n in data["nodes"])


def test_large_graphs_open_on_a_filtered_view(sample_build) -> None:
    result, _ = sample_build
    data = page_data(result.kg, initial_limit=50)
    assert data["meta"]["initialKinds"] == [Kind.PLACE.value, Kind.MECHANISM.value]


def test_relation_and_kind_names_come_from_the_ontology() -> None:
    vocab = vocabulary()
    assert vocab["locatedIn"] == ("位于", "located in")
    assert vocab["Place"][0] == "地点"


def test_same_graph_same_bytes(sample_build) -> None:
    result, out = sample_build
    assert html_text(result.kg) == html_text(result.kg) == (out / "graph.html").read_text("utf-8")


@pytest.mark.slow
def test_same_bytes_across_processes(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("金山区枫泾镇新黎村在领导班子建设方面勇于创新,创造性提出了“三型”班子建设工程。\n"
                   "繁昌县确立了以“双联系”为主要内容的工作机制。\n", "utf-8")
    code = ("import sys; from pathlib import Path; from graph.build import build; "
            "build([Path(sys.argv[2])], out=Path(sys.argv[1]), formats=('html',), base=Path(sys.argv[2]).parent)")
    outs = []
    for seed in ("1", "977"):
        out = tmp_path / f"out{seed}"
        subprocess.run([sys.executable, "-c", code, str(out), str(doc)], check=True, cwd=ROOT,
                       env=dict(os.environ, PYTHONHASHSEED=seed))
        outs.append((out / "graph.html").read_bytes())
    assert outs[0] == outs[1]


def test_a_resident_builds_kept_rows_give_the_page_a_fresh_build_gives() -> None:
    """The page's rows kept between resident builds (graph.export.rowmemo) are reused for the
    entities a change left as they were, and the page is the same as one made without them: after an
    edit, and when a document now stands before the others (their indices move)."""
    import dataclasses

    from graph.export import rowmemo
    from graph.io import make_document
    from graph.link import LinkMemo, link
    from graph.pipeline import extract_document

    def ex(text: str, path: str):  # noqa: ANN202
        return extract_document(make_document(text, path=path))

    a = ex("金山区枫泾镇新黎村党组织推行“三访”制度，2023年全村集体经济收入超过50万元。", "b.txt")
    b = ex("湖南省湘西州花垣县双龙镇党委推行“一村一品”模式，党员王明说要抓好落实。", "c.txt")
    edited = ex("金山区枫泾镇新黎村党组织推行“三访”制度，2024年全村集体经济收入超过60万元。", "b.txt")
    memos, links = rowmemo.Memos(), LinkMemo()
    with rowmemo.using(memos):
        page_data(link([a, b], links))
    kept = {id(v[1]) for v in memos.tables["html.node"].old.values() if isinstance(v, tuple)}
    kg = link([edited, b], links)
    with rowmemo.using(memos):
        page = page_data(kg)
    assert any(id(row) in kept for row in page["nodes"])  # rows of entities the edit left as they were
    assert page == page_data(link([edited, b]))
    # the same entities, a document now first
    moved = dataclasses.replace(kg, documents=[make_document("安徽省繁昌区。", path="a.txt"), *kg.documents])
    with rowmemo.using(memos):
        assert page_data(moved) == page_data(dataclasses.replace(link([edited, b]), documents=moved.documents))
