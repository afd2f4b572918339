"""The long role phrases news puts before a name, and where in them the name is:
"Kepala Bagian Hukum dan Humas, Rumah Sakit Umum Pusat Dr Sardjito, Banu Hermawan",
"Direktur Eksekutif Network for Democracy and Electoral Integrity Ferry Kurnia Rizkiyansyah".

Mixed into `Mentions`, whose name runs, kinds and lexicon it uses.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotedesk.attribution.genitives import HYPHENS, Genitives
from quotedesk.attribution.lone_names import words_speaking_alone
from quotedesk.attribution.name_phrase import MAX_NAME_TOKENS
from quotedesk.attribution.place_words import PlaceWords

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.view import ArticleView

LONG_RUN = 4  # a capitalised run this long holds a role or institution before the name
MAX_ROLE_SPAN = 18
NAME_TOKENS_AFTER_TITLE = 2
MAX_ROLE_TOKENS = 8
MAX_ROLE_QUALIFIERS = 2  # "the | shadow health | secretary" ("The | work and pensions | secretary": one more)
MAX_NAME_AFTER_RANK = 4  # "Komisaris Besar Trunoyudo Wisnu Andiko"
MAX_NAME_AFTER_ROLE = 5  # "I Gusti Putu Ngurah Sedana"
MAX_FIELD_WORDS = 2  # "Pengamat | hubungan internasional | Universitas Indonesia"
MAX_LIST_FIELDS = 6  # "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"
_INITIAL = re.compile(r"(?:[^\W\d_]\.){1,3}|[^\W\d_a-z]")  # "W.", "M" in "Oded M Danial"


class RolePhrases(Genitives, PlaceWords):
    v: ArticleView
    lex: Lexicon
    titles: dict[int, int]
    orgs: dict[int, int]
    given_names: frozenset[str]
    cue_words: frozenset[str]
    _org_tokens: frozenset[int] | None = None  # every token inside a known institution, built on first use
    _lone_speakers: frozenset[str] | None = None  # words that name someone alone, likewise

    def _name_after_role(self, j: int) -> tuple[int, int] | None:
        """The person's name that closes a long role phrase starting at token j:
        the last capitalised run that is a person, or the tail of a long institution run."""
        v, n = self.v, len(self.v)
        k, depth, best, whole = j, 0, None, False
        plain = not (self.lex.modifiers_follow_nouns or self.lex.capitalised_nouns)
        while k < n and k - j < MAX_ROLE_SPAN:
            w = v.words[k]
            if w == "(":
                depth += 1
            elif w == ")":
                depth = max(0, depth - 1)
            elif depth == 0:
                e = self.name_end(k)
                if e == k and self.is_name_token(k, False) and k + 1 < n and self.is_name_token(k + 1, False):
                    # "Kepala Dinas Sumber Daya Air …": a word that may not open a name runs on inside one
                    e = max(k + 1, self.name_end(k + 1))
                while e - k >= MAX_NAME_TOKENS and e < n and self.name_end(e) > e and e - j < MAX_ROLE_SPAN:
                    e = self.name_end(e)  # "Departemen Epidemiologi … Universitas Indonesia Tri Yunus Miko | Wahyono"
                if e > k and best is not None and k in self.titles:
                    break  # "Joko Widodo dan Wakil Presiden …": a second person, not more role
                after_prep = v.lower[k - 1] in self.lex.prepositions or (
                    plain and v.lower[k - 1] in self.lex.role_joiners)
                if e > k and after_prep and v.words[k] not in self.given_names and (
                        self._words_in(k, e) == 1 or plain):
                    # "Präsident von Frankreich": one word after a preposition is its object; in
                    # English any name is ("a writer for The Atlantic")
                    k = e
                    continue
                if e > k and self._words_in(k, e) == 1 and self._list_goes_on(e):
                    k = e  # "…, Klimatologi, dan Geofisika": one field in the institution's list
                    continue
                if e > k:
                    # "… Daop 8 Surabaya Suprapto", "Universitas Lampung Robi Santoso": places go first
                    t = self._after_place_words(k, e)
                    if k > j and k in self.titles and self.titles[k] < e and v.words[k - 1] == "," \
                            and v.span_text(k, self.titles[k] - 1).lower() in self.lex.ranks:
                        t = max(t, self.titles[k])  # "Kepala Polsek Mampang, Komisaris | Sujarwo,": its rank
                    rank = self._after_title_inside(k, e)
                    past_org = t
                    while past_org < e - 1 and self.in_known_org(past_org):
                        past_org += 1  # "Sekretaris Jenderal PBNU | Helmy Faishal Zaini": the whole name after it
                    if rank is not None and rank > t:
                        t = rank  # "… Komisaris Besar Trunoyudo Wisnu Andiko": the name follows the rank
                    elif past_org > t and 2 <= self._words_in(past_org, e) <= 3 \
                            and not self._named_as_place(past_org):  # not "DPRD | Sleman", "DPRD | Jawa Barat …"
                        t = past_org
                    elif self._words_in(t, e) >= (3 if t > k else LONG_RUN) or (k == j and t == k):
                        t = self._name_tail(t, e) if self._words_in(t, e) >= 3 else e
                    while t < e - 1 and self.in_known_org(t):
                        t += 1  # "… Kejaksaan Agung | Harli Siregar": "Agung" closes the institution's name
                    bare_head = v.lower[k] in self.lex.org_heads and self._words_in(k, t) < 2 \
                        and v.words[t] not in self.given_names  # "Universitas | Sanata Dharma" is one name
                    if t < e and self.kind_of(t, e) == "person" and not self.in_known_org(t) and not bare_head:
                        # a name that began the run, or opens with a given name, is whole; what is
                        # left of "Rumah Sakit Umum Pusat Dr Sardjito" may still be the institution
                        best, whole = (t, e), t == k or v.words[t] in self.given_names
                    elif self._one_word_name_closing(k, e):
                        best, whole = (e - 1, e), False  # "Ketua Badan Pengawas Pemilu | Abhan"
                    k = e
                    continue
                if best is not None and (v.lower[k] in self.lex.prepositions or v.lower[k] in self.lex.role_joiners):
                    break  # "… Wahyu Wibowo di Kabupaten Sleman": the place is not the name
                if v.lower[k] in self.lex.role_joiners and k + 1 in self.titles:
                    break  # "Presiden Joko Widodo dan Wakil Presiden …": the next person's role
                if best is not None and w == "," and whole and self._words_in(*best) >= 2:
                    break  # "… Muhammad Handry Imansyah, Kalsel harus …": the role ended on a full name
                if best is None and k in self.titles and k > j:
                    k += 1  # "… Universitas Airlangga Prof. Dr. | Windhu Purnomo": honorifics before the name
                    continue
                if not self._joins_role(k, j):
                    break
            k += 1
        return best

    def _possessor_before(self, i: int) -> int:
        """Where "Moody's" starts before "Analytics chief economist", "Putin's" before "spokesman":
        whose the role is belongs to it."""
        v = self.v
        if i < 2 or v.lower[i - 1] not in self.lex.possessive_markers or v.ends[i - 2] != v.starts[i - 1] \
                or not v.words[i - 2][:1].isupper() or not v.words[i - 2].isalpha():
            return i
        return min(i - 2, self.name_start(i - 2))

    def _qualifiers_before(self, i: int) -> int:
        """"The | shadow health | secretary": where modifiers come before the noun, plain words
        between an article and a role say which one it is."""
        v, lex = self.v, self.lex
        if lex.modifiers_follow_nouns or lex.capitalised_nouns or v.lower[i] in lex.honorifics:
            return i
        k = i - 1
        while k >= 0 and i - k <= MAX_ROLE_QUALIFIERS + (k + 1 < i and v.lower[k + 1] in lex.conjunctions) \
                and v.words[k].isalpha() and v.words[k].islower() \
                and v.lower[k] not in lex.determiners and v.lower[k] not in lex.definite_articles \
                and v.lower[k] not in self.cue_words and v.lower[k] not in lex.prepositions \
                and (v.lower[k] not in lex.conjunctions or self._joins_qualifiers(k, i)) \
                and v.lower[k] not in lex.complementizers \
                and v.lower[k] not in lex.relatives and v.lower[k] not in lex.adverbs \
                and v.lower[k] not in lex.copulas:
            k -= 1
        # "The | health | secretary", "Russia's | foreign ministry | spokeswoman" (whose it is follows)
        return k + 1 if k < i - 1 and k >= 0 and (v.lower[k] in lex.definite_articles
                                                  or v.lower[k] in lex.possessive_markers) else i

    def _joins_qualifiers(self, k: int, i: int) -> bool:
        """"The work | and | pensions secretary": a conjunction between two plain words right
        after an article is part of what the role says."""
        v, lex = self.v, self.lex
        return 2 <= k < i - 1 and v.words[k - 1].isalpha() and v.words[k - 1].islower() \
            and v.lower[k - 2] in lex.definite_articles

    def _role_follows(self, n: int) -> bool:
        """", Wali Kota …", ", ein Vertreter der …", ", a spokesman for …" after token n - 1."""
        v = self.v
        if n + 1 >= len(v) or v.words[n] != ",":
            return False
        k = n + 1
        if self._one_of_group_follows(k):
            return True
        if v.lower[k] in self.lex.determiners:
            k += 1
        if k < n + 3 and not (self.lex.modifiers_follow_nouns or self.lex.capitalised_nouns):
            # ", the committee chair, …": plain words that say which one
            k = next((t for t in range(k, min(len(v), k + MAX_ROLE_QUALIFIERS + 1))
                      if t in self.titles or not (v.words[t].isalpha() and v.words[t].islower())), k)
        return k in self.titles

    def _one_of_group_follows(self, k: int) -> bool:
        """"Ruli, | salah satu peserta, | merasa …", "Rucker, | one of the organizers, | said": one
        of a group of people, in commas (not "Bali, salah satu tujuan wisata" nor "one of the firms")."""
        v, lex, n = self.v, self.lex, len(self.v)
        part = next((len(p.split()) for p in lex.partitives if v.lower[k:k + len(p.split())] == p.split()), 0)
        if not part:
            return False
        j = k + part
        while j < n and j - k - part < MAX_ROLE_QUALIFIERS and v.words[j].isalpha() and v.words[j].islower():
            j += 1
        return k + part < j < n and v.words[j] == "," and v.words[k - 2] not in lex.place_names and not any(
            v.lower[t] in lex.org_heads or v.lower[t] in lex.place_heads or v.lower[t] in lex.not_person_words
            for t in range(k + part, j))

    def _whose_source(self, e: int) -> int:
        """"kata seorang pejabat | JCS | kepada AFP", "officials | at the Pentagon": the
        institution an anonymous source belongs to is part of it."""
        v, n = self.v, len(self.v)
        if e >= n:
            return e
        k = e + 1 if v.lower[e] in self.lex.source_places and e + 1 < n else e
        if not self.lex.modifiers_follow_nouns:
            if k == e:
                return e  # "officials | at the Pentagon": only after a word of place,
            while k < n and v.lower[k] in self.lex.determiners:
                k += 1
            end = self.name_end(k)  # and then any name: "economists at | Goldman Sachs"
            return end if end > k else e
        end = self.name_end(k)  # "sumber | di Kementerian ESDM"
        if end > k and (self.kind_of(k, end) == "organization" or self.v.words[k].isupper()):
            return end
        return e

    def _fields_listed_after(self, j: int, e: int) -> bool:
        """"Kepala Badan | Meteorologi dan Geofisika …", "Kepala Pusat | Data, Informasi, dan …":
        after a role ending on an institution's head, a run that a "dan" or a comma continues
        with capitals lists the institution's fields; it is no name."""
        return j >= 1 and self.v.lower[j - 1] in self.lex.org_heads and self._list_goes_on(e)

    def _holder_after_comma(self, j: int, e: int) -> bool:
        """"Camat Baleendah, Ahmad Sudrajat, …": one word after the role, or two the article
        names a place by ("Lurah Tambak Lorok, …" after "di Kelurahan Tambak Lorok"), then a full
        name set off by commas; the words are the role's place and the name its holder."""
        v, n = self.v, len(self.v)
        k = e
        while k < n and v.is_space(k):
            k += 1
        words = self._words_in(j, e)
        if not (words == 1 or (words == 2 and self._named_as_place(j))) or k + 1 >= n or v.words[k] != ",":
            return False
        s = k + 1
        while s < n and v.is_space(s):
            s += 1
        if s in self.titles and v.span_text(s, self.titles[s] - 1).lower() in self.lex.ranks:
            s = self.titles[s]  # "…, Gen. George Casey": a rank before the holder's name
        end = self.name_end(s) if s < n else s
        if end <= s or s in self.titles or self._words_in(s, end) < 2 or self.kind_of(s, end) != "person":
            return False  # "Presiden Jokowi, Wakil Presiden …": a second person with a role of his own
        if end < n and v.lower[end] in self.cue_words:
            return True
        after = end + 1
        while after < n and v.is_space(after):
            after += 1
        # "Presiden Jokowi, Maruf Amin, dan para menteri": a list of people, not a role's holder
        return end < n and v.words[end] == "," and not (after < n and v.lower[after] in self.lex.coordinators)

    def _list_goes_on(self, e: int) -> bool:
        """Does the run ending before token e go on as a list of capitalised fields that a "dan"
        closes ("Meteorologi, Klimatologi, dan Geofisika"), not with a name after a comma
        ("Kabupaten Bekasi, Alamsyah") or someone's role ("Jokowi dan Wakil Presiden …")?"""
        v, lex, n = self.v, self.lex, len(self.v)
        k = e
        for _ in range(MAX_LIST_FIELDS):
            while k < n and v.is_space(k):
                k += 1
            if k + 1 >= n:
                return False
            if v.words[k] == "," and k + 1 < n and v.lower[k + 1] in lex.coordinators:
                k += 1  # "Klimatologi, dan": the serial comma
            if v.lower[k] in lex.coordinators:
                return v.is_upper_initial(k + 1) and k + 1 not in self.titles
            if v.words[k] != "," or not v.is_upper_initial(k + 1):
                return False
            k = max(k + 2, self.name_end(k + 1))
        return False

    def _after_title_inside(self, k: int, e: int) -> int | None:
        """Where the name starts after the last title inside the capitalised run [k, e), if
        what follows the title is a short name ("Komisaris Besar | Trunoyudo Wisnu Andiko")."""
        # a title opening the run is its role as before ("Prof Natsir", "Imam B Prasodjo")
        ends = [self.titles[t] for t in range(k + 1, e) if t in self.titles and self.titles[t] < e]
        if not ends:
            return None
        t = max(ends)
        if not 1 <= self._words_in(t, e) <= MAX_NAME_AFTER_RANK or self.in_known_org(t):
            return None
        # "Ikatan Dokter Indonesia Daeng M Faqih": what follows must be a person's name
        return t if self._after_place_words(t, e) == t and self.kind_of(t, e) == "person" else None

    def _one_word_name_closing(self, k: int, e: int) -> bool:
        """Does a one-word name close the institution run [k, e)? Its last word is no
        institution or place word, and lies outside every institution the lexicon knows
        ("Juru bicara Gedung Putih" names no one)."""
        v, lex = self.v, self.lex
        last = e - 1
        # "Ketua KPK | Firli", "Direktur Utama BRI | Sunarso": an acronym is a whole institution
        acronym = e - k == 2 and v.words[k].isalpha() and v.words[k].isupper() and len(v.words[k]) >= 2
        if (self._words_in(k, e) < 3 and not acronym) or not v.words[last].isalpha() or v.words[last].isupper() \
                or v.lower[last] in lex.not_person_words or v.lower[last] in lex.org_heads:
            return False
        if acronym and self._named_as_place(last):
            return False  # "Ketua DPRD Sleman …, di Sleman": the place the institution serves
        if self.in_known_org(last):
            return False
        nxt = next((t for t in range(e, min(len(v), e + 3)) if not v.is_space(t)), None)
        if nxt is not None and nxt in self.titles:
            return False  # "… Universitas Airlangga Prof. Dr. Windhu Purnomo": the name follows the title
        if nxt is not None and (v.words[nxt] in ("(", "-", "/") or v.lower[nxt] in lex.prepositions
                                or v.lower[nxt] in lex.role_joiners or v.lower[nxt] in lex.title_small_words
                                or (v.words[nxt].islower() and nxt + 1 < len(v) and v.is_upper_initial(nxt + 1))):
            return False  # "Komunitas Bike to Work", "Angkutan Bermotor di Jalan": the name runs on
        return self.kind_of(k, last) == "organization" and self.kind_of(last, e) == "person"

    def _speaks_alone(self, tok: int, e: int) -> bool:
        """Does the word at `tok`, opening a person's name that ends before `e`, name someone
        alone elsewhere beside a speech verb? A title's word does not ("lanjut Ratu")."""
        if self._lone_speakers is None:
            self._lone_speakers = words_speaking_alone(self.v, self.lex, set(self.titles.values()), self.cue_words)
        return self.v.words[tok] in self._lone_speakers and tok not in self.titles and not self.in_known_org(tok) \
            and self.v.lower[tok] not in self.lex.not_person_words and self.kind_of(tok, e) == "person"

    def in_known_org(self, tok: int) -> bool:
        """Is the token inside an institution the lexicon names ("Gedung Putih")?"""
        if self._org_tokens is None:
            self._org_tokens = frozenset(t for s, end in self.orgs.items() for t in range(s, end))
        return tok in self._org_tokens

    def _given_name_inside(self, i: int, e: int) -> int | None:
        """Where a known given name starts a person's name after capitalised nouns, in
        languages that capitalise nouns."""
        if not self.lex.capitalised_nouns or self.v.words[i] in self.given_names:
            return None
        for t in range(i + 1, e):
            if self.v.words[t] in self.given_names:
                return t if self._words_in(t, e) <= 3 and self.kind_of(t, e) == "person" else None
        return None

    def _word_start(self, j: int, floor: int) -> int:
        """First token of the hyphenated word that ends at token j ("Holtz", "-", "Eakin")."""
        v = self.v
        while j - 2 >= floor and v.words[j - 1] in HYPHENS and v.ends[j - 2] == v.starts[j - 1]:
            j -= 2
        return j

    def _words_in(self, i: int, e: int) -> int:
        return sum(1 for t in range(i, e) if self.v.words[t] not in HYPHENS
                   and not (t > i and self.v.words[t - 1] in HYPHENS))

    def _name_tail(self, i: int, e: int) -> int:
        """Where the last two words of the run [i, e) begin; an initial pulls in one more
        word ("George W. Bush", not "W. Bush")."""
        j = e
        for _ in range(NAME_TOKENS_AFTER_TITLE):
            if j - 1 < i:
                break
            j = self._word_start(j - 1, i)
        if j > i and (_INITIAL.fullmatch(self.v.words[j]) or _INITIAL.fullmatch(self.v.words[j - 1])
                      or self.v.words[j - 1] in self.given_names):
            j = self._word_start(j - 1, i)  # "Muhammad | Handry Imansyah", "M | Fadjroel Rachman" are one name
            while j > i and e - j < MAX_NAME_AFTER_ROLE and self.v.words[j - 1] in self.given_names:
                j = self._word_start(j - 1, i)  # "I Gusti | Putu | Ngurah Sedana": given names run on
            if j > i and _INITIAL.fullmatch(self.v.words[j]) and (
                    self.v.words[j - 1] in self.given_names or (j - 1 == i and self.v.words[j].endswith("."))):
                j -= 1  # "Vann | R. | Newkirk II", "Christina | N | Luis Olidem": the given name before an initial
            elif j > i and _INITIAL.fullmatch(self.v.words[j - 1]) and self.v.words[j] in self.given_names:
                j -= 1  # "Candi Borobudur | I | Gusti Putu Ngurah Sedana": an initial before a given name
        k = j
        while k > i and self.v.words[k - 1].islower() and self.v.lower[k - 1] in self.lex.name_particles:
            k -= 1  # "Jaap de | Hoop Scheffer": the particle and the given name before it belong to it
        if i < k < j:
            j = self._word_start(k - 1, i)
        # "Juru bicara KPK | Tessa Mahardhika Sugiarto … kata Tessa": a word the article names
        # someone by alone begins that someone's name
        alone = next((w for w in range(i, j) if self._speaks_alone(w, e)), j)
        if alone == j and e - j == 2 and self._speaks_alone(e - 1, e) and not self._speaks_alone(j, e) \
                and self.v.words[j] not in self.given_names and self._named_as_place(j, elsewhere=True):
            return e - 1  # "Ketua Bawaslu Balikpapan | Agustan … ujar Agustan": the place ends the role
        return alone

    def _joins_role(self, k: int, role_end: int) -> bool:
        """Punctuation, numbers and small words that hold a long role phrase together."""
        v, w, low, lex = self.v, self.v.words[k], self.v.lower[k], self.lex
        if w in (",", "-", "–", "/") or w.isdigit() or low in lex.name_particles:
            return True
        if (low in lex.prepositions or low in lex.role_joiners) and k + 1 < len(v) \
                and v.is_upper_initial(k + 1):
            return True
        n = len(v)
        if lex.modifiers_follow_nouns and (
                (low in lex.relatives and k + 2 < n and v.lower[k + 1] in lex.adverbs and k + 2 in self.titles
                 and not (v.words[k - 1].isalpha() and v.words[k - 1].islower()))  # not "pakar kebakaran yang …"
                or (low in lex.adverbs and k > 0 and v.lower[k - 1] in lex.relatives and k + 1 in self.titles)):
            return True  # "Kepala BNPB | yang juga | Ketua Satgas Covid-19 Doni Monardo": a second role
        fields = MAX_FIELD_WORDS if lex.modifiers_follow_nouns else 1
        if role_end <= k < role_end + fields and not lex.capitalised_nouns \
                and all(self._field_word(t) for t in range(role_end, k + 1)):
            return True  # the field right after the role: "Pengamat politik …", "Pengamat hubungan internasional …"
        return w[:1].islower() and k in self.titles

    def _field_word(self, k: int) -> bool:
        w, low, lex = self.v.words[k], self.v.lower[k], self.lex
        return w.isalpha() and w.islower() and not (
            low in self.cue_words or low in lex.adverbs or low in lex.conjunctions or low in lex.pronouns
            or low in lex.determiners or low in lex.prepositions or low in lex.complementizers
            or low in lex.relatives)
