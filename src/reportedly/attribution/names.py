"""Named mentions of a document become actor clusters: people merged by name, groups by key.

spaCy's PERSON, ORG, GPE and NORP entities, plus "Mr./Mrs./Ms. X", become mentions; names written after
a rank ("Air Marshal A K Bharti", "Lt-Gen. R.K. Mehra") are found in the parse where the NER cut them
(:mod:`.person_spans`), and the rank or title is kept as a title, not a part of the name. Person
mentions merge by name parts (:mod:`reportedly.text.person_names`, the same as the corpus linker's):
the same family name under any reading ("Wang Jianguo" / "Jianguo Wang" / "Wang", "Hamid al-Ubaidi" /
"Al-Ubaidi", "Javier Ortega Salinas" / "Ortega") and given names that agree ("Rajesh Kumar Mehra" /
"R.K. Mehra"), with the fullest form as the name; a bare surname shared by two people goes to the one
mentioned last. A surname the NER took for an organisation, a company it took for a person, and an
acronym the report defines ("Joint Press Directorate (JPD)") are put right. Countries merge through
their aliases ("US", "U.S.", "United States"). :class:`Names` is one part of :class:`~.speakers.Resolver`;
in goes the parse, out come the resolver's clusters and indexes.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..model import ActorType
from ..text import lexicons, places
from ..text.acronym_names import report_acronyms
from ..text.lexicons import norm
from ..text.org_names import org_words
from ..text.person_names import FIRST_NAME_COUNTRIES, compare, is_patronymic, parse, rank_words
from ..text.transliteration import fold_word, loose_word
from .agents import is_capital, is_town, known_place
from .clusters import _DETERMINERS, _HONORIFIC_NAME_WORDS, _NAME_PARTICLES, Cluster, ResolverState, _last
from .entity_kinds import entity_labels
from .name_checks import acronym_person, company_as_place, name_after_role, no_body_name
from .nicknames import nickname_after
from .person_spans import extend_left, initials_name, org_like, ranked_names


class Names(ResolverState):
    """Collects the named mentions of a document into clusters (a part of the resolver)."""

    def _in_skipped(self, i: int) -> bool:
        k = bisect.bisect_right(self._skipped, (i, len(self.doc))) - 1  # skipped paragraphs are in text order
        return k >= 0 and self._skipped[k][0] <= i < self._skipped[k][1]

    _rank_titles: dict[int, str]
    """Ranks written before a name, by the name's first token ('Air Marshal' before 'A K Bharti')."""
    _freed: set[int]
    """Tokens of one-word names that are no actor ('Devesh' the NER took for a place before 'Chandra Sharma')."""
    _acronyms: dict[str, str]
    """Acronyms the document defines ('JPD' -> 'Joint Press Directorate')."""
    _org_names: dict[str, list[SpacySpan]]
    """Organisation names of two or more words the NER found, by each of their words (lower case)."""

    def _collect_names(self) -> None:
        doc = self.doc
        self._rank_titles = {}
        self._acronyms = report_acronyms(doc.text)
        persons: list[tuple[SpacySpan, list[str]]] = []
        taken: set[int] = set()
        headline = self._headline
        elsewhere = {norm(e.text) for e in doc.ents if e.start >= headline}
        platforms = lexicons.channels()
        groups: list[tuple[SpacySpan, str]] = []
        labels = entity_labels(self.p)  # the NER's labels corrected by the names' words and use
        self._freed = {s for (s, e), label in labels.items() if label is None and e - s == 1}
        ranked: set[int] = set()
        for rank_start, start, end in ranked_names(doc):  # 'Air Marshal A K Bharti', 'Lt Gen Rajesh Kumar Mehra'
            if self._in_skipped(rank_start) or (start < headline and norm(doc[start:end].text) not in elsewhere):
                continue
            role = max((k for k in range(start, end - 1) if doc[k + 1].is_title and (
                self.roles.get(doc[k].lower_, "") in ("title", "leader")
                or lexicons.people_nouns().get(doc[k].lower_) == "person")), default=None)
            if role is not None:
                start = role + 1  # 'Chief District Officer Ram Prasad Sharma': the rest of the title, then the name
            span = doc[start:end]
            tokens = self._name_tokens(span)
            if (nick := nickname_after(doc, end)) is not None:  # 'Commo. Rogelio "Bong" Cruz'
                end = nick.stop
                span, tokens = doc[start:end], tokens + self._name_tokens(doc[nick.start + 1:end])
            persons.append((span, tokens))
            self._rank_titles[start] = doc[rank_start:start].text
            self._title_tokens.update(range(rank_start, start))
            ranked.update(range(rank_start, end))
        taken.update(ranked)
        defined = self._defined_names(ranked)
        for span in defined:
            groups.append((span, "ORG"))  # "Mine and Allied Workers' Congress (MAWC)", whatever the NER cut of it
            taken.update(range(span.start, span.end))
        nicknamed: set[int] = set()
        for ent in doc.ents:
            key = norm(ent.text)
            if ranked.intersection(range(ent.start, ent.end)) or ent.start in nicknamed:
                continue  # the NER's cut of a name after a rank ('Gen Rajesh' + 'Kumar Mehra', ORG 'Air Marshal')
            if ent.label_ == "PERSON" and (nick := nickname_after(doc, ent.end)) is not None \
                    and not taken.intersection(range(ent.start, nick.stop)):
                # 'Jesus "Jessie" Abellana of Pilar' (cut by the NER after 'Jesus'): one person
                persons.append((doc[ent.start:nick.stop], self._name_tokens(ent)
                                + self._name_tokens(doc[nick.start + 1:nick.stop])))
                taken.update(range(ent.start, nick.stop))
                nicknamed.update(range(nick.start, nick.stop))
                continue
            if any(d.start < ent.end and ent.start < d.end for d in defined):
                continue
            label = labels.get((ent.start, ent.end), ent.label_)
            comma = next((t.i for t in ent if t.text == ","), None)
            if comma is not None and label in ("ORG", "GPE", "PERSON") and comma + 1 < ent.end \
                    and (is_capital(doc[comma + 1:ent.end].text) or lexicons.country_code(doc[comma + 1:ent.end].text)):
                ent, label = doc[comma + 1:ent.end], "GPE"  # '... in Donetsk Oblast, Kyiv denies': the capital
            if label in ("NORP", "GPE", "ORG") and len(ent) == 1 and ent.start >= 3 and doc[ent.start - 2].text == "-" \
                    and doc[ent.start - 1].pos_ in ("PROPN", "NOUN") and not lexicons.country_code(ent.text) \
                    and extend_left(doc, ent.start) < ent.start:
                label = "PERSON"  # 'Ji-yeon Han' where the NER read 'Han' as a nationality
            if label in ("GPE", "LOC") and company_as_place(ent):
                label = "ORG"  # 'The ferry's operator, Santa Clara Sea Lines, denied ...'
            if label is None and ent.text in self._acronyms:
                label = "ORG"  # 'The AFPW said' after 'Armed Forces Press Wing (AFPW)': a body, not a weapon's code
            if label is None or (label in ("GPE", "LOC", "FAC") and is_town(ent.text, label != ent.label_)):
                self._not_actors.update(range(ent.start, ent.end))  # 'Operation Iron Pass', 'Sumy' as a place
                if label is None:
                    continue
            if self._in_skipped(ent.start) or (key in lexicons.demonyms() and label != "GPE"
                                               and key not in lexicons.country_names()):
                continue  # 'the Tajik official': a nationality adjective the NER took for a name
            if (ent.start < headline and key not in elsewhere) or key in platforms:
                continue  # 'Come to the Table' in a title-case headline; 'formerly Twitter'
            if label == "PERSON" and norm(ent.text) in lexicons.institutions():
                label = "ORG"  # 'Wisma Putra': a building that stands for a ministry (data/institutions.tsv)
            if label == "PERSON" and (start := _company_prefix_before(doc, ent)) is not None \
                    and not taken.intersection(range(start, ent.start)):
                ent, label = doc[start:ent.end], "ORG"  # 'PT Energi' + 'Samudra Nusantara': a company
            if label == "PERSON" and org_like(ent):
                groups.append((ent, "ORG"))  # 'Zibo Rongda-Cheongun Fine Chemicals Co.': a company
                taken.update(range(ent.start, ent.end))
            elif label in ("ORG", "GPE", "FAC", "LOC") and (named := name_after_role(ent, self.roles)) is not None \
                    and not taken.intersection(range(named.start, named.end)):
                persons.append((named, self._name_tokens(named)))  # "Deltamar's spokesman, Emeka" + 'Okoro'
                taken.update(range(named.start, named.end))
            elif (label in ("ORG", "NORP", "FAC") and (initials_name(ent) or (
                    self._after_role(ent) and not acronym_person(ent)))) or (
                    label in ("ORG", "GPE", "NORP", "FAC", "LOC") and self._one_name_after_role(ent)):
                persons.append((ent, self._name_tokens(ent)))  # 'K S Martolia', 'spokeswoman Aizada Mambetova'
                taken.update(range(ent.start, ent.end))
            elif label == "PERSON":
                if len(ent) == 1 and ent.end + 1 < len(doc) and doc[ent.end + 1].ent_type_ == "PERSON" \
                        and extend_left(doc, ent.end + 1) <= ent.start:
                    continue  # 'Ma' of 'Ma. Luisa Cabahug': the name after it takes it
                if taken.issuperset(range(ent.start, ent.end)):
                    continue  # 'Abdul Karim' of 'Nor Azlina binti Abdul Karim': a word of a name already taken
                start = self._patronymic_before(ent.start)
                if start < ent.start and not taken.intersection(range(start, ent.start)):
                    ent = doc[start:ent.end]  # 'Siti Aminah binti' + 'Abdul Rahman': the person, then the father
                start = extend_left(doc, ent.start)
                if start < ent.start and not taken.intersection(range(start, ent.start)):
                    ent = doc[start:ent.end]  # 'A K' Bharti, 'Min-' jun Kim
                start = self._given_before(ent.start)
                if start < ent.start and not taken.intersection(range(start, ent.start)):
                    ent = doc[start:ent.end]  # 'District magistrate Devesh' Chandra Sharma
                ent = self._extend_name(ent)
                span = self._trim_person(ent)
                if span is not None and acronym_person(span):
                    groups.append((span, "ORG"))  # 'DG ISPR', 'the DG ISPR said': a role of a body, not a name
                    taken.update(range(span.start, span.end))
                elif span is not None:
                    persons.append((span, self._name_tokens(span)))
                    taken.update(range(span.start, span.end))
            elif label in ("ORG", "GPE", "NORP", "FAC", "LOC"):
                groups.append((ent, label))
                taken.update(range(ent.start, ent.end))
        for span in self._unrecognised_names(taken):  # 'said Óscar Castellanos Reyes, a spokesman ...' (no NER name)
            persons.append((span, self._name_tokens(span)))
            taken.update(range(span.start, span.end))
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
        self._org_names = {}
        for ent, label in groups:
            if label == "ORG" and len(ent) >= 2:
                for t in ent:
                    if t.is_title and len(t) > 2:
                        self._org_names.setdefault(t.lower_, []).append(ent)
        persons.sort(key=lambda x: x[0].start)
        # full names first so that a surname mentioned before the full name still merges
        persons = [(s, n) for s, n in persons if any(any(ch.isalpha() for ch in w) for w in n)]
        full = [(s, n) for s, n in persons if len(n) >= 2]
        for span, name in full:
            self._add_person(span, name)
        for span, name in persons:
            if len(name) < 2:
                self._add_person(span, name)
        self._missed_surnames(taken)
        for ent, label in groups:
            if not any(i in self._title_tokens for i in range(ent.start, ent.end)):
                self._add_group_entity(ent, label)  # not 'State' in 'Secretary of State Marco Rubio'

    def _unrecognised_names(self, taken: set[int]) -> list[SpacySpan]:
        """Names the NER did not find at all: a given name of ``data/first_names.tsv`` and one to four more title-case
        proper nouns (particles inside: 'Ana Marisol Ferrera Cálix', 'María de los Ángeles Ruiz'), none of them in an
        entity, a role, a noun of people, an organisation's word or a country's name."""
        doc, out = self.doc, []
        first_names = lexicons.first_names()

        def word(t: Token) -> bool:  # a name word: a proper noun, or any word in capitals inside the sentence
            return t.is_title and t.is_alpha and (t.pos_ == "PROPN" or not t.is_sent_start) \
                and t.ent_type_ == "" and t.i not in taken \
                and t.lower_ not in self.roles and t.lower_ not in lexicons.people_nouns() \
                and t.lower_ not in lexicons.org_endings() and not lexicons.country_code(t.text)

        i = max(self._headline, 0)
        while i < len(doc) - 1:
            t = doc[i]
            if not (t.lower_ in first_names and word(t)) or (i and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN") \
                    or self._in_skipped(i):
                i += 1
                continue
            end = i + 1
            while end < min(len(doc), i + 6) and "\n" not in doc[end - 1].whitespace_ and (word(doc[end]) or (
                    doc[end].lower_ in _NAME_PARTICLES and end + 1 < len(doc) and word(doc[end + 1]))):
                end += 1
            if end - i >= 2 and word(doc[end - 1]):
                out.append(doc[i:end])
            i = end
        return out

    def _missed_surnames(self, taken: set[int]) -> None:
        """'Abdykadyrov gave a similar figure' where the NER saw no name: the surname of the one person named in
        full is a mention of that person (pronouns look for the persons of the last sentences)."""
        surnames = {_surname_key(f) for c in self.clusters if c.type == "person" and not parse(c.name).bare
                    for f in parse(c.name).families}
        if not surnames:
            return
        for t in self.p.tokens:
            if not t.is_title or t.pos_ != "PROPN" or t.i in self._token_cluster or t.i in taken or \
                    _surname_key(t.text) not in surnames or self._in_skipped(t.i):
                continue
            doc = self.doc
            if any(0 <= j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN" and j not in taken
                   and not doc[j].is_sent_start and doc[j].lower_ not in self.roles for j in (t.i - 1, t.i + 1)) \
                    and not (t.i + 1 < len(doc) and doc[t.i + 1].is_sent_start):
                continue  # 'Tek Bahadur Karki': a word of another name, not Suresh Bahadur Bista's 'Bahadur'
            same = [k for k in self.surname_clusters(t.text) if self.clusters[k].type == "person"]
            if len(same) == 1:
                self.clusters[same[0]].add(t.i, t.i + 1)
                self._token_cluster[t.i] = same[0]

    def _title_case_headline(self) -> int:
        """End token of the first paragraph when it is a title-case headline (NER guesses there), else 0."""
        if not self.p.blocks:
            return 0
        first, end, _ = self.p.blocks[0]
        words = [t for t in self.doc[first:end] if t.is_alpha and len(t) > 3]
        return end if words and sum(t.is_title for t in words) >= 0.6 * len(words) else 0

    def _extend_name(self, ent: SpacySpan) -> SpacySpan:
        """'Ursula von' + 'der Leyen': carry a person's name over particles the NER cut off; and over up to two
        name words it left after the name ('Dong-hyuk' + 'Yoon', 'Luisa Echeverría' + 'Montoya')."""
        doc = self.doc
        end = ent.end
        while end + 1 < len(doc) and doc[end].lower_ in _NAME_PARTICLES and (
                doc[end + 1].is_title or doc[end + 1].lower_ in _NAME_PARTICLES):
            end += 1
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
        if ent.start >= self._headline:
            stop = min(len(doc), end + 2)
            while end < stop and self._loose_name_word(doc[end]) and doc[end - 1].whitespace_:
                end += 1
        return doc[ent.start:end] if end > ent.end else ent

    def _loose_name_word(self, t: Token) -> bool:
        """A name word the NER left out of a person's name next to it: a title-case proper noun in no other entity,
        not a role, a noun of people, an organisation's word or the start of a sentence."""
        low = t.lower_
        named = t.ent_type_ in ("", "PERSON") or t.i in self._freed
        return (t.is_title and t.is_alpha and t.pos_ == "PROPN" and named
                and not t.is_sent_start and low not in self.roles and low not in lexicons.people_nouns()
                and low not in lexicons.org_endings() and not lexicons.country_code(t.text)
                and "\n" not in t.whitespace_)

    def _given_before(self, start: int) -> int:
        """The start of a person's name carried left over one given name the NER left out, after a lower-case word,
        a role or a comma ('District magistrate Devesh' + 'Chandra Sharma', 'finance director, María' + 'Luisa
        Echeverría'), or a given name of ``data/first_names.tsv`` that opens the sentence or was read as a
        preposition ('Per' + 'Olof Sandberg'); ``start`` when there is none, or when ``start`` opens a sentence or
        a paragraph (no name runs over a paragraph break: '... of Cebu' + 'Visayan Star's account')."""
        doc = self.doc
        if start < len(doc) and doc[start].is_sent_start:
            return start
        if start >= 1 and start > self._headline and _opening_given_name(doc[start - 1]):
            return start - 1  # 'Per Olof Sandberg, who ...': the parser took 'Per' for a preposition
        if start >= 3 and start - 1 > self._headline and self._loose_name_word(doc[start - 1]) \
                and doc[start - 1].whitespace_ and _opening_given_name(doc[start - 2]):
            return start - 2  # 'Per Anders' + 'Lindgren'
        if start >= 3 and start - 1 > self._headline and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and _opening_given_name(doc[start - 2], joined=True):
            return start - 2  # 'Per-Olof Sandberg'
        if start < 2 or start <= self._headline or not self._loose_name_word(doc[start - 1]) \
                or not doc[start - 1].whitespace_:
            return start
        before = doc[start - 2]
        if before.is_lower or before.text == "," or before.lower_ in self.roles or \
                lexicons.people_nouns().get(before.lower_) == "person" or \
                doc[start - 1].lower_ in lexicons.first_names():
            return start - 1  # also 'Councillor Héctor' + 'Bonilla Mejía', 'Ana' + 'Ferrera Cálix'
        return start

    def _patronymic_before(self, start: int) -> int:
        """The start of the name before 'bin' / 'binti' when the NER found only the father's name after it ('Siti
        Aminah binti' + 'Abdul Rahman'): up to four title-case words that are no role; ``start`` when there is none."""
        doc = self.doc
        if start < 2 or not is_patronymic(doc[start - 1].lower_):
            return start
        k = start - 1
        while k > max(self._headline, start - 5) and doc[k - 1].is_title and doc[k - 1].is_alpha \
                and doc[k - 1].lower_ not in self.roles and "\n" not in doc[k - 1].whitespace_:
            k -= 1
            if doc[k].is_sent_start:
                break
        return k if k < start - 1 else start

    def _trim_person(self, ent: SpacySpan) -> SpacySpan | None:
        doc = self.doc
        start, end = ent.start, ent.end
        while start < end and (doc[start].lower_ in self.roles or doc[start].is_punct or (
                start + 1 < end and lexicons.people_nouns().get(doc[start].lower_) == "person"
                and doc[start + 1].lower_ in lexicons.first_names())):  # 'Farmer Maria Ferreira'
            start += 1
        role = max((k for k in range(start, end - 1) if self.roles.get(doc[k].lower_, "") in ("title", "leader")
                    and doc[k + 1].is_title), default=None)
        if role is not None:  # 'Kyrgyz Foreign Ministry spokeswoman Aizada Mambetova': the title, then the name
            self._rank_titles[role + 1] = doc[start:role + 1].text
            self._title_tokens.update(range(start, role + 1))
            start = role + 1
        words = doc[start:end].text.split()
        ranks = rank_words(words)  # 'Gen Ahmed Sharif Chaudhry', 'Vice-Mayor Zhou Weiping'
        if ranks:
            cut = doc[start].idx + len(" ".join(words[:ranks]))
            first = start
            while start < end and doc[start].idx < cut:
                start += 1
            if start < end:
                self._rank_titles[start] = doc[first:start].text
                self._title_tokens.update(range(first, start))
            else:
                start = first
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

    def _name_text(self, span: SpacySpan) -> str:
        """A name as the text writes it, one space between words ('Kim Min-jun', 'Hamid al-Ubaidi', 'R.K. Mehra')."""
        return " ".join(span.text.split())

    def _after_role(self, ent: SpacySpan) -> bool:
        """A name of two or three title-case words right after a person's title ('spokeswoman Aizada Mambetova',
        'Its spokeswoman, Aizada Mambetova'), which the NER took for an organisation."""
        doc = self.doc
        before = ent.start - 2 if ent.start > 1 and doc[ent.start - 1].text == "," else ent.start - 1
        hyphens = sum(1 for t in ent[1:-1] if t.text == "-" and not t.whitespace_)  # 'Nkechi Ugochukwu-Eze'
        return (before >= 0 and self.roles.get(doc[before].lower_, "") in ("title", "leader")
                and 2 <= len(ent) - 2 * hyphens <= 3 + sum(t.lower_ in _NAME_PARTICLES for t in ent)
                and ent[0].is_title and ent[-1].is_title  # 'spokeswoman Marike du Plessis': a particle inside
                and all(((t.is_title or (t.lower_ in _NAME_PARTICLES and 0 < k < len(ent) - 1)) and t.is_alpha)
                        or (t.text == "-" and 0 < k < len(ent) - 1 and not t.whitespace_)
                        for k, t in enumerate(ent)) and not org_like(ent)
                and not any(lexicons.country_code(t.text) or t.lower_ in self.roles for t in ent))

    def _one_name_after_role(self, ent: SpacySpan) -> bool:
        """A one-word name right after a person's role or head noun, or in apposition to one ('police chief
        Budiarto', 'The agency's head, Suharyanto, said'), that no gazetteer or table knows as a place, a country,
        a body or a role: a person called by one name, which the NER took for a place or an organisation."""
        doc = self.doc
        if len(ent) != 1 or ent.start < 2:
            return False
        t = ent[0]
        before = doc[ent.start - 2] if doc[ent.start - 1].text == "," else doc[ent.start - 1]
        after = doc[ent.end] if ent.end < len(doc) else None
        if doc[ent.start - 1].text == "," and (after is None or after.text not in (",", ".")) and \
                (after is None or after.pos_ != "VERB"):
            return False
        low = before.lower_
        role = self.roles.get(low, "") in ("title", "leader") or lexicons.people_nouns().get(low) == "person" \
            or low == "head"
        return role and t.pos_ == "PROPN" and t.is_title and t.is_alpha and len(t) >= 4 \
            and t.lower_ not in self.roles and t.lower_ not in lexicons.people_nouns() \
            and t.lower_ not in lexicons.org_endings() and not lexicons.country_code(t.text) \
            and not known_place(t.text) and t.text not in self._acronyms

    def _org_named(self, word: str, span: SpacySpan) -> int | None:
        """The organisation of the document whose name holds ``word`` (one only), as a mention of it, or None."""
        found = {norm(self._org_text(e)): e for e in self._org_names.get(word.lower(), ()) if e.start != span.start}
        if len(found) != 1:
            return None
        ent = next(iter(found.values()))
        text = self._org_text(ent)
        inst = lexicons.institutions().get(norm(text))
        return self._group(text, "organization", span.start, span.end, inst[0] if inst else self._title_country(text),
                           key=f"organization:{norm(text)}")

    def _org_text(self, ent: SpacySpan) -> str:
        """An organisation entity's name without determiners and possessive (its cluster's name)."""
        start, end = self._bare(ent)
        return self.doc[start:end].text

    def _bare(self, ent: SpacySpan) -> tuple[int, int]:
        """Token range of an entity without its leading determiners and trailing possessive or punctuation."""
        doc = self.doc
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in _DETERMINERS:
            start += 1
        while end > start and (doc[end - 1].text in ("’s", "'s") or doc[end - 1].is_punct):
            end -= 1
        return start, end

    def surname_clusters(self, word: str) -> list[int]:
        """Clusters indexed under a family name (by its spelling key): persons under every reading of their name
        ('Wang Jianguo' under 'wang' and 'jianguo'; 'Hamid al-Ubaidi' under 'ubaidi')."""
        found = self._by_surname.get(_surname_key(word), [])
        if found or len(word) < 6:
            return found
        loose = {k for key, ks in self._by_surname.items() if loose_word(key) == loose_word(word) for k in ks}
        return sorted(loose) if len(loose) == 1 else []  # 'Rahimzade' for the one 'Farhad Rahimzadeh' of the report

    def _add_person(self, span: SpacySpan, name: list[str]) -> int:
        quoted = any(t.text in ('"', "“", "”") for t in span)  # a nickname: its words without the marks
        text = self._name_text(span) if len(name) > 1 and not quoted else " ".join(name)
        parts = parse(text)
        gender = self._honorific(span)
        idx = None
        if not parts.bare:
            full = norm(text)
            idx = self._by_key.get("person:" + full)
            if idx is None:
                # "Vladimir Putin" / "President Vladimir Putin", "R K Mehra" / "Rajesh Kumar Mehra", "Wang Jianguo"
                # / "Jianguo Wang": the same family name and given names that agree (text/person_names.py)
                for k in dict.fromkeys(k for f in parts.families for k in self.surname_clusters(f)):
                    c = self.clusters[k]
                    m = compare(parts, parse(c.name)) if c.type == "person" and not parse(c.name).bare else None
                    if m is not None and "first given name left out" not in m.rules:
                        idx = k
                        break
            if idx is None:
                idx = self._new(Cluster(text, "person", "person:" + full))
        else:
            family = parts.families[0] if parts.families else norm(text)
            candidates = [k for k in self.surname_clusters(family) if self.clusters[k].type == "person" and
                          (gender is None or self.clusters[k].gender in (None, gender))]
            org = self._org_named(text, span)
            if candidates:
                before = [k for k in candidates if self.clusters[k].starts and self.clusters[k].starts[0] < span.start]
                idx = max(before or candidates, key=lambda k: self._last_before(k, span.start))
            elif org is not None:
                return org  # 'Kvarnholm said' in a report about Kvarnholm Shipping
            elif len(name) == 1 and (first := self._by_first_name(text, gender)) is not None:
                idx = first  # 'Rizal' for 'Rizal Hadi Kusumo' in a report from Indonesia
            else:
                idx = self._by_key.get("person:" + norm(family))
                if idx is None:
                    idx = self._new(Cluster(text, "person", "person:" + norm(family)))
        c = self.clusters[idx]
        if len(text) > len(c.name) and len(parts.words) >= len(parse(c.name).words):
            self._rename(idx, text)
        c.add(span.start, span.end)
        for i in range(span.start, span.end):
            self._token_cluster[i] = idx
        if gender and not c.gender:
            c.gender = gender
        if span.start in self._rank_titles:
            c.add_title(self._rank_titles[span.start])
        self._person_facts(c, span, idx)
        return idx

    def _by_first_name(self, word: str, gender: str | None) -> int | None:
        """The one person named in full whose name starts with ``word`` ('Rizal' for 'Rizal Hadi Kusumo'), when the
        person is Indonesian or the report is about Indonesia, where many are called by the first part of their
        name; None when no person or two fit, or the report is from elsewhere."""
        key = fold_word(word)
        fits = [k for k, c in enumerate(self.clusters) if c.type == "person" and len(c.name.split()) >= 2
                and fold_word(c.name.split()[0]) == key and (gender is None or c.gender in (None, gender))]
        if len(fits) != 1:
            return None
        c = self.clusters[fits[0]]
        return fits[0] if c.country in FIRST_NAME_COUNTRIES or (c.country is None and self._first_name_report()) \
            else None

    def _first_name_report(self) -> bool:
        """Whether the report names Indonesia or Indonesians (a place or nationality the NER found)."""
        codes = {lexicons.country_code(e.text) for e in self.doc.ents if e.label_ in ("GPE", "NORP")}
        return bool(codes & FIRST_NAME_COUNTRIES)

    def _last_before(self, k: int, pos: int) -> int:
        starts = self.clusters[k].starts
        j = bisect.bisect_left(starts, pos)
        return starts[j - 1] if j else -1

    def _add_group_entity(self, ent: SpacySpan, label: str) -> int | None:
        """Countries, organisations and plural groups named by the NER; cities and regions are places."""
        doc = self.doc
        start, end = self._bare(ent)
        bracket = next((i for i in range(end - 1, start, -1) if doc[i].text == "("), None)
        if bracket is not None and not any(doc[i].text == ")" for i in range(bracket, end)):
            end = bracket  # 'South African Police Service (SAPS': the NER ran into the acronym's open bracket
        while end - start > 1 and doc[end - 1].text.startswith("@"):
            end -= 1  # 'Indian Army @adgpi_in': the body, not its handle
        if end <= start or doc[start].text.startswith("@") or (  # '(@idavoss)' after a name: a handle, no name
                label in ("ORG", "PERSON") and no_body_name(doc[start:end], label)):
            return None
        text = doc[start:end].text
        country = lexicons.country_names().get(norm(text)) if lexicons.country_code(text) else None
        if country is not None:
            kind: ActorType = "organization" if country.startswith("ORG:") else "country"
            return self._group(lexicons.countries()[country].name, kind, start, end, country,
                               key=f"{kind}:{country}")
        if text in self._acronyms and label in ("ORG", "NORP", "PERSON"):  # 'Joint Press Directorate (JPD)'
            return self._defined_body(text, start, end)                          # ... 'JPD said'
        if label == "NORP":
            # 'Democrats said': a plural people-noun speaks; 'Ukrainian forces': an adjective does not
            if doc[end - 1].tag_ in ("NNPS", "NNS") and ent.root.dep_ not in ("amod", "compound"):
                code = lexicons.country_code(text) or (  # 'Iraqis', 'Nepalis': the people of a country
                    lexicons.country_code(text[:-1]) if text.endswith("s") and len(text) > 4 else None)
                return self._group(text, "group", start, end, code)
            return None
        if label == "ORG" and end < len(doc) and doc[end].text in ("'s", "’s") and places.capital_country(text):
            return None  # "Kyiv's General Staff" read as the organisation "Kyiv's": the owner of the body after it
        if label == "ORG" and end - start <= 3 and not text.isupper() and norm(text) not in self.roles:
            persons = [k for k in self.surname_clusters(text) if self.clusters[k].type == "person"]
            if len(persons) == 1 and parse(text).bare:  # 'Bharti said', 'Al-Ubaidi said': a surname the NER
                span = doc[start:end]                      # took for an organisation
                return self._add_person(span, self._name_tokens(span))
        if label == "PERSON":  # a company name the NER took for a person
            return self._group(text, "organization", start, end, self._title_country(text))
        if label == "ORG" and "person:" + norm(text) in self._by_key:
            span = doc[start:end]  # 'Han Dongsheng' as an organisation where the report also names him
            return self._add_person(span, self._name_tokens(span))
        if label == "ORG" and end - start == 1 and (org := self._org_named(text, doc[start:end])) is not None:
            return org  # 'Cheongun' in a report about Cheongun Chemical Co.
        if label == "ORG":
            inst = lexicons.institutions().get(norm(text))
            code = inst[0] if inst else self._title_country(text)
            owner = self._country_before(start) if code is None else None
            if owner is not None:  # "Türkiye's Foreign Ministry": the body of that country, named with it
                key = f"organization:{norm(text)}"
                known = self._by_key.get(key)
                if known is not None and self.clusters[known].country not in (None, owner[1]):
                    key = f"organization:{owner[1]}:{norm(text)}"  # "Azerbaijan's" after "Armenia's defence ministry"
                return self._group(f"{owner[0]}’s {text}" if doc[start - 1].text == "’s" else f"{owner[0]}'s {text}",
                                   "organization", start, end, owner[1], key=key)
            return self._group(text, "organization", start, end, code)
        return None

    def _country_before(self, start: int) -> tuple[str, str] | None:
        """The country named in a possessive just before token ``start`` ("Türkiye's", "South Korea’s", or its
        capital: "Moscow's"): (the name as written, its code), or None."""
        doc = self.doc
        if start < 2 or doc[start - 1].text not in ("'s", "’s"):
            return None
        for n in (2, 1):
            if start - 1 - n < 0:
                continue
            words = doc[start - 1 - n:start - 1]
            code = lexicons.country_code(words.text) or places.capital_country(words.text)  # "Moscow's"
            if code is not None and not code.startswith("ORG:") and all(w.is_title or w.is_upper for w in words):
                return words.text, code
        return None

    def _defined_names(self, ranked: set[int]) -> list[SpacySpan]:
        """The long forms of the acronyms the document defines, where the NER cut them in pieces: "the Mine and
        Allied Workers' Congress (MAWC)" read as 'Allied Workers' and 'Congress'. A long form the NER found whole
        is left to it."""
        doc, out = self.doc, []
        for long in set(self._acronyms.values()):
            for m in re.finditer(re.escape(long), doc.text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None or ranked.intersection(range(span.start, span.end)):
                    continue
                ents = [e for e in doc.ents if e.start < span.end and span.start < e.end]
                if ents and not any(e.start <= span.start and span.end <= e.end for e in ents):
                    out.append(span)
        return out

    def _defined_body(self, acronym: str, start: int, end: int) -> int:
        """The organisation a report defined ``acronym`` as ('JPD' after 'Joint Press Directorate (JPD)'), with
        tokens ``[start, end)`` as a mention of it."""
        long = self._acronyms[acronym]
        return self._group(long, "organization", start, end, self._title_country(long),
                           key=f"organization:{norm(long)}")

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
        for key in _index_keys(c):
            self._by_surname.setdefault(key, []).append(k)
        c.on_add = lambda start, end: bisect.insort(self._mention_starts, (start, k))  # (c has no mention yet)
        return k

    def _rename(self, k: int, name: str) -> None:
        """Give cluster ``k`` a new name, keeping the index of clusters by surname."""
        c = self.clusters[k]
        old = _index_keys(c)
        c.name = name
        new = _index_keys(c)
        for key in old - new:
            self._by_surname[key].remove(k)
        for key in new - old:
            bisect.insort(self._by_surname.setdefault(key, []), k)


def _surname_key(word: str) -> str:
    """The index key of a family name: its spelling key without the Arabic article ('Al-Ubaidi' -> 'ubaidi')."""
    families = parse(word).families
    return fold_word(families[0] if families else word)


def _index_keys(c: Cluster) -> set[str]:
    """Keys a cluster is indexed under: a person's family names (every reading), else its last word."""
    if c.type == "person":
        last = c.name.split()[-1] if c.name.split() else ""  # 'Khalid bin Nasser al-Mannai' is 'al-Mannai' too
        article = [_surname_key(last)] if re.match(r"(?i)(?:al|el)[-‑]\w", last) and len(c.name.split()) > 2 else []
        return {fold_word(f) for f in parse(c.name).families} | set(article) or {fold_word(_last(c.name))}
    return {fold_word(_last(c.name))}


def _company_prefix_before(doc: Doc, ent: SpacySpan) -> int | None:
    """The start of a company's legal form written in capitals before a name the NER took for a person, over at
    most two title-case words ('PT Energi' + 'Samudra Nusantara', 'PJSC' + 'Volga Oil'; ``data/org_words.tsv``
    kind 'prefix'), or None."""
    prefixes = org_words().prefixes
    for k in range(ent.start, max(-1, ent.start - 4), -1):
        t = doc[k]
        if t.is_upper and len(t) >= 2 and t.lower_ in prefixes:
            return k
        if k < ent.start and not (t.is_title and t.is_alpha and "\n" not in t.whitespace_):
            return None
    return None


def _opening_given_name(w: Token, *, joined: bool = False) -> bool:
    """Whether a word is a given name left out of the name after it: listed in ``data/first_names.tsv``, in
    capitals, not itself a name the NER found, and opening its sentence or read as a preposition ('Per' of 'Per
    Olof Sandberg', which the tagger takes for 'per'); ``joined``: followed by a hyphen ('Per-Olof')."""
    if w.pos_ == "CCONJ" and w.is_title and not w.is_sent_start and w.ent_type_ == "" and not joined:
        return w.whitespace_ == " "  # Malay 'Nor' of 'Nor Azlina Abdul Karim': no conjunction is capitalised there
    return (w.is_sent_start or w.pos_ in ("ADP", "SCONJ")) and w.is_title and w.ent_type_ == "" \
        and w.whitespace_ == ("" if joined else " ") and w.lower_ in lexicons.first_names()
