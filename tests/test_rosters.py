"""Rosters: a leading group's membership lines and a text table's column of names (blind papers
GD and GB, written for the tests)."""

from __future__ import annotations

from graph.io import make_document
from graph.model import Kind, Predicate
from graph.pipeline import extract_document

ROSTER = ("二、组织领导\n\n为加强对换届工作的组织领导，镇党委成立闽宁镇村党组织换届选举工作领导小组，组成人员如下：\n\n"
          "组  长：马建国（镇党委书记）\n副组长：杨志刚（镇党委副书记、镇长）\n        李秀琴（镇党委副书记）\n"
          "成  员：丁玉梅（镇党委委员、组织委员）、撒忠林（镇党委委员、政法委员）、张海军（闽宁派出所所长）\n\n"
          "领导小组下设办公室，办公室设在镇党建办。\n")
TABLE = ("附件：2024年度乡镇党委书记抓基层党建工作述职评议考核结果\n\n序号　乡镇　党委书记　考核等次\n"
         "1　巫峡镇　向宏伟　较好\n2　庙宇镇　冉光辉　好\n3　大昌镇　李明清　好\n")


def _of(ex) -> set[tuple[str, str]]:  # noqa: ANN001 - an extraction
    """(person, organisation) labels of every affiliatedWith in ``ex``."""
    labels = {m.key: m.label for m in ex.mentions}
    return {(labels[r.subject_key], labels[r.object_key]) for r in ex.relations
            if r.predicate == Predicate.AFFILIATED_WITH}


def _people(text: str) -> dict[str, str]:
    ex = extract_document(make_document(text, path="t.txt"))
    return {m.label: m.rule for m in ex.mentions if m.kind == Kind.PERSON}


def test_a_groups_roster_lines_name_its_members_and_their_units() -> None:
    doc = make_document("闽宁镇位于永宁县。" + ROSTER, path="t.txt")
    ex = extract_document(doc)
    people = {m.label for m in ex.mentions if m.kind == Kind.PERSON}
    assert people == {"马建国", "杨志刚", "李秀琴", "丁玉梅", "撒忠林", "张海军"}
    of = _of(ex)
    assert ("李秀琴", "闽宁镇村党组织换届选举工作领导小组") in of  # a name on a line of its own under the label
    assert ("马建国", "闽宁镇党委") in of  # the unit in the bracket


def test_a_roster_needs_a_group_set_up_above_it() -> None:
    assert not _people("会议由镇党委主持。\n\n组  长：马建国（镇党委书记）\n")


def test_a_text_tables_column_headed_by_a_post_names_people() -> None:
    assert _people(TABLE) == {"向宏伟": "person.table_row", "冉光辉": "person.table_row", "李明清": "person.table_row"}
    # a table with no column of names
    assert not _people("序号　乡镇　考核等次　得分\n1　巫峡镇　较好　88\n2　庙宇镇　好　93\n")


def test_tables_with_measure_headings_and_ruled_columns_name_their_people() -> None:
    # a Word table read as tab-separated lines (held-out LB), headed by measures whose first
    # character is a surname's (党员数) and a heading with its unit (集体经济收入（万元）)
    people = _people("表1　2024年灯塔镇村党组织及村级集体经济收入情况\n村党组织\t书记\t党员数\t集体经济收入（万元）\n"
                     "宽三村党总支\t王海涛\t112\t68.5\n信四村党支部\t赵永刚\t69\t27.6\n合计\t—\t181\t96.1\n")
    assert {"王海涛", "赵永刚"} <= set(people)
    # a table drawn with rules (held-out LC), the column of the leaders in charge
    people = _people("表7　问题整改清单\n序号 | 村名 | 主要问题 | 整改措施 | 责任领导 | 完成时限\n"
                     "2    | 兰洞村 | 集体经济收入不足5万元 | 纳入第二批“飞地抱团”项目 | 黄建华   | 2024年12月\n"
                     "4    | 坪冲村 | 支委会不按期召开 | 镇党委班子成员挂点 | 赵德明   | 2024年3月\n")
    assert {"黄建华", "赵德明"} <= set(people)


def test_a_tables_rows_may_hold_sentences_of_their_own() -> None:
    # a village branch's public commitment board (held-out NC, written for the tests): each row's
    # commitments run over sentences (①…；②…。), the row is still one line of the table
    people = _people("2024年度党员公开承诺践诺公示\n序号 | 姓名 | 党内职务/身份 | 承诺事项 | 践诺情况\n"
                     "1 | 史建国 | 党总支书记 | ①牵头推进村集体经济增收；②争取项目资金。 | 已完成。\n"
                     "2 | 狄美华 | 党总支副书记 | ①牵头落实主题党日制度；②联系流动党员9名。 | 已完成。\n")
    assert {"史建国", "狄美华"} <= set(people)


def test_a_tab_separated_rows_empty_last_cell_and_its_unit_column() -> None:
    # blind paper SA (written for the tests): a Word table whose 备注 column is left empty, each
    # row one first secretary with the unit that sends them
    doc = make_document("阜平县第五批驻村第一书记选派名单\n\n序号\t姓名\t性别\t出生年月\t派出单位及职务\t派驻乡镇\t派驻村\t备注\n"
                        "1\t王思源\t男\t1990.05\t阜平县发展和改革局发展规划股副股长\t阜平镇\t照旺台村\n"
                        "2\t李彦霖\t女\t1991.08\t阜平县人民医院内科主治医师\t阜平镇\t三岭会村\t留任\n", path="t.txt")
    ex = extract_document(doc)
    assert {m.label for m in ex.mentions if m.kind == Kind.PERSON} == {"王思源", "李彦霖"}
    of = _of(ex)
    assert {("王思源", "阜平县发展和改革局"), ("李彦霖", "阜平县人民医院")} <= of
    # a birth month is no figure
    assert not [m for m in ex.mentions if m.kind == Kind.STATISTIC and "1990" in m.label]


def test_a_heading_cell_naming_a_unit_or_a_score_is_no_name() -> None:
    # blind paper TC (written for the tests): 党小组 and 基础积分 open with a surname's character
    people = _people("序号 | 姓名 | 党小组 | 类别 | 基础积分 | 加分 | 季度积分\n"
                     "1 | 向德明 | 第一党小组 | 在村（支部书记） | 80 | 13 | 93\n"
                     "2 | 冉光秀 | 第一党小组 | 在村（组织委员） | 80 | 8 | 88\n")
    assert {"向德明", "冉光秀"} <= set(people)


def test_an_elected_bodys_posts_under_its_heading_and_a_task_lists_people_with_posts() -> None:
    # blind papers VB and VD (written for the tests): an election's results, each body's heading
    # with its size, then its posts; a task list whose cells hold a name and its post
    doc = make_document("兰陵县兰陵镇关于村“两委”换届选举结果的公告\n\n（一）兰陵东南圩村党支部委员会（5人）\n"
                        "书记：王化成（男，48岁，大专，得票64票）\n"
                        "委员：张广胜（男，52岁，高中，组织委员，得票58票）、王德川（男，56岁，初中，纪检委员，得票55票）\n",
                        path="t.txt")
    ex = extract_document(doc)
    of = _of(ex)
    assert {(n, "兰陵东南圩村党支部") for n in ("王化成", "张广胜", "王德川")} <= of
    people = _people("九重镇2025年度重点任务分解表\n序号 | 任务 | 责任人 | 完成时限\n"
                     "1 | 落实“第一议题”制度 | 蒋立鹏（镇党委书记） | 2025年12月\n"
                     "13 | “四议两公开”规范运行 | 唐振华（镇党委政法委员） | 全年\n")
    assert {"蒋立鹏", "唐振华"} <= set(people)


def test_roster_lines_of_a_name_and_its_post_apart_by_spaces_and_of_names_alone() -> None:
    # blind papers ZE and ZH (written for the tests): an acceptance group's members, one a line
    # with the post after wide spaces (and more under the label); a research team's members alone
    doc = make_document("黄山市乡村振兴示范村创建验收意见\n\n一、验收组成员\n\n组  长:程立新  黄山市农业农村局副局长\n"
                        "成  员:胡建华  黄山市财政局农业农村科科长\n        李婉清  黄山市乡村振兴局综合规划科科员\n\n"
                        "二、验收情况\n", path="t.txt")
    ex = extract_document(doc)
    assert {m.label for m in ex.mentions if m.kind == Kind.PERSON} >= {"程立新", "胡建华", "李婉清"}
    of = _of(ex)
    assert {("程立新", "黄山市农业农村局"), ("李婉清", "黄山市乡村振兴局")} <= of
    assert {"金善姬", "朴成浩", "李东旭"} <= set(_people("和龙市村干部履职能力状况问卷调查报告\n\n"
                                                        "课题组组长：崔明哲（中共和龙市委党校副校长）\n"
                                                        "成员：金善姬　朴成浩　李东旭\n"))


def test_a_teams_roster_under_its_heading_with_phones_and_names_alone() -> None:
    # blind paper ZI (written for the tests): a commando team's heading with its size, lines of its
    # own between, then 队　长/副队长 with a post and a phone, 队　员 names alone or with a bracket
    doc = make_document("江西省永修县三角乡。\n\n永丰村防汛抢险党员突击队（12人）\n组建单位：永丰村党总支\n"
                        "队伍构成：党员11名\n责任堤段：三角联圩永丰段\n"
                        "队　长：涂国平（村党总支书记、村委会主任）　电话：139****6025\n"
                        "队　员：涂志勇、万红兵、熊卫东（退役军人）、邹国华\n", path="t.txt")
    ex = extract_document(doc)
    assert {m.label for m in ex.mentions if m.kind == Kind.PERSON} >= {"涂国平", "涂志勇", "万红兵", "熊卫东", "邹国华"}
    of = _of(ex)
    assert {(n, "永丰村防汛抢险党员突击队") for n in ("涂国平", "涂志勇", "熊卫东")} <= of
    # a label naming its own group is not of the body a heading above named (blind paper VB)
    doc = make_document("兰陵县兰陵镇。\n\n（三）兰陵东南圩村村务监督委员会（3人）\n主任：王德川（村党支部纪检委员，得票41票）\n"
                        "选举指导组组长：高建民（镇人大主席）\n", path="t.txt")
    ex = extract_document(doc)
    of = _of(ex)
    assert ("王德川", "兰陵东南圩村村务监督委员会") in of
    assert not any(a == "高建民" and "监督委员会" in b for a, b in of)


def test_a_table_rows_township_or_village_gives_the_body_its_post_column_leads() -> None:
    # held-out GB and blind paper YB (written for the tests): 乡镇 | 党委书记 -> the township's Party
    # committee; 乡镇 | 村 | 星级 | 党组织书记 -> the village's Party organisation, not the township's
    def bodies(text: str) -> set[tuple[str, str]]:
        ex = extract_document(make_document(text, path="t.txt"))
        labels = {m.key: m.label for m in ex.mentions}
        labels.update({i.key: i.label for i in ex.implied})
        return {(labels[r.subject_key], labels.get(r.object_key, r.object_key)) for r in ex.relations
                if r.predicate == Predicate.AFFILIATED_WITH}
    assert ("向宏伟", "巫峡镇党委") in bodies("重庆市巫山县。\n" + TABLE)
    found = bodies("湖南省邵阳市新宁县。\n附件：2024年度星级评定结果\n乡镇 | 村 | 星级 | 党组织书记\n"
                   "崀山镇 | 石田村 | 五星 | 李秋生\n")
    assert ("李秋生", "石田村党组织") in found and not any(b.endswith("镇党组织") for _, b in found)
    # a column headed 姓名 lists members, not the body a row's cell names (the points board's 党小组)
    assert not bodies("序号 | 姓名 | 党小组 | 基础积分\n1 | 向德明 | 第一党小组 | 80\n2 | 冉光秀 | 第二党小组 | 80\n")


def test_a_ledgers_rows_go_on_under_group_headings_and_pair_names_with_their_units() -> None:
    """A rectification ledger (blind paper KE): numbered group headings between the rows do not end
    the table; a cell of names apart by 、 pairs each with the unit in the same place of the
    responsible units' cell, and one name with several units is of the first, the lead unit."""
    text = ("利川市毛坝镇巡察整改台账\n\n序号\t问题表现\t整改措施\t责任单位\t责任人\t完成时限\n"
            "一、基层党组织建设方面（2个问题）\n"
            "1\t组织生活会走过场\t重新召开组织生活会\t善泥村党支部、镇党建办\t冉光美、田茂松\t2024年1月底前\n"
            "2\t发展党员不规范\t逐一核查发展党员档案\t镇党政办、镇党建办\t黄德坤\t2024年6月底前\n"
            "二、群众身边不正之风方面（1个问题）\n"
            "3\t村务公开不及时\t每季度公开财务收支\t四溪村党支部\t向明伦\t长期坚持\n")
    ex = extract_document(make_document(text, path="t.txt"))
    assert {"冉光美", "田茂松", "黄德坤", "向明伦"} <= {m.label for m in ex.mentions if m.kind == Kind.PERSON}
    got = _of(ex)
    assert {("冉光美", "善泥村党支部"), ("田茂松", "毛坝镇党建办"), ("黄德坤", "毛坝镇党政办"),
            ("向明伦", "四溪村党支部")} <= got
    assert ("冉光美", "毛坝镇党建办") not in got and ("黄德坤", "毛坝镇党建办") not in got


def test_a_teams_members_one_a_line_with_their_part_class_and_a_wide_space_apart() -> None:
    """A student team's report (blind paper KR): under 团队成员：, lines of a name (its part in the
    team in brackets), one ideographic space or more, the school and the class; the school named in
    such a cell is an organisation, and a name the test does not know does not end the list."""
    ex = extract_document(make_document(
        "党建引领彝区乡村振兴的实践探索\n\n团队成员：\n"
        "　　吉克阿依（队长）　西南民族大学民族学与社会学学院　2021级社会学专业\n"
        "　　刘思远　　　　　　西南民族大学经济学院　2021级经济学专业\n"
        "　　王梓涵　　　　　　四川大学公共管理学院　2022级行政管理专业\n\n正文。\n", path="t.txt"))
    assert {("刘思远", "西南民族大学经济学院"), ("王梓涵", "四川大学公共管理学院")} <= _of(ex)


def test_a_roster_lines_named_members_before_a_clause_on_the_others_and_a_general_branch_member() -> None:
    """A contest's notice (blind paper KP): 成　员：许文斌（…）、顾晓军（…），县党代表…各1名 lists two
    named members, then members by kind; 村党总支委员周国平 is a member of a general branch (支委 is not
    read out of 总支委员)."""
    ex = extract_document(make_document(
        "附件：全县村党组织书记“擂台比武”决赛评委会组成人员\n\n主　任：魏正东（县委常委、组织部部长）\n"
        "成　员：许文斌（县农业农村局副局长）、顾晓军（县民政局副局长），县党代表、人大代表各1名，老党员代表2名。\n\n"
        "技术服务岗党员、村党总支委员周国平带领6名党员连续10多天值守。\n", path="t.txt"))
    assert {"魏正东", "许文斌", "顾晓军", "周国平"} <= {m.label for m in ex.mentions if m.kind == Kind.PERSON}
    assert {("许文斌", "县农业农村局"), ("顾晓军", "县民政局")} <= _of(ex)


def test_a_labelled_line_of_names_with_posts_and_a_proposals_co_signers() -> None:
    """Minutes' attendees by their side (blind paper KY): 县直单位：任慧娟（县委组织部副部长）、…, each of
    the body in their bracket; a proposal's co-signers one a line under 联 名 人： (blind paper LB),
    a sector then the unit and post, each of their unit, and none an author."""
    ex = extract_document(make_document(
        "临县碛口镇专题调研座谈会会议纪要\n\n参会人员：\n"
        "　　县直单位：任慧娟（县委组织部副部长）、高文斌（县农业农村局党组书记、局长）\n"
        "　　碛口镇：郝志刚（镇党委书记）、贺鹏飞（镇党委副书记、镇长）\n\n一、会议概况\n\n会议听取了汇报。\n", path="t.txt"))
    got = _of(ex)
    assert {"任慧娟", "高文斌", "郝志刚", "贺鹏飞"} <= {p for p, _ in got}
    assert any(p == "郝志刚" and o.endswith("碛口镇党委") for p, o in got)
    ex = extract_document(make_document(
        "关于加强农村互助养老服务的提案\n\n提 案 人：邢淑芬\n联 名 人：\n"
        "　　赵春生　农业界　望奎县莲花镇农业综合服务中心主任\n　　高秀云　社会福利和社会保障界　望奎县民政局养老服务股副股长\n"
        "建议主办单位：望奎县民政局\n", path="t.txt"))
    assert {("赵春生", "望奎县莲花镇农业综合服务中心"), ("高秀云", "望奎县民政局")} <= _of(ex)
    assert not any(r.predicate.value == "authorOf" and r.subject_key.endswith(("赵春生", "高秀云")) for r in ex.relations)


def test_a_spreadsheet_pasted_as_comma_separated_values_is_a_table() -> None:
    """A township's pay notice (blind paper LX) pastes its tables as comma-separated lines: the
    secretaries under 村党组织书记 are people (高长春 no 长春 of 吉林), the figures under the other
    headings are figures. A half-width paper's line of prose with as many commas is no table."""
    ex = extract_document(make_document(
        "附件1\n\n村名,村党组织书记,基本报酬（元/年）,绩效报酬（元/年）,运转经费（万元）\n"
        "镇东村,王守成,56800,22720,21.50\n镇北村,陈立军,54800,21920,19.11\n高集村,高长春,52800,21120,17.64\n\n"
        "• 苍溪县地处嘉陵江中游,隶属四川省广元市,是川陕革命老区的重要组成部分,也是农业大县\n"
        "• 全县坚持党建引领,推动产业发展,壮大集体经济,带动群众增收\n", path="t.txt"))
    assert {m.label for m in ex.mentions if m.kind == Kind.PERSON} == {"王守成", "陈立军", "高长春"}
    assert "长春市" not in {m.label for m in ex.mentions if m.kind == Kind.PLACE}
    assert {"56800", "21.50"} <= {m.text for m in ex.mentions if m.kind == Kind.STATISTIC}
