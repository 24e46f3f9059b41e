"""Events: who reportedly did what to whom, where, when and how many, and who claims it.

In: a :class:`~reportedly.text.nlp.Parsed` document, the attributions found in it
(:class:`~reportedly.attribution.rules.Found`), the speaker resolver and the publication date.
Out: :class:`~reportedly.model.Event` records in the PLOVER ontology, each with its claim status
(asserted, claimed or denied by a statement, planned, negated ...) and spans into the text.

Modules: :mod:`.mentions` (triggers, frames and arguments read off the parse), :mod:`.words` (the
event lexicons and word classes), :mod:`.classify` (the event-type classifier), :mod:`.coding`
(typing, merging and recording the mentions as events; the rules are described there), :mod:`.gate` (which
mentions are political events and not a fire, a crash or business news; which events occurred and were not
negated), :mod:`.parties` (the actors and recipients of a recorded event), :mod:`.dates`
(an event's own date, the report's date and the window of days it can fall on),
:mod:`.export` (PLOVER JSONL and ACLED CSV). The PLV cross-validation is in
:mod:`reportedly.evaluation.events`.
"""
