"""Toponyms: the place names of an article, with the cues around them.

Every GPE/LOC entity of the (gazetteer-corrected) parse is a toponym, a
leading "the" dropped. Around each one the text is read for what kind of
place it is ("the northern province of Panjshir", "Andarab district", "the
city of Charikar"), whether it is only *near* it ("outside Kabul"), which
other toponym it lies in ("Charikar, the capital of Parwan Province",
"Andarab [in the Baghlan Province]", "Afghanistan's northern province of
Panjshir", "Cairo, Ga.") and whether it is the wire dateline (where the
reporter was, not where anything happened).

Nationality words ("Afghan", "Russians", "anti-Russian"; "European" for
the continent) are toponyms marked as demonyms, resolved to their country:
they tell the article's country focus, and are never the place of an
event. The parse's misses are taken back where the name itself is clear: a
country or nationality word inside an organisation's name ("Air
Zimbabwe"), a country or province tagged as a person ("Tamil Nadu"), the
place that opens or closes an unknown name ("Lamar County Jail").

Candidates come from the gazetteer by the folded name, with its "St." or
"Saint" spelling too, a metropolis "<X> City" for a subdivision "<X>" it
lies in ("New York"), and a subdivision's seat spelt otherwise ("Douma",
the town Dūmā of Douma District).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from spacy.tokens import Doc, Span as SpacySpan, Token

from ...model import Extraction
from ..analyse.gazetteer import FEATURES, Candidate, Gazetteer, fold_name, is_specific
from ..analyse.nlp import masked_text, sentence_of

# -- rules as data ---------------------------------------------------------

PLACE_LABELS = frozenset({"GPE", "LOC"})
# Entities a place name may open ("Minnesota Department of Transportation").
EMBEDDING_LABELS = frozenset({"ORG", "FAC"})
EMBEDDED_TOKENS = 3
# Names that may hold a country's name or a nationality word ("the US
# Federal Reserve", "the Council of Europe Convention").
NAME_LABELS = EMBEDDING_LABELS | {"LAW", "EVENT", "PRODUCT"}
COUNTRY = frozenset({"PCLI", "PCLH"})
FIRST_LEVEL = frozenset({"ADM1", "ADMD", "ADM2"})
LOWER_LEVEL = frozenset({"ADM2", "ADM3", "ADMD"})
TOWN = frozenset({"PPL", "PPLC"})
# A word naming a kind of place -> the GeoNames features it fits.
FEATURE_WORDS = {
    "province": FIRST_LEVEL, "provinces": FIRST_LEVEL, "state": FIRST_LEVEL,
    "governorate": FIRST_LEVEL, "region": FIRST_LEVEL, "oblast": FIRST_LEVEL,
    "prefecture": FIRST_LEVEL, "department": FIRST_LEVEL, "emirate": FIRST_LEVEL,
    "district": LOWER_LEVEL, "districts": LOWER_LEVEL, "county": LOWER_LEVEL,
    "municipality": LOWER_LEVEL, "subdistrict": LOWER_LEVEL, "raion": LOWER_LEVEL,
    "woreda": LOWER_LEVEL, "parish": LOWER_LEVEL,
    "city": TOWN, "town": TOWN, "village": TOWN, "capital": TOWN, "hamlet": TOWN,
    "port": TOWN, "suburb": TOWN, "townships": TOWN, "settlement": TOWN,
    "neighbourhood": TOWN, "neighborhood": TOWN, "locality": TOWN, "localities": TOWN,
    "country": COUNTRY, "nation": COUNTRY, "republic": COUNTRY, "kingdom": COUNTRY,
}
# Plural kind words that introduce a list ("the provinces of", "states such
# as"): only read before a name, never as part of one ("United States").
PLURAL_KINDS = {
    "states": FIRST_LEVEL, "provinces": FIRST_LEVEL, "regions": FIRST_LEVEL,
    "counties": LOWER_LEVEL, "districts": LOWER_LEVEL, "cities": TOWN, "towns": TOWN,
    "villages": TOWN, "countries": COUNTRY, "nations": COUNTRY,
}
# Trailing possessives trimmed from a name ("Warren County's").
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# Direction words in front of a name: "Northeast Texas" is in Texas.
DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central northeast "
    "northwest southeast southwest northeastern northwestern southeastern "
    "southwestern upper lower greater n s e w s.e s.w n.e n.w".split()
)
HYPHENS = frozenset({"-", "‐", "–"})
# Words before a name (up to the name) that put the event only near it.
NEAR_WORDS = frozenset({"near", "outside", "outskirts", "around", "nearby", "close"})
# Adjectives allowed between a feature word and "of" or the name
# ("the northern province of", "the restive district of").
FILLER_TAGS = frozenset({"JJ", "JJR", "JJS", "DT", "VBN", "RB", ","})
# Tokens that may stand between a name and the place it lies in
# ("Andarab [in the Baghlan Province]", "Charikar, the capital of Parwan").
PARENT_LINKS = frozenset({"in", "of", ",", "(", "[", "the", "a", "an"})
PARENT_WINDOW = 8
# AP-style state abbreviations after a US town ("Cairo, Ga.", "Alexandria, Va.").
US_STATES = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California",
    "colo": "Colorado", "conn": "Connecticut", "del": "Delaware", "fla": "Florida",
    "ga": "Georgia", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas",
    "kans": "Kansas", "ky": "Kentucky", "la": "Louisiana", "md": "Maryland",
    "mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota",
    "miss": "Mississippi", "mo": "Missouri", "mont": "Montana", "neb": "Nebraska",
    "nev": "Nevada", "n.h": "New Hampshire", "n.j": "New Jersey", "n.m": "New Mexico",
    "n.y": "New York", "n.c": "North Carolina", "n.d": "North Dakota",
    "okla": "Oklahoma", "ore": "Oregon", "pa": "Pennsylvania", "r.i": "Rhode Island",
    "s.c": "South Carolina", "s.d": "South Dakota", "tenn": "Tennessee",
    "tex": "Texas", "vt": "Vermont", "va": "Virginia", "wash": "Washington",
    "w.va": "West Virginia", "wis": "Wisconsin", "wyo": "Wyoming", "d.c": "District of Columbia",
}
# Canadian provinces as the news abbreviates them ("Nelson, B.C.").
CANADIAN_PROVINCES = {
    "b.c": "British Columbia", "alta": "Alberta", "sask": "Saskatchewan",
    "ont": "Ontario", "que": "Quebec", "n.b": "New Brunswick", "n.s": "Nova Scotia",
    "p.e.i": "Prince Edward Island", "n.l": "Newfoundland and Labrador",
    "nfld": "Newfoundland and Labrador",
}
# Abbreviation -> (country, first-level unit).
UNIT_ABBREVIATIONS = {**{a: ("USA", name) for a, name in US_STATES.items()},
                      **{a: ("CAN", name) for a, name in CANADIAN_PROVINCES.items()}}
# Continents, world regions and oceans, which the gazetteer lacks: GeoNames id,
# feature, lat, lon.
REGIONS = {
    "africa": (6255146, "Africa", "CONT", 7.19, 21.09),
    "asia": (6255147, "Asia", "CONT", 29.84, 89.3),
    "europe": (6255148, "Europe", "CONT", 48.69, 9.14),
    "north america": (6255149, "North America", "CONT", 46.07, -100.55),
    "south america": (6255150, "South America", "CONT", -14.6, -57.66),
    "oceania": (6255151, "Oceania", "CONT", -18.31, 138.52),
    "antarctica": (6255152, "Antarctica", "CONT", -78.16, 16.41),
    "middle east": (6269133, "Middle East", "RGN", 29.0, 41.0),
    "atlantic": (3373405, "Atlantic Ocean", "OCN", 0.0, -25.0),
    "atlantic ocean": (3373405, "Atlantic Ocean", "OCN", 0.0, -25.0),
    "pacific": (2363254, "Pacific Ocean", "OCN", 0.0, -160.0),
    "pacific ocean": (2363254, "Pacific Ocean", "OCN", 0.0, -160.0),
    "indian ocean": (1545739, "Indian Ocean", "OCN", -20.0, 80.0),
}
# Last words of the name of a street or a named feature: "Green Oaks
# Boulevard" and "Hampton Hills" are no places called "Green Oaks" or
# "Hampton", and the gazetteer does not know them whole.
STREET_WORDS = frozenset(
    "street st avenue ave road rd boulevard blvd drive dr lane ln highway hwy "
    "parkway pkwy plaza square circle bridge tunnel terrace trail pike freeway "
    "expressway".split()
)
LANDMARK_WORDS = STREET_WORDS | frozenset(
    "hills heights park lake creek river valley estates woods springs beach bay "
    "ridge gardens harbor harbour island islands mountain mountains township "
    "center centre colony area".split()
)
# First words of a named feature's name: "Lake Manassas", "Gulf of Mexico".
LANDMARK_HEADS = frozenset("lake gulf mount mt port cape bay sea river".split())
# Abbreviated first words and their full forms: GeoNames writes "Saint
# Louis" and "St Albans", the news "St. Louis" and "Saint Albans".
ABBREVIATED_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
FULL_WORDS = {full: short for short, full in ABBREVIATED_WORDS.items()}
# A town of this size named "<X> City" is what "<X>" means as often as the
# subdivision it lies in and is named after ("New York").
METROPOLIS = 1_000_000
# Continental adjectives, demonyms of their continent like nationality
# words of their country.
CONTINENT_WORDS = {"european": "europe", "african": "africa", "asian": "asia"}
# Names for a country that the gazetteer indexes as something else.
COUNTRY_ALIASES = {"america": "United States", "britain": "United Kingdom",
                   "holland": "Netherlands"}


# Abbreviations the gazetteer does not index as countries.
COUNTRY_ABBREVIATIONS = {
    "us": "United States", "u s": "United States", "usa": "United States",
    "uk": "United Kingdom", "u k": "United Kingdom", "uae": "United Arab Emirates",
    "drc": "Democratic Republic of the Congo", "dr congo": "Democratic Republic of the Congo",
    "car": "Central African Republic", "prc": "China", "roc": "Taiwan",
}


@dataclass
class Toponym:
    """One place name in the text and what the text says about it.

    Attributes:
        start: Character offset in `article.text`.
        end: End offset (exclusive).
        text: The name as written.
        key: The folded lookup key.
        first: Index of its first token in the doc.
        last: Index of its last token.
        sentence: Index into `state["sentences"]`.
        candidates: What the gazetteer says it may be.
        features: Features a kind word suggests (empty: none).
        near: The text puts things near it, not in it ("outside Kabul").
        parents: Indexes of toponyms the text puts it in.
        dateline: It is (in) the wire dateline.
        origin: Something came *from* it ("moving from Andarab").
        demonym: A nationality word ("Afghan"); its candidates are its country.
        in_name: It is part of an organisation's name ("the Islamic State of
            Iraq", "Air Zimbabwe"): a place named, not where things happen.
    """

    start: int
    end: int
    text: str
    key: str
    first: int
    last: int
    sentence: int
    candidates: tuple[Candidate, ...]
    features: frozenset[str] = frozenset()
    near: bool = False
    parents: list[int] = field(default_factory=list)
    dateline: bool = False
    origin: bool = False
    demonym: bool = False
    in_name: bool = False


def is_metropolis(candidate: Candidate) -> bool:
    """A town of a million people or more."""
    return candidate.feature in TOWN and (candidate.population or 0) >= METROPOLIS


def find_toponyms(record: Extraction, gazetteer: Gazetteer,
                  country_of_adjective: Callable[[str], str | None]) -> list[Toponym]:
    """Every place name and nationality word of a parsed record, in text
    order, with its cues.

    Args:
        record: A record the nlp stage has parsed (`state["doc"]`).
        gazetteer: The place-name index.
        country_of_adjective: Maps a nationality word to an ISO3 code or None.

    Returns:
        The toponyms; their `parents` point into the same list.
    """
    doc = record.state["doc"]
    bounds = record.state.get("sentences") or [(0, len(doc.text))]
    dateline = record.article.dateline
    found = []
    for ent in doc.ents:
        toponym = entity_toponym(ent, gazetteer, bounds, dateline, country_of_adjective)
        if toponym is not None:
            found.append(toponym)
    found = outermost(found)
    found.extend(embedded_toponyms(doc, found, gazetteer, bounds, dateline))
    found.extend(inner_countries(doc, found, gazetteer, bounds, dateline, country_of_adjective))
    found.extend(untagged_demonyms(doc, found, gazetteer, bounds, dateline, country_of_adjective))
    found.extend(dateline_toponym(record, found, gazetteer, bounds))
    found.extend(repeated_toponyms(doc, masked_text(record), found, gazetteer, bounds, dateline))
    found.sort(key=lambda t: t.start)
    share_kinds(doc, found)
    link_parents(doc, found, gazetteer)
    for toponym in found:  # "from Andarab, in Baghlan province": both are origins
        if toponym.origin:
            for parent in toponym.parents:
                found[parent].origin = True
    return found


def entity_toponym(ent: SpacySpan, gazetteer: Gazetteer, bounds, dateline,
                   country_of_adjective: Callable[[str], str | None]) -> Toponym | None:
    """The toponym of a place, nationality or person entity, if it is one.

    A place entity the gazetteer does not know gives way to a place inside
    it, else to a nationality word; a nationality entity must be one.
    """
    if ent.label_ == "PERSON":
        return person_place(ent, gazetteer, bounds, dateline, country_of_adjective)
    if ent.label_ not in PLACE_LABELS and ent.label_ != "NORP":
        return None
    span = trim(ent)
    if span is None:
        return None
    if ent.label_ in PLACE_LABELS:
        span = with_saint(span, gazetteer)  # "ST. LOUIS" parsed as "LOUIS"
    if ent.label_ == "NORP" and len(span) > 1:
        span = nationality_part(span, country_of_adjective) or span  # "anti-Russian"
    toponym = make_toponym(span, gazetteer, bounds, dateline)
    if not toponym.candidates and ent.label_ != "NORP":
        part = place_within(span, gazetteer)
        if part is not None:  # "Lamar County Commissioners", "Politics Ukraine"
            toponym = make_toponym(part, gazetteer, bounds, dateline)
    if ent.label_ == "NORP" or not toponym.candidates:
        land = demonym_candidates(span.text, gazetteer, country_of_adjective)
        if land is None and ent.label_ == "NORP":
            return None  # "Tajik", "Sunni": a people, not a country's
        if land is not None:
            as_demonym(toponym, land)
    return toponym


def demonym_candidates(text: str, gazetteer: Gazetteer,
                       country_of_adjective: Callable[[str], str | None]) -> tuple[Candidate, ...] | None:
    """The country (or continent) a nationality word stands for, or None
    when it is none ("Afghan", "Canadians", "European")."""
    country = demonym_country(text, country_of_adjective)
    if country is not None:
        return country_candidates(gazetteer, country)
    return continent_of(text) or None


def as_demonym(toponym: Toponym, candidates: tuple[Candidate, ...]) -> Toponym:
    """Mark a toponym a nationality word of the given country or continent."""
    toponym.demonym = True
    toponym.candidates = candidates
    return toponym


def outermost(toponyms: list[Toponym]) -> list[Toponym]:
    """The toponyms no longer one covers ("ST" within "ST. PAUL")."""
    return [t for t in toponyms if not any(
        o is not t and o.start <= t.start and t.end <= o.end and o.end - o.start > t.end - t.start
        for o in toponyms)]


def with_saint(span: SpacySpan, gazetteer: Gazetteer) -> SpacySpan:
    """The name with an abbreviated first word the parse left out ("ST." of
    "ST. LOUIS", "Mt." of "Mt. Hood"), when the longer name is a place
    ("Main St. Boston" stays "Boston")."""
    doc, start = span.doc, span.start
    if start >= 2 and doc[start - 1].text == ".":
        start -= 1
    word = doc[start - 1] if start >= 1 else None
    if word is not None and word.text[:1].isupper() \
            and word.lower_.rstrip(".") in ABBREVIATED_WORDS:
        longer = doc[start - 1:span.end]
        if lookup(gazetteer, longer.text):
            return longer
    return span


def nationality_part(span: SpacySpan,
                     country_of_adjective: Callable[[str], str | None]) -> SpacySpan | None:
    """The nationality word of a hyphened compound the whole of which is
    none: "anti-Russian", "Russian-European" (the first one); "Central
    American" is no American."""
    if demonym_country(span.text, country_of_adjective) is not None:
        return None

    def hyphened(i: int) -> bool:
        return (i > 0 and span[i - 1].text in HYPHENS) \
            or (i + 1 < len(span) and span[i + 1].text in HYPHENS)

    return next((span[i:i + 1] for i, token in enumerate(span)
                 if token.text[:1].isupper() and hyphened(i)
                 and demonym_country(token.text, country_of_adjective) is not None), None)


def demonym_country(text: str, country_of_adjective: Callable[[str], str | None]) -> str | None:
    """The country of a nationality word, singular or plural ("Canadians")."""
    country = country_of_adjective(text)
    if country is None and len(text) > 3 and text.endswith("s"):
        country = country_of_adjective(text[:-1])
    return country


def full_name(candidate: Candidate, key: str) -> bool:
    """Whether a key is a candidate's name, not a part of it ("free" of
    "Free State")."""
    names = {fold_name(candidate.name), fold_name(candidate.asciiname)}
    if candidate.feature == "ADM1" and candidate.admin1:
        names.add(fold_name(candidate.admin1))
    return key in names or (candidate.feature in COUNTRY and len(key) > 2)


def continent_of(text: str) -> tuple[Candidate, ...]:
    """The continent of a continental adjective ("European", "Africans")."""
    key = fold_name(text)
    region = CONTINENT_WORDS.get(key) or CONTINENT_WORDS.get(key[:-1] if key.endswith("s") else "")
    if region is None:
        return ()
    gid, name, feature, lat, lon = REGIONS[region]
    return (Candidate(gid, name, name, feature, None, None, None, lat, lon, None),)


def embedded_toponyms(doc: Doc, found: list[Toponym], gazetteer: Gazetteer, bounds,
                      dateline) -> list[Toponym]:
    """Places opening an organisation's name: "the Minnesota Department of
    Transportation", "Fargo Police". Taken only for a country or first-level
    unit, or a name the text uses as a place elsewhere ("one sense per
    discourse"), so "Wells Fargo" and "Jordan Bardella" stay whole."""
    known = {t.key for t in found if not t.demonym}
    embedded = []
    for ent in doc.ents:
        if ent.label_ not in EMBEDDING_LABELS:
            continue
        span = trim(ent)
        if span is None:
            continue
        if any(c.feature in COUNTRY for c in lookup(gazetteer, span.text)):
            # A country taken for an organisation ("Zimbabwe won the toss").
            embedded.append(make_toponym(span, gazetteer, bounds, dateline))
            continue
        if len(span) < 2 or span[-1].lower_.rstrip(".") in STREET_WORDS \
                or span[0].lower_ in LANDMARK_HEADS:
            continue  # "Washington Drive" is not in Washington, "Gulf Air" not in Gulf
        for end in range(min(len(span) - 1, EMBEDDED_TOKENS), 0, -1):
            head = span[:end]
            if not all(t.text[:1].isupper() for t in head) or (end == 1 and head[0].is_stop):
                continue  # "No Name Bar" is not in Nord
            key = fold_name(head.text)
            candidates = gazetteer.lookup_key(key)
            # "Douglas County Public Works": a county is a place, whatever
            # "Douglas" alone may be. A country or first-level unit must be
            # named in full: the "Free" of "Free Syrian Army" is no Free State.
            strong = any((c.feature in COUNTRY or c.feature == "ADM1") and full_name(c, key)
                         for c in candidates) or (end > 1 and head[-1].lower_ in FEATURE_WORDS)
            if candidates and (strong or key in known):
                embedded.append(make_toponym(head, gazetteer, bounds, dateline))
                break
    return embedded


def person_place(ent: SpacySpan, gazetteer: Gazetteer, bounds, dateline,
                 country_of_adjective: Callable[[str], str | None]) -> Toponym | None:
    """A place the parser took for a person: a nationality word ("Slovak")
    or a country or first-level unit of two words or more ("Tamil Nadu").
    One-word names stay people: "Georgia" and "Kent" are names too."""
    span = trim(ent)
    if span is None:
        return None
    if len(span) == 1:
        country = demonym_country(span.text, country_of_adjective)
        if country is None or not span.text[:1].isupper():
            return None
        toponym = make_toponym(span, gazetteer, bounds, dateline)
        return as_demonym(toponym, country_candidates(gazetteer, country))
    key = fold_name(span.text)
    if any((c.feature == "PCLI" or c.feature == "ADM1") and key == fold_name(c.name)
           for c in gazetteer.lookup_key(key)):
        return make_toponym(span, gazetteer, bounds, dateline)
    return None


def inner_countries(doc: Doc, found: list[Toponym], gazetteer: Gazetteer, bounds, dateline,
                    country_of_adjective: Callable[[str], str | None]) -> list[Toponym]:
    """Countries and nationality words inside an organisation's name: "Air
    Zimbabwe", "HSBC Bank Malta", "the Nigerian Air Force", "the European
    Commission". Only a country's own name or a nationality word counts,
    not a town or a province ("Wells Fargo", "Bank of America" keep their
    words), nor a nationality after a direction ("North American")."""
    taken = {(t.start, t.end) for t in found}
    inner = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        i = ent.start
        while i < ent.end:
            size = next((n for n in (3, 2, 1) if i + n <= ent.end
                         and country_name(doc[i:i + n], gazetteer, country_of_adjective)), 0)
            if not size:
                i += 1
                continue
            span = doc[i:i + size]
            after_direction = i > ent.start and doc[i - 1].lower_ in DIRECTIONS
            if not after_direction and not any(s <= span.start_char < e for s, e in taken):
                toponym = make_toponym(span, gazetteer, bounds, dateline)
                toponym.in_name = True
                land = demonym_candidates(span.text, gazetteer, country_of_adjective)
                if land is not None:
                    as_demonym(toponym, land)
                inner.append(toponym)
            i += size
    return inner


def untagged_demonyms(doc: Doc, found: list[Toponym], gazetteer: Gazetteer, bounds, dateline,
                      country_of_adjective: Callable[[str], str | None]) -> list[Toponym]:
    """Nationality words the parser tagged as no entity at all ("a Turkish
    warship"): capitalised words outside every entity."""
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    taken |= {i for t in found for i in range(t.first, t.last + 1)}
    demonyms = []
    for token in doc:
        if token.i in taken or not token.text[:1].isupper() \
                or token.pos_ not in ("ADJ", "PROPN", "NOUN"):
            continue
        country = demonym_country(token.text, country_of_adjective)
        if country is None:
            continue
        toponym = make_toponym(doc[token.i:token.i + 1], gazetteer, bounds, dateline)
        demonyms.append(as_demonym(toponym, country_candidates(gazetteer, country)))
    return demonyms


def country_name(span: SpacySpan, gazetteer: Gazetteer,
                 country_of_adjective: Callable[[str], str | None]) -> bool:
    """Whether a capitalised span is a country's own name or a nationality
    (or continental) word."""
    if not all(t.text[:1].isupper() for t in span):
        return False
    key = fold_name(span.text)
    if any(c.feature == "PCLI" and key in {fold_name(c.name), fold_name(c.asciiname)}
           for c in gazetteer.lookup_key(key)):
        return True
    if key in COUNTRY_ABBREVIATIONS and span.text.replace(".", "").isupper():
        return True  # "the US Federal Reserve"
    return len(span) == 1 and (demonym_country(span.text, country_of_adjective) is not None
                               or bool(continent_of(span.text)))


def make_toponym(span: SpacySpan, gazetteer: Gazetteer, bounds, dateline) -> Toponym:
    """A toponym from an entity span, its kind and nearness read around it."""
    doc = span.doc
    name = span
    features = frozenset()
    if len(span) > 1 and span[-1].lower_ in FEATURE_WORDS:  # "Baghlan Province"
        features = FEATURE_WORDS[span[-1].lower_]
        name = span[:-1]
    features = features or kind_before(doc, span.start) or kind_after(doc, span.end)
    # "Mexico City" is a name of its own; "Kabul city" is Kabul.
    candidates, key = lookup(gazetteer, span.text), fold_name(span.text)
    if not candidates and name is not span:
        candidates, key = gazetteer.lookup(name.text), fold_name(name.text)
    generic = fold_name(name.text)
    if not candidates and not is_specific(generic) and name.text.istitle() and " " in generic:
        # "North West" province; a lone "West" is rather the Western powers.
        candidates, key = generic_units(gazetteer).get(generic, ()), generic
    rest = name
    while not candidates and len(rest) > 1 and rest[0].lower_.rstrip(".") in DIRECTIONS:
        # "Western Massachusetts", "north west London": the part of a place.
        rest = rest[1:]
        candidates, key = lookup(gazetteer, rest.text), fold_name(rest.text)
    candidates = with_seat(gazetteer, key, with_metropolis(gazetteer, key, candidates))
    in_dateline = dateline is not None and dateline.start <= span.start_char < dateline.end
    return Toponym(
        start=span.start_char, end=span.end_char, text=span.text, key=key,
        first=span.start, last=span.end - 1,
        sentence=sentence_of(bounds, span.start_char), candidates=candidates,
        features=features, near=is_near(doc, span.start), dateline=in_dateline,
        origin=is_origin(doc, span.start),
    )


def place_within(span: SpacySpan, gazetteer: Gazetteer) -> SpacySpan | None:
    """The longest place name that opens or closes an entity the gazetteer
    does not know as a whole: "Lamar County Commissioners", "Columbus
    East", "Politics Ukraine". A closing part must be a country or a
    first-level unit, or end in a kind word ("Greenbrier-Pocahontas
    County"); at equal length the opening one wins unless only the closing
    one is such. A street or a named feature ("Green Oaks Boulevard",
    "Hampton Hills") holds none.

    Args:
        span: The entity (trimmed), of two tokens or more.
        gazetteer: The place-name index.

    Returns:
        The part, or None when no capitalised part is a place name.
    """
    if is_landmark(span):
        return None
    for size in range(len(span) - 1, 0, -1):
        found = []
        for part in (span[:size], span[len(span) - size:]):
            # "Al-Mayadeen" opens with no place "Al" ("Greenbrier-Pocahontas
            # County" does close with one).
            hyphened = part.end < span.end and not part[-1].whitespace_ \
                and span.doc[part.end].text in HYPHENS
            if hyphened or not all(t.text[:1].isupper() for t in part):
                continue
            candidates = lookup(gazetteer, part.text)
            strong = any(c.feature in COUNTRY or c.feature == "ADM1" for c in candidates) \
                or (len(part) > 1 and part[-1].lower_ in FEATURE_WORDS)
            # A closing part must be a country, a first-level unit or say
            # what it is: the "Union" of "Soviet Union" is no town.
            if candidates and (strong or part.start == span.start):
                found.append((strong, part))
        if found:
            return max(found, key=lambda f: f[0])[1]
    return None


def is_landmark(span: SpacySpan) -> bool:
    """Whether a name is shaped like a street's or a named feature's
    ("Cooper Street", "Boston Harbor", "Lake Vermont")."""
    return span[-1].lower_.rstrip(".") in LANDMARK_WORDS \
        or span[0].lower_.rstrip(".") in LANDMARK_HEADS


def lookup(gazetteer: Gazetteer, text: str) -> tuple[Candidate, ...]:
    """Candidates of a name. A country abbreviation ("US", "U.K.") or alias
    ("America") is its country, a state abbreviation ("Ga.", "D.C.") its US
    state, a continent or world region ("Africa") its GeoNames entry."""
    key = fold_name(text)
    # "Ga." -> "ga", "D.C." -> "d.c", "W. Va." -> "w.va"; "L.A." stays "l.a"
    bare = text.lower().rstrip(".").replace(" ", "")
    if key in COUNTRY_ABBREVIATIONS and text.replace(".", "").isupper():
        return only(gazetteer.lookup(COUNTRY_ABBREVIATIONS[key]), COUNTRY)
    if key in COUNTRY_ALIASES:
        return only(gazetteer.lookup(COUNTRY_ALIASES[key]), COUNTRY)
    if "." in text and bare in UNIT_ABBREVIATIONS and text[:1].isupper():
        return unit_candidates(gazetteer, bare)
    if key in REGIONS:
        gid, name, feature, lat, lon = REGIONS[key]
        return (Candidate(gid, name, name, feature, None, None, None, lat, lon, None),)
    candidates = gazetteer.lookup(text)
    variant = variant_key(key)
    if variant is not None:
        extra = [c for c in gazetteer.lookup_key(variant) if c not in candidates]
        candidates += tuple(extra)
    return candidates


@lru_cache(maxsize=65536)
def skeleton(key: str) -> str:
    """A name's consonants, doubles merged: spellings of one name from
    another script mostly agree on them ("douma" and "duma", "jenin" and
    "janin" are "dm" and "jn")."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy\W_]+", "", key))


def with_seat(gazetteer: Gazetteer, key: str,
              candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """Add the seat of a subdivision named after it but spelt otherwise.

    "Douma" is Douma District's and Dūmā's name: the district is indexed
    under "Douma", the town only as "Duma". A unit of the name with no town
    of the name inside gets the most populous of its big towns whose name
    has the same consonants.
    """
    seats = []
    for unit in candidates:
        if unit.feature not in ("ADM1", "ADM2") or not unit.country:
            continue
        if any(c.feature in TOWN and inside(c, unit) for c in candidates):
            continue
        names = gazetteer.columns.name
        row = next((i for i in unit_towns(gazetteer, unit)
                    if skeleton(fold_name(names[i])) == skeleton(key)), None)
        seat = None if row is None else gazetteer.columns.row(row)
        if seat is not None and seat not in candidates and seat not in seats:
            seats.append(seat)
    return candidates + tuple(seats)


# How many of a unit's most populous towns may be its seat.
SEAT_RANK = 5


def unit_towns(gazetteer: Gazetteer, unit: Candidate) -> list[int]:
    """Rows of the most populous towns of an admin-1 or admin-2 unit, biggest
    first (towns placed in no admin-2 unit count for those of their admin-1)."""
    ids, towns = unit_index(gazetteer)
    country, admin1 = ids.get(unit.country, -1), ids.get(unit.admin1, -1)
    if unit.feature == "ADM2":
        return towns.get((country, admin1, ids.get(unit.admin2, -1)), []) \
            + towns.get((country, admin1, -1), [])
    return towns.get((country, admin1), [])


@lru_cache(maxsize=2)
def unit_index(gazetteer: Gazetteer) -> tuple[dict[str, int], dict[tuple, list[int]]]:
    """The string table's positions and, per (country, admin1[, admin2])
    of string ids, the rows of its `SEAT_RANK` most populous towns.
    Computed once per gazetteer, in a fraction of a second."""
    columns = gazetteer.columns
    ids = {value: i for i, value in enumerate(columns.strings)}
    towns = {FEATURES.index(f) for f in TOWN}
    population = columns.population
    units: dict[tuple, list[int]] = {}
    rows = zip(columns.feature, columns.country, columns.admin1, columns.admin2)
    for i, (feature, country, admin1, admin2) in enumerate(rows):
        if feature not in towns or admin1 < 0:
            continue
        for unit in ((country, admin1), (country, admin1, admin2)):
            found = units.setdefault(unit, [])
            if len(found) < SEAT_RANK or population[i] > population[found[-1]]:
                found.append(i)
                found.sort(key=lambda row: -population[row])
                del found[SEAT_RANK:]
    return ids, units


@lru_cache(maxsize=2)
def generic_units(gazetteer: Gazetteer) -> dict[str, tuple[Candidate, ...]]:
    """First-level units whose name is only generic words ("North West",
    "Central", "Eastern"), which the index leaves out: folded name -> units."""
    columns = gazetteer.columns
    adm1 = FEATURES.index("ADM1")
    units: dict[str, list[Candidate]] = {}
    for i, feature in enumerate(columns.feature):
        if feature != adm1:
            continue
        candidate = columns.row(i)
        for name in {candidate.name, candidate.admin1 or candidate.name}:
            key = fold_name(name)
            if key and not is_specific(key) and candidate not in units.get(key, ()):
                units.setdefault(key, []).append(candidate)
    return {key: tuple(found) for key, found in units.items()}


def variant_key(key: str) -> str | None:
    """The key with its abbreviated first word spelt out, or the other way
    round ("st louis" <-> "saint louis"); None when it has no such word."""
    first, _, rest = key.partition(" ")
    if not rest:
        return None
    other = ABBREVIATED_WORDS.get(first) or FULL_WORDS.get(first)
    return f"{other} {rest}" if other else None


def with_metropolis(gazetteer: Gazetteer, key: str,
                    candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """Add the metropolis "<X> City" to a subdivision "<X>" it lies in.

    "New York" is the state and the city GeoNames calls "New York City";
    which one the text means is for the resolver to decide.
    """
    units = {(c.country, c.admin1) for c in candidates
             if c.feature in FIRST_LEVEL and c.admin1 and fold_name(c.name) == key}
    if not units:
        return candidates
    extra = tuple(c for c in gazetteer.lookup_key(f"{key} city")
                  if is_metropolis(c)
                  and (c.country, c.admin1) in units and c not in candidates)
    return candidates + extra


def only(candidates: tuple[Candidate, ...], features: frozenset[str]) -> tuple[Candidate, ...]:
    """The candidates of the given features."""
    return tuple(c for c in candidates if c.feature in features)


def country_candidates(gazetteer: Gazetteer, country: str) -> tuple[Candidate, ...]:
    """The gazetteer entry of a country by its ISO3 code."""
    from ..actors.dictionary import load_dictionary

    entry = load_dictionary().countries.get(country)
    names = [entry.name, *entry.names] if entry is not None else []
    for name in names:
        found = tuple(c for c in gazetteer.lookup(name)
                      if c.feature in COUNTRY and c.country == country)
        if found:
            return found[:1]
    return ()


def trim(ent: SpacySpan) -> SpacySpan | None:
    """The entity without a leading article or edge punctuation."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct
                           or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].lower_ in POSSESSIVES):
        end -= 1
    return doc[start:end] if start < end else None


def kind_before(doc: Doc, start: int) -> frozenset[str]:
    """Features from a kind word before the name: "the province of X",
    "the northern province of X", "the capital X", "the town of X",
    "states such as X", "the provinces of X"."""
    i = start - 1
    plural = False  # a plural kind word may introduce a list
    if i >= 0 and doc[i].lower_ == "of":
        i, plural = i - 1, True
    elif i >= 1 and doc[i].text == ",":  # "the capital, Lima"
        if not doc[i - 1].is_lower:
            return frozenset()  # "CALAMBA CITY, Laguna": the word ends a name
        i -= 1
    elif i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "such":
        i, plural = i - 2, True
    elif i >= 0 and doc[i].lower_ == "including":
        i, plural = i - 1, True
    if i >= 0 and doc[i].lower_ in FEATURE_WORDS:
        return FEATURE_WORDS[doc[i].lower_]
    if plural and i >= 0 and doc[i].is_lower and doc[i].lower_ in PLURAL_KINDS:
        return PLURAL_KINDS[doc[i].lower_]
    return frozenset()


def share_kinds(doc: Doc, toponyms: list[Toponym]) -> None:
    """Names listed after one a kind word introduces are of that kind too:
    "the provinces of Kabul and Parwan", "states such as California or
    Washington"."""
    heads = set()  # toponyms whose kind a word before them, or the list, gave
    for i in range(1, len(toponyms)):
        before, after = toponyms[i - 1], toponyms[i]
        if after.features or not before.features or after.sentence != before.sentence:
            continue
        between = {t.lower_ for t in doc[before.last + 1:after.first]}
        if not between or not between <= {",", "and", "or"}:
            continue
        if i - 1 in heads or kind_before(doc, before.first):
            after.features = before.features
            heads.add(i)


def kind_after(doc: Doc, end: int) -> frozenset[str]:
    """Features from a lower-case kind word after the name ("X district",
    "X province"), or an apposition ("X, the capital of Y", "X, a town in";
    of a compound the last word: "X, the state capital" is a town)."""
    if end < len(doc) and doc[end].is_lower and doc[end].lower_ in FEATURE_WORDS:
        return FEATURE_WORDS[doc[end].lower_]
    if end < len(doc) and doc[end].text in {",", "("}:
        for token in doc[end + 1:end + 5]:
            if token.lower_ in FEATURE_WORDS and token.is_lower:
                after = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if after is not None and after.is_lower and after.lower_ in FEATURE_WORDS:
                    token = after
                return FEATURE_WORDS[token.lower_]
            if token.tag_ not in FILLER_TAGS and not token.is_punct:
                break
    return frozenset()


def is_near(doc: Doc, start: int) -> bool:
    """"near X", "outside X", "on the outskirts of X", "close to X"."""
    before = {t.lower_ for t in doc[max(0, start - 4):start]}
    return bool(before & NEAR_WORDS)


def is_origin(doc: Doc, start: int) -> bool:
    """Whether the name is the source of a movement ("moving from Andarab").

    "from" governs it; "from ... to" does not make the destination one.
    """
    i = start - 1
    while i >= 0 and doc[i].lower_ in {"the", "northern", "southern", "eastern",
                                       "western", "central"}:
        i -= 1
    return i >= 0 and doc[i].lower_ == "from"


def dateline_toponym(record: Extraction, found: list[Toponym], gazetteer: Gazetteer,
                     bounds) -> list[Toponym]:
    """The dateline's place when the parse holds no entity for it."""
    dateline = record.article.dateline
    if dateline is None or not dateline.place:
        return []
    if any(t.dateline for t in found):
        return []
    text = record.article.text
    at = text.find(dateline.place, dateline.start, dateline.end)
    if at < 0:
        return []
    doc = record.state["doc"]
    span = doc.char_span(at, at + len(dateline.place), alignment_mode="expand")
    if span is None:
        return []
    toponym = make_toponym(span, gazetteer, bounds, dateline)
    toponym.start, toponym.end, toponym.text = at, at + len(dateline.place), dateline.place
    return [toponym]


def repeated_toponyms(doc: Doc, text: str, found: list[Toponym], gazetteer: Gazetteer, bounds,
                      dateline) -> list[Toponym]:
    """Untagged mentions of a name the article already reads as a place.

    The entity recogniser tags a name in one sentence (or the dateline has
    it) and misses it in another ("at the entrance of Gorom-Gorom"); within
    one article a name keeps one reading, so its other capitalised mentions
    are toponyms too. An entity that is exactly the name but labelled a
    person or an organisation is taken to be the recogniser's slip (it gave
    "Gorom-Gorom" both); other overlapping entities keep their reading.
    """
    names = {t.text.lower() for t in found if t.candidates and not t.demonym and not t.in_name
             and len(t.text) > 2}
    if not names:
        return []
    taken = [(t.start, t.end) for t in found] + [
        (e.start_char, e.end_char) for e in doc.ents
        if not (e.label_ in ("ORG", "PERSON") and e.text.lower() in names)]
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b",
                         re.IGNORECASE)
    repeats = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if not text[start].isupper() or any(s < end and start < e for s, e in taken):
            continue
        span = doc.char_span(start, end)
        if span is None:  # the name ends inside a token ("Dorian")
            continue
        toponym = make_toponym(span, gazetteer, bounds, dateline)
        if toponym.candidates:
            repeats.append(toponym)
            taken.append((start, end))
    return repeats


def link_parents(doc: Doc, toponyms: list[Toponym], gazetteer: Gazetteer) -> None:
    """Note which toponym each one is said to lie in.

    The next toponym of the sentence joined only by "in", "of", commas and
    brackets ("Charikar (the capital of Parwan Province)"), and a
    possessive before it ("Afghanistan's province of Panjshir").
    """
    for i, toponym in enumerate(toponyms):
        for j in range(i + 1, len(toponyms)):
            other = toponyms[j]
            if other.sentence != toponym.sentence or other.first - toponym.last > PARENT_WINDOW:
                break
            between = doc[toponym.last + 1:other.first]
            if all(links(t) for t in between) and says_inside(between) \
                    and not (closes_list(doc, other) and [t.text for t in between] == [","]) \
                    and (not listed(toponyms, j) or may_lie_in(toponym, other)):
                if kind_of(between):  # "the West Bank city of Nablus"
                    other.parents.append(i)
                else:
                    toponym.parents.append(j)
                break
        for j in range(i - 1, -1, -1):
            other = toponyms[j]
            if other.sentence != toponym.sentence or toponym.first - other.last > 5:
                break
            after = doc[other.last + 1] if other.last + 1 < len(doc) else None
            if after is not None and after.tag_ == "POS":
                toponym.parents.append(j)
                break
    add_state_abbreviations(doc, toponyms, gazetteer)


def closes_list(doc: Doc, toponym: Toponym) -> bool:
    """Whether "and"/"or" follows the name straight, as the second-last item
    of a list ("Washington, New York and Boston"): a bare comma before it
    does not say "in" ("Paris, Texas, and Lyon" still does)."""
    after = toponym.last + 1
    return after < len(doc) and doc[after].lower_ in ("and", "or")


def kind_of(between: SpacySpan) -> bool:
    """Whether the words are just "<kind word> of" ("the West Bank city of
    Nablus": Y in X), not an apposition ("Charikar, the capital of Parwan")."""
    words = [t.lower_ for t in between]
    return len(words) == 2 and words[1] == "of" and words[0] in FEATURE_WORDS


def says_inside(between: SpacySpan) -> bool:
    """Whether the words between two names put the first in the second: a
    bare comma or bracket ("Paris, Texas"), else "in"/"of" or a kind word
    ("Charikar, the capital of Parwan"), not just ", the" ("Mexico, the US")."""
    words = {t.lower_ for t in between}
    if words <= {",", "(", "[", "-", "–", "—"} or not words:
        return True
    return bool(words & ({"in", "of"} | set(FEATURE_WORDS)))


def may_lie_in(child: Toponym, parent: Toponym) -> bool:
    """Whether some reading of `child` lies in some reading of `parent`."""
    return any(inside(c, p) for c in child.candidates for p in parent.candidates)


def inside(child: Candidate, parent: Candidate) -> bool:
    """Whether `child` lies within `parent` (by country and admin names)."""
    if child is parent or child.country != parent.country or child.country is None:
        return False
    if parent.feature in COUNTRY:
        return child.feature not in COUNTRY
    if parent.feature == "ADM1":
        return child.feature != "ADM1" and child.admin1 == parent.admin1
    if parent.feature == "ADM2":
        return child.feature not in ("ADM1", "ADM2") and child.admin2 == parent.admin2
    return False


def listed(toponyms: list[Toponym], j: int) -> bool:
    """Whether toponym `j` is followed closely by another, as in a list
    ("Mexico, the US, and Canada")."""
    if j + 1 >= len(toponyms):
        return False
    here, after = toponyms[j], toponyms[j + 1]
    return after.sentence == here.sentence and after.first - here.last <= 3


def links(token: Token) -> bool:
    """A token that may stand between a place and the place it lies in."""
    lower = token.lower_
    return (lower in PARENT_LINKS or lower in FEATURE_WORDS or token.is_space
            or token.tag_ in {"JJ", "DT", "HYPH", ":"} or token.text in {"-", "–", "—"})


def unit_candidates(gazetteer: Gazetteer, abbreviation: str) -> tuple[Candidate, ...]:
    """The first-level unit an abbreviation stands for ("ga", "b.c")."""
    country, name = UNIT_ABBREVIATIONS[abbreviation]
    return tuple(c for c in gazetteer.lookup(name) if c.feature == "ADM1" and c.country == country)


def add_state_abbreviations(doc: Doc, toponyms: list[Toponym], gazetteer: Gazetteer) -> None:
    """"Cairo, Ga.", "Nelson, B.C.": keep the town's readings in that state
    or province."""
    for toponym in toponyms:
        i = toponym.last + 1
        if i + 1 >= len(doc) or doc[i].text != ",":
            continue
        abbreviation = doc[i + 1].lower_.rstrip(".")
        if abbreviation not in UNIT_ABBREVIATIONS or not doc[i + 1].text[:1].isupper():
            continue
        toponym.features = toponym.features or TOWN
        units = {(c.country, c.admin1) for c in unit_candidates(gazetteer, abbreviation)}
        toponym.candidates = tuple(c for c in toponym.candidates
                                   if (c.country, c.admin1) in units) or toponym.candidates
