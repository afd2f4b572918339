"""The role set off by commas right after a name: ", juru bicara Kremlin,", ", the White House
spokesman,", ", a senior fellow at the International Institute for Strategic Studies,".

Mixed into `Mentions`, whose name runs, titles and lexicon it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotedesk.attribution.role_phrases import MAX_ROLE_QUALIFIERS, MAX_ROLE_SPAN, MAX_ROLE_TOKENS

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.view import ArticleView


class Appositions:
    v: ArticleView
    lex: Lexicon
    titles: dict[int, int]
    cue_words: frozenset[str]

    def apposition_role(self, e: int) -> str | None:
        """", juru bicara Kremlin," / ", the White House spokesman," right after a name."""
        v, n = self.v, len(self.v)
        if e >= n or v.words[e] != ",":
            return None
        k = e + 1
        while k < n and v.lower[k] in self.lex.determiners:
            k += 1
        start = k
        if k < n and v.lower[k] in self.lex.honorifics:
            return None  # "… with Mr. Clarke, Mr. Barrett said": someone else, by name
        if k > e + 1 and not (self.lex.modifiers_follow_nouns or self.lex.capitalised_nouns):  # English
            q = k  # ", a | law | professor at UCLA,": plain words before the role say which one
            while q < n and q - k < MAX_ROLE_QUALIFIERS + 1 and q not in self.titles and (
                    v.lower[q] in self.lex.possessive_markers  # ", the federation's | president"
                    or (v.words[q].isalpha() and v.words[q].islower() and v.lower[q] not in self.cue_words
                        and v.lower[q] not in self.lex.prepositions)):
                q += 1
            if q in self.titles:
                k = q
        pre = self.name_end(k)
        whose = pre > k and pre + 1 < n and v.lower[pre] in self.lex.possessive_markers \
            and v.ends[pre - 1] == v.starts[pre] and pre + 1 in self.titles  # ", Trump's campaign manager,"
        if k in self.titles or (pre > k and pre in self.titles) or whose:
            stop = k
            plain = not (self.lex.modifiers_follow_nouns or self.lex.capitalised_nouns)
            while stop < n and stop - start < MAX_ROLE_TOKENS and v.words[stop] not in (",", ".", ";", ":") \
                    and not v.is_space(stop) and v.lower[stop] not in self.cue_words \
                    and not (plain and v.lower[stop] in self.lex.relatives):  # "…, a law professor | who …"
                stop += 1
            if stop - start == MAX_ROLE_TOKENS:
                stop = self._institution_goes_on(stop, start + MAX_ROLE_SPAN)
            if stop > start:
                return v.span_text(start, stop - 1)
        return None

    def _institution_goes_on(self, k: int, limit: int) -> int:
        """Where a long role was cut inside an institution's name, its end: "a senior fellow at the
        International Institute for Strategic | Studies", "… Center for Strategic and | International Studies"."""
        v, lex, n = self.v, self.lex, len(self.v)
        joiners = lex.role_joiners | lex.coordinators
        while k < min(n, limit):
            capital = v.words[k][:1].isupper() and v.words[k].isalpha()
            name_goes_on = capital and (v.words[k - 1][:1].isupper() or v.lower[k - 1] in joiners)
            # "… Strategic | and International Studies": a joiner between two capitalised words
            joined = v.lower[k] in joiners and v.words[k - 1][:1].isupper() and k + 1 < n \
                and v.words[k + 1][:1].isupper() and v.words[k + 1].isalpha()
            if not (name_goes_on or joined):
                break
            k += 1
        return k
