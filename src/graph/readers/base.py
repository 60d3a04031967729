"""What every reader returns, the errors readers raise, and the sniffing they share.

Imports nothing heavy; each format's library is imported inside its own reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from graph.errors import CorruptDocumentError, InputError, ProtectedDocumentError  # noqa: F401 - re-exported


@dataclass(frozen=True, slots=True, kw_only=True)
class Extracted:
    """Text taken out of a file, with what the file itself says about it.

    ``pages`` holds the offset in ``text`` where each page starts (PDF only), so a
    sentence's page is ``bisect_right(pages, start)``. ``meta`` are (dcterms local name,
    value) pairs from the file's own metadata (Word core properties, PDF info dictionary,
    HTML ``<meta>``), before any reading of the text's lines.
    """

    text: str
    encoding: str = "utf-8"
    meta: tuple[tuple[str, str], ...] = ()
    pages: tuple[int, ...] = ()


Reader = Callable[..., Extracted]


#: a page number on a line of its own (``- 3 -``, ``— 3 —``, ``第3页``, ``3/10``, ``Page 3``): what a
#: paged document prints at a page's edge, never text (the PDF reader and graph.readers.reflow)
PAGE_NUMBER = re.compile(
    r"^[\s\-—–·•\[\(（]*(?:第\s*)?(?:\d{1,4}|[ivxlcdm]{1,6}|[一二三四五六七八九十百〇零]{1,5})\s*(?:页)?"
    r"(?:\s*(?:/|／|of|共)\s*\d{1,4}\s*页?)?[\s\-—–·•\]\)）]*$"
    r"|^\s*(?:page|p\.)\s*\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$",
    re.I,
)

_LATIN_END = re.compile(r"[A-Za-z0-9]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9]")


def join_lines(before: str, after: str) -> str:
    """What goes between two lines of one paragraph: "", " ", or "-" (drop the hyphen). Nothing
    between CJK characters (Chinese has no spaces), one space between Latin words."""
    if re.search(r"[A-Za-z]-$", before) and re.match(r"[a-z]", after):
        return "-"
    if _LATIN_END.search(before) and _LATIN_START.match(after):
        return " "
    return ""


_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.I | re.S)


def looks_like_html(data: bytes) -> bool:
    """True for an HTML page, e.g. a server's error page saved under a .pdf/.docx name."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head))


def not_what_it_says(data: bytes, *, path: str, expected: str) -> CorruptDocumentError:
    """The error for a file whose bytes are not of its suffix's format, saying what it is."""
    if looks_like_html(data):
        return CorruptDocumentError(
            f"not a {expected} file: it is an HTML page (a download error page saved under this name?)", path=path)
    if data[:4] == b"%PDF":
        return CorruptDocumentError(f"not a {expected} file: it is a PDF; rename it to .pdf", path=path)
    if data[:2] == b"PK":
        return CorruptDocumentError(f"not a {expected} file: it is a ZIP archive (or another Office format)", path=path)
    return CorruptDocumentError(f"not a {expected} file (its first bytes are {data[:8]!r})", path=path)


def ascii_name(value: object) -> str:
    """A metadata value as a clean one-line string."""
    return " ".join(str(value).split()).strip()
