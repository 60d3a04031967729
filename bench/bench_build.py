"""Build benchmark: `kg build` end to end against bare segmentation of the same text.

    /work/venv/bin/python bench/bench_build.py CORPUS_PATH [--jobs N] [--repeat R]

In one run, each step in a fresh process (so start-up, jieba's dictionary and the gazetteer
are paid as a user pays them):

* segment   - the documents read as the build reads them, then cut by the pipeline's own
              segmenter (``graph.segment.tokenizer()``: jieba precise mode with HMM and the
              domain words), one ``lcut`` per document. The baseline of every ratio.
* build x1  - ``graph.build.build`` with every default output, cache off, 1 job; the child
              also times each phase (extract, link, rdf sections, each exporter).
* build xN  - the same with N jobs (forked workers; after extraction, the exporters that need
              the graph analysis run in one forked process while the parent writes RDF).
* rebuild   - a copy of the corpus built with the cache on, then one document changed (a
              sentence appended) and built again, with 1 job and with N jobs (each rebuild
              after a fresh change): the rebuilds are timed.
* watch     - ``kg watch`` (a resident process, :mod:`graph.watch`) started on that copy and
              cache, with 1 job and with N; after its first build one document is changed at
              a time, and the seconds from the change to the watcher's "rebuilt" line are
              timed (noticing the change included).

Wall-clock seconds are the minimum over ``--repeat`` runs; CPU seconds (user + system of the
whole process tree, workers included) are printed too, because the machine may be shared.
Peak memory is the largest sum of RSS over the process tree, sampled every 20 ms from /proc
(psutil where /proc cannot tell), and the largest single process from ``getrusage``.

Targets (issue 7): build x1 <= 1.5 x segment; xN (N=2) >= 1.6 x faster than x1; rebuild
< 10 % of the full build (x1 against x1, xN against xN); peak memory < 1.5 GB. The script prints the figures and whether each
target is met; it does not fail.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

log = logging.getLogger("bench_build")

TARGETS = {"x1/segment": 1.5, "speedup": 1.6, "rebuild/full": 0.10, "peak_mb": 1536}


# -- children (each runs in its own process) ------------------------------------------------


def child_segment(corpus: Path, jobs: int = 1) -> dict:
    """Read the corpus, load the segmenter, then time ``lcut`` of every document alone.

    With ``jobs > 1`` the documents are cut in that many forked processes (the segmenter
    loaded before the fork, the documents dealt out biggest first to the least loaded
    share): a perfectly parallel task of the same size, so ``seg x1 / seg xN`` is the
    speedup this machine allows at that moment, the ceiling for the build's.
    """
    from graph.io import discover, read_document
    from graph.segment import tokenizer

    global _SHARES
    t0 = time.perf_counter()
    sources, _ = discover([corpus], base=corpus)
    docs = [read_document(s) for s in sources]
    read_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    tk = tokenizer()
    load_s = time.perf_counter() - t0
    if jobs <= 1:
        t0 = time.perf_counter()
        n_tokens = sum(len(tk.lcut(d.text)) for d in docs)
        seg_s = time.perf_counter() - t0
    else:
        import multiprocessing

        shares: list[list[str]] = [[] for _ in range(jobs)]
        sizes = [0] * jobs
        for text in sorted((d.text for d in docs), key=len, reverse=True):
            i = sizes.index(min(sizes))
            shares[i].append(text)
            sizes[i] += len(text)
        _SHARES = shares
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(jobs) as pool:
            pool.map(_nothing, range(jobs))  # the workers are forked and running before the clock starts
            t0 = time.perf_counter()
            n_tokens = sum(pool.map(_cut_share, range(jobs), chunksize=1))
            seg_s = time.perf_counter() - t0
    return {"docs": len(docs), "chars": sum(len(d.text) for d in docs),
            "bytes": sum(s.path.stat().st_size for s in sources), "tokens": n_tokens,
            "read_s": read_s, "load_s": load_s, "seg_s": seg_s}


#: the documents' texts in ``jobs`` shares, inherited by the forked segmentation workers
_SHARES: list[list[str]] = []


def _nothing(_: int) -> None:
    return None


def _cut_share(i: int) -> int:
    from graph.segment import tokenizer

    tk = tokenizer()
    return sum(len(tk.lcut(text)) for text in _SHARES[i])


def child_build(corpus: Path, out: Path, jobs: int, cache: bool) -> dict:
    """Run graph.build.build once, timing its phases by wrapping the functions it calls."""
    import graph.build as build_mod
    import graph.link
    import graph.export.sections

    phases: dict[str, float] = {}

    def timed(name, fn):  # noqa: ANN001, ANN202
        def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                phases[name] = phases.get(name, 0.0) + time.perf_counter() - t
        return wrapper

    build_mod.extract_all = timed("extract", build_mod.extract_all)
    graph.link.link = timed("link", graph.link.link)
    sections = graph.export.sections.GraphSections
    sections.of = classmethod(timed("rdf sections", sections.of.__func__))
    import importlib

    for fmt, (_, target) in build_mod.EXPORTERS.items():
        mod_name, func = target.split(":")
        mod = importlib.import_module(mod_name)
        setattr(mod, func, timed(f"write {fmt}", getattr(mod, func)))
    t = time.perf_counter()
    result = build_mod.build([corpus], out=out, base=corpus, jobs=jobs, cache=cache)
    total = time.perf_counter() - t
    return {"total_s": total, "phases": phases, "triples": result.triples, "stats": result.stats,
            "entities": len(result.kg.entities), "errors": len(result.errors)}


# -- the parent -------------------------------------------------------------------------------


class _Peak:
    """Largest sum of RSS over a process and its descendants, sampled in a thread.

    Read from /proc directly (each task's ``children`` file, each process's ``statm``): a
    sample then costs about 0.1 ms. psutil's ``children(recursive=True)`` reads every
    process's stat file and took 2.8 ms a sample here, 14 % of a core at one sample every
    20 ms: in the 2-job steps, where both cores are busy, the meter itself slowed the build
    it measured. psutil is the fallback where /proc has no ``children`` files.
    """

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

    def __enter__(self) -> _Peak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _tree_rss(self) -> int | None:
        """RSS of the tree in bytes from /proc; None where /proc cannot tell."""
        total, todo = 0, [self.pid]
        while todo:
            pid = todo.pop()
            try:
                total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * self._page
                for task in os.listdir(f"/proc/{pid}/task"):
                    todo += [int(c) for c in Path(f"/proc/{pid}/task/{task}/children").read_text().split()]
            except FileNotFoundError:  # gone meanwhile (or no children file: see _run)
                if pid == self.pid and not Path(f"/proc/{pid}").exists():
                    return total
            except (OSError, ValueError, IndexError):
                return None
        return total

    def _run(self) -> None:
        if Path(f"/proc/{self.pid}/task/{self.pid}/children").exists():
            while not self._stop.is_set():
                total = self._tree_rss()
                if total is None:
                    break
                self.peak = max(self.peak, total)
                self._stop.wait(0.02)
            else:
                return
        try:
            import psutil
        except ImportError:  # pragma: no cover - psutil is in the dev environment
            return
        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._stop.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
                total = 0
                for p in procs:
                    try:
                        total += p.memory_info().rss
                    except psutil.NoSuchProcess:
                        pass
                self.peak = max(self.peak, total)
            except psutil.NoSuchProcess:
                return
            self._stop.wait(0.02)


def run_child(args: list[str]) -> dict:
    """Run this script as a child; return its JSON plus wall, CPU and memory of its tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", *args], stdout=subprocess.PIPE, text=True)
    with _Peak(proc.pid) as peak:
        out, _ = proc.communicate()
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"child {args} failed with exit code {proc.returncode}")
    res = json.loads(out.strip().splitlines()[-1])
    res["wall_s"] = wall
    res["cpu_s"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    res["peak_tree_mb"] = peak.peak / 2**20
    res["maxrss_mb"] = after.ru_maxrss / 1024  # KiB on Linux; the largest child so far
    return res


def run_watch(corpus: Path, out: Path, jobs: int, victim: Path, repeat: int) -> dict:
    """``kg watch`` on ``corpus`` (its cache in ``out`` already made): after its first build,
    ``victim`` is changed ``repeat`` times; each time, the seconds from the change to the
    watcher's line saying it rebuilt (notice + rebuild, what a user waits), and the rebuild
    alone as the watcher reports it."""
    proc = subprocess.Popen([sys.executable, "-m", "graph", "watch", str(corpus), "--out", str(out), "--jobs", str(jobs)],
                            stderr=subprocess.PIPE, text=True, cwd=corpus)
    seen, own = [], []
    with _Peak(proc.pid) as peak:
        try:
            assert proc.stderr is not None

            def until(prefix: str) -> str:
                for line in proc.stderr:
                    if line.startswith(prefix):
                        return line
                    if line.startswith(("error", "Traceback")):
                        raise SystemExit(f"kg watch failed: {line}")
                raise SystemExit("kg watch ended")

            until("built ")
            time.sleep(1.0)  # the watcher starts after the first build
            for r in range(repeat):
                with victim.open("a", encoding="utf-8") as fh:
                    fh.write(f"\n本文件在常驻进程的基准测试中修改了第{r + 1}次。\n")
                t = time.perf_counter()
                line = until("rebuilt ")
                seen.append(time.perf_counter() - t)
                own.append(float(line.split(" in ", 1)[1].split(" s", 1)[0]))
                time.sleep(0.5)
        finally:
            proc.terminate()
            proc.wait(30)
    return {"wall_s": min(seen), "rebuild_s": min(own), "all_s": seen, "peak_tree_mb": peak.peak / 2**20}


def best(runs: list[dict]) -> dict:
    return min(runs, key=lambda r: r["wall_s"])


def machine() -> str:
    model = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"nproc {cpus}, CPU {model}, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    corpus = a.corpus.resolve()
    print(machine(), flush=True)
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        tmp_path = Path(tmp)
        seg, seg_n, x1, xn = [], [], [], []
        for r in range(a.repeat):
            seg.append(run_child(["segment", str(corpus), "1"]))
            seg_n.append(run_child(["segment", str(corpus), str(a.jobs)]))
            x1.append(run_child(["build", str(corpus), str(tmp_path / f"x1-{r}"), "1", "0"]))
            xn.append(run_child(["build", str(corpus), str(tmp_path / f"xn-{r}"), str(a.jobs), "0"]))
        same = all((tmp_path / "x1-0" / name).read_bytes() == (tmp_path / "xn-0" / name).read_bytes()
                   for name in ("graph.ttl", "graph.jsonld"))
        # incremental: prime the cache on a copy, change one document, rebuild
        copy = tmp_path / "corpus"
        shutil.copytree(corpus, copy)
        inc, inc_n = [], []
        victim = sorted(p for p in copy.rglob("*.txt"))[0]
        for r in range(a.repeat):
            out = tmp_path / f"inc-{r}"
            run_child(["build", str(copy), str(out), "1", "1"])
            for jobs, runs in (("1", inc), (str(a.jobs), inc_n)):
                with victim.open("a", encoding="utf-8") as fh:  # one more changed document each time
                    fh.write(f"\n本文件在基准测试中修改了第{len(inc) + len(inc_n) + 1}次。\n")
                runs.append(run_child(["build", str(copy), str(out), jobs, "1"]))
        # resident: kg watch on the same copy and cache, one changed document at a time
        live = {jobs: run_watch(copy, tmp_path / "inc-0", jobs, victim, max(a.repeat, 2)) for jobs in (1, a.jobs)}
    s, b1, bn, ib, ibn = best(seg), best(x1), best(xn), best(inc), best(inc_n)
    w1, wn = live[1], live[a.jobs]
    sn = min(seg_n, key=lambda r: r["seg_s"])
    mb = s["bytes"] / 1e6
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"corpus: {corpus} - {s['docs']} documents, {mb:.2f} MB, {s['chars']:,} characters, "
          f"{b1['triples']:,} triples, {b1['entities']:,} entities")
    print()
    print("| step | wall (s) | CPU (s) | MB/s | peak RSS, tree (MB) |")
    print("|---|---:|---:|---:|---:|")
    print(f"| segment (lcut only; +{s['load_s']:.2f} s jieba load, +{s['read_s']:.2f} s reading) "
          f"| {s['seg_s']:.2f} | {s['cpu_s']:.2f} | {mb / s['seg_s']:.2f} | {s['peak_tree_mb']:.0f} |")
    print(f"| segment x{a.jobs} (lcut only, in {a.jobs} forked processes) "
          f"| {sn['seg_s']:.2f} | {sn['cpu_s']:.2f} | {mb / sn['seg_s']:.2f} | {sn['peak_tree_mb']:.0f} |")
    for label, r in (("build x1", b1), (f"build x{a.jobs}", bn), ("rebuild x1, 1 changed (cache)", ib),
                     (f"rebuild x{a.jobs}, 1 changed (cache)", ibn)):
        print(f"| {label} | {r['wall_s']:.2f} | {r['cpu_s']:.2f} | {mb / r['wall_s']:.2f} | {r['peak_tree_mb']:.0f} |")
    for label, r in (("rebuild x1, 1 changed (kg watch, resident)", w1),
                     (f"rebuild x{a.jobs}, 1 changed (kg watch, resident)", wn)):
        print(f"| {label}: change to done (rebuild alone {r['rebuild_s']:.2f}) | {r['wall_s']:.2f} | - | - "
              f"| {r['peak_tree_mb']:.0f} |")
    print()
    print("phases of build x1 (s): " + ", ".join(f"{k} {v:.2f}" for k, v in b1["phases"].items()))
    print(f"phases of build x{a.jobs} (s): " + ", ".join(f"{k} {v:.2f}" for k, v in bn["phases"].items())
          + " (the analysis exporters, html/stats/graphml/neo4j, run in a forked process alongside"
            " the rdf sections and the rest: not timed here)")
    print("phases of the rebuild x1 (s): " + ", ".join(f"{k} {v:.2f}" for k, v in ib["phases"].items())
          + f"; cache {ib['stats']}")
    print(f"phases of the rebuild x{a.jobs} (s): " + ", ".join(f"{k} {v:.2f}" for k, v in ibn["phases"].items()))
    print()
    ratio = b1["wall_s"] / s["seg_s"]
    ratio_load = b1["wall_s"] / (s["seg_s"] + s["load_s"])
    speed = b1["wall_s"] / bn["wall_s"]
    ceiling = s["seg_s"] / sn["seg_s"]
    rebuild = ib["wall_s"] / b1["wall_s"]
    rebuild_n = ibn["wall_s"] / bn["wall_s"]
    live_1, live_n = w1["wall_s"] / b1["wall_s"], wn["wall_s"] / bn["wall_s"]
    peak = max(r["peak_tree_mb"] for r in (b1, bn, ib, ibn, w1, wn))
    rows = [
        ("build x1 / segment", f"{ratio:.2f} ({ratio_load:.2f} counting jieba's load)",
         f"<= {TARGETS['x1/segment']}", ratio <= TARGETS["x1/segment"]),
        (f"build x1 / build x{a.jobs}", f"{speed:.2f} (segment x1 / x{a.jobs}: {ceiling:.2f})",
         f">= {TARGETS['speedup']} (2 jobs)", speed >= TARGETS["speedup"]),
        ("rebuild x1 / build x1", f"{rebuild:.3f}", f"< {TARGETS['rebuild/full']}", rebuild < TARGETS["rebuild/full"]),
        (f"rebuild x{a.jobs} / build x{a.jobs}", f"{rebuild_n:.3f}", f"< {TARGETS['rebuild/full']}",
         rebuild_n < TARGETS["rebuild/full"]),
        ("rebuild x1 (kg watch) / build x1", f"{live_1:.3f}", f"< {TARGETS['rebuild/full']}",
         live_1 < TARGETS["rebuild/full"]),
        (f"rebuild x{a.jobs} (kg watch) / build x{a.jobs}", f"{live_n:.3f}", f"< {TARGETS['rebuild/full']}",
         live_n < TARGETS["rebuild/full"]),
        ("peak memory (MB, tree)", f"{peak:.0f} (largest process {max(r['maxrss_mb'] for r in (b1, bn, ib, ibn)):.0f})",
         f"< {TARGETS['peak_mb']}", peak < TARGETS["peak_mb"]),
    ]
    print("| ratio | measured | target | met |")
    print("|---|---:|---:|:---:|")
    for name, value, target, ok in rows:
        print(f"| {name} | {value} | {target} | {'yes' if ok else 'no'} |")
    print(f"\nx1 and x{a.jobs} outputs byte-identical (ttl, jsonld): {same}")


def child_main(args: list[str]) -> None:
    logging.basicConfig(level=logging.WARNING)
    if args[0] == "segment":
        res = child_segment(Path(args[1]), int(args[2]) if len(args) > 2 else 1)
    else:
        res = child_build(Path(args[1]), Path(args[2]), int(args[3]), args[4] == "1")
    print(json.dumps(res, ensure_ascii=False, default=str))
    from graph.gcpause import exiting

    exiting()  # as the kg program ends (graph.cli.run)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child_main(sys.argv[2:])
    else:
        main()
