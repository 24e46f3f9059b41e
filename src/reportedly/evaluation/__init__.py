"""Evaluation: the pipeline's output scored against gold annotations.

In: gold files (PolNeAR-style attributions, PLV-style event sentences) and the documents the
pipeline makes of their texts. Out: the figures of the README. :mod:`.attributions` holds the
referee's definitions (a content overlapping a gold content by half of each, sources agreeing) and
gives the same figures as ``shared/eval/attribution_score.py``; :mod:`.events` scores event types
on PLV sentences end to end, by cross-validation. Both sit above :mod:`reportedly.pipeline`, whose
output they score.
"""
