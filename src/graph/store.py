"""Two store backends with one behaviour: rdflib in memory and Oxigraph on disk.

rdflib is pure Python and fine for a few documents; at a million triples it needs minutes
for a two-hop join and half a minute to parse the Turtle back, where Oxigraph (a Rust
engine on RocksDB) takes milliseconds and reopens its folder without parsing anything. So:

* ``open_store(path)`` picks: a fresh ``DIR/store/`` (written by ``kg build --store``, or
  automatically for large graphs) opens read-only with Oxigraph; a graph file larger than
  ``LARGE_BYTES`` gets its store built once, beside it when the folder is writable; a small
  graph is parsed by rdflib. ``backend="rdflib"`` or ``"oxigraph"`` forces one.
* Both backends answer :meth:`Store.query` with the same :class:`graph.query.Result`:
  the same guard (no update, ``SERVICE``, ``FROM``), the project's prefixes predeclared,
  bindings as bindings (rdflib ``initBindings``, Oxigraph ``substitutions``), a row cap and
  a time limit checked while rows stream. (A query that computes for long before its first
  row is stopped by the endpoint's worker processes, see ``graph.server``.)

Imports rdflib and pyoxigraph lazily.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from graph.errors import GraphFileError, QueryError, QueryTimeoutError
from graph.query import (
    MAX_QUERY_LENGTH,
    RDF_FORMATS,
    NamedQuery,
    Result,
    bind_values,
    canonical,
    combinations,
    from_rdflib,
    guard,
    merge,
    named_query,
    resolve_graph_path,
)

log = logging.getLogger(__name__)

STORE_DIR = "store"  # DIR/store/: oxigraph/ (RocksDB) and source.json
LARGE_BYTES = 5_000_000  # about 100,000 triples of the project's Turtle: rdflib needs seconds from here on
LARGE_TRIPLES = 100_000
BACKENDS = ("auto", "rdflib", "oxigraph")
_CHECK_EVERY = 64  # rows between two looks at the clock

_RESOLVE = """SELECT DISTINCT ?entity ?name WHERE {
  { ?entity <http://www.w3.org/2000/01/rdf-schema#label> ?name }
  UNION { ?entity <http://www.w3.org/2004/02/skos/core#altLabel> ?name }
} ORDER BY ?entity"""


class Store:
    """What both backends offer: a triple count and read-only queries."""

    backend = "?"

    def __len__(self) -> int:  # pragma: no cover - abstract
        raise NotImplementedError

    def _run(self, text: str, bindings: dict[str, Any], limit: int | None, deadline: float | None,
             max_length: int) -> Result:
        raise NotImplementedError  # pragma: no cover

    def query(self, text: str, *, bindings: dict[str, Any] | None = None, limit: int | None = None,
              timeout: float | None = None, max_length: int | None = None) -> Result:
        """Run a read-only query; ``bindings`` maps variable names to rdflib terms.

        ``limit`` caps the rows (``Result.truncated`` tells); ``timeout`` (seconds) raises
        :class:`QueryTimeoutError` when rows are still coming after it."""
        max_length = MAX_QUERY_LENGTH if max_length is None else max_length
        guard(text, max_length=max_length)
        deadline = time.monotonic() + timeout if timeout else None
        return self._run(text, bindings or {}, limit, deadline, max_length)

    def resolve(self, name: str) -> list:  # noqa: ANN201 - list of rdflib.URIRef
        """IRIs whose rdfs:label or skos:altLabel is ``name`` (as ``@zh`` or plain)."""
        from rdflib import Literal, URIRef

        found: list[URIRef] = []
        for lit in (Literal(name, lang="zh"), Literal(name)):
            for row in self.query(_RESOLVE, bindings={"name": lit}).rows:
                if isinstance(row[0], URIRef) and row[0] not in found:
                    found.append(row[0])
        return found

    def run_named(self, nq: NamedQuery | str, raw: dict[str, str] | None = None, *, limit: int | None = None,
                  timeout: float | None = None) -> Result:
        """Run a named query with ``var=value`` strings bound per its declared kinds.

        A name that resolves to several IRIs (two villages called 新村) runs the query once
        per IRI and merges the rows."""
        nq = named_query(nq) if isinstance(nq, str) else nq
        combos = combinations(bind_values(nq, raw or {}, self.resolve))
        return merge([self.query(nq.text, bindings=c, limit=limit, timeout=timeout) for c in combos])

    def close(self) -> None:
        """Release the store (Oxigraph's RocksDB handle); the object is unusable after."""


def _check(deadline: float | None, n: int) -> None:
    if deadline is not None and n % _CHECK_EVERY == 0 and time.monotonic() > deadline:
        raise QueryTimeoutError("query took longer than the time limit")


# ----------------------------------------------------------------------------- rdflib


class RdflibStore(Store):
    """An rdflib graph in memory (the default for small graphs; nothing to install)."""

    backend = "rdflib"

    def __init__(self, g) -> None:  # noqa: ANN001 - rdflib.Graph
        self.g = g

    @classmethod
    def from_file(cls, path: Path) -> RdflibStore:
        from graph.query import load_graph

        return cls(load_graph(path))

    def __len__(self) -> int:
        return len(self.g)

    def _run(self, text: str, bindings: dict[str, Any], limit: int | None, deadline: float | None,
             max_length: int) -> Result:
        from graph.query import run

        res = run(self.g, text, bindings=bindings, max_length=max_length)
        try:
            if res.type == "SELECT":
                return _rows([str(v) for v in res.vars or ()], (tuple(row) for row in res), limit, deadline)
            return from_rdflib(res, limit=limit)
        except QueryTimeoutError:
            raise
        except Exception as e:  # rdflib evaluates lazily: errors surface while iterating
            raise QueryError(f"query failed: {e}") from e


def _take(items, limit: int | None, deadline: float | None) -> tuple[list, bool]:  # noqa: ANN001
    """At most ``limit`` items, checking the deadline as they stream in; and whether more came."""
    out = []
    for n, item in enumerate(items, 1):
        _check(deadline, n)
        if limit is not None and len(out) >= limit:
            return out, True
        out.append(item)
    return out, False


def _rows(names: list[str], rows, limit: int | None, deadline: float | None) -> Result:  # noqa: ANN001
    out, truncated = _take(rows, limit, deadline)
    return Result(kind="SELECT", vars=tuple(names), rows=tuple(tuple(canonical(t) for t in row) for row in out),
                  truncated=truncated)


# ----------------------------------------------------------------------------- oxigraph


def _to_rdflib(t):  # noqa: ANN001, ANN202 - pyoxigraph term -> rdflib term
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=t.language)
        dt = t.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(t.value)
        return canonical(Literal(t.value, datatype=URIRef(dt), normalize=False))
    return Literal(str(t))  # an RDF-star triple term: shown as text


def _to_oxigraph(t):  # noqa: ANN001, ANN202 - rdflib term -> pyoxigraph term
    import pyoxigraph as ox
    from rdflib import BNode, Literal

    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype is not None:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    return ox.NamedNode(str(t))


def _syntax_error(e: Exception) -> QueryError:
    """Oxigraph says ``error at 1:24: expected one of …``; keep the place, shorten the list."""
    import re

    msg = str(e)
    m = re.match(r"error at (\d+):(\d+): (.*)", msg, re.DOTALL)
    if m:
        detail = m.group(3).replace("\n", " ")
        if len(detail) > 160:
            detail = detail[:160] + " …"
        return QueryError(f"malformed query at line {m.group(1)}, column {m.group(2)}: {detail}")
    return QueryError(f"malformed query: {msg}")


class OxigraphStore(Store):
    """A pyoxigraph store: on disk (``DIR/store/oxigraph``, read-only) or in memory."""

    backend = "oxigraph"

    def __init__(self, store, *, location: Path | None = None) -> None:  # noqa: ANN001 - pyoxigraph.Store
        self.store = store
        self.location = location
        self._len: int | None = None

    @classmethod
    def open(cls, location: Path) -> OxigraphStore:
        """Reopen a store folder read-only: no parsing, milliseconds."""
        import pyoxigraph as ox

        try:
            return cls(ox.Store.read_only(str(location)), location=location)
        except OSError as e:
            raise GraphFileError(f"cannot open the Oxigraph store: {e}", path=str(location)) from e

    @classmethod
    def from_file(cls, path: Path) -> OxigraphStore:
        """Load a graph file into an in-memory Oxigraph store."""
        import pyoxigraph as ox

        s = ox.Store()
        _bulk_load(s, path)
        return cls(s)

    def __len__(self) -> int:
        if self._len is None:
            self._len = len(self.store)
        return self._len

    def _run(self, text: str, bindings: dict[str, Any], limit: int | None, deadline: float | None,
             max_length: int) -> Result:
        import pyoxigraph as ox

        from graph.namespaces import PREFIXES

        subs = {ox.Variable(k): _to_oxigraph(v) for k, v in bindings.items()}
        try:
            res = self.store.query(text, prefixes=PREFIXES, substitutions=subs or None)
        except SyntaxError as e:
            raise _syntax_error(e) from e
        except (RuntimeError, OSError, ValueError) as e:
            if "SELECT projection" in str(e):  # Oxigraph binds only selected variables (SEP-0007)
                raise QueryError(f"a bound variable must be in the SELECT clause (Oxigraph): {e}") from e
            raise QueryError(f"query failed: {e}") from e
        try:
            if isinstance(res, ox.QueryBoolean):
                return Result(kind="ASK", boolean=bool(res))
            if isinstance(res, ox.QueryTriples):
                taken, truncated = _take(res, limit, deadline)
                triples = [(_to_rdflib(t.subject), _to_rdflib(t.predicate), _to_rdflib(t.object)) for t in taken]
                return Result(kind="CONSTRUCT", triples=tuple(sorted(set(triples))), truncated=truncated)
            names = [v.value for v in res.variables]
            return _rows(names, (tuple(_to_rdflib(sol[i]) for i in range(len(names))) for sol in res),
                         limit, deadline)
        except QueryTimeoutError:
            raise
        except (RuntimeError, OSError, ValueError, SyntaxError) as e:  # evaluation errors surface lazily
            raise QueryError(f"query failed: {e}") from e

    def close(self) -> None:
        self.store = None


def _bulk_load(s, path: Path) -> None:  # noqa: ANN001 - pyoxigraph.Store
    import pyoxigraph as ox

    fmt = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML,
           "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}.get(RDF_FORMATS.get(path.suffix, "turtle"))
    if fmt is None:
        raise GraphFileError(f"Oxigraph cannot load {path.suffix} files; use graph.ttl", path=str(path))
    try:
        s.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, OSError, ValueError) as e:
        raise GraphFileError(f"cannot load the graph into Oxigraph: {e}", path=str(path)) from e


# ----------------------------------------------------------------------------- DIR/store


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def store_is_fresh(folder: Path, graph_file: Path) -> bool:
    """True when ``folder/store`` was built from exactly this graph file."""
    meta = folder / STORE_DIR / "source.json"
    if not (meta.is_file() and (folder / STORE_DIR / "oxigraph").is_dir()):
        return False
    try:
        info = json.loads(meta.read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return info.get("sha256") == _sha256(graph_file)


def write_store(folder: Path, graph_file: Path | None = None) -> Path:
    """Build ``folder/store`` from ``folder/graph.ttl`` (bulk load), replacing it atomically.

    The new store is built in a temporary folder beside it and renamed into place, so a
    reader never sees half a store and an interrupted build leaves the previous one."""
    import pyoxigraph as ox

    graph_file = graph_file or folder / "graph.ttl"
    if not graph_file.is_file():
        raise GraphFileError("no graph.ttl to build the store from; run `kg build` first", path=str(graph_file))
    target = folder / STORE_DIR
    tmp = Path(tempfile.mkdtemp(prefix=".store.", dir=folder))
    try:
        s = ox.Store(str(tmp / "oxigraph"))
        _bulk_load(s, graph_file)
        s.optimize()
        n = len(s)
        s.flush()
        del s  # closes RocksDB before the folder moves
        info = {"graph": graph_file.name, "sha256": _sha256(graph_file), "triples": n, "oxigraph": ox.__version__}
        (tmp / "source.json").write_text(json.dumps(info, indent=1, sort_keys=True) + "\n", "utf-8")
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=".store-old.", dir=folder))
            os.replace(target, old / "store")
        os.replace(tmp, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info("wrote the Oxigraph store %s (%d triples)", target, n)
    return target


def open_store(path: Path | None = None, *, backend: str = "auto") -> Store:
    """Open a built graph (a folder or a graph file) with the right backend; see the module doc."""
    if backend not in BACKENDS:
        raise QueryError(f"no backend {backend!r}; choose from {', '.join(BACKENDS)}")
    p = Path(path) if path else None
    folder = p if p is not None and p.is_dir() else None
    if folder is not None and backend != "rdflib" and not (folder / "graph.ttl").exists() \
            and (folder / STORE_DIR / "oxigraph").is_dir():
        return OxigraphStore.open(folder / STORE_DIR / "oxigraph")  # a store shipped without its Turtle
    graph_file = resolve_graph_path(p)
    folder = graph_file.parent if graph_file.name == "graph.ttl" else None
    if backend == "rdflib":
        return RdflibStore.from_file(graph_file)
    if folder is not None and store_is_fresh(folder, graph_file):
        return OxigraphStore.open(folder / STORE_DIR / "oxigraph")
    large = graph_file.stat().st_size >= LARGE_BYTES
    if backend == "auto" and not large:
        return RdflibStore.from_file(graph_file)
    if folder is not None and os.access(folder, os.W_OK) and graph_file.suffix == ".ttl":
        log.info("building the Oxigraph store for %s once; later runs reopen it", graph_file)
        return OxigraphStore.open(write_store(folder, graph_file) / "oxigraph")
    return OxigraphStore.from_file(graph_file)
