"""ClaimReview JSON-LD: each review validated against a JSON Schema written for it here,
after Google's and schema.org's ClaimReview fields."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from pathlib import Path

import pytest
from export_library import LAVROV_CYRILLIC, LAVROV_TEXT, PESKOV_TEXT, Library
from jsonschema import Draft202012Validator, ValidationError
from quotedesk.export import ExportFilters, export
from quotedesk.store import Store

DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
WEB_URL = {"type": "string", "pattern": r"^https?://\S+$"}

DRAFT = "https://json-schema.org/draft/2020-12/schema"

REVIEW = {
    "type": "object",
    # required by Google for a ClaimReview: claimReviewed, reviewRating, url
    "required": ["@context", "@type", "claimReviewed", "reviewRating", "url"],
    "additionalProperties": False,
    "properties": {
        "@context": {"const": "https://schema.org"},
        "@type": {"const": "ClaimReview"},
        "claimReviewed": {"type": "string", "minLength": 1},
        "url": {"anyOf": [WEB_URL, {"type": "string", "pattern": r"^urn:quotedesk:claim:[0-9]+$"}]},
        "author": {"$ref": "#/$defs/agent"},
        "datePublished": DATE,
        "reviewRating": {
            "type": "object",
            "required": ["@type", "alternateName"],
            "additionalProperties": False,
            "properties": {
                "@type": {"const": "Rating"},
                "alternateName": {"type": "string", "minLength": 1},
                "ratingValue": {"type": "number"},
                "bestRating": {"type": "number"},
                "worstRating": {"type": "number"},
            },
            # a numbered level carries all three numbers; a label without one (Unverifiable) none
            "dependentRequired": {"ratingValue": ["bestRating", "worstRating"],
                                  "bestRating": ["ratingValue", "worstRating"],
                                  "worstRating": ["ratingValue", "bestRating"]},
            "if": {"properties": {"alternateName": {"not": {"const": "Unverifiable"}}}},
            "then": {"required": ["ratingValue", "bestRating", "worstRating"]},
            "else": {"not": {"required": ["ratingValue"]}},
        },
        "itemReviewed": {
            "type": "object",
            "required": ["@type"],
            "additionalProperties": False,
            "properties": {
                "@type": {"const": "Claim"},
                "author": {"$ref": "#/$defs/agent"},
                "datePublished": DATE,
                "appearance": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/article"}},
                "firstAppearance": {"$ref": "#/$defs/article"},
            },
        },
    },
}

DEFS = {
    "agent": {
        "type": "object", "required": ["@type", "name"], "additionalProperties": False,
        "properties": {"@type": {"enum": ["Person", "Organization"]}, "name": {"type": "string", "minLength": 1},
                       "jobTitle": {"type": "string", "minLength": 1}},
    },
    "article": {
        "type": "object", "required": ["@type"], "additionalProperties": False,
        "properties": {
            "@type": {"const": "NewsArticle"}, "url": WEB_URL, "headline": {"type": "string"},
            "datePublished": DATE,
            "publisher": {"type": "object", "required": ["@type", "name"],
                          "properties": {"@type": {"const": "Organization"}, "name": {"type": "string"}}},
        },
    },
}

CLAIM_REVIEW = {"$schema": DRAFT, **REVIEW, "$defs": DEFS}

FEED = {
    "$schema": DRAFT,
    "type": "object",
    "required": ["@context", "@type", "dateCreated", "description", "dataFeedElement"],
    "properties": {
        "@context": {"const": "https://schema.org"},
        "@type": {"const": "DataFeed"},
        "dateCreated": {"type": "string"},
        "description": {"type": "string", "pattern": "^Claim log exported .* filters: "},
        "dataFeedElement": {"type": "array", "items": {"$ref": "#/$defs/review"}},
    },
    "$defs": {**DEFS, "review": REVIEW},
}


def _export(store: Store, path: Path, filters: ExportFilters | None = None) -> dict:
    export(store, "claimreview", path, filters, generated_at="2025-03-05T10:00:00Z")
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_schema_itself_rejects_bad_reviews() -> None:
    Draft202012Validator.check_schema(CLAIM_REVIEW)
    good = {"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "x", "url": "https://a.b/c",
            "reviewRating": {"@type": "Rating", "alternateName": "False", "ratingValue": 1, "bestRating": 5,
                             "worstRating": 1}}
    Draft202012Validator(CLAIM_REVIEW).validate(good)
    for path, value in [(("url",), None), (("reviewRating", "bestRating"), None), (("claimReviewed",), ""),
                        (("url",), "javascript:alert(1)"), (("reviewRating", "ratingValue"), "1")]:
        bad = copy.deepcopy(good)
        target = bad
        for key in path[:-1]:
            target = target[key]
        if value is None:
            del target[path[-1]]
        else:
            target[path[-1]] = value
        with pytest.raises(ValidationError):
            Draft202012Validator(CLAIM_REVIEW).validate(bad)


def test_one_valid_review_per_rated_claim(store: Store, library: Library, tmp_path: Path) -> None:
    feed = _export(store, tmp_path / "reviews.jsonld")
    Draft202012Validator(FEED).validate(feed)
    assert feed["dateCreated"] == "2025-03-05T10:00:00Z"
    assert "filters: none (every claim); 5 claims" in feed["description"]
    reviews = feed["dataFeedElement"]
    for review in reviews:
        Draft202012Validator(CLAIM_REVIEW).validate(review)
    # the formula claim is not rated: four reviews for five claims
    assert [r["claimReviewed"] for r in reviews] == [
        PESKOV_TEXT, "<script>alert('x')</script> adalah kebohongan besar,", LAVROV_TEXT,
        "Wir werden das sorgfältig prüfen"]
    peskov, script, lavrov, merz = reviews

    assert peskov["reviewRating"] == {"@type": "Rating", "alternateName": "False", "ratingValue": 1,
                                      "bestRating": 5, "worstRating": 1}
    assert peskov["url"] == "https://example.id/kremlin-1"  # the first appearance's article
    assert peskov["author"] == {"@type": "Person", "name": "Ana Wulandari"}
    assert peskov["datePublished"] == store.verdict(library.peskov).updated_at[:10]
    item = peskov["itemReviewed"]
    # the role where the claim first appeared with one (Kompas named none)
    assert item["author"] == {"@type": "Person", "name": "Dmitry Peskov", "jobTitle": "Kremlin spokesman"}
    assert item["datePublished"] == "2025-02-26"
    assert [(a["url"], a["publisher"]["name"], a["datePublished"]) for a in item["appearance"]] == [
        ("https://example.id/kremlin-1", "Kompas", "2025-02-26"),
        ("https://example.com/peskov-2", "The Jakarta Post", "2025-02-27"),
        ("https://example.id/kremlin-3", "Tempo", "2025-02-28")]
    assert item["firstAppearance"] == item["appearance"][0]
    assert item["appearance"][2]["headline"] == 'Kremlin bersiap & "siaga"'

    assert script["author"]["name"] == "Budi Editor" and script["reviewRating"]["ratingValue"] == 2
    assert lavrov["itemReviewed"]["author"] == {"@type": "Person", "name": LAVROV_CYRILLIC,
                                                "jobTitle": "Menteri Luar Negeri Rusia"}
    assert lavrov["reviewRating"]["ratingValue"] == 4
    # Unverifiable has no number on the scale; Merz's article has no URL
    assert merz["reviewRating"] == {"@type": "Rating", "alternateName": "Unverifiable"}
    assert merz["url"] == f"urn:quotedesk:claim:{library.merz}"
    assert "url" not in merz["itemReviewed"]["firstAppearance"]


def test_best_and_worst_come_from_the_scale(store: Store, library: Library, tmp_path: Path) -> None:
    store.set_rating_scale([("True", 10), ("Mostly true", 7.5), ("Mostly false", 2.5), ("False", 0),
                            ("Unverifiable", None)])
    reviews = _export(store, tmp_path / "reviews.jsonld", ExportFilters(status="done"))["dataFeedElement"]
    for review in reviews:
        Draft202012Validator(CLAIM_REVIEW).validate(review)
    assert [(r["reviewRating"]["alternateName"], r["reviewRating"]["ratingValue"], r["reviewRating"]["bestRating"],
             r["reviewRating"]["worstRating"]) for r in reviews] == [("False", 0, 10, 0), ("Mostly true", 7.5, 10, 0)]


def test_an_organization_speaks_as_one_and_an_anonymous_source_has_no_author(store: Store, library: Library,
                                                                              tmp_path: Path) -> None:
    from quotedesk.export.claimreview import claim_review
    from quotedesk.export.rows import read_record

    record = read_record(store, library.peskov)
    scale = tuple(store.rating_scale())
    for kind, expected in [("organization", {"@type": "Organization", "name": "Dmitry Peskov"}),
                           ("anonymous", None),
                           ("person", {"@type": "Person", "name": "Dmitry Peskov", "jobTitle": "Kremlin spokesman"})]:
        review = claim_review(replace(record, speaker_kind=kind), scale)
        assert review is not None
        assert review["itemReviewed"].get("author") == expected
    assert claim_review(read_record(store, library.formula), scale) is None


def test_no_rated_claims_is_an_empty_feed(store: Store, tmp_path: Path) -> None:
    feed = _export(store, tmp_path / "none.jsonld", ExportFilters(status="unreviewed", rating="False"))
    Draft202012Validator(FEED).validate(feed)
    assert feed["dataFeedElement"] == []
