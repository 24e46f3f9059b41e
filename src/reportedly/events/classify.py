"""The event-type classifier: a multinomial logistic regression over mention features.

Inference is a sparse dot product in numpy over the weights shipped in ``data/event_model.json``;
scikit-learn is needed only to train (``pip install 'reportedly[train]'``, ``make train-events``).
The classes are the 15 PLOVER roots of the PLV training data, where CONCEDE and RETREAT are still
one YIELD class; :func:`reportedly.events.coding.choose_type` splits YIELD by the trigger.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from ..errors import ModelError

MODEL_FILE = "event_model.json"
SEED = 13


@dataclass
class LinearModel:
    """Weights of a linear classifier over string features."""

    classes: list[str]
    index: dict[str, int]
    coef: np.ndarray
    """(features, classes) weights."""
    intercept: np.ndarray
    provenance: str = ""

    def probabilities(self, features: Sequence[str]) -> np.ndarray:
        """Class probabilities (softmax) for one mention's features; unknown features are ignored."""
        index = self.index
        rows = sorted({k for f in features if (k := index.get(f)) is not None})
        z = self.intercept + (self.coef.take(rows, axis=0).sum(axis=0) if rows else 0.0)
        z = z - z.max()
        e = np.exp(z)
        return e / e.sum()

    def predict(self, features: Sequence[str]) -> tuple[str, float]:
        """The most likely class and its probability."""
        p = self.probabilities(features)
        k = int(p.argmax())
        return self.classes[k], float(p[k])

    def to_json(self) -> str:
        """The model as JSON: classes, intercepts and one row of weights per feature (4 decimals)."""
        names = sorted(self.index, key=self.index.get)
        rows = {n: [round(float(x), 4) for x in self.coef[self.index[n]]] for n in names}
        rows = {n: w for n, w in rows.items() if any(abs(x) >= 1e-4 for x in w)}
        return json.dumps({"provenance": self.provenance, "classes": self.classes,
                           "intercept": [round(float(x), 4) for x in self.intercept], "features": rows},
                          ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str, source: str = MODEL_FILE) -> LinearModel:
        """Read a model written by :meth:`to_json`; raises :class:`ModelError` when it is not one."""
        try:
            data = json.loads(text)
            classes = list(data["classes"])
            names = list(data["features"])
            coef = np.array([data["features"][n] for n in names], dtype=np.float64).reshape(len(names), len(classes))
            intercept = np.array(data["intercept"], dtype=np.float64)
        except (ValueError, KeyError, TypeError) as err:
            raise ModelError(f"{source}: not an event model ({err})") from None
        return cls(classes, {n: i for i, n in enumerate(names)}, coef, intercept, data.get("provenance", ""))


@lru_cache(maxsize=1)
def shipped() -> LinearModel:
    """The model shipped in ``data/event_model.json``."""
    try:
        text = resources.files("reportedly").joinpath(f"data/{MODEL_FILE}").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ModelError(f"data/{MODEL_FILE} is missing: run 'make train-events'") from None
    return LinearModel.from_json(text)


def load(path: str | Path) -> LinearModel:
    """A model from a JSON file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise ModelError(f"{path}: cannot be read ({err.strerror or err})") from None
    return LinearModel.from_json(text, str(path))


def train(examples: Sequence[tuple[Sequence[str], str]], *, c: float = 2.0, min_count: int = 2,
          seed: int = SEED, provenance: str = "") -> LinearModel:
    """Fit the classifier on (features, label) pairs with scikit-learn (a training-time dependency).

    Features seen fewer than ``min_count`` times are dropped (no single training sentence is
    memorised in the shipped weights); classes are weighted by inverse frequency for macro-F1.
    """
    try:
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise ModelError("training needs scikit-learn: pip install 'reportedly[train]'") from None
    counts = Counter(f for feats, _ in examples for f in set(feats))
    names = sorted(f for f, n in counts.items() if n >= min_count)
    index = {n: i for i, n in enumerate(names)}
    classes = sorted({label for _, label in examples})
    rows, cols = [], []
    for r, (feats, _) in enumerate(examples):
        for col in sorted({index[f] for f in feats if f in index}):
            rows.append(r)
            cols.append(col)
    x = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(examples), len(names)))
    y = np.array([classes.index(label) for _, label in examples])
    clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced", random_state=seed)
    clf.fit(x, y)
    coef = clf.coef_.T
    intercept = clf.intercept_
    if len(classes) == 2:  # scikit-learn stores one row for two classes
        coef = np.hstack([-coef / 2, coef / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
    return LinearModel(classes, index, np.asarray(coef, dtype=np.float64), np.asarray(intercept, dtype=np.float64),
                       provenance)
