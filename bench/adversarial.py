"""Extraction time on adversarial inputs beside ordinary news prose of the same length.

Every shape below is generated at a given size (default about 27,000 characters; the one long
sentence and the many short lines have their own sizes), run through ``reportedly.extract()`` (the
default ``reportedly extract`` path: trained attribution model, events on) in this one process, and
timed beside ordinary news prose of the same length (written for this script, see ``PROSE``). Each
shape is also timed at half its size: for a step that grows linearly, full/half is about 2; for a
quadratic one about 4. Usage:

    python bench/adversarial.py                      # all shapes, best of 3 rounds
    python bench/adversarial.py --rounds 1 --size 8000 --only quotes_unmatched --only colons
    python bench/adversarial.py --json bench/results/adversarial.json --max-ratio 5

Exits 1 when a shape takes more than ``--max-ratio`` times as long as the prose of its length.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

DEFAULT_SIZE = 27_000
LONG_SENTENCE_WORDS = 40_000
SHORT_LINES = 10_000

# Ordinary news prose, written for this benchmark (fictional events and people).
PROSE = [
    "The city council voted on Tuesday to extend the night bus service for another year, after a "
    "month of complaints from shift workers. “People were walking home at three in the morning,” said "
    "Maria Lindqvist, who chairs the transport committee. The extension will cost about 2 million euros.",
    "Farmers in the northern valley said the late frost had destroyed much of the apple harvest. "
    "According to the regional agriculture office, yields could fall by a third compared with last "
    "year. Officials said compensation would be discussed at a meeting next week.",
    "The ministry of health announced that it would open four new clinics in rural districts by the "
    "end of the year. A spokesman told reporters that staff had already been hired for two of them, "
    "but he declined to say when the others would be ready.",
    "Opposition leader Tomas Reiner accused the government of hiding the true cost of the bridge "
    "project. “They promised us a budget, and they have broken that promise twice,” he told a rally "
    "in the capital on Saturday. The government rejected the claim.",
    "Police arrested three men after a warehouse fire on the edge of the port on Sunday night, a "
    "police statement said. No one was injured, but firefighters needed six hours to bring the blaze "
    "under control. Investigators are still looking into the cause.",
    "The central bank kept its main interest rate unchanged at 3.5 percent, citing uncertainty about "
    "energy prices. Governor Elena Marsh said inflation was likely to ease in the second half of the "
    "year, although she warned that the outlook remained fragile.",
    "Teachers in several schools went on strike on Monday to demand higher pay and smaller classes. "
    "The union said more than 4,000 members had joined the action. The education minister, Paul "
    "Okafor, called the strike regrettable and invited union leaders to talks on Thursday.",
    "Residents of the coastal town were told to leave their homes as the storm approached, local "
    "authorities said. “We are not taking any chances this time,” the mayor said in a radio interview. "
    "Shelters have been set up in two schools and a sports hall.",
]


def prose(size: int) -> str:
    """Ordinary news prose of about ``size`` characters (whole paragraphs, cut at a sentence end)."""
    out: list[str] = []
    length = 0
    k = 0
    while length < size:
        para = PROSE[k % len(PROSE)]
        out.append(para)
        length += len(para) + 2
        k += 1
    text = "\n\n".join(out)
    cut = text.rfind(". ", 0, size)
    return text[:cut + 1] if cut > size // 2 else text[:size]


def repeat(unit: str, size: int) -> str:
    """``unit`` repeated to about ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size].rstrip()


def long_sentence(words: int) -> str:
    """One sentence of ``words`` words, no full stop: names and nouns joined with commas and "and"."""
    vocab = ["officials", "ministers", "the council", "Putin", "farmers", "the ministry", "diplomats",
             "Maria Lindqvist", "the union", "police", "residents", "the bank", "teachers", "the mayor"]
    out: list[str] = ["The meeting was attended by"]
    n = 5
    k = 0
    while n < words:
        item = vocab[k % len(vocab)]
        out.append(("and " if k % 3 == 2 else "") + item + ",")
        n += len(item.split()) + (k % 3 == 2)
        k += 1
    return " ".join(out).rstrip(",")


def short_lines(lines: int) -> str:
    """``lines`` lines of one word or a short name each (and a few datelines, colons and cue words)."""
    names = ["Putin", "Zelensky", "officials", "OSLO --", "Maria Lindqvist", "said", "Paris:", "the", "Reuters",
             "Monday", "He said", "Mr. Putin"]
    return "\n".join(names[k % len(names)] for k in range(lines)) + "\n"


def short_sentences(lines: int) -> str:
    """``lines`` one-line paragraphs of a short sentence each: datelines, names, pronouns, captions."""
    sentences = ["OSLO -- Putin said it.", "He said so.", "Mr. Putin spoke.", "They agreed.", "PARIS -- says.",
                 "A tank near Kyiv.", "Officials: no comment.", "She denied it."]
    return "\n".join(sentences[k % len(sentences)] for k in range(lines)) + "\n"


def mixed_quotes(size: int) -> str:
    """Straight, curly and TeX-style quotation marks in an irregular (but fixed) mixture, with cue words."""
    marks = ["''", "``", '"', "'", "“", "”", "‘", "’", "said", "He", "told"]
    out: list[str] = []
    length = 0
    state = 12345
    while length < size:
        state = (state * 1103515245 + 12345) % 2**31
        piece = marks[state % len(marks)]
        out.append(piece)
        length += len(piece) + 1
    return " ".join(out)[:size].rstrip()


def nested_brackets(opening: str, closing: str, size: int, inner: str = "") -> str:
    """``opening`` ``size/2`` deep, then ``inner``, then as many ``closing``."""
    depth = (size - len(inner)) // 2
    return opening * depth + inner + closing * depth


# name -> (generator of a text at a size, the size used at full size or None for --size)
SHAPES: dict[str, tuple[Callable[[int], str], int | None]] = {
    "quotes_unmatched": (lambda n: repeat('He said "', n), None),
    "quotes_nested": (lambda n: repeat("“‘", n), None),
    "quotes_nested_words": (lambda n: repeat("“He said ‘she said ", n), None),
    "quotes_mixed": (mixed_quotes, None),
    "colons": (lambda n: repeat("Officials: ", n), None),
    "cue_said": (lambda n: repeat("said ", n), None),
    "cue_according": (lambda n: repeat("according to ", n), None),
    "cue_said_that": (lambda n: repeat("He said that she said that ", n), None),
    "long_sentence": (long_sentence, LONG_SENTENCE_WORDS),
    "token_the": (lambda n: repeat("the ", n), None),
    "token_putin": (lambda n: repeat("Putin ", n), None),
    "brackets_round": (lambda n: nested_brackets("(", ")", n), None),
    "brackets_square": (lambda n: nested_brackets("[", "]", n, " "), None),
    "short_lines": (short_lines, SHORT_LINES),
    "short_sentences": (short_sentences, SHORT_LINES),
}


def make(shape: str, size: int) -> str:
    """The text of ``shape`` for the generator argument ``size`` (characters, words or lines, see :func:`sizes`)."""
    gen, _ = SHAPES[shape]
    return gen(size)


def sizes(shape: str, size: int, own: dict[str, int] | None = None) -> tuple[int, int]:
    """(full, half) generator arguments of a shape: its own size (``own`` overrides it), or ``size``."""
    default = SHAPES[shape][1]
    full = size if default is None else (own or {}).get(shape, default)
    return full, full // 2


def timed(text: str, rounds: int, *, check_spans: bool = True) -> float:
    """Best of ``rounds`` wall-clock seconds of ``reportedly.extract(text)``, each with spaCy's tokenizer cache
    emptied first (a second round would otherwise reuse the first one's tokens: the cost of a new text is
    what counts); checks the spans of the result too."""
    import reportedly
    from reportedly.text.nlp import load_pipeline

    tokenizer = load_pipeline().tokenizer
    tokenizer = getattr(tokenizer, "tokenizer", tokenizer)  # spaCy's own, inside reportedly's wrapper
    best = float("inf")
    for _ in range(rounds):
        tokenizer._flush_cache()
        t0 = time.perf_counter()
        doc = reportedly.extract(text)
        best = min(best, time.perf_counter() - t0)
    if check_spans:
        check(doc, text)
    return best


def check(doc: Any, text: str) -> None:
    """Every span lies inside ``text`` and every reported piece of text is the text at its spans."""
    errors = list(span_errors(doc.model_dump(mode="json"), text))
    if errors:
        raise AssertionError(f"{len(errors)} bad spans, first: {errors[0]}")


def span_errors(node: Any, text: str, where: str = "doc") -> Iterator[str]:
    """Yield a message for each span outside ``text`` and each ``text`` that is not the text at its ``spans``.

    Pieces of a record with several spans are joined with " … ", as :func:`reportedly.model.span_text` does.
    """
    if isinstance(node, dict):
        for key in ("spans", "mentions"):
            spans = node.get(key)
            if not isinstance(spans, list):
                continue
            bad = [(s, e) for s, e in spans if not 0 <= s <= e <= len(text)]
            if bad:
                yield f"{where}.{key}: span {tuple(bad[0])} outside the text ({len(text)} characters)"
                return
            got = node.get("text")
            if key == "spans" and spans and isinstance(got, str) and got != " … ".join(text[s:e] for s, e in spans):
                yield f"{where}: text {got[:60]!r} is not the text at its spans {spans[:3]}"
        for key, value in node.items():
            yield from span_errors(value, text, f"{where}.{key}")
    elif isinstance(node, list):
        for k, value in enumerate(node):
            yield from span_errors(value, text, f"{where}[{k}]")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=DEFAULT_SIZE, help="characters of each shape (default 27,000)")
    ap.add_argument("--rounds", type=int, default=3, help="best of this many rounds (default 3)")
    ap.add_argument("--max-ratio", type=float, default=5.0, help="exit 1 above this ratio to prose (default 5)")
    ap.add_argument("--long-words", type=int, default=LONG_SENTENCE_WORDS,
                    help="words of the one long sentence (default 40,000)")
    ap.add_argument("--lines", type=int, default=SHORT_LINES, help="lines of the short-line shapes (default 10,000)")
    ap.add_argument("--only", action="append", choices=sorted(SHAPES), help="run only these shapes")
    ap.add_argument("--no-half", action="store_true", help="skip the half-size runs")
    ap.add_argument("--json", metavar="PATH", help="write the figures to this file")
    args = ap.parse_args(argv)

    import reportedly
    from reportedly.text.nlp import pipeline_info

    reportedly.extract(prose(3000))  # load the pipeline and the models
    prose_times: dict[int, float] = {}

    def prose_time(chars: int) -> float:
        if chars not in prose_times:
            prose_times[chars] = timed(prose(chars), args.rounds)
        return prose_times[chars]

    rows = []
    header = f"{'shape':<20} {'chars':>8} {'words':>7} {'seconds':>8} {'prose s':>8} {'ratio':>6} " \
             f"{'half s':>7} {'full/half':>9}"
    print(f"reportedly {reportedly.__version__}, {pipeline_info()}, best of {args.rounds}")
    print(header)
    print("-" * len(header))
    for shape in args.only or SHAPES:
        full, half = sizes(shape, args.size, {"long_sentence": args.long_words, "short_lines": args.lines,
                                                   "short_sentences": args.lines})
        text = make(shape, full)
        seconds = timed(text, args.rounds)
        base = prose_time(len(text))
        row = {"shape": shape, "chars": len(text), "words": len(text.split()), "seconds": round(seconds, 3),
               "prose_seconds": round(base, 3), "ratio": round(seconds / base, 2)}
        if not args.no_half:
            half_seconds = timed(make(shape, half), args.rounds)
            row.update(half_chars=len(make(shape, half)), half_seconds=round(half_seconds, 3),
                       growth=round(seconds / half_seconds, 2))
        rows.append(row)
        print(f"{shape:<20} {row['chars']:>8,} {row['words']:>7,} {seconds:>8.2f} {base:>8.2f} {row['ratio']:>6.1f} "
              + (f"{row['half_seconds']:>7.2f} {row['growth']:>9.2f}" if "growth" in row else ""), flush=True)
    bad = [r["shape"] for r in rows if r["ratio"] > args.max_ratio]
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps({"rounds": args.rounds, "size": args.size, "max_ratio": args.max_ratio,
                                               "pipeline": pipeline_info(), "shapes": rows}, indent=2) + "\n")
    if bad:
        print(f"slower than {args.max_ratio:g}x prose: {', '.join(bad)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
