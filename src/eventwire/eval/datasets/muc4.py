"""MUC-4 in ConfliBERT's JSON: `{doc_id: {"doc": text, "roles": {...}}}`.

Each role (`perp_individual_id`, `perp_organization_id`, `phys_tgt_id`,
`hum_tgt_name`, `incident_instrument_id`) lists entities, and each entity
lists its coreferent mentions as written in the (upper-case) text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.eval.datasets.registry import register_dataset
from eventwire.eval.datasets.stream import iter_json
from eventwire.eval.gold import Muc4Gold

ROLES = (
    "perp_individual_id", "perp_organization_id", "phys_tgt_id", "hum_tgt_name",
    "incident_instrument_id",
)


@register_dataset(
    "muc4",
    description="MUC-4 wire stories with perpetrator, target and weapon fillers",
    citation="MUC-4 (Sundheim 1992), as distributed with ConfliBERT (eventdata/ConfliBERT)",
)
def load_muc4(path: Path) -> Iterator[Muc4Gold]:
    """Read a MUC-4 JSON file.

    Args:
        path: the JSON file.

    Returns:
        An iterator of stories with their role fillers.
    """
    for doc_id, item in iter_json(path):
        roles = _roles(item.get("roles") or {})
        yield Muc4Gold(id=str(doc_id), text=item.get("doc") or "", roles=roles)


def _roles(roles: dict[str, Any]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Normalise the role table: every role present, entities as tuples of mentions."""
    return {
        role: tuple(tuple(str(m) for m in entity) for entity in roles.get(role) or () if entity)
        for role in ROLES
    }
