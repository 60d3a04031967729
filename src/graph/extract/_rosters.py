"""People a document lists in a roster rather than names in its sentences.

Four layouts of official documents, none of which has the cue words the persons extractor
reads sentences by:

* a leading group's membership, one label a line and the names after it, each with its posts
  in a bracket, more names on lines of their own under the label::

      组  长：马建国（镇党委书记）
      副组长：杨志刚（镇党委副书记、镇长）
              李秀琴（镇党委副书记）
      成  员：丁玉梅（镇党委委员、组织委员）、王振华（镇党委委员、宣传委员）

  only under a sentence that sets up a group (…领导小组，组成人员如下：), a heading naming its
  members (一、验收组成员), the group's own label (视察组组长：, 课题组组长：) or an elected
  body's heading with its size (（一）…党支部委员会（5人）, then 书记：…, 委员：…); a line may
  also give a name and its post apart by wide spaces (组  长:程立新  黄山市农业农村局副局长) or
  names alone (成员：金善姬　朴成浩　李东旭); the named members end where a clause on members by
  kind begins (…（县委党校副校长），县党代表…各1名);
* a table written as text, its cells apart by wide spaces, tabs or rules (|), a column headed by
  a post or 姓名 (序号　乡镇　党委书记　考核等次 / 2　庙宇镇　冉光辉　好), a cell holding a name
  and its post in brackets (唐振华（镇党委政法委员）), a column of unit and post beside it
  (派出单位及职务), a ledger's cell of names paired in order with its cell of units responsible
  (责任单位 | 责任人: 善泥村党支部、镇党建办 | 冉光美、田茂松), the rows going on under numbered group
  headings;
* a research team's members one a line under 课题组成员: (钱晓燕  中共安吉县委党校  讲师): the
  report's authors; a proposal's co-signers the same way under 联名人: (赵春生　农业界　…中心主任),
  who sign but do not write it;
* a labelled line of names each with its posts in brackets (县直单位：任慧娟（县委组织部副部长）、…:
  a meeting's attendees by their side).

Imports the model only; whether a name is plausible is the caller's test.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from graph.extract._tables import tables
from graph.pipeline import DocContext


@dataclass(frozen=True, slots=True)
class Listed:
    """A name in a roster: document offsets of the name and of the bracket of posts after it (or of
    its row's cell of unit and post, in a table)."""

    sent_index: int
    start: int
    end: int
    name: str
    bracket: tuple[int, int] | None
    #: whether the roster is a group's (the person is a member of the group set up above it)
    group: bool
    #: whether the people listed wrote the document (a research team's members under its report's head)
    author: bool = False
    #: the sentence that set the group up (its heading line or the sentence naming it), for a group's roster
    set_up: int | None = None
    #: a table row's cells (document offsets), and the body its column's post is of (党委书记: 党委), for
    #: the place or body the row names
    row: tuple[tuple[int, int], ...] = ()
    post_body: str | None = None
    #: whether the name column is headed by a post (书记, 负责人), not by 姓名: the row's body is the one led
    led: bool = False
    #: the rule that read it, where not a group's roster, a table's row or an author's line
    rule: str = ""


#: a roster line's label: the group's head, deputies, members, its office's head (spaced or not),
#: the group's name before it or not (视察组组长：), a team's (队　长：)
_LABEL = re.compile(r"\s*(?P<group>[\u4e00-\u9fff]{1,4}组(?=副?组长|成员))?(?:(?:常[ \u3000]*务[ \u3000]*)?副?[ \u3000]*组[ \u3000]*长|成[ \u3000]*员|"
                    # an elected body's posts, under its heading (书记：王化成（男，48岁…）, 委员：…、…)
                    r"副?书[ \u3000]*记|委[ \u3000]*员|副?(?:理事长|监事长|会长|社长)|"
                    # a team's leader and members (队　长：涂国平（…）, 队　员：…)
                    r"副?队[ \u3000]*长|队[ \u3000]*员|"
                    r"(?:办公室)?副?[ \u3000]*主[ \u3000]*任)\s*[:：]\s*")
#: a name and its bracket of posts, as a roster lists them
_ITEM = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4}?)\s*(?P<bracket>[（(][^（）()\n]{2,60}[）)])")
_ITEM_SEP = re.compile(r"[、，,；;\s\u3000]*")
#: a roster line's one name, wide spaces, then its unit and post to the line's end
_ITEM_POST = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?:[ \u3000]{2,}|\t|\u3000)(?P<bracket>[^\s（）()]{4,40})\s*")
#: a name alone among names apart by spaces or 、 (no bracket: the group ``bracket`` never matches)
_ITEM_BARE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})(?=[、，,；;\s\u3000]|$)(?P<bracket>(?!))?")
#: a sentence that sets up a group whose roster follows (…成立…领导小组，组成人员如下：)
SET_UP = re.compile(r"(?:领导小组|工作专班|专班|工作组|指挥部|工作委员会)|组成人员|成员如下|"
                     # (a group's own label: 视察组组长：段明灿（…）, 编写组成员：曾晓岚（县委组织部）)
                     r"(?:视察|调研|督导|检查|考察|巡察|编写|评审|考核|课题|验收|评估|项目)组(?:副?组长|成员)\s*[:：]|"
                     # (a heading naming the group's members: 一、验收组成员)
                     r"[\u4e00-\u9fff]{2,6}组(?:成员|组成人员)\s*$|"
                     # (an elected body's heading with its size: （一）兰陵东南圩村党支部委员会（5人）)
                     r"(?:委员会|党支部|党总支|党委|理事会|监事会|队)\s*[（(]\d{1,3}人[）)]\s*$")
#: the end of a roster line's named members, where a clause on members not named follows (…（县委
#: 党校副校长），县党代表、人大代表…各1名)
_AFTER_ITEMS = re.compile(r"[）)][，,；;]")
#: a phone number's field after a roster line's names
_PHONE = re.compile(r"[ \u3000\t]*(?:联系)?(?:电话|手机|座机)\s*[:：]")
#: paragraphs between the sentence setting a group up and its roster's first line
ROSTER_GAP = 5
#: the headings of a table's column that holds people's names
_NAME_COLUMNS = frozenset({"姓名", "党委书记", "书记", "党组织书记", "党支部书记", "村党组织书记", "负责人", "联系人",
                           "责任人", "第一书记", "队长", "组长", "村支书", "支部书记", "责任领导", "分管领导",
                           "包联领导", "牵头领导",
                           # a grid's or a building's roster (网格长　网格员, 楼栋长), a liaison's or a helper's
                           "网格长", "网格员", "专职网格员", "兼职网格员", "楼栋长", "单元长", "联络员", "信息员", "调解员",
                           "帮扶人", "帮扶干部", "包联干部", "包村干部", "驻村干部", "结对干部", "党员姓名"})
#: the body a column's post is of: its row's township or village has it (乡镇 | 党委书记 -> 庙宇镇党委)
_POST_BODY = {"党委书记": "党委", "党组织书记": "党组织", "村党组织书记": "党组织", "党支部书记": "党支部",
              "支部书记": "党支部", "村支书": "党支部"}
#: the heading of a table's column that holds a person's unit or post (工作单位, 派出单位及职务, 现任职务)
_UNIT_COLUMN = re.compile(r"单位|职务|职位")
#: a heading cell that names a measure or a unit, not a person, though its first character is a
#: surname's (党员数, 党龄, 任职年限（年）, 基础积分; 党小组, 类别; 任务, 内容)
_MEASURE_HEAD = re.compile(r"(?:数|率|量|额|龄|限|比|分|[（(].*[）)])$|.*(?:组|委|部|会|队|类|别)$|"
                           # (a task list's headings: 任务, 内容, 时限 …)
                           r"(?:.*任务|内容|事项|措施|项目|名称|职务|职责|单位|备注|地点|时间|标准|要求|目标|方式|情况|成效|问题)$")
#: the heading of a column of the units responsible for a task, the lead one first
_LEAD_UNIT = re.compile(r"责任|牵头|主责")
#: characters: the longest cell of a table's heading (集体经济收入（万元）)
_HEADING_CELL = 12


def _items(text: str, pos: int, end: int, *, bare: bool = False) -> list[re.Match[str]] | None:
    """The name-and-bracket items filling ``text[pos:end]`` wholly, or None; with ``bare``, a roster
    line's other shapes too: one name, wide spaces and its post (程立新  黄山市农业农村局副局长), or
    names alone apart by spaces or 、 (金善姬　朴成浩　李东旭), whose ``bracket`` group is the post or
    None."""
    out: list[re.Match[str]] = []
    start = pos = _ITEM_SEP.match(text, pos, end).end()
    while pos < end:
        m = _ITEM.match(text, pos, end)
        if m is None:
            break
        out.append(m)
        pos = _ITEM_SEP.match(text, m.end(), end).end()
    if pos >= end:
        return out or None
    if not bare:
        return None
    if (one := _ITEM_POST.fullmatch(text, start, end)) is not None:
        return [one]
    out, pos = [], start
    while pos < end:
        m = _ITEM.match(text, pos, end) or _ITEM_BARE.match(text, pos, end)  # (涂志勇、熊卫东（退役军人）、…)
        if m is None:
            return None
        out.append(m)
        pos = _ITEM_SEP.match(text, m.end(), end).end()
    return out or None


def _named_items(text: str, pos: int, end: int, *, bare: bool = False) -> list[re.Match[str]] | None:
    """:func:`_items` over ``text[pos:end]``, else the name-and-bracket items before a clause on
    members not named (…（县委党校副校长），县党代表、人大代表…各1名)."""
    items = _items(text, pos, end, bare=bare)
    if items is None and (rest := _AFTER_ITEMS.search(text, pos, end)) is not None:
        items = _items(text, pos, rest.start() + 1)
    return items


def _unit_items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of the units a table's cell lists apart by 、 (镇党建办、四溪村党支部)."""
    out, pos = [], a
    for part in text[a:b].split("、"):
        if part.strip():
            out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def group_roster(ctx: DocContext, plausible: Callable[[str], bool]) -> Iterator[Listed]:
    """The names of a group's roster lines (see the module's docstring)."""
    text = ctx.doc.text
    open_at = -10  # the paragraph of the last line read as the roster's
    set_up = -10  # the paragraph of the last sentence setting a group up
    set_up_sent: int | None = None  # and that sentence
    for sent in ctx.sentences:
        if SET_UP.search(sent.text):
            set_up, set_up_sent = sent.paragraph, sent.index
        line = ctx.paragraphs.get(sent.paragraph, ())
        if len(line) != 1:
            continue
        label = _LABEL.match(text, sent.start, sent.end)
        near = sent.paragraph - set_up <= ROSTER_GAP + 1 or sent.paragraph == open_at + 1
        # (a phone after the names is no part of them: 队　长：涂国平（…）　电话：139****6025)
        phone = _PHONE.search(text, sent.start, sent.end)
        line_end = phone.start() if phone is not None else sent.end
        if label is not None and near:
            # (成　员：许文斌（…）、顾晓军（…），县党代表…各1名: the named members, before the others)
            items = _named_items(text, label.end(), line_end, bare=True)
        elif label is None and sent.paragraph == open_at + 1:
            items = _items(text, sent.start, line_end, bare=True)  # more names under the label's line
        else:
            continue
        # (every item a name and its posts: a surname the caller does not know passes in such a line,
        # 撒忠林（镇党委委员、政法委员）, so long as one name of the line is plausible; names alone, each)
        if not items or not any(plausible(m.group("name")) for m in items) or any(
                (len(m.group("name")) > 3 or m.re is _ITEM_BARE) and not plausible(m.group("name")) for m in items):
            continue
        open_at = sent.paragraph
        # (a label naming its own group, 选举指导组组长：, is not of the body a heading above named)
        own_group = label is not None and label.group("group") is not None and set_up_sent != sent.index
        for m in items:
            yield Listed(sent.index, m.start("name"), m.end("name"), m.group("name"),
                         m.span("bracket") if m.group("bracket") is not None else None, True,
                         set_up=None if own_group else set_up_sent)


#: a label line over a research team's members, one a line (课题组成员:)
_MEMBERS_LABEL = re.compile(r"\s*(?:(?:课题组|调研组|项目组|编写组|研究团队|团队)(?:主要)?成员|(?P<signers>联[ \u3000]*名[ \u3000]*人))"
                            r"\s*[:：]\s*")
#: a member's line under it: the name (its part in the team in brackets), the unit, the title or
#: the class, set apart by wide spaces or a tab (钱晓燕  中共安吉县委党校  讲师; 吉克阿依（队长）　西南民族
#: 大学民族学与社会学学院　2021级社会学专业)
#: (a co-signer's line may hold a sector first: 赵春生　农业界　望奎县莲花镇农业综合服务中心主任; the unit
#: is read from all of the line after the name)
_MEMBER_LINE = re.compile(r"\s*(?P<name>[\u4e00-\u9fff]{2,4})(?:[（(][\u4e00-\u9fff]{1,6}[）)])?(?:\t+|\u3000+| {2,})"
                          r"(?P<unit>[\u4e00-\u9fff（）()]{2,30}?"
                          r"(?:(?:\t+|\u3000+| {2,})[\u4e00-\u9fff、，,\d（）()]{1,30})?)\s*")
#: lines under the label, at most: the head of a report lists a handful
_MEMBERS_MAX = 12


def member_lines(ctx: DocContext, plausible: Callable[[str], bool]) -> Iterator[Listed]:
    """The members of a research team listed one a line under 课题组成员: (the name, its unit
    and title, apart by wide spaces): the report's authors, each of their unit."""
    paragraphs = sorted(ctx.paragraphs)
    for k, para in enumerate(paragraphs):
        sents = ctx.paragraphs[para]
        label = _MEMBERS_LABEL.fullmatch(sents[0].text) if len(sents) == 1 else None
        if label is None:
            continue
        authors = label.group("signers") is None  # (a proposal's co-signers sign, they are not its authors)
        for nxt in paragraphs[k + 1:k + 1 + _MEMBERS_MAX]:
            line = ctx.paragraphs[nxt]
            m = _MEMBER_LINE.fullmatch(line[0].text) if len(line) == 1 else None
            if m is None:
                break
            if not plausible(m.group("name")):
                continue  # (a member's line all the same, of a name the test does not know: 吉克阿依)
            start = line[0].start
            yield Listed(line[0].index, start + m.start("name"), start + m.end("name"), m.group("name"),
                         (start + m.start("unit"), start + m.end("unit")), False, authors,
                         rule="" if authors else "person.listed_line")


#: a line of a label and the people it names, each with their posts in brackets (县直单位：任慧娟（县委
#: 组织部副部长）、高文斌（县农业农村局党组书记、局长）: a meeting's attendees by their side)
_LINE_LABEL = re.compile(r"\s*[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,10}[:：]\s*")
#: what a bracket after a listed name holds: a post
_POSTED = re.compile(r"书记|主任|部长|局长|委员|主席|校长|院长|所长|站长|队长|组长|科长|股长|镇长|乡长|村长|讲师|教师|"
                     r"干部|党员|代表|经营户|户$")


def labelled_lines(ctx: DocContext, plausible: Callable[[str], bool]) -> Iterator[Listed]:
    """The people a labelled line names, each a name and a bracket of posts (:data:`_LINE_LABEL`), the
    whole of the line after the label (or all before a clause on others: …（县委党校讲师），…); not the
    lines a group's roster reads (组　长：…)."""
    text = ctx.doc.text
    for para, sents in ctx.paragraphs.items():
        if len(sents) != 1:
            continue
        sent = sents[0]
        m = _LINE_LABEL.match(text, sent.start, sent.end)
        if m is None or _LABEL.match(text, sent.start, sent.end) is not None:
            continue
        items = _named_items(text, m.end(), sent.end)
        if not items or not all(plausible(i.group("name")) and _POSTED.search(i.group("bracket")) for i in items):
            continue
        for i in items:
            yield Listed(sent.index, i.start("name"), i.end("name"), i.group("name"), i.span("bracket"), False,
                         rule="person.listed_line")


#: a name of any people's (扎西多吉, 努尔艾力·司马义), in a cell that a 性别 cell says is a person's
_ANY_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{1,8})?")


def table_rows(ctx: DocContext, plausible: Callable[[str], bool]) -> Iterator[Listed]:
    """The names in a text table's column headed by a post or 姓名 (see the module's docstring;
    the tables are :mod:`graph.extract._tables`'s)."""

    def heading_ok(words: list[str]) -> bool:
        # a post's column, short cells, and no cell a name (a measure's heading may open with a
        # surname's character: 党员数)
        return (any(w in _NAME_COLUMNS for w in words) and all(len(w) <= _HEADING_CELL for w in words)
                and not any(plausible(w) and not _MEASURE_HEAD.search(w) for w in words))

    text = ctx.doc.text
    for table in tables(ctx, heading_ok):
        # every column of names (网格长　网格员: two people a row)
        columns = [k for k, w in enumerate(table.heading) if w in _NAME_COLUMNS]
        # the column of their unit and post, when one person a row (派出单位及职务: 阜平县人民医院内科主治医师)
        unit = next((k for k, w in enumerate(table.heading) if _UNIT_COLUMN.search(w)), None) \
            if len(columns) == 1 else None
        # a ledger's units responsible, the lead one first (责任单位: 镇党政办、镇党建办)
        lead_first = unit is not None and _LEAD_UNIT.search(table.heading[unit]) is not None
        # a column of the person's sex (性别): a row whose cell there is 男 or 女 is a person's, and its
        # name cell their name whatever its surname (扎西多吉, 沙马阿依)
        sex = next((k for k, w in enumerate(table.heading) if w == "性别"), None)
        for row in table.rows:
            sexed = sex is not None and sex < len(row.cells) and text[slice(*row.cells[sex])] in ("男", "女")
            for column in columns:
                a, b = row.cells[column]
                if plausible(text[a:b]) or sexed and table.heading[column] in ("姓名", "党员姓名") \
                        and _ANY_NAME.fullmatch(text, a, b):
                    post = row.cells[unit] if unit is not None and row.cells[unit][1] > row.cells[unit][0] else None
                    if post is not None and lead_first:
                        post = (_unit_items(text, *post) or [post])[0]  # 镇党政办、镇党建办 | 黄德坤: the lead unit's
                    yield Listed(row.sents[column], a, b, text[a:b], post, False,
                                 row=tuple(c for k, c in enumerate(row.cells) if k != column),
                                 post_body=_POST_BODY.get(table.heading[column]),
                                 led=table.heading[column] not in ("姓名", "党员姓名"))
                elif b > a and (items := _items(text, a, b)) and all(plausible(m.group("name")) for m in items):
                    # 唐振华（镇党委政法委员）: the name and its post in the cell
                    for m in items:
                        yield Listed(row.sents[column], m.start("name"), m.end("name"), m.group("name"),
                                     m.span("bracket"), False)
                elif (b > a and "、" in text[a:b] and (items := _items(text, a, b, bare=True))
                      and all(m.group("bracket") is None and plausible(m.group("name")) for m in items)):
                    # 责任单位 | 责任人: 善泥村党支部、镇党建办 | 冉光美、田茂松: each name of its unit in
                    # the same order; one name with several units is of the first, the lead unit
                    units = _unit_items(text, *row.cells[unit]) if unit is not None else []
                    for k, m in enumerate(items):
                        post = units[k] if len(units) == len(items) else units[0] if len(items) == 1 and units else None
                        yield Listed(row.sents[column], m.start("name"), m.end("name"), m.group("name"), post, False,
                                     led=True)
