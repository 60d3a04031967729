"""The `kg` command: one click group, one thin function per command.

The library does the work and raises ``GraphError``s; this module turns them into one line
on stderr and an exit status. Data goes to stdout; progress and logs go to stderr.
Heavy imports happen inside the commands so that ``kg --help`` stays fast.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from graph import __version__
from graph.errors import GraphError

EXAMPLES = Path("examples")
EXIT_INPUT = 1  # some inputs failed (the rest were built)
EXIT_USAGE = 2


def run(args: list[str] | None = None) -> None:
    """The ``kg`` program (and ``python -m graph``): :func:`main`, then the process ends
    without a last collection over what the command built (:func:`graph.gcpause.exiting`)."""
    from graph.gcpause import exiting

    try:
        main(args)
    finally:
        exiting()


def _fail(e: GraphError, status: int = 1) -> None:
    click.echo(f"error: {e}", err=True)
    sys.exit(status)


def default_inputs() -> list[Path]:
    """The bundled sample in examples/ (run from the repository root)."""
    return [EXAMPLES]


#: --jobs, as kg build and kg watch take it
_JOBS = click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                     help="Worker processes for extraction (default: all cores).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-v info, -vv debug).")
def main(verbose: int) -> None:
    """Build and query knowledge graphs of Chinese policy documents."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out", type=click.Path(path_type=Path, file_okay=False), default=Path("out"),
              show_default=True, help="Folder to write graph.ttl, graph.jsonld and graph.html into.")
@_JOBS
@click.option("--cache/--no-cache", default=True, show_default=True,
              help="Keep per-document extractions in DIR/cache/ and re-extract only new or changed documents.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run extraction in local processes or on a Dask distributed cluster.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Dask scheduler address (tcp://host:8786) for --engine dask; default: a local cluster.")
@click.option("--store", "with_store", is_flag=True,
              help="Also write DIR/store/, an Oxigraph database that kg query and kg serve reopen without parsing.")
def build(paths: tuple[Path, ...], out: Path, jobs: int | None, cache: bool, engine: str,
          scheduler: str | None, with_store: bool) -> None:
    """Build the graph of PATHS (files or folders of .txt/.md/.docx/.pdf/.html; default: the bundled sample)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from graph.build import build as run_build

    console = Console(stderr=True)
    inputs = list(paths) or default_inputs()
    progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=console, transient=True)

    def start(total: int):  # noqa: ANN202
        if total < 5:
            return lambda: None
        progress.start()
        task = progress.add_task("extract", total=total)
        return lambda: progress.advance(task)

    try:
        from graph.engine import default_jobs

        from graph.build import DEFAULT_FORMATS

        result = run_build(inputs, out=out, progress=start, jobs=jobs or default_jobs(), cache=cache,
                           engine=engine, scheduler=scheduler,
                           formats=(*DEFAULT_FORMATS, "store") if with_store else DEFAULT_FORMATS)
    finally:
        progress.stop()
    for e in result.errors:
        click.echo(f"error: {e}", err=True)
    if not result.kg.documents:
        click.echo("error: no document could be read; nothing was written", err=True)
        sys.exit(EXIT_INPUT)
    _summary(result)
    if skipped := result.stats.get("skipped"):
        click.echo(f"skipped {len(skipped)} file(s) of unsupported types (each named above)", err=True)
    if result.errors:
        sys.exit(EXIT_INPUT)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out", type=click.Path(path_type=Path, file_okay=False), default=Path("out"),
              show_default=True, help="Folder to write the graph into (its files are not watched).")
@_JOBS
def watch(paths: tuple[Path, ...], out: Path, jobs: int | None) -> None:
    """Build PATHS, then rebuild each time a document is added, changed or deleted (Ctrl-C stops).

    The process stays warm between builds (jieba, the lexicons, every document's extraction
    and the linked graph in memory), so a rebuild re-extracts only what changed.
    """
    from graph.engine import default_jobs
    from graph.watch import LiveBuild, watch as run_watch

    inputs = list(paths) or default_inputs()
    live = LiveBuild(paths=inputs, out=out, jobs=jobs or default_jobs())

    def report(result, seconds: float, changed: int) -> None:  # noqa: ANN001 - graph.build.BuildResult
        for e in result.errors:
            click.echo(f"error: {e}", err=True)
        st = result.stats
        what = "built" if not changed else f"rebuilt after {changed} change(s)"
        click.echo(f"{what} in {seconds:.2f} s: {len(result.kg.documents)} document(s) "
                   f"({st.get('cache_misses', 0)} extracted), {len(result.kg.entities)} entities, "
                   f"{result.triples} triples -> {out}", err=True)

    click.echo(f"watching {', '.join(map(str, inputs))} (Ctrl-C to stop)", err=True)
    run_watch(live, report=report)


def _summary(result) -> None:  # noqa: ANN001 - graph.build.BuildResult
    from rich.console import Console
    from rich.table import Table

    console = Console(soft_wrap=True)
    kg = result.kg
    parts = sum(len(d.parts) for d in kg.documents)
    console.print(f"Read {len(kg.documents)} document(s)" + (f" ({parts} papers inside)" if parts else "")
                  + f"; {len(kg.entities)} entities, {len(kg.relations)} relations, {result.triples} triples.")
    if "cache_hits" in result.stats:
        st = result.stats
        dropped = f"; {st['cache_pruned']} old cache entr{'y' if st['cache_pruned'] == 1 else 'ies'} removed" \
            if st["cache_pruned"] else ""
        console.print(f"Cache: {st['cache_hits']} document(s) reused, {st['cache_misses']} extracted{dropped}.")
    t = Table("entities", "count", "relations", "count")
    ents = sorted(result.entity_counts().items())
    rels = sorted(result.relation_counts().items())
    for i in range(max(len(ents), len(rels))):
        e = ents[i] if i < len(ents) else ("", "")
        r = rels[i] if i < len(rels) else ("", "")
        t.add_row(e[0], str(e[1]), r[0], str(r[1]))
    console.print(t)
    for name, path in result.files.items():
        click.echo(f"wrote {name}: {path}")


@main.command()
@click.argument("sparql", required=False, metavar="[NAME|SPARQL]")
@click.option("--file", "qfile", type=click.Path(path_type=Path, dir_okay=False), help="Read the query from a .rq file.")
@click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=None,
              help="A graph file or build folder (default: out/graph.ttl).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml"]), default="table",
              show_default=True, help="Output format (CONSTRUCT/DESCRIBE: Turtle, or JSON-LD with json).")
@click.option("--bind", "binds", multiple=True, metavar="VAR=VALUE",
              help="Bind a variable (repeatable): a name (金山区), an IRI (kg:practices, <…>) or \"text\"@zh.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and the variables they take.")
@click.option("--backend", type=click.Choice(["auto", "rdflib", "oxigraph"]), default="auto", show_default=True,
              help="Query engine: auto uses DIR/store (Oxigraph) when built or the graph is large, else rdflib.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Return at most this many rows.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=None, help="Give up after this many seconds.")
def query(sparql: str | None, qfile: Path | None, graph_path: Path | None, fmt: str, binds: tuple[str, ...],
          list_queries: bool, backend: str, limit: int | None, timeout: float | None) -> None:
    """Run a named query or SPARQL (SELECT, ASK, CONSTRUCT, DESCRIBE) on a built graph."""
    from graph.query import format_result, named_queries, parse_bindings, plain_bindings
    from graph.store import open_store

    if list_queries:
        for nq in named_queries().values():
            params = " ".join(f"[--bind {p.name}=…]" for p in nq.params)
            click.echo(f"{nq.name} {params}\n    {nq.title}")
        return
    if (sparql is None) == (qfile is None):
        click.echo("error: give a query NAME, a SPARQL query or --file Q.rq (one of them)", err=True)
        sys.exit(EXIT_USAGE)
    try:
        text = qfile.read_text("utf-8") if qfile else sparql
    except OSError as e:
        click.echo(f"error: {qfile}: cannot read: {e.strerror}", err=True)
        sys.exit(EXIT_USAGE)
    try:
        raw = parse_bindings(binds)
        store = open_store(graph_path, backend=backend)
        if qfile is None and text in named_queries():
            result = store.run_named(text, raw, limit=limit, timeout=timeout)
        else:
            result = store.query(text, bindings=plain_bindings(raw), limit=limit, timeout=timeout)
        click.echo(format_result(result, fmt), nl=False)
    except GraphError as e:
        _fail(e)


@main.command("eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=None,
              help="A graph file or build folder (default: out/graph.ttl).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", is_flag=True, help="Also list what was extra and what was missed, per kind and relation.")
def eval_cmd(gold: Path, graph_path: Path | None, as_json: bool, errors: bool) -> None:
    """Score a built graph against a GOLD annotation (precision, recall, F1)."""
    import json

    from graph.evaluate import evaluate, format_table, load_gold
    from graph.query import load_graph

    try:
        result = evaluate(load_graph(graph_path), load_gold(gold), errors=errors)
    except GraphError as e:
        _fail(e)
    click.echo(json.dumps(result, ensure_ascii=False, indent=1) if as_json else format_table(result), nl=not as_json)


@main.command()
@click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=None,
              help="A graph file or build folder (default: out/graph.ttl).")
def validate(graph_path: Path | None) -> None:
    """Check a built graph against the SHACL shapes in ontology/shapes.ttl."""
    from graph.ontology import validate as run_validate
    from graph.query import load_graph

    try:
        conforms, report = run_validate(load_graph(graph_path))
    except GraphError as e:
        _fail(e)
    if conforms:
        click.echo("The graph conforms to the shapes.")
    else:
        click.echo(report)
        sys.exit(1)


@main.command()
@click.argument("path", required=False, type=click.Path(path_type=Path), default=Path("out"))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 lets other machines query the graph.")
@click.option("--port", type=click.IntRange(1, 65535), default=7879, show_default=True, help="Port to listen on.")
@click.option("--backend", type=click.Choice(["auto", "rdflib", "oxigraph"]), default="auto", show_default=True,
              help="Query engine (auto: Oxigraph for DIR/store or large graphs, else rdflib).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds a query may run before it is stopped.")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Rows (or triples) a query may return; more are cut.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Query worker processes (queries running at once).")
def serve(path: Path, host: str, port: int, backend: str, timeout: float, max_rows: int, workers: int) -> None:
    """Serve a built graph: SPARQL endpoint at /sparql, graph browser at /, query page at /query."""
    from graph.server import ServerConfig
    from graph.server import serve as run_server

    click.echo(f"serving {path} at http://{host}:{port}/ (SPARQL: /sparql, page: /query); Ctrl-C stops", err=True)
    try:
        run_server(ServerConfig(path=path, backend=backend, timeout=timeout, max_rows=max_rows, workers=workers),
                   host=host, port=port)
    except GraphError as e:
        _fail(e)


@main.command()
@click.argument("path", required=False, type=click.Path(path_type=Path), default=Path("out"))
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store Protocol URL: Oxigraph …/store, Fuseki …/DATASET/data, GraphDB …/rdf-graphs/service.")
@click.option("--graph", "graph_iri", metavar="IRI", default=None, help="Named graph to write (default: the default graph).")
@click.option("--replace/--add", default=True, show_default=True,
              help="Replace the graph's contents (HTTP PUT) or add to them (POST).")
def push(path: Path, endpoint: str, graph_iri: str | None, replace: bool) -> None:
    """Upload a built graph (DIR/graph.ttl) to a triple store that speaks the Graph Store Protocol."""
    from graph.push import push as run_push

    try:
        r = run_push(path, endpoint=endpoint, graph=graph_iri, replace=replace)
    except GraphError as e:
        _fail(e)
    what = "replaced" if replace else "added to"
    click.echo(f"{what} {graph_iri or 'the default graph'} at {endpoint}: HTTP {r.status}, {r.bytes_sent} bytes")



@main.command()
@click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=None,
              help="A graph file or build folder (default: out/graph.ttl).")
@click.option("--out", "out", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Folder to write stats.json into (default: the graph's folder).")
def stats(graph_path: Path | None, out: Path | None) -> None:
    """Graph statistics: counts, central places and mechanisms, components, Leiden communities."""
    from graph.analytics import compute_stats, format_stats, rdf_entity_graph, write_stats
    from graph.query import load_graph, resolve_graph_path

    try:
        path = resolve_graph_path(graph_path)
        result = compute_stats(rdf_entity_graph(load_graph(path)))
    except GraphError as e:
        _fail(e)
    target = (out if out is not None else path.parent) / "stats.json"
    write_stats(result, target)
    click.echo(format_stats(result), nl=False)
    click.echo(f"wrote statistics: {target}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
