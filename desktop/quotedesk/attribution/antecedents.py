"""Who a pronoun or a clitic means: the subject of a sentence, or of its speech verb,
in the sentences before it ("ujarnya", "he said")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from quotedesk.attribution.coref import Coreference, Person
from quotedesk.attribution.lexicon import Lexicon
from quotedesk.attribution.mentions import Mentions, NamePhrase
from quotedesk.attribution.view import ArticleView

MAX_SENTENCES_BACK = 4
MAX_FRAGMENT_WORDS = 5  # "Baiting the moderators."
MAX_OPENING_CLAUSE = 30  # "Though she called the behavior “outrageous” and called for …,"


class AntecedentSearch:
    """Mixed into SpeakerFinder, which holds the view, lexicon, mentions and coreference."""

    if TYPE_CHECKING:
        v: ArticleView
        lex: Lexicon
        m: Mentions
        coref: Coreference
        sentence_speaker: dict[int, Person]
        speech_subject: Callable[[int, int], Person | None] | None

    def subject_of(self, a: int, b: int, groups: bool = False) -> tuple[str, Person | None]:
        """('person'|'pronoun'|'other', who) for the sentence of tokens [a, b); with `groups`,
        a plural anonymous source counts as a person ("The researchers … They found")."""
        if a in self.sentence_speaker:
            return "person", self.sentence_speaker[a]
        inserted = self._according_inserted(a, b)
        if inserted is not None:
            return "person", inserted
        ph = self._opening_phrase(a, b)
        if ph is None:
            return "other", None
        if ph.kind == "pronoun":
            return "pronoun", None
        if ph.kind == "role":
            p = self.coref.by_role(ph.role or ph.text, ph.start, ph.end)
            return ("person", p) if p is not None else ("other", None)
        if ph.kind == "person":
            return "person", self.coref.find(ph.text, ph.start)
        if ph.kind == "organization":  # "AHY juga menyinggung …": initials learnt as a person's
            p = self.coref.find(ph.text, ph.start)
            if p is not None and p.kind == "person":
                return "person", p
        if groups and ph.kind == "anonymous":  # "The researchers analyzed …. They found"
            who = self.coref.anonymous_source(ph)
            return ("person", who) if who.plural else ("other", None)
        return "other", None

    def _opening_phrase(self, a: int, b: int) -> NamePhrase | None:
        """The phrase that opens the sentence [a, b), past conjunctions, adverbs, quotes and
        "according to"."""
        v, lex = self.v, self.lex
        i = a
        while i < b and (v.quote_of[i] >= 0 or v.is_space(i) or v.lower[i] in lex.conjunctions
                         or v.lower[i] in lex.adverbs or not any(ch.isalnum() for ch in v.words[i])):
            i += 1
        if i >= b:
            return None
        for marker in lex.according_before:  # "Menurut Irma Hidayana, ..."
            words = marker.split()
            if v.lower[i : i + len(words)] == words:
                i += len(words)
                break
        ph = self.m.phrase_at(i)
        if ph is None and i + 1 < b and v.words[i][:1].isupper() and v.lower[i] not in lex.prepositions:
            ph = self.m.phrase_at(i + 1)  # "Ukrainian President Volodymyr Zelenskyy thanked …"
            if ph is not None and (i + 1) not in self.m.titles and (ph.kind != "person" or ph.role_start != i + 1):
                ph = None  # only a role opens after the adjective: "Retired U.S. Air Force Gen. Norman Ham"
        if ph is not None and ph.end < b and v.lower[ph.end] in lex.possessive_markers:
            return self._possessed(ph.end + 1, b) or ph  # "The president's Pacific roots": still his
        return ph

    def _possessed(self, i: int, b: int) -> NamePhrase | None:
        """"Trump's running mate, Indiana Gov. Mike Pence, struck …": the one whose the opening
        name is, not that name, is the subject."""
        v = self.v
        while i < b and v.words[i].isalpha() and v.words[i].islower():
            ph = self.m.phrase_at(i)
            if ph is not None and ph.kind in ("person", "role", "anonymous"):
                return ph  # "Trump's campaign manager Kellyanne Conway"
            i += 1
        if i + 1 < b and v.words[i] == ",":
            ph = self.m.phrase_at(i + 1)
            return ph if ph is not None and ph.kind == "person" else None
        return None

    def _according_inserted(self, a: int, b: int) -> Person | None:
        """"Presiden, menurut Fadjroel, menginginkan …", "Namun tahun ini, ungkap Ahmad, jamaah
        …": the source set off in commas, with "according to" or a speech verb, speaks."""
        v = self.v
        for k in range(a + 1, b):
            if v.words[k - 1] != "," or v.quote_of[k] >= 0:
                continue
            lead = 1 if v.lower[k] in self.lex.cue_verbs else 0
            for marker in self.lex.according_before:
                words = marker.split()
                if v.lower[k : k + len(words)] == words:
                    lead = len(words)
            if lead:
                ph = self.m.phrase_at(k + lead)
                if ph is not None and ph.kind == "person" and ph.end < b and v.words[ph.end] == ",":
                    return self.coref.find(ph.text, ph.start)
        return None

    def gender_of(self, tok: int) -> str | None:
        low, lex = self.v.lower[tok], self.lex
        if low in lex.masculine and low not in lex.feminine:
            return "m"
        if low in lex.feminine and low not in lex.masculine:
            return "f"
        return None

    def meant_by(self, ph: NamePhrase) -> Person | None:
        """Whom the pronoun phrase means; "kata mereka": the phrase starts at the verb, the
        pronoun says how many."""
        low = ph.text.lower()
        return self.antecedent(ph.start, low in self.lex.plural_pronouns and low not in self.lex.pronouns)

    def antecedent(self, tok: int, plural: bool = False) -> Person | None:
        """Who a pronoun or clitic at `tok` means: the subject of the nearest earlier
        sentence that has a person as subject, else the person last named."""
        v = self.v
        sa, _ = v.sentence_bounds(tok)
        ahead = None if plural else self._named_after_opening_clause(sa, tok)
        if ahead is not None:
            return ahead  # "Though she called the behavior “outrageous”, Clinton restricted …"
        # a clitic after a quote belongs to the sentence the quote opened
        k = sa
        while k > 0 and v.quote_of[k - 1] >= 0:
            k = v.sentence_bounds(k - 1)[0]
        gender = self.gender_of(tok)
        # the sentencizer may glue "Wiku mengatakan, … berjalan. ”Apabila …” katanya" into one
        # sentence: its own subject, before the quote, is the first candidate
        # "Die Proteste seien friedlich verlaufen, sagte er.": what was reported, its subject
        # too, is no one the pronoun can mean
        # the verb the pronoun is the subject of says nothing of whom it means: "Bei einem Besuch
        # verkündete er"
        own = tok - 1 if tok > k and v.lower[tok - 1] in self.lex.cue_verbs else tok
        kind, who = ("tail", None) if self._closes_report(tok, sa) else self._subject_or_speaker(k, own, plural)
        if kind == "person" and self._may_mean(who, plural, gender, True):
            return who
        if kind not in ("pronoun", "tail") and k < sa and not self._pronoun_between(k, sa):
            # "… dihadiri William Wongso, salah satu tokoh kuliner. ”…,” ujarnya": glued to the
            # quote, the sentence before it may name its speaker anywhere (but where a pronoun
            # stands in it, "… ketika ia dipercaya …", the clitic means whom that one means)
            named = self.coref.last_person_before(tok, plural, since=k, gender=gender)
            if named is not None:
                return named
        # past a sentence whose subject is a pronoun, the search is for whom that one means
        nameless_next = kind != "pronoun"
        b = k
        for back in range(MAX_SENTENCES_BACK):
            if b <= 0:
                break
            a, _ = v.sentence_bounds(b - 1)
            while a > 0 and v.quote_of[a] >= 0 and v.quote_of[a - 1] == v.quote_of[a]:
                a = v.sentence_bounds(a - 1)[0]
            kind, who = self._subject_or_speaker(a, b, plural)
            if kind == "person" and self._may_mean(who, plural, gender, nameless_next and back == 0):
                return who
            if kind != "pronoun":
                named = self.coref.last_person_before(b, plural, since=a, gender=gender)
                if named is not None:
                    return named
            b = a
        return self.coref.last_person_before(tok, plural, gender=gender)

    def previous_subject(self, tok: int, past_nameless: bool = False) -> Person | None:
        """The person named as the subject opening the sentence before the one at `tok`, the
        quotation's sentence counting as the one it opens; None where that sentence opens
        with no one named. With `past_nameless`, a few words that name no one ("Baiting the
        moderators.") are passed over for the sentence before them."""
        v = self.v
        k, _ = v.sentence_bounds(tok)
        while k > 0 and v.quote_of[k - 1] >= 0:
            if v.is_quote_mark(k - 1) and (k - 1 == 0 or v.quote_of[k - 2] != v.quote_of[k - 1]):
                k -= 1  # the sentencizer hung the quotation's opening mark on the sentence before
                break
            k = v.sentence_bounds(k - 1)[0]
        if k <= 0:
            return None
        k, a = self._sentence_before(k)
        if past_nameless and a > 0 and sum(v.words[t].isalpha() for t in range(a, k)) <= MAX_FRAGMENT_WORDS \
                and not self.coref.person_named_between(a, k) and not self._pronoun_between(a, k):
            k, a = self._sentence_before(a)  # a subheading, not a sentence that moves on to something else
        ph = self._opening_phrase(a, k)  # the subject itself, not whoever else speaks in the sentence
        if ph is not None and ph.end + 1 < k and v.lower[ph.end] in self.lex.coordinators \
                and self.m.is_name_token(ph.end + 1, False):
            return None  # "Keir Starmer and Volodymyr Zelensky met …": two subjects, no one of them
        who = self.coref.find(ph.text, ph.start) if ph is not None and ph.kind == "person" else None
        return who if who is not None and who.kind == "person" else None

    def _sentence_before(self, k: int) -> tuple[int, int]:
        """(end, start) of the sentence before token k; a paragraph break or a stray mark is no
        sentence, nor a quotation's own sentences."""
        v = self.v
        a, _ = v.sentence_bounds(k - 1)
        while a > 0 and ((v.quote_of[a] >= 0 and v.quote_of[a - 1] == v.quote_of[a])
                         or not any(v.words[t].isalpha() for t in range(a, k))):
            k, a = a, v.sentence_bounds(a - 1)[0]
        return k, a

    def _named_after_opening_clause(self, sa: int, tok: int) -> Person | None:
        """The person named right after the comma that closes a clause opening the sentence
        ("Though she …, Clinton …") when the pronoun at `tok` stands inside it."""
        v, lex = self.v, self.lex
        i = sa
        while i < tok and v.lower[i] not in lex.clause_openers and (
                v.is_space(i) or v.lower[i] in lex.conjunctions or v.lower[i] in lex.coordinators):
            i += 1  # "But when she …"
        if i >= tok or v.quote_of[i] >= 0 or v.quote_of[tok] >= 0 or v.lower[i] not in lex.clause_openers:
            return None
        # the comma may close a quotation too: "… “outrageous,” Clinton …"
        c = next((t for t in range(i + 1, min(len(v) - 1, i + MAX_OPENING_CLAUSE)) if v.words[t] == "," and (
            v.quote_of[t] < 0 or (v.is_quote_mark(t + 1) and v.quote_of[t + 1] == v.quote_of[t]))), None)
        if c is None or c < tok:
            return None
        k = c + 1
        while k < len(v) and (v.is_space(k) or (v.is_quote_mark(k) and v.quote_of[k] == v.quote_of[c] >= 0)):
            k += 1
        ph = self.m.phrase_at(k) if k < len(v) else None
        if ph is None or ph.kind != "person":
            return None
        p = self.coref.find(ph.text, ph.start) or self.coref.register(ph)
        return p if p.kind == "person" and p.may_be(self.gender_of(tok)) else None

    def _closes_report(self, tok: int, sa: int) -> bool:
        """Is the pronoun at `tok` the speaker of a tail that closes an unquoted report: "…,
        sagte er.", "…, kata dia.", "…, he said."?"""
        v, cues = self.v, self.lex.cue_verbs
        while tok >= 1 and (v.lower[tok - 1] in self.lex.determiners or v.lower[tok - 1] in self.lex.definite_articles):
            tok -= 1  # "…, sagte der FDP-Politiker": the article before the epithet
        if tok >= 2 and v.lower[tok - 1] in cues and v.words[tok - 2] == ",":
            comma = tok - 2
        elif tok >= 1 and v.words[tok - 1] == "," and tok + 1 < len(v) and v.lower[tok + 1] in cues:
            comma = tok - 1
        elif tok >= 1 and v.words[tok - 1] == "," and v.lower[tok] in self.lex.single_word_clitics:
            # a clitic on the verb: "…, katanya.", "Bulog, katanya, akan menggelar …"
            return tok - 2 >= sa and v.quote_of[tok - 2] < 0 and not v.is_quote_mark(tok - 2)
        else:
            return False
        return comma - 1 > sa and v.quote_of[comma - 1] < 0 and not v.is_quote_mark(comma - 1)

    @staticmethod
    def _may_mean(who: Person | None, plural: bool, gender: str | None, nearest: bool) -> bool:
        """Whether a pronoun of this number and gender can stand for `who`: an institution
        only as "they"; an anonymous source as "he" or "they", as many as it is, and only
        from the sentence just before (it is no name a story comes back to)."""
        if who is None or not who.may_be(gender):
            return False
        if who.kind == "anonymous":
            return nearest and who.plural == plural
        return who.kind == "person" or plural

    def _pronoun_between(self, a: int, b: int) -> bool:
        v, lex = self.v, self.lex
        return any(v.quote_of[t] < 0 and (v.lower[t] in lex.pronouns or v.lower[t] in lex.plural_pronouns)
                   for t in range(a, b))

    def _subject_or_speaker(self, a: int, b: int, groups: bool = False) -> tuple[str, Person | None]:
        """The subject of the sentence's speech verb; failing one, the sentence's subject."""
        if a not in self.sentence_speaker:
            inserted = self._according_inserted(a, b)
            if inserted is not None:
                return "person", inserted  # "Presiden, kata Fadil, menginginkan …": Fadil speaks
        kind, who = self.subject_of(a, b, groups)
        if kind != "pronoun" and a not in self.sentence_speaker and self.speech_subject is not None \
                and not (kind == "person" and self._opens_with_apposed_name(a, b)):
            # "Kepala Bidang … Dinas …, Cipta Karya, dan Tata Ruang … Iman Krestian menuturkan":
            # the verb's subject is surer than where a long role seems to end; but a bare name
            # set off by a comma ("Abdian Saputra, Koordinator …, juga menyampaikan") is the subject
            speaker = self.speech_subject(a, b)
            if speaker is not None:
                return "person", speaker
        return kind, who

    def _opens_with_apposed_name(self, a: int, b: int) -> bool:
        ph = self._opening_phrase(a, b)
        return ph is not None and ph.kind == "person" and ph.role_start is None and ph.end < b \
            and self.v.words[ph.end] == ","
