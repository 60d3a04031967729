"""The per-component analysis cache: the same result with and without it, changed components
recomputed and the rest read, damaged files ignored, unused entries pruned."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from graph import analytics
from graph.analytics import ComponentCache, analyse, communities, layout, split
from tests.conftest import ROOT


def _graph() -> nx.Graph:
    """Components of several sizes: two large enough for the pivot-MDS layout, small ones,
    pairs and isolated nodes; node names sort in a different order than they were added."""
    H = nx.Graph()
    for c, size in enumerate((420, 350, 40, 12, 5, 3)):
        tree = nx.random_labeled_tree(size, seed=c)
        H.add_weighted_edges_from((f"c{c}-{b:03d}", f"c{c}-{a:03d}", 1 + (a + b) % 3) for a, b in tree.edges)
        H.add_edges_from([(f"c{c}-{i:03d}", f"c{c}-{i + 2:03d}", {"weight": 1}) for i in range(0, size - 2, 7)])
    H.add_edge("pair-b", "pair-a", weight=2)
    H.add_nodes_from(["lonely-2", "lonely-1"])
    return H


def _run(H: nx.Graph, cache: Path | None) -> tuple[list[list[str]], dict[str, tuple[int, int]], dict[str, int]]:
    stats: dict[str, int] = {}
    parts = split(H)
    comms = communities(H, parts=parts, cache=cache, stats=stats)
    pos = layout(H, parts=parts, cache=cache, stats=stats)
    return comms, pos, stats


def _cached(H: nx.Graph) -> int:
    return sum(1 for p in split(H) if len(p.nodes) >= 3)


def test_a_cached_result_equals_the_computed_one(tmp_path: Path) -> None:
    H = _graph()
    cache = tmp_path / "cache" / "analysis"  # does not exist yet: made on first save
    plain = _run(H, None)
    first = _run(H, cache)
    second = _run(H, cache)
    assert plain[:2] == first[:2] == second[:2]
    n = _cached(H)
    assert first[2] == {"communities_hits": 0, "communities_misses": n, "layout_hits": 0, "layout_misses": n}
    assert second[2] == {"communities_hits": n, "communities_misses": 0, "layout_hits": n, "layout_misses": 0}
    assert sorted(p.name for p in cache.iterdir()) == ["communities.cache", "layout.cache"]


def test_a_changed_component_is_recomputed_and_the_rest_read(tmp_path: Path) -> None:
    H = _graph()
    cache = tmp_path / "analysis"
    _run(H, cache)
    H.add_edge("c3-000", "c3-new", weight=1)  # one component grows
    H.remove_edges_from(list(nx.edges(H, "c5-001")))  # one splits into a pair and an isolated node
    n = _cached(H)
    comms, pos, stats = _run(H, cache)
    assert stats == {"communities_hits": n - 1, "communities_misses": 1, "layout_hits": n - 1, "layout_misses": 1}
    assert (comms, pos) == _run(H, None)[:2]
    # the file holds this build's components only: the old c3 and c5 entries are pruned
    for name in ("communities", "layout"):
        assert len(json.loads((cache / f"{name}.cache").read_bytes().partition(b"\n")[2])) == n


def test_an_unchanged_cache_is_not_rewritten(tmp_path: Path) -> None:
    H = _graph()
    cache = tmp_path / "analysis"
    _run(H, cache)
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in cache.iterdir()}
    _run(H, cache)
    assert {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in cache.iterdir()} == before
    assert not [p for p in cache.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "empty", "wrong-shape", "not-numbers"])
def test_a_damaged_cache_is_ignored_and_rewritten(tmp_path: Path, damage: str, caplog) -> None:
    H = _graph()
    cache = tmp_path / "analysis"
    expected = _run(H, cache)[:2]
    path = cache / "layout.cache"
    raw = path.read_bytes()
    if damage == "flip":  # one digit of one coordinate: the digest no longer matches
        at = raw.index(b"1", raw.index(b"\n"))
        path.write_bytes(raw[:at] + b"2" + raw[at + 1:])
    elif damage == "truncate":
        path.write_bytes(raw[: len(raw) // 2])
    elif damage == "garbage":
        path.write_bytes(os.urandom(300))
    elif damage == "empty":
        path.write_bytes(b"")
    else:  # a well-formed file whose entries do not fit: each is checked, not trusted
        body = json.loads(raw.partition(b"\n")[2])
        body = {k: (v[:-2] if damage == "wrong-shape" else [1] * len(v)) for k, v in body.items()}
        data = json.dumps(body).encode()
        path.write_bytes(ComponentCache.MAGIC + b" " + hashlib.sha256(data).hexdigest().encode() + b"\n" + data)
    comms, pos, stats = _run(H, cache)
    assert (comms, pos) == expected
    assert stats["layout_hits"] == 0 and stats["layout_misses"] == _cached(H)
    assert stats["communities_hits"] == _cached(H)  # the other file was fine
    assert _run(H, cache)[2]["layout_hits"] == _cached(H)  # rewritten whole
    if damage not in ("wrong-shape", "not-numbers"):
        assert "damaged" in caplog.text


def test_the_key_holds_the_seed(tmp_path: Path) -> None:
    H = _graph()
    cache = tmp_path / "analysis"
    _run(H, cache)
    stats: dict[str, int] = {}
    assert layout(H, seed=7, cache=cache, stats=stats) == layout(H, seed=7)
    assert stats == {"layout_hits": 0, "layout_misses": _cached(H)}


def test_communities_are_per_component_and_join_a_pair() -> None:
    H = _graph()
    comms = communities(H)
    assert sorted(n for c in comms for n in c) == sorted(H)
    component = {n: i for i, p in enumerate(split(H)) for n in p.nodes}
    assert all(len({component[n] for n in c}) == 1 for c in comms)
    assert ["pair-a", "pair-b"] in comms and ["lonely-1"] in comms
    pair = split(nx.Graph([("a", "b", {"weight": 2})]))[0]  # what Leiden itself does with one edge
    assert analytics.leiden(pair) == [0, 0]
    assert [len(c) for c in comms] == sorted((len(c) for c in comms), reverse=True)
    # a component's partition does not depend on the rest of the graph
    part = split(H)[2]
    assert communities(H.subgraph(part.nodes).copy()) == [c for c in comms if c[0] in set(part.nodes)]


def test_analyse_with_a_cache_equals_without(sample_build, tmp_path: Path) -> None:
    result, _ = sample_build
    kg = result.kg
    runs = []
    for cache in (None, tmp_path / "analysis", tmp_path / "analysis"):
        analytics._LAST.clear()
        a = analyse(kg, cache=cache)
        runs.append((a.communities, layout(a.H, parts=a.components, cache=cache), a.cache_stats))
    analytics._LAST.clear()
    assert runs[0][:2] == runs[1][:2] == runs[2][:2]
    assert runs[1][2]["communities_misses"] > 0 and runs[2][2]["communities_misses"] == 0
    assert runs[2][2]["communities_hits"] == runs[1][2]["communities_misses"]


def test_exporters_take_a_cache_folder_and_write_the_same(sample_build, tmp_path: Path) -> None:
    from graph.analytics import export_stats
    from graph.export.graphml import export_graphml
    from graph.export.html import export_html
    from graph.export.neo4j_csv import export_neo4j

    result, out = sample_build
    cache = tmp_path / "out" / "cache" / "analysis"
    for export in (export_html, export_stats, export_graphml, export_neo4j):
        analytics._LAST.clear()
        export(kg=result.kg, g=None, out=tmp_path / "out", cache=cache)
    analytics._LAST.clear()
    assert sorted(p.name for p in cache.iterdir()) == ["communities.cache", "layout.cache"]
    for name in ("graph.html", "stats.json", "graph.graphml", "neo4j/nodes.csv", "neo4j/relationships.csv"):
        assert (tmp_path / "out" / name).read_bytes() == (out / name).read_bytes(), name


def test_an_edit_that_leaves_the_network_keeps_every_layout(tmp_path: Path) -> None:
    """A document's IRI comes from its text's hash: appending a sentence with nothing in it
    renames its node. Components are named by documents' paths, so the picture stays and the
    cache serves every component (before, the component holding the document was new)."""
    from graph.build import build
    from tests.conftest import SAMPLE

    folder = tmp_path / "in"
    folder.mkdir()
    doc = folder / SAMPLE.name
    text = SAMPLE.read_text("utf-8")  # its first paper (金山区); the third holds a name keyed to its
    doc.write_text(text[:text.index("基层党组织农村服务论文 篇2")], "utf-8")  # document (see analytics)
    runs = []
    for _ in range(2):
        analytics._LAST.clear()
        result = build([folder], out=tmp_path / "out", base=folder, formats=("ttl",))
        a = analyse(result.kg, cache=tmp_path / "analysis")
        stats: dict[str, int] = {}
        pos = layout(a.H, parts=a.components, cache=tmp_path / "analysis", stats=stats)
        d = analytics.iri(f"doc/{result.kg.documents[0].id}")
        assert a.H.degree(d) > 0  # the document is in a component the cache keeps
        runs.append((d, pos, a.communities, stats, a.cache_stats))
        with doc.open("a", encoding="utf-8") as fh:
            fh.write("\n以上内容于本月修订。\n")
    analytics._LAST.clear()
    (d0, pos0, comms0, _, _), (d1, pos1, comms1, stats, cache_stats) = runs
    assert d0 != d1 and pos0[d0] == pos1[d1]
    assert {n: xy for n, xy in pos0.items() if n != d0} == {n: xy for n, xy in pos1.items() if n != d1}
    assert [[d1 if n == d0 else n for n in c] for c in comms0] == comms1
    assert stats["layout_misses"] == 0 and stats["layout_hits"] > 0
    assert cache_stats["communities_misses"] == 0


def test_documents_are_named_alike_from_the_model_and_the_rdf(sample_build, sample_graph) -> None:
    from graph.analytics import entity_graph, rdf_entity_graph

    result, _ = sample_build
    names = entity_graph(result.kg).graph["names"]
    assert names == rdf_entity_graph(sample_graph).graph["names"]
    path = result.kg.documents[0].path
    assert sorted(names.values()) == [f"document:{path}"] + [f"document:{path}#{n}" for n in (1, 2, 3)]
    assert [p.nodes for p in split(analytics.simple_graph(entity_graph(result.kg)))] == [
        p.nodes for p in split(analytics.simple_graph(rdf_entity_graph(sample_graph)))]


@pytest.mark.slow
def test_cache_files_are_the_same_bytes_across_processes(tmp_path: Path) -> None:
    code = ("import sys; from pathlib import Path; from tests.test_analysis_cache import _graph, _run; "
            "_run(_graph(), Path(sys.argv[1]))")
    outs = []
    for seed in ("1", "977"):
        cache = tmp_path / f"c{seed}"
        subprocess.run([sys.executable, "-c", code, str(cache)], check=True, cwd=ROOT,
                       env=dict(os.environ, PYTHONHASHSEED=seed))
        outs.append({p.name: p.read_bytes() for p in cache.iterdir()})
    assert outs[0] == outs[1] and len(outs[0]) == 2


@pytest.mark.slow
def test_a_build_with_the_cache_writes_what_one_without_writes(sample_build, tmp_path: Path) -> None:
    from graph.build import build
    from tests.conftest import SAMPLE

    _, plain = sample_build
    names = ("graph.html", "stats.json", "graph.graphml", "neo4j/nodes.csv", "neo4j/relationships.csv")
    for jobs in (1, 2, 1):  # the second and third builds read the cache the first wrote
        build([SAMPLE], out=tmp_path / "out", base=ROOT, cache=True, jobs=jobs)
        analytics._LAST.clear()
        assert {n: (tmp_path / "out" / n).read_bytes() for n in names} == {n: (plain / n).read_bytes() for n in names}
    assert sorted(p.name for p in (tmp_path / "out" / "cache" / "analysis").iterdir()) == [
        "communities.cache", "layout.cache"]


# -- the batched spring layout and the star shortcut ------------------------------------------


def _small_parts() -> list:
    """Components of 3 to 60 nodes: trees, cycles, a dense one, weights > 1, equal sizes."""
    H = _graph()
    extra = [nx.cycle_graph(6), nx.complete_graph(5), nx.random_labeled_tree(60, seed=9), nx.path_graph(3),
             nx.star_graph(4), nx.gnm_random_graph(15, 30, seed=2)]
    for c, g in enumerate(extra):
        H.add_edges_from((f"x{c}-{a:02d}", f"x{c}-{b:02d}", {"weight": 1 + (a * b) % 4}) for a, b in g.edges)
    return [p for p in split(H) if 3 <= len(p.nodes) <= analytics._SPRING_MAX]


@pytest.mark.parametrize("threshold", [1e-4, 3e-3])  # the second stops components at different steps
def test_a_component_is_laid_out_the_same_alone_and_in_any_batch(threshold: float, monkeypatch) -> None:
    import numpy as np

    parts = _small_parts()
    assert len({len(p.nodes) for p in parts}) < len(parts)  # some share their size (and start)

    def run(batch: list) -> dict:
        xys = analytics._spring_batch(batch, seed=analytics.SEED, threshold=threshold)
        return {p.digest: xy.tobytes() for p, xy in zip(batch, xys, strict=True)}

    alone = {}
    for p in parts:
        alone.update(run([p]))
    assert run(parts) == alone
    assert run(parts[::-1]) == alone
    assert run(parts[1::2]) == {p.digest: alone[p.digest] for p in parts[1::2]}
    monkeypatch.setattr(analytics, "_BATCH_PAIRS", 2000)  # cut in chunks
    assert run(parts) == alone
    monkeypatch.undo()
    # and it is a layout: median edge 1, from 0 up
    for p, xy in zip(parts, analytics._spring_batch(parts, seed=analytics.SEED), strict=True):
        idx = {n: i for i, n in enumerate(p.nodes)}
        lengths = [np.hypot(*(xy[idx[a]] - xy[idx[b]])) for a, b, _ in p.edges]
        assert np.median(lengths) == pytest.approx(1.0)
        assert xy.min(axis=0).tolist() == [0.0, 0.0]


def test_the_batched_layout_is_networkx_spring_layout() -> None:
    """The same algorithm as nx.spring_layout(method="force"); only the order of the sums
    differs, so small components agree to rounding."""
    import numpy as np

    parts = [p for p in _small_parts() if len(p.nodes) <= 15]
    assert len(parts) >= 6
    for p, xy in zip(parts, analytics._spring_batch(parts, seed=analytics.SEED), strict=True):
        pos = nx.spring_layout(p.graph(), seed=analytics.SEED, method="force", iterations=50)
        ref = np.array([pos[n] for n in p.nodes])
        idx = {n: i for i, n in enumerate(p.nodes)}
        ref /= np.median([np.hypot(*(ref[idx[a]] - ref[idx[b]])) for a, b, _ in p.edges])
        np.testing.assert_allclose(xy, ref - ref.min(axis=0), atol=1e-6)


def _star(leaves: int, rng) -> nx.Graph:
    names = [f"s{i:02d}" for i in range(leaves + 1)]
    rng.shuffle(names)  # the centre is anywhere in the sorted order
    return nx.Graph([(names[0], leaf, {"weight": int(rng.integers(1, 10))}) for leaf in names[1:]])


def test_leiden_keeps_a_star_whole_and_splits_two_cliques_on_their_weights() -> None:
    """A star's best partition is one community (modularity 0, every split is negative);
    two cliques joined by a light edge are two, and one by a bridge heavier than both are
    joined into it."""
    import numpy as np

    rng = np.random.default_rng(0)
    for _ in range(100):
        (part,) = split(_star(int(rng.integers(2, 40)), rng))
        assert set(analytics.leiden(part)) == {0}

    def cliques(bridge: int) -> nx.Graph:
        G = nx.Graph()
        for side in "ab":
            G.add_edges_from((f"{side}{i}", f"{side}{j}", {"weight": 1}) for i in range(4) for j in range(i + 1, 4))
        G.add_edge("a0", "b0", weight=bridge)
        return G

    (part,) = split(cliques(1))
    assert analytics.leiden(part) == [0, 0, 0, 0, 1, 1, 1, 1]
    (part,) = split(cliques(1000))
    assert analytics.leiden(part)[0] == analytics.leiden(part)[4]


def test_leiden_depends_on_the_component_and_the_seed_only() -> None:
    """Same component, same seed: the same partition, whatever igraph drew before; and the
    global generator igraph uses by default is put back."""
    import random

    import igraph

    part = max(split(nx.les_miserables_graph()), key=lambda p: len(p.nodes))
    first = analytics.leiden(part, seed=3)
    igraph.Graph.Erdos_Renyi(n=50, p=0.1).community_leiden(objective_function="modularity")
    assert analytics.leiden(part, seed=3) == first
    assert len(set(first)) > 3
    state = random.getstate()
    analytics.leiden(part, seed=4)
    assert random.getstate() == state


def test_modularity_is_networkx_modularity(sample_build) -> None:
    """The one-pass modularity of the statistics equals networkx's on the sample's graph and
    on a weighted graph with a self-loop; a graph without edges has 0."""
    H = analytics.simple_graph(analytics.entity_graph(sample_build[0].kg))
    comms = communities(H)
    assert abs(analytics.modularity(H, comms) - nx.community.modularity(H, comms, weight="weight")) < 1e-12
    G = nx.les_miserables_graph()
    G.add_edge("Valjean", "Valjean", weight=3)
    parts = [sorted(c) for c in nx.community.louvain_communities(G, weight="weight", seed=1)]
    assert abs(analytics.modularity(G, parts) - nx.community.modularity(G, parts, weight="weight")) < 1e-12
    assert analytics.modularity(nx.empty_graph(["a", "b"]), [["a"], ["b"]]) == 0.0
