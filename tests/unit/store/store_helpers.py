"""Articles and analyses built by hand for the store tests."""

from __future__ import annotations

import hashlib

from quotedesk.model import AgencyMention, Analysis, Document, Quote


def make_doc(text: str, *, title: str | None = None, outlet: str | None = None, url: str | None = None,
             published: str | None = None, source: str = "test.txt", lang: str | None = "en") -> Document:
    return Document(text=text, content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(), source=source,
                    title=title, outlet=outlet, url=url, published=published, lang=lang)


def make_analysis(text: str, *quotes: tuple, agency: str | None = None, lang: str = "en") -> Analysis:
    """Quotes as (quote text, speaker) or (quote text, speaker, agency) or
    (quote text, speaker, agency, speaker_kind); offsets found in `text`."""
    built = []
    search_from = 0
    for item in quotes:
        qtext, speaker = item[0], item[1]
        qagency = item[2] if len(item) > 2 else None
        kind = item[3] if len(item) > 3 else ("person" if speaker else "unknown")
        start = text.index(qtext, search_from)
        search_from = start + 1
        built.append(Quote(text=qtext, start=start, end=start + len(qtext), kind="direct", speaker=speaker,
                           speaker_kind=kind, cue="said", agency=qagency,
                           agency_relation="told" if qagency else None, confidence=0.9, evidence="test"))
    article_agency = AgencyMention(0, 0, agency, "reported_by") if agency else None
    return Analysis(lang=lang, quotes=tuple(built), article_agency=article_agency)


def table_counts(db) -> dict[str, int]:
    names = [n for n in db.table_names() if not n.endswith(("_fts", "_data", "_idx", "_docsize", "_config"))]
    return {n: db.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}
