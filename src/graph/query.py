"""SPARQL over a built graph: the read-only guard, results, their formats, named queries.

Three jobs, one module, because all three must agree across the two store backends
(``graph.store``: rdflib in memory, Oxigraph on disk):

* **Guard.** :func:`guard` refuses, before any engine sees the text, what a read-only local
  endpoint must never do: SPARQL Update, ``SERVICE`` (the engine would fetch from the
  network) and ``FROM``/``FROM NAMED`` (rdflib would download and parse the IRI). It scans
  tokens outside strings, IRIs and comments, so it needs no parser and costs microseconds,
  and it behaves the same whichever engine runs the query.
* **Results.** :class:`Result` is the one shape both backends return (rdflib terms, numbers
  in canonical form), and the serialisers here write it as SPARQL 1.1 JSON, XML, CSV and TSV
  or, for CONSTRUCT/DESCRIBE, Turtle and JSON-LD. So the same query gives the same bytes on
  either backend.
* **Named queries.** ``graph/queries/*.rq`` ship with the package; each opens with a comment
  saying what it answers and which variables can be bound. Values travel as bindings
  (rdflib ``initBindings``, Oxigraph ``substitutions``), never pasted into query text; a
  name given for an ``entity`` variable is resolved to IRIs through ``rdfs:label`` /
  ``skos:altLabel`` (again by binding).

The rdflib-only helpers of the first version (:func:`load_graph`, :func:`prepare`,
:func:`run`) stay: evaluation and validation work on an rdflib graph.

Imports rdflib lazily; imports nothing from ``graph.store`` (the store imports this).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph.errors import GraphFileError, QueryError, QueryRefusedError

if TYPE_CHECKING:  # pragma: no cover
    from rdflib.term import Identifier

log = logging.getLogger(__name__)

DEFAULT_GRAPH = Path("out") / "graph.ttl"
#: a query longer than this is refused before parsing (a guard against parser blow-ups)
MAX_QUERY_LENGTH = 20_000
MAX_NESTING = 64

XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC_TYPES = frozenset(XSD + t for t in ("decimal", "double", "float"))
#: integer subtypes Oxigraph 0.5 stores as plain xsd:integer; rdflib results are mapped the same way
INTEGER_SUBTYPES = frozenset(XSD + t for t in (
    "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "long", "int", "short",
    "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"))


# ----------------------------------------------------------------------------- files


def resolve_graph_path(path: Path | None) -> Path:
    """A graph file, or the graph.ttl inside a build folder."""
    p = Path(path) if path else DEFAULT_GRAPH
    if p.is_dir():
        p = p / "graph.ttl"
    if not p.exists():
        raise GraphFileError("no built graph here; run `kg build` first or pass --graph", path=str(p))
    return p


RDF_FORMATS = {".ttl": "turtle", ".jsonld": "json-ld", ".nt": "nt", ".trig": "trig", ".rdf": "xml", ".nq": "nquads"}


def load_graph(path: Path | None = None):  # noqa: ANN201 - rdflib.Graph
    from rdflib import Graph

    p = resolve_graph_path(path)
    g = Graph()
    try:
        g.parse(p, format=RDF_FORMATS.get(p.suffix, "turtle"))
    except Exception as e:  # rdflib raises many unrelated types for a bad file
        raise GraphFileError(f"cannot parse the graph: {e}", path=str(p)) from e
    return g


# ----------------------------------------------------------------------------- guard

_UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"})
# strings first (they may hold '#', '<' and keywords), then IRIs, comments, then words
_LEXER = re.compile(
    r'''(?P<skip>"""(?:[^"\\]|\\.|"(?!""))*"""|'\'\'(?:[^'\\]|\\.|'(?!''))*'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'
        |<[^<>"{}|^`\\\x00-\x20]*>|\#[^\n]*)
      |(?P<word>(?<![?$@:\w-])[A-Za-z][A-Za-z_]*(?![\w:-]))''',
    re.VERBOSE,
)


_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def keywords(text: str) -> set[str]:
    """Bare words of a query (upper-cased), outside strings, IRIs, comments, variables and
    prefixed names: the SPARQL keywords and function names it uses.

    ``\\uXXXX`` escapes are expanded first, as SPARQL parsers do before parsing (rdflib
    does), so ``\\u0053ERVICE`` is seen as SERVICE."""
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
    return {m.group("word").upper() for m in _LEXER.finditer(text) if m.group("word")}


def nesting(text: str) -> int:
    """The deepest nesting of (), {} and [] outside strings, IRIs and comments."""
    bare = _LEXER.sub(lambda m: " " if m.group("skip") else m.group(0), text)
    depth = deepest = 0
    for ch in bare:
        if ch in "({[":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in ")}]":
            depth -= 1
    return deepest


def guard(text: str, *, max_length: int = MAX_QUERY_LENGTH) -> None:
    """Refuse an over-long query, SPARQL Update, ``SERVICE`` and ``FROM``/``FROM NAMED``.

    Why a scanner and not the parser's algebra: the refusal must not depend on which
    engine runs the query, must come before any engine parses hostile text, and must be
    cheap enough to run on every request of an endpoint.
    """
    if len(text) > max_length:
        raise QueryRefusedError(f"query is {len(text)} characters long; the limit is {max_length}")
    depth = nesting(text)
    if depth > MAX_NESTING:
        # Oxigraph's parser recurses: a few thousand "(" overflow its stack and abort the process
        raise QueryError(f"malformed query: brackets nested {depth} deep; the limit is {MAX_NESTING}")
    words = keywords(text)
    if words & _UPDATE_WORDS:
        raise QueryRefusedError("SPARQL Update is not allowed: the graph is read-only")
    if "SERVICE" in words:
        raise QueryRefusedError("SERVICE is not allowed: queries run on the local graph only")
    if "FROM" in words:
        raise QueryRefusedError("FROM and FROM NAMED are not allowed: queries run on the local graph only")


# ----------------------------------------------------------------------------- rdflib helpers


def prepare(text: str, *, max_length: int = MAX_QUERY_LENGTH):  # noqa: ANN201 - rdflib prepared Query
    """Parse a query for rdflib after the guard; errors name the line and column."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql import prepareQuery

    from graph.namespaces import PREFIXES

    guard(text, max_length=max_length)
    try:
        q = prepareQuery(text, initNs=PREFIXES)
    except ParseException as e:
        if _is_update(text):
            raise QueryRefusedError("SPARQL Update is not allowed: the graph is read-only") from e
        raise QueryError(
            f"malformed query at line {e.lineno}, column {e.col}: {e.msg}\n  {e.line}\n  {' ' * (e.col - 1)}^"
        ) from e
    except RecursionError as e:
        raise QueryError("malformed query: nested too deeply") from e
    except Exception as e:  # rdflib raises plain Exceptions for e.g. unknown prefixes
        raise QueryError(f"malformed query: {e}") from e
    if "ServiceGraphPattern" in repr(q.algebra):  # the guard's second line of defence
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


def run(g, text: str, *, bindings: dict[str, Any] | None = None,  # noqa: ANN001, ANN201
        max_length: int = MAX_QUERY_LENGTH):
    """Run a query on an rdflib graph with optional variable bindings (rdflib's result)."""
    import rdflib.plugins.sparql

    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False  # never fetch a FROM IRI, even if the guard missed it
    q = prepare(text, max_length=max_length)
    try:
        return g.query(q, initBindings=bindings or {})
    except Exception as e:
        raise QueryError(f"query failed: {e}") from e


# ----------------------------------------------------------------------------- results

Row = tuple["Identifier | None", ...]


@dataclass(frozen=True, slots=True)
class Result:
    """A query result in one shape for every backend.

    ``kind`` is SELECT, ASK or CONSTRUCT (DESCRIBE answers are CONSTRUCT-shaped). Terms are
    rdflib terms; decimals and doubles are in canonical form (``1`` not ``1.0``) so the two
    backends print the same. ``truncated`` is True when the row cap cut the answer.
    """

    kind: str
    vars: tuple[str, ...] = ()
    rows: tuple[Row, ...] = ()
    boolean: bool | None = None
    triples: tuple[tuple[Identifier, Identifier, Identifier], ...] = ()
    truncated: bool = False

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "SELECT" else len(self.triples) if self.kind == "CONSTRUCT" else 1

    def dicts(self) -> list[dict[str, Identifier]]:
        """Rows as {variable: term} without the unbound variables."""
        return [{v: t for v, t in zip(self.vars, row, strict=True) if t is not None} for row in self.rows]

    def column(self, var: str) -> list[str]:
        """One variable's values as strings (unbound: empty string)."""
        i = self.vars.index(var)
        return ["" if row[i] is None else str(row[i]) for row in self.rows]


def canonical(term):  # noqa: ANN001, ANN201 - rdflib term -> rdflib term
    """The canonical form of a numeric literal; other terms unchanged.

    Oxigraph writes xsd:decimal 1.0 as ``1`` (XSD 1.1 canonical form) and stores the
    integer subtypes (xsd:nonNegativeInteger …) as xsd:integer; rdflib keeps what it read.
    Normalising here makes both backends print the same."""
    from rdflib import Literal, URIRef

    if isinstance(term, Literal) and term.datatype is not None and str(term.datatype) in INTEGER_SUBTYPES:
        try:
            return Literal(str(int(str(term))), datatype=URIRef(XSD + "integer"), normalize=False)
        except ValueError:
            return term
    if isinstance(term, Literal) and term.datatype is not None and str(term.datatype) in NUMERIC_TYPES:
        if str(term.datatype) == XSD + "decimal":
            try:
                d = Decimal(str(term))
            except InvalidOperation:
                return term
            s = format(d, "f")
            if "." in s:
                s = s.rstrip("0").rstrip(".")
            return Literal(s if s not in ("-0", "") else "0", datatype=term.datatype, normalize=False)
    return term


def from_rdflib(res, *, limit: int | None = None) -> Result:  # noqa: ANN001 - rdflib.query.Result
    """Turn an rdflib query result into a :class:`Result` (at most ``limit`` rows)."""
    if res.type == "ASK":
        return Result(kind="ASK", boolean=bool(res.askAnswer))
    if res.type in ("CONSTRUCT", "DESCRIBE"):
        triples = []
        for t in res.graph:
            if limit is not None and len(triples) >= limit:
                return Result(kind="CONSTRUCT", triples=tuple(sorted(triples)), truncated=True)
            triples.append(tuple(canonical(x) for x in t))
        return Result(kind="CONSTRUCT", triples=tuple(sorted(triples)))
    names = tuple(str(v) for v in res.vars)
    rows: list[Row] = []
    truncated = False
    for row in res:
        if limit is not None and len(rows) >= limit:
            truncated = True
            break
        rows.append(tuple(canonical(row[i]) for i in range(len(names))))
    return Result(kind="SELECT", vars=names, rows=tuple(rows), truncated=truncated)


# ----------------------------------------------------------------------------- serialisers

#: format name -> media type; the endpoint negotiates over these
MEDIA_TYPES: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "jsonld": "application/ld+json",
}


def serialize(result: Result, fmt: str) -> bytes:
    """The result in a SPARQL 1.1 results format (json, xml, csv, tsv) or, for CONSTRUCT,
    an RDF format (turtle, jsonld; a results format name falls back to Turtle/JSON-LD)."""
    if result.kind == "CONSTRUCT":
        return _graph_bytes(result, "jsonld" if fmt in ("json", "jsonld") else "turtle")
    if fmt == "json":
        return _json(result).encode("utf-8")
    if fmt == "xml":
        return _xml(result).encode("utf-8")
    if fmt == "csv":
        return _csv(result, delimiter=",", newline="\r\n").encode("utf-8")
    if fmt == "tsv":
        return _tsv(result).encode("utf-8")
    raise QueryError(f"no result format {fmt!r}; choose from {', '.join(MEDIA_TYPES)}")


def _term_json(t) -> dict[str, str]:  # noqa: ANN001
    from rdflib import BNode, Literal

    if isinstance(t, Literal):
        out = {"type": "literal", "value": str(t)}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype is not None:
            out["datatype"] = str(t.datatype)
        return out
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    return {"type": "uri", "value": str(t)}


def _json(result: Result) -> str:
    if result.kind == "ASK":
        return json.dumps({"head": {}, "boolean": result.boolean})
    bindings = [{v: _term_json(t) for v, t in zip(result.vars, row, strict=True) if t is not None}
                for row in result.rows]
    return json.dumps({"head": {"vars": list(result.vars)}, "results": {"bindings": bindings}}, ensure_ascii=False)


def _xml(result: Result) -> str:
    from xml.sax.saxutils import escape, quoteattr

    from rdflib import BNode, Literal

    out = ['<?xml version="1.0" encoding="utf-8"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.kind == "ASK":
        out += ["<head/>", f"<boolean>{'true' if result.boolean else 'false'}</boolean>", "</sparql>"]
        return "\n".join(out) + "\n"
    out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in result.vars) + "</head>")
    out.append("<results>")
    for row in result.rows:
        cells = []
        for v, t in zip(result.vars, row, strict=True):
            if t is None:
                continue
            if isinstance(t, Literal):
                attr = (f' xml:lang={quoteattr(t.language)}' if t.language
                        else f" datatype={quoteattr(str(t.datatype))}" if t.datatype is not None else "")
                value = f"<literal{attr}>{escape(_xml_safe(str(t)))}</literal>"
            elif isinstance(t, BNode):
                value = f"<bnode>{escape(str(t))}</bnode>"
            else:
                value = f"<uri>{escape(str(t))}</uri>"
            cells.append(f"<binding name={quoteattr(v)}>{value}</binding>")
        out.append("<result>" + "".join(cells) + "</result>")
    out += ["</results>", "</sparql>"]
    return "\n".join(out) + "\n"


def _xml_safe(s: str) -> str:
    """Drop the control characters XML 1.0 cannot carry (a document may contain them)."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", s)


def _csv(result: Result, *, delimiter: str, newline: str) -> str:
    from rdflib import BNode

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=newline)
    if result.kind == "ASK":
        w.writerow(["boolean"])
        w.writerow(["true" if result.boolean else "false"])
        return buf.getvalue()
    w.writerow(result.vars)
    for row in result.rows:
        w.writerow(["" if t is None else f"_:{t}" if isinstance(t, BNode) else str(t) for t in row])
    return buf.getvalue()


def _tsv(result: Result) -> str:
    if result.kind == "ASK":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    for row in result.rows:
        lines.append("\t".join("" if t is None else t.n3().replace("\t", "\\t") for t in row))
    return "\n".join(lines) + "\n"


def _graph_bytes(result: Result, fmt: str) -> bytes:
    from rdflib import Graph

    from graph.namespaces import bind_prefixes

    g = Graph()
    bind_prefixes(g)
    for t in result.triples:
        g.add(t)
    if fmt == "jsonld":
        from graph.export.rdf_files import jsonld_text

        return jsonld_text(g).encode("utf-8")
    return g.serialize(format="turtle", encoding="utf-8")


def format_result(res, fmt: str = "table") -> str:  # noqa: ANN001 - Result or rdflib result
    """Format a result for the terminal: table, csv, tsv, json or xml (CONSTRUCT: Turtle/JSON-LD)."""
    result = res if isinstance(res, Result) else from_rdflib(res)
    if result.kind == "ASK" and fmt == "table":
        return "yes" if result.boolean else "no"
    if result.kind == "CONSTRUCT":
        return serialize(result, "jsonld" if fmt == "json" else "turtle").decode("utf-8")
    if fmt == "csv":
        return _csv(result, delimiter=",", newline="\n")
    if fmt in ("json", "tsv", "xml"):
        return serialize(result, fmt).decode("utf-8") + ("\n" if fmt == "json" else "")
    note = " (cut at the row limit)" if result.truncated else ""
    return _table(list(result.vars), [[_display(t) for t in row] for row in result.rows]) \
        + f"{len(result.rows)} row(s){note}\n"


def _display(t) -> str:  # noqa: ANN001
    """A cell for people: IRIs shortened with the project's prefixes, literals as text."""
    from rdflib import URIRef

    from graph.namespaces import PREFIXES

    if t is None:
        return ""
    if isinstance(t, URIRef):
        s = str(t)
        for prefix, iri in PREFIXES.items():
            if s.startswith(iri) and len(s) > len(iri):
                return f"{prefix}:{s[len(iri):]}"
    return str(t)


def _table(names: list[str], rows: list[list[str]]) -> str:
    from rich.console import Console
    from rich.table import Table

    t = Table(*names, show_lines=False)
    for r in rows:
        t.add_row(*r)
    buf = io.StringIO()
    Console(file=buf, width=200, force_terminal=False, color_system=None).print(t)
    return buf.getvalue()


# ----------------------------------------------------------------------------- named queries

PARAM_KINDS = ("entity", "iri", "literal")
_BIND_LINE = re.compile(r"^#\s*bind\s+\?(\w+)\s+(entity|iri|literal)(\s+required)?\s+(.*)$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Param:
    """A variable a named query lets you bind.

    ``kind``: ``entity`` takes an IRI or a name (resolved through labels), ``iri`` an IRI
    (``<…>``, ``kg:x`` or ``http…``), ``literal`` a string (or an N-Triples literal)."""

    name: str
    kind: str
    description: str
    required: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class NamedQuery:
    """A query shipped with the package: ``graph/queries/NAME.rq``."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str = field(repr=False)

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.params) or "none"
        raise QueryError(f"query {self.name!r} has no variable {name!r} to bind (it takes: {known})")


def parse_named(name: str, text: str) -> NamedQuery:
    """Read the leading comment of a .rq file: title, description, ``# bind`` lines."""
    head = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        head.append(line)
    if not head:
        raise QueryError(f"named query {name!r} has no leading comment saying what it answers")
    title = head[0].lstrip("# ").strip()
    desc: list[str] = []
    params: list[Param] = []
    for line in head[1:]:
        m = _BIND_LINE.match(line)
        if m:
            params.append(Param(name=m.group(1), kind=m.group(2), required=bool(m.group(3)),
                                description=m.group(4).strip()))
        elif line.strip("# "):
            desc.append(line.lstrip("#").strip())
    return NamedQuery(name=name, title=title, description=" ".join(desc), params=tuple(params), text=text)


@cache
def named_queries() -> dict[str, NamedQuery]:
    """Every named query shipped in ``graph/queries``, by name (the file stem)."""
    out = {}
    for f in sorted(resources.files("graph.queries").iterdir(), key=lambda f: f.name):
        if f.name.endswith(".rq"):
            name = f.name[:-3]
            out[name] = parse_named(name, f.read_text("utf-8"))
    return out


def named_query(name: str) -> NamedQuery:
    try:
        return named_queries()[name]
    except KeyError:
        raise QueryError(f"no named query {name!r}; `kg query --list` shows them") from None


_N3_LITERAL = re.compile(r'^"(.*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^(\S+))?$', re.DOTALL)


def parse_iri(value: str):  # noqa: ANN201 - rdflib.URIRef or None
    """``<iri>``, ``prefix:local`` with a project prefix, or an ``http(s)``/``urn`` IRI."""
    from rdflib import URIRef

    from graph.namespaces import PREFIXES

    v = value.strip()
    if v.startswith("<") and v.endswith(">"):
        return URIRef(v[1:-1])
    if re.match(r"^(https?|urn):\S+$", v):
        return URIRef(v)
    prefix, sep, local = v.partition(":")
    if sep and prefix in PREFIXES and " " not in local:
        return URIRef(PREFIXES[prefix] + local)
    return None


def parse_literal(value: str):  # noqa: ANN201 - rdflib.Literal
    """An N-Triples-style literal (``"x"@zh``, ``"3"^^xsd:integer``) or a plain string."""
    from rdflib import Literal

    m = _N3_LITERAL.match(value.strip())
    if not m:
        return Literal(value)
    text, lang, dtype = m.group(1), m.group(2), m.group(3)
    if dtype:
        iri = parse_iri(dtype)
        if iri is None:
            raise QueryError(f"unknown datatype {dtype!r} in {value!r}")
        return Literal(text, datatype=iri)
    return Literal(text, lang=lang) if lang else Literal(text)


def parse_bindings(pairs: Iterable[str]) -> dict[str, str]:
    """``var=value`` strings (the CLI's ``--bind``) -> {var: value}; a leading ? is allowed."""
    out: dict[str, str] = {}
    for pair in pairs:
        var, sep, value = pair.partition("=")
        var = var.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"\w+", var):
            raise QueryError(f"a binding is var=value, not {pair!r}")
        out[var] = value
    return out


def plain_bindings(raw: dict[str, str]) -> dict[str, Identifier]:
    """Bindings for an ad-hoc query (no declared kinds): an IRI when the value is written
    as one (``<…>``, ``kg:…``, ``https://…``), else a literal (``"x"@zh`` or plain)."""
    return {var: parse_iri(value) or parse_literal(value) for var, value in raw.items()}


@dataclass(frozen=True, slots=True)
class Binding:
    """A value ready to bind: one term, or (for a name) the IRIs it resolves to."""

    var: str
    terms: tuple[Identifier, ...]


def bind_values(nq: NamedQuery, raw: dict[str, str], resolve) -> list[Binding]:  # noqa: ANN001
    """Turn raw strings into terms per the query's declared kinds.

    ``resolve(name) -> list of IRIs`` looks a name up by label; a name nothing carries is an
    error (an empty answer would hide a typo)."""
    for p in nq.params:
        if p.required and p.name not in raw:
            raise QueryError(f"query {nq.name!r} needs --bind {p.name}=… ({p.description})")
    out = []
    for var, value in sorted(raw.items()):
        p = nq.param(var)
        if p.kind == "literal":
            out.append(Binding(var, (parse_literal(value),)))
            continue
        iri = parse_iri(value)
        if iri is not None:
            out.append(Binding(var, (iri,)))
        elif p.kind == "iri":
            raise QueryError(f"?{var} takes an IRI (<…>, kg:…, https://…), not {value!r}")
        else:
            found = tuple(resolve(value))
            if not found:
                raise QueryError(f"nothing in the graph is named {value!r} (for ?{var})")
            out.append(Binding(var, found))
    return out


def combinations(bindings: Sequence[Binding]) -> list[dict[str, Identifier]]:
    """Every assignment of one term per variable (a name may resolve to several IRIs)."""
    combos: list[dict[str, Identifier]] = [{}]
    for b in bindings:
        combos = [{**c, b.var: t} for c in combos for t in b.terms]
    return combos


def merge(results: Sequence[Result]) -> Result:
    """Concatenate SELECT results of one query run with different bindings (no duplicates)."""
    if len(results) == 1:
        return results[0]
    first = results[0]
    if first.kind == "ASK":
        return Result(kind="ASK", boolean=any(r.boolean for r in results))
    if first.kind == "CONSTRUCT":
        return Result(kind="CONSTRUCT", triples=tuple(sorted({t for r in results for t in r.triples})),
                      truncated=any(r.truncated for r in results))
    seen: dict[Row, None] = {}
    for r in results:
        for row in r.rows:
            seen.setdefault(row, None)
    return Result(kind="SELECT", vars=first.vars, rows=tuple(seen), truncated=any(r.truncated for r in results))
