"""Where extraction runs: in this process, in local worker processes, or on a Dask cluster.

All three call the same function, :func:`extract_source`, one document per task, and hand
back results in input order, so the graph is byte-identical whatever the engine and the
number of jobs. Local workers are forked after the parent has loaded jieba's dictionary and
the gazetteer, so each worker starts warm instead of paying ~1 s to load them again.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from graph.errors import InputError
from graph.io import Source, read_document
from graph.model import Extraction

log = logging.getLogger(__name__)

Result = Extraction | InputError


def extract_source(src: Source) -> Result:
    """Read and extract one document; an unreadable one comes back as its error."""
    from graph.pipeline import extract_document

    try:
        return extract_document(read_document(src))
    except InputError as e:
        return e


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def run_local(sources: Sequence[Source], *, jobs: int, tick: Callable[[], None]) -> Iterator[Result]:
    """Extract in this process (jobs=1) or in forked worker processes, in input order."""
    if jobs <= 1 or len(sources) <= 1:
        for src in sources:
            yield extract_source(src)
            tick()
        return
    from graph.pipeline import warm_up

    warm_up()  # jieba and the lexicons load once, here, and every forked worker inherits them
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ProcessPoolExecutor(max_workers=min(jobs, len(sources)), mp_context=ctx) as pool:
        # big documents first would balance better, but order must follow the input: map keeps it
        for res in pool.map(extract_source, sources, chunksize=1):
            yield res
            tick()


def run_dask(sources: Sequence[Source], *, scheduler: str | None, tick: Callable[[], None]) -> Iterator[Result]:
    """Extract on a Dask distributed cluster (the workers must see the same file paths)."""
    try:
        from distributed import Client
    except ImportError as e:  # pragma: no cover - depends on the install
        raise InputError("the dask engine needs `pip install 'cnpolkg[dask]'`") from e
    client = Client(scheduler) if scheduler else Client(processes=False, dashboard_address=None)
    try:
        futures = client.map(extract_source, list(sources), pure=False)
        for fut in futures:  # in input order
            yield fut.result()
            tick()
    finally:
        client.close()
