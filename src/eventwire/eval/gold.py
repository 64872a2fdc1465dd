"""Gold records: what a labelled document says, in one typed shape per set.

Loaders turn each set's own format into these records; scorers compare them
with the pipeline's `Extraction`. They are frozen dataclasses rather than
pydantic models because a loader may build tens of thousands of them and
they never leave the process. Offsets are Python string indices into
`text`, end exclusive, like the output contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """A labelled piece of `text`.

    `fragments` holds the pieces of a discontinuous span (brat allows them);
    `start`/`end` then cover all of them.
    """

    start: int
    end: int
    text: str = ""
    fragments: tuple[tuple[int, int], ...] = ()

    @property
    def offsets(self) -> tuple[int, int]:
        """The span as a `(start, end)` pair, the form metrics take."""
        return (self.start, self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldDocument:
    """One gold document: the input the pipeline sees, nothing more."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD, the anchor for relative dates

    def record(self) -> dict[str, Any]:
        """Return the pipeline input for this document.

        Returns:
            A dict with `id`, `text` and, when known, `title` and `published`,
            as `Eventwire.extract_records` takes it.
        """
        record: dict[str, Any] = {"id": self.id, "text": self.text}
        if self.title:
            record["title"] = self.title
        if self.published:
            record["published"] = self.published
        return record


@dataclass(frozen=True, slots=True, kw_only=True)
class AcledGold(GoldDocument):
    """One ACLED event; the text is its `notes`.

    Types are in today's schema: 2016 types are mapped by the loader, and a
    sub-event type the old schema cannot tell is None.
    """

    event_type: str | None
    sub_event_type: str | None
    source_type: str  # the event type exactly as the file gives it
    actor1: str | None = None
    actor2: str | None = None
    assoc_actor1: str | None = None
    assoc_actor2: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    date: str | None = None  # YYYY-MM-DD
    time_precision: int | None = None
    fatalities: int | None = None
    # The same notes recur on other rows: ACLED split one report into several
    # events (by day or place), each with its share of the deaths.
    shared_note: bool = False
    row: int = 0  # the row's number in the file (1 = the first data row)


@dataclass(frozen=True, slots=True)
class GoldActor:
    """A PLOVER actor: surface text, country (or IGO/NGO) code, sector."""

    text: str
    code: str | None
    sector: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class PloverGold(GoldDocument):
    """One PLOVER-coded sentence, its type mapped to today's 16 types."""

    event: str
    source_event: str  # the type as the file gives it (older 18-type set)
    mode: str | None = None
    context: tuple[str, ...] = ()
    sources: tuple[GoldActor, ...] = ()
    targets: tuple[GoldActor, ...] = ()
    location: str | None = None
    dead: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldTimex(GoldSpan):
    """A TIMEX3 expression with its TimeML type and value."""

    type: str
    value: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TimemlGold(GoldDocument):
    """A TimeML document: TIMEX3 spans in the TEXT element."""

    timexes: tuple[GoldTimex, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldToponym(GoldSpan):
    """A toponym and where the annotators put it (fields may be unknown)."""

    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    kind: str | None = None  # GeoWebNews toponym type (Literal, Metonymic...)


@dataclass(frozen=True, slots=True, kw_only=True)
class GeoGold(GoldDocument):
    """A geoparsing document: every toponym marked and (mostly) resolved."""

    toponyms: tuple[GoldToponym, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One attribution relation: who (source) says (cue) what (content)."""

    sources: tuple[GoldSpan, ...] = ()
    cues: tuple[GoldSpan, ...] = ()
    contents: tuple[GoldSpan, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class PolnearGold(GoldDocument):
    """A PolNeAR article and one annotator's attribution relations."""

    annotator: str | None = None
    attributions: tuple[GoldAttribution, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseGold(GoldDocument):
    """A CASE 2021 task 2 snippet and its label."""

    label: str
    sub_event_type: str | None  # the ACLED sub-event type, None for non-ACLED


@dataclass(frozen=True, slots=True, kw_only=True)
class IndiaPoliceGold(GoldDocument):
    """An IndiaPoliceEvents article and the police actions it reports."""

    labels: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True, kw_only=True)
class EventLocationGold(GoldDocument):
    """A sentence, its event verb and that event's location spans (maybe none)."""

    verb: GoldSpan
    locations: tuple[GoldSpan, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class CameoClassGold(GoldDocument):
    """A sentence with its five-way CAMEO class (0 statement .. 4 material conflict)."""

    quad_class: int


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldRoleSpan(GoldSpan):
    """An actor span tagged with its CAMEO role: "S" source, "T" target, "R" recipient."""

    label: str


@dataclass(frozen=True, slots=True, kw_only=True)
class CameoNerGold(GoldDocument):
    """A tokenised sentence with its tagged actor spans.

    `text` is the sentence's tokens joined by single spaces; the offsets of
    `actors` refer to that text.
    """

    actors: tuple[GoldRoleSpan, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Muc4Gold(GoldDocument):
    """A MUC-4 story and its role fillers.

    `roles` maps a MUC-4 role (`perp_individual_id`, `hum_tgt_name`, ...) to
    its entities; each entity is the tuple of its coreferent mentions.
    """

    roles: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
