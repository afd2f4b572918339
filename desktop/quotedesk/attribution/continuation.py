"""Reported speech that goes on without a cue of its own.

German marks indirect speech with the Konjunktiv: after "Der Staatsanwalt sagte, der
Sohn habe …", the sentence "Dies sei eindeutig nachzuweisen gewesen." is still the
prosecutor speaking, and so is a quote inside it ("Sie seien „…“"). Its subject is
what is talked about, never the speaker. The marker words are the lexicon's
`cues.continuation` list, so another language with a grammatical mark of reported
speech opts in through data alone; a language without the list is left untouched.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace

from quotedesk.attribution.attributions import Attribution
from quotedesk.attribution.cues import Cue
from quotedesk.attribution.indirect import Reported
from quotedesk.attribution.lexicon import Lexicon
from quotedesk.attribution.reported_content import MIN_CONTENT_WORDS
from quotedesk.attribution.speakers import Speaker
from quotedesk.attribution.view import SENT_FINAL, ArticleView

MAX_SENTENCES_BETWEEN = 1  # a sentence of the reporter's own may stand between speech and its continuation
MAX_BREAKS_BETWEEN = 1  # the speech may go on into the next paragraph, not further


@dataclass(frozen=True, slots=True)
class _Said:
    tok: int  # the last token of what was said
    speaker: Speaker


class Continuation:
    def __init__(self, view: ArticleView, lexicon: Lexicon, cues: list[Cue]):
        self.v, self.markers = view, lexicon.continuation
        self.introduced: Callable[[int, int], Speaker | None] = lambda a, b: None
        # only a real cue outside quotes marks someone new speaking
        self.cue_toks = sorted(c.start for c in cues if c.kind != "noun" and view.quote_of[c.start] < 0)

    def apply(self, direct: list[Attribution], reported: list[Reported]) -> tuple[list[Attribution], list[Reported]]:
        if not self.markers:
            return direct, reported
        v = self.v
        sentences = sorted({v.sentence_bounds(i) for i, w in enumerate(v.lower)
                            if w in self.markers and v.quote_of[i] < 0})
        if not sentences:
            return direct, reported
        said = self._said(direct, reported)
        covered = {v.sentence_bounds(v.token_at(r.start))[0] for r in reported}
        direct, added = list(direct), []
        for sa, sb in sentences:
            if self._has_cue(sa, sb):
                continue
            k = bisect_left([s.tok for s in said], sa) - 1
            if k < 0 or not self._close(said[k].tok, sa):
                continue
            speaker = said[k].speaker
            ba = v.sentence_bounds(sa - 1)[0] if sa > 0 else sa
            if said[k].tok < ba < sa:
                # "Anwohner Peter Krause ist skeptisch. Der Lärm sei …": a sentence between that
                # opens on someone else brings in who goes on
                speaker = self.introduced(ba, sa) or speaker
            marker = next(i for i in range(sa, sb + 1) if v.lower[i] in self.markers and v.quote_of[i] < 0)
            cue = Cue(marker, marker + 1, "continuation", v.words[marker])
            for n, a in enumerate(direct):
                if sa <= a.window.open_tok <= sb and a.speaker is None:
                    direct[n] = replace(a, speaker=speaker, cue=cue, how="continued", confidence=0.55)
            if sa not in covered:
                content = self._content(sa, sb)
                if content is not None:
                    added.append(Reported(v.starts[content[0]], v.ends[content[1]], speaker, cue, 0.45, "continued"))
            said.insert(k + 1, _Said(sb, speaker))
        return direct, sorted(reported + added, key=lambda r: r.start)

    def _said(self, direct: list[Attribution], reported: list[Reported]) -> list[_Said]:
        v = self.v
        # what was said ends with its cue when the cue comes after: "…, sagte er."
        out = [_Said(max(a.window.close_tok, a.cue.end - 1 if a.cue else 0), a.speaker) for a in direct
               if a.speaker is not None and a.how != "none"]
        out += [_Said(max(v.token_before(r.end), r.cue.end - 1), r.speaker) for r in reported
                if r.speaker is not None]
        return sorted(out, key=lambda s: s.tok)

    def _has_cue(self, sa: int, sb: int) -> bool:
        i = bisect_left(self.cue_toks, sa)
        return i < len(self.cue_toks) and self.cue_toks[i] <= sb

    def _close(self, tok: int, sa: int) -> bool:
        """Nothing but a sentence or so of the reporter's, and no other cue, between."""
        v = self.v
        if self._has_cue(tok + 1, sa - 1):
            return False
        between = range(tok + 1, sa)
        breaks = sum(1 for i in between if v.is_break(i))
        sentences = sum(1 for i in between if v.sent_start[i] and not v.is_space(i))
        return breaks <= MAX_BREAKS_BETWEEN and sentences <= MAX_SENTENCES_BETWEEN

    def _content(self, sa: int, sb: int) -> tuple[int, int] | None:
        v = self.v
        while sa <= sb and v.is_space(sa):
            sa += 1
        while sb >= sa and (v.words[sb] in SENT_FINAL or v.is_space(sb) or (
                v.is_quote_mark(sb) and v.quote_of[sb] >= 0 and v.quote_of[sb - 1] != v.quote_of[sb])):
            sb -= 1  # "… zu ertragen. „": the mark opening the next quotation is none of it
        if all(v.quote_of[i] >= 0 or v.is_space(i) or v.is_quote_mark(i) for i in range(sa, sb + 1)):
            return None  # the sentence is all one direct quote
        words = sum(1 for i in range(sa, sb + 1) if any(ch.isalnum() for ch in v.words[i]))
        return (sa, sb) if words >= MIN_CONTENT_WORDS else None
