"""Read documents from disk: find files, detect encodings, make ``Document`` objects.

Plain text and Markdown are read here. Encodings: UTF-8 (with or without BOM) first, then
GB18030 (a superset of GBK and GB2312), then charset-normalizer's best guess; text that
decodes to control characters is refused rather than turned into a graph of garbage.
Imports nothing heavy.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.errors import (
    BinaryDocumentError,
    EmptyDocumentError,
    EncodingError,
    InputError,
    MissingPathError,
    UnsupportedFormatError,
)
from graph.model import Document, Part

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES


@dataclass(frozen=True, slots=True)
class Source:
    """A file found on disk, with the name it is shown under (relative when possible)."""

    path: Path
    display: str


def discover(paths: Iterable[Path], *, base: Path | None = None) -> tuple[list[Source], list[InputError]]:
    """Expand files and folders (recursively) into sorted sources and the errors met.

    Unsupported files named directly are errors; inside a folder they are skipped with a
    log line, since folders usually hold other things too (images, PDFs of scans …).
    """
    base = base or Path.cwd()
    found: dict[Path, Source] = {}
    errors: list[InputError] = []
    for p in paths:
        p = Path(p)
        shown = _display(p, base)
        if not p.exists():
            errors.append(MissingPathError("no such file or folder", path=shown))
        elif p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    if f.suffix.lower() in SUPPORTED_SUFFIXES:
                        found.setdefault(f.resolve(), Source(f, _display(f, base)))
                    else:
                        log.info("skipped %s: unsupported file type %r", _display(f, base), f.suffix)
        elif p.suffix.lower() not in SUPPORTED_SUFFIXES:
            errors.append(
                UnsupportedFormatError(
                    f"unsupported file type {p.suffix or '(none)'!r}; supported: "
                    + ", ".join(sorted(SUPPORTED_SUFFIXES)),
                    path=shown,
                )
            )
        else:
            found.setdefault(p.resolve(), Source(p, shown))
    return sorted(found.values(), key=lambda s: s.display), errors


def _display(p: Path, base: Path) -> str:
    try:
        return p.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def decode(data: bytes, *, path: str) -> tuple[str, str]:
    """Decode bytes to text and name the encoding used; raise a clear error otherwise."""
    if not data.strip():
        raise EmptyDocumentError("the file is empty", path=path)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BinaryDocumentError("the file is binary, not text (it contains NUL bytes)", path=path)
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        name = "utf-8" if enc == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf") else enc
        return _check_text(text, path=path), name
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise EncodingError("the text encoding could not be detected (tried UTF-8, GB18030)", path=path)
    return _check_text(str(best), path=path), best.encoding


def _check_text(text: str, *, path: str) -> str:
    sample = text[:20000]
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cs") and ch not in "\n\r\t\f")
    if sample and bad / len(sample) > 0.05:
        raise BinaryDocumentError("the file is binary, not text (too many control characters)", path=path)
    if not text.strip():
        raise EmptyDocumentError("the file holds only white space", path=path)
    return text


_NEWLINES = re.compile(r"\r\n?")


def normalise_text(text: str) -> str:
    """Unify line ends and drop a BOM: the only change made before offsets are taken."""
    return _NEWLINES.sub("\n", text.lstrip("\ufeff"))


def make_document(text: str, *, path: str, encoding: str = "utf-8", fmt: str = "txt",
                  meta: tuple[tuple[str, str], ...] = ()) -> Document:
    """Wrap extracted text as a Document with a content-derived id and a title."""
    text = normalise_text(text)
    if not text.strip():
        raise EmptyDocumentError("the document has no text", path=path)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc_id = "d" + sha[:12]
    return Document(
        id=doc_id,
        path=path,
        title=guess_title(text) or Path(path).stem,
        text=text,
        sha256=sha,
        encoding=encoding,
        format=fmt,
        meta=tuple(sorted(meta)),
        parts=split_parts(text, doc_id=doc_id),
    )


# "基层党组织农村服务论文 篇1:" — the heading scraped compilations put before each paper
_PART_LINE = re.compile(r"^(?P<head>[^\n]{0,60}?)\s*篇\s*(?P<n>\d{1,3})\s*[:：]?\s*$", re.M)


def split_parts(text: str, *, doc_id: str) -> tuple[Part, ...]:
    """Find the papers of a compilation: two or more numbered 篇N heading lines.

    Each part runs from its heading line to the next one (or the end); its title is the
    first non-empty line after the heading.
    """
    heads = list(_PART_LINE.finditer(text))
    if len(heads) < 2:
        return ()
    parts = []
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        title = guess_title(text[m.end():end]) or m.group(0).strip()
        n = int(m.group("n"))
        parts.append(Part(id=f"{doc_id}-p{n}", number=n, label=f"篇{n}", title=title, start=m.start(), end=end))
    return tuple(parts)


def guess_title(text: str) -> str:
    """The first non-empty line, without Markdown heading marks, cut to 120 characters."""
    for line in text.split("\n"):
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:120]
    return ""


def read_document(src: Source) -> Document:
    """Read one source into a Document, or raise an InputError naming the file."""
    try:
        data = src.path.read_bytes()
    except FileNotFoundError as e:
        raise MissingPathError("no such file", path=src.display) from e
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror}", path=src.display) from e
    text, enc = decode(data, path=src.display)
    fmt = "md" if src.path.suffix.lower() in (".md", ".markdown") else "txt"
    return make_document(text, path=src.display, encoding=enc, fmt=fmt)


def read_all(sources: Iterable[Source]) -> Iterator[Document | InputError]:
    """Read each source, yielding the document or the error it raised (never both)."""
    for src in sources:
        try:
            yield read_document(src)
        except InputError as e:
            yield e
