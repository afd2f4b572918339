"""Find the speaker a cue attaches to, and resolve it to a canonical name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from quotedesk.attribution.after_cue import AfterCue
from quotedesk.attribution.antecedents import AntecedentSearch
from quotedesk.attribution.coref import Coreference, Person
from quotedesk.attribution.datelines import past_dateline
from quotedesk.attribution.demonstratives import NamedAgain, anonymous_named_before, indefinite_article
from quotedesk.attribution.lexicon import Lexicon
from quotedesk.attribution.mentions import Mentions, NamePhrase
from quotedesk.attribution.parentheses import skip_parenthesis
from quotedesk.attribution.sentence_subjects import MAX_CLAUSE_TOKENS, SentenceSubjects
from quotedesk.attribution.subject_owners import MAX_ANON_QUALIFIERS, MAX_NP_TOKENS, MAX_OWNED_WORDS, OwnersBefore
from quotedesk.attribution.view import ASIDE_DASHES, ArticleView

MAX_ANON_TOKENS = 12
PARTICIPLE_BREAKS = frozenset({",", "—", "–", "-", "--"})
LISTENER_VERBS = frozenset({"told", "tells", "tell", "telling"})


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    kind: str  # person | organization | anonymous | unknown
    start: int  # char offsets of the mention the cue attaches to
    end: int
    mention: str
    role: str | None
    how: str  # evidence: how the mention became the name
    tok: int  # first token of the mention


class SpeakerFinder(AfterCue, AntecedentSearch, NamedAgain, OwnersBefore, SentenceSubjects):
    def __init__(self, view: ArticleView, lexicon: Lexicon, mentions: Mentions, coref: Coreference,
                 is_agency: Callable[[int, int], bool]):
        self.v, self.lex, self.m, self.coref = view, lexicon, mentions, coref
        self.is_agency = is_agency
        self.sentence_speaker: dict[int, Person] = {}  # sentence start -> who speaks in it
        # who is the subject of the sentence [a, b)'s speech verb; set by whoever knows the cues
        self.speech_subject: Callable[[int, int], Person | None] | None = None

    # ---- resolution ----------------------------------------------------------------------
    def resolve(self, ph: NamePhrase, mention_start: int | None = None, mention_end: int | None = None) -> Speaker:
        v = self.v
        if ph.said_by is not None and mention_start is None:
            mention_start, mention_end = v.starts[ph.said_by], v.ends[ph.said_by]
        ms = v.starts[ph.start] if mention_start is None else mention_start
        me = v.ends[ph.end - 1] if mention_end is None else mention_end
        if ph.kind == "pronoun":
            p = self.meant_by(ph)
            if p is None:
                return Speaker(None, "unknown", ms, me, ph.text, None, f"'{ph.text}' with no one named before",
                               ph.start)
            last = "the source last named" if p.kind == "anonymous" else "the person last named"
            return Speaker(p.canonical, p.kind, ms, me, ph.text, p.role,
                           f"'{ph.text}' = '{p.canonical}', {last}", ph.start)
        if ph.kind in ("described", "anonymous") and self._definite(ph):
            source = anonymous_named_before(v, self.lex, self.m, ph, self.before)
            if source is not None:  # "the diplomat", "diplomat tersebut": the source named before
                return Speaker(source.text, "anonymous", ms, me, ph.text, None,
                               f"'{ph.text}' = '{source.text}', named before", ph.start)
        if ph.kind == "described":
            p = self._named_before(ph)
            if p is not None:
                if p.kind == "person":  # "Pria itu mengatakan …. Ia juga …": the one it names
                    self.sentence_speaker.setdefault(v.sentence_bounds(ph.start)[0], p)
                return Speaker(p.canonical, p.kind, ms, me, ph.text, p.role,
                               f"'{ph.text}' = '{p.canonical}', named before", ph.start)
            return Speaker(ph.text, self.m.described_kind(ph.start, ph.end), ms, me, ph.text, None,
                           f"described as '{ph.text}'", ph.start)
        if ph.kind == "anonymous":  # "ein Sprecher | des Ministeriums": the genitive says whose
            end = self.m.genitive_end(ph.end) if mention_end is None else ph.end
            text, me = v.span_text(ph.start, end - 1), v.ends[end - 1] if end > ph.end else me
            return Speaker(text, "anonymous", ms, me, text, None, "anonymous source", ph.start)
        if ph.kind == "role" and self._plural_role(ph):  # "…, warnen die Forscher": a group
            text = v.span_text(ph.start - 1, ph.end - 1)
            return Speaker(text, "anonymous", v.starts[ph.start - 1], me, text, None, "anonymous source", ph.start - 1)
        if ph.kind == "role":
            p = self.coref.by_role(ph.role or ph.text, ph.start, ph.end)
            if p is not None:
                return Speaker(p.canonical, p.kind, ms, me, ph.text, p.role,
                               f"'{ph.text}' = '{p.canonical}' (same role)", ph.start)
            source = self._role_source_before(ph)
            if source is not None:  # "A Downing Street spokesperson said … the spokesperson said"
                return Speaker(source.text, "anonymous", ms, me, ph.text, None,
                               f"'{ph.text}' = '{source.text}', named before", ph.start)
            p = self._epithet_of(ph)
            if p is not None:  # "sagte der SPD-Politiker": the one the sentence before was about
                return Speaker(p.canonical, p.kind, ms, me, ph.text, p.role,
                               f"'{ph.text}' = '{p.canonical}', named before", ph.start)
            det = indefinite_article(v, self.lex, ph)
            if det is not None and mention_start is None:
                # "Ein Polizeisprecher bestätigte", "seorang juru bicara": a role no one is named for
                end = self.m.genitive_end(ph.end)  # "Ein Polizeisprecher | der Stadt Köln"
                text = v.span_text(det, end - 1)
                return Speaker(text, "anonymous", v.starts[det], v.ends[end - 1], text, None, "anonymous source", det)
            owner = self._role_owner(ph) if mention_start is None else None
            if owner is not None:  # "Barclays' chief economist said": the role is the bank's
                text = v.span_text(owner.start, ph.end - 1)
                return Speaker(text, "anonymous", v.starts[owner.start], me, text, None, "anonymous source",
                               owner.start)
            return Speaker(ph.text, "person", ms, me, ph.text, ph.text, "named by role only", ph.start)
        if self._report_noun(ph):  # "Medienberichten zufolge", "nach Angaben": a report, no one's name
            return Speaker(ph.text, "unknown", ms, me, ph.text, None, f"a report: '{ph.text}'", ph.start)
        person = self.coref.register(ph, speaker=True)
        self.sentence_speaker[v.sentence_bounds(ph.start)[0]] = person
        how = f"'{ph.text}'" if person.canonical == ph.text else f"'{ph.text}' = '{person.canonical}'"
        role = person.role or (ph.role if ph.role and ph.role.casefold() not in self.lex.honorifics else None)
        return Speaker(person.canonical, person.kind, ms, me, ph.text, role, how, ph.start)

    def _report_noun(self, ph: NamePhrase) -> bool:
        lex, low = self.lex, ph.text.lower()
        return ph.kind == "person" and ph.end - ph.start == 1 and (
            low in lex.report_back_nouns or (bool(lex.according_compound_suffixes) and low.endswith(
                tuple(lex.according_compound_suffixes))))

    def _plural_role(self, ph: NamePhrase) -> bool:
        """"die Forscher", not "die Forscherin": the article and the noun's ending say many."""
        v, lex = self.v, self.lex
        return bool(lex.singular_endings) and ph.start > 0 and ph.end - ph.start == 1 \
            and v.lower[ph.start - 1] in lex.plural_articles and not v.lower[ph.start].endswith(lex.singular_endings)

    def opening_person(self, a: int, b: int) -> Speaker | None:
        """The person named by name as the subject opening the sentence [a, b), if any."""
        ph = self._opening_phrase(a, b)
        if ph is not None and ph.kind in ("anonymous", "role") and ph.end < b:
            ph = self.m.phrase_at(ph.end)  # "Anwohner | Peter Krause ist skeptisch."
        if ph is None or ph.kind != "person":
            return None
        p = self.coref.find(ph.text, ph.start)
        # a full name, not a noun the capitals make look like one ("des amtierenden Präsidenten")
        if p is None or p.kind != "person" or len(p.tokens) < 2:
            return None
        v = self.v
        return Speaker(p.canonical, p.kind, v.starts[ph.start], v.ends[ph.end - 1], ph.text, p.role,
                       f"'{ph.text}' opens the sentence before", ph.start)

    def clitic(self, cue) -> Speaker:
        """Who "ujarnya", "katanya" or "ujar dia" means; the mention is the pronoun ("dia") where
        it stands apart from the verb."""
        v, last = self.v, cue.end - 1
        if last == cue.start:
            return self.pronoun_at(cue.start, v.words[cue.start])
        ph = NamePhrase(cue.start, cue.start + 1, v.words[last], "pronoun")
        return self.resolve(ph, v.starts[last], v.ends[last])

    def pronoun_at(self, tok: int, text: str) -> Speaker:
        ph = NamePhrase(tok, tok + 1, text, "pronoun")
        return self.resolve(ph)

    # ---- search around a cue ---------------------------------------------------------------

    def before(self, j: int, floor: int) -> NamePhrase | None:
        v, lex = self.v, self.lex
        floor = self.past_dateline(floor, j + 1)  # "Washington (ANTARA) - …": the city speaks no words
        done, said, j = self.subject_named_again(j, floor)
        if done:
            return said  # "Pria itu mengatakan": one written about before
        while j >= floor and ((v.lower[j] in lex.adverbs and not self._capital_inside(j)) or v.is_space(j)
                              or (j > floor and self._ly_adverb(j))):
            j -= 1  # "Cruz and his aides | increasingly | signaled"
        j = skip_parenthesis(self.v, self.lex, self.m.cue_words, j, floor)
        if j < floor:
            return None
        shared = self._coordinated_subject(j, floor) if v.lower[j] in lex.coordinators else None
        if shared is not None:
            return shared
        if v.lower[j] in lex.time_words:
            # "wie das Ministerium am Montag mitteilte", "Biden pada Selasa malam mengatakan": the
            # subject stands before the time
            k = j - 1
            while k > floor and (v.lower[k] in lex.determiners or v.lower[k] in lex.time_words or v.is_space(k)):
                k -= 1
            if k > floor and v.lower[k] in lex.prepositions:
                return self.before(k - 1, floor)
        ph = self.m.phrase_ending_at(j)
        if ph is not None and v.lower[ph.end - 1] in lex.time_words:
            return None  # "vergangene Woche", "am Montag": a time speaks no words
        if ph is not None and ph.kind == "role" and ph.start in self.m.anonymous and ph.end == j + 1:
            ph = None  # "A senior administration official said": no one named, whoever holds it
        if ph is not None and ph.start >= floor:
            owner = self._affiliated_person(ph, floor) or self._genitive_owner(ph, floor) \
                or self._before_frame(ph, floor) or self._source_of(ph, floor) \
                or self._holder_of_second_role(ph, floor)
            if owner is not None:
                return owner
            return None if self.after_preposition(ph.start, floor) else ph
        # the subject may carry a relative clause: "Sumber yang mengetahui ... mengatakan"
        k = j
        while k > floor and j - k < MAX_CLAUSE_TOKENS and v.words[k - 1] not in (",", ";", ":", ".") \
                and v.words[k - 1] not in ASIDE_DASHES \
                and not v.is_quote_mark(k - 1) and not v.is_space(k - 1) and v.lower[k - 1] not in lex.conjunctions \
                and v.lower[k - 1] not in lex.quoting_verbs \
                and not (v.lower[k - 1] in lex.wh_words and k < j):  # "… with what | multiple lawmakers called"
            k -= 1
        opening = k
        while k < j and v.lower[k] in lex.determiners and k not in self.m.anonymous:
            k += 1
        head = next((t for t in range(k, min(j + 1, k + MAX_ANON_QUALIFIERS + 1)) if t in self.m.anonymous), None)
        if head is not None and head > k and (v.lower[k] in lex.adverbs or v.lower[k] in lex.conjunctions):
            head = None  # "Adapun 226 warga …": a sentence opener, not a word that says which ones
        if head is not None:
            # "Police officials said", "Senior administration officials said": the head may
            # follow the words that say which officials
            end = min(j + 1, head + MAX_ANON_TOKENS)
            quoted = k > 0 and v.lower[k - 1] in lex.quoting_verbs
            while quoted and end - 1 > head and v.lower[end - 1] in lex.relatives:
                end -= 1  # "mengutip seorang sumber yang | mengatakan": the one quoted, who said it
            k = opening if opening < k and v.lower[opening] in lex.determiners else k  # "a Western diplomat"
            return NamePhrase(k, end, v.span_text(k, end - 1), "anonymous")
        owned = self._owned_by_name(k, j)
        if owned is not None:
            return owned
        ph = self.m.phrase_at(k)
        if ph is not None and ph.kind != "anonymous" and ph.end <= j + 1:
            return ph
        start = k
        while start > floor and v.lower[start - 1] in lex.determiners and start > k - 2:
            start -= 1
        # words as written: "34-year-old" is one
        words = sum(1 for t in range(start, j + 1) if t == start or v.starts[t] != v.ends[t - 1])
        if (v.lower[start] in lex.determiners or v.lower[k] in lex.determiners) and words - 1 < MAX_NP_TOKENS:
            # a common noun phrase speaks: "the announcer said", "one questioner claimed"; up to its
            # auxiliary: "Der 58-Jährige | habe darin geschrieben"
            end = next((t for t in range(start + 2, j + 1) if v.lower[t] in lex.auxiliaries), j + 1)
            if v.words[end - 1] == ",":
                # "Warren E. Buffett, the billionaire investor, complained": the name before the
                # apposition; a phrase closed by a comma is no subject otherwise ("His nonprofit
                # group, called …", "the meeting deteriorated from there, said …")
                c = start - 1
                named = self.m.phrase_ending_at(skip_parenthesis(v, lex, self.m.cue_words, c - 1, floor)) \
                    if c > floor and v.words[c] == "," else None
                return named if named is not None and named.kind == "person" else None
            return NamePhrase(start, end, v.span_text(start, end - 1), "described")
        return None

    def _ly_adverb(self, j: int) -> bool:
        """A lower-case word of an adverb's shape after a lower-case word ("aides | increasingly"),
        not a name ("Sen. Kelly") nor a noun opening the subject ("Family said")."""
        v, lex = self.v, self.lex
        w = v.words[j]
        return bool(lex.adverb_suffixes) and w.isalpha() and w.islower() and len(w) > 5 \
            and w.endswith(lex.adverb_suffixes) and v.words[j - 1].isalpha() and v.words[j - 1].islower()

    def _owned_by_name(self, k: int, j: int) -> NamePhrase | None:
        """"Ukraine's foreign ministry said", "The White House's press office said": what a
        name owns, in lower case up to the verb, is the subject."""
        v, lex = self.v, self.lex
        low = v.lower[k]
        if v.words[k] in lex.not_names or low in lex.pronouns or low in lex.plural_pronouns \
                or low in lex.homograph_subjects or low in lex.determiners:
            return None  # "It's worth …", "He's been …": "is", not whose
        pe = max(self.m.name_end(k), k + 1 if v.words[k][:1].isupper() and v.words[k].isalpha() else k)
        if pe == k or pe >= j or j - pe > MAX_OWNED_WORDS or v.lower[pe] not in lex.possessive_markers:
            return None
        for t in range(pe + 1, j + 1):
            w, low = v.words[t], v.lower[t]
            if not (w.isalpha() and w.islower()) or low in lex.adverbs or low in lex.copulas \
                    or low in lex.cue_verbs or low in lex.conjunctions or low in lex.complementizers:
                return None  # "Clinton's gut reaction is to …": a clause, not a noun phrase
        return NamePhrase(k, j + 1, v.span_text(k, j), "described")

    def _coordinated_subject(self, j: int, floor: int) -> NamePhrase | None:
        """"The company denied the allegations and said …": the verb after "and" shares the
        subject that opened the sentence; the words before "and" are no speaker's name."""
        v = self.v
        if self.lex.capitalised_nouns:
            return None
        sa = max(floor, v.sentence_bounds(j)[0])
        first = self.subject(sa, j)
        if first is not None:  # an anonymous source may go on in a relative clause: left to the walk back
            return first if first.kind != "anonymous" else None
        k = sa
        while k < j and (v.lower[k] in self.lex.determiners or v.is_space(k)):
            k += 1
        # "The company denied …", "Police arrested …": the noun opening the sentence, as if it stood before the verb
        noun = k < j and v.words[k].isalpha() and (k > sa or k in self.m.anonymous)
        return self.before(k, sa) if noun else None

    def owner_of(self, s: int, e: int, floor: int) -> NamePhrase | None:
        """Who a speech noun belongs to: "Trump’s claim", "Merkels Aussage", "pernyataan Peskov"."""
        v = self.v
        k = s - 1
        while k >= floor and v.lower[k] in self.lex.adverbs:
            k -= 1
        if k >= floor and v.words[k] in ("'s", "’s", "'", "’"):
            ph = self.m.phrase_ending_at(k - 1)
            if ph is not None and ph.kind in ("person", "organization", "role"):
                return ph
        if k >= floor and v.lower[k] in self.lex.possessives:
            return NamePhrase(k, k + 1, v.words[k], "pronoun")
        if e < len(v) and not self.lex.capitalised_nouns:
            ph = self.m.phrase_at(e)
            if ph is not None and ph.kind in ("person", "organization", "role") and v.lower[e] not in \
                    self.lex.determiners:
                return ph
        return None

    def participle_after_comma(self, cue) -> bool:
        """", arguing that …": the participle hangs on the sentence's subject, not the nearest name."""
        v, suffixes = self.v, self.lex.participle_suffixes
        if not suffixes or cue.kind != "verb" or cue.start < 1 or not v.lower[cue.start].endswith(suffixes):
            return False
        k = cue.start - 1
        if v.lower[k] in self.lex.participle_openers and k > 0:
            k -= 1  # "…, while chanting, “Hands up, don't shoot.”"
        return v.words[k] in PARTICIPLE_BREAKS

    def past_dateline(self, sa: int, limit: int) -> int:
        return past_dateline(self.v, sa, limit)
