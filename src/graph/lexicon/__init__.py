"""Data the extractors use (gazetteer, domain words, stop-lists) and their loaders."""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources


def data_lines(name: str) -> list[str]:
    """The lines of ``lexicon/data/<name>`` that hold data: stripped, not empty, not ``#`` comments."""
    text = resources.files("graph.lexicon").joinpath(f"data/{name}").read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def longest_first(words: Iterable[str]) -> re.Pattern[str]:
    """One alternation of ``words``, longest first (全面推进乡村振兴 before 乡村振兴, 十星级文明户
    before 星级文明户), so that where two start at one place the longer is found."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))))
