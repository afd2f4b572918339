"""What stands around a capitalised word that makes it a name: a speech verb beside it, the
place someone works, a verb that only a person's name can be the subject of."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotedesk.attribution.lexicon import Lexicon
from quotedesk.attribution.role_phrases import MAX_ROLE_TOKENS
from quotedesk.attribution.view import ArticleView

CLAUSE_OPENERS = (",", ":")


class NameContexts:
    """Mixed into Mentions."""

    if TYPE_CHECKING:
        v: ArticleView
        lex: Lexicon
        cue_words: frozenset[str]
        given_names: frozenset[str]

        def is_name_token(self, i: int, first: bool) -> bool: ...

    def _beside_cue(self, i: int) -> bool:
        v = self.v
        return (i > 0 and v.lower[i - 1] in self.cue_words) or (i + 1 < len(v) and v.lower[i + 1] in self.cue_words)

    def _workplace_then_cue(self, n: int) -> bool:
        """A preposition at token n, a capitalised name after it, then a speech verb."""
        v, lex = self.v, self.lex
        if n + 1 >= len(v) or v.lower[n] not in lex.prepositions or not self.is_name_token(n + 1, False):
            return False
        k = n + 1
        while k < len(v) and k - n <= MAX_ROLE_TOKENS and (
                v.is_space(k) or self.is_name_token(k, False) or v.lower[k] in lex.role_joiners):
            k += 1
        while k < len(v) and v.lower[k] in lex.adverbs:
            k += 1
        return k < len(v) and v.lower[k] in self.cue_words and v.lower[k] not in lex.passive_cues

    def _bare_subject_of(self, i: int, n: int) -> bool:
        """"Scholz sagte, …", "Merz betonte: „…“": where nouns are capitalised too, one word
        opening the sentence is a name when a speech verb in the singular follows and the verb
        ends the clause, so the word must be its subject; a bare plural ("Experten sagten")
        and a word the article writes in lower case ("Ähnlich äußerte sich") are not."""
        v, lex = self.v, self.lex
        low, verb = v.lower[i], v.lower[n]
        return n + 1 < len(v) and v.words[n + 1] in CLAUSE_OPENERS and verb in self.cue_words \
            and not verb.endswith(lex.plural_verb_endings) and low not in v.lowercase_words \
            and not any(low in words for words in (lex.plural_pronouns, lex.determiners, lex.conjunctions,
                                                     lex.adverbs, lex.anonymous_heads))

    def _derived_noun_before_name(self, i: int) -> bool:
        """"Penyalahgunaan Mas Achmad menambahkan": a derived noun ("pe…an") opening the sentence
        right before a known given name is no part of that name."""
        v, lex = self.v, self.lex
        return bool(lex.not_person_patterns) and any(p.match(v.words[i]) for p in lex.not_person_patterns) \
            and any(v.words[t] in self.given_names for t in range(i + 1, min(len(v), i + 3)))

    def _function_word(self, low: str) -> bool:
        """A word that opens a clause or a phrase ("Whether", "When", "For"), never a given name."""
        lex = self.lex
        return any(low in words for words in (
            lex.complementizers, lex.conjunctions, lex.coordinators, lex.prepositions, lex.adverbs, lex.determiners,
            lex.wh_words, lex.relatives, lex.clause_openers, lex.pronouns, lex.plural_pronouns))
