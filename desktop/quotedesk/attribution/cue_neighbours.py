"""The words between a cue and its quotation that name the speaker: an apposition ("Mr. King,
82, told me"), a few role words ("said 9/11 widow Terry Strada"), or a described speaker
("“…,” said the ruling.")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotedesk.attribution.according import capitalised_noun_phrase_end
from quotedesk.attribution.after_cue import role_holder
from quotedesk.attribution.mentions import NamePhrase
from quotedesk.attribution.view import SENT_FINAL

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.speakers import SpeakerFinder
    from quotedesk.attribution.view import ArticleView

_AGED = re.compile(r"\d+-[^\W\d_]+")  # "65-Jährige"
MAX_APPOSITION = 30
MAX_DESCRIPTION_WORDS = 3  # "kakak korban", "warga setempat"
MAX_DESCRIBED_WORDS = 4  # "a Homeland Security memo"


class CueNeighbours:
    """Mixed into DirectAttributor, which holds the view, the lexicon and the speaker finder."""

    v: ArticleView
    lex: Lexicon
    finder: SpeakerFinder

    def _apposed_name(self, a: int, b: int) -> NamePhrase | None:
        """'Mr. King, 82, told me' / 'Holtz-Eakin, an economist and tax expert, told me': a name,
        then a description between commas, then the cue."""
        v, f = self.v, self.finder
        if b - a > MAX_APPOSITION or v.words[b - 1] != ",":
            return None
        ph = f.m.phrase_at(a)
        if ph is None or ph.kind != "person":
            # "“…,” a spokesman for the State Department, John Kirby, told reporters": who holds it
            c = next((t for t in range(a + 1, b) if v.words[t] == ","), None)
            holder = role_holder(v, f.m, a, c, b) if c is not None else None
            if holder is not None and holder.end == b - 1 and not any(
                    v.words[t] in SENT_FINAL or v.is_quote_mark(t) or v.lower[t] in self.lex.cue_verbs
                    for t in range(a, c)):
                return holder
        if ph is None or ph.kind not in ("person", "role"):
            # "“…,” the union, which represents 30,000 workers, said": a described speaker
            c = next((t for t in range(a + 1, b) if v.words[t] == ","), None)
            ph = f.before(c - 1, a) if c is not None else None
            if ph is None or ph.start != a or ph.kind not in ("described", "anonymous", "organization"):
                return None
        if ph.end >= b or v.words[ph.end] != ",":
            return None
        if any(v.words[t] in SENT_FINAL or v.is_quote_mark(t) for t in range(ph.end, b)):
            return None
        return ph

    def _described_after(self, a: int, b: int) -> NamePhrase | None:
        return described_after(self.v, self.lex, self.finder, a, b)

    def _name_after_role_words(self, a: int, b: int) -> NamePhrase | None:
        """'said 9/11 widow Terry Strada', 'said Del. Stacey Plaskett': a few words that
        describe the speaker, then the name."""
        m = self.finder.m
        for t in range(a + 1, min(b, a + 5)):
            ph = m.phrase_at(t)
            if ph is not None and ph.kind == "person" and (
                    self._only_role_words(a, t) or self._described_in_commas(a, t)):
                return ph
        return None

    def _described_in_commas(self, a: int, t: int) -> bool:
        """'kata kakak korban, Rudi (35),': a few plain words saying who it is, a comma, the name."""
        v, lex = self.v, self.lex
        words = range(a, t - 1)
        return t - 1 > a and v.words[t - 1] == "," and len(words) <= MAX_DESCRIPTION_WORDS and all(
            v.words[k].isalpha() and v.words[k].islower() and v.lower[k] not in lex.pronouns
            and v.lower[k] not in lex.cue_verbs and v.lower[k] not in lex.conjunctions
            and v.lower[k] not in lex.prepositions and v.lower[k] not in lex.complementizers for k in words)

    def _only_role_words(self, a: int, b: int) -> bool:
        """Tokens [a, b) can stand before a name as its role ("White House press secretary")."""
        v, m = self.v, self.finder.m
        plain = [t for t in range(a, b) if not (
            v.words[t][:1].isupper() or t in m.title_tokens or v.lower[t] in self.lex.determiners
            or v.words[t] in ("'s", "’s", "-", ".") or (v.words[t] not in SENT_FINAL and v.words[t] != ","
                                                        and not any(ch.isalpha() for ch in v.words[t])))]
        # a couple of plain words may qualify a role: "panel Chairman", "9/11 widow"
        return b - a <= 10 and len(plain) <= 2 and not any(
            v.lower[t] in self.lex.cue_verbs or v.words[t] in SENT_FINAL or v.words[t] == ","
            or v.lower[t] in self.lex.conjunctions  # "“…,” when Clinton blasted him"
            or v.lower[t] in self.lex.complementizers for t in plain)  # "“…” suggests that Phoenix …"


def described_after(v: ArticleView, lex: Lexicon, finder: SpeakerFinder, a: int, b: int) -> NamePhrase | None:
    """'“…,” said the ruling.', '“…,” as a Homeland Security memo noted.', '…, sagte die
    50-Jährige.': an article and a few words ending on a common noun describe who or what spoke."""
    i = a
    while i < b and v.is_space(i):
        i += 1
    part = next((len(p.split()) for p in lex.partitives if v.lower[i:i + len(p.split())] == p.split()), 0)
    if i >= b or (v.lower[i] not in lex.determiners and not part):
        return None
    if part:  # "kata salah seorang korban, Andi (34), …": one of a group, maybe named next
        j = i + part
        while j < b and j - i <= MAX_DESCRIBED_WORDS and v.words[j].isalpha() and v.words[j].islower():
            j += 1
        if j == i + part:
            return None
        named = finder.m.phrase_at(j + 1) if j + 1 < b and v.words[j] == "," else None
        if named is not None and named.kind == "person" and named.end < len(v) and v.words[named.end] in ",(":
            return named
        return NamePhrase(i, j, v.span_text(i, j - 1), "described")
    if lex.capitalised_nouns:
        # "sagte der 65-Jährige vor Gericht", "sagte die junge Frau": an article, adjectives, a noun
        j = i + 2 if i + 1 < b and _AGED.match(v.words[i + 1]) else capitalised_noun_phrase_end(v, lex, i, b)
        k = j
        while k < b and v.is_space(k):
            k += 1
        # then the sentence ends, or where or to whom it was said: "sagte die 50-Jährige dem ORF"
        ends = k >= b or v.words[k] in SENT_FINAL or v.words[k] == "," or v.lower[k] in lex.prepositions \
            or (i + 1 < b and _AGED.match(v.words[i + 1]) is not None and v.lower[k] in lex.listener_articles)
        return NamePhrase(i, j, v.span_text(i, j - 1), "described") if j > i + 1 and ends else None
    j = i + 1
    while j < b and j - i <= MAX_DESCRIBED_WORDS and v.words[j].isalpha():
        j += 1
    if j == i + 1 or j - i > MAX_DESCRIBED_WORDS or not v.words[j - 1].islower() \
            or (j < b and v.words[j] not in (",", ";")):
        return None  # it ends on a common noun: "the ruling", "a Homeland Security memo"
    return NamePhrase(i, j, v.span_text(i, j - 1), "described")
