"""A sentence that names who said the sentence before it: "Hal itu disampaikan Kepala Dinas
Budi Santoso.", "Das teilte Feuerwehrsprecher Axel Stüken mit."."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotedesk.attribution.cues import Cue, cues_between
from quotedesk.attribution.view import SENT_FINAL

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.mentions import NamePhrase
    from quotedesk.attribution.speakers import SpeakerFinder
    from quotedesk.attribution.view import ArticleView

SPEAKING_AFTER = ("person", "pronoun", "role", "anonymous", "organization")


class ReportBack:
    def __init__(self, view: ArticleView, lexicon: Lexicon, cues: list[Cue], finder: SpeakerFinder):
        self.v, self.lex, self.cues, self.f = view, lexicon, cues, finder
        self.cue_starts = [c.start for c in cues]
        self.longest = max((len(p.split()) for p in lexicon.report_back), default=0)

    def opens(self, cue: Cue, sa: int) -> bool:
        """Does the sentence from token sa open with "hal itu" / "das" right before this verb?"""
        return cue.kind == "verb" and 0 < cue.start - sa <= self.longest \
            and " ".join(self.v.lower[sa : cue.start]) in self.lex.report_back

    def cue_of(self, sa: int, sb: int) -> Cue | None:
        """The verb of a sentence [sa, sb] that reports the sentence before it."""
        return next((c for c in cues_between(self.cues, self.cue_starts, sa, sb + 1) if self.opens(c, sa)), None)

    def object_at(self, i: int, sb: int) -> bool:
        """Does "hal itu" stand at token i as the verb's object, with where, to whom or the
        sentence end after it ("menyampaikan hal itu dalam pidato"), not as the subject of
        what was said ("mengatakan itu tidak benar")?"""
        v, lex = self.v, self.lex
        while i <= sb and v.is_space(i):
            i += 1
        lengths = [len(p.split()) for p in lex.report_back if " ".join(v.lower[i : i + len(p.split())]) == p]
        if i + 1 <= sb and v.lower[i] in lex.report_back_nouns and v.lower[i + 1] in lex.demonstratives:
            lengths.append(2)  # "menyampaikan desakan itu dalam pidato": the demand just made
        for n in lengths:
            k = i + n
            while k <= sb and v.is_space(k):
                k += 1
            if k > sb or v.words[k] in SENT_FINAL or v.words[k] == "," or v.lower[k] in lex.prepositions \
                    or v.lower[k] in lex.listeners or v.lower[k] in lex.clause_openers:
                return True
        return False

    def speaker(self, cue: Cue, sb: int) -> NamePhrase | None:
        """Who is named after the verb, past the passive's "oleh"."""
        v = self.v
        i = cue.end + 1 if cue.end <= sb and v.lower[cue.end] in self.lex.agent_markers else cue.end
        ph = self.f.after(i, sb + 1)
        return ph if ph is not None and ph.kind in SPEAKING_AFTER else None

    def previous_sentence(self, sa: int) -> tuple[int, int] | None:
        """The sentence [psa, k] before the one starting at token sa, across a paragraph
        break too where the paragraph before ends a sentence (not a headline)."""
        v = self.v
        k = sa - 1
        while k > 0 and v.is_space(k):
            k -= 1
        if k < 0 or v.is_space(k):
            return None
        if any(v.is_break(t) for t in range(k + 1, sa)) and not (v.words[k] in SENT_FINAL or v.is_quote_mark(k)):
            return None
        return v.sentence_bounds(k)[0], k

    def reports_on_its_own(self, psa: int, k: int) -> bool:
        """Has the sentence [psa, k] a speech verb of its own outside quotes ("Biden mengatakan
        … . Hal itu disampaikan Biden …")? A bare "terus" before its subject has none."""
        v, lex = self.v, self.lex
        return any(c.kind == "verb" and v.quote_of[c.start] < 0 and (
            v.lower[c.start] not in lex.inverted_verbs or (c.start > 0 and v.words[c.start - 1] == ","))
            for c in cues_between(self.cues, self.cue_starts, psa, k + 1))

    def next_sentence(self, tok: int) -> tuple[int, int] | None:
        """The sentence right after the one holding token tok."""
        v = self.v
        _, b = v.sentence_bounds(tok)
        n = b + 1
        while n < len(v) and v.is_space(n):
            n += 1
        return v.sentence_bounds(n) if n < len(v) else None
