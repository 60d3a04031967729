"""Extraction quality on a set of annotated documents: each built on its own and scored
against its gold (``kg eval``), then all pooled (micro-averaged: counts summed, then the
ratios). Prints one F1 (precision/recall) column per document and the pooled column.

    python bench/bench_quality.py [FOLDER ...]

A folder holds pairs ``NAME.txt`` (or a document in another format the readers take: .md,
.docx, .html, .pdf) + ``NAME.gold.json`` (default: tests/data/heldout and the sample in
tests/data). The held-out papers were written for the project by writers who did
not see the extractor; once their errors have been read to change a rule, they measure
regressions, not generalisation: score new blind papers for that (bench/README.md).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = (ROOT / "tests/data/heldout", ROOT / "tests/data")


def cell(row: dict | None) -> str:
    if row is None or not row["gold"] and not row["predicted"]:
        return ""
    return f"{row['f1']:.2f} ({row['precision']:.2f}/{row['recall']:.2f})"


def main(argv: list[str] | None = None) -> None:
    from graph.evaluate import annotated, pool, score_document

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, default=list(DEFAULT))
    a = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    found = [pair for folder in a.folders for pair in annotated(folder)]
    if not found:
        sys.exit("no NAME.<document> + NAME.gold.json pairs in " + ", ".join(map(str, a.folders)))
    results = {doc.stem: score_document(doc, gold) for doc, gold in found}
    pooled = pool(list(results.values()))
    names = [*results, "pooled"]
    columns = {**results, "pooled": pooled}
    print("| row | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for row in [r["name"] for r in pooled["kinds"] + pooled["relations"]]:
        cells = []
        for n in names:
            rows = {r["name"]: r for r in columns[n]["kinds"] + columns[n]["relations"]}
            cells.append(cell(rows.get(row)))
        print(f"| {row} | " + " | ".join(cells) + " |")
    pa = pooled["place_parent_accuracy"]
    print(f"\nplaces with the right parent, pooled: {pa['right_parent']}/{pa['found_with_parent']} ({pa['accuracy']:.2f})")


if __name__ == "__main__":
    main()
