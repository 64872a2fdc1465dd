"""Metrics on examples computed by hand."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from eventwire.eval import metrics as m


def test_prf_from_counts() -> None:
    scores = m.prf(tp=2, fp=1, fn=3)
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.recall == pytest.approx(2 / 5)
    assert scores.f1 == pytest.approx(2 * (2 / 3) * (2 / 5) / (2 / 3 + 2 / 5))  # = 0.5
    assert scores.f1 == pytest.approx(0.5)


def test_prf_empty_counts_are_zero_not_errors() -> None:
    assert m.prf(0, 0, 0) == (0.0, 0.0, 0.0)
    assert m.prf(0, 2, 0) == (0.0, 0.0, 0.0)


def test_accuracy() -> None:
    assert m.accuracy(3, 4) == 0.75
    assert m.accuracy(0, 0) is None


# Gold A, A, A, B predicted A, A, B, B.
# A: tp 2, fp 0, fn 1 -> P 1, R 2/3, F1 0.8.  B: tp 1, fp 1, fn 0 -> P 1/2, R 1, F1 2/3.
PAIRS = [("A", "A"), ("A", "A"), ("A", "B"), ("B", "B")]


def test_macro_and_weighted_f1_differ_as_computed_by_hand() -> None:
    assert m.label_accuracy(PAIRS) == 0.75
    assert m.macro_f1(PAIRS) == pytest.approx((0.8 + 2 / 3) / 2)
    assert m.weighted_f1(PAIRS) == pytest.approx((0.8 * 3 + 2 / 3 * 1) / 4)


def test_label_functions_accept_counts() -> None:
    assert m.weighted_f1(Counter(PAIRS)) == m.weighted_f1(PAIRS)


def test_macro_f1_ignores_labels_only_predicted() -> None:
    pairs = [("A", "A"), ("A", "NONE")]  # A: P 1, R 1/2, F1 2/3; NONE never gold
    assert m.macro_f1(pairs) == pytest.approx(2 / 3)
    assert m.macro_f1([]) is None


def test_confusion_matrix() -> None:
    assert m.confusion_matrix(PAIRS) == {"A": {"A": 2, "B": 1}, "B": {"B": 1}}


def _accuracy_statistic(sample: Counter) -> dict[str, float | None]:
    correct, total = m.sum_vectors(sample) or (0, 0)
    return {"accuracy": m.accuracy(correct, total)}


def test_bootstrap_ci_contains_the_point_estimate_and_is_deterministic() -> None:
    rng = random.Random(3)
    items = [(int(rng.random() < 0.7), 1) for _ in range(300)]
    point = _accuracy_statistic(Counter(items))["accuracy"]
    low, high = m.bootstrap_ci(items, _accuracy_statistic)["accuracy"]
    assert low < point < high
    assert (low, high) == m.bootstrap_ci(items, _accuracy_statistic)["accuracy"]
    assert high - low == pytest.approx(2 * 1.96 * (point * (1 - point) / 300) ** 0.5, rel=0.2)


def test_bootstrap_of_a_constant_is_a_point() -> None:
    assert m.bootstrap_ci([(1, 1)] * 50, _accuracy_statistic) == {"accuracy": (1.0, 1.0)}


def test_bootstrap_multinomial_and_index_draws_agree() -> None:
    few = [(int(i % 3 == 0), 1) for i in range(400)]  # 2 distinct values: binomial draws
    many = [(int(i % 3 == 0), 1, i) for i in range(400)]  # all distinct: index draws

    def stat(sample: Counter) -> dict[str, float | None]:
        correct = sum(v[0] * w for v, w in sample.items())
        return {"a": correct / sum(sample.values())}

    low1, high1 = m.bootstrap_ci(few, stat)["a"]
    low2, high2 = m.bootstrap_ci(many, stat)["a"]
    assert low1 == pytest.approx(low2, abs=0.02) and high1 == pytest.approx(high2, abs=0.02)


def test_bootstrap_empty_and_none_values() -> None:
    assert m.bootstrap_ci([], _accuracy_statistic) == {}
    assert m.bootstrap_ci([(0, 0)], _accuracy_statistic) == {"accuracy": None}


def test_binomial_draws_have_the_right_mean() -> None:
    rng = random.Random(1)
    for n, p in [(40, 0.1), (5000, 0.3), (300, 0.8)]:
        mean = sum(m._binomial(rng, n, p) for _ in range(4000)) / 4000
        assert mean == pytest.approx(n * p, rel=0.03)


def test_haversine_cairo_alexandria() -> None:
    km = m.haversine_km(30.0444, 31.2357, 31.2001, 29.9187)
    assert 175 < km < 185
    assert m.haversine_km(10, 20, 10, 20) == 0.0


def test_accuracy_within_thresholds() -> None:
    distances = [3.0, 30.0, 150.0, None]
    assert m.accuracy_within(distances, m.CITY_KM) == 0.25
    assert m.accuracy_within(distances, m.REGION_KM) == 0.75


def test_exact_span_matching_is_one_to_one() -> None:
    gold = [(0, 5), (10, 15), (10, 15)]
    pred = [(10, 15), (0, 4), (20, 25)]
    assert m.match_spans(gold, pred, "exact") == [(1, 0)]
    assert m.span_counts(gold, pred, "exact") == (1, 2, 2)


def test_relaxed_span_matching_prefers_larger_overlap() -> None:
    gold = [(0, 10), (12, 20)]
    pred = [(8, 14), (0, 9), (30, 31)]
    # (0,10) overlaps (0,9) by 9 and (8,14) by 2; (12,20) overlaps (8,14) by 2
    assert m.match_spans(gold, pred, "overlap") == [(0, 1), (1, 0)]
    assert m.span_counts(gold, pred, "overlap") == (2, 1, 0)
    assert m.overlap((0, 5), (5, 9)) == 0


def test_timex_value_f1_counts_values_on_relaxed_matches() -> None:
    gold = [(0, 9, "2001-05-13"), (20, 28, "P2W"), (40, 45, "P1D")]
    pred = [(0, 9, "2001-05-13"), (18, 28, "P3W"), (50, 55, "2001")]
    tp, fp, fn = m.timex_value_counts(gold, pred)
    assert (tp, fp, fn) == (1, 2, 2)
    assert m.prf(tp, fp, fn).f1 == pytest.approx(1 / 3)


def test_quantile_interpolates() -> None:
    assert m._quantile([0.0, 10.0], 0.25) == 2.5
    assert m._quantile([4.0], 0.975) == 4.0
