"""Every `kg` command through click's runner, bad input, and the README documenting them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from graph.cli import main
from tests.conftest import GOLD, ROOT, SAMPLE


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_build_default_is_the_bundled_sample(runner: CliRunner, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "out"
    r = runner.invoke(main, ["build", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert "Read 1 document(s) (3 papers inside)" in r.output
    assert f"wrote turtle: {out / 'graph.ttl'}" in r.output
    assert (out / "graph.html").exists()


def test_build_says_what_the_cache_reused(runner: CliRunner, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("党的十八大强调加强基层服务型党组织建设。", "utf-8")
    (docs / "b.txt").write_text("金山区枫泾镇推行“三访”工作机制。", "utf-8")
    out = str(tmp_path / "out")
    first = runner.invoke(main, ["build", str(docs), "--out", out, "--jobs", "1"])
    assert "Cache: 0 document(s) reused, 2 extracted." in first.output, first.output
    (docs / "b.txt").write_text("金山区枫泾镇推行“三访”工作机制和“双联系”制度。", "utf-8")
    again = runner.invoke(main, ["build", str(docs), "--out", out, "--jobs", "1"])
    assert "Cache: 1 document(s) reused, 1 extracted; 1 old cache entry removed." in again.output, again.output
    plain = runner.invoke(main, ["build", str(docs), "--out", out, "--no-cache"])
    assert "Cache:" not in plain.output


def test_build_bad_inputs_each_get_one_line_and_status_1(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "x.pdfx").write_text("?", "utf-8")
    good = tmp_path / "good.txt"
    good.write_text("党的十八大强调加强基层服务型党组织建设。", "utf-8")
    r = runner.invoke(main, ["build", str(good), str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"),
                             str(tmp_path / "x.pdfx"), "--out", str(tmp_path / "out")])
    assert r.exit_code == 1
    errs = [line for line in r.output.splitlines() if line.startswith("error:")]
    assert len(errs) == 3
    assert any("empty.txt" in e and "empty" in e for e in errs)
    assert any("missing.txt" in e and "no such" in e for e in errs)
    assert any("x.pdfx" in e and "unsupported" in e for e in errs)
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_build_with_nothing_readable_writes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    r = runner.invoke(main, ["build", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert r.exit_code == 1
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_query_eval_validate_on_a_built_graph(runner: CliRunner, sample_build) -> None:
    _, out = sample_build
    r = runner.invoke(main, ["query", "--graph", str(out), "--format", "csv",
                             "SELECT ?t WHERE { ?d kg:partNumber 1 ; dcterms:title ?t }"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines() == ["t", "对沪郊农村基层党组织增强服务功能的实证研究"]
    r = runner.invoke(main, ["eval", str(GOLD), "--graph", str(out)])
    assert r.exit_code == 0, r.output
    assert "| Place |" in r.output and "| practices |" in r.output
    r = runner.invoke(main, ["validate", "--graph", str(out)])
    assert r.exit_code == 0, r.output


def test_query_from_file_and_errors(runner: CliRunner, sample_build, tmp_path: Path) -> None:
    _, out = sample_build
    q = tmp_path / "q.rq"
    q.write_text("ASK { ?d a kg:Document }", "utf-8")
    assert runner.invoke(main, ["query", "--graph", str(out), "--file", str(q)]).output.strip() == "yes"
    r = runner.invoke(main, ["query", "--graph", str(out), "SELECT ?x WHERE { ?x a "])
    assert r.exit_code == 1 and "line 1, column" in r.output
    r = runner.invoke(main, ["query", "--graph", str(tmp_path / "none"), "ASK {}"])
    assert r.exit_code == 1 and "kg build" in r.output
    assert runner.invoke(main, ["query"]).exit_code == 2


def test_eval_bad_gold(runner: CliRunner, sample_build, tmp_path: Path) -> None:
    _, out = sample_build
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    r = runner.invoke(main, ["eval", str(bad), "--graph", str(out)])
    assert r.exit_code == 1 and "bad.json" in r.output and "line 1" in r.output


def test_python_dash_m_graph_is_an_alias() -> None:
    r = subprocess.run([sys.executable, "-m", "graph", "--help"], capture_output=True, text=True, check=True)
    assert "build" in r.stdout and "query" in r.stdout


def _commands(group: click.Group, prefix: str = "kg"):  # noqa: ANN202
    for name, cmd in sorted(group.commands.items()):
        yield f"{prefix} {name}", cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, f"{prefix} {name}")


def test_readme_documents_every_command_and_option() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for name, cmd in _commands(main):
        assert f"`{name}" in readme, f"README does not document {name}"
        for p in cmd.params:
            for opt in getattr(p, "opts", []):
                if opt.startswith("--") and opt not in ("--help",):
                    assert re.search(rf"{re.escape(opt)}\b", readme), f"README does not document {name} {opt}"


def test_readme_quick_start_is_two_commands_and_ci_runs_the_second() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    block = readme.split("## Quick start", 1)[1].split("```", 2)[1]
    cmds = [line for line in block.splitlines()[1:] if line.strip() and not line.startswith("#")]
    assert len(cmds) == 2, cmds
    assert "kg build" in cmds[0]
    assert "pytest" in cmds[1]
    assert cmds[1].strip() in (ROOT / ".ci" / "run").read_text("utf-8")
    assert SAMPLE.read_bytes() == (ROOT / "examples" / SAMPLE.name).read_bytes()


def test_the_program_ends_without_a_last_collection(tmp_path: Path) -> None:
    """``kg`` (graph.cli.run) freezes what is alive before the interpreter's exit collection,
    and still exits with the command's status and output; ``main`` alone (the library's
    entry, which tests call in-process) freezes nothing."""
    probe = ("import atexit, gc, sys\n"
             "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0))\n"
             "from graph.cli import main, run\n"
             "(run if sys.argv[1] == 'run' else main)(sys.argv[2:])\n")
    for entry, frozen in (("run", True), ("main", False)):
        r = subprocess.run([sys.executable, "-c", probe, entry, "--version"], capture_output=True, text=True,
                           cwd=ROOT, timeout=60)
        assert r.returncode == 0, r.stderr
        assert r.stdout.splitlines()[0].startswith("kg, version"), r.stdout
        assert r.stdout.splitlines()[-1] == f"frozen {frozen}", (entry, r.stdout)
    bad = subprocess.run([sys.executable, "-c", probe, "run", "query", "--graph", str(tmp_path / "none.ttl"), "x"],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert bad.returncode != 0 and "error:" in bad.stderr, bad.stderr
