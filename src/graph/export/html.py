"""The interactive graph browser: one self-contained, offline, deterministic HTML file.

Why not pyvis's page: its template loads vis-network and Bootstrap from CDNs (a blank page
offline), writes without an encoding, injects the heading unescaped and switches tooltips
to ``innerHTML``; its default physics needs minutes to settle a few thousand nodes and its
``add_edge`` scans every edge. So the page is written here: vis-network's JavaScript (shipped
inside the pyvis package) and the browser's own JS/CSS (``export/assets``) are inlined; the
graph goes in as one JSON block (``<``, ``>``, ``&``, U+2028/2029 escaped) read with
``JSON.parse``; positions are computed in Python (:func:`graph.analytics.layout`, fixed
seed) and physics is off, so the first draw is the settled layout. The page puts document
text into the DOM only with ``textContent``/``createTextNode``, and a Content-Security-Policy
forbids any request to another host.

Data schema (``kg-data`` JSON), arrays to keep big graphs small:

* ``docs``: ``[id, title, [[part_id, label, title, start, end], ...]]``
* ``nodes``: ``[id, label, kind, class, x, y, size, community, degree, aliases, attrs, mentions]``
  with ``mentions`` = ``[[doc_index, sent_index, start, end], ...]``
* ``edges``: ``[from_index, to_index, predicate, provs]``, the network's relations (not those
  known only from a background inference, which stay in the RDF: see :mod:`graph.analytics`), with ``provs`` =
  ``[[doc_index, sent_index, start, end, rule, confidence, stated], ...]``
* ``sents``: ``{"doc_index:sent_index": [start, text]}``, only the sentences cited
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from graph.gcpause import gc_paused
from graph.atomic import write_text
from graph.export import rowmemo
from graph.model import Kind, KnowledgeGraph, Predicate

log = logging.getLogger(__name__)

#: beyond this many nodes the page opens on a filtered view (INITIAL_KINDS) and says so
INITIAL_LIMIT = 1500
INITIAL_KINDS = (Kind.PLACE, Kind.MECHANISM)
#: at most this many evidence sentences per node are embedded (the panel says how many more)
MAX_MENTIONS = 40

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
SHAPES: dict[str, str] = {
    Kind.PLACE: "dot",
    Kind.ORGANIZATION: "square",
    Kind.PERSON: "triangle",
    Kind.MECHANISM: "diamond",
    Kind.GOAL: "star",
    Kind.EVENT: "triangleDown",
    Kind.STATISTIC: "dot",
    Kind.PROBLEM: "hexagon",
    Kind.DOCUMENT: "box",
}
#: community colours (ColorBrewer Paired + Dark2); communities past the palette are grey
COMMUNITY_COLOURS = (
    "#1f78b4", "#33a02c", "#e31a1c", "#ff7f00", "#6a3d9a", "#b15928", "#a6cee3", "#b2df8a",
    "#fb9a99", "#fdbf6f", "#cab2d6", "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e",
    "#e6ab02", "#a6761d",
)
MARKERS = ("{{VIS_JS}}", "{{APP_JS}}", "{{APP_CSS}}", "{{DATA}}")


@lru_cache(maxsize=1)
def vis_js() -> str:
    """vis-network's JavaScript, as pyvis ships it (read from the installed package).

    Found with ``find_spec``, which locates pyvis without importing it: ``resources.files``
    imports the package, and pyvis' imports (jinja2, IPython helpers) took 0.4 s, longer
    than reading the file.
    """
    from importlib.util import find_spec

    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyvis is not installed; it ships vis-network's JavaScript")
    lib = Path(next(iter(spec.submodule_search_locations))) / "templates/lib/vis-9.1.2/vis-network.min.js"
    return lib.read_text("utf-8")


def asset(name: str) -> str:
    """One of the page's own files in ``graph/export/assets``."""
    return resources.files("graph.export").joinpath(f"assets/{name}").read_text("utf-8")


def safe_json(data: object) -> str:
    """JSON that cannot close a <script> element, open a comment, or end a JS line.

    orjson writes the same text as ``json.dumps(data, ensure_ascii=False, sort_keys=True,
    separators=(",", ":"))`` for the page's data (str keys, ints, short floats), six times
    faster (0.04 s against 0.27 s for a 182-document corpus, paid on every rebuild).
    """
    import orjson

    raw = orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
    for char, escaped in _JSON_ESCAPES:
        if char in raw:  # (a search is a tenth of a replace over the page's megabytes; most are absent)
            raw = raw.replace(char, escaped)
    return raw.decode("utf-8")


#: what the page's JSON must not hold raw: what closes a <script>, opens a comment, or ends a JS line
_JSON_ESCAPES = ((b"<", b"\\u003c"), (b">", b"\\u003e"), (b"&", b"\\u0026"),
                 ("\u2028".encode(), b"\\u2028"), ("\u2029".encode(), b"\\u2029"))


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, tuple[str, str]]:
    """Chinese and English labels of the ontology's classes and properties (from kg.ttl)."""
    from rdflib import RDFS

    from graph.namespaces import ONTOLOGY_IRI
    from graph.ontology import load_ontology

    out: dict[str, dict[str, str]] = {}
    for s, label in load_ontology().subject_objects(RDFS.label):
        if str(s).startswith(ONTOLOGY_IRI) and getattr(label, "language", None) in ("zh", "en"):
            out.setdefault(str(s)[len(ONTOLOGY_IRI):], {})[label.language] = str(label)
    return {k: (v.get("zh", k), v.get("en", k)) for k, v in sorted(out.items())}


def page_data(kg: KnowledgeGraph, *, initial_limit: int = INITIAL_LIMIT, cache: Path | None = None) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-able data, sorted.

    ``cache``: a folder where communities and component layouts are kept between builds
    (:func:`graph.analytics.analyse`, :func:`graph.analytics.layout`).
    """
    from graph.analytics import analyse, iri, layout
    from graph.link import doc_unit_id

    a = analyse(kg, cache=cache)
    G, H, comms, comm = a.G, a.H, a.communities, a.community
    pos = layout(H, parts=a.components, cache=cache)
    vocab = vocabulary()
    degrees = a.degree
    max_degree = max(degrees.values(), default=0) or 1

    # the documents by path (their ids are content hashes: a changed document keeps its place, so
    # the indices the rows refer to them by stay put for the others; see the row memo below)
    documents = sorted(kg.documents, key=lambda d: (d.path, d.id))
    doc_index = {d.id: i for i, d in enumerate(documents)}
    docs = [[d.id, d.title, [[p.id, p.label, p.title, p.start, p.end] for p in d.parts]] for d in documents]
    cited: set[tuple[int, int]] = set()

    cls_of = dict(G.nodes(data="cls"))
    sizes: dict[int, float] = {}  # by degree: a few dozen distinct values among thousands of nodes

    def node_row(node_id: str, label: str, kind: str, aliases: tuple[str, ...], attrs: dict[str, str],
                 mentions: list[list[int]]) -> list[Any]:
        full = iri(node_id)
        x, y = pos[full]
        degree = degrees[full]
        size = sizes.get(degree)
        if size is None:
            size = sizes[degree] = round(10 + 26 * math.sqrt(degree / max_degree), 1)
        return [node_id, label, kind, cls_of[full], x, y, size, comm[full], degree, list(aliases), attrs, mentions]

    rows: list[list[Any]] = []
    for d in documents:
        rows.append(node_row(doc_unit_id(d.id), d.title, Kind.DOCUMENT.value, (), {}, []))
        for p in d.parts:
            rows.append(node_row(doc_unit_id(p.id), p.title, Kind.DOCUMENT.value, (p.label,), {}, []))
    # a resident build keeps each entity's row (graph.export.rowmemo): reused when the entity is the
    # same object (entities are frozen; an unchanged one is kept by the incremental link), its node
    # drawn where it was, as large, in the same community, and no document it was made with now
    # stands at another index (the mentions are written by document index; a changed document has a
    # new id, and an entity mentioned in it is a new object)
    memo = rowmemo.table("html.node")
    old: dict = {}
    if memo is not None:
        before = memo.old.get(_DOCS) or {}
        if all(before.get(d, k) == k for d, k in doc_index.items()):
            old = memo.old
    for e in kg.entities:
        full = iri(e.id)
        key: tuple | None = None
        if memo is not None:
            degree = degrees[full]
            key = (id(e), pos[full], degree, comm[full], cls_of[full], max_degree)
            hit = rowmemo.reused(memo, key, e, old)
            if hit is not None:
                rows.append(hit[1])
                cited.update(hit[2])
                continue
        ms = [[doc_index[m.doc_id], m.sent_index, m.start, m.end] for m in e.mentions[:MAX_MENTIONS]]
        pairs = [(m[0], m[1]) for m in ms]
        cited.update(pairs)
        attrs = dict(e.attrs)
        if len(e.mentions) > MAX_MENTIONS:
            attrs["mentions_total"] = str(len(e.mentions))
        row = node_row(e.id, e.label, e.kind.value, e.alt_labels, attrs, ms)
        rows.append(row)
        if key is not None:
            memo.new[key] = (e, row, pairs)
    if memo is not None:
        memo.new[_DOCS] = doc_index
    rows.sort(key=lambda r: r[0])
    index = {r[0]: i for i, r in enumerate(rows)}
    edges = []
    for r in a.drawn:
        if r.subject not in index or r.object not in index:
            continue
        provs = []
        for p in r.provs:
            di = doc_index[p.doc_id]
            cited.add((di, p.sent_index))
            provs.append([di, p.sent_index, p.start, p.end, p.rule, round(p.confidence, 2), p.stated])
        edges.append([index[r.subject], index[r.object], r.predicate.value, provs])
    sents: dict[str, list[Any]] = {}
    by_index: dict[int, dict[int, Any]] = {}
    for di, si in sorted(cited):
        listed = kg.sentences.get(documents[di].id, ())
        # (a document's sentences are listed in order, each at its index; a dict only otherwise)
        s = listed[si] if si < len(listed) and listed[si].index == si else None
        if s is None:
            if di not in by_index:
                by_index[di] = {x.index: x for x in listed}
            s = by_index[di].get(si)
        if s is not None:
            sents[f"{di}:{si}"] = [s.start, s.text]
    n_kind = Counter(r[2] for r in rows)
    initial = None
    if len(rows) > initial_limit:
        initial = [k.value for k in INITIAL_KINDS]
    return {
        "meta": {
            "nodes": len(rows),
            "edges": len(edges),
            "documents": len(kg.documents),
            "communities": len(comms),
            "initialKinds": initial,
            "initialLimit": initial_limit,
        },
        "kinds": [{"id": k.value, "zh": vocab.get(k.value, (k.value, k.value))[0], "en": k.value,
                   "colour": COLOURS[k], "shape": SHAPES[k], "count": n_kind[k.value]}
                  for k in Kind if n_kind[k.value]],
        "preds": [{"id": p.value, "zh": vocab.get(p.value, (p.value, p.value))[0],
                   "en": vocab.get(p.value, (p.value, p.value))[1]} for p in Predicate],
        "classes": {c: list(v) for c, v in vocab.items() if c[:1].isupper()},
        "communityColours": list(COMMUNITY_COLOURS),
        "docs": docs,
        "nodes": rows,
        "edges": edges,
        "sents": sents,
    }


#: the key under which a page's row memo keeps the order of the documents it was made with
_DOCS = ("documents",)


@gc_paused()
def html_text(kg: KnowledgeGraph, *, initial_limit: int = INITIAL_LIMIT, cache: Path | None = None) -> str:
    """The whole page as one string (same graph, same string; ``cache`` as in :func:`page_data`)."""
    page = asset("page.html")
    parts = {
        "{{VIS_JS}}": vis_js(),
        "{{APP_JS}}": asset("browser.js"),
        "{{APP_CSS}}": asset("browser.css"),
        "{{DATA}}": safe_json(page_data(kg, initial_limit=initial_limit, cache=cache)),
    }
    for marker, text in parts.items():
        if marker != "{{DATA}}" and "</script" in text.lower():
            raise ValueError(f"{marker} would close its <script> element early")
    # one pass, so that a marker inside the data or a script is never substituted again
    out: list[str] = []
    rest = page
    while True:
        hits = [(rest.find(m), m) for m in MARKERS if rest.find(m) >= 0]
        if not hits:
            out.append(rest)
            break
        at, marker = min(hits)
        out.append(rest[:at])
        out.append(parts[marker])
        rest = rest[at + len(marker):]
    return "".join(out)


def write_html(kg: KnowledgeGraph, path: Path, *, initial_limit: int = INITIAL_LIMIT,
               cache: Path | None = None) -> None:
    write_text(path, html_text(kg, initial_limit=initial_limit, cache=cache))


def export_html(*, kg: KnowledgeGraph, g: Any, out: Path, cache: Path | None = None) -> Path:
    """Build's exporter: ``graph.html`` (``cache``: a folder for per-component results, or None)."""
    write_html(kg, out / "graph.html", cache=cache)
    return out / "graph.html"
