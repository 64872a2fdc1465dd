"""Geoparsing XML: LGL, GeoWebNews and GeoVirus (Gritta et al.).

The three files share `<articles><article><text>` but differ below:

- LGL: `<toponyms><toponym>` with `start`, `end`, `phrase` and, when the
  annotators resolved it, a `<gaztag geonameid=...>` with name, lat, lon,
  country and admin1.
- GeoWebNews: `<toponyms><toponym>` with `extractedName`, a fine-grained
  `type`, `start`, `end` and optional `geonamesID`, `latitude`, `longitude`.
  Types that are not toponyms (`NON_TOPONYMS`: expressions such as "city",
  homonyms) are dropped, as are the few toponyms whose offsets do not point
  at their name (some are negative).
- GeoVirus: `<locations><location>` with `name`, `start`, `end`, `lat`,
  `lon` and a Wikipedia `page`, no GeoNames id. Its offsets are one past
  Python's (start is 1-based, end one beyond the name): they are shifted
  back by one. A few `<location>` elements wrap further ones; all count.
  Commented-out articles are not articles.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from eventwire.eval.datasets.registry import register_dataset
from eventwire.eval.gold import GeoGold, GoldToponym

NON_TOPONYMS = frozenset({"Literal_Expression", "Non_Lit_Expression", "Non_Toponym", "Homonym"})


@register_dataset(
    "geo",
    description="news with every toponym marked and resolved (LGL, GeoWebNews, GeoVirus)",
    citation="Gritta et al., \"A Pragmatic Guide to Geoparsing Evaluation\" (2019), "
    "milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation (LGL: Lieberman et al. 2010; "
    "GeoVirus: Gritta et al. 2018)",
)
def load_geo(path: Path) -> Iterator[GeoGold]:
    """Read one of the geoparsing XML files; the format is told per article.

    Args:
        path: `lgl.xml`, `GWN.xml` or `GeoVirus.xml` (or a file like them).

    Returns:
        An iterator of articles with their toponyms.
    """
    articles = etree.iterparse(str(path), tag="article", events=("end",))
    for index, (_, article) in enumerate(articles):
        yield _article(article, f"{path.stem}-{index}")
        article.clear()


def _article(article: etree._Element, fallback_id: str) -> GeoGold:
    """Build the gold record of one `<article>`."""
    text = article.findtext("text") or ""
    if article.find("locations") is not None:
        locations = article.iter("location")
        toponyms = [_geovirus(loc) for loc in locations if loc.find("start") is not None]
    else:
        toponyms = [_toponym(t) for t in article.iter("toponym")]
    kept = tuple(t for t in toponyms if t is not None and _points_at(text, t))
    dltime = article.findtext("dltime") or ""
    gwn_id = f"GWN-{article.get('file')}" if article.get("file") else None
    return GeoGold(
        id=article.get("docid") or gwn_id or fallback_id,
        text=text,
        title=(article.findtext("title") or "").strip() or None,
        published=dltime[:10] if len(dltime) >= 10 else None,
        toponyms=kept,
    )


def _points_at(text: str, toponym: GoldToponym) -> bool:
    """True when the offsets are inside the text and cover the toponym's words."""
    start, end = toponym.start, toponym.end
    return 0 <= start < end <= len(text) and text[start:end] == toponym.text


def _toponym(element: etree._Element) -> GoldToponym | None:
    """An LGL or GeoWebNews `<toponym>`; None for GeoWebNews non-toponyms."""
    if element.find("gaztag") is not None or element.find("phrase") is not None:
        return _lgl(element)
    kind = element.findtext("type")
    if kind in NON_TOPONYMS:
        return None
    return GoldToponym(
        _int(element.findtext("start")),
        _int(element.findtext("end")),
        element.findtext("extractedName") or "",
        name=element.findtext("normalisedName") or None,
        geonameid=_int(element.findtext("geonamesID"), None),
        lat=_float(element.findtext("latitude")),
        lon=_float(element.findtext("longitude")),
        kind=kind,
    )


def _lgl(element: etree._Element) -> GoldToponym:
    """An LGL `<toponym>` and its gazetteer entry, when resolved."""
    gaztag = element.find("gaztag")
    resolved = gaztag is not None
    return GoldToponym(
        _int(element.findtext("start")),
        _int(element.findtext("end")),
        element.findtext("phrase") or "",
        name=gaztag.findtext("name") if resolved else None,
        geonameid=_int(gaztag.get("geonameid"), None) if resolved else None,
        lat=_float(gaztag.findtext("lat")) if resolved else None,
        lon=_float(gaztag.findtext("lon")) if resolved else None,
        country=gaztag.findtext("country") if resolved else None,
        admin1=gaztag.findtext("admin1") if resolved else None,
    )


def _geovirus(element: etree._Element) -> GoldToponym:
    """A GeoVirus `<location>`, its offsets shifted to Python's."""
    return GoldToponym(
        _int(element.findtext("start")) - 1,
        _int(element.findtext("end")) - 1,
        element.findtext("name") or "",
        name=element.findtext("name"),
        lat=_float(element.findtext("lat")),
        lon=_float(element.findtext("lon")),
    )


def _int(value: str | None, default: int | None = -1) -> int | None:
    """Parse an integer; `default` when empty or malformed."""
    try:
        return int(value) if value and value.strip() else default
    except ValueError:
        return default


def _float(value: str | None) -> float | None:
    """Parse a decimal; None when empty or malformed."""
    try:
        return float(value) if value and value.strip() else None
    except ValueError:
        return None
