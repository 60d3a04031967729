"""Document metadata as (dcterms local name, value) pairs, from the text's own lines.

Papers, news pages and official documents say who wrote them, who edited them, where they
come from and when, in labelled lines: ``作者：张三``, ``作者单位：中共某区委党校``,
``■ 责任编辑：李四``, ``来源：人民网  发布时间：2022-04-21``, ``（供稿：某党支部  审核：王五）``;
and in unlabelled date lines near the top (``2022-04-21 版权声明``) or a signature date at the
bottom (``2022年4月21日``, ``二〇二二年四月二十一日``). This module reads those lines and merges
them with what the file's own metadata says (Word core properties, PDF info dictionary, HTML
``<meta>``), the text first: a file's metadata is often a template's (``Administrator``).

Names: ``title``, ``creator``, ``date`` (ISO), ``publisher``, ``source``, ``contributor``
(editors, reviewers, contributors of material), ``description`` and ``language`` are dcterms
terms; ``affiliation`` (作者单位) is not, and is left for the RDF layer to map.

Imports only the model.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Sequence

from graph.model import Part

Pairs = tuple[tuple[str, str], ...]

#: label as written -> field; longer labels first so 作者单位 wins over 作者
_LABELS: dict[str, str] = {
    "作者单位": "affiliation", "工作单位": "affiliation", "单位": "affiliation",
    "作者姓名": "creator", "作者": "creator", "撰稿": "creator", "撰文": "creator", "执笔": "creator",
    "记者": "creator", "通讯员": "creator", "文": "creator",
    "责任编辑": "contributor", "编辑": "contributor", "责编": "contributor", "审核": "contributor",
    "审校": "contributor", "校对": "contributor", "编审": "contributor", "供稿": "contributor",
    "摄影": "contributor", "图": "contributor", "初审": "contributor", "终审": "contributor",
    "复审": "contributor",
    "文章来源": "source", "信息来源": "source", "稿件来源": "source", "来源": "source", "出处": "source",
    "转载自": "source",
    "发布机构": "publisher", "发布单位": "publisher", "发文机关": "publisher", "发文单位": "publisher",
    "发布部门": "publisher", "主办单位": "publisher",
    "文章标题": "title", "标题": "title", "题目": "title",
    "发布时间": "date", "发布日期": "date", "发文日期": "date", "成文日期": "date", "印发日期": "date",
    "日期": "date", "时间": "date",
}
_LABEL_ALT = "|".join(sorted(map(re.escape, _LABELS), key=len, reverse=True))
# a label starts a line or follows white space / an opening bracket / a separator, and is
# followed by a colon (or a slash for 文/图, as in 文/张三)
_LABEL = re.compile(rf"(?:^|(?<=[\s（(【\[，,;；|｜■□●◆◇▲★☆·•]))(?P<label>{_LABEL_ALT})\s*(?:[：:]|(?<=[文图])/)\s*")
_ANY_LABEL = re.compile(r"\s+[\u4e00-\u9fff]{2,5}\s*[：:]")  # 点击数：… ends a value
_DECOR = " \t\u3000■□●◆◇▲★☆·•【】[]"
_NAME_SPLIT = re.compile(r"[，,、;；/]|\s+")
_PAREN = re.compile(r"[（(]([^（）()]{2,60})[）)]")
_ORG_END = re.compile(r"(?:党校|大学|学院|学校|委员会|党委|党组|政府|委|局|厅|部|办公室|办|中心|研究院|研究所|所|公司|医院|支部|协会|报社|出版社)$")
_MAX_LINE = 100

_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*(?:年|[-/.．])\s*(?P<m>\d{1,2})\s*(?:月|[-/.．])\s*(?P<d>\d{1,2})(?!\d)\s*日?")
_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_DATE = re.compile(r"(?P<y>[〇零○Ｏ一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,3})月(?P<d>[一二三四五六七八九十]{1,3})日")

#: values file metadata carries from templates and operating systems, not from authors
JUNK_VALUES = frozenset({
    "administrator", "admin", "user", "users", "owner", "microsoft", "microsoft office user", "微软用户",
    "微软中国", "windows 用户", "windows user", "lenovo", "dell", "hp", "acer", "asus", "pc", "china",
    "作者", "未知", "unknown", "anonymous", "untitled", "unspecified", "无标题", "文档", "new document",
    "ylmf", "雨林木风", "深度联盟", "番茄花园", "系统之家", "wps", "wps office", "kingsoft", "sky123.org",
})
_JUNK_PATTERN = re.compile(r"^(?:user|admin|pc|dell|lenovo|hp|dell\d*|微软|mac)[\d\-_ .]*$|^文档\d*$|^doc\d*$", re.I)


def parse_date(text: str) -> str | None:
    """The first valid date in ``text`` as ``YYYY-MM-DD`` (Arabic or Chinese numerals)."""
    for m in _DATE.finditer(text):
        if (iso := _iso(int(m["y"]), int(m["m"]), int(m["d"]))) is not None:
            return iso
    for m in _CN_DATE.finditer(text):
        y = int("".join(str(_CN_DIGITS[c]) for c in m["y"]))
        if (iso := _iso(y, _cn_small(m["m"]), _cn_small(m["d"]))) is not None:
            return iso
    return None


def _cn_small(s: str) -> int:
    """一 .. 三十一 -> 1 .. 31."""
    if "十" not in s:
        return _CN_DIGITS.get(s, 0)
    tens, _, ones = s.partition("十")
    return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def text_meta(text: str) -> Pairs:
    """Metadata stated by the lines of ``text`` (one document or one paper of a compilation)."""
    lines = [ln.strip(_DECOR) for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    out: list[tuple[str, str]] = []
    for ln in lines:
        if len(ln) <= _MAX_LINE:
            out.extend(_labelled(ln))
    if not any(k == "date" for k, _ in out):
        if (d := _unlabelled_date(lines)) is not None:
            out.append(("date", d))
    return _dedupe(out)


def _labelled(line: str) -> list[tuple[str, str]]:
    found = list(_LABEL.finditer(line))
    out: list[tuple[str, str]] = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(line)
        value = line[m.end():end]
        if (cut := _ANY_LABEL.search(value)) is not None:
            value = value[:cut.start()]
        value = value.strip(_DECOR + "，,;；|｜")
        if value.count("）") + value.count(")") > value.count("（") + value.count("("):
            value = value.rstrip("）)")  # the bracket the whole labelled group sat in
        if not _counts(line, found, m):
            continue
        out.extend(_values(_LABELS[m["label"]], value))
    return out


def _counts(line: str, found: list[re.Match[str]], m: re.Match[str]) -> bool:
    """A label counts when the line opens with a label (来源：… 作者：…, also inside a bracket:
    ``（供稿：某支部  审核：某人）``) or when it sits right after an opening bracket
    (``某项活动（供稿：某支部）``); never in running prose (``他的作者：……``)."""
    if found[0].start() <= 1:
        return True
    return line[: m.start()].rstrip().endswith(("（", "(", "【", "["))


def _values(field: str, value: str) -> list[tuple[str, str]]:
    if not value:
        return []
    if field == "date":
        return [("date", d)] if (d := parse_date(value)) else []
    if field in ("creator", "contributor"):
        out = []
        for inner in _PAREN.findall(value):
            if _ORG_END.search(inner):
                out.append(("affiliation", inner))
        bare = _PAREN.sub(" ", value)
        for name in _NAME_SPLIT.split(bare):
            name = name.strip(_DECOR + "（）()")
            if 1 < len(name) <= 30 and "。" not in name:
                out.append((field, name))
        return out
    if len(value) > 60 or "。" in value:
        return []
    return [(field, value)]


def _unlabelled_date(lines: Sequence[str]) -> str | None:
    """A date line near the top (a dateline) or a date alone at the bottom (the signature date)."""
    head = lines[1:6] if len(lines) > 1 else lines
    for ln in head:
        if len(ln) <= 40 and (m := _DATE.search(ln) or _CN_DATE.search(ln)) and m.start() <= 2:
            if (d := parse_date(ln)) is not None:
                return d
    for ln in reversed(lines[-5:]):
        m = _DATE.fullmatch(ln.strip()) or _CN_DATE.fullmatch(ln.strip())
        if m and (d := parse_date(ln)) is not None:
            return d
    return None


def _dedupe(pairs: Iterable[tuple[str, str]]) -> Pairs:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in pairs:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return tuple(out)


def clean_file_meta(pairs: Iterable[tuple[str, str]]) -> Pairs:
    """File metadata without template junk (Administrator, untitled, Microsoft Word - …)."""
    out = []
    for name, value in pairs:
        value = re.sub(r"^Microsoft (?:Word|PowerPoint) - ", "", value.strip())
        value = re.sub(r"\.(?:docx?|wps|pdf)$", "", value, flags=re.I).strip()
        if not value or value.lower() in JUNK_VALUES or _JUNK_PATTERN.match(value):
            continue
        out.append((name, value))
    return _dedupe(out)


def merge(text_pairs: Iterable[tuple[str, str]], file_pairs: Iterable[tuple[str, str]]) -> Pairs:
    """The text's own statements first; the file's metadata fills only the fields it left empty."""
    text_pairs = tuple(text_pairs)
    have = {k for k, _ in text_pairs}
    return _dedupe([*text_pairs, *(p for p in clean_file_meta(file_pairs) if p[0] not in have)])


def document_meta(text: str, *, parts: Sequence[Part] = (), file_meta: Iterable[tuple[str, str]] = (),
                  title: str = "") -> Pairs:
    """A whole document's metadata: for a compilation only its preface speaks for the whole.

    A ``title`` equal to the document's own (first-line) title is left out, since the RDF
    layer writes that one already.
    """
    scope = text[: parts[0].start] if parts else text
    pairs = merge(text_meta(scope), file_meta)
    return tuple(sorted(p for p in pairs if not (p[0] == "title" and p[1] == title)))


def part_meta(text: str, part: Part) -> Pairs:
    """One paper's metadata (authors, affiliation, editors, date), read from its own span."""
    span = text[part.start:part.end]
    body = span.split("\n", 1)[1] if "\n" in span else ""  # the 篇N heading line is not the paper's
    return tuple(sorted(p for p in text_meta(body) if not (p[0] == "title" and p[1] == part.title)))


def parts_meta(text: str, parts: Sequence[Part]) -> dict[str, Pairs]:
    """Metadata of each paper of a compilation, by part id."""
    return {p.id: part_meta(text, p) for p in parts}
