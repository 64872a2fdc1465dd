"""Turn a rule's match into TimeML: a type and a value.

Each normaliser takes the match and the `Context` (anchor date, what the
parse says, what the text said before) and returns the expressions found,
usually one, two for a range ("1953-2001"), none when the match turns out
not to be a time ("2000 troops", "the fall of Kabul"). A relative
expression with no anchor keeps what it can: "August 30" is XXXX-08-30,
"last week" has no value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from . import dates, lexicon
from .clues import Clues

UNIT_FORMS = lexicon.unit_forms()
WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")
# Before "a year", "a day": a rate ("$5 billion a year"), so a SET.
RATE_BEFORE = re.compile(r"(?:\d|million|billion|trillion|percent|%|dollars|cents|"
                         r"euros|pounds|times|once|twice)\W{0,3}$", re.I)
# Words before a bare number that make it something other than a year.
NOT_YEAR_BEFORE = re.compile(r"(?:\$|£|€|No\.|number|Nos?\.|Room|Flight|Route|"
                             r"Resolution|Article|Section|Chapter|page|Highway)\s*$", re.I)
# Words before a year used as a modifier ("the 1992 protests").
DETERMINERS = frozenset({"the", "its", "their", "his", "her", "s"})
# A day-level value, from which relative expressions count ("two days later").
DAY_VALUE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
YEAR_VALUE = re.compile(r"^\d{4}(?!\d)")  # not a decade ("199") or century ("19")


@dataclass(frozen=True)
class Found:
    """One time expression: offsets into the text, TimeML type and value."""

    start: int
    end: int
    type: str
    value: str | None
    # Whether later expressions may count from this one ("the next day");
    # False for values derived from another ("the year-ago quarter").
    refers: bool = True


@dataclass
class Context:
    """What normalisers know beyond the match itself.

    `reference` is the day the narrative last stood on (the anchor until
    the text names a day), for "the next day" and "two days later";
    `quarter` the last quarter named, for "the year-ago quarter"; `year`
    the last year named, for "that year" and "the following year".
    """

    text: str
    anchor: date | None
    clues: Clues = field(default_factory=lambda: Clues(None))
    future_days: int = 183
    reference: date | None = None
    quarter: tuple[int, int] | None = None
    year: int | None = None

    def __post_init__(self) -> None:
        self.reference = self.reference or self.anchor
        self.year = self.year or (self.anchor.year if self.anchor else None)

    def tense(self, m: re.Match[str]) -> str | None:
        """Tense of the verb the match hangs from."""
        return self.clues.tense(m.start(), m.end())

    def word_before(self, start: int) -> str:
        """The word just before `start`, lower case ("" at the start)."""
        found = WORD.findall(self.text[max(0, start - 30):start])
        return found[-1].lower() if found else ""

    def note(self, found: Found) -> None:
        """Remember a resolved expression for those that refer back."""
        if found.value is None or not found.refers or found.type not in ("DATE", "TIME"):
            return
        day = DAY_VALUE.match(found.value)
        if day:
            self.reference = date(int(day[1]), int(day[2]), int(day[3]))
        quarter = QUARTER_VALUE.match(found.value)
        if quarter:
            self.quarter = (int(quarter[1]), int(quarter[2]))
        if YEAR_VALUE.match(found.value):
            self.year = int(found.value[:4])


Normaliser = Callable[[re.Match[str], Context], list[Found]]
NORMALISERS: dict[str, Normaliser] = {}


def normaliser(name: str) -> Callable[[Normaliser], Normaliser]:
    """File a normaliser under the name rules refer to it by."""

    def decorate(func: Normaliser) -> Normaliser:
        NORMALISERS[name] = func
        return func

    return decorate


def group(m: re.Match[str], name: str) -> str | None:
    """A named group's text, or None when the rule has no such group."""
    return m.groupdict().get(name)


def whole(m: re.Match[str], type_: str, value: str | None) -> list[Found]:
    """The whole match as one expression."""
    return [Found(m.start(), m.end(), type_, value)]


def key(text: str) -> str:
    """A matched word as a lexicon key: lower case, one space, no final dot."""
    return re.sub(r"\s+", " ", text.lower()).strip().rstrip(".")


# --- numbers ------------------------------------------------------------------


def parse_number(text: str | None) -> float | None:
    """A count written in digits or words ("5 1/2", "twenty-four", "a")."""
    if not text:
        return None
    text = key(text).replace(",", "")
    half = 0.5 if text.endswith(("1/2", "½")) else 0.0
    text = text.removesuffix("1/2").removesuffix("½").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text) + half
    if text in lexicon.NUMBERS:
        return float(lexicon.NUMBERS[text])
    parts = re.split(r"[- ]", text)
    if len(parts) == 2 and parts[0] in lexicon.TENS and parts[1] in lexicon.UNITS_1_9:
        return float(lexicon.NUMBERS[parts[0]] + lexicon.NUMBERS[parts[1]])
    if len(parts) >= 2 and parts[-1] in ("hundred", "thousand"):
        head = parse_number(" ".join(parts[:-1]))  # "two thousand"; "a few hundred" is open
        return head * (100 if parts[-1] == "hundred" else 1000) if head is not None else None
    return None


def parse_year(text: str | None, anchor: date | None) -> int | None:
    """A year in digits, as "'21", or spoken ("nineteen ninety-six")."""
    if not text:
        return None
    text = key(text)
    if text.isdigit():
        return int(text)
    if re.fullmatch(r"'\d\d", text):
        return expand_two_digits(int(text[1:]), anchor)
    return spoken_year(text)


def expand_two_digits(short: int, anchor: date | None) -> int:
    """A two-digit year in the century that keeps it not far after the anchor."""
    now = anchor.year if anchor else 2000
    year = now - now % 100 + short
    return year - 100 if year > now + 10 else year


def spoken_year(text: str) -> int | None:
    """ "nineteen ninety-six" = 1996, "two thousand and one" = 2001."""
    words = re.split(r"[\s-]+", text.replace(" and ", " "))
    if words[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(words[2:])) if words[2:] else 0.0
        return 2000 + int(rest) if rest is not None else None
    if words[0] != "nineteen":
        return None
    words = [w for w in words[1:] if w != "hundred"]
    rest = parse_number(" ".join(words)) if words else 0.0
    return 1900 + int(rest) if rest is not None else None


# --- values -------------------------------------------------------------------


def duration_value(count: float | None, unit: str) -> str:
    """TimeML duration: P3D, PT24H, P20Y (two decades), PXDE (decades)."""
    letter, is_time = lexicon.UNITS[unit]
    if count is not None and unit in lexicon.UNIT_SCALE:
        letter, factor = lexicon.UNIT_SCALE[unit]
        count *= factor
    prefix = "PT" if is_time else "P"
    if count is None:
        return f"{prefix}X{letter}"
    whole_part = int(count)
    if count == whole_part:
        return f"{prefix}{whole_part}{letter}"
    if count - whole_part == 0.5 and letter in HALVES:
        return f"{prefix}{whole_part}{letter}{HALVES[letter]}".replace(f"{prefix}0{letter}", prefix)
    return f"{prefix}{count:g}{letter}"


# Half a unit in the next smaller one ("P2Y6M", "PT5H30M").
HALVES = {"Y": "6M", "D": "T12H", "H": "30M", "M": "30S"}


def unit_of(text: str) -> str:
    """The lexicon unit of a written unit ("hrs" -> "hr")."""
    return UNIT_FORMS[key(text)]


def with_day(day: date | None, suffix: str = "") -> str | None:
    """A day's value with a part of day ("TMO") or clock time appended."""
    return day.isoformat() + suffix if day is not None else None


def period_value(day: date, unit: str) -> str | None:
    """The value of the calendar unit holding `day` (week, month, year...)."""
    if unit == "day":
        return day.isoformat()
    if unit == "week":
        return dates.week_value(day)
    if unit == "weekend":
        return dates.week_value(day) + "-WE"
    if unit == "month":
        return dates.month_value(day.year, day.month)
    if unit == "quarter":
        return "{}-Q{}".format(*dates.quarter_of(day))
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "decade":
        return f"{day.year // 10:03d}"
    if unit == "century":
        return f"{day.year // 100:02d}"
    return None


UNIT_LETTERS = {"day": "D", "week": "W", "weekend": "W", "month": "M", "quarter": "Q",
                "year": "Y", "decade": "DE", "century": "CE"}


# --- calendar dates -----------------------------------------------------------


@normaliser("iso")
def iso(m: re.Match[str], ctx: Context) -> list[Found]:
    """2021-08-30 and 2021-08-30T10:30."""
    day = dates.safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    if day is None:
        return []
    if m["hour"]:
        return whole(m, "TIME", f"{day.isoformat()}T{m['hour']}:{m['minute']}")
    return whole(m, "DATE", day.isoformat())


@normaliser("numeric")
def numeric(m: re.Match[str], ctx: Context) -> list[Found]:
    """08/30/2021 (US order unless impossible) and 30.08.2021 (day first)."""
    first, second, year_text = int(m["first"]), int(m["second"]), m["year"]
    if m["sep"] == "." and len(year_text) != 4:
        return []  # "1.2.10" is more likely a version than a date
    month, day = (first, second) if m["sep"] == "/" else (second, first)
    if month > 12:
        month, day = day, month
    year = int(year_text) if len(year_text) == 4 else expand_two_digits(int(year_text), ctx.anchor)
    found = dates.safe_date(year, month, day)
    return whole(m, "DATE", found.isoformat()) if found else []


@normaliser("day_month_numeric")
def day_month_numeric(m: re.Match[str], ctx: Context) -> list[Found]:
    """on 24/06 (day first, month first only when the day cannot be one)."""
    day, month = int(m["first"]), int(m["second"])
    if month > 12:
        day, month = month, day
    if not (1 <= month <= 12 and 1 <= day <= 31) or (day, month) == (9, 11):
        return []
    value = resolve_day(month, day, None, ctx, m)
    return [Found(m.start("first"), m.end(), "DATE", value)] if value else []


def resolve_day(month: int, day: int, year: int | None, ctx: Context, m: re.Match[str],
                weekday: int | None = None) -> str | None:
    """The value of a day and month, finding the year when the text omits it."""
    if year is None and ctx.anchor is not None:
        year = dates.year_of_day(month, day, ctx.anchor, ctx.tense(m), ctx.future_days, weekday)
    if year is None:
        return f"XXXX-{month:02d}-{day:02d}" if day <= 31 else None
    found = dates.safe_date(year, month, day)
    return found.isoformat() if found else None


def day_number(text: str) -> int:
    """A day of the month from "30", "30th" or "thirtieth"."""
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else lexicon.DAY_ORDINALS[key(text)]


@normaliser("month_day")
def month_day(m: re.Match[str], ctx: Context) -> list[Found]:
    """Aug. 30, 2021 / Monday, Aug. 30 / 30 August / Aug. 30-31."""
    month = lexicon.MONTHS[key(m["month"])]
    day = day_number(m["day"])
    year = parse_year(group(m, "ycomma"), ctx.anchor)
    weekday = lexicon.WEEKDAYS[key(m["weekday"])] if m["weekday"] else None
    value = resolve_day(month, day, year, ctx, m, weekday)
    if value is None:
        return []
    end = m.start("tail") if group(m, "tail") else m.end()
    found = [Found(m.start(), end, "DATE", value)]
    if group(m, "day2") and int(m["day2"].rstrip("stndrh")) > day:
        second = value[:-2] + f"{int(m['day2'].rstrip('stndrh')):02d}"
        found.append(Found(m.start("day2"), m.end("day2"), "DATE", second))
    return found


@normaliser("day_range_month")
def day_range_month(m: re.Match[str], ctx: Context) -> list[Found]:
    """24-26 June, 17 and 21 June: the first day, then the date it runs to."""
    month = lexicon.MONTHS[key(m["month"])]
    first, last = day_number(m["day0"]), day_number(m["day"])
    if not first < last:
        return []
    year = parse_year(group(m, "ycomma"), ctx.anchor)
    closing = resolve_day(month, last, year, ctx, m)
    if closing is None:
        return []
    opening = closing[:-2] + f"{first:02d}"
    return [Found(m.start("day0"), m.end("day0"), "DATE", opening),
            Found(m.start("day"), m.end(), "DATE", closing)]


@normaliser("month_year")
def month_year(m: re.Match[str], ctx: Context) -> list[Found]:
    """March 2020, early March 2020."""
    year = parse_year(m["year"], ctx.anchor)
    if year is None:
        return []
    return whole(m, "DATE", dates.month_value(year, lexicon.MONTHS[key(m["month"])]))


@normaliser("month_relyear")
def month_relyear(m: re.Match[str], ctx: Context) -> list[Found]:
    """June last year, March next year."""
    if ctx.anchor is None:
        return whole(m, "DATE", None)
    year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[key(m["rel"])]
    return whole(m, "DATE", dates.month_value(year, lexicon.MONTHS[key(m["month"])]))


@normaliser("month_rel")
def month_rel(m: re.Match[str], ctx: Context) -> list[Found]:
    """last March, next May, this coming June, every July."""
    month = lexicon.MONTHS[key(m["month"])]
    relation = key(m["rel"])
    if relation in ("each", "every"):
        return whole(m, "SET", f"XXXX-{month:02d}")
    if ctx.anchor is None:
        return whole(m, "DATE", None)
    year = ctx.anchor.year
    if relation in ("last", "this past", "the previous"):
        year -= 1 if month >= ctx.anchor.month else 0
    elif relation in ("next", "this coming", "the following"):
        year += 1 if month <= ctx.anchor.month else 0
    return whole(m, "DATE", dates.month_value(year, month))


@normaliser("month")
def month(m: re.Match[str], ctx: Context) -> list[Found]:
    """A month alone: "in March", "early August"."""
    name = key(m["month"])
    if not month_alone_is_date(m, ctx, name):
        return []
    number = lexicon.MONTHS[name]
    if ctx.anchor is None:
        return whole(m, "DATE", f"XXXX-{number:02d}")
    year = dates.year_of_month(number, ctx.anchor, ctx.tense(m), ctx.future_days)
    return whole(m, "DATE", dates.month_value(year, number))


def month_alone_is_date(m: re.Match[str], ctx: Context, name: str) -> bool:
    """A bare month name is a date unless it is a word ("may") or a name
    ("June Carter"); an introducing word ("in", "since") settles it."""
    if name in lexicon.MONTH_ABBREVIATIONS and not m["month"].endswith("."):
        return False  # "Jan", "Dec" alone are names more often than months
    if re.match(r"[ \t]+[A-Z][a-z]", ctx.text[m.end():m.end() + 4]):
        return False  # a name: "April Ryan", "June Carter"
    cue = m["mod"] is not None or ctx.word_before(m.start()) in lexicon.DATE_CUES
    return cue or name not in lexicon.AMBIGUOUS_MONTHS


# --- weekdays, days, parts of days --------------------------------------------


WEEKDAY_RELATIONS = {
    "last": "last", "this past": "last", "the previous": "last",
    "next": "next", "this coming": "next", "the following": "next", "the next": "next",
}


@normaliser("weekday")
def weekday(m: re.Match[str], ctx: Context) -> list[Found]:
    """Monday, last Monday, next Monday, Monday night, every Monday, Mondays."""
    number = lexicon.WEEKDAYS[key(m["weekday"])]
    part = lexicon.PARTS_OF_DAY.get(key(m["part"])) if m["part"] else None
    relation = key(m["rel"]).rstrip("-") if m["rel"] else ""
    suffix = ("T" + part if len(part) == 2 else part) if part else ""
    if m["plural"] or m["partplural"] or relation in ("every", "each"):
        return whole(m, "SET", f"XXXX-WXX-{number + 1}{suffix}")
    type_ = "TIME" if part else "DATE"
    if ctx.anchor is None:
        return whole(m, type_, f"XXXX-WXX-{number + 1}{suffix}")
    if relation in WEEKDAY_RELATIONS:
        base = ctx.reference if relation.startswith("the ") else ctx.anchor
        day = dates.weekday_date(base, number, WEEKDAY_RELATIONS[relation])
    else:
        mode = "coming" if ctx.tense(m) == "future" else "recent"
        day = dates.weekday_date(ctx.anchor, number, mode)
    return whole(m, type_, with_day(day, suffix))


RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                 "the day before yesterday": -2, "the day after tomorrow": 2}


@normaliser("relative_day")
def relative_day(m: re.Match[str], ctx: Context) -> list[Found]:
    """today, yesterday, tomorrow morning, tonight, late yesterday."""
    name = key(m["day"])
    part = lexicon.PARTS_OF_DAY.get(key(m["part"])) if m["part"] else None
    if name == "tonight":
        part = "NI"
    day = ctx.anchor + timedelta(days=RELATIVE_DAYS[name]) if ctx.anchor else None
    if part:
        return whole(m, "TIME", with_day(day, "T" + part if len(part) == 2 else part))
    return whole(m, "DATE", with_day(day))


PART_DAYS = {"this": 0, "early this": 0, "late this": 0, "later this": 0, "earlier this": 0,
             "last": -1, "tomorrow": 1, "yesterday": -1}


@normaliser("part_of_day")
def part_of_day(m: re.Match[str], ctx: Context) -> list[Found]:
    """this morning, last night, that evening, the next morning, overnight."""
    if m["overnight"] or m["mid"]:
        code = "NI" if m["overnight"] else lexicon.PARTS_OF_DAY.get(key(m["mid"]), "AF")
        return whole(m, "TIME", with_day(ctx.reference, "T" + code if len(code) == 2 else code))
    relation = key(m["rel"])
    code = lexicon.PARTS_OF_DAY[key(m["part"])]
    suffix = "T" + code if len(code) == 2 else code
    if relation in PART_DAYS:
        day = ctx.anchor + timedelta(days=PART_DAYS[relation]) if ctx.anchor else None
    else:  # "that night", "the next morning": the day the story stands on
        step = 1 if relation in ("the next", "the following") else 0
        day = ctx.reference + timedelta(days=step) if ctx.reference else None
    return whole(m, "TIME", with_day(day, suffix))


@normaliser("clock")
def clock(m: re.Match[str], ctx: Context) -> list[Found]:
    """10:30 a.m., 9 a.m. EST Tuesday, noon, 1430 GMT."""
    hour_minute = clock_time(m)
    if hour_minute is None:
        return []
    day = clock_day(m, ctx)
    value = f"T{hour_minute}"
    return whole(m, "TIME", (day.isoformat() if day else "XXXX-XX-XX") + value)


def clock_time(m: re.Match[str]) -> str | None:
    """HH:MM of a clock match, or None when it is no time of day."""
    if m["named"]:
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[key(m["named"])]
    hour_text = m["hour"] or m["hour2"] or m["hour3"] or m["hour4"]
    minute = m["minute"] or m["minute2"] or m["minute3"] or "00"
    hour = int(parse_number(hour_text) or 0) if hour_text else 0
    if m["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    return f"{hour:02d}:{minute}"


# A day named just after a clock time: "10 a.m. on Monday".
DAY_AFTER = re.compile(r",?\s+(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                       r"Sunday|today|tomorrow|yesterday|tonight)\b")


def clock_day(m: re.Match[str], ctx: Context) -> date | None:
    """The day a clock time falls on: the one it names, else the story's."""
    when = m["when"] or (DAY_AFTER.match(ctx.text, m.end()) or [None, None])[1]
    if when is None:
        return ctx.reference
    name = key(when)
    if name in RELATIVE_DAYS:
        return ctx.anchor + timedelta(days=RELATIVE_DAYS[name]) if ctx.anchor else None
    if name in lexicon.WEEKDAYS and ctx.anchor:
        mode = "coming" if ctx.tense(m) == "future" else "recent"
        return dates.weekday_date(ctx.anchor, lexicon.WEEKDAYS[name], mode)
    parts = re.match(r"([A-Za-z]+)\.?\s+(\d+)", when)
    if parts and ctx.anchor:
        value = resolve_day(lexicon.MONTHS[key(parts[1])], int(parts[2]), None, ctx, m)
        return date.fromisoformat(value) if value and value[0] != "X" else None
    return None


@normaliser("clock_part")
def clock_part(m: re.Match[str], ctx: Context) -> list[Found]:
    """4 in the morning, 9 in the evening."""
    hour = parse_number(m["hour"])
    if hour is None or not 1 <= hour <= 12:
        return []
    hour = int(hour) % 12 + (0 if key(m["part"]) == "morning" else 12)
    day = ctx.reference
    return whole(m, "TIME", (day.isoformat() if day else "XXXX-XX-XX") + f"T{hour:02d}:00")


@normaliser("holiday")
def holiday(m: re.Match[str], ctx: Context) -> list[Found]:
    """Christmas, Thanksgiving Day, last Easter, Christmas 2020."""
    if ctx.clues.next_is_noun(m.end()):
        return []  # "Christmas trees"
    name = key(m["holiday"])
    year = parse_year(m["year"], ctx.anchor)
    if year is None and ctx.anchor is not None:
        year = holiday_year(name, key(m["rel"] or ""), ctx, m)
    if year is None:
        fixed = lexicon.FIXED_HOLIDAYS.get(name)
        return whole(m, "DATE", f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else None)
    return whole(m, "DATE", holiday_date(name, year).isoformat())


def holiday_date(name: str, year: int) -> date:
    """The date of a holiday in a year."""
    if name in lexicon.FIXED_HOLIDAYS:
        return date(year, *lexicon.FIXED_HOLIDAYS[name])
    return dates.MOVABLE[name](year)


def holiday_year(name: str, relation: str, ctx: Context, m: re.Match[str]) -> int:
    """The year of a holiday named without one."""
    anchor = ctx.anchor
    this_year = holiday_date(name, anchor.year)
    if relation == "last":
        return anchor.year - (1 if this_year >= anchor else 0)
    if relation == "next":
        return anchor.year + (1 if this_year <= anchor else 0)
    spans = [(holiday_date(name, y), holiday_date(name, y) + timedelta(days=1))
             for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return anchor.year - 1 + dates.choose(spans, anchor, ctx.tense(m), ctx.future_days)


# --- years, decades, centuries, quarters, seasons --------------------------------


@normaliser("year_range")
def year_range(m: re.Match[str], ctx: Context) -> list[Found]:
    """1953-2001 and 1990-91: two DATEs, one each side."""
    first = int(m["year"])
    second_text = m["year2"]
    second = int(second_text) if len(second_text) == 4 else first - first % 100 + int(second_text)
    if not first < second <= first + 200 or not 1000 <= first <= 2100:
        return []
    return [Found(m.start("year"), m.end("year"), "DATE", f"{first:04d}"),
            Found(m.start("year2"), m.end("year2"), "DATE", f"{second:04d}")]


HALF_MODS = {"first half": "H1", "second half": "H2", "last half": "H2", "latter half": "H2"}


@normaliser("year")
def year(m: re.Match[str], ctx: Context) -> list[Found]:
    """2019, fiscal 1989, the year 2000, mid-1996, the first half of 2021."""
    value = parse_year(m["year"], ctx.anchor)
    if value is None or not (m["mod"] or m["fiscal"] or bare_year_is_date(m, ctx)):
        return []
    mod = key(m["mod"] or "")
    half = next((code for words, code in HALF_MODS.items() if words in mod), None)
    if m["period"] and key(m["period"]) == "quarter" and ctx.quarter is not None:
        return whole(m, "DATE", f"{value:04d}-Q{ctx.quarter[1]}")  # "the 1988 quarter"
    return whole(m, "DATE", f"{value:04d}" + (f"-{half}" if half else ""))


def bare_year_is_date(m: re.Match[str], ctx: Context) -> bool:
    """Whether a number alone ("2019") is a year, not a count or a code."""
    text = m["year"]
    if not text.isdigit():
        return not text.startswith("'")  # spoken years are no counts
    if not 1600 <= int(text) <= 2100:
        return False
    start, end = m.start(), m.end()
    if NOT_YEAR_BEFORE.search(ctx.text, max(0, start - 12), start):
        return False
    modifier = m["period"] or ctx.word_before(start) in DETERMINERS
    if ctx.clues.next_is_noun(end) and not modifier:
        return False  # "2000 troops", but "the 1992 protests"
    if ctx.clues.label(start, end) == "DATE":
        return True
    return not ctx.clues.is_count(start, end) or ctx.word_before(start) in lexicon.DATE_CUES


@normaliser("decade")
def decade(m: re.Match[str], ctx: Context) -> list[Found]:
    """the 1990s (199), the '80s, the nineties, the early 2000s."""
    text = key(m["decade"] or m["decade2"])
    digits = re.search(r"\d+", text)
    if digits is None:
        words = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties")
        short = 10 * (words.index(text) + 2)
    elif len(digits.group()) == 4:
        return whole(m, "DATE", digits.group()[:3])
    else:
        short = int(digits.group())
    century = expand_two_digits(short, ctx.anchor) // 100
    return whole(m, "DATE", f"{century:02d}{short // 10}")


@normaliser("century")
def century(m: re.Match[str], ctx: Context) -> list[Found]:
    """the 20th century (19), the nineteenth century (18)."""
    text = key(m["ordinal"])
    digits = re.match(r"\d+", text)
    number = int(digits.group()) if digits else lexicon.ORDINALS.get(text)
    if not number or number > 21:
        return []
    return whole(m, "DATE", f"{number - 1:02d}")


QUARTER_YEARS = {"this year's": 0, "last year's": -1, "next year's": 1,
                 "the year-ago": -1, "the year-earlier": -1}


@normaliser("quarter")
def quarter(m: re.Match[str], ctx: Context) -> list[Found]:
    """the third quarter (of 1990), Q3 2021, last year's fourth quarter, H1 2021."""
    if m["hnumber"]:
        return whole(m, "DATE", f"{m['hyear']}-H{m['hnumber']}")
    if m["qnumber"] or m["qnumber2"]:
        number = int(m["qnumber"] or m["qnumber2"])
        year_text = m["qyear"] or m["qyearfirst"]
    else:
        number = lexicon.ORDINALS[key(m["ordinal"])]
        year_text = m["year"] or m["yearbefore"]
    half = m["what"] and key(m["what"]) == "half"
    if half and (number > 2 or not (year_text or m["relyear"])):
        return []  # "the second half" of a match
    year_number = int(year_text) if year_text else quarter_year(m, number, ctx)
    code = f"H{number}" if half else f"Q{number}"
    value = f"{year_number:04d}-{code}" if year_number else f"XXXX-{code}"
    derived = key(m["det"] or "").startswith("the year-")
    return [Found(m.start(), m.end(), "DATE", value, refers=not derived)]


def quarter_year(m: re.Match[str], number: int, ctx: Context) -> int | None:
    """The year of a quarter the text names without one."""
    if ctx.anchor is None:
        return None
    det = key(m["det"] or "")
    if det in QUARTER_YEARS:
        base = ctx.quarter[0] if det.startswith("the year") and ctx.quarter else ctx.anchor.year
        return base + QUARTER_YEARS[det]
    if m["relyear"]:
        before = key(m.group(0)).split(" of ")[-1].split(" ")[0]
        return ctx.anchor.year + {"last": -1, "next": 1}.get(before, 0)
    # Companies report on a quarter after it ends ("expects to report a
    # third-quarter loss"), so the tense says nothing here.
    return dates.year_of_quarter(number, ctx.anchor, None, ctx.future_days)


SEASON_RELATIONS = {"last": "last", "this past": "last", "the past": "last",
                    "next": "next", "this coming": "next", "this": "this"}


@normaliser("season")
def season(m: re.Match[str], ctx: Context) -> list[Found]:
    """last summer (2020-SU), this spring, the winter of 1994, every summer."""
    name = key(m["season"])
    relation = key(m["rel"] or "").rstrip("-")
    if not season_is_date(m, ctx, name, relation):
        return []
    code = lexicon.SEASONS[name]
    if relation in ("each", "every"):
        return whole(m, "SET", f"XXXX-{code}")
    year = parse_year(m["year"], ctx.anchor)
    if year is None and ctx.anchor is not None:
        year = dates.year_of_season(code, ctx.anchor, SEASON_RELATIONS.get(relation, ""),
                                    ctx.tense(m), ctx.future_days)
    return whole(m, "DATE", f"{year:04d}-{code}" if year else f"XXXX-{code}")


def season_is_date(m: re.Match[str], ctx: Context, name: str, relation: str) -> bool:
    """"fall" and "spring" are seasons only with a determiner or year, and
    never in "the fall of Kabul" or "the Arab Spring"."""
    if name in ("fall", "spring") and not (relation or m["year"]):
        return False
    if name == "fall" and re.match(r"\s+of\s+(?!\d)", ctx.text[m.end():m.end() + 8]):
        return False
    before = ctx.text[max(0, m.start() - 20):m.start()]
    return not (m["season"][0].isupper() and re.search(r"[A-Z]\w+\s+$", before))


# --- durations, sets and relative periods --------------------------------------


@normaliser("duration")
def duration(m: re.Match[str], ctx: Context) -> list[Found]:
    """three days (P3D), the past two months, 24 hours, 16-hour, two and a half years."""
    unit = unit_of(m["unit"])
    count = duration_count(m)
    if count == 0 or (count is not None and count >= 1000 and key(m["unit"]) == unit):
        return []  # "the 1988 quarter" is a date, not 1988 quarters
    if unit == "quarter" and "-" in m.group(0):
        return []  # "three-quarters" is a share, "a four-quarter test" no period
    if group(m, "number") and count == 1 and not group(m, "det") \
            and RATE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return whole(m, "SET", duration_value(1, unit))  # "$5 billion a year"
    return whole(m, "DURATION", duration_value(count, unit))


def duration_count(m: re.Match[str]) -> float | None:
    """The number of units a duration counts; None when left open."""
    if group(m, "vague") or key(group(m, "number") or "") in ("several", "multi"):
        return None
    if group(m, "half") and not group(m, "number"):
        return 0.5
    count = parse_number(group(m, "number"))
    if count is None:
        return None
    return count + (0.5 if group(m, "half") or group(m, "andhalf") else 0.0)


@normaliser("duration_vague")
def duration_vague(m: re.Match[str], ctx: Context) -> list[Found]:
    """years (PXY), recent months, the coming weeks, decades (PXDE)."""
    return whole(m, "DURATION", duration_value(None, unit_of(m["unit"])))


@normaliser("set")
def set_(m: re.Match[str], ctx: Context) -> list[Found]:
    """every week (P1W), each day, every two years, twice a week."""
    unit = unit_of(m["unit"])
    number = group(m, "number")
    count = 2 if number and key(number) == "other" else parse_number(number) or 1
    return whole(m, "SET", duration_value(count, unit))


@normaliser("frequency")
def frequency(m: re.Match[str], ctx: Context) -> list[Found]:
    """daily, weekly, annually."""
    return whole(m, "SET", lexicon.FREQUENCIES[key(m.group(0))])


@normaliser("reference")
def reference(m: re.Match[str], ctx: Context) -> list[Found]:
    """now (PRESENT_REF), recently (PAST_REF), the near future (FUTURE_REF)."""
    return whole(m, "DATE", lexicon.REFERENCES[key(m["ref"])])


AGO_SIGNS = {"ago": -1, "earlier": -1, "before": -1, "back": -1, "prior": -1,
             "later": 1, "after": 1, "from now": 1, "hence": 1}


@normaliser("ago")
def ago(m: re.Match[str], ctx: Context) -> list[Found]:
    """two years ago, three days later, a week earlier, years ago."""
    direction = key(m["direction"])
    clause_ends = re.match(r"\s*(?:[.,;:)]|$)", ctx.text[m.end():m.end() + 5])
    if direction in ("before", "after", "prior") and not clause_ends:
        return []  # "two days after the vote": "two days" is a duration
    sign = AGO_SIGNS[direction]
    unit = unit_of(m["unit"])
    count = parse_number(m["number"]) if m["number"] else None
    if count is None:
        return whole(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    base = ctx.anchor if direction in ("ago", "from now", "hence", "back") else ctx.reference
    if base is None:
        return whole(m, "DATE", None)
    if unit == "year" and count == 1 and sign < 0 and ctx.quarter is not None:
        # Results news: "up from $5 million a year earlier" compares the
        # quarter just named with the same quarter a year before.
        value = f"{ctx.quarter[0] - 1}-Q{ctx.quarter[1]}"
        return [Found(m.start(), m.end(), "DATE", value, refers=False)]
    return whole(m, "DATE", shifted_value(base, unit, sign * count, ctx))


def shifted_value(base: date, unit: str, count: float, ctx: Context) -> str | None:
    """The value `count` units from `base`, as precise as the unit."""
    letter = lexicon.UNITS[unit][0]
    if lexicon.UNITS[unit][1]:  # hours, minutes: the day is as precise as news gets
        return base.isoformat()
    if unit in lexicon.UNIT_SCALE:
        letter, factor = lexicon.UNIT_SCALE[unit]
        count *= factor
    day = dates.shift(base, letter, round(count))
    names = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}
    return period_value(day, names[letter])


# Relations that count from the story's day, not the anchor.
ANAPHORIC = frozenset({"that", "the same", "the previous", "the prior", "the preceding",
                       "the following"})
LAST = frozenset({"last", "the previous", "the prior", "the preceding", "this past"})
NEXT = frozenset({"next", "the following", "the coming", "this coming", "the upcoming"})
CURRENT = frozenset({"this", "the current", "this current", "the present", "its", "that",
                     "the same", "this year's", "the"})
SPAN = frozenset({"the past", "the last", "the next", "the coming"})


@normaliser("relative_unit")
def relative_unit(m: re.Match[str], ctx: Context) -> list[Found]:
    """last week (2021-W34), this month, next year, the past year (P1Y),
    the following day, earlier this year, this weekend, the quarter."""
    relation, unit = key(m["rel"]), key(m["unit"])
    if group(m, "fiscal") and unit == "year" and relation == "the":
        relation = "this"
    if not relative_unit_is_date(relation, unit):
        return []
    if is_span(relation, unit) or ended_period(m, ctx, relation, unit):
        return whole(m, "DURATION", duration_value(1, unit))
    return whole(m, "DATE", relative_value(relation, unit, ctx))


def is_span(relation: str, unit: str) -> bool:
    """"the past year", "the next week": a stretch of time, not a date."""
    if unit in ("weekend", "quarter") or (unit == "day" and relation == "the next"):
        return False
    return relation in SPAN


def ended_period(m: re.Match[str], ctx: Context, relation: str, unit: str) -> bool:
    """"the year ended June 30": an accounting year, so a duration."""
    following = ctx.text[m.end():m.end() + 10]
    ends = re.match(r"\s+end(?:ed|ing)\b", following) is not None
    return relation == "the" and unit == "year" and ends


LATEST = frozenset({"the", "the latest", "the most recent", "the last", "the past"})


def relative_value(relation: str, unit: str, ctx: Context) -> str | None:
    """The value of a unit named relative to the anchor or the story."""
    if unit == "year" and relation in ANAPHORIC and ctx.year is not None:
        return f"{ctx.year + period_step(relation):04d}"  # "that year", "the following year"
    base = ctx.reference if relation in ANAPHORIC or unit == "day" else ctx.anchor
    if base is None:
        return None
    if unit == "quarter" and relation in LATEST:
        return latest_quarter(ctx)
    if unit == "weekend" and relation == "the":
        relation = "last" if base.weekday() < 3 else "this"
    return period_value(period_day(base, unit, relation), unit)


def relative_unit_is_date(relation: str, unit: str) -> bool:
    """Combinations that name a period ("the day" and "the half" do not)."""
    if unit in ("half", "season", "millennium"):
        return False
    if unit == "day":
        return relation in ("that", "the same", "the next", "the following", "the previous",
                            "the past", "the last")
    if relation == "the":
        return unit in ("year", "week", "month", "quarter", "weekend")
    return True


def period_step(relation: str) -> int:
    """How many periods a relation moves: "last" -1, "next" +1, "this" 0."""
    return -1 if relation in LAST else 1 if relation in NEXT or relation == "the next" else 0


def period_day(base: date, unit: str, relation: str) -> date:
    """A day inside the period a relation names ("last week": a week back)."""
    return dates.shift(base, UNIT_LETTERS[unit], period_step(relation))


def latest_quarter(ctx: Context) -> str:
    """The quarter "the quarter" means: the last one named, else the last
    one finished (company results speak of the quarter just reported)."""
    if ctx.quarter is not None:
        return "{}-Q{}".format(*ctx.quarter)
    year, number = dates.quarter_of(ctx.anchor)
    year, number = (year, number - 1) if number > 1 else (year - 1, 4)
    return f"{year}-Q{number}"


@normaliser("year_end")
def year_end(m: re.Match[str], ctx: Context) -> list[Found]:
    """year-end, the year's end: the anchor's year."""
    return whole(m, "DATE", f"{ctx.anchor.year:04d}" if ctx.anchor else None)


@normaliser("year_ago")
def year_ago(m: re.Match[str], ctx: Context) -> list[Found]:
    """year-earlier, the year-ago quarter: a year before the period in view."""
    if ctx.quarter is not None:
        value = f"{ctx.quarter[0] - 1}-Q{ctx.quarter[1]}"
    else:
        value = f"{ctx.anchor.year - 1:04d}" if ctx.anchor else None
    return [Found(m.start(), m.end(), "DATE", value, refers=False)]
