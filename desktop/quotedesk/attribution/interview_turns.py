"""Answers in an interview printed as questions and answers, without quotation marks:

    Apakah Demokrat akan bergabung dengan koalisi lain?
    AHY: Kami akan memutuskan dalam waktu dekat setelah mendengar aspirasi kader.

A paragraph that opens with the name of someone the article has introduced, and a colon,
is that person speaking. The interviewer's own label ("Tanya:", "SPIEGEL:", "Q:") names no
one introduced as a person, so questions stay out.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotedesk.attribution.speakers import Speaker, SpeakerFinder
from quotedesk.attribution.view import ArticleView

MAX_LABEL_TOKENS = 4  # "Agus Harimurti Yudhoyono:"
MIN_ANSWER_WORDS = 4


@dataclass(frozen=True, slots=True)
class Turn:
    start: int  # char offsets of the answer, after the label
    end: int
    speaker: Speaker


def interview_turns(v: ArticleView, f: SpeakerFinder) -> list[Turn]:
    out: list[Turn] = []
    i, n = 0, len(v)
    while i < n:
        a, b = v.paragraph_bounds(i)
        turn = _turn(v, f, a, b)
        if turn is not None:
            out.append(turn)
        i = b + 2 if b + 1 < n else n
    return out


def _turn(v: ArticleView, f: SpeakerFinder, a: int, b: int) -> Turn | None:
    while a <= b and v.is_space(a):
        a += 1
    colon = next((t for t in range(a + 1, min(b, a + MAX_LABEL_TOKENS + 1)) if v.words[t] == ":"), None)
    if colon is None or any(v.quote_of[t] >= 0 or v.is_quote_mark(t) for t in range(a, b + 1)):
        return None  # a quotation in the paragraph is found, and attributed, as such
    ph = f.m.phrase_at(a)
    if ph is None or ph.end != colon or ph.kind not in ("person", "organization"):
        return None
    known = f.coref.find(ph.text, ph.start)
    if known is None or known.kind != "person" or known.first_tok >= a:
        return None  # "Foto: Antara", "Pewarta: Fulan": no one the article has introduced
    last = b
    while last > colon and v.is_space(last):
        last -= 1
    words = sum(1 for t in range(colon + 1, last + 1) if any(ch.isalnum() for ch in v.words[t]))
    if words < MIN_ANSWER_WORDS:
        return None
    start = next(t for t in range(colon + 1, last + 1) if not v.is_space(t))
    return Turn(v.starts[start], v.ends[last], f.resolve(ph))
