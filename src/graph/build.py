"""``build``: paths in, a knowledge graph and its files out.

Reading and extraction happen per document (the unit a cache or a worker handles); linking
and writing happen once for the whole batch. A bad file is reported and skipped; the good
ones are still built, and outputs are replaced atomically only after everything succeeded.
"""

from __future__ import annotations

import importlib
import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import InputError
from graph.io import discover, read_all
from graph.model import Extraction, KnowledgeGraph

log = logging.getLogger(__name__)

DEFAULT_OUT = Path("out")

#: format name -> (what the summary calls it, "module:function(kg=, g=, out=) -> Path written")
EXPORTERS: dict[str, tuple[str, str]] = {
    "ttl": ("turtle", "graph.export.rdf_files:export_turtle"),
    "jsonld": ("json-ld", "graph.export.rdf_files:export_jsonld"),
    "html": ("html", "graph.export.html:export_html"),
}
DEFAULT_FORMATS = tuple(EXPORTERS)


@dataclass
class BuildResult:
    """What a build did: the graph, the files written, the inputs that failed."""

    kg: KnowledgeGraph
    files: dict[str, Path] = field(default_factory=dict)
    errors: list[InputError] = field(default_factory=list)
    triples: int = 0

    def entity_counts(self) -> Counter[str]:
        return Counter(e.kind.value for e in self.kg.entities)

    def relation_counts(self) -> Counter[str]:
        return Counter(r.predicate.value for r in self.kg.relations)


def extract_all(paths: Iterable[Path], *, progress: Callable[[int], Callable[[], None]] | None = None,
                base: Path | None = None) -> tuple[list[Extraction], list[InputError]]:
    """Read and extract every document under ``paths``; collect errors instead of raising."""
    from graph.pipeline import extract_document

    sources, errors = discover(paths, base=base)
    tick = progress(len(sources)) if progress else (lambda: None)
    exs: list[Extraction] = []
    for item in read_all(sources):
        if isinstance(item, InputError):
            errors.append(item)
        else:
            exs.append(extract_document(item))
        tick()
    return exs, errors


def build(paths: Iterable[Path], *, out: Path = DEFAULT_OUT, formats: Iterable[str] = DEFAULT_FORMATS,
          progress: Callable[[int], Callable[[], None]] | None = None, base: Path | None = None) -> BuildResult:
    """Build the graph of ``paths`` and write it into ``out``."""
    from graph.link import link
    from graph.rdf import to_rdf

    exs, errors = extract_all(paths, progress=progress, base=base)
    kg = link(exs)
    result = BuildResult(kg=kg, errors=errors)
    if not kg.documents:
        return result
    g = to_rdf(kg)
    result.triples = len(g)
    out.mkdir(parents=True, exist_ok=True)
    for name in [n for n in EXPORTERS if n in set(formats)]:
        label, target = EXPORTERS[name]
        mod, func = target.split(":")
        path = getattr(importlib.import_module(mod), func)(kg=kg, g=g, out=out)
        result.files[label] = path
    return result
