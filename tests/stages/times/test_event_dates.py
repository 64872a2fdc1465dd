"""Event dates (stages/times/event_dates.py and event_component.py).

The events stage is not part of these tests: each hand-written article goes
through the pipeline (language, parse, times), then events are built by
hand on the words that trigger them, as the events stage would. The anchor
is Monday 30 August 2021 unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.config import load_config
from eventwire.core import Eventwire
from eventwire.errors import Warnings
from eventwire.model import Event, EventDate, Evidence, Extraction, Quote, Span, Status
from eventwire.registry import stages
from eventwire.stages.times import event_component  # noqa: F401 - registers the stage
from eventwire.stages.times.event_component import EventDatesStage
from eventwire.stages.times.event_dates import (
    Settings, candidates, date_events, period_of, precision_of, span_period,
)
from eventwire.model import Time

from ...conftest import TODAY

ANCHOR = "2021-08-30"  # a Monday


def make_event(record: Extraction, trigger: str, after: str = "", **status: bool) -> Event:
    """An event on the first `trigger` at or after the words `after`."""
    text = record.article.text
    start = text.index(trigger, text.index(after) if after else 0)
    bounds = record.state["sentences"]
    index = next(i for i, (a, b) in enumerate(bounds) if a <= start < b)
    first, last = bounds[index]
    return Event(id=f"e{start}", type="ASSAULT", confidence=0.5,
                 trigger=Span(text=trigger, start=start, end=start + len(trigger)),
                 evidence=Evidence(sentence=index, start=first, end=last, text=text[first:last]),
                 status=Status(**status))


def dated(pipeline, text: str, *triggers: str | tuple, published: str | None = ANCHOR,
          quotes: list[Quote] = (), settings: Settings | None = None) -> list[EventDate | None]:
    """The dates of events on `triggers` ("word" or ("word", "after", status))."""
    fields = {"published": published} if published else {}
    record = pipeline.extract_text(text, **fields)
    record.quotes = list(quotes)
    events = []
    for trigger in triggers:
        word, after, status = (trigger, "", {}) if isinstance(trigger, str) else (
            trigger + ({},))[:3]
        events.append(make_event(record, word, after, **status))
    record.events = events
    return date_events(record, settings)


def shape(found: EventDate | None) -> tuple | None:
    """(value, precision, start, end) of a date."""
    return None if found is None else (found.value, found.precision, found.start, found.end)


# --- periods: every class of value ------------------------------------------------


@pytest.mark.parametrize("value, expected", [
    ("2021-08-30", ("2021-08-30", "day", date(2021, 8, 30), date(2021, 8, 30))),
    ("2021-08-30TMO", ("2021-08-30", "day", date(2021, 8, 30), date(2021, 8, 30))),
    ("2021-08-30T10:30", ("2021-08-30", "day", date(2021, 8, 30), date(2021, 8, 30))),
    ("2021-W34", ("2021-W34", "week", date(2021, 8, 23), date(2021, 8, 29))),
    ("2016-W25-WE", ("2016-W25", "week", date(2016, 6, 25), date(2016, 6, 26))),
    ("2021-08", ("2021-08", "month", date(2021, 8, 1), date(2021, 8, 31))),
    ("2020-02", ("2020-02", "month", date(2020, 2, 1), date(2020, 2, 29))),
    ("2021-Q3", ("2021", "year", date(2021, 7, 1), date(2021, 9, 30))),
    ("2021-H1", ("2021", "year", date(2021, 1, 1), date(2021, 6, 30))),
    ("2020-SU", ("2020", "year", date(2020, 6, 1), date(2020, 8, 31))),
    ("2019", ("2019", "year", date(2019, 1, 1), date(2019, 12, 31))),
    ("199", ("1990", "year", date(1990, 1, 1), date(1999, 12, 31))),
    ("19", ("1900", "year", date(1900, 1, 1), date(1999, 12, 31))),
])
def test_period_of_each_value_class(value, expected):
    period = period_of(value)
    assert (period.value, period.precision, period.start, period.end) == expected
    assert period.broad == (len(value) < 4)


@pytest.mark.parametrize("value", [None, "", "PRESENT_REF", "PAST_REF", "FUTURE_REF",
                                   "XXXX-08-30", "XXXX-WXX-1", "P3D", "2021-13", "2021-02-30"])
def test_values_that_date_nothing(value):
    assert period_of(value) is None


@pytest.mark.parametrize("start, end, precision", [
    (date(2021, 8, 30), date(2021, 8, 30), "day"),
    (date(2021, 8, 24), date(2021, 8, 30), "week"),
    (date(2021, 8, 23), date(2021, 8, 30), "month"),
    (date(2021, 8, 1), date(2021, 8, 31), "month"),
    (date(2021, 8, 1), date(2021, 9, 1), "year"),
])
def test_precision_follows_the_span(start, end, precision):
    assert precision_of(start, end) == precision


def test_span_of_two_periods():
    joined = span_period(period_of("2021-08-23"), period_of("2021-08-25"))
    assert (joined.value, joined.precision, joined.start, joined.end) == (
        "2021-08-23", "week", date(2021, 8, 23), date(2021, 8, 25))
    years = span_period(period_of("1990"), period_of("1991"))
    assert (years.value, years.precision, years.end) == ("1990", "year", date(1991, 12, 31))
    assert span_period(period_of("2021-08-25"), period_of("2021-08-23")) is None


# --- candidates: ranges, lifespans ------------------------------------------------


def times_of(text: str, *pieces: tuple[str, str, str]) -> list[Time]:
    """Time records for (words, type, value) found in `text`, in order."""
    found, at = [], 0
    for words, type_, value in pieces:
        start = text.index(words, at)
        at = start + len(words)
        found.append(Time(text=words, start=start, end=at, type=type_, value=value))
    return found


def test_a_range_of_weekdays_joins_both_ends():
    text = "Talks ran from Monday to Wednesday."
    found = candidates(times_of(text, ("Monday", "DATE", "2021-08-23"),
                                ("Wednesday", "DATE", "2021-08-25")), text, date(2021, 8, 30))
    assert {c.text for c in found} == {"Monday to Wednesday"}
    assert {(c.period.start, c.period.end, c.period.precision) for c in found} == {
        (date(2021, 8, 23), date(2021, 8, 25), "week")}


def test_a_day_number_before_a_date_opens_a_range():
    text = "Clashes between 12 and 14 March killed four."
    (found,) = candidates(times_of(text, ("14 March", "DATE", "2021-03-14")), text,
                          date(2021, 8, 30))
    assert found.text == "12 and 14 March"
    assert (found.period.value, found.period.start, found.period.end) == (
        "2021-03-12", date(2021, 3, 12), date(2021, 3, 14))


def test_since_runs_to_the_anchor():
    text = "Five were killed since Monday."
    (found,) = candidates(times_of(text, ("Monday", "DATE", "2021-08-23")), text,
                          date(2021, 8, 30))
    assert (found.period.value, found.period.end, found.period.precision) == (
        "2021-08-23", date(2021, 8, 30), "month")


def test_a_lifespan_dates_nothing():
    text = "He is a son of Ahmed Karimi (1953-2001), a commander."
    found = candidates(times_of(text, ("1953", "DATE", "1953"), ("2001", "DATE", "2001")), text,
                       date(2021, 8, 30))
    assert found == []


def test_durations_and_sets_are_no_candidates():
    text = "The siege lasted three days and is repeated every week."
    found = candidates(times_of(text, ("three days", "DURATION", "P3D"),
                                ("every week", "SET", "P1W")), text, date(2021, 8, 30))
    assert found == []


# --- the governing expression -----------------------------------------------------


@pytest.mark.parametrize("text, trigger, expected", [
    # a verb and its own expression
    ("Gunmen attacked a police post in the north on Tuesday.", "attacked",
     ("2021-08-24", "day", "2021-08-24", "2021-08-24")),
    # a noun with a possessive date, and one with "on"
    ("Monday's attack on the convoy left three soldiers dead.", "attack",
     ("2021-08-30", "day", "2021-08-30", "2021-08-30")),
    ("The attack on Sunday left three soldiers dead.", "attack",
     ("2021-08-29", "day", "2021-08-29", "2021-08-29")),
    # a noun takes the expression of the verb it is the object of
    ("Rebels launched an attack on the town on Friday.", "attack",
     ("2021-08-27", "day", "2021-08-27", "2021-08-27")),
    # a verb completing another ("tried to break")
    ("Yesterday, the rebels tried to storm the prison.", "storm",
     ("2021-08-29", "day", "2021-08-29", "2021-08-29")),
    # a DATE that counts back is already a date
    ("Soldiers shelled the village three days ago.", "shelled",
     ("2021-08-27", "day", "2021-08-27", "2021-08-27")),
    # weeks, months, years
    ("Protesters blocked the main road last week.", "blocked",
     ("2021-W34", "week", "2021-08-23", "2021-08-29")),
    ("The army seized the town in March.", "seized",
     ("2021-03", "month", "2021-03-01", "2021-03-31")),
    ("The army seized the town in 2019.", "seized",
     ("2019", "year", "2019-01-01", "2019-12-31")),
    # a range the text gives
    ("Fighting raged in the valley from Tuesday to Thursday.", "raged",
     ("2021-08-24", "week", "2021-08-24", "2021-08-26")),
    ("Clashes on Aug. 16-17 killed four people.", "Clashes",
     ("2021-08-16", "week", "2021-08-16", "2021-08-17")),
])
def test_the_expression_of_the_clause(times_pipeline, text, trigger, expected):
    (found,) = dated(times_pipeline, text, trigger)
    assert shape(found) == expected
    assert found.text is not None and found.text in text


def test_text_is_the_governing_expression(times_pipeline):
    (found,) = dated(times_pipeline, "Gunmen attacked a police post on Tuesday.", "attacked")
    assert found.text == "Tuesday"


def test_not_from_a_nested_clause(times_pipeline):
    text = "Police arrested a man who had arrived in the city on Friday."
    (found,) = dated(times_pipeline, text, "arrested")
    assert found.text is None and found.value == ANCHOR  # the publication date, not Friday


def test_not_from_another_events_clause(times_pipeline):
    text = "The strike followed Sunday's bombing of the market."
    strike, bombing = dated(times_pipeline, text, "strike", "bombing")
    assert bombing.value == "2021-08-29"
    assert strike.text is None


def test_not_from_a_reference_point(times_pipeline):
    text = "Troops withdrew from the town after the vote on Sunday."
    (found,) = dated(times_pipeline, text, "withdrew")
    assert found.text is None


def test_a_duration_dates_nothing(times_pipeline):
    text = "Rebels besieged the town for three days."
    (found,) = dated(times_pipeline, text, "besieged")
    assert found.text is None and found.precision == "week"


def test_the_nearest_of_two_expressions(times_pipeline):
    text = ("Rebels attacked the town on Monday and police arrested ten suspects on "
            "Wednesday.")
    attacked, arrested = dated(times_pipeline, text, "attacked", "arrested")
    assert (attacked.value, arrested.value) == ("2021-08-30", "2021-08-25")


def test_a_conjoined_verb_shares_the_expression(times_pipeline):
    text = "On August 15, fighters swept into the city and gained full control of it."
    swept, gained = dated(times_pipeline, text, "swept", "gained")
    assert swept.value == gained.value == "2021-08-15"


def test_a_named_day_beats_a_part_of_the_day(times_pipeline):
    text = "Militants attacked the camp in the morning of Friday, August 27."
    (found,) = dated(times_pipeline, text, "attacked")
    assert found.value == "2021-08-27"


# --- decades, centuries, lifespans ------------------------------------------------


def test_a_decade_dates_a_historical_event_over_its_span(times_pipeline):
    text = "The commander fought against the Taliban in the 1990s."
    (found,) = dated(times_pipeline, text, ("fought", "", {"historical": True}))
    assert shape(found) == ("1990", "year", "1990-01-01", "1999-12-31")
    assert found.text == "the 1990s"


def test_a_day_beats_a_decade(times_pipeline):
    text = "In the 1990s-style raid on Monday, police detained ten people."
    (found,) = dated(times_pipeline, text, "detained")
    assert found.value == "2021-08-30"


def test_a_lifespan_is_no_event_date(times_pipeline):
    text = ("The movement is led by the son of Ahmed Karimi (1953-2001), a commander "
            "who was killed by a bomb. His supporters mourned the killing of Ahmed Karimi "
            "(1953-2001) every year.")
    killed, killing = dated(times_pipeline, text, "killed", "killing")
    assert (killed.value, killed.text) == (ANCHOR, None)  # the publication day, not 1953-2001
    assert killing.text is None


# --- historical, future and hypothetical events -----------------------------------


def test_a_historical_event_does_not_inherit_the_story_date(times_pipeline):
    text = "The rebels, who once seized the capital, are now weakened."
    (found,) = dated(times_pipeline, text, ("seized", "", {"historical": True}))
    assert found is None


def test_a_historical_event_keeps_its_own_expression(times_pipeline):
    text = "The rebels seized the capital in 2019, the minister said on Monday."
    (found,) = dated(times_pipeline, text, ("seized", "", {"historical": True}))
    assert found.value == "2019"


def test_a_future_event_needs_its_own_expression(times_pipeline):
    text = "The delegations will meet in Doha on Saturday. They will sign a deal."
    meet, sign = dated(times_pipeline, text, ("meet", "", {"future": True}),
                       ("sign", "", {"future": True}))
    assert meet.value == "2021-09-04"
    assert sign is None


# --- statements -------------------------------------------------------------------


def test_reported_past_is_on_or_before_the_statement(times_pipeline):
    text = "The army said on Wednesday that militants had attacked a checkpoint."
    (found,) = dated(times_pipeline, text, "attacked")
    assert shape(found) == ("2021-08-25", "week", "2021-08-19", "2021-08-25")
    assert found.text == "Wednesday"


def test_reported_present_perfect_is_the_statement_day(times_pipeline):
    text = "Rebels have seized the town, a spokesman told reporters on Tuesday."
    (found,) = dated(times_pipeline, text, "seized")
    assert shape(found) == ("2021-08-24", "day", "2021-08-24", "2021-08-24")


def test_reported_progressive_is_the_statement_day(times_pipeline):
    text = "The spokesman told reporters on Thursday that a truce was being negotiated."
    (found,) = dated(times_pipeline, text, "negotiated")
    assert shape(found) == ("2021-08-26", "day", "2021-08-26", "2021-08-26")


def test_the_date_of_the_quote_holding_the_event(times_pipeline):
    text = "Police detained ten protesters in the capital, the ministry said."
    record = times_pipeline.extract_text(text, published=ANCHOR)
    record.quotes = [quote(record, "Police detained ten protesters in the capital",
                           "2021-08-27")]
    record.events = [make_event(record, "detained")]
    (found,) = date_events(record)
    assert shape(found) == ("2021-08-27", "week", "2021-08-21", "2021-08-27")


def test_a_quote_rereads_today_from_its_own_date(times_pipeline):
    text = '"Yesterday, soldiers opened fire on the crowd," the mayor said on Wednesday.'
    record = times_pipeline.extract_text(text, published=ANCHOR)
    assert {t.value for t in record.times if t.text == "Yesterday"} == {"2021-08-29"}
    record.quotes = [quote(record, "Yesterday, soldiers opened fire on the crowd,",
                           "2021-08-25")]
    record.events = [make_event(record, "opened")]
    (found,) = date_events(record)
    assert found.value == "2021-08-24" and found.text == "Yesterday"


def quote(record: Extraction, content: str, said: str | None) -> Quote:
    """A quote by hand: its content words and its date."""
    start = record.article.text.index(content)
    return Quote(content=Span(text=content, start=start, end=start + len(content)),
                 direct=True, date=said)


# --- carried dates and the publication date ---------------------------------------


def test_a_later_sentence_keeps_the_day_named(times_pipeline):
    text = "On Sunday, gunmen attacked a convoy near the town. They killed three soldiers."
    _, killed = dated(times_pipeline, text, "attacked", "killed")
    assert killed.value == "2021-08-29" and killed.text == "Sunday"


def test_no_carry_across_paragraphs_or_when_disabled(times_pipeline):
    text = "On Sunday, gunmen attacked a convoy.\n\nThey killed three soldiers."
    _, killed = dated(times_pipeline, text, "attacked", "killed")
    assert killed.text is None
    text = "On Sunday, gunmen attacked a convoy. They killed three soldiers."
    _, killed = dated(times_pipeline, text, "attacked", "killed",
                      settings=Settings(carry_sentences=0))
    assert killed.text is None


def test_past_tense_news_is_on_or_before_the_publication_day(times_pipeline):
    (found,) = dated(times_pipeline, "Gunmen killed two farmers in the village.", "killed")
    assert shape(found) == (ANCHOR, "week", "2021-08-24", ANCHOR)
    assert found.text is None


def test_present_tense_news_is_the_publication_day(times_pipeline):
    (found,) = dated(times_pipeline, "Protesters are blocking the main road to the airport.",
                     "blocking")
    assert shape(found) == (ANCHOR, "day", ANCHOR, ANCHOR)


def test_the_reach_back_is_a_setting(times_pipeline):
    (found,) = dated(times_pipeline, "Gunmen killed two farmers in the village.", "killed",
                     settings=Settings(before_days=3))
    assert shape(found) == (ANCHOR, "week", "2021-08-28", ANCHOR)


def test_a_headline_is_current(times_pipeline):
    text = ("Rebel attack on army post\n\nKABUL, Aug 30 (Reuters) - Rebels attacked an "
            "army post in the north, officials said.\n")
    (found,) = dated(times_pipeline, text, "attack")
    assert shape(found) == (ANCHOR, "day", ANCHOR, ANCHOR)


def test_no_publication_date(times_pipeline):
    text = "Gunmen killed two farmers on 27 August 2021. Police arrested a suspect."
    killed, arrested = dated(times_pipeline, text, "killed", ("arrested", "", {}),
                             published=None, settings=Settings(carry_sentences=0))
    assert killed.value == "2021-08-27"
    assert arrested is None


# --- year inference agrees with the reader's --------------------------------------


def test_year_inference_follows_the_readers_weekday_tie(times_pipeline):
    text = ("KABUL, August 30 (Reuters) - Fighters swept into the city on Sunday, August 15, "
            "and captured the airport on Saturday, Aug. 15, a commander said on Monday.\n")
    record = times_pipeline.extract_text(text)
    assert record.article.published == "2021-08-30"  # the reader: the Monday tie
    assert any(w.startswith("W001") for w in record.warnings)
    record.events = [make_event(record, "swept"), make_event(record, "captured")]
    swept, captured = date_events(record)
    assert swept.value == "2021-08-15"  # a Sunday in 2021
    assert captured.value == "2020-08-15"  # a Saturday in 2020, the year that agrees


# --- the stage ---------------------------------------------------------------------


def test_contract():
    assert EventDatesStage.requires == ("doc", "events", "times")
    assert EventDatesStage.assigns == ("events.date",)
    assert "eventwire.event_dates.v1" in stages.names()


def test_settings_come_from_the_config():
    config = load_config()
    settings = config["stages"]["event_dates"]
    stage = stages.get(settings["factory"])(name="event_dates", **{
        k: v for k, v in settings.items() if k != "factory"})
    assert stage.settings == Settings(before_days=7, carry_sentences=2)


def test_the_stage_sets_each_events_date(times_pipeline):
    record = times_pipeline.extract_text("Gunmen attacked a police post on Tuesday.",
                                         published=ANCHOR)
    record.events = [make_event(record, "attacked")]
    (out,) = EventDatesStage("event_dates")([record])
    assert out.events[0].date.value == "2021-08-24"
    assert not [w for w in out.warnings if w.startswith("W200")]


def test_the_stage_warns_when_no_date_can_anchor_events(times_pipeline):
    record = times_pipeline.extract_text("Gunmen attacked a police post near the border.")
    record.events = [make_event(record, "attacked")]
    (out,) = EventDatesStage("event_dates")([record])
    assert out.events[0].date is None
    assert Warnings.W200.format(count=1) in out.warnings


def test_the_stage_needs_events_before_it():
    from eventwire.pipeline import PipelineError

    config = load_config(overrides={"pipeline": {"stages": ["language", "nlp", "times",
                                                            "event_dates"]}})
    with pytest.raises(PipelineError, match="E020"):
        Eventwire(config, today=TODAY)


def test_not_from_a_date_naming_another_noun(times_pipeline):
    text = "Workers went on strike over the payment of June salaries."
    (found,) = dated(times_pipeline, text, "strike")
    assert found.text is None
    text = "A crowd protested against the nomination of the candidate for the August 3 elections."
    (found,) = dated(times_pipeline, text, "protested")
    assert found.text is None


def test_a_past_tense_standfirst_is_current(times_pipeline):
    text = ("Rebels attack army post\n\nThree soldiers were killed in the raid\n\n"
            "KABUL, Aug 30 (Reuters) - Rebels attacked an army post in the north.\n")
    record = times_pipeline.extract_text(text, published=ANCHOR)
    assert [s.kind for s in record.article.sections][:2] == ["headline", "standfirst"]
    record.events = [make_event(record, "killed")]
    (found,) = date_events(record)
    assert (found.value, found.precision) == (ANCHOR, "day")


@pytest.mark.parametrize("text, trigger, expected", [
    ("Police clashed with herders over 24-26 June, killing four.", "clashed",
     ("2021-06-24", "week", "2021-06-24", "2021-06-26")),
    ("Clashes on 17 and 21 June killed four herders.", "Clashes",
     ("2021-06-17", "week", "2021-06-17", "2021-06-21")),
    ("Students staged a protest on 21/06 in the town.", "staged",
     ("2021-06-21", "day", "2021-06-21", "2021-06-21")),
])
def test_day_ranges_and_numeric_days(times_pipeline, text, trigger, expected):
    (found,) = dated(times_pipeline, text, trigger)
    assert shape(found) == expected


def test_a_quote_without_a_date_takes_its_cues_expression(times_pipeline):
    text = ('"Soldiers opened fire on the crowd. Two people died," the mayor told '
            'reporters on Wednesday.')
    record = times_pipeline.extract_text(text, published=ANCHOR)
    content = "Soldiers opened fire on the crowd. Two people died,"
    made = quote(record, content, None)
    cue = text.index("told")
    record.quotes = [made.model_copy(update={"cue": Span(text="told", start=cue, end=cue + 4)})]
    record.events = [make_event(record, "opened"), make_event(record, "died")]
    opened, died = date_events(record, Settings(carry_sentences=0))
    assert (opened.value, opened.end, opened.text) == ("2021-08-25", "2021-08-25", "Wednesday")
    assert died.value == "2021-08-25"


def test_no_carry_from_a_historical_event(times_pipeline):
    text = "The group fought the army in 2009. It attacked a convoy near the border."
    fought, attacked = dated(times_pipeline, text, ("fought", "", {"historical": True}),
                             "attacked")
    assert fought.value == "2009"
    assert attacked.text is None and attacked.value == ANCHOR


@pytest.mark.parametrize("text, trigger, value", [
    # a closing date hung on a participle of the clause
    ("Two soldiers were injured in a bomb explosion targeting an armored vehicle in the "
     "north on 2 July.", "injured", "2021-07-02"),
    # ... or on a conjunct
    ("Two conscripts were killed and three injured on 25 June near the border.", "killed",
     "2021-06-25"),
])
def test_a_closing_date_on_a_participle_or_conjunct(times_pipeline, text, trigger, value):
    (found,) = dated(times_pipeline, text, trigger)
    assert found.value == value


def test_not_through_a_reporting_verb(times_pipeline):
    text = "Militants attacked the checkpoint, a spokesman told reporters on Wednesday."
    (found,) = dated(times_pipeline, text, "attacked")
    assert (found.value, found.precision, found.end) == ("2021-08-25", "week", "2021-08-25")


def test_a_date_with_a_part_of_the_day(times_pipeline):
    text = "A police officer was killed on 21 August evening in his house."
    (found,) = dated(times_pipeline, text, "killed")
    assert found.value == "2021-08-21"


def test_a_bracketed_date_restates_the_weekday(times_pipeline):
    text = "A policeman was shot dead in the town on Tuesday [17 August]."
    (found,) = dated(times_pipeline, text, "shot")
    assert (found.value, found.text) == ("2021-08-17", "17 August")


@pytest.mark.parametrize("text, trigger, value", [
    ("Police killed two protesters while dispersing a rally in the capital on Friday.",
     "killed", "2021-08-27"),
    ("Gunmen killed a soldier, wounding two others in an ambush on Sunday.", "killed",
     "2021-08-29"),
])
def test_a_date_in_a_participle_clause(times_pipeline, text, trigger, value):
    (found,) = dated(times_pipeline, text, trigger)
    assert found.value == value


def test_not_from_a_clause_after_the_event(times_pipeline):
    text = "Soldiers shot dead three men after storming the village on Sunday."
    (found,) = dated(times_pipeline, text, "shot")
    assert found.text is None


def test_a_year_through_another_verb_is_not_the_events(times_pipeline):
    text = "Wives of soldiers organized a march in the town calling for peaceful elections in 2022."
    (found,) = dated(times_pipeline, text, "organized")
    assert found.text is None
