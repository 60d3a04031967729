"""Tables written as text: a heading line, then rows of as many cells.

The genre's reports set their figures out in tables: a Word table read as tab-separated
lines, a web page's table read as ruled rows (| 禾川镇 | 6 | 312.5 |), a briefing drawn with
spaces or rules by hand. A table here is a heading line of three cells or more, none of them
a number, and the lines right under it with as many cells (a line is a paragraph, whatever
sentences its cells hold); a rule line (|---|---|) is skipped, and a line of another width ends
the table (a tab-separated row may lack its last one or two cells, left empty). Cells are apart by a
tab, ideographic spaces, two spaces or more, or a rule (|); a rule at either end of a line
opens or closes no cell. A spreadsheet pasted as comma-separated values (村名,村党组织书记,基本报酬,…)
is a table too, when its lines hold four cells or more and none of prose's sentence marks.

Used for the people of a column headed by a post (graph.extract._rosters) and the figures of
a table's numeric columns (graph.extract.statistics). Imports the model only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from graph.pipeline import DocContext

#: what sets a table's cells apart
CELL_SEP = re.compile(r"\s*[|｜]\s*|\t+|\u3000+| {2,}")
#: what every line of two cells or more holds (a test in C before the cells are sought)
_CELL_MARKS = ("\t", "\u3000", "  ", "|", "｜")
#: a line of comma-separated values (a spreadsheet pasted as text: 村名,村党组织书记,基本报酬,…): four
#: cells or more apart by ASCII commas, and none of the sentence marks prose holds
_CSV_LINE = re.compile(r"[^，。；;,\n]*(?:,[^，。；;,\n]*){3,}")
#: a rule line under a heading (|---|:---:|), or a cell of one
_RULE_CELL = re.compile(r"[-:=—─━\s]+")
#: a cell that is a figure (12, 312.5, 38.6%, 1,515.5)
NUMBER_CELL = re.compile(r"[<>≤≥约]?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|[<>≤≥约]?\d+(?:\.\d+)?%?")
#: characters: the longest cell of a heading (2023年经营性收入总额（万元）), and of a comma-separated
#: one (服务群众专项经费（万元）)
HEADING_CELL = 20
_CSV_HEADING_CELL = 14
#: a numbered line between a table's rows that heads a group of them (一、…方面（3个问题）), in a
#: ledger of problems or a roster of units; the table goes on under it
_GROUP_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[部类组批])")
#: characters: the longest line read as a group's heading
_GROUP_MAX = 40


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a table: its cells' document offsets, and the sentence each cell is in (a
    cell may hold sentences of its own: ①牵头推进…；②争取…)."""

    cells: tuple[tuple[int, int], ...]
    sents: tuple[int, ...]

    @property
    def sent_index(self) -> int:
        return self.sents[0]


@dataclass(slots=True)
class Table:
    """A heading's cells (as written) and the rows under it."""

    heading: tuple[str, ...]
    rows: list[Row] = field(default_factory=list)
    #: whether its lines are comma-separated values (its rows must be too)
    csv: bool = False


def _csv_cells(text: str) -> list[tuple[int, int]]:
    """The spans of a comma-separated line's cells, the empty ones too (镇北村,…,二类,)."""
    out, pos = [], 0
    for cell in text.split(","):
        out.append((pos, pos + len(cell)))
        pos += len(cell) + 1
    return out


def cells(text: str) -> list[tuple[int, int]]:
    """The spans of a line's cells."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in CELL_SEP.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def tables(ctx: DocContext, heading_ok: Callable[[list[str]], bool] | None = None) -> Iterator[Table]:
    """The document's tables, in order; ``heading_ok`` may refuse a heading line (the caller's
    own test on its cells' words, besides the shape). A line is a paragraph, whatever
    sentences its cells hold."""
    text = ctx.doc.text
    table: Table | None = None
    for para in sorted(ctx.paragraphs):
        sents = ctx.paragraphs[para]
        start = sents[0].start
        line = text[start:sents[-1].end]
        csv = "," in line and _CSV_LINE.fullmatch(line) is not None
        if not csv and not any(mark in line for mark in _CELL_MARKS):  # (prose, most lines: one cell, no table)
            if table is not None and len(sents) == 1 and len(line) <= _GROUP_MAX and _GROUP_HEADING.match(line):
                continue  # 二、基层党组织建设方面（5个问题）: the rows go on under a group's heading
            if table is not None and _whole(table):
                yield table
            table = None
            continue
        spans = _csv_cells(line) if csv else cells(line)
        words = [line[a:b] for a, b in spans]
        if len(words) >= 3 and all(_RULE_CELL.fullmatch(w) for w in words):
            continue  # |---|---|
        if table is not None and table.csv == csv and (
                len(words) == len(table.heading) or _short_row(line, words, table)):
            end = start + len(line)
            offsets = tuple((start + a, start + b) for a, b in spans) \
                + ((end, end),) * (len(table.heading) - len(words))
            table.rows.append(Row(offsets, tuple(_sentence_of(sents, a) for a, _ in offsets)))
            continue
        if table is not None and _whole(table):
            yield table
        table = None
        if (len(sents) == 1 and len(words) >= 3 and all(len(w) <= (_CSV_HEADING_CELL if csv else HEADING_CELL)
                                                         for w in words)
                and not any(NUMBER_CELL.fullmatch(w) for w in words)
                and (heading_ok is None or heading_ok(words))):
            table = Table(tuple(words), csv=csv)
    if table is not None and _whole(table):
        yield table


def _whole(table: Table) -> bool:
    """Whether ``table`` has rows enough to be one: a row, or two for comma-separated values (a
    line of prose with half-width commas has as many as the next by chance, seldom as the two next)."""
    return len(table.rows) >= (2 if table.csv else 1)


def _short_row(line: str, words: list[str], table: Table) -> bool:
    """A tab-separated row without its last cells (序号 姓名 … 备注, the 备注 left empty): a Word
    table read as text drops a row's empty cells at its end. At most two may be missing, and
    never in a table of rules (|), where an empty cell is written."""
    return ("\t" in line and "|" not in line and "｜" not in line and len(words) >= 3
            and len(table.heading) - 2 <= len(words) < len(table.heading))


def _sentence_of(sents, offset: int) -> int:  # noqa: ANN001 - a paragraph's sentences
    """The index of the sentence of ``sents`` that holds ``offset`` (the last one that starts at or
    before it)."""
    return next((s.index for s in reversed(sents) if s.start <= offset), sents[0].index)
