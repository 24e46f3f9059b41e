"""What happenings compare of an event: its family, its places, its days and the words of its sentence.

In: an :class:`~reportedly.model.Event`, the text of its document and the publication date. Out: a
:class:`Profile`, a function of that one event and text alone (so that no ingest order changes it), and
:func:`similarity` / :func:`compatible` of two profiles, which :mod:`reportedly.corpus.identity` reads.

* **family**: the event's trigger words or PLOVER type folded by ``data/happenings.tsv`` ('fighting':
  ASSAULT, COERCE, 'withdrew', 'captured'), else its type. The family is weighed, not required
  (:func:`score`): the event stage types one landslide 'struck', 'buried' and 'killed' three ways.
* **places**: only places the gazetteer knows or the parser read as a named place: the event's
  resolved place (not a whole country), a named place the gazetteer does not know ('the Kok-Tash post',
  'Sobla village') with the resolved place it lies in, else the place names the gazetteer knows among its
  recipients ('a hospital in Sumy'). Capitalised words that are neither ('rafale', 'CEASEFIRE') are
  never places. Names are compared folded (case, accents, 'village', 'district' ... dropped).
* **days**: the event's own date when the text gives one (a stretch of at most :data:`MAX_SPAN_DAYS`),
  else its window (:mod:`reportedly.events.dates`: the week up to the report), never the publication date
  as if it were the event's.
* **words**: the content words of the event's sentence (stems; stop words, month and weekday names
  left out; a word that names one kind of happening counts as its fellow, 'outage' as 'blackout', 'talks'
  as 'meeting': ``word`` rows of ``data/happenings.tsv``), names and numbers weighted :data:`NAME_WEIGHT`,
  and the countries of its actors and recipients (the participants as the text gives them: corpus actors
  change as later reports join them, so the words keep the result independent of the order of ingest).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property, lru_cache

from ..events.background import BACKGROUND as BACKGROUND_CONTEXT
from ..events.gate import occurs
from ..events.speech import CONTEXT as SPEECH_CONTEXT
from ..model import Event
from ..text import lexicons, places
from .names import normalise, strip_accents
from .rows import dated_event, sentence_bounds, sentence_ends
from .terms import Lexicon, _stopwords

MAX_SPAN_DAYS = 7
"""A resolved time longer than this ('this month') dates an event by its first day only."""
SLACK_DAYS = 1
"""Dates one day apart may be one happening (time zones, 'overnight', a report's 'yesterday')."""
NAME_WEIGHT = 2.0
"""Weight of a name or a number among the words of a sentence (a common word weighs 1)."""
FAMILY_BONUS = 0.1
"""Added to the similarity of two events of one family."""
PLACE_BONUS = 0.15
"""Added to the similarity of two events that name one place."""
DATE_BONUS = 0.15
"""Added to the similarity of two events that the texts date to days that meet."""
SAME_REPORT = 0.3
"""An undated event takes the days of a dated one of its report when their sentences are this alike."""
KEYWORDS = 8
"""Words of an event that the store indexes to find the events to compare it with."""
BACKGROUND_FACTOR = 0.5
"""The score of two events is multiplied by this for each of the two that is told as background (a relative
clause or a recap, see :mod:`reportedly.events.background`), unless the texts date both: every report of a story
recalls the same background, whatever it reports, so two recalls of it alone make no happening."""
SPEECH = "speech"
"""The family of a news conference, a post or an interview (:mod:`reportedly.events.speech`): such an event is
compared by its speaker and channel words, and only with another of its family with a speaker word in common."""
SPEAKER = "~"
"""The mark of a speaker's word among the words of a speech event."""
BACKGROUND = "^background"
"""The mark of a background event among a profile's words (weight 0: no word of the sentence, never indexed)."""

_PLACE_NOUNS = {"village", "villages", "town", "city", "district", "region", "province", "county", "area",
                "valley", "post", "port", "terminal", "square", "enclave", "crossing", "municipality", "state",
                "oblast", "governorate", "prefecture", "the", "of"}
_TOKEN = re.compile(r"[^\W_][\w’'-]*")
_REPORTING = {"said", "says", "say", "told", "tell", "according", "report", "reported", "reports", "added",
              "statement", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "news", "agency",
              "quoted", "cited", "week", "day", "days", "today", "yesterday", "tonight", "morning", "evening",
              "night", "time", "local", "year", "years", "month", "months", "people"}


@dataclass(frozen=True)
class Profile:
    """An event as happenings compare it (see the module doc)."""

    family: str
    places: frozenset[str]
    start: str
    end: str
    dated: bool
    words: dict[str, float]

    @cached_property
    def days(self) -> tuple[int, int]:
        """First and last day as ordinals (compared often)."""
        return date.fromisoformat(self.start).toordinal(), date.fromisoformat(self.end).toordinal()

    @cached_property
    def weight(self) -> float:
        """The total weight of its words."""
        return sum(self.words.values())

    @cached_property
    def keys(self) -> frozenset[str]:
        """Its :func:`keywords`, as a set."""
        return frozenset(keywords(self))


@lru_cache(maxsize=1)
def _families() -> tuple[dict[str, str], Lexicon]:
    types: dict[str, str] = {}
    triggers = []
    for fam, what, value in lexicons.rows("happenings.tsv"):
        if what == "type":
            types[value] = fam
        elif what == "trigger":
            triggers.append((fam, value))
    return types, Lexicon(triggers)


@lru_cache(maxsize=1)
def _same_words() -> dict[str, str]:
    """Word stem -> the stem it counts as in a sentence ('word' rows of ``data/happenings.tsv``: 'outage' is
    'blackout', 'walkout' is 'strike')."""
    return {_stem(value): _stem(word) for word, what, value in lexicons.rows("happenings.tsv") if what == "word"}


def family(event: Event) -> str:
    """The event's family: 'speech' for a news conference or a post (:mod:`reportedly.events.speech`), else from its
    trigger words, else its type (``data/happenings.tsv``), else the type."""
    if SPEECH_CONTEXT in event.context:
        return SPEECH
    types, triggers = _families()
    found = triggers.find(event.trigger.text)
    if found:
        return found[0].label
    return types.get(event.type, event.type)


def place_key(name: str) -> str:
    """A place name as happenings compare it: folded, place nouns dropped ('Galati village' -> 'galati'); empty
    when nothing but place nouns is left ('the square')."""
    words = normalise(strip_accents(name)).replace("-", " ").split()
    return " ".join(w for w in words if w not in _PLACE_NOUNS)


def _known(name: str) -> bool:
    """A place the gazetteer knows that is not a whole country (not a stop word or an acronym, which the
    gazetteer's alternative names may hold: 'The', 'RSA')."""
    if len(name) < 4 or name.isupper() or name.lower() in _stopwords():
        return False
    return any(c.kind != "country" for c in places.candidates(name))


def event_places(event: Event) -> frozenset[str]:
    """The places of an event (see the module doc), folded; empty when it has none we can trust."""
    out: set[str] = set()
    p = event.place
    while p is not None:
        if p.kind != "country" and not lexicons.country_code(p.name or p.text):
            if p.name:
                out.add(place_key(p.name))
            elif p.kind in ("region", "city", "village") and p.text[:1].isupper():
                out.add(place_key(p.text))
            out.discard("")
        p = p.within
    if not out:
        for r in event.recipients:
            for m in re.finditer(r"(?<![\w-])[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*", r.text):
                if _known(m.group(0)) and not lexicons.country_code(m.group(0)):
                    out.add(place_key(m.group(0)))
    return frozenset(out)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def event_days(event: Event, published: str | None) -> tuple[str, str, bool] | None:
    """The days an event covers (first, last, whether the text dates it), or None with no date and no report date."""
    e = dated_event(event, published)
    if e.date and e.window:
        start, end = _day(e.window[0]), _day(e.window[1])
        if start is not None and end is not None:
            if end < start or (end - start).days > MAX_SPAN_DAYS:
                end = start
            return start.isoformat(), end.isoformat(), True
    if e.window:
        return e.window[0], e.window[1], False
    return None


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def sentence_words(sentence: str) -> dict[str, float]:
    """The weighted words of a sentence: stems of content words, names and numbers weighted more; a word that
    names the same kind of happening as another ('outage', 'blackout') counts as that one."""
    stop = _stopwords()
    same = _same_words()
    out: dict[str, float] = {}
    for i, m in enumerate(_TOKEN.finditer(sentence)):
        tok = m.group(0)
        low = strip_accents(tok.lower())
        if low in stop or low in _REPORTING or (len(low) < 3 and not low.isdigit()):
            continue
        name = any(c.isdigit() for c in tok) or (tok[:1].isupper() and i > 0)
        stem = _stem(low)
        stem = same.get(stem, stem)
        out[stem] = max(out.get(stem, 0.0), NAME_WEIGHT if name else 1.0)
    return out


def profile(event: Event, text: str, published: str | None, ends: list[int] | None = None,
            sentences: dict[tuple[int, int], dict[str, float]] | None = None) -> Profile | None:
    """The :class:`Profile` of an event of a document with this text (None when it has no days at all, or is
    no occurrence: 'nobody was injured', see :func:`reportedly.events.gate.occurs`); ``sentences`` keeps the
    words of the sentences already read (several events share a sentence)."""
    if not occurs(event):
        return None
    days = event_days(event, published)
    if days is None:
        return None
    spans = event.trigger.spans or [(0, 0)]
    lo, hi = sentence_bounds(text, min(s for s, _ in spans), max(e for _, e in spans), ends)
    where = event_places(event)
    named = {_stem(w) for p in where for w in p.split()}
    fam = family(event)
    if fam == SPEECH:  # an occasion is who spoke, through what: what was said is its sentence's other events'
        read = sentence_words(event.trigger.text)
        for a in event.actors:
            read.update({SPEAKER + w: NAME_WEIGHT for w in sentence_words(a.text)})
    else:
        read = sentences.get((lo, hi)) if sentences is not None else None
        if read is None:
            read = sentence_words(text[lo:hi])
            if sentences is not None:
                sentences[(lo, hi)] = read
    words = {w: v for w, v in read.items() if w not in named}  # the place counts once
    for part in (*event.actors, *event.recipients):
        if part.country:
            words["@" + part.country] = 1.0
    if BACKGROUND_CONTEXT in event.context:
        words[BACKGROUND] = 0.0  # weighs nothing in the similarity; read by score()
    return Profile(fam, where, days[0], days[1], days[2], words)


def document_profiles(events: list[Event], text: str, published: str | None) -> dict[str, Profile]:
    """The profiles of a document's events (by event id). An event the text does not date takes the days of
    the most alike dated event of its family in the same report, when their sentences are at least
    :data:`SAME_REPORT` alike: the headline 'Drones hit bus depot in Sumy' is the lead's strike 'overnight'."""
    ends = sentence_ends(text)
    sentences: dict[tuple[int, int], dict[str, float]] = {}
    out = {e.id: p for e in events if (p := profile(e, text, published, ends, sentences)) is not None}
    dated = [p for p in out.values() if p.dated]
    for eid, p in list(out.items()):
        if p.dated or not dated:
            continue
        best = max(((similarity(p.words, d.words), d.start, n) for n, d in enumerate(dated) if d.family == p.family
                    and not (p.places and d.places and p.places.isdisjoint(d.places))), default=None)
        if best is not None and best[0] >= SAME_REPORT:
            d = dated[best[2]]
            out[eid] = Profile(p.family, p.places | d.places, d.start, d.end, True, p.words)
    return out


def shift(day: str, days: int) -> str:
    """An ISO day moved by ``days``."""
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def compatible(a: Profile, b: Profile) -> bool:
    """Whether two events may be one happening: days that meet (a day's slack), places that agree (or one
    has none), and for a news conference or a post, another of one speaker. The family is not required to
    agree otherwise (:func:`score` weighs it): the event stage types one landslide 'struck', 'buried' and
    'killed' three ways."""
    (a0, a1), (b0, b1) = a.days, b.days
    if a0 > b1 + SLACK_DAYS or b0 > a1 + SLACK_DAYS:
        return False
    if (a.family == SPEECH or b.family == SPEECH) and not (
            a.family == b.family and any(w.startswith(SPEAKER) and w in b.words for w in a.words)):
        return False  # an occasion is one only with another report of it, by one speaker
    return not (a.places and b.places and a.places.isdisjoint(b.places))


def similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """How alike two sentences' weighted words are: shared weight over the geometric mean of the totals (0-1)."""
    if not a or not b:
        return 0.0
    shared = sum(min(w, b[k]) for k, w in a.items() if k in b)
    return shared / (sum(a.values()) * sum(b.values())) ** 0.5


def score(a: Profile, b: Profile) -> float:
    """How likely two compatible events are one happening: the similarity of their sentences, plus
    :data:`FAMILY_BONUS` when they are of one family, :data:`PLACE_BONUS` when they name one place and
    :data:`DATE_BONUS` when the texts date both to the same days; times :data:`BACKGROUND_FACTOR` for each
    background event of the two when the texts do not date both."""
    if not a.weight or not b.weight:
        s = 0.0
    else:
        small, large = (a.words, b.words) if len(a.words) <= len(b.words) else (b.words, a.words)
        get = large.get
        shared = 0  # summed in the order of ``small`` as before (a float sum depends on its order), one look-up each
        for k, w in small.items():
            x = get(k)
            if x is not None:
                shared += w if w <= x else x
        s = shared / (a.weight * b.weight) ** 0.5
    if a.family == b.family:
        s += FAMILY_BONUS
    if a.places and not a.places.isdisjoint(b.places):
        s += PLACE_BONUS
    if a.dated and b.dated:
        s += DATE_BONUS
    if not (a.dated and b.dated):
        s *= BACKGROUND_FACTOR ** ((BACKGROUND in a.words) + (BACKGROUND in b.words))
    return s


def links(me: Profile, event: int, others: dict[int, Profile], least: float) -> list[tuple[int, int, float]]:
    """``(a, b, score)`` (``a < b``, the score to four places) of each event of ``others`` (by number, in their
    order) :func:`compatible` with ``me`` (event ``event``) whose :func:`score` with it is at least ``least``.

    The two functions, written out in one loop over the candidates: the same tests and the same arithmetic in the
    same order (the scores are equal to the last bit), without two calls and the reading of ``me`` for each
    candidate; a new event of a long ingest meets hundreds of candidates."""
    (a0, a1), a_family, a_places, a_words, a_dated = me.days, me.family, me.places, me.words, me.dated
    a_weight, a_speech, a_background = me.weight, me.family == SPEECH, BACKGROUND in me.words
    found: list[tuple[int, int, float]] = []
    for other, b in others.items():
        b0, b1 = b.days
        if a0 > b1 + SLACK_DAYS or b0 > a1 + SLACK_DAYS:
            continue
        b_family, b_places, b_words = b.family, b.places, b.words
        if (a_speech or b_family == SPEECH) and not (
                a_family == b_family and any(w.startswith(SPEAKER) and w in b_words for w in a_words)):
            continue
        if a_places and b_places and a_places.isdisjoint(b_places):
            continue
        b_weight = b.weight
        if not a_weight or not b_weight:
            s = 0.0
        else:
            small, large = (a_words, b_words) if len(a_words) <= len(b_words) else (b_words, a_words)
            get = large.get
            shared = 0  # as in score()
            for k, w in small.items():
                x = get(k)
                if x is not None:
                    shared += w if w <= x else x
            s = shared / (a_weight * b_weight) ** 0.5
        if a_family == b_family:
            s += FAMILY_BONUS
        if a_places and not a_places.isdisjoint(b_places):
            s += PLACE_BONUS
        if a_dated and b.dated:
            s += DATE_BONUS
        else:
            s *= BACKGROUND_FACTOR ** (a_background + (BACKGROUND in b_words))
        if s >= least:
            found.append((event, other, round(s, 4)) if event < other else (other, event, round(s, 4)))
    return found


def keywords(p: Profile) -> list[str]:
    """The :data:`KEYWORDS` heaviest words of a profile (names and numbers first, then alphabetical): two events
    are compared only when they share one of these, which the store finds through an index."""
    ranked = sorted((w for w in p.words if not w.startswith(("@", "^"))), key=lambda w: (-p.words[w], w))
    return ranked[:KEYWORDS]
