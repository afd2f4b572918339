"""Credits that close a sentence on where its words came from, which were not said: "…, seperti
dilansir Reuters.", "…, the RIA Novosti news agency reported.", "…, wie die Zeitung berichtete.",
"as reported by the news site Axios".

Mixed into `IndirectFinder` (through `ReportedContent`), whose view, lexicon and finder it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotedesk.attribution.view import SENT_FINAL

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.speakers import SpeakerFinder
    from quotedesk.attribution.view import ArticleView

MAX_MEDIUM_WORDS = 3  # "laman resmi", "akun Instagram", "the news site"
MAX_CREDIT_LEAD = 7  # "sebagaimana dikutip dari kantor berita | RIA Novosti"
MAX_CREDIT_TOKENS = 16  # "…, seperti dilansir Reuters, Selasa (11/6/2024)."


class SourceCredits:
    v: ArticleView
    lex: Lexicon
    f: SpeakerFinder

    def _source_credit(self, n: int, sb: int) -> bool:
        """"…, seperti dilansir Reuters.", "…, the RIA Novosti news agency reported.": a short
        clause that closes the sentence on the agency it came through, which was not said."""
        v = self.v
        if sb - n > MAX_CREDIT_TOKENS or any(v.lower[t] in self.lex.complementizers for t in range(n, sb)):
            return False
        if any(self.f.is_agency(t, t + 1) for t in range(n, min(sb, n + MAX_CREDIT_LEAD))):
            return True
        # "…, seperti dikutip dari Kompas.": a credit names its source even when it is no wire
        past = self._credit_phrase(n, sb + 1)
        if past is not None:
            return self._names_source(past, sb, medium=True)
        return self._credit_clause_ends(n, sb)

    def _credit_clause_ends(self, n: int, sb: int) -> bool:
        """"…, wie die Zeitung berichtete.", "…, as the newspaper reported.": an opener, a few
        words naming the source, and a reporting verb that closes the sentence."""
        v, lex = self.v, self.lex
        if v.lower[n] not in lex.agency_credit_openers:
            return False
        end = sb
        while end > n and (v.words[end] in SENT_FINAL or v.is_space(end)):
            end -= 1
        if end - n > MAX_CREDIT_LEAD:
            return False
        last = v.lower[end]
        return any(p == last for p in lex.agency_reported_by if " " not in p) and any(
            v.words[t][:1].isupper() or v.lower[t] in lex.determiners for t in range(n + 1, end))

    def _names_source(self, t: int, sb: int, medium: bool = False) -> bool:
        """Does a name start at token t, perhaps after an article ("the Hill"), not a time? With
        `medium`, after a few words saying what it is ("laman resmi Sekretariat Kabinet")."""
        v, lex = self.v, self.lex
        if t <= sb and v.lower[t] in lex.determiners:
            t += 1
        k = t
        while medium and k <= sb and k - t < MAX_MEDIUM_WORDS and v.words[k].isalpha() and v.words[k].islower() \
                and v.lower[k] not in lex.complementizers and v.lower[k] not in lex.cue_verbs:
            k += 1  # "dilansir dari | laman resmi | Sekretariat Kabinet", "reported by | the news site | Axios"
        if k > t and k <= sb and v.words[k][:1].isupper():
            t = k
        return t <= sb and v.words[t][:1].isupper() and v.lower[t] not in lex.time_words

    def _credit_phrase(self, i: int, j: int) -> int | None:
        """The token after "as reported by", "seperti dikutip dari", "wie berichtet" when tokens
        [i, j) open with one (an opener such as "as" may come first), else None."""
        v, lex = self.v, self.lex
        head = v.text[v.starts[i] : v.ends[j - 1]].lower()
        lead = 0
        for opener in lex.agency_credit_openers:
            if head.startswith(opener + " "):
                head, lead = head[len(opener) + 1 :].lstrip(), len(opener.split())
                break
        for phrase in lex.agency_reported_by:
            if head.startswith(phrase + " ") or head == phrase:
                return i + lead + len(phrase.split())
        return None
