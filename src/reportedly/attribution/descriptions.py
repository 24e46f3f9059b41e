"""Titles and descriptions: what a person is called besides the name, and who "the minister" is.

Title words before a name ("UK Prime Minister Keir Starmer") and appositions ("Mikhail Kasyanov,
former Prime Minister under ...") are kept as the actor's titles; the country in a title ("UK",
"Dutch") gives the actor's country, and ``data/people.tsv`` fills in well-known people.
Descriptions ("the British Prime Minister", "the Russian leader") resolve to the actor whose
titles and country fit, else stand as their own actor. :class:`Descriptions` is one part of
:class:`~.speakers.Resolver`.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..model import ActorType
from ..text import lexicons
from ..text.lexicons import norm
from .clusters import _DETERMINERS, _GENERIC_TITLES, _TITLE_MODIFIERS, Cluster, ResolverState, _strip_title


class Descriptions(ResolverState):
    """Titles of named people and the actors that descriptions refer to (a part of the resolver)."""

    def _person_facts(self, c: Cluster, span: SpacySpan, k: int) -> None:
        """Titles before the name and in an apposition; country and gender from lexicons."""
        title = self._title_before(span)
        if title:
            c.add_title(title)
            code = self._title_country(title)
            if code and not c.country:
                c.country = code
        appos = self._apposition_title(span) or self._apposed_to(span)
        if appos:
            c.add_title(appos)
            code = self._title_country(appos)
            if code and not c.country:
                c.country = code
        known = lexicons.people().get(norm(c.name))
        if known is None and len(c.name.split()) == 1:
            options = lexicons.people_by_surname().get(norm(c.name), [])
            known = options[0] if len(options) == 1 else None
        if known is not None:
            c.country = c.country or known.country
            c.gender = c.gender or known.gender
            if len(c.name.split()) == 1 and any(t.split()[-1].lower() in " ".join(known.roles).lower()
                                                for t in c.titles):
                self._rename(k, known.name)  # 'President Trump' alone in the text: the known full name
        if not c.gender and len(c.name.split()) >= 2:
            c.gender = lexicons.first_names().get(c.name.split()[0].lower())

    def _title_before(self, span: SpacySpan) -> str:
        """'UK Prime Minister' in 'UK Prime Minister Keir Starmer'."""
        doc = self.doc
        i = span.start - 1
        if i >= 0 and self.roles.get(doc[i].lower_, "").startswith("honorific"):
            return ""
        words: list[Token] = []
        while i >= 0:
            t = doc[i]
            low = t.lower_
            if (t.is_punct and t.text != "-") or low in _DETERMINERS or (t.ent_type_ == "PERSON" and not words):
                break
            if low == "of" and words and i > 0 and (doc[i - 1].lower_ in self.roles or doc[i - 1].is_title):
                words.insert(0, t)  # 'Secretary of State'
                i -= 1
                continue
            if t.is_title or t.is_upper or low in self.roles or low in _TITLE_MODIFIERS or t.text == "-":
                words.insert(0, t)
                i -= 1
                continue
            break
        # keep the title from its first role, country or organisation word ('Monday UK Prime Minister')
        while words and not (words[0].lower_ in self.roles or words[0].lower_ in _TITLE_MODIFIERS or
                             words[0].ent_type_ in ("ORG", "GPE", "NORP") or lexicons.country_code(words[0].text)):
            words.pop(0)
        if not any((w.lower_ in self.roles and not self.roles[w.lower_].startswith("honorific")) or
                   " ".join(x.lower_ for x in words[k:k + 2]) in self.roles for k, w in enumerate(words)):
            return ""
        while words and (words[0].text in ("’s", "'s") or words[0].is_punct):
            words.pop(0)
        self._title_tokens.update(w.i for w in words)
        return " ".join(w.text for w in words)

    def _apposition_title(self, span: SpacySpan) -> str:
        """'former Prime Minister under Mr. Putin' in 'Mikhail Kasyanov, former Prime Minister ...'."""
        root = self.p.span_root(span.start, span.end)
        children = self.p.children
        for c in children[root.i]:
            if c.dep_ == "appos" and c.i > root.i and c.pos_ in ("NOUN", "PROPN"):
                cut = next((t.left_edge.i for t in children[c.i] if t.dep_ in ("relcl", "acl")), None)
                if self.p.projective[c.i]:
                    # left_edge..right_edge in order: bounds, not a list of a subtree as long as the document
                    start, end = c.left_edge.i, c.right_edge.i + 1
                    if cut is not None:
                        end = min(end, cut)
                    words = _strip_title(self.p.tokens, start, end, limit=12)
                else:
                    listed = [t for t in c.subtree if cut is None or t.i < cut]
                    words = _strip_title(listed, 0, len(listed), limit=12)
                if words and any(t.lower_ in self.roles for t in words):
                    return " ".join(t.text for t in words).replace(" ’s", "’s").replace(" 's", "'s")
        return ""

    def _apposed_to(self, span: SpacySpan) -> str:
        """'Kazakhstan’s foreign minister, Daniyar Seitkali': the title NP the name is in apposition to.

        The title's head token is also mapped to the person so the whole phrase resolves to them.
        """
        root = self.p.span_root(span.start, span.end)
        head = root.head
        if root.dep_ != "appos" or head.pos_ != "NOUN" or head.lower_ not in self.roles:
            return ""
        if self.p.projective[head.i]:  # the subtree in order, without listing all of it
            stop = min(root.i, head.i + 1)
            words = self.p.tokens[head.left_edge.i:stop] + ([head] if head.i >= stop else [])
        else:
            words = [t for t in head.subtree if (t.i < root.i and t.i <= head.i) or t.i == head.i]
        lead = next((k for k, w in enumerate(words) if not (w.lower_ in _DETERMINERS or w.is_punct)), len(words))
        words = words[lead:]
        idx = self._token_cluster.get(root.i)
        if idx is not None:
            self._token_cluster.setdefault(head.i, idx)
        return " ".join(t.text for t in words).replace(" ’s", "’s").replace(" 's", "'s")

    def _title_country(self, title: str) -> str | None:
        words = title.replace("’s", "").split()
        for n in (3, 2, 1):
            for k in range(len(words) - n + 1):
                code = lexicons.country_code(" ".join(words[k:k + n]))
                if code:
                    return code
        return None
    def _describe(self, t: Token, start: int, end: int) -> int | None:
        """A description ('the British Prime Minister', 'the Russian defence ministry', 'officials')."""
        doc = self.doc
        words = [w for w in doc[start:end] if w.lower_ not in _DETERMINERS and not w.is_punct]
        while words and words[0].dep_ in ("cc", "preconj"):
            words.pop(0)
        if not words:
            return None
        text = " ".join(w.text for w in words).replace(" ’s", "’s").replace(" 's", "'s")
        lowered = [w.lower_ for w in words]
        inst = lexicons.institutions().get(norm(text))
        if inst is not None:
            return self._group(text, "organization", start, end, inst[0])
        code = lexicons.country_names().get(norm(text)) if t.pos_ == "PROPN" else None
        if code is not None:
            # a country name the NER missed ('Turkey's support'): the same actor as its other mentions
            kind: ActorType = "organization" if code.startswith("ORG:") else "country"
            return self._group(lexicons.countries()[code].name, kind, start, end, code, key=f"{kind}:{code}")
        country = next((c for w in words[:-1] if (c := lexicons.country_code(w.text))), None)
        role_at = max((k for k, w in enumerate(lowered) if w in self.roles or " ".join(lowered[k:k + 2]) in self.roles),
                      default=None)
        kind = ""
        role = ""
        if role_at is not None:
            two = " ".join(lowered[role_at:role_at + 2])
            role = two if two in self.roles else lowered[role_at]
            kind = self.roles[role]
        if role_at is not None:
            tail = words[role_at + len(role.split()):]
            if 1 <= len(tail) <= 4 and all(w.pos_ == "PROPN" and w.is_title for w in tail):
                # 'Estonian Prime Minister Kaja Rand' where the NER missed the name
                span = doc[tail[0].i:tail[-1].i + 1]
                return self._add_person(span, self._name_tokens(span))
        if kind in ("leader", "title") and role_at is not None and role_at + len(role.split()) >= len(words):
            # 'a White House official' introduces someone new: only a definite description is a known person
            indefinite = doc[start].lower_ in ("a", "an", "another")
            k = None if indefinite else self._by_title(role, country, kind, t.i)
            if k is not None:
                c = self.clusters[k]
                c.add(start, end)
                if len(words) > 1:
                    c.add_title(text[0].upper() + text[1:])
                return k
            return self._group(text, "person", start, end, country, named=False)
        if kind == "institution":
            return self._group(text, "organization", start, end, country, named=False)
        if kind == "group" or t.tag_ in ("NNS", "NNPS"):
            return self._group(text, "group", start, end, country, named=False)
        if t.pos_ == "PROPN" and t.i >= self._headline:  # not 'for a Truce' in a title-case headline
            return self._group(text, "unknown", start, end, country)
        return None

    def _by_title(self, title: str, country: str | None, kind: str, pos: int) -> int | None:
        """The person whose titles (or known roles) fit a description, most recently mentioned."""
        best, best_pos = None, -1
        for k, c in enumerate(self.clusters):
            if c.type != "person" or not c.named:
                continue
            if country and c.country and c.country != country:
                continue
            titles = " | ".join(c.titles).lower()
            known = lexicons.people().get(norm(c.name))
            roles = " | ".join(known.roles).lower() if known else ""
            fits = title in titles or title in roles or (title in _GENERIC_TITLES and bool(c.titles or roles))
            if not fits and kind == "leader" and title == "leader":
                fits = any(w in titles or w in roles for w, v in self.roles.items() if v == "leader" and w != "leader")
            if not fits or (country and not c.country and country not in titles.upper()):
                continue
            last = self._last_before(k, pos)
            if last > best_pos:
                best, best_pos = k, last
        return best
