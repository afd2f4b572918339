"""The spaCy pipelines the engine tokenises with: blank languages (sentence starts come from
the view, by the Sentencizer's rule), or a trained pipeline the caller names.

A trained pipeline is used only when the caller names one; the rule path needs no
model download.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

import spacy
from spacy.attrs import IS_STOP, LANG, LIKE_EMAIL, LIKE_NUM, LIKE_URL, NORM, PREFIX, SHAPE, SUFFIX
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

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

# lexical attributes no rule or matcher reads (nor the sentence rule): each new word of an article
# would compute them (a shape, a norm, a stop-word lookup) and store their strings for nothing
UNUSED_LEXICAL_ATTRS = (NORM, SHAPE, PREFIX, SUFFIX, IS_STOP, LIKE_NUM, LIKE_URL, LIKE_EMAIL, LANG)

FALLBACK = "xx"
TOKENIZER = "quotedesk.tokenizer.v1"
# paragraphs of scraped text can be huge; the engine itself bounds the work it does
MAX_LENGTH = 50_000_000


@cache
def blank_pipeline(lang: str, abbreviations: tuple[str, ...] = ()) -> Language:
    """`abbreviations` are words written with a full stop that the tokenizer must keep whole
    ("Kombes Pol. Kusumo", "Lt. Gen. Flynn"): split, the stop would end the sentence."""
    try:
        nlp = _blank(lang, abbreviations)
    except (ImportError, KeyError, ValueError, OSError):  # "ja" without SudachiPy, an unknown code
        nlp = _blank(FALLBACK, abbreviations)
    for attr in UNUSED_LEXICAL_ATTRS:
        nlp.vocab.lex_attr_getters.pop(attr, None)
    nlp.max_length = MAX_LENGTH  # sentence starts come from quotedesk.attribution.sentences
    return nlp


def _blank(lang: str, abbreviations: tuple[str, ...]) -> Language:
    config: dict = {}
    if spacy.util.get_lang_class(lang).default_config["nlp"]["tokenizer"]["@tokenizers"] == "spacy.Tokenizer.v1":
        # not the word segmenters of zh, ja, th, vi; ours is built instead of the default, not
        # after it (Indonesian's default alone takes two seconds to build)
        config = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER, "abbreviations": list(abbreviations)}}}
    return spacy.blank(lang, config=config)


@spacy.registry.tokenizers(TOKENIZER)
def _tokenizer_factory(abbreviations: list[str]) -> Callable[[Language], Tokenizer]:
    return lambda nlp: _tokenizer(nlp, tuple(abbreviations))


def _tokenizer(nlp: Language, abbreviations: tuple[str, ...]) -> Tokenizer:
    """The language's tokenizer with the extra affixes, built in one go: each affix or rule
    set on a built tokenizer reloads every special case (seconds for Indonesian's 16,000)."""
    defaults = nlp.Defaults
    rules = dict(defaults.tokenizer_exceptions or {})
    rules.update({word: [{ORTH: word}] for word in abbreviations})
    rules.update({word: [{ORTH: word[:-1]}, {ORTH: word[-1]}] for word in SENTENCE_END_WORDS})
    prefix_search = compile_prefix_regex(_grouped(defaults.prefixes)).search if defaults.prefixes else None
    suffix_search = compile_suffix_regex(_grouped(EXTRA_SUFFIXES + tuple(defaults.suffixes))).search \
        if defaults.suffixes else None

    def cut_by_affixes(word: str) -> bool:
        return any(search is not None and search(word) for search in (prefix_search, suffix_search))

    specials, whole = _split_rules(rules, cut_by_affixes)
    own_match = defaults.token_match
    return Tokenizer(
        nlp.vocab,
        rules=specials,
        prefix_search=prefix_search,
        suffix_search=suffix_search,
        infix_finditer=compile_infix_regex(tuple(defaults.infixes or ()) + EXTRA_INFIXES).finditer,
        token_match=(lambda s: s in whole or own_match(s)) if own_match else whole.__contains__,
        url_match=defaults.url_match,
    )


def _split_rules(rules: dict[str, list[dict]],
                 cut_by_affixes: Callable[[str], bool]) -> tuple[dict[str, list[dict]], frozenset[str]]:
    """spaCy stops caching a text's words once one special case matched in it (spaCy #1250),
    and Indonesian lists 15,600 hyphenated words ("anak-anak") as special cases, and every
    language " " and "\\n": after the first, each word of the article went through the affix
    patterns again. A rule that keeps a word with a letter whole, where no prefix or suffix
    pattern would cut it, is a token match instead (the same tokens, and no flag); the space
    rules go, a space being one token anyway. Rules that split ("don't", "X."), keep marks
    whole (":)") or keep a stop ("Mr.": "“Mr." must not lose it with the mark) stay."""
    specials: dict[str, list[dict]] = {}
    whole: set[str] = set()
    for key, tokens in rules.items():
        if not key.strip():
            continue
        if len(tokens) == 1 and tokens[0].get(ORTH) == key and any(ch.isalpha() for ch in key) \
                and not cut_by_affixes(key):
            whole.add(key)
        else:
            specials[key] = tokens
    return specials, frozenset(whole)


def _grouped(pieces: Iterable[str]) -> list[str]:
    """Each affix pattern in a group of its own, so that the anchor spaCy puts on it holds
    for every alternative: Indonesian's HTML prefix "<(b|…)\\s?/>|<a([^>]+)>" otherwise
    leaves "<a…>" unanchored, and the prefix search scans every chunk to its end (half of
    the Indonesian tokenizer's time)."""
    return [f"(?:{p})" for p in pieces if p.strip()]  # spaCy drops blank ones; a group would match nothing


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
