"""Problems a place is said to face (Kind.PROBLEM and Predicate.FACES), from the text only.

The genre states problems as a subject with a verdict (服务能力不高, 地理位置偏远, 交通不便,
经济落后, 文化水平低, 名额受限), as 缺乏X, or as -化 words of decline with the noun they
are said of (党员“老龄化”, 党组织“空心化”: the problem is 党员老龄化, also called 老龄化).

Where a problem starts is found from the grammar, not from a fixed width: after the place
named just before it (湘西州农村基层党组织结构不合理 -> 基层党组织结构不合理), after an edge
word (的, 其, 导致 …), after scene words (农村, 地区, 少数 …), and always at a word boundary.
Problems are also read whatever their words where the document's layout says they are
problems: each clause of a point's heading in a section on problems (三、存在问题 / （一）…，…),
and each clause after a colon announcing shortcomings (还存在不少短板：A，B；C。).

A problem becomes a FACES relation of the place named before it in its sentence (stated);
else of the one place named in the sentences just before, same paragraph (not stated, lower
confidence); else, in a passage that opens on difficulties (还存在不少困难和问题：…), of the
place the document's title names (a province's report: its problems), of each of the places
it names together (乐业县、凌云县), or of the unit it speaks of as 全县 or 我县. Called by
``relations`` (it runs last and sees the places). Imports the model only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from graph.extract._text import SentenceIndex, find_quotes, fold, han_run_matches
from graph.extract._title import dominant_places, own_unit_place, report_place, subtitle_sentence, title_sentence
from graph.extract._speakers import speaker_places
from graph.extract._words import WordStarts
from graph.model import Kind, Mention, Predicate, Provenance, RelationMention, Sentence, make_mention
from graph.pipeline import DocContext, Item

_HAN = r"\u4e00-\u9fff"
#: verdicts the lists below share: a loss of people or land (劳动力外流, 耕地撂荒), a body gone slack
#: (软弱涣散, 纪法意识淡薄), troubles that recur (矛盾纠纷频发), and the hardships named X难 (停车难,
#: 看病难, 融资难), not 难度 or 难以
_MORE_VERDICTS = (r"外流|撂荒|涣散|淡薄|频发|(?:停车|看病|就医|办事|融资|贷款|吃饭|用工|招工|销售|出行|上学|就业|增收|养老|"
                  r"管理|监管|发展)难(?![度以题点处])")
_VERDICT = re.compile(
    rf"[{_HAN}]{{2,10}}?(?:不高|不合理|不足|不强|不便|落后|偏远|困难|弱化|薄弱|滞后|缺失|不够|受限|不畅|不到位|不健全|"
    rf"不完善|不规范|不充分|匮乏|短缺|断层|流失|单一|老化|流于形式|走过场|议而不决|不明显|不平衡|不均衡|不紧密|不深入|"
    rf"松散|陈旧|后继乏人|紧张|偏低|不透明|偏大|偏窄|偏弱|偏少|跟不上|底子薄|基础弱|基础差|能力弱|"
    rf"{_MORE_VERDICTS}|(?:流动党员|外出务工人员|外出人员|留守人员)(?:偏|较|很|普遍)?多|"
    rf"(?:水平|素质|收入|积极性|主动性|比例)(?:偏|较|很|普遍)?(?:低|弱|差))(?![{_HAN}]{{0,1}}(?:的问题|问题))?"
)
#: what completes a verdict right after it: the bound of 不足 (不足1500元, 不足40人) or what is 不够
#: (不够稳定, 不够完善)
_VERDICT_REST = re.compile(r"(?<=不足)\d+(?:\.\d+)?(?:万|亿)?(?:元|人|户|个|名|%|亩|岁)|(?<=不够)(?:稳定|完善|健全|到位|有力|"
                           r"紧密|充分|及时|规范|明确|深入|精准|灵活|顺畅|透明|均衡|明显|扎实|牢固|优|深|实|细|强)"
                           r"|(?<=低)于\d+(?:\.\d+)?(?:万|亿)?(?:元|人|户|个|%)")
#: (收入低|于10万元, 结构不够|优) and how bad a decline is, right after it (同质化|严重)
_DEGREE = re.compile(r"严重|突出|明显|加剧")
#: a count's measure word, and the number right before it (21个村…)
_COUNTERS = "个名户家所岁"  # (35|岁以下后备力量储备不足: an age is part of the fault too)
_COUNT_BEFORE = re.compile(r"\d+(?:\.\d+)?$")
_LACK = re.compile(r"缺乏(?:(?:有效|稳定|必要|足够|长效)的?)?[^，,。；;、的“”\s]{2,8}?(?=[，,。；;、]|$|导致|造成|等)")
# -化 words of decline, quoted or not, with the noun before them
_DECLINE = re.compile(r"[“「\"]?(?P<q>老龄化|空心化|空壳化|同质化|边缘化|虚化|淡化|弱化|形式化|行政化|碎片化|老化)[”」\"]?")
_EDGE = re.compile(r"[，,。；;：:、（）()“”\"]|的|是|其|在|和|与|及|由于|导致|造成|使得|存在|面临|面对|发现|显示|受|对|把|将|"
                   r"但是|但|然而|却|(?<=\d{4})年(?:以来|前|底|初|末)?")  # (…建了起来，但作用发挥不够明显: the problem starts after 但; not 而: 建而不强)
_SCENE = re.compile(r"(?:(?:近年来|近些年来?|近几年来?|多年来|长期以来|目前|当前|过去|以往|以前|此前|原来|本人|农村|城市|城镇|县城|地区|全州|全县|全市|全省|全区|全镇|全乡|全村|我省|我市|我区|我县|我州|少数|部分|一些|不少|个别|相当|比较|"
                    r"较为|十分|非常|普遍|仍然|仍|还)(?:(?<=少数|部分|一些|不少|个别)[村镇乡])?)+")
#: scene words right before a problem's start (what :meth:`_Finder.left` skips)
_SCENE_BEFORE = re.compile("(?:" + _SCENE.pattern + ")$")
_FILLER = re.compile(r"仍然|仍|还|呈现|出现|有所|一定程度上|较为|比较|相当|十分|非常")
_REACH = 3
# a problem being solved is the object of a remedy, not a state the place is in: 解决群众困难
_SOLVED = re.compile(r"解决|克服|破解|缓解|帮助|排除|化解")
# a sentence that announces problems (还面临不少困难, 正视困难) names none of them
_ANNOUNCED = re.compile(r"(?:面临|存在|正视|直面|看到|遇到)(?:着|了)?(?:不少|一些|许多|很多|诸多)?(?:的)?(?:困难|问题|挑战)"
                        r"|有(?:不少|一些|许多|很多|诸多)(?:困难|问题|挑战)")
_OWNER_DE = re.compile(rf"[{_HAN}]{{2,4}}?的")
_HAN_RUN = re.compile(rf"[{_HAN}]+")
#: characters: the longest noun read as what a quoted fault is said of (村级集体经济“底子薄”)
_OWNER_MAX = 8

# every _VERDICT match holds one of these verdicts (see _text.han_run_matches); each
# alternative opens with a character (no group), so the engine finds them by a C scan
_VERDICT_WORD = re.compile(
    r"不高|不合理|不足|不强|不便|落后|偏远|困难|弱化|薄弱|滞后|缺失|不够|受限|不畅|不到位|不健全|不完善|不规范|匮乏|短缺|"
    r"断层|流失|单一|老化|流于形式|走过场|议而不决|不明显|不平衡|不均衡|不紧密|不深入|松散|陈旧|后继乏人|紧张|偏低|不透明|"
    r"偏大|偏窄|偏弱|偏少|跟不上|底子薄|基础弱|基础差|能力弱|" + _MORE_VERDICTS + "|"
    + "|".join(w + r"(?:偏|较|很|普遍)?多" for w in ("流动党员", "外出务工人员", "外出人员", "留守人员")) + "|"
    + "|".join(w + r"(?:偏|较|很|普遍)?(?:低|弱|差)" for w in ("水平", "素质", "收入", "积极性", "主动性", "比例"))
)
# the -化 words alone: a _DECLINE match is one of them with an optional quote on each side
_DECLINE_WORD = re.compile(r"老龄化|空心化|空壳化|同质化|边缘化|虚化|淡化|弱化|形式化|行政化|碎片化|老化")
_OPEN_QUOTES = "“「\""
#: verdicts that stand before a noun as often as after their subject (陈旧的工作机制)
_ATTRIBUTIVE = ("陈旧", "松散", "紧张", "偏低", "透明")
#: what says a quoted -化 word is found, right before its quote (存在“空壳化”)
_FOUND_VERB = re.compile(r"(?:存在|出现|呈现|有)$")
#: the nouns that name what a quote before them is: a fault (…的问题, …现象, …倾向)
_FAULT_NOUN = r"的?(?:问题|现象|倾向|情况|窘境|困境|弊端|短板)"
#: a quoted fault named as such: “各自为战”的问题, “会管理、不会经营”的现象, “空壳化”倾向
_QUOTED_FAULT = re.compile(rf"[“「\"](?P<q>[^“”「」\"\n]{{2,16}})[”」\"]{_FAULT_NOUN}")
#: a quoted fault a place is said to be in: 存在“重登记、轻运用”, 一度陷入“无人管”, 远近闻名的“穷山沟”
_IN_QUOTED_FAULT = re.compile(r"(?:存在|存在着|出现|出现了|陷入|陷入了|面临|面临着|沦为|闻名的|有名的|出名的)"
                              rf"[“「](?P<q>[^“”「」\n]{{2,16}})[”」](?!{_FAULT_NOUN})")
#: a problem an inspection fed back, quoted in the heading of its rectification (关于“…”问题)
_FEEDBACK = re.compile(r"关于[“「](?P<q>[^“”「」\n]{4,80})[”」]的?问题")
_FEEDBACK_SEP = "，,、；;"
#: characters: the shortest clause of a fed-back problem read as a problem of its own
_FEEDBACK_ITEM_MIN = 4
#: a state a measure is taken against (针对外出党员多的实际, 针对群众办事难的问题): what it answers is
#: a problem the place has; a scene word before it is not part of it (针对村里留守老人多的实际)
_ADDRESSED = re.compile(r"针对(?:村里|村上|当地|辖区|全村|本村|全镇|全县|群众反映的?)?"
                        r"(?P<p>[\u4e00-\u9fff、]{3,16}?)的?(?:实际|现状|问题|难题|短板|痛点|难点|困境)")
#: what opens a reference back, not a problem (针对这些实际问题, 针对上述问题, 针对当前形势的新问题)
_NOT_A_FAULT = ("这", "那", "该", "此", "上述", "以上", "前述", "当前", "新", "不同", "各", "每", "我", "你", "他")
#: the end of who found the problems, not what they are (针对巡视指出的问题)
_SAID_BY = ("指出", "反映", "提出", "发现", "反馈", "存在", "查摆", "查找")
#: problems listed after the verb that says a place faces them: 面临A、B、C等问题
_LISTED = re.compile(r"(?:面临|存在|出现|暴露出|面对)(?:着|了)?(?P<list>[^。；;，,：:“”]{4,60}?)等(?:突出)?"
                     r"(?:问题|难题|困难|短板|瓶颈|挑战|不足|困境|难点|痛点)")


#: a problem said to be one and to persist, whatever its words: 党员干部作风不实的问题仍然存在,
#: 人才短缺问题还比较突出, …的问题亟待破解 (the words before 问题, from the clause's start: see
#: :func:`_stated`; this pattern, matched where 问题 stands, is what follows them)
_STATED_TAIL = re.compile(r"问题(?:还|仍|仍然|依然|依旧|比较|较为|十分|更加|日益|越来越|也)*"
                          r"(?:突出|明显|严重|存在|亟待(?:解决|破解)|没有(?:得到)?根本(?:解决|扭转)|尚未(?:得到)?根本解决)")
_CLAUSE_MARKS = frozenset("，,。；;：:“”") | frozenset(" \t\r\n\u3000")
#: characters: the longest problem read before 问题
_STATED_MAX = 24


def _stated(text: str) -> Iterator[tuple[int, int]]:
    """The spans of what is said to be a persisting problem (see _STATED_TAIL): from the start
    of its clause (at most _STATED_MAX characters back) to 问题 (or the 的 before it), at least
    three characters. Found from each 问题 with its tail, then backwards: a pattern with a lazy
    prefix tried at every position of a document cost ten times more."""
    for m in _STATED_TAIL.finditer(text):
        end = m.start() - 1 if text[m.start() - 1:m.start()] == "的" else m.start()
        start = end
        while start > 0 and end - start < _STATED_MAX and text[start - 1] not in _CLAUSE_MARKS:
            start -= 1
        if end - start >= 3:
            yield start, end


def _declines(text: str) -> Iterator[re.Match[str]]:
    """What ``_DECLINE.finditer(text)`` yields, matched only where a -化 word is.

    The words never overlap (化 ends each and begins none), so each occurrence starts one
    match: with the opening quote right before it, unless the previous match took that mark.
    """
    pos = 0
    for w in _DECLINE_WORD.finditer(text):
        s = w.start()
        if s < pos:
            continue
        if s - 1 >= pos and text[s - 1] in _OPEN_QUOTES:
            s -= 1
        m = _DECLINE.match(text, s)
        assert m is not None
        yield m
        pos = m.end()


class _Finder:
    def __init__(self, ctx: DocContext, of: Callable[[int, tuple[Kind, ...]], list[Mention]]) -> None:
        self.ctx = ctx
        self.text = ctx.doc.text
        self.of = of
        self.index = SentenceIndex(ctx.sentences)
        self._words: dict[int, WordStarts] = {}

    def left(self, start: int, end: int, sent_index: int) -> int:
        """Start of the problem: after the last place, edge word or scene word, at a token start."""
        text = self.text
        pos = start
        for m in _EDGE.finditer(text, max(0, start - 1), end - 2):
            pos = m.end()
        for p in self.of(sent_index, (Kind.PLACE,)):
            if pos <= p.end < end - 1 and p.start < end:
                pos = p.end + (text[p.end:p.end + 1] == "等")  # (浙源乡、大鄣山乡等|偏远乡镇…)
        scene = _SCENE.match(text, pos, end)
        if scene and scene.end() > pos:
            pos = scene.end()  # a word boundary already (农村|党员): no snapping
            if text[pos - 1:pos] != "的" or pos - 1 <= start:
                return pos
        if text[pos - 1:pos] == "的" and pos - 1 > start:
            # 恩施州农村党员的文化水平低: the short noun before 的 is what the verdict is about
            owner = self.left(max(0, pos - 7), pos, sent_index)
            if 2 <= pos - 1 - owner <= 4:
                return owner
        # the first word start at or after pos (before end); jieba cuts only the run there
        sent = self.ctx.sentences[sent_index]
        words = self._words.get(sent_index)
        if words is None:
            words = self._words[sent_index] = WordStarts(sent)
        first = words.first(pos - sent.start, end - sent.start)
        return sent.start + first if first is not None else pos

    def owned(self, quote: int, fault: str) -> tuple[str, ...]:
        """The quoted fault with the noun it is said of right before its quote, as another
        name: 村级集体经济“底子薄”的问题 is also 村级集体经济底子薄 (a reader names it either way)."""
        sent = self.index.at(quote)
        if sent is None or quote - sent.start < 2:
            return ()
        s = self.left(max(sent.start, quote - _OWNER_MAX), quote + 1, sent.index)
        owner = self.text[s:quote]
        return (owner + fault,) if 2 <= len(owner) and _HAN_RUN.fullmatch(owner) else ()

    def spans(self) -> Iterator[tuple[int, int, str, tuple[str, ...]]]:
        text = self.text
        for m in _FEEDBACK.finditer(text):
            # 关于“部分村党组织软弱涣散，政治功能和组织功能发挥不充分”问题: each clause a problem fed back
            for a, b in _items(text, m.start("q"), m.end("q"), _FEEDBACK_SEP):
                if _FEEDBACK_ITEM_MIN <= b - a:
                    yield a, b, "problems.feedback", (text[a:b],)
        yield from self.headings()  # (before the verdicts: a verdict inside a point's heading is part of it)
        yield from self.announced()
        for m in _QUOTED_FAULT.finditer(text):
            yield m.start("q"), m.end("q"), "problems.quoted", (m.group("q"), *self.owned(m.start(), m.group("q")))
        for m in _IN_QUOTED_FAULT.finditer(text):  # (a fault named as such is read just above)
            yield m.start("q"), m.end("q"), "problems.quoted", (m.group("q"),)
        for m in _ADDRESSED.finditer(text):
            if m.group("p").startswith(_NOT_A_FAULT) or m.group("p").endswith(_SAID_BY):
                continue
            items = _items(text, m.start("p"), m.end("p"))  # 针对流动党员多、集中学习难的实际: two
            if not all(b - a >= 3 for a, b in items):
                items = [m.span("p")]
            for a, b in items:
                yield a, b, "problems.addressed", (text[a:b],)
        for m in _LISTED.finditer(text):
            items = _items(text, m.start("list"), m.end("list"))
            if len(items) >= 2 and all(2 <= b - a <= 12 for a, b in items):
                for a, b in items:
                    yield a, b, "problems.listed", (text[a:b],)
        for pat, rule, found in ((_VERDICT, "problems.verdict", han_run_matches(_VERDICT, _VERDICT_WORD, text)),
                                 (_LACK, "problems.lack", _LACK.finditer(text))):
            for m in found:
                sent = self.index.at(m.start())
                if sent is None or m.end() > sent.end:
                    continue
                if pat is _VERDICT and text.endswith(_ATTRIBUTIVE, m.start(), m.end()) and text.startswith("的", m.end()):
                    continue  # 党组织陈旧的工作机制: what qualifies a noun, not a verdict on the subject
                s = self.left(m.start(), m.end(), sent.index) if pat is _VERDICT else m.start()
                if text[s:s + 1] in _COUNTERS and (n := _COUNT_BEFORE.search(text, sent.start, s)) is not None:
                    s = n.start()  # 21|个村年经营性收入低于10万元: how many is part of the fault
                e = m.end()
                if pat is _VERDICT and (more := _VERDICT_REST.match(text, e, sent.end)) is not None:
                    e = more.end()  # 补贴不足|1500元, 经费保障不够|稳定: the verdict goes on
                label = _FILLER.sub("", text[s:e]).replace("的", "", 1) if _OWNER_DE.match(text, s) \
                    else _FILLER.sub("", text[s:e])
                scene = _SCENE_BEFORE.search(text, max(sent.start, s - 8), s)
                wider = _FILLER.sub("", text[scene.start():s]) + label if scene else ""
                # 农村党员年龄偏大, 部分党员汉语水平不高: also named with the scene it is said of
                yield s, e, rule, (label, wider) if len(wider) > len(label) else (label,)
        for m in _declines(text):
            sent = self.index.at(m.start())
            if sent is None or m.end() > sent.end:
                continue
            word = m.group("q")
            s = self.left(max(sent.start, m.start() - 8), m.start() + 1, sent.index)
            noun = text[s:m.start()] if s < m.start() else ""
            if m.group(0)[0] in _OPEN_QUOTES and _FOUND_VERB.search(text, sent.start, m.start()):
                noun = ""  # 少数合作社存在“空壳化”倾向: the word alone, not 合作社存在空壳化
            noun = noun if 2 <= len(noun) <= 6 and "“" not in noun else ""
            start = s if noun else m.start("q")
            end = m.end()
            if m.group(0)[-1] not in "”」\"" and (degree := _DEGREE.match(text, end, sent.end)) is not None:
                end = degree.end()  # 演出服产品同质化严重
                names = (noun + word + degree.group(0), noun + word, word) if noun else (word + degree.group(0), word)
                yield start, end, "problems.decline", names
                continue
            yield start, end, "problems.decline", (noun + word, word) if noun else (word,)
        for start, end in _stated(text):
            sent = self.index.at(start)
            if sent is None or end > sent.end:
                continue
            s = self.left(start, end, sent.index)
            yield s, end, "problems.stated", (_FILLER.sub("", text[s:end]),)

    def announced(self) -> Iterator[tuple[int, int, str, tuple[str, ...]]]:
        """The clauses after a colon that announces problems, to the list's full stop (还存在不少短板：
        县城老旧小区基础设施欠账多，部分红色物业企业收支难以平衡；…。): each a problem, whatever its
        words; not one that gives a figure (the evidence), nor one that turns to the remedy."""
        text = self.text
        for sent in self.ctx.sentences:
            mark = _COLON.search(sent.text)
            if mark is None:
                continue
            colon = mark.start()
            if not _PROBLEM_CUE.search(sent.text, 0, colon) or not _ANNOUNCE_END.search(sent.text, 0, colon):
                continue
            para = self.ctx.paragraphs.get(sent.paragraph, (sent,))
            stop = _LIST_STOP.search(text, sent.start + colon + 1, para[-1].end)
            end = stop.start() if stop else para[-1].end  # (…效果不及预期。对于这些问题，我们…: the remedy)
            for a, b in _items(text, sent.start + colon + 1, end, "，,；;"):
                while a < b and text[a] in " \u3000":
                    a += 1
                if (point := _POINT_HEAD.match(text, a, b)) is not None:
                    a = point.end()  # 一是经济总量不大
                if text[b - 1:b] == "。":
                    b -= 1
                clause = text[a:b]
                if (not _CLAUSE_LEN[0] <= len(clause) <= _CLAUSE_LEN[1] or _DIGIT.search(clause)
                        or _SOLVED.search(clause) or clause.startswith(_NOT_A_CLAUSE)
                        or _DECLINE_WORD.search(clause)):
                    continue  # (农村“空心化”“老龄化”问题突出: two, read by the -化 words)
                if (tail := _STATED_TAIL.search(text, a, b)) is not None:
                    b = tail.start() - (text[tail.start() - 1] == "的")
                elif (tail := _STILL.search(text, a, b)) is not None:
                    b = tail.start()  # “信息多头报、数据重复填”现象|仍然存在
                if b - a < 3:
                    continue
                yield a, b, "problems.announced", _clause_names(text, a, b)

    def headings(self) -> Iterator[tuple[int, int, str, tuple[str, ...]]]:
        """The points of a section on problems (三、存在问题 / （一）“驻村”与“融村”存在落差，少数干部
        “身在村里、心在单位”。): each clause of a point's heading names a problem, whatever its
        words; also named by its quoted words (身在村里、心在单位) and without the scene words
        that open it (干部“身在村里、心在单位”)."""
        ctx = self.ctx
        for para in ctx.paragraphs.values():
            for k, head in enumerate(para):
                # a point opens its paragraph; 一是… may also follow the sentence that announces the
                # points, inside one paragraph (…仍存在一些差距和不足。一是党建引领产业发展的深度不够。二是…)
                m = _POINT_HEAD.match(head.text) if k == 0 else _INLINE_POINT.match(head.text)
                if m is None or len(head.text) > _HEADING_MAX or not (
                        _in_problem_section(ctx, head.paragraph, m) or k == 0 and _announced_points(ctx, head.paragraph)):
                    continue
                yield from self._point(head, m, first_only=k > 0)

    def _point(self, head: Sentence, m: re.Match[str], *, first_only: bool) -> Iterator[
            tuple[int, int, str, tuple[str, ...]]]:
        """The problems a point's heading names: each of its clauses (``first_only``: its first)."""
        text = self.text
        body_start = head.start + m.end()
        body_end = head.end - (1 if head.text.endswith(("。", "；", ";")) else 0)
        clauses = [(a, b) for a, b in _items(text, body_start, body_end, "，,；;") if b > a]
        if first_only:
            clauses = clauses[:1]
        if not 1 <= len(clauses) <= _HEADING_CLAUSES:
            return
        places = self.of(head.index, (Kind.PLACE,))
        for a, b in clauses:
            for p in places:  # 恩施州|农村基层党组织…: the place a point names is its owner, not part of it
                if p.start == a:
                    a = p.end
            if _CAUSE.search(text, a, b) or text.startswith("缺乏", a) or (
                    first_only and _DECLINE_WORD.search(text, a, b)):
                continue  # 结构不合理导致服务能力弱化: cause and effect, read by the verdicts (缺乏…: by the
                # lack, its label folding 的; 四是花木产品同质化竞争加剧 inside a paragraph: by the -化 word)
            if (tail := _STATED_TAIL.search(text, a, b)) is not None:
                b = tail.start() - (text[tail.start() - 1] == "的")  # 党员队伍“老龄化”问题依然突出
            clause = text[a:b].strip()
            if (not _CLAUSE_LEN[0] <= len(clause) <= _CLAUSE_LEN[1] or _SOLVED.search(clause)
                    or _CATEGORY.fullmatch(clause) or _CLOSING_POINT.search(clause) or _ASPECT.search(clause)):
                continue  # (（二）现实困境, （一）基本情况: what the point is about, no problem; 3.4
                # 本章小结: the section's close)
            names = [*_clause_names(text, a, b), *(lack.group(0) for lack in _LACK.finditer(text, a, b))]
            yield a, b, "problems.heading", tuple(dict.fromkeys(names))  # (…建设|缺乏财力保障)


def _clause_names(text: str, a: int, b: int) -> tuple[str, ...]:
    """A problem stated as a clause, named without the scene words that open it (部分红色物业企业
    收支难以平衡 -> 红色物业企业收支难以平衡, 一些村的网格员… -> 网格员…) first, then as written,
    without its quantifier only (部分村集体经济组织… -> 村集体经济组织…), and by its quoted words."""
    names = [text[a:b]]
    scene = _SCENE.match(text, a, b)
    if scene and scene.end() > a and b - scene.end() >= 3:
        rest = scene.end() + (text[scene.end()] == "的")
        names.insert(0, text[rest:b])
    quantifier = _QUANTIFIER.match(text, a, b)
    if quantifier and b - quantifier.end() >= 3:
        names.append(text[quantifier.end():b])
    names += [q.text for q in find_quotes(text, a, b) if len(q.text) >= 3]
    return tuple(dict.fromkeys(names))


#: how a clause says some of its subject have the problem (部分村…): a name without it too
_QUANTIFIER = re.compile(r"少数|部分|一些|不少|个别|有的")


def _items(text: str, start: int, end: int, seps: str = "、") -> list[tuple[int, int]]:
    """A 、-list's items (面临区域发展不平衡、产业同质化、经营人才短缺等问题); ``seps``: the marks
    that part them."""
    out, pos = [], start
    for k in [*(i for i in range(start, end) if text[i] in seps), end]:
        out.append((pos, k))
        pos = k + 1
    return out


def extract(ctx: DocContext, of: Callable[[int, tuple[Kind, ...]], list[Mention]]) -> Iterator[Item]:
    f = _Finder(ctx, of)
    speakers = speaker_places(ctx)
    seen: set[tuple[int, int]] = set()
    for s, e, rule, names in f.spans():
        label = names[0]
        sent = f.index.at(s)
        if (sent is None or e > sent.end or len(label) < 3 or any(a < e and s < b for a, b in seen)
                or _SOLVED.search(ctx.doc.text[max(0, s - 3):e])):
            continue  # (a span read first, quoted or listed, is not read again by a verdict)
        if _ANNOUNCED.search(label) or label.startswith(("问题", "短板", "困难")):
            continue  # 发展还面临不少困难, 我们一定正视困难: what announces problems, not one of them
        seen.add((s, e))
        places = [p for p in of(sent.index, (Kind.PLACE,)) if p.end <= s]
        # 四都乡地处高山台地，陈家铺村等古村落…，但长期面临…: an example of a kind is not the subject
        places = [p for p in places if not ctx.doc.text.startswith("等", p.end)] or places
        stated, conf, how = True, 0.6, rule
        if not places:
            stated, conf, how = False, 0.4, rule + "_paragraph"
            places = _one_place_before(ctx, of, sent.index)
        if not places:
            places = _block_head(ctx, of, sent.paragraph)  # 【三滴水村】 / 存在问题：…: the block's village
        if not places and sent.paragraph in speakers:
            # (短板我们也清楚：旺季停车难…, in a report of several speakers: the speaker's village has it)
            places, how = [speakers[sent.paragraph]], rule + "_speaker"
        if not places and (rule in ("problems.addressed", "problems.heading") or _after_problem_cue(ctx, sent.index)):
            # (a state a measure answers, with no place near it: the document's place has it)
            places, how = _title_place(ctx, of), rule + "_title"
        if not places:
            continue
        problem = make_mention(ctx.doc, start=s, end=e, sent_index=sent.index, kind=Kind.PROBLEM, key=fold(label),
                               label=label, rule=rule, confidence=conf, aliases=tuple(n for n in names[1:] if n != label))
        yield problem
        places = [p for p in places if p.subtype != "region"] or places  # 阜平县, not the 太行山 it lies in
        # (the places a title names together share the problems of the report on them)
        for owner in places if how.endswith("_title") else places[-1:]:
            yield RelationMention(subject_kind=Kind.PLACE, subject_key=owner.key, predicate=Predicate.FACES,
                                  object_kind=Kind.PROBLEM, object_key=problem.key,
                                  prov=Provenance(doc_id=ctx.doc.id, sent_index=sent.index, start=sent.start,
                                                  end=sent.end, rule=how,
                                                  confidence=conf, stated=stated))


#: what opens a passage on the difficulties a report's unit faces (我们也清醒看到，…还存在不少困难
#: 和问题：有效需求不足, …): its verdicts are said of the unit the document is about
#: an inspection's findings (巡察也发现一些问题。一是…): what it found
_FOUND = re.compile(r"发现(?:了)?(?:一些|以下|如下|不少|部分|若干)(?:突出)?问题")
_PROBLEM_CUE = re.compile(r"困难和问题|问题和困难|困难和挑战|风险挑战|问题和不足|不足和问题|短板弱项|差距和不足|"
                          r"存在的问题|存在(?:的)?(?:主要)?问题(?=[：:]|$)|突出问题|清醒(?:地)?(?:看到|认识到)|问题(?:同样|也)?不容(?:忽视|回避)|"
                          r"(?:还有|存在)(?:不少|一些|许多)?短板|" + _FOUND.pattern + "|" + _FEEDBACK.pattern)
#: the opening of a point of a list (第一，…; 一是…; 首先，…)
_POINT = re.compile(r"\s*(?:第[一二三四五六七八九十]+[，,、：:]|[一二三四五六七八九十]是|首先[，,])")


def _after_problem_cue(ctx: DocContext, sent_index: int) -> bool:
    """Whether this sentence, or an earlier one of its paragraph, opens a passage on problems,
    or the section it is in has a heading on problems (二、存在的问题)."""
    para = ctx.sentences[sent_index].paragraph
    i = sent_index
    while i >= 0 and ctx.sentences[i].paragraph == para:
        if _PROBLEM_CUE.search(ctx.sentences[i].text):
            return True
        i -= 1
    # back through the section to its heading: a one-line paragraph opening with a section number;
    # or, for a point of a list (第二，村级班子能力跟不上。), to the paragraph that announced them
    # (成绩来之不易，但问题同样不容忽视。…主要有这么几个方面。)
    if _POINT.match(ctx.paragraphs.get(para, (ctx.sentences[sent_index],))[0].text):
        # the points before this one, then the paragraph that opens the list
        j, k = para - 1, 0
        while j >= 0 and k < _SECTION_REACH and j in ctx.paragraphs and _POINT.match(ctx.paragraphs[j][0].text):
            j, k = j - 1, k + 1
        if any(_PROBLEM_CUE.search(s.text) for s in ctx.paragraphs.get(j, ())):
            return True
    while i >= 0 and para - ctx.sentences[i].paragraph <= _SECTION_REACH:
        sent = ctx.sentences[i]
        one_line = (i == 0 or ctx.sentences[i - 1].paragraph != sent.paragraph) and (
            i + 1 >= len(ctx.sentences) or ctx.sentences[i + 1].paragraph != sent.paragraph)
        if one_line and len(sent.text) <= 30 and _SECTION_NUMBER.match(sent.text):
            return bool(_PROBLEM_HEADING.search(sent.text))
        i -= 1
    return False


def _announced_points(ctx: DocContext, para: int) -> bool:
    """Whether the paragraph is a point (一是…) of a list that the paragraph before the points
    closes by announcing what an inspection found (…巡察也发现一些问题。 / 一是…不够深入。…): back
    over the other points to that paragraph, whose last sentence says so."""
    j = para - 1
    while j >= 0 and j in ctx.paragraphs and _POINT.match(ctx.paragraphs[j][0].text):
        j -= 1
    before = ctx.paragraphs.get(j)
    if not before or para - j > _SECTION_REACH + 1:
        return False
    last = before[-1].text
    # (not a sentence turning to the remedies, 针对发现的问题，采取以下措施: the points under it are
    # what is done)
    return _FOUND.search(last) is not None and _REMEDY_HEADING.search(last) is None and "针对" not in last


def _in_problem_section(ctx: DocContext, para: int, point: re.Match[str]) -> bool:
    """Whether the paragraph is a point of a section whose heading is on problems (三、存在问题),
    not on what is done about them (二、整改落实情况): back over the other points and their
    paragraphs to the section's one-line heading. Only points of the section's first level
    (（一）…, not the 1. 2. of what was done under each) count."""
    level = _point_level(point.group(0))
    first_level = level
    other = 0
    for j in range(para - 1, -1, -1):
        first = ctx.paragraphs.get(j)
        if not first:
            continue
        head = first[0]
        if (m := _POINT_HEAD.match(head.text)) is not None:
            if len(first) == 1 and _ASPECT.search(head.text):
                continue  # （一）学习贯彻党的创新理论方面 over 一是…: an aspect the points are grouped by
            first_level = _point_level(m.group(0))  # a sibling point (（五）…), or one above it
            continue
        if len(first) == 1 and len(head.text) <= 30 and _SECTION_NUMBER.match(head.text):
            return (first_level == level and bool(_PROBLEM_HEADING.search(head.text))
                    and not _REMEDY_HEADING.search(head.text))
        other += 1
        if other > _POINTS_REACH:
            return False
    return False


def _point_level(number: str) -> str:
    """The kind of a point's number: （一）, （1）, 1., 1.1, 一是, 第一，"""
    n = number.strip()
    if n[0] in "（(":
        return "paren-digit" if n[1].isdigit() else "paren-han"
    if n[0].isdigit():
        return "decimal" if "." in n[1:-1] or (len(n) > 2 and n[1] in ".．" and n[2:3].isdigit()) else "digit"
    return "shi" if "是" in n else "di"


#: a heading that names an aspect under which problems are listed (（二）基层组织建设和党员教育管理方面), as
#: a self-examination groups them: no problem itself
_ASPECT = re.compile(r"方面(?:存在的问题|的问题|问题)?[：:]?\s*$")
#: a section on what is done about problems (整改落实情况, 对策建议) or on the question a paper
#: asks (1 问题的提出: 1.1 研究背景), not on problems
_REMEDY_HEADING = re.compile(r"整改|对策|建议|措施|做法|举措|解决|破解|路径|办法|经验|成效|提出|研究")


#: paragraphs other than points between a point and its section's heading, at most
_POINTS_REACH = 12
#: a point's number opening its heading, under a section (（一）, 1., （1）, 一是, 第一，)
_POINT_HEAD = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.．、](?!\d)|\d\.\d{1,2}(?![.\d])|[一二三四五六七八九十]是|"
                         r"第[一二三四五六七八九十]+[，,、])\s*")
#: a point inside a paragraph, after the sentence that announces the points (一是…, 第二，…)
_INLINE_POINT = re.compile(r"\s*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，,、])\s*")
#: characters: the longest sentence read as a point's heading; clauses of it read; how long one is
_HEADING_MAX = 60
_HEADING_CLAUSES = 3
_CLAUSE_LEN = (4, 24)
#: a cue for problems that ends in what they are (还存在不少短板：, 主要问题有：), not a passage's
#: other colons (…清醒认识到：成绩来之不易)
_ANNOUNCE_END = re.compile(r"(?:短板|问题|困难|不足|挑战|差距|弱项|瓶颈)(?:和(?:不足|问题|困难|挑战))?[^，,。；;：:]{0,6}$")
_DIGIT = re.compile(r"\d|[一二三四五六七八九十百千万]成")
_COLON = re.compile(r"[：:]")
#: where a list of problems after a colon ends: its sentence's full stop, or 等等
_LIST_STOP = re.compile(r"[。！!]|[，,；;]?\s*等等")
#: what opens a clause that turns from the problems (同时, 但, 因此 …)
_NOT_A_CLAUSE = ("同时", "但", "而", "因此", "对此", "为此", "下一步", "今后", "我们将", "必须", "要")
#: what says a problem goes on, after its name (仍然存在, 依然存在, 时有发生)
_STILL = re.compile(r"(?:现象|情况|问题)?(?:(?:仍然|依然|仍|还)(?:存在|突出|较多|时有发生)|(?:仍|还|亟)(?:需|待)(?:进一步)?"
                    r"[\u4e00-\u9fff]{2,4}$)")
#: a point that closes its section or turns to remedies (3.4 本章小结与优化目标)
_CLOSING_POINT = re.compile(r"小结|结语|结论|对策|建议|思考|启示")
#: a point's clause that says what causes what (two problems, not one)
_CAUSE = re.compile(r"导致|造成|使得|致使|引发")
#: a point's heading that only names what it is about (基本情况, 现实困境, 主要短板)
_CATEGORY = re.compile(r"(?:主要|突出|存在的?|面临的?|现实|基本|总体|具体|深层次?|发展|工作)?"
                       r"(?:情况|态势|现状|困境|短板|问题|挑战|不足|原因|分析|表现|成因)")
#: a section heading's number (二、, （三）, 3., a journal's 6 存在的问题) and the words of a heading on problems
_SECTION_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．]|\d{1,2}\s+(?=[\u4e00-\u9fff]))")
_PROBLEM_HEADING = re.compile(r"问题|不足|困境|短板|挑战|难点|瓶颈")
#: how often a document names the county it is about, at least (the problems' owner when its
#: title names no place)
_NAMED_THROUGHOUT = 5
#: how many paragraphs back a section's heading is looked for
_SECTION_REACH = 6


def _title_place(ctx: DocContext, of: Callable[[int, tuple[Kind, ...]], list[Mention]]) -> list[Mention]:
    """The one place (or the end of the one chain) the document's title names (its own line:
    see :func:`graph.extract._title.title_sentence`), or its subtitle (——敖汉旗抓党建促乡村振兴
    工作经验材料); else the county (or the city) the document names throughout."""
    if not ctx.sentences:
        return []
    title = title_sentence(ctx)
    found = of(title.index, (Kind.PLACE,)) if title is not None else []
    sub = subtitle_sentence(ctx, title) if not found and title is not None else None
    if sub is not None:
        found = of(sub.index, (Kind.PLACE,))
    if not found and (own := report_place(ctx)) is not None:
        return [own]  # 中共…赤溪村支部委员会 / 2024年度组织生活会对照检查材料: the issuer's line says whose
    if not found:
        # a paper on one county names it throughout; a national report that names a county in
        # passing (积石山 after its earthquake) does not speak for it
        dominant = dominant_places(ctx)
        for level in ("county", "prefecture"):
            place = dominant.get(level)
            if place is not None and sum(m.key == place.key for m in ctx.mentions) >= _NAMED_THROUGHOUT:
                return [place]
        # a county secretary's article speaks of 我县, 全县: the county it names most is its own
        place = own_unit_place(ctx)
        return [place] if place is not None else []
    last = found[-1]
    if len({p.key for p in found}) == 1 or _adjacent(found):
        return [last]
    return _coordinated(ctx.doc.text, found)


def _coordinated(text: str, found: list[Mention]) -> list[Mention]:
    """The places a title names together, each the end of its written chain (广西百色市乐业县、
    凌云县: 乐业县 and 凌云县; 山东寿光与福建长汀: 寿光市 and 长汀县): of one level, the chains
    joined by 、, 和, 与 or 及; else none."""
    chains = [[found[0]]]
    for p in found[1:]:
        if chains[-1][-1].end == p.start:
            chains[-1].append(p)
        else:
            chains.append([p])
    ends = [c[-1] for c in chains]
    if (len(chains) < 2 or len({e.subtype for e in ends}) != 1 or len({e.key for e in ends}) != len(ends)
            or any(text[a[-1].end:b[0].start] not in _JOINS for a, b in zip(chains, chains[1:]))):
        return []
    return ends


_JOINS = frozenset({"、", "和", "与", "及"})


def _one_place_before(ctx: DocContext, of: Callable[[int, tuple[Kind, ...]], list[Mention]],
                      sent_index: int) -> list[Mention]:
    """The place of the nearest earlier sentence (same paragraph), if that sentence names one."""
    para = ctx.sentences[sent_index].paragraph
    i = sent_index - 1
    while i >= 0 and sent_index - i <= _REACH and ctx.sentences[i].paragraph == para:
        found = of(i, (Kind.PLACE,))
        if found:
            keys = {p.key for p in found}
            last = found[-1]
            # one place, or one chain (平山县西柏坡镇梁家沟村) ending in the last one
            chain_ok = all(p.end <= last.start for p in found if p is not last)
            if len(keys) == 1 or (chain_ok and _adjacent(found)):
                return [last]
            return _topic(ctx, of, para)
        i -= 1
    return []


#: a block's head line that is a place's name alone, bracketed or numbered (【三滴水村】, （二）松林村)
_BLOCK_HEAD = re.compile(r"\s*(?:[【\[〔]|[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)?"
                         r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?:[】\]〕])?\s*")
#: paragraphs back from a problem to its block's head line
_BLOCK_REACH = 3


def _block_head(ctx: DocContext, of: Callable[[int, tuple[Kind, ...]], list[Mention]], para: int) -> list[Mention]:
    """The place a block of a report on several places opens with, as its head line (【松林村】, then
    存在问题：…；整顿措施：…): the owner of the problems listed in the block's lines."""
    for k in range(para - 1, max(-1, para - 1 - _BLOCK_REACH), -1):
        line = ctx.paragraphs.get(k, ())
        if len(line) != 1:
            continue
        m = _BLOCK_HEAD.fullmatch(line[0].text)
        if m is None:
            continue
        found = [p for p in of(line[0].index, (Kind.PLACE,))
                 if p.start == line[0].start + m.start("name") and p.end == line[0].start + m.end("name")]
        return found[:1]
    return []


def _topic(ctx: DocContext, of: Callable[[int, tuple[Kind, ...]], list[Mention]], para: int) -> list[Mention]:
    """The place a paragraph opens with, as its topic (天荒坪镇是…诞生地。…在该镇余村考察…。…也一度
    出现了…等问题): the owner of its problems when the sentence before them names several places."""
    first = ctx.paragraphs.get(para, ())
    if not first:
        return []
    head = first[0]
    opening = head.start + len(head.text) - len(head.text.lstrip())
    return [p for p in of(head.index, (Kind.PLACE,)) if p.start == opening][:1]


def _adjacent(found: list[Mention]) -> bool:
    return all(a.end == b.start for a, b in zip(found, found[1:]))
