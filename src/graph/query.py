"""SPARQL over a built graph: load, parse (with a clear error), run, format.

Queries are read-only: an update is refused, and so is ``SERVICE`` (it would make the
tool fetch from the network). Parameters travel as ``initBindings``, never pasted into
query text.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from pathlib import Path
from typing import Any

from graph.errors import GraphFileError, QueryError, QueryRefusedError

log = logging.getLogger(__name__)

DEFAULT_GRAPH = Path("out") / "graph.ttl"


def resolve_graph_path(path: Path | None) -> Path:
    """A graph file, or the graph.ttl inside a build folder."""
    p = Path(path) if path else DEFAULT_GRAPH
    if p.is_dir():
        p = p / "graph.ttl"
    if not p.exists():
        raise GraphFileError("no built graph here; run `kg build` first or pass --graph", path=str(p))
    return p


def load_graph(path: Path | None = None):  # noqa: ANN201 - rdflib.Graph
    from rdflib import Graph

    p = resolve_graph_path(path)
    g = Graph()
    fmt = {".ttl": "turtle", ".jsonld": "json-ld", ".nt": "nt", ".trig": "trig", ".rdf": "xml"}.get(p.suffix, "turtle")
    try:
        g.parse(p, format=fmt)
    except Exception as e:  # rdflib raises many unrelated types for a bad file
        raise GraphFileError(f"cannot parse the graph: {e}", path=str(p)) from e
    return g


def prepare(text: str):  # noqa: ANN201 - rdflib prepared Query
    """Parse a query; refuse updates and SERVICE; errors name the line and column."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql import prepareQuery

    from graph.namespaces import PREFIXES

    try:
        q = prepareQuery(text, initNs=PREFIXES)
    except ParseException as e:
        if _is_update(text):
            raise QueryRefusedError("SPARQL Update is not allowed: the graph is read-only") from e
        raise QueryError(
            f"malformed query at line {e.lineno}, column {e.col}: {e.msg}\n  {e.line}\n  {' ' * (e.col - 1)}^"
        ) from e
    except Exception as e:  # rdflib raises plain Exceptions for e.g. unknown prefixes
        raise QueryError(f"malformed query: {e}") from e
    if "ServiceGraphPattern" in repr(q.algebra):
        raise QueryRefusedError("SERVICE is not allowed: queries run on the local graph only")
    return q


def _is_update(text: str) -> bool:
    """True when the text parses as SPARQL Update (so it is refused, not called malformed)."""
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(text)
    except Exception:  # noqa: BLE001 - any failure means "not an update"
        return False
    return True


def run(g, text: str, *, bindings: dict[str, Any] | None = None):  # noqa: ANN001, ANN201
    """Run a query on an rdflib graph with optional variable bindings."""
    q = prepare(text)
    try:
        return g.query(q, initBindings=bindings or {})
    except Exception as e:
        raise QueryError(f"query failed: {e}") from e


def format_result(res, fmt: str = "table") -> str:  # noqa: ANN001
    """Format a SELECT/ASK/CONSTRUCT result as a table, CSV, TSV, JSON or Turtle."""
    if res.type == "ASK":
        return json.dumps({"boolean": bool(res.askAnswer)}) if fmt == "json" else ("yes" if res.askAnswer else "no")
    if res.type in ("CONSTRUCT", "DESCRIBE"):
        g = res.graph
        from graph.namespaces import bind_prefixes

        bind_prefixes(g)
        return g.serialize(format="json-ld" if fmt == "json" else "turtle")
    names = [str(v) for v in res.vars]
    rows = [[_cell(row[i]) for i in range(len(names))] for row in res]
    if fmt == "json":
        return res.serialize(format="json").decode("utf-8")
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(names)
        w.writerows(rows)
        return buf.getvalue()
    return _table(names, rows)


def _cell(term) -> str:  # noqa: ANN001
    return "" if term is None else str(term)


def _table(names: list[str], rows: list[list[str]]) -> str:
    from rich.console import Console
    from rich.table import Table

    t = Table(*names, show_lines=False)
    for r in rows:
        t.add_row(*r)
    buf = io.StringIO()
    Console(file=buf, width=200, force_terminal=False, color_system=None).print(t)
    return buf.getvalue() + f"{len(rows)} row(s)\n"
