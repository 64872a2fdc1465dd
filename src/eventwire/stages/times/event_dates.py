"""Give each event its date: the time expression governing its clause,
else the date of the statement reporting it, else the article's date.

Everything here is a function of the record (its parse, time expressions,
quotes and events); nothing is written back. `date_events` returns one
`EventDate` (or None) per event, in the order of `record.events`.

The order of evidence, most specific first:

1. an expression governing the event's clause: a DATE or TIME among
   `record.times` whose words hang from the event's trigger ("the attack
   on Sunday", "Monday's attack") or from the verb whose clause the trigger
   is in, not from a nested clause of another verb or another event;
   nearest in the parse wins. Ranges ("from Monday to Wednesday", "12-14
   March") give both ends; lifespans ("Massoud (1953-2001)") never date an
   event; decades and centuries ("the 1990s") only when nothing else in the
   clause does, and then as the span they name (year precision).
2. the date of the statement reporting it: the time of a reporting verb
   whose complement holds the event ("said on Wednesday that talks had been
   held"), or the date of the quote holding it. Its value is the statement
   day; precision "day" when the event's tense makes it current at the
   statement (present, present perfect, progressive: "have repelled"),
   otherwise "on or before": a range of `before_days` ending that day.
3. the date of the nearest earlier event of the same paragraph, at most
   `carry_sentences` sentences back, when that date came from the text
   (news keeps to the day it last named).
4. the article's published date, with the same tense rule as 2 ("a
   coarser precision" for past-tense reports). Headline and standfirst
   count as current.

Historical, future and hypothetical events take only their own expression
(1): they must not inherit the story's date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ...model import Event, EventDate, Extraction, Quote, Time
from . import dates
from .expressions import find_times

# How far back an "on or before" date reaches: a week, the span news
# reports mostly cover.
BEFORE_DAYS = 7
# How many sentences back an event may take the date of an earlier one.
CARRY_SENTENCES = 2

DAY_VALUE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
WEEK_VALUE = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
MONTH_VALUE = re.compile(r"^(\d{4})-(\d\d)$")
QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
HALF_VALUE = re.compile(r"^(\d{4})-H([12])$")
SEASON_VALUE = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
YEAR_VALUE = re.compile(r"^(\d{4})$")
DECADE_VALUE = re.compile(r"^(\d{3})$")
CENTURY_VALUE = re.compile(r"^(\d{2})$")

# What joins the two ends of a range: "Monday to Wednesday", "12-14".
RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru|and)\s*", re.I)
# A day number written before a day-level date: "12-14 March", "between 12
# and 14 March", "17 and 21 June" (a list of days is dated as its span).
DAY_BEFORE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|and|until|through)\s*$")
# "since Monday": from that day on.
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
# Prepositions that make an expression a reference point, not the event's
# date: "two days after the vote on Monday", "before Sunday's election".
RELATIVE_PREPS = frozenset({"after", "before", "following", "prior", "until", "till", "ahead"})
# Arcs by which an expression modifies a noun as part of its name ("June
# salaries"): it dates the event only when that noun is the trigger.
NOUN_MODIFIER = frozenset({"compound", "nmod", "amod", "nummod"})
# Verbs an expression may reach the event's clause through (see `path_up`):
# participles and infinitives modifying a word of the clause, conjuncts.
# Finite subordinate clauses (relcl, ccomp, advcl) block.
PASSABLE = frozenset({"acl", "amod", "conj", "xcomp", "pobj", "dobj", "nsubj", "nsubjpass",
                      "compound", "pcomp"})
PASS_COST = 3
# Nouns a date may modify and still be the event's: "on 21 June evening".
TIME_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "dawn", "hours", "day",
                        "midday", "noon", "midnight", "weekend"})
# A date restated in brackets after another: "on Tuesday [21 June]".
RESTATED = re.compile(r"\s*[\[(]\s*")
# Expressions counted from the speaker's day, re-read from a quote's date.
DEICTIC = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|ago|(?<!the )(?:last|this|next)"
                     r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)
# A part of the day alone ("in the morning", "overnight") dates an event
# only to the day the story stands on; a named day beats it.
NAMED_DAY = re.compile(r"\d|\b(?:today|tonight|yesterday|tomorrow|Monday|Tuesday|Wednesday|"
                       r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                       r"June|July|August|September|October|November|December|Jan|Feb|Mar|"
                       r"Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b", re.I)

# Verbs that report a statement: their time is the statement's date.
REPORTING = frozenset({
    "say", "tell", "add", "announce", "report", "state", "claim", "confirm", "deny",
    "declare", "note", "explain", "write", "post", "tweet", "warn", "insist", "allege",
    "reveal", "disclose", "indicate", "stress", "acknowledge", "admit", "assert",
    "maintain", "argue", "inform", "quote", "cite", "describe", "mention", "comment",
})
# Arcs that keep a trigger in its clause when climbing to its head: a noun
# to the verb it is an argument of, a verb to the verb it completes
# ("tried to break") or is coordinated with ("swept ... and gained").
NOUN_UP = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "prep", "attr", "oprd", "compound",
                     "dative", "agent", "appos", "npadvmod", "conj"})
VERB_UP = frozenset({"xcomp", "conj"})
# Arcs by which a reporting verb holds the clause it reports.
REPORTED = frozenset({"ccomp", "parataxis", "conj", "xcomp", "advcl", "dep"})
# How far up the parse the searches climb.
MAX_CLIMB = 6


@dataclass(frozen=True)
class Period:
    """A stretch of calendar days (both ends included) and how to name it."""

    start: date
    end: date
    precision: str
    value: str
    # Decades and centuries: the span of a story's background, never of
    # its news (see `governing_time`).
    broad: bool = False


@dataclass(frozen=True)
class Candidate:
    """A time expression that may date an event: where it is, what it means."""

    start: int
    end: int
    text: str
    period: Period
    # Whether it names a day ("Monday", "Aug. 30") rather than a part of
    # the day the narrative stands on ("in the morning").
    named: bool = True


@dataclass
class Settings:
    """The stage's settings (`[stages.event_dates]`)."""

    before_days: int = BEFORE_DAYS
    carry_sentences: int = CARRY_SENTENCES


@dataclass
class Dated:
    """An event's date and the kind of evidence it rests on."""

    date: EventDate | None
    source: str  # expression, statement, carried, published, none
    sentence: int = 0
    paragraph: int = 0


# --- periods ------------------------------------------------------------------


def precision_of(start: date, end: date) -> str:
    """The precision a span of days deserves: day, week, month or year."""
    days = (end - start).days + 1
    if days <= 1:
        return "day"
    if days <= 7:
        return "week"
    return "month" if days <= 31 else "year"


def period_of(value: str | None) -> Period | None:
    """The period a TimeML DATE/TIME value names, or None when it names
    none an event could be dated by (PRESENT_REF, XXXX-08-30, P3D).

    Days (and times of day) have precision day, ISO weeks (and weekends)
    week, months month; quarters, halves, seasons, years, decades and
    centuries year, over their whole span.
    """
    if not value:
        return None
    if day := DAY_VALUE.match(value):
        found = dates.safe_date(int(day[1]), int(day[2]), int(day[3]))
        return Period(found, found, "day", found.isoformat()) if found else None
    if week := WEEK_VALUE.match(value):
        return week_period(int(week[1]), int(week[2]), weekend=bool(week[3]))
    if month := MONTH_VALUE.match(value):
        number = int(month[2])
        if not 1 <= number <= 12:
            return None
        first = date(int(month[1]), number, 1)
        return Period(first, dates.add_months(first, 1) - timedelta(days=1), "month", value)
    if quarter := QUARTER_VALUE.match(value):
        start, after = dates.quarter_span(int(quarter[1]), int(quarter[2]))
        return Period(start, after - timedelta(days=1), "year", quarter[1])
    if half := HALF_VALUE.match(value):
        start = date(int(half[1]), 1 if half[2] == "1" else 7, 1)
        return Period(start, dates.add_months(start, 6) - timedelta(days=1), "year", half[1])
    if season := SEASON_VALUE.match(value):
        start, after = dates.season_span(int(season[1]), season[2])
        return Period(start, after - timedelta(days=1), "year", season[1])
    if year := YEAR_VALUE.match(value):
        number = int(year[1])
        return Period(date(number, 1, 1), date(number, 12, 31), "year", year[1])
    if decade := DECADE_VALUE.match(value):
        first = int(decade[1]) * 10
        return Period(date(first, 1, 1), date(first + 9, 12, 31), "year", f"{first:04d}", True)
    if century := CENTURY_VALUE.match(value):
        first = int(century[1]) * 100
        return Period(date(max(first, 1), 1, 1), date(first + 99, 12, 31), "year",
                      f"{max(first, 1):04d}", True)
    return None


def week_period(year: int, week: int, *, weekend: bool = False) -> Period | None:
    """An ISO week, Monday to Sunday (a weekend: Saturday and Sunday)."""
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    start = monday + timedelta(days=5) if weekend else monday
    return Period(start, monday + timedelta(days=6), "week", f"{year}-W{week:02d}")


def span_period(first: Period, last: Period) -> Period | None:
    """The range from the start of `first` to the end of `last`: its value
    is the first end's, its precision follows its length."""
    if last.end < first.start:
        return None
    if last.end == first.end and last.start == first.start:
        return first
    return Period(first.start, last.end, precision_of(first.start, last.end), first.value,
                  first.broad or last.broad)


def before_period(day: date, days: int) -> Period:
    """"On or before `day`": the `days` days ending on it, valued the day."""
    start = day - timedelta(days=max(days, 1) - 1)
    return Period(start, day, precision_of(start, day), day.isoformat())


def day_period(day: date) -> Period:
    """One calendar day."""
    return Period(day, day, "day", day.isoformat())


def as_event_date(period: Period, text: str | None) -> EventDate:
    """The output record of a period."""
    return EventDate(value=period.value, precision=period.precision,
                     start=period.start.isoformat(), end=period.end.isoformat(), text=text)


def as_day(value: str | None) -> date | None:
    """A YYYY-MM-DD value (or a quote's date) as a date."""
    found = DAY_VALUE.match(value or "")
    return dates.safe_date(int(found[1]), int(found[2]), int(found[3])) if found else None


# --- the candidates: time expressions that can date an event ------------------


def candidates(times: Sequence[Time], text: str, anchor: date | None,
               quotes: Sequence[Quote] = ()) -> list[Candidate]:
    """The DATE and TIME expressions that may date an event, ranges joined.

    Args:
        times: the record's time expressions, in text order.
        text: the article text.
        anchor: the publication date, where "since Monday" ranges end.
        quotes: statements whose own date re-anchors "today", "yesterday"
            and weekdays said in them.

    Returns:
        One candidate per expression (both ends of a range carry the
        range's period), lifespans left out.
    """
    usable = [t for t in times if t.type in ("DATE", "TIME")]
    periods = [period_of(reanchored_value(t, anchor, quotes)) for t in usable]
    found: list[Candidate] = []
    skip: set[int] = set()
    for i, (time, period) in enumerate(zip(usable, periods)):
        if i in skip or period is None:
            continue
        if restated(text, usable, periods, i):
            continue  # the bracketed date that follows says it better
        if i + 1 < len(usable) and periods[i + 1] is not None \
                and RANGE_JOIN.fullmatch(text[time.end:usable[i + 1].start]):
            second = usable[i + 1]
            if is_lifespan(text, time, second, period, periods[i + 1]):
                skip.add(i + 1)
                continue
            joined = span_period(period, periods[i + 1])
            if joined is not None:
                words = text[time.start:second.end]
                found += [Candidate(t.start, t.end, words, joined) for t in (time, second)]
                skip.add(i + 1)
                continue
        found.append(single_candidate(time, period, text, anchor))
    return found


def restated(text: str, times: Sequence[Time], periods: Sequence[Period | None], i: int) -> bool:
    """Whether the next expression restates this one in brackets with a
    full day: "Tuesday [21 June]", "Monday (August 30)"."""
    if i + 1 >= len(times) or periods[i + 1] is None or periods[i + 1].precision != "day":
        return False
    after = times[i + 1]
    closes = text[after.end:after.end + 2].lstrip()[:1] in ("]", ")")
    return bool(RESTATED.fullmatch(text[times[i].end:after.start])) and closes


def single_candidate(time: Time, period: Period, text: str, anchor: date | None) -> Candidate:
    """A candidate for one expression, widened by the words before it: a day
    number ("12-14 March") or "since" (up to the anchor)."""
    before = text[max(0, time.start - 20):time.start]
    words = time.text
    day = DAY_BEFORE.search(before)
    if day and period.precision == "day" and time.text[:1].isdigit():
        first = dates.safe_date(period.start.year, period.start.month, int(day[1]))
        if first is not None and first < period.start:
            period = span_period(day_period(first), period) or period
            words = text[time.start - len(before) + day.start():time.end]
    elif SINCE_BEFORE.search(before) and anchor is not None and period.start < anchor:
        period = span_period(period, day_period(anchor)) or period
    return Candidate(time.start, time.end, words, period,
                     named=time.type == "DATE" or bool(NAMED_DAY.search(time.text)))


def is_lifespan(text: str, first: Time, second: Time, one: Period, two: Period | None) -> bool:
    """"(1953-2001)" after a name: a person's dates, not an event's."""
    years = one.precision == two.precision == "year" if two else False
    opened = text[:first.start].rstrip().endswith("(")
    closed = text[second.end:].lstrip().startswith(")")
    return years and opened and closed


def reanchored_value(time: Time, anchor: date | None, quotes: Sequence[Quote]) -> str | None:
    """The expression's value, re-read from the date of the quote it is in
    when that differs from the anchor ("'Yesterday...', he said on Wednesday")."""
    if anchor is None or not DEICTIC.search(time.text):
        return time.value
    quote = quote_at(quotes, time.start)
    said = as_day(quote.date) if quote is not None else None
    if said is None or said == anchor:
        return time.value
    again = find_times(time.text, said)
    return again[0].value if len(again) == 1 and again[0].type == time.type else time.value


def quote_at(quotes: Sequence[Quote], offset: int) -> Quote | None:
    """The quote whose content holds `offset`, if any."""
    return next((q for q in quotes if q.content.start <= offset < q.content.end), None)


# --- the parse ----------------------------------------------------------------


def token_at(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic root of the tokens covering [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def clause_chain(trigger: Token) -> list[Token]:
    """The trigger and the heads it shares its clause with: a noun climbs to
    the verb it is an argument of, a verb to the verb it completes or is
    coordinated with."""
    chain = [trigger]
    token = trigger
    for _ in range(MAX_CLIMB):
        head = token.head
        if head is token:
            break
        is_verb = token.pos_ in ("VERB", "AUX")
        if token.dep_ not in (VERB_UP if is_verb else NOUN_UP):
            break
        if not is_verb and token.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            break  # a noun coordinated with a verb: a parse slip
        chain.append(head)
        token = head
    return chain


def path_up(token: Token, stops: dict[int, int],
            blocked: frozenset[int]) -> tuple[int, bool] | None:
    """Steps from `token` up to the first token of the chain (`stops`: token
    index -> its distance from the trigger), or None when the way crosses a
    clause of its own, another event's trigger or a relative preposition.

    A non-finite or coordinated verb on the way costs `PASS_COST` steps
    more but does not block: a small parser hangs a closing "on 2 July" on
    the nearest participle ("injured in an explosion targeting a vehicle
    ... on 2 July") or conjunct ("were killed and three injured on 25 June")
    as often as on the event's verb.

    Returns:
        (steps, whether the way went through a verb), or None.
    """
    if token.dep_ in NOUN_MODIFIER and token.head.i not in stops \
            and token.head.lower_ not in TIME_NOUNS:
        return None  # "June salaries", "the August 3 elections": another noun's date
    steps, passed = 0, False
    current = token
    for _ in range(MAX_CLIMB + 4):
        if current.i in stops:
            return steps + stops[current.i], passed
        if steps and current.i in blocked:
            return None
        if steps and current.pos_ in ("VERB", "AUX"):
            if not passable(current):
                return None  # a clause of its own; a statement's date (see `statement_day`)
            steps += PASS_COST
            passed = True
        if current.dep_ == "prep" and current.lower_ in RELATIVE_PREPS:
            return None
        if current.head is current:
            return None
        current = current.head
        steps += 1
    return None


def passable(verb: Token) -> bool:
    """Whether an expression may reach the event's clause through `verb`:
    a participle, infinitive or conjunct (see `PASSABLE`), or a participle
    clause with no subject of its own and no "before"/"until" ("while
    dispersing a rally on Monday", "wounding two in an ambush on Sunday");
    never a verb of saying."""
    if verb.lemma_.lower() in REPORTING:
        return False
    if verb.dep_ in PASSABLE:
        return True
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBG", "VBN"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") or
                   (c.dep_ == "mark" and c.lower_ in RELATIVE_PREPS) for c in verb.children)


def governing_time(doc: Doc, trigger: Token, found: Sequence[Candidate],
                   blocked: frozenset[int] = frozenset()) -> Candidate | None:
    """The expression dating the clause of `trigger`, if any.

    Args:
        doc: the parse.
        trigger: the event's trigger token (its root).
        found: the candidate expressions of the article.
        blocked: token indexes of other events' triggers, whose own
            clauses an expression of this event may not come from.

    Returns:
        The nearest candidate in the parse; a named day before a part of
        the day alone, anything before a decade or century.
    """
    chain = clause_chain(trigger)
    stops = {token.i: distance for distance, token in enumerate(chain)}
    sentence = trigger.sent
    best: tuple[tuple[int, int, int], Candidate] | None = None
    for candidate in found:
        if not sentence.start_char <= candidate.start < sentence.end_char:
            continue
        root = token_at(doc, candidate.start, candidate.end)
        if root is None:
            continue
        way = path_up(root, stops, blocked - {trigger.i})
        if way is None:
            continue
        distance, passed = way
        if passed and candidate.period.precision not in ("day", "week"):
            continue  # a loose year or month through another verb is its own
        rank = (int(candidate.period.broad) * 2 + int(not candidate.named), distance,
                candidate.start)
        if best is None or rank < best[0]:
            best = (rank, candidate)
    return best[1] if best else None


def reporting_verb(trigger: Token) -> Token | None:
    """The verb of saying whose statement holds the trigger's clause: an
    ancestor ("said ... that the talks had been held") or a verb beside it
    ("have repelled an attack ..., a source told TASS on Monday")."""
    chain = clause_chain(trigger)
    token = chain[-1]
    for _ in range(MAX_CLIMB):
        head = token.head
        if head is token:
            break
        if head.lemma_.lower() in REPORTING and token.dep_ in REPORTED:
            return head
        token = head
    for node in chain:
        for child in node.children:
            if child.dep_ in ("conj", "parataxis", "ccomp") and child.lemma_.lower() in REPORTING \
                    and child.i > node.i:
                return child
    return None


def main_verb(trigger: Token) -> Token:
    """The verb whose tense the trigger takes: itself, or the verb of its clause."""
    for token in clause_chain(trigger):
        if token.pos_ in ("VERB", "AUX"):
            return token
    return trigger


def is_current(trigger: Token) -> bool | None:
    """Whether the event's tense makes it current at the time of speaking:
    present ("disagrees"), present perfect ("have repelled") or progressive
    ("was being negotiated"); False for a past or past perfect; None when
    the parse tells nothing (a noun alone)."""
    verb = main_verb(trigger)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if "had" in words:
        return False
    if words & {"has", "have", "'ve", "'s"} or verb.tag_ in ("VBP", "VBZ", "VBG"):
        return True
    if any(a.tag_ == "VBG" or a.lower_ == "being" for a in auxes):
        return True
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return False
    return None


# --- events -------------------------------------------------------------------


def section_kind(record: Extraction, offset: int) -> str | None:
    """The layout section an offset falls in (headline, body...)."""
    return record.article.section_at(offset)


def date_events(record: Extraction, settings: Settings | None = None) -> list[EventDate | None]:
    """The date of every event of a parsed record (see the module docstring).

    Args:
        record: a record with its parse (`state["doc"]`), `times`, `events`
            and, when the attribution stage ran, `quotes`.
        settings: the stage's settings; defaults when None.

    Returns:
        One date (or None) per event of `record.events`, in their order.
    """
    settings = settings or Settings()
    doc: Doc = record.state["doc"]
    text = record.article.text
    anchor = as_day(record.article.published)
    found = candidates(record.times, text, anchor, record.quotes)
    events = record.events
    triggers = [token_at(doc, e.trigger.start, e.trigger.end) for e in events]
    blocked = frozenset(t.i for t in triggers if t is not None)
    results: dict[int, Dated] = {}
    previous: Dated | None = None
    # In text order, so that an event can keep the day the text last named.
    for index in sorted(range(len(events)), key=lambda i: events[i].trigger.start):
        event, trigger = events[index], triggers[index]
        dated = date_event(record, event, trigger, found, blocked, anchor, settings)
        dated.sentence = event.evidence.sentence
        dated.paragraph = record.article.paragraph_at(event.trigger.start)
        if dated.source == "none" and own_story(event) and trigger is not None:
            dated = carried(previous, dated, settings) or dated
        if dated.source == "none" and own_story(event):
            dated = published_date(record, event, trigger, anchor, settings, dated)
        if dated.source in ("expression", "statement", "sentence", "carried") and own_story(event):
            previous = dated  # a historical event's date is not the narrative's
        results[index] = dated
    return [results[i].date for i in range(len(events))]


def own_story(event: Event) -> bool:
    """Whether the event belongs to the story's time, so that it may take
    the statement's or the article's date."""
    status = event.status
    return not (status.historical or status.future or status.hypothetical)


def date_event(record: Extraction, event: Event, trigger: Token | None,
               found: Sequence[Candidate], blocked: frozenset[int], anchor: date | None,
               settings: Settings) -> Dated:
    """An event's date from its own expression, else from its statement."""
    if trigger is None:
        return Dated(None, "none")
    doc: Doc = record.state["doc"]
    own = governing_time(doc, trigger, found, blocked)
    if own is not None:
        return Dated(as_event_date(own.period, own.text), "expression")
    if not own_story(event):
        return Dated(None, "none")
    said = statement_day(record, event, trigger, found, anchor)
    if said is None:
        return sentence_date(doc, event, trigger, found, blocked)
    day, words = said
    period = day_period(day) if is_current(trigger) else before_period(day, settings.before_days)
    return Dated(as_event_date(period, words), "statement")


# Links that make a date another thing's: a relative clause ("a man who
# arrived on Friday"), a reference point ("after the vote on Sunday"), a
# noun's modifier ("June salaries", "Sunday's bombing").
FOREIGN_DEPS = frozenset({"relcl", "compound", "poss", "nmod", "amod"})
REFERENCE_WORDS = frozenset({"after", "before", "until", "since", "following", "ahead", "prior"})


def sentence_date(doc: Doc, event: Event, trigger: Token, found: Sequence[Candidate],
                  blocked: frozenset[int]) -> Dated:
    """The one day or week its sentence names, when the parse hangs it on a
    participle or phrase nearby ("Two soldiers were injured in a bomb blast
    targeting a vehicle in Rafah on 2 July").

    Only a sentence with exactly one such expression gives one (with two,
    which is whose is for the parse to say), and not one that belongs to
    another event, a relative clause, a reference point or a noun.
    """
    inside = [c for c in found if event.evidence.start <= c.start < event.evidence.end
              and c.named and c.period.precision in ("day", "week")
              and not foreign(token_at(doc, c.start, c.end), trigger, blocked)]
    if len({(c.period.start, c.period.end) for c in inside}) != 1:
        return Dated(None, "none")
    return Dated(as_event_date(inside[0].period, inside[0].text), "sentence")


def foreign(token: Token | None, trigger: Token, blocked: frozenset[int]) -> bool:
    """Whether a date token belongs to something other than the event."""
    if token is None:
        return True
    for node in (token, *token.ancestors):
        if node.i == trigger.i:
            return False
        if node.i in blocked or node.dep_ in FOREIGN_DEPS or node.lower_ in REFERENCE_WORDS:
            return True
        if any(c.lower_ in REFERENCE_WORDS and c.dep_ in ("mark", "prep") for c in node.children
               if c.i < token.i and node.pos_ in ("VERB", "AUX")):
            return True
    return False


def statement_day(record: Extraction, event: Event, trigger: Token,
                  found: Sequence[Candidate], anchor: date | None) -> tuple[date, str | None] | None:
    """The day of the statement reporting the event, and the words that
    give it: the reporting verb's own expression, else the date of the quote
    holding the event (when it is not just the publication date), else the
    expression of that quote's cue."""
    doc: Doc = record.state["doc"]
    verb = reporting_verb(trigger)
    if verb is not None:
        said = governing_time(doc, verb, found)
        if said is not None and said.period.precision == "day":
            return said.period.start, said.text
    quote = quote_at(record.quotes, event.trigger.start)
    if quote is None and verb is not None:
        quote = next((q for q in record.quotes if q.cue is not None
                      and q.cue.start <= verb.idx < q.cue.end), None)
    if quote is None:
        return None
    day = as_day(quote.date)
    if day is not None and day != anchor:
        return day, None
    cue = token_at(doc, quote.cue.start, quote.cue.end) if quote.cue is not None else None
    said = governing_time(doc, cue, found) if cue is not None and cue.i != verb_index(verb) \
        else None
    if said is not None and said.period.precision == "day":
        return said.period.start, said.text  # the quote's cue has a day the quote lacks
    return None


def verb_index(verb: Token | None) -> int:
    """A token's index, -1 for none."""
    return verb.i if verb is not None else -1


def carried(previous: Dated | None, dated: Dated, settings: Settings) -> Dated | None:
    """The date of the previous event of the paragraph, close enough."""
    if previous is None or previous.date is None or settings.carry_sentences <= 0:
        return None
    if previous.paragraph != dated.paragraph:
        return None
    if not 0 <= dated.sentence - previous.sentence <= settings.carry_sentences:
        return None
    return Dated(previous.date, "carried", dated.sentence, dated.paragraph)


def published_date(record: Extraction, event: Event, trigger: Token | None,
                   anchor: date | None, settings: Settings, dated: Dated) -> Dated:
    """The publication day: the day itself for a current event (or one in
    the headline or standfirst), otherwise the `before_days` days ending on
    it."""
    if anchor is None:
        return dated
    # Headline and standfirst tell the day's news, whatever their tense.
    current = section_kind(record, event.trigger.start) in ("headline", "standfirst") \
        or (trigger is not None and is_current(trigger))
    period = day_period(anchor) if current else before_period(anchor, settings.before_days)
    return Dated(as_event_date(period, None), "published", dated.sentence, dated.paragraph)


def undated(dates_: Iterable[EventDate | None]) -> int:
    """How many events got no date."""
    return sum(1 for d in dates_ if d is None)
