"""Plain text copied out of a paged document: its hard line breaks undone, its page furniture dropped.

Why: text saved from a PDF (``pdftotext``, a viewer's "copy all", an OCR engine) breaks every
line at the page's right margin, inside words (皇|都村, 一|肩挑) and sentences, and prints the
page number and a running header at every page break, in the middle of a paragraph. The
extractors read a sentence as one run of characters: a place split over two lines is not
found, a sentence split over two is two halves. So, as the PDF reader does from the page's
geometry, paragraphs are joined again here, from the lines' widths alone.

The ordinary text file, one paragraph per line, must come through untouched. The text is
taken for hard-wrapped only when most of its long lines are as wide as one another (the
margin: the widest width most lines share), most of those end with no punctuation, as no
paragraph does, and hardly any line is wider than the margin (a list of records of one width
among paragraphs is not wrapped text). Then:

* a page number on a line of its own (``— 3 —``) is dropped, and with it a line that repeats
  at several page numbers (the running header: 中共某县委办公室文件), and blank lines around them;
* a line that reaches the margin runs on into the next one, unless the next is indented or
  blank, or opens a heading (一、, （二）, 3., 第五条) or a Markdown block (- item, # title), which
  start paragraphs; a centred or right-aligned line (a title's, a signature's) runs on into none;
* nothing is put between CJK characters; Latin words get one space (see
  :func:`graph.readers.base.join_lines`).

The offsets of the graph index the text as reflowed (``out/text/`` holds it).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from graph.readers.base import PAGE_NUMBER, join_lines

#: how wide (in half-width columns: a CJK character is two) a line must be to tell the margin
_LONG = 30
#: how far short of the margin, in columns, a line may end and still have reached it (a line
#: that ends with digits, or where a closing mark could not start the next line, ends sooner)
_SLACK = 5
#: of the lines at the margin: how many there must be, and what share of the long lines
_MIN_FULL = 8
_FULL_SHARE = 0.5
#: lines wider than the margin by more than this many columns are no wrapped text's: a few may
#: be (a long number or address that could not break), not more
_OVER = 4
_FEW_OVER = 2
_OVER_SHARE = 0.02
#: more characters than a page's line holds (a CJK line of an A4 page holds about 40)
_PAGE_LINE = 160
#: the share of the lines at the margin that must end with no punctuation (a paragraph does not)
_OPEN_SHARE = 0.5
#: punctuation a paragraph or a heading ends with
_CLOSING = tuple("。！？!?；;：:”」』）)》】…")
#: a line that opens a paragraph of its own: a numbered heading, an article, an annex
_HEADING = re.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.](?!\d)|"
                      r"第[一二三四五六七八九十百\d]+[章节条部分]|附件|附：|"
                      # (and Markdown's blocks: list items, headings, quotes, tables, fences)
                      r"[-*+•>#|]\s|```)")
#: the widest indent, in columns, of a line that runs on (a paragraph's two ideographic spaces)
_INDENT = 4
#: how many times a line must stand beside a page number to be a running header or footer
_RUNNING = 2


def width(line: str) -> int:
    """A line's width in half-width columns: wide and full-width characters count two, and so do
    those of ambiguous width (“”、…—), which a Chinese font sets full-width."""
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in line)


def reflow(text: str) -> str | None:
    """The text with its hard line breaks and page furniture undone; None when the text is not
    hard-wrapped (then it is to be kept as it is)."""
    lines = text.replace("\f", "\n").split("\n")
    ends = [ln.rstrip() for ln in lines]
    # (first, by length alone: a text with paragraphs longer than any page's line is one paragraph
    # a line, most files; measuring every character's width costs more)
    sizes = [len(ln) for ln in ends]
    if sum(1 for n in sizes if n > _PAGE_LINE) > max(_FEW_OVER, _OVER_SHARE * sum(1 for n in sizes if n >= _LONG // 2)):
        return None
    widths = [width(ln) for ln in ends]
    margin = _margin([w for w in widths if w >= _LONG])
    if margin is None:
        return None
    full = [i for i, w in enumerate(widths) if margin - _SLACK <= w <= margin + 2]
    long = sum(1 for w in widths if w >= _LONG)
    open_ends = sum(1 for i in full if not ends[i].endswith(_CLOSING))
    over = sum(1 for w in widths if w > margin + _OVER)
    if (len(full) < _MIN_FULL or len(full) < _FULL_SHARE * long or open_ends < _OPEN_SHARE * len(full)
            or over > max(_FEW_OVER, _OVER_SHARE * long)):
        return None  # (a list of records as wide as one another has paragraphs wider than them)
    drop = _furniture(ends)
    full_set = set(full)
    out: list[str] = []
    run_on = False  # whether the line written last reached the margin
    for i, line in enumerate(ends):
        if i in drop:
            continue
        if not line.strip():
            out.append("")
            run_on = False
            continue
        if run_on and out and not line[:1].isspace() and not _HEADING.match(line):
            out[-1] += join_lines(out[-1], line) + line
        else:
            out.append(line)
        # (a centred or right-aligned line, a title's or a signature's, is padded out to the margin)
        run_on = i in full_set and width(line) - width(line.lstrip()) <= _INDENT
    return "\n".join(out).rstrip("\n") + "\n"


def _margin(long_widths: list[int]) -> int | None:
    """The widest width that many long lines share, within a column or two (wrapped lines end
    at the margin or a column short of it, where a wide character did not fit)."""
    if not long_widths:
        return None
    counts = Counter(long_widths)
    best = max(counts, key=lambda w: (counts[w] + counts.get(w - 1, 0) + counts.get(w - 2, 0), w))
    return best


def _furniture(ends: list[str]) -> set[int]:
    """The lines of page numbers, running headers and footers, and the blank lines around them.

    A running line stands next to page numbers, on the same side of them, at several of them
    (the header at the top of the page after the number, a footer just above it); a line of
    text that happens to stand there once, or on either side, is not one."""
    numbers = [i for i, ln in enumerate(ends) if ln.strip() and PAGE_NUMBER.match(ln.strip())]
    if not numbers:
        return set()
    beside: dict[tuple[int, str], list[int]] = {}
    for n in numbers:
        for step in (-1, 1):
            j = n + step
            while 0 <= j < len(ends) and not ends[j].strip():
                j += step
            if 0 <= j < len(ends) and j not in numbers:
                beside.setdefault((step, re.sub(r"\d+", "#", ends[j].strip())), []).append(j)
    drop = set(numbers)
    for spots in beside.values():
        if len(spots) >= _RUNNING:
            drop.update(spots)
    for i in sorted(drop):  # the blank lines beside them go too: a page break is no paragraph break
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(ends) and not ends[j].strip() and j not in drop:
                drop.add(j)
                j += step
    return drop
