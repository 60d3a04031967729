"""Sentences with document-absolute offsets, and the one place that owns jieba.

Sentences end at 。！？；!? (and ；) or at a line end; closing quotes and brackets that
follow the end mark stay with the sentence. Leading and trailing white space is trimmed by
moving offsets, never by changing the text. Paragraph numbers count non-empty lines.

jieba is loaded lazily (its dictionary costs ~1 s) with the domain words in
``lexicon/data/domain_words.txt`` added, so that terms such as 党支部 or 服务型 stay whole.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from types import ModuleType
from typing import TYPE_CHECKING

from graph import tempcache
from graph.model import Document, Sentence, Token

if TYPE_CHECKING:  # pragma: no cover
    import jieba

log = logging.getLogger(__name__)

_END = "。！？!?；;"
_CLOSERS = "”’」』）)】》\"'"
_SENT = re.compile(rf"[^{_END}\n]*(?:[{_END}]+[{_CLOSERS}]*|$)", re.M)


def split_sentences(doc: Document) -> tuple[Sentence, ...]:
    """Split a document into sentences, keeping offsets into ``doc.text``."""
    out: list[Sentence] = []
    text = doc.text
    para = -1
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        para += 1
        for m in _SENT.finditer(line):
            s, e = m.start(), m.end()
            while s < e and line[s].isspace():
                s += 1
            while e > s and line[e - 1].isspace():
                e -= 1
            if e > s:
                out.append(
                    Sentence(doc_id=doc.id, index=len(out), start=line_start + s, end=line_start + e,
                             text=line[s:e], paragraph=para)
                )
    return tuple(out)


_lock = threading.Lock()


def tokenizer() -> jieba.Tokenizer:
    """The shared jieba tokenizer with the domain words added (built once per process)."""
    return _loaded()[0]


@lru_cache(maxsize=1)
def _loaded() -> tuple[jieba.Tokenizer, dict[str, str]]:
    """jieba's tokenizer (domain words added) and its dictionary's part-of-speech tags, loaded once.

    Why not ``Tokenizer.initialize`` and ``jieba.posseg``: jieba reads its prefix dictionary
    from its cache with ``marshal.load`` on a file, which reads object by object (~0.9 s);
    ``import jieba.posseg`` loads the HMM tables (~0.6 s) that dictionary-only tagging never
    uses, and its tagger parses ``dict.txt`` line by line for the tags (~0.9 s). Both tables
    are kept here in one marshal blob read whole with ``marshal.loads`` (~0.6 s together), in
    the temporary folder (:mod:`graph.tempcache`) as jieba keeps its own cache, one per user,
    jieba version and dictionary file. Every process that extracts pays this load, so it is
    much of the time of a one-document rebuild.
    """
    jieba = _import_jieba()
    jieba.setLogLevel(logging.WARNING)
    with _lock:
        tk = jieba.Tokenizer()
        dict_file = tk.dictionary or os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)
        st = os.stat(dict_file)
        freq, total, tags = tempcache.cached(
            "jieba", (jieba.__version__, dict_file, st.st_size, st.st_mtime_ns),
            lambda: _dictionary_tables(tk, dict_file), _is_dictionary)
        tk.FREQ, tk.total, tk.initialized = freq, total, True
        for word in domain_words():
            tk.add_word(word, freq=None)
    return tk, tags


def _import_jieba() -> ModuleType:
    """``import jieba``, without letting it import ``pkg_resources``.

    Why: jieba's ``_compat`` imports ``pkg_resources`` (deprecated, part of setuptools, not
    always installed) only to open its own data files, and falls back to ``open`` beside its
    own file when the import fails; that import alone cost ~0.35 s of every process start
    here. A ``None`` entry in ``sys.modules`` makes the import fail the documented way, and is
    removed at once, so any later importer gets the real module.
    """
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    block = "pkg_resources" not in sys.modules
    if block:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if block and "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None:
            del sys.modules["pkg_resources"]
    return jieba


def _dictionary_tables(tk: jieba.Tokenizer, dict_file: str) -> tuple[dict[str, int], int, dict[str, str]]:
    """jieba's own prefix dictionary and total, and word -> tag from the dictionary file
    (lines ``word frequency tag``)."""
    tk.initialize()
    tags: dict[str, str] = {}
    with open(dict_file, encoding="utf-8") as fh:
        for line in fh:
            fields = line.split()
            if len(fields) == 3:
                tags[fields[0]] = fields[2]
    return tk.FREQ, tk.total, tags


def _is_dictionary(value: object) -> bool:
    """A kept blob is used only when it has the shape of :func:`_dictionary_tables`' result."""
    return (isinstance(value, tuple) and len(value) == 3 and isinstance(value[0], dict)
            and isinstance(value[1], int) and isinstance(value[2], dict))


@lru_cache(maxsize=1)
def domain_words() -> tuple[str, ...]:
    """Words of the genre that jieba's general dictionary splits; data, not answers."""
    text = resources.files("graph.lexicon").joinpath("data/domain_words.txt").read_text("utf-8")
    return tuple(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def tokens(text: str, *, offset: int = 0) -> list[Token]:
    """Segment ``text`` (precise mode, no HMM guessing) into tokens with absolute offsets."""
    out: list[Token] = []
    pos = offset
    for w in tokenizer().cut(text, HMM=True):
        out.append(Token(text=w, start=pos, end=pos + len(w)))
        pos += len(w)
    return out


#: the runs of characters jieba segments as one block (its ``re_han_default``): it cuts each run
#: on its own, so a word boundary inside a run depends on that run alone
JIEBA_RUN = re.compile("[\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+")


def jieba_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of ``text`` that jieba cuts independently of the rest.

    Why: a caller that needs word boundaries at a few positions only can cut the runs
    holding them (:func:`run_tokens`) and get exactly the tokens a whole-text cut gives there.
    """
    return [m.span() for m in JIEBA_RUN.finditer(text)]


def run_tokens(text: str, run: tuple[int, int], *, offset: int = 0) -> list[Token]:
    """The tokens of one run of ``text`` (from :func:`jieba_runs`), offsets ``offset``-based."""
    a, b = run
    return tokens(text[a:b], offset=offset + a)


def word_freq(word: str) -> int:
    """How often jieba's dictionary (with the domain words) has ``word``: 0 when unknown.

    The extractors' one test of "an everyday word" (发展, 会同, 农村) rather than a name."""
    return tokenizer().FREQ.get(word, 0)


def word_tag(word: str) -> str | None:
    """jieba's part-of-speech tag of a dictionary word (ns place, nr person, v verb …), no tagging run."""
    return _loaded()[1].get(word)


def pos_lcut(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech tag) pairs of ``text``: words cut from the dictionary alone (no
    HMM guessing), each with its dictionary tag, ``x`` when it has none (as jieba.posseg's
    dictionary-only mode tags Chinese words; the one difference, ``eng``/``m`` for runs of
    Latin letters or digits, never matters to the callers, which look for verbs and adverbs)."""
    tk, tags = _loaded()
    return [(w, tags.get(w, "x")) for w in tk.cut(text, HMM=False)]


def sentence_tokens(sent: Sentence) -> list[Token]:
    return tokens(sent.text, offset=sent.start)


def iter_boundaries(toks: list[Token]) -> Iterator[int]:
    for t in toks:
        yield t.start
    if toks:
        yield toks[-1].end
