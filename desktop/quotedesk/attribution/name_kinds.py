"""What a name run is: a person, or an institution, a place or a group that is no one.

Mixed into `Mentions`, whose view, lexicon, titles, organisations and entities it reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.view import ArticleView

MIN_STEM = 3  # letters before a noun ending such as -ei, -ung


class NameKinds:
    v: ArticleView
    lex: Lexicon
    titles: dict[int, int]
    title_end_to_start: dict[int, int]
    orgs: dict[int, int]
    entities: dict
    given_names: frozenset[str]
    cue_words: frozenset[str]

    def kind_of(self, s: int, e: int) -> str:
        v = self.v
        if s in self.entities:
            label = self.entities[s][1]
            if label in ("ORG", "NORP", "GPE", "FAC"):
                return "organization"
        if s in self.orgs and self.orgs[s] >= e:
            return "organization"
        if v.lower[s] in self.lex.org_heads or (v.lower[e - 1] in self.lex.org_heads and e - s > 1
                                                and not self.lex.modifiers_follow_nouns):
            return "organization"  # "Department of …", "the California Department": the head noun
        if self._modifies_noun_before(s, e):
            return "organization"  # "umat Muslim", "warga Ambon": what the noun before is, no one
        # a known given name is no noun, whatever its ending: "Franz Müntefering", "Marion Schreiber";
        # the words around it still are: "Konrad Adenauer Stiftung"
        nouns = [t for t in range(s, e) if v.words[t] not in self.given_names]
        if any(v.lower[t] in self.lex.not_person_words for t in nouns):
            return "organization"
        suffixes = self.lex.not_person_suffixes
        if suffixes and any(_noun_ending(v.lower[t], suffixes) for t in nouns):
            return "organization"
        patterns = self.lex.not_person_patterns
        if patterns and any(p.match(v.words[t]) for p in patterns for t in nouns):
            return "organization"  # "Pengendalian", "Universitas": derived nouns name no one
        words = v.words[s:e]
        if len(words) == 1 and words[0].rstrip(".") in self._aged_letters():
            return "person"  # "E ( 42 ) … ucap E.": an initial the article gives an age names someone
        if any(w.isupper() and len(w) >= 3 and w.isalpha() for w in words) or (
                len(words) == 1 and words[0].isupper() and len(words[0]) > 1):
            return "organization"  # KPK, DPR, FBI, "KPU Indramayu": acronyms speak as institutions
        return "person"

    def described_kind(self, s: int, e: int) -> str:
        """"the agency", "die Polizei", "the NASA": a phrase described by its noun is an
        institution where that noun is one ("her submission to the court" is not: its noun
        stands before the preposition)."""
        v, lex = self.v, self.lex
        k = next((t for t in range(s + 1, e) if v.lower[t] in lex.prepositions or v.lower[t] in lex.listeners), e)
        head = v.words[k - 1]
        return "organization" if head.lower() in lex.org_heads or (head.isupper() and len(head) > 1) else "unknown"

    def _modifies_noun_before(self, s: int, e: int) -> bool:
        """Where modifiers follow their noun, a lone capitalised word right after a plain
        lower-case word ("umat Muslim", "warga Ambon") qualifies it."""
        v, lex = self.v, self.lex
        if not lex.modifiers_follow_nouns or e - s != 1 or s == 0 or v.words[s] in self.given_names \
                or v.age_at(e):  # "seperti Rudianta (24)": an age is a person's
            return False
        p, low = v.words[s - 1], v.lower[s - 1]
        if (s - 1) in self.title_end_to_start:
            return False  # "pengamat pertanian Khudori": the field of a role, then the name
        return p.isalpha() and p.islower() and (s - 1) not in self.titles and not (
            low in self.cue_words or low in lex.prepositions or low in lex.conjunctions
            or low in lex.determiners or low in lex.adverbs or low in lex.pronouns
            or low in lex.listeners or low in lex.complementizers or low in lex.relatives
            or low in lex.copulas  # "adalah Rustono": what a copula names is someone
            or any(m.split()[-1] == low for m in lex.according_before)
            or any(m.split()[-1] == low for m in lex.alias_markers))  # "Joko Widodo atau Jokowi"


def _noun_ending(word: str, suffixes: tuple[str, ...]) -> bool:
    """'Polizei', 'Regierung': a noun's ending after a stem of three letters or more;
    'Fei' or 'Wei' is a name, not the ending alone."""
    return word.endswith(suffixes) and any(word.endswith(x) and len(word) - len(x) >= MIN_STEM for x in suffixes)
