"""Details of an event mention: its places, its time and its quantities.

In: the :class:`~reportedly.events.view.DocumentView` of a document (its parse, entities and noun
phrases), the actor :class:`~reportedly.attribution.speakers.Resolver` (countries of the document's
actors, pronouns such as 'its'), the publication date, and a
:class:`~reportedly.events.mention_types.Mention` with its scope and status filled in. Out: the
mention's :class:`~reportedly.events.mention_types.PlaceRef` list (resolved with the gazetteer of
:mod:`reportedly.text.places`, in the context of the countries the document names), its
:class:`~reportedly.model.TimeRef` (resolved by :mod:`reportedly.text.timex`) and its
:class:`~reportedly.model.Quantity` list.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from ..attribution.speakers import Resolver
from ..model import Place, Quantity, TimeRef
from ..text import lexicons, places, timex
from .dates import UNDATED_PAST_DAYS
from .mention_types import Mention, PlaceRef
from .view import DocumentView, ViewReader
from .words import (
    APPROX,
    FUTURE_AUX,
    HYPHENS,
    LOCATIVE_PREPS,
    MULTIPLIERS,
    NAMED_ONLY,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    PLACE_NOUNS,
    TIME_UNITS,
    number_value,
)


class DetailReader(ViewReader):
    """Places, time and quantities of the mentions of one document (see the module docstring)."""

    def __init__(self, view: DocumentView, resolver: Resolver | None, published: date | None = None) -> None:
        super().__init__(view)
        self.resolver = resolver
        self.published = published
        self.context = places.Context.empty()
        """Countries and regions of the document (:meth:`document_context`), for resolving place names."""
        self._admin1: dict[int, str] = {}

    # -- places ---------------------------------------------------------------------------------------

    def document_context(self, mentions: list[Mention]) -> None:
        """Countries of the document's actors and of the places it names without ambiguity."""
        ctx = self.context
        if self.resolver is not None:
            for c in self.resolver.clusters:
                if c.country and not (c.type == "country" and places.ambiguous(c.name)):
                    ctx.add_country(c.country, min(len(c.mentions), 3) or 1)
        for ent in {id(e): e for e in self.ent_at.values()}.values():
            if ent.label_ in ("GPE", "LOC", "NORP"):
                found = places.candidates(ent.text)
                if places.ambiguous(ent.text):
                    continue  # 'Georgia' cannot vote for itself
                code = lexicons.country_code(ent.text)
                if code:
                    ctx.add_country(code, 0.5)
                    continue
                if found and found[0].country:
                    ctx.add_country(found[0].country, 0.5)
                    top = max(found, key=lambda c: c.population)
                    if top.admin1:
                        ctx.admin1[top.admin1] += 1

    def find_places(self, m: Mention) -> list[PlaceRef]:
        """Places of the mention's own phrases: locative phrases and place-like arguments."""
        tokens = self.tokens
        out: list[PlaceRef] = []
        seen: set[int] = set()
        anchors = set(m.tokens) | {f for f, _ in m.frames} | {a.head for a in [*m.actors, *m.recipients, *m.obliques]}
        for i in sorted(m.scope):
            t = tokens[i]
            if t.dep_ != "prep" or t.lower_ not in LOCATIVE_PREPS:
                continue
            direct = t.head.i in anchors
            if not direct and not any(a.start <= i < a.end for a in m.recipients):
                continue  # a place deeper in the trigger's own phrase ('a summit aimed at ... peace in X')
            pobj = next((g for g in self.children_of[t.i] if g.dep_ == "pobj"), None)
            if pobj is None or pobj.i in seen or self.view.is_time_token(pobj):
                continue
            if t.lower_ in ("to", "from", "of", "on", "at") and not self.view.is_place_like(pobj) and \
                    not self._place_name(pobj):
                continue
            ref = self.place_phrase(pobj, m)
            if ref is not None:
                ref.direct = direct
                seen.add(pobj.i)
                out.append(ref)
        for a in m.recipients:
            h = tokens[a.head]
            if h.i not in seen and (self.view.is_place_like(h) or self.is_town(h)):
                ref = self.place_phrase(h, m)
                if ref is not None and ref.rank >= 1:
                    seen.add(h.i)
                    out.append(ref)
        return out

    def is_town(self, t: Token) -> bool:
        """A name the gazetteer knows only as a city or region, never as a country ('Sudzha', 'Crimea')."""
        if t.pos_ != "PROPN" or lexicons.country_code(t.text):
            return False
        found = places.candidates(self.doc[self.name_range(t)[0]:t.i + 1].text)
        return bool(found) and all(c.kind != "country" for c in found) and not self._person_name(t) and \
            t.ent_type_ != "ORG"

    def _person_name(self, t: Token) -> bool:
        """Whether a capitalised word reads as a person's name, not only as the NER's guess ('Sumy' is a city)."""
        if t.ent_type_ != "PERSON":
            return False
        ent = self.ent_at.get(t.i)
        words = [w for w in (ent or [t]) if w.is_alpha]
        before = self.tokens[ent.start - 1] if ent is not None and ent.start > 0 else None
        titled = before is not None and before.lower_ in lexicons.roles()
        return len(words) > 1 or titled or t.lower_ in lexicons.first_names()

    def _place_name(self, t: Token) -> bool:
        """A capitalised name that the gazetteer knows or the NER calls a place."""
        if not (t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "FAC")):
            return False
        if self._person_name(t):
            return False  # 'Grace Lincoln', though there are towns called Lincoln
        name = self.doc[self.name_range(t)[0]:t.i + 1].text
        if t.lower_ in lexicons.org_endings():
            ent = self.ent_at.get(t.i)
            first = min([c.i for c in self.children_of[t.i] if c.dep_ in ("compound", "nmod") and c.i < t.i],
                        default=self.name_range(t)[0])
            whole = ent.text if ent is not None and len(ent) > 1 else self.doc[first:t.i + 1].text
            if whole != t.text and not places.candidates(whole):
                return False  # 'the flags of the Unity and Progress Alliance': a town called Alliance is no reading
        return not (t.ent_type_ in ("PERSON", "ORG", "NORP") and not places.candidates(name))

    def place_phrase(self, t: Token, m: Mention) -> PlaceRef | None:
        """A place from a phrase head: 'the town of Sumy in Ukraine', 'its Kursk frontier region', 'the UK'."""
        doc = self.doc
        low = t.lemma_.lower()
        kind_hint = PLACE_NOUNS.get(low) or PLACE_NOUNS.get(t.lower_)
        if low == "state" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in self.children_of[t.i]):
            kind_hint = None  # 'the Chilean state' is a government, 'the state of Georgia' a place
        names: list[tuple[int, int]] = []
        if kind_hint is not None:
            of = next((g for c in self.children_of[t.i] if c.dep_ == "prep" and c.lower_ == "of"
                       for g in self.children_of[c.i] if g.dep_ == "pobj"), None)
            comp = [c for c in self.children_of[t.i] if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i and
                    (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "LOC"))]
            if of is not None and of.pos_ == "PROPN":
                names.append(self.name_range(of))
                names.extend(self.name_range(c) for c in self.p.conjuncts(of.i))
            elif comp:
                names.append(self.name_range(comp[0]))
        elif self._place_name(t):
            names.append(self.name_range(t))
        else:
            return None
        container = self.container(t)
        span_start, span_end = self.view.np(t, "place").start, self.view.np(t, "place").end
        if kind_hint is not None and not names:
            if low in NAMED_ONLY and not any(c.pos_ == "PROPN" for c in t.lefts):
                return None
            # 'to the area', 'outside the French embassy': a place the text does not name
            span = self.p.char_span(span_start, span_end)
            rank = 1 if kind_hint == "other" else -1
            return PlaceRef(Place(text=self.p.text[span[0]:span[1]], spans=[span],
                                  kind="other" if kind_hint == "other" else None), rank)
        refs = []
        for s, e in names:
            name = doc[s:e].text
            if lexicons.country_code(name) and not places.candidates(name):
                continue  # 'Russian' in 'Russian territory'
            resolved = places.resolve(name, self.context, container=container, admin1=self._admin1.get(e - 1),
                                      kind_hint=kind_hint)
            refs.append((s, e, name, resolved))
        if not refs:
            return None
        s, e, name, resolved = refs[0]
        kind = kind_hint or (resolved.kind if resolved else None)
        if kind == "city" and resolved is not None and resolved.kind == "country":
            kind = "country"
        text_span = self.p.char_span(span_start, span_end) if kind_hint else self.p.char_span(s, e)
        text = self.p.text[text_span[0]:text_span[1]]
        if resolved is None:
            place = Place(text=text, spans=[text_span], kind=kind if kind in ("region", "city", "village") else None)
            if container:
                place.country = container
            near = self.nearby_place(t, m)
            if near is not None:
                place.within = near.place
                if container is None and near.rank <= 1 and near.place.country:
                    place.country = near.place.country
            rank = {"village": 3, "city": 2, "region": 1}.get(kind or "", 2)
            return PlaceRef(place, rank)
        pkind = "region" if kind == "region" and resolved.kind != "country" else resolved.kind
        lat, lon = (resolved.lat, resolved.lon)
        place = Place(text=text, spans=[text_span], name=resolved.name, country=resolved.country, lat=lat, lon=lon,
                      kind=pkind if pkind in ("country", "region", "city", "village") else "other")
        rank = {"country": 0, "region": 1, "city": 2, "village": 3}.get(kind_hint or pkind, 1)
        return PlaceRef(place, rank, resolved.admin1)

    def name_range(self, t: Token) -> tuple[int, int]:
        """Token range of a (possibly multi-word) name headed by ``t``: 'North Korea', 'San Marino'."""
        start = t.i
        tokens = self.tokens
        while start > 0 and tokens[start - 1].dep_ == "compound" and tokens[start - 1].head.i in (t.i, start) \
                and tokens[start - 1].pos_ == "PROPN":
            start -= 1
        while start > 1 and tokens[start - 1].text in HYPHENS and not tokens[start - 2].whitespace_ \
                and not tokens[start - 1].whitespace_ and tokens[start - 2].is_alpha and tokens[start - 2].is_title:
            start -= 2  # 'Sarpol-e Zahab', 'Qasr-e Shirin': the tokenizer splits the name at its hyphen
        if t.ent_iob_ in ("B", "I"):
            ent = self.ent_at.get(t.i)
            if ent is not None and ent.label_ in ("GPE", "LOC", "FAC"):
                s = ent.start + (1 if self.tokens[ent.start].lower_ == "the" else 0)
                return min(s, start), max(ent.end, t.i + 1)
        return start, t.i + 1

    def container(self, t: Token) -> str | None:
        """A country the text puts a place in: 'Sumy in Ukraine', 'its Kursk region', 'Ukraine's Sumy region'."""
        children = self.children_of
        for c in children[t.i]:
            if c.dep_ == "prep" and c.lower_ == "in":
                pobj = next((g for g in children[c.i] if g.dep_ == "pobj"), None)
                if pobj is not None:
                    code = lexicons.country_code(pobj.text) or lexicons.country_code(
                        self.doc[self.name_range(pobj)[0]:pobj.i + 1].text)
                    if code:
                        return code
            if c.dep_ in ("appos", "npadvmod", "conj") and c.i > t.i:
                pair = self._state_of(t, c)
                if pair is not None:
                    return pair
                code = lexicons.country_code(c.text)
                if code:
                    return code
            if c.dep_ == "poss":
                code = lexicons.country_code(c.text)
                if code:
                    return code
                if c.pos_ == "PRON" and self.resolver is not None:
                    for k in self.resolver.resolve_pronoun(c):
                        cl = self.resolver.clusters[k]
                        if cl.type == "country" and cl.country:
                            return cl.country
            if c.dep_ in ("amod", "compound") and lexicons.demonyms().get(lexicons.norm(c.text)) and \
                    not places.candidates(c.text):
                return lexicons.demonyms()[lexicons.norm(c.text)]
        of = next((g for c in children[t.i] if c.dep_ == "prep" and c.lower_ == "of" for g in children[c.i]
                   if g.dep_ == "pobj"), None)
        if of is not None and of.i != t.i and of.pos_ == "PROPN":
            return self.container(of)
        return None

    def _state_of(self, t: Token, c: Token) -> str | None:
        """'Athens, Georgia': when the second name is a region holding a place of the first name, its country.

        The region is remembered in ``self._admin1`` so that :meth:`place_phrase` picks that place.
        """
        outer = [x for x in places.candidates(self.doc[self.name_range(c)[0]:c.i + 1].text)
                 if x.kind == "region" and x.admin1]
        inner = places.candidates(self.doc[self.name_range(t)[0]:t.i + 1].text)
        for region in outer:
            if any(x.admin1 == region.admin1 for x in inner):
                self._admin1[t.i] = region.admin1 or ""
                return region.country
        return None

    def nearby_place(self, t: Token, m: Mention) -> PlaceRef | None:
        """'hamlets ..., lying south of the town of Sumy': a resolved place near an unknown one."""
        sent_end = self.p.sentences[self.p.sentence_of[t.i]][1]
        for i in range(t.i + 1, min(sent_end, t.i + 16)):
            w = self.tokens[i]
            if w.dep_ == "pobj" and w.head.lower_ in ("of", "near", "outside", "in") and w.i != t.i:
                low = w.lemma_.lower()
                if low in PLACE_NOUNS or self._place_name(w):
                    ref = self.place_phrase(w, m)
                    if ref is not None and ref.place.name:
                        return ref
        return None

    # -- time and quantities -----------------------------------------------------------------------------

    def find_time(self, m: Mention) -> TimeRef | None:
        """The time phrase on the trigger or its frames ('on Friday'), resolved; sets ``m.time_tokens``."""
        doc = self.doc
        tokens = self.tokens
        heads = [tokens[i] for i in m.tokens] + [tokens[f] for f, _ in m.frames]
        head = tokens[m.head]
        if m.kind == "noun" and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
            heads.append(head.head)  # 'clashes resumed at dawn'
        if m.kind == "verb":  # 'halted its count early Monday': the parser hangs the day on the object
            for h in list(heads):
                for o in self.children_of[h.i]:
                    if o.dep_ == "dobj" and any(c.dep_ in ("npadvmod", "tmod") for c in self.children_of[o.i]):
                        heads.append(o)
        for h in heads:
            for c in self.children_of[h.i]:
                own_day = c.dep_ == "poss" and m.kind == "noun" and h.i == m.head  # "Sunday's quake"
                if c.dep_ not in ("prep", "npadvmod", "advmod", "tmod", "pobj") and not own_day:
                    continue
                if h.dep_ == "dobj" and h.i not in m.tokens and c.dep_ not in ("npadvmod", "tmod"):
                    continue
                lo, hi = c.left_edge.i, c.right_edge.i + 1
                if c.dep_ in ("advmod", "npadvmod") and any(g.dep_ == "prep" for g in self.children_of[c.i]):
                    lo, hi = min([c.i] + [g.i for g in c.lefts]), c.i + 1  # 'overnight' in 'overnight over ...'
                if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS - {"on", "in", "at"}:
                    continue
                if hi - lo > 6:
                    continue
                phrase = doc[lo:hi].text
                if not timex.is_time_phrase(phrase) or phrase.lower() in ("earlier", "later", "now"):
                    continue
                if c.dep_ == "prep" and c.lower_ in ("since", "after", "before", "until", "following"):
                    day = self._day_of_part(c)
                    if day is None:
                        continue
                    lo, hi = day  # 'before dawn on Sunday' happened on Sunday
                    phrase = doc[lo:hi].text
                span = self.p.char_span(lo, hi)
                text = self.p.text[span[0]:span[1]]
                r = timex.resolve(text, self.published, self._tense(m))
                m.time_tokens = (lo, hi)
                return TimeRef(text=text, spans=[span], start=r.start.isoformat() if r else None,
                               end=r.end.isoformat() if r else None, grain=r.grain if r else "unknown")
        after = self._days_after(m)
        if after is not None:
            return after
        anchors = set(m.tokens) | {f for f, _ in m.frames}
        for i in sorted(m.scope):
            t = tokens[i]
            if t.ent_type_ in ("DATE", "TIME") and t.ent_iob_ == "B" and t.head.head.i in anchors:
                ent = self.ent_at.get(i)
                if ent is None or len(ent) > 6 or not timex.is_time_phrase(ent.text):
                    continue
                span = self.p.char_span(ent.start, ent.end)
                text = self.p.text[span[0]:span[1]]
                r = timex.resolve(text, self.published, self._tense(m))
                m.time_tokens = (ent.start, ent.end)
                return TimeRef(text=text, spans=[span], start=r.start.isoformat() if r else None,
                               end=r.end.isoformat() if r else None, grain=r.grain if r else "unknown")
        return None

    def _days_after(self, m: Mention) -> TimeRef | None:
        """The day of an event told as what another happened some days after: 'Eight days after the earthquake,
        leaders have found their culprits' (the report's day less eight), 'ten days after a blast left 39 dead, a
        fire killed three on Friday' (that Friday less ten). None when the text says no such thing."""
        tokens, kids = self.tokens, self.children_of
        head = tokens[m.head]
        clause = head.head if m.kind == "noun" and head.dep_ in ("nsubj", "nsubjpass") else head
        mark = None
        if m.kind == "noun" and head.dep_ == "pobj" and head.head.lower_ == "after":
            mark = head.head
        elif m.kind == "verb" or clause is not head:
            mark = next((c for c in kids[clause.i] if c.dep_ == "mark" and c.lower_ == "after"), None)
        if mark is None:
            return None
        measure = next((c for c in (*kids[mark.i], *kids[clause.i]) if c.dep_ == "npadvmod"
                        and c.lemma_.lower() in ("day", "week")), None)
        if measure is None:
            return None
        count = [c.text for c in kids[measure.i] if c.dep_ == "nummod"]
        n = number_value(count) if count else (1 if any(c.lower_ == "a" for c in kids[measure.i]) else None)
        if not n or n != int(n):
            return None
        days = int(n) * (7 if measure.lemma_.lower() == "week" else 1)
        outer = mark.head if mark.dep_ == "prep" else clause.head
        if days > 60 or (outer.i == clause.i and mark.dep_ != "prep"):
            return None
        anchor = None
        for c in kids[outer.i]:  # the day of the clause it is told from ('on Friday')
            if c.i in (mark.i, clause.i) or c.dep_ not in ("prep", "npadvmod", "tmod") or len(list(c.subtree)) > 6:
                continue
            lo, hi = c.left_edge.i, c.right_edge.i + 1
            r = timex.resolve(self.doc[lo:hi].text, self.published, "past")
            if r is not None and timex.is_time_phrase(self.doc[lo:hi].text) and r.start == r.end:
                anchor = r.start
                break
        if anchor is None and self.published is None:
            return None
        lo = measure.left_edge.i
        span = self.p.char_span(lo, mark.i + 1)
        m.time_tokens = (lo, mark.i + 1)
        text = self.p.text[span[0]:span[1]]
        if anchor is None:
            if not self._told_as_now(outer):
                # 'he died three days after the attack': the death is some day of the week before the report (the
                # window of an undated event), so the attack is a window of days before it, not one day
                first = date.fromordinal(self.published.toordinal() - UNDATED_PAST_DAYS - days).isoformat()
                last = date.fromordinal(self.published.toordinal() - days).isoformat()
                return TimeRef(text=text, spans=[span], start=first, end=last, grain="unknown")
            anchor = self.published
        day = date.fromordinal(anchor.toordinal() - days).isoformat()
        return TimeRef(text=text, spans=[span], start=day, end=day, grain="day")

    def _told_as_now(self, verb: Token) -> bool:
        """Whether a clause is told in the present or present perfect ('are waiting', 'have found', 'says'), so
        that it stands at the report's day."""
        aux = [c for c in self.children_of[verb.i] if c.dep_ in ("aux", "auxpass")]
        if aux:
            return aux[0].tag_ in ("VBP", "VBZ")
        return verb.tag_ in ("VBP", "VBZ")

    def _day_of_part(self, prep: Token) -> tuple[int, int] | None:
        """The day phrase under a bounding preposition whose object is a part of the day: 'on Sunday' in 'before
        dawn on Sunday', 'after midnight on Friday'. None for 'since Sunday' or 'after the talks on Sunday'."""
        for o in self.children_of[prep.i]:
            if o.dep_ != "pobj" or o.lower_ not in PARTS_OF_DAY:
                continue
            for g in self.children_of[o.i]:
                if g.dep_ == "prep" and g.lower_ == "on":
                    lo, hi = g.left_edge.i, g.right_edge.i + 1
                    if hi - lo <= 5 and timex.is_time_phrase(self.doc[lo:hi].text):
                        return lo, hi
        return None

    def _tense(self, m: Mention) -> timex.Tense:
        """The tense to resolve a mention's time phrase in: 'future' for 'will meet on Friday', 'past' for 'met on
        Friday', 'present' (the nearer day) when only a past frame makes it ahead ('agreed on Sunday to swap
        prisoners on Saturday' may tell of a swap the day before as well as of one six days later)."""
        if not self._future(m):
            return "past"
        tokens = self.tokens
        words = [tokens[i] for i in m.tokens] + [tokens[f] for f, _ in m.frames]
        will = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"going"} for w in words for c in self.children_of[w.i])
        past_frame = any(tokens[f].tag_ in ("VBD", "VBN") for f, _ in m.frames)
        return "present" if past_frame and not will else "future"

    def _future(self, m: Mention) -> bool:
        """Whether a mention is in the future: its status, or the verb of an event noun ('the talks ... will'); not
        an event noun that a clause in the past tells the outcome of ('plan an attack on Thursday in which 11
        soldiers were killed' is last Thursday's attack)."""
        if m.kind == "noun" and any(self._past_relative(c) for h in [m.head, *(f for f, _ in m.frames)]
                                    for c in self.children_of[h]):
            return False
        if any(s in ("planned", "future") for s, _ in m.status):
            return True
        head = self.tokens[m.head]
        return m.kind == "noun" and head.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would"} for c in self.children_of[head.head.i])

    def _past_relative(self, c: Token) -> bool:
        """Whether ``c`` is a relative clause in the past tense ('in which 11 soldiers were killed', 'that killed
        11'), which the parser hangs on the noun or on the verb that plans it."""
        if c.dep_ not in ("relcl", "advcl"):
            return False
        past = c.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("was", "were", "had")
                                      for a in self.children_of[c.i])
        return past and any(g.tag_ == "WDT" for g in c.subtree if g.i < c.i)

    def find_quantities(self, m: Mention) -> list[Quantity]:
        """Numbers in the mention's scope ('at least 30 people', '14 days'), not dates or its time phrase."""
        tokens = self.tokens
        out: list[Quantity] = []
        used: set[int] = set()
        for i in sorted(m.scope):
            t = tokens[i]
            if i in used or not (t.like_num or (t.lower_ in NUMBER_WORDS and t.dep_ == "nummod")) or t.pos_ == "PROPN":
                continue
            if t.lower_ in ("a", "an", "one", "half") and t.dep_ != "nummod":
                continue
            if t.ent_type_ in ("DATE", "TIME", "ORDINAL", "PERCENT") and not self._adjectival_unit(t):
                continue
            if m.time_tokens and m.time_tokens[0] <= i < m.time_tokens[1]:
                continue
            q = self.quantity(t, used)
            if q is not None:
                out.append(q)
        return out

    def _adjectival_unit(self, t: Token) -> bool:
        """'a 72-hour truce': a number + time unit used as a modifier counts as a quantity."""
        unit = t.head
        if unit.lower_ in TIME_UNITS and unit.dep_ == "pobj" and unit.head.lower_ in ("by", "for"):
            return True  # 'extend the ceasefire by 14 days'
        return unit.lower_ in TIME_UNITS and unit.dep_ in ("nmod", "amod", "compound") and \
            unit.i > 0 and self.tokens[unit.i - 1].text in ("-", "–")

    def quantity(self, t: Token, used: set[int]) -> Quantity | None:
        """The quantity around number ``t`` ('more than 200 soldiers'); adds its tokens to ``used``."""
        tokens = self.tokens
        start = t.i
        end = t.i + 1
        while start > 0 and (tokens[start - 1].like_num or tokens[start - 1].lower_ in MULTIPLIERS) and \
                tokens[start - 1].head.i in (t.i, t.head.i):
            start -= 1
        while end < len(tokens) and (tokens[end].like_num or tokens[end].lower_ in MULTIPLIERS) and \
                tokens[end].i != t.head.i:
            end += 1
        approx = False
        k = start - 1
        while k >= 0 and tokens[k].lower_ in APPROX and (start <= tokens[k].head.i <= end or
                                                          tokens[k].head.i == t.head.i):
            approx = True
            start = k
            k -= 1
        if k >= 0 and tokens[k].lower_ in ("than", "least") and k - 1 >= 0 and tokens[k - 1].lower_ in ("more", "at",
                                                                                                   "less", "fewer"):
            approx, start = True, k - 1
        unit_tok = t.head if t.head.i > t.i and t.dep_ in ("nummod", "quantmod", "compound", "amod") else None
        value = number_value([tokens[j].text for j in range(start, end) if tokens[j].lower_ not in APPROX])
        if unit_tok is None:
            if value is None:
                return None
            span = self.p.char_span(start, end)
            used.update(range(start, end))
            return Quantity(text=self.p.text[span[0]:span[1]], spans=[span], value=value, unit=None,
                            approximate=approx)
        unit = unit_tok.text.lower()
        if unit in TIME_UNITS and not self._adjectival_unit(t):
            return None  # 'three years', 'two weeks': durations are times, not counts
        used.update(range(start, unit_tok.i + 1))
        span = self.p.char_span(start, unit_tok.i + 1)
        return Quantity(text=self.p.text[span[0]:span[1]], spans=[span], value=value, unit=unit, approximate=approx)
