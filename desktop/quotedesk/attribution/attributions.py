"""One quotation's attribution as the rules find it: where it stands, what kind it is, who
said it through which cue, and how sure that is."""

from __future__ import annotations

from dataclasses import dataclass

from quotedesk.attribution.cues import Cue
from quotedesk.attribution.quotes import QuoteSpan
from quotedesk.attribution.speakers import Speaker
from quotedesk.attribution.windows import QuoteWindow


@dataclass(frozen=True)
class Attribution:
    span: QuoteSpan
    window: QuoteWindow
    kind: str  # direct | partial
    speaker: Speaker | None
    cue: Cue | None
    how: str  # where the cue stood: after, lead-in, colon, sentence, inherited, unknown_verb, none
    confidence: float
