"""The fast paths give exactly what the plain ones gave: the place scanner's candidates, the
word boundaries it cuts lazily, overlap resolution, and the Turtle / JSON-LD writers."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from graph.model import Kind, Mention
from graph.pipeline import DocContext, mention_order, resolve_overlaps
from graph.segment import split_sentences
from tests.conftest import doc_of

SENTENCES = [
    "金山区枫泾镇新黎村在领导班子建设方面勇于创新,创造性提出了“三型”班子建设工程。",
    "湖南省湘西土家族苗族自治州泸溪县的马王溪村推行“五星评比”制度。",
    "繁昌县确立了以“双联系”为主要内容的工作机制,上海市场和村民都受益。",
    "2021年,花垣县团结镇、长乐乡等乡镇的空心村数量下降了12%,武陵山连片特困地区也有变化。",
    "勐海县西定乡党委和布朗山乡党委组织党员巡边。",
]


# -- places -------------------------------------------------------------------------------------


def _brute_candidates(text: str) -> dict[int, list[tuple[int, str | None, str | None]]]:
    """What the scanner tried before: every length from 10 down to 2 at every position (an ethnic
    township's short name with the full name it stands for)."""
    from graph.extract.places import _LOWER_ENDS
    from graph.lexicon.gazetteer import gazetteer, lower_level

    g = gazetteer()
    out: dict[int, list[tuple[int, str | None, str | None]]] = {}
    for i in range(len(text)):
        for length in range(min(10, len(text) - i), 1, -1):
            sub = text[i:i + length]
            if sub[-1] in _LOWER_ENDS and (lvl := lower_level(sub)):
                if g.has_lower(sub, lvl):
                    out.setdefault(i, []).append((length, lvl, None))
                elif lvl == "township" and sub in g.short_townships:
                    out.setdefault(i, []).append((length, lvl, g.short_townships[sub]))
            if g.upper(sub):
                out.setdefault(i, []).append((length, None, None))
    return out


def test_candidates_are_every_gazetteer_name_in_the_order_tried(sample_text: str) -> None:
    from graph.extract.places import _candidates
    from graph.lexicon.gazetteer import gazetteer

    g = gazetteer()
    doc = doc_of(sample_text)
    texts = SENTENCES + [s.text for s in split_sentences(doc)][:150]
    found = 0
    for text in texts:
        fast = _candidates(g, text)
        assert fast == _brute_candidates(text), text
        found += len(fast)
    assert found > 100


def test_jieba_runs_are_jiebas_own() -> None:
    import jieba

    from graph.segment import JIEBA_RUN  # what graph.extract._words cuts by

    assert jieba.re_han_default.pattern == f"({JIEBA_RUN.pattern})"


def test_word_starts_cut_per_run_equal_the_sentence_cut(sample_text: str) -> None:
    from graph.extract._words import WordStarts

    doc = doc_of(sample_text + "\n" + "\n".join(SENTENCES) + "\n英文ABC混排:K12教育、3D打印。\n")
    ctx = DocContext(doc=doc, sentences=split_sentences(doc))
    checked = 0
    for sent in ctx.sentences[::3]:
        lazy = WordStarts(sent)
        full = {t.start - sent.start: t for t in ctx.tokens(sent)}
        for i in range(len(sent.text)):
            assert (i in lazy) == (i in full), (sent.text, i)
            if i in full:
                assert lazy[i] == full[i]
            checked += 1
    assert checked > 1000


# -- overlap resolution --------------------------------------------------------------------------


def _quadratic(mentions: list[Mention]) -> list[Mention]:
    """The reference: compare every mention with every one kept."""
    out: list[Mention] = []
    by_kind: dict[Kind, list[Mention]] = {}
    for m in mentions:
        by_kind.setdefault(m.kind, []).append(m)
    for kind in sorted(by_kind):
        chosen: list[Mention] = []
        for m in sorted(by_kind[kind], key=lambda m: (-(m.end - m.start), m.start, -m.confidence, m.rule, m.key)):
            if all(m.end <= c.start or m.start >= c.end for c in chosen):
                chosen.append(m)
        out.extend(chosen)
    return sorted(out, key=mention_order)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 9), st.sampled_from([Kind.PLACE, Kind.GOAL]),
                          st.sampled_from(["a", "b"]), st.sampled_from([0.5, 0.9]), st.integers(0, 3)),
                max_size=40))
def test_overlap_resolution_equals_the_quadratic_reference(spans) -> None:  # noqa: ANN001
    ms = [Mention(doc_id="d", sent_index=0, start=s, end=s + n, text="x" * n, kind=k, key=str(key), label="x",
                  rule=rule, confidence=conf) for s, n, k, rule, conf, key in spans]
    assert resolve_overlaps(ms) == _quadratic(ms)


# -- RDF ----------------------------------------------------------------------------------------


def test_written_turtle_and_jsonld_hold_exactly_the_graph(sample_build) -> None:
    from graph.rdf import to_rdf

    result, out = sample_build
    g = to_rdf(result.kg)
    held = set(g)  # rdflib loads the triples now
    assert len(held) == len(g) == result.triples
    assert set(Graph().parse(out / "graph.ttl", format="turtle")) == held
    assert set(Graph().parse(out / "graph.jsonld", format="json-ld")) == held


NASTY = ['引号"与\\反斜杠', "换行\n回车\r制表\t", "<script>alert(1)</script>", "\u2028行分隔", "emoji 🚩 & 'x'",
         "", " 前后空格 "]


def _subjects():
    from graph.namespaces import RESOURCE_IRI
    from graph.rdf import _ordered

    xsd = "http://www.w3.org/2001/XMLSchema#"
    kg = "https://w3id.org/cnpolkg/ontology#"
    pairs = [(f"{kg}rule", (t, "", "")) for t in NASTY] + [(f"{kg}label", (t, "", "zh")) for t in NASTY]
    pairs += [(f"{kg}value", (v, xsd + "decimal", "")) for v in ("1.50", "50", "-0.5", "abc", ".5")]
    pairs += [(f"{kg}year", (v, xsd + "integer", "")) for v in ("2021", "+7", "二〇二一")]
    pairs += [(f"{kg}stated", ("true", xsd + "boolean", "")), (f"{kg}when", ("2021-03-01", xsd + "date", ""))]
    pairs += [("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", (f"{kg}Place",)),
              (f"{kg}locatedIn", (f"{RESOURCE_IRI}place/cn-310000",)),
              ("http://example.org/p#x-1", ("http://example.org/o",))]
    return [(f"{RESOURCE_IRI}place/a", _ordered(pairs)), (f"{RESOURCE_IRI}place/b", _ordered(pairs[:3]))]


def test_writers_escape_every_literal_and_iri() -> None:
    from graph.export.rdf_files import jsonld_of, turtle_of
    from graph.rdf import flat, rdflib_triples

    subjects = _subjects()
    want = set(rdflib_triples(flat(subjects)))
    assert set(Graph().parse(data=turtle_of(subjects), format="turtle")) == want
    js = Graph().parse(data=jsonld_of(subjects), format="json-ld")
    assert set(js) == want
    assert Literal("50", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal")) in set(js.objects())


def test_turtle_puts_types_first_and_subjects_in_order() -> None:
    from graph.export.rdf_files import jsonld_of, turtle_of

    ttl = turtle_of(_subjects())
    blocks = ttl.split("\n\n")[1:]
    assert [b.split(" ", 1)[0] for b in blocks] == sorted(b.split(" ", 1)[0] for b in blocks)
    assert blocks[0].split(" ")[1] == "a"
    ids = [n["@id"] for n in json.loads(jsonld_of(_subjects()))["@graph"]]
    assert ids == sorted(ids) == ["id:place/a", "id:place/b"]


def test_the_graph_is_rdflib_underneath_and_a_change_is_not_lost() -> None:
    from graph.export.rdf_files import turtle_bytes
    from graph.rdf import TripleGraph, ordered_subjects

    g = TripleGraph(_subjects())
    n = len(g)
    assert n == sum(len(p) for _, p in _subjects()) and ordered_subjects(g) is not None
    assert (URIRef("https://w3id.org/cnpolkg/id/place/a"), None, None) in g
    assert len(g) == n and ordered_subjects(g) is not None  # reading keeps the fast path
    g.add((URIRef("urn:x"), URIRef("urn:y"), Literal("新")))
    assert ordered_subjects(g) is None and len(g) == n + 1
    written = Graph().parse(data=turtle_bytes(g), format="turtle")
    assert (URIRef("urn:x"), URIRef("urn:y"), Literal("新")) in written and len(written) == n + 1


@pytest.mark.parametrize("text", SENTENCES)
def test_places_found_on_real_sentences_slice_back(text: str) -> None:
    from graph.pipeline import extract_document

    ex = extract_document(doc_of(text), components=["places"])
    assert ex.mentions
    for m in ex.mentions:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text", [
    "对沪郊农村基层党组织增强服务功能的实证研究\n\n金山区枫泾镇新黎村创造性提出了\"三型\"班子建设工程。\\n不是换行\\。\n",
    "篇1\n标题一\n党的十八大强调加强基层服务型党组织建设。\r\n篇2\n标题二\n湖南省湘西州泸溪县推行“三访”工作机制。\n",
])
def test_sections_from_templates_are_the_generic_writers_bytes(text: str, tmp_path) -> None:  # noqa: ANN001
    """Sentences and mentions are written from templates cut out of the generic writers' own
    output; the whole section must be byte for byte what the generic path writes."""
    from graph.export.sections import _serialised, document_section
    from graph.io import make_document
    from graph.pipeline import extract_document
    from graph.rdf import extraction_subjects

    doc = make_document(text, path="t.txt")
    assert bool(doc.parts) == ("篇1" in text)  # the templates for sentences inside a part are used
    ex = extract_document(doc)
    assert ex.mentions and ex.sentences
    fast = document_section(ex)
    assert fast == _serialised(doc.id, doc.path, extraction_subjects(ex))
    assert b'\\"' in fast.turtle or "篇1" in text  # an escaped quote went through the template
