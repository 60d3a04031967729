"""The ordered extraction components and the per-document context they share.

``extract_document(doc)`` splits sentences, then runs each registered extractor in order.
An extractor is a function ``(ctx: DocContext) -> Iterable[Mention | RelationMention |
Implied]``; later extractors see what earlier ones found (organisations see places,
relations see everything). Overlaps among mentions of one kind are resolved at the end:
the longest span wins, then the earliest, then the higher-confidence rule.

Bump ``PIPELINE_VERSION`` whenever extraction output can change: the per-document cache
is keyed on it.
"""

from __future__ import annotations

import importlib
import logging
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property

from graph.model import (
    Document,
    Extraction,
    Implied,
    Kind,
    Mention,
    RelationMention,
    Sentence,
    Token,
)
from graph.segment import sentence_tokens, split_sentences

log = logging.getLogger(__name__)

PIPELINE_VERSION = "335"

Item = Mention | RelationMention | Implied
Extractor = Callable[["DocContext"], Iterable[Item]]

#: (name, "module:function"), in the order they run. Modules load lazily.
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("places", "graph.extract.places:extract"),
    ("organizations", "graph.extract.organizations:extract"),
    ("persons", "graph.extract.persons:extract"),
    ("events", "graph.extract.events:extract"),
    ("mechanisms", "graph.extract.mechanisms:extract"),
    ("goals", "graph.extract.goals:extract"),
    ("statistics", "graph.extract.statistics:extract"),
    ("relations", "graph.extract.relations:extract"),
)


@dataclass
class DocContext:
    """What extractors of one document share: the text, sentences, tokens, findings."""

    doc: Document
    sentences: tuple[Sentence, ...]
    mentions: list[Mention] = field(default_factory=list)
    relations: list[RelationMention] = field(default_factory=list)
    implied: list[Implied] = field(default_factory=list)
    _tokens: dict[int, list[Token]] = field(default_factory=dict)

    def tokens(self, sent: Sentence) -> list[Token]:
        """jieba tokens of a sentence, cut once and cached."""
        toks = self._tokens.get(sent.index)
        if toks is None:
            toks = self._tokens[sent.index] = sentence_tokens(sent)
        return toks

    def token_starts(self, sent: Sentence) -> set[int]:
        return {t.start for t in self.tokens(sent)}

    def token_ends(self, sent: Sentence) -> set[int]:
        return {t.end for t in self.tokens(sent)}

    def of_kind(self, kind: Kind) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]

    def in_sentence(self, sent: Sentence, kind: Kind | None = None) -> list[Mention]:
        return [m for m in self.mentions if m.sent_index == sent.index and (kind is None or m.kind == kind)]

    def in_paragraph(self, paragraph: int, kind: Kind | None = None) -> list[Mention]:
        idx = {s.index for s in self.sentences if s.paragraph == paragraph}
        return [m for m in self.mentions if m.sent_index in idx and (kind is None or m.kind == kind)]

    @cached_property
    def paragraphs(self) -> dict[int, tuple[Sentence, ...]]:
        out: dict[int, list[Sentence]] = {}
        for s in self.sentences:
            out.setdefault(s.paragraph, []).append(s)
        return {k: tuple(v) for k, v in out.items()}

    def sentence_at(self, offset: int) -> Sentence:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        raise ValueError(f"offset {offset} is in no sentence of {self.doc.id}")

    def add(self, item: Item) -> None:
        if isinstance(item, Mention):
            if self.doc.text[item.start:item.end] != item.text:
                raise ValueError(f"mention {item.text!r} does not slice back at [{item.start}, {item.end})")
            self.mentions.append(item)
        elif isinstance(item, RelationMention):
            self.relations.append(item)
        elif isinstance(item, Implied):
            self.implied.append(item)
        else:  # pragma: no cover - a programming error in an extractor
            raise TypeError(f"extractor yielded {type(item).__name__}")


def resolve_overlaps(mentions: Iterable[Mention]) -> list[Mention]:
    """Within one kind, drop a mention overlapped by a longer (or equal, earlier) one.

    The spans kept so far never overlap, so sorted by start their ends rise too: a new span
    [s, e) overlaps one of them exactly when the last kept span starting before e ends after
    s. A binary search finds that span, which keeps this linear-logarithmic where comparing
    with every kept span was quadratic (a long document has thousands of mentions).
    """
    from bisect import bisect_left  # (imported here: this function is maintained apart from the module)

    out: list[Mention] = []
    by_kind: dict[Kind, list[Mention]] = {}
    for m in mentions:
        by_kind.setdefault(m.kind, []).append(m)
    for kind in sorted(by_kind):
        kept: list[tuple[int, int]] = []  # (start, end) of the chosen spans, sorted
        for m in sorted(by_kind[kind], key=lambda m: (-(m.end - m.start), m.start, -m.confidence, m.rule, m.key)):
            k = bisect_left(kept, (m.end,))
            if k and kept[k - 1][1] > m.start:
                continue
            kept.insert(k, (m.start, m.end))
            out.append(m)
    return sorted(out, key=mention_order)


def _drop_places_in_names(ctx: DocContext) -> None:
    """Across kinds, what :func:`resolve_overlaps` does within one: a place's short name read inside
    a person's (程保山: 保山, 程卫东: 卫东区) is the name's, not the place. Settled after every
    component, as overlaps are: it takes effect once the person extractor has run (after the places
    one), before the extractors that tie figures and practices to places. The places above it the
    gazetteer added (云南省) go with it, unless a relation still links them to something the text
    names."""
    if not any(m.kind == Kind.PLACE and m.rule == "gazetteer.short" for m in ctx.mentions):
        return  # (no short name to drop: most calls, before the places and after them)
    names = sorted((m.start, m.end) for m in ctx.mentions if m.kind == Kind.PERSON)
    if not names:
        return
    starts = [a for a, _ in names]

    def in_name(m: Mention) -> bool:
        k = bisect_right(starts, m.start) - 1
        return k >= 0 and names[k][1] >= m.end and names[k] != (m.start, m.end)

    # (and a person's given name alone, as their neighbours call them: 跟着卫东种辣椒, “保山，你…”,
    # where the document never writes that place in full)
    given = {m.label[1:] for m in ctx.mentions if m.kind == Kind.PERSON and len(m.label) == 3}
    written = {m.key for m in ctx.mentions if m.kind == Kind.PLACE and m.rule != "gazetteer.short"}
    keep = [m for m in ctx.mentions if not (m.kind == Kind.PLACE and m.rule == "gazetteer.short" and (
        in_name(m) or m.text in given and m.key not in written))]
    if len(keep) == len(ctx.mentions):
        return
    ctx.mentions = keep
    implied = {(i.kind, i.key) for i in ctx.implied}
    reach = {(m.kind, m.key) for m in keep}
    links: dict[tuple[Kind, str], list[tuple[Kind, str]]] = {}
    for r in ctx.relations:  # (a thing the data adds is what a relation points to: a county's province)
        links.setdefault((r.subject_kind, r.subject_key), []).append((r.object_kind, r.object_key))
    todo = list(reach)
    while todo:  # what the relations reach from the mentions
        for nxt in links.get(todo.pop(), ()):
            if nxt in implied and nxt not in reach:
                reach.add(nxt)
                todo.append(nxt)
    ctx.implied = [i for i in ctx.implied if (i.kind, i.key) in reach]


def mention_order(m: Mention) -> tuple:
    return (m.doc_id, m.start, m.end, m.kind, m.key, m.rule)


def relation_order(r: RelationMention) -> tuple:
    p = r.prov
    return (p.doc_id, p.start, r.subject_kind, r.subject_key, r.predicate, r.object_kind, r.object_key,
            p.rule, p.end, p.sent_index)


def load_components(names: Iterable[str] | None = None) -> list[tuple[str, Extractor]]:
    wanted = set(names) if names is not None else None
    out = []
    for name, target in COMPONENTS:
        if wanted is not None and name not in wanted:
            continue
        mod, func = target.split(":")
        out.append((name, getattr(importlib.import_module(mod), func)))
    return out


def warm_up() -> None:
    """Load jieba and every component's data now (before forking workers, for benchmarks).

    A component module may define ``warm_up()``; it is called if present.
    """
    from graph.segment import word_tag

    word_tag("的")  # jieba's tokenizer and tag table
    for _, target in COMPONENTS:
        mod = importlib.import_module(target.split(":")[0])
        if callable(getattr(mod, "warm_up", None)):
            mod.warm_up()


def extract_document(doc: Document, *, components: Iterable[str] | None = None) -> Extraction:
    """Run the pipeline on one document.

    A document in traditional characters is extracted from its simplified twin (same
    length, so every offset is an offset into the original); mentions and sentences are
    then given back the document's own characters, with the simplified form as an alias,
    so 金山區 and 金山区 link to one entity.
    """
    twin = _simplified_twin(doc)
    work = twin if twin is not None else doc
    ctx = DocContext(doc=work, sentences=split_sentences(work))
    for _name, fn in load_components(components):
        for item in fn(ctx):
            ctx.add(item)
        # later components see one mention per span and kind, and no place inside a name
        ctx.mentions = resolve_overlaps(ctx.mentions)
        _drop_places_in_names(ctx)
    kept = {(m.kind, m.key) for m in ctx.mentions} | {(i.kind, i.key) for i in ctx.implied}
    units = {doc.id} | {p.id for p in doc.parts}
    kept |= {(Kind.DOCUMENT, u) for u in units}
    rels = [r for r in ctx.relations
            if (r.subject_kind, r.subject_key) in kept and (r.object_kind, r.object_key) in kept]
    sentences, mentions, implied = ctx.sentences, ctx.mentions, ctx.implied
    if twin is not None:
        sentences = tuple(replace(s, text=doc.text[s.start:s.end]) for s in sentences)
        back = _script_back(twin.text, doc.text)
        mentions = [_restore(m, doc, back) for m in mentions]
        implied = [_in_script(i, back) for i in implied]
    return Extraction(
        doc=doc,
        sentences=sentences,
        mentions=tuple(sorted(mentions, key=mention_order)),
        relations=tuple(sorted(set(rels), key=relation_order)),
        implied=tuple(sorted(set(implied), key=lambda i: (i.kind, i.key))),
    )


def _simplified_twin(doc: Document) -> Document | None:
    """The document with its text simplified, when it is written in traditional characters."""
    from graph.chinese import is_traditional, to_simplified

    if not is_traditional(doc.text):
        return None
    return replace(doc, text=to_simplified(doc.text))


def _script_back(simplified: str, original: str) -> dict[int, str]:
    """A translation table from the simplified twin's characters to the document's own (萬 for
    万 where the document writes 萬): each simplified character to what the document writes for
    it most often."""
    counts = Counter((s, o) for s, o in zip(simplified, original) if s != o)
    back: dict[int, str] = {}
    for (s, o), _ in counts.most_common():
        back.setdefault(ord(s), o)
    return back


#: attributes read off the text, written back in the document's script with its label (a
#: statistic's unit: 萬元 in a document that writes 萬元)
_TEXT_ATTRS = frozenset({"unit"})


def _in_script(i: Implied, back: dict[int, str]) -> Implied:
    """A thing known from data, named in the document's script (廣東省 above 清遠市 in a document
    that writes 廣), the simplified name an alternative."""
    from graph.chinese import to_traditional

    label = to_traditional(i.label, back)
    if label == i.label:
        return i
    return replace(i, label=label, alt_labels=tuple(sorted(set(i.alt_labels) | {i.label})))


def _restore(m: Mention, doc: Document, back: dict[int, str]) -> Mention:
    """Give a mention found on the simplified twin the document's own characters back: its text,
    its label (the same characters of the text when the label is read off it, 全面推進鄉村振興 of
    …要全面推進鄉村振興; else the document's own forms of its characters) and its unit; the
    simplified forms stay as aliases, so a simplified name finds it too."""
    from graph.chinese import to_traditional

    original = doc.text[m.start:m.end]
    if original == m.text:
        return m
    if m.label == m.text:
        label = original  # a label read off the text keeps the text's script
    elif (k := m.text.find(m.label)) >= 0 and m.label:
        label = original[k:k + len(m.label)]
    else:
        label = to_traditional(m.label, back)
    aliases = tuple(sorted(set(m.aliases) | {m.text, m.label} - {label}))
    attrs = tuple((n, to_traditional(v, back) if n in _TEXT_ATTRS else v) for n, v in m.attrs)
    return replace(m, text=original, label=label, aliases=aliases, attrs=attrs)
