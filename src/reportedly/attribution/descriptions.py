"""Titles and descriptions: what a person is called besides the name, and who "the minister" is.

Title words before a name ("UK Prime Minister Keir Starmer") and appositions ("Mikhail Kasyanov,
former Prime Minister under ...") are kept as the actor's titles (:mod:`.person_titles`); the country in a title ("UK",
"Dutch") gives the actor's country, and ``data/people.tsv`` fills in well-known people.
Descriptions ("the British Prime Minister", "the Russian leader") resolve to the actor whose
titles and country fit, else stand as their own actor. :class:`Descriptions` is one part of
:class:`~.speakers.Resolver`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..model import ActorType
from ..text import lexicons, places
from ..text.lexicons import norm
from ..text.org_names import org_words
from ..text.person_names import is_rank, rank_title
from .agents import is_record_noun, thing_kind
from .body_words import described_bodies
from .classes import is_message_noun
from .clusters import _DETERMINERS, _TITLE_MODIFIERS, Cluster
from .members import apposed_gender, member_title
from .name_checks import abbreviates
from .office_names import name_after_office
from .officials import place_after
from .title_holders import TitleHolders

_HEDGES = {"so-called", "self-styled", "self-proclaimed", "purported"}
_NO_ONE = {"any", "no", "each", "every", "neither", "either"}
"""Determiners of a phrase that refers to no one in particular ('any court', 'no party', 'each side')."""
_INDEFINITE = {"a", "an", "another", "some", "several", "many", "more", "other"}
_DEFINITE = {"the", "this", "that"}
_BODY_WINDOW = 150
_ACCOUNT_NOUNS = {"account", "page", "channel", "feed", "handle"}
"""Nouns of a poster's place on a platform: 'on its official Weibo account'."""
"""Tokens back (about three paragraphs) that 'the company' or 'the court' looks for the body it stands for."""
_PLACE_OWNERS = {"country", "nation", "state", "city", "province", "region", "district"}
"""Possessives that name the place a body belongs to ("the country's electoral commission")."""
_PLACE_PREPS = {"in", "near", "at", "outside", "inside", "around", "towards", "toward", "across", "along"}
_COMPANY_HEADS = {"company", "firm", "operator", "carrier", "business", "insurer", "airline", "shipper"}
"""Heads that fit any company the report names ('the company', 'the Gävle-based operator')."""
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")
"""'11:55', '09.30': a time of day, in a live blog's entry ('11:55 IST — A team of ...')."""
_RELATIVE = {"whose", "which", "what", "whichever", "whatever"}
_COUNT_WORDS = lexicons.APPROXIMATORS | {"to", "of", "tens", "several", "many", "an"}


def _uncounted(words: list[Token]) -> str:
    """A group's name without the count before it ('about 3,000 rock drill operators' -> 'rock drill operators'),
    so that every report's count of the same people keys one group; '' when only the count is left."""
    k = 0
    while k < len(words) - 1 and (words[k].like_num or words[k].lower_ in _COUNT_WORDS):
        k += 1
    if k == 0 or not any(w.like_num or w.lower_ in ("dozens", "hundreds", "thousands", "tens", "several")
                         for w in words[:k]):
        return ""
    return " ".join(w.text for w in words[k:]).replace(" ’s", "’s").replace(" 's", "'s")


_NOT_ACTOR_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL"}


def _glued(doc: Doc, w: Token) -> bool:
    """Whether a token is the second half of a hyphenated word ('jun' in 'Min-jun', 'yeon' in 'Ji-yeon')."""
    return w.i > 1 and doc[w.i - 1].text == "-" and not doc[w.i - 1].whitespace_ and not doc[w.i - 2].whitespace_


def _proper(name: str) -> bool:
    """Whether a name is written as a proper name: every word but 'and', 'of', 'the', 'for' in capitals."""
    words = [w for w in name.split() if w.lower() not in ("and", "of", "the", "for", "&")]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


class Descriptions(TitleHolders):
    """Titles of named people and the actors that descriptions refer to (a part of the resolver)."""

    def _person_facts(self, c: Cluster, span: SpacySpan, k: int) -> None:
        """Titles before the name and in an apposition; country and gender from lexicons."""
        title = self._title_before(span)
        if title:
            c.add_title(title)
            code = self._title_country(title)
            if code and not c.country:
                c.country = code
        appos = self._apposition_title(span) or self._apposed_to(span) or self._comma_apposed_to(span)
        if appos:
            c.add_title(appos)
            code = self._title_country(appos)
            if code and not c.country:
                c.country = code
        if not c.country and span.end < len(self.doc) and (of := self._of_country(span[-1], span.end)) is not None:
            c.country = of[0]  # 'Prime Minister Halvard Brenne of Norway': then 'the Norwegian leader' is he
        held = self._relative_title(span) or member_title(self.doc, span)  # 'X and other NAPSRA officials'
        if held:
            c.add_title(held)
        counter = self._counterpart_title(span)
        if counter:
            c.add_title(counter)  # 'his Chinese counterpart Wang Lixin': the Chinese foreign minister
            c.country = c.country or self._title_country(counter)
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
        if not c.gender and (len(c.name.split()) >= 2 or norm(c.name) not in lexicons.people_by_surname()):
            c.gender = lexicons.first_names().get(c.name.split()[0].lower())  # 'Kevin' alone is a man too
        c.gender = c.gender or apposed_gender(span)  # 'Her husband, Nonoy, a welder'
        if not c.gender:
            genders = {g for title in (title, appos) if title for w in title.lower().replace(",", " ").split()
                       if (g := lexicons.noun_genders().get(w))}
            if len(genders) == 1:
                c.gender = genders.pop()  # 'Ji-yeon Han, a spokeswoman for Cheongun': a woman

    def _describe(self, t: Token, start: int, end: int) -> int | None:
        """A description ('the British Prime Minister', 'the Russian defence ministry', 'officials')."""
        doc = self.doc
        beside = self._named_beside(t)
        if beside is not None:
            return beside  # 'One of them, Ma Tao, said'
        capital = self._capital_speaking(t, start, end)
        if capital is not None:
            return capital  # 'Quito denied ...', 'Lima said': the country's government
        if self._speaking and end - start == 1 and t.pos_ == "ADJ" and t.text[:1].isupper() and \
                (k := self._country(lexicons.country_code(t.text), start, end)) is not None:
            return k  # 'rejected Afghan claims that ...': Afghanistan's
        if self._speaking and t.pos_ == "PROPN" and end - start == 1 and (k := self._short_body(t.text)) is not None:
            self.clusters[k].add(start, end)  # 'Kvarnholm says' in a report that named Kvarnholm Shipping
            return k
        if t.i in self._not_actors or t.ent_type_ in _NOT_ACTOR_ENTS or any(
                _CLOCK.match(w.text) for w in doc[start:end]):
            return None  # 'Operation Iron Pass', 'Sumy' where it is a place, 'Sunday', '11:55 IST'
        if t.dep_ == "appos" and t.head.i in self._token_cluster and t.head.i < t.i:
            k = self._token_cluster[t.head.i]  # 'Dean, a medical doctor': the description is Dean
            self.clusters[k].add(start, end)
            return k
        named = next((self._token_cluster[c.i] for c in self.p.children[t.i]
                      if c.dep_ == "appos" and c.i in self._token_cluster), None)
        if named is None and self.p.projective[t.i]:  # 'the presidential envoy to Batken region, Mirlan Abdykadyrov'
            named = next((self._token_cluster[i] for i in range(t.i + 1, min(t.right_edge.i + 1, t.i + 12))
                          if doc[i].dep_ == "appos" and i in self._token_cluster and doc[i - 1].text == ","
                          and self.clusters[self._token_cluster[i]].type == "person"
                          and self.roles.get(t.lower_) in ("title", "leader")), None)
        if named is not None and (self.clusters[named].type == "person" or (
                self.clusters[named].type == "organization"
                and lexicons.people_nouns().get(t.lemma_.lower()) == "body")):
            # 'The head of the Super PAC, Mike Murphy': the name; 'The Chinese partner, Shandong Rongda Group'
            return named
        if named is None and (k := self._apposed_one_name(t)) is not None:
            self.clusters[k].add(start, end)  # 'The agency's head, Wiryanto, said' (no NER name)
            return k
        if named is None and (k := self._self_named_body(t, start, end)) is not None:
            return k  # 'The group, which calls itself Ciemna Fala, said'
        if named is None and (k := self._apposed_body(t, start, end)) is not None:
            return k  # 'A human rights group, the Citizens' Human Rights Observatory (OCDH), said' (no NER name)
        author = self._author_of(t, start)
        if author is not None:
            return author  # '"...," the statement said' after 'In a written statement, the police said ...'
        if self._no_one(t, start):
            return None  # 'any court', 'no party', 'each side', 'must elect a president', 'killed three workers'
        colon = max((w.i for w in doc[start:t.i] if w.text == ":"), default=None)
        if colon is not None:
            start = colon + 1  # 'Operation Steel Pass: army says ...': the army, not the operation
        words = [w for w in doc[start:end] if w.lower_ not in _DETERMINERS and not w.is_punct
                 and not w.text.startswith("@")]  # a handle after a name is no word of it
        while words and (words[0].dep_ in ("cc", "preconj") or words[0].lower_ in _HEDGES):
            words.pop(0)
        if len(words) >= 2 and (words[0].lower_, words[1].lower_) == ("so", "called"):
            words = words[2:]  # 'so called coalition'
        if not words:
            return None
        text = " ".join(w.text for w in words).replace(" ’s", "’s").replace(" 's", "'s")
        lowered = [w.lower_ for w in words]
        if len(words) == 1 and self._speaking and text.isupper() and 2 <= len(text) <= 4 and \
                doc[start].lower_ == "the" and text not in self._acronyms and \
                (k := self._by_qualifier([text], t.i)) is not None:
            self.clusters[k].add(start, end)  # 'the DG said' after 'Director General of ISPR Lt Gen X'
            return k
        inst = lexicons.institutions().get(norm(text))
        if inst is not None:
            return self._group(text, "organization", start, end, inst[0])
        code = lexicons.country_names().get(norm(text)) if t.pos_ == "PROPN" else None
        if code is not None:
            # a country name the NER missed ('Turkey's support'): the same actor as its other mentions
            kind: ActorType = "organization" if code.startswith("ORG:") else "country"
            return self._group(lexicons.countries()[code].name, kind, start, end, code, key=f"{kind}:{code}")
        country = next((c for w in words[:-1] if (c := lexicons.country_code(w.text) or (  # or "Beijing's"
            doc[w.i + 1].text in ("'s", "’s") and places.capital_country(w.text)))), None)
        role_at = max((k for k, w in enumerate(lowered) if w in self.roles or " ".join(lowered[k:k + 2]) in self.roles),
                      default=None)
        kind = ""
        role = ""
        if role_at is not None:
            two = " ".join(lowered[role_at:role_at + 2])
            role = two if two in self.roles else lowered[role_at]
            if role == lowered[role_at] and role_at > 0 and " ".join(lowered[role_at - 1:role_at + 1]) in self.roles:
                role_at -= 1  # 'defence minister', not 'minister': the longest role that ends at the head
                role = " ".join(lowered[role_at:role_at + 2])
            kind = self.roles[role]
        if role_at is None and not t.is_lower and t.lower_ in org_words().aliases:
            kind, role_at, role = "institution", len(words) - 1, t.lower_  # 'the Russian MoD' (an alias in capitals)
        if role_at is not None:
            tail = words[role_at + len(role.split()):]
            if 1 <= len(tail) <= 4 and all(w.pos_ == "PROPN" and w.is_title for w in tail):
                # 'Estonian Prime Minister Kaja Rand' where the NER missed the name
                span = doc[tail[0].i:tail[-1].i + 1]
                return self._add_person(span, self._name_tokens(span))
        if role_at is None and t.lower_ == "counterpart" and (text := self.counterpart_role(t.i) or text) != \
                " ".join(w.text for w in words):  # 'His Azerbaijani counterpart replied': the defence minister
            lowered, words = text.lower().split(), [w for w in words if w.tag_ != "PRP$"]
            role = next(r for n in (3, 2, 1) if (r := " ".join(lowered[-n:])) in self.roles)
            kind, country, role_at = self.roles[role], self._title_country(text), max(0, len(words) - len(role.split()))
        if kind in ("leader", "title") and role_at is not None and role_at + len(role.split()) >= len(words):
            holder = self._token_cluster.get(t.head.i) if t.dep_ == "appos" and t.head.i < t.i else \
                self._apposed_person(t)
            if holder is not None and self.clusters[holder].type == "person":
                # 'Wang Jianguo, a foreign ministry spokesman, said': the apposition is the named person
                self.clusters[holder].add(start, end)
                self.clusters[holder].add_title(text)
                return holder
            if (span := name_after_office(doc, end)) is not None:  # 'Inspector General of Police Sajid Khattak'
                return self._add_person(span, self._name_tokens(span))
            # 'a White House official' introduces someone new: only a definite description is a known person
            indefinite = doc[start].lower_ in ("a", "an", "another")
            quals = [w.text for w in words[:role_at] if not lexicons.country_code(w.text)
                     and w.lower_ not in _TITLE_MODIFIERS and w.text not in ("'s", "’s")]
            k = None if indefinite else (self._by_qualifier(quals, t.i) if quals else None)
            if k is None and not indefinite:
                k = self._by_title(role, country, kind, t.i)
                if k is not None and quals and kind == "title" and self._speaking and not self._holds(k, quals):
                    # 'Maj Gen X said ... , the army spokesman said' after an air force spokesman was named: the
                    # one who just spoke, not a holder of the bare role whose titles lack the qualifier
                    other = self._speaker_before(role, t.i)
                    if other is not None and other != k:
                        k = other
                        self.title_doubt[t.i] = True
                if k is not None and kind == "leader" and any(q.isupper() and len(q) >= 2 for q in quals) and \
                        not self._holds(k, quals) and \
                        not self._role_fits(role, " | ".join(self.clusters[k].titles).lower()):
                    k = None  # 'The FRN political leader' is no foreign minister named before: the body's own leader
            if k is None and not indefinite and kind == "title" and self._speaking:
                owned = [w.text for w in words[:role_at] if w.text in quals and doc[w.i + 1].text not in ("'s", "’s")]
                k = self._named_after(role, owned, country, t.i)  # a lede's role, the name given further down
                if k is not None and country and not self.clusters[k].country:
                    self.clusters[k].country = country  # 'Latvia's transport minister': the holder is Latvian
            if k is not None:
                c = self.clusters[k]
                c.add(start, end)
                if len(words) > 1:
                    c.add_title(text[0].upper() + text[1:])
                return k
            full, stop = self._with_of(t, text, end)
            return self._gendered(self._group(full, "person", start, stop, country, named=False), t)
        at_head = role_at is not None and role_at + len(role.split()) >= len(words)
        if kind == "institution" and at_head and country is None and (of := self._of_country(t, end)) is not None:
            # 'the transitional government of Niger said': that country's body, not one of another country named before
            return self._group(f"{text} {doc[end:of[1]].text}", "organization", start, of[1], of[0], named=False)
        if (kind == "institution" and at_head) or lexicons.people_nouns().get(t.lemma_.lower()) == "body":
            k = self._token_cluster.get(t.i + 1) if t.is_lower and t.i + 1 < len(doc) else None
            if k is None or self.clusters[k].type != "organization" or not self.clusters[k].named:
                k = self._body_named(t, words, start)  # else 'the shipping company Kvarnholm': the name after it
            if k is not None:  # 'the company', 'the court', 'the foreign ministry': the body the report named
                self.clusters[k].add(start, end)
                for i in range(start, end):
                    self._token_cluster.setdefault(i, k)
                return k
        if kind == "institution" and at_head:  # not 'the Kremlin's list', 'a military command post'
            where = place_after(doc, end) if country else ""  # 'the Pakistani consulate in Dubai' (not 'police in X')
            return self._group(text + where, "organization", start, end, country, named=False)
        if (kind == "group" and at_head) or (t.tag_ in ("NNS", "NNPS") and self._people(t)):
            if words[0].lower_ in _RELATIVE:
                return None  # 'the miners, whose families ...': the relative clause's word, not a group
            return self._group(_uncounted(words) or text, "group", start, end, country, named=False)
        noun = lexicons.people_nouns().get(t.lemma_.lower()) if t.tag_ == "NN" else None
        if noun is None and t.tag_ == "NN" and t.i > 0 and doc[t.i - 1].dep_ == "compound":
            noun = lexicons.people_nouns().get(f"{doc[t.i - 1].lower_} {t.lemma_.lower()}")  # 'press centre'
        if noun == "person" and self._speaking and (k := self._by_qualifier([w.text for w in words], t.i)) is not None:
            self.clusters[k].add(start, end)  # 'The chief district officer said' after 'Chief District Officer Ram
            return k                          # Prasad Sharma': the one person with those title words
        if noun in ("building", "speaking", None) and self._speaking and t.tag_ == "NN" and \
                (k := self._body_named(t, words, start)) is not None:
            self.clusters[k].add(start, end)  # 'the rescue service said': the named Fire and Rescue Service
            return k
        if noun in ("person", None) and (k := self._epithet(t, start)) is not None:
            self.clusters[k].add(start, end)  # 'Castellanos answered ... The former schoolteacher said'
            return k
        if noun == "body" or (noun in ("person", "building", "speaking") and self._speaking):
            # 'the work safety authority said', 'the regulator fined ...', 'a witness said'
            kind_of: ActorType = "person" if noun == "person" else "organization"
            full, stop = (self._with_of(t, text, end) if noun == "person" else (text, end))
            bare = " ".join(w.text for w in words if not lexicons.country_code(w.text))
            if kind_of == "organization" and bare and bare != text and \
                    (k := self._by_key.get(f"organization:{norm(bare)}")) is not None and \
                    self.clusters[k].country in (None, country) and not self.clusters[k].named:
                full = bare  # 'The Kyrgyz press centre' after 'the press centre of the Kyrgyz border service'
            return self._gendered(self._group(full, kind_of, start, stop, country, named=False), t)
        if len(words) == 1 and text in self._acronyms:  # 'HASF said' where the report defined HASF (no NER name)
            return self._defined_body(text, start, end)
        if t.pos_ == "PROPN" and t.i >= self._headline and (  # not 'for a Truce' in a title-case headline
                self._speaking or thing_kind(text) is None):
            if self._speaking and 2 <= len(words) <= 4 and all(
                    w.pos_ == "PROPN" and (w.is_title or _glued(doc, w)) for w in words) and \
                    words[-1].lower_ not in lexicons.org_endings() and (
                        lowered[0] in lexicons.first_names() or self._described_as_person(t)):
                span = doc[words[0].i:words[-1].i + 1]  # 'Devesh Sharma, the top civil servant, said' (no NER name)
                return self._add_person(span, self._name_tokens(span))
            first = t.i
            while first > start and doc[first - 1].dep_ in ("compound", "flat") and doc[first - 1].pos_ == "PROPN":
                first -= 1
            if self._speaking and t.i - first < 4 and all(w.is_title and w.is_alpha for w in doc[first:t.i + 1]) and \
                    t.lower_ not in lexicons.org_endings() and self._described_as_person(t):
                span = doc[first:t.i + 1]  # 'Okafor, a 61-year-old former governor of Enugu, told ...' (no NER name)
                return self._add_person(span, self._name_tokens(span))
            if not self._speaking and t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS:
                return None  # 'near Ak-Sai', 'has begun at the Zibo Convention Centre': a place
            if not self._speaking and len(words) == 1 and t.is_title and t.is_sent_start and \
                    re.search(rf"\b{re.escape(t.lower_)}\b", self.p.text):
                return None  # 'Cargo bound for Oulu was delayed' where the report also writes 'cargo'
            demonym = lexicons.country_code(text) if len(words) == 1 else None
            if demonym is not None and not demonym.startswith("ORG:"):
                # 'the Kyrgyz said': the country
                return self._country(demonym, start, end)
            return self._group(text, "unknown", start, end, country)
        return None

    def _capital_speaking(self, t: Token, start: int, end: int) -> int | None:
        """The country whose capital speaks or acts ('Quito denied', 'Lima said it would file a complaint'): a
        capital that is the subject, or a source, stands for its government; 'in Lima' stays a place."""
        # the tagger reads a capital it does not know as a common noun ('Dushanbe denies ...'): a capitalised
        # word is enough, since only the gazetteer's capitals pass below
        if not (t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.text[:1].isupper())) or not (
                self._speaking or t.dep_ == "nsubj"):
            return None
        words = [w.text for w in self.doc[start:end] if w.lower_ not in _DETERMINERS and not w.is_punct]
        return self._country(places.capital_country(" ".join(words)) if 1 <= len(words) <= 3 else None, start, end)

    def _country(self, code: str | None, start: int, end: int) -> int | None:
        """The cluster of the country ``code`` (ISO3) for tokens ``[start, end)``; None for no code or a code of no
        country ('ORG:EU')."""
        country = lexicons.countries().get(code) if code else None
        if country is None:
            return None
        return self._group(country.name, "country", start, end, code, key=f"country:{code}")

    def _author_of(self, t: Token, start: int) -> int | None:
        """Who issued 'the statement' (a definite message noun) a report quotes: the subject of the last verb
        that had a statement of the same word ('said in a statement', 'issued a statement') within
        ``_BODY_WINDOW`` tokens before, or None."""
        doc = self.doc
        if doc[start].lower_ not in _DEFINITE or t.tag_ != "NN" or not is_message_noun(t.lemma_.lower()):
            return None
        channels = lexicons.channels()
        posting = channels.get(t.lemma_.lower(), ("",))[0] == "social_media"  # 'the post', 'the tweet'
        for j in range(t.i - 1, max(-1, t.i - _BODY_WINDOW), -1):
            w = doc[j]
            on_account = posting and w.dep_ == "pobj" and w.head.lower_ == "on" and (
                w.lemma_.lower() in _ACCOUNT_NOUNS or channels.get(w.lower_, ("",))[0] == "social_media")
            if w.lemma_ != t.lemma_ and not on_account:
                continue
            verb = w.head.head if w.dep_ == "pobj" else (w.head if w.dep_ == "dobj" else None)
            while verb is not None and verb.dep_ == "conj" and verb.head.i < verb.i:
                verb = verb.head
            subj = next((c for c in self.p.children[verb.i] if c.dep_ == "nsubj"), None) if verb is not None \
                else None
            k = self._token_cluster.get(subj.i) if subj is not None else None
            if k is None and on_account and subj is not None and subj.pos_ != "PRON":
                # 'The customs office answered on its Weibo account. The post says ...': the body that posted
                k = next(iter(self.resolve_phrase(subj.left_edge.i, subj.i + 1, subj.i)), None)
            if k is not None:
                return k
        return None

    def _named_beside(self, t: Token) -> int | None:
        """The person a description stands for: a person's name in apposition to it ('One of them, Ana Duarte,
        said'), also where the parse does not join them: 'One of them, Ma Tao, said' (the name a second subject
        of the same verb, right after a comma), 'Another worker, who gave only his
        surname, Yang, said' (the name in apposition to a noun of ``data/name_nouns.tsv`` in its relative
        clause, or after 'as': 'who gave her name as Amina'); None when there is none."""
        doc = self.doc
        if t.dep_ == "appos" and t.head.i in self._token_cluster and t.head.i < t.i:
            return None  # 'Liu Guirong, whose son Zhao Lei, ...': the description is the name before it
        for c in self.p.children[t.i]:
            if c.dep_ == "appos" and c.i > t.i and c.i in self._token_cluster and \
                    self.clusters[self._token_cluster[c.i]].type == "person":
                return self._token_cluster[c.i]  # 'One of them, Ana Duarte, said' as the parser joins them
        if t.dep_ in ("nsubj", "nsubjpass") and self.p.projective[t.i]:
            at = t.right_edge.i + 1
            if at + 1 < len(doc) and doc[at].text == ",":
                k = self._token_cluster.get(at + 1)
                w = doc[at + 1]
                for _ in range(6):
                    if w.dep_ not in ("compound", "flat") or w.head.i == w.i:
                        break
                    w = w.head
                if k is not None and self.clusters[k].type == "person" and w.dep_ == t.dep_ and w.head.i == t.head.i:
                    return k
        nouns = lexicons.name_nouns()
        for c in self.p.children[t.i]:
            if c.dep_ != "relcl" or not self.p.projective[c.i] or c.right_edge.i - c.i > 20:
                continue
            for w in doc[c.left_edge.i:c.right_edge.i + 1]:
                k = self._token_cluster.get(w.i)
                if k is None or self.clusters[k].type != "person":
                    continue
                h = w
                while h.dep_ in ("compound", "flat") and h.head.i != h.i:
                    h = h.head
                if (h.dep_ == "appos" and h.head.lemma_.lower() in nouns) or (
                        h.dep_ == "pobj" and h.head.lower_ == "as"
                        and any(x.lemma_.lower() in nouns for x in self.p.children[h.head.head.i])):
                    return k
        return None

    def _no_one(self, t: Token, start: int) -> bool:
        """Whether a description that does not speak names no one to follow: 'any court', 'no party', 'each
        side'; or a new, indefinite or counted someone that the sentence does not make act ('must elect a
        president', 'hit a hydrogenation unit', 'killed three workers'; not 'a gunman opened fire')."""
        doc = self.doc
        det = doc[start].lower_
        if det in _NO_ONE or any(c.lower_ in _NO_ONE and c.dep_ == "det" for c in self.p.children[t.i]):
            return True  # even as a source: 'Neither side has shown wreckage', 'each side accusing the other'
        if self._speaking:
            return False
        counted = any(c.dep_ == "nummod" for c in self.p.children[t.i]) or doc[start].like_num or (
            start + 1 < t.i and doc[start + 1].like_num)
        if det not in _INDEFINITE and not counted:
            return False
        if t.dep_ == "conj":
            t = next((a for a in t.ancestors if a.dep_ != "conj"), t)
        return t.dep_ not in ("nsubj", "appos")  # '97 more civilians, incl 31 pilgrims, airlifted': no actor

    def _body_named(self, t: Token, words: list[Token], start: int) -> int | None:
        """The named organisation a definite description of a body stands for, or None.

        'the company' is a company the report named ('Kvarnholm Shipping'; a company is a name ending in a
        word of ``data/org_endings.tsv``, or one word that is no acronym, agency or institution: 'Kvarnholm');
        'the court', 'the alliance', 'the foreign ministry' a body whose name holds the head noun and every
        other word of the description ('Electoral Appeals Court', 'Reform and Sovereignty Alliance', 'Ministry
        of Foreign Affairs'; not the 'Home Ministry'): the one named last within ``_BODY_WINDOW`` tokens, else
        the only one named before. Country words are not asked of the name, nor other words when only one
        body of the report has that head noun ('the main opposition alliance'). A possessive other than a
        place's ("the country's") makes another body ('the commission's office'). A source of two words or more
        that no body named before fits is the one body that fits strictly and is named first within
        ``_BODY_WINDOW`` tokens after it ('The rescue service said ...' in the lead, 'Norrköping Fire and Rescue
        Service' in the next paragraph; not 'the group' before 'Shandong Rongda Chemical Group').
        """
        if self.doc[start].lower_ not in _DEFINITE or t.tag_ in ("NNS", "NNPS") or any(
                c.dep_ == "poss" and c.lower_ not in _PLACE_OWNERS for c in self.p.children[t.i]):
            return None
        head = t.lemma_.lower()
        others = [norm(w.text) for w in words if w.i != t.i and not lexicons.country_code(w.text)
                  and w.lower_ not in _PLACE_OWNERS and w.text not in ("'s", "’s")]
        company = head in _COMPANY_HEADS
        strict: list[tuple[int, int]] = []
        loose: list[tuple[int, int]] = []
        plain: list[int] = []  # named bodies with no word of a body, a union, a party or the press ('Kgolo Platinum')
        ahead: list[int] = []  # for a source: bodies that fit strictly, first named a little after it
        for k, c in enumerate(self.clusters):
            if c.type != "organization" or not (c.named or _proper(c.name)):
                continue  # a body named in capitals the NER missed counts ('the Swedish Coast and Port Workers' Union')
            last = self._last_before(k, start)
            name = norm(c.name).split()
            if not name:
                continue
            stems = {w.rstrip("s") for w in name}
            fits_head = head.rstrip("s") in stems
            fits_all = fits_head and all(o.rstrip("s") in stems for o in others)
            if last < 0:
                if self._speaking and others and not company and c.starts and c.starts[0] - start <= _BODY_WINDOW \
                        and fits_all:
                    ahead.append(k)  # 'The rescue service said ...' and in the next paragraph its name
                continue
            if company:
                if lexicons.org_endings().get(name[-1]) == "company" or (
                        len(name) == 1 and not c.name.isupper() and lexicons.agency(c.name) is None
                        and name[0] not in lexicons.institutions() and name[0] not in self.roles):
                    strict.append((last, k))
                    loose.append((last, k))
                elif not c.name.isupper() and lexicons.agency(c.name) is None and not lexicons.country_code(c.name) \
                        and not any(w in lexicons.org_endings() or w in lexicons.institutions() or w in self.roles
                                    or lexicons.people_nouns().get(w) for w in name):
                    plain.append(k)
                continue
            if fits_head:
                loose.append((last, k))
                if fits_all:
                    strict.append((last, k))
        near = [x for x in strict if start - x[0] <= _BODY_WINDOW]
        if near:
            return max(near)[1]
        if len(strict) == 1:
            return strict[0][1]
        if len(loose) == 1 or (not loose and len(loose := described_bodies(self, head, start)) == 1):
            return loose[0][1]  # (or 'the agency' for the one body named before as an 'Authority')
        if company and not strict and len(plain) == 1:
            return plain[0]  # 'the company' where the report names one plain body, 'Kgolo Platinum', and no company
        if not loose and len(ahead) == 1:
            return ahead[0]
        return None

    def _short_body(self, word: str) -> int | None:
        """The one named organisation whose name is ``word`` and words that end a company's name ('Kvarnholm' for
        'Kvarnholm Shipping', 'Kgolo' for 'Kgolo Platinum Mines'; ``data/org_endings.tsv``), or None."""
        w = norm(word)
        fits = [k for k, c in enumerate(self.clusters) if c.type == "organization" and c.named
                and len(name := norm(c.name).split()) >= 2 and name[0] == w
                and all(x in lexicons.org_endings() for x in name[1:])]
        return fits[0] if len(fits) == 1 else None

    def _by_qualifier(self, quals: list[str], pos: int) -> int | None:
        """'The NDRF chief': the one person named before whose titles hold the description's qualifying words, an
        acronym as the initials of title words ('National Disaster Response Force director general') or a form of
        ranks.tsv ('DG'), whatever the role word; a rank as written counts as its last word in full ('Maj Gen' is a
        'general'). When several fit, the one of them who alone spoke in this sentence or the one before ('Maj Gen X
        said ... "...," the general said' where another general was named earlier); None when that does not tell."""
        fits = []
        for k, c in enumerate(self.clusters):
            if c.type != "person" or not c.named or not c.titles or self._last_before(k, self._reach(pos)) < 0:
                continue
            words = [re.sub(r"['’]s$", "", w.strip(",.;:()’'")) for title in c.titles  # 'Army's': 'Army'
                     for w in title.split()]
            low = {w.lower() for w in words} | {full.split()[-1] for title in c.titles if (full := rank_title(title))}
            capitals = "".join(p[0] for w in words for p in w.split("-") if p[:1].isupper())  # 'Inter-Services
            if all(q.lower() in low or abbreviates(q, low, capitals) for q in quals):
                fits.append(k)
        if len(fits) > 1 and self._speaking:
            si = self.p.sentence_of[pos]
            spoke = self._spoke_between(self.p.sentences[max(0, si - 1)][0], pos)
            fits = [k for k in fits if k in spoke]
        return fits[0] if len(fits) == 1 else None

    def _epithet(self, t: Token, start: int) -> int | None:
        """'Castellanos answered from San Pedro Sula. The former schoolteacher ... said': a definite description of
        a person by a noun of people, or by any noun with 'former' ('the former schoolteacher'), that speaks, where no
        one the report described so holds it, is the one person who spoke or was a subject in this sentence or the one
        before (not of another gender than the noun's; without 'former', 'the witness', not one with a role of their
        own); the resolution is marked doubtful. None otherwise (then the description is its own actor)."""
        if not self._speaking or t.tag_ != "NN" or self.doc[start].lower_ != "the" or t.lower_ in self.roles \
                or t.lower_ in _COMPANY_HEADS or t.i in self._token_cluster:
            return None
        lemma = t.lemma_.lower()
        former = any(w.lower_ in ("former", "ex", "retired") for w in self.doc[start:t.i])
        if lexicons.people_nouns().get(lemma) != "person" and not former:
            return None  # 'the state emergency operations centre': no person; 'the former schoolteacher': one
        if any(not c.named and c.type == "person" and c.name.lower().split()[-1:] == [lemma] for c in self.clusters):
            return None  # 'a medic at the hospital said ... the medic said': the one described before
        si = self.p.sentence_of[t.i]
        lo = self.p.sentences[max(0, si - 1)][0]
        doc = self.doc
        near = set(self._spoke_between(lo, t.i))
        for i in range(lo, start):
            k = self._token_cluster.get(i)
            if k is None or k in near:
                continue
            w = doc[i]
            while w.dep_ in ("compound", "flat") and w.head.i != w.i:
                w = w.head
            if w.dep_ in ("nsubj", "nsubjpass"):
                near.add(k)  # 'Castellanos answered from San Pedro Sula': the subject of the sentence before
        people = [k for k in near if self.clusters[k].type == "person" and self.clusters[k].named]
        if not former:
            # 'the witness said' after a police spokesman: a noun of people that usually brings in someone new is
            # the one who just spoke only when that person has no role of their own
            people = [k for k in people if not any(self.roles.get(w.strip(",.;()’'").lower(), "") in ("title", "leader")
                                                   for held in self.clusters[k].titles if not is_rank(held)
                                                   for w in held.replace("-", " ").split())]
        gender = lexicons.noun_genders().get(lemma)
        if len(people) != 1 or (gender and self.clusters[people[0]].gender not in (None, gender)):
            return None
        self.title_doubt[t.i] = True
        return people[0]

    def _described_as_person(self, t: Token) -> bool:
        """Whether a name has an apposition that says it is a person ('Devesh Sharma, the top civil servant')."""
        return any(c.dep_ == "appos" and (lexicons.people_nouns().get(c.lemma_.lower()) == "person" or
                                          self.roles.get(c.lower_) in ("title", "leader"))
                   for c in self.p.children[t.i])

    def _people(self, t: Token) -> bool:
        """Whether a plural head names people or bodies of people ('officials', 'rescuers'; not 'weapons', 'lives').

        One that speaks is someone ('Analysts said', 'Shareholders argued') whatever the word.
        """
        low = t.lower_
        nouns = lexicons.people_nouns()
        if is_record_noun(t.lemma_) or is_message_noun(t.lemma_.lower()):
            return False  # 'Preliminary results showed', 'Reports said': records, not people
        return self._speaking or nouns.get(t.lemma_.lower(), nouns.get(low)) in ("person", "body") or \
            self.roles.get(low) in ("group", "institution") or t.ent_type_ == "NORP"
