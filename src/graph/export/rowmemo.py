"""Rows an exporter wrote in a resident process's last build, reused when their inputs are equal.

Why: a rebuild after one document changed (``kg watch``) rewrites GraphML and the Neo4j
tables for the whole corpus, though nearly every node and edge is what it was. Escaping and
formatting each one again was most of those exporters' time (about 0.08 s each on a
182-document corpus, a tenth of a resident rebuild). Here each row is kept under the tuple of
everything it is made from, so a row comes back only for exactly the same inputs: the output
is the same bytes with or without the memo.

A table holds two generations: the rows of the last build (read) and those of this one
(written); :meth:`Memos.turn` after a build drops what it did not use, so a table never holds
more than two builds' rows. Outside a resident build no table is active and :func:`table`
returns None: a one-off build has nothing to reuse.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

T = TypeVar("T")


@dataclass(slots=True)
class Table:
    """One exporter's rows: ``old`` from the last build, ``new`` from this one."""

    old: dict[Hashable, object] = field(default_factory=dict)
    new: dict[Hashable, object] = field(default_factory=dict)


@dataclass
class Memos:
    """The tables of a resident process (kept by :class:`graph.build.Warm`)."""

    tables: dict[str, Table] = field(default_factory=dict)

    def turn(self) -> None:
        """After a build: its rows become the ones to reuse; the older ones are dropped."""
        for t in self.tables.values():
            t.old, t.new = t.new, {}


_ACTIVE: list[Memos] = []


@contextmanager
def using(memos: Memos | None) -> Iterator[None]:
    """Make ``memos`` the active tables for the block (None: no memo), then turn them."""
    if memos is None:
        yield
        return
    _ACTIVE.append(memos)
    try:
        yield
    finally:
        _ACTIVE.pop()
        memos.turn()


def table(name: str) -> Table | None:
    """The active table ``name`` (made on first use), or None outside :func:`using`."""
    if not _ACTIVE:
        return None
    tables = _ACTIVE[-1].tables
    t = tables.get(name)
    if t is None:
        t = tables[name] = Table()
    return t


def rows(name: str, keys: list[tuple], make: Callable[[tuple], T]) -> list[T]:
    """``[make(k) for k in keys]``, with the rows of the active table ``name`` reused for
    keys seen in the last build (``make`` must be a pure function of its key)."""
    t = table(name)
    if t is None:
        return [make(k) for k in keys]
    old, new = t.old, t.new
    out: list[T] = []
    for k in keys:
        v = old.get(k)
        if v is None:
            v = make(k)
        new[k] = v
        out.append(v)  # type: ignore[arg-type]
    return out


def reused(t: Table, key: Hashable, obj: object, old: dict[Hashable, object] | None = None) -> tuple | None:
    """The value kept last build under ``key`` (which holds ``id(obj)``) for this very object,
    carried into this build's rows; None when there is none. A value is a tuple whose first
    item is its object: an id is reused once its object dies, so the id alone could hand a
    new object the row of a dead one. ``old``: the rows to reuse from (the table's own by
    default; an exporter passes ``{}`` when something all its rows depend on has moved)."""
    hit = (t.old if old is None else old).get(key)
    if hit is None or hit[0] is not obj:  # type: ignore[index]
        return None
    t.new[key] = hit
    return hit  # type: ignore[return-value]
