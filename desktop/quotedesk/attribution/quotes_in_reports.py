"""Quotations inside reported speech: whether one has a cue of its own (and so ends the
report before it), where the subject's next report starts after one, and a paper's name in
quotation marks inside the frame of where something was said."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotedesk.attribution.cues import Cue, cues_between
from quotedesk.attribution.view import SENT_FINAL

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.speakers import SpeakerFinder
    from quotedesk.attribution.view import ArticleView

MAX_QUOTED_NAME = 4  # "„Neues Deutschland“", "„Bild am Sonntag“"
MAX_COMMA_FRAME = 6  # "sagte am Montag im ZDF,"


class QuotesInReports:
    """Mixed into ReportedContent."""

    v: ArticleView
    lex: Lexicon
    cues: list[Cue]
    cue_starts: list[int]
    f: SpeakerFinder

    def _all_quoted(self, i: int, j: int) -> bool:
        v = self.v
        return any(v.quote_of[t] >= 0 for t in range(i, j)) and all(
            v.quote_of[t] >= 0 or not v.words[t].strip() or v.is_quote_mark(t) for t in range(i, j))

    def _quote_has_own_cue(self, open_tok: int, own: Cue | None) -> bool:
        v, k = self.v, self.v.quote_of[open_tok]
        t = open_tok
        while t < len(v) and v.quote_of[t] == k:
            t += 1
        while t < len(v) and v.is_space(t):
            t += 1
        # '… was “not bluffing.” He added that …': after a full stop a new sentence has its own verb
        if t + 1 < len(v) and v.words[t] in SENT_FINAL:
            t += 1  # '… remained “unacceptable and unsafe”. He added that …': the stop after the mark
            while t < len(v) and v.is_space(t):
                t += 1
        ended = any(v.words[x] in SENT_FINAL for x in range(max(open_tok, t - 3), t)) \
            and t < len(v) and v.words[t][:1].isupper()
        after = cues_between(self.cues, self.cue_starts, t, t + 4)
        # '… had inherited “a broken system” and warned that …': a verb after "and" is the
        # subject's second report, not the quotation's cue
        # '“sabotaging” the ticket, according to …': "according to" after other words credits the sentence
        # "… as ‘difficult but necessary’, insisting there was …": a participle goes on for the subject;
        # '“not change the course” of what Moscow calls …': the verb names what follows it
        # '… he “could not disagree more” with the statement': a noun of speech after a
        # preposition is no one's verb
        return any(c is not own and not (c.kind == "noun" and any(v.lower[x] in self.lex.prepositions
                                                                  for x in range(t, c.start)))
                   and not (ended and c.start >= t)
                   and not any(v.lower[x] in self.lex.coordinators or v.lower[x] in self.lex.relatives
                               or v.lower[x] in self.lex.homograph_subjects for x in range(t, c.start))
                   and not (c.kind == "according_before" and any(v.words[x].isalpha() for x in range(t, c.start)))
                   and not self.f.participle_after_comma(c)
                   for c in after)

    def _frame_comma(self, i: int, sb: int) -> int | None:
        """The comma that closes a short frame from i ("am Montag im ZDF,"), which may hold a
        paper's name in quotation marks ("in der Tageszeitung „Neues Deutschland“,")."""
        v, t, words = self.v, i + 1, 1
        named = v.lower[i] in self.lex.prepositions  # "in der „…“", not "die Bezeichnung „Gesindel“"
        while t <= sb and words < MAX_COMMA_FRAME:
            if v.words[t] == ",":
                return t
            if v.words[t] in SENT_FINAL or (v.quote_of[t] >= 0 and not (named and self._quoted_name_at(t))):
                return None
            # a name in quotation marks counts as one word
            words += v.is_quote_mark(t) and v.quote_of[t] >= 0 and v.quote_of[t - 1] != v.quote_of[t] \
                if v.quote_of[t] >= 0 else not v.is_space(t)
            t += 1
        return None

    def _quoted_name_at(self, t: int) -> bool:
        """Is token t inside a short quotation of capitalised words, a paper's or a show's name
        ("in der Tageszeitung „Neues Deutschland“, …")?"""
        v, k = self.v, self.v.quote_of[t]
        a = t
        while a > 0 and v.quote_of[a - 1] == k:
            a -= 1
        b = t
        while b + 1 < len(v) and v.quote_of[b + 1] == k:
            b += 1
        words = [x for x in range(a, b + 1) if not (v.is_quote_mark(x) or v.is_space(x))]
        return 0 < len(words) <= MAX_QUOTED_NAME and all(v.words[x][:1].isupper() or v.lower[x] in
                                                          self.lex.role_joiners for x in words)

    def _second_verb_after(self, open_tok: int, j: int) -> int | None:
        """The coordinator after the quotation opening at `open_tok` where a speech verb follows
        it ("“a con” and encouraged Americans to …"): the subject's next report starts there."""
        v, k = self.v, self.v.quote_of[open_tok]
        t = open_tok
        while t < j and v.quote_of[t] == k:
            t += 1
        while t < j and (v.is_space(t) or v.words[t] == ","):
            t += 1
        if t + 1 >= j or v.lower[t] not in self.lex.coordinators:
            return None
        nxt = cues_between(self.cues, self.cue_starts, t + 1, t + 2)
        return t if nxt and nxt[0].kind == "verb" and not nxt[0].tail_only else None
