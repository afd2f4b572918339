"""Attribute each quotation: its cue, its speaker, and whether it is speech at all."""

from __future__ import annotations

from dataclasses import replace

from quotedesk.attribution.attributions import Attribution
from quotedesk.attribution.clause_subjects import ClauseSubjects
from quotedesk.attribution.cue_neighbours import CueNeighbours
from quotedesk.attribution.cues import Cue, cues_between
from quotedesk.attribution.impersonal import impersonal_source
from quotedesk.attribution.inheritance import inherit_speakers
from quotedesk.attribution.labels import dash_credit, turn_label
from quotedesk.attribution.lexicon import Lexicon
from quotedesk.attribution.neighbour_sentences import NeighbourSentences
from quotedesk.attribution.not_speech import SpeechTest
from quotedesk.attribution.quotes import QuoteSpan
from quotedesk.attribution.quoting import quoted_as_saying, quoted_object
from quotedesk.attribution.report_back import ReportBack
from quotedesk.attribution.speakers import LISTENER_VERBS, SpeakerFinder
from quotedesk.attribution.unknown_verbs import unknown_verb_tail
from quotedesk.attribution.view import SENT_FINAL, ArticleView
from quotedesk.attribution.windows import QuoteWindow, quote_window
from quotedesk.attribution.worded import worded_speaker

DASHES = frozenset({"—", "–", "-", "--"})
LEAD_PUNCT = frozenset({",", ":", ";"}) | DASHES
TAIL_PUNCT = frozenset({",", "(", ")"}) | DASHES
MAX_BEFORE_THAT = 4  # "told reporters on Monday | that"


class DirectAttributor(CueNeighbours, NeighbourSentences):
    def __init__(self, view: ArticleView, lexicon: Lexicon, cues: list[Cue], finder: SpeakerFinder):
        self.v, self.lex, self.finder = view, lexicon, finder
        self.cues = cues
        self.cue_starts = [c.start for c in cues]
        self.cue_starting = {c.start: c for c in cues}
        self.cue_ending = {c.end - 1: c for c in cues}
        self.subjects = ClauseSubjects(view, lexicon, finder)
        self.speech = SpeechTest(view, lexicon, self.cue_ending)
        self.back = ReportBack(view, lexicon, cues, finder)
        finder.speech_subject = lambda a, b: self.subjects.speaker_of_sentence(self.between(a, b), a, b)

    def between(self, a: int, b: int) -> list[Cue]:
        return cues_between(self.cues, self.cue_starts, a, b)

    # ------------------------------------------------------------------------------------
    def attribute_all(self, spans: list[QuoteSpan]) -> list[Attribution]:
        out: list[Attribution] = []
        for k, q in enumerate(spans):
            out.append(self.attribute(q, k))
        return inherit_speakers(out, self.between)

    def speech_only(self, atts: list[Attribution]) -> list[Attribution]:
        """Drop scare quotes, titles and names; run after every rule that may still find a speaker."""
        atts = [self._sentence_agent(a) if a.speaker is None and a.how == "none" and a.kind == "partial" else a
                for a in atts]
        return [a for a in atts if self.speech.is_speech(a.span, a.window, a.kind, a.speaker, a.how, a.cue)]

    def _sentence_agent(self, a: Attribution) -> Attribution:
        """A quoted fragment with no cue belongs to whoever the sentence is about doing it:
        "Trump openly admires Putin as a “strong leader”", "Die SPD will … („…“)"."""
        v, f = self.v, self.finder
        sa = v.sentence_bounds(a.window.open_tok)[0]
        ph = f.subject(sa, a.window.open_tok)
        # an institution may label too: "PolitiFact rated the claims as “false”"
        kinds = ("person", "pronoun", "organization") if self.speech.labelled(a.window.open_tok) else (
            "person", "pronoun")
        if ph is None or ph.kind not in kinds:
            return a
        return replace(a, speaker=f.resolve(ph), how="subject", confidence=0.35)

    def attribute(self, q: QuoteSpan, k: int) -> Attribution:
        w = quote_window(self.v, q, k)
        label = turn_label(self.v, self.finder, q, w)
        if label is not None:
            speaker, start = label
            return Attribution(replace(q, start=start), w, "direct", speaker, None, "label", 0.85)
        for rule in (self._cue_after, self._unknown_verb, self._lead_in, self._worded, self._cue_in_sentence,
                     self._colon_intro, self._reported_after, self._previous_sentence):
            res = rule(q, w)
            if res is not None:
                return self._named_next(res)
        return Attribution(q, w, self._kind(w, lead_in=False), None, None, "none", 0.4)

    # ---- the three places a cue can stand --------------------------------------------------
    def _cue_after(self, q: QuoteSpan, w: QuoteWindow) -> Attribution | None:
        v, f = self.v, self.finder
        a, b = w.after
        i = a
        while i < b and (v.words[i] in TAIL_PUNCT or v.is_space(i)):
            i += 1
        tail_word = i < b and v.lower[i] in self.lex.quote_tail_words
        if tail_word:
            # "“…,” demikian kata Peskov", "“…,” demikian pernyataan Kremlin": "thus" points back
            i += 1
            while i < b and v.is_space(i):
                i += 1
        cue = next((c for c in self.between(i, b) if c.kind != "noun" or (tail_word and c.start == i)), None)
        if cue is None:
            credit = dash_credit(self.v, self.finder, w)
            return None if credit is None else Attribution(q, w, "direct", credit, None, "dash", 0.8)
        gap = (i, cue.start)
        if (cue.tail_only or cue.kind == "according_before") and gap[0] != gap[1]:
            return None  # '“sabotaging” the ticket, according to a person …': the source follows the marker
        ph = None
        if cue.tail_only and cue.end < b and cue.end in self.cue_starting:
            cue = self.cue_starting[cue.end]  # "„…“, so charakterisierte ihn der Funktionär"
        elif gap[0] < gap[1] and v.lower[gap[0]] in self.lex.auxiliaries:
            # "„…“, hatte VW-Chef Winterkorn in einem Interview erklärt": the subject follows
            # the auxiliary, the participle closes the clause
            ph = f.after(gap[0] + 1, gap[1])
            if ph is None or ph.kind not in ("person", "role", "organization", "pronoun", "anonymous"):
                return None
            gap = (gap[1], gap[1])
        elif gap[0] < gap[1] and v.lower[gap[0]] in self.lex.as_markers:
            # "“…,” as a Homeland Security memo noted.": what stands between "as" and the verb spoke
            ph = f.before(gap[1] - 1, gap[0] + 1)
            if ph is None or ph.start != gap[0] + 1:
                ph = self._described_after(gap[0] + 1, gap[1])
            if ph is None:
                return None
            gap = (gap[1], gap[1])
        if gap[0] < gap[1]:
            if self._inside_report(w):
                # 'Trump wrote that Canada should become “the 51st state,” a suggestion Canadian
                # officials have dismissed': the quote is the report's, the verb after it another's
                return None
            # "“…,” Interfax quoted Peskov as saying": the one quoted, not the agency
            ph = quoted_as_saying(v, self.lex, f, gap[0] - 1, gap[1]) or self._apposed_name(gap[0], gap[1])
            if ph is None:
                ph = f.before(gap[1] - 1, gap[0])
                if ph is None or not self._only_role_words(gap[0], ph.start):
                    return None
        if cue.kind == "clitic":
            speaker = f.clitic(cue)
            conf = 0.8
        elif ph is not None:
            speaker = f.resolve(ph)
            conf = 0.8 if ph.kind == "pronoun" else 0.9
        else:
            ph = None
            impersonal, source = impersonal_source(v, self.lex, cue, b)
            if impersonal:  # "„…“, hieß es aus Regierungskreisen": no one is the subject; the source may be named
                speaker = f.resolve(source) if source is not None else None
                return Attribution(q, w, self._kind(w, lead_in=False), speaker, cue, "after",
                                   0.8 if speaker is not None else 0.5)
            if cue.kind == "verb" and self.lex.participle_suffixes \
                    and v.lower[cue.start].endswith(self.lex.participle_suffixes):
                return None  # '“rigged,” saying the Republican ticket …': a participle has no subject after it
            if cue.kind != "according_after":
                reports = v.lower[cue.start] in self.lex.agency_reported_after  # "“…,” reported Reuters"
                ph = quoted_object(v, self.lex, f, cue.start, cue.end, b) \
                    or f.after(cue.end, b, agency_speaks=reports) or self._name_after_role_words(cue.end, b) \
                    or self._described_after(cue.end, b) or f.demonstrative(cue.end, b)
            if ph is None:
                return None
            speaker = f.resolve(ph)
            conf = 0.8 if ph.kind == "pronoun" else 0.9
        if cue.weak and speaker is None:
            return None
        return Attribution(q, w, self._kind(w, lead_in=False), speaker, cue, "after", conf)

    def _unknown_verb(self, q: QuoteSpan, w: QuoteWindow) -> Attribution | None:
        speaker = unknown_verb_tail(self.v, self.finder, w)
        return None if speaker is None else Attribution(q, w, self._kind(w, lead_in=False), speaker, None,
                                                        "unknown_verb", 0.6)

    def _inside_report(self, w: QuoteWindow) -> bool:
        """Does a speech verb and "that" earlier in the sentence open the report the quote is in?"""
        v, a = self.v, w.before[0]
        # "told reporters that …", "said on Monday that …": a listener or a time may come first
        return any(c.kind == "verb" and c.end < w.open_tok and any(
            v.lower[t] in self.lex.complementizers for t in range(c.end, min(w.open_tok, c.end + MAX_BEFORE_THAT)))
                   for c in self.between(a, w.open_tok))

    def _after_colon(self, q: QuoteSpan, w: QuoteWindow) -> Attribution | None:
        """'Caddell continued:' closing the paragraph or sentence before the quote."""
        v, f = self.v, self.finder
        j = self._colon_before(w)
        if j is None:
            return None
        sa, _ = v.sentence_bounds(j)
        cue = self.cue_ending.get(j - 1)
        if cue is not None and cue.kind == "noun":
            ph = f.subject(sa, cue.start)  # "Sanders made the following comment:"
            if ph is not None and ph.kind in ("person", "organization", "role", "pronoun"):
                return Attribution(q, w, "direct", f.resolve(ph), cue, "lead-in", 0.75)
        if cue is not None and cue.kind in ("verb", "clitic"):
            ph = f.before(cue.start - 1, sa) if cue.kind == "verb" else None
            speaker = f.resolve(ph) if ph is not None else (
                f.clitic(cue) if cue.kind == "clitic" else None)
            if speaker is not None:
                return Attribution(q, w, "direct", speaker, cue, "lead-in", 0.8)
        ph = f.m.phrase_ending_at(j - 1)
        if ph is not None and ph.start >= sa:
            k = ph.start - 1
            cue = self.cue_ending.get(k)
            if cue is not None or ph.start == sa:
                return Attribution(q, w, "direct", f.resolve(ph), cue, "colon", 0.75)
        cues = [c for c in self.between(sa, j) if c.kind == "verb" and not c.tail_only]
        if cues:
            ph = f.before(cues[-1].start - 1, sa)
            if ph is not None:
                return Attribution(q, w, "direct", f.resolve(ph), cues[-1], "lead-in", 0.7)
        return None

    def _lead_in(self, q: QuoteSpan, w: QuoteWindow) -> Attribution | None:
        v, f, lex = self.v, self.finder, self.lex
        s, e = w.before
        if s == e:
            return self._after_colon(q, w)
        j = e - 1
        colon = dash = False
        while j >= s and (v.words[j] in LEAD_PUNCT or v.is_space(j)):
            colon |= v.words[j] == ":"
            dash |= v.words[j] in DASHES
            j -= 1
        if j < s:
            return None
        if v.lower[j] in lex.complementizers and j - 1 >= s and (j - 1) in self.cue_ending:
            return None  # "said that “…”": a partial quote, found by the sentence rule
        cue = self.cue_ending.get(j)
        if cue is not None and cue.kind in ("verb", "clitic") and not cue.tail_only:
            if cue.kind == "clitic":
                speaker = f.clitic(cue)
            else:
                ph = self.subjects.subject_of(cue, s, j)
                speaker = f.resolve(ph) if ph is not None else None
            if speaker is None and cue.weak:
                return None
            return Attribution(q, w, "direct", speaker, cue, "lead-in", 0.85 if speaker else 0.5)
        ph = f.m.phrase_ending_at(j)
        if ph is None or ph.start < s:
            return None
        k = ph.start - 1
        while k >= s and v.lower[k] in lex.adverbs:
            k -= 1
        cue = self.cue_ending.get(k) if k >= s else None
        if cue is not None and cue.kind in ("verb", "according_before") and not cue.tail_only:
            if cue.kind == "verb" and j == e - 1 and self._opens_lower(q):
                # "The clip says Kaine “has a passion …”": the name is the subject of the quoted
                # words, and the verb's own subject speaks
                subj = self.subjects.subject_of(cue, s, cue.start)
                if subj is None:
                    return None
                return Attribution(q, w, "partial", f.resolve(subj), cue, "sentence", 0.7)
            low = v.lower[cue.start]
            # "Trump wrote on Twitter: “…”": a name after a preposition is where, not who
            placed = ph.start > 0 and v.lower[ph.start - 1] in lex.prepositions
            if (ph.kind == "pronoun" and lex.capitalised_nouns) or low in LISTENER_VERBS or low in lex.naming_verbs \
                    or placed:
                # "Die CCE … nannte sie „reine Spekulation“": the pronoun is the object;
                # "Mook told CBS, “…”": who was told is not who spoke; "calls people “losers”":
                # who was named is not who named them
                object_only = low in LISTENER_VERBS or low in lex.naming_verbs or placed
                # "Bei einem Besuch in Zacatecas verkündete er: „…“": where a prepositional phrase
                # fills the one place before the verb, the pronoun after it is the subject
                if object_only or ph.kind != "pronoun" \
                        or not self.subjects.opens_with_preposition(v.sentence_bounds(cue.start)[0], cue.start):
                    ph = self.subjects.before_verb(cue, s) or (None if object_only else ph)
                if ph is None:
                    return None
            return Attribution(q, w, "direct", f.resolve(ph), cue, "lead-in", 0.85)
        if colon and k < s and ph.kind in ("person", "organization", "role", "anonymous"):
            return Attribution(q, w, "direct", f.resolve(ph), None, "colon", 0.75)
        if dash and ph.kind == "person" and self._dash_closes(w):
            # "the former candidate Mitt Romney -- ''It is disqualifying …'' -- and Fred Goldberg":
            # a quotation set off by dashes right after a name is that person's
            return Attribution(q, w, "direct", f.resolve(ph), None, "dashes", 0.6)
        return None

    def _worded(self, q: QuoteSpan, w: QuoteWindow) -> Attribution | None:
        ph = worded_speaker(self.v, self.lex, self.finder, w)
        return ph and Attribution(q, w, self._kind(w, lead_in=True), self.finder.resolve(ph), None, "worded", 0.7)

    def _dash_closes(self, w: QuoteWindow) -> bool:
        """Does a dash follow the quotation, closing what the dash before it opened?"""
        v = self.v
        a, b = w.after
        i = a
        while i < b and v.is_space(i):
            i += 1
        return i < len(v) and v.words[i] in DASHES

    def _opens_lower(self, q: QuoteSpan) -> bool:
        first = next((ch for ch in self.v.text[q.start : q.end] if ch.isalpha()), "")
        return first.islower()

    def _colon_intro(self, q: QuoteSpan, w: QuoteWindow) -> Attribution | None:
        """'… mit den Worten an: „…“': a colon right before the quote introduces speech."""
        v, f = self.v, self.finder
        s, e = w.before
        j = e - 1
        while j >= s and v.is_space(j):
            j -= 1
        if j < s or v.words[j] != ":":
            return None
        cues = [c for c in self.between(s, j) if not c.tail_only]
        ph = None
        for cue in reversed(cues):
            ph = self.subjects.subject_of(cue, s, j)
            if ph is not None:
                return Attribution(q, w, "direct", f.resolve(ph), cue, "lead-in", 0.7)
        ph = f.subject(s, j)
        speaker = f.resolve(ph) if ph is not None else None
        return Attribution(q, w, "direct", speaker, cues[-1] if cues else None, "colon", 0.6 if speaker else 0.45)

    def _cue_in_sentence(self, q: QuoteSpan, w: QuoteWindow) -> Attribution | None:
        v, f = self.v, self.finder
        s, e = w.before
        # a cue earlier in the sentence reaches across the other quotes in it
        ss = min(s, v.sentence_bounds(w.open_tok)[0])
        for t in range(s - 1, ss - 1, -1):
            if v.words[t] in SENT_FINAL and v.quote_of[t] < 0:
                ss = t + 1  # the sentencizer may hang an opening mark on the sentence before
                break
        inside = [c for c in self.between(ss, e) if c.end <= e and not c.tail_only
                  and v.quote_of[c.start] < 0]
        for cue in reversed(inside):
            if cue.kind == "clitic":
                speaker = f.clitic(cue)
                return Attribution(q, w, "partial", speaker, cue, "sentence", 0.65)
            if cue.kind == "noun":
                if self._judged(cue.end, w.open_tok):
                    continue  # "Trump’s statement was “true”": someone else's verdict on it
                namer = self._naming_verb_before(cue, inside)
                ph = self.subjects.subject_of(namer, ss, e) if namer is not None else None
                if ph is not None:  # "Moore called Mr. Obama's remarks “a true wake-up call”": Moore's
                    return Attribution(q, w, "partial", f.resolve(ph), namer, "sentence", 0.6)
                ph = f.owner_of(cue.start, cue.end, ss)
                if ph is not None:
                    return Attribution(q, w, "partial", f.resolve(ph), cue, "sentence", 0.6)
                continue
            if cue.kind == "according_before":
                ph = f.after(cue.end, e)
            elif v.lower[cue.start] in self.lex.inverted_verbs and cue.start > ss:
                # "Rusia tidak berniat …, kata Presiden Vladimir Putin, seraya menyebut … “…”":
                # a bare "kata" has its speaker after it, never the sentence's subject
                ph = f.after(cue.end, e)
            elif f.participle_after_comma(cue):
                ph = f.subject(ss, cue.start)  # "Clinton spoke out in Tulsa, Oklahoma, arguing that …"
            else:
                ph = self.subjects.subject_of(cue, ss, e)
            if ph is None and cue.kind == "verb":
                nxt = f.after(cue.end, e)
                if nxt is not None and (nxt.end >= e or v.words[nxt.end] in LEAD_PUNCT):
                    ph = nxt  # "said Peskov, ..." inverted
            if ph is not None:
                return Attribution(q, w, self._kind(w, lead_in=False), f.resolve(ph), cue, "sentence", 0.7)
        a, b = w.after
        later = [c for c in self.between(a, b) if not c.tail_only and c.kind == "verb"]
        for cue in later:
            ph = f.before(cue.start - 1, a) or f.subject(s, w.open_tok)
            if ph is not None:
                return Attribution(q, w, "partial", f.resolve(ph), cue, "sentence", 0.6)
        inside = [c for c in inside if c.kind != "noun"]
        if inside and not inside[-1].weak and self._colon_before(w) is None:
            return Attribution(q, w, "partial", None, inside[-1], "sentence", 0.45)
        return None  # "So heißt es in dem Schreiben wörtlich: „…“": the colon introduces it

    def _colon_before(self, w: QuoteWindow) -> int | None:
        """The colon, outside quotes, that stands right before the quote (across blank space
        and paragraph breaks: "Caddell continued:"), or None."""
        v = self.v
        j = w.open_tok - 1
        while j >= 0 and v.is_space(j):
            j -= 1
        return j if j >= 0 and v.words[j] == ":" and v.quote_of[j] < 0 else None

    def _judged(self, a: int, b: int) -> bool:
        """A copula between a noun of speech and the quote, with no "that" or colon: the quote
        says what the statement is ("Trump’s statement was “true”"), not what it says
        ("his claim that there have been “…”")."""
        v, lex = self.v, self.lex
        outside = [t for t in range(a, b) if v.quote_of[t] < 0]
        return any(v.lower[t] in lex.copulas for t in outside) and not any(
            v.lower[t] in lex.complementizers or v.words[t] == ":" for t in outside)

    def _naming_verb_before(self, noun: Cue, inside: list[Cue]) -> Cue | None:
        """A naming verb ("called", "nannte") earlier in the clause that takes the speech noun
        as its object: what is quoted is then the verb's subject's label, not the noun owner's."""
        v = self.v
        return next((c for c in inside if c.end <= noun.start and c.kind == "verb"
                     and v.lower[c.start] in self.lex.naming_verbs
                     and not any(v.words[t] in (",", ";", ":") for t in range(c.end, noun.start))), None)

    # ---- what a quote is -----------------------------------------------------------------
    def _kind(self, w: QuoteWindow, lead_in: bool) -> str:
        """Direct when the quote stands alone or after a lead-in ("Budi berkata:"), partial
        when it sits inside a sentence of the reporter's own words."""
        v = self.v
        s, e = w.before
        s = self.finder.past_dateline(s, e)  # "WASHINGTON (Reuters) - “…”" stands alone
        j = e - 1
        while j >= s and v.words[j] != ":" and not any(ch.isalnum() for ch in v.words[j]):
            j -= 1
        if lead_in or j < s or v.words[j] == ":" or j in self.cue_ending:
            return "direct"
        return "partial"
