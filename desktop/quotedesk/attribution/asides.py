"""Speakers set off inside the sentence they report: "Pihak bandara, lanjut Suharno, terus …",
"The bill, he said, would …", "Interfax quoted a source as saying …", and what may close a
sentence after its speaker: an apposition ("…, said Brian Baker, a longtime adviser …"), when,
or nothing of the verb's own ("…, officials said").

Mixed into `IndirectFinder`, whose view, lexicon, cues, finder and content rules it uses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from quotedesk.attribution.cues import Cue, cues_between
from quotedesk.attribution.quoting import quoted_as_saying
from quotedesk.attribution.speakers import LISTENER_VERBS
from quotedesk.attribution.view import SENT_FINAL

if TYPE_CHECKING:
    from quotedesk.attribution.indirect import Reported
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.speakers import Speaker, SpeakerFinder
    from quotedesk.attribution.view import ArticleView

AFTER_VERB_KINDS = ("person", "pronoun", "role", "anonymous")
MAX_WHEN_TOKENS = 10  # "pada Rabu pagi (27/3/2024)"
MAX_ROLE_OWNER = 3  # "…, | White House | press secretary Jane Smith said."
MAX_APPOSITION_TOKENS = 14  # "…, Jane Smith, | a senior economist at the Bank of England |, said."


class Asides:
    v: ArticleView
    lex: Lexicon
    f: SpeakerFinder
    cues: list[Cue]
    cue_starts: list[int]
    _clean: Callable[..., tuple[int, int] | None]
    _trim: Callable[[int, int], tuple[int, int]]
    _content: Callable[[int, int], tuple[int, int] | None]
    _make: Callable[[tuple[int, int], Speaker | None, Cue, float], Reported]
    _writers_clause_at: Callable[[int, int], bool]

    def _aside(self, cue: Cue, sa: int, sb: int) -> Reported | None:
        """"Pihak bandara, lanjut Suharno, terus memantau …", "The bill, he said, would fail",
        "Die Regierung, so der Minister, werde …": the speaker and the verb set off in commas
        inside the sentence, which all of it reports."""
        v, f, lex = self.v, self.f, self.lex
        if cue.kind not in ("verb", "clitic") or cue.weak or v.lower[cue.start] in lex.naming_verbs or any(
                v.quote_of[t] >= 0 for t in range(sa, sb + 1)):
            return None
        b0, b1, ph = cue.start, cue.end, None
        if cue.kind == "verb":
            after = f.after(cue.end, sb + 1)
            if after is not None and after.kind in AFTER_VERB_KINDS and self._next(after.end, sb) == ",":
                b1, ph = after.end, after
            elif self._next(cue.end, sb) == ",":
                ph = f.before(cue.start - 1, sa)
                if ph is None or ph.kind not in AFTER_VERB_KINDS or self._next(ph.end, sb) == ",":
                    return None  # "Der Sprecher …, Martin Schäfer, erklärte, …": an apposition, not an aside
                b0 = ph.start
            else:
                return None
        elif self._next(cue.end, sb) != ",":
            return None
        c0 = b0 - 1
        while c0 > sa and v.is_space(c0):
            c0 -= 1
        if c0 <= sa or v.words[c0] != "," or cues_between(self.cues, self.cue_starts, sa, c0):
            return None
        k = c0 - 1
        while k > sa and v.is_space(k):
            k -= 1
        if v.lower[k] in lex.relatives or v.lower[k] in lex.complementizers:
            return None  # "…, which, Tompkins said, is usually full": only the clause after reports
        c1 = next(t for t in range(b1, sb + 1) if not v.is_space(t))
        n = next((t for t in range(c1 + 1, sb + 1) if not v.is_space(t)), sb)
        if not any(v.words[t].isalnum() for t in range(n, sb + 1)) or self._subject_verb_after(n, sb):
            return None  # "…, said Peskov, …." closes the sentence: the ordinary tail
        if v.lower[n] in lex.relatives or self._apposition_closes(b1, sb):
            return None  # "…, said Brian Baker, a longtime adviser …": the speaker's apposition
        if self._writers_clause_at(n, sb):
            return None  # "…, Qatar said, as more hostages were freed": the writer's clause after the tail
        if self._cites_for_verb_after(cue, sa, sb):
            return None  # "The Journal, citing people familiar with the matter, reported that …": that verb reports
        j = sb
        while j > c1 and (v.words[j] in SENT_FINAL or v.is_space(j)):
            j -= 1
        # "Namun, Erick mengatakan, peningkatan …": a conjunction before the aside is the writer's
        first = n if all(v.lower[t] in lex.conjunctions or v.lower[t] in lex.adverbs or not v.words[t].isalnum()
                         for t in range(sa, c0)) else sa
        span = self._clean(*self._trim(first, j), cue)
        if span is None:
            return None
        speaker = f.resolve(ph) if ph is not None else f.clitic(cue)
        return self._make(span, speaker, cue, 0.6)

    def _quoted_as_saying(self, cue: Cue, sa: int, sb: int) -> Reported | None:
        """"The agency cited regional governor Oleh Synehubov as saying …", "Interfax quoted a
        source as saying that …": who was cited says what follows."""
        ph = quoted_as_saying(self.v, self.lex, self.f, sa, cue.start) if cue.kind == "verb" else None
        span = self._content(cue.end, sb) if ph is not None else None
        return self._make(span, self.f.resolve(ph), cue, 0.6) if span is not None else None

    def _cites_for_verb_after(self, cue: Cue, sa: int, sb: int) -> bool:
        """"The Journal, citing people familiar with the matter, reported that …": a quoting
        participle set off by a comma names the source of the speech verb after it."""
        v = self.v
        return v.lower[cue.start] in self.lex.quoting_verbs and cue.start > sa and v.words[cue.start - 1] == "," \
            and any(c.kind == "verb" for c in cues_between(self.cues, self.cue_starts, cue.end, sb + 1))

    def _apposition_closes(self, i: int, sb: int) -> bool:
        """"…, said Brian Baker, a longtime adviser to the family who oversees …": after the
        speaker's comma, an apposition runs to the sentence end."""
        v, lex = self.v, self.lex
        if self._next(i, sb) != ",":
            return False
        n = next((t for t in range(i + 1, sb + 1) if not v.is_space(t)), sb)
        if self._participle_goes_on(i, sb):
            return True  # "…, reported the newspaper, citing a memo …"
        # where nouns are capitalised an article opens what was said as often ("…, sagte Rice, die USA
        # hielten sich …"): only a role after it is an apposition ("…, die Präsidentin der Bundesbank")
        det = v.lower[n] in lex.determiners and (not lex.capitalised_nouns or n + 1 in self.f.m.titles)
        return (det or n in self.f.m.titles) and not self._subject_verb_after(n, sb)

    def _writers_clause_closes(self, i: int, sb: int) -> bool:
        """"…, said an aide, | although no deal was reached": a clause of the writer's after the
        speaker's comma."""
        return i + 1 <= sb and self.v.words[i] == "," and self._writers_clause_at(i + 1, sb)

    def _participle_goes_on(self, i: int, sb: int) -> bool:
        """Does a comma and a participle of speech follow token i - 1 ("…, the newspaper
        reported, citing a memo …", "…, he said, adding that …")? Then what was reported
        stands before the verb, not after it."""
        v, lex = self.v, self.lex
        if self._next(i, sb) != ",":
            return False
        n = next((t for t in range(i, sb + 1) if v.words[t] == ","), sb) + 1
        while n <= sb and v.is_space(n):
            n += 1
        return n <= sb and (v.lower[n] in lex.quoting_verbs or any(
            self.f.participle_after_comma(c) for c in cues_between(self.cues, self.cue_starts, n, n + 1)))

    def _when_closes(self, i: int, sb: int) -> bool:
        """"…, kata Presiden Vladimir Putin pada Rabu (27/3), seraya menyebut …": after the
        speaker, only when it was said, up to the sentence end or a comma that opens the
        speaker's next act."""
        v, lex = self.v, self.lex
        if i > sb or v.lower[i] not in lex.prepositions:
            return False
        t, timed = i + 1, False
        while t <= sb and t - i <= MAX_WHEN_TOKENS:
            w = v.words[t]
            if v.lower[t] in lex.time_words:
                timed = True
            elif w == "," or w in SENT_FINAL or not (
                    v.is_space(t) or v.lower[t] in lex.determiners or not any(ch.isalpha() for ch in w)):
                break  # "(27/3)", "(27/3/2024)": a date in brackets
            t += 1
        if not timed:
            return False
        if t > sb or v.words[t] in SENT_FINAL:
            return True
        n = t + 1
        while n <= sb and v.is_space(n):
            n += 1
        return v.words[t] == "," and n <= sb and v.lower[n] in lex.conjunctions

    def _says_more(self, cue: Cue, sb: int) -> bool:
        """"Padahal, selama setahun, Budi mengaku tidak pernah menggowes.": words of its own
        after the verb, too few to report, say it closes no tail ("…, officials said")."""
        v, lex = self.v, self.lex
        i = self.f.skip_forward(cue.end, sb + 1)
        if i > sb or v.lower[cue.start] in LISTENER_VERBS:
            return False
        low = v.lower[i]
        if low in lex.possessives and i < sb and v.words[i + 1].islower() and v.lower[i + 1] not in lex.time_words:
            return True  # "Ivanka Trump acknowledged | their uphill battle": an object of its own
        return v.words[i].isalpha() and v.words[i].islower() and not (
            low in lex.prepositions or low in lex.listeners or low in lex.determiners or low in lex.time_words
            or low in lex.cue_verbs or low in lex.pronouns or low in lex.plural_pronouns)

    def _apposed_between(self, i: int, j: int) -> bool:
        """Do tokens [i, j) set off what the speaker is in commas: "…, Jane Smith, a senior
        economist at Barclays, said."?"""
        v = self.v
        return j - i > 2 and j - i <= MAX_APPOSITION_TOKENS and v.words[i] == "," and v.words[j - 1] == "," \
            and not any(v.words[t] in (",", ";") or v.quote_of[t] >= 0 for t in range(i + 1, j - 1)) \
            and not cues_between(self.cues, self.cue_starts, i + 1, j - 1)

    def _tail_opening(self, k: int, sa: int) -> int:
        """Where a speaker's phrase that opens at token k begins with whose role it is and its
        article ("…, the bank's chief economist said.", "…, White House press secretary Jane
        Smith said.", "…, the IMF said.")."""
        v, lex = self.v, self.lex
        if k - 2 > sa and v.lower[k - 1] in lex.possessive_markers and v.words[k - 2].isalpha():
            k -= 2
        j = k
        while j - 1 > sa and k - j < MAX_ROLE_OWNER and v.words[k].islower() and v.words[j - 1][:1].isupper() \
                and v.words[j - 1].isalpha():
            j -= 1
        if j < k and v.words[j - 1] == ",":
            k = j
        while k > sa and v.lower[k - 1] in lex.determiners:
            k -= 1
        return k

    def _plain_qualifier(self, t: int) -> bool:
        """A plain word before a role where modifiers come before nouns ("regional Gov. …")."""
        v, lex, low = self.v, self.lex, self.v.lower[t]
        return not (lex.capitalised_nouns or lex.modifiers_follow_nouns) and v.words[t].isalpha() \
            and v.words[t].islower() and not (
                low in lex.cue_verbs or low in lex.prepositions or low in lex.conjunctions or low in lex.adverbs
                or low in lex.pronouns or low in lex.plural_pronouns or low in lex.relatives or low in lex.copulas
                or low in lex.auxiliaries)

    def _subject_verb_after(self, n: int, sb: int) -> bool:
        """A speech verb from token n on that may take what stands before it as its subject
        ("wie Alan Stern, Direktor …, betont"); not a bare "terus" of the content."""
        return any(c.kind == "verb" and not c.weak and self.v.lower[c.start] not in self.lex.inverted_verbs
                   for c in cues_between(self.cues, self.cue_starts, n, sb + 1))

    def _next(self, i: int, sb: int) -> str | None:
        """The first word from token i on that is not space."""
        v = self.v
        while i <= sb and v.is_space(i):
            i += 1
        return v.words[i] if i <= sb else None
