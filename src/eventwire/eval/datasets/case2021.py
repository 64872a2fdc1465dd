"""CASE 2021 task 2: fine-grained event classification of short snippets.

Input files are `ID<TAB>text` lines; the labels sit in a parallel file with
`ID<TAB>LABEL` lines, named like the input with "input" replaced by
"output" (`sample_input.txt` -> `sample_output.txt`). The 25 labels of
subtask 1 are ACLED sub-event types (`SUB_EVENT_TYPES`); the five others
(organised crime, disasters, diplomacy, attribution) have no ACLED type.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventwire.eval.datasets.registry import register_dataset
from eventwire.eval.gold import CaseGold

SUB_EVENT_TYPES = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "AGREEMENT": "Agreement",
    "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash",
    "ARREST": "Arrests",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ATTACK": "Attack",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "GRENADE": "Grenade",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence",
    "SUIC_BOMB": "Suicide bomb",
    "VIOL_DEMONSTR": "Violent demonstration",
}
LABELS_BY_SUB_EVENT = {sub: label for label, sub in SUB_EVENT_TYPES.items()}


@register_dataset(
    "case2021",
    description="CASE 2021 task 2 snippets labelled with ACLED sub-event types",
    citation="Haneczok et al., \"Fine-grained Event Classification in News-like Text Snippets\" "
    "(CASE 2021 shared task 2), emerging-welfare/case-2021-shared-task",
)
def load_case2021(path: Path) -> Iterator[CaseGold]:
    """Read labelled CASE 2021 task 2 snippets.

    Args:
        path: an input file, or a directory whose `*input*.txt` files are read.

    Returns:
        An iterator of labelled snippets; snippets without a label are skipped.
    """
    inputs = [path] if path.is_file() else sorted(path.glob("*input*.txt"))
    for input_file in inputs:
        labels = dict(_rows(input_file.with_name(input_file.name.replace("input", "output"))))
        for snippet_id, text in _rows(input_file):
            label = labels.get(snippet_id)
            if label and text.strip():
                yield CaseGold(
                    id=f"{input_file.stem}:{snippet_id}",
                    text=text,
                    label=label,
                    sub_event_type=SUB_EVENT_TYPES.get(label),
                )


def _rows(file: Path) -> Iterator[tuple[str, str]]:
    """Yield (id, value) from `ID<TAB>value` lines; none when the file is absent."""
    if not file.is_file():
        return
    with open(file, encoding="utf-8") as handle:
        for line in handle:
            key, tab, value = line.rstrip("\r\n").partition("\t")
            if tab:
                yield key.strip(), value.strip()
