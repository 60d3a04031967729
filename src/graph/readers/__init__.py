"""Readers: one module per file format, each turning bytes into extracted text.

A reader is ``read(data: bytes, *, path: str) -> Extracted``. The text it returns is what
``Document.text`` becomes, so every offset indexes it; readers never hand back text that is
later changed. Readers are registered by file suffix and imported lazily, so reading a
folder of ``.txt`` files never loads the PDF or Word libraries.

This package must not import the pipeline, segmentation or rdflib.
"""

from __future__ import annotations

import importlib

from graph.readers.base import Extracted, Reader

#: suffix -> (format name, "module:function")
READERS: dict[str, tuple[str, str]] = {
    ".txt": ("txt", "graph.readers.text:read"),
    ".text": ("txt", "graph.readers.text:read"),
    ".md": ("md", "graph.readers.markdown:read"),
    ".markdown": ("md", "graph.readers.markdown:read"),
    ".pdf": ("pdf", "graph.readers.pdf:read"),
    ".docx": ("docx", "graph.readers.docx:read"),
    ".html": ("html", "graph.readers.html:read"),
    ".htm": ("html", "graph.readers.html:read"),
    ".xhtml": ("html", "graph.readers.html:read"),
}

#: suffixes people often have that we cannot read, and what to do about each
UNSUPPORTED_REASONS: dict[str, str] = {
    ".doc": "old Word 97-2003 format: save it as .docx",
    ".wps": "WPS Writer format: save it as .docx",
    ".ofd": "OFD (the Chinese fixed-layout format) is not supported: export it as PDF",
    ".caj": "CAJ (CNKI) is not supported: download the PDF version",
    ".rtf": "RTF is not supported: save it as .docx",
    ".xls": "spreadsheets are not read", ".xlsx": "spreadsheets are not read",
    ".ppt": "slides are not read", ".pptx": "slides are not read",
    ".png": "an image: it needs OCR", ".jpg": "an image: it needs OCR", ".jpeg": "an image: it needs OCR",
    ".tif": "an image: it needs OCR", ".tiff": "an image: it needs OCR",
}


def reader_for(suffix: str) -> tuple[str, Reader] | None:
    """The format name and reader function for a file suffix, or None if unsupported."""
    entry = READERS.get(suffix.lower())
    if entry is None:
        return None
    fmt, target = entry
    mod, func = target.split(":")
    return fmt, getattr(importlib.import_module(mod), func)


__all__ = ["READERS", "UNSUPPORTED_REASONS", "Extracted", "Reader", "reader_for"]
