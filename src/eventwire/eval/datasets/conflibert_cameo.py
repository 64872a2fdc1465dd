"""ConfliBERT's CAMEO class set: `sentence<TAB>class` lines, no header.

Classes: 0 statement, 1 verbal cooperation, 2 material cooperation,
3 verbal conflict, 4 material conflict. Lines end in CRLF.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventwire.eval.datasets.registry import register_dataset
from eventwire.eval.gold import CameoClassGold

CLASSES = {
    0: "statement", 1: "verbal cooperation", 2: "material cooperation",
    3: "verbal conflict", 4: "material conflict",
}


@register_dataset(
    "conflibert_cameo",
    description="sentences with a five-way CAMEO quad class (0 statement .. 4 material conflict)",
    citation="Hu et al., \"ConfliBERT: A Pre-trained Language Model for Political Conflict and "
    "Violence\" (NAACL 2022), eventdata/ConfliBERT",
)
def load_conflibert_cameo(path: Path) -> Iterator[CameoClassGold]:
    """Read a ConfliBERT CAMEO class TSV.

    Args:
        path: the TSV file.

    Returns:
        An iterator of classified sentences; malformed lines are skipped.
    """
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            text, tab, label = line.rstrip("\r\n").rpartition("\t")
            if tab and text.strip() and label.strip().isdigit() and int(label) in CLASSES:
                yield CameoClassGold(id=f"{path.stem}-{number}", text=text, quad_class=int(label))
