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

_NAMING_VERBS = {"call", "name", "style", "dub", "know", "brand"}
"""Verbs that give a body its name in a clause after it ('the group, which calls itself X', 'a group known as X')."""
_REFLEXIVES = {"itself", "themselves"}


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

    def _self_named_body(self, t: Token, start: int, end: int) -> int | None:
        """A noun of a body that a clause after it names ('The group, which calls itself Ciemna Fala (Dark Wave),
        said', 'a group known as Ciemna Fala'): the cluster of that name, an organisation (the recogniser often
        takes such a name for a person's); None when no such clause names a cluster."""
        if lexicons.people_nouns().get(t.lemma_.lower()) != "body":
            return None
        for v in self.p.children[t.i]:
            if v.dep_ not in ("relcl", "acl") or v.i < t.i or v.lemma_.lower() not in _NAMING_VERBS:
                continue
            kids = self.p.children[v.i]
            if v.dep_ == "relcl" and not any(k.lower_ in _REFLEXIVES for k in kids):
                continue  # 'the group, which called the strike': no name of its own
            names = [k for k in kids if k.dep_ in ("oprd", "attr", "xcomp", "dobj") and k.pos_ == "PROPN"]
            names += [g for k in kids if k.dep_ == "prep" and k.lower_ == "as"
                      for g in self.p.children[k.i] if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            for n in names:
                k = self._token_cluster.get(n.i)
                if k is not None and self.clusters[k].named and self.clusters[k].type in ("person", "unknown",
                                                                                           "organization"):
                    self.clusters[k].type = "organization"
                    self.clusters[k].add(start, end)
                    return k
        return None
