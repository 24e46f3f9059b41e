"""The one data model every stage shares.

A :class:`Document` is what reportedly makes of one input text: the text itself, unchanged, and
records that point into it. Every span is a ``[start, end)`` pair of character offsets into
``Document.text`` (end exclusive); a record made of several discontinuous pieces has several
spans. Nothing here refers to a cleaned or re-tokenised copy of the text.

The models are pydantic classes so that the JSON Schema in the README and ``reportedly schema``
is generated from this file and cannot drift from it.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, computed_field, model_validator

SCHEMA_VERSION = "1.3"
"""1.1: statements carry ``class``; a quotation with no cue has ``cue: null`` and ``source.inferred``;
documents carry ``attributions`` in the referee's format. 1.2: datelines are removed debris (kind ``dateline``,
place and agency in ``meta.dateline`` / ``meta.credit``); events carry ``date`` (their own, or null),
``reported`` and ``window``. 1.3: a live blog's entry time ('18:40 -') is removed debris of kind ``timestamp``."""

Span = tuple[int, int]
"""``(start, end)`` character offsets into the original text, end exclusive."""

ActorType = Literal["person", "organization", "country", "group", "unknown"]
StatementKind = Literal["direct", "mixed", "indirect"]
StatementClass = Literal["speech", "cognition", "sentiment", "volition", "act", "refusal", "document"]
"""What a statement reports: ``speech`` (said, told, wrote, posted, announced, claimed, denied, accused,
urged, 'according to', quotations), ``cognition`` (believe, think, expect, know, find, conclude, and
appearances: 'seems to', 'appeared to'), ``sentiment`` (fear, be wary, be upset, welcome, hope, and
praise or blame with no message: 'praised the city's support'), ``volition`` (want, seek, plan, intend),
``act``: a communication verb used for an act with no message ('released a weather model', 'addressed
the crowd', 'talked about the budget', 'reported a profit', 'ordered the landlord to pay', 'ruled'), or
words that are no one's statement in the story (a question: 'asked whether ...'; the writer's own 'I
said', a generic 'you'), which attribution corpora such as PolNeAR sometimes count and a reader does not call a
statement; ``refusal``: a refusal to say something ('declined to comment', 'would not say whether');
``document``: what a document or data show ('emails reveal', 'documents say', 'readings indicate',
'according to a study'), not speech by a person."""
SCOPES = ("all", "speech")
"""``all``: every attribution PolNeAR annotates; ``speech``: only what a reader calls a statement."""
RemovedKind = Literal["consent_banner", "caption", "subheading", "byline", "boilerplate", "dateline", "timestamp"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_by_name=True, validate_by_alias=True, serialize_by_alias=True)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict, spans as lists."""
        return self.model_dump(mode="json")

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        """Build (and validate) an instance from a dict as produced by :meth:`to_dict`."""
        return cls.model_validate(data)


def span_text(text: str, spans: list[Span], sep: str = " … ") -> str:
    """The characters covered by ``spans``, pieces joined with ``sep``."""
    return sep.join(text[s:e] for s, e in spans)


def actor_ids(ref: str | list[str] | None) -> list[str]:
    """The actor ids of a ``source.actor`` or a claim status's ``by``: one id, several, or none."""
    return [ref] if isinstance(ref, str) else list(ref or [])


class Meta(BaseModel):
    """What is known about a document besides its text. Unknown keys are kept."""

    model_config = ConfigDict(extra="allow")

    title: str | None = None
    author: str | None = None
    published: str | None = Field(None, description="Publication date, ISO 8601 (YYYY-MM-DD).")
    outlet: str | None = None
    url: str | None = None
    source: str | None = Field(None, description="Where the text was read from (path, 'stdin', ...).")
    format: str | None = Field(None, description="Input format: text, html or jsonl.")
    dateline: str | None = Field(None, description="The place a dateline names ('GOTHENBURG, Sweden (Reuters) -' "
                                                   "-> 'Gothenburg, Sweden'), when the report opens with one.")
    credit: str | None = Field(None, description="The news agency the report credits in its dateline or byline "
                                                 "('Reuters', 'AFP'), when it names one.")


class Removed(_Model):
    """Debris found inside the text (banner, caption, ...): reported, never parsed."""

    kind: RemovedKind
    spans: list[Span]
    text: str


class Actor(_Model):
    """Someone or something that speaks or acts in the document, with all its mentions."""

    id: str = Field(description="Document-local id, e.g. 'a1'.")
    name: str = Field(description="The fullest name the document uses.")
    type: ActorType
    titles: list[str] = Field(default_factory=list, description="Titles and roles, e.g. 'UK Prime Minister'.")
    country: str | None = Field(None, description="ISO 3166 alpha-3 code when the text or lexicon supports it.")
    mentions: list[Span] = Field(default_factory=list)


class Source(_Model):
    """Who a statement is attributed to: one actor id, several (a plural source), or none."""

    actor: str | list[str] | None = None
    text: str = ""
    spans: list[Span] = Field(default_factory=list)
    inferred: bool = Field(False, description="The text names no speaker at the statement: the source is the "
                                              "speaker the text makes current (a quotation paragraph after "
                                              "the speaker was quoted or introduced), and the spans point "
                                              "at the mention it was resolved from.")


class Cue(_Model):
    """The words that signal the attribution ('said', 'according to', 'denied')."""

    text: str
    lemma: str
    spans: list[Span]


class Content(_Model):
    """What is attributed: the quote or the reported proposition."""

    text: str
    spans: list[Span]


class Channel(_Model):
    """Through what a statement was made, when the text says so."""

    kind: Literal["social_media", "press_conference", "statement", "interview", "broadcast", "media", "meeting",
                  "other"]
    text: str
    spans: list[Span]
    platform: str | None = Field(None, description="Named platform or outlet, e.g. 'X', 'CNN'.")


class TimeRef(_Model):
    """A time expression and, when the publication date is known, what it resolves to."""

    text: str
    spans: list[Span]
    start: str | None = Field(None, description="First day covered, ISO date.")
    end: str | None = Field(None, description="Last day covered, ISO date (inclusive).")
    grain: Literal["day", "week", "month", "year", "range", "unknown"] = "unknown"


class Statement(_Model):
    """One attribution: a source, a cue and a content."""

    id: str
    source: Source
    cue: Cue | None = Field(description="None for a quotation that no word introduces (see Source.inferred).")
    content: Content
    kind: StatementKind
    statement_class: StatementClass = Field("speech", alias="class",
                                            description="What the statement reports: speech (said, wrote, "
                                                        "claimed, denied, quoted...), cognition (believe, expect), "
                                                        "sentiment (fear, hope), volition (want, plan), act (no "
                                                        "message: 'talked about the budget'), refusal ('declined "
                                                        "to comment') or document ('emails reveal').")
    channel: Channel | None = None
    time: TimeRef | None = None
    confidence: float = Field(1.0, ge=0.0, le=1.0)
    _speaker: str | None = PrivateAttr(None)

    @property
    def speaker(self) -> str | None:
        """Who said it, in the best words there are: the name of the actor the source is linked to
        ("Kaja Rand", or "Keir Starmer and Emmanuel Macron" for a plural source), else the source words as
        written ("a senior official"), else None (an attribution with no source, "Asked whether ...").

        The actor names are filled in by the :class:`Document` that holds the statement (a statement
        alone knows only its source words). Not part of the JSON output: ``source.actor`` and
        ``actors`` carry the same.
        """
        return self._speaker or self.source.text or None


EventType = Literal["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER"]
"""The 16 PLOVER event categories (PLOVER manual, version 2.0 draft), and OTHER: a disaster or an accident told
in the words of violence ('a fire destroyed the warehouse', 'the landslide buried ten houses'), which PLOVER does
not code but which reports of one story share (happenings); it is never exported as a PLOVER or ACLED event."""

ClaimStatusKind = Literal["asserted", "claimed", "denied", "planned", "future", "hypothetical", "conditional",
                          "negated"]


class Place(_Model):
    """Where an event happened: the words and, when the gazetteer knows it, the resolved place."""

    text: str
    spans: list[Span]
    name: str | None = None
    country: str | None = Field(None, description="ISO 3166 alpha-3.")
    lat: float | None = None
    lon: float | None = None
    kind: Literal["country", "region", "city", "village", "other"] | None = None
    within: Place | None = Field(None, description="A resolved place the text ties this one to ('near the town "
                                                   "of Sudzha'), kept when this one is not in the gazetteer.")


class Quantity(_Model):
    """How many: '40 rockets', 'three hamlets', '72-hour truce', 'around 30 delegates'."""

    text: str
    spans: list[Span]
    value: float | None = None
    unit: str | None = Field(None, description="What is counted ('drones', 'villages', 'day').")
    approximate: bool = False


class EventActor(_Model):
    """An actor or recipient of an event, linked to a document actor where one fits."""

    actor: str | None = Field(None, description="Document actor id.")
    text: str
    spans: list[Span]
    country: str | None = Field(None, description="ISO 3166 alpha-3 (or ORG:XX for an international body).")
    sector: str | None = Field(None, description="PLOVER sector code (GOV, MIL, REB, ...).")


class ClaimStatus(_Model):
    """How the text holds an event: asserted by the outlet, claimed or denied by a source, planned, ..."""

    status: ClaimStatusKind
    statement: str | None = Field(None, description="Id of the statement that claims, denies or plans it.")
    by: str | list[str] | None = Field(None, description="Actor id(s) holding this status.")


class Event(_Model):
    """Who reportedly did what to whom, where, when and how many, and who claims it."""

    id: str
    type: EventType
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    trigger: Content = Field(description="The words that express the event.")
    actors: list[EventActor] = Field(default_factory=list)
    recipients: list[EventActor] = Field(default_factory=list)
    place: Place | None = None
    time: TimeRef | None = None
    quantities: list[Quantity] = Field(default_factory=list)
    status: list[ClaimStatus] = Field(default_factory=list)
    date: str | None = Field(None, description="The day the event happened (ISO), from its own time expression; "
                                               "null when the text does not date it (never the publication date).")
    reported: str | None = Field(None, description="Publication date of the report that tells of the event (ISO).")
    window: tuple[str, str] | None = Field(None, description="First and last day (ISO, inclusive) the event can fall "
                                                             "on: its time expression's days, else the days before "
                                                             "the report (after it, for a planned event).")
    confidence: float = Field(1.0, ge=0.0, le=1.0)
    statement: str | None = Field(None, description="Id of the statement this event is the speech act of ('X accused "
                                                    "Y', 'X urged Y'), when it is one.")


class Document(_Model):
    """Everything reportedly extracts from one input text."""

    schema_version: str = SCHEMA_VERSION
    id: str
    text: str
    meta: Meta = Field(default_factory=Meta)
    removed: list[Removed] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _derived_fields(cls, data: Any) -> Any:
        if isinstance(data, dict) and "attributions" in data:
            data = {k: v for k, v in data.items() if k != "attributions"}  # derived: rebuilt from the statements
        return data

    @model_validator(mode="after")
    def _speaker_names(self) -> Document:
        by_id: dict[str, Actor] = {}
        for a in self.actors:
            by_id.setdefault(a.id, a)
        for st in self.statements:
            names = [a.name for i in actor_ids(st.source.actor) if (a := by_id.get(i))]
            st._speaker = _joined(names) if names else None
        return self

    @computed_field(description="The statements in the format of the attribution referee "
                                "(shared/eval/attribution_score.py): source, cue and content spans, so that "
                                "output can be scored as it is.")  # type: ignore[prop-decorator]
    @property
    def attributions(self) -> list[dict[str, list[Span]]]:
        return [{"source": list(st.source.spans), "cue": list(st.cue.spans) if st.cue else [],
                 "content": list(st.content.spans)} for st in self.statements]

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None."""
        return next((a for a in self.actors if a.id == actor_id), None)

    def speaker_names(self, statement: Statement) -> list[str]:
        """Names of the actors a statement is attributed to (empty when its source is linked to no actor:
        :attr:`Statement.speaker` gives the source words then)."""
        return [a.name for i in actor_ids(statement.source.actor) if (a := self.actor(i)) is not None]

    def to_json(self, indent: int | None = None) -> str:
        """The document as one JSON text (one line unless ``indent`` is given)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def _joined(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of :class:`Document`, generated from the models."""
    schema = Document.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://reportedly.invalid/schema/document-{SCHEMA_VERSION}.json"
    return schema
