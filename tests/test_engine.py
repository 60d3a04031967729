"""Parallel, incremental and distributed builds give the same graph as a plain one."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.build import build
from tests.conftest import DOCS, SAMPLE


def _ttl(out: Path) -> bytes:
    return (out / "graph.ttl").read_bytes()


@pytest.mark.slow
def test_two_jobs_give_byte_identical_output(folder: Path, tmp_path: Path) -> None:
    build([folder], out=tmp_path / "one", jobs=1, formats=("ttl",), base=folder)
    build([folder], out=tmp_path / "two", jobs=2, formats=("ttl",), base=folder)
    assert _ttl(tmp_path / "one") == _ttl(tmp_path / "two")


@pytest.mark.parametrize("jobs", [1, 2])
def test_incremental_build_reextracts_only_what_changed(folder: Path, tmp_path: Path, jobs: int) -> None:
    out = tmp_path / "out"
    first = build([folder], out=out, cache=True, formats=("ttl",), base=folder, jobs=jobs)
    assert first.stats["cache_misses"] == 4 and first.stats["cache_hits"] == 0
    again = build([folder], out=out, cache=True, formats=("ttl",), base=folder, jobs=jobs)
    assert again.stats == {"cache_hits": 4, "cache_misses": 0, "cache_pruned": 0, "skipped": []}
    assert _ttl(out) == _ttl(out)  # (same file) the rebuilt graph is written again
    (folder / "b.txt").write_text(DOCS["b.txt"] + "花垣县团结镇党委推行“一村一品”模式。\n", "utf-8")
    # with 2 jobs the changed document goes to a worker while the cache is read
    changed = build([folder], out=out, cache=True, formats=("ttl",), base=folder, jobs=jobs)
    assert changed.stats["cache_hits"] == 3 and changed.stats["cache_misses"] == 1
    assert changed.stats["cache_pruned"] == 1  # the old b.txt entry
    build([folder], out=tmp_path / "fresh", formats=("ttl",), base=folder)
    assert _ttl(out) == _ttl(tmp_path / "fresh")


def test_deleting_a_document_removes_its_facts(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([folder], out=out, cache=True, formats=("ttl",), base=folder)
    assert "五星评比".encode() in _ttl(out)
    (folder / "b.txt").unlink()
    after = build([folder], out=out, cache=True, formats=("ttl",), base=folder)
    assert after.stats["cache_pruned"] == 1
    assert "b.txt".encode() not in _ttl(out)
    assert "五星评比".encode() not in _ttl(out)
    assert "延边朝鲜族自治州".encode() not in _ttl(out)


def test_a_changed_pipeline_invalidates_the_cache(folder: Path, tmp_path: Path, monkeypatch) -> None:
    import graph.cache as cache

    out = tmp_path / "out"
    build([folder], out=out, cache=True, formats=("ttl",), base=folder)
    monkeypatch.setattr(cache, "fingerprint", lambda: "another-pipeline")
    again = build([folder], out=out, cache=True, formats=("ttl",), base=folder)
    assert again.stats["cache_hits"] == 0 and again.stats["cache_misses"] == 4


def test_a_damaged_cache_entry_is_rebuilt_not_trusted(folder: Path, tmp_path: Path) -> None:
    from graph.cache import MAGIC

    out = tmp_path / "out"
    build([folder], out=out, cache=True, formats=("ttl",), base=folder)
    good = _ttl(out)
    for p in (out / "cache").glob("*/*.pickle"):
        p.write_bytes(MAGIC + b"garbage")
    again = build([folder], out=out, cache=True, formats=("ttl",), base=folder)
    assert again.stats["cache_hits"] == 0
    assert _ttl(out) == good


def test_a_moved_document_is_a_cache_hit_and_its_section_names_the_new_path(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([folder], out=out, cache=True, formats=("ttl",), base=folder)
    (folder / "sub").mkdir()
    (folder / "b.txt").rename(folder / "sub" / "moved.txt")
    again = build([folder], out=out, cache=True, formats=("ttl",), base=folder)
    assert again.stats["cache_hits"] == 4 and again.stats["cache_misses"] == 0
    assert '"sub/moved.txt"'.encode() in _ttl(out) and b'"b.txt"' not in _ttl(out)
    build([folder], out=tmp_path / "fresh", formats=("ttl",), base=folder)
    assert _ttl(out) == _ttl(tmp_path / "fresh")


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_graph(folder: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    build([folder], out=tmp_path / "local", formats=("ttl",), base=folder)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                                  processes=True) as cluster:
        build([folder], out=tmp_path / "dask", formats=("ttl",), base=folder, engine="dask",
              scheduler=cluster.scheduler_address)
    assert _ttl(tmp_path / "local") == _ttl(tmp_path / "dask")


def test_what_a_worker_sends_back_survives_pickling_unchanged(folder: Path) -> None:
    """Workers and the cache pass results as pickles, with the model's own state functions."""
    import pickle

    from graph.engine import process_source
    from graph.io import discover

    sources, _ = discover([folder / "a.txt", folder / SAMPLE.name], base=folder)
    for src in sources:
        done = process_source(src)
        again = pickle.loads(pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL))
        assert again == done and again.extraction.mentions and again.extraction.sentences
        assert type(again.extraction.mentions[0]).__getstate__(again.extraction.mentions[0]) == tuple(
            getattr(again.extraction.mentions[0], f) for f in again.extraction.mentions[0].__dataclass_fields__)
