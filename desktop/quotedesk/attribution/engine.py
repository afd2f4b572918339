"""extract(text, lang=None) -> Analysis: quotes, speakers and agencies of one article."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc

from quotedesk.attribution.agencies import article_agency, find_agencies
from quotedesk.attribution.attributions import Attribution
from quotedesk.attribution.back_reference import reported_back
from quotedesk.attribution.content_shapes import names_only_a_thing
from quotedesk.attribution.continuation import Continuation
from quotedesk.attribution.coref import Coreference
from quotedesk.attribution.cues import Cue, cue_matcher
from quotedesk.attribution.direct import DirectAttributor
from quotedesk.attribution.indirect import IndirectFinder, Reported
from quotedesk.attribution.inside_reported import share_reported_speaker
from quotedesk.attribution.interview_turns import Turn, interview_turns
from quotedesk.attribution.language import detect_language
from quotedesk.attribution.lexicon import Lexicon, available_languages, lexicon_from_dict, load_lexicon
from quotedesk.attribution.mentions import Mentions
from quotedesk.attribution.nlp import blank_pipeline, trained_pipeline
from quotedesk.attribution.phrase_index import phrase_index
from quotedesk.attribution.quotes import find_quote_spans
from quotedesk.attribution.speakers import Speaker, SpeakerFinder
from quotedesk.attribution.view import ArticleView
from quotedesk.model import AgencyMention, Analysis, Quote

# huge inputs are cut at paragraph breaks into pieces of about this size, so memory
# stays bounded; names are resolved within a piece
CHUNK_CHARS = 400_000
UNKNOWN = "xx"
GIANT_STEP = 64
_GIANT_WORD = re.compile(rf"\S{{{4 * GIANT_STEP},}}")
_SURROGATE = re.compile("[\ud800-\udfff]")
_GAP = re.compile(r"[\s,]*")
_EMPTY_LEXICON = lexicon_from_dict({"language": {"code": UNKNOWN, "name": "unknown"}})


def resolve_language(text: str, lang: str | None) -> tuple[str, Lexicon]:
    """The language to report and the lexicon to use: the given code when it has a
    lexicon, else the detected one; an unsupported code keeps its name and gets no cues."""
    code = (lang or "").strip().lower().replace("_", "-").split("-")[0] or None
    if code in available_languages():
        return code, load_lexicon(code)
    if code is None:
        found = detect_language(text)
        if found is not None:
            return found, load_lexicon(found)
        return UNKNOWN, _EMPTY_LEXICON
    return code, _EMPTY_LEXICON


def extract(text: str, lang: str | None = None, model: str | None = None) -> Analysis:
    """Quotes, speakers and agencies of `text`. `model` names an installed trained spaCy
    pipeline whose entities help find names; without it (or when it is not installed)
    the blank pipeline's rules do all the work."""
    if not isinstance(text, str):
        raise TypeError(f"extract() needs str, not {type(text).__name__}")
    original = text
    # lone surrogates (escaped in JSON input) cannot be tokenised; one replacement
    # character each keeps every offset in place
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    code, lexicon = resolve_language(text, lang)
    nlp = (trained_pipeline(model) if model else None) or blank_pipeline(code, lexicon.abbreviations)
    quotes: list[Quote] = []
    agencies: list[AgencyMention] = []
    art_agency = None
    for offset, piece in _chunks(text):
        doc = nlp(_break_giant_words(piece))
        res = analyse_doc(doc, lexicon, code, article_level=art_agency, text=piece)
        if art_agency is None:
            art_agency = res.article_agency
        quotes.extend(_shift(q, offset) for q in res.quotes)
        agencies.extend(AgencyMention(a.start + offset, a.end + offset, a.name, a.relation) for a in res.agencies)
    if text is not original:
        quotes = [replace(q, text=original[q.start:q.end]) for q in quotes]
    return Analysis(code, tuple(quotes), tuple(agencies), art_agency)


def _break_giant_words(text: str) -> str:
    """The tokenizer is quadratic in a word's length: runs of thousands of marks or
    letters are split by spaces in the copy it reads, keeping every offset."""
    if not _GIANT_WORD.search(text):
        return text
    return _GIANT_WORD.sub(lambda m: "".join(
        " " if k % GIANT_STEP == GIANT_STEP - 1 else ch for k, ch in enumerate(m.group())), text)


def _chunks(text: str):
    if len(text) <= CHUNK_CHARS:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start + CHUNK_CHARS // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + CHUNK_CHARS // 2, end)
            end = cut + 1 if cut >= 0 else end
        yield start, text[start:end]
        start = end


def _shift(q: Quote, d: int) -> Quote:
    if d == 0:
        return q
    return replace(q, start=q.start + d, end=q.end + d,
                   speaker_start=None if q.speaker_start is None else q.speaker_start + d,
                   speaker_end=None if q.speaker_end is None else q.speaker_end + d)


def analyse_doc(doc: Doc, lexicon: Lexicon, lang: str | None = None,
                article_level: AgencyMention | None = None, text: str | None = None) -> Analysis:
    """The engine on an already tokenised Doc (from spacy.blank or a trained pipeline).
    `text`, if given, is what the offsets index: the Doc's text with the same length."""
    text = doc.text if text is None else text
    view = ArticleView(text, doc)
    cues = cue_matcher(lexicon, doc.vocab)(doc)
    cue_starts = {view.starts[c.start] for c in cues if c.kind in ("verb", "clitic")}
    spans = find_quote_spans(text, closes_before=lambda off: _cue_follows(text, off, cue_starts))
    view.mark_quotes(spans)
    titles, anonymous, orgs = phrase_index(lexicon, doc.vocab).index(doc, view.words, view.lower)
    entities = {e.start: (e.end, e.label_) for e in doc.ents} if doc.has_annotation("ENT_IOB") else {}
    mentions = Mentions(view, lexicon, titles, anonymous, orgs, entities)
    coref = Coreference(view, mentions)
    coref.scan()
    coref.learn_genders()
    agency_mentions = find_agencies(text, lexicon)
    sources = [a for a in agency_mentions if a.relation != "photo_credit"]
    agency_spans = [(a.start, a.end) for a in agency_mentions]
    finder = SpeakerFinder(view, lexicon, mentions, coref,
                           is_agency=lambda s, e: _overlaps(agency_spans, view.starts[s], view.ends[e - 1]))
    attributor = DirectAttributor(view, lexicon, cues, finder)
    direct = attributor.attribute_all(spans)
    reported = IndirectFinder(view, lexicon, cues, finder).find()
    continuation = Continuation(view, lexicon, cues)
    continuation.introduced = finder.opening_person
    # "Die Stadtreinigung äußerte Zweifel an der Darstellung. Für eine Frist … sei es rechtens": what a
    # verb is about, a noun phrase, is not what was said, but brings in the sentences that go on from it
    topics = {r.start for r in reported if names_only_a_thing(view, lexicon, view.token_at(r.start),
                                                              view.token_before(r.end) + 1)}
    direct, reported = continuation.apply(direct, reported)
    reported = [r for r in reported if r.start not in topics or r.how == "continued"]
    reported = sorted(reported + reported_back(view, lexicon, cues, finder, reported), key=lambda r: r.start)
    # shared before the speech test: the words quoted inside someone's reported speech are theirs
    direct = attributor.speech_only(share_reported_speaker(direct, reported))
    art = article_agency(sources, text, lexicon.agency_source_lines) or article_level
    paras = _Paragraphs(text)
    quotes = [_direct_quote(view, a, sources, art, paras) for a in direct]
    quotes += [_indirect_quote(view, r, sources, art, paras) for r in reported]
    quotes += [_answer_quote(view, t, sources, art, paras) for t in interview_turns(view, finder)]
    quotes = [q for q in quotes if q is not None]
    quotes.sort(key=lambda q: (q.start, q.end))
    return Analysis(lang or lexicon.code, tuple(quotes), tuple(agency_mentions), art)


def _cue_follows(text: str, offset: int, cue_starts: set[int]) -> bool:
    m = _GAP.match(text, offset)
    return m is not None and m.end() in cue_starts


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    i = bisect_left(spans, (s, -1))
    return any(a < e and s < b for a, b in spans[max(0, i - 2):i + 2])


class _Paragraphs:
    """Paragraph numbers by offset: blank-line separated if the text has blank lines."""

    def __init__(self, text: str):
        sep = "\n\n" if "\n\n" in text else "\n"
        self.starts = [m.end() for m in re.finditer(re.escape(sep), text)]

    def number(self, offset: int) -> int:
        return bisect_left(self.starts, offset + 1) + 1


def _agency_for(view: ArticleView, lo: int, hi: int, cue_at: int | None, sources: list[AgencyMention],
                art: AgencyMention | None) -> tuple[str | None, str | None, str]:
    near = [a for a in sources if lo <= a.start < hi and a.relation in ("told", "reported_by")]
    if near:
        anchor = cue_at if cue_at is not None else lo
        best = min(near, key=lambda a: (a.relation != "told", abs(a.start - anchor)))
        return best.name, best.relation, f"'{view.text[best.start:best.end]}' ({best.relation})"
    if art is not None:
        return art.name, art.relation, f"{art.name} from the article ({art.relation})"
    return None, None, ""


def _speaker_fields(sp: Speaker | None) -> dict:
    if sp is None:
        return {"speaker": None, "speaker_start": None, "speaker_end": None, "speaker_kind": "unknown",
                "role": None}
    # a speaker named by role only ("the senator") has no role beyond its name
    role = sp.role if sp.role and sp.role.casefold() != (sp.name or "").casefold() else None
    return {"speaker": sp.name, "speaker_start": sp.start, "speaker_end": sp.end, "speaker_kind": sp.kind,
            "role": role}


def _evidence(cue: Cue | None, how: str, sp: Speaker | None, para: int, agency_note: str) -> str:
    where = {"after": "after the quote", "lead-in": "before the quote", "sentence": "in the same sentence",
             "inherited": "of the neighbouring quote", "colon": "", "dash": "", "dashes": "", "label": "",
             "previous": "in the sentence before", "none": "", "indirect": "",
             "continued": "continues the speech before"}.get(how, "")
    parts = []
    if cue is not None:
        parts.append(f"cue '{cue.text}' {where}".strip())
    elif how == "colon":
        parts.append("'Name:' lead-in")
    elif how == "worded":
        parts.append("'with the words' before the quote")
    elif how == "dash":
        parts.append("'― Name' after the quote")
    elif how == "dashes":
        parts.append("'Name -- “…” --': set off by dashes after the name")
    elif how == "label":
        parts.append("'NAME:' opening a transcript's turn")
    elif how == "answer":
        parts.append("'Name:' opening an interview's answer")
    elif how == "unknown_verb":
        parts.append("a name beside a word the lexicon has no speech verb for, after the quote")
    if sp is not None:
        parts.append(f"{sp.how} (paragraph {para})")
    else:
        parts.append("no speaker found")
    if agency_note:
        parts.append(f"agency {agency_note}")
    return "; ".join(parts)


def _direct_quote(view: ArticleView, a: Attribution, sources, art, paras: _Paragraphs) -> Quote:
    text = view.text
    s, e = a.span.start, a.span.end
    lo = view.starts[a.window.before[0]] if a.window.before[0] < len(view) else s
    hi_tok = a.window.after[1]
    hi = view.ends[hi_tok] if hi_tok < len(view) else len(text)
    cue_at = view.starts[a.cue.start] if a.cue is not None else None
    name, rel, note = _agency_for(view, lo, hi, cue_at, sources, art)
    para = paras.number(s)
    return Quote(text=text[s:e], start=s, end=e, kind=a.kind, cue=a.cue.text if a.cue else None,
                 agency=name, agency_relation=rel, confidence=round(a.confidence, 2),
                 evidence=_evidence(a.cue, a.how, a.speaker, para, note), **_speaker_fields(a.speaker))


def _answer_quote(view: ArticleView, t: Turn, sources, art, paras: _Paragraphs) -> Quote:
    name, rel, note = _agency_for(view, t.start, t.end, None, sources, art)
    return Quote(text=view.text[t.start:t.end], start=t.start, end=t.end, kind="direct", cue=None,
                 agency=name, agency_relation=rel, confidence=0.7,
                 evidence=_evidence(None, "answer", t.speaker, paras.number(t.start), note),
                 **_speaker_fields(t.speaker))


def _indirect_quote(view: ArticleView, r: Reported, sources, art, paras: _Paragraphs) -> Quote | None:
    text = view.text
    lo = view.starts[view.sentence_bounds(r.cue.start)[0]]
    hi = view.ends[view.sentence_bounds(r.cue.start)[1]]
    name, rel, note = _agency_for(view, lo, hi, view.starts[r.cue.start], sources, art)
    para = paras.number(r.start)
    return Quote(text=text[r.start:r.end], start=r.start, end=r.end, kind="indirect", cue=r.cue.text,
                 agency=name, agency_relation=rel, confidence=round(r.confidence, 2),
                 evidence=_evidence(r.cue, r.how, r.speaker, para, note), **_speaker_fields(r.speaker))
