"""Atomic file writes: write a temporary file beside the target, then rename it over.

A crash or Ctrl-C while writing leaves the previous good file in place, never half of a
new one. ``os.replace`` is atomic on POSIX and Windows when both paths are on one volume,
which writing the temp file into the target's own folder guarantees.

Inside :func:`committing` (a build's export phase) the last step of each write, ``fsync``
and the rename, runs on a background thread, in order, while the caller computes the next
output: a build writes about ten files, and their fsyncs (0.2-0.3 s together here) were
time the build spent waiting on the disk. The guarantee is the same: each file appears
whole or not at all, and the block's exit waits for every commit and raises the first error.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

#: the commits of the innermost open :func:`committing` block (None: commit at once)
_pending: list[Future[None]] | None = None
_committer: ThreadPoolExecutor | None = None


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
        f = os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        Path(tmp).unlink(missing_ok=True)
        raise
    try:
        for chunk in chunks:
            f.write(chunk)
        f.flush()
    except BaseException:
        f.close()
        Path(tmp).unlink(missing_ok=True)
        raise
    if _committer is not None and _pending is not None:  # (set and cleared together by committing)
        _pending.append(_committer.submit(_commit, f, tmp, path))
    else:
        _commit(f, tmp, path)


def _commit(f: BinaryIO, tmp: str, path: Path) -> None:
    """Make the written temp file durable, then put it in place (or remove it on failure)."""
    try:
        with f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def committing() -> Iterator[None]:
    """Within the block, writes return once their bytes are handed to the OS; one background
    thread then fsyncs and renames them in the order they were written. Leaving the block
    waits for all of them (also when the block raised) and raises the first commit error.

    Do not fork inside the block (the committing thread would not exist in the child) and
    do not read back a file written in it before the block ends.
    """
    global _pending, _committer
    if _pending is not None:  # nested: the outer block waits for everything
        yield
        return
    _pending, _committer = [], ThreadPoolExecutor(max_workers=1, thread_name_prefix="commit")
    pending, committer = _pending, _committer
    try:
        yield
    finally:  # the block's own error, if any, is the one that propagates
        _pending = _committer = None
        committer.shutdown(wait=True)
    for fut in pending:
        if (error := fut.exception()) is not None:
            raise error


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))
