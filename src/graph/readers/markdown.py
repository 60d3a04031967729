"""Markdown: the text a reader sees, one block a line, without the markup.

Why: a web page saved as Markdown (an article converted by a browser extension or a
crawler, a WeChat post exported, a note) carries ``## 一、…`` headings, ``**bold**`` leads,
``- `` list items, ``> `` quotes and ``![](…)`` images. Read as plain text, the marks break
the rules that read the genre's layout (a heading must open with 一、; a practice's name must not
start with ``**``) and leak into names. So the blocks are rendered as text, as the PDF reader
lays out paragraphs: each heading, paragraph, list item, quote line and table row on a line
of its own (a table's cells set apart by an ideographic space), emphasis and links reduced
to their words, an image to its alt text, code kept as written, raw HTML dropped. A line
broken inside a paragraph (Markdown's soft break) stays a line of its own when it is short or
ends a sentence (来源：… / 编辑：… under an article, as its writer meant them); a long line
broken mid-sentence was wrapped, and joins the next without a space between CJK characters
and with one between Latin words.

The parser is markdown-it-py (CommonMark, with tables). The offsets of the graph index the
rendered text (``out/text/`` holds it). A ``.txt`` file is read so only when it plainly is
Markdown (:func:`looks_like_markdown`): several ``#`` headings and other markup besides.
"""

from __future__ import annotations

import re

from graph.readers.base import Extracted, join_lines

#: a soft line break's place while a paragraph is assembled (a private-use character)
_SOFT = "\ue000"
#: strong emphasis CommonMark left unparsed next to CJK punctuation: the pair and its words
_STRONG_LEFT = re.compile(r"(\*\*|__)(?P<w>(?=\S)[^\n]+?(?<=\S))\1")
#: a line shorter than this, or ending so, ends where the writer broke it (a credit line, a
#: sentence); a longer one broken mid-sentence was wrapped and runs on into the next
_WRAPPED_MIN = 20
_LINE_END = tuple("。！？；：:!?;”」）)")
#: between a table's cells on their row's line
_CELL_SEP = "\u3000"
_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_OTHER_MARKUP = re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__|^>[ \t]|^[ \t]*[-*+][ \t]+\S|!\[[^\]\n]*\]\(|"
                           r"\[[^\]\n]+\]\([^)\n]+\)|^```|^\|.*\|[ \t]*$", re.M)
#: how many headings and other marks make a .txt file Markdown
_MIN_HEADINGS = 2
_MIN_OTHER = 2


def looks_like_markdown(text: str) -> bool:
    """Whether a plain-text file is Markdown: two ``#`` headings or more and two more marks
    of another kind (bold, a list, a quote, a link, an image, a fence, a table row); a line
    such as ``#01`` is no heading."""
    return (len(_HEADING.findall(text, 0, 200_000)) >= _MIN_HEADINGS
            and len(_OTHER_MARKUP.findall(text, 0, 200_000)) >= _MIN_OTHER)


def render(text: str) -> str:
    """The text of the Markdown ``text``, one block a line (see the module docstring)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark", {"html": False}).enable("table").parse(text)
    lines: list[str] = []
    cells: list[str] | None = None
    for tok in tokens:
        if tok.type == "tr_open":
            cells = []
        elif tok.type == "tr_close":
            if cells is not None and any(c.strip() for c in cells):
                lines.append(_CELL_SEP.join(c.strip() for c in cells))
            cells = None
        elif tok.type == "inline":
            words = _inline(tok)
            if cells is not None:
                cells.append(words)
            elif words.strip():
                lines.extend(part for part in words.split("\n") if part.strip())
        elif tok.type in ("fence", "code_block"):
            lines.extend(ln.rstrip() for ln in tok.content.splitlines() if ln.strip())
    return "\n".join(lines) + "\n" if lines else ""


def _inline(tok) -> str:  # noqa: ANN001 - markdown_it.token.Token
    out: list[str] = []
    for child in tok.children or ():
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "softbreak":
            out.append(_SOFT)
        elif child.type == "hardbreak":
            out.append("\n")
        elif child.type == "image":
            out.append(child.content)  # its alt text
    # (CommonMark does not close **潍坊是…。**近年来: a mark after punctuation and before a letter is
    # not right-flanking, though CJK text sets no space there; the pairs it left are taken out)
    pieces = _STRONG_LEFT.sub(r"\g<w>", "".join(out)).split(_SOFT)
    text = pieces[0]
    for piece in pieces[1:]:
        line = text.rsplit("\n", 1)[-1]
        if len(line) < _WRAPPED_MIN or line.endswith(_LINE_END):
            text += "\n" + piece  # (来源：… / 编辑：…: lines of their own, as the writer meant them)
        else:
            text += join_lines(text, piece) + piece
    return text


def read(data: bytes, *, path: str) -> Extracted:
    from graph.io import decode

    text, enc = decode(data, path=path)
    return Extracted(text=render(text) or text, encoding=enc)
