"""Names the entity recogniser missed, written in apposition to a description of who they are.

"The agency's head, Wiryanto, said ..." (a person known by one name) and "A human rights group, the Citizens' Human
Rights Observatory (OCDH), said ..." (a body whose name the recogniser read as something else): the name is the
actor, and the description a mention of it. In: the parse and the description's head token; out: the cluster, or
None. :class:`Appositions` is one part of :class:`~.speakers.Resolver` (through
:class:`~.title_holders.TitleHolders` and :class:`~.descriptions.Descriptions`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..text import lexicons, places
from .clusters import _DETERMINERS
from .person_titles import PersonTitles


class Appositions(PersonTitles):
    """Persons and bodies named in apposition to a description (a part of the resolver)."""

    def _apposed_one_name(self, t: Token) -> int | None:
        """A role or a noun of people with a one-word name in apposition that no entity holds ('The agency's head,
        Wiryanto, said'): that name as a person (one known by one name), or None."""
        low = t.lower_
        if not (self.roles.get(low, "") in ("title", "leader") or low == "head"
                or lexicons.people_nouns().get(t.lemma_.lower()) == "person"):
            return None
        app = next((c for c in self.p.children[t.i] if c.dep_ == "appos" and c.i == t.i + 2
                    and self.doc[t.i + 1].text == ","), None)
        if app is None or app.pos_ != "PROPN" or app.i in self._token_cluster or app.ent_type_ or \
                not (app.is_title and app.is_alpha and len(app) >= 4) or app.left_edge.i != app.i or \
                app.right_edge.i != app.i or low in (app.lower_,) or app.lower_ in self.roles or \
                lexicons.people_nouns().get(app.lower_) or lexicons.country_code(app.text) or \
                places.candidates(app.text):
            return None
        span = self.doc[app.i:app.i + 1]
        return self._add_person(span, self._name_tokens(span))

    def _apposed_person(self, t: Token) -> int | None:
        """A name in apposition after a description of a person's role ('His Danish counterpart, Edmund Ravel, called
        ...'): that person's cluster, or None. A name of two or three capitalised words that the recogniser took for
        a body is a person there."""
        app = next((c for c in self.p.children[t.i] if c.dep_ == "appos" and c.i > t.i), None)
        k = self._token_cluster.get(app.i) if app is not None else None
        if k is None or not self.clusters[k].named:
            return None
        c = self.clusters[k]
        words = c.name.split()
        if c.type != "person" and (c.type not in ("organization", "unknown") or not 2 <= len(words) <= 3
                                   or not all(w.isalpha() and w.istitle() for w in words)
                                   or any(lexicons.people_nouns().get(w.lower()) for w in words)):
            return None
        c.type = "person"
        return k

    def _apposed_body(self, t: Token, start: int, end: int) -> int | None:
        """A noun of a body with a proper name in apposition that no entity holds ('a human rights group, the
        Citizens' Human Rights Observatory (OCDH)'): that name as an organisation, the description a mention of it;
        None otherwise."""
        if lexicons.people_nouns().get(t.lemma_.lower()) != "body":
            return None
        app = next((c for c in self.p.children[t.i] if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > t.i), None)
        if app is None or app.i in self._token_cluster or app.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC",
                                                                             "LOC"):
            return None
        doc = self.doc
        lo = app.left_edge.i
        while lo < app.i and doc[lo].lower_ in _DETERMINERS:
            lo += 1
        words = doc[lo:app.i + 1]
        if len(words) < 2 or not all(w.is_title or w.text in ("'", "’", "'s", "’s") or w.lower_ in ("of", "and", "for")
                                     for w in words) or any(w.i in self._token_cluster for w in words):
            return None
        text = words.text.replace(" '", "'").replace(" ’", "’")
        k = self._group(text, "organization", lo, app.i + 1, self._title_country(text))
        self.clusters[k].add(start, end)
        return k
