"""The ontology and SHACL shapes, as packaged with the code, and validation.

The files live in ontology/ at the repository root (where people read them); a copy ships
inside the package (``graph/ontology_data``) so an installed ``kg`` can validate without
the repository; a test keeps the two identical.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def ontology_text(name: str = "kg.ttl") -> str:
    return resources.files("graph").joinpath(f"ontology_data/{name}").read_text("utf-8")


@lru_cache(maxsize=1)
def load_ontology():  # noqa: ANN201 - rdflib.Graph
    from rdflib import Graph

    return Graph().parse(data=ontology_text("kg.ttl"), format="turtle")


def validate(g) -> tuple[bool, str]:  # noqa: ANN001 - rdflib.Graph
    """Validate a graph against the shapes (with the ontology for class inference)."""
    import pyshacl
    from rdflib import Graph

    shapes = Graph().parse(data=ontology_text("shapes.ttl"), format="turtle")
    conforms, _, report = pyshacl.validate(g, shacl_graph=shapes, ont_graph=load_ontology(), inference="rdfs",
                                           abort_on_first=False, allow_warnings=True)
    return bool(conforms), str(report)
