"""Traditional and simplified Chinese: recognise traditional text, make a simplified twin.

``to_simplified`` converts with OpenCC's ``t2s`` phrase tables (so 乾隆 keeps its 乾 while 乾淨
becomes 干净) but GUARANTEES the result has the same length as the input, code point for
code point: it converts each run of Han characters on its own, keeps a run's conversion
only when its length is unchanged, and otherwise converts that run character by character,
keeping any character whose conversion is not exactly one character. Characters outside
Han runs are never changed, except the corner brackets 「」『』, which become the “” ‘’ that
simplified text uses (so quoted-slogan rules see one kind of quote). Offsets taken on the
twin are therefore offsets into the original, and 金山區 in a document is 金山区 on the twin.

OpenCC is imported on first use. This module imports nothing else from the package.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import opencc

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
_QUOTES = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"})
_lock = threading.Lock()


@lru_cache(maxsize=2)
def _converter(config: str) -> opencc.OpenCC:
    import opencc

    with _lock:
        return opencc.OpenCC(config)


@lru_cache(maxsize=65536)
def _char(ch: str, config: str) -> str:
    out = _converter(config).convert(ch)
    return out if len(out) == 1 else ch


#: the most conversion steps a character's chain of variants takes (so the result is a fixed point)
_CHAIN = 3


def to_simplified(text: str) -> str:
    """The simplified twin of ``text``: same length, same positions, Han characters simplified."""
    cc = _converter("t2s")
    out: list[str] = []
    pos = 0
    for m in _HAN_RUN.finditer(text):
        out.append(text[pos:m.start()].translate(_QUOTES))
        run = m.group(0)
        conv = cc.convert(run)
        if len(conv) != len(run):
            conv = "".join(_char(ch, "t2s") for ch in run)
        for _ in range(_CHAIN):  # OpenCC maps a few variants in steps (薴 -> 苧 -> 苎): to the end
            again = cc.convert(conv)
            if again == conv or len(again) != len(conv):
                break
            conv = again
        out.append(conv)
        pos = m.end()
    out.append(text[pos:].translate(_QUOTES))
    result = "".join(out)
    if len(result) != len(text):  # pragma: no cover - impossible by construction; offsets depend on it
        raise AssertionError("to_simplified changed the text length")
    return result


def to_traditional(text: str, prefer: dict[int, str] | None = None) -> str:
    """``text`` in traditional characters (OpenCC's ``s2t``), each character as a document writes
    it where ``prefer`` (simplified code point -> that document's character) says: a name made
    from data or trimmed out of a document's clause, written in that document's script."""
    conv = _converter("s2t").convert(text)
    if len(conv) != len(text):
        conv = "".join(_char(ch, "s2t") for ch in text)
    if prefer:
        conv = "".join(prefer.get(ord(s), c) for s, c in zip(text, conv))
    return conv


#: how much of a text the script tests look at: enough for a clear majority, bounded time
_SAMPLE = 50000


def script_counts(text: str, *, limit: int = _SAMPLE) -> tuple[int, int]:
    """(traditional-only, simplified-only) Han characters among the first ``limit`` characters.

    A character is traditional-only when t2s changes it (區), simplified-only when s2t
    changes it (区); the many characters both scripts share (金, 山) count for neither.
    Counted by regular expressions over the text (:func:`_script_classes`): counting the
    characters in Python and asking OpenCC about each distinct one cost ~3 ms a document.
    """
    trad, simp = _script_classes()
    head = text[:limit]
    return trad.count(head), simp.count(head)


class _Script:
    """One script's characters, counted fast: a character class of the Basic Multilingual
    Plane ones (the regular-expression engine tests those with a bitmap) and a set of the
    others (a class with astral characters is searched range by range, 100x slower), which
    are looked at only when the text holds an astral character at all."""

    _ASTRAL = re.compile("[\U00010000-\U0010ffff]")

    def __init__(self, chars: str) -> None:
        self.bmp = _char_class("".join(ch for ch in chars if ord(ch) <= 0xFFFF))
        self.astral = frozenset(ch for ch in chars if ord(ch) > 0xFFFF)

    def count(self, text: str) -> int:
        n = len(self.bmp.findall(text))
        if self.astral and self._ASTRAL.search(text):
            n += sum(1 for ch in self._ASTRAL.findall(text) if ch in self.astral)
        return n


#: the code points of :data:`_HAN_RUN`, the only characters either conversion may change
_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F))


@lru_cache(maxsize=1)
def _script_classes() -> tuple[_Script, _Script]:
    """Character classes of the traditional-only and the simplified-only Han characters.

    Derived from the installed OpenCC (every Han code point converted once each way, ~0.2 s)
    and kept between processes by :mod:`graph.tempcache`, keyed by OpenCC's version.
    """
    import opencc

    from graph import tempcache

    def check(v: object) -> bool:
        return isinstance(v, tuple) and len(v) == 2 and all(isinstance(x, str) for x in v)

    trad, simp = tempcache.cached("opencc-scripts", (getattr(opencc, "__version__", "?"), *_HAN_RANGES),
                                  _classify_han, check)
    return _Script(trad), _Script(simp)


def _classify_han() -> tuple[str, str]:
    """(traditional-only, simplified-only) characters, by the rule of :func:`_char`: each code
    point is converted on its own line, so no phrase spans two of them."""
    chars = [chr(c) for a, b in _HAN_RANGES for c in range(a, b + 1)]
    src = "\n".join(chars)
    t2s = _converter("t2s").convert(src).split("\n")
    s2t = _converter("s2t").convert(src).split("\n")
    if not len(t2s) == len(s2t) == len(chars):  # pragma: no cover - a converter that joins lines
        t2s = [_char(ch, "t2s") for ch in chars]
        s2t = [_char(ch, "s2t") for ch in chars]
    trad = [ch for ch, t in zip(chars, t2s, strict=True) if len(t) == 1 and t != ch]
    simp = [ch for ch, t, s in zip(chars, t2s, s2t, strict=True)
            if not (len(t) == 1 and t != ch) and len(s) == 1 and s != ch]
    return "".join(trad), "".join(simp)


def _char_class(chars: str) -> re.Pattern[str]:
    """A regular expression matching any one of ``chars``, written as ranges of code points."""
    if not chars:
        return re.compile(r"(?!)")
    points = sorted(map(ord, chars))
    ranges: list[str] = []
    first = last = points[0]
    for p in points[1:] + [-1]:
        if p == last + 1:
            last = p
            continue
        ranges.append(chr(first) if first == last else f"{chr(first)}-{chr(last)}")
        first = last = p
    return re.compile(f"[{''.join(ranges)}]")


@lru_cache(maxsize=8)
def is_traditional(text: str) -> bool:
    """True when the text is written in traditional characters.

    Cached: reading a document and extracting it both ask, about the same text object.

    Simplified documents often hold a few traditional characters (a pasted 龍, a name), and
    traditional ones a few shared forms, so the test is a clear majority (4:1) of
    traditional-only over simplified-only characters, with at least three of them unless
    no simplified-only character occurs at all (a short name such as 金山區).
    """
    trad_chars, simp_chars = _script_classes()
    head = text[:_SAMPLE]
    trad = trad_chars.count(head)
    if not trad:  # nearly every document: the simplified ones need no second count
        return False
    simp = simp_chars.count(head)
    return trad > 0 and trad >= 4 * simp and (trad >= 3 or simp == 0)
