"""CASE 2021 task 2 loader: parallel input/output TSV files."""

from __future__ import annotations

from pathlib import Path

from eventwire.eval.datasets.case2021 import SUB_EVENT_TYPES, load_case2021


def test_case_fixture(fixtures: Path) -> None:
    docs = list(load_case2021(fixtures / "case2021"))
    assert [(d.id, d.label, d.sub_event_type) for d in docs] == [
        ("sample_input:1", "MOB_VIOL", "Mob violence"),
        ("sample_input:2", "PEACE_PROTEST", "Peaceful protest"),
        ("sample_input:3", "ARREST", "Arrests"),
    ]  # snippet 4 has no label


def test_case_input_file_path(fixtures: Path) -> None:
    assert len(list(load_case2021(fixtures / "case2021" / "sample_input.txt"))) == 3


def test_real_case_sample_and_label_list(shared_data: Path) -> None:
    folder = shared_data / "case2021_task2"
    docs = list(load_case2021(folder))
    assert len(docs) == 5
    labels = (folder / "event_types.txt").read_text(encoding="utf-8").split()
    assert set(labels) == set(SUB_EVENT_TYPES)  # every label maps to an ACLED sub-event type
