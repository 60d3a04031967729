"""Atomic writes: a file appears whole or not at all, also when its commit is deferred."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph import atomic


def test_a_write_replaces_the_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out" / "graph.ttl"
    atomic.write_text(target, "旧")
    atomic.write_chunks(target, [b"\xe6\x96\xb0", b"!"])
    assert target.read_text("utf-8") == "新!"
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.ttl"]


def test_committing_puts_every_file_in_place_in_order_when_the_block_ends(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    atomic.write_text(a, "old a")
    with atomic.committing():
        atomic.write_text(a, "new a")
        atomic.write_text(b, "b")
        atomic.write_text(b, "b again")  # the later write of one path wins
        with atomic.committing():  # nested: the outer block waits for all
            atomic.write_text(tmp_path / "c.txt", "c")
    assert (a.read_text(), b.read_text(), (tmp_path / "c.txt").read_text()) == ("new a", "b again", "c")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "c.txt"]
    assert atomic._pending is None  # writes after the block commit at once again


def test_a_failed_commit_is_raised_and_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "graph.ttl"
    atomic.write_text(target, "good")

    def broken(fd: int) -> None:
        raise OSError(5, "I/O error")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(OSError, match="I/O error"), atomic.committing():
        atomic.write_text(target, "half")
    assert target.read_text() == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_an_error_in_the_block_still_waits_for_the_commits(tmp_path: Path) -> None:
    with pytest.raises(ValueError), atomic.committing():
        atomic.write_text(tmp_path / "a.txt", "a")
        raise ValueError("exporter failed")
    assert (tmp_path / "a.txt").read_text() == "a"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]
