"""Speech happenings: a news conference, a post, an interview or an address that reports tell as such.

PLOVER codes what actors do to each other, not that a leader held a news conference or posted on social media;
but a reader following a story counts "the president's post on Friday" or "the minister's press conference" as
something that happened, which many outlets report and quote. A statement whose channel
(:class:`reportedly.model.Channel`, from ``data/channels.tsv``) is such an occasion becomes an event of type
``OTHER`` (never exported as a PLOVER or ACLED event) so that happenings can join the reports of one occasion.

In: a document's statements and actors. Out: :func:`speech_events`, one :class:`~reportedly.model.Event` per
speaker and channel of the document (several quotes from one news conference are one event; two days told apart
are two), with the context mark ``speech``, the speaker as its actor, the channel words as its trigger, the
statement's time expression (or one that ends the channel's words) as its time and the first statement as its
``statement``. Statements with no linked speaker make none.
"""

from __future__ import annotations

import re
from datetime import date

from ..model import Actor, ClaimStatus, Content, Event, EventActor, Statement, TimeRef, actor_ids, span_text
from ..text import timex

CONTEXT = "speech"
"""The context mark of these events (:attr:`reportedly.model.Event.context`), which happenings read as their family."""
OCCASIONS = frozenset({"press_conference", "social_media", "interview", "broadcast"})
"""Channel kinds that are an occasion of their own (a statement 'in a statement' or 'to reporters' is not)."""


_PREP = re.compile(r"\s(?:on|at|in|late|early|last|this)\s")


def channel_time(channel_text: str, start: int, published: date | None) -> TimeRef | None:
    """The time phrase that ends a channel's words ('in a post on X on Tuesday'), resolved; the parser hangs it on
    the platform, so the statement has none of its own. ``start`` is the channel's first character."""
    for m in _PREP.finditer(channel_text):
        phrase = channel_text[m.start() + 1:]
        if timex.is_time_phrase(phrase):
            r = timex.resolve(phrase, published, "past")
            lo = start + m.start() + 1
            return TimeRef(text=phrase, spans=[(lo, lo + len(phrase))], start=r.start.isoformat() if r else None,
                           end=r.end.isoformat() if r else None, grain=r.grain if r else "unknown")
    return None


def speech_events(statements: list[Statement], actors: list[Actor], first_id: int, text: str,
                  published: date | None = None) -> list[Event]:
    """The speech happenings of a document (see the module doc) of this ``text``, with ids ``e<first_id>``,
    ``e<first_id+1>``...; ``published`` resolves a time phrase inside the channel's words."""
    by_id = {a.id: a for a in actors}
    found: list[tuple[tuple[str, str], Event]] = []
    for st in statements:
        ch = st.channel
        if ch is None or ch.kind not in OCCASIONS or not ch.spans:
            continue
        ids = actor_ids(st.source.actor)
        speakers = [by_id[i] for i in ids if i in by_id]
        if not speakers:
            continue
        time = st.time or channel_time(ch.text, ch.spans[0][0], published)
        key = (",".join(sorted(ids)), ch.platform or ch.kind)
        day = time.start if time else None
        # one occasion per speaker and channel in a report, unless the report dates two apart ('the news
        # conference' after 'a news conference on Tuesday' is that one)
        n = next((n for n, (k, e) in enumerate(found) if k == key and (
            day is None or e.time is None or e.time.start is None or e.time.start == day)), None)
        if n is not None:
            e = found[n][1]
            spans = [(a, b) for a, b in sorted({*map(tuple, e.trigger.spans), *map(tuple, ch.spans)})]
            trigger = Content(text=span_text(text, spans), spans=spans)
            found[n] = (key, e.model_copy(update={"trigger": trigger,
                                                  "time": e.time if e.time and e.time.start else time or e.time}))
            continue
        found.append((key, Event(
            id="", type="OTHER", trigger=Content(text=ch.text, spans=list(ch.spans)),
            actors=[EventActor(actor=a.id, text=st.source.text or a.name, spans=list(st.source.spans),
                               country=a.country) for a in speakers],
            time=time, context=[CONTEXT], status=[ClaimStatus(status="asserted")], confidence=st.confidence,
            statement=st.id)))
    events = [e for _, e in found]
    return [e.model_copy(update={"id": f"e{first_id + n}"}) for n, e in enumerate(events)]
