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


def words(items: Iterable[str]) -> str:
    """An alternation of phrases, longest first; spaces match any blank."""
    ordered = sorted(set(items), key=len, reverse=True)
    return "|".join(re.escape(item).replace(r"\ ", SP) for item in ordered)


def cased(items: Iterable[str]) -> str:
    """Capitalised and upper-case forms of names, matched case-sensitively."""
    forms = [form for item in items for form in (item.title(), item.upper())]
    return "(?-i:" + words(forms) + ")"


# A blank inside an expression: spaces, at most one line break.
SP = r"(?:[ \t\u00a0]+(?:\n[ \t\u00a0]*)?|\n[ \t\u00a0]*)"
_ = SP

FULL_MONTHS = [m for m, n in lexicon.MONTHS.items() if len(m) > 4 or m in ("may", "june", "july")]
SHORT_MONTHS = [m for m in lexicon.MONTHS if m not in FULL_MONTHS]
MONTH = rf"(?P<month>{cased(FULL_MONTHS)}\b|{cased(SHORT_MONTHS)}\b\.?)"
FULL_WEEKDAYS = [w for w in lexicon.WEEKDAYS if w.endswith("day")]
WEEKDAY = rf"(?P<weekday>{cased(FULL_WEEKDAYS)})\b"
DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])(?![.,]\d)"
DAY = rf"(?P<day>{DAY_NUMBER}|{words(lexicon.DAY_ORDINALS)})\b"
YEAR_NUMBER = r"(?<![\d$£€.,/])(?:1\d\d\d|20\d\d)(?![\d%])(?![.,]\d)"
SPOKEN_YEAR = (
    rf"nineteen{_}(?:hundred{_}(?:and{_})?)?(?:(?:{words(lexicon.TENS)})(?:[- ](?:{words(lexicon.UNITS_1_9)}))?"
    rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    rf"|two{_}thousand(?:{_}(?:and{_})?(?:{words(lexicon.UNITS_1_9)}|ten|eleven|twelve|"
    rf"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:{words(lexicon.UNITS_1_9)}))?))?"
)
YEAR = rf"(?P<year>{YEAR_NUMBER}|'\d\d\b|{SPOKEN_YEAR})"
NUMBER_WORD = (
    rf"(?:{words(lexicon.TENS)})(?:[- ](?:{words(lexicon.UNITS_1_9)}))?"
    rf"|{words(lexicon.NUMBERS)}"
)
NUMBER = rf"(?:\d+(?:[.,]\d+)?(?:{_}1/2|{_}½)?|{NUMBER_WORD})"
VAGUE = words(lexicon.VAGUE_NUMBERS - {"the", "recent", "coming", "past", "more"})
UNIT_WORDS = list(lexicon.UNITS)
UNIT = rf"(?P<unit>{words(UNIT_WORDS)})(?P<plural>s|es)?"
UNIT_PLURAL = rf"(?P<unit>{words(list(lexicon.UNIT_PLURALS))})"
ANY_UNIT = rf"(?:{UNIT_PLURAL}|{UNIT})\b"
ZONE = rf"(?:{_}(?P<zone>{words(lexicon.ZONES)}))?"
# How close a count is: kept in the extent, as TimeBank does.
APPROX = words((
    "about", "around", "approximately", "roughly", "some", "nearly", "almost",
    "more than", "less than", "fewer than", "over", "under", "at least",
    "at most", "up to", "no more than", "no less than", "not more than",
    "just over", "just under", "well over", "barely", "only", "just", "close to",
    "upwards of", "a little over", "a little more than", "little more than",
    "as many as", "as few as", "as long as", "nearly a full", "a full", "within",
))


def mod(name: str = "mod") -> str:
    """Where in a period: "early", "the end of", "the first half of"..."""
    return (
        rf"(?P<{name}>(?:the{_})?(?:very{_})?(?:(?:end|beginning|start|middle|turn|close|rest|"
        rf"remainder|first{_}half|second{_}half|last{_}half|latter{_}half|latter{_}part|"
        rf"early{_}part|first{_}part|bulk|height|dawn|spring|summer|autumn|winter|fall)"
        rf"{_}of{_}(?:the{_})?|(?:early|late|mid|earlier|later)(?:{_}|-)|mid-))"
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
PART = words(p for p in lexicon.PARTS_OF_DAY if p not in ("midday", "noon", "midnight", "overnight"))
CLOCK = (
    rf"(?:(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?{_}?"
    rf"(?P<ampm>[ap]\.?{_}?m\b\.?|[AP]M\b)"
    rf"|(?P<hour2>[01]?\d|2[0-3]):(?P<minute2>[0-5]\d)(?![\d:])"
    rf"|(?P<hour3>[01]\d|2[0-3])(?P<minute3>[0-5]\d){_}(?=GMT|UTC|hours|hrs|local)"
    rf"|(?P<hour4>{words(lexicon.NUMBERS)}|\d{{1,2}}){_}o'clock"
    rf"|(?P<named>noon|midnight|midday))"
)
HOLIDAY = cased(list(lexicon.FIXED_HOLIDAYS) + list(lexicon.MOVABLE_HOLIDAYS))
RELATIVE_DAY = words(("today", "tonight", "yesterday", "tomorrow", "the day before yesterday",
                      "the day after tomorrow"))


def rule(name: str, pattern: str, normaliser: str | None = None) -> Rule:
    """Compile one rule (case-insensitive unless a part says otherwise)."""
    compiled = re.compile(rf"(?<![\w'’-])(?:{pattern})(?![\w’]|'\w|-\w)", re.IGNORECASE)
    return Rule(name, compiled, normaliser or name)


RULES: tuple[Rule, ...] = (
    # 2021-08-30, 2021-08-30T10:30
    rule("iso", r"(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
                r"(?:T(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::\d\d)?)?"),
    # 08/30/2021 (month first, unless it cannot be), 30.08.2021
    rule("numeric", r"(?P<first>[0-3]?\d)(?P<sep>[/.])(?P<second>[0-3]?\d)(?P=sep)"
                    r"(?P<year>\d{4}|\d\d)"),
    # 10:30 a.m., 9 a.m. EST Tuesday, noon Thursday, around 7:15 p.m.
    rule("clock", rf"(?:(?P<approx>about|around|approximately|shortly{_}after|shortly{_}before|"
                  rf"just{_}after|just{_}before|by|until){_})?{CLOCK}{ZONE}"
                  rf"(?:,?{_}(?P<when>{words(FULL_WEEKDAYS)}|today|tonight|yesterday|tomorrow|"
                  rf"{cased(FULL_MONTHS + SHORT_MONTHS)}\.?{_}{DAY_NUMBER}))?", "clock"),
    # 4 in the morning
    rule("clock_part", rf"(?P<hour>{words(lexicon.NUMBERS)}|\d{{1,2}}){_}in{_}the{_}(?P<part>morning|afternoon|evening)"),
    # Monday, Aug. 30, 2021 / Aug. 30 / early August 30th
    rule("month_day", rf"(?:{WEEKDAY},?{_})?{DATE_MOD}?{MONTH}{_}(?:the{_})?{DAY}"
                      rf"(?:(?:,{_}?|{_}|,)(?P<ycomma>{YEAR_NUMBER}|{SPOKEN_YEAR}))?"
                      rf"(?P<tail>{_}?(?:-|–|—|to|and|through|or){_}?(?P<day2>{DAY_NUMBER}))?"),
    # 30 August 2021 / the 30th of August / Monday 30 August
    rule("day_month", rf"(?:{WEEKDAY},?{_})?(?:the{_})?{DAY}(?:{_}of)?{_}{MONTH}"
                      rf"(?:,?{_}(?P<ycomma>{YEAR_NUMBER}))?"),
    # March 2020, early March 2020, June last year, last March, this coming May
    rule("month_year", rf"{MOD}?{MONTH},?{_}(?:of{_})?{YEAR}"),
    rule("month_relyear", rf"{MONTH}{_}(?P<rel>this|last|next){_}year"),
    rule("month_rel", rf"(?P<rel>last|next|this|this{_}past|this{_}coming|the{_}previous|"
                      rf"the{_}following|each|every){_}{MOD}?{MONTH}"),
    rule("month", rf"{MOD}?{MONTH}"),
    # Monday, last Monday, next Monday morning, early Tuesday, Mondays
    rule("weekday", rf"(?P<rel>(?:last|next|this|this{_}past|this{_}coming|the{_}previous|"
                    rf"the{_}following|the{_}next|the{_}same|earlier|later|early|late|every|each)"
                    rf"(?:{_}|-))?{WEEKDAY}(?P<plural>s)?(?:{_}(?P<part>{PART})(?P<partplural>s)?)?"),
    # today, late yesterday, tomorrow morning, this evening, last night
    rule("relative_day", rf"(?P<mod>(?:early|late|earlier|later){_})?(?P<day>{RELATIVE_DAY})"
                         rf"(?:{_}(?P<part>{PART}))?"),
    rule("part_of_day", rf"(?P<rel>this|last|tomorrow|yesterday|early{_}this|late{_}this|"
                        rf"later{_}this|earlier{_}this|the|that|the{_}next|the{_}following|"
                        rf"the{_}same){_}(?P<part>{PART})|(?P<overnight>overnight)|"
                        rf"(?P<mid>mid-?{_}?(?:afternoon|morning|day))"),
    # Christmas, Thanksgiving Day, last Easter, Christmas 2020
    rule("holiday", rf"(?P<rel>(?:last|next|this){_})?(?P<holiday>{HOLIDAY})(?:,?{_}{YEAR})?"),
    # 1953-2001, 1990-91 (two DATEs, as TempEval tags ranges)
    rule("year_range", rf"(?P<year>{YEAR_NUMBER}){_}?(?:-|–|—|/){_}?(?P<year2>{YEAR_NUMBER}|\d\d(?!\d))"),
    # 2019, fiscal 1989, the year 2000, early 2020, mid-1996, the 1988 period
    rule("year", rf"{MOD}?(?P<fiscal>(?:the{_})?(?:fiscal|calendar|financial|model|school)"
                 rf"(?:{_}year)?{_}|FY{_}?|the{_}year{_})?{YEAR}"
                 rf"(?:{_}(?P<period>period|season))?"),
    # the 1990s, the early '80s, the nineties
    rule("decade", rf"the{_}{MOD}?(?P<decade>(?:1\d|20)\d0s|'?\d0s|(?:twenties|thirties|forties|"
                   rf"fifties|sixties|seventies|eighties|nineties))|{mod('mod2')}?(?P<decade2>(?:1\d|20)\d0s|'\d0s)"),
    # the 20th century, the nineteenth century, the 11th-century
    rule("century", rf"(?:the{_})?{MOD}?(?P<ordinal>\d{{1,2}}(?:st|nd|rd|th)|"
                    rf"{words(lexicon.ORDINALS)})[- ]century"),
    # the third quarter of 1990, Q3 2021, this year's first quarter, fourth-quarter
    rule("quarter", rf"(?:(?P<det>the|its|their|a|this{_}year's|last{_}year's|next{_}year's|"
                    rf"the{_}year-ago|the{_}year-earlier|the{_}comparable|the{_}same){_})?"
                    rf"(?:(?P<yearbefore>{YEAR_NUMBER}){_})?(?:fiscal[- ]?)?"
                    rf"(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?"
                    rf"(?P<what>quarter|half)(?:{_}of{_}(?:(?:the|this|last|next){_}(?P<relyear>year)"
                    rf"|(?:fiscal{_})?(?P<year>{YEAR_NUMBER})))?"
                    rf"|Q(?P<qnumber>[1-4])(?:{_}(?P<qyear>{YEAR_NUMBER}))?"
                    rf"|(?P<qyearfirst>{YEAR_NUMBER}){_}Q(?P<qnumber2>[1-4])"
                    rf"|H(?P<hnumber>[12]){_}(?P<hyear>{YEAR_NUMBER})"),
    # last summer, this spring, the winter of 1994, early fall
    rule("season", rf"(?P<rel>(?:last|next|this|this{_}past|this{_}coming|the{_}past|the|that|"
                   rf"early|late|mid-|the{_}early|the{_}late|each|every){_}|mid-)?"
                   rf"(?P<season>spring|summer|autumn|fall|winter)"
                   rf"(?:{_}(?:of{_})?{YEAR})?"),
    # 50 years ago, two weeks earlier, a few days later, three days from now
    rule("ago", rf"(?:(?P<approx>{APPROX}){_})?(?P<number>{NUMBER}|{VAGUE})?{_}?(?:(?P<more>more|full){_})?"
                rf"{ANY_UNIT}(?:{_}or{_}(?:so|two|more))?{_}(?P<direction>ago|earlier|later|"
                rf"from{_}now|hence|back|before|after|prior)(?!{_}(?:the|a|an|his|her|its|their|"
                rf"being|he|she|it|they|we|I)\b)"),
    # every week, each day, every two years, once a week, twice a year
    rule("set", rf"(?P<freq>once|twice|thrice|\w+{_}times){_}(?:a|an|per|each|every){_}{ANY_UNIT}"
                rf"|(?P<every>every|each|per){_}(?:(?P<number>{NUMBER}|other){_})?{ANY_UNIT}"),
    rule("frequency", rf"(?-i:{words(lexicon.FREQUENCIES)})"),
    # the past two months, about three days, 16-hour, two-and-a-half years, decades
    rule("duration", rf"(?:(?P<approx>{APPROX}){_})?(?:(?P<det>the{_}(?:past|last|next|first|coming|"
                     rf"previous|following|final|latest|remaining|entire|whole|full|initial|"
                     rf"ensuing|subsequent)|the|another|an{_}additional|an{_}extra|these|those|"
                     rf"over{_}the{_}(?:past|last|next)){_})?"
                     rf"(?:(?P<number>{NUMBER})(?:{_}(?:and{_})?(?P<half>a{_}half))?|(?P<vague>{VAGUE}))"
                     rf"(?:(?:{_}|-)(?P<more>more|additional|extra|straight|consecutive|full|long|"
                     rf"successive|short|long))?{_}{ANY_UNIT}(?P<andhalf>{_}and{_}a{_}half)?"
                     rf"(?:{_}(?P<ahead>ahead|to{_}come|long))?(?!{_}old\b)"),
    rule("duration_half", rf"half{_}(?:an?|one){_}{ANY_UNIT}|(?:a|one){_}half[- ]{ANY_UNIT}", "duration"),
    rule("duration_compound", rf"(?P<number>\d+(?:\.\d+)?|{NUMBER_WORD}|several|multi)-{ANY_UNIT}"
                              rf"(?:-long)?(?!-old)", "duration"),
    rule("duration_long", rf"(?P<unit>day|week|month|year|decade|century|hour)s?-long", "duration"),
    rule("duration_vague", rf"(?:(?P<det>the{_}(?:past|last|next|coming|early|following|ensuing)|"
                           rf"recent|coming|the|past|those|these|(?:the{_})?(?:few|many|several)){_})?"
                           rf"(?P<unit>second|minute|hour|day|week|month|year|decade|quarter)(?P<plural>s)"
                           rf"|(?P<unit2>centuries|millennia)"
                           rf"(?:{_}(?P<ahead>ahead|to{_}come))?(?!{_}old\b)(?!-old)", "duration_vague"),
    # last week, this month, next year, the past year, the following week,
    # earlier this year, the end of the month, the weekend, this century
    rule("relative_unit", rf"{MOD}?(?P<rel>{RELATIVE}){_}(?:(?P<fiscal>fiscal|calendar|financial){_})?"
                          rf"(?P<unit>week|weekend|month|year|quarter|decade|century|half|season|day|millennium)"
                          rf"(?:'s{_}end)?(?P<ago>{_}ago)?"),
    rule("relative_mod", rf"(?P<mod>earlier|later|early|late){_}(?:in{_})?(?P<rel>this|last|next|the)"
                         rf"{_}(?P<unit>week|month|year|quarter|decade|century)", "relative_unit"),
    rule("year_end", rf"(?:(?:the|around){_})?(?:year[- ]end|year's{_}end|the{_}year's{_}end)"),
    # year-earlier, the year-ago quarter, the comparable year-ago period
    rule("year_ago", rf"(?:the{_})?(?:(?:comparable|same|corresponding){_})?(?:year-(?:earlier|ago)|"
                     rf"prior-year|year-before)(?:{_}(?P<what>quarter|period|nine{_}months|"
                     rf"six{_}months|(?:first|second|third|fourth){_}quarter|results))?"),
    # now, recently, the future, in the near term
    rule("reference", rf"(?P<ref>{REFERENCE})"),
)
