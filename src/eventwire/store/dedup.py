"""Cross-article dedup: reports of one real-world event become one merged event.

Pure functions over small typed summaries, so the rules are tested without a
database. A report (one event read from one article) joins a cluster (a
merged event) when, compared with the cluster's anchor (its first report):

- type: the same PLOVER type, or the same ACLED event type;
- date: the date intervals are at most `date_window_days` apart and neither
  spans more than `max_date_span_days` (a "this month" cannot vouch for a
  day); an event the text gives no date for is dated by its publication;
- place: both located within `distance_km` of each other, or, when one is
  known only to its province, the same country and province;
- actors: a shared proper name, or a shared role and sector (both name a
  police target), or a shared role and ACLED inter code ("workers" and
  "people" killed: civilians both), or, with `allow_unnamed_actors`, one
  side names none;
  never two different proper names in the same role (Boko Haram / ISWAP);
  generic actors ("gunmen", "traders") count by role and sector only;

and no report in the cluster comes from the same article. Only factual
events merge: negated, hypothetical and future ones stay per-article.
Each merge keeps its explanation: which fields matched, and how.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..model import Actor, Event, Extraction

EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class DedupSettings:
    """Thresholds from `[dedup]` in the settings."""

    distance_km: float = 25.0
    date_window_days: int = 1
    max_date_span_days: int = 7
    allow_unnamed_actors: bool = True

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> DedupSettings:
        """Read `[dedup]`; keys left out keep the defaults."""
        section = dict(config.get("dedup", {}))
        section.pop("enabled", None)
        return cls(**section)


@dataclass(frozen=True)
class Report:
    """One per-article event, reduced to what matching looks at."""

    article: Any  # the article's key (store primary key or content hash)
    type: str
    acled: str | None = None
    start: date | None = None
    end: date | None = None
    dated_by: str = "event"  # "event" or "published"
    lat: float | None = None
    lon: float | None = None
    precision: int | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    actors: frozenset[str] = frozenset()
    sectors: frozenset[str] = frozenset()  # "role:sector" and "role:inter N" (ACLED inter code)
    named: frozenset[str] = frozenset()  # "role:name" of actors with a canonical name
    factual: bool = True
    fatalities: int = 0


@dataclass
class Cluster:
    """A merged event: its anchor report and what every report added."""

    anchor: Report
    key: Any = None
    anchor_event: Any = None  # the anchor report's event id, for explanations
    row: Any = None  # where the cluster came from (the store's row)
    articles: set[Any] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    sectors: set[str] = field(default_factory=set)
    named: set[str] = field(default_factory=set)

    @classmethod
    def start(cls, report: Report, key: Any = None) -> Cluster:
        """A new cluster whose anchor is `report`."""
        cluster = cls(anchor=report, key=key)
        cluster.add(report)
        return cluster

    def add(self, report: Report) -> None:
        """Count `report` among this cluster's reports."""
        self.articles.add(report.article)
        self.actors.update(report.actors)
        self.sectors.update(report.sectors)
        self.named.update(report.named)


@dataclass(frozen=True)
class Verdict:
    """The outcome of comparing a report with a cluster, field by field."""

    matched: dict[str, str]
    failed: dict[str, str]
    score: float = 0.0

    @property
    def merge(self) -> bool:
        """True when every field matched."""
        return not self.failed


def report_of(event: Event, extraction: Extraction, article: Any) -> Report:
    """Summarise one extracted event for matching.

    Args:
        event: an event of `extraction`.
        extraction: the article record it was read from.
        article: the key the store knows the article by.
    """
    start = end = None
    dated_by = "event"
    if event.date is not None:
        start, end = parse_day(event.date.start), parse_day(event.date.end)
    elif extraction.article.published:
        start = end = parse_day(extraction.article.published)
        dated_by = "published"
    place = event.location
    status = event.status
    proper = [a for a in event.actors if is_proper(a)]
    return Report(
        article=article, type=event.type, acled=event.acled.event_type,
        start=start, end=end, dated_by=dated_by,
        lat=place.lat if place else None, lon=place.lon if place else None,
        precision=place.precision if place else None,
        country=place.country if place else None, admin1=place.admin1 if place else None,
        location=(place.name or place.text) if place else None,
        actors=frozenset(actor_key(a.name) for a in proper),
        sectors=frozenset([*(f"{a.role}:{a.sector}" for a in event.actors if a.sector),
                           *(f"{a.role}:{INTER}{a.acled_inter}" for a in event.actors if a.acled_inter)]),
        named=frozenset(f"{a.role}:{actor_key(a.name)}" for a in proper),
        factual=not (status.negated or status.hypothetical or status.future),
        fatalities=event.fatalities,
    )


# Sectors that say the actor is not identified ("gunmen", "armed men").
UNIDENTIFIED_SECTORS = frozenset({"UAF"})
# Marks an ACLED inter code among a report's "role:sector" keys.
INTER = "inter "


def is_proper(actor: Actor) -> bool:
    """Whether an actor has a proper name (Boko Haram, Police of Burkina Faso)
    rather than a generic one the actor stage copies from the text ("gunmen",
    "suspected jihadists", "traders"): generic names are lower case or
    belong to unidentified armed groups. Only proper names are compared as
    names; generic actors still count through their role and sector."""
    name = actor.name
    return bool(name) and name != name.lower() and actor.sector not in UNIDENTIFIED_SECTORS


def actor_key(name: str) -> str:
    """Actor names compare case- and space-insensitively."""
    return " ".join(name.casefold().split())


def parse_day(value: str | None) -> date | None:
    """A YYYY-MM-DD string as a date; None for anything else."""
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def mergeable(report: Report) -> bool:
    """Whether the report could match anything: factual, dated and placed."""
    placed = report.lat is not None or report.admin1 is not None or report.location is not None
    return report.factual and report.start is not None and report.end is not None and placed


def compare(report: Report, cluster: Cluster, settings: DedupSettings, *, full: bool = True) -> Verdict:
    """Compare `report` with `cluster`'s anchor, every field explained.

    With `full` False the comparison stops at the first field that fails
    (enough to reject a candidate, and cheaper).
    """
    matched: dict[str, str] = {}
    failed: dict[str, str] = {}
    if report.article in cluster.articles:
        failed["article"] = "a report from the same article is already in this event"
    if not (report.factual and cluster.anchor.factual):
        failed["status"] = "negated, hypothetical or future events never merge"
    score = 0.0
    for name, check in (("type", match_type), ("date", match_date),
                        ("place", match_place), ("actors", match_actors)):
        if failed and not full:
            break
        ok, why, closeness = check(report, cluster, settings)
        (matched if ok else failed)[name] = why
        score += closeness
    return Verdict(matched, failed, score)


def match_type(report: Report, cluster: Cluster, settings: DedupSettings) -> tuple[bool, str, float]:
    """Same PLOVER type, or failing that the same ACLED event type."""
    anchor = cluster.anchor
    if report.type == anchor.type:
        return True, f"same type {report.type}", 1.0
    if report.acled and report.acled == anchor.acled:
        return True, f"same ACLED event type {report.acled} ({report.type} / {anchor.type})", 0.5
    return False, f"types differ: {report.type} / {anchor.type}", 0.0


def match_date(report: Report, cluster: Cluster, settings: DedupSettings) -> tuple[bool, str, float]:
    """Date intervals within the window, neither too vague."""
    anchor = cluster.anchor
    if None in (report.start, report.end, anchor.start, anchor.end):
        return False, "a report has no date", 0.0
    span = timedelta(days=settings.max_date_span_days)
    if report.end - report.start > span or anchor.end - anchor.start > span:
        return False, f"a date spans more than {settings.max_date_span_days} days", 0.0
    gap = max(0, (max(report.start, anchor.start) - min(report.end, anchor.end)).days)
    shown = f"{report.start}..{report.end} / {anchor.start}..{anchor.end}"
    if report.dated_by == "published" or anchor.dated_by == "published":
        shown += " (a publication date stands in for an undated event)"
    if gap > settings.date_window_days:
        return False, f"dates {gap} days apart: {shown}", 0.0
    return True, f"dates {gap} days apart: {shown}", 1.0 - gap / (settings.date_window_days + 1)


def match_place(report: Report, cluster: Cluster, settings: DedupSettings) -> tuple[bool, str, float]:
    """Within the distance when both are located to a town; else same province."""
    anchor = cluster.anchor
    if report.country and anchor.country and report.country != anchor.country:
        return False, f"countries differ: {report.country} / {anchor.country}", 0.0
    precise = all(r.lat is not None and r.lon is not None and (r.precision or 1) < 3
                  for r in (report, anchor))
    if precise:
        km = distance_km(report.lat, report.lon, anchor.lat, anchor.lon)
        why = f"{km:.1f} km apart: {report.location} / {anchor.location}"
        if km > settings.distance_km:
            return False, why, 0.0
        return True, why, 1.0 - km / (settings.distance_km + 1)
    if report.admin1 and anchor.admin1:
        if report.admin1.casefold() != anchor.admin1.casefold():
            return False, f"provinces differ: {report.admin1} / {anchor.admin1}", 0.0
        return True, f"same province {report.admin1} ({report.location} / {anchor.location})", 0.3
    if report.location and anchor.location and report.location.casefold() == anchor.location.casefold():
        return True, f"same place name {report.location}", 0.3
    return False, "a report has no place to compare", 0.0


def match_actors(report: Report, cluster: Cluster, settings: DedupSettings) -> tuple[bool, str, float]:
    """A shared actor name, role and sector, or role and ACLED inter code, or (optionally) one side unnamed;
    never two different named actors in the same role."""
    shared = sorted(report.actors & cluster.actors)
    if shared:
        return True, "shared actors: " + ", ".join(shared), 1.0
    for role in ("source", "target"):
        mine = sorted(n.split(":", 1)[1] for n in report.named if n.startswith(role + ":"))
        theirs = sorted(n.split(":", 1)[1] for n in cluster.named if n.startswith(role + ":"))
        if mine and theirs:
            return False, f"different named {role} actors: {', '.join(mine)} / {', '.join(theirs)}", 0.0
    shared = sorted(report.sectors & cluster.sectors)
    roles = [key for key in shared if INTER not in key]
    if roles:
        return True, "shared actor roles and sectors: " + ", ".join(roles), 0.5
    if shared:  # "workers" and "people" killed: both civilians (inter 7)
        return True, "shared actor roles and ACLED inter codes: " + ", ".join(shared), 0.4
    if settings.allow_unnamed_actors and (not (report.actors or report.sectors)
                                          or not (cluster.actors or cluster.sectors)):
        return True, "one report names no actors", 0.1
    return False, "no actor in common", 0.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def best_match(report: Report, clusters: Iterable[Cluster],
               settings: DedupSettings) -> tuple[Cluster, Verdict] | None:
    """The cluster `report` fits best, with the verdict; None when none fits."""
    best: tuple[Cluster, Verdict] | None = None
    for cluster in clusters:
        verdict = compare(report, cluster, settings, full=False)
        if verdict.merge and (best is None or verdict.score > best[1].score):
            best = (cluster, verdict)
    return best


def cluster_reports(reports: Iterable[Report], settings: DedupSettings) -> list[list[int]]:
    """Dedup a list of reports in order, as ingest does one by one.

    Returns:
        The clusters as lists of report indexes; non-factual reports are
        left out (they never merge).
    """
    clusters: list[Cluster] = []
    members: list[list[int]] = []
    for index, report in enumerate(reports):
        if not report.factual:
            continue
        found = best_match(report, clusters, settings)
        if found is None:
            clusters.append(Cluster.start(report, key=len(clusters)))
            members.append([index])
        else:
            found[0].add(report)
            members[found[0].key].append(index)
    return members
