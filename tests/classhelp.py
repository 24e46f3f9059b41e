"""For the statement-class tests: a hand-built report with a statement of every class and a cue-less quote.

The text is ours. Its statements are built by hand (no parse), so that the store, query, API and web
tests know exactly what is stored: s1 said (speech), s2 believe (cognition), s3 fears (sentiment),
s4 wants (volition), s5 told (speech, a quotation) and s6 a quotation no word introduces
(speech, ``cue: null``, its speaker Ines Okafor inferred from the paragraph before).
"""

from __future__ import annotations

from pathlib import Path

from reportedly.model import Actor, Content, Cue, Document, Meta, Source, Statement

FERRY = ("Harbour master Ines Okafor said on Tuesday that the ferry would run twelve crossings a day.\n"
         "Residents believe the timetable is too ambitious.\n"
         "Okafor fears that the old pier will not hold.\n"
         "The council wants a second ferry by June.\n"
         "“We are ready for the summer,” Okafor told reporters.\n"
         "“Nobody will wait more than an hour.”\n")

CLASSES = {"s1": "speech", "s2": "cognition", "s3": "sentiment", "s4": "volition", "s5": "speech", "s6": "speech"}


def _span(words: str, start: int = 0) -> tuple[int, int]:
    i = FERRY.index(words, start)
    return (i, i + len(words))


def _statement(sid: str, actor: str, source: str, cue: str | None, lemma: str, content: str, kind: str,
               source_start: int = 0, inferred: bool = False) -> Statement:
    src = _span(source, source_start)
    c = _span(content)
    return Statement(id=sid, source=Source(actor=actor, text=source, spans=[src], inferred=inferred),
                     cue=Cue(text=cue, lemma=lemma, spans=[_span(cue, c[0] if kind == "direct" else src[1])])
                     if cue else None,
                     content=Content(text=content, spans=[c]), kind=kind,  # type: ignore[arg-type]
                     statement_class=CLASSES[sid])  # type: ignore[arg-type]


def ferry_doc(doc_id: str = "ferry", published: str = "2025-05-06") -> Document:
    """The report above as a Document (actors: Ines Okafor a1, Residents a2, The council a3)."""
    okafor = [_span("Ines Okafor"), _span("Okafor fears"), _span("Okafor told")]
    okafor = [okafor[0], (okafor[1][0], okafor[1][0] + 6), (okafor[2][0], okafor[2][0] + 6)]
    quote_para = FERRY.index("“We are ready")
    statements = [
        _statement("s1", "a1", "Harbour master Ines Okafor", "said", "say",
                   "that the ferry would run twelve crossings a day", "indirect"),
        _statement("s2", "a2", "Residents", "believe", "believe", "the timetable is too ambitious", "indirect"),
        _statement("s3", "a1", "Okafor", "fears", "fear", "that the old pier will not hold", "indirect",
                   source_start=FERRY.index("Okafor fears")),
        _statement("s4", "a3", "The council", "wants", "want", "a second ferry by June", "indirect"),
        _statement("s5", "a1", "Okafor", "told", "tell", "“We are ready for the summer,”", "direct",
                   source_start=quote_para),
        _statement("s6", "a1", "Okafor", None, "", "“Nobody will wait more than an hour.”", "direct",
                   source_start=quote_para, inferred=True),
    ]
    actors = [Actor(id="a1", name="Ines Okafor", type="person", titles=["Harbour master"], mentions=okafor),
              Actor(id="a2", name="Residents", type="group", mentions=[_span("Residents")]),
              Actor(id="a3", name="The council", type="organization", mentions=[_span("The council")])]
    return Document(id=doc_id, text=FERRY, meta=Meta(published=published, title="Ferry plans", outlet="Harbour News"),
                    actors=actors, statements=statements)


def ferry_store(folder: Path) -> Path:
    """A store holding :func:`ferry_doc` (written directly, no ingest): ``folder/ferry.db``."""
    from reportedly.corpus.actors import Linker
    from reportedly.corpus.store import Store

    db = folder / "ferry.db"
    with Store(db) as store:
        store.add_document(ferry_doc(), hash="ferry-1", key="ferry.txt", linker=Linker(store))
    return db
