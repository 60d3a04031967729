"""The pipeline: overlap resolution, relation filtering, traditional-Chinese documents."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.link import link
from graph.model import Kind, Mention
from graph.io import make_document
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


def test_a_link_that_updates_the_last_one_gives_what_a_full_link_gives() -> None:
    """The linker's memo (graph.link.LinkMemo) takes a changed document's mentions out and puts
    the new ones in; after edits that add an entity, that add none, a document dropped and one
    added, the graph equals a link from scratch of the same extractions."""
    from graph.link import LinkMemo, link

    sentences = ["繁昌县确立了以“双联系”为主要内容的工作机制。", "吉林省延边朝鲜族自治州龙井市推行“五星评比”制度。",
                 "2021年,全村集体经济收入超过50万元。", "湘西州花垣县双龙镇党委推行“一村一品”模式。",
                 "党的十八大强调加强基层服务型党组织建设。", "金山区枫泾镇新黎村党组织推行“三访”制度。",
                 "繁昌县孙村镇党委书记王明说，要抓好“双联系”。", "渭源县会川镇本庙村发展中药材产业。",
                 "上海市金山区推行“双联系”工作机制，全区党员参加。", "安吉县天荒坪镇余村推行“两山”理念。",
                 "龙井市东盛涌镇仁化村推行“五星评比”。", "花垣县十八洞村党支部推行“思想党建”。"]
    docs = [make_document(t + "\n", path=f"d{i}.txt") for i, t in enumerate(sentences)]
    exs = [extract_document(d) for d in docs]
    memo = LinkMemo()
    link(exs, memo)

    def same(a, b) -> bool:
        return a.documents == b.documents and a.entities == b.entities and a.relations == b.relations

    steps = [
        ("edit", 0, "繁昌县峨山镇推行“三联三促”机制。"),  # an entity born: relations linked again whole
        ("edit", 1, "这一制度深受欢迎。"),  # no entity born or gone: only this document's part changes
        ("drop", 2, ""),
        ("add", 3, "湘西州花垣县双龙镇党委推行“一村一品”模式，群众参与。"),
        ("edit", 5, "新黎村党组织还推行“双联系”。"),
    ]
    for op, k, extra in steps:
        if op == "drop":
            exs.pop(k)
        else:
            d = exs[k].doc
            doc = make_document(d.text + extra + "\n", path=d.path if op == "edit" else "added.txt")
            if op == "edit":
                exs[k] = extract_document(doc)
            else:
                exs.append(extract_document(doc))
        assert same(link(exs, memo), link(exs)), (op, k)
    assert memo.docs and memo.relations  # the memo was updated in place, not only refilled


def test_a_link_update_that_adds_a_mention_of_another_documents_unit_still_matches_a_full_link() -> None:
    """A document added by an update whose relation mention names another document's unit
    must make later updates link every relation again (``LinkMemo.foreign_units``): when that
    other document goes, the relation naming it goes too, as in a link from scratch. (An
    extractor names only its own document's units today; the memo must not depend on it.)"""
    import dataclasses

    from graph.link import LinkMemo, link
    from graph.model import Kind, Predicate, RelationMention

    base = "金山区枫泾镇新黎村党组织推行“三访”制度。"
    texts = [base, base + "群众满意。", "繁昌县孙村镇党委推行“双联系”。", "渭源县会川镇本庙村发展中药材产业。",
             "安吉县天荒坪镇余村推行“两山”理念。", "龙井市东盛涌镇仁化村推行“五星评比”。"]
    exs = [extract_document(make_document(t + "\n", path=f"u{i}.txt")) for i, t in enumerate(texts)]
    memo = LinkMemo()
    link(exs, memo)
    # (a document naming only things already known: no entity born, so the update stays incremental)
    added = extract_document(make_document(base + "干部满意。\n", path="u9.txt"))
    prov = added.relations[0].prov
    naming = RelationMention(subject_kind=Kind.DOCUMENT, subject_key=added.doc.id, predicate=Predicate.CITES,
                             object_kind=Kind.DOCUMENT, object_key=exs[0].doc.id, prov=prov)
    exs.append(dataclasses.replace(added, relations=added.relations + (naming,)))
    kg = link(exs, memo)
    assert any(r.object.endswith(exs[0].doc.id) for r in kg.relations)
    # the first document goes; every thing it named is still named by the second (no entity
    # born or gone), so only the relation naming its unit tells the update to link all again
    exs.pop(0)
    updated, full = link(exs, memo), link(exs)
    assert updated.entities == full.entities
    assert updated.relations == full.relations


def test_a_relations_provenances_keep_one_order_whatever_the_hash_seed() -> None:
    """Two provenances of one relation may differ only in confidence (a rule inferring it twice
    in one sentence, from two grounds): their order in the graph, which the page writes as is,
    must not follow the set they were gathered in, whose order moves with Python's hash seed."""
    import os
    import subprocess
    import sys

    code = (
        "from graph.link import link\n"
        "from graph.io import make_document\n"
        "from graph.model import Extraction, Kind, Predicate, Provenance, RelationMention, make_mention\n"
        "doc = make_document('金山区枫泾镇推行三访。\\n', path='t.txt')\n"
        "ms = tuple(make_mention(doc, start=s, end=e, sent_index=0, kind=k, key=key, label=key, rule='t')\n"
        "           for s, e, k, key in ((0, 3, Kind.PLACE, 'p'), (8, 10, Kind.MECHANISM, 'm')))\n"
        "rels = tuple(RelationMention(subject_kind=Kind.PLACE, subject_key='p', predicate=Predicate.PRACTICES,\n"
        "                             object_kind=Kind.MECHANISM, object_key='m',\n"
        "                             prov=Provenance(doc_id=doc.id, sent_index=0, start=0, end=11,\n"
        "                                             rule='practices.home_place', confidence=c, stated=False))\n"
        "             for c in (0.56, 0.42, 0.3))\n"
        "kg = link([Extraction(doc=doc, sentences=(), mentions=ms, relations=rels)])\n"
        "print([p.confidence for r in kg.relations for p in r.provs])\n")
    outs = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        outs.add(run.stdout)
    assert len(outs) == 1, outs
