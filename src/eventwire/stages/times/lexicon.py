"""The words time expressions are made of, and what each one means.

Pure data: `patterns` builds its regular expressions from these tables and
`normalise` looks the matched words up in them, so teaching the stage a new
word is a change here only. Keys are lower case, without a final full stop.
"""

from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                 "sept", "oct", "nov", "dec"})
# Month names that are also everyday words ("may", "march"): alone, they
# count only after a word that introduces a date ("in May", "last March").
AMBIGUOUS_MONTHS = frozenset({"may", "march"})

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}

# Parts of the day and their TimeML codes ("this morning" = 2021-08-30TMO).
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "mid-afternoon": "AF", "midafternoon": "AF",
    "mid afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "T12:00", "noon": "T12:00", "midnight": "T24:00",
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# First month of each season, northern hemisphere (winter starts in December).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

# Cardinal number words. "a"/"an" count as one ("a year ago").
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a thousand": 1000,
    "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a pair of": 2,
}
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNITS_1_9 = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# Quantities the text leaves open: the TimeML value gets an X ("PXD").
VAGUE_NUMBERS = frozenset({
    "a few", "few", "several", "many", "some", "a number of", "numerous",
    "the past few", "the last few",
    "the next few", "the coming", "the past several", "the last several",
    "the next several", "those", "these", "a series of",
})

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty first": 21,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

# Ordinal words a day of the month may be spoken as ("March eighth").
DAY_ORDINALS = {
    **{word: n for word, n in ORDINALS.items() if not word[0].isdigit()},
    "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}

# Calendar units: (TimeML letter, whether it is a time of day unit), and
# how a count of them is written (decades as years, "two decades" = P20Y,
# as TimeBank does; an open count keeps the unit: "decades" = PXDE).
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False),
    "fortnight": ("W", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
    "millennium": ("ML", False),
    "sec": ("S", True), "min": ("M", True), "hr": ("H", True), "yr": ("Y", False),
    "trading day": ("D", False), "business day": ("D", False),
    "working day": ("D", False),
}
UNITS_OF_PLURAL = {"centuries": "century", "millennia": "millennium", "secs": "sec",
                "mins": "min", "hrs": "hr", "yrs": "yr"}


def unit_forms() -> dict[str, str]:
    """Every written form of a unit ("days", "hrs") and its singular key."""
    forms = {unit: unit for unit in UNITS}
    forms.update({unit + "s": unit for unit in UNITS if unit not in ("century", "millennium")})
    forms.update({plural: UNITS_OF_PLURAL[plural] for plural in UNITS_OF_PLURAL})
    return forms


# Counts in one unit that TimeML writes in another.
UNIT_SCALE = {"fortnight": ("W", 2), "decade": ("Y", 10), "century": ("Y", 100),
              "millennium": ("Y", 1000)}

# Time-zone names a clock time may carry ("10 a.m. EDT", "1430 hours");
# the value ignores them, the extent keeps them.
ZONES = ("GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
         "BST", "CET", "CEST", "IST", "JST", "AEST", "local time", "Moscow time",
         "Zulu", "hours", "hrs")

# Words referring to the present, past or future as a whole.
REFERENCES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "these days": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "more recently": "PAST_REF",
    "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the medium term": "FUTURE_REF",
}

# Frequencies written as one word ("weekly" = every week, P1W).
FREQUENCIES = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
    "fortnightly": "P2W", "biweekly": "P2W", "monthly": "P1M",
    "annually": "P1Y", "yearly": "P1Y", "every day": "P1D",
}

# Holidays with a fixed date, and those computed each year (see normalise).
FIXED_HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "valentine's day": (2, 14), "halloween": (10, 31), "may day": (5, 1),
    "bastille day": (7, 14), "armistice day": (11, 11), "veterans day": (11, 11),
}
MOVABLE_HOLIDAYS = frozenset({
    "easter", "easter sunday", "easter monday", "good friday", "thanksgiving",
    "thanksgiving day", "labor day", "memorial day", "election day",
})

# Words that may introduce a date ("in March", "since 2019"); a bare
# year or an ambiguous month needs one of them before it.
DATE_CUES = frozenset({
    "in", "on", "since", "until", "till", "by", "from", "to", "through", "during",
    "before", "after", "between", "and", "or", "of", "early", "late", "mid",
    "last", "next", "this", "that", "each", "every", "around", "about", "circa",
    "fiscal", "year", "spring", "summer", "fall", "autumn", "winter", "end",
    "beginning", "start", "middle", "throughout", "for", "as", "at", "the",
    "into", "past", "than", "then", "later", "earlier", "mid-", "pre", "post",
})

# Verb words that put a time in the future ("will meet Monday", "is
# scheduled to close Monday", "planned a rally on Saturday"): a plan's
# verb is past while its date is still ahead, so these count whatever
# their tense.
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "could", "might",
                        "may", "should", "must", "going"})
FUTURE_VERBS = frozenset({"plan", "schedule", "expect", "due", "intend"})
FUTURE_PHRASES = ("as soon as", "as early as", "no later than", "not before",
                  "starting", "effective")
