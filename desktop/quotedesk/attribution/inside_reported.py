"""A quotation inside reported speech is the words of whoever that speech reports.

"Der Streit werde „auf dem Rücken der Menschen“ ausgetragen, kritisierte sie.": the quoted
words and the sentence around them share one verb, so they share its speaker; searching
the quote's own sentence for a subject would find "Der Streit", which is what was said of.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from quotedesk.attribution.attributions import Attribution
from quotedesk.attribution.indirect import Reported
from quotedesk.attribution.speakers import Speaker


def share_reported_speaker(direct: list[Attribution], reported: list[Reported]) -> list[Attribution]:
    by_cue = {r.cue.start: r for r in reported if r.speaker is not None}
    spoken = sorted((r for r in reported if r.speaker is not None), key=lambda r: r.start)
    starts = [r.start for r in spoken]
    out = []
    for a in direct:
        r = by_cue.get(a.cue.start) if a.cue is not None and a.how == "sentence" else None
        if r is None and a.speaker is None:
            # "According to a complaint …, the developers engaged in a "massive … scheme"": a quote
            # that found no speaker of its own, inside what someone is reported to have said
            k = bisect_right(starts, a.span.start) - 1
            r = spoken[k] if k >= 0 else None
        if r is not None and r.start <= a.span.start and a.span.end <= r.end and not _same(a.speaker, r.speaker):
            a = replace(a, speaker=r.speaker, cue=a.cue or r.cue, how="sentence" if a.cue is None else a.how)
        out.append(a)
    return out


def _same(a: Speaker | None, b: Speaker) -> bool:
    """Do the two name one speaker, the one maybe more fully ("Chinesische Politiker")?"""
    if a is None or a.name is None or b.name is None:
        return False
    return bool(set(a.name.casefold().split()) & set(b.name.casefold().split()))
