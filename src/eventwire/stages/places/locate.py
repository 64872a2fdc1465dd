"""Event location: where each event happened, not where anyone came from.

For an event the place is looked for, in order:

1. *Clause*: toponyms whose nearest governing verb (walking up the
   dependency tree) is the event's trigger, or the verb a noun trigger
   hangs on ("talks ... were held in Charikar"). Left out: origins ("moving
   from Andarab") and whatever hangs below them, the dateline, nationality
   words, countries named inside an organisation's name ("the Islamic State
   of Iraq"), and places whose walk up meets another event's trigger or
   another verb first
   ("outlawed in Russia", "a source in Panjshir told"). Of several, a
   place that holds another (by the text or by the resolved places) yields
   to the inner one ("Afghanistan's province of Panjshir" gives Panjshir),
   then a locative preposition ("in", "near", "into") wins, then the
   place fewest steps below the trigger, a resolved one, the nearest. An
   unresolved hamlet gives way to the resolved unit the text puts it in.
2. *Sentence*: failing that, a toponym of the same sentence that is no
   other event's, no origin, no dateline and no speaker's ("operation in
   Afghanistan" for "embarked on an offensive"), by the same order.
3. *Context*: the place of the nearest earlier located event within
   `CONTEXT_SENTENCES` sentences, else the article's focus place (its most
   named place in its focus country), both at a coarser precision: "the
   situation in the region", "its outpost".

The precision is the ACLED code of the chosen place: 1 a town, 2 near a
town ("outside Kabul") or a district, 3 a province or larger.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from spacy.tokens import Doc, Token

from ...model import Event, Place
from .toponyms import FEATURE_WORDS, Toponym

LOCATIVE = frozenset(
    "in at near into inside outside across throughout around on onto within "
    "toward towards outskirts along over".split()
)
# Dependency labels of a clause head: a walk up stops at one.
CLAUSAL = frozenset({"ROOT", "relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "csubj",
                     "pcomp", "parataxis"})
# Nouns for whoever reports: a place hanging on one is where the speaker
# is ("a source in Panjshir"), not where the event was.
SPEAKER_NOUNS = frozenset(
    "source sources official officials spokesman spokeswoman spokesperson "
    "correspondent reporter reporters journalist journalists".split()
)
# Nouns a place may modify and still be where things happen ("Kabul
# province", "Afghanistan's north"); before any other noun a place names
# whose actor it is ("Afghanistan's President", "Russian-backed forces").
PLACE_HEADS = frozenset(FEATURE_WORDS) | frozenset(
    "part parts area areas outskirts border borders side north south east west "
    "centre center interior coast region city streets".split()
)
MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# Nouns for people and forces: a place modifying one names whose they are.
ACTOR_NOUNS = frozenset(
    "president minister government army military force troop soldier police "
    "official authority leader people citizen national ambassador embassy "
    "delegation team player company firm party rebel militant fighter "
    "navy ministry regime opposition counterpart envoy diplomat".split()
)
# How far back (in sentences) an earlier event's place is inherited.
CONTEXT_SENTENCES = 2
# Nouns a noun trigger may stand for when it heads the clause verb.
NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "pobj"})


def locate_events(doc: Doc, events: Sequence[Event], toponyms: list[Toponym],
                  places: list[Place], focus: str | None,
                  actors: Sequence[tuple[int, int]] = ()) -> list[Place | None]:
    """The location of each event.

    Args:
        doc: The parsed article.
        events: The events, any order.
        toponyms: The article's toponyms, text order.
        places: Their resolved places, same order.
        focus: The article's focus country (ISO3) or None.
        actors: Character spans of actor mentions (the actors stage's).

    Returns:
        One place (a copy with the event's precision) or None per event.
    """
    triggers = {e.id: trigger_token(doc, e) for e in events}
    event_tokens = {t.i for t in triggers.values() if t is not None}
    blocked = origin_tokens(doc, toponyms)
    actor_tokens = frozenset(t.i for start, end in actors
                             for t in (doc.char_span(start, end, alignment_mode="expand") or ()))
    chosen: dict[str, Place | None] = {}
    for event in sorted(events, key=lambda e: e.trigger.start):
        token = triggers[event.id]
        found = None
        if token is not None:
            found = in_clause(doc, token, event_tokens, toponyms, places, blocked,
                              actor_tokens=actor_tokens)
        if found is None and token is not None:
            found = in_clause(doc, token, event_tokens, toponyms, places, blocked,
                              actor_tokens=actor_tokens, whole_sentence=True)
        if found is None:
            found = inherited(event, events, chosen, toponyms, places, focus)
        chosen[event.id] = found
    return [chosen[e.id] for e in events]


def trigger_token(doc: Doc, event: Event) -> Token | None:
    """The head token of an event's trigger in the doc."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def anchors(token: Token) -> set[int]:
    """Tokens a place's clause verb may be for this trigger: the trigger, the
    verb a noun trigger depends on, and verbs the trigger chains with
    ("tried to break into")."""
    found = {token.i}
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in NOUN_DEPS:
        head = token.head
        if head.dep_ == "prep":  # "an attack by X" hangs on a preposition
            head = head.head
        if head.pos_ in ("VERB", "AUX"):
            found.add(head.i)
    for child in token.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            found.add(child.i)
    if token.dep_ == "xcomp" and token.head.pos_ == "VERB":
        found.add(token.head.i)
    return found


def clause_head(token: Token, event_tokens: set[int], stop: set[int]) -> Token | None:
    """The first verb, clause head or event trigger above a place token."""
    current = token
    for _ in range(40):  # parse trees are shallow; guard against cycles
        head = current.head
        if head.i == current.i:
            return current
        if head.i in stop or head.lower_ in SPEAKER_NOUNS:
            return None
        if head.i in event_tokens or head.pos_ in ("VERB", "AUX") or head.dep_ in CLAUSAL:
            return head
        current = head
    return None


def origin_tokens(doc: Doc, toponyms: list[Toponym]) -> set[int]:
    """Tokens of origin places and the dateline: nothing below them counts."""
    stop = set()
    for toponym in toponyms:
        if toponym.origin or toponym.dateline:
            stop.update(range(toponym.first, toponym.last + 1))
    return stop


def in_clause(doc: Doc, trigger: Token, event_tokens: set[int], toponyms: list[Toponym],
              places: list[Place], blocked: set[int], *, actor_tokens: frozenset[int] = frozenset(),
              whole_sentence: bool = False) -> Place | None:
    """The place the trigger's clause names, if any.

    With `whole_sentence`, any place of the sentence that no other event's
    clause holds.
    """
    mine = anchors(trigger)
    others = event_tokens - mine
    found = []
    sent = trigger.sent  # found anew on each use: once per call, not per toponym
    for index, toponym in enumerate(toponyms):
        if toponym.origin or toponym.dateline or toponym.demonym or toponym.in_name \
                or not sent.start <= toponym.first < sent.end:
            continue
        token = doc[toponym.last]
        root = doc[toponym.first:toponym.last + 1].root
        if root.dep_ in MODIFIER_DEPS and names_actor(root.head, actor_tokens):
            continue  # an actor's country: "Afghanistan's President"
        if whole_sentence and bracketed(doc, toponym):
            continue  # an aside: "the Taliban (outlawed in Russia)"
        head = clause_head(root, others, blocked)
        if head is None or (head.i not in mine and (not whole_sentence or head.i in others)):
            continue
        found.append((index, token))
    if not found:
        return None
    inner = {i for i, _ in found}
    nested = {p for i in inner for p in toponyms[i].parents}
    # "In Dagestan, police shot two gunmen in the town of Buinaksk".
    nested |= {i for i in inner for j in inner if i != j and contains(places[i], places[j])}
    kept = [(i, t) for i, t in found if i not in nested] or found
    best = min(kept, key=lambda it: (not locative(toponyms[it[0]], doc),
                                     depth(doc, toponyms[it[0]], mine),
                                     places[it[0]].geonameid is None,
                                     abs(it[1].i - trigger.i)))
    index = best[0]
    if places[index].geonameid is None:
        # "Lenga, in Lualaba province": a hamlet the gazetteer lacks is
        # placed by the unit the text puts it in, at that unit's precision.
        parent = next((p for p in toponyms[index].parents if places[p].geonameid is not None),
                      None)
        if parent is not None:
            return as_location(places[parent], False, floor=2)
    return as_location(places[index], toponyms[index].near)


def contains(outer: Place, inner: Place) -> bool:
    """Whether resolved place `outer` (a country or admin-1 unit) holds `inner`."""
    if outer.geonameid is None or inner.geonameid is None or outer.country != inner.country:
        return False
    if outer.feature in ("PCLI", "PCLH"):
        return inner.feature not in ("PCLI", "PCLH")
    if outer.feature == "ADM1":
        return inner.feature != "ADM1" and inner.admin1 == outer.admin1
    return False


def depth(doc: Doc, toponym: Toponym, anchors_: set[int]) -> int:
    """How many steps up the tree the toponym is from the trigger (a large
    number when the trigger is not above it)."""
    current = doc[toponym.first:toponym.last + 1].root
    for steps in range(40):
        if current.i in anchors_:
            return steps
        if current.head.i == current.i:
            break
        current = current.head
    return 99


def bracketed(doc: Doc, toponym: Toponym) -> bool:
    """Whether the toponym sits inside parentheses or square brackets."""
    sent = doc[toponym.first].sent
    before = doc[sent.start:toponym.first].text
    return before.count("(") > before.count(")") or before.count("[") > before.count("]")


def names_actor(head: Token, actor_tokens: frozenset[int]) -> bool:
    """Whether a noun a place modifies is an actor ("Afghanistan's President",
    "Russian-backed forces"), not a spot ("Moscow home", "Sofia restaurant")."""
    if head.lower_ in PLACE_HEADS:
        return False
    return head.i in actor_tokens or head.lemma_.lower() in ACTOR_NOUNS


def locative(toponym: Toponym, doc: Doc) -> bool:
    """Whether a locative preposition governs the toponym ("in X", "near X")."""
    root = doc[toponym.first:toponym.last + 1].root
    head = root.head
    while head.dep_ in ("pobj", "appos", "compound", "amod") and head.head.i != head.i:
        head = head.head
    return head.lower_ in LOCATIVE or toponym.near


def as_location(place: Place, near: bool, floor: int | None = None) -> Place:
    """A copy of a mention as an event location, with its precision."""
    precision = place.precision
    if near and precision == 1:
        precision = 2
    if floor is not None and precision is not None:
        precision = max(precision, floor)
    if precision is None and place.geonameid is None:
        precision = None
    return place.model_copy(update={"precision": precision})


def inherited(event: Event, events: Sequence[Event], chosen: dict[str, Place | None],
              toponyms: list[Toponym], places: list[Place], focus: str | None) -> Place | None:
    """The place of the nearest earlier located event, else the focus place."""
    sentence = event.evidence.sentence
    earlier = [e for e in events if e.trigger.start < event.trigger.start
               and chosen.get(e.id) is not None
               and 0 <= sentence - e.evidence.sentence <= CONTEXT_SENTENCES]
    if earlier:
        previous = max(earlier, key=lambda e: e.trigger.start)
        return as_location(chosen[previous.id], False, floor=2)
    place = focus_place(toponyms, places, focus)
    return as_location(place, False, floor=3) if place is not None else None


def focus_place(toponyms: list[Toponym], places: list[Place], focus: str | None) -> Place | None:
    """The article's most named resolved place below country level in its
    focus country (ties: the first named); None when there is none."""
    counts: Counter[int] = Counter()
    first: dict[int, int] = {}
    for toponym, place in zip(toponyms, places):
        if toponym.dateline or toponym.demonym or toponym.in_name or place.geonameid is None \
                or place.country != focus:
            continue
        if place.feature in ("PCLI", "PCLH"):
            continue
        counts[place.geonameid] += 1
        first.setdefault(place.geonameid, len(first))
    if not counts:
        return None
    best = max(counts, key=lambda gid: (counts[gid], -first[gid]))
    return next(p for p in places if p.geonameid == best)
