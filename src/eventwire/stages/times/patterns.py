"""The rules that find time expressions: ordered, compiled patterns as data.

Each `Rule` pairs a regular expression with the name of the normaliser (in
`normalise.NORMALISERS`) that turns its match into a TimeML type and value.
Where matches overlap, the longest wins and, at equal length, the rule
listed first; so the list runs from the most specific shape to the least.

Extents follow TimeML (TimeBank, TempEval-3): determiners and modifiers
belong to the expression ("the 1990s", "last week", "early next year",
"about two years"), prepositions and other signals do not ("on Monday" is
tagged "Monday"). Month and weekday names must be capitalised; everything
else matches in any case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Iterable

from . import lexicon


@dataclass(frozen=True)
class Rule:
    """One pattern and the normaliser its matches go to."""

    name: str
    pattern: re.Pattern[str]
    normaliser: str
    needs: frozenset[str]  # kinds of trigger word a match contains


def words(items: Iterable[str]) -> str:
    """An alternation of phrases, longest first; spaces match any blank."""
    ordered = sorted(set(items), key=len, reverse=True)
    return "|".join(re.escape(item).replace(r"\ ", SP) for item in ordered)


def cased(items: Iterable[str]) -> str:
    """Capitalised and upper-case forms of names, matched case-sensitively."""
    forms = [form for item in items for form in (capitalised(item), item.upper())]
    return "(?-i:" + words(forms) + ")"


def capitalised(name: str) -> str:
    """Each word with a capital ("New Year's Day", not str.title's "Year'S")."""
    return " ".join(word[:1].upper() + word[1:] for word in name.split(" "))


# A blank inside an expression: a few spaces, at most one line break (never
# the long runs of spaces that blanked furniture leaves).
SP = r"(?:[ \t\u00a0]{1,3}(?:\n[ \t\u00a0]{0,3})?|\n[ \t\u00a0]{0,3})"
_ = SP

SHORT_MONTHS = sorted(lexicon.MONTH_ABBREVIATIONS)
FULL_MONTHS = [m for m in lexicon.MONTHS if m not in lexicon.MONTH_ABBREVIATIONS]
MONTH = rf"(?P<month>{cased(FULL_MONTHS)}\b|{cased(SHORT_MONTHS)}\b\.?)"
FULL_WEEKDAYS = [w for w in lexicon.WEEKDAYS if w.endswith("day")]
WEEKDAY = rf"(?P<weekday>{cased(FULL_WEEKDAYS)})\b"
DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|[:.,]\d)"
DAY = rf"(?P<day>{DAY_NUMBER}|{words(lexicon.DAY_ORDINALS)})\b"
YEAR_NUMBER = r"(?<![\d$£€.,/])(?:1\d\d\d|20\d\d)(?![\d%])(?![.,]\d)"
ONES = words(lexicon.UNITS_1_9)
TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
SPOKEN_YEAR = (
    rf"nineteen{_}(?:hundred{_}(?:and{_})?)?(?:(?:{words(lexicon.TENS)})(?:[- ](?:{ONES}))?"
    rf"|{TEENS})"
    rf"|two{_}thousand(?:{_}(?:and{_})?(?:{ONES}|{TEENS}|twenty(?:[- ](?:{ONES}))?))?"
)
YEAR = rf"(?P<year>{YEAR_NUMBER}|'\d\d\b|{SPOKEN_YEAR})"
NUMBER_WORD = (
    rf"(?:{words(lexicon.UNITS_1_9)}|a|several|a{_}few){_}(?:hundred|thousand)"
    rf"|(?:{words(lexicon.TENS)})(?:[- ](?:{words(lexicon.UNITS_1_9)}))?"
    rf"|{words(lexicon.NUMBERS)}"
)
NUMBER = rf"(?:\d+(?:[.,]\d+)?(?:{_}1/2|{_}½)?|{NUMBER_WORD})"
VAGUE = words(lexicon.VAGUE_NUMBERS)
UNIT_FORMS = lexicon.unit_forms()
ANY_UNIT = rf"(?P<unit>{words(UNIT_FORMS)})\b"
ZONE = rf"(?:{_}(?P<zone>{words(lexicon.ZONES)}))?"
# How close a count is: kept in the extent, as TimeBank does.
APPROX = words((
    "about", "around", "approximately", "roughly", "some", "nearly", "almost",
    "more than", "less than", "fewer than", "over", "under", "at least",
    "at most", "up to", "no more than", "no less than", "not more than",
    "just over", "just under", "well over", "barely", "close to",
    "upwards of", "a little over", "a little more than", "little more than",
    "as many as", "as few as", "as long as", "nearly a full", "a full",
))


def mod(name: str = "mod") -> str:
    """Where in a period: "early", "the end of", "the first half of"..."""
    return (
        rf"(?P<{name}>(?:the{_})?(?:very{_})?(?:(?:end|beginning|start|middle|turn|close|rest|"
        rf"remainder|first{_}half|second{_}half|last{_}half|latter{_}half|latter{_}part|"
        rf"early{_}part|first{_}part|bulk|height|dawn)"
        rf"{_}of{_}(?:the{_})?|(?:early|late|mid|earlier|later)(?:{_}|-)|mid-|pre-|post-))"
    )


MOD = mod()
# Where in a day-level date: "early", "the end of"...
DATE_MOD = (
    rf"(?P<mod>(?:the{_})?(?:end|beginning|start|middle|close|rest|remainder)"
    rf"{_}of{_}|(?:early|late|mid|earlier|later){_}|mid-)"
)
RELATIVE = words((
    "last", "next", "this", "this past", "this coming", "the past", "the last",
    "the next", "the coming", "the previous", "the following", "the current",
    "the same", "that", "the", "this current", "the latest", "the most recent",
    "the upcoming", "the present", "the prior", "the preceding", "its", "this year's",
))
REFERENCE = words(lexicon.REFERENCES)
PART = words(p for p in lexicon.PARTS_OF_DAY
             if p not in ("midday", "noon", "midnight", "overnight"))
CLOCK = (
    rf"(?:(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?{_}?"
    rf"(?P<ampm>[ap]\.?{_}?m\b\.?|[AP]M\b)"
    rf"|(?P<hour2>[01]?\d|2[0-3]):(?P<minute2>[0-5]\d)(?![\d:])"
    rf"|(?P<hour3>[01]\d|2[0-3])(?P<minute3>[0-5]\d)(?={_}(?:GMT|UTC|hours|hrs|local))"
    rf"|(?P<hour4>{words(lexicon.NUMBERS)}|\d{{1,2}}){_}o'clock"
    rf"|(?P<named>noon|midnight|midday))"
)
HOLIDAY = cased(list(lexicon.FIXED_HOLIDAYS) + list(lexicon.MOVABLE_HOLIDAYS))
RELATIVE_DAY = words(("today", "tonight", "yesterday", "tomorrow", "the day before yesterday",
                      "the day after tomorrow"))

# Kinds of word every match contains at least one of. Rules search only
# near the words of the kinds they need (`Rule.needs`), which is most of
# the stage's speed: a text is mostly far from any month or unit word.
TRIGGER_WORDS: dict[str, tuple[str, ...]] = {}


def add_triggers(kind: str, items: Iterable[str], skip: frozenset[str] = frozenset()) -> None:
    """File each word of `items` (phrases split) as a trigger of `kind`."""
    for item in items:
        for word in re.findall(r"[a-z]+", item.lower()):
            if word not in skip:
                TRIGGER_WORDS[word] = TRIGGER_WORDS.get(word, ()) + (kind,)


# Words of holiday and reference phrases too common to narrow anything
# down; some other word of those phrases is always a trigger.
COMMON = frozenset({"s", "day", "eve", "new", "the", "a", "at", "in", "near", "right", "these",
                    "more", "long", "short", "medium", "distant", "foreseeable", "every", "o",
                    "may"})
add_triggers("unit", list(UNIT_FORMS) + ["weekend", "weekends", "half"],
             frozenset({"trading", "business", "working"}))
add_triggers("part", list(lexicon.PARTS_OF_DAY) + ["clock"], frozenset({"mid"}))
add_triggers("season", lexicon.SEASONS)
add_triggers("frequency", lexicon.FREQUENCIES)
add_triggers("day", ("today", "tonight", "yesterday", "tomorrow"))
add_triggers("reference", lexicon.REFERENCES, COMMON)
add_triggers("holiday", list(lexicon.FIXED_HOLIDAYS) + list(lexicon.MOVABLE_HOLIDAYS), COMMON)
add_triggers("spoken", ("nineteen", "thousand", "twenties", "thirties", "forties", "fifties",
                        "sixties", "seventies", "eighties", "nineties"))


def trigger_forms() -> dict[str, tuple[str, ...]]:
    """Each trigger word as written (lower, capitalised, upper case) and its
    kinds; month and weekday names count only when capitalised."""
    forms: dict[str, tuple[str, ...]] = {}
    for word, kinds in TRIGGER_WORDS.items():
        for form in (word, capitalised(word), word.upper()):
            forms[form] = kinds
    for names, kind in ((lexicon.MONTHS, "month"), (FULL_WEEKDAYS, "weekday")):
        for name in names:
            for form in (capitalised(name), name.upper()):
                forms[form] = (kind,) + TRIGGER_WORDS.get(name, ())
    return forms


TRIGGER_FORMS = trigger_forms()
# A word of the text; those holding a digit are triggers of kind "digit".
TEXT_WORD = re.compile(r"(?P<digit>[^\W_]*\d[^\W_]*)|[^\W\d_]+")
# How far a match may reach before and after its trigger word.
REACH_BEFORE, REACH_AFTER = 45, 40


def rule(name: str, needs: str, pattern: str, normaliser: str | None = None) -> Rule:
    """Compile one rule (case-insensitive unless a part says otherwise).

    Args:
        name: the rule's name.
        needs: the kinds of trigger word its matches contain, space-separated.
        pattern: the regular expression.
        normaliser: the normaliser's name, when not the rule's.
    """
    compiled = re.compile(rf"(?<![\w'’-])(?:{pattern})(?!\w|['’](?!s\b)\w|-\w)", re.IGNORECASE)
    return Rule(name, compiled, normaliser or name, frozenset(needs.split()))


# Pieces used by a single rule, named so the rules below stay readable.
ISO = (r"(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
       r"(?:T(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::\d\d)?)?")
NUMERIC = r"(?P<first>[0-3]?\d)(?P<sep>[/.])(?P<second>[0-3]?\d)(?P=sep)(?P<year>\d{4}|\d\d)"
CLOCK_DAY = (rf"(?:,?{_}(?P<when>{words(FULL_WEEKDAYS)}|today|tonight|yesterday|tomorrow|"
             rf"{cased(FULL_MONTHS + SHORT_MONTHS)}\.?{_}{DAY_NUMBER}))?")
YEAR_AFTER_DAY = rf"(?:(?:,{_}?|{_}|,)(?P<ycomma>{YEAR_NUMBER}|{SPOKEN_YEAR}))?"
DAY_RANGE = rf"(?P<tail>{_}?(?:-|–|—|to|and|through|or){_}?(?P<day2>{DAY_NUMBER}))?"
WEEKDAY_RELATION = (
    rf"(?P<rel>(?:last|next|this|this{_}past|this{_}coming|the{_}previous|the{_}following|"
    rf"the{_}next|the{_}same|earlier|later|early|late|every|each)(?:{_}|-))?"
)
PART_RELATION = words(("this", "last", "tomorrow", "yesterday", "early this", "late this",
                       "later this", "earlier this", "the", "that", "the next", "the following",
                       "the same"))
FISCAL = (rf"(?P<fiscal>(?:the{_})?(?:fiscal|calendar|financial|model|school)(?:{_}year)?{_}"
          rf"|FY{_}?|the{_}year{_})")
DECADE_WORDS = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
QUARTER_DET = words(("the", "this year's", "last year's", "next year's", "the year-ago",
                     "the year-earlier", "the comparable", "the same"))
QUARTER_OF = (rf"(?:{_}of{_}(?:(?:the|this|last|next){_}(?P<relyear>year)"
              rf"|(?:fiscal{_})?(?P<year>{YEAR_NUMBER})))?")
QUARTER_SHORT = (rf"Q(?P<qnumber>[1-4])(?:{_}(?P<qyear>{YEAR_NUMBER}))?"
                 rf"|(?P<qyearfirst>{YEAR_NUMBER}){_}Q(?P<qnumber2>[1-4])"
                 rf"|H(?P<hnumber>[12]){_}(?P<hyear>{YEAR_NUMBER})")
SEASON_RELATION = words(("last", "next", "this", "this past", "this coming", "the past", "the",
                         "that", "early", "late", "the early", "the late", "each", "every"))
AGO = words(("ago", "earlier", "later", "from now", "hence", "back", "before", "after", "prior"))
# After "two days before" these words make "before" a preposition.
NOT_AFTER_AGO = words(("the", "a", "an", "his", "her", "its", "their", "being", "he", "she",
                       "it", "they", "we", "I"))
DURATION_DET = (
    rf"the{_}(?:past|last|next|first|coming|previous|following|final|latest|remaining|entire|"
    rf"whole|full|initial|ensuing|subsequent)|the|another|an{_}additional|an{_}extra|these|those"
)
DURATION_MORE = words(("more", "additional", "extra", "straight", "consecutive", "full", "long",
                       "successive", "short"))
VAGUE_DET = (rf"the{_}(?:past|last|next|coming|early|following|ensuing)|recent|coming|past"
             rf"|(?:the{_})?(?:few|many|several)")
PLURAL_UNITS = ("seconds|minutes|hours|days|weeks|months|years|decades|quarters|centuries"
                "|millennia")
RELATIVE_UNITS = "week|weekend|month|year|quarter|decade|century|half|season|day|millennium"
YEAR_AGO = (rf"(?:the{_})?(?:(?:comparable|same|corresponding){_})?"
            rf"(?:year-(?:earlier|ago)|prior-year|year-before)"
            rf"(?:{_}(?P<what>quarter|period|nine{_}months|six{_}months"
            rf"|(?:first|second|third|fourth){_}quarter))?")

RULES: tuple[Rule, ...] = (
    # 2021-08-30, 2021-08-30T10:30
    rule("iso", "digit", ISO),
    # 08/30/2021 (month first, unless it cannot be), 30.08.2021
    rule("numeric", "digit", NUMERIC),
    # 10:30 a.m., 9 a.m. EST Tuesday, noon Thursday, around 7:15 p.m., 1430 GMT
    rule("clock", "digit part",
         rf"(?:(?P<approx>about|around|approximately){_})?{CLOCK}{ZONE}{CLOCK_DAY}"),
    # 4 in the morning
    rule("clock_part", "part", rf"(?P<hour>{words(lexicon.NUMBERS)}|\d{{1,2}}){_}in{_}the{_}"
                               rf"(?P<part>morning|afternoon|evening)"),
    # Monday, Aug. 30, 2021 / Aug. 30 / early August 30th / Aug. 16-17
    rule("month_day", "month", rf"(?:{WEEKDAY},?{_})?{DATE_MOD}?{MONTH}{_}(?:the{_})?{DAY}"
                               rf"{YEAR_AFTER_DAY}{DAY_RANGE}"),
    # 30 August 2021 / the 30th of August / Monday 30 August
    rule("day_month", "month", rf"(?:{WEEKDAY},?{_})?(?:the{_})?{DAY}(?:{_}of)?{_}{MONTH}"
                               rf"(?:,?{_}(?P<ycomma>{YEAR_NUMBER}))?", "month_day"),
    # 24-26 June, 17 and 21 June, 12 to 14 March 2016 (two DATEs, as "Aug. 16-17")
    rule("day_range_month", "month",
         rf"(?P<day0>{DAY_NUMBER}){_}?(?:-|–|—|to|and|through){_}?{DAY}(?:{_}of)?{_}{MONTH}"
         rf"(?:,?{_}(?P<ycomma>{YEAR_NUMBER}))?"),
    # on 24/06, since 21/06: day first, as ACLED and most wires outside the
    # US write it; only after a date cue ("24/7" and "9/11" are no dates)
    rule("day_month_numeric", "digit",
         rf"(?P<cue>(?:on|of|dated|since|from|until|by|between|and){_})"
         rf"(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)(?![/\d])"),
    # March 2020, early March 2020, June last year, last March, this coming May
    rule("month_year", "month", rf"{MOD}?{MONTH},?{_}(?:of{_})?{YEAR}"),
    rule("month_relyear", "month", rf"{MONTH}{_}(?P<rel>this|last|next){_}year"),
    rule("month_rel", "month", rf"(?P<rel>last|next|this|this{_}past|this{_}coming|the{_}previous"
                               rf"|the{_}following|each|every){_}{MOD}?{MONTH}(?!\.?{_}\d)"),
    rule("month", "month", rf"{MOD}?{MONTH}(?!\.?{_}\d)"),
    # Monday, last Monday, next Monday morning, early Tuesday, Mondays
    rule("weekday", "weekday", rf"{WEEKDAY_RELATION}{WEEKDAY}(?P<plural>s)?"
                               rf"(?:{_}(?P<part>{PART})(?P<partplural>s)?)?"),
    # today, late yesterday, tomorrow morning
    rule("relative_day", "day", rf"(?P<mod>(?:early|late|earlier|later){_})?"
                                rf"(?P<day>{RELATIVE_DAY})(?:{_}(?P<part>{PART}))?"),
    # this evening, last night, the next morning, overnight, mid-afternoon
    rule("part_of_day", "part", rf"(?P<rel>{PART_RELATION}){_}(?P<part>{PART})"
                                rf"|(?P<overnight>overnight)"
                                rf"|(?P<mid>mid-?{_}?(?:afternoon|morning|day))"),
    # Christmas, Thanksgiving Day, last Easter, Christmas 2020
    rule("holiday", "holiday month weekday",
         rf"(?P<rel>(?:last|next|this){_})?(?P<holiday>{HOLIDAY})(?:,?{_}{YEAR})?"),
    # 1953-2001, 1990-91 (two DATEs, as TempEval tags ranges)
    rule("year_range", "digit",
         rf"(?P<year>{YEAR_NUMBER}){_}?(?:-|–|—|/){_}?(?P<year2>{YEAR_NUMBER}|\d\d(?!\d))"),
    # 2019, fiscal 1989, the year 2000, early 2020, mid-1996, the 1988 period
    rule("year", "digit spoken", rf"{MOD}?(?:the{_}(?=\d{{4}}{_}(?:period|season|quarter)))?"
                                 rf"{FISCAL}?{YEAR}(?:{_}(?P<period>period|season|quarter))?"),
    # the 1990s, the early '80s, the nineties
    rule("decade", "digit spoken",
         rf"the{_}{MOD}?(?P<decade>(?:1\d|20)\d0s|'?\d0s|(?:{DECADE_WORDS}))"
         rf"|{mod('mod2')}?(?P<decade2>(?:1\d|20)\d0s|'\d0s)"),
    # the 20th century, the nineteenth century, the 11th-century
    rule("century", "unit", rf"(?:the{_})?{MOD}?(?P<ordinal>\d{{1,2}}(?:st|nd|rd|th)|"
                            rf"{words(lexicon.ORDINALS)})[- ]century"),
    # the third quarter of 1990, Q3 2021, this year's first quarter, fourth-quarter
    rule("quarter", "unit digit",
         rf"(?:(?P<det>{QUARTER_DET}){_}(?!\w+-quarter))?(?:(?P<yearbefore>{YEAR_NUMBER}){_})?"
         rf"(?:fiscal[- ]?)?(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[- ]"
         rf"(?:fiscal[- ])?(?P<what>quarter|half){QUARTER_OF}|{QUARTER_SHORT}"),
    # last summer, this spring, the winter of 1994, early fall
    rule("season", "season", rf"(?:(?P<rel>{SEASON_RELATION}){_}|mid-)?"
                             rf"(?P<season>spring|summer|autumn|fall|winter)"
                             rf"(?:{_}(?:of{_})?{YEAR})?"),
    # 50 years ago, two weeks earlier, a few days later, three days from now
    rule("ago", "unit", rf"(?:(?P<approx>{APPROX}){_})?(?P<number>{NUMBER}|{VAGUE})?{_}?"
                        rf"(?:(?P<more>more|full){_})?{ANY_UNIT}(?:{_}or{_}(?:so|two|more))?"
                        rf"{_}(?P<direction>{AGO})(?!{_}(?:{NOT_AFTER_AGO})\b)"),
    # once a week, twice a year; every week, each day, every two years
    rule("set_times", "unit", rf"(?P<freq>once|twice|thrice|\w+{_}times){_}"
                              rf"(?:a|an|per|each|every){_}{ANY_UNIT}", "set"),
    rule("set", "unit",
         rf"(?P<every>every|each|per){_}(?:(?P<number>{NUMBER}|other){_})?{ANY_UNIT}"),
    # daily, weekly
    rule("frequency", "frequency", rf"(?-i:{words(lexicon.FREQUENCIES)})"),
    # the past two months, about three days, two and a half years, two more weeks
    rule("duration", "unit",
         rf"(?:(?P<approx>{APPROX}){_})?(?:(?P<det>{DURATION_DET}){_})?"
         rf"(?:(?P<number>{NUMBER})(?:{_}(?:and{_})?(?P<half>a{_}half))?|(?P<vague>{VAGUE}))"
         rf"(?:(?:{_}|-)(?P<more>{DURATION_MORE}))?{_}{ANY_UNIT}(?P<andhalf>{_}and{_}a{_}half)?"
         rf"(?:{_}(?P<ahead>ahead|to{_}come|long))?(?!{_}old\b)"),
    # half an hour, a half-hour
    rule("duration_half", "unit", rf"(?P<half>half{_}(?:an?|one)|(?:a|one){_}half)[- ]{ANY_UNIT}",
         "duration"),
    # 16-hour, two-year, several-year (but not 37-year-old)
    rule("duration_compound", "unit", rf"(?P<number>\d+(?:\.\d+)?|{NUMBER_WORD}|several|multi)-"
                                      rf"{ANY_UNIT}(?:-long)?(?!-old)", "duration"),
    # day-long, decades-long
    rule("duration_long", "unit", r"(?P<unit>day|week|month|year|decade|century|hour)s?-long",
         "duration"),
    # years, recent months, the coming weeks, decades
    rule("duration_vague", "unit", rf"(?:(?P<det>{VAGUE_DET}){_})?(?P<unit>{PLURAL_UNITS})"
                                   rf"(?:{_}(?P<ahead>ahead|to{_}come))?(?!{_}old\b)(?!-old)"),
    # last week, this month, next year, the past year, the following week,
    # earlier this year, the end of the month, the weekend, this century
    rule("relative_unit", "unit",
         rf"{MOD}?(?P<rel>{RELATIVE}){_}(?:(?P<fiscal>fiscal|calendar|financial){_})?"
         rf"(?P<unit>{RELATIVE_UNITS})(?:'s{_}end)?(?:{_}or{_}so)?"),
    rule("relative_mod", "unit",
         rf"(?P<mod>earlier|later|early|late){_}(?:in{_})?(?P<rel>this|last|next|the)"
         rf"{_}(?P<unit>week|month|year|quarter|decade|century)", "relative_unit"),
    # year-end, the year's end
    rule("year_end", "unit",
         rf"(?:(?:the|around){_})?(?:year[- ]end|year's{_}end|the{_}year's{_}end)"),
    # year-earlier, the year-ago quarter, the comparable year-ago period
    rule("year_ago", "unit", YEAR_AGO),
    # now, recently, the future, the near term
    rule("reference", "reference", rf"(?P<ref>{REFERENCE})"),
)
