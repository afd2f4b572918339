"""Where a cue verb's subject stands: before the verb, or, in a German verb-second
clause, after it ("Ähnlich äußerte sich der US-Präsident")."""

from __future__ import annotations

from dataclasses import replace

from quotedesk.attribution.coref import Person
from quotedesk.attribution.cue_neighbours import described_after
from quotedesk.attribution.cues import Cue
from quotedesk.attribution.datelines import past_dateline
from quotedesk.attribution.demonstratives import indefinite_article
from quotedesk.attribution.impersonal import impersonal_source
from quotedesk.attribution.lexicon import Lexicon
from quotedesk.attribution.mentions import NamePhrase
from quotedesk.attribution.quoting import quoted_speaker
from quotedesk.attribution.speakers import LISTENER_VERBS, PARTICIPLE_BREAKS, SpeakerFinder
from quotedesk.attribution.subject_appositions import MAX_APPOSITION_TOKENS, SubjectAppositions
from quotedesk.attribution.view import ASIDE_DASHES, SENT_FINAL, ArticleView

MAX_RELATIVE_TOKENS = 14
MAX_SOURCE_PLACE = 6  # "…, said one GOP source | in the room |."
MAX_RELATIVE_CLAUSE = 24  # "…, yang juga menjadi narasumber dalam diskusi itu ,"
CLAUSE_MARKS = frozenset({",", ";", ":", ".", "(", ")"})
SPEAKER_KINDS = ("person", "role", "organization", "pronoun", "anonymous")
SENTENCE_ENDS = frozenset({".", "!", "?"})


class ClauseSubjects(SubjectAppositions):
    def __init__(self, view: ArticleView, lexicon: Lexicon, finder: SpeakerFinder):
        self.v, self.lex, self.finder = view, lexicon, finder

    def subject_of(self, cue: Cue, floor: int, limit: int) -> NamePhrase | None:
        """Who the cue verb's subject is: before the verb, or after it in a German
        verb-second clause. After the verb stands the object as often as the subject
        ("kritisierte die Entscheidung"), so a common noun there loses to a name before."""
        f = self.finder
        impersonal, source = impersonal_source(self.v, self.lex, cue, limit, floor)
        if impersonal:
            return source  # "heißt es in dem Schreiben": "es" speaks for no one
        # "Interfax quoted Peskov as saying"; "…, die sich … befanden, teilten die Vereinten Nationen mit."
        fixed = quoted_speaker(self.v, self.lex, f, cue.start, cue.end, floor, limit) or self._closing_subject(
            cue, limit) or self._relative_subject(cue, floor) or self._before_relative_clause(cue, floor)
        if fixed is not None:
            return fixed
        k = cue.start - 1
        while k > floor and self.v.is_space(k):
            k -= 1
        if k > floor and self.v.lower[k] in self.lex.means_markers:
            # "Putin … melemahkan harapan …, dengan mengatakan bahwa …": who did it said it
            first = f.subject(floor, k)
            if first is not None and first.kind in SPEAKER_KINDS:
                return first
        if f.participle_after_comma(cue):
            # "Trump walked onto the stage, chanting „…“"
            return f.subject(floor, cue.start) or self._carried_subject(floor)
        if not self.lex.capitalised_nouns:
            # "Douglas Brinkley, a historian who attended the session, recalled,"
            return self._inverted_tail(cue, limit) or self._opening_apposition(cue, floor) \
                or self._name_in_commas(cue, floor) or self._name_before_apposition(cue, floor) \
                or f.before(cue.start - 1, floor)
        opening = self._opening_apposition(cue, floor)
        if opening is not None:
            return opening
        shared = self._shared_subject(cue, floor)
        if shared is not None:
            return shared
        if self._verb_second(cue, floor):
            after = f.after(cue.end, limit) or self._epithet_after(cue, limit)
            if after is not None and after.kind in ("person", "pronoun", "anonymous"):
                return after
            if after is not None and cue.start > floor and self.v.words[cue.start - 1] == ",":
                return after  # "Die Lage ist ernst, teilten die Vereinten Nationen mit.": the clause before is said
            # "Sascha Kempf vom Max-Planck-Institut erläutert die Arbeitshypothese so:": the
            # named person opening the sentence beats the noun after the verb
            first = f.subject(floor, cue.start)
            if first is not None and first.kind == "person" and first.end < cue.start \
                    and self.v.lower[first.end - 1] not in self.lex.time_words:
                return first
            if after is not None and after.kind == "role":
                return after
            before = f.before(cue.start - 1, floor)  # never a time: "vergangene Woche kündigte …"
            if before is not None or after is not None:
                return before or after
        around = self._around_auxiliary(cue, floor)
        if around is not None:
            return around
        # "Museumsdirektor Thomas Metz hat anlässlich der Eröffnung erklärt:": the participle
        # closes the clause its subject opened
        return f.before(cue.start - 1, floor) or f.subject(floor, cue.start)

    def _epithet_after(self, cue: Cue, limit: int) -> NamePhrase | None:
        """"…, sagte die 50-Jährige.": an article and a noun after the verb that name again
        someone written about, as a quotation's tail does."""
        ph = described_after(self.v, self.lex, self.finder, cue.end, min(limit, len(self.v)))
        return ph if ph is not None and self.finder.resolve(ph).kind == "person" else None

    def _carried_subject(self, ss: int) -> NamePhrase | None:
        """"Mr. Trump … -- ''That makes me smart'' -- and, …, asserting, ''…''": a sentence the
        splitter opened on a dash or an "and" goes on with the subject of the one before."""
        v = self.v
        i = ss
        while i < len(v) and v.is_space(i):
            i += 1
        if ss == 0 or i >= len(v) or not (v.words[i] in PARTICIPLE_BREAKS or v.lower[i] in self.lex.coordinators):
            return None
        return self.finder.subject(v.sentence_bounds(ss - 1)[0], ss)

    def _closing_subject(self, cue: Cue, limit: int) -> NamePhrase | None:
        """A German verb after a comma with its subject after it and at most its particle
        before the sentence ends: the subject of the tail, not whoever stands before the comma."""
        v = self.v
        if not self.lex.capitalised_nouns or cue.start < 1 or v.words[cue.start - 1] != ",":
            return None
        if self._closes_apposition(cue.start - 1, v.sentence_bounds(cue.start)[0]):
            return None  # "Die Verkehrsministerin …, Ina Brandes, lobte die Entwicklung.": she did
        ph = self.finder.after(cue.end, limit)
        if ph is None or ph.kind not in SPEAKER_KINDS:
            return None
        rest = [t for t in range(ph.end, min(limit, len(v))) if not v.is_space(t)]
        words = [t for t in rest if v.words[t][:1].isalnum()]
        ends = bool(rest) and v.words[rest[-1]] in SENTENCE_ENDS
        return ph if ends and len(words) <= 1 and all(v.words[t][:1].islower() for t in words) else None

    def _around_auxiliary(self, cue: Cue, floor: int) -> NamePhrase | None:
        """"ICANN-Chef Paul Twomey hat diesen Vorwurf bereits zurückgewiesen": with the
        auxiliary before the participle, the subject stands just before or just after the
        auxiliary; what stands before the participle is its object."""
        v, f = self.v, self.finder
        aux = next((t for t in range(cue.start - 1, floor - 1, -1)
                    if v.lower[t] in self.lex.auxiliaries and v.quote_of[t] < 0), None)
        if aux is None or any(v.words[t] in (",", ";", ":") for t in range(aux, cue.start)):
            return None
        # after a comma the auxiliary opens a clause of its own: "…, hatte der Minister erklärt"
        ph = f.before(aux - 1, floor) if aux > floor and v.words[aux - 1] != "," else None
        if ph is None or ph.kind not in SPEAKER_KINDS:
            ph = f.after(aux + 1, cue.start)
        return ph if ph is not None and ph.kind in SPEAKER_KINDS else None

    def _relative_subject(self, cue: Cue, floor: int) -> NamePhrase | None:
        """"Abdel Kader Dschassim, der vor dem Parlament betonte, …", "Mr. Kamin, who emphasized
        that …": the relative pronoun opening the verb's clause stands for the name before it."""
        v, lex = self.v, self.lex
        r = self.relative_opening(cue, floor)
        if r is None or (v.words[r - 1] != "," and v.words[r - 1] not in ASIDE_DASHES):  # "the study -- which notes"
            return None  # "…, von dem die Polizei glaubt": after a preposition it is no subject
        if r + 1 < cue.start and v.lower[r + 1] in lex.determiners:
            return None  # "…, den die New York Times zitiert": the pronoun is the object
        j = r - 2
        while j > floor and v.is_space(j):
            j -= 1
        ante = self.finder.m.phrase_ending_at(j)
        if ante is None or ante.kind not in ("person", "organization", "anonymous"):
            ante = self._named_before_apposition(j, floor) or ante  # "said Chris Kise, another member …, who"
        if ante is None or ante.start < floor or ante.kind not in ("person", "role", "organization", "anonymous"):
            return None
        return replace(ante, said_by=r)

    def _named_before_apposition(self, j: int, floor: int) -> NamePhrase | None:
        """The person named before an apposition that ends at token j: "Chris Kise, | another
        member of the legal team"."""
        v, m = self.v, self.finder.m
        c = next((t for t in range(j, max(floor, j - MAX_APPOSITION_TOKENS) - 1, -1) if v.words[t] == ","), None)
        i = c + 1 if c is not None else j
        while i < j and v.lower[i] in self.lex.adverbs:
            i += 1  # "McConnell, | now | the Senate majority leader, who"
        if c is None or c <= floor or not (v.lower[i] in self.lex.determiners or i in m.titles):
            return None
        ph = m.phrase_ending_at(c - 1)
        return ph if ph is not None and ph.kind == "person" and ph.start >= floor else None

    def _before_relative_clause(self, cue: Cue, floor: int) -> NamePhrase | None:
        """"Jane Smith, who also spoke at the forum, said", "Abhan , yang juga menjadi narasumber
        …, mengatakan": a relative clause in commas stands between the subject and its verb."""
        v, lex = self.v, self.lex
        k = self._comma_before(cue, floor)
        if k is None:
            return None
        for c in range(k - 2, max(floor, k - MAX_RELATIVE_CLAUSE) - 1, -1):
            if v.words[c] in (";", ":", ".") or v.quote_of[c] >= 0:
                return None
            if v.words[c] == "," and (v.lower[c + 1] in lex.relatives or (
                    lex.participle_suffixes and v.lower[c + 1].endswith(lex.participle_suffixes))):
                # "…, speaking on condition of anonymity, said": a participle clause stands there too
                ph, end = self.finder.m.phrase_ending_at(c - 1), c - 1
                if ph is not None and ph.start > floor and v.lower[ph.start - 1] in lex.prepositions:
                    # "Seorang analis keamanan di Singapura, yang …": the place is not the one
                    ph, end = None, ph.start - 2
                if ph is None or ph.kind == "role":
                    # a group without a name: "A diplomat, who asked not to be named, said"; "A senior
                    # administration official, …": the head noun is a role, the phrase an anonymous source
                    group = self.finder.before(end, floor)
                    if group is not None and group.kind == "role" and ph is None:
                        group = self._indefinite_role(group, c, floor)  # only "a security analyst …" is one
                    if group is not None and (group.kind == "anonymous" or (ph is None and group.kind == "described")):
                        ph = group
                if ph is None or ph.start < floor or ph.kind not in ("person", "role", "organization", "anonymous",
                                                                     "described"):
                    return None  # "The union, which represents 30,000 workers, said": described, it speaks
                return self._indefinite_role(ph, c, floor)
        return None

    def _indefinite_role(self, ph: NamePhrase, c: int, floor: int) -> NamePhrase:
        """"Seorang analis keamanan di Singapura, yang …", "A security analyst in Singapore, who …":
        a role with an indefinite article names no one; the words up to the clause are the source."""
        det = indefinite_article(self.v, self.lex, ph, floor)
        return ph if det is None else NamePhrase(det, c, self.v.span_text(det, c - 1), "anonymous")

    def _inverted_tail(self, cue: Cue, limit: int) -> NamePhrase | None:
        """"…, said Majed al-Ansari.", "…, said an aide, as …": the subject after the verb."""
        v, lex = self.v, self.lex
        if cue.start < 1 or v.words[cue.start - 1] != "," or v.lower[cue.start] in lex.naming_verbs \
                or v.lower[cue.start] in LISTENER_VERBS:
            return None  # not "The program, called EB-5, allows …", nor "…, told the crowd": whom
        after = self.finder.after(cue.end, limit)
        if after is None or after.kind not in ("person", "anonymous", "role", "organization") \
                or v.lower[after.start - 1] in lex.prepositions:  # "…, said on Twitter.": where, not who
            return None
        n = next((t for t in range(after.end, limit) if not v.is_space(t)), limit)
        if n < limit and after.kind == "anonymous" and v.lower[n] in lex.prepositions:
            # "…, said one GOP source in the room.": where the source was, then the end
            n = next((t for t in range(n, min(limit, n + MAX_SOURCE_PLACE)) if v.words[t] in SENT_FINAL
                      or v.words[t] == "," or not (v.words[t].isalpha() or v.words[t] == ".")), n)
        return after if n >= limit or v.words[n] in SENT_FINAL or v.words[n] == "," else None

    def relative_opening(self, cue: Cue, floor: int) -> int | None:
        """The relative pronoun that opens the cue verb's clause after a comma, maybe after a
        preposition ("…, der … betonte", "…, von dem die Polizei glaubt"), or None."""
        v, lex = self.v, self.lex
        k = cue.start - 1
        while k > floor and cue.start - k <= MAX_RELATIVE_TOKENS and v.words[k] not in CLAUSE_MARKS \
                and v.words[k] not in ASIDE_DASHES:
            k -= 1
        if k <= floor or (v.words[k] != "," and v.words[k] not in ASIDE_DASHES):
            return None
        r = k + 1
        if v.lower[r] in lex.prepositions:
            r += 1
        return r if r < cue.start and v.lower[r] in lex.relatives else None

    def speaker_of_sentence(self, cues: list[Cue], a: int, b: int) -> Person | None:
        """The person subject of the first speech verb outside quotes in the sentence [a, b):
        "Kepala Bidang Humas Polda Metro Jaya Kombes Yusri Yunus menegaskan, …", where the
        sentence opens with something other than the name."""
        v, coref = self.v, self.finder.coref
        for cue in cues:
            if cue.kind != "verb" or cue.tail_only or v.quote_of[cue.start] >= 0:
                continue  # "der die Gegend wie seine Westentasche kennt": "wie" reports only after a quote
            ph = self.subject_of(cue, a, b)
            if ph is None:
                continue  # "When asked about the bill, Jane Smith … said": a verb with no subject of its own
            if ph.kind == "role":
                det = indefinite_article(v, self.lex, ph, a)
                if det is not None:  # "Ein Polizeisprecher bestätigte …": no one holds it, someone said it
                    return coref.anonymous_source(NamePhrase(det, ph.end, v.span_text(det, ph.end - 1), "anonymous"))
                return coref.by_role(ph.role or ph.text, ph.start, ph.end)  # "Presiden juga mengingatkan": who holds it
            if ph.kind == "anonymous":  # "Warga lain seperti Rudianta (24), …, berharap": not nameless
                return None if coref.person_named_between(ph.end, cue.start) else coref.anonymous_source(ph)
            if ph.kind == "pronoun":  # "…, ia juga mengatakan, Presiden Joko Widodo memerintahkan …"
                return self.finder.meant_by(ph) if ph.start < b else None  # not the pronoun being resolved
            return (coref.find(ph.text, ph.start) or coref.register(ph, speaker=True)) if ph.kind == "person" else None
        return None

    def before_verb(self, cue: Cue, floor: int) -> NamePhrase | None:
        """The subject standing before the verb, or shared with the verb before a conjunction."""
        return self._shared_subject(cue, floor) or self.finder.before(cue.start - 1, floor)

    def _shared_subject(self, cue: Cue, floor: int) -> NamePhrase | None:
        """"Die CCE bestätigte es nicht und nannte sie …", "… so: „…“, und fügt hinzu:": a verb
        after a conjunction shares the subject that opened the sentence."""
        v, f = self.v, self.finder
        k = cue.start - 1
        while k >= floor and (v.is_space(k) or v.words[k] == "," or v.lower[k] in self.lex.cue_verbs):
            k -= 1  # "fügt hinzu": the separable verb's first part is a cue too
        if k < floor or v.lower[k] not in self.lex.conjunctions:
            return None
        sa = min(floor, v.sentence_bounds(k)[0])
        while sa > 0 and v.quote_of[sa - 1] >= 0:
            sa = v.sentence_bounds(sa - 1)[0]  # "„… Partikelarten.“, und fügt hinzu": across the quote
        first = f.subject(sa, k)
        return first if first is not None and first.kind in ("person", "organization", "role", "anonymous") else None

    def _comma_before(self, cue: Cue, floor: int) -> int | None:
        """The comma right before the verb, after `floor`, if one stands there."""
        v, k = self.v, cue.start - 1
        while k > floor and v.is_space(k):
            k -= 1
        return k if k > floor and v.words[k] == "," else None

    def _verb_second(self, cue: Cue, sa: int) -> bool:
        """German main clauses put the subject after the verb when something else opens
        them ("Ähnlich äußerte sich der US-Präsident"): is this cue such a verb?"""
        v = self.v
        k = cue.start - 1
        while k >= sa and v.is_space(k):
            k -= 1
        if k >= sa and v.words[k] == "," and self._closes_apposition(k, sa):
            return False  # "Der Vorsitzende des Verbands, Michael Knipper, kritisierte …"
        if k < sa or v.words[k] in (",", ";", ":") or v.is_quote_mark(k):
            return True
        if self.opens_with_preposition(sa, cue.start):
            return True  # "Bei einem Treffen der NATO-Außenminister sagte Rice": one phrase before the verb
        if v.lower[k] in self.lex.time_words:
            return True  # "Erst vergangene Woche kündigte der Konzern an": a time fills the place
        if any(v.lower[t] in self.lex.auxiliaries and v.quote_of[t] < 0 for t in range(sa, cue.start)) and not any(
                v.words[t] in CLAUSE_MARKS for t in range(sa, cue.start)):
            return False  # "Politiker haben dazu aufgerufen die Kontrollen …": the auxiliary stood second
        return not v.opens_sentence(cue.start) and self.finder.before(cue.start - 1, sa) is None

    def opens_with_preposition(self, sa: int, verb: int) -> bool:
        """Does a prepositional phrase ("Bei dem Treffen", "Laut BBC News") fill the one place
        before the verb, with no comma or quotation between them? It cannot open the subject."""
        v, lex = self.v, self.lex
        i = sa
        while i < verb and v.is_space(i):
            i += 1
        dated = past_dateline(v, i, verb)  # "Hamburg - Angesichts der Hitze warnen Mediziner …"
        according = any(v.lower[dated : dated + len(m.split())] == m.split() for m in lex.according_before)
        if dated >= verb or not (v.lower[dated] in lex.prepositions or according) \
                or not (dated > i or v.opens_sentence(dated)):
            return False
        return not any(v.words[t] in (",", ";", ":") or v.quote_of[t] >= 0 for t in range(dated, verb))

    def _closes_apposition(self, comma: int, sa: int) -> bool:
        """Is this comma the end of "Role, Name," or "Name, role," opening the sentence?"""
        v, m = self.v, self.finder.m
        ph = m.phrase_ending_at(comma - 1)
        if ph is None or ph.kind not in ("person", "role"):
            return False
        k = ph.start - 1
        while k >= sa and v.is_space(k):
            k -= 1
        if k < sa:
            return True  # "Michael Knipper, kritisierte": odd, but the name is the subject
        if v.words[k] != "," or v.is_quote_mark(k - 1 if k > sa else k):
            return False
        return not any(v.is_quote_mark(t) or v.words[t] in (";", ":") for t in range(sa, k))
