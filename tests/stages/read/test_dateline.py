"""Tests for eventwire.stages.read.dateline on hand-written wire openings."""

from __future__ import annotations

import pytest

from eventwire.model import PartialDate
from eventwire.stages.read.dateline import (
    AGENCIES,
    canonical_agency,
    find_dateline,
    parse_byline_date,
)

# Each case: the opening of a story, the dateline as it must be cut out of
# it, the place, the canonical agency, the ISO date, the (year, month, day)
# of the date, and the first words of the story text after the separator.
# All sentences are invented.
DATELINES = [
    # TASS
    ("CAIRO, August 30. /TASS/. Talks between the two delegations resumed.",
     "CAIRO, August 30. /TASS/.", "CAIRO", "TASS", None, (None, 8, 30), "Talks"),
    ("MOSCOW, September 3. /TASS/. The ministry summoned the envoy.",
     "MOSCOW, September 3. /TASS/.", "MOSCOW", "TASS", None, (None, 9, 3), "The ministry"),
    ("KABUL, August 30, 2021. /TASS/. Shops reopened in the capital.",
     "KABUL, August 30, 2021. /TASS/.", "KABUL", "TASS", "2021-08-30", (2021, 8, 30), "Shops"),
    ("ST. PETERSBURG, June 4. /ITAR-TASS/. The forum opened on Friday.",
     "ST. PETERSBURG, June 4. /ITAR-TASS/.", "ST. PETERSBURG", "TASS", None, (None, 6, 4), "The forum"),
    ("NEW YORK, March 12. /TASS/ - The council met behind closed doors.",
     "NEW YORK, March 12. /TASS/", "NEW YORK", "TASS", None, (None, 3, 12), "The council"),
    # Reuters
    ("KABUL, Aug 30 (Reuters) - Fighting flared near the northern pass.",
     "KABUL, Aug 30 (Reuters)", "KABUL", "Reuters", None, (None, 8, 30), "Fighting"),
    ("KABUL/ISLAMABAD, Aug 30 (Reuters) - Border crossings stayed shut.",
     "KABUL/ISLAMABAD, Aug 30 (Reuters)", "KABUL/ISLAMABAD", "Reuters", None, (None, 8, 30), "Border"),
    ("WASHINGTON (Reuters) - The Senate passed the bill late on Tuesday.",
     "WASHINGTON (Reuters)", "WASHINGTON", "Reuters", None, None, "The Senate"),
    ("DUBAI, 30 August (Reuters) - Oil prices edged higher.",
     "DUBAI, 30 August (Reuters)", "DUBAI", "Reuters", None, (None, 8, 30), "Oil"),
    ("MOSCOW, Monday, August 30 (Reuters) - The Kremlin declined to comment.",
     "MOSCOW, Monday, August 30 (Reuters)", "MOSCOW", "Reuters", None, (None, 8, 30), "The Kremlin"),
    ("RIO DE JANEIRO, Nov 5 (Reuters) \u2013 Police raided three offices.",
     "RIO DE JANEIRO, Nov 5 (Reuters)", "RIO DE JANEIRO", "Reuters", None, (None, 11, 5), "Police"),
    ("LONDON, 30 August 2021 (REUTERS) - Shares fell in early trade.",
     "LONDON, 30 August 2021 (REUTERS)", "LONDON", "Reuters", "2021-08-30", (2021, 8, 30), "Shares"),
    ("N\u2019DJAMENA, Aug 30 (Reuters) - Rebels said they had taken a town.",
     "N\u2019DJAMENA, Aug 30 (Reuters)", "N\u2019DJAMENA", "Reuters", None, (None, 8, 30), "Rebels"),
    ("S\u00c3O PAULO, Aug 30 (Reuters) - Truckers ended their strike.",
     "S\u00c3O PAULO, Aug 30 (Reuters)", "S\u00c3O PAULO", "Reuters", None, (None, 8, 30), "Truckers"),
    # AP
    ("KABUL, Afghanistan (AP) \u2014 Crowds gathered outside the airport.",
     "KABUL, Afghanistan (AP)", "KABUL, Afghanistan", "AP", None, None, "Crowds"),
    ("WASHINGTON (AP) \u2014 Lawmakers returned from recess early.",
     "WASHINGTON (AP)", "WASHINGTON", "AP", None, None, "Lawmakers"),
    ("BEIRUT (AP) \u2014The power cut lasted a full day.",
     "BEIRUT (AP)", "BEIRUT", "AP", None, None, "The power"),
    ("SAN DIEGO, Calif. (AP) \u2014 The Navy delayed the launch.",
     "SAN DIEGO, Calif. (AP)", "SAN DIEGO, Calif.", "AP", None, None, "The Navy"),
    ("GENEVA, Sept. 3, 2021 (AP) \u2014 Negotiators agreed on a text.",
     "GENEVA, Sept. 3, 2021 (AP)", "GENEVA", "AP", "2021-09-03", (2021, 9, 3), "Negotiators"),
    # AFP
    ("Kabul (AFP) - Residents queued for bread at dawn.",
     "Kabul (AFP)", "Kabul", "AFP", None, None, "Residents"),
    ("KABUL, Aug 30, 2021 (AFP) - Flights were suspended.",
     "KABUL, Aug 30, 2021 (AFP)", "KABUL", "AFP", "2021-08-30", (2021, 8, 30), "Flights"),
    ("Paris (AFP) \u2013 Farmers blocked the ring road.",
     "Paris (AFP)", "Paris", "AFP", None, None, "Farmers"),
    # Xinhua
    ("KABUL, Aug. 30 (Xinhua) -- Prices of flour doubled this week.",
     "KABUL, Aug. 30 (Xinhua)", "KABUL", "Xinhua", None, (None, 8, 30), "Prices"),
    ("BEIJING, Sept. 1 (Xinhua) -- A new rail line opened.",
     "BEIJING, Sept. 1 (Xinhua)", "BEIJING", "Xinhua", None, (None, 9, 1), "A new"),
    # UPI
    ("WASHINGTON, Aug. 30 (UPI) -- The agency issued a warning.",
     "WASHINGTON, Aug. 30 (UPI)", "WASHINGTON", "UPI", None, (None, 8, 30), "The agency"),
    ("Aug. 30 (UPI) -- A storm made landfall overnight.",
     "Aug. 30 (UPI)", None, "UPI", None, (None, 8, 30), "A storm"),
    ("WASHINGTON, Aug. 30 (UPI)\u00a0-- Officials met again.",
     "WASHINGTON, Aug. 30 (UPI)", "WASHINGTON", "UPI", None, (None, 8, 30), "Officials"),
    # Anadolu
    ("ANKARA (AA) - The parliament approved the motion.",
     "ANKARA (AA)", "ANKARA", "Anadolu", None, None, "The parliament"),
    ("ISTANBUL (AA) - Ferry services resumed on Sunday.",
     "ISTANBUL (AA)", "ISTANBUL", "Anadolu", None, None, "Ferry"),
    ("ISTANBUL\n\nThe governor announced new measures.",
     "ISTANBUL", "ISTANBUL", None, None, None, "The governor"),
    # VOA and other datelines without an agency
    ("ISLAMABAD \u2014 Pakistani officials said the border would reopen.",
     "ISLAMABAD", "ISLAMABAD", None, None, None, "Pakistani"),
    ("WASHINGTON -- The White House named a new envoy.",
     "WASHINGTON", "WASHINGTON", None, None, None, "The White"),
    ("MOSCOW, August 30 \u2014 Russian officials met their counterparts.",
     "MOSCOW, August 30", "MOSCOW", None, None, (None, 8, 30), "Russian"),
    # Interfax
    ("MOSCOW. Aug 30 (Interfax) - The central bank kept rates unchanged.",
     "MOSCOW. Aug 30 (Interfax)", "MOSCOW", "Interfax", None, (None, 8, 30), "The central"),
    ("KYIV. Aug 30 (Interfax-Ukraine) - The cabinet met in the evening.",
     "KYIV. Aug 30 (Interfax-Ukraine)", "KYIV", "Interfax-Ukraine", None, (None, 8, 30), "The cabinet"),
    # dpa
    ("Berlin (dpa) - The coalition talks stalled again.",
     "Berlin (dpa)", "Berlin", "dpa", None, None, "The coalition"),
    ("Hamburg (DPA) - Dock workers walked out.",
     "Hamburg (DPA)", "Hamburg", "dpa", None, None, "Dock"),
    # EFE
    ("Madrid, Aug 30 (EFE).- The court postponed the hearing.",
     "Madrid, Aug 30 (EFE)", "Madrid", "EFE", None, (None, 8, 30), "The court"),
    ("Bogot\u00e1, 2 Sep (EFE).- Protesters marched downtown.",
     "Bogot\u00e1, 2 Sep (EFE)", "Bogot\u00e1", "EFE", None, (None, 9, 2), "Protesters"),
    # PTI, ANI, IANS
    ("New Delhi, Aug 30 (PTI) The government extended the scheme.",
     "New Delhi, Aug 30 (PTI)", "New Delhi", "PTI", None, (None, 8, 30), "The government"),
    ("New Delhi [India], Aug 30 (ANI): The minister chaired a meeting.",
     "New Delhi [India], Aug 30 (ANI)", "New Delhi [India]", "ANI", None, (None, 8, 30), "The minister"),
    ("Srinagar (Jammu and Kashmir) [India], Aug 30 (ANI): Schools reopened.",
     "Srinagar (Jammu and Kashmir) [India], Aug 30 (ANI)",
     "Srinagar (Jammu and Kashmir) [India]", "ANI", None, (None, 8, 30), "Schools"),
    ("New Delhi, Aug 30 (IANS) \u201cWe are ready,\u201d the spokesman said.",
     "New Delhi, Aug 30 (IANS)", "New Delhi", "IANS", None, (None, 8, 30), "\u201cWe"),
    # Asia-Pacific agencies
    ("SEOUL, Aug. 30 (Yonhap) -- The ruling party picked a candidate.",
     "SEOUL, Aug. 30 (Yonhap)", "SEOUL", "Yonhap", None, (None, 8, 30), "The ruling"),
    ("SEOUL, Aug. 30 (Yonhap) \u2014 Exports rose for a tenth month.",
     "SEOUL, Aug. 30 (Yonhap)", "SEOUL", "Yonhap", None, (None, 8, 30), "Exports"),
    ("KUALA LUMPUR, Aug 30 (Bernama) -- The committee will meet on Friday.",
     "KUALA LUMPUR, Aug 30 (Bernama)", "KUALA LUMPUR", "Bernama", None, (None, 8, 30), "The committee"),
    ("TOKYO, Aug. 30 Kyodo - The ruling coalition lost a seat.",
     "TOKYO, Aug. 30 Kyodo", "TOKYO", "Kyodo", None, (None, 8, 30), "The ruling"),
    ("TOKYO, Aug. 30 (Kyodo) -- A typhoon neared the coast.",
     "TOKYO, Aug. 30 (Kyodo)", "TOKYO", "Kyodo", None, (None, 8, 30), "A typhoon"),
    # Gulf, Iranian and Russian state agencies
    ("TEHRAN, Aug. 30 (IRNA) \u2013 The foreign minister left for Doha.",
     "TEHRAN, Aug. 30 (IRNA)", "TEHRAN", "IRNA", None, (None, 8, 30), "The foreign"),
    ("KUWAIT, Aug 30 (KUNA) -- The cabinet approved the budget.",
     "KUWAIT, Aug 30 (KUNA)", "KUWAIT", "KUNA", None, (None, 8, 30), "The cabinet"),
    ("ABU DHABI, 30th August, 2021 (WAM) -- The ministry signed a deal.",
     "ABU DHABI, 30th August, 2021 (WAM)", "ABU DHABI", "WAM", "2021-08-30", (2021, 8, 30), "The ministry"),
    ("MOSCOW, Aug 30 (Sputnik) - Moscow called the move unfriendly.",
     "MOSCOW, Aug 30 (Sputnik)", "MOSCOW", "Sputnik", None, (None, 8, 30), "Moscow"),
    ("BAKU, August 30 (APA) - The two presidents spoke by phone.",
     "BAKU, August 30 (APA)", "BAKU", "APA", None, (None, 8, 30), "The two"),
    # an outlet the agency table does not know, kept as written
    ("QUITO, Nov 29 (Harbour Wire) - Two bridges were closed.",
     "QUITO, Nov 29 (Harbour Wire)", "QUITO", "Harbour Wire", None, (None, 11, 29), "Two bridges"),
]

NOT_DATELINES = [
    "The Taliban (outlawed in Russia) said on Tuesday they had taken the pass.",
    "US President Joe Biden - who spoke on Monday - defended the withdrawal.",
    "Rebels push back assault on mountain checkpoint - sources",
    "Afghanistan's President Ashraf Ghani said on Friday that elections would go ahead.",
    "NATO said - in a short statement - that it would keep its mission.",
    "NATO \u2014 the alliance of thirty countries \u2014 met in Brussels.",
    "BREAKING \u2014 Explosion heard near the airport",
    "The Associated Press (AP) reported on Monday that the talks had failed.",
    "Agence France-Presse (AFP) said its reporter was safe.",
    "KABUL-based aid groups said food stocks were running low.",
    "Reuters reported that the convoy had reached the border.",
    "On August 30, fighters entered the valley.",
    "Monday, August 30 - a day nobody in the valley will forget.",
    "Kabul - the capital - was quiet on Sunday.",
    "He said (AFP) nothing more.",
    "Joe Biden (Democrat) - who chairs the panel - spoke first.",
    "RIVER POST \u2014 Politics",
    "WORLD \u2014 Latest",
    "KABUL, Afghanistan's capital, was quiet.",
    "\u201cWe will not give up,\u201d the commander said.",
    "",
]


@pytest.mark.parametrize(
    "text,line,place,agency,iso,parts,body", DATELINES, ids=[c[1] for c in DATELINES]
)
def test_find_dateline(text, line, place, agency, iso, parts, body):
    found = find_dateline(text)
    assert found is not None
    dateline = found.dateline
    assert text[dateline.start:dateline.end] == line
    assert dateline.start == 0
    assert dateline.place == place
    assert dateline.agency == agency
    assert dateline.date == iso
    expected = None if parts is None else PartialDate(year=parts[0], month=parts[1], day=parts[2])
    assert found.date == expected
    assert text[found.body_start:].startswith(body)


def test_dateline_styles_cover_ten_agencies():
    agencies = {case[3] for case in DATELINES if case[3] in AGENCIES}
    assert len(DATELINES) >= 45
    assert len(agencies) >= 10


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_no_dateline_in_ordinary_sentences(text):
    assert find_dateline(text) is None


def test_offsets_count_from_the_whole_text():
    text = "Flood waters rise in the south\n\nDHAKA, Aug 30 (Reuters) - Rivers burst their banks."
    start = text.index("DHAKA")
    found = find_dateline(text, start)
    assert found is not None
    assert text[found.dateline.start:found.dateline.end] == "DHAKA, Aug 30 (Reuters)"
    assert text[found.body_start:].startswith("Rivers")
    assert find_dateline(text, 0) is None


def test_impossible_date_keeps_the_dateline_without_a_date():
    found = find_dateline("CAIRO, February 30. /TASS/. Markets were closed.")
    assert found is not None
    assert found.dateline.place == "CAIRO"
    assert found.date is None
    assert found.dateline.date is None


def test_weekday_without_date():
    found = find_dateline("KABUL, Monday (AFP) - Gunfire was heard overnight.")
    assert found is not None
    assert found.dateline.place == "KABUL"
    assert found.date is None


@pytest.mark.parametrize("written,canonical", [
    ("REUTERS", "Reuters"), ("AA", "Anadolu"), ("ITAR-TASS", "TASS"),
    ("Associated Press", "AP"), ("dpa", "dpa"), ("Kyodo News", "Kyodo"),
    ("Daily Planet", None),
])
def test_canonical_agency(written, canonical):
    assert canonical_agency(written) == canonical


BYLINE_DATES = [
    ("By Jane Doe | August 30, 2021", (2021, 8, 30)),
    ("Published: 30 Aug 2021 10:15 GMT", (2021, 8, 30)),
    ("Updated 2021-08-30", (2021, 8, 30)),
    ("August 30, 2021 / 4:05 PM", (2021, 8, 30)),
    ("30.08.2021", (2021, 8, 30)),
    ("By John Roe, Reuters | Sept. 2, 2021 3:10 PM EDT", (2021, 9, 2)),
    ("Last updated: Monday, 30 August 2021, 14:05 BST", (2021, 8, 30)),
    ("Updated 2021-08-30T10:15:00Z", (2021, 8, 30)),
    ("Posted 2021/08/30 09:00", (2021, 8, 30)),
    ("Posted 08/30/2021", (2021, 8, 30)),
    ("Posted 30/08/2021", (2021, 8, 30)),
    ("By Jane Doe | Aug 30", (None, 8, 30)),
    ("Feb 29, 2024", (2024, 2, 29)),
]

NO_BYLINE_DATES = [
    "By Jane Doe",
    "04/05/2021",  # day and month could be either way round
    "Published: yesterday",
    "Feb 30, 2021",
    "Feb 29, 2021",  # no such day that year: the year is not dropped
    "Updated 2021-13-01",
    "",
]


@pytest.mark.parametrize("text,parts", BYLINE_DATES)
def test_parse_byline_date(text, parts):
    year, month, day = parts
    assert parse_byline_date(text) == PartialDate(year=year, month=month, day=day)


@pytest.mark.parametrize("text", NO_BYLINE_DATES)
def test_no_byline_date(text):
    assert parse_byline_date(text) is None
