"""The speaker phrase that ends right before a verb ("… Dmitry Peskov mengatakan", "the
Institute for Fiscal Studies said", "Officials at the Pentagon said"): where it starts, and
what kind of speaker it is.

Mixed into `Mentions`, whose name runs, titles, kinds and lexicon it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotedesk.attribution.listed_names import listed_name_start
from quotedesk.attribution.name_phrase import NamePhrase

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.view import ArticleView


class PhraseEnds:
    v: ArticleView
    lex: Lexicon
    cue_words: frozenset[str]
    given_names: frozenset[str]
    anonymous: dict[int, int]
    title_tokens: frozenset[int]
    title_end_to_start: dict[int, int]

    def phrase_ending_at(self, j: int) -> NamePhrase | None:
        """The speaker phrase whose last token is j ("... Dmitry Peskov mengatakan")."""
        v, lex = self.v, self.lex
        if j < 0:
            return None
        low = v.lower[j]
        if low in lex.pronouns or low in lex.plural_pronouns or (
                low in lex.demonstrative_pronouns and j + 1 < len(v) and v.lower[j + 1] in self.cue_words):
            return NamePhrase(j, j + 1, v.words[j], "pronoun")  # "Diese bestätigte, dass …"
        if j >= 1 and low in lex.org_tails and self.is_name_token(j - 1, False):
            s = self.name_start(j - 1)  # "The Biden administration said": the institution speaks
            if s < j:
                return NamePhrase(s, j + 1, v.span_text(s, j), "organization")
        s = self.name_start(j)
        whole_role = self.title_end_to_start.get(j + 1, j + 1) <= s  # "Wakil Presiden mengatakan"
        if whole_role and self.title_end_to_start.get(j + 1, s) < s:
            ph = self.phrase_at(self.title_end_to_start[j + 1])  # "the Secretary of State said": not "State"
            if ph is not None and ph.end == j + 1 and ph.kind == "role" and all(
                    t in self.title_tokens for t in range(ph.start, s)):
                return ph
        while s < j and s in self.title_tokens and not whole_role:
            s += 1  # "Secretary of State | John Kerry": the run began inside the role
        r = s
        if not (lex.capitalised_nouns or lex.modifiers_follow_nouns) and 4 <= s <= j \
                and v.lower[s - 1] in lex.coordinators and self.is_name_token(s - 2, False) \
                and v.words[s] not in self.given_names:  # not "the Bank of England and Mark Carney"
            r = self.name_start(s - 2)  # "… of Forestry | and Fire Protection said": its fields
        if s <= j and r >= 2 and v.lower[r - 1] in lex.role_joiners and self.is_name_token(r - 2, False) \
                and not any(v.lower[t] in lex.time_words for t in range(r, j + 1)):  # "the Senate on Tuesday"
            head = self.name_start(r - 2)
            titled = next((self.title_end_to_start[k] for k in range(head, r) if k in self.title_end_to_start), None)
            if titled is None and lex.modifiers_follow_nouns and head >= 2 and v.words[head - 1] == ",":
                # "Kepala Biro Humas, | Hukum dan Kerja Sama BKN Paryono": the role's fields in a list
                before = self.name_start(head - 2)
                titled = next((self.title_end_to_start[k] for k in range(before, head) if k in self.title_end_to_start),
                              None)
            if titled is not None and lex.modifiers_follow_nouns:
                # "Kepala Pusat | Gempa Bumi dan Tsunami BMKG Daryono mengatakan": a role runs over
                # the institution to its holder's name
                ph = self.phrase_at(titled)
                if ph is not None and ph.end == j + 1 and ph.kind == "person":
                    return ph
            if self.kind_of(head, r - 1) == "organization" and (r - 2) not in self.title_end_to_start:
                # "the Institute for Fiscal Studies said", "the Bank of England said": one institution
                return NamePhrase(head, j + 1, v.span_text(head, j), "organization")
        owned = self._role_of_name(s, j)
        if owned is not None:
            return owned
        if 3 <= s <= j and self._possessive_name(s - 3):
            return NamePhrase(s - 2, j + 1, v.span_text(s - 2, j), "organization")
        if s <= j:
            src = self._source_of_place(s, j + 1)
            if src is not None:
                return src  # "Officials at the Pentagon said"
            if s > 0 and self.anonymous.get(s - 1) == j + 1 and v.lower[s - 1] in lex.determiners:
                # "Eine Quelle sagte": a capitalised noun, but the article makes it no one named
                return NamePhrase(s - 1, j + 1, v.span_text(s - 1, j), "anonymous")
            # extend left over a title or org run in front of the name
            if s in self.title_end_to_start:
                t = self.title_end_to_start[s]
                while t in self.title_end_to_start:
                    t = self.title_end_to_start[t]  # "Kapolres | Kombes | Kusumo …": the whole chain of titles
                ph = self.phrase_at(t)
                if ph is None or ph.end != j + 1:
                    ph = self.phrase_at(self.title_end_to_start[s])
                if ph is not None and ph.end == j + 1:
                    return ph
            ps = s
            if s - 1 >= 0 and (s - 1) in self.title_end_to_start:
                ps = self.title_end_to_start[s - 1]
            ph = self.phrase_at(s) if ps == s else self.phrase_at(ps)
            if ph is not None and ph.end == j + 1 and ph.kind == "organization" and ph.start == s:
                t = self._after_place_words(s, j + 1)
                if t > s and self.kind_of(t, j + 1) == "person" and (
                        v.words[t] in self.given_names or any(v.lower[p] in lex.place_heads for p in range(s, t))):
                    # "… (CORE) Indonesia | Mohammad Faisal menilai", "… (BPBD) Kota Bekasi | Karsono
                    # mengatakan": the place closes the institution
                    return NamePhrase(t, j + 1, v.span_text(t, j), "person")
            if ph is not None and ph.end == j + 1 and ph.kind in ("organization", "person"):
                head = listed_name_start(v, lex, self.name_start, ph.start)
                if head is not None:  # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mengimbau"
                    return NamePhrase(head, j + 1, v.span_text(head, j), "organization")
            org_end = self.orgs.get(s, s)
            if s < org_end < j and lex.modifiers_follow_nouns and self.kind_of(org_end, j + 1) == "person" \
                    and (ph is None or ph.start == s):
                # "… (Kapuspenkum) Kejagung | Harli Siregar mengatakan": an institution the lexicon
                # knows closes the role before its holder's full name (not "KPU | Indramayu")
                return NamePhrase(org_end, j + 1, v.span_text(org_end, j), "person")
            if ph is not None and ph.end == j + 1:
                return ph
            kind = self.kind_of(s, j + 1)
            return NamePhrase(s, j + 1, v.span_text(s, j), kind)
        if (j + 1) in self.title_end_to_start:
            t = self._possessor_before(self.title_end_to_start[j + 1])  # "Gary Johnson’s doctor"
            return NamePhrase(t, j + 1, v.span_text(t, j), "role", v.span_text(t, j), t)
        return None

    def _role_of_name(self, s: int, j: int) -> NamePhrase | None:
        """"The chairman of the United Auto Workers said": a role joined to the name before the
        verb speaks, not the institution it belongs to."""
        v, lex = self.v, self.lex
        k = s - 1
        if k >= 0 and v.lower[k] in lex.definite_articles:
            k -= 1
        if s > j or k < 1 or v.lower[k] not in lex.role_joiners or k not in self.title_end_to_start:
            return None
        t = self.title_end_to_start[k]
        while t > 0 and (v.lower[t - 1] in lex.definite_articles or v.lower[t - 1] in lex.determiners):
            t -= 1
        if not v.opens_sentence(t) and v.lower[t - 1] not in self.cue_words and v.words[t - 1] != "," \
                and not v.is_quote_mark(t - 1):
            return None  # "… met the head of the union": an object, not who speaks
        text = v.span_text(t, j)
        return NamePhrase(t, j + 1, text, "role", text, t)

