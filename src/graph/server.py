"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint, the graph browser and a query page.

Routes: ``/sparql`` (GET ``?query=``, POST form-encoded, POST ``application/sparql-query``;
results as SPARQL JSON, XML, CSV or TSV by ``Accept``, CONSTRUCT/DESCRIBE as Turtle or
JSON-LD), ``/queries`` (the named queries as JSON) and ``/queries/NAME?var=value`` (run
one with bindings), ``/`` (``DIR/graph.html``), ``/query`` (a small page written here:
no CDN, works offline).

Safe by default. Queries run in worker processes, not in the server: a query over its time
limit has its worker killed and replaced (neither rdflib nor Oxigraph can be interrupted
from outside, and a thread that cannot be stopped keeps burning a core), and a query that
crashes an engine costs one worker, not the server. Updates, ``SERVICE`` and ``FROM`` are
refused (``graph.query.guard``); requests and queries have size limits; rows are capped;
every error is one JSON shape ``{"error": {"code", "status", "message"}}``. The server binds
127.0.0.1 unless told otherwise.

Imports starlette lazily (inside :func:`create_app`), so ``kg --help`` stays fast.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.errors import GraphError, QueryError, QueryRefusedError, QueryTimeoutError
from graph.query import MAX_QUERY_LENGTH, MEDIA_TYPES

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7879
MAX_BODY = 1_000_000  # bytes of a request body


@dataclass(frozen=True, slots=True, kw_only=True)
class ServerConfig:
    """What an endpoint serves and its limits."""

    path: Path
    backend: str = "auto"
    timeout: float = 10.0  # seconds per query, waiting for a worker included
    max_rows: int = 10_000
    max_query_length: int = MAX_QUERY_LENGTH
    workers: int = 2


# ----------------------------------------------------------------------------- content negotiation

_ACCEPT: dict[str, str] = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/ld+json": "jsonld",
}
_RESULTS = ("json", "xml", "csv", "tsv")
_GRAPHS = ("turtle", "jsonld")


def negotiate(accept: str | None, kind: str) -> str | None:
    """The format to answer a query of ``kind`` in, from an Accept header (None: 406).

    Media types are tried by decreasing q; ``application/json`` means JSON-LD for a graph."""
    wanted = _RESULTS if kind in ("SELECT", "ASK") else _GRAPHS
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate((accept or "*/*").split(",")):
        media, *params = [x.strip() for x in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, i, media.lower()))
    for _, _, media in sorted(ranked):
        if media in ("*/*", "application/*", "text/*"):
            return wanted[0]
        fmt = _ACCEPT.get(media)
        if fmt == "json" and kind not in ("SELECT", "ASK"):
            fmt = "jsonld"
        if fmt in wanted:
            return fmt
    return None


# ----------------------------------------------------------------------------- worker processes


def _worker_main(conn, path: str, backend: str, max_length: int) -> None:  # noqa: ANN001 - Connection
    """A worker: open the store once, then answer jobs until the pipe closes."""
    from graph.query import serialize
    from graph.store import open_store

    logging.basicConfig(level=logging.WARNING)
    try:
        store = open_store(Path(path), backend=backend)
    except GraphError as e:
        conn.send(("error", e.code, 500, str(e)))
        return
    conn.send(("ready", store.backend, len(store)))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if job.get("named"):
                result = store.run_named(job["named"], job.get("raw") or {}, limit=job["limit"])
            else:
                result = store.query(job["text"], limit=job["limit"], max_length=max_length)
            fmt = job.get("format") or negotiate(job.get("accept"), result.kind)
            if fmt is None:
                kinds = _RESULTS if result.kind in ("SELECT", "ASK") else _GRAPHS
                conn.send(("error", "E203", 406, "cannot answer in any accepted media type; offer one of "
                           + ", ".join(MEDIA_TYPES[k] for k in kinds)))
                continue
            if fmt in _RESULTS and result.kind == "CONSTRUCT":
                fmt = "jsonld" if fmt == "json" else "turtle"
            if fmt in _GRAPHS and result.kind != "CONSTRUCT":
                fmt = "json"
            conn.send(("ok", fmt, serialize(result, fmt), result.truncated))
        except QueryRefusedError as e:
            conn.send(("error", e.code, 403, str(e)))
        except GraphError as e:
            conn.send(("error", e.code, 400, str(e)))
        except RecursionError:
            conn.send(("error", "E200", 400, "[E200] malformed query: nested too deeply"))


class _Worker:
    def __init__(self, ctx, cfg: ServerConfig, backend: str, generation: int = 0) -> None:  # noqa: ANN001
        self.generation = generation  # which build of the graph this worker has open
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, str(cfg.path), backend, cfg.max_query_length),
                                daemon=True)
        self.proc.start()
        child.close()
        msg = self.conn.recv() if self.conn.poll(120) else ("error", "E300", 500, "worker did not start")
        if msg[0] != "ready":
            self.kill()
            raise GraphError(msg[3])
        self.backend, self.triples = msg[1], msg[2]

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()


def _stamp(path: Path) -> tuple[int, int] | None:
    """(mtime, size) of the graph file a path serves, or None when it cannot be read."""
    from graph.store import resolve_graph_path

    try:
        st = resolve_graph_path(path).stat()
    except (GraphError, OSError):
        return None
    return st.st_mtime_ns, st.st_size


class QueryPool:
    """A fixed number of worker processes, each with the store open, handed out one job at a time.

    When the graph file changes (a new ``kg build``, or ``kg watch`` rebuilding), the next query
    reopens it: the pool opens it once (building ``DIR/store`` if it is stale), then each worker
    is replaced by one with the new graph open as it is next handed out, so queries already
    running finish on the graph they started on. Builds replace files atomically, so a worker
    never sees half a graph.
    """

    def __init__(self, cfg: ServerConfig) -> None:
        self.cfg = cfg
        self._stamp = _stamp(cfg.path)
        self.backend = self._probe()
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: asyncio.Queue[_Worker] | None = None
        self._generation = 0
        self._workers = [_Worker(self._ctx, cfg, self.backend) for _ in range(max(1, cfg.workers))]
        self.triples = self._workers[0].triples
        self._lock = threading.Lock()
        self._reload: asyncio.Lock | None = None

    def _probe(self) -> str:
        """Open the graph once here, so a DIR/store that must be built is built once, not by
        every worker; its backend."""
        from graph.store import open_store

        probe = open_store(self.cfg.path, backend=self.cfg.backend)
        backend = probe.backend
        probe.close()
        return backend

    async def start(self) -> None:
        self._idle = asyncio.Queue()
        self._reload = asyncio.Lock()
        for w in self._workers:
            self._idle.put_nowait(w)

    async def _refresh(self) -> None:
        """Move to a new generation when the graph file changed since the last look."""
        import anyio

        assert self._reload is not None
        if _stamp(self.cfg.path) == self._stamp:
            return
        async with self._reload:
            stamp = _stamp(self.cfg.path)
            if stamp == self._stamp or stamp is None:
                return
            try:
                self.backend = await anyio.to_thread.run_sync(self._probe)
            except GraphError as e:  # a graph being replaced right now, or broken: keep serving the last one
                log.warning("the changed graph could not be opened (%s); still serving the previous one", e)
                return
            self._stamp = stamp
            self._generation += 1
            log.info("the graph changed: workers reopen it")

    def close(self) -> None:
        for w in self._workers:
            w.kill()

    async def run(self, job: dict[str, Any]) -> tuple:
        """Run a job within the time limit; a worker past it is killed and replaced."""
        import anyio

        assert self._idle is not None, "QueryPool.start() was not awaited"
        await self._refresh()
        deadline = time.monotonic() + self.cfg.timeout
        try:
            worker = await asyncio.wait_for(self._idle.get(), timeout=self.cfg.timeout)
        except TimeoutError:
            return ("error", "E204", 503, "[E204] all query workers are busy; try again")
        if worker.generation != self._generation:
            try:
                worker = await anyio.to_thread.run_sync(self._replace, worker)
            except GraphError as e:
                self._idle.put_nowait(worker)  # (killed: replaced on its next turn)
                return ("error", "E205", 500, f"[E205] the changed graph could not be opened: {e}")
        msg = await anyio.to_thread.run_sync(self._roundtrip, worker, job, deadline)
        if msg[0] == "restart":
            worker = await anyio.to_thread.run_sync(self._replace, worker)
            msg = msg[1]
        self._idle.put_nowait(worker)
        return msg

    def _roundtrip(self, worker: _Worker, job: dict[str, Any], deadline: float) -> tuple:
        try:
            worker.conn.send(job)
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                return worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            log.warning("a query worker died; starting another")
            return ("restart", ("error", "E205", 500, "[E205] the query engine failed on this query"))
        log.info("query over the time limit: stopping its worker")
        e = QueryTimeoutError(f"query took longer than the {self.cfg.timeout:g} s time limit")
        return ("restart", ("error", e.code, 504, str(e)))

    def _replace(self, worker: _Worker) -> _Worker:
        worker.kill()
        new = _Worker(self._ctx, self.cfg, self.backend, self._generation)
        with self._lock:
            self._workers = [new if w is worker else w for w in self._workers]
        return new


# ----------------------------------------------------------------------------- the app


def error_body(code: str, status: int, message: str) -> dict[str, Any]:
    """The one JSON error shape of every route."""
    return {"error": {"code": code, "status": status, "message": message}}


def create_app(cfg: ServerConfig, *, pool: QueryPool | None = None):  # noqa: ANN201 - starlette.Starlette
    """The Starlette app; the worker pool starts with it (or pass one, e.g. in tests)."""
    from contextlib import asynccontextmanager

    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
    from starlette.routing import Route

    from graph.query import named_queries

    state: dict[str, QueryPool] = {}

    def err(code: str, status: int, message: str) -> JSONResponse:
        return JSONResponse(error_body(code, status, message), status_code=status)

    async def execute(request: Request, job: dict[str, Any]) -> Response:
        job.setdefault("limit", cfg.max_rows)
        job["accept"] = request.headers.get("accept")
        # format= / output= (as Fuseki and SPARQLWrapper send them) override Accept when understood
        fmt = request.query_params.get("format") or request.query_params.get("output")
        fmt = fmt if fmt in MEDIA_TYPES else _ACCEPT.get((fmt or "").split(";")[0].strip().lower())
        if fmt:
            job["format"] = fmt
        msg = await state["pool"].run(job)
        if msg[0] != "ok":
            return err(msg[1], msg[2], msg[3])
        _, out_fmt, body, truncated = msg
        headers = {"X-Result-Truncated": "true"} if truncated else {}
        return Response(body, media_type=MEDIA_TYPES[out_fmt] + "; charset=utf-8", headers=headers)

    def refuse_update() -> Response:
        e = QueryRefusedError("SPARQL Update is not allowed: the graph is read-only")
        return err(e.code, 403, str(e))

    async def sparql(request: Request) -> Response:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        text: str | None
        if request.method == "GET":
            if "update" in request.query_params:
                return refuse_update()
            text = request.query_params.get("query")
        else:
            body = b""
            async for chunk in request.stream():
                body += chunk
                if len(body) > MAX_BODY:
                    return err("E206", 413, f"[E206] request body over {MAX_BODY} bytes")
            if ctype == "application/sparql-update":
                return refuse_update()
            if ctype == "application/sparql-query":
                text = body.decode("utf-8", errors="replace")
            elif ctype == "application/x-www-form-urlencoded":
                from urllib.parse import parse_qs

                form = parse_qs(body.decode("utf-8", errors="replace"))
                if "update" in form:
                    return refuse_update()
                text = (form.get("query") or [None])[0]
            else:
                return err("E207", 415, "[E207] POST a query as application/sparql-query or form-encoded query=")
        if not text:
            return err("E200", 400, "[E200] no query: pass query=… (GET or form) or a SPARQL body")
        if len(text) > cfg.max_query_length:
            return err("E206", 413, f"[E206] query is {len(text)} characters long; the limit is {cfg.max_query_length}")
        return await execute(request, {"text": text})

    async def list_queries(request: Request) -> Response:
        return JSONResponse([{"name": q.name, "title": q.title, "description": q.description, "text": q.text,
                              "params": [{"name": p.name, "kind": p.kind, "required": p.required,
                                          "description": p.description} for p in q.params]}
                             for q in named_queries().values()])

    async def run_named(request: Request) -> Response:
        name = request.path_params["name"]
        nq = named_queries().get(name)
        if nq is None:
            return err("E200", 404, f"[E200] no named query {name!r}; GET /queries lists them")
        raw = {k: v for k, v in request.query_params.items() if k != "format"}
        try:
            for var in raw:
                nq.param(var)
        except QueryError as e:
            return err(e.code, 400, str(e))
        return await execute(request, {"named": name, "raw": raw})

    async def index(request: Request) -> Response:
        html = cfg.path / "graph.html" if cfg.path.is_dir() else cfg.path.parent / "graph.html"
        if html.is_file():
            return FileResponse(html, media_type="text/html; charset=utf-8")
        return HTMLResponse('<!doctype html><meta charset="utf-8"><title>cnpolkg</title>'
                            '<p>No graph.html here. <a href="/query">Query the graph</a>.</p>')

    async def query_page(request: Request) -> Response:
        return HTMLResponse(QUERY_PAGE, headers=_PAGE_HEADERS)

    async def query_js(request: Request) -> Response:
        return Response(QUERY_JS, media_type="text/javascript; charset=utf-8", headers=_PAGE_HEADERS)

    async def not_found(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 404)
        return err("E208", status, f"[E208] {request.method} {request.url.path}: "
                   + ("no such route" if status == 404 else "method not allowed"))

    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return err("E209", 500, "[E209] internal error; the server log has the details")

    @asynccontextmanager
    async def lifespan(app):  # noqa: ANN001, ANN202
        own = pool is None
        import anyio

        state["pool"] = pool if pool is not None else await anyio.to_thread.run_sync(QueryPool, cfg)
        await state["pool"].start()
        try:
            yield
        finally:
            if own:
                state["pool"].close()

    routes = [
        Route("/", index), Route("/query", query_page), Route("/query.js", query_js),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/queries", list_queries), Route("/queries/{name}", run_named),
    ]
    return Starlette(routes=routes, lifespan=lifespan,
                     exception_handlers={404: not_found, 405: not_found, 500: server_error})


def serve(cfg: ServerConfig, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Run the endpoint with uvicorn until interrupted."""
    import uvicorn

    if host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("serving on %s: other machines can query this graph", host)
    uvicorn.run(create_app(cfg), host=host, port=port, log_level="warning")


# ----------------------------------------------------------------------------- the query page

_PAGE_HEADERS = {"Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'",
                 "X-Content-Type-Options": "nosniff"}

QUERY_PAGE = """<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>cnpolkg SPARQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1em 2em;color:#222}
textarea{width:100%;height:16em;font:13px monospace}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}
th{background:#f4f4f4}#status{margin-left:1em;color:#555}.err{color:#b00}
</style></head><body>
<h1>SPARQL</h1>
<p><a href="/">graph</a> · endpoint: <code>/sparql</code> · prefixes kg: id: rdf: rdfs: skos: dcterms: prov: nif: are predeclared</p>
<label>Example: <select id="examples"><option value="">(choose a named query)</option></select></label>
<p id="about"></p>
<textarea id="q" spellcheck="false">SELECT ?place ?name WHERE { ?place a kg:Place ; rdfs:label ?name } LIMIT 20</textarea>
<p><button id="run">Run</button> <label>as <select id="fmt"><option>table</option><option>csv</option>
<option>tsv</option><option>json</option><option>xml</option></select></label><span id="status"></span></p>
<div id="out"></div>
<script src="/query.js"></script>
</body></html>
"""

# Everything from the graph is put into the page with textContent, never as HTML.
QUERY_JS = """'use strict';
const $ = (id) => document.getElementById(id);
const types = {table: 'application/sparql-results+json', json: 'application/sparql-results+json',
  csv: 'text/csv', tsv: 'text/tab-separated-values', xml: 'application/sparql-results+xml'};
let named = [];
fetch('/queries').then((r) => r.json()).then((qs) => {
  named = qs;
  for (const q of qs) {
    const o = document.createElement('option'); o.value = q.name; o.textContent = q.name + ' - ' + q.title;
    $('examples').appendChild(o);
  }
});
$('examples').addEventListener('change', () => {
  const q = named.find((x) => x.name === $('examples').value);
  if (!q) return;
  $('q').value = q.text;
  $('about').textContent = q.description + (q.params.length ? ' Variables: ' +
    q.params.map((p) => '?' + p.name + ' (' + p.description + ')').join('; ') : '');
});
function cell(t) { return t ? t.value + (t['xml:lang'] ? '@' + t['xml:lang'] : '') : ''; }
async function run() {
  const fmt = $('fmt').value, out = $('out');
  out.textContent = ''; $('status').textContent = 'running…'; $('status').className = '';
  const t0 = performance.now();
  const r = await fetch('/sparql', {method: 'POST', body: $('q').value,
    headers: {'Content-Type': 'application/sparql-query', 'Accept': types[fmt] + ', text/turtle;q=0.5'}});
  const ms = Math.round(performance.now() - t0);
  const text = await r.text();
  if (!r.ok) {
    let msg = text; try { msg = JSON.parse(text).error.message; } catch (e) { /* not JSON */ }
    $('status').textContent = 'error ' + r.status + ': ' + msg; $('status').className = 'err'; return;
  }
  const ctype = r.headers.get('content-type') || '';
  if (fmt !== 'table' || !ctype.startsWith('application/sparql-results+json')) {
    const pre = document.createElement('pre'); pre.textContent = text; out.appendChild(pre);
    $('status').textContent = ms + ' ms'; return;
  }
  const data = JSON.parse(text);
  if ('boolean' in data) { out.textContent = data.boolean ? 'yes' : 'no'; $('status').textContent = ms + ' ms'; return; }
  const table = document.createElement('table'), head = table.insertRow();
  for (const v of data.head.vars) { const th = document.createElement('th'); th.textContent = v; head.appendChild(th); }
  for (const b of data.results.bindings) {
    const row = table.insertRow();
    for (const v of data.head.vars) row.insertCell().textContent = cell(b[v]);
  }
  out.appendChild(table);
  const cut = r.headers.get('X-Result-Truncated') ? ' (cut at the row limit)' : '';
  $('status').textContent = data.results.bindings.length + ' row(s), ' + ms + ' ms' + cut;
}
$('run').addEventListener('click', run);
"""

