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

from ...model import AcledType, Actor, ActorMention, Size, Status, Time
from .classify import CIVILIAN_PLACES, RECIPROCAL, SEARCHING, acled_type, cameo_root, choose_sense, is_armed
from .detect import Mention, is_place, place_objects
from .lexicon import Sense
from .roles import ActorIndex, actor_of, arguments, prep_objects, to_actors
from .sizes import harmed_of, plural_dead, size_of
from .status import status_of

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
    nearby: frozenset[str] = frozenset()  # words of the sentences around (a crowd's violence)
    words: frozenset[str] = frozenset()  # the clause's and sentence's words (ACLED cues)
    rival: str | None = None  # the sentence names another armed actor ("police", "armed")
    plural_dead: bool = False  # deaths reported without a number ("killed civilians")
    names_its_event: bool = False  # a toll "in a shootout": that new event's, not an earlier one's
    salience: float = 0.0
    confidence: float = 0.0
    extra_sentences: list[int] = field(default_factory=list)

    @property
    def trigger(self) -> Token:
        return self.mentions[0].trigger

    @property
    def last_sentence(self) -> int:
        """The last sentence a mention of the event is in."""
        return max([self.sentence, *self.extra_sentences])


def draft_of(
    mention: Mention, sent: Span, index: ActorIndex, *, sentence: int, section: str,
    others: Sequence[Token], anchor: date | None, times: Sequence[Time], nearby: frozenset[str] = frozenset(),
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
        nearby: lower-cased words of the sentences just before and after
            (a demonstration's violence is often told next: "Protesters
            then threw stones").
    """
    args = arguments(mention)
    actors = to_actors(args, index)
    clausal = any(c.dep_ == "ccomp" for c in mention.trigger.children)
    aimed = any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in mention.trigger.children)
    territory = takes_territory(mention, index)
    sense = choose_sense(mention.senses, actors, clausal=clausal, aimed=aimed and mention.is_noun,
                         territorial=territory and direct_place(mention, index))
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
    words = frozenset(t.lower_ for t in clause_tokens(mention.trigger))
    if sense.type == "ASSAULT" and sense.mode in (None, "firearms", "explosives"):
        # Gunfire ("ambushed", "opened fire") takes only its own clause's
        # weapons, not a bomb told elsewhere in the sentence.
        weapon = weapon_mode(own_clause_words(mention.trigger), sent if sense.mode != "firearms" else None)
        if (reciprocal(sense) or sense.territory) and weapon != "aerial":
            # Fighting and overrunning stay battles whatever the guns
            # ("clashed with mortars", "overran a bomb factory").
            weapon = None
        # Named weapons set the mode; a bomb dropped from a plane or worn by
        # a suicide bomber is more precise than "explosives".
        if weapon and (sense.mode != "explosives" or weapon in ("aerial", "suicide-attack")):
            sense = replace(sense, mode=weapon)
    if sense.type == "ASSAULT" and not any(a.role == "target" for a in actors):
        # The people a toll counts are the attack's victims when the clause
        # names none ("Seven people died when a drone hit a depot").
        harmed = [t for t in harmed_of(mention.trigger, others) if t not in args.targets]
        named = {m.start: m for m in map(index.of_phrase, harmed) if m is not None}
        actors = actors + [actor_of(m, "target") for m in named.values()] \
            + unnamed_victims(args.targets + harmed, index)
    elif sense.type == "ASSAULT":
        actors = armed_by_noun(actors, args.targets, index)
    words |= frozenset(t.lower_ for t in sent)
    if sense.type == "PROTEST":
        words -= grievance_words(mention.trigger)
    rival = rival_armed(sent, actors, index)
    if sense.type == "COERCE":
        # Seizing takes ground only when a place is what is seized ("seized
        # the town"), not where ("looted a clinic in the village").
        territory = (direct_place(mention, index) and sense.entry not in SEARCHING) or (territory and sense.territory)
    acled = acled_type(sense, actors, territory=territory, words=words, rival_armed=rival is not None,
                       rival_police=rival == "police", nearby=nearby)
    if mention.foiled and sense.mode in EXPLOSIVE_MODES and mention.governor is not None \
            and mention.governor.lemma_.lower() in DISRUPTING and not words & CASUALTY_WORDS \
            and mention.governor.head.lemma_.lower() not in ("try", "attempt"):
        # "defused a bomb": a weapon kept from use, not an explosion.
        acled = AcledType(event_type="Strategic developments", sub_event_type="Disrupted weapons use")
    return Draft(
        mentions=[mention], sentence=sentence, section=section, sense=sense, actors=actors,
        acled=acled, cameo=cameo_root(sense, acled), size=size_of(mention.trigger, others),
        status=status, territory=territory, doubt=acled_doubt(sense, actors), words=words, rival=rival,
        nearby=nearby, plural_dead=plural_dead(mention.trigger, others),
    )


# Verbs that keep a weapon from use ("defused a bomb").
DISRUPTING = frozenset({"defuse", "disarm", "dismantle", "neutralise", "neutralize"})
EXPLOSIVE_MODES = frozenset({"explosives", "suicide-attack"})
# A defusing that cost lives is still an explosion.
CASUALTY_WORDS = frozenset({"dead", "killed", "died", "injured", "wounded", "killing", "death"})


def reclassify(draft: Draft, lead: Draft) -> None:
    """Give a merged draft the ACLED type its leading mention's sense implies
    with all the merged participants ("two were killed in clashes between the
    army and rebels": the clash says battle, the toll alone said civilians)."""
    draft.acled = acled_type(lead.sense, draft.actors, territory=lead.territory,
                             words=draft.words | lead.words, rival_armed=lead.rival is not None,
                             rival_police=lead.rival == "police", nearby=lead.nearby)
    draft.cameo = cameo_root(lead.sense, draft.acled)
    draft.doubt = acled_doubt(lead.sense, draft.actors)


# What a protest is against is not what the protesters did ("protests
# against looting").
GRIEVANCE_PREPS = frozenset({"against", "over", "about", "for"})


def grievance_words(trigger: Token) -> frozenset[str]:
    """Lower-cased words of what a protest is against (its against/over phrases)."""
    return frozenset(t.lower_ for c in trigger.children if c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPS
                     for t in c.subtree)


def reciprocal(sense: Sense) -> bool:
    """Whether the sense's word says two sides fought ("clash", "fighting";
    an offensive may be one side's bombing)."""
    return sense.word in RECIPROCAL and sense.word not in ("offensive", "counteroffensive")


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
                              "landmines", "explosion", "blast", "grenade", "grenades"})),
)


AIR_PHRASES = ("air strike", "air raid", "air force", "air attack", "air-strike")
# "Mine" alone is as often a pit as a bomb.
MINE_PHRASES = ("land mine", "anti-personnel mine", "anti-tank mine")


def weapon_mode(clause: frozenset[str], sentence: Span | None) -> str | None:
    """The mode the weapons named near an attack imply, if any (the clause
    first, then the sentence when given)."""
    layers = [clause] + ([frozenset(t.lower_ for t in sentence)] if sentence is not None else [])
    for words in layers:
        for mode, cues in WEAPON_WORDS:
            if words & cues:
                return mode
    if sentence is None:
        return None
    text = sentence.text.lower()
    if any(phrase in text for phrase in AIR_PHRASES):
        return "aerial"
    if any(phrase in text for phrase in MINE_PHRASES):
        return "explosives"
    return None


# People an attack hurts whom the actors stage does not name ("a farmer",
# "two people"): recorded as unnamed civilian targets.
VICTIM_NOUNS = frozenset({
    "people", "person", "man", "woman", "men", "women", "child", "children", "boy", "girl", "farmer",
    "villager", "resident", "civilian", "student", "passenger", "worker", "trader", "teacher", "idp",
    "idps", "family", "herder", "fisherman", "driver", "motorist", "pedestrian", "citizen", "local",
    "member", "supporter", "candidate", "leader", "chief", "elder", "official", "councillor",
    "motorcyclist", "cyclist", "traveller", "traveler", "shopkeeper", "businessman", "businesswoman",
    "vendor", "miner", "nurse", "doctor", "patient", "pupil", "youth", "priest", "pastor", "imam",
    "worshipper", "journalist", "suspect", "prisoner", "detainee", "inmate", "tourist", "refugee",
    "villager", "peasant", "hunter", "herdsman", "mother", "father", "son", "daughter", "wife",
    "husband", "brother", "sister", "baby", "girl", "boy", "teenager", "student", "activist",
})


OF = frozenset({"of"})
# Places whose attack is an attack on armed men (civilian places: `CIVILIAN_PLACES`).
ARMED_PLACES = frozenset({"position", "base", "outpost", "checkpoint", "barracks", "convoy", "patrol",
                          "garrison", "post"})


def belongs_to_group(token: Token) -> bool:
    """"members of al-Shabaab", "Boko Haram fighters": a named group's people."""
    named = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    named += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.pos_ == "PROPN"]
    return bool(named)


# Armed people an attack may hit whom the actors stage does not name ("a
# police sergeant", "two soldiers", "armed Islamists"): the fight is a battle.
ARMED_VICTIMS = {
    "soldier": "MIL", "trooper": "MIL", "serviceman": "MIL", "peacekeeper": "MIL",
    "gendarme": "COP", "policeman": "COP", "policemen": "COP", "sergeant": "COP",
    "constable": "COP", "officer": "COP", "fighter": "REB", "militant": "REB", "insurgent": "REB",
    "rebel": "REB", "jihadist": "REB", "islamist": "REB", "militiaman": "REB", "militiamen": "REB",
}
# Officers and officials who carry no arms ("an election officer").
UNARMED_MODIFIERS = frozenset({"election", "electoral", "health", "medical", "press", "information",
                               "returning", "customs", "court", "prison", "education", "agricultural"})
ARMED_MODIFIERS = frozenset({"security", "army", "military", "police", "armed", "intelligence"})


def victim_kind(token: Token) -> tuple[str, int | None] | None:
    """(sector, ACLED inter) of an unnamed victim noun, or None."""
    lemma = token.lemma_.lower()
    if lemma not in ARMED_VICTIMS and lemma.endswith("s") and lemma[:-1] in ARMED_VICTIMS:
        lemma = lemma[:-1]  # a plural tagged as a name keeps its "s" ("Islamists")
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")}
    if lemma in ARMED_VICTIMS and not modifiers & UNARMED_MODIFIERS:
        return ARMED_VICTIMS[lemma], None
    if modifiers & ARMED_MODIFIERS and lemma in VICTIM_NOUNS | {"man", "men", "personnel"}:
        return "MIL", None
    if lemma in ("station", "headquarters", "vehicle", "truck") and modifiers & ARMED_MODIFIERS:
        return "MIL", None  # "a police station", "an army truck"
    if in_armed_group(token):
        return "REB", None  # "a member of the armed opposition", "others belonging to a militia"
    if lemma in VICTIM_NOUNS or lemma in CIVILIAN_PLACES or token.lower_ in ("him", "her"):
        return "CVL", 7  # (a single person as a pronoun: "shot him dead")
    if lemma in ARMED_PLACES:
        # "a convoy of aid workers" carries civilians.
        if any(victim_kind(g) == ("CVL", 7) for g in prep_objects(token, OF)):
            return "CVL", 7
        return "MIL", None
    return None


def armed_group_noun(token: Token) -> bool:
    """"the armed opposition", "a militia", "the rebels", "a vigilante group"."""
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
    return bool(modifiers & {"armed", "vigilante", "militia", "rebel"}) or token.lemma_.lower() in (
        "militia", "rebel", "insurgent", "jihadist", "vigilante")


def in_armed_group(token: Token) -> bool:
    """People of an armed group: "members of the militia", "two others
    belonging to a vigilante group"."""
    groups = []
    if token.lemma_.lower() in ("member", "supporter", "fighter", "element"):
        groups += prep_objects(token, OF)
    groups += [g for c in token.children if c.dep_ == "acl" and c.lemma_.lower() == "belong"
               for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
               for g in p.children if g.dep_ == "pobj"]
    return any(armed_group_noun(g) for g in groups)


def unnamed_victims(targets: list[Token], index: ActorIndex) -> list[Actor]:
    """Targets of an attack that are not known actors: people and villages
    (civilians), soldiers, police and military positions (armed men)."""
    victims = []
    for token in targets:
        # A named group's people are the actors stage's; its positions are armed.
        if index.of_phrase(token) is not None or (belongs_to_group(token)
                                                  and token.lemma_.lower() not in ARMED_PLACES):
            continue
        kind = victim_kind(token)
        if kind is None:
            continue
        sector, inter = kind
        start, end = token.left_edge.idx, token.idx + len(token.text)
        victims.append(Actor(role="target", text=token.doc[token.left_edge.i:token.i + 1].text, start=start, end=end,
                             sector=sector, acled_inter=inter))
    return victims


def armed_by_noun(actors: list[Actor], targets: list[Token], index: ActorIndex) -> list[Actor]:
    """Targets the actors stage names without a sector whose noun says they
    are armed ("an intelligence officer"): given the noun's sector."""
    out = list(actors)
    for token in targets:
        mention = index.of_phrase(token)
        if mention is None or not (uncoded(mention) or security_official(token, mention)):
            continue
        kind = victim_kind(token)
        if kind is None or kind[0] == "CVL":
            continue
        out = [a.model_copy(update={"sector": kind[0]}) if a.role == "target" and a.name == mention.name
               and a.sector == mention.sector else a for a in out]
    return out


def uncoded(mention: ActorMention) -> bool:
    """An actor mention with neither sector nor ACLED code."""
    return mention.sector is None and mention.acled_inter is None


def security_official(token: Token, mention: ActorMention) -> bool:
    """A government official of the security services ("a security
    official", "an army officer"): armed, though coded as government."""
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")}
    return mention.sector == "GOV" and bool(modifiers & ARMED_MODIFIERS)


def rival_armed(sent: Span, actors: list[Actor], index: ActorIndex) -> str | None:
    """Whether the sentence names an armed actor besides the event's
    participants: "police" when only police, "armed" for any other, else None."""
    participants = {a.name for a in actors}
    rivals = [actor_of(m, "target") for m in index.within(sent.start_char, sent.end_char)
              if m.name not in participants]
    sectors = {a.sector for a in rivals if is_armed(a)}
    if not sectors:
        return None
    return "police" if sectors == {"COP"} else "armed"


EMBEDDED_DEPS = frozenset({"relcl", "advcl", "ccomp", "acl", "conj"})


def own_clause_words(trigger: Token) -> frozenset[str]:
    """Lower-cased words of the trigger's clause without the clauses embedded
    in it ("the camp where a bomb had exploded")."""
    root = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.head.pos_ == "VERB" else trigger
    words, stack = set(), [root]
    while stack:
        token = stack.pop()
        words.add(token.lower_)
        stack.extend(c for c in token.children if c.dep_ not in EMBEDDED_DEPS or c.i == trigger.i)
    return frozenset(words)


def clause_tokens(trigger: Token) -> list[Token]:
    """The tokens of the trigger's clause (its subtree, or its governor's)."""
    head = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.head.pos_ == "VERB" else trigger
    return list(head.subtree)


def takes_territory(mention: Mention, index: ActorIndex | None = None) -> bool:
    """Whether the event's object is a place: "swept into Kabul", "took
    control of the town"; for a word that takes ground ("recaptured"), also
    a name the actors stage does not know ("recaptured Marte")."""
    objects = place_objects(mention.trigger)
    if any(is_place(o) for o in objects):
        return True
    unknown_name = [o for o in objects if o.pos_ == "PROPN" and not coded_actor(o, index)]
    return bool(unknown_name) and any(s.territory for s in mention.senses)


def direct_place(mention: Mention, index: ActorIndex) -> bool:
    """Whether the trigger's direct object is a place ("handed over the
    town", not "handed over medicine in the town")."""
    return any(c.dep_ in ("dobj", "nsubjpass") and (is_place(c) or (c.pos_ == "PROPN" and not coded_actor(c, index)))
               for c in mention.trigger.children)


def coded_actor(token: Token, index: ActorIndex | None) -> bool:
    """Whether a name is an actor the dictionary codes (a sector or an ACLED code)."""
    mention = index.of_phrase(token) if index is not None else None
    return mention is not None and not uncoded(mention)
