"""Benchmark the graph browser: time to first settled draw of a large graph in headless Chromium.

Generates a synthetic knowledge graph in the project's model (kinds in the proportions of a
policy corpus, hubs by preferential attachment, one evidence sentence per mention), writes
graph.html, opens it from disk in Debian's chromium and reads ``window.kgFirstDraw`` (ms
since navigation start, set on vis-network's first ``afterDrawing``; physics is off, so the
first draw is the settled layout). Also reports one full redraw (a proxy for panning).

    /work/venv/bin/python bench/bench_html.py [--sizes 2000 5000] [--runs 3]

Figures print to stdout; record them in bench/README.md.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from graph.io import make_document
from graph.link import link
from graph.model import Extraction, Kind, Predicate, Provenance, RelationMention, make_mention
from graph.segment import split_sentences

KIND_SHARE = ((Kind.STATISTIC, 0.30), (Kind.MECHANISM, 0.28), (Kind.GOAL, 0.15), (Kind.PLACE, 0.10),
              (Kind.ORGANIZATION, 0.08), (Kind.EVENT, 0.05), (Kind.PERSON, 0.02), (Kind.PROBLEM, 0.02))
SUFFIX = {Kind.STATISTIC: "指标", Kind.MECHANISM: "机制", Kind.GOAL: "目标", Kind.PLACE: "镇",
          Kind.ORGANIZATION: "党委", Kind.EVENT: "会议", Kind.PERSON: "同志", Kind.PROBLEM: "问题"}
PREDICATE = {Kind.MECHANISM: Predicate.PRACTICES, Kind.GOAL: Predicate.AIMS_AT, Kind.PLACE: Predicate.LOCATED_IN,
             Kind.STATISTIC: Predicate.ABOUT, Kind.PROBLEM: Predicate.FACES}
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def synthetic_extraction(n: int, *, seed: int = 7, isolated: float = 0.3) -> Extraction:
    """One document naming ``n`` things; about ``1 - isolated`` of them are related."""
    rng = random.Random(seed)
    kinds = [k for k, share in KIND_SHARE for _ in range(round(share * n))][:n]
    kinds += [Kind.MECHANISM] * (n - len(kinds))
    rng.shuffle(kinds)
    labels = [f"第{i}号示范{SUFFIX[k]}" for i, k in enumerate(kinds)]
    lines = [f"各地推行{label}。" for label in labels]
    doc = make_document("合成基准文档\n" + "\n".join(lines) + "\n", path="bench.txt")
    sents = split_sentences(doc)
    mentions, rels = [], []
    for i, (kind, label) in enumerate(zip(kinds, labels, strict=True)):
        sent = sents[i + 1]
        start = sent.start + 4
        mentions.append(make_mention(doc, start=start, end=start + len(label), sent_index=sent.index, kind=kind,
                                     key=f"k{i}", label=label, rule="bench"))
    targets: list[int] = [0]
    for i in range(1, n):
        if rng.random() < isolated:
            continue
        j = rng.choice(targets)  # preferential attachment: hubs grow
        targets += [i, j]
        s, o = (i, j) if rng.random() < 0.5 else (j, i)
        sent = sents[s + 1]
        prov = Provenance(doc_id=doc.id, sent_index=sent.index, start=sent.start, end=sent.end, rule="bench")
        rels.append(RelationMention(subject_kind=kinds[s], subject_key=f"k{s}", object_kind=kinds[o],
                                    object_key=f"k{o}", predicate=PREDICATE.get(kinds[o], Predicate.AIMS_AT), prov=prov))
    return Extraction(doc=doc, sentences=sents, mentions=tuple(mentions), relations=tuple(rels))


def measure(browser, path: Path, runs: int) -> tuple[float, float, int]:  # noqa: ANN001
    draws, redraws, shown = [], [], 0
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        page.goto(path.resolve().as_uri())
        page.wait_for_function("window.kgFirstDraw !== undefined", timeout=120000)
        draws.append(page.evaluate("window.kgFirstDraw"))
        redraws.append(page.evaluate("(() => { const t = performance.now(); for (let i = 0; i < 5; i++) kg.network.redraw();"
                                     " return (performance.now() - t) / 5; })()"))
        shown = page.evaluate("kg.nodeView.length")
        page.close()
    return statistics.median(draws), statistics.median(redraws), shown


def main() -> int:
    from playwright.sync_api import sync_playwright

    from graph.export.html import write_html

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 5000])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        print(f"{'nodes':>6} {'edges':>6} {'view':>9} {'shown':>6} {'write s':>8} {'MB':>6} {'first draw ms':>14} {'redraw ms':>10}")
        for n in args.sizes:
            kg = link([synthetic_extraction(n)])
            for view, limit in (("default", None), ("all", 10**9)):
                path = Path(tmp) / f"g{n}-{view}.html"
                t = time.perf_counter()
                write_html(kg, path, **({} if limit is None else {"initial_limit": limit}))
                write_s = time.perf_counter() - t
                draw, redraw, shown = measure(browser, path, args.runs)
                print(f"{len(kg.entities) + 1:>6} {len(kg.relations):>6} {view:>9} {shown:>6} {write_s:>8.1f} "
                      f"{path.stat().st_size / 1e6:>6.1f} {draw:>14.0f} {redraw:>10.1f}", flush=True)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
