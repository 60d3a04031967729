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
from graph.io import Source, scan
from graph.model import Extraction, KnowledgeGraph

log = logging.getLogger(__name__)

DEFAULT_OUT = Path("out")

#: format name -> (what the summary calls it, "module:function(kg=, g=, out=) -> Path written")
EXPORTERS: dict[str, tuple[str, str]] = {
    "ttl": ("turtle", "graph.export.rdf_files:export_turtle"),
    "jsonld": ("json-ld", "graph.export.rdf_files:export_jsonld"),
    "html": ("html", "graph.export.html:export_html"),
    "stats": ("statistics", "graph.analytics:export_stats"),
    "graphml": ("graphml", "graph.export.graphml:export_graphml"),
    "neo4j": ("neo4j csv", "graph.export.neo4j_csv:export_neo4j"),
    "text": ("document texts", "graph.io:export_text"),
}
DEFAULT_FORMATS = tuple(EXPORTERS)
# on request only (kg build --store, or a large graph): an Oxigraph database reopened without parsing
EXPORTERS["store"] = ("oxigraph store", "graph.export.oxigraph_store:export_store")


@dataclass
class BuildResult:
    """What a build did: the graph, the files written, the inputs that failed."""

    kg: KnowledgeGraph
    files: dict[str, Path] = field(default_factory=dict)
    errors: list[InputError] = field(default_factory=list)
    triples: int = 0
    stats: dict = field(default_factory=dict)

    def entity_counts(self) -> Counter[str]:
        return Counter(e.kind.value for e in self.kg.entities)

    def relation_counts(self) -> Counter[str]:
        return Counter(r.predicate.value for r in self.kg.relations)


def extract_all(paths: Iterable[Path], *, progress: Callable[[int], Callable[[], None]] | None = None,
                base: Path | None = None, jobs: int = 1, engine: str = "local", scheduler: str | None = None,
                cache_dir: Path | None = None, stats: dict | None = None) -> tuple[list[Extraction], list[InputError]]:
    """Read and extract every document under ``paths``; collect errors instead of raising.

    Documents found in the cache are not extracted again; the rest go to the engine
    ("local": this process or ``jobs`` worker processes; "dask": a cluster at ``scheduler``).
    """
    from graph.cache import Cache
    from graph.engine import run_dask, run_local

    scanned = scan(paths, base=base)
    sources, errors = scanned.sources, scanned.errors
    if stats is not None:
        stats["skipped"] = list(scanned.skipped)
    tick = progress(len(sources)) if progress else (lambda: None)
    cache = Cache(cache_dir) if cache_dir else None
    found: dict[int, Extraction] = {}
    todo: list[tuple[int, Source, str | None]] = []
    for i, src in enumerate(sources):
        key = None
        if cache is not None:
            try:
                key = cache.key(src.path.read_bytes(), src.display)
            except OSError:
                key = None
            hit = cache.get(key, src.display) if key else None
            if hit is not None:
                found[i] = hit
                tick()
                continue
        todo.append((i, src, key))
    todo_sources = [src for _, src, _ in todo]
    if engine == "dask":
        results = run_dask(todo_sources, scheduler=scheduler, tick=tick)
    else:
        results = run_local(todo_sources, jobs=jobs, tick=tick)
    for (i, _, key), res in zip(todo, results, strict=True):
        if isinstance(res, InputError):
            errors.append(res)
            continue
        found[i] = res
        if cache is not None and key:
            cache.put(key, res)
    if cache is not None:
        pruned = cache.prune()
        if stats is not None:
            stats.update(cache_hits=cache.hits, cache_misses=len(todo), cache_pruned=pruned)
    return [found[i] for i in sorted(found)], errors


def build(paths: Iterable[Path], *, out: Path = DEFAULT_OUT, formats: Iterable[str] = DEFAULT_FORMATS,
          progress: Callable[[int], Callable[[], None]] | None = None, base: Path | None = None,
          jobs: int = 1, engine: str = "local", scheduler: str | None = None, cache: bool = False) -> BuildResult:
    """Build the graph of ``paths`` and write it into ``out``.

    ``cache=True`` keeps per-document extractions in ``out/cache/`` so that a rebuild only
    extracts documents that are new or changed (or all of them after the extractors changed).
    """
    from graph.link import link
    from graph.rdf import to_rdf

    stats: dict = {}
    exs, errors = extract_all(paths, progress=progress, base=base, jobs=jobs, engine=engine, scheduler=scheduler,
                              cache_dir=(out / "cache") if cache else None, stats=stats)
    kg = link(exs)
    result = BuildResult(kg=kg, errors=errors, stats=stats)
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
