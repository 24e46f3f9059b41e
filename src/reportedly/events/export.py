"""Exporting events as PLOVER JSONL records and ACLED-style CSV rows, with their claim status.

Only events reported as occurrences are exported (:func:`reportedly.events.gate.occurs`: a negated
'nobody was injured' is not; a refusal such as 'did not sign', PLOVER's REJECT, is). Both formats are
event datasets without attribution; each record here keeps it in extra fields:
``claim_status`` (asserted / claimed / denied / planned / ... with the statement, its class and the
actors holding it), ``statements`` (the linked statements' cue, source, content and class: speech,
cognition, sentiment or volition, so that a status held by a belief is told from one that was said) and
``reportedly_type`` (the category of what the text says happens, before PLOVER's folding of
future, conditional and refused acts, see :func:`reportedly.events.coding.plover_category`).

PLOVER fields follow the data chapter of the PLOVER manual (id, date, actor, recipient, event,
mode, context, event_loc, event_text, text_info, cite_info, size); ACLED columns follow ACLED's
public codebook where a field applies to what a news report says. Nothing is invented: a field
the text does not support is left empty.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..about import __version__
from ..model import Document, Event, EventActor, Place, actor_ids
from . import coding
from .background import BACKGROUND
from .gate import ARMED_SECTORS, occurs

# PLOVER's codes for international non-state actors (manual, 'Non-state international actors').
_ORG_CODES = {"ORG:UN": "UNO", "ORG:EU": "EUR"}
CODEBOOK = "PLOVER 2.0 (draft manual)"


def entity_code(country: str | None) -> str | None:
    """PLOVER country code: ISO3 for states, UNO/EUR/IGO for international organisations."""
    if country is None:
        return None
    if country.startswith("ORG:"):
        return _ORG_CODES.get(country, "IGO")
    return country


def _entity(doc: Document, a: EventActor) -> dict[str, Any]:
    linked = doc.actor(a.actor) if a.actor else None
    out: dict[str, Any] = {"code": entity_code(a.country), "sector": a.sector, "entity_text": a.text,
                           "start": a.spans[0][0], "end": a.spans[-1][1]}
    if linked is not None:
        out["identifier_text"] = linked.name
        out["actor_id"] = linked.id
        if linked.titles:
            out["office"] = linked.titles[0]
    return out


def _location(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    loc: dict[str, Any] = {"extracted_place": place.text, "resolved_place": place.name, "country_code": place.country,
                           "lat": place.lat, "lon": place.lon, "start": place.spans[0][0], "end": place.spans[-1][1]}
    loc["resolution"] = {"country": 1, "region": 2, "city": 4, "village": 5}.get(place.kind or "")
    if place.within is not None:
        loc["near"] = _location(place.within)
    return loc


def _status(doc: Document, e: Event) -> list[dict[str, Any]]:
    classes = {st.id: st.statement_class for st in doc.statements}
    out = []
    for s in e.status:
        ids = actor_ids(s.by)
        out.append({"status": s.status, "statement": s.statement, "statement_class": classes.get(s.statement or ""),
                    "by": [a.name for i in ids if (a := doc.actor(i)) is not None] or None})
    return out


def _statements(doc: Document, e: Event) -> list[dict[str, Any]]:
    ids = {s.statement for s in e.status if s.statement} | ({e.statement} if e.statement else set())
    out = []
    for st in doc.statements:
        if st.id in ids:
            names = doc.speaker_names(st) or ([st.source.text] if st.source.text else [])
            out.append({"id": st.id, "source": names, "cue": st.cue.text if st.cue else None,
                        "content": st.content.text, "class": st.statement_class})
    return out


def _size(e: Event) -> dict[str, Any]:
    """PLOVER 'size': dead / injured / arrested when the trigger says so, and every count as given."""
    size: dict[str, Any] = {}
    trigger = e.trigger.text.lower()
    people = [q for q in e.quantities if q.value is not None and q.unit and q.unit not in ("day", "days")]
    if people:
        if any(w in trigger for w in ("kill", "dead", "death", "massacre", "execut")):
            size["dead"] = int(people[0].value or 0)
        elif any(w in trigger for w in ("wound", "injur")):
            size["injured"] = int(people[0].value or 0)
        elif any(w in trigger for w in ("arrest", "detain", "detention", "round")):
            size["arrested"] = int(people[0].value or 0)
    if e.quantities:
        size["counts"] = [{"value": q.value, "unit": q.unit, "text": q.text, "approximate": q.approximate}
                          for q in e.quantities]
    return size


def plover_record(doc: Document, e: Event) -> dict[str, Any]:
    """One PLOVER JSON record for an event (see the module docstring for the extra fields)."""
    statuses = [s.status for s in e.status]
    date = (e.time.start if e.time and e.time.start else None) or doc.meta.published
    return {
        "id": f"{doc.id}-{e.id}",
        "date": date,
        "enddate": e.time.end if e.time and e.time.end and e.time.end != date else None,
        "actor": [_entity(doc, a) for a in e.actors],
        "recipient": [_entity(doc, a) for a in e.recipients],
        "event": [coding.plover_category(e.type, statuses)],
        "mode": [e.mode] if e.mode else [],
        "context": [c for c in e.context if c != BACKGROUND] + [c for c in _auxiliary(statuses) if c not in e.context],
        "event_loc": _location(e.place),
        "event_text": [doc.text[s:t] for s, t in e.trigger.spans],
        "text_info": {"spans": [list(sp) for sp in e.trigger.spans], "start": e.trigger.spans[0][0],
                      "end": e.trigger.spans[-1][1]},
        "cite_info": {"corpus": doc.id, "title": doc.meta.title, "url": doc.meta.url, "publication": doc.meta.outlet,
                      "language": "en", "coder": f"reportedly {__version__}", "codebook": CODEBOOK},
        "size": _size(e),
        "confidence": e.confidence,
        "reportedly_type": e.type,
        "claim_status": _status(doc, e),
        "statements": _statements(doc, e),
        "speech_act_of": e.statement,
    }


def _auxiliary(statuses: list[str]) -> list[str]:
    """PLOVER's auxiliary modes, which the manual puts in ``context``."""
    out = []
    if any(s in ("planned", "future") for s in statuses):
        out.append("future")
    if any(s in ("hypothetical", "conditional") for s in statuses):
        out.append("hypothetical")
    if "negated" in statuses:
        out.append("negation")
    return out


def plover(documents: Iterable[Document]) -> Iterator[dict[str, Any]]:
    """PLOVER records of every event of every document that reports it as an occurrence (:func:`occurs`:
    'nobody was injured' is none), except disasters and accidents (type OTHER, which PLOVER does not code)."""
    for doc in documents:
        for e in doc.events:
            if occurs(e) and e.type != "OTHER":
                yield plover_record(doc, e)


ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                 "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                 "fatalities", "tags", "timestamp"]
EXTRA_COLUMNS = ["reportedly_doc", "reportedly_event", "plover_event", "plover_mode", "claim_status", "statements",
                 "statement_classes", "confidence", "event_text", "event_start", "event_end"]

# ACLED's actor 'inter' codes from PLOVER sectors (state forces 1, rebels 2, militias 3/4, rioters 5,
# protesters 6, civilians 7, external forces 8).
_INTER = {"MIL": "1", "COP": "1", "GOV": "1", "REB": "2", "PRM": "3", "UAF": "3", "CVL": "7", "REF": "7",
          "JRN": "7", "MED": "7", "EDU": "7"}


NON_POLITICAL = frozenset({"crime", "disasters", "illegal_drugs", "trafficking", "corruption"})
"""PLOVER contexts of violence ACLED does not code unless an armed actor takes part (ordinary crime, accidents)."""


def _armed(doc: Document | None, actors: list[EventActor]) -> bool:
    """Whether any of the actors carries arms: an armed sector, or a state (its forces)."""
    for a in actors:
        if a.sector in ARMED_SECTORS:
            return True
        linked = doc.actor(a.actor) if doc is not None and a.actor else None
        if linked is not None and linked.type == "country":
            return True
    return False


def _acled_kind(e: Event, doc: Document | None = None) -> tuple[str, str, str]:
    """(disorder_type, event_type, sub_event_type) in ACLED's terms, '' where ACLED has no counterpart.

    ACLED codes political violence and the strategic developments around it: an event other than a protest in
    a report of crime or of a disaster (a context of the event or of any event of its report) where no armed
    actor (or state) takes part has no ACLED category.
    """
    mode = e.mode or ""
    civilians = any(a.sector == "CVL" for a in e.recipients)
    armed_actor, armed_target = _armed(doc, e.actors), _armed(doc, e.recipients)
    contexts = set(e.context) | ({c for x in doc.events for c in x.context} if doc is not None else set())
    if e.type != "PROTEST" and contexts & NON_POLITICAL and not (armed_actor or armed_target):
        return "", "", ""  # 'residents left their homes' in a flood, 'the court fined the owner' in a fraud case
    if e.type == "ASSAULT":
        if mode in ("aerial", "drone"):
            return "Political violence", "Explosions/Remote violence", "Air/drone strike"
        if mode == "heavy-weapons":
            return "Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack"
        if mode in ("explosives", "suicide-attack"):
            sub = "Suicide bomb" if mode == "suicide-attack" else "Remote explosive/landmine/IED"
            return "Political violence", "Explosions/Remote violence", sub
        if civilians or mode in ("abduct", "sexual", "torture", "targeted"):
            sub = {"abduct": "Abduction/forced disappearance", "sexual": "Sexual violence"}.get(mode, "Attack")
            return "Political violence", "Violence against civilians", sub
        return "Political violence", "Battles", "Armed clash"
    if e.type == "PROTEST":
        if mode == "riot":
            return "Demonstrations", "Riots", "Violent demonstration"
        return "Demonstrations", "Protests", "Peaceful protest"
    if e.type in ("AGREE", "CONCEDE") or (e.type == "RETREAT" and mode == "ceasefire"):
        return "Strategic developments", "Strategic developments", "Agreement"
    if e.type == "COERCE" and mode == "arrest":
        return "Strategic developments", "Strategic developments", "Arrests"
    if e.type == "RETREAT" and mode == "withdraw":
        return "Strategic developments", "Strategic developments", "Non-violent transfer of territory"
    if e.type in ("MOBILIZE", "COERCE", "SANCTION", "RETREAT"):
        return "Strategic developments", "Strategic developments", "Other"
    return "", "", ""


def _actor_name(doc: Document, a: EventActor) -> str:
    linked = doc.actor(a.actor) if a.actor else None
    name = linked.name if linked is not None else a.text
    return f"{name} ({a.country})" if a.country and a.country not in name else name


def acled_row(doc: Document, e: Event) -> dict[str, Any]:
    """One ACLED-style row for an event: ACLED's columns where they apply, then ours."""
    disorder, etype, sub = _acled_kind(e, doc)
    date = (e.time.start if e.time and e.time.start else None) or doc.meta.published or ""
    precision = "1" if e.time and e.time.grain == "day" else "2" if e.time and e.time.grain in ("week", "range") \
        else "3" if e.time else ""
    actor1 = e.actors[0] if e.actors else None
    actor2 = e.recipients[0] if e.recipients else None
    inter1 = _INTER.get(actor1.sector or "", "") if actor1 else ""
    inter2 = _INTER.get(actor2.sector or "", "") if actor2 else ""
    place = e.place
    geo = "" if place is None or place.name is None else {"city": "1", "village": "1", "region": "2",
                                                          "country": "3"}.get(place.kind or "", "")
    fatalities = _size(e).get("dead", "")
    return {
        "event_id_cnty": f"{doc.id}-{e.id}",
        "event_date": date,
        "year": date[:4] if date else "",
        "time_precision": precision,
        "disorder_type": disorder,
        "event_type": etype,
        "sub_event_type": sub,
        "actor1": _actor_name(doc, actor1) if actor1 else "",
        "assoc_actor_1": "; ".join(_actor_name(doc, a) for a in e.actors[1:]),
        "inter1": inter1,
        "actor2": _actor_name(doc, actor2) if actor2 else "",
        "assoc_actor_2": "; ".join(_actor_name(doc, a) for a in e.recipients[1:]),
        "inter2": inter2,
        "interaction": f"{inter1}{inter2}" if inter1 and inter2 else "",
        "civilian_targeting": "Civilian targeting" if inter2 == "7" and e.type == "ASSAULT" else "",
        "iso": place.country if place and place.country and not place.country.startswith("ORG:") else "",
        "region": "",
        "country": place.country if place and place.country else "",
        "admin1": "",
        "admin2": "",
        "admin3": "",
        "location": (place.name or place.text) if place else "",
        "latitude": place.lat if place and place.lat is not None else "",
        "longitude": place.lon if place and place.lon is not None else "",
        "geo_precision": geo,
        "source": doc.meta.outlet or doc.meta.source or doc.id,
        "source_scale": "",
        "notes": _note(doc, e),
        "fatalities": fatalities,
        "tags": "; ".join(sorted({s.status for s in e.status})),
        "timestamp": "",
        "reportedly_doc": doc.id,
        "reportedly_event": e.id,
        "plover_event": coding.plover_category(e.type, [s.status for s in e.status]),
        "plover_mode": e.mode or "",
        "claim_status": "; ".join(_status_text(doc, s) for s in _status(doc, e)),
        "statements": "; ".join(s["id"] for s in _statements(doc, e)),
        "statement_classes": "; ".join(s["class"] for s in _statements(doc, e)),
        "confidence": e.confidence,
        "event_text": e.trigger.text,
        "event_start": e.trigger.spans[0][0],
        "event_end": e.trigger.spans[-1][1],
    }


def _status_text(doc: Document, s: dict[str, Any]) -> str:
    who = f" by {' & '.join(s['by'])}" if s.get("by") else ""
    where = f" ({s['statement']})" if s.get("statement") else ""
    return f"{s['status']}{who}{where}"


def _note(doc: Document, e: Event) -> str:
    """The sentence of the event, as ACLED's notes summarise the report."""
    start, end = e.trigger.spans[0]
    left = max(doc.text.rfind(". ", 0, start), doc.text.rfind("\n", 0, start))
    right_dot = doc.text.find(". ", end)
    right_nl = doc.text.find("\n", end)
    right = min(x for x in (right_dot, right_nl, len(doc.text)) if x >= 0)
    return " ".join(doc.text[left + 1:right + 1].split())


def write_acled(documents: Iterable[Document], out: IO[str]) -> int:
    """Write the CSV header and one row per event that occurs (:func:`occurs`), disasters and accidents (type
    OTHER) left out; returns the rows written."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS + EXTRA_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for doc in documents:
        for e in doc.events:
            if not occurs(e) or e.type == "OTHER":
                continue  # 'did not attack', 'nobody was injured': no occurrence; a fire is no ACLED event
            writer.writerow(acled_row(doc, e))
            n += 1
    return n
