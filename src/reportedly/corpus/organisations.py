"""Organisations across reports: one corpus actor per body, whatever name, order or acronym a report uses.

In: a document actor of type organization (or unknown, or a group or person written as an acronym or as a
news agency) and its document; out: a :class:`~.decisions.Decision`. :class:`OrganisationRules` is one
part of :class:`reportedly.corpus.actors.Linker`. The rules:

* a body is compared by :func:`~reportedly.corpus.titles.org_body`: country words out (adjective,
  possessive or "of Country"), "Ministry of Defence" as "defence ministry", company forms and
  qualifiers out ("Brovik Trä AB", "the municipal government"), and the aliases of
  ``data/org_words.tsv`` ("MoD", "MFA", "General Staff of the Armed Forces");
* a news agency of ``data/agencies.tsv`` is one actor under any of its names ("Xinhua", "Xinhua news agency");
* an acronym the report defines ("Joint Press Directorate (JPD)") is that body, in this report and in
  reports that use the acronym alone; an acronym a report does not define joins the one stored body
  whose initials it is, with a country that does not conflict (and waits for one when there is none);
* a body with no country takes one from the report: a country written at the mention ("Russia’s defence
  ministry", "the home ministry in Kathmandu", "In Nepal, the home ministry ..."), else another actor
  with the same body and a country;
* a body with no country that is the end of another body the report names ("the ministry", "the
  district administration") is that body; a head noun alone with none ("the ministry") stays in its
  report, since "the ministry" of one report is not that of another; a one-word name that is a word of
  one body the report names ("Cheongun" for "Cheongun Chemical Co.") is that body;
* else a named body with no country (one with a word that names it, or of three words or more: "Zibo
  Emergency Management Bureau", "Kvarnholm", "Electoral Appeals Court") joins the one stored body of that
  name or ending, or whose distinctive word a one-word name is ("Kvarnholm" for "Kvarnholm Shipping");
  when there are several it stays apart, and when there is none it waits for one. A body every country
  has ("the army", "the foreign ministry") is not joined this way: that there is one so far says nothing;
* a company described only by its tie and a country ('the Swedish unit', 'its Korean partner') is the one company
  of the report stored with that country; with none it is a source of its report, not an actor across reports;
* an "organisation" named like a person ("K S Martolia", a full name a stored person has) is that person.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Actor, Document
from ..text import lexicons
from ..text.acronym_names import report_acronyms
from ..text.org_names import initials, is_acronym, letters
from ..text.person_names import parse
from .bodies import TranslatedBodies, continued_name
from .body_titles import company_stem, personal_title
from .decisions import Decision
from .names import fold_word, normalise, person_name
from .not_actors import quoted_only
from .report_bodies import (
    ORG_TYPES,
    ReportBodies,
    countries_in,
    distinctive,
    is_described,
    is_proper,
    named,
    owned_words,
    place_countries,
)
from .terms import sentence_end, sentence_start
from .titles import institution_heads, is_head, org_body, org_words

_SUMMONED = re.compile(r"\s+(?:has\s+|had\s+)?(?:summoned|expelled)\b")
"""A body that summons or expels an envoy: the envoy's country after it is the other side's."""

class OrganisationRules(TranslatedBodies, ReportBodies):
    """The organisation rules of the corpus linker (a part of :class:`reportedly.corpus.actors.Linker`)."""

    _acronyms_of: tuple[Document, dict[str, str]] | None = None

    def _defined(self, doc: Document) -> dict[str, str]:
        """:func:`report_acronyms` of a document (the last document's are kept, with the document itself: a freed
        document's id is reused by the next one)."""
        if self._acronyms_of is None or self._acronyms_of[0] is not doc:
            self._acronyms_of = (doc, report_acronyms(doc.text))
        return self._acronyms_of[1]

    def _country_of_context(self, a: Actor, doc: Document, body: str) -> tuple[str | None, str]:
        """The one country the sentence of a mention names (a country, its adjective or possessive, or a big city
        of it; not one after 'in', 'at', 'to' ...), else the one its paragraph names, else the dateline's, else of
        the countries the report names (or its actors have) the one whose ``body`` is stored; (code, where) or
        (None, ''). For a body every country has ('the army', 'the foreign ministry') that the report does not tie
        to a country at the mention."""
        text = doc.text
        for _, end in a.mentions:  # 'the Foreign Office summoned India's chargé d'affaires': whom it summoned
            if (m := _SUMMONED.match(text, end)) is not None:
                stop = sentence_end(text, end)
                text = text[:m.end()] + " " * (stop - m.end()) + text[stop:]
        for start, end in a.mentions:
            found = countries_in(text[sentence_start(text, start) + 1:sentence_end(text, end)])
            if len(found) == 1:
                return next(iter(found)), "sentence"
        for start, end in a.mentions:
            lo, hi = text.rfind("\n\n", 0, start), text.find("\n\n", end)
            found = countries_in(text[lo + 1:hi if hi >= 0 else len(text)])
            if len(found) == 1:
                return next(iter(found)), "paragraph"
        if doc.meta.dateline:  # 'GÄVLE (TT) –': a report from Sweden
            dated = {c for c in [lexicons.country_code(doc.meta.dateline)] if c} or place_countries(doc.meta.dateline)
            if len(dated) == 1:
                return dated.pop(), "dateline"
        found = countries_in(text, True) | {o.country for o in doc.actors if o.country}
        stored = {r["country"] for r in self._stored_orgs("body", body)
                  if r["key"] == f"organization:{body}|{r['country']}"
                  and r["country"] in found}
        return (stored.pop(), "stored body of the report's countries") if len(stored) == 1 else (None, "")

    def _by_organisation(self, a: Actor, doc: Document, borrowed: dict[str, str], alone_key: str) -> Decision:
        """The corpus organisation of ``a`` (see the module doc)."""
        agency = lexicons.agency(a.name)
        if agency is not None:
            k = f"{agency.name.lower()}|{agency.country}"
            return Decision(f"organization:{k}", agency.name, "organization", agency.country,
                            {"rule": "news agency", "agency": agency.name})
        if (whole := continued_name(a, doc)) is not None:  # 'International Cooperation' of a ministry's name
            d = self._by_organisation(whole, doc, {}, alone_key)
            d.evidence = {**d.evidence, "cut_from": whole.name}
            return d
        evidence: dict[str, Any] = dict(borrowed)
        name, kind = a.name, a.type
        acr = a.name.strip().removeprefix("the ").strip()
        names: list[tuple[str, str]] = []
        if len(words := name.split()) >= 3 and is_acronym(words[-1]) and not any(map(is_acronym, words[:-1])) \
                and org_body(words[-1])[0] == words[-1].lower() and len(org_body(" ".join(words[:-1]))[0].split()) > 1:
            name = " ".join(words[:-1])  # 'the human rights observatory OCDH': a name and its acronym
            names.append(("acr", words[-1].lower()))
        waits: str | None = None
        if is_acronym(acr) and org_body(acr)[0] == acr.lower():  # not an alias ('MoD')
            long = self._defined(doc).get(acr)
            if long is not None:
                name, kind = long, "organization"
                evidence["acronym"] = {acr: long}
                names.append(("acr", acr.lower()))
            elif (d := self._by_acronym(a, acr)) is not None:
                return d
            else:
                waits = f"acr:{acr.lower()}"  # a report that names the body may come later
        elif (d := self._as_person(a, doc)) is not None:
            return d
        body, code = org_body(name)
        country = code or a.country
        if waits is None and " " not in body and body in institution_heads() and not code and not is_proper(name) \
                and self._same_body_in_document(a, body, doc) is None:
            spelled = {long for long in self._defined(doc).values() if org_body(long)[0].endswith(" " + body)}
            if len(spelled) == 1:  # 'the union' where the report spells out "Coast and Port Workers' Union (KHF)"
                name = spelled.pop()
                evidence["spelled_out_in_document"] = name
                body, code = org_body(name)
                country = code or a.country
        if waits is None and (other := self._same_head_in_document(a, body, country, doc)) is not None:
            d = self._by_organisation(other, doc, {}, alone_key)
            d.name = a.name
            d.evidence = {**d.evidence, "same_as_in_document": other.name, "why": "the one body of the report "
                          "with that head noun"}
            return d
        if not country and waits is None:
            other = self._same_body_in_document(a, body, doc)
            if other is not None:
                borrowed_other: dict[str, str] = {}
                if not other.country:
                    other, borrowed_other = self._country_from_document(other, doc)
                d = self._by_organisation(other, doc, borrowed_other, alone_key)
                d.name = a.name  # (and what the report's body waits for, it waits for too)
                d.evidence = {**d.evidence, "same_as_in_document": other.name}
                return d
            elif named(body, name) and (d := self._by_stored_body(a, body)) is not None:
                return d
            elif is_head(body):
                return Decision(f"generic:{normalise(a.name)}{alone_key}", a.name, kind, None,
                                {"rule": "alone", "why": f"'{a.name}' names no one body across reports"}, alone=True)
            elif not named(body, name) and (" " in body or body in institution_heads()):
                d = self._by_body_of_report(a, body, doc)
                if d is not None:
                    return d
                waits = f"tail:{body}"  # the report's 'Gävle Port Authority' may be stored later
                if not any(w[:1].isupper() and place_countries(w) for w in name.split()) \
                        and not quoted_only(a, doc):  # not 'Zibo police'; not a speaker's "the government"
                    country, where = self._country_of_context(a, doc, body)  # 'the army' in a report about India
                    if country:
                        evidence[f"country_from_{where}"] = country
            elif named(body, name):
                waits = f"fsurname:{fold_word(body)}" if " " not in body else f"tail:{body}"
        if country and not is_proper(name) and ((d := self._by_national_body(a, body, country)) is not None
                                              or (d := self._by_described_words(a, body, country)) is not None):
            return d
        if country and not is_proper(name) and waits is None and len(body.split()) > 1:
            waits = f"tail:{body}"  # "Kyrgyzstan's State Border Service" may be stored later
        if country and not is_proper(name) and body.split()[-1] in org_words().stake \
                and (other := self._company_of_country(a, country, doc)) is not None:
            d = self._by_organisation(other, doc, {}, alone_key)
            d.name = a.name
            d.evidence = {**d.evidence, "same_as_in_document": other.name,
                          "why": "the one company of the report stored with that country"}
            return d
        if not names and ((not country and is_described(name))  # 'the new parliament', 'the tehsil office'
                          or (body in org_words().stake and not is_proper(name))):  # 'Swedish unit': no company found
            return Decision(f"generic:{normalise(a.name)}{alone_key}", a.name, kind, None,
                            {"rule": "generic", "why": "a body described with no name and no country (or by a tie to "
                             "a company the report does not name) is a source in its report, not an actor across "
                             "reports", **evidence}, alone=True, waits_for=waits)
        if country and not names and (d := self._by_other_service(a, body, country)) is not None:
            return d
        if not names and not (waits or "").startswith("acr:") and is_proper(name) \
                and (d := self._by_translated_name(a, name, body, country)) is not None:
            return d
        if kind == "unknown" and (body.split()[-1] in institution_heads() or names):
            kind = "organization"
        k = f"{body}|{country or ''}"
        names += [("acr", x) for x in sorted(initials(name))] + [("body", body)]
        names += [("acrset", letters(x)) for x in sorted(initials(name)) if len(x) >= 3]
        for acr in (x for x, long in self._defined(doc).items() if len(x) >= 3 and org_body(long)[0] == body):
            names += [("acr", acr.lower()), ("acrdef", acr.lower()), ("acrdefset", letters(acr))]  # '... (CNE)'
        words = body.split()
        names += [("tail", " ".join(words[i:])) for i in range(1, len(words) - 1)]
        if len(words) > 1 and words[-1] in institution_heads():
            names.append(("tail", words[-1]))  # 'the government' for 'Zibo municipal government'
        if len(words) > 1:
            names.append(("tail", body))  # what a body of this name with no country waits for
        if company_stem(body):
            names.append(("stem", company_stem(body)))  # 'kgolo platinum' of 'Kgolo Platinum Mines'
        names += [("orgword", w) for w in owned_words(name, body)]
        # a one-word name waits under 'fsurname' whether it is read as a person or a body: both hear of this one
        names += [("fsurname", fold_word(w)) for w in owned_words(name, body)]
        return Decision(f"organization:{k}", a.name, kind, country, {"rule": "organisation", "name": k, **evidence},
                        names, waits_for=waits)

    def _by_body_of_report(self, a: Actor, body: str, doc: Document) -> Decision | None:
        """A kind of body described with no country ('the port authority', 'the district administration'): the one
        stored body of that ending that is the report's: one whose name holds a place ('Gävle Port Authority',
        'Pithoragarh district administration') when the report names that place; another when its country is a
        country of the report (of its actors, or of its dateline's place). None when there is none or several."""
        countries = {o.country for o in doc.actors if o.country}
        if doc.meta.dateline:  # 'GÄVLE (TT) –': a report from Sweden
            countries |= {c for c in [lexicons.country_code(doc.meta.dateline)] if c} or place_countries(
                doc.meta.dateline)
        rows = {}
        for kind in ("body", "tail"):
            for r in self._stored_orgs(kind, body):
                if r["key"].startswith(f"organization:{body}|"):
                    continue
                local = [w for w in r["name"].split() if w[:1].isupper() and place_countries(w)
                         and not lexicons.country_code(w)]
                other = r["key"].partition("|")[0]  # one body stored with and without its country: the one with it
                if ((local and all(w in doc.text for w in local)) or (not local and r["country"] in countries)) \
                        and (other not in rows or r["country"]):
                    rows[other] = r
        if len(rows) != 1:
            return None
        r = next(iter(rows.values()))
        return Decision(r["key"], r["name"], "organization", r["country"],
                        {"rule": "organisation", "name": body, "same body": r["name"],
                         "why": "the one stored body of that kind the report's place or country has"}, [("body", body)])

    def _by_national_body(self, a: Actor, body: str, country: str) -> Decision | None:
        """A country's body described in lower case ("India's disaster response force", "Sweden's maritime
        regulator"): the one stored body with no other country whose name is that body (a describing word such as
        'regulator' read as any head it may stand for: 'maritime inspectorate') after a national word ('National
        Disaster Response Force', 'National Maritime Inspectorate'; not 'State Disaster Response Force'); else None."""
        table = org_words()
        words = body.split()
        tails = [body]
        for word, heads in table.describes:
            if words and words[-1] == word:
                tails += [" ".join([*words[:-1], h]) for h in heads]
        rows, owned = {}, {}
        for tail in tails:
            for r in self._stored_orgs("tail", tail):
                other = r["key"].removeprefix("organization:").partition("|")[0]
                extra = other.split()[:-len(tail.split())]
                if extra and all(w in table.national for w in extra) and r["country"] in (None, country) \
                        and (other not in rows or r["country"]):  # the one stored with the country, if any
                    rows[other] = r
                elif extra and len(words) > 1 and r["country"] == country and org_body(r["name"])[1] == country:
                    owned[other] = r  # "Kyrgyzstan's State Border Service": its name says whose it is
        if not rows and len(owned) == 1:  # 'the Kyrgyz border service' (not 'India's ... force' for a State force)
            rows = owned
        if len(rows) != 1:
            return None
        other, r = next(iter(rows.items()))
        return Decision(r["key"], r["name"], "organization", r["country"],
                        {"rule": "organisation", "name": f"{body}|{country}", "national body": r["name"],
                         "why": "the one stored body of that country named with a national word"}, [("body", body)],
                        waits_for=None if r["country"] else f"tail:{other}")  # it may be stored with its country

    def _by_described_words(self, a: Actor, body: str, country: str) -> Decision | None:
        """A country's body described by a word of its name and a word for any body ('a Hong Kong labour group',
        'labor group'): the one stored body of that country (or of none) whose name holds the words; else None."""
        last = a.name.split()[-1].lower() if a.name.split() else ""
        if not any(word == last and heads == ("*",) for word, heads in org_words().describes):
            return None
        words = owned_words(a.name, body)
        if not words:
            return None
        rows: dict[str, Any] = {}
        for w in words:
            found = {r["key"].partition("|")[0]: r for r in self._stored_orgs("orgword", w)
                     if r["country"] in (None, country)}
            rows = found if not rows else {k: r for k, r in rows.items() if k in found}
            if not rows:
                return None
        if len(rows) != 1:
            return None
        r = next(iter(rows.values()))
        return Decision(r["key"], r["name"], "organization", r["country"],
                        {"rule": "organisation", "name": f"{body}|{country}", "described": r["name"],
                         "why": "the one stored body of that country with these words in its name"}, [("body", body)])

    def _company_of_country(self, a: Actor, country: str, doc: Document) -> Actor | None:
        """The one company the report names in capitals whose stored body has ``country`` ('Cheongun Chemical' for
        'its South Korean partner'); else None."""
        table = org_words()
        found: dict[str, Actor] = {}
        for o in doc.actors:
            if o.id == a.id or o.type not in ORG_TYPES or not is_proper(o.name) or is_acronym(o.name):
                continue
            other = org_body(o.name)[0]
            last = o.name.split()[-1].lower().rstrip(".")
            if not (last in table.suffixes or (distinctive(other) and other.split()[-1] not in institution_heads())):
                continue  # not a company
            if any(r["country"] == country for r in self._stored_orgs("body", other)):
                found[other] = o
        found = {b: o for b, o in found.items() if not any(b != c and set(b.split()) < set(c.split()) for c in found)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _stored_orgs(self, kind: str, value: str) -> list[Any]:
        return self.db.execute(  # type: ignore[attr-defined]
            """SELECT DISTINCT c.* FROM corpus_actor_names n JOIN corpus_actors c ON c.id = n.corpus_actor
               WHERE n.kind = ? AND n.value = ? AND c.type IN ('organization', 'unknown')
               AND instr(c.key, '@') = 0 ORDER BY c.id""", (kind, value)).fetchall()

    def _by_stored_body(self, a: Actor, body: str) -> Decision | None:
        """A body with no country: the one stored body with that name or ending, or whose distinctive word it is
        (a one-word name); None when there is none or several."""
        if " " in body or body in institution_heads():
            rows = {r["id"]: r for kind in ("body", "tail") for r in self._stored_orgs(kind, body)
                    if r["key"] != f"organization:{body}|"}
            how = "same body"
            if not rows:  # 'Kgolo Platinum' and 'Kgolo Platinum Mines': one name with a company's last word
                rows = {r["id"]: r for kind, value in (("stem", body), ("body", company_stem(body)))
                        if value for r in self._stored_orgs(kind, value) if r["key"] != f"organization:{body}|"}
                how = "same name without a company word"
        else:
            rows = {r["id"]: r for r in self._stored_orgs("orgword", body)}
            how = "short name"
        r = self._dominant(list(rows.values()))
        if r is None:
            return None
        return Decision(r["key"], r["name"], "organization", r["country"],
                        {"rule": "organisation", "name": body, how: r["name"],
                         "why": "the one stored body of that name"}, [("body", body)])

    def _dominant(self, rows: list[Any]) -> Any | None:
        """The one candidate, or of several the one in at least three times as many documents as all the others
        together ('Kvarnholm Shipping' over 'Kvarnholm Shipping SEK', a slip of one report); else None."""
        if len(rows) <= 1:
            return rows[0] if rows else None
        counts = sorted(((self.db.execute(  # type: ignore[attr-defined]
            "SELECT COUNT(DISTINCT doc) FROM actors WHERE corpus_actor = ?", (r["id"],)).fetchone()[0], r["id"], r)
            for r in rows), key=lambda x: (-x[0], x[1]))
        return counts[0][2] if counts[0][0] >= 3 * sum(c for c, _, _ in counts[1:]) else None

    def _by_acronym(self, a: Actor, acr: str) -> Decision | None:
        """An acronym the report does not define: the one stored body with those initials and no other country;
        with none, the one whose initials are its letters in another order ('CNE' for the 'National Electoral
        Council', named in English, of the Consejo Nacional Electoral)."""
        for kind, value in (("acr", acr.lower()), ("acrset", letters(acr))):
            found: dict[str, Any] = {}
            for r in self._stored_orgs(kind, value):
                other = r["key"].partition("|")[0]  # one body stored with and without its country: the one with it
                if not (a.country and r["country"] and r["country"] != a.country) \
                        and (other not in found or r["country"]):
                    found[other] = r
            if found or len(acr) < 3:
                break
        if len(found) != 1:
            return None
        r = next(iter(found.values()))
        return Decision(r["key"], r["name"], "organization", a.country or r["country"],
                        {"rule": "acronym", "acronym": acr, "joins": r["name"], **(
                            {"how": "initials in another order"} if kind == "acrset" else {})}, [("acr", acr.lower())],
                        waits_for=None if r["country"] else f"acr:{acr.lower()}")  # it may be stored with a country

    def _as_person(self, a: Actor, doc: Document | None = None) -> Decision | None:
        """An organisation or unknown actor named like a person: initials and a family name ('K S Martolia'), a
        full name that one stored person has ('Devesh Sharma'), or one word that is the given name of the one
        person of the report named in full with it ('Azlan' for 'Datuk Seri Azlan Rahmat'); the person decision, or
        None."""
        parts = parse(a.name)
        table = org_words()
        if doc is not None and (d := self._by_nickname(a, doc)) is not None:  # type: ignore[attr-defined]
            return d  # 'whom supporters call "La Jefa"'
        if doc is not None and len(parts.words) == 1 and not is_acronym(a.name):
            d = self._by_first_name(a.model_copy(update={"type": "person"}), parts.words[0], doc)  # type: ignore
            if d is not None and d.evidence.get("person_in_document"):
                d.evidence = {**d.evidence, "typed": a.type}
                return d
        if parts.bare or len(parts.words) < 2 or any(w in institution_heads() or w in table.suffixes
                                                      or w in table.heads for w in parts.words) \
                or lexicons.people_nouns().get(a.name.split()[-1].lower()) in ("body", "speaking"):
            return None  # 'Zibo Rongda-Cheongun Fine Chemicals Co': a company; 'UN Assistance Mission': a body
        full = person_name(a.name)
        person = a.model_copy(update={"type": "person"})
        initial = any(len(w) == 1 for w in parts.words[:-1]) and len(parts.words[-1]) > 1
        if not initial and not self._candidates("name", full):  # type: ignore[attr-defined]
            d = self._by_parts(person, full, set())  # type: ignore[attr-defined]  # 'Han Ji yeon' / 'Ji-yeon Han'
            if d is None:
                return None
        else:
            d = self._by_full_name(person, full)  # type: ignore[attr-defined]
        d.evidence = {**d.evidence, "typed": a.type}
        return d

    def _person_as_organisation(self, a: Actor) -> Decision | None:
        """A 'person' whose name is the body of one stored organisation ('Zibo Rongda-Cheongun Fine Chemicals'), or
        a one-word 'person' that is the distinctive word of one stored organisation ('Cheongun') while no stored
        person has that family name: that organisation, or None."""
        if any(personal_title(t) for t in a.titles) or parse(a.name).ranks:
            return None  # a person with a title or rank is a person (not "Deltamar, the local subsidiary of ...")
        body = org_body(a.name)[0]
        if " " in body:  # (or whose name is this one and a company, civic or media word: 'Roj Relief Network')
            rows = {r["id"]: r for kind in ("body", "stem") for r in self._stored_orgs(kind, body)}
        elif body in distinctive(body) and not self._candidates("fsurname", fold_word(body)):  # type: ignore
            rows = {r["id"]: r for r in self._stored_orgs("orgword", body)}
        else:
            return None
        rows = {i: r for i, r in rows.items() if self.db.execute(  # type: ignore[attr-defined]
            "SELECT 1 FROM actors WHERE corpus_actor = ? LIMIT 1", (i,)).fetchone()}  # not one whose actors moved on
        r = self._dominant(list(rows.values()))
        if r is None:
            return None
        if " " in body and (p := self._by_parts(a, person_name(a.name), set())) is not None \
                and self.db.execute(  # type: ignore[attr-defined]
                    """SELECT 1 FROM actors x JOIN documents d ON d.pk = x.doc JOIN corpus_actors c
                       ON c.id = x.corpus_actor WHERE c.key = ? AND d.hash != ? LIMIT 1""",
                    (p.key, self._doc_hash)).fetchone():  # type: ignore[attr-defined]
            return None  # a person of other reports ('Efraín Castellanos Murillo', once stored as a body)
        return Decision(r["key"], r["name"], "organization", r["country"],
                        {"rule": "organisation", "name": body, "same body": r["name"], "typed": a.type},
                        [("body", body)])
