"""A quotation that fills its sentence, attributed by the sentence next to it: the one after
names who said it ("“…” Hal itu disampaikan …"), or the one before was someone speaking.

Mixed into `DirectAttributor`, whose view, lexicon, finder and clause subjects it uses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from quotedesk.attribution.attributions import Attribution
from quotedesk.attribution.quotes import QuoteSpan
from quotedesk.attribution.view import SENT_FINAL
from quotedesk.attribution.windows import QuoteWindow

if TYPE_CHECKING:
    from quotedesk.attribution.clause_subjects import ClauseSubjects
    from quotedesk.attribution.cues import Cue
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.report_back import ReportBack
    from quotedesk.attribution.speakers import SpeakerFinder
    from quotedesk.attribution.view import ArticleView


class NeighbourSentences:
    v: ArticleView
    lex: Lexicon
    finder: SpeakerFinder
    subjects: ClauseSubjects
    back: ReportBack

    between: Callable[[int, int], list[Cue]]
    _kind: Callable[[QuoteWindow, bool], str]

    def _reported_after(self, q: QuoteSpan, w: QuoteWindow) -> Attribution | None:
        """"“…” Hal itu disampaikan Kepala Dinas …", "„…“ Das teilte ein Sprecher mit.": a quote
        that closes its sentence, said by the one the next sentence names."""
        v = self.v
        if any(not v.is_space(t) and v.words[t] not in SENT_FINAL for t in range(*w.after)):
            return None
        nxt = self.back.next_sentence(w.close_tok)
        cue = self.back.cue_of(*nxt) if nxt is not None else None
        ph = self.back.speaker(cue, nxt[1]) if cue is not None else None
        if ph is None:
            return None
        return Attribution(q, w, self._kind(w, lead_in=False), self.finder.resolve(ph), cue, "after", 0.7)

    def _named_next(self, a: Attribution) -> Attribution:
        """"“…,” ujarnya. Hal itu disampaikan Kepala Dinas …": a clitic or pronoun no one named
        before means whom the next sentence names as having said it."""
        if (a.speaker is not None and a.speaker.name is not None) or a.cue is None or a.how != "after":
            return a
        nxt = self.back.next_sentence(a.window.close_tok)
        cue = self.back.cue_of(*nxt) if nxt is not None else None
        ph = self.back.speaker(cue, nxt[1]) if cue is not None else None
        if ph is None or ph.kind == "pronoun":
            return a
        sp = self.finder.resolve(ph)
        return replace(a, speaker=replace(sp, how=f"{sp.how}, who the sentence after says said it"), confidence=0.7)

    def _previous_sentence(self, q: QuoteSpan, w: QuoteWindow) -> Attribution | None:
        """A quote that opens a sentence right after someone is said to speak continues
        that speech: 'X sagte zu den Anschuldigungen, dass … „Das war direktes Feuer.“'"""
        v, f = self.v, self.finder
        s, e = w.before
        if s != e or s == 0 or v.is_break(s - 1):
            return None
        sa, sb = v.sentence_bounds(s - 1)
        cues = [c for c in self.between(sa, sb + 1) if c.kind == "verb" and not c.tail_only
                and v.quote_of[c.start] < 0]
        for cue in reversed(cues):
            ph = self.subjects.subject_of(cue, sa, sb + 1)
            if ph is not None and ph.kind != "described":
                return Attribution(q, w, "direct", f.resolve(ph), cue, "previous", 0.55)
        if not cues:
            # "Senator Smith was unimpressed. “This bill will not pass.”": with no cue, the person
            # the sentence before is about; judged as speech like a quote with no speaker
            ph = f.subject(sa, sb + 1)
            if ph is not None and (ph.kind == "person" or (ph.kind == "organization" and self._we_voice(q))):
                return Attribution(q, w, "direct", f.resolve(ph), None, "subject", 0.45)
        return None

    def _we_voice(self, q: QuoteSpan) -> bool:
        """Does the quote speak as "we" ("„Wir wollen ein Europa …“" after "Die SPD will …")?"""
        words = self.v.text[q.start : q.end].split(maxsplit=1)
        return bool(words) and words[0].lower().strip(",.") in self.lex.first_person_plural
