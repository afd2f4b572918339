"""The phrase after a cue: past adverbs, an object pronoun and when it was said ("„…“,
sagte am Montag ein Sprecher"), the speaker, or the agency it was told to."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from quotedesk.attribution.name_phrase import NamePhrase
from quotedesk.attribution.view import SENT_FINAL

MAX_ROLE_BEFORE_HOLDER = 12  # "the commander of U.S. forces in Iraq | , Gen. George Casey"

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.mentions import Mentions
    from quotedesk.attribution.view import ArticleView


class AfterCue:
    """Mixed into SpeakerFinder."""

    v: ArticleView
    lex: Lexicon
    m: Mentions
    is_agency: Callable[[int, int], bool]

    def _capital_inside(self, i: int) -> bool:
        """"kata Hari": inside a sentence, a capital makes a word that is also an adverb a name,
        where only names are capitalised and the article writes it inside a full name."""
        v = self.v
        return not self.lex.capitalised_nouns and v.words[i][:1].isupper() and not v.opens_sentence(i) \
            and v.words[i] in self.m.inner_name_words()

    def skip_forward(self, i: int, limit: int) -> int:
        v, lex = self.v, self.lex
        while i < limit:
            if (when := self._time_after(i, limit)) > i:
                i = when  # "„…“, sagte am Montag ein Sprecher": when, then who
            elif (v.lower[i] in lex.adverbs and not self._capital_inside(i)) or v.is_space(i) or (
                    v.lower[i] in lex.object_pronouns and lex.capitalised_nouns):
                i += 1  # "so charakterisierte ihn der Funktionär": the object stands before the subject
            else:
                break
        return i

    def _time_after(self, i: int, limit: int) -> int:
        """One past a preposition and a time word at i ("am Montag", "on Friday"), else i."""
        v, lex = self.v, self.lex
        if v.lower[i] not in lex.prepositions:
            return i
        k = i + 1
        while k < limit and k - i <= 2 and v.lower[k] in lex.determiners:
            k += 1
        return k + 1 if k < limit and v.lower[k] in lex.time_words else i

    def after_preposition(self, i: int, floor: int) -> bool:
        """'in einem Interview', 'mit den Worten': the phrase at i is a prepositional object."""
        v, lex = self.v, self.lex
        if not lex.capitalised_nouns:
            return False  # where only names are capitalised, "footage of Hillary Clinton asking" names her
        k = i - 1
        while k >= floor and i - k <= 3 and (v.lower[k] in lex.determiners or (
                v.words[k][:1].islower() and v.lower[k] not in lex.prepositions and lex.capitalised_nouns)):
            k -= 1
        return k >= floor and v.lower[k] in lex.prepositions

    def after(self, i: int, limit: int, agency_speaks: bool = False) -> NamePhrase | None:
        """The phrase after a cue. An agency there is who it was told to ("told Reuters"),
        unless `agency_speaks` ("“…,” reported Reuters"): then it is the source."""
        i = self.skip_forward(i, limit)
        if i >= limit or i >= len(self.v):
            return None
        if agency_speaks and self.is_agency(i, i + 1):
            j = i + 1
            while j < limit and self.v.words[j].isalnum() and self.is_agency(j, j + 1):
                j += 1
            return NamePhrase(i, j, self.v.span_text(i, j - 1), "organization")
        ph = self._holder_after_role(i, limit) or self.m.phrase_at(i)
        if ph is None or ph.end > limit + 1:
            return None
        if ph.kind in ("person", "organization") and self.is_agency(ph.start, ph.end):
            return None
        return ph

    def _holder_after_role(self, a: int, b: int) -> NamePhrase | None:
        """'said the top U.S. commander, Gen. George Casey.', 'said the spokesman for the ministry,
        John Smith.': an article, a role, a comma, and the person who holds it closing the tail."""
        v, lex, m = self.v, self.lex, self.m
        i = a
        if i >= b:
            return None
        # "kata pengelola Gang Hijau, Juriah": where modifiers follow their noun, a role needs no article
        start = i + 1 if v.lower[i] in lex.determiners else i if lex.modifiers_follow_nouns and self._plain(i) else None
        if start is None:
            return None
        c = self._comma_after(start, b)
        if c is None or not any(t in m.title_tokens or self._plain(t) for t in range(start, c)) or any(
                v.lower[t] in lex.cue_verbs or v.lower[t] in lex.conjunctions for t in range(i, c)):
            return None
        while (after := self._place_in_commas(c, b)) is not None:
            c = after  # "kata Ketua RT 008, | Kelurahan Kota Bambu Selatan, | Juriah": where the role is
        ph = role_holder(v, m, start, c, b)
        if ph is None or (len(ph.text.split()) < 2 and start > i) or (
                ph.end < len(v) and v.words[ph.end] not in (",", ".", ";", "!", "?")):
            return None
        return ph

    def _plain(self, t: int) -> bool:
        v, lex = self.v, self.lex
        return v.words[t].isalpha() and v.words[t].islower() and v.lower[t] not in lex.prepositions \
            and v.lower[t] not in lex.determiners and v.lower[t] not in lex.pronouns \
            and v.lower[t] not in lex.plural_pronouns and v.lower[t] not in lex.adverbs

    def _comma_after(self, i: int, b: int) -> int | None:
        """The comma that closes the phrase starting at i, if a stop or a quote does not come first."""
        v = self.v
        c = next((t for t in range(i + 1, min(b, i + MAX_ROLE_BEFORE_HOLDER)) if v.words[t] in (",", ";", ":")
                  or v.words[t] in SENT_FINAL or v.quote_of[t] >= 0), None)
        return c if c is not None and v.words[c] == "," else None

    def _place_in_commas(self, c: int, b: int) -> int | None:
        """The comma after a place set off by the comma at c (", Kecamatan Cibeber,")."""
        v, lex = self.v, self.lex
        k = c + 1
        while k < b and v.is_space(k):
            k += 1
        if k >= b or not (v.lower[k] in lex.place_heads or v.words[k] in lex.place_names):
            return None
        after = self._comma_after(k, b)
        return after if after is not None and all(v.is_upper_initial(t) or v.words[t].isdigit()
                                                  for t in range(k, after)) else None


def role_holder(v: ArticleView, m: Mentions, role_start: int, comma: int, limit: int) -> NamePhrase | None:
    """The person named right after the comma that closes a role ("the ministry's spokesman, |
    John Smith"), with that role, and the rank or title written before the name, as theirs."""
    s = comma + 1
    while s < limit and v.is_space(s):
        s += 1
    ph = m.phrase_at(s) if s < limit else None
    if ph is None or ph.kind != "person":
        return None
    role = v.span_text(role_start, comma - 1)
    return NamePhrase(ph.start, ph.end, ph.text, "person", role if ph.role is None else f"{role}, {ph.role}",
                      role_start)
