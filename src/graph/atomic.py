"""Atomic file writes: write a temporary file beside the target, then rename it over.

A crash or Ctrl-C while writing leaves the previous good file in place, never half of a
new one. ``os.replace`` is atomic on POSIX and Windows when both paths are on one volume,
which writing the temp file into the target's own folder guarantees.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step (mode as an ordinary new file's)."""
    write_chunks(path, (data,))


def write_chunks(path: Path, chunks: Iterable[bytes]) -> None:
    """Replace ``path`` with the concatenation of ``chunks`` in one step; a file assembled
    from parts is never joined in memory first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as f:
            for chunk in chunks:
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))
