"""``kg watch``: a resident build writes what a fresh build of the same inputs writes, and
reuses its work between builds."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from graph.build import build
from graph.watch import LiveBuild, relevant, watch
from tests.conftest import DOCS, SAMPLE

FILES = ("graph.ttl", "graph.jsonld", "stats.json", "graph.html", "graph.graphml")


def _same_as_fresh(folder: Path, out: Path, fresh: Path) -> None:
    build([folder], out=fresh, base=folder, formats=("ttl", "jsonld", "stats", "html", "graphml"))
    for name in FILES:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


@pytest.mark.parametrize("jobs", [1, 2])
def test_rebuilds_write_what_a_fresh_build_writes(folder: Path, tmp_path: Path, jobs: int) -> None:
    live = LiveBuild(paths=[folder], out=tmp_path / "out", base=folder, jobs=jobs,
                     formats=("ttl", "jsonld", "stats", "html", "graphml"))
    live.build()
    # a document changed: a new county, a new mechanism
    (folder / "b.txt").write_text(DOCS["b.txt"] + "花垣县双龙镇党委推行“一村一品”模式。\n", "utf-8")
    changed = live.build()
    assert changed.stats["cache_misses"] == 1 and changed.stats["cache_hits"] == 3
    assert "一村一品".encode() in (tmp_path / "out" / "graph.ttl").read_bytes()
    _same_as_fresh(folder, tmp_path / "out", tmp_path / "fresh1")
    # a document deleted: its facts go
    (folder / "b.txt").unlink()
    after = live.build()
    assert len(after.kg.documents) == 3
    assert "五星评比".encode() not in (tmp_path / "out" / "graph.ttl").read_bytes()
    _same_as_fresh(folder, tmp_path / "out", tmp_path / "fresh2")


def test_unchanged_documents_keep_their_entities_and_serialisation(folder: Path, tmp_path: Path) -> None:
    live = LiveBuild(paths=[folder], out=tmp_path / "out", base=folder, formats=("ttl",))
    first = live.build()
    before = {e.id: e for e in first.kg.entities}
    things = dict(live.warm.things.subjects)
    (folder / "b.txt").write_text(DOCS["b.txt"] + "龙井市推行“五星评比”制度。\n", "utf-8")
    second = live.build()
    after = {e.id: e for e in second.kg.entities}
    (sample,) = [d.id for d in second.kg.documents if d.path.endswith(SAMPLE.name)]
    sample_only = [i for i, e in after.items() if {m.doc_id for m in e.mentions} == {sample}]
    assert sample_only and all(after[i] is before[i] for i in sample_only)  # reused, not merged again
    # the mechanism b.txt names twice now is made again, with both mentions
    (mech,) = [e for e in second.kg.entities if e.label == "五星评比"]
    assert mech is not before[mech.id] and len(mech.mentions) == 2
    iri = f"https://w3id.org/cnpolkg/id/{mech.id}"
    assert live.warm.things.subjects[iri] is not things[iri]
    assert all(live.warm.things.subjects[f"https://w3id.org/cnpolkg/id/{i}"] is things[f"https://w3id.org/cnpolkg/id/{i}"]
               for i in sample_only)


def test_the_output_folder_and_hidden_files_are_not_watched(tmp_path: Path) -> None:
    keep = relevant(tmp_path / "out")
    assert keep(None, str(tmp_path / "in" / "报告.txt"))
    assert keep(None, str(tmp_path / "in" / "报告.docx"))
    assert not keep(None, str(tmp_path / "out" / "text" / "报告.txt"))  # the tool's own writes
    assert not keep(None, str(tmp_path / "out" / "graph.html"))
    assert not keep(None, str(tmp_path / "in" / ".报告.txt.swp"))
    assert not keep(None, str(tmp_path / "in" / "图片.png"))


def test_an_output_folder_inside_the_input_is_not_read_back(folder: Path) -> None:
    first = build([folder], out=folder / "out", base=folder, formats=("ttl", "text", "html"))
    assert (folder / "out" / "text").is_dir()
    again = build([folder], out=folder / "out", base=folder, formats=("ttl", "text", "html"))
    assert len(again.kg.documents) == len(first.kg.documents) == 4


@pytest.mark.slow
def test_watch_rebuilds_when_a_document_is_added(folder: Path, tmp_path: Path) -> None:
    live = LiveBuild(paths=[folder], out=tmp_path / "out", base=folder, formats=("ttl",))
    stop = threading.Event()
    reports: list[tuple[int, int]] = []
    rebuilt = threading.Event()

    def report(result, seconds: float, changed: int) -> None:  # noqa: ANN001
        reports.append((len(result.kg.documents), changed))
        if changed:
            rebuilt.set()

    thread = threading.Thread(target=watch, args=(live,), kwargs={"report": report, "stop": stop, "debounce_ms": 50})
    thread.start()
    try:
        for _ in range(300):  # the first build
            if reports:
                break
            threading.Event().wait(0.1)
        threading.Event().wait(0.5)  # the watcher is set up after the first build
        (folder / "c.txt").write_text("湘西州推行“三访”制度。\n", "utf-8")
        assert rebuilt.wait(30), reports
    finally:
        stop.set()
        thread.join(30)
    assert reports[0] == (4, 0) and reports[-1][0] == 5
    assert "三访".encode() in (tmp_path / "out" / "graph.ttl").read_bytes()


def test_a_file_input_is_watched_through_its_folder(tmp_path: Path) -> None:
    from graph.watch import roots

    doc = tmp_path / "in" / "报告.txt"
    doc.parent.mkdir()
    doc.write_text("繁昌县推行“双联系”。", "utf-8")
    assert roots([doc]) == [doc.parent.resolve()]
    keep = relevant(tmp_path / "out", [doc])
    assert keep(None, str(doc))
    assert not keep(None, str(doc.parent / "其他.txt"))  # a neighbour that is not an input


def test_a_resident_build_runs_without_the_collector_and_settles_while_idle(folder: Path, tmp_path: Path,
                                                                            monkeypatch) -> None:
    """The collector is paused for a whole rebuild (its oldest generation walked the corpus the
    process keeps, to find nothing); settle() collects what the build left and freezes what
    lives on, so the next build's collections skip it, and turns the collector back on."""
    import gc

    import graph.watch as watch_module

    seen: list[bool] = []
    real_build = watch_module.build

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        seen.append(gc.isenabled())
        return real_build(*args, **kwargs)

    monkeypatch.setattr(watch_module, "build", spy)
    live = LiveBuild(paths=[folder], out=tmp_path / "out", base=folder, formats=("ttl",))
    assert gc.isenabled()
    live.build()
    assert seen == [False] and gc.isenabled()
    try:
        live.settle()
        assert gc.get_freeze_count() > 0 and gc.isenabled()
    finally:
        gc.unfreeze()


def test_a_file_changed_to_the_same_size_and_time_is_read_again(folder: Path, tmp_path: Path) -> None:
    """A resident build keeps each input's key by its file status (graph.build.Warm.keys); a write
    moves the ctime, which no tool can set back, so a change that keeps the size and puts the
    modification time back is still seen."""
    import os

    live = LiveBuild(paths=[folder], out=tmp_path / "out", base=folder, formats=("ttl",))
    live.build()
    b = folder / "b.txt"
    st = b.stat()
    text = DOCS["b.txt"].replace("五星评比", "三星评比")
    assert len(text.encode()) == st.st_size
    b.write_text(text, "utf-8")
    os.utime(b, ns=(st.st_atime_ns, st.st_mtime_ns))  # the old modification time
    second = live.build()
    assert second.stats["cache_misses"] == 1
    assert "三星评比".encode() in (tmp_path / "out" / "graph.ttl").read_bytes()
    third = live.build()  # nothing changed: no file read again, nothing extracted
    assert third.stats["cache_misses"] == 0
