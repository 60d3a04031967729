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
