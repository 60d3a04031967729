"""kg eval's lists of errors: what a build has beyond the gold, and what it missed."""

from __future__ import annotations

from graph.evaluate import evaluate, format_table


def test_errors_list_extra_and_missed_items_and_relations(sample_graph) -> None:  # noqa: ANN001
    gold = {"places": [{"name": "枫泾镇", "parent": "金山区"}, {"name": "金山区"}, {"name": "不存在县"}],
            "relations": [{"subject": "枫泾镇", "predicate": "locatedIn", "object": "金山区"},
                          {"subject": "新黎村", "predicate": "locatedIn", "object": "不存在县"}]}
    result = evaluate(sample_graph, gold, errors=True)
    places = result["errors"]["Place"]
    assert places["missed"] == ["不存在县"]
    assert "新黎村" in places["extra"] and "枫泾镇" not in places["extra"] and "金山区" not in places["extra"]
    located = result["errors"]["locatedIn"]
    assert located["missed"] == ["新黎村 -> 不存在县"]
    assert "新黎村 -> 枫泾镇" in located["extra"]
    assert not any(e.startswith("枫泾镇 -> 金山") for e in located["extra"])
    table = format_table(result)
    assert "Place missed (1): 不存在县" in table and "locatedIn missed (1): 新黎村 -> 不存在县" in table
    assert "errors" not in evaluate(sample_graph, gold)


def test_annotated_documents_in_any_format_the_readers_take(tmp_path) -> None:  # noqa: ANN001
    from graph.evaluate import annotated

    for name in ("A.txt", "A.gold.json", "B.html", "B.gold.json", "C.gold.json", "D.docx", "D.txt", "D.gold.json"):
        (tmp_path / name).write_text("{}" if name.endswith(".json") else "x", encoding="utf-8")
    pairs = [(d.name, g.name) for d, g in annotated(tmp_path)]
    assert pairs == [("A.txt", "A.gold.json"), ("B.html", "B.gold.json"), ("D.txt", "D.gold.json")]
