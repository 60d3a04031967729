"""Statistics (Kind.STATISTIC): a number with its unit, the measure it counts, its subject.

``45岁以上党员超过了55%`` -> measure 45岁以上党员, comparator >, value 55, unit %;
``2007年，村级可支配收入350万元`` -> measure 村级可支配收入, value 350, unit 万元, year 2007;
``仅有30%的村拥有集体经济`` -> measure 村拥有集体经济 (the noun after 的), comparator =.

The comparator comes from the words around the number (超过/突破 -> >, 以上 -> >=, 不足/低于
-> <, 以下 -> <=, 仅有/达到/占 -> =). The subject is the place or organisation named last
before the number in its sentence, else earlier in its paragraph (not stated). In a report
on a unit's own work it is, instead of a place named before (an example there), the place
its title names (a background inference, see :mod:`graph.extract._title`). A statistic
with none is kept without a subject. A signed growth in brackets after a figure
(1110.60亿元（+5.7%）) is that figure's growth. Dates (2008年, 3月), ordinals (第3) and reference
marks ([2]) are not statistics. A table written as text gives a figure for each number of a
column whose heading names a measure (see :func:`_table_figures`). Imports the model and shared text helpers only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.extract._tables import NUMBER_CELL, tables
from graph.extract._text import SentenceIndex, cn_to_int
from graph.extract._title import dominant_places, place_level, report_place
from graph.model import Kind, Mention, Predicate, Provenance, RelationMention, Sentence, make_mention, stable_hash
from graph.pipeline import DocContext, Item

# a magnitude (万, 亿 …) and a counting word make one unit: 1.3万亿元, 2.1万个, 1.4万列
_MAGNITUDE = r"(?:万亿|亿|万|千|百)"
_BASE_UNIT = (r"(?:个百分点|人次|平方公里|平方米|公里|千瓦时|千瓦|标准箱|元|美元|人|户|名|个|家庭|家|次|所|项|吨|亩|倍|公斤|斤|小时|分钟|"
              r"辆|件|台|套|座|场次|场|处|张|条|列|艘|架|部|间|批|公顷|立方米|千米|米|"
              # counts of the genre's surveys, cases, herds and works (问卷406份, 纠纷23起, 1380头,
              # 圈舍12栋, 帮扶对子1260对, 培训班14期, 6类, 投工21.3万个工日, 平均年龄51.3岁)
              r"份|起|头|栋|对|期|类|工日|株|棵|位|岁|"
              # points of an appraisal (基础分60分, 每次加2分, 本月得分：64分); not a clock's minutes
              # (14时30分, 8点5分) nor a duration's (5分38秒), nor a word 分 begins (3分钟 above, 分之, 分红, 分别)
              r"(?<![时点]\d)(?<![时点]\d\d)分(?![钟之别期批局行会红配类散摊享工析开成子布管数值档]|\d{1,2}秒))")
_CN_NUM = "一二两三四五六七八九十百千"
#: what a Chinese numeral of two characters or more counts as a figure (二十一个党员, 三百多户,
#: 一千三百人): people, households, units; one character (三个, 一名) is a phrase, not a figure
_CN_COUNTS = "个|户|人|名|家|处|位|元|亩"
_CN_COUNT_UNITS = frozenset(_CN_COUNTS.split("|"))
# num is \d+(?:\.\d+)? (with thousands separators: 14,117) or [一…千]+ before a magnitude or
# count; written as one first character and then the rest of its kind, so that the pattern
# opens with a character class and the regex engine skips, in C, the characters no number
# starts with
_NUMBER = re.compile(
    rf"(?P<num>[\d{_CN_NUM}](?:(?<=\d)(?:\d{{0,2}}(?:,\d{{3}})+|\d*)(?:\.\d+)?|(?<=[{_CN_NUM}])[{_CN_NUM}]*(?=个亿|亿|万|次|个百分点|倍|成)"
    rf"|(?<=[{_CN_NUM}])[{_CN_NUM}]+(?=(?:多|余)?(?:{_CN_COUNTS}))))"
    r"\s*(?P<approx>多|余)?"
    rf"(?P<unit>%|％|个亿|{_MAGNITUDE}?(?:余|多)?{_BASE_UNIT}|万亿|亿|万|成)"  # 1.2万余场: 余 after the magnitude
)
_GT = re.compile(r"(?:超过|突破|高于|多于|逾|超|大于)了?$")
_LT = re.compile(r"(?:不足|低于|不到|少于|小于)了?$")
_EQ = re.compile(r"(?:仅有|仅|只有|达到|达|占|为|是|共有|共|有|增至|增加到|增长到|提升至|提高到|提高至|降至|下降到|降低到)了?$")
_YEAR = re.compile(r"(\d\d{3})年")  # (\d{4}) written to open with a character class: a C scan finds its start
_CLAUSE = re.compile(r"[，,。；;：:！？!?（）()]")
_MEASURE_LEAD = re.compile(r"^(?:\d{4}年|其中|在|全年|全(?![国省市县区州镇乡村])|共有|共|每年|其|这|该)")
# between two numbers of one enumeration: 分别增长8.7%、31.5%和32.3% (the measure is shared)
_SAME_MEASURE = re.compile(r"^\s*(?:[、和及与至到~～\-—－]|以及|——)\s*$")  # (4.5%-5%: a range)
#: the first bound of a range written before a figure (10至15户, 5到8户, 30%-50%)
_RANGE_START = re.compile(r"(?<![\d.])(?P<a>\d+(?:\.\d+)?)%?\s*(?:至|到|～|~|-|—|－)\s*$")
_UNITS = {"％": "%", "个亿": "亿元"}
#: a signed growth in brackets right after a figure: 1110.60亿元（+5.7%）
_GROWTH_AFTER = re.compile(r"\((?P<sign>[+-])$")
#: a measure that is only a change (增长, 比上年增加, 年均增长): of the figure before it
_CHANGE = r"(?:比上年|比去年|同比|年均|平均每年|分别)?(?:增长|增加|下降|减少|提高|上涨|回落)"
_BARE_CHANGE = re.compile(_CHANGE)
_CHANGE_END = re.compile(_CHANGE + "$")
#: a measure over a whole unit: 全村, 全镇, 全县 … say which place of that level it is about
_SCOPE = re.compile(r"^全(村|镇|乡|县|区|市|州|省)")
_SCOPE_LEVELS = {"村": ("village",), "镇": ("township",), "乡": ("township",), "县": ("county",),
                 "区": ("county", "region"), "市": ("municipality", "prefecture", "county"), "州": ("prefecture",),
                 "省": ("province",)}
#: a place after these is where the sentence's subject lies, not the subject: 象山县地处浙江东部
#: 沿海，下辖10个镇 (the county's towns, not the province's)
_LOCATING = re.compile(r"(?:地处|位于|坐落于|坐落在|毗邻|紧邻|邻近|地跨|[东西南北]临|[东西南北]接|[东西南北]邻|距离?)$")


def _located_by(text: str, m: Mention, earlier: list[Mention] | None) -> bool:
    """Whether ``m`` is a place a locating verb puts an earlier place of its sentence in (the
    verb right before it, or before the chain it ends: 位于成都市郫都区)."""
    if m.kind != Kind.PLACE or not earlier:
        return False
    pos = m.start
    for prev in reversed(earlier):  # a chain written before m: 成都市|郫都区
        if prev.kind == Kind.PLACE and prev.end == pos:
            pos = prev.start
    return bool(_LOCATING.search(text, max(0, pos - 3), pos)) and any(e.end <= pos - 2 for e in earlier)


#: an age that is a figure: the average of a group (平均年龄51.3岁)
_AVERAGE_AGE = re.compile(r"平均年龄|年龄平均")
#: before the agent of a passive: 获/被/受到 X 推广 (X is not what the figure is about)
_PASSIVE = re.compile(r"(?:获|被|受到|得到|获得)$")
#: a measure of a wider whole than a report's unit: not the unit's figure
_WIDER = re.compile(r"^(?:全国|全球|世界|国内|国际|我国|中国|全世界)")
# longer than any match of _GT, _LT or _EQ (three characters and 了), which are anchored at the
# number: searching this far back finds what searching the whole clause finds
_CMP_REACH = 8
_CLAUSE_ENDS = "，,。；;、！!？?"
_PARAGRAPH_REACH = 3
#: where a measure's first value is introduced: 满意度|由2019年的|71%
_FROM_TAIL = re.compile(r"(?:由|从)(?:原来|过去|以前|\d{4}年(?:底|末)?)?的?$")
#: between the two values of one measure: 由…的71%|提高到|92%
_FROM_THEN_TO = re.compile(r"(?:提高|增加|增长|上升|提升|下降|降低|减少|缩小|扩大|降|缩短|压缩|减)(?:到|至)了?")
_MEASURE_TAIL = re.compile(r"(?:分别|均|都|约|近|累计|总计|合计|共计|共|仅|只|仅仅)+$")
# a bare verb is not a measure: 实施167项, 完成2443个, 覆盖1.8万
#: a measure that is only an action verb: its object follows the number
_ACTION = re.compile(r"(?:新建|改建|新建改建|实施|完成|建成|新增|开展|举办|推出|培育|打造|建设|推进|推动|筹措|"
                     r"改造|整治|引进|招引|落地|开工|投产|选派|培训|帮扶|救助|资助|安置|创建|组建|设立|出台|制定|"
                     r"修订|发放|减免|下达|争取|储备|盘活|吸纳|带动|提供|惠及|下辖|辖|共辖|管辖)")
#: what a place is said to have before a bare count (南光社区共有620名…)
_HAVE = re.compile(r"(?:共有|拥有|有)$")
#: the noun phrase right after a number, to its clause's end: 1000个|便民服务点|。
_OBJECT_AFTER = re.compile(r"(?:的)?([\u4e00-\u9fff“”\"A-Za-z0-9]{1,20})(?=[，,。；;、（(）)]|$)")
_VERB_ONLY = re.compile(r"^(?:实施|完成|覆盖|建成|新增|开展|举办|达到|实现|推出|培育|打造|建设|增加|减少|超|超过)$")


def _measure_before(text: str, start: int, floor: int) -> tuple[str, int]:
    """The noun phrase of the clause before a number, without its comparator verb; when the
    number follows a colon right away (地区生产总值：1110.60亿元), what the colon labels."""
    cut = floor
    for m in _CLAUSE.finditer(text, floor, start):
        cut = m.end()
    if cut == start and start > floor and text[start - 1] in "：:":
        label_start = floor
        for m in _CLAUSE.finditer(text, floor, start - 1):
            label_start = m.end()
        cut = label_start
        start -= 1
    phrase = text[cut:start]
    for pat in (_GT, _LT, _EQ):
        m = pat.search(phrase)
        if m:
            phrase = phrase[: m.start()]
            break
    lead = _MEASURE_LEAD.match(phrase)
    if lead:
        phrase = phrase[lead.end():]
    return phrase.strip().lstrip("、和及与").rstrip("都均已也还就"), cut


def _comparator(before: str, after: str) -> str:
    if after.startswith("以上") or after.startswith("多"):
        return ">="
    if after.startswith("以下"):
        return "<="
    if _GT.search(before):
        return ">"
    if _LT.search(before):
        return "<"
    return "="


#: full-width ASCII (２００１年, １５．３％) folded to half-width, one character for one, so the
#: number patterns read it and every offset still points into the document
_HALF_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
#: the same folding as (full-width, half-width) pairs
_HALF_WIDTH_PAIRS = tuple((chr(cp), chr(to)) for cp, to in _HALF_WIDTH.items())


def _half_width(text: str) -> str:
    """``text.translate(_HALF_WIDTH)``, one ``str.replace`` per full-width character present.

    Why: ``str.translate`` looks each character of the document up in the table, which cost
    more than the rest of this extractor; a document holds only a few of the 95 characters,
    and finding and replacing one is a fast C scan. Each maps to one character of its own,
    so replacing them one after another gives what one translation gives.
    """
    for full, half in _HALF_WIDTH_PAIRS:
        if full in text:
            text = text.replace(full, half)
    return text


#: a Chinese numeral with its magnitudes, as government reports write amounts (三亿六千万,
#: 八十五万六千, 二百零五万四千); 多 may stand before a magnitude (六亿三千多万)
_CN_RUN = re.compile(r"[一二两三四五六七八九十百千万亿零〇○]+(?:多[万亿]+)?")
_CN_AFTER = re.compile(rf"\s*(?P<approx>多|余)?(?P<unit>个百分点|{_BASE_UNIT})?")
_UNIT_AT = re.compile(r"千(?:瓦|米|克)")
_CN_FIGURE = re.compile("[一二两三四五六七八九]")
#: what says a figure in tenths (两成, 近七成, 占全国9成) is a share: a word of ratio or of amount
#: among the few characters before it
_TENTHS_BEFORE = re.compile(r"占|比|率|达|近|约|超|不足|不到|逾|到|至|降|升")
#: what 成 opens instead of a share: 成为, 成立, 成功, 成员, 一成不变 …
_NOT_TENTHS = re.compile(r"成(?:为|立|功|员|本|绩|果|熟|长|效|不变|型|片|套|品|交|就|都)")


def _tenths(text: str, s: int, end: int) -> str | None:
    """近两成, 占全国9成 -> "20", "90" (per cent): one numeral before 成, after a word of share."""
    run = text[s:end]
    if len(run) != 1 or _NOT_TENTHS.match(text, end) or not _TENTHS_BEFORE.search(text, max(0, s - 4), s):
        return None
    if run.isdigit():
        n = int(run)
    elif run in "一二两三四五六七八九":
        n = cn_to_int(run.replace("两", "二")) or 0
    else:
        return None
    return str(10 * n) if n else None


def _chinese_amount(text: str, s: int) -> tuple[str, str, bool, int] | None:
    """(value, unit, approximate, end) of the Chinese amount at ``s``, or None when it is none.

    The value is counted in the numeral's last magnitude, which goes into the unit as with
    Arabic figures (三亿六千万吨 -> 36000 万吨, as 3.6亿吨 reads 3.6 亿吨). Without 万 or 亿 a
    Chinese numeral is a count only before 次, 倍 or 个百分点 (三个, 一名 are not statistics), or
    a number of ten or more written in two characters or more before a count of people or units
    (二十一个党员, 三百多户).
    """
    m = _CN_RUN.match(text, s)
    assert m is not None  # _NUMBER matched a Chinese numeral here
    run = m.group()
    if text.startswith("成", m.end()):
        tenths = _tenths(text, s, m.end())
        return None if tenths is None else (tenths, "%", False, m.end() + 1)
    if run[-1] == "千" and _UNIT_AT.match(text, m.end() - 1):
        run = run[:-1]  # 一千九百五十万千瓦: the 千 of 千瓦 is the unit's
    approx = "多" in run
    digits = run.replace("多", "")
    mag = next((x for x in ("万亿", "亿", "万") if digits.endswith(x)), "")
    value = cn_to_int(digits, strict=True)
    after = _CN_AFTER.match(text, s + len(run))
    base = after.group("unit") or ""
    counted = len(digits) >= 2 and value is not None and value >= 10 and base in _CN_COUNT_UNITS
    if value is None or not (mag or base in ("次", "倍", "个百分点") or counted) or not (mag or base):
        return None
    scale = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "": 1}[mag]
    amount = value / scale
    return f"{amount:g}" if amount != int(amount) else str(int(amount)), mag + base, approx or bool(after.group("approx")), after.end()


def extract(ctx: DocContext) -> Iterator[Item]:
    text = _half_width(ctx.doc.text)
    index = SentenceIndex(ctx.sentences)
    agents_by_sent: dict[int, list[Mention]] = {}
    seen_by_sent: dict[int, list[Mention]] = {}  # every place and organisation, located or not
    for m in sorted(ctx.mentions, key=lambda m: m.start):
        if m.kind in (Kind.PLACE, Kind.ORGANIZATION):
            if m.kind == Kind.ORGANIZATION and _PASSIVE.search(text, max(0, m.start - 3), m.start):
                continue  # 25项改革经验获中央改革办推广: who acknowledged them, not whose they are
            if not _located_by(text, m, seen_by_sent.get(m.sent_index)):
                agents_by_sent.setdefault(m.sent_index, []).append(m)
            seen_by_sent.setdefault(m.sent_index, []).append(m)
    dominant = dominant_places(ctx)
    # (sentence, where its text ends, measure, its action verb when the measure is that verb and
    # the object after the number) of the previous statistic
    last: tuple[int, int, str, str] = (-1, -1, "", "")
    home = report_place(ctx)
    scoped: tuple[int, Mention | None] = (-1, None)  # (sentence, subject) of the last 全村/全县… figure
    taken_to = 0  # end of the last amount read: a longer Chinese numeral may run past its match
    in_tables: set[int] = set()
    for item in (*_table_figures(ctx, agents_by_sent), *_field_figures(ctx, index, agents_by_sent)):
        if isinstance(item, Mention):
            in_tables.add(item.start)
        yield item
    for m in _NUMBER.finditer(text):
        s, e = m.start(), m.end()
        if s < taken_to or s in in_tables:
            continue  # 六千万吨 inside 三亿六千万吨; a table's cell, read with its column's heading
        num, unit, approx = m.group("num"), m.group("unit"), bool(m.group("approx"))
        if len(unit) > 2 and unit[1] in "余多" and unit[0] in "万亿千百":
            unit, approx = unit[0] + unit[2:], True
        chinese = not num[0].isdigit()
        if chinese:
            amount = _chinese_amount(text, s)
            if amount is None:
                continue
            num, unit, approx, e = amount
        sent = index.at(s)
        if sent is None or e > sent.end:
            continue
        prev = text[s - 1:s] if s > 0 else ""
        nxt = text[e:e + 2]
        if prev in "第[［.．" or prev.isdigit() or nxt[:1] in "年月日号届]］级" or unit in ("个", "名", "人") and nxt[:1] in "月小":
            continue
        if unit.endswith("个") and (span := next((w for w in ("工作日", "工日", "季度", "星期") if text.startswith(w, e)), None)):
            unit, e = unit + span, e + len(span)  # 5个工作日回访, 连续16个季度: a time, in its own unit
        if prev == "+" and text[s - 2:s - 1].isascii() and text[s - 2:s - 1].isalpha():
            continue  # 省内T+1次晨达: a delivery time's name
        if chinese and unit == "次" and nxt[:1] not in _CLAUSE_ENDS:
            continue  # 一次会议, 再一次: an article, not a count (汇总一次。 is a count)
        if (unit == "岁" and not _AVERAGE_AGE.search(text, max(sent.start, s - 8), s)) or nxt.startswith(
                ("岁", "以上党员")):
            continue  # 45岁以上党员, 62岁的老党员: a threshold, a person's age; 平均年龄51.3岁 is a figure
        if unit.endswith(("小时", "分钟")) and (prev in "“\"" or "\u4e00" <= nxt[:1] <= "\u9fff" and nxt[:1] not in "以内左的之缩减降提增延压"):
            continue  # “15分钟”生活圈, 1小时经济圈, 240小时过境免签: a name; 缩短到6小时以内 is a figure
        if unit == "成":  # (a Chinese one was read by _chinese_amount)
            tenths = _tenths(text, s, s + len(num))
            if tenths is None:
                continue  # 3000成功: not a share
            num, unit = tenths, "%"
        if unit in ("万", "亿", "万亿") and chinese and (
                prev in "“‘「『《\""
                or ("\u4e00" <= nxt[:1] <= "\u9fff" and nxt[:1] != "的" and not _CN_FIGURE.search(text, s, e))):
            # 千万工程, “百千万”行动, 千万不能: a name or an adverb that reads as an amount;
            # 八亿农民, 五千万党员 (a figure before the magnitude) are amounts
            continue
        taken_to = e
        value_f = float(num.replace(",", ""))
        value = f"{value_f:g}"
        unit = _UNITS.get(unit, unit)
        near = max(sent.start, s - _CMP_REACH)  # a comparator word ends right before the number
        comparator = ">" if approx else _comparator(text[max(sent.start, s - 4):s], text[e:e + 2])
        cmp_start = s
        for pat in (_GT, _LT, _EQ):
            cm = pat.search(text, near, s)
            if cm:
                cmp_start = cm.start()
                break
        growth = _GROWTH_AFTER.search(text, max(sent.start, s - 3), s)
        # 2022年，满意度由2019年的71%提高到92%: a year after 由/从 is the first value's only
        years = [y for y in _YEAR.finditer(text, sent.start, s)
                 if not (y.start() > 0 and text[y.start() - 1] in "由从" and last[0] == sent.index and y.end() <= last[1])]
        if growth and last[0] == sent.index and last[1] == growth.start():
            # 地区生产总值：1110.60亿元（+5.7%）: the growth of the figure just before
            measure = last[2] + "增长"
            if growth.group("sign") == "-":
                value = f"-{value}"
        elif text.startswith("的", e):
            stop = _CLAUSE.search(text, e + 1, sent.end)
            measure = text[e + 1: stop.start() if stop else sent.end][:24]
        elif last[0] == sent.index and _SAME_MEASURE.match(text[last[1]:s]):
            # 分别增长8.7%、31.5%和32.3%: one measure, several values; 建设10个县级…中心、60个乡镇…中心:
            # one verb, each number with its own object
            measure = last[3] or last[2]
        elif last[0] == sent.index and last[2] and _FROM_THEN_TO.fullmatch(text, last[1], s):
            measure = last[2]  # 满意度由2019年的71%提高到92%: the same measure, later
        else:
            floor = last[1] if last[0] == sent.index and last[1] < s else sent.start
            measure, _ = _measure_before(text, s, floor)
        year = years[-1].group(1) if years else ""
        agents = [a for a in agents_by_sent.get(sent.index, []) if a.end <= s]
        stated = True
        if not agents and home is None:
            # a place named in one of the few sentences before, same paragraph; an organisation
            # that far back is usually the actor of another fact, not what the number measures.
            # Not in a report on a unit's work: a place named before is an example there (武汉、
            # 襄阳…), and the report's figures are its unit's (the title's place, below)
            stated = False
            para = sent.paragraph
            i = sent.index - 1
            while i >= 0 and sent.index - i <= _PARAGRAPH_REACH and ctx.sentences[i].paragraph == para and not agents:
                agents = [a for a in agents_by_sent.get(i, []) if a.kind == Kind.PLACE]
                i -= 1
        places = [a for a in agents if a.kind == Kind.PLACE]
        places = [p for p in places if p.subtype != "region"] or places  # the county, not the mountains it is in
        subject = (places or agents)[-1] if agents else None
        scope = _SCOPE.match(measure)
        if scope is not None:
            # 战旗村位于成都市郫都区…，全村共有农户529户: 全村 is the village named last
            levels = _SCOPE_LEVELS[scope.group(1)]
            level = [p for p in places if place_level(p) in levels]
            if level:
                subject = level[-1]
            elif home is not None and place_level(home) in levels:
                subject, stated = home, False  # 全市 in 重庆市's report
            elif (wide := next((dominant[lv] for lv in levels if lv in dominant), None)) is not None:
                subject, stated = wide, False  # 全县 in a paper on one county: that county
            scoped = (sent.index, subject)
        elif scoped[0] == sent.index and scoped[1] is not None and not any(
                a.start > last[1] for a in agents if last[0] == sent.index):
            subject = scoped[1]  # …，党员86名: the clause goes on about 全村
        how = "statistics.subject_sentence" if stated else "statistics.subject_paragraph"
        if subject is None and home is not None and not _WIDER.match(measure):
            subject, how, stated = home, "statistics.subject_title", False  # a report's figure is its unit's
        if subject is not None and measure.startswith(subject.text):
            measure = measure[len(subject.text):].lstrip("的")
        measure = _FROM_TAIL.sub("", _MEASURE_TAIL.sub("", measure))
        if last[0] == sent.index and last[2] and _BARE_CHANGE.fullmatch(measure):
            # 地区生产总值5.4万亿元，比上年增长5.4%: the change of the figure before
            measure = _CHANGE_END.sub("", last[2]) + measure
        reach = e  # where the next figure's measure may begin
        verb = ""
        if (measure and _ACTION.fullmatch(measure)) or (not measure and _OBJECT_AFTER.match(text, e)
                                                         and _HAVE.search(text, max(sent.start, s - 3), s)):
            # 新建1000个便民服务点: what the verb did; 南光社区共有620名报到党员: what the place has
            # 新建1000个便民服务点, 实施167项改革: what the verb did is named after the number
            obj = _OBJECT_AFTER.match(text, e)
            if obj is not None:
                verb, measure, reach = measure, measure + obj.group(1), obj.end()
        if not measure or _VERB_ONLY.match(measure):
            continue
        last = (sent.index, reach, measure, verb)
        figures = [(cmp_start if sent.start <= cmp_start < s else s, e, value, comparator)]
        low = _RANGE_START.search(text, max(sent.start, s - 12), s)
        if low is not None and comparator == "=":
            # 每名党员联系10至15户: a range, its bounds two figures of one measure and unit
            figures = [(low.start("a"), low.end("a"), f"{float(low.group('a')):g}", ">="), (s, e, value, "<=")]
            if text.startswith("%", low.end("a")):
                figures = figures[1:]  # 5%—5.5%: the first bound, with its unit, was read already
        for start, end, val, cmp in figures:
            yield from _figure(ctx, sent, start, end, subject, measure, val, unit, year, cmp, how, stated)



#: a table's column that holds no measure: its row's number, rank, or a date
_NOT_A_MEASURE = re.compile(r"^(?:序号|编号|序|No\.?|排名|名次|排序)$|年份|年度$|时间|时限|日期|年月|出生|电话|号码")
#: a heading's unit in brackets (集体经济收入（万元）, 占比(%))
_HEADING_UNIT = re.compile(r"\s*[（(](?P<u>[^（）()]{1,6})[）)]\s*$")


def _table_figures(ctx: DocContext, agents_by_sent: dict[int, list[Mention]]) -> Iterator[Item]:
    """The figures of a text table (graph.extract._tables): each number of a column whose heading
    names a measure is that measure's value for the row's subject, the place or organisation
    named in the row (禾川镇 | 6 | 312.5: 2023年经营性收入总额, 312.5, 万元, 禾川镇). The unit is
    the heading's bracket (万元), or % written in the cell."""
    text = ctx.doc.text
    for table in tables(ctx):
        columns: list[tuple[int, str, str, str]] = []  # (column, measure, unit, year)
        for j, head in enumerate(table.heading):
            if _NOT_A_MEASURE.search(head):
                continue
            unit_m = _HEADING_UNIT.search(head)
            measure = head[:unit_m.start()] if unit_m else head
            year = _YEAR.search(measure)
            unit = unit_m.group("u") if unit_m else ""
            columns.append((j, measure.strip(), "" if unit in ("%", "％") else unit, year.group(1) if year else ""))
        for row in table.rows:
            subject = next((m for k in dict.fromkeys(row.sents[:2]) for m in agents_by_sent.get(k, ())
                            if any(a <= m.start and m.end <= b for a, b in row.cells[:2])), None)
            for j, measure, unit, year in columns:
                sent = ctx.sentences[row.sents[j]]
                a, b = row.cells[j]
                cell = text[a:b]
                if not NUMBER_CELL.fullmatch(cell):
                    continue
                comparator = {"<": "<", ">": ">", "≤": "<=", "≥": ">=", "约": "="}.get(cell[0], "=")
                num = cell.lstrip("<>≤≥约")
                pct = num.endswith("%")
                value = f"{float(num.rstrip('%').replace(',', '')):g}"
                yield from _figure(ctx, sent, a, b, subject, measure, value, "%" if pct else unit, year, comparator,
                                   "statistics.subject_sentence" if subject is not None else "statistics.table", True)


#: a form's field whose label carries the unit and whose value is a bare number (总投资（万元）：486,
#: 预计年收益（万元）：41.5), a line of its own
_FIELD_FIGURE = re.compile(r"^[ \t\u3000]*(?P<m>[\u4e00-\u9fff]{2,16}?)\s*[（(](?P<u>(?:万|亿|千)?元|万人|亩|户|人次|人|名|个|家|"
                           r"[%％]|平方米|㎡|公顷|吨|公里|千米|米|次|件|项|所|座|套|台|辆|头|只|千瓦|公斤|千克|斤|岁|小时|天)[）)]"
                           r"\s*[:：]\s*(?P<n>(?!0\d)\d+(?:,\d{3})*(?:\.\d+)?)[ \t\u3000]*$", re.M)
#: lines up from a field to the place or body its block is about (项目名称：澄潭村…项目 / 实施村：澄潭村)
_FIELD_REACH = 10


def _field_figures(ctx: DocContext, index: SentenceIndex, agents_by_sent: dict[int, list[Mention]]) -> Iterator[Item]:
    """The figures of a form's fields (总投资（万元）：486): the label is the measure, its bracket
    the unit; about the last place or body named in the lines above it, within its block."""
    text = ctx.doc.text
    for m in _FIELD_FIGURE.finditer(text):
        sent = index.at(m.start("n"))
        if sent is None or _NOT_A_MEASURE.search(m.group("m")):
            continue
        subject = next((a for i in range(sent.index, max(-1, sent.index - _FIELD_REACH), -1)
                        for a in reversed(agents_by_sent.get(i, ()))), None)
        unit = m.group("u")
        value = f"{float(m.group('n').replace(',', '')):g}"
        year = _YEAR.search(m.group("m"))
        yield from _figure(ctx, sent, m.start("n"), m.end("n"), subject, m.group("m"), value,
                           "%" if unit in ("%", "％") else unit, year.group(1) if year else "", "=",
                           "statistics.subject_paragraph" if subject is not None else "statistics.table", subject is not None)


def _figure(ctx: DocContext, sent: Sentence, start: int, end: int, subject: Mention | None, measure: str, value: str,
            unit: str, year: str, comparator: str, how: str, stated: bool) -> Iterator[Item]:
    """One figure's mention, and what it is about."""
    sym = {"=": "", ">": ">", "<": "<", ">=": ">=", "<=": "<="}[comparator]
    label = " ".join(x for x in (subject.label if subject else "", measure, f"{sym}{value}{unit}") if x)
    key = "stat-" + stable_hash(subject.key if subject else "", measure, value, unit, year, comparator)
    attrs = {"measure": measure, "value": value, "unit": unit, "comparator": comparator}
    if year:
        attrs["year"] = year
    if subject is not None:
        attrs["subject"] = subject.key
    yield make_mention(ctx.doc, start=start, end=end, sent_index=sent.index, kind=Kind.STATISTIC, key=key,
                       label=label, rule="statistics.number", subtype="percentage" if unit == "%" else None,
                       confidence=0.8, attrs=tuple(sorted(attrs.items())))
    if subject is not None:
        yield RelationMention(
            subject_kind=Kind.STATISTIC, subject_key=key, predicate=Predicate.ABOUT, object_kind=subject.kind,
            object_key=subject.key,
            prov=Provenance(doc_id=ctx.doc.id, sent_index=sent.index, start=sent.start, end=sent.end,
                            rule=how, confidence={"statistics.subject_sentence": 0.8,
                                                  "statistics.subject_paragraph": 0.5}.get(how, 0.3),
                            stated=stated))
