"""The interactive HTML network: one self-contained, offline file.

pyvis shapes the data (nodes, edges, options); the page itself is written here because
pyvis's own template loads vis-network and Bootstrap from CDNs, writes without an encoding
and injects text unescaped. vis-network's JavaScript (shipped inside the pyvis package) is
inlined; the graph data goes in as JSON with ``<``, ``>``, ``&`` and line separators escaped,
and the page only ever puts document text into the DOM as text (``textContent``), so
nothing from a document can run.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from graph.atomic import write_text
from graph.model import Kind, KnowledgeGraph

COLOURS: dict[str, str] = {
    Kind.PLACE: "#2b83ba",
    Kind.ORGANIZATION: "#d7191c",
    Kind.PERSON: "#fdae61",
    Kind.MECHANISM: "#1a9641",
    Kind.GOAL: "#a6611a",
    Kind.EVENT: "#7b3294",
    Kind.STATISTIC: "#878787",
    Kind.PROBLEM: "#e7298a",
    Kind.DOCUMENT: "#404040",
}
KIND_ZH: dict[str, str] = {
    Kind.PLACE: "地点", Kind.ORGANIZATION: "组织", Kind.PERSON: "人物", Kind.MECHANISM: "机制",
    Kind.GOAL: "目标", Kind.EVENT: "会议/政策", Kind.STATISTIC: "统计", Kind.PROBLEM: "问题",
    Kind.DOCUMENT: "文档",
}


def vis_js() -> str:
    """vis-network's JavaScript, as pyvis ships it (read from the installed package)."""
    lib = resources.files("pyvis").joinpath("templates/lib/vis-9.1.2/vis-network.min.js")
    return lib.read_text("utf-8")


def safe_json(data: object) -> str:
    """JSON that cannot close a <script> element or start an HTML comment."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def graph_data(kg: KnowledgeGraph) -> dict:
    """Nodes and edges for the page, via pyvis's Network so options stay pyvis's."""
    from pyvis.network import Network

    net = Network(directed=True)
    degree: dict[str, int] = {}
    for r in kg.relations:
        degree[r.subject] = degree.get(r.subject, 0) + 1
        degree[r.object] = degree.get(r.object, 0) + 1
    for e in kg.entities:
        net.add_node(e.id, label=e.label, title=f"{KIND_ZH[e.kind]} · {e.label}",
                     color=COLOURS[e.kind], group=e.kind.value, size=10 + 3 * min(degree.get(e.id, 0), 10))
    for d in kg.documents:
        for unit_id, title in [(d.id, d.title)] + [(p.id, f"{p.label} {p.title}") for p in d.parts]:
            net.add_node(f"doc/{unit_id}", label=title[:20], title=f"文档 · {title}",
                         color=COLOURS[Kind.DOCUMENT], group="Document", shape="box")
    nodes = {n["id"] for n in net.nodes}
    edges = [
        {"from": r.subject, "to": r.object, "label": r.predicate.value, "arrows": "to"}
        for r in kg.relations if r.subject in nodes and r.object in nodes
    ]
    return {"nodes": sorted(net.nodes, key=lambda n: n["id"]), "edges": edges}


PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>知识图谱</title>
<style>
html, body {{ margin: 0; height: 100%; font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }}
#net {{ position: absolute; inset: 0 0 0 0; }}
#legend {{ position: absolute; top: 8px; left: 8px; background: #fffd; padding: 6px 10px; font-size: 13px; z-index: 2; }}
#legend span {{ display: inline-block; width: 10px; height: 10px; margin-right: 4px; }}
</style>
</head>
<body>
<div id="legend"></div>
<div id="net"></div>
<script>{vis}</script>
<script>
const DATA = {data};
const KINDS = {kinds};
const legend = document.getElementById("legend");
for (const [kind, info] of Object.entries(KINDS)) {{
  const row = document.createElement("div");
  const sw = document.createElement("span");
  sw.style.background = info.colour;
  row.appendChild(sw);
  row.appendChild(document.createTextNode(info.zh + " " + kind));
  legend.appendChild(row);
}}
const nodes = new vis.DataSet(DATA.nodes);
const edges = new vis.DataSet(DATA.edges);
const network = new vis.Network(document.getElementById("net"), {{nodes, edges}}, {{
  physics: {{ stabilization: {{ iterations: 200 }}, barnesHut: {{ gravitationalConstant: -3000 }} }},
  edges: {{ smooth: {{ type: "continuous" }}, font: {{ size: 10 }} }},
  interaction: {{ hover: true }}
}});
network.once("stabilizationIterationsDone", () => network.setOptions({{ physics: false }}));
window.kgNetwork = network;
</script>
</body>
</html>
"""


def html_text(kg: KnowledgeGraph) -> str:
    kinds = {k.value: {"colour": COLOURS[k], "zh": KIND_ZH[k]} for k in Kind}
    return PAGE.format(vis=vis_js(), data=safe_json(graph_data(kg)), kinds=safe_json(kinds))


def write_html(kg: KnowledgeGraph, path: Path) -> None:
    write_text(path, html_text(kg))


def export_html(*, kg: KnowledgeGraph, g, out: Path) -> Path:  # noqa: ANN001 - build's exporter signature
    write_html(kg, out / "graph.html")
    return out / "graph.html"
