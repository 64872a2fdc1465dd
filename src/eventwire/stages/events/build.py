"""From mentions to draft events: sense, roles, ACLED type, size and status.

A `Draft` is an event before coreference and ordering: the stage merges
drafts that report the same event, then orders them by salience and writes
`Event` records (see `component.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Span, Token

from ...model import AcledType, Actor, Size, Status, Time
from .classify import acled_type, cameo_root, choose_sense, is_armed
from .detect import Mention
from .lexicon import Sense
from .roles import ActorIndex, actor_of, arguments, to_actors
from .sizes import plural_dead, size_of
from .status import status_of

# Nouns for places an event can take ("gained control over the capital").
PLACE_NOUNS = frozenset({
    "capital", "city", "town", "village", "district", "province", "region", "area", "territory",
    "base", "outpost", "airport", "border", "valley", "county", "state", "port", "island",
    "neighbourhood", "neighborhood", "stronghold", "positions", "position", "camp", "checkpoint",
})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass
class Draft:
    """An event found in one or more mentions, before it is written out."""

    mentions: list[Mention]
    sentence: int  # index into `record.state["sentences"]` of the first mention
    section: str  # the section kind of the first mention (headline, body...)
    sense: Sense
    actors: list[Actor]
    acled: AcledType
    cameo: str
    size: Size
    status: Status
    territory: bool = False
    doubt: bool = False  # the ACLED type rests on a default (an unknown target)
    plural_dead: bool = False  # deaths reported without a number ("killed civilians")
    names_its_event: bool = False  # a toll "in a shootout": that new event's, not an earlier one's
    salience: float = 0.0
    confidence: float = 0.0
    extra_sentences: list[int] = field(default_factory=list)

    @property
    def trigger(self) -> Token:
        return self.mentions[0].trigger


def draft_of(
    mention: Mention, sent: Span, index: ActorIndex, *, sentence: int, section: str,
    others: Sequence[Token], anchor: date | None, times: Sequence[Time],
) -> Draft:
    """Build the draft event of one mention.

    Args:
        mention: the trigger and its senses.
        sent: the sentence it is in.
        index: the article's actor mentions.
        sentence: the sentence's index.
        section: the kind of section the sentence is in.
        others: the other triggers of the sentence (for size attachment).
        anchor: the publication date.
        times: the article's time expressions.
    """
    args = arguments(mention)
    actors = to_actors(args, index)
    clausal = any(c.dep_ == "ccomp" for c in mention.trigger.children)
    aimed = any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in mention.trigger.children)
    sense = choose_sense(mention.senses, actors, clausal=clausal, aimed=aimed and mention.is_noun)
    if sense is not mention.sense:
        mention.sense = sense
        args = arguments(mention)  # a patient sense reads possessors as targets
        actors = to_actors(args, index)
    status = status_of(mention.trigger, anchor=anchor, times=times)
    if mention.foiled:
        status = status.model_copy(update={"attempted": True})
    if status.future or announced_future(mention):
        status = status.model_copy(update={"future": True})
        sense = future_sense(sense)
    territory = takes_territory(mention)
    words = frozenset(t.lower_ for t in clause_tokens(mention.trigger))
    if sense.type == "ASSAULT" and sense.mode in (None, "firearms", "explosives"):
        weapon = weapon_mode(words, sent)
        # Named weapons set the mode; a bomb dropped from a plane or worn by
        # a suicide bomber is more precise than "explosives".
        if weapon and (sense.mode != "explosives" or weapon in ("aerial", "suicide-attack")):
            sense = replace(sense, mode=weapon)
    if sense.type == "ASSAULT" and not any(a.role == "target" for a in actors):
        actors = actors + unnamed_victims(args.targets, index)
    sentence_words = frozenset(t.lower_ for t in sent)
    acled = acled_type(sense, actors, territory=territory, words=words | sentence_words,
                       rival_armed=rival_armed(sent, actors, index))
    return Draft(
        mentions=[mention], sentence=sentence, section=section, sense=sense, actors=actors,
        acled=acled, cameo=cameo_root(sense, acled), size=size_of(mention.trigger, others),
        status=status, territory=territory, doubt=acled_doubt(sense, actors),
        plural_dead=plural_dead(mention.trigger, others),
    )


def acled_doubt(sense: Sense, actors: list[Actor]) -> bool:
    """Whether battle vs. violence against civilians was decided without
    knowing who was attacked."""
    if sense.type != "ASSAULT":
        return False
    targets = [a for a in actors if a.role == "target"]
    return not any(a.sector or a.acled_inter for a in targets)


# PLOVER codes promised cooperation as AGREE and announced retreats as
# CONCEDE ("will visit", "will withdraw"): the promise is the event.
FUTURE_TYPES = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
                "RETREAT": "CONCEDE"}
FUTURE_CAMEO = {"AGREE": "03", "CONCEDE": "08"}
FUTURE_WORDS = frozenset({"will", "shall", "'ll", "wo"})
PLAN_VERBS = frozenset({"plan", "intend", "prepare", "decide", "expect", "promise", "pledge", "vow"})


def announced_future(mention: Mention) -> bool:
    """A clause that says the event will happen ("will visit", "plans to withdraw")."""
    verb = mention.governor or mention.trigger
    if mention.is_noun and mention.governor is None:
        verb = mention.trigger.head if mention.trigger.head.pos_ in ("VERB", "AUX") else mention.trigger
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_WORDS for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PLAN_VERBS


def future_sense(sense: Sense) -> Sense:
    """The sense PLOVER gives a promised event (unchanged for other types)."""
    kind = FUTURE_TYPES.get(sense.type)
    if sense.type == "RETREAT" and sense.mode == "release":
        kind = "AGREE"  # a promised release is an intent to cooperate
    if kind is None:
        return sense
    return replace(sense, type=kind, mode=None, cameo=FUTURE_CAMEO[kind])


# Weapons named near an attack give its mode: the clause first, then the sentence.
WEAPON_WORDS = (
    ("suicide-attack", frozenset({"suicide"})),
    ("aerial", frozenset({"airstrike", "airstrikes", "jet", "jets", "warplane", "warplanes", "drone",
                          "drones", "aircraft", "helicopter", "helicopters", "mig", "bomber", "bombers",
                          "aerial"})),
    ("heavy-weapons", frozenset({"mortar", "mortars", "shell", "shells", "shelling", "artillery", "rocket",
                                 "rockets", "missile", "missiles", "tank", "tanks"})),
    ("explosives", frozenset({"bomb", "bombs", "ied", "ieds", "explosive", "explosives", "landmine",
                              "landmines", "mine", "explosion", "blast", "grenade", "grenades"})),
)


AIR_PHRASES = ("air strike", "air raid", "air force", "air attack", "air-strike")


def weapon_mode(clause: frozenset[str], sentence: Span) -> str | None:
    """The mode the weapons named near an attack imply, if any."""
    words_of_sentence = frozenset(t.lower_ for t in sentence)
    text = sentence.text.lower()
    for words in (clause, words_of_sentence):
        for mode, cues in WEAPON_WORDS:
            if words & cues:
                return mode
    if any(phrase in text for phrase in AIR_PHRASES):
        return "aerial"
    return None


# People an attack hurts whom the actors stage does not name ("a farmer",
# "two people"): recorded as unnamed civilian targets.
VICTIM_NOUNS = frozenset({
    "people", "person", "man", "woman", "men", "women", "child", "children", "boy", "girl", "farmer",
    "villager", "resident", "civilian", "student", "passenger", "worker", "trader", "teacher", "idp",
    "idps", "family", "herder", "fisherman", "driver", "motorist", "pedestrian", "citizen", "local",
    "member", "supporter", "candidate", "leader", "chief", "elder", "official", "councillor",
})


# Places whose attack is an attack on the people in them, or on armed men.
CIVILIAN_PLACES = frozenset({"village", "town", "community", "market", "mosque", "church", "school",
                             "home", "house", "vehicle", "bus", "hospital", "farm", "settlement"})
ARMED_PLACES = frozenset({"position", "base", "outpost", "checkpoint", "barracks", "convoy", "patrol",
                          "garrison", "post"})


def belongs_to_group(token: Token) -> bool:
    """"members of al-Shabaab", "Boko Haram fighters": a named group's people."""
    named = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    named += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.pos_ == "PROPN"]
    return bool(named)


def unnamed_victims(targets: list[Token], index: ActorIndex) -> list[Actor]:
    """Targets of an attack that are not known actors: people and villages
    (civilians), military positions (armed men)."""
    victims = []
    for token in targets:
        lemma = token.lemma_.lower()
        if index.of_phrase(token) is not None or belongs_to_group(token):
            continue
        if lemma in VICTIM_NOUNS or lemma in CIVILIAN_PLACES:
            sector, inter = "CVL", 7
        elif lemma in ARMED_PLACES:
            sector, inter = "MIL", None
        else:
            continue
        start, end = token.left_edge.idx, token.idx + len(token.text)
        victims.append(Actor(role="target", text=token.doc.text[start:end], start=start, end=end,
                             sector=sector, acled_inter=inter))
    return victims


def rival_armed(sent: Span, actors: list[Actor], index: ActorIndex) -> bool:
    """Whether the sentence names an armed actor besides the event's sources."""
    sources = {a.name for a in actors if a.role == "source"}
    for mention in index.within(sent.start_char, sent.end_char):
        if mention.name not in sources and is_armed(actor_of(mention, "target")):
            return True
    return False


def clause_tokens(trigger: Token) -> list[Token]:
    """The tokens of the trigger's clause (its subtree, or its governor's)."""
    head = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.head.pos_ == "VERB" else trigger
    return list(head.subtree)


def takes_territory(mention: Mention) -> bool:
    """Whether the event's object is a place: "swept into Kabul", "took control of the town"."""
    trigger = mention.trigger
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    for child in trigger.children:
        if child.dep_ in ("prep", "prt") or (child.dep_ == "dobj" and child.lower_ == "control"):
            objects += [g for g in child.subtree if g.dep_ == "pobj"]
    return any(is_place(o) for o in objects)


def is_place(token: Token) -> bool:
    """A place name or a noun for a place."""
    return token.ent_type_ in PLACE_LABELS or token.lemma_.lower() in PLACE_NOUNS
