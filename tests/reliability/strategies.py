"""Article-shaped fuzz inputs for the attribution engine, and the properties every result must keep.

Every generator here takes one `rng` with the `random.Random` interface. The hypothesis tests
pass `st.randoms(use_true_random=False)` (so hypothesis drives and shrinks every choice), and
benchmarks/fuzz_engine.py passes a plain `random.Random(seed)`: both fuzz the same shapes.

Cue words, titles, pronouns and the like come from the lexicons through quotedesk's own
loader, so a new resources/lexicons/<lang>.toml is fuzzed without an edit here.
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from hypothesis import strategies as st
from quotedesk.attribution.agencies import load_agencies
from quotedesk.attribution.lexicon import available_languages, load_lexicon
from quotedesk.model import Analysis

# ---- what goes into an article ------------------------------------------------------------------

# (open, close): typographic styles of many countries, plus ASCII stand-ins
MARK_PAIRS = (
    ("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("„", "”"), ("‘", "’"), ("「", "」"),
    ("『", "』"), ("‹", "›"), ("»", "«"), ("‚", "‘"), ("”", "”"), ("'", "'"), ("``", "''"),
    ("《", "》"), ("〝", "〞"), ("＂", "＂"), ("« ", " »"), ("‟", "”"), ("«\u202f", "\u202f»"),
)
PERSONS = (
    "Budi Santoso", "Dmitry Peskov", "Jane Smith", "Ursula von der Leyen", "Frank-Walter Steinmeier",
    "Sri Mulyani Indrawati", "Joko Widodo", "Seán O'Brien", "José Ángel Gurría", "Müller", "Peskov",
    "Mary-Kate Jones", "Dr. Tom Baker", "J. R. R. Tolkien", "Mr. Li", "Ahmad", "BUDI", "al-Sisi",
    "محمد بن سلمان", "בנימין נתניהו", "习近平", "Ли Вэй", "Nguyễn Văn An", "김정은", "e\u0301mile Zola",
)
CITIES = ("JAKARTA", "MOSCOW", "BERLIN", "WASHINGTON", "Jakarta", "KYIV/MOSCOW", "SÃO PAULO", "القاهرة")
# words of scripts no lexicon knows: right-to-left, CJK, others
FOREIGN = (
    "قال", "الرئيس", "نحن", "مستعدون", "للحوار", "أمس", "وزير", "אמר", "השר", "אנחנו", "מוכנים",
    "היום", "我们", "准备好了", "他说", "明日来ます", "と言った", "대통령은", "말했다", "Песков", "заявил",
    "готовы", "नमस्ते", "ภาษาไทย", "🙂", "👩‍👩‍👧", "🇮🇩", "1991", "12.5%", "Rp1,5", "$3", "№7",
)
PUNCT = (",", ".", ";", ":", "!", "?", "…", "—", " – ", " - ", "(", ")", "/", "?!", "...")
# control and format characters; offsets must survive every one of them
NOISE = (
    "\x00", "\x01", "\x07", "\x08", "\t", "\x0b", "\x0c", "\r", "\r\n", "\x1b", "\x7f", "\x85", "\xa0",
    "\u2028", "\u2029", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066",
    "\u2069", "\ufeff", "\ufffd", "\uffff", "\U0010ffff", "\u0301", "\u0000\u0000", "\u3000",
)
SURROGATES = ("\ud800", "\udfff", "\udc80", "\udbff", "\ud83d")  # lone: what JSON "\ud800" decodes to
PARA_BREAKS = ("\n\n", "\n\n", "\n", "\r\n\r\n", "\r", "\u2029", "\u2028", "\n \n", "\x0c", "\n\n\n\n")
ODD_LANGS = ("fr", "zh", "ar", "he", "xx", "", "EN_us", " de ", "pt-BR", "x" * 40)


@dataclass(frozen=True)
class Words:
    """One language's words for the generator, read from its lexicon."""

    code: str
    common: tuple[str, ...]
    cues: tuple[str, ...]
    according_before: tuple[str, ...]
    according_after: tuple[str, ...]
    comps: tuple[str, ...]
    speakers: tuple[str, ...]  # titles, pronouns, anonymous sources, organisations
    told: tuple[str, ...]


def _t(items) -> tuple[str, ...]:
    return tuple(sorted(items)) or ("",)


@cache
def vocabularies() -> tuple[Words, ...]:
    out = []
    for code in available_languages():
        lex = load_lexicon(code)
        cues = lex.cue_verbs | set(lex.cue_clitics) | lex.speech_nouns | lex.continuation
        speakers = ({t.title() for t in lex.titles} | lex.pronouns | set(lex.anonymous_heads)
                    | set(lex.organizations) | lex.plural_pronouns)
        out.append(Words(code, _t(lex.markers | lex.adverbs | lex.conjunctions), _t(cues),
                         _t(lex.according_before), _t(lex.according_after), _t(lex.complementizers),
                         _t(speakers), _t(set(lex.agency_told) | set(lex.agency_reported_by))))
    return tuple(out)


@cache
def agency_aliases() -> tuple[str, ...]:
    reg = load_agencies()
    return tuple(sorted({a for ag in reg.agencies for a in (*ag.aliases, *ag.context_aliases)}))


class Article(NamedTuple):
    text: str
    lang: str | None


# ---- the generators -------------------------------------------------------------------------------


def _marks(rng) -> tuple[str, str]:
    o, c = rng.choice(MARK_PAIRS)
    r = rng.random()
    if r < 0.08:
        return o, ""  # opened, never closed
    if r < 0.14:
        return "", c  # closed, never opened
    if r < 0.22:
        return o, rng.choice(MARK_PAIRS)[1]  # a mismatched pair
    return o, c


def _word(rng, w: Words) -> str:
    r = rng.random()
    if r < 0.12:
        return rng.choice(FOREIGN)
    if r < 0.2:
        return rng.choice(PERSONS).split()[-1]
    if r < 0.25:
        return rng.choice(agency_aliases())
    return rng.choice(w.common)


def _body(rng, w: Words, depth: int = 0) -> str:
    parts = [_word(rng, w) for _ in range(rng.randint(1, 14))]
    if rng.random() < 0.3:
        parts.insert(rng.randint(0, len(parts)), rng.choice(PUNCT))
    if depth < 2 and rng.random() < 0.15:  # a quote inside the quote
        o, c = _marks(rng)
        parts.insert(rng.randint(0, len(parts)), o + _body(rng, w, depth + 1) + c)
    text = " ".join(parts)
    return text[:1].upper() + text[1:] if rng.random() < 0.8 else text


def _speaker(rng, w: Words) -> str:
    r = rng.random()
    if r < 0.4:
        return rng.choice(PERSONS)
    if r < 0.55:
        return f"{rng.choice(w.speakers)} {rng.choice(PERSONS)}"
    if r < 0.9:
        return rng.choice(w.speakers)
    return rng.choice(agency_aliases())


def _sentence(rng, w: Words) -> str:
    o, c = _marks(rng)
    body, who, cue = _body(rng, w), _speaker(rng, w), rng.choice(w.cues)
    end = rng.choice((".", ",", "!", "?", "", "…"))
    shape = rng.randrange(12)
    if shape == 0:
        return f"{o}{body}{end}{c} {cue} {who}."
    if shape == 1:
        return f"{who} {cue}: {o}{body}{end}{c}"
    if shape == 2:
        return f"{o}{body}{c}, {who} {cue} {rng.choice(w.told)} {rng.choice(agency_aliases())}."
    if shape == 3:
        return f"{who} {cue} {rng.choice(w.comps)} {body}."
    if shape == 4:
        return f"{rng.choice(w.according_before)} {who}, {body}."
    if shape == 5:
        return f"{who} {rng.choice(w.according_after)} {body}."
    if shape == 6:
        return f"{o}{body}{c} ― {who}"
    if shape == 7:
        return f"{o}{body},{c} {cue}{o}{_body(rng, w)}{c}"  # quote, cue, quote with no spaces
    if shape == 8:
        return f"{who}{o}{body}{c}{cue}"
    if shape == 9:
        return f"{cue} {cue} {o}{o}{c}{c}"  # cues and marks with nothing to quote
    return f"{body}."


def _paragraph(rng, w: Words) -> str:
    n = rng.randint(1, 5)
    text = rng.choice((" ", " ", "  ", "", "\t")).join(_sentence(rng, w) for _ in range(n))
    r = rng.random()
    if r < 0.1:
        text = f"{rng.choice(CITIES)} ({rng.choice(agency_aliases())}) - {text}"
    elif r < 0.15:
        text = f"{text} (© Foto/{rng.choice(agency_aliases())})"
    return text


def _long_paragraph(rng, w: Words) -> str:
    # one drawn seed for thousands of characters keeps hypothesis' choice sequence small
    sub = random.Random(rng.getrandbits(64))
    return " ".join(_sentence(sub, w) for _ in range(sub.randint(20, 200)))


def _glued(rng, w: Words) -> str:
    """Scraped text with the spaces lost: one 'word' of hundreds of marks, cues and names."""
    sub = random.Random(rng.getrandbits(64))
    pool = (*w.cues, *w.common, *PERSONS, *(m for pair in MARK_PAIRS for m in pair), *PUNCT, *FOREIGN)
    return "".join(sub.choice(pool).replace(" ", "") for _ in range(sub.randint(60, 600)))


def _multi_paragraph_quote(rng, w: Words) -> list[str]:
    """Newsroom style: each paragraph of a long quote opens again and only the last one closes."""
    o, c = _marks(rng)
    paras = [f"{o}{_body(rng, w)}." for _ in range(rng.randint(2, 4))]
    paras[-1] += f"{c} {rng.choice(w.cues)} {_speaker(rng, w)}."
    return paras


def _noise(rng, text: str, surrogates: bool) -> str:
    pool = NOISE + SURROGATES if surrogates else NOISE
    for _ in range(rng.randint(1, 8)):
        at = rng.randint(0, len(text))
        text = text[:at] + rng.choice(pool) * rng.choice((1, 1, 1, 3)) + text[at:]
    return text


def article(rng, surrogates: bool = True) -> Article:
    """A news-article-shaped string and the language code a caller might pass with it."""
    vocab = vocabularies()
    w = rng.choice(vocab)
    paras: list[str] = []
    for _ in range(rng.randint(1, 6)):
        r = rng.random()
        if r < 0.03:
            paras.append(_long_paragraph(rng, w))
        elif r < 0.11:
            paras.extend(_multi_paragraph_quote(rng, w))
        elif r < 0.13:
            paras.append(f"{_paragraph(rng, w)} {_glued(rng, w)} {_paragraph(rng, w)}")
        else:
            paras.append(_paragraph(rng, w))
        if rng.random() < 0.1:  # languages mix: a quote from another lexicon's world
            w = rng.choice(vocab)
    text = rng.choice(PARA_BREAKS).join(paras)
    if rng.random() < 0.35:
        text = _noise(rng, text, surrogates)
    if rng.random() < 0.05:
        text = "\ufeff" + text
    r = rng.random()
    lang = None if r < 0.4 else w.code if r < 0.8 else rng.choice((*ODD_LANGS, *(v.code for v in vocab)))
    return Article(text, lang)


def jsonl_line(rng, art: Article, doc_id) -> str:
    """One input line for `quotedesk extract --jsonl`; lone surrogates travel as "\\ud800" escapes."""
    item = {"id": doc_id, "text": art.text, "lang": art.lang}
    if rng.random() < 0.3:
        item["extra"] = [1, {"x": None}]  # unknown fields are ignored
    return json.dumps(item, ensure_ascii=True if rng.random() < 0.5 else any(
        "\ud800" <= ch <= "\udfff" for ch in art.text))


def articles(surrogates: bool = True) -> st.SearchStrategy[Article]:
    return st.randoms(use_true_random=False, note_method_calls=False).map(lambda r: article(r, surrogates))


# ---- the properties --------------------------------------------------------------------------------

KINDS = {"direct", "partial", "indirect"}
SPEAKER_KINDS = {"person", "organization", "anonymous", "unknown"}
RELATIONS = {"told", "reported_by", "dateline", None}


def _span_ok(text: str, s, e) -> bool:
    return isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)


def problems(text: str, a: Analysis) -> list[str]:
    """Every way `a` breaks the extract contract for `text`; empty when it keeps it."""
    if not isinstance(a, Analysis):
        return [f"not an Analysis: {type(a).__name__}"]
    out = []
    if not isinstance(a.lang, str) or not a.lang:
        out.append(f"lang {a.lang!r}")
    for n, q in enumerate(a.quotes):
        tag = f"quote {n} {q.start}-{q.end}"
        if not _span_ok(text, q.start, q.end):
            out.append(f"{tag}: span outside 0..{len(text)}")
        elif text[q.start:q.end] != q.text:
            out.append(f"{tag}: text {q.text!r} != text[start:end] {text[q.start:q.end]!r}")
        if q.kind not in KINDS:
            out.append(f"{tag}: kind {q.kind!r}")
        if q.speaker_kind not in SPEAKER_KINDS:
            out.append(f"{tag}: speaker_kind {q.speaker_kind!r}")
        if (q.speaker_start is None) != (q.speaker_end is None):
            out.append(f"{tag}: half a speaker span")
        elif q.speaker_start is not None and not _span_ok(text, q.speaker_start, q.speaker_end):
            out.append(f"{tag}: speaker span {q.speaker_start}-{q.speaker_end} outside 0..{len(text)}")
        if not (isinstance(q.confidence, float | int) and math.isfinite(q.confidence) and 0 <= q.confidence <= 1):
            out.append(f"{tag}: confidence {q.confidence!r}")
        if q.agency_relation not in RELATIONS or (q.agency is None) != (q.agency_relation is None):
            out.append(f"{tag}: agency {q.agency!r} relation {q.agency_relation!r}")
        if q.cue is not None and (not q.cue.strip() or q.cue.lower() not in text.lower()):
            out.append(f"{tag}: cue {q.cue!r} is not in the text")
        for name in ("speaker", "role", "cue", "agency", "evidence"):
            v = getattr(q, name)
            if v is not None and not isinstance(v, str):
                out.append(f"{tag}: {name} is {type(v).__name__}")
    if [(q.start, q.end) for q in a.quotes] != sorted((q.start, q.end) for q in a.quotes):
        out.append("quotes not in text order")
    mentions = list(a.agencies) + ([a.article_agency] if a.article_agency is not None else [])
    for m in mentions:
        if not _span_ok(text, m.start, m.end):
            out.append(f"agency {m.name!r} span {m.start}-{m.end} outside 0..{len(text)}")
        if m.relation not in RELATIONS | {"photo_credit"}:
            out.append(f"agency {m.name!r} relation {m.relation!r}")
    # the CLI writes exactly this; lone surrogates must survive as escapes. A high and a low surrogate
    # side by side have no JSON form ("\\udbff\\udfff" reads back as one character): JSON input never
    # gives such a str, so only texts that survive JSON themselves are held to it
    try:
        if json.loads(json.dumps(text)) == text and json.loads(json.dumps(a.to_dict())) != a.to_dict():
            out.append("to_dict() does not survive a JSON round trip")
    except (TypeError, ValueError) as ex:
        out.append(f"to_dict() is not JSON: {ex}")
    return out
