"""Meetings and policies (Kind.EVENT): congresses, plenums, meetings, campaigns, documents.

Congresses and plenums are normalised to one key whatever the wording (十八大 = 党的十八大 =
中国共产党第十八次全国代表大会 -> ``congress-18``; 十七届三中全会 -> ``plenum-17-3``) and
labelled the way the genre names them (党的十八大, 党的十七届三中全会). A document issued by a
meeting (十七届三中全会《决定》, 十八大报告) is its own event whose span is only the
document part, so that the meeting and the document both survive the per-kind overlap rule.
Campaigns are …活动 names with a left edge found by the grammar (在/开展/将 … 活动).

Patterns run once over the whole text (linear), never per sentence. Imports the model and
the shared text helpers only.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources

from graph.extract._text import SentenceIndex, cn_to_int, fold, han_run_matches, name_key
from graph.model import Kind, Mention, make_mention
from graph.pipeline import DocContext
from graph.segment import word_tag

log = logging.getLogger(__name__)

_NUM = "(?:十[一二三四五六七八九]?|二十[一二三四五六七八九]?|[一二三四五六七八九])"
_PARTY = r"(?:中国共产党|中共|党的)?"

_CONGRESS = re.compile(
    rf"{_PARTY}第(?P<n1>{_NUM})次全国代表大会"
    rf"|{_PARTY}(?P<n2>十[一二三四五六七八九]|二十[一二三四五六七八九]?)大(?![学会家队型量批幅力小事局于概部都厦道米病师众])"
)
_DISCIPLINE = r"中央纪委|省纪委|自治区纪委|市纪委|州纪委|县纪委|区纪委"
#: a local Party committee's plenum: 自治区党委十一届十一次全会, 省委十二届五次全会 (its key is
#: its written name: which province's, the document's place says)
_LOCAL_PLENUM = re.compile(rf"(?P<org>省委|市委|区委|州委|县委|党委|盟委|{_DISCIPLINE})(?P<c>{_NUM})届(?P<n>{_NUM})次全(?:体)?会(?:议)?"
                           # a discipline commission's plenum, its term first (二十届中央纪委三次全会, 十三届省纪委三次全会)
                           rf"|(?P<c2>{_NUM})届(?P<org2>{_DISCIPLINE})(?P<n2>{_NUM})次全(?:体)?会(?:议)?")
#: an enlarged session's bracket before its head (县委常委会（扩大）会议)
_ENLARGED = re.compile(r"[（(]扩大[）)]会议")
#: several plenums of one Central Committee written once (十九届二中、三中、四中、五中全会), and each
_PLENUM_LIST = re.compile(rf"{_PARTY}(?P<c>{_NUM})届(?P<list>{_NUM}中(?:、{_NUM}中)+)全会")
_PLENUM_ITEM = re.compile(rf"({_NUM})中")
_PLENUM = re.compile(
    rf"{_PARTY}(?P<c>{_NUM})届(?:中央委员会第)?(?:(?P<n>{_NUM})中全会|(?P<m>{_NUM})次全体会议)"
)
# words every congress or plenum match holds; both patterns match Han characters only, so
# only the runs holding these words are scanned (see _text.han_run_matches)
_CONGRESS_HINT = re.compile(r"全国代表大会|十[一二三四五六七八九]?大")
_PLENUM_HINT = re.compile(r"届")
#: a reference list's entry whose type mark says a book, a standard, a newspaper or a document
#: (not [J], a journal's article): its title before the mark (the official title may hold a space)
_REFERENCE_ENTRY = re.compile(r"^\s*[\[［]\d+[\]］]\s*(?P<t>[^\[［\n《》]{4,90}?)\s*[\[［](?:M|Z|N|S|EB/OL)[\]］]", re.M)
_SESSION_AFTER = re.compile(r"(?:常务委员会|常委会)第[一二三四五六七八九十]+次(?:会议|全体会议)")
_SPEECH_TITLE = re.compile(r"(?:大会|会议|全会)上的(?:报告|讲话)$|——")
# a document a meeting issued, right after its name: 十七届三中全会《决定》, 十八大报告
_ISSUED = re.compile(r"《(?P<t>[^《》\n]{1,40})》|(?P<w>报告|决议|公报)")
_TITLE = re.compile(r"《(?P<t>[^《》\n]{1,100})》")
_DOC_SUFFIX = re.compile(
    r"(?:法|条例|规定|意见|决定|通知|办法|纲要|规划|方案|准则|细则|报告|章程|决议|建议|公报|纪要|措施|白皮书|讲话|指南|"
    r"规程|规则|制度|守则|清单|计划|要点|公约|公告|通告|批复)$"
)
# 《…》的八项规定: the title names a numbered set of rules
_NUMBERED_RULES = re.compile(r"的?(?P<r>[一二三四五六七八九十]+项(?:规定|禁令|要求|措施))")
_SPECIAL_MEETING = re.compile(
    r"(?P<org>中共中央政治局常委会|中共中央政治局|中央政治局|国务院常务|国务院|中央)召开(?:了)?(?:的)?(?P<kind>常务会议|全体会议|会议)"
)
#: written as literal alternatives only: a group in front of a branch (…|(?:表彰|动员)大会) keeps
#: the regex engine from skipping, in C, the characters no head starts with (4x slower)
_MEETING_HEAD = re.compile("|".join(
    ["工作会议", "常务会议", "全体会议", "代表大会", "党代会", "座谈会", "见面会", "会议(?![室厅桌])"]
    + [w + "大会" for w in ("表彰", "动员", "推进", "总结", "部署", "誓师", "纪念", "庆祝", "颁奖")]
    + [w + "会(?![议员长场])" for w in ("推进", "现场", "观摩", "部署", "调度", "动员", "评议", "点评", "交流", "汇报")]))
_ORDINAL = re.compile(r"第[一二三四五六七八九十]+次")
#: the country's leader speaking at a meeting: its whole name follows (习近平总书记在新时代推动东北
#: 全面振兴座谈会上的重要讲话), a meeting of the nation's, though no issuer is written
_LEADER_AT = re.compile(r"(?:总书记|习近平)(?:同志)?在")
_MEETING_CLAUSE_BREAK = re.compile(r"[，,。；;：:、“”]")
_CAMPAIGN_HEAD = re.compile(
    r"(?:主题教育实践活动|教育实践活动|主题教育活动|专题教育活动|教育活动|争优活动|实践活动|主题活动|专项行动|专项斗争|"
    r"学习教育|主题教育)(?!活动|实践)"
)
#: the heads of the Party's education campaigns, whose names run long (深入贯彻中央八项规定精神
#: 学习教育, 学习贯彻习近平新时代中国特色社会主义思想主题教育): their left edge is sought further
_LONG_CAMPAIGN_HEADS = ("学习教育", "主题教育")
_QUOTED_CAMPAIGN = re.compile(
    r"[“「\"](?P<q>[^“”「」\"\n]{2,40})[”」\"](?P<h>主题教育实践活动|教育实践活动|主题教育活动|专题教育活动|主题实践活动|实践活动|主题活动|专项行动|学习教育活动|学习教育|主题教育|活动)"
)
# words that end a name when read backwards from its head (在创先争优活动中 -> 创先争优活动); a
# one-character one not where it opens a noun (中央经济工作会议, 上海: see _noun_at)
_LEFT_STOPS = ("暨", "已经", "业经", "我们", "这次", "此次", "本次", "向", "运用", "领会", "日", "巩固拓展", "巩固", "贯通",
               "围绕", "推动", "加强", "组建", "深入开展", "开展", "深入实施",
               "实施", "持续", "启动", "举行", "承办", "举办", "召开", "出席", "参加", "主持", "结合", "通过", "推进", "组织",
               "按照", "根据", "依照", "依据", "贯彻", "执行", "落实", "去年", "今年", "明年", "月", "提请",
               # when (年初市委农村工作会议, 去年底省委…) and what is done with it (紧扣…会议提出的思路)
               "年初", "年底", "年末", "岁末", "月初", "月底", "月末", "紧扣", "对标", "对照", "聚焦", "传达", "遵循",
               "在", "的", "上", "于", "了", "和", "与", "及", "将", "把", "是", "为", "中", "从", "即", "对", "经")
#: what is done with a meeting, before the name of who held it: 学习|中央经济工作会议精神
_STUDIED = re.compile(r"(?:传达|学习|研究)+")
_ISSUER = re.compile(r"中央|政治局|国务院|全国|全省|全区|全市|全州|全县|全旗|全盟|全镇|全乡|人大|政协|省委|市委|县委|区委|州委|旗委|常委会|"
                     r"第[一二三四五六七八九十]+次")
#: a count of campaigns before the head (三个, 4项, 十大), not a campaign's name
_COUNTED = re.compile(r"[\d一二两三四五六七八九十]*(?:个|项|大)")
_GENERIC_CAMPAIGN = frozenset({"", "主题", "实践", "教育", "主题实践", "主题教育", "专题教育", "教育实践", "主题教育实践",
                               "各类", "各种", "系列", "各项", "这次", "此次", "本次", "相关", "专项", "该"})
_GENERIC_MEETING = frozenset({"", "这次", "此次", "本次", "各种", "相关", "有关", "全体", "党员", "村民", "村民代表",
                              "党员代表", "职工代表", "工作", "专题", "各类", "常务", "代表"})
#: the stop words by their last character: a word ends at pos only if its last character is there
_STOPS_BY_LAST: dict[str, tuple[str, ...]] = {}
for _w in _LEFT_STOPS:
    _STOPS_BY_LAST[_w[-1]] = (*_STOPS_BY_LAST.get(_w[-1], ()), _w)
del _w
_SCOPE_PREFIX = ("农村", "全党", "全国", "全省", "全市", "全县", "深入", "党内")


def int_to_cn(n: int) -> str:
    """18 -> 十八, 20 -> 二十: how the genre writes congress numbers."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


@lru_cache(maxsize=1)
def known_documents() -> dict[str, tuple[str, tuple[str, ...]]]:
    """name -> (label, all names) for documents the genre names without 《》 (党章, 八项规定)."""
    return _named_in("genre_documents.txt")


@lru_cache(maxsize=1)
def known_campaigns() -> dict[str, tuple[str, tuple[str, ...]]]:
    """name -> (label, all names) for national campaigns the genre names without a campaign's head
    word (脱贫攻坚战, 群众身边不正之风和腐败问题集中整治)."""
    return _named_in("genre_campaigns.txt")


def _named_in(filename: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    text = resources.files("graph.lexicon").joinpath("data/" + filename).read_text("utf-8")
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names = tuple(n.strip() for n in line.split("\t") if n.strip())
        for n in names:
            out[n] = (names[0], names)
    return out


@lru_cache(maxsize=1)
def _known_re() -> re.Pattern[str]:
    names = sorted({**known_documents(), **known_campaigns()}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


#: a year's digits before a meeting's name (2023|年中央农村工作会议): the left edge stops at them
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def _left_edge(text: str, head_start: int, *, limit: int = 14) -> int:
    """Walk left from a head over Han characters until a stop word or punctuation; over a short
    quoted part too (全省党建引领“共富工坊”建设现场推进会), whose marks do not count."""
    pos = head_start
    floor = max(0, head_start - limit)
    while pos > floor:
        if text[pos - 1] == "”" and (q := _QUOTED_PART.search(text, max(0, pos - 12), pos)) is not None \
                and q.start() > 0 and "\u4e00" <= text[q.start() - 1] <= "\u9fff":
            floor, pos = max(0, floor - 2), q.start()
            continue
        if not "\u4e00" <= text[pos - 1] <= "\u9fff":
            break
        if text[pos - 1] == "中" and text.startswith("共", pos):
            pos -= 1  # 中共渭源县委十七届五次全体会议: 中 of 中共, not the postposition 中
            continue
        stops = _STOPS_BY_LAST.get(text[pos - 1])
        if stops and text.endswith("组织", 0, pos) and text.startswith(_ORGANISATION_WORK, pos):
            stops = tuple(w for w in stops if w != "组织")  # 全县组织工作会议, 两新组织党建工作推进会: the noun
        if stops and any(text.endswith(w, 0, pos) for w in stops if len(w) > 1 or not _noun_at(text, pos - 1)):
            break
        pos -= 1
    return pos


#: what follows 组织 when it is the noun of a meeting's name (组织工作, 组织建设 …), not the verb
#: "to organise" (组织召开, 组织开展: a stop)
_ORGANISATION_WORK = ("工作", "建设", "生活", "振兴", "党建")


_DIGITS = frozenset("0123456789０１２３４５６７８９")
#: a short quoted part inside a meeting's name (“共富工坊”), ending where the walk stands
_QUOTED_PART = re.compile(r"“[\u4e00-\u9fff]{2,8}”$")
#: a unit's word before a congress's ordinal: part of its name (省第十五次党代会)
_UNIT_WORDS = frozenset({"省", "市", "县", "区", "州", "旗", "盟", "自治区", "全省", "全市", "全县", "中央"})


def _noun_at(text: str, i: int) -> bool:
    """Whether the one-character stop word at ``i`` opens a noun instead (中 of 中央经济工作会议,
    上 of 上海): jieba's dictionary tags the two characters from there a noun or a name."""
    return (word_tag(text[i:i + 2]) or "")[:1] == "n"


class _Builder:
    """Collects event mentions of one document, each inside one sentence."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.index = SentenceIndex(ctx.sentences)
        self.out: list[Mention] = []
        self._spans: set[tuple[int, int]] = set()

    def add(self, start: int, end: int, *, key: str, label: str, subtype: str, rule: str,
            aliases: Iterable[str] = (), confidence: float = 1.0, named: bool = True) -> Mention | None:
        """``named``: the text at the span is a name of the event (not 三中 of 十九届二中、三中全会)."""
        sent = self.index.at(start)
        if sent is None or end > sent.end or end <= start or (start, end) in self._spans:
            return None
        self._spans.add((start, end))
        surface = self.ctx.doc.text[start:end] if named else ""
        names = sorted({a for a in (*aliases, surface) if a and a != label})
        m = make_mention(self.ctx.doc, start=start, end=end, sent_index=sent.index, kind=Kind.EVENT, key=key,
                         label=label, rule=rule, subtype=subtype, confidence=confidence, aliases=tuple(names))
        self.out.append(m)
        return m


def extract(ctx: DocContext) -> Iterator[Mention]:
    b = _Builder(ctx)
    text = ctx.doc.text
    _congresses(b, text)
    _plenums(b, text)
    _plenum_lists(b, text)
    _local_plenums(b, text)
    _titles(b, text)
    _references(b, text)
    _known(b, text)
    _number_one(b, text)
    _meetings(b, text)
    _campaigns(b, text)
    _elections(b, text)
    _leader_speeches(b, text)
    yield from b.out


#: the country's leader's speeches and instructions on an inspection visit, and his expositions,
#: as the genre cites them (习近平总书记考察内蒙古时的重要讲话精神, 视察吉林重要讲话重要指示精神,
#: 关于“三农”工作的重要论述): what follows 习近平总书记 (or a 和 after one such, 关于…的重要论述和视察江西
#: 重要讲话精神)
_SPEECH_OF_VISIT = re.compile(
    r"(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:视察|考察)|来[\u4e00-\u9fff]{1,2}(?:视察|考察))[\u4e00-\u9fff]{1,8}?(?:时的?)?"
    r"重要(?:讲话|指示批示|指示|回信)(?:[、和]?重要(?:讲话|指示批示|指示))*(?:精神)?")
_EXPOSITION = re.compile(r"关于[“\"]?[\u4e00-\u9fff]{2,12}[”\"]?(?:工作)?的重要(?:论述|指示精神|指示|讲话精神|讲话)")
_LEADER = re.compile(r"习近平(?:总书记|同志)")


def _leader_speeches(b: _Builder, text: str) -> None:
    for lead in _LEADER.finditer(text):
        pos = lead.end()
        while True:
            m = _SPEECH_OF_VISIT.match(text, pos) or _EXPOSITION.match(text, pos)
            if m is None:
                break
            said = m.group(0)
            bare = said.removesuffix("精神")
            label = "习近平总书记" + said
            names = {"习近平总书记" + bare, "习近平" + said, "习近平" + bare}
            b.add(lead.start() if pos == lead.end() else m.start(), m.end(), key="speech:" + name_key(label),
                  label=label, aliases=tuple(sorted(names - {label})), subtype="meeting",
                  rule="events.leader_speech", confidence=0.8, named=pos == lead.end())
            if not text.startswith(("和", "、", "及"), m.end()):
                break
            pos = m.end() + 1  # 关于“三农”工作的重要论述和|视察江西重要讲话精神: a second one of his


def _issued_document(b: _Builder, text: str, pos: int, *, issuer_label: str, issuer_alias: str,
                     issuer_key: str) -> None:
    m = _ISSUED.match(text, pos)
    if not m:
        return
    if m.group("t"):
        t = m.group("t")
        label, alias = f"{issuer_label}《{t}》", f"{issuer_alias}《{t}》"
    else:
        label, alias = issuer_label + m.group("w"), issuer_alias + m.group("w")
    b.add(m.start(), m.end(), key=issued_key(issuer_key, m.group(0)), label=label,
          aliases=(alias,), subtype="policy_document", rule="events.issued_document")


def issued_key(issuer_key: str, name: str) -> str:
    """The key of a document a meeting issued, written after the meeting (十八大报告: doc:congress-18:报告)."""
    return f"doc:{issuer_key}:{fold(name)}"


def issuer_of(doc_key: str) -> str:
    """The key of the meeting that issued the document keyed ``doc_key`` (:func:`issued_key`); ""
    for a document named on its own (doc:中央一号文件)."""
    return doc_key[len("doc:"):].rpartition(":")[0]


def _congresses(b: _Builder, text: str) -> None:
    for m in han_run_matches(_CONGRESS, _CONGRESS_HINT, text):
        n = cn_to_int(m.group("n1") or m.group("n2"))
        if not n:
            continue
        if m.group("n1") and m.group(0).startswith("第") and (body := _other_body(text, m.start())):
            # 中华苏维埃第一次全国代表大会, 共青团第十九次全国代表大会: another body's congress
            name = body + m.group(0)
            b.add(m.start() - len(body), m.end(), key=name_key(name), label=name, subtype="congress",
                  rule="events.other_congress")
            continue
        cn = int_to_cn(n)
        key = f"congress-{n}"
        b.add(m.start(), m.end(), key=key, label=f"党的{cn}大", subtype="congress", rule="events.congress",
              aliases=(f"{cn}大", f"中国共产党第{cn}次全国代表大会"))
        _issued_document(b, text, m.end(), issuer_label=f"党的{cn}大", issuer_alias=f"{cn}大", issuer_key=key)


#: what ends the words before a body's name (召开的共青团…, 在中华苏维埃…)
_BEFORE_BODY = re.compile(r".*(?:的|在|了|是|和|与|及|于|为|到|开|届)")


def _other_body(text: str, start: int) -> str:
    """The name of the body whose congress 第N次全国代表大会 at ``start`` is, when it is written
    and is not the Party's (中华苏维埃, 共青团); "" for the Party's (党的, 中国共产党) or none."""
    k = start
    while k > 0 and start - k < 10 and "\u4e00" <= text[k - 1] <= "\u9fff":
        k -= 1
    run = text[k:start]
    cut = _BEFORE_BODY.match(run)
    body = run[cut.end():] if cut else run
    return body if len(body) >= 2 and not body.endswith(("中国共产党", "中共", "党")) else ""


def _plenums(b: _Builder, text: str) -> None:
    for m in han_run_matches(_PLENUM, _PLENUM_HINT, text):
        c = cn_to_int(m.group("c"))
        n = cn_to_int(m.group("n") or m.group("m"))
        if not c or not n:
            continue
        short = f"{int_to_cn(c)}届{int_to_cn(n)}中全会"
        key = f"plenum-{c}-{n}"
        b.add(m.start(), m.end(), key=key, label=f"党的{short}", subtype="plenum", rule="events.plenum",
              aliases=(short, f"{int_to_cn(c)}届中央委员会第{int_to_cn(n)}次全体会议"))
        _issued_document(b, text, m.end(), issuer_label=f"党的{short}", issuer_alias=short, issuer_key=key)


def _plenum_lists(b: _Builder, text: str) -> None:
    """十九届二中、三中、四中、五中全会: several plenums of one Central Committee, written once."""
    if "中、" not in text:
        return  # (the list holds 、, which parts the Han runs han_run_matches scans)
    for m in _PLENUM_LIST.finditer(text):
        c = cn_to_int(m.group("c"))
        if not c:
            continue
        for item in _PLENUM_ITEM.finditer(text, m.start("list"), m.end("list")):
            n = cn_to_int(item.group(1))
            if not n:
                continue
            short = f"{int_to_cn(c)}届{int_to_cn(n)}中全会"
            key = f"plenum-{c}-{n}"
            b.add(item.start(), item.end(), key=key, label=f"党的{short}", subtype="plenum", rule="events.plenum_list",
                  aliases=(short, f"{int_to_cn(c)}届中央委员会第{int_to_cn(n)}次全体会议"), named=False)


def _local_plenums(b: _Builder, text: str) -> None:
    for m in han_run_matches(_LOCAL_PLENUM, _PLENUM_HINT, text):
        start = _left_edge(text, m.start())
        label = text[start:m.end()]
        b.add(start, m.end(), key="plenum:" + name_key(label), label=label, subtype="plenum",
              rule="events.local_plenum", confidence=0.9)


#: the years a plan covers, bracketed after its title: （2021—2025年）
#: what may follow a document's kind in its title: its years, or its status (条例（试行）)
_YEARS_AFTER = re.compile(r"(?:\s*[（(](?:[^（）()]*\d{4}[^（）()]*|试行|暂行|草案|修订|修订稿|征求意见稿|送审稿|讨论稿)[）)])+$")
#: the stage of a draft after a title (…方案（2025—2027年）（送审稿）): the document is named without it
_DRAFT_AFTER = re.compile(r"\s*[（(](?:草案|修订稿|征求意见稿|送审稿|讨论稿)[）)]$")
#: the year's first policy document of the centre or a province (2024年中央一号文件)
_NUMBER_ONE = re.compile(r"(?P<who>中央|省委|市委)(?:、省政府|、市政府)?一号文件")
_YEAR_BEFORE = re.compile(r"(?P<y>(?:19|20)\d{2})年(?:的)?$")
#: 村级组织换届, 村“两委”换届选举: the election of a village's or township's bodies
_ELECTION = re.compile(r"(?:村级组织|村(?:“两委”|两委)|社区(?:“两委”|两委)|乡镇(?:党委|领导班子)?|村(?:党组织|委会))"
                       r"换届(?:选举)?")


#: what makes 换届 an election held at a time: 2020年村级组织换届时, 在村“两委”换届中
_WHEN_BEFORE = re.compile(r"(?:\d{4}年|在|随着|借|利用|结合)$")
_WHEN_AFTER = re.compile(r"(?:时|中|后|前|期间|以来|之际)")


def _elections(b: _Builder, text: str) -> None:
    for m in _ELECTION.finditer(text):
        if not (_WHEN_BEFORE.search(text, max(0, m.start() - 6), m.start()) or _WHEN_AFTER.match(text, m.end())):
            continue  # 推行村党组织换届选举“公推直选”: the procedure, not an election held
        label = m.group(0)
        b.add(m.start(), m.end(), key="campaign:" + name_key(label), label=label,
              subtype="campaign", rule="events.election", confidence=0.8)


def _titles(b: _Builder, text: str) -> None:
    """《…》 titles of policy documents; a title before 的八项规定 names those rules."""
    for m in _TITLE.finditer(text):
        if m.start() > 0 and text[m.start() - 1] in "会大告":
            continue  # issued by the meeting just before: handled with the meeting
        t = m.group("t").strip()
        rules = _NUMBERED_RULES.match(text, m.end())
        if rules:
            r = rules.group("r")
            label, names = known_documents().get(r, (r, (r,)))
            b.add(rules.start("r"), rules.end("r"), key="doc:" + name_key(label), label=label,
                  aliases=(*names, t, text[m.start():rules.end()]), subtype="policy_document",
                  rule="events.numbered_rules")
            continue
        if not _DOC_SUFFIX.search(_YEARS_AFTER.sub("", t)) or len(t) < 3:
            continue  # (…实施方案（2021—2025年）: the years after its kind)
        t = _DRAFT_AFTER.sub("", t)  # (…三年行动方案（2025—2027年）（送审稿）: the plan)
        label = f"《{t}》"
        b.add(m.start(), m.end(), key="doc:" + name_key(t), label=label, aliases=(t,), subtype="policy_document",
              rule="events.title")


def _references(b: _Builder, text: str) -> None:
    """A reference list's entry that cites a policy document without 《》: [2]中共中央关于…的决定[M].
    or [4]北京市人民代表大会常务委员会.北京市接诉即办工作条例[Z].; the title is what stands before
    the type mark, after the issuer's full stop. Journal articles ([J]) are not documents."""
    for m in _REFERENCE_ENTRY.finditer(text):
        s, e = m.span("t")
        t = m.group("t")
        cut = max(t.rfind("."), t.rfind("．"))
        if cut >= 0:
            s, t = s + cut + 1, t[cut + 1:]
        t = t.strip()
        if len(t) < 4 or not _DOC_SUFFIX.search(t) or "《" in t or _SPEECH_TITLE.search(t):
            continue  # (a congress's report, a leader's speech: the congress or the meeting is the event)
        b.add(s, e, key="doc:" + name_key(t), label=f"《{t}》", aliases=(t,), subtype="policy_document",
              rule="events.reference")


def _number_one(b: _Builder, text: str) -> None:
    """中央一号文件 (rural policy, every year since 2004), named by its year when it has one:
    each year's is another document."""
    for m in _NUMBER_ONE.finditer(text):
        year = _YEAR_BEFORE.search(text, max(0, m.start() - 6), m.start())
        label = (f"{year.group('y')}年" if year else "") + f"{m.group('who')}一号文件"
        b.add(year.start() if year else m.start(), m.end(), key="doc:" + name_key(label), label=label,
              subtype="policy_document", rule="events.number_one_document")


def _known(b: _Builder, text: str) -> None:
    docs, campaigns = known_documents(), known_campaigns()
    for m in _known_re().finditer(text):
        if m.group(0) in docs:
            label, names = docs[m.group(0)]
            b.add(m.start(), m.end(), key="doc:" + name_key(label), label=label, aliases=names,
                  subtype="policy_document", rule="events.known_document", confidence=0.9)
        else:
            label, names = campaigns[m.group(0)]
            b.add(m.start(), m.end(), key="campaign:" + name_key(label), label=label, aliases=names,
                  subtype="campaign", rule="events.known_campaign", confidence=0.9)


def _meetings(b: _Builder, text: str) -> None:
    for m in _SPECIAL_MEETING.finditer(text):
        label = m.group("org") + m.group("kind")
        b.add(m.start(), m.end(), key="meeting:" + name_key(label), label=label, subtype="meeting",
              rule="events.meeting_convened")
    for m in _ENLARGED.finditer(text):
        # 县委常委会（扩大）会议, 县委十二届五次全体（扩大）会议: an enlarged session, named with its bracket
        start = _left_edge(text, m.start())
        if m.start() - start < 2:
            continue
        label = text[start:m.end()]
        plain = label.replace(m.group(0), "扩大会议")
        kind = "plenum" if _LOCAL_PLENUM.search(text[start:m.start()] + "会议") else "meeting"
        b.add(start, m.end(), key=f"{kind}:" + name_key(plain), label=label, subtype=kind, aliases=(plain,),
              rule="events.enlarged_meeting", confidence=0.8)
    place_starts = {p.start for p in b.ctx.mentions if p.kind == Kind.PLACE}
    for m in _MEETING_HEAD.finditer(text):
        if text.startswith(("常务委员会", "常委会"), m.end()) and not _SESSION_AFTER.match(text, m.end()):
            continue  # 北京市人民代表大会常务委员会: the congress's standing body, an organisation (its
            # 第二十八次会议 is read as before, under the congress's name)
        start = _left_edge(text, m.start())
        if text.startswith("年", start) and _YEAR_DIGITS.fullmatch(text, max(0, start - 4), start):
            start -= 4  # 2023年中央农村工作会议: the year is part of the name (the edge stops at digits)
        if text.startswith("以", start) and _ISSUER.match(text, start + 1):
            start += 1  # 以中央经济工作会议精神为指引
        studied = _STUDIED.match(text, start)
        if studied and _ISSUER.match(text, studied.end()):
            start = studied.end()  # 传达学习中央经济工作会议精神 (学习座谈会 keeps its 学习: no issuer after)
        ordinal = _ORDINAL.search(text, start, m.start())
        if ordinal and not (text[start:ordinal.start()] in _UNIT_WORDS or start in place_starts):
            start = ordinal.start()  # (省第十五次党代会, 浙江省第十五次党代会: whose congress, kept)
        name = text[start:m.start()]
        if ordinal is None and not _ISSUER.search(name) and start not in place_starts:
            spoke = [a for a in _LEADER_AT.finditer(text, max(0, m.start() - 36), m.start())
                     if not _MEETING_CLAUSE_BREAK.search(text, a.end(), m.start())]
            if not spoke:
                continue  # a meeting is named by who holds it: 全县…推进会, 南山区…推进会
            start = spoke[-1].end()  # 习近平总书记在|新时代推动东北全面振兴座谈会上的重要讲话
            name = text[start:m.start()]
        if name.removeprefix(ordinal.group(0) if ordinal else "") in _GENERIC_MEETING:
            continue
        label = text[start:m.end()]
        if _CONGRESS.search(label) or _PLENUM.search(label) or _SPECIAL_MEETING.search(text, max(0, start - 12), m.end()):
            continue
        b.add(start, m.end(), key="meeting:" + name_key(label), label=label, subtype="meeting",
              rule="events.meeting")


def _education_start(text: str, start: int, head: int) -> int:
    """Where an education campaign's name begins: a long one names a doctrine (…精神, …思想,
    …体系), a short one its subject in two to four characters (党史, 党纪, 党内集中); what stands
    before is who runs it or where (清华大学党史学习教育, 全校党史学习教育 -> 党史学习教育)."""
    core = text[start:head]
    while core.startswith(_EDUCATION_SCOPES):
        prefix = next(p for p in _EDUCATION_SCOPES if core.startswith(p))
        start, core = start + len(prefix), core[len(prefix):]
    if len(core) > 4 and not core.endswith(("精神", "思想", "体系", "理论")):
        return head - 2
    return start


#: who or where runs an education campaign, before its name
_EDUCATION_SCOPES = ("全党", "全国", "全省", "全市", "全县", "全区", "全校", "学校", "师生", "全体", "党内外")


def _campaign_key(name: str) -> str:
    k = name_key(name)
    for p in _SCOPE_PREFIX:
        if k.startswith(p) and len(k) > len(p) + 2:
            k = k[len(p):]
    return "campaign:" + k


def _campaigns(b: _Builder, text: str) -> None:
    for m in _QUOTED_CAMPAIGN.finditer(text):
        q = m.group("q")
        if text.startswith("等", m.start("h")) or len(q) > 30:
            continue
        label = q + m.group("h")
        b.add(m.start(), m.end(), key=_campaign_key(label), label=label, subtype="campaign",
              rule="events.quoted_campaign", aliases=(m.group("h"),) if len(m.group("h")) > 4 else ())
    for m in _CAMPAIGN_HEAD.finditer(text):
        if m.start() > 0 and text[m.start() - 1] in "”」\"":
            continue  # the quoted form above
        start = _left_edge(text, m.start(), limit=24 if m.group(0) in _LONG_CAMPAIGN_HEADS else 10)
        if text.startswith("年", start) and start > 0 and text[start - 1] in _DIGITS:
            start += 1  # 2023年|主题教育: the year is when it ran, not part of a campaign's name
        if m.group(0) in _LONG_CAMPAIGN_HEADS:
            start = _education_start(text, start, m.start())
        aliases: tuple[str, ...] = ()
        if m.group(0) in _LONG_CAMPAIGN_HEADS and text.endswith("学习贯彻", 0, start) and start - m.start() < -6:
            aliases = (text[start:m.end()],)
            start -= 4  # 学习贯彻习近平新时代中国特色社会主义思想主题教育: the campaign's full name
        name = text[start:m.end()]
        core = name[: len(name) - len(m.group(0))]
        stem = name_key(name)
        # (a year before a bare 主题教育 names that year's campaign: 2023年主题教育期间)
        dated = name == "主题教育" and start > 0 and text[start - 1] == "年"
        if ((core in _GENERIC_CAMPAIGN or stem in _GENERIC_CAMPAIGN) and not dated or len(name) < 4
                or len(name) < 5 and not dated or text.endswith("等", 0, m.start())):
            continue
        if _COUNTED.fullmatch(core) or _COUNTED.fullmatch(text[max(0, start - 4):m.start()]):
            continue  # 实施三个专项行动, 4个专项行动: how many campaigns, not the name of one
        b.add(start, m.end(), key=_campaign_key(aliases[0] if aliases else name), label=name, subtype="campaign",
              rule="events.campaign", confidence=0.8, aliases=aliases)
