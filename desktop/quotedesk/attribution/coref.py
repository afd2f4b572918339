"""Short names, roles, pronouns and clitics resolved to a full name within the article.

"Peskov" is the "Dmitry Peskov" named before; "Juru bicara Kremlin" is whoever held
that role; "ujarnya", "dia" and "he" are the person last named, not the nearest
capitalised word.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field

from quotedesk.attribution.aliases import MAX_ANTECEDENT_TOKENS, Aliases, name_tokens, spelled_within
from quotedesk.attribution.mentions import Mentions, NamePhrase
from quotedesk.attribution.offices import OfficeHolders
from quotedesk.attribution.quotes import title_case_line
from quotedesk.attribution.view import SENT_FINAL, ArticleView

GENDER_WINDOW = 12
MIN_RUN_BEFORE_NAME = 3  # "Kartini Jepara | Wisnu"


@dataclass
class Person:
    canonical: str
    tokens: frozenset[str]
    role: str | None = None
    kind: str = "person"
    first_tok: int = 0
    speaker: bool = False
    masculine: int = 0  # evidence from titles and pronouns next to the name
    feminine: int = 0
    free: bool = False  # named at least once outside a prepositional phrase ("ke arah Besuk Kobokan")
    headline: bool = False  # the name as it stands was read in a headline
    title_case: bool = False  # … in a title-case line, where a name may run on into the next word
    plural: bool = False  # an anonymous source that is many ("officials", "para pejabat")
    aged: bool = False  # "Rudianta (24)": an age in brackets, said only of a person

    def may_be(self, gender: str | None) -> bool:
        if gender == "m":
            return self.masculine >= self.feminine or self.feminine == 0
        if gender == "f":
            return self.feminine >= self.masculine or self.masculine == 0
        return True


@dataclass
class Sighting:
    tok: int
    person: Person
    phrase: NamePhrase
    oblique: bool = False  # after a preposition: "dihubungi di Ambon" names a place there


@dataclass
class Coreference(Aliases, OfficeHolders):
    view: ArticleView
    mentions: Mentions
    people: list[Person] = field(default_factory=list)
    sightings: list[Sighting] = field(default_factory=list)
    roles: dict[tuple[frozenset[str], str], list[tuple[int, Person]]] = field(default_factory=dict)
    _headlines: dict[int, bool] = field(default_factory=dict)  # paragraph's first token -> title case
    _first_line: tuple[int, int] | None = None  # the headline's tokens, (-1, -1) if the text has none
    _after_roles: dict[str, Person] = field(default_factory=dict)  # word before a name, after its role

    def scan(self) -> None:
        """Register every name outside quotes, in reading order."""
        v, m = self.view, self.mentions
        i, n = 0, len(v)
        words, quote_of, titles = v.words, v.quote_of, m.titles
        while i < n:
            first = words[i][:1]  # only a capital or an @handle may open a name: no call for the rest
            capital = first.isupper() or first == "@"
            if quote_of[i] >= 0 or not (i in titles or (capital and m.is_name_token(i, True))):
                i += 1
                continue
            ph = m.phrase_at(i)
            if ph is None or ph.kind not in ("person", "organization"):
                i += 1
                continue
            self._nickname_before_marker(ph)
            self._nickname_of_someone_described(ph)
            person = self.register(ph, oblique=self._oblique(ph))
            self._learn_alias(person, ph)
            i = max(ph.end, i + 1)

    def _in_headline(self, tok: int) -> bool:
        """A title-case line ("Elizabeth Warren Hammers Wells Fargo CEO: …"), where a capital
        is no sign of a name."""
        v = self.view
        a, b = v.paragraph_bounds(tok)
        if a not in self._headlines:
            self._headlines[a] = title_case_line(v.words[a:b + 1], self.mentions.lex.title_small_words)
        return self._headlines[a]

    def _on_first_line(self, tok: int) -> bool:
        """The article's first line with no full stop: its headline, in sentence case too."""
        v = self.view
        if self._first_line is None:
            first = next((t for t in range(len(v)) if not v.is_space(t)), None)
            a, b = v.paragraph_bounds(first) if first is not None else (-1, -1)
            last = next((t for t in range(b, a - 1, -1) if not v.is_space(t)), None) if first is not None else None
            self._first_line = (a, b) if last is not None and v.words[last] not in SENT_FINAL else (-1, -1)
        return self._first_line[0] <= tok <= self._first_line[1]

    def _oblique(self, ph: NamePhrase) -> bool:
        """A name after a preposition, or after a preposition and one noun, is a place or
        an object: "di Solo Balapan", "ke arah Besuk Kobokan"."""
        v, preps = self.view, self.mentions.lex.prepositions
        k = (ph.role_start if ph.role_start is not None else ph.start) - 1
        if k >= 0 and v.lower[k] in preps:
            return True
        return k >= 1 and v.words[k].isalpha() and v.words[k].islower() and v.lower[k - 1] in preps

    def learn_genders(self, window: int = GENDER_WINDOW) -> None:
        """Titles before a name and the first gendered word after it, within its sentence
        and before anyone else is named, say whether "he" or "she" can mean that person."""
        v, lex = self.view, self.mentions.lex
        if not (lex.masculine or lex.feminine):
            return
        starts = [s.tok for s in self.sightings]
        for k, s in enumerate(self.sightings):
            if s.phrase.role_start is not None:
                for t in range(s.phrase.role_start, s.phrase.start):
                    self._note(s.person, v.lower[t])
            if s.phrase.end < len(v) and v.lower[s.phrase.end] in lex.possessive_markers:
                continue  # the words after "Warren’s grilling" are about someone else
            stop = min(starts[k + 1] if k + 1 < len(starts) else len(v), s.phrase.end + window)
            for t in range(s.phrase.end, stop):
                if v.words[t] in (".", "!", "?") or "\n" in v.words[t] or v.lower[t] in lex.complementizers or (
                        v.lower[t] in lex.cue_verbs and t + 1 < len(v) and v.lower[t + 1] in lex.pronouns):
                    break  # "Conway said (that) he was studying": the one reported about may be anyone
                if v.quote_of[t] >= 0:
                    continue  # '“If it was left up to Hillary, she …”': the quotation speaks of others
                if self._note(s.person, v.lower[t]):
                    break

    def _note(self, person: Person, low: str) -> bool:
        lex = self.mentions.lex
        if low in lex.object_pronouns or low in lex.plural_pronouns:
            return False  # German "sie" is "they" as often as "she": no evidence either way
        if low in lex.masculine and low not in lex.feminine:
            person.masculine += 1
            return True
        if low in lex.feminine and low not in lex.masculine:
            person.feminine += 1
            return True
        return False

    def register(self, ph: NamePhrase, speaker: bool = False, oblique: bool = False) -> Person:
        role = ph.role if ph.role and ph.role.casefold() not in self.mentions.lex.honorifics else None
        person = self.find(ph.text, ph.start)
        if person is None:
            person = self._known_name_closing(ph)
        toks = name_tokens(ph.text)
        title_case = self._in_headline(ph.start)
        headline = title_case or self._on_first_line(ph.start)
        if person is not None and person.title_case and not title_case and toks <= person.tokens:
            # "Elizabeth Warren Hammers Wells Fargo CEO" ran on through a title-case headline;
            # the body's "Sen. Elizabeth Warren" says where the name ends and what it is
            person.canonical, person.tokens, person.kind = ph.text, toks, ph.kind
            person.headline = person.title_case = False
        fuller = person is not None and len(toks) > len(person.tokens) and (
            person.tokens <= toks or (person.headline and spelled_within(person.tokens, toks)))
        if person is not None and ph.kind == "organization" and person.tokens == toks and speaker:
            person.kind = ph.kind  # "Menurut laporan Reuters": the wire named as a source is no person
        if (speaker or self._beside_cue(ph)) and (
                person is None or (len(person.tokens) == 1 and not (person.speaker or person.role))):
            # a bare word is a given name only where it speaks: "… ujar Indah", not "Apakah Demokrat …"
            person = self._given_name_in_role(ph, toks) or person
        if person is None or (fuller and (person.headline or not headline)):
            if person is not None:
                person.canonical, person.tokens = ph.text, toks  # a fuller name for the same person
                if ph.kind == "organization":
                    person.kind = ph.kind  # "Fiscal Studies" was the end of "Institute for Fiscal Studies"
                person.headline, person.title_case = headline, title_case
            else:
                person = Person(ph.text, toks, role, ph.kind, ph.start, headline=headline, title_case=title_case)
                self.people.append(person)
        if role and (not person.role or person.role.casefold() in self.mentions.lex.honorifics):
            person.role = role  # "Mr." says how to address someone, not what they do
        if ph.role:
            self.roles.setdefault(self.mentions.lex.role_key(ph.role), []).append((ph.start, person))
        person.speaker |= speaker
        person.free |= not oblique
        person.aged |= self.view.age_at(ph.end)
        insort(self.sightings, Sighting(ph.start, person, ph, oblique), key=lambda s: s.tok)
        k = ph.start - 1
        if ph.role_start is not None and ph.role_start < k and person.kind == "person" \
                and self.view.lower[k - 1] not in self.mentions.lex.prepositions:
            self._after_roles.setdefault(self.view.words[k], person)
        return person

    def _known_name_closing(self, ph: NamePhrase) -> Person | None:
        """"… dirawat di RSUD RA Kartini Jepara | Wisnu menjelaskan": where a full stop is missing,
        a long run no one was named by ends on the name of someone named before."""
        words = ph.text.split()
        if ph.kind != "person" or len(words) < MIN_RUN_BEFORE_NAME:
            return None
        # the given name of someone introduced with a role or as a speaker ("Wisnu" for "Koordinator …
        # Wisnu Yuas"), not a surname two people share ("Hillary Rodham Clinton" is no Bill Clinton)
        last = words[-1].casefold()
        return next((p for p in reversed(self.people) if p.kind == "person" and len(p.tokens) >= 2
                     and p.canonical.split()[0].casefold() == last and (p.speaker or p.role)
                     and p.first_tok < ph.start), None)

    def _beside_cue(self, ph: NamePhrase) -> bool:
        """Does the phrase stand where a speaker does: before a speech verb, or after one that
        puts its speaker after it ("ujar Indah", not "menyebut Taiwan")?"""
        v, cues = self.view, self.mentions.cue_words
        inverted = self.mentions.lex.inverted_verbs or cues
        return (ph.start > 0 and v.lower[ph.start - 1] in inverted) or (ph.end < len(v) and v.lower[ph.end] in cues)

    def _given_name_in_role(self, ph: NamePhrase, toks: frozenset[str]) -> Person | None:
        """"Bupati Bima Indah Dhamayanti Putri … ujar Indah": a one-word name that closes the role
        of someone named before was that person's first name, taken for part of the role."""
        if ph.kind != "person" or len(toks) != 1 or ph.role or ph.text not in self._after_roles:
            return None
        p = self._after_roles[ph.text]
        if not (p.role and p.role.endswith(" " + ph.text)):
            return None
        p.role = p.role.rsplit(" ", 1)[0]
        p.canonical, p.tokens = f"{ph.text} {p.canonical}", p.tokens | toks
        return p

    def find(self, name: str, at: int) -> Person | None:
        """The known person whose name contains every token of `name`, nearest before `at`;
        failing one, whom the name stands for as a blend, initials, a short given name or a
        spelling a letter apart."""
        toks = name_tokens(name)
        if not toks:
            return None
        best, best_key = None, None
        tails = self.mentions.lex.org_tails
        for p in self.people:
            # a surname alone is a fuller name's only where a headline gave it ("Trump, Clinton clash")
            # and a headline may spell it a letter apart ("Zelensky" over "Volodymyr Zelenskiy")
            if not (toks <= p.tokens or (p.tokens <= toks and (len(p.tokens) >= 2 or p.headline)) or (
                    p.headline and len(p.tokens) == 1 and spelled_within(p.tokens, toks))):
                continue
            if p.kind == "organization" and (p.tokens - toks) & tails:
                continue  # "Trump" is not "the Trump campaign"
            # of two Clintons, the short name means the one who has spoken, not one named in passing
            # and a name a person and an institution share ("Eka", "PT Eka Sari Lorena Group") is the person's
            key = (p.first_tok <= at, p.kind != "organization", p.speaker and len(toks) < len(p.tokens),
                   -abs(at - p.first_tok), len(p.tokens))
            if best_key is None or key > best_key:
                best, best_key = p, key
        if best is None and len(toks) == 1:
            word = next(iter(toks))
            best = self._blended(word, at) or self._by_initials(name.strip(), at) \
                or self._by_short_given_name(name.strip(), at) or self._by_variant_spelling(word)
        return best

    def anonymous_source(self, ph: NamePhrase) -> Person:
        """The anonymous source a phrase names, as someone a later "he said" can mean. It is
        not registered among the named: "the official" two paragraphs on is not a name."""
        lex = self.mentions.lex
        many = any(w.lower() in lex.anonymous_plural for w in ph.text.split())
        return Person(ph.text, name_tokens(ph.text), kind="anonymous", first_tok=ph.start, speaker=True, plural=many)

    def person_named_between(self, a: int, b: int) -> bool:
        k = bisect_left(self.sightings, a, key=lambda s: s.tok)
        while k < len(self.sightings) and self.sightings[k].tok < b:
            if self.sightings[k].person.kind == "person":
                return True
            k += 1
        return False

    def last_organization(self, head: str | None, tok: int, since: int = 0) -> Person | None:
        """The institution last named before `tok` (and from `since` on) whose name holds the
        word `head` ("kementerian tersebut" after "Kementerian Luar Negeri China"), or any
        institution where `head` is None ("Der ADAC äußerte sich …")."""
        head = head.casefold() if head is not None else None
        for k in range(bisect_left(self.sightings, tok, key=lambda s: s.tok) - 1, -1, -1):
            s = self.sightings[k]
            if s.tok < since:
                break
            if s.person.kind == "organization" and (head is None or head in s.person.tokens):
                return s.person
        return None

    def last_person_before(self, tok: int, plural: bool = False, since: int | None = None,
                           gender: str | None = None) -> Person | None:
        """The person last named before `tok` (and from `since` on, if given)."""
        best = None
        first_after = bisect_left(self.sightings, tok, key=lambda s: s.tok)
        floor = tok - MAX_ANTECEDENT_TOKENS if since is None else since
        for k in range(first_after - 1, -1, -1):
            s = self.sightings[k]
            if s.tok < floor:
                break
            p = s.person
            if (p.kind != "person" and not plural) or not p.may_be(gender) or (s.oblique and not p.aged):
                continue
            if not (p.free or p.speaker or p.role):
                continue
            if p.speaker or p.role or p.aged:
                return p
            # a two-word capitalised run is a name only on weaker evidence: within one
            # sentence ("… Klaten, Delanggu, dan Solo Balapan.") it may close a list of places
            if len(p.tokens) >= 2 and (since is None or p.masculine or p.feminine
                                       or p.canonical.split()[0] in self.mentions.given_names):
                return p
            if best is None and since is None and not self._lone_noun(p):
                best = p
        return best

    def _lone_noun(self, p: Person) -> bool:
        """Where every noun is capitalised, one word never said beside a speech verb nor known as a
        given name is no evidence of a person: "des Briefes", "den Gazastreifen" (but "die Mutter"
        is someone, and "GdP" an acronym)."""
        lex, word = self.mentions.lex, p.canonical
        return lex.capitalised_nouns and len(p.tokens) == 1 and word not in self.mentions.given_names \
            and word.lower() not in lex.kinship and not any(ch.isupper() for ch in word[1:])
