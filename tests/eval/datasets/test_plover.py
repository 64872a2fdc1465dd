"""PLOVER loader: old types mapped, sectors and stray targets cleaned."""

from __future__ import annotations

from pathlib import Path

from eventwire.eval.datasets.plover import load_plover


def test_plover_fixture(fixtures: Path) -> None:
    request, assault, agree = load_plover(fixtures / "plover.json")
    assert (request.event, request.source_event) == ("REQUEST", "DEMAND")
    assert request.sources[0].sector == "LAB" and request.targets[0].code == "NLD"
    assert request.context == ("economic", "legal") and request.mode is None
    assert (assault.event, assault.mode, assault.dead) == ("ASSAULT", "firearms", 2)
    assert assault.sources[0].sector is None and assault.targets == ()  # "***" and a string target
    assert assault.location == "river crossing"
    assert agree.id == "TEST-PLOVER-0002@2"  # a repeated id is made unique


def test_real_plover_dev(shared_data: Path) -> None:
    docs = list(load_plover(shared_data / "plover_gsr" / "dev.json"))
    assert len(docs) == 143
    assert len({d.id for d in docs}) == 143
    assert not {d.event for d in docs} & {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"}
