"""HTML: the page's main content, without navigation, ads, sidebars and pager links.

trafilatura finds the main content (it scores blocks by text density and link density, and
drops header, footer, nav and comment blocks); when it finds nothing on a short page, the
body's text without script, style, nav, header, footer and aside is used instead. Lines that
only link to the previous or next article (上一篇/下一篇) and share bars are dropped after.

The encoding is the page's declared charset when it decodes, else the usual detection
(UTF-8, GB18030). Metadata comes from ``<title>`` and the ``<meta>`` names Chinese
government and news sites use (ArticleTitle, PubDate, ContentSource, Author, SiteName) as
well as the common ones (author, description, og:*, article:published_time).
"""

from __future__ import annotations

import logging
import re

from graph.errors import EmptyDocumentError
from graph.readers.base import Extracted, ascii_name

log = logging.getLogger(__name__)

_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]+)", re.I)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "big5": "big5hkscs"}

_NAV_LINE = re.compile(
    r"^\s*(?:[【\[]?\s*(?:上一篇|下一篇|上一条|下一条|上一页|下一页|前一篇|后一篇)\s*[】\]]?\s*[:：]?.*"
    r"|(?:分享到|打印本页|关闭窗口|返回顶部|【打印】|【关闭】|扫一扫).{0,30})$"
)

#: <meta> name/property (lower case) -> dcterms local name
_META: dict[str, str] = {
    "articletitle": "title", "og:title": "title", "dc.title": "title",
    "author": "creator", "dc.creator": "creator", "article:author": "creator",
    "pubdate": "date", "publishdate": "date", "article:published_time": "date", "dc.date": "date",
    "firstpublishedtime": "date", "date": "date",
    "contentsource": "source", "source": "source",
    "sitename": "publisher", "og:site_name": "publisher", "dc.publisher": "publisher",
    "description": "description", "og:description": "description",
}


def read(data: bytes, *, path: str) -> Extracted:
    """Read an HTML page's main text; raise EmptyDocumentError for a page without any."""
    markup, enc = _decode(data, path=path)
    import lxml.html
    from lxml.etree import ParserError

    try:
        tree = lxml.html.document_fromstring(markup)
    except (ParserError, ValueError) as e:
        raise EmptyDocumentError(f"the HTML page has no content ({e})", path=path) from e
    meta = _meta(tree)
    head = _heading(tree)
    text = _main_text(markup) or _body_text(tree)
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln and not _NAV_LINE.match(ln)]
    if head is not None:
        lines = _with_heading(lines, *head)
    if not lines:
        raise EmptyDocumentError("the HTML page has no text (only scripts, styles or markup)", path=path)
    return Extracted(text="\n".join(lines) + "\n", encoding=enc, meta=meta)


#: the line under an article's heading that says when, where from and by whom (发布时间：… 来源：…
#: 作者：…): its byline
_INFO_LINE = re.compile(r"(?:发布时间|发布日期|日期|时间|来源|作者|稿源|编辑)\s*[:：]")
#: runs of ASCII white space in markup text (an ideographic space is the writer's own: kept)
_ASCII_SPACES = re.compile(r"[ \t\r\n]+")
#: any white space (a line compared with the heading without it)
_ANY_SPACES = re.compile(r"\s+")
#: how many lines of the main text the heading is looked for in before it is put first
_HEAD_LINES = 3


def _heading(tree) -> tuple[str, str | None] | None:  # noqa: ANN001 - lxml.html.HtmlElement
    """The article's own heading (the page's first <h1> with text) and the info line right
    after it, if any. trafilatura keeps both as metadata, not text; but the title is the
    document's first line, and the info line names its authors."""
    for h1 in tree.iter("h1"):
        title = _ASCII_SPACES.sub(" ", h1.text_content()).strip()
        if not title:
            continue
        info = None
        nxt = h1.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()  # (a comment between them)
        if nxt is not None:
            line = _ASCII_SPACES.sub(" ", nxt.text_content()).strip()
            if line and len(line) <= 200 and _INFO_LINE.search(line):
                info = line
        return title, info
    return None


def _with_heading(lines: list[str], title: str, info: str | None) -> list[str]:
    """``lines`` opening with the article's heading and its info line, where the main text lost
    them (a title already among its first lines stays where it is)."""
    flat = _ANY_SPACES.sub("", title)
    if any(_ANY_SPACES.sub("", ln) == flat for ln in lines[:_HEAD_LINES]):
        return lines
    info_flat = _ANY_SPACES.sub("", info) if info else ""
    extra = [info] if info and not any(_ANY_SPACES.sub("", ln) == info_flat for ln in lines) else []
    return [title, *extra, *lines]


def _decode(data: bytes, *, path: str) -> tuple[str, str]:
    from graph.io import decode

    if (m := _CHARSET.search(data[:4096])) is not None:
        declared = m.group(1).decode("ascii").lower()
        codec = _ALIASES.get(declared, declared)
        try:
            return data.decode(codec).lstrip("\ufeff"), declared
        except (LookupError, UnicodeDecodeError):
            log.info("%s: declared charset %r does not decode; detecting", path, declared)
    return decode(data, path=path)


def _main_text(markup: str) -> str:
    """trafilatura's main-content text, or "" when it finds none."""
    import trafilatura

    out = trafilatura.extract(markup, include_comments=False, include_tables=True, include_images=False,
                              include_links=False, include_formatting=False, deduplicate=False,
                              favor_recall=True, with_metadata=False)
    return out or ""


_DROP = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg")
_BLOCKS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "dd", "dt")


def _body_text(tree) -> str:  # noqa: ANN001 - lxml.html.HtmlElement
    """All visible body text, one block per line: the fallback for pages trafilatura rejects."""
    body = tree.find("body")
    if body is None:
        return ""
    for el in list(body.iter(*_DROP)):
        el.drop_tree()
    for el in body.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        if el.tag in ("br",):
            continue
        el.text = "\n" + (el.text or "")
    return body.text_content()


def _meta(tree) -> tuple[tuple[str, str], ...]:  # noqa: ANN001 - lxml.html.HtmlElement
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("name") or el.get("property") or "").strip().lower()
        name = _META.get(key)
        value = ascii_name(el.get("content") or "")
        if name and value and name not in found:
            found[name] = value
    title = tree.find(".//title")
    if "title" not in found and title is not None and (t := ascii_name(title.text_content())):
        found["title"] = _strip_site_name(t)
    if "date" in found:
        m = re.search(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})", found["date"])
        if m:
            found["date"] = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
        else:
            del found["date"]
    return tuple(sorted(found.items()))


def _strip_site_name(title: str) -> str:
    """``关于加强基层党建工作的通知_某某网`` -> ``关于加强基层党建工作的通知``: the site's name is not the title."""
    parts = [p.strip() for p in re.split(r"\s*(?:_|\||｜|-{1,2}|—{1,2}|–)\s*", title) if p.strip()]
    return max(parts, key=len) if len(parts) > 1 else title
