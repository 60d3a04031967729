"""Serialise the RDF graph to Turtle and JSON-LD, deterministically.

rdflib's Turtle writer sorts subjects and predicates, so its output is stable; its
JSON-LD is not, so the JSON-LD document is re-sorted here (nodes by ``@id``, keys, and
value lists) before writing.
"""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph

from graph.atomic import write_bytes, write_text
from graph.namespaces import PREFIXES


def turtle_bytes(g: Graph) -> bytes:
    return g.serialize(format="turtle", encoding="utf-8")


def write_turtle(g: Graph, path: Path) -> None:
    write_bytes(path, turtle_bytes(g))


def jsonld_text(g: Graph) -> str:
    raw = json.loads(g.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True))
    nodes = raw.get("@graph", [raw] if "@id" in raw else [])
    doc = {"@context": raw.get("@context", dict(PREFIXES)), "@graph": sorted((_sorted(n) for n in nodes), key=lambda n: n.get("@id", ""))}
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _sorted(x):  # noqa: ANN001, ANN202 - JSON values
    if isinstance(x, dict):
        return {k: _sorted(v) for k, v in sorted(x.items())}
    if isinstance(x, list):
        items = [_sorted(v) for v in x]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return x


def write_jsonld(g: Graph, path: Path) -> None:
    write_text(path, jsonld_text(g))


def export_turtle(*, kg, g: Graph, out: Path) -> Path:  # noqa: ANN001 - build's exporter signature
    write_turtle(g, out / "graph.ttl")
    return out / "graph.ttl"


def export_jsonld(*, kg, g: Graph, out: Path) -> Path:  # noqa: ANN001
    write_jsonld(g, out / "graph.jsonld")
    return out / "graph.jsonld"
