"""A speaker phrase that opens with a role: "Juru bicara Kremlin Dmitry Peskov", "Kapolres
Kombes Kusumo Wahyu Bintoro", "The shadow health secretary, Victoria Atkins", "mantan Kapolda
Metro Jaya itu".

Mixed into `Mentions`, whose view, lexicon, titles and role helpers it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotedesk.attribution.name_phrase import NamePhrase
from quotedesk.attribution.role_phrases import MAX_NAME_AFTER_RANK, NAME_TOKENS_AFTER_TITLE

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.view import ArticleView


class TitledPhrases:
    v: ArticleView
    lex: Lexicon
    titles: dict[int, int]
    given_names: frozenset[str]

    def titled_phrase(self, i: int, role_start: int, j: int) -> NamePhrase:
        """The phrase whose role starts at `role_start` and whose first title ends before j."""
        v, lex, n = self.v, self.lex, len(self.v)
        role_start = self._possessor_before(self._qualifiers_before(role_start))
        # "Kapolres | Kombes | Kusumo Wahyu Bintoro": a rank right before the name
        last = i if i in self.titles else j
        while j < n and j in self.titles:
            last, j = j, self.titles[j]
        ranked = v.span_text(last, j - 1).lower() in lex.ranks
        e = self.name_end(j)
        if j < e < n and lex.modifiers_follow_nouns and v.lower[e] in lex.demonstratives \
                and v.words[j] not in self.given_names:  # not "era Presiden Abdurrahman Wahid itu"
            # "mantan Kapolda Metro Jaya itu": the place of a role named again, no name
            return NamePhrase(role_start, e, v.span_text(role_start, e - 1), "role",
                              v.span_text(role_start, e - 1), role_start)
        if e == j or self.kind_of(j, e) == "organization" or self._fields_listed_after(j, e) \
                or self._holder_after_comma(j, e):
            # the role runs on over places and institutions, commas and brackets, to a name:
            # "Kepala Dusun Nglahar, Kelurahan Sumbersari, Wahyu Wibowo"
            found = self._name_after_role(j) or self._genitive_holder(j)
            if found is not None:
                s2, e2 = found
                return NamePhrase(s2, e2, v.span_text(s2, e2 - 1), "person",
                                  v.span_text(role_start, s2 - 1).rstrip(" ,"), role_start)
            end = max(e, j)
            return NamePhrase(role_start, end, v.span_text(role_start, end - 1), "role",
                              v.span_text(role_start, end - 1), role_start)
        placed = self._after_place_names(j, e)
        if j < placed < e and not ranked and self.kind_of(placed, e) == "person":
            j = placed  # "Bupati Sleman | Kustini": the office's place, then the name
        if self._words_in(j, e) > NAME_TOKENS_AFTER_TITLE and not (
                ranked and self._words_in(j, e) <= MAX_NAME_AFTER_RANK and self.kind_of(j, e) == "person"):
            # "Juru bicara Kremlin | Dmitry Peskov"; "Kepala Basarnas Marsdya | Kusworo": after a rank
            rank = self._after_title_inside(j, e)
            j = rank if rank is not None else self._name_tail(j, e)
        elif self.kind_of(j, e) == "organization":
            # "Juru bicara Kremlin": a role at an institution, no name
            return NamePhrase(role_start, e, v.span_text(role_start, e - 1), "role",
                              v.span_text(role_start, e - 1), role_start)
        role, kind = v.span_text(role_start, j - 1), self.kind_of(j, e)
        if role.casefold() in lex.honorifics and kind == "person":
            role = self.apposition_role(e) or role  # "Dr Tim Cooksley, president of …": what he is
        return NamePhrase(j, e, v.span_text(j, e - 1), kind, role, role_start)
