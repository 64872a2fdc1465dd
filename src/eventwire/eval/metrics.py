"""Evaluation metrics, as pure functions of plain values.

Counts to precision/recall/F1, label agreement (accuracy, macro and
weighted F1, confusion matrix), percentile bootstrap intervals over
documents, great-circle distance, span matching and the TempEval-3 value
F1. Spans are `(start, end)` offset pairs, end exclusive; labels are
strings; everything can be checked by hand.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Literal, NamedTuple, TypeVar

T = TypeVar("T", bound=Hashable)
Offsets = tuple[int, int]
MatchMode = Literal["exact", "overlap"]
Statistic = Callable[[Counter], Mapping[str, float | None]]
Pairs = Iterable[tuple[str, str]] | Mapping[tuple[str, str], int]  # (gold, predicted) labels

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)
CITY_KM = 25.0  # "right town": ACLED-style geolocation at precision 1
REGION_KM = 161.0  # 100 miles, the usual geoparsing "accuracy@161km"
RESAMPLES = 1000
SEED = 20240607


class PRF(NamedTuple):
    """Precision, recall and F1."""

    precision: float
    recall: float
    f1: float


def prf(tp: int, fp: int, fn: int) -> PRF:
    """Precision, recall and F1 from counts; an empty ratio counts as 0.

    Args:
        tp: true positives.
        fp: false positives.
        fn: false negatives.

    Returns:
        The three scores, each in [0, 1].
    """
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    total = precision + recall
    return PRF(precision, recall, 2 * precision * recall / total if total else 0.0)


def accuracy(correct: int, total: int) -> float | None:
    """Share of correct items; None when there is nothing to score.

    Args:
        correct: items right.
        total: items scored.

    Returns:
        `correct / total`, or None when `total` is 0.
    """
    return correct / total if total else None


def _pair_counts(pairs: Pairs) -> Counter:
    """Count (gold, predicted) pairs; a mapping is taken as counts already."""
    return Counter(pairs)


def label_prf(pairs: Pairs) -> dict[str, tuple[PRF, int]]:
    """Per-label precision/recall/F1 of single-label predictions.

    Args:
        pairs: (gold, predicted) label pairs, or a mapping of pairs to counts.

    Returns:
        For every label seen in gold or prediction: its scores and its gold
        support (how many items carry it in gold).
    """
    counts = _pair_counts(pairs)
    tp: Counter = Counter()
    gold: Counter = Counter()
    pred: Counter = Counter()
    for (g, p), n in counts.items():
        gold[g] += n
        pred[p] += n
        if g == p:
            tp[g] += n
    labels = set(gold) | set(pred)
    return {
        label: (prf(tp[label], pred[label] - tp[label], gold[label] - tp[label]), gold[label])
        for label in sorted(labels)
    }


def macro_f1(pairs: Pairs) -> float | None:
    """Unweighted mean F1 over the labels that occur in gold.

    Labels only ever predicted are left out of the mean (their false
    positives already lower the recall of the gold labels they replaced).

    Args:
        pairs: (gold, predicted) label pairs, or pairs mapped to counts.

    Returns:
        The macro F1, or None when there are no pairs.
    """
    scores = [s.f1 for s, support in label_prf(pairs).values() if support]
    return sum(scores) / len(scores) if scores else None


def weighted_f1(pairs: Pairs) -> float | None:
    """Mean F1 over labels weighted by gold support (CASE 2021's measure).

    Args:
        pairs: (gold, predicted) label pairs, or pairs mapped to counts.

    Returns:
        The weighted F1, or None when there are no pairs.
    """
    per_label = label_prf(pairs).values()
    total = sum(support for _, support in per_label)
    if not total:
        return None
    return sum(s.f1 * support for s, support in per_label) / total


def label_accuracy(pairs: Pairs) -> float | None:
    """Share of pairs whose prediction equals the gold label.

    Args:
        pairs: (gold, predicted) label pairs, or pairs mapped to counts.

    Returns:
        The accuracy, or None when there are no pairs.
    """
    counts = _pair_counts(pairs)
    return accuracy(sum(n for (g, p), n in counts.items() if g == p), sum(counts.values()))


def confusion_matrix(pairs: Pairs) -> dict[str, dict[str, int]]:
    """Count predictions per gold label.

    Args:
        pairs: (gold, predicted) label pairs, or pairs mapped to counts.

    Returns:
        `matrix[gold][predicted] = count`, gold labels sorted, zero cells left out.
    """
    matrix: dict[str, dict[str, int]] = {}
    for (g, p), n in sorted(_pair_counts(pairs).items()):
        if n:
            matrix.setdefault(g, {})[p] = n
    return matrix


def sum_vectors(sample: Mapping[tuple[int, ...], int]) -> tuple[int, ...]:
    """Add up count vectors, each weighted by how often it was drawn.

    Args:
        sample: count vectors (one per document) mapped to their multiplicity.

    Returns:
        The element-wise weighted sum; () for an empty sample.
    """
    totals: list[int] = []
    for vector, weight in sample.items():
        if not totals:
            totals = [0] * len(vector)
        for i, value in enumerate(vector):
            totals[i] += value * weight
    return tuple(totals)


def bootstrap_ci(
    items: Sequence[T],
    statistic: Callable[[Counter], Mapping[str, float | None]],
    *,
    resamples: int = RESAMPLES,
    seed: int = SEED,
    level: float = 0.95,
) -> dict[str, tuple[float, float] | None]:
    """Percentile bootstrap intervals, resampling documents with replacement.

    `items` holds one hashable observation per document. A resample of n
    documents is drawn as multinomial counts over the distinct observations,
    which has exactly the distribution of drawing n documents but costs
    O(distinct values) instead of O(n) per resample.

    Args:
        items: one observation per document.
        statistic: maps a sample (observation -> multiplicity) to named values;
            a None value (e.g. no gold in the sample) is skipped.
        resamples: number of bootstrap samples.
        seed: seed of the private random generator (results are repeatable).
        level: coverage of the interval.

    Returns:
        For each name the statistic returns: (low, high), or None when no
        resample gave a value.
    """
    if not items:
        return {}
    rng = random.Random(seed)
    groups = Counter(items)
    keys, weights = list(groups), list(groups.values())
    draws: dict[str, list[float]] = {}
    for _ in range(resamples):
        sample = _resample(rng, items, keys, weights)
        for name, value in statistic(sample).items():
            draws.setdefault(name, [])
            if value is not None:
                draws[name].append(value)
    tail = (1.0 - level) / 2
    return {
        name: (_quantile(sorted(v), tail), _quantile(sorted(v), 1 - tail)) if v else None
        for name, v in draws.items()
    }


def _resample(rng: random.Random, items: Sequence[T], keys: list[T], weights: list[int]) -> Counter:
    """Draw one bootstrap sample as observation -> multiplicity."""
    n = len(items)
    if len(keys) * 4 > n:  # mostly distinct values: plain index draws are cheaper
        return Counter(rng.choices(items, k=n))
    counts = _multinomial(rng, n, weights)
    return Counter({key: c for key, c in zip(keys, counts) if c})


def _multinomial(rng: random.Random, n: int, weights: list[int]) -> list[int]:
    """Multinomial counts of n draws over `weights`, as chained binomials."""
    counts = []
    remaining, left = n, sum(weights)
    for weight in weights[:-1]:
        c = _binomial(rng, remaining, weight / left) if remaining else 0
        counts.append(c)
        remaining -= c
        left -= weight
    counts.append(remaining)
    return counts


def _binomial(rng: random.Random, n: int, p: float) -> int:
    """One Binomial(n, p) draw: inversion for small means, BTRS otherwise."""
    if p <= 0.0:
        return 0
    if p >= 1.0:
        return n
    if p > 0.5:
        return n - _binomial(rng, n, 1.0 - p)
    if n * p < 10:
        return _binomial_inversion(rng, n, p)
    return _binomial_btrs(rng, n, p)


def _binomial_inversion(rng: random.Random, n: int, p: float) -> int:
    """Binomial draw by sequential search of the CDF (expected cost ~ n*p)."""
    q = 1.0 - p
    ratio, scale = p / q, (n + 1) * p / q
    prob, u, k = q**n, rng.random(), 0
    while u > prob and k < n:
        u -= prob
        k += 1
        prob *= scale / k - ratio
    return k


def _binomial_btrs(rng: random.Random, n: int, p: float) -> int:
    """Binomial draw by transformed rejection with squeeze (Hormann 1993).

    Valid for n*p >= 10 and p <= 0.5; constant expected cost.
    """
    spq = math.sqrt(n * p * (1.0 - p))
    b = 1.15 + 2.53 * spq
    a = -0.0873 + 0.0248 * b + 0.01 * p
    c = n * p + 0.5
    v_r = 0.92 - 4.2 / b
    alpha = (2.83 + 5.1 / b) * spq
    lpq = math.log(p / (1.0 - p))
    m = math.floor((n + 1) * p)
    h = math.lgamma(m + 1) + math.lgamma(n - m + 1)
    while True:
        u = rng.random() - 0.5
        v = rng.random()
        us = 0.5 - abs(u)
        k = math.floor((2 * a / us + b) * u + c)
        if k < 0 or k > n:
            continue
        if us >= 0.07 and v <= v_r:
            return k
        v = math.log(v * alpha / (a / (us * us) + b))
        if v <= h - math.lgamma(k + 1) - math.lgamma(n - k + 1) + (k - m) * lpq:
            return k


def _quantile(values: Sequence[float], q: float) -> float:
    """The q-quantile of sorted values, interpolating linearly between ranks."""
    position = q * (len(values) - 1)
    low = math.floor(position)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (position - low)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points in kilometres.

    Args:
        lat1: latitude of the first point, degrees.
        lon1: longitude of the first point, degrees.
        lat2: latitude of the second point, degrees.
        lon2: longitude of the second point, degrees.

    Returns:
        The distance along the surface of a sphere of the mean Earth radius.
    """
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlam = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def accuracy_within(distances: Iterable[float | None], km: float) -> float | None:
    """Share of distances at most `km`; a missing prediction (None) is a miss.

    Args:
        distances: one distance (km) per gold location, None when unresolved.
        km: the threshold, e.g. `CITY_KM` or `REGION_KM`.

    Returns:
        The accuracy, or None when there are no distances.
    """
    values = list(distances)
    return accuracy(sum(1 for d in values if d is not None and d <= km), len(values))


def overlap(a: Offsets, b: Offsets) -> int:
    """Number of characters two spans share.

    Args:
        a: a (start, end) span.
        b: another.

    Returns:
        The length of their intersection, 0 when disjoint.
    """
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(
    gold: Sequence[Offsets], pred: Sequence[Offsets], mode: MatchMode = "exact"
) -> list[tuple[int, int]]:
    """Pair gold and predicted spans one to one.

    `exact` pairs identical offsets; `overlap` (TempEval's relaxed match)
    pairs spans sharing at least one character, largest overlap first.

    Args:
        gold: gold spans.
        pred: predicted spans.
        mode: "exact" or "overlap".

    Returns:
        (gold index, predicted index) pairs, each index used at most once.
    """
    if mode == "exact":
        free: dict[Offsets, list[int]] = {}
        for j, span in enumerate(pred):
            free.setdefault(tuple(span), []).append(j)
        return [(i, free[tuple(s)].pop(0)) for i, s in enumerate(gold) if free.get(tuple(s))]
    candidates = sorted(
        (-overlap(g, p), i, j)
        for i, g in enumerate(gold)
        for j, p in enumerate(pred)
        if overlap(g, p) > 0
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def span_counts(
    gold: Sequence[Offsets], pred: Sequence[Offsets], mode: MatchMode = "exact"
) -> tuple[int, int, int]:
    """True positives, false positives and false negatives of span matching.

    Args:
        gold: gold spans.
        pred: predicted spans.
        mode: "exact" or "overlap" (see `match_spans`).

    Returns:
        (tp, fp, fn).
    """
    tp = len(match_spans(gold, pred, mode))
    return tp, len(pred) - tp, len(gold) - tp


def timex_value_counts(
    gold: Sequence[tuple[int, int, str | None]], pred: Sequence[tuple[int, int, str | None]]
) -> tuple[int, int, int]:
    """TempEval-3 value counts: relaxed-matched spans whose values agree.

    Args:
        gold: (start, end, value) of each gold TIMEX3.
        pred: (start, end, value) of each predicted time.

    Returns:
        (tp, fp, fn) where tp counts relaxed matches with equal values, so
        `prf(*counts).f1` is TempEval-3's value F1.
    """
    pairs = match_spans([g[:2] for g in gold], [p[:2] for p in pred], "overlap")
    tp = sum(1 for i, j in pairs if gold[i][2] is not None and gold[i][2] == pred[j][2])
    return tp, len(pred) - tp, len(gold) - tp
