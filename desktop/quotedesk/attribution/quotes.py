"""Find the spans between quotation marks, robust to the marks real articles use.

Marks are paired paragraph by paragraph, so an unbalanced mark costs at most its own
paragraph. Within a paragraph a small dynamic programme picks the pairing that best
fits where each mark stands (after a space and before a word it opens; after
punctuation and before a cue it closes) and may leave stray marks out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# every mark that may open or close a double-level quotation
_MARK = re.compile(r"''|``|[\"“”„‟«»「」『』]")
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘‚]")
_SINGLE_CLOSE = re.compile(r"’(?![^\W\d_])")
# straight single marks, where apostrophes look the same: an opener stands before a letter (not
# "the '90s"), a closer after a word or its punctuation and before a space or punctuation (not
# "don't"); "the students' union", a plural's apostrophe before a lower-case word, closes nothing
_STRAIGHT_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))'(?=[^\W\d_])")
_STRAIGHT_CLOSE = re.compile(r"(?<=[^\s'])'(?=$|[\s,.;:!?)\]—–])(?<!s'(?= [a-z]))")
_PARA = re.compile(r"\n")
# a transcript's turn: a speaker's name in capitals and a colon ("PENCE:", "REP. SMITH:")
_TURN_LABEL = re.compile(r"[ \t]*[^\W\d_a-z][^\W\d_a-z.'’ -]{1,40}:")
# markup left in scraped text: the marks around an attribute's value (<tweet author="…">) quote no one
_ATTRIBUTE_VALUE = re.compile(r"""=[ \t]*(?:"[^"\n]*"|'[^'\n]*')""")
_CLOSERS: dict[str, frozenset[str]] = {
    "“": frozenset({"”", "“", '"', "‟"}),
    "”": frozenset({"”", "“", '"'}),
    '"': frozenset({'"', "”", "“"}),
    "„": frozenset({"“", "”", '"', "‟"}),
    "‟": frozenset({"”", "“", '"'}),
    "«": frozenset({"»"}),
    "»": frozenset({"«"}),
    "「": frozenset({"」"}),
    "『": frozenset({"』"}),
    "``": frozenset({"''", "”", '"'}),
    "''": frozenset({"''", "”"}),
}
_OPEN_ONLY = frozenset({"„", "「", "『", "``", "‟"})
_CLOSE_ONLY = frozenset({"」", "』"})
_OPENER_BEFORE = set(" \t\r\n\u00a0([{—–-/:;")
_THIN = frozenset({" ", "\u00a0", "\u202f", "\u2009"})
_SENTENCE_END = set(",.?!…;:")
SKIP_PENALTY = -1.0
STRONG_OPEN = 0.5  # after a space or a line break, before a word
STRONG_CLOSE = -1.5  # after a word or its punctuation, before a speech verb
MAX_NICKNAME_WORDS = 2  # 'Dwayne "The Rock" Johnson'
HEADLINE_MIN_WORDS = 4
MAX_SKIP = 3
WS = " \t\r\n\u00a0\u2009\u202f"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Content span [start, end) without marks; open_at/close_at are the marks' offsets."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # None when the quote runs on into the next paragraph
    paragraph: int

    @property
    def closed(self) -> bool:
        return self.close_at is not None


@dataclass(frozen=True, slots=True)
class _Mark:
    pos: int
    end: int
    glyph: str
    lean: float  # > 0 looks like an opening mark, < 0 like a closing one


def _lean(text: str, pos: int, end: int, glyph: str, closes_before: Callable[[int], bool] | None) -> float:
    before = text[pos - 1] if pos > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    # French sets its guillemets off by a space ("« Nous … », a-t-il dit"); German, which opens
    # with "»", never does: a spaced "«" opens and a spaced "»" closes
    if glyph == "«" and after in _THIN and before in _OPENER_BEFORE and text[end + 1 : end + 2].isalnum():
        after = text[end + 1]
    elif glyph == "»" and before in _THIN and pos >= 2 and not text[pos - 2].isspace():
        before, after = text[pos - 2], (" " if after in _THIN else after)
    score = 0.0
    if glyph in _OPEN_ONLY:
        score += 2.0
    elif glyph in _CLOSE_ONLY:
        score -= 2.0
    elif glyph == "“":
        score += 0.3
    elif glyph in ("”", "''"):
        score -= 0.3
    if before in _OPENER_BEFORE and after not in WS:
        score += 1.0
    elif before not in WS and (after in WS or not after.isalnum()):
        score -= 1.0
    # tokenised text puts spaces on both sides: look at the words instead
    prev = text[:pos].rstrip(WS)[-1:]
    if prev and prev in _SENTENCE_END:
        score -= 0.6
    nxt = text[end:].lstrip(WS)[:1]
    if nxt and nxt.isupper():
        score += 0.3
    if closes_before is not None and closes_before(end):
        score -= 0.8
    return score


def _pair_score(a: _Mark, b: _Mark, text: str) -> float | None:
    if b.glyph not in _CLOSERS.get(a.glyph, ()):
        return None
    if b.lean >= 1.0 and b.glyph != a.glyph:
        return None  # '"… question: “As you know' — a mark that plainly opens does not close
    if not text[a.end : b.pos].strip(WS):
        pass  # an empty pair "“”" still consumes both marks; it yields no span
    return 2.0 + a.lean - b.lean


def _pair_paragraph(marks: list[_Mark], text: str) -> list[tuple[_Mark, _Mark]]:
    """Best non-nested pairing of marks, skipping stray ones (linear: bounded skips)."""
    n = len(marks)
    best = [0.0] * (n + 1)
    choice: list[int | None] = [None] * (n + 1)
    for i in range(n - 1, -1, -1):
        best[i] = SKIP_PENALTY + best[i + 1]
        choice[i] = None
        for j in range(i + 1, min(n, i + 2 + MAX_SKIP)):
            s = _pair_score(marks[i], marks[j], text)
            if s is None:
                continue
            total = s + SKIP_PENALTY * (j - i - 1) + best[j + 1]
            if total > best[i]:
                best[i], choice[i] = total, j
    pairs, i = [], 0
    while i < n:
        j = choice[i]
        if j is None:
            i += 1
        else:
            pairs.append((marks[i], marks[j]))
            i = j + 1
    return pairs


def _nested_pairs(marks: list[_Mark]) -> list[tuple[_Mark, _Mark]] | None:
    """'“He told me “no” and walked away,” she said': where every mark plainly opens or
    closes and one quotation closes inside another, every pair, the outer and the inner.
    None where the marks do not nest that cleanly."""
    stack: list[_Mark] = []
    pairs: list[tuple[_Mark, _Mark]] = []
    nested = False
    for m in marks:
        if m.lean > 0:
            stack.append(m)
        elif m.lean < 0 and stack and m.glyph in _CLOSERS.get(stack[-1].glyph, ()):
            a = stack.pop()
            nested |= bool(stack)
            pairs.append((a, m))
        else:
            return None
    return pairs if nested and not stack else None


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in WS:
        s += 1
    while e > s and text[e - 1] in WS:
        e -= 1
    return s, e


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _PARA.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _marks(text: str, ps: int, pe: int, closes_before: Callable[[int], bool] | None) -> list[_Mark]:
    markup = [(m.start(), m.end()) for m in _ATTRIBUTE_VALUE.finditer(text, ps, pe)]
    return [_Mark(m.start(), m.end(), m.group(), _lean(text, m.start(), m.end(), m.group(), closes_before))
            for m in _MARK.finditer(text, ps, pe) if not any(a <= m.start() < b for a, b in markup)]


def _unwrap(text: str, paras: list[tuple[int, int]], marks_by_para: list[list[_Mark]]) -> None:
    """'“Laut adalah milik bersama umat manusia,⏎bukan tempat …,” demikian …': a line that
    a single newline broke inside a quotation, going on in lower case to its closing mark,
    is one paragraph with the line before (joined in place)."""
    k = 0
    while k + 1 < len(paras):
        (ps, pe), (ns, ne) = paras[k], paras[k + 1]
        marks, nxt = marks_by_para[k], marks_by_para[k + 1]
        s = _trim(text, ns, ne)[0]
        broken_line = ns == pe + 1 and len(marks) % 2 == 1 and marks[-1].lean >= 0 and nxt and nxt[0].lean < 0 \
            and nxt[0].pos > s and text[s].islower()
        # '“Saya terima amanat ini.⏎⏎Saya akan bekerja keras,” kata Prabowo': a quotation over a
        # paragraph break that does not repeat its opening mark, closed before its cue
        unrepeated = len(marks) % 2 == 1 and marks[-1].lean >= STRONG_OPEN and len(nxt) % 2 == 1 \
            and nxt[0].lean <= STRONG_CLOSE and nxt[0].pos > s and not text[pe:ns].strip()
        if broken_line or unrepeated:
            paras[k : k + 2] = [(ps, ne)]
            marks_by_para[k : k + 2] = [marks + nxt]
        else:
            k += 1


def find_quote_spans(text: str, closes_before: Callable[[int], bool] | None = None) -> list[QuoteSpan]:
    """Every quotation in `text`, in order. `closes_before(offset)` may say that a cue
    word follows `offset`, which marks the mark before it as a closing one."""
    paras = _paragraphs(text)
    marks_by_para = [_marks(text, ps, pe, closes_before) for ps, pe in paras]
    _unwrap(text, paras, marks_by_para)
    spans: list[QuoteSpan] = []
    for k, ((_ps, pe), marks) in enumerate(zip(paras, marks_by_para, strict=True)):
        run_on: _Mark | None = None
        if len(marks) % 2 == 1 and k + 1 < len(paras):
            nxt = marks_by_para[k + 1]
            # a quote that runs over paragraphs repeats its opening mark on each one
            # and closes only on the last
            if (nxt and nxt[0].pos == _trim(text, *paras[k + 1])[0] and nxt[0].glyph not in _CLOSE_ONLY):
                if marks[-1].lean >= 0:
                    run_on, marks = marks[-1], marks[:-1]
                elif marks[0].pos == _trim(text, *paras[k])[0] and _TURN_LABEL.match(text, marks[0].end):
                    # '"PENCE: … an episode of “Shark Tank.” But …': a transcript's turn runs on
                    # from its opening mark; the marks after it quote inside the quotation
                    run_on, marks = marks[0], marks[1:]
        for a, b in _nested_pairs(marks) or _pair_paragraph(marks, text):
            s, e = _trim(text, a.end, b.pos)
            if e > s:
                spans.append(QuoteSpan(s, e, a.pos, b.pos, k))
        if run_on is not None:
            s, e = _trim(text, run_on.end, pe)
            if e > s:
                spans.append(QuoteSpan(s, e, run_on.pos, None, k))
    if not spans and "'" in text:
        # straight single marks quote only where a story has no double ones (British style, or a
        # scrape that flattened ‘ ’); beside double marks they set off headlines and titles
        spans.extend(_single_quoted(text, paras, spans, _STRAIGHT_OPEN, _STRAIGHT_CLOSE))
    spans.extend(_single_quoted(text, paras, spans))
    spans.sort(key=lambda q: (q.start, q.end))
    return [q for q in spans if not _nickname(text, q)]


def _nickname(text: str, q: QuoteSpan) -> bool:
    """'state Del. Marcia "Cia" Price': one or two capitalised words in marks between a given
    name and a surname are part of the name, not a quotation."""
    if q.close_at is None:
        return False
    words = text[q.start : q.end].split()
    if not 1 <= len(words) <= MAX_NICKNAME_WORDS or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    before = text[max(0, q.open_at - 40) : q.open_at]
    after = text[q.close_at + 1 : q.close_at + 41]
    prev = before.split()[-1:] if before[-1:] == " " else []
    nxt = after.split()[:1] if after[:1] == " " else []
    if not (prev and nxt and prev[0][:1].isupper() and prev[0].isalpha()
            and nxt[0][:1].isupper() and nxt[0].rstrip(",.;:)").isalpha()):
        return False
    # in a title-case headline every word has a capital: "General Reveals ‘Demoralizing’ Experience"
    line = text[text.rfind("\n", 0, q.open_at) + 1 : (text.find("\n", q.end) + 1 or len(text) + 1) - 1]
    return not title_case_line(line.split())


def title_case_line(words: list[str], small: frozenset[str] = frozenset()) -> bool:
    """A headline in title case: every word has a capital but the small ones a title keeps
    in lower case ("of", "dan"), so a capital there is no sign of a name. (A sentence dense
    with names has a lower-case word or two: "Sen. Elizabeth Warren grilled Wells Fargo CEO …".)"""
    # ("Don't" comes split by the tokenizer: "Do", "n't")
    letters = [w for w in words if w[:1].isalpha() and w.lower() not in ("n't", "n’t")]
    return len(letters) >= HEADLINE_MIN_WORDS and all(w[0].isupper() or w.lower() in small for w in letters)


def _single_quoted(text: str, paras, doubles: list[QuoteSpan], opener: re.Pattern = _SINGLE_OPEN,
                   closer: re.Pattern = _SINGLE_CLOSE) -> list[QuoteSpan]:
    """‘…’ quotations outside double quotes; a ’ followed by a letter is an apostrophe. With
    the straight patterns, '…' quotations of three characters or more."""
    covered = [(q.open_at, (q.close_at if q.close_at is not None else q.end) + 1) for q in doubles]
    out = []
    for k, (para_start, pe) in enumerate(paras):
        pos = para_start
        while True:
            m = opener.search(text, pos, pe)
            if not m:
                break
            c = closer.search(text, m.end(), pe)
            if not c:
                break
            pos = c.end()
            if any(a <= m.start() < b for a, b in covered):
                continue
            s, e = _trim(text, m.end(), c.start())
            if e - s > (0 if opener is _SINGLE_OPEN else 2) and "‘" not in text[s:e]:  # not "rock 'n' roll"
                out.append(QuoteSpan(s, e, m.start(), c.start(), k))
    return out
