"""Statement confidence: the probability that a statement is right, calibrated on held-apart gold.

In: what the extractor knows about one statement: how it was found (its frame), the extractor's own
score, its kind and class, whether its source resolved to an actor, the length of its content. Out:
a probability in [0, 1] that the statement matches a gold attribution with the same source, so
that ``--min-confidence 0.5`` keeps statements that are right at least about half the time.

The extractor's raw score answers another question (is this word a cue?) and is not a probability
of the whole statement being right: on PolNeAR dev, statements with a raw score of 0.9 and above are
right 77% of the time, those between 0.3 and 0.9 about 37%. A logistic regression over the features
below (``data/confidence_model.json``, trained by ``train/calibrate.py`` on PolNeAR train, reliability
on dev in the README) maps them to the observed rate. Inference is a dot product in plain Python.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

MODEL_FILE = "data/confidence_model.json"


def features(*, frame: str, raw: float, kind: str, statement_class: str, has_source: bool, has_actor: bool,
             content_words: int, cue: str, speaker: str = "name") -> dict[str, float]:
    """The features of one statement (names -> values) for the confidence model.

    ``speaker`` says how the speaker was found: ``name`` (named or described), ``pronoun`` (a he/she
    resolved to one person) or ``pronoun_doubt`` (another person who fits competes: named in the sentence
    before, or speaking or the subject of a main verb in the three before; a description such as 'the
    minister' that another holder of the role fits).
    """
    words = 1 if content_words <= 3 else 2 if content_words <= 8 else 3 if content_words <= 20 else \
        4 if content_words <= 40 else 5
    return {"bias": 1.0, f"frame={frame}": 1.0, "raw": raw, f"raw>={min(9, int(raw * 10))}": 1.0,
            f"kind={kind}": 1.0, f"class={statement_class}": 1.0, f"source={has_source}": 1.0,
            f"actor={has_actor}": 1.0, f"words={words}": 1.0, f"cue={cue}": 1.0, f"speaker={speaker}": 1.0}


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic-regression weights by feature name, and how often a pronoun speaker is the right person.

    PolNeAR marks a pronoun as the source and says nothing of whom it refers to, so the regression
    learns whether the statement is found right, not whether 'he' went to the right man. ``resolution``
    holds that second rate for each ``speaker`` feature value (``pronoun``, ``pronoun_doubt``), counted on
    judged pronoun speakers of PolNeAR train and taken at its one-sided 80% lower bound (``train/calibrate.py``);
    the probability of a statement is the product of the two.
    """

    weights: dict[str, float]
    provenance: str = ""
    resolution: dict[str, float] = field(default_factory=dict)

    def probability(self, feats: dict[str, float]) -> float:
        """P(right) of a statement with these features (found right, and its speaker the right person)."""
        z = sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        found = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        speaker = next((k[8:] for k in feats if k.startswith("speaker=")), "name")
        return found * self.resolution.get(speaker, 1.0)


@lru_cache(maxsize=1)
def shipped() -> ConfidenceModel | None:
    """The shipped confidence model, or None before ``train/calibrate.py`` has written one."""
    path = resources.files("reportedly").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return ConfidenceModel(weights=data["weights"], provenance=data.get("provenance", ""),
                           resolution=data.get("resolution", {}))


def confidence(feats: dict[str, float]) -> float:
    """The calibrated confidence of a statement (its raw score when no model is shipped)."""
    model = shipped()
    return model.probability(feats) if model is not None else feats["raw"]
