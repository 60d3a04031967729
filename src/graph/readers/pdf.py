"""PDF: the text layer, laid out again as paragraphs in reading order.

PDFium (pypdfium2) gives the characters in content-stream order with their boxes; it was
chosen over pdfplumber/pdfminer after measuring both on a CJK PDF drawn with the Adobe-GB1
font STSong-Light: both decode the text, but PDFium is a single C library (no Python
per-character parsing), keeps the ideographic-space indents that mark Chinese paragraphs,
and reports wrong passwords with a code.

What is done to the text, in order:

* lines are PDFium's lines; page headers, footers and page numbers are dropped: a line at
  the top or bottom edge of a page that is a page number (``- 3 -``, ``第3页``, ``3/10``) or
  that repeats, digits aside, at the same height on several pages;
* lines are joined into paragraphs: a paragraph ends where a line stops short of the right
  margin, where the next line is indented, where the font size changes, or at a wide gap;
* joins add nothing between CJK characters, drop a hyphen that split a Latin word, and put
  one space between Latin words;
* spaces PDFium generated between CJK characters (justified text) and letter-spacing in
  titles (``通 知``) are removed;
* paragraphs are separated by one newline; ``Extracted.pages`` records where each page's
  first character landed.

A PDF without a text layer (a scan) raises ``ScannedPdfError``: it needs OCR, and an empty
graph would hide that.
"""

from __future__ import annotations

import ctypes
import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from graph.errors import EmptyDocumentError, ScannedPdfError
from graph.readers.base import (
    PAGE_NUMBER,
    CorruptDocumentError,
    Extracted,
    ProtectedDocumentError,
    ascii_name,
    join_lines,
    not_what_it_says,
)

log = logging.getLogger(__name__)

_CJK = r"\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_INDENT = " \u3000\t\u00a0"
_DIGITS = re.compile(r"\d+")


@dataclass(slots=True)
class _Line:
    page: int
    text: str  # without trailing white space; leading indent kept until joined
    x0: float
    x1: float
    base: float  # baseline height from the page bottom
    size: float
    width: float  # of the page

    @property
    def indent_chars(self) -> int:
        return len(self.text) - len(self.text.lstrip(_INDENT))


def read(data: bytes, *, path: str) -> Extracted:
    """Read a PDF's text layer; raise a clear InputError for what cannot be read."""
    if b"%PDF" not in data[:1024]:
        raise not_what_it_says(data, path=path, expected="PDF")
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        # PDFium's last-error code can be stale from an earlier document in this process,
        # so each diagnosis is confirmed on the bytes
        code = getattr(e, "err_code", None)
        if b"/Encrypt" in data and code in (4, 6):  # FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY
            raise ProtectedDocumentError("the PDF is password-protected; remove the password and try again",
                                         path=path) from e
        if re.search(rb"/Count\s+0\b", data) and not re.search(rb"/Type\s*/Page(?!s)", data):
            raise EmptyDocumentError("the PDF has no pages", path=path) from e
        raise CorruptDocumentError(f"the PDF is damaged and cannot be opened ({e})", path=path) from e
    try:
        if len(pdf) == 0:
            raise EmptyDocumentError("the PDF has no pages", path=path)
        pages = [_page_lines(pdf, i) for i in range(len(pdf))]
        meta = _info(pdf)
    finally:
        pdf.close()
    chars = sum(len(ln.text.strip()) for page in pages for ln in page)
    if chars == 0:
        raise ScannedPdfError(f"the PDF has no text layer ({len(pages)} page(s) of images, a scan?); "
                              "it needs OCR before it can be read", path=path)
    undecodable = sum(1 for page in pages for ln in page for ch in ln.text if _unreadable(ch))
    if undecodable > 0.3 * chars:
        raise ScannedPdfError("the PDF's text layer cannot be decoded (fonts without a Unicode map); "
                              "it needs OCR before it can be read", path=path)
    empty = [i + 1 for i, page in enumerate(pages) if not any(ln.text.strip() for ln in page)]
    if empty and len(empty) < len(pages):
        log.warning("%s: page(s) %s have no text layer (scanned?); their text is missing", path,
                    ", ".join(map(str, empty[:20])))
    body = _drop_running_lines(pages)
    text, starts = _layout(body, len(pages))
    if not text.strip():
        raise EmptyDocumentError("the PDF holds only page headers, footers and numbers", path=path)
    return Extracted(text=text, meta=meta, pages=starts)


def _unreadable(ch: str) -> bool:
    o = ord(ch)
    return ch == "\ufffd" or 0xE000 <= o <= 0xF8FF or (o < 32 and ch not in "\t\n\r")


def _page_lines(pdf, index: int) -> list[_Line]:  # noqa: ANN001 - pypdfium2.PdfDocument
    """The page's lines in content order, each with its box and font size."""
    import pypdfium2.raw as raw

    page = pdf[index]
    width = page.get_width()
    tp = page.get_textpage()
    try:
        n = tp.count_chars()
        text = tp.get_text_range(0, n) if n else ""
        if len(text) != n:  # characters beyond the BMP: fall back to one code point per index
            text = "".join(chr(raw.FPDFText_GetUnicode(tp, i)) for i in range(n))
        # spaces PDFium made up for wide gaps are dropped between CJK characters below
        chars = list(text)
        for i, ch in enumerate(chars):
            if ch == " " and raw.FPDFText_IsGenerated(tp, i) == 1:
                chars[i] = "\x00"
        lines: list[_Line] = []
        start = 0
        for i in range(n + 1):
            if i == n or chars[i] in "\r\n":
                seg = chars[start:i]
                if any(c.strip() and c != "\x00" for c in seg):
                    lines.append(_make_line(tp, index, start, seg, width))
                start = i + 1
        return lines
    finally:
        tp.close()
        page.close()


def _make_line(tp, page: int, start: int, seg: list[str], width: float) -> _Line:  # noqa: ANN001 - PdfTextPage
    import pypdfium2.raw as raw

    text = "".join(seg)
    text = re.sub(r"(?<=[" + _CJK + r"])\x00+|\x00+(?=[" + _CJK + r"])", "", text)
    text = text.replace("\x00", " ")
    idx = [start + k for k, c in enumerate(seg) if c.strip() and c != "\x00"]
    boxes = [tp.get_charbox(k) for k in (idx[0], idx[-1])]
    sizes = [raw.FPDFText_GetFontSize(tp, k) for k in idx[:: max(1, len(idx) // 5)]]
    # the baseline (character origin) is the same for every glyph of a line, unlike glyph boxes
    x, y = ctypes.c_double(), ctypes.c_double()
    base = y.value if raw.FPDFText_GetCharOrigin(tp, idx[0], ctypes.byref(x), ctypes.byref(y)) else boxes[0][1]
    # PDFium joins a word hyphenated at a line end itself, marking the hyphen as U+FFFE
    text = re.sub("(?<=[A-Za-z])\ufffe(?=[a-z])", "", text).replace("\ufffe", "-")
    text = _unletterspace(text.rstrip())
    return _Line(page=page, text=text, x0=boxes[0][0], x1=boxes[1][2], base=base,
                 size=statistics.median(sizes) or 10.0, width=width)


def _unletterspace(text: str) -> str:
    """``通 知`` -> ``通知``: when most CJK neighbours are a space apart, the spaces are layout."""
    body = text.lstrip(_INDENT)
    pairs = re.findall(f"[{_CJK}]( ?)(?=[{_CJK}])", body)
    if len(pairs) >= 2 and sum(1 for p in pairs if p) > 0.6 * len(pairs):
        return text[: len(text) - len(body)] + re.sub(f"(?<=[{_CJK}]) (?=[{_CJK}])", "", body)
    return text


def _drop_running_lines(pages: list[list[_Line]]) -> list[_Line]:
    """Body lines of all pages, without page headers, footers and numbers."""
    def key(ln: _Line) -> tuple[str, int]:
        return _DIGITS.sub("#", re.sub(r"\s+", "", ln.text)), round(ln.base / 4)

    edges: list[set[int]] = []
    seen: Counter[tuple[str, int]] = Counter()
    for page in pages:
        order = sorted(range(len(page)), key=lambda i: -page[i].base)
        edge = set(order[:2]) | set(order[-2:])
        edges.append(edge)
        seen.update({key(page[i]) for i in edge})
    need = max(2, int(0.3 * len(pages) + 0.5))
    body: list[_Line] = []
    for page, edge in zip(pages, edges):
        for i, ln in enumerate(page):
            if i in edge and (PAGE_NUMBER.match(ln.text) or (len(pages) > 1 and seen[key(ln)] >= need)):
                log.debug("page %d: dropped running line %r", ln.page + 1, ln.text)
                continue
            body.append(ln)
    return body


def _layout(lines: list[_Line], n_pages: int) -> tuple[str, tuple[int, ...]]:
    """Join lines into paragraphs; return the text and each page's start offset."""
    if not lines:
        return "", tuple(0 for _ in range(n_pages))
    left = _mode(round(ln.x0) for ln in lines if ln.indent_chars == 0)
    rights = sorted(ln.x1 for ln in lines)
    right = rights[int(0.9 * (len(rights) - 1))]
    if len(lines) < 12:
        # too few lines to find the right margin from them: assume it mirrors the left one
        right = max(right, statistics.median(ln.width for ln in lines) - left)
    pitches = [a.base - b.base for a, b in zip(lines, lines[1:]) if a.page == b.page and 0 < a.base - b.base < 3 * a.size]
    pitch = statistics.median(pitches) if pitches else None

    out: list[str] = []
    size = 0  # characters written so far
    starts: list[int | None] = [None] * n_pages
    prev: _Line | None = None
    for ln in lines:
        body = ln.text.lstrip(_INDENT)
        if prev is None:
            sep = ""
        elif _breaks(prev, ln, left=left, right=right, pitch=pitch):
            sep = "\n"
        else:
            sep = join_lines(out[-1] if out else "", body)
            if sep == "-":  # a hyphen-split Latin word: drop the hyphen already written
                out[-1] = out[-1][:-1]
                size -= 1
                sep = ""
        out.append(sep)
        size += len(sep)
        if starts[ln.page] is None:
            starts[ln.page] = size
        out.append(body)
        size += len(body)
        prev = ln
    text = "".join(out) + "\n"
    fixed: list[int] = []
    nxt = len(text)
    for s in reversed(starts):  # a page without text starts where the next text does
        nxt = s if s is not None else nxt
        fixed.append(nxt)
    return text, tuple(reversed(fixed))


def _breaks(a: _Line, b: _Line, *, left: float, right: float, pitch: float | None) -> bool:
    em = max(a.size, 1.0)
    if b.indent_chars or b.x0 > left + 1.2 * max(b.size, 1.0):
        return True
    if a.x1 < right - 2 * em:
        return True
    if abs(a.size - b.size) > 0.15 * em:
        return True
    if a.page == b.page and pitch and (a.base - b.base) > 1.35 * pitch:
        return True
    return False


def _mode(values) -> float:  # noqa: ANN001 - iterable of numbers
    c = Counter(values)
    return float(c.most_common(1)[0][0]) if c else 0.0


def _info(pdf) -> tuple[tuple[str, str], ...]:  # noqa: ANN001 - pypdfium2.PdfDocument
    """dcterms pairs from the PDF info dictionary (the software that made it is not a creator)."""
    info = pdf.get_metadata_dict(skip_empty=True)
    out = []
    for key, name in (("Title", "title"), ("Author", "creator"), ("Subject", "description")):
        if (v := ascii_name(info.get(key, ""))):
            out.append((name, v))
    if (m := re.match(r"D:(\d{4})(\d{2})(\d{2})", info.get("CreationDate", ""))):
        out.append(("date", f"{m[1]}-{m[2]}-{m[3]}"))
    return tuple(out)
