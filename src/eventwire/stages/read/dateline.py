"""Find the wire dateline that opens a story, and the date of a byline.

A dateline is what a wire service writes before the first sentence:
``CAIRO, August 30. /TASS/.``, ``KABUL, Aug 30 (Reuters) -``,
``ISLAMABAD —``. The rules are data, in the spirit of trafilatura's
``xpaths.py``: `DATELINE_RULES` is an ordered tuple of compiled patterns,
most specific first, built from small named pieces (place, date, agency
marker, separator); `AGENCIES` maps each agency to the ways it is written.

What a match reports:

- ``place``: the place phrase exactly as written, from the start of the
  dateline up to the date or the agency marker: the city (or several,
  ``KABUL/ISLAMABAD``) with any region that qualifies it
  (``KABUL, Afghanistan``, ``SAN DIEGO, Calif.``, ``New Delhi [India]``,
  ``Srinagar (Jammu and Kashmir) [India]``). Never the weekday,
  date or agency. ``None`` only for datelines that start with the date
  (UPI's ``Aug. 30 (UPI) --``).
- ``agency``: the canonical name from `AGENCIES` ("AA" gives "Anadolu");
  an outlet the table lacks, in brackets after a dated dateline
  (``GUAYAQUIL, Nov 29 (Pacific Wire) -``), is kept as written; None when
  the dateline names no agency (VOA's ``ISLAMABAD —``).
- span (``start``/``end``): from the first character of the dateline to
  the end of its last part: the agency marker with its own punctuation
  (``(Reuters)``, ``/TASS/.``, bare ``Kyodo``), or the date, or the place
  when there is neither. The separator (dash, colon, ``.-``) and the
  spaces around it are outside the span.
- ``body_start``: the first non-space character after the separator, i.e.
  where the story text begins. For a place that stands alone on its line
  (Anadolu's ``ANKARA``) that is the start of the next line.
- ``date``: ISO ``YYYY-MM-DD`` only when the dateline gives day, month and
  year; `DatelineMatch.date` holds whatever part of a date it gives.
"""

from __future__ import annotations

import calendar
import re
from typing import NamedTuple

from ...model import Dateline, DatelineMatch, PartialDate

# Each agency under its canonical name, with the spellings datelines use.
# Matching is case-insensitive ("(REUTERS)", "(DPA)").
AGENCIES: dict[str, tuple[str, ...]] = {
    "TASS": ("TASS", "ITAR-TASS"),
    "Reuters": ("Reuters",),
    "AP": ("AP", "Associated Press"),
    "AFP": ("AFP", "Agence France-Presse"),
    "Xinhua": ("Xinhua",),
    "UPI": ("UPI",),
    "Anadolu": ("AA", "Anadolu", "Anadolu Agency"),
    "VOA": ("VOA",),
    "Interfax": ("Interfax",),
    "Interfax-Ukraine": ("Interfax-Ukraine",),
    "dpa": ("dpa",),
    "EFE": ("EFE",),
    "ANSA": ("ANSA",),
    "PTI": ("PTI",),
    "ANI": ("ANI",),
    "IANS": ("IANS",),
    "UNI": ("UNI",),
    "APP": ("APP",),
    "BSS": ("BSS",),
    "Pajhwok": ("Pajhwok",),
    "Bernama": ("Bernama",),
    "Antara": ("Antara",),
    "Yonhap": ("Yonhap",),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "CNA": ("CNA",),
    "IRNA": ("IRNA",),
    "Sputnik": ("Sputnik",),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "APA": ("APA",),
    "KUNA": ("KUNA",),
    "WAM": ("WAM",),
    "SPA": ("SPA",),
    "MENA": ("MENA",),
    "NNA": ("NNA",),
    "Bloomberg": ("Bloomberg",),
}
_CANONICAL = {
    alias.lower(): name for name, aliases in AGENCIES.items() for alias in aliases
}

# All-caps words that open sentences and headlines but are not places, so
# "NATO — the alliance..." is not read as a dateline without an agency.
NOT_PLACES: frozenset[str] = frozenset({
    "AP", "AFP", "AU", "BREAKING", "CIA", "CORRECTION", "EDITORIAL", "EU",
    "EXCLUSIVE", "FBI", "FLASH", "IAEA", "IMF", "ISIS", "LIVE", "NATO",
    "NB", "NEW", "NOTE", "OPEC", "OPINION", "PS", "UK", "UN", "UPDATE",
    "UPDATED", "URGENT", "US", "USA", "UNICEF", "WATCH", "WHO", "WTO",
})

# --- pieces the rules are built from --------------------------------------
_UP = "A-ZÀ-ÖØ-Þ"
_LET = "A-Za-zÀ-ÖØ-öø-ÿ"
_SP = r"[^\S\r\n]"  # a space that does not end the line
_DASHES = "\\-‐‒–—―−"

_MONTH = (
    r"(?i:(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct"
    rf"|nov|dec)(?![{_LET}])\.?)"
)
_WEEKDAY = (
    r"(?i:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    rf"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)(?![{_LET}])\.?)"
)
_DAY = rf"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9{_LET}])"
_YEAR = r"(?:19|20)[0-9]{2}(?![0-9])"
_CALENDAR = (
    rf"(?:{_WEEKDAY},?{_SP}+)?"
    rf"(?:{_MONTH}{_SP}*{_DAY}|{_DAY}{_SP}+{_MONTH})(?:,?{_SP}+{_YEAR})?"
)
_DATE = rf"(?P<date>{_CALENDAR}|{_WEEKDAY})"
_DATED = rf"(?P<date>{_CALENDAR})"

# A place word: an initialism ("D.C."), a short abbreviation ("St.",
# "Calif.") unless a date follows (then the dot ends the place, as in
# Interfax's "KYIV. Aug 30"), or a capitalised word ("Port-au-Prince").
_NOT_DATE = rf"(?!{_MONTH}{_SP}*[0-9])(?!{_WEEKDAY})"
_ABBREV_END = rf"(?!{_SP}*(?:{_MONTH}{_SP}*[0-9]|[0-9]|{_WEEKDAY}))"
_WORD = (
    rf"{_NOT_DATE}(?:(?:[{_UP}]\.){{2,4}}|(?:[{_UP}]{{1,2}}|[{_UP}][a-z]{{1,4}})\.{_ABBREV_END}"
    rf"|[{_UP}][{_LET}'’\-]*[{_LET}]|[{_UP}])"
)
_LINK = r"(?:de|da|del|do|dos|das|di|du|des|la|le|el|al|es|am|an|der|den|upon|sur|of)"
_NAME = rf"{_WORD}(?:{_SP}+(?:{_LINK}{_SP}+)?{_WORD}){{0,3}}"
# ", Afghanistan"; ANI's " [India]", after a state in brackets if any.
_REGION = (
    rf"(?:,{_SP}+{_NAME}"
    rf"|(?:{_SP}*\([^()\r\n]{{1,40}}\))?{_SP}*\[[^\]\r\n]{{1,40}}\])"
)
_PLACE = rf"(?P<place>{_NAME}(?:{_SP}*/{_SP}*{_NAME}){{0,3}}{_REGION}?)"

# The no-agency forms accept only an all-caps city ("ISLAMABAD —").
_CAPS_WORD = rf"(?:[{_UP}]\.){{2,4}}|[{_UP}]{{1,2}}\.|[{_UP}][{_UP}'’\-]*[{_UP}]"
_CAPS_NAME = rf"(?:{_CAPS_WORD})(?:{_SP}+(?:{_CAPS_WORD})){{0,2}}"
_CAPS_PLACE = (
    rf"(?P<place>{_CAPS_NAME}(?:{_SP}*/{_SP}*{_CAPS_NAME}){{0,3}}(?:,{_SP}+{_NAME})?)"
)

_ALIASES = sorted(
    (alias for aliases in AGENCIES.values() for alias in aliases),
    key=len, reverse=True,
)
_AGENCY = "(?P<agency>(?i:" + "|".join(re.escape(a) for a in _ALIASES) + "))"
_PAREN_AGENCY = rf"\({_SP}*{_AGENCY}{_SP}*\)"
# An outlet the table does not know: one to four capitalised words.
_OUTLET_WORD = rf"[{_UP}][{_LET}&.'’\-]*"
_PAREN_OUTLET = rf"\({_SP}*(?P<outlet>{_OUTLET_WORD}(?:{_SP}+{_OUTLET_WORD}){{0,3}}){_SP}*\)"

_SEP = rf"{_SP}*(?:--|\.{_SP}?[{_DASHES}]|[{_DASHES}]|:)"
# After an agency marker: a separator, or a space and a new sentence (PTI
# writes "(PTI) The..."); "The Associated Press (AP) reported" is no dateline.
_AFTER_AGENCY = rf"(?:{_SEP}\s*|\s+(?=[{_UP}0-9\"“‘'«])|\s*\Z)"
# Without an agency a real dash is needed: an em dash or "--" may touch the
# words, a hyphen or en dash must stand between spaces ("KABUL-based" fails).
_DASH_SEP = rf"(?:{_SP}*(?:—|―|--){_SP}*|{_SP}+[\-‐‒–−]{_SP}+)(?=\S)\s*"
_ALONE = rf"(?={_SP}*(?:\r?\n|\Z))\s*"


class DatelineRule(NamedTuple):
    """One way of writing a dateline: a name and its compiled pattern."""

    name: str
    pattern: re.Pattern[str]


def _rule(name: str, line: str, tail: str) -> DatelineRule:
    """Compile a rule whose dateline part is `line` and separator `tail`."""
    return DatelineRule(name, re.compile(rf"{_SP}*(?P<line>{line}){tail}"))


# Ordered: the first rule that matches wins, so the most specific come first.
DATELINE_RULES: tuple[DatelineRule, ...] = (
    # CAIRO, August 30. /TASS/.
    _rule("slash-agency",
          rf"{_PLACE}(?:[,.]{_SP}*{_DATE})?\.?{_SP}*/{_SP}*{_AGENCY}{_SP}*/\.?",
          rf"(?:{_SEP})?\s*"),
    # KABUL, Aug 30 (Reuters) -   WASHINGTON (AP) —   Madrid, Aug 30 (EFE).-
    _rule("paren-agency",
          rf"{_PLACE}(?:[,.]?{_SP}+{_DATE})?,?{_SP}*{_PAREN_AGENCY}",
          _AFTER_AGENCY),
    # Aug. 30 (UPI) --
    _rule("paren-agency-no-place",
          rf"{_DATE}{_SP}*{_PAREN_AGENCY}", _AFTER_AGENCY),
    # TOKYO, Aug. 30 Kyodo -
    _rule("bare-agency",
          rf"{_PLACE}[,.]{_SP}+{_DATE}{_SP}+{_AGENCY}(?![{_LET}])",
          rf"{_SEP}\s*"),
    # GUAYAQUIL, Nov 29 (Pacific Wire) -   (an outlet we do not know: only
    # with a date and a separator, so "Joe Biden (Democrat) - who" stays out)
    _rule("paren-outlet",
          rf"{_PLACE}[,.]?{_SP}+{_DATED},?{_SP}*{_PAREN_OUTLET}", rf"{_SEP}\s*"),
    # MOSCOW, August 30 —
    _rule("dated-no-agency", rf"{_PLACE}[,.]{_SP}+{_DATED}", _DASH_SEP),
    # ISLAMABAD —  (only when a sentence follows on the line: at least three
    # words and some lower case, so "ANDES MONITOR — Politics" is a label)
    _rule("caps-place-dash", _CAPS_PLACE,
          rf"{_DASH_SEP}(?=[^\n]*[a-z])(?=\S+{_SP}+\S+{_SP}+\S)"),
    # ANKARA   (alone on its line, story text below)
    _rule("caps-place-alone", _CAPS_PLACE, _ALONE),
)

# Dates inside a dateline's date part, and in byline lines.
_MONTH_DAY = re.compile(
    rf"(?P<month>{_MONTH}){_SP}*(?P<day>{_DAY})(?:,?{_SP}+(?P<year>{_YEAR}))?"
)
_DAY_MONTH = re.compile(
    rf"(?P<day>{_DAY}){_SP}+(?P<month>{_MONTH})(?:,?{_SP}+(?P<year>{_YEAR}))?"
)
_NUM_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"
_NUM_MONTH = r"(?:1[0-2]|0?[1-9])"

# Byline dates, most specific first; each names its year, month and day.
# A numeric d/m/y date is taken only when the day is over 12, so the order
# cannot be misread ("04/05/2021" is left alone).
BYLINE_DATE_RULES: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in (
    rf"(?<![0-9])(?P<year>{_YEAR})[-/.](?P<month>{_NUM_MONTH})[-/.](?P<day>{_NUM_DAY})(?![0-9])",
    rf"(?P<month>{_MONTH}){_SP}*(?P<day>{_DAY}),?{_SP}+(?P<year>{_YEAR})",
    rf"(?P<day>{_DAY}){_SP}+(?P<month>{_MONTH}),?{_SP}+(?P<year>{_YEAR})",
    rf"(?<![0-9])(?P<day>{_NUM_DAY})\.(?P<month>{_NUM_MONTH})\.(?P<year>{_YEAR})",
    rf"(?<![0-9])(?P<day>1[3-9]|2[0-9]|3[01])/(?P<month>{_NUM_MONTH})/(?P<year>{_YEAR})",
    rf"(?<![0-9])(?P<month>{_NUM_MONTH})/(?P<day>1[3-9]|2[0-9]|3[01])/(?P<year>{_YEAR})",
    # No year: only when none follows (an impossible "Feb 29, 2021" stays out).
    rf"(?<![{_LET}])(?P<month>{_MONTH}){_SP}*(?P<day>{_DAY})(?!,?{_SP}+{_YEAR})",
    rf"(?<![0-9])(?P<day>{_DAY}){_SP}+(?P<month>{_MONTH})(?!,?{_SP}+{_YEAR})",
))

_MONTHS = {name[:3]: n for n, name in enumerate(calendar.month_name) if name}


def find_dateline(text: str, start: int = 0) -> DatelineMatch | None:
    """Read the wire dateline that begins at `start`, if there is one.

    Args:
        text: The article text.
        start: Offset of the start of a paragraph in `text`.

    Returns:
        The dateline with its exact offsets, its date and where the story
        text after it begins; None when the paragraph opens with no dateline.
    """
    for rule in DATELINE_RULES:
        found = rule.pattern.match(text, start)
        if found:
            dateline = _dateline(found)
            if dateline is not None:
                return dateline
    return None


def canonical_agency(name: str) -> str | None:
    """Return the canonical name of a news agency as written in a dateline.

    Args:
        name: The agency as written, e.g. "REUTERS", "AA", "ITAR-TASS".

    Returns:
        The key of `AGENCIES` it belongs to ("Reuters", "Anadolu", "TASS"),
        or None for an unknown agency.
    """
    return _CANONICAL.get(name.strip().lower())


def parse_byline_date(text: str) -> PartialDate | None:
    """Read the date of a byline or publication line.

    Args:
        text: A line such as "By Jane Doe | August 30, 2021",
            "Published: 30 Aug 2021 10:15 GMT", "Updated 2021-08-30" or
            "30.08.2021".

    Returns:
        The first valid date found by the first rule of `BYLINE_DATE_RULES`
        that finds one (year None when the line gives none), or None.
    """
    for pattern in BYLINE_DATE_RULES:
        for found in pattern.finditer(text):
            parts = found.groupdict()
            date = _partial_date(parts.get("year"), parts["month"], parts["day"])
            if date is not None:
                return date
    return None


def _dateline(found: re.Match[str]) -> DatelineMatch | None:
    """Build the match record from a rule's match; None if it is no dateline."""
    groups = found.groupdict()
    written = groups.get("agency") or groups.get("outlet")
    agency = (canonical_agency(written) or written) if written else None
    place = groups.get("place")
    if not groups.get("agency") and _not_a_place(place):
        return None
    date = _date_part(groups.get("date"))
    iso = None
    if date is not None and date.year is not None:
        iso = f"{date.year:04d}-{date.month:02d}-{date.day:02d}"
    dateline = Dateline(
        place=place, date=iso, agency=agency,
        start=found.start("line"), end=found.end("line"),
    )
    return DatelineMatch(dateline=dateline, date=date, body_start=found.end())


def _not_a_place(place: str | None) -> bool:
    """Tell whether a dateline place without an agency is a known non-place."""
    city = (place or "").split(",")[0].strip()
    return not city or city.upper() in NOT_PLACES or city.split()[0] in NOT_PLACES


def _date_part(written: str | None) -> PartialDate | None:
    """Read the date in a dateline's date part (None for a bare weekday)."""
    if not written:
        return None
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        found = pattern.search(written)
        if found:
            return _partial_date(found["year"], found["month"], found["day"])
    return None


def _partial_date(year: str | None, month: str, day: str | None) -> PartialDate | None:
    """Build a date from its written parts; None if no such day exists."""
    number = int(month) if month.isdigit() else _MONTHS[month[:3].title()]
    day_number = int(day.rstrip("stndrh")) if day else None
    year_number = int(year) if year else None
    # Without a year, allow 29 February: some year has it.
    last = calendar.monthrange(year_number or 2000, number)[1]
    if day_number is not None and not 1 <= day_number <= last:
        return None
    return PartialDate(year=year_number, month=number, day=day_number)
