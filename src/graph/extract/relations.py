"""Relations among the mentions found before: practices, aimsAt, proposedBy, cites, faces.

Every relation carries a Provenance: the sentence that states it (``stated=True``) or, when
it is attributed from the paragraph around (the place named two sentences earlier),
``stated=False`` with a lower confidence.

* practices: PLACE/ORGANIZATION -> MECHANISM. The nearest place and organisation before the
  mechanism that govern it: in its clause, or the topic of the sentence (金山区枫泾镇新黎村…
  创造性提出了“三型”班子建设工程; 如，上海…公司，是“公司+基地+农户”…); never a source (根据市委精神),
  a national body (党中央 proposes), a name inside a title, or a quoted saying. Else the topic
  of the sentences just before, when it is one actor (stated=False, 0.4). Else, in a unit's
  report on its own work (…政府工作报告, 云南楚雄州：…), the place its title names (0.3), for
  a named practice or programme or a numeric abbreviation the report spells out.
* aimsAt: MECHANISM -> GOAL: the saying holding the goal, else the nearest practice before it,
  else the first after; the practice of the ordinal item just before (一是打造…。…以X为目标)
  too (not stated); else the one mechanism of the sentence before (not stated).
* hasComponent (from structure): practices named inside an ordinal item belong to its practice.
* proposedBy: MECHANISM/GOAL -> EVENT or national ORGANIZATION that says it (党的十八大强调…,
  十八大报告首次提出…), a setting with no actor in between (早在先进性教育活动中，就探索…), a
  cleft (“X”工作机制，是…镇党委…形成的), or the 《…》 title a goal is read from.
* cites: DOCUMENT (the paper part or the whole document) -> EVENT, for every event named.
* faces: PLACE -> PROBLEM, for problems stated of a place (see :mod:`graph.extract._problems`).

Imports the model and pipeline only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from graph.extract import _problems
from graph.extract._text import CN_NUM_CHARS, TEAM_ENDS
from graph.extract._speakers import speaker_places
from graph.extract._title import OWN_REPORT, lone_line, report_place, title_sentence
from graph.extract.events import issuer_of
from graph.extract.organizations import DUTY_LINE
from graph.io import DATE_LINE
from graph.model import Kind, Mention, Predicate, Provenance, RelationMention
from graph.pipeline import DocContext, Item

_AGENTS = (Kind.PLACE, Kind.ORGANIZATION)
_SAYING = re.compile(r"强调|提出|指出|要求|承诺|明确|确立|部署|号召|倡导|写入|通过|印发|出台|颁布|作出")
# a place only sets the scene (…等镇的例子) or is the object of study, not the doer
_SCENE_AFTER = re.compile(r"^(?:的例子|等镇|等村|等地)")
# an organisation whose spirit or instruction is followed is the source, not the doer:
# 根据市委精神, 将党中央的指示落实到基层
_SOURCE_BEFORE = re.compile(r"(?:根据|按照|依据|贯彻|落实|响应|遵照)$")
_SOURCE_AFTER = re.compile(r"^(?:的)?(?:精神|指示|要求|部署|决策|号召|文件|决定|意见|(?:坚强)?领导下|(?:精心|具体)?指导下|"
                           r"帮助下|支持下|推动下|帮扶下)")
# national bodies state policy; they are proposers, not practitioners, of what follows
_NATIONAL = re.compile(r"^(?:党中央|中共中央|中央|国务院|全国人大|全国人民代表大会|全国政协|中国共产党|我党|党)")
# a service centre is where a practice is run (村党群服务中心), not who runs it: its village or
# branch is the doer
_VENUES = ("服务中心", "服务站", "实践站", "实践所", "实践中心")
#: bodies that meet to study or decide (县委常委会, 县委理论学习中心组): the measures their meetings
#: take up are the unit's, not theirs
_DELIBERATIVE = ("委常委会", "理论学习中心组", "人大主席团")
# mechanisms that are someone's words, not a practice anyone runs
_SAID_RULES = frozenset({"mechanisms.quoted_saying", "mechanisms.quoted_maxim"})


def _prov(ctx: DocContext, sent_index: int, rule: str, confidence: float, stated: bool) -> Provenance:
    s = ctx.sentences[sent_index]
    return Provenance(doc_id=ctx.doc.id, sent_index=sent_index, start=s.start, end=s.end, rule=rule,
                      confidence=confidence, stated=stated)


def _rel(subj: Mention, pred: Predicate, obj: Mention, prov: Provenance) -> RelationMention:
    return RelationMention(subject_kind=subj.kind, subject_key=subj.key, predicate=pred, object_kind=obj.kind,
                           object_key=obj.key, prov=prov)


class _BySentence:
    """Mentions grouped by sentence and paragraph, built once (no per-mention scans)."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.sent: dict[int, list[Mention]] = {}
        for m in sorted(ctx.mentions, key=lambda m: m.start):
            self.sent.setdefault(m.sent_index, []).append(m)
        self._of: dict[tuple[int, tuple[Kind, ...]], list[Mention]] = {}

    def of(self, sent_index: int, kinds: tuple[Kind, ...]) -> list[Mention]:
        """The sentence's mentions of the kinds, by start. Kept: the rules ask the same sentence
        again and again (once per mention in it); callers only read the list."""
        found = self._of.get((sent_index, kinds))
        if found is None:
            found = self._of[sent_index, kinds] = [m for m in self.sent.get(sent_index, ()) if m.kind in kinds]
        return found

    def earlier_in_paragraph(self, sent_index: int, kinds: tuple[Kind, ...], *, limit: int = 6) -> list[Mention]:
        """Mentions of the kinds in the sentences before, same paragraph, nearest sentence first."""
        para = self.ctx.sentences[sent_index].paragraph
        i = sent_index - 1
        while i >= 0 and sent_index - i <= limit and self.ctx.sentences[i].paragraph == para:
            found = self.of(i, kinds)
            if found:
                return found
            i -= 1
        return []


def extract(ctx: DocContext) -> Iterator[Item]:
    by = _BySentence(ctx)
    # (the cleft rule of _proposed gives practices too)
    found = [*_practices(ctx, by), *_lead_units(ctx, by), *_proposed(ctx, by)]
    yield from found
    yield from _practices_of_home_place(ctx, found)
    yield from _aims(ctx, by)
    yield from _item_components(ctx, by)
    yield from _halves(ctx)
    yield from _cites(ctx)
    yield from _signed(ctx)
    yield from _problems.extract(ctx, by.of)


def _signed(ctx: DocContext) -> Iterator[RelationMention]:
    """The body a document is signed by: an organisation that is a whole line of its own, at
    the end with at most a date after it (中共秭归县委组织部 / 2024年6月18日), above the
    title (中共青岛市李沧区委组织部, then the title of its experience material) or right under it
    (望奎县政协调研组). A department's
    report, a committee's work summary, an organisation department's material are theirs.
    """
    doc = ctx.doc
    units = [(p.id, p.start, p.end) for p in doc.parts] or [(doc.id, 0, len(doc.text))]
    orgs = {(m.start, m.end): m for m in ctx.mentions if m.kind == Kind.ORGANIZATION}
    for unit, start, end in units:
        mine = [s for s in ctx.sentences if start <= s.start < end]
        k = len(mine)
        while k and (DATE_LINE.fullmatch(mine[k - 1].text.strip()) or _TRAILER.match(mine[k - 1].text)):
            k -= 1  # (a date, then a contact, the copies' line and the printing office's: 抄报：…, …印发)
        # the first line, the last, and a line of the head under the title (望奎县政协调研组); and a
        # line over a date in the second half, a signature an annex follows (中共徐州市委 / 2025年6月26日 /
        # 附件 / the list of those commended)
        dated = [mine[i - 1] for i in range(max(1, len(mine) // 2), k)
                 if DATE_LINE.fullmatch(mine[i].text.strip()) and _ANNEX.match(ctx.doc.text, mine[k - 1].start) is None
                 and any(_ANNEX.match(ctx.doc.text, t.start) for t in mine[i + 1:k])]
        last = () if dated else (mine[k - 1],)  # (an annex's last line is one of its list's)
        for sent in dict.fromkeys((mine[0], *last, *mine[1:_SIGNER_LINES], *dated)) if k else ():
            if len(ctx.paragraphs.get(sent.paragraph, ())) != 1:
                continue  # a line of its own
            text = sent.text.strip()
            lead = sent.start + sent.text.find(text)
            org = orgs.get((lead, lead + len(text)))
            if org is None:
                continue
            if sent is not mine[0] and sent not in last and sent not in dated and TEAM_ENDS.search(org.label):
                continue  # a team under the title, 婺源县政协调研组, is named by its members' lines:
                # writers count those as the authors, not the team
            yield RelationMention(subject_kind=Kind.ORGANIZATION, subject_key=org.key,
                                  predicate=Predicate.AUTHOR_OF, object_kind=Kind.DOCUMENT, object_key=unit,
                                  prov=Provenance(doc_id=doc.id, sent_index=sent.index, start=org.start,
                                                  end=org.end, rule="relations.signed", confidence=0.8))


#: the lines an official document may end with below its signature and date: its contact (（联系人：…）),
#: whom copies go to (抄送：, 抄报：), the printing office's line (…2024年4月22日印发), its release (此件公开发布)
_TRAILER = re.compile(r"\s*[（(]?\s*(?:联系人|联系电话|抄送|抄报|此件|本件)|[^\n]*印发\s*[）)]?\s*$")
#: the heading of a document's annex (附件, 附件1：…名单)
_ANNEX = re.compile(r"\s*附件\s*\d*\s*(?:[:：]|$|\n)")
#: how many lines from the top of a paper its signing body may stand on a line of its own
_SIGNER_LINES = 4

_GRASSROOTS = ("party_committee", "party_branch", "government")


def _practices_of_home_place(ctx: DocContext, items: list[Item]) -> Iterator[RelationMention]:
    """What a place's own Party committee, branch or government practises, the place practises.

    枫泾镇党委 practises X -> 枫泾镇 practises X: the genre reports a locality's way of working
    through its organisation. Inferred, so stated=False with a lower confidence; only for an
    organisation whose name carries its place (the located-in link was read off the name).
    """
    orgs = {m.key: m for m in ctx.mentions if m.kind == Kind.ORGANIZATION and m.subtype in _GRASSROOTS}
    home = {r.subject_key: r.object_key for r in ctx.relations
            if r.predicate == Predicate.LOCATED_IN and r.subject_kind == Kind.ORGANIZATION and r.prov.stated
            and r.subject_key in orgs}
    for r in items:
        if (isinstance(r, RelationMention) and r.predicate == Predicate.PRACTICES
                and r.subject_kind == Kind.ORGANIZATION and r.subject_key in home):
            yield RelationMention(subject_kind=Kind.PLACE, subject_key=home[r.subject_key],
                                  predicate=Predicate.PRACTICES, object_kind=r.object_kind, object_key=r.object_key,
                                  prov=replace(r.prov, rule="practices.home_place", stated=False,
                                               confidence=round(min(r.prov.confidence, 1.0) * 0.7, 2)))


def _acting_with(text: str, chosen: list[Mention], orgs: list[Mention]) -> list[Mention]:
    """The organisations joined to a chosen one by 会同, 联合, 、 or 和 with nothing else between
    (A会同B, A、B和C), either side of it, in the order written."""
    orgs = sorted(orgs, key=lambda o: o.start)
    joined = {id(c) for c in chosen}
    changed = True
    while changed:
        changed = False
        for x, y in zip(orgs, orgs[1:], strict=False):
            if (id(x) in joined) != (id(y) in joined) and x.end <= y.start and _JOINTLY.fullmatch(text, x.end, y.start):
                joined.update((id(x), id(y)))
                changed = True
    return [o for o in orgs if id(o) in joined and o not in chosen]


def _agents_before(agents: list[Mention], pos: int) -> list[Mention]:
    """The last place and the last organisation before a position (most specific mention)."""
    out: dict[Kind, Mention] = {}
    for a in agents:
        if a.end <= pos:
            out[a.kind] = a
    return list(out.values())


def _is_actor(ctx: DocContext, by: _BySentence, a: Mention) -> bool:
    """Whether a place or organisation can be the doer of what its sentence reports."""
    text = ctx.doc.text
    if _SCENE_AFTER.match(text[a.end:a.end + 3]) or _SOURCE_AFTER.match(text[a.end:a.end + 7]):
        return False
    if _SOURCE_BEFORE.search(text[max(0, a.start - 2):a.start]):
        return False
    if a.kind == Kind.ORGANIZATION and (_NATIONAL.match(a.text) or a.label.endswith(_VENUES + _DELIBERATIVE)):
        return False
    if a.kind == Kind.PLACE and a.subtype == "region":
        return False  # 依托三峡库区…, 太行山深处的阜平县: a region is where, not who
    # named inside a title or a meeting's name (《中共中央关于…的决定》): not an actor
    return not any(e.start <= a.start and a.end <= e.end for e in by.of(a.sent_index, (Kind.EVENT,)))


#: between two bodies that act together (A会同B, A联合B, A、B和C)
_JOINTLY = re.compile(r"会同|联合|协同|联同|配合|[、和与及]")
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
_OPENER = 6
#: a sentence-opening adverbial before the topic: time (近年来, 2007年以来), a setting
#: (特别是在创先争优活动中, 在…过程中), a connective (如, 同时). Longer than _OPENER, still no topic.
_ADVERBIAL = re.compile(
    r"^(?:近年来|近几年来?|近些年|多年来|当前|目前|如今|今年以来|去年以来|[0-9０-９]{4}年(?:以来|来|初|底)?|"
    r"如|例如|比如|同时|此外|另外|首先|其次|最后|然而|但是?)?"
    r"(?:特别是|尤其是)?(?:在[^，,；;：:]{1,30}(?:中|上|下|时|期间|过程中|以来|之际))?$"
    r"|^(?:为了|为)[^，,；;：:]{2,24}$")  # a purpose (为了守住“什寒”这块牌子，红毛镇党委…推行…)


def _opener_ends(prefix: str) -> int:
    """Where a sentence's opener ends (after its comma), or 0 when it has none."""
    breaks = list(_CLAUSE_BREAK.finditer(prefix))
    if len(breaks) == 1:
        head = prefix[:breaks[0].start()]
        if len(head) <= _OPENER or _ADVERBIAL.match(head):
            return breaks[0].end()
    return 0


def _governs(text: str, sent_start: int, agent: Mention, mech: Mention, others: list[Mention]) -> bool:
    """Whether an agent before a mechanism is its doer: in the same clause, or the topic of
    the sentence (named at its start). 推动农商行、村镇银行改革重组，深化城商行内控风控行动: the
    banks are the object of the clause before, not the doers of the next one."""
    if agent.end > mech.start:
        return False
    if not _CLAUSE_BREAK.search(text, agent.end, mech.start):
        return True
    # the topic may follow an opener: 近年来，/ 如，/ 2007年，/ 特别是在创先争优活动中，
    prefix = text[sent_start:agent.start]
    prefix = prefix[_opener_ends(prefix):]
    if _CLAUSE_BREAK.search(prefix):
        return False
    # only other names may come before the topic (金山区枫泾镇|新黎村), or one preposition (在, 由)
    return _only_names(prefix, others)


def _is_topic(ctx: DocContext, by: _BySentence, a: Mention) -> bool:
    """Named at the start of its sentence (after a short opener): what the sentence is about.
    Only a topic carries over to the next sentences; an object (加大对民族地区的支持) does not."""
    prefix = ctx.doc.text[ctx.sentences[a.sent_index].start:a.start]
    prefix = prefix[_opener_ends(prefix):]
    return not _CLAUSE_BREAK.search(prefix) and _only_names(prefix, by.of(a.sent_index, _AGENTS))


def _only_names(prefix: str, others: list[Mention]) -> bool:
    """Whether a sentence's opening before its topic holds only names (and one preposition)."""
    for m in sorted(others, key=lambda m: -(m.end - m.start)):
        prefix = prefix.replace(m.text, "")
    return len(prefix) <= 1


def _chains(agents: list[Mention]) -> int:
    """How many separate actors: 金山区枫泾镇新黎村 (adjacent, nested names) is one."""
    n, last_end = 0, -1
    for a in sorted(agents, key=lambda m: m.start):
        if a.start > last_end:
            n += 1
        last_end = max(last_end, a.end)
    return n


#: the nation's doctrines a writer upholds (我们牢固树立“四个意识”), not measures of theirs
_DOCTRINE = re.compile(r"[两三四五六七八九十]个(?:意识|自信|维护|确立|代表|务必|全面|坚持|必须)")
#: the writer speaking for their unit as the one who acts (我们推行…, 我县探索…)
_WE = re.compile(r"我们|我(?:县|区|旗|市|州|镇|乡|村)")


def _own_measure(mech: Mention) -> bool:
    """Whether a report's mechanism with no actor reads as a measure of the report's unit: a
    named practice or programme (…机制, …工程), or a numeric abbreviation the report spells
    out; a bare one (“两个确立”, “三个代表”) is mostly the nation's doctrine, cited."""
    return mech.subtype in ("named_practice", "program") or (
        mech.subtype == "numeric_abbreviation" and mech.attr("component_count") is not None)


def _report_body(ctx: DocContext, place: Mention) -> Mention | None:
    """The report place's own committee, branch or government when the title opens with it
    (海伦市前进镇党委2023年抓基层党建工作总结, 丁楼村党支部书记…述职报告): the report is that
    body's account of its work, so its measures are the body's as much as the place's. Not a
    body the title is about (关于秭归县党组织领导下…的调研报告)."""
    title = title_sentence(ctx)
    if title is None or not OWN_REPORT.search(title.text):
        return None
    if place.sent_index != title.index:
        # the body's line above the title (中共福鼎市磻溪镇赤溪村支部委员会 / 2024年度组织生活会对照检查
        # 材料): its own account too; not a speaker's line under the title (兰考县人民政府县长…), an
        # official's article (四川省政协主席…：以改革举措…): the speaker's body is not the report's
        above = ctx.sentences[place.sent_index]
        if not (place.sent_index < title.index and lone_line(ctx, above)):
            return None
        title = above
    homes = {r.subject_key for r in ctx.relations
             if r.predicate == Predicate.LOCATED_IN and r.object_key == place.key and r.prov.stated}
    opening = title.start + len(title.text) - len(title.text.lstrip())
    return next((m for m in ctx.mentions if m.kind == Kind.ORGANIZATION and m.start == opening
                 and m.subtype in _GRASSROOTS and m.key in homes), None)


def _practices(ctx: DocContext, by: _BySentence) -> Iterator[RelationMention]:
    title_place = report_place(ctx)
    title_body = _report_body(ctx, title_place) if title_place is not None else None
    # who a report's unit is: its title's place, and its body when the title opens with it
    owners = () if title_place is None else (title_place,) if title_body is None else (title_place, title_body)
    speakers = speaker_places(ctx)
    for mech in ctx.of_kind(Kind.MECHANISM):
        if mech.subtype == "component" or mech.rule in _SAID_RULES:
            continue
        sent = ctx.sentences[mech.sent_index]
        agents = [a for a in by.of(mech.sent_index, _AGENTS)
                  if _is_actor(ctx, by, a) and _governs(ctx.doc.text, sent.start, a, mech,
                                                        by.of(mech.sent_index, _AGENTS))]
        chosen = _agents_before(agents, mech.start)
        if chosen:
            for a in chosen:
                yield _rel(a, Predicate.PRACTICES, mech, _prov(ctx, mech.sent_index, "relations.practices_sentence",
                                                               0.8, True))
            # 县委组织部会同县农业农村局建立…机制: the bodies it acts together with practise it too
            for a in _acting_with(ctx.doc.text, [c for c in chosen if c.kind == Kind.ORGANIZATION],
                                  [o for o in by.of(mech.sent_index, (Kind.ORGANIZATION,)) if o.end <= mech.start]):
                yield _rel(a, Predicate.PRACTICES, mech, _prov(ctx, mech.sent_index, "relations.practices_jointly",
                                                               0.6, True))
            continue
        # 我们推行…, 我县…: the writer's unit, which a report's title names, practises it (a county
        # secretary's article on 全县), before any actor of the sentences above; in a report of
        # several speakers, the village of the one speaking (graph.extract._speakers)
        speaker = speakers.get(sent.paragraph)
        if ((title_place is not None or speaker is not None)
                and mech.subtype in ("named_practice", "program", "numeric_abbreviation")
                and not _DOCTRINE.match(mech.label) and _WE.search(sent.text, 0, mech.start - sent.start)):
            for owner in (speaker,) if speaker is not None else owners:
                yield _rel(owner, Predicate.PRACTICES, mech,
                           _prov(ctx, mech.sent_index, "relations.practices_we", 0.5, False))
            continue
        # 合作社推出“保底+分红”办法, 联合党委实行“…”制度: a body named by its kind alone, acting, is
        # the one of that kind named last, a few sentences up
        head = _BARE_ACTOR.search(ctx.doc.text, max(sent.start, mech.start - _BARE_REACH), mech.start)
        if head is not None:
            named = [o for i in range(max(0, mech.sent_index - _BARE_SENTENCES), mech.sent_index + 1)
                     for o in by.of(i, (Kind.ORGANIZATION,))
                     if o.end <= head.start() and o.label.endswith(head.group("h")) and o.label != head.group("h")
                     and ctx.sentences[i].paragraph >= sent.paragraph - 1]
            if not named:
                # (工作队 throughout an article on one village's work team, named in full once at the top:
                # the one body of that kind the document names)
                named = list({o.key: o for o in ctx.of_kind(Kind.ORGANIZATION)
                              if o.label.endswith(head.group("h")) and o.label != head.group("h")
                              and o.start < head.start()}.values())
                named = named if len(named) == 1 else []
            if named:
                yield _rel(named[-1], Predicate.PRACTICES, mech,
                           _prov(ctx, mech.sent_index, "relations.practices_named_before", 0.5, False))
                continue
        # from the paragraph only when the sentence before names one clear actor of each kind
        earlier = [a for a in by.earlier_in_paragraph(mech.sent_index, _AGENTS, limit=3)
                   if _is_actor(ctx, by, a) and _is_topic(ctx, by, a)]
        found = False
        for kind in _AGENTS:
            of_kind = [a for a in earlier if a.kind == kind]
            if of_kind and _chains(of_kind) == 1:
                found = True
                yield _rel(of_kind[-1], Predicate.PRACTICES, mech,
                           _prov(ctx, mech.sent_index, "relations.practices_paragraph", 0.4, False))
        if not found and speaker is not None and _own_measure(mech):
            yield _rel(speaker, Predicate.PRACTICES, mech,
                       _prov(ctx, mech.sent_index, "relations.practices_speaker", 0.3, False))
        elif not found and title_place is not None and _own_measure(mech):
            for owner in owners:
                yield _rel(owner, Predicate.PRACTICES, mech,
                           _prov(ctx, mech.sent_index, "relations.practices_title", 0.3, False))


#: a body named by its kind alone at the start of a clause, then a verb of practising, right
#: before a practice (合作社推出“…”, 联合党委实行“…”)
_BARE_ACTOR = re.compile(r"(?:^|(?<=[，,。；;：:\s]))(?P<h>合作社|联合党委|党委|党总支|党支部|村委会|工作队|联盟|公司)"
                         # (工作队和村党支部一起推行“…”: with a partner)
                         r"(?:(?:和|与|同)[^，,。；;：:“”]{2,8}?(?:一起|一道|共同)?)?"
                         r"(?:还|也|又|先后|率先|积极|创新|逐户)?(?:推出|推行|实行|探索|建立|开展|实施|创新|打造|推广|"
                         r"开办|制定|构建|启动)[了出]?[“「]?$")
#: characters before a practice in which such a clause's subject is looked for
_BARE_REACH = 24
#: sentences up (this paragraph or the one before) in which the body it stands for is looked for
_BARE_SENTENCES = 8


def _lead_units(ctx: DocContext, by: _BySentence) -> Iterator[RelationMention]:
    """A plan's task ends with the body that leads it (…推行“三清单一台账”。（牵头单位：市委组织部；
    责任单位：…）): that body practises what the task's paragraph names before the line."""
    for sent in ctx.sentences:
        if (duty := DUTY_LINE.match(sent.text)) is None or duty["duty"] != "牵头":
            continue  # (the units of the line are read by graph.extract.organizations)
        leads = by.of(sent.index, (Kind.ORGANIZATION,))
        if not leads:
            continue
        for earlier in ctx.paragraphs.get(sent.paragraph, ()):
            if earlier.index >= sent.index:
                break
            for mech in by.of(earlier.index, (Kind.MECHANISM,)):
                if mech.subtype == "component" or mech.rule in _SAID_RULES:
                    continue
                for org in leads:
                    yield _rel(org, Predicate.PRACTICES, mech,
                               _prov(ctx, mech.sent_index, "relations.practices_lead_unit", 0.6, True))


def _aims(ctx: DocContext, by: _BySentence) -> Iterator[RelationMention]:
    """A goal belongs to the mechanism nearest before it in its sentence (else the first after).

    Not to every mechanism of the sentence: “双联系”…促进“双增”、实现“双推” has one holder.
    A mechanism whose span is itself an aim (促进“双增”) does not hold the aims after it, and a
    goal that is an item of a mechanism's own expansion (its components) is not its aim.
    """
    components = [m for m in ctx.of_kind(Kind.MECHANISM) if m.subtype == "component"]
    comp_spans = {(m.sent_index, m.start, m.end) for m in components}
    goals = ctx.of_kind(Kind.GOAL)

    def is_aim(m: Mention) -> bool:  # the quote of 促进“双增”: a mechanism named as an aim
        return any(g.sent_index == m.sent_index and m.start <= g.start and g.end <= m.end and m.end - m.start
                   <= g.end - g.start + 2 for g in goals)

    text = ctx.doc.text
    for goal in goals:
        if any(c[0] == goal.sent_index and c[1] <= goal.start < c[2] for c in comp_spans):
            continue
        # (a title does not run across sentences)
        if _TITLE_OPEN.search(text, ctx.sentences[goal.sent_index].start, goal.start):
            continue  # 把“村民说事”写入《关于做好…工作的实施意见》: the cited document's aim, not the practice's
        # an item that heads its own section holds the aim its heading states: （一）组织联建强堡垒，让支部“硬起来”
        mechs = [m for m in by.of(goal.sent_index, (Kind.MECHANISM,))
                 if (m.subtype != "component" or m.rule == "components.headings")
                 and not (goal.start <= m.start and m.end <= goal.end) and not is_aim(m)]
        around = [m for m in mechs if m.start <= goal.start and goal.end <= m.end]  # a saying holding its aim
        before = [m for m in mechs if m.end <= goal.start]
        # the main practice of a sentence comes before the slogans that describe it
        named = [m for m in before if m.subtype != "quoted_slogan"]
        after = [m for m in mechs if m.start >= goal.end]
        if "以此" in text[max(0, goal.start - 6):goal.start]:
            named = named[:1]  # 推行A，把…纳入积分，每季度张贴“红黑榜”，以此推动Y: 此 is what the sentence does, A
        holder = (around or named[-1:] or before[-1:] or after[:1] or [None])[0]
        if holder is not None and holder in after:
            # 一是打造“学习开拓型”班子。新黎村党组织以高素质…为目标,强化…制度: the goal also
            # belongs to the practice the ordinal sentence before it names
            head = _ordinal_heading_mechanism(ctx, by, goal.sent_index)
            if head is not None:
                yield _rel(head, Predicate.AIMS_AT, goal, _prov(ctx, goal.sent_index, "relations.aims_heading",
                                                                0.5, False))
        if holder is not None:
            yield _rel(holder, Predicate.AIMS_AT, goal, _prov(ctx, goal.sent_index, "relations.aims_sentence",
                                                              0.6 if holder in after else 0.7, True))
            if holder in before:
                # “一核三治”“三方联动”等机制，把…转化为治理效能: the practices listed with the holder
                # hold its aim too
                listed = [m for m in before if m is not holder]
                prev = holder
                for m in reversed(listed):
                    if m.end > prev.start or not _LISTED_WITH.fullmatch(text, m.end, prev.start):
                        break
                    yield _rel(m, Predicate.AIMS_AT, goal, _prov(ctx, goal.sent_index, "relations.aims_listed", 0.6, True))
                    prev = m
            continue
        sent = ctx.sentences[goal.sent_index]
        if _BACK_REFERENCE.search(text, sent.start, goal.start):
            # 通过以上举措，逐步扭转党员老龄化趋势: the measures just named, in this paragraph or the last
            back = [m for m in _measures_before(ctx, by, goal.sent_index) if m.subtype != "component"]
            for m in back[:_BACK_MAX]:
                yield _rel(m, Predicate.AIMS_AT, goal, _prov(ctx, goal.sent_index, "relations.aims_back", 0.4, False))
            if back:
                continue
        if lone_line(ctx, sent) and _HEADING_NUMBER.match(sent.text):
            # 二、做实代办，让群众办事少跑腿: the practice its section opens with holds its heading's aim
            first = _first_measure_after(ctx, by, goal.sent_index)
            if first is not None:
                yield _rel(first, Predicate.AIMS_AT, goal, _prov(ctx, goal.sent_index, "relations.aims_section",
                                                                 0.4, False))
                continue
        earlier = [m for m in by.earlier_in_paragraph(goal.sent_index, (Kind.MECHANISM,), limit=2)
                   if m.subtype != "component"]
        if len(earlier) == 1:
            yield _rel(earlier[0], Predicate.AIMS_AT, goal,
                       _prov(ctx, goal.sent_index, "relations.aims_paragraph", 0.4, False))


#: a sentence that refers back to the measures just named (通过以上举措, 这些做法)
_BACK_REFERENCE = re.compile(r"(?:以上|上述|这些|这一系列|这一|这套|此类)(?:举措|措施|做法|机制|办法|制度|方式|工作)")
#: the most measures an aim said of "the measures above" is given to
_BACK_MAX = 3
#: a section heading's number (二、, （三）)
_HEADING_NUMBER = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")
#: characters: how far into its section's first sentence a practice may start to hold the heading's aim
_OPENS_WITH = 12


def _measures_before(ctx: DocContext, by: _BySentence, sent_index: int) -> list[Mention]:
    """The mechanisms of the sentences before, in this paragraph, else in the paragraph before."""
    para = ctx.sentences[sent_index].paragraph
    same = [m for x in reversed(ctx.paragraphs[para]) if x.index < sent_index for m in by.of(x.index, (Kind.MECHANISM,))]
    if same:
        return same
    return [m for x in reversed(ctx.paragraphs.get(para - 1, ())) for m in by.of(x.index, (Kind.MECHANISM,))]


def _first_measure_after(ctx: DocContext, by: _BySentence, sent_index: int) -> Mention | None:
    """The practice the section under a heading opens with: a named mechanism near the start of
    its first sentence (推行“全程代办”服务，…), none when the section opens otherwise."""
    if sent_index + 1 >= len(ctx.sentences):
        return None
    x = ctx.sentences[sent_index + 1]
    if lone_line(ctx, x) and _HEADING_NUMBER.match(x.text):
        return None
    found = [m for m in by.of(x.index, (Kind.MECHANISM,)) if m.subtype != "component" and m.start - x.start <= _OPENS_WITH]
    return min(found, key=lambda m: m.start) if found else None


#: what stands between practices listed together (“A”、“B”, “A”“B”, “A”和“B”): marks alone
_LISTED_WITH = re.compile(r"[”」\"]?\s*(?:[、，,和与及]|以及)?\s*[“「\"]?")
_ORDINAL_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、：:]|其[一二三四五六七八九十][，,、：:]|"
                           r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


def _ordinal_heading_mechanism(ctx: DocContext, by: _BySentence, sent_index: int) -> Mention | None:
    """The mechanism of the ordinal sentence (一是…/第一，…) just before, same paragraph."""
    if sent_index == 0:
        return None
    prev, cur = ctx.sentences[sent_index - 1], ctx.sentences[sent_index]
    if prev.paragraph != cur.paragraph or not _ORDINAL_HEAD.match(prev.text):
        return None
    mechs = [m for m in by.of(prev.index, (Kind.MECHANISM,)) if m.subtype != "component"]
    return mechs[0] if len(mechs) == 1 else None


_SAYER_VERB = re.compile(r"(?:[^。；;“”\"]{0,8}?)(?:首次|明确|再次|进一步|更是|还|也|又)?(?:强调|提出|指出|要求|承诺|明确|"
                         r"确立|部署|号召|倡导|写入|通过|印发|出台|颁布|作出|将|聚焦)")
#: verbs of issuing a document: a body that 印发的《…》 says what the title says (read from the
#: title), not what the rest of the sentence says (…印发的《…》，借鉴“小微权力36条”经验)
_ISSUING = ("印发", "出台", "颁布", "通过", "作出")
#: …印发的《…》(（以下简称…）)，: the issued document, then a clause of other doers (its title is
#: read for what the body says; 通过的《决定》把…作为…: the document goes on as a doer, kept)
_ISSUED_THEN_CLAUSE = re.compile(r"的《[^《》]{2,80}》(?:[（(][^（）()]{0,20}[）)])?[，,；;]")
#: what a document arranges for, right after its name (2024年中央一号文件关于学习运用“千万工程”经验、
#: 推进乡村全面振兴的部署): each practice and aim in it is the document's
_ABOUT_ARRANGED = re.compile(r"关于[^。；;]{2,80}?的(?:决策)?(?:部署|要求|安排|规定|精神)")
#: between a meeting or document and what it arranges for (党的二十大对全面推进乡村振兴作出战略部署;
#: …一号文件对进一步深化农村改革、扎实推进乡村全面振兴作出了部署: both items)
_DEPLOYS = re.compile(r"(?:专门|也|还|又|再次)?(?:对|就)[^。；;，,]{0,40}")
#: a verb of saying that opens a later clause of the sayer's sentence (党的二十大报告把…摆在
#:突出位置，明确要求…), or the sayer's own 把 (报告把全面推进乡村振兴摆在突出位置)
_LATER_SAYING = re.compile(r"[，,](?:并|也|还|又|同时)?(?:首次|明确|再次|进一步)?(?:强调|提出|指出|要求|部署|号召)")


def _said_later(text: str, sayer: Mention, thing: Mention, agents: list[Mention]) -> bool:
    """Whether ``sayer`` says ``thing`` in a later clause of its sentence, with no place or
    organisation acting in between, or puts it first (报告把X摆在…)."""
    if thing.start - sayer.end > 60:
        return False
    if text.startswith("把", sayer.end):
        return True
    if any(sayer.end <= a.start and a.end <= thing.start for a in agents):
        return False
    return _LATER_SAYING.search(text, sayer.end, thing.start) is not None


# “三访”工作机制，是…镇党委在…过程中，形成的…: the cleft names who made the practice
_CLEFT_IS = re.compile(r"^[，,]?(?:就|则|正)?是[\u4e00-\u9fff]{0,8}$")
_CLEFT_MADE = re.compile(r"(?:形成|提出|创立|创造|探索出|推出|总结|首创|建立)(?:了)?的")
_TITLE_OPEN = re.compile(r"《[^《》\n]*$")


def _item_components(ctx: DocContext, by: _BySentence) -> Iterator[RelationMention]:
    """Practices named inside an ordinal item are parts of the item's practice.

    一是打造“学习开拓型”班子。新黎村党组织以…为目标,强化村干部定期学习制度… : the 制度 belongs
    to the 班子 the item sets out, up to the next item (二是…) or the paragraph's end. Not to a
    numeric abbreviation whose items are already known: its numerals count them (严格落实“三会一课”
    制度。…每月开展1次主题党日 adds no fifth part to the four).
    """
    counted = {r.subject_key for r in ctx.relations
               if r.predicate == Predicate.HAS_COMPONENT and r.subject_kind == Kind.MECHANISM}
    for sent in ctx.sentences:
        if not _ORDINAL_HEAD.match(sent.text):
            continue
        heads = [m for m in by.of(sent.index, (Kind.MECHANISM,)) if m.subtype != "component"]
        if len(heads) != 1:
            continue
        head = heads[0]
        if head.subtype == "numeric_abbreviation" and head.key in counted and not any(c.isascii() for c in head.label):
            continue  # (a formula, “1+3+N”, counts no items: N is open)
        marker = _ORDINAL_HEAD.match(sent.text)
        assert marker is not None
        if head.start - (sent.start + marker.end()) > 6:
            continue  # the item is about something else; the practice is only mentioned in it
        i = sent.index + 1
        while i < len(ctx.sentences) and ctx.sentences[i].paragraph == sent.paragraph \
                and not _ORDINAL_HEAD.match(ctx.sentences[i].text):
            for m in by.of(i, (Kind.MECHANISM,)):
                if m.subtype in ("named_practice", "program") and m.key != head.key:
                    yield _rel(head, Predicate.HAS_COMPONENT, m,
                               _prov(ctx, i, "relations.component_in_item", 0.5, False))
            i += 1


#: one part of a numeric abbreviation made of parts, a numeral and its word (三联|三述, 一单|两审|三公示)
_PART = rf"[{CN_NUM_CHARS}双]+[^{CN_NUM_CHARS}双]{{1,3}}"
#: a numeric abbreviation of two to four such parts (三联三述, 双培双带, 一平台四体系, 一单两审三公示, 一征四议两公开一评)
_PARTED = re.compile(rf"(?:{_PART}){{2,4}}")
_PART_RE = re.compile(_PART)


def _halves(ctx: DocContext) -> Iterator[RelationMention]:
    """A numeric abbreviation made of two to four that the document spells out on their own has
    those and their items as parts: “三联三述” with 所谓“三联”，就是A、B、C and 所谓“三述”，就是
    D、E、F is 三联 + 三述, so A…F (“一单两审三公示”: 一单, 两审, 三公示 and theirs). Only when it has no
    items of its own (inferred, not stated)."""
    parts: dict[str, list[str]] = {}
    for r in ctx.relations:
        if r.predicate == Predicate.HAS_COMPONENT and r.subject_kind == Kind.MECHANISM:
            parts.setdefault(r.subject_key, []).append(r.object_key)
    if not parts:
        return
    mechs: dict[str, Mention] = {}
    for m in ctx.mentions:
        if m.kind == Kind.MECHANISM:
            mechs.setdefault(m.key, m)
    by_label = {m.label: m for m in mechs.values()}
    for whole in mechs.values():
        split = _PARTED.fullmatch(whole.label) if whole.subtype == "numeric_abbreviation" else None
        if split is None or whole.key in parts:
            continue
        for half in (by_label.get(h.group()) for h in _PART_RE.finditer(whole.label)):
            if half is None or half.key not in parts:
                continue
            prov = _prov(ctx, whole.sent_index, "relations.components_of_halves", 0.5, False)
            yield _rel(whole, Predicate.HAS_COMPONENT, half, prov)
            for key in dict.fromkeys(parts[half.key]):
                if key in mechs:
                    yield _rel(whole, Predicate.HAS_COMPONENT, mechs[key], prov)


def _issuing_meeting(doc: Mention, ms: list[Mention]) -> Mention | None:
    """The meeting a document named after it was issued by (doc:congress-20:报告 of 党的二十大), when
    the sentence names it right before the document."""
    issuer = issuer_of(doc.key)
    return next((m for m in ms if m.kind == Kind.EVENT and m.key == issuer and m.end <= doc.start), None) if issuer else None


def _proposed(ctx: DocContext, by: _BySentence) -> Iterator[RelationMention]:
    """Who proposed a mechanism or goal: the event or organisation that says it.

    * the sayer before it in the sentence, with its own verb of saying (党的十八大强调…,
      十八大报告首次提出要建设…, 党中央提出…); only the nearest sayer;
    * a campaign or meeting as the setting (早在先进性教育活动中，就探索建立…), for the first
      mechanism after it and only when no place or organisation acts in between;
    * the cleft “X”工作机制，是…镇党委在…中形成的 (the organisation after the practice);
    * a goal in a 《…》 title: the document (and the event naming it right after the title).
    """
    text = ctx.doc.text
    comp: dict[int, list[Mention]] = {}
    for m in ctx.of_kind(Kind.MECHANISM):
        if m.subtype == "component":
            comp.setdefault(m.sent_index, []).append(m)
    for idx, ms in by.sent.items():
        if not any(t.kind in (Kind.MECHANISM, Kind.GOAL) and t.subtype != "component" for t in ms):
            continue  # nothing proposed in this sentence
        sayers = [m for m in ms if m.kind == Kind.EVENT or (m.kind == Kind.ORGANIZATION and _NATIONAL.match(m.text))]
        orgs = [m for m in ms if m.kind == Kind.ORGANIZATION]
        agents = [m for m in ms if m.kind in _AGENTS]
        setting_used: set[str] = set()
        for thing in ms:
            if thing.kind not in (Kind.MECHANISM, Kind.GOAL) or thing.subtype == "component":
                continue
            if any(c.start <= thing.start < c.end for c in comp.get(idx, ())):
                continue  # an item of another mechanism's expansion
            before = [e for e in sayers if e.end <= thing.start]
            said = [e for e in before if (v := _SAYER_VERB.match(text, e.end, thing.start)) is not None
                    and not (v.group(0).endswith(_ISSUING) and _ISSUED_THEN_CLAUSE.match(text, v.end()))
                    or _said_later(text, e, thing, agents)
                    or (about := _ABOUT_ARRANGED.match(text, e.end)) is not None and thing.end <= about.end()
                    or thing.rule == "goals.deployed" and _DEPLOYS.fullmatch(text, e.end, thing.start)]
            if said:
                ev = said[-1]
                yield _rel(thing, Predicate.PROPOSED_BY, ev, _prov(ctx, idx, "relations.proposed_by", 0.8, True))
                if ev.key.startswith("doc:") and (meeting := _issuing_meeting(ev, ms)) is not None:
                    # 党的二十大报告提出…: the congress proposes what its report says (writers name either)
                    yield _rel(thing, Predicate.PROPOSED_BY, meeting,
                               _prov(ctx, idx, "relations.proposed_by_meeting", 0.7, True))
            elif before and text.startswith(("中", "上"), before[-1].end) and before[-1].kind == Kind.EVENT:
                ev = before[-1]  # 在先进性教育活动中 / 在…见面会上
                acting = any(ev.end <= a.start and a.end <= thing.start for a in agents)
                if not acting and ev.key not in setting_used and thing.kind == Kind.MECHANISM:
                    setting_used.add(ev.key)
                    yield _rel(thing, Predicate.PROPOSED_BY, ev, _prov(ctx, idx, "relations.proposed_by_setting",
                                                                       0.6, True))
            if thing.kind == Kind.MECHANISM:
                for org in _originators(text, thing, orgs, [m for m in ms if m.kind in (*_AGENTS, Kind.PERSON)]):
                    yield _rel(thing, Predicate.PROPOSED_BY, org,
                               _prov(ctx, idx, "relations.proposed_by_originator", 0.6, True))
                for org in orgs:
                    if org.start > thing.end and _CLEFT_IS.match(text[thing.end:org.start].lstrip("”\"")) \
                            and _CLEFT_MADE.search(text, org.end, min(org.end + 40, ctx.sentences[idx].end)):
                        yield _rel(thing, Predicate.PROPOSED_BY, org,
                                   _prov(ctx, idx, "relations.proposed_by_cleft", 0.7, True))
                        yield _rel(org, Predicate.PRACTICES, thing,
                                   _prov(ctx, idx, "relations.practices_cleft", 0.7, True))
                        break
            if thing.kind == Kind.GOAL:
                opened = _TITLE_OPEN.search(text, max(ctx.sentences[idx].start, thing.start - 40), thing.start)
                close = text.find("》", thing.end, ctx.sentences[idx].end)
                if opened and close >= 0:
                    for ev in (m for m in ms if m.kind == Kind.EVENT):
                        if opened.start() <= ev.start <= close + 2 and ev.end >= close:
                            yield _rel(thing, Predicate.PROPOSED_BY, ev,
                                       _prov(ctx, idx, "relations.proposed_by_title", 0.8, True))


#: a body's verb of bringing a practice into being, right before the practice's name (提出村干部
#: “四个一批”储备计划, 探索“托管代养”模式, 推出“红色代办”服务): a few words may stand between
_ORIGIN = re.compile(r"(?:提出|首创|推出|探索推行|探索建立|探索实行|探索形成|探索出|探索|总结出|总结提炼出|总结形成|创立|创设|"
                     r"出台|制定|印发|推行|实行|创建|打造|组建|开设|开办|建立|设立)(?:了|出)?[^，,。；;：:“”\s]{0,6}[“\"]?$")
#: verbs that bring in a practice only when it is coined, quoted and not the nation's own
#: (沙集镇党委推行“双培双带”: its own; 推行“四议两公开”工作法, 推行积分制管理: adopted)
_COINED_ONLY = ("探索", "推行", "实行", "创建", "打造", "组建", "开设", "开办", "建立", "设立")
#: verbs of setting up, which say who brought a practice in only in that body's own clause
_SET_UP = ("建立", "设立")
#: between two bodies that bring a practice in together (旗委组织部会同旗农牧局提出…)
_JOINED = re.compile(r"^(?:会同|联合|和|与|及|、)$")
#: characters from a body to its verb, at most (剑川县委把后备力量建设摆在突出位置，提出…)
_ORIGIN_REACH = 30
_SENTENCE_STOP = re.compile(r"[。；;！？]")
#: verbs that make others the doers of what follows (支持更多高校创建…, 围绕加快打造…)
_OTHERS_DO = re.compile(r"支持|鼓励|引导|帮助|指导|督促|推动|带动|要求|号召|动员|围绕|聚焦|对标")


def _national(thing: Mention) -> bool:
    """A practice the nation names (四议两公开, 三会一课) or the genre's data lists (积分制管理)."""
    from graph.extract._text import name_key
    from graph.extract.mechanisms import genre_practices, standard_abbreviations

    return name_key(thing.label) in standard_abbreviations() or genre_practices().fullmatch(thing.label) is not None


def _originators(text: str, thing: Mention, orgs: list[Mention], agents: list[Mention]) -> list[Mention]:
    """The bodies a practice is brought in by: the organisation that is the subject of a verb of
    origin right before it (沙溪镇党委提出“…”的工作思路), and the bodies joined to it (…会同…)."""
    verb = _ORIGIN.search(text, max(0, thing.start - 12), thing.start)
    if verb is None or (verb.group(0).startswith(_COINED_ONLY) and (
            "“" not in text[verb.start():thing.start + 1] or _national(thing))):
        return []  # 探索村干部家访制度: a body tries a practice; 探索“托管代养”模式: it coins one
    before = [o for o in orgs if o.end <= verb.start() and verb.start() - o.end <= _ORIGIN_REACH]
    if not before:
        return []
    subject = before[-1]
    between = text[subject.end:verb.start()]
    if any(subject.end <= a.start and a.end <= verb.start() for a in agents) or _SENTENCE_STOP.search(between):
        return []  # another place, body or person acts in between (…中国共产党…毛泽东提出了“…”)
    if verb.group(0).startswith(_COINED_ONLY) and _OTHERS_DO.search(between):
        return []  # …大学建设…，支持更多高校创建“双一流”: others are made to do it
    if verb.group(0).startswith(_SET_UP) and _CLAUSE_BREAK.search(between):
        return []  # 国家冰雪运动学院获批建设，设立“中小学生冰雪周”: the body's clause ended (corpus 0100)
    out = [subject]
    for org in reversed(before[:-1]):
        if not _JOINED.match(text[org.end:out[-1].start]):
            break
        out.append(org)
    return out


def _cites(ctx: DocContext) -> Iterator[RelationMention]:
    for ev in ctx.of_kind(Kind.EVENT):
        unit = ctx.doc.unit_at(ev.start)
        yield RelationMention(subject_kind=Kind.DOCUMENT, subject_key=unit, predicate=Predicate.CITES,
                              object_kind=Kind.EVENT, object_key=ev.key,
                              prov=_prov(ctx, ev.sent_index, "relations.cites", 1.0, True))

