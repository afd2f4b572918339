"""The other names a person goes by in one article: a nickname after "atau" or "sapaan
akrabnya" ("Emil", "Jokowi"), initials ("AHY", "STY"), a blend of two of the name's words,
and a nickname that shows where a long role ends and the name begins.

Mixed into `Coreference`, whose people, view and mentions it reads and whose `register`,
`find` and `last_person_before` it calls.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from quotedesk.attribution.coref import Person
    from quotedesk.attribution.mentions import Mentions, NamePhrase
    from quotedesk.attribution.view import ArticleView

MIN_BLEND = 5  # "Jokowi": shorter blends are common words
MIN_SHORT_NAME = 4  # "Frans" for "Fransiscus"; shorter ones are a word of their own
MIN_VARIANT = 8  # "Zelensky"/"Zelenskiy"; "Johnson" and "Johnston" are two people
MIN_INITIALS, MAX_INITIALS = 2, 4  # "JK", "SBY"; longer capitals are an institution's
MAX_ANTECEDENT_TOKENS = 3000  # a pronoun or a nickname means someone named within a few paragraphs


def name_tokens(name: str) -> frozenset[str]:
    return frozenset(t.casefold().strip(".,'’") for t in name.split() if len(t.strip(".,'’")) > 1)


def spelled_within(small: frozenset[str], big: frozenset[str]) -> bool:
    """Is every word of `small` in `big`, spelled the same or one letter apart in a long
    word ("Zelensky", "Zelenskiy")?"""
    for a in small:
        if a in big:
            continue
        if len(a) < MIN_VARIANT or not any(b[:1] == a[:1] and _one_letter_apart(a, b) for b in big):
            return False
    return True


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter added, dropped, changed or two swapped, in words of MIN_VARIANT letters or more."""
    if min(len(a), len(b)) < MIN_VARIANT or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[k:] == long_[k + 1:]


@lru_cache(maxsize=4096)
def _word_pairs(name: str) -> tuple[tuple[str, str], ...]:
    return tuple(pairwise(w.casefold() for w in name.split()))


def initials_of(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


class Aliases:
    view: ArticleView
    mentions: Mentions
    people: list[Person]
    register: Callable[..., Person]
    find: Callable[[str, int], Person | None]
    last_person_before: Callable[..., Person | None]

    def _nickname_of_someone_described(self, ph: NamePhrase) -> None:
        """"Pria yang akrab disapa Hendi itu": after a plain noun and an alias marker, the name
        is what people call the one written about, so it is registered as that person's."""
        v, lex = self.view, self.mentions.lex
        if ph.kind != "person":
            return
        for marker in lex.alias_markers:
            words = marker.split()
            k = ph.start - len(words)
            if len(words) < 2 or k < 1 or v.lower[k : ph.start] != words:
                continue
            if not v.words[k - 1].isalpha() or (v.words[k - 1][:1].isupper() and not v.opens_sentence(k - 1)) \
                    or self.find(v.words[k - 1], k - 1) is not None:
                return  # "Ridwan Kamil yang akrab disapa Emil": the name before is the owner
            owner = self.last_person_before(k)
            if owner is not None and owner.kind == "person":
                owner.tokens = owner.tokens | name_tokens(ph.text)
            return

    def _nickname_before_marker(self, ph: NamePhrase) -> None:
        """"Kiai Miftach, sapaan akrabnya, …", "Emil, sapaan akrab Ridwan Kamil, …": the name
        before the marker is what people call the one the marker points to (the person named
        just before, or the full name after it), so it is registered as that person's."""
        v, m, lex = self.view, self.mentions, self.mentions.lex
        if ph.kind != "person" or ph.end + 1 >= len(v) or v.words[ph.end] != ",":
            return
        at = ph.end + 1
        marker = next((mk.split() for mk in lex.nickname_markers
                       if v.lower[at : at + len(mk.split())] == mk.split()), None)
        if marker is None:
            return
        after = m.phrase_at(at + len(marker)) if at + len(marker) < len(v) else None
        if after is not None and after.kind == "person":
            owner = self.register(after)
        else:
            owner = self.last_person_before(ph.start)
        if owner is not None and owner.kind == "person":
            owner.tokens = owner.tokens | name_tokens(ph.text)

    def _learn_alias(self, person: Person, ph: NamePhrase) -> None:
        """"Ridwan Kamil atau yang akrab disapa Emil", "Joko Widodo atau Jokowi": the second
        name is the same person's. After a bare "or" only a nickname cut from the name counts
        ("Jokowi", "Risma"); "Joko Widodo atau Ma'ruf Amin" are two people."""
        v, m, lex = self.view, self.mentions, self.mentions.lex
        if ph.kind != "person":
            return
        initials = self._initials_after(ph)
        if initials is not None:  # "Agus Harimurti Yudhoyono (AHY)": the initials name him again
            person.tokens = person.tokens | {initials}
            return
        at = ph.end + 1 if ph.end < len(v) and v.words[ph.end] == "," else ph.end  # ", yang biasa disapa …"
        for marker in lex.alias_markers:
            words = marker.split()
            if v.lower[at : at + len(words)] != words or (at > ph.end and marker in lex.or_words):
                continue
            alias = m.phrase_at(at + len(words)) if at + len(words) < len(v) else None
            if alias is None or (alias.kind != "person" and initials_of(ph.text) != alias.text):
                continue  # initials read as an institution's are still the person's: "atau AHY"
            toks = name_tokens(alias.text)
            # "Jokowi" from "Joko", "Risma" from "Rismaharini": cut from a word of the name;
            # "Agus Harimurti Yudhoyono atau AHY": its initials
            nickname = len(toks) == 1 and (any(t[:3] == min(toks)[:3] for t in person.tokens)
                                           or initials_of(ph.text) == alias.text)
            if marker in lex.or_words and not nickname:
                continue
            person.tokens = person.tokens | toks
            self._name_from_role(person, toks, lex.old_spellings)
            return

    @staticmethod
    def _name_from_role(person: Person, alias: frozenset[str], old_spellings: tuple[tuple[str, str], ...]) -> None:
        """"Wakil Gubernur Bali Tjokorda Oka Artha Ardana Sukawati, yang biasa disapa Tjok Ace":
        a nickname cut from a word the role took ("Tjok" from "Tjokorda", "Cok" in today's
        spelling) shows where the name begins; the words from there on are the name's."""
        def today(word: str) -> str:
            for old, new in old_spellings:
                word = word.replace(old, new)
            return word

        words = (person.role or "").split()
        for k in range(1, len(words)):
            if words[k][:1].isupper() and any(len(a) >= 3 and (words[k].lower().startswith(a)
                                                               or today(words[k].lower()).startswith(today(a)))
                                               for a in alias):
                person.canonical = " ".join([*words[k:], person.canonical])
                person.tokens = person.tokens | name_tokens(" ".join(words[k:]))
                person.role = " ".join(words[:k])
                return

    def _initials_after(self, ph: NamePhrase) -> str | None:
        v, i = self.view, ph.end
        if not (i + 2 < len(v) and v.words[i] == "(" and v.words[i + 2] == ")"):
            return None
        short, words = v.words[i + 1], v.span_text(ph.start, ph.end - 1).split()
        return short.casefold() if len(words) >= 2 and short.isupper() and short == "".join(
            w[0] for w in words if w[:1].isupper()) else None

    def _by_initials(self, word: str, at: int) -> Person | None:
        """"STY" after "Shin Tae-yong", "SBY" after "Susilo Bambang Yudhoyono": capitals that
        are the first letters of every word of one person's name, named before."""
        v, m = self.view, self.mentions
        if not (word.isalpha() and word.isupper() and MIN_INITIALS <= len(word) <= MAX_INITIALS) \
                or m.in_known_org(at) or (at > 0 and (v.lower[at - 1] in m.lex.determiners
                                                      or v.lower[at - 1] in m.lex.definite_articles)):
            return None  # "the UN said": an article or the lexicon makes it an institution
        found = [p for p in self.people if p.kind == "person" and p.first_tok < at
                 and "".join(w[0] for w in re.split(r"[\s\-‐]+", p.canonical) if w).upper() == word]
        return found[0] if len(found) == 1 else None

    def _blended(self, word: str, at: int) -> Person | None:
        """"Jokowi" after "Joko Widodo": a nickname made of the first letters of two of the
        name's words, the way Indonesian news shortens a name."""
        if len(word) < MIN_BLEND:
            return None
        for p in reversed(self.people):
            if p.first_tok < at - MAX_ANTECEDENT_TOKENS:
                break  # named in reading order: the rest were named longer ago still
            if p.kind != "person" or p.first_tok > at:
                continue
            for a, b in _word_pairs(p.canonical):
                # every blend starts with the first two letters of a word of the name
                if a[:2] == word[:2] and any(word.startswith(a[:k]) and len(word) - k >= 2
                                             and b.startswith(word[k:]) for k in range(2, len(a) + 1)):
                    return p
        return None

    def _by_short_given_name(self, word: str, at: int) -> Person | None:
        """"Frans" after "Fransiscus Soerjopranoto", "Alex" after "Alexander Marwata": the
        short form of one named person's given name."""
        if not (word.isalpha() and word[:1].isupper() and not word.isupper() and len(word) >= MIN_SHORT_NAME):
            return None
        found = [p for p in self.people if p.canonical.startswith(word) and p.kind == "person" and p.first_tok < at
                 and " " in p.canonical and len(p.canonical.split(" ", 1)[0]) >= len(word) + 2]
        return found[0] if len(found) == 1 else None

    def _by_variant_spelling(self, word: str) -> Person | None:
        """"Simanjuntak" for "Jhonny Simanjutak", "Zelensky" in the headline for "Volodymyr
        Zelenskiy": one named person's long name word spelled a letter apart."""
        if len(word) < MIN_VARIANT:
            return None
        found = []
        for p in self.people:
            if p.kind == "person":
                for t in p.tokens:
                    if t[0] == word[0] and _one_letter_apart(word, t):
                        found.append(p)
                        break
        return found[0] if len(found) == 1 else None

