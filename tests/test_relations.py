"""Relations: practices, aimsAt, proposedBy, cites, faces, with provenance."""

from __future__ import annotations

from graph.extract import events, goals, mechanisms, relations
from graph.io import make_document
from graph.model import Kind, Predicate, RelationMention, make_mention
from graph.pipeline import DocContext, resolve_overlaps
from graph.segment import split_sentences


def run(text: str, *, places: tuple[str, ...] = (), orgs: tuple[str, ...] = ()) -> list[RelationMention]:
    """Run events..relations with hand-built place and organisation mentions."""
    doc = make_document(text, path="t.txt")
    ctx = DocContext(doc=doc, sentences=split_sentences(doc))
    for kind, names in ((Kind.PLACE, places), (Kind.ORGANIZATION, orgs)):
        for name in names:
            start = 0
            while (i := text.find(name, start)) >= 0:
                ctx.add(make_mention(doc, start=i, end=i + len(name), sent_index=ctx.sentence_at(i).index, kind=kind,
                                     key=name, label=name, rule="test"))
                start = i + len(name)
    for fn in (events.extract, mechanisms.extract, goals.extract):
        for item in fn(ctx):
            ctx.add(item)
        ctx.mentions = resolve_overlaps(ctx.mentions)
    return [r for r in relations.extract(ctx) if isinstance(r, RelationMention)]


def of(rels: list[RelationMention], pred: Predicate) -> set[tuple[str, str]]:
    return {(r.subject_key, r.object_key) for r in rels if r.predicate == pred}


def test_practices_stated_in_sentence() -> None:
    rels = run("金山区枫泾镇新黎村在领导班子建设方面勇于创新,创造性提出了“三型”班子建设工程。",
               places=("金山区", "枫泾镇", "新黎村"))
    prac = [r for r in rels if r.predicate == Predicate.PRACTICES]
    assert {(r.subject_key, r.object_key) for r in prac} == {("新黎村", "三型")}
    assert prac[0].prov.stated is True and prac[0].prov.rule == "relations.practices_sentence"


def test_practices_from_paragraph_is_not_stated() -> None:
    rels = run("繁昌县根据市委精神,结合自身实际开展工作。通过制度化推进,努力把“双联系”打造成执政基础的“加固工程”。",
               places=("繁昌县",))
    (r,) = [r for r in rels if r.predicate == Predicate.PRACTICES]
    assert (r.subject_key, r.object_key, r.prov.stated) == ("繁昌县", "双联系", False)
    assert r.prov.confidence < 1


def test_organisation_practices() -> None:
    rels = run("泸溪县的马王溪村党支部创造性地运用“三三制”和“四新十无”工作机制。",
               places=("泸溪县",), orgs=("马王溪村党支部",))
    assert {("马王溪村党支部", "三三制"), ("马王溪村党支部", "四新十无")} <= of(rels, Predicate.PRACTICES)


def test_aims_at_same_sentence() -> None:
    rels = run("一、打造“三型”班子工程,努力发挥村党组织的战斗堡垒作用")
    assert ("三型", "战斗堡垒作用") in of(rels, Predicate.AIMS_AT)


def test_proposed_by_report() -> None:
    rels = run("十八大报告首次提出要建设“三型”政党,这是对党的建设的一个转型升级。")
    (r,) = [r for r in rels if r.predicate == Predicate.PROPOSED_BY]
    assert (r.subject_key, r.object_kind, r.prov.stated) == ("三型政党", Kind.EVENT, True)


def test_cites_from_the_paper_part() -> None:
    text = "论文 篇1:\n\n题目一\n\n党的十八大强调服务。\n\n论文 篇2:\n\n题目二\n\n十七届四中全会指出要求。\n"
    rels = run(text)
    cites = {(r.subject_key[-3:], r.object_key) for r in rels if r.predicate == Predicate.CITES}
    assert cites == {("-p1", "congress-18"), ("-p2", "plenum-17-4")}
    assert all(r.subject_kind == Kind.DOCUMENT for r in rels if r.predicate == Predicate.CITES)


def test_faces_problems_stated_of_a_place() -> None:
    rels = run("处于武陵山连片特困地区的湘西州,地理位置偏远、交通不便、经济落后。", places=("湘西州",))
    assert {"地理位置偏远", "交通不便", "经济落后"} <= {o for _, o in of(rels, Predicate.FACES)}


def test_every_relation_has_provenance_in_its_sentence() -> None:
    text = "金山区枫泾镇新黎村在领导班子建设方面勇于创新,创造性提出了“三型”班子建设工程。"
    for r in run(text, places=("新黎村",)):
        assert r.prov.start <= r.prov.end <= len(text) and r.prov.rule
