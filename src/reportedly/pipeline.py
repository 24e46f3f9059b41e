"""The one place that knows the order of the stages: text (read, debris, parse) -> attribution -> speakers -> events.

:func:`process` turns one :class:`~reportedly.text.read.RawDocument` into a
:class:`~reportedly.model.Document`; :func:`process_many` does the same for a stream, parsing in
batches, and yields an :class:`~reportedly.errors.InputError` in place of a document that fails,
so that one bad document never stops a batch.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice

from .attribution import boundaries, learned, rules
from .attribution import speakers as actors_mod
from .attribution.agents import drop_nested_colons
from .attribution.claim_tails import split_claim_tails
from .attribution.classes import can_speak, statement_class
from .attribution.confidence import confidence, features
from .attribution.contents import cut_at_conjoined_cues
from .attribution.cueless import cueless_quotes, inside_posts
from .attribution.found import Found
from .attribution.headline_pairs import split_headline_pairs
from .attribution.messages import reading
from .errors import InputError, ReportedlyError
from .events import classify, coding
from .events.dates import dated
from .events.speech import speech_events
from .model import SCOPES, Channel, Content, Cue, Document, Meta, Removed, Source, Statement, TimeRef, span_text
from .text import datelines, debris, nlp, timex, truecase
from .text.read import DEFAULT_MAX_CHARS, RawDocument, check_text

METHODS = ("model", "rules")
"""Attribution extractors: the trained model (default) or the rules it was built on."""


@dataclass(frozen=True)
class Options:
    """Processing options shared by the CLI, the API and the library."""

    max_chars: int = DEFAULT_MAX_CHARS
    batch_size: int = 32
    method: str = "model"
    events: bool = True
    """Run the events stage (off: statements and actors only, e.g. to measure what events cost)."""
    scope: str = "all"
    """Statements to keep: ``all`` (every attribution, PolNeAR's notion) or ``speech`` (see :data:`SCOPES`)."""
    min_confidence: float = 0.0
    """Leave out statements whose calibrated confidence is lower (0.5: right about half the time or more)."""


def process(raw: RawDocument, options: Options = Options()) -> Document:
    """All stages on one document; raises :class:`InputError` when the text cannot be processed."""
    result = next(process_many([raw], options))
    if isinstance(result, InputError):
        raise result
    return result


def process_many(raws: Iterable[RawDocument | InputError], options: Options = Options()
                 ) -> Iterator[Document | InputError]:
    """Process a stream of documents in order; errors (given or raised) are yielded in place."""
    stream = iter(raws)
    while True:
        chunk = list(islice(stream, options.batch_size))
        if not chunk:
            return
        yield from _process_chunk(chunk, options)


def load_models() -> None:
    """Load everything extraction reads (language pipeline, attribution, confidence and event models,
    gazetteer), then move it all out of the garbage collector's sight (:func:`gc.freeze`).

    For processes that do nothing but extract (corpus and API workers). The loaded models are a
    hundred thousand objects that live as long as the process; without the freeze the collector
    walks them all at every full collection, a few percent of extraction time.
    """
    import gc

    from .attribution import confidence
    from .text import places

    nlp.load_pipeline()
    learned.load_model()
    confidence.shipped()
    classify.shipped()
    places.candidates("Kyiv")  # reads the gazetteer
    gc.freeze()


def _process_chunk(chunk: list[RawDocument | InputError], options: Options) -> Iterator[Document | InputError]:
    ready: list[tuple[RawDocument, list[Removed], list[tuple[int, int]]]] = []
    results: list[Document | InputError | None] = []
    for raw in chunk:
        if isinstance(raw, InputError):
            results.append(raw)
            continue
        try:
            check_text(raw.text, raw.meta.source or raw.id, max_chars=options.max_chars)
            removed, kept = debris.split_debris(raw.text)
        except InputError as err:
            results.append(err)
            continue
        ready.append((raw, removed, kept))
        results.append(None)
    parsed = nlp.parse_blocks([r.text for r, _, _ in ready], [k for _, _, k in ready],
                              read_as=[truecase.reading_text(r.text, k[0]) if k else r.text for r, _, k in ready])
    done = iter(ready)
    for slot in results:
        if slot is not None:
            yield slot
            continue
        raw, removed, _ = next(done)
        p = next(parsed)
        try:
            yield build(raw, p, removed, method=options.method, with_events=options.events, scope=options.scope,
                        min_confidence=options.min_confidence)
        except ReportedlyError as err:
            yield InputError(raw.meta.source or raw.id, str(err))
        except Exception as err:
            yield InputError(raw.meta.source or raw.id, f"processing failed ({type(err).__name__}: {err})")


def build(raw: RawDocument, parsed: nlp.Parsed, removed: list[Removed],
          typer: classify.LinearModel | None = None, *, method: str = "model", with_events: bool = True,
          scope: str = "all", min_confidence: float = 0.0) -> Document:
    """Everything after the parse: captions, attributions, actors, statements, events.

    ``method`` is the attribution extractor (:data:`METHODS`); ``typer`` the event-type classifier (the
    shipped one by default); ``with_events=False`` skips events; ``scope`` and ``min_confidence`` the
    statements kept (:func:`in_scope`).
    """
    captions = debris.find_captions(parsed)
    removed = list(removed)
    for b in captions:
        first, end, _ = parsed.blocks[b]
        span = parsed.char_span(first, end)
        removed.append(Removed(kind="caption", spans=[span], text=raw.text[span[0]:span[1]]))
    removed.sort(key=lambda r: r.spans[0][0])
    skip = set(captions)
    if method == "rules":
        found = rules.extract(parsed, skip_blocks=skip)
    else:
        found = learned.extract(parsed, skip_blocks=skip)
    resolver = actors_mod.Resolver(parsed, skip_blocks=skip)
    published = date.fromisoformat(raw.meta.published) if raw.meta.published else None
    found = [f for f in found if not f.source or f.kind != "indirect"
             or can_speak(parsed.doc[f.source_head if f.source_head is not None else f.source[1] - 1])]
    found = drop_nested_colons(parsed, found)
    cut_at_conjoined_cues(parsed, found)
    found = boundaries.correct(parsed, found, skip)
    found = split_headline_pairs(parsed, split_claim_tails(parsed, found))
    refs: list[list[int]] = []
    for f in found:
        refs.append(resolver.resolve_source(f.source[0], f.source[1], f.source_head, f.content) if f.source else [])
    found, refs = with_cueless_quotes(parsed, found, refs, resolver, skip)
    drafts: list[coding.Draft] = []
    if with_events:
        mentions = coding.find_mentions(parsed, found, resolver, skip_blocks=skip, published=published)
        kept = coding.type_mentions(mentions, parsed, typer or classify.shipped())
        coding.resolve_arguments(kept, resolver)
        drafts = coding.merge([m for m in kept if m.in_lexicon or m.recipients], parsed)
    actor_list, ids = resolver.actors([k for r in refs for k in r] + coding.used_clusters(drafts))
    speakers = [[ids[k] for k in r if k in ids] for r in refs]
    nested = nested_cues(parsed, found)
    statements = [statement(n, f, who, parsed, published, speaker_kind(f, resolver), nested=n - 1 in nested)
                  for n, (f, who) in enumerate(zip(found, speakers, strict=True), 1)]
    event_list = [dated(e, published) for e in coding.records(drafts, parsed, resolver, ids,
                                                              [s.id for s in statements], refs)]
    if with_events:
        event_list += [dated(e, published) for e in speech_events(statements, actor_list, len(event_list) + 1,
                                                                    raw.text, published)]
    meta = raw.meta if isinstance(raw.meta, Meta) else Meta()
    if meta.dateline is None or meta.credit is None:
        place, credit = datelines.dateline_meta(raw.text, removed)
        if (place and meta.dateline is None) or (credit and meta.credit is None):
            meta = meta.model_copy(update={"dateline": meta.dateline or place, "credit": meta.credit or credit})
    doc = Document(id=raw.id, text=raw.text, meta=meta,
                   removed=removed, actors=actor_list, statements=statements, events=event_list)
    return in_scope(doc, scope, min_confidence)


def with_cueless_quotes(parsed: nlp.Parsed, found: list[Found], refs: list[list[int]], resolver: actors_mod.Resolver,
                        skip: set[int]) -> tuple[list[Found], list[list[int]]]:
    """The attributions with the quotations no word introduces added (:mod:`.attribution.cueless`), in text order."""
    extra = cueless_quotes(parsed, found, refs, resolver, skip)
    if not extra:
        return found, refs
    inside = set(inside_posts(parsed, found, [f for f, _ in extra]))  # a post's words are the post's
    if inside:
        found = [f for k, f in enumerate(found) if k not in inside]
        refs = [r for k, r in enumerate(refs) if k not in inside]
    rows = sorted([*zip(found, refs, strict=True), *extra], key=lambda r: r[0].content[0][0])
    return [f for f, _ in rows], [r for _, r in rows]


def in_scope(doc: Document, scope: str, min_confidence: float = 0.0) -> Document:
    """``doc`` with the statements of ``scope`` (:data:`~reportedly.model.SCOPES`) of at least ``min_confidence``.

    ``speech`` drops beliefs, feelings, wishes, acts, refusals and what documents show. Events keep their
    claim status (a belief still holds an event as claimed), but no longer point to a statement the document
    does not carry.
    """
    if scope not in SCOPES:
        raise InputError("--scope", f"'{scope}' is not a scope (use one of {', '.join(SCOPES)})")
    if scope == "all" and not min_confidence:
        return doc
    kept = [s for s in doc.statements if (scope == "all" or s.statement_class == "speech")
            and s.confidence >= min_confidence]
    ids = {s.id for s in kept}
    events = []
    for e in doc.events:
        status = [c if c.statement is None or c.statement in ids else c.model_copy(update={"statement": None})
                  for c in e.status]
        events.append(e.model_copy(update={"status": status,
                                           "statement": e.statement if e.statement in ids else None}))
    return doc.model_copy(update={"statements": kept, "events": events})


def nested_cues(parsed: nlp.Parsed, found: list[Found]) -> set[int]:
    """Indices of the findings whose cue lies inside another finding's content ('He said: "I told them ..."')."""
    contents = sorted((s, e) for f in found for s, e in f.content)
    starts = [s for s, _ in contents]
    out = set()
    for k, f in enumerate(found):
        if not f.cue:
            continue
        at = parsed.token_start(f.head)
        j = bisect.bisect_right(starts, at) - 1
        if any(s <= at < e for s, e in contents[max(0, j - 64):j + 1]) and \
                not any(s <= at < e for s, e in f.content):
            out.add(k)
    return out


def speaker_kind(f: Found, resolver: actors_mod.Resolver) -> str:
    """How a statement's speaker was found: ``pronoun`` (he/she resolved to one person), ``pronoun_doubt``
    (another recent person fits as well; also a description such as 'the spokesman' that two people just named
    fit), ``name`` (anything else)."""
    if f.source is None:
        return "name"
    if f.source[1] - f.source[0] != 1:
        head = f.source_head if f.source_head is not None else parsed_root(resolver, f)
        return "pronoun_doubt" if resolver.title_doubt.get(head) else "name"
    doubt = resolver.pronoun_doubt.get(f.source[0])
    return "name" if doubt is None else "pronoun_doubt" if doubt else "pronoun"


def parsed_root(resolver: actors_mod.Resolver, f: Found) -> int:
    """The head token of a finding's source phrase."""
    assert f.source is not None
    return resolver.p.span_root(*f.source).i


def statement(n: int, f: Found, actor_ids: list[str], parsed: nlp.Parsed,
              published: date | None, speaker: str = "name", *, nested: bool = False) -> Statement:
    """A :class:`Statement` from an extractor record and its resolved actor ids (``speaker``: :func:`speaker_kind`;
    ``nested``: its cue lies inside another statement's content)."""
    text = parsed.text
    src_spans = [parsed.char_span(*f.source)] if f.source else []
    channel = None
    if f.channel is not None:
        kind, lo, hi, platform = f.channel
        span = parsed.char_span(lo, hi)
        channel = Channel(kind=kind, text=text[span[0]:span[1]], spans=[span], platform=platform)
    time = None
    if f.time is not None:
        span = parsed.char_span(*f.time)
        phrase = text[span[0]:span[1]]
        tense = "future" if f.tense == "future" else "past"
        r = timex.resolve(phrase, published, tense)
        time = TimeRef(text=phrase, spans=[span], start=r.start.isoformat() if r else None,
                       end=r.end.isoformat() if r else None, grain=r.grain if r else "unknown")
    if not f.cue:  # a quotation that no word introduces (attribution/cueless.py)
        return Statement(
            id=f"s{n}", source=Source(actor=actors_mod.actor_ref(actor_ids), text=span_text(text, src_spans),
                                      spans=src_spans, inferred=f.frame == "cueless"),
            cue=None, content=Content(text=span_text(text, f.content), spans=f.content), kind=f.kind,
            statement_class="speech", confidence=_confidence(f, "speech", "-", actor_ids, text, speaker))
    head = parsed.doc[f.head]
    lemma = "according to" if f.frame == "according" else head.lemma_.lower() if head.is_alpha else head.text
    pos = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}.get(head.pos_, "verb")
    cls = reading(parsed, f, statement_class(lemma, pos, f.frame, f.kind != "indirect"), nested=nested)
    return Statement(
        id=f"s{n}",
        source=Source(actor=actors_mod.actor_ref(actor_ids), text=span_text(text, src_spans), spans=src_spans),
        cue=Cue(text=span_text(text, f.cue_spans), lemma=lemma, spans=f.cue_spans),
        content=Content(text=span_text(text, f.content), spans=f.content),
        kind=f.kind, statement_class=cls, channel=channel, time=time,
        confidence=_confidence(f, cls, lemma, actor_ids, text, speaker))


def _confidence(f: Found, cls: str, lemma: str, actor_ids: list[str], text: str, speaker: str) -> float:
    feats = features(frame=f.frame, raw=f.score, kind=f.kind, statement_class=cls, has_source=bool(f.source),
                     has_actor=bool(actor_ids), content_words=sum(len(text[s:e].split()) for s, e in f.content),
                     cue=lemma, speaker=speaker)
    return round(confidence(feats), 3)
