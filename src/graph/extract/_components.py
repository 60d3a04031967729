"""Expanding a numeric abbreviation into what it stands for, from the grammar after it.

The genre spells an abbreviation out in a few fixed ways, tried in this order:

* a parenthesis right after the term: “双联系”（机关联系基层，党员联系群众）
* 即 + an enumeration: 通过“三访”，即党员领导干部联系走访、党员干部上门家访、党员实地巡访，使…
* 一是…二是…三是… (or 其一/第一…) sentences following the term in its paragraph or the next:
  需要有三个“注重”。一是要注重倾听民声、体察民意。二是…
* a colon + an enumeration: “三张图”：治安态势感知图、风险隐患图、可用资源图 (read only when the
  count is the one the numeral promises: a colon also opens a mere explanation);
* a colon ending the line, then one short line per item (the layout of briefings and
  slides): 实施四个专项行动：⏎厕所革命⏎生活污水治理⏎… (again only with the promised count).

(A list quoted *before* the term — “推动发展、服务群众…”的十六字要求 — is read where the term
is found, in ``mechanisms``.) The count is checked against the numeral: 三 -> 3 items,
十六字 -> 16 characters; :func:`agrees` says whether they match.

Imports the model and shared text helpers only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from graph.extract._text import CN_NUM_CHARS, PAIR_JOIN, cn_to_int, find_quotes, split_items
from graph.model import Sentence

_PAREN = re.compile(r"\s*[（(](?P<c>[^（）()\n]{3,100})[）)]")
_NAMELY = re.compile(r"[，,]?\s*即[:：，,]?")
#: 所谓“四定一评”，就是…; 按照“三张清单”分类办理，即…: read only in the promised count
_NAMELY_ALSO = re.compile(r"[”\"]?[，,]?\s*(?:就是|也就是|指的是|是指)[:：，,]?|[\u4e00-\u9fff]{1,8}[，,]\s*即[:：，,]?")
#: 指 alone, "that is" (“两会”指百姓议事会、…), not the start of 指导, 指出 …
_ZHI = r"指(?![导出标挥引南数定示])"
_CLAUSE_END = re.compile(r"[，,。；;！？!?]")
_CLAUSE_OR_COLON = re.compile(r"[，,。；;！？!?：:]")
_ORDINALS = "一二三四五六七八九十"
_MARKER = re.compile(
    rf"^(?:(?:其|第)?(?P<a>[{_ORDINALS}])(?:步|个方面)?(?:是|、|，|,|：|:)|(?P<b>首先|其次|再次|最后)[，,：:]?)"
)
_LEAD = re.compile(r"(?:要|应|应当|必须|是|要在|在于)")
_NUMERAL_RUN = re.compile(rf"[{CN_NUM_CHARS}双]+")
_COLON = re.compile(r"\s*(?:[：:]|——|—)\s*(?:是指|即|指|包括)?[：:，,]?\s*")
_EACH_ONE = re.compile(rf"^([{CN_NUM_CHARS}]+)个一")
#: a list marker opening an item line: 1. / 1、 / （1） / - / •
_LINE_MARKER = re.compile(r"^(?:(?P<n>\d{1,2})[.．、]\s*|[（(](?P<p>\d{1,2})[)）]\s*|[-•·]\s*"
                          r"|第(?P<c>[一二三四五六七八九十]{1,2})(?:步|条|项|点)[\s　]*)")
_LINE_ITEM_MAX = 30  # characters: a longer line is prose, not an item of a list
#: a section number: the line opens the next part of the text, not an item of this list
_SECTION = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+[章节部分条])")


@dataclass(frozen=True, slots=True)
class Expansion:
    """Component spans (absolute offsets) and where they were read."""

    items: tuple[tuple[int, int], ...]
    sent_index: int
    start: int
    end: int
    rule: str


#: “1+3+N”, “1+M+N”, “2+3+6+6”: parts joined by plus signs, the first a number, the others
#: numbers or one Latin letter (a count left open)
_PLUS_CODE = re.compile(r"[0-9０-９]+(?:[+＋](?:[0-9０-９]+|[A-Za-zＡ-Ｚａ-ｚ]))+")
_PLUS = re.compile(r"[+＋]")


def plus_parts(term: str) -> list[str] | None:
    """The parts of a plus code (“1+3+N” -> 1, 3, N), or None for another term."""
    return _PLUS.split(term) if _PLUS_CODE.fullmatch(term) else None


def numeral_of(term: str) -> tuple[int | None, bool]:
    """The count a numeric abbreviation promises, and whether it counts characters.

    四新十无 -> (14, False): the numerals add up (三统一 -> 3: 统一 is a word); 十六字要求 -> (16, True); 三访 -> (3, False);
    四个一批, 七个一点 -> 4, 7 (N things, each "one X"); “135”工作法 -> 3 (one item per digit:
    1个小时响应、3天内办结、5个工作日回访); “1+3+N” -> 3 (one item per part).
    """
    if is_digit_code(term):
        return len(term), False
    parts = plus_parts(term)
    if parts is not None:  # “1+3+5”工作法: one item per part (一个…、三级…、五大…)
        return len(parts), False
    each = _EACH_ONE.match(term)
    if each:
        return cn_to_int(each.group(1).replace("双", "两")), False
    if len(term) > 2 and term.endswith("一") and term[-2] not in CN_NUM_CHARS:
        term = term[:-1]  # 三统一, 三合一: the 一 of a word (统一 "unify"), not a fourth item
    term = term.replace("位一体", "位")  # 五位一体: five in one body, five items
    runs = [cn_to_int(r.replace("双", "两")) for r in _NUMERAL_RUN.findall(term)]
    runs = [r for r in runs if r]
    if not runs:
        return None, False
    m = _NUMERAL_RUN.search(term)
    assert m is not None
    if term[m.end():m.end() + 1] == "字":
        return runs[0], True
    return sum(runs), False


#: a code of two or three digits, each the count of its item (“135”, “369”); not a year or a
#: hotline (“2025”, “12345”: four digits or more)
_DIGIT_CODE = re.compile(r"[1-9]{2,3}")


def is_digit_code(term: str) -> bool:
    """“135”, “369”: a practice named by the counts of its items (see :func:`numeral_of`)."""
    return _DIGIT_CODE.fullmatch(term) is not None


_NON_HAN = re.compile(r"[^\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"[。；;]")


def agrees(numeral: int | None, by_chars: bool, texts: Sequence[str]) -> bool:
    if numeral is None or not texts:
        return False
    if by_chars:
        return sum(len(_NON_HAN.sub("", t)) for t in texts) == numeral
    return len(texts) == numeral


def after_term(text: str, end: int, sent: Sentence, *, expect: int | None) -> Expansion | None:
    """A parenthesis or 即-enumeration right after a term ending at ``end``."""
    m = _PAREN.match(text, end)
    if m:
        items = split_items(m.group("c"), m.start("c"), expect=expect)
        return Expansion(tuple(items), sent.index, m.start(), m.end(), "components.parenthesis")
    m = _NAMELY.match(text, end)
    strict = False  # 就是 and a 即 a clause later define a term too, but only in the promised count
    if m is None and expect is not None:
        m = _NAMELY_ALSO.match(text, end)
        if m is not None and _HEAD_WORD.search(m.group(0)):
            m = None  # “双融双促”楼宇党建模式，即…: the practice's own head, read by the caller
        strict = m is not None
    if m and m.end() < sent.end:
        # (即民情台账、问题台账、销号台账：网格员每天…: a colon after the list opens what is done with it)
        stop = _CLAUSE_OR_COLON.search(text, m.end(), sent.end)
        seg_end = stop.start() if stop else sent.end
        items = split_items(text[m.end():seg_end], m.end(), expect=expect)
        if expect is not None and len(items) != expect and len(joined := joined_list(text, m.end(), seg_end)) == expect:
            items = joined  # 即问题清单、任务清单和责任清单 (before the items are sought past the clause's end)
        if expect is not None and len(items) != expect:
            # the items may hold commas: read to the sentence end instead
            stop2 = _SENTENCE_END.search(text, m.end(), sent.end)
            end2 = stop2.start() if stop2 else sent.end
            wider = split_items(text[m.end():end2], m.end(), expect=expect)
            if len(wider) == expect:
                items = wider
        if expect is not None and len(items) != expect and _after_another_term(text, end):
            # “两个确保”“三个提升”，即确保…、确保…，提升…、提升…、提升…: two terms spelled out in
            # turn; the later one's items are the clause of its count after the earlier one's
            later = _clause_of_count(text, seg_end, sent.end, expect)
            if later is not None:
                items = later
        if strict:
            if len(items) != expect:
                return None
            # an item stops at a colon (按效定报酬：合作社与农户… -> 按效定报酬)
            items = _opened_alike(text, [(a, text.find("：", a, b) if "：" in text[a:b] else b) for a, b in items])
            items = _framed(text, items)
            if any(b - a > _SHORT_ITEM for a, b in items) and not all(
                    _LONG_ITEM_MIN <= b - a <= _LONG_ITEM for a, b in items):
                # “三级联动”是指区、街乡、社区（村）三级党组织上下贯通: a sentence, not items; but items
                # of one build may each be long (村党组织书记向乡镇党委述职、…、县委向朝阳市委专题报告…)
                return None
        return Expansion(tuple(items), sent.index, sent.start, sent.end, "components.namely")
    return None


def _after_another_term(text: str, end: int) -> bool:
    """Whether the quoted term ending at ``end`` (its closing quote there or just before) follows
    another quoted term right before its opening quote (“两个确保”“三个提升”)."""
    opening = text.rfind("“", 0, end)
    return opening > 0 and text[opening - 1] == "”"


def _clause_of_count(text: str, start: int, sent_end: int, expect: int) -> list[tuple[int, int]] | None:
    """The items of the first clause after ``start`` (a clause mark there) that holds ``expect``."""
    pos = start
    while pos < sent_end and text[pos] in "，,；;":
        stop = _CLAUSE_END.search(text, pos + 1, sent_end)
        seg_end = stop.start() if stop else sent_end
        items = split_items(text[pos + 1:seg_end], pos + 1, expect=expect)
        if len(items) == expect:
            return items
        pos = seg_end
    return None


#: what a list's frame says of all its items after the last (…利益链深度融合, …有机结合)
_SAID_OF_ALL = re.compile(r"(?:深度|有机|紧密|协同|同步|相互|全面|一体)?(?:融合|结合|联动|贯通|互动|衔接|发展|推进)")
#: the verb a list of items shares before its first (推动组织链、产业链、利益链深度融合)
_FRAME_VERB = re.compile(r"推动|推进|促进|实现|加强|强化|做到|坚持|突出|抓好|建强")


def _framed(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items without the frame their sentence puts round them: the verb before the first and what is
    said of them all after the last, when the items otherwise end alike (推动组织链、产业链、利益链
    深度融合 -> 组织链, 产业链, 利益链)."""
    if len(items) < 3:
        return items
    ends = {text[b - 1] for a, b in items[:-1]}
    out = list(items)
    if len(ends) == 1:
        head = ends.pop()
        a, b = out[-1]
        cut = text.rfind(head, a, b - 1)
        verb = _FRAME_VERB.match(text, *out[0])
        if (cut >= a + 1 and text[b - 1] != head and _SAID_OF_ALL.fullmatch(text, cut + 1, b) and verb is not None
                and out[0][1] - verb.end() >= 2 and not any(_FRAME_VERB.match(text, x, y) for x, y in out[1:])):
            out[-1] = (a, cut + 1)  # 利益链|深度融合
            out[0] = (verb.end(), out[0][1])  # 推动|组织链
    return out


#: head nouns of a practice's name (…模式, …机制): a term followed by one is named again, not used
_HEAD_WORD = re.compile(r"模式|机制|工程|制度|体系|做法|办法|工作法|行动|活动|服务|管理")


def _opened_alike(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items after the first all open with one character (亮承诺、亮标准): the first item starts
    where that character last stands in it (党员店主在门店亮身份 -> 亮身份)."""
    if len(items) < 2:
        return items
    opener = {text[a] for a, b in items[1:] if b > a}
    (s0, e0) = items[0]
    if len(opener) == 1 and (cut := text.rfind(opener.pop(), s0, e0)) > s0:
        return [(cut, e0), *items[1:]]
    return items


def _family(m: re.Match[str]) -> str:
    """Which kind of marker: 第一， / 一是 / 其一 / 一、 / 首先 — items of one list share it."""
    if m.group("b"):
        return "adverb"
    head = m.group(0)
    if head.startswith("第"):
        return "di"
    if head.startswith("其"):
        return "qi"
    return "shi" if head[1:2] == "是" else "dun"


def ordinal_list(text: str, following: Sequence[Sentence], *, lead: int = 0,
                 first_clause: bool = False, rule: str = "components.ordinal_list") -> Expansion | None:
    """一是…二是…三是… items in the sentences that follow a term (first marker must be 一).

    ``lead`` sentences without a marker may come before the first item (a heading's
    introduction); markers of another family inside an item (一是… within 第一，…) are part of
    its explanation. With ``first_clause`` an item is only the clause after its marker
    (第一，优化班子队伍的结构。 -> 优化班子队伍的结构), as items of a named practice are.
    """
    items: list[tuple[int, int]] = []
    expected = 1
    family = ""
    first: Sentence | None = None
    last: Sentence | None = None
    skipped = 0
    for sent in following:
        m = _MARKER.match(sent.text)
        if m and family and _family(m) != family:
            m = None  # an inner list of the item before
        if not m:
            if items and last is not None and sent.paragraph == last.paragraph:
                continue  # explanation between items
            if items:
                break
            skipped += 1
            if skipped > lead:
                return None
            continue
        n = _ORDINALS.index(m.group("a")) + 1 if m.group("a") else \
            ("首先", "其次", "再次", "最后").index(m.group("b")) + 1
        if m.group("b") == "最后" and items:
            n = expected
        if n != expected:
            if items:
                break
            return None
        family = family or _family(m)
        s = sent.start + m.end()
        lead_word = _LEAD.match(text, s, sent.end)
        if lead_word:
            s = lead_word.end()
        e = sent.end
        if first_clause:
            stop = _CLAUSE_END.search(text, s, sent.end)
            e = stop.start() if stop else sent.end
        while e > s and text[e - 1] in "。；;！!，,":
            e -= 1
        if e > s:
            items.append((s, e))
        first = first or sent
        last = sent
        expected += 1
    if len(items) < 2 or first is None or last is None:
        return None
    return Expansion(tuple(items), first.index, first.start, last.end, rule)


def _term_keys(term: str) -> list[str]:
    """The characters of a numeric abbreviation besides its numerals (四联四强 -> 联, 强; 三个一批
    -> 批): what each of its items holds."""
    return [c for c in _NUMERAL_RUN.sub("", term.replace("个", "")) if "\u4e00" <= c <= "\u9fff"]


def _holding(keys: list[str]) -> re.Pattern[str]:
    """A pattern that finds ``keys`` in order, anything between."""
    return re.compile(".*?".join(map(re.escape, keys)))


def joined_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a 、-list whose last two are joined by 和/及/与 (A、B和C -> A, B, C)."""
    parts = _pieces(text, start, end, _ENUM_SEP)
    if len(parts) >= 2:
        a, b = parts[-1]
        join = max(PAIR_JOIN.finditer(text, a, b), key=lambda j: j.start(), default=None)
        if join is not None and join.start() > a:
            parts[-1:] = [(a, join.start()), (join.end(), b)]
    return [(a, b) for a, b in parts if b > a]


#: a heading's number: （一）, (1), 一、, 1., 第一，
_HEADING_NUMBER = re.compile(r"\s*(?:[（(](?:[一二三四五六七八九十]{1,2}|\d{1,2})[）)]|[一二三四五六七八九十]{1,2}[、.．]|"
                             r"\d{1,2}[.．、]|第[一二三四五六七八九十]{1,2}[，,、])\s*")
#: the longest first clause of a heading read as an item
_HEADING_ITEM_MAX = 16


def heading_items(text: str, term: str, openers: Sequence[Sentence], *, expect: int | None) -> Expansion | None:
    """The items of a numeric abbreviation as the numbered headings of the sections that follow it,
    each holding the term's own characters in order: “四联四强” -> （一）组织联建强堡垒，让支部“硬起来”
    …（四）服务联办强治理; “三抓三促” -> 一、抓学习促提升 … ``openers``: the sentences after the
    term that open a paragraph. Only with exactly the promised count of such headings (for a
    paired term, 四联四强, one heading per pair).
    """
    keys = _term_keys(term)
    if expect is None or not 2 <= len(keys) <= 4:  # one character (两新, 两重) is in too many headings
        return None
    inside = _holding(keys)
    items: list[tuple[int, int]] = []
    first: Sentence | None = None
    for sent in openers:
        number = _HEADING_NUMBER.match(sent.text)
        if number is None:
            continue
        s = sent.start + number.end()
        lead = _LEAD.match(text, s, sent.end)
        if lead:
            s = lead.end()  # （一）要组织联建强引领
        stop = _CLAUSE_END.search(text, s, sent.end)
        e = stop.start() if stop else sent.end
        if 0 < e - s <= _HEADING_ITEM_MAX and inside.search(text, s, e) and term not in text[s:e]:
            # (not a heading that names the term itself: 一、贯彻“三个代表”重要思想)
            items.append((s, e))
            first = first or sent
    # “四联四强”: four headings, each one 联 and one 强 (a pair per item, not eight items)
    runs = [cn_to_int(r.replace("双", "两")) for r in _NUMERAL_RUN.findall(term)]
    paired = runs[0] if len(runs) == 2 and runs[0] == runs[1] else None
    if len(items) not in (expect, paired) or first is None:
        return None
    return Expansion(tuple(items), first.index, first.start, items[-1][1], "components.headings")


#: what opens a list of items later in the term's sentence (做到签约一批、…; 确保保基本民生、…; 以…为标尺)
_KEYED_LEAD = re.compile(rf"(?:做到|确保|实现|推动|坚持|突出|聚焦|包括|即|以|把|{_ZHI})")
#: what closes such a list (…零案件为标尺; …招才引智结合起来; …等)
_KEYED_TAIL = re.compile(r"(?:为标尺|为核心|为支撑|为重点|为抓手|为目标|结合起来|统一起来|等方面|等"
                         r"|(?:等)?(?:[一二三四五六七八九十两]+(?:部分|方面|类|项))?(?:构成|组成)[\u4e00-\u9fff]{0,6})$")
#: what a whole list is made of opens after these (报酬由|基本报酬、考核奖励…三部分构成): the last one in
#: the first item
_MADE_OF = re.compile(r"由|包括|分为|涵盖")
_CLAUSES = re.compile(r"[，,；;：:。]")
#: an item that states an aim (使…, 让…, 努力把…, a comparative 更), or a list that qualifies a noun
#: (农业强、农村美、农民富的美好画卷): not parts
_AIM_ITEM = re.compile(r"^(?:使|让|努力|把)|更|越来越|的")


#: digits (counts, in an item of a report rather than of a definition)
_DIGITS = re.compile(r"\d")
#: characters: the longest quoted part of an item read as the item (以“联学”促提升)
_QUOTED_PART_MAX = 12


def keyed_items(text: str, term: str, end: int, sent: Sentence, *, expect: int | None,
                digits_out: bool = False) -> Expansion | None:
    """A list later in the term's sentence whose items each hold the term's own characters, in
    the promised count: 深化“三个一批”活动，做到签约一批、开工一批、投产一批; 兜牢“三保”底线，确保保基本
    民生、保工资、保运转; 深化“三零”创建，以村（社区）零上访、零事故、零案件为标尺. With ``digits_out``
    (a list in another sentence than the term's), no item may hold a count."""
    keys = _term_keys(term)
    if expect is None or not 1 <= len(keys) <= 4 or expect < 2:
        return None
    inside = _holding(keys)
    runs = _runs(term)
    # 三联三促 (one 联 and one 促 an item: three items) and 三单一账 (three items of 单, one of 账)
    paired = runs[0][0] if len(runs) == 2 and runs[0][0] == runs[1][0] else None
    split = runs if len(runs) >= 2 and len({k for _, k in runs}) == len(runs) else None
    # 推行“四岗认领”，…设立政策宣传岗、产业帮带岗、矛盾调解岗和环境监督岗: items named by the
    # noun the term counts (岗), each ending with it
    counted = re.compile(re.escape(keys[0]) + "$") if len(keys) > 1 and _COUNTED_NOUN.match(term) else None
    measured = _MEASURED_NOUN.match(term)
    if measured is not None:
        # 建立“三张清单”，梳理需求清单、资源清单、项目清单: the noun after the measure word (张) ends each item
        counted = re.compile(re.escape(measured.group("noun")) + "$")
        keys = list(measured.group("noun"))
        inside = _holding(keys)
    wanted = {expect, paired} if paired else {expect}
    doubles = split if split and all(n == 2 for n, _ in split) else None  # 双审双签: one item a part
    if doubles:
        wanted.add(len(doubles))
    pos = end
    halves: list[list[tuple[int, int]]] = []  # the clauses of a two-run term's items so far, in order
    for stop in [*_CLAUSES.finditer(text, end, sent.end), None]:
        a, b = pos, stop.start() if stop else sent.end
        pos = stop.end() if stop else sent.end
        items = _pieces(text, a, b, _ENUM_SEP)
        if split and len(split) == 2 and split[0][0] == split[1][0] and (
                half := _run_clause(text, items, split[len(halves)], split[1 - len(halves)][1])) is not None:
            # 三回三带: 动员外出务工能人回乡、大中专毕业生回村、退役军人回归，引导…带头创业、带动就业、带强班子: one
            # clause for each run, its items each holding the run's character
            halves.append(half)
            if len(halves) == 2:
                both = [*halves[0], *halves[1]]
                return Expansion(tuple(both), sent.index, both[0][0], both[-1][1], "components.keyed")
            continue
        halves = []
        if len(items) not in wanted and (counted or split) and len(joined := joined_list(text, a, b)) in wanted:
            items = joined  # 问题清单、任务清单、责任清单和整改台账
        if len(items) not in wanted:
            continue
        (s0, e0), (sl, el) = items[0], items[-1]
        lead = _KEYED_LEAD.match(text, s0, e0)
        if (sub := _SUBTERM.match(text, s0, e0)) is not None and e0 - sub.end() >= 2:
            s0 = sub.end()  # (“五化”即网格设置标准化、…: the term, defined in place, opens the list)
        elif lead and not (len(items) > 1 and text.startswith(lead.group(), items[1][0])):
            s0 = lead.end()  # (not a word every item opens with: 把党员组织起来、把人才组织起来…)
        elif (counted or split) is not None and (verb := _last_list_verb(text, s0, e0)) is not None:
            s0 = verb  # (按照个人特长设立|政策宣传岗, 逐项建立|问题清单)
        elif split and (made := [m.end() for m in _MADE_OF.finditer(text, s0, e0) if e0 - m.end() >= 2]):
            s0 = made[-1]  # (由|楼栋长、单元长、院落长和专职网格员组成)
        tail = _KEYED_TAIL.search(text, sl, el)
        if tail:
            el = tail.start()
        # 零事故、零案件: the first item starts where its opener last stands
        items = _opened_alike(text, [(s0, e0), *items[1:-1], (sl, el)])
        items = [_unbracketed(text, s, e) for s, e in items]
        quoted = [q for s, e in items for q in [next(find_quotes(text, s, e), None)]
                  if q is not None and 2 <= len(q.text) <= _QUOTED_PART_MAX and inside.search(q.text)]
        if len(quoted) == len(items):  # 以“联学”促提升、以“联帮”解难题: the parts are what is quoted
            items = [(q.inner_start, q.inner_end) for q in quoted]
        elif measured is not None:
            # (机关支部梳理|资源清单, 双方协商形成|项目清单; 新就业群体“需求清单”: each item after its own
            # verb, or its quoted words)
            items = [(q.inner_start, q.inner_end) if (q := next(find_quotes(text, s, e + 1), None)) is not None
                     and counted.search(q.text) else (_last_list_verb(text, s, e) or s, e) for s, e in items]
        if any(_AIM_ITEM.search(text, s, e) for s, e in items):
            return None  # 农业更强、农村更美、农民更富: what “三农” are to become, not its parts
        if digits_out and any(_DIGITS.search(text, s, e) for s, e in items):
            return None  # 召开听证会6次、协调会14次: counts of what was done, not parts
        short = all(0 < e - s <= _SHORT_ITEM for s, e in items)
        if len(items) == expect and (all(short and inside.search(text, s, e) for s, e in items) or (
                counted is not None and all(2 < e - s <= _SHORT_ITEM and counted.search(text, s, e) for s, e in items))):
            return Expansion(tuple(items), sent.index, items[0][0], items[-1][1], "components.keyed")
        if len(items) == paired and short and all(inside.search(text, s, e) for s, e in items):
            return Expansion(tuple(items), sent.index, items[0][0], items[-1][1], "components.keyed_pairs")
        if split and len(items) == expect and short and _each_of_a_run(text, items, split):
            return Expansion(tuple(items), sent.index, items[0][0], items[-1][1], "components.keyed")
        if doubles and len(items) == len(doubles) and all(e - s <= _DOUBLE_ITEM for s, e in items) and all(
                text.count(k, s, e) >= 1 and all(o == k or o not in text[s:e] for _, o in doubles)
                for (s, e), (_, k) in zip(items, doubles, strict=True)):
            # 双审双签: 双重审核、双签字, one item for each of its parts, in order
            return Expansion(tuple(items), sent.index, items[0][0], items[-1][1], "components.keyed_pairs")
        return None
    return None


def _unbracketed(text: str, start: int, end: int) -> tuple[int, int]:
    """An item without the brackets or quote marks of the list around it (（联思想帮认识 … 联民生帮解困）)."""
    while start < end and text[start] in "（(“「\"":
        start += 1
    while end > start and text[end - 1] in "）)”」\"":
        end -= 1
    return start, end


#: characters: the longest item of a 双X双Y term spelled out one item a part (双重审核、双签字)
_DOUBLE_ITEM = 6


def _run_clause(text: str, items: list[tuple[int, int]], run: tuple[int, str], other: str) -> list[tuple[int, int]] | None:
    """A clause's 、-list as one run's items (三回 of 三回三带: 能人回乡、毕业生回村、军人回归): as many as the run
    counts, each short and holding its character and not the other run's (联产业促发展 is an item of both)
    (the first starting after the verb over the list)."""
    n, key = run
    if len(items) != n or n < 2:
        return None
    (s0, e0), rest = items[0], items[1:]
    if _SUBTERM.match(text, s0, e0):
        return None  # (“三联”即支部联网格、…，“三帮”即…: each run defined as a term of its own, read so)
    if (lead := _KEYED_LEAD.match(text, s0, e0)) is not None:
        s0 = lead.end()  # (即县级领导联乡镇、…)
    elif (verb := _last_list_verb(text, s0, e0)) is not None:
        s0 = verb
    items = _opened_alike(text, [(s0, e0), *rest])  # (回引人才|带头创业、带动就业: where the others open)
    if all(2 <= e - s <= _SHORT_ITEM and key in text[s:e] and other not in text[s:e] for s, e in items):
        return items
    return None


def _runs(term: str) -> list[tuple[int, str]]:
    """A numeric abbreviation's numerals, each with the character it counts: 三联三促 -> (3, 联),
    (3, 促); 三单一账 -> (3, 单), (1, 账); [] when a numeral counts nothing (三个一批 -> (3, 批))."""
    out: list[tuple[int, str]] = []
    for m in _RUN.finditer(term.replace("个", "")):
        n = cn_to_int(m.group("n").replace("双", "两"))
        if n is None or not m.group("k"):
            return []
        out.append((n, m.group("k")[0]))
    return out


_RUN = re.compile(rf"(?P<n>[{CN_NUM_CHARS}双]+)(?P<k>[\u4e00-\u9fff]*?)(?=[{CN_NUM_CHARS}双]|$)")


def _each_of_a_run(text: str, items: list[tuple[int, int]], runs: list[tuple[int, str]]) -> bool:
    """Whether each item holds the counted character of exactly one run, as many items per run as
    it counts: 问题清单、任务清单、责任清单、整改台账 for 三单一账."""
    counts = {k: 0 for _, k in runs}
    for s, e in items:
        held = [k for k in counts if k in text[s:e]]
        if len(held) != 1:
            return False
        counts[held[0]] += 1
    return all(counts[k] == n for n, k in runs)


#: a term that counts a noun and then says what is done with them (四岗认领, 三单管理): its items
#: are named by that noun
#: a count, a measure word and the noun counted (三张清单, 四本台账, 两项制度): the noun each item ends with
_MEASURED_NOUN = re.compile(r"^[一二两三四五六七八九十]+(?:张|本|项|份|类|套)(?P<noun>[\u4e00-\u9fff]{2})$")
_COUNTED_NOUN = re.compile(r"^[一二两三四五六七八九十双]+[^一二两三四五六七八九十双\W\d]{3}$")


def _last_list_verb(text: str, start: int, end: int) -> int | None:
    """Where the first item of a list starts after the verb that governs the list (设立|政策宣传岗)."""
    found = [v.end() for v in _LIST_VERB.finditer(text, start, end) if end - v.end() >= 2]
    return found[-1] if found else None


def colon_list(text: str, end: int, sent: Sentence, *, expect: int | None) -> Expansion | None:
    """“三通一码”：赣服通、赣政通、赣企通、赣通码 — the items after a colon right after the term,
    up to the sentence end; only when there are as many as ``expect``."""
    m = _COLON.match(text, end)
    if m is None or expect is None or expect < 2 or m.end() >= sent.end:
        return None
    seg_end = sent.end
    while seg_end > m.end() and text[seg_end - 1] in "。；;！!？?，, ":
        seg_end -= 1
    # (“三必访”要求：困难户必访、监测户必访、独居老人必访，两年累计入户走访…: the items fill the first
    # clause, what follows says what came of them)
    first = _CLAUSE_END.search(text, m.end(), seg_end)
    clause = text[m.end():first.start()] if first is not None else ""
    items = split_items(clause, m.end(), expect=expect) if "、" in clause else []
    if len(items) != expect:
        items = split_items(text[m.end():seg_end], m.end(), expect=expect)
    if len(items) != expect:
        # “四议两公开”：A、B、C、D，E、F，村里大事小情都摆到桌面上: items at 、 and at commas,
        # then a clause about them
        parts = [(a, b) for a, b in _pieces(text, m.end(), seg_end, _ANY_SEP)]
        if len(parts) > expect and all(b - a <= _SHORT_ITEM for a, b in parts[:expect]):
            items = parts[:expect]
    if len(items) != expect or any(e - s > _LINE_ITEM_MAX for s, e in items):
        return None
    # (“三带四帮”工作法：“三带”即支部带党员、…，“四帮”即帮思路、…: a part's own term defined in place
    # opens its first item, which is what follows 即)
    items = [(d.end(), e) if (d := _SUBTERM.match(text, s, e)) is not None and e - d.end() >= 2 else (s, e)
             for s, e in items]
    return Expansion(tuple(items), sent.index, sent.start, sent.end, "components.colon")


#: a numeric term defined in place at the start of a list item (“三带”即…, 四帮即…)
_DEFINES = rf"(?:即|是指|指的是|就是|(?<=[”\"」]){_ZHI})"
_SUBTERM = re.compile(rf"[“\"「]?[{CN_NUM_CHARS}双]+[\u4e00-\u9fff]{{1,3}}[”\"」]?\s*{_DEFINES}[:：，,]?")


def semicolon_list(text: str, end: int, sents: Sequence[Sentence], *, expect: int | None) -> Expansion | None:
    """“十不准”：不准拉票贿选；不准以宗族…干扰选举；… — after a colon right after the term, items
    each ending at ；, so each a sentence of its own (``sents``: the term's sentence and those
    after it); exactly ``expect`` of them, all opening with the same word (不准, 严禁), the last
    ending the run."""
    m = _COLON.match(text, end)
    if m is None or expect is None or not 2 <= expect <= 12 or len(sents) < expect:
        return None
    items = [(m.end(), sents[0].end)]
    items += [(x.start, x.end) for x in sents[1:expect]]
    items = [(a, b - 1 if text[b - 1:b] in "；;。" else b) for a, b in items]
    para = sents[0].paragraph
    if (any(x.paragraph != para for x in sents[:expect]) or text[sents[0].end - 1:sents[0].end] not in "；;"
            or any(not 2 <= b - a <= _LINE_ITEM_MAX for a, b in items)):
        return None
    opener = {text[a:a + 2] for a, _ in items}
    if len(opener) != 1:
        return None
    return Expansion(tuple(items), sents[0].index, sents[0].start, sents[expect - 1].end, "components.semicolons")


def line_list(text: str, sent: Sentence, following: Sequence[Sentence], *, expect: int | None,
              opens: bool = False) -> Expansion | None:
    """The ``expect`` lines after a line that ends with a colon (or, with ``opens``, that the
    caller knows introduces a list), each a short paragraph of its own.

    实施四个专项行动：⏎厕所革命⏎生活污水治理⏎生活垃圾治理⏎村容村貌整治提升. The count must be
    the one promised; an item line holds one short sentence and no colon of its own (a line
    with one is a sub-heading or a definition, not an item).
    """
    if expect is None or not 2 <= expect <= 12 or not (opens or sent.text.rstrip().endswith(("：", ":"))):
        return None
    items: list[tuple[int, int]] = []
    paragraph = sent.paragraph
    for nxt in following:
        if len(items) == expect:
            break
        if nxt.paragraph == paragraph or nxt.paragraph != paragraph + 1:
            return None  # a second sentence in the paragraph, or a gap: not a list of lines
        paragraph = nxt.paragraph
        lead = len(nxt.text) - len(nxt.text.lstrip())
        marker = _LINE_MARKER.match(nxt.text, lead)
        step = False
        if marker is not None:
            number = marker.group("n") or marker.group("p")
            if number is not None and int(number) != len(items) + 1:
                return None
            if marker.group("c") is not None:
                if cn_to_int(marker.group("c")) != len(items) + 1:
                    return None
                step = True
            lead = marker.end()
        body = nxt.text[lead:].rstrip().rstrip("。；;，,")
        if step and (colon := re.search(r"[：:]", body)) is not None and 2 <= colon.start() <= 12:
            body = body[:colon.start()]  # 第一步　收集议题：网格员入户走访…: the step is its name
        if not body or len(body) > _LINE_ITEM_MAX or any(c in body for c in "：:。；;") or _SECTION.match(body):
            return None
        items.append((nxt.start + lead, nxt.start + lead + len(body)))
    if len(items) != expect:
        return None
    return Expansion(tuple(items), sent.index, sent.start, following[expect - 1].end, "components.lines")


#: “说”，即每月固定一天…；“议”，即…: a quoted item defined in place
_DEFINED_QUOTE = re.compile(r"[“\"「](?P<q>[^“”\"「」\n]{1,12})[”\"」]\s*[，,]?\s*(?:" + _DEFINES + r"|[：:])")


def defined_quotes(text: str, following: Sequence[Sentence], *, expect: int | None) -> Expansion | None:
    """Sentences that define, one by one, as many quoted items as ``expect``, each opening its
    clause: 建立“四个环节”运行机制。“说”，即…；“议”，即…；“办”，即…；“评”，即…. Read from the
    first of ``following`` to the end of the sentence (。) or paragraph."""
    if expect is None or expect < 2 or not following:
        return None
    items: list[tuple[int, int]] = []
    last = following[0]
    for sent in following[:expect + 2]:
        if sent.paragraph != following[0].paragraph:
            break
        last = sent
        pos = sent.start
        for m in _DEFINED_QUOTE.finditer(text, sent.start, sent.end):
            if text[pos:m.start()].strip(" \u3000，,；;") == "":  # a clause opens with the quote
                items.append(m.span("q"))
            pos = m.end()
        if sent.text.rstrip().endswith(("。", "！", "？")):
            break
    if len(items) != expect:
        return None
    return Expansion(tuple(items), following[0].index, following[0].start, last.end, "components.defined")


#: the count and kind after a listed part's last item: …人民调解员三支骨干力量
_COUNT_TAIL = re.compile(r"[一二两三四五六七八九十\d]+(?:支|个|类|种|项|方)")
#: a count of one before what a part stands for (一家, 一个)
_ONE_OF = re.compile(r"一[个家支套批座张](?=[\u4e00-\u9fff]{2})")
#: the end of a part's definition: the clause ends
_DEFINITION_END = re.compile(r"[，,；;。！？!?\n]")


def defined_parts(text: str, start: int, following: Sequence[Sentence], parts: Sequence[str]) -> Expansion | None:
    """The parts of a plus code defined one by one after it, in order, each opening its clause:
    构建“1+3+N”组织体系。“1”即社区党委，“3”即业委会、物业企业、社区居委会，“N”即驻区单位和社会组织.
    An item is the definition, up to the end of its clause (第一个“1”指…；第二个“1”指… too);
    what follows it in its sentence (，发挥龙头带动作用；) explains it.
    Read from ``start`` through ``following`` (the term's sentence and the next ones of its
    paragraph); every part must be defined."""
    if not following:
        return None
    stop = following[-1].end
    for sent in following[1:]:
        if sent.paragraph != following[0].paragraph:
            stop = sent.start
            break
    items: list[tuple[int, int]] = []
    pos = start
    for part in parts:
        pat = re.compile(rf"(?:^|(?<=[，,；;：:。\s]))(?:所谓)?(?:第[一二三四五六七八九十]个)?[“\"「]{re.escape(part)}[”\"」]"
                         r"\s*[，,]?\s*(?:则|就)?(?:即|是指|指的是|指|就是|是|为|涵盖|包括|代表|[：:])\s*")
        m = pat.search(text, pos, stop)
        if m is None:
            return None  # every part is defined, or this is no such list
        end_m = _DEFINITION_END.search(text, m.end(), stop)
        end = end_m.start() if end_m else stop
        if not 2 <= end - m.end() <= 60:
            return None
        start = m.end()
        if _ONE_OF.match(text, start, end):
            start += 2  # “1”是一家乡级强村公司: the item is the company, not its count
        this = _THIS_ONE.search(text, start, end)
        if this is not None and this.start() - start >= 2:
            end = this.start()  # 就是社区党委这个核心: the committee
        listed = _listed(text, start, end)
        if (part.isdigit() and int(part) >= 2 and len(listed) == int(part)) or (not part.isdigit() and len(listed) >= 2):
            # “N”则涵盖物业服务企业、业主委员会、驻区单位和社会组织等多方力量: the four
            # “3”即专职网格员、驻片民警、人民调解员三支骨干力量: the three, not the phrase
            a, b = listed[-1]
            count = _COUNT_TAIL.search(text, a, b)
            if count is not None and count.start() - a >= 2:
                listed[-1] = (a, count.start())
            items.extend(listed)
        else:
            items.append((start, end))
        pos = end
    last = next(s for s in following if s.start <= items[-1][1] <= s.end)
    return Expansion(tuple(items), following[0].index, following[0].start, last.end, "components.defined_parts")


#: what a definition may end with after its item: 社区党委这个核心, 党员中心户这一层级
_THIS_ONE = re.compile(r"这(?:个|一)[\u4e00-\u9fff]{1,4}$")
#: what follows a list's last item: 等 and what the items are together (等多方力量)
_AND_SO_ON = re.compile(r"等[\u4e00-\u9fff]{0,6}$")


def _listed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A definition's items: cut at 、, the last at 和/及/与 as well (A、B和C), the last without
    等… (…和社会组织等多方力量). A definition without 、 is one item."""
    items = _pieces(text, start, end, _ENUM_SEP)
    if len(items) < 2 or any(PAIR_JOIN.search(text, a, b) for a, b in items[:-1]):
        return [(start, end)]  # 龙头企业党组织以及农技、金融等服务单位: lists nested, read as one
    a, b = items[-1]
    tail = _AND_SO_ON.search(text, a, b)
    if tail is not None and tail.start() - a >= 2:
        b = tail.start()
    join = PAIR_JOIN.search(text, a, b)
    if join is not None and join.start() - a >= 2 and b - join.end() >= 2:
        items[-1:] = [(a, join.start()), (join.end(), b)]
    else:
        items[-1] = (a, b)
    return items


_ANY_SEP = re.compile(r"[、，,；;]")
_ENUM_SEP = re.compile("、")
#: characters: the longest item of a list whose end is found by counting (see :func:`colon_list`)
_SHORT_ITEM = 14
#: characters: the shortest and longest item of a definition whose items are all long
_LONG_ITEM_MIN, _LONG_ITEM = 6, 24


def _pieces(text: str, start: int, end: int, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at ``sep``, each piece trimmed of spaces (empty ones dropped)."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in [*sep.finditer(text, start, end), None]:
        stop = m.start() if m else end
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        pos = m.end() if m else end
    return out


_QUOTE_MARK = re.compile(r"[“”「」\"]")
#: verbs that govern a whole list written after them (承担政策宣传、民情收集…; 聚力实施A、B…)
_LIST_VERB = re.compile(r"(?:是指|指的是|把|将|梳理|列出|制定|设立|紧扣|立足|承担|吸纳|坚持|形成|纠正|细化|强化|完善|深化|构建|健全|实施|推进|开展|推行|实行|落实|实现|做到|抓好|"
                        r"聚焦|围绕|加强|打造|启动|按照|突出|设置|建立|提出|提高|提升|"
                        # (推动社区党组织、物业服务企业、业主委员会“三方联动”: who is moved to act together)
                        r"推动|促进|引导|动员|鼓励|支持|带动|发动|"
                        # (从…种植大户中选派|技术指导员、政策宣传员、市场信息员: who is sent or taken on)
                        r"选派|选聘|选配|配备|聘请|招募)")
#: a phrase saying whose things the list's items are (还对17个移民村的资金、资产、资源): not the first item
_WHOSE = re.compile(r"(?:对|向|给|为)[^、，,；;]{1,12}的")
#: what ends a list's last item before the term and is no part of it: the verb the term is the
#: object of (资金、资产、资源开展“三资”清查) or 这 (响应率、解决率、满意率这“三率”)
_LIST_END = re.compile(r"(?:开展|实施|推行|实行|进行|建立|这|等)$")


def _trim_list(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items of a parallel list: the first without the verb that governs the whole list
    (承担政策宣传、民情收集、隐患排查、帮办代办 -> 政策宣传; 我们将聚力实施产业能级跃升 -> 产业能级
    跃升; 还对17个移民村的资金 -> 资金), the last without 等, 这 or the verb of the term after it."""
    if len(items) < 3:
        return items
    out = list(items)
    a, b = out[0]
    cut = next((v.end() for v in reversed([*_LIST_VERB.finditer(text, a, b), *_WHOSE.finditer(text, a, b)])
                if b - v.end() >= 2), None)
    if cut is not None:
        out[0] = (cut, b)  # the item after the last governing verb (提升 may end the item itself)
    a, b = out[-1]
    tail = _LIST_END.search(text, a, b)
    if tail is not None and tail.start() - a >= 2:
        out[-1] = (a, tail.start())
    return out


#: one quote right before a term (and 的), holding a list: “社区点单、街道派单、单位接单、群众评单”的“四单”
_WHOLE_QUOTE = re.compile(r"[“「\"](?P<q>[^“”「」\"\n]{5,80})[”」\"]的?$")
#: quoted items side by side, then 这 or 等 before the term: “人才库”“项目库”“岗位库”这
_QUOTED_ITEMS = re.compile(r"(?:[“「][^“”「」\n]{1,12}[”」][、，,]?){2,12}(?:这|等)?$")
_ONE_QUOTE = re.compile(r"[“「](?P<q>[^“”「」\n]{1,12})[”」]")
#: a clause opening with these lists the members of what it follows
_TAKES_IN = re.compile(r"\s*(?:主要)?(?:吸纳|包括|涵盖|吸收|聘请|选聘|邀请|由)")
#: what a list's last item may be followed by in its clause: the verb of the whole list
_LIST_TAIL = re.compile(r"(?:参与|参加|担任|组成|共同|等)")
_COUNT_WORD = re.compile(r"(?P<num>[一二两三四五六七八九十]+)(?:个|项|类|条|种|大|方)(?:方面|领域|内容|标准|职责|任务)?")


#: two items said to go together right before a term of two (A和B并行的“双积分”, 把A和B合并为“…”)
#: two items joined by 和/与 right before a term of two (推动党建网和治理网“两网融合”), from a clause's start
_PAIR_JUST_BEFORE = re.compile(r"(?:^|(?<=[，,；;：:]))(?P<a>[\u4e00-\u9fff]{2,10}?)(?:和|与)(?P<b>[\u4e00-\u9fff]{2,8})[“\"「]?$")
#: verbs that govern such a pair (推动|党建网和治理网)
_PAIR_VERB = re.compile(r"推动|促进|实现|坚持|推进|深化|强化")
_PAIR_BEFORE = re.compile(r"(?:^|(?<=[，,；;：:把将])|" + "|".join(f"(?<={v})" for v in ("推行", "实行", "建立", "实施", "探索", "推广", "形成"))
                          + r")(?P<a>(?:(?![把将和与同])[\u4e00-\u9fff]){2,10}?)(?:和|与|同)"
                          r"(?P<b>[\u4e00-\u9fff]{2,10}?)(?:(?:并行|相结合|并重|并举|结合)的|合并为|整合为|合称为?|统称为?)"
                          r"[“\"「]?$")


def list_before(text: str, start: int, sent: Sentence, *, expect: int | None, term: str = "") -> Expansion | None:
    """承担政策宣传、民情收集、隐患排查、帮办代办“四项职责”: a 、-list of exactly ``expect`` short
    items right before the term, in its sentence."""
    if expect == 2 and (pair := _PAIR_BEFORE.search(text, sent.start, start)) is not None:
        # 推行党员先锋积分和家庭文明积分并行的“双积分”制度: the two, said to go together (全村推行|…:
        # the first after the verb that governs the pair)
        a, b = pair.span("a")
        verb = _last_list_verb(text, a, b)
        return Expansion(((verb if verb is not None else a, b), pair.span("b")), sent.index, sent.start, sent.end,
                         "components.list_before")
    keys = [k for _, k in _runs(term)] if expect == 2 and term else []
    if len(keys) == 1 and (pair := _PAIR_JUST_BEFORE.search(text, sent.start, start)) is not None:
        # 推动党建网和治理网“两网融合”: the two right before the term, each ending in what it counts
        a, b = pair.span("a")
        verb = _last_list_verb(text, a, b) or next((v.end() for v in _PAIR_VERB.finditer(text, a, b - 2)), None)
        a = verb if verb is not None else a
        if b - a >= 2 and text[b - 1] == keys[0] and text[pair.end("b") - 1] == keys[0]:
            return Expansion(((a, b), pair.span("b")), sent.index, sent.start, sent.end, "components.list_before")
    whole = _WHOLE_QUOTE.search(text, sent.start, start) if expect is not None and 2 <= expect <= 12 else None
    if whole is not None:
        # 推行“社区点单、街道派单、单位接单、群众评单”的“四单”联动机制: one quote holds the items
        a, b = whole.span("q")
        items = _pieces(text, a, b, _ENUM_SEP if "、" in whole.group("q") else _ANY_SEP)
        if len(items) == expect and all(2 <= y - x <= _SHORT_ITEM for x, y in items):
            return Expansion(tuple(items), sent.index, sent.start, sent.end, "components.list_before")
    if expect is None or not 3 <= expect <= 12 or text[start - 1:start] in ("、", "和", "及", "与", ""):
        return None  # two items before a term are too often a verb and its object (共建“一带一路”);
        # after 、 or 和 the term is an item itself (邓小平理论、“三个代表”重要思想)
    quoted = _QUOTED_ITEMS.search(text, sent.start, start)
    if quoted is not None and quoted.end() == start:
        # 建好“人才库”“项目库”“岗位库”这“三库”: the items quoted one by one
        items = [m.span("q") for m in _ONE_QUOTE.finditer(text, quoted.start(), quoted.end())]
        if len(items) == expect:
            return Expansion(tuple(items), sent.index, sent.start, sent.end, "components.list_before")
        return None
    end = start
    if text[start - 1:start] in ("，", ","):
        end = start - 1  # 坚持组织推荐、个人自荐、群众举荐，“三荐”结合: the list is the clause before
    elif text[start - 1:start] == "的":
        end = start - 1  # 形成群众点单、…、群众评单的“四单”服务闭环
    clause = max(text.rfind(c, sent.start, end) for c in "，,；;：:。") + 1
    clause = max(clause, sent.start)
    items = _trim_list(text, _pieces(text, clause, end, _ENUM_SEP))
    if len(items) != expect or any(b - a > _SHORT_ITEM or b - a < 2 or _QUOTE_MARK.match(text, a)
                                   or _QUOTE_MARK.match(text, b - 1) for a, b in items):
        return None  # (a quote inside an item may stand: 村“两委”联席审议; a quoted item is read above)
    lengths = [b - a for a, b in items]
    if text[start - 1:start] == "的" and max(lengths) > 2.5 * min(lengths):
        return None  # 要培养造就一支懂农业、爱农村、爱农民的“三农”工作队伍: a description, not its items
    return Expansion(tuple(items), sent.index, sent.start, sent.end, "components.list_before")


#: one of a kind in an item of a “N个一” list (建立一本民情台账, 开展一轮全覆盖入户走访, 培养一名…)
_ONE_THING = re.compile(r"一[本轮套批名张个支项份次场条块面座家间位户处本册]")
#: a verb of two characters right before an item's 一 (建立|一本…): where the list's first item
#: starts when a subject opens its clause (要求每名第一书记|建立一本…)
_VERB_BEFORE_ONE = 2


def ones_after(text: str, end: int, sent: Sentence, *, expect: int | None) -> Expansion | None:
    """推行驻村工作“五个一”机制，要求每名第一书记建立一本民情台账、开展一轮全覆盖入户走访、…、培养一名
    村级后备力量: later in the term's sentence, a 、-list of ``expect`` items, each the one thing
    (一本, 一轮, 一名 …) it has each do; the first from the verb before its 一."""
    if expect is None or not 2 <= expect <= 10:
        return None
    stop = _SENTENCE_END.search(text, end, sent.end)
    stop_at = stop.start() if stop else sent.end
    pos = end
    while pos < stop_at:
        nxt = _CLAUSE_END.search(text, pos, stop_at)
        clause_end = nxt.start() if nxt else stop_at
        items = _pieces(text, pos, clause_end, _ENUM_SEP)
        if len(items) == expect and all(_ONE_THING.search(text, a, b) for a, b in items):
            a, b = items[0]
            one = _ONE_THING.search(text, a, b)
            assert one is not None
            first = one.start()
            while first > max(a, one.start() - _VERB_BEFORE_ONE) and "\u4e00" <= text[first - 1] <= "\u9fff":
                first -= 1  # (not over a colon: 全覆盖：一批优质企业)
            items[0] = (first, b)
            if all(4 <= y - x <= 24 for x, y in items):
                return Expansion(tuple(items), sent.index, sent.start, sent.end, "components.ones_after")
        pos = clause_end + 1
    return None


def counted_after(text: str, end: int, sent: Sentence, *, expect: int | None) -> Expansion | None:
    """推行“五星”支部创建，按照组织建设星、产业发展星、生态宜居星、乡风文明星、平安治理星五个方面
    设置评定标准: later in the term's sentence, a 、-list of ``expect`` items followed by the
    count it promised (五个方面, 四项)."""
    if expect is None or not 2 <= expect <= 12:
        return None
    # 组建“五老”调解队，吸纳老党员、老干部、老教师、老军人、老模范参与调解: without the count
    # again, the members the next clause takes in (吸纳, 包括 …), exactly as many
    stop = _CLAUSE_END.search(text, end, sent.end)
    if stop is not None and stop.start() - end <= 6 and expect >= 3 and (
            verb := _TAKES_IN.match(text, stop.end(), sent.end)) is not None:
        nxt = _CLAUSE_END.search(text, verb.end(), sent.end)
        clause_end = nxt.start() if nxt else sent.end
        items = _pieces(text, verb.end(), clause_end, _ENUM_SEP)
        if len(items) == expect:
            a, b = items[-1]
            tail = _LIST_TAIL.search(text, a, b)  # …老模范参与调解: what the list does after it
            if tail is not None and tail.start() - a >= 2:
                items[-1] = (a, tail.start())
            items = _trim_list(text, items)
            if all(2 <= y - x <= _SHORT_ITEM and not _QUOTE_MARK.search(text, x, y) for x, y in items):
                return Expansion(tuple(items), sent.index, sent.start, sent.end, "components.counted_after")
    for m in _COUNT_WORD.finditer(text, end, sent.end):
        if cn_to_int(m.group("num").replace("两", "二")) != expect:
            continue
        clause = max(text.rfind(c, end, m.start()) for c in "，,；;：:") + 1
        clause = max(clause, end)
        items = _trim_list(text, _pieces(text, clause, m.start(), _ENUM_SEP))
        if len(items) == expect and all(2 <= b - a <= _SHORT_ITEM and not _QUOTE_MARK.search(text, a, b)
                                        for a, b in items):
            return Expansion(tuple(items), sent.index, sent.start, sent.end, "components.counted_after")
    return None


_INLINE_ORDINAL = re.compile(r"(?P<n>[一二三四五六七八九十])是")
#: characters: the most between a term and the 一是 of its list
_ORDINAL_GAP = 16
_SENTENCE_STOP = re.compile(r"[。！？!?\n]")


def inline_ordinals(text: str, end: int, sents: Sequence[Sentence], *, expect: int | None) -> Expansion | None:
    """提出“四个一批”的消薄路径：一是A，…；二是B；三是C；四是D: 一是…二是… after the term, in
    its sentence and the next ones of its paragraph (``sents``, the term's first); an item
    runs from its marker to the end of its clause; the count must be the one promised."""
    if expect is None or not 2 <= expect <= 10 or not sents:
        return None
    stop_at = sents[-1].end
    items: list[tuple[int, int]] = []
    for m in _INLINE_ORDINAL.finditer(text, end, stop_at):
        if len(items) == expect:
            break
        if _ORDINALS.index(m.group("n")) != len(items):
            continue
        if not items and (m.start() - end > _ORDINAL_GAP or _SENTENCE_STOP.search(text, end, m.start())):
            return None  # the list must follow the term: “四个一批”的消薄路径：一是…
        if text[m.start() - 1:m.start()] not in "：:；;，,。 \n":
            continue  # 统一是, 不是: not a marker
        stop = _CLAUSE_END.search(text, m.end(), stop_at)
        items.append((m.end(), stop.start() if stop else stop_at))
    if len(items) != expect or any(b - a < 2 for a, b in items):
        return None
    last = next(s for s in sents if s.start <= items[-1][1] <= s.end)
    return Expansion(tuple(items), sents[0].index, sents[0].start, last.end, "components.inline_ordinals")
