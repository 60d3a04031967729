"""Analytics: the entity graph from the model and from RDF agree; stats, communities, layout."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from graph.analytics import (
    communities,
    compute_stats,
    entity_graph,
    format_stats,
    iri,
    layout,
    rdf_entity_graph,
    simple_graph,
)
from graph.cli import main
from graph.model import Kind
from tests.conftest import ROOT


def test_model_and_rdf_give_the_same_entity_graph(sample_build, sample_graph) -> None:
    result, _ = sample_build
    a = entity_graph(result.kg)
    b = rdf_entity_graph(sample_graph)
    assert sorted(a.nodes) == sorted(b.nodes)
    assert sorted(a.edges(keys=True)) == sorted(b.edges(keys=True))
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert compute_stats(a) == compute_stats(b)


def test_nodes_are_things_not_mentions_or_assertions(sample_build, sample_graph) -> None:
    result, _ = sample_build
    G = rdf_entity_graph(sample_graph)
    units = sum(1 + len(d.parts) for d in result.kg.documents)
    assert len(G) == len(result.kg.entities) + units
    assert {k for _, k in G.nodes(data="kind")} <= {k.value for k in Kind}
    assert not [n for n in G if "assertion/" in n or "/s" in n.rsplit("/", 1)[-1][:2]]
    town = next(e for e in result.kg.entities if e.label == "枫泾镇")
    assert G.nodes[iri(town.id)]["cls"] == "Township"
    assert ("locatedIn" in {k for _, _, k in G.out_edges(iri(town.id), keys=True)})


def test_stats_count_kinds_relations_and_rank_places(sample_build) -> None:
    result, out = sample_build
    stats = json.loads((out / "stats.json").read_text("utf-8"))
    assert stats["kinds"]["Place"] == result.entity_counts()["Place"]
    assert stats["relations"] == dict(sorted(result.relation_counts().items()))
    places = [r["label"] for r in stats["central"]["Place"]]
    assert places[0] == "湘西土家族苗族自治州"
    assert "枫泾镇" in places
    assert stats["communities"]["algorithm"] == "leiden" and stats["communities"]["count"] > 1
    assert sum(stats["components"]["largest"]) <= stats["nodes"]


def test_communities_are_deterministic_and_cover_every_node(sample_build) -> None:
    result, _ = sample_build
    H = simple_graph(entity_graph(result.kg))
    a, b = communities(H), communities(H)
    assert a == b
    assert sorted(n for c in a for n in c) == sorted(H.nodes)
    assert [len(c) for c in a] == sorted((len(c) for c in a), reverse=True)


def test_layout_is_deterministic_and_spreads_a_large_component() -> None:
    G = nx.relabel_nodes(nx.random_labeled_tree(700, seed=3), lambda i: f"n{i:04d}")
    G.add_edges_from([(f"n{i:04d}", f"n{i + 7:04d}") for i in range(0, 600, 13)])
    G.add_nodes_from(["lonely-1", "lonely-2"])
    a, b = layout(G), layout(G)
    assert a == b and set(a) == set(G)
    assert len(set(a.values())) > 0.95 * len(G)  # nodes do not pile up on one point
    xs = [p[0] for p in a.values()]
    assert max(xs) - min(xs) > 1000


def test_format_stats_prints_tables(sample_build) -> None:
    result, _ = sample_build
    text = format_stats(compute_stats(entity_graph(result.kg)))
    assert "Most central: Place" in text and "Largest communities" in text
    assert "湘西土家族苗族自治州" in text


def test_kg_stats_command(sample_build, tmp_path: Path) -> None:
    _, out = sample_build
    r = CliRunner().invoke(main, ["stats", "--graph", str(out), "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert "Most central: Mechanism" in r.output
    assert json.loads((tmp_path / "stats.json").read_text("utf-8")) == json.loads((out / "stats.json").read_text("utf-8"))


def test_kg_stats_without_a_graph_fails_cleanly(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["stats", "--graph", str(tmp_path / "nothing")])
    assert r.exit_code == 1
    assert "E300" in r.output


def test_small_components_are_laid_out_without_overlaps_and_with_even_edges() -> None:
    """The batched spring layout: nodes apart, edges of similar length (unit 100)."""
    import numpy as np

    shapes = [nx.random_labeled_tree(120, seed=1), nx.random_labeled_tree(40, seed=2), nx.cycle_graph(12),
              nx.star_graph(8), nx.grid_2d_graph(5, 5), nx.path_graph(3)]
    shapes = [nx.convert_node_labels_to_integers(g) for g in shapes]
    H = nx.Graph()
    for c, g in enumerate(shapes):
        H.add_edges_from((f"g{c}-{a:03d}", f"g{c}-{b:03d}") for a, b in g.edges)
    pos = layout(H)
    for c, g in enumerate(shapes):
        xy = np.array([pos[f"g{c}-{n:03d}"] for n in g], dtype=float)
        lengths = np.hypot(*(xy[[a for a, _ in g.edges]] - xy[[b for _, b in g.edges]]).T)
        apart = np.hypot(*(xy[:, None] - xy[None]).transpose(2, 0, 1))[np.triu_indices(len(g), 1)]
        assert 95 <= np.median(lengths) <= 105, len(g)
        assert apart.min() > 10, len(g)  # no two nodes on top of each other
        assert lengths.max() < 2.5 * np.median(lengths), len(g)


def test_bfs_hops_are_networkx_shortest_path_lengths() -> None:
    """The layout's numpy BFS (on its numpy CSR adjacency): loops, repeated edges, several
    components, isolated nodes."""
    import numpy as np

    from graph.analytics import _bfs, _csr

    rng = np.random.default_rng(7)
    for trial in range(60):
        n = int(rng.integers(1, 150))
        m = int(rng.integers(0, 3 * n))
        src, dst = rng.integers(0, n, m), rng.integers(0, n, m)
        G = nx.Graph()
        G.add_nodes_from(range(n))
        G.add_edges_from(zip(src.tolist(), dst.tolist(), strict=True))
        indptr, indices = _csr(n, src, dst)
        assert np.diff(indptr).tolist() == [len(G.adj[v]) for v in range(n)], trial  # degree (a loop: 1)
        for source in rng.integers(0, n, 4).tolist():
            hops = nx.single_source_shortest_path_length(G, source)
            expected = np.array([hops.get(v, np.inf) for v in range(n)])
            assert np.array_equal(_bfs(indptr, indices, source), expected), (trial, source)


def _point_sets(radius: float):
    """Random points, and points made to fall on cell borders, at exactly ``radius`` apart, or
    on top of each other."""
    import numpy as np

    rng = np.random.default_rng(11)
    for trial in range(80):
        n = int(rng.integers(0, 300))
        kind = trial % 4
        if kind == 0:
            xy = rng.normal(scale=8 * radius, size=(n, 2))
        elif kind == 1:  # a lattice of step radius/2: many pairs exactly radius apart, duplicates
            xy = rng.integers(-6, 7, size=(n, 2)) * (radius / 2)
        elif kind == 2:  # every point three times
            xy = np.repeat(rng.normal(scale=4 * radius, size=(n // 3 + 1, 2)), 3, axis=0)[:n]
        else:  # half the points on the lines x = k * radius
            xy = rng.uniform(-3 * radius, 3 * radius, size=(n, 2))
            xy[: n // 2, 0] = np.round(xy[: n // 2, 0] / radius) * radius
        yield trial, np.ascontiguousarray(xy)


def test_close_pairs_are_all_pairs_within_the_radius_in_order() -> None:
    """The grid search gives the pairs a brute-force O(n^2) comparison gives, each once, sorted."""
    import numpy as np

    from graph.analytics import _close_pairs

    for radius in (2.5, 0.7):
        for trial, xy in _point_sets(radius):
            i, j = _close_pairs(xy[:, 0].copy(), xy[:, 1].copy(), radius)
            dx = xy[:, None, 0] - xy[None, :, 0]
            dy = xy[:, None, 1] - xy[None, :, 1]
            want_i, want_j = np.nonzero(np.triu(dx * dx + dy * dy <= radius * radius, 1))  # row-major: sorted
            assert i.tolist() == want_i.tolist() and j.tolist() == want_j.tolist(), (radius, trial)


def test_close_pairs_are_the_pairs_of_a_kd_tree() -> None:
    """The same pairs as what the layout used before, scipy's ``cKDTree.query_pairs``."""
    import numpy as np

    spatial = pytest.importorskip("scipy.spatial")
    from graph.analytics import _close_pairs

    for radius in (2.5, 0.7):
        for trial, xy in _point_sets(radius):
            i, j = _close_pairs(xy[:, 0].copy(), xy[:, 1].copy(), radius)
            want = spatial.cKDTree(xy).query_pairs(radius, output_type="ndarray") if len(xy) else np.zeros((0, 2))
            assert sorted(map(tuple, want.tolist())) == list(zip(i.tolist(), j.tolist(), strict=True)), (radius, trial)


def test_the_layout_does_not_import_scipy() -> None:
    """scipy's import alone takes longer than the layout of a corpus's largest component."""
    code = ("import sys, networkx as nx; from graph.analytics import layout, _SPRING_MAX; "
            "G = nx.random_labeled_tree(_SPRING_MAX + 200, seed=1); layout(nx.relabel_nodes(G, str)); "
            "print(sorted(m for m in sys.modules if m == 'scipy' or m.startswith('scipy.')))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_a_background_inference_stays_in_the_rdf_but_out_of_the_network(tmp_path: Path) -> None:
    """A report's measures inferred to be its title place's (relations.practices_title) are in
    graph.ttl with their provenance, but not in the network, from the model or from the RDF."""
    from rdflib import Graph

    from graph.build import build
    from graph.namespaces import KG

    doc = tmp_path / "report.txt"
    doc.write_text("2026年山东省政府工作报告\n各位代表：\n深入实施城乡居民增收计划，完善揭榜挂帅机制。\n"
                   "青岛市推行“一企一策”制度。\n", encoding="utf-8")
    result = build([doc], out=tmp_path / "out", formats=("ttl",))
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    inferred = {(str(g.value(a, KG.rule)), str(g.value(a, KG.stated))) for a in g.subjects(KG.rule, None)
                if str(g.value(a, KG.rule)) == "relations.practices_title"}
    assert inferred == {("relations.practices_title", "false")}
    by_label = {d["label"]: n for n, d in entity_graph(result.kg).nodes(data=True)}
    for G in (entity_graph(result.kg), rdf_entity_graph(g)):
        practised = {(G.nodes[s]["label"], G.nodes[o]["label"]) for s, o, p in G.edges(keys=True) if p == "practices"}
        assert practised == {("青岛市", "一企一策")}
        assert by_label["山东省"] in G and by_label["揭榜挂帅机制"] in G  # the things stay, the edge goes
    # the RDF keeps the relation itself: users query inferred facts too
    assert len(list(g.triples((None, KG.practices, None)))) == 3
    # and the page draws the network: the measures are there, the edges to the title place are not
    from graph.export.html import page_data

    data = page_data(result.kg)
    names = [n[1] for n in data["nodes"]]
    drawn = {(names[a], names[b]) for a, b, pred, _ in data["edges"] if pred == "practices"}
    assert drawn == {("青岛市", "一企一策")} and "揭榜挂帅机制" in names
