"""The places stage: every place name resolved, and each event's location.

Fills the record's `places` with one `Place` per toponym mention, in text
order (GeoNames fields null where the evidence is too weak to choose), and
sets `location` on every event in `record.events` (see `locate`). The
dateline's place is among `places` but only becomes an event's location
where the text itself puts the event there.
"""

from __future__ import annotations

from typing import Any

from ...model import Extraction, InputError, Place
from ...registry import stages
from ..actors.dictionary import load_dictionary
from ..actors.resolve import focus_country
from ..analyse.gazetteer import Candidate, Gazetteer, load_gazetteer
from .locate import locate_events
from .resolve import Resolution, precision_of, resolve_all
from .toponyms import Toponym, find_toponyms, generic_units, unit_index


class PlacesStage:
    """Geoparses each article and places its events."""

    requires = ("doc", "actors")
    assigns = ("places", "events.location")

    def __init__(self, name: str, *, gazetteer: Gazetteer | None = None) -> None:
        """Set up the stage.

        Args:
            name: The stage's name in the pipeline.
            gazetteer: The place-name index (the shared cached one if None).
        """
        self.name = name
        self.gazetteer = gazetteer or load_gazetteer()
        self.lexicon = load_dictionary()
        # Built now (~0.3 s), not on the first article.
        unit_index(self.gazetteer)
        generic_units(self.gazetteer)

    def __call__(self, batch: list[Extraction]) -> list[Extraction | InputError]:
        for record in batch:
            self.set_annotations(record, *self.find(record))
        return list(batch)

    def find(self, record: Extraction) -> tuple[list[Toponym], list[Place], str | None]:
        """The toponyms of one parsed record, their places and its focus.

        Returns:
            (toponyms, places in the same order, focus country or None).
        """
        toponyms = find_toponyms(record, self.gazetteer, self.lexicon.country_of_adjective)
        focus = focus_country(record, self.lexicon)
        resolutions = resolve_all(toponyms, focus)
        places = [to_place(t, r) for t, r in zip(toponyms, resolutions)]
        return toponyms, places, focus

    def set_annotations(self, record: Extraction, toponyms: list[Toponym],
                        places: list[Place], focus: str | None) -> None:
        """Write `places`, and the location of every event the record has."""
        record.places = places
        if not record.events:
            return
        actors = [(a.start, a.end) for a in record.actors]
        locations = locate_events(record.state["doc"], record.events, toponyms, places, focus,
                                  actors)
        record.events = [e.model_copy(update={"location": place})
                         for e, place in zip(record.events, locations)]


def to_place(toponym: Toponym, resolution: Resolution) -> Place:
    """The contract's Place for a mention, null fields when unresolved."""
    kind = "demonym" if toponym.demonym else "dateline" if toponym.dateline else "toponym"
    place = Place(text=toponym.text, start=toponym.start, end=toponym.end, kind=kind)
    chosen = resolution.candidate
    if chosen is None:
        return place
    return place.model_copy(update={
        "name": display_name(chosen), "geonameid": chosen.geonameid,
        "lat": rounded(chosen.lat), "lon": rounded(chosen.lon), "country": chosen.country,
        "admin1": chosen.admin1, "admin2": chosen.admin2, "feature": chosen.feature,
        "precision": precision_of(chosen, toponym.near),
    })


def display_name(candidate: Candidate) -> str:
    """The name to show: an admin-1 unit's common English name ("Panjshir")."""
    if candidate.feature == "ADM1" and candidate.admin1:
        return candidate.admin1
    return candidate.name


def rounded(value: float | None) -> float | None:
    """Coordinates to five decimals (about a metre)."""
    return None if value is None else round(value, 5)


@stages.register("eventwire.places.v1")
def make_places_stage(name: str, **settings: Any) -> PlacesStage:
    """Factory for the places stage (settings from `[stages.<name>]`)."""
    return PlacesStage(name, **settings)
