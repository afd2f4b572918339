"""Speech cues ("kata", "ujarnya", "said", "laut") found with spaCy matchers built
from the lexicon."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotedesk.attribution.lexicon import Lexicon
from quotedesk.attribution.view import QUOTE_GLYPHS

CueKind = Literal["verb", "clitic", "according_before", "according_after", "noun", "continuation"]


@dataclass(frozen=True, slots=True)
class Cue:
    start: int  # first token
    end: int  # one past the last token
    kind: CueKind
    text: str
    weak: bool = False  # counts only with a speaker named beside it
    tail_only: bool = False  # counts only right after a closing quote

MAX_NEGATION_GAP = 3  # "tidak bisa memastikan", "did not immediately say"
LABEL_ORDER = {"noun": 0, "clitic": 1, "verb": 2}  # for one span, the later label wins
CLAUSE_ENDS = frozenset({".", "!", "?", ";", ":"})
MAX_PARTICLE_DISTANCE = 30
MAX_PLACE_OF_WRITING = 6  # "menulis | di akun Instagram resminya | bahwa"
MAX_PASSIVE_ADVERBS = 2  # "was formally called", "is often described"
MAX_AS_CLAUSE = 16  # "as Steven M. Rosenthal, a tax lawyer and senior fellow …, recently put it"
MAX_COMPOUND_ADJECTIVES = 2  # "nach bisher unbestätigten Berichten"
NAME_CLOSERS = frozenset({"’", "'", "’s", "'s", ",", ";", ")"})


class CueMatcher:
    """Matchers for one lexicon and one vocabulary."""

    def __init__(self, lexicon: Lexicon, vocab: Vocab) -> None:
        self.lexicon = lexicon
        # one-word cues in a PhraseMatcher too: it reads the token array, where a Matcher
        # builds a Python Token per token of every article
        self.words = PhraseMatcher(vocab, attr="LOWER")
        self.phrases = PhraseMatcher(vocab, attr="LOWER")
        suffix = lexicon.clitic_suffix
        clitic_words = set(lexicon.single_word_clitics)
        if suffix:
            clitic_words |= {v + suffix for v in lexicon.cue_verbs if not v.endswith(suffix)}
        verbs = sorted(lexicon.cue_verbs - clitic_words)
        self._add_words(vocab, "verb", verbs)
        self._add_words(vocab, "clitic", sorted(clitic_words))
        self._add_words(vocab, "noun", sorted(lexicon.speech_nouns))
        self._add_phrases(vocab, "clitic", [c for c in lexicon.cue_clitics if " " in c])
        self._add_phrases(vocab, "according_before", lexicon.according_before)
        self._add_phrases(vocab, "according_after", lexicon.according_after)
        self._add_phrases(vocab, "not_cue", lexicon.not_cues)
        # "nach israelischen Armeeangaben", "Nach Unternehmensangaben", "nach eigenen Angaben": a
        # compound noun of report after the marker, perhaps with an adjective or two before it
        # (found by the opener in the token array; only the few words after one are read)
        self.openers = PhraseMatcher(vocab, attr="LOWER")
        if lexicon.according_compound_suffixes:
            self._add_words_to(self.openers, vocab, sorted(lexicon.according_compound_openers))
        self.compound_ends = tuple(sorted(lexicon.according_compound_suffixes))

    @staticmethod
    def _inside_name(doc: Doc, s: int) -> bool:
        """"the United States would …": a capitalised cue word glued to a name is part of it."""
        t = doc[s]
        if not t.text[:1].isupper() or s == 0 or s + 1 >= len(doc):
            return False
        prev, nxt = doc[s - 1], doc[s + 1]
        # after it a lower-case word, or the name's possessive or the comma that ends its phrase
        # ("the United States’ military", "with the United States, he said"); a colon or quote
        # mark after a title-case "Says" keeps it a cue
        return prev.is_alpha and prev.text[:1].isupper() and bool(prev.whitespace_) and (
            nxt.text[:1].islower() or nxt.text in NAME_CLOSERS)

    def _after_article(self, doc: Doc, s: int) -> bool:
        """'one of the states suing the EPA', 'their claims': after an article or a possessive
        the cue word is a noun (the lexicon's noun_markers; German has none: "der sagte" is a
        relative clause)."""
        lex = self.lexicon
        if s > 0 and doc[s - 1].lower_ in lex.noun_markers:
            return True
        if s > 0 and doc[s].lower_ in lex.report_nouns and doc[s - 1].lower_ in lex.cue_verbs:
            return True  # "said reports that …", "denied claims": the object of a verb
        # "32% of Republican claims": for a word that is a noun of speech too, a capitalised
        # modifier after an article or a preposition still makes it the noun
        if lex.capitalised_nouns and doc[s].text[:1].isupper() and s > 0 and not doc[s].is_sent_start \
                and (doc[s - 1].text[:1].isalnum() and doc[s - 1].text[:1].lower() == doc[s - 1].text[:1]):
            return True  # "der insgesamt 168.000 Versicherten": a capital inside a German sentence makes a noun
        return doc[s].lower_ in lex.speech_nouns and s > 1 and doc[s - 1].text[:1].isupper() and (
            doc[s - 2].lower_ in lex.noun_markers or doc[s - 2].lower_ in lex.prepositions)

    def _plural_noun(self, doc: Doc, s: int) -> bool:
        """'crisscrossed battleground states in …', 'faces charges of …': a verb that is also a
        plural noun is the noun after a word of no subject's kind (not a name, a pronoun, a
        relative or an adverb), unless what it says follows ("the memo states that …")."""
        lex = self.lexicon
        if doc[s].lower_ not in lex.noun_homographs or s == 0:
            return False
        prev, nxt = doc[s - 1], doc[s + 1] if s + 1 < len(doc) else None
        low = prev.lower_
        if not (prev.is_alpha and prev.text.islower()) or low in lex.relatives or low in lex.adverbs \
                or low.endswith(lex.adverb_suffixes) or low in lex.pronouns or low in lex.plural_pronouns \
                or low in lex.conjunctions or low in lex.coordinators or low in lex.homograph_subjects:
            return False  # "and calls people “losers”", "what it calls “…”"
        return nxt is None or not (nxt.lower_ in lex.complementizers or nxt.text in (":", ","))

    @staticmethod
    def _in_capitals(doc: Doc, s: int) -> bool:
        """'QUESTIONABLE MEDICAL CLAIMS —': a word in a run of capitals is part of a heading."""
        if not doc[s].text.isupper() or len(doc[s].text) < 2:
            return False
        return any(0 <= k < len(doc) and doc[k].is_alpha and doc[k].text.isupper() and len(doc[k].text) > 1
                   for k in (s - 1, s + 1))

    def _passive(self, doc: Doc, s: int) -> bool:
        """"he was formally called to testify", "she was told": after a copula the verb is
        passive, and its subject is who was spoken to or about; "Besonders kritisiert wurde …":
        so is a participle right before the auxiliary of the passive."""
        lex = self.lexicon
        if s + 1 < len(doc) and (doc[s + 1].lower_ in lex.passive_auxiliaries or (
                doc[s + 1].lower_ == "to" and doc[s].lower_ in lex.passive_before_to)):
            return True  # "Ministers urged to act"
        if not lex.passive_after_copula or doc[s].lower_.endswith(lex.participle_suffixes):
            return False  # "Trump is once again questioning …" is active
        k = s - 1
        while k >= 0 and s - k <= MAX_PASSIVE_ADVERBS and doc[k].lower_ not in lex.copulas and (
                doc[k].lower_ in lex.adverbs
                or (lex.adverb_suffixes and doc[k].is_alpha and doc[k].lower_.endswith(lex.adverb_suffixes))):
            k -= 1
        return k >= 0 and doc[k].lower_ in lex.copulas

    def _after_as(self, doc: Doc, s: int) -> bool:
        """Does an "as" open the clause the verb closes ("as The New Yorker put it")?"""
        for k in range(s - 1, max(-1, s - 1 - MAX_AS_CLAUSE), -1):
            t = doc[k]
            if t.lower_ in self.lexicon.as_markers:
                return True
            if t.text in CLAUSE_ENDS or t.is_quote or "\n" in t.text:
                return False
        return False

    def _lacks_particle(self, doc: Doc, s: int) -> bool:
        """'warf einen Stein', 'ging nach Hause': a verb that speaks only with its particle
        ("warf … vor", "ging … davon aus") is no cue when its clause ends without it."""
        need = self.lexicon.particle_verbs.get(doc[s].lower_)
        if need is None or self._particle_before(doc, s):
            return False
        for t in doc[s + 1 : s + 1 + MAX_PARTICLE_DISTANCE]:
            if t.lower_ in need:
                return False  # commas may stand between: "ging Celebi, die Anwältin, davon aus"
            if t.text in CLAUSE_ENDS or "\n" in t.text:
                return True
        return True

    def _lacks_complementizer(self, doc: Doc, s: int) -> bool:
        """"found the body", "shows no sign", "schätzt die Zahl auf …": a verb of finding or
        expecting reports only the clause "that" opens after it (German sets a comma first:
        "hofft, dass …")."""
        lex = self.lexicon
        if doc[s].lower_ not in lex.that_only:
            return False
        comma = s + 2 < len(doc) and doc[s + 1].text == ","
        if comma and doc[s + 2].text[:1].isupper() and not lex.capitalised_nouns:
            return False  # "Xinhua melaporkan, Presiden Xi …": the comma opens what was reported
        k = s + 2 if comma else s + 1
        if not comma and k < len(doc) and doc[k].lower_ in lex.prepositions:
            # "menulis di platform X bahwa …", "wrote in a letter that …": where it was written first
            for t in range(k + 1, min(len(doc), k + 1 + MAX_PLACE_OF_WRITING)):
                if doc[t].lower_ in lex.complementizers or _colon_before_quote(doc, t):
                    return False  # "menulis di Twitter: ”…”": a colon and a quote open what was written
                if not (doc[t].is_alpha or doc[t].is_digit):
                    break
        return k >= len(doc) or (doc[k].lower_ not in lex.complementizers and not _colon_before_quote(doc, k))

    def _particle_before(self, doc: Doc, s: int) -> bool:
        """"wie das Ministerium heute bekannt gab": a verb last in its clause has its particle before it."""
        return s > 0 and doc[s - 1].lower_ in self.lexicon.particle_verbs.get(doc[s].lower_, ())

    def _compounds(self, doc: Doc) -> list[tuple[int, int, int]]:
        """"nach (adjective) (adjective) Armeeangaben": an opener, up to two lower-case words,
        then a capitalised noun ending on a noun of report, or a noun of opinion after a
        possessive ("nach seinen Worten")."""
        if not len(self.openers):
            return []
        label = doc.vocab.strings["according_before"]
        out = []
        for _, s, _e in self.openers(doc):
            for k in range(s + 1, min(len(doc), s + 1 + MAX_COMPOUND_ADJECTIVES + 1)):
                t = doc[k].text
                if t[:1].isupper() and t[:1].isalpha() and (t.lower().endswith(self.compound_ends) or (
                        t.lower() in self.lexicon.according_possessed_nouns
                        and doc[k - 1].lower_ in self.lexicon.possessives)):
                    out.append((label, s, k + 1))
                    break
                if not (t.isalpha() and t.islower()):
                    break
        return out

    @staticmethod
    def _add_words_to(matcher: PhraseMatcher, vocab: Vocab, words: list[str]) -> None:
        if words:
            matcher.add("opener", [Doc(vocab, words=[w]) for w in words])

    def _add_words(self, vocab: Vocab, label: str, words: list[str]) -> None:
        if words:
            self.words.add(label, [Doc(vocab, words=w.split()) for w in words])  # "put it": two tokens

    def _add_phrases(self, vocab: Vocab, label: str, phrases) -> None:
        docs = [Doc(vocab, words=p.split()) for p in phrases]
        if docs:
            self.phrases.add(label, docs)

    def _negated(self, doc: Doc, s: int, e: int) -> bool:
        """"tidak bisa memastikan", "did not immediately say", "wollte sich nicht äußern": a
        speech verb denied reports nothing."""
        lex = self.lexicon
        if not lex.negations:
            return False
        for k in range(s - 1, max(-1, s - 1 - MAX_NEGATION_GAP), -1):
            low = doc[k].lower_
            if low in lex.negations:
                return True
            if low not in lex.negation_bridges and low not in lex.adverbs:
                break  # "… yang enggan disebut namanya | mengatakan": another verb's denial
        return lex.negation_follows and e < len(doc) and doc[e].lower_ in lex.negations

    def __call__(self, doc: Doc) -> list[Cue]:
        strings = doc.vocab.strings
        found: dict[tuple[int, int], Cue] = {}
        lex = self.lexicon
        matches = (list(self.words(doc)) if len(self.words) else []) + (
            list(self.phrases(doc)) if len(self.phrases) else []) + self._compounds(doc)
        # a word that is both a noun and a verb of speech ("claims", "tweets") is the verb, unless
        # the verb is ruled out below ("their claims"): the noun, stored first, then stays
        matches.sort(key=lambda m: (m[1], m[2], LABEL_ORDER.get(strings[m[0]], 0)))
        # "warga lanjut usia", "kata kunci": fixed phrases in which a cue word is no cue
        blocked = {t for match_id, s, e in matches if strings[match_id] == "not_cue" for t in range(s, e)}
        for match_id, s, e in matches:
            if strings[match_id] == "not_cue" or s in blocked:
                continue
            if s > 0 and doc[s - 1].text.endswith("-") and not doc[s - 1].whitespace_:
                continue  # part of a compound: "so-called", "self-described"
            kind = strings[match_id]
            if kind == "verb" and (self._inside_name(doc, s) or self._after_article(doc, s) or self._plural_noun(doc, s)
                                   or self._lacks_particle(doc, s) or self._in_capitals(doc, s)
                                   or self._passive(doc, s) or self._lacks_complementizer(doc, s)
                                   or self._negated(doc, s, e)):
                continue
            low = doc[s:e].text.lower()
            if low in lex.as_only and not self._after_as(doc, s):
                continue  # "as a memo put it" reports; "he put it on the table" does not
            weak, tail_only = low in lex.weak_verbs or kind == "noun", low in lex.tail_only
            if kind == "verb" and self._particle_before(doc, s):
                s -= 1  # the particle before the verb is part of the cue: "bekannt gab"
            found[(s, e)] = Cue(s, e, kind, doc[s:e].text, weak=weak, tail_only=tail_only)
        # a longer cue ("kata dia", "according to") wins over the words inside it
        cues = sorted(found.values(), key=lambda c: (c.start, -(c.end - c.start)))
        out: list[Cue] = []
        for c in cues:
            if out and c.start < out[-1].end:
                continue
            out.append(c)
        return out


def cues_between(cues: list[Cue], starts: list[int], a: int, b: int) -> list[Cue]:
    """The cues (sorted, with their start tokens in `starts`) that start in [a, b)."""
    return cues[bisect_left(starts, a) : bisect_left(starts, b)]


_CACHE: dict[tuple[str, int], CueMatcher] = {}


def cue_matcher(lexicon: Lexicon, vocab: Vocab) -> CueMatcher:
    key = (lexicon.code, id(vocab))
    m = _CACHE.get(key)
    if m is None:
        m = _CACHE[key] = CueMatcher(lexicon, vocab)
    return m


def _colon_before_quote(doc: Doc, t: int) -> bool:
    """A colon at t with a quotation mark right after it ("menulis: ”…”")."""
    k = t + 1
    while k < len(doc) and not doc[k].text.strip():
        k += 1
    return doc[t].text == ":" and k < len(doc) and doc[k].text in QUOTE_GLYPHS

