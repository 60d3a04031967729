"""Benchmark: gazetteer load time and place/organisation/person extraction speed.

Usage: python bench/bench_gazetteer.py [FILES...]  (defaults to the bundled sample)

Prints the gazetteer load time, then per document the time of jieba tokenisation alone
(the baseline every extractor pays) and of the three extractors on top, with the ratio.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main(argv: list[str]) -> None:
    from graph.io import make_document
    from graph.lexicon.gazetteer import gazetteer
    from graph.pipeline import DocContext, load_components
    from graph.segment import split_sentences, tokenizer

    t0 = time.perf_counter()
    gazetteer()
    load = time.perf_counter() - t0
    tokenizer()
    print(f"gazetteer load: {load:.2f} s")
    paths = [Path(a) for a in argv] or [Path(__file__).parent.parent / "tests/data/rural-party-service.txt"]
    comps = load_components(["places", "organizations", "persons"])
    total_chars = total_tok = total_ext = 0.0
    for p in paths:
        doc = make_document(p.read_text("utf-8"), path=p.name)
        ctx = DocContext(doc=doc, sentences=split_sentences(doc))
        t = time.perf_counter()
        for s in ctx.sentences:
            ctx.tokens(s)
        tok = time.perf_counter() - t
        t = time.perf_counter()
        counts = []
        for _name, fn in comps:
            items = list(fn(ctx))
            for item in items:
                ctx.add(item)
            counts.append(sum(1 for i in items if hasattr(i, "kind") and hasattr(i, "start")))
        ext = time.perf_counter() - t
        total_chars += len(doc.text)
        total_tok += tok
        total_ext += ext
        print(f"{p.name}\t{len(doc.text)} chars\ttokens {tok:.3f} s\textract {ext:.3f} s"
              f"\tratio {ext / max(tok, 1e-9):.2f}\tplaces/orgs/persons {counts}")
    print(f"total {int(total_chars)} chars: tokens {total_tok:.2f} s, extract {total_ext:.2f} s, "
          f"ratio {total_ext / max(total_tok, 1e-9):.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
