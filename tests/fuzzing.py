"""Hypothesis strategies and checks for fuzzing :func:`reportedly.extract` and the HTML reader.

Shared by ``tests/test_fuzz.py`` (a small derandomized sample, part of ``make test``) and
``bench/fuzz.py`` (``make fuzz``: 10,000 generated inputs, counted). Each :data:`TARGETS` entry is
a strategy of cases and a check that runs one case and returns an :class:`Outcome` listing its
problems: an exception other than :class:`~reportedly.errors.InputError`, an ``InputError`` that
is no documented refusal (the pipeline reports an internal crash as ``InputError("processing
failed ...")``, which counts as a crash here), or a span that does not point into the text or does
not give back the text its record reports.

Profiles (``HYPOTHESIS_PROFILE``, default ``ci``): ``ci`` is derandomized, :data:`CI_EXAMPLES`
examples per test and no example database; ``fuzz`` has :data:`FUZZ_TOTAL` examples in all, split
across the targets by :data:`SHARES`. ``python -m tests.fuzzing replay CASES.json`` prints the
outputs of saved cases, one JSON line each (the hash-seed test runs it in two subprocesses).
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

import reportedly
from reportedly.errors import InputError
from reportedly.model import Document, span_text
from reportedly.pipeline import process
from reportedly.text.read import check_text, html_to_document, read_single

CI_EXAMPLES = 40
FUZZ_TOTAL = 10_000
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
settings.register_profile("ci", derandomize=True, max_examples=CI_EXAMPLES, deadline=None, database=None,
                          print_blob=True, suppress_health_check=_QUIET)
settings.register_profile("fuzz", max_examples=FUZZ_TOTAL, deadline=None, print_blob=True,
                          suppress_health_check=_QUIET)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")

SHARES = {"news": 0.40, "unicode": 0.20, "markup": 0.15, "html": 0.15, "surrogates": 0.10}
"""Share of the ``fuzz`` profile's examples each target gets."""


def examples(target: str, profile: str = PROFILE) -> int:
    """Examples to run for ``target``: its share of the total under ``fuzz``, the profile's number otherwise."""
    total = settings.get_profile(profile).max_examples
    return math.ceil(total * SHARES[target]) if profile == "fuzz" else total


def fuzz_settings(target: str, profile: str = PROFILE) -> settings:
    """Settings for one target's test: the selected profile, with the target's number of examples."""
    return settings(settings.get_profile(profile), max_examples=examples(target, profile))


# --- Fragments of news text --------------------------------------------------------------------------------------

NAMES = ["Volodymyr Zelensky", "Mr. Dzhumabaev", "Farida Nazarova, Tajikistan’s deputy defence minister,",
         "the minister", "A spokesman for the army", "Hamas", "the Kremlin", "Kyrgyz Foreign Minister Aibek Dzhumabaev",
         "officials on both sides", "He", "She", "They", "Lucia Brenner", "Sean O'Neill", "Jean-Luc Mélenchon",
         "Li Qiang", "Mohammed bin Salman", "the U.S. State Department", "Ukraine’s air force", "NATO",
         "Israeli Prime Minister Benjamin Netanyahu", "a senior official who spoke on condition of anonymity",
         "Dr. Anna Berg", "the European Union’s special envoy", "Russia", "police", "Zoë Ångström", "محمد"]
VERBS = ["said", "told reporters", "told Reuters", "claimed", "denied", "added", "warned", "insisted", "wrote on X",
         "said in a statement", "told a press conference", "announced", "confirmed", "argued", "said on Telegram",
         "told CNN", "stressed", "admitted", "reportedly said", "has said", "will say", "did not say"]
CLAUSES = ["the ceasefire would hold", "troops had crossed the border overnight",
           "40 drones were shot down over Kharkiv", "talks would resume on Thursday", "nobody trusts the maps",
           "the army shelled three villages near the river", "Washington will impose sanctions on Iran",
           "the EU was ready to pay for the survey", "rebels attacked a convoy near Goma, killing at least 12 people",
           "it had not received any request", "the protesters would march on parliament",
           "Israel agreed to a 72-hour truce", "around 30 delegates walked out", "the strike killed 1,500 fighters",
           "Moscow rejected the accusation", "we are ready", "this is a lie", "the talks failed",
           "Kyiv had asked for more air defence"]
TIMES = ["on Monday", "yesterday", "last week", "on March 3", "on 12 March 2025", "earlier this month", "next year",
         "in April", "tomorrow", "on Friday night", "three days ago", "overnight", "on 2025-02-29", "this morning",
         "in 1999", "late Tuesday", "in March 0000", "on 31 February", ""]
PLACES = ["in Kyiv", "in Bishkek", "near the town of Sudzha", "in Gaza City", "in Brussels", "in the Donetsk region",
          "at the border", "in São Paulo", "outside Khartoum", ""]
EVENTS = ["Russian forces fired 40 drones at Kharkiv", "Israel struck a school in Gaza",
          "the army withdrew from Bakhmut", "protesters blocked the main road",
          "Iran threatened to close the Strait of Hormuz", "the two sides signed a ceasefire",
          "the UN sent 3,000 tonnes of aid", "police arrested 200 demonstrators",
          "Ukraine accused Russia of shelling the plant", "Turkey urged both sides to resume talks",
          "the United States imposed sanctions on 14 companies", "rebels seized three hamlets"]
DATELINES = ["KYIV (Reuters) - ", "MOSCOW, March 3 (AP) — ", "GAZA CITY, Gaza Strip (AP) -- ", "BISHKEK: ",
             "WASHINGTON — ", "BRUSSELS, 12 March (AFP) – ", "(Reuters) - "]
DEBRIS = ["By Jane Doe", "By Nadia Ferrante and Tom Hale", "Reporting by Olena Harmash; Editing by Frank Jack Daniel",
          "Updated: 12 March 2025", "Photo: Reuters/Gleb Garanich", "Advertisement",
          "We use cookies to improve your experience. Accept all cookies", "Read more: Ukraine war latest",
          "A shuttered market in the border town of Isfara.", "‘Nobody trusts the maps’", "Share this article",
          "© 2025 Reuters", "Sign up for our daily newsletter", "(Photo: AP)"]
QUOTES = [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("``", "''"), ("«", "»"), ("« ", " »"), ("„", "“"),
          ("「", "」"), ("“", '"'), ("", "”"), ("“", "")]
SEPARATORS = ["\n\n", "\n", " ", "\r\n", "\n \n", "\u2029", "\u2028", "\t", "\x0c", "\x85", "\n\u00a0\n"]
SPECIALS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
            "\u202d", "\u202e", "\u2066", "\u2067", "\u2069", "\u061c", "\u0301", "\u0308", "\u0327", "\u20dd",
            "\u0363", "\u00ad", "\u00a0", "\u2009", "\u3000", "\x00", "\x07", "\x1b", "\x7f", "\r", "\x0b", "\ufffd",
            "\U0001f600", "\U0001f1fa\U0001f1e6", "\ufe0f", "e\u0301", "ﬁ", "İ", "ß", "…", "—", "–", "•", "’s", "@",
            "#", "http://example.com/a?b=1&c=2", "&amp;", "&#8220;", "<br>", "\\", "%s", "{0}", "''", "``", '"', "“",
            "”", "‘", "’", "'", "«", "»", ":", ";", "(", ")", "[", "]", "-", "--", "...", "?!"]
ENTITIES = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&nbsp;", "&ldquo;", "&rdquo;", "&#8220;", "&#x201D;", "&#0;",
            "&#xD800;", "&#x110000;", "&#65533;", "&bogus;", "&", "&#", "&#x;"]
TAGS = ["<p>", "</p>", "<br/>", '<div class="story">', "</div>", "<b>", "</b>", "<i>", "</i>", '<a href="/x">', "</a>",
        "<h1>", "</h1>", "<blockquote>", "</blockquote>", '<img src="a.jpg" alt="said “no”">', "<!-- said -->",
        "<![CDATA[ told ]]>", '<span lang="ar" dir="rtl">', "</span>", "<p", ">", "</", "<>", "<ul><li>", "</li></ul>",
        '<meta charset="utf-8">', '<?xml version="1.0"?>', "<!DOCTYPE html>", "<table><tr><td>", "</td></tr></table>"]
BLOCKS = ["<script>var q = \"He said: “no”\"; if (a < b && c > d) { x = '</p>'; }</script>",
          "<style>p::before { content: \"“\"; } .said { color: red }</style>",
          "<script type=\"application/ld+json\">{\"headline\": \"Minister said\", \"datePublished\": \"2025-03-03\"}"
          "</script>", "<noscript>We use cookies. Accept all cookies</noscript>", "<iframe src=\"x\"></iframe>"]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _words(*parts: str) -> str:
    return " ".join(p for p in parts if p)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """One news-like sentence: a quotation, reported speech, 'according to', an event, ..."""
    name, verb, clause = draw(st.sampled_from(NAMES)), draw(st.sampled_from(VERBS)), draw(st.sampled_from(CLAUSES))
    when, where = draw(st.sampled_from(TIMES)), draw(st.sampled_from(PLACES))
    o, c = draw(st.sampled_from(QUOTES))
    second = draw(st.sampled_from(CLAUSES))
    event = draw(st.sampled_from(EVENTS))
    forms = [
        f"{o}{_cap(clause)},{c} {_words(name, verb, when)}.",
        f"{_words(_cap(name), verb, where, when)} that {clause}.",
        f"{_cap(name)} {verb}: {o}{_cap(clause)}.{c}",
        f"According to {name}, {clause}.",
        f"{o}{_cap(clause)},{c} {name} {verb}, {o}{second}.{c}",
        f"{o}{_cap(clause)}.{c}",
        f"{_words(_cap(event), where, when)}, {name} {verb}.",
        f"{_words(_cap(event), where, when)}.",
        f"{_cap(name)} denied that {clause}, calling it {o}{second}{c}.",
        f"{_cap(name)} {verb} {o}{clause}{c} and {second}",
        f"{_cap(name)}, who {verb} {clause}, {draw(st.sampled_from(VERBS))} {when}: {o}{_cap(second)}!{c}",
        f"{_cap(clause)}, {name} {verb} {when}, adding that {second}.",
        f"{o}{_cap(clause)}?{c} {verb} {name}.",
        f"{o}{_cap(clause)}.\n\n{o}{_cap(second)},{c} {name} {verb}.",
        f"{_cap(clause)} ({name} {verb} {when}).",
        f"{_cap(verb)} {name}: {o}{clause}{c}",
        f"{_cap(name)} {verb} — {o}{clause}{c} — {when}, and {event}.",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def noisy(draw: st.DrawFn, text: str, noise: st.SearchStrategy[str], max_inserts: int = 6) -> str:
    """``text`` with up to ``max_inserts`` pieces of ``noise`` inserted at drawn positions."""
    inserts = draw(st.lists(st.tuples(st.integers(0, len(text)), noise), max_size=max_inserts))
    for pos, piece in sorted(inserts, reverse=True):
        text = text[:pos] + piece + text[pos:]
    return text


@st.composite
def articles(draw: st.DrawFn, max_paragraphs: int = 8) -> str:
    """A news-like article: maybe a headline, byline, dateline and debris, then paragraphs of sentences."""
    head: list[str] = []
    if draw(st.booleans()):
        head.append(_cap(draw(st.sampled_from(EVENTS))))
    head.extend(draw(st.lists(st.sampled_from(DEBRIS), max_size=2)))
    paragraphs = draw(st.lists(st.lists(sentences(), min_size=1, max_size=3).map(" ".join), min_size=1,
                               max_size=max_paragraphs))
    paragraphs[0] = draw(st.sampled_from(["", *DATELINES])) + paragraphs[0]
    if draw(st.booleans()):
        paragraphs.insert(draw(st.integers(0, len(paragraphs))), draw(st.sampled_from(DEBRIS)))
    out = head[0] if head else ""
    for piece in head[1:] + paragraphs:
        out += draw(st.sampled_from(SEPARATORS)) + piece
    return out


def news_texts() -> st.SearchStrategy[str]:
    """Articles, half of them with a few special characters (zero-width, RTL, combining, quotes, ...) or any
    other characters inserted."""
    noise = st.one_of(st.sampled_from(SPECIALS), st.text(st.characters(exclude_categories=["Cs"]), min_size=1,
                                                         max_size=3))
    return articles().flatmap(lambda t: st.one_of(st.just(t), noisy(t, noise)))


def published_dates() -> st.SearchStrategy[str | None]:
    """No date, a recent one, or any date a ``datetime.date`` can hold (0001-01-01 to 9999-12-31)."""
    return st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2035, 12, 31)).map(date.isoformat),
                     st.sampled_from([date.min, date.max, date(2024, 2, 29), date(9999, 12, 25)]).map(date.isoformat),
                     st.dates().map(date.isoformat))


def unicode_texts() -> st.SearchStrategy[str]:
    """Arbitrary Unicode (no lone surrogates; control characters included) mixed with news fragments."""
    piece = st.one_of(st.text(st.characters(exclude_categories=["Cs"]), max_size=12), st.sampled_from(SPECIALS),
                      st.sampled_from(NAMES + VERBS + CLAUSES + TIMES + DATELINES + SEPARATORS), sentences(),
                      st.sampled_from(QUOTES).map("".join))
    return st.lists(piece, max_size=40).map("".join)


def markup_texts() -> st.SearchStrategy[str]:
    """HTML-ish markup (tags, entities, script/style blocks) around news sentences, as plain text."""
    piece = st.one_of(sentences(), st.sampled_from(TAGS), st.sampled_from(ENTITIES), st.sampled_from(BLOCKS),
                      st.sampled_from(SEPARATORS), st.sampled_from(SPECIALS))
    return st.lists(piece, min_size=1, max_size=40).map("".join)


@st.composite
def html_markup(draw: st.DrawFn) -> str:
    """An HTML page: head, metadata, navigation, article paragraphs with inline markup, scripts; some broken."""
    inline = st.one_of(st.sampled_from(["<b>", "</b>", "<em>", "</em>", "<a href=\"/p?a=1&b=2\">", "</a>", "<br>",
                                        "<span>", "</span>", "<sup>1</sup>"]), st.sampled_from(ENTITIES))
    paragraphs = draw(st.lists(sentences().flatmap(lambda s: noisy(s, inline, 4)), min_size=1, max_size=6))
    close = draw(st.sampled_from(["</p>", ""]))
    body = "".join(f"<p>{p}{close}\n" for p in paragraphs)
    title = draw(st.sampled_from(EVENTS))
    day = draw(published_dates())
    meta = f'<meta property="article:published_time" content="{day}">' if day else ""
    author = draw(st.sampled_from(["", '<meta name="author" content="Jane Doe">', '<p class="byline">By Tom Hale</p>']))
    extra = "".join(draw(st.lists(st.sampled_from(BLOCKS + TAGS), max_size=4)))
    page = (f"<!DOCTYPE html><html><head><title>{title}</title>{meta}{author}</head><body>"
            f"<nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav>{extra}"
            f"<article><h1>{title}</h1>{body}</article><footer>© 2025 Example News</footer></body></html>")
    return draw(st.one_of(st.just(page), noisy(page, st.sampled_from(TAGS + ENTITIES + SPECIALS), 3)))


@st.composite
def html_pages(draw: st.DrawFn) -> bytes:
    """:func:`html_markup` as UTF-8 bytes; one page in ten with a few random bytes inserted."""
    data = draw(html_markup()).encode("utf-8")
    if draw(st.integers(0, 9)) == 0:
        damage = st.binary(min_size=1, max_size=3).map(lambda b: b.decode("latin-1"))
        data = draw(noisy(data.decode("latin-1"), damage, 2)).encode("latin-1")
    return data


def with_surrogates(texts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """``texts`` with one to three lone surrogates (U+D800-U+DFFF) inserted."""
    lone = st.characters(categories=["Cs"])
    return texts.flatmap(lambda t: st.lists(st.tuples(st.integers(0, len(t)), lone), min_size=1, max_size=3)
                         .map(lambda ins: _insert(t, ins)))


def surrogate_cases() -> st.SearchStrategy[tuple[str, str]]:
    """``("text", article)`` or ``("html", page)`` with lone surrogates: for ``extract`` or ``html_to_document``."""
    return st.one_of(st.tuples(st.just("text"), with_surrogates(articles(3))),
                     st.tuples(st.just("html"), with_surrogates(html_markup())))


def _insert(text: str, inserts: list[tuple[int, str]]) -> str:
    for pos, piece in sorted(inserts, reverse=True):
        text = text[:pos] + piece + text[pos:]
    return text


# --- Checks ------------------------------------------------------------------------------------------------------

@dataclass
class Outcome:
    """What one case gave: a document, or the documented refusal, and every problem found."""

    document: Document | None = None
    refused: InputError | None = None
    crashes: list[str] = field(default_factory=list)
    """Unexpected exceptions, including internal errors reported as InputError."""
    bad_spans: list[str] = field(default_factory=list)
    spans: int = 0
    """Spans checked."""

    @property
    def problems(self) -> list[str]:
        """Every problem, one line each."""
        return self.crashes + self.bad_spans


def refusal(text: str) -> str | None:
    """The documented refusal of ``text`` (empty, binary, too long, lone surrogate) as a message, or None."""
    try:
        check_text(text, "fuzz")
    except InputError as err:
        return err.problem
    return None


def records(node: Any, path: str = "doc") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every dict inside a dumped model, with its path (``doc.statements[0].cue``)."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from records(value, f"{path}.{key}")
    elif isinstance(node, list):
        for k, value in enumerate(node):
            yield from records(value, f"{path}[{k}]")


def span_problems(doc: Document) -> tuple[int, list[str]]:
    """(spans checked, problems): every ``spans``/``mentions`` pair lies in the text, every record text matches."""
    text, problems, checked = doc.text, [], 0
    for path, rec in records(doc.model_dump()):
        for key in ("spans", "mentions"):
            for span in rec.get(key) or []:
                checked += 1
                s, e = span
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                    problems.append(f"{path}.{key}: {tuple(span)} is no non-empty range of the text "
                                    f"(length {len(text)})")
        spans = rec.get("spans")
        if (isinstance(spans, list) and isinstance(rec.get("text"), str)
                and all(0 <= s < e <= len(text) for s, e in spans) and rec["text"] != span_text(text, spans)):
            problems.append(f"{path}.text {rec['text']!r} != text at {spans}: {span_text(text, spans)!r}")
    return checked, problems


def checked_document(doc: Document, text: str, outcome: Outcome) -> Outcome:
    """Fill ``outcome`` with ``doc`` and the problems of its spans (``text`` is what the document must hold)."""
    outcome.document = doc
    if doc.text != text:
        outcome.bad_spans.append("the document's text is not the input text")
    outcome.spans, problems = span_problems(doc)
    outcome.bad_spans.extend(problems)
    return outcome


def check_extract(text: str, method: str = "model", published: str | None = None) -> Outcome:
    """Run :func:`reportedly.extract` on ``text`` and check the result."""
    outcome, expected = Outcome(), refusal(text)
    try:
        doc = reportedly.extract(text, method=method, published=published)
    except InputError as err:
        if expected is None or err.problem != expected:
            outcome.crashes.append(f"InputError not documented for this text: {err}")
        outcome.refused = err
        return outcome
    except Exception as err:
        outcome.crashes.append(f"{type(err).__name__}: {err}")
        return outcome
    if expected is not None:
        outcome.crashes.append(f"accepted a text check_text refuses ({expected})")
    return checked_document(doc, text, outcome)


def check_html(data: bytes) -> Outcome:
    """Read ``data`` as an HTML page (``read_single``, then ``pipeline.process``) and check the result."""
    outcome = Outcome()
    try:
        raw = read_single(data, "fuzz.html", doc_id="fuzz", fmt="html")
    except InputError as err:
        outcome.refused = err
        return outcome
    except Exception as err:
        outcome.crashes.append(f"read_single: {type(err).__name__}: {err}")
        return outcome
    try:
        doc = process(raw)
    except InputError as err:
        outcome.crashes.append(f"InputError for a page the reader accepted: {err}")
        outcome.refused = err
        return outcome
    except Exception as err:
        outcome.crashes.append(f"process: {type(err).__name__}: {err}")
        return outcome
    return checked_document(doc, raw.text, outcome)


def check_surrogates(case: tuple[str, str]) -> Outcome:
    """A text (``extract``) or HTML string (``html_to_document``, ``process``) with lone surrogates is processed,
    or refused with an InputError that names them; never another exception."""
    kind, text = case
    outcome = Outcome()
    try:
        if kind == "html":
            raw = html_to_document(text, "fuzz.html", "fuzz")
            doc, text = process(raw), raw.text
        else:
            doc = reportedly.extract(text)
    except InputError as err:
        if "surrogate" not in err.problem:
            outcome.crashes.append(f"InputError that does not name the surrogates: {err}")
        outcome.refused = err
        return outcome
    except Exception as err:
        outcome.crashes.append(f"{type(err).__name__}: {err}")
        return outcome
    return checked_document(doc, text, outcome)


@dataclass(frozen=True)
class Target:
    """One thing to fuzz: a strategy of cases and the check of one case."""

    name: str
    cases: Callable[[], st.SearchStrategy[Any]]
    check: Callable[[Any], Outcome]
    describe: str


def _news_cases() -> st.SearchStrategy[tuple[str, str, str | None]]:
    return st.tuples(news_texts(), st.sampled_from(["model", "rules"]), published_dates())


def _plain_cases(texts: Callable[[], st.SearchStrategy[str]]) -> Callable[[], st.SearchStrategy[Any]]:
    return lambda: st.tuples(texts(), st.sampled_from(["model", "rules"]), st.just("2025-03-17"))


TARGETS = {
    "news": Target("news", _news_cases, lambda case: check_extract(*case),
                   "news-like articles (both extractors, any publication date)"),
    "unicode": Target("unicode", _plain_cases(unicode_texts), lambda case: check_extract(*case),
                      "arbitrary Unicode mixed with news fragments"),
    "markup": Target("markup", _plain_cases(markup_texts), lambda case: check_extract(*case),
                     "HTML-ish markup as plain text"),
    "html": Target("html", html_pages, check_html, "HTML pages through the HTML reader"),
    "surrogates": Target("surrogates", surrogate_cases, check_surrogates, "texts and HTML with lone surrogates"),
}


def collect(strategy: st.SearchStrategy[Any], n: int, at: int = 0) -> list[Any]:
    """``n`` values of ``strategy``, the same at every run (seeded generation, not ``.example()``)."""
    out: list[Any] = []

    @seed(at)
    @settings(max_examples=n, database=None, deadline=None, suppress_health_check=_QUIET)
    @given(strategy)
    def keep(value: Any) -> None:
        out.append(value)

    keep()
    return out[:n]


def output(text: str, method: str, published: str | None) -> str:
    """One line of ASCII: the document as JSON, or the InputError's message."""
    try:
        return json.dumps(reportedly.extract(text, method=method, published=published).to_dict())
    except InputError as err:
        return json.dumps({"error": str(err)})


ROOT = Path(__file__).resolve().parents[1]


def replay(cases_file: Path, hash_seed: str) -> list[str]:
    """The :func:`output` lines of the cases saved in ``cases_file``, from a subprocess with ``PYTHONHASHSEED``."""
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONIOENCODING": "utf-8",
           "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    done = subprocess.run([sys.executable, "-m", "tests.fuzzing", "replay", str(cases_file)], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"replay with PYTHONHASHSEED={hash_seed} failed: {done.stderr[-2000:]}")
    return done.stdout.split("\n")[:-1]


def outputs_under_two_hash_seeds(cases: list[Any], folder: Path) -> tuple[list[str], list[str]]:
    """The :func:`output` lines of ``[text, method, published]`` cases under PYTHONHASHSEED=1 and =2."""
    path = folder / "cases.json"
    path.write_text(json.dumps(cases), encoding="utf-8")
    first, second = replay(path, "1"), replay(path, "2")
    if not len(first) == len(second) == len(cases):
        raise RuntimeError(f"{len(cases)} cases, {len(first)} and {len(second)} outputs")
    return first, second


def main(argv: list[str]) -> None:
    """``replay CASES.json``: print the output of each saved ``[text, method, published]`` case."""
    if len(argv) != 2 or argv[0] != "replay":
        sys.exit("usage: python -m tests.fuzzing replay CASES.json")
    with open(argv[1], encoding="utf-8") as fh:
        cases = json.load(fh)
    for text, method, published in cases:
        print(output(text, method, published))


if __name__ == "__main__":
    main(sys.argv[1:])
