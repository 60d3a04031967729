"""``build``: paths in, a knowledge graph and its files out.

Reading and extraction happen per document (the unit a cache or a worker handles); linking
and writing happen once for the whole batch. A bad file is reported and skipped; the good
ones are still built, and outputs are replaced atomically only after everything succeeded.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph.atomic import committing
from graph.engine import Processed
from graph.errors import InputError
from graph.export.rowmemo import Memos, using
from graph.export.sections import DocumentSection, GraphSections, ThingsMemo
from graph.gcpause import gc_paused
from graph.io import Source, scan
from graph.model import KnowledgeGraph

if TYPE_CHECKING:  # pragma: no cover
    from graph.link import LinkMemo

log = logging.getLogger(__name__)

DEFAULT_OUT = Path("out")

#: format name -> (what the summary calls it, "module:function(kg=, g=, out=, cache=) -> Path written");
#: ``g`` is the graph's RDF as :class:`graph.export.sections.GraphSections`, ``cache`` a folder
#: the exporter may keep what it computed in (None when the build runs without a cache)
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


def _link_memo() -> LinkMemo:
    from graph.link import LinkMemo  # (the linker loads the pipeline: imported when first used)

    return LinkMemo()


@dataclass
class Warm:
    """What a resident build (``kg watch``) keeps between its builds, so that a rebuild after
    one document changed redoes that document's work and little else.

    * ``processed``: the cache's entries by key, in memory (:class:`graph.cache.Cache`): no
      unpickling, and unchanged documents keep the same objects;
    * ``link``: the entities of the last link (:class:`graph.link.LinkMemo`);
    * ``things``: the serialised things section (:class:`graph.export.sections.ThingsMemo`);
    * ``rows``: the exporters' rows of the last build (:mod:`graph.export.rowmemo`);
    * ``keys``: each input's cache key with the file's status when it was read (path ->
      (mtime, ctime, size, inode), key): a file whose status is the same is not read and
      hashed again (a write always moves its ctime, which no tool can set back).

    Each is only a memo: a build with a ``Warm`` writes the same bytes as one without.
    """

    processed: dict[str, Processed] = field(default_factory=dict)
    link: LinkMemo = field(default_factory=_link_memo)
    things: ThingsMemo = field(default_factory=ThingsMemo)
    rows: Memos = field(default_factory=Memos)
    keys: dict[str, tuple[tuple[int, int, int, int], str]] = field(default_factory=dict)


def extract_all(paths: Iterable[Path], *, progress: Callable[[int], Callable[[], None]] | None = None,
                base: Path | None = None, jobs: int = 1, engine: str = "local", scheduler: str | None = None,
                cache_dir: Path | None = None, stats: dict | None = None, memory: dict[str, Processed] | None = None,
                exclude: Path | None = None,
                known: dict[str, tuple[tuple[int, int, int, int], str]] | None = None
                ) -> tuple[list[Processed], list[InputError]]:
    """Read, extract and serialise every document under ``paths``; collect errors instead of raising.

    Documents found in the cache are not extracted again; the rest go to the engine
    ("local": this process or ``jobs`` worker processes; "dask": a cluster at ``scheduler``).
    ``memory``: the cache's entries kept in memory, ``known`` the inputs' keys by file status
    (see :class:`Warm`). Files under ``exclude`` (the output folder) are not inputs.
    """
    from graph.cache import Cache
    from graph.engine import Result, run_dask, run_local

    scanned = scan(paths, base=base, exclude=exclude)
    sources, errors = scanned.sources, scanned.errors
    if stats is not None:
        stats["skipped"] = list(scanned.skipped)
    tick = progress(len(sources)) if progress else (lambda: None)
    cache = Cache(cache_dir, memory) if cache_dir else None
    keys: list[str | None] = []
    todo: list[tuple[int, Source, str | None]] = []
    for i, src in enumerate(sources):
        key = None
        if cache is not None:
            try:
                key = _key(cache, src, known)
            except OSError:
                key = None
        keys.append(key)
        if key is None or not cache.has(key):
            todo.append((i, src, key))

    def start(srcs: list[Source]) -> Iterator[Result]:
        if engine == "dask":
            return run_dask(srcs, scheduler=scheduler, tick=tick)
        # a resident process (memory) is warm: a few changed documents are extracted here,
        # sooner than a worker forked from a process that large could start on them
        few = memory is not None and len(srcs) <= jobs
        return run_local(srcs, jobs=1 if few else jobs, tick=tick)

    # the engine starts on the new and changed documents first; the cache is read meanwhile
    results = start([src for _, src, _ in todo])
    found: dict[int, Processed] = {}
    queued = {i for i, _, _ in todo}
    for i, (src, key) in enumerate(zip(sources, keys, strict=True)):
        if i in queued or key is None:
            continue
        hit = cache.get(key, src.display)
        if hit is None:  # damaged or foreign: made again, after the others
            todo.append((i, src, key))
            continue
        found[i] = hit
        tick()
    late = [src for i, src, _ in todo if i not in queued]
    if late:
        results = chain(results, start(late))
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


#: how long ago a file must have been written for its status to stand for its bytes
_SETTLED_NS = 2_000_000_000


def _key(cache: Any, src: Source, keys: dict[str, tuple[tuple[int, int, int, int], str]] | None) -> str:
    """``src``'s cache key; from ``keys`` when the file's status has not moved since it was read."""
    if keys is None:
        return cache.key(src.path.read_bytes(), src.display)
    st = src.path.stat()
    status = (st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino)
    name = f"{src.path}\0{src.display}"
    hit = keys.get(name)
    # (a file written within the last seconds is read again all the same: timestamps tick coarsely,
    # and a write in the same tick as the last reading would keep its status, as git's index knows)
    if hit is not None and hit[0] == status and time.time_ns() - st.st_ctime_ns > _SETTLED_NS:
        return hit[1]
    key = cache.key(src.path.read_bytes(), src.display)
    keys[name] = (status, key)
    return key


def build(paths: Iterable[Path], *, out: Path = DEFAULT_OUT, formats: Iterable[str] = DEFAULT_FORMATS,
          progress: Callable[[int], Callable[[], None]] | None = None, base: Path | None = None,
          jobs: int = 1, engine: str = "local", scheduler: str | None = None, cache: bool = False,
          warm: Warm | None = None) -> BuildResult:
    """Build the graph of ``paths`` and write it into ``out``.

    ``cache=True`` keeps each document's extraction and RDF section in ``out/cache/`` (and the
    analysis of each connected component in ``out/cache/analysis/``), so that a rebuild only
    extracts documents that are new or changed (or all of them after the extractors changed).
    ``warm`` (with ``cache``) is the state a resident process keeps between builds (:class:`Warm`).
    """
    memos = warm.rows if warm is not None and cache else None
    with gc_paused(), using(memos):  # see graph.gcpause: a build's objects live until it ends
        return _build(paths, out=out, formats=formats, progress=progress, base=base, jobs=jobs, engine=engine,
                      scheduler=scheduler, cache=cache, warm=warm)


def _build(paths: Iterable[Path], *, out: Path, formats: Iterable[str],
           progress: Callable[[int], Callable[[], None]] | None, base: Path | None, jobs: int, engine: str,
           scheduler: str | None, cache: bool, warm: Warm | None) -> BuildResult:
    from graph.link import link

    stats: dict = {}
    done, errors = extract_all(paths, progress=progress, base=base, jobs=jobs, engine=engine, scheduler=scheduler,
                               cache_dir=(out / "cache") if cache else None, stats=stats,
                               memory=warm.processed if warm is not None and cache else None, exclude=out,
                               known=warm.keys if warm is not None and cache else None)
    kg = link((p.extraction for p in done), warm.link if warm is not None else None)
    sections: dict[str, DocumentSection] = {}
    for p in done:  # the same text under two paths is one document: link keeps the first
        sections.setdefault(p.extraction.doc.id, p.section)
    del done
    result = BuildResult(kg=kg, errors=errors, stats=stats)
    if not kg.documents:
        return result
    out.mkdir(parents=True, exist_ok=True)
    names = [n for n in EXPORTERS if n in set(formats)]
    written: dict[str, Path] = {}
    analysis_cache = (out / "cache" / "analysis") if cache else None
    forked = [n for n in names if n in ANALYSIS_FORMATS] if jobs > 1 else []
    if forked and warm is not None:
        # a resident process's model is large and hot: a fork that computed the analysis would
        # copy on write every page the analysis touches, which cost more than running the
        # exporters in turn. Here the analysis (memoised on the model) is computed first and the
        # page drawn in this process, and only the exporters that read the analysis fork (a
        # rebuild x2 of the corpus 0.81-0.87 s against 0.95-1.0 s in turn)
        from graph.analytics import analyse

        analyse(kg, cache=analysis_cache)
        forked = [n for n in forked if n != "html"]
    things = warm.things if warm is not None else None
    if forked:
        # the analysis exporters (layout, communities: the slowest) run in a forked process while
        # this one writes the RDF and the rest; an error in either is raised here
        with _forked_exporters(kg, out, forked, analysis_cache) as pending:
            result.triples = _export_rdf(kg, sections, out, [n for n in names if n not in forked], written,
                                         analysis_cache, things)
            written.update(zip(forked, pending.result(), strict=True))
    else:
        result.triples = _export_rdf(kg, sections, out, names, written, analysis_cache, things)
    result.files = {EXPORTERS[n][0]: written[n] for n in names}
    return result


#: the exporters that draw only on the linked model and on its analysis
#: (``graph.analytics.analyse``: entity graph, communities, layout), never on the RDF graph; with
#: ``jobs > 1`` they run together in one forked process, which computes the analysis once
ANALYSIS_FORMATS = frozenset({"html", "stats", "graphml", "neo4j"})

#: what the forked exporter process works on, inherited through fork (pickling a corpus's
#: model to send it would cost more than the exporters); set only while that process starts
_FORK_INPUT: tuple[KnowledgeGraph, Path, Path | None] | None = None


def _export(name: str, kg: KnowledgeGraph, g: Any, out: Path, cache: Path | None) -> Path:
    _, target = EXPORTERS[name]
    mod, func = target.split(":")
    return getattr(importlib.import_module(mod), func)(kg=kg, g=g, out=out, cache=cache)


def _export_rdf(kg: KnowledgeGraph, sections: dict[str, DocumentSection], out: Path, names: list[str],
                written: dict[str, Path], cache: Path | None, things: ThingsMemo | None = None) -> int:
    """Assemble the RDF sections and run the exporters ``names`` in this process; the number of
    triples (``things``: the things section kept by a resident build, see :class:`Warm`)."""
    with committing():
        g = GraphSections.of(kg, sections, things)
        for name in names:
            written[name] = _export(name, kg, g, out, cache)
    return g.triples


def _run_forked(names: list[str]) -> list[Path]:
    """In the forked process: the analysis exporters, in order, on the inherited model."""
    assert _FORK_INPUT is not None, "runs only in a process forked by _forked_exporters"
    kg, out, cache = _FORK_INPUT
    with committing():
        return [_export(name, kg, None, out, cache) for name in names]


@contextmanager
def _forked_exporters(kg: KnowledgeGraph, out: Path, names: list[str],
                      cache: Path | None) -> Iterator[Future[list[Path]]]:
    """Run the exporters ``names`` in one forked process; yields the future of their paths.

    Leaving the block waits for that process, also when the block raised (so no half-written
    output is left behind by a process nobody waits for). Without fork (Windows, macOS'
    default) the exporters run here, before the block, with the same result.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _FORK_INPUT
    if "fork" not in multiprocessing.get_all_start_methods():  # pragma: no cover - Linux has fork
        done: Future[list[Path]] = Future()
        done.set_result([_export(name, kg, None, out, cache) for name in names])
        yield done
        return
    _FORK_INPUT = (kg, out, cache)
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
            future = pool.submit(_run_forked, names)  # forks now, with _FORK_INPUT set
            _FORK_INPUT = None
            yield future
    finally:
        _FORK_INPUT = None
