"""People: authors, editors, people in reference lists, leaders named with a title or a
speech verb, role models.

Why patterns and not a tagger: person names in this genre sit in a few fixed frames (作者：X,
责任编辑：X, [1]X.题名[J], X总书记, X指出), and a common-surname check on the first character keeps
the frames honest. jieba's part-of-speech tagger is too slow (0.3 MB/s) for whole documents and
is not needed here. The lists below are general data (surnames; national leaders and role
models everyone in the genre cites), not answers from any document.

Relations: authorOf / editorOf the document unit holding the line (a paper of a compilation,
else the document), affiliatedWith the organisation on a 作者单位 line of the same unit.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from graph.extract._rosters import ROSTER_GAP, SET_UP, group_roster, labelled_lines, member_lines, table_rows
from graph.extract._text import SURNAME_CHARS, SURNAMES, TEAM_ENDS, TEAM_WORD
from graph.extract._words import WordStarts
from graph.model import Implied, Kind, Mention, Predicate, Provenance, RelationMention, Sentence, make_mention
from graph.pipeline import DocContext
from graph.segment import word_freq, word_tag

#: common single-character surnames (graph.extract._text) and compound surnames
_SURNAMES = SURNAMES
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙")
#: national leaders and widely cited figures of the genre (general knowledge)
_LEADERS = {"毛泽东", "邓小平", "江泽民", "胡锦涛", "习近平", "周恩来", "刘少奇", "朱德", "陈云", "李克强",
            "温家宝", "李鹏", "朱镕基", "李强", "孙中山"}
#: the revolution's leaders and martyrs, whom Party-history texts, red-tourism guides and village
#: histories name (general knowledge)
_REVOLUTIONARIES = {"任弼时", "彭德怀", "刘伯承", "贺龙", "陈毅", "罗荣桓", "徐向前", "聂荣臻", "叶剑英", "林伯渠",
                    "董必武", "张闻天", "王震", "左权", "方志敏", "瞿秋白", "李大钊", "杨靖宇", "赵一曼", "刘志丹",
                    "谢子长", "习仲勋", "彭湃", "邓中夏", "恽代英", "蔡和森", "向警予", "黄继光", "邱少云", "董存瑞"}
_ROLE_MODELS = {"雷锋", "焦裕禄", "孔繁森", "杨善洲", "谷文昌", "王进喜", "张思德", "白求恩", "廖俊波",
                "黄文秀", "张桂梅", "沈浩", "郑培民", "牛玉儒"}
_TITLES = ("总书记", "主席", "总理", "委员长", "副主席", "副总理", "同志", "书记", "省长", "市长", "县长",
           "镇长", "乡长", "村长", "主任", "部长", "局长", "教授", "研究员", "先生", "女士", "院士", "同学", "老师")
_NAME = r"[\u4e00-\u9fff]{2,4}"
#: a film's closing credits (总监制:蔡明远, 摄像:叶振宇 张凯, 航拍:吴俊, 配音:何欣然): people, not authors
_CREDIT_LABELS = ("总监制", "监制", "出品人", "总策划", "策划", "统筹", "摄像", "航拍", "剪辑", "配音", "后期制作", "美编")
#: a village's block in a township's table of its villages (支部书记：何春林，45岁; a team's 队长： is read
#: with its team, see _TEAM_ROLE), and who signs an agreement for a party (代表签字：韦振邦): people
_HOLDER_LABELS = ("支部书记", "党支部书记", "第一书记", "驻村第一书记", "村委会主任", "代表签字", "签字人")
#: the officers of a cooperative's or a council's board (董事长, 监事, 理事): people
_BOARD_LABELS = ("董事长", "副董事长", "董事", "监事长", "监事会主任", "监事", "理事长", "副理事长", "理事")
#: a meeting's attendance (出　　席：…, 参加人员：…, 请　　假：…): people, often set with spaces
_ATTENDANCE_LABELS = ("出席人员", "列席人员", "参会人员", "参加人员", "参会党员", "到会人员", "缺席人员", "出席", "列席", "请假",
                      "缺席")
#: a training day's guide, chair and closing speaker (讲解人：俞建国，汪口村党总支书记; 主持：王海鹰，县委组织部
#: 副部长), a county leader charged with a village (包联县领导：…): people
_PROGRAMME_LABELS = ("讲解人", "主持", "总结讲话", "包联县领导", "联系县领导", "包村领导")
_LINE_LABELS = (r"作者|汇报人|主讲人|主讲|讲述人|授课人|授课教师|授课老师|主讲教师|宣讲人|文字统稿|统稿|审定|姓名|责任编辑|责编|编辑|执笔|撰稿|撰文|文字|"
                r"案例撰写人|撰写人|案例编写|编写|撰写|采写|供稿|学位申请人|申请人|研究生|指导教师|指导老师|导师|"
                # (a page's checkers of three levels: 编辑:杨柳　审核:赵志明　终审:李春燕; 审核：…　复核：…)
                r"审核|审稿|校对|初审|二审|三审|终审|复核|联系人|整理|"
                # a survey team's members (团队成员：林思远（队长）　许嘉怡 …); minutes' recorder and chair;
                # a programme's writer-director and producer (编导：潘婷婷　制片：万志刚)
                r"团队成员|记录人|主持人|编导|制片人|制片|"
                + "|".join(_CREDIT_LABELS) + "|"
                # an oral history's narrator, its interviewers and its editor (口述人：陈德贤（…）, 整理人：林建新)
                r"口述人|口述者|采访人|访谈人|整理人|"
                # an audit's or inspection's report signed by its team's leader and chief auditor
                # (审计组组长：李婉晴 ⏎ 主审：温子健)
                r"(?:审计|检查|督查|考核|巡察|调查|考察)组副?组长|主审|"
                # the head of a meeting's minutes, its labels often set with spaces (出　　席：程志远，
                # 汪海鹏（镇党委副书记、镇长）; 记 录 人：齐雯（镇党政办）), and a letter's signer
                + "|".join("[ \u3000]*".join(label) for label in (
                    *_ATTENDANCE_LABELS, "主持人", "记录人", "记录", "项目负责人", "责任人",
                    "责任领导", "牵头领导", "分管领导", "包联领导", "签发人",
                    # a proposal's proposer and seconders (提 案 人:俞晓岚, 附 议 人:吴建良(县政协委员,…)), a
                    # research project's head (课题负责人:沈立群(中共安吉县委党校,副教授))
                    "提案人", "附议人", "领衔人", "课题负责人", "课题主持人",
                    # a table's maker and checker under it (制表人：冉光秀（…组织委员）, 审核人：向德明（…）)
                    "制表人", "填表人", "填报人", "审核人", *_HOLDER_LABELS[:5],
                    # who reports on their work at an appraisal meeting, in its record (述职人：杜建宏，平襄镇党委书记)
                    "述职人", *_HOLDER_LABELS[5:],
                    # who handled a reply or a request (经办人：潘晓敏，联系电话：…)
                    "经办人",
                    # a cooperative's board and supervisors under its charter (董　事：钱志明　姚建芬)
                    *_BOARD_LABELS,
                    *_PROGRAMME_LABELS,
                    # a form's name field set with spaces (姓　　名：罗光辉)
                    "姓名")))
#: what stands between two names of a role line
_LINE_NAME_SEP = frozenset("、,， \u3000\t）)")
#: the labels of a line naming who attended or was charged with something: people, not authors
_PRESENT = frozenset({"姓名", "联系人", "主持人", *_ATTENDANCE_LABELS, "责任人",
                      "项目负责人", "采访人", "访谈人", "附议人", "述职人",
                      "责任领导", "牵头领导", "分管领导", "包联领导", "经办人", "填报人", *_HOLDER_LABELS, *_CREDIT_LABELS,
                      *_BOARD_LABELS, *_PROGRAMME_LABELS})
#: (a name is not the next label of the line: 执笔:刘晓燕 审核:郭志刚)
#: (a writer's unit may stand before the name: 文字：大营镇党委　刘洋)
_ROLE_UNIT = (r"(?P<unit>[\u4e00-\u9fff]{2,20}?(?:党委|党工委|党支部|党总支|组织部|宣传部|融媒体中心|办公室|人民政府|政府|局|"
              r"监督室|室|科|股|党建办|办|中心))[ \u3000]+")
_ROLE_LINE = re.compile(rf"({_LINE_LABELS})\s*[:：]\s*(?:{_ROLE_UNIT})?(?P<names>(?:(?!(?:{_LINE_LABELS})\s*[:：]){_NAME}"
                        rf"(?:[（(][^（）()\n]{{2,60}}[）)])?[\s、,，]*)+)")
#: a role line whose one name is set with spaces between its two characters (责任编辑：许  彦)
_SPACED_ROLE = re.compile(rf"({_LINE_LABELS})\s*[:：]\s*([\u4e00-\u9fff])[ \u3000]{{1,3}}([\u4e00-\u9fff])\s*[〕\]）)]?\s*$")
#: the labels of a line naming who checked a text (审核：郭志刚): its editors
#: (统稿 who put together what others wrote, 报告执笔：…；统稿：…; 文字统稿, the texts' only writer, is an author)
_CHECKERS = frozenset({"审核", "审稿", "校对", "审核人", "审定", "统稿", "初审", "二审", "三审", "终审", "复核", "责编"})
#: a research team's line under a report's title (课题组组长：杨瑞平；成员：段晓梅；执笔：赵文涛):
#: everyone on it is an author; only in a paragraph that opens with 课题组, near the top
#: (成    员:罗晓梅  蒲文涛  谢  婷: a label and a two-character name may be set with spaces in them)
_SPACED_NAME = r"[\u4e00-\u9fff][ \u3000]{1,3}[\u4e00-\u9fff](?![\u4e00-\u9fff])"
_TEAM_LABEL = rf"{TEAM_WORD}?(?:组长|副组长|成[ \u3000]*员)|负责人"
#: (课题组负责人：陈慕禾　成员：黄一帆　吴静姝: labels one after another on one line, each its names)
_TEAM_ROLE = re.compile(rf"({_TEAM_LABEL})\s*[:：]\s*"
                        rf"(?P<names>(?:(?!(?:{_TEAM_LABEL})\s*[:：])(?:{_SPACED_NAME}|{_NAME})(?:[（(][^（）()\n]{{2,60}}[）)])?"
                        rf"[\s、,，]*)+)")
#: a group's head or deputy head and their post in a bracket, on a line of its own
_GROUP_HEAD = re.compile(rf"\s*((?:副)?组[ \u3000]*长)\s*[:：]\s*(?P<names>{_NAME}[（(][^（）()\n]{{2,60}}[）)])\s*$")
_TEAM_NAME = re.compile(rf"(?P<name>{_SPACED_NAME}|{_NAME})(?P<bracket>[（(][^（）()\n]{{2,60}}[）)])?")
_TEAM_REACH = 8


#: the labels of who gives a lesson (授课人：方卫东，…教授)
_LECTURER_LABELS = frozenset({"主讲人", "主讲", "授课人", "授课教师", "授课老师", "主讲教师", "宣讲人"})
_LECTURER_LINE = re.compile(r"(?m)^[ \u3000\t]*(?:" + "|".join(sorted(_LECTURER_LABELS, key=len, reverse=True))
                            + r")\s*[:：]")


def _programme_lecturer(ctx: DocContext, label: str) -> bool:
    """Whether ``label`` names one of a programme's lecturers: a training plan's schedule has a
    授课人： line per lesson, and its lecturers wrote the lessons, not the plan (a lesson plan's one
    授课教师 is its author)."""
    return label in _LECTURER_LABELS and _lecturer_lines(ctx.doc.text) >= 2


@lru_cache(maxsize=8)
def _lecturer_lines(text: str) -> int:
    """How many lines of a document open with a lecturer's label (counted once a document)."""
    return len(_LECTURER_LINE.findall(text, 0, 200_000))


#: the title of a numbered group on a line of its own (第四组（沱川乡、赋春镇…，22人）, 第二学习小组)
_GROUP_TITLE = re.compile(r"\s*第[一二三四五六七八九十\d]{1,3}(?:学习|讨论|研讨)?(?:小组|组)(?:[（(][^（）()\n]{0,40}[）)])?\s*$")


def _group_titled(ctx: DocContext, sent: Sentence) -> bool:
    """Whether a numbered group's title stands a line or two above (its head's and deputy's lines)."""
    return any(_GROUP_TITLE.match(prev.text) and sent.paragraph - prev.paragraph <= 2
               for prev in ctx.sentences[max(0, sent.index - 2):sent.index])


def _roster_above(ctx: DocContext, sent: Sentence) -> bool:
    """Whether a group is set up a few paragraphs above (成立…领导小组，组成人员如下：): its roster's
    lines are read with the group (``_rosters.group_roster``)."""
    for prev in ctx.sentences[max(0, sent.index - 2 * ROSTER_GAP):sent.index]:
        if sent.paragraph - prev.paragraph <= ROSTER_GAP + 1 and SET_UP.search(prev.text):
            return True
    return False


def _team_line(ctx: DocContext, sent: Sentence) -> bool:
    """In a paragraph that opens with a team's word (课题组, 调研组), or a line opening with a team's
    label (课题组组长：… ⏎ 副组长：… ⏎ 成员：…) under a line that opens or ends with one
    (望奎县政协调研组 ⏎ …), a few lines up."""
    if _TEAM_OPENS.match(ctx.paragraphs.get(sent.paragraph, (sent,))[0].text.lstrip()):
        return True
    if _TEAM_ROLE.match(sent.text.lstrip()) is None:
        return False
    for k in range(sent.paragraph - 1, max(-1, sent.paragraph - _TEAM_LINES_UP - 1), -1):
        line = ctx.paragraphs.get(k)
        if line and (_TEAM_OPENS.match(line[0].text.lstrip()) or TEAM_ENDS.search(line[-1].text.rstrip())):
            return True
    return False


_TEAM_OPENS = re.compile(TEAM_WORD)
#: how many lines above a team's label its team may be named (the roster runs a few lines)
_TEAM_LINES_UP = 4


#: a name on a role line, with its institution in a bracket: 周晓岚（中共成都市委党校），何俊（…）
_ROLE_NAME = re.compile(rf"(?P<name>{_NAME}?)(?P<bracket>[（(][^（）()\n]{{2,60}}[）)])?(?=[\s、,，]|$)")
#: an institution's number in a journal's bracket of affiliations: （1.…；2.…）
_INSTITUTION_NUMBER = re.compile(r"(?:^|[（(；;])\s*(\d)[.．、]")
#: a line naming the authors' institutions: 作者单位：…, or a journal's bracket under the byline,
#: numbered or with a postcode (（1.四川农业大学马克思主义学院，四川成都 611130；2.…）)
#: the authors an affiliation line names after their unit: 中共西宁市委党校（马晓琳）
_NAMES_AFTER = re.compile(r"\s*[（(]\s*([\u4e00-\u9fff·]{2,4}(?:[、，,\s]+[\u4e00-\u9fff·]{2,4})*)\s*[）)]")
_AFFIL_LINE = re.compile(r"作者单位\s*[:：]|^\s*[（(]\s*\d[.．、]|^\s*[（(][^）)]*\d{6}\s*[）)]")
#: the mark opening a reference entry ([3], ［3］, 【3】, ③)
_REFERENCE_MARK = re.compile(r"\s*(?:[\[［【]\d+[\]］】]|[\u2460-\u2473])")
#: a reference entry's translators after its title and type mark (…[M].余逊达，陈旭东，译. / 王冠华，刘为，等译.)
_TRANSLATORS = re.compile(rf"[\]］][.．。]\s*(?P<names>(?:{_NAME}[,，、])*{_NAME})[,，]?\s*(?:等)?译")
#: a work's year in a citation (2020, 2021a)
_CITED_YEAR = r"(?:19|20)\d\d[a-z]?"
#: a scholar cited by the year of the work, at a clause's start, then what they do (徐勇（2019）认为,
#: 贺雪峰等（2021）指出, 亨廷顿（1968）在考察…): transliterated names have no surname of the list
_AUTHOR_YEAR = re.compile(r"(?:^|(?<=[。；;：:，,、\s]))(?P<n>[\u4e00-\u9fff]{2,6}?)(?:等)?[（(]" + _CITED_YEAR + r"[）)]"
                          r"(?=认为|指出|提出|强调|发现|研究|分析|考察|在|通过|从|对|以|将|把|基于|借助|也|则|进一步|较早|系统|首先)")
#: the end of an in-text citation (…，2020）): the cue of :data:`_CITATION`
_CITATION_CUE = re.compile(rf"[，,]\s*{_CITED_YEAR}[）)]")
#: an in-text citation in a bracket: authors, then the year (（王海涛，2020）, （陈思远、刘洋，2022）, （李明远等, 2021a）)
_CITATION = re.compile(r"[（(](?P<names>[\u4e00-\u9fff]{2,4}(?:[、，,和与][\u4e00-\u9fff]{2,4}){0,3})(?:等)?\s*[，,]?\s*"
                       rf"{_CITED_YEAR}(?:[；;][^（）()]{{2,30}})?[）)]")
#: what ends the name of a body, a text or a meeting cited with its year, not a person's
_NOT_AUTHOR = re.compile(r"[会院部委局厅所室团社报刊网]$|文件|意见|决定|通知|规定|条例|报告|调查|统计|研究|课题")
_REFERENCE = re.compile(rf"^{_REFERENCE_MARK.pattern}\s*((?:{_NAME}[,，、])*{_NAME})(?:等)?[.．。]")
#: a duty of being assigned to units, not a person surnamed 包 (委员包村, 党员包片, 成员包联)
_ASSIGNED = re.compile(r"包[村片联户组干案保抓挂点]")
#: the writer's line of a message on a leaders' message board (留言人：网友“瑶乡游子”)
_NETIZEN_LINE = re.compile(r"\s*留言人\s*[:：]\s*(?:网友)?\s*[“\"「](?P<n>[^“”\"「」\n]{2,12})[”\"」]")
#: a letter's salutation to a named deputy or member, on its own line (杨秀梅代表：)
_ADDRESSEE = re.compile(r"\s*(?P<n>[\u4e00-\u9fff]{2,3})(?:代表|委员)\s*[:：]\s*")
#: an interview's question or answer with its speaker in a bracket: 答（陈玉梅，…主任）：
_INTERVIEWEE = re.compile(r"\s*(?:答|问)\s*[（(](?P<n>[\u4e00-\u9fff]{2,3})[，,、）)]")
#: a villager introduced by name and age opening a sentence (冯世荣，35岁，退伍军人，…), or a list's
#: line of a person by sex and age, perhaps numbered and with a nationality (6.严文杰，男，33岁，桥亭村，…;
#: 韦秀兰（女，壮族，41岁）); or by the year of birth (3.何建平，男，1971年出生，初中文化，…)
_NAME_AGE = re.compile(r"\s*(?:\d{1,3}[.．、]\s*)?(?P<n>[\u4e00-\u9fff]{2,3})(?:[，,]\s*|[（(](?=[男女]))"
                       r"(?:(?P<sex>[男女])[，,、]\s*(?:[\u4e00-\u9fff]{1,5}族[，,、]\s*)?)?"
                       r"(?:(?:今年)?\d{1,3}岁|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:出生|生人|生))")
#: a post, then a name of three characters and 同志 (新街镇党委副书记普丽萍同志): read whatever its surname
_POST_COMRADE = re.compile(r"(?:书记|主任|部长|镇长|乡长|县长|局长|委员|主席|组长|队长)(?P<n>[\u4e00-\u9fff]{3})同志")
#: names listed, then how many people of a kind they are (毛国顺、毛樟根、祝桂英三位老党员, 李明、王强等2名同志)
_COUNTED_NAMES = re.compile(r"(?P<names>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+)等?(?:[一二两三四五六七八九十]|\d{1,2})"
                            r"(?:位|名)(?:老|年轻|青年|女|优秀|普通|新)?(?:党员|同志|村民|干部|群众|代表|乡贤|志愿者|队员)")
#: how many people, then their names: in a bracket (免评3名（刘万福、徐光明、聂开富）), or after a
#: ranking's or a list's label and a colon, each name perhaps with its score (二星党员（9名）：吴兴梅（192分）、
#: 潘仕勇（190分）; 第18名（并列）：宋家林、吴兴梅、潘仕勇（64分）; 工作队现有队员2名：马丽娟（…干部）、…)
_COUNT = r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:名|位|人)"
_LISTED_NAME = r"[\u4e00-\u9fff]{2,3}(?:[（(][^（）()\n]{1,16}[）)])?"
_COUNT_THEN_NAMES = re.compile(
    rf"{_COUNT}[^，,。；;：:（()）\n]{{0,8}}?[（(](?P<names>[\u4e00-\u9fff]{{2,3}}(?:、[\u4e00-\u9fff]{{2,3}})*)[）)]"
    rf"|(?:[（(]{_COUNT}[）)]|(?:^|(?<=[\s。；;]))第\d{{1,3}}名(?:[（(]并列[）)])?|(?<=[\u4e00-\u9fff]){_COUNT})[:：]\s*"
    rf"(?P<listed>{_LISTED_NAME}(?:、{_LISTED_NAME})*)(?=[。；;，,]|\s*$)")
#: the end of a place's or a body's name, which no person's ends with (1.古田镇——…: a list of places)
_BODY_END = re.compile(r"[村镇乡县市区州省屯寨部委局办所站队组会院校厅处社]$")
#: the people of a place who hold no post (14. 农海燕，…浩坤村群众)
_LAY_KINDS = ("群众", "村民", "居民", "党员", "农户")
#: a labelled line of a roster (副组长：杨志刚（…）) over a name of that label (        李秀琴（…）): the
#: roster's, read with its group (graph.extract._rosters)
_LABELLED_ABOVE = re.compile(r"\s*[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,7}[:：]\s*[\u4e00-\u9fff]{2,4}[（(]")
#: a Party cell's line of its members (第三党小组（组长赖美玲）：赖美玲、赖金凤、黄永春…；)
_GROUP_MEMBERS = re.compile(r"\s*(?P<g>第[一二三四五六七八九十\d]{1,3}党小组|[\u4e00-\u9fff]{2,8}?党小组)"
                            r"(?:[（(][^（）()\n]{1,20}[）)])?\s*[:：]\s*"
                            r"(?P<names>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+)\s*[；;。]?\s*")
#: a line of a name and the post in a bracket after it, and nothing else (欧阳立（…有限公司党支部书记、总经理）)
_BRACKET_POST_LINE = re.compile(r"\s*(?:\d{1,3}[.．、]\s*)?(?P<n>[\u4e00-\u9fff]{2,4})[（(](?P<post>[^（）()\n]{2,60})[）)]\s*[；;，,。]?\s*")
#: a numbered line of a person and their post (4. 班丽萍，逻楼镇党委组织委员; 13. 赵明亮，…党员、返乡创业青年)
_NUMBERED_POST = re.compile(r"\s*\d{1,3}[.．、]\s*(?P<n>[\u4e00-\u9fff]{2,3})[，,]\s*(?P<post>[^，,。；;：:\s（()）]{2,40})"
                            r"(?:[（(][^（）()\n]{1,30}[）)])?\s*$")
#: a numbered list's line that opens with its person's name and a dash (5．付大林——本月得分：52分,
#: 7．敖小兵（返乡创业党员）——…)
_NUMBERED_NAME = re.compile(r"\s*\d{1,3}[.．、]\s*(?P<n>[\u4e00-\u9fff]{2,3})(?:[（(][^（）()\n]{1,20}[）)])?\s*(?:——|—|－－)")
#: a chat log's line: the time, the sender's nickname, their real name in a bracket, a colon
#: (08:05 红梅（刘红梅）: 收到。, 16:02 文涛-报账员（朱文涛）：…): the bracket's name is a person's
_CHAT_SENDER = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?\s+[^\s（()：:]{1,16}[（(](?P<n>[\u4e00-\u9fff]{2,4})[）)]\s*[:：]")
_SPACED = re.compile(r"(?:省长|市长|县长|主席|书记)\s+([\u4e00-\u9fff])\s+([\u4e00-\u9fff]{1,2})\s*$")
_KNOWN = re.compile("(?:" + "|".join(sorted(_LEADERS | _ROLE_MODELS | _REVOLUTIONARIES, key=len, reverse=True))
                    + ")(?![县镇乡村路街])")  # (左权县 is a place)
#: any title at all: most sentences hold none, and one C-level search skips them
_ANY_TITLE = re.compile("|".join(map(re.escape, sorted(_TITLES, key=len, reverse=True))))


#: a name never ends in these: 学院党委副书记 is a post, not 党委副 the person
_ORG_TAIL = set("委部院局厅处室组会所校站队社团副办村")
#: a title before a name that then acts (副院长李恩秀主持…, 主任王芳介绍…)
_TITLE_THEN_NAME = re.compile(
    r"(?:书记|院长|校长|主任|部长|局长|厅长|处长|县长|市长|镇长|乡长|村长|主席|教授|研究员|支书)"
    # (a compound surname's name may have four characters: 党委书记欧阳婉仪说)
    r"(?P<name>(?:" + "|".join(_COMPOUND) + r")[\u4e00-\u9fff]{1,2}?|(?:(?![的之和与及在])[\u4e00-\u9fff]){2,3}?)"
    r"(?:的(?=带领|主持|领导))?"
    r"(?=主持|指出|表示|强调|介绍|讲话|致辞|作了|作报告|带领|领导|出席|宣读|总结|发言|讲授|讲解|解读|说)"
)


#: what a person is, written right before the name in news of the genre (党建辅导员陈甜,
#: 本科生乔心悦, 爷爷张忠田, 代表龚蕊、侯惠洋): posts, roles of students and members, kin
_ROLES = (
    "书记", "副书记", "支书", "第一书记", "支委", "委员", "辅导员", "班主任", "教师", "老师", "教授", "副教授", "讲师",
    "研究员", "本科生", "研究生", "博士生", "硕士生", "学生", "同学", "学员", "校友", "学长", "学姐", "党员",
    "预备党员", "积极分子", "发展对象", "代表", "成员", "负责人", "主任", "副主任", "院长", "副院长", "校长",
    "部长", "局长", "厅长", "处长", "科长", "省长", "县长", "市长", "区长", "州长", "旗长", "镇长", "乡长", "村长", "主席", "总理",
    "队长", "队员", "组长", "站长", "股长", "领导",
    "所长", "经理", "项目经理", "项目负责人", "董事长", "干部", "村民", "农民", "居民", "志愿者", "工作者", "获得者", "军人", "老兵", "战士",
    "烈士", "英雄", "记者", "通讯员", "网格员", "讲解员", "主持人", "爷爷", "奶奶", "外公", "外婆", "父亲", "母亲",
    "姑父", "姑姑", "舅舅", "叔叔", "阿姨", "儿子", "女儿", "院士", "专家", "会长", "秘书长", "理事长", "行长",
    "总经理", "副总经理", "总裁", "副总裁", "馆长", "社长", "主编", "民警", "医生", "律师", "特派员", "科技特派员", "驻村干部", "工作队员",
    # households the genre quotes (移民户马秀兰说, 脱贫户…)
    "移民户", "脱贫户", "贫困户", "农户", "养殖户", "种植户", "经营户",
    # the trades and duties villagers are introduced by (党员护林员张德旺, 竹农赖长生, 返乡大学生刘晓雪)
    "护林员", "保洁员", "调解员", "信息员", "宣讲员", "联络员", "指导员", "协管员", "技术员", "农技员", "监督员",
    "村医", "乡村医生", "大学生", "牧民", "渔民", "竹农", "茶农", "果农", "菜农", "药农", "林农", "椒农", "店主", "厨师",
    "乡贤", "法律顾问", "社工", "带头人", "种植大户", "养殖大户", "种粮大户", "大户", "社员", "退役军人", "返乡青年", "妇女",
    "理事", "监事",
    "老人", "五保老人", "留守老人", "护边员", "宣传员", "中心户", "党员中心户",
    # and the young, the workers and visitors reports quote (返乡养羊的青年赵鹏, 外卖骑手王海涛)
    "青年", "骑手", "快递员", "游客", "职工", "绣娘", "农民工", "助理", "金融助理",
    # and the villagers a story calls by age and kin (90后姑娘肖雨晴, 老汉王有才, 大姐李秀英)
    "姑娘", "小伙", "小伙子", "大姐", "大哥", "大爷", "大妈", "大娘", "老汉", "嫂子",
    # the young cadres sent to villages (选调生李浩然, 大学生村官…), a Party office's clerks (党建办专干林春燕)
    "选调生", "村官", "大学生村官", "专干", "干事",
    # the posts of a community's grid (网格长, 楼长何振东说, 联户长吴桂兰)
    "网格长", "楼长", "楼栋长", "单元长", "联户长", "楼门长",
    # a civil servant's rank (四级调研员钱一鸣, 一级主任科员…)
    "调研员", "主任科员",
    # the keepers of a field, a forest, a river or a road (党员田长　欧福生, 林长制, 河长)
    "田长", "林长", "河长", "湖长", "路长", "山长",
    # a cadre's profession, between the unit and the name (县农业农村局农艺师潘国栋)
    "农艺师", "工程师", "畜牧师", "经济师", "会计师", "兽医",
    # a village's money posts (报账员孙桂芝, 村会计王某)
    "报账员", "会计", "出纳", "文书",
    # a Party committee's members by their charge (镇党委委员、组织委员吉兴旺: both posts of the 镇党委)
    "组织委员", "宣传委员", "纪检委员", "统战委员", "武装委员", "政法委员", "青年委员", "妇女委员",
    # the leaders of a unit listed at a meeting (区领导高立新、薛文博、贺宏伟出席会议)
    "省领导", "市领导", "州领导", "县领导", "区领导", "旗领导", "镇领导", "乡领导",
)
_ROLE_SET = frozenset(_ROLES)
#: the roles of _ROLES that make their holder a leader (the role the author and title rules give too)
_LEADER_ROLES = frozenset({"书记", "副书记", "支书", "第一书记", "省长", "市长", "县长", "镇长", "乡长", "村长", "主席",
                           "总理"})
#: 支书 is a role of its own (村支书王明) but also the middle of 党总支书记, whose role is 书记 (and 支委 of
#: 党总支委员周国平, 村医 of 乡村医生冯秀英)
_ROLE_RE = re.compile("|".join(re.escape(r) + {"支书": "(?!记)", "村医": "(?!生)", "支委": "(?!员)"}.get(r, "")
                               for r in sorted(_ROLES, key=len, reverse=True)))
#: what may stand between an organisation and its member's name: the post, 的, spaces (清华大学校长
#: 邱勇, 党支部正式党员陈嘉萱, 新华社记者 任超); no further than this
_POST_GAP = re.compile(r"(?:的|正式|预备|常务|常委|原|副|派驻|选派|下派|\s|(?:正|副)?高级|特级|[一二三四]级|、(?:村委会|居委会|村民委员会|居民委员会)?|"
                       r"、[\u4e00-\u9fff]{1,8}?(?:干部|领导|员|长|主任|书记)|"
                       + "|".join(sorted(map(re.escape, _ROLES), key=len, reverse=True)) + ")*")
#: (two posts held together: 丁楼村党支部书记、村委会主任　丁德军; the second of a body not named
#: or not a body: 裴寨村党支部委员、合作社理事长郭长顺, 关累镇护边队队长、哈尼族党员车约)
_AFFIL_GAP = 14
#: what a name is followed by at the start of a clause: a speech or reporting verb (陈甜进一步强调,
#: 龚蕊结合自己的入党历程, 刘芳围绕党史学习教育进行…)
_REPORTING = ("强调", "指出", "表示", "说道", "说", "介绍", "认为", "提出", "谈到", "讲述", "分享", "总结", "结合",
              "围绕", "鼓励", "希望", "勉励", "呼吁", "回忆", "坦言", "感慨", "主持", "致辞", "作了", "作总结",
              "作报告", "作题为", "告诉")
_CLAUSE_NAME = re.compile(
    r"(?:^|(?<=[，。；：！？,;:!?\s”\"的]))(?P<name>[\u4e00-\u9fff]{2,3}?)"
    r"(?=(?:进一步|也|还|又|首先|最后|同时|则|深情地?|动情地?|笑着|笑呵呵地|高兴地|自豪地|激动地|感慨地|"
    r"对记者|向记者)?(?:" + "|".join(_REPORTING) + "))")
#: a name opening a clause (perhaps after 本村, 其中), then a year and what the person did in it
_NAME_THEN_YEAR = re.compile(r"(?:^|(?<=[，。；：,;:\s]))(?:本村|本乡|另有|其中[，,]?)?(?P<name>[\u4e00-\u9fff]{2,3}?)"
                             r"(?=(?:19|20)\d{2}年(?:\d{1,2}月)?(?:参加|加入|入党|牺牲|担任|任|被|带领|参军|回乡|返乡|考入))")
#: a surname and 某 (某某): a person named so as not to name them (陈某, 王某某), not 某 of 某些, 某村
_ANONYMISED = re.compile(f"[{SURNAME_CHARS}]" + r"某{1,2}"
                         r"(?![些种个项村镇乡县市区地单位部门企业公司方面时处人一位名类件天年月日次组届])")
#: 等 after a 、-list of names, then what the people are (潘德明、吴秀芬等全省优秀村党组织书记, 张三、李四等一批
#:先进典型): the list is read back from 等 (see _in_sentence)
_LISTED_THEN_KIND = re.compile(r"(?:等|[\d一二三四五六七八九十两]+名)(?:[\u4e00-\u9fff]{0,12}?)"
                               r"(?:书记|党员|代表|干部|模范|典型|能手|带头人|乡贤|人物|同志)")
#: households listed by their heads' names (俞根法户（128分）、姚美娟户（121分）: a points list's)
_HOUSEHOLD = re.compile(r"(?:^|(?<=[：:、，,；;]))\s*(?P<name>[\u4e00-\u9fff]{2,3})户(?=[（(、，,；;。])")
#: 31岁的丁一帆: a news report introduces a person by age
_AGED = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁的(?P<name>[\u4e00-\u9fff]{2,3})")
#: the posts a body elects or a person is named to, as a gazetteer or a congress's report lists them
_ELECTED_POST = r"(?:常务)?副?(?:书记|主任|主席|组长|部长|县长|区长|市长|镇长|乡长|社长|委员)"
#: 选举俞启明为书记, 一届一次全会选举鲍国柱为书记, 当选为…: the names elected, then 为 and the post
_ELECTED = re.compile(rf"(?:选举|推选|选出)(?:产生)?(?=(?:[\u4e00-\u9fff]{{2,4}}、)*[\u4e00-\u9fff]{{2,4}}为"
                      rf"[\u4e00-\u9fff]{{0,8}}?{_ELECTED_POST}(?![\u4e00-\u9fff]))")
#: 县委书记先后为吴长庚、鲍国柱: the holders of a post in turn
_HELD_IN_TURN = re.compile(rf"{_ELECTED_POST}(?:先后|依次|历任)(?:为|是|由)")
#: 吴长庚任书记, 李双喜接任第二任支部书记, 钟德明为第三党小组组长 opening a clause: who holds the
#: post (the name is checked as a clause's opener)
_TAKES_POST = re.compile(rf"(?:^|(?<=[，,。；;]))(?=[\u4e00-\u9fff]{{2,3}}(?:任|担任|接任|继任|出任|为)[\u4e00-\u9fff]{{0,6}}?"
                         rf"{_ELECTED_POST}(?![\u4e00-\u9fff]))")
#: 由 + a name + 主持: the one who chairs (会议由王刚主持)
_CHAIRED_BY = re.compile(r"由(?=[\u4e00-\u9fff]{2,3}(?:主持|主讲|带领|领读))")
_CHAIR_VERBS = ("主持", "主讲", "带领", "领读")
#: what a post's three-character name whose given name is a word too (文静, 春生) is followed by:
#: a verb of saying, or the disposal and leading verbs a secretary's deeds open with (书记曹文静把…)
_NAME_THEN = (*_REPORTING, "把", "带领", "带头", "主持", "牵头", "亲自", "长期", "这样", "一直", "多次", "常说",
              # (部长俞建中作《条例》解读辅导, 书记叶建华一起开了…, 书记练国平带队排查)
              "作", "一起", "一道", "带队",
              # (党总支书记谭世华当了二十多年村干部, 已经, 曾经)
              "当了", "干了", "已经", "曾经")


def _then(verbs: Iterable[str], adverbs: str = "则|也|还|又|便|进一步") -> re.Pattern[str]:
    """One of ``verbs`` after an optional adverb (理事长郭长顺则坦言)."""
    return re.compile(f"(?:{adverbs})?(?:" + "|".join(map(re.escape, sorted(set(verbs), key=len, reverse=True))) + ")")


#: what a name does (_NAME_THEN) after an adverb, and the verbs of saying alone
_THEN_ACTS = _then((*_NAME_THEN, "出席"))
_THEN_SAYS = _then(_REPORTING)
#: a verb of two characters or more that a named person does (告诉, 主持): after a post, what
#: makes the name before it one even when its given name is a frequent word (书记李海军告诉大家)
_THEN_REPORTS = _then((v for v in (*_REPORTING, *_CHAIR_VERBS) if len(v) >= 2), "则|也|还|又")
#: what a name that is also a frequent word must be followed by to be read as a name
_ACTS = (*_REPORTING, *_CHAIR_VERBS, "出席", "讲话", "发言", "同志", "、", "，", "和")
#: characters no personal name of this frame holds (particles, pronouns, conjunctions)
_NOT_IN_NAME = set("的了是在和与及等为对把被从向就也都还而我你他她它们这那各该此某摄们比仅")
#: characters that end a clause's next word rather than a three-character name (汪湛以《…》, 汪湛说)
_NOT_LAST = set("以作说将曾称给让则")
#: between two names of a list after one role (代表周钰、席佳鑫; 邹俊洁和江昕迪)
_NAME_LIST_SEP = ("、", "和", "与", "及")
#: the commonest parts of Tibetan personal names, two of which make a name (扎西次仁, 平措旺堆,
#: 达娃卓玛): such a name has no surname, so :func:`plausible_name` cannot see it
TIBETAN_NAME_PARTS = frozenset(
    "扎西 次仁 平措 旺堆 卓嘎 卓玛 达娃 达瓦 尼玛 边巴 格桑 多吉 多杰 央金 拉姆 德吉 顿珠 普布 巴桑 次旦 索朗 "
    "旦增 丹增 白玛 洛桑 米玛 琼达 曲珍 益西 群培 仁青 仁增 措姆 拉巴 罗布 阿旺 强巴 贡嘎 嘎玛 桑珠 欧珠 加措 "
    "嘉措 扎巴 赤列 土登 央宗 德庆 次珍 次央 曲吉 泽仁 才让 普琼 旺姆 旺久 边珍 玉珍 斯朗 索南 拉珍 白珍 顿旦 "
    "格列 益珍 德央 曲措 旺扎 晋美 贡布 巴珠 次措 群宗 央拉 "
    # and of Kham (甘孜, 昌都): 降央泽仁, 四郎扎西, 洛绒呷玛
    "降央 四郎 洛绒 呷绒 格绒 根秋 泽郎 泽翁 邓珠 登巴 仁真 翁姆 拥措 江措 向巴 曲扎 呷玛 银措 "
    # and of Amdo (青海, 甘南): 才让东智, 更登加, 卓玛措
    "才让 东智 更登 拉毛 尖措 才旦 完德 桑杰 周加 多加 拉加 本加 华旦 昂秀 吉太 措吉 东周 索南 官却 万玛".split())
#: the commonest Yi clan names (the first two characters of a Yi name written in Chinese: 阿吉拉则,
#: 曲比伍各, 吉克阿呷, 沙马尔布), read with the two characters after them where the text speaks of
#: the Yi (彝族, 凉山)
YI_CLANS = frozenset(
    "阿吉 曲比 吉克 沙马 沙玛 俄木 吉伍 阿的 马海 阿西 吉木 海来 木乃 阿苦 勒格 瓦扎 俄底 阿侯 阿尔 吉尔 加拉 "
    "苏呷 罗洪 阿约 吉地 日火 吉则 阿都 马黑 乃古 的日 阿说 果基 尔古 阿牛 吉史 阿力 俄里 吉好 金古 约其 拉马 "
    "巫其 阿比 倮伍 阿且 吉伙 阿洛 曲木 吉色 达久 俄地 阿克 吉布 吉拉 瓦西 鲁惹 勒尔 甲巴 阿合 海乃 吉觉 阿卓 "
    "时古 阿火 吉合 阿里 沙布 洛古 吉瓦 比补 阿尼 俄比 吉黑 马布 阿苏".split())
_YI_SCENE = ("彝", "凉山")
#: what may stand right before a Yi name read without a post (…的吉克阿呷, 。沙马尔布…)
_YI_BEFORE = set("，,。；;：:、“”\"的和与及（( \u3000")


@lru_cache(maxsize=1)
def _yi_names() -> re.Pattern[str]:
    """A Yi clan name and the two characters after it."""
    return re.compile("(?:" + "|".join(sorted(YI_CLANS)) + r")[\u4e00-\u9fff]{2}")


#: the commonest parts of Mongolian personal names, which have no surname: one or two of them make
#: a name (宝音德力格尔, 孟和巴雅尔, 乌力吉, 萨仁高娃), read after a post or before a verb where the text
#: speaks of Mongols (蒙古族, 嘎查, 苏木)
MONGOLIAN_NAME_PARTS = frozenset(
    "宝音 德力格尔 孟和 巴雅尔 那顺 乌日图 额尔敦 其其格 乌力吉 萨仁 高娃 乌日娜 巴图 特木尔 苏和 朝鲁 阿拉坦 敖其尔 "
    "达来 图雅 斯琴 乌兰 呼和 巴特尔 额尔德尼 格日勒 其木格 萨日娜 毕力格 布仁 吉日嘎拉 陶克陶 乌云 斯日古楞 "
    "哈斯 宝力道 查干 图门 额日敦 那日苏 阿木尔 满都拉 苏日娜 包力高 巴音 达赖 吉雅 塔娜 乌恩 巴根 那仁 宝力德 "
    # and names or parts ending in 图 (-tu), 玛, 门, 罕 (敖特根巴雅尔, 额尔德木图, 其其格玛, 朝鲁门)
    "敖特根 额尔德木图 吉日木图 朝克图 苏雅拉图 宝音图 巴雅斯古楞 乌日罕 其其格玛 朝鲁门 敖登 格日乐 阿拉腾 孟根 "
    "图拉嘎 达瓦 莫日根 乌兰其其格 阿拉坦仓 赛音 白音 额尔登 苏布达 乌仁 图布信".split())
_MONGOL_SCENE = ("蒙古族", "嘎查", "苏木", "蒙古语", "蒙汉")
#: the parts, longest first, as one alternation (a name is one part or two)
_MONGOL_PART = re.compile("|".join(sorted(MONGOLIAN_NAME_PARTS, key=len, reverse=True)))
#: a whole Mongolian name: one part or two (on a role line it needs no scene: 撰稿：萨仁高娃)
_MONGOL_NAME = re.compile(f"(?:{_MONGOL_PART.pattern}){{1,2}}")
#: the last syllable of an Amdo name of three characters (卓玛措, 更登加, 拉毛吉)
TIBETAN_NAME_TAILS = frozenset("措加杰吉太草毛才")
#: a verb of saying a few characters on (卓玛措笑着说)
_SAYS_SOON = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:说|介绍|表示|告诉)")
#: words that say a text speaks of Tibetan or Tu herders, where a name of one or one and a half
#: parts (才让, 卓玛措) is read after a post or before a verb of saying
_TIBETAN_SCENE = ("藏族", "藏区", "土族", "牧区", "牧民")
#: the first characters of Dai personal names, which have no surname: 岩 and 波 (men), 玉 and 咪
#: (women), 依 (girls) — 岩罕, 玉香, 波应, 咪雅
DAI_NAME_FIRST = frozenset("岩波玉咪依")
#: what follows a two-syllable Dai name and is no third syllable of it (岩罕说, 玉香的, 岩温在…)
_NOT_DAI_THIRD = frozenset("说讲称道问答谈的是在和与及也都就已将把被给向对从带到等、")
#: what opens a subtitle line (——记西古堡村党支部书记董立新: whom the paper is about, not its author)
_SUBTITLE_DASH = ("——", "—", "－－", "--")
#: the verbs by which a unit sends its cadre to a village (第一书记农建华由百色市农业农村局选派)
_SENT_VERBS = r"(?:选派|派驻|下派|委派|选调|派出)"
#: …由 + the unit that sent them, right after a person's name (or in a bracket after it: 赵文博（市财政局
#: 选派，…）): the person's unit
_SENT_BY = re.compile(r"(?:由|[（(]由?)(?P<org>[^，,。；;（）()]{2,30}?)" + _SENT_VERBS)
#: a unit right before a verb of sending (由遂昌县委组织部选派到焦滩乡的驻村第一书记郑一鸣, 王海鹏是
#: 2022年从省农业农村厅选派的): in a sentence naming one person, the unit that sent them
_SENDS = re.compile(_SENT_VERBS + r"(?:的|到|至|来|去)?")
#: what may end a post's name where the clause ends (——记西古堡村党支部书记董立新; 书记董立新，…), or
#: go on with where the person is or the post taken (主任邬建平在审核…, 县委书记周立新任组长)
_NAME_ENDS = re.compile(r"\s*(?:[，,。；;）)]|[（(](?:化名|右|左|中|前排|后排|图|女|男|音|[A-Za-z0-9])|$)|在(?!于)|当选|"
                        # (兼任办公室主任: a unit may stand before the post; （TD-LF-03）: an interview's code)
                        r"(?:任|担任|兼任)[\u4e00-\u9fff]{0,8}?(?:常务)?副?(?:组长|主任|队长|书记|站长|会长|"
                        r"理事长|指挥长|总指挥)|由(?=[^，,。；;]{2,30}?" + _SENT_VERBS + ")")
#: the unit words a post opens with (县农业农村局局长, 镇党委书记): after 、, the next person's post
_UNIT_CHARS = frozenset("省市州县区旗镇乡村")
#: the mark of a pseudonym after a name: the writer vouches that a name stands before it
_PSEUDONYM = ("（化名）", "(化名)")
#: surnames that are verbs too, and a word after them: an act, not a name (主任管钱袋)
_VERB_SURNAMES = frozenset("管向于和时从将占")
#: the end of a speaker's label (评委提问（县农业农村局副局长陶建国）：): the name before it is one
#: even when its given name is a frequent word (建国)
_LABEL_END = re.compile(r"[）)][：:]")
#: a surname that is above all the verb of shares (农户占常住户的85%): never a name before a word
_SHARE_VERB = "占"
#: the last character of a two-character name and a verb of saying (汪湛说：)
_SAYS_CHARS = frozenset("说讲称道问答谈")


#: a profile card's line of the post held (现任职务：鹿原镇三口村党支部书记), under its 姓名： line
_POST_FIELD = re.compile(r"\s*(?:现任职务|现任|职务|工作单位|单位及职务|单位)\s*[:：]")
_NAME_FIELD = re.compile(r"\s*姓\s*名\s*[:：]")
#: how many lines under a card's 姓名： its post may stand
_CARD_REACH = 10
#: a line of a résumé (简历) under a card: the months from and to, then the unit and the post
#: (2008.09—2012.06　浙江大学…专业学习, 2019.12—　安吉县…党委副书记), and an aside under one
#: (（其间：2015.09—2017.06挂任…村党支部书记助理）)
_CV_LINE = re.compile(r"\s*(?:19|20)\d{2}\s*[.．年]\s*\d{1,2}\s*月?\s*[—–\-－~～至]{1,2}")
_CV_ASIDE = re.compile(r"\s*[（(]\s*其间\s*[:：]")
#: how many lines a card with a résumé may run
_CV_REACH = 40


def _card_post(ctx: DocContext, sent: Sentence) -> str | None:
    """The spans ("start:end;…", an ``affiliation_span``) of the post line of the profile card whose
    姓名： line is ``sent`` and of the lines of its résumé (before the next card's 姓名：), whose
    organisations are the person's; None when the card has neither. (Not the post the person is
    to take: 拟任职务 is no field of the post held.)"""
    spans: list[str] = []
    in_cv = False
    for para in range(sent.paragraph + 1, sent.paragraph + 1 + _CV_REACH):
        line = ctx.paragraphs.get(para)
        if not line or _NAME_FIELD.match(line[0].text):
            break
        if _CV_LINE.match(line[0].text) or in_cv and _CV_ASIDE.match(line[0].text):
            in_cv = True
        elif in_cv or para > sent.paragraph + _CARD_REACH:
            break
        elif not _POST_FIELD.match(line[0].text):
            continue
        spans.append(f"{line[0].start}:{line[-1].end}")
    return ";".join(spans) or None


#: a credit with its label and name apart by a slash (文/吴天宇, 图/卢志刚, 编辑／陈静)
_SLASH_CREDIT = re.compile(r"(?:^|(?<=[（(\s\u3000|｜]))(?P<label>文字|文|图片|图|摄影|摄|视频|编辑|责编|记者|通讯员)"
                           r"\s*[/／]\s*(?P<name>[\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])")
#: the middle dots a transliterated name is written with (U+00B7, U+2022, U+2027, U+30FB, U+FF65)
_DOTS = "·•‧・･"
#: a word every rule of _in_sentence needs (a role word, a reference mark, a title, a known
#: name): one search skips, in C, the many sentences that hold none of them
_ANY_CUE = re.compile("|".join(map(re.escape, sorted(
    {"作者", "主讲", "授课", "统稿", "审定", "终审", "复核", "初审", "二审", "三审", "签字", "撰写人", "责编", "姓名", "编辑", "执笔", "撰稿", "撰文", "文字：", "文字:", "编写", "撰写", "采写", "供稿", "申请人", "导师", "指导教师", "指导老师", "联系人", "审核",
     "整理：", "整理:", "负责人：", "负责人:", "来自", "团队成员", "（19", "（20", "(19", "(20", "记录人", "主持人", "编导", "制片", "签发人", "领导：", "领导:",
     # (the end of a minutes' label set with spaces: 记 录 人：, 出　　席：, 请　　假：)
     "人：", "人:", "席：", "席:", "假：", "假:", "录：", "录:", "户（", "户(", "户、", "留言人",
     # (a board's officers, a training day's chair and closing speaker: 董　事：…, 主持：…, 总结讲话：…)
     "事：", "事:", "持：", "持:", "话：", "话:",
     "审稿", "校对", "主审", "某", "员:", "员：", "字幕", "我叫", "我名叫", "名字叫", "文/", "图/", "摄影/", "编辑/", "记者/", "通讯员/", "文／", "图／",
     # (a life told by its years: 林水生1932年参加红军)
     "年参加", "年加入", "年入党", "年牺牲", "年参军",
     # (names counted as people of a kind: 毛国顺、毛樟根、祝桂英三位老党员)
     "位老党员", "位党员", "名党员", "位同志", "名同志",
     # (a chat log's sender: 08:05 红梅（刘红梅）: …)
     "）:", "）：", "):",
     # (a list's line by sex: 严文杰，男，33岁 or 韦秀兰（女，壮族，41岁）)
     "，男，", "，女，", ",男,", ",女,", "（男，", "（女，", "(男,", "(女,",
     # (how many, then the names: 免评3名（…）, （9名）：…, 第18名（并列）：…; a numbered line's name and dash: 5．付大林——;
     # a film's credits: 监制:…, 摄像:…, 航拍:…)
     "名（", "名(", "名）", "名)", "名：", "名:", "位（", "人（", "——", "群众", "村民", "居民", "农户", "党小组",
     *_CREDIT_LABELS,
     "答（", "答(", "问（", "问(", "[", "［", "【", *_TITLES, *_LEADERS, *_ROLE_MODELS, *_REVOLUTIONARIES,
     "书记", "院长", "校长", "主任", "部长", "局长", "厅长", "处长", "县长", "市长", "镇长", "乡长", "村长", "主席",
     "教授", "研究员", "支书", "岁的", "典型", "模范", "人物", "同志", *_ROLES, *_REPORTING, *_DOTS},
    key=len, reverse=True))))


def _share_bracket(text: str, sent: Sentence, named: list[tuple[re.Match[str], Mention]],
                   unit: str | None) -> Iterator[Mention]:
    """A role line's people, the bracket after its last name given to the names before it when
    they have none and only 、 stands between them (采访人：周晓岚、林建新（中共永嘉县委党史研究室）:
    both of that office)."""
    last = named[-1][0] if named else None
    shared = (last is not None and len(named) > 1 and last.group("bracket") and not unit
              and not any(n.group("bracket") for n, _ in named[:-1])
              and all(text[a.end("name"):b.start("name")] == "、" for (a, _), (b, _) in zip(named, named[1:])))
    span = f"{sent.start + last.start('bracket')}:{sent.start + last.end('bracket')}" if shared else ""
    for n, person in named:
        yield _with(person, "affiliation_span", span) if shared and person.attr("affiliation_span") is None else person


def _dotted(text: str) -> Iterator[tuple[int, int, str]]:
    """Names transliterated from Uyghur, Kazakh and other languages, their parts joined by a
    middle dot (艾尔肯·吐尔逊, 阿依古丽·买买提): ``(start, end, label)``, the label with U+00B7.

    Each part is a run of the transliteration tables' characters (:data:`_TRANSLIT`), so a role
    before the name (村党支部书记艾尔肯·吐尔逊) and a verb after it stay out; where its last
    character and the next one make a word (…阿不都拉提出) the part ends one sooner. Slogans and
    titles joined by a dot (四在农家·和美乡村, 美丽·新疆) are words of the language: a part that is
    a frequent word or a place is no name.
    """
    i = 0
    while (dot := _DOT.search(text, i)) is not None:
        a = dot.start()
        while a > 0 and dot.start() - a < _PART_MAX and text[a - 1] in _TRANSLIT:
            a -= 1
        if a < dot.start() and (text[a] in _ORG_TAIL or a > 0 and word_freq(text[a - 1:a + 1]) >= _JOINED):
            a += 1  # (the end of a unit's name, 工作队阿…; or the character before and the first make a word)
        parts, b = [text[a:dot.start()]], dot.end()
        while True:
            e = b
            while e < len(text) and e - b < _PART_MAX and text[e] in _TRANSLIT:
                e += 1
            if e < len(text) and e - b > 2 and word_freq(text[e - 1:e + 1]) >= _JOINED:
                e -= 1
            parts.append(text[b:e])
            if e < len(text) and text[e] in _DOTS and e + 1 < len(text) and text[e + 1] in _TRANSLIT:
                b = e + 1
                continue
            break
        i = max(e, dot.end())
        if all(_PART_MIN <= len(p) and not _not_name_part(p) for p in parts):
            yield a, e, "·".join(parts)


_DOT = re.compile(f"[{_DOTS}]")
_PART_MIN, _PART_MAX = 2, 7
#: a character pair this frequent in jieba's dictionary is a word (提出 8,000; 都是 …)
_JOINED = 300
#: characters of the transliteration tables for Uyghur, Kazakh, Kyrgyz, Uzbek and Tajik names
#: (and many foreign ones): general data, the syllables a name is spelled with, no name from any
#: document. Function words (的, 是, 在, 和, 说) are left out, so a part never runs into them.
_TRANSLIT = frozenset(
    "阿艾爱安昂敖奥巴拜班邦包保鲍贝比毕别宾波伯博布才查达代丹道德登迪蒂丁东都杜敦多朵俄鄂额厄恩尔法凡范方菲费"
    "芬夫弗伏福甫嘎伽该盖甘冈刚高戈哥格根古谷瓜关圭贵哈海亥汗罕杭豪浩合赫黑亨洪虎胡霍基吉加佳贾江姜杰捷金京久"
    "居喀卡开凯坎康考柯可克肯孔库夸奎昆拉喇腊来莱赖兰朗劳勒雷蕾黎里力丽利莉连莲列林琳铃玲留柳龙卢鲁禄路伦罗"
    "洛吕玛马买迈麦曼满芒毛茂梅美门蒙孟米密敏明摩莫默姆木穆娜纳乃奈南楠瑙内妮尼聂宁纽努诺欧帕潘庞佩朋皮珀普"
    "齐奇恰乔切钦琴秋曲热仁荣如茹若瑞萨塞赛桑瑟森沙莎山珊善尚绍舍申什诗施史舒司斯松苏素索塔太泰坦汤唐陶特提"
    "帖铁廷通图吐托娃瓦宛万旺威韦维沃乌吾伍西希锡夏先贤香肖谢辛欣秀雅亚牙扬姚耶叶伊依义易因尤优玉尕扎札泽詹"
    "哲珍孜宗祖佐卓逊不")


def _not_name_part(part: str) -> bool:
    """A frequent word or a well-known place (美丽, 新疆, 喀什): not a part of a transliterated name
    (jieba tags a few rare names ns too: 尼牙孜 3; the places of the gazetteer are checked by
    the caller)."""
    freq = word_freq(part)
    return freq >= 1000 or freq >= 100 and (word_tag(part) or "").startswith("ns")


#: a speaker's turn opening a line of a broadcast script or a transcript: a tag, who the speaker
#: is, a space, the name and a colon (【同期声】坪坦村党支部书记 陆光辉：…; 【记者出镜】记者 吴静怡：…)
_TURN = re.compile(r"\s*(?P<tag>【[\u4e00-\u9fff]{2,8}】)?(?P<who>[^\s:：，,。；;【】]{0,40}?)[ \u3000]+"
                   r"(?P<name>[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,7}(?:[·•‧・･][\u4e00-\u9fff]{2,7}){1,2})\s*[:：]")


def _turn(ctx: DocContext, sent: Sentence, free: Callable[[int, int], bool]) -> Iterator[Mention]:
    """The speaker of a turn (:data:`_TURN`): a name of a common surname, or transliterated, after a
    tag or a description of who speaks; "leader" when that ends in a post."""
    m = _TURN.match(sent.text)
    if m is None or not (m["tag"] or m["who"]):
        return
    name, who = m["name"], m["who"]
    dotted = next(_dotted(name), None)
    if dotted is not None and dotted[:2] == (0, len(name)):
        name = dotted[2]
    elif not plausible_name(name) or _ANY_TITLE.search(name) or _common(name):
        return  # (问 王书记：a post, not a name; 一是 加强：no surname)
    if free(m.start("name"), m.end("name")):
        role = "leader" if _ends_in_post(who) else "other"
        yield _person(ctx, sent, sent.start + m.start("name"), sent.start + m.end("name"), name, role,
                      "person.turn", 0.85)


#: a speaker's turn in minutes or an interview: the name, who they are in a bracket, perhaps
#: what they do, a colon (李建国（村党支部宣传委员）领学：…; 4.虎彦军（党员、窑洞民宿经营户）：…)
_NAMED_TURN = re.compile(r"\s*(?:\d{1,2}[.．、]\s*)?(?P<name>[\u4e00-\u9fff]{2,3})[（(](?P<who>[^（）()\n]{2,30})[）)]"
                         r"[\u4e00-\u9fff]{0,4}[:：]")
#: who a speaker in such a bracket is: a post, or a kind of person the genre quotes
_SPEAKER_KIND = re.compile(r"党员|委员|书记|主任|队员|队长|村民|代表|干部|群众|会计|主席|组长|网格员|户$")


def _named_turn(ctx: DocContext, sent: Sentence, free: Callable[[int, int], bool]) -> Iterator[Mention]:
    """The speaker of a turn written name first (:data:`_NAMED_TURN`), of the bodies in the bracket."""
    m = _NAMED_TURN.match(sent.text)
    if (m is None or not plausible_name(m["name"]) or _common(m["name"]) or _ANY_TITLE.search(m["name"])
            or not (_ROLE_RE.search(m["who"]) or _SPEAKER_KIND.search(m["who"]))):
        return
    if free(m.start("name"), m.end("name")):
        role = "leader" if _ends_in_post(m["who"]) else "other"
        person = _person(ctx, sent, sent.start + m.start("name"), sent.start + m.end("name"), m["name"], role,
                         "person.turn", 0.85)
        yield _with(person, "affiliation_span", f"{sent.start + m.start('who')}:{sent.start + m.end('who')}")


#: a broadcast's or a report's closing credits: the unit, who it is (记者, 通讯员 …), a colon and the
#: names (湖南广播电视台记者：吴静怡 杨浩 通道县融媒体中心记者：石小凤)
_CREDIT = re.compile(rf"(?P<unit>[\u4e00-\u9fff]{{2,20}}?)?(?P<label>记者|通讯员|摄像|摄影|主持人)\s*[:：]\s*"
                     rf"(?P<names>(?:{_NAME}(?:[ \u3000、,，]+|$))+)")
#: paragraphs from the end where closing credits are read
_CREDITS_UP = 3


def _credits(ctx: DocContext, sent: Sentence, free: Callable[[int, int], bool]) -> Iterator[Mention]:
    """The reporters of closing credits (:data:`_CREDIT`), authors of the document, of the unit
    before their label; camera and hosts are named, not authors."""
    for m in _CREDIT.finditer(sent.text):
        author = m["label"] in ("记者", "通讯员")
        for n in re.finditer(_NAME, m["names"]):
            a = m.start("names") + n.start()
            if not plausible_name(n.group()) or _ANY_TITLE.search(n.group()) or not free(a, a + len(n.group())):
                continue
            person = _person(ctx, sent, sent.start + a, sent.start + a + len(n.group()), n.group(),
                             "author" if author else "other", "person.author_line" if author else "person.credits",
                             0.85)
            if m["unit"]:
                person = _with(person, "affiliation_span", f"{sent.start + m.start('unit')}:{sent.start + m.end('unit')}")
            yield person


#: an item of a list separated by 、, and a name of one, before its bracket (吴兴梅（192分）)
_ITEM = re.compile(r"[^、]+")
_LISTED_ITEM = re.compile(r"[\u4e00-\u9fff]{2,3}(?=[（(、]|$)")


def _item_spans(m: re.Match[str], group: str, item: re.Pattern[str] = _ITEM) -> list[tuple[int, int]]:
    """The spans (in the matched text) of the items of ``m``'s list ``group``."""
    return [(m.start(group) + i.start(), m.start(group) + i.end()) for i in item.finditer(m.group(group))]


def _mostly_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of a list that read as names, when most of them do (a rare surname among common
    ones: 母德贵, 冉茂林) and none when most do not; no everyday word."""
    if 2 * sum(plausible_name(text[a:b]) for a, b in spans) <= len(spans):
        return []
    return [(a, b) for a, b in spans if not _common(text[a:b])]


def _names_a_post(post: str, *, bracketed: bool) -> bool:
    """Whether a list's text after a name is the person's post (…股长, …党员、乡村医生) or the kind of
    people they are (…村群众); a bracket may list several, each read."""
    parts = re.split(r"[、，,]", post) if bracketed else [post]
    return any(_ends_in_post(part) or part.endswith(_LAY_KINDS) for part in parts)


def _posted_name(name: str) -> bool:
    """A name written with its post in a list: a known surname, or three characters of a rare one
    (班丽萍); not an everyday word unless jieba knows it as a name (杨光辉 nr), nor a place or a body."""
    return ((not _common(name) or (word_tag(name) or "").startswith("nr")) and not _BODY_END.search(name)
            and (plausible_name(name) or len(name) == 3))


def plausible_name(name: str) -> bool:
    """A Chinese personal name: a known surname followed by one or two characters; not a post
    that opens with a surname's character (楼长, 楼栋长, 楼长占…)."""
    if name.startswith(_COMPOUND):
        return 3 <= len(name) <= 4
    if name in _ROLE_SET or name[:2] in _ROLE_SET:
        return False
    if name[:1] == "包" and name[1:2] in _CHARGE_UNITS:
        return False  # 班子成员包屯、党员包街、群众包户: 包 "takes charge of" a unit, no surname here
    if len(name) == 2 and name[1] in _ASPECT:
        return False  # 党员戴着党徽: a verb and its aspect particle; 老杨是书记: a surname and the copula
    if len(name) == 3 and name[0] == "党" and (word_tag(name) or "").startswith("n") \
            and not (word_tag(name) or "").startswith("nr"):
        return False  # 流动党员党组织: a body of the Party (党 the surname opens few such words)
    return 2 <= len(name) <= 3 and name[0] in _SURNAMES


#: aspect particles and the copula, which end a verb or a clause's subject (戴着, 高了, 杨是) and no
#: two-character name
_ASPECT = frozenset("着了过是")


#: units a cadre or member is put in charge of (包村, 包屯, 包户, 包片, 技术员包棚到户)
_CHARGE_UNITS = frozenset("屯街户村组片区岗社点乡镇企项棚")


def extract(ctx: DocContext) -> Iterator[Mention | RelationMention]:
    found: list[Mention] = list(_byline(ctx))
    yield from found
    byline = {m.sent_index for m in found}
    yi = _scenes(ctx.doc.text)[3] and _yi_names()  # (Yi names are read without a cue word too)
    for sent in ctx.sentences:
        if not (_ANY_CUE.search(sent.text) or yi and yi.search(sent.text) or _CITATION_CUE.search(sent.text)) \
                or sent.index in byline:
            continue
        for m in _in_sentence(ctx, sent):
            found.append(m)
            yield m
    listed = list(_listed(ctx, found))
    yield from listed
    yield from _row_bodies(ctx, listed)
    found += listed
    again = list(_repeated(ctx, found))
    yield from again
    yield from _relations(ctx, found + again)
    yield from _appointed(ctx, found + again)


#: a clause of an appointment or removal naming its person (罗志刚同志任…, 免去张德顺同志的…, 选派邹建华
#: 同志（…）任…): the name, 同志, perhaps a bracket of their present post, then the verb
_APPOINTS = re.compile(r"\s*(?:免去|选派|提名)?(?P<n>[\u4e00-\u9fff]{2,4}?)同志(?:的|[（(][^（）()]{0,40}[）)])?"
                       r"(?:任|担任|兼任|调任|改任|转任|为|的)")
#: a clause going on about the same person's posts (，提名为…候选人；免去其…职务；回原单位县财政局工作)
_APPOINTS_ON = re.compile(r"\s*(?:并|同时|另)?(?:提名为|提请免去其|提请任命为|免去其|兼任|任|按法定程序推选为|推荐为|"
                          r"回原单位)")
#: what splits an appointment's line into clauses
_CLAUSE_SPLIT = re.compile(r"[，,；;。]\s*")


def _appointed(ctx: DocContext, persons: list[Mention]) -> Iterator[RelationMention]:
    """A notice of appointments and removals (关于…等同志职务任免的通知): each clause naming a person
    and a verb of appointment or removal, and the clauses after it on the same line that go on
    about their posts (提名为…, ；免去其…职务), make the person a member of every body they name. A
    removal is of a body they belonged to, which the graph keeps (it has no dates)."""
    doc = ctx.doc
    if "同志" not in doc.text:
        return
    at = {p.start: p for p in persons}
    clauses: dict[int, list[int]] = {}  # a line's start -> where each of its clauses starts
    for o in ctx.of_kind(Kind.ORGANIZATION):
        line_start = doc.text.rfind("\n", 0, o.start) + 1
        if line_start not in clauses:
            line_end = doc.text.find("\n", o.start)
            clauses[line_start] = [line_start, *(m.end() for m in _CLAUSE_SPLIT.finditer(
                doc.text, line_start, len(doc.text) if line_end < 0 else line_end))]
        bounds = clauses[line_start]
        # the clause holding the body, and the clauses before it on its line back to its person
        for a in reversed(bounds[:bisect_right(bounds, o.start)]):
            m = _APPOINTS.match(doc.text, a)
            if m is not None:
                p = at.get(m.start("n"))
                if p is not None and p.end == m.end("n"):
                    yield _affiliated(p, o, Provenance(doc_id=doc.id, sent_index=p.sent_index, start=p.start,
                                                       end=p.end, rule="persons.appointed", confidence=0.8,
                                                       stated=True))
                break
            if not _APPOINTS_ON.match(doc.text, a):
                break


def _listed(ctx: DocContext, found: list[Mention]) -> Iterator[Mention]:
    """The people of a group's roster and of a text table's column of names (graph.extract._rosters),
    where no other rule found them."""
    taken = [(m.start, m.end) for m in found]
    for item in [*group_roster(ctx, plausible_name), *table_rows(ctx, plausible_name),
                 *member_lines(ctx, plausible_name), *labelled_lines(ctx, plausible_name)]:
        if any(a < item.end and item.start < b for a, b in taken):
            continue
        taken.append((item.start, item.end))
        sent = ctx.sentences[item.sent_index]
        person = _person(ctx, sent, item.start, item.end, item.name, "author" if item.author else "other",
                         "person.author_line" if item.author else "person.roster" if item.group
                         else item.rule or "person.table_row",
                         0.85)
        if item.bracket is not None:
            person = _with(person, "affiliation_span", f"{item.bracket[0]}:{item.bracket[1]}")
        if item.group and item.set_up is not None:
            person = _with(person, "set_up", str(item.set_up))
        if item.row and item.led:
            person = _with(person, "row", ";".join(f"{a}:{b}" for a, b in item.row))
            if item.post_body:
                person = _with(person, "post_body", item.post_body)
        yield _with(person, "group", "1") if item.group else person


def _row_bodies(ctx: DocContext, listed: list[Mention]) -> Iterator[Implied | RelationMention]:
    """The body a table row's person leads (a column headed by a post, not 姓名): an organisation
    filling a cell of the row (村党组织 | 书记: 宽三村党总支 | 王海涛), else the body the column's post
    is of, of the village or township filling a cell (乡镇 | 党委书记: 巫峡镇 | 向宏伟 -> 巫峡镇党委,
    an organisation known from the table, implied)."""
    rows = [(p, row) for p in listed if (row := p.attr("row")) is not None]
    if not rows:
        return
    # the organisations and the townships and villages by their spans, read once
    orgs: dict[tuple[int, int], tuple[int, Mention]] = {}  # (its place among the mentions, the mention)
    units: dict[tuple[int, int], Mention] = {}
    for i, m in enumerate(ctx.mentions):
        if m.kind == Kind.ORGANIZATION:
            orgs.setdefault((m.start, m.end), (i, m))
        elif m.kind == Kind.PLACE and m.subtype in ("township", "village"):
            units.setdefault((m.start, m.end), m)
    made: set[str] = set()
    for p, row in rows:
        cells = [tuple(map(int, c.split(":"))) for c in row.split(";")]
        prov = Provenance(doc_id=ctx.doc.id, sent_index=p.sent_index, start=p.start, end=p.end,
                          rule="persons.table_row_body", confidence=0.7, stated=False)
        org = min((orgs[c] for c in cells if c in orgs), key=lambda io: io[0], default=None)
        if org is not None:
            yield _affiliated(p, org[1], prov)
            continue
        head = p.attr("post_body")
        # (乡镇 | 村 | 星级 | 党组织书记: the village's, the lowest unit the row names)
        places = [units[c] for c in cells if c in units]
        place = min(places, key=lambda m: (m.subtype != "village", m.start), default=None) if head else None
        if place is None:
            continue
        key = f"org/{place.key}/{head}"
        if key not in made:
            made.add(key)
            yield Implied(kind=Kind.ORGANIZATION, key=key, label=place.label + head,
                          subtype="party_committee" if head == "党委" else "party_branch")
        yield RelationMention(subject_kind=Kind.PERSON, subject_key=p.key, predicate=Predicate.AFFILIATED_WITH,
                              object_kind=Kind.ORGANIZATION, object_key=key, prov=prov)


#: a paper's byline under its title: names, each with an optional affiliation number (张敏1，刘洋2)
#: (刘振疆 阿依努尔·吾斯曼: a transliterated name, its parts apart by a middle dot, stands in a byline too)
_BYLINE_ONE_NAME = r"(?:[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{2,4})"
_BYLINE = re.compile(rf"^\s*(?:{_BYLINE_ONE_NAME}[\d¹²³⁴*]*(?:[，,、\s]+|$)){{1,6}}$")
_BYLINE_NAME = re.compile(rf"({_BYLINE_ONE_NAME})([\d¹²³⁴]*)")
_SUPERSCRIPTS = str.maketrans("¹²³⁴", "1234")
#: 王丽华（中共宁波市委党校，浙江宁波 315012）: the authors' institution in a bracket closing the byline
_BYLINE_AFFIL = re.compile(r"\s*[（(](?:[^（）()]|[（(][^（）()]{1,20}[）)]){2,80}?"
                           r"(?:党校|大学|学院|研究院|研究所|研究中心|研究会|办公室|委员会|教研部|\d{6})"
                           r"[^（）()]{0,20}[）)]\s*$")
#: a byline of authors each followed by their own unit in a bracket (黄静怡（…教研部）  廖昌华（…党校）)
_BYLINE_ONE = re.compile(r"\s*(?P<n>[\u4e00-\u9fff]{2,4})\s*(?P<b>[（(][^（）()]{2,60}[）)])")
_BYLINE_EACH = re.compile(rf"(?:{_BYLINE_ONE.pattern}){{2,6}}\s*")
#: a speaker's line under a speech's title: the posts, then the name (党委书记、关长  覃志刚)
_SPEAKER_BYLINE = re.compile(r"\s*(?P<post>[\u4e00-\u9fff、]{2,20}?(?:书记|长|主任|主席|负责人))[ \u3000]+"
                             r"(?P<n>[\u4e00-\u9fff]{2,3})\s*")
#: what a speech's title or subtitle calls it
_SPEECH_KIND = re.compile(r"(?:讲话|发言|致辞|报告|汇报)(?:（[^（）]{0,6}）)?\s*$")
#: a byline of a unit, then its authors, set apart by spaces (中共丹棱县委党校  周雅琴)
_UNIT_BYLINE = re.compile(r"\s*(?P<u>[\u4e00-\u9fff（）()]{2,30}?(?:党校|大学|学院|研究院|研究所|研究中心|课题组|组织部|宣传部|"
                          # (陕西省城乡建设技术服务中心党委  周明远  韩晓燕: a unit's Party body and its writers)
                          r"研究室|办公室|委员会|党委|党工委|党组|党总支|党支部|"
                          # (中共黔西南州委党校党史党建教研部　韦晓岚, 龙游县大数据发展中心  …: a school's
                          # department, a county's bureau or centre)
                          r"教研部|教研室|研究部|研究会|中心|局))[\s\u3000]+(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s\u3000、，,]+[\u4e00-\u9fff]{2,4}){0,4})\s*")
#: (one bracket may stand inside: （中央党校（国家行政学院）党的建设教研部教授）)
#: a bracket of reporters: （记者 陈嘉颖 通讯员 黄伟强）
_REPORTERS = r"[（(]\s*(?:本报|新华社)?(?:记者|通讯员)[^（）()]{2,40}[）)]"
#: such a bracket opening a report's lead paragraph
_LEAD_BYLINE = re.compile(r"\s*(?:(?P<agency>本报|新华社|新华网|人民网|中新社|中新网|央视网)?[\u4e00-\u9fff]{0,10}?\d{1,2}月\d{1,2}日"
                          r"(?:电|讯)\s*|本报讯\s*|本网讯\s*)?" + _REPORTERS)
#: (a news report's dateline may stand before it: 本报北京9月16日电（记者林晓岚、贺云舟）)
#: a bracket of more reporters closing the report: （本报记者宋朝晖、韦丽萍、钱敏参与采写）
_CLOSING_BYLINE = re.compile(r"\s*" + _REPORTERS + r"\s*$")
#: how far under the title a byline may stand (paragraphs): a subtitle or a date may come first
_BYLINE_REACH = 3


#: what may follow a speaker's name on the line under a speech's title: nothing, or that they speak
#: (for a body): 代表发言, 代表镇党委作交流发言, 在…上的讲话 is a title, not this
_SPEAKER_TAIL = re.compile(r"[\s\u3000]*(?:(?:代表[^\s\u3000，,。（）()]{0,12})?作?(?:交流|典型|表态)?(?:发言|汇报))?"
                          r"[\s\u3000]*[）)]?[\s\u3000]*")


def _byline(ctx: DocContext) -> Iterator[Mention]:
    """The authors of a paper written on a line of their own under the title (张敏1，刘洋2), as
    journals print them: every word of the line must be a plausible name, the line must be
    near the top, and it must hold no other word."""
    for sent in ctx.sentences:
        if sent.paragraph > _BYLINE_REACH:
            break
        if sent.paragraph == 0 or len(ctx.paragraphs.get(sent.paragraph, ())) != 1:
            continue
        each = _BYLINE_EACH.fullmatch(sent.text)
        if each is not None:
            # 黄静怡（中共江西省委党校党的建设教研部）  廖昌华（中共寻乌县委党校）: each with their own unit
            found = [(m.start("n"), m.group("n"), m.span("b")) for m in _BYLINE_ONE.finditer(sent.text)]
            if all(plausible_name(n) for _, n, _ in found):
                yield from _authors(ctx, sent, found)
                return
        speaker = _SPEAKER_BYLINE.fullmatch(sent.text)
        if speaker is not None and plausible_name(speaker.group("n")) and not _common(speaker.group("n")) \
                and any(_SPEECH_KIND.search(t.text) for t in ctx.sentences[:sent.index]):
            # 党委书记、关长  覃志刚 under a speech's title (…在…会上的发言): the speaker, its author
            person = _person(ctx, sent, sent.start + speaker.start("n"), sent.start + speaker.end("n"),
                             speaker.group("n"), "author", "person.author_line", 0.8)
            yield _with(person, "affiliation_span", f"{sent.start + speaker.start('post')}:{sent.start + speaker.end('post')}")
            return
        unit = _UNIT_BYLINE.fullmatch(sent.text)
        if unit is not None:
            # 中共丹棱县委党校  周雅琴: the unit, then its authors, on the line under the title
            found = [(m.start() + unit.start("names"), m.group(0), unit.span("u"))
                     for m in re.finditer(r"[\u4e00-\u9fff]+", unit.group("names"))]
            if all(plausible_name(n) and not _common(n) for _, n, _ in found):
                yield from _authors(ctx, sent, found)
                return
        affil = _BYLINE_AFFIL.search(sent.text)
        line = sent.text[:affil.start()] if affil else sent.text
        if not line.strip() or not _BYLINE.match(line):
            continue
        names = [(m.start(1), m.group(1), m.group(2)) for m in _BYLINE_NAME.finditer(line)]
        if not names or not (all((plausible_name(n) and not _common(n)) or "·" in n for _, n, _ in names)
                             and any("·" not in n for _, n, _ in names) or _numbered_byline(ctx, sent, names)):
            continue
        if len(names) >= 2 and not any(mark for _, _, mark in names) \
                and _institutions_below(ctx, sent) == len(names):
            # 刘振疆 阿依努尔·吾斯曼 ⏎ (1.中共阿克苏地委党校…;2.中共乌什县委组织部…): unmarked names, as many as
            # the numbered institutions below, each of the one in its place
            names = [(pos, name, str(k)) for k, (pos, name, _) in enumerate(names, 1)]
        for pos, name, mark in names:
            person = _person(ctx, sent, sent.start + pos, sent.start + pos + len(name), name, "author",
                             "person.author_line", 0.85)
            if mark.isdigit():  # the number of the author's institution in the bracket below
                mark = mark.translate(_SUPERSCRIPTS)  # 孙明远¹: the (1.…) below
                person = _with(person, "affiliation_mark", mark)
            yield person
        return


def _authors(ctx: DocContext, sent: Sentence, found: list[tuple[int, str, tuple[int, int]]]) -> Iterator[Mention]:
    """The authors a byline names: (offset of the name, name, span of their unit) in ``sent``."""
    for pos, name, (a, b) in found:
        person = _person(ctx, sent, sent.start + pos, sent.start + pos + len(name), name, "author",
                         "person.author_line", 0.85)
        yield _with(person, "affiliation_span", f"{sent.start + a}:{sent.start + b}")


def _institutions_below(ctx: DocContext, sent: Sentence) -> int:
    """How many numbered institutions the bracket on the line under a byline lists (（1.…；2.…）), 0 if none."""
    below = _institutions_line(ctx, sent)
    numbers = [m.group(1) for m in _INSTITUTION_NUMBER.finditer(below)]
    return len(numbers) if numbers == [str(k) for k in range(1, len(numbers) + 1)] else 0


def _numbered_byline(ctx: DocContext, sent: Sentence, names: list[tuple[int, str, str]]) -> bool:
    """A byline whose every name carries the number of an institution listed in the bracket on
    the next line (阿苏拉且¹　罗晓燕² / （1.中共凉山州委党校…；2.…）): names, though a Yi, Tibetan
    or Uyghur name transcribed (阿苏拉且) has no surname of the common list."""
    if len(names) < 2 or not all(mark and 2 <= len(n) <= 4 and not _common(n) for _, n, mark in names):
        return False
    return _INSTITUTION_NUMBER.search(_institutions_line(ctx, sent)) is not None


def _institutions_line(ctx: DocContext, sent: Sentence) -> str:
    """The line under a byline when it is the bracket of the authors' institutions, else ''."""
    below = "".join(s.text for s in ctx.paragraphs.get(sent.paragraph + 1, ()))
    return below if _BYLINE_AFFIL.match(below) is not None else ""


#: a bracket naming who contributed an item, and their unit (（井冈山市委组织部　钟雅琴　供稿）)
_CONTRIBUTED = re.compile(rf"\s*[（(]\s*(?P<unit>[\u4e00-\u9fff]{{2,20}}?(?:党委|党工委|组织部|宣传部|融媒体中心|办公室|"
                          rf"政府|局|中心))[\s\u3000]+(?P<names>{_NAME}(?:[\s\u3000、，,]+{_NAME})*)[\s\u3000]+供稿\s*[）)]\s*")
#: the unit that sent a text in, before its writer's label in one bracket ((中共会同县委组织部供稿 执笔:龙晓岚))
_SUPPLIED_BY = re.compile(r"[（(]\s*(?P<u>[\u4e00-\u9fff]{2,30}?)\s*供稿[\s\u3000,，;；]*$")
#: a bracket line of a post and a name apart by a wide space (（攀枝花乡党委组织委员　陈晓燕）): an item's writer
_SIGNED_ITEM = re.compile(r"\s*[（(]\s*(?P<post>[\u4e00-\u9fff、]{4,30}?)[ \u3000]+(?P<n>[\u4e00-\u9fff]{2,3})\s*[）)]\s*")
#: a line of a list of names: the name, a bracket of sex and nationality, a wide space, the unit
#: and post (杨再华（苗族）　恩施市龙凤镇龙马村党总支书记、村委会主任; 黄志勇　建始县公安局花坪派出所所长)
_LISTED_LINE = re.compile(r"\s*(?P<name>[\u4e00-\u9fff]{2,3})(?:[（(](?:女|男|[\u4e00-\u9fff]{1,5}族|[,，、\s])+[）)])?"
                          r"(?:\u3000|\t|\s+|(?<=[）)])\s*)(?P<post>[^\s，,。；;：:（）()]{4,40})"
                          # (and what they do for the document in a bracket: 曹立新 宝塔区文化馆副馆长(线路一第五站))
                          r"\s*(?:[（(][^（）()]{1,24}[）)])?\s*")


#: a role line's one name followed by a comma or wide spaces and the post it holds, to the line's end
_POST_AFTER = re.compile(r"(?:[，,]\s*|[ \u3000]{2,}|\t)(?P<post>[^，,。；;：:\s]{4,30})\s*$")
#: a speaker naming themself: the name, then a pause or what they are
_SELF_NAMED = re.compile(r"(?:我叫|我名叫|本人叫|我的名字叫)(?P<name>[\u4e00-\u9fff]{2,3}?)(?=[，,。；;、！!\s]|是)")
#: a film's caption of a speaker: the name, then their post or who they are, apart by a space
_CAPTION = re.compile(r"字幕\s*[:：]\s*(?P<name>[\u4e00-\u9fff]{2,3})[ \u3000]+(?P<post>[^（）()\n]{2,40}?)\s*(?=[）)]|$)")


def _ends_in_post(text: str) -> bool:
    """Whether ``text`` ends in a post (…党支部书记、村委会主任, …所长)."""
    return any(m.end() == len(text) for m in _ROLE_RE.finditer(text, max(0, len(text) - 6)))


def _with(person: Mention, name: str, value: str) -> Mention:
    """``person`` with one more attribute (where its organisations are written, its team …)."""
    return replace(person, attrs=(*person.attrs, (name, value)))


def _person(ctx: DocContext, sent: Sentence, start: int, end: int, label: str, role: str, rule: str,
            confidence: float) -> Mention:
    return make_mention(ctx.doc, start=start, end=end, sent_index=sent.index, kind=Kind.PERSON,
                        key=f"person/{label}", label=label, subtype=role, rule=rule, confidence=confidence,
                        attrs=(("role", role),))


def _in_sentence(ctx: DocContext, sent: Sentence) -> Iterator[Mention]:
    text = sent.text
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        if any(x < b and a < y for x, y in taken):
            return False
        taken.append((a, b))
        return True

    spaced = _SPACED_ROLE.search(text)
    if spaced is not None and plausible_name(name := spaced.group(2) + spaced.group(3)) and free(
            spaced.start(2), spaced.end(3)):
        # 〔责任编辑：许  彦〕: a two-character name set with spaces between its characters
        role = "editor" if "编辑" in spaced.group(1) or spaced.group(1) in _CHECKERS else "author"
        yield _person(ctx, sent, sent.start + spaced.start(2), sent.start + spaced.end(3), name, role,
                      f"person.{role}_line", 0.9)
    if _DOT.search(text):
        places = _Words(ctx, sent)
        for a, b, label in _dotted(text):
            if not places.taken(a, b) and free(a, b):
                # a transliterated name (not 阿克苏·温宿, two places): a leader after a leader's post
                role = "leader" if text[max(0, a - 5):a].endswith(tuple(_LEADER_ROLES)) else "other"
                yield _person(ctx, sent, sent.start + a, sent.start + b, label, role, "person.transliterated", 0.85)
    if sent.start == ctx.paragraphs.get(sent.paragraph, (sent,))[0].start:
        yield from _turn(ctx, sent, free)
        yield from _named_turn(ctx, sent, free)
        if sent.paragraph >= len(ctx.paragraphs) - _CREDITS_UP:
            yield from _credits(ctx, sent, free)
    lines = list(_ROLE_LINE.finditer(text))  # (执笔:刘晓燕 审核:郭志刚: two on one line)
    # (near the top, or anywhere on a line that names its team: 课题组组长：韦秋萍… ⏎ 课题组成员：… after a
    # report's last section, before its annexes)
    # (调研组组长：贺启明… ⏎ 成员：田文斌（…）、…: a member's line under its team's, at a report's end too)
    team = not lines and (sent.paragraph <= _TEAM_REACH or _TEAM_OPENS.match(text.lstrip()) is not None
                          or _TEAM_ROLE.match(text.lstrip()) is not None) \
        and _team_line(ctx, sent)
    if team:
        lines = list(_TEAM_ROLE.finditer(text))
    elif not lines and (group := _GROUP_HEAD.match(text)) is not None and _group_titled(ctx, sent) \
            and not _roster_above(ctx, sent):
        # 第四组（沱川乡…，22人） ⏎ 组长：余志华（沱川乡理坑村党支部书记）: a group's head with their post
        # under the group's title (a training class's groups), outside a research team: a person who
        # wrote nothing
        lines = [group]
    for m in lines:
        label = re.sub(r"[ \u3000]", "", m.group(1))
        role = ("other" if label in _PRESENT or not team and m.re is _GROUP_HEAD or _programme_lecturer(ctx, label)
                else "editor" if "编辑" in label or label in _CHECKERS
                else "supervisor" if "导" in label and label != "编导" else "author")
        unit = m.groupdict().get("unit")
        supplied = _SUPPLIED_BY.search(text, 0, m.start()) if not unit else None
        named: list[tuple[re.Match[str], Mention]] = []
        for n in (_TEAM_NAME if team else _ROLE_NAME).finditer(text, m.start("names"), m.end("names")):
            written, a = n.group("name"), n.start("name")
            part = re.sub(r"[ \u3000]", "", written or "")
            if a > m.start("names") and text[a - 1] not in _LINE_NAME_SEP:
                continue  # (责任人：宝音德力格尔: not 德力格尔, the end of a name longer than the pattern's)
            if part and (plausible_name(part) or _MONGOL_NAME.fullmatch(part)) and not _ANY_TITLE.search(part) \
                    and free(a, a + len(written)):  # (主持人：张书记，您好: the host addresses a guest by title)
                person = _person(ctx, sent, sent.start + a, sent.start + a + len(written), part, role,
                                 f"person.{role}_line", 0.95)
                if n.group("bracket"):  # the organisations in it are the person's
                    span = f"{sent.start + n.start('bracket')}:{sent.start + n.end('bracket')}"
                    person = _with(person, "affiliation_span", span)
                elif unit:  # and so is the unit before the names (文字：大营镇党委　刘洋)
                    span = f"{sent.start + m.start('unit')}:{sent.start + m.end('unit')}"
                    person = _with(person, "affiliation_span", span)
                elif supplied:  # and the unit that sent the text in ((中共会同县委组织部供稿 执笔:龙晓岚))
                    span = f"{sent.start + supplied.start('u')}:{sent.start + supplied.end('u')}"
                    person = _with(person, "affiliation_span", span)
                elif label == "姓名" and (post := _card_post(ctx, sent)) is not None:
                    person = _with(person, "affiliation_span", post)
                if team:  # and the team's (see _relations)
                    person = _with(person, "team", "1")
                named.append((n, person))
        if len(named) == 1 and not unit and not named[0][0].group("bracket") \
                and named[0][1].attr("affiliation_span") is None \
                and (post := _POST_AFTER.match(text, named[0][0].end("name"))) is not None \
                and _ends_in_post(post.group("post")):
            # 述职人：杜建宏，平襄镇党委书记 (记  录:黄雨涵  …办公室综合科科员): the post after the name
            span = f"{sent.start + post.start('post')}:{sent.start + post.end('post')}"
            named = [(named[0][0], _with(named[0][1], "affiliation_span", span))]
        yield from _share_bracket(text, sent, named, unit)
    for m in _SLASH_CREDIT.finditer(text):
        # （文/吴天宇 图/卢志刚）: a post's or a page's credits, the label and the name apart by a slash
        name, label = m.group("name"), m.group("label")
        if plausible_name(name) and not _common(name) and free(m.start("name"), m.end("name")):
            role = "editor" if label in ("编辑", "责编") else "other" if label in ("图", "摄影", "摄", "视频") else "author"
            yield _person(ctx, sent, sent.start + m.start("name"), sent.start + m.end("name"), name, role,
                          f"person.{role}_line", 0.85)
    m = _CONTRIBUTED.fullmatch(text)
    if m:
        # （井冈山市委组织部　钟雅琴　供稿） closing a bulletin's item: its writer, of that unit
        span = f"{sent.start + m.start('unit')}:{sent.start + m.end('unit')}"
        for n in re.finditer(_NAME, m.group("names")):
            a = m.start("names") + n.start()
            if plausible_name(n.group()) and free(a, a + len(n.group())):
                person = _person(ctx, sent, sent.start + a, sent.start + a + len(n.group()), n.group(), "author",
                                 "person.author_line", 0.85)
                yield _with(person, "affiliation_span", span)
    m = _SIGNED_ITEM.fullmatch(text)
    if m and plausible_name(m.group("n")) and _ends_in_post(m.group("post")) and free(*m.span("n")) \
            and len(ctx.paragraphs.get(sent.paragraph, ())) == 1 and sent.paragraph > _BYLINE_REACH:
        # （攀枝花乡党委组织委员　陈晓燕） on its own line closing a bulletin's item: who wrote it, and their post
        person = _person(ctx, sent, sent.start + m.start("n"), sent.start + m.end("n"), m.group("n"), "author",
                         "person.author_line", 0.85)
        yield _with(person, "affiliation_span", f"{sent.start + m.start('post')}:{sent.start + m.end('post')}")
    m = _LISTED_LINE.fullmatch(text)
    if m and plausible_name(m.group("name")) and _ends_in_post(m.group("post")) and free(*m.span("name")):
        # 杨再华（苗族）　恩施市龙凤镇龙马村党总支书记、村委会主任: a line of a list of names (a
        # commendation's annex, a delegation): the name, then the unit and post it holds
        person = _person(ctx, sent, sent.start + m.start("name"), sent.start + m.end("name"), m.group("name"),
                         "other", "person.listed_line", 0.8)
        span = f"{sent.start + m.start('post')}:{sent.start + m.end('post')}"
        yield _with(person, "affiliation_span", span)
    for m in _SELF_NAMED.finditer(text):
        # 先自我介绍一下，我叫龚守成，是…村党支部书记: a speaker naming themself
        if plausible_name(m.group("name")) and free(*m.span("name")):
            yield _person(ctx, sent, sent.start + m.start("name"), sent.start + m.end("name"), m.group("name"),
                          "other", "person.self_named", 0.85)
    for m in _CAPTION.finditer(text):
        # 【同期声】（字幕：刘文斌　汤湖镇党委副书记）: a film's caption names who speaks, and their post
        if plausible_name(m.group("name")) and free(*m.span("name")):
            person = _person(ctx, sent, sent.start + m.start("name"), sent.start + m.end("name"), m.group("name"),
                             "other", "person.caption", 0.85)
            yield _with(person, "affiliation_span", f"{sent.start + m.start('post')}:{sent.start + m.end('post')}")
    m = _REFERENCE.match(text)
    if m:
        pos = m.start(1)
        for part in re.split(r"([,，、])", m.group(1)):
            # ([4]沙马阿果.婚俗变迁…[J]: a Yi name, a clan's and two more, in a paper on the Yi)
            yi_name = len(part) == 4 and part[:2] in YI_CLANS and _scenes(ctx.doc.text)[3]
            if part not in (",", "，", "、") and (plausible_name(part) or part in _LEADERS or yi_name) \
                    and free(pos, pos + len(part)):
                role = "leader" if part in _LEADERS else "other"
                yield _person(ctx, sent, sent.start + pos, sent.start + pos + len(part), part, role,
                              "person.reference", 0.9)
            pos += len(part)
    if _REFERENCE_MARK.match(text) and (tr := _TRANSLATORS.search(text)) is not None:
        # [3] 埃莉诺·奥斯特罗姆.公共事物的治理之道[M].余逊达，陈旭东，译.: the translators
        pos = tr.start("names")
        for part in re.split(r"([,，、])", tr.group("names")):
            if part not in (",", "，", "、") and plausible_name(part) and free(pos, pos + len(part)):
                yield _person(ctx, sent, sent.start + pos, sent.start + pos + len(part), part, "other",
                              "person.reference", 0.8)
            pos += len(part)
    for m in _AUTHOR_YEAR.finditer(text):
        # 徐勇（2019）认为, 亨廷顿（1968）在考察…: a scholar cited by the year of the work (a name the
        # dictionary knows as a word, 希克斯, is taken only here, where the year says it is an author)
        name = m.group("n")
        if (plausible_name(name) or (len(name) >= 3 and not _NOT_AUTHOR.search(name)
                                     and (not _common(name) or (word_tag(name) or "").startswith("nr")))) \
                and free(m.start("n"), m.end("n")):
            yield _person(ctx, sent, sent.start + m.start("n"), sent.start + m.end("n"), name, "other",
                          "person.author_year", 0.7)
    for m in _CITATION.finditer(text):
        # 通过组织嵌入实现资源整合（王海涛，2020）: the scholars an in-text citation names, each a plausible name
        parts = [(n.start(), n.group()) for n in re.finditer(r"[\u4e00-\u9fff]+", m.group("names"))]
        if parts and all(plausible_name(n) and not _common(n) for _, n in parts):
            for k, n in parts:
                a = m.start("names") + k
                if free(a, a + len(n)):
                    yield _person(ctx, sent, sent.start + a, sent.start + a + len(n), n, "other", "person.cited", 0.75)
    m = _NETIZEN_LINE.match(text)
    if m and free(m.start("n"), m.end("n")):
        # 留言人：网友“瑶乡游子”: who wrote a message on a leaders' message board, by their screen name
        yield _person(ctx, sent, sent.start + m.start("n"), sent.start + m.end("n"), m.group("n"), "author",
                      "person.netizen", 0.85)
    m = _ADDRESSEE.fullmatch(text)
    if m and plausible_name(m.group("n")) and free(m.start("n"), m.end("n")):
        # 杨秀梅代表：opening a reply to a deputy's suggestion (or 王建国委员：, a member's): who is answered
        yield _person(ctx, sent, sent.start + m.start("n"), sent.start + m.end("n"), m.group("n"), "other",
                      "person.addressee", 0.85)
    m = _INTERVIEWEE.match(text)
    if m and plausible_name(m.group("n")) and free(m.start("n"), m.end("n")):
        # 答（陈玉梅，西湾村村务监督委员会主任）：an interview's answer, its speaker in the bracket
        yield _person(ctx, sent, sent.start + m.start("n"), sent.start + m.end("n"), m.group("n"), "other",
                      "person.interviewee", 0.85)
    for m in _COUNTED_NAMES.finditer(text):
        # 为毛国顺、毛樟根、祝桂英三位老党员颁发…: names listed, then how many people of a kind they are
        spans = _item_spans(m, "names")
        a0, b0 = spans[0]
        if not plausible_name(text[a0:b0]) and b0 - a0 == 3 and plausible_name(text[a0 + 1:b0]):
            spans[0] = (a0 + 1, b0)  # 给李明、王强两名党员: the verb's object is 李明
        if all(plausible_name(text[a:b]) and not _common(text[a:b]) for a, b in spans):
            for a, b in spans:
                if free(a, b):
                    yield _person(ctx, sent, sent.start + a, sent.start + b, text[a:b], "other", "person.counted", 0.75)
    for m in _COUNT_THEN_NAMES.finditer(text):
        spans = _item_spans(m, "names" if m.group("names") else "listed", _LISTED_ITEM)
        for a, b in _mostly_names(text, spans):  # (not a list of things, 3项（党建、产业）)
            if not _ANY_TITLE.search(text[a:b]) and free(a, b):
                yield _person(ctx, sent, sent.start + a, sent.start + b, text[a:b], "other", "person.counted", 0.75)
    m = _NUMBERED_NAME.match(text)
    if m and plausible_name(m.group("n")) and not _common(m.group("n")) and not _BODY_END.search(m.group("n")) \
            and free(m.start("n"), m.end("n")):
        yield _person(ctx, sent, sent.start + m.start("n"), sent.start + m.end("n"), m.group("n"), "other",
                      "person.numbered", 0.75)
    m = _GROUP_MEMBERS.fullmatch(text)
    if m:
        # 第一党小组（组长廖伟平）：廖荣昌、廖伟平、…: a Party cell's members, listed after its name (a
        # sign-in list by cell); each of the cell
        for a, b in _mostly_names(text, _item_spans(m, "names")):
            if free(a, b):
                person = _person(ctx, sent, sent.start + a, sent.start + b, text[a:b], "other", "person.roster", 0.75)
                yield _with(person, "affiliation_span", f"{sent.start + m.start('g')}:{sent.start + m.end('g')}")
    # 伍宏伟（县林业局森林防火股股长）: a list's line of a person and their post in a bracket (those commended),
    # not under a roster's labelled line (副组长：…, read with its group); 4. 班丽萍，逻楼镇党委组织委员: a
    # numbered list of people by their posts (a survey's interviewees). The post's bodies are theirs
    above = ctx.sentences[sent.index - 1].text if sent.index else ""
    for m, rule in ((_BRACKET_POST_LINE.fullmatch(text) if not _LABELLED_ABOVE.match(above) else None,
                     "person.listed_post"),
                    (_NUMBERED_POST.match(text), "person.numbered")):
        if m and _names_a_post(m.group("post"), bracketed=rule == "person.listed_post") \
                and _posted_name(m.group("n")) and free(m.start("n"), m.end("n")):
            person = _person(ctx, sent, sent.start + m.start("n"), sent.start + m.end("n"), m.group("n"), "other",
                             rule, 0.75)
            yield _with(person, "affiliation_span", f"{sent.start + m.start('post')}:{sent.start + m.end('post')}")
    m = _CHAT_SENDER.match(text)
    if m and not _common(m.group("n")) and free(m.start("n"), m.end("n")):
        yield _person(ctx, sent, sent.start + m.start("n"), sent.start + m.end("n"), m.group("n"), "other",
                      "person.chat_sender", 0.8)
    for m in _POST_COMRADE.finditer(text):
        # 新街镇党委副书记普丽萍同志: a post, three characters, 同志: a name, of a rare surname too
        n = m.group("n")
        if not plausible_name(n) and not set(n) & _NOT_IN_NAME and word_freq(n) == 0 and not _common(n[:2]) \
                and not _common(n[1:]) and free(*m.span("n")):
            yield _person(ctx, sent, sent.start + m.start("n"), sent.start + m.end("n"), n, "other",
                          "person.post_comrade", 0.75)
    m = _NAME_AGE.match(text)
    if m and (plausible_name(m.group("n")) or m.group("sex")) and not _common(m.group("n")) \
            and free(m.start("n"), m.end("n")):
        # 冯世荣，35岁，退伍军人: a profile's opening, its person's name and age; with the sex given, a
        # name of any surname, rare ones too (3.危春兰，女，38岁)
        yield _person(ctx, sent, sent.start + m.start("n"), sent.start + m.end("n"), m.group("n"), "other",
                      "person.aged", 0.8)
    m = _SPACED.search(text)
    if m:
        label = m.group(1) + m.group(2)
        if plausible_name(label) and free(m.start(1), m.end(2)):
            yield _person(ctx, sent, sent.start + m.start(1), sent.start + m.end(2), label, "leader",
                          "person.spaced_title", 0.85)
    for m in _KNOWN.finditer(text):
        name = m.group(0)
        if free(m.start(), m.end()):
            role = "leader" if name in _LEADERS else "other"
            yield _person(ctx, sent, sent.start + m.start(), sent.start + m.end(), name, role, "person.known", 0.9)
    # a post, then the name, then what they do: 副院长李恩秀主持党日活动
    for m in _TITLE_THEN_NAME.finditer(text):
        name = m.group("name")
        if plausible_name(name) and not _common(name) and free(m.start("name"), m.end("name")):
            role = "leader" if text[m.start():m.start("name")] in _LEADER_ROLES else "other"
            yield _person(ctx, sent, sent.start + m.start("name"), sent.start + m.end("name"), name, role,
                          "person.title_before", 0.7)
    # a role, then one name or a list of names (党建辅导员陈甜; 代表周钰、席佳鑫), and a name that
    # opens a clause with a reporting verb (陈甜进一步强调): names jieba does not know as words
    words = _Words(ctx, sent)
    for m in _ROLE_RE.finditer(text):
        pos = m.end()
        while text[pos:pos + 1] in (" ", "\u3000"):
            pos += 1  # a report's header: 山东省省长 周乃翔
        # a reporter's byline on its own line under the headline (本报记者 叶晓岚 周启明 通讯员 …):
        # the report's authors
        reporter = m.group(0) in ("记者", "通讯员")
        # (a reporters' line may stand one paragraph lower, under a magazine's masthead line, a
        # kicker, the headline and the deck; not once a salutation has opened the body: 各位代表：)
        lower = reporter and sent.paragraph == _BYLINE_REACH + 1 and not any(
            ctx.paragraphs[k][-1].text.endswith(("：", ":")) for k in range(sent.paragraph) if k in ctx.paragraphs)
        top_line = (sent.paragraph <= _BYLINE_REACH + lower and len(ctx.paragraphs.get(sent.paragraph, ())) == 1
                    and len(text) <= 40 and not text.startswith(_SUBTITLE_DASH))
        # (记者 陈嘉颖 通讯员 黄伟强) opening a news report's lead: its reporters too
        lead = _LEAD_BYLINE.match(text) if sent.paragraph <= _BYLINE_REACH + 2 else None
        closing = sent.paragraph >= len(ctx.paragraphs) - 2 and _CLOSING_BYLINE.match(text) is not None
        byline = reporter and (top_line or closing or lead is not None and m.end() < lead.end())
        while True:
            name = _without_verb(text, pos, words.unknown_name(pos, known_ok=True))
            if name is None or not free(pos, pos + len(name)):
                break
            # a speech's speaker on the line under its title, the post then the name and nothing
            # after it but what they do (中共渭源县委书记　杜鸿川; （镇党委书记 周志远 代表发言）):
            # the speech's author
            if byline or top_line and _SPEAKER_TAIL.fullmatch(text, pos + len(name)):
                person = _person(ctx, sent, sent.start + pos, sent.start + pos + len(name), name, "author",
                                 "person.author_line", 0.85)
                if lead is not None and lead["agency"] not in (None, "本报") and m.end() < lead.end():
                    # 新华社成都5月10日电（记者罗晓岚、杨静川）: the agency of the dateline is theirs
                    person = _with(person, "affiliation_span",
                                   f"{sent.start + lead.start('agency')}:{sent.start + lead.end('agency')}")
                yield person
            else:
                yield _person(ctx, sent, sent.start + pos, sent.start + pos + len(name), name,
                              "leader" if m.group(0) in _LEADER_ROLES else "other", "person.after_role", 0.7)
            pos += len(name)
            if text[pos:pos + 1] in (" ", "\u3000"):  # a byline's names apart: 本报记者 李明 杨帆
                while text[pos:pos + 1] in (" ", "\u3000"):
                    pos += 1
                continue
            if text[pos:pos + 1] not in _NAME_LIST_SEP:
                break
            pos += 1
    for m in (*_ELECTED.finditer(text), *_HELD_IN_TURN.finditer(text), *_TAKES_POST.finditer(text)):
        # 选举俞启明为书记; 县委书记先后为吴长庚、鲍国柱; 吴长庚任书记: who was elected to or held a post
        pos = m.end()
        while (name := words.unknown_name(pos, known_ok=True)) is not None and free(pos, pos + len(name)):
            yield _person(ctx, sent, sent.start + pos, sent.start + pos + len(name), name, "leader",
                          "person.elected", 0.7)
            pos += len(name)
            if text[pos:pos + 1] not in ("、", "，", ",") or m.re is _TAKES_POST:
                break
            pos += 1
    for m in _FROM_WORD.finditer(text):
        # 来自贵州省…从江县委组织部的吴松涛结合…: a speaker named after where they come from
        for de in _OF.finditer(text, m.end() + 2, min(len(text), m.end() + _CAME_REACH)):
            if _CLAUSE_MARK.search(text, m.end(), de.start()):
                break
            name = words.unknown_name(de.end(), known_ok=True)
            if name is not None and (text.startswith(_REPORTING, de.end() + len(name))
                                     or text[de.end() + len(name):][:1] in "在也等和、") \
                    and free(de.end(), de.end() + len(name)):  # (free marks the span taken: asked last)
                yield _person(ctx, sent, sent.start + de.end(), sent.start + de.end() + len(name), name, "other",
                              "person.came_from", 0.7)
                break
    for m in _CHAIRED_BY.finditer(text):  # 会议由王刚主持: who chairs
        a = m.end()
        name = words.unknown_name(a, known_ok=True)
        if name is not None and text.startswith(_CHAIR_VERBS, a + len(name)) and free(a, a + len(name)):
            yield _person(ctx, sent, sent.start + a, sent.start + a + len(name), name, "other",
                          "person.chaired_by", 0.7)
    for m in _ANONYMISED.finditer(text):
        # 强蛟镇某村村务监督委员会主任陈某对…: a person a discipline report does not name in full
        a, b = m.span()
        if (a == 0 or not "\u4e00" <= text[a - 1] <= "\u9fff" or words.boundary(a) or words._glued_role(a)) \
                and words.boundary(b) and free(a, b):
            person = _person(ctx, sent, sent.start + a, sent.start + b, text[a:b], "other", "person.anonymised", 0.6)
            # (王某 of one report is not 王某 of another: the key is the document's own)
            yield replace(person, key=f"person/{ctx.doc.id}/{text[a:b]}")
    for m in _LISTED_THEN_KIND.finditer(text):
        # 深入宣传潘德明、吴秀芬等全省优秀村党组织书记, 接收胡晓燕、沈嘉豪2名同志为…: the names listed, then
        # what they are
        cut = max(text.rfind(c, 0, m.start()) for c in "，,。；;：:“”（）()") + 1
        items = text[cut:m.start()].split("、")
        if len(items) < 2:
            continue
        pos = cut + len(items[0])
        first = next((n for n in (3, 2) if len(items[0]) >= n
                      and words.unknown_name(pos - n, known_ok=True) == items[0][-n:]), None)
        if first is None:
            continue
        spans = [(pos - first, pos)]
        for k, item in enumerate(items[1:], start=2):
            pos += 1
            # (the last name may stand right before the count: 沈嘉豪|2名同志, a digit after a name)
            last = k == len(items) and pos + len(item) == m.start() and plausible_name(item) and not _common(item[:2])
            if words.unknown_name(pos, known_ok=True) != item and not last:
                spans = []
                break
            spans.append((pos, pos + len(item)))
            pos += len(item)
        for a, b in spans:
            if free(a, b):
                yield _person(ctx, sent, sent.start + a, sent.start + b, text[a:b], "other", "person.listed_kind", 0.7)
    households = list(_HOUSEHOLD.finditer(text)) if "户" in text else []
    if len(households) >= 2:  # (a list of them: one 张三户 alone may be a word's end)
        for m in households:
            a, name = m.start("name"), m.group("name")
            if plausible_name(name) and not _common(name[:2]) and free(a, a + len(name)):
                yield _person(ctx, sent, sent.start + a, sent.start + a + len(name), name, "other",
                              "person.household", 0.7)
    for m in _AGED.finditer(text):
        a = m.start("name")
        name = words.unknown_name(a, known_ok=False)
        if name is not None and plausible_name(name) and free(a, a + len(name)):
            yield _person(ctx, sent, sent.start + a, sent.start + a + len(name), name, "other", "person.aged", 0.65)
    for m in _yi_names().finditer(text) if words.yi else ():
        a = m.start()  # 沙马尔布已经…, 县农业农村局的吉克阿呷: a Yi name where a clause or a noun starts
        if (a == 0 or text[a - 1] in _YI_BEFORE) and m.group()[2:] not in _TITLES and m.group()[2:] not in _ROLES \
                and words.unknown_name(a, known_ok=False) == m.group() and free(a, m.end()):
            yield _person(ctx, sent, sent.start + a, sent.start + m.end(), m.group(), "other", "person.yi_name", 0.65)
    for m in _CLAUSE_NAME.finditer(text):
        a = m.start("name")
        # right after a quotation, a name that says it is the speaker's, even one whose given
        # name is a word (“…”李小川说, “…”向国华笑着说): a quote's speaker, not a clause's opening word
        quoted = text[a - 1:a] in "”」" if a else sent.index > 0 and ctx.sentences[sent.index - 1].text.endswith(("”", "」"))
        name = words.unknown_name(a, known_ok=quoted)
        if name is not None and a + len(name) == m.end("name") and free(a, a + len(name)):
            yield _person(ctx, sent, sent.start + a, sent.start + a + len(name), name, "other",
                          "person.reporting", 0.65)
    for m in _NAME_THEN_YEAR.finditer(text):
        # 本村林水生1932年参加红军, 其中,廖炳昌1930年参加红军: a life told by its years
        a = m.start("name")
        name = words.unknown_name(a, known_ok=True)
        if name is not None and a + len(name) == m.end("name") and free(a, a + len(name)):
            yield _person(ctx, sent, sent.start + a, sent.start + a + len(name), name, "other", "person.dated", 0.65)
    # a name right before a title (张三书记); the token must be the whole name
    if not _ANY_TITLE.search(text):
        return
    starts: WordStarts | None = None
    for title in _TITLES:
        for e in _occurrences(text, title):
            if e > 0 and text[e - 1] == "副":
                e -= 1  # 石婧副教授: the name ends before 副
            for length in (3, 2):
                s = e - length
                if s < 0:
                    continue
                name = text[s:e]
                if not plausible_name(name) or any(not ("\u4e00" <= c <= "\u9fff") for c in name):
                    continue
                if starts is None:  # word starts, cut by jieba only in the runs asked about
                    starts = WordStarts(sent)
                if length == 3 and name[-1] in "为是" and s + 2 in starts and (
                        text.startswith("副", e) or text[s - 1:s] == "、"):
                    # 李明为副书记, 王建国、李明为书记: the name, then 为 (a word of its own) and the post;
                    # not 张有为书记 (为 before a post with no 副 and no list is taken as the name's)
                    if s in starts and plausible_name(name[:2]) and not _common(name[:2]) and free(s, s + 2):
                        yield _person(ctx, sent, sent.start + s, sent.start + s + 2, name[:2], "leader",
                                      "person.title", 0.7)
                    break
                if s not in starts or e not in starts or name[-1] in _ORG_TAIL or (
                        length == 3 and s + 2 in starts and word_freq(name[:2]) >= _WORD_BEFORE_SURNAME) or (
                        _common(name) and not (word_tag(name) or "").startswith("nr")):
                    continue  # 高举毛主席, 许多老同志: the title is not a word of its own there (王建国同志
                    # is: jieba knows 王建国 as a name)
                if text.startswith("们", e + len(title)) and title in ("同学", "老师", "同志"):
                    continue  # …陈静同学们: a group addressed
                if title in ("镇长", "乡长", "村长") and _PLACE_AFTER_TITLE.match(text, e + len(title)):
                    continue  # 安哈镇长板桥村党支部书记: a town, then a village named 长板桥村
                if words.yi and name in YI_CLANS:
                    continue  # 曲比书记: a Yi clan name and a post, said of 曲比伍各 named in full
                if free(s, e):
                    yield _person(ctx, sent, sent.start + s, sent.start + e, name, "leader",
                                  "person.title", 0.7)
                break


@lru_cache(maxsize=4)
def _scenes(text: str) -> tuple[bool, bool, bool, bool]:
    """Whether a document speaks of the Dai, of Tibetan or Tu herders, of Mongols and of the Yi: once per
    document, not per sentence (five scans of a whole report for each of its sentences cost 0.5 s
    on a corpus)."""
    return ("傣" in text, any(w in text for w in _TIBETAN_SCENE), any(w in text for w in _MONGOL_SCENE),
            any(w in text for w in _YI_SCENE))


class _Words:
    """Word boundaries of one sentence and the spans other extractors took there, asked
    lazily: most sentences with a role word hold no name after it."""

    def __init__(self, ctx: DocContext, sent: Sentence) -> None:
        self.ctx, self.sent = ctx, sent
        # (Dai names are read only where the text speaks of the Dai, short Amdo ones where it speaks
        # of herders)
        self.dai, self.tibetan, self.mongol, self.yi = _scenes(ctx.doc.text)
        self._starts: WordStarts | None = None
        self._taken: list[tuple[int, int]] | None = None

    def boundary(self, i: int) -> bool:
        if self._starts is None:
            self._starts = WordStarts(self.sent)
        return i >= len(self.sent.text) or i in self._starts

    def taken(self, a: int, b: int, *, over_short_places: bool = False) -> bool:
        """True when a place or an organisation found earlier overlaps [a, b) (sentence-relative);
        ``over_short_places``: not a place's short name inside it (与程保山同志: 保山), which a name
        known from elsewhere in the document outweighs."""
        if self._taken is None:
            s0 = self.sent.start
            self._taken = [(m.start - s0, m.end - s0, m.kind == Kind.PLACE and m.rule == "gazetteer.short")
                           for m in self.ctx.in_sentence(self.sent)]
        return any(x < b and a < y and not (over_short_places and short and a <= x and y <= b and (x, y) != (a, b))
                   for x, y, short in self._taken)

    def unknown_name(self, i: int, *, known_ok: bool) -> str | None:
        """The personal name of 3 or 2 characters starting at ``i``, or None.

        A name here is a common surname and one or two more characters, a whole word or
        words (it begins and ends at jieba boundaries), no particle or pronoun in it, not an
        everyday word nor one that ends with one (李老师; one that begins with one, 王朝萱,
        only in a list of names), not a dictionary word unless the dictionary tags it a name,
        not followed by a digit, and not part of a place or organisation. ``known_ok``: whether a name jieba's dictionary holds (a famous
        one) may count; a clause-opening name must be unknown to it, since most words that
        open a clause are ordinary ones.
        """
        text = self.sent.text
        for n in (3, 2):
            if text.startswith(_PSEUDONYM, i + n) and plausible_name(text[i:i + n]) and (
                    self.boundary(i) or self._glued_role(i)):
                return text[i:i + n]  # 村党支部书记周建国（化名）: the writer says it is a name (建国 a word too)
        four = text[i:i + 4]
        if four[:2] in TIBETAN_NAME_PARTS and four[2:] in TIBETAN_NAME_PARTS and (
                self.boundary(i) or self._glued_role(i)):
            return four  # 村党支部书记平措旺堆: two parts of Tibetan names, no surname
        if (self.yi and four[:2] in YI_CLANS and len(four) == 4 and all("\u4e00" <= c <= "\u9fff" for c in four)
                and (self.boundary(i) or self._glued_role(i) or not known_ok)
                and (_NAME_ENDS.match(text, i + 4) or _THEN_ACTS.match(text, i + 4) or _SAYS_SOON.match(text, i + 4)
                     or text[i + 4:i + 5] in "的、和与及：:是也说任挨养已在把从到给向对被让站带发")):
            return four  # 村党支部书记阿吉拉则、…, 老人俄木日哈站起来说: a Yi clan name and two more
        if self.mongol and (first := _MONGOL_PART.match(text, i)) is not None and (
                self.boundary(i) or self._glued_role(i) or not known_ok):
            end = first.end()
            if (second := _MONGOL_PART.match(text, end)) is not None:
                end = second.end()  # 宝音|德力格尔, 萨仁|高娃
            if (second is not None or _NAME_ENDS.match(text, end) or _THEN_ACTS.match(text, end)
                    or _SAYS_SOON.match(text, end) or text[end:end + 1] in "的、和与及：:是也"):
                return text[i:end]  # 嘎查委员会主任宝音德力格尔主持, 组织委员乌力吉在…
        if known_ok and self.tibetan and four[:2] in TIBETAN_NAME_PARTS and (self.boundary(i) or self._glued_role(i)):
            after3, after2 = text[i + 3:i + 4], text[i + 2:i + 3]
            if four[2:3] in TIBETAN_NAME_TAILS and (_NAME_ENDS.match(text, i + 3) or _THEN_ACTS.match(text, i + 3)
                                                    or _SAYS_SOON.match(text, i + 3) or after3 in "是的"):
                return four[:3]  # 牧民卓玛措笑着说, 书记更登加说
            if _NAME_ENDS.match(text, i + 2) or _THEN_ACTS.match(text, i + 2) or after2 == "是":
                return four[:2]  # 年轻牧民才让是…, 才让说
        if known_ok and text.startswith(_COMPOUND, i) and (self.boundary(i) or self._glued_role(i)):
            for n in (4, 3):  # 镇党委副书记欧阳立新兼任书记: a compound surname and one or two more
                name = text[i:i + n]
                if len(name) == n and all("\u4e00" <= c <= "\u9fff" for c in name) and not set(name[2:]) & _NOT_IN_NAME \
                        and (_NAME_ENDS.match(text, i + n) or _THEN_ACTS.match(text, i + n)
                             or _SAYS_SOON.match(text, i + n) or text[i + n:i + n + 1] in "的、和与及：:是也说兼在把对为"):
                    return name
        if text.startswith(_SHARE_VERB, i) and word_freq(text[i + 1:i + 3]) > 0:
            return None  # 农户占|常住户的85%: a share, not 占常
        two = text[i:i + 2]
        if (known_ok and two[:1] in DAI_NAME_FIRST and self.dai and len(two) == 2 and "\u4e00" <= two[1] <= "\u9fff"
                and word_freq(two) == 0 and (self.boundary(i) or self._glued_role(i))):
            third = text[i + 2:i + 3]
            if ("\u4e00" <= third <= "\u9fff" and third not in _NOT_DAI_THIRD and self.boundary(i + 3)
                    and word_freq(text[i:i + 3]) == 0):
                return text[i:i + 3]  # 书记岩香叫说, 护边员玉坎叫已经…: a name of three syllables
            return two  # 护边员玉香, 书记岩罕: a Dai name after a post, in a paper on Dai villages
        # the checks that need no jieba cut first: after most role words stands no name at all
        shaped = [(name, ok) for name in (text[i:i + 3], text[i:i + 2])
                  if (ok := self._shaped(name, known_ok)) is not False]
        three = text[i:i + 3]
        if (known_ok and not any(len(n) == 3 for n, _ in shaped)
                and (_THEN_ACTS.match(text, i + 3) or (  # the clause ends: not 汪湛说, 任期制, 党支部
                    _NAME_ENDS.match(text, i + 3) and word_freq(three) == 0 and three[-1:] not in _SAYS_CHARS
                    and not (three[:1] in _VERB_SURNAMES and word_freq(three[1:]) > 0)) or (
                    # a list of names (区领导高立新、薛文博…), or of people with their posts (副县长赵建国、县…局长…)
                    text.startswith("、", i + 3) and (text[i + 4:i + 5] in _SURNAMES or text[i + 4:i + 5] in _UNIT_CHARS)
                    and word_freq(three) == 0))
                and plausible_name(three) and all("\u4e00" <= c <= "\u9fff" for c in three)
                # (和 may end a name before a pause: 组织部部长孟庆和，…; not 王明和李强)
                and not set(three[:2]) & _NOT_IN_NAME and (three[2:3] not in _NOT_IN_NAME or (
                    three[2:3] == "和" and text[i + 3:i + 4] in ("，", ",", "。", "；", ";", "、")))
                and three[1:] not in _ROLES
                and (word_freq(three[1:]) < 3000 or _THEN_REPORTS.match(text, i + 3)
                     or _LABEL_END.match(text, i + 3))):
            shaped = [(three, True)]  # 主任缪春生告诉笔者: a post, a name, a verb of saying (春生 is a word too)
        # jieba's HMM may join the end of a role to the name after it (移民户马秀兰: 移民/户马秀兰;
        # 竹农赖长生: 竹农赖/长生): the name starts where the role ends, the role where a word does
        if not shaped or not (self.boundary(i) or self._glued_role(i)):
            return None
        for name, ok in shaped:
            if len(name) == 3 and name[-1] in _SAYS_CHARS and len(shaped) > 1:
                continue  # 青年赵鹏谈了…: the verb of speaking after a two-character name
            end = i + len(name)
            # jieba's HMM may join a name to the function word after it (吴柯以《…》为题: one word)
            # and a three-character one to a verb or adverb (周美华正和邻居…, 赵阿贵用白族话…: 周美华正 one word)
            # (and its last character to 说 after it: 干部黄志坚说, jieba: 黄志/坚说)
            glued = (self.boundary(end + 1) and (len(name) == 2 and text[end:end + 1] in _NOT_LAST
                     or len(name) == 3 and text[end:end + 1] in _GLUED_AFTER and word_freq(text[i:end + 1]) == 0
                     or len(name) == 3 and text[end:end + 1] == "说" and word_freq(text[end - 1:end + 1]) == 0))
            if not (self.boundary(end) or glued) or (text[end:end + 1].isdigit() and not _YEAR.match(text, end)):
                # 学生占比79.2%: a measure; but 大学生刘晓雪2021年入库: a name, then a year
                continue
            if (len(name) == 3 and not self.boundary(end) and (word_tag(text[end - 1:end + 1]) or "").startswith("v")
                    and word_freq(text[end - 1:end + 1]) >= _VERB_AFTER_FREQ):
                continue  # 干部何俊担任驻村第一书记 (jieba: 何俊担任): 担任 is the verb after 何俊, not 何俊担 + 任
            if ok is None and not (text[end:end + 1] in _NAME_LIST_SEP and text[end + 1:end + 2] in _SURNAMES) and not (
                    known_ok and (_THEN_SAYS.match(text, end) or _SENT_BY.match(text, end))):
                continue  # 王朝萱、杨可 is a list of names; 应当占, 常态化 are not names; after a post, a
                # name that says something is one (书记李德成坦言: 李德 is a word), and so is one a
                # unit sent (第一书记罗文杰由…选派)
            if text.startswith(_QUALITIES, end):
                continue  # 村干部纪法意识淡薄: what qualifies 意识, not a name
            if len(name) == 2 and _common(name) and not text.startswith(_ACTS, end):
                continue  # a frequent two-character word jieba tags a name (殷殷, 荣誉) is one only
                # when it acts (部长王明指出)
            if self.taken(i, end):
                return None
            return name
        return None

    def _glued_role(self, i: int) -> bool:
        """Whether a role ends at ``i`` and starts a word that jieba ran on into the name."""
        text = self.sent.text
        role = _ROLE_RE.search(text, max(0, i - 5), i)
        while role is not None and role.end() != i:
            role = _ROLE_RE.search(text, role.start() + 1, i)
        return role is not None and self.boundary(role.start())

    @staticmethod
    def _shaped(name: str, known_ok: bool) -> bool | None:
        """The checks of :meth:`unknown_name` on the characters alone (no boundaries): True,
        False, or None for a three-character name that begins with an everyday word (王朝萱,
        but also 应当占, 常态化), which counts only as an item of a list of names."""
        length = len(name)
        if (length < 2 or not plausible_name(name) or set(name[1:]) & _NOT_IN_NAME
                or (name[0] in _NOT_IN_NAME and name[0] not in _SURNAMES) or _ASSIGNED.fullmatch(name)
                or any(not ("\u4e00" <= c <= "\u9fff") for c in name) or name[-1] in _ORG_TAIL):
            return False
        if word_freq(name) > 0:  # a dictionary word: only a name it tags as one (钱其琛), after a role
            tag = word_tag(name) or ""
            return known_ok and tag.startswith("nr")  # a frequent two-character one: see unknown_name
        if length == 3 and (name[-1] in _NOT_LAST or _common(name[1:]) and not (
                known_ok and (_given_name(name[1:]) or word_freq(name[1:]) < _RARE_WORD
                              or word_tag(name[1:]) == "ns" and word_freq(name[1:]) < 1000))):
            return False  # 李老师, 汪湛说; after a role 段红梅, 林志强 (given names that are words too), 牟永康
            # (a given name that is a small place's name too)
        # (after a role, a first two characters that are a name or a place of the dictionary,
        # 徐国 ns, 赵国 nr, open a name as readily as any: 村党总支书记徐国良在…)
        if length == 3 and _common(name[:2]) and not (known_ok and (word_tag(name[:2]) or "") in _NAME_TAGS):
            return None
        return True


#: jieba's tags of personal and place names (a word that may open a personal name after a role)
_NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "ns"})
#: nouns of a quality or a capacity: what stands right before one qualifies it (纪法意识, 服务能力)
_QUALITIES = ("意识", "观念", "能力", "水平", "素质", "作风", "理念", "思维", "本领", "素养")
#: how often jieba's dictionary must hold a verb that a three-character name's last character
#: would begin (担任 ~10,000; 华为, 明白 as verbs are rarer) for the name to end one character sooner
_VERB_AFTER_FREQ = 3000


def _repeated(ctx: DocContext, found: list[Mention]) -> Iterator[Mention]:
    """Other mentions of a name found in the document, as whole words (陈甜 named with her post
    once, then alone): a document means one person by one full name."""
    names = {m.label for m in found if m.text == m.label and len(m.label) >= 2}
    if not names:
        return
    role_of: dict[str, str | None] = {}
    for m in found:
        role_of.setdefault(m.label, m.subtype)  # the first mention's role, as named there
    taken: dict[int, list[tuple[int, int]]] = {}
    for m in found:
        taken.setdefault(m.sent_index, []).append((m.start, m.end))
    pattern = re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))
    for sent in ctx.sentences:
        words: _Words | None = None
        for m in pattern.finditer(sent.text):
            a, b = sent.start + m.start(), sent.start + m.end()
            if any(x < b and a < y for x, y in taken.get(sent.index, ())):
                continue
            if words is None:
                words = _Words(ctx, sent)
            # (jieba may join a known name's surname to a function word before it: 与程/保山, 即程/建国)
            if not ((words.boundary(m.start()) or sent.text[m.start() - 1:m.start()] in _GLUED_BEFORE)
                    and words.boundary(m.end())) or words.taken(m.start(), m.end(), over_short_places=True):
                continue
            taken.setdefault(sent.index, []).append((a, b))
            yield _person(ctx, sent, a, b, m.group(), role_of[m.group()] or "other", "person.repeated", 0.6)


#: a village's or a group's name right after what reads as 镇长 (安哈镇|长板桥村)
_PLACE_AFTER_TITLE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:村|社区|组|屯)(?!民|干部|里|委)")
#: one-character function words jieba may run into the name after them
_GLUED_BEFORE = frozenset("与和及同跟即对向给把被让将由请")


def _occurrences(text: str, needle: str) -> Iterator[int]:
    """Start of every non-overlapping occurrence of ``needle``, left to right.

    What ``re.finditer(re.escape(needle), text)`` yields, found with ``str.find``: the title
    loop asks for every title in every sentence, and building a pattern each time cost ~2 s
    on a corpus. Titles overlap one another (主席 in 副主席), so each is searched on its own,
    in the order of ``_TITLES``, as before.
    """
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + len(needle))


#: what jieba's HMM glues to the end of a three-character name it does not know (周美华正, 赵阿贵用)
_GLUED_AFTER = set("正用在是把给就也还又都已曾将让对向跟从带任由到常总作当")


#: a given name that is a rare word too (海峰 11, 德昌 8 in jieba's dictionary) still names a
#: person after a role (律师朱海峰, 退休教师姚德昌); everyday words are far more frequent
_RARE_WORD = 30
#: a year right after a name (大学生刘晓雪2021年入库): no measure
_YEAR = re.compile(r"(?:19|20)\d\d年")


def _given_name(word: str) -> bool:
    """Whether a frequent word is also a common given name (红梅, 志强, 海燕, 玉兰): jieba tags
    it a name and it is not among the most frequent words (明白, 文明) nor a post (老师)."""
    return ((word_tag(word) or "").startswith("nr") or word[0] == "阿") and word_freq(word) < 1000 and word not in _ROLES \
        and word not in _TITLES


#: how frequent a word jieba cuts off the front of a three-character "name" must be for that
#: name to be the word and a surname (谢谢|李书记: thanks to secretary Li)
_WORD_BEFORE_SURNAME = 1000


def _common(word: str) -> bool:
    """True for everyday words that look like names (高度, 全面): jieba knows them as words."""
    return word_freq(word) >= 5


def _relations(ctx: DocContext, persons: list[Mention]) -> Iterator[RelationMention]:
    doc = ctx.doc
    orgs = ctx.of_kind(Kind.ORGANIZATION)
    village_index: dict[int, list[Mention]] | None = None

    def villages() -> dict[int, list[Mention]]:
        """The villages named in each sentence, gathered once and only if a listed person needs them."""
        nonlocal village_index
        if village_index is None:
            village_index = {}
            for m in ctx.of_kind(Kind.PLACE):
                if m.label.endswith(_VILLAGE_ENDS):
                    village_index.setdefault(m.sent_index, []).append(m)
        return village_index

    affil: dict[str, list[Mention]] = {}
    marked: dict[tuple[str, str], list[Mention]] = {}  # (unit, institution number) -> its organisations
    named: dict[tuple[str, str], list[Mention]] = {}  # (unit, author's name) -> the organisations naming them
    teams: dict[str, list[Mention]] = {}  # unit -> the research teams named near its top (…课题组)
    # unit -> the bodies a closing note on the author names (（作者系中共金寨县委书记）)
    noted: dict[str, list[Mention]] = {}
    for sent in ctx.sentences:
        if (note := _AUTHOR_NOTE.fullmatch(sent.text)) is not None:
            a, b = sent.start + note.start("x"), sent.start + note.end("x")
            noted.setdefault(doc.unit_at(sent.start), []).extend(o for o in orgs if a <= o.start < b)
    for o in orgs:
        if TEAM_ENDS.search(o.label) and ctx.sentences[o.sent_index].paragraph <= _TEAM_REACH:
            teams.setdefault(doc.unit_at(o.start), []).append(o)
    for sent in ctx.sentences:
        if (sent.paragraph <= _BYLINE_REACH and (b := _BYLINE_AFFIL.search(sent.text)) is not None
                and b.start() > 0 and _BYLINE.match(sent.text, 0, b.start())):
            # 王丽华（中共宁波市委党校，…）: the organisations in the byline's own bracket
            unit = doc.unit_at(sent.start)
            for o in orgs:
                if sent.start + b.start() <= o.start < sent.start + b.end() and o not in affil.get(unit, ()):
                    affil.setdefault(unit, []).append(o)
        if _AFFIL_LINE.search(sent.text):
            # the whole paragraph: a bracket of institutions may run over several sentences (；)
            para = ctx.paragraphs.get(sent.paragraph, (sent,))
            start, end = para[0].start, para[-1].end
            unit = doc.unit_at(sent.start)
            for o in orgs:
                if start <= o.start < end and o not in affil.get(unit, ()):
                    affil.setdefault(unit, []).append(o)
                    numbers = list(_INSTITUTION_NUMBER.finditer(doc.text, start, o.start))
                    if numbers:
                        marked.setdefault((unit, numbers[-1].group(1)), []).append(o)
                    if (who := _NAMES_AFTER.match(doc.text, o.end)) is not None:
                        for name in re.split(r"[、，,\s]+", who.group(1)):
                            if name:  # 中共西宁市委党校（马晓琳）: the unit of the authors it names
                                named.setdefault((unit, name), []).append(o)
    main_branch = _main_branch(orgs)
    # the sentences that name one person (however often): sentence index -> that person's key
    named_in: dict[int, set[str]] = {}
    for p in persons:
        named_in.setdefault(p.sent_index, set()).add(p.key)
    alone = {i: next(iter(keys)) for i, keys in named_in.items() if len(keys) == 1}
    # the next person named in the same sentence (孙立强和…张敏任副组长: both lead the group)
    by_start = sorted(persons, key=lambda m: m.start)
    # and, for a name listed after another with 、 (队员刘子涵、张亮), where the list starts: the post
    # before it is theirs
    next_in_sentence: dict[Mention, Mention] = {}
    list_start: dict[int, int] = {}
    for a, b in zip(by_start, by_start[1:]):
        if a.sent_index == b.sent_index:
            next_in_sentence[a] = b
            if b.start == a.end + 1 and doc.text[a.end] == "、":
                list_start[b.start] = list_start.get(a.start, a.start)
    for p in persons:
        prov = Provenance(doc_id=doc.id, sent_index=p.sent_index, start=p.start, end=p.end, rule=p.rule,
                          confidence=p.confidence, stated=True)
        unit = doc.unit_at(p.start)
        if p.subtype == "author" and p.rule == "person.author_line":
            yield RelationMention(subject_kind=Kind.PERSON, subject_key=p.key, predicate=Predicate.AUTHOR_OF,
                                  object_kind=Kind.DOCUMENT, object_key=unit, prov=prov)
            mark = p.attr("affiliation_mark")
            own = p.attr("affiliation_span")
            if own:
                mine = _in_span(orgs, own)
            elif (unit, p.text) in named:
                mine = named[(unit, p.text)]
            else:
                mine = marked.get((unit, mark), ()) if mark and (unit, mark) in marked else affil.get(unit, ())
            if p.attr("team"):  # 课题组成员：韦志强…: members of the team the report is signed by
                mine = [*mine, *(o for o in teams.get(unit, ()) if o not in mine)]
            if not mine:
                mine = _source_units(ctx, orgs, p) or noted.get(unit, [])
            for o in mine:
                yield _affiliated(p, o, prov)
            if not mine:  # a speaker's line (湖北省人民政府省长 李殿勋): the body of the post
                yield from _post_of_organization(doc.text, orgs, p, prov)
        elif p.subtype == "editor":
            yield RelationMention(subject_kind=Kind.PERSON, subject_key=p.key, predicate=Predicate.EDITOR_OF,
                                  object_kind=Kind.DOCUMENT, object_key=unit, prov=prov)
            for o in _source_units(ctx, orgs, p):
                yield _affiliated(p, o, prov)
        elif (own := p.attr("affiliation_span")) or p.attr("group"):
            # a list's line: the units of the post after the name; a roster's name alone (队　员：涂志勇、…):
            # the group's
            for o in _in_span(orgs, own) if own else ():
                yield _affiliated(p, o, prov)
            group = _group_led(ctx, orgs, p, reach=_ROSTER_REACH) if p.attr("group") else None
            if group is None and (set_up := p.attr("set_up")) is not None:
                # （一）兰陵东南圩村党支部委员会（5人） / 书记：王化成（…）: the body its heading names
                group = max((o for o in orgs if o.sent_index == int(set_up)), key=lambda o: o.start, default=None)
            if group is not None:
                yield _affiliated(p, group, replace(prov, rule="persons.group_member"))  # 组  长：马建国（…）
        else:
            posted = list(_post_of_organization(doc.text, orgs, p, prov, list_start.get(p.start)))
            taken = {r.object_key for r in posted}
            for r in _post_taken(doc.text, orgs, p, prov):
                if r.object_key not in taken:
                    posted.append(r)
                    taken.add(r.object_key)
            yield from posted
            if (bracket := _UNIT_BRACKET.match(doc.text, p.end)) is not None:
                for o in _in_span(orgs, f"{bracket.start('unit')}:{bracket.end('unit')}"):
                    # 郑怀远教授（浙江大学马克思主义学院）认为: the unit in the bracket after the name
                    yield _affiliated(p, o, replace(prov, rule="persons.unit_bracket"))
            if (came := _CAME_FROM.search(doc.text, max(0, p.start - _CAME_REACH), p.start)) is not None:
                for o in _in_span(orgs, f"{came.start('unit')}:{came.end('unit')}"):
                    if o.key not in taken:  # 来自…从江县委组织部的吴松涛: the body the speaker comes from
                        yield _affiliated(p, o, replace(prov, rule="persons.came_from"))
            # (党支部书记、村委会主任赵立新: the committee is named, the branch is not; both are theirs)
            branch = _branch_of_post(doc.text, main_branch or _recent_branch(ctx, orgs, p), p)
            if branch is None and main_branch is not None and _TAKES_BRANCH_POST.match(doc.text, p.end):
                branch = main_branch  # 林振华任组织委员, 选举陈启明为支部书记: a post of the paper's branch
            if branch is not None and branch.key not in taken:
                yield _affiliated(p, branch, replace(prov, rule="persons.branch_post"))
            if p.rule == "person.aged" and (home := _home_branch(ctx, villages(), orgs, p)) is not None \
                    and home.key not in taken:
                yield _affiliated(p, home, replace(prov, rule="persons.home_branch"))
            if _leads_group(doc.text, p, next_in_sentence.get(p)) and (group := _group_led(ctx, orgs, p)) is not None \
                    and group.key not in taken:
                yield _affiliated(p, group, replace(prov, rule="persons.group_member"))
            if (sent_by := _SENT_BY.match(doc.text, p.end)) is not None:
                for o in orgs:  # 第一书记农建华由百色市农业农村局选派: the unit that sent them
                    if o.start == sent_by.start("org") and o.end == sent_by.end("org"):
                        yield _affiliated(p, o, replace(prov, rule="persons.sent_by"))
            elif alone.get(p.sent_index) == p.key:
                for o in orgs:  # (由…选派到焦滩乡的驻村第一书记郑一鸣; 王海鹏是…从省农业农村厅选派的)
                    if o.sent_index == p.sent_index and _SENDS.match(doc.text, o.end):
                        yield _affiliated(p, o, replace(prov, rule="persons.sent_by"))


#: a post of a village's Party branch standing bare before a name, the branch unnamed:
#: （支部委员会由5人组成：）党支部书记、村委会主任赵立新，党支部副书记孙桂芹，组织委员刘长海
#: (not after 、: a post there continues the posts of a body named before it, 镇党委委员、宣传委员郑雅琴)
_BRANCH_POST = re.compile(r"(?:^|[。，,：:；;（(“\s])(?:村)?(?:党支部|党总支|支部)副?书记(?:、村(?:委会|民委员会)主任)?$|"
                          r"(?:^|[。，,：:；;（(“\s])(?:组织|宣传|纪检)委员$|"
                          r"(?:^|[。，,：:；;（(“\s的])(?:老|年轻|青年|农民|普通|无职)?(?:预备)?党员$")
#: a branch's post taken after the name, no body named (林振华任组织委员, 陈启明为支部书记)
_TAKES_BRANCH_POST = re.compile(r"(?:同志)?(?:任|担任|为|兼任)(?:村)?(?:党支部|党总支|支部)?"
                                r"(?:副?书记|(?:组织|宣传|纪检|青年|统战|妇女)委员)(?![\u4e00-\u9fff]*?[局厅部镇乡县])")
#: a village's name in the sentence before a post (茶圩里村是…): the post may be that village's
_VILLAGE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}?村(?![委民务级组庄镇干党])")
#: the key of a village's Party branch (org/…/四井村/党支部)
_BRANCH_KEY = re.compile(r"村/(?:党支部|党总支)$")


def _main_branch(orgs: list[Mention]) -> Mention | None:
    """The village Party branch a document is about (a village's deeds, a branch's report): the
    only one it names, or the one it names more than twice as often as any other (a village
    visited on a study trip has its branch too)."""
    ranked = Counter(o.key for o in orgs if _BRANCH_KEY.search(o.key)).most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] <= 2 * ranked[1][1]:
        return None
    return next(o for o in orgs if o.key == ranked[0][0])


#: paragraphs back to the village branch a bare branch post is of, in a text on several villages
_BRANCH_REACH = 3


def _recent_branch(ctx: DocContext, orgs: list[Mention], p: Mention) -> Mention | None:
    """The village Party branch named last before ``p``, at most :data:`_BRANCH_REACH` paragraphs
    above (a text on several villages tells of one at a time: 沙洲坝镇洁源村党总支…，党总支书记杨春林),
    of the kind the post names (党总支书记: a 党总支)."""
    post = ctx.doc.text[max(0, p.start - 8):p.start]
    first = ctx.sentences[p.sent_index].paragraph - _BRANCH_REACH
    return max((o for o in orgs if o.end <= p.start and _BRANCH_KEY.search(o.key)
                and ctx.sentences[o.sent_index].paragraph >= first
                and ("党总支" in post) == o.key.endswith("党总支")), key=lambda o: o.start, default=None)


def _home_branch(ctx: DocContext, villages: dict[int, list[Mention]], orgs: list[Mention], p: Mention) -> Mention | None:
    """The Party branch of the village a list's line gives after a person's sex and age (18.钟丽娟，女，
    24岁，太银村，…): a plan's candidates for membership, a branch's roster. Only a branch the document
    names: the line says where they live, the branch says whose they are. ``villages``: the villages
    named in each sentence."""
    sent = ctx.sentences[p.sent_index]
    village = next((m for m in villages.get(p.sent_index, ()) if m.start >= p.end and m.start - p.end <= _HOME_REACH),
                   None)
    if village is None or village.end > sent.end:
        return None
    return next((o for o in orgs if o.key in (f"org/{village.key}/党支部", f"org/{village.key}/党总支")), None)


#: how a village's name ends (太银村, 虾子溪社区, 宝木图嘎查)
_VILLAGE_ENDS = ("村", "社区", "嘎查")
#: characters from a listed person's name to the village on their line (，女，24岁，)
_HOME_REACH = 16


#: a bracket naming a person's unit right after their name and title (郑怀远教授（浙江大学马克思主义学院）,
#: 罗晓岚研究员（中共中央党校（国家行政学院）…）): one bracket may stand inside
_UNIT_BRACKET = re.compile(r"(?:(?:副)?教授|(?:副|特约)?研究员|讲师|博士|同志|(?:副)?院长|(?:副)?主任|(?:副)?书记|(?:副)?部长)?"
                           r"[（(](?P<unit>(?:[^（）()\n]|[（(][^（）()\n]{1,20}[）)]){2,60})[）)]")
#: 来自…的 right before a speaker's name (来自贵州省…从江县委组织部的吴松涛): where they come from
_CAME_REACH = 40
_FROM_WORD = re.compile("来自")
_OF = re.compile("的")
_CLAUSE_MARK = re.compile(r"[，,。；;：:“”]")
_CAME_FROM = re.compile(r"来自(?P<unit>[^，,。；;：:“”]{2,38})的$")
#: 任 or 为 then a post: the verb of taking it, not the end of a three-character name (张敏任副组长)
_TAKES_AFTER = re.compile(r"(?:兼任|担任|任|为)(?:常务)?副?(?:组长|书记|主任|委员|成员|队长|站长|理事长)")


def _without_verb(text: str, pos: int, name: str | None) -> str | None:
    """``name`` (found at ``pos``) without a last 任 or 为 that takes the post after it."""
    if name is not None and len(name) == 3 and _TAKES_AFTER.match(text, pos + 2) and plausible_name(name[:2]):
        return name[:2]
    return name


def _leads_group(text: str, p: Mention, after: Mention | None) -> bool:
    """Whether ``p`` is named as a leader or member of a group: 任组长 right after the name, or
    after the next name joined to it by 和 or 、 (镇长孙立强和镇党委委员、纪委书记张敏任副组长)."""
    if _LEADS_GROUP.match(text, p.end):
        return True
    return (after is not None and after.start - p.end <= _PAIRED_GAP and _PAIRED.match(text, p.end, after.start) is not None
            and _LEADS_GROUP.match(text, after.end) is not None)


#: how far the next name of a pair of group leaders may stand, and what may stand between (和 and
#: the second one's posts)
_PAIRED_GAP = 20
_PAIRED = re.compile(r"(?:同志)?[和与及、][^，,。；;：:]*$")
#: a person's place in a leading group or task force, right after their name (周立新任组长, 程晓红任
#: 常务副组长, 孟庆和、郝文静任副组长)
_LEADS_GROUP = re.compile(r"(?:同志)?(?:兼)?(?:任|担任|为)(?:常务)?副?组长|(?:同志)?(?:任|为)成员")
#: the heads of a leading group's or a task force's name
_GROUP_ENDS = ("领导小组", "工作专班", "专班", "工作组", "指挥部")


#: sentences back from a roster's name to the group it lists
_ROSTER_REACH = 8


def _group_led(ctx: DocContext, orgs: list[Mention], p: Mention, *, reach: int = 2) -> Mention | None:
    """The leading group or task force ``p`` is a leader or member of: the one named in their
    sentence nearest them (成立由县委书记蓝振华任组长…的县委巡视整改工作领导小组; 县委成立…领导小组，由
    县委书记周立新任组长), else the last one the ``reach`` sentences before name."""
    groups = [o for o in orgs if o.label.endswith(_GROUP_ENDS)]
    same = [o for o in groups if o.sent_index == p.sent_index]
    if same:
        return min(same, key=lambda o: abs(o.start - p.start))
    before = [o for o in groups if p.sent_index - reach <= o.sent_index < p.sent_index]
    return max(before, key=lambda o: o.start, default=None)


def _branch_of_post(text: str, branch: Mention | None, p: Mention) -> Mention | None:
    """``branch`` (:func:`_main_branch`) when ``p``'s post is a branch post with no body named
    before it (组织委员刘长海) and no other village is named earlier in its sentence."""
    if branch is None or _BRANCH_POST.search(text, max(0, p.start - 16), p.start) is None:
        return None
    village = branch.key.rsplit("/", 2)[-2]
    sent_start = text.rfind("。", 0, p.start) + 1
    if any(not (v.endswith(village) or village.endswith(v)) for v in _VILLAGE_NAME.findall(text, sent_start, p.start)):
        return None  # 茶圩里村是镇政府驻地，村党支部书记…余晓燕: the branch of the village named there
    return branch


def _in_span(orgs: list[Mention], span: str) -> list[Mention]:
    """The organisations that start inside ``span`` ("start:end", an ``affiliation_span``; several
    such apart by ";"), each once."""
    ranges = [tuple(map(int, part.split(":"))) for part in span.split(";")]
    return [o for o in orgs if any(a <= o.start < b for a, b in ranges)]


def _affiliated(p: Mention, o: Mention, prov: Provenance) -> RelationMention:
    """The person ``p`` is of the organisation ``o``."""
    return RelationMention(subject_kind=Kind.PERSON, subject_key=p.key, predicate=Predicate.AFFILIATED_WITH,
                           object_kind=Kind.ORGANIZATION, object_key=o.key, prov=prov)


#: a note on the author closing a newspaper's article (（作者系中共金寨县委书记）, (作者单位：…))
_AUTHOR_NOTE = re.compile(r"\s*[（(]\s*作者(?:系|为|是|单位[:：]?)\s*(?P<x>[^（）()]{2,60})[）)]\s*")
#: a page's line naming the unit a text comes from (来源:延川县融媒体中心　作者:张亚婷 王博　编辑:李雯)
_SOURCE_LABEL = re.compile(r"(?:来源|稿件来源|文章来源|供稿单位)\s*[:：]")


def _source_units(ctx: DocContext, orgs: list[Mention], p: Mention) -> list[Mention]:
    """The bodies a 来源: label names on the author's or editor's own line, before their name:
    the unit the people who wrote and edited the text work for."""
    sent = ctx.sentences[p.sent_index]
    label = _SOURCE_LABEL.search(sent.text, 0, p.start - sent.start)
    if label is None:
        return []
    start = sent.start + label.end()
    return [o for o in orgs if o.sent_index == p.sent_index and start <= o.start and o.end <= p.start]


#: the verb of taking a post right after a name (聂文亮任|石井村党支部书记, 李明担任|…村委会主任)
_TAKES_NAMED_POST = re.compile(r"(?:担任|兼任|出任|当选为?|任)")


def _post_taken(text: str, orgs: list[Mention], p: Mention, prov: Provenance) -> Iterator[RelationMention]:
    """最终推选退役军人聂文亮任石井村党支部书记、村委会主任: the bodies named right after the verb of
    taking a post, each followed by its post, are the person's (one after another, joined by 、)."""
    m = _TAKES_NAMED_POST.match(text, p.end)
    if m is None:
        return
    cursor = m.end()
    starting = {o.start: o for o in orgs if o.sent_index == p.sent_index}
    while (o := starting.get(cursor)) is not None:
        post = _ROLE_RE.match(text, o.end)
        if post is None:
            return
        yield _affiliated(p, o, replace(prov, rule="persons.post_taken"))
        cursor = post.end()
        if not text.startswith("、", cursor):
            return
        cursor += 1


def _post_of_organization(text: str, orgs: list[Mention], p: Mention, prov: Provenance,
                          start: int | None = None) -> Iterator[RelationMention]:
    """清华大学校长邱勇, 行政管理专业本科生党支部党员王朝萱, 新华社记者 任超: the organisation named
    right before the post (or right before the name) is the person's. ``start``: where the list of
    names ``p`` ends starts (工作队队员刘子涵、张亮: 张亮's post is the one before 刘子涵)."""
    cursor = p.start if start is None else start
    before = sorted((o for o in orgs if o.sent_index == p.sent_index and o.end <= cursor),
                    key=lambda o: (o.end, o.start), reverse=True)
    chained = False
    for o in before:
        if o.end > cursor:
            continue  # (a body inside the one taken: 县委 of 县委组织部)
        if cursor - o.end > _AFFIL_GAP or not _POST_GAP.fullmatch(text, o.end, cursor) \
                or chained and text[cursor - 1:cursor] != "、" and not text.startswith("、", o.end):
            break
        yield _affiliated(p, o, replace(prov, rule="persons.post_of_organization"))
        # 县委常委、县纪委书记、县监委主任杜明远: each post's body, back along the list of posts
        cursor, chained = o.start, True
