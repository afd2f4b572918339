"""The phrase that opens a sentence as its subject, past a heading's label, an introductory
phrase ("During a speech in Ohio, Trump said") or a German fronted phrase ("Bereits am
Sonntagabend zogen Demonstranten …").

Mixed into `SpeakerFinder`, whose view, lexicon and mentions it reads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from quotedesk.attribution.name_phrase import NamePhrase

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.mentions import Mentions
    from quotedesk.attribution.view import ArticleView

MAX_CLAUSE_TOKENS = 14
MAX_LONG_INTRO = 26  # an opening phrase this long ends only where a name follows its comma
PRONOUN_AFTER_PHRASE = 6  # "On September 27 they": the furthest a subject pronoun may follow
SPEAKING_KINDS = ("person", "organization", "pronoun", "role", "anonymous")
SENTENCE_STOPS = frozenset({".", "!", "?", ";", ":"})


class SentenceSubjects:
    v: ArticleView
    lex: Lexicon
    m: Mentions
    past_dateline: Callable[[int, int], int]
    _possessed: Callable[[int, int], NamePhrase | None]

    def _after_fronted_phrase(self, i: int, limit: int) -> int:
        """German puts the subject after the verb when a phrase opens the sentence: past
        "am Sonntagabend" and the verb ("zogen") to where the subject stands."""
        v = self.v
        while i < limit and (v.lower[i] in self.lex.determiners or v.words[i][:1].isupper()):
            i += 1
        if i < limit and v.words[i].isalpha() and v.words[i].islower() and v.lower[i] not in self.lex.cue_verbs:
            return i + 1
        return limit

    def _after_introductory_phrase(self, i: int, limit: int) -> int:
        """"During a speech in Ohio, Trump said": the subject follows the comma that closes a
        prepositional phrase opening the sentence; without such a comma, i."""
        v = self.v
        for k in range(i + 1, min(limit, i + MAX_CLAUSE_TOKENS + 1)):
            if v.words[k] == ",":
                k += 1
                if k + 1 < limit and v.words[k].isdigit() and v.words[k + 1] == ",":
                    k += 2  # "On July 6, 2015, Sanders …": the year is part of the date
                while k < limit and (v.is_space(k) or v.lower[k] in self.lex.adverbs):
                    k += 1
                return k
            if v.is_quote_mark(k) or v.quote_of[k] >= 0 or v.words[k] in SENTENCE_STOPS:
                break
        # "With Democratic leaders increasingly worried about a lack of passion for …, President
        # Obama is rolling out …": a longer phrase, where a name follows its comma
        for k in range(i + MAX_CLAUSE_TOKENS + 1, min(limit, i + MAX_LONG_INTRO + 1)):
            if v.is_quote_mark(k) or v.quote_of[k] >= 0 or v.words[k] in SENTENCE_STOPS:
                break
            if v.words[k] == "," and k + 1 < limit:
                ph = self.m.phrase_at(k + 1)
                if ph is not None and ph.kind in ("person", "role"):
                    return k + 1
                break
        # "On September 27 they published …": with no comma, a subject pronoun a few words on
        # closes the phrase (a pronoun right after the preposition is its object)
        lex = self.lex
        for k in range(i + 2, min(limit, i + PRONOUN_AFTER_PHRASE + 1)):
            if v.words[k] in SENTENCE_STOPS or v.words[k] == "," or v.quote_of[k] >= 0:
                break
            if (v.lower[k] in lex.pronouns or v.lower[k] in lex.plural_pronouns) \
                    and v.lower[k] not in lex.object_pronouns and v.lower[k - 1] not in lex.prepositions:
                return k
        return i

    def subject(self, sa: int, limit: int) -> NamePhrase | None:
        """The phrase that opens the sentence starting at token sa, if it can speak."""
        v, lex = self.v, self.lex
        i = self.past_dateline(sa, limit)
        if i + 2 < limit and v.words[i + 1] == ":":
            label = self.m.phrase_at(i)
            if label is None or label.kind not in SPEAKING_KINDS:
                i += 2  # "Europapolitik: Die SPD will …": a heading's label, not the subject
        if i < limit and v.lower[i] in lex.clause_openers and not lex.capitalised_nouns:
            named = self.m.phrase_at(i + 1) if i + 1 < limit else None
            if named is not None and named.kind in SPEAKING_KINDS and named.end < limit \
                    and v.words[named.end] == ",":
                i += 1  # "As Steven Rosenthal, a tax lawyer, noted, …": the opener's own subject speaks
            else:
                i = self._after_introductory_phrase(i, limit)  # "Saat dikonfirmasi , Aziz Yanuari , …"
        # "On September 27 they …", "After the debate, Trump …": a preposition opens a phrase
        # to skip whole, not a word to step over (German steps over it to the verb-second subject)
        while i < limit and (v.lower[i] in lex.conjunctions or v.lower[i] in lex.adverbs or v.is_space(i)) \
                and (lex.capitalised_nouns or v.lower[i] not in lex.prepositions):
            i += 1
        if any(v.lower[i : i + len(m.split())] == m.split() for m in lex.according_before):
            return None  # "Laut BBC News sagte der Minister": who reported it is not the subject
        if lex.capitalised_nouns and i > sa and v.lower[i - 1] in lex.prepositions:
            i = self._after_fronted_phrase(i, limit)  # "Bereits am Sonntagabend zogen Demonstranten …"
        elif i < limit and v.lower[i] in lex.prepositions:
            i = self._after_introductory_phrase(i, limit)
        if i < limit and v.quote_of[i] >= 0:
            return None  # "„Das ist eine Grenze …“, sagte …": no subject stands inside the quotation
        ph = self.m.phrase_at(i) if i < limit else None
        owner_end = ph.end if ph is not None else i + 1  # "Trump's campaign chairman, Paul Manafort, …"
        if owner_end + 1 < limit and v.lower[owner_end] in lex.possessive_markers and v.words[i][:1].isupper():
            # "Russia's Vladimir Putin", "Britain's finance minister Rachel Reeves …"
            owned = self.m.phrase_at(owner_end + 1) or self._possessed(owner_end + 1, limit)
            if owned is not None and owned.kind in ("person", "role") and owned.end <= limit:
                ph = owned
        if ph is None and i < limit and not lex.capitalised_nouns:
            # "Democratic nominee Hillary Clinton", "Former Secretary of State …": a word or two
            # that qualify the role opening the sentence
            k = next((t for t in (i + 1, i + 2) if t < limit and t in self.m.titles
                      and all(v.words[u].isalpha() for u in range(i, t))), None)
            ph = self.m.phrase_at(k) if k is not None else None
        if ph is None and lex.capitalised_nouns and i + 2 <= limit and v.words[i][:1].isupper() \
                and v.words[i + 1][:1].isupper() and v.lower[i].endswith(lex.adjective_endings) \
                and v.words[i] not in lex.not_names:
            # "Chinesische Politiker haben … angekündigt": an adjective and a noun, no article
            ph = NamePhrase(i, i + 2, v.span_text(i, i + 1), "role", v.span_text(i, i + 1), i)
        if ph is not None and ph.end <= limit and ph.kind in SPEAKING_KINDS:
            return ph
        return None
