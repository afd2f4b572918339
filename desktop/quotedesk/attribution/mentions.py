"""Who is named where: name runs, titles and roles, organisations, anonymous sources.

Without a trained model a person's name is a run of capitalised tokens; the
lexicon's titles, organisation heads and non-name words decide what the run is.
Where a trained pipeline tagged entities, those win.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotedesk.attribution.appositions import Appositions
from quotedesk.attribution.genitives import HYPHENS
from quotedesk.attribution.given_names import given_names
from quotedesk.attribution.lexicon import Lexicon
from quotedesk.attribution.name_contexts import NameContexts
from quotedesk.attribution.name_kinds import NameKinds
from quotedesk.attribution.name_phrase import MAX_NAME_TOKENS, NamePhrase
from quotedesk.attribution.phrase_ends import PhraseEnds
from quotedesk.attribution.role_phrases import LONG_RUN, RolePhrases
from quotedesk.attribution.titled_phrases import TitledPhrases
from quotedesk.attribution.view import ArticleView

MAX_SYLLABLE = 6  # "Suk-yeol", "Hsien-loong", "Kuo-cheng"
MAX_SOURCE_QUALIFIERS = 3  # "Border Patrol | agents", "Ukrainian | officials"
_HANDLE = re.compile(r"@\w{2,30}")
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*(?<![-.'’])|(?:[^\W\d_]\.){1,3}")


def _syllable(w: str) -> bool:
    """The second syllable of a Chinese or Korean given name: "te" in "Ching-te", "in" in "Jae-in".
    No such syllable ends in "-ed", as participles do: "Joe Biden-backed"."""
    return w.isalpha() and w.islower() and len(w) <= MAX_SYLLABLE and not w.endswith("ed")


class Mentions(TitledPhrases, RolePhrases, Appositions, NameKinds, NameContexts, PhraseEnds):
    """Name, role and organisation lookups over one article."""

    def __init__(self, view: ArticleView, lexicon: Lexicon, titles: dict[int, int],
                 anonymous: dict[int, int], orgs: dict[int, int], entities: dict[int, tuple[int, str]]):
        self.v = view
        self.lex = lexicon
        self.titles = titles
        # the longest role ending at a token: "Wakil Presiden", not the "Presiden" inside it
        self.title_end_to_start = {e: s for s, e in sorted(titles.items(), reverse=True)}
        self.title_tokens = {t for s, e in titles.items() for t in range(s, e)}
        self.anonymous = anonymous
        self.orgs = orgs
        self._letters: frozenset[str] | None = None  # single capitals given an age, built on first use
        self.entities = entities  # from a trained pipeline: start -> (end, label)
        self.cue_words = lexicon.cue_verbs
        self._never_names = self.cue_words | lexicon.pronouns | lexicon.first_person | (  # and "menurut", "laut"
            frozenset(p.split()[0] for p in lexicon.according_before) - lexicon.prepositions)
        self._abbreviations = frozenset(lexicon.abbreviations)
        self._particle_starts = frozenset(p[0] for p in lexicon.particle_phrases)
        self.given_names = given_names()
        self._particle_ends = frozenset(p[-1] for p in lexicon.particle_phrases)
        self._phrases: dict[int, NamePhrase | None] = {}
        self._inner: frozenset[str] | None = None

    # ---- names -------------------------------------------------------------------------
    def is_name_token(self, i: int, first: bool) -> bool:
        v = self.v
        w = v.words[i]
        if not w or not w[0].isupper():
            # "tulis akun @jokowi", "@realDonaldTrump tweeted": an account speaks as its owner
            return w[:1] == "@" and _HANDLE.fullmatch(w) is not None
        if not _NAME_TOKEN.fullmatch(w) and (first or w not in self._abbreviations or i in self.titles):
            return False  # "Kombes Pol. Kusumo": an abbreviation inside a rank goes on a run
        if first and w in self.lex.not_names and self.particle_len(i) < 2 and not (
                self._beside_cue(i) and w in self.inner_name_words()):
            # "Von" opens many a sentence, but "Von der Leyen" is a name; "kata Hari" names
            # "Agung Hari Setiyono", "May said" Theresa May, where the article writes the full name
            return False
        low = v.lower[i]
        if low in self._never_names:
            return False
        if first and low in self.lex.prepositions and not self.particle_len(i):
            return False  # "… Of Serving Under Obama": a headline's capitals open no name
        if first and not self.lex.capitalised_nouns and low in v.lowercase_words and v.opens_sentence(i) \
                and i + 1 < len(v) and not (self.is_name_token(i + 1, False) or v.lower[i + 1] in self.cue_words
                                            or v.lower[i + 1] in self.lex.adverbs):
            return False  # "Sumbangan dari kas pribadi …" where the article also writes "sumbangan"
        if first and v.opens_sentence(i) and self._derived_noun_before_name(i):
            return False  # "Penyalahgunaan | Mas Achmad menambahkan": a heading's noun glued to the name
        if first and w not in v.midcap and v.opens_sentence(i):
            # a capital that only ever opens sentences is no evidence of a name, unless a
            # second capitalised word or a speech verb follows
            # ... unless the run ends on a speech verb: "Anna Berg told", "Peskov mengatakan";
            # German puts any phrase before the verb ("Ähnlich äußerte sich"), so one word is not enough
            n = i + max(1, self.particle_len(i))  # "Von der Leyen betonte"
            while n < len(v) and n - i < MAX_NAME_TOKENS:
                if self.is_name_token(n, False):
                    n += 1
                elif (pl := self.particle_len(n)) and n + pl < len(v) and self.is_name_token(n + pl, False):
                    n += pl  # "Jaap de Hoop Scheffer erklärte"
                elif v.words[n] in HYPHENS and n + 1 < len(v) and v.ends[n] == v.starts[n + 1] \
                        and v.ends[n - 1] == v.starts[n] and self.is_name_token(n + 1, False):
                    n += 1  # "Jean-Marc Ayrault, …": the hyphen joins the given name
                else:
                    break
            if n > i + 1 and w in self.given_names:
                return True  # "Wolfgang Hürter, Aufsichtsvorsitzender von SWB, nennt …"
            if n == i + 2 and not (self.lex.capitalised_nouns or self.lex.modifiers_follow_nouns) \
                    and low not in v.lowercase_words \
                    and v.words[i + 1] in v.midcap and low not in self._never_names and not self._function_word(low):
                return True  # "Rakeyia Scott can be heard …": a given name before a surname the article names
            if n in self.titles and not self.lex.capitalised_nouns and (n > i + 1 or low not in v.lowercase_words):
                # "North Korean leader Kim Jong-un", "Kremlin spokesman Dmitry Peskov": where only
                # names are capitalised (and the article never writes the word in lower case)
                return True
            if n > i + 1 and low in self.lex.org_heads and not self.lex.capitalised_nouns:
                return True  # "Kementerian Luar Negeri China mengecam …": an institution's name opens it
            if (n > i + 1 or not (self.lex.capitalised_nouns or low in v.lowercase_words)) \
                    and self._role_follows(n):
                # "Marullah Matali, Wali Kota Jakarta Selatan, …", "Dedy, Kepala Peleton B …": named,
                # then the role; one word is enough where only names are capitalised, if the
                # article never writes it in lower case ("Ternyata, Kepala Dinas …" / "ternyata")
                return True
            if v.age_at(n) and (n > i + 1 or not (self.lex.capitalised_nouns or low in v.lowercase_words)):
                return True  # "Deden (27) merasakan …": an age in brackets follows only a person
            if n > i + 1 and n < len(v) and v.words[n] == "," and not self.lex.capitalised_nouns:
                return True  # "Rucker Culpepper, who runs …, said": where only names are capitalised
            if n == i + 1 and not self.lex.capitalised_nouns and low not in v.lowercase_words \
                    and i not in self.title_tokens and self._workplace_then_cue(n):
                return True  # "Reynaldi dari PT House of Rattan mengatakan": one name, then where they work
            while n < len(v) and v.lower[n] in self.lex.adverbs and n - i <= MAX_NAME_TOKENS:
                n += 1  # "Trump has repeatedly said"
            if n >= len(v) or v.lower[n] not in self.cue_words or v.lower[n] in self.lex.passive_cues:
                return False  # "Harus diakui, …": before a passive verb stands no speaker
            if f"{v.lower[n - 1]} {v.lower[n]}" in self.lex.not_cues:
                return False  # "Tanggung jawab ini …": a fixed phrase, not a name and its verb
            return n > i + 1 or not self.lex.capitalised_nouns or self._bare_subject_of(i, n)
        return True

    def inner_name_words(self) -> frozenset[str]:
        """Capitalised words that stand after another name word inside a sentence: "Hari" in
        "Agung Hari Setiyono"."""
        if self._inner is None:
            v = self.v
            self._inner = frozenset(
                v.words[k] for k in range(1, len(v)) if v.words[k][:1].isupper() and v.words[k - 1].isalpha()
                and v.words[k - 1][:1].isupper() and v.words[k - 1] not in self.lex.not_names
                and not v.opens_sentence(k - 1))
        return self._inner

    def name_end(self, i: int) -> int:
        """One past the last token of the capitalised run starting at i (i if none)."""
        v, n = self.v, len(self.v)
        if i >= n or not self.is_name_token(i, True):
            return i
        if i in self.entities:
            return self.entities[i][0]
        j = i + max(1, self.particle_len(i))
        while j < n and j - i < MAX_NAME_TOKENS:
            if v.ends[j - 1] != v.starts[j] and v.text[v.ends[j - 1] : v.starts[j]] not in (" ", "\u00a0"):
                break
            if v.words[j - 1].rstrip(".") in self._aged_letters() and v.words[j - 1].endswith("."):
                break  # "ucap E. Dukungan …": "E ( 42 )" is someone; the stop ends the sentence
            if self.is_name_token(j, False):
                j += 1
            elif (v.words[j] in HYPHENS and j + 1 < n and v.ends[j] == v.starts[j + 1]
                  and v.ends[j - 1] == v.starts[j] and (self.is_name_token(j + 1, False)
                                                       or (j - i >= 2 and _syllable(v.words[j + 1])))):
                j += 2  # "Holtz-Eakin", split by the tokenizer; "Lai Ching-te", "Moon Jae-in"
            elif v.lower[j] in self.lex.name_particles and j + 2 < n and v.words[j + 1] in HYPHENS \
                    and v.ends[j] == v.starts[j + 1] and v.ends[j + 1] == v.starts[j + 2] \
                    and self.is_name_token(j + 2, False):
                j += 3  # "Majed al-Ansari", "Abdel Fattah el-Sisi"
            elif (pl := self.particle_len(j)) and j + pl < n and self.is_name_token(j + pl, False) \
                    and self._particle_joins(j, pl):
                j += pl + 1
            elif v.words[j] == "." and len(v.words[j - 1]) == 1 and j + 1 < n and self.is_name_token(j + 1, False):
                j += 1
            else:
                break
        return j

    def _particle_joins(self, p: int, pl: int) -> bool:
        """Does the particle of `pl` tokens at p join the words around it into one name? "Ursula
        von der Leyen", "Otto von Bismarck"; not "Aubin von der CFTC" (an institution), "Chief
        Executive von Hongkong" nor "John Sifton von Human Rights Watch" ("von" as a preposition)."""
        v = self.v
        return p + pl < len(v) and not v.words[p + pl].isupper() and not self._institution_word(p + pl) \
            and not (pl == 1 and v.lower[p] in self.lex.prepositions and v.words[p - 1] not in self.given_names)

    def _aged_letters(self) -> frozenset[str]:
        """Single capitals the article gives an age ("E ( 42 )"): people it names by an initial."""
        if self._letters is None:
            v = self.v
            self._letters = frozenset(w for t, w in enumerate(v.words)
                                      if len(w) == 1 and w.isupper() and v.age_at(t + 1))
        return self._letters

    def _source_of_place(self, s: int, e: int) -> NamePhrase | None:
        """The anonymous source whose institution is the run [s, e): "Economists at | Goldman Sachs"."""
        v, k = self.v, s - 1
        while k > 0 and v.lower[k] in self.lex.determiners:
            k -= 1
        if k < 1 or v.lower[k] not in self.lex.source_places:
            return None
        a = next((a for a in range(max(0, k - MAX_NAME_TOKENS), k) if self.anonymous.get(a) == k), None)
        if a is None or self._whose_source(k) != e:
            return None
        lex = self.lex
        for _ in range(MAX_SOURCE_QUALIFIERS):  # "Border Patrol | agents in the Rio Grande Valley"
            w = v.words[a - 1] if a > 0 else ""
            if not (w.isalpha() and w[:1].isupper()) or v.lower[a - 1] in lex.time_words \
                    or v.lower[a - 1] in lex.determiners or v.lower[a - 1] in lex.prepositions:
                break
            a -= 1
        return NamePhrase(a, e, v.span_text(a, e - 1), "anonymous")

    def _possessive_name(self, k: int) -> bool:
        """After the definite article at k, "King's Fund": a capitalised possessive before a
        capitalised name is one institution's name, not an owner and a role."""
        v = self.v
        return v.lower[k] in self.lex.definite_articles and k + 3 < len(v) \
            and v.lower[k + 2] in self.lex.possessive_markers \
            and self.is_name_token(k + 1, True) and self.is_name_token(k + 3, False)

    def _institution_word(self, t: int) -> bool:
        """"Gerhard Mangott von der Universität Innsbruck": after "von der" an institution, no surname."""
        low = self.v.lower[t]
        return low in self.lex.not_person_words or low in self.lex.org_heads

    def name_start(self, j: int) -> int:
        """First token of the capitalised run that ends at token j (j + 1 if none)."""
        v, i = self.v, j
        if j >= 3 and _syllable(v.words[j]) and v.words[j - 1] in HYPHENS and v.ends[j - 1] == v.starts[j] \
                and v.ends[j - 2] == v.starts[j - 1] and self.is_name_token(j - 2, False) \
                and self.is_name_token(j - 3, False):
            i = j - 2  # "Lai Ching-te": the last syllable after its hyphen ends the name
        while i >= 0 and j - i < MAX_NAME_TOKENS:
            if self.is_name_token(i, False):
                i -= 1
            elif i < j and (pl := self._particle_ending_at(i)) and i - pl >= 0 and self._particle_joins(i - pl + 1, pl):
                i -= pl
            elif 0 < i < j and v.words[i] in HYPHENS and v.ends[i - 1] == v.starts[i] \
                    and v.ends[i] == v.starts[i + 1] and (self.is_name_token(i - 1, False)
                                                          or v.lower[i - 1] in self.lex.name_particles):
                # "Karine Jean-Pierre", "Doris Crouse-Mays": one surname, split by the tokenizer;
                # "Majed al-Ansari": the particle glued to it
                i -= 1
            else:
                break
        i += 1
        while i <= j and not self.is_name_token(i, True):
            i += 1
        return i

    def particle_len(self, i: int) -> int:
        """Tokens in the name particle ("von", "von der", "bin") starting at token i, or 0."""
        v = self.v
        if i >= len(v) or v.lower[i] not in self._particle_starts:
            return 0
        for p in self.lex.particle_phrases:
            if all(i + k < len(v) and v.lower[i + k] == w for k, w in enumerate(p)):
                return len(p)
        return 0

    def _particle_ending_at(self, j: int) -> int:
        v = self.v
        if v.lower[j] not in self._particle_ends:
            return 0
        for p in self.lex.particle_phrases:
            i = j - len(p) + 1
            if i >= 0 and all(v.lower[i + k] == w for k, w in enumerate(p)):
                return len(p)
        return 0

    def phrase_at(self, i: int) -> NamePhrase | None:
        """The speaker phrase starting at token i: [title] [org words] name, or a pronoun,
        or an anonymous source, or a bare role ("the spokesman"). Rules ask for the same
        token again and again; the article does not change, so the answer is kept."""
        if i in self._phrases:
            return self._phrases[i]
        ph = self._phrase_at(i)
        if ph is not None and any(p.match(ph.text) for p in self.lex.affiliation_tags):
            ph = None  # "Sen. Lindsey Graham, R-S.C., said": the party and state, no one
        self._phrases[i] = ph
        return ph

    def _title_inside_run(self, i: int, e: int) -> int | None:
        """Where a role starts inside the capitalised run [i, e) and reaches past its end, or
        has a name after it inside the run ("John Major" ends on the word, and is a name)."""
        for t in range(i + 1, e):
            if t in self.titles and self.titles[t] != e:
                # "RSUD Dr Soetomo": a title inside an institution's name is part of the name
                return t if self.kind_of(i, t) != "organization" else None
        return None

    def _opening_qualifier(self, q: int) -> bool:
        """Is token q a capitalised word opening the sentence that is no function word? Where
        modifiers follow nouns or nouns are capitalised, only a deputy's word ("Wakil")."""
        v, lex = self.v, self.lex
        low = v.lower[q] if q >= 0 else ""
        if (lex.modifiers_follow_nouns or lex.capitalised_nouns) and low not in lex.deputies:
            return False
        return q >= 0 and v.opens_sentence(q) and v.words[q].isalpha() and v.words[q][:1].isupper() \
            and v.words[q] not in lex.not_names and not (
                low in lex.determiners or low in lex.prepositions or low in lex.conjunctions
                or low in lex.coordinators or low in lex.adverbs or low in lex.pronouns or low in lex.time_words
                or low in self.cue_words or low in lex.complementizers or low in lex.relatives)

    def _phrase_at(self, i: int) -> NamePhrase | None:
        v, lex, n = self.v, self.lex, len(self.v)
        if i in self.anonymous:  # "a source", "seorang pejabat": the determiner is part of it
            e = self._whose_source(self.anonymous[i])
            return NamePhrase(i, e, v.span_text(i, e - 1), "anonymous")
        det = i
        while i < n and v.lower[i] in lex.determiners:
            i += 1
        if i >= n:
            return None
        if i > det and lex.capitalised_nouns:
            # "der brasilianische Präsident", "ein Reporter des Senders Sky News": a described speaker
            k = i
            while k < n and k - i < 2 and v.words[k][:1].islower() and v.lower[k] not in self.cue_words \
                    and v.lower[k] not in lex.prepositions:
                k += 1
            if k > i and k < n and v.words[k][:1].isupper():
                inner = self.phrase_at(k)
                if inner is not None and inner.kind in ("person", "organization", "role"):
                    role = v.span_text(det, inner.start - 1) if inner.start > det else inner.role
                    if inner.role is None and not any(v.words[t][:1].isupper() for t in range(i, inner.start)):
                        role = None  # "laut einer neuen Studie", "der streitbare Merz": adjectives are no role
                    return NamePhrase(inner.start, inner.end, inner.text, inner.kind, role, det)
                e = self.name_end(k)
                if e > k:
                    return NamePhrase(det, e, v.span_text(det, e - 1), "role", v.span_text(det, e - 1), det)
        low = v.lower[i]
        if low in lex.pronouns or low in lex.plural_pronouns or (
                low in lex.demonstrative_pronouns and i > 0 and v.lower[i - 1] in self.cue_words
                and (i + 1 >= n or not v.words[i + 1][:1].isalnum())):
            return NamePhrase(i, i + 1, v.words[i], "pronoun")  # "„…“, sagte dieser."; not "dieser Zeitung"
        if i > det and self._possessive_name(i - 1):  # "the King's Fund", "the People's Party"
            e = self.name_end(i + 2)
            return NamePhrase(i, e, v.span_text(i, e - 1), "organization")
        pl = self.particle_len(i)
        if pl >= 2 and v.words[i].islower() and i + pl < n and self.is_name_token(i + pl, False):
            e = self.name_end(i + pl)  # "sagte von der Leyen": a bare surname with its particles
            if e > i + pl:
                return NamePhrase(i, e, v.span_text(i, e - 1), self.kind_of(i + pl, e))
        if i in self.anonymous:  # "two senior officials": the determiners belong to it
            e = self._whose_source(self.anonymous[i])
            return NamePhrase(det, e, v.span_text(det, e - 1), "anonymous")
        if i > det and i + 1 < n and (i + 1) in self.anonymous and v.is_upper_initial(i) \
                and self.name_end(i) == i + 1 and not lex.capitalised_nouns:
            # "one GOP source", "a Democratic source": the side the source is on says which one
            e = self._whose_source(self.anonymous[i + 1])
            return NamePhrase(det, e, v.span_text(det, e - 1), "anonymous")
        role_start = None
        j = i
        e = self.name_end(i)
        if i in self.titles:
            role_start, j = i, self.titles[i]
        elif e > i and e in self.titles:
            # "Kremlin spokesman Dmitry Peskov": capitalised words belong to the role
            role_start, j = i, self.titles[e]
        else:
            t = self._title_inside_run(i, e)
            if t is not None:  # "Ohio | Secretary of State | Jon Husted": the place qualifies the role
                role_start, j = i, self.titles[t]
        if role_start is not None:
            ph = self.titled_phrase(i, role_start, j)
            if ph.kind == "person" and ph.role_start == i and self._opening_qualifier(i - 1):
                # "Ohio | Secretary of State Jon Husted said": the word opening the sentence
                # says whose role it is, as it would mid-sentence
                return replace(ph, role=f"{v.words[i - 1]} {ph.role}", role_start=i - 1)
            return ph
        if i < e < n and v.lower[e] in lex.org_tails:
            return NamePhrase(i, e + 1, v.span_text(i, e), "organization")  # "said the Trump campaign"
        if self._words_in(i, e) >= LONG_RUN:
            # "VP Corporate Communication PT KCI Wiwik Widayanti": the name closes the run
            j = self._name_tail(i, e)
            kind = self.kind_of(j, e)
            if v.lower[j - 1] in lex.org_heads and v.words[j] not in self.given_names:
                kind = "organization"  # "Sejarawan Universitas | Sanata Dharma": the institution's name
            if kind == "person":
                return NamePhrase(j, e, v.span_text(j, e - 1), kind, v.span_text(i, j - 1), i)
        if e > i + 1 and not lex.capitalised_nouns and v.opens_sentence(i) and v.words[i] not in v.midcap \
                and v.lower[i] in v.lowercase_words and v.words[i + 1] in self.given_names \
                and v.words[i] not in self.given_names:
            return self.phrase_at(i + 1)  # "Rival Hillary Clinton had mocked …": the article writes "rival" too
        if e > i:
            given = self._given_name_inside(i, e)
            if given is not None:  # "Gewerkschaftsfunktionär Bernard Aubin": a role noun, then the name
                return NamePhrase(given, e, v.span_text(given, e - 1), self.kind_of(given, e),
                                  v.span_text(i, given - 1), i)
            kind = self.kind_of(i, e)
            if kind == "person" and i > det and lex.capitalised_nouns and e - i == 1 \
                    and v.words[i] not in self.given_names:
                kind = "role"  # "die Arbeitshypothese": after an article a lone noun names no one
            role = self.apposition_role(e) if kind == "person" else None
            return NamePhrase(i, e, v.span_text(i, e - 1), kind, role)
        return None
