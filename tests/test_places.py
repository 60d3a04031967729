"""Place recognition on real sentences: chains, context, guards, renaming, unresolved names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.io import make_document
from graph.model import Implied, Kind, Mention, RelationMention
from graph.pipeline import extract_document


def run(text: str):
    doc = make_document(text, path="t.txt")
    ex = extract_document(doc, components=["places"])
    return ex


def places(ex) -> dict[str, Mention]:
    return {m.text: m for m in ex.mentions if m.kind == Kind.PLACE}


def parents(ex) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in ex.relations:
        out.setdefault(r.subject_key, set()).add(r.object_key)
    return out


def test_chain_gives_each_place_and_its_parent() -> None:
    ex = run("金山区枫泾镇新黎村在领导班子建设方面勇于创新。")
    p = places(ex)
    assert p["金山区"].key == "cn-310116" and p["金山区"].subtype == "county"
    assert p["枫泾镇"].key == "cn-310116/枫泾镇" and p["枫泾镇"].subtype == "township"
    assert p["新黎村"].key == "cn-310116/枫泾镇/新黎村" and p["新黎村"].subtype == "village"
    rels = {(r.subject_key, r.object_key): r for r in ex.relations}
    assert rels[("cn-310116/枫泾镇/新黎村", "cn-310116/枫泾镇")].prov.stated is True
    assert rels[("cn-310116", "cn-310000")].prov.stated is False
    assert Implied(kind=Kind.PLACE, key="cn-310000", label="上海市", subtype="province",
                   alt_labels=("上海", "沪"), attrs=(("code", "310000"), ("in_gazetteer", "true"),
                                                   ("lat", "31.230372"), ("level", "province"),
                                                   ("lon", "121.473662"))) in ex.implied


def test_short_prefecture_form_merges_with_full_name() -> None:
    ex = run("提高湘西州农村基层党组织服务能力。湘西土家族苗族自治州泸溪县解放岩乡有变化。")
    p = places(ex)
    assert p["湘西州"].key == p["湘西土家族苗族自治州"].key == "cn-433100"
    assert p["湘西州"].label == "湘西土家族苗族自治州"
    assert dict(p["湘西州"].attrs)["code"] == "433100"
    assert "cn-433122" in parents(ex)["cn-433122/解放岩乡"]


def test_ambiguous_townships_resolved_from_sentence_context() -> None:
    ex = run("通过对泸溪县、花垣县、古丈县的县委组织部,解放岩乡、小章乡、长乐乡、团结镇等镇党委进行调研。")
    p = places(ex)
    assert p["长乐乡"].key == "cn-433124/长乐乡"  # one of several 长乐乡, the one in 花垣县
    assert p["解放岩乡"].key == "cn-433122/解放岩乡"
    # no 团结镇 in these counties: still a place, but its key does not claim a parent
    assert p["团结镇"].key.startswith("unresolved/")
    assert p["团结镇"].key not in parents(ex)


def test_ambiguous_township_without_context_stays_unresolved() -> None:
    ex = run("团结镇、长乐乡等乡镇都在推进这项工作。")
    p = places(ex)
    assert p["长乐乡"].key.startswith("unresolved/")
    assert p["长乐乡"].subtype == "township"


def test_renamed_county_found_under_old_name() -> None:
    ex = run("安徽省繁昌县根据市委精神,如繁昌县孙村镇枫墩村基层党组织。")
    p = places(ex)
    m = p["繁昌县"]
    assert m.key == "cn-340222" and m.label == "繁昌区"
    assert dict(m.attrs)["renamed_to"] == "繁昌区" and dict(m.attrs)["renamed_on"] == "2020-06-05"
    assert p["孙村镇"].key == "cn-340222/孙村镇"  # the other 孙村镇 is elsewhere
    assert p["枫墩村"].key == "cn-340222/孙村镇/枫墩村"
    assert "cn-340200" in parents(ex)["cn-340222"]


def test_enumeration_of_short_township_names() -> None:
    ex = run("金山区枫泾、吕巷等镇的例子启示我们。")
    p = places(ex)
    assert p["枫泾"].key == "cn-310116/枫泾镇" and p["枫泾"].label == "枫泾镇"
    assert p["吕巷"].key == "cn-310116/吕巷镇"


def test_place_not_in_gazetteer_after_its_parent() -> None:
    ex = run("花垣县的团岩坪村党支部,把工作做到群众心坎上。")
    m = places(ex)["团岩坪村"]
    assert dict(m.attrs)["in_gazetteer"] == "false"
    assert m.key == "cn-433124/团岩坪村"
    rel = next(r for r in ex.relations if r.subject_key == m.key)
    assert rel.object_key == "cn-433124" and rel.prov.stated is True


def test_region() -> None:
    ex = run("处于武陵山连片特困地区的湘西州,经济发展滞后。")
    m = places(ex)["武陵山连片特困地区"]
    assert m.subtype == "region" and m.key == "region/武陵山连片特困地区"


def test_guards_against_words_that_start_like_places() -> None:
    ex = run("新型农村合作医疗覆盖全体农民,上海市场繁荣,要发展村级经济,建设社会主义新农村。")
    p = places(ex)
    assert "合作" not in p and "上海市" not in p and "发展村" not in p and "新农村" not in p


def test_township_not_mistaken_for_county_with_same_stem() -> None:
    ex = run("泸溪县、花垣县的长乐乡党委。")
    assert places(ex)["长乐乡"].subtype == "township"


def test_publisher_city_in_reference_list_is_not_a_place() -> None:
    ex = run("[1]胡锦涛.坚定不移沿着中国特色社会主义道路前进[M].北京:人民出版社,2012.")
    assert places(ex) == {}


def test_empty_and_place_free_text() -> None:
    assert run(" 1 ").mentions == ()
    ex = run("加强基层服务型党组织建设需要一支具有服务能力的党员队伍作保证。")
    assert places(ex) == {} and ex.relations == ()


def test_provincial_report_sentence() -> None:
    ex = run("支持浦东新区打造社会主义现代化建设引领区,推动临港新片区高质量发展。")
    assert places(ex)["浦东新区"].key == "cn-310115"


def test_relations_are_place_to_place() -> None:
    ex = run("金山区枫泾镇新黎村")
    assert all(isinstance(r, RelationMention) and r.subject_kind == r.object_kind == Kind.PLACE
               for r in ex.relations)


def test_words_that_only_look_like_places_are_not_places() -> None:
    """From a municipal regulation: 会同 is "together with" (not 会同县), 农业农村 ends in the
    word 农村 (not a village 农业农村), and 乡村建设行动、城乡 is no township enumeration."""
    from graph.io import make_document
    from graph.pipeline import extract_document

    text = ("规划和自然资源部门应当会同农业农村、园林绿化等部门做好村庄规划。"
            "市和区人民政府应当加大政府债券资金对乡村建设行动、城乡融合发展等领域的支持。")
    ex = extract_document(make_document(text, path="r.txt"))
    assert [m.text for m in ex.mentions if m.kind.value == "Place"] == []


# -- the lazy word boundaries ---------------------------------------------------------------------


def _sentence(text: str, start: int = 7):
    from graph.model import Sentence

    return Sentence(doc_id="d", index=0, start=start, end=start + len(text), text=text, paragraph=0)


def test_word_starts_answered_without_a_cut_equal_the_cut() -> None:
    """Run starts and characters outside every run are answered without jieba; the answers,
    and the tokens, are those of cutting the whole text (\\r\\n is one token there)."""
    from graph.extract._words import WordStarts
    from graph.segment import tokens

    text = "据新华社北京3月5日电 \r\n上海市、K12教育\r\r\n和政县（甘肃）\u3000金山区枫泾镇。"
    sent = _sentence(text)
    lazy = WordStarts(sent)
    full = {t.start - sent.start: t for t in tokens(text, offset=sent.start)}
    for i in range(-1, len(text) + 2):
        assert (i in lazy) == (i in full), (text[i:i + 1], i)
        if i in full:
            assert lazy[i] == full[i]


def test_runs_are_cut_once_across_sentences() -> None:
    """The same run of Han characters in two sentences (two documents) is cut once."""
    from graph.extract._words import WordStarts, run_words

    run_text = "湘西州花垣县十八洞村很美"
    run_words.cache_clear()
    a = WordStarts(_sentence("他说，" + run_text + "。", start=0))
    b = WordStarts(_sentence("另见：" + run_text + "！", start=100))
    in_a = [i for i in range(3, 3 + len(run_text)) if i in a]
    in_b = [i for i in range(3, 3 + len(run_text)) if i in b]
    assert in_a == in_b and 3 in in_a and len(in_a) > 2
    assert run_words.cache_info().misses == 1 and run_words.cache_info().hits >= 1


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="上海市金山区枫泾镇和政县发展村的、，。 \r\n\u3000\u9fe0K12.%-·（）", max_size=40))
def test_word_starts_equal_the_cut_on_any_text(text: str) -> None:
    from graph.extract._words import WordStarts
    from graph.segment import tokens

    lazy = WordStarts(_sentence(text))
    full = {t.start - 7 for t in tokens(text, offset=7)}
    assert [i for i in range(len(text) + 1) if i in lazy] == sorted(full)


def test_a_county_name_never_hangs_below_a_township() -> None:
    """A 2024 district report: 东屏街道长乐、丽山、白鹿3个村庄 — 长乐 is a village of the
    subdistrict there, not 长乐区 of Fuzhou."""
    ex = run("江苏省南京市溧水区东屏街道长乐、丽山、白鹿3个村庄规划入选首批优秀案例。")
    assert set(places(ex)) == {"江苏省", "南京市", "溧水区", "东屏街道"}


def test_a_city_named_by_its_short_name_alone() -> None:
    """Party-branch news: 武汉 alone is the one prefecture of that name, a place name to jieba
    too; 平安 alone is an everyday word, not 平安区."""
    ex = run("虽说八月末的武汉骄阳似火，但志愿者们仍干劲十足。建设平安乡村。")
    assert {m.text: m.label for m in ex.mentions if m.kind == Kind.PLACE} == {"武汉": "武汉市"}


def test_an_enumeration_suffix_that_starts_a_word_names_no_units() -> None:
    # a provincial rural-revitalisation act (corpus 0040): 乡 is the start of 乡村
    ex = run("支持特色农业、休闲农业、乡村手工业、绿色建材、红色旅游、乡村旅游等乡村产业发展。")
    assert places(ex) == {}
    # two unit suffixes written as one word still close an enumeration (a work report, corpus 0075)
    ex = run("苍梧、昭平等10个县区通了新的高速公路。")
    assert {"苍梧", "昭平"} <= set(places(ex))


def test_a_celebration_is_not_the_city_of_its_name() -> None:
    assert "大庆" not in places(run("圆满完成自治区成立60周年大庆安保工作。"))
    assert "大庆" in places(run("要抓好大庆等现有油田的生产和建设。"))


def test_a_township_named_with_its_chain_once_is_found_alone_after() -> None:
    # a paper on one street (a probe written for the tests): 双塔 is an everyday word, and four
    # 双塔街道 exist; the title's chain says which, and the later bare mention is the same
    ex = run("城市社区党建的实践——以江苏省苏州市姑苏区双塔街道为例\n双塔街道位于苏州古城东南部，下辖9个社区。\n")
    found = [m for m in ex.mentions if m.kind == Kind.PLACE and m.text == "双塔街道"]
    assert [m.key for m in found] == ["cn-320508/双塔街道"] * 2


def test_a_township_whose_stem_is_a_word_is_kept_where_the_text_says_it_is_a_place() -> None:
    # a probe paper written for the tests: 西周 is a dynasty, but 象山县 has a 西周镇, and the
    # text puts it after 在 and before its Party committee
    ex = run("象山县地处浙江东部沿海。2009年起在西周镇探索“村民说事”制度。西周镇党委针对村干部决策不透明问题。")
    assert places(ex)["西周镇"].key == "cn-330225/西周镇"
    # without such a cue the word stays a word: 中心镇 is a kind of town (corpus 0059's county
    # has one named so)
    ex = run("华坪县推进乡村振兴，聚焦县城周边、中心镇和中心村，分类有序推进。")
    assert "中心镇" not in places(ex)


def test_a_street_named_after_a_place_is_not_the_place() -> None:
    # a probe paper written for the tests; a municipal report (corpus 0058)
    ex = run("青岛市市北区敦化路街道辽源路社区党委书记陈静介绍。")
    assert "辽源" not in places(ex) and "敦化路街道" in places(ex)
    ex = run("推进南京东路、陆家嘴、徐家汇、南京西路、北外滩等重点商圈改造提升。")
    assert "南京" not in places(ex)
    # a path named after a province is still the province
    assert "浙江" in places(run("探索共同富裕的浙江路径。"))


def test_a_district_written_after_de_outside_the_place_before_it_is_a_kind_of_district() -> None:
    # a probe paper written for the tests: 青岛市的老城区 is its old town, not 洛阳's 老城区
    ex = run("市北区是青岛市的老城区，下辖22个街道。")
    assert "老城区" not in places(ex) and "市北区" in places(ex)


def test_a_community_named_after_its_road_under_its_street() -> None:
    # a probe paper written for the tests: 辽源路社区 (not in the gazetteer) under 敦化路街道
    ex = run("青岛市市北区敦化路街道辽源路社区党委书记陈静介绍。")
    assert "辽源路社区" in places(ex)
    assert parents(ex)[places(ex)["辽源路社区"].key] == {places(ex)["敦化路街道"].key}
    # a kind of community after a verb that is also a county's short name (新建区): neither
    ex = run("新建农村新型社区或者对村庄进行整体改造。")
    assert places(ex) == {}


def test_a_place_after_its_parent_is_not_read_through_a_known_one() -> None:
    # a probe paper written for the tests: 下党乡 is in the gazetteer; 先后向下党乡 is no new place
    ex = run("2015年以来，寿宁县先后向下党乡选派第一书记12名。")
    assert set(places(ex)) == {"寿宁县", "下党乡"}


def test_a_village_the_gazetteer_has_only_far_from_the_documents_places_is_not_meant() -> None:
    # a probe paper written for the tests, on 成都: the gazetteer's only 城乡社区 is in 湖北
    ex = run("成都市成华区猛追湾街道推进城乡社区发展治理，完善城乡社区治理体系。")
    assert "城乡社区" not in places(ex) and "猛追湾街道" in places(ex)


def test_a_region_does_not_open_with_the_verb_before_it() -> None:
    # a provincial report (corpus 0058) and a probe paper
    assert "长江经济带" in places(run("持续推动长江经济带高质量发展。"))
    assert not any(t.startswith("推动") for t in places(run("以创建示范社区为契机，推动滨河片区有机更新。")))


def test_a_community_named_bare_in_a_paper_on_its_street() -> None:
    # a probe paper written for the tests, on 成都: 望平社区 is never written after its street
    ex = run("本文以成都市成华区猛追湾街道为个案。猛追湾街道辖8个社区。\n望平社区是街道的中心社区。2019年，望平社区以创建示范社区为契机，"
             "推行“三方联动”。")
    found = places(ex)
    assert "望平社区" in found and found["望平社区"].key.startswith("cn-510108/猛追湾街道/")
    # a word that ends in 社区 is no community, however often it opens a clause
    ex = run("本文以成都市成华区猛追湾街道为个案。\n智慧社区是方向。目前，智慧社区建设加快。")
    assert "智慧社区" not in places(ex)


def test_a_name_the_gazetteer_has_only_elsewhere_needs_its_bodies_or_its_peers() -> None:
    # the sample: 团结镇 is not under 花垣县 in the data, but is listed with its peers
    ex = run("泸溪县、花垣县、古丈县的县委组织部,解放岩乡、小章乡、长乐乡、团结镇等镇党委。")
    assert "团结镇" in places(ex)
    # a probe paper on 成都: 平安社区创建 names a campaign, not 平安社区 somewhere else
    ex = run("依托成都市城乡社区发展治理“五大行动”（老旧城区改造、背街小巷整治、平安社区创建），推进治理。")
    assert not {"城乡社区", "平安社区"} & set(places(ex))


def test_this_county_is_the_county_named_last() -> None:
    # a probe paper written for the tests (河北阜平): 该县 opens the clauses that say what it does
    doc = make_document("河北省阜平县地处太行山深处。近年来，该县在农村全面推行党员积分制管理。", path="t.txt")
    ex = extract_document(doc)
    anaphors = [m for m in ex.mentions if m.rule == "places.anaphor"]
    assert [(m.text, m.label) for m in anaphors] == [("该县", "阜平县")]
    assert any(r.predicate.value == "practices" and r.subject_key == "cn-130624" for r in ex.relations)
    # 该县委 is the county's committee, 该市场 a market: no place
    assert not [m for m in run("阜平县召开会议。该县委书记讲话，该市场开业。").mentions if m.rule == "places.anaphor"]
    # and 该县 is no name of the county in the graph
    from graph.link import link

    kg = link([ex])
    county = next(e for e in kg.entities if e.key == "cn-130624")
    assert "该县" not in county.alt_labels


def test_a_verb_or_a_word_is_not_a_place() -> None:
    """会同 "together with" after a body (not 会同县 in 湖南); 乡村 is one word (not a new
    township 抓党建促乡); 以 opens a clause (not 以古镇 in 镇雄县)."""
    ex = run("安吉县委组织部会同县农业农村局建立预警机制。")
    assert set(places(ex)) == {"安吉县"}
    ex = run("渭源县召开会议。县农业农村局要会同县财政局拿出办法。")  # a county secretary's speech
    assert set(places(ex)) == {"渭源县"}
    ex = run("大理白族自治州剑川县抓党建促乡村振兴调研报告\n剑川也有以古镇、木雕、白曲为依托的鲜明个性。")
    assert set(places(ex)) == {"大理白族自治州", "剑川县", "剑川"}
    ex = run("湖南省会同县农业农村局局长介绍了情况。")
    assert "会同县" in places(ex)
    # (a county's briefing, held-out AI) after a body that leads, past its comma
    ex = run("喀左县推行联审。人选确定前由县委组织部牵头，会同县纪委监委、县公安局等部门实行县乡两级联审。")
    assert set(places(ex)) == {"喀左县"}
    # a notice's copy list (blind paper ML): after a body and a comma a new item starts; the city
    # whose name jieba tags as a common noun (信阳 n) is a place
    text = "抄送：中共信阳市委组织部，信阳市财政局；县委办公室，县政府办公室。"
    ex = run(text)
    assert [(m.start, m.key) for m in ex.mentions if m.kind == Kind.PLACE] == [
        (text.index("信阳"), "cn-411500"), (text.index("信阳市财"), "cn-411500")]


def test_kinds_of_villages_and_a_villages_territory_are_no_villages() -> None:
    """城郊村, 产茶大镇: kinds of units; 镇党委打破村域界限: no village 党委打破村 (held-out AI, AL)."""
    ex = run("白塔子镇党委打破村域界限，牵头成立联村党委。城郊村则依托区位优势发展物业经济。")
    assert set(places(ex)) == {"白塔子镇"}
    ex = run("利川市毛坝镇是全省有名的产茶大镇。")
    assert set(places(ex)) == {"利川市", "毛坝镇"}


def test_a_stem_jieba_knows_as_a_name_and_a_suffix_written_once_after_a_list() -> None:
    # a probe paper written for the tests (北京朝阳区, 上海浦东新区)
    ex = run("北京市朝阳区。这里既有建外、三里屯、望京等街道所在的国际化商务区。")
    found = places(ex)
    assert {"建外", "三里屯", "望京"} <= set(found)
    assert found["三里屯"].label == "三里屯街道" and found["建外"].label == "建外街道"
    ex = run("上海市浦东新区。以陆家嘴街道为例，街道在各居民区设立服务站。")
    assert places(ex)["陆家嘴街道"].key == "cn-310115/陆家嘴街道"


def test_a_level_of_units_and_a_kind_of_community_are_no_village() -> None:
    ex = run("重庆市石柱土家族自治县。在推行党组织领办合作社之前，石柱村级集体经济普遍薄弱。")
    assert "石柱村" not in {m.label for m in places(ex).values()}
    ex = run("湖南省浏阳市淮川街道。淮川街道北正街社区是典型的老城区社区，老旧小区多。")
    assert "老城区社区" not in places(ex)


def test_a_citys_short_name_that_jieba_tags_a_noun_and_the_homographs() -> None:
    # a probe paper written for the tests (宁夏泾源): 银川 is tagged n by jieba's dictionary
    assert places(run("他原本在银川经营一家牛肉店。"))["银川"].label == "银川市"
    assert places(run("从合肥出发，当天抵达。"))["合肥"].label == "合肥市"
    for text in ("全年日照时间长。", "欢迎来宾。", "确保社会长治久安。"):
        assert places(run(text)) == {}
    # 新建 is tagged ns (新建区) but is "newly built" before 村内道路
    assert places(run("海南省海口市。新建村内道路100公里。")).keys() == {"海南省", "海口市"}


def test_regions_jieba_knows_as_place_names() -> None:
    # probe papers written for the tests (河北阜平, 湖北秭归, 四川蒲江)
    found = places(run("河北省保定市阜平县地处太行山深处。"))
    assert found["太行山"].subtype == "region" and found["阜平县"].subtype == "county"
    assert places(run("依托三峡库区的资源，秭归县发展脐橙产业。"))["三峡库区"].subtype == "region"
    assert "成都平原" in places(run("成都平原的蒲江县。"))
    assert {"苏北地区", "黄河流域"} <= set(places(run("苏北地区和黄河流域。")))
    # kinds of land, and words that only share a river's character, are no regions
    assert places(run("山区群众上山种茶，推行河湖长制。")) == {}


def test_a_nickname_a_kind_of_joint_committee_and_yi_wei_are_no_places() -> None:
    # a probe paper written for the tests (江西井冈山, 福建长汀)
    assert "上海" not in places(run("长汀曾被誉为“红色小上海”。"))
    assert "上海" in places(run("他去上海打工。"))
    found = places(run("江西省吉安市井冈山市。与井冈山多以村为单位、沿产业链推进不同。"))
    assert not any(x.endswith("以村") for x in found)
    found = places(run("福建省龙岩市长汀县南山镇。南山镇党委以中复村为核心，联合周边村组建联村党委。"))
    assert "联村" not in found and "中复村" in found
    assert "江西" in places(run("有利于缩小江西与全国平均水平的差距。"))


def test_a_verb_after_its_province_is_no_district() -> None:
    # corpus 0095 and 0089: 振兴区 (丹东) and 合作市 (甘南) share their short names with verbs
    from graph.io import make_document
    from graph.pipeline import extract_document

    for text in ("认真学习贯彻习近平总书记对辽宁振兴发展的重要讲话精神。", "甘肃合作发展的朋友圈越来越大。"):
        ex = extract_document(make_document(text, path="t.txt"), components=["places"])
        assert {m.label for m in ex.mentions if m.kind.value == "Place"} <= {"辽宁省", "甘肃省"}, text


def test_two_character_names_with_their_suffix_stand_alone() -> None:
    """蔚县 and 沛县 are whole county names of two characters, 杭州 and 贵州 the short names of a
    city and a province (held-out AR, AQ, corpus 0147): places without a parent before them;
    but not a kind of district, nor 和 before 县 (市和县两级)."""
    ex = run("标题\n西古堡村位于蔚县暖泉镇西部。我们在杭州调研，贵州的经验很好，沛县也是。"
             "市和县两级都要抓，城区和郊区都有。")
    found = places(ex)
    assert found["蔚县"].key == "cn-130726" and found["沛县"].key == "cn-320322"
    assert found["杭州"].key == "cn-330100" and found["贵州"].key == "cn-520000"
    assert not {"和县", "城区", "郊区"} & set(found)


def test_a_street_community_named_after_a_village_keeps_its_written_name() -> None:
    """教师村社区 (held-out AS): the gazetteer lists the community as 教师村; written with 社区."""
    ex = run("标题\n越秀路街道红波里社区、教师村社区和平江南里社区。")
    m = next(m for m in ex.mentions if m.key.endswith("越秀路街道/教师村"))
    assert m.text == "教师村社区" and "教师村社区" in m.aliases


def test_a_village_written_after_its_township_that_the_list_has_only_elsewhere() -> None:
    """柴家门镇宝川村 in a 会宁 report (held-out CD): the division list has a 宝川村 only in 吉林, none
    under 柴家门镇; written right after its township, it is a village of that township, not an
    unresolved name."""
    from graph.io import make_document
    from graph.pipeline import extract_document

    ex = extract_document(make_document("会宁县位于甘肃省中部。柴家门镇宝川村党支部书记马德成带头领办合作社。", path="t.txt"),
                          components=["places"])
    keys = {m.text: m.key for m in ex.mentions}
    assert keys["宝川村"] == "cn-620422/柴家门镇/宝川村"


def test_stems_listed_before_their_count_and_suffix() -> None:
    # held-out paper CW (written for the tests): 辖 + stems + 10个社区, no 等
    text = ("天园街道位于天河区东部，辖科韵、腰岗、翠湖、华港10个社区。叫响“选好一个人、带活一个村”的口号。"
            "诸城市龙都街道、相州镇、枳沟镇共选取24个村。")
    ex = extract_document(make_document(text, path="t.txt"), components=["places"])
    labels = {m.label for m in ex.mentions if m.kind == Kind.PLACE}
    assert {"科韵社区", "腰岗社区", "翠湖社区", "华港社区"} <= labels
    assert not {"带活村", "共选取村"} & labels  # a slogan's words, a verb after the places


def test_a_village_found_once_is_that_village_where_its_name_is_written_again() -> None:
    # 余村 (one-character stem) is read in its chain; afterwards bare, as a body's head and
    # as a subject, it is the same village; 其余村民 is no mention of it
    ex = extract_document(make_document(
        "浙江省安吉县天荒坪镇余村地处山区。余村党支部没有回避矛盾，其余村民也来了。余村又牵头成立了公司。",
        path="t.txt"), components=["places", "organizations"])
    text = ex.doc.text
    found = sorted(m.start for m in ex.mentions if m.kind == Kind.PLACE and m.key == "cn-330523/天荒坪镇/余村")
    assert found == [text.index("余村"), text.index("余村党支部"), text.rindex("余村")]
    assert all(text[m.start:m.end] != "余村" or text[m.end] != "民" for m in ex.mentions)
    orgs = {m.text: m.key for m in ex.mentions if m.kind == Kind.ORGANIZATION}
    assert orgs["余村党支部"] == "org/cn-330523/天荒坪镇/余村/党支部"


def test_a_kind_of_village_is_not_read_again_as_a_place() -> None:
    # 移民村 written after its county once is no proper name: bare, it stays a kind of village
    ex = run("云南省宾川县移民村建设取得成效。移民村党支部班子成员年龄偏大。")
    second = ex.doc.text.rindex("移民村")
    assert not any(m.kind == Kind.PLACE and m.start == second for m in ex.mentions)


def test_a_village_placed_by_nothing_near_it_is_of_the_township_the_document_is_about() -> None:
    # a township's work summary (a paper written for the tests): its villages named bare; 南溪区 named
    # once, in passing. 楠木村, which the list has only in 南溪区, is the home township's, as is
    # 双凤村 in a paragraph that named other counties; a village in a sentence naming its county stays there
    text = ("长宁县竹海镇2024年度抓基层党建工作总结\n\n"
            "组织村党组织书记赴宜宾市叙州区、南溪区跟班学习。双凤村党支部书记带领群众发展竹产业。\n\n"
            "集贤村地处景区核心区。永江村发展竹编。高坝村建成民宿。\n\n"
            "楠木村驻村第一书记帮助村里搭建电商直播间。\n\n"
            "过去的红庄村，是出了名的“三多村”：矛盾多、欠账多、上访多。\n")
    ex = run(text)
    keys = {m.text: m.key for m in ex.mentions if m.kind == Kind.PLACE}
    assert keys["集贤村"].startswith("cn-511524/竹海镇/")
    assert keys["楠木村"] == "cn-511524/竹海镇/楠木村"
    assert keys["双凤村"] == "cn-511524/竹海镇/双凤村"
    assert not keys.get("三多村", "").startswith("cn-511524/竹海镇")  # a nickname, in quotes


def test_a_clause_after_a_township_is_no_new_village() -> None:
    # 泗城镇则依托驻村工作队…: 则 opens the clause, 依托 is its verb; no village 则依托驻村
    ex = run("广西凌云县泗城镇则依托驻村工作队开展服务。")
    assert not any(m.text.endswith("驻村") for m in ex.mentions if m.kind == Kind.PLACE)


def test_an_ethnic_townships_short_name() -> None:
    # 西定乡 is how documents write 西定哈尼族布朗族乡; its committee is named either way
    ex = extract_document(make_document("云南省勐海县西定乡党委组织党员巡边。", path="t.txt"),
                          components=["places", "organizations"])
    place = next(m for m in ex.mentions if m.kind == Kind.PLACE and m.text == "西定乡")
    assert place.key == "cn-532822/西定哈尼族布朗族乡" and place.label == "西定哈尼族布朗族乡" and "西定乡" in place.aliases
    org = next(m for m in ex.mentions if m.kind == Kind.ORGANIZATION)
    assert "西定乡党委" in org.aliases and org.key == "org/cn-532822/西定哈尼族布朗族乡/党委"


def test_short_names_come_from_the_peoples_in_the_townships_names() -> None:
    from graph.lexicon.gazetteer import gazetteer

    short = gazetteer().short_townships
    assert short["布朗山乡"] == "布朗山布朗族乡" and short["惠七镇"] == "惠七满族镇"
    assert "布朗乡" not in short  # (布朗山布朗族乡: the stem is 布朗山, 布朗 the people)


def test_a_neighbouring_country_is_a_place_but_not_a_people_or_an_ocean() -> None:
    ex = run("勐海县西、南两面与缅甸山水相连。朝鲜族群众说朝鲜语。面向印度洋，同印度尼西亚合作。")
    assert {m.text for m in ex.mentions if m.kind == Kind.PLACE and m.key.startswith("region/")} == {"缅甸"}


def test_no_district_where_its_first_character_ends_a_word() -> None:
    # 其中|山区26县: 中 ends 其中, no 中山区 starts there; written after its city it is one
    ex = run("全省累计建成工坊8200余家，其中山区26县占比超过四成。")
    assert not any(m.kind == Kind.PLACE for m in ex.mentions)
    assert "中山区" in places(run("辽宁省大连市中山区召开会议。"))


def test_a_township_whose_suffix_jieba_joins_into_a_generic_word() -> None:
    """陇城镇 (jieba: 陇|城镇), 王集镇: townships of the list named bare in a paper on their county
    (held-out paper EA), though 城镇 and 集镇 are words; not 小城镇 or 城镇化, nor 中城镇 where 中
    ends 四年中."""
    p = places(run("通道侗族自治县坪坦乡皇都村发展旅游。去年,陇城镇党委牵头把相邻村的党支部联合起来。"
                   "建设特色小城镇,推进城镇化。在不改变集体所有制的前提下，四年中城镇集体所有的资产翻番。"))
    assert "陇城镇" in p and p["陇城镇"].key == "cn-431230/陇城镇"
    assert not {"小城镇", "中城镇"} & set(p)


def test_no_new_village_inside_a_companys_name() -> None:
    # held-out paper EB: 兴村 ("reviving the village") is a word of the company's name
    p = places(run("天长市冶山镇冶山村。村股份经济合作社全资组建天长市冶山兴村农业发展有限公司，作为村集体经营平台。"))
    assert "冶山兴村" not in p and "冶山村" in p


def test_a_new_village_written_after_its_township_over_names_inside_it() -> None:
    # held-out paper EK: the list has 常山庄社区 (renamed); 常山 (a county's short name) and 山庄村
    # (a village elsewhere) inside the name do not block the chain; 寿光市|建立|村级… is no village
    p = places(run("沂南县马牧池乡常山庄村以传承弘扬沂蒙精神为主线。寿光市建立村级组织工作事项准入制。"
                   "就到了被称为“沙县小吃第一村”的沙县区夏茂镇俞邦村。"))
    assert "常山庄村" in p and not {"山庄村", "建立村", "小吃第一村"} & set(p)  # (a nickname in quotes)


def test_no_community_named_from_a_count_of_them() -> None:
    # held-out paper EM: 三里屯街道|共有城市社区33个
    p = places(run("正定县正定镇、诸福屯街道、三里屯街道共有城市社区33个。"))
    assert "三里屯街道" in p and not any(k.endswith("城市社区") for k in p)


def test_the_old_town_and_a_towns_company_are_no_places() -> None:
    # held-out papers EX and EU: 老城区 is 洛阳's district only after 洛阳市; 强镇富村 names a company
    p = places(run("朝天宫街道地处主城老城区。洛阳市老城区推行网格化。组建雁洋镇强镇富村公司,统筹盘活闲置资源。"))
    assert [m.text for m in p.values() if m.label == "老城区"] == ["老城区"] and "洛阳市" in p
    assert not any(k.startswith("强镇") for k in p)
    assert len([t for t in (m.text for m in run("朝天宫街道地处主城老城区。").mentions) if t == "老城区"]) == 0


def test_a_practice_listed_before_village_level_bodies_is_no_village() -> None:
    # corpus 0050 (a province's regulations on village self-government): 村民说事 is a practice
    ex = run("鼓励通过村民说事等村级议事协商制度，引导村民运用法治方式协商解决自治事项。下姜、横路等村发展民宿。")
    assert {m.label for m in places(ex).values()} == {"下姜村", "横路村"}
    # nor the ordinals of a law's items (corpus 0051: 第五项、第六项…等村集体经济组织)
    ex = run("对讨论决定第一款第五项、第六项、第八项和第九项等村集体经济组织财产的事项另有规定。")
    assert not places(ex)


def test_a_township_whose_name_is_a_rare_place_word_before_城镇() -> None:
    # an inspection notice (held-out paper EC, written for the tests): 石城 is the county 石城县's name in
    # jieba's dictionary, 石城镇 one word; listed after another township it is 平顺县's
    ex = run("市委第三巡察组对平顺县开展了专项巡察，对西沟乡、石城镇3个乡镇党委开展了延伸巡察。")
    assert "石城镇" in {m.label for m in places(ex).values()}
    assert not places(run("今后四年中城镇化率提高到60%。"))


def test_no_township_in_an_everyday_word_before_乡风_nor_in_a_given_name_after_a_post() -> None:
    # a national opinion (held-out paper JB, written for the tests): 文明乡 is 文明瑶族乡's short name, but
    # 培育文明乡风 is "foster a civil rural ethos"
    assert not places(run("培育文明乡风、良好家风、淳朴民风。"))
    # a competition's report (held-out paper JD): 朱永平 is the judge, not 永平县 of 云南省
    ex = run("云南省会泽县举行村党组织书记擂台比武。评委提问（县委组织部副部长朱永平）：积分制会不会出现“刷分”？")
    assert {m.label for m in places(ex).values()} == {"云南省", "会泽县"}
    # the short name stays where no post and surname stand before it (云南永平)
    assert "永平县" in {m.label for m in places(run("云南省永平县推行积分制，永平的经验值得推广。")).values()}


def test_an_epithet_of_a_kind_of_town_is_no_town() -> None:
    # ten cases of a province (held-out PC, written for the tests): 东海 is the sea, 渔业重镇 an epithet
    ex = run("嵊泗县嵊山镇是东海渔业重镇，渔民常年在外海作业。\n")
    assert not any("重镇" in name for name in places(ex))
    assert "嵊山镇" in places(ex)


def test_units_renamed_or_missing_from_the_list_as_the_chain_writes_them() -> None:
    """Blind papers VD, WC and WB (written for the tests): a township the list lacks, between
    its county and a village the list has elsewhere (九重镇, a word too: 九重); a township made a
    town and a county made a district since the list was made (宁秀乡 -> 宁秀镇, 湟中县 -> 湟中区);
    a gacha after its sumu."""
    ex = run("河南省南阳市淅川县九重镇陶岔村是渠首所在地。陶岔村有党员56名。")
    keys = {m.key for m in ex.mentions if m.kind == Kind.PLACE and m.label == "陶岔村"}
    assert keys == {"cn-411326/九重镇/陶岔村"}
    ex = run("黄南州泽库县宁秀镇拉格日村。西宁市湟中区拦隆口镇卡阳村。")
    found = {m.key: m for m in ex.mentions if m.kind == Kind.PLACE}
    assert "宁秀镇" in found["cn-632323/宁秀乡"].aliases + (found["cn-632323/宁秀乡"].label,)
    assert "cn-632323/宁秀乡/拉格日村" in found
    assert "湟中区" in found["cn-630122"].aliases
    ex = run("巴林右旗巴彦塔拉苏木宝木图嘎查。")
    assert "cn-150423/巴彦塔拉苏木/宝木图嘎查" in {m.key for m in ex.mentions if m.kind == Kind.PLACE}


def test_a_village_written_under_its_township_is_that_one_where_named_alone() -> None:
    """A press conference (blind paper KL): 沂南县岸堤镇朱家林村 is a village the list lacks
    there; named alone later it is still that one, not the list's 朱家林村 of 商河县 in the same
    province."""
    ex = run("沂南县岸堤镇朱家林村曾是当地有名的空壳村。\n\n谢谢您的关注。朱家林村过去山多地少。")
    keys = {m.key for m in ex.mentions if m.kind == Kind.PLACE and m.label == "朱家林村"}
    assert keys == {"cn-371321/岸堤镇/朱家林村"}


def test_a_county_named_by_an_everyday_word_far_from_the_documents_places_is_the_word() -> None:
    """Blind papers KK, KP, KQ: 我局会同县委组织部, 随即会同县审计局 ("together with" the county's
    bodies) and 司门前镇和县农业农村局 ("and" the county's bureau) in papers on 湄潭县 and 隆回县 name
    no 会同县 of 湖南 and no 和县 of 安徽; a paper that places 会同县 keeps it."""
    def counties(text: str) -> set[str]:
        return {m.label for m in run(text).mentions if m.kind == Kind.PLACE and m.label.endswith("县")}

    assert counties("湄潭县农业农村局答复。我局会同县委组织部到兴隆镇调研。随即会同县审计局开展专项审计。") == {"湄潭县"}
    assert counties("隆回县纪委通报。滩头镇、司门前镇和县农业农村局要针对暴露的问题整改。") == {"隆回县"}
    assert "会同县" in counties("湖南省怀化市会同县委组织部召开会议。会同县审计局开展审计。")
    assert "会同县" in counties("会同县委组织部召开会议，会同县坪村镇党委参加。")


def test_no_place_in_a_persons_title_or_a_dates_year() -> None:
    """A readers' letter page (blind paper LI): 李长海同志任村党支部书记 holds no village 同志任村 (nor
    长海县 read from the name); a survey paper (blind paper LH): 2023年古村落 holds no 年古村."""
    ex = extract_document(make_document(
        "2021年村“两委”换届后，李长海同志任村党支部书记、村委会主任。据江南镇统计,2023年古村落片区游客接待量增长。",
        path="t.txt"))
    assert not [m.label for m in ex.mentions if m.kind == Kind.PLACE]


def test_a_township_after_the_verb_of_taking_a_post() -> None:
    """A notice of appointments (blind paper LG): jieba cuts 任小沙江镇 as one word; the town after
    任 is read, as after 到."""
    assert "小沙江镇" in places(run("隆回县委决定：罗志刚同志任小沙江镇党委委员、副书记。"))


def test_no_place_in_a_persons_name_nor_in_their_given_name_alone() -> None:
    """A branch's appraisal notice (blind paper LO): 程保山 and 程卫东 are members in its table and its
    prose, 与程保山同志 (jieba: 与程/保山) too; 保山 (云南) and 卫东 (平顶山's district) are their names,
    and so are “保山，你…” and 跟着卫东种辣椒; no province or city the gazetteer would add above them
    is left either. 河南省 and 沈丘县, which the text writes, stay."""
    text = ("河南省沈丘县程营村党支部通报。\n姓名\t性别\t所在党小组\t优秀票\t评定等次\n"
            "程保山\t男\t第二党小组\t0\t基本合格\n程卫东\t男\t产业党小组\t22\t优秀\n"
            "支部书记程志远、第二党小组组长孙长海与程保山同志进行了谈话，指出：“保山，你以前不是这样的。”"
            "群众说，跟着卫东种辣椒，心里踏实。\n")
    ex = extract_document(make_document(text, path="t.txt"))
    assert {m.text for m in ex.mentions if m.kind == Kind.PLACE} == {"河南省", "沈丘县", "程营村"}
    assert {i.label for i in ex.implied if i.kind == Kind.PLACE} <= {"周口市"}


def test_a_town_whose_name_is_a_verb_before_its_body_in_its_countys_paper() -> None:
    """A county's review circular (blind paper LS): 擂鼓 is a verb ("beat the drum"), but in a paper on
    竹山县, which has 擂鼓镇, 擂鼓镇党委探索… names the town and its committee."""
    ex = extract_document(make_document("竹山县召开会议。\n\n主要做法：擂鼓镇党委探索“院落议事会”，推选代表。", path="t.txt"))
    assert "cn-420323/擂鼓镇" in {m.key for m in ex.mentions if m.kind == Kind.PLACE}


def test_a_one_character_village_written_with_its_units_word_after_it() -> None:
    """磨村村, 樊村村 (blind paper MS, held-out PD): a village whose name is one character and 村 (the
    list's 磨村, 樊村), written as its committee is named, is that village under its written name;
    not 秀水村|村党组织 nor 磨村|村集体, a word 村 begins after the name."""
    text = "凌云县逻楼镇磨村村党支部书记杨光辉说，磨村村集体收入增加。"
    ex = run(text)
    found = [(m.text, m.label) for m in ex.mentions if m.kind == Kind.PLACE and m.label == "磨村"]
    assert found == [("磨村村", "磨村"), ("磨村", "磨村")]
    assert "磨村村" in next(m for m in ex.mentions if m.label == "磨村").aliases
    ex = run("常山县天马街道实施村：古县村、五里村、樊村村、象湖村。")
    assert places(ex)["樊村村"].label == "樊村"
    ex = run("顺昌县元坑镇秀水村村党组织领办合作社。")
    assert [m.text for m in ex.mentions if m.kind == Kind.PLACE and m.label == "秀水村"] == ["秀水村"]


@pytest.mark.parametrize(("text", "zones"), [
    ("乐清经济开发区党工委统筹推进。", {"乐清经济开发区"}),
    ("余杭区未来科技城聚集了大批企业。", {"未来科技城"}),
    ("凭祥综合保税区内企业。", {"凭祥综合保税区"}),
    ("根河市潮查林场、牛耳河林场党支部。", {"潮查林场", "牛耳河林场"}),
    ("切实提升林场党建水平，推动高新区建设。", set()),
])
def test_development_zones_parks_and_forest_farms_are_places_of_their_own(text: str, zones: set[str]) -> None:
    """(blind papers OJ, OQ, OU, OT) zones the gazetteer does not hold, as regions: named by a short
    place (乐清|经济开发区) or by their own name after their unit (余杭区|未来科技城); no zone of a verb
    or a bare kind."""
    doc = make_document(text, path="t.txt")
    ex = extract_document(doc, components=["places"])
    assert {m.label for m in ex.mentions if m.rule == "region.zone"} == zones


def test_a_village_read_on_after_a_short_name_inside_it_and_a_big_village_by_its_trade() -> None:
    # (blind paper QN) 团溪镇石龙湾村: not 石龙(区) and a village 湾村, but the village written after its township
    ex = run("标题\n遵义市播州区团溪镇石龙湾村党总支书记访谈实录。")
    assert "石龙湾村" in places(ex) and "石龙" not in places(ex) and "湾村" not in places(ex)
    # (blind paper QT) 产茶大村: a village big in tea, no village's name
    assert set(places(run("标题\n上坪村是星村镇的产茶大村，全村共有茶园430亩。"))) == {"上坪村", "星村镇"}


def test_villages_joined_and_villages_and_communities_are_no_villages() -> None:
    # (blind papers QV, RF) 以联村党委, 脐橙产业联村党委: villages joined; 清廉村居: villages and communities
    got = set(places(run("标题\n湾井镇党委以联村党委为平台，成立湾井镇脐橙产业联村党委。仙居县清廉村居建设方案。")))
    assert got == {"湾井镇", "仙居县"}
    # but a village named so, and a village's residents
    assert {"新联村", "余村"} <= set(places(run("标题\n安吉县天荒坪镇余村居民和湾井镇新联村党员。")))
