"""PolNeAR attribution relations in brat standoff (`.txt` + `.ann`).

A split directory holds `text/NAME.txt` and `attributions/NAME_XXXX.ann`,
XXXX being the annotator. Some articles were annotated more than once;
the loader takes the first annotator in sorted order so every article
counts once. Spans may be discontinuous ("315 448;463 553"): the gold span
then covers all its fragments, which are kept. An `E` line ties a Source,
Cue and Content (sometimes a second `Content2`, or no Source) to one
attribution. `metadata.tsv` beside the split, when present, gives titles
and publication dates.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from eventwire.eval.datasets.registry import register_dataset
from eventwire.eval.gold import GoldAttribution, GoldSpan, PolnearGold

ROLES = ("Source", "Cue", "Content")
_ENTITY = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$")
_ANNOTATOR = re.compile(r"^(.*)_([0-9a-f]{4})\.ann$")


@register_dataset(
    "polnear",
    description="political news with attribution relations (source, cue, content spans)",
    citation="Newell, Margolin & Ruths, \"An Attribution Relations Corpus for Political News\" "
    "(LREC 2018), networkdynamics/PolNeAR",
)
def load_polnear(path: Path) -> Iterator[PolnearGold]:
    """Read a PolNeAR split directory (e.g. `polnear/dev`).

    Args:
        path: the split directory, holding `text/` and `attributions/`.

    Returns:
        An iterator of annotated articles, sorted by file name; articles
        without an annotation file are skipped.
    """
    annotations = _annotation_files(path / "attributions")
    metadata = _metadata(path.parent / "metadata.tsv")
    for text_file in sorted((path / "text").glob("*.txt")):
        ann = annotations.get(text_file.stem)
        if ann is None:
            continue
        title, published = metadata.get(text_file.stem, (None, None))
        yield PolnearGold(
            id=text_file.stem,
            text=_read(text_file),
            title=title,
            published=published,
            annotator=ann.stem.rsplit("_", 1)[-1],
            attributions=parse_ann(ann.read_text(encoding="utf-8")),
        )


def _read(file: Path) -> str:
    """Read a text file as is: brat offsets count '\\r' too."""
    with open(file, encoding="utf-8", newline="") as handle:
        return handle.read()


def _annotation_files(directory: Path) -> dict[str, Path]:
    """Map each article name to its first annotator's `.ann` file."""
    chosen: dict[str, Path] = {}
    for ann in sorted(directory.glob("*.ann")):
        match = _ANNOTATOR.match(ann.name)
        chosen.setdefault(match.group(1) if match else ann.stem, ann)
    return chosen


def _metadata(file: Path) -> dict[str, tuple[str | None, str | None]]:
    """Read titles and publication dates by file name, if the table exists."""
    if not file.is_file():
        return {}
    with open(file, encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {
            row["filename"]: ((row.get("title") or None), _iso(row.get("publication_date")))
            for row in rows
            if row.get("filename")
        }


def _iso(value: str | None) -> str | None:
    """Keep a YYYY-MM-DD value, drop anything else."""
    return value if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None


def parse_ann(content: str) -> tuple[GoldAttribution, ...]:
    """Parse brat standoff into attribution relations.

    Args:
        content: the text of an `.ann` file.

    Returns:
        One relation per `E` line, its spans grouped by role.
    """
    spans: dict[str, GoldSpan] = {}
    relations: list[list[str]] = []
    for line in content.splitlines():
        entity = _ENTITY.match(line)
        if entity:
            spans[entity.group(1)] = _span(entity.group(3), entity.group(4))
        elif line.startswith("E"):
            relations.append(line.split("\t", 1)[-1].split())
    return tuple(_relation(args, spans) for args in relations)


def _span(offsets: str, text: str) -> GoldSpan:
    """A brat span, discontinuous fragments joined by ';'."""
    parts = [part.split() for part in offsets.split(";") if part.strip()]
    fragments = tuple((int(a), int(b)) for a, b in parts)
    start, end = min(f[0] for f in fragments), max(f[1] for f in fragments)
    return GoldSpan(start, end, text, fragments if len(fragments) > 1 else ())


def _relation(args: list[str], spans: dict[str, GoldSpan]) -> GoldAttribution:
    """Group one relation's arguments (`Role:T12`) by role; the trigger is skipped."""
    by_role: dict[str, list[GoldSpan]] = defaultdict(list)
    for arg in args[1:]:
        role, _, ref = arg.partition(":")
        role = role.rstrip("0123456789")  # Content2 is a second Content
        if role in ROLES and ref in spans:
            by_role[role].append(spans[ref])
    return GoldAttribution(
        sources=tuple(by_role["Source"]),
        cues=tuple(by_role["Cue"]),
        contents=tuple(by_role["Content"]),
    )
