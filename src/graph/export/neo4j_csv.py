"""CSV files for ``neo4j-admin database import``: ``neo4j/nodes.csv`` and ``neo4j/relationships.csv``.

Headers follow the import tool's conventions (``id:ID``, ``:LABEL``, ``:START_ID``,
``:END_ID``, ``:TYPE``, typed columns such as ``community:int`` and ``aliases:string[]``).
Ids are the entity IRIs, as in the RDF. Labels are the kind and, when more specific, the
ontology class (``Place;Township``); relationship types are the predicates in Neo4j's
UPPER_SNAKE style (``LOCATED_IN``) with the property IRI kept in ``predicate``. Array
values use ``;`` (the tool's default array delimiter), so a ``;`` inside an alias is
written as the full-width ``；``. Import with::

    neo4j-admin database import full --nodes=neo4j/nodes.csv \\
        --relationships=neo4j/relationships.csv neo4j
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from graph.gcpause import gc_paused
from graph.atomic import write_text
from graph.export import rowmemo
from graph.model import KnowledgeGraph
from graph.namespaces import ONTOLOGY_IRI

NODE_HEADER = ["id:ID", "label", ":LABEL", "kind", "class", "aliases:string[]", "code", "community:int", "degree:int"]
REL_HEADER = [":START_ID", ":END_ID", ":TYPE", "predicate", "sentences:int"]


def rel_type(predicate: str) -> str:
    """``locatedIn`` -> ``LOCATED_IN``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", predicate).upper()


def _csv(rows: list[list[Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerows(rows)
    return buf.getvalue()


def _table(name: str, header: list[str], rows: list[tuple]) -> str:
    """The CSV text of ``header`` and ``rows``; in a resident build each row's line is kept
    and reused for the same row (:mod:`graph.export.rowmemo`)."""
    if rowmemo.table(name) is None:
        return _csv([header, *rows])
    return _csv([header]) + "".join(rowmemo.rows(name, rows, lambda r: _csv([r])))


@gc_paused()
def neo4j_tables(kg: KnowledgeGraph, *, cache: Path | None = None) -> tuple[str, str]:
    """The text of nodes.csv and relationships.csv (``cache``: see :func:`graph.analytics.analyse`)."""
    from graph.analytics import analyse

    a = analyse(kg, cache=cache)
    degrees = a.degree
    nodes: list[tuple] = []
    for n, d in a.G.nodes(data=True):
        kind, cls = d["kind"], d["cls"]
        aliases = ";".join(x.replace(";", "；") for x in d["aliases"]) if d["aliases"] else ""
        nodes.append((n, d["label"], kind if cls == kind else f"{kind};{cls}", kind, cls, aliases, d["code"],
                      a.community[n], degrees[n]))
    types: dict[str, tuple[str, str]] = {}  # a few predicates, thousands of edges
    rels: list[tuple] = []
    for s, o, p, d in a.G.edges(keys=True, data=True):
        if p not in types:
            types[p] = (rel_type(p), ONTOLOGY_IRI + p)
        rels.append((s, o, *types[p], d["sentences"]))
    return _table("neo4j.node", NODE_HEADER, nodes), _table("neo4j.relationship", REL_HEADER, rels)


def export_neo4j(*, kg: KnowledgeGraph, g: Any, out: Path, cache: Path | None = None) -> Path:
    """Build's exporter: the folder ``neo4j`` with nodes.csv and relationships.csv."""
    folder = out / "neo4j"
    nodes, rels = neo4j_tables(kg, cache=cache)
    write_text(folder / "nodes.csv", nodes)
    write_text(folder / "relationships.csv", rels)
    return folder
