"""Whether an event happened as stated: negated, hypothetical, future, past, tried.

`status_of` reads the trigger's own words (a negation, a modal, "had"), the
words that govern it ("denied attacking", "threatened to strike", "tried
to seize", "the attack was repelled") and the time expressions of its
clause, compared with the publication date.

The flags are independent: "did not try to attack" is negated; "could
attack next month" is hypothetical and future.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from spacy.tokens import Span, Token

from ...model import Status, Time

# An event whose time ends more than this many days before the publication
# date is historical: background, not news. Two weeks keep "last week" and
# "on Monday" current and send "last year", "in March" (read in November)
# and a city's fall a fortnight before the story to the past.
HISTORICAL_DAYS = 14

NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
NO_WORDS = frozenset({"no", "nobody", "none", "nothing", "noone", "no-one"})
HYPOTHETICAL_MODALS = frozenset({"could", "would", "might", "may", "can", "should", "must",
                                 "ought", "'d"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
CONDITIONS = frozenset({"if", "unless", "whether", "lest"})

# Verbs that govern the trigger (through "to", "-ing", "for" or an object)
# and what they say about it. "failed to reach" is negated; "a failed
# attack" (an adjective) is attempted.
NEGATING = frozenset({"deny", "refuse", "decline", "fail", "avoid", "reject", "refrain",
                      "rule", "dismiss", "cancel", "abandon", "halt", "suspend", "postpone"})
HYPOTHESISING = frozenset({"threaten", "call", "urge", "ask", "demand", "request", "appeal",
                           "want", "hope", "wish", "propose", "offer", "consider", "warn",
                           "push", "press", "vow", "pledge", "promise",
                           "order", "encourage", "invite", "advise", "recommend", "suggest",
                           "need", "discuss", "debate", "mull", "weigh", "authorize",
                           "authorise", "allow", "permit"})
FUTURE_GOVERNORS = frozenset({"plan", "intend", "prepare", "schedule", "expect", "aim",
                              "set", "go", "due", "gear", "ready", "poise", "mean"})
ATTEMPTING = frozenset({"try", "attempt", "seek", "strive", "endeavour", "endeavor",
                        "foil", "thwart", "repel", "repulse", "prevent", "avert", "block",
                        "stop", "disrupt", "frustrate", "fend", "beat"})
# Objects of these verbs are attempts, not plans: "foiled an attack".
STOPPING = frozenset({"foil", "thwart", "repel", "repulse", "prevent", "avert", "block",
                      "stop", "disrupt", "frustrate", "fend", "beat"})
# Conjoined verbs that say the trigger's attack was driven back.
REPELLING = frozenset({"repel", "repulse", "foil", "thwart", "rebuff"})
# Adjectives on a noun trigger.
ATTEMPT_ADJECTIVES = frozenset({"attempted", "failed", "foiled", "thwarted", "abortive",
                                "unsuccessful", "would-be", "botched", "aborted", "repelled"})
FUTURE_ADJECTIVES = frozenset({"planned", "upcoming", "forthcoming", "scheduled", "impending",
                               "imminent", "future", "next", "coming", "expected"})
HYPOTHETICAL_ADJECTIVES = frozenset({"possible", "potential", "proposed", "threatened",
                                     "hypothetical", "likely", "probable", "feared"})
HISTORICAL_ADJECTIVES = frozenset({"former", "past", "previous", "historic", "bygone"})
# Nouns that govern a trigger as "attempt to seize", "plans to attack".
NOUN_GOVERNORS = {"attempt": "attempted", "bid": "attempted", "effort": "attempted",
                  "try": "attempted", "plan": "future", "plot": "hypothetical",
                  "threat": "hypothetical", "call": "hypothetical", "demand": "hypothetical",
                  "proposal": "hypothetical", "offer": "hypothetical", "refusal": "negated",
                  "denial": "negated", "failure": "negated"}
# Verbs that report speech: "said they had attacked" is a backshifted past,
# not background history.
REPORTING = frozenset({"say", "tell", "report", "claim", "announce", "state", "add", "confirm",
                       "note", "declare", "allege", "insist", "explain", "write", "accuse"})
# Units of "N years ago", in days.
AGO_UNITS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650, "century": 36500}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 2, "many": 5}
# Dependencies that start a clause of its own, with its own time.
NESTED = frozenset({"ccomp", "advcl", "relcl", "csubj", "csubjpass", "parataxis", "conj",
                    "acl", "pcomp"})
VERB_POS = frozenset({"VERB", "AUX"})


def status_of(trigger: Token, *, anchor: date | None = None, times: Sequence[Time] = ()) -> Status:
    """Whether the event of `trigger` happened as stated.

    Args:
        trigger: the event's trigger token.
        anchor: the publication date, against which clause times count.
        times: the article's time expressions (offsets into the parsed text).
    Returns:
        The status flags.
    """
    flags: dict[str, bool] = {}
    _own_words(trigger, flags)
    for link, governor in governors(trigger):
        _governor_words(link, governor, flags)
    for verb in clause_verbs(trigger):
        _clause_words(verb, flags)
    _repelled(trigger, flags)
    _times(trigger, anchor, times, flags)
    return Status(**flags)


# --- the trigger's words ------------------------------------------------------
def _own_words(trigger: Token, flags: dict[str, bool]) -> None:
    for child in trigger.children:
        word = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "det" and word == "no"):
            flags["negated"] = True
        elif child.dep_ in ("nsubj", "nsubjpass") and _is_nobody(child):
            flags["negated"] = True  # "no one was killed"
        elif child.dep_ in ("amod", "compound", "advmod"):
            if word in ATTEMPT_ADJECTIVES:
                flags["attempted"] = True
            elif word in FUTURE_ADJECTIVES:
                flags["future"] = True
            elif word in HYPOTHETICAL_ADJECTIVES:
                flags["hypothetical"] = True
            elif word in HISTORICAL_ADJECTIVES:
                flags["historical"] = True
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() in NOUN_GOVERNORS:
        flags[NOUN_GOVERNORS[trigger.head.lemma_.lower()]] = True  # "a coup attempt"
    if trigger.dep_ in ("pobj", "pcomp") and trigger.head.lower_ == "without":
        flags["negated"] = True


def _is_nobody(token: Token) -> bool:
    if token.lower_ in NO_WORDS:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


# --- governing words ------------------------------------------------------------
def governors(trigger: Token) -> Iterator[tuple[str, Token]]:
    """The words that govern the trigger's factuality, nearest first.

    Yields (link, governor): "xcomp" for "tried to attack" and "denied
    attacking", "for" for "called for talks", "object" for "foiled an
    attack", "passive" for "the attack was repelled", "noun" for "an
    attempt to seize", "ccomp" for "denied that it attacked".
    """
    current = trigger
    for _ in range(4):
        head, dep = current.head, current.dep_
        if head.i == current.i:
            return
        if dep == "xcomp" or (dep == "pcomp" and head.dep_ == "prep"):
            governor = head if dep == "xcomp" else head.head
            yield "xcomp", governor
            current = governor
        elif dep == "pobj" and head.dep_ == "prep" and head.lower_ in ("for", "to", "of", "on"):
            yield "for", head.head
            current = head.head
        elif dep == "dobj":
            yield "object", head
            return
        elif dep == "nsubjpass":
            yield "passive", head
            return
        elif dep in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
            yield "noun", head  # "a plot to bomb", then what was done to the plot
            current = head
        elif dep == "ccomp":
            yield "ccomp", head
            return
        elif dep == "advcl" and head.lemma_.lower() in STOPPING and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            yield "object", head  # "thwarted a plot to bomb", parsed as a purpose clause
            return
        else:
            return


def _governor_words(link: str, governor: Token, flags: dict[str, bool]) -> None:
    lemma = governor.lemma_.lower()
    negated_governor = any(c.dep_ == "neg" for c in governor.children)
    if link == "noun" or (link == "for" and governor.pos_ in ("NOUN", "PROPN")):
        kind = NOUN_GOVERNORS.get(lemma)
        if kind:
            flags[kind] = True
        return
    if link == "ccomp":
        if lemma in NEGATING and lemma in ("deny", "reject", "dismiss"):
            flags["negated"] = True
        return
    if link in ("object", "passive"):
        if lemma in STOPPING:
            flags["attempted"] = True
        elif lemma in ("deny", "reject", "cancel", "postpone", "suspend"):
            flags["negated"] = True
        elif lemma in HYPOTHESISING - {"discuss", "debate", "consider"} and lemma != "order":
            flags["hypothetical"] = True  # "threatened attacks", "demanded talks"
        elif lemma in ("plan", "schedule", "prepare"):
            flags["future"] = True
        return
    # "xcomp" and "for": the governor's own modals and negation reach the trigger.
    if negated_governor:
        flags["negated"] = True
    if lemma in NEGATING:
        flags["negated"] = True
    elif lemma in ATTEMPTING and not negated_governor:
        flags["attempted"] = True
    elif lemma in HYPOTHESISING:
        flags["hypothetical"] = True
    elif lemma in FUTURE_GOVERNORS and (lemma != "go" or _is_progressive(governor)):
        flags["future"] = True


def _is_progressive(verb: Token) -> bool:
    """'is going to': "go" with a form of "be"."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def clause_verbs(trigger: Token) -> list[Token]:
    """The verb of the trigger's clause and the verbs that control it ("will try to")."""
    verbs = [trigger] if trigger.pos_ in VERB_POS else []
    for link, governor in governors(trigger):
        if link in ("xcomp", "for") and governor.pos_ in VERB_POS:
            verbs.append(governor)
    if not verbs:
        verb = clause_root(trigger)
        if verb.i != trigger.i:
            verbs.append(verb)
    return verbs


def _clause_words(verb: Token, flags: dict[str, bool]) -> None:
    for child in verb.children:
        word = child.lower_
        if child.dep_ in ("aux", "auxpass"):
            if word in HYPOTHETICAL_MODALS:
                flags["hypothetical"] = True
            elif word in FUTURE_MODALS:
                flags["future"] = True
        if child.dep_ == "neg":
            flags["negated"] = True
        if child.dep_ == "mark" and word in CONDITIONS:
            flags["hypothetical"] = True  # "if they attack"
        if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                         for g in child.children):
            flags["hypothetical"] = True  # "if talks fail, they will attack"
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children):
        flags["hypothetical"] = True


def _repelled(trigger: Token, flags: dict[str, bool]) -> None:
    """'attacked the post but were repelled': a conjoined verb of driving back.

    Only verbs that always mean an attack was stopped count; "blocked
    roads" or "beat people" after "rioted" are further acts, not failure.
    """
    if trigger.pos_ not in VERB_POS:
        return
    for child in trigger.children:
        if child.dep_ != "conj":
            continue
        lemma = child.lemma_.lower()
        particle = {c.lower_ for c in child.children if c.dep_ == "prt"}
        if lemma in REPELLING or (lemma in ("beat", "push", "fight", "fend") and particle & {"back", "off"}):
            flags["attempted"] = True


# --- time ---------------------------------------------------------------------
def clause_root(trigger: Token) -> Token:
    """The verb whose clause the trigger is in: itself, or the nearest verb above a noun."""
    current = trigger
    while current.pos_ not in VERB_POS and current.head.i != current.i:
        current = current.head
    return current


def clause_tokens(trigger: Token) -> set[int]:
    """Indices of the tokens of the trigger's clause, nested clauses left out.

    The clause is that of the trigger's verb, widened to the verbs that
    control it ("plans to attack next week" dates the attack).
    """
    root = clause_root(trigger)
    for link, governor in governors(root):
        if link in ("xcomp", "for"):
            root = governor
    keep = {t.i for t in root.subtree}
    for token in root.subtree:
        if token.i == root.i or token.dep_ not in NESTED:
            continue
        if token.dep_ in ("conj", "acl") and token.pos_ not in VERB_POS:
            continue
        if trigger.i in {t.i for t in token.subtree}:
            continue
        keep -= {t.i for t in token.subtree}
    return keep


def _times(trigger: Token, anchor: date | None, times: Sequence[Time], flags: dict[str, bool]) -> None:
    if _past_perfect(trigger):
        flags["historical"] = True
    tokens = clause_tokens(trigger)
    doc = trigger.doc
    recent = False
    for time in times:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None or span.root.i not in tokens:
            continue
        bounds = value_range(time.value) if time.type in ("DATE", "TIME") else None
        if bounds is None or anchor is None:
            continue
        start, end = bounds
        if end < anchor - timedelta(days=HISTORICAL_DAYS):
            flags["historical"] = True
        elif start > anchor:
            flags["future"] = True
        else:
            recent = True
    words = [doc[i] for i in sorted(tokens)]
    if _ago_days(words) > HISTORICAL_DAYS or _back_in(words):
        flags["historical"] = True
    if not times:  # the times stage has not run: the words of the clause
        past = clause_root(trigger).tag_ in ("VBD", "VBN") and not flags.get("future")
        if anchor is not None and _year_before(words, anchor, months=past):
            flags["historical"] = True
        relative = _relative(words)
        if relative:
            flags[relative] = True
    if recent and flags.get("historical") and not _has_old_time(trigger, anchor, times, tokens):
        flags["historical"] = False  # "had attacked on Monday": recent after all


def since(span: Span) -> bool:
    """A time that starts a state lasting until now ("in place since March"):
    with a recent time in the clause too, the event is recent."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "since"


def _has_old_time(trigger: Token, anchor: date | None, times: Sequence[Time], tokens: set[int]) -> bool:
    if anchor is None:
        return False
    doc = trigger.doc
    for time in times:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        bounds = value_range(time.value)
        if span is not None and span.root.i in tokens and bounds is not None and not since(span):
            if bounds[1] < anchor - timedelta(days=HISTORICAL_DAYS):
                return True
    return False


def _past_perfect(trigger: Token) -> bool:
    """'had taken', unless backshifted in reported speech ("said they had attacked")."""
    verb = clause_root(trigger)
    if verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return False
    return not (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING)


def _ago_days(words: Sequence[Token]) -> int:
    """Days of "N years ago" in the clause; 0 when there is none."""
    for n, token in enumerate(words):
        if token.lower_ != "ago" or n == 0:
            continue
        unit = words[n - 1].lemma_.lower().rstrip("s")
        if unit not in AGO_UNITS:
            continue
        amount = 1
        if n >= 2:
            before = words[n - 2].lower_
            amount = int(before) if before.isdigit() else NUMBER_WORDS.get(before, 1)
        return amount * AGO_UNITS[unit]
    return 0


def _back_in(words: Sequence[Token]) -> bool:
    return any(a.lower_ == "back" and b.lower_ == "in" for a, b in zip(words, words[1:]))


YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
DECADE = re.compile(r"^(1[89]\d0|20\d0)'?s$")


def _year_before(words: Sequence[Token], anchor: date, *, months: bool = True) -> bool:
    """Without the times stage: a year, decade or (`months`) month long gone."""
    for token in words:
        if token.dep_ == "pobj" and YEAR.match(token.text) and int(token.text) < anchor.year:
            return True
        match = DECADE.match(token.text)
        if match and int(match.group(1)) + 9 < anchor.year:
            return True
        # "in March", read in November: a month more than a month gone.
        if months and token.dep_ == "pobj" and token.head.lower_ in ("in", "since", "during") and \
                token.lower_ in MONTHS and token.text[0].isupper() and \
                not any(c.like_num for c in token.children) and \
                MONTHS.index(token.lower_) + 1 < anchor.month - 1:
            return True
    return False


MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
# "last year" is history; "next week" the future ("last week" is news).
RELATIVE = {("last", "year"): "historical", ("last", "decade"): "historical",
            ("last", "century"): "historical", ("next", "week"): "future",
            ("next", "month"): "future", ("next", "year"): "future", ("coming", "weeks"): "future",
            ("coming", "months"): "future", ("coming", "days"): "future"}


def _relative(words: Sequence[Token]) -> str | None:
    """Without the times stage: "last year" -> historical, "next month" -> future."""
    for first, second in zip(words, words[1:]):
        found = RELATIVE.get((first.lower_, second.lower_))
        if found:
            return found
    return None


SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14),
           "H1": (1, 6), "H2": (7, 12)}


def value_range(value: str | None) -> tuple[date, date] | None:
    """First and last day a TimeML value covers, or None when it names no period.

    "2021-08-25", "2021-W34", "2021-08", "2021-Q3", "2021-SU", "2021", the
    decade "199" and the century "19" are read; "PAST_REF", durations and
    values with unknown parts ("XXXX-08-30") are not.
    """
    if not value:
        return None
    try:
        if m := re.match(r"^(\d{4})-(\d\d)-(\d\d)", value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := re.match(r"^(\d{4})-W(\d\d)$", value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
        if m := re.match(r"^(\d{4})-(\d\d)$", value):
            return _months(int(m[1]), int(m[2]), int(m[2]))
        if m := re.match(r"^(\d{4})-Q([1-4])$", value):
            first = 3 * int(m[2]) - 2
            return _months(int(m[1]), first, first + 2)
        if (m := re.match(r"^(\d{4})-([A-Z]{2}|H[12])$", value)) and m[2] in SEASONS:
            first, last = SEASONS[m[2]]
            return _months(int(m[1]), first, last)
        if m := re.match(r"^(\d{4})$", value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
        if m := re.match(r"^(\d{3})$", value):
            return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31)
        if m := re.match(r"^(\d{2})$", value):
            return date(int(m[1]) * 100, 1, 1), date(int(m[1]) * 100 + 99, 12, 31)
    except ValueError:
        return None
    return None


def _months(year: int, first: int, last: int) -> tuple[date, date]:
    """First day of month `first` to last day of month `last` (13, 14: next year's)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    following = date(end_year + (end_month == 12), end_month % 12 + 1, 1)
    return date(year, first, 1), following - timedelta(days=1)
