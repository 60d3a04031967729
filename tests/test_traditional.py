"""Traditional Chinese: recognised, and simplified without moving a single offset."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.chinese import is_traditional, script_counts, to_simplified
from graph.io import make_document


@pytest.fixture(scope="module")
def traditional_text(sample_text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(sample_text)


def test_names_become_simplified_in_place() -> None:
    assert to_simplified("金山區黨組織") == "金山区党组织"
    assert to_simplified("湘西州農村基層黨組織") == "湘西州农村基层党组织"
    # phrase tables: 乾隆 keeps its 乾, 乾淨 does not
    assert to_simplified("乾隆年間，乾淨整潔") == "乾隆年间，干净整洁"
    # corner quotes become the quotes simplified text uses, one for one
    assert to_simplified("「三訪」工作機制") == "“三访”工作机制"


def test_traditional_copy_of_the_sample_is_recognised(sample_text: str, traditional_text: str) -> None:
    assert is_traditional(traditional_text)
    assert not is_traditional(sample_text)  # a stray 龍 or 時 in simplified text does not flip it
    trad, simp = script_counts(sample_text)
    assert 0 < trad < simp
    assert is_traditional("金山區") and not is_traditional("金山区")


def test_simplified_twin_has_every_offset_of_the_original(sample_text: str, traditional_text: str) -> None:
    twin = to_simplified(traditional_text)
    assert len(twin) == len(traditional_text)
    differs = sum(1 for a, b in zip(twin, sample_text) if a != b)
    assert differs <= 5  # the sample's own stray traditional characters (時, 龍 …)
    start = traditional_text.index("金山區")
    assert twin[start:start + 3] == "金山区"


_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
_ANY = st.one_of(_HAN, st.sampled_from(list("「」『』，。：、 \n12aZ𠀀𪚥")), st.characters())


@settings(max_examples=300, deadline=None)
@given(st.text(_ANY, max_size=60))
def test_to_simplified_never_changes_the_length(text: str) -> None:
    out = to_simplified(text)
    assert len(out) == len(text)
    for a, b in zip(text, out):  # only Han characters and corner quotes ever change
        assert a == b or "\u3400" <= a <= "\U0003134f" or a in "「」『』"


@settings(max_examples=100, deadline=None)
@given(st.text(_HAN, min_size=1, max_size=30))
def test_to_simplified_is_idempotent(text: str) -> None:
    once = to_simplified(text)
    assert to_simplified(once) == once


def test_traditional_document_is_marked_and_extracts_with_true_offsets(tmp_path: Path, traditional_text: str,
                                                                      sample_text: str) -> None:
    from graph.model import Kind
    from graph.pipeline import extract_document
    from tests.test_readers import read, write_docx

    doc = make_document(traditional_text, path="t.txt")
    assert ("language", "zh-Hant") in doc.meta
    assert [p.label for p in doc.parts] == ["篇1", "篇2", "篇3"]
    ex = extract_document(doc)
    for m in ex.mentions:
        assert doc.text[m.start:m.end] == m.text
    # 金山區 and 金山区 are one place: the same keys as the simplified original
    plain = extract_document(make_document(sample_text, path="s.txt"))
    places = {m.key.replace(doc.id, "DOC") for m in ex.mentions if m.kind == Kind.PLACE}
    assert places == {m.key.replace(plain.doc.id, "DOC") for m in plain.mentions if m.kind == Kind.PLACE}
    assert any("區" in m.text for m in ex.mentions if m.kind == Kind.PLACE)
    # the same in a Word file
    wd = read(write_docx(traditional_text, tmp_path / "t.docx"))
    assert ("language", "zh-Hant") in wd.meta


def test_script_counts_match_a_count_character_by_character(sample_text: str, traditional_text: str) -> None:
    from graph.chinese import _HAN_RUN, _char

    def reference(text: str) -> tuple[int, int]:
        trad = simp = 0
        for ch in "".join(_HAN_RUN.findall(text[:50000])):
            if _char(ch, "t2s") != ch:
                trad += 1
            elif _char(ch, "s2t") != ch:
                simp += 1
        return trad, simp

    mixed = sample_text[:3000] + traditional_text[3000:6000]
    for text in (sample_text, traditional_text, mixed, "金山區金山区龍"):
        assert script_counts(text) == reference(text)
    assert script_counts("金山區金山区龍") == (2, 1)  # 區 龍 | 区; 金 山 are shared


def test_script_classes_classify_every_han_character_as_opencc_does() -> None:
    """The classes (derived once, kept in the temporary folder) against OpenCC asked about
    each character, on every 5th Han code point and on every astral one the classes hold
    (those are counted through a set, not the regular expression)."""
    from graph.chinese import _HAN_RANGES, _char, _script_classes

    trad, simp = _script_classes()
    chars = [chr(c) for a, b in _HAN_RANGES for c in range(a, b + 1, 5)] + sorted(trad.astral | simp.astral)
    assert trad.astral and simp.astral
    for ch in chars:
        is_trad = _char(ch, "t2s") != ch
        is_simp = not is_trad and _char(ch, "s2t") != ch
        assert (trad.count(ch), simp.count(ch)) == (int(is_trad), int(is_simp)), ch
    text = "".join(chars[::97]) + "".join(sorted(trad.astral))[:5] + "金山區"
    assert script_counts(text) == (sum(trad.count(c) for c in text), sum(simp.count(c) for c in text))


def test_is_traditional_follows_the_counts(sample_text: str, traditional_text: str) -> None:
    def rule(text: str) -> bool:
        trad, simp = script_counts(text)
        return trad > 0 and trad >= 4 * simp and (trad >= 3 or simp == 0)

    for text in (sample_text, traditional_text, sample_text[:3000] + traditional_text[3000:6000],
                 "金山區", "金山区", "區龍金山区", "區龍區金山区", "区"):
        assert is_traditional(text) == rule(text), text
    assert is_traditional(traditional_text) and not is_traditional(sample_text)


def test_a_chain_of_variants_is_followed_to_its_end() -> None:
    """OpenCC maps 薴 to 苧 and 苧 to 苎 (found by the property test above): the twin is the end."""
    assert to_simplified("薴麻") == to_simplified(to_simplified("薴麻")) == "苎麻"


def test_labels_units_and_known_parts_come_back_in_the_documents_script() -> None:
    """A Hong Kong paper's report in traditional characters (held-out KC, written for the tests):
    a goal trimmed out of its clause, a figure's unit, the standard parts of a national
    abbreviation and the province above a county are named as the document writes them, the
    simplified forms kept as alternatives (the keys stay simplified: one thing either way)."""
    from graph.model import Kind
    from graph.pipeline import extract_document

    text = ("廣東省清遠市英德市西牛鎮黨委嚴格落實「三會一課」制度，全鎮村級集體經濟收入達到3,679萬元，"
            "要全面推進鄉村振興。連州市東陂鎮西塘村黨支部推行「四議兩公開」。\n")
    ex = extract_document(make_document(text, path="hk.txt"))
    units = {m.attr("unit") for m in ex.mentions if m.kind == Kind.STATISTIC}
    assert "萬元" in units and "万元" not in units
    labels = {m.label for m in ex.mentions} | {i.label for i in ex.implied}
    alts = {a for m in ex.mentions for a in m.aliases} | {a for i in ex.implied for a in i.alt_labels}
    assert {"支部黨員大會", "黨小組會", "黨課", "推進鄉村振興"} <= labels and {"党课", "推进乡村振兴"} <= alts
    keys = {m.key for m in ex.mentions if m.kind == Kind.MECHANISM}
    assert "三会一课" in keys
