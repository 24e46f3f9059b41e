"""Build ``bench/news/dev.jsonl`` from the annotated reports in ``bench/news/src/`` (the tuned part) and
``bench/news/heldout.jsonl`` from those in ``bench/news/heldout/`` (the part no rule is tuned on).

Each source file is a header, a line ``---`` and the report in inline markup (see ``README.md``)::

    id: 01-sports-hockey-comeback
    domain: sports
    published: 2026-02-14
    title: Harbour Kings rally late
    @1 speech
    @2 speech cueless
    ---
    Harbour Kings rally late

    {s1,s2|Coach Mara Ellison} {c1|said} {q1|the defence had improved}.

    {q2|“That's the top priority.”}

A marked span is ``{ROLES|words}``: ROLES is one or more comma-separated role ids, a role letter
(``s`` source, ``c`` cue, ``q`` content) followed by the attribution number. Spans may nest. An
attribution whose content comes in several pieces marks each piece with the same ``q`` id.

The script strips the markup, computes ``[start, end)`` character offsets into the clean text,
validates everything it can (exit status 1 and a message naming the file on the first problem),
writes one JSON line per report and prints counts per class, per domain and of cue-less
attributions by shape.

Usage: ``python bench/news/build.py [--check] [--set dev|heldout]`` (``--check``: validate and print, write
nothing; ``--set``: only that part; by default every part whose folder exists).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SETS = {"dev": (HERE / "src", HERE / "dev.jsonl"), "heldout": (HERE / "heldout", HERE / "heldout.jsonl")}
"""Each part of the set: the folder of annotated sources and the JSONL built from it."""

CLASSES = ("speech", "cognition", "sentiment", "volition", "refusal", "document")
DOMAINS = ("sports", "business", "health", "science", "culture", "crime", "weather", "politics", "world", "courts",
           "tech", "disaster", "local", "education")
SHAPES = ("paragraph", "colon", "dash")
ROLE_NAMES = {"s": "source", "c": "cue", "q": "content"}
HEADER_KEYS = ("id", "domain", "published", "title")
MIN_WORDS, MAX_WORDS = 120, 650
OPEN_RE = re.compile(r"\{([scq]\d+(?:,[scq]\d+)*)\|")
ATTR_RE = re.compile(r"@(\d+)\s+(\w+)(?:\s+(cueless))?\s*$")
DATE_RE = re.compile(r"2026-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
# A quotation of at least this many words is a statement, not a scare quote or a title: it must
# lie inside some attribution's content.
QUOTE_MIN_WORDS = 5
# Quotations are found paragraph by paragraph: an opening mark closed in its paragraph, or one that runs
# on to the paragraph's end (a quotation over several paragraphs in newspaper style opens each paragraph
# and closes only the last one). Straight quotes pair up in order; an odd one left runs on to the end.
OPENERS = (
    (re.compile(r"“"), re.compile(r"”")),
    (re.compile(r'"'), re.compile(r'"')),
    (re.compile(r"(?<![^\s(—])‘"), re.compile(r"’(?=[\s,.;:!?)—]|$)")),
)

Span = tuple[int, int]


class MarkupError(Exception):
    """A malformed source file."""


@dataclass
class Attribution:
    """One attribution as marked: spans per role and the words each span was marked on."""

    number: int
    spans: dict[str, list[Span]] = field(default_factory=lambda: {"source": [], "cue": [], "content": []})
    marked: list[tuple[str, Span, str]] = field(default_factory=list)


@dataclass
class Report:
    """One built report: the JSON-ready document and the shapes of its cue-less attributions."""

    doc: dict[str, Any]
    shapes: list[str]


def parse_markup(marked: str) -> tuple[str, dict[int, Attribution]]:
    """Strip the inline markup; return the clean text and the attributions by number."""
    out: list[str] = []
    pos = 0
    attrs: dict[int, Attribution] = {}
    stack: list[tuple[list[tuple[str, int]], int, int]] = []  # (roles, clean start, markup offset)
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch == "{":
            m = OPEN_RE.match(marked, i)
            if not m:
                raise MarkupError(f"bad opening brace at markup offset {i}: {marked[i:i + 30]!r}")
            roles = [(r[0], int(r[1:])) for r in m.group(1).split(",")]
            if len(set(roles)) != len(roles):
                raise MarkupError(f"role repeated in {m.group(0)!r} at markup offset {i}")
            stack.append((roles, pos, i))
            i = m.end()
            continue
        if ch == "}":
            if not stack:
                raise MarkupError(f"unbalanced closing brace at markup offset {i}: {marked[max(0, i - 30):i + 1]!r}")
            roles, start, at = stack.pop()
            if start == pos:
                raise MarkupError(f"empty span at markup offset {at}")
            words = "".join(out[start:pos])
            if words != words.strip():
                raise MarkupError(f"span with edge whitespace at markup offset {at}: {words!r}")
            for role, n in roles:
                a = attrs.setdefault(n, Attribution(n))
                a.spans[ROLE_NAMES[role]].append((start, pos))
                a.marked.append((ROLE_NAMES[role], (start, pos), words))
            i += 1
            continue
        if ch == "|" and not (marked[i - 1:i] == " " and marked[i + 1:i + 2] == " "):
            raise MarkupError(f"stray '|' at markup offset {i} (a '|' in the text needs a space on each side)")
        out.append(ch)
        pos += 1
        i += 1
    if stack:
        raise MarkupError(f"unclosed span opened at markup offset {stack[-1][2]}")
    return "".join(out), attrs


def parse_header(lines: list[str]) -> tuple[dict[str, str], dict[int, tuple[str, bool]]]:
    """Header keys and the declared attributions (number -> class, cueless)."""
    meta: dict[str, str] = {}
    decl: dict[int, tuple[str, bool]] = {}
    for line in lines:
        if not line.strip():
            raise MarkupError("blank line in the header")
        if line.startswith("@"):
            m = ATTR_RE.match(line)
            if not m:
                raise MarkupError(f"bad attribution line {line!r}")
            n, cls, cueless = int(m.group(1)), m.group(2), bool(m.group(3))
            if cls not in CLASSES:
                raise MarkupError(f"unknown class {cls!r} in {line!r}")
            if n in decl:
                raise MarkupError(f"attribution @{n} declared twice")
            decl[n] = (cls, cueless)
            continue
        key, sep, value = line.partition(":")
        if not sep or key.strip() not in HEADER_KEYS or key.strip() in meta:
            raise MarkupError(f"bad or repeated header line {line!r}")
        meta[key.strip()] = value.strip()
    missing = [k for k in HEADER_KEYS if not meta.get(k)]
    if missing:
        raise MarkupError(f"header lacks {', '.join(missing)}")
    return meta, decl


def check_layout(text: str, title: str) -> None:
    """Headline first, then paragraphs separated by one blank line, no stray whitespace, sane length."""
    paras = text.split("\n\n")
    if paras[0] != title:
        raise MarkupError(f"first line {paras[0]!r} is not the title {title!r}")
    for p in paras:
        if not p or "\n" in p or p != p.strip() or "  " in p:
            raise MarkupError(f"bad paragraph layout near {p[:40]!r}")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        raise MarkupError(f"{words} words, outside {MIN_WORDS}-{MAX_WORDS}")


def overlaps(a: list[Span], b: list[Span]) -> bool:
    """Whether any span of ``a`` shares a character with any span of ``b``."""
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def cueless_shape(text: str, a: Attribution) -> str:
    """Shape of a cue-less quote: ``paragraph``, ``colon``, ``dash`` or ``other`` (an error)."""
    start, end = min(a.spans["content"])[0], max(a.spans["content"])[1]
    source_start, source_end = a.spans["source"][0]
    if text[end:].startswith(" — ") and source_start > end:
        return "dash"
    # An embedded post: its text, then its signature as the next paragraph ("— Name (@handle) May 3, 2026").
    if text[end:].startswith("\n\n— ") and end + 2 < source_start and "\n" not in text[end + 2:source_end]:
        return "dash"
    if text[:start].rstrip(" ").endswith(":") and source_end <= start:
        return "colon"
    if (start == 0 or text[:start].endswith("\n\n")) and source_end <= start:
        return "paragraph"
    return "other"


def quotations(text: str) -> list[Span]:
    """Every quotation of the text (see :data:`OPENERS`), paragraph by paragraph."""
    out: list[Span] = []
    start = 0
    for para in text.split("\n\n"):
        for opener, closer in OPENERS:
            i = 0
            while (m := opener.search(para, i)) is not None:
                c = closer.search(para, m.end())
                end = c.end() if c else len(para)
                out.append((start + m.start(), start + end))
                i = end
        start += len(para) + 2
    return out


def uncovered_quotes(text: str, attrs: list[Attribution]) -> list[str]:
    """Quotations of QUOTE_MIN_WORDS words or more that no content covers (a missed attribution)."""
    covered: set[int] = set()
    for a in attrs:
        for s, e in a.spans["content"]:
            covered.update(range(s, e))
    return [text[s:e] for s, e in quotations(text)
            if len(text[s:e].split()) >= QUOTE_MIN_WORDS and not covered.issuperset(range(s, e))]


def check_attribution(text: str, a: Attribution, cueless: bool) -> None:
    """Offsets, role counts and overlaps of one attribution."""
    n, sp = a.number, a.spans
    for role, (s, e), words in a.marked:
        if not (0 <= s < e <= len(text)) or text[s:e] != words:
            raise MarkupError(f"@{n} {role} offsets {s, e} do not give {words!r}")
    if not sp["content"]:
        raise MarkupError(f"@{n} has no content")
    if len(sp["source"]) > 1 or len(sp["cue"]) > 1:
        raise MarkupError(f"@{n} has more than one source or cue span")
    if cueless and (sp["cue"] or not sp["source"]):
        raise MarkupError(f"@{n} is cueless: it needs a source and no cue")
    if not cueless and not sp["cue"]:
        raise MarkupError(f"@{n} has no cue (declare it cueless?)")
    if overlaps(sp["content"], sp["source"] + sp["cue"]) or overlaps(sp["source"], sp["cue"]):
        raise MarkupError(f"@{n} roles overlap")
    if any("\n" in text[s:e] for s, e in sp["content"]):
        raise MarkupError(f"@{n} has a content piece across a paragraph break (mark one piece per paragraph)")
    pieces = sorted(sp["content"])
    if any(pieces[k][1] > pieces[k + 1][0] for k in range(len(pieces) - 1)):
        raise MarkupError(f"@{n} content pieces overlap")
    if cueless and cueless_shape(text, a) == "other":
        raise MarkupError(f"@{n} is cueless but not a quote paragraph, colon or dash introduction")


def build_file(path: Path) -> Report:
    """One report; raises MarkupError when anything is off."""
    raw = path.read_text(encoding="utf-8")
    if raw.count("\n---\n") != 1:
        raise MarkupError("needs exactly one '---' line between header and text")
    head, body = raw.split("\n---\n")
    meta, decl = parse_header(head.splitlines())
    if meta["id"] != path.stem:
        raise MarkupError(f"id {meta['id']!r} differs from the file name")
    if meta["domain"] not in DOMAINS or path.stem.split("-")[1] != meta["domain"]:
        raise MarkupError(f"domain {meta['domain']!r} unknown or not in the file name")
    if not DATE_RE.match(meta["published"]):
        raise MarkupError(f"bad date {meta['published']!r}")
    text, attrs = parse_markup(body.rstrip("\n"))
    check_layout(text, meta["title"])
    if set(decl) != set(attrs):
        raise MarkupError(f"declared but unused: {sorted(set(decl) - set(attrs))}; "
                          f"used but undeclared: {sorted(set(attrs) - set(decl))}")
    if sorted(attrs) != list(range(1, len(attrs) + 1)):
        raise MarkupError(f"attribution numbers are not 1..{len(attrs)}: {sorted(attrs)}")
    records: list[dict[str, Any]] = []
    shapes: list[str] = []
    for n in sorted(attrs):
        a = attrs[n]
        cls, cueless = decl[n]
        check_attribution(text, a, cueless)
        if cueless:
            shapes.append(cueless_shape(text, a))
        records.append({role: [list(x) for x in sorted(a.spans[role])] for role in ("source", "cue", "content")}
                       | {"class": cls, "cueless": cueless})
    records.sort(key=lambda r: r["content"][0])
    missed = uncovered_quotes(text, list(attrs.values()))
    if missed:
        raise MarkupError(f"quotations without an attribution: {missed}")
    doc = {"id": meta["id"], "domain": meta["domain"], "published": meta["published"], "title": meta["title"],
           "text": text, "attributions": records}
    return Report(doc, shapes)


def summary(reports: list[Report]) -> list[str]:
    """The count lines printed after a build (pasted into README.md)."""
    by_class: Counter[str] = Counter()
    by_domain: Counter[str] = Counter()
    attrs_by_domain: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    words = 0
    for r in reports:
        domain = r.doc["domain"]
        by_domain[domain] += 1
        words += len(r.doc["text"].split())
        for a in r.doc["attributions"]:
            by_class[a["class"]] += 1
            attrs_by_domain[domain] += 1
        shapes.update(r.shapes)
    total = sum(by_class.values())
    return [
        f"reports: {len(reports)}  words: {words}  attributions: {total}",
        "by class:  " + "  ".join(f"{c} {by_class[c]}" for c in CLASSES)
        + f"  (non-speech {total - by_class['speech']})",
        "by domain: " + "  ".join(f"{d} {by_domain[d]}/{attrs_by_domain[d]}" for d in DOMAINS)
        + "  (reports/attributions)",
        f"cueless:   {sum(shapes.values())}  (" + "  ".join(f"{k} {shapes[k]}" for k in SHAPES) + ")",
    ]


def build_set(name: str, check_only: bool) -> int:
    """Build one part of the set (:data:`SETS`): print counts, write its JSONL unless ``check_only``."""
    src, out = SETS[name]
    reports = []
    for path in sorted(src.glob("*.txt")):
        try:
            reports.append(build_file(path))
        except (MarkupError, ValueError) as exc:
            print(f"ERROR {src.name}/{path.name}: {exc}", file=sys.stderr)
            return 1
    if not reports:
        print(f"ERROR no source files in {src}", file=sys.stderr)
        return 1
    print(f"[{name}]")
    print("\n".join(summary(reports)))
    if not check_only:
        with out.open("w", encoding="utf-8") as f:
            for r in reports:
                f.write(json.dumps(r.doc, ensure_ascii=False) + "\n")
        print(f"wrote {out.relative_to(HERE.parent.parent)}")
    return 0


def main(argv: list[str]) -> int:
    """Build every part (or the one ``--set`` names), print counts, write the JSONL (unless ``--check``)."""
    names = [n for n, (src, _) in SETS.items() if src.is_dir()]
    if "--set" in argv:
        k = argv.index("--set")
        if k + 1 >= len(argv) or argv[k + 1] not in SETS:
            print(f"ERROR --set takes one of {', '.join(SETS)}", file=sys.stderr)
            return 2
        names = [argv[k + 1]]
    ids: set[str] = set()
    for name in names:
        stems = {p.stem for p in SETS[name][0].glob("*.txt")}
        if ids & stems:
            print(f"ERROR {name}: ids also in another part: {sorted(ids & stems)}", file=sys.stderr)
            return 1
        ids |= stems
        if build_set(name, "--check" in argv):
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
