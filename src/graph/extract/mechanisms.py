"""Mechanisms (Kind.MECHANISM): numeric abbreviations, quoted slogans, named practices, programmes.

Quoted text is a mechanism only when the grammar around it says so, because the genre also
quotes problems (“老龄化”), metaphors (成了…的“中介”), goals and reported speech:

* a head noun after the quote names what it is: “三访”工作机制, “三型”班子, “启用能人”的工作机制,
  “民办、民营、民受益”的原则; a problem head (问题, 现象) makes it a problem instead;
* a verb of doing before it: 开展/实行/推行/建立/探索/打造/实施/运用/铺筑 … “…”;
* a numeral shape makes it a numeric abbreviation (三访, 双联系, 四新十无, "1+3+5");
* an enumeration inside (A、B、C) makes it a slogan unless it is a metaphor or a title.

Unquoted named practices are read as verb + noun phrase + head word (建立健全党员发展机制,
探索村干部家访制度). Numeric abbreviations are expanded into components (Predicate.HAS_COMPONENT)
by :mod:`graph.extract._components`, and their count is checked against the numeral.

Keys are :func:`graph.extract._text.name_key` of the label, so “三访”工作机制 and “三访” are one
node. Every pattern is compiled at import and run once over the document text.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from graph.extract import _components as comp
from graph.extract._text import HAN, MAXIM, PLAN_PERIOD, SentenceIndex, find_quotes, han_run_matches, name_key
from graph.extract._title import lone_line
from graph.lexicon import data_lines, longest_first
from graph.model import Implied, Kind, Mention, Predicate, Provenance, RelationMention, make_mention
from graph.pipeline import DocContext, Item

log = logging.getLogger(__name__)

# --- what may follow a quote -------------------------------------------------------------
# head -> (subtype, label keeps the head?)
_HEADS: dict[str, tuple[str, bool]] = {
    "长效工作机制": ("named_practice", False), "工作机制": ("named_practice", False),
    "长效机制": ("named_practice", False), "机制": ("named_practice", False),
    "工作制度": ("named_practice", False), "制度": ("named_practice", False),
    "班子建设工程": ("program", True), "班子工程": ("program", True), "建设工程": ("program", False),
    "工程": ("program", False), "工作法": ("named_practice", False), "工作模式": ("named_practice", False),
    "模式": ("named_practice", False), "专项行动": ("program", False), "行动": ("program", False),
    "体系": ("named_practice", False), "计划": ("program", False), "战略": ("program", False),
    "品牌": ("named_practice", False), "做法": ("named_practice", False), "经验": ("named_practice", False),
    "服务模式": ("named_practice", False), "经营方式": ("named_practice", False), "方式": ("named_practice", False),
    "班子": ("named_practice", True), "政党": ("named_practice", True), "服务岗": ("named_practice", True),
    "平台": ("named_practice", True), "载体": ("named_practice", False), "措施": ("named_practice", False),
    "小程序": ("named_practice", False), "超市": ("named_practice", True), "驿站": ("named_practice", True),
    "夜校": ("named_practice", True), "讲堂": ("named_practice", True),
    # a team or a volunteer service named for what it does (“牛管家”服务队, “国际邻里”志愿服务)
    "服务队": ("named_practice", False), "志愿服务队": ("named_practice", False), "志愿服务": ("named_practice", False),
}
#: heads a two-character stem names a practice with, not a metaphor: a place's experience
#: (“枫桥经验”, “后陈经验”) and the genre's venues (“清风超市”, “红色驿站”, “农民夜校”)
_PLACE_NAMED_HEADS = frozenset({"经验", "超市", "驿站", "夜校", "讲堂"})
_INNER_HEAD = re.compile("(?:" + "|".join(sorted(_HEADS, key=len, reverse=True)) + ")$")
# heads that need 的 before them: “民办、民营、民受益”的原则
_SLOGAN_HEADS = ("原则", "理念", "宗旨", "责任意识", "精神", "口号", "方针", "要求", "长效机制", "工作机制",
                 "经营方式", "服务方式", "工作方法", "思想")
_PROBLEM_HEADS = ("问题", "现象", "难题", "程度", "困境", "短板")
_HEAD_RE = re.compile(
    "(?P<de>的)?(?P<head>" + "|".join(sorted({*_HEADS, *_SLOGAN_HEADS, *_PROBLEM_HEADS}, key=len, reverse=True)) + ")"
)
#: a head a few characters after a quote (“四个一”帮包机制): where an expansion may start
_LOOSE_HEAD = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:工作机制|机制|制度|模式|体系|工作法|行动|工程|服务)(?=[，,]?\s*即)")
# the genre's qualifier between a quote and its head: “三最”民生问题, “三最”现实问题; web
# pages often put a space after a quote (“1+3+5” 工作法)
_QUALIFIER = re.compile(r"[ \u3000]?(?:民生|现实|长效|新型|特色|微信)?")

_DOING = re.compile(
    r"(?:开展|实行|推行|推出|建立|探索|打造|实施|创建|运用|推广|践行|坚持|按照|依照|结合|形成|确立|铺筑|架起|"
    r"办好|健全|完善|构建|深化|启动|树立|倡导|弘扬|叫响|开创|抓好|兼任|选派|落实|做到|提出|以|"
    r"核心是|宗旨是|原则是|理念是|举办|召开|设立|开通|上线|固定为|定为|办起|开办|开设|用好|用活|列为|组建|依托|搭建)(?:了|出|起|好|的|成|地)?"
    r"(?:一次|一场|一个|一批|一期)?$"
)
#: a lever named by a practice's head: 以X为抓手/载体/突破口 (see _Finder.levers)
_LEVER = re.compile(r"以(?P<x>[\u4e00-\u9fff“”]{3,16}?(?:创建|建设|工程|行动|改革|机制|制度|模式|合作社|试点|计划))"
                    r"为(?:抓手|载体|突破口|切入点|牵引)")
#: a term counting single things: 四个一, 五个一 (each item: 一张…, 一个…)
_COUNTS_ONES = re.compile(r"[两二三四五六七八九十]个一$")
#: the group a well-known practice is applied to, written right before it (网格员积分管理)
_WHOSE = re.compile(r"(?:网格员|党员|村民|居民|农户|干部|村干部|志愿者|家庭)$")
_DOING_FAR = re.compile(r"(?:推行|实行|实施|开展|推出|探索|建立|打造|举办)[^，,。；;、的“”]{1,10}$")
#: a verb of opposing right before a quote: what follows is fought or avoided
_OPPOSED = re.compile(r"(?:反对|制造|搞|鼓吹|图谋|杜绝|抵制|遏制|打击|破除|纠治|整治|纠正|克服|防止)了?$")
_METAPHOR = re.compile(r"(?:成了|成为|作为|当作|称为|誉为|寄予|所谓|叫做|被称作|理解为|看作|当成|的)$")
_SPEECH = re.compile(r"(?:说|指出|强调|提出|要求|承诺|表示|号召|宣布|认为|嘱咐|嘱托|叮嘱|寄语)(?:了|要|的|过)?[：:，,]?\s*要?$")
_FROM_TO = re.compile(r"从$")
#: a quoted enumeration that tells a plight, not a slogan anyone practises: a part that says what
#: is hard or missing (组建难, 无活动, 没人抓, 缺质量), what its clause says before it (过去…,
#: 部分…, 面临…, 反映…, 只能…), or the plight named after it (…的压力, …的情况)
_PLIGHT = re.compile(r"[\u4e00-\u9fff]{2,4}难|.*没.*|[无缺没][\u4e00-\u9fff]{2}")  # (not 有困难找支部, 缺的就补)
_PLIGHT_BEFORE = re.compile(r"过去|面临|反映|直言|存在|常常|只能|部分|一些|个别|少数|仍然")
_PLIGHT_AFTER = re.compile(r"的(?:情况|问题|现象|压力|窘境|困境|难题|局面)")
_CLAUSE_START = re.compile(r"[，,；;：:。！？!?]")
#: the nation's systems a text says are to be built (健全…相结合的乡村治理体系, 完善社会治理体系,
#: 农村基本经营制度): the aims of national policy, not a practice of the places written about
_NATIONAL_SYSTEM = re.compile(r"(?:(?:乡村|城乡基层|城乡社区|基层|社会|乡村社会|国家|全球)治理(?:体系|制度)"
                              r"|中国特色社会主义制度|农村基本经营制度)$")
#: what a strategy's name is not made of: a rank or a scope, no content (国家重大战略, 区域重大战略)
_STRATEGY_NOT_NAMED = re.compile(r"(?:国家|区域|重要|重大|国家重大|重大国家|区域重大|发展)战略")
#: Party building joined to a field by plus signs, unquoted (党建+电商, 党建+自治): the parts after
#: 党建 two characters each, the name ending there (or before 方面/模式/领域)
_PARTY_PLUS = re.compile(r"(?:党建|党支部|党组织)[+＋][\u4e00-\u9fff]{2}(?:[+＋][\u4e00-\u9fff]{2,3})*"
                         r"(?=[^\u4e00-\u9fff]|方面|模式|领域|$)")
#: a survey's answers are quoted after 受访…表示 or in a 问卷's sentence: what people said, no saying
_SURVEY = re.compile(r"受访|问卷")
#: a day written by its month and day (七一, 五四, 八一, 十一): a holiday or an anniversary
_HOLIDAY = re.compile(r"(?:[一二三四五六七八九]|十[一二]?)(?:[一二三四五六七八九]|[一二三]十[一]?)")
#: 存在“…”的情况: a quote that names a fault found (the problems extractor reads it)
_FAULT_BEFORE = re.compile(r"(?:存在|出现|仍有|还有|不同程度存在)[着了]?$")
_FAULT_AFTER = re.compile(r"的?(?:情况|问题|现象|倾向|短板|弊端)")
#: verbs of talk before a quote (说, 介绍), as against statements (强调, 提出, 承诺)
_CHAT = re.compile(r"(?:说|介绍|表示|告诉记者|谈到|感慨|坦言)(?:道|着)?[：:，,]?\s*$")
# a numeral shape that reports a result, not a practice: 双下降, 五连冠, 三连增
_OUTCOME = re.compile(r"(?:连冠|连胜|连增|连降|连涨|连升|连丰|连[A-Za-z]+|满贯|下降|增长|提升|提高|减少|降低|翻番|翻一番)$")
#: a count of aims named by one verb (“两个确保”, “三个提升”): a policy's term, not a result reported
_COUNTED_TERM = re.compile(r"[一二两三四五六七八九十]个")
_PLUS = re.compile(r"[\u4e00-\u9fff]+[+＋][\u4e00-\u9fff]+")
_PARTS = re.compile(r"[、，,；;]")
_NUM_FIRST = "双两二三四五六七八九十"
_NUM_ANY = "一二两三四五六七八九十百千双"
_NUMERIC = re.compile(# (三个组织起来: N个 and what each is, up to four characters)
                      rf"^(?:[{_NUM_FIRST}]个[^{_NUM_ANY}]{{2,4}}$|[{_NUM_FIRST}][^{_NUM_ANY}]{{0,3}}|"
                      rf"一[^{_NUM_ANY}]{{1,2}}(?=[{_NUM_ANY}]))"
                      rf"(?:[{_NUM_ANY}][^{_NUM_ANY}]{{0,3}})*$")
_DIGITS = re.compile(r"^[0-9０-９]+(?:[+＋](?:[0-9０-９]+|[A-Za-zＡ-Ｚａ-ｚ]))+$|^[0-9０-９]{3,4}$")
#: what may follow a term on a line that introduces a list: “七个一点”资金筹措机制：
_LINE_TAIL = re.compile(rf"[”\"」]?[{HAN}]{{0,8}}\s*[：:]\s*")
#: 建立健全监督机制，将党内监督与人民监督相结合、法律监督与社会监督相结合: the pairs a system
#: is said to join, right after its name, are its parts (社会统筹和个人账户相结合的养老保险体系)
_JOINED_HEAD = re.compile(r"(?:机制|体系|制度|模式|格局)$")
_PAIR = rf"[{HAN}“”]{{2,12}}?(?:与|和|同)[{HAN}“”]{{2,12}}?(?:相|有机)?结合(?:起来)?"
_JOINED = re.compile(rf"[，,]\s*(?:要|应|并)?(?:将|把|坚持|实行|实现|推动|做到)?(?P<body>{_PAIR}(?:[、，,]{_PAIR})*)"
                     r"(?=[，,。；;]|$)")
_PAIR_PARTS = re.compile(rf"(?P<a>[{HAN}“”]{{2,12}}?)(?:与|和|同)(?P<b>[{HAN}“”]{{2,12}}?)(?:相|有机)?结合")
#: what may stand between a term and its sentence's end when the next sentence spells it out
#: (“三个一”服务举措。即…)
_SHORT_TAIL = re.compile(rf"[”\"」]?[{HAN}]{{0,8}}[。；;]?\s*")
#: a count opening a practice's name: 四个专项行动, 三大工程
_COUNT_LEAD = re.compile(rf"^[{_NUM_FIRST}]+(?=[个项大条种类])")
#: a count inside a practice's name, by a measure word of steps, books, sheets or lists, after at most
#: a short qualifier (四步工作法, 民情三本账, 三张清单管理): as many parts, spelled out after it
_COUNT_INSIDE = re.compile(rf"^[{HAN}]{{0,4}}?(?P<n>[{_NUM_FIRST}]+)(?=[步本张份])")


def _count_in_name(name: str) -> int | None:
    """How many parts a practice's name counts at its start or after a short qualifier (四个专项行动,
    四步议事法, 民情三本账), or None."""
    m = _COUNT_LEAD.match(name) or _COUNT_INSIDE.match(name)
    if m is None:
        return None
    return comp.numeral_of(m.group(0) if m.re is _COUNT_LEAD else m["n"])[0]


#: the generic head between a counted term and the colon that spells it out (“三学三比”活动：学理论、…)
_COLON_HEAD = re.compile(r"(?:活动|工作法|工作机制|机制|制度|模式|体系|行动|工程|做法|举措|要求|办法)(?=\s*[：:])")
_COUNTED = re.compile(rf"([{_NUM_ANY}]+)(个|项|条|大)$")
# “推动发展、服务群众、凝聚人心、促进和谐”的十六字要求 / “产业兴旺、…”二十字总要求 / 三个“注重” / 十六字方针
_LIST_THEN_COUNT = re.compile(
    r"[“「\"](?P<list>[^“”「」\"\n]{4,80})[”」\"]的?(?P<term>(?P<num>[一二三四五六七八九十百]+)字总?"
    r"(?:要求|方针|原则|诀|标准|工作法|目标|理念|精神))"
)
#: numbered names of bodies, quoted as the genre quotes its terms: 村“两委” (the Party branch
#: committee and the villagers' committee; not “两新”, also a policy's name)
_NUMBERED_BODIES = frozenset({"两委"})
#: right after a quoted term, what opens its definition
_SPELLED_OUT = re.compile(r"\s*(?:[（(]|[，,]?\s*即)")
#: a quoted list right before a quoted term of as many (“社区点单、街道派单、单位接单、群众评单”的“四单”)
_QUOTED_LIST = r"[“「\"](?P<list>[^“”「」\"\n]{5,80})[”」\"]的?"
_LIST_THEN_TERM = re.compile(_QUOTED_LIST + r"[“「\"](?P<term>[^“”「」\"\n]{2,8})[”」\"]")
#: a quoted list right before a quote (the quote's opening mark is where the search ends)
_LIST_BEFORE_TERM = re.compile(_QUOTED_LIST + "$")
#: after a quote, the rest of a run of quotes and the count of the kinds they are (“A”“B”“C”三种模式,
#: “A”和“B”两种做法): each quote names a practice
_KINDS_AFTER = re.compile(r"(?:[、，,和与及]?[“「\"][^“”「」\"\n]{2,12}[”」\"])*(?:等)?[一二两三四五六七八九十]+(?:种|个|类|大|项)"
                          r"[\u4e00-\u9fff]{0,4}?(?:模式|做法|路径|类型|机制|工作法|经验|样板|范式|品牌)")
_COUNT_TERM = re.compile(r"(?<![“「\"])(?P<term>(?P<num>[一二三四五六七八九十百]+)字总?(?:要求|方针|原则|诀|工作法))")
# what every _COUNT_TERM match (Han characters only) holds: see _text.han_run_matches
_COUNT_TERM_HINT = re.compile(r"字总?(?:要求|方针|原则|诀|工作法)")

# --- unquoted named practices ---------------------------------------------------------------
_TRIGGER = (r"建立健全|建立完善|健全完善|探索建立|建立|健全|完善|强化|探索|实行|推行|紧抓|引入|构建|实施|打造|"
            r"推出|形成|运用|推广|落实|深化|加快|开展|创建|启动|发挥|结合|与|抓好|依托|创新|执行")
_NAMED = re.compile(
    rf"(?:{_TRIGGER})(?:了|好|起)?(?P<np>[{HAN}]{{2,12}}?)"
    r"(?P<head>工作机制|机制|制度|工程|工作法|模式|行动|体系|计划|战略(?=[^\u4e00-\u9fff]|[的和与及等]|$)|策略|框架|服务岗|责任制|积分制管理|积分制|承诺制|化管理(?!服务|体系|机制|制度|模式))"
    r"(?![\u4e00-\u9fff]{0,1}(?:机制|制度)|生育|统|度)"
)
#: practices listed under one head after a verb of running (实行驻村日志、请销假报备和季度点评制度)
_NAMED_LIST = re.compile(rf"(?:实行|推行)(?P<run>[{HAN}]{{3,8}}、[{HAN}、]{{3,40}}?)"
                         r"(?P<head>工作制度|制度|工作机制|机制|工作法)(?![\u4e00-\u9fff]{0,1}(?:机制|制度))")
#: an item that opens with a verb of running is a task of a list of tasks (坚持依法行政、推进政务公开)
_OPENS_TRIGGER = re.compile(rf"(?:{_TRIGGER}|坚持|推进|加强|提高|促进)")
#: what no item of such a list holds (a qualifier, a body, an open end)
_NOT_LISTED = re.compile(r"的|对|等|机关|化$")
# 实行厂房置换，即将资金用于…: a practice named and explained on the spot
_PRACTICE_NAMELY = re.compile(rf"(?:实行|推行|探索|实施|推广|采取)(?:了)?(?P<np>[{HAN}]{{2,8}})[，,]即")
_CLAUSE_NAMED = re.compile(
    rf"(?<=[，,。：:；;\n])(?P<np>[{HAN}]{{3,10}}?)(?P<head>服务岗|工作法|工作机制|机制|制度|工程|计划|模式)(?=已经|已|在|是|被|得到)"
)
# every _CLAUSE_NAMED match (Han characters only, after a mark: at the start of a run of them)
# holds one of these: see _text.han_run_matches
_CLAUSE_NAMED_HINT = re.compile(r"服务岗|工作法|机制|制度|工程|计划|模式")
_HEAD_INSIDE = re.compile(r"机制|制度|体系|^和|和$")
#: a verb inside what the trigger's pattern took as the name: the name is what follows it
_INNER_TRIGGER = re.compile(r"建立|构建|实施|实行|推行|健全|完善")
_NP_LEAD = re.compile(r"^(?:构建|建立|健全|完善|推进|加快|提升|编制|推动|加强|优化|落实|执行|推广|并|认真|严格|相关|一套|一批|若干|一系列|各项|有关|新的|进一步|长效|健全的|完善的|好|了|和|各种|本|该|这一|这项|这种|这些|此种|新型)+")
_GENERIC_NP = frozenset({
    "", "工作", "长效", "相关", "体制", "服务", "管理", "运行", "新", "各项", "这", "现有", "该", "此", "有效的工作",
    "保障", "激励", "领导", "组织", "工作运行", "责任", "政策", "发展", "基础", "系统", "重点", "党建工作",
    "服务", "治理", "社会", "标准", "考核", "评价", "分配", "补助", "利益", "组织设置", "设置", "建设", "人才",
    "规章", "法律", "法规", "一项", "一种", "体制和", "经营", "产业", "生态", "民生", "党的", "党内",
    "提升", "专项", "攻坚", "示范", "试点", "改革", "创新", "保护", "应急", "风险",
    # a count, a size or a scope, not a name: 一批工程, 系列行动, 重大工程, 三年行动, 国家计划
    "一批", "系列", "重大", "三年", "标志性", "配套", "主体", "国家", "农村", "内部",
})

# sentence-final punctuation a quoted slogan may carry inside its marks
_TRAIL = "。，,；;！!？? "


@dataclass
class _Spec:
    """A mechanism found, before it becomes a Mention (attrs are added by the expansion)."""

    start: int
    end: int
    label: str
    subtype: str
    rule: str
    confidence: float = 1.0
    aliases: set[str] = field(default_factory=set)
    attrs: dict[str, str] = field(default_factory=dict)
    # for the component search: where the term proper ends (the quote or head end)
    term_end: int = 0
    numeral: int | None = None
    by_chars: bool = False
    listed: tuple[tuple[int, int], ...] = ()


@lru_cache(maxsize=1)
def _standard_data() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    text = resources.files("graph.lexicon").joinpath("data/genre_abbreviations.tsv").read_text("utf-8")
    items_of: dict[str, tuple[str, ...]] = {}
    variants: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, items = line.split("\t")
            forms = [item.split("|") for item in items.split("、")]
            items_of[name_key(name)] = tuple(f[0] for f in forms)
            variants.update((f[0], tuple(f[1:])) for f in forms if len(f) > 1)
    return items_of, variants


def standard_abbreviations() -> dict[str, tuple[str, ...]]:
    """name key -> items of the Party's and the state's standard numeric abbreviations (三会一课,
    两学一做 …), as official documents spell them out: data, one a line."""
    return _standard_data()[0]


def standard_variants() -> dict[str, tuple[str, ...]]:
    """An item of a standard abbreviation -> the other ways it is written (村党组织提议: 村党支部提议,
    党组织提议), the names its implied entity also carries."""
    return _standard_data()[1]


@lru_cache(maxsize=1)
def genre_practices() -> re.Pattern[str]:
    """The genre's well-known practices named bare (积分超市, 院坝会, 红黑榜): data, one a line,
    as one alternation, longest first (十星级文明户 before 星级文明户)."""
    return longest_first(data_lines("genre_practices.txt"))


@lru_cache(maxsize=1)
def numeric_idioms() -> frozenset[str]:
    """Idioms shaped like numeric abbreviations (四梁八柱, 千家万户): data, one a line."""
    return frozenset(data_lines("genre_numeric_idioms.txt"))


def is_numeric(term: str) -> bool:
    """三访, 双联系, 四新十无, 一村一大, 1+3+5 are numeric abbreviations; 一把手, 十三五 are not."""
    if _DIGITS.match(term):
        return "+" in term or "＋" in term
    if not 2 <= len(term) <= 8 or _PARTS.search(term) or PLAN_PERIOD.match(term):
        return False
    if all(ch in "零一二两三四五六七八九十百千" for ch in term):
        return False  # 七一, 八一, 十一: dates and numbers, with nothing they count
    return bool(_NUMERIC.match(term))


class _Finder:
    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.text = ctx.doc.text
        self.index = SentenceIndex(ctx.sentences)
        self.specs: list[_Spec] = []
        # event spans by start, with the furthest end reached so far: a span [s, e) overlaps
        # an event exactly when some event starting before e ends after s (a binary search)
        taken = sorted((m.start, m.end) for m in ctx.of_kind(Kind.EVENT))
        #: campaigns named after a numeric abbreviation (“两学一做”学习教育): the quote is a practice too
        self._campaigns = [(m.start, m.end) for m in ctx.of_kind(Kind.EVENT) if m.subtype == "campaign"]
        self._taken_starts = [ts for ts, _ in taken]
        self._taken_reach: list[int] = []
        for _, te in taken:
            self._taken_reach.append(max(te, self._taken_reach[-1]) if self._taken_reach else te)

    def _inside_event(self, s: int, e: int) -> bool:
        k = bisect_left(self._taken_starts, e)
        return k > 0 and self._taken_reach[k - 1] > s

    # -- quoted ---------------------------------------------------------------------------
    def quotes(self) -> None:
        text = self.text
        prev_kind: tuple[int, bool] = (-10, False)  # (end of previous quote, was it a mechanism)
        prev_speech = False
        for q in find_quotes(text):
            sent = self.index.at(q.start)
            in_campaign = any(cs <= q.start and q.end <= ce for cs, ce in self._campaigns) and is_numeric(
                q.text.strip())
            if sent is None or q.end > sent.end + 1 or (self._inside_event(q.start, q.end) and not in_campaign):
                prev_kind = (q.end, False)
                continue
            inner = q.text.strip().rstrip(_TRAIL)
            before = text[max(sent.start, q.start - 14):q.start]
            if prev_speech and q.start - prev_kind[0] <= 1:
                before = "强调"  # “A”、“B” after a verb of saying: both are quoted speech
            spec = self._classify(q.start, q.end, q.inner_start, inner, before, sent.end,
                                  chained=prev_kind[1] and q.start - prev_kind[0] <= 1
                                  and text[prev_kind[0]:q.start] in ("", "、", "和", "与", "及", "，", ","))
            prev_kind = (q.end, spec is not None)
            prev_speech = spec is not None and spec.rule == "mechanisms.quoted_saying" or (
                spec is None and bool(_SPEECH.search(before)))
            if spec is not None:
                self.specs.append(spec)

    def _classify(self, qs: int, qe: int, inner_start: int, inner: str, before: str, sent_end: int, *,
                  chained: bool) -> _Spec | None:
        text = self.text
        if len(inner) < 2 or len(inner) > 40:
            return None
        if _LIST_THEN_COUNT.match(text, qs):
            return None  # the list is read as the alias and components of the counted term
        if (listed := _LIST_THEN_TERM.match(text, qs)) is not None:
            term = listed.group("term")
            numeral = comp.numeral_of(term)[0] if is_numeric(term) else _count_in_name(term)
            if numeral is not None and numeral == len(_spans_of(listed.group("list"), "、")):
                return None  # “社区点单、…、群众评单”的“四单”: the items of the term after it
        numeric = is_numeric(inner)
        if numeric and (_OUTCOME.search(inner) and not _COUNTED_TERM.match(inner) or inner in numeric_idioms()):
            return None  # 双下降, 五连冠: a result (“三个提升”, counted aims, are a term); 四梁八柱: an idiom
        if inner in _NUMBERED_BODIES and not _SPELLED_OUT.match(text, qe):
            return None  # 村“两委”(班子): the village's two committees, a body, not a practice; unless
            # the text spells it out as a term (“两委”（村党组织委员会和村民委员会）, 所谓村“两委”，即…)
        start, label_prefix = qs, ""
        counted = _COUNTED.search(before)
        if counted and not numeric and len(inner) <= 4 and not _PARTS.search(inner):
            # 三个“注重”: the numeral sits before the quote
            numeric, start, label_prefix = True, qs - len(counted.group(0)), counted.group(0)
        pos = qe
        qual = _QUALIFIER.match(text, pos)
        hm = _HEAD_RE.match(text, qual.end() if qual else pos)
        head = hm.group("head") if hm and hm.end() <= sent_end else None
        if head and hm is not None and hm.group("de") and head not in _SLOGAN_HEADS and head not in _PROBLEM_HEADS:
            head = None  # “…”的班子 is a description, not a name
        if head and hm is not None and not hm.group("de") and head in _SLOGAN_HEADS and head not in _HEADS:
            head = None  # 原则 etc. only with 的
        if PLAN_PERIOD.match(inner) or _HOLIDAY.fullmatch(inner):
            return None  # 开展“八五”普法, “九五”计划: a plan's period; 庆“七一”: a day, not a practice
        if _OPPOSED.search(before):
            return None  # 纠治“四风”, 反对“台独”, 搞“一刀切”: what is fought, not practised
        if _FAULT_BEFORE.search(before) and _FAULT_AFTER.match(text, qe):
            return None  # 存在“重登记、轻运用”的情况, 存在“两张皮”现象: a fault found, not a practice
        multi = len([p for p in _PARTS.split(inner) if p]) >= 2
        label = label_prefix + inner
        end = qe
        if head in _PROBLEM_HEADS:
            if not numeric:
                return None
            assert hm is not None
            return _Spec(start, hm.end(), label, "numeric_abbreviation", "mechanisms.quoted_numeric",
                         aliases={text[start:hm.end()]}, term_end=qe)
        if head and hm is not None:
            sub, keep = _HEADS.get(head, ("quoted_slogan", False))
            if keep:
                label += "班子" if head.startswith("班子") else head
            end = hm.end()
            subtype = "numeric_abbreviation" if numeric else ("quoted_slogan" if multi else sub)
            return _Spec(start, end, label, subtype, "mechanisms.quote_head", aliases={text[start:end]}, term_end=qe)
        if numeric:
            return _Spec(start, end, label, "numeric_abbreviation", "mechanisms.quoted_numeric",
                         aliases={text[start:end]}, term_end=qe, confidence=0.9)
        if not multi and _KINDS_AFTER.match(text, qe):
            # 形成了“工业反哺型”“生态经营型”“社区带动型”三种模式: each quote is one of the kinds counted
            return _Spec(qs, qe, label, "named_practice", "mechanisms.quoted_kinds", aliases={text[qs:qe]},
                         term_end=qe, confidence=0.7)
        if not multi and (count := _count_in_name(inner)) is not None and (
                listed_before := _LIST_BEFORE_TERM.search(text, 0, qs)) is not None \
                and len(_spans_of(listed_before.group("list"), "、")) == count:
            # “居民提事、党员议事、多方办事、群众评事”的“四步议事法”: a counted practice after its quoted parts
            return _Spec(qs, qe, label, "named_practice", "mechanisms.quoted_counted", aliases={text[qs:qe]},
                         term_end=qe, confidence=0.8)
        inner_head = _INNER_HEAD.search(inner)
        stem_min = 2 if inner_head and inner_head.group(0) in _PLACE_NAMED_HEADS else 3
        if inner_head and len(inner) - len(inner_head.group(0)) >= stem_min and not multi:
            # 推进“拯救老屋行动”, 对照“红色根脉强基工程”: the quote names a practice by its head
            # (not 打造成人民群众的“满意工程”: a two-character stem is a metaphor's)
            sub, _ = _HEADS[inner_head.group(0)]
            return _Spec(qs, qe, label, sub, "mechanisms.quoted_head", aliases={text[qs:qe]}, term_end=qe,
                         confidence=0.8)
        if MAXIM.match(inner):
            # 以人为本, 服务为本, 执政为民: a maxim is a slogan even as the end of 从“…”到“…”
            return _Spec(qs, qe, label, "quoted_slogan", "mechanisms.quoted_maxim", aliases={text[qs:qe]},
                         term_end=qe, confidence=0.8)
        if _FROM_TO.search(before) or text.startswith("到", qe) or text.startswith(("二字", "这个", "即"), qe):
            return None
        if _SPEECH.search(before):
            if len(inner) <= 20 or (multi and len(_PARTS.split(inner)[0]) <= 12):
                return self._speech_slogan(qs, inner_start, inner, chat=bool(_CHAT.search(before)))
            return None
        if _METAPHOR.search(before) and not multi:
            return None
        if _PLUS.search(inner):
            return _Spec(qs, qe, label, "named_practice", "mechanisms.quoted_plus", aliases={text[qs:qe]},
                         term_end=qe, confidence=0.8)
        doing = _DOING.search(before)
        if doing is not None and doing.group(0) == "以" and text.startswith("的", qe) and not chained:
            doing = None  # 以‘过来人’的同理心, 以“国之大者”的政治担当: a manner, not 以“三访”为抓手
        if doing is not None or _DOING_FAR.search(before) or chained:
            subtype = "quoted_slogan" if multi or len(inner) >= 6 else "named_practice"
            inner_head = _INNER_HEAD.search(inner)
            if inner_head and not multi:  # “村干部队伍人才工程”: the name carries its own head
                subtype = _HEADS[inner_head.group(0)][0]
            return _Spec(qs, qe, label, subtype, "mechanisms.quote_after_verb", aliases={text[qs:qe]},
                         term_end=qe, confidence=0.8)
        if multi and not _METAPHOR.search(before):
            if inner.rstrip().endswith(("。", "！", "？", "!", "?")) or text[qs:qe].rstrip("”\"」 ").endswith(
                    ("。", "？", "?")) or (
                    before.rstrip().endswith(("：", ":")) and ("，" in inner or "," in inner)):
                return None  # 建议：“要多读经典文献，…。”: reported speech, not a slogan
            parts = [p for p in _PARTS.split(inner) if p]
            lens = [len(p) for p in parts]
            clause = _CLAUSE_START.split(text[self.index.at(qs).start:qs])[-1]
            if (any(_PLIGHT.fullmatch(p) for p in parts) or _PLIGHT_BEFORE.search(clause)
                    or _PLIGHT_AFTER.match(text, qe)):
                return None  # 党小组“有组织、无活动”, 过去各村“各守一块田…”, 面临“…”的压力: a plight told
            if min(lens) >= 2 and max(lens) <= 12 and max(lens) <= 2 * min(lens):
                return _Spec(qs, qe, label, "quoted_slogan", "mechanisms.quoted_enumeration",
                             aliases={text[qs:qe]}, term_end=qe, confidence=0.7)
        return None

    def _speech_slogan(self, qs: int, inner_start: int, inner: str, *, chat: bool = False) -> _Spec | None:
        """Reported speech: keep a short saying, or the enumerated first clause of a long one
        (``chat``: the verb before is one of talk, 说 or 介绍, not a statement such as 强调)."""
        parts = re.split(r"[，,]", inner)
        closing = self.text[inner_start + len(inner):inner_start + len(inner) + 1]
        sent = self.index.at(qs)
        if sent is not None and _SURVEY.search(self.text, sent.start, qs):
            return None  # 受访群众表示“满意”, 问卷显示…认为“发展党员难”: an answer, not a saying
        if len(inner) <= 20 and len(parts) <= 2 and not (
                chat and (inner.endswith(("。", "？", "?")) or closing in "。？?")):
            # (李建国说：“要让群众的钱袋子鼓起来。”: a sentence said in talk, with its full stop, is
            # no saying; 承诺“人民对美好生活的向往，就是我们的奋斗目标。” is)
            return _Spec(qs, inner_start + len(inner), inner, "quoted_slogan", "mechanisms.quoted_saying",
                         aliases=set(), term_end=inner_start + len(inner), confidence=0.6)
        first = parts[0]
        if not chat and len(first.split("、")) >= 3:  # (他说：“汉族、白族、彝族，…”: talk, not a slogan)
            return _Spec(inner_start, inner_start + len(first), first, "quoted_slogan", "mechanisms.quoted_saying",
                         term_end=inner_start + len(first), confidence=0.6)
        return None

    # -- counted terms with the list before them ----------------------------------------------
    def counted(self) -> None:
        text = self.text
        for m in _LIST_THEN_COUNT.finditer(text):
            if self.index.at(m.start()) is None:
                continue
            lst = m.group("list")
            items = tuple((m.start("list") + s, m.start("list") + e)
                          for s, e in _spans_of(lst, "、，,"))
            numeral, by_chars = comp.numeral_of(m.group("term"))
            self.specs.append(_Spec(m.start("term"), m.end("term"), m.group("term"), "numeric_abbreviation",
                                    "mechanisms.list_then_count", aliases={lst, text[m.start():m.end()]},
                                    term_end=m.end("term"), numeral=numeral, by_chars=by_chars, listed=items))
        for m in han_run_matches(_COUNT_TERM, _COUNT_TERM_HINT, text):
            if any(s.start <= m.start() < s.end for s in self.specs):
                continue
            numeral, by_chars = comp.numeral_of(m.group("term"))
            self.specs.append(_Spec(m.start(), m.end(), m.group("term"), "numeric_abbreviation",
                                    "mechanisms.count_term", term_end=m.end(), numeral=numeral, by_chars=by_chars,
                                    confidence=0.8))

    # -- unquoted named practices ---------------------------------------------------------------
    def named(self) -> None:
        text = self.text
        for m in _NAMED.finditer(text):
            np_start = m.start("np")
            np = m.group("np")
            cut = max(np.rfind("的"), -1)
            if cut >= 0 and not np.endswith("党", 0, cut):
                np_start += cut + 1
                np = np[cut + 1:]
            inner = max(_INNER_TRIGGER.finditer(np), key=lambda v: v.start(), default=None)
            if inner is not None and len(np) - inner.end() >= 2:
                # 建立并实施种业国家安全审查机制, 与农民建立紧密型利益联结机制: the name follows the last verb
                np_start += inner.end()
                np = np[inner.end():]
            lead = _NP_LEAD.match(np)
            if lead:
                np_start += lead.end()
                np = np[lead.end():]
            if np in _GENERIC_NP or len(np) < 2 or any(c in np for c in "，,。“”") or _HEAD_INSIDE.search(np):
                continue
            start, end = np_start, m.end("head")
            if _NATIONAL_SYSTEM.fullmatch(text, start, end):
                continue
            if self._inside_event(start, end) or self.index.at(start) is None:
                continue
            head = m.group("head")
            if head == "战略" and ("实施" not in text[m.start():np_start] or _STRATEGY_NOT_NAMED.fullmatch(
                    text, start, end)):
                continue  # 实施乡村振兴战略 is a programme; not 经济结构战略性调整, 国家重大战略, 履行战略使命
            subtype = "program" if head in ("工程", "计划", "行动", "战略") else "named_practice"
            # 揭榜挂帅等机制: the practice is 揭榜挂帅 (等 closes an open list of one)
            label = np.removesuffix("等") + head if np.endswith("等") else text[start:end]
            if np.endswith("等") and np.removesuffix("等") in _GENERIC_NP:
                continue
            self.specs.append(_Spec(start, end, label, subtype, "mechanisms.named_practice",
                                    term_end=end, confidence=0.7))

        for m in _NAMED_LIST.finditer(text):
            # 实行驻村日志、请销假报备和季度点评制度: three practices sharing the last one's head
            items = comp.joined_list(text, m.start("run"), m.end("run"))
            if len(items) < 2 or any(not 3 <= e - s <= 8 or _NOT_LISTED.search(text, s, e)
                                     or _OPENS_TRIGGER.match(text, s) for s, e in items):
                continue  # (a reform's list of domains: 健全…机制 of central documents is not read here)
            if self.index.at(m.start("run")) is None or self._inside_event(m.start("run"), m.end("head")):
                continue
            for n, (s_, e_) in enumerate(items):
                e_ = m.end("head") if n == len(items) - 1 else e_
                self.specs.append(_Spec(s_, e_, text[s_:e_], "named_practice", "mechanisms.named_list",
                                        term_end=e_, confidence=0.6))

        for pat, rule, found in (
                (_PRACTICE_NAMELY, "mechanisms.practice_namely", _PRACTICE_NAMELY.finditer(text)),
                (_CLAUSE_NAMED, "mechanisms.clause_subject", han_run_matches(_CLAUSE_NAMED, _CLAUSE_NAMED_HINT, text,
                                                                                run_start=True))):
            for m in found:
                start, end = m.start("np"), m.end()
                if pat is _PRACTICE_NAMELY:
                    end = m.end("np")
                np = m.group("np")
                if np in _GENERIC_NP or self._inside_event(start, end) or self.index.at(start) is None:
                    continue
                self.specs.append(_Spec(start, end, text[start:end], "named_practice", rule, term_end=end,
                                        confidence=0.6))

    def known(self) -> None:
        """The genre's well-known practices named bare (推广积分超市, 完善院坝会、村民议事会等议事
        平台): from data (:func:`genre_practices`); a span inside a practice, an event or an
        organisation found before is left to it."""
        text = self.text
        taken = sorted((s.start, s.end) for s in self.specs)
        orgs = sorted((m.start, m.end) for m in self.ctx.of_kind(Kind.ORGANIZATION))
        named = {m.start for m in self.ctx.of_kind(Kind.PERSON)}
        for m in genre_practices().finditer(text):
            s, e = m.span()
            if self._inside_event(s, e) or self.index.at(s) is None or e in named:
                continue  # (驻村第一书记王晓峰: the post of a person named, not the practice)
            if any(ts < e and s < te for ts, te in taken) or any(os_ <= s and e <= oe for os_, oe in orgs):
                continue
            group = _WHOSE.search(text, max(0, s - 4), s)
            if group is not None and not any(ts < s and group.start() < te for ts, te in taken):
                s = group.start()  # 网格员积分管理, 党员积分制: the practice of that group is its name
            self.specs.append(_Spec(s, e, text[s:e], "named_practice", "mechanisms.known", term_end=e,
                                    confidence=0.7, aliases={m.group(0)} if s < m.start() else set()))

    def party_plus(self) -> None:
        """党建+柳编, 党建+自治 written without quotes (a heading's or a clause's opening): the
        genre's “Party building plus a field” practice, named by its parts; quoted ones are
        read with the quotes."""
        text = self.text
        taken = sorted((s.start, s.end) for s in self.specs)
        for m in _PARTY_PLUS.finditer(text):
            s, e = m.span()
            if (s > 0 and text[s - 1] in "“\"「") or self.index.at(s) is None or any(ts < e and s < te for ts, te in taken):
                continue
            self.specs.append(_Spec(s, e, m.group(), "named_practice", "mechanisms.party_plus", term_end=e,
                                    confidence=0.7))

    def levers(self) -> None:
        """以民族团结进步示范村创建为抓手, 以党组织领办合作社为抓手: a lever named by a practice's
        head (创建, 建设, 工程, 机制, 合作社 …) is that practice; a lever of verb phrases
        (以听民声、察民情、办实事为抓手) is left to goals, as the sample's gold reads it."""
        text = self.text
        taken = sorted((s.start, s.end) for s in self.specs)
        for m in _LEVER.finditer(text):
            s, e = m.span("x")
            if self._inside_event(s, e) or self.index.at(s) is None or "、" in m.group("x"):
                continue
            if any(ts < e and s < te for ts, te in taken):
                continue
            self.specs.append(_Spec(s, e, m.group("x"), "named_practice", "mechanisms.lever", term_end=e,
                                    confidence=0.6))

    # -- build ---------------------------------------------------------------------------------
    def build(self) -> Iterator[Item]:
        text = self.text
        specs = _drop_overlaps(self.specs)
        by_start = sorted(specs, key=lambda s: s.start)
        mentions: dict[int, Mention] = {}
        pending: list[Item] = []
        for spec in by_start:
            sent = self.index.at(spec.start)
            if sent is None:
                continue
            if spec.subtype == "numeric_abbreviation":
                if spec.numeral is None:
                    spec.numeral, spec.by_chars = comp.numeral_of(spec.label)
                if spec.numeral is not None:
                    spec.attrs["numeral"] = str(spec.numeral)
                spelled = list(self._expand(spec, sent, by_start))
                pending.extend(spelled or self._standard_parts(spec, sent))
            elif spec.subtype in ("named_practice", "program") and comp.is_digit_code(spec.label):
                spec.numeral, spec.by_chars = comp.numeral_of(spec.label)  # “135”工作法: one item per digit
                pending.extend(self._expand(spec, sent, by_start))
            elif spec.subtype in ("named_practice", "program") and _is_heading(sent, self.ctx):
                pending.extend(self._expand_heading(spec, sent, by_start))
            elif spec.subtype in ("named_practice", "program"):
                pending.extend(self._expand_counted(spec, sent, by_start))
                pending.extend(self._expand_joined(spec, sent, by_start))
            m = make_mention(self.ctx.doc, start=spec.start, end=min(spec.end, sent.end), sent_index=sent.index,
                             kind=Kind.MECHANISM, key=name_key(spec.label), label=_clean(spec.label),
                             rule=spec.rule, subtype=spec.subtype, confidence=spec.confidence,
                             aliases=tuple(sorted(a for a in spec.aliases if a and a != spec.label)),
                             attrs=tuple(sorted(spec.attrs.items())))
            mentions[spec.start] = m
        yield from mentions.values()
        yield from pending
        del text

    def _standard_parts(self, spec: _Spec, sent) -> Iterator[Item]:  # noqa: ANN001
        """落实“三会一课”制度, not spelled out in the text: its standard items, from the data,
        as things implied (no span of their own) and parts not stated."""
        items = standard_abbreviations().get(name_key(spec.label))
        if not items:
            return
        spec.attrs["component_count"] = str(len(items))
        spec.attrs["components_agree"] = "true" if spec.numeral in (None, len(items)) else "false"
        for item in items:
            key = name_key(item)
            yield Implied(kind=Kind.MECHANISM, key=key, label=item, subtype="component",
                          alt_labels=standard_variants().get(item, ()))
            yield RelationMention(
                subject_kind=Kind.MECHANISM, subject_key=name_key(spec.label), predicate=Predicate.HAS_COMPONENT,
                object_kind=Kind.MECHANISM, object_key=key,
                prov=Provenance(doc_id=self.ctx.doc.id, sent_index=sent.index, start=spec.start,
                                end=min(spec.end, sent.end), rule="components.standard", confidence=0.7,
                                stated=False))

    def _expand_heading(self, spec: _Spec, sent, specs: list[_Spec]) -> Iterator[Item]:  # noqa: ANN001
        """A practice named in a heading line, spelled out by 第一，…第二，… paragraphs under it."""
        window = [s for s in self.ctx.sentences[sent.index + 1:sent.index + 60] if s.paragraph <= sent.paragraph + 8]
        exp = comp.ordinal_list(self.text, window, lead=3, first_clause=True, rule="components.ordinal_heading")
        if exp is None or len(exp.items) > 8:
            return
        yield from self._components(spec, exp, specs, confidence=0.6)

    def _expand(self, spec: _Spec, sent, specs: list[_Spec]) -> Iterator[Item]:  # noqa: ANN001
        text = self.text
        exp: comp.Expansion | None
        if spec.listed:
            exp = comp.Expansion(spec.listed, sent.index, spec.start - 1, spec.end, "components.list_before")
            exp = dataclasses.replace(exp, start=spec.listed[0][0] - 1)
        else:
            exp = comp.after_term(text, spec.end, sent, expect=spec.numeral)
            if exp is None and spec.term_end != spec.end:
                exp = comp.after_term(text, spec.term_end, sent, expect=spec.numeral)
            if exp is None and (head := _LOOSE_HEAD.match(text, spec.end, sent.end)) is not None:
                exp = comp.after_term(text, head.end(), sent, expect=spec.numeral)  # “四个一”帮包机制，即…
            if exp is None:
                exp = self._listed_after(spec, sent)
        if exp is None or not exp.items:
            return
        texts = [text[s:e] for s, e in exp.items]
        # (headings are read only in the promised count, one per pair of a paired term: 四联四强)
        ok = comp.agrees(spec.numeral, spec.by_chars, texts) or exp.rule in ("components.headings",
                                                                             "components.keyed_pairs")
        spec.attrs["component_count"] = str(len(texts))
        spec.attrs["components_agree"] = "true" if ok else "false"
        yield from self._components(spec, exp, specs, confidence=0.9 if ok else 0.4)

    def _listed_after(self, spec: _Spec, sent) -> comp.Expansion | None:  # noqa: ANN001
        """Items after a colon, on the lines below, or in 一是…二是… sentences below the term."""
        text = self.text
        parts = comp.plus_parts(spec.label)
        if parts is not None:
            # 构建“1+3+N”组织体系。“1”即社区党委，“3”即…，“N”即…
            following = self.ctx.sentences[sent.index:sent.index + len(parts) + 2]
            exp = comp.defined_parts(text, spec.end, following, parts)
            if exp is not None:
                return exp
        exp = comp.colon_list(text, spec.end, sent, expect=spec.numeral)
        if exp is None and spec.term_end != spec.end:
            exp = comp.colon_list(text, spec.term_end, sent, expect=spec.numeral)
        if exp is None and (head := _COLON_HEAD.match(text, spec.end, sent.end)) is not None:
            exp = comp.colon_list(text, head.end(), sent, expect=spec.numeral)  # “三学三比”活动：学理论、…
        if exp is None and spec.numeral is not None:
            # “十不准”：不准A；不准B；… (each item a sentence of its own)
            exp = comp.semicolon_list(text, spec.term_end, self.ctx.sentences[sent.index:sent.index + spec.numeral],
                                      expect=spec.numeral)
        if exp is None and spec.numeral is not None:
            # the sections that follow, headed by the items (（一）组织联建强堡垒 … of “四联四强”)
            openers = [x for x in self.ctx.sentences[sent.index + 1:sent.index + _HEADING_REACH]
                       if self.ctx.paragraphs[x.paragraph][0] is x]
            exp = comp.heading_items(text, spec.label, openers, expect=spec.numeral)

        if exp is None:
            paragraph = [x for x in self.ctx.sentences[sent.index:sent.index + (spec.numeral or 0) + 2]
                         if x.paragraph == sent.paragraph]
            exp = (comp.inline_ordinals(text, spec.end, paragraph, expect=spec.numeral)
                   or comp.list_before(text, spec.start, sent, expect=spec.numeral, term=spec.label)
                   or comp.counted_after(text, spec.end, sent, expect=spec.numeral))
            if exp is None and _COUNTS_ONES.search(spec.label):
                exp = comp.ones_after(text, spec.end, sent, expect=spec.numeral)
        if exp is not None:
            return exp
        nxt = self.ctx.sentences[sent.index + 1] if sent.index + 1 < len(self.ctx.sentences) else None
        if (nxt is not None and nxt.paragraph == sent.paragraph and spec.numeral is not None
                and _SHORT_TAIL.fullmatch(text, spec.end, sent.end)):
            # 推行“三个一”服务举措。即一本民情日记、一张联系卡、一个说事群: 即 opens the next sentence
            exp = comp.after_term(text, nxt.start, nxt, expect=spec.numeral)
            if exp is not None and len(exp.items) == spec.numeral and exp.rule == "components.namely":
                return exp
            # 建立“四个环节”运行机制。“说”，即…；“议”，即…；“办”，即…；“评”，即…
            exp = comp.defined_quotes(text, self.ctx.sentences[nxt.index:nxt.index + spec.numeral + 2],
                                      expect=spec.numeral)
            if exp is not None:
                return exp
        rest = text[spec.end:sent.end].strip("。：:；;”\" ")
        if rest == "":
            window = [s for s in self.ctx.sentences[sent.index + 1:sent.index + 40]
                      if s.paragraph <= sent.paragraph + 3]
            # “五个一”: each item is the one thing its first clause names (一是建好一张小微权力清单，
            # 让村干部照单履职 -> 建好一张小微权力清单); other items keep their whole sentence
            exp = comp.ordinal_list(text, window, first_clause=bool(_COUNTS_ONES.search(spec.label)))
        elif spec.numeral is not None and _is_heading(sent, self.ctx):
            # (一)实施“三个一批”，把村级后备力量建强⏎为了…。一是…；二是…；三是…: a heading's
            # practice, spelled out in the paragraph below (an opening sentence may come first)
            window = [s for s in self.ctx.sentences[sent.index + 1:sent.index + 40]
                      if s.paragraph <= sent.paragraph + spec.numeral + 2]
            exp = comp.ordinal_list(text, window, lead=1, first_clause=True)
            if exp is not None and len(exp.items) != spec.numeral:
                exp = None
        if exp is None and (rest == "" or _LINE_TAIL.fullmatch(text, spec.end, sent.end)):
            # 推进方式：“四个一批”⏎提升达标⏎…: a colon before the term also opens the lines below
            opens = text[sent.start:spec.start].rstrip("“\"「 ").endswith(("：", ":"))
            lines = self.ctx.sentences[sent.index + 1:sent.index + 1 + (spec.numeral or 0)]
            exp = comp.line_list(text, sent, lines, expect=spec.numeral, opens=opens)
        if exp is None and name_key(spec.label) not in standard_abbreviations():
            # a later clause of its sentence lists the items, each holding the term's characters
            exp = comp.keyed_items(text, spec.label, spec.end, sent, expect=spec.numeral)
        if exp is None and nxt is not None and nxt.paragraph == sent.paragraph:
            # or the sentence after it does (a heading's practice, then what is done): 健全“三晒”比拼机制。
            # 每季度召开一次例会，晒项目进度、晒集体收入、晒为民实事; 深化“五个一”联系服务。全镇每个
            # 村都做到绘好一张民情地图、建强一个网格党小组、…
            if _COUNTS_ONES.search(spec.label):
                exp = comp.ones_after(text, nxt.start, nxt, expect=spec.numeral)
            elif name_key(spec.label) not in standard_abbreviations():
                exp = comp.keyed_items(text, spec.label, nxt.start, nxt, expect=spec.numeral, digits_out=True)
        return exp

    def _expand_counted(self, spec: _Spec, sent, specs: list[_Spec]) -> Iterator[Item]:  # noqa: ANN001
        """四个专项行动：⏎厕所革命⏎…: a named practice that counts its parts, spelled out after a
        colon or on the lines below; only with as many items as it counts."""
        numeral = _count_in_name(spec.label)
        if numeral is None:
            return
        # (“民情三本账”，即民情台账、问题台账、销号台账: 即 spells a count inside the name out too)
        inside = _COUNT_LEAD.match(spec.label) is None
        exp = comp.after_term(self.text, spec.end, sent, expect=numeral) if inside else None
        if exp is None or len(exp.items) != numeral:
            exp = self._listed_after(dataclasses.replace(spec, numeral=numeral), sent)
        if exp is None or exp.rule == "components.ordinal_list" or len(exp.items) != numeral:
            return
        spec.attrs["component_count"] = str(numeral)
        spec.attrs["components_agree"] = "true"
        yield from self._components(spec, exp, specs, confidence=0.8)

    def _expand_joined(self, spec: _Spec, sent, specs: list[_Spec]) -> Iterator[Item]:  # noqa: ANN001
        """建立健全监督机制，将党内监督与人民监督相结合、法律监督与社会监督相结合: the parts a
        system joins, in the clause right after its name (see ``_JOINED``)."""
        if not _JOINED_HEAD.search(spec.label):
            return
        m = _JOINED.match(self.text, spec.end, sent.end)
        if m is None:
            return
        items: list[tuple[int, int]] = []
        for pair in _PAIR_PARTS.finditer(self.text, m.start("body"), m.end("body")):
            for g in ("a", "b"):
                s, e = pair.span(g)
                while s < e and self.text[s] in "“”":
                    s += 1
                while e > s and self.text[e - 1] in "“”":
                    e -= 1
                if e - s >= 2:
                    items.append((s, e))
        if len(items) < 2:
            return
        exp = comp.Expansion(tuple(items), sent.index, sent.start, sent.end, "components.joined")
        yield from self._components(spec, exp, specs, confidence=0.6)

    def _components(self, spec: _Spec, exp: comp.Expansion, specs: list[_Spec], *,
                    confidence: float) -> Iterator[Item]:
        text = self.text
        conf = confidence
        for s, e in exp.items:
            # an item that is a practice named on its own (“三访”), not one that mentions one (村“两委”会议商议)
            # (“三会”协商, a step named by the practice it uses, is an item of its own)
            inner = [x for x in specs if s <= x.start and x.end <= e and x is not spec and (x.end - x.start) >= (e - s) - 2
                     and _named_alone(_clean(text[s:e]), _clean(text[x.start:x.end]))]
            if inner:
                child_key = name_key(inner[0].label)
            else:
                item_sent = self.index.at(s)
                if item_sent is None or len(text[s:e]) > 40:
                    continue
                label = _clean(text[s:e])
                child_key = name_key(label)
                yield make_mention(self.ctx.doc, start=s, end=min(e, item_sent.end), sent_index=item_sent.index,
                                   kind=Kind.MECHANISM, key=child_key, label=label, rule=exp.rule,
                                   subtype="component", confidence=conf)
            yield RelationMention(
                subject_kind=Kind.MECHANISM, subject_key=name_key(spec.label), predicate=Predicate.HAS_COMPONENT,
                object_kind=Kind.MECHANISM, object_key=child_key,
                prov=Provenance(doc_id=self.ctx.doc.id, sent_index=exp.sent_index, start=exp.start, end=exp.end,
                                rule=exp.rule, confidence=conf, stated=True))


_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|第[一二三四五六七八九十]+[，,、：:])")


#: how many sentences after a term its items may head sections
_HEADING_REACH = 200


def _is_heading(sent, ctx: DocContext) -> bool:  # noqa: ANN001
    """A heading line: a one-sentence paragraph, short, opening with a section number."""
    return lone_line(ctx, sent) and bool(_HEADING.match(sent.text))


#: what an item may add to the practice it names (“三访”活动): nothing but a generic head
_ITEM_TAILS = frozenset({"", "活动", "制度", "机制", "模式", "工作", "工程", "行动", "要求", "做法"})


def _named_alone(item: str, inner: str) -> bool:
    """Whether an item holding a practice's name is that practice (“三访”活动, 打造“学习开拓型”) rather
    than a step named by the practice it uses (“三会”协商: the name, then words of its own)."""
    return not item.startswith(inner) or item[len(inner):] in _ITEM_TAILS


def _clean(label: str) -> str:
    return re.sub(r"[“”「」『』‘’\"]", "", label).strip()


def _spans_of(text: str, seps: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for i, ch in enumerate(text):
        if ch in seps:
            if i > pos:
                out.append((pos, i))
            pos = i + 1
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _drop_overlaps(specs: list[_Spec]) -> list[_Spec]:
    """Longest first, like the pipeline's rule, so attrs go on the mention that survives.

    The spans chosen never overlap, so sorted by start their ends rise too: a span overlaps
    one of them exactly when the last chosen span starting before its end ends after its
    start, which a binary search finds (comparing with every chosen span was quadratic).
    """
    chosen: list[_Spec] = []
    kept: list[tuple[int, int]] = []  # (start, end) of the chosen spans, sorted
    for s in sorted(specs, key=lambda s: (-(s.end - s.start), s.start, -s.confidence)):
        k = bisect_left(kept, (s.end,))
        if k and kept[k - 1][1] > s.start:
            continue
        kept.insert(k, (s.start, s.end))
        chosen.append(s)
    return chosen


def extract(ctx: DocContext) -> Iterator[Item]:
    f = _Finder(ctx)
    f.quotes()
    f.counted()
    f.named()
    f.known()
    f.party_plus()
    f.levers()
    yield from f.build()
