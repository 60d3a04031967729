"""Whose 我们 it is: the village of the speaker a passage belongs to, in a report of several.

A report of several speakers from several villages (a competition of village secretaries, a
meeting's exchange speeches, minutes) introduces each speaker with their village, on a line of
its own (【1号选手】张明芬　娜姑镇白雾村党总支书记) or in their own first words (我是娜姑镇白雾村党总支
书记张明芬), and then lets them say 我们, 我们村, 村里 for it, and tell its measures and its
difficulties with no place named. The title names the county the event was held in, which is
no speaker's. So the speaker's place stands for the passage, until another voice takes over (a
host's or a judge's label, another speaker's line) or the passage has run long.

Imports the model and the shared title helpers only.
"""

from __future__ import annotations

import re

from graph.extract._title import lone_line
from graph.model import Kind, Mention
from graph.pipeline import DocContext

#: a speaker's own first words naming their post (我是娜姑镇白雾村党总支书记张明芬, 我叫…，是…村主任)
_SELF_INTRO = re.compile(r"(?:^|[，,：:。])\s*(?:我是|我叫[\u4e00-\u9fff]{2,4}[，,]\s*(?:现任|是)|本人是|本人现任)")
#: the post of the person introduced, after their place (党总支书记, 党支部书记, 村委会主任, 第一书记)
_POST = re.compile(r"(?:党委|党总支|党支部|党组织|村委会|居委会|社区)?(?:副)?(?:书记|主任|第一书记|村长)")
#: a paragraph opening in another voice: a label with a bracket (评委点评（吕芳）：), or a host's,
#: a judge's, a reporter's, a guest's turn
_OTHER_VOICE = re.compile(r"\s*(?:[^，,。：:（）()]{1,12}[（(][^）()]{1,40}[）)]\s*[：:]|"
                          r"(?:主持人|评委|记者|嘉宾|编者|点评)[^，,。：:]{0,16}[：:])")
#: how many paragraphs a speaker's passage may run
_REACH = 12
#: the levels of place a speaker speaks for
_LEVELS = ("village", "township")


def speaker_places(ctx: DocContext) -> dict[int, Mention]:
    """Paragraph -> the place of the speaker it belongs to, for the paragraphs of a report of
    two speakers or more from places of their own; empty for any other document."""
    places = [m for m in ctx.mentions if m.kind == Kind.PLACE and m.subtype in _LEVELS]
    if not places:
        return {}
    by_sentence: dict[int, list[Mention]] = {}
    for m in places:
        by_sentence.setdefault(m.sent_index, []).append(m)
    found: dict[int, Mention] = {}
    speakers: set[str] = set()
    current: Mention | None = None
    since = 0
    for para in sorted(ctx.paragraphs):
        sents = ctx.paragraphs[para]
        intro = next((p for s in sents[:2] if (p := _introduced(ctx, s, by_sentence)) is not None), None)
        if intro is not None:
            current, since = intro, para
            speakers.add(intro.key)
        elif current is not None and (_OTHER_VOICE.match(sents[0].text) or para - since > _REACH):
            current = None
        if current is not None:
            found[para] = current
    return found if len(speakers) >= 2 else {}


def _introduced(ctx: DocContext, sent, by_sentence: dict[int, list[Mention]]) -> Mention | None:  # noqa: ANN001
    """The place a speaker is introduced with in ``sent``: the last village or township right
    before a post, on a line of its own or in the speaker's own first words."""
    own = by_sentence.get(sent.index)
    if not own:
        return None
    if not (lone_line(ctx, sent) or _SELF_INTRO.search(sent.text)):
        return None
    text = ctx.doc.text
    alone = lone_line(ctx, sent)
    for m in sorted(own, key=lambda m: -m.start):
        post = _POST.match(text, m.end, sent.end)
        if post is None:
            continue
        # a line of its own ends with the post, or the post and a name (not a case's heading,
        # 堰桥村党支部书记张某某违规发放补贴问题); and the speaker speaks: 我 in their first words
        if alone and (not _LINE_END.fullmatch(text, post.end(), sent.end) or not _speaks(ctx, sent)):
            return None
        return m
    return None


#: what may follow the post on a speaker's own line: their name, nothing more
_LINE_END = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,4})?\s*[）)】]?\s*")
#: how many paragraphs after a speaker's line their first words (我…) must come in
_FIRST_WORDS = 2


def _speaks(ctx: DocContext, sent) -> bool:  # noqa: ANN001
    """Whether first person (我) comes within the paragraphs after the line ``sent``."""
    return any("我" in s.text for p in range(sent.paragraph + 1, sent.paragraph + 1 + _FIRST_WORDS)
               for s in ctx.paragraphs.get(p, ()))
