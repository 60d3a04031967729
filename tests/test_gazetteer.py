"""The gazetteer: five levels, keys, short and 州 forms, renamings, coordinates, blocks."""

from __future__ import annotations

import pytest

from graph.lexicon.gazetteer import Place, gazetteer, lower_level


@pytest.fixture(scope="module")
def g():
    return gazetteer()


def test_loaded_once(g) -> None:
    assert gazetteer() is g


@pytest.mark.parametrize("name", ["湘西土家族苗族自治州", "湘西州", "湘西"])
def test_autonomous_prefecture_forms_are_one_unit(g, name: str) -> None:
    (p,) = g.upper(name)
    assert p.key == "cn-433100"
    assert p.name == "湘西土家族苗族自治州"
    assert p.level == "prefecture"
    assert p.parent == "cn-430000"
    assert {"湘西", "湘西州"} <= set(p.aliases)


def test_municipality_counties_hang_on_the_province(g) -> None:
    (jinshan,) = [p for p in g.upper("金山区") if p.mainland]
    assert jinshan.key == "cn-310116" and jinshan.parent == "cn-310000"
    (sh,) = g.upper("上海")
    assert "沪" in sh.aliases and sh.level == "province"


def test_coordinates_from_cpca(g) -> None:
    p = g.get("cn-433100")
    assert p is not None and 27 < p.lat < 30 and 109 < p.lon < 111


def test_renamed_county_is_found_under_both_names(g) -> None:
    (old,) = g.upper("繁昌县")
    (new,) = g.upper("繁昌区")
    assert old is new
    assert ("繁昌县", "2020-06-05") in new.former
    assert new.parent == "cn-340200"


def test_township_and_village_keys_and_parents(g) -> None:
    (row,) = g.lower_rows("新黎村", "village", within="cn-310116")
    village = g.lower_place(row)
    assert village.key == "cn-310116/枫泾镇/新黎村"
    assert [a.key for a in g.ancestors(village)] == ["cn-310116/枫泾镇", "cn-310116", "cn-310000"]
    assert g.place("cn-310116/枫泾镇") == Place(key="cn-310116/枫泾镇", name="枫泾镇", level="township",
                                               parent="cn-310116")


def test_ambiguous_township_narrowed_by_county(g) -> None:
    assert g.lower_count("长乐乡", "township") > 1
    (row,) = g.lower_rows("长乐乡", "township", within="cn-433124")
    assert g.lower_place(row).key == "cn-433124/长乐乡"
    assert g.lower_rows("长乐乡", "township", within="cn-310116") == []


def test_unknown_names(g) -> None:
    assert g.upper("合作医疗") == ()
    assert not g.has_lower("团岩坪村", "village")


@pytest.mark.parametrize(("name", "level"), [("枫泾镇", "township"), ("西渡街道", "township"),
                                              ("新黎村", "village"), ("华旺社区", "village"), ("金山区", None)])
def test_lower_level_by_suffix(name: str, level: str | None) -> None:
    assert lower_level(name) == level


# -- the fast paths give what a plain scan gives ----------------------------------------------------


def test_whole_tree_search_equals_a_scan_before_and_after_packing(g, monkeypatch) -> None:
    """The first searches scan the lines, later ones search the packed hashes: same rows."""
    monkeypatch.setattr(g, "_hashes", None)  # as in a fresh process, whatever ran before
    monkeypatch.setattr(g, "_scans", 0)
    names = [("新村", "village"), ("长乐乡", "township"), ("团结镇", "township"), ("新黎村", "village"),
             ("和平社区", "village"), ("红星村", "village"), ("发展村", "village"), ("城关镇", "township"),
             ("解放岩乡", "township"), ("马王溪村", "village"), ("西渡街道", "township"), ("枫泾镇", "township")]
    assert len(names) > g.PACK_AFTER
    for k, (name, level) in enumerate(names):
        target = ("\t\t\t" if level == "township" else "\t\t\t\t") + name
        want = [i for i, line in enumerate(g._lines) if line == target]
        assert want and g.lower_rows(name, level) == want, name
        assert (g._hashes is None) == (k < g.PACK_AFTER)
    assert g._hashes is not None
    assert g.lower_rows("不存在的村", "village") == [] and g.lower_rows("新村", "township") == [
        i for i, line in enumerate(g._lines) if line == "\t\t\t新村"]


def test_the_line_index_stays_out_of_the_garbage_collector(g) -> None:
    """A full collection never walks the 700k lines (see the module docstring)."""
    import gc

    gc.collect()
    assert not gc.is_tracked(g.lines) and not gc.is_tracked(g._lines)


@pytest.mark.parametrize("text", ["北京市\t110000\r\n\t市辖区\r\n\t\t东城区\r\n\t\t\t东华门街道\r\n\t\t\t\t多福巷社区",
                                  "\t\t\tx\r\n\ty\r\n\r\n\t\t\t\tz\r\nw", "", "a", "\r\n\r\n"])
def test_upper_line_numbers(text: str) -> None:
    from graph.lexicon.gazetteer import _upper_lines

    want = [i for i, line in enumerate(text.split("\r\n"))
            if line and not line.startswith("\t\t\t") and line.lstrip("\t")]
    rows, offsets = _upper_lines(text)
    assert rows == want
    assert [text.count("\n", 0, o) + 1 for o in offsets] == [r for r in want if r > 0]  # each line's newline


def test_a_township_is_named_without_its_countys_name_in_front(g) -> None:
    """The vendored list writes some townships after their county (曹县大集镇): the place is
    大集镇, and 曹县大集镇 in a text reads as the county and the township (held-out AF)."""
    from graph.io import make_document
    from graph.lexicon.gazetteer import _upper_lines, unprefixed_townships
    from graph.pipeline import extract_document

    text = ("山东省\t370000\t山东\r\n\t菏泽市\t371700\t菏泽\r\n\t\t曹县\t371721\t曹县\r\n\t\t\t曹县大集镇\r\n"
            "\t\t\t\t丁楼村\r\n\t\t\t曹县镇街道\r\n\t\t单县\t371722\t单县\r\n\t\t\t曹县青岗集镇")
    fixed = unprefixed_townships(text, _upper_lines(text)[1]).split("\r\n")
    assert fixed[3] == "\t\t\t大集镇"
    assert fixed[5] == "\t\t\t曹县镇街道"  # what is left (镇街道) names no township
    assert fixed[7] == "\t\t\t曹县青岗集镇"  # not under 曹县: another county's line is left alone
    ex = extract_document(make_document("丁楼村隶属山东省菏泽市曹县大集镇。", path="t.txt"), components=["places"])
    assert {m.label: m.key for m in ex.mentions}["大集镇"] == "cn-371721/大集镇"


def test_upper_start_finds_every_upper_name(g) -> None:
    names = [n for n in g.upper_by_name if len(n) >= 2]
    assert len(names) > 3000
    assert all(g.upper_start.match(n) for n in names)
