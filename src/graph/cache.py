"""The per-document cache (DIR/cache/), keyed by content and pipeline.

A cache entry is what a worker made of one document (``graph.engine.Processed``: the
extraction and the document's serialised RDF section), pickled, named by the SHA-256 of the
file's bytes and the pipeline fingerprint. The fingerprint hashes ``PIPELINE_VERSION``
and the source of every module and data file extraction and the RDF sections depend on, so
editing an extractor, a gazetteer file or the RDF mapping invalidates the cache without
anyone remembering to bump a number. Entries are written atomically; a corrupt or foreign
entry is ignored (and rebuilt), never trusted.

Pickle is used because the cache is the tool's own output in the user's own folder; it is
never read from anywhere else.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from graph.atomic import write_bytes
from graph.engine import Processed
from graph.export.sections import document_section

log = logging.getLogger(__name__)

MAGIC = b"cnpolkg-cache-2\n"
#: what a cache entry depends on (package-relative); folders are hashed recursively
DEPENDS_ON = ("pipeline.py", "segment.py", "model.py", "io.py", "chinese.py", "metadata.py", "readers", "extract",
              "lexicon", "link.py", "rdf.py", "namespaces.py", "export/rdf_files.py", "export/sections.py")


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """Hash of the pipeline version and of the code and data extraction depends on."""
    from graph.pipeline import PIPELINE_VERSION

    h = hashlib.sha256(PIPELINE_VERSION.encode())
    root = resources.files("graph")
    for name in DEPENDS_ON:
        for rel, f in _walk(root.joinpath(name), name):
            h.update(rel.encode() + b"\0")
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _walk(node, rel: str):  # noqa: ANN001, ANN202 - importlib Traversable
    if node.is_file():
        if not node.name.endswith(".pyc"):
            yield rel, node
    elif node.is_dir():
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.name != "__pycache__":
                yield from _walk(child, f"{rel}/{child.name}")


class Cache:
    """Extractions on disk, one file per (content, pipeline) pair.

    ``memory`` (a resident build's, ``kg watch``) holds entries already read or made, by key:
    they are served from it without unpickling, and they stay the same objects from build to
    build, which is what lets linking and writing reuse their results (:class:`graph.build.Warm`).
    """

    def __init__(self, folder: Path, memory: dict[str, Processed] | None = None) -> None:
        self.folder = folder
        self.fp = fingerprint()
        self.used: set[str] = set()
        self.hits = 0
        self.memory = memory

    def key(self, data: bytes, display: str) -> str:
        suffix = Path(display).suffix.lower()
        return hashlib.sha256(data + b"\0" + suffix.encode() + b"\0" + self.fp.encode()).hexdigest()[:32]

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def has(self, key: str) -> bool:
        return (self.memory is not None and key in self.memory) or self._path(key).is_file()

    def get(self, key: str, display: str) -> Processed | None:
        """The entry of ``key``, its document renamed to ``display`` (the same bytes may have
        moved; the RDF section, which names the path, is then made again)."""
        entry = self.memory.get(key) if self.memory is not None else None
        if entry is None:
            entry = self._read(key)
            if entry is None:
                return None
        self.used.add(key)
        self.hits += 1
        if entry.extraction.doc.path != display:
            moved = replace(entry.extraction, doc=replace(entry.extraction.doc, path=display))
            entry = Processed(moved, document_section(moved))
        if self.memory is not None:
            self.memory[key] = entry
        return entry

    def _read(self, key: str) -> Processed | None:
        p = self._path(key)
        try:
            raw = p.read_bytes()
        except OSError:
            return None
        if not raw.startswith(MAGIC):
            return None
        try:
            entry = pickle.loads(raw[len(MAGIC):])  # noqa: S301 - our own cache, see module docstring
        except Exception:  # noqa: BLE001 - a damaged entry is rebuilt, not trusted
            log.warning("ignoring a damaged cache entry %s", p.name)
            return None
        return entry if isinstance(entry, Processed) else None

    def put(self, key: str, entry: Processed) -> None:
        self.used.add(key)
        if self.memory is not None:
            self.memory[key] = entry
        write_bytes(self._path(key), MAGIC + pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL))

    def prune(self) -> int:
        """Remove entries this build did not use (deleted or changed documents, old pipelines)."""
        n = 0
        if self.memory is not None:
            for key in set(self.memory) - self.used:
                del self.memory[key]
        if not self.folder.is_dir():
            return 0
        for p in self.folder.glob("[0-9a-f][0-9a-f]/*.pickle"):  # not the exporters' folders beside
            if p.stem not in self.used:
                p.unlink(missing_ok=True)
                n += 1
        return n
