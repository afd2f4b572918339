"""Where reported content begins and ends: past the addressee ("told reporters"), up to a
clause of the writer's ("…, although …"), another attribution or a second verb, and never
across a direct quotation that has a cue of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotedesk.attribution.cues import Cue, cues_between
from quotedesk.attribution.quotes_in_reports import QuotesInReports
from quotedesk.attribution.source_credits import SourceCredits
from quotedesk.attribution.speakers import LISTENER_VERBS
from quotedesk.attribution.subject_appositions import MAX_APPOSITION_TOKENS
from quotedesk.attribution.view import SENT_FINAL

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.speakers import SpeakerFinder
    from quotedesk.attribution.view import ArticleView

MIN_CONTENT_WORDS = 4
MAX_PLAIN_SUBJECT = 4  # ", and | human rights groups | warned that"
MAX_SUBJECT_WORDS_BEFORE = 3  # "“…,” | the Indiana | governor said"
MAX_TAIL_AFTER_SPEAKER = 5
MAX_ADDRESSEE_TOKENS = 10  # "told MSNBC’s “Morning Joe” that …", "told Russia’s state-run TASS news agency that"
MAX_BRACKET_TOKENS = 8
MAX_LISTENER_TOKENS = 8  # "kepada | kantor berita resmi Rusia TASS | bahwa"
MAX_FRAME_TOKENS = 10  # "said in a statement released late Monday that"
MIN_CLAUSE_WORDS = 3  # "Canada should become | “…,”"
CONTENT_PUNCT = frozenset({",", ":", ";", "—", "–", "-"})


class ReportedContent(QuotesInReports, SourceCredits):
    """Mixed into IndirectFinder, which holds the view, the lexicon, the cues and the speaker finder."""

    v: ArticleView
    lex: Lexicon
    f: SpeakerFinder
    cues: list[Cue]
    cue_starts: list[int]

    def _content(self, i: int, sb: int) -> tuple[int, int] | None:
        """Tokens [i, j) of reported content from token i to the sentence end."""
        v, lex = self.v, self.lex
        if i < sb and v.lower[i] in lex.verb_particles and v.words[i + 1] in CONTENT_PUNCT:
            i += 1  # "kündigte der Konzern an, …": the verb's particle ends the clause
        while i <= sb and v.is_space(i):
            i += 1
        if i <= sb and v.words[i] == "(":
            # "Menurut Badan Tenaga Atom Internasional (IAEA), …": the speaker's short form
            close = next((t for t in range(i + 1, min(sb + 1, i + MAX_BRACKET_TOKENS)) if v.words[t] == ")"), None)
            i = close + 1 if close is not None else i
        first, punct = i, False
        while i <= sb and (v.words[i] in CONTENT_PUNCT or v.is_space(i) or (v.lower[i] in lex.adverbs and (
                not punct or (i + 1 <= sb and v.words[i + 1] in CONTENT_PUNCT)) and not self._place_frame(i, sb))):
            # "kündigte an, am Montag …": after the comma comes what was said, but for an
            # adverb set off on its own ("cautioned, however, that …")
            punct |= v.words[i] in CONTENT_PUNCT
            i += 1
        right_after_cue = not any(v.words[t] in CONTENT_PUNCT for t in range(first, i))
        if not right_after_cue and self._writers_clause_at(i, sb):
            return None  # "…, an aide said, although no deal was reached"
        if i <= sb and i > 0 and v.lower[i - 1] in LISTENER_VERBS:
            # "told Reuters that ...", "told reporters ...": the addressee is not the content
            k = next((t for t in range(i, min(sb + 1, i + MAX_ADDRESSEE_TOKENS))
                      if v.lower[t] in lex.complementizers or v.words[t] in (",", ":")), None)
            if k is not None:
                i = k + 1  # "told CBS, “…”": the comma closes the addressee too
            else:
                i = self._past_addressee(i, sb)  # "told reporters the plan was dead"
                if i > sb or v.lower[i] in lex.prepositions or v.words[i] in SENT_FINAL:
                    return None  # "told the Associated Press on Thursday.": nothing was reported
                k = i
                while k <= sb and (v.lower[k] in lex.determiners or v.lower[k] in lex.definite_articles
                                   or v.lower[k] in lex.time_words):
                    k += 1
                if any(v.lower[t] in lex.time_words for t in range(i, k)):
                    i = k  # "told African-Americans this weekend he would …": when, not what
        if i <= sb and v.lower[i] in lex.listeners and not self._after_commitment(i):
            # "kepada wartawan," / "told reporters" / "gegenüber der Zeitung": the listener
            j = i + 1
            while j <= sb and j - i < MAX_LISTENER_TOKENS and v.words[j] not in CONTENT_PUNCT \
                    and v.lower[j] not in lex.complementizers:
                j += 1
            if j > sb or not (v.words[j] in CONTENT_PUNCT or v.lower[j] in lex.complementizers):
                # "mengatakan kepada wartawan pemerintah akan …": no "bahwa" or comma closes the
                # listener, so it is one noun or one name
                j = self._past_addressee(i + 1, sb)
            # a bare article ("sagte der Zeitung, …") is a listener only if a comma closes it
            if v.lower[i] not in lex.determiners or (right_after_cue and j <= sb and v.words[j] in CONTENT_PUNCT):
                i = j
        if right_after_cue and lex.frame_ends_at_comma and i <= sb and v.quote_of[i] < 0 \
                and v.lower[first - 1] in lex.cue_verbs and v.words[i] not in CONTENT_PUNCT:
            # (not where the listener's own comma closed the frame: "sagte gegenüber der Voice of
            # America, | es sei schwierig, …")
            # "sagte am Montag im ZDF, er werde …": where and when it was said ends at the comma
            comma = self._frame_comma(i, sb)
            if comma is not None:
                i = comma + 1
        if right_after_cue and i <= sb and v.lower[i] in lex.prepositions and (
                v.lower[i] not in lex.cue_prepositions or (i + 1 <= sb and v.words[i + 1][:1].isupper())):
            # "said in a statement Monday that …", "wrote on Twitter that …", "mengatakan di Jakarta,
            # Senin, bahwa …": where and when it was said, up to the word that opens what was said
            # (not "by using … to prove that …": a frame names no action; but "wrote in a letter
            # to the board that …" names whom it was written to)
            k = next((t for t in range(i + 1, min(sb + 1, i + MAX_FRAME_TOKENS))
                      if v.lower[t] in lex.complementizers or v.quote_of[t] >= 0 or v.words[t] in SENT_FINAL
                      or (v.lower[t] in lex.listeners and not self._names_listener(t + 1, sb))
                      or (v.lower[t].endswith(lex.participle_suffixes) and v.lower[t - 1] not in lex.determiners)
                      or any(c.kind != "noun" for c in cues_between(self.cues, self.cue_starts, t, t + 1))), None)
            if k is not None and v.lower[k] in lex.complementizers and v.quote_of[k] < 0:
                i = k
            elif self._only_frame(i, sb):
                return None  # "…, the central bank said in a statement on Monday.": where, not what
            elif i + 3 <= sb and v.lower[i + 1] in lex.determiners and v.lower[i + 2] in lex.frame_nouns \
                    and v.words[i + 3].isalpha() and not (
                        v.lower[i + 3] in lex.prepositions or v.lower[i + 3] in lex.listeners
                        or v.lower[i + 3].endswith(lex.participle_suffixes + lex.past_suffixes)):
                i += 3  # "said in a statement | it had agreed …" (not "… | released Monday", "… | to the board")
        if right_after_cue and i <= sb and v.lower[i] in lex.cue_prepositions:
            i += 1  # "called for an inquiry": the verb's preposition
        lead = next((len(p) for p in lex.content_lead_ins if v.lower[i : i + len(p)] == list(p)), 0)
        if lead and i + lead <= sb and v.words[i + lead] in CONTENT_PUNCT:
            i += lead  # "zitierte Lawrow mit den Worten, …": the words that announce what was said
        while i <= sb and (v.words[i] in CONTENT_PUNCT or v.lower[i] in lex.complementizers or v.is_space(i)):
            i += 1
        if self._participle_clause(first, i, sb) or self._quotation_first(i, sb):
            return None  # "said on Sunday, brushing off criticism": what the speaker did, not said
        j = self._break_after(i, sb)
        while j >= i and (v.words[j] in SENT_FINAL or v.words[j] in CONTENT_PUNCT or v.is_space(j)):
            j -= 1
        return self._clean(i, j + 1)

    def _quotation_first(self, i: int, sb: int) -> bool:
        """"Sie sagte: „Das ist falsch“, und ging.": a quotation right after the verb that a comma
        closes is all that was said, and what follows is the writer's (not "said “budget reforms”
        and the collection of unpaid taxes would …", where it opens the reported clause)."""
        v = self.v
        if i > sb or not v.is_quote_mark(i) or v.quote_of[i] < 0:
            return False
        c = i + 1
        while c <= sb and not (v.is_quote_mark(c) and v.quote_of[c] == v.quote_of[i]):
            c += 1
        nxt = c + 1
        while nxt <= sb and v.is_space(nxt):
            nxt += 1
        return c < sb and (v.words[c - 1] == "," or (nxt <= sb and v.words[nxt] == ","))

    def _writers_clause_at(self, i: int, sb: int) -> bool:
        """Does a clause of the writer's open at token i, after the speaker's comma: "…, an aide
        said, | although …", "…, Qatar said, | as more hostages were freed" (not "as well")?"""
        v, lex = self.v, self.lex
        return i <= sb and (v.lower[i] in lex.content_breaks or (
            v.lower[i] in lex.tail_clause_openers and not (i + 1 <= sb and v.lower[i + 1] in lex.adverbs)))

    def _only_frame(self, i: int, sb: int) -> bool:
        """Is all from the preposition at i to the sentence end where and when it was said: "in
        a statement on Monday", "in an interview with CNN"?"""
        v, lex = self.v, self.lex
        if i + 2 > sb or v.lower[i + 1] not in lex.determiners or v.lower[i + 2] not in lex.frame_nouns:
            return False
        return all(v.lower[t] in lex.prepositions or v.lower[t] in lex.determiners or v.lower[t] in lex.time_words
                   or v.lower[t] in lex.listeners or v.words[t][:1].isupper() or not v.words[t].isalnum()
                   for t in range(i + 3, sb + 1))

    def _after_commitment(self, i: int) -> bool:
        """"vowed (on Tuesday) to fight the plan": after a verb of commitment, "to" opens what
        was promised; it names no listener."""
        v, lex = self.v, self.lex
        k = i - 1
        while k > 0 and (v.is_space(k) or v.lower[k] in lex.time_words or v.lower[k] in lex.adverbs
                         or v.lower[k] in lex.prepositions):
            k -= 1
        return k >= 0 and v.lower[k] in lex.infinitive_verbs

    def _participle_clause(self, first: int, i: int, sb: int) -> bool:
        """Does a participle after a comma open what follows the verb, with no "that" before it?"""
        v, lex = self.v, self.lex
        return bool(lex.participle_suffixes) and first < i <= sb and v.words[i - 1] == "," \
            and v.quote_of[i] < 0 and v.words[i].isalpha() and v.words[i].islower() \
            and v.lower[i].endswith(lex.participle_suffixes) and v.lower[i] not in lex.prepositions \
            and v.lower[i] not in lex.time_words \
            and not any(v.lower[t] in lex.complementizers for t in range(first, i))

    def _break_after(self, i: int, sb: int) -> int:
        """The last token of content that runs from i: the sentence end, or the comma before
        a clause of the writer's ("…, although …"), another attribution ("…, according to
        aides") or a speech participle ("…, adding that …"), which reports on its own."""
        v = self.v
        lex = self.lex
        for t in range(i + 1, sb):
            if v.quote_of[t] < 0 and v.lower[t] in lex.coordinators and self._verb_of_its_own(t + 1, sb):
                return t - 1  # "announced the arrest and said a curfew would …"
            if v.quote_of[t] < 0 and v.lower[t] in lex.subject_breaks and t + 1 <= sb and (
                    v.lower[t + 1] in lex.pronouns or v.lower[t + 1] in lex.plural_pronouns):
                return t - 1  # "…, but he refuses to discuss potential appointees"
            if v.is_quote_mark(t) and v.quote_of[t] >= 0 and v.words[t - 1] == "," \
                    and v.quote_of[t + 1] != v.quote_of[t] and v.lower[t + 1] in lex.apposition_articles \
                    and t + 2 <= sb and not v.is_quote_mark(t + 2) \
                    and sum(v.quote_of[x] < 0 and v.words[x].isalpha() for x in range(i, t)) >= MIN_CLAUSE_WORDS:
                # not a list ('“…,” a “serial …”'), and after a clause of its own, not "a “rant,”"
                return t  # '… become “the 51st state,” a suggestion officials have dismissed'
            if v.words[t] != "," or v.quote_of[t] >= 0:
                continue
            n = t + 1
            while n <= sb and v.is_space(n):
                n += 1
            if n > sb:
                break
            if v.lower[n] in lex.content_breaks or self._source_credit(n, sb):
                return t
            nxt = cues_between(self.cues, self.cue_starts, n, n + 1)
            if nxt and (nxt[0].kind == "according_before" or self.f.participle_after_comma(nxt[0])):
                return t
        return sb

    def _place_frame(self, i: int, sb: int) -> bool:
        """"on Twitter", not "on Monday": a preposition that says where, not when, it was said."""
        v, lex = self.v, self.lex
        return v.lower[i] in lex.prepositions and i + 1 <= sb and v.words[i + 1][:1].isupper() \
            and v.lower[i + 1] not in lex.time_words

    def _names_listener(self, t: int, sb: int) -> bool:
        """Does whom something was said to start at token t ("the board", "Congress")?"""
        v = self.v
        return t <= sb and (v.lower[t] in self.lex.determiners or v.words[t][:1].isupper())

    def _past_addressee(self, i: int, sb: int) -> int:
        """The token after the one told: a name ("the Associated Press") or one noun ("reporters")."""
        v, lex = self.v, self.lex
        while i <= sb and v.lower[i] in lex.determiners:
            i += 1
        if i <= sb and v.words[i][:1].isupper():
            while i <= sb and (v.words[i][:1].isupper() or (
                    v.words[i] == "-" and i + 1 <= sb and v.ends[i - 1] == v.starts[i] == v.ends[i] - 1
                    and v.ends[i] == v.starts[i + 1])):
                i += 1  # "told African-Americans": the hyphen joins the one told
        elif i <= sb and v.words[i].isalpha():
            i += 1
        return i

    def _clean(self, i: int, j: int, own: Cue | None = None) -> tuple[int, int] | None:
        """Tokens [i, j) as reported content, or None. `own` is the cue that reports it: a quote
        inside that only it closes ("Die „…“ hätten „…“, so Murtha.") stays in."""
        v = self.v
        if j <= i:
            return None
        if v.quote_of[i] >= 0:
            o = i
            while o > 0 and v.quote_of[o - 1] == v.quote_of[i]:
                o -= 1
            if o < i and self._quote_has_own_cue(o, own):
                return None  # '“…,” ujarnya, seperti dikutip dari Al Jazeera': the credit is the quote's
        # a direct quote with a cue of its own ends the reported speech before it
        for t in range(i, j):
            opens = v.is_quote_mark(t) and v.quote_of[t] >= 0 and (t == 0 or v.quote_of[t - 1] != v.quote_of[t])
            if opens and self._quote_has_own_cue(t, own):
                j = t
                while j > i and (v.words[j - 1] in SENT_FINAL or v.words[j - 1] in CONTENT_PUNCT or v.is_space(j - 1)):
                    j -= 1  # "… for the talks. “We are close,” she said": the full stop ends the report
                break
            second = self._second_verb_after(t, j) if opens else None
            if second is not None:
                j = second  # "called the behaviour “outrageous” and called for …": a second report
                break
        if j - 1 > i and v.is_quote_mark(j - 1) and v.quote_of[j - 1] >= 0 and v.quote_of[j - 2] != v.quote_of[j - 1]:
            j -= 1  # "… spending cuts. “The days …”": the mark opening the next quote is not reported
            while j > i and (v.words[j - 1] in SENT_FINAL or v.words[j - 1] in CONTENT_PUNCT or v.is_space(j - 1)):
                j -= 1
        if self._all_quoted(i, j):
            return None  # it is all one direct quote
        colon = next((t for t in range(i, j) if v.words[t] == ":" and v.quote_of[t] < 0), None)
        if colon is not None and self._all_quoted(colon + 1, j):
            return None  # "scolded him: “…”": the words before the colon only introduce the quote
        nwords = sum(1 for t in range(i, j) if any(ch.isalnum() for ch in v.words[t]))
        if nwords < MIN_CONTENT_WORDS:
            return None
        past = self._credit_phrase(i, j)
        if past is not None and (past >= j or self._names_source(past, j - 1)):
            return None  # "…, as reported by Reuters": a source credit, not what was said
        return i, j

    def _verb_of_its_own(self, i: int, sb: int) -> bool:
        """A speech verb at token i, or after a pronoun or a named subject there: "… and he noted
        that …", "… and Rep. Adam Schiff, the top Democrat on the committee, said …"."""
        v, lex = self.v, self.lex
        after_comma = v.comma_before(i - 1)
        if i < sb and (v.lower[i] in lex.pronouns or v.lower[i] in lex.plural_pronouns or v.lower[i] in lex.adverbs):
            i += 1
        elif i < sb and v.words[i][:1].isupper() and after_comma:
            i = self._past_named_subject(i, sb)  # ", and Rep. Adam Schiff, …, said"
        elif after_comma and not lex.capitalised_nouns:
            i = self._past_plain_subject(i, sb)  # ", and human rights groups warned that …"
        nxt = cues_between(self.cues, self.cue_starts, i, i + 1)
        if not nxt or nxt[0].kind != "verb" or nxt[0].tail_only or self.f.participle_after_comma(nxt[0]):
            return False
        # a verb of opinion reports on its own only where its clause opens ("… und gab an, …"),
        # or as a predicate of its own after a comma ("…, and criticized the party's …")
        return not nxt[0].weak or (after_comma and not lex.capitalised_nouns) or any(
            v.words[t] == "," or v.lower[t] in lex.complementizers for t in range(nxt[0].end, min(sb, nxt[0].end + 2)))

    def _past_plain_subject(self, i: int, sb: int) -> int:
        """Past a few plain words before a speech verb and "that": "human rights groups | warned
        that"; i where the words go on otherwise."""
        v, lex = self.v, self.lex
        k = i
        while k < sb and k - i < MAX_PLAIN_SUBJECT and v.words[k].isalpha() and v.words[k].islower() \
                and v.lower[k] not in lex.cue_verbs and v.lower[k] not in lex.prepositions:
            k += 1
        cue = cues_between(self.cues, self.cue_starts, k, k + 1) if k > i else []
        return k if cue and k + 1 <= sb and v.lower[cue[0].end] in lex.complementizers else i

    def _past_named_subject(self, i: int, sb: int) -> int:
        """Past a person, role or anonymous source named at i and an apposition set off in
        commas after it; i where none is named."""
        v, ph = self.v, self.f.m.phrase_at(i)
        if ph is None or ph.kind not in ("person", "role", "anonymous"):
            return i
        j = ph.end
        if j < sb and v.words[j] == ",":
            close = next((t for t in range(j + 1, min(sb, j + MAX_APPOSITION_TOKENS)) if v.words[t] == ","), None)
            j = close + 1 if close is not None else j
        while j < sb and v.is_space(j):
            j += 1
        return j

    def _object_of_preposition(self, i: int, floor: int) -> bool:
        v, k = self.v, i - 1
        while k >= floor and v.lower[k] in self.lex.determiners:
            k -= 1
        return k >= floor and v.lower[k] in self.lex.prepositions

    def _goes_on(self, i: int, sb: int) -> bool:
        """"„…“, stellte Celebi fest, seien „…“": after a comma, a verb of reported speech
        (German Konjunktiv) goes on with what the quotation said."""
        v = self.v
        while i <= sb and (v.is_space(i) or v.lower[i] in self.lex.verb_particles):
            i += 1
        if i > sb or v.words[i] != ",":
            return False
        i += 1
        while i <= sb and v.is_space(i):
            i += 1
        return i <= sb and v.lower[i] in self.lex.continuation

    def _after_quote(self, i: int, sa: int) -> bool:
        """Does a quotation that opens the sentence close right before token i, a comma at most
        between? Then the verb at i is the quotation's own."""
        v = self.v
        k = i - 1
        lex = self.lex
        while k >= sa and i - 1 - k < MAX_SUBJECT_WORDS_BEFORE and v.quote_of[k] < 0 and v.words[k].isalpha() \
                and v.lower[k] not in lex.conjunctions and v.lower[k] not in lex.coordinators \
                and v.lower[k] not in lex.adverbs and v.lower[k] not in lex.time_words \
                and not cues_between(self.cues, self.cue_starts, k, k + 1):
            k -= 1  # "“…,” the Indiana governor said": the article and qualifiers of the subject
        while k >= sa and (v.is_space(k) or v.words[k] == ","):
            k -= 1
        if k < sa or not v.is_quote_mark(k) or v.quote_of[k] < 0:
            return False
        o = k
        while o > sa and v.quote_of[o - 1] == v.quote_of[k]:
            o -= 1
        return all(v.is_space(t) or v.is_quote_mark(t) for t in range(sa, o))

    def _closes_sentence(self, i: int, sb: int) -> bool:
        """Only the sentence end, or a short phrase of place, listener or whose ("so ein Sprecher
        des Ministeriums"), from token i on."""
        v, lex = self.v, self.lex
        while i <= sb and (v.is_space(i) or (v.lower[i] in lex.adverbs and v.words[i].islower())):
            i += 1  # "…, so Lutz weiter.", "…, so der Minister zudem"
        if i > sb or v.words[i] in SENT_FINAL:
            return True
        return (v.lower[i] in lex.prepositions or v.lower[i] in lex.listeners or v.lower[i] in lex.determiners) \
            and self._few_words(i, sb)

    def _few_words(self, i: int, sb: int) -> bool:
        """Are tokens [i, sb] a short tail? Quote marks and brackets count for nothing: "der
        „Bild am Sonntag“" is three words."""
        v = self.v
        return sum(1 for t in range(i, sb + 1) if any(ch.isalnum() for ch in v.words[t])) <= MAX_TAIL_AFTER_SPEAKER

    def _trim(self, i: int, j: int) -> tuple[int, int]:
        """Content from the sentence start i to the token j before its cue, past a dateline
        ("BERLIN (dpa) - …") and the punctuation before the cue."""
        v = self.v
        i = self.f.past_dateline(i, j)
        while j >= i and (v.words[j] in CONTENT_PUNCT or v.is_space(j)):
            j -= 1
        return i, j + 1
