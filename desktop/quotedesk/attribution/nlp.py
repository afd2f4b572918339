"""The spaCy pipelines the engine tokenises with: blank languages (sentence starts come from
the view, by the Sentencizer's rule), or a trained pipeline the caller names.

A trained pipeline is used only when the caller names one; the rule path needs no
model download.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.attrs import IS_STOP, LANG, LIKE_EMAIL, LIKE_NUM, LIKE_URL, NORM, PREFIX, SHAPE, SUFFIX
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex, compile_suffix_regex

# scraped text glues marks and credits to words: 'kata:"Ini', 'Peskov/©', 'negeri,”kata'
EXTRA_INFIXES = (
    r"[/©]",
    r"(?<=[\w,.:;!?)])[\"“”„‟«»「」『』]",
    r"[\"“”„‟«»「」『』](?=[\w(])",
    r"(?<=[^\W\d_]):(?=[^\s\d/])",
    r"(?<=\w)[,.;:!?]+(?=[\"“”„‟«»」』])",
    # a sentence glued after an acronym or a number: 'dilansir AFP.Menteri', 'tahun 2020.Presiden'
    r"(?<=[A-Z]{2})\.(?=[A-Z][a-z])",
    r"(?<=\d)\.(?=[A-Z][a-z]{2})",
)

# a year's full stop ends its sentence: German keeps "1939." whole as if it were an ordinal
# ("seit 1939. „Wir stehen …“" would run on into the quotation)
EXTRA_SUFFIXES = (r"(?<=\b[12]\d{3})\.",)

# words the tokenizer keeps with their full stop as if they were initials, though the stop
# ends a sentence: the platform "X" ("schrieb er auf X. Der Freistaat …")
SENTENCE_END_WORDS = ("X.",)

# lexical attributes no rule, matcher or the sentencizer reads: each new word of an article
# would compute them (a shape, a norm, a stop-word lookup) and store their strings for nothing
UNUSED_LEXICAL_ATTRS = (NORM, SHAPE, PREFIX, SUFFIX, IS_STOP, LIKE_NUM, LIKE_URL, LIKE_EMAIL, LANG)

FALLBACK = "xx"
# paragraphs of scraped text can be huge; the engine itself bounds the work it does
MAX_LENGTH = 50_000_000


@cache
def blank_pipeline(lang: str, abbreviations: tuple[str, ...] = ()) -> Language:
    """`abbreviations` are words written with a full stop that the tokenizer must keep whole
    ("Kombes Pol. Kusumo", "Lt. Gen. Flynn"): split, the stop would end the sentence."""
    try:
        nlp = spacy.blank(lang)
    except (ImportError, KeyError, ValueError, OSError):
        nlp = spacy.blank(FALLBACK)
    infixes = list(nlp.Defaults.infixes or ()) + list(EXTRA_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if nlp.Defaults.suffixes:
        suffixes = list(EXTRA_SUFFIXES) + list(nlp.Defaults.suffixes)
        nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    if hasattr(nlp.tokenizer, "add_special_case"):  # not the word segmenters of zh, ja, th, vi
        for word in abbreviations:
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])
        for word in SENTENCE_END_WORDS:
            nlp.tokenizer.add_special_case(word, [{ORTH: word[:-1]}, {ORTH: word[-1]}])
    for attr in UNUSED_LEXICAL_ATTRS:
        nlp.vocab.lex_attr_getters.pop(attr, None)
    nlp.max_length = MAX_LENGTH  # sentence starts come from quotedesk.attribution.sentences
    return nlp


@cache
def trained_pipeline(model: str) -> Language | None:
    """A trained pipeline by package name (e.g. "en_core_web_sm") if it is installed, else None.

    Only its tokenizer, sentence boundaries and entities are used: names found by a
    statistical NER help the rules; nothing requires a model download.
    """
    if not spacy.util.is_package(model):
        return None
    nlp = spacy.load(model, exclude=["lemmatizer", "textcat", "tagger", "attribute_ruler"])
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    nlp.max_length = MAX_LENGTH
    return nlp
