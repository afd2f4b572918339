"""News agencies in an article and how each relates to it: a quote told to it, a story
reported by it, a dateline credit, or a photo credit that is never a source."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cache

from quotedesk.attribution.lexicon import Lexicon
from quotedesk.model import AgencyMention
from quotedesk.resources import resource_path

LOOKBEHIND_CHARS = 48
CREDIT_LOOKBEHIND_CHARS = 80
DATELINE_WINDOW = 120
LEAD_SHARE = 1 / 3  # an agency cited once counts for the article only in its first third
_NAME_AFTER_SLASH = re.compile(r"/\s?[A-Z][a-z]")
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_CLOSE_PAREN_DASH = re.compile(r"\)\s*[-–—]")
_DASH = re.compile(r"\s*[-–—]\s")
_TRAILING_WORDS = re.compile(r"(?:\s[\w'’-]+){1,2}\s*$")
_CITY_BEFORE = re.compile(r"(?:^|[A-Z]{3,},?\s)$")
# "Washington (ANTARA/Reuters) -": one wire relaying another's story in one credit
_BRACKET_CREDIT = re.compile(r"\(([^()\n]{1,60})\)\s*[-–—]")
_CREDIT_SEPARATORS = re.compile(r"\s*[/,]\s*")


@dataclass(frozen=True)
class Agency:
    name: str
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...]
    country: str = ""
    kind: str = "wire"


@dataclass(frozen=True)
class AgencyRegistry:
    agencies: tuple[Agency, ...]
    by_alias: dict
    pattern: re.Pattern

    def match(self, text: str):
        """(start, end, agency, needs_context) for every alias occurrence."""
        for m in self.pattern.finditer(text):
            alias = m.group(1)
            agency, contextual = self.by_alias[alias]
            yield m.start(1), m.end(1), agency, contextual


@cache
def load_agencies() -> AgencyRegistry:
    with resource_path("agencies.toml").open("rb") as fh:
        data = tomllib.load(fh)
    agencies, by_alias = [], {}
    for row in data.get("agency", []):
        a = Agency(row["name"], tuple(row.get("aliases", [])), tuple(row.get("context_aliases", [])),
                   row.get("country", ""), row.get("kind", "wire"))
        agencies.append(a)
        for alias in a.aliases:
            by_alias[alias] = (a, False)
        for alias in a.context_aliases:
            by_alias[alias] = (a, True)
    alts = "|".join(re.escape(a) for a in sorted(by_alias, key=len, reverse=True))
    # an uppercase letter may follow: captions glue the credit to the dateline ("TASSJAKARTA")
    pattern = re.compile(rf"(?<![\w@.])({alts})(?![a-z0-9\u00c0-\u024f_])")
    return AgencyRegistry(tuple(agencies), by_alias, pattern)


def _ends_with(phrases, nouns, determiners) -> re.Pattern | None:
    if not phrases:
        return None
    p = "|".join(re.escape(x) for x in phrases)
    n = "|".join(re.escape(x) for x in nouns) if nouns else None
    # "told state news agency RIA", "kepada kantor berita resmi Iran IRNA": a few words may say what kind;
    # the language's determiners may come first: "according to a Reuters report", "laut einem dpa-Bericht"
    d = "|".join(re.escape(x) for x in sorted(determiners, key=len, reverse=True))
    article = rf"(?:(?:{d})\s+)?" if d else ""
    noun = rf"{article}(?:(?:[\w'’-]+\s+){{0,3}}?(?:{n})\s+(?:[\w'’-]+\s+){{0,2}}?)?" if n else article
    return re.compile(rf"(?:^|[\s,(\"“])(?:{p})\s*[:,]?\s+{noun}$")


@cache
def _relation_patterns(lex_code: str, told: tuple, reported: tuple, after: tuple, nouns: tuple, credit: tuple,
                       determiners: tuple):
    # "Reuters reported", "the RIA Novosti news agency reported"
    noun = r"(?:(?:" + "|".join(re.escape(x) for x in nouns) + r")\s+)?" if nouns else ""
    after_p = re.compile(r"^\s*" + noun + "(?:" + "|".join(re.escape(x) for x in after) + r")\b") if after else None
    credit_p = re.compile(
        r"(?:©|\b(?:" + "|".join(re.escape(c) for c in credit if c != "©") + r")\s*[:/])", re.IGNORECASE
    ) if credit else re.compile("©")
    noun_after = re.compile(r"^\s+(?:" + "|".join(re.escape(x) for x in nouns) + r")\b") if nouns else None
    told_p, reported_p = _ends_with(told, nouns, determiners), _ends_with(reported, nouns, determiners)
    return told_p, reported_p, after_p, credit_p, noun_after


def find_agencies(text: str, lexicon: Lexicon) -> list[AgencyMention]:
    reg = load_agencies()
    told_p, rep_p, after_p, credit_p, noun_after = _relation_patterns(
        lexicon.code, lexicon.agency_told, lexicon.agency_reported_by, lexicon.agency_reported_after,
        lexicon.agency_nouns, lexicon.photo_credit, tuple(sorted(lexicon.determiners | lexicon.definite_articles)))
    out = []
    for s, e, agency, contextual in reg.match(text):
        if _in_bracket_dateline(text, s, e, reg):
            relation = "dateline"
        elif _source_line(text, s, e, lexicon.agency_source_lines):
            relation = "reported_by"
        else:
            relation = _relation(text, s, e, told_p, rep_p, after_p, credit_p, noun_after)
        if contextual and relation is None:
            continue
        out.append(AgencyMention(s, e, agency.name, relation))
    return out


def _in_bracket_dateline(text: str, s: int, e: int, reg: AgencyRegistry) -> bool:
    """Is the alias at [s, e) one of the agencies of a bracketed credit that opens a story
    ("(ANTARA/Reuters) -")? A slash there joins two wires, not a photographer and a wire."""
    line_start = text.rfind("\n", 0, s) + 1
    o = text.rfind("(", line_start, s)
    if o < 0 or o - line_start > DATELINE_WINDOW:
        return False
    m = _BRACKET_CREDIT.match(text, o)
    if m is None or m.end(1) < e:
        return False
    parts = _CREDIT_SEPARATORS.split(m.group(1).strip())
    return len(parts) > 1 and all(p in reg.by_alias for p in parts)


def _source_line(text: str, s: int, e: int, labels: tuple[str, ...]) -> bool:
    """"Sumber: Reuters", "Quelle: dpa": a line of its own that names where the story came from."""
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    head = text[line_start:s].strip().lower().rstrip(":").strip()
    tail = text[e : len(text) if line_end < 0 else line_end].strip(" .,;/-")
    return bool(labels) and head in labels and len(tail) <= 30


def source_line_agency(mentions: list[AgencyMention], text: str, labels: tuple[str, ...]) -> AgencyMention | None:
    return next((m for m in mentions if _source_line(text, m.start, m.end, labels)), None)


def _relation(text, s, e, told_p, rep_p, after_p, credit_p, noun_after=None):
    line_start = text.rfind("\n", 0, s) + 1
    before = text[max(line_start, s - CREDIT_LOOKBEHIND_CHARS) : s]
    # "© Mikhail Sinitsyn/TASS", "Foto: Antara/Rivan", "REUTERS/Kevin Lamarque", "(Photo: AP)"
    credit = credit_p.search(before)
    if before.endswith("/") or _NAME_AFTER_SLASH.match(text, e) or (
            credit and not _SENTENCE_BREAK.search(before, credit.end())):
        return "photo_credit"
    if credit_p.match(text[e : e + CREDIT_LOOKBEHIND_CHARS].lstrip(" ")):
        return "photo_credit"  # "ANTARA FOTO/Aditya Pradana Putra", "AFP PHOTO/…"
    after = text[e : e + 6]
    tight = text[max(line_start, s - 2) : s]
    if tight.endswith("(") and _CLOSE_PAREN_DASH.match(after):
        return "dateline"
    if s - line_start <= DATELINE_WINDOW and _DASH.match(after) and _CITY_BEFORE.search(text[line_start:s]):
        return "dateline"
    near = text[max(line_start, s - LOOKBEHIND_CHARS) : s].lower()
    # "according to Reuters" before "to Reuters": the longer marker decides
    if rep_p is not None and rep_p.search(near):
        return "reported_by"
    # "sagte der Agentur Interfax zufolge": the word after outranks the article before
    if after_p is not None and after_p.match(text[e : e + 40].lower()):
        return "reported_by"
    if told_p is not None and told_p.search(near):
        return "told"
    if told_p is not None and noun_after is not None and noun_after.match(text[e : e + 30].lower()):
        # "told the official Xinhua news agency": what kind of agency it is may stand before it
        bare = _TRAILING_WORDS.sub(" ", near)
        if bare != near and told_p.search(bare):
            return "told"
    return None


def article_agency(mentions: list[AgencyMention], text: str, source_labels: tuple[str, ...] = ()) \
        -> AgencyMention | None:
    """The agency an article came through: its dateline (the wire whose story another relays,
    "(ANTARA/Reuters)"), else a "Sumber: Reuters" line, else the one it cites most, if it
    cites it more than once or in its lead. One "Dilansir AFP" halfway down a story that
    quotes its own interviews says where that one fact came from, not the story."""
    datelines = [m for m in mentions if m.relation == "dateline"]
    if datelines:
        first = datelines[0]
        return [m for m in datelines if m.start - first.start <= DATELINE_WINDOW][-1]
    credited = source_line_agency(mentions, text, source_labels)
    if credited is not None:
        return credited
    cited = [m for m in mentions if m.relation in ("reported_by", "told")]
    if not cited:
        return None
    top, count = Counter(m.name for m in cited).most_common(1)[0]
    first = next(m for m in cited if m.name == top)
    if count < 2 and first.start > len(text) * LEAD_SHARE:
        return None
    return AgencyMention(first.start, first.end, first.name, "reported_by")
