"""Named mentions of a document become actor clusters: people merged by name, groups by key.

spaCy's PERSON, ORG, GPE and NORP entities, plus "Mr./Mrs./Ms. X", become mentions. Person
mentions merge by surname with the fullest form as the name ("Keir Starmer", "Mr. Starmer",
"Starmer"); a bare surname shared by two people goes to the one mentioned last. Countries merge
through their aliases ("US", "U.S.", "United States"). :class:`Names` is one part of
:class:`~.speakers.Resolver`; in goes the parse, out come the resolver's clusters and indexes.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span as SpacySpan

from ..model import ActorType
from ..text import lexicons
from ..text.lexicons import norm
from .clusters import _DETERMINERS, _HONORIFIC_NAME_WORDS, _NAME_PARTICLES, Cluster, ResolverState, _first, _last


class Names(ResolverState):
    """Collects the named mentions of a document into clusters (a part of the resolver)."""

    def _in_skipped(self, i: int) -> bool:
        k = bisect.bisect_right(self._skipped, (i, len(self.doc))) - 1  # skipped paragraphs are in text order
        return k >= 0 and self._skipped[k][0] <= i < self._skipped[k][1]

    def _collect_names(self) -> None:
        doc = self.doc
        persons: list[tuple[SpacySpan, list[str]]] = []
        taken: set[int] = set()
        headline = self._headline
        elsewhere = {norm(e.text) for e in doc.ents if e.start >= headline}
        platforms = lexicons.channels()
        groups: list[SpacySpan] = []
        for ent in doc.ents:
            key = norm(ent.text)
            if self._in_skipped(ent.start) or (key in lexicons.demonyms() and ent.label_ != "GPE"
                                               and key not in lexicons.country_names()):
                continue  # 'the Tajik official': a nationality adjective the NER took for a name
            if (ent.start < headline and key not in elsewhere) or key in platforms:
                continue  # 'Come to the Table' in a title-case headline; 'formerly Twitter'
            if ent.label_ == "PERSON":
                ent = self._extend_name(ent)
                span = self._trim_person(ent)
                if span is not None:
                    persons.append((span, self._name_tokens(span)))
                    taken.update(range(span.start, span.end))
            elif ent.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC"):
                groups.append(ent)
                taken.update(range(ent.start, ent.end))
        # "Mr. Starmer" where the model missed the name
        for t in self.p.tokens:
            if t.lower_ in ("mr.", "mrs.", "ms.", "mr", "mrs", "ms") and t.i + 1 < len(doc) and t.i + 1 not in taken:
                nxt = doc[t.i + 1]
                if nxt.is_title and nxt.pos_ == "PROPN" and not self._in_skipped(t.i):
                    end = t.i + 2
                    stop = min(len(doc), t.i + 1 + _HONORIFIC_NAME_WORDS)
                    while end < stop and doc[end].pos_ == "PROPN" and doc[end].is_title:
                        end += 1
                    span = doc[t.i + 1:end]
                    persons.append((span, self._name_tokens(span)))
        persons.sort(key=lambda x: x[0].start)
        # full names first so that a surname mentioned before the full name still merges
        persons = [(s, n) for s, n in persons if any(any(ch.isalpha() for ch in w) for w in n)]
        full = [(s, n) for s, n in persons if len(n) >= 2]
        for span, name in full:
            self._add_person(span, name)
        for span, name in persons:
            if len(name) < 2:
                self._add_person(span, name)
        for ent in groups:
            if not any(i in self._title_tokens for i in range(ent.start, ent.end)):
                self._add_group_entity(ent)  # not 'State' in 'Secretary of State Marco Rubio'

    def _title_case_headline(self) -> int:
        """End token of the first paragraph when it is a title-case headline (NER guesses there), else 0."""
        if not self.p.blocks:
            return 0
        first, end, _ = self.p.blocks[0]
        words = [t for t in self.doc[first:end] if t.is_alpha and len(t) > 3]
        return end if words and sum(t.is_title for t in words) >= 0.6 * len(words) else 0

    def _extend_name(self, ent: SpacySpan) -> SpacySpan:
        """'Ursula von' + 'der Leyen': carry a person's name over particles the NER cut off."""
        doc = self.doc
        end = ent.end
        while end + 1 < len(doc) and doc[end].lower_ in _NAME_PARTICLES and (
                doc[end + 1].is_title or doc[end + 1].lower_ in _NAME_PARTICLES):
            end += 1
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
        return doc[ent.start:end] if end > ent.end else ent

    def _trim_person(self, ent: SpacySpan) -> SpacySpan | None:
        doc = self.doc
        start, end = ent.start, ent.end
        while start < end and (doc[start].lower_ in self.roles or doc[start].is_punct):
            start += 1
        while end > start and (doc[end - 1].text in ("’s", "'s", "'", "’") or doc[end - 1].is_punct):
            end -= 1
        if end <= start:
            return None
        return doc[start:end]

    @staticmethod
    def _name_tokens(span: SpacySpan) -> list[str]:
        return [t.text for t in span if (t.text not in ("’s", "'s") and not t.is_punct) or t.text == "-"]

    def _honorific(self, span: SpacySpan) -> str | None:
        if span.start == 0:
            return None
        kind = self.roles.get(self.doc[span.start - 1].lower_, "")
        return kind.split(":")[1] if kind.startswith("honorific:") else None

    def _add_person(self, span: SpacySpan, name: list[str]) -> int:
        surname = norm(name[-1])
        gender = self._honorific(span)
        idx = None
        if len(name) >= 2:
            full = norm(" ".join(name))
            idx = self._by_key.get("person:" + full)
            if idx is None:
                # "Vladimir Putin" vs "President Vladimir Putin": same first and last name
                for k in self._by_key_last.get(surname, ()):
                    c = self.clusters[k]
                    if c.type == "person" and _first(c.name)[:1] == norm(name[0])[:1]:
                        idx = k
                        break
            if idx is None:
                idx = self._new(Cluster(" ".join(name), "person", "person:" + full))
        else:
            candidates = [k for k in self._by_surname.get(surname, ()) if self.clusters[k].type == "person" and
                          (gender is None or self.clusters[k].gender in (None, gender))]
            if candidates:
                before = [k for k in candidates if self.clusters[k].starts and self.clusters[k].starts[0] < span.start]
                idx = max(before or candidates, key=lambda k: self._last_before(k, span.start))
            else:
                idx = self._by_key.get("person:" + surname)
                if idx is None:
                    idx = self._new(Cluster(" ".join(name), "person", "person:" + surname))
        c = self.clusters[idx]
        if len(" ".join(name)) > len(c.name) and len(name) >= len(c.name.split()):
            self._rename(idx, " ".join(name))
        c.add(span.start, span.end)
        for i in range(span.start, span.end):
            self._token_cluster[i] = idx
        if gender and not c.gender:
            c.gender = gender
        self._person_facts(c, span, idx)
        return idx

    def _last_before(self, k: int, pos: int) -> int:
        starts = self.clusters[k].starts
        j = bisect.bisect_left(starts, pos)
        return starts[j - 1] if j else -1

    def _add_group_entity(self, ent: SpacySpan) -> int | None:
        """Countries, organisations and plural groups named by the NER; cities and regions are places."""
        doc = self.doc
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in _DETERMINERS:
            start += 1
        while end > start and (doc[end - 1].text in ("’s", "'s") or doc[end - 1].is_punct):
            end -= 1
        if end <= start:
            return None
        text = doc[start:end].text
        country = lexicons.country_names().get(norm(text)) if lexicons.country_code(text) else None
        if country is not None:
            kind: ActorType = "organization" if country.startswith("ORG:") else "country"
            return self._group(lexicons.countries()[country].name, kind, start, end, country,
                               key=f"{kind}:{country}")
        if ent.label_ == "NORP":
            # 'Democrats said': a plural people-noun speaks; 'Ukrainian forces': an adjective does not
            if doc[end - 1].tag_ in ("NNPS", "NNS") and ent.root.dep_ not in ("amod", "compound"):
                return self._group(text, "group", start, end, lexicons.country_code(text))
            return None
        if ent.label_ == "ORG":
            inst = lexicons.institutions().get(norm(text))
            return self._group(text, "organization", start, end, inst[0] if inst else self._title_country(text))
        return None

    def _group(self, name: str, kind: ActorType, start: int, end: int, country: str | None,
               key: str | None = None, named: bool = True) -> int:
        key = key or f"{kind}:{norm(name)}"
        idx = self._by_key.get(key)
        if idx is None:
            idx = self._new(Cluster(name, kind, key, country=country, named=named))
        c = self.clusters[idx]
        c.add(start, end)
        for i in range(start, end):
            self._token_cluster[i] = idx
        return idx

    def _new(self, c: Cluster) -> int:
        self.clusters.append(c)
        k = len(self.clusters) - 1
        self._by_key[c.key] = k
        if c.key.split():
            self._by_key_last.setdefault(c.key.split()[-1], []).append(k)
        self._by_surname.setdefault(_last(c.name), []).append(k)
        c.on_add = lambda start, end: bisect.insort(self._mention_starts, (start, k))  # (c has no mention yet)
        return k

    def _rename(self, k: int, name: str) -> None:
        """Give cluster ``k`` a new name, keeping the index of clusters by surname."""
        c = self.clusters[k]
        old, new = _last(c.name), _last(name)
        c.name = name
        if old != new:
            self._by_surname[old].remove(k)
            bisect.insort(self._by_surname.setdefault(new, []), k)
