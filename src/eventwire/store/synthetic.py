"""Synthetic extraction records with events, to benchmark the store.

`scripts/synthetic_store.py` fills a database with them (reads: API,
dashboard); `make bench-ingest` times writing them (dedup included).
Articles are fictional and built directly as records (no pipeline): each
carries one or two events of random type, date (2023-2025), place (one of
a few hundred points in a dozen countries) and actors; about a third of
the articles repeat an earlier article's event, so dedup merges reports as
it would on a real feed. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from collections.abc import Iterator

from ..model import (
    AcledType, Actor, Article, Event, EventDate, Evidence, Extraction, Place, Span, Status,
)

TYPES = [("ASSAULT", "Battles"), ("ASSAULT", "Violence against civilians"),
         ("ASSAULT", "Explosions/Remote violence"), ("PROTEST", "Protests"),
         ("PROTEST", "Riots"), ("COERCE", "Strategic developments"), ("CONSULT", None),
         ("AGREE", None), ("ACCUSE", None), ("MOBILIZE", "Strategic developments")]
COUNTRIES = [("NGA", 9.0, 8.0), ("SDN", 15.0, 30.0), ("AFG", 34.0, 66.0), ("COL", 4.0, -73.0),
             ("MLI", 16.0, -2.0), ("SOM", 5.0, 46.0), ("MMR", 21.0, 96.0), ("COD", -2.0, 24.0),
             ("IRQ", 33.0, 44.0), ("PAK", 30.0, 70.0), ("YEM", 15.5, 47.5), ("UKR", 49.0, 32.0)]
ACTORS = [("Army", "MIL"), ("Police", "COP"), ("Rebels", "REB"), ("Protesters", "CVL"),
          ("Government", "GOV"), ("Militia", "REB"), ("Students", "EDU"), ("Farmers", "AGR")]
OUTLETS = ["Wire A", "Wire B", "Wire C", "Daily D", "Radio E", "Monitor F"]


def make_places(rng: random.Random) -> list[tuple[str, float, float, str, str]]:
    """A few hundred fictional towns around each country's centre."""
    places = []
    for country, lat, lon in COUNTRIES:
        for number in range(30):
            places.append((f"{country.title()} town {number}", lat + rng.uniform(-3, 3),
                           lon + rng.uniform(-3, 3), country, f"{country} province {number % 6}"))
    return places


def make_event(rng: random.Random, number: int, day: date, place, kind) -> Event:
    """One synthetic event."""
    name, lat, lon, country, admin1 = place
    plover, acled = kind
    actors = [Actor(role=role, text=text, start=0, end=len(text), name=text, sector=sector)
              for role, (text, sector) in zip(("source", "target"), rng.sample(ACTORS, 2))]
    dead = rng.choice([0, 0, 0, 1, 2, 3, 5, 8, 12, 20])
    return Event(
        id=f"ev{number}", type=plover, acled=AcledType(event_type=acled),
        trigger=Span(text="attacked", start=0, end=8), actors=actors,
        location=Place(text=name, start=0, end=len(name), name=name, lat=lat, lon=lon,
                       country=country, admin1=admin1, precision=1),
        date=EventDate(value=day.isoformat(), precision="day", start=day.isoformat(), end=day.isoformat()),
        fatalities=dead, status=Status(negated=rng.random() < 0.03), confidence=round(rng.random(), 2),
        evidence=Evidence(sentence=0, start=0, end=8, text=f"{actors[0].text} attacked {actors[1].text} in {name}."),
    )


def records(total_events: int, seed: int = 7) -> Iterator[Extraction]:
    """Synthetic extractions until `total_events` events are made."""
    rng = random.Random(seed)
    places = make_places(rng)
    made, number, recent = 0, 0, []
    while made < total_events:
        if recent and rng.random() < 0.33:
            day, place, kind = rng.choice(recent)  # another outlet on an earlier event
        else:
            day = date(2023, 1, 1) + timedelta(days=rng.randrange(3 * 365))
            place, kind = rng.choice(places), rng.choice(TYPES)
            recent = (recent + [(day, place, kind)])[-200:]
        events = [make_event(rng, made + i, day, place, kind) for i in range(rng.choice([1, 2]))]
        made += len(events)
        text = " ".join(e.evidence.text for e in events) + f" (report {number})"
        article = Article(id=f"synthetic-{number}", source=rng.choice(OUTLETS), title=f"Report {number}",
                          published=(day + timedelta(days=rng.choice([0, 1, 1, 2]))).isoformat(), text=text)
        yield Extraction(article=article, events=events)
        number += 1
