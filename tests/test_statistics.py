"""Statistics: value as a number, comparator, unit, year, measure and subject."""

from __future__ import annotations

from graph.extract import statistics
from graph.io import make_document
from graph.model import Kind, Mention, Predicate, make_mention
from graph.pipeline import DocContext
from graph.segment import split_sentences


def run(text: str, places: tuple[str, ...] = ()) -> tuple[list[Mention], list]:
    doc = make_document(text, path="t.txt")
    ctx = DocContext(doc=doc, sentences=split_sentences(doc))
    for name in places:
        i = text.index(name)
        ctx.add(make_mention(doc, start=i, end=i + len(name), sent_index=ctx.sentence_at(i).index, kind=Kind.PLACE,
                             key="p-" + name, label=name, rule="test"))
    items = list(statistics.extract(ctx))
    return [m for m in items if isinstance(m, Mention)], [r for r in items if not isinstance(r, Mention)]


def test_percentage_over_with_subject() -> None:
    (m,), (r,) = run("其一,湘西州农村党员“老龄化”程度高,45岁以上党员超过了55%。", places=("湘西州",))
    assert dict(m.attrs) == {"measure": "45岁以上党员", "value": "55", "unit": "%", "comparator": ">",
                             "subject": "p-湘西州"}
    assert m.label == "湘西州 45岁以上党员 >55%"
    assert (r.predicate, r.object_key, r.prov.stated) == (Predicate.ABOUT, "p-湘西州", True)


def test_money_with_year_and_no_verb() -> None:
    ms, _ = run("2007年,村级可支配收入350万元,农民人均收入10586元,首次突破了万元大关。")
    got = {(m.attr("measure"), m.attr("value"), m.attr("unit"), m.attr("year")) for m in ms}
    assert got == {("村级可支配收入", "350", "万元", "2007"), ("农民人均收入", "10586", "元", "2007")}


def test_measure_after_percent_and_only_has() -> None:
    (m,), _ = run("在湘西州,仅有30%的村拥有集体经济。", places=("湘西州",))
    assert (m.attr("measure"), m.attr("value"), m.attr("comparator")) == ("村拥有集体经济", "30", "=")


def test_chinese_hundred_million() -> None:
    (m,), _ = run("每年用于民生方面的直接支出都超过1个亿。")
    assert (m.attr("value"), m.attr("unit"), m.attr("comparator")) == ("1", "亿元", ">")


def test_share_with_decimal_and_subject_from_paragraph() -> None:
    (m,), (r,) = run("湘西州农村党员的文化水平低。初中及以下文化程度的党员占41.7%。", places=("湘西州",))
    assert (m.attr("value"), m.attr("comparator")) == ("41.7", "=")
    assert r.prov.stated is False and r.prov.confidence < 1


def test_dates_ordinals_and_references_are_not_statistics() -> None:
    ms, _ = run("2008年的农业是大丰收年。第3条规定如下。提高执行力的能力。[2]范亚平.论提升基层党组织的执行力。3月20日举行。")
    assert ms == []


def test_corpus_report_sentence() -> None:
    ms, _ = run("2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%。")
    first = ms[0]
    assert (first.attr("year"), first.attr("comparator")) == ("2007", "=")


def test_magnitude_and_counting_word_make_one_unit() -> None:
    ms, _ = run("农林牧渔业总产值超过1.3万亿元，稳居全国首位；中欧班列累计开行超1.4万列。")
    got = {(m.attr("measure"), m.attr("value"), m.attr("unit"), m.attr("comparator")) for m in ms}
    assert got == {("农林牧渔业总产值", "1.3", "万亿元", ">"), ("中欧班列累计开行", "1.4", "万列", ">")}


def test_enumerated_values_share_one_measure() -> None:
    ms, _ = run("新能源汽车、智能家电、智能手机限上零售额分别增长8.7%、31.5%和32.3%。")
    assert [m.attr("value") for m in ms] == ["8.7", "31.5", "32.3"]
    assert {m.attr("measure") for m in ms} == {"新能源汽车、智能家电、智能手机限上零售额分别增长"}


def test_approximate_count_and_measure_stops_at_previous_number() -> None:
    ms, _ = run("新引育省级以上领军人才1480多人，博士后在站人数突破1万人。")
    got = {(m.attr("measure"), m.attr("value"), m.attr("unit"), m.attr("comparator")) for m in ms}
    assert got == {("新引育省级以上领军人才", "1480", "人", ">"), ("博士后在站人数", "1", "万人", ">")}


def test_chinese_count_of_times_only_at_clause_end() -> None:
    ms, _ = run("把村民最新最需解决的问题和意见每月汇总一次。召开了一次会议。")
    assert [(m.attr("value"), m.attr("unit")) for m in ms] == [("1", "次")]


def test_subject_from_paragraph_is_a_recent_place_not_an_organisation() -> None:
    text = "湘西州组织部开展调研。会议认为要加强建设。工作继续推进。任务很重。初中及以下文化程度的党员占41.7%。"
    _, rels = run(text, places=("湘西州",))
    assert rels == []  # the place is four sentences back: too far to be what the number measures


def test_full_width_digits_are_read_as_numbers() -> None:
    """Government work reports of the early 2000s write numbers in full-width digits."""
    from graph.io import make_document
    from graph.pipeline import extract_document

    text = "２００１年国内生产总值达到９５９３３亿元，我国关税总水平已由１５．３％降到１２％。"
    ex = extract_document(make_document(text, path="g.txt"))
    stats = [dict(m.attrs) for m in ex.mentions if m.kind.value == "Statistic"]
    gdp = next(a for a in stats if a["value"] == "95933")
    assert gdp["unit"] == "亿元" and gdp["year"] == "2001"
    assert {a["value"] for a in stats} >= {"95933", "12"}
    for m in ex.mentions:
        assert text[m.start:m.end] == m.text


# -- the fast paths give what the plain forms give ---------------------------------------------------

import re  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="２０１５年，（）％．　ａＡ～！" + "共有12.3万元%的人", max_size=40))
def test_half_width_is_the_translation(text: str) -> None:
    assert statistics._half_width(text) == text.translate(statistics._HALF_WIDTH)


_PLAIN_NUMBER = re.compile(
    r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[一二两三四五六七八九十百千]+(?=个亿|亿|万|次|个百分点|倍)"
    rf"|[一二两三四五六七八九十百千]{{2,}}(?=(?:多|余)?(?:{statistics._CN_COUNTS})))\s*(?P<approx>多|余)?"
    rf"(?P<unit>%|％|个亿|{statistics._MAGNITUDE}?(?:余|多)?{statistics._BASE_UNIT}|万亿|亿|万)"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.,一二两三四五六七八九十百千个亿万次百分点倍多余% 元人户名１２年", max_size=20))
def test_number_pattern_is_the_plain_one(text: str) -> None:
    got = [(m.span(), m.groupdict()) for m in statistics._NUMBER.finditer(text)]
    assert got == [(m.span(), m.groupdict()) for m in _PLAIN_NUMBER.finditer(text)]


def test_chinese_numerals_in_names_and_adverbs_are_not_amounts() -> None:
    """A 2024 prefecture report: 千万工程 and “百千万”行动 are programmes, 千万 an adverb."""
    from graph.io import make_document
    from graph.pipeline import extract_document

    text = ("以学习运用“千万工程”经验为引领，实施“百千万”行动。千万不能放松。建成6个千亿级产业。"
            "全县投资三千万，村集体收入两千万元，惠及三万多人。")
    ex = extract_document(make_document(text, path="s.txt"))
    stats = sorted((dict(m.attrs)["value"], dict(m.attrs)["unit"]) for m in ex.mentions if m.kind.value == "Statistic")
    # 6个 is a count (建成千亿级产业: what was built follows the number); 千亿 in 千亿级 is no amount
    assert stats == [("2000", "万元"), ("3", "万人"), ("3000", "万"), ("6", "个")]


def test_chinese_amounts_with_sections_are_read_whole() -> None:
    """Government work reports of the 1980s write amounts in Chinese numerals, in sections."""
    ms, _ = run("全国粮食产量计划达到三亿六千万吨，原油产量达到一亿零六百万吨。"
                "新增发电装机容量一千九百五十万千瓦。在校生已达六十四万多人。")
    assert [(m.attr("value"), m.attr("unit"), m.attr("comparator")) for m in ms] == [
        ("36000", "万吨", "="), ("10600", "万吨", "="), ("1950", "万千瓦", "="), ("64", "万人", ">")]


def test_chinese_numeral_values() -> None:
    from graph.extract._text import cn_to_int

    assert [cn_to_int(x, strict=True) for x in ("三亿六千万", "二百零五万四千", "十六", "两亿零七百万", "四千零七十三亿",
                                                 "一千零一", "千万")] == [
        360_000_000, 2_054_000, 16, 207_000_000, 407_300_000_000, 1001, 10_000_000]
    assert [cn_to_int(x, strict=True) for x in ("三三", "百千万", "十百千万")] == [None, None, None]
    # names read numeral runs leniently, as before: the last digit stands, units add up
    assert [cn_to_int(x) for x in ("三三", "百千", "十八", "双")] == [3, 1100, 18, 2]


def test_a_size_class_is_no_statistic() -> None:
    """2008 government work report: 1000万吨级炼油厂 is a kind of refinery, not 10 million tonnes."""
    ms, _ = run("建设京沪高速铁路和1000万吨级炼油厂、100万吨级乙烯工程。新增铁路营运里程6100公里。")
    assert [(m.attr("value"), m.attr("unit")) for m in ms] == [("6100", "公里")]


def test_a_number_after_a_colon_measures_what_the_colon_labels() -> None:
    """A district's summary of results (2024): 地区生产总值：1110.60亿元."""
    ms, _ = run("核心成效。地区生产总值：1110.60亿元。新改建村组连接道路：41公里。")
    assert [(m.attr("measure"), m.attr("value"), m.attr("unit")) for m in ms] == [
        ("地区生产总值", "1110.6", "亿元"), ("新改建村组连接道路", "41", "公里")]


def test_nationwide_and_citywide_stay_in_the_measure() -> None:
    """2006 and 2026 work reports: 全国社会保障基金积累…, 全市生产总值增长… keep 全国, 全市."""
    ms, _ = run("全国社会保障基金积累4140亿元。全市生产总值增长5%左右。")
    assert [m.attr("measure") for m in ms] == ["全国社会保障基金积累", "全市生产总值增长"]


def test_a_signed_growth_in_brackets_is_the_growth_of_the_figure_before() -> None:
    # a district's briefing (corpus 0181)
    ms, _ = run("核心成效（2024年）：\n地区生产总值：1110.60亿元（+5.7%）\n")
    assert [(m.attr("measure"), m.attr("value"), m.attr("unit")) for m in ms] == [
        ("地区生产总值", "1110.6", "亿元"), ("地区生产总值增长", "5.7", "%")]
    ms, _ = run("工业投资：120亿元（-2.1%）")
    assert ms[1].attr("measure") == "工业投资增长" and ms[1].attr("value") == "-2.1"


def test_a_delivery_times_name_is_no_count() -> None:
    ms, _ = run("特色农产品销售实现“市内T+0当日达”“省内T+1次晨达”。")
    assert ms == []


def test_grain_in_jin() -> None:
    (m,), _ = run("粮食最高年产840亿斤。")
    assert (m.attr("value"), m.attr("unit")) == ("840", "亿斤")


def test_a_reports_figures_are_the_unit_in_its_title_unless_a_wider_whole() -> None:
    text = "江苏南京溧水区：以三“多”合一改革为途径 探索新时代“千万工程”溧水实践\n全区村社数量：84个\n全国粮食产量1.4万亿斤。\n"
    ms, rels = run(text, places=("溧水区",))
    assert {m.attr("measure"): m.attr("subject") for m in ms} == {"全区村社数量": "p-溧水区", "全国粮食产量": None}
    (r,) = rels
    assert (r.prov.rule, r.prov.stated, r.prov.confidence) == ("statistics.subject_title", False, 0.3)


def test_in_a_report_a_place_named_before_is_an_example_not_the_figures_subject() -> None:
    # a provincial work report (corpus 0085): 黄冈 is an example; the figures are the province's
    text = ("2026年湖北省政府工作报告\n黄冈等地的工业投资增势良好。内需主导作用明显增强，社会消费品零售总额增至2.79万亿元。\n")
    ms, rels = run(text, places=("湖北省", "黄冈"))
    (m,) = [m for m in ms if m.attr("value") == "2.79"]
    assert m.attr("subject") == "p-湖北省"


def test_a_bare_change_is_the_change_of_the_figure_before() -> None:
    # a provincial work report's sentence (corpus 0057)
    ms, _ = run("地方一般公共预算收入达到8500亿元、增长1.5%，居民人均可支配收入达到9.2万元、比上年增长4.1%。")
    assert [m.attr("measure") for m in ms] == ["地方一般公共预算收入", "地方一般公共预算收入增长",
                                               "居民人均可支配收入", "居民人均可支配收入比上年增长"]


def test_an_action_verbs_object_follows_the_number() -> None:
    # a provincial work report's sentence (corpus 0062): one verb, each number with its own object
    ms, _ = run("建设10个县级综合养老服务中心、60个乡镇区域养老服务中心、120个村级养老服务站点。")
    assert [m.attr("measure") for m in ms] == ["建设县级综合养老服务中心", "建设乡镇区域养老服务中心",
                                               "建设村级养老服务站点"]
    (m,) = run("新建5G基站1.2万个，实施167项改革。")[0][1:]
    assert m.attr("measure") == "实施改革"


def test_a_whole_units_figure_is_that_units() -> None:
    # a paper on one village (a probe written for the tests): 全村 is the village, not the
    # district named after it; the clause goes on about the village; 仅 is no part of a measure
    from graph.io import make_document
    from graph.pipeline import extract_document

    text = "战旗村位于成都市郫都区唐昌街道，全村共有农户529户、1445人，党员86名。其中35岁以下党员仅占12%。"
    ex = extract_document(make_document(text, path="s.txt"))
    labels = {m.key: m.label for m in ex.mentions}
    stats = [m for m in ex.mentions if m.kind.value == "Statistic"]
    assert [labels.get(m.attr("subject")) for m in stats[:3]] == ["战旗村"] * 3
    assert stats[3].attr("measure") == "35岁以下党员"


def _stats(text: str) -> list[tuple[str, str | None, str]]:
    """(measure, subject label, value+unit) of each figure, by the whole pipeline."""
    from graph.io import make_document
    from graph.pipeline import extract_document

    ex = extract_document(make_document(text, path="s.txt"))
    labels = {m.key: m.label for m in ex.mentions}
    return [(m.attr("measure"), labels.get(m.attr("subject")), m.attr("value") + m.attr("unit"))
            for m in ex.mentions if m.kind.value == "Statistic"]


def test_a_place_the_subject_lies_in_is_not_the_subject() -> None:
    # a probe paper written for the tests: the county's towns, not the province's; what it
    # administers is the object after the number
    assert _stats("象山县地处浙江东部沿海，下辖10个镇、5个乡、3个街道。") == [
        ("下辖镇", "象山县", "10个"), ("下辖乡", "象山县", "5个"), ("下辖街道", "象山县", "3个")]


def test_a_whole_county_is_the_county_the_paper_is_about() -> None:
    # the same probe: 全县 in a later paragraph is the county the paper names throughout; the
    # clause goes on about it; 万余场 is more than 1.2万 场
    text = ("象山县位于宁波市。象山县推行“村民说事”制度。\n\n三、取得的成效\n"
            "截至2022年底，全县490个村共召开说事会1.2万余场，收集意见建议3.6万条。")
    stats = _stats(text)
    assert [s[1] for s in stats] == ["象山县"] * 3
    assert stats[1][2] == "1.2万场"


def test_a_whole_city_in_a_municipalitys_report_is_the_municipality() -> None:
    # a municipality's work report (corpus 0096): 全市 is 重庆市 (a province-level 市), not
    # the prefecture the report names most often
    text = ("2026年重庆市政府工作报告\n与武汉市、武汉市、成都市合作。全市地区生产总值达到33757.93亿元。")
    (stat,) = [s for s in _stats(text) if s[2] == "33757.9亿元"]
    assert stat[1] == "重庆市"


def test_a_measures_value_before_and_after_a_change() -> None:
    # a probe paper written for the tests: 92% is the same measure, in the sentence's year;
    # the year after 由 is the first value's only
    assert _stats("市北区推行红色物业。2022年，全区物业服务满意度由2019年的71%提高到92%，12345热线物业类投诉下降38.6%。") == [
        ("全区物业服务满意度", "市北区", "71%"), ("全区物业服务满意度", "市北区", "92%"),
        ("12345热线物业类投诉下降", "市北区", "38.6%")]
    # a provincial report's sentence (corpus 0072)
    stats = _stats("2025年广东省政府工作报告\n地区生产总值从11.37万亿元增加到14.58万亿元。")
    assert [s[0] for s in stats] == ["地区生产总值", "地区生产总值"]


def test_thousands_separators_and_a_chain_the_subject_lies_in() -> None:
    # a probe paper written for the tests: 14,117元; the township, not the county it lies in
    assert _stats("下党乡位于福建省宁德市寿宁县西部，辖7个行政村。2019年，下党乡农民人均可支配收入达到14,117元。") == [
        ("辖行政村", "下党乡", "7个"), ("农民人均可支配收入", "下党乡", "14117元")]
    # a 1981 government work report (corpus 0154) writes the separator full-width
    (stat,) = _stats("粮食产量达到33，212万吨。")
    assert stat[2] == "33212万吨"


def test_a_provinces_own_policy_speaks_for_the_province() -> None:
    # a probe notice written for the tests: its figures name no place, its title does
    stats = _stats("湖北省人民政府办公厅关于加强村级组织建设推动乡村治理的实施意见\n三、保障措施\n省财政每年安排专项资金2亿元。")
    assert stats == [("省财政每年安排专项资金", "湖北省", "2亿元")]


def test_who_acknowledged_a_figure_is_not_its_subject() -> None:
    # a provincial report (corpus 0063): the reforms are the province's, 中央改革办 spread them
    stats = _stats("2026年四川省政府工作报告\n25项改革经验获中央改革办推广、83项获国家有关部委推广。")
    assert {s[1] for s in stats} == {"四川省"}


def test_a_time_keeps_its_unit() -> None:
    # a State Council report (corpus 0103): 6个工作日 is a time limit, in working days
    (stat,) = _stats("企业出口退税办理时间压缩至6个工作日。")
    assert stat[2] == "6个工作日"


def test_shares_in_tenths_durations_and_what_a_place_has() -> None:
    """近两成, 占比接近七成, 占全国9成 are shares in per cent; 6小时 after 缩短到 is the same measure
    later; a count after 共有 measures what follows it; not 成功, 成为, “15分钟”生活圈."""
    ms, _ = run("湾厦社区非户籍人口占比接近七成。过去网格员一年流失近两成。广东省占全国9成。", places=("湾厦社区",))
    assert sorted((m.attr("value"), m.attr("unit")) for m in ms) == [("20", "%"), ("70", "%"), ("90", "%")]
    ms, _ = run("诉求平均响应时间由原来的48小时缩短到6小时以内。")
    assert [(m.attr("value"), m.attr("unit"), m.attr("measure")) for m in ms] == [
        ("48", "小时", "诉求平均响应时间"), ("6", "小时", "诉求平均响应时间")]
    ms, _ = run("南光社区共有620名报到党员参与志愿服务。", places=("南光社区",))
    assert [(m.attr("value"), m.attr("measure")) for m in ms] == [("620", "报到党员参与志愿服务")]
    ms, _ = run("AR-E 3000成功首飞。这一成为常态。推进“15分钟”生活圈，打造1小时经济圈。")
    assert ms == []


def figures(text: str) -> list[tuple[str, str, str]]:
    return [(dict(m.attrs)["value"], dict(m.attrs)["unit"], dict(m.attrs)["comparator"]) for m in run(text)[0]]


def test_counts_of_surveys_cases_herds_and_works() -> None:
    # probe papers written for the tests (广西龙胜, 宁夏泾源, 湖北秭归)
    assert figures("回收有效问卷406份，协调化解旅游经营纠纷23起。") == [("406", "份", "="), ("23", "起", "=")]
    assert figures("新旗村肉牛托管存栏达到1380头，建成标准化圈舍12栋。") == [("1380", "头", "="), ("12", "栋", "=")]
    assert figures("全县村落理事会共组织群众议事1.1万余场次，带动群众投工投劳21.3万个工日。") == [
        ("1.1", "万场次", ">"), ("21.3", "万个工日", "=")]
    assert figures("全县移民村党组织书记平均年龄51.3岁。") == [("51.3", "岁", "=")]
    # an age threshold or a person's age is no figure
    assert figures("62岁的老党员张秀兰说。") == []
    assert figures("湘西州45岁以上党员超过55%。") == [("55", "%", ">")]


def test_a_range_gives_both_bounds_of_one_measure() -> None:
    ms, _ = run("每名党员中心户联系10至15户群众。")
    assert [(dict(m.attrs)["value"], dict(m.attrs)["unit"], dict(m.attrs)["comparator"]) for m in ms] == [
        ("10", "户", ">="), ("15", "户", "<=")]
    assert len({dict(m.attrs)["measure"] for m in ms}) == 1
    ms, _ = run("全省地区生产总值年均增长5%—5.5%，现代化基础更牢。")
    assert [dict(m.attrs)["measure"] for m in ms] == ["全省地区生产总值年均增长"] * 2
    assert figures("2019-2023年，全县新增党员120名。") == [("120", "名", "=")]


def test_a_text_tables_numeric_columns_give_figures_of_their_rows_subjects() -> None:
    """A web page's table read as ruled rows (held-out LA, written for the tests): each number
    of a column whose heading names a measure is a figure of the row's place, in the heading's
    unit; the row's number (序号) and a year column are no figures, nor a cell of words."""
    text = ("截至2023年底，表列乡镇“消薄”成效如下：\n"
            "| 序号 | 乡镇 | “消薄”重点村（个） | 2023年经营性收入总额（万元） | 年份 | 主要增收模式 |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | 禾川镇 | 6 | 312.5 | 2023 | 物业经营、飞地抱团 |\n"
            "| 2 | 石桥镇 | 9 | 246.8 | 2023 | 飞地抱团 |\n"
            "| 3 | 合计 | 15 | 559.3 | 2023 | — |\n")
    ms, rels = run(text, places=("禾川镇", "石桥镇"))
    figures = {(m.attr("measure"), m.attr("value"), m.attr("unit"), m.attr("year")) for m in ms if m.kind == Kind.STATISTIC}
    assert figures == {("“消薄”重点村", "6", "个", None), ("“消薄”重点村", "9", "个", None), ("“消薄”重点村", "15", "个", None),
                       ("2023年经营性收入总额", "312.5", "万元", "2023"), ("2023年经营性收入总额", "246.8", "万元", "2023"),
                       ("2023年经营性收入总额", "559.3", "万元", "2023")}
    about = {(m.attr("value"), r.object_key) for m in ms for r in rels
             if r.predicate == Predicate.ABOUT and r.subject_key == m.key}
    assert ("312.5", "p-禾川镇") in about and ("246.8", "p-石桥镇") in about
    assert not any(v == "559.3" for v, _ in about)  # the total is the table's, of no row's place


def test_a_forms_fields_with_the_unit_in_the_label() -> None:
    # a county's public list of projects (held-out PD, written for the tests): the label's bracket is the
    # unit, the number alone on the field's line; about the village of the block
    stats, rels = run("项目名称：澄潭村胡柚鲜果分拣项目\n实施村：澄潭村\n总投资（万元）：486\n"
                      "预计年收益（万元）：41.5\n带动农户：212户\n", places=("澄潭村",))
    got = {(dict(m.attrs)["measure"], dict(m.attrs)["value"], dict(m.attrs)["unit"]) for m in stats}
    assert {("总投资", "486", "万元"), ("预计年收益", "41.5", "万元")} <= got
    about = {r.subject_key for r in rels if r.predicate == Predicate.ABOUT}
    assert {m.key for m in stats if dict(m.attrs)["measure"] == "总投资"} <= about
    # a field whose number is a code or a year is no figure (邮政编码：313300 has no unit bracket)
    stats, _ = run("邮政编码：313300\n联系电话（办公室）：0570\n")
    assert not [m for m in stats if dict(m.attrs)["value"] in ("313300", "570")]


def test_chinese_numerals_of_ten_or_more_count_people_and_households() -> None:
    # blind paper RC (written for the tests), an oral history told in Chinese numerals; one
    # character (七个, 一人) and a slogan's numeral (“十个严禁”) are no figures
    stats = _stats("永嘉县岩头镇芙蓉村。全大队三百多户，当时有二十一个党员，下面分七个生产队。落实“十个严禁”，推行“一人一档”。")
    assert {s[2] for s in stats} == {"300户", "21个"}


def test_points_of_an_appraisal_are_figures_and_a_clocks_minutes_are_not() -> None:
    # blind paper MN, a branch's monthly points notice; a meeting's time and a video's length are no points
    stats = _stats("基础分60分，参加志愿服务每次加2分。付大林本月得分：52分。会议于14时30分召开，持续40分钟。"
                   "时长:5分38秒。村民每股分红300元。")
    assert {s[2] for s in stats} == {"60分", "2分", "52分", "40分钟", "300元"}
