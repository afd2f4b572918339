"""Genitives that say whose a role is ("ein Sprecher | des Ministeriums", "der Chefvolkswirt
| der Commerzbank, Jörg Krämer") and the holder named after one.

Mixed into `RolePhrases`, whose name runs and lexicon it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.view import ArticleView

MAX_GENITIVE_TOKENS = 8  # "des Wissenschaftlichen Missionsrats der NASA"
HYPHENS = frozenset({"-", "‐"})


class Genitives:
    v: ArticleView
    lex: Lexicon
    given_names: frozenset[str]
    cue_words: frozenset[str]
    titles: dict[int, int]

    def genitive_end(self, e: int) -> int:
        """One past the genitive after token e-1 that says whose a role is ("ein Sprecher | des
        Ministeriums", "der Polizei Köln"), or e if none follows."""
        v, lex, n = self.v, self.lex, len(self.v)
        if e >= n or v.lower[e] not in lex.genitive_articles:
            return e
        k = e + 1
        while k < n and k - e <= MAX_GENITIVE_TOKENS and (v.words[k][:1].isupper() or v.words[k] in HYPHENS or (
                # "des | rot-grünen | Bündnisses": an adjective before the noun
                k + 1 < n and v.words[k].islower() and v.lower[k].endswith(lex.inflected_adjective_endings)
                and v.words[k + 1][:1].isupper())):
            k += 1
        return k if k > e + 1 and v.words[k - 1][:1].isupper() else e

    def _genitive_holder(self, j: int) -> tuple[int, int] | None:
        """"der Chefvolkswirt der Commerzbank, Jörg Krämer, …": after the institution the role
        belongs to, in the genitive, and a comma, the person who holds it."""
        v, lex, n = self.v, self.lex, len(self.v)
        if j >= n or v.lower[j] not in lex.genitive_articles:
            return None
        k = j + 1
        while k < n and k - j <= MAX_GENITIVE_TOKENS:
            if v.words[k][:1].isupper() or v.words[k] in HYPHENS or v.lower[k] in lex.genitive_articles or (
                    k + 1 < n and v.words[k].islower() and v.lower[k].endswith(lex.inflected_adjective_endings)
                    and v.words[k + 1][:1].isupper()):  # "des | rot-grünen | Bündnisses"
                k += 1
            elif k > j + 1 and v.words[k] == "(" and k + 2 < n and v.words[k + 2] == ")" \
                    and v.words[k + 1][:1].isupper():
                k += 3  # "des Bundesverbands der Deutschen Industrie (BDI), Siegfried Russwurm"
            elif k > j + 1 and v.lower[k] in lex.prepositions and k + 1 < n and v.words[k + 1][:1].isupper():
                k += 1  # "der US-Streitkräfte | im | Irak, General George Casey": where
            else:
                break
        if k == j + 1 or k >= n or v.words[k] != ",":
            return None
        s = k + 1
        while s < n and v.is_space(s):
            s += 1
        if s in self.titles and v.span_text(s, self.titles[s] - 1).lower() in lex.ranks:
            s = self.titles[s]  # "…, General George Casey": a rank before the holder's name
        e = self.name_end(s) if s < n else s
        if e <= s or self.kind_of(s, e) != "person" or not (
                v.words[s] in self.given_names or self._words_in(s, e) >= 2):
            return None
        if e < n and v.words[e] not in (",", ".", ";", ":", "!", "?") and v.lower[e] not in self.cue_words:
            return None
        return s, e
