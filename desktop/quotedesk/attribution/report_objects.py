"""Reports that a speaker handles, not makes: "Borloo denied reports in Le Canard that he
had been chosen", "hat Berichte der Wochenzeitung zurückgewiesen, er sei …", "membantah
laporan bahwa …". What follows is what the reports said; the one who denied them did not
say it, and a fact-checker must not log it as theirs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotedesk.attribution.view import SENT_FINAL

if TYPE_CHECKING:
    from quotedesk.attribution.cues import Cue
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.view import ArticleView

MAX_OBJECT_LEAD = 3  # "denied the recent reports"
MAX_REPORT_PHRASE = 12  # "Berichte der satirischen Wochenzeitung „Le Canard enchaîné“"


def report_object(v: ArticleView, lex: Lexicon, cue: Cue, subject_end: int, sb: int) -> tuple[int, int, int] | None:
    """(first, end, content) when the verb's object is a report of what someone else said:
    the report phrase is tokens [first, end), what it said starts at token `content`."""
    if v.lower[cue.start] not in lex.report_verbs:
        return None
    # "denied reports … that …": the object follows the verb
    t = cue.end
    while t <= sb and t - cue.end < MAX_OBJECT_LEAD and v.lower[t] not in lex.report_nouns and (
            v.words[t].isalpha() and v.words[t].islower() and v.lower[t] not in lex.complementizers):
        t += 1
    if t <= sb and v.lower[t] in lex.report_nouns:
        for k in range(t + 1, min(sb, t + MAX_REPORT_PHRASE) + 1):
            if v.words[k] in SENT_FINAL and v.quote_of[k] < 0:
                return None
            if v.lower[k] in lex.complementizers and v.quote_of[k] < 0:
                end = k - 1 if v.words[k - 1] == "," else k
                while end > t + 1 and v.lower[end - 1] in lex.verb_particles:
                    end -= 1  # "wies Berichte zurück, wonach …": the particle is the verb's
                return cue.end, end, k + 1
        return None
    # "hat Berichte der Wochenzeitung zurückgewiesen, er sei …": before a verb that closes its clause
    n = cue.end
    while n <= sb and v.is_space(n):
        n += 1
    if n > sb or v.words[n] != ",":
        return None
    for t in range(max(subject_end, cue.start - MAX_REPORT_PHRASE), cue.start):
        if v.lower[t] in lex.report_nouns and v.quote_of[t] < 0:
            first = t
            while first > subject_end and v.lower[first - 1] in lex.determiners:
                first -= 1
            end = cue.start
            while end > t + 1 and v.lower[end - 1] in lex.auxiliaries:
                end -= 1
            content = n + 1
            if content <= sb and v.lower[content] in lex.complementizers:
                content += 1
            return first, end, content
    return None
