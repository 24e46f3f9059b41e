"""Bodies under another name across reports: a country's armed service under another service's name, and a body
named in another language, tied by its acronym.

In: a document actor of type organization with its body (:func:`~reportedly.corpus.titles.org_body`) and country;
out: a :class:`~.decisions.Decision` joining a stored body, or None. :class:`TranslatedBodies` is a part of
:class:`reportedly.corpus.organisations.OrganisationRules` (and so of the corpus linker). The rules:

* a country's armed service with no stored body of its own name stands for the one stored service of that country
  it may stand for (``data/org_words.tsv`` kind 'force': "Cambodia's army" is the stored 'Royal Cambodian Armed
  Forces' when no Cambodian army is stored; never across countries);
* a named body that is not stored under its name is the one stored body whose acronym, defined in brackets in its
  report, its initials spell: in order when the acronym is not the stored name's own ('Consejo Nacional Electoral'
  for the 'National Electoral Council (CNE)'), or in another order when the two names share no word, as a name and
  its translation do ('National Renewal Movement' for 'Movimiento de Renovacion Nacional (MRN)', 'Democratic Unity
  Party' for 'Partido Unidad Democratica (PUD)');
* a name the recogniser cut at 'and' ("Ministry of Foreign Affairs" + "International Cooperation") is the body of the
  whole name (:func:`continued_name`): the words after 'and' are no actor of their own.
"""

from __future__ import annotations

from typing import Any

from ..model import Actor, Document
from ..text.org_names import force_stands_for, initials, institution_heads, letters
from .decisions import Decision
from .names import normalise


def continued_name(a: Actor, doc: Document) -> Actor | None:
    """The body a name cut by the recogniser at 'and' belongs to: when every mention of ``a`` follows ' and ' right
    after a mention of another body whose name has 'of' ('Ministry of Foreign Affairs'), and ``a`` has no head noun
    of its own ('International Cooperation'; not 'the Army', 'National Police'), that body with the whole name
    ("Cambodia's Ministry of Foreign Affairs and International Cooperation"); else None."""
    words = a.name.lower().split()
    if not words or not a.mentions or any(w in institution_heads() for w in words) or not a.name[:1].isupper():
        return None
    found: dict[str, Actor] = {}
    for start, _ in a.mentions:
        if doc.text[max(0, start - 5):start] != " and ":
            return None
        hit = next((o for o in doc.actors if o.id != a.id and o.type in ("organization", "unknown")
                    and " of " in f" {o.name.lower()} " and any(e == start - 5 for _, e in o.mentions)), None)
        if hit is None:
            return None
        found[hit.id] = hit
    if len(found) != 1:
        return None
    o = next(iter(found.values()))
    return o.model_copy(update={"name": f"{o.name} and {a.name}"})


class TranslatedBodies:
    """The service and translation rules of the corpus linker (see the module doc)."""

    def _by_other_service(self, a: Actor, body: str, country: str) -> Decision | None:
        """A country's armed service that its country has not stored, and the one service of that country it may
        stand for (``data/org_words.tsv`` kind 'force': "Cambodia's army" and the stored 'Royal Cambodian Armed
        Forces'); None when the country has the service of that name, or not the other."""
        other = force_stands_for(body)
        if not other or self.db.execute(  # type: ignore[attr-defined]
                "SELECT 1 FROM corpus_actors WHERE key = ?", (f"organization:{body}|{country}",)).fetchone():
            return None
        r = self.db.execute("SELECT * FROM corpus_actors WHERE key = ?",  # type: ignore[attr-defined]
                            (f"organization:{other}|{country}",)).fetchone()
        if r is None:
            return None
        return Decision(r["key"], r["name"], "organization", country,
                        {"rule": "organisation", "name": f"{body}|{country}", "service": r["name"],
                         "why": f"the country's one stored {other}, and no {body} of its own"})

    def _by_translated_name(self, a: Actor, name: str, body: str, country: str | None) -> Decision | None:
        """A named body that is not stored under its name, and the one stored body whose defined acronym its
        initials spell: in order, when the acronym is not the stored name's own initials ('Consejo Nacional
        Electoral' for the 'National Electoral Council (CNE)'; not 'Joint Planning Division' for the 'Joint Press
        Directorate (JPD)'), or in another order when the two names share no word, as a name and its translation do
        ('National Renewal Movement' for 'Movimiento de Renovacion Nacional (MRN)'); countries must not conflict.
        None otherwise."""
        if self.db.execute("SELECT 1 FROM corpus_actors WHERE key = ?",  # type: ignore[attr-defined]
                           (f"organization:{body}|{country or ''}",)).fetchone():
            return None
        own = {w for w in normalise(name).split() if w not in ("of", "the", "and")}
        found: dict[str, Any] = {}
        for x in sorted(initials(name)):
            if len(x) < 3:
                continue
            rows = [(r, True) for r in self._stored_orgs("acrdef", x)]  # type: ignore[attr-defined]
            rows += [(r, False) for r in self._stored_orgs("acrdefset", letters(x))]  # type: ignore[attr-defined]
            for r, exact in rows:
                if country and r["country"] and r["country"] != country:
                    continue
                stored = r["key"].removeprefix("organization:").partition("|")[0]  # the body's name, not 'JPD'
                theirs = set(normalise(r["name"]).split()) | set(stored.split())
                if (exact and x not in initials(r["name"]) | initials(stored)) or (not exact and not own & theirs):
                    found.setdefault(r["key"].partition("|")[0], r)
        if len(found) != 1:
            return None
        r = next(iter(found.values()))
        return Decision(r["key"], r["name"], "organization", country or r["country"],
                        {"rule": "organisation", "name": body, "initials": r["name"],
                         "why": "its initials spell the acronym of the one stored body"}, [("body", body)])
