"""Word (.docx): the body's paragraphs and tables in document order, one line each.

Page headers and footers live in separate parts of the package and are not read (they are
running text, like a PDF's); footnotes and text boxes are not read either. A table row
becomes one line with its cells separated by a tab, merged cells once. Leading indentation
typed as spaces or ideographic spaces is dropped with the rest of a paragraph's outer white
space. The core properties give title, creator and date.
"""

from __future__ import annotations

import logging
import zipfile
from io import BytesIO

from graph.errors import EmptyDocumentError
from graph.readers.base import (
    CorruptDocumentError,
    Extracted,
    ProtectedDocumentError,
    ascii_name,
    not_what_it_says,
)

log = logging.getLogger(__name__)

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def read(data: bytes, *, path: str) -> Extracted:
    """Read a .docx file; raise a clear InputError for what cannot be read."""
    if data.startswith(_OLE):
        # Office encrypts a .docx by wrapping it in an OLE container with this stream
        if _ENCRYPTED in data:
            raise ProtectedDocumentError("the Word file is password-protected; remove the password and try again",
                                         path=path)
        raise CorruptDocumentError("this is an old Word 97-2003 (.doc) file with a .docx name; save it as .docx",
                                   path=path)
    if not data.startswith(b"PK"):
        raise not_what_it_says(data, path=path, expected="Word (.docx)")
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    try:
        document = docx.Document(BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError, XMLSyntaxError) as e:
        raise CorruptDocumentError(f"the Word file is damaged and cannot be opened ({e})", path=path) from e
    lines = list(_body_lines(document))
    text = "\n".join(lines)
    if not text.strip():
        raise EmptyDocumentError("the Word file has no text in its body", path=path)
    return Extracted(text=text + "\n", meta=_core(document))


def _body_lines(document) -> list[str]:  # noqa: ANN001 - docx.document.Document
    from docx.table import Table

    out: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            out.extend(_table_lines(block))
        else:
            out.extend(_clean(block.text))
    return out


def _table_lines(table) -> list[str]:  # noqa: ANN001 - docx.table.Table
    out = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is repeated once per grid column
                continue
            seen.add(id(cell._tc))
            t = " ".join(" ".join(cell.text.split("\n")).split())
            if t:
                cells.append(t)
        if cells:
            out.append("\t".join(cells))
    return out


def _clean(text: str) -> list[str]:
    """A paragraph's lines (a manual line break starts a new one), outer white space dropped."""
    return [ln.strip(" \t\u3000\u00a0") for ln in text.split("\n") if ln.strip(" \t\u3000\u00a0")]


def _core(document) -> tuple[tuple[str, str], ...]:  # noqa: ANN001 - docx.document.Document
    cp = document.core_properties
    out = []
    for name, value in (("title", cp.title), ("creator", cp.author), ("description", cp.subject)):
        if value and (v := ascii_name(value)):
            out.append((name, v))
    if cp.created is not None:
        out.append(("date", cp.created.date().isoformat()))
    return tuple(out)
