"""Helpers for the store tests: hand-built documents and a fast stand-in for the NLP pipeline.

``quick_work`` has the signature of :func:`reportedly.corpus.workers.work` and builds real
:class:`~reportedly.model.Document` objects with standoff spans from sentences of the form
"<Name> said <content>." by a regular expression, in microseconds instead of a spaCy parse. The
crash test uses it so that twenty kill-and-rerun trials take seconds; what it exercises (hashing,
transactions, de-duplication, re-runs) does not depend on the parse.
"""

from __future__ import annotations

import os
import re
import signal
import time
from collections.abc import Iterator

from reportedly.errors import InputError
from reportedly.model import (
    Actor,
    ClaimStatus,
    Content,
    Cue,
    Document,
    Event,
    EventActor,
    Meta,
    Place,
    Source,
    Statement,
    TimeRef,
)
from reportedly.pipeline import Options
from reportedly.text.read import RawDocument

_SAID = re.compile(r"(?P<src>[A-Z][a-z]+(?: [A-Z][a-z]+)*) (?P<cue>said) (?P<content>[^.]+)\.")


def quick_document(raw: RawDocument) -> Document:
    """A Document from "<Name> said <content>." sentences (actors by name, one statement each)."""
    if "FAIL" in raw.text:
        raise InputError(raw.meta.source or raw.id, "stand-in processing refuses this text")
    actors: dict[str, Actor] = {}
    statements = []
    for n, m in enumerate(_SAID.finditer(raw.text), 1):
        name = m["src"]
        if name not in actors:
            actors[name] = Actor(id=f"a{len(actors) + 1}", name=name, type="person" if " " in name else "unknown")
        a = actors[name]
        a.mentions.append(m.span("src"))
        statements.append(Statement(
            id=f"s{n}", source=Source(actor=a.id, text=name, spans=[m.span("src")]),
            cue=Cue(text="said", lemma="say", spans=[m.span("cue")]),
            content=Content(text=m["content"], spans=[m.span("content")]), kind="indirect"))
    return Document(id=raw.id, text=raw.text, meta=raw.meta, actors=list(actors.values()), statements=statements)


def quick_work(args: tuple[list, Options]) -> list[tuple[str, str]]:
    """Stand-in for :func:`reportedly.corpus.workers.work` (module level, so worker processes can run it)."""
    from reportedly.corpus.workers import ready

    chunk, options = args
    delay = float(os.environ.get("QUICK_WORK_DELAY", "0"))
    out = []
    for item in chunk:
        item = ready(item, options)
        if delay:
            time.sleep(delay)
        if isinstance(item, InputError):
            out.append(("error", str(item)))
            continue
        try:
            out.append(("ok", quick_document(item).to_json()))
        except InputError as err:
            out.append(("error", str(err)))
    return out


def said_doc(doc_id: str, text: str, published: str | None = "2025-03-17") -> Document:
    """quick_document of a text (for hand-built store tests)."""
    return quick_document(RawDocument(doc_id, text, Meta(published=published, source=doc_id)))


def person(aid: str, name: str, text: str, *, type: str = "person", country: str | None = None,
           titles: list[str] | None = None) -> Actor:
    """A document actor with the mentions of ``name`` in ``text``."""
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
    return Actor(id=aid, name=name, type=type, country=country, titles=titles or [], mentions=spans)


def doc_with_actors(doc_id: str, text: str, actors: list[Actor], published: str = "2025-03-17") -> Document:
    """A document whose first actor speaks the whole first sentence (enough for linking tests)."""
    end = text.index(".") if "." in text else len(text)
    st = Statement(id="s1", source=Source(actor=actors[0].id, text=actors[0].name,
                                          spans=actors[0].mentions[:1]),
                   cue=Cue(text="said", lemma="say", spans=[(0, 1)]),
                   content=Content(text=text[:end], spans=[(0, end)]), kind="indirect")
    return Document(id=doc_id, text=text, meta=Meta(published=published), actors=actors, statements=[st])


def _span(text: str, words: str, start: int = 0) -> tuple[int, int]:
    i = text.index(words, start)
    return (i, i + len(words))


def event_doc() -> Document:
    """A hand-built document with two statements and an event claimed by one side and denied by the other."""
    text = ("Russia's defence ministry said its troops had captured Sudzha. "
            "Ukraine's General Staff denied that Sudzha had fallen.")
    src1, src2 = _span(text, "Russia's defence ministry"), _span(text, "Ukraine's General Staff")
    c1, c2 = _span(text, "its troops had captured Sudzha"), _span(text, "that Sudzha had fallen")
    a1 = Actor(id="a1", name="Russian defence ministry", type="organization", country="RUS", mentions=[src1])
    a2 = Actor(id="a2", name="Ukraine's General Staff", type="organization", country="UKR", mentions=[src2])
    s1 = Statement(id="s1", source=Source(actor="a1", text=text[slice(*src1)], spans=[src1]),
                   cue=Cue(text="said", lemma="say", spans=[_span(text, "said")]),
                   content=Content(text=text[slice(*c1)], spans=[c1]), kind="indirect",
                   time=TimeRef(text="on Tuesday", spans=[], start="2025-03-18", end="2025-03-18", grain="day"))
    s2 = Statement(id="s2", source=Source(actor="a2", text=text[slice(*src2)], spans=[src2]),
                   cue=Cue(text="denied", lemma="deny", spans=[_span(text, "denied")]),
                   content=Content(text=text[slice(*c2)], spans=[c2]), kind="indirect")
    sudzha = _span(text, "Sudzha")
    place = Place(text="Sudzha", spans=[sudzha], name="Sudzha", country="RUS", kind="city")
    e1 = Event(id="e1", type="ASSAULT", trigger=Content(text="captured", spans=[_span(text, "captured")]),
               actors=[EventActor(actor="a1", text="its troops", spans=[_span(text, "its troops")], country="RUS",
                                  sector="MIL")],
               recipients=[EventActor(text="Sudzha", spans=[sudzha], country="RUS")],
               place=place,
               status=[ClaimStatus(status="claimed", statement="s1", by="a1"),
                       ClaimStatus(status="denied", statement="s2", by=["a2"])])
    return Document(id="sudzha", text=text, meta=Meta(published="2025-03-19", title="Sudzha"),
                    actors=[a1, a2], statements=[s1, s2], events=[e1])


def crashing_work(args: tuple[list, Options]) -> list[tuple[str, str]]:
    """Like :func:`quick_work`, but the whole chunk raises on a text with CRASH (a bug in processing)."""
    chunk, _ = args
    if any("CRASH" in getattr(x, "text", "") for x in chunk):
        raise RuntimeError("worker lost")
    return quick_work(args)


def hostile_work(args: tuple[list, Options]) -> Iterator[tuple[str, str]]:
    """Like :func:`quick_work`, one document at a time, but a text with KILL kills its own worker process
    (as a segfault or the out-of-memory killer would) and one with SLOW sleeps for a minute."""
    chunk, options = args
    for item in chunk:
        text = getattr(item, "text", "")
        if "KILL" in text:
            os.kill(os.getpid(), signal.SIGKILL)
        if "SLOW" in text:
            time.sleep(60)
        yield from quick_work(([item], options))
