"""The rated claims as schema.org ClaimReview, in JSON-LD.

The file is one schema.org DataFeed: its `dateCreated` and `description` say when and
with which filters it was made, and `dataFeedElement` holds one ClaimReview per rated
claim (unrated claims have nothing to review yet). Each ClaimReview carries its own
"@context", so it can be pasted alone into a page's <script type="application/ld+json">.

The JSON is written with <, > and & as \\u escapes (and U+2028, U+2029 too), which JSON
reads back as the same characters: a claim holding "</script>" cannot end the script
element a review is pasted into.

Per ClaimReview:
- claimReviewed: the claim's text.
- reviewRating: a Rating with the label as alternateName and, when the label has a
  number on the database's scale, ratingValue, bestRating and worstRating (the highest
  and lowest numbers on the scale). A label with no number (the default scale's
  "Unverifiable") is no point on the true-false line: it gets alternateName alone.
- url: schema.org means the fact-check's own page, which the log does not know; it is
  the article URL of the claim's first appearance that has a web (http or https) one,
  and when no appearance has one, the stable local URI urn:quotedesk:claim:<id> (the id is the claim's in
  this database), so that every review still has a url to be told apart by.
- author: the person who gave the rating; datePublished: the day they gave it.
- itemReviewed: a Claim whose author is the speaker (a Person with the role as
  jobTitle, or an Organization; none for an anonymous source), whose appearance lists the articles (NewsArticle with
  url, headline, date and the outlet as publisher) and whose firstAppearance is the
  earliest of them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

from quotedesk.export.report import safe_url
from quotedesk.export.rows import ClaimRecord, ExportMeta

if TYPE_CHECKING:
    from quotedesk.store import Appearance, RatingLevel

CONTEXT = "https://schema.org"
LOCAL_URI = "urn:quotedesk:claim:{id}"


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _bounds(scale: Iterable[RatingLevel]) -> tuple[int | float, int | float] | None:
    values = [lv.value for lv in scale if lv.value is not None]
    if not values:
        return None
    return _number(max(values)), _number(min(values))


def _rating(label: str, scale: tuple[RatingLevel, ...]) -> dict[str, Any]:
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": label}
    level = next((lv for lv in scale if lv.label == label), None)
    bounds = _bounds(scale)
    if level is not None and level.value is not None and bounds is not None:
        rating["ratingValue"] = _number(level.value)
        rating["bestRating"], rating["worstRating"] = bounds
    return rating


def _article(a: Appearance) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "NewsArticle"}
    if a.url:
        item["url"] = a.url
    if a.title:
        item["headline"] = a.title
    if a.seen_on:
        item["datePublished"] = a.seen_on
    if a.outlet:
        item["publisher"] = {"@type": "Organization", "name": a.outlet}
    return item


def _speaker(record: ClaimRecord) -> dict[str, Any] | None:
    name = record.claim.speaker
    if not name or record.speaker_kind == "anonymous":
        return None
    if record.speaker_kind == "organization":
        return {"@type": "Organization", "name": name}
    person = {"@type": "Person", "name": name}
    if record.speaker_role:
        person["jobTitle"] = record.speaker_role
    return person


def review_url(record: ClaimRecord) -> str:
    """The first appearance's web URL, else a stable local URI (see the module doc)."""
    for a in record.appearances:
        if a.url and safe_url(a.url) is not None:
            return a.url.strip()
    return LOCAL_URI.format(id=record.claim.id)


_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                              "\u2029": "\\u2029"})


def _dumps(value: Any) -> str:
    # these characters occur in JSON only inside strings, where an escape reads back the same
    return json.dumps(value, ensure_ascii=False, indent=2).translate(_SCRIPT_SAFE)


def claim_review(record: ClaimRecord, scale: tuple[RatingLevel, ...]) -> dict[str, Any] | None:
    """One ClaimReview, or None for an unrated claim."""
    rating = record.verdict.rating
    if rating is None:
        return None
    claim: dict[str, Any] = {"@type": "Claim"}
    author = _speaker(record)
    if author is not None:
        claim["author"] = author
    if record.claim.first_seen:
        claim["datePublished"] = record.claim.first_seen
    if record.appearances:
        claim["appearance"] = [_article(a) for a in record.appearances]
        claim["firstAppearance"] = _article(record.appearances[0])
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "claimReviewed": record.claim.text,
        "reviewRating": _rating(rating, scale),
        "url": review_url(record),
    }
    if record.rated_by:
        review["author"] = {"@type": "Person", "name": record.rated_by}
    if record.rated_at:
        review["datePublished"] = record.rated_at[:10]
    review["itemReviewed"] = claim
    return review


def write_claimreview(meta: ExportMeta, records: Iterable[ClaimRecord], out: TextIO) -> int:
    """Write the DataFeed, a review at a time; returns the number of ClaimReviews."""
    feed = {
        "@context": CONTEXT,
        "@type": "DataFeed",
        "name": "Claim log",
        "dateCreated": meta.generated_at,
        "description": meta.line(),
    }
    head = _dumps(feed)
    out.write(head[:-2] + ',\n  "dataFeedElement": [')
    count = 0
    for record in records:
        review = claim_review(record, meta.rating_scale)
        if review is None:
            continue
        text = _dumps(review)
        out.write(("," if count else "") + "\n" + "\n".join("    " + line for line in text.split("\n")))
        count += 1
    out.write("\n  ]\n}\n" if count else "]\n}\n")
    return count
