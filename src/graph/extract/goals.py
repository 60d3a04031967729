"""Goals (Kind.GOAL): what a practice is for, read from the genre's purpose grammar.

* 以X为目标 / 为中心 / 为主要任务 / 为抓手 / 为重点 (以服务群众，做群众工作为主要任务 -> two goals)
* 目的是X, 目的在于X, 旨在X, 为了X (为了优化党员队伍结构)
* 着力(于)X (着力于提高服务效率)
* 努力把…打造成X、Y
* 发挥…的X作用 after 努力/为了/进一步 (战斗堡垒作用, 先锋模范作用)
* quoted aims: 从“联系群众”到“服务群众”, 促进“双增”, “增收致富”的能力
* the items of a counted list of requirements: “推动发展、服务群众…”的十六字要求

Goals are named as worded, without leading adverbs (进一步, 切实 …); the key is the folded
name. Which mechanism a goal belongs to is decided in ``relations`` (same sentence, else
the paragraph). Imports the model and the shared text helpers only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.extract._text import SentenceIndex, find_quotes, fold
from graph.model import Kind, Mention, make_mention
from graph.pipeline import DocContext

_STOP = "。；;！!？?\n"
_AS_GOAL = re.compile(
    rf"以(?P<g>[^{_STOP}以]{{2,30}}?)为(?:目标|中心|主要任务|核心任务|抓手|重点|宗旨|根本任务|目的)"
)
_PURPOSE = re.compile(rf"(?:目的是|目的在于|旨在|为了|着力于|着力)(?P<g>[^{_STOP}，,]{{2,24}})")
_MAKE_INTO = re.compile(rf"努力把[^{_STOP}，,]{{1,16}}?(?:打造成|建设成|建成|打造为)(?P<g>[^{_STOP}]{{2,50}})")
_ROLE = re.compile(rf"(?:努力|为了|进一步|充分|切实)发挥(?:[^{_STOP}，,]{{0,20}}的)?(?P<g>[\u4e00-\u9fff]{{2,6}}作用)")
_ROLE_OF = re.compile(rf"(?:努力|为了|进一步|充分|切实)发挥(?P<g>[\u4e00-\u9fff]{{4,10}})的作用")
# clauses of a sentence naming a mechanism that state an aim by their verb (密切了党群干群关系)
_AIM_CLAUSE = re.compile(
    r"(?<=[，,；;：:])(?:以|从而|进而|来|能够|要|进一步|不断|切实)?"
    r"(?P<g>(?:提高|增强|密切|促进|推动|实现|优化|吸引|巩固|改进|引领|服务|发展)了?[\u4e00-\u9fff、]{2,12})(?=[，,。；;]|$)"
)
_PAREN = re.compile(r"[（(](?P<c>[^（）()\n]{3,60})[）)]")
_COUNTED_LIST = re.compile(
    r"[“「\"](?P<list>[^“”「」\"\n]{4,80})[”」\"]的[一二三四五六七八九十百]+字(?:要求|目标|方针)"
)
_LEAD = re.compile(r"^(?:要|进一步|更好地|更加|切实|不断|努力|全面|积极|能够|能|的|地|于|是)+")
_TAIL = re.compile(r"(?:的能力|的作用|的目标|的工作目标|等)$")
_GENERIC = frozenset({"作用", "重要作用", "积极作用", "关键作用", "推动作用", "主导作用", "这个作用", "应有作用",
                      "关键性推动作用", "核心作用", "目标", "工作", "发展", "服务"})
_AIM_VERB_BEFORE = re.compile(r"(?:促进|助力|推动|实现|达到)$")
_AIM_HEAD_AFTER = re.compile(r"的(?:能力|目标|工作目标)")
_SKIP_PURPOSE = re.compile(r"精神|以|为目标|为中心")


class _Goals:
    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.text = ctx.doc.text
        self.index = SentenceIndex(ctx.sentences)
        self.out: list[Mention] = []

    def add(self, start: int, end: int, rule: str, confidence: float) -> None:
        text = self.text
        while start < end and text[start] in " ，,、“”\"":
            start += 1
        lead = _LEAD.match(text[start:end])
        if lead:
            start += lead.end()
        tail = _TAIL.search(text[start:end])
        if tail:
            end = start + tail.start()
        while end > start and text[end - 1] in " ，,、“”\"。":
            end -= 1
        name = text[start:end]
        if len(name) < 2 or len(name) > 24 or name in _GENERIC:
            return
        sent = self.index.at(start)
        if sent is None or end > sent.end:
            return
        label = re.sub(r"[“”「」\"]", "", name)
        label = re.sub(r"^(提高|增强|密切|促进|推动|实现|优化|吸引|巩固|改进|引领|服务|发展)了", r"\1", label)
        self.out.append(make_mention(self.ctx.doc, start=start, end=end, sent_index=sent.index, kind=Kind.GOAL,
                                     key=fold(label), label=label, rule=rule, confidence=confidence))

    def run(self) -> list[Mention]:
        text = self.text
        for m in _AS_GOAL.finditer(text):
            g, off = m.group("g"), m.start("g")
            pos = 0
            for part in re.split(r"[，,]", g):
                self.add(off + pos, off + pos + len(part), "goals.as_goal", 0.9)
                pos += len(part) + 1
        for m in _PURPOSE.finditer(text):
            g = m.group("g")
            if _SKIP_PURPOSE.search(g):
                continue
            role = _ROLE.search(text, m.start(), m.end())
            if role:
                continue  # read as a role below
            self.add(m.start("g"), m.end("g"), "goals.purpose", 0.8)
        for m in _MAKE_INTO.finditer(text):
            off = m.start("g")
            pos = 0
            for part in re.split(r"[、；;]", m.group("g")):
                self.add(off + pos, off + pos + len(part), "goals.make_into", 0.8)
                pos += len(part) + 1
        for m in _ROLE.finditer(text):
            self.add(m.start("g"), m.end("g"), "goals.role", 0.7)
        for m in _ROLE_OF.finditer(text):
            self.add(m.start("g"), m.end("g"), "goals.role", 0.7)
        mech_sents = {m.sent_index for m in self.ctx.of_kind(Kind.MECHANISM)}
        for idx in sorted(mech_sents):
            sent = self.ctx.sentences[idx]
            for m in _AIM_CLAUSE.finditer(text, sent.start, sent.end):
                if _SKIP_PURPOSE.search(m.group("g")):
                    continue
                self.add(m.start("g"), m.end("g"), "goals.aim_clause", 0.5)
        for m in _COUNTED_LIST.finditer(text):
            off, pos = m.start("list"), 0
            for part in re.split(r"[、，,]", m.group("list")):
                self.add(off + pos, off + pos + len(part), "goals.counted_requirement", 0.8)
                pos += len(part) + 1
        for q in find_quotes(text):
            before = text[max(0, q.start - 4):q.start]
            after = text[q.end:q.end + 6]
            from_to = (before.endswith("从") and after.startswith("到")) or before.endswith(("”到", "\"到"))
            if from_to or _AIM_VERB_BEFORE.search(before) or _AIM_HEAD_AFTER.match(after):
                if 2 <= len(q.text) <= 16:
                    self.add(q.inner_start, q.inner_end, "goals.quoted_aim", 0.7)
                    paren = _PAREN.match(text, q.end)
                    if paren and _AIM_VERB_BEFORE.search(before):  # 促进“双增”（增进党群、干群关系，…）
                        off, pos = paren.start("c"), 0
                        for part in re.split(r"[，,；;]", paren.group("c")):
                            self.add(off + pos, off + pos + len(part), "goals.quoted_aim_expanded", 0.7)
                            pos += len(part) + 1
        return self.out


def extract(ctx: DocContext) -> Iterator[Mention]:
    yield from _Goals(ctx).run()
