"""Relations: practices, aimsAt, proposedBy, cites, faces, with provenance."""

from __future__ import annotations

import pytest

from graph.extract import events, goals, mechanisms, relations
from graph.io import make_document
from graph.model import Kind, Predicate, RelationMention, make_mention
from graph.pipeline import DocContext, extract_document, resolve_overlaps
from graph.segment import split_sentences


def run(text: str, *, places: tuple[str, ...] = (), orgs: tuple[str, ...] = ()) -> list[RelationMention]:
    """Run events..relations with hand-built place and organisation mentions."""
    doc = make_document(text, path="t.txt")
    ctx = DocContext(doc=doc, sentences=split_sentences(doc))
    for kind, names in ((Kind.PLACE, places), (Kind.ORGANIZATION, orgs)):
        for name in names:
            start = 0
            while (i := text.find(name, start)) >= 0:
                ctx.add(make_mention(doc, start=i, end=i + len(name), sent_index=ctx.sentence_at(i).index, kind=kind,
                                     key=name, label=name, rule="test"))
                start = i + len(name)
    for fn in (events.extract, mechanisms.extract, goals.extract):
        for item in fn(ctx):
            ctx.add(item)
        ctx.mentions = resolve_overlaps(ctx.mentions)
    return [r for r in relations.extract(ctx) if isinstance(r, RelationMention)]


def of(rels: list[RelationMention], pred: Predicate) -> set[tuple[str, str]]:
    return {(r.subject_key, r.object_key) for r in rels if r.predicate == pred}


def test_practices_stated_in_sentence() -> None:
    rels = run("金山区枫泾镇新黎村在领导班子建设方面勇于创新,创造性提出了“三型”班子建设工程。",
               places=("金山区", "枫泾镇", "新黎村"))
    prac = [r for r in rels if r.predicate == Predicate.PRACTICES]
    assert {(r.subject_key, r.object_key) for r in prac} == {("新黎村", "三型")}
    assert prac[0].prov.stated is True and prac[0].prov.rule == "relations.practices_sentence"


def test_practices_from_paragraph_is_not_stated() -> None:
    rels = run("繁昌县根据市委精神,结合自身实际开展工作。通过制度化推进,努力把“双联系”打造成执政基础的“加固工程”。",
               places=("繁昌县",))
    (r,) = [r for r in rels if r.predicate == Predicate.PRACTICES]
    assert (r.subject_key, r.object_key, r.prov.stated) == ("繁昌县", "双联系", False)
    assert r.prov.confidence < 1


def test_organisation_practices() -> None:
    rels = run("泸溪县的马王溪村党支部创造性地运用“三三制”和“四新十无”工作机制。",
               places=("泸溪县",), orgs=("马王溪村党支部",))
    assert {("马王溪村党支部", "三三制"), ("马王溪村党支部", "四新十无")} <= of(rels, Predicate.PRACTICES)


def test_aims_at_same_sentence() -> None:
    rels = run("一、打造“三型”班子工程,努力发挥村党组织的战斗堡垒作用")
    assert ("三型", "战斗堡垒作用") in of(rels, Predicate.AIMS_AT)


def test_proposed_by_report() -> None:
    rels = run("十八大报告首次提出要建设“三型”政党,这是对党的建设的一个转型升级。")
    # the report, and the congress that issued it (the sample's gold names the report here, and both for
    # 服务型政党)
    by = {(r.subject_key, r.object_key, r.object_kind, r.prov.stated) for r in rels if r.predicate == Predicate.PROPOSED_BY}
    assert by == {("三型政党", "doc:congress-18:报告", Kind.EVENT, True), ("三型政党", "congress-18", Kind.EVENT, True)}


def test_cites_from_the_paper_part() -> None:
    text = "论文 篇1:\n\n题目一\n\n党的十八大强调服务。\n\n论文 篇2:\n\n题目二\n\n十七届四中全会指出要求。\n"
    rels = run(text)
    cites = {(r.subject_key[-3:], r.object_key) for r in rels if r.predicate == Predicate.CITES}
    assert cites == {("-p1", "congress-18"), ("-p2", "plenum-17-4")}
    assert all(r.subject_kind == Kind.DOCUMENT for r in rels if r.predicate == Predicate.CITES)


def test_faces_problems_stated_of_a_place() -> None:
    rels = run("处于武陵山连片特困地区的湘西州,地理位置偏远、交通不便、经济落后。", places=("湘西州",))
    assert {"地理位置偏远", "交通不便", "经济落后"} <= {o for _, o in of(rels, Predicate.FACES)}


def test_every_relation_has_provenance_in_its_sentence() -> None:
    text = "金山区枫泾镇新黎村在领导班子建设方面勇于创新,创造性提出了“三型”班子建设工程。"
    for r in run(text, places=("新黎村",)):
        assert r.prov.start <= r.prov.end <= len(text) and r.prov.rule


def test_aim_belongs_to_the_nearest_practice_not_to_the_aims_named_as_quotes() -> None:
    rels = run("以“双联系”为载体,促进“双增”(增进党群、干群关系,增强机关、基层活力)、实现“双推”(推动经济发展,推动社会和谐)。")
    aims = of(rels, Predicate.AIMS_AT)
    assert ("双联系", "双推") in aims and ("双联系", "双增") in aims
    assert not any(s in ("双增", "双推") for s, _ in aims)  # an aim does not hold the aims after it
    assert ("双增", "增进党群、干群关系") not in aims  # its own expansion is not its aim


def test_aim_of_the_ordinal_heading_practice() -> None:
    rels = run("一是打造“学习开拓型”班子。新黎村党组织以高素质、精业务、强班子为目标,强化村干部定期学习制度。")
    aims = {(r.subject_key, r.object_key, r.prov.rule) for r in rels if r.predicate == Predicate.AIMS_AT}
    assert ("学习开拓型", "高素质,精业务,强班子", "relations.aims_heading") in aims  # keys: name_key / fold
    parts = of(rels, Predicate.HAS_COMPONENT)
    assert ("学习开拓型", "村干部定期学习") in parts


def test_source_of_a_spirit_is_not_the_practitioner() -> None:
    rels = run("安徽省繁昌县根据市委精神,结合自身实际,确立了以“双联系”为载体的工作机制。",
               places=("繁昌县",), orgs=("市委",))
    assert ("市委", "双联系") not in of(rels, Predicate.PRACTICES)


def test_object_of_an_earlier_clause_is_not_the_doer() -> None:
    # corpus: a provincial government work report
    rels = run("推动农商行、村镇银行改革重组，深化城商行内控风控行动。", orgs=("村镇银行",))
    assert of(rels, Predicate.PRACTICES) == set()


def test_topic_after_a_short_opener_is_the_doer() -> None:
    rels = run("如,上海金山银龙蔬菜公司,是“公司+基地+农户”性质的农业产业化龙头企业。", orgs=("上海金山银龙蔬菜公司",))
    assert ("上海金山银龙蔬菜公司", "公司+基地+农户") in of(rels, Predicate.PRACTICES)


def test_paragraph_practice_needs_one_clear_actor() -> None:
    rels = run("金山区和繁昌县都开展了工作。通过制度化推进,努力把“双联系”打造成执政基础的“加固工程”。",
               places=("金山区", "繁昌县"))
    assert of(rels, Predicate.PRACTICES) == set()


def test_proposed_by_a_cleft_organisation() -> None:
    rels = run("“三访”工作机制,是金山区枫泾镇党委在农村先进性教育活动试点工作过程中,形成的联系群众服务群众的新平台。",
               orgs=("枫泾镇党委",))
    assert ("三访", "枫泾镇党委") in of(rels, Predicate.PROPOSED_BY)
    assert ("枫泾镇党委", "三访") in of(rels, Predicate.PRACTICES)


def test_goals_of_a_titled_document_are_proposed_by_it() -> None:
    rels = run("中共中央政治局召开会议,专题通过《中央政治局关于改进工作作风、密切联系群众》的八项规定。")
    proposed = {(s, o.removeprefix("doc:")) for s, o in of(rels, Predicate.PROPOSED_BY)}
    assert ("改进工作作风", "八项规定") in proposed and ("密切联系群众", "八项规定") in proposed


def test_setting_proposes_only_when_no_one_acts_in_between() -> None:
    rels = run("在创先争优活动中,繁昌县以“双联系”为载体,促进“双增”。", places=("繁昌县",))
    assert not any(o.startswith("campaign") for _, o in of(rels, Predicate.PROPOSED_BY))
    rels = run("早在先进性教育活动中,就探索建立党员“长期受教育、永葆先进性”的长效机制。")
    assert any(o.startswith("campaign") for _, o in of(rels, Predicate.PROPOSED_BY))


def test_faces_problem_nouns_with_their_subject() -> None:
    rels = run("其一,湘西州农村党员“老龄化”程度高。湘西州农村党员的文化水平低。湘西州农村基层党组织结构不合理导致服务能力弱化。",
               places=("湘西州",))
    faced = {o for _, o in of(rels, Predicate.FACES)}
    assert {"党员老龄化", "党员文化水平低", "基层党组织结构不合理"} <= faced


def test_faces_from_the_sentence_before_is_not_stated() -> None:
    rels = run("在湘西州调研时发现问题较多。发展党员名额受限。", places=("湘西州",))
    (r,) = [r for r in rels if r.predicate == Predicate.FACES]
    assert (r.object_key, r.prov.stated) == ("发展党员名额受限", False)


def test_solved_problem_is_not_faced() -> None:
    rels = run("新黎村党组织帮助解决群众困难。", places=("新黎村",))
    assert of(rels, Predicate.FACES) == set()


def test_a_place_practises_what_its_own_party_committee_practises() -> None:
    """The cleft sentence names the town's Party committee; the town practises it too (inferred)."""
    from graph.model import Kind, Predicate

    text = ("“三访”工作机制,是金山区枫泾镇党委在农村先进性教育活动试点工作以及贯彻党的十七大精神过程中,"
            "形成的联系群众服务群众的新平台。")
    ex = extract_document(make_document(text, path="t.txt"))
    practices = [r for r in ex.relations if r.predicate == Predicate.PRACTICES]
    by_kind = {r.subject_kind: r for r in practices}
    assert Kind.ORGANIZATION in by_kind and by_kind[Kind.ORGANIZATION].prov.stated
    place = by_kind[Kind.PLACE]
    assert place.subject_key.endswith("枫泾镇") and place.object_key == by_kind[Kind.ORGANIZATION].object_key
    assert not place.prov.stated and place.prov.rule == "practices.home_place" and place.prov.confidence < 1


def test_the_topic_after_a_long_adverbial_opener_practises_the_mechanism() -> None:
    """特别是在…活动中, is a setting, not a clause with its own subject: 繁昌县 is still the topic."""
    from graph.model import Kind, Predicate

    text = ("近年来特别是在创先争优活动中,安徽省繁昌县根据市委精神,结合自身实际,确立了以“双联系”"
            "(机关联系基层,党员联系群众)促进“双增”(增进党群、干群关系,增强机关、基层活力)的工作目标。")
    ex = extract_document(make_document(text, path="t.txt"))
    doers = {(r.subject_key, r.object_key) for r in ex.relations
             if r.predicate == Predicate.PRACTICES and r.subject_kind == Kind.PLACE}
    assert ("cn-340222", "双联系") in doers
    assert not any(s.startswith("cn-3402") and s != "cn-340222" for s, _ in doers)  # 市委 is a source


# -- the fast paths of _problems give what the plain patterns give ---------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from graph.extract import _problems  # noqa: E402
from graph.extract._text import han_run_matches  # noqa: E402

_PROBLEM_CHARS = st.text(alphabet="不足高合理水平素质偏低弱差比例老龄化空心化党员的，。“”\"「」ab1 的问题", max_size=40)


@settings(max_examples=300, deadline=None)
@given(_PROBLEM_CHARS)
def test_verdicts_scanned_by_run_are_the_verdicts_of_the_text(text: str) -> None:
    spans = [m.span() for m in han_run_matches(_problems._VERDICT, _problems._VERDICT_WORD, text)]
    assert spans == [m.span() for m in _problems._VERDICT.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_PROBLEM_CHARS)
def test_declines_found_by_word_are_the_declines_of_the_text(text: str) -> None:
    found = [(m.span(), m.group("q")) for m in _problems._declines(text)]
    assert found == [(m.span(), m.group("q")) for m in _problems._DECLINE.finditer(text)]


def test_a_reports_passage_on_difficulties_is_about_the_unit_in_its_title() -> None:
    """Provincial government work reports (2026): the problems listed after 困难和问题 are the
    province's; the sentence that announces them names none."""

    text = ("2026年山东省政府工作报告\n各位代表：\n"
            "我们也清醒看到，发展还面临不少困难和挑战：有效需求不足，部分企业生产经营困难，科技创新能力不强。\n")
    ex = extract_document(make_document(text, path="r.txt"))
    problems = {m.key: m.label for m in ex.mentions if m.kind == Kind.PROBLEM}
    assert sorted(problems.values()) == ["企业生产经营困难", "有效需求不足", "科技创新能力不强"]
    faced = {(r.subject_key, problems[r.object_key]) for r in ex.relations if r.predicate == Predicate.FACES}
    assert faced == {("cn-370000", p) for p in problems.values()}


def test_a_reports_measures_are_practised_by_the_unit_in_its_title() -> None:
    """A province's government work report (2026): a measure with no actor named near it is the
    province's, inferred (not stated) from the title; a local actor still wins."""

    text = ("2026年山东省政府工作报告\n各位代表：\n深入实施城乡居民增收计划，完善揭榜挂帅机制。\n"
            "青岛市推行“一企一策”制度。\n")
    ex = extract_document(make_document(text, path="r.txt"))
    labels = {m.key: m.label for m in ex.mentions}
    practised = {(labels[r.subject_key], labels[r.object_key], r.prov.stated)
                 for r in ex.relations if r.predicate == Predicate.PRACTICES}
    assert practised == {("山东省", "城乡居民增收计划", False), ("山东省", "揭榜挂帅机制", False),
                         ("青岛市", "一企一策", True)}


@pytest.mark.parametrize(("title", "place"), [
    ("江苏南京溧水区：以三“多”合一改革为途径 探索新时代“千万工程”溧水实践", "溧水区"),  # named again later
    ("2026年山东省政府工作报告", "山东省"),
    ("关于湘西州农村基层党组织建设的思考", None),  # a paper, not a report on the unit's own work
    ("上海、江苏：长三角一体化的实践", None),  # two units
    # a unit's own summary or account to its superiors (held-out U, AF, AI)
    ("海伦市前进镇党委2023年抓基层党建工作总结", "前进镇"),
    ("丁楼村党支部书记2023年度抓基层党建工作述职报告", "丁楼村"),
    ("龙泉关镇党委书记2023年度抓基层党建工作述职述责述廉报告", "龙泉关镇"),  # (blind paper LD)
    ("中共喀左县委组织部关于全县村级党组织建设工作情况的汇报", "喀左县"),
    ("关于湘西州农村基层党组织建设的研究", None),  # a study, not a report
    # the minutes of a unit's meeting, the interpretation of its own policy (blind papers FB, FD)
    ("江湾镇第十七次党委会议纪要", "江湾镇"),
    ("《四平市关于深化党建引领乡村治理的若干措施》政策解读", "四平市"),
    ("《关于四平市乡村治理的若干思考》解读", None),  # no policy of its own
    # a unit's own plan and its explanation to its own meeting (blind papers GD, GC)
    ("闽宁镇村党组织换届选举工作实施方案", "闽宁镇"),
    ("关于修订《赤溪村村规民约》的说明", "赤溪村"),
    ("赤溪村的村规民约为什么要修订", None),
])
def test_the_place_a_report_is_the_work_of(title: str, place: str | None) -> None:
    from graph.extract._title import report_place
    from graph.pipeline import load_components

    doc = make_document(title + "\n正文。\n", path="r.txt")
    ctx = DocContext(doc=doc, sentences=split_sentences(doc))
    for _, fn in load_components(["places"]):
        for item in fn(ctx):
            ctx.add(item)
    found = report_place(ctx)
    assert (found.text if found else None) == place


def test_a_reports_bare_doctrine_is_not_its_units_practice() -> None:
    """“两个确立” in a provincial report is the nation's doctrine, cited; a measure named with a
    head (…机制) is the province's."""
    text = "2026年湖北省政府工作报告\n坚定拥护“两个确立”，坚决做到“两个维护”。完善涉企收费长效监管机制。\n"
    ex = extract_document(make_document(text, path="r.txt"))
    labels = {m.key: m.label for m in ex.mentions}
    practised = {labels[r.object_key] for r in ex.relations if r.predicate == Predicate.PRACTICES}
    assert practised == {"涉企收费长效监管机制"}


def test_a_sections_heading_on_problems_gives_them_to_the_titles_place() -> None:
    """A paper on one village: the list under 二、存在的问题 names no place; the title does."""
    text = ("以党建引领乡村振兴的实践探索——以安吉县余村为例\n一、主要做法\n余村党支部推行“村民说事”制度。\n"
            "二、存在的问题\n一是党员老龄化严重，年轻人才流失；二是缺乏稳定的资金保障。\n三、对策建议\n要进一步加强基层党组织建设。\n")
    ex = extract_document(make_document(text, path="p.txt"))
    labels = {m.key: m.label for m in ex.mentions}
    faced = {(labels[r.subject_key], labels[r.object_key]) for r in ex.relations if r.predicate == Predicate.FACES}
    # labels fold 的; how bad a decline is stays with it (老龄化严重)
    assert faced == {("余村", "党员老龄化严重"), ("余村", "年轻人才流失"), ("余村", "缺乏稳定资金保障")}


def test_an_aim_in_a_cited_documents_title_is_not_the_practices() -> None:
    # a probe paper written for the tests: the practice was written into the document; the
    # document's aim (in its title) is not the practice's
    rels = run("2019年，中央农办将“村民说事”写入《关于做好2019年农业农村工作的实施意见》，并在全国推广。")
    assert of(rels, Predicate.AIMS_AT) == set()


def test_verdicts_of_form_and_imbalance() -> None:
    # a probe paper written for the tests (a county in the title); a provincial report (corpus 0071)
    text = ("“村民说事”制度的实践——以象山县为例\n四、存在的问题\n"
            "一是部分村说事流于形式，议而不决；二是外出务工人员多；三是村级财力薄弱。\n")
    ex = extract_document(make_document(text, path="p.txt"))
    labels = {m.key: m.label for m in ex.mentions}
    faced = {labels[r.object_key] for r in ex.relations if r.predicate == Predicate.FACES}
    # (议而不决, a clause of its own in the point's heading, is one too)
    assert faced == {"说事流于形式", "议而不决", "外出务工人员多", "村级财力薄弱"}
    ex = extract_document(make_document("2025年山西省政府工作报告\n在肯定成绩的同时，我们也清醒认识到，"
                                        "我省发展不平衡不充分问题还较为突出。", path="r.txt"))
    labels = {m.key: m.label for m in ex.mentions}
    faced = {(labels[r.subject_key], labels[r.object_key]) for r in ex.relations if r.predicate == Predicate.FACES}
    assert faced == {("山西省", "发展不平衡")}  # 我省 is the report's province, not part of the problem


def test_a_source_says_in_a_later_clause_of_its_sentence() -> None:
    """党的二十大报告把X摆在突出位置，明确要求Y，Z: the report proposes all three; not when a
    place acts in between (…，我县提出…)."""
    rels = run("党的二十大报告把全面推进乡村振兴摆在突出位置，明确要求巩固和完善农村基本经营制度，发展新型农村集体经济。")
    proposed = {(s, o) for s, o in of(rels, Predicate.PROPOSED_BY) if o == "doc:congress-20:报告"}
    assert {s for s, _ in proposed} >= {"推进乡村振兴", "巩固和完善农村基本经营制度", "发展新型农村集体经济"}
    rels = run("党的二十大召开后，安吉县委全面部署，强调要发展新型农村集体经济。", orgs=("安吉县委",))
    assert ("发展新型农村集体经济", "congress-20") not in of(rels, Predicate.PROPOSED_BY)


def test_faces_problems_listed_quoted_or_named_by_new_verdicts() -> None:
    """面临A、B、C等问题 (each item); a quoted fault named as such (“会管理、不会经营”的现象,
    存在“空壳化”倾向); 松散, 紧张 as verdicts, not where they qualify a noun (陈旧的工作机制)."""
    rels = run("安吉县仍面临区域发展不平衡、产业同质化、经营人才短缺等问题。安吉县利益联结松散。"
               "安吉县少数合作社存在“空壳化”倾向,“会管理、不会经营”的现象较为普遍。", places=("安吉县",))
    assert {o for _, o in of(rels, Predicate.FACES)} == {
        "区域发展不平衡", "产业同质化", "经营人才短缺", "利益联结松散", "空壳化", "会管理,不会经营"}
    rels = run("湘西州农村党组织陈旧的工作机制已不能满足需要。", places=("湘西州",))
    assert of(rels, Predicate.FACES) == set()


def test_problems_said_to_persist_and_quoted_faults_with_their_noun() -> None:
    """X的问题依然突出 / 仍然存在 names a problem whatever its words (corpus 0089: a provincial
    report); a quoted fault keeps the noun before its quote as another name."""
    rels = run("甘肃省仍面临不少困难和问题，主要是：发展不充分的问题依然突出。甘肃省中小微企业融资难问题依然存在。",
               places=("甘肃省",))
    assert {o for _, o in of(rels, Predicate.FACES)} == {"发展不充分", "中小微企业融资难"}
    ex = extract_document(make_document("毛坝镇的问题也不容回避。\n二是村级集体经济“底子薄”的问题还没有根本解决。\n",
                                        path="t.txt"))
    faults = [m for m in ex.mentions if m.kind == Kind.PROBLEM]
    assert [(m.label, m.aliases) for m in faults] == [("底子薄", ("村级集体经济底子薄",))]


def _faced(text: str) -> set[tuple[str, str]]:
    """(place, problem) of every faces relation the whole pipeline finds in ``text``."""
    ex = extract_document(make_document(text, path="t.txt"))
    labels = {m.key: m.label for m in ex.mentions}
    return {(labels[r.subject_key], labels[r.object_key]) for r in ex.relations if r.predicate == Predicate.FACES}


def test_a_party_lecture_speaks_for_the_place_of_its_meeting() -> None:
    """A lecture under a headline: its subtitle (——在…镇…专题党课上的讲稿) names the town; the
    problems its points list after 问题也不容回避 are the town's (held-out AL's shape)."""
    text = ("让党旗在茶山高高飘扬\n——在毛坝镇2025年“七一”专题党课上的讲稿\n同志们：\n"
            "成绩值得肯定，问题也不容回避。我们的基层党建工作还有不少短板。\n"
            "一是党员队伍结构老化问题还比较突出。\n二是一些党员干部作风不实的问题仍然存在。\n")
    assert _faced(text) == {("毛坝镇", "党员队伍结构老化"), ("毛坝镇", "党员干部作风不实")}


def test_a_report_under_its_bodys_name_is_still_its_title_places() -> None:
    """中共…区委组织部 above 李沧区：… (an experience material): the measures of the report are
    the title place's (a background inference), as when the title is the first line. (Said with
    我们 as the actor, it is the title place's as stated: see test_we_practise_….)"""
    text = ("中共青岛市李沧区委组织部\n\n李沧区：串起组织链 织密治理网\n"
            "在商圈推行“红色驿站”工作法，服务快递小哥。\n")
    ex = extract_document(make_document(text, path="t.txt"))
    practised = {(r.subject_key, r.object_key, r.prov.rule) for r in ex.relations if r.predicate == Predicate.PRACTICES}
    assert any(o == "红色驿站" and rule == "relations.practices_title" for _, o, rule in practised)


def _practised(text: str, rule: str) -> set[tuple[str, str]]:
    """(who, what) of every practices relation of ``rule`` the whole pipeline finds in ``text``, by label."""
    ex = extract_document(make_document(text, path="t.txt"))
    labels = {m.key: m.label for m in ex.mentions}
    return {(labels.get(r.subject_key, r.subject_key), labels.get(r.object_key, r.object_key))
            for r in ex.relations if r.predicate == Predicate.PRACTICES and r.prov.rule == rule}


def test_a_summary_opened_by_its_body_is_that_bodys_practice_too() -> None:
    """…镇党委…工作总结: a measure with no doer of its own is the town's and its committee's;
    an official's article (…政协主席…：) or a study of a body (关于…党组织…的调研报告) is not
    its body's account (corpus 0020)."""
    def practised(title: str) -> set[tuple[str, str]]:
        return _practised(title + "\n坚持以“四抓四促”为总抓手，完善镇党委委员包村制度。\n", "relations.practices_title")

    assert practised("海伦市前进镇党委2023年抓基层党建工作总结") == {
        ("前进镇", "镇党委委员包村制度"), ("海伦市前进镇党委", "镇党委委员包村制度")}
    assert {who for who, _ in practised("四川省政协主席田向利：以改革举措加强国家战略腹地建设")} == {"四川省"}
    assert {who for who, _ in practised("关于秭归县党组织领导下村落自治工作的调研报告")} == {"秭归县"}


def test_an_abbreviation_of_two_spelled_out_halves_has_their_items() -> None:
    """“三联三述” with 所谓“三联”，就是… and 所谓“三述”，就是…: 三联 and 三述 and their items are its
    parts (a county's briefing, held-out AI); not when the whole has items of its own."""
    text = ("县委建立了“三联三述”工作机制。所谓“三联”，就是县级领导联乡镇、乡镇班子成员联村、村“两委”成员联户。"
            "所谓“三述”，就是村党组织书记述职、乡镇党委书记述职、县委专题报告。")
    ex = extract_document(make_document(text, path="t.txt"))
    labels = {m.key: m.label for m in ex.mentions}
    whole = {labels[r.object_key] for r in ex.relations
             if r.predicate == Predicate.HAS_COMPONENT and labels.get(r.subject_key) == "三联三述"}
    assert whole == {"三联", "三述", "县级领导联乡镇", "乡镇班子成员联村", "村两委成员联户", "村党组织书记述职",
                     "乡镇党委书记述职", "县委专题报告"}
    ex = extract_document(make_document("推行“双培双带”，即把致富能手培养成党员、把党员培养成致富能手。"
                                        "所谓“双培”，就是培养党员、培养能手。", path="t.txt"))
    assert not any(r.prov.rule == "relations.components_of_halves" for r in ex.relations)


def test_a_service_centre_is_where_a_practice_runs_not_who_runs_it() -> None:
    rels = run("西坑村党群服务中心推行“村民说事”制度。", places=("西坑村",), orgs=("西坑村党群服务中心",))
    assert ("西坑村党群服务中心", "村民说事") not in of(rels, Predicate.PRACTICES)
    rels = run("西坑村党支部推行“村民说事”制度。", orgs=("西坑村党支部",))
    assert ("西坑村党支部", "村民说事") in of(rels, Predicate.PRACTICES)


def test_a_verdict_keeps_its_bound_and_what_is_not_enough() -> None:
    # a probe paper written for the tests (湖北秭归)
    ex = extract_document(make_document("湖北省秭归县。理事长年均误工补贴不足1500元，经费保障不够稳定。", path="t.txt"))
    faced = {r.object_key for r in ex.relations if r.predicate == Predicate.FACES}
    assert {"理事长年均误工补贴不足1500元", "经费保障不够稳定"} <= faced


def test_a_region_is_where_not_who() -> None:
    ex = extract_document(make_document("河北省保定市阜平县地处太行山深处，村集体经济薄弱。", path="t.txt"))
    faced = {(r.subject_key, r.object_key) for r in ex.relations if r.predicate == Predicate.FACES}
    assert faced and all(s == "cn-130624" for s, _ in faced)


def test_what_a_sentence_does_is_the_holder_of_its_yici_aim() -> None:
    # a probe paper written for the tests (广西龙胜): 以此 points back to the practice the sentence runs
    text = ("平安村还推行家庭文明积分制，把梯田管护、环境卫生等纳入积分，积分可在村里的“积分超市”兑换生活用品，"
            "每季度张贴“红黑榜”，以此推动移风易俗。")
    ex = extract_document(make_document(text, path="t.txt"))
    label = {m.key: m.label for m in ex.mentions}
    aims = {(label.get(r.subject_key), label.get(r.object_key)) for r in ex.relations if r.predicate == Predicate.AIMS_AT}
    assert ("家庭文明积分制", "推动移风易俗") in aims and ("红黑榜", "推动移风易俗") not in aims


def _signers(text: str) -> tuple[set[tuple[str, str]], str]:
    doc = make_document(text, path="t.txt")
    ex = extract_document(doc)
    labels = {m.key: m.label for m in ex.mentions}
    return {(labels[r.subject_key], r.object_key) for r in ex.relations
            if r.predicate == Predicate.AUTHOR_OF and r.subject_kind == Kind.ORGANIZATION}, doc.id


def test_a_report_is_by_the_body_that_signs_it() -> None:
    # a department's research report, signed at the end with its name and a date
    body = "村民自治是基层群众自治制度在农村的具体实现形式。秭归县推行村落自治。\n\n"
    signed, doc_id = _signers("关于秭归县村落自治工作的调研报告\n\n" + body + "中共秭归县委组织部\n2024年6月18日\n")
    assert signed == {("中共秭归县委组织部", doc_id)}
    # the body's name above the title of its experience material
    signed, doc_id = _signers("中共青岛市李沧区委组织部\n\n李沧区：串起组织链 织密治理网\n\n" + body)
    assert signed == {("中共青岛市李沧区委组织部", doc_id)}
    # a body named in a line of the text, or closing a sentence, signs nothing
    signed, _ = _signers("调研报告\n\n" + body + "这项工作由中共秭归县委组织部牵头。\n")
    assert signed == set()
    # a decision signed over its date, then its annex, a list that ends with a village's branch
    # (blind paper HA, written for the tests)
    signed, doc_id = _signers("中共徐州市委关于表彰全市优秀村党组织书记和五星级村党组织的决定\n\n" + body
                              + "中共徐州市委\n2025年6月26日\n\n附件\n\n全市五星级村党组织名单\n\n"
                              + "新沂市窑湾镇窑湾村党总支\n")
    assert signed == {("中共徐州市委", doc_id)}


def test_a_notice_is_by_its_signer_above_its_contact_copies_and_printing_lines() -> None:
    """(blind papers NU, NX) an official document's signature and date, then a contact, whom copies
    go to and the printing office's line: the signer is still the last body over the date."""
    body = "各县（市、区）委组织部：\n\n现将2024年度发展党员计划下达给你们，请认真抓好落实。\n\n"
    signed, doc_id = _signers("中共黄冈市委组织部关于下达2024年度发展党员计划的通知\n\n" + body
                              + "联系人：胡晓峰（市委组织部组织一科）\n\n中共黄冈市委组织部\n2024年4月22日\n\n"
                              + "抄报：中共湖北省委组织部\n中共黄冈市委组织部办公室　　　　2024年4月22日印发\n")
    assert signed == {("中共黄冈市委组织部", doc_id)}
    signed, doc_id = _signers("郸城县2024年整顿提升方案\n\n" + body + "中共郸城县委组织部\n2024年4月22日\n\n"
                              + "（联系人：县委组织部组织科 周雅琳）\n")
    assert {(label.removeprefix("中共"), d) for label, d in signed} == {("郸城县委组织部", doc_id)}


def _related(text: str, predicate: Predicate) -> set[tuple[str, str]]:
    """(subject, object) labels of the document's relations of one predicate, through the pipeline."""
    ex = extract_document(make_document(text, path="p.txt"))
    labels = {m.key: m.label for m in ex.mentions}
    return {(labels.get(r.subject_key, r.subject_key), labels.get(r.object_key, r.object_key))
            for r in ex.relations if r.predicate == predicate}


def _faced(text: str) -> set[tuple[str, str]]:
    return _related(text, Predicate.FACES)


def test_problems_of_the_place_a_subtitle_names() -> None:
    # an experience material whose title names no place, its subtitle the banner
    text = ("聚力“四联四强” 夯实北疆乡村振兴的组织根基\n——敖汉旗抓党建促乡村振兴工作经验材料\n\n"
            "一、立足旗情实际，正视基层党建面临的突出问题\n\n（一）党员队伍结构老化，后继力量不足。\n")
    assert _faced(text) == {("敖汉旗", "党员队伍结构老化"), ("敖汉旗", "后继力量不足")}


def test_problems_in_the_points_after_their_announcement() -> None:
    # a county secretary's speech: the title names no place, the speech its county throughout;
    # the points after 问题同样不容忽视 are problems, an achievement's points are not
    county = ("渭源县召开会议。渭源县推进改革。渭源县加强党建。渭源县抓产业。渭源县抓服务。\n")
    text = ("在全县抓党建促乡村振兴工作推进会上的讲话\n\n" + county +
            "一是服务群众更加贴心，干部能力跟不上的村少了。\n"
            "成绩来之不易，但问题同样不容忽视。主要有这么几个方面。\n"
            "第一，村级班子能力跟不上。个别村党组织书记年龄偏大、思路偏窄。\n")
    assert _faced(text) == {("渭源县", "村级班子能力跟不上"), ("渭源县", "党组织书记年龄偏大"),
                            ("渭源县", "思路偏窄")}


def test_an_experience_material_speaks_for_the_unit_its_subtitle_names() -> None:
    text = ("聚力“四联四强” 夯实北疆乡村振兴的组织根基\n——敖汉旗抓党建促乡村振兴工作经验材料\n\n"
            "严格落实“四议两公开”工作法，重大事项全部公开。\n")
    assert ("敖汉旗", "四议两公开") in _related(text, Predicate.PRACTICES)
    # a paper's subtitle (…的调查) does not make the paper its unit's own account
    practised = _related(text.replace("工作经验材料", "的调查"), Predicate.PRACTICES)
    assert not [p for p in practised if p[1] == "四议两公开"]


def _proposers(text: str) -> set[tuple[str, str]]:
    return _related(text, Predicate.PROPOSED_BY)


def test_the_body_that_brings_a_practice_in_proposed_it() -> None:
    found = _proposers("2022年，剑川县沙溪镇党委提出“保护为先、村民为本、党建为魂”的工作思路，牵头组建党建联盟。")
    assert ("保护为先、村民为本、党建为魂", "剑川县沙溪镇党委") in found
    # two bodies joined by 会同 bring it in together
    found = _proposers("敖汉旗委组织部会同旗农牧局提出“支部建在产业链上、党员聚在产业链上”的工作思路。")
    assert {p for _, p in found} == {"敖汉旗委组织部", "敖汉旗农牧局"}
    # 探索 coins a quoted name; trying an unquoted practice is practising it, not proposing it
    assert ("托管代养", "敖汉旗萨力巴乡党委") in _proposers("敖汉旗萨力巴乡党委立足肉牛养殖基础，探索“托管代养”模式。")
    assert _proposers("新黎村党组织把关注民生放在首位，探索村干部家访制度。") == set()


def test_an_item_heading_its_section_holds_the_aim_its_heading_states() -> None:
    text = ("全旗推行“四联四强”工作法。\n\n（一）组织联建强堡垒，让支部“硬起来”\n\n推行片区联建。\n\n"
            "（二）产业联兴强集体，让口袋“鼓起来”\n\n发展产业。\n\n（三）人才联育强队伍，让“领头羊”多起来\n\n"
            "实施培育工程。\n\n（四）服务联办强治理，让农牧民“暖起来”\n\n推行代办。\n")
    aims = _related(text, Predicate.AIMS_AT)
    assert ("组织联建强堡垒", "让支部硬起来") in aims
    assert ("服务联办强治理", "让农牧民暖起来") in aims
    # 让缺劳力、缺技术的农户…: who is made to, listed; one aim
    ex = extract_document(make_document("推行“托管代养”模式，旨在让缺劳力、缺技术的农户也能稳定增收。", path="p.txt"))
    assert "让缺劳力、缺技术的农户也能稳定增收" in {m.label for m in ex.mentions if m.kind == Kind.GOAL}


def test_a_work_report_is_its_speakers_places_when_its_title_names_none() -> None:
    text = ("政府工作报告（节选）\n\n兰考县人民政府县长　杜明远\n\n（2025年1月9日在兰考县第十六届人民代表大会第五次会议上）\n\n"
            "各位代表：\n深入开展“万人助万企”活动，推行“链长制”。\n")
    assert ("兰考县", "链长制") in _related(text, Predicate.PRACTICES)
    # a news headline with a colon: the city of the dateline under it is no subject
    news = "高校博物馆：大学里的“大学”\n新华网北京4月9日电\n各地推行“馆校合作”机制。\n"
    assert _related(news, Predicate.PRACTICES) == set()


def test_an_interview_with_a_units_head_speaks_for_the_unit() -> None:
    text = ("让党建“红色引擎”跑出镇域发展“加速度”\n——专访英德市连江口镇党委书记邓启航\n\n"
            "记者：镇里是怎样做的？\n\n邓启航：我们严格落实“四议两公开”工作法，群众很欢迎。\n")
    assert ("连江口镇", "四议两公开") in _related(text, Predicate.PRACTICES)


def test_a_person_who_proposed_it_comes_between_the_body_and_its_verb() -> None:
    # the sample: 毛泽东 proposed it, not 中国共产党 named before him
    found = _proposers("“为人民服务”是中国共产党的一贯思想，早在革命时期毛泽东提出了“全心全意为人民服务”的宗旨。")
    assert not [p for p in found if p[1] == "中国共产党"]


def test_a_speech_speaks_for_the_unit_of_its_speakers_line() -> None:
    text = ("在全县抓党建促乡村振兴工作推进会上的讲话\n\n中共渭源县委书记　杜鸿川\n\n（2025年3月14日）\n\n"
            "同志们：\n去年以来，我们严格落实“四议两公开”工作法，群众很满意。\n")
    assert ("渭源县", "四议两公开") in _related(text, Predicate.PRACTICES)


def test_a_body_that_puts_its_own_coined_practice_into_effect_proposed_it() -> None:
    # a roundup (held-out AG): 推行 a quoted practice of its own; not one the nation names, not
    # one it makes others take up
    found = _proposers("2021年起，恭城瑶族自治县莲花镇党委推行“火塘夜话”，组织党员干部进村入户。")
    assert ("火塘夜话", "恭城瑶族自治县莲花镇党委") in found
    # (双培双带 is the nation's: 沙集镇党委推行“双培双带” adopts it)
    assert _proposers("睢宁县沙集镇党委推行“双培双带”，把党员培养成电商能手。") == set()
    assert _proposers("青云镇西朱崔村党支部推行“四议两公开”工作法，村里大事都摆到桌面上。") == set()
    assert _proposers("宁波东方理工大学建设世界一流新型研究型大学，支持更多高校创建“双一流”。") == set()


def test_a_faults_measure_and_degree_are_part_of_it() -> None:
    # a village secretary's report (held-out AF); work reports (corpus 0077, 0089)
    ex = extract_document(make_document(
        "丁楼村存在问题。全村演出服产品同质化严重，党员队伍结构不够优，全县仍有21个村年经营性收入低于10万元。",
        path="p.txt"))
    problems = {m.label for m in ex.mentions if m.kind == Kind.PROBLEM}
    assert {"演出服产品同质化严重", "党员队伍结构不够优", "21个村年经营性收入低于10万元"} <= problems
    ex = extract_document(make_document("兰考县也清醒看到，投资动力不够强，政府工作人员作风还不够实。", path="p.txt"))
    assert {"投资动力不够强", "政府工作人员作风不够实"} <= {m.label for m in ex.mentions if m.kind == Kind.PROBLEM}
    # an age opening the fault (blind paper GB, written for the tests)
    ex = extract_document(make_document("三溪乡村“两委”干部平均年龄达52.6岁，35岁以下后备力量储备不足。", path="p.txt"))
    assert "35岁以下后备力量储备不足" in {m.label for m in ex.mentions if m.kind == Kind.PROBLEM}


def test_a_body_that_sets_up_a_coined_practice_brings_it_in() -> None:
    """县委建立了“三联三述”工作机制 (held-out AI): the county committee brought it in; not a
    body whose own clause ended before 设立 (corpus 0100), nor one that sets up a national one."""
    rels = run("县委建立了“三联三述”工作机制。", orgs=("县委",))
    assert ("三联三述", "县委") in of(rels, Predicate.PROPOSED_BY)
    rels = run("国家冰雪运动学院获批建设，设立“中小学生冰雪周”。", orgs=("国家冰雪运动学院",))
    assert of(rels, Predicate.PROPOSED_BY) == set()
    rels = run("村党支部建立了“三会一课”制度。", orgs=("村党支部",))
    assert of(rels, Predicate.PROPOSED_BY) == set()


def test_a_body_under_whose_guidance_a_practice_runs_is_not_its_doer() -> None:
    """在红毛镇党委指导下推行… (a feature, held-out AJ); 在市委坚强领导下，我们… (a municipal
    government's work report, corpus 0065): the guiding body is not the doer."""
    rels = run("新一届村党支部在红毛镇党委指导下推行“三联三带”工作法。", orgs=("红毛镇党委",))
    assert ("红毛镇党委", "三联三带") not in of(rels, Predicate.PRACTICES)
    rels = run("在市委坚强领导下，我们深入落实“四个善作善成”。", orgs=("市委",))
    assert of(rels, Predicate.PRACTICES) == set()
    rels = run("红毛镇党委在全镇乡村旅游点推行“四统一分”管理。", orgs=("红毛镇党委",))
    assert ("红毛镇党委", "四统一分") in of(rels, Predicate.PRACTICES)
    # a purpose opening the sentence keeps the topic after it (held-out AJ)
    rels = run("为了守住“什寒”这块牌子，红毛镇党委在总结什寒经验的基础上，在全镇乡村旅游点推行“四统一分”管理。",
               orgs=("红毛镇党委",))
    assert ("红毛镇党委", "四统一分") in of(rels, Predicate.PRACTICES)


def test_the_problems_an_inspection_fed_back_are_the_reports_places() -> None:
    """A county committee's notice on rectification after an inspection (held-out AP): each
    clause of 关于“…”问题 is a problem of the county its title names."""
    text = ("中共大化瑶族自治县委员会关于巡视整改进展情况的通报\n二、巡视反馈问题的整改落实情况\n"
            "（一）关于“部分村党组织软弱涣散，政治功能和组织功能发挥不充分”问题\n1.开展集中整顿。\n"
            "（二）关于“村党组织带头人队伍结构不优、后备力量不足，发展党员工作不够规范”问题\n1.选优配强。\n")
    assert _faced(text) == {("大化瑶族自治县", p) for p in ("部分村党组织软弱涣散", "政治功能和组织功能发挥不充分",
                                                 "村党组织带头人队伍结构不优", "后备力量不足", "发展党员工作不够规范")}


def test_a_profile_of_a_village_secretary_speaks_for_his_village() -> None:
    """——记蔚县暖泉镇西古堡村党支部书记董立新 (a deeds material, held-out AR): what he started,
    with no doer of its own named, is the village's (a background inference)."""
    text = ("扎根古堡的“领头雁”\n——记蔚县暖泉镇西古堡村党支部书记董立新\n\n"
            "九年来，他推行“1+10党员联户”制度，每名党员联系10户群众。\n")
    assert ("西古堡村", "1+10党员联户") in _practised(text, "relations.practices_title")


def test_the_state_a_measure_answers_is_a_problem_of_the_place() -> None:
    """针对X的实际 / 问题 (held-out AR, AF, P): X is a problem the place has, each item of a
    、-list on its own; the place is the sentence's, else the one the document is about. Not a
    reference back (针对这些问题), nor who found them (针对巡视指出的问题)."""
    text = ("扎根古堡的“领头雁”\n——记蔚县暖泉镇西古堡村党支部书记董立新\n\n"
            "针对村里留守老人多的实际,董立新多方筹资,办起老年食堂。\n"
            "成佳镇党委则针对茶产业村多、新任书记多的实际，建立联系指导机制。针对这些问题，镇里开展了整改。"
            "针对巡视指出的问题，镇党委认真整改。\n")
    assert _faced(text) == {("西古堡村", "留守老人多"), ("成佳镇", "茶产业村多"), ("成佳镇", "新任书记多")}


def test_what_a_document_arranges_for_is_proposed_by_it() -> None:
    """2024年中央一号文件关于学习运用“千万工程”经验、推进乡村全面振兴的部署 (held-out AQ, AW, AX):
    both are the document's; 文件聚焦… (held-out AV) says it too."""
    rels = run("认真落实2024年中央一号文件关于学习运用“千万工程”经验、有力有效推进乡村全面振兴的部署，统筹推进建设。")
    assert of(rels, Predicate.PROPOSED_BY) >= {("千万", "doc:2024年中央一号文件"),
                                                ("乡村全面振兴", "doc:2024年中央一号文件")}
    rels = run("2024年中央一号文件聚焦学习运用“千村示范、万村整治”工程经验。")
    assert ("千村示范,万村整治", "doc:2024年中央一号文件") in of(rels, Predicate.PROPOSED_BY)


def test_a_problem_is_also_named_with_the_scene_it_is_said_of() -> None:
    """昭觉县农村党员年龄偏大，部分党员汉语水平不高 (held-out AZ): 党员年龄偏大, also 农村党员年龄偏大."""
    ex = extract_document(make_document("昭觉县农村党员年龄偏大，部分党员汉语水平不高。", path="t.txt"))
    names = {m.label: set(m.aliases) for m in ex.mentions if m.kind == Kind.PROBLEM}
    assert names == {"党员年龄偏大": {"农村党员年龄偏大"}, "党员汉语水平不高": {"部分党员汉语水平不高"}}


def test_practices_listed_together_share_the_aim_after_them() -> None:
    """借助“一核三治”“三方联动”“信托制物业”等机制，把…转化为治理效能 (held-out E): each of the listed
    practices aims at it, not the nearest alone; a practice of another clause does not."""
    rels = run("社区借助“一核三治”“三方联动”“信托制物业”等机制，把党的组织优势转化为治理效能。")
    assert {m for m, g in of(rels, Predicate.AIMS_AT) if g == "把党的组织优势转化为治理效能"} == {
        "一核三治", "三方联动", "信托制物业"}
    rels = run("推行“三事分流”，建立“五步法”议事规则，激活居民参与。")
    assert ("三事分流", "激活居民参与") not in of(rels, Predicate.AIMS_AT)


def test_an_aim_said_of_the_measures_above_or_in_a_section_heading() -> None:
    """通过以上举措，逐步扭转党员老龄化趋势 (held-out A): the measures just named hold it;
    三、织密网格，把服务送到家门口 (held-out G): the practice its section opens with holds the heading's aim."""
    text = ("标题\n为此，实施“三个一批”工程，从致富能手中选一批。通过以上举措，逐步扭转党员老龄化趋势。\n"
            "三、织密网格，把服务送到家门口\n推行“1+4”网格服务模式，每个网格配一名网格员。\n")
    ex = extract_document(make_document(text, path="t.txt"))
    labels = {m.key: m.label for m in ex.mentions}
    aims = {(labels[r.subject_key], labels[r.object_key]) for r in ex.relations if r.predicate == Predicate.AIMS_AT}
    assert {("三个一批", "扭转党员老龄化趋势"), ("1+4", "把服务送到家门口")} <= aims


def test_bodies_acting_together_practise_it_together() -> None:
    """县委组织部会同县农业农村局建立“三色”预警机制 (held-out J, K, AU): both bodies practise it."""
    ex = extract_document(make_document("安吉县\n县委组织部会同县农业农村局建立村级集体经济“三色”预警机制。\n", path="t.txt"))
    labels = {m.key: m.text for m in ex.mentions}
    who = {labels.get(r.subject_key) for r in ex.relations if r.predicate == Predicate.PRACTICES and r.object_key == "三色"}
    assert {"县委组织部", "县农业农村局"} <= who


def test_the_points_of_a_section_on_problems_name_problems_whatever_their_words() -> None:
    """三、存在问题 then （一）…（六）…: each clause of a point's heading is a problem, also named by
    its quoted words; the report's title names two counties together, which share them
    (held-out BH: no verdict word in most of them; six points, the last far below the heading)."""
    points = "".join(f"（{n}）第{n}项情况。正文叙述第{n}点，没有问题词语。\n\n" for n in "二三四五")
    text = ("驻村工作队履职成效调研报告\n——基于广西百色市乐业县、凌云县的实地调查\n\n三、存在问题\n\n"
            "调研也发现，驻村工作的任务发生了变化。\n\n"
            "（一）“驻村”与“融村”存在落差，少数干部“身在村里、心在单位”。部分队员来自直属单位。\n\n"
            + points + "（六）村级内生动力不足，对驻村力量存在依赖心理。样本村青壮年外出务工。\n\n"
            "四、对策建议\n\n（一）完善选派机制，强化人岗相适。\n")
    faced = _faced(text)
    problems = {p for _, p in faced}
    assert {"“驻村”与“融村”存在落差", "干部“身在村里、心在单位”", "村级内生动力不足", "对驻村力量存在依赖心理"} <= problems
    assert {c for c, _ in faced} == {"乐业县", "凌云县"}
    assert ("凌云县", "对驻村力量存在依赖心理") in faced
    assert not any("选派机制" in p or "人岗相适" in p for p in problems)  # (the remedies' section)
    ex = extract_document(make_document(text, path="t.txt"))
    named = {m.label: m.aliases for m in ex.mentions if m.kind == Kind.PROBLEM}
    assert {"少数干部“身在村里、心在单位”", "身在村里、心在单位"} <= set(named["干部“身在村里、心在单位”"])


def test_the_measures_under_a_fed_back_problem_and_a_heading_naming_a_category_are_no_problems() -> None:
    """A rectification report (held-out AP's shape): under （二）关于“…”问题, the 1. 2. of what was
    done are measures; （一）基本情况 under …现实困境 (held-out E) names what the point is about."""
    text = ("大化县巡视整改情况报告\n\n二、巡视反馈问题的整改落实情况\n\n"
            "（一）关于“部分村党组织软弱涣散，政治功能发挥不充分”问题\n\n"
            "1.拉网排查、靶向整顿。县委组织部会同乡镇排查。\n\n2.建强后备梯队。推行一村两储。\n\n"
            "三、现状与现实困境\n\n（一）基本情况\n\n大化县地处山区。\n\n（二）现实困境\n\n调研发现问题较多。\n")
    problems = {p for _, p in _faced(text)}
    assert {"部分村党组织软弱涣散", "政治功能发挥不充分"} <= problems
    assert not {"拉网排查、靶向整顿", "建强后备梯队", "基本情况", "现实困境"} & problems


def test_the_clauses_after_a_colon_announcing_shortcomings_are_problems_of_the_writers_county() -> None:
    """A county secretary's article (held-out BL's shape): 我们也清醒认识到，全县…还存在不少短板：
    A，B；C，D。 each clause a problem (not one giving a figure, not the remedy after the full
    stop), of the county the article names most, as it speaks of 我县 and 全县."""
    text = ("让红色物业扎根山乡\n中共酉阳土家族苗族自治县委书记　田墨林\n\n"
            "近年来，我县推行红色物业，全县小区实现全覆盖。我县的做法得到肯定。酉阳土家族苗族自治县地处武陵山区。\n\n"
            "在看到成效的同时，我们也清醒认识到，全县党建引领基层治理还存在不少短板：县城老旧小区基础设施欠账多，"
            "部分红色物业企业收支难以平衡，2023年仍有近三成托管小区依靠财政补贴运转；农村“空心化”问题突出，"
            "一些村的网格员、党员中心户年龄偏大；“信息多头报、数据重复填”现象仍然存在，基层负担仍需进一步减轻。"
            "对于这些问题，我们一定高度重视。\n")
    faced = _faced(text)
    assert {c for c, _ in faced} == {"酉阳土家族苗族自治县"}
    assert {p for _, p in faced} == {"老旧小区基础设施欠账多", "红色物业企业收支难以平衡", "空心化",
                                     "网格员、党员中心户年龄偏大", "“信息多头报、数据重复填”", "基层负担"}


def test_the_title_of_a_web_headline_without_its_column() -> None:
    """微党课｜“四议两公开”怎么议、怎么公开？——走进… (held-out BN): the work is cited without the
    column's name and the subtitle."""
    from graph.rdf import main_title

    assert main_title("微党课｜“四议两公开”怎么议、怎么公开？——走进平遥县岳壁乡东郭村") == "“四议两公开”怎么议、怎么公开？"
    assert main_title("【基层治理】小网格大治理") == "小网格大治理"


def test_a_first_person_article_on_its_county_speaks_for_the_county() -> None:
    """A county secretary's article whose title names no place (held-out BL's shape): it speaks
    of 全县 and 我们, names its county most, so the measures it reports are the county's; a
    third-person text on 全县 does not make its county the practiser of everything."""
    body = ("酉阳土家族苗族自治县地处武陵山区，酉阳土家族苗族自治县是民族县。\n\n"
            "近年来，我们坚持问题导向，全县小区实现全覆盖。我们的做法得到全县群众认可。\n\n"
            "在乡村，我们推行“院坝说事会”制度，全县群众参与。\n")
    ex = extract_document(make_document("以“一核三治”为引领 让“红色物业”扎根山乡\n\n" + body, path="t.txt"))
    labels = {m.key: m.label for m in ex.mentions}
    practised = {(labels[r.subject_key], labels[r.object_key]) for r in ex.relations
                 if r.predicate == Predicate.PRACTICES}
    assert ("酉阳土家族苗族自治县", "院坝说事会") in practised
    ex = extract_document(make_document("以“一核三治”为引领 让“红色物业”扎根山乡\n\n" + body.replace("我们", "该县"),
                                        path="t.txt"))
    assert not any(r.predicate == Predicate.PRACTICES and r.prov.rule == "relations.practices_title"
                   for r in ex.relations)


def test_a_journals_numbered_section_on_problems_and_the_two_places_its_subtitle_compares() -> None:
    """6 存在的问题 / 6.1 财政保障压力较大 … (held-out BV): a journal's section number with a space;
    its points are problems of both places the subtitle compares (山东寿光与福建长汀); a point
    naming a problem that ends in 不足 is one (后备力量不足), while 1 问题的提出 / 1.1 研究背景 is the
    question a paper asks."""
    text = ("县乡共管与专职化管理：村党组织书记队伍建设的两种路径\n——基于山东寿光与福建长汀的比较分析\n\n"
            "1 问题的提出\n\n1.1 研究背景\n\n党的二十大报告提出要求。\n\n6 存在的问题\n\n6.1 财政保障压力较大\n\n"
            "专职化管理需要稳定的资金。\n\n6.4 后备力量不足\n\n调研发现人才外流。\n")
    faced = _faced(text)
    # (what the research found under a point is a problem too: 调研发现|人才外流)
    assert faced == {(c, p) for c in ("寿光市", "长汀县") for p in ("财政保障压力较大", "后备力量不足", "人才外流")}


def test_points_inside_the_paragraph_that_announces_them_name_problems() -> None:
    """A township secretary's report (held-out BW, and BC, BF, C earlier): under 二、存在的问题, one
    paragraph announces the shortcomings, then 一是…。二是…。 each opens with the problem; 本人 is
    the speaker, not part of it."""
    text = ("三仓镇党委书记2024年度抓基层党建工作述职报告\n\n二、存在的问题\n\n"
            "一年来，全镇基层党建工作取得了一定成效，但仍存在一些差距。一是党建引领产业发展的深度不够。西瓜产业链条偏短。"
            "二是本人抓党建的精力投入不够均衡。三是基层基础保障仍有短板。\n\n三、下一步工作打算\n\n一是加强学习。\n")
    problems = {p for _, p in _faced(text)}
    assert {"党建引领产业发展的深度不够", "抓党建的精力投入不够均衡"} <= problems
    assert not any("加强学习" in p for p in problems)


def test_we_practise_what_a_first_person_article_reports_for_its_county() -> None:
    """A county secretary's theory article (held-out CC): 我们稳妥推进农村“三个一批”… with 我们 as the
    actor, the county the document speaks for practises it even when a village was named in the
    sentence before; a doctrine upheld (我们牢固树立“四个意识”) is no measure."""
    text = ("以高质量党建引领县域高质量发展\n——金寨县抓党建促乡村全面振兴的实践与思考\n\n汪启航\n\n"
            "金寨县地处大别山腹地。全县共有村党组织224个，我们把全县党员组织起来。\n\n"
            "高畈村把议事桌搬到田间地头。我们推行“三问于民”工作法，即问需于民、问计于民、问效于民。"
            "我们牢固树立“四个意识”。全县群众参与，我们的做法得到肯定。\n")
    practised = {(c, m) for c, m in _related(text, Predicate.PRACTICES)}
    assert ("金寨县", "三问于民") in practised
    assert ("金寨县", "四个意识") not in practised


def test_the_lead_unit_of_a_plans_task_practises_what_the_task_names() -> None:
    # held-out paper CQ (written for the tests): 牵头单位 closes the task's paragraph
    ex = extract_document(make_document("郴州市委党建办。\n（十二）深化乡村治理。推行“四议两公开”，推广“三清单一台账”做法。"
                                        "（牵头单位：市委组织部；责任单位：市农业农村局）\n", path="t.txt"))
    assert sorted((r.subject_key, r.object_key) for r in ex.relations
                  if r.predicate == Predicate.PRACTICES and r.prov.rule == "relations.practices_lead_unit") == [
        ("org/cn-431000/委组织部", "三清单一台账"), ("org/cn-431000/委组织部", "四议两公开")]


def test_a_body_that_issued_a_document_does_not_say_the_rest_of_the_sentence() -> None:
    # held-out paper CS (written for the tests): 印发的《…》， then the writers' own clauses
    text = ("依据中共中央办公厅、国务院办公厅印发的《关于加强和改进乡村治理的指导意见》，借鉴浙江省宁海县“小微权力36条”经验，"
            "围绕“权力进清单、清单进流程、流程进平台”的思路，着力密切党群干群关系。")
    ex = extract_document(make_document(text, path="t.txt"))
    assert not [r for r in ex.relations if r.predicate == Predicate.PROPOSED_BY and r.object_key.endswith("办公厅")]
    # a meeting that made a quoted decision proposed it (作出的“…”战略部署)
    ex = extract_document(make_document("紧扣党的十九届五中全会作出的“优先发展农业农村，全面推进乡村振兴”战略部署，抓好换届。",
                                        path="t.txt"))
    assert any(r.predicate == Predicate.PROPOSED_BY and r.object_key == "plenum-19-5"
               for r in ex.relations), [(r.subject_key, r.object_key) for r in ex.relations]


def test_a_problem_starts_after_but() -> None:
    # held-out paper CU (written for the tests): what was done, then 但 and what is still wrong
    rels = run("泼陂河镇非公企业党组织已经建了起来，但作用发挥不够明显。", places=("泼陂河镇",))
    faced = {o for _, o in of(rels, Predicate.FACES)}
    assert faced and not any(o.startswith("但") for o in faced), faced


def test_a_directive_to_carry_out_a_deployment_is_named_by_what_was_deployed() -> None:
    # held-out paper CV (written for the tests); 持续 is an adverb of the aim, not its name
    ex = extract_document(make_document("今年5月召开的全旗牧区基层党建工作推进会提出，要把党的二十届三中全会关于发展新型农村集体经济的"
                                        "部署落到实处，持续提升牧民组织化程度。", path="t.txt"))
    goals = {m.label: m.aliases for m in ex.mentions if m.kind == Kind.GOAL}
    assert "提升牧民组织化程度" in goals
    assert any("发展新型农村集体经济" in aliases for aliases in goals.values())


def test_a_plan_is_by_the_body_named_under_its_title_but_a_survey_team_is_not() -> None:
    body = "村民自治是基层群众自治制度在农村的具体实现形式。秭归县推行村落自治。\n\n"
    signed, doc_id = _signers("秭归县村“两委”换届工作实施方案\n\n中共秭归县委办公室\n\n" + body)
    assert signed == {("中共秭归县委办公室", doc_id)}
    # a team under the title is named by its members' lines: they are the authors, not the team
    signed, _ = _signers("关于秭归县村落自治工作的调研报告\n\n秭归县政协调研组\n\n" + body)
    assert signed == set()


def test_a_quoted_fault_a_place_is_said_to_be_in() -> None:
    # 存在/陷入/远近闻名的 before a quote: the quote is the fault; after a remedy (防止, 避免) it is not
    faced = _related("雷山县控拜村过去是远近闻名的“穷山沟”，村里的事一度陷入“干部干、群众看”。"
                     "控拜村还存在“重登记、轻运用”。控拜村防止“边整边散”。", Predicate.FACES)
    assert {o for _, o in faced} >= {"穷山沟", "干部干、群众看", "重登记、轻运用"}
    assert "边整边散" not in {o for _, o in faced}


def test_a_body_named_by_its_kind_alone_is_the_one_named_last() -> None:
    # 合作社推出“保底+分红”办法: the cooperative named a sentence up practises it
    text = ("山东省蒙阴县汉桥村党支部领办汉桥村富民果品专业合作社，农户入社率达73.9%。"
            "针对部分群众的顾虑，合作社推出“保底+分红”办法，入社农户每亩保底600元。")
    assert ("汉桥村富民果品专业合作社", "保底+分红") in _related(text, Predicate.PRACTICES)


def test_the_points_after_an_inspections_findings_are_the_inspected_countys_problems() -> None:
    """A city inspection group's feedback (held-out paper EC): a paragraph ends 巡察也发现一些问题。,
    then each point 一是…。二是… opens with a problem of the county inspected; the points after a
    sentence turning to the remedies (针对…, 整改措施) are not problems."""
    text = ("市委第三巡察组向平顺县委反馈乡村振兴领域专项巡察情况\n\n"
            "巡察认为，平顺县乡村振兴各项工作取得了一定成效。同时，巡察也发现一些问题。\n\n"
            "一是学习贯彻党中央和省委、市委决策部署不够深入。研讨交流多、研究解决实际问题少。\n\n"
            "二是衔接资金项目和资金管理不够规范。有9个项目未按期完工。\n\n"
            "针对巡察发现的问题，平顺县委将采取以下整改措施。\n\n一是抓实理论武装。\n\n二是健全长效机制。\n")
    faced = _faced(text)
    assert {("平顺县", "学习贯彻党中央和省委、市委决策部署不够深入"), ("平顺县", "衔接资金项目和资金管理不够规范")} <= faced
    assert not any(p in ("抓实理论武装", "健全长效机制") for _, p in faced)



def test_a_work_team_named_once_practises_what_工作队_sets_up_later() -> None:
    # held-out paper ED: the team is named once near the top, then 工作队 alone throughout, far from it
    text = ("同心筑堡垒 稻香满村庄\n\n"
            "村党群服务中心里，几位村民正围着驻村工作队队员打听今年稻谷订单的收购价格。\n\n"
            "进驻之初，队员逐户走访。村里的党员大会到会率不足一半。老党员说话少。\n\n"
            "支部班子年龄偏大。群众意见不少。大家商量后形成共识。村里开了会。会上定了事。\n\n"
            "针对部分老党员国家通用语言不熟练的实际，工作队开办“农牧民夜校”，讲党课、讲政策。"
            "工作队和村党支部一起推行“党员联户”机制。\n")
    practised = {(s, m) for s, m in _related(text, Predicate.PRACTICES)}
    assert {("驻村工作队", "农牧民夜校"), ("驻村工作队", "党员联户")} <= practised, practised


def test_a_first_secretarys_speech_speaks_for_the_village_he_is_stationed_in() -> None:
    # held-out paper EP: the speaker's line names the sending department and the village; 我们 is the village
    text = ("抓党建聚合力 把“水文章”写在黑土地上\n——在全县驻村第一书记座谈会上的发言\n\n"
            "黑龙江省水利厅驻泰来县宁姜蒙古族乡光荣村第一书记  孟庆军\n（2024年12月20日）\n\n各位领导、同志们：\n\n"
            "我们推行“以稻治碱”，把盐碱地改成了稻田。我们还推行“积分超市”，群众积极性很高。\n")
    practised = {(s, m) for s, m in _related(text, Predicate.PRACTICES)}
    assert {("光荣村", "以稻治碱"), ("光荣村", "积分超市")} <= practised, practised
    assert not any(s == "黑龙江省" for s, _ in practised)


def test_a_subtitle_on_one_units_practice_makes_it_the_practiser_of_its_measures() -> None:
    # held-out paper EX: the title names no place, the subtitle names the community whose practice it is
    text = ("党建引领“老小区”焕发新活力\n——南京市秦淮区朝天宫街道秣陵路社区小区治理的实践探索\n\n"
            "一、背景\n\n小区物业缺位，矛盾多发。\n\n二、做法\n\n推行“一楼一群”，每栋楼建一个微信群。"
            "建立“先尝后买”的物业服务模式。\n")
    practised = {(s, m) for s, m in _related(text, Predicate.PRACTICES)}
    assert {("秣陵路社区", "一楼一群"), ("秣陵路社区", "先尝后买")} <= practised, practised


def test_a_committees_meeting_bodies_do_not_practise_what_they_take_up() -> None:
    # held-out paper EC (written for the tests): the county practises, not its study group
    ex = extract_document(make_document("平顺县位于长治市。县委理论学习中心组专题学习“三联三促”工作机制。", path="t.txt"))
    labels = {m.key: m.label for m in ex.mentions}
    doers = {labels[r.subject_key] for r in ex.relations if r.predicate == Predicate.PRACTICES}
    assert not any(d.endswith("理论学习中心组") for d in doers)


@pytest.mark.parametrize(("head", "place"), [
    # blind papers GA and GB (written for the tests): the issuer's line, then perhaps the number
    ("中共兰考县东坝头镇委员会\n关于印发《2025年全镇党建工作要点》的通知\n", "东坝头镇"),
    ("中共巫山县委组织部\n\n巫山组发〔2025〕6号\n\n关于2024年度乡镇党委书记抓基层党建工作述职评议考核情况的通报\n",
     "巫山县"),
    ("关于2024年度乡镇党委书记抓基层党建工作述职评议考核情况的通报\n", None),
])
def test_a_notice_is_its_issuers_whose_line_stands_above_its_title(head: str, place: str | None) -> None:
    from graph.extract._title import report_place
    from graph.pipeline import load_components

    doc = make_document(head + "\n各乡镇党委：\n正文。\n", path="r.txt")
    ctx = DocContext(doc=doc, sentences=split_sentences(doc))
    for _, fn in load_components(["places"]):
        for item in fn(ctx):
            ctx.add(item)
    found = report_place(ctx)
    assert (found.label if found else None) == place


def test_an_item_on_a_counted_abbreviation_adds_no_parts_to_it() -> None:
    """An ordinal item on “三会一课” names other practices after it (主题党日, 党员积分管理): they are no
    fifth part of the four its numerals count (a national opinion, held-out JB, written for the
    tests); an item on a practice without counted items still holds what follows (一是打造…)."""
    text = ("（九）严格落实“三会一课”制度。村党组织要按期召开支部党员大会、支部委员会会议、党小组会，按时上好党课，"
            "每月开展1次主题党日。推行农村党员积分管理，积分结果作为民主评议党员的重要参考。\n")
    ex = extract_document(make_document(text, path="t.txt"))
    labels = {m.key: m.label for m in ex.mentions}
    parts = {labels.get(r.object_key, r.object_key) for r in ex.relations
             if r.predicate == Predicate.HAS_COMPONENT and labels.get(r.subject_key) == "三会一课"}
    assert parts and not parts & {"主题党日", "党员积分管理", "农村党员积分管理", "民主评议党员"}
    text = "一是打造“学习开拓型”班子。村党组织强化村干部定期学习制度，推行“党员积分管理”。\n"
    ex = extract_document(make_document(text, path="t.txt"))
    assert any(r.prov.rule == "relations.component_in_item" for r in ex.relations)


def test_in_a_report_of_several_speakers_we_is_the_speakers_village() -> None:
    """A competition of village secretaries (held-out JD, written for the tests): each speaker is
    introduced on a line of their own with their village, then says 我们 for it; their measures
    and difficulties are their village's, not the county's the title names. A case's heading
    (…村党支部书记张某某违规…问题) introduces no speaker."""
    text = ("会泽县举办村党组织书记“擂台比武”\n"
            "【1号选手】张明芬　娜姑镇白雾村党总支书记\n"
            "我们按照部署，推行“三统一分”，就是统一规划、统一招商、统一管护、分户经营。"
            "当然，短板我们也清楚：旺季停车难、接待能力不足，古建筑年久失修。\n"
            "【2号选手】李国富　待补镇野马村党支部书记\n"
            "我们村推行“两保一分红”，群众吃了定心丸。\n"
            "评委点评（吕芳）：希望把经验总结好。\n")
    ex = extract_document(make_document(text, path="t.txt"))
    labels = {m.key: m.label for m in ex.mentions}
    pairs = {(labels.get(r.subject_key), r.predicate, labels.get(r.object_key)) for r in ex.relations}
    assert ("白雾村", Predicate.PRACTICES, "三统一分") in pairs
    assert ("野马村", Predicate.PRACTICES, "两保一分红") in pairs
    assert not any(s == "野马村" and o == "三统一分" for s, _, o in pairs)
    assert any(s == "白雾村" and p == Predicate.FACES for s, p, _ in pairs)
    from graph.extract._speakers import speaker_places
    from graph.pipeline import DocContext

    case = ("浠水县纪委监委通报典型问题\n一、清泉镇堰桥村党支部书记张某某违规发放补贴问题\n"
            "2022年，张某某违规发放补贴。我们要引以为戒。\n二、巴河镇茅江港村党支部书记李某某优亲厚友问题\n"
            "李某某优亲厚友，我们要引以为戒。\n")
    doc = make_document(case, path="c.txt")
    cx = extract_document(doc)
    ctx = DocContext(doc=cx.doc, sentences=cx.sentences)
    ctx.mentions = list(cx.mentions)
    assert speaker_places(ctx) == {}


def test_a_self_examination_under_its_branchs_line_is_the_branchs_practice() -> None:
    """A village branch's 对照检查材料, its name on the line above the title (held-out PB, written for
    the tests): what 我们 practise is the branch's and its village's; not so under a line that is not
    the branch's own account."""
    def practised(head: str) -> set[tuple[str, str]]:
        return _practised(head + "\n\n一、存在的问题\n我们推行“一户一策”帮扶，但落实不够精准。\n", "relations.practices_we")

    assert practised("中共福鼎市磻溪镇赤溪村支部委员会\n2024年度组织生活会对照检查材料") == {
        ("赤溪村", "一户一策"), ("中共福鼎市磻溪镇赤溪村支部委员会", "一户一策")}
    assert not any(who.startswith("中共") for who, _ in practised("中共福鼎市磻溪镇赤溪村支部委员会\n赤溪村茶产业的发展与思考"))


def test_a_self_examinations_points_under_its_aspects_are_its_villages_problems() -> None:
    """A village branch's 对照检查材料 (held-out PB, written for the tests): the points 一是… under
    an aspect's heading （一）…方面 in 一、存在的问题 are problems of the village the branch's line
    above the title names; the aspect is none."""
    text = ("中共福鼎市磻溪镇赤溪村支部委员会\n2024年度组织生活会对照检查材料\n\n一、存在的问题\n\n"
            "（一）学习贯彻党的创新理论方面\n\n一是学用结合不够紧密。在党纪学习教育中，学习和工作结合不紧。\n\n"
            "二是学习形式比较单一。集中学习仍以读文件为主。\n\n（二）基层组织建设方面\n\n"
            "一是后备力量储备不足。35岁以下党员只有3名。\n\n二、整改措施\n\n一是完善学习制度。\n")
    ex = extract_document(make_document(text, path="t.txt"))
    problems = {m.key: m.label for m in ex.mentions if m.kind == Kind.PROBLEM}
    faced = {(r.subject_key, problems[r.object_key]) for r in ex.relations if r.predicate == Predicate.FACES}
    assert {("cn-350982/磻溪镇/赤溪村", p) for p in ("学用结合不够紧密", "学习形式比较单一", "后备力量储备不足")} <= faced
    assert not any("方面" in p or "完善学习制度" in p for p in problems.values())


def test_problems_listed_before_等困境_and_not_an_examples_place() -> None:
    """Ten cases of a province (held-out PC, written for the tests): the subject of the sentence,
    not a village given as an example of its kind (陈家铺村等古村落), faces what is listed before
    等困境."""
    text = ("松阳县是全国传统村落较为集中的县。四都乡地处高山台地，陈家铺村等古村落依山而建，"
            "但长期面临人口空心化、老屋闲置、产业薄弱等困境。\n")
    ex = extract_document(make_document(text, path="t.txt"))
    problems = {m.key: m.label for m in ex.mentions if m.kind == Kind.PROBLEM}
    faced = {(r.subject_key, problems[r.object_key]) for r in ex.relations if r.predicate == Predicate.FACES}
    assert {("cn-331124/四都乡", p) for p in ("人口空心化", "老屋闲置", "产业薄弱")} <= faced
    assert not any(who.endswith("陈家铺村") for who, _ in faced)


def test_a_congress_proposes_what_its_report_says() -> None:
    """党的二十大报告提出…: the report and the congress are both named as proposers (the held-out golds
    name one or the other, about as often)."""
    ex = extract_document(make_document("党的二十大报告提出，坚持大抓基层的鲜明导向。\n", path="t.txt"))
    by = {r.object_key for r in ex.relations if r.predicate == Predicate.PROPOSED_BY}
    assert by == {"congress-20", "doc:congress-20:报告"}
    # a document no meeting issued has no meeting as proposer
    ex = extract_document(make_document("《中国共产党农村基层组织工作条例》提出，坚持大抓基层的鲜明导向。\n", path="t.txt"))
    assert not any(r.object_key.startswith("congress") for r in ex.relations if r.predicate == Predicate.PROPOSED_BY)


def test_a_branchs_meeting_record_is_its_own_account_and_a_meeting_room_no_meeting() -> None:
    """A village branch's 党员大会会议记录 under its name (held-out QA, written for the tests): what it
    carries out with no doer named is the branch's; the room the meeting is held in is no meeting."""
    text = ("中共井冈山市茅坪镇神山村支部委员会\n党员大会会议记录\n\n会议地点：神山村党群服务中心二楼会议室\n\n"
            "严格落实“四议两公开”，对冷库项目进行表决。\n")
    ex = extract_document(make_document(text, path="t.txt"))
    labels = {m.key: m.label for m in ex.mentions}
    practised = {labels.get(r.subject_key, r.subject_key) for r in ex.relations
                 if r.predicate == Predicate.PRACTICES and labels.get(r.object_key) == "四议两公开"}
    assert any(who.startswith("中共井冈山市茅坪镇神山村支部") for who in practised)
    assert not any(m.kind == Kind.EVENT and "会议室" in ex.doc.text[m.start:m.end + 1] for m in ex.mentions)


def test_a_paragraphs_topic_place_faces_its_problems() -> None:
    """Ten cases of a province (held-out PC, written for the tests): the sentence before the problems
    names two places (浙江省, 该镇); the place the paragraph opens with faces them."""
    text = ("天荒坪镇是“绿水青山就是金山银山”理念的诞生地。2005年8月，时任浙江省委书记习近平在该镇余村考察时，"
            "首次提出这一重要理念。近年来，随着乡村旅游持续升温，镇内民宿快速扩张，也一度出现了生态管护责任不清、"
            "村民参与意愿不强、年轻人才留不住等问题。\n")
    ex = extract_document(make_document(text, path="t.txt"))
    problems = {m.key: m.label for m in ex.mentions if m.kind == Kind.PROBLEM}
    faced = {(r.subject_key, problems[r.object_key]) for r in ex.relations if r.predicate == Predicate.FACES}
    assert ("cn-330523/天荒坪镇", "生态管护责任不清") in faced
    assert not any(who == "cn-330000" for who, _ in faced)


def test_faces_a_loss_of_people_or_land_a_slack_body_and_the_hardships_named_x_nan() -> None:
    """外流, 撂荒, 涣散, 淡薄, 频发 and X难 (停车难, 融资难) are verdicts; a time phrase before a
    problem (近年来) is its scene, not part of it; 难度 and 难以 are no hardships."""
    rels = run("通渭县近年来青壮年劳动力外流，部分耕地撂荒，矛盾纠纷频发。", places=("通渭县",))
    assert {o for _, o in of(rels, Predicate.FACES)} == {"青壮年劳动力外流", "耕地撂荒", "矛盾纠纷频发"}
    rels = run("历下区老旧小区停车难，小微企业融资难。", places=("历下区",))
    assert {o for _, o in of(rels, Predicate.FACES)} == {"老旧小区停车难", "小微企业融资难"}
    rels = run("历下区物业管理难度较大，村级事务管理难以规范。", places=("历下区",))
    assert not {o for _, o in of(rels, Predicate.FACES)} & {"物业管理难", "村级事务管理难"}


def test_the_problems_a_block_lists_under_its_place_head_line() -> None:
    """A township's report on rectifying villages (blind paper KM): 【松林村】 heads a block whose
    line 存在问题：A；B，C。 lists that village's problems, whatever their words."""
    text = ("中共镇雄县芒部镇委员会关于软弱涣散村党组织集中整顿工作情况的报告\n\n"
            "全镇松林村、庙河村2个村党组织被确定为软弱涣散村党组织。\n\n二、各村整顿情况\n\n"
            "【松林村】\n\n存在问题：村党总支班子不团结，“两委”成员之间互不配合；“三会一课”流于形式。\n\n"
            "整顿措施：一是调整班子。\n\n【庙河村】\n\n存在问题：党员队伍结构老化，后备力量严重不足。\n")
    faced = _faced(text)
    assert {("松林村", "村党总支班子不团结"), ("松林村", "“两委”成员之间互不配合"), ("庙河村", "党员队伍结构老化"),
            ("庙河村", "后备力量严重不足")} <= faced
    assert not any(p == "芒部镇" and o == "村党总支班子不团结" for p, o in faced)


def test_a_problem_starts_after_a_year_a_time_word_and_the_places_listed_before_it() -> None:
    """(blind papers NU, OE, OF) 2023年|村集体…不足5万元, 过去|产业基础薄弱, 浙源乡、大鄣山乡等|偏远…:
    the year, the time word and the 等 closing a list of places are no part of the problem."""
    faced = {o for _, o in _faced("湄潭县地处山区，2023年村集体经营性收入不足5万元。")}
    assert faced and not any(o.startswith("年") for o in faced)
    assert ("湄潭县", "产业基础薄弱") in _faced("湄潭县地处山区，过去产业基础薄弱，群众增收难。")
    assert not any(o.startswith("等") for _, o in _faced("婺源县浙源乡、大鄣山乡等偏远乡镇党员年龄偏大。"))


def test_an_abbreviation_of_three_spelled_out_parts_has_their_items() -> None:
    """(blind paper RM) “一单两审三公示” with “一单”即…；“两审”即…；“三公示”即…: each part and its items are its own."""
    text = ("推行村务监督“一单两审三公示”。“一单”即小微权力清单；“两审”即村务监督委员会事前审核、乡镇纪委事后审查；"
            "“三公示”即村务公开栏公示、村民微信群公示、“阳光村务”小程序公示。")
    ex = extract_document(make_document("标题\n" + text, path="t.txt"))
    labels = {m.key: m.label for m in ex.mentions}
    whole = {labels[r.object_key] for r in ex.relations
             if r.predicate == Predicate.HAS_COMPONENT and labels.get(r.subject_key) == "一单两审三公示"}
    assert {"两审", "三公示", "村务监督委员会事前审核", "乡镇纪委事后审查", "村务公开栏公示", "村民微信群公示"} <= whole
