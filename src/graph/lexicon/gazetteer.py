"""The administrative gazetteer of China: five levels, codes, short names, renamings, coordinates.

Data (vendored, see ``data/SOURCES.md``): ``china_location.zip`` (jionlp: a tab-indented tree
province / prefecture / county with GB/T 2260 codes and short names, then township and
village), ``china_location_change.txt`` (dated renamings), ``cpca_adcodes.csv`` (coordinates
of the upper three levels).

Why it is built the way it is: the tree has ~700k lines, almost all villages. Parsing every
line into objects costs seconds, so the loader keeps the decoded lines as one tuple and indexes
them with a dict built in C (``dict.fromkeys(lines)``, the membership test the place scanner
makes at almost every village or town suffix); township and village entries are materialised
only when a document asks for a name. Both containers are invisible to the cyclic garbage
collector (a tuple of strings is untracked after its first collection, a dict of strings and
None never tracked), so the collections of a long build never walk 700k lines; a list or a
set would be walked again at every full collection. A search over the whole tree (is this
village name unique in China?) runs over the lines' hashes packed in one bytes object, built
once a process has made a few such searches. The upper three levels (~3.4k units) are parsed
into :class:`Place` objects at load. Everything loads lazily, once per process
(:func:`gazetteer`).

Keys are stable: ``cn-<code>`` for upper levels (``cn-433100``), and for a township or village
the county key plus the names below it (``cn-310116/枫泾镇/新黎村``). Upper units without a code
of their own (Taiwan, Hong Kong districts) get a key derived from the parent key and the name.

This module must not import jieba or rdflib.
"""

from __future__ import annotations

import bisect
import csv
import io
import logging
import re
import sys
import time
import zipfile
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

log = logging.getLogger(__name__)

UPPER_LEVELS = ("province", "prefecture", "county")
LEVELS = (*UPPER_LEVELS, "township", "village")

#: Suffixes of township and village names that the extractors recognise; other
#: lower-level entries of the data (farms, development zones, virtual communities) are
#: too unlike place names in running text to be matched.
TOWNSHIP_SUFFIXES = ("镇", "乡", "街道", "苏木")
VILLAGE_SUFFIXES = ("村", "社区", "嘎查")

#: The tab indent of a township and of a village line in the tree: ``has_lower(name, level)``
#: is ``LOWER_INDENT[level] + name in g.lines`` (the scanner's inlined form of it).
LOWER_INDENT = {"township": "\t\t\t", "village": "\t\t\t\t"}

#: The one-character abbreviations of the province-level units (general knowledge, by the
#: first two digits of the code). Kept as aliases only: alone in text they are too ambiguous.
PROVINCE_ABBREVIATIONS = {
    "11": "京", "12": "津", "13": "冀", "14": "晋", "15": "蒙", "21": "辽", "22": "吉", "23": "黑",
    "31": "沪", "32": "苏", "33": "浙", "34": "皖", "35": "闽", "36": "赣", "37": "鲁", "41": "豫",
    "42": "鄂", "43": "湘", "44": "粤", "45": "桂", "46": "琼", "50": "渝", "51": "川", "52": "黔",
    "53": "滇", "54": "藏", "61": "陕", "62": "甘", "63": "青", "64": "宁", "65": "新", "71": "台",
    "81": "港", "82": "澳",
}

#: Name endings of autonomous units whose everyday form is short name + generic suffix
#: (湘西土家族苗族自治州 -> 湘西州).
_AUTONOMOUS_FORMS = (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗"))

_MAINLAND_PREFIXES = {k for k in PROVINCE_ABBREVIATIONS if k not in ("71", "81", "82")}


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    """One administrative unit as the gazetteer knows it."""

    key: str
    name: str  # the standard full name (湘西土家族苗族自治州)
    level: str  # province | prefecture | county | township | village
    parent: str | None = None  # key of the unit above
    code: str | None = None
    short: str | None = None  # the official short name (湘西)
    aliases: tuple[str, ...] = ()  # other names: short, 州-form, former names, abbreviation
    lat: float | None = None
    lon: float | None = None
    former: tuple[tuple[str, str], ...] = ()  # (former name, date renamed) pairs

    @property
    def mainland(self) -> bool:
        return self.key.startswith("cn-") and self.key[3:5] in _MAINLAND_PREFIXES


def lower_level(name: str) -> str | None:
    """The level a township or village name's suffix gives, or None."""
    if name.endswith(TOWNSHIP_SUFFIXES):
        return "township"
    if name.endswith(VILLAGE_SUFFIXES):
        return "village"
    return None


class Gazetteer:
    """Lookups over the vendored data; build it through :func:`gazetteer`."""

    def __init__(self, text: str, changes: str, coords: dict[str, tuple[float, float]]) -> None:
        upper_rows, upper_offsets = _upper_lines(text)
        text = unprefixed_townships(text, upper_offsets)
        lines = tuple(text.split("\r\n"))
        self._lines = lines
        #: every line text, as keys (a set in use; why a dict: see the module docstring); lines
        #: carry their tab indent, so a lookup for "\t\t\t枫泾镇" asks for a township and
        #: "\t\t\t\t新黎村" for a village (read-only). Why not ``{line: index}`` as before: the
        #: index was only a bound for a search, and without the ints it builds ~0.15 s faster.
        self.lines: dict[str, None] = dict.fromkeys(lines)
        #: an ethnic township's usual short name -> its full name (西定乡 -> 西定哈尼族布朗族乡),
        #: where the short one names no township of its own and only one full name has it
        self.short_townships: dict[str, str] = _short_townships(text, self.lines)
        self._hashes: bytes | None = None  # hash of every line, packed; see _rows_of
        self._scans = 0  # whole-tree searches made without the packed hashes
        self._places: dict[str, Place] = {}
        self._by_name: dict[str, list[str]] = {}
        self._upper_rows: list[int] = []  # line index of each upper unit, ascending
        self._upper_keys: list[str] = []
        self._upper_row_of: dict[str, int] = {}  # key -> line index of the unit
        self._span_end: dict[str, int] = {}  # key -> end line of its block (exclusive)
        self._parse_upper(coords, upper_rows)
        self._parse_changes(changes)
        self.max_upper_len = max(len(n) for n in self._by_name)
        # lookups the place scanner makes at almost every character: built once, read in C
        #: upper-level name (full, short, 州-form, former) -> its units, as :meth:`upper` gives
        #: them; never empty (read-only)
        self.upper_by_name: dict[str, tuple[Place, ...]] = {
            n: tuple(self._places[k] for k in keys) for n, keys in self._by_name.items()}
        lengths: dict[str, set[int]] = {}
        for n in self._by_name:
            if len(n) >= 2:
                lengths.setdefault(n[:2], set()).add(len(n))
        #: first two characters of an upper-level name -> the lengths of such names, longest first
        self.upper_lengths: dict[str, tuple[int, ...]] = {
            k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}
        #: matches (empty, by lookahead, so overlapping starts are all found) where a first and a
        #: second character of such pairs stand together: a superset of the starts of upper
        #: names that the regex engine finds in C, ~6x fewer positions than a text has
        #: characters, to be checked against ``upper_lengths``
        self.upper_start = re.compile("(?=[{}][{}])".format(
            *("".join(sorted(re.escape(c) for c in {k[i] for k in lengths})) for i in (0, 1))))

    # -- building -------------------------------------------------------------------------

    def _parse_upper(self, coords: dict[str, tuple[float, float]], rows: list[int]) -> None:
        stack: list[tuple[int, str, str | None]] = []  # (depth, key, code)
        used_codes: set[str] = set()
        for i in rows:
            line = self._lines[i]
            if line.startswith("\t\t\t") or not line:
                continue
            depth = len(line) - len(line.lstrip("\t"))
            fields = line[depth:].split("\t")
            name = fields[0]
            code = fields[1] if len(fields) > 1 and fields[1].isdigit() else None
            short = fields[2] if len(fields) > 2 and fields[2] else None
            while stack and stack[-1][0] >= depth:
                d, k, _ = stack.pop()
                self._span_end[k] = i
            parent = stack[-1][1] if stack else None
            parent_code = stack[-1][2] if stack else None
            if depth == 1 and parent is not None and (code == parent_code or "直辖" in name):
                # a municipality's second line repeats the province (上海市 310000), and
                # 省直辖县级行政区划 is a bookkeeping node: counties hang on the province
                stack.append((depth, parent, parent_code))
                self._span_end.pop(parent, None)
                continue
            if code and code not in used_codes and code != parent_code:
                key = f"cn-{code}"
                used_codes.add(code)
            else:
                key = f"{parent}/{name}"
                code = None
            level = UPPER_LEVELS[depth]
            aliases: list[str] = []
            if short and (short.endswith("区") or (code and code[4] == "7")):
                # development zones carry generic short names (高新区, 经开区, 示范区)
                short = None
            if short and short != name:
                aliases.append(short)
                for long_end, form_end in _AUTONOMOUS_FORMS:
                    if name.endswith(long_end):
                        aliases.append(short + form_end)
            if level == "province" and code:
                abbr = PROVINCE_ABBREVIATIONS.get(code[:2])
                if abbr:
                    aliases.append(abbr)
            lat_lon = coords.get(code) if code else None
            place = Place(key=key, name=name, level=level, parent=parent, code=code, short=short,
                          aliases=tuple(aliases), lat=lat_lon[1] if lat_lon else None,
                          lon=lat_lon[0] if lat_lon else None)
            self._places[key] = place
            self._upper_rows.append(i)
            self._upper_keys.append(key)
            self._upper_row_of.setdefault(key, i)
            self._index(name, key)
            for a in aliases:
                if len(a) >= 2:
                    self._index(a, key)
            stack.append((depth, key, code))
        for _, k, _ in stack:
            self._span_end[k] = len(self._lines)

    def _index(self, name: str, key: str) -> None:
        keys = self._by_name.setdefault(name, [])
        if key not in keys:
            keys.append(key)

    def _parse_changes(self, text: str) -> None:
        """Attach dated former names (繁昌县 => 繁昌区) to the current units."""
        for line in text.splitlines():
            if "=>" not in line:
                continue
            left, right = line.rstrip("\r").split("=>", 1)
            lf = left.split("\t")
            date, rest = lf[0], lf[2:]
            old_names = rest[0::2]  # full names, each followed by its short name
            new_names = right.split("\t")
            if len(new_names) != len(old_names) or not new_names:
                continue
            old, new = old_names[-1], new_names[-1]
            if old == new:
                continue
            target = self._find_chain(new_names)
            if target is None:
                continue
            p = self._places[target]
            self._places[target] = replace(p, former=(*p.former, (old, date)),
                                           aliases=tuple(dict.fromkeys((*p.aliases, old))))
            self._index(old, target)

    def _find_chain(self, names: list[str]) -> str | None:
        """Key of the unit named by a province / prefecture / county chain of full names."""
        for key in self._by_name.get(names[-1], ()):
            p = self._places[key]
            if p.name != names[-1]:
                continue
            anc = [a.name for a in self.ancestors(p)]
            if all(n in anc for n in names[:-1] if n not in ("市辖区",)):
                return key
        return None

    # -- lookups --------------------------------------------------------------------------

    def get(self, key: str) -> Place | None:
        return self._places.get(key)

    def upper(self, name: str) -> tuple[Place, ...]:
        """Upper-level units (province, prefecture, county) named by a full, short or former name."""
        return self.upper_by_name.get(name, ())

    def ancestors(self, place: Place) -> list[Place]:
        """The units above a place, nearest first."""
        out: list[Place] = []
        key = place.parent
        while key is not None:
            p = self._places.get(key) or self._lower_place(key)
            if p is None:
                break
            out.append(p)
            key = p.parent
        return out

    def lower_rows(self, name: str, level: str, *, within: str | None = None) -> list[int]:
        """Line indices of townships or villages named ``name``, optionally inside a unit.

        Searching inside a unit's block (a county's few thousand lines) is what makes context
        resolution cheap; the whole-tree search is done only to learn if a name is unique.
        """
        target = LOWER_INDENT.get(level, LOWER_INDENT["village"]) + name
        if target not in self.lines:
            return []
        if within is None:
            return self._rows_of(target)
        lo, hi = self._block(within)
        return self._scan_rows(target, lo, hi)

    def _scan_rows(self, target: str, lo: int, hi: int) -> list[int]:
        """Line indices in ``[lo, hi)`` holding ``target``, by ``tuple.index``: fine for a block."""
        rows: list[int] = []
        i = lo
        while i < hi:
            try:
                i = self._lines.index(target, i, hi)
            except ValueError:
                break
            rows.append(i)
            i += 1
        return rows

    #: whole-tree searches made by scanning before the hashes are packed (see _rows_of)
    PACK_AFTER = 8

    def _rows_of(self, target: str) -> list[int]:
        """Every line index holding ``target``, ascending.

        Why not only ``tuple.index`` over the tree: it compares 700k string objects one by
        one (~14 ms a search). The lines' hashes, packed 8 bytes each, are searched by
        ``bytes.find`` in ~3 ms instead; a hit counts only at a multiple of 8 and when the line
        itself is equal, so hash collisions and misaligned matches change nothing. Packing
        costs ~0.08 s, the time of six scans: a process scans for its first
        :attr:`PACK_AFTER` searches (a one-document build seldom needs more) and packs on the
        next, so it never pays much more than the cheaper way would have cost it.
        """
        packed = self._hashes
        if packed is None:
            if self._scans < self.PACK_AFTER:
                self._scans += 1
                return self._scan_rows(target, 0, len(self._lines))
            packed = self._hashes = array("q", map(hash, self._lines)).tobytes()
        pattern = hash(target).to_bytes(8, sys.byteorder, signed=True)
        lines = self._lines
        rows: list[int] = []
        p = packed.find(pattern)
        while p >= 0:
            if not p & 7 and lines[p >> 3] == target:
                rows.append(p >> 3)
            p = packed.find(pattern, p + 1)
        return rows

    def lower_count(self, name: str, level: str) -> int:
        return len(self._lower_rows_all(name, level))

    def has_lower(self, name: str, level: str) -> bool:
        return LOWER_INDENT.get(level, LOWER_INDENT["village"]) + name in self.lines

    @lru_cache(maxsize=8192)  # noqa: B019 - one gazetteer per process
    def _lower_rows_all(self, name: str, level: str) -> tuple[int, ...]:
        return tuple(self.lower_rows(name, level))

    def lower_place(self, row: int) -> Place:
        """The township or village on a line, with its key and parent."""
        line = self._lines[row]
        if line.startswith("\t\t\t\t"):
            j = row - 1
            while self._lines[j].startswith("\t\t\t\t"):
                j -= 1
            town = self.lower_place(j)
            return Place(key=f"{town.key}/{line[4:]}", name=line[4:], level="village", parent=town.key)
        county = self._upper_keys[bisect.bisect_right(self._upper_rows, row) - 1]
        return Place(key=f"{county}/{line[3:]}", name=line[3:], level="township", parent=county)

    def _lower_place(self, key: str) -> Place | None:
        head, _, rest = key.partition("/")
        # keys of upper units without a code also contain "/": walk from the longest upper key
        parts = key.split("/")
        for cut in range(len(parts), 0, -1):
            upper_key = "/".join(parts[:cut])
            if upper_key in self._places:
                below = parts[cut:]
                break
        else:
            return None
        if not below or len(below) > 2 or "?" in below:
            return None
        if len(below) == 1:
            return Place(key=key, name=below[0], level="township", parent=upper_key)
        return Place(key=key, name=below[1], level="village", parent=f"{upper_key}/{below[0]}")

    def place(self, key: str) -> Place | None:
        """Any place by key, upper or lower."""
        return self._places.get(key) or self._lower_place(key)

    def _block(self, key: str) -> tuple[int, int]:
        """The line range an upper unit or a township spans in the tree."""
        if key in self._places:
            row = self._upper_row_of[key] if key in self._span_end else 0
            return row, self._span_end.get(key, len(self._lines))
        p = self._lower_place(key)
        if p is None or p.level != "township":
            return 0, 0
        lo, hi = self._block(p.parent or "")
        rows = self.lower_rows(p.name, "township", within=p.parent)
        if not rows:
            return 0, 0
        end = rows[0] + 1
        while end < hi and self._lines[end].startswith("\t\t\t\t"):
            end += 1
        return rows[0], end

    def is_within(self, place: Place, ancestor_key: str) -> bool:
        return any(a.key == ancestor_key for a in self.ancestors(place))

    def upper_places(self) -> Iterable[Place]:
        return self._places.values()


_UPPER_LINE = re.compile(r"\n\t{0,2}[^\t\r\n]")
_UPPER_FIRST = re.compile(r"\t{0,2}[^\t\r\n]")


#: a township's line whose name opens with a unit's name (曹县大集镇, 四子王旗乌兰花镇)
_TOWN_PREFIXED = re.compile(r"\n\t\t\t(?P<unit>[^\t\r\n]{1,10}?(?:县|市|区|旗))"
                            r"(?P<town>[^\t\r\n]{2,12}?(?:镇|乡|街道|苏木|办事处))(?=[\t\r])")
_TOWN_ENDS = ("镇", "乡", "街道", "苏木", "办事处")


#: the peoples a township may be named for (the nation's 55 minorities), longest first
_PEOPLES = sorted(("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
                   "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
                   "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
                   "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴",
                   "基诺"), key=len, reverse=True)
#: a township named for the peoples who live there: its stem, one to three peoples, its suffix
_ETHNIC_TOWN = re.compile(r"(?P<stem>[^\t\r\n]{2,6}?)(?:(?:" + "|".join(_PEOPLES) + r")族){1,3}(?P<sfx>乡|镇|苏木)")
#: where such a name ends: found in C first, so that only those few lines are read
_PEOPLES_END = re.compile(r"族(?:乡|镇|苏木)\r")


def _short_townships(text: str, lines: dict[str, None]) -> dict[str, str]:
    """Ethnic townships' short names as documents write them (西定哈尼族布朗族乡 is 西定乡, 惠七满族镇
    惠七镇): those that name no township of their own (``lines``: the data's lines), and that one
    full name alone shortens to. The lines ending in 族乡/族镇/族苏木 are found in C first."""
    indent = LOWER_INDENT["township"]
    short: dict[str, set[str]] = {}
    for end in _PEOPLES_END.finditer(text):
        start = text.rfind("\n", 0, end.start()) + 1
        line = text[start:end.end() - 1]
        if line.startswith(indent) and not line.startswith(indent + "\t"):
            full = line[len(indent):]
            if (m := _ETHNIC_TOWN.fullmatch(full)) is not None:
                short.setdefault(m["stem"] + m["sfx"], set()).add(full)
    return {k: next(iter(v)) for k, v in sorted(short.items()) if len(v) == 1 and indent + k not in lines}


def unprefixed_townships(text: str, uppers: list[int]) -> str:
    """The data with a township's name as the township is called: about 240 township lines
    of the vendored list carry their county's name in front (曹县大集镇, 化德县七号镇,
    四子王旗乌兰花镇), so the place was labelled 曹县大集镇 where documents and people say
    大集镇 (written after its county, 曹县大集镇 still reads as the county, then the township).
    Only where the front is the county the line stands in (``uppers``: the offsets of the
    upper-level lines' newlines, see :func:`_upper_lines`) and what is left names a township
    of its own (七号镇, not 镇). Line numbers do not change."""
    pieces: list[str] = []
    at = 0
    for m in _TOWN_PREFIXED.finditer(text):
        town = m["town"]
        if len(town) - len(next(e for e in _TOWN_ENDS if town.endswith(e))) < 2:
            continue
        i = bisect.bisect_right(uppers, m.start()) - 1
        if i < 0:
            continue
        line = text[uppers[i] + 1:text.find("\r", uppers[i] + 1)]
        if line.startswith("\t\t") and not line.startswith("\t\t\t") and line[2:].split("\t", 1)[0] == m["unit"]:
            pieces += [text[at:m.start("unit")], town]
            at = m.end()
    return "".join(pieces) + text[at:] if pieces else text


def _upper_lines(text: str) -> tuple[list[int], list[int]]:
    """The line numbers of the upper-level lines (at most two tabs of indent) and the offsets
    of their newlines, found in C (a regex and str.count) rather than by a Python loop over
    700k lines: this halves the load time. The pattern starts with the newline itself rather
    than ``^`` under ``re.M``: the regex engine then jumps from newline to newline instead of
    trying every one of the ~7M positions (0.14 s -> 0.05 s)."""
    rows: list[int] = [0] if _UPPER_FIRST.match(text) else []
    offsets: list[int] = []
    line = 0
    pos = 0
    for m in _UPPER_LINE.finditer(text):
        nl = m.start()
        line += text.count("\n", pos, nl) + 1
        pos = nl + 1
        rows.append(line)
        offsets.append(nl)
    return rows, offsets


def _read_data() -> tuple[str, str, dict[str, tuple[float, float]]]:
    data = resources.files("graph.lexicon").joinpath("data")
    with zipfile.ZipFile(io.BytesIO(data.joinpath("china_location.zip").read_bytes())) as zf:
        text = zf.read("china_location.txt").decode("utf-8")
    changes = data.joinpath("china_location_change.txt").read_text("utf-8")
    coords: dict[str, tuple[float, float]] = {}
    with data.joinpath("cpca_adcodes.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            try:
                coords[row["adcode"][:6]] = (float(row["longitude"]), float(row["latitude"]))
            except (KeyError, ValueError):
                continue
    return text, changes, coords


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first use."""
    t0 = time.perf_counter()
    g = Gazetteer(*_read_data())
    log.info("gazetteer loaded in %.2f s", time.perf_counter() - t0)
    return g
