"""The eventwire data model, defined once.

Every stage takes and returns these records; the serialised form is the
public contract (`schema_version` "1"). Records reject unknown fields so a
typo in a stage fails loudly instead of silently dropping data.

`Extraction` is both the pipeline's working record and the output object:
stages fill its lists; private attributes carry stage-internal state (such as
a parsed document) that is never serialised.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, TypeAdapter

SCHEMA_VERSION = "1"

PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
]
AcledEventType = Literal[
    "Battles", "Explosions/Remote violence", "Violence against civilians",
    "Protests", "Riots", "Strategic developments",
]
SectionKind = Literal[
    "furniture", "headline", "standfirst", "byline", "dateline", "body",
]
Precision = Literal["day", "week", "month", "year"]
IsoDate = str  # YYYY-MM-DD; validated by the stage that produces it


class Record(BaseModel):
    """Base of every record: unknown fields are errors."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        # Every field is always written, so the schema marks each required.
        json_schema_serialization_defaults_required=True,
    )


class Span(Record):
    """A piece of `article.text`: `text == article.text[start:end]`."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Section(Record):
    """A region of the article text and what the reader found it to be."""

    kind: SectionKind
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Dateline(Record):
    """The wire dateline: where the reporter filed from, when, for whom."""

    place: str | None = None
    date: IsoDate | None = None
    agency: str | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class PartialDate(Record):
    """A calendar date whose year (or day) the text may leave out."""

    year: int | None = None
    month: int = Field(ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)


class DatelineMatch(Record):
    """What the dateline parser found: the dateline and its raw date."""

    dateline: Dateline
    date: PartialDate | None = None
    body_start: int = Field(ge=0)  # where the story text after it begins


class Layout(Record):
    """The reader's view of a wire article: headline, standfirst, dateline."""

    title: str | None = None
    subtitle: str | None = None
    source: str | None = None
    dateline: DatelineMatch | None = None
    byline_date: PartialDate | None = None
    sections: list[Section] = Field(default_factory=list)


class Article(Record):
    """One input article and what the reader learnt about its layout."""

    id: str
    title: str | None = None
    subtitle: str | None = None
    source: str | None = None
    url: str | None = None
    published: IsoDate | None = None
    dateline: Dateline | None = None
    lang: str | None = None
    sections: list[Section] = Field(default_factory=list)
    text: str

    def section_at(self, offset: int) -> str | None:
        """The kind of layout section a character offset falls in, if any."""
        return next((s.kind for s in self.sections if s.start <= offset < s.end), None)

    def paragraph_at(self, offset: int) -> int:
        """Which paragraph a character offset falls in, as the number of line
        breaks before it: two offsets share a paragraph when no line break
        comes between them (the numbers are not consecutive)."""
        return self.text.count("\n", 0, offset)


class Entity(Span):
    """A named-entity mention."""

    label: str


class Place(Span):
    """A place mention resolved (or not: fields stay null) to GeoNames."""

    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature: str | None = None
    precision: Literal[1, 2, 3] | None = None
    # "demonym": a nationality or continent word ("Afghan", "European"),
    # resolved to its country or continent but never an event's location;
    # "dateline": where the reporter filed from.
    kind: Literal["toponym", "demonym", "dateline"] = "toponym"


class Time(Span):
    """A time expression with its TimeML value."""

    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None = None


class Speaker(Span):
    """Who a quote is attributed to.

    `description` is set for anonymous speakers: the fullest way the
    article describes them ("a source in Panjshir"), also when this span
    is only "he" or "the source".
    """

    name: str | None = None
    anonymous: bool = False
    description: str | None = None


class Quote(Record):
    """A direct or reported statement.

    `direct` quotes give the speaker's own words; `partial` ones are a
    quoted phrase inside reported speech (also direct). `channel` is how
    the statement was made ("over the phone", "in a statement"); `via` the
    outlet it reached the article through ("told TASS" -> TASS).
    """

    speaker: Speaker | None = None
    cue: Span | None = None
    content: Span
    direct: bool
    partial: bool = False
    date: IsoDate | None = None
    channel: str | None = None
    via: str | None = None


class Actor(Span):
    """A participant of an event."""

    role: Literal["source", "target"]
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    acled_inter: int | None = Field(default=None, ge=1, le=8)


class ActorMention(Span):
    """A mention of a participant, resolved to a canonical actor.

    Mentions with the same `ref` are the same actor within the article
    ("National Resistance Front", "NRF", "the resistance movement").
    """

    ref: str
    kind: Literal["name", "acronym", "agent", "pronoun", "metonym"]
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    acled_inter: int | None = Field(default=None, ge=1, le=8)
    wikidata: str | None = None
    sentence: int = Field(ge=0)


class AcledType(Record):
    """The ACLED classification of an event, when it is of an ACLED kind."""

    event_type: AcledEventType | None = None
    sub_event_type: str | None = None


class EventDate(Record):
    """When an event happened, as precisely as the text says."""

    value: str
    precision: Precision
    start: IsoDate
    end: IsoDate
    text: str | None = None


class Size(Record):
    """Counts the text gives; null where it gives none."""

    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    captured: int | None = None
    approximate: bool = False


class Status(Record):
    """Whether the event really happened as stated."""

    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False
    attempted: bool = False


class Attribution(Record):
    """Who claims the event, and through which outlet."""

    speaker: str | None = None
    anonymous: bool = False
    quote: int | None = None
    via: str | None = None


class Evidence(Record):
    """The sentence an event was read from."""

    sentence: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Event(Record):
    """One political event: who did what to whom, when, where, says who."""

    id: str
    type: PloverType
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    acled: AcledType = Field(default_factory=AcledType)
    cameo_root: str | None = None
    quad_class: Literal[1, 2, 3, 4] | None = None
    actors: list[Actor] = Field(default_factory=list)
    trigger: Span
    location: Place | None = None
    date: EventDate | None = None
    size: Size = Field(default_factory=Size)
    fatalities: int = Field(default=0, ge=0)
    status: Status = Field(default_factory=Status)
    attribution: Attribution = Field(default_factory=Attribution)
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: Evidence


class Extraction(Record):
    """Everything eventwire extracted from one article (one JSONL line)."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    article: Article
    events: list[Event] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    actors: list[ActorMention] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    # Stage-internal state (a parsed document, sentence bounds...), never
    # serialised. Keys are namespaced by the stage that sets them.
    _state: dict[str, Any] = PrivateAttr(default_factory=dict)

    @property
    def state(self) -> dict[str, Any]:
        """Scratch space shared by stages; not part of the output."""
        return self._state


class InputError(Record):
    """An input that could not be processed; written instead of a record."""

    error: str
    code: str
    input: str


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of one `--format jsonl` output line.

    A line is an `Extraction`, or an `InputError` for an input that failed.
    """
    line = TypeAdapter(Extraction | InputError)
    schema = line.json_schema(mode="serialization")
    schema["title"] = "eventwire output line"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://eventwire.dev/schema/extraction-v1.json"
    return schema
