"""``kg watch``: a build kept alive, rebuilt when an input changes.

Why a resident process: a rebuild in a fresh process pays, before any work, for starting
Python, loading jieba's dictionary and the lexicons, and unpickling every cached document;
on a corpus that is about half of what a rebuild after one changed document costs. Here
those are paid once. Between builds the process keeps a :class:`graph.build.Warm`: the
documents' extractions in memory, the last link's entities and the serialised things
section, so a rebuild re-extracts the changed documents and re-serialises only the
subjects they touch. The analysis of unchanged connected components comes from the
per-component cache as in any cached build. Every rebuild writes the same files a fresh
``kg build`` of the same inputs writes (a test checks it).

Changes are noticed by watchfiles (inotify on Linux, no polling); a burst of changes (an
editor's save, a folder copied in) is one rebuild. Files under the output folder are not
watched, so the tool's own writes never trigger it.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from graph.build import DEFAULT_FORMATS, BuildResult, Warm, build
from graph.gcpause import gc_paused

log = logging.getLogger(__name__)


@dataclass
class LiveBuild:
    """The inputs and options of a resident build, and what it keeps between builds."""

    paths: list[Path]
    out: Path
    jobs: int = 1
    formats: tuple[str, ...] = DEFAULT_FORMATS
    base: Path | None = None
    warm: Warm = field(default_factory=Warm)

    def build(self) -> BuildResult:
        """Build (the first time) or rebuild the graph: like ``kg build --cache``, warm.

        The cyclic garbage collector is paused for the whole build: between builds the process
        holds the whole corpus's extractions and model (millions of objects), and a collection of
        the oldest generation during a rebuild walked them all to find nothing (0.25-0.28 s, in one
        rebuild of four on a corpus); the cycles a build leaves are collected by :meth:`settle`,
        while idle.
        """
        if not self.warm.processed:  # the first build: load jieba and the lexicons here, once,
            from graph.pipeline import warm_up  # so that workers forked for a changed document start warm

            warm_up()
        with gc_paused():
            return build(self.paths, out=self.out, formats=self.formats, base=self.base, jobs=self.jobs,
                         cache=True, warm=self.warm)

    def settle(self) -> None:
        """After a build, while waiting for changes: collect the cycles it left, then freeze what
        is alive (what the process keeps between builds), so that the next build's collections,
        if any, do not walk it."""
        gc.unfreeze()
        gc.collect()
        gc.freeze()


def relevant(out: Path, paths: list[Path] | None = None) -> Callable[[object, str], bool]:
    """A watchfiles filter: documents of a supported type, not under ``out`` (the tool's own
    writes), not hidden or temporary files (editors' swap files, the atomic writer's temps);
    with ``paths``, only under an input folder or one of the input files (a file input is
    watched through its folder, see :func:`watch`)."""
    from graph.io import SUPPORTED_SUFFIXES

    out_dir = out.resolve()
    folders = [p.resolve() for p in paths or () if p.is_dir()]
    files = {p.resolve() for p in paths or () if not p.is_dir()}

    def keep(_change: object, path: str) -> bool:
        p = Path(path)
        if p.name.startswith((".", "~")) or p.suffix.lower() not in SUPPORTED_SUFFIXES:
            return False
        r = p.resolve()
        if r.is_relative_to(out_dir):
            return False
        return paths is None or r in files or any(r.is_relative_to(f) for f in folders)

    return keep


def roots(paths: list[Path]) -> list[Path]:
    """What to watch for ``paths``: a folder itself; a file through its folder, since an
    editor that saves by writing a new file and renaming it over the old one replaces the
    very inode a watch on the file would follow."""
    out: list[Path] = []
    for p in paths:
        r = p.resolve()
        w = r if r.is_dir() else r.parent
        if w.exists() and w not in out:
            out.append(w)
    return out


def watch(live: LiveBuild, *, report: Callable[[BuildResult, float, int], None],
          stop: threading.Event | None = None, debounce_ms: int = 200) -> None:
    """Build once, then rebuild after each burst of changes to the inputs until ``stop`` is
    set (or forever). ``report(result, seconds, changed_files)`` is called after every build;
    a build that fails with an error is logged and the watch goes on (the previous outputs
    stay, as every write is atomic)."""
    from watchfiles import watch as changes

    t = time.perf_counter()
    report(live.build(), time.perf_counter() - t, 0)
    live.settle()
    for batch in changes(*roots(live.paths), watch_filter=relevant(live.out, live.paths), debounce=debounce_ms,
                         step=50,
                         stop_event=stop, raise_interrupt=False):
        t = time.perf_counter()
        try:
            result = live.build()
        except Exception:  # noqa: BLE001 - a resident process reports and goes on watching
            log.exception("rebuild failed; the previous outputs are kept")
            continue
        report(result, time.perf_counter() - t, len(batch))
        live.settle()

