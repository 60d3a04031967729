"""Read documents from disk: find files, detect encodings, make ``Document`` objects.

Each file suffix has a reader in ``graph.readers`` (txt/md, pdf, docx, html), loaded on
first use; a reader turns bytes into the text every offset will index, plus what the file's
own metadata says. Here that text becomes a ``Document``: a content-derived id, a title,
the papers of a compilation, metadata read from the text's own lines (``graph.metadata``),
the language when the text is traditional Chinese, and a PDF's page start offsets.

Encodings of plain text: UTF-8 (with or without BOM) first, then GB18030 (a superset of GBK
and GB2312), then charset-normalizer's best guess; text that decodes to control characters
is refused rather than turned into a graph of garbage. The extracted text of every document
is written back by ``export_text`` so that each evidence sentence can be checked.
Imports nothing heavy.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from graph.errors import (
    BinaryDocumentError,
    EmptyDocumentError,
    CorruptDocumentError,
    EncodingError,
    InputError,
    MissingPathError,
    UnsupportedFormatError,
)
from graph.extract._text import cn_to_int
from graph.model import Document, Part
from graph.readers import READERS, UNSUPPORTED_REASONS, reader_for
from graph.readers.base import PAGE_NUMBER

if TYPE_CHECKING:  # pragma: no cover
    from graph.model import KnowledgeGraph

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
SUPPORTED_SUFFIXES = frozenset(READERS)


@dataclass(frozen=True, slots=True)
class Source:
    """A file found on disk, with the name it is shown under (relative when possible)."""

    path: Path
    display: str


@dataclass(frozen=True, slots=True)
class Scan:
    """What a walk over the inputs found: readable sources, errors, and files skipped (with why)."""

    sources: list[Source]
    errors: list[InputError]
    skipped: list[tuple[str, str]] = field(default_factory=list)


def scan(paths: Iterable[Path], *, base: Path | None = None, exclude: Path | None = None) -> Scan:
    """Expand files and folders (recursively) into sorted sources, errors, and skipped files.

    Unsupported files named directly are errors; inside a folder they are skipped with a
    warning naming the file and the reason, since folders usually hold other things too
    (images, spreadsheets …); ``Scan.skipped`` lets the summary count them. A folder's files
    under ``exclude`` (the build's output folder, when it lies inside an input folder: its
    graph.html and text/ would otherwise be read back as documents) are left out silently.
    """
    base = base or Path.cwd()
    skip = exclude.resolve() if exclude is not None else None
    found: dict[Path, Source] = {}
    errors: list[InputError] = []
    skipped: list[tuple[str, str]] = []
    for p in paths:
        p = Path(p)
        shown = _display(p, base)
        if not p.exists():
            errors.append(MissingPathError("no such file or folder", path=shown))
        elif p.is_dir():
            root = p.resolve()
            for f in sorted(p.rglob("*")):
                if skip is not None and (root / f.relative_to(p)).is_relative_to(skip):
                    continue  # (a path test, no file system call per file: out/cache holds many)
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    if f.suffix.lower() in SUPPORTED_SUFFIXES:
                        found.setdefault(f.resolve(), Source(f, _display(f, base)))
                    else:
                        why = unsupported_reason(f.suffix)
                        skipped.append((_display(f, base), why))
                        log.warning("skipped %s: %s", _display(f, base), why)
        elif p.suffix.lower() not in SUPPORTED_SUFFIXES:
            errors.append(UnsupportedFormatError(unsupported_reason(p.suffix), path=shown))
        else:
            found.setdefault(p.resolve(), Source(p, shown))
    return Scan(sorted(found.values(), key=lambda s: s.display), errors, sorted(skipped))


def discover(paths: Iterable[Path], *, base: Path | None = None) -> tuple[list[Source], list[InputError]]:
    """``scan`` without the skipped list: (sources, errors)."""
    found = scan(paths, base=base)
    return found.sources, found.errors


def unsupported_reason(suffix: str) -> str:
    """Why a file type is not read, and what to do about it when there is something to do."""
    supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
    why = UNSUPPORTED_REASONS.get(suffix.lower())
    head = f"unsupported file type {suffix or '(none)'!r}"
    return f"{head} ({why}); supported: {supported}" if why else f"{head}; supported: {supported}"


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


#: control (Cc), private-use (Co) and surrogate (Cs) code points other than white space: the
#: mark of binary data decoded as text. Unicode's stability policy fixes these three
#: categories' code points, so a class is exact and ~50x faster than ``unicodedata`` per character.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff"
                       "\U000f0000-\U000ffffd\U00100000-\U0010fffd]")


def _check_text(text: str, *, path: str) -> str:
    sample = text[:20000]
    bad = len(_NOT_TEXT.findall(sample))
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
                  meta: Iterable[tuple[str, str]] = (), pages: tuple[int, ...] = ()) -> Document:
    """Wrap extracted text as a Document with a content-derived id, a title and metadata.

    ``meta`` is the file's own metadata; the text's labelled lines (作者：, 来源： …) come first
    (``graph.metadata.merge``). ``pages`` are page start offsets into ``text``; they are
    moved with the text if normalising it removes characters.
    """
    from graph.chinese import is_traditional
    from graph.metadata import document_meta, part_meta

    original = text
    text = normalise_text(text)
    if pages and len(text) != len(original):
        pages = _remap(pages, original)
    if not text.strip():
        raise EmptyDocumentError("the document has no text", path=path)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc_id = "d" + sha[:12]
    title = unspaced(guess_title(text)) or Path(path).stem
    parts = split_parts(text, doc_id=doc_id)
    pairs = list(document_meta(text, parts=parts, file_meta=meta, title=title))
    if (sub := subtitle(text, title)) and sub != title:
        pairs.append(("alternative", sub))
    if is_traditional(text):
        pairs.append(("language", "zh-Hant"))
    if parts:
        parts = tuple(dataclasses.replace(p, meta=part_meta(text, p)) for p in parts)
    return Document(
        id=doc_id,
        path=path,
        title=title,
        text=text,
        sha256=sha,
        encoding=encoding,
        format=fmt,
        meta=tuple(sorted(set(pairs))),
        parts=parts,
        pages=tuple(pages),
    )


_SPACED_TITLE = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]+){2,}[\u4e00-\u9fff]")


def unspaced(title: str) -> str:
    """A masthead set with spaces between its characters (组 工 信 息) as it is named: 组工信息."""
    return re.sub(r"[ \u3000]+", "", title) if _SPACED_TITLE.fullmatch(title) else title


def _remap(offsets: tuple[int, ...], original: str) -> tuple[int, ...]:
    """Offsets into ``original`` -> offsets into ``normalise_text(original)``."""
    removed = [i for i, ch in enumerate(original) if ch == "\r" and original[i + 1:i + 2] == "\n"]
    bom = len(original) - len(original.lstrip("\ufeff"))
    return tuple(max(0, o - bom - bisect.bisect_left(removed, o)) for o in offsets)


# "基层党组织农村服务论文 篇1:" — the heading scraped compilations put before each paper
_PART_LINE = re.compile(r"^(?P<head>[^\n]{0,60}?)\s*篇\s*(?P<n>\d{1,3})\s*[:：]?\s*$", re.M)


#: a bulletin's table of contents (【本期要目】, 本期目录 …), then one line per item (◎…)
_CONTENTS = re.compile(r"^[ \t\u3000]*[【\[]?(?:本期要目|本期目录|本期导读|本期要览|目\s*录|要\s*目)[】\]]?[ \t\u3000]*$", re.M)
_CONTENTS_ITEM = re.compile(r"[ \t\u3000]*[◎●■□◆◇★☆·•▲△]\s*(?P<t>[^\n]{4,80}?)[ \t\u3000]*(?:\n|$)")


#: a bulletin's masthead near its top (党建工作简报, 组工信息, 2024年第7期)
_BULLETIN_HEAD = re.compile(r"简报|信息|动态|通讯|[第总]\s*\d{1,4}\s*期")
#: an item's numbered headline, its unit then what it did (一、新街镇：“两长三员”守护千年梯田)
_ITEM_HEADLINE = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,2}[、.．][ \t\u3000]*"
                            r"(?P<t>[^\n：:，,。]{2,14}[：:][^\n。；;]{4,40}?)[ \t\u3000]*$", re.M)
#: the line that closes a bulletin's item: who sent it, in a bracket (（新街镇党委　供稿）, （…组织委员　陈晓燕）)
_ITEM_SIGNATURE = re.compile(r"^[ \t\u3000]*[（(][^（）()\n]{2,40}[ \u3000][^（）()\n]{2,12}[）)][ \t\u3000]*$", re.M)


def _signed_items(text: str) -> list[tuple[int, str]]:
    """A bulletin issue without a table of contents: under a masthead (党建工作简报 ⏎ 2024年第7期), two
    or more numbered headlines (一、新街镇：…), each item closed by its sender's bracket line."""
    if _BULLETIN_HEAD.search("\n".join(text.split("\n", 3)[:3])) is None:
        return []
    heads = list(_ITEM_HEADLINE.finditer(text))
    if len(heads) < 2 or not _each_signed(text, heads, _ITEM_SIGNATURE):
        return []
    return [(h.start(), h.group("t").strip()) for h in heads]


def _each_signed(text: str, heads: list[re.Match[str]], signature: re.Pattern[str]) -> bool:
    """Whether every section a heading opens (to the next heading, or the end) holds its writer's
    line: the items of a bulletin, the cases of a collection, each written by someone of its own."""
    ends = [h.start() for h in heads[1:]] + [len(text)]
    return all(signature.search(text, h.end(), end) is not None for h, end in zip(heads, ends, strict=True))


def bulletin_items(text: str) -> list[tuple[int, str]]:
    """The items of a bulletin issue (工作简报, 组工信息): the headlines its table of contents lists
    (【本期要目】 ⏎ ◎皇城蒙古族乡：“双联户”… ⏎ ◎…), each found again, in order, as a line of its own
    below; (start of the headline's line, headline) for each, when two or more are found. Without a
    table of contents, its numbered headlines, each closed by its sender's line (:func:`_signed_items`)."""
    m = _CONTENTS.search(text, 0, 2000)
    if m is None:
        return _signed_items(text)
    titles, pos = [], m.end() + 1
    while (item := _CONTENTS_ITEM.match(text, pos)) is not None:
        titles.append(item.group("t").strip())
        pos = item.end()
    out: list[tuple[int, str]] = []
    for title in titles:
        line = re.compile(r"^[ \t\u3000]*" + re.escape(title) + r"[ \t\u3000]*$", re.M).search(text, pos)
        if line is None:
            return []  # a contents line with no headline of its own below: not this layout
        out.append((line.start(), title))
        pos = line.end()
    return out if len(out) >= 2 else []


#: a case's heading in a collection of cases (案例一 会同县高椅乡:“三联三帮”唤醒沉睡林地)
_CASE_LINE = re.compile(r"^[ \t\u3000]*(?P<label>案例\s*(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2}))[ \t\u3000:：、.．]+"
                        r"(?P<t>[^\n]{4,60}?)[ \t\u3000]*$", re.M)


def _numbered_cases(text: str) -> list[tuple[int, str, str]]:
    """The cases of a collection (典型案例选编): two or more heading lines 案例一, 案例二 … numbered
    from one in order, each case signed by its writer (under its heading or at its end); (start of the heading,
    its label, the case's headline) for each."""
    heads = list(_CASE_LINE.finditer(text))
    if len(heads) < 2 or [cn_to_int(m.group("n"), strict=True) for m in heads] != list(range(1, len(heads) + 1)):
        return []
    if not _each_signed(text, heads, _SIGNED_CASE):
        return []  # (a notice's annex of cases, none signed: one document, its issuer's)
    return [(m.start(), re.sub(r"\s", "", m.group("label")), m.group("t").strip()) for m in heads]


#: a case's own writer, on a line of its own under its heading or at its end ((…供稿 执笔:龙晓岚), （执笔：…）)
_SIGNED_CASE = re.compile(r"^[ \t\u3000]*[（(]?[^\n]{0,30}(?:执笔|供稿|作者|撰稿)[^\n]{0,40}$", re.M)


def split_parts(text: str, *, doc_id: str) -> tuple[Part, ...]:
    """Find the papers of a compilation: two or more numbered 篇N heading lines; or the items of a
    bulletin issue listed in its table of contents (:func:`bulletin_items`), numbered in order.

    Each part runs from its heading line to the next one (or the end); its title is the
    first non-empty line after the heading (a bulletin item's: its headline).
    """
    heads = list(_PART_LINE.finditer(text))
    cases = _numbered_cases(text) if len(heads) < 2 else []
    if cases:
        return tuple(Part(id=f"{doc_id}-p{n}", number=n, label=label, title=title, start=start,
                          end=cases[n][0] if n < len(cases) else len(text))
                     for n, (start, label, title) in enumerate(cases, 1))
    if len(heads) < 2:
        items = bulletin_items(text)
        return tuple(Part(id=f"{doc_id}-p{n}", number=n, label=f"第{n}条", title=title, start=start,
                          end=items[n][0] if n < len(items) else len(text))
                     for n, (start, title) in enumerate(items, 1))
    parts = []
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        title = guess_title(text[m.end():end]) or m.group(0).strip()
        n = int(m.group("n"))
        parts.append(Part(id=f"{doc_id}-p{n}", number=n, label=f"篇{n}", title=title, start=m.start(), end=end))
    return tuple(parts)


def guess_title(text: str) -> str:
    """The document's title (:func:`_guess_title`), without a draft's mark after it (…展板文字（定稿）,
    分镜脚本(审片稿)): the stage of a draft is no part of the name it is cited by."""
    title = _guess_title(text)
    return _DRAFT_MARK.sub("", title).rstrip() or title


#: a draft's stage in a bracket at the end of its title (（定稿）, (审片稿), （征求意见稿）; not a year or a
#: series' volume, （2024年度）, (第三辑): writers cite a title with those as often as without)
_DRAFT_MARK = re.compile(r"\s*[（(][\u4e00-\u9fff]{0,4}稿[）)]$")
#: an e-mail's header line (发件人：…, 收件人：…)
_MAIL_HEADER = re.compile(r"(?:发件人|收件人)\s*[:：]")
#: a marking of secrecy or circulation over a title (内部资料　注意保存, 秘密★1年)
_SECRECY = re.compile(r"(?:内部资料|内部刊物|内部文件|内部交流|注意保存|妥善保管|请勿外传|严禁外传|秘密|机密|绝密)"
                      r"(?:[\s\u3000★]*(?:内部资料|注意保存|妥善保管|请勿外传|严禁外传|\d+年))*")


def _guess_title(text: str) -> str:
    """The first non-empty line, without Markdown heading marks, cut to 120 characters; not a
    line that only names the issuing body or the date above the title (中共青岛市李沧区委组织部,
    then the title of its experience material) or a newspaper's column (理论·实践, 一线观察), when
    a line follows it, nor a web page's metadata line (发布日期：…); of a newspaper's kicker,
    headline and deck over the reporters' line, the headline. A line near the top that names the
    title (论文题目：…) gives it."""
    lines = _head_lines(text)
    cover = _cover_end(lines)
    if cover and _DOC_KIND_END.search(inner := _guess_title("\n".join(lines[cover:]))):
        # a compilation's cover (…培训班 / 资料汇编 / 中共婺源县委党校　编 / 2024年9月) over the first
        # document it holds, an official one (…培训方案): that document's title, as it is cited (not
        # a handbook's 目录)
        return inner
    for line in lines[:4]:
        named = _TITLE_LINE.match(line)
        if named and named.group(2).strip():
            # 论文题目：…, under a line naming the kind of work; 案例名称：X——Y: the title is X, Y its subtitle;
            # a lesson plan's 课    题：…, a film's 片名:《…》 (the title marks are the film's name's, not part of it)
            title = named.group(2).strip()
            kind = re.sub(r"[ \u3000]", "", named.group("kind"))
            if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
                title = title[1:-1]
            if kind == "主题":
                if not any(_MAIL_HEADER.match(x) for x in lines[:4]):
                    continue  # (a programme's 主题: its topic, not its title)
                # an e-mail's subject (主　题：【工作专报】第9期｜寺登村…的报告): the report's title after its
                # series' tag and issue
                title = re.split(r"[｜|]", re.sub(r"^【[^【】]{1,12}】\s*", "", title))[-1].strip()
            if kind in _NAMED_CASE:
                title = re.split("——|—", title, maxsplit=1)[0].strip()
            return title[:120]
    # an official document's red header (中共某县委办公室文件) and its number (某办发〔2023〕9号)
    # stand above its title: skipped, and not counted among the three lines looked at
    # and so does a web page's breadcrumb trail (首页 > 基层党建 > 城市党建)
    # a series' name over its issue's line (决策参考 / 2024年第17期（总第236期） / 浙江省社会科学院…
    # 2024年9月12日) stands above the title too
    # (unless no title follows: a digest's series name is its title, 四川党建要闻·基层动态汇编 / 2024年第9期 /
    # 【编者按】…)
    # several bodies issuing one notice together, a line each, over its number and its title
    # (中共湖南省委农村工作领导小组办公室 / 湖南省农业农村厅 / … / 湘农联〔2024〕156号 / 关于公布…的通知): the
    # title is the 关于 line's (as it is cited; one issuer over it is joined to it, below)
    top = 0
    while top < min(len(lines), _ISSUERS_MAX) and (_JOINT_ISSUER.fullmatch(lines[top]) or _RED_HEADER.fullmatch(lines[top])
                                                   or _DOC_NUMBER.fullmatch(lines[top])):
        top += 1
    if (top < len(lines) and lines[top].startswith("关于")
            and len({x for x in lines[:top] if _JOINT_ISSUER.fullmatch(x)}) >= 2):  # (one body twice: below)
        return _set_lines(lines[top:top + 3])[:120]
    series = {k for k in range(len(lines) - 1) if _ISSUE_LINE.fullmatch(lines[k + 1])}
    # a WeChat account's name over the post's time line (红色龙胜微党建 / 2023-07-12 07:45 发表于广西)
    posted = {k for k in range(len(lines) - 1) if _POSTED_LINE.fullmatch(lines[k + 1])}
    body = [x for k, x in enumerate(lines[:8])
            if not (_RED_HEADER.fullmatch(x) or _DOC_NUMBER.fullmatch(x) or _BREADCRUMB.fullmatch(x)
                    or _PAGE_TOOLS.fullmatch(x) or _RULE_LINE.fullmatch(x)
                    or _PAGE_META.match(x) or _SECRECY.fullmatch(x) or k in series or _ISSUE_LINE.fullmatch(x) or _DATED_ISSUER.fullmatch(x)
                    or k in posted or _POSTED_LINE.fullmatch(x)
                    or _NEWSPAPER_PAGE.fullmatch(x) or _MASTHEAD.fullmatch(x) or _WECHAT_LINE.fullmatch(x)
                    or PAGE_NUMBER.match(x) or _NAV_LINE.match(x))  # (第1页 over a slide's title, — 1 — over a page's)
            ][:6] or [x for x in lines if not _SECRECY.fullmatch(x)] or lines
    if series and (len(body[0]) > _HEADLINE_MAX or body[0].startswith("【") or _CONTENTS_LINE.fullmatch(body[0])):
        body = [lines[min(series)], *body]
    if (len(body) >= 4 and _REPORTERS_LINE.match(body[3])
            and all(len(x) <= _HEADLINE_MAX and not x.endswith("。") for x in body[:3])
            and not body[1].startswith(_SUBTITLE_MARKS)):
        return body[1][:120]  # a newspaper's kicker, headline and deck over the reporters' line
    for i, line in enumerate(body[:3]):
        if i + 1 < len(body) and _ISSUER_LINE.fullmatch(line) and body[i + 1].startswith("关于"):
            if not _written_over(lines, line, body[i + 1]):
                # a letterhead over the document's number (中共某县委组织部 / 三组函〔2025〕21号 /
                # 关于…建议的答复): the title is the 关于 line's alone
                return _set_lines(body[i + 1:i + 4])[:120]
            # 中共某县委办公室 / 关于印发…的通知: one title, as it is cited; a long one set on two or
            # three lines (关于实施“…”三年行动 / 推动抓党建促乡村振兴的实施意见) is joined
            return (line + _set_lines(body[i + 1:i + 4]))[:120]
        if i + 1 < len(body) and (_ISSUER_LINE.fullmatch(line) or DATE_LINE.fullmatch(line)
                                  or _COLUMN_LINE.fullmatch(line) or _KIND_LINE.fullmatch(line)
                                  or _SERIES_PART.fullmatch(line)
                                  or _MINUTES_HEADER.fullmatch(line) and not _FIELD.match(body[i + 1])):
            continue  # (党委会议纪要 over the minutes' own title, 江湾镇第十七次党委会议纪要; not over 时间：…)
        if (i + 2 < len(body) and _SHORT_COLUMN.fullmatch(line) and len(body[i + 1]) > len(line)
                and body[i + 2].startswith(_SUBTITLE_MARKS)):
            continue  # 一线观察 / 小网格里的“大治理” / ——沈阳大连…见闻: a column's name above a headline
        if (i + 2 < len(body) and body[i + 2].startswith(_SUBTITLE_MARKS)
                and not body[i + 1].startswith(_SUBTITLE_MARKS) and body[i + 1] not in line
                and all(_TITLE_LINE_MIN <= len(x) <= _TITLE_LINE_MAX and not x.endswith(("。", "：", ":"))
                        for x in body[i:i + 2])):
            # 坚持党建引领　深化共建共治共享 / 奋力开创江岸基层治理新局面 / ——在…推进会上的讲话: a
            # title set on two lines above its subtitle (not a page's title over the work's: 2024年…
            # 政府工作报告 / 政府工作报告 / ——2024年3月5日在…)
            return f"{line}\u3000{body[i + 1]}"[:120]
        return _without_series(line)[:120]
    return lines[0][:120] if lines else ""


#: the kind of a compilation named on its cover (资料汇编, 学员手册, 学习读本), its compiler's line
#: (中共婺源县委党校　编, 县委组织部编印)
_COVER_KIND = re.compile(r"[\u4e00-\u9fff]{0,6}(?:汇编|手册|读本)")
_COMPILER_LINE = re.compile(r"[^\s。，,：:]{2,30}[ \u3000]*(?:编印|印制|编制|编)")


def _cover_end(lines: list[str]) -> int:
    """Where a compilation's cover ends (0: no cover): a line naming the kind of compilation among
    the first three, then its compiler's line and perhaps a date, before more lines."""
    if not any(_COVER_KIND.fullmatch(x.replace(" ", "").replace("\u3000", "")) for x in lines[1:3]):
        return 0
    end = 0
    for k in range(2, min(len(lines), 6)):
        if _COMPILER_LINE.fullmatch(lines[k]) or end and DATE_LINE.fullmatch(lines[k]):
            end = k + 1
        elif end:
            break
    return end if 0 < end < len(lines) else 0


def _written_over(lines: list[str], line: str, below: str) -> bool:
    """Whether ``line`` stands right over ``below`` somewhere among ``lines``."""
    return any(a == line and b == below for a, b in zip(lines, lines[1:]))


def _without_series(line: str) -> str:
    """A headline without the series or column it opens with (【侗寨支部“领头雁”】系列报道之二：鼓楼下
    议出“旅游饭”…, 【边疆党建】…): a report is cited by its own headline."""
    m = _SERIES.match(line)
    rest = line[m.end():].strip() if m else line
    return rest if len(rest) >= _TITLE_LINE_MIN else line


#: a series' or column's name opening a headline, with its issue (【…】系列报道之二：, 系列评论｜)
_SERIES = re.compile(r"(?:【[^】\n]{1,24}】\s*)?[^\s:：｜|]{0,20}?(?:系列报道|系列评论|系列述评|系列访谈|系列调研|系列解读)"
                     r"\s*(?:之\s*[一二三四五六七八九十\d]{1,3})?\s*[:：｜|]|【[^】\n]{1,24}】")


def _set_lines(lines: list[str]) -> str:
    """The first of ``lines`` (a 关于… title), joined to the next one or two when it does not end
    with the kind of document it is and they do (…的实施意见, …的通知), each short and no sentence."""
    if _DOC_KIND_END.search(lines[0]):
        return lines[0]
    for k in range(1, len(lines)):
        if len(lines[k]) > _TITLE_LINE_MAX or lines[k].endswith(("。", "：", ":")):
            break
        if _DOC_KIND_END.search(lines[k]):
            return "".join(lines[:k + 1])
    return lines[0]


#: what an official document's title ends with: the kind of document (…的实施意见, …的通知)
_DOC_KIND_END = re.compile(r"(?:意见|通知|办法|方案|决定|规定|细则|批复|通报|纪要|规划|计划|条例|公告|通告|要点|措施|"
                           r"清单|指引|章程|准则|规则|制度|报告|决议|函)(?:[（(][^）)]{1,8}[）)])?$")


def _head_lines(text: str) -> list[str]:
    """The first twelve lines' non-empty ones, trimmed, without Markdown heading marks: where a
    title and its subtitle are looked for."""
    return [x for x in (_unmarked(line.strip().lstrip("#").strip()) for line in text.split("\n", 12)[:12]) if x]


def _unmarked(line: str) -> str:
    """``line`` without the pictographs a post's title opens or closes with (🌾微访谈｜…, …✨):
    symbols, not part of the title as it is cited."""
    a, b = 0, len(line)
    while a < b and (unicodedata.category(line[a]) in ("So", "Sk", "Cf") or line[a] == "\ufe0f"):
        a += 1
    while b > a and (unicodedata.category(line[b - 1]) in ("So", "Sk", "Cf") or line[b - 1] == "\ufe0f"):
        b -= 1
    return line[a:b].strip()


def subtitle(text: str, title: str) -> str:
    """The subtitle on the line under the title (——广州市天河区天园街道…的实践与思考), without its
    dash; "" when there is none. Writers cite a paper by it as often as by the title."""
    lines = _head_lines(text)
    for k in range(1, len(lines)):
        if lines[k].startswith(_SUBTITLE_MARKS) and lines[k - 1] in title:
            sub = lines[k].lstrip("—－- \u3000").strip()
            return sub if _TITLE_LINE_MIN <= len(sub) <= _HEADLINE_MAX else ""
    return ""


#: a line that names the title (a thesis's front matter: 论文题目：…)
_TITLE_LINE = re.compile(r"(?P<kind>论文题目|论文标题|题目|标题|课题名称|案例名称|案例标题|项目名称|成果名称|课[ \u3000]*题|片[ \u3000]*名|"
                         r"主[ \u3000]*题)"
                         r"\s*[:：]\s*(.+)")
#: the lines naming a case or a project, whose dash sets off a subtitle (a thesis's title keeps it)
_NAMED_CASE = ("案例名称", "案例标题", "项目名称", "成果名称", "片名")
#: the most lines of issuing bodies, red headers and numbers read over a joint notice's title
_ISSUERS_MAX = 12
#: one of the bodies issuing a notice together, on its own line (湖南省农业农村厅, 湖南省民政厅 too)
_JOINT_ISSUER = re.compile(r"(?:中共|中国共产党)?[\u4e00-\u9fff]{2,24}?(?:厅|局|委|办|部|办公室|委员会|政府|党校)")
#: a line naming only a body: what issues a document, above its title (not itself a title)
_ISSUER_LINE = re.compile(r"(?:中共|中国共产党)?[\u4e00-\u9fff]{2,20}?(?:委组织部|委宣传部|组织部|宣传部|委员会|党委|党工委|"
                          r"人民政府|政府|办公室|办公厅|党校|课题组|研究室|政策研究室|纪委|监委|局)(?:[\s、]+[\u4e00-\u9fff]{2,16})?")
#: an official document's red header: the issuing body's name and 文件 (中共婺源县委办公室文件)
_RED_HEADER = re.compile(r"[\u4e00-\u9fff]{2,30}文件|"
                         # or the kind of document alone, its characters set apart (审 计 报 告, 通　　报)
                         r"(?:[\u4e00-\u9fff][ \u3000]+){1,5}[\u4e00-\u9fff]")
#: an official document's number (婺办发〔2023〕9号, 国办发[2021]5号)
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[【（(]\s*\d{4}\s*[〕\]】）)]\s*\d{1,4}\s*号"
                         # (and the signer beside it: 三组函〔2025〕21号　　签发人：吴建华)
                         r"(?:\s*签发人\s*[:：]\s*[\u4e00-\u9fff]{2,4})?")
#: a web page's tools line over the title (【字体：大　中　小】　【打印】　【关闭】)
_PAGE_TOOLS = re.compile(r"(?:[【\[]\s*(?:字体|字号)\s*[:：]?\s*大\s*中\s*小\s*[】\]]|(?:字体|字号)\s*[:：]\s*大\s*中\s*小|"
                         r"[【\[]\s*(?:打印|打印本页|关闭|关闭窗口|收藏|分享|返回顶部|返回)\s*[】\]]|\s)+")
#: a web page's navigation above the article: a menu (首页　组工动态　干部工作 …), links set apart by
#: bars (安吉组织工作门户　｜　12380举报　｜　网站地图), the search box and the day's date
_NAV_LINE = re.compile(r"(?:首页|网站首页|主页)[\s\u3000]|(?:站内搜索|搜索|今天是|专题专栏)\s*[:：]"
                       r"|[^。！？\n]*?[|｜][^。！？\n|｜]*[|｜][^。！？\n]*$")
#: a line drawn with box-drawing characters or dashes, no word on it (━━━━━━━━)
_RULE_LINE = re.compile(r"[^\w\u4e00-\u9fff]+")
#: the kind of record set above the minutes' own title (党委会议纪要, 会议纪要)
_MINUTES_HEADER = re.compile(r"(?:党委|党组|党工委|常委|办公|专题|主任)?(?:会议)?纪要")
#: a labelled field of a record's head (时　　间：…, 地点：…)
_FIELD = re.compile(r"[\u4e00-\u9fff](?:[\s\u3000]*[\u4e00-\u9fff]){1,4}\s*[:：]")
#: a web page's breadcrumb trail above the title (首页 > 基层党建 > 城市党建; 当前位置：首页 » 要闻)
#: (from the home page, or at least three steps: not a title comparing two things, A>B)
_BREADCRUMB = re.compile(r"(?:(?:当前位置|您的位置|您现在的位置|所在位置|位置)\s*[:：]\s*)?"
                         r"(?:(?:首页|主页|网站首页)\s*[>＞»›]\s*|(?:[^>＞»›\s][^>＞»›]{0,14}\s*[>＞»›]\s*){2})"
                         r"(?:[^>＞»›\s][^>＞»›]{0,14}\s*[>＞»›]\s*)*[^>＞»›\s][^>＞»›]{0,20}")
#: a series' name with the part's number over the part's own title (…口述史料选编之六, …系列之三)
_SERIES_PART = re.compile(r"[\u4e00-\u9fff·“”《》]{4,30}之[一二三四五六七八九十\d]{1,3}")
#: a line naming only the kind of work above the title (会议论文, 硕士学位论文（节选）, 典型案例)
_KIND_LINE = re.compile(r"(?:会议|学术|(?:硕士|博士)?学位)论文(?:[（(]节选[）)])?|理论文章|评论员文章|典型案例|经验交流(?:材料)?|"
                        r"交流材料|参阅材料|内部资料")
#: a newspaper's column above the title (理论·实践, 基层｜党建, 【边疆党建】; a magazine's column and
#: series, 南岭观察·深度调查｜抓党建促乡村振兴)
_COLUMN_LINE = re.compile(r"[\u4e00-\u9fff]{1,4}\s*[·・•|｜]\s*[\u4e00-\u9fff]{1,4}|【[\u4e00-\u9fff·・ ]{2,10}】|"
                          r"[\u4e00-\u9fff]{2,8}(?:\s*[·・•|｜]\s*[\u4e00-\u9fff]{2,10}){2}")
#: a bulletin's contents heading under its series and issue (本期要目, 本期导读, 目录)
_CONTENTS_LINE = re.compile(r"\s*(?:本期(?:要目|导读|目录|看点)|目\s*录|要\s*目)\s*")
#: what opens a subtitle's line (——在…推进会上的讲话)
_SUBTITLE_MARKS = ("——", "—", "--")
#: a newspaper's page line over an article (安徽日报 2025年07月15日 第07版:理论; …日 星期五 A06版 党建)
_NEWSPAPER_PAGE = re.compile(r"(?:[\u4e00-\u9fff·・]{2,12}\s*)?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*"
                             r"(?:(?:星期|周)[一二三四五六日天]\s*)?(?:第\s*\d{1,3}|[A-Za-z]?\d{1,3})\s*版"
                             r"(?:\s*[:：]?\s*[\u4e00-\u9fff·]{0,10})?")
#: a WeChat post's lines above its headline: the call to follow the account (点击蓝字 关注我们) and
#: the account's line with the date (原创 勐海党建 2024年11月26日 18:30 云南)
_WECHAT_LINE = re.compile(r"(?:点击|戳)(?:上方|下方)?(?:蓝字|“[^”\n]{1,20}”|[\u4e00-\u9fff]{0,8}?)\s*(?:关注|订阅)(?:我们)?[^\n]{0,20}"
                          r"|(?:原创|转载)\s+[^\n]{0,40}?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^\n]{0,20}")
#: a WeChat post's time and place line under its account's name (2023-07-12 07:45 发表于广西)
_POSTED_LINE = re.compile(r"\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2})?\s*发表于\s*[\u4e00-\u9fff]{0,8}\s*")
#: an issue of a series or a journal (2024年第17期（总第236期）, 第3期)
_ISSUE = r"(?:\d{4}\s*年\s*)?第\s*\d{1,4}\s*期(?:\s*[（(]\s*总第\s*\d{1,5}\s*期\s*[）)])?"
#: a magazine's masthead line over an article: its name, the issue and the column (当代党员 2025年第14期 | 基层观察,
#: 基层党建与乡村发展　2023年第4期（总第58期）, 理论与当代　2024年第7期　调研手记)
_MASTHEAD = re.compile(r"[《]?[\u4e00-\u9fff]{2,12}[》]?\s*" + _ISSUE
                       + r"(?:(?:\s*[|｜·•]\s*|[\s\u3000]+)[\u4e00-\u9fff]{2,8})?")
#: an issue's line of a series
_ISSUE_LINE = re.compile(_ISSUE)
#: an issuing body and the date on one line over the title (浙江省社会科学院　　　2024年9月12日;
#: 中共…委员会办公室　编　　2024年7月29日)
_DATED_ISSUER = re.compile(r"[\u4e00-\u9fff（）()]{2,30}(?:[\s\u3000]*(?:编印|主办|编))?[\s\u3000]{2,}(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年"
                           r"\s*[\d一二三四五六七八九十]{1,2}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?")
#: a web page's line of metadata above the document (发布日期：2024-03-22　信息来源：…　作者：…)
_PAGE_META = re.compile(r"(?:发布(?:日期|时间)|信息来源|文章来源|来源|浏览次数|点击数|字号|答复类别|密级|紧急程度|公开方式|"
                        r"留言对象|留言编号|留言时间|办理状态)\s*[:：]")
#: the reporters' line or dateline under a news report's headlines (本报记者　周海川, 本报西宁6月12日电)
_REPORTERS_LINE = re.compile(r"(?:文\s*[/／：:]\s*)?(?:本报|本刊|新华社|人民日报)?(?:特约)?(?:记者|通讯员)|本报讯|本报[\u4e00-\u9fff]{2,4}\d{1,2}月\d{1,2}日电")
#: characters: the shortest and the longest line read as one of the two lines of a title (not a
#: name under a kind of work: 述职报告 / 张三 / ——2023年度)
_TITLE_LINE_MIN, _TITLE_LINE_MAX = 5, 30
#: characters: the longest line read as one of a report's headlines
_HEADLINE_MAX = 60
#: a newspaper's column named in a few characters on a line of its own (一线观察, 记者调查), told
#: from a short title by the headline and subtitle that follow it
_SHORT_COLUMN = re.compile(r"[\u4e00-\u9fff]{2,6}")
#: a line holding only a date (2024年3月15日): also what may follow a signing body's line
#: (graph.extract.relations)
DATE_LINE = re.compile(r"[（(]?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月"
                        r"(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?\s*[）)]?")


def read_document(src: Source) -> Document:
    """Read one source into a Document, or raise an InputError naming the file."""
    entry = reader_for(src.path.suffix)
    if entry is None:
        raise UnsupportedFormatError(unsupported_reason(src.path.suffix), path=src.display)
    fmt, reader = entry
    try:
        data = src.path.read_bytes()
    except FileNotFoundError as e:
        raise MissingPathError("no such file", path=src.display) from e
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror}", path=src.display) from e
    if not data.strip():
        raise EmptyDocumentError("the file is empty", path=src.display)
    try:
        ex = reader(data, path=src.display)
    except InputError:
        raise
    except Exception as e:  # a parser library failing on a damaged file: one line, the batch goes on
        log.debug("reader %s failed on %s", fmt, src.display, exc_info=True)
        raise CorruptDocumentError(f"cannot read this {fmt} file ({type(e).__name__}: {e})",
                                   path=src.display) from e
    return make_document(ex.text, path=src.display, encoding=ex.encoding, fmt=fmt, meta=ex.meta, pages=ex.pages)


def read_all(sources: Iterable[Source]) -> Iterator[Document | InputError]:
    """Read each source, yielding the document or the error it raised (never both)."""
    for src in sources:
        try:
            yield read_document(src)
        except InputError as e:
            yield e


_DOC_TEXT = re.compile(r"^d[0-9a-f]{12}\.txt$")


def export_text(*, kg: KnowledgeGraph, g: object = None, out: Path, cache: Path | None = None) -> Path:
    """Write ``out/text/<doc id>.txt``: the text every offset of the graph indexes.

    Each file is replaced atomically; text files of documents no longer in the graph are
    removed, so the folder always matches the graph beside it.
    """
    from graph.atomic import write_text

    folder = out / "text"
    folder.mkdir(parents=True, exist_ok=True)
    keep = set()
    for doc in kg.documents:
        name = f"{doc.id}.txt"
        keep.add(name)
        target = folder / name
        if not (target.exists() and target.read_text("utf-8") == doc.text):
            write_text(target, doc.text)
    for f in folder.iterdir():
        if _DOC_TEXT.match(f.name) and f.name not in keep:
            f.unlink()
    return folder
