"""Placeholder: the statistics extractor is being written."""

from __future__ import annotations


def extract(ctx):  # noqa: ANN001, ANN201
    return ()
