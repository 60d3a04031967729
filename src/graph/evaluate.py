"""Score a built graph against a gold annotation (the format of tests/data/GOLD-FORMAT.md).

Entities match a gold item of the same kind when one of their labels (rdfs:label,
skos:prefLabel, skos:altLabel) equals the item's name, full name or an alias after
normalisation (quotes and spaces removed, full-width punctuation made half-width, a leading
党的 and a trailing generic word ignored). Kinds come from rdf:type through
rdfs:subClassOf; relations from the predicate's local name (or a super-property's). A
place's parent counts when reached through locatedIn within four steps.
"""

from __future__ import annotations

import json

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from graph.errors import EvalError

GENERIC_SUFFIXES = ("长效工作机制", "工作机制", "建设工程", "工作法", "机制", "工程", "制度", "班子", "模式",
                    "行动", "活动", "体系", "要求", "计划", "策略")
QUOTES = "“”‘’「」『』\"'《》〈〉"
KIND_SECTIONS = {
    "places": "Place", "organizations": "Organization", "persons": "Person", "mechanisms": "Mechanism",
    "goals": "Goal", "events": "Event", "statistics": "Statistic",
}


def normalise(name: str) -> str:
    s = unicodedata.normalize("NFKC", name)
    s = s.replace("、", ",").replace("。", ".").replace("—", "-")
    s = "".join(ch for ch in s if ch not in QUOTES and not ch.isspace())
    if s.startswith("党的") and len(s) > 3:
        s = s[2:]
    for suf in GENERIC_SUFFIXES:
        if s.endswith(suf) and len(s) > len(suf) + 1:
            s = s[: -len(suf)]
            break
    return s


@dataclass(frozen=True, slots=True)
class Score:
    name: str
    tp_pred: int
    n_pred: int
    tp_gold: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"name": self.name, "precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3), "predicted": self.n_pred, "correct": self.tp_pred,
                "gold": self.n_gold, "found": self.tp_gold}


def load_gold(path: Path) -> dict:
    try:
        gold = json.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError as e:
        raise EvalError("no such gold file", path=str(path)) from e
    except json.JSONDecodeError as e:
        raise EvalError(f"not valid JSON: line {e.lineno}, column {e.colno}: {e.msg}", path=str(path)) from e
    if not isinstance(gold, dict) or not any(k in gold for k in KIND_SECTIONS):
        raise EvalError("not a gold annotation: none of places/organizations/persons/… sections", path=str(path))
    return gold


def _gold_forms(item: dict) -> set[str]:
    forms = {item.get("name") or "", item.get("full_name") or ""} | set(item.get("aliases") or [])
    return {normalise(f) for f in forms if f}


def _graph_index(g):  # noqa: ANN001, ANN202
    """Entities by kind (with their normalised labels) and relations by predicate."""
    from rdflib import RDF, RDFS
    from rdflib.namespace import SKOS

    from graph.namespaces import KG, ONTOLOGY_IRI
    from graph.ontology import load_ontology

    onto = load_ontology()
    supers: dict = defaultdict(set)
    for c in set(onto.subjects(RDF.type, None)) | set(onto.objects(None, RDFS.subClassOf)):
        supers[c] = set(onto.transitive_objects(c, RDFS.subClassOf))
    prop_supers: dict = defaultdict(set)
    for p in set(onto.subjects(RDFS.subPropertyOf, None)):
        prop_supers[p] = set(onto.transitive_objects(p, RDFS.subPropertyOf))
    labels: dict = defaultdict(set)
    for lp in (RDFS.label, SKOS.prefLabel, SKOS.altLabel):
        for s, o in g.subject_objects(lp):
            labels[s].add(normalise(str(o)))
    by_kind: dict[str, set] = defaultdict(set)
    for s, c in g.subject_objects(RDF.type):
        for cc in supers.get(c, {c}):
            if str(cc).startswith(ONTOLOGY_IRI):
                by_kind[str(cc)[len(ONTOLOGY_IRI):]].add(s)
    rels: dict[str, set] = defaultdict(set)
    for s, p, o in g:
        for pp in prop_supers.get(p, {p}):
            if str(pp).startswith(ONTOLOGY_IRI):
                rels[str(pp)[len(ONTOLOGY_IRI):]].add((s, o))
    return by_kind, labels, rels, KG


def evaluate(g, gold: dict, *, errors: bool = False) -> dict:  # noqa: ANN001 - rdflib Graph
    """Precision, recall and F1 per kind and per relation.

    ``errors``: also list what was predicted and not in the gold ("extra") and what the gold
    has that was not found ("missed"), per kind and relation, under ``"errors"``: the
    figures say how good a build is, the lists say where to look.
    """
    by_kind, labels, rels, _ = _graph_index(g)
    wrong: dict[str, dict[str, list[str]]] = {}

    def name_of(node) -> str:  # noqa: ANN001
        """The node's own label as written (rdfs:label), for people to read."""
        from rdflib import RDFS

        label = g.value(node, RDFS.label)
        return str(label) if label is not None else min(labels[node], default=str(node).rsplit("/", 1)[-1])

    # every name a gold endpoint can go by: its item's name, full name and aliases
    forms_of: dict[str, set[str]] = defaultdict(set)
    for section in KIND_SECTIONS:
        for item in gold.get(section, []):
            if "name" in item:
                forms_of[normalise(item["name"])] |= _gold_forms(item)
    kinds: list[Score] = []
    for section, kind in KIND_SECTIONS.items():
        items = gold.get(section, [])
        pred = sorted(by_kind.get(kind, set()))
        if kind == "Statistic":
            kinds.append(_score_statistics(g, pred, items))
            continue
        gold_forms = [_gold_forms(it) for it in items]
        extra: set[str] = set()  # a place's parent and a mechanism's components count too
        if kind == "Place":
            extra = {normalise(it["parent"]) for it in items if it.get("parent")}
        if kind == "Mechanism":
            extra = {normalise(c) for it in items for c in it.get("components") or []}
        all_forms = (set().union(*gold_forms) if gold_forms else set()) | extra
        right = [bool(labels[e] & all_forms) for e in pred]
        found = [any(labels[e] & forms for e in pred) for forms in gold_forms]
        kinds.append(Score(kind, sum(right), len(pred), sum(found), len(items)))
        if errors:
            wrong[kind] = {"extra": sorted(name_of(e) for e, ok in zip(pred, right, strict=True) if not ok),
                           "missed": sorted(it.get("name", "") for it, ok in zip(items, found, strict=True) if not ok)}

    relations: list[Score] = []
    gold_rels: dict[str, list[dict]] = defaultdict(list)
    for r in gold.get("relations", []):
        gold_rels[r["predicate"]].append(r)
    located = rels.get("locatedIn", set())
    for pred_name in sorted(set(gold_rels) | {"locatedIn", "practices", "aimsAt", "hasComponent", "proposedBy",
                                              "authorOf", "affiliatedWith", "cites", "faces"}):
        grs = gold_rels.get(pred_name, [])
        pairs = rels.get(pred_name, set())

        def forms(name: str) -> set[str]:
            n = normalise(name)
            return forms_of.get(n, set()) | {n}

        def hit(pair, gr) -> bool:  # noqa: ANN001
            return bool(labels[pair[0]] & forms(gr["subject"])) and bool(labels[pair[1]] & forms(gr["object"]))

        pair_list = list(pairs)
        right = [any(hit(pair, gr) for gr in grs) for pair in pair_list]
        if pred_name == "locatedIn":
            found = [_reaches(located, labels, forms(gr["subject"]), forms(gr["object"])) for gr in grs]
        else:
            found = [any(hit(pair, gr) for pair in pair_list) for gr in grs]
        relations.append(Score(pred_name, sum(right), len(pair_list), sum(found), len(grs)))
        if errors:
            wrong[pred_name] = {
                "extra": sorted(f"{name_of(a)} -> {name_of(b)}" for (a, b), ok in zip(pair_list, right, strict=True)
                                if not ok),
                "missed": sorted(f"{gr['subject']} -> {gr['object']}" for gr, ok in zip(grs, found, strict=True)
                                 if not ok)}
    # numeric abbreviations: how many of their gold components were found
    numeric = {normalise(m["name"]) for m in gold.get("mechanisms", []) if m.get("kind") == "numeric_abbreviation"}
    comp = [gr for gr in gold_rels.get("hasComponent", []) if normalise(gr["subject"]) in numeric]
    pairs = rels.get("hasComponent", set())
    found = sum(1 for gr in comp if any(labels[s] & ({normalise(gr["subject"])} | forms_of.get(normalise(gr["subject"]), set()))
                                        and normalise(gr["object"]) in labels[o] for s, o in pairs))
    extra_rows = [Score("hasComponent (numeric abbreviations)", 0, 0, found, len(comp))]
    parent = _parent_accuracy(by_kind.get("Place", set()), labels, located, gold.get("places", []))
    result = {"kinds": [s.as_dict() for s in kinds], "relations": [s.as_dict() for s in relations],
              "extra": [s.as_dict() for s in extra_rows], "place_parent_accuracy": parent}
    if errors:
        result["errors"] = wrong
    return result


def annotated(folder: Path) -> list[tuple[Path, Path]]:
    """The annotated documents of a folder: ``(NAME.<suffix>, NAME.gold.json)`` pairs, by name,
    the document in any format the readers take (NAME.txt first, then .md, .docx, .html, .pdf …)."""
    from graph.readers import READERS

    out = []
    for gold in sorted(folder.glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        doc = next((d for suffix in READERS if (d := gold.with_name(stem + suffix)).is_file()), None)
        if doc is not None:
            out.append((doc, gold))
    return out


def score_document(doc: Path, gold: Path) -> dict:
    """Build ``doc`` alone (Turtle only, in a temporary folder) and score it against ``gold``."""
    import tempfile

    from graph.build import build
    from graph.query import load_graph

    with tempfile.TemporaryDirectory() as tmp:
        build([doc], out=Path(tmp), formats=["ttl"])
        return evaluate(load_graph(Path(tmp) / "graph.ttl"), load_gold(gold))


def pool(results: list[dict]) -> dict:
    """Scores of several documents pooled into one (micro-averaged): the counts of each row
    summed, then precision, recall and F1 computed from the sums; a row a document lacks counts
    nothing for it. Same shape as :func:`evaluate`'s result, without the errors."""
    out: dict[str, list[dict]] = {}
    for section in ("kinds", "relations", "extra"):
        sums: dict[str, list[int]] = {}
        for result in results:
            for row in result.get(section, []):
                acc = sums.setdefault(row["name"], [0, 0, 0, 0])
                for i, key in enumerate(("correct", "predicted", "found", "gold")):
                    acc[i] += row[key]
        out[section] = [Score(name, *counts).as_dict() for name, counts in sums.items()]
    parents = [r["place_parent_accuracy"] for r in results if r.get("place_parent_accuracy")]
    right, found = sum(p["right_parent"] for p in parents), sum(p["found_with_parent"] for p in parents)
    return {**out, "place_parent_accuracy": {"found_with_parent": found, "right_parent": right,
                                             "accuracy": round(right / found, 3) if found else 0.0}}


def _reaches(located: set, labels: dict, sub_forms: set[str], obj_forms: set[str], steps: int = 4) -> bool:
    up: dict = defaultdict(set)
    for s, o in located:
        up[s].add(o)
    frontier = {s for s in up if labels[s] & sub_forms}
    for _ in range(steps):
        frontier = {o for s in frontier for o in up[s]}
        if any(labels[o] & obj_forms for o in frontier):
            return True
    return False


def _parent_accuracy(places: set, labels: dict, located: set, gold_places: list[dict]) -> dict:
    """Of the gold places found that have a parent, how many reach it via locatedIn."""
    found = right = 0
    for it in gold_places:
        if not it.get("parent"):
            continue
        forms = _gold_forms(it)
        if not any(labels[p] & forms for p in places):
            continue
        found += 1
        parent_forms = {normalise(it["parent"])}
        for other in gold_places:
            if normalise(other["name"]) in parent_forms:
                parent_forms |= _gold_forms(other)
        if _reaches(located, labels, forms, parent_forms):
            right += 1
    return {"found_with_parent": found, "right_parent": right, "accuracy": round(right / found, 3) if found else 0.0}


def _score_statistics(g, pred: Iterable, items: list[dict]) -> Score:  # noqa: ANN001
    """A statistic matches a gold one with the same value (and unit, when both give one)."""
    from graph.namespaces import KG

    def num(x) -> float | None:  # noqa: ANN001
        try:
            return float(x)
        except (TypeError, ValueError):
            return None

    found = []
    for s in pred:
        v = num(g.value(s, KG.value))
        u = str(g.value(s, KG.unit) or "")
        found.append((v, normalise(u)))

    def same(f, it) -> bool:  # noqa: ANN001
        v = num(it.get("value"))
        return f[0] is not None and v is not None and abs(f[0] - v) < 1e-6 and (
            not f[1] or not it.get("unit") or f[1] == normalise(str(it["unit"])))

    tp_pred = sum(1 for f in found if any(same(f, it) for it in items))
    tp_gold = sum(1 for it in items if any(same(f, it) for f in found))
    return Score("Statistic", tp_pred, len(found), tp_gold, len(items))


def format_table(result: dict) -> str:
    """A Markdown table of the scores (pasteable into README and issue notes)."""
    lines = ["| kind / relation | precision | recall | F1 | predicted | gold |", "|---|---:|---:|---:|---:|---:|"]
    for row in result["kinds"] + result["relations"]:
        lines.append(f"| {row['name']} | {row['precision']:.2f} | {row['recall']:.2f} | {row['f1']:.2f} | "
                     f"{row['predicted']} | {row['gold']} |")
    for row in result["extra"]:  # recall-only rows: precision is counted in the rows above
        lines.append(f"| {row['name']} | n/a | {row['recall']:.2f} | n/a | n/a | {row['gold']} |")
    pa = result["place_parent_accuracy"]
    lines.append("")
    lines.append(f"Places found with the right parent: {pa['right_parent']}/{pa['found_with_parent']} ({pa['accuracy']:.2f})")
    for name, lists in result.get("errors", {}).items():
        for what in ("extra", "missed"):
            if lists[what]:
                lines.append("")
                lines.append(f"{name} {what} ({len(lists[what])}): " + "; ".join(lists[what]))
    return "\n".join(lines) + "\n"


