"""Plain text and Markdown: the bytes decoded (UTF-8, GB18030, detected), nothing dropped."""

from __future__ import annotations

from graph.readers.base import Extracted


def read(data: bytes, *, path: str) -> Extracted:
    from graph.io import decode

    text, enc = decode(data, path=path)
    return Extracted(text=text, encoding=enc)
