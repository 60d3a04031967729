"""The ``store`` exporter: ``DIR/store/``, an Oxigraph database of the graph.

``kg query`` and ``kg serve`` reopen it read-only in milliseconds instead of parsing
``graph.ttl`` again (half a minute at a million triples with rdflib). It is bulk-loaded
from the ``graph.ttl`` this build wrote; see :func:`graph.store.write_store`.
"""

from __future__ import annotations

from pathlib import Path


def export_store(*, kg, g, out: Path, cache: Path | None = None) -> Path:  # noqa: ANN001 - build's exporter signature
    """Write ``out/store`` from ``out/graph.ttl`` (written first when the build did not)."""
    from graph.store import write_store

    ttl = out / "graph.ttl"
    if g is not None and not ttl.exists():
        from graph.export.rdf_files import export_turtle

        export_turtle(kg=kg, g=g, out=out)
    return write_store(out, ttl)
