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


SENTENCE_TEXTS = (
    "Smith spoke. Jones said no!\n\nHe left... “Why?” she asked. (Really.) The end",
    "Kata dia: “Tidak.” Lalu ia pergi.”Apabila …” katanya. 2020.Presiden datang?! Ya।",
    "„Wir bleiben“, sagte er. — Dann: „Nein.“ Ende.",
    "",
    "...",
)


def test_sentence_starts_follow_the_sentencizer_rule_without_running_it() -> None:
    for text in SENTENCE_TEXTS:
        nlp = spacy.blank("xx")
        nlp.add_pipe("sentencizer")
        expected = [t.is_sent_start is True for t in nlp(text)]
        expected[:1] = [True] * min(1, len(expected))
        v = view(text)
        assert v.sent_start == expected, text
    v = view("He left. \n\nShe stayed.")
    starts = [v.words[i] for i, s in enumerate(v.sent_start) if s]
    assert starts == ["He", "\n\n"]  # after a full stop, the space token opens the next sentence
