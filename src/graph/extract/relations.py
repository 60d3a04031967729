"""Relations among the mentions found before: practices, aimsAt, proposedBy, cites, faces.

Every relation carries a Provenance: the sentence that states it (``stated=True``) or, when
it is attributed from the paragraph around (the place named two sentences earlier),
``stated=False`` with a lower confidence.

* practices: PLACE/ORGANIZATION -> MECHANISM. The nearest place and organisation before the
  mechanism in its sentence (金山区枫泾镇新黎村…创造性提出了“三型”班子建设工程); else the last
  ones named earlier in the paragraph.
* aimsAt: MECHANISM -> GOAL, same sentence (stated), else the last mechanism of the
  paragraph before the goal (not stated).
* proposedBy: MECHANISM/GOAL -> EVENT when an event is the sayer of the sentence (党的十八大
  强调…, 十八大报告首次提出要建设“三型”政党) or its setting (早在先进性教育活动中，就探索…).
* cites: DOCUMENT (the paper part or the whole document) -> EVENT, for every event named.
* faces: PLACE -> PROBLEM, for problems stated of a place (see :mod:`graph.extract._problems`).

Imports the model and pipeline only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.extract import _problems
from graph.model import Kind, Mention, Predicate, Provenance, RelationMention
from graph.pipeline import DocContext, Item

_AGENTS = (Kind.PLACE, Kind.ORGANIZATION)
_SAYING = re.compile(r"强调|提出|指出|要求|承诺|明确|确立|部署|号召|倡导|写入|通过")
# a place only sets the scene (…等镇的例子) or is the object of study, not the doer
_SCENE_AFTER = re.compile(r"^(?:的例子|等镇|等村|等地)")


def _prov(ctx: DocContext, sent_index: int, rule: str, confidence: float, stated: bool) -> Provenance:
    s = ctx.sentences[sent_index]
    return Provenance(doc_id=ctx.doc.id, sent_index=sent_index, start=s.start, end=s.end, rule=rule,
                      confidence=confidence, stated=stated)


def _rel(subj: Mention, pred: Predicate, obj: Mention, prov: Provenance) -> RelationMention:
    return RelationMention(subject_kind=subj.kind, subject_key=subj.key, predicate=pred, object_kind=obj.kind,
                           object_key=obj.key, prov=prov)


class _BySentence:
    """Mentions grouped by sentence and paragraph, built once (no per-mention scans)."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.sent: dict[int, list[Mention]] = {}
        for m in sorted(ctx.mentions, key=lambda m: m.start):
            self.sent.setdefault(m.sent_index, []).append(m)

    def of(self, sent_index: int, kinds: tuple[Kind, ...]) -> list[Mention]:
        return [m for m in self.sent.get(sent_index, ()) if m.kind in kinds]

    def earlier_in_paragraph(self, sent_index: int, kinds: tuple[Kind, ...], *, limit: int = 6) -> list[Mention]:
        """Mentions of the kinds in the sentences before, same paragraph, nearest sentence first."""
        para = self.ctx.sentences[sent_index].paragraph
        i = sent_index - 1
        while i >= 0 and sent_index - i <= limit and self.ctx.sentences[i].paragraph == para:
            found = self.of(i, kinds)
            if found:
                return found
            i -= 1
        return []


def extract(ctx: DocContext) -> Iterator[Item]:
    by = _BySentence(ctx)
    yield from _practices(ctx, by)
    yield from _aims(ctx, by)
    yield from _proposed(ctx, by)
    yield from _cites(ctx)
    yield from _problems.extract(ctx, by.of)


def _agents_before(agents: list[Mention], pos: int) -> list[Mention]:
    """The last place and the last organisation before a position (most specific mention)."""
    out: dict[Kind, Mention] = {}
    for a in agents:
        if a.end <= pos:
            out[a.kind] = a
    return list(out.values())


def _practices(ctx: DocContext, by: _BySentence) -> Iterator[RelationMention]:
    text = ctx.doc.text
    for mech in ctx.of_kind(Kind.MECHANISM):
        if mech.subtype == "component":
            continue
        agents = [a for a in by.of(mech.sent_index, _AGENTS) if not _SCENE_AFTER.match(text[a.end:a.end + 3])]
        chosen = _agents_before(agents, mech.start)
        if chosen:
            for a in chosen:
                yield _rel(a, Predicate.PRACTICES, mech, _prov(ctx, mech.sent_index, "relations.practices_sentence",
                                                               0.8, True))
            continue
        earlier = by.earlier_in_paragraph(mech.sent_index, _AGENTS)
        for a in _agents_before(earlier, mech.start):
            yield _rel(a, Predicate.PRACTICES, mech, _prov(ctx, mech.sent_index, "relations.practices_paragraph",
                                                           0.5, False))


def _aims(ctx: DocContext, by: _BySentence) -> Iterator[RelationMention]:
    for goal in ctx.of_kind(Kind.GOAL):
        mechs = [m for m in by.of(goal.sent_index, (Kind.MECHANISM,))
                 if m.subtype != "component" and not (m.start >= goal.start and m.end <= goal.end)]
        if mechs:
            for m in mechs:
                yield _rel(m, Predicate.AIMS_AT, goal, _prov(ctx, goal.sent_index, "relations.aims_sentence", 0.7, True))
            continue
        earlier = [m for m in by.earlier_in_paragraph(goal.sent_index, (Kind.MECHANISM,), limit=3)
                   if m.subtype != "component"]
        if earlier:
            yield _rel(earlier[-1], Predicate.AIMS_AT, goal,
                       _prov(ctx, goal.sent_index, "relations.aims_paragraph", 0.4, False))


def _proposed(ctx: DocContext, by: _BySentence) -> Iterator[RelationMention]:
    text = ctx.doc.text
    for idx, ms in by.sent.items():
        events = [m for m in ms if m.kind == Kind.EVENT]
        if not events:
            continue
        for thing in ms:
            if thing.kind not in (Kind.MECHANISM, Kind.GOAL) or thing.subtype == "component":
                continue
            before = [e for e in events if e.end <= thing.start]
            if not before:
                continue
            ev = before[-1]
            between = text[ev.end:thing.start]
            setting = text.startswith(("中", "上"), ev.end)  # 在先进性教育活动中 / 在…见面会上
            if _SAYING.search(between) or setting:
                yield _rel(thing, Predicate.PROPOSED_BY, ev, _prov(ctx, idx, "relations.proposed_by",
                                                                   0.8 if not setting else 0.6, True))


def _cites(ctx: DocContext) -> Iterator[RelationMention]:
    for ev in ctx.of_kind(Kind.EVENT):
        unit = ctx.doc.unit_at(ev.start)
        yield RelationMention(subject_kind=Kind.DOCUMENT, subject_key=unit, predicate=Predicate.CITES,
                              object_kind=Kind.EVENT, object_key=ev.key,
                              prov=_prov(ctx, ev.sent_index, "relations.cites", 1.0, True))

