"""Who the phrase just before a speech verb stands for, when it is not the speaker itself:
the person a workplace follows, the source a genitive or an institution closes, the subject
before a frame that ends on a name, whose a role is ("Barclays' chief economist")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from quotedesk.attribution.lexicon import Lexicon
from quotedesk.attribution.mentions import Mentions, NamePhrase
from quotedesk.attribution.view import ArticleView

MAX_ANON_QUALIFIERS = 4  # "Senior Obama administration officials"
MAX_NP_TOKENS = 6
MAX_SOURCE_ORG = 4  # "seorang pejabat | Kementerian Luar Negeri AS"
MAX_FRAME_WORDS = 3  # "dalam | wawancara khusus | dengan", "in | an interview | with"
MAX_OWNED_WORDS = 3  # "Ukraine's | foreign ministry"


class OwnersBefore:
    """Mixed into `SpeakerFinder`, which reads phrases backwards with `before`."""

    v: ArticleView
    lex: Lexicon
    m: Mentions
    before: Callable[[int, int], NamePhrase | None]

    def _source_of(self, ph: NamePhrase, floor: int) -> NamePhrase | None:
        """"Seorang pejabat KPK mengatakan": the institution closes an anonymous source, which speaks."""
        v, lex = self.v, self.lex
        if not lex.modifiers_follow_nouns or ph.kind != "organization" or ph.end - ph.start > MAX_SOURCE_ORG:
            return None
        for a in range(ph.start - 1, max(floor, ph.start - MAX_ANON_QUALIFIERS) - 1, -1):
            if self.m.anonymous.get(a) == ph.start and v.lower[a] not in lex.org_heads:  # not "pihak Jouska"
                while a > floor and v.lower[a - 1] in lex.determiners:
                    a -= 1
                return NamePhrase(a, ph.end, v.span_text(a, ph.end - 1), "anonymous")
        return None

    def _before_frame(self, ph: NamePhrase, floor: int) -> NamePhrase | None:
        """"Minoru Kihara | dalam wawancara dengan | NHK menyebut", "Smith | in an interview with |
        CNN said": the name closes a frame of two prepositions, and the subject stands before it."""
        v, lex = self.v, self.lex
        k = (ph.start if ph.role_start is None else min(ph.start, ph.role_start)) - 1
        if k - 2 < floor or v.lower[k] not in lex.prepositions:
            return None
        t = k - 1
        while t > floor and k - t <= MAX_FRAME_WORDS and v.words[t].isalpha() and v.words[t].islower() \
                and v.lower[t] not in lex.prepositions:
            t -= 1
        if t == k - 1 or v.lower[t] not in lex.prepositions:
            return None
        subject = self.before(t - 1, floor)
        return subject if subject is not None and subject.kind in ("person", "role", "anonymous") else None

    def _genitive_owner(self, ph: NamePhrase, floor: int) -> NamePhrase | None:
        """"ein Sprecher des Ministeriums sagte": the genitive names whose; the one before it speaks."""
        # "ein Sprecher der | EU-Medienkommissarin Viviane Reding": the owner's role is hers too
        v, k = self.v, (ph.start if ph.role_start is None else min(ph.start, ph.role_start)) - 1
        lex = self.lex
        while k - 1 > floor and lex.inflected_adjective_endings and v.words[k].isalpha() and v.words[k].islower() \
                and v.lower[k].endswith(lex.inflected_adjective_endings) and v.lower[k] not in lex.genitive_articles \
                and v.lower[k] not in lex.determiners and v.lower[k] not in lex.prepositions:
            k -= 1  # "der Pressedienst des | brasilianischen | Außenministeriums"
        if k - 1 < floor or v.lower[k] not in lex.genitive_articles or v.lower[k - 1] in lex.prepositions:
            return None  # not "in der ländlichen Region": after a preposition the article is no genitive
        owner = self.before(k - 1, floor)
        if owner is None or owner.kind not in ("role", "anonymous", "person"):
            return None
        head = v.words[owner.end - 1]
        if not head.isalpha() or len(head) <= 2:
            return None  # not "S 73 KR 1635/10 des Sozialgerichts"
        if owner.kind == "person":
            return owner
        # "ein Sprecher des Ministeriums": the described source keeps whose it is
        text = v.span_text(owner.start, ph.end - 1)
        return replace(owner, end=ph.end, text=text, role=text if owner.kind == "role" else owner.role)

    def _affiliated_person(self, ph: NamePhrase, floor: int) -> NamePhrase | None:
        """"Reynaldi dari PT House of Rattan mengatakan", "Tomblin of West Virginia said": the
        person before a preposition speaks; what follows it is where they work or come from."""
        v, lex, k = self.v, self.lex, ph.start - 1
        # back over the rest of a name the phrase did not take in: "PT House of"
        while k > floor and ph.start - k <= MAX_NP_TOKENS and (v.is_space(k) or v.words[k][:1].isupper() or (
                v.lower[k] in lex.role_joiners and v.lower[k] not in lex.prepositions)
                or (v.lower[k] in lex.possessive_markers and v.words[k - 1][:1].isupper())):
            k -= 1  # "Mark Zandi of Moody's | Analytics"
        if k <= floor or v.lower[k] not in lex.prepositions or k in self.m.title_tokens:
            return None  # "Former Secretary of State Colin Powell": the role's own "of"
        k -= 1
        while k > floor and v.is_space(k):
            k -= 1
        owner = self.m.phrase_ending_at(k)
        if owner is None or owner.start < floor:
            return None
        if owner.kind == "organization" and not (lex.capitalised_nouns or lex.modifiers_follow_nouns):
            # "Isaac Smith of York University | in Toronto", "Hamas | in Gaza": where the workplace
            # is (where only names are capitalised); who works there, or it, speaks
            found = self.before(owner.end - 1, floor)
            return found if found is not None and found.kind in ("person", "role", "anonymous", "organization") \
                else None
        return owner if owner.kind in ("person", "role") else None

    def _holder_of_second_role(self, ph: NamePhrase, floor: int) -> NamePhrase | None:
        """"Prabowo Subianto yang juga Menteri Pertahanan menyatakan": a role after a relative and
        "juga" (or "kini", "merupakan") is the second one of the person named before it."""
        v, lex = self.v, self.lex
        if ph.kind != "role":
            return None
        k = (ph.start if ph.role_start is None else min(ph.start, ph.role_start)) - 1
        while k > floor and (v.lower[k] in lex.adverbs or v.lower[k] in lex.copulas):
            k -= 1
        if k <= floor or k == ph.start - 1 or v.lower[k] not in lex.relatives:
            return None
        holder = self.before(k - 1, floor)
        return holder if holder is not None and holder.kind == "person" else None

    def _role_owner(self, ph: NamePhrase) -> NamePhrase | None:
        """Whose role it is, in the possessive before it and its qualifiers, where no one holds
        it by name: "Barclays' | chief economist", "Connecticut’s | tax | commissioner"."""
        v, lex = self.v, self.lex
        k = ph.start - 1
        function_words = (lex.determiners, self.m.cue_words, lex.prepositions, lex.as_markers, lex.conjunctions)
        while k > 0 and ph.start - k <= 2 and v.words[k].isalpha() and v.words[k].islower() \
                and not any(v.lower[k] in words for words in function_words):
            k -= 1  # "Obama's | former campaign | strategist"; not "Clinton's tenure as | secretary of state"
        if k < 1 or v.lower[k] not in lex.possessive_markers or v.ends[k - 1] != v.starts[k]:
            return None
        owner = self.m.phrase_ending_at(k - 1)
        if owner is None:
            return self._name_opening_before(k)
        p = owner.start - 1
        article = owner.kind == "role" and p >= 0 and v.lower[p] in lex.determiners  # "The minister's | spokesman"
        # "Goldman Sachs' chief economist": the word opening the sentence is the name's too
        opening = p >= 0 and v.opens_sentence(p) and v.words[p].isalpha() and v.words[p][:1].isupper() \
            and v.words[p] not in lex.not_names and not any(v.lower[p] in ws for ws in (*function_words, lex.adverbs))
        if article or opening:
            owner = NamePhrase(p, owner.end, v.span_text(p, owner.end - 1), owner.kind)
        return owner if owner.kind in ("organization", "person") or article else None

    def _name_opening_before(self, k: int) -> NamePhrase | None:
        """A name opening the sentence, which no other sentence writes: "Barclays' chief economist"."""
        v = self.v
        o = k - 1
        while o > 0 and k - o < MAX_OWNED_WORDS and v.words[o - 1][:1].isupper() and v.words[o - 1].isalpha():
            o -= 1
        return NamePhrase(o, k, v.span_text(o, k - 1), "organization") if v.words[o][:1].isupper() else None
