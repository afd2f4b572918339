"""The flat token view the engine reads articles through."""

from __future__ import annotations

import spacy
from quotedesk.attribution.view import ArticleView


def view(text: str) -> ArticleView:
    return ArticleView(text, spacy.blank("en")(text))


def test_paragraph_bounds_stop_at_newlines_and_cover_the_text_ends() -> None:
    text = "Smith spoke.\n\nJones said no. He left.\nThe end"
    v = view(text)
    jones = v.words.index("Jones")
    a, b = v.paragraph_bounds(jones)
    assert v.span_text(a, b) == "Jones said no. He left."
    a, b = v.paragraph_bounds(0)
    assert v.span_text(a, b) == "Smith spoke."
    a, b = v.paragraph_bounds(len(v) - 1)
    assert v.span_text(a, b) == "The end"
