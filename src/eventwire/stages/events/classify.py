"""Classification: the sense that fits the actors, ACLED's type, CAMEO's code.

The PLOVER type and mode come from the trigger's sense; when a word has
several ("strike": a walkout or an air raid; "protest": a demonstration or
a diplomatic complaint), the actors decide. ACLED's event and sub-event
types follow from PLOVER's type and mode and from who acted on whom (armed
actors on each other: a battle; on civilians: violence against civilians),
per ACLED's codebook definitions.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ...model import AcledType, Actor
from ..actors.dictionary import load_dictionary
from .lexicon import Sense

ARMED_INTER = frozenset({1, 2, 3, 4, 8})
STATE_INTER = 1
RIOTERS_INTER = 5
NON_STATE_ARMED = frozenset({2, 3, 4})
CROWD_INTER = frozenset({5, 6})
CIVILIAN_INTER = 7
ARMED_SECTORS = frozenset({"MIL", "REB", "COP", "SPY", "PAR", "PRM", "CRM", "INS", "UAF"})
COMMUNAL_SECTORS = frozenset({"AGR"})
# Places whose attack is an attack on the people in them.
CIVILIAN_PLACES = frozenset({"village", "town", "community", "market", "mosque", "church", "school",
                             "home", "house", "vehicle", "bus", "hospital", "farm", "settlement"})
# Words for groups whose fights are communal violence.
COMMUNAL_WORDS = frozenset({"communities", "intercommunal", "inter-communal", "communal", "clans", "clan",
                            "tribes", "tribal", "ethnic", "herders", "herdsmen", "pastoralists"})
IRREGULAR_SECTORS = frozenset({"REB", "PAR", "PRM", "INS", "UAF", "CRM"})
CROWD_SECTORS = frozenset({"CVL", "LAB", "EDU", "OPP", "PTY", "REL", "HLH", "JRN", "BUS", "AGR", "REF", "NGO"})

EXPLOSIVE_SUB_TYPES = {
    "aerial": "Air/drone strike",
    "heavy-weapons": "Shelling/artillery/missile attack",
    "explosives": "Remote explosive/landmine/IED",
    "suicide-attack": "Suicide bomb",
}
VAC_SUB_TYPES = {"abduct": "Abduction/forced disappearance", "sexual": "Sexual violence"}
AGREEMENT_MODES = frozenset({"ceasefire"})
# Leaving one side for another: ACLED's strategic developments ("Other").
DEFECTION = frozenset({"defect", "defection", "switch =side"})
AGREEMENT_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "peace", "agreement", "accord", "deal"})


@lru_cache(maxsize=1)
def armed_group_names() -> frozenset[str]:
    """Canonical names of the dictionary's armed groups (armed whatever
    their code: the Taliban are coded as Afghanistan's government after 2021)."""
    return frozenset(e.name for e in load_dictionary().entries if e.type == "armed_group")


def is_armed(actor: Actor) -> bool:
    """Whether an actor carries weapons (state forces, rebels, militias).

    A known armed group is; otherwise the sector decides first (ACLED's
    state code 1 also covers ministers), then the ACLED code.
    """
    if actor.name in armed_group_names():
        return True
    if actor.sector is not None:
        return actor.sector in ARMED_SECTORS
    if actor.acled_inter is not None:
        return actor.acled_inter in ARMED_INTER
    return actor.sector in ARMED_SECTORS


def crowd_noun(actor: Actor) -> bool:
    """An unarmed crowd named as such ("a crowd of demonstrators")."""
    words = actor.text.lower().split()
    return actor.acled_inter is None and not is_armed(actor) and bool(words) and (
        words[-1] in ("crowd", "crowds") or "demonstrators" in words or "protesters" in words)


# Ground taken after the other side left ("after the troops withdrew").
WITHDRAWAL_WORDS = frozenset({"withdrew", "withdrawn", "withdrawal", "retreated", "vacated", "abandoned",
                              "evacuated", "pulled", "fled", "left"})
FIGHT_WORDS = frozenset({"fighting", "fight", "fought", "clash", "clashes", "clashed", "battle", "battles",
                         "attack", "attacked", "killed", "dead", "heavy", "offensive", "assault", "stormed"})


def uncontested(words: frozenset[str]) -> bool:
    """Whether a sentence tells ground taken after a withdrawal, with no fighting."""
    return bool(words & WITHDRAWAL_WORDS) and not words & FIGHT_WORDS


def unarmed_group(actor: Actor) -> bool:
    """Ordinary people acting together ("villagers", "residents"): civilians
    by code, no government, no armed group, named in the plural."""
    if actor.acled_inter != CIVILIAN_INTER or actor.sector not in ("CVL", None) or is_armed(actor):
        return False
    return actor.text.lower().split()[-1].endswith("s") and actor.name in (None, actor.text)


def former(actor: Actor) -> bool:
    """A former fighter or officer ("a former soldier"): a civilian now."""
    words = actor.text.lower().replace("-", " ").split()
    return any(w in ("former", "ex", "retired", "demobilised", "demobilized") for w in words)


def suspect(actor: Actor) -> bool:
    """A suspected criminal with no armed group's code ("a suspected thief"):
    beating or killing one is violence against a civilian."""
    return actor.sector == "CRM" and actor.acled_inter not in ARMED_INTER


def is_civilian(actor: Actor) -> bool:
    """Whether an actor is unarmed (civilians, protesters)."""
    if actor.acled_inter is not None:
        return actor.acled_inter not in ARMED_INTER
    return actor.sector in CROWD_SECTORS


def is_crowd(actor: Actor) -> bool:
    """Protesters or rioters."""
    return actor.acled_inter in CROWD_INTER


def roles(actors: Sequence[Actor], role: str) -> list[Actor]:
    return [a for a in actors if a.role == role]


def choose_sense(senses: Sequence[Sense], actors: Sequence[Actor], *, clausal: bool = False,
                 aimed: bool = False, territorial: bool = False) -> Sense:
    """The sense that best fits who takes part and how it is said.

    Args:
        senses: the senses that fit the trigger's words, best first.
        actors: the event's participants.
        clausal: the trigger takes a clause ("protested that ..."): a
            verbal sense fits better than a material one.
        aimed: the trigger is aimed at something ("a strike on the depot"):
            an attack fits better than a walkout.
        territorial: the trigger's object is a place ("captured the
            town"): taking ground fits better than taking people.

    Returns:
        The chosen sense: the first unless the actors favour another.
    """
    sources = roles(actors, "source")
    crowd = any(is_crowd(a) or (is_civilian(a) and a.sector != "GOV") for a in sources)
    armed = any(is_armed(a) for a in sources)
    government = any(a.sector == "GOV" for a in sources)
    irregular = any(is_armed(a) and (a.acled_inter in NON_STATE_ARMED or a.sector in IRREGULAR_SECTORS)
                    for a in sources)

    def score(sense: Sense) -> float:
        bonus = 0.0
        if sense.type == "PROTEST" and crowd:
            bonus += 0.4
        if sense.type in ("ASSAULT", "COERCE", "MOBILIZE") and armed:
            bonus += 0.2
        # Rebels and militias raid to attack; police raid to search and seize.
        if sense.type == "COERCE" and irregular and sense.entry == "raid":
            bonus -= 0.6
        if sense.type in ("ACCUSE", "REJECT") and government and not armed:
            bonus += 0.3
        if sense.type == "PROTEST" and (government or armed) and not crowd:
            bonus -= 0.3
        if clausal and sense.quad_class in (1, 3):
            bonus += 0.5
        if aimed and sense.type == "ASSAULT":
            bonus += 0.4
        if territorial and sense.territory:
            bonus += 0.5
        return sense.prior + bonus

    return max(senses, key=score)  # max keeps the first of equal scores


def acled_type(sense: Sense, actors: Sequence[Actor], *, territory: bool, words: frozenset[str],
               rival_armed: bool = False, rival_police: bool = False,
               nearby: frozenset[str] = frozenset()) -> AcledType:
    """ACLED's event and sub-event type for an event, or an empty one.

    Args:
        sense: the event's sense (PLOVER type and mode).
        actors: the event's participants.
        territory: whether the event's object is a place (taking a town).
        words: lower-cased words of the trigger's clause.
        rival_armed: the sentence names an armed actor other than the
            event's sources (who the violence is likely aimed at).
        rival_police: those armed actors are all police (clashes with
            police are street fights unless soldiers or rebels are named).
        nearby: lower-cased words of the sentences around; a crowd's
            violence counts there too.

    Returns:
        The ACLED type; both fields None when the event is of no ACLED kind.
    """
    kind, mode = sense.type, sense.mode
    if kind == "ASSAULT":
        return assault_type(mode, actors, territory=territory and sense.territory,
                            reciprocal=sense.word in RECIPROCAL, rival_armed=rival_armed,
                            clash=sense.word == "clash",
                            rival_police=rival_police, uncontested=uncontested(words),
                            communal=bool(words & COMMUNAL_WORDS))
    if kind == "PROTEST":
        if armed_march(actors):
            return AcledType()
        return protest_type("riot" if violent_crowd(words | nearby) else mode, actors)
    if kind == "COERCE" and sense.entry in DISPERSAL:
        # Breaking up a crowd: ACLED codes the demonstration, met with force
        # (the force is the police's, so "violently dispersed" is no riot).
        if violent_crowd((words | nearby) - {"violent", "violently"}):
            return AcledType(event_type="Riots", sub_event_type="Violent demonstration")
        return AcledType(event_type="Protests", sub_event_type="Protest with intervention")
    if kind == "COERCE" and sense.entry in SEARCHING:
        if words & HARM_WORDS:  # "raided the camp, killing three fighters": an attack
            return assault_type(None, actors, territory=False, rival_armed=rival_armed,
                                rival_police=rival_police)
        if not words & SEIZING_WORDS:
            return AcledType(event_type="Strategic developments", sub_event_type="Other")
    if kind == "COERCE":
        damage = sense.entry in PROPERTY_DAMAGE
        if mode == "seize" and damage and not any(
                is_armed(a) for a in roles(actors, "source")) and not rival_armed:
            return AcledType(event_type="Riots", sub_event_type="Violent demonstration")
        # Occupying a place or building takes it; burning or destroying a
        # post damages it, no ground changing hands.
        return coerce_type(mode, territory=(territory or sense.entry in OCCUPYING) and not damage,
                           words=frozenset() if damage else words)
    if kind == "RETREAT" and mode == "disarm" and any(is_armed(a) for a in actors):
        # Fighters laying down arms or surrendering (to an armed force).
        return AcledType(event_type="Strategic developments", sub_event_type="Other")
    if kind == "RETREAT" and sense.entry in DEFECTION:
        return AcledType(event_type="Strategic developments", sub_event_type="Other")
    if kind == "MOBILIZE":
        base = sense.key.endswith(("=base", "=headquarters"))
        return AcledType(event_type="Strategic developments",
                         sub_event_type="Headquarters or base established" if base else "Other")
    if kind == "RETREAT" and mode == "withdraw" and territory and any(
            a.sector in ARMED_SECTORS for a in roles(actors, "source")):
        return AcledType(event_type="Strategic developments", sub_event_type="Non-violent transfer of territory")
    if (kind in ("AGREE", "SUPPORT", "RETREAT") and mode in AGREEMENT_MODES) or (
        kind in ("AGREE", "SUPPORT") and words & AGREEMENT_WORDS and signed(words, sense)
    ):
        return AcledType(event_type="Strategic developments", sub_event_type="Agreement")
    return AcledType()


# Words that make a demonstration a riot (ACLED: violence or destruction by
# the demonstrators).
RIOT_WORDS = frozenset({
    "stone", "stones", "stoned", "stoning", "projectiles", "burning", "burnt", "burned", "torched",
    "looting", "looted", "looters", "destroying", "destroyed", "smashing", "smashed", "vandalised",
    "vandalized", "violent", "violently", "berserk", "clashed", "clashes", "brawled", "barricaded",
    "barricades", "rioting", "rioters", "tyres", "tires", "petrol", "molotov", "pelted", "damaged",
    "threw",
})
# Blocking roads is violent demonstration in ACLED's codebook ("road-blocking
# using barricades, burning tyres").
BLOCK_WORDS = frozenset({"block", "blocked", "blocking", "blocks", "closed", "closing", "close", "cut",
                         "barricade", "barricaded", "roadblock", "roadblocks"})
# ("Took to the streets" is a march, so streets are left out.)
ROAD_WORDS = frozenset({"road", "roads", "route", "highway", "highways", "motorway", "traffic", "vehicles",
                        "junction", "bridge"})
# Weapons a crowd carries ("protesters armed with machetes").
CROWD_WEAPONS = frozenset({"machete", "machetes", "cudgels", "knives", "clubs", "sticks", "catapults"})
# Lexicon entries for breaking up a crowd.
DISPERSAL = frozenset({"disperse", "teargas", "fire =gas", "fire =teargas", "use =gas"})


def violent_crowd(words: frozenset[str]) -> bool:
    """Whether a demonstration's sentence says it turned violent or blocked roads."""
    return bool(words & RIOT_WORDS or words & CROWD_WEAPONS or (words & BLOCK_WORDS and words & ROAD_WORDS))


def armed_march(actors: Sequence[Actor]) -> bool:
    """Soldiers or police marching, with no crowd among them: a movement, not a protest."""
    sources = roles(actors, "source")
    return bool(sources) and all(is_armed(a) and not is_crowd(a) for a in sources)


# ACLED types that yield to violence told with them: damage to property and
# arrests are coded only when no one was hurt in the same events.
LESSER_SUB_TYPES = frozenset({"Looting/property destruction", "Arrests"})
# Lexicon entries for damaging property ("burned the offices").
PROPERTY_DAMAGE = frozenset({"burn", "torch", "set =fire", "set ablaze", "destroy", "demolish",
                             "vandalise", "vandalize", "arson", "raze", "ransack"})


# Things seized that are weapons ("seized a cache of arms").
WEAPON_OBJECTS = frozenset({"weapons", "weapon", "arms", "ammunition", "cache", "explosives", "rifles", "guns"})
# Lexicon entries for holding a place or building ("occupied the offices").
OCCUPYING = frozenset({"occupy", "occupation"})
# Going through a place for people or goods: no ground changes hands, and
# unless something is taken, nothing but the search happened.
SEARCHING = frozenset({"raid", "search"})
HARM_WORDS = frozenset({"killed", "killing", "dead", "died", "wounded", "wounding", "injured", "injuring", "shot"})
SEIZING_WORDS = frozenset({"seized", "seizing", "confiscated", "confiscating", "recovered", "looted", "impounded"})


# Words for fighting between sides: a battle whoever the sides are.
RECIPROCAL = frozenset({"clash", "fight", "battle", "gunfight", "firefight", "shootout", "fighting", "crossfire",
                        "hostilities", "offensive", "counteroffensive", "confrontation", "engage"})


def signed(words: frozenset[str], sense: Sense) -> bool:
    """Whether an agreement was signed ("signed a peace agreement")."""
    return "sign" in sense.key or any(w in ("sign", "signs", "signed", "signing") for w in words)


def assault_type(mode: str | None, actors: Sequence[Actor], *, territory: bool,
                 reciprocal: bool = False, rival_armed: bool = False, clash: bool = False,
                 communal: bool = False, rival_police: bool = False, uncontested: bool = False) -> AcledType:
    """Battles, explosions/remote violence, violence against civilians or riots.

    `communal`: the sentence names communities, clans or tribes (whose
    fights ACLED codes as battles between communal militias); `uncontested`:
    the sentence says the other side withdrew and names no fighting.
    """
    sources, targets = roles(actors, "source"), roles(actors, "target")
    if mode in EXPLOSIVE_SUB_TYPES and not territory:
        return AcledType(event_type="Explosions/Remote violence", sub_event_type=EXPLOSIVE_SUB_TYPES[mode])
    if any(is_crowd(a) for a in sources):
        mob = any(a.acled_inter == 5 for a in sources) and mode == "beat"
        civilians = targets and all(is_civilian(a) for a in targets)
        sub = "Mob violence" if civilians or mob else "Violent demonstration"
        return AcledType(event_type="Riots", sub_event_type=sub)
    if sources and not reciprocal and all(unarmed_group(a) for a in sources):
        # Villagers or residents turning on someone: mob violence.
        return AcledType(event_type="Riots", sub_event_type="Mob violence")
    if territory and uncontested:
        return AcledType(event_type="Strategic developments", sub_event_type="Non-violent transfer of territory")
    if territory:
        # Government forces regaining ground: a state's armed forces, or a
        # verb that says the place was taken back.
        # (An army whose ACLED code is contested still counts as an army.)
        state = any((a.acled_inter == STATE_INTER or (a.acled_inter is None and a.sector in ("MIL", "COP")))
                    and a.sector in ARMED_SECTORS and a.name not in armed_group_names() for a in sources)
        sub = "Government regains territory" if state else "Non-state actor overtakes territory"
        return AcledType(event_type="Battles", sub_event_type=sub)
    if mode == "destroy":
        return AcledType(event_type="Strategic developments", sub_event_type="Looting/property destruction")
    # Fighting between sides is a battle when an armed group takes part, a
    # riot when only crowds, police and unarmed groups do; violence against
    # anyone not known to be armed is violence against civilians.
    if reciprocal:
        # Herders and farmers who fight are communal militias to ACLED.
        herders = [a for a in actors if a.sector in COMMUNAL_SECTORS and not is_crowd(a)]
        fighters = [a for a in actors if is_armed(a)] + herders
        rebels = any(a.acled_inter in NON_STATE_ARMED or a.sector in ("REB", "PAR", "INS") for a in fighters)
        rebels = rebels or bool(herders) or communal
        # (A place hit in the fighting is no side of it.)
        unarmed = [a for a in actors if (a.sector in CROWD_SECTORS or is_crowd(a)) and a not in herders
                   and a.text.lower().split()[-1] not in CIVILIAN_PLACES]
        # "Clashes" with no armed group named are mostly street fights.
        military_rival = rival_armed and not rival_police
        unnamed_clash = not fighters and not military_rival and clash and not communal
        if (unarmed and not rebels and not military_rival) or unnamed_clash:
            return AcledType(event_type="Riots", sub_event_type="Violent demonstration")
        return AcledType(event_type="Battles", sub_event_type="Armed clash")
    if any(is_armed(a) and not suspect(a) and not former(a) for a in targets):
        return AcledType(event_type="Battles", sub_event_type="Armed clash")
    if any(a.acled_inter == RIOTERS_INTER for a in targets):
        # Force against rioters: ACLED codes the riot.
        return AcledType(event_type="Riots", sub_event_type="Violent demonstration")
    if any(is_crowd(a) or crowd_noun(a) for a in targets):
        return AcledType(event_type="Protests", sub_event_type="Excessive force against protesters")
    unknown = not targets or all(a.name is None and a.acled_inter is None for a in targets)
    state = any(a.sector in ("MIL", "COP") for a in sources)
    if unknown and (state or rival_armed or len({a.name for a in sources if is_armed(a)}) > 1):
        return AcledType(event_type="Battles", sub_event_type="Armed clash")
    return AcledType(event_type="Violence against civilians", sub_event_type=VAC_SUB_TYPES.get(mode or "", "Attack"))


def protest_type(mode: str | None, actors: Sequence[Actor]) -> AcledType:
    """Riots when the crowd turns violent, otherwise protests."""
    if mode in ("riot", "vandalize"):
        return AcledType(event_type="Riots", sub_event_type="Violent demonstration")
    return AcledType(event_type="Protests", sub_event_type="Peaceful protest")


def coerce_type(mode: str | None, *, territory: bool, words: frozenset[str] = frozenset()) -> AcledType:
    """Arrests, looting, weapons seized and other strategic developments."""
    if mode == "arrest":
        return AcledType(event_type="Strategic developments", sub_event_type="Arrests")
    if mode == "seize" and not territory and words & WEAPON_OBJECTS:
        return AcledType(event_type="Strategic developments", sub_event_type="Disrupted weapons use")
    if mode == "seize" and territory:
        return AcledType(event_type="Strategic developments", sub_event_type="Non-violent transfer of territory")
    if mode == "seize":
        return AcledType(event_type="Strategic developments", sub_event_type="Looting/property destruction")
    return AcledType(event_type="Strategic developments", sub_event_type="Other")


def cameo_root(sense: Sense, acled: AcledType) -> str:
    """CAMEO root code: the sense's, with unconventional violence (18) for
    attacks on civilians and conventional force (19) for battles."""
    if sense.type == "ASSAULT" and sense.cameo in ("18", "19"):
        if acled.event_type == "Violence against civilians":
            return "18"
        if acled.event_type == "Battles":
            return "19"
    return sense.cameo[:2]
