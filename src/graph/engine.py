"""Where extraction runs: in this process, in local worker processes, or on a Dask cluster.

All three call the same function, :func:`process_source`, one document per task: it reads
and extracts the document and serialises its section of the RDF files
(:mod:`graph.export.sections`), so that work is parallel too. Results come back in input
order, so the graph is byte-identical whatever the engine and the number of jobs.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from graph.errors import InputError
from graph.export.sections import DocumentSection, document_section
from graph.io import Source, read_document
from graph.model import Extraction

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Processed:
    """What one document gives a build (and its cache): the extraction and its RDF section."""

    extraction: Extraction
    section: DocumentSection


Result = Processed | InputError


def process_source(src: Source) -> Result:
    """Read, extract and serialise one document; an unreadable one comes back as its error."""
    from graph.pipeline import extract_document

    try:
        ex = extract_document(read_document(src))
    except InputError as e:
        return e
    return Processed(ex, document_section(ex))


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def run_local(sources: Sequence[Source], *, jobs: int, tick: Callable[[], None]) -> Iterator[Result]:
    """Extract in this process (jobs=1) or in forked worker processes, in input order.

    With workers, the documents are handed to them before this returns, so the caller can
    do other work (read the cache) while they run; the results come from the iterator.
    Workers are forked warm (jieba and the lexicons loaded here first, ~1.5 s, inherited by
    all) when each will handle several documents; for a handful of changed documents they
    start cold and load in parallel with the caller instead.
    """
    if jobs <= 1 or not sources:
        return _in_process(sources, tick)
    if len(sources) > jobs:
        from graph.pipeline import warm_up

        warm_up()
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(sources)), mp_context=ctx, initializer=_worker_start)
    # big documents first would balance better, but order must follow the input: map keeps it
    results = pool.map(_in_worker, sources, chunksize=1)  # submits every document now
    return _collect(results, tick, pool.shutdown)


#: documents a worker extracts between two runs of the cyclic collector
COLLECT_EVERY = 16
_done_here = 0


def _worker_start() -> None:
    """A forked worker runs with the collector paused, as extraction in the build's own
    process does (graph.gcpause). An extraction makes almost no cyclic garbage, but with the
    collector on its allocations keep triggering collections: extracting the 182 corpus
    documents in one process took 7.2-7.5 s of CPU with it on and 5.7-6.8 s with it off
    (the inherited objects frozen in both). What the worker inherited (jieba's dictionary, the
    lexicons) is frozen out of the collector, so the collection run every
    :data:`COLLECT_EVERY` documents, which bounds what cycles there are, walks only the
    worker's own objects (workers' own memory: 230 MB at most, against 235 MB before)."""
    gc.freeze()
    gc.disable()


def _in_worker(src: Source) -> Result:
    global _done_here
    result = process_source(src)
    _done_here += 1
    if _done_here % COLLECT_EVERY == 0:
        gc.collect()
    return result


def _in_process(sources: Sequence[Source], tick: Callable[[], None]) -> Iterator[Result]:
    for src in sources:
        yield process_source(src)
        tick()


def _collect(results: Iterator[Result], tick: Callable[[], None], close: Callable[..., None]) -> Iterator[Result]:
    try:
        for res in results:
            yield res
            tick()
    finally:
        close(cancel_futures=True)


def run_dask(sources: Sequence[Source], *, scheduler: str | None, tick: Callable[[], None]) -> Iterator[Result]:
    """Extract on a Dask distributed cluster (the workers must see the same file paths); like
    :func:`run_local`, the tasks are submitted before this returns."""
    try:
        from distributed import Client
    except ImportError as e:  # pragma: no cover - depends on the install
        raise InputError("the dask engine needs `pip install 'cnpolkg[dask]'`") from e
    client = Client(scheduler) if scheduler else Client(processes=False, dashboard_address=None)
    try:
        futures = client.map(process_source, list(sources), pure=False)  # submitted now
    except BaseException:
        client.close()
        raise
    return _collect((fut.result() for fut in futures), tick, lambda **_: client.close())
