"""Word (jieba token) starts of one sentence, cut only in the runs a caller asks about.

Why: several extractors need a word boundary at a few positions of a sentence (does a name
begin a word, where does the next word begin), and cutting the whole sentence with jieba
costs far more than the rule that asks. jieba cuts each run of the characters it segments
(:data:`graph.segment.JIEBA_RUN`: Han, Latin letters, digits, ``+#&._%-``) on its own, so the
tokens of one run are exactly the sentence's tokens there. A position outside every run (a
punctuation mark, a rare character) falls back to the whole sentence's tokens, as cut and
cached by the context, so the answer is always the one ``ctx.tokens(sent)`` gives.

Imports the model, the pipeline context and :mod:`graph.segment`; never rdflib.
"""

from __future__ import annotations

from bisect import bisect_right

from graph.model import Sentence
from graph.pipeline import DocContext
from graph.segment import jieba_runs, run_tokens


class WordStarts:
    """Sentence-relative token starts of ``sent``, computed one jieba run at a time."""

    __slots__ = ("_ctx", "_sent", "_runs", "_run_starts", "_all")

    def __init__(self, ctx: DocContext, sent: Sentence) -> None:
        self._ctx = ctx
        self._sent = sent
        self._runs: list[tuple[int, int]] | None = None
        self._run_starts: dict[int, list[int]] = {}  # run number -> its token starts, sorted
        self._all: set[int] | None = None  # every start, once a position outside the runs was asked

    def _run(self, i: int) -> int | None:
        """The number of the run holding sentence position ``i``, or None."""
        if self._runs is None:
            self._runs = jieba_runs(self._sent.text)
        k = bisect_right(self._runs, (i, len(self._sent.text) + 1)) - 1
        return k if k >= 0 and self._runs[k][0] <= i < self._runs[k][1] else None

    def _starts_of(self, k: int) -> list[int]:
        starts = self._run_starts.get(k)
        if starts is None:
            assert self._runs is not None
            base = self._sent.start
            starts = self._run_starts[k] = [t.start - base for t in
                                            run_tokens(self._sent.text, self._runs[k], offset=base)]
        return starts

    def _whole(self) -> set[int]:
        if self._all is None:
            base = self._sent.start
            self._all = {t.start - base for t in self._ctx.tokens(self._sent)}
        return self._all

    def __contains__(self, i: int) -> bool:
        k = self._run(i)
        if k is None:
            return i in self._whole()
        assert self._runs is not None
        if self._runs[k][0] == i:  # a run begins with a word: nothing to cut
            return True
        starts = self._starts_of(k)
        j = bisect_right(starts, i) - 1
        return j >= 0 and starts[j] == i

    def first(self, lo: int, hi: int) -> int | None:
        """The first token start in ``[lo, hi)`` (sentence-relative), or None."""
        hi = min(hi, len(self._sent.text))
        i = max(lo, 0)
        while i < hi:
            k = self._run(i)
            if k is None:
                if i in self._whole():
                    return i
                i += 1
                continue
            assert self._runs is not None
            if self._runs[k][0] == i:  # a run begins with a word: nothing to cut
                return i
            starts = self._starts_of(k)
            j = bisect_right(starts, i - 1)
            if j < len(starts):
                return starts[j] if starts[j] < hi else None
            i = self._runs[k][1]
        return None
