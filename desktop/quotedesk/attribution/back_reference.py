"""Reported speech that names its source only by pointing back at the sentence before.

"Heute hat die Staatsanwaltschaft das Ergebnis der Obduktion bekannt gegeben. Demnach hat der
Sohn Selbstmord begangen.": "demnach" (according to it) makes the second sentence what the
first one's subject made known. The pointing words are the lexicon's `cues.according_back`;
a language without them is left untouched.
"""

from __future__ import annotations

from quotedesk.attribution.cues import Cue
from quotedesk.attribution.indirect import Reported
from quotedesk.attribution.lexicon import Lexicon
from quotedesk.attribution.mentions import NamePhrase
from quotedesk.attribution.reported_content import MIN_CONTENT_WORDS
from quotedesk.attribution.speakers import Speaker, SpeakerFinder
from quotedesk.attribution.view import SENT_FINAL, ArticleView

MAX_SUBJECT_OFFSET = 5  # "Heute hat die | Staatsanwaltschaft": the subject stands near the start


def reported_back(view: ArticleView, lexicon: Lexicon, cues: list[Cue], finder: SpeakerFinder,
                  reported: list[Reported]) -> list[Reported]:
    """What sentences with a pointing word report, for those no cue of their own reports."""
    v, markers = view, lexicon.according_back
    if not markers:
        return []
    cue_toks = {c.start for c in cues if c.kind != "noun"}
    covered = {v.sentence_bounds(v.token_at(r.start))[0] for r in reported}
    out = []
    for i, low in enumerate(v.lower):
        if low not in markers or v.quote_of[i] >= 0:
            continue
        sa, sb = v.sentence_bounds(i)
        if sa in covered or sa == 0 or any(t in cue_toks for t in range(sa, sb + 1)):
            continue
        content = _content(v, sa, sb)
        if content is None:
            continue
        source = _reporter_before(v, reported, i, sa) or _source_before(v, finder, i, sa)
        out.append(Reported(v.starts[content[0]], v.ends[content[1]], source,
                            Cue(i, i + 1, "according_back", v.words[i]), 0.45))
        covered.add(sa)
    return out


def _reporter_before(v: ArticleView, reported: list[Reported], i: int, sa: int) -> Speaker | None:
    """"Der Gesetzesentwurf sieht … vor. Im Detail sollen demnach …": whoever the sentence
    before is reported from is the source the pointing word means."""
    pa, pb = _sentence_before(v, sa)
    lo, hi = v.starts[pa], v.starts[pb]
    r = next((r for r in reported if lo <= r.start < hi and r.speaker is not None and r.speaker.name), None)
    if r is None:
        return None
    sp = r.speaker
    return Speaker(sp.name, sp.kind, v.starts[i], v.ends[i], v.words[i], sp.role,
                   f"'{v.words[i]}' = '{sp.name}', whose report the sentence before is", i)


def _sentence_before(v: ArticleView, sa: int) -> tuple[int, int]:
    """The bounds of the sentence before the one starting at `sa`."""
    pa = v.sentence_bounds(sa - 1)[0]
    while pa > 0 and all(v.is_space(t) for t in range(pa, sa)):
        sa, pa = pa, v.sentence_bounds(pa - 1)[0]  # the paragraph break between is no sentence
    return pa, sa


def _source_before(v: ArticleView, finder: SpeakerFinder, i: int, sa: int) -> Speaker | None:
    """Who made known what the sentence before says: the subject of its speech verb, else its
    own subject; the pointing word is the mention."""
    pa, sa = _sentence_before(v, sa)
    who = finder.speech_subject(pa, sa) if finder.speech_subject is not None else None
    if who is not None and (_known_institution(finder.lex, who.canonical) or (
            who.kind == "person" and any(w in finder.m.given_names for w in who.canonical.split()))):
        # a person by a full name, or an institution the lexicon knows: not "Gesetzesentwurf"
        return Speaker(who.canonical, who.kind, v.starts[i], v.ends[i], v.words[i], who.role,
                       f"'{v.words[i]}' = '{who.canonical}', who made it known the sentence before", i)
    ph = finder.subject(pa, sa)
    if ph is None or not (ph.kind == "anonymous" or _may_make_known(finder, ph)):
        # "Heute hat die Staatsanwaltschaft … bekannt gegeben": the first named who is no object
        ph = next((p for t in range(pa, min(sa, pa + MAX_SUBJECT_OFFSET)) if (p := finder.m.phrase_at(t)) is not None
                   and p.start == t and _may_make_known(finder, p)
                   and not finder.after_preposition(t if p.role_start is None else p.role_start, pa)), None)
    if ph is None:
        return None
    sp = finder.resolve(ph)
    return Speaker(sp.name, sp.kind, v.starts[i], v.ends[i], v.words[i], sp.role,
                   f"'{v.words[i]}' = '{sp.name}', the subject of the sentence before", i)


def _known_institution(lex: Lexicon, name: str) -> bool:
    """"Staatsanwaltschaft München I": the lexicon names it, or one of its words heads institutions."""
    return name in lex.organizations or any(w in lex.organizations or w.lower() in lex.org_heads
                                            for w in name.split())


def _may_make_known(finder: SpeakerFinder, ph: NamePhrase) -> bool:
    """A person, or an institution the lexicon knows ("die Staatsanwaltschaft"); not any
    capitalised noun ("Vorbedingungen")."""
    m = finder.m
    if ph.kind == "role":  # "der Sprecher", not "der Gesetzesentwurf"
        return any(t in m.title_tokens for t in range(ph.start, ph.end))
    if ph.kind == "person":
        return any(w in m.given_names for w in ph.text.split())
    return ph.kind == "organization" and (m.in_known_org(ph.start) or m.v.lower[ph.start] in m.lex.org_heads)


def _content(v: ArticleView, sa: int, sb: int) -> tuple[int, int] | None:
    while sa <= sb and v.is_space(sa):
        sa += 1
    while sb >= sa and (v.words[sb] in SENT_FINAL or v.is_space(sb)):
        sb -= 1
    if any(v.quote_of[t] >= 0 for t in range(sa, sb + 1)):
        return None  # a quotation in it has a speaker of its own, or none
    words = sum(1 for t in range(sa, sb + 1) if any(ch.isalnum() for ch in v.words[t]))
    return (sa, sb) if words >= MIN_CONTENT_WORDS else None
