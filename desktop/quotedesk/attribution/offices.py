"""Who holds an office named again without a name ("Menurut Wapres, …", "the senator said",
"sagte der Sprecher der Bundesregierung"): the holders the article named, the office written
out from its short form, its modifiers ("former", "wakil") kept apart, the nearest office by
shared words, and an owner in the genitive respected.

Mixed into `Coreference`, whose people, sightings and mentions it reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotedesk.attribution.coref import Person
    from quotedesk.attribution.mentions import Mentions
    from quotedesk.attribution.view import ArticleView

MAX_COORDINATED_ROLE = 6  # "The former | first lady and U.S. | senator"
MAX_QUALIFIERS = 2  # "the Democratic vice-presidential | nominee"
MIN_OWNER_STEM = 5  # "regie|rungssprecher" and "Bundes|regie|rung" share an owner


def _owned_elsewhere(role: str, office: str, owner: frozenset[str]) -> bool:
    """Does a known role name an owner that is not `owner`? "Human Rights Watch-Sprecher" is
    no "Sprecher des Weißen Hauses"; "Regierungssprecher" may be the "Sprecher der Bundesregierung"."""
    words = role.lower().replace("-", " ").split()
    if words and words[-1].endswith(office.split()[-1]):
        words[-1] = words[-1][: len(words[-1]) - len(office.split()[-1])]
    own = [w for w in words if len(w) >= MIN_OWNER_STEM and w not in office.split()]
    return bool(own) and not any(w[:MIN_OWNER_STEM] in o or o[:MIN_OWNER_STEM] in w for w in own for o in owner)


class OfficeHolders:
    view: ArticleView
    mentions: Mentions
    # (modifiers, office) -> where each holder was named with it, in the order registered
    roles: dict[tuple[frozenset[str], str], list[tuple[int, Person]]]

    def by_role(self, role: str, start: int | None = None, end: int | None = None) -> Person | None:
        """Who holds `role`, as written at tokens [start, end): of several, the one last named before it."""
        modifiers, office = self.mentions.lex.role_key(role)
        qualifiers: frozenset[str] = frozenset()
        if start is not None:
            before, qualifiers = self._words_before(start)
            modifiers = modifiers or before
        owner = self._genitive_owner(end) if end is not None else frozenset()
        holders = [(tok, p) for tok, p in self._closest_office(modifiers, office, qualifiers)
                   if p.kind == "person" and not (owner and _owned_elsewhere(p.role or "", office, owner))]
        if not holders:
            return None
        earlier = [(tok, p) for tok, p in holders if start is not None and tok < start]
        return max(earlier, key=lambda h: h[0])[1] if earlier else holders[0][1]

    def _closest_office(self, modifiers: frozenset[str], office: str,
                        qualifiers: frozenset[str]) -> list[tuple[int, Person]]:
        """Holders of the known office nearest to `office`: "the Republican nominee" is the
        "Republican presidential nominee" before any other "nominee"."""
        words, best, holders = set(office.split()), 0.0, []
        for (known_modifiers, known), named in self.roles.items():
            known_words = set(known.split())
            # "the former governor" after "…, the former governor of South Carolina,": the office before its "of"
            head = known.split(" of ")[0] if not self.mentions.lex.modifiers_follow_nouns else known
            if known_modifiers != modifiers or not (known.endswith(office) or office.endswith(known) or (
                    known.split()[-1] == office.split()[-1] and (words <= known_words or known_words <= words))
                    or (head != known and head.endswith(office))):
                continue
            shared = len((words | qualifiers) & known_words) + (0.5 if known == office else 0.0)
            if shared > best:
                best, holders = shared, []
            if shared == best:
                holders = holders + named
        return sorted(holders, key=lambda h: h[0])

    def _genitive_owner(self, end: int) -> frozenset[str]:
        """The words of the genitive after a role: "der Sprecher | des Weißen Hauses"."""
        v, g = self.view, self.mentions.genitive_end(end)
        return frozenset(v.lower[k] for k in range(end + 1, g) if v.words[k][:1].isalpha())

    def _words_before(self, start: int) -> tuple[frozenset[str], frozenset[str]]:
        """(modifier, qualifiers) written before a role: "the Republican | nominee" is qualified;
        a modifier reaches it over a coordination: "The former first lady and U.S. senator" is
        no senator in office."""
        v, lex = self.view, self.mentions.lex
        qualifiers: set[str] = set()
        adjacent = True
        for k in range(start - 1, max(-1, start - 1 - MAX_COORDINATED_ROLE), -1):
            if not v.words[k][:1].isalpha() or v.lower[k] in lex.determiners or v.quote_of[k] >= 0:
                break
            if v.lower[k] in lex.past_modifiers or v.lower[k] in lex.deputies:
                return frozenset([v.lower[k]]), frozenset(qualifiers)
            adjacent &= v.lower[k] not in lex.conjunctions and v.lower[k] not in lex.coordinators
            if adjacent and len(qualifiers) < MAX_QUALIFIERS:
                qualifiers.add(v.lower[k])
        return frozenset(), frozenset(qualifiers)
