"""Reports inside a relative clause: "…, der vor dem Parlament betonte, er gehöre …", "Trump,
who has called for lower rates, criticized …". Where what it reports ends, and when the
clause only says where a quotation came from ("Ein Beamter, den die New York Times zitiert,
kommentierte …").

Mixed into `IndirectFinder`, whose view, lexicon, cues and clause subjects it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotedesk.attribution.cues import cues_between

if TYPE_CHECKING:
    from collections.abc import Callable

    from quotedesk.attribution.clause_subjects import ClauseSubjects
    from quotedesk.attribution.cues import Cue
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.mentions import NamePhrase
    from quotedesk.attribution.view import ArticleView


class RelativeClauses:
    v: ArticleView
    lex: Lexicon
    cues: list[Cue]
    cue_starts: list[int]
    subjects: ClauseSubjects
    _clean: Callable[..., tuple[int, int] | None]

    def _closes_relative(self, cue: Cue) -> bool:
        """"Ein Beamter, den die New York Times zitiert, kommentierte, …": a verb that closes a
        relative clause, with the sentence's own speech verb right after, reports nothing."""
        v = self.v
        if cue.end + 1 >= len(v) or v.words[cue.end] != "," or not cues_between(
                self.cues, self.cue_starts, cue.end + 1, cue.end + 2):
            return False  # "…, der vor dem Parlament betonte, er gehöre …": that one reports
        return self.subjects.relative_opening(cue, 0) is not None

    def _within_relative(self, ph: NamePhrase, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """"Trump, who has called for lower rates, criticized …": a relative clause set off by
        commas ends at its closing comma, and so does what it reports."""
        v = self.v
        r = ph.said_by
        if span is None or r is None or r < 1 or v.lower[r] not in self.lex.relatives or v.words[r - 1] != ",":
            return span
        comma = next((t for t in range(*span) if v.words[t] == "," and v.quote_of[t] < 0), None)
        return span if comma is None or not self._predicate_at(comma + 1) else self._clean(span[0], comma)

    def _predicate_at(self, t: int) -> bool:
        """Does the main clause's verb stand at t ("…, criticized the decision", "…, is a good
        example")? Only English is read so: German and Indonesian reports run on after commas."""
        v, lex = self.v, self.lex
        if lex.modifiers_follow_nouns or lex.capitalised_nouns or t >= len(v):
            return False
        w = v.lower[t]
        return v.words[t].isalpha() and v.words[t].islower() and (
            w in lex.copulas or w in lex.auxiliaries or w in lex.cue_verbs or w.endswith(lex.past_suffixes))

    def _relative_closes(self, i: int, sb: int) -> bool:
        """"…, sagte die Biologin Julia Krämer, | die an der Studie beteiligt war.", "…, said
        Julia Kramer, | who worked on the study.": a relative clause about the speaker closes the
        sentence after its name. Where nouns are capitalised the clause ends on its verb: an
        article before a noun opens what was said ("…, sagte sie, | die Regierung müsse handeln")
        or an apposition ("Li Fei, | der stellvertretende Vorsitzende des Ausschusses, …")."""
        v, lex = self.v, self.lex
        if i + 2 > sb or v.words[i] != "," or v.lower[i + 1] not in lex.relatives:
            return False
        if not lex.capitalised_nouns:
            return True
        if v.is_upper_initial(i + 2):
            return False
        end = next((t for t in range(i + 2, sb + 1) if v.words[t] in (",", ";", ":") or v.is_sentence_end(t)), sb + 1)
        return end > i + 2 and v.words[end - 1].isalpha() and v.words[end - 1].islower()

