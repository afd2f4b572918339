"""The subject of a speech verb set off from it in commas: "Barry Steinhardt, Direktor der
ACLU, warnte", "Salah satu korban, Rina, 38 tahun, mengaku", "“…,” Vann R. Newkirk II, a writer
for The Atlantic, said".

Mixed into `ClauseSubjects`, whose view, lexicon and finder it uses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from quotedesk.attribution.parentheses import past_parenthesis, skip_parenthesis
from quotedesk.attribution.view import ASIDE_DASHES

if TYPE_CHECKING:
    from quotedesk.attribution.cues import Cue
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.mentions import NamePhrase
    from quotedesk.attribution.speakers import SpeakerFinder
    from quotedesk.attribution.view import ArticleView

MAX_DESCRIPTION_TOKENS = 6  # "Salah satu korban", "One of the victims"
MAX_NAMED_TAIL = 8  # ", Rina, 38 tahun,"
MAX_APPOSITIONS = 3
MAX_APPOSITION_TOKENS = 12  # ", the top Democrat on the House Intelligence Committee,"


class SubjectAppositions:
    v: ArticleView
    lex: Lexicon
    finder: SpeakerFinder
    _comma_before: Callable[[Cue, int], int | None]
    _closes_apposition: Callable[[int, int], bool]

    def _opening_apposition(self, cue: Cue, floor: int) -> NamePhrase | None:
        """"Barry Steinhardt, Direktor der ACLU, warnte": the name opening the sentence,
        its apposition in commas, then the verb."""
        v, f = self.v, self.finder
        k = cue.start - 1
        while k >= floor and (v.is_space(k) or v.lower[k] in self.lex.adverbs):
            k -= 1  # "…, a tax lawyer, recently noted"
        if k > floor and v.words[k] in ASIDE_DASHES:
            # "Dedy, Kepala Peleton B …, Jakarta Selatan — tim pemadam yang tiba pertama … — menuturkan"
            k = next((t for t in range(k - 1, max(floor, k - MAX_APPOSITION_TOKENS) - 1, -1)
                      if v.words[t] in ASIDE_DASHES), floor)
            if k <= floor:
                return None
        elif k < floor or v.words[k] != "," or self._closes_apposition(k, floor):
            return None
        if self.lex.capitalised_nouns and cue.end < len(v) and v.lower[cue.end] in self.lex.pronouns:
            return None  # "Den Währungsfonds (IWF), dessen …, forderte er auf": the subject follows the verb
        op = f.subject(floor, cue.start)
        if op is not None and op.kind == "organization" and op.end < k and v.words[op.end] != ",":
            c = next((t for t in range(op.end, k) if v.words[t] == ","), None)
            whole = f.m.phrase_ending_at(c - 1) if c is not None else None
            if whole is not None and whole.start <= op.start and whole.kind == "organization":
                op = whole  # "The Institute for Fiscal Studies, an independent think tank, said"
        e = past_parenthesis(v, op.end, k) if op is not None else k  # "Rep. Gregory Meeks (D-N.Y.), chairman …,"
        if op is None or op.kind not in ("person", "role", "organization") or e >= k or v.words[e] != ",":
            return None
        if any(v.words[t] in (";", ":") for t in range(e, k)) or sum(1 for t in range(e, k) if v.is_quote_mark(t)) % 2:
            return None  # a quote opens or closes in between; a quoted name may stand in it
        return op

    def _name_in_commas(self, cue: Cue, floor: int) -> NamePhrase | None:
        """"Salah satu korban, Rina, 38 tahun, mengaku …", "One of the victims, Rina Smith, 38,
        said": a description opens the sentence, and the name set off in commas is its subject."""
        v, m = self.v, self.finder.m
        k = self._comma_before(cue, floor)
        if k is None or any(v.lower[t] in self.lex.cue_verbs or v.quote_of[t] >= 0 for t in range(floor, k)):
            return None
        commas = [t for t in range(floor, k) if v.words[t] == ","]
        if not commas or commas[0] - floor > MAX_DESCRIPTION_TOKENS or k - commas[0] > MAX_NAMED_TAIL:
            return None
        for c in reversed(commas):  # the name nearest the verb: "Pengamat …, Jayapura, Yakobus Murafer, berpendapat"
            i = c + 1
            while i < k and v.is_space(i):
                i += 1
            ph = m.phrase_at(i) if i < k else None
            if ph is not None and ph.kind == "person" and ph.end < len(v) and v.words[ph.end] == "," \
                    and v.words[ph.start] not in self.lex.degrees:  # "…, MS, PhD, menilai"
                return ph
        return None

    def _name_before_apposition(self, cue: Cue, floor: int) -> NamePhrase | None:
        """"“…,” Vann R. Newkirk II, a writer for The Atlantic, said": the name before the
        apposition that closes right before the verb is its subject."""
        v, lex = self.v, self.lex
        k = self._comma_before(cue, floor)
        if k is None:
            return None
        for _ in range(MAX_APPOSITIONS):  # "Scott Pruitt, the … attorney general of Oklahoma, one of …,"
            c = next((t for t in range(k - 1, max(floor, k - MAX_APPOSITION_TOKENS - 1), -1)
                      if v.words[t] == ","), None)
            if c is None or c <= floor or not (v.lower[c + 1] in lex.determiners or c + 1 in self.finder.m.titles
                                               or self._whose_role(c + 1, k)):
                return None
            # "Rep. Gregory W. Meeks (D-N.Y.), chairman of …, said": the party in brackets is no name
            ph = self.finder.m.phrase_ending_at(skip_parenthesis(v, lex, self.finder.m.cue_words, c - 1, floor))
            before = ph.start - 1 if ph is not None else floor
            if ph is not None and ph.kind == "person" and (before < floor or not (
                    v.lower[before] in lex.prepositions or v.lower[before] in lex.role_joiners)):
                return ph
            k = c
        return None

    def _whose_role(self, i: int, k: int) -> bool:
        """Is [i, k) a role with its owner before it ("Trump's campaign manager")?"""
        ph = self.finder.m.phrase_ending_at(k - 1)
        return ph is not None and ph.kind == "role" and ph.start == i
