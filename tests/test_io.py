"""Reading documents: encodings, bad input, titles, ids, compilations split into papers."""

from __future__ import annotations

import re

from pathlib import Path

import pytest

from graph.errors import (
    BinaryDocumentError,
    EmptyDocumentError,
    MissingPathError,
    UnsupportedFormatError,
)
from graph.io import Source, decode, discover, make_document, read_document

TEXT = "金山区枫泾镇新黎村在领导班子建设方面勇于创新,创造性提出了“三型”班子建设工程。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
    ],
)
def test_decodes_utf8_bom_and_gb18030(data: bytes, encoding: str) -> None:
    text, enc = decode(data, path="x.txt")
    assert text.lstrip("\ufeff") == TEXT
    assert enc == encoding


def test_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    doc = read_document(Source(p, "bom.txt"))
    assert doc.text == TEXT
    assert doc.title.startswith("金山区枫泾镇新黎村")


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyDocumentError),
        (b"  \n\n\t ", EmptyDocumentError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), BinaryDocumentError),
        (bytes(range(1, 32)) * 50, BinaryDocumentError),
    ],
)
def test_bad_bytes_get_a_clear_error_naming_the_file(data: bytes, error: type) -> None:
    with pytest.raises(error) as exc:
        decode(data, path="bad/file.txt")
    assert "bad/file.txt" in str(exc.value)
    assert str(exc.value).startswith(f"[{error.code}]")


def test_discover_reports_missing_and_unsupported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# 标题\n" + TEXT, "utf-8")
    (tmp_path / "sub" / "c.png").write_bytes(b"\x89PNG")
    (tmp_path / "d.xyz").write_text("x", "utf-8")
    sources, errors = discover([tmp_path, tmp_path / "nope.txt", tmp_path / "d.xyz"], base=tmp_path)
    assert [s.display for s in sources] == ["a.txt", "sub/b.md"]
    kinds = sorted(type(e).__name__ for e in errors)
    assert kinds == [MissingPathError.__name__, UnsupportedFormatError.__name__]
    assert any("nope.txt" in str(e) for e in errors)


def test_markdown_title_and_stable_content_id() -> None:
    a = make_document("# 乡村振兴工作报告\n\n正文。", path="a.md")
    b = make_document("# 乡村振兴工作报告\r\n\r\n正文。", path="elsewhere/b.md")
    assert a.title == "乡村振兴工作报告"
    assert a.id == b.id  # same text after line-end normalisation -> same document
    assert a.id.startswith("d") and len(a.id) == 13


def test_compilation_is_split_into_papers(sample_text: str) -> None:
    doc = make_document(sample_text, path="s.txt")
    assert [p.label for p in doc.parts] == ["篇1", "篇2", "篇3"]
    assert doc.parts[1].title == "提高湘西州农村基层党组织服务能力的路径探析"
    # each author line falls inside its own paper
    for author, part in (("作者:刘娥苹", "篇1"), ("作者:薛菁", "篇2"), ("作者:占金云", "篇3")):
        pos = doc.text.index(author)
        assert doc.part_at(pos).label == part
    assert doc.parts[0].end == doc.parts[1].start


def test_single_paper_has_no_parts() -> None:
    doc = make_document("关于加强基层党组织建设的意见\n\n各乡镇党委：现将有关事项通知如下。", path="x.txt")
    assert doc.parts == ()


def test_the_binary_check_knows_every_control_private_and_surrogate_code_point() -> None:
    import sys
    import unicodedata

    from graph.io import _NOT_TEXT

    wrong = [c for c in range(sys.maxunicode + 1)
             if bool(_NOT_TEXT.match(chr(c))) != (unicodedata.category(chr(c)) in ("Cc", "Co", "Cs")
                                                  and chr(c) not in "\n\r\t\f")]
    assert wrong == []


def test_the_title_is_not_the_issuing_body_or_the_date_above_it() -> None:
    """An experience material opens with the body that submits it, then its title."""
    from graph.io import guess_title

    text = "中共青岛市李沧区委组织部\n\n李沧区：串起组织链 织密治理网\n（在座谈会上的交流材料）\n正文。\n"
    assert guess_title(text) == "李沧区：串起组织链 织密治理网"
    assert guess_title("2024年3月15日\n某某县工作报告\n正文。") == "某某县工作报告"
    assert guess_title("中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见\n（2021年4月28日）\n") == \
        "中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见"
    assert guess_title("中共大理州委党校课题组\n") == "中共大理州委党校课题组"  # nothing after it: the line itself
    # held-out paper CK (written for the tests): an official title set on three lines under its issuer
    text = ("中共邢台市委组织部\n\n邢组字〔2024〕23号\n\n中共邢台市委组织部\n关于实施“头雁领航·强基兴村”三年行动\n"
            "推动抓党建促乡村振兴的实施意见\n\n各县（市、区）委组织部：\n")
    title = guess_title(text)
    assert title == "中共邢台市委组织部关于实施“头雁领航·强基兴村”三年行动推动抓党建促乡村振兴的实施意见"
    from graph.rdf import main_title

    assert main_title(title) == "关于实施“头雁领航·强基兴村”三年行动推动抓党建促乡村振兴的实施意见"  # cited so
    assert guess_title("中共某县委办公室\n关于做好春耕工作\n各乡镇：\n") == "中共某县委办公室关于做好春耕工作"


def test_a_line_that_names_the_title() -> None:
    from graph.io import guess_title

    text = "硕士学位论文（节选）\n\n论文题目：乡村振兴背景下乡村治理体系建设研究——以浙江省桐乡市为例\n学位申请人：沈语桐\n"
    assert guess_title(text) == "乡村振兴背景下乡村治理体系建设研究——以浙江省桐乡市为例"
    # a lesson plan's 课题 set with spaces (blind paper MK), under its school and a course number
    text = ("中共沂南县委党校\n教  案\n\n课程编号：YNDX-2024-DJ-07\n"
            "课    题：传承沂蒙精神 抓党建促乡村振兴——马牧池乡东辛庄村、常山庄村“两村之变”案例教学\n")
    assert guess_title(text) == "传承沂蒙精神 抓党建促乡村振兴——马牧池乡东辛庄村、常山庄村“两村之变”案例教学"
    # a film's name in its title marks under the series and the kind of script (blind paper MI; held-out
    # UC: 片名：一叶映初心——…工作纪实, the subtitle is no part of the name)
    text = "政和县融媒体中心“乡村振兴·支部力量”系列短视频\n分镜脚本(审片稿)\n\n片名:《茶山红马甲》\n时长:8分\n"
    assert guess_title(text) == "茶山红马甲"
    assert guess_title("党员教育电视专题片解说词\n\n片名：一叶映初心——江西省遂川县汤湖镇南屏村党支部工作纪实\n") == "一叶映初心"


def test_a_drafts_stage_is_no_part_of_its_title() -> None:
    from graph.io import guess_title

    # the panel texts of an exhibition hall (blind paper MJ)
    assert guess_title("莫干山北麓·仙潭村党建展厅展板文字（定稿）\n\n展厅位置：仙潭村党群服务中心二楼\n") == \
        "莫干山北麓·仙潭村党建展厅展板文字"
    assert guess_title("中国共产党支部工作条例（试行）\n\n第一章 总则\n") == "中国共产党支部工作条例（试行）"


def test_a_newspapers_column_above_the_title_is_not_the_title() -> None:
    from graph.io import guess_title
    from graph.rdf import main_title

    text = "理论·实践\n\n让驻村工作队成为建强村级组织的“助推器”\n——昌吉回族自治州深化驻村工作的实践与思考\n"
    assert guess_title(text) == "让驻村工作队成为建强村级组织的“助推器”"
    # a mark of the copy is not part of the work's name (how it is cited)
    assert main_title("政府工作报告（节选）") == "政府工作报告"


def test_an_official_documents_title_under_its_red_header_and_number() -> None:
    """A county office's notice (held-out paper AE): the red header (…文件) and the number
    (…〔2023〕9号) stand above it; the issuer's line and the 关于… line are one title."""
    from graph.io import guess_title

    text = ("中共婺源县委办公室文件\n\n婺办发〔2023〕9号\n\n中共婺源县委办公室\n"
            "关于印发《婺源县党建引领乡村振兴三年行动实施方案》的通知\n\n各乡（镇）党委：\n")
    assert guess_title(text) == "中共婺源县委办公室关于印发《婺源县党建引领乡村振兴三年行动实施方案》的通知"
    assert guess_title("国务院办公厅关于加强村级组织建设的意见\n国办发[2021]5号\n各省：") == \
        "国务院办公厅关于加强村级组织建设的意见"


def test_a_web_pages_breadcrumb_is_not_the_title() -> None:
    """首页 > 基层党建 > 城市党建 above a website's article (held-out AS); a title comparing two
    things with > stays a title."""
    from graph.io import guess_title

    text = "首页 > 基层党建 > 城市党建\n\n河西区：“大工委”串起共建链\n\n发布时间：2023-11-08 09:36\n正文。"
    assert guess_title(text) == "河西区：“大工委”串起共建链"
    assert guess_title("当前位置：首页 » 要闻\n标题在此\n正文") == "标题在此"
    assert guess_title("A>B的比较研究\n正文") == "A>B的比较研究"


def test_a_column_label_in_square_brackets_is_not_the_title() -> None:
    """【边疆党建】 above a report's headline (held-out AW), like 理论·实践."""
    from graph.io import guess_title

    assert guess_title("【边疆党建】\n\n党旗红映边关　胶林茶山生新绿\n——勐腊县以边境党建长廊推动\n正文。") == "党旗红映边关　胶林茶山生新绿"


def test_a_line_naming_the_kind_of_work_is_not_the_title() -> None:
    """会议论文 above a paper's title (held-out BE), 典型案例 above a case; alone it is the title."""
    from graph.io import guess_title

    assert guess_title("会议论文\n\n党建引领“飞地经济”的实践路径研究\n——基于丽水市的调查\n") == "党建引领“飞地经济”的实践路径研究"
    assert guess_title("典型案例\n\n某某村的故事\n正文") == "某某村的故事"
    assert guess_title("会议论文\n") == "会议论文"


def test_a_columns_short_name_above_a_headline_and_its_subtitle_is_not_the_title() -> None:
    """一线观察 above 小网格里的“大治理” and its ——subtitle (held-out BI); a short title above a
    byline stays the title."""
    from graph.io import guess_title

    text = "一线观察\n\n小网格里的“大治理”\n——沈阳大连党建引领城乡网格化治理见闻\n\n本报记者 郑雨桐\n"
    assert guess_title(text) == "小网格里的“大治理”"
    assert guess_title("述职报告\n\n张三\n\n——2023年度\n") == "述职报告"
    assert guess_title("筑牢战斗堡垒\n——记某村党支部书记\n正文") == "筑牢战斗堡垒"


def test_a_pages_metadata_line_and_a_newspapers_kicker_are_not_the_title() -> None:
    """发布日期：…　信息来源：…　作者：… above a county's notice (held-out BR) is the page's; a national
    paper's report (held-out BP) has a kicker, the headline and a deck over the reporters' line:
    the headline is the title."""
    from graph.io import guess_title

    text = ("发布日期：2024-03-22　信息来源：五华县委组织部　作者：钟晓峰\n\n中共五华县委办公室文件\n\n"
            "五委办发〔2024〕7号\n\n中共五华县委办公室\n关于印发《五华县2024年整顿软弱涣散村党组织工作方案》的通知\n\n各镇党委：\n")
    assert guess_title(text) == "中共五华县委办公室关于印发《五华县2024年整顿软弱涣散村党组织工作方案》的通知"
    text = ("坚持大抓基层鲜明导向　把组织优势转化为发展优势\n青海：党建引领高原乡村振兴步履铿锵\n"
            "去年全省集体经济收入10万元以上的村占比过半，农村常住居民人均可支配收入增长7.6%\n\n"
            "本报记者　周海川　韩雪晴\n\n　　本报西宁6月12日电　初夏时节。\n")
    assert guess_title(text) == "青海：党建引领高原乡村振兴步履铿锵"


def test_a_title_set_on_two_lines_above_its_subtitle() -> None:
    """A district secretary's speech (held-out BT): 坚持党建引领　深化共建共治共享 / 奋力开创江岸基层治理
    新局面 / ——在…推进会上的讲话: one title; a page's title over the work's own (2024年…政府工作报告 /
    政府工作报告 / ——2024年3月5日在…) stays the first line."""
    from graph.io import guess_title

    text = ("坚持党建引领　深化共建共治共享\n奋力开创江岸基层治理新局面\n——在江岸区党建引领基层治理工作推进会上的讲话\n\n"
            "中共武汉市江岸区委书记　周立衡\n同志们：\n")
    assert guess_title(text) == "坚持党建引领　深化共建共治共享　奋力开创江岸基层治理新局面"
    text = "2024年中华人民共和国国务院政府工作报告\n政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n"
    assert guess_title(text) == "2024年中华人民共和国国务院政府工作报告"


def test_a_series_name_and_its_issue_line_over_a_brief_are_not_its_title() -> None:
    """决策参考 / 2024年第17期（总第236期） / 浙江省社会科学院　　2024年9月12日 over a policy brief
    (held-out BX): the series, its issue and the issuer's dated line stand above the title; a
    digest that has no title of its own (held-out AZ) keeps its series name."""
    from graph.io import guess_title

    text = ("决策参考\n\n2024年第17期（总第236期）\n\n浙江省社会科学院　　　　　　2024年9月12日\n\n"
            "党建引领“飞地强村”推动山区村级集体经济抱团发展\n——基于庆元县、景宁畲族自治县的调查与思考\n\n【内容摘要】正文。\n")
    assert guess_title(text) == "党建引领“飞地强村”推动山区村级集体经济抱团发展"
    text = ("四川党建要闻·基层动态汇编\n\n2024年第9期（总第121期）\n\n中共四川省委组织部办公室编　　　　2024年9月20日\n\n"
            "【编者按】党的二十届三中全会对基层治理作出部署。\n")
    assert guess_title(text) == "四川党建要闻·基层动态汇编"


def test_a_newspapers_page_line_is_not_part_of_the_title() -> None:
    """安徽日报 2025年07月15日 第07版:理论 over a theory article (held-out CC): the page's line, not a
    first line of a title set on two."""
    from graph.io import guess_title

    text = ("安徽日报 2025年07月15日 第07版:理论\n\n以高质量党建引领县域高质量发展\n"
            "——金寨县抓党建促乡村全面振兴的实践与思考\n\n汪启航\n")
    assert guess_title(text) == "以高质量党建引领县域高质量发展"


def test_a_newspapers_page_line_with_its_weekday_and_a_lettered_page() -> None:
    """…日 星期五 A06版 党建 over a feature (a paper written for the tests): the page's line, then a
    kicker, the headline, its deck and the reporters' line: the headline is the title."""
    from graph.io import guess_title

    text = ("南方日报 2024年6月21日 星期五 A06版 党建\n\n党建引领基层治理·一线观察\n\n城中村里亮起“红色坐标”\n"
            "——佛山市南海区桂城街道治理见闻\n\n本报记者 邝嘉琪 通讯员 梁慧珊\n\n清晨六点半。\n")
    assert guess_title(text) == "城中村里亮起“红色坐标”"


def test_a_bulletins_items_listed_in_its_contents_are_its_papers() -> None:
    """A county organisation department's bulletin issue (a paper written for the tests): the items
    its 【本期要目】 lists, each found again as a headline below, are the issue's parts; a spaced
    masthead (组 工 信 息) is named without its spaces."""
    text = ("组 工 信 息\n\n第18期（总第236期）\n\n中共门源回族自治县委组织部编　　2023年9月22日\n\n【本期要目】\n"
            "◎皇城蒙古族乡：“双联户”把党的工作延伸到每一顶帐篷\n◎我县召开全县农牧区基层党建工作推进会\n\n"
            "────────\n\n皇城蒙古族乡：“双联户”把党的工作延伸到每一顶帐篷\n\n乡党委推行“双联户”。\n\n"
            "（供稿：皇城蒙古族乡党委　乌兰）\n\n────────\n\n我县召开全县农牧区基层党建工作推进会\n\n"
            "9月20日，全县召开推进会。\n")
    doc = make_document(text, path="t.txt")
    assert doc.title == "组工信息"
    assert [(p.label, p.title) for p in doc.parts] == [
        ("第1条", "皇城蒙古族乡：“双联户”把党的工作延伸到每一顶帐篷"), ("第2条", "我县召开全县农牧区基层党建工作推进会")]
    assert text[doc.parts[1].start:].startswith("我县召开") and doc.parts[0].end == doc.parts[1].start
    # a contents line whose headline is not found below: no parts
    assert make_document(text.replace("\n\n我县召开全县农牧区基层党建工作推进会\n\n9月", "\n\n9月"), path="t.txt").parts == ()


def test_a_bulletins_numbered_items_each_signed_are_its_papers_without_contents() -> None:
    """(blind paper QO) an issue with no table of contents: its numbered headlines (一、新街镇：…), each
    item closed by its sender's bracket line, are its parts; without the masthead or a signature, none."""
    text = ("党建工作简报\n2024年第7期（总第93期）\n中共元阳县委组织部编　　2024年6月28日\n【编者按】本期选编2个乡镇的经验。\n"
            "一、新街镇：“两长三员”守护千年梯田\n镇党委推行梯田管护“两长三员”机制。\n（新街镇党委　供稿）\n"
            "二、攀枝花乡：小积分兑出乡风文明新气象\n乡党委推行积分制管理。\n（攀枝花乡党委组织委员　陈晓燕）\n")
    doc = make_document(text, path="t.txt")
    assert [p.title for p in doc.parts] == ["新街镇：“两长三员”守护千年梯田", "攀枝花乡：小积分兑出乡风文明新气象"]
    assert make_document(text.replace("（新街镇党委　供稿）\n", ""), path="t.txt").parts == ()
    assert make_document(text.replace("党建工作简报\n2024年第7期（总第93期）", "经验材料"), path="t.txt").parts == ()


def test_a_collections_signed_cases_are_its_papers_and_a_notices_unsigned_annex_is_not() -> None:
    """(blind paper QV) 案例一 …, 案例二 … each signed under its heading: the collection's parts, labelled
    by their number, titled by their headline; a notice's annex of cases nobody signs stays one paper."""
    text = ("湖南省抓党建促乡村振兴典型案例选编(第三辑)\n中共湖南省委组织部 编\n前  言\n本辑收录案例。\n"
            "案例一 会同县高椅乡:“三联三帮”唤醒沉睡林地\n(中共会同县委组织部供稿 执笔:龙晓岚)\n一、基本情况\n正文。\n"
            "案例二 桂东县沙田镇:“屋场夜话”聚民心\n(中共桂东县委组织部供稿 执笔:曹文静)\n一、基本情况\n正文。\n")
    doc = make_document(text, path="t.txt")
    assert [(p.label, p.title) for p in doc.parts] == [("案例一", "会同县高椅乡:“三联三帮”唤醒沉睡林地"),
                                                        ("案例二", "桂东县沙田镇:“屋场夜话”聚民心")]
    unsigned = re.sub(r"\(中共..县委组织部供稿 执笔:...\)\n", "", text)
    assert make_document(unsigned, path="t.txt").parts == ()


def test_a_wechat_posts_lines_above_its_headline_are_not_the_title() -> None:
    from graph.io import guess_title

    text = ("点击蓝字 关注我们\n\n边境线上党旗红丨勐海：一个支部一座堡垒\n\n原创 勐海党建 勐海党建 2024年11月26日 18:30 云南\n\n"
            "编者按：勐海县与缅甸山水相连。\n")
    assert guess_title(text) == "边境线上党旗红丨勐海：一个支部一座堡垒"


def test_a_cases_name_line_and_a_headline_over_its_deck() -> None:
    """案例名称：X——Y in a typical case (X is the title), and a headline, its deck, a site's line and
    the reporters' line (the headline, not the deck)."""
    from graph.io import guess_title

    text = ("党建引领乡村治理典型案例\n\n案例名称：以“一核三治”激活善治活力——甘肃省秦安县的探索与实践\n\n"
            "报送单位：中共秦安县委组织部\n\n一、基本情况\n")
    assert guess_title(text) == "以“一核三治”激活善治活力"
    text = ("\n把支部建在茶山上　让党员扎进林子里\n——访寿宁县竹管垅乡刘坪村党支部书记王振茂\n\n"
            "寿宁党建网　发布时间：2025-04-21　来源：寿宁县融媒体中心\n记者　叶晓岚　通讯员　吴雅婷\n\n正文。\n")
    assert guess_title(text) == "把支部建在茶山上　让党员扎进林子里"


def test_a_series_name_opening_the_headline_is_not_the_title() -> None:
    from graph.io import guess_title

    assert guess_title("【侗寨支部“领头雁”】系列报道之二:鼓楼下议出“旅游饭” 侗寨集体“钱袋子”鼓起来\n\n"
                       "来源:湖南广播电视台新闻中心\n") == "鼓楼下议出“旅游饭” 侗寨集体“钱袋子”鼓起来"
    assert guess_title("【边疆党建】勐腊县：边境村寨的红色堡垒\n\n正文") == "勐腊县：边境村寨的红色堡垒"
    assert guess_title("系列评论之三｜让基层减负落到实处\n\n正文") == "让基层减负落到实处"


def test_the_title_under_a_letterhead_its_number_and_a_pages_tools() -> None:
    from graph.io import guess_title

    # blind paper FA (written for the tests): a reply letter; the signer stands beside the number
    assert guess_title("中共三江侗族自治县委员会组织部\n\n三组函〔2025〕21号　　　　签发人：吴建华\n答复类别：A类\n\n"
                       "关于县十七届人大四次会议第47号建议的答复\n\n杨秀梅代表：\n") == "关于县十七届人大四次会议第47号建议的答复"
    # held-out paper CS: three issuers, the number, then a title on two lines
    assert guess_title("中共沭阳县纪律检查委员会\n沭阳县监察委员会\n中共沭阳县委组织部\n\n沭纪发〔2024〕15号\n\n"
                       "关于深化村级“小微权力”清单化管理\n集中整治群众身边不正之风和腐败问题的通知\n\n各乡镇：\n") == \
        "关于深化村级“小微权力”清单化管理集中整治群众身边不正之风和腐败问题的通知"
    # blind paper FB: the kind of record over the minutes' own title
    assert guess_title("中共婺源县江湾镇委员会\n党委会议纪要\n江党纪〔2024〕17号\n\n江湾镇第十七次党委会议纪要\n\n"
                       "时　　间：2024年9月10日上午8:30\n") == "江湾镇第十七次党委会议纪要"
    assert guess_title("党委会议纪要\n时　　间：2024年9月10日\n") == "党委会议纪要"
    # blind paper FD: a government site's breadcrumb, metadata and tools lines
    assert guess_title("四平市人民政府　>　政务公开　>　政策解读\n\n来源：四平市委组织部　　发布时间：2025-03-18 09:30\n"
                       "【字体：大　中　小】　【打印】　【关闭】\n\n《四平市关于深化党建引领乡村治理的若干措施》政策解读\n\n近日，…\n") == \
        "《四平市关于深化党建引领乡村治理的若干措施》政策解读"


def test_a_journals_masthead_with_its_column_and_a_drawn_rule_are_not_titles() -> None:
    from graph.io import guess_title

    # blind papers HC and HD (written for the tests)
    assert guess_title("理论与当代　2024年第7期　调研手记\n\n茶山上的“领头雁”与“后来人”\n——湄潭县两村三日调研札记\n\n"
                       "罗书华（中共贵州省委党校党建教研部）\n") == "茶山上的“领头雁”与“后来人”"
    assert guess_title("人民网 > 领导留言板 > 湖南省 > 郴州市 > 汝城县\n留言对象：中共汝城县委书记　　栏目：三农·党建·交通\n\n"
                       "━━━━━━━━━━━━━━━━━━━━\n\n【留言一】沙洲瑶族村旅游收入分红是怎么算的？\n") == "沙洲瑶族村旅游收入分红是怎么算的？"


def test_a_slides_page_marker_is_not_the_title() -> None:
    # a Party lecture's slides exported as text (held-out KD, written for the tests): 第1页 opens it
    doc = make_document("第1页\n以高质量党建引领乡村全面振兴\n——苍溪县农村基层党组织建设的实践与思考\n"
                        "• 主讲:杜明远(中共苍溪县委党校党史党建教研室副主任、讲师)\n\n第2页\n目录\n", path="slides.txt")
    assert doc.title == "以高质量党建引领乡村全面振兴"
    assert make_document("— 1 —\n关于加强村级组织建设的意见\n正文。\n", path="p.txt").title == "关于加强村级组织建设的意见"


def test_a_joint_notices_title_and_a_journals_masthead_with_its_total_issue() -> None:
    # a provincial notice issued by six bodies together (held-out NB, written for the tests)
    text = ("中共湖南省委农村工作领导小组办公室\n湖南省农业农村厅\n中共湖南省委组织部\n中共湖南省委宣传部\n湖南省民政厅\n"
            "湖南省司法厅\n\n湘农联〔2024〕156号\n\n关于公布第三批省级乡村治理示范村名单的通知\n\n各市州党委农办：\n正文。\n")
    assert make_document(text, path="n.txt").title == "关于公布第三批省级乡村治理示范村名单的通知"
    # one issuer over the title is still joined to it, as such a notice is cited
    one = "中共通道侗族自治县委办公室\n关于印发《实施方案》的通知\n\n各乡镇党委：\n正文。\n"
    assert make_document(one, path="o.txt").title == "中共通道侗族自治县委办公室关于印发《实施方案》的通知"
    # a journal's masthead with the issue's total number (held-out ND)
    text = ("基层党建与乡村发展　2023年第4期（总第58期）\n\n党建引领壮大村级集体经济的实践路径研究\n"
            "——以山东省沂南县竹泉村、常山庄村为例\n\n王振华1　刘晓彤2\n")
    assert make_document(text, path="j.txt").title == "党建引领壮大村级集体经济的实践路径研究"


def test_a_web_pages_navigation_is_no_title() -> None:
    """A department's page saved as text (held-out OA, written for the tests): the site's name, its
    bar of links, the menu and the search line stand over the article's headline."""
    from graph.io import guess_title

    text = ("中共安吉县委组织部\n安吉组织工作门户　｜　12380举报　｜　网站地图\n"
            "首页　组工动态　干部工作　基层党建　人才工作　公示公告\n站内搜索：请输入关键词　　今天是：2023年9月18日　星期一\n"
            "专题专栏：主题教育　｜　“两山领雁”工程　｜　清廉组工\n\n"
            "【组工动态】安吉：“两山领雁”工程锻造村级“主心骨”队伍\n发布日期：2023-09-15　来源：县委组织部\n\n正文。\n")
    assert guess_title(text) == "安吉：“两山领雁”工程锻造村级“主心骨”队伍"
    # one bar in a headline is part of it
    assert guess_title("微党课｜怎样让群众愿意来\n正文。\n") == "微党课｜怎样让群众愿意来"


def test_a_newspaper_page_line_without_the_papers_name_is_no_title() -> None:
    """A national paper's investigation (held-out QB, written for the tests): its page line opens
    with the date, then the kicker, the headline and the deck."""
    from graph.io import guess_title

    text = ("2024年12月10日　星期二　第13版　调查\n\n记者调查·为基层减负回头看\n\n村部摘了牌子，村干部的担子轻了吗？\n\n"
            "——河南光山、江西于都两县村级组织负担情况调查\n\n本报记者　郑宏远　侯雅琴\n\n正文。\n")
    assert guess_title(text) == "村部摘了牌子，村干部的担子轻了吗？"


def test_a_series_part_and_two_bodies_on_one_issuer_line_are_not_titles() -> None:
    """An oral history's series line (…口述史料选编之六) over its title, and a circular issued by a
    county's discipline and supervision commissions, both named on one line over 关于… (blind
    papers RC and RA, written for the tests)."""
    from graph.io import guess_title

    text = ("永嘉县农村基层党建口述史料选编之六\n\n守着古村过日子——芙蓉村老支书陈德贤口述\n\n"
            "口述人：陈德贤（1942年生）\n采访人：周晓岚、林建新（中共永嘉县委党史研究室）\n")
    assert guess_title(text) == "守着古村过日子——芙蓉村老支书陈德贤口述"
    text = ("中共安吉县纪律检查委员会\n安吉县监察委员会\n\n安纪发〔2024〕27号\n\n中共安吉县纪委 安吉县监委\n"
            "关于六起村社干部侵害群众利益典型问题的通报\n\n各乡镇（街道）党（工）委：\n")
    assert guess_title(text).endswith("关于六起村社干部侵害群众利益典型问题的通报")
    assert not guess_title(text).startswith("中共安吉县纪律检查委员会")


def test_a_bulletins_series_over_its_contents_and_a_magazines_column_and_series() -> None:
    """A township's weekly bulletin: its series, issue and the editor's dated line over 本期要目 (no
    title of its own: the series names it); a magazine's column and series over the headline
    (blind papers XA and YD, written for the tests)."""
    from graph.io import guess_title

    text = ("安场镇工作周报\n\n2024年第29期（总第412期）\n\n中共正安县安场镇委员会办公室　编　　　　　　　　2024年7月29日\n\n"
            "本期要目\n◎镇党委理论学习中心组专题学习\n")
    assert guess_title(text) == "安场镇工作周报"
    text = ("南岭观察·深度调查｜抓党建促乡村振兴\n\n山再高，支部也要扎在山上\n——广东连山三个壮瑶山村的“突围”调查\n\n"
            "文/本刊记者　林晓岚　谭振宇\n")
    assert guess_title(text) == "山再高，支部也要扎在山上"


def test_a_wechat_accounts_name_over_its_time_line_and_a_titles_pictographs() -> None:
    """A WeChat post saved as text (blind paper ZG, written for the tests): the account's name over
    the post's time and place line is no title; the emoji opening the title is no part of it."""
    from graph.io import guess_title

    text = ("红色龙胜微党建\n2023-07-12 07:45 发表于广西\n\n🌾微访谈｜“梯田书记”潘庆荣：把支部建在梯田上\n\n"
            "编者按：…\n")
    assert guess_title(text) == "微访谈｜“梯田书记”潘庆荣：把支部建在梯田上"


def test_a_secrecy_mark_and_an_e_mails_headers_are_not_the_title() -> None:
    from graph.io import guess_title

    # a briefing under its circulation mark (blind paper MQ)
    assert guess_title("内部资料　注意保存\n\n党建工作简报\n\n第9期（总第186期）\n") == "党建工作简报"
    # an e-mail report (blind paper MX): its subject, after the series' tag and issue, is the title
    text = ("发件人：剑川县农业农村局驻沙溪镇寺登村工作队（杨志勋）\n收件人：剑川县农业农村局党组\n"
            "抄　送：中共沙溪镇委员会\n主　题：【工作专报】第9期｜寺登村稻菌轮作产业项目推进情况的报告\n")
    assert guess_title(text) == "寺登村稻菌轮作产业项目推进情况的报告"
    # a programme's 主题 is its topic: the title stays the programme's line (held-out YC)
    text = "荆州广播电视台《问政进行时》2024年第6期实录\n\n主题:聚焦乡村振兴——农村人居环境整治\n"
    assert guess_title(text) == "荆州广播电视台《问政进行时》2024年第6期实录"


def test_a_compilations_cover_over_the_official_document_it_holds() -> None:
    """(blind paper NZ) …培训班 / 资料汇编 / 中共婺源县委党校　编 / 2024年9月 over the training plan:
    the plan's title; a handbook's cover over its contents keeps the cover's."""
    from graph.io import guess_title

    cover = "2024年婺源县村党组织书记履职能力提升培训班\n资料汇编\n\n中共婺源县委党校　编\n2024年9月\n\n"
    assert guess_title(cover + "2024年婺源县村党组织书记履职能力提升培训班培训方案\n（婺党校字〔2024〕15号）\n\n为深入学习…\n") \
        == "2024年婺源县村党组织书记履职能力提升培训班培训方案"
    assert guess_title("2024年全县党务工作者培训\n学员手册\n\n中共某县委组织部　编\n2024年5月\n\n目录\n一、培训安排\n") \
        == "2024年全县党务工作者培训"


def test_a_page_line_with_a_dotted_column_is_no_title() -> None:
    """(blind paper OQ) 要闻·党建　　2024年11月12日　星期二　　第5版 over a kicker, headline and deck."""
    from graph.io import guess_title

    text = ("要闻·党建　　2024年11月12日　星期二　　第5版\n\n支部建在产品线上　先锋冲在攻坚最前沿\n让“红色代码”写进企业发展每一行\n"
            "——杭州星澜网络科技有限公司党委推进“党建+业务”融合发展见闻\n\n本报记者　周彦希　通讯员　林可馨　余佳琪\n")
    assert guess_title(text) == "让“红色代码”写进企业发展每一行"
