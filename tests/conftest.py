"""Shared fixtures: the bundled sample, a graph built from it once per session, paths."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
GOLDEN = Path(__file__).parent / "golden"
ROOT = Path(__file__).parent.parent
SAMPLE = DATA / "rural-party-service.txt"
GOLD = DATA / "rural-party-service.gold.json"


#: real sentences in a few small files of three types, built with the sample (tests of the
#: engines, the cache and kg watch)
DOCS = {
    "a.txt": "繁昌县确立了以“双联系”为主要内容的工作机制。\n党的十八大强调加强基层服务型党组织建设。\n",
    "b.txt": "吉林省延边朝鲜族自治州龙井市推行“五星评比”制度。\n",
    "c.md": "# 乡村振兴\n\n2021年,全村集体经济收入超过50万元。\n",
}


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """A folder of :data:`DOCS` and the sample."""
    import shutil

    d = tmp_path / "docs"
    d.mkdir()
    for name, text in DOCS.items():
        (d / name).write_text(text, "utf-8")
    shutil.copy(SAMPLE, d / SAMPLE.name)
    return d


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite golden files from current output.")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text("utf-8")


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory):
    """The sample built once: (BuildResult, out folder)."""
    from graph.build import build

    out = tmp_path_factory.mktemp("sample-out")
    result = build([SAMPLE], out=out, base=ROOT)
    return result, out


@pytest.fixture(scope="session")
def sample_graph(sample_build):
    from rdflib import Graph

    _, out = sample_build
    return Graph().parse(out / "graph.ttl", format="turtle")


def doc_of(text: str, path: str = "t.txt"):
    """A Document made from a string, as the reader would make it."""
    from graph.io import make_document

    return make_document(text, path=path)
