"""The pipeline: overlap resolution, relation filtering, traditional-Chinese documents."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.link import link
from graph.model import Kind, Mention
from graph.pipeline import extract_document, resolve_overlaps
from tests.conftest import doc_of

TRAD = "上海市金山區楓涇鎮新黎村黨組織創造性提出了「三型」班子建設工程，以服務群眾為目標。"
SIMP = "上海市金山区枫泾镇新黎村党组织创造性提出了“三型”班子建设工程，以服务群众为目标。"


def test_traditional_document_keeps_its_characters_and_links_to_simplified() -> None:
    trad = extract_document(doc_of(TRAD, "trad.txt"))
    simp = extract_document(doc_of(SIMP, "simp.txt"))
    for m in trad.mentions:
        assert TRAD[m.start:m.end] == m.text  # evidence in the document's own characters
    places = {m.text for m in trad.mentions if m.kind == Kind.PLACE}
    assert {"金山區", "楓涇鎮"} <= places
    kg = link([trad, simp])
    county = [e for e in kg.entities if e.kind == Kind.PLACE and "金山區" in ({e.label} | set(e.alt_labels))]
    assert len(county) == 1
    assert "金山区" in {county[0].label, *county[0].alt_labels}
    assert {m.doc_id for m in county[0].mentions} == {trad.doc.id, simp.doc.id}
    assert [s.text for s in trad.sentences] == [TRAD]


def _m(start: int, end: int, kind: Kind = Kind.PLACE, key: str = "k") -> Mention:
    return Mention(doc_id="d", sent_index=0, start=start, end=end, text="x" * (end - start), kind=kind, key=key,
                   label="x", rule="r")


def test_overlaps_keep_the_longest_per_kind_and_allow_other_kinds() -> None:
    ms = [_m(0, 3), _m(0, 6), _m(3, 6), _m(4, 8), _m(0, 6, Kind.ORGANIZATION)]
    kept = resolve_overlaps(ms)
    assert [(m.kind, m.start, m.end) for m in kept] == [(Kind.ORGANIZATION, 0, 6), (Kind.PLACE, 0, 6)] or \
        [(m.kind, m.start, m.end) for m in kept] == [(Kind.PLACE, 0, 6), (Kind.ORGANIZATION, 0, 6)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8), st.sampled_from([Kind.PLACE, Kind.GOAL])),
                max_size=30))
def test_overlap_resolution_never_keeps_two_overlapping_mentions_of_a_kind(spans) -> None:  # noqa: ANN001
    ms = [_m(s, s + n, k) for s, n, k in spans]
    kept = resolve_overlaps(ms)
    for kind in (Kind.PLACE, Kind.GOAL):
        ks = sorted((m.start, m.end) for m in kept if m.kind == kind)
        assert all(a[1] <= b[0] for a, b in zip(ks, ks[1:]))
        # nothing dropped without a longer-or-equal overlapping survivor
        for m in ms:
            if m.kind == kind:
                assert any(k[0] < m.end and m.start < k[1] and k[1] - k[0] >= m.end - m.start for k in ks)


def test_relations_to_missing_entities_are_dropped_but_document_ends_kept(sample_build) -> None:
    result, _ = sample_build
    ids = {e.id for e in result.kg.entities}
    for r in result.kg.relations:
        assert r.subject in ids or r.subject.startswith("doc/")
        assert r.object in ids or r.object.startswith("doc/")
    assert any(r.predicate.value == "cites" for r in result.kg.relations)
    assert any(r.predicate.value == "authorOf" for r in result.kg.relations)


def test_a_persons_post_is_not_the_practice_of_the_same_words() -> None:
    from graph.model import Kind

    from graph.io import make_document

    ex = extract_document(make_document("驻村第一书记王晓峰到任后，选派驻村第一书记成为硬措施。", path="t.txt"))
    mechs = [m for m in ex.mentions if m.kind == Kind.MECHANISM]
    assert [m.start for m in mechs] == [ex.doc.text.index("选派") + 2]
