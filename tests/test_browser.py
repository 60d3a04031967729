"""The graph browser in a real headless Chromium: offline, draws, searches, shows evidence, runs
nothing from documents.

Needs Debian's chromium (/usr/bin/chromium) and the playwright package (never `playwright
install`). Where CI=true a missing browser fails these tests; elsewhere they are skipped.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tests cannot run: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Page:
    """A page opened from disk with every request off the file recorded and blocked."""

    def __init__(self, browser, path: Path) -> None:  # noqa: ANN001
        self.url = path.resolve().as_uri()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.route("**/*", lambda route: route.continue_() if route.request.url == self.url else route.abort())
        self.page.goto(self.url)
        self.page.wait_for_function("window.kgFirstDraw !== undefined", timeout=30000)

    def foreign_requests(self) -> list[str]:
        return [u for u in self.requests if u != self.url]


@pytest.fixture(scope="module")
def sample(browser, sample_build):
    _, out = sample_build
    page = Page(browser, out / "graph.html")
    yield page
    page.page.close()


def _id_of(result, label: str) -> str:
    return next(e.id for e in result.kg.entities if e.label == label)


def test_page_draws_offline_without_errors(sample, sample_build) -> None:
    result, _ = sample_build
    pg = sample.page
    assert pg.locator("#net canvas").count() == 1
    n = len(result.kg.entities) + sum(1 + len(d.parts) for d in result.kg.documents)
    assert pg.evaluate("kg.nodes.length") == n
    assert pg.evaluate("kg.nodeView.length") == n  # small graph: everything shown
    assert pg.evaluate("kg.edgeView.length") > 100
    assert sample.foreign_requests() == []
    assert sample.errors == []
    assert pg.evaluate("document.characterSet") == "UTF-8"


def test_search_finds_a_township_and_focuses_it(sample, sample_build) -> None:
    result, _ = sample_build
    pg = sample.page
    pg.fill("#search", "枫泾")
    assert "枫泾镇" in pg.locator("#results li").first.inner_text()
    pg.fill("#search", "枫泾镇")
    pg.press("#search", "Enter")
    assert pg.evaluate("kg.network.getSelectedNodes()") == [_id_of(result, "枫泾镇")]
    assert pg.locator("#evidence h2").inner_text() == "枫泾镇"
    assert "金山区" in pg.locator("#evidence dl").inner_text()  # the parent chain


def test_search_matches_aliases(sample) -> None:
    labels = sample.page.evaluate("kg.search('湘西').map(n => n.label)")
    assert "湘西土家族苗族自治州" in labels


def test_clicking_a_node_shows_its_sentences(sample, sample_build) -> None:
    result, _ = sample_build
    pg = sample.page
    town = _id_of(result, "枫泾镇")
    pg.evaluate(f"kg.focusNode({town!r})")  # bring it into view, then click it for real
    pg.evaluate("kg.network.unselectAll()")
    x, y = pg.evaluate(f"(() => {{ const p = kg.network.canvasToDOM(kg.network.getPosition({town!r})); "
                       "const r = document.getElementById('net').getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; })()")
    pg.mouse.click(x, y)
    assert pg.evaluate("kg.network.getSelectedNodes()") == [town]
    marks = pg.locator("#evidence .sentence mark").all_inner_texts()
    assert "枫泾镇" in marks and set(marks) <= {"枫泾镇", "枫泾"}  # the name and its short form
    assert "对沪郊农村基层党组织增强服务功能的实证研究" in pg.locator("#evidence .sentence .source").first.inner_text()
    dimmed = pg.evaluate("kg.nodes.get().filter(n => n.group === 'dim').length")
    assert 0 < dimmed < pg.evaluate("kg.nodes.length")  # the neighbourhood stays lit


def test_edge_evidence_names_the_sentence(sample, sample_build) -> None:
    result, _ = sample_build
    pg = sample.page
    pg.evaluate(f"kg.focusNode({_id_of(result, '枫泾镇')!r})")
    row = pg.locator("#evidence li", has_text="位于 金山区").first
    row.locator("button", has_text="出处").click()
    assert "位于" in pg.locator("#evidence h2").inner_text()
    sentence = pg.locator("#evidence .sentence").first
    assert "枫泾镇" in sentence.locator("mark:not(.object)").all_inner_texts()
    assert "金山区" in sentence.locator("mark.object").all_inner_texts()


def test_filters_and_switches(sample, sample_build) -> None:
    result, _ = sample_build
    pg = sample.page
    town = _id_of(result, "枫泾镇")
    total = pg.evaluate("kg.nodeView.length")
    pg.uncheck("#kind-Place")
    assert pg.evaluate(f"kg.nodeView.get({town!r})") is None
    pg.check("#kind-Place")
    part2 = result.kg.documents[0].parts[1].id
    pg.select_option("#doc-filter", part2)
    assert pg.evaluate(f"kg.nodeView.get({town!r})") is None  # named in paper 1 only
    assert 0 < pg.evaluate("kg.nodeView.length") < total
    pg.select_option("#doc-filter", "")
    pg.uncheck("#pred-locatedIn")
    assert pg.evaluate("kg.edgeView.get().every(e => !e.title.includes('located in'))")
    pg.check("#pred-locatedIn")
    pg.select_option("#edge-labels", "en")
    assert "located in" in pg.evaluate("kg.edges.get().map(e => e.label)")
    pg.select_option("#edge-labels", "zh")
    assert "位于" in pg.evaluate("kg.edges.get().map(e => e.label)")
    pg.select_option("#colour-by", "community")
    assert pg.evaluate("kg.nodes.get().every(n => n.group === 'dim' || n.group.startsWith('c'))")
    pg.select_option("#colour-by", "kind")
    assert sample.errors == []


XSS_TITLE = "<script>alert('title')</script>金山区工作报告"
XSS_LINES = [
    "上海市金山区推行“<img src=x onerror=alert(1)>”工作法。",
    "金山区枫泾镇提出“</script><script>alert(2)</script>”口号。",
    "金山区另见<a href=\"javascript:alert(3)\">链接</a>和javascript:alert(4)。",
]


def test_payloads_in_documents_stay_text(browser, tmp_path: Path) -> None:
    from graph.build import build

    doc = tmp_path / "xss.txt"
    doc.write_text(XSS_TITLE + "\n" + "\n".join(XSS_LINES) + "\n", "utf-8")
    result = build([doc], out=tmp_path / "out", formats=("html",), base=tmp_path)
    page = Page(browser, tmp_path / "out" / "graph.html")
    pg = page.page
    try:
        district = next(e.id for e in result.kg.entities if e.label == "金山区")
        pg.evaluate(f"kg.focusNode({district!r})")
        text = pg.locator("#evidence").inner_text()
        for needle in ("<img src=x onerror=alert(1)>", "</script><script>alert(2)</script>", 'href="javascript:alert(3)"'):
            assert needle in text
        assert XSS_TITLE in pg.locator("#doc-filter").inner_text()
        pg.fill("#search", "script")
        pg.press("#search", "Enter")
        assert pg.evaluate("document.querySelectorAll('img, a, iframe, object').length") == 0
        assert pg.evaluate("document.querySelectorAll('script').length") == 3
        assert page.dialogs == []
        assert page.errors == []
        assert page.foreign_requests() == []
    finally:
        pg.close()


def test_screenshot(sample, tmp_path: Path, update_golden: bool) -> None:
    """A picture of the sample's graph; ``--update-golden`` also writes it to docs/graph.png."""
    pg = sample.page
    pg.evaluate("kg.network.unselectAll(); document.getElementById('panel').hidden = true")
    pg.fill("#search", "")
    pg.select_option("#colour-by", "kind")
    pg.evaluate("kg.focusNode(kg.search('枫泾镇')[0].id)")
    pg.evaluate("kg.network.focus(kg.search('枫泾镇')[0].id, {scale: 0.8, offset: {x: -190, y: 0}, animation: false})")
    pg.mouse.move(5, 880)  # no tooltip in the picture
    pg.wait_for_timeout(400)
    shot = tmp_path / "graph.png"
    pg.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if update_golden:
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copyfile(shot, ROOT / "docs" / "graph.png")
