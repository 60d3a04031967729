"""Whose work a report is: the place its title names.

A government work report (2026年山东省政府工作报告) or a unit's account of its practice
(云南楚雄州：因地制宜…) speaks for the place in its title throughout, so a measure or a
figure that names no place of its own is that place's. Facts inferred this way are
background inferences (see :data:`graph.analytics.BACKGROUND_RULES`). Imports the model only.
"""

from __future__ import annotations

import re

from graph.model import Kind, Mention
from graph.pipeline import DocContext

#: a title of a report on a unit's own work: a work report, or "unit：what it did"
_REPORT_TITLE = re.compile(r"政府工作报告|工作报告|[：:]")


def report_place(ctx: DocContext) -> Mention | None:
    """The one place, or the last of one written chain (江苏南京溧水区), that a report's title
    names (again later in the title too: 江苏南京溧水区：…溧水实践); None for another kind of
    title, no place, or other places besides.
    """
    if not ctx.sentences or not _REPORT_TITLE.search(ctx.sentences[0].text):
        return None
    first = ctx.sentences[0].index
    found = sorted((m for m in ctx.mentions if m.kind == Kind.PLACE and m.sent_index == first), key=lambda m: m.start)
    chain = found[:1]
    for m in found[1:]:
        if m.start != chain[-1].end:
            break
        chain.append(m)
    # a place named again later in the title is one of the chain (…溧水区：…溧水实践)
    if not chain or any(m.key not in {c.key for c in chain} for m in found[len(chain):]):
        return None
    return chain[-1]
