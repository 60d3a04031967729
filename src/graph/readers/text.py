"""Plain text: the bytes decoded (UTF-8, GB18030, detected), nothing dropped, unless the text
is plainly Markdown (rendered: :mod:`graph.readers.markdown`) or was copied out of a paged
document (its hard line breaks and page numbers go: :mod:`graph.readers.reflow`)."""

from __future__ import annotations

from graph.readers.base import Extracted
from graph.readers.markdown import looks_like_markdown, render
from graph.readers.reflow import reflow


def read(data: bytes, *, path: str) -> Extracted:
    from graph.io import decode

    text, enc = decode(data, path=path)
    if looks_like_markdown(text):
        return Extracted(text=render(text) or text, encoding=enc)
    return Extracted(text=reflow(text) or text, encoding=enc)
