"""Train the attribution model shipped as ``src/reportedly/data/attribution_model.json``.

    python train/train_attribution.py --train ../shared/data/polnear/train.jsonl \
        --dev ../shared/data/polnear/dev.jsonl [--epochs 12] [--seed 13]

Trains on PolNeAR train only; dev is used for model selection (the best epoch and the cue
threshold), never for training. Three logistic-regression scorers (cue, content, source; see
``reportedly.attribution.learned``) are fit by SGD with fixed seeds, one pass per epoch, printing the dev
figures after each epoch. Writes the weights and ``train/REPORT.md`` (the training report).
Needs the ``train`` extra (scikit-learn). Parses are cached in ``--cache`` (default /tmp).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import platform
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import SGDClassifier
from spacy.tokens import DocBin

from reportedly.attribution.learned import AttributionModel, Candidates, Linear, extract
from reportedly.evaluation import attributions as evaluate
from reportedly.text import debris, nlp

ROOT = Path(__file__).resolve().parents[1]
CUE_LABEL = "matchable"
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
MODEL_OUT = ROOT / "src" / "reportedly" / "data" / "attribution_model.json"
REPORT_OUT = ROOT / "train" / "REPORT.md"


def read_jsonl(path: str) -> dict[str, dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return {d["id"]: d for d in map(json.loads, fh) if d}


def parse_all(docs: dict[str, dict[str, Any]], cache_dir: Path, name: str) -> dict[str, tuple[nlp.Parsed, set[int]]]:
    """Parse every document the way the pipeline does (debris skipped, captions found); cached."""
    digest = hashlib.sha1("".join(sorted(docs)).encode() + nlp.pipeline_info().encode()).hexdigest()[:12]
    cache = cache_dir / f"reportedly-{name}-{digest}-v2.pkl"
    vocab = nlp.load_pipeline().vocab
    if cache.exists():
        data = pickle.loads(cache.read_bytes())
        out = {}
        for k, (blob, starts, blocks, skip, tensor) in data.items():
            (doc,) = DocBin().from_bytes(blob).get_docs(vocab)
            doc.tensor = tensor.astype("float32")
            out[k] = (nlp.Parsed(docs[k]["text"], doc, starts, blocks), skip)
        return out
    ids = list(docs)
    kept = [debris.split_debris(docs[k]["text"])[1] for k in ids]
    out, data = {}, {}
    t0 = time.time()
    for n, (k, p) in enumerate(zip(ids, nlp.parse_blocks([docs[k]["text"] for k in ids], kept), strict=True), 1):
        skip = set(debris.find_captions(p))
        out[k] = (p, skip)
        db = DocBin(store_user_data=False)
        db.add(p.doc)
        data[k] = (db.to_bytes(), p.starts, p.blocks, skip, p.doc.tensor.astype("float16"))
        if n % 100 == 0:
            print(f"  parsed {n}/{len(ids)} {name} documents ({time.time() - t0:.0f} s)", file=sys.stderr)
    cache.write_bytes(pickle.dumps(data))
    return out


def _chars(spans: list[list[int]] | list[tuple[int, int]]) -> set[int]:
    return {i for s, e in spans for i in range(s, e)}


def _matches(a: set[int], b: set[int]) -> bool:
    ov = len(a & b)
    return bool(a) and bool(b) and ov >= 0.5 * len(a) and ov >= 0.5 * len(b)


def examples(parsed: dict[str, tuple[nlp.Parsed, set[int]]], gold: dict[str, dict[str, Any]]
             ) -> tuple[Any, ...]:
    """Feature lists and labels for the three scorers, plus candidate coverage counts."""
    cue_x, cue_y, con_x, con_y, src_x, src_y = [], [], [], [], [], []
    cue_v: list[Any] = []
    stats = {"gold": 0, "cue_found": 0, "content_found": 0, "source_found": 0}
    for k, (p, skip) in parsed.items():
        g = gold[k]
        attrs = [a for a in g["attributions"] if a.get("content")]
        stats["gold"] += len(g["attributions"])
        cands = Candidates(p, skip_blocks=skip)
        gold_cue = [_chars(a["cue"]) for a in attrs]
        gold_con = [_chars(a["content"]) for a in attrs]
        gold_src = [_chars(a["source"]) for a in attrs]
        covered: dict[int, int] = {}
        for t in cands.cue_candidates():
            tchars = set(range(*p.token_span(t)))
            hits = [j for j, c in enumerate(gold_cue) if tchars & c]
            contents = cands.content_options(t)
            positive = None
            labels = []
            for o in contents:
                oc = _chars(o.spans)
                labels.append(any(_matches(oc, gold_con[j]) for j in hits))
            for j in hits:
                if any(_matches(_chars(o.spans), gold_con[j]) for o in contents):
                    positive = j
                    break
            cue_x.append(cands.cue_features(t))
            cue_v.append(cands.cue_vector(t))
            cue_y.append(int(positive is not None or (CUE_LABEL == "gold" and bool(hits))))
            for j in hits:
                covered[j] = max(covered.get(j, 0), 1)
            if positive is None:
                continue
            covered[positive] = 2
            n = len(contents)
            for o, lab in zip(contents, labels, strict=True):
                con_x.append(cands.content_features(t, o, n))
                con_y.append(int(lab))
            any_src = False
            for o in cands.source_options(t):
                oc = {i for s, e in o.spans for i in range(p.token_start(s), p.token_end(e - 1))}
                lab = (not oc and not gold_src[positive]) or bool(oc & gold_src[positive])
                any_src |= lab
                src_x.append(cands.source_features(t, o))
                src_y.append(int(lab))
            if any_src:
                covered[positive] = 3
        stats["cue_found"] += sum(v >= 1 for v in covered.values())
        stats["content_found"] += sum(v >= 2 for v in covered.values())
        stats["source_found"] += sum(v >= 3 for v in covered.values())
    return cue_x, cue_y, con_x, con_y, src_x, src_y, stats, np.vstack(cue_v)


def to_linear(vec: DictVectorizer, clf: SGDClassifier, prune: float = 1e-4, dense_scale: float = 1.0) -> Linear:
    coef = clf.coef_.ravel()
    names = vec.get_feature_names_out()
    n = len(names)
    weights = {str(nm): round(float(w), 5) for nm, w in zip(names, coef[:n], strict=True) if abs(w) >= prune}
    dense = [round(float(w) * dense_scale, 6) for w in coef[n:]] or None
    return Linear(float(clf.intercept_[0]), weights, dense)


def record(doc_id: str, p: nlp.Parsed, found: list) -> dict[str, Any]:
    """One document's findings as a line of the referee's prediction file."""
    return {"id": doc_id, "attributions": [
        {"source": [list(p.char_span(*f.source))] if f.source else [], "cue": [list(s) for s in f.cue_spans],
         "content": [list(s) for s in f.content]} for f in found]}


def predict(parsed: dict[str, tuple[nlp.Parsed, set[int]]], model: AttributionModel) -> dict[str, dict]:
    return {k: record(k, p, extract(p, skip_blocks=skip, model=model)) for k, (p, skip) in parsed.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", required=True)
    ap.add_argument("--dev", required=True)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--alpha", type=float, default=1e-5, help="L2 regularisation of the SGD learners")
    ap.add_argument("--cache", default="/tmp")
    ap.add_argument("--dense", action=argparse.BooleanOptionalAction, default=False,
                    help="add the parser's contextual vector of the cue word to the cue features")
    ap.add_argument("--dense-scale", type=float, default=0.1)
    ap.add_argument("--out", default=str(MODEL_OUT))
    ap.add_argument("--cue-label", choices=("matchable", "gold"), default="matchable",
                    help="cue positives: gold cues whose content is among the options, or all gold cues")
    args = ap.parse_args()
    global CUE_LABEL
    CUE_LABEL = args.cue_label
    random.seed(args.seed)
    np.random.seed(args.seed)
    t_start = time.time()
    log: list[str] = []

    def say(line: str) -> None:
        print(line, flush=True)
        log.append(line)

    gold_train, gold_dev = read_jsonl(args.train), read_jsonl(args.dev)
    say(f"train {len(gold_train)} documents, dev {len(gold_dev)} documents; pipeline {nlp.pipeline_info()}")
    parsed_train = parse_all(gold_train, Path(args.cache), "train")
    parsed_dev = parse_all(gold_dev, Path(args.cache), "dev")
    say(f"parsed in {time.time() - t_start:.0f} s")
    cue_x, cue_y, con_x, con_y, src_x, src_y, stats, cue_dense = examples(parsed_train, gold_train)
    say(f"candidate coverage on train: of {stats['gold']} gold attributions, cue word among candidates "
        f"{stats['cue_found'] / stats['gold']:.3f}, matching content among its options "
        f"{stats['content_found'] / stats['gold']:.3f}, and an agreeing source "
        f"{stats['source_found'] / stats['gold']:.3f}")
    say(f"examples: cue {len(cue_y)} ({sum(cue_y)} positive), content {len(con_y)}, source {len(src_y)}")

    learners = {}
    for name, xs, ys in (("cue", cue_x, cue_y), ("content", con_x, con_y), ("source", src_x, src_y)):
        vec = DictVectorizer()
        x = vec.fit_transform([dict.fromkeys(f, 1) for f in xs])
        if name == "cue" and args.dense:
            x = sparse.hstack([x, sparse.csr_matrix(cue_dense * args.dense_scale)]).tocsr()
        y = np.array(ys)
        clf = SGDClassifier(loss="log_loss", alpha=args.alpha, average=True, random_state=args.seed,
                            learning_rate="optimal", tol=None)
        learners[name] = (vec, clf, x, y)
    order_rng = np.random.default_rng(args.seed)
    best: tuple[float, dict[str, Any]] | None = None
    say("")
    say("| epoch | threshold | attribution P | R | F1 | content F1 | exact content F1 | source acc. | indirect R |")
    say("|---|---|---|---|---|---|---|---|---|")
    for epoch in range(1, args.epochs + 1):
        for _vec, clf, x, y in learners.values():
            idx = order_rng.permutation(x.shape[0])
            clf.partial_fit(x[idx], y[idx], classes=np.array([0, 1]))
        linears = {k: to_linear(v, c, dense_scale=args.dense_scale) for k, (v, c, _, _) in learners.items()}
        for threshold in THRESHOLDS:
            model = AttributionModel(linears["cue"], linears["content"], linears["source"], threshold, {})
            res = evaluate.score(gold_dev, predict(parsed_dev, model))
            a = res["attribution"]
            say(f"| {epoch} | {threshold:.2f} | {a['precision']:.3f} | {a['recall']:.3f} | {a['f1']:.3f} | "
                f"{res['content']['f1']:.3f} | {res['exact_content']['f1']:.3f} | "
                f"{res['source_accuracy_on_matches']:.3f} | {res['recall_by_kind']['indirect']:.3f} |")
            if best is None or a["f1"] > best[0]:
                best = (a["f1"], {"epoch": epoch, "threshold": threshold, "linears": linears, "dev": res})
    assert best is not None
    chosen = best[1]
    meta = {
        "trained_on": "PolNeAR train (840 documents), networkdynamics/PolNeAR @ c3eee83",
        "selected_on": "PolNeAR dev (84 documents): best epoch and cue threshold by attribution F1",
        "epoch": chosen["epoch"], "seed": args.seed, "alpha": args.alpha, "pipeline": nlp.pipeline_info(),
        "dev": {k: chosen["dev"][k] for k in ("attribution", "content", "exact_content", "exact_source",
                                                  "source_accuracy_on_matches", "recall_by_kind")},
    }
    lin = chosen["linears"]
    data = {k: {"bias": lin[k].bias, "weights": lin[k].weights, "dense": lin[k].dense}
            for k in ("cue", "content", "source")}
    data.update({
            "threshold": chosen["threshold"], "meta": meta})
    Path(args.out).write_text(json.dumps(data, sort_keys=True, separators=(",", ":")), encoding="utf-8")
    size = Path(args.out).stat().st_size / 1e6
    say("")
    say(f"chosen: epoch {chosen['epoch']}, threshold {chosen['threshold']}; dev attribution F1 {best[0]:.3f}")
    say(f"weights: cue {len(lin['cue'].weights)}, content {len(lin['content'].weights)}, source "
        f"{len(lin['source'].weights)} features; {args.out} {size:.1f} MB")
    say(f"total time {time.time() - t_start:.0f} s on {platform.processor() or platform.machine()}")
    report = REPORT_OUT if Path(args.out).resolve() == MODEL_OUT.resolve() else Path(args.out + ".report.md")
    report.write_text("# Attribution model training report\n\nWritten by `make train` "
                          "(train/train_attribution.py).\n\n```\n" + " ".join(sys.argv) + "\n```\n\n"
                          + "\n".join(log) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
