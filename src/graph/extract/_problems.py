"""Problems a place is said to face (Kind.PROBLEM and Predicate.FACES), from the text only.

The genre states problems as a subject with a verdict (服务能力不高, 地理位置偏远, 交通不便,
经济落后), as 缺乏X, or as quoted -化 words (“老龄化”, “空心化”). A problem becomes a FACES
relation of the place named before it in the same sentence; nothing is inferred across
sentences. Called by ``relations`` (it runs last and sees the places). Imports the model only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from graph.extract._text import SentenceIndex, fold
from graph.model import Kind, Mention, Predicate, Provenance, RelationMention, make_mention
from graph.pipeline import DocContext, Item

_VERDICT = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:不高|不合理|不足|不强|不便|落后|偏远|困难|弱化|薄弱|滞后|缺失|不够)")
_LACK = re.compile(r"缺乏[\u4e00-\u9fff]{2,8}")
_QUOTED = re.compile(r"[“「\"](?P<q>[\u4e00-\u9fff]{1,4}化)[”」\"]")
_EDGE = re.compile(r"[，,。；;：:、（）()“”\"]|的|是|其|在|和|与|及|由于|导致|存在")


def _left(text: str, start: int, end: int, floor: int) -> int:
    """Start the problem after the last edge word before its verdict (结构不合理, not 党组织结构不合理)."""
    pos = start
    for m in _EDGE.finditer(text, max(floor, start - 1), end - 2):
        pos = m.end()
    return pos


def extract(ctx: DocContext, of: Callable[[int, tuple[Kind, ...]], list[Mention]]) -> Iterator[Item]:
    text = ctx.doc.text
    index = SentenceIndex(ctx.sentences)
    found: list[tuple[int, int, str]] = []
    for pat in (_VERDICT, _LACK):
        for m in pat.finditer(text):
            s = _left(text, m.start(), m.end(), m.start())
            found.append((s, m.end(), pat is _LACK and "problems.lack" or "problems.verdict"))
    for m in _QUOTED.finditer(text):
        found.append((m.start("q"), m.end("q"), "problems.quoted"))
    for s, e, rule in found:
        sent = index.at(s)
        if sent is None or e > sent.end or e - s < 3:
            continue
        places = [p for p in of(sent.index, (Kind.PLACE,)) if p.end <= s]
        if not places:
            continue
        label = text[s:e]
        problem = make_mention(ctx.doc, start=s, end=e, sent_index=sent.index, kind=Kind.PROBLEM, key=fold(label),
                               label=label, rule=rule, confidence=0.6)
        yield problem
        yield RelationMention(subject_kind=Kind.PLACE, subject_key=places[-1].key, predicate=Predicate.FACES,
                              object_kind=Kind.PROBLEM, object_key=problem.key,
                              prov=Provenance(doc_id=ctx.doc.id, sent_index=sent.index, start=sent.start,
                                              end=sent.end, rule=rule, confidence=0.6, stated=True))
