"""Attribution: who said what, in which words.

In: a :class:`~reportedly.text.nlp.Parsed` document (and the paragraphs to skip, e.g. captions).
Out: :class:`~reportedly.attribution.rules.Found` records (cue, source and content as token and
character spans, kind, channel, time, score), and document actors
(:class:`~reportedly.model.Actor`) for their sources, from :class:`~reportedly.attribution.speakers.Resolver`.
:mod:`reportedly.pipeline` turns them into :class:`~reportedly.model.Statement` records.

Modules: :mod:`.rules` (the hand-written extractor: quotations, cues and their frames),
:mod:`.learned` (the trained model over the same candidates, the default), :mod:`.speakers`
(source phrases to actors: names, titles, descriptions, pronouns). Scoring is in
:mod:`reportedly.evaluation.attributions`.
"""
