"""Toponym resolution: which GeoNames entry each place name means.

A country's own name is the country ("Russia" in a story from Ohio)
unless the text puts it in a place, calls it a town or district, or an
admin-1 unit bears the same name ("Georgia"). Otherwise each candidate
the gazetteer offers gets a score, the sum of:

- a *prior* from its kind alone (`FEATURE_PRIOR`; towns by the log of
  their population, capitals a little more). A town inside a subdivision
  of the same name ("Kabul" in Kabul Province) takes the subdivision's
  place unless the text asks for the unit ("Kabul province"); a village
  named like its country's first-level unit ("Florida, N.Y.") yields to
  the unit unless the text calls it a town.
- the *country focus*: the article's focus country (the actors stage's
  `focus_country`, when another name supports it) and the countries the
  other names point to, together capped (`COUNTRY_CAP`) so that a
  country alone never makes a hamlet beat a big town elsewhere;
- the *admin-1 focus*: units the other names were resolved to (a
  metropolis's reading does not count for a village), and a
  soft vote from every other name that could lie in the same unit
  ("Paris" and "Henry County" agree on Tennessee);
- *hierarchy*: a candidate inside the place the text puts it in
  ("Charikar, the capital of Parwan Province", "Cairo, Ga.") or containing
  the place the text puts inside it;
- the *kind word* ("province of", "city of", "X district"): a fitting
  feature gains, another loses;
- an alias match (the name is not the entry's own) loses a little.

Votes count per distinct name, never for the name itself, over two passes
(the second with the first's readings, a name with a cued mention voting
with that mention's reading only). Population thus breaks ties only
among candidates the text does not tell apart. The best candidate is taken
unless evidence is weak: when nothing in the text supports it and a
candidate in another country (or a same-kind one in another admin-1 unit)
comes close, or when it is a hamlet in a country the article never
mentions, the toponym stays unresolved (null) rather than guessed. A
metropolis of a million or more is always taken ("Barcelona").

One sense per discourse: a mention with no cue of its own takes the
reading of a mention of the same name that has one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..analyse.gazetteer import Candidate, fold_name
from .toponyms import COUNTRY, METROPOLIS, TOWN, Toponym, inside, is_metropolis, skeleton

FEATURE_PRIOR = {"PCLI": 9.0, "PCLH": 2.0, "ADM1": 6.5, "ADMD": 1.5, "ADM2": 3.0, "ADM3": 2.0,
                 "CONT": 6.5, "RGN": 5.0, "OCN": 6.5}
# A town scores this much per power of ten of its population.
TOWN_WEIGHT = 1.2
CAPITAL_BONUS = 1.5
# A subdivision sharing its name with a town of this size inside it yields.
SEAT_POPULATION = 10_000
SEAT_PENALTY = 3.0
FOCUS_BONUS = 2.5
COUNTRY_BONUS = 1.5
ADMIN1_BONUS = 2.0
ADMIN1_MORE = 1.5  # when two or more other names lie in the unit
# Per vote (at most two) of other names that may lie in the same admin-1.
NEARBY_WEIGHT = 0.6
# The most the focus and country votes together add.
COUNTRY_CAP = 3.0
# A country this many other names point to counts double.
MANY_VOTES = 3
HIERARCHY_BONUS = 5.0
KIND_BONUS = 4.0
KIND_PENALTY = 3.0
ALIAS_PENALTY = 1.0
# Abstain when an unsupported best leads a rival elsewhere by less than this.
ABSTAIN_MARGIN = 0.75
# ... or a same-kind rival in another admin-1 unit of its country by less.
TWIN_MARGIN = 0.3
# A town this small, in a country the article does not mention, is a guess.
HAMLET_POPULATION = 5_000

# ACLED geo-precision by feature: 1 town, 2 district, 3 province or larger.
PRECISION = {"PPL": 1, "PPLC": 1, "ADM3": 2, "ADM2": 2, "ADMD": 3, "ADM1": 3,
             "PCLI": 3, "PCLH": 3, "CONT": 3, "RGN": 3, "OCN": 3}


@dataclass
class Resolution:
    """The chosen entry of one toponym (None: unresolved) and its score."""

    candidate: Candidate | None
    score: float = 0.0
    supported: bool = False


@dataclass
class Context:
    """What the whole article says about where it is.

    Votes are counted per distinct name, so five mentions of "Georgia" are
    one vote, and a name never votes for its own reading.

    Attributes:
        focus: The focus country (ISO3) or None.
        countries: Country -> the names that point there.
        admin1: (country, admin-1 name) -> the names that point there.
        key: The name being resolved.
    """

    focus: str | None
    countries: dict[str, set[str]] = field(default_factory=dict)
    admin1: dict[tuple, set[str]] = field(default_factory=dict)
    # (country, admin-1) -> {name: share}: each name spreads one vote over
    # the admin-1 units its candidates lie in ("spatial minimality").
    nearby: dict[tuple, dict[str, float]] = field(default_factory=dict)
    # Names read as a metropolis: New York City says nothing about which
    # state a village called Boston is in.
    metropolises: set[str] = field(default_factory=set)
    key: str = ""

    def spread(self, toponym: Toponym) -> None:
        """Spread a name's one vote over the admin-1 units it may lie in."""
        units = {(c.country, c.admin1) for c in toponym.candidates
                 if c.admin1 and c.feature not in COUNTRY}
        for unit in units:
            self.nearby.setdefault(unit, {})[toponym.key] = 1 / len(units)

    def nearby_votes(self, country: str | None, admin1: str | None) -> float:
        """The other names' shares for an admin-1 unit."""
        shares = self.nearby.get((country, admin1), {})
        return sum(share for key, share in shares.items() if key != self.key)

    def vote(self, candidate: Candidate, key: str) -> None:
        """Count a name's reading for its country and admin-1 unit."""
        if candidate.country:
            self.countries.setdefault(candidate.country, set()).add(key)
        if candidate.admin1:
            self.admin1.setdefault((candidate.country, candidate.admin1), set()).add(key)
        if is_metropolis(candidate):
            self.metropolises.add(key)

    def country_votes(self, country: str | None) -> int:
        """How many other names point to a country."""
        return len(self.countries.get(country, set()) - {self.key})

    def admin1_votes(self, country: str | None, admin1: str | None, village: bool = False) -> int:
        """How many other names point to an admin-1 unit (for a village, not
        counting metropolises)."""
        names = self.admin1.get((country, admin1), set()) - {self.key}
        return len(names - self.metropolises if village else names)

    def in_focus(self, country: str | None) -> bool:
        """The focus country, when some other name supports it too."""
        return country is not None and country == self.focus and self.country_votes(country) > 0


def is_village(candidate: Candidate) -> bool:
    """A populated place too small to be a district's seat."""
    return candidate.feature in TOWN and (candidate.population or 0) < SEAT_POPULATION

def resolve_all(toponyms: list[Toponym], focus: str | None) -> list[Resolution]:
    """Resolve every toponym of one article.

    Two passes: the first with the focus and the countries of names that
    are in one country only; the second with what the first chose.

    Args:
        toponyms: The article's toponyms (`find_toponyms`).
        focus: The article's focus country, or None.

    Returns:
        One resolution per toponym, same order.
    """
    context = Context(focus)
    for toponym in toponyms:
        countries = {c.country for c in toponym.candidates if c.country}
        if len(countries) == 1 and not toponym.dateline:
            context.countries.setdefault(countries.pop(), set()).add(toponym.key)
    children: dict[int, list[Toponym]] = {}
    for toponym in toponyms:
        for parent in toponym.parents:
            children.setdefault(parent, []).append(toponym)
    first = []
    for i, toponym in enumerate(toponyms):
        context.key = toponym.key
        first.append(resolve_one(toponym, toponyms, context, children.get(i, [])))
    # A name votes with one reading: that of its cued mention ("Parkland,
    # Fla."), not also those its bare mentions got in the first pass.
    first = one_sense(toponyms, first)
    context = Context(focus)
    for toponym in toponyms:
        if not toponym.dateline:
            context.spread(toponym)
    for toponym, resolution in zip(toponyms, first):
        if resolution.candidate is not None and not toponym.dateline:
            context.vote(resolution.candidate, toponym.key)
    resolutions = []
    for i, toponym in enumerate(toponyms):
        context.key = toponym.key
        resolutions.append(resolve_one(toponym, toponyms, context, children.get(i, [])))
    return one_sense(toponyms, resolutions)


def resolve_one(toponym: Toponym, toponyms: list[Toponym], context: Context,
                children: list[Toponym]) -> Resolution:
    """The best-supported candidate of one toponym, or an abstention.

    Args:
        toponym: The toponym.
        toponyms: All the article's toponyms (its parents index them).
        context: The article's country and admin-1 focus.
        children: Toponyms the text puts inside this one.
    """
    if not toponym.candidates:
        return Resolution(None)
    country = country_reading(toponym)
    if country is not None:
        return Resolution(country, FEATURE_PRIOR["PCLI"], True)
    seats = seat_names(toponym.candidates, toponym.key)
    units = unit_countries(toponym)
    parents = [toponyms[i] for i in toponym.parents]
    scored = []
    for candidate in toponym.candidates:
        prior = prior_of(candidate, toponym, seats, units)
        support = support_of(candidate, toponym, context, parents, children)
        scored.append((prior + support, support > 0, candidate))
    scored.sort(key=lambda s: -s[0])
    best_score, supported, best = scored[0]
    if not supported and weak(best, best_score, scored, context):
        return Resolution(None, best_score)
    return Resolution(best, best_score, supported)


def country_reading(toponym: Toponym) -> Candidate | None:
    """The country a country's own name means, whatever the context.

    "Russia" in a story from Ohio is still Russia: a country name is taken
    for the country unless the text puts it in a place ("Russia, Ohio"),
    calls it a town or district, or a first-level unit bears the same name
    ("Georgia", "Mexico"), when the scores decide.
    """
    if toponym.parents or (toponym.features and not toponym.features & COUNTRY):
        return None
    # Every name a country is indexed under is one of its names ("Russia").
    countries = [c for c in toponym.candidates if c.feature == "PCLI"]
    if not countries:
        return None
    # An ISO-only unit (no GeoNames id) of a territory that is a country of
    # its own ("Guam") is not the rival a real one is ("Georgia").
    if any(c.feature == "ADM1" and c.geonameid is not None and own_name(c, toponym)
           for c in toponym.candidates):
        return None
    return next((c for c in countries if own_name(c, toponym)), countries[0])


def own_name(candidate: Candidate, toponym: Toponym) -> bool:
    """Whether the toponym is the candidate's own name, not an alias."""
    own = {fold_name(candidate.name), fold_name(candidate.asciiname)}
    if candidate.feature == "ADM1" and candidate.admin1:
        own.add(fold_name(candidate.admin1))
    return toponym.key in own


def prior_of(candidate: Candidate, toponym: Toponym, seats: set[tuple],
             units: frozenset[str] = frozenset()) -> float:
    """What a candidate scores for its kind and size alone.

    Args:
        candidate: The candidate.
        toponym: Its toponym.
        seats: (country, unit) of subdivisions yielding to their seat
            (`seat_names`).
        units: Countries with a first-level unit of the name
            (`unit_countries`): their villages of the name yield to it.
    """
    if candidate.feature in TOWN:
        population = candidate.population or 0
        score = TOWN_WEIGHT * math.log10(population + 10)
        if candidate.feature == "PPLC":
            score += CAPITAL_BONUS
        if is_village(candidate) and candidate.country in units and not toponym.features & TOWN:
            score -= SEAT_PENALTY  # Florida, N.Y., is not "Florida"
    else:
        score = FEATURE_PRIOR.get(candidate.feature, 1.0)
        unit = (candidate.country, candidate.admin1 if candidate.feature == "ADM1"
                else candidate.admin2)
        if unit in seats and not (toponym.features - TOWN):
            score -= SEAT_PENALTY
    own = {fold_name(candidate.name), fold_name(candidate.asciiname)}
    if toponym.key not in own and fold_name(toponym.text) not in own:
        score -= ALIAS_PENALTY
    return score


def unit_countries(toponym: Toponym) -> frozenset[str]:
    """Countries with a first-level unit named by the toponym itself."""
    return frozenset(c.country for c in toponym.candidates
                     if c.feature == "ADM1" and c.country and own_name(c, toponym))


def seat_names(candidates: tuple[Candidate, ...], key: str) -> set[tuple]:
    """(country, unit) of subdivisions holding a same-named town of size.

    The town must bear the name itself ("Kabul"), or the name and "City"
    when it is a metropolis ("New York City"): Oklahoma City does not make
    "Oklahoma" a town.
    """
    seats = set()
    for c in candidates:
        if c.feature not in TOWN or (c.population or 0) < SEAT_POPULATION:
            continue
        own = {fold_name(c.name), fold_name(c.asciiname)}
        metropolis = is_metropolis(c) and f"{key} city" in own
        # "Jenin" is the seat Janīn too (`with_seat` added it).
        spelt = skeleton(key) in {skeleton(name) for name in own}
        if key in own or metropolis or spelt:
            seats.add((c.country, c.admin1))
            seats.add((c.country, c.admin2))
    return seats


def support_of(candidate: Candidate, toponym: Toponym, context: Context,
               parents: list[Toponym], children: list[Toponym]) -> float:
    """What the text says for (or against) a candidate."""
    score = 0.0
    if candidate.country and not toponym.dateline:
        country = FOCUS_BONUS if context.in_focus(candidate.country) else 0.0
        votes = context.country_votes(candidate.country)
        if votes > 0:
            country += COUNTRY_BONUS + (COUNTRY_BONUS if votes >= MANY_VOTES else 0)
        # The country alone never outweighs a big town elsewhere: only the
        # admin-1 evidence below can make "Athens" the one in Texas.
        score += min(country, COUNTRY_CAP)
        village = is_village(candidate)
        admin1_votes = context.admin1_votes(candidate.country, candidate.admin1, village) \
            if candidate.feature not in ("PCLI", "PCLH") else 0
        if admin1_votes > 0:
            score += ADMIN1_BONUS + (ADMIN1_MORE if admin1_votes >= 2 else 0)
        if candidate.feature not in COUNTRY:
            score += NEARBY_WEIGHT * min(context.nearby_votes(candidate.country,
                                                               candidate.admin1), 2.0)
    if any(inside(candidate, p) for parent in parents for p in parent.candidates):
        score += HIERARCHY_BONUS
    if any(inside(c, candidate) for child in children for c in child.candidates):
        score += HIERARCHY_BONUS
    if toponym.features:
        score += KIND_BONUS if candidate.feature in toponym.features else -KIND_PENALTY
    return score


def weak(best: Candidate, best_score: float, scored: list, context: Context) -> bool:
    """Whether an unsupported best candidate is too weak to report.

    A metropolis is not: "Barcelona" is the Spanish city unless the text
    says otherwise, however big the one in Venezuela.
    """
    if (best.population or 0) >= METROPOLIS:
        return False
    rival = next((s for s in scored[1:] if s[2].country != best.country), None)
    if rival is not None and best_score - rival[0] < ABSTAIN_MARGIN:
        return True
    # Towns of one name and near-equal size in two states or provinces.
    twin = next((s for s in scored[1:] if s[2].country == best.country
                 and s[2].admin1 != best.admin1 and s[2].feature == best.feature), None)
    if twin is not None and best_score - twin[0] < TWIN_MARGIN:
        return True
    mentioned = context.focus is not None or any(
        context.country_votes(country) for country in context.countries)
    hamlet = best.feature in TOWN and (best.population or 0) < HAMLET_POPULATION
    return hamlet and mentioned and best.country != context.focus \
        and context.country_votes(best.country) <= 0


def one_sense(toponyms: list[Toponym], resolutions: list[Resolution]) -> list[Resolution]:
    """Give cue-less mentions the reading of a cued mention of the same name."""
    cued: dict[str, Resolution] = {}
    for toponym, resolution in zip(toponyms, resolutions):
        if resolution.candidate is not None and (toponym.features or toponym.parents) \
                and not toponym.dateline:
            best = cued.get(toponym.key)
            if best is None or resolution.score > best.score:
                cued[toponym.key] = resolution
    out = []
    for toponym, resolution in zip(toponyms, resolutions):
        plain = not (toponym.features or toponym.parents or toponym.dateline)
        out.append(cued.get(toponym.key, resolution) if plain else resolution)
    return out


def precision_of(candidate: Candidate | None, near: bool = False) -> int | None:
    """ACLED geo-precision of a place: 1 town, 2 near a town or a district,
    3 a province or larger."""
    if candidate is None:
        return None
    precision = PRECISION.get(candidate.feature, 3)
    return 2 if near and precision == 1 else precision
