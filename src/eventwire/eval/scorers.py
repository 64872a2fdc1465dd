"""Scorers: which output fields each gold set measures, and how.

A scorer measures one output field on one dataset and declares the
pipeline fields it `requires` (names as in `Eventwire.provides`). The
runner runs it only when the pipeline provides all of them; otherwise the
field is reported "not yet measured", never 0.

Like a spaCy component, a scorer is split in two: `observe` turns one gold
document and its `Extraction` into a small hashable observation (counts,
a label pair), or None when the document has nothing to score for this
field; `summarise` turns the observations into metrics with 95% bootstrap
intervals over documents. Conventions:

- The "main event" of a text is its first event (events are ordered by
  salience); for ACLED and CASE it is the first event with an ACLED type,
  as `--format acled` writes only those. A text with no such event is
  scored as predicting `NONE` and misses every event field.
- Spans are compared by offsets into `article.text`.
- Actor mentions (`Extraction.actors`, pipeline field "actors") are scored
  on their own, without events: PLOVER actors are located in the sentence
  and matched to the mention overlapping them most; ConfliBERT actor spans
  are matched one to one by overlap.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.eval import metrics as m
from eventwire.eval.datasets.case2021 import LABELS_BY_SUB_EVENT
from eventwire.eval.gold import (
    AcledGold,
    CameoClassGold,
    CameoNerGold,
    CaseGold,
    EventLocationGold,
    GeoGold,
    GoldActor,
    IndiaPoliceGold,
    Muc4Gold,
    PloverGold,
    PolnearGold,
    TimemlGold,
)
from eventwire.eval.report import Metric
from eventwire.model import Actor, ActorMention, Event, Extraction
from eventwire.stages.actors.dictionary import fold

# Pipeline fields, as named in `Eventwire.provides`.
EVENTS = "events"  # events with type, trigger and evidence
EVENT_ACLED = "events.acled"  # event.acled event_type / sub_event_type
EVENT_ACTORS = "events.actors"  # event.actors: role, text, country, sector, acled_inter
EVENT_LOCATION = "events.location"
EVENT_DATE = "events.date"
EVENT_SIZE = "events.size"  # event.size and event.fatalities
EVENT_STATUS = "events.status"
EVENT_MODE = "events.mode"
EVENT_QUAD = "events.quad_class"  # event.quad_class and event.cameo_root
PLACES, TIMES, QUOTES = "places", "times", "quotes"
ACTORS = "actors"  # actor mentions: ref, kind, name, country, sector

NONE = "NONE"  # the label predicted when the pipeline gives none
Observation = Hashable
Summary = tuple[list[Metric], dict[str, Any] | None]
Observe = Callable[[Any, Extraction], Observation | None]
Summariser = Callable[[list[Observation]], Summary]


@dataclass(frozen=True)
class Scorer:
    """One measured field of one dataset."""

    field: str
    requires: frozenset[str]
    observe: Observe
    summarise: Summariser
    description: str = ""


SCORERS: dict[str, tuple[Scorer, ...]] = {}


def register_scorers(dataset: str, *scorers: Scorer) -> None:
    """Add scorers to a dataset's list.

    Args:
        dataset: a registered dataset name.
        *scorers: the scorers, in report order.
    """
    SCORERS[dataset] = SCORERS.get(dataset, ()) + scorers


def scorer(
    field: str, requires: Iterable[str], summarise: Summariser, description: str
) -> Callable[[Observe], Scorer]:
    """Build a `Scorer` from its observe function (a decorator).

    Args:
        field: the field name shown in reports.
        requires: pipeline fields it needs.
        summarise: turns observations into metrics.
        description: how the field is measured, one sentence.

    Returns:
        A decorator turning an observe function into a `Scorer`.
    """

    def build(observe: Observe) -> Scorer:
        return Scorer(field, frozenset(requires), observe, summarise, description)

    return build


# --- summaries ---------------------------------------------------------------


def _metrics(
    items: Sequence[Observation], statistic: m.Statistic, support: int | None
) -> list[Metric]:
    """Point values of a statistic over all items, with bootstrap intervals."""
    point = statistic(Counter(items))
    intervals = m.bootstrap_ci(items, statistic)
    return [
        Metric(
            name=name,
            value=value,
            ci_low=(intervals.get(name) or (None, None))[0],
            ci_high=(intervals.get(name) or (None, None))[1],
            n=len(items),
            support=support,
        )
        for name, value in point.items()
    ]


def summarise_counts(items: list[Observation]) -> Summary:
    """Precision, recall and F1 from per-document (tp, fp, fn).

    Args:
        items: one (tp, fp, fn) per document.

    Returns:
        The three metrics (support: gold units) and no details.
    """

    def statistic(sample: Counter) -> dict[str, float | None]:
        tp, fp, fn = m.sum_vectors(sample) or (0, 0, 0)
        scores = m.prf(tp, fp, fn)
        return {"precision": scores.precision, "recall": scores.recall, "F1": scores.f1}

    tp, _, fn = m.sum_vectors(Counter(items)) or (0, 0, 0)
    return _metrics(items, statistic, tp + fn), None


def summarise_accuracy(items: list[Observation]) -> Summary:
    """Accuracy from per-document (correct, total).

    Args:
        items: one (correct, total) per document.

    Returns:
        The accuracy (support: items scored) and no details.
    """

    def statistic(sample: Counter) -> dict[str, float | None]:
        correct, total = m.sum_vectors(sample) or (0, 0)
        return {"accuracy": m.accuracy(correct, total)}

    total = (m.sum_vectors(Counter(items)) or (0, 0))[1]
    return _metrics(items, statistic, total), None


def summarise_resolution(items: list[Observation]) -> Summary:
    """Resolution accuracy from per-document (correct, matched, gold).

    Args:
        items: per document: gold mentions resolved right, gold mentions the
            pipeline found (and that can be checked), all checkable gold mentions.

    Returns:
        Accuracy on the found mentions and on all gold mentions (support:
        all checkable gold mentions), no details.
    """

    def statistic(sample: Counter) -> dict[str, float | None]:
        correct, matched, gold = m.sum_vectors(sample) or (0, 0, 0)
        return {
            "accuracy on found": m.accuracy(correct, matched),
            "accuracy on all gold": m.accuracy(correct, gold),
        }

    gold = (m.sum_vectors(Counter(items)) or (0, 0, 0))[2]
    return _metrics(items, statistic, gold), None


def summarise_labels(items: list[Observation]) -> Summary:
    """Accuracy, macro F1 and weighted F1 from per-document (gold, predicted) labels.

    Args:
        items: one (gold, predicted) pair per document.

    Returns:
        The metrics and a confusion matrix under `details["confusion"]`.
    """

    def statistic(sample: Counter) -> dict[str, float | None]:
        return {
            "accuracy": m.label_accuracy(sample),
            "macro F1": m.macro_f1(sample),
            "weighted F1": m.weighted_f1(sample),
        }

    return _metrics(items, statistic, None), {"confusion": m.confusion_matrix(items)}


def summarise_distance(items: list[Observation]) -> Summary:
    """Accuracy within 25 km and 161 km from per-document (within 25, within 161, total).

    Args:
        items: per document, counts of locations within each radius and in all.

    Returns:
        The two accuracies (support: gold locations), no details.
    """

    def statistic(sample: Counter) -> dict[str, float | None]:
        city, region, total = m.sum_vectors(sample) or (0, 0, 0)
        return {"within 25 km": m.accuracy(city, total), "within 161 km": m.accuracy(region, total)}

    total = (m.sum_vectors(Counter(items)) or (0, 0, 0))[2]
    return _metrics(items, statistic, total), None


def summarise_coverage(items: list[Observation]) -> Summary:
    """Coverage from per-document (found, located, not located) gold counts.

    Args:
        items: per document: gold units the pipeline found, gold units that
            could be placed in the text, gold units that could not (and so
            are not scored).

    Returns:
        The coverage, found / located (support: located gold units), and
        the three totals under `details`.
    """

    def statistic(sample: Counter) -> dict[str, float | None]:
        found, located, _ = m.sum_vectors(sample) or (0, 0, 0)
        return {"coverage": m.accuracy(found, located)}

    found, located, lost = m.sum_vectors(Counter(items)) or (0, 0, 0)
    details = {"found": found, "located": located, "not located": lost}
    return _metrics(items, statistic, located), details


# Confidence bins of the reliability table: [low, high).
RELIABILITY_BINS = ((0.0, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))
CONFIDENT = 0.8


def summarise_reliability(items: list[Observation]) -> Summary:
    """Calibration from per-document (confidence, correct) of the main event.

    Args:
        items: one (confidence, 1 or 0) per document with a main event.

    Returns:
        Accuracy of events at confidence >= 0.8, the expected calibration
        error over the bins, and the bins (n, mean confidence, accuracy)
        under `details["reliability"]`.
    """

    def statistic(sample: Counter) -> dict[str, float | None]:
        confident = [(c, ok, k) for (c, ok), k in sample.items() if c >= CONFIDENT]
        right = sum(ok * k for _, ok, k in confident)
        total = sum(k for *_, k in confident)
        return {"accuracy at confidence >= 0.8": m.accuracy(right, total),
                "calibration error (ECE)": calibration_error(sample)}

    return _metrics(items, statistic, None), {"reliability": reliability_bins(Counter(items))}


def reliability_bins(sample: Counter) -> list[tuple[str, int, float, float]]:
    """(bin, n, mean confidence, accuracy) for each non-empty confidence bin."""
    rows = []
    for low, high in RELIABILITY_BINS:
        inside = [((c, ok), k) for (c, ok), k in sample.items() if low <= c < high]
        n = sum(k for _, k in inside)
        if n:
            mean = sum(c * k for (c, _), k in inside) / n
            accuracy = sum(ok * k for (_, ok), k in inside) / n
            rows.append((f"{low:.1f}–{min(high, 1.0):.1f}", n, round(mean, 3), round(accuracy, 3)))
    return rows


def calibration_error(sample: Counter) -> float | None:
    """Expected calibration error: the bins' |accuracy - confidence|, weighted by size."""
    rows = reliability_bins(sample)
    total = sum(n for _, n, _, _ in rows)
    if not total:
        return None
    return sum(n * abs(accuracy - mean) for _, n, mean, accuracy in rows) / total


# --- shared helpers ----------------------------------------------------------


def main_event(extraction: Extraction) -> Event | None:
    """The event the text is mainly about (the first), if any."""
    return extraction.events[0] if extraction.events else None


def main_acled_event(extraction: Extraction) -> Event | None:
    """The most salient event with an ACLED type, if any."""
    return next((e for e in extraction.events if e.acled.event_type), None)


def _distance_counts(lat: float, lon: float, place: Any) -> tuple[int, int, int]:
    """(within 25 km, within 161 km, 1) for a gold point and a predicted place."""
    if place is None or place.lat is None or place.lon is None:
        return (0, 0, 1)
    km = m.haversine_km(lat, lon, place.lat, place.lon)
    return (int(km <= m.CITY_KM), int(km <= m.REGION_KM), 1)


def _multiset_counts(gold: Counter, pred: Counter) -> tuple[int, int, int]:
    """(tp, fp, fn) of two multisets."""
    tp = sum((gold & pred).values())
    return tp, sum(pred.values()) - tp, sum(gold.values()) - tp


def _first_actor(event: Event | None, role: str) -> Actor | None:
    """The event's first actor in a role."""
    return next((a for a in event.actors if a.role == role), None) if event else None


# --- ACLED -------------------------------------------------------------------


@scorer("event_type", [EVENTS, EVENT_ACLED], summarise_labels, "ACLED event type of the main event")
def acled_event_type(gold: AcledGold, ex: Extraction) -> Observation | None:
    """(gold, predicted) ACLED event type; None when gold cannot tell."""
    event = main_acled_event(ex)
    return (gold.event_type, event.acled.event_type if event else NONE) if gold.event_type else None


def held_out(gold: AcledGold) -> bool:
    """Rows 2, 4, 6, ... of the ACLED dev file: while rules were written from
    its errors, only the other half's were read (docs/accuracy.md)."""
    return gold.row % 2 == 0


@scorer("event_type (held-out half)", [EVENTS, EVENT_ACLED], summarise_accuracy,
        "as event_type, on the even-numbered rows, whose errors were never read")
def acled_event_type_held_out(gold: AcledGold, ex: Extraction) -> Observation | None:
    """(1, 1) when right; None on the tuning half or when gold cannot tell."""
    event = main_acled_event(ex)
    if not held_out(gold) or not gold.event_type:
        return None
    return (int(event is not None and event.acled.event_type == gold.event_type), 1)


@scorer("sub_event_type", [EVENTS, EVENT_ACLED], summarise_labels,
        "ACLED sub-event type of the main event")
def acled_sub_event_type(gold: AcledGold, ex: Extraction) -> Observation | None:
    """(gold, predicted) sub-event type; None where the 2016 schema cannot tell."""
    event = main_acled_event(ex)
    predicted = (event.acled.sub_event_type if event else None) or NONE
    return (gold.sub_event_type, predicted) if gold.sub_event_type else None


@scorer("event_date", [EVENTS, EVENT_ACLED, EVENT_DATE], summarise_accuracy,
        "main event date equals the ACLED date")
def acled_date(gold: AcledGold, ex: Extraction) -> Observation | None:
    """(1, 1) when the main event's date value is the gold day."""
    event = main_acled_event(ex)
    predicted = event.date.value if event and event.date else None
    return (int(predicted == gold.date), 1) if gold.date else None


MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")


def names_day(text: str, day: str) -> bool:
    """Whether a note names its event's day ("on 20 June", "June 20", "20/06")."""
    year, month, dom = (int(x) for x in day.split("-"))
    name = MONTHS[month - 1]
    lowered = text.lower()
    patterns = (rf"\b0?{dom}(st|nd|rd|th)?\s+(of\s+)?{name[:3]}", rf"\b{name[:3]}[a-z]*\.?\s+0?{dom}\b",
                rf"\b0?{dom}\s*/\s*0?{month}\b")
    return any(re.search(p, lowered) for p in patterns)


@scorer("event_date (notes naming the day)", [EVENTS, EVENT_ACLED, EVENT_DATE], summarise_accuracy,
        "main event date equals the ACLED date, on notes whose text names that day")
def acled_date_named(gold: AcledGold, ex: Extraction) -> Observation | None:
    """(1, 1) when right; None unless the note names the gold day."""
    if not gold.date or not names_day(ex.article.text, gold.date):
        return None
    event = main_acled_event(ex)
    predicted = event.date.value if event and event.date else None
    return (int(predicted == gold.date), 1)


@scorer("fatalities", [EVENTS, EVENT_ACLED, EVENT_SIZE], summarise_accuracy,
        "main event fatalities equal ACLED's")
def acled_fatalities(gold: AcledGold, ex: Extraction) -> Observation | None:
    """(1, 1) when the main event reports exactly the gold fatalities."""
    return _fatalities_right(gold, ex)


@scorer("fatalities (held-out half)", [EVENTS, EVENT_ACLED, EVENT_SIZE], summarise_accuracy,
        "as fatalities, on the even-numbered rows, whose errors were never read")
def acled_fatalities_held_out(gold: AcledGold, ex: Extraction) -> Observation | None:
    """(1, 1) when right; None on the tuning half."""
    return _fatalities_right(gold, ex) if held_out(gold) else None


def _fatalities_right(gold: AcledGold, ex: Extraction) -> Observation | None:
    if gold.fatalities is None:
        return None
    event = main_acled_event(ex)
    return (int(event is not None and event.fatalities == gold.fatalities), 1)


@scorer("fatalities (notes coded as one event)", [EVENTS, EVENT_ACLED, EVENT_SIZE], summarise_accuracy,
        "as above, on notes no other row repeats; where ACLED split one report into events "
        "by day or place, each row has a share of the deaths, while eventwire reports the "
        "report's total for its one event (CONTRACT.md)")
def acled_fatalities_whole(gold: AcledGold, ex: Extraction) -> Observation | None:
    """(1, 1) when right; None for a note shared with other rows."""
    return None if gold.shared_note else _fatalities_right(gold, ex)


@scorer("location", [EVENTS, EVENT_ACLED, EVENT_LOCATION], summarise_distance,
        "main event location vs ACLED lat/lon")
def acled_location(gold: AcledGold, ex: Extraction) -> Observation | None:
    """Whether the main event's place lies within 25 / 161 km of the gold point."""
    if gold.lat is None or gold.lon is None:
        return None
    event = main_acled_event(ex)
    return _distance_counts(gold.lat, gold.lon, event.location if event else None)


def _folded(name: str | None) -> str:
    """A place name compared without case, accents or spaces and dashes."""
    return "".join(c for c in fold(name or "") if c.isalnum())


@scorer("location admin1", [EVENTS, EVENT_ACLED, EVENT_LOCATION], summarise_accuracy,
        "main event's admin1 equals ACLED's admin1 (case, accents and punctuation ignored)")
def acled_admin1(gold: AcledGold, ex: Extraction) -> Observation | None:
    """(1, 1) when the admin1 names agree; None when gold gives none."""
    if not gold.admin1:
        return None
    event = main_acled_event(ex)
    predicted = event.location.admin1 if event and event.location else None
    return (int(bool(predicted) and _folded(predicted) == _folded(gold.admin1)), 1)


@scorer("actor inter codes", [EVENTS, EVENT_ACLED, EVENT_ACTORS], summarise_accuracy,
        "inter1/inter2 vs the first source/target actor's acled_inter (no actor2: no target)")
def acled_inter(gold: AcledGold, ex: Extraction) -> Observation | None:
    """(correct, 2) over the two inter codes of the main event."""
    event = main_acled_event(ex)
    if event is None:
        return (0, 2)
    source, target = _first_actor(event, "source"), _first_actor(event, "target")
    predicted = (source.acled_inter if source else None, target.acled_inter if target else None)
    return (int(predicted[0] == gold.inter1) + int(predicted[1] == gold.inter2), 2)


@scorer("confidence", [EVENTS, EVENT_ACLED], summarise_reliability,
        "main ACLED event's confidence against whether its event type is right")
def acled_confidence(gold: AcledGold, ex: Extraction) -> Observation | None:
    """(confidence, correct) of the main ACLED event; None without one."""
    event = main_acled_event(ex)
    if event is None or not gold.event_type:
        return None
    return (event.confidence, int(event.acled.event_type == gold.event_type))


register_scorers(
    "acled", acled_confidence, acled_event_type, acled_event_type_held_out, acled_sub_event_type,
    acled_date, acled_date_named, acled_fatalities, acled_fatalities_held_out, acled_fatalities_whole,
    acled_location, acled_admin1, acled_inter,
)


# --- PLOVER ------------------------------------------------------------------


@scorer("event type", [EVENTS], summarise_labels, "PLOVER type of the main event")
def plover_type(gold: PloverGold, ex: Extraction) -> Observation | None:
    """(gold, predicted) PLOVER type."""
    event = main_event(ex)
    return (gold.event, event.type if event else NONE)


@scorer("mode", [EVENTS, EVENT_MODE], summarise_accuracy,
        "mode of the main event, where gold gives one")
def plover_mode(gold: PloverGold, ex: Extraction) -> Observation | None:
    """(1, 1) when the main event's mode equals the gold mode."""
    event = main_event(ex)
    return (int(event is not None and event.mode == gold.mode), 1) if gold.mode else None


def _gold_actor_keys(gold: PloverGold, key: Callable[[GoldActor], str | None]) -> Counter:
    """Count (role, key) over gold sources and targets."""
    pairs = [("source", key(a)) for a in gold.sources] + [("target", key(a)) for a in gold.targets]
    return Counter(p for p in pairs if p[1])


def _pred_actor_keys(ex: Extraction, key: Callable[[Actor], str | None]) -> Counter:
    """Count (role, key) over the main event's actors."""
    event = main_event(ex)
    return Counter((a.role, key(a)) for a in (event.actors if event else ()) if key(a))


@scorer("actor country", [EVENTS, EVENT_ACTORS], summarise_counts,
        "(role, country code) of the main event's actors vs gold source/target codes")
def plover_country(gold: PloverGold, ex: Extraction) -> Observation | None:
    """(tp, fp, fn) of (role, country) pairs."""
    gold_keys = _gold_actor_keys(gold, lambda a: a.code)
    return _multiset_counts(gold_keys, _pred_actor_keys(ex, lambda a: a.country))


@scorer("actor sector", [EVENTS, EVENT_ACTORS], summarise_counts,
        "(role, sector) of the main event's actors vs gold source/target sectors")
def plover_sector(gold: PloverGold, ex: Extraction) -> Observation | None:
    """(tp, fp, fn) of (role, sector) pairs."""
    gold_keys = _gold_actor_keys(gold, lambda a: a.sector)
    return _multiset_counts(gold_keys, _pred_actor_keys(ex, lambda a: a.sector))


@scorer("confidence", [EVENTS], summarise_reliability,
        "main event's confidence against whether its PLOVER type is right")
def plover_confidence(gold: PloverGold, ex: Extraction) -> Observation | None:
    """(confidence, correct) of the main event; None without one."""
    event = main_event(ex)
    return (event.confidence, int(event.type == gold.event)) if event else None


register_scorers("plover", plover_type, plover_mode, plover_confidence, plover_country, plover_sector)


# --- PLOVER actor mentions ---------------------------------------------------

UNKNOWN_CODES = frozenset({"", "***"})  # gold gives no country or sector


def locate(text: str, phrase: str) -> tuple[int, int] | None:
    """Find the first occurrence of a phrase, ignoring case and how spaces are written.

    Gold actor texts were typed by coders: some carry stray or doubled
    spaces ("Homeland Union  (Conservatives)"), so any run of spaces in the
    phrase matches any run in the text.

    Args:
        text: the text searched.
        phrase: what to find.

    Returns:
        (start, end) of the first occurrence; None when it is absent or blank.
    """
    words = phrase.split()
    if not words:
        return None
    found = re.search(r"\s+".join(map(re.escape, words)), text, re.IGNORECASE)
    return found.span() if found else None


def best_mention(span: tuple[int, int], mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The mention sharing most characters with a span; a tie goes to the shorter, then the first.

    Args:
        span: a (start, end) gold span.
        mentions: the extracted actor mentions.

    Returns:
        The mention, or None when none overlaps the span.
    """
    best, best_key = None, (0, 0)
    for mention in mentions:
        key = (m.overlap(span, (mention.start, mention.end)), mention.start - mention.end)
        if key[0] > 0 and (best is None or key > best_key):
            best, best_key = mention, key
    return best


def plover_actor_matches(
    gold: PloverGold, ex: Extraction
) -> tuple[list[tuple[GoldActor, ActorMention | None]], int]:
    """Locate each gold actor in the sentence and pair it with its best mention.

    A gold actor is placed at the first case-insensitive occurrence of its
    `actorText` in the sentence; gold actors without text are skipped.

    Args:
        gold: a PLOVER sentence.
        ex: its extraction.

    Returns:
        (gold actor, mention overlapping it most or None) for each located
        gold actor (sources, then targets), and how many could not be located.
    """
    pairs: list[tuple[GoldActor, ActorMention | None]] = []
    lost = 0
    for actor in gold.sources + gold.targets:
        if not actor.text.strip():
            continue
        span = locate(gold.text, actor.text)
        if span is None:
            lost += 1
        else:
            pairs.append((actor, best_mention(span, ex.actors)))
    return pairs, lost


def _mention_attribute_counts(
    gold: PloverGold, ex: Extraction, ours: Callable[[ActorMention], str | None],
    gold_value: Callable[[GoldActor], str | None],
) -> Observation | None:
    """(correct, found, located) over located gold actors whose gold gives the attribute."""
    pairs, _ = plover_actor_matches(gold, ex)
    checkable = [(a, x) for a, x in pairs if (gold_value(a) or "") not in UNKNOWN_CODES]
    found = [(a, x) for a, x in checkable if x is not None]
    correct = sum(1 for a, x in found if ours(x) == gold_value(a))
    return (correct, len(found), len(checkable)) if checkable else None


@scorer("actor mention coverage", [ACTORS], summarise_coverage,
        "gold source/target actors, located in the sentence by their text, that some actor "
        "mention overlaps (located gold actors; those not found in the text are counted apart)")
def plover_mention_coverage(gold: PloverGold, ex: Extraction) -> Observation | None:
    """(found, located, not located) gold actors; None when the sentence has none with text."""
    pairs, lost = plover_actor_matches(gold, ex)
    if not pairs and not lost:
        return None
    return (sum(1 for _, mention in pairs if mention is not None), len(pairs), lost)


@scorer("actor mention country", [ACTORS], summarise_resolution,
        "country code of the mention overlapping each located gold actor most, on found actors "
        "and on all located gold actors (a miss is wrong); a gold IGO/NGO code (PLOVER's country "
        "slot) is matched by a mention with no country whose sector is that code")
def plover_mention_country(gold: PloverGold, ex: Extraction) -> Observation | None:
    """(correct, found, located) over gold actors with a country code."""
    return _mention_attribute_counts(gold, ex, plover_country, lambda a: a.code)


def plover_country(mention: ActorMention) -> str | None:
    """The mention's PLOVER country slot: its ISO3 code, or IGO/NGO.

    eventwire's contract keeps `country` for ISO3 codes and writes an
    international organisation's IGO/NGO code as its sector.
    """
    if mention.country is None and mention.sector in ("IGO", "NGO"):
        return mention.sector
    return mention.country


@scorer("actor mention sector", [ACTORS], summarise_resolution,
        "PLOVER sector (three letters) of the mention overlapping each located gold actor most, "
        "on found actors and on all located gold actors (a miss is wrong)")
def plover_mention_sector(gold: PloverGold, ex: Extraction) -> Observation | None:
    """(correct, found, located) over gold actors with a sector."""
    return _mention_attribute_counts(gold, ex, lambda m: m.sector, lambda a: a.sector)


register_scorers("plover", plover_mention_coverage, plover_mention_country, plover_mention_sector)


# --- TimeML ------------------------------------------------------------------


def _times(ex: Extraction) -> list[tuple[int, int]]:
    """Offsets of the extracted times."""
    return [(t.start, t.end) for t in ex.times]


@scorer("time span (strict)", [TIMES], summarise_counts, "TIMEX3 spans matched exactly")
def timeml_strict(gold: TimemlGold, ex: Extraction) -> Observation | None:
    """(tp, fp, fn) of exact span matches."""
    return m.span_counts([t.offsets for t in gold.timexes], _times(ex), "exact")


@scorer("time span (relaxed)", [TIMES], summarise_counts,
        "TIMEX3 spans matched by overlap (TempEval-3 relaxed)")
def timeml_relaxed(gold: TimemlGold, ex: Extraction) -> Observation | None:
    """(tp, fp, fn) of overlap span matches."""
    return m.span_counts([t.offsets for t in gold.timexes], _times(ex), "overlap")


@scorer("time value", [TIMES], summarise_counts,
        "TempEval-3 value F1: relaxed match with the same TimeML value")
def timeml_value(gold: TimemlGold, ex: Extraction) -> Observation | None:
    """(tp, fp, fn) where tp is a relaxed match with an equal value."""
    gold_values = [(t.start, t.end, t.value) for t in gold.timexes]
    return m.timex_value_counts(gold_values, [(t.start, t.end, t.value) for t in ex.times])


@scorer("time type", [TIMES], summarise_accuracy, "TimeML type of relaxed-matched times")
def timeml_type(gold: TimemlGold, ex: Extraction) -> Observation | None:
    """(correct, matched) types over relaxed matches; None when nothing matched."""
    pairs = m.match_spans([t.offsets for t in gold.timexes], _times(ex), "overlap")
    correct = sum(1 for i, j in pairs if gold.timexes[i].type == ex.times[j].type)
    return (correct, len(pairs)) if pairs else None


register_scorers("timeml", timeml_strict, timeml_relaxed, timeml_value, timeml_type)


# --- geoparsing --------------------------------------------------------------


def _places(ex: Extraction) -> list[tuple[int, int]]:
    """Offsets of the extracted places."""
    return [(p.start, p.end) for p in ex.places]


@scorer("toponym span (exact)", [PLACES], summarise_counts, "toponym spans matched exactly")
def geo_exact(gold: GeoGold, ex: Extraction) -> Observation | None:
    """(tp, fp, fn) of exact toponym spans."""
    return m.span_counts([t.offsets for t in gold.toponyms], _places(ex), "exact")


@scorer("toponym span (relaxed)", [PLACES], summarise_counts, "toponym spans matched by overlap")
def geo_relaxed(gold: GeoGold, ex: Extraction) -> Observation | None:
    """(tp, fp, fn) of overlapping toponym spans."""
    return m.span_counts([t.offsets for t in gold.toponyms], _places(ex), "overlap")


@scorer("GeoNames id", [PLACES], summarise_resolution,
        "exact GeoNames id, on relaxed-matched toponyms and on all gold toponyms with an id")
def geo_geonameid(gold: GeoGold, ex: Extraction) -> Observation | None:
    """(correct, found, gold) over gold toponyms that carry a GeoNames id; None when none do."""
    return geonameid_observation(gold, ex, "overlap")


@scorer("GeoNames id (exact span)", [PLACES], summarise_resolution,
        "exact GeoNames id, on toponyms found with exactly the gold span and on all gold "
        "toponyms with an id")
def geo_geonameid_exact(gold: GeoGold, ex: Extraction) -> Observation | None:
    """Like `geo_geonameid`, but a toponym counts as found only with its exact span.

    Resolution alone, closer to scoring a resolver on the gold spans: a
    partial match ("California" in "California State University", which
    GeoWebNews resolves to the university) is a span error, not a resolution.
    """
    return geonameid_observation(gold, ex, "exact")


def geonameid_observation(gold: GeoGold, ex: Extraction, matching: str) -> Observation | None:
    """(correct ids, toponyms found, gold toponyms) over gold toponyms with an id,
    a toponym found when its span matches by `matching` ("overlap", "exact")."""
    pairs = m.match_spans([t.offsets for t in gold.toponyms], _places(ex), matching)
    found = [(gold.toponyms[i], ex.places[j]) for i, j in pairs]
    found = [(g, p) for g, p in found if g.geonameid is not None]
    total = sum(1 for t in gold.toponyms if t.geonameid is not None)
    correct = sum(1 for g, p in found if p.geonameid == g.geonameid)
    return (correct, len(found), total) if total else None


@scorer("coordinates within 161 km", [PLACES], summarise_resolution,
        "place within 161 km of gold, on relaxed-matched toponyms and on all gold "
        "toponyms with coordinates")
def geo_distance(gold: GeoGold, ex: Extraction) -> Observation | None:
    """(within 161 km, found, gold) over gold toponyms with coordinates; None when none have any."""
    pairs = m.match_spans([t.offsets for t in gold.toponyms], _places(ex), "overlap")
    found = [(gold.toponyms[i], ex.places[j]) for i, j in pairs if gold.toponyms[i].lat is not None]
    total = sum(1 for t in gold.toponyms if t.lat is not None)
    correct = sum(_distance_counts(g.lat, g.lon, p)[1] for g, p in found)
    return (correct, len(found), total) if total else None


register_scorers("geo", geo_exact, geo_relaxed, geo_geonameid, geo_geonameid_exact,
                 geo_distance)


# --- PolNeAR -----------------------------------------------------------------


def _gold_spans(gold: PolnearGold, role: str) -> list[tuple[int, int]]:
    """Distinct offsets of one role's spans over all attributions."""
    spans = {s.offsets for a in gold.attributions for s in getattr(a, role)}
    return sorted(spans)


def _quote_spans(ex: Extraction, part: str) -> list[tuple[int, int]]:
    """Distinct offsets of one part (speaker, cue, content) of the extracted quotes."""
    spans = {(s.start, s.end) for q in ex.quotes if (s := getattr(q, part)) is not None}
    return sorted(spans)


@scorer("quote source", [QUOTES], summarise_counts,
        "attribution sources vs quote speakers, overlap match")
def polnear_source(gold: PolnearGold, ex: Extraction) -> Observation | None:
    """(tp, fp, fn) of overlapping source spans."""
    return m.span_counts(_gold_spans(gold, "sources"), _quote_spans(ex, "speaker"), "overlap")


@scorer("quote cue", [QUOTES], summarise_counts, "attribution cues vs quote cues, overlap match")
def polnear_cue(gold: PolnearGold, ex: Extraction) -> Observation | None:
    """(tp, fp, fn) of overlapping cue spans."""
    return m.span_counts(_gold_spans(gold, "cues"), _quote_spans(ex, "cue"), "overlap")


@scorer("quote content", [QUOTES], summarise_counts,
        "attribution contents vs quote contents, overlap match")
def polnear_content(gold: PolnearGold, ex: Extraction) -> Observation | None:
    """(tp, fp, fn) of overlapping content spans."""
    return m.span_counts(_gold_spans(gold, "contents"), _quote_spans(ex, "content"), "overlap")


register_scorers("polnear", polnear_source, polnear_cue, polnear_content)


# --- CASE 2021 ---------------------------------------------------------------


@scorer("sub_event_type", [EVENTS, EVENT_ACLED], summarise_labels,
        "CASE label of the main event's ACLED sub-event type (weighted F1 is the task's measure)")
def case_label(gold: CaseGold, ex: Extraction) -> Observation | None:
    """(gold, predicted) CASE labels."""
    event = main_acled_event(ex)
    sub = event.acled.sub_event_type if event else None
    return (gold.label, LABELS_BY_SUB_EVENT.get(sub or "", NONE))


register_scorers("case2021", case_label)


# --- IndiaPoliceEvents -------------------------------------------------------

ARREST_SUB_EVENTS = frozenset({"Arrests"})
FORCE_SUB_EVENTS = frozenset({"Excessive force against protesters"})


def is_police(actor: Actor) -> bool:
    """True for a police actor: PLOVER sector COP, or "police" in its name.

    Args:
        actor: an event actor.

    Returns:
        Whether the actor is the police.
    """
    return actor.sector == "COP" or "police" in f"{actor.name or ''} {actor.text}".lower()


def police_labels(ex: Extraction) -> frozenset[str]:
    """The IndiaPoliceEvents labels an extraction implies.

    Only events whose source (agent) is the police count:

    - FAIL: the police event is negated or only attempted ("police did not
      intervene", "police tried to stop...").
    - Hypothetical and future police events imply nothing.
    - ANY_ACTION: any other police event.
    - FORCE: a police ASSAULT, or ACLED "Excessive force against protesters".
    - KILL: a police ASSAULT with deaths (`size.dead` or `fatalities` > 0).
    - ARREST: a police event with `size.arrested` > 0, mode "arrest" or ACLED
      sub-event "Arrests".

    Args:
        ex: the extraction of one article.

    Returns:
        The set of labels.
    """
    labels: set[str] = set()
    for event in ex.events:
        if not any(a.role == "source" and is_police(a) for a in event.actors):
            continue
        if event.status.negated or event.status.attempted:
            labels.add("FAIL")
        elif not (event.status.hypothetical or event.status.future):
            labels.update(_action_labels(event))
    return frozenset(labels)


def _action_labels(event: Event) -> set[str]:
    """Labels of one police event that happened."""
    labels = {"ANY_ACTION"}
    if event.type == "ASSAULT" or event.acled.sub_event_type in FORCE_SUB_EVENTS:
        labels.add("FORCE")
    if event.type == "ASSAULT" and ((event.size.dead or 0) > 0 or event.fatalities > 0):
        labels.add("KILL")
    arrested = (event.size.arrested or 0) > 0 or event.mode == "arrest"
    if arrested or event.acled.sub_event_type in ARREST_SUB_EVENTS:
        labels.add("ARREST")
    return labels


def _police_scorer(label: str, requires: list[str], how: str) -> Scorer:
    """A document-label scorer for one IndiaPoliceEvents label."""

    def observe(gold: IndiaPoliceGold, ex: Extraction) -> Observation:
        hit, wanted = label in police_labels(ex), label in gold.labels
        return (int(hit and wanted), int(hit and not wanted), int(wanted and not hit))

    description = f"document label {label}: {how}"
    return Scorer(label, frozenset(requires), observe, summarise_counts, description)


_POLICE = [EVENTS, EVENT_ACTORS]
register_scorers(
    "india_police",
    _police_scorer("KILL", _POLICE + [EVENT_SIZE], "a police ASSAULT with deaths"),
    _police_scorer("ARREST", _POLICE + [EVENT_SIZE],
                   "police arrests (size.arrested, mode or ACLED type)"),
    _police_scorer("FAIL", _POLICE + [EVENT_STATUS], "a negated or attempted police event"),
    _police_scorer("FORCE", _POLICE, "a police ASSAULT or excessive force"),
    _police_scorer("ANY_ACTION", _POLICE, "any police event that happened"),
)


# --- event_location ----------------------------------------------------------


def _event_at(ex: Extraction, verb: tuple[int, int]) -> Event | None:
    """The event whose trigger overlaps the verb most, if any."""
    scored = [(m.overlap((e.trigger.start, e.trigger.end), verb), i)
              for i, e in enumerate(ex.events)]
    best = max((s for s in scored if s[0] > 0), default=None)
    return ex.events[best[1]] if best else None


def _location_right(gold: EventLocationGold, ex: Extraction) -> bool:
    """Whether the verb's event is placed on a gold location (or unplaced when gold has none)."""
    event = _event_at(ex, gold.verb.offsets)
    place = event.location if event else None
    if not gold.locations:
        return place is None
    if place is None:
        return False
    return any(m.overlap((place.start, place.end), g.offsets) for g in gold.locations)


@scorer("event location", [EVENTS, EVENT_LOCATION], summarise_accuracy,
        "the marked verb's event placed on an overlapping gold location, "
        "or unplaced when gold has none")
def event_location_all(gold: EventLocationGold, ex: Extraction) -> Observation | None:
    """(1, 1) when the event's location is right."""
    return (int(_location_right(gold, ex)), 1)


@scorer("event location (located sentences)", [EVENTS, EVENT_LOCATION], summarise_accuracy,
        "as above, on sentences that give a location")
def event_location_located(gold: EventLocationGold, ex: Extraction) -> Observation | None:
    """(1, 1) when the event's location is right; None when gold has no location."""
    return (int(_location_right(gold, ex)), 1) if gold.locations else None


register_scorers("event_location", event_location_all, event_location_located)


# --- ConfliBERT CAMEO classes ------------------------------------------------


def quad_label(event: Event | None) -> str:
    """The five-way class of an event: "0" for CAMEO root 01 statements, else its quad class.

    Args:
        event: the main event, if any.

    Returns:
        "0"-"4", or `NONE` when there is no event or no class.
    """
    if event is None:
        return NONE
    if event.cameo_root == "01":
        return "0"
    return str(event.quad_class) if event.quad_class else NONE


@scorer("quad class", [EVENTS, EVENT_QUAD], summarise_labels,
        "five-way CAMEO class of the main event")
def cameo_quad(gold: CameoClassGold, ex: Extraction) -> Observation | None:
    """(gold, predicted) classes as strings."""
    return (str(gold.quad_class), quad_label(main_event(ex)))


register_scorers("conflibert_cameo", cameo_quad)


# --- ConfliBERT actor spans --------------------------------------------------


def _mention_spans(ex: Extraction) -> list[tuple[int, int]]:
    """Distinct offsets of the actor mentions other than pronouns (gold tags no pronouns)."""
    return sorted({(a.start, a.end) for a in ex.actors if a.kind != "pronoun"})


def _role_spans(ex: Extraction, role: str) -> list[tuple[int, int]]:
    """Distinct offsets of the actors in one role over all events."""
    return sorted({(a.start, a.end) for e in ex.events for a in e.actors if a.role == role})


@scorer("actor span", [ACTORS], summarise_counts,
        "source, target and recipient spans vs actor mentions other than pronouns, roles "
        "ignored, matched one to one by overlap")
def conflibert_actor_span(gold: CameoNerGold, ex: Extraction) -> Observation | None:
    """(tp, fp, fn) of overlapping actor spans."""
    return m.span_counts([a.offsets for a in gold.actors], _mention_spans(ex), "overlap")


@scorer("source span", [EVENTS, EVENT_ACTORS], summarise_counts,
        "source (S) spans vs the source actors of all events, matched one to one by overlap")
def conflibert_source_span(gold: CameoNerGold, ex: Extraction) -> Observation | None:
    """(tp, fp, fn) of overlapping source spans."""
    gold_spans = [a.offsets for a in gold.actors if a.label == "S"]
    return m.span_counts(gold_spans, _role_spans(ex, "source"), "overlap")


@scorer("target span", [EVENTS, EVENT_ACTORS], summarise_counts,
        "target (T) spans vs the target actors of all events, matched one to one by overlap "
        "(recipients, R, are not scored by role: events have no recipient role)")
def conflibert_target_span(gold: CameoNerGold, ex: Extraction) -> Observation | None:
    """(tp, fp, fn) of overlapping target spans."""
    gold_spans = [a.offsets for a in gold.actors if a.label == "T"]
    return m.span_counts(gold_spans, _role_spans(ex, "target"), "overlap")


register_scorers(
    "conflibert_ner", conflibert_actor_span, conflibert_source_span, conflibert_target_span
)


# --- MUC-4 -------------------------------------------------------------------

PERPETRATOR_ROLES = ("perp_individual_id", "perp_organization_id")
TARGET_ROLES = ("phys_tgt_id", "hum_tgt_name")


def _norm(text: str) -> str:
    """Compare strings case- and space-insensitively."""
    return " ".join(text.upper().split())


def _filler_counts(
    gold: Muc4Gold, roles: Sequence[str], ex: Extraction, role: str
) -> tuple[int, int, int]:
    """(tp, fp, fn): a gold entity is found when any of its mentions equals an actor's text."""
    entities = [{_norm(x) for x in entity} for r in roles for entity in gold.roles.get(r, ())]
    texts = {_norm(a.text) for e in ex.events for a in e.actors if a.role == role}
    predicted = sorted(t for t in texts if t)
    tp = 0
    for text in predicted:
        hit = next((i for i, mentions in enumerate(entities) if text in mentions), None)
        if hit is not None:
            entities.pop(hit)
            tp += 1
    return tp, len(predicted) - tp, len(entities)


@scorer("perpetrators", [EVENTS, EVENT_ACTORS], summarise_counts,
        "source actors vs perpetrator individuals and organisations (entity found by any mention)")
def muc4_perpetrators(gold: Muc4Gold, ex: Extraction) -> Observation | None:
    """(tp, fp, fn) of perpetrator entities."""
    return _filler_counts(gold, PERPETRATOR_ROLES, ex, "source")


@scorer("targets", [EVENTS, EVENT_ACTORS], summarise_counts,
        "target actors vs physical and human targets (entity found by any mention)")
def muc4_targets(gold: Muc4Gold, ex: Extraction) -> Observation | None:
    """(tp, fp, fn) of target entities."""
    return _filler_counts(gold, TARGET_ROLES, ex, "target")


register_scorers("muc4", muc4_perpetrators, muc4_targets)
