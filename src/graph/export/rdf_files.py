"""Serialise the RDF graph to Turtle and JSON-LD, deterministically.

The graph's triples are written here straight from :data:`graph.rdf.Subjects` (tuples in
writing order, see :func:`graph.rdf.triples`): one block per subject, ``rdf:type`` first.
A body of blocks can be made on its own (:func:`turtle_body`, :func:`jsonld_body`) and the
bodies of many sections joined under one header, which is how a build assembles its files
from per-document sections (:mod:`graph.export.sections`). The same triples give the same
bytes whatever the hash seed, and writing a million triples takes a couple of seconds, where
rdflib's Turtle writer takes half a minute and its JSON-LD writer longer. (pyoxigraph's serialisers are fast too, but building
its term objects from Python costs ~5 µs a triple: more than writing the text.) Tests check
that both outputs parse back, with rdflib, to a graph isomorphic to the one rdflib holds.

The writers rely on what ``graph.rdf`` guarantees: IRIs are ASCII without spaces, quotes or
angle brackets (any other character is escaped anyway), language tags are plain (``zh``).
Literals are escaped as Turtle's and JSON's grammars require.

Any other rdflib graph (a CONSTRUCT result) is written by rdflib: Turtle as is, JSON-LD
re-sorted (nodes by ``@id``, keys, value lists), since rdflib's own JSON-LD order is not
stable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from json.encoder import encode_basestring
from pathlib import Path
from typing import TYPE_CHECKING

from graph.atomic import write_bytes
from graph.namespaces import PREFIXES, RESOURCE_IRI

if TYPE_CHECKING:  # pragma: no cover
    from rdflib import Graph

    from graph.rdf import Object, Subjects

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD = "http://www.w3.org/2001/XMLSchema#"
#: the Turtle shorthand forms of numbers and booleans, used only when the lexical form is one
_SHORTHAND = {
    _XSD + "integer": re.compile(r"[+-]?[0-9]+"),
    _XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
    _XSD + "boolean": re.compile(r"true|false"),
}
_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_STRING_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_TO_ESCAPE = re.compile(r'[\\"\n\r]')
_LANG = re.compile(r"[a-zA-Z]+(-[a-zA-Z0-9]+)*")

#: prefixes the Turtle uses, sorted; ``id:`` is not one of them because every resource IRI
#: has a ``/`` after it, which a prefixed name would have to escape (rdflib does the same)
TURTLE_PREFIXES = {k: v for k, v in sorted(PREFIXES.items()) if k != "id"}
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def turtle_bytes(g: Graph) -> bytes:
    from graph.rdf import ordered_subjects

    subjects = ordered_subjects(g)
    if subjects is None:
        return g.serialize(format="turtle", encoding="utf-8")
    return turtle_of(subjects).encode("utf-8")


def write_turtle(g: Graph, path: Path) -> None:
    write_bytes(path, turtle_bytes(g))


def jsonld_bytes(g: Graph) -> bytes:
    from graph.rdf import ordered_subjects

    subjects = ordered_subjects(g)
    if subjects is None:
        return jsonld_text(g).encode("utf-8")
    return jsonld_of(subjects).encode("utf-8")


def write_jsonld(g: Graph, path: Path) -> None:
    write_bytes(path, jsonld_bytes(g))


def export_turtle(*, kg, g, out: Path, cache: Path | None = None) -> Path:  # noqa: ANN001 - build's exporter signature
    """Build's exporter: ``graph.ttl`` from the graph's sections (or any rdflib graph)."""
    _write(out / "graph.ttl", g, "turtle")
    return out / "graph.ttl"


def export_jsonld(*, kg, g, out: Path, cache: Path | None = None) -> Path:  # noqa: ANN001
    """Build's exporter: ``graph.jsonld``."""
    _write(out / "graph.jsonld", g, "jsonld")
    return out / "graph.jsonld"


def _write(path: Path, g, syntax: str) -> None:  # noqa: ANN001 - GraphSections or an rdflib Graph
    from graph.atomic import write_chunks
    from graph.export.sections import GraphSections

    if isinstance(g, GraphSections):
        write_chunks(path, g.turtle_chunks() if syntax == "turtle" else g.jsonld_chunks())
    else:
        (write_turtle if syntax == "turtle" else write_jsonld)(g, path)


# -- Turtle -------------------------------------------------------------------------------------


def turtle_escape(text: str) -> str:
    """``text`` as inside a Turtle ``"…"`` string (what the writer puts between the quotes).

    Most texts hold nothing to escape; finding that with a regex is several times faster than
    ``str.translate`` over Chinese text."""
    return text.translate(_STRING_ESCAPES) if _TO_ESCAPE.search(text) else text


def _iri_ref(iri: str) -> str:
    if _IRI_UNSAFE.search(iri):  # never from graph.rdf; kept valid rather than trusted
        iri = _IRI_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04X}", iri)
    return f"<{iri}>"


class _Names:
    """Turtle names of IRIs and literals, each worked out once."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        self.prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
        self.iris: dict[str, str] = {}
        self.literals: dict[Object, str] = {}

    def iri(self, iri: str) -> str:
        """A prefixed name where a prefix covers the IRI with a plain local name, else <IRI>."""
        if iri.startswith(RESOURCE_IRI):  # resources: never prefixed (see TURTLE_PREFIXES)
            return _iri_ref(iri)
        name = self.iris.get(iri)
        if name is None:
            name = self.iris[iri] = self._short(iri)
        return name

    def _short(self, iri: str) -> str:
        for prefix, ns in self.prefixes:
            if iri.startswith(ns) and _LOCAL.fullmatch(iri, len(ns)):
                return f"{prefix}:{iri[len(ns):]}"
        return _iri_ref(iri)

    def obj(self, o: Object) -> str:
        if len(o) == 1:
            return self.iri(o[0])
        value, datatype, lang = o
        if datatype:
            text = self.literals.get(o)
            if text is None:
                shorthand = _SHORTHAND.get(datatype)
                if shorthand is not None and shorthand.fullmatch(value):
                    text = value
                else:
                    text = f'"{turtle_escape(value)}"^^{self.iri(datatype)}'
                self.literals[o] = text
            return text
        text = f'"{turtle_escape(value)}"'
        if lang:
            if not _LANG.fullmatch(lang):
                raise ValueError(f"not a language tag: {lang!r}")
            text += "@" + lang
        return text


#: the prefix lines every Turtle file starts with
TURTLE_HEADER = "".join(f"@prefix {k}: <{v}> .\n" for k, v in TURTLE_PREFIXES.items())


def turtle_of(subjects: Subjects) -> str:
    """Turtle of triples grouped by subject: the prefixes, then :func:`turtle_body`."""
    return TURTLE_HEADER + turtle_body(subjects)


def turtle_body(subjects: Subjects) -> str:
    """The subject blocks, each ``"\n" + subject ... " .\n"``: ``a`` first, objects of one
    predicate on one line. Bodies of disjoint subjects concatenate into one valid document."""
    return "".join(turtle_blocks(subjects))


def turtle_blocks(subjects: Subjects) -> list[str]:
    """:func:`turtle_body`, one string per subject."""
    names = _Names(TURTLE_PREFIXES)
    blocks: list[str] = []
    first: dict[str, str] = {}  # predicate -> " name " after the subject
    then: dict[str, str] = {}  # predicate -> " ;\n    name " after another predicate
    obj, known = names.obj, names.literals
    for s, pairs in subjects:
        out = ["\n" + _iri_ref(s)]
        app = out.append
        last_p = None
        for p, o in pairs:
            if p == last_p:
                app(", ")
            else:
                table = then if last_p is not None else first
                text = table.get(p)
                if text is None:
                    name = "a" if p == _RDF_TYPE else names.iri(p)
                    text = table[p] = (" ;\n    " if last_p is not None else " ") + name + " "
                app(text)
                last_p = p
            app(known.get(o) or obj(o))
        app(" .\n")
        blocks.append("".join(out))
    return blocks


# -- JSON-LD ------------------------------------------------------------------------------------


def _compact(iri: str) -> str:
    """A compact IRI (``kg:rule``, ``id:doc/…``) where a prefix covers it, else the IRI."""
    if iri.startswith(RESOURCE_IRI) and len(iri) > len(RESOURCE_IRI) and not iri.startswith("//", len(RESOURCE_IRI)):
        return "id:" + iri[len(RESOURCE_IRI):]
    for prefix, ns in _BY_LENGTH:
        if iri.startswith(ns) and len(iri) > len(ns) and not iri.startswith("//", len(ns)):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _jsonld_nodes(subjects: Subjects) -> Iterator[tuple[str, str]]:
    """(compact @id, node text) per subject, in the order given."""
    compact: dict[str, str] = {}

    def c(iri: str) -> str:
        name = compact.get(iri)
        if name is None:
            name = compact[iri] = encode_basestring(_compact(iri))
        return name

    keys: dict[str, str] = {}  # predicate -> '"kg:rule": ['
    literals: dict[Object, str] = {}  # typed literal -> its text (numbers repeat a lot)
    for s, pairs in subjects:
        sid = _compact(s)
        parts = ['{"@id": ', encode_basestring(sid)]
        app = parts.append
        k, n = 0, len(pairs)
        while k < n and pairs[k][0] == _RDF_TYPE:  # types come first (graph.rdf sorts them so)
            k += 1
        if k:
            app(', "@type": [' + ", ".join(c(o[0]) for _, o in pairs[:k]) + "]")
        last_p = None
        for p, o in pairs[k:]:
            if p != last_p:
                key = keys.get(p)
                if key is None:
                    key = keys[p] = c(p) + ": ["
                app(("], " if last_p is not None else ", ") + key)
                last_p = p
            else:
                app(", ")
            if len(o) == 1:
                app('{"@id": ' + c(o[0]) + "}")
            elif o[1]:
                text = literals.get(o)
                if text is None:
                    text = literals[o] = f'{{"@type": {c(o[1])}, "@value": {encode_basestring(o[0])}}}'
                app(text)
            elif o[2]:
                app('{"@language": ' + encode_basestring(o[2]) + ', "@value": ' + encode_basestring(o[0]) + "}")
            else:
                app(encode_basestring(o[0]))
        app("]}" if last_p is not None else "}")
        yield sid, "".join(parts)


#: what a JSON-LD file holds before and after its nodes: the prefixes as ``@context``
JSONLD_HEAD = ('{"@context": ' + json.dumps(dict(sorted(PREFIXES.items())), ensure_ascii=False, indent=1)
               + ',\n"@graph": [\n')
JSONLD_TAIL = "\n]}\n"
#: between two JSON-LD bodies
JSONLD_SEPARATOR = ",\n"


def jsonld_of(subjects: Subjects) -> str:
    """JSON-LD of triples grouped by subject: :data:`JSONLD_HEAD`, :func:`jsonld_body`, the tail."""
    return JSONLD_HEAD + jsonld_body(subjects) + JSONLD_TAIL


def jsonld_body(subjects: Subjects) -> str:
    """One node per subject and line, in the order given, joined by :data:`JSONLD_SEPARATOR`:
    compact IRIs, every value in a list."""
    return JSONLD_SEPARATOR.join(jsonld_nodes(subjects))


def jsonld_nodes(subjects: Subjects) -> list[str]:
    """:func:`jsonld_body`, one node per subject."""
    return [n for _, n in _jsonld_nodes(subjects)]


def jsonld_text(g: Graph) -> str:
    """JSON-LD of any rdflib graph, compacted with the project's prefixes and sorted."""
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
