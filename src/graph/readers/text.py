"""Plain text and Markdown: the bytes decoded (UTF-8, GB18030, detected), nothing dropped, unless
the text was copied out of a paged document: then its hard line breaks and page numbers go
(:mod:`graph.readers.reflow`)."""

from __future__ import annotations

from graph.readers.base import Extracted
from graph.readers.reflow import reflow


def read(data: bytes, *, path: str) -> Extracted:
    from graph.io import decode

    text, enc = decode(data, path=path)
    return Extracted(text=reflow(text) or text, encoding=enc)
