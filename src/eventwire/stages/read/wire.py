"""Read the layout of a wire article: furniture, headline, standfirst, body.

Text copied from a news page arrives with its furniture (menu labels,
share buttons, photo credits, agency credit lines) around a headline, a
standfirst, maybe a byline, and the story, whose first paragraph opens with
the dateline. `parse_layout` splits the text into paragraphs and labels
each with its exact offsets.

Paragraphs are separated by blank lines. Two exceptions: a text with no
blank line at all has one paragraph per line, and at the top of the article
a block of short single lines (menu label, headline, standfirst) is split
into its lines until a line opens the story (a dateline, a long line, or
a line the next one continues in lower case: wrapped prose); that line and
the rest of the block are one paragraph.

How paragraphs are labelled:

- furniture: a paragraph that one of `FURNITURE_PATTERNS` matches whole,
  wherever it stands; and, before the headline, short labels ("Asia").
- dateline: the dateline span of the paragraph where `find_dateline`
  finds one (searched in the first `DATELINE_WINDOW` paragraphs); the rest
  of that paragraph, after the separator, is body.
- headline: the first paragraph before the dateline that is one short line
  of at least `HEADLINE_MIN_WORDS` words; without a dateline it must also
  not end with a full stop and may not be the last paragraph.
- standfirst: with a dateline, short paragraphs between headline and
  dateline; without one, a single short paragraph right after the headline
  that does not end like a sentence.
- byline: "By Jane Doe", "Published: ...", "Jane Doe | 24.10.2023", or
  a line that is only a date; the first date in one is `Layout.byline_date`.
- body: everything else. A text of one paragraph is all body. A wire end
  marker closing a body paragraph ("... Africa. Enditem") is cut off as
  furniture.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...model import DatelineMatch, Layout, PartialDate, Section, SectionKind
from .dateline import find_dateline, parse_byline_date

# Thresholds, in characters unless the name says otherwise.
HEADLINE_MAX = 200        # a longer paragraph is story text
HEADLINE_MIN_WORDS = 3    # fewer words is a section label ("World", "Asia")
STANDFIRST_MAX = 350
SHORT_LINE = 200          # longest top line still split off as a header line
BYLINE_MAX = 150
DATE_LINE_MAX = 80        # "August 30, 2021 / 4:05 PM"
FURNITURE_MAX = 400       # longer paragraphs are never furniture
HEADER_BLOCKS = 6         # top blocks whose single lines may be split apart
DATELINE_WINDOW = 6       # paragraphs searched for the dateline

# Paragraphs that are page furniture, not story: each must match a whole
# paragraph (case-insensitive). Order does not matter; keep them anchored.
FURNITURE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE) for pattern in (
        # section and menu labels
        r"(?:all|latest|top|more|breaking|world|related)\s+(?:news|stories|headlines)"
        r"|news|world|home|menu|search|live|videos?|photos?|gallery|opinion"
        r"|politics|business|sports?|most\s+(?:read|popular|viewed)"
        r"|trending(?:\s+now)?|editor['’]s\s+picks?|skip\s+to\s+(?:main\s+)?content",
        # breadcrumbs: Home > World > Asia; OUTLET | Section | News
        r"[\w&'’ ]{1,30}(?:\s*[>»›]\s*[\w&'’ ]{1,30}){1,6}",
        r"[\w&'’ ]{1,30}(?:\s*\|\s*[\w&'’ ]{1,30}){2,6}",
        # outlet name in capitals with its section: ANDES MONITOR — Politics
        r"(?-i:[A-Z][A-Z&'’. ]{2,40}\s*[—–|\-]\s*[A-Z][\w&'’ ]{0,30})",
        # share, subscribe and follow buttons
        r"share(?:\s+(?:this|on)\b.{0,40})?|tweet|e-?mail|print|whatsapp"
        r"|facebook|twitter|linkedin|telegram|copy\s+link",
        r"(?:subscribe|sign\s+up|follow\s+(?:us|\S+\s+on)|join\s+(?:us|our)"
        r"|download\s+(?:our|the)\s+app|get\s+(?:our|the)\s+newsletter"
        r"|click\s+here)\b.{0,200}",
        # pointers to other stories
        r"(?:read\s+(?:more|also|next)|see\s+also|also\s+read"
        r"|related(?:\s+(?:articles?|stories|coverage|content|topics))?)"
        r"(?:\s*[:.\-–—].{0,200})?",
        # advertising
        r"advertisement|sponsored(?:\s+content)?"
        r"|story\s+continues\s+below(?:\s+advertisement)?|scroll\s+to\s+continue.{0,40}",
        # photo credits
        r"(?:photos?|photograph|image|picture|credit|file\s+photo)"
        r"(?:\s+(?:by|credit|courtesy))?\s*[:©].{0,200}",
        r"\(?(?:photo|image|picture)s?\s+(?:by|credit|courtesy)\b.{0,200}",
        r"(?:©|\(c\)|copyright\b).{0,200}|all\s+rights\s+reserved\.?",
        r"(?:EPA|AP|AFP|Reuters|Getty\s+Images|TASS|Xinhua|Anadolu(?:\s+Agency)?"
        r"|Sputnik)(?:\s+Photo)?\s*/.{0,100}",
        r"[\w .'’\-]{1,60}/(?:EPA(?:-EFE)?|AP|AFP|Reuters|Getty\s+Images|TASS"
        r"|Xinhua|Sputnik)(?:\s+Photo)?(?:\s*/.{0,60})?",
        # agency credit lines at the end of a story
        r"\((?:reporting|additional\s+reporting|writing|editing|compiled|by)\b.{0,400}\)",
        r"our\s+standards\s*:.{0,200}",
        # cookie notices
        r"(?:we\s+use\s+cookies|this\s+(?:web)?site\s+uses\s+cookies"
        r"|accept\s+(?:all\s+)?cookies|cookie\s+(?:policy|settings|preferences)"
        r"|by\s+(?:continuing|using)\b.{0,80}\bcookies\b).{0,400}",
        # wire end markers on their own line
        r"enditem|ends|\(?end\)?",
        # comment counts, tags
        r"(?:\d+\s+)?comments?|leave\s+a\s+comment|(?:tags|topics|keywords)\s*:.{0,200}"
        r"|listen\s+to\s+this\s+article.{0,40}",
    )
)

# All of them in one pattern: one scan per paragraph instead of one each.
_ANY_FURNITURE = re.compile(
    "|".join(f"(?:{pattern.pattern})" for pattern in FURNITURE_PATTERNS), re.IGNORECASE
)
_BLANK_LINE = re.compile(r"\n\s*\n")
_NEWLINE = re.compile(r"\n")
_LINE = re.compile(r"[^\n]+")
_CONTINUATION = re.compile(r"\n[^\S\n]*[a-zà-ÿ]")  # a line that goes on a sentence
_FULL_STOP = re.compile(r"[a-z0-9)%]\.['\"’”]*\Z")  # "...outpost." but not "U.S."
_SENTENCE_END = re.compile(r"[.!?…]['\"’”)]*\Z")
_BYLINE = re.compile(r"(?:By|BY)\s+[A-ZÀ-Þ]")
_PUBLISHED = re.compile(
    r"(?:first\s+)?(?:published|updated|last\s+updated|posted|date)\b", re.IGNORECASE
)
_WORDS = re.compile(r"[A-Za-z]+")
# A wire end marker after the last sentence: "... of Africa. Enditem"
END_MARKERS = ("Enditem", "ENDITEM", "ENDS", "(END)")
_END_MARKER = re.compile(
    r"(?<=[.!?\"”’])\s+(?:" + "|".join(re.escape(m) for m in END_MARKERS) + r")\Z"
)
# Words a line that is only a date and time may hold besides numbers.
_DATE_WORDS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug "
    "august sep sept september oct october nov november dec december mon "
    "monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday "
    "sat saturday sun sunday am pm a m p gmt utc bst cet cest eet eest msk "
    "ist pkt aft est edt cst cdt pst pdt et pt st nd rd th at".split()
)


def parse_layout(text: str) -> Layout:
    """Split an article into paragraphs and label each one.

    Args:
        text: The article text, as given.

    Returns:
        The layout: title, subtitle, source (the dateline's agency), the
        dateline, the byline date and one `Section` per labelled region,
        in order, each with `text[start:end]` free of surrounding space.
    """
    paragraphs = _paragraphs(text)
    kinds: list[SectionKind | None] = [
        "furniture" if _is_furniture(text[start:end]) else None
        for start, end in paragraphs
    ]
    content = [n for n, kind in enumerate(kinds) if kind is None]
    at, match = _dateline_paragraph(text, paragraphs, content)
    if match is None:
        # Keep at least one paragraph as body: a lone paragraph has no title.
        _label_header(text, paragraphs, content[:-1], kinds, dated=False)
    else:
        _label_header(text, paragraphs, content[:at], kinds, dated=True)
        kinds[content[at]] = "dateline"
    labelled = [kind or "body" for kind in kinds]
    return _layout(text, paragraphs, labelled, match)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each paragraph, splitting top lines apart."""
    paragraphs: list[tuple[int, int]] = []
    in_header = True
    for number, (start, end) in enumerate(_blocks(text)):
        if in_header and number < HEADER_BLOCKS:
            pieces, in_header = _split_header(text, start, end)
            paragraphs.extend(pieces)
        else:
            paragraphs.append((start, end))
    return paragraphs


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Yield the stripped blocks between blank lines (or lines, if none)."""
    gap = _BLANK_LINE
    if _BLANK_LINE.search(text) is None and _CONTINUATION.search(text) is None:
        gap = _NEWLINE
    position = 0
    for found in gap.finditer(text):
        block = _strip(text, position, found.start())
        if block:
            yield block
        position = found.end()
    block = _strip(text, position, len(text))
    if block:
        yield block


def _split_header(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], bool]:
    """Split a top block into its lines while they are header lines.

    Returns the paragraphs and whether the header may go on after them.
    """
    lines = [_strip(text, *found.span()) for found in _LINE.finditer(text, start, end)]
    lines = [line for line in lines if line is not None]
    pieces = []
    for number, line in enumerate(lines):
        # A line that the next one continues in lower case is wrapped prose.
        wrapped = number + 1 < len(lines) and text[lines[number + 1][0]].islower()
        if wrapped or _opens_story(text, *line):
            pieces.append((line[0], end))
            return pieces, False
        pieces.append(line)
    return pieces, True


def _opens_story(text: str, start: int, end: int) -> bool:
    """Tell whether a top line starts the story: long, or a dateline on it."""
    if end - start > SHORT_LINE:
        return True
    match = find_dateline(text, start)
    # A city alone on its line (Anadolu's "ANKARA") or a label looking like
    # one does not end the header: the story is below it.
    return match is not None and match.body_start <= end


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return `text[start:end]` less surrounding space, as offsets; None if blank."""
    piece = text[start:end]
    inner = piece.strip()
    if not inner:
        return None
    left = start + len(piece) - len(piece.lstrip())
    return left, left + len(inner)


def _is_furniture(paragraph: str) -> bool:
    """Tell whether a whole paragraph is page furniture."""
    if len(paragraph) > FURNITURE_MAX:
        return False
    return _ANY_FURNITURE.fullmatch(paragraph) is not None


def _dateline_paragraph(
    text: str, paragraphs: list[tuple[int, int]], content: list[int]
) -> tuple[int, DatelineMatch | None]:
    """Find the first of the leading content paragraphs that has a dateline.

    Returns its position in `content` and the match, or (0, None).
    """
    for at, number in enumerate(content[:DATELINE_WINDOW]):
        start, end = paragraphs[number]
        match = find_dateline(text, start)
        if match and _plausible(text, match, at, end):
            return at, match
    return 0, None


def _plausible(text: str, match: DatelineMatch, at: int, end: int) -> bool:
    """Tell whether a dateline with neither agency nor date opens a story."""
    if match.dateline.agency or match.date:
        return True
    if match.body_start > end:
        # A lone all-caps word opening the page is a label ("AFGHANISTAN"),
        # not Anadolu's city line, which comes below the headline.
        return at > 0
    # "ISLAMABAD — Police said ... ." opens a story; a label line does not.
    return _SENTENCE_END.search(text, match.body_start, end) is not None


def _label_header(
    text: str,
    paragraphs: list[tuple[int, int]],
    header: list[int],
    kinds: list[SectionKind | None],
    dated: bool,
) -> None:
    """Label the paragraphs before the story; stop where the story begins.

    With a dateline (`dated`) every paragraph before it is labelled; without
    one, labelling stops at the first paragraph that is not header.
    """
    headline = standfirst = False
    for number in header:
        paragraph = text[slice(*paragraphs[number])]
        if _is_byline(paragraph):
            kinds[number] = "byline"
        elif not headline and _is_headline(paragraph, strict=not dated):
            kinds[number], headline = "headline", True
        elif not headline and (dated or _is_label(paragraph)):
            kinds[number] = "furniture"
        elif headline and (dated or not standfirst) and _is_standfirst(paragraph, strict=not dated):
            kinds[number], standfirst = "standfirst", True
        elif dated:
            kinds[number] = "body"
        else:
            return


def _is_headline(paragraph: str, strict: bool) -> bool:
    """Tell whether a paragraph looks like a headline: one short line."""
    if "\n" in paragraph or len(paragraph) > HEADLINE_MAX:
        return False
    if len(paragraph.split()) < HEADLINE_MIN_WORDS:
        return False
    return not (strict and _FULL_STOP.search(paragraph))


def _is_label(paragraph: str) -> bool:
    """Tell whether a paragraph is a short section label ("Asia", "War")."""
    return (
        "\n" not in paragraph
        and len(paragraph.split()) < HEADLINE_MIN_WORDS
        and not _SENTENCE_END.search(paragraph)
    )


def _is_standfirst(paragraph: str, strict: bool) -> bool:
    """Tell whether a paragraph looks like a standfirst (subtitle)."""
    if len(paragraph) > STANDFIRST_MAX:
        return False
    return not (strict and _SENTENCE_END.search(paragraph))


def _is_byline(paragraph: str) -> bool:
    """Tell whether a paragraph is a byline or a publication-date line."""
    if len(paragraph) > BYLINE_MAX or "\n" in paragraph:
        return False
    if _BYLINE.match(paragraph):
        # "By Monday, the Taliban had reached Kabul." is a sentence.
        return not _FULL_STOP.search(paragraph)
    if _PUBLISHED.match(paragraph) or "|" in paragraph:
        # "Published: ...", "Jane Doe |24.10.2023 - Update : 24.10.2023"
        return parse_byline_date(paragraph) is not None
    return (
        len(paragraph) <= DATE_LINE_MAX
        and all(word.lower() in _DATE_WORDS for word in _WORDS.findall(paragraph))
        and parse_byline_date(paragraph) is not None
    )


def _layout(
    text: str,
    paragraphs: list[tuple[int, int]],
    kinds: list[SectionKind],
    match: DatelineMatch | None,
) -> Layout:
    """Assemble the layout record from labelled paragraphs."""
    sections: list[Section] = []
    texts: dict[str, str] = {}
    byline_date: PartialDate | None = None
    for (start, end), kind in zip(paragraphs, kinds):
        if kind == "dateline" and match is not None:
            sections.extend(_dateline_sections(text, match, end))
            continue
        if kind == "body":
            sections.extend(_body_sections(text, start, end))
            continue
        sections.append(Section(kind=kind, start=start, end=end))
        texts.setdefault(kind, text[start:end])
        if kind == "byline" and byline_date is None:
            byline_date = parse_byline_date(text[start:end])
    return Layout(
        title=texts.get("headline"),
        subtitle=texts.get("standfirst"),
        source=match.dateline.agency if match else None,
        dateline=match,
        byline_date=byline_date,
        sections=sections,
    )


def _dateline_sections(text: str, match: DatelineMatch, end: int) -> list[Section]:
    """Return the dateline section and the body after it in its paragraph."""
    line = match.dateline
    sections = [Section(kind="dateline", start=line.start, end=line.end)]
    if match.body_start < end:
        sections.extend(_body_sections(text, match.body_start, end))
    return sections


def _body_sections(text: str, start: int, end: int) -> list[Section]:
    """Return a body paragraph, less a trailing wire end marker (furniture)."""
    marker = None
    if text.endswith(END_MARKERS, start, end):
        marker = _END_MARKER.search(text, start, end)
    if marker is None:
        return [Section(kind="body", start=start, end=end)]
    return [
        Section(kind="body", start=start, end=marker.start()),
        Section(kind="furniture", start=end - len(marker.group().strip()), end=end),
    ]
