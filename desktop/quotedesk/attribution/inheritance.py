"""A quote with no cue of its own takes the speaker of the quote beside it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from quotedesk.attribution.cues import Cue

if TYPE_CHECKING:
    from quotedesk.attribution.attributions import Attribution

INHERIT_MAX_TOKENS = 120


def inherit_speakers(atts: list[Attribution], between: Callable[[int, int], list[Cue]]) -> list[Attribution]:
    """A quote with no cue of its own continues the speech of its neighbour when
    nothing but the quotes' own sentences stand between them."""
    out = list(atts)
    # a quote that runs on into the next paragraph takes the speaker named at its end
    for k in range(len(out) - 2, -1, -1):
        a, nxt = out[k], out[k + 1]
        # (a transcript's labelled turn "PENCE: …" starts a new speaker instead)
        if a.speaker is None and a.how == "none" and not a.span.closed and nxt.speaker is not None \
                and nxt.span.paragraph == a.span.paragraph + 1 and nxt.how != "label":
            out[k] = replace(a, speaker=nxt.speaker, cue=nxt.cue, how="inherited", confidence=0.65)
    for k, a in enumerate(out):
        if a.speaker is not None or a.how != "none":
            continue
        if a.kind == "partial" and not _same_paragraph(a, out, k):
            continue  # "… a show of being ''strong'' like Mr. Putin": the narrator's word, not the last speaker's
        for nb in (k - 1, k + 1):
            if not (0 <= nb < len(out)) or out[nb].speaker is None or out[nb].how == "inherited":
                continue
            # "“…” ― Christina N Luis Olidem ⏎ “…” … “…” ― Christina Lastra": a signature closes
            # its paragraph's words, and only those
            signed = out[nb].how == "dash" and out[nb].span.paragraph == a.span.paragraph
            if out[nb].how == "dash" and not signed:
                continue
            first, second = (out[nb], a) if nb < k else (a, out[nb])
            gap_a = first.window.close_tok + 1
            gap_b = second.window.open_tok
            if gap_b - gap_a > INHERIT_MAX_TOKENS:
                continue
            if nb > k and gap_b - gap_a > 2 and not signed:
                continue  # forwards only across blank space: "“A.” “B,” kata X"
            # someone else's cue in between means someone else may be speaking
            if any(c is not first.cue and c.kind != "noun" for c in between(gap_a, gap_b)):
                continue
            out[k] = replace(a, speaker=out[nb].speaker, cue=out[nb].cue, how="inherited",
                             confidence=0.6)
            break
    return out


def _same_paragraph(a: Attribution, out: list[Attribution], k: int) -> bool:
    """Does a neighbouring quote stand in the same paragraph as quote k?"""
    return any(0 <= nb < len(out) and out[nb].span.paragraph == a.span.paragraph for nb in (k - 1, k + 1))
