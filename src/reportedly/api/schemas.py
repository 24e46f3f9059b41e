"""Request and response bodies of the HTTP API that are not part of the shared data model."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..corpus.query import DocRef

T = TypeVar("T")


class Problem(BaseModel):
    """Every error response: one line saying what was wrong with the request."""

    detail: str = Field(description="One line naming the input and the problem.")


class RequestMeta(BaseModel):
    """Metadata sent with a report. Values are kept as text and never fetched or opened."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(None, max_length=2000)
    author: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=100,
                                  description="Publication date (YYYY-MM-DD); resolves 'yesterday' & co.")
    outlet: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=2000, description="Kept as metadata only; never fetched.")


class ExtractRequest(BaseModel):
    """A report to process: exactly one of ``text`` (plain text) or ``html`` (a web page)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"text": "“We are ready,” the minister said on Monday.", "meta": {"published": "2025-03-17"}}]})

    text: str | None = Field(None, description="The report as plain text; offsets in the answer point into it.")
    html: str | None = Field(None, description="A web page; its main text is extracted first (trafilatura) and "
                                               "the offsets point into that text.")
    id: str = Field("doc", min_length=1, max_length=200, description="Document id to report back.")
    meta: RequestMeta = Field(default_factory=RequestMeta)
    scope: Literal["all", "speech"] = Field("all", description="Statements to answer: all (every attribution, "
                                                              "beliefs, feelings and wishes included, as PolNeAR "
                                                              "annotates) or speech (only what was said, written, "
                                                              "claimed, denied, urged, promised or quoted).")

    @model_validator(mode="after")
    def _one_input(self) -> ExtractRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


class Health(BaseModel):
    """What ``GET /health`` reports."""

    status: Literal["ok"]
    version: str
    pipeline: str = Field(description="The spaCy pipeline in use.")
    limits: dict[str, int | float] = Field(
        description="max_body_bytes, max_chars, timeout_seconds, doc_timeout_seconds, max_pending.")
    corpus: bool = Field(description="Whether a corpus store is served (the read endpoints answer).")


class Example(BaseModel):
    """The built-in example report, ready to post to ``/extract``."""

    text: str
    meta: RequestMeta


class Page(BaseModel, Generic[T]):
    """One page of a list: ``items``, where it starts, and whether more follow."""

    items: list[T]
    limit: int
    offset: int
    more: bool = Field(description="True when there are items after this page (ask again with offset + limit).")


class DocumentSummary(DocRef):
    """A stored document without its text and records: its reference and how many records it holds."""

    statements: int
    events: int


class CorpusCounts(BaseModel):
    """How much the served corpus store holds (current document versions)."""

    documents: int
    statements: int
    events: int
    actors: int
