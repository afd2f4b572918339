"""Who an "according to" marker names, and what it reports: "according to two senior
officials", "laut Medienberichten", "Nach Polizeiangaben"."""

from __future__ import annotations

from dataclasses import replace

from quotedesk.attribution.cues import Cue
from quotedesk.attribution.lexicon import Lexicon
from quotedesk.attribution.mentions import NamePhrase
from quotedesk.attribution.speakers import SpeakerFinder
from quotedesk.attribution.view import SENT_FINAL, ArticleView

MAX_SOURCE_TOKENS = 8
MAX_CLOSING_SOURCE_TOKENS = 16
MAX_APPOSITION = 10  # ", a health thinktank,", ", a copy of which was seen by Reuters,"
MAX_SOURCE_TAIL = 3  # "dua periode | ini"
MAX_QUOTED_NAME = 6  # "des „Kölner Stadt-Anzeiger“"
MIN_STEM = 3  # "Armee" in "Armeeangaben"; "EU" alone is no stem to trust
STOPS = frozenset({",", ";", ":", "(", ")"})


class AccordingTo:
    def __init__(self, view: ArticleView, lexicon: Lexicon, finder: SpeakerFinder, cue_starts: set[int]):
        self.v, self.lex, self.f, self.cue_starts = view, lexicon, finder, cue_starts

    def source(self, cue: Cue, sb: int) -> NamePhrase | None:
        """The phrase the marker names: a name, an anonymous source, a described one ("two
        senior officials"), or the marker's own last word ("Nach Polizeiangaben")."""
        v, lex = self.v, self.lex
        inner = range(cue.start + 1, cue.end - 1)
        owner = next((t for t in inner if v.lower[t] in lex.possessives), None)
        if owner is not None:
            return NamePhrase(owner, owner + 1, v.words[owner], "pronoun")  # "nach ihren Informationen"
        if any(v.lower[t] in lex.reflexive_possessives for t in inner):
            return self.f.subject(v.sentence_bounds(cue.start)[0], cue.start)  # "Die Gruppe war nach eigener Aussage"
        if v.lower[cue.end - 1].endswith(tuple(lex.according_compound_suffixes)) and not self._genitive_at(cue.end, sb):
            # "nach ersten Meldungen Schäden …", "Nach Unternehmensangaben sind …": the noun is the source
            return NamePhrase(cue.end - 1, cue.end, self._whose_report(v.words[cue.end - 1]), "described")
        ph = self.f.after(cue.end, sb + 1)
        if ph is not None:
            return self._with_genitive(ph, sb)
        ph = self._plain_source(cue, sb)
        if ph is not None and self.f.is_agency(ph.start, ph.end):
            # "According to Reuters, …": with no one else named, the agency is the source
            return NamePhrase(ph.start, ph.end, ph.text, "organization")
        return ph

    def possessive_before(self, cue: Cue, sa: int) -> NamePhrase | None:
        """"Seinen Worten zufolge": the possessive before the noun says whose words they are."""
        owner = cue.start - 2
        if owner < sa or self.v.lower[owner] not in self.lex.possessives:
            return None
        return NamePhrase(owner, owner + 1, self.v.words[owner], "pronoun")

    def _named_inside(self, i: int, j: int) -> NamePhrase | None:
        """"a statement from the Pentagon": the one named after a preposition in the described source."""
        v, lex = self.v, self.lex
        for t in range(i, j - 1):
            if v.lower[t] not in lex.prepositions:
                continue
            k = t + 1
            while k < j and (v.lower[k] in lex.determiners or v.is_space(k)):
                k += 1
            ph = self.f.m.phrase_at(k) if k < j else None
            if ph is not None and ph.end <= j and ph.kind in ("person", "organization"):
                return ph
        return None

    def _person_inside(self, i: int, j: int) -> NamePhrase | None:
        """The first person named in [i, j) who is no object of a preposition."""
        v, m, lex = self.v, self.f.m, self.lex
        for t in range(i, j):
            ph = m.phrase_at(t) if m.is_name_token(t, False) or t in m.titles else None
            if ph is None or ph.end > j or ph.kind != "person":
                continue
            k = t - 1
            while k >= i and v.lower[k] in lex.determiners:
                k -= 1
            if k < i or v.lower[k] not in lex.prepositions:
                return ph
        return None

    def _with_genitive(self, ph: NamePhrase, sb: int) -> NamePhrase:
        """"Laut einem Sprecher der Polizei": where nouns are capitalised, the genitive after
        the source belongs to it (and is not what was reported)."""
        v, lex = self.v, self.lex
        ph = self._named_on(ph, sb)
        if ph.end > sb or v.lower[ph.end] not in lex.genitive_articles:
            return ph
        j = ph.end + 1  # past the article; the genitive ends on its first noun run ("des Umweltbundesamtes")
        while j < sb and v.words[j].isalpha() and v.words[j].islower() and (
                v.lower[j].endswith(lex.adjective_endings)
                or (v.lower[j].endswith(lex.inflected_adjective_endings) and v.words[j + 1][:1].isupper())):
            j += 1  # "des Instituts der | deutschen | Wirtschaft"
        if j <= sb and v.is_quote_mark(j) and v.quote_of[j] >= 0:
            # "Laut einem Bericht des „Mannheimer Morgen“": the paper named in quotation marks
            k, close = j + 1, j + 1
            while close <= sb and v.quote_of[close] == v.quote_of[j] and not v.is_quote_mark(close):
                close += 1
            if close <= sb and v.is_quote_mark(close) and close - k <= MAX_QUOTED_NAME \
                    and all(v.words[t][:1].isupper() or v.is_space(t) for t in range(k, close)):
                return replace(ph, start=k, end=close, text=v.span_text(k, close - 1), kind="organization")
        end = j
        while end <= sb and v.words[end][:1].isupper() and end not in self.cue_starts and v.quote_of[end] < 0:
            end += 1
        if end > j and end <= sb and v.is_quote_mark(end) and v.quote_of[end] >= 0:
            close = end + 1  # "Laut einem Bericht der Tageszeitung „El País“": the paper's name in marks
            while close <= sb and v.quote_of[close] == v.quote_of[end] and not v.is_quote_mark(close):
                close += 1
            if close <= sb and v.is_quote_mark(close) and close - end - 1 <= MAX_QUOTED_NAME \
                    and all(v.words[t][:1].isupper() or v.is_space(t) for t in range(end + 1, close)):
                return replace(ph, start=end + 1, end=close, text=v.span_text(end + 1, close - 1),
                               kind="organization")
        if end > j and end + 2 <= sb and v.words[end] == "(" and v.words[end + 2] == ")" and v.words[end + 1].isupper():
            end += 3  # "des Instituts der deutschen Wirtschaft (IW)": its short form
        if end > j and end + 2 <= sb and v.lower[end] in lex.coordinators \
                and v.lower[end + 1] in lex.genitive_articles and v.words[end + 2][:1].isupper():
            more = replace(ph, end=end + 1)  # "der Staatsanwaltschaft | und der Polizei": a second genitive
            longer = self._with_genitive(more, sb)
            if longer.end > more.end:
                end = longer.end
        return replace(ph, end=end, text=v.span_text(ph.start, end - 1)) if end > j else ph

    def _named_on(self, ph: NamePhrase, sb: int) -> NamePhrase:
        """"des Deutschen Instituts | für Wirtschaftsforschung", "the California Department | of
        Forestry and Fire Protection": a joiner and a capitalised run go on with the institution's
        name (after any noun where nouns are capitalised; after an institution elsewhere)."""
        v, lex, k = self.v, self.lex, ph.end
        if not (lex.capitalised_nouns or ph.kind == "organization") or k + 1 > sb \
                or v.lower[k] not in lex.role_joiners or not self._capital_run_at(k + 1, sb):
            return ph
        end = self._capital_run_end(k + 1, sb)
        if not (lex.capitalised_nouns or lex.modifiers_follow_nouns) and end + 1 <= sb \
                and v.lower[end] in lex.coordinators and self._capital_run_at(end + 1, sb) \
                and v.words[end + 1] not in self.f.m.given_names:
            end = self._capital_run_end(end + 1, sb)  # "of Health | and Human Services": its fields
        return replace(ph, end=end, text=v.span_text(ph.start, end - 1), kind="organization")

    def _capital_run_at(self, i: int, sb: int) -> bool:
        return i <= sb and self.v.words[i][:1].isupper() and self.v.words[i].isalpha() and i not in self.cue_starts

    def _capital_run_end(self, i: int, sb: int) -> int:
        while self._capital_run_at(i, sb):
            i += 1
        return i

    def past_affiliation(self, i: int, sb: int) -> int:
        """"Nach Ansicht des Klimaforschers Stefan Rahmstorf | vom Potsdam-Institut für
        Klimafolgenforschung | werden …": where the source is from, before what was said."""
        v, lex = self.v, self.lex
        if i > sb or v.lower[i] not in lex.source_prepositions:
            return i
        j = i + 1
        while j <= sb and v.lower[j] in lex.determiners:
            j += 1
        end = j
        while end <= sb and end not in self.cue_starts and v.quote_of[end] < 0 and (
                v.words[end][:1].isupper() or (end > j and v.lower[end] in lex.role_joiners
                                               and end + 1 <= sb and v.words[end + 1][:1].isupper())):
            end += 1
        return end if end > j else i

    def past_demonstrative(self, i: int, sb: int) -> int:
        """"Menurut Wali Kota Surabaya | dua periode ini |, sistem …", "Menurut politikus PDI-P |
        tersebut |, …": where the demonstrative follows its noun, the words that close the source
        up to its comma are still the source's."""
        v, lex = self.v, self.lex
        if not lex.modifiers_follow_nouns:
            return i
        k = i
        while k <= sb and k - i < MAX_SOURCE_TAIL and v.lower[k] not in lex.demonstratives \
                and (v.words[k].islower() or v.words[k].isdigit()) and v.words[k].isalnum() \
                and k not in self.cue_starts:
            k += 1
        if k < sb and v.lower[k] in lex.demonstratives and v.words[k + 1] == ",":
            return k + 1
        return i

    def past_apposition(self, i: int, sb: int) -> int:
        """"According to the King's Fund, | a health thinktank, | the number …": a short phrase
        with an indefinite article, set off in commas after the source, says what it is."""
        v, lex = self.v, self.lex
        if i + 1 > sb or v.words[i] != "," or v.lower[i + 1] not in lex.apposition_articles:
            return i
        k = i + 2
        while k <= sb and k - i <= MAX_APPOSITION and v.words[k] not in STOPS and v.words[k] not in SENT_FINAL \
                and k not in self.cue_starts and v.quote_of[k] < 0:
            k += 1
        return k if k < sb and k - i <= MAX_APPOSITION and v.words[k] == "," else i

    def _genitive_at(self, i: int, sb: int) -> bool:
        """Does an article or "von" follow, naming whose the report is ("nach Angaben der Polizei")?"""
        v = self.v
        while i <= sb and v.is_space(i):
            i += 1
        return i <= sb and (v.lower[i] in self.lex.determiners or v.lower[i] in self.lex.source_prepositions)

    def _plain_source(self, cue: Cue, sb: int) -> NamePhrase | None:
        v, m = self.v, self.f.m
        i = cue.end
        while i <= sb and v.is_space(i):
            i += 1
        head = next((t for t in range(i, min(sb + 1, i + 3)) if t in m.anonymous), None)
        if head is not None and not any(v.words[t] in STOPS for t in range(i, head)):
            # "According to police, officers saw …": the comma ends the source
            return NamePhrase(i, m.anonymous[head], v.span_text(i, m.anonymous[head] - 1), "anonymous")
        j = self._described_end(i, sb)
        if j - i > MAX_SOURCE_TOKENS:
            # "according to a speech Mrs. Clinton delivered at New York University": the one who
            # gave it; "a study published Monday in the Proceedings of …": the whole of it
            return self._person_inside(i, j) or NamePhrase(i, j, v.span_text(i, j - 1), "described")
        if j > i:
            return self._named_inside(i, j) or NamePhrase(i, j, v.span_text(i, j - 1), "described")
        last = cue.end - 1
        if last > cue.start and v.words[last][:1].isupper():
            return NamePhrase(last, cue.end, self._whose_report(v.words[last]), "described")
        return None

    def _whose_report(self, word: str) -> str:
        """"Polizeiangaben" -> "Polizei", "Regierungsangaben" -> "Regierung": the compound
        without its noun of report and linking "s" (the mention stays the whole word); the word
        itself if it is nothing else ("Angaben", "Meldungen")."""
        lex, low = self.lex, word.lower()
        suffix = next((x for x in sorted(lex.according_compound_suffixes, key=len, reverse=True)
                       if low.endswith(x) and len(low) - len(x) >= MIN_STEM), None)
        if suffix is None:
            return word
        stem = word[: -len(suffix)].rstrip("-")
        if stem.lower().endswith(lex.according_compound_links):
            stem = stem[:-1]
        return stem if len(stem) >= MIN_STEM else word

    def _described_end(self, i: int, sb: int) -> int:
        """One past a plain noun phrase at i: where nouns are capitalised, its articles and
        capitalised words ("einem Bericht der Zeitung"); elsewhere the words up to a comma
        or the sentence end ("two senior officials")."""
        v, lex = self.v, self.lex
        j = i
        if lex.capitalised_nouns:
            return capitalised_noun_phrase_end(v, lex, i, sb + 1, self.cue_starts)
        while j <= sb and j - i <= MAX_CLOSING_SOURCE_TOKENS and v.words[j] not in STOPS \
                and v.words[j] not in SENT_FINAL and j not in self.cue_starts and v.quote_of[j] < 0:
            j += 1
        # "…, according to a study published Monday in the Proceedings of …": one that closes
        # the sentence may be long
        closes = j > sb or all(v.words[t] in SENT_FINAL or v.is_space(t) for t in range(j, sb + 1))
        ends = j > sb or v.words[j] in STOPS or v.words[j] in SENT_FINAL
        return j if ends and j - i <= (MAX_CLOSING_SOURCE_TOKENS if closes else MAX_SOURCE_TOKENS) else i

    def credits_a_verb(self, cue: Cue, sa: int) -> bool:
        """"“…,” Anna Berg said, according to Reuters": a speech verb before the marker
        reports the sentence; the marker only credits where it came from."""
        v = self.v
        return any(t in self.cue_starts and v.quote_of[t] < 0 and v.lower[t] in self.lex.cue_verbs
                   and v.lower[t] not in self.lex.tail_only for t in range(sa, cue.start))

    def opens_clause(self, cue: Cue, sa: int) -> bool:
        """Does the marker open what it reports: the sentence ("According to X, …"), or a clause
        after a relative pronoun or complementizer ("… yang menurut Trump akan …")?"""
        v, lex = self.v, self.lex
        k = cue.start - 1
        while k >= sa and v.is_space(k):
            k -= 1
        if k >= sa and (v.lower[k] in lex.relatives or v.lower[k] in lex.complementizers):
            return True
        return all(v.is_space(t) or v.lower[t] in lex.conjunctions or v.lower[t] in lex.adverbs
                   for t in range(sa, cue.start))


def capitalised_noun_phrase_end(v: ArticleView, lex: Lexicon, i: int, limit: int,
                                stops: set[int] | frozenset[int] = frozenset()) -> int:
    """One past a noun phrase at i where nouns are capitalised ("einem Bericht der Zeitung",
    "eines chinesischen Gerichtes"): articles, adjectives and nouns, ending on a noun; i if
    there is none. Tokens in `stops` (cues) end it."""
    j = i
    while j < limit and j - i < MAX_SOURCE_TOKENS and j not in stops and not v.is_quote_mark(j) and (
            v.lower[j] in lex.determiners or v.words[j][:1].isupper() or v.is_space(j)
            or (v.words[j].isalpha() and v.lower[j].endswith(lex.adjective_endings))):
        j += 1
    while j > i and (v.is_space(j - 1) or not v.words[j - 1][:1].isupper()):
        j -= 1
    return j
