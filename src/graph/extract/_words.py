"""Word (jieba token) starts of one sentence, cut only in the runs a caller asks about.

Why: several extractors need a word boundary at a few positions of a sentence (does a name
begin a word, where does the next word begin), and cutting the whole sentence with jieba
costs far more than the rule that asks. jieba cuts each run of the characters it segments
(:data:`graph.segment.JIEBA_RUN`: Han, Latin letters, digits, ``+#&._%-``) on its own, so the
tokens of one run are exactly the sentence's tokens there. Some answers need no cut at all,
and follow from how jieba's ``cut`` treats its blocks:

* the first character of a run begins its first word;
* outside every run, each character is a word of its own (``\\r\\n`` is one word, so its
  ``\\n`` begins none).

Cuts are kept per run text (:func:`run_words`), since documents repeat their runs.

Imports the model and :mod:`graph.segment`; never rdflib.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from graph.model import Sentence, Token
from graph.segment import JIEBA_RUN, tokens


class WordStarts:
    """Token starts (sentence-relative) of ``sent``, computed one jieba run at a time."""

    __slots__ = ("_sent", "_runs", "_words")

    def __init__(self, sent: Sentence) -> None:
        self._sent = sent
        self._runs: list[tuple[int, int]] | None = None
        self._words: dict[int, dict[int, int]] = {}  # run index -> its words, see run_words

    def _run(self, i: int) -> int:
        """Index of the run holding sentence offset ``i``, or -1 when none does."""
        runs = self._runs
        if runs is None:
            runs = self._runs = [m.span() for m in JIEBA_RUN.finditer(self._sent.text)]
        k = bisect_right(runs, (i, len(self._sent.text) + 1)) - 1
        return k if k >= 0 and runs[k][0] <= i < runs[k][1] else -1

    def _cut(self, k: int) -> dict[int, int]:
        words = self._words.get(k)
        if words is None:
            a, b = self._runs[k]  # type: ignore[index]  # _run filled it
            words = self._words[k] = run_words(self._sent.text[a:b])
        return words

    def __contains__(self, i: int) -> bool:
        text = self._sent.text
        if not 0 <= i < len(text):
            return False
        k = self._run(i)
        if k < 0:
            return not (text[i] == "\n" and i > 0 and text[i - 1] == "\r")
        a = self._runs[k][0]  # type: ignore[index]
        return i == a or i - a in self._cut(k)

    def __getitem__(self, i: int) -> Token:
        """The token starting at ``i`` (document-absolute offsets); KeyError when none does."""
        if i not in self:
            raise KeyError(i)
        text = self._sent.text
        k = self._run(i)
        if k < 0:
            n = 2 if text[i:i + 2] == "\r\n" else 1
        else:
            n = self._cut(k)[i - self._runs[k][0]]  # type: ignore[index]
        start = self._sent.start + i
        return Token(text=text[i:i + n], start=start, end=start + n)

    def first(self, lo: int, hi: int) -> int | None:
        """The first token start in ``[lo, hi)`` (sentence-relative), or None."""
        hi = min(hi, len(self._sent.text))
        i = max(lo, 0)
        while i < hi:
            k = self._run(i)
            if k < 0:
                if i in self:
                    return i
                i += 1
                continue
            a, b = self._runs[k]  # type: ignore[index]
            if i == a:  # a run begins with a word: nothing to cut
                return i
            later = [a + s for s in self._cut(k) if a + s >= i]
            if later:
                nxt = min(later)
                return nxt if nxt < hi else None
            i = b
        return None


@lru_cache(maxsize=4096)
def run_words(run: str) -> dict[int, int]:
    """Start (offset in ``run``) -> length of each word jieba cuts one run into; do not mutate.

    Cached by the run's text: a run is cut the same wherever it stands, and documents repeat
    theirs (headings, slogans, names of programmes; one run in eight in the corpus).

    中共 is a word of its own: jieba's dictionary holds 中共四川省委, 中共中央 as single words,
    which would hide the place or the body a name starts with after it."""
    words = {t.start: t.end - t.start for t in tokens(run)}
    if "中共" not in run:  # (most runs: nothing to part)
        return words
    for start, n in [(s, n) for s, n in words.items() if n > 2 and run.startswith("中共", s)]:
        words[start], words[start + 2] = 2, n - 2
    return words
