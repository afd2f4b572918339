"""The lexicon's titles, anonymous-source heads and organisation names, matched in one
article with spaCy's PhraseMatcher (German compound roles word by word)."""

from __future__ import annotations

import re

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotedesk.attribution.lexicon import Lexicon

MAX_ROLE_REACH = 6  # tokens from a role's first word to a word that qualifies it
_OPENS_HYPHENED = re.compile(r"[A-ZÄÖÜ][\w.]*-").match


class PhraseIndex:
    """Title, anonymous-source and organisation phrases of one article, by first token."""

    def __init__(self, lexicon: Lexicon, vocab: Vocab) -> None:
        self.titles = PhraseMatcher(vocab, attr="LOWER")
        self.modifiers = lexicon.title_modifiers
        self.post_modifiers = PhraseMatcher(vocab, attr="LOWER")
        if lexicon.title_post_modifiers:
            self.post_modifiers.add("x", [Doc(vocab, words=[w]) for w in lexicon.title_post_modifiers])
        self.anonymous = PhraseMatcher(vocab, attr="LOWER")
        self.orgs = PhraseMatcher(vocab, attr="ORTH")
        for matcher, phrases in ((self.titles, lexicon.titles), (self.anonymous, lexicon.anonymous_heads),
                                 (self.orgs, lexicon.organizations)):
            docs = [Doc(vocab, words=p.split()) for p in phrases]
            if docs:
                matcher.add("x", docs)
        # German writes roles as compounds: "Bundesfamilienministerin", "Polizeisprecher", and
        # with a hyphen after a name or an acronym: "BMW-Sprecher", "Bahn-Chefin", "FDP-Fraktionschef".
        # One word each, tested in a loop over the words: a Matcher with regex predicates builds
        # a Token for every token of the article
        self.compound_title = self.hyphen_compound = None
        if lexicon.title_suffixes:
            alternatives = "|".join(re.escape(x) for x in sorted(lexicon.title_suffixes, key=len, reverse=True))
            self.compound_title = re.compile(rf"\w{{3,}}(?:{alternatives})")
            self.hyphen_compound = re.compile(rf"[\w.-]+-\w*(?:{alternatives})")

    def index(self, doc: Doc, words: list[str],
              lower: list[str]) -> tuple[dict[int, int], dict[int, int], dict[int, int]]:
        """`words` and `lower` are the Doc's token texts, as the article view holds them."""
        out = []
        for matcher in (self.titles, self.anonymous, self.orgs):
            spans: dict[int, int] = {}
            for _, s, e in (matcher(doc) if len(matcher) else ()):
                if e > spans.get(s, 0):
                    spans[s] = e
            out.append(spans)
        for t in self._compound_titles(words, lower):
            out[0].setdefault(t, t + 1)
        return self._with_modifiers(doc, out[0]), out[1], out[2]

    def _compound_titles(self, words: list[str], lower: list[str]):
        if self.compound_title is None:
            return
        whole, hyphened = self.compound_title.fullmatch, self.hyphen_compound.fullmatch
        for t, w in enumerate(words):
            if (w.istitle() and whole(lower[t])) or ("-" in w and _OPENS_HYPHENED(w) and hyphened(lower[t])):
                yield t

    def _with_modifiers(self, doc: Doc, titles: dict[int, int]) -> dict[int, int]:
        """"Mantan Ketua KPK", "der ehemalige Außenminister": a role keeps the word that says
        its holder no longer (or not yet) holds it."""
        out: dict[int, int] = {}
        for s, e in titles.items():
            k = s
            while k > 0 and doc[k - 1].lower_ in self.modifiers:
                k -= 1
            out[k] = max(e, out.get(k, 0))
        # "Ketua KPK sementara Nawawi Pomolango", "Ketua RT setempat, Hendra": after a role and
        # its institution, the word is part of the role, before the name or its comma
        for _, t, _ in (self.post_modifiers(doc) if len(self.post_modifiers) else ()):
            if 0 < t < len(doc) - 1 and (doc[t - 1].is_title or doc[t - 1].is_upper) \
                    and (doc[t + 1].is_title or doc[t + 1].text == ",") \
                    and any(s < t <= s + MAX_ROLE_REACH for s in titles):
                out.setdefault(t, t + 1)
        return out


_CACHE: dict[tuple[str, int], PhraseIndex] = {}


def phrase_index(lexicon: Lexicon, vocab: Vocab) -> PhraseIndex:
    key = (lexicon.code, id(vocab))
    if key not in _CACHE:
        _CACHE[key] = PhraseIndex(lexicon, vocab)
    return _CACHE[key]
