"""Mechanisms: quotes decided by grammar, named practices, numeric abbreviations and their parts."""

from __future__ import annotations

import pytest

from graph.extract import events, mechanisms
from graph.extract._components import agrees, numeral_of
from graph.extract._text import name_key
from graph.io import make_document
from graph.model import Kind, Mention, Predicate, RelationMention
from graph.pipeline import DocContext, resolve_overlaps
from graph.segment import split_sentences


def run(text: str) -> tuple[list[Mention], list[RelationMention]]:
    doc = make_document(text, path="t.txt")
    ctx = DocContext(doc=doc, sentences=split_sentences(doc))
    for item in events.extract(ctx):
        ctx.add(item)
    for item in mechanisms.extract(ctx):
        ctx.add(item)
    ms = resolve_overlaps(m for m in ctx.mentions if m.kind == Kind.MECHANISM)
    return ms, ctx.relations


def labels(text: str) -> set[str]:
    return {m.label for m in run(text)[0] if m.subtype != "component"}


@pytest.mark.parametrize(("surface", "key"), [
    ("“三访”工作机制", "三访"), ("“三访”长效工作机制", "三访"), ("“三访”", "三访"),
    ("“三型”班子建设工程", "三型"), ("“四新十无”工作机制", "四新十无"), ("党的十八大", "十八大"),
    ("“1+3+5”工作法", "1+3+5"), ("“三型”政党", "三型政党"),
])
def test_name_key_merges_surface_forms(surface: str, key: str) -> None:
    assert name_key(surface) == key


@pytest.mark.parametrize(("term", "numeral", "by_chars"), [
    ("三访", 3, False), ("双联系", 2, False), ("十六字要求", 16, True), ("四新十无", 14, False), ("三个注重", 3, False),
    # the 一 of a word is no item (统一 "unify", 合一 "into one", 一体 "one body"); 三会一课 has four
    ("三统一", 3, False), ("四算合一", 4, False), ("五位一体", 5, False), ("三会一课", 4, False),
])
def test_numeral_of(term: str, numeral: int, by_chars: bool) -> None:
    assert numeral_of(term) == (numeral, by_chars)


def test_head_noun_after_quote_joins_the_label() -> None:
    ms, _ = run("金山区枫泾镇新黎村在领导班子建设方面勇于创新,创造性提出了“三型”班子建设工程。")
    (m,) = ms
    assert (m.label, m.key, m.subtype) == ("三型班子", "三型", "numeric_abbreviation")
    assert "“三型”班子建设工程" in m.aliases
    assert m.attr("numeral") == "3"


def test_namely_expansion_agrees_with_numeral() -> None:
    ms, rels = run("通过“三访”,即党员领导干部联系走访、党员干部上门家访、党员实地巡访,使广大党员干部能“沉得下去、看得清楚、帮得上忙、分得了忧”。")
    parts = {r.object_key for r in rels if r.predicate == Predicate.HAS_COMPONENT and r.subject_key == "三访"}
    assert parts == {"党员领导干部联系走访", "党员干部上门家访", "党员实地巡访"}
    top = next(m for m in ms if m.key == "三访")
    assert (top.attr("component_count"), top.attr("components_agree")) == ("3", "true")
    assert "沉得下去、看得清楚、帮得上忙、分得了忧" in {m.label for m in ms}


def test_parenthesis_expansion_with_commas_inside_items() -> None:
    _, rels = run("确立了以“双联系”(机关联系基层,党员联系群众)促进“双增”(增进党群、干群关系,增强机关、基层活力)的工作目标。")
    comp = {(r.subject_key, r.object_key) for r in rels if r.predicate == Predicate.HAS_COMPONENT}
    assert ("双联系", "机关联系基层") in comp and ("双联系", "党员联系群众") in comp
    assert ("双增", "增进党群,干群关系") in comp and ("双增", "增强机关,基层活力") in comp


def test_disagreeing_count_is_kept_with_lower_confidence() -> None:
    ms, rels = run("推行“三访”,即党员领导干部联系走访、党员干部上门家访。")
    top = next(m for m in ms if m.key == "三访")
    assert top.attr("components_agree") == "false"
    assert all(r.prov.confidence < 0.5 for r in rels)


def test_list_before_counted_term_by_characters() -> None:
    ms, rels = run("农村基层党组织要按照“推动发展、服务群众、凝聚人心、促进和谐”的十六字要求,进一步发挥作用。")
    top = next(m for m in ms if m.label == "十六字要求")
    assert top.attr("components_agree") == "true"
    assert top.text == "十六字要求"
    assert {r.object_key for r in rels} == {"推动发展", "服务群众", "凝聚人心", "促进和谐"}


@pytest.mark.parametrize("text", [
    "明确了“产业兴旺、生态宜居、乡风文明、治理有效、生活富裕”的二十字总要求。",
    "围绕党的十九大提出的“产业兴旺、生态宜居、乡风文明、治理有效、生活富裕”二十字总要求,以建强村级组织为基础。",
])
def test_list_before_counted_general_requirement(text: str) -> None:
    """A 总要求 (general requirement) counts its list like a 要求, with or without 的 between them."""
    ms, rels = run(text)
    top = next(m for m in ms if m.label == "二十字总要求")
    assert top.attr("components_agree") == "true"
    assert {r.object_key for r in rels} == {"产业兴旺", "生态宜居", "乡风文明", "治理有效", "生活富裕"}


def test_a_counted_aim_is_a_term_and_two_terms_are_spelled_out_in_turn() -> None:
    """“三个提升” names a policy's counted aims (not a result, as 双下降 is); “两个确保”“三个提升”，即
    A、B，C、D、E: each term's items are the clause of its count (blind papers NY, OF)."""
    ms, rels = run("以提升乡村产业发展水平、提升乡村建设水平、提升乡村治理水平这“三个提升”为重点。")
    assert "三个提升" in {m.label for m in ms}
    _, rels = run("提出“两个确保”“三个提升”，即确保国家粮食安全、确保不发生规模性返贫，提升乡村产业发展水平、"
                  "提升乡村建设水平、提升乡村治理水平。")
    parts = {(r.subject_key, r.object_key) for r in rels}
    assert {("三个提升", "提升乡村产业发展水平"), ("三个提升", "提升乡村建设水平"), ("三个提升", "提升乡村治理水平"),
            ("两个确保", "确保国家粮食安全"), ("两个确保", "确保不发生规模性返贫")} <= parts
    assert not any(s == "三个提升" and o.startswith("确保") for s, o in parts)
    ms, _ = run("全县实现“双下降”。")
    assert "双下降" not in {m.label for m in ms}


@pytest.mark.parametrize("text", [
    "建立“三张清单”工作机制，梳理需求清单、资源清单、项目清单，累计解决企业用工难题213个。",
    "天河区探索推行“三张清单”工作法，由街道党工委统筹梳理新就业群体“需求清单”、辖区单位“资源清单”和共建“项目清单”，实行清单化管理。",
    "（一）“三张清单”精准对接。由街道社区梳理需求清单、机关支部梳理资源清单、双方协商形成项目清单,实行清单化管理。",
])
def test_the_noun_a_measure_word_counts_ends_each_item(text: str) -> None:
    """(blind papers OI, OJ, OK) “三张清单”: the items are the lists named later, each after its own
    verb or in its quote (张 is the measure word, 清单 the noun counted)."""
    _, rels = run(text)
    assert {r.object_key for r in rels if r.subject_key == "三张清单"} == {"需求清单", "资源清单", "项目清单"}


def test_ordinal_sentences_after_counted_quote() -> None:
    text = ("第三,村党组织关注民生解决民生问题,需要有三个“注重”。一是要注重倾听民声、体察民意。解决民生的前提是了解问题。"
            "二是要注重为弱势群体解困,缩小贫富差距。三是要注重让群众共建共享改革发展成果。")
    ms, rels = run(text)
    top = next(m for m in ms if m.key == "三个注重")
    assert top.attr("component_count") == "3"
    assert "注重倾听民声、体察民意" in {m.label for m in ms if m.subtype == "component"}


def test_ordinal_items_that_are_quoted_practices() -> None:
    text = "创造性提出了“三型”班子建设工程。一是打造“学习开拓型”班子。新黎村党组织以高素质为目标。二是打造“务实高效型”班子。三是打造“爱民亲民型”班子。"
    _, rels = run(text)
    assert {r.object_key for r in rels if r.subject_key == "三型"} == {"学习开拓型", "务实高效型", "爱民亲民型"}


@pytest.mark.parametrize("text", [
    "湘西州农村党员“老龄化”程度高,45岁以上党员超过了55%。",  # a problem
    "党员巡访员成了向下了解情况,向上反馈情况的“中介”。",  # a metaphor
    "我们围绕“湘西州农村基层党组织建设”这个主题进行调研。",  # a title of a topic
    "应重点突出“服务”二字。",
    "处在“老、少、边、穷”的湘西州。",
])
def test_quotes_that_are_not_mechanisms(text: str) -> None:
    assert labels(text) == set()


@pytest.mark.parametrize(("text", "label"), [
    ("铺筑“连心路”、架起“爱心桥”、办好“民心事”。", "连心路"),
    ("花垣县的团岩坪村党支部注重“启用能人”的工作机制。", "启用能人"),
    ("要按照“民办、民营、民受益”的原则,引导农民发展专业合作社。", "民办、民营、民受益"),
    ("一是以基层班子换届选举为契机,积极推行村党组织换届选举“公推直选”。", "公推直选"),
    ("如,上海金山银龙蔬菜公司,是“公司+基地+农户”性质的农业产业化龙头企业。", "公司+基地+农户"),
    ("结合“精准扶贫”计划,加强对村支部书记的轮训。", "精准扶贫"),
])
def test_quoted_mechanisms(text: str, label: str) -> None:
    assert label in labels(text)


def test_chained_quotes_after_one_verb() -> None:
    assert {"连心路", "爱心桥", "民心事"} <= labels("铺筑“连心路”、架起“爱心桥”、办好“民心事”。")


@pytest.mark.parametrize(("text", "label"), [
    ("首先,建立健全党员发展机制。", "党员发展机制"),
    ("以听民声、察民情、办实事为抓手,探索村干部家访制度。", "村干部家访制度"),
    ("要引入第三方评价体系,第三方评价要以体现民意为主导向。", "第三方评价体系"),
    ("而是作了一个大胆创新,实行厂房置换,即将资金用于在工业区建造标准厂房。", "厂房置换"),
    ("比如,党员巡访服务岗已经在枫泾镇新春村党员群众中得到了普遍认可。", "党员巡访服务岗"),
    # corpus: a local regulation
    ("村民委员会应当建立健全村务公开制度,接受村民监督。", "村务公开制度"),
])
def test_named_practices(text: str, label: str) -> None:
    assert label in labels(text)


@pytest.mark.parametrize("text", ["要建立健全相关机制,加强执行力建设。", "湘西州农村党组织陈旧的工作机制已不能满足需要。"])
def test_generic_practices_skipped(text: str) -> None:
    assert labels(text) == set()


def test_reported_speech_keeps_enumerated_first_clause() -> None:
    ls = labels("党的十七届四中全会指出要“坚持围绕中心、服务大局、拓宽领域、强化功能,进一步巩固和加强党的基层组织建设。”")
    assert ls == {"坚持围绕中心、服务大局、拓宽领域、强化功能"}


def test_long_reported_speech_is_not_a_mechanism() -> None:
    assert labels("党的十八大报告强调,“以服务群众,做群众工作为主要任务,加强基层服务型党组织建设”。") == set()


def test_ascii_quotes_and_plan_period() -> None:
    ls = labels('该县推行"1+3+5"工作法,并实施"十四五"规划。')
    assert "1+3+5" in ls
    assert not any("十四五" in x and "numeric" in x for x in ls)


def test_agreement_check() -> None:
    assert agrees(16, True, ["推动发展", "服务群众", "凝聚人心", "促进和谐"])
    assert not agrees(3, False, ["a", "b"])


def test_maxims_are_slogans_even_from_one_to_the_other() -> None:
    got = {m.label: m.subtype for m in run("强调服务理念要从“以人为本”到“服务为本”的提升。")[0]}
    assert got == {"以人为本": "quoted_slogan", "服务为本": "quoted_slogan"}


@pytest.mark.parametrize("text", [
    # corpus: a provincial government work report (results and idioms shaped like 三访)
    "生产安全事故起数、死亡人数“双下降”。",
    "山东体育代表团勇夺全运会“五连冠”。",
    "19条标志性产业链立起先进制造业强省“四梁八柱”。",
])
def test_numeric_shapes_that_are_results_or_idioms(text: str) -> None:
    assert labels(text) == set()


def test_named_practice_before_deng_drops_it() -> None:
    # corpus: 开展科技成果转化专项行动，健全完善揭榜挂帅等机制
    assert "揭榜挂帅机制" in labels("开展科技成果转化专项行动，健全完善揭榜挂帅等机制，提升对接功能。")


def test_quoted_name_with_its_own_head_is_a_programme() -> None:
    (m,) = [m for m in run("四、抓好“村干部队伍人才工程”建设,增强农村基层党组织的服务能力")[0]]
    assert (m.label, m.subtype) == ("村干部队伍人才工程", "program")


def test_heading_practice_spelled_out_by_ordinal_paragraphs() -> None:
    text = ("四、抓好“村干部队伍人才工程”建设,增强农村基层党组织的服务能力\n\n"
            "建设社会主义新农村,更要靠一支优秀能干的村干部队伍。\n\n"
            "第一,优化班子队伍的结构。要不断优化班子队伍的结构,一是以换届选举为契机。二是选好人。\n\n"
            "第二,提升引领发展的能力。能力的提升需要扎实理论作基础。\n\n"
            "这是结语。\n")
    ms, rels = run(text)
    parts = {r.object_key for r in rels if r.predicate == Predicate.HAS_COMPONENT}
    assert parts == {"优化班子队伍的结构", "提升引领发展的能力"}
    assert all(r.prov.rule == "components.ordinal_heading" for r in rels if r.predicate == Predicate.HAS_COMPONENT)


def test_a_date_written_in_numerals_is_not_a_numeric_abbreviation() -> None:
    from graph.extract.mechanisms import is_numeric

    assert not is_numeric("七一") and not is_numeric("十一")
    assert is_numeric("三访") and is_numeric("四新十无")


# -- the fast paths give what the plain forms give ---------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from graph.extract._text import han_run_matches  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8), st.sampled_from([0.6, 0.8, 1.0])), max_size=12))
def test_drop_overlaps_is_the_pairwise_rule(raw: list[tuple[int, int, float]]) -> None:
    specs = [mechanisms._Spec(s, s + n, "x", "named_practice", "r", confidence=c) for s, n, c in raw]
    want: list[mechanisms._Spec] = []
    for s in sorted(specs, key=lambda s: (-(s.end - s.start), s.start, -s.confidence)):
        if all(s.end <= c.start or s.start >= c.end for c in want):
            want.append(s)
    assert [id(s) for s in mechanisms._drop_overlaps(specs)] == [id(s) for s in want]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="，。：\n“”三十六字要求方针原则诀工作法机制制度计划模式已在是党员服务岗ab", max_size=40))
def test_run_scans_are_the_plain_scans(text: str) -> None:
    for pat, hint, start in ((mechanisms._COUNT_TERM, mechanisms._COUNT_TERM_HINT, False),
                             (mechanisms._CLAUSE_NAMED, mechanisms._CLAUSE_NAMED_HINT, True)):
        got = [(m.span(), m.groupdict()) for m in han_run_matches(pat, hint, text, run_start=start)]
        assert got == [(m.span(), m.groupdict()) for m in pat.finditer(text)]


def test_reported_speech_and_a_manner_are_no_mechanisms() -> None:
    """Party-branch news and a 2026 work report: advice quoted after a colon, 以“…”的 + an attitude."""
    from graph.io import make_document
    from graph.pipeline import extract_document

    text = ("他提出宝贵建议：“要多读经典文献，关注专业领域的热点与前沿，提升科研素养、完善知识结构。”"
            "我们要以“舍我其谁”的建功之志，奋力前行。以“高位推动”抓牢先机。重点布局：“两带、三村、十区”。")
    ex = extract_document(make_document(text, path="m.txt"))
    assert sorted(m.label for m in ex.mentions if m.kind.value == "Mechanism") == ["两带、三村、十区", "高位推动"]


def test_a_run_of_results_and_a_historical_set_phrase_are_no_practices() -> None:
    """Work reports: 实现“十连丰”, 考核“六连A” report results; “四人帮” (1978) names a faction."""
    from graph.io import make_document
    from graph.pipeline import extract_document

    text = "粮食生产实现“十连丰”。农民工工资支付工作考核“六连A”。深入揭批“四人帮”。坚定“四个自信”。"
    ex = extract_document(make_document(text, path="m.txt"))
    assert [m.label for m in ex.mentions if m.kind.value == "Mechanism"] == ["四个自信"]


def _parts(rels: list[RelationMention], key: str) -> list[str]:
    return [r.object_key for r in rels if r.predicate == Predicate.HAS_COMPONENT and r.subject_key == name_key(key)]


def test_items_after_a_colon_when_their_count_is_the_promised_one() -> None:
    # a provincial report's glossary (corpus 0078)
    _, rels = run("“三张图”：治安态势感知图、风险隐患图、可用资源图。")
    assert _parts(rels, "三张图") == ["治安态势感知图", "风险隐患图", "可用资源图"]
    _, rels = run("“三通一码”：赣服通、赣政通、赣企通、赣通码。")
    assert _parts(rels, "三通一码") == ["赣服通", "赣政通", "赣企通", "赣通码"]
    # two items for three: a colon may open a mere explanation, so nothing is read
    _, rels = run("“三张图”：治安态势感知图、风险隐患图。")
    assert _parts(rels, "三张图") == []


def test_the_list_shares_its_modifier_and_head_with_the_first_and_last_item() -> None:
    _, rels = run("13.重大慢性病防治“四早”工程：重大慢性病综合防治早预防、早干预、早发现、早诊治工程。")
    assert _parts(rels, "四早") == ["早预防", "早干预", "早发现", "早诊治"]


def test_one_line_per_item_below_a_line_that_ends_with_a_colon() -> None:
    # a prefecture's briefing (corpus 0180): slides' layout, one item a line
    text = "1. 四个行动促绿美\n实施四个专项行动：\n厕所革命\n生活污水治理\n生活垃圾治理\n村容村貌整治提升\n梯次推进净化、绿化、美化、亮化“微工程”。"
    _, rels = run(text)
    assert _parts(rels, "四个专项行动") == ["厕所革命", "生活污水治理", "生活垃圾治理", "村容村貌整治提升"]
    # numbered lines, and a name that carries a head noun after the quote
    text = ("“七个一点”资金筹措机制：\n1. 财政预算保障一点\n2. 向上争取一点\n3. 社会融资一点\n4. 发动社会力量支持一点\n"
            "5. 村集体资金投入一点\n6. 群众投工投劳一点\n7. 激励资金引导一点\n资金投入成效（截至2025年）：")
    _, rels = run(text)
    assert len(_parts(rels, "七个一点")) == 7 and _parts(rels, "七个一点")[0] == "财政预算保障一点"
    # the colon before the term opens the lines too
    _, rels = run("推进方式：“四个一批”\n提升达标\n重点新建\n鼓励自建\n引领带动\n建设内容：围绕五项内容34项标准推进。")
    assert _parts(rels, "四个一批") == ["提升达标", "重点新建", "鼓励自建", "引领带动"]


@pytest.mark.parametrize("text", [
    # three lines for four: not this list
    "实施四个专项行动：\n厕所革命\n生活污水治理\n生活垃圾治理\n二、下足协同推进“真功夫”",
    # prose under the line is no list of items
    "实施两个专项行动：\n各地要把农村人居环境整治作为实施乡村振兴战略的第一场硬仗抓紧抓好。\n同时推进村庄清洁行动。",
    # numbered lines out of order
    "“三道关口”：\n1. 资金投入\n3. 工程质量监督\n2. 设施管护",
])
def test_lines_that_are_not_the_promised_list(text: str) -> None:
    _, rels = run(text)
    assert not [r for r in rels if r.predicate == Predicate.HAS_COMPONENT]


def test_numeral_of_n_things_each_one() -> None:
    assert numeral_of("四个一批") == (4, False)
    assert numeral_of("七个一点") == (7, False)


@pytest.mark.parametrize(("text", "label"), [
    # a national act (corpus 0040) and a provincial report: the name follows the last verb
    ("鼓励种业科技成果转化，建立并实施种业国家安全审查机制。", "种业国家安全审查机制"),
    ("以多种方式与农民建立紧密型利益联结机制。", "紧密型利益联结机制"),
    ("加快实施数字基础设施提升行动。", "数字基础设施提升行动"),
])
def test_the_name_follows_the_last_verb(text: str, label: str) -> None:
    assert labels(text) == {label}


@pytest.mark.parametrize("text", ["扎实开展“八五”普法、第五次经济普查。", "“十四五”时期，我们完成了目标。", "推动“十五五”良好开局。"])
def test_a_five_year_plans_period_is_no_practice(text: str) -> None:
    assert labels(text) == set()


@pytest.mark.parametrize("text", ["坚决纠治“四风”顽疾。", "坚决反对“台独”分裂行径。", "不搞“一刀切”。", "“七五”计划草案规定了任务。"])
def test_what_is_fought_and_a_plans_name_are_no_practices(text: str) -> None:
    assert labels(text) == set()


@pytest.mark.parametrize("text", ["实施一批重大工程，推进系列行动。", "加强人口与计划生育工作。", "健全主流媒体系统。"])
def test_a_count_a_scope_or_a_longer_word_is_no_name(text: str) -> None:
    assert labels(text) == set()


def test_a_name_runs_past_a_word_holding_its_head() -> None:
    # a national work report: 计划 in 计划生育 is no head
    assert labels("建立农村计划生育家庭奖励制度。") == {"农村计划生育家庭奖励制度"}


def test_what_the_last_item_says_of_the_whole_list_is_cut_off() -> None:
    _, rels = run("一是实施“三治融合”，即自治、法治、德治相结合，提升乡村治理水平。")
    assert _parts(rels, "三治融合") == ["自治", "法治", "德治"]


@pytest.mark.parametrize(("text", "label"), [
    ("全面落实意识形态工作责任制。", "意识形态工作责任制"),
    ("完善家庭联产承包责任制。", "家庭联产承包责任制"),
    ("推行党员积分制管理。", "党员积分制管理"),
    ("认真执行国家公务员制度。", "国家公务员制度"),
    ("健全基层农技推广服务体系。", "基层农技推广服务体系"),  # 推广 inside a name stays
])
def test_responsibility_systems_and_leading_verbs(text: str, label: str) -> None:
    assert labels(text) == {label}


def test_a_managed_by_grid_practice_and_the_longer_name_it_heads() -> None:
    assert labels("推行网格化管理，实现小事不出网格。") == {"网格化管理"}
    assert labels("健全网格化管理服务机制。") == {"网格化管理服务机制"}


def test_the_pairs_a_system_joins_are_its_parts() -> None:
    # the sample's 湘西州 paper
    _, rels = run("要建立健全监督机制，将党内监督与人民监督相结合、法律监督与社会监督相结合，突显人民群众在监督体系中的主体地位。")
    assert sorted(_parts(rels, "监督机制")) == sorted(["党内监督", "人民监督", "法律监督", "社会监督"])
    # a State Council white paper on pensions (corpus 0126)
    _, rels = run("建立企业职工基本养老保险制度，实行社会统筹与个人账户相结合。")
    assert sorted(_parts(rels, "企业职工基本养老保险制度")) == ["个人账户", "社会统筹"]
    # what follows is not a pair joined: nothing is read
    _, rels = run("要建立健全监督机制，使党员与群众的联系更加紧密。")
    assert _parts(rels, "监督机制") == []


def test_the_next_sentence_spells_out_a_count() -> None:
    # a probe paper written for the tests: 即 opens the next sentence
    _, rels = run("（二）推行“三个一”服务举措。即一本民情日记、一张联系卡、一个说事群，党员干部联系群众实现全覆盖。")
    assert _parts(rels, "三个一") == ["一本民情日记", "一张联系卡", "一个说事群"]
    # each item quoted and defined in its own clause
    _, rels = run("（一）建立“四个环节”运行机制。“说”，即每月固定一天为村民说事日，由村党支部书记主持；"
                  "“议”，即由村两委会商议办理意见；“办”，即明确责任人和办结时限；“评”，即办理结果由村民代表评议。")
    assert _parts(rels, "四个环节") == ["说", "议", "办", "评"]
    # three defined where four are promised: nothing is read
    _, rels = run("（一）建立“四个环节”运行机制。“说”，即村民说事；“议”，即村两委商议；“办”，即明确责任人。")
    assert _parts(rels, "四个环节") == []


def test_a_quoted_sentence_is_speech_not_a_slogan() -> None:
    # a probe news report written for the tests: the quote closes with its own full stop
    assert labels("“产业要发展，关键在支部。”雷山县委书记王刚介绍，全县推行村级事务“积分制”管理。") == {"积分制"}


def test_one_inner_item_shows_no_shared_head() -> None:
    # a probe paper written for the tests: 无电灯照明 keeps its last character
    _, rels = run("20世纪80年代，下党乡是出了名的“三无乡”，即无公路、无自来水、无电灯照明。")
    assert _parts(rels, "三无乡") == ["无公路", "无自来水", "无电灯照明"]


def test_a_sentence_said_in_talk_is_no_saying_but_a_pledge_is() -> None:
    # a probe paper written for the tests: 说 then a full sentence
    # (the whole pipeline: 驻村第一书记 is the post of the person named after it, no practice)
    from graph.pipeline import extract_document

    ex = extract_document(make_document("驻村第一书记李建国说：“要让群众的钱袋子鼓起来。”", path="t.txt"))
    assert [m.label for m in ex.mentions if m.kind == Kind.MECHANISM] == []
    # the sample's 湘西州 paper: a pledge quoted with its full stop is the gold's slogan
    found = labels("新一代领导集体在第一次记者见面会上更是承诺“人民对美好生活的向往,就是我们的奋斗目标。”")
    assert any(x.startswith("人民对美好生活的向往") for x in found)


def test_quotes_written_side_by_side_after_one_verb() -> None:
    # a probe notice written for the tests; a provincial report (corpus 0107)
    assert labels("（二）推行“积分制”“清单制”。") == {"积分制", "清单制"}
    assert labels("深化“最多跑一次”改革，推行“一网通办”“跨省通办”。") >= {"一网通办", "跨省通办"}


def test_an_item_that_mentions_a_quoted_practice_is_the_whole_item() -> None:
    # a probe notice written for the tests: 村“两委”会议商议 is the second step, not 两委
    _, rels = run("推行“四议两公开”工作法，即村党组织提议、村“两委”会议商议、党员大会审议、村民会议或村民代表会议决议，"
                  "决议公开、实施结果公开。")
    parts = _parts(rels, "四议两公开")
    assert len(parts) == 6 and parts[1] == name_key("村“两委”会议商议") and "两委" not in parts


def test_a_practice_named_by_the_counts_of_its_items() -> None:
    # a probe paper written for the tests: “135”工作法, one item per digit
    _, rels = run("（二）推行“135”工作法。即1个小时响应、3天内办结、5个工作日回访，确保居民诉求事事有回音。")
    assert _parts(rels, "135") == ["1个小时响应", "3天内办结", "5个工作日回访"]
    # a hotline or a year is no such code
    assert numeral_of("12345") == (None, False) and numeral_of("2025") == (None, False)


def test_a_plus_code_gets_one_item_per_part() -> None:
    # a probe paper written for the tests: each part defined in its own clause, in order
    # (a numbered part defined by as many items is those items: the 3 of “3”即A、B、C)
    _, rels = run("市北区构建“1+3+N”组织体系。“1”即社区党委，“3”即业委会、物业企业、社区居委会，“N”即驻区单位和社会组织。")
    assert _parts(rels, "1+3+N") == ["社区党委", "业委会", "物业企业", "社区居委会", "驻区单位和社会组织"]
    # a provincial report (corpus 0078): 指, and an explanation after a definition is no item
    _, rels = run("“1+5+N”疾控体系：“1”指省疾控中心，发挥龙头带动作用；“5”指5家区域疾控中心；“N”指其他市县疾控机构。")
    assert _parts(rels, "1+5+N") == ["省疾控中心", "5家区域疾控中心", "其他市县疾控机构"]
    # a news report (corpus 0019): a space before the head, then the items after a colon
    _, rels = run("汨罗市综治中心创新推出 “1+3+5” 工作法：融合一个智慧助手、构建三级矛盾调解体系、打造五大服务平台。")
    assert len(_parts(rels, "1+3+5")) == 3
    assert numeral_of("1+M+N") == (3, False)
    # a part left undefined: no items
    _, rels = run("构建“1+3+N”组织体系。“1”即社区党委，“3”即业委会、物业企业、社区居委会。")
    assert _parts(rels, "1+3+N") == []


def test_a_standard_abbreviation_not_spelled_out_gets_its_standard_items() -> None:
    # the Party's standard 三会一课, named without its items: they come from the data, not stated
    from graph.io import make_document
    from graph.pipeline import extract_document

    ex = extract_document(make_document("各支部要严格落实“三会一课”制度。", path="t.txt"))
    parts = [r for r in ex.relations if r.predicate == Predicate.HAS_COMPONENT]
    assert sorted(r.object_key for r in parts) == sorted(["支部党员大会", "支部委员会", "党小组会", "党课"])
    assert all(r.prov.rule == "components.standard" and not r.prov.stated for r in parts)
    assert {i.label for i in ex.implied if i.kind == Kind.MECHANISM} == {"支部党员大会", "支部委员会", "党小组会", "党课"}
    # spelled out in the text: the text's items, nothing from the data
    _, rels = run("推行“四议两公开”工作法，即村党组织提议、村“两委”会议商议、党员大会审议、村民会议或村民代表会议决议，"
                  "决议公开、实施结果公开。")
    assert not any(r.prov.rule == "components.standard" for r in rels)

    # the other ways an item is written are its names too (支部委员会会议, as many documents write it)
    implied = {i.label: i for i in ex.implied if i.kind == Kind.MECHANISM}
    assert "支部委员会会议" in implied["支部委员会"].alt_labels


def test_a_namely_list_joined_by_and_is_read_before_the_clause_after_it() -> None:
    # blind paper UD (written for the tests): A、B、C和D制度 is the four items; the clause after the
    # comma is no fifth
    _, rels = run("县委全面落实“三会一课”即支部党员大会、支部委员会会议、党小组会和党课制度，严格执行“四议两公开”。")
    assert sorted(_parts(rels, "三会一课")) == sorted(["支部党员大会", "支部委员会会议", "党小组会", "党课"])


# Probe papers written for the tests (a county report from 山东, papers on 贵州 and 江苏) and
# corpus reports: more shapes the genre spells a count out in.

def test_a_colon_list_whose_items_are_cut_at_commas_too() -> None:
    _, rels = run("他坚持“四议两公开”：村党支部会议提议、村“两委”联席会议商议、党员大会审议、村民代表会议决议，"
                  "决议公开、实施结果公开，村里大事小情都摆到桌面上。")
    parts = _parts(rels, "四议两公开")
    assert len(parts) == 6 and parts[0] == "村党支部会议提议" and parts[-1] == "实施结果公开"


def test_a_list_written_right_before_its_count() -> None:
    _, rels = run("网格员由党员中心户等担任，承担政策宣传、民情收集、隐患排查、帮办代办“四项职责”。")
    assert _parts(rels, "四项职责") == ["政策宣传", "民情收集", "隐患排查", "帮办代办"]
    # corpus 0071: after 、 the term is an item of the list, not its sum
    _, rels = run("坚持马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想。")
    assert _parts(rels, "三个代表") == []


def test_a_list_later_in_the_sentence_with_the_count_again() -> None:
    _, rels = run("县委组织部推行“五星”支部创建，按照组织建设星、产业发展星、生态宜居星、乡风文明星、平安治理星五个方面"
                  "设置评定标准，每年评定一次。")
    assert _parts(rels, "五星") == ["组织建设星", "产业发展星", "生态宜居星", "乡风文明星", "平安治理星"]


def test_ordinals_inside_the_sentences_after_the_term() -> None:
    _, rels = run("县里提出“四个一批”的消薄路径：一是盘活闲置资源资产发展一批，清理农村“三资”；二是领办专业合作社带动一批；"
                  "三是建设标准厂房和冷链仓储增收一批；四是片区抱团联建提升一批。")
    assert _parts(rels, "四个一批") == ["盘活闲置资源资产发展一批", "领办专业合作社带动一批",
                                      "建设标准厂房和冷链仓储增收一批", "片区抱团联建提升一批"]
    # a list far from the term is not its list
    _, rels = run("要坚决做到“两个维护”，这是最根本的政治要求，全体党员干部必须牢记在心、落实在行动上：一是坚持学习；二是坚持实干。")
    assert _parts(rels, "两个维护") == []


def test_a_heading_practice_spelled_out_in_the_paragraph_below() -> None:
    _, rels = run("（一）实施“三个一批”，把村级后备力量建强\n\n为了破解“选人难”的困境，要把后备力量建设作为基础工程来抓。"
                  "一是从外出务工经商人员中回引一批，吸引他们回村任职；二是从退役军人中培养一批，实行“传帮带”；"
                  "三是在35岁以下的优秀青年中储备一批。")
    assert _parts(rels, "三个一批") == ["从外出务工经商人员中回引一批", "从退役军人中培养一批", name_key("在35岁以下的优秀青年中储备一批")]


def test_the_genres_well_known_practices_named_bare() -> None:
    # from data (lexicon/data/genre_practices.txt), as the genre names them without quotes
    found = labels("仙谷山村推广积分超市、红黑榜等做法，完善院坝会、村民议事会等议事平台。")
    assert {"积分超市", "红黑榜", "院坝会", "村民议事会"} <= found
    # inside a name found before, it is that name's
    assert "积分超市" not in labels("开展“积分超市兑换日”活动。")


def test_a_quote_that_names_a_practice_by_its_head() -> None:
    # a probe news feature written for the tests
    assert "拯救老屋行动" in labels("借着全县推进“拯救老屋行动”的契机，强村公司把闲置农房集中流转过来。")
    assert "红色根脉强基工程" in labels("对照浙江省委部署的“红色根脉强基工程”，乡党委推行“三联”工作机制。")


def test_items_after_a_dash_and_a_count_of_parties() -> None:
    # probe papers written for the tests
    _, rels = run("四都乡党委在全乡推行“三联”工作机制——乡班子成员联村、党员联户、支部联产业。")
    assert _parts(rels, "三联") == ["乡班子成员联村", "党员联户", "支部联产业"]
    _, rels = run("望平社区建立“三方联动”机制，由社区党委统筹，小区党支部、业主委员会、物业服务企业三方每月召开联席会议。")
    assert _parts(rels, "三方联动") == ["小区党支部", "业主委员会", "物业服务企业"]
    _, rels = run("推行“1+X”抱团发展模式。“1”是一家乡级强村公司，负责统一招商；“X”是各村的特色业态。")
    first = _parts(rels, "1+X")[0]
    assert first.endswith("强村公司") and not first.startswith("一家")  # the company, not its count


def test_more_shapes_from_the_blind_papers() -> None:
    # probe papers written for the tests (河北阜平, 安徽金寨, 吉林和龙)
    _, rels = run("第二步，一村一策、集中整顿，落实“四个一”帮包机制，即一名县级领导联系、一个县直单位结对帮扶、"
                  "一名乡镇班子成员包村、一名驻村第一书记蹲点，对症施策。")
    assert len(_parts(rels, "四个一")) == 4
    _, rels = run("该镇推行“四办”服务，即马上办、就近办、网上办、一次办，努力让群众“最多跑一次”。")
    assert _parts(rels, "四办") == ["马上办", "就近办", "网上办", "一次办"]
    _, rels = run("分类建好“人才库”“项目库”“岗位库”这“三库”，实行动态管理。")
    assert _parts(rels, "三库") == ["人才库", "项目库", "岗位库"]
    _, rels = run("坚持组织推荐、个人自荐、群众举荐，“三荐”结合、公开比选。")
    assert _parts(rels, "三荐") == ["组织推荐", "个人自荐", "群众举荐"]
    _, rels = run("形成群众点单、支部派单、党员接单、群众评单的“四单”服务闭环。")
    assert _parts(rels, "四单") == ["群众点单", "支部派单", "党员接单", "群众评单"]
    _, rels = run("（一）以“三步走”推进整顿\n\n第一步，摸底排查、精准定位，开展自查。\n\n第二步，一村一策、集中整顿，对症施策。\n\n"
                  "第三步，验收销号、巩固提升，跟踪问效。")
    assert len(_parts(rels, "三步走")) == 3
    # a modifier list, and a list the term is coordinated into, are no items (corpus 0130, 0171)
    _, rels = run("要培养造就一支懂农业、爱农村、爱农民的“三农”工作队伍。")
    assert _parts(rels, "三农") == []
    _, rels = run("始终坚持马列主义、毛泽东思想、邓小平理论和“三个代表”的要求。")
    assert _parts(rels, "三个代表") == []


def test_a_campaign_named_after_a_numeric_abbreviation_names_the_practice_too() -> None:
    # a probe paper written for the tests (河北阜平): “两学一做”学习教育 is a campaign and 两学一做 a practice
    from graph.io import make_document
    from graph.pipeline import extract_document

    ex = extract_document(make_document("推动“两学一做”学习教育常态化制度化。", path="t.txt"))
    assert {(m.kind, m.text) for m in ex.mentions} >= {(Kind.MECHANISM, "“两学一做”"), (Kind.EVENT, "“两学一做”学习教育")}
    # a quote inside a meeting's or a document's name is still not a practice
    ex = extract_document(make_document("学习《关于“三个代表”的决定》。", path="t.txt"))
    assert not [m for m in ex.mentions if m.kind == Kind.MECHANISM and "三个代表" in m.label]


def test_members_taken_in_and_a_numbered_part_listed() -> None:
    # a probe paper written for the tests (湖南浏阳)
    _, rels = run("秧田村组建了“五老”调解队，吸纳老党员、老干部、老教师、老军人、老模范参与调解。")
    assert _parts(rels, "五老") == ["老党员", "老干部", "老教师", "老军人", "老模范"]
    _, rels = run("推行“1+3+N”模式：“1”即网格长，“3”即专职网格员、驻片民警、人民调解员三支骨干力量，“N”即多元力量。")
    assert _parts(rels, "1+3+N") == ["网格长", "专职网格员", "驻片民警", "人民调解员", "多元力量"]
    # a list after another verb is no list of members (corpus 0059)
    _, rels = run("坚持“五化”要求，推动稳中求进、难中求进、变中求进、学中求进、干中求进。")
    assert _parts(rels, "五化") == []


def test_plus_code_parts_defined_with_other_verbs_and_lists_joined_by_and() -> None:
    # a probe paper written for the tests (深圳南山区): 所谓“1”, 就是…这个核心; “3”指A、B和C三个层级;
    # “N”则涵盖A、B、C和D等多方力量
    _, rels = run("南山区推行“1+3+N”网格党建体系。所谓“1”,就是社区党委这个核心;“3”指网格党支部、楼栋党小组和党员中心户"
                  "三个层级;“N”则涵盖物业服务企业、业主委员会、驻区单位和社会组织等多方力量。")
    assert _parts(rels, "1+3+N") == ["社区党委", "网格党支部", "楼栋党小组", "党员中心户", "物业服务企业",
                                     "业主委员会", "驻区单位", "社会组织"]
    # lists nested in one part (…以及农技、金融等服务单位) stay one item
    _, rels = run("县委组织部推行“1+X”产业党建联盟：“1”是联盟党委，“X”是同一产业链上的村党组织、合作社党支部、"
                  "龙头企业党组织以及农技、金融等服务单位。")
    assert _parts(rels, "1+X") == ["联盟党委", "同一产业链上的村党组织,合作社党支部,龙头企业党组织以及农技,金融等服务单位"]
    # a counted list after the term whose first item follows 把 (每月把A、B、C、D四方请到…)
    _, rels = run("湾厦社区党委牵头建立“四方协商”机制,每月把社区党委、业主委员会、物业服务企业、社区工作站四方请到一张桌子前议事。")
    assert _parts(rels, "四方协商") == ["社区党委", "业主委员会", "物业服务企业", "社区工作站"]


def test_a_pair_joined_by_and_after_namely_and_talk_or_faults_are_no_slogans() -> None:
    # a probe paper written for the tests (云南剑川): 即A和B for a term of two, not the next clause
    _, rels = run("所谓村“两委”,即村党总支委员会和村民委员会,它们是党的路线方针政策在农村落地的“最后一公里”。")
    assert _parts(rels, "两委") == ["村党总支委员会", "村民委员会"]
    # corpus 0141: a bracket opening with 即
    _, rels = run("过去的加工贸易是“两头在外”（即原材料来源在外和产品销售市场在外）。")
    assert _parts(rels, "两头在外") == ["原材料来源在外", "产品销售市场在外"]
    ms, _ = run("村里的老党员赵阿贵讲故事,他说:“汉族、白族、彝族、傈僳族,在沙溪都是一家人。”"
                "积分制管理也存在“重登记、轻运用”的情况。")
    assert {m.label for m in ms} == {"积分制管理"}
    # the first item of a list before its count, without the verb that governs the list
    _, rels = run("联盟每季度梳理问题、任务、责任“三张清单”。")
    assert _parts(rels, "三张清单") == ["问题", "任务", "责任"]


def test_practices_held_opened_or_applied_to_a_group() -> None:
    # a probe paper written for the tests (深圳南山区)
    ms, _ = run("街道党工委推行网格员积分管理。居民也可以通过“网格通”小程序随手拍。每周六上午固定为“党员服务日”。"
                "社区党委每月在小区架空层举办一次“楼下议事会”。南光社区通过民生微实事完成楼道照明改造。")
    assert {m.label for m in ms} == {"网格员积分管理", "网格通", "党员服务日", "楼下议事会", "民生微实事"}
    ms, _ = run("会上，他定为本次会议的主持人。")
    assert ms == []


def test_practices_started_or_used_and_well_known_terms() -> None:
    # a probe paper written for the tests (云南剑川)
    ms, _ = run("全县村党组织书记和村委会主任“一肩挑”比例达到95.7%。李春燕到村后办起了“周三夜校”。"
                "农村党员在自家门口挂牌亮户。用好“周三夜校”“火塘会”等群众喜闻乐见的形式。")
    assert {m.label for m in ms} == {"一肩挑", "周三夜校", "挂牌亮户", "火塘会"}
    ms, _ = run("鼓励城乡劳动者创办“小而美”经济实体。")  # a kind of business, not a practice
    assert ms == []


def test_a_lever_named_by_a_practices_head_is_that_practice() -> None:
    # probe papers written for the tests (云南剑川; 重庆石柱)
    ms, _ = run("围绕铸牢中华民族共同体意识,全县以民族团结进步示范村创建为抓手,开展评选。"
                "石柱县以党组织领办合作社为抓手,盘活农村资源。")
    assert {m.label for m in ms} == {"民族团结进步示范村创建", "党组织领办合作社"}
    ms, _ = run("新黎村党组织以听民声、察民情、办实事为抓手,走访农户。")  # verb phrases: the sample's gold has an aim
    assert ms == []


def test_items_of_single_things_and_a_quoted_fault_heading() -> None:
    # a probe paper written for the tests (福建寿宁)
    _, rels = run("西浦村推行“五个一”工作法。一是建好一张小微权力清单，让村干部照单履职；二是设立一个廉情恳谈日，每月10日面对面交流；"
                  "三是公开一本村级明白账，每月晒出；四是评选一批清廉家风示范户；五是开设一堂廉政课，请老党员讲故事。")
    assert _parts(rels, "五个一") == ["建好一张小微权力清单", "设立一个廉情恳谈日", "公开一本村级明白账",
                                      "评选一批清廉家风示范户", "开设一堂廉政课"]
    ms, _ = run("（二）驻村力量与村级组织存在“两张皮”现象\n部分村把清廉村居建设理解为“上墙、挂牌、发手册”。")
    assert ms == []


def test_a_places_experience_and_the_genres_venues_with_a_two_character_stem() -> None:
    ms, _ = run("武义县在全国率先设立村务监督委员会的“后陈经验”。积分可在村里的“清风超市”兑换日用品。商圈建起“红色驿站”。")
    assert {m.label for m in ms} >= {"后陈经验", "清风超市", "红色驿站"}
    ms, _ = run("要把这项工作打造成人民群众的“满意工程”。")  # a metaphor's two-character stem
    assert ms == []


def test_a_pair_said_to_go_together_and_a_list_with_a_quote_inside_an_item() -> None:
    # a probe paper written for the tests (福建寿宁); corpus 0084 for 是指
    _, rels = run("下党乡把党员先锋积分和家庭文明积分合并为“双积分”管理。")
    assert _parts(rels, "双积分") == ["党员先锋积分", "家庭文明积分"]
    _, rels = run("下党乡推行党员先锋积分和家庭文明积分并行的“双积分”制度。")
    assert _parts(rels, "双积分") == ["党员先锋积分", "家庭文明积分"]
    _, rels = run("全乡推行群众提议、村“两委”商议、党员大会审议、村民会议决议的“四环联审”程序。")
    assert _parts(rels, "四环联审") == ["群众提议", "村两委商议", "党员大会审议", "村民会议决议"]
    _, rels = run("第二个“4”是指生物制造、氢能、脑机接口、具身智能等“四新”未来产业。")
    assert _parts(rels, "四新") == ["生物制造", "氢能", "脑机接口", "具身智能"]


def comps(text: str) -> dict[str, set[str]]:
    ms, rels = run(text)
    label = {m.key: m.label for m in ms}
    out: dict[str, set[str]] = {}
    for r in rels:
        if r.predicate == Predicate.HAS_COMPONENT:
            out.setdefault(label.get(r.subject_key, r.subject_key), set()).add(label.get(r.object_key, r.object_key))
    return out


def test_a_list_before_its_term_without_what_governs_or_ends_it() -> None:
    # probe papers written for the tests (宁夏泾源, 北京朝阳区, 广西龙胜)
    found = comps("结合党纪学习教育，泾源县还对17个移民村的资金、资产、资源开展“三资”专项清查。")
    assert found["三资"] == {"资金", "资产", "资源"}
    found = comps("为了提高响应率、解决率、满意率这“三率”，双井街道党工委推行接诉即办。")
    assert found["三率"] == {"响应率", "解决率", "满意率"}
    found = comps("县委组织部提出组织联建、产业联兴、生态联护、民族联心的“四联”目标。")
    assert found["四联"] == {"组织联建", "产业联兴", "生态联护", "民族联心"}
    # a verb that ends the first item itself is not cut (国有企业六大优势产业提升)
    found = comps("深入开展国有企业六大优势产业提升、省属企业战略性新兴产业培育、省属企业专精特新企业培育“三大行动”。")
    assert "国有企业六大优势产业提升" in found["三大行动"]
    # items that hold 的 themselves keep it (新发展格局的战略支点)
    found = comps("紧扣新发展格局的战略支点、高质量发展的示范地、中国式现代化的引领地“一点两地”全新定位。")
    assert "新发展格局的战略支点" in found["一点两地"]
    # a verb that moves the items to act together (a city's Party statistics bulletin, held-out JC)
    found = comps("区委组织部推行“红色物业”,推动社区党组织、物业服务企业、业主委员会“三方联动”,对无物业小区兜底托管。")
    assert found["三方联动"] == {"社区党组织", "物业服务企业", "业主委员会"}


def test_a_colon_list_of_three_unifications() -> None:
    found = comps("推行“三统一”：统一客房定价、统一服务标准、统一接待登记，以规范民宿经营秩序为目标。")
    assert found["三统一"] == {"统一客房定价", "统一服务标准", "统一接待登记"}


def test_quotes_named_by_a_team_a_service_a_venue_or_a_listing() -> None:
    # probe papers written for the tests (宁夏泾源, 湖北秭归, 北京朝阳区)
    assert "书记论坛" in labels("县委组织部每季度举办一期移民村“书记论坛”，让村党组织书记轮流上台。")
    assert "村落通" in labels("开发“村落通”微信小程序，实现议事通知线上发布。")
    assert "书记工程" in labels("中共北京市朝阳区委把这项工作列为“书记工程”，由区委书记担任组长。")
    assert "牛管家" in labels("村党支部组织党员养殖大户成立“牛管家”服务队，为全村养殖户提供服务。")
    assert "国际邻里" in labels("社区还组织外籍居民参与“国际邻里”志愿服务。")


def test_a_day_in_quotes_is_no_practice() -> None:
    assert "七一" not in labels("102个党组织纷纷组织党员举办庆“七一”主题党日活动。")
    assert labels("各支部开展纪念“五四”系列活动。") == set()


def test_a_quoted_plight_or_a_surveys_answer_is_no_slogan() -> None:
    # probe papers written for the tests (湖北秭归, 北京朝阳区, 广西龙胜)
    assert labels("部分村落党小组“有组织、无活动”，党员年龄偏大。") == set()
    assert labels("社区工作长期面临“上面千条线、下面一根针”的压力。") == set()
    assert labels("过去各村“各守一块田、各收一份钱”，景区道路无人统筹。") == set()
    assert labels("91.4%的受访群众对所在村落理事会的工作表示“满意”或“比较满意”。") == set()
    assert labels("问卷显示，受访村干部中认为“发展党员难”的占58.4%。") == set()
    # slogans that hold such words stay (有困难找支部, 缺的就补)
    assert labels("党支部倡导“有困难找支部、有需要找党员”。") == {"有困难找支部、有需要找党员"}
    assert labels("秉持“弱的就强、缺的就补、错的就改”原则。") == {"弱的就强、缺的就补、错的就改"}
    assert labels("使广大党员干部能“沉得下去、看得清楚、帮得上忙、分得了忧”，拉近了与群众的距离。") == {
        "沉得下去、看得清楚、帮得上忙、分得了忧"}


def test_the_nations_governance_systems_are_aims_not_a_places_practice() -> None:
    assert labels("党的十九大提出健全自治、法治、德治相结合的乡村治理体系，龙胜据此推进三治融合。") == set()
    assert labels("党的二十大对完善社会治理体系作出部署。") == set()
    # a system of one field, and a practice's own name, stay
    assert labels("完善生活污水垃圾治理体系，提升城市公园绿化品质。") == {"生活污水垃圾治理体系"}
    assert labels("金水区实行区级领导包案制度，38名区级领导每人包案。") == {"区级领导包案制度"}


def test_a_strategy_implemented_is_a_programme() -> None:
    assert labels("党的十九大作出实施乡村振兴战略的重大决策。") == {"乡村振兴战略"}
    assert labels("深入实施科教兴国战略、人才强国战略。") >= {"科教兴国战略"}
    # a strategic quality, a rank without content, or a strategy not implemented here
    assert labels("推进经济结构战略性调整。") == set()
    assert labels("深入实施区域重大战略。") == set()
    assert "自贸试验区提升战略引领行动" in labels("实施自贸试验区提升战略引领行动。")


def test_the_nations_well_known_practices_named_bare() -> None:
    assert "抓基层党建述职评议考核" in labels("将整顿成效纳入乡镇党委书记抓基层党建述职评议考核。")
    assert "村党组织领办合作社" in labels("推动村党组织领办合作社，让党组织在产业链上发挥作用。")
    assert "驻村第一书记" in labels("选派驻村第一书记是另一项硬措施。")
    # national programmes and campaigns (a roundup report, a township's report, corpus 0043, 0067)
    assert {"易地扶贫搬迁", "党员冬训"} <= labels("村里是易地扶贫搬迁安置点，今冬的党员冬训放在新村。")
    assert {"清产核资", "厕所革命"} <= labels("完成集体资产清产核资，深入推进农村厕所革命。")


def test_party_building_plus_a_field_unquoted() -> None:
    # probe papers written for the tests (山东临沭, 江苏沭阳)
    assert labels("党建+文旅，以曹庄镇等红色资源为依托。") == {"党建+文旅"}
    assert labels("一、党建+自治:让群众的事由群众商量着办。") >= {"党建+自治"}
    assert "党建+电商" in labels("在党建+电商方面，扶持村党组织领办网店。")


def _stated_parts(text: str) -> dict[str, set[str]]:
    ms, rels = run(text)
    labels = {m.key: m.label for m in ms}
    out: dict[str, set[str]] = {}
    for r in rels:
        if r.predicate == Predicate.HAS_COMPONENT and r.prov.stated:
            out.setdefault(labels.get(r.subject_key, r.subject_key), set()).add(labels.get(r.object_key, r.object_key))
    return out


def test_the_items_of_a_term_head_the_sections_after_it() -> None:
    # an experience material: the term in the introduction, its items the headings of part 二
    text = ("全旗推行“四联四强”工作法，取得明显成效。\n\n二、聚力“四联四强”，推动组织优势转化为发展优势\n\n"
            "（一）组织联建强堡垒，让支部“硬起来”\n\n针对软弱涣散问题，推行片区联建。\n\n"
            "（二）产业联兴强集体，让口袋“鼓起来”\n\n发展谷子产业。\n\n"
            "（三）人才联育强队伍，让“领头羊”多起来\n\n实施培育工程。\n\n"
            "（四）要服务联办强治理。推行帮办代办。\n")
    assert _stated_parts(text)["四联四强"] == {"组织联建强堡垒", "产业联兴强集体", "人才联育强队伍", "服务联办强治理"}


def test_headings_that_do_not_hold_the_terms_words_are_no_items() -> None:
    # one character (两新) is in too many headings; a heading naming the term is about it
    text = ("推动“两新”工作。\n\n（一）创新体系整体效能全面提升\n\n（二）改革取得新突破\n\n"
            "落实“三个代表”要求。\n\n一、贯彻“三个代表”重要思想\n\n二、代表群众利益\n\n三、代表先进文化\n")
    parts = _stated_parts(text)
    assert "两新" not in parts
    assert "贯彻“三个代表”重要思想" not in parts.get("三个代表", set())


@pytest.mark.parametrize(("text", "term", "items"), [
    # a county's work report: the items in a later clause of the term's sentence
    ("深化“三个一批”活动，做到签约一批、开工一批、投产一批，确保每季度开工项目不少于10个。", "三个一批",
     {"签约一批", "开工一批", "投产一批"}),
    ("深化“五星”支部创建，以支部过硬星、产业兴旺星、生态宜居星、平安法治星、文明幸福星为标尺，逐村建立台账。", "五星",
     {"支部过硬星", "产业兴旺星", "生态宜居星", "平安法治星", "文明幸福星"}),
    ("兜牢“三保”底线，确保保基本民生、保工资、保运转。", "三保", {"保基本民生", "保工资", "保运转"}),
    # corpus 0103
    ("全力做好“六保”工作，保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转。", "六保",
     {"保居民就业", "保基本民生", "保市场主体", "保粮食能源安全", "保产业链供应链稳定", "保基层运转"}),
])
def test_items_listed_later_in_the_terms_sentence(text: str, term: str, items: set[str]) -> None:
    assert _stated_parts(text)[term] == items


def test_what_a_term_is_to_become_is_no_list_of_its_parts() -> None:
    # corpus 0113, 0089: aims and a list that qualifies a noun
    assert "三农" not in _stated_parts("做好“三农”工作，推动农业更强、农村更美、农民更富。")
    assert "三农" not in _stated_parts("聚焦“三农”，绘就农业强、农村美、农民富的美好画卷。")


def test_practices_listed_under_one_head() -> None:
    ms, _ = run("在管理环节实行驻村日志、请销假报备和季度点评制度，每季度开展一次抽查。")
    assert {m.label for m in ms} == {"驻村日志", "请销假报备", "季度点评制度"}
    # corpus 0115: a list of tasks, each opening with its own verb, is no list of practices
    ms, _ = run("我们始终把实行科学民主决策、坚持依法行政、推进政务公开、健全监督制度作为政府工作的准则。")
    assert "坚持依法行政" not in {m.label for m in ms}


def test_a_term_defined_by_jiushi_or_by_ji_a_clause_later() -> None:
    # a roundup (held-out AG) and a journal paper (AA): 所谓“…”，就是…; 分类办理，即…
    parts = _stated_parts("所谓“四定一评”，就是为每名农村党员定岗位、定职责、定目标、定时限，年底再由党员群众进行评议。")
    assert {"定岗位", "定职责", "定目标", "定时限"} <= parts["四定一评"]
    parts = _stated_parts("收集上来的意见，按照“三张清单”分类办理，即问题清单、任务清单和责任清单，逐项明确牵头人。")
    assert parts["三张清单"] == {"问题清单", "任务清单", "责任清单"}
    # the first item starts where the items' shared opener does; an item stops at a colon
    parts = _stated_parts("所谓“三亮”，就是党员店主在门店亮身份、亮承诺、亮标准，把明码标价写在墙上。")
    assert parts["三亮"] == {"亮身份", "亮承诺", "亮标准"}
    parts = _stated_parts("所谓“三定”，就是按户定面积、按季定标准、按效定报酬：合作社与农户逐户核定管护面积。")
    assert parts["三定"] == {"按户定面积", "按季定标准", "按效定报酬"}
    # 就是 in another count is no definition: “三联”就是要把干部联起来
    assert "三联" not in _stated_parts("“三联”就是要把干部联起来，做到人人有责。")
    # items counted off by their numerals are the items without them (held-out AE, a county's plan)
    parts = _stated_parts("各乡镇要把“三联”的成效体现在“三促”上，即一促产业兴旺、二促治理有效、三促民生改善，年终进行评估。")
    assert parts["三促"] == {"促产业兴旺", "促治理有效", "促民生改善"}


def test_quotes_counted_as_kinds_are_practices() -> None:
    """“A”“B”“C”三种模式: each quote is one of the kinds counted (a comparative case study,
    held-out AK); a quoted list of a counted term stays one enumeration (corpus 0075)."""
    ms, _ = run("三村分别形成了“工业反哺型”“生态经营型”“社区带动型”三种模式。")
    assert {(m.label, m.subtype) for m in ms} == {
        ("工业反哺型", "named_practice"), ("生态经营型", "named_practice"), ("社区带动型", "named_practice")}
    ms, _ = run("健全“考核、督查、激励”三项机制。")
    assert [(m.label, m.subtype) for m in ms if m.rule == "mechanisms.quoted_kinds"] == []


def test_a_quote_a_body_forms_or_relies_on_is_a_practice() -> None:
    # a county's briefing (held-out AI): 组建“…宣讲队”, 依托“…之家”; a village's report (corpus 0180)
    assert "蒙汉双语宣讲队" in labels("在蒙古族聚居村，组建“蒙汉双语宣讲队”37支。")
    assert "一呼就到" in labels("将终端维护纳入村规民约，组建\"一呼就到\"便民服务队。")


def test_long_items_of_one_build_and_items_named_by_the_counted_noun() -> None:
    """A county's briefing (held-out AI): 所谓“三述”，就是 three long items of one build; “四岗认领”
    then the four posts it counts (…设立A岗、B岗、C岗和D岗). A government work report (corpus 0076):
    “九个坚持”, nine long items."""
    parts = _stated_parts("所谓“三述”，就是村党组织书记向乡镇党委述职、乡镇党委书记向县委述职、"
                          "县委向朝阳市委专题报告抓基层党建工作情况，述职评议结果与年度绩效考核直接挂钩。")
    assert parts["三述"] == {"村党组织书记向乡镇党委述职", "乡镇党委书记向县委述职", "县委向朝阳市委专题报告抓基层党建工作情况"}
    parts = _stated_parts("推行农村党员“四岗认领”，按照个人特长设立政策宣传岗、产业帮带岗、矛盾调解岗和环境监督岗，"
                          "全县农村党员认领岗位9820个。")
    assert parts["四岗认领"] == {"政策宣传岗", "产业帮带岗", "矛盾调解岗", "环境监督岗"}
    # a long definition with one short item is a sentence, not items
    assert "三联" not in _stated_parts("所谓“三联”，就是要、把全县所有干部和群众都紧紧联系起来、形成合力。")


def test_one_quote_listing_the_items_of_the_term_after_it() -> None:
    """推行“社区点单、街道派单、单位接单、群众评单”的“四单”联动机制 (held-out AS): the quote is
    the four items of 四单, not a practice of its own."""
    ms, rels = run("在各街道推行“社区点单、街道派单、单位接单、群众评单”的“四单”联动机制。")
    parts = {r.object_key for r in rels if r.predicate == Predicate.HAS_COMPONENT and r.subject_key == "四单"}
    assert parts == {"社区点单", "街道派单", "单位接单", "群众评单"}
    assert not any("、" in m.label for m in ms)


def test_the_villages_two_committees_are_a_body_unless_spelled_out_as_a_term() -> None:
    """村“两委”班子 (held-out AU, AV, AW, AX): a body, not a practice; spelled out (B, L:
    “两委”（村党组织委员会和村民委员会）) it is the term; “两新” is also a policy's name, kept."""
    assert labels("村“两委”班子成员带头。推动“两委”换届。") == set()
    assert labels("村“两委”（村党组织委员会和村民委员会）成员交叉任职。") == {"两委"}
    assert labels("2.“两新”：是指大规模设备更新和消费品以旧换新。") == {"两新"}


def test_the_standard_items_carry_the_other_ways_they_are_written() -> None:
    """四议两公开 named bare: its items from the data, each with the forms documents also write
    (村党支部提议, 村民会议或者村民代表会议决议, 村民代表会议决议)."""
    from graph.pipeline import extract_document

    ex = extract_document(make_document("全面推行“四议两公开”工作法。", path="t.txt"))
    names = {i.label: set(i.alt_labels) for i in ex.implied if i.kind == Kind.MECHANISM}
    assert "村党支部提议" in names["村党组织提议"]
    assert {"村民会议或者村民代表会议决议", "村民代表会议决议"} <= names["村民会议或村民代表会议决议"]
    assert names["党员大会审议"] == set()


def test_items_after_a_colon_each_ending_at_a_semicolon() -> None:
    """“五个严禁”：严禁A；严禁B；… (held-out BB): each item a sentence of its own (the splitter ends
    sentences at ；), all opening alike and as many as promised."""
    _, rels = run("县委明确提出“五个严禁”：严禁插手干预村级选举；严禁违反程序指定或撤换候选人；严禁泄露联审和选举工作秘密；"
                  "严禁在统计上报中弄虚作假；严禁对群众反映的问题失职失察。每名候选人均须签订承诺书。")
    parts = {r.object_key for r in rels if r.predicate == Predicate.HAS_COMPONENT and r.subject_key == "五个严禁"}
    assert parts == {"严禁插手干预村级选举", "严禁违反程序指定或撤换候选人", "严禁泄露联审和选举工作秘密",
                     "严禁在统计上报中弄虚作假", "严禁对群众反映的问题失职失察"}
    _, rels = run("提出“三个坚持”：坚持党建引领；完善制度；强化保障。")  # not opening alike: none
    assert not [r for r in rels if r.predicate == Predicate.HAS_COMPONENT]


def test_the_ones_a_counted_ones_term_has_each_do_later_in_its_sentence() -> None:
    """推行驻村工作“五个一”机制，要求每名第一书记建立一本民情台账、…、培养一名村级后备力量 (held-out
    BH): five 、-items, each the one thing it names (一本, 一轮, 一套, 一批, 一名), the first from its
    verb; not when the count differs."""
    text = ("乐业县委组织部推行驻村工作“五个一”机制，要求每名第一书记建立一本民情台账、开展一轮全覆盖入户走访、"
            "帮助村党组织理清一套发展思路、办成一批群众急难愁盼的实事、培养一名村级后备力量，努力留下一支工作队。")
    assert comps(text)["五个一"] == {"建立一本民情台账", "开展一轮全覆盖入户走访", "帮助村党组织理清一套发展思路",
                                     "办成一批群众急难愁盼的实事", "培养一名村级后备力量"}
    assert "四个一" not in comps(text.replace("五个一", "四个一"))


def test_the_sentence_after_a_heading_practice_lists_its_parts() -> None:
    # held-out paper CI (written for the tests): each item repeats the term's own character
    _, rels = run("三是健全“三晒”比拼机制。每季度召开一次村党组织书记例会，晒项目进度、晒集体收入、晒为民实事，"
                  "年底由党员和群众代表现场打分。")
    assert sorted(_parts(rels, "三晒")) == ["晒为民实事", "晒集体收入", "晒项目进度"]
    _, rels = run("一是深化“五个一”联系服务。全镇每个村都做到绘好一张民情地图、建强一个网格党小组、组建一支党员志愿服务队、"
                  "记好一本民情日记、开好一月一次民情恳谈会。")
    assert sorted(_parts(rels, "五个一")) == sorted(["绘好一张民情地图", "建强一个网格党小组", "组建一支党员志愿服务队",
                                                   "记好一本民情日记", "开好一月一次民情恳谈会"])
    # held-out paper I: the parts are what each item quotes
    _, rels = run("(二)推广党员“四联”工作法。银坑镇以“联学”促提升、以“联帮”解难题、以“联建”强产业、以“联评”转作风,"
                  "将全镇农村党员编入联系小组。")
    assert sorted(set(_parts(rels, "四联"))) == ["联学", "联帮", "联建", "联评"]
    # held-out paper BQ: counts of meetings held are a report, not the parts of 三会
    _, rels = run("全面推行“三会”制度。2022年，华康居民区共召开听证会6次、协调会14次、评议会4次，推动多台加装电梯完成签约。")
    assert _parts(rels, "三会") == []


@pytest.mark.parametrize(("text", "term", "parts"), [
    # a paired term (三联三促): one 联 and one 促 an item, three items, not six
    ("推行“三联三促”工作法，每名党员联系3至5户群众，做到联户促增收、联产业促发展、联治理促和谐。", "三联三促",
     {"联户促增收", "联产业促发展", "联治理促和谐"}),
    # a term that counts two nouns (三单一账): three items of one, one of the other, the last two
    # joined by 和, the list opening after its verb
    ("推行“三单一账”。县委研究制定整改工作方案，逐项建立问题清单、任务清单、责任清单和整改台账，共细化整改措施72条。",
     "三单一账", {"问题清单", "任务清单", "责任清单", "整改台账"}),
    # the same, the list after 由 and before what it makes up (…组成服务队伍, …三部分构成)
    ("推行“三长一员”联系群众制度，由楼栋长、单元长、院落长和专职网格员组成服务队伍，实行包户联系。", "三长一员",
     {"楼栋长", "单元长", "院落长", "专职网格员"}),
    ("建立“一基两奖”报酬体系。村书记报酬由基本报酬、考核奖励和集体经济增收奖励三部分构成。", "一基两奖",
     {"基本报酬", "考核奖励", "集体经济增收奖励"}),
])
def test_items_holding_the_characters_a_term_counts(text: str, term: str, parts: set[str]) -> None:
    _, rels = run(text)
    found = {r.object_key for r in rels if r.predicate == Predicate.HAS_COMPONENT and r.subject_key == name_key(term)}
    assert found == {name_key(p) for p in parts}


def test_a_paired_term_agrees_with_one_item_per_pair() -> None:
    ms, _ = run("推行“三联三促”工作法，做到联户促增收、联产业促发展、联治理促和谐。")
    term = next(m for m in ms if m.key == name_key("三联三促"))
    assert dict(term.attrs)["components_agree"] == "true"


def test_a_pair_right_before_a_term_of_two_each_ending_in_what_it_counts() -> None:
    assert comps("织密网格神经末梢，推动党建网和治理网“两网融合”。")["两网融合"] == {"党建网", "治理网"}
    assert comps("推进自治与法治“两治融合”。")["两治融合"] == {"自治", "法治"}
    # the pair after the verb that governs it, when a subject opens the clause
    assert comps("全村推行党员先锋积分和家庭文明积分并行的“双积分”制度。")["双积分"] == {"党员先锋积分", "家庭文明积分"}
    assert "两手抓" not in comps("坚持党建和业务“两手抓”。")  # (手: no item ends in it)


def test_a_term_of_two_pairs_spelled_out_one_item_a_part() -> None:
    # 双审双签: 双重审核、双签字 (after 实行, the verb that governs the list)
    assert comps("推行“双审双签”制度，村级重大事项实行双重审核、双签字。")["双审双签"] == {"双重审核", "双签字"}
    # not a term that counts three of each (三带三强): two items are not its parts
    assert "三带三强" not in comps("推行“三带三强”，一是带班子、强堡垒。")


def _component_keys(rels: list[RelationMention], term: str) -> set[str]:
    return {r.object_key for r in rels if r.predicate == Predicate.HAS_COMPONENT and r.subject_key == term}


def test_a_parts_own_term_defined_in_place_opens_its_first_item() -> None:
    # blind papers FC and FD (written for the tests): “三带”即…，“四帮”即… after the whole term's colon
    ms, rels = run("李润生探索推行“三带四帮”工作法：“三带”即支部带党员、党员带能人、能人带群众，"
                   "“四帮”即帮思路、帮技术、帮销路、帮就业。")
    assert _component_keys(rels, "三带四帮") == {"支部带党员", "党员带能人", "能人带群众", "帮思路", "帮技术", "帮销路", "帮就业"}
    assert _component_keys(rels, "三带") == {"支部带党员", "党员带能人", "能人带群众"}
    ms, rels = run("推行“五化”网格治理，提升精细服务水平。“五化”即网格设置标准化、人员配备专职化、事项管理清单化、"
                   "服务群众精细化、运行保障常态化。")
    assert _component_keys(rels, "五化") == {"网格设置标准化", "人员配备专职化", "事项管理清单化", "服务群众精细化", "运行保障常态化"}
    assert not any("即" in m.label for m in ms)


@pytest.mark.parametrize(("text", "term", "items"), [
    # the standard items of the genre's national abbreviations, named bare (lexicon/data/genre_abbreviations.tsv)
    ("充分发挥“两代表一委员”作用。", "两代表一委员", {"党代表", "人大代表", "政协委员"}),
    ("深入开展“三清一改”村庄清洁行动。", "三清一改",
     {"清理农村生活垃圾", "清理村内塘沟", "清理畜禽养殖粪污等农业生产废弃物", "改变影响农村人居环境的不良习惯"}),
    ("推行“三务公开”。", "三务公开", {"党务公开", "村务公开", "财务公开"}),
])
def test_more_standard_abbreviations_named_bare_get_their_items(text: str, term: str, items: set[str]) -> None:
    from graph.pipeline import extract_document

    ex = extract_document(make_document(text, path="t.txt"))
    assert items <= {i.label for i in ex.implied if i.kind == Kind.MECHANISM}


def test_n_things_to_organise_named_after_a_directive_with_its_items() -> None:
    # a competition's report (held-out JD, written for the tests): “三个组织起来”, N个 and what each
    # does, is a numeric abbreviation though named as what a directive asks; its items share their
    # opening 把, which the first keeps too
    text = "这几年，我们按照省委“三个组织起来”的部署，把党员组织起来、把人才组织起来、把农民组织起来，先从老街动起。"
    assert comps(text)["三个组织起来"] == {"把党员组织起来", "把人才组织起来", "把农民组织起来"}
    # an opener the first item alone has is still no part of it (做到签约一批、…)
    assert comps("深化“三个一批”活动，做到签约一批、开工一批、投产一批。")["三个一批"] == {"签约一批", "开工一批", "投产一批"}


def test_items_without_the_frame_their_sentence_puts_round_them() -> None:
    # a symposium's summary (held-out PA, written for the tests): 推动 before the first item and 深度融合
    # after the last are said of all three
    got = comps("他说，“三链融合”就是推动组织链、产业链、利益链深度融合：在产业链上建立党组织。")
    assert got["三链融合"] == {"组织链", "产业链", "利益链"}
    # a last item that only ends like the others is left whole (促进农民增收 is no 促进农)
    got = comps("实现“三增”，就是促进集体增收、促进企业增收、促进农民增收。")
    assert "促进农" not in got.get("三增", set())


def test_counted_practices_spelled_out_after_their_head_word_or_a_count_inside_the_name() -> None:
    # (blind paper QI) “三学三比”活动：… the head word between the term and its colon
    got = comps("在农村党员中开展“三学三比”活动：学理论、学政策、学技能，比担当、比实绩、比奉献。")
    assert got["三学三比"] == {"学理论", "学政策", "学技能", "比担当", "比实绩", "比奉献"}
    # (blind paper QF) 四步工作法: four steps, after a colon or 即
    for text in ("由县级领导逐村挂点，推行“四步工作法”：摸底排查、议事研判、分类化解、跟踪回访。",
                 "由县级领导逐村挂点，推行“四步工作法”，即摸底排查、议事研判、分类化解、跟踪回访。"):
        assert comps(text)["四步工作法"] == {"摸底排查", "议事研判", "分类化解", "跟踪回访"}
    # (blind paper QG) 民情三本账，即…: three books, the last ending at the colon that says what is done with them
    got = comps("各网格党支部建立“民情三本账”，即民情台账、问题台账、销号台账：网格员每天走楼入户。")
    assert got["民情三本账"] == {"民情台账", "问题台账", "销号台账"}


def test_a_colon_lists_items_in_its_first_clause_and_an_item_may_name_a_practice_it_uses() -> None:
    # (held-out DQ) the first clause holds the three items, the next ones say what came of them
    got = comps("同时落实“三必访”要求：困难户必访、监测户必访、独居老人必访，两年累计入户走访1600余户次，帮助群众解决问题57件。")
    assert got["三必访"] == {"困难户必访", "监测户必访", "独居老人必访"}
    # (held-out BQ) “三会”协商 is a step of its own, not the practice 三会
    got = comps("形成“五步议事法”：议题征集、党组织审核、“三会”协商、结果公示、效果评议。")
    assert got["五步议事法"] == {"议题征集", "党组织审核", "三会协商", "结果公示", "效果评议"}


def test_items_after_the_verb_that_sends_them_two_runs_in_two_clauses_and_a_counted_name_after_its_list() -> None:
    # (blind paper QM) 选派 governs the list of the three 员
    got = comps("镇党委创新推行“三员进棚”机制，从镇农业综合服务中心和种植大户中选派技术指导员、政策宣传员、市场信息员，按片包棚。")
    assert got["三员进棚"] == {"技术指导员", "政策宣传员", "市场信息员"}
    # (blind paper QO) 三回 in one clause, 三带 in the next
    got = comps("乡党委实施“三回三带”人才回引计划，动员外出务工能人回乡、大中专毕业生回村、退役军人回归，"
                "引导回引人才带头创业、带动就业、带强班子。")
    assert got["三回三带"] == {"外出务工能人回乡", "大中专毕业生回村", "退役军人回归", "带头创业", "带动就业", "带强班子"}
    # (blind paper QR) the quoted list, then 的 and the practice that counts it
    got = comps("按照“居民提事、党员议事、多方办事、群众评事”的“四步议事法”处理公共事务。")
    assert got["四步议事法"] == {"居民提事", "党员议事", "多方办事", "群众评事"}


def test_two_runs_each_defined_as_a_term_of_its_own_are_read_as_terms() -> None:
    # (blind paper RK) “三联”即…，“三帮”即…: each run is a term with its items, not two clauses of 三联三帮's
    got = comps("2022年起，汪清县委组织部在全县推行“三联三帮”工作法。“三联”即支部联网格、党员联农户、干部联老人，"
                "“三帮”即帮增收、帮养老、帮办事。")
    assert got["三联"] == {"支部联网格", "党员联农户", "干部联老人"} and got["三帮"] == {"帮增收", "帮养老", "帮办事"}
    assert not [c for c in got.get("三联三帮", set()) if c.startswith("三联即")]


def test_a_quoted_part_defined_by_zhi_alone() -> None:
    # (held-out QC) “两会”指百姓议事会、乡贤参事会: 指 defines the part as 即 does; its items carry no 指
    got = comps("其后逐步形成“一约两会三团”的载体体系：“一约”指村规民约，“两会”指百姓议事会、乡贤参事会，"
                "“三团”指百事服务团、法律服务团、道德评判团。")
    assert got["两会"] == {"百姓议事会", "乡贤参事会"} and got["三团"] == {"百事服务团", "法律服务团", "道德评判团"}
