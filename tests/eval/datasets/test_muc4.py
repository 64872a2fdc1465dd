"""MUC-4 loader: role fillers as entities of coreferent mentions."""

from __future__ import annotations

from pathlib import Path

from eventwire.eval.datasets.muc4 import ROLES, load_muc4


def test_muc4_fixture(fixtures: Path) -> None:
    bombing, meeting = load_muc4(fixtures / "muc4.json")
    assert bombing.roles["perp_organization_id"] == (("RED FRONT", "THE RED FRONT"),)
    assert bombing.roles["phys_tgt_id"] == (("RIVERTON BRIDGE",),)
    assert set(meeting.roles) == set(ROLES) and not any(meeting.roles.values())


def test_real_muc4(shared_data: Path) -> None:
    assert sum(1 for _ in load_muc4(shared_data / "conflibert" / "muc4" / "dev.json")) == 200
    assert sum(1 for _ in load_muc4(shared_data / "conflibert" / "muc4" / "train.json")) == 1300
