"""Corpus: many reports processed in parallel, kept in one store, and queried across reports.

In: files, folders and JSONL corpora (or a stream of :class:`~reportedly.text.read.RawDocument`).
Out: :class:`~reportedly.model.Document` records, processed on all cores (:mod:`.workers`) or on
a Dask cluster (:mod:`.cluster`), written once each into a SQLite store (:mod:`.store`, filled by
:mod:`.ingestion`) where document actors are joined into corpus actors across reports
(:mod:`.actors`, comparing names through :mod:`.names` and titles through :mod:`.titles`) and the
events of different reports into happenings (:mod:`.happenings`); and, read back from the store, query
results as pydantic models: statements, events, actors and timelines (:mod:`.query`), claim/denial
pairs (:mod:`.contradictions`), positions on a topic (:mod:`.stance`, both using :mod:`.terms`),
and table exports (:mod:`.export`).
"""
