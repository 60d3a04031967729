"""The RDF graph: vocabulary, provenance, SHACL, and a golden Turtle file for an excerpt."""

from __future__ import annotations

import difflib
from pathlib import Path

from rdflib import Graph
from rdflib.compare import isomorphic

from graph.build import build
from graph.namespaces import KG
from graph.ontology import validate
from graph.query import run
from tests.conftest import GOLDEN

EXCERPT = (
    "对沪郊农村基层党组织增强服务功能的实证研究\n\n"
    "金山区枫泾镇新黎村在领导班子建设方面勇于创新,创造性提出了“三型”班子建设工程。"
    "一是打造“学习开拓型”班子。二是打造“务实高效型”班子。三是打造“爱民亲民型”班子。\n"
    "通过“三访”,即党员领导干部联系走访、党员干部上门家访、党员实地巡访,使广大党员干部能“沉得下去、看得清楚、帮得上忙、分得了忧”。\n"
    "随着党的十七届三中全会《决定》的通过,农村的改革发展受到越来越多的关注。\n"
    "2007年,村级可支配收入350万元,农民人均收入10586元。\n"
    "作者:刘娥苹\n"
)


def test_sample_graph_conforms_to_the_shapes(sample_graph: Graph) -> None:
    conforms, report = validate(sample_graph)
    assert conforms, report


def test_every_mention_slices_back_to_its_text(sample_build, sample_text: str) -> None:
    result, _ = sample_build
    doc = result.kg.documents[0]
    n = 0
    for e in result.kg.entities:
        for m in e.mentions:
            assert doc.text[m.start:m.end] == m.text
            n += 1
    assert doc.text == sample_text
    assert n > 0


def test_provenance_answers_which_sentence_states_a_relation(sample_graph: Graph) -> None:
    rows = list(run(sample_graph, """
        SELECT ?s ?p ?o ?text WHERE {
          ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?sent .
          ?sent nif:anchorOf ?text .
        }"""))
    assert rows, "no reified relation with its sentence"
    for row in rows:
        assert (row.s, row.p, row.o) in sample_graph


def test_golden_turtle_for_an_excerpt(tmp_path: Path, update_golden: bool) -> None:
    p = tmp_path / "excerpt.txt"
    p.write_text(EXCERPT, "utf-8")
    build([p], out=tmp_path / "out", formats=("ttl",), base=tmp_path)
    got_bytes = (tmp_path / "out" / "graph.ttl").read_bytes()
    golden = GOLDEN / "excerpt.ttl"
    if update_golden or not golden.exists():
        golden.parent.mkdir(exist_ok=True)
        golden.write_bytes(got_bytes)
    want, got = Graph().parse(golden), Graph().parse(data=got_bytes, format="turtle")
    if not isomorphic(want, got):
        diff = "\n".join(difflib.unified_diff(golden.read_text("utf-8").splitlines(),
                                              got_bytes.decode("utf-8").splitlines(), "golden", "got", lineterm=""))
        raise AssertionError("graph differs from tests/golden/excerpt.ttl (run pytest --update-golden if "
                             "the change is intended):\n" + diff[:6000])
    assert got_bytes == golden.read_bytes()


def test_vocabulary_terms_are_defined_in_the_ontology() -> None:
    from rdflib import RDFS

    from graph.ontology import load_ontology

    onto = load_ontology()
    for name in KG.__annotations__:
        term = KG[name]
        labels = {o.language for o in onto.objects(term, RDFS.label)}
        assert {"zh", "en"} <= labels, f"{name} lacks zh/en labels"
        assert onto.value(term, RDFS.comment) is not None, f"{name} lacks rdfs:comment"


def test_packaged_ontology_matches_the_repository_copy() -> None:
    root = Path(__file__).parent.parent
    for name in ("kg.ttl", "shapes.ttl"):
        assert (root / "ontology" / name).read_bytes() == (root / "src/graph/ontology_data" / name).read_bytes()


def test_each_paper_carries_its_own_metadata(sample_graph: Graph) -> None:
    rows = {(str(r.n), str(r.creator)) for r in run(sample_graph, """
        SELECT ?n ?creator WHERE { ?p kg:partNumber ?n ; dcterms:creator ?creator }""")}
    assert rows == {("1", "刘娥苹"), ("2", "薛菁"), ("3", "占金云")}
    (row,) = list(run(sample_graph, """
        SELECT ?aff ?editor WHERE { ?p kg:partNumber 1 ; kg:affiliation ?aff ; dcterms:contributor ?editor }"""))
    assert (str(row.aff), str(row.editor)) == ("中共上海市金山区委党校", "姜德福")


def test_sentences_of_a_paged_document_know_their_page(tmp_path: Path) -> None:
    from graph.io import make_document
    from graph.link import link
    from graph.pipeline import extract_document
    from graph.rdf import to_rdf

    text = "第一页的句子。\n第二页的句子。\n"
    doc = make_document(text, path="p.pdf", fmt="pdf", pages=(0, text.index("第二页")))
    g = to_rdf(link([extract_document(doc)]))
    pages = {str(r.text): int(r.page) for r in run(g, "SELECT ?text ?page WHERE { ?s nif:anchorOf ?text ; kg:page ?page }")}
    assert pages == {"第一页的句子。": 1, "第二页的句子。": 2}


def test_a_paper_is_also_named_by_its_title_without_the_subtitle() -> None:
    from graph.rdf import main_title

    assert main_title("持续整顿软弱涣散村党组织的实践与思考——以河北省阜平县为例") == "持续整顿软弱涣散村党组织的实践与思考"
    assert main_title("对沪郊农村基层党组织增强服务功能的实证研究") == "对沪郊农村基层党组织增强服务功能的实证研究"
    assert main_title("——松阳县四都乡纪事") == "——松阳县四都乡纪事"  # all subtitle: kept as it is


def test_a_notice_is_also_named_by_the_work_it_issues() -> None:
    from graph.rdf import issued_work

    assert issued_work("中共婺源县委办公室关于印发《婺源县党建引领乡村振兴三年行动实施方案》的通知") == \
        "婺源县党建引领乡村振兴三年行动实施方案"
    assert issued_work("国务院办公厅关于加强村级组织建设的意见") is None
    from graph.io import make_document
    from graph.link import link
    from graph.pipeline import extract_document
    from graph.rdf import to_rdf

    doc = make_document("中共某县委办公室\n关于印发《某县乡村振兴实施方案》的通知\n各乡镇党委：现印发给你们。", path="n.txt")
    g = to_rdf(link([extract_document(doc)]))
    names = {str(r.n) for r in run(g, "SELECT ?n WHERE { ?d a kg:Document ; skos:altLabel ?n }")}
    assert "某县乡村振兴实施方案" in names


def test_a_subtitle_is_a_name_of_the_document(tmp_path: Path) -> None:
    # held-out paper CW (written for the tests): writers cite it by its subtitle as often
    from rdflib.namespace import DCTERMS, RDF, SKOS

    doc = tmp_path / "cw.txt"
    doc.write_text("“1+3+N”聚合力 “小区事”有人管\n——广州市天河区天园街道党建引领城市社区治理的实践与思考\n\n正文。\n", "utf-8")
    build([doc], out=tmp_path / "out", formats=["ttl"])
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    (d,) = g.subjects(RDF.type, KG.Document)
    sub = "广州市天河区天园街道党建引领城市社区治理的实践与思考"
    assert sub in {str(o) for o in g.objects(d, SKOS.altLabel)}
    assert sub in {str(o) for o in g.objects(d, DCTERMS.alternative)}
    assert {str(o) for o in g.objects(d, DCTERMS.title)} == {"“1+3+N”聚合力 “小区事”有人管"}
