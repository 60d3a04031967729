"""Small text helpers shared by the extractors.

They hold the grammar facts of the genre that several extractors need: how quotes are
written (“ ” 「 」 ‘ ’ 『 』 and ASCII "), how Chinese numerals read, how a name is
normalised into a key, and how an enumeration (A、B、C / A，B) splits into items. All
patterns are compiled once at import; nothing here compiles per sentence.

This module imports only the model; never jieba or rdflib.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from graph.model import Sentence

HAN = r"\u4e00-\u9fff"
#: common single-character surnames (general data): persons read names by them, and organisations
#: a head's post by the name after it (村委会主任贺怀义)
SURNAMES = frozenset(
    "刀王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝占洪赖"
    # frequent in the Hui, Zhuang, Yao, Tujia and Miao counties the genre reports on (海, 冶, 粟)
    "海禹粟冶满"
    # rarer surnames of the Hundred Family Surnames that open no common word (闻绍谦, 阎, 郦)
    "闻阎晁茅竺郜郦鄢邸扈蔺雍邰钮荀储漆谌冼庹"
    # Korean-Chinese surnames of 延边 (朴成浩; 金, 崔, 李 are above)
    "朴玄"
    # Hui surnames of 宁夏, 甘肃 and 青海 (虎彦军, 拜玉兰; 马, 海, 沙 are above)
    "虎拜"
    # frequent surnames of 浙江 and elsewhere missing above (傅雅琴, 楼晓军)
    "傅楼"
    # Yao (盘), Hui (妥) and other regional surnames, and rare ones of the Hundred Family Surnames
    # (盘金秀, 妥志明, 母丽娟, 奉春花, 郗明哲, 雒晓东, 寻德明): each opens everyday words
    # (盘活, 妥善, 母亲, 奉献), which the dictionary's word checks keep from being read as names (not
    # 衣: 学生衣袂翩跹, a word the dictionary lacks)
    "盘妥母奉郗雒寻"
    # Hakka, 浙江 and 江苏 surnames (练国平, 阙晓东, 狄美华): 练 opens 练习, 训练 ends with it; the
    # word checks again
    "练阙狄"
)
#: the surnames as the body of a regular expression's character class, in a fixed order
SURNAME_CHARS = "".join(sorted(SURNAMES))
#: the maxim shape of a slogan (以人为本, 服务为本, 执政为民, 生态优先): a slogan, never a goal
MAXIM = re.compile(rf"^以?[{HAN}]{{1,4}}为(?:本|先|民|要|重|基|上)$")

#: (open, close) quote pairs of the genre; ASCII quotes pair up in order within a line.
_QUOTE = re.compile(
    r"“(?P<a>[^“”\n]{1,80})”|「(?P<b>[^「」\n]{1,80})」|『(?P<c>[^『』\n]{1,80})』"
    r"|‘(?P<d>[^‘’\n]{1,80})’|\"(?P<e>[^\"\n]{1,80})\""
)
QUOTE_CHARS = "“”「」『』‘’\"'"

_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "双": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUM_CHARS = "零〇一二两三四五六七八九十百千"


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted span: ``start``/``end`` include the marks, ``inner_*`` do not."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    text: str


#: a five-year plan's period (一五 … 九五, 十五 … 十九五, 二十五 …, written 十四五): a time,
#: neither a practice nor an aim
PLAN_PERIOD = re.compile(r"^(?:[一二三四五六七八九]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?)五$")
#: the teams a body sends to study, draft and sign a report (…课题组, …调研组): one list for the
#: organisations that name them, the persons on their roster lines and the signer of a paper
TEAM_WORDS = ("课题组", "调研组", "调查组", "研究组", "写作组", "起草组")
TEAM_WORD = "(?:" + "|".join(TEAM_WORDS) + ")"
TEAM_ENDS = re.compile(rf"{TEAM_WORD}$")


def find_quotes(text: str, start: int = 0, end: int | None = None) -> Iterator[Quote]:
    """Quoted spans in ``text[start:end]`` with absolute offsets."""
    for m in _QUOTE.finditer(text, start, len(text) if end is None else end):
        g = m.lastgroup
        assert g is not None
        yield Quote(start=m.start(), end=m.end(), inner_start=m.start(g), inner_end=m.end(g), text=m.group(g))


def cn_to_int(s: str, *, strict: bool = False) -> int | None:
    """Read a Chinese (or Arabic) numeral: 三 -> 3, 十六 -> 16, 二十 -> 20, 双 -> 2, and amounts
    in 万 and 亿 sections: 三亿六千万 -> 360000000, 二百零五万四千 -> 2054000.

    ``strict``: None for characters that form no numeral (三三, 百千万), as a statistic needs;
    by default a later digit replaces an earlier one, as numeral runs in names are read.
    """
    if not s:
        return None
    if s.isdigit():
        return int(unicodedata.normalize("NFKC", s))
    total = tenthousands = section = 0
    cur: int | None = None
    last_unit = 10_000  # within a section 千, 百, 十 come in falling order
    for ch in s:
        if ch in _CN_DIGITS:
            if strict and cur is not None and _CN_DIGITS[ch]:
                return None
            cur = _CN_DIGITS[ch] or None
        elif ch in _CN_UNITS:
            if strict and _CN_UNITS[ch] >= last_unit:
                return None
            last_unit = _CN_UNITS[ch]
            section += (1 if cur is None else cur) * _CN_UNITS[ch]
            cur = None
        elif ch == "万":
            tenthousands += ((section + (cur or 0)) or 1) * 10_000
            section, cur, last_unit = 0, None, 10_000
        elif ch == "亿":
            total += ((tenthousands + section + (cur or 0)) or 1) * 100_000_000
            tenthousands, section, cur, last_unit = 0, 0, None, 10_000
        else:
            return None
    return total + tenthousands + section + (cur or 0)


_FOLD = str.maketrans({"，": ",", "、": ",", "；": ";", "：": ":", "（": "(", "）": ")", "＋": "+",
                       "！": "!", "？": "?", "。": "."})
_STRIP = re.compile(r"[\s“”「」『』‘’\"'《》]")

#: Trailing words that name the genre of a thing rather than the thing: “X”工作机制 and “X”
#: are one mechanism. Longest first, so 班子建设工程 goes before 工程.
GENERIC_TAILS: tuple[str, ...] = (
    "长效工作机制", "班子建设工程", "班子工程", "建设工程", "工作机制", "长效机制", "工作制度", "工作方法",
    "工作法", "机制", "制度", "工程", "模式", "行动", "体系", "计划", "班子", "要求", "活动",
)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Full-width to half-width, quote marks and spaces removed: the comparable form.

    Cached: the extractors fold the same names again and again, within and across documents."""
    return _STRIP.sub("", unicodedata.normalize("NFKC", text.translate(_FOLD)))


def name_key(text: str, *, tails: Sequence[str] = GENERIC_TAILS) -> str:
    """A normalised name: folded, without a leading 党的 or trailing generic words."""
    if tails is GENERIC_TAILS:
        return _generic_name_key(text)
    return _name_key(text, tails)


@lru_cache(maxsize=1 << 16)
def _generic_name_key(text: str) -> str:
    """``name_key`` with the generic tails, cached (mechanisms and events key every name)."""
    return _name_key(text, GENERIC_TAILS)


def _name_key(text: str, tails: Sequence[str]) -> str:
    k = fold(text)
    if k.startswith("党的") and len(k) > 4:
        k = k[2:]
    changed = True
    while changed:
        changed = False
        for t in tails:
            if k.endswith(t) and len(k) - len(t) >= 2:
                k = k[: -len(t)].rstrip("的")
                changed = True
                break
    return k


_ITEM_SEP = re.compile(r"[、，,；;]")
_CLAUSE_SEP = re.compile(r"[，,；;]")


def split_items(text: str, offset: int, *, expect: int | None = None) -> list[tuple[int, int]]:
    """Split an enumeration into item spans (absolute offsets), trimmed of 和/及/以及.

    Items are split at 、 first when that gives the expected count, otherwise at clause
    commas (双增: 增进党群、干群关系，增强机关、基层活力 has two items holding 、). A leading 即
    (“两头在外”（即原材料来源在外和…）) is not part of the first item.
    """
    lead = _NAMELY_LEAD.match(text)
    if lead is not None and lead.end() < len(text):
        text, offset = text[lead.end():], offset + lead.end()
    def spans(pat: re.Pattern[str]) -> list[tuple[int, int]]:
        out, pos = [], 0
        for m in pat.finditer(text):
            out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, len(text)))
        res = []
        for s, e in out:
            while s < e and (text[s].isspace() or text[s] in "和及与并"):
                s += 1
            if text.startswith("以及", s):
                s += 2
            while e > s and (text[e - 1].isspace() or text[e - 1] in "等"):
                e -= 1
            if e > s:
                res.append((offset + s, offset + e))
        return res

    fine = _counted_off(text, offset, _distributed(_joined(spans(_ITEM_SEP), text, offset), text, offset))
    if expect is None or len(fine) == expect:
        return fine
    if expect == 2 and len(fine) == 1 and len(PAIR_JOIN.findall(text)) == 1:
        a, b = PAIR_JOIN.search(text).span()  # 即村党总支委员会和村民委员会: the two, joined by 和
        pair = [(offset, offset + a), (offset + b, offset + len(text.rstrip()))]
        if all(y - x >= 2 for x, y in pair):
            return pair
    coarse = _counted_off(text, offset, spans(_CLAUSE_SEP))
    return coarse if len(coarse) == expect else fine


_COUNT_OFF = "一二三四五六七八九十"


def _counted_off(text: str, offset: int, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items counted off by their numerals (即一促产业兴旺、二促治理有效、三促民生改善; 一是…、二是…)
    are the items without them: 促产业兴旺."""
    if not 2 <= len(items) <= len(_COUNT_OFF):
        return items
    cut = 2 if all(text[a - offset + 1:a - offset + 2] == "是" for a, _ in items) else 1
    if all(text[a - offset] == _COUNT_OFF[i] and b - a > cut + 1 for i, (a, b) in enumerate(items)):
        return [(a + cut, b) for a, b in items]
    return items


#: what opens an enumeration after its term, not part of its first item (（即…）)
_NAMELY_LEAD = re.compile(r"\s*(?:即|也就是|就是|是指|指)")
#: what joins the two items of a pair or a list's last two (A和B, A、B以及C)
PAIR_JOIN = re.compile(r"以及|和|及|与")
#: what the last item of a list may carry for the whole list: 自治、法治、德治相结合
_JOINED = re.compile(r"(?:相结合|相统一|相融合|相衔接|相协调|有机结合|融合发展)$")


def _joined(items: list[tuple[int, int]], text: str, offset: int) -> list[tuple[int, int]]:
    """Cut 相结合 (and its kin), said of the whole list, off its last item."""
    if len(items) < 2:
        return items
    s, e = items[-1]
    m = _JOINED.search(text, s - offset, e - offset)
    if m is None or m.start() - (s - offset) < 2:
        return items
    return [*items[:-1], (s, offset + m.start())]


def _distributed(items: list[tuple[int, int]], text: str, offset: int) -> list[tuple[int, int]]:
    """Cut what the first and the last item share with the whole list off them.

    重大慢性病综合防治早预防、早干预、早发现、早诊治工程: the items are 早预防 … 早诊治, which the
    inner items show (all of one length, all opening with the same character); the first
    carries the list's modifier, the last its head.
    """
    if len(items) < 4:  # one inner item is no pattern: 无公路、无自来水、无电灯照明
        return items
    inner = [text[s - offset:e - offset] for s, e in items[1:-1]]
    k = len(inner[0])
    if not 2 <= k <= 4 or any(len(t) != k or t[0] != inner[0][0] for t in inner):
        return items
    (fs, fe), (ls, le) = items[0], items[-1]
    first, last = text[fs - offset:fe - offset], text[ls - offset:le - offset]
    if len(first) > k and first[-k] == inner[0][0]:
        fs = fe - k
    if len(last) > k and last[0] == inner[0][0]:
        le = ls + k
    return [(fs, fe), *items[1:-1], (ls, le)]


_HAN_TAIL = re.compile(rf"[{HAN}]*")


def han_run_matches(pattern: re.Pattern[str], hint: re.Pattern[str], text: str, *,
                    run_start: bool = False) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, scanning only the runs of Han characters that
    hold a match of ``hint``.

    For a pattern whose matches are Han characters only, every match lies inside one run of
    Han characters, and a run is scanned the same way from its start as from the start of the
    text, provided its look-aheads need Han characters (the run's end then looks like the
    mark after it) and its look-behinds only look back (they still see the text before the
    run). When every match also holds a ``hint`` match (a word it cannot match without), the
    runs without one hold none. The hint should be a plain alternation of words, each opening
    with a character (no group), so that the engine finds it by a C scan.

    Why: a pattern that opens with a lazy Han prefix (``[一-龥]{2,10}?不足``) is tried at
    every character of a document; a literal hint is found in C, far faster.

    ``run_start=True`` is for a pattern that can match only at the start of a run (it looks
    behind for a mark that is not Han): there it is tried once per run.
    """
    scanned_to = -1
    for w in hint.finditer(text):
        if w.start() < scanned_to:
            continue  # in the run just scanned
        a = w.start()
        while a > 0 and "\u4e00" <= text[a - 1] <= "\u9fff":
            a -= 1
        tail = _HAN_TAIL.match(text, w.start())
        assert tail is not None
        scanned_to = tail.end()
        if not run_start:
            yield from pattern.finditer(text, a, scanned_to)
        elif (m := pattern.match(text, a, scanned_to)) is not None:
            yield m


class SentenceIndex:
    """Find the sentence holding an offset by bisection (no linear scans per mention)."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = list(sentences)
        self._starts = [s.start for s in self.sentences]

    def at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None
