"""Sentence splitting and tokens keep document-absolute offsets."""

from __future__ import annotations

import tempfile

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.segment import JIEBA_RUN, jieba_runs, run_tokens, split_sentences, tokens
from tests.conftest import doc_of


def test_sentences_of_a_real_paragraph_slice_back() -> None:
    text = ("标题\n\n新黎村党组织以高素质、精业务、强班子为目标,强化村干部定期学习制度。"
            "通过集中学习与自学相结合,班子成员严格要求自己!\n  三是打造“爱民亲民型”班子。  \n")
    doc = doc_of(text)
    sents = split_sentences(doc)
    assert [s.text for s in sents] == [
        "标题",
        "新黎村党组织以高素质、精业务、强班子为目标,强化村干部定期学习制度。",
        "通过集中学习与自学相结合,班子成员严格要求自己!",
        "三是打造“爱民亲民型”班子。",
    ]
    assert [s.paragraph for s in sents] == [0, 1, 1, 2]
    for s in sents:
        assert doc.text[s.start:s.end] == s.text


def test_closing_quote_stays_with_its_sentence() -> None:
    doc = doc_of("邓小平也说“领导就是服务。”这是宗旨。")
    assert [s.text for s in split_sentences(doc)] == ["邓小平也说“领导就是服务。”", "这是宗旨。"]


def test_tokens_cover_the_text_with_offsets() -> None:
    toks = tokens("金山区枫泾镇新黎村党支部", offset=100)
    assert "".join(t.text for t in toks) == "金山区枫泾镇新黎村党支部"
    assert toks[0].start == 100 and toks[-1].end == 112
    assert "党支部" in [t.text for t in toks]  # a domain word stays whole


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("党员村镇。！？；\n “”,、 abc1") + ["\r", "\t"]), min_size=1, max_size=80))
def test_any_text_sentences_and_tokens_slice_back(text: str) -> None:
    if not text.strip():
        return
    doc = doc_of(text)
    for s in split_sentences(doc):
        assert doc.text[s.start:s.end] == s.text
        assert s.text == s.text.strip()
        for t in tokens(s.text, offset=s.start):
            assert doc.text[t.start:t.end] == t.text


def test_jieba_runs_are_jiebas_own_and_cut_as_the_whole_text() -> None:
    import jieba

    assert jieba.re_han_default.pattern == f"({JIEBA_RUN.pattern})"
    text = "2013年,金山区枫泾镇新黎村党支部推行“三访”工作法(K12教育、3D打印),效果明显。"
    whole = {(t.start, t.text) for t in tokens(text, offset=7)}
    runs = jieba_runs(text)
    assert [text[a:b] for a, b in runs][:2] == ["2013年", "金山区枫泾镇新黎村党支部推行"]
    for run in runs:
        assert {(t.start, t.text) for t in run_tokens(text, run, offset=7)} <= whole


POS_SENTENCES = [
    "严肃查处银行违规行为",
    "今年要重点检查上市公司",
    "学前教育学院党总支开展主题党日活动",
    "金山区枫泾镇新黎村党支部创造性提出了三型班子建设工程",
]


def test_dictionary_tags_are_jiebas_own() -> None:
    """The tokenizer and tag table loaded from the project's blob tag like jieba.posseg's
    dictionary-only mode over the same tokenizer, and know jieba's words."""
    import jieba.posseg

    from graph.segment import pos_lcut, tokenizer, word_tag

    reference = jieba.posseg.POSTokenizer(tokenizer())
    for text in POS_SENTENCES:
        assert pos_lcut(text) == [(p.word, p.flag) for p in reference.lcut(text, HMM=False)]
    assert word_tag("发展") == reference.word_tag_tab["发展"] == "vn"
    assert word_tag("严肃查处") == "nr"  # jieba's dictionary says so; the organisation guard copes
    assert word_tag("没有这个词语") is None
    assert tokenizer().FREQ["党支部"] > 0  # a domain word


def test_a_damaged_dictionary_blob_is_not_trusted(tmp_path) -> None:  # noqa: ANN001
    import marshal

    from graph import tempcache
    from graph.segment import _is_dictionary

    blob = tmp_path / "blob.marshal"
    for data in (b"", b"garbage", marshal.dumps(("not", "a", "table")), marshal.dumps(({}, "1", {}))):
        blob.write_bytes(data)
        assert tempcache.read(blob, _is_dictionary) is None
    assert tempcache.read(tmp_path / "missing.marshal", _is_dictionary) is None
    blob.write_bytes(marshal.dumps(({"党": 3}, 3, {"党": "n"})))
    assert tempcache.read(blob, _is_dictionary) == ({"党": 3}, 3, {"党": "n"})


def test_a_kept_table_is_computed_once_and_then_read(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from graph import tempcache

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    calls = []

    def compute() -> list[int]:
        calls.append(1)
        return [1, 2, 3]

    def check(v: object) -> bool:
        return isinstance(v, list)

    assert tempcache.cached("test", ("a", 1), compute, check) == [1, 2, 3]
    assert tempcache.cached("test", ("a", 1), compute, check) == [1, 2, 3]
    assert len(calls) == 1
    assert tempcache.cached("test", ("a", 2), compute, check) == [1, 2, 3]  # another key
    assert len(calls) == 2
    assert sorted(p.name.split("-")[1] for p in tmp_path.iterdir()) == ["test", "test"]


def test_jieba_is_loaded_without_pkg_resources_and_then_it_imports_normally() -> None:
    """A fresh process: jieba's optional import of pkg_resources is skipped (~0.35 s), and the
    block is lifted right after, so a later ``import pkg_resources`` is not broken."""
    import subprocess
    import sys

    code = ("import sys; from graph.segment import tokenizer; tk = tokenizer(); "
            "assert 'pkg_resources' not in sys.modules; "
            "print('/'.join(tk.lcut('新黎村党组织以高素质为目标'))); "
            "import importlib.util; print(importlib.util.find_spec('pkg_resources') is None or "
            "__import__('pkg_resources') is not None)")
    out = subprocess.run([sys.executable, "-W", "ignore", "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["新黎村/党组织/以/高素质/为/目标", "True"]
