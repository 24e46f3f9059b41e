"""Evaluating and training the event coder on PLV-style gold sentences.

A PLV file has one JSON object per line: ``sentence``, ``marked_sentence`` (the same sentence with
``<s>…</s>`` around the source actor and ``<t>…</t>`` around the target) and ``gold_root`` (the
PLOVER category of the event between them; CONCEDE and RETREAT are one YIELD class there).

Scoring is end to end: the whole pipeline runs on the plain sentence; the predicted category is
that of the event whose actors overlap the marked source and whose recipients (or place) overlap
the marked target (the highest-confidence one when several do). A sentence where no event links
the two counts as wrong. Our categories are mapped to PLV's: PLOVER's coding conventions
(:func:`reportedly.events.coding.plover_category`: a planned meeting is AGREE) and CONCEDE/RETREAT -> YIELD.

Cross-validation trains the classifier on four folds and scores the fifth with nothing of the
held-out fold used for training (folds by a seeded shuffle). Training examples are the mentions
whose arguments overlap the marked source and target, labelled with the gold category (a gold
AGREE that the text reports as a planned meeting is trained as CONSULT, see
:func:`reportedly.events.coding.unfold_label`).
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..attribution import learned
from ..attribution.speakers import Resolver
from ..errors import InputError
from ..events import classify, coding
from ..events.gate import DomainGate
from ..model import Document, Event, Span
from ..pipeline import build
from ..text import debris, nlp
from ..text.read import RawDocument, json_problem

PLV_CLASSES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "YIELD", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
               "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
_OLD_NAMES = {"DEMAND": "REQUEST", "FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
              "CONCEDE": "YIELD", "RETREAT": "YIELD"}
_TAG = re.compile(r"</?[st]>")


@dataclass
class Item:
    """One gold sentence: text, source and target character spans, gold category.

    A few gold sentences mark no target (or no source), some mark the same target twice: an empty
    list puts no condition on that role, several spans are alternatives.
    """

    id: str
    text: str
    source: list[Span]
    target: list[Span]
    label: str


def read_plv(path: str | Path) -> list[Item]:
    """Items of a PLV JSONL file; raises :class:`InputError` naming the line of a bad record."""
    items: list[Item] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(str(path), f"cannot be read ({err.strerror or err})") from None
    except UnicodeDecodeError:
        raise InputError(str(path), "not valid UTF-8") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            d = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(where, json_problem(err)) from None
        if not isinstance(d, dict) or not isinstance(d.get("marked_sentence"), str) or "gold_root" not in d:
            raise InputError(where, "a PLV record needs 'marked_sentence' and 'gold_root'")
        label = str(d["gold_root"]).upper()
        label = _OLD_NAMES.get(label, label)
        if label not in PLV_CLASSES:
            raise InputError(where, f"unknown gold_root {d['gold_root']!r} (expected one of {', '.join(PLV_CLASSES)})")
        text, source, target = unmark(d["marked_sentence"])
        if not source and not target:
            raise InputError(where, "marked_sentence marks neither a source <s>…</s> nor a target <t>…</t>")
        items.append(Item(str(d.get("sentence_id", n)), text, source, target, label))
    if not items:
        raise InputError(str(path), "no PLV records")
    return items


def unmark(marked: str) -> tuple[str, list[Span], list[Span]]:
    """The plain sentence and the spans of every ``<s>…</s>`` and ``<t>…</t>`` in it."""
    out: list[str] = []
    pos = 0
    length = 0
    opened: dict[str, int] = {}
    spans: dict[str, list[Span]] = {"s": [], "t": []}
    for m in _TAG.finditer(marked):
        piece = marked[pos:m.start()]
        out.append(piece)
        length += len(piece)
        tag = m.group()
        kind = tag.strip("</>")
        if tag.startswith("</"):
            if kind in opened:
                start = opened.pop(kind)
                s, e = start, length
                while s < e and out and "".join(out)[s].isspace():
                    s += 1
                while e > s and "".join(out)[e - 1].isspace():
                    e -= 1
                spans[kind].append((s, e))
        else:
            opened[kind] = length
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans["s"], spans["t"]


def _overlaps(spans: Iterable[Span], gold: Sequence[Span]) -> bool:
    """Whether any span overlaps any gold span; an empty gold list is no condition."""
    spans = list(spans)
    return not gold or any(s < ge and gs < e for s, e in spans for gs, ge in gold)


def plv_label(event: Event) -> str:
    """The PLV class of one of our events: PLOVER conventions, then CONCEDE/RETREAT -> YIELD."""
    cat = coding.plover_category(event.type, [s.status for s in event.status])
    return "YIELD" if cat in ("CONCEDE", "RETREAT") else cat


def _spans(doc: Document, a: Any) -> list[Span]:
    """Where an event actor is named: its own spans and, when linked, every mention of that document actor
    ('it will not sign' with 'it' resolved to Norway overlaps 'Norway')."""
    linked = doc.actor(a.actor) if a.actor else None
    return list(a.spans) + (list(linked.mentions) if linked else [])


def linking_event(doc: Document, item: Item) -> Event | None:
    """The event whose actors overlap the source and whose recipients (or place) overlap the target.

    In a reciprocal event ('X and Y signed a pact') PLOVER lists both sides as actors: a second actor
    overlapping the target counts as well.
    """
    best = None
    for e in doc.events:
        sources = [a for a in e.actors if _overlaps(_spans(doc, a), item.source)]
        if not sources:
            continue
        targets = [sp for a in e.recipients for sp in _spans(doc, a)] + (e.place.spans if e.place else [])
        targets += [sp for a in e.actors if a not in sources for sp in _spans(doc, a)]
        if _overlaps(targets, item.target) and (best is None or e.confidence > best.confidence):
            best = e
    return best


@dataclass
class Prepared:
    """A gold item with its parse (done once, shared by all folds)."""

    item: Item
    raw: RawDocument
    parsed: nlp.Parsed
    removed: list


def prepare(items: Sequence[Item], *, batch_size: int = 64) -> list[Prepared]:
    """Parse every item's sentence the way the pipeline does."""
    raws = [RawDocument(it.id, it.text) for it in items]
    cleaned = [debris.split_debris(r.text) for r in raws]
    parsed = nlp.parse_blocks([r.text for r in raws], [kept for _, kept in cleaned], batch_size=batch_size)
    return [Prepared(it, raw, p, removed) for it, raw, (removed, _), p in zip(items, raws, cleaned, parsed,
                                                                              strict=True)]


def training_examples(prepared: Iterable[Prepared]) -> list[tuple[list[str], str]]:
    """(features, label) of the mentions that link each item's source and target (see module docstring).

    When no mention links both, the first mention whose actor is the marked source stands in (a weaker
    label, but the same sentence and actor).
    """
    out: list[tuple[list[str], str]] = []
    for pr in prepared:
        found, fallback = matching_mentions(pr, with_fallback=True)
        for m in found or fallback[:1]:
            out.append((m.features, coding.unfold_label(pr.item.label, m)))
    return out


def matching_mentions(pr: Prepared, *, with_fallback: bool = False) -> Any:
    """Mentions of a gold sentence whose actor overlaps the source and recipient (or place) the target.

    With ``with_fallback``, returns (those, mentions whose actor alone overlaps the source).
    """
    p = pr.parsed
    skip = set(debris.find_captions(p))
    found = learned.extract(p, skip_blocks=skip)  # the pipeline's default attribution extractor
    resolver = Resolver(p, skip_blocks=skip)
    for f in found:
        if f.source:
            resolver.resolve_source(f.source[0], f.source[1], f.source_head)
    mentions = coding.find_mentions(p, found, resolver, skip_blocks=skip)
    for m in mentions:
        if m.finder is not None:
            m.finder.describe(m)
            m.finder.complete(m)
    coding.resolve_arguments(mentions, resolver)

    def spans(arg: coding.Arg, ks: list[int]) -> list[Span]:
        linked = [p.char_span(s, e) for k in ks for s, e in resolver.clusters[k].mentions]
        return [p.char_span(arg.start, arg.end), *linked]

    out = []
    fallback = []
    for m in mentions:
        actors = [spans(a, ks) for a, ks in zip(m.actors, m.actor_clusters, strict=True)]
        sources = [k for k, sp in enumerate(actors) if _overlaps(sp, pr.item.source)]
        if not sources:
            continue
        fallback.append(m)
        targets = [sp for a, ks in zip(m.recipients, m.recipient_clusters, strict=True) for sp in spans(a, ks)]
        targets += [sp for r in m.places for sp in r.place.spans]
        targets += [sp for k, a in enumerate(actors) if k not in sources for sp in a]
        if _overlaps(targets, pr.item.target):
            out.append(m)
    return (out, fallback) if with_fallback else out


def folds(n: int, k: int = 5, seed: int = classify.SEED) -> list[int]:
    """Fold number of each of ``n`` items: a seeded shuffle cut into ``k`` near-equal parts."""
    order = list(range(n))
    random.Random(seed).shuffle(order)
    fold_of = [0] * n
    for rank, i in enumerate(order):
        fold_of[i] = rank * k // n
    return fold_of


def predict(pr: Prepared, typer: Any) -> str | None:
    """The PLV class our pipeline gives an item, or None when no event links source and target."""
    doc = build(pr.raw, pr.parsed, pr.removed, typer=typer)
    e = linking_event(doc, pr.item)
    return plv_label(e) if e is not None else None


NO_EVENT_REASONS = ("no trigger", "arguments", "gate", "threshold", "merge")
"""Why no event links a gold sentence's source and target (:func:`no_event_reason`)."""


def no_event_reason(pr: Prepared, typer: Any) -> str:
    """Why the pipeline gives no event linking an item's source and target, at the first step that loses it.

    'no trigger': no mention has the source as its actor; 'arguments': one has, but none also has the
    target as recipient, place or second actor; 'gate': every mention that links them is set aside (before
    typing: no lexicon word and no actor or recipient, :func:`reportedly.events.coding.candidate`; after: a
    disaster, an accident or business news, :class:`reportedly.events.gate.DomainGate`); 'threshold': the
    classifier is not sure enough of any (:data:`reportedly.events.coding.KEEP_PROBABILITY`); 'merge': one is
    kept but the recorded event no longer links the two (merged into another event, or an argument dropped
    when recorded).
    """
    found, fallback = matching_mentions(pr, with_fallback=True)
    if not fallback:
        return "no trigger"
    if not found:
        return "arguments"
    typed = [(m, *coding.classify(m, typer)) for m in found if coding.candidate(m, pr.parsed)]
    if not typed:
        return "gate"
    gate = DomainGate(pr.parsed)
    kept = [(m, label, p) for m, label, p in typed if coding.keep(m, pr.parsed, p, typer, gate)]
    if not kept:
        return "threshold"
    if not any(gate.political(m, coding.choose_type(m, label, p)) for m, label, p in kept):
        return "gate"
    return "merge"


def cross_validate(prepared: Sequence[Prepared], *, k: int = 5, seed: int = classify.SEED,
                   extra: Sequence[tuple[list[str], str]] = ()) -> dict[str, Any]:
    """Accuracy and macro-F1 by ``k``-fold cross-validation; ``extra`` training examples join every fold."""
    fold_of = folds(len(prepared), k, seed)
    examples = [training_examples([pr]) for pr in prepared]
    gold: list[str] = []
    pred: list[str | None] = []
    why: list[str] = []
    for f in range(k):
        train = [ex for i, exs in enumerate(examples) if fold_of[i] != f for ex in exs] + list(extra)
        model = classify.train(train, seed=seed)
        for i, pr in enumerate(prepared):
            if fold_of[i] == f:
                gold.append(pr.item.label)
                pred.append(predict(pr, model))
                if pred[-1] is None:
                    why.append(no_event_reason(pr, model))
    result = score(gold, pred, why)
    result["folds"] = k
    result["training_coverage"] = round(sum(1 for exs in examples if exs) / max(len(examples), 1), 4)
    return result


def score_model(prepared: Sequence[Prepared], model: Any) -> dict[str, Any]:
    """Accuracy and macro-F1 of one model (no training) on all items."""
    gold = [pr.item.label for pr in prepared]
    pred = [predict(pr, model) for pr in prepared]
    why = [no_event_reason(pr, model) for pr, p in zip(prepared, pred, strict=True) if p is None]
    return score(gold, pred, why)


def score(gold: Sequence[str], pred: Sequence[str | None], why: Sequence[str] = ()) -> dict[str, Any]:
    """Accuracy, macro-F1 over the gold classes, per-class P/R/F1, and how often no event linked the pair.

    ``why`` holds the :func:`no_event_reason` of each None in ``pred``: their shares of all items are
    ``no_event_why``.
    """
    n = len(gold)
    correct = sum(g == p for g, p in zip(gold, pred, strict=True))
    per: dict[str, dict[str, float]] = {}
    classes = sorted(set(gold))
    for c in classes:
        tp = sum(g == c and p == c for g, p in zip(gold, pred, strict=True))
        fp = sum(g != c and p == c for g, p in zip(gold, pred, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, pred, strict=True))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[c] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "support": tp + fn}
    confusion = Counter(f"{g}->{p or 'NONE'}" for g, p in zip(gold, pred, strict=True) if g != p)
    return {
        "items": n,
        "accuracy": round(correct / n, 4) if n else 0.0,
        "macro_f1": round(sum(v["f1"] for v in per.values()) / len(per), 4) if per else 0.0,
        "no_event": round(sum(p is None for p in pred) / n, 4) if n else 0.0,
        "no_event_why": {r: round(c / n, 4) for r in NO_EVENT_REASONS if (c := list(why).count(r))} if n else {},
        "per_class": per,
        "confusions": dict(confusion.most_common(12)),
    }


def gsr_examples(path: str | Path) -> list[tuple[list[str], str]]:
    """Training examples from PLOVER's CC BY-SA gold records (``gsr_records.jsonl``): actor texts are matched
    in the sentence and the mention linking them is labelled with the record's event."""
    items: list[Item] = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        d = json.loads(line)
        text = str(d.get("text", "")).strip("{} ")
        label = _OLD_NAMES.get(str(d.get("event", "")).upper(), str(d.get("event", "")).upper())
        src = d.get("source") if isinstance(d.get("source"), list) else []
        tgt = d.get("target") if isinstance(d.get("target"), list) else []
        if label not in PLV_CLASSES or not src or not tgt:
            continue
        s = _find(text, src[0].get("actorText", ""))
        t = _find(text, tgt[0].get("actorText", ""))
        if s is not None and t is not None:
            items.append(Item(str(d.get("id", n)), text, [s], [t], label))
    return training_examples(prepare(items))


def _find(text: str, needle: str) -> Span | None:
    k = text.find(needle) if needle else -1
    return (k, k + len(needle)) if k >= 0 else None


def format_report(res: dict[str, Any]) -> str:
    """A short text report of :func:`cross_validate` or :func:`score_model` results."""
    lines = [f"items: {res['items']}", f"accuracy: {res['accuracy']:.3f}", f"macro-F1: {res['macro_f1']:.3f}",
             f"no linking event: {res['no_event']:.3f}"]
    if res.get("no_event_why"):
        lines.append("  why: " + ", ".join(f"{r} {v:.3f}" for r, v in res["no_event_why"].items()))
    if "folds" in res:
        lines.insert(0, f"{res['folds']}-fold cross-validation (train on {res['folds'] - 1} folds, score the held-out"
                        " fold)")
    lines.append("per class (precision / recall / F1, support):")
    for c, v in sorted(res["per_class"].items()):
        lines.append(f"  {c:<10} {v['precision']:.2f} / {v['recall']:.2f} / {v['f1']:.2f}  ({v['support']})")
    if res.get("confusions"):
        lines.append("most frequent errors: " + ", ".join(f"{k} ({v})" for k, v in res["confusions"].items()))
    return "\n".join(lines)
