"""Metadata from a document's own lines and its file: authors, editors, affiliations, dates, sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.io import make_document
from graph.metadata import clean_file_meta, document_meta, merge, parse_date, parts_meta, text_meta


def test_the_samples_three_papers_have_their_authors_affiliation_and_editor(sample_text: str) -> None:
    doc = make_document(sample_text, path="s.txt")
    meta = {p.label: dict(_multi(pairs)) for p, pairs in zip(doc.parts, parts_meta(doc.text, doc.parts).values())}
    assert meta["篇1"] == {"creator": ["刘娥苹"], "affiliation": ["中共上海市金山区委党校"], "contributor": ["姜德福"]}
    assert meta["篇2"] == {"creator": ["薛菁"]}
    assert meta["篇3"] == {"creator": ["占金云"]}


def test_the_compilation_itself_has_only_its_prefaces_date(sample_text: str) -> None:
    doc = make_document(sample_text, path="s.txt")
    assert doc.meta == (("date", "2022-04-21"),)  # the papers' authors are not the compilation's


def _multi(pairs):  # noqa: ANN001, ANN202
    out: dict[str, list[str]] = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return out.items()


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("作者:刘娥苹", [("creator", "刘娥苹")]),
        ("作者：张三、李四", [("creator", "张三"), ("creator", "李四")]),
        ("■ 责任编辑:姜德福", [("contributor", "姜德福")]),
        ("作者单位:中共上海市金山区委党校", [("affiliation", "中共上海市金山区委党校")]),
        ("来源：人民网  作者：王五  发布时间：2024-06-03 点击数：138 次",
         [("source", "人民网"), ("creator", "王五"), ("date", "2024-06-03")]),
        ("（供稿：检验科党支部  审核：王涛）", [("contributor", "检验科党支部"), ("contributor", "王涛")]),
        ("作者：田向利（全国政协委员，四川省政协主席）", [("creator", "田向利")]),
        ("作者：赵六（中共某某县委党校）", [("affiliation", "中共某某县委党校"), ("creator", "赵六")]),
        ("文/张三 图/李四", [("creator", "张三"), ("contributor", "李四")]),
        ("发文机关：中共中央办公厅", [("publisher", "中共中央办公厅")]),
        # prose is not metadata, even with a colon after a label-like word
        ("党的十八大报告明确指出: 要“以服务群众、做群众工作为主要任务”。", []),
        ("他在会上说时间: 不等人。", []),
    ],
)
def test_labelled_lines(line: str, want: list[tuple[str, str]]) -> None:
    assert list(text_meta("关于加强基层党组织建设的意见\n" + line)) == want


@pytest.mark.parametrize(
    ("text", "iso"),
    [("2022-04-21 版权声明 我要投稿", "2022-04-21"), ("2022年4月21日", "2022-04-21"), ("2022/4/21", "2022-04-21"),
     ("2022.04.21", "2022-04-21"), ("二〇二二年四月二十一日", "2022-04-21"), ("二〇一九年十二月三十日", "2019-12-30"),
     ("2022年2月30日", None), ("第2022号", None)],
)
def test_dates(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_signature_date_at_the_bottom_of_an_official_document() -> None:
    text = "关于开展主题教育的通知\n\n各党支部：\n现将有关事项通知如下。\n\n中共某某县委组织部\n2023年4月3日\n"
    assert dict(text_meta(text))["date"] == "2023-04-03"


def test_a_date_inside_prose_is_not_the_documents_date() -> None:
    text = "关于开展主题教育的通知\n\n2023年4月3日至5月1日，全县各党支部开展了主题党日活动，参加人数超过一千人。\n"
    assert "date" not in dict(text_meta(text))


def test_file_metadata_without_template_junk_and_text_first() -> None:
    assert clean_file_meta([("creator", "Administrator"), ("creator", "微软用户"), ("creator", "USER-20190101"),
                            ("title", "Microsoft Word - 工作报告.docx"), ("description", "unspecified")]) == (
        ("title", "工作报告"),)
    assert merge([("creator", "刘娥苹")], [("creator", "张三"), ("date", "2021-01-02")]) == (
        ("creator", "刘娥苹"), ("date", "2021-01-02"))


def test_document_meta_leaves_out_a_title_the_document_already_has() -> None:
    text = "乡村振兴工作报告\n作者：张三\n正文。"
    assert document_meta(text, file_meta=[("title", "乡村振兴工作报告")], title="乡村振兴工作报告") == (
        ("creator", "张三"),)


def test_docx_core_properties_fill_what_the_text_does_not_say(tmp_path: Path) -> None:
    from tests.test_readers import read, write_docx

    p = write_docx("关于加强基层党组织建设的意见\n各乡镇党委：现将有关事项通知如下。\n", tmp_path / "a.docx",
                   author="李四", title="基层党建意见")
    doc = read(p)
    assert dict(doc.meta) == {"creator": "李四", "title": "基层党建意见", "date": "2021-01-02"}
