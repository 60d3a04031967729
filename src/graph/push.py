"""``kg push``: upload a built graph to a triple store over the SPARQL 1.1 Graph Store Protocol.

Fuseki (``http://host:3030/DATASET/data``), GraphDB
(``http://host:7200/repositories/REPO/rdf-graphs/service``) and the Oxigraph server
(``http://host:7878/store``) all speak it: ``PUT`` replaces a graph, ``POST`` adds to it;
``?graph=IRI`` names the graph, ``?default`` is the default graph. The Turtle file is
streamed, not read into memory. A refusal (401, 403, 404, 415 …) raises :class:`PushError`
with the server's own words.

Uses only the standard library (``urllib``), so pushing needs nothing more installed.
"""

from __future__ import annotations

import logging
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from graph.errors import PushError
from graph.query import resolve_graph_path

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class PushResult:
    url: str
    method: str
    status: int
    bytes_sent: int


def target_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL for a named graph (or the default graph)."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"the endpoint must be an http(s) URL, not {endpoint!r}")
    param = urllib.parse.urlencode({"graph": graph}) if graph else "default"
    query = f"{parts.query}&{param}" if parts.query else param
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def push(path: Path | None, *, endpoint: str, graph: str | None = None, replace: bool = True,
         timeout: float = 300.0) -> PushResult:
    """Upload ``path`` (a build folder or a Turtle file) to ``endpoint``; PUT replaces, POST adds."""
    if graph is not None and urllib.parse.urlsplit(graph).scheme == "":
        raise PushError(f"--graph takes an absolute IRI (https://…, urn:…), not {graph!r}")
    src = resolve_graph_path(path)
    if src.suffix != ".ttl":
        raise PushError("push uploads Turtle; give a build folder or a .ttl file", path=str(src))
    url = target_url(endpoint, graph)
    method = "PUT" if replace else "POST"
    size = src.stat().st_size
    with src.open("rb") as body:
        req = urllib.request.Request(url, data=body, method=method, headers={
            "Content-Type": "text/turtle; charset=utf-8", "Content-Length": str(size)})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - the user's endpoint
                status = resp.status
        except urllib.error.HTTPError as e:
            detail = e.read(500).decode("utf-8", errors="replace").strip()
            raise PushError(f"{endpoint} refused the upload: HTTP {e.code} {e.reason}"
                            + (f": {detail}" if detail else "")) from e
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise PushError(f"cannot reach {endpoint}: {reason}") from e
    log.info("%s %s: HTTP %d, %d bytes", method, url, status, size)
    return PushResult(url=url, method=method, status=status, bytes_sent=size)
