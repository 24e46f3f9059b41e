"""Scoring attributions against gold files (PolNeAR-style JSONL), with the referee's definitions.

The project's referee is ``shared/eval/attribution_score.py``; this module implements the same
definitions so that ``reportedly eval`` works from an installed package (a test checks both give
the same figures on PolNeAR dev). Definitions:

* a predicted attribution matches a gold one when their contents overlap on at least half of
  each (characters), pairs chosen one-to-one, largest overlap first;
* a match counts for attribution F1 when the sources agree: both empty, or sharing a character;
* exact-span F1 per role compares texts stripped of edge spaces, punctuation and quotes;
* recall by kind uses the gold content's quotation marks (direct, mixed, indirect).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from ..model import Document, Span

_QUOTES = "\"\u201c\u201d\u2018\u2019'"
_EDGE = " \t\n\r.,;:!?-\u2014\u2013()[]" + _QUOTES
ROLES = ("source", "cue", "content")
KINDS = ("direct", "mixed", "indirect")


def _chars(spans: Iterable[Span] | None) -> set[int]:
    out: set[int] = set()
    for s, e in spans or []:
        out.update(range(int(s), int(e)))
    return out


def _norm_exact(text: str, spans: Iterable[Span]) -> str:
    parts = [text[s:e].strip(_EDGE) for s, e in sorted(spans or [])]
    return " ".join(p for p in parts if p)


def gold_kind(text: str, spans: Iterable[Span]) -> str:
    """direct / mixed / indirect from the double quotation marks inside a content."""
    s = "".join(text[a:b] for a, b in sorted(spans or [])).strip()
    n = sum(s.count(c) for c in "\"\u201c\u201d")
    if n == 0:
        return "indirect"
    core = s.strip(" ,.;:")
    if core and core[0] in "\"\u201c\u201d" and core[-1] in "\"\u201c\u201d" and n == 2:
        return "direct"
    return "mixed"


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def match(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one content matches ``(gold index, predicted index)``, largest overlap first."""
    gc = [_chars(a.get("content")) for a in gold]
    pc = [_chars(a.get("content")) for a in pred]
    cand = []
    for i, g in enumerate(gc):
        if not g:
            continue
        for j, p in enumerate(pc):
            if not p:
                continue
            ov = len(g & p)
            if ov >= 0.5 * len(g) and ov >= 0.5 * len(p):
                cand.append((ov, i, j))
    cand.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in cand:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return pairs


def agrees(a: Iterable[Span] | None, b: Iterable[Span] | None) -> bool:
    """Whether two sources (or cues) agree: both empty, or sharing a character."""
    ca, cb = _chars(a), _chars(b)
    return (not ca and not cb) or bool(ca & cb)


def score(gold_docs: Mapping[str, dict[str, Any]], pred_docs: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    """Figures for predicted against gold documents, both keyed by id (see module docstring)."""
    c: Counter[str] = Counter()
    for doc_id, g in gold_docs.items():
        text = g["text"]
        gold = g.get("attributions", [])
        pred = pred_docs.get(doc_id, {}).get("attributions", [])
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        pairs = match(gold, pred)
        c["content_tp"] += len(pairs)
        for gi, pi in pairs:
            ga, pa = gold[gi], pred[pi]
            ok = agrees(ga.get("source"), pa.get("source"))
            c["source_ok"] += ok
            c["cue_ok"] += agrees(ga.get("cue"), pa.get("cue"))
            c["attr_tp"] += ok
            c["tp_kind_" + gold_kind(text, ga.get("content"))] += ok
            if "class" in ga:
                c["tp_class_" + ga["class"]] += ok
                c["class_matches"] += 1
                c["class_ok"] += ga["class"] == pa.get("class")
            if ga.get("cueless"):
                c["cueless_content_tp"] += 1
                c["cueless_source_ok"] += ok
        for a in pred:
            if "class" in a:
                c["pred_class_" + a["class"]] += 1
        for a in gold:
            c["gold_kind_" + gold_kind(text, a.get("content"))] += 1
            if "class" in a:
                c["gold_class_" + a["class"]] += 1
            c["cueless_gold"] += bool(a.get("cueless"))
        for role in ROLES:
            gs = Counter(_norm_exact(text, a.get(role)) for a in gold if a.get(role))
            ps = Counter(_norm_exact(text, a.get(role)) for a in pred if a.get(role))
            gs.pop("", None)
            ps.pop("", None)
            c[f"exact_{role}_gold"] += sum(gs.values())
            c[f"exact_{role}_pred"] += sum(ps.values())
            c[f"exact_{role}_tp"] += sum((gs & ps).values())

    def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return {"precision": p, "recall": r, "f1": _f1(p, r)}

    res: dict[str, Any] = {
        "attribution": prf(c["attr_tp"], c["pred"], c["gold"]),
        "content": prf(c["content_tp"], c["pred"], c["gold"]),
        "source_accuracy_on_matches": c["source_ok"] / c["content_tp"] if c["content_tp"] else 0.0,
        "cue_accuracy_on_matches": c["cue_ok"] / c["content_tp"] if c["content_tp"] else 0.0,
    }
    for role in ROLES:
        res["exact_" + role] = prf(c[f"exact_{role}_tp"], c[f"exact_{role}_pred"], c[f"exact_{role}_gold"])
    res["recall_by_kind"] = {k: (c["tp_kind_" + k] / c["gold_kind_" + k] if c["gold_kind_" + k] else 0.0)
                             for k in KINDS}
    classes = [k.removeprefix("gold_class_") for k in sorted(c) if k.startswith("gold_class_")]
    if classes:  # gold with a class per attribution (reportedly's own news set)
        res["recall_by_class"] = {k: c["tp_class_" + k] / c["gold_class_" + k] for k in classes}
        res["class_accuracy_on_matches"] = c["class_ok"] / c["class_matches"] if c["class_matches"] else 0.0
        # every class the extractor gave, also those no gold has (act, refusal, document)
        res["predicted_by_class"] = {k.removeprefix("pred_class_"): c[k] for k in sorted(c)
                                     if k.startswith("pred_class_")}
    if c["cueless_gold"]:
        res["cueless"] = {"gold": c["cueless_gold"], "content_recall": c["cueless_content_tp"] / c["cueless_gold"],
                          "recall": c["cueless_source_ok"] / c["cueless_gold"],
                          "source_accuracy_on_matches": (c["cueless_source_ok"] / c["cueless_content_tp"]
                                                         if c["cueless_content_tp"] else 0.0)}
    res["counts"] = {"documents": len(gold_docs), "gold": c["gold"], "pred": c["pred"],
                     "content_matches": c["content_tp"], "attribution_matches": c["attr_tp"]}
    return res


def in_scope(gold: dict[str, dict[str, Any]], scope: str) -> dict[str, dict[str, Any]]:
    """Gold documents with the attributions of ``scope`` only (``speech``: those whose ``class`` is speech).

    Gold without classes (PolNeAR) is left as it is: its notion of attribution is ``all``.
    """
    if scope == "all":
        return gold
    return {k: {**g, "attributions": [a for a in g.get("attributions", []) if a.get("class", "speech") == "speech"]}
            for k, g in gold.items()}


def prediction(doc: Document) -> dict[str, Any]:
    """A document's statements in the scorer's prediction format."""
    rows = zip(doc.attributions, doc.statements, strict=True)
    return {"id": doc.id, "attributions": [{**{k: [list(s) for s in v] for k, v in a.items()},
                                            "class": st.statement_class} for a, st in rows]}


def format_report(res: dict[str, Any]) -> str:
    """The figures as the referee prints them."""
    c = res["counts"]
    lines = [f"documents {c['documents']}  gold {c['gold']}  predicted {c['pred']}"]
    for name in ("attribution", "content", "exact_source", "exact_cue", "exact_content"):
        r = res[name]
        lines.append(f"{name:<14} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}")
    lines.append(f"source accuracy on content matches {res['source_accuracy_on_matches']:.3f}")
    lines.append(f"cue accuracy on content matches    {res['cue_accuracy_on_matches']:.3f}")
    lines.append("attribution recall by kind: " + "  ".join(f"{k} {v:.3f}" for k, v in res["recall_by_kind"].items()))
    if "recall_by_class" in res:
        lines.append("attribution recall by class: "
                     + "  ".join(f"{k} {v:.3f}" for k, v in res["recall_by_class"].items()))
        lines.append(f"class accuracy on content matches {res['class_accuracy_on_matches']:.3f}")
    if "predicted_by_class" in res:
        lines.append("predicted by class: " + "  ".join(f"{k} {v}" for k, v in res["predicted_by_class"].items()))
    if "cueless" in res:
        q = res["cueless"]
        lines.append(f"quotes without a cue: {q['gold']} gold, content recall {q['content_recall']:.3f}, "
                     f"attribution recall {q['recall']:.3f}, "
                     f"speaker right on matches {q['source_accuracy_on_matches']:.3f}")
    lines.append(f"attribution F1 {res['attribution']['f1']:.3f}")
    return "\n".join(lines)
