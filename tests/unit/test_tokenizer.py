"""The blank pipelines' tokenizer: spaCy's language rules plus the engine's extras, built so
that spaCy's word cache stays on (see quotedesk.attribution.nlp)."""

from __future__ import annotations

import spacy
from quotedesk.attribution.lexicon import load_lexicon
from quotedesk.attribution.nlp import EXTRA_INFIXES, EXTRA_SUFFIXES, SENTENCE_END_WORDS, blank_pipeline
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex, compile_suffix_regex

TEXTS = {
    "id": "Anak-anak (anak-anak) “masing-masing” sehari-hari, kata Kombes Pol. Kusumo:) "
          "di Jawa-Bali.\n\nHarga Rp10.000 naik 5%. ”Kami tidak tahu,”kata Peskov/©Reuters. dilansir AFP.Menteri",
    "en": "“Mr. Smith,” said Sen. Ron Wyden (D-Ore.), don't pay $100,000 at 5 p.m. :) "
          "(Mr. Jones) \"Mr.\" Wis. U.S.-backed e-mail. He wrote on X. Then left.\n\n'Yes,' she said.",
    "de": "„Wir bleiben“, sagte Dr. Müller (SPD) am 3. Mai 1939. Die z.B. Kosten: 1200 €. "
          "Der Bundesfamilienministerin-Sprecher sagte: „Nein.“ Usw.\n\nEnde.",
}


def reference_pipeline(lang: str):
    """spaCy's tokenizer for the language with the engine's extras set the plain way."""
    nlp = spacy.blank(lang)
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + list(EXTRA_INFIXES)).finditer
    nlp.tokenizer.suffix_search = compile_suffix_regex(list(EXTRA_SUFFIXES) + list(nlp.Defaults.suffixes)).search
    for word in load_lexicon(lang).abbreviations:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    for word in SENTENCE_END_WORDS:
        nlp.tokenizer.add_special_case(word, [{ORTH: word[:-1]}, {ORTH: word[-1]}])
    return nlp


def test_tokens_are_those_of_spacys_rules_with_the_extras() -> None:
    for lang, text in TEXTS.items():
        ours = blank_pipeline(lang, load_lexicon(lang).abbreviations)
        expected = [t.text for t in reference_pipeline(lang)(text)]
        assert [t.text for t in ours(text)] == expected, lang
        assert [t.text for t in ours(text)] == expected, lang  # again, from the word cache


def test_reduplications_and_titles_stay_whole_beside_marks() -> None:
    nlp = blank_pipeline("id", load_lexicon("id").abbreviations)
    assert [t.text for t in nlp("(anak-anak) “masing-masing")] == ["(", "anak-anak", ")", "“", "masing-masing"]
    en = blank_pipeline("en", load_lexicon("en").abbreviations)
    assert [t.text for t in en("(Mr. Jones) on X. Then")] == ["(", "Mr.", "Jones", ")", "on", "X", ".", "Then"]


def test_an_html_anchor_inside_a_word_is_no_prefix() -> None:
    # spaCy's Indonesian prefix "<(b|…)\s?/>|<a([^>]+)>" left its second branch unanchored
    nlp = blank_pipeline("id", load_lexicon("id").abbreviations)
    assert nlp.tokenizer.prefix_search("kata<a href=x>") is None
    assert spacy.blank("id").tokenizer.prefix_search("kata<a href=x>") is not None
