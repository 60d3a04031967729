"""Whose work a document is about: the place a report's title names, the place of each level
a paper names throughout.

A government work report (2026年山东省政府工作报告) or a unit's account of its practice
(云南楚雄州：因地制宜…) speaks for the place in its title throughout, so a measure or a
figure that names no place of its own is that place's. Facts inferred this way are
background inferences (see :data:`graph.analytics.BACKGROUND_RULES`). Imports the model only.
"""

from __future__ import annotations

import re
from collections import Counter

from graph.model import Kind, Mention, Sentence
from graph.pipeline import DocContext

#: the words of a report on a unit's own work: a speech or Party lecture at its meeting, an
#: account it gives (述职, 汇报) or a study of it
_OWN_WORDS = (r"上的(?:讲话|讲稿|(?:交流|典型|表态|经验)?发言|党课)|工作总结|年度总结|"
              # (述职报告, 述职述责述廉报告, 述责述廉报告: an account of one's own duties)
              r"述[职责廉](?:述[职责廉]){0,2}报告|情况的?汇报|汇报材料|调研报告|自查报告|"
              # (a branch's self-examination for its organisation life meeting: 对照检查材料, 检视剖析材料)
              r"对照检查材料|检视剖析材料|"
              # the minutes of a unit's own meeting (江湾镇第十七次党委会议纪要, 党员大会会议记录)
              r"会议纪要|会议记录")
#: a title of a report on a unit's own work: a work report, an experience material, an
#: interview with its head (——专访英德市连江口镇党委书记邓启航: "we" in the answers is the
#: town), a speech at a meeting (在全县…推进会上的讲话, the speaker's line under it names the
#: county), a unit's own summary or account to its superiors (…镇党委2023年抓基层党建工作总结,
#: …村党支部书记…述职报告, 关于全县…工作情况的汇报, 调研报告 on a place, the minutes of its meeting), or
#: "unit：what it did"; or of a unit's own policy (湖北省人民政府办公厅关于…的实施意见: its measures are the
#: province's) or its interpretation
_REPORT_TITLE = re.compile(r"政府工作报告|工作报告|经验材料|事迹材料|先进事迹|专访|[：:]|^\s*[—－-]+\s*记|"
                           # a subtitle on one unit's practice (——南京市…秣陵路社区小区治理的实践探索)
                           r"^\s*[—－-]+.{2,40}的(?:实践|探索|做法|经验)(?:探索|与思考|与启示|与探索|与实践)?$|"
                           + _OWN_WORDS + "|"
                           r"关于.{2,60}的(?:实施|指导)?(?:意见|通知|方案|决定|办法|规定|措施)$|关于.{2,60}的(?:情况|调研)?(?:汇报|报告)$|"
                           # a unit's notice of its own appraisal, its explanation to its own meeting, its
                           # own plan or key points (…考核情况的通报, 关于修订《赤溪村村规民约》的说明,
                           # 闽宁镇村党组织换届选举工作实施方案)
                           r"关于.{2,60}的(?:情况的)?(?:通报|说明)$|(?:实施|工作)方案$|工作要点$|工作计划$|"
                           # an interpretation of a unit's own policy (《四平市关于…的若干措施》政策解读)
                           r"关于.{2,60}的(?:若干|实施|指导)?(?:意见|方案|决定|办法|规定|措施)》\s*(?:政策)?解读$")


def title_sentence(ctx: DocContext) -> Sentence | None:
    """The sentence that holds the document's title: the first, unless the title is a later
    line (a body's name or a date above it, see :func:`graph.io.guess_title`)."""
    if not ctx.sentences:
        return None
    title = ctx.doc.title
    for sent in ctx.sentences[:6]:  # 关于印发…的通知 under its issuer's line: the title joins the two
        line = sent.text.strip()
        if line and line != title and title.endswith(line) and len(line) * 2 > len(title):
            return sent
    for sent in ctx.sentences[:4]:
        line = sent.text.strip()
        if line and (title.startswith(line) or line.startswith(title) or line.endswith(title)):  # 论文题目：…
            return sent
    return ctx.sentences[0]


def subtitle_sentence(ctx: DocContext, title: Sentence) -> Sentence | None:
    """The subtitle right under a title: the next sentence when it opens with a dash (——…)."""
    if title.index + 1 >= len(ctx.sentences):
        return None
    after = ctx.sentences[title.index + 1]
    return after if after.text.lstrip().startswith(("——", "—", "--")) else None


def report_place(ctx: DocContext) -> Mention | None:
    """The one place, or the last of one written chain (江苏南京溧水区), that a report's title
    names (again later in the title too: 江苏南京溧水区：…溧水实践); None for another kind of
    title, no place, or other places besides.
    """
    title = title_sentence(ctx)
    if title is not None and not _REPORT_TITLE.search(title.text):
        sub = subtitle_sentence(ctx, title)  # ——敖汉旗抓党建促乡村振兴工作经验材料: the subtitle says whose
        if sub is not None and _REPORT_TITLE.search(sub.text):
            title = sub
    if title is None or not _REPORT_TITLE.search(title.text):
        # 以“一核三治”为引领 让“红色物业”扎根山乡 (a county secretary's article on 全县, 我们):
        # a title that names no place, of a document on its own unit
        if (title is None or any(m.kind == Kind.PLACE and m.sent_index == title.index for m in ctx.mentions)
                or len(_FIRST_PERSON.findall(ctx.doc.text)) < _SELF_MIN):
            return None  # (a report in the third person on 全市 may gather many units' cases)
        return own_unit_place(ctx)
    first = title.index
    found = sorted((m for m in ctx.mentions if m.kind == Kind.PLACE and m.sent_index == first), key=lambda m: m.start)
    issuer = next((sent for sent in reversed(ctx.sentences[max(0, first - _ISSUER_ABOVE):first])
                   if _ISSUER.fullmatch(sent.text) and lone_line(ctx, sent)), None)
    if not found and issuer is not None:
        # 中共兰考县东坝头镇委员会 / 关于印发《2025年全镇党建工作要点》的通知 (its number may stand between):
        # the issuer's line above the title says whose notice it is
        found = sorted((m for m in ctx.mentions if m.kind == Kind.PLACE and m.sent_index == issuer.index),
                       key=lambda m: m.start)
    if not found and OWN_REPORT.search(title.text):
        # 政府工作报告（节选）: a title that names no place; the lines under it do (兰考县人民政府县长
        # 杜明远; （…在兰考县第十六届人民代表大会第五次会议上）)
        for sent in ctx.sentences[first + 1:first + 1 + _HEADER_LINES]:
            if not lone_line(ctx, sent):
                break
            found = sorted((m for m in ctx.mentions if m.kind == Kind.PLACE and m.sent_index == sent.index),
                           key=lambda m: m.start)
            stationed = sent.text.rfind("驻")
            if stationed >= 0:
                # 黑龙江省水利厅驻泰来县宁姜蒙古族乡光荣村第一书记 孟庆军: the speaker speaks for the
                # place the unit is stationed in, not for the unit that sent them
                found = [m for m in found if m.start >= sent.start + stationed]
            if found:
                break
    chain = found[:1]
    for m in found[1:]:
        if m.start != chain[-1].end:
            break
        chain.append(m)
    if not chain and len(_FIRST_PERSON.findall(ctx.doc.text)) >= _SELF_MIN:
        # 微访谈｜“梯田书记”潘庆荣：把支部建在梯田上…: a title of the kind that names no place, of a
        # document in the first person on its own unit (我们村, 全村)
        return own_unit_place(ctx)
    # a place named again later in the title is one of the chain (…溧水区：…溧水实践)
    if not chain or any(m.key not in {c.key for c in chain} for m in found[len(chain):]):
        return None
    return chain[-1]


#: the line of the body issuing a document, set over its title (中共兰考县东坝头镇委员会, 中共巫山县委组织部)
_ISSUER = re.compile(r"\s*(?:中共|中国共产党)?[\u4e00-\u9fff]{2,24}?(?:委员会|党委|党工委|委组织部|组织部|人民政府|"
                     r"政府|办公室|党支部|党总支)\s*")
#: lines above a title where its issuer's may stand (the issuer, its document's number, the title)
_ISSUER_ABOVE = 3
#: a report whose speaker or meeting line under the title says whose it is (not a news
#: headline's colon: 新华网北京4月9日电 under it is a dateline)
OWN_REPORT = re.compile(r"工作报告|经验材料|" + _OWN_WORDS)
#: how many lines under a title may say whose report it is
_HEADER_LINES = 2

#: characters: the longest line read as a heading
HEADING_MAX = 50


def lone_line(ctx: DocContext, sent: Sentence) -> bool:
    """Whether ``sent`` is a paragraph of its own and short: the shape of a heading line (its
    numbering is checked by the caller's own pattern)."""
    return len(sent.text) <= HEADING_MAX and len(ctx.paragraphs.get(sent.paragraph, ())) == 1


def place_level(place: Mention) -> str | None:
    """A place's level as 全市 / 全区 name it: 重庆市 is a province-level 市 (a municipality),
    宁夏回族自治区 a province-level 区 (a region)."""
    if place.subtype == "province" and place.label.endswith(("市", "自治区")):
        return "municipality" if place.label.endswith("市") else "region"
    return place.subtype


#: the document's own unit, named as its writers name it (全县, 我县, 本镇; 我们村, a village
#: cadre's notes)
_SELF = re.compile(r"(?:我们?|全|本)(县|区|旗|市|州|镇|乡|村)(?![长委级直域内外])")
_SELF_LEVEL = {"县": "county", "区": "county", "旗": "county", "市": "prefecture", "州": "prefecture",
               "镇": "township", "乡": "township", "村": "village"}
#: how often at least
_SELF_MIN = 3
#: the writer speaking for their unit (我们, 我县)
_FIRST_PERSON = re.compile(r"我们|我(?:县|区|旗|市|州|镇|乡)")


def own_unit_place(ctx: DocContext) -> Mention | None:
    """The unit a document is about when it speaks of it as 全县, 我县 (the kind of unit it names so
    most often, at least _SELF_MIN times): the place of that level it names most, if it names
    one more than all the others of that level together."""
    selves = Counter(m.group(1) for m in _SELF.finditer(ctx.doc.text))
    if not selves:
        return None
    unit, n = selves.most_common(1)[0]
    return dominant_places(ctx).get(_SELF_LEVEL[unit]) if n >= _SELF_MIN else None


def dominant_places(ctx: DocContext) -> dict[str, Mention]:
    """level -> the place of that level a document names most, when it names it more than all
    the others of that level together (a paper on one county names it throughout)."""
    by_level: dict[str, dict[str, list[Mention]]] = {}
    for m in ctx.mentions:
        if m.kind == Kind.PLACE and (level := place_level(m)):
            by_level.setdefault(level, {}).setdefault(m.key, []).append(m)
    out: dict[str, Mention] = {}
    for level, places in by_level.items():
        ranked = sorted(places.values(), key=lambda ms: (-len(ms), ms[0].start))
        others = sum(len(ms) for ms in ranked[1:])
        if len(ranked[0]) > others:
            out[level] = ranked[0][0]
    return out
