"""cnpolkg: knowledge graphs from Chinese policy and party-building documents.

The pipeline runs one way: paths -> Document -> Sentence -> Mention -> Entity / Relation
(each with Provenance) -> rdflib graph -> exporters. This module is the public API only and
must stay cheap to import: jieba, rdflib, networkx and pyvis load inside the functions that
need them.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "build"]


def build(*args, **kwargs):  # noqa: ANN002, ANN003 - thin re-export, see graph.build.build
    """Build a knowledge graph; see :func:`graph.build.build`."""
    from graph.build import build as _build

    return _build(*args, **kwargs)
