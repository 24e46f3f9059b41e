"""Organisations across reports: one corpus actor per body, whatever name, order or acronym a report uses.

In: a document actor of type organization (or unknown) and its document; out: a
:class:`~.decisions.Decision`. :class:`OrganisationRules` is one part of
:class:`reportedly.corpus.actors.Linker`. The rules:

* a body is compared by :func:`~reportedly.corpus.titles.org_body`: country words out (adjective,
  possessive or "of Country"), "Ministry of Defence" as "defence ministry", and the aliases of
  ``data/org_words.tsv`` ("MoD", "MFA", "General Staff of the Armed Forces");
* an acronym the report defines ("Joint Press Directorate (JPD)") is that body, in this report and in
  reports that use the acronym alone; an acronym a report does not define joins the one stored body
  whose initials it is (of its content words or of all its words), with a country that does not
  conflict;
* a body with no country takes its country from the report: another actor with the same body and a
  country, or a country written just before a mention ("Russia’s defence ministry");
* a head noun alone ("the ministry", "the directorate") is the one body of that kind the report names;
  with none, it stays in its report, since "the ministry" of one report is not that of another.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Actor, Document
from ..text import lexicons
from ..text.org_names import defined_acronyms, initials, is_acronym
from .decisions import Decision
from .names import normalise
from .titles import is_head, org_body

_POSSESSIVE = re.compile(r"(?<![\w.])([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})['’]s\s+$")
_ORG_TYPES = ("organization", "unknown")


class OrganisationRules:
    """The organisation rules of the corpus linker (a part of :class:`reportedly.corpus.actors.Linker`)."""

    _acronyms_of: tuple[int, dict[str, str]] | None = None

    def _defined(self, doc: Document) -> dict[str, str]:
        """:func:`defined_acronyms` of a document (the last document's are kept)."""
        if self._acronyms_of is None or self._acronyms_of[0] != id(doc):
            self._acronyms_of = (id(doc), defined_acronyms(doc.text))
        return self._acronyms_of[1]

    def _country_from_document(self, a: Actor, doc: Document) -> tuple[Actor, dict[str, str]]:
        """'General Staff' in a report that also says "Ukraine's General Staff": the same body, of Ukraine;
        'defence ministry' written "Russia’s defence ministry": of Russia."""
        body = org_body(a.name)[0]
        kinds = _ORG_TYPES if a.type in _ORG_TYPES else (a.type,)
        for o in doc.actors:
            if o.id != a.id and o.type in kinds and o.country and org_body(o.name)[0] == body:
                return a.model_copy(update={"country": o.country}), {"country_from_document": o.name}
        for start, _ in a.mentions:
            m = _POSSESSIVE.search(doc.text[max(0, start - 40):start])
            code = None
            if m:
                words = m.group(1).split()
                code = next((c for k in range(len(words)) if (c := lexicons.country_code(" ".join(words[k:])))), None)
            if code:
                return a.model_copy(update={"country": code}), {"country_from_mention": m.group(0).strip()}
        return a, {}

    def _same_body_in_document(self, a: Actor, body: str, doc: Document) -> Actor | None:
        """The one other organisation of the document whose body ends with ``body`` ('the ministry' -> the
        defence ministry it names; 'the directorate' -> the Joint Press Directorate), or None."""
        found: dict[tuple[str, str | None], Actor] = {}
        for o in doc.actors:
            if o.id == a.id or o.type not in _ORG_TYPES or is_acronym(o.name):
                continue
            other, code = org_body(o.name)
            if other != body and other.endswith(" " + body):
                found.setdefault((other, code or o.country), o)
        return next(iter(found.values())) if len(found) == 1 else None

    def _by_organisation(self, a: Actor, doc: Document, borrowed: dict[str, str], alone_key: str) -> Decision:
        """The corpus organisation of ``a`` (see the module doc)."""
        evidence: dict[str, Any] = dict(borrowed)
        name, kind = a.name, a.type
        acr = a.name.strip().removeprefix("the ").strip()
        names: list[tuple[str, str]] = []
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
        body, code = org_body(name)
        country = code or a.country
        if is_head(body) and not country:
            other = self._same_body_in_document(a, body, doc)
            if other is None:
                return Decision(f"{kind}:{normalise(a.name)}{alone_key}", a.name, kind, None,
                                {"rule": "alone", "why": f"'{a.name}' names no one body across reports"}, alone=True)
            if not other.country:
                other, _ = self._country_from_document(other, doc)
            name, kind = other.name, "organization"
            body, code = org_body(other.name)
            country = code or other.country
            evidence["same_as_in_document"] = other.name
        if kind == "unknown" and (is_head(body.split()[-1]) or body.split()[-1] in ("ministry", "staff")):
            kind = "organization"
        k = f"{body}|{country or ''}"
        names += [("acr", x) for x in sorted(initials(name))]
        return Decision(f"{kind}:{k}", a.name, kind, country, {"rule": "organisation", "name": k, **evidence}, names,
                        waits_for=waits)

    def _by_acronym(self, a: Actor, acr: str) -> Decision | None:
        """An acronym the report does not define: the one stored body with those initials and no other country."""
        rows = self.db.execute(  # type: ignore[attr-defined]
            """SELECT DISTINCT c.* FROM corpus_actor_names n JOIN corpus_actors c ON c.id = n.corpus_actor
               WHERE n.kind = 'acr' AND n.value = ? AND c.type = 'organization' AND instr(c.key, '@') = 0""",
            (acr.lower(),)).fetchall()
        rows = [r for r in rows if not (a.country and r["country"] and r["country"] != a.country)]
        if len(rows) != 1:
            return None
        r = rows[0]
        return Decision(r["key"], r["name"], "organization", a.country or r["country"],
                        {"rule": "acronym", "acronym": acr, "joins": r["name"]}, [("acr", acr.lower())])
