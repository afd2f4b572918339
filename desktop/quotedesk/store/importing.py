"""Putting an analysed article into the store: a new article, a new revision of one
already there, or a re-extraction of the current text.

Quotes of the previous text are re-anchored in the new one rather than replaced: a
quote found again (same normalised text, or nearly, with its context deciding between
look-alikes) keeps its row, its id and its claim, so the verdict, the history and a
person's corrections stay with it. A quote no longer in the text stays in the database
marked not current, pointing at the revision it was in, and stops counting as an
appearance.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotedesk.model import Analysis, Document, Quote
from quotedesk.store import articles, claims, overrides
from quotedesk.store.matching import ClaimMatcher
from quotedesk.store.records import ImportResult
from quotedesk.store.speakers import Agencies, Speakers
from quotedesk.store.text import normalize

if TYPE_CHECKING:  # sqlite-utils costs a tenth of a second to import: only Store.open needs it
    from sqlite_utils import Database

CONTEXT_CHARS = 80
REANCHOR_MIN_TEXT = 70.0  # fuzz.ratio of the normalised texts
REANCHOR_MIN_SCORE = 80.0  # with the context: 0.75 text + 0.25 context

_QUOTE_COLUMNS = (
    "article_id", "revision_id", "claim_id", "is_current", "position", "text", "start_offset", "end_offset",
    "kind", "speaker", "speaker_id", "speaker_kind", "speaker_start", "speaker_end", "role", "cue", "agency_id",
    "agency_relation", "confidence", "evidence", "extracted_speaker", "extracted_speaker_kind",
    "extracted_agency", "anchor", "context_before", "context_after", "seen_on",
)
_INSERT_QUOTE = (f"INSERT INTO quotes ({', '.join(_QUOTE_COLUMNS)}) "
                 f"VALUES ({', '.join('?' for _ in _QUOTE_COLUMNS)})")
_UPDATE_QUOTE = ("UPDATE quotes SET " + ", ".join(f"{c} = ?" for c in _QUOTE_COLUMNS if c != "claim_id")
                 + " WHERE id = ?")


@dataclass(slots=True)
class _Old:
    id: int
    anchor: str
    context: str
    position: int
    claim_id: int


def _row(q: Quote, text: str, position: int) -> dict:
    return {
        "position": position, "text": q.text, "start_offset": q.start, "end_offset": q.end, "kind": q.kind,
        "speaker_start": q.speaker_start, "speaker_end": q.speaker_end, "role": q.role, "cue": q.cue,
        "agency_relation": q.agency_relation, "confidence": q.confidence, "evidence": q.evidence,
        "extracted_speaker": q.speaker, "extracted_speaker_kind": q.speaker_kind, "extracted_agency": q.agency,
        "anchor": normalize(q.text),
        "context_before": text[max(0, q.start - CONTEXT_CHARS):q.start],
        "context_after": text[q.end:q.end + CONTEXT_CHARS],
    }


def pair_quotes(old: list[_Old], new: list[dict]) -> dict[int, _Old]:
    """Which old quote each new one is (by index into `new`): equal anchors first, the
    context and then the position choosing among repeats; then near-equal texts, best
    pairs first."""
    from rapidfuzz import fuzz  # imported on first use: the app paints before it pairs revisions

    pairs: dict[int, _Old] = {}
    used: set[int] = set()
    by_anchor: dict[str, list[_Old]] = defaultdict(list)
    for o in old:
        by_anchor[o.anchor].append(o)

    def context(row: dict) -> str:
        return row["context_before"] + "\x00" + row["context_after"]

    for i, row in enumerate(new):
        candidates = [o for o in by_anchor.get(row["anchor"], ()) if o.id not in used]
        if candidates:
            best = max(candidates, key=lambda o: (fuzz.ratio(o.context, context(row)),
                                                  -abs(o.position - row["position"])))
            pairs[i] = best
            used.add(best.id)
    scored = []
    rest = [o for o in old if o.id not in used]
    for i, row in enumerate(new):
        if i in pairs:
            continue
        for o in rest:
            text_score = fuzz.ratio(o.anchor, row["anchor"])
            if text_score < REANCHOR_MIN_TEXT:
                continue
            score = 0.75 * text_score + 0.25 * fuzz.ratio(o.context, context(row))
            if score >= REANCHOR_MIN_SCORE:
                scored.append((score, i, o))
    for _, i, o in sorted(scored, key=lambda s: (-s[0], s[1], s[2].id)):
        if i not in pairs and o.id not in used:
            pairs[i] = o
            used.add(o.id)
    return pairs


class Importer:
    def __init__(self, db: Database, speakers: Speakers, agencies: Agencies, matcher: ClaimMatcher) -> None:
        self.db = db
        self.speakers = speakers
        self.agencies = agencies
        self.matcher = matcher

    def add(self, doc: Document, analysis: Analysis) -> ImportResult:
        """Store one article; call inside a transaction."""
        known = articles.revision_by_hash(self.db, doc.content_hash)
        if known is not None:
            revision_id, article_id = known
            count = self.db.execute("SELECT COUNT(*) FROM quotes WHERE article_id = ? AND is_current = 1",
                                    [article_id]).fetchone()[0]
            return ImportResult("unchanged", article_id, revision_id, doc.source, quotes=count)
        agency = analysis.article_agency
        agency_id = self.agencies.resolve(agency.name) if agency and agency.relation != "photo_credit" else None
        lang = doc.lang or analysis.lang or None
        article_id = articles.find_article(self.db, doc)
        status = "revised" if article_id is not None else "imported"
        if article_id is None:
            article_id = articles.insert_article(self.db, doc, lang, agency_id)
        else:
            articles.update_article(self.db, article_id, doc, lang, agency_id)
        revision_id = articles.insert_revision(self.db, article_id, doc)
        return self._place(status, article_id, revision_id, doc.text, analysis, doc.source)

    def reanalyse(self, article_id: int, analysis: Analysis) -> ImportResult:
        """Apply a fresh extraction of the article's current text."""
        revision_id = articles.get(self.db, article_id).current_revision_id
        text = articles.text(self.db, article_id)
        return self._place("reextracted", article_id, revision_id, text, analysis, None)

    def _place(self, status: str, article_id: int, revision_id: int, text: str, analysis: Analysis,
               source: str | None) -> ImportResult:
        db = self.db
        seen_on = articles.seen_on(db, article_id)
        new_rows = [_row(q, text, n) for n, q in enumerate(analysis.quotes)]
        old = [_Old(r[0], r[1], (r[2] or "") + "\x00" + (r[3] or ""), r[4], r[5]) for r in db.execute(
            "SELECT id, anchor, context_before, context_after, position, claim_id FROM quotes "
            "WHERE article_id = ? AND is_current = 1 ORDER BY position", [article_id])]
        pairs = pair_quotes(old, new_rows)
        paired_ids = {o.id for o in pairs.values()}
        # Overrides whose quote is gone from the text may belong to a quote that is back
        # under a new row (dropped by one extraction, found by the next): by anchor.
        by_quote: dict[int, list[tuple[int, str, str | None]]] = defaultdict(list)
        anchors: dict[int, str] = {}
        for override_id, quote_id, anchor, field, value in overrides.for_article(db, article_id):
            if quote_id not in paired_ids:
                by_quote[quote_id].append((override_id, field, value))
                anchors[quote_id] = anchor
        orphans: dict[str, list[list[tuple[int, str, str | None]]]] = defaultdict(list)
        for quote_id, corrections in by_quote.items():
            orphans[anchors[quote_id]].append(corrections)
        touched: set[int] = set()
        new_claims = 0
        for n, row in enumerate(new_rows):
            row.update(article_id=article_id, revision_id=revision_id, is_current=1, seen_on=seen_on,
                       speaker=row["extracted_speaker"], speaker_kind=row["extracted_speaker_kind"] or "unknown",
                       speaker_id=None, agency_id=None)
            previous = pairs.get(n)
            if previous is not None:
                row["claim_id"] = previous.claim_id
                db.execute(_UPDATE_QUOTE, [row[c] for c in _QUOTE_COLUMNS if c != "claim_id"] + [previous.id])
                if row["anchor"] != previous.anchor:
                    db.execute("UPDATE overrides SET anchor = ? WHERE quote_id = ?", [row["anchor"], previous.id])
                touched |= overrides.apply_to_quote(db, self.speakers, self.agencies, self.matcher, previous.id)
                continue
            waiting = orphans.get(row["anchor"])
            adopted = waiting.pop(0) if waiting else []
            if adopted:
                corrected = {field: value for _, field, value in adopted}
                row["speaker"], row["speaker_kind"] = overrides.effective_speaker(
                    row["speaker"], row["speaker_kind"], corrected.get("speaker"), "speaker" in corrected)
                agency_name = (corrected["agency"] or None) if "agency" in corrected else row["extracted_agency"]
            else:
                agency_name = row["extracted_agency"]
            row["speaker_id"] = self.speakers.resolve(row["speaker"], row["speaker_kind"])
            row["agency_id"] = self.agencies.resolve(agency_name)
            claim_id, created = claims.match_or_create(db, self.matcher, row["speaker_id"], row["text"],
                                                       row["anchor"])
            new_claims += created
            row["claim_id"] = claim_id
            quote_id = db.execute(_INSERT_QUOTE, [row[c] for c in _QUOTE_COLUMNS]).lastrowid
            touched.add(claim_id)
            if adopted:
                marks = ", ".join("?" for _ in adopted)
                db.execute(f"UPDATE overrides SET quote_id = ? WHERE id IN ({marks})",
                           [quote_id, *(override_id for override_id, _, _ in adopted)])
        gone = [o for o in old if o.id not in paired_ids]
        if gone:
            marks = ", ".join("?" for _ in gone)
            db.execute(f"UPDATE quotes SET is_current = 0 WHERE id IN ({marks})", [o.id for o in gone])
            touched |= {o.claim_id for o in gone}
        claims.refresh_stats(db, touched)
        return ImportResult(status, article_id, revision_id, source, quotes=len(new_rows), new_claims=new_claims,
                            reanchored=len(pairs))
