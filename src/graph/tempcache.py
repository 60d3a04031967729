"""Tables derived from installed data, kept between processes in the temporary folder.

Why: every process that extracts (each build, each worker) needs tables that installed
packages can give only slowly (jieba's prefix dictionary and tags, OpenCC's character
classes); reading one ``marshal`` blob of them is several times faster. jieba keeps its own
cache the same way. A blob is named by the user and a key that hashes everything it was
derived from (package version, data file, its size and time), so a changed package is a new
name, never a stale table. Only plain data goes in (marshal cannot run code), and a blob is
trusted only when this user owns it. A missing, foreign or damaged blob is recomputed; a
read-only temporary folder only costs the next process time.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def blob_path(name: str, *key: object) -> Path:
    """``<tmp>/cnpolkg-<name>-<uid>-<hash of key>.marshal``."""
    digest = hashlib.sha256("|".join(map(str, key)).encode()).hexdigest()[:16]
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return Path(tempfile.gettempdir()) / f"cnpolkg-{name}-{uid}-{digest}.marshal"


def read(path: Path, check: Callable[[Any], bool]) -> Any | None:
    """The value kept at ``path`` when this user owns it and ``check`` accepts it, else None."""
    try:
        if hasattr(os, "getuid") and path.stat().st_uid != os.getuid():
            return None
        value = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return value if check(value) else None


def write(path: Path, value: Any) -> None:
    """Keep ``value`` (plain data only) at ``path`` atomically; failure is logged, not raised."""
    from graph.atomic import write_bytes

    try:
        write_bytes(path, marshal.dumps(value))
    except (OSError, ValueError) as e:
        log.debug("could not keep %s: %s", path, e)


def cached(name: str, key: tuple[object, ...], compute: Callable[[], Any], check: Callable[[Any], bool]) -> Any:
    """The value for ``key``: read from the temporary folder, or computed and kept there."""
    path = blob_path(name, *key)
    value = read(path, check)
    if value is None:
        value = compute()
        write(path, value)
    return value
