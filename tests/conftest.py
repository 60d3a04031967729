"""Shared fixtures: the bundled sample, a graph built from it once per session, paths."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
GOLDEN = Path(__file__).parent / "golden"
ROOT = Path(__file__).parent.parent
SAMPLE = DATA / "rural-party-service.txt"
GOLD = DATA / "rural-party-service.gold.json"


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
