"""Named entities against an outside gold: the MSRA NER test split (LOC, ORG, PER).

    /work/venv/bin/python bench/bench_ner.py CORPUS/ner/msra/msra_test_bio.txt [--show N]

Why: the sample's gold is one document the rules were written against; MSRA (news of the
1990s, annotated by others) says how the Place, Organization and Person extractors do on
text nobody here tuned them to. The sentences are grouped into documents of 50 sentences, one
sentence per line (so paragraph and sentence rules see ordinary text), run through the whole
pipeline, and every mention of the three kinds is compared with the gold spans of its line.

Scores are exact-span precision, recall and F1, plus recall of gold spans overlapped at all
(a place found as 湖南 inside 湖南省 counts there). MSRA's conventions are not the project's:
it tags countries and geographic names (长江) as LOC, which the place extractor leaves out
on purpose (administrative units only), and foreign names as PER; the script prints the most
frequent misses and false hits per kind so that each can be read as a rule gap or a
convention difference. Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

KINDS = {"LOC": "Place", "ORG": "Organization", "PER": "Person"}


def read_bio(path: Path) -> list[tuple[str, set[tuple[int, int, str]]]]:
    """(sentence text, {(start, end, kind)}) for each sentence of a BIO file."""
    out: list[tuple[str, set[tuple[int, int, str]]]] = []
    chars: list[str] = []
    spans: set[tuple[int, int, str]] = set()
    start, kind = -1, ""

    def close(i: int) -> None:
        nonlocal start, kind
        if start >= 0:
            spans.add((start, i, KINDS[kind]))
        start, kind = -1, ""

    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if chars:
                close(len(chars))
                out.append(("".join(chars), spans))
            chars, spans = [], set()
            continue
        ch, _, tag = line.partition("\t")
        tag = tag.strip()
        i = len(chars)
        chars.append(ch if ch.strip() else "　")
        if tag.startswith("B-") or (tag.startswith("I-") and (start < 0 or tag[2:] != kind)):
            close(i)
            start, kind = i, tag[2:]
        elif not tag.startswith("I-"):
            close(i)
    return out


def main(argv: list[str] | None = None) -> None:
    from graph.io import make_document
    from graph.pipeline import extract_document

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bio", type=Path)
    ap.add_argument("--per-doc", type=int, default=50)
    ap.add_argument("--show", type=int, default=15, help="misses and false hits to list per kind")
    a = ap.parse_args(argv)
    sents = read_bio(a.bio)
    gold: set[tuple[int, int, int, str]] = set()
    pred: set[tuple[int, int, int, str]] = set()
    texts: dict[int, str] = {}
    t0 = time.perf_counter()
    for d in range(0, len(sents), a.per_doc):
        group = sents[d:d + a.per_doc]
        line_starts, pos = [], 0
        for text, spans in group:
            line_starts.append(pos)
            pos += len(text) + 1
        doc = make_document("\n".join(t for t, _ in group), path=f"msra-{d // a.per_doc:04d}.txt")
        for k, (text, spans) in enumerate(group):
            texts[d + k] = text
            gold |= {(d + k, s, e, kind) for s, e, kind in spans}
        ex = extract_document(doc)
        for m in ex.mentions:
            if m.kind.value not in KINDS.values():
                continue
            k = max(i for i, s in enumerate(line_starts) if s <= m.start)
            s = m.start - line_starts[k]
            pred.add((d + k, s, s + len(m.text), m.kind.value))
    secs = time.perf_counter() - t0
    print(f"{len(sents)} sentences, {sum(len(t) for t, _ in sents)} characters, {secs:.1f} s")
    print(f"{'kind':<13}{'P':>6}{'R':>6}{'F1':>6}{'R(overlap)':>12}{'pred':>7}{'gold':>7}")
    for kind in KINDS.values():
        g = {x for x in gold if x[3] == kind}
        p = {x for x in pred if x[3] == kind}
        tp = len(g & p)
        prec = tp / len(p) if p else 0.0
        rec = tp / len(g) if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        by_line = collections.defaultdict(list)
        for x in p:
            by_line[x[0]].append(x)
        overlap = sum(1 for x in g if any(y[1] < x[2] and x[1] < y[2] for y in by_line[x[0]]))
        print(f"{kind:<13}{prec:6.2f}{rec:6.2f}{f1:6.2f}{overlap / len(g) if g else 0:12.2f}{len(p):7}{len(g):7}")
    for kind in KINDS.values():
        g = {x for x in gold if x[3] == kind}
        p = {x for x in pred if x[3] == kind}
        miss = collections.Counter(texts[x[0]][x[1]:x[2]] for x in g - p)
        false = collections.Counter(texts[x[0]][x[1]:x[2]] for x in p - g)
        print(f"\n{kind} misses: " + " ".join(f"{w}×{n}" for w, n in miss.most_common(a.show)))
        print(f"{kind} false hits: " + " ".join(f"{w}×{n}" for w, n in false.most_common(a.show)))


if __name__ == "__main__":
    main()
