"""Sentence splitting and tokens keep document-absolute offsets."""

from __future__ import annotations

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
