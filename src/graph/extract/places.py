"""Places: administrative units at five levels, resolved against the gazetteer, plus regions.

How a document is read (why in this order):

1. *Scan*: each sentence is matched left to right, longest name first, against the upper
   levels (full, short, 州-form and former names) and the township/village names the gazetteer
   has (those ending in 镇/乡/街道/村/社区 …). Guards reject spans that merely start like a place:
   a name must begin a word (a jieba token, a delimiter before it, or the end of another place:
   a chain), 上海市场 is not 上海市, and suffix-less short names are kept only when safe.
2. *Chains*: places written together (金山区枫泾镇新黎村, 泸溪县的马王溪村) narrow each other:
   the child must lie inside the parent. The written link is a stated ``locatedIn``.
3. *Context*: a name the gazetteer has in many places (长乐乡, 团结镇) is looked up inside the
   units named in the same sentence, then paragraph, then document (counties first). With no
   context it stays unresolved, under a key that does not pretend to know its parent.
4. *Enumerations*: 朱家角、金泽等镇 and 下姜等村 name places by stem plus a shared suffix.
5. *Emission*: one Mention per span, Implied ancestors up to the province, and locatedIn
   relations (stated when written, else from the gazetteer).

Imports the model, the gazetteer and (through the context) jieba tokens; never rdflib.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from graph.extract._text import SURNAME_CHARS, SentenceIndex
from graph.extract._words import WordStarts
from graph.lexicon.gazetteer import (
    LOWER_INDENT,
    TOWNSHIP_SUFFIXES,
    VILLAGE_SUFFIXES,
    Gazetteer,
    Place,
    gazetteer,
    lower_level,
)
from graph.model import (
    Implied,
    Kind,
    Mention,
    Predicate,
    Provenance,
    RelationMention,
    Sentence,
    make_mention,
)
from graph.pipeline import DocContext
from graph.segment import pos_lcut, word_freq, word_tag

log = logging.getLogger(__name__)

_CJK = re.compile(r"[\u4e00-\u9fff]")
#: characters after which a new word certainly starts (function words, punctuation)
_LEFT_DELIMS = set("的在于、，,。及和与对是从到由把将：:“”\"‘’（(）) \u3000将向为即如以其至由省市县")
#: characters that never occur inside a place stem written in an enumeration or chain
_NOT_IN_STEM = set("的在于、，,。及和与对是从到由把将：:“”\"（()） 等各全该本每此各个们了我你他这那其某")
#: function words that open a clause, not a name found bare (以古镇、木雕为依托: 以 + 古镇);
#: inside a name after its parent they may stand (元谋县老城乡麦以村)
_NOT_FIRST = set("以被让使")
#: the end of a body's name or a modal verb: a verb follows it, not a place (组织部会同…), also
#: after the body leads (由县委组织部牵头，会同县纪委监委…)
_AFTER_BODY = re.compile(r"(?:部门?|局|委|厅|办|府|处|院|室|站|所|中心|单位|应当|负责)"
                         r"(?:(?:牵头|负责|主抓|统筹)[，,]?|[，,]?(?=要|将|应|需|须|可|也要|还要))?"
                         r"(?:要|将|应|需|须|可|也要|还要|要主动)?$")
#: tokens that continue a name's suffix into another word: 上海|市场 is not 上海市
_SUFFIX_WORDS = {"市场", "市民", "市值", "区域", "区间", "区块", "县域", "镇压", "乡亲", "乡愁", "村民", "乡村",
                 "村庄", "村落", "村里", "镇上", "乡下"}
#: words the suffix 乡 begins ("country": 乡风, 乡亲 …), which no township's name runs into
_XIANG_WORDS = frozenset({"乡风", "乡亲", "乡土", "乡情", "乡愁", "乡贤", "乡音", "乡里"})
#: after an everyday word no township ends where one of these begins (培育文明|乡风, 美丽|乡村)
_XIANG_AFTER_WORD = _XIANG_WORDS | {"乡村", "乡邻"}
#: the names of bodies, which no new village's or town's name holds
_BODY_IN_STEM = re.compile(r"党委|党支部|党总支|政府|委员会")
#: words a township's or village's suffix begins (a level of units, not one unit's name)
_LOWER_SUFFIX_WORDS = {"村级", "村务", "村组", "村集", "村干", "村内", "镇级", "乡级", "村域", "镇域", "乡域", "村均"}
#: 村居, "villages and communities", run on from a suffix (仙居县清廉村|居建设), not 村|居民 (新联村居民)
_VILLAGES_AND_COMMUNITIES = re.compile("村居(?!民|住|委)")
#: two-character unit names that are everyday words unless written after their parent
_GENERIC_UNITS = {"城区", "郊区", "矿区", "东区", "西区", "南区", "北区", "中区", "新区", "市区", "市中区",
                  "城关镇", "新村", "社区",
                  # the old and new parts of any town (主城老城区), districts of 洛阳 and 西安 only after them
                  "老城区", "新城区"}
#: words of the genre naming kinds of villages and towns, not places
_GENERIC_LOWER = {"新农村", "中心村", "行政村", "自然村", "贫困村", "示范村", "重点村", "空心村", "城中村", "联系村",
                  "包联村", "挂点村", "帮扶村", "结对村", "试点村", "整顿村", "后进村", "先进村", "薄弱村", "山区村",
                  "特色小镇", "集镇", "乡镇", "村镇", "农村", "乡村", "城乡", "城镇", "小镇", "本村", "全村", "联村",
                  "该村", "各村", "全镇", "该镇", "各镇", "全乡", "该乡", "各乡", "外村", "邻村", "同村",
                  "城郊村", "近郊村", "远郊村", "大镇", "大村", "强镇", "强村", "名镇", "名村", "大乡"}
#: two unit suffixes written as one word after an enumeration (苍梧、昭平等10个县区)
_UNIT_PAIRS = {"县区", "区县", "县市", "市县", "市区", "乡镇", "镇乡", "镇街"}
#: what follows a unit suffix that is written as one word with it and names the unit's body
_UNIT_BODIES = ("支部", "党", "委", "两委", "政府", "干部", "级")
#: an item of a list that is an ordinal (第六项, 第二条), not a place's stem
_ORDINAL_ITEM = re.compile(r"第[一二三四五六七八九十百\d]+[项条款章节个类批]")
_ENUM_SUFFIX = ("街道", "镇", "乡", "村", "社区", "县", "区", "市", "州")
_ENUM = re.compile(r"((?:[\u4e00-\u9fff]{1,8}、)*[\u4e00-\u9fff]{1,8})等(?:[\d一二三四五六七八九十几多]+个)?"
                   r"(街道|镇|乡|村|社区|县|区|市|州)")
#: the end of every match of _ENUM: a sentence without it has no enumeration, found without
#: running _ENUM, which backtracks over every run of Han characters
_ENUM_TAIL = re.compile(r"(?:等|[\d一二三四五六七八九十]+个)(?:街道|镇|乡|村|社区|县|区|市|州)")
#: 辖科韵、腰岗、…、文昌10个社区: stems listed, then their count and the suffix they share (no 等)
#: (after what says the list holds them, 辖/下辖/包括/含, or a clause's start; stems of two to four)
_COUNTED_ENUM = re.compile(r"(?:(?<=辖)|(?<=包括)|(?<=含)|(?<=覆盖)|(?<=[，,：:；;])|^)"
                           r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?)(?:[\d]+|[一二三四五六七八九十]{1,3})个"
                           r"(街道|镇|乡|村|社区|县|区|市|州)")
_AFTER_PARENT = re.compile(r"的?([\u4e00-\u9fff]{2,5}?)(街道|镇|乡|苏木|嘎查|村|社区)")
_REGION_WORDS = ("地区", "片区", "经济带", "城市群", "大湾区")
_REGION_WORD = re.compile("|".join(_REGION_WORDS))  # one C pass instead of five substring tests
_REGION = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:集中连片特困地区|连片特困地区|片区|经济带|城市群|大湾区)")
_REGION_STEM_END = tuple("山江河湖岭原海") + ("三角",)
_LOWER_ENDS = set("镇乡道木村区查")  # the last characters of township and village suffixes
_SCOPES = ("sentence", "paragraph", "document")


@dataclass(eq=False)
class _Span:
    """A candidate place span found in one sentence."""

    sent: Sentence
    start: int
    end: int
    name: str  # the name looked up (the text, or stem + suffix for an enumeration item)
    form: str  # full | short | lower | enum | new | region
    uppers: list[Place] = field(default_factory=list)
    level: str | None = None  # for lower names and places not in the gazetteer
    prev: _Span | None = None  # the span written right before it (a chain), if any
    joined_by_de: bool = False
    place: Place | None = None
    partial: str | None = None  # key of the deepest known ancestor when the unit is ambiguous
    in_gazetteer: bool = True
    rule: str = "gazetteer.full"
    confidence: float = 0.9
    far: bool = False  # a lower name the gazetteer has only outside every unit the document names

    @property
    def text(self) -> str:
        return self.sent.text[self.start - self.sent.start:self.end - self.sent.start]


def warm_up() -> None:
    """Load the gazetteer now (the pipeline calls this before forking workers)."""
    gazetteer()


def extract(ctx: DocContext) -> Iterator[Mention | RelationMention | Implied]:
    """Find places in a document (see the module docstring for the steps)."""
    g = gazetteer()
    spans: list[_Span] = []
    for sent in ctx.sentences:
        if _CJK.search(sent.text):
            spans.extend(_scan(ctx, g, sent))
    if not spans:
        return
    _link_chains(g, spans)
    _accept_shorts(spans)
    spans = [s for s in spans if s.form != "dropped" and (s.form != "short" or s.uppers)]
    _resolve(ctx, g, spans)
    spans.extend(_bare_units(ctx, g, spans))
    # asked of every unchained township or village: built once, not scanned per span
    heads = {id(t.prev) for t in spans if t.prev is not None}
    chained = {t.name for t in spans if t.prev is not None}
    spans = [s for s in spans if _keep(s, spans, heads, chained)]
    spans.extend(_named_again(ctx, spans))
    spans.sort(key=lambda s: s.start)
    emitted = list(_emit(ctx, g, spans))
    yield from emitted
    yield from _anaphors(ctx, [m for m in emitted if isinstance(m, Mention)])


# -- 1. scanning ------------------------------------------------------------------------------


def _scan(ctx: DocContext, g: Gazetteer, sent: Sentence) -> list[_Span]:
    text = sent.text
    tok_start = WordStarts(sent)
    cands = _candidates(g, text)
    out: list[_Span] = []
    pos = 0
    last_end = -1
    # only positions where some gazetteer name starts can start a place; the others would be
    # skipped one by one anyway, so visiting the candidates alone finds the same spans
    for i in sorted(cands):
        if i < pos or not ("\u4e00" <= text[i] <= "\u9fff"):
            continue
        if text[i] in "年月日" and i > 0 and (text[i - 1].isdigit() or text[i - 1] in "〇一二两三四五六七八九十"):
            continue  # 2023年|古村落: a date's unit, not a place's first character (年古村)
        chained = last_end >= 0 and (i == last_end or (i == last_end + 1 and text[i - 1] == "的")
                                     or _RULED.fullmatch(text, last_end, i) is not None)  # 茅坪镇所辖茅坪村
        span = _best_at(g, sent, text, i, cands[i], tok_start, chained)
        # the name must begin a word; asked only now because it may need jieba's tokens (a full name
        # after the verb of taking a post begins one however jieba glues them: 任|小沙江镇党委委员)
        if span is None or not (chained or i == 0 or text[i - 1] in _LEFT_DELIMS or not _CJK.match(text[i - 1])
                                or i in tok_start or text[i - 1] == "任" and span.form in ("full", "lower")):
            continue
        if out and chained and out[-1].end - sent.start == last_end:
            span.prev = out[-1]
            span.joined_by_de = text[last_end:i] == "的"
        out.append(span)
        last_end = pos = span.end - sent.start
    after = _after_parents(g, sent, out)
    for new in after:
        # (淅川县九重镇|陶岔村: a unit read after its parent is the parent of the one written right after it)
        nxt = next((t for t in out if t.start == new.end and t.prev is None and t.level == "village"
                    and new.level == "township"), None)
        if nxt is not None:
            nxt.prev = new
    out.extend(after)
    out.extend(_enumerations(g, sent, tok_start, out))
    out.extend(_regions(sent, tok_start, out))
    out.extend(_zones(sent, tok_start, out))
    out.extend(_named_regions(g, sent, tok_start, out))
    out.extend(_neighbours(sent, out))
    out.sort(key=lambda s: s.start)
    return out


#: the longest name the scanner tries (longer full names are found by their short forms)
_MAX_NAME = 10
#: the suffixes :func:`lower_level` knows, each with its level; none of them starts or ends
#: inside another, so ``finditer`` finds every occurrence of each
_SUFFIX_LEVEL = {**dict.fromkeys(TOWNSHIP_SUFFIXES, "township"), **dict.fromkeys(VILLAGE_SUFFIXES, "village")}
_SUFFIX_INDENT = {sfx: LOWER_INDENT[lvl] for sfx, lvl in _SUFFIX_LEVEL.items()}
_LOWER_SUFFIX_RE = re.compile("|".join(sorted(_SUFFIX_LEVEL, key=len, reverse=True)))

#: (length, level of a township/village name or None for an upper one, the full name a short
#: one stands for or None: 西定乡 for 西定哈尼族布朗族乡)
Candidate = tuple[int, str | None, str | None]


def _candidates(g: Gazetteer, text: str) -> dict[int, list[Candidate]]:
    """Every gazetteer name in ``text`` of 2 to 10 characters, by start: (length, lower level or
    None for an upper-level name), in the order :func:`_best_at` tries them (longest first; at
    one length the township/village reading first).

    Upper names are found from an index of their first two characters: the gazetteer's
    ``upper_start`` regex finds in C the positions where a possible first character stands
    before a possible second one (a sixth of all positions, where a pass building every
    character pair cost three times as much), and only those pairs are looked up. Township
    and village names end in one of a few suffixes (镇, 村, 街道 …), so they are looked up
    backwards from each occurrence of those.
    """
    found: dict[int, list[Candidate]] = {}
    n = len(text)
    names = g.upper_lengths
    upper = g.upper_by_name  # g.upper(x) is non-empty exactly when x is a key here
    for m in g.upper_start.finditer(text):
        i = m.start()
        lengths = names.get(text[i:i + 2])
        if lengths:
            for length in lengths:
                if length <= _MAX_NAME and i + length <= n and text[i:i + length] in upper:
                    found.setdefault(i, []).append((length, None, None))
    lines = g.lines
    short = g.short_townships
    for m in _LOWER_SUFFIX_RE.finditer(text):
        j = m.end()
        # the suffix gives the level, the same for every length tried (what lower_level
        # says of any name ending there); has_lower is inlined: indent + name in the lines
        sfx = m.group()
        indent, lvl = _SUFFIX_INDENT[sfx], _SUFFIX_LEVEL[sfx]
        for length in range(2, min(_MAX_NAME, j) + 1):
            if indent + text[j - length:j] in lines:
                found.setdefault(j - length, []).append((length, lvl, None))
            elif lvl == "township" and (full := short.get(text[j - length:j])) is not None:
                found.setdefault(j - length, []).append((length, lvl, full))  # 西定乡: 西定哈尼族布朗族乡
    for cands in found.values():
        if len(cands) > 1:
            cands.sort(key=lambda c: (-c[0], c[1] is None))
    return found


def _best_at(g: Gazetteer, sent: Sentence, text: str, i: int, cands: list[Candidate], tok_start: WordStarts,
             chained: bool) -> _Span | None:
    """The longest acceptable place name starting at ``i`` among the gazetteer's names there."""
    # 其中|山区26县: 中 ends the word 其中, no 中山区 starts there (whatever the upper name's length)
    joined = not chained and i > 0 and word_freq(text[i - 1:i + 1]) >= _JOINED_WORD_FREQ and not (
        word_tag(text[i - 1:i + 1]) or "").startswith("ns")
    for length, lvl, full_name in cands:
        sub = text[i:i + length]
        if lvl is not None:
            if text[i + length - 1:i + length + 1] in _LOWER_SUFFIX_WORDS and (
                    not chained or _common_word(sub[:-1], threshold=1000)) \
                    or _VILLAGES_AND_COMMUNITIES.match(text, i + length - 1):
                continue  # 石柱|村级集体经济: the county's villages, not a village 石柱村 (寿光市|建立|村级: a verb)
            if text[i + length - 1:i + length + 1] in _XIANG_AFTER_WORD and _common_word(sub[:-1], threshold=1000):
                continue  # 培育文明|乡风: an everyday word, then 乡风; not 文明乡 (文明瑶族乡's short name)
            # (樊村村, 徐村村: a two-character village written with its unit's word after it, as its
            # committee is named: a name, as if written after its township)
            doubled = length == 2 and sub.endswith("村") and _unit_word_after(text, i + 2)
            if _lower_ok(sub, chained or doubled, joined, delimited=i == 0 or not _CJK.match(text[i - 1])):
                return _Span(sent=sent, start=sent.start + i, end=sent.start + i + length, name=full_name or sub,
                             form="lower", level=lvl, rule="gazetteer.full")
            continue
        if joined:
            continue
        places = g.upper(sub)
        if _upper_ok(sub, places, text, i, length, tok_start, chained):
            full = any(sub == p.name or sub in (f for f, _ in p.former) or _is_suffixed(sub) for p in places)
            return _Span(sent=sent, start=sent.start + i, end=sent.start + i + length, name=sub,
                         form="full" if full else "short", uppers=list(places),
                         rule="gazetteer.full" if full else "gazetteer.short")
    return None


#: how common a word the character before an upper name must make with its first one (其中, 集中,
#: 心中) for the name not to start there
_JOINED_WORD_FREQ = 1000


def _is_suffixed(name: str) -> bool:
    return name.endswith(("省", "市", "区", "县", "州", "旗", "盟", "地区"))


def _lower_ok(name: str, chained: bool, joined: bool = False, *, delimited: bool = False) -> bool:
    """``joined``: the character before the name ends a word with its first (四年中|城镇);
    ``delimited``: no Han character stands before it (、石城镇)."""
    if name in _GENERIC_LOWER or (name[-2:] in _GENERIC_LOWER and not chained
                                  and (joined or not _named_before_generic(name, delimited))):
        return False  # 和美乡村, 发展乡村: a generic word at the end
    stem_len = len(name) - (2 if name.endswith(("街道", "社区", "苏木", "嘎查")) else 1)
    if stem_len < 2 or name in _GENERIC_UNITS:
        return chained and stem_len >= 1 and name not in _GENERIC_LOWER
    return True


def _named_before_generic(name: str, delimited: bool = False) -> bool:
    """A three-character township or village of the list whose suffix jieba joins into a generic
    word (陇|城镇, 王|集镇): a place when its first two characters are no everyday word (陇城, 王集;
    not 小城镇, 古城镇: 小城, 古城 are words, so those are read only after their county); nor when they
    are a rare place name of the dictionary and no Han character stands before them (西沟乡、石|城镇:
    石城 ns 30, the county 石城县's name too; not 四年中|城镇化, 中城 ns 13)."""
    return (len(name) == 3 and name[1:] in _JOINED_TOWN and name[0] not in _NOT_IN_STEM and name[0] not in _NOT_FIRST
            and (not _common_word(name[:2], threshold=_STEM_RARE) or delimited and _proper_stem(name[:2])))


#: a town's suffix joined by jieba with the character before it into a generic word (城镇 "towns",
#: 集镇 "market towns", 村镇); not 乡村, 农村 …, whose first character opens no name (和美|乡村)


_JOINED_TOWN = frozenset({"城镇", "集镇", "村镇"})
#: how rare in jieba's dictionary those two characters must be (陇城 0, 颜集 0; 中城 13 in 四年中城镇…)
_STEM_RARE = 10


def _upper_ok(sub: str, places: list | tuple, text: str, i: int, length: int, tok_start: WordStarts,
              chained: bool) -> bool:
    end = i + length
    if text[end - 1:end + 1] in _SUFFIX_WORDS:
        return False  # 上海|市场
    if _ROAD.match(text, end):
        return False  # 辽源路社区, 北京东路: a street named after the place
    if len(sub) <= 2 and _is_suffixed(sub):
        return sub not in ("市区",) if chained else _bare_two(sub, text, i, end, tok_start)
    if not chained and _is_suffixed(sub) and _AFTER_BODY.search(text, 0, i) and _everyday_word(sub[:-1]):
        return False  # 县委组织部会同县农业农村局: "together with" the county's bureau, not 会同县
    if sub in _GENERIC_UNITS:
        return chained
    if not chained and i > 0 and text[i - 1] == "小" and text[end:end + 1] in "”」\"" and not _is_suffixed(sub):
        return False  # 长汀曾被誉为“红色小上海”: a nickname, not the city
    if chained and not _is_suffixed(sub) and (word_tag(sub) or "")[:1] in ("v", "a", "d") and _everyday_word(sub):
        return False  # 辽宁振兴发展, 甘肃合作发展: a verb after the province, not 振兴区 or 合作市
    if not _is_suffixed(sub) and not any(sub == p.name for p in places):
        # not an everyday word that only shares its form (会同 "together with", 通道, 团结,
        # 平安): jieba's dictionary tags real place names ns. Asked before the word test
        # below because it needs no jieba cut, and either failing rejects the name.
        if not chained and _everyday_word(sub) and not _city_short(sub, places) and not (
                _NAMED_FOR_CITY.match(text, end) and any(p.level == "prefecture" and sub == p.short for p in places)):
            return False
        # a short name must be a whole word: 合作医疗 is not 合作(市). A word starting at
        # ``i`` cannot then run past ``end``, where another word starts (or the text ends),
        # so no check of the word's length is needed.
        return i in tok_start and (end >= len(text) or end in tok_start)
    return True


def _bare_two(sub: str, text: str, i: int, end: int, tok_start: WordStarts) -> bool:
    """A two-character name with its unit's suffix, written alone (蔚县, 沛县; 杭州, 贵州: the
    short names of 杭州市 and 贵州省): a place when it is a whole word jieba's dictionary knows as
    a place name (ns) or not at all (曹县). Not a kind of district (城区 n, 郊区 s, 东区: in
    :data:`_GENERIC_UNITS`), nor a conjunction or preposition before 县 (市和县两级)."""
    if sub in _GENERIC_UNITS or sub[0] in _FUNCTION_FIRST or word_tag(sub) not in (None, "ns"):
        return False
    # (its committee after it, which jieba cuts from the name's first character: 黟|县委组织部, 沛|县委)
    return i in tok_start and (end >= len(text) or end in tok_start
                               or text.startswith("委", end) and end - 1 in tok_start)


#: characters that begin a clause's function word, not a two-character name (和|县, 在|县)
_FUNCTION_FIRST = frozenset("和与及或在从向对由把被让使为")


#: short names of cities that are everyday words too (日照 "sunshine", 来宾 "guests", 安康 "well-being",
#: 长治 of 长治久安, 河源 "a river's source", 白银 "silver")
_HOMOGRAPH_CITIES = frozenset({"日照", "来宾", "安康", "长治", "河源", "白银"})


def _city_short(sub: str, places: list | tuple) -> bool:
    """A city's or a province's short name jieba's dictionary tags a noun or a name, not ns
    (银川 n, 合肥 n, 桂林 nr, 遵义 v is not taken): a place, unless an everyday word as well."""
    tag = word_tag(sub) or ""
    return (sub not in _HOMOGRAPH_CITIES and tag in ("n", "nr", "nrt", "nz", "s") and word_freq(sub) < 3000
            and any(p.level in ("prefecture", "province") and sub == p.short for p in places))


#: the heads of institutions named after their city (遵义|师范学院, 遵义|医科大学, 遵义|日报)
_NAMED_FOR_CITY = re.compile(r"(?:师范|医科|医学|职业技术|理工|农业|工业|财经)?(?:大学|学院)|日报|晚报|市?(?:第[一二三四五]|中心|人民)医院")


#: the epithets of a kind of town or village after a common noun (渔业重镇, 旅游名村, 经济强镇): no name
_EPITHET = frozenset("重名强大富")
#: what opens a clause after a place's name and never a village's name (泗城镇则依托…, 该镇还…)
_CLAUSE_OPENERS = set("则并而且便即还也又再就均皆"
                      # (仪陇县驻|长安镇流动党员党支部: the verb of a unit's body set up elsewhere; 驻操营镇, a name
                      # so opening, is in the list)
                      "驻")
#: verbs of the genre that run on after a place's name (泗城镇依托驻村工作队…): no stem holds one
_VERB_IN_STEM = re.compile("依托|通过|按照|推动|组织|开展|实施|推行|探索|建立|成立|围绕|结合|利用|借助|发挥|带领|引导|"
                           # (…街道共有城市社区33个: a count of the unit's communities)
                           "共有|现有|拥有|设有|辖有|共计|"
                           # (李长海同志任|村党支部书记: a person's title, then a verb)
                           "同志")
#: words a county's short name may be followed by that are no suffix of it (湟中区域, 宁乡市场)
_NOT_RENAMED = frozenset({"区域", "区位", "区间", "区别", "区分", "县城", "县域", "县级", "市场", "市民", "市级", "市域",
                          "市县", "市区", "县区", "区县"})
#: a township's suffix as written -> the suffixes the list may still have it under (乡 made 镇,
#: 镇 made 街道, 苏木 made 镇 or 乡)
_RENAMED_SUFFIXES = {"镇": ("乡", "苏木"), "街道": ("镇", "乡"), "乡": ("镇", "苏木")}
#: what may stand between a unit and one under it: 茅坪镇所辖茅坪村 (not part of the name)
_RULED = re.compile(r"(?:所辖|下辖|管辖)的?")


def _after_parents(g: Gazetteer, sent: Sentence, found: list[_Span]) -> list[_Span]:
    """渭源县的元古堆村, 茅坪镇所辖茅坪村: a unit the gazetteer lacks, written with its suffix right
    after its parent."""
    out: list[_Span] = []
    # (a short name the scanner read there does not block it: 马牧池乡|常山庄村 is no 常山(县))
    starts = {s.start for s in found if s.form != "short"}
    for s in found:
        if s.level == "village" or s.form == "region" or s.end in starts or (
                s.end + 1 in starts and sent.text[s.end - sent.start] == "的"):
            continue
        parent_level = s.level or (s.uppers[0].level if len(s.uppers) == 1 else None)
        if parent_level not in ("county", "township"):
            continue  # a village or town hangs on a county or a township, not on a province
        pos = s.end - sent.start
        ruled = _RULED.match(sent.text, pos)
        m = _AFTER_PARENT.match(sent.text, ruled.end() if ruled else pos)
        if m is None:
            continue
        stem, name = m.group(1), m.group(1) + m.group(2)
        a, b = sent.start + m.start(1), sent.start + m.end(2)
        # (马牧池乡常|山庄村: a name inside this one, read apart, that the list has nowhere under the parent;
        # not 寿宁县先后向|下党乡, which it has there)
        inside = [t for t in found if t.start < b and a < t.end and (
            t.form == "short" or t.prev is None and a < t.start and t.end <= b and not _listed_under(g, t, s)
            # (团溪镇石龙|湾村: a unit read on after a short name inside this one)
            or t.prev is not None and t.prev.form == "short" and a <= t.prev.start and t.end <= b)]
        if any(t.start < b and a < t.end for t in found if t not in inside):
            continue  # 寿宁县先后向下党乡: a place the gazetteer has ends there (下党乡), read as it is
        after = m.end(2)
        # (九重镇陶岔村: a stem that is a word too, 九重, written between its county and a village
        # under it, is a name in the chain)
        chain_on = sent.start + after in starts
        if (set(stem) & _NOT_IN_STEM or name in _GENERIC_LOWER or (_common_word(stem) and not chain_on)
                or _common_word(name)
                or sent.text[after - 1:after + 1] in _SUFFIX_WORDS  # 抓党建促乡|村振兴: 乡村 is one word
                or sent.text[after - 1:after + 1] in _LOWER_SUFFIX_WORDS  # 镇党委打破村|域界限
                or _VILLAGES_AND_COMMUNITIES.match(sent.text, after - 1)
                or _BODY_IN_STEM.search(stem)  # (镇|党委打破村: a body's name is no village's)
                or stem[0] in _CLAUSE_OPENERS or _VERB_IN_STEM.search(stem)  # (泗城镇|则依托驻村工作队)
                or (len(m.group(2)) == 1 and _ends_in_word(name))  # (社区, 街道 are words themselves)
                or (len(stem) >= 4 and _opens_with_word(stem))
                or ("以" in stem and sent.text.startswith("为", after))  # 井冈山多以村为单位: 以…为, no name
                or _COMPANY_TAIL.match(sent.text, after)  # 天长市冶山兴村农业发展有限公司: a company's name
                or sent.text[after:after + 1] in ("”", "」", "\"")  # “沙县小吃第一村”: a nickname in quotes
                or (len(stem) >= 3 and stem[-1] in _EPITHET and _common_word(stem[:-1]))  # 东海|渔业重镇
                or (len(stem) >= 3 and stem[-1] == "大" and m.group(2) == "村")  # 星村镇的|产茶大村: a big one
                # (湾井镇|以联村党委, 湾井镇脐橙产业联村党委: villages joined, 联村, not a village 新联村)
                or stem[0] in _NOT_FIRST or (len(stem) >= 3 and stem[-1] == "联" and m.group(2) == "村")):
            continue
        lvl = lower_level(name)
        if lvl is None or g.has_lower(name, lvl) or (lvl == "township" and parent_level == "township"):
            continue
        for t in inside:
            t.form = "dropped"
        renamed = next((stem + other for other in _RENAMED_SUFFIXES.get(m.group(2), ())
                        if g.has_lower(stem + other, lvl)), None) if lvl == "township" else None
        if renamed is not None:
            # 泽库县宁秀镇 where the list still has 宁秀乡 (a township made a town since): that unit,
            # under the name written (its alias)
            out.append(_Span(sent=sent, start=sent.start + m.start(1), end=sent.start + m.end(2), name=renamed,
                             form="lower", level=lvl, prev=s, joined_by_de=m.group(0).startswith("的"),
                             rule="chain.renamed", confidence=0.8))
            continue
        out.append(_Span(sent=sent, start=sent.start + m.start(1), end=sent.start + m.end(2), name=name,
                         form="new", level=lvl, prev=s, joined_by_de=m.group(0).startswith("的"),
                         in_gazetteer=False, rule="chain.new", confidence=0.7))
    return out


#: the rest of a company's name after a unit the list lacks (…兴村|农业发展有限公司): the "unit" is
#: a word of the company's name (兴村, "reviving the village"), not a place
_COMPANY_TAIL = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:有限责任公司|有限公司|股份公司|公司)")


def _listed_under(g: Gazetteer, t: _Span, parent: _Span) -> bool:
    """Whether the list has a township or village of ``t``'s name under the place ``parent`` names."""
    if not t.level:
        return True
    keys = [p.key for p in parent.uppers] or [g.lower_place(r).key for r in g.lower_rows(parent.name, parent.level)]
    return any(g.lower_rows(t.name, t.level, within=k) for k in keys)


#: 望平社区 at the start of a clause: a community or village named bare, as a paper on its
#: street names it throughout
_BARE_UNIT = re.compile(r"(?:^|(?<=[，,。；;：:、“\s]))(?P<n>(?P<stem>[\u4e00-\u9fff]{2,3}?)(?:社区|村))(?![\u4e00-\u9fff]{0,1}(?:民|庄|落|里|级|镇))")


def _bare_units(ctx: DocContext, g: Gazetteer, spans: list[_Span]) -> list[_Span]:
    """A community or village the gazetteer lacks, never written after its parent but named
    bare at the start of clauses at least twice in a document on one township or street
    (望平社区 in a paper on 猛追湾街道): a place there, its parent that township (inferred)."""
    towns = [t.place for t in spans if t.place is not None and t.place.level == "township"]
    if not towns:
        return []
    counts: dict[str, int] = {}
    for t in towns:
        counts[t.key] = counts.get(t.key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] <= sum(n for _, n in ranked[1:]):
        return []  # no one township the document is about
    home = ranked[0][0]
    text = ctx.doc.text
    taken = [(t.start, t.end) for t in spans]
    found: dict[str, list[tuple[Sentence, int, int]]] = {}
    for sent in ctx.sentences:
        if "社区" not in sent.text and "村" not in sent.text:
            continue
        for m in _BARE_UNIT.finditer(sent.text):
            stem, name = m.group("stem"), m.group("n")
            a, b = sent.start + m.start("n"), sent.start + m.end("n")
            if (set(stem) & _NOT_IN_STEM or name in _GENERIC_LOWER or name in _GENERIC_UNITS or _common_word(stem)
                    or _common_word(name) or _opens_with_word(stem) or any(x < b and a < y for x, y in taken)
                    or g.has_lower(name, "village")):
                continue
            found.setdefault(name, []).append((sent, a, b))
    out: list[_Span] = []
    for name, where in found.items():
        if len(where) < 2 or text.count(name) < 2:
            continue
        for sent, a, b in where:
            out.append(_Span(sent=sent, start=a, end=b, name=name, form="new", level="village", partial=home,
                             in_gazetteer=False, rule="bare.new", confidence=0.6))
    return out


#: the suffix's character run into a word with what follows (余村|民, 该村|级): no village there
_SUFFIX_THEN_WORD = frozenset({*_LOWER_SUFFIX_WORDS, "村民", "村庄", "村落", "村里", "村口", "村头", "村寨", "村情", "村风",
                               "村貌", "村规", "村容", "村史", "村医", "村官", "村社", "镇上", "镇里", *_XIANG_WORDS})


def _named_again(ctx: DocContext, spans: list[_Span]) -> list[_Span]:
    """A township or village found in a document is that place wherever its name is written
    again in it (one name, one place, in one document): 余村党支部 and 余村又牵头… after
    安吉县天荒坪镇余村, though a one-character stem (余, 代, 延) is read only in a chain and a
    bare name whose stem is a word only beside its parent or its peers. Each occurrence must
    begin a word and its suffix must not run into one (其余村民, 延村民); a name the document
    places in two units is left as it was found."""
    where: dict[str, _Span | None] = {}
    for s in spans:
        if s.form in ("lower", "new") and s.level in ("township", "village") and _proper_unit(s):
            if s.name not in where:
                where[s.name] = s
            elif (rep := where[s.name]) is not None and (rep.place, rep.partial) != (s.place, s.partial):
                where[s.name] = None  # two places of one name: each occurrence keeps its own reading
    names = sorted((n for n, s in where.items() if s is not None), key=len, reverse=True)
    if not names:
        return []
    found = re.compile("|".join(map(re.escape, names)))
    taken = bytearray(len(ctx.doc.text))
    for s in spans:
        taken[s.start:s.end] = b"\x01" * (s.end - s.start)
    out: list[_Span] = []
    for sent in ctx.sentences:
        text, starts = sent.text, None
        for m in found.finditer(text):
            a, b = sent.start + m.start(), sent.start + m.end()
            if any(taken[a:b]):
                continue  # the name already read there, or inside another place
            if text[m.end() - 1:m.end() + 1] in _SUFFIX_THEN_WORD:
                continue
            i = m.start()
            if not (i == 0 or text[i - 1] in _LEFT_DELIMS or not _CJK.match(text[i - 1])):
                starts = starts or WordStarts(sent)
                if i not in starts:
                    continue  # 其余|村民: the name's first character ends another word
            rep = where[m.group()]
            assert rep is not None
            out.append(_Span(sent=sent, start=a, end=b, name=rep.name, form=rep.form, level=rep.level,
                             place=rep.place, partial=rep.partial, in_gazetteer=rep.in_gazetteer,
                             rule="places.again", confidence=0.8))
    return out


def _proper_unit(s: _Span) -> bool:
    """Whether a township or village found once is named by a proper name that can be read bare
    elsewhere in its document: placed (in the gazetteer, or under a unit named with it), not a
    kind of unit (嘎查村, 移民村), and its stem no everyday word (清廉村, 发展村) unless the
    dictionary knows it as a place or a person's name, or it is one character written after its
    parent (余村, 代村); one the gazetteer lacks, a short stem."""
    if s.place is None and s.partial is None or s.name in _GENERIC_LOWER or s.name in _GENERIC_UNITS:
        return False
    stem = s.name[:-2] if s.name.endswith(("街道", "社区", "苏木", "嘎查")) else s.name[:-1]
    if stem.endswith(_ENUM_SUFFIX) or stem.endswith(("嘎查", "苏木", "社区")):
        return False  # 嘎查村, 乡镇, 村社区: units of units
    if not s.in_gazetteer and (len(stem) > 3 or s.name[-2:] in _GENERIC_LOWER):
        return False  # read from a chain alone: 常山庄村, not 党建引领强村 (…县党建引领强村公司)
    if len(stem) == 1:
        return s.prev is not None
    return not _common_word(stem) or (word_tag(stem) or "")[:2] in ("ns", "nr")


def _opens_with_word(stem: str) -> bool:
    """A long stem opening with an everyday noun or verb: 农村新型社区 is a kind of community."""
    tag = word_tag(stem[:2])
    return tag is not None and tag[:1] in ("n", "v") and tag not in ("ns", "nr", "nz") and word_freq(stem[:2]) >= 1000


def _ends_in_word(name: str) -> bool:
    """The suffix is the end of an everyday word: 农业农村 ends in 农村, not in a village 农业农."""
    return _common_word(name[-2:], threshold=1000)


def _everyday_word(word: str, threshold: int = 100) -> bool:
    """A frequent dictionary word whose part of speech is not a place name (ns)."""
    tag = word_tag(word)
    return tag is not None and not tag.startswith("ns") and word_freq(word) >= threshold


def _common_word(word: str, threshold: int = 30) -> bool:
    """True for an everyday word (jieba's dictionary frequency): 发展 in 发展村 is not a name."""
    return word_freq(word) >= threshold


def _enumerations(g: Gazetteer, sent: Sentence, tok_start: WordStarts, found: list[_Span]) -> list[_Span]:
    """朱家角、金泽等镇 / 下姜等村 / 科韵、腰岗…文昌10个社区: stems that share the suffix written after
    等 or after their count."""
    out: list[_Span] = []
    text = sent.text
    if not _ENUM_TAIL.search(text):  # a cheap test that skips the costly regexes
        return out
    taken = [(s.start - sent.start, s.end - sent.start) for s in found]
    for m in [*(_ENUM.finditer(text) if "等" in text else ()), *(_COUNTED_ENUM.finditer(text) if "、" in text else ())]:
        suffix = m.group(2)
        if (m.end() < len(text) and m.end() not in tok_start and text[m.end() - 1:m.end() + 1] not in _UNIT_PAIRS
                and not text.startswith(_UNIT_BODIES, m.end())):
            # …绿色建材、红色旅游等乡村产业: the suffix starts a word (乡村); 苍梧、昭平等10个县区 and
            # 等乡镇 name units of two levels, 下姜等村支部 the units' bodies
            continue
        pos = m.start(1)
        items = m.group(1).split("、")
        for k, item in enumerate(items):
            istart = pos
            pos += len(item) + 1
            cover = max((b for a, b in taken if a <= istart < b), default=None)
            if cover is not None:  # 金山区枫泾: the stem starts where the place before it ends
                item, istart = item[cover - istart:], cover
            if not item or item.endswith(_ENUM_SUFFIX) or _ORDINAL_ITEM.match(item):
                continue  # (第五项、第六项…等村集体经济组织财产: ordinals of a law's items, corpus 0051)
            stem = _stem_tail(item, istart, tok_start, first=k == 0,
                              known=lambda x, sfx=suffix: _known_lower(g, x + sfx))
            if stem is None:
                continue
            s0 = istart + len(item) - len(stem)
            if any(a < s0 + len(stem) and s0 < b for a, b in taken):
                continue
            full = stem + suffix
            if (len(suffix) == 1 and _ends_in_word(full)) or (_common_word(stem) and not _proper_stem(stem)) \
                    or _everyday_word(stem[-2:], threshold=1000) \
                    or len(stem) >= 3 and _everyday_word(stem[:2], threshold=1000):
                continue  # 乡村建设行动、城乡…: 城乡 is a word, not a township called 城; nor is 村民说事
                # (通过村民说事等村级议事协商制度) a village
            lvl = lower_level(full)
            span = _Span(sent=sent, start=sent.start + s0, end=sent.start + s0 + len(stem), name=full,
                         form="enum", rule="enumeration", confidence=0.8)
            if lvl:
                span.level = lvl
                span.in_gazetteer = g.has_lower(full, lvl)
            else:
                span.uppers = list(g.upper(full))
                if not span.uppers:
                    continue
            prev = next((s for s in found if s.end - sent.start == s0), None)
            span.prev = prev
            out.append(span)
    return out


def _stem_tail(item: str, istart: int, tok_start: WordStarts, *, first: bool,
               known: Callable[[str], bool] = lambda _: False) -> str | None:
    """The place stem at the end of an enumeration item (以及下姜 -> 下姜): the longest that
    starts a word, unless a shorter one makes a name the gazetteer holds (既有建外 -> 建外:
    建外街道)."""
    if not first:
        return item if 2 <= len(item) <= 5 and not set(item) & _NOT_IN_STEM else None
    stems = [item[-length:] for length in range(min(4, len(item)), 1, -1)
             if not set(item[-length:]) & _NOT_IN_STEM
             and (istart + len(item) - length in tok_start or istart + len(item) - length == 0)]
    return next((x for x in stems if known(x)), stems[0] if stems else None)


def _known_lower(g: Gazetteer, name: str) -> bool:
    lvl = lower_level(name)
    return lvl is not None and g.has_lower(name, lvl)


def _regions(sent: Sentence, tok_start: WordStarts, found: list[_Span]) -> list[_Span]:
    """Named non-administrative regions: 武陵山连片特困地区."""
    out: list[_Span] = []
    text = sent.text
    if not _REGION_WORD.search(text):  # the pattern needs one of the words; the check is cheaper
        return out
    for m in _REGION.finditer(text):
        s, e = m.start(), m.end()
        # trim from the left to a word start whose stem names a geographic feature
        for k in range(s, e - 3):
            if k not in tok_start and k != 0:
                continue
            stem = text[k:e]
            if (word_tag(text[k:k + 2]) or "").startswith("v"):
                continue  # 推动滨河片区有机更新: the verb is no part of the region's name
            core = re.sub(r"(集中连片特困地区|连片特困地区|片区|经济带|城市群|大湾区)$", "", stem)
            if len(core) >= 2 and core.endswith(_REGION_STEM_END) and not set(core) & _NOT_IN_STEM:
                if not any(f.start - sent.start < e and k < f.end - sent.start for f in found):
                    out.append(_Span(sent=sent, start=sent.start + k, end=sent.start + e, name=stem,
                                     form="region", level="region", rule="region", confidence=0.8))
                break
    return out


def _zones(sent: Sentence, tok_start: WordStarts, found: list[_Span]) -> list[_Span]:
    """Development zones, parks and state farms the gazetteer does not hold (乐清经济开发区, 黄冈高新区,
    苏州工业园区, 凭祥综合保税区, 未来科技城, 潮查林场): places of their own kind (regions). The name opens
    with a place written right before the kind's word (黄冈|高新区), or at a word start two to six
    characters before it, not on a verb (建设|高新区, 筹建|经济开发区 name none)."""
    out: list[_Span] = []
    text = sent.text
    if not _ZONE_WORD.search(text):
        return out
    for m in _ZONE.finditer(text):
        e, kind = m.end(), m.group("kind")
        lead = [f for f in found if f.start - sent.start < m.start("kind") <= f.end - sent.start + 6
                and f.start - sent.start >= max(0, m.start("kind") - 8) and f.form != "region"
                # (a forest farm goes by its own short name, after its city: 根河市|潮查林场)
                and (kind != "林场" or f.text[-1:] in "市县区旗")]
        if lead:
            first = min(lead, key=lambda f: f.start)
            k = first.start - sent.start
            if first.text[-1:] in "市县区镇乡旗州" and first.end - sent.start < m.start("kind") - 1:
                k = first.end - sent.start  # 余杭区|未来科技城, 根河市|潮查林场: the unit is the zone's place
                # (黄冈|高新区, 乐清|经济开发区: a short name opens the zone's own)
        else:
            k = next((k for k in range(max(0, m.start("kind") - 6), m.start("kind") - 1)
                      if (k in tok_start or k == 0) and not set(text[k:m.start("kind")]) & _NOT_IN_STEM), None)
            if k is None:
                continue
        stem = text[k:m.start("kind")]
        if len(stem) < 2 or (word_tag(stem[:2]) or "").startswith("v") or set(stem) & _NOT_IN_STEM:
            continue  # (推动高新区…: no name; 建设|科技城)
        if not lead and ((words := pos_lcut(stem))[0][1][:1] in "vdrmqap"
                         or any(word in _ZONE_SCOPE or tag[:1] == "v" and len(word) > 1 for word, tag in words)):
            continue  # (切实提升|林场, 轮训林场, 所有林场, 党委所属林场: no proper name before the kind)
        if kind == "林场" and not lead and len(stem) > 4:
            continue  # (a forest farm's name is short: 潮查林场, 牛耳河林场)
        if any(f.form == "region" and f.start - sent.start < e and k < f.end - sent.start for f in found):
            continue
        out.append(_Span(sent=sent, start=sent.start + k, end=sent.start + e, name=text[k:e], form="region",
                         level="region", rule="region.zone", confidence=0.75))
    return out


#: the kinds of zones, parks and state farms a name ends with (longest first)
_ZONE_KINDS = ("高新技术产业开发区", "经济技术开发区", "高新技术开发区", "新技术开发区", "经济开发区", "自由贸易试验区",
               "综合保税区", "工业园区", "高新区", "科技城", "林场")
_ZONE = re.compile(r"(?P<kind>" + "|".join(_ZONE_KINDS) + ")")
#: words of scope before a kind, no name (全市林场, 各开发区)
_ZONE_SCOPE = frozenset({"全市", "全县", "全区", "全省", "各", "每个", "所有", "辖区", "党委", "所属"})
_ZONE_WORD = re.compile("开发区|高新区|园区|保税区|试验区|科技城|林场")


#: where a mountain, a plain, a reservoir's area, a river or a lake's name ends (太行山, 大别山区,
#: 成都平原, 三峡库区, 松花江, 洞庭湖), or a province's part by its short name and a direction
#: (苏北, 黔北, 湘东, 闽西): candidates only, each must be a place name (ns) in jieba's dictionary
_GEO_END = re.compile(r"山区|山脉|山|平原|盆地|高原|库区|流域|走廊|沙漠|三角洲|江|河|湖"
                      r"|[苏黔湘闽皖陕粤辽浙鄂川桂赣滇豫鲁晋冀甘琼渝][东南西北]")
# (literal alternatives and a class: a lookbehind in front of a branch would keep the regex engine
# from its C scan for a first character, as in _candidates)
#: what a region's name may go on with: its area, or its standing as an old base (大别山革命老区)
_GEO_TAIL = re.compile(r"革命老区|老区|山区|地区|片区")
#: dictionary place names that are everyday words of the genre (河湖长制, 江河, 山水)
_GEO_WORDS = frozenset({"河湖", "江河", "大江", "大河", "内河", "山河", "山水", "三山", "江湖", "大湖", "湖泊", "半壁江山",
                        "大好河山", "锦绣河山", "之江", "长江黄河"})


#: the countries China borders on land, named in border counties' reports (与缅甸山水相连);
#: not a people (朝鲜族), a language (缅甸语), an ocean (印度洋), another country (印度尼西亚) nor a
#: peninsula (朝鲜半岛)
_NEIGHBOURS = re.compile(r"(?:俄罗斯|蒙古国|朝鲜|越南|老挝|缅甸|印度|不丹|尼泊尔|巴基斯坦|阿富汗|塔吉克斯坦|"
                         r"吉尔吉斯斯坦|哈萨克斯坦)(?![族语文人籍]|洋|尼西亚|半岛|支那)")


def _neighbours(sent: Sentence, found: list[_Span]) -> list[_Span]:
    """A neighbouring country named in the text: a place of its own kind (a region), not in the
    division list."""
    out: list[_Span] = []
    for m in _NEIGHBOURS.finditer(sent.text):
        a, b = sent.start + m.start(), sent.start + m.end()
        if not any(f.start < b and a < f.end for f in found):
            out.append(_Span(sent=sent, start=a, end=b, name=m.group(), form="region", level="region",
                             rule="region.country", confidence=0.8))
    return out


def _named_regions(g: Gazetteer, sent: Sentence, tok_start: WordStarts, found: list[_Span]) -> list[_Span]:
    """Geographic regions the gazetteer does not hold but jieba's dictionary knows as place
    names (ns): mountains, plains, rivers, a province's part (太行山, 成都平原, 三峡库区, 黄河,
    苏北), with 山区/地区/革命老区 after them (大别山革命老区). A dictionary lookup per candidate,
    no extra jieba cut: the candidates are where such a name can end."""
    out: list[_Span] = []
    text = sent.text
    taken = [(f.start - sent.start, f.end - sent.start) for f in found]
    for m in _GEO_END.finditer(text):
        e = m.end()
        for length in range(min(6, e), 1, -1):
            k = e - length
            name = text[k:e]
            tag = word_tag(name) or ""
            if not tag.startswith("ns") or name in _GEO_WORDS or g.upper(name) or set(name) & _NOT_IN_STEM:
                continue
            if length == 2 and not (name == m.group() and name[1] in "东南西北"
                                    or name[-1] in "江河" and word_freq(name) >= 300):
                continue  # 山区, 高山, 高原: kinds of land; 苏北 (a province's part), 长江, 黄河 are names
            tail = _GEO_TAIL.match(text, e)
            if not (k == 0 or k in tok_start) or (e < len(text) and e not in tok_start and tail is None):
                continue  # a whole word (not 大别山 inside 大别山羊), or going on as 山区/老区
            end = tail.end() if tail else e
            if any(a < end and k < b for a, b in taken):
                break
            out.append(_Span(sent=sent, start=sent.start + k, end=sent.start + end, name=text[k:end], form="region",
                             level="region", rule="region.named", confidence=0.7))
            taken.append((k, end))
            break
    return out


# -- 2. chains and short names ----------------------------------------------------------------


def _link_chains(g: Gazetteer, spans: list[_Span]) -> None:
    """Narrow upper candidates of a chain: the child must lie inside the parent. A county or
    anything above it never lies inside a township or a village (东屏街道长乐、丽山: 长乐 there
    is a village, not 长乐区), so such a link is cut. A district written after 的 that does not
    lie inside the place before it is a kind of district, not that one (青岛市的老城区: its old
    town, not 洛阳's 老城区): it is marked dropped."""
    for s in spans:
        p = s.prev
        if p is not None and s.uppers and p.level in ("township", "village"):
            s.prev = None
            continue
        if p is None or not p.uppers or not s.uppers:
            continue
        pairs = [(a, b) for a in p.uppers for b in s.uppers if g.is_within(b, a.key)]
        if pairs:
            p.uppers = list(dict.fromkeys(a for a, _ in pairs))
            s.uppers = list(dict.fromkeys(b for _, b in pairs))
        else:
            s.prev = None
            if s.joined_by_de and all(b.level == "county" for b in s.uppers):
                s.uppers, s.form = [], "dropped"


def _accept_shorts(spans: list[_Span]) -> None:
    """Keep a suffix-less short name (金山, 湘西) only where it is safe: the unit is also named
    in full, it is chained to its parent or child, it is a province, it sits in an enumeration
    of places, or the province or prefecture above it is named in the document."""
    full_keys = {p.key for s in spans if s.form == "full" and len(s.uppers) == 1 for p in s.uppers}
    g = gazetteer()
    named_above = {p.key for s in spans if len(s.uppers) == 1 and (s.form == "full" or s.uppers[0].level == "province")
                   for p in s.uppers if p.level in ("province", "prefecture")}
    kept_ends: dict[int, _Span] = {}
    for s in spans:
        if s.form != "short":
            kept_ends[s.end] = s
            continue
        if s.prev is None and _POST_SURNAME.search(s.sent.text, 0, s.start - s.sent.start):
            s.uppers = []  # 副部长朱|永平: a person's given name, after the post and the surname
            continue
        safe = [p for p in s.uppers if p.key in full_keys]
        if not safe and s.prev is not None:
            safe = s.uppers  # chained after its parent (上海金山)
        if not safe:
            nxt = next((t for t in spans if t.prev is s), None)
            if nxt is not None:
                safe = s.uppers  # followed by a place inside it (金山枫泾镇)
        if not safe and not _common_word(s.name, 200):
            safe = [p for p in s.uppers if any(a.key in named_above for a in g.ancestors(p))]
        if not safe and len(s.uppers) == 1 and s.uppers[0].level == "prefecture" and (
                word_tag(s.name) == "ns" or _city_short(s.name, s.uppers)
                # (遵义师范学院, 遵义日报: a school or a paper named by its city, 遵义 a verb to jieba)
                or _NAMED_FOR_CITY.match(s.sent.text, s.end - s.sent.start) is not None):
            safe = s.uppers  # 武汉, 南京: the one city of that name, a place name to jieba's dictionary too
            # (银川, 合肥: tagged a noun there, but no everyday word)
        if not safe and _common_word(s.name, 200) and not any(p.level == "province" for p in s.uppers):
            s.uppers = []  # 平安天津: an everyday word, not 平安区
            continue
        if not safe:
            safe = [p for p in s.uppers if p.level == "province" or
                    (p.level == "prefecture" and (p.short or "").endswith("州"))]
        if not safe:
            text = s.sent.text
            a, b = s.start - s.sent.start, s.end - s.sent.start
            if (a > 0 and text[a - 1] == "、" and s.start - 1 in kept_ends) or (b < len(text) and text[b] == "、"
                                                                                and _next_is_place(spans, s)):
                safe = s.uppers
        s.uppers = list(safe)
        if safe:
            kept_ends[s.end] = s


#: a post, then a surname: what stands next is a given name (副部长朱永平, 书记李平安), whatever
#: place has it for a short name
_POST_SURNAME = re.compile(r"(?:长|书记|主任|委员|干部|党员|同志|代表|记者|通讯员|教授|老师|主席|经理|专家)"
                           f"[{SURNAME_CHARS}]$")


def _next_is_place(spans: list[_Span], s: _Span) -> bool:
    return any(t.start == s.end + 1 and t.form != "short" for t in spans)


# -- 3. resolution ----------------------------------------------------------------------------


def _resolve(ctx: DocContext, g: Gazetteer, spans: list[_Span]) -> None:
    for s in spans:
        if s.uppers and len(s.uppers) == 1:
            s.place = s.uppers[0]
    # resolved places become context for the others. A village is read first by its sentence and
    # paragraph, then inside the townships the document names, and only then by the counties it
    # names, or as of the township the document is about (its home)
    for rnd in ("local", "townships", "document"):
        anchors = _anchors(g, spans)
        home = _home_township(g, spans) if rnd == "document" else None
        for s in spans:
            if s.place is not None or s.form in ("region",):
                continue
            if s.uppers:
                s.place = _pick_upper(s, anchors)
            elif s.level in ("township", "village"):
                _resolve_lower(g, s, anchors, home, reach=rnd if s.level == "village" else "document")
    # a village written once right after its township, as one the list lacks there (九重镇陶岔村,
    # 岸堤镇朱家林村), is that one wherever the document names it alone, not the list's namesake
    # in the same county or in another (a 朱家林村 of 商河县 in a paper on 沂南县)
    written = {s.name: s.partial for s in spans if s.level == "village" and s.place is None and s.partial
               and s.prev is not None and s.prev.level == "township" and s.prev.end == s.start}
    for s in spans:
        if s.place is not None and s.level == "village" and (partial := written.get(s.name)) is not None \
                and (s.prev is None or s.prev.end != s.start):
            s.place, s.partial = None, partial


#: the fewest villages, and the share of all those placed, that make a township the document's own
_HOME_VILLAGES, _HOME_SHARE = 3, 0.75


def _home_township(g: Gazetteer, spans: list[_Span]) -> Place | None:
    """The township a document is about: the one most of the villages it places lie in (at least
    three, and three in four of them), as a township's work summary names its own villages."""
    villages: dict[str, set[str]] = {}
    for s in spans:
        if s.place is not None and s.place.level == "village" and s.place.parent:
            villages.setdefault(s.place.parent, set()).add(s.place.key)
    if not villages:
        return None
    top = max(villages, key=lambda k: (len(villages[k]), k))
    n = len(villages[top])
    if n < _HOME_VILLAGES or n < _HOME_SHARE * sum(len(v) for v in villages.values()):
        return None
    return g.place(top)


def _anchors(g: Gazetteer, spans: list[_Span]) -> dict[tuple[str, int], list[Place]]:
    """Resolved places by scope: ("sentence", i), ("paragraph", p), ("document", 0)."""
    out: dict[tuple[str, int], list[Place]] = {}
    for s in spans:
        if s.place is None:
            continue
        chain = [s.place, *g.ancestors(s.place)]
        for scope, ix in (("sentence", s.sent.index), ("paragraph", s.sent.paragraph), ("document", 0)):
            lst = out.setdefault((scope, ix), [])
            for p in chain:
                if p not in lst:
                    lst.append(p)
    return out


def _scope_anchors(s: _Span, anchors: dict) -> Iterator[list[Place]]:
    for scope, ix in (("sentence", s.sent.index), ("paragraph", s.sent.paragraph), ("document", 0)):
        yield anchors.get((scope, ix), [])


def _pick_upper(s: _Span, anchors: dict) -> Place | None:
    cands = s.uppers
    if s.prev is not None and s.prev.place is not None:
        inside = [p for p in cands if p.parent == s.prev.place.key or _within_key(p, s.prev.place.key)]
        if len(inside) == 1:
            return inside[0]
    for placed in _scope_anchors(s, anchors):
        keys = {p.key for p in placed}
        hits = [p for p in cands if p.key in keys or (p.parent in keys)]
        if len(hits) == 1:
            return hits[0]
    mainland = [p for p in cands if p.mainland]
    if len(mainland) == 1:
        return mainland[0]
    return None


def _within_key(p: Place, key: str) -> bool:
    return gazetteer().is_within(p, key)


_DEPTH_ORDER = ("township", "county", "prefecture")  # a province is too wide for a village


def _resolve_lower(g: Gazetteer, s: _Span, anchors: dict, home: Place | None = None,
                   reach: str = "document") -> None:
    """Find a township or village inside the units named nearby; else unique or unresolved.

    ``home``: the township the document is about (:func:`_home_township`). A village named with
    nothing placing it in its sentence or paragraph is that township's, though the list lacks it
    there (a village merged or renamed since), rather than a namesake in another county the
    document names in passing. ``reach``: how far the context is read (see :func:`_resolve`).
    """
    if not s.in_gazetteer:
        _resolve_new(g, s, anchors)
        return
    lvl = s.level or "village"
    if s.prev is not None and s.prev.place is not None:
        rows = g.lower_rows(s.name, lvl, within=s.prev.place.key)
        if _settle(g, s, rows, s.prev.place):
            return
        if s.prev.place.level in ("county", "township") and s.prev.end == s.start:
            # 柴家门镇宝川村: written right after its township, a village the list has only
            # elsewhere (a 宝川村 in 吉林) is a new one of that township, as one it lacks is
            s.partial = s.prev.place.key
            return
    if (lvl == "village" and s.prev is not None and s.prev.place is None and not s.prev.in_gazetteer
            and s.prev.level == "township" and s.prev.partial is not None and s.prev.end == s.start):
        # 淅川县九重镇陶岔村: right after a township the list lacks (new, or renamed), the village is
        # that township's, though the list has its name under another
        s.partial = f"{s.prev.partial}/{s.prev.name}"
        return
    if home is not None and lvl == "village" and s.partial is None and not _quoted(s) and not any(
            p.level == "county" and p.key != home.parent for p in anchors.get(("sentence", s.sent.index), ())):
        # nothing in its sentence places it elsewhere: the home township's, named there or not
        # (not a name in quotes: 出了名的“三多村”, a nickname)
        if not _settle(g, s, g.lower_rows(s.name, lvl, within=home.key), home):
            s.partial = home.key
        s.rule = "context"
        return
    for scope, placed in enumerate(_scope_anchors(s, anchors)):
        if scope == 2 and reach == "local":
            return
        for depth in _DEPTH_ORDER:
            units = [p for p in placed if p.level == depth and (lvl == "village" or depth != "township")]
            rows = sorted({r for u in units for r in g.lower_rows(s.name, lvl, within=u.key)})
            if rows and _settle(g, s, rows, units[0] if len(units) == 1 else None):
                if s.place is not None or s.partial is not None:
                    s.rule = "context"
                return
            if rows:
                break
            if scope == 2 and reach == "townships":
                return
    rows = list(g._lower_rows_all(s.name, lvl))
    named = [p for p in anchors.get(("document", 0), []) if p.level in ("province", "prefecture", "county")]
    if named and not any(p in named for r in rows for p in g.ancestors(g.lower_place(r))):
        s.far = True  # 城乡社区 in a paper on 成都: the gazetteer's 城乡社区 are elsewhere, not meant
        return
    if len(rows) == 1:
        s.place = g.lower_place(rows[0])
        s.confidence = 0.7


def _quoted(s: _Span) -> bool:
    """Whether the span is the whole of a quote (“三多村”)."""
    a, b = s.start - s.sent.start, s.end - s.sent.start
    return s.sent.text[a - 1:a] in ("“", "\"") and s.sent.text[b:b + 1] in ("”", "\"")


def _settle(g: Gazetteer, s: _Span, rows: list[int], unit: Place | None) -> bool:
    """One row: resolved. Several under one county: partially resolved to that county."""
    if len(rows) == 1:
        s.place = g.lower_place(rows[0])
        return True
    if not rows:
        return False
    parents = {g.lower_place(r).parent for r in rows}
    if s.level == "village":
        counties = {g.place(k).parent for k in parents if g.place(k) is not None}
        if len(counties) == 1:
            s.partial = counties.pop()
            return True
    elif len(parents) == 1:
        s.partial = parents.pop()
        return True
    return True  # ambiguous even in context: stays unresolved


def _resolve_new(g: Gazetteer, s: _Span, anchors: dict) -> None:
    """A place written with a suffix but not in the gazetteer: parent from the written chain,
    else the deepest unit shared by the places named in its sentence."""
    if s.prev is not None and s.prev.place is not None:
        s.partial = s.prev.place.key
        return
    for placed in _scope_anchors(s, anchors):
        named = [p for p in placed if p.level in ("county", "prefecture", "township")]
        if not named:
            continue
        chains = [[p.key, *(a.key for a in g.ancestors(p))] for p in named]
        common = [k for k in chains[0] if all(k in c for c in chains[1:])]
        if common:
            s.partial = common[0]
        return


_CITATION = re.compile(r"\s*[:：]\s*[\u4e00-\u9fff]{2,16}出版社")


#: what a celebration's name follows (60周年大庆, 华诞大庆): a place name there is a word
_ANNIVERSARY = ("周年", "华诞", "诞辰")


def _keep(s: _Span, spans: list[_Span], heads: set[int], chained: set[str]) -> bool:
    """Drop a place right after 周年 (60周年大庆 is a celebration); drop a township or village
    known only from the gazetteer's word list when its stem is an everyday word (发展村,
    提高村) and nothing around it says it is a place; drop the city of a publisher in a
    reference list (北京：人民出版社). ``heads``: the ids of the spans a chain continues from;
    ``chained``: the names found written in a chain somewhere in the document."""
    if _CITATION.match(s.sent.text, s.end - s.sent.start):
        return False
    if s.sent.text.endswith(_ANNIVERSARY, 0, s.start - s.sent.start):
        return False  # 自治区成立60周年大庆: a celebration, not the city
    if s.far and not _listed_with_peers(s, spans):
        # the gazetteer has the name only elsewhere: kept (unresolved, if the checks below pass)
        # in a list of places of its level (…长乐乡、团结镇等镇), or where its own bodies follow and
        # its stem is no dictionary word (望平社区党委; not 成都市城乡社区发展治理, 平安社区创建)
        stem = s.name[:-2] if s.name.endswith(("街道", "社区", "苏木", "嘎查")) else s.name[:-1]
        tag = word_tag(stem)
        if not (_PLACE_AFTER.match(s.sent.text, s.end - s.sent.start) and (tag is None or tag in ("ns", "nr", "nz"))):
            return False
    if _stray_word_county(s, spans, heads):
        return False
    if s.form != "lower" or s.prev is not None:
        return True
    if id(s) in heads:
        return True
    if s.name in chained:
        return True  # 姑苏区双塔街道 in the title, then 双塔街道 alone: the document's own place
    stem = s.name[:-2] if s.name.endswith(("街道", "社区", "苏木", "嘎查")) else s.name[:-1]
    if (s.name[0] in _NOT_IN_STEM or s.name[0] in _NOT_FIRST) and not (
            s.name[0] == "那" and s.place is not None and not s.far and _listed_with_peers(s, spans)):
        return False  # (那社乡、所略乡: 那 "paddy" opens many Zhuang names, kept in a list of its peers)
    if not _common_word(s.name) and (not _common_word(stem) or _proper_stem(stem)):
        return True
    text, a, b = s.sent.text, s.start - s.sent.start, s.end - s.sent.start
    after = _PLACE_AFTER.match(text, b)
    if (s.rule == "context" and (s.place is not None or s.partial is not None and (after or not _common_word(stem)))
            and (not (word_tag(stem) or "v").startswith("v") or after and s.place is not None)
            and (_PLACE_BEFORE.search(text, 0, a) or after)):
        # 在西周镇探索 / 西周镇党委 in a paper on 象山县, which has one: a place, though 西周 is a word;
        # one placed only as of the document's township (力争村均…, 楠木村驻村第一书记): by its bodies;
        # a verb's stem too when the county has the town and its body follows (擂鼓镇党委 in 竹山县)
        return True
    return _listed_with_peers(s, spans)


def _stray_word_county(s: _Span, spans: list[_Span], heads: set[int]) -> bool:
    """A county named by an everyday word, written alone, far from every other place the document
    names: the word and a bare 县 of the document's own county (我局会同县委组织部, 随即会同县审计局,
    滩头镇、司门前镇和县农业农村局 in papers on 湄潭县 and 隆回县), not 会同县 of 湖南 or 和县 of
    安徽. A document on that county names its province, its city or a township under it."""
    if s.place is None or s.place.level != "county" or s.prev is not None or id(s) in heads:
        return False
    stem = s.name[:-1]
    if (s.form != "full" or not s.name.endswith(("县", "市", "区", "旗")) or not _everyday_word(stem)
            or (word_tag(stem) or "")[:2] in ("nr", "nz")):
        return False  # (红安县, 永和县: their stems are names jieba knows, not everyday words)
    g = gazetteer()
    province = next((p.key for p in (s.place, *g.ancestors(s.place)) if p.level == "province"), None)
    others = [t for t in spans if t.place is not None and t.name != s.name]
    return province is not None and bool(others) and not any(
        any(p.key == province for p in (t.place, *g.ancestors(t.place))) for t in others)


def _proper_stem(stem: str) -> bool:
    """A stem jieba's dictionary knows as a name, not an everyday word (陆家嘴, 三里屯: tagged ns or
    nr, and rare): the name of a place in the gazetteer under a place named nearby is that place.
    Not a stem that is a unit itself (老城区社区: a community of the old town)."""
    return ((word_tag(stem) or "")[:2] in ("ns", "nr") and word_freq(stem) < 200
            and not stem.endswith(("区", "县", "市", "镇", "乡", "村")))  # 老城区|社区: a kind of community


def _listed_with_peers(s: _Span, spans: list[_Span]) -> bool:
    """Whether ``s`` is an item of a list (、 or 等 beside it) with another place of its level."""
    text, a, b = s.sent.text, s.start - s.sent.start, s.end - s.sent.start
    neighbours = (a > 0 and text[a - 1] == "、") or (b < len(text) and text[b] in "、等")
    return neighbours and any(t is not s and t.level == s.level and abs(t.start - s.start) < 20 for t in spans)


#: a road's name after a place's: 辽源路社区, 北京东路, 长安大街 (not 浙江路径: 路 then ends a name)
_ROAD = re.compile(r"[东西南北中]?路(?=社区|街道|小学|中学|派出所|口|\d|[号、，,。；;\s]|$)|[东西南北中]?大街|胡同")
#: what says a township or village whose stem is an everyday word is meant as a place (with
#: the gazetteer placing it inside a unit the document names): the start of a clause or a
#: preposition of place before it, or its own bodies after it
_PLACE_BEFORE = re.compile(r"(?:(?:^|[，,。；;：:])\s*[“\"]?|在|到|于|赴|来到|走进|深入|位于|地处)$")
_PLACE_AFTER = re.compile(r"(?:党委|党支部|党总支|党工委|人民政府|政府|办事处|村委会|居委会|两委|街道办|驻村|第一书记)")


# -- 5. emission ------------------------------------------------------------------------------


#: words 村 begins, which follow a village's name (常口村|村财, 新村|村集体, 月洲村|村规民约)
_VILLAGE_WORD = re.compile(r"村(?:民|委|级|务|干|规|财|集|部|里|庄|落|容|情|史|歌|志|医|小|官|组|头|口|寨|村|BA)")


def _unit_word_after(text: str, end: int) -> bool:
    """Whether a village's name ending at ``end`` is written with its unit's word 村 after it, as its
    committee is named (磨村|村, 樊村|村), and not a word 村 begins (蛮子营村|村集体)."""
    return text.startswith("村", end) and not _VILLAGE_WORD.match(text, end)


def _emit(ctx: DocContext, g: Gazetteer, spans: list[_Span]) -> Iterator[Mention | RelationMention | Implied]:
    doc = ctx.doc
    named: set[str] = set()
    out_spans: list[tuple[_Span, str, Place | None]] = []
    for s in spans:
        key, place = _key(g, s, doc.id)
        if key is None:
            continue
        out_spans.append((s, key, place))
        named.add(key)
    implied: dict[str, Place] = {}
    for s, key, place in out_spans:
        aliases, end = _aliases(s, place), s.end
        if (place is not None and place.level == "village" and place.name.endswith("村")
                and (place.parent or "").endswith("街道") and doc.text.startswith("社区", s.end)):
            # 教师村社区: a city street's community still named after the village it was (the
            # gazetteer lists it as 教师村); the name as written is one of its names
            aliases, end = tuple(sorted({*aliases, place.name + "社区"})), s.end + 2
        elif (place is not None and place.level == "village" and len(place.name) == 2 and place.name.endswith("村")
              and s.text == place.name and _unit_word_after(doc.text, s.end)):
            # 磨村村, 樊村村: a village of one character and 村 (the list's 磨村), written with its unit's
            # word after it as its committee is named (磨村村民委员会); not 蛮子营村|村集体, 秀水村|村党组织
            aliases, end = tuple(sorted({*aliases, place.name + "村"})), s.end + 1
        elif (s.form == "short" and place is not None and place.level == "county"
              and doc.text[s.end:s.end + 1] in ("区", "县", "市", "旗") and not place.name.endswith(doc.text[s.end])
              and doc.text[s.end:s.end + 2] not in _NOT_RENAMED):
            # 西宁市湟中区 where the list still has 湟中县 (a county made a district since): the
            # name as written is one of its names
            aliases, end = tuple(sorted({*aliases, s.text + doc.text[s.end]})), s.end + 1
        yield make_mention(doc, start=s.start, end=end, sent_index=s.sent.index, kind=Kind.PLACE,
                           key=key, label=place.name if place else s.name,
                           subtype=place.level if place else s.level,
                           rule=s.rule, confidence=s.confidence,
                           aliases=aliases, attrs=_attrs(s, place))
        parent_key = _parent_key(s, place)
        if parent_key is None:
            continue
        stated = s.prev is not None and s.prev.place is not None and s.prev.place.key == parent_key
        yield RelationMention(subject_kind=Kind.PLACE, subject_key=key, predicate=Predicate.LOCATED_IN,
                              object_kind=Kind.PLACE, object_key=parent_key,
                              prov=Provenance(doc_id=doc.id, sent_index=s.sent.index, start=s.start,
                                              end=s.end, rule="chain" if stated else "gazetteer.parent",
                                              confidence=0.95 if stated else 0.85, stated=stated))
        # ancestors the text does not name, and their own parent links
        up = g.place(parent_key)
        while up is not None and up.key not in named and up.key not in implied:
            implied[up.key] = up
            if up.parent:
                yield RelationMention(subject_kind=Kind.PLACE, subject_key=up.key,
                                      predicate=Predicate.LOCATED_IN, object_kind=Kind.PLACE,
                                      object_key=up.parent,
                                      prov=Provenance(doc_id=doc.id, sent_index=s.sent.index, start=s.start,
                                                      end=s.end, rule="gazetteer.parent", confidence=0.85,
                                                      stated=False))
            up = g.place(up.parent) if up.parent else None
    for key in sorted(implied):
        p = implied[key]
        yield Implied(kind=Kind.PLACE, key=key, label=p.name, subtype=p.level, alt_labels=_aliases(None, p),
                      attrs=_attrs(None, p))


#: 该县, 该镇, 该村: the unit named last; not 该县委 (its committee, and 该村党支部: the
#: organisations read them), 该市场, 该村民
_ANAPHOR = re.compile(r"该(?P<u>县|市|区|镇|乡|村|社区|街道|州)(?!委|场|民|长|级|政府|干部|两委|党|支部|“两委”)")
#: the levels a unit word of an anaphor can point to
_ANAPHOR_LEVELS = {"县": ("county",), "市": ("prefecture", "county"), "区": ("county",), "州": ("prefecture",),
                   "镇": ("township",), "乡": ("township",), "街道": ("township",), "村": ("village",),
                   "社区": ("village",)}


def _anaphors(ctx: DocContext, mentions: list[Mention]) -> Iterator[Mention]:
    """该县推行…: the place of that unit named last before it in the same paper (its name ends in
    the unit word, 阜平县 for 该县), as a mention of it; none when no such place was named. The
    word 该县 is no name of the place (the linker keeps no alias of a ``places.anaphor``)."""
    text, doc = ctx.doc.text, ctx.doc
    ordered = sorted(mentions, key=lambda m: m.start)
    index = SentenceIndex(ctx.sentences)
    for m in _ANAPHOR.finditer(text):
        unit = m.group("u")
        levels = _ANAPHOR_LEVELS[unit]
        part = doc.unit_at(m.start())
        before = [x for x in ordered if x.end <= m.start() and x.subtype in levels and x.label.endswith(unit)
                  and doc.unit_at(x.start) == part]
        sent = index.at(m.start())
        if not before or sent is None:
            continue
        ante = before[-1]
        yield make_mention(doc, start=m.start(), end=m.end(), sent_index=sent.index, kind=Kind.PLACE, key=ante.key,
                           label=ante.label, subtype=ante.subtype, rule="places.anaphor", confidence=0.6)


def _key(g: Gazetteer, s: _Span, doc_id: str) -> tuple[str | None, Place | None]:
    if s.form == "region":
        return f"region/{s.name}", None
    if s.place is not None:
        return s.place.key, s.place
    if s.partial is not None:
        return f"{s.partial}/?/{s.name}" if s.in_gazetteer and s.level == "village" and \
            (g.place(s.partial) or Place(key="", name="", level="")).level == "county" else \
            f"{s.partial}/{s.name}", None
    if s.uppers or s.level:
        # unresolved: scoped to the document so that namesakes elsewhere are not merged
        return f"unresolved/{doc_id}/{s.name}", None
    return None, None


def _parent_key(s: _Span, place: Place | None) -> str | None:
    if place is not None:
        return place.parent
    return s.partial


def _aliases(s: _Span | None, place: Place | None) -> tuple[str, ...]:
    names: list[str] = []
    if place is not None:
        names.extend(a for a in place.aliases)
    if s is not None:
        for n in (s.text, s.name):
            if place is None or n != place.name:
                names.append(n)
    return tuple(sorted(set(names) - ({place.name} if place else set())))


def _attrs(s: _Span | None, place: Place | None) -> tuple[tuple[str, str], ...]:
    attrs: dict[str, str] = {"in_gazetteer": "true" if (s is None or s.in_gazetteer) else "false"}
    if place is not None:
        attrs["level"] = place.level
        if place.code:
            attrs["code"] = place.code
        if place.lat is not None and place.lon is not None:
            attrs["lat"] = f"{place.lat:.6f}"
            attrs["lon"] = f"{place.lon:.6f}"
        if place.former and s is not None:
            for old, date in place.former:
                if s.name == old or s.text == old:
                    attrs["renamed_to"] = place.name
                    attrs["renamed_on"] = date
                    attrs["former_name"] = old
    elif s is not None:
        attrs["level"] = s.level or (s.uppers[0].level if s.uppers else "")
        attrs["resolved"] = "partial" if s.partial else "false"
    return tuple(sorted((k, v) for k, v in attrs.items() if v))
