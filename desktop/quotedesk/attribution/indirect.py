"""Reported speech without quotation marks: "Peskov menegaskan kembali terdapat …",
"X said that …", "Laut X …", "X zufolge …"."""

from __future__ import annotations

from dataclasses import dataclass, replace

from quotedesk.attribution.according import AccordingTo
from quotedesk.attribution.asides import AFTER_VERB_KINDS, Asides
from quotedesk.attribution.clause_subjects import ClauseSubjects
from quotedesk.attribution.cues import Cue, cues_between
from quotedesk.attribution.impersonal import impersonal_source
from quotedesk.attribution.lexicon import Lexicon
from quotedesk.attribution.mentions import NamePhrase
from quotedesk.attribution.relative_clauses import RelativeClauses
from quotedesk.attribution.report_back import ReportBack
from quotedesk.attribution.report_objects import report_object
from quotedesk.attribution.reported_content import (
    CONTENT_PUNCT,
    ReportedContent,
)
from quotedesk.attribution.speakers import Speaker, SpeakerFinder
from quotedesk.attribution.view import SENT_FINAL, ArticleView

MAX_TAIL_BEFORE_VERB = 5  # "…, a senior administration official said."
MAX_POSTMODIFIER_TOKENS = 8  # "Experts on North Korea and nuclear nonproliferation said …"
MAX_GROUP_TOKENS = 4  # "Some state officials", "Many of his supporters"


@dataclass(frozen=True)
class Reported:
    start: int  # char offsets of the content
    end: int
    speaker: Speaker | None
    cue: Cue
    confidence: float
    how: str = "indirect"  # or "continued": no cue of its own, it goes on from the speech before


class IndirectFinder(ReportedContent, Asides, RelativeClauses):
    def __init__(self, view: ArticleView, lexicon: Lexicon, cues: list[Cue], finder: SpeakerFinder):
        self.v, self.lex, self.cues, self.f = view, lexicon, cues, finder
        self.cue_starts = [c.start for c in cues]
        self.subjects = ClauseSubjects(view, lexicon, finder)
        # a noun of speech may stand inside the source: "According to a statement from the Pentagon"
        self.according = AccordingTo(view, lexicon, finder, {c.start for c in cues if c.kind != "noun"})
        self.back = ReportBack(view, lexicon, cues, finder)
        self.sentence_subject: dict[int, NamePhrase] = {}  # sentence start -> the first subject of a verb in it

    def find(self) -> list[Reported]:
        v = self.v
        out: list[Reported] = []
        first: dict[int, Reported] = {}  # sentence start -> what it reported first
        reported_until: dict[int, int] = {}  # sentence start -> char end of what it reported
        for cue in self._tail_cues_first():
            if cue.kind == "noun" or v.quote_of[cue.start] >= 0 or v.lower[cue.start] in self.lex.quote_only \
                    or self._closes_relative(cue):
                continue
            if cue.tail_only and not (cue.start > 0 and v.words[cue.start - 1] == ","):
                continue  # "…, so das Ministerium." closes what it reports; elsewhere "so" is a common word
            sa, sb = v.sentence_bounds(cue.start)
            if sa in reported_until and not (v.starts[cue.start] > reported_until[sa] and (
                    self._joins_report(cue) or self._subject_after(cue, sa, sb, reported_until[sa]))):
                continue  # only ", arguing that …", "and said …", "…, and Schiff said …" report again
            res = self._reported(cue, sa, sb)
            if res is None:
                continue
            if sa in first and self._joins_report(cue, elided=True):
                res = replace(res, speaker=first[sa].speaker)  # "…, namun mengatakan …": the same subject
            out.append(res)
            first.setdefault(sa, res)
            reported_until[sa] = max(reported_until.get(sa, 0), res.end)
        out.sort(key=lambda r: r.start)
        return out

    def _subject_after(self, cue: Cue, sa: int, sb: int, char: int) -> bool:
        """Does the verb have a subject of its own before it, after ", and" past character `char`?"""
        v, ph = self.v, self.subjects.subject_of(cue, sa, sb + 1)
        if ph is None or ph.kind not in ("person", "role", "anonymous") or ph.start >= cue.start:
            return False
        first = ph.start if ph.role_start is None else min(ph.start, ph.role_start)
        return any(v.starts[t] > char and v.lower[t] in self.lex.coordinators and v.comma_before(t)
                   for t in range(max(sa + 1, first - 3), first))

    def _tail_cues_first(self) -> list[Cue]:
        """"Protocol called for …, sources said.": the verb closing the sentence after a comma
        reports all before it, so it is tried before any verb inside what it reports."""
        v = self.v
        tails, rest = [], []
        for cue in self.cues:
            closes = cue.kind == "verb" and any(
                v.words[t] == "," for t in range(max(0, cue.start - MAX_TAIL_BEFORE_VERB), cue.start))
            if closes:
                sb = v.sentence_bounds(cue.start)[1]
                after = [t for t in range(cue.end, sb + 1) if not v.is_space(t) and v.words[t] not in SENT_FINAL]
                if after:  # "…, said Peskov.": only the speaker may follow the verb
                    ph = self.f.after(cue.end, sb + 1)
                    closes = ph is not None and ph.end > after[-1]
            (tails if closes else rest).append(cue)
        return tails + rest

    def _joins_report(self, cue: Cue, elided: bool = False) -> bool:
        """", adding that …", "and said …", "— and he noted …", ", though she acknowledged …": a
        verb joined to what was reported before it; with `elided`, only one without a subject."""
        v, lex = self.v, self.lex
        if self.f.participle_after_comma(cue):
            return True
        k = cue.start - 1
        if k < 0:
            return False
        pronoun = v.lower[k] in lex.pronouns or v.lower[k] in lex.plural_pronouns
        if k > 0 and (v.lower[k] in lex.adverbs or (pronoun and not elided)):
            k -= 1
        return v.lower[k] in lex.coordinators or v.lower[k] in lex.content_breaks

    def _subject(self, cue: Cue, sa: int) -> NamePhrase | None:
        f, v, lex = self.f, self.v, self.lex
        ph = None if f.participle_after_comma(cue) else f.before(cue.start - 1, sa)
        if ph is not None:
            return ph
        k = cue.start - 1
        while k >= sa and (v.lower[k] in lex.adverbs or v.is_space(k)):
            k -= 1
        if k >= sa and (v.words[k] == "," or v.lower[k] in lex.conjunctions or v.lower[k] in lex.means_markers):
            ph = f.subject(sa, cue.start)
            # an anonymous group opening the sentence speaks through a verb joined to its first
            # ("Sumber … mengatakan …, namun mengatakan …"), not through one after a comma
            if ph is not None and (ph.kind != "anonymous" or lex.capitalised_nouns or self._joins_report(cue)):
                return ph
        elif not lex.capitalised_nouns:
            # "Experts on North Korea and nuclear nonproliferation said …": the sentence opens
            # with the speaker and a phrase of a preposition that qualifies it
            ph = f.subject(sa, cue.start)
            if ph is not None and ph.end < cue.start and v.lower[ph.end] in lex.prepositions \
                    and cue.start - ph.end <= MAX_POSTMODIFIER_TOKENS and not any(
                        v.words[t] in CONTENT_PUNCT or v.quote_of[t] >= 0 or v.lower[t] in lex.relatives
                        or v.lower[t] in lex.complementizers for t in range(ph.end, cue.start)):
                return ph
        return None

    def _reported(self, cue: Cue, sa: int, sb: int) -> Reported | None:
        v, f = self.v, self.f
        aside = self._aside(cue, sa, sb) or self._quoted_as_saying(cue, sa, sb) or self._citing(cue, sa, sb)
        if aside is not None:
            return aside
        if cue.kind == "according_before":
            ph = self.according.source(cue, sb)
            after = max(ph.end, cue.end) if ph is not None else cue.end  # "nach ihren Informationen": inside it
            if after <= sb and v.is_quote_mark(after) and v.quote_of[after] >= 0 \
                    and v.quote_of[after - 1] == v.quote_of[after]:
                after += 1  # the mark closing the paper's name: "Laut einem Bericht des „Mannheimer Morgen“"
            after = self.according.past_affiliation(after, sb)
            after = self.according.past_apposition(self.according.past_demonstrative(after, sb), sb)
            if ph is None or self._verb_at(after, sb) or self.according.credits_a_verb(cue, sa):
                return None  # "Nach Angaben der Polizei sagte ein Sprecher, …": the verb's subject speaks
            carrier = f.is_agency(ph.start, ph.end) or cue.text.lower() in self.lex.according_carriers
            if carrier and self._subject_verb_after(after, sb):
                return None  # "Mengutip Reuters, Zelensky mengatakan …": the agency only carried it
            if self.according.opens_clause(cue, sa):
                span = self._content(after, sb)
            elif all(v.is_space(t) or v.words[t] in SENT_FINAL or v.words[t] in CONTENT_PUNCT
                     for t in range(after, sb + 1)):
                # "…, according to two officials.", "…, lapor Yonhap mengutip militer Korea Selatan."
                span = self._clean(*self._trim(sa, self._break_after(sa, cue.start - 1)), cue)
            else:
                span = self._content(f.past_dateline(sa, cue.start), sb)  # "… laut Medienberichten zu …": all of it
            conf = 0.6
        elif cue.kind == "according_after":
            ph = self.according.possessive_before(cue, sa) or f.before(cue.start - 1, sa)
            if ph is None:
                return None
            span = self._content(cue.end, sb)
            conf = 0.6
        elif cue.tail_only:
            # "…, so das Ministerium.": the speaker, perhaps where or to whom, closes the sentence
            ph = f.after(cue.end, sb + 1)
            if ph is None or not self._closes_sentence(ph.end, sb):
                return None
            span = self._clean(*self._trim(sa, cue.start - 1), cue)
            conf = 0.6
        elif cue.kind == "clitic":
            # "..., katanya." closes the sentence it reports; "Menurutnya, …", "Kata dia, …" open it
            opens = (self._according_clitic(cue) or cue.end - cue.start > 1) and self._next(cue.end, sb) == "," and all(
                v.is_space(t) or v.lower[t] in self.lex.conjunctions or v.lower[t] in self.lex.adverbs
                for t in range(self.f.past_dateline(sa, cue.start), cue.start))
            span = self._content(cue.end, sb) if opens else self._clean(*self._trim(sa, cue.start - 1), cue)
            if span is None:
                return None
            speaker = f.clitic(cue)
            return self._make(span, speaker, cue, 0.55)
        elif self.back.opens(cue, sa):
            return self._reported_back(cue, sa, sb)
        elif self._cites_for_verb_after(cue, sa, sb):
            return None
        else:
            span = None
            start = self._past_particle(cue, sb)
            if start is None:
                return None
            # the subject the direct quotes use: before the verb, in an opening apposition
            # ("Martin Lee, der Gründer …, sagte"), or after a German verb-second verb
            # ("Am Montag erklärte die Ministerin, …"), where only a person's name, a pronoun
            # or a role is taken: an object stands there as often
            ph = self.subjects.subject_of(cue, sa, sb + 1)
            impersonal, source = impersonal_source(v, self.lex, cue, sb + 1)
            opener = cue.start - 1 if cue.start > sa and f"{v.lower[cue.start - 1]} {v.lower[cue.start]}" \
                in self.lex.impersonal else cue.start  # "…, es hieß" / "…, hieß es"
            if impersonal and opener > sa and v.words[opener - 1] == "," and self._closes_sentence(
                    source.end if source is not None else start + 1, sb):
                # "Die Gespräche sollen … fortgesetzt werden, hieß es aus Regierungskreisen."
                span = self._clean(*self._trim(sa, opener - 1), cue)
                if span is None:
                    return None
                return self._make(span, f.resolve(source) if source is not None else None, cue, 0.5)
            if impersonal and start <= sb and f"{v.lower[cue.start]} {v.lower[start]}" in self.lex.impersonal:
                start += 1  # "In dem Schreiben heißt es, …": "es" is no part of what it says
            if impersonal and ph is None:
                # "es heißt nun, dass …": reported, by no one named
                k = next((t for t in range(start, sb + 1)
                          if v.words[t] == "," or v.lower[t] in self.lex.complementizers), None)
                span = self._content(k + 1 if k is not None and v.words[k] == "," else (k or start), sb)
                return self._make(span, None, cue, 0.5) if span is not None else None
            k = cue.start - 1
            time_fronted = k >= sa and v.lower[k] in self.lex.time_words  # "vergangene Woche kündigte der Konzern an"
            # after a comma the verb opens the tail and what follows it is its subject, an
            # institution too ("…, teilten die Vereinten Nationen mit."); elsewhere often its object
            tail_verb = k >= sa and v.words[k] == ","
            if ph is not None and ph.start > cue.start and cue.end < len(v) \
                    and v.lower[cue.end] in self.lex.coordinated_after:
                ph = None  # "…, forderte aber Nachbesserungen": the sentence's subject goes on
            if ph is not None and ph.start > cue.start and ph.kind not in AFTER_VERB_KINDS and not time_fronted \
                    and not tail_verb:
                ph = None
            ph = ph or self._subject(cue, sa)
            if ph is not None and ph.start < cue.start and v.lower[cue.start] in self.lex.inverted_verbs:
                ph = None  # "Polisi terus menyelidiki …": a bare "terus" reports only before its speaker
            if ph is None and self.f.participle_after_comma(cue):
                ph = self.sentence_subject.get(sa)  # "“…,” Rendell recalled, citing …": who goes on
            if ph is not None and ph.kind == "described" and v.words[ph.end - 1] == ",":
                ph = None  # "…after her collapse, said Peskov.": the comma closes what was said
            if ph is not None:
                self.sentence_subject.setdefault(sa, ph)
                # "“…,” Trump said this month on CNBC": after the tail of a quote comes when and
                # where, not what was said ("Fed Chair Jerome Powell": the role opens the phrase)
                first = ph.start if ph.role_start is None else min(ph.start, ph.role_start)
                tail = not self.f.participle_after_comma(cue) and self._after_quote(min(first, cue.start), sa) \
                    and not self._goes_on(max(start, ph.end), sb)
                if not tail and self.back.object_at(max(start, ph.end), sb):
                    # "Biden menyampaikan hal itu dalam pidato": what the sentence before said,
                    # or nothing where that sentence reported it itself
                    before = self.back.previous_sentence(sa)
                    if before is not None and self.back.reports_on_its_own(*before):
                        return None
                    # the object names what was said before; it is not what was said
                    return self._reported_back(cue, sa, sb, ph)
                handled = None if tail else report_object(v, self.lex, cue, min(ph.end, cue.start), sb)
                if handled is not None:  # "denied reports that …": the reports' words
                    return self._reports_said(handled, sa, sb, cue)
                # "…, teilte ein Sprecher der Polizei mit": whose the speaker is, is no part of what was said
                end = self.f.m.genitive_end(ph.end) if ph.start > cue.start else ph.end
                span = None if tail or self._participle_goes_on(max(start, ph.end), sb) \
                    else self._within_relative(ph, self._content(max(start, end), sb))
                k = self._tail_opening(min(first, cue.start), sa)  # "…, President Joe Biden said."
                if k - 1 > sa and k < cue.start and v.words[k - 2] == "," and self._plain_qualifier(k - 1):
                    k -= 1  # "…, regional Gov. Mykola Kalashnyk wrote.": which governor
                # only a subject beside its verb closes the sentence ("During a speech in Ohio,
                # Trump attacked …, saying “…”" reports nothing before the comma)
                beside = ph.start > cue.start or self._apposed_between(ph.end, cue.start) or all(
                    v.lower[t] in self.lex.adverbs or v.is_space(t) for t in range(ph.end, cue.start))
                if k > sa and v.lower[k - 1] in self.lex.auxiliaries and cue.end > sb - 1:
                    k, beside = k - 1, True  # "…, hatte der Minister am Montag erklärt."
                # not "When pressed, she replied, “…”": the quote after the verb is what was said (a
                # paper's name may close the tail: "…, erklärte ein Sprecher des ADAC gegenüber der „SZ“.")
                if ph.start > cue.start and (self._relative_closes(end, sb) or self._apposition_closes(end, sb)):
                    span = None  # what the relative clause or the apposition says is the speaker's
                # a quote glued on after the full stop is the next sentence's, not more of this one
                stop = next((t for t in range(max(start, end), sb + 1) if v.words[t] in SENT_FINAL), sb + 1)
                ends = not any(v.quote_of[t] >= 0 and not self._quoted_name_at(t) for t in range(max(start, end), stop))
                if ph.start > cue.start and k > sa and v.words[k - 1] == "," and self._closes_sentence(end, sb):
                    span = None  # "…, sagte Lindner der „Bild am Sonntag“.": to whom, not what
                    ends = True
                if span is None and beside and ends and k > sa and v.words[k - 1] == "," \
                        and not (ph.start < cue.start and self._says_more(cue, sb)):
                    span = self._clean(*self._trim(sa, k - 1), cue)  # "…, officials said.", "…, sagte er."
            else:
                after = f.after(cue.end, sb + 1) or f.demonstrative(cue.end, sb + 1)
                if after is not None and self._object_of_preposition(after.start, cue.end):
                    after = None  # "…, said on Twitter.": where, not who
                # "…, schreibt der AK Vorratsdatenspeicherung auf seiner Website.": a place or a
                # medium may close the sentence after the speaker
                closes = after is not None and (after.end >= sb - 1 or self._apposition_closes(after.end, sb)
                                                or self._relative_closes(after.end, sb)
                                                or self._writers_clause_closes(after.end, sb) or (
                    (v.lower[after.end] in self.lex.prepositions or v.lower[after.end] in self.lex.listeners)
                    and self._few_words(after.end, sb))
                    or self._when_closes(after.end, sb))
                if closes and cue.start > sa and v.words[cue.start - 1] == ",":
                    ph, span = after, self._clean(*self._trim(sa, cue.start - 1), cue)  # "…, said Peskov."
                elif after is not None and v.lower[cue.start] in self.lex.inverted_verbs \
                        and self.f.past_dateline(sa, cue.start) == cue.start and self._next(after.end, sb) == ",":
                    ph, span = after, self._content(after.end, sb)  # "Kata Peskov, Rusia siap …"
            if ph is None or span is None:
                return None
            # a verb of opinion or naming needs someone who can hold one; "BOSS THINKS …" in
            # capitals is a heading
            if cue.weak and (ph.kind not in ("person", "pronoun", "role", "organization", "described", "anonymous")
                             or cue.text.isupper() or (ph.kind == "anonymous" and not self._plain_group(ph))):
                return None
            conf = 0.6
        if span is None:
            return None
        speaker = f.resolve(ph)
        if cue.weak and ph.kind == "described" and speaker.name == ph.text \
                and (self.v.lower[ph.end - 1] not in self.lex.org_heads
                     or self.v.lower[cue.start] in self.lex.quoting_verbs):  # "The agency cited X as saying"
            # "der 39-Jährige gab an": only one named before holds an opinion, or an institution
            # described by what it is ("The newspaper reported that …")
            return None
        return self._make(span, speaker, cue, conf)

    def _plain_group(self, ph: NamePhrase) -> bool:
        """"Experten schätzen", "Some state officials fear": a short group with no clause of its
        own can hold a view; "warga yang biasa bergantung pada ojol …" is a sentence, not a source."""
        v = self.v
        return ph.end - ph.start <= MAX_GROUP_TOKENS and not any(
            v.lower[t] in self.lex.relatives or v.words[t] in (",", ";") or v.lower[t] in self.lex.cue_verbs
            for t in range(ph.start, ph.end))

    def _citing(self, cue: Cue, sa: int, sb: int) -> Reported | None:
        """"Apple is in talks …, Bloomberg News reported, citing people familiar with the
        matter.": the sources cited at the end said what the sentence opened with."""
        v, f = self.v, self.f
        if v.lower[cue.start] not in self.lex.quoting_verbs or cue.start <= sa + 1 or v.words[cue.start - 1] != ",":
            return None
        source = f.after(cue.end, sb + 1)
        if source is None or source.kind not in ("anonymous", "person", "organization") \
                or not self._closes_sentence(source.end, sb):
            return None
        end = self._break_after(sa, cue.start - 1)  # before ", Bloomberg News reported,"
        span = self._clean(*self._trim(sa, end), cue)
        return None if span is None else self._make(span, f.resolve(source), cue, 0.6)

    def _according_clitic(self, cue: Cue) -> bool:
        """"menurutnya": "according to" with the clitic for him or her."""
        suffix, word = self.lex.clitic_suffix, self.v.lower[cue.start]
        return bool(suffix) and cue.end == cue.start + 1 and word.endswith(suffix) \
            and word[: -len(suffix)] in self.lex.according_before

    def _reported_back(self, cue: Cue, sa: int, sb: int, ph: NamePhrase | None = None) -> Reported | None:
        """"Das teilte Feuerwehrsprecher Axel Stüken mit.", "Hal itu disampaikan Kepala Dinas …":
        the sentence before is what the one named after the verb (or its subject, `ph`) said."""
        v, f = self.v, self.f
        ph = ph or self.back.speaker(cue, sb)
        before = self.back.previous_sentence(sa) if ph is not None else None
        if before is None:
            return None
        psa, k = before
        if self.back.reports_on_its_own(psa, k):
            return None
        while k > psa and v.words[k] in SENT_FINAL:
            k -= 1
        span = self._clean(*self._trim(f.past_dateline(psa, k), k))  # "Hamburg - Ein Forscherteam hat …"
        return self._make(span, f.resolve(ph), cue, 0.55) if span is not None else None

    def _past_particle(self, cue: Cue, sb: int) -> int | None:
        """Where the verb's clause ends: after the particle a particle verb needs ("warf den USA
        vor, …"), None without it; right after the cue for any other verb."""
        v = self.v
        need = self.lex.particle_verbs.get(v.lower[cue.start])
        if need is None:
            return cue.end
        # the matcher kept the cue only with its particle before the clause ends
        return next((t + 1 for t in range(cue.end, sb + 1) if v.lower[t] in need), None)

    def _verb_at(self, i: int, sb: int) -> bool:
        v = self.v
        while i <= sb and (v.is_space(i) or v.words[i] == ","):
            i += 1
        return any(c.kind == "verb" for c in cues_between(self.cues, self.cue_starts, i, i + 1))

    def _reports_said(self, handled: tuple[int, int, int], sa: int, sb: int, cue: Cue) -> Reported | None:
        """What the reports the verb's subject handled said, with the reports, or whoever they
        name ("reports in the weekly Le Canard"), as its source."""
        v, f = self.v, self.f
        first, end, content = handled
        span = self._content(content, sb)
        if span is None:
            return None
        # where every noun is capitalised, the whole phrase names the source
        for t in range(first, end) if not self.lex.capitalised_nouns else ():
            ph = f.m.phrase_at(t) if v.words[t][:1].isupper() else None
            if ph is not None and ph.kind in ("person", "organization") and ph.end <= end:
                return self._make(span, f.resolve(ph), cue, 0.5)
        text = v.span_text(first, end - 1)
        return self._make(span, Speaker(text, "anonymous", v.starts[first], v.ends[end - 1], text, None,
                                        f"'{text}', what was handled", first), cue, 0.5)

    def _make(self, span: tuple[int, int], speaker: Speaker | None, cue: Cue, conf: float) -> Reported:
        i, j = span
        return Reported(self.v.starts[i], self.v.ends[j - 1], speaker, cue, conf)
