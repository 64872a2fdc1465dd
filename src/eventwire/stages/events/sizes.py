"""How many were killed, injured, arrested or captured, and in which event.

A *cue* is a word that reports people harmed or held: a verb ("killed",
"were rounded up", "took ... hostage"), an adjective ("five dead", "shot
dead"), or a noun ("the death toll", "bodies", "no casualties"). Each cue
counts its patients: the noun phrase the parse makes its object or passive
subject, read as a number ("at least 15 soldiers", "two dozen", "a
policeman" -> 1, "two civilians and a policeman" -> 3).

A cue belongs to the event trigger nearest to it in the dependency tree;
`size_of` sums the cues that belong to its trigger, `loose_size` every cue of
a sentence that has no trigger ("The death toll rose to 31.").

Vague quantities follow ACLED's published convention for fatalities
("tens" 10, "dozens" 12, "hundreds" 100; "several"/"many" 10) and are
marked `approximate`, like bounds ("at least 15" -> 15) and ranges ("10 to
15" -> 10, the conservative end). A count the text does not give stays null;
0 only when the text says none ("no one was killed"). Deaths reported
without any number ("the strikes killed militants and civilians",
"killed everyone inside", "casualties of unknown number") leave `dead` null, and ACLED's
`fatalities` takes its plural convention, 10 (`plural_dead`, `fatalities`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...model import Size
from .roles import headline_passive

# --- lexicon -----------------------------------------------------------------
# Verb lemmas whose patients are counted, by kind.
VERB_KINDS: dict[str, str] = {
    **dict.fromkeys(("kill", "die", "massacre", "execute", "behead", "slay", "murder",
                     "assassinate", "perish", "slaughter", "lynch", "decapitate",
                     "neutralise", "neutralize"), "dead"),  # military releases: "neutralised 12"
    **dict.fromkeys(("wound", "injure", "hurt", "maim"), "injured"),
    **dict.fromkeys(("arrest", "detain", "apprehend", "jail", "imprison"), "arrested"),
    **dict.fromkeys(("capture", "abduct", "kidnap", "seize"), "captured"),
}
# Verbs whose subject, not object, is the one harmed.
INTRANSITIVE = frozenset({"die", "perish"})
# Adjectives (and participles used as them) that report a state: "five dead".
ADJECTIVE_KINDS = {"dead": "dead", "wounded": "injured", "injured": "injured"}
# Nouns that count deaths or detentions themselves: "31 deaths", "12 arrests".
NOUN_KINDS = {"death": "dead", "fatality": "dead", "body": "dead", "corpse": "dead",
              "injury": "injured", "arrest": "arrested", "abductee": "captured"}
# "took 12 people hostage", "were taken prisoner".
TAKE_NOUNS = frozenset({"hostage", "prisoner", "captive"})
# Verbs that take places and things as well as people: their patients are
# counted only when they are people ("seized 30 villagers", not "seized a
# town"); "kidnapped", "taken hostage" only ever take people.
THINGS_TOO = frozenset({"seize", "capture", "neutralise", "neutralize"})
# Nouns for people.
PEOPLE = frozenset({
    "people", "person", "civilian", "soldier", "militant", "fighter", "troop", "police",
    "policeman", "policemen", "officer", "protester", "protestor", "demonstrator", "child",
    "children", "woman", "women", "man", "men", "other", "member", "worker", "student",
    "schoolgirl", "schoolboy", "girl", "boy", "hostage", "passenger", "villager", "insurgent",
    "rebel", "gunman", "gunmen", "militiaman", "militiamen", "terrorist", "jihadist",
    "journalist", "reporter", "serviceman", "servicemen", "personnel", "guard", "farmer",
    "worshipper", "pilgrim", "miner", "resident", "refugee", "migrant", "suspect",
    "activist", "leader", "commander", "official", "teacher", "doctor", "nurse", "tourist",
    "foreigner", "national", "citizen", "crew", "sailor", "fisherman", "fishermen",
    "trader", "driver", "aid", "staff", "employee", "contractor", "local", "youth",
    "teenager", "infant", "baby", "elder", "family", "relative", "supporter", "opponent",
    "cadet", "recruit", "guerrilla", "combatant", "militia", "pupil", "priest", "monk",
    "hostages", "captive", "prisoner", "detainee", "inmate", "he", "she", "him", "her",
    "they", "them", "we", "us", "i", "me",
})
# Singular nouns that name a group, not one person: "a family was killed".
# More single people news reports as killed or held.
PEOPLE = PEOPLE | frozenset({
    "peacekeeper", "colonel", "general", "major", "captain", "lieutenant", "sergeant", "corporal",
    "private", "chief", "conscript", "ambassador", "lawmaker", "mp", "senator", "mayor", "governor",
    "minister", "judge", "lawyer", "businessman", "businesswoman", "pastor", "imam", "cleric",
    "herder", "herdsman", "pastoralist", "shepherd", "motorcyclist", "cyclist", "rider", "pedestrian",
    "bystander", "prisoner", "detainee", "inmate", "informant", "spy", "bodyguard", "sniper",
    "bomber", "attacker", "assailant", "robber", "thief", "bandit", "kidnapper", "vigilante",
    "ranger", "warden", "chairman", "councillor", "councilor", "candidate", "voter", "politician",
    "spokesman", "envoy", "diplomat", "engineer", "expatriate", "son", "daughter", "wife", "husband",
    "mother", "father", "brother", "sister", "neighbour", "neighbor", "friend", "colleague",
    "gendarme", "commando", "paratrooper", "marine", "pilot", "policewoman", "militant", "shopkeeper",
    "vendor", "hawker", "student", "lecturer", "professor", "chief", "headman", "cattleman", "soldier",
})
COLLECTIVE = frozenset({"family", "crew", "group", "unit", "team", "convoy", "patrol",
                        "battalion", "squad", "village", "militia", "staff", "personnel"})

UNITS = {
    "zero": 0, "none": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
    "single": 1, "lone": 1, "couple": 2, "pair": 2,
}
MULTIPLIERS = {"dozen": 12, "score": 20, "hundred": 100, "thousand": 1000, "million": 1_000_000}
# Counts the text leaves vague. ACLED's codebook: "tens" 10, "dozens" 12,
# "hundreds" 100, and "several"/"many" fatalities 10. "Scores" (20) and "a
# few" (3) are ours, read in the same conservative way.
VAGUE = {
    "several": 10, "many": 10, "numerous": 10, "multiple": 10, "tens": 10, "dozens": 12,
    "scores": 20, "hundreds": 100, "thousands": 1000, "few": 3, "handful": 3,
    "number": 10,  # "a number of"
}
# Words that introduce some of those already counted.
SUBSET_WORDS = frozenset({"among", "including", "includes", "included", "incl"})
# Nouns of a running tally: "the number of people killed this year".
TALLY_NOUNS = frozenset({"number", "total", "toll", "tally", "count"})
# ACLED's count for plural fatalities the report does not number.
PLURAL_DEAD = VAGUE["several"]
# Words before a number that make it a bound or a guess: "at least 15".
BOUNDS = ("at least", "more than", "over", "nearly", "almost", "about", "around", "some",
          "approximately", "roughly", "up to", "as many as", "upwards of", "close to",
          "fewer than", "less than", "under", "at most", "an estimated", "estimated",
          "well over", "just over", "just under", "in excess of", "no fewer than",
          "no less than", "not less than", "upward of", "over a", "than")
BOUND_WORDS = frozenset(w for b in BOUNDS for w in b.split()) - {"a", "an"}
# Entity labels of numbers that are not head counts.
NOT_COUNT_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})
# Nouns a number measures rather than counts ("23-year-old", "5 km").
MEASURE_NOUNS = frozenset({"year", "month", "week", "day", "hour", "minute", "km", "kilometre",
                           "kilometer", "mile", "metre", "meter", "percent", "%", "dollar",
                           "euro", "pound", "ton", "tonne", "kilogram", "kg", "time", "round"})
# Verbs of reporting: a cue they govern is what was said, not their event.
REPORTING = frozenset({"say", "tell", "report", "claim", "announce", "state", "add",
                       "confirm", "note", "declare", "quote", "cite"})
REFLEXIVES = frozenset({"themselves", "himself", "herself"})
# Pronouns for a group of people of unknown number: "killed everyone inside".
GROUP_PRONOUNS = frozenset({"those", "everyone", "everybody"})
NO_WORDS = frozenset({"no", "nobody", "none", "noone", "no-one", "nothing"})
WH_WORDS = frozenset({"who", "that", "which", "whom"})
# Penalty that makes a reporting verb lose to any other trigger.
REPORTING_PENALTY = 100

NUMBER_PIECE = re.compile(r"\d[\d,]*(?:\.\d+)?|[a-z]+")


@dataclass(frozen=True)
class Count:
    """A number of people, and whether the text gives it only roughly."""

    value: int
    approximate: bool = False

    def __add__(self, other: Count) -> Count:
        return Count(self.value + other.value, self.approximate or other.approximate)


@dataclass(frozen=True)
class Cue:
    """One report of people harmed or held: the word, its kind, who was counted."""

    token: Token
    kind: str
    count: Count
    head: Token  # the counted phrase's head, to count a phrase once per kind


# --- public API --------------------------------------------------------------
def size_of(trigger: Token, others: Sequence[Token] = ()) -> Size:
    """The counts the text gives for the event of `trigger`.

    Args:
        trigger: the event's trigger token.
        others: the other event triggers of the sentence (triggers of other
            sentences are ignored); a cue nearer to one of them is theirs.
    Returns:
        The counts; fields the text gives no number for stay null.
    """
    sent = trigger.sent
    rivals = [t for t in others if t.sent == sent and t.i != trigger.i]
    mine = [cue for cue in find_cues(sent) if nearest(cue.token, trigger, rivals).i == trigger.i]
    return total(mine)


def harmed_of(trigger: Token, others: Sequence[Token] = ()) -> list[Token]:
    """The heads of the people counted dead or injured for the event of
    `trigger` ("Seven people died when a drone hit a depot": "people").

    Args:
        trigger: the event's trigger token.
        others: the other event triggers of the sentence (as for `size_of`).
    """
    sent = trigger.sent
    rivals = [t for t in others if t.sent == sent and t.i != trigger.i]
    return [cue.head for cue in find_cues(sent) if cue.kind in ("dead", "injured") and not _is_number(cue.head)
            and nearest(cue.token, trigger, rivals).i == trigger.i]


def loose_size(sent: Span) -> Size:
    """The counts of a sentence with no event trigger ("The death toll rose to 31.")."""
    return total(find_cues(sent))


def fatalities(size: Size, plural: bool = False) -> int:
    """ACLED's `fatalities`: the reported deaths, 0 when the text gives none.

    Args:
        size: the event's counts.
        plural: the text reports deaths of people it does not count
            ("killed militants and civilians"); ACLED records plural
            fatalities without a number as 10, like "several".
    """
    if size.dead is not None:
        return size.dead
    return PLURAL_DEAD if plural else 0


def plural_dead(trigger: Token, others: Sequence[Token] = ()) -> bool:
    """Whether the event of `trigger` reports deaths of people without a number.

    Args:
        trigger: the event's trigger token.
        others: the other event triggers of the sentence (as for `size_of`).
    Returns:
        True for "the strikes killed militants and civilians"; False when
        the dead are counted, denied ("did not kill civilians") or not people.
    """
    sent = trigger.sent
    rivals = [t for t in others if t.sent == sent and t.i != trigger.i]
    return any(nearest(token, trigger, rivals).i == trigger.i for token in uncounted_dead(sent))


def loose_plural_dead(sent: Span) -> bool:
    """`plural_dead` for a sentence with no event trigger ("Casualties of
    unknown number were reported.")."""
    return bool(uncounted_dead(sent))


def uncounted_dead(sent: Span) -> list[Token]:
    """The words of a sentence reporting deaths it does not count (read
    once per sentence: every trigger of the sentence asks)."""
    return per_sentence(sent, "uncounted_dead", lambda: [t for t in sent if _uncounted_dead(t)])


def per_sentence(sent: Span, name: str, compute):
    """`compute()` for this sentence, kept on its Doc so the triggers of one
    sentence share one scan."""
    cache = sent.doc.user_data.setdefault("eventwire_sizes", {})
    key = (name, sent.start, sent.end)
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def _uncounted_dead(token: Token) -> bool:
    """A word reporting deaths of people it does not count."""
    if _unknown_casualties(token):
        return True
    if not (token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")):
        return False
    if _verb_kind(token) != "dead" or any(c.dep_ == "neg" for c in token.children):
        return False
    return any(count_of(p) is None and (_is_plural_people(p) or _uncounted_group(p, token))
               for p in _verb_patients(token))


def _uncounted_group(patient: Token, verb: Token) -> bool:
    """A pronoun for a group the text does not count, as the verb's own
    object: "killed everyone inside", "killed all those who resisted" (not
    the reduced relative "the families of those killed", which refers to
    deaths told elsewhere)."""
    return patient.lower_ in GROUP_PRONOUNS and patient.head.i in (verb.i, *(c.i for c in verb.children))


def _unknown_casualties(noun: Token) -> bool:
    """"Casualties of unknown number", "an unknown number of casualties"."""
    if noun.lemma_.lower() != "casualty" or noun.tag_ != "NNS":
        return False
    if any(t.lower_ == "unknown" for t in noun.subtree):
        return True
    number = noun.head.head if noun.head.lower_ == "of" else None
    return number is not None and number.lower_ == "number" and \
        any(c.lower_ == "unknown" for c in number.children)


def _lives_of(verb: Token) -> list[Token]:
    """The people of "claimed/took the lives of 5 civilians"."""
    return [g for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("life", "lives")
            for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"]


def _lost_people(obj: Token) -> bool:
    """The counted people a side "lost": "two soldiers", "11 men" (not "two seats")."""
    return obj.lemma_.lower() not in ("life", "lives") and _is_people(obj) and not _is_number(obj) \
        and count_of(obj) is not None


def _is_plural_people(head: Token) -> bool:
    """Plural people: "militants", "Somali soldiers", "civilians" (not the
    people of a tally: "the number of people killed this year")."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in TALLY_NOUNS:
        return False
    return head.tag_ in ("NNS", "NNPS") and _is_people(head)


# --- attaching cues to triggers ----------------------------------------------
def nearest(cue: Token, trigger: Token, rivals: Sequence[Token]) -> Token:
    """The trigger nearest to `cue` in the tree; ties go to the one governing it."""
    best, best_key = trigger, _distance_key(cue, trigger)
    for rival in rivals:
        key = _distance_key(cue, rival)
        if key < best_key:
            best, best_key = rival, key
    return best


def _distance_key(cue: Token, trigger: Token) -> tuple[int, int, int]:
    distance = tree_distance(cue, trigger)
    if trigger.lemma_ in REPORTING and trigger.i != cue.i:
        distance += REPORTING_PENALTY
    governs = 0 if trigger.is_ancestor(cue) or trigger.i == cue.i else 1
    return distance, governs, abs(trigger.i - cue.i)


def tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence in the dependency tree."""
    path_a = [a, *a.ancestors]
    depth = {t.i: n for n, t in enumerate(path_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in depth:
            return n + depth[t.i]
    return len(path_a) + len(list(b.ancestors)) + 1


def total(cues: Iterable[Cue]) -> Size:
    """Sum cues by kind, counting each counted phrase once per kind."""
    sums: dict[str, Count] = {}
    seen: set[tuple[str, int]] = set()
    for cue in cues:
        key = (cue.kind, cue.head.i)
        if key in seen:
            continue
        seen.add(key)
        sums[cue.kind] = sums[cue.kind] + cue.count if cue.kind in sums else cue.count
    approximate = any(c.approximate for c in sums.values())
    return Size(approximate=approximate, **{k: c.value for k, c in sums.items()})


# --- finding cues ---------------------------------------------------------------
def find_cues(sent: Span) -> list[Cue]:
    """Every counted report of people harmed or held in a sentence."""
    return per_sentence(sent, "cues", lambda: [cue for token in sent for cue in _cues_of(token)])


def _cues_of(token: Token) -> Iterator[Cue]:
    lemma = token.lemma_.lower()
    lower = token.lower_
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        kind = _verb_kind(token)
        if kind is not None:
            yield from _counted(token, kind, _verb_patients(token))
            return
    if lower in ADJECTIVE_KINDS and token.pos_ in ("ADJ", "VERB", "NOUN"):
        yield from _adjective_cues(token, ADJECTIVE_KINDS[lower])
        return
    if token.pos_ in ("NOUN", "PROPN"):
        yield from _noun_cues(token, lemma)


def _verb_kind(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if lemma == "shoot" and any(c.lower_ == "dead" for c in children):
        return "dead"
    if lemma == "lose" and any(c.dep_ == "dobj" and (c.lemma_ in ("life", "lives") or _lost_people(c))
                               for c in children):
        return "dead"  # "lost their lives", "the army lost two soldiers"
    if lemma in ("claim", "take") and _lives_of(verb):
        return "dead"  # "claimed the lives of 5 civilians"
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_ == "death" for g in c.children)
           for c in children):
        return "dead"  # "beaten to death", "stoned to death"
    if lemma == "gun" and any(c.dep_ == "prt" and c.lower_ == "down" for c in children):
        return "dead"  # "gunned down a priest"
    if lemma == "round" and any(c.dep_ == "prt" and c.lower_ == "up" for c in children):
        return "arrested"
    if lemma == "take":
        if any(c.dep_ == "prep" and c.lower_ == "into" and
               any(g.lemma_ == "custody" for g in c.children) for c in children):
            return "arrested"
        if any(c.lemma_.lower() in TAKE_NOUNS for c in children):
            return "captured"
    return VERB_KINDS.get(lemma)


def _verb_patients(verb: Token) -> list[Token]:
    """The noun phrases (their heads) a cue verb counts."""
    children = list(verb.children)
    lemma = verb.lemma_.lower()
    by_dep: dict[str, list[Token]] = {}
    for child in children:
        by_dep.setdefault(child.dep_, []).append(child)
    if lemma == "lose":
        lost = [c for c in by_dep.get("dobj", []) if _lost_people(c)]
        return lost or by_dep.get("nsubj", [])
    lives = _lives_of(verb) if lemma in ("claim", "take") else []
    if lives:
        return lives
    if lemma in INTRANSITIVE:
        return by_dep.get("nsubj", [])
    if lemma == "take" and not by_dep.get("nsubjpass"):
        held = [c for c in by_dep.get("dobj", []) if c.lemma_.lower() not in TAKE_NOUNS]
        if held:
            return held
        # "took 12 aid workers hostage" is parsed as one compound noun whose
        # head is "hostage"; the count sits on the compound or the head.
        patients = []
        for noun in by_dep.get("dobj", []):
            inner = [c for c in noun.children if c.dep_ == "compound" and count_of(c) is not None]
            patients.extend(inner or [noun])
        return patients
    # A verb has one subject; a second is a misparse of a clause before it
    # ("a man suspected of robbing the community was burnt").
    passive = by_dep.get("nsubjpass", [])[:1]
    if passive:
        if all(p.lower_ in WH_WORDS for p in passive) and verb.dep_ == "relcl":
            return [verb.head]
        # "10 IS fighters were killed": the parser may hang the number on
        # the verb or on a word it took for an auxiliary.
        loose = [*by_dep.get("nsubj", []), *(g for c in by_dep.get("auxpass", []) + by_dep.get("aux", [])
                                              for g in c.children if g.dep_ == "nsubj")]
        bare = [c for c in loose if _is_number(c) and c.i < passive[0].i]
        if bare and count_of(passive[0]) is None:
            return bare[:1]
        return passive
    if by_dep.get("dobj"):
        return [_reflexive_owner(verb, d) for d in by_dep["dobj"]]
    # "killed all those were inside": a verb of harm takes no clause; the
    # parser made its object the subject of a relative clause that lost its
    # pronoun.
    lost = [g for c in by_dep.get("ccomp", []) if c.lemma_ == "be" for g in c.children if g.dep_ == "nsubj"]
    if lost:
        return lost[:1]
    bare = [c for c in by_dep.get("nsubj", []) if _is_number(c)]
    if bare:  # headline style: "12 killed and four injured"; an agent is never a bare number
        return bare
    if by_dep.get("nsubj") and headline_passive(verb):  # "Farmer killed in ..."
        return by_dep["nsubj"][:1]
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if verb.tag_ == "VBN" and before is not None and _is_number(before) and not by_dep.get("nsubj"):
        return [before]  # "resulting in 3 killed"
    if verb.tag_ == "VBN":
        if by_dep.get("nsubj"):  # "and 23 injured"
            return by_dep["nsubj"]
        if verb.dep_ in ("xcomp", "oprd", "ccomp") and verb.head.tag_.startswith("VB"):
            # "were reported killed", "were found dead"
            held = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
            if held:
                return held
        if verb.dep_ == "acl" and _adjacent(verb.head, verb):
            return _coordinated(verb.head)  # "14 people killed in the attack"
        if verb.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in children):
            return [verb.head]
        if verb.dep_ == "conj":  # "were killed and wounded": the first verb's patients
            return _verb_patients(verb.head) if verb.head.tag_.startswith("VB") else []
    return []


def _coordinated(noun: Token) -> list[Token]:
    """A participle after the last of coordinated phrases is said of them
    all: "4 police and 39 civilians killed" (the parser hangs "killed" on
    "civilians"): the first counted phrase, which counts its conjuncts,
    unless it has a participle of its own ("2 killed and 4 injured")."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i and _own_count(first.head) is not None \
            and not _participle_after(first.head):
        first = first.head
    return [first]


def _reflexive_owner(verb: Token, patient: Token) -> Token:
    """"Two bombers blew up the car, killing themselves": a reflexive object
    counts the verb's subject (or the subject of the clause it hangs on)."""
    if patient.lower_ not in REFLEXIVES:
        return patient
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
        if node.dep_ not in ("advcl", "conj", "xcomp") or node.head.i == node.i:
            break
        node = node.head
    # A clause the parser left without a subject ("Two bombers detonate at
    # a mosque, killing themselves", with "detonate" read as a noun): the
    # reflexive binds the nearest people before it that agree in number.
    plural = patient.lower_ == "themselves"
    before = [t for t in verb.doc[verb.sent.start:verb.i] if t.pos_ in ("NOUN", "PROPN")
              and _is_people(t) and (t.tag_ in ("NNS", "NNPS")) == plural]
    return before[-1] if before else patient


def _adjacent(noun: Token, verb: Token) -> bool:
    """Whether a participle follows its noun's phrase directly ("14 people killed")."""
    return noun.i < verb.i and all(t.i in {n.i for n in noun.subtree} for t in verb.doc[noun.i + 1:verb.i])


def _adjective_cues(word: Token, kind: str) -> Iterator[Cue]:
    own = [c for c in word.children if c.dep_ == "nummod" or _is_number(c)]
    if own:  # "five dead", "12 wounded"
        yield from _counted(word, kind, [word])
        return
    subjects = [c for c in word.children if c.dep_ == "nsubj"]
    if subjects:  # "shoot the driver dead", "two al Shabaab dead"
        yield from _counted(word, kind, subjects)
        return
    head = word.head
    after = _postposed_phrase(word)
    if after is not None:  # "40 were killed and 18 soldiers dead"
        yield from _counted(word, kind, [after])
        return
    if word.dep_ == "amod" and _is_number(head):  # "Eight dead due to ..."
        yield from _counted(word, kind, [head])
        return
    if word.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advmod", "amod", "conj") and head.i != word.i:
        if head.lemma_ == "shoot" and kind == "dead":
            return  # the verb "shot dead" is the cue
        if word.dep_ == "amod":  # "the wounded soldiers" names, not counts
            return
        patients = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")] or \
                   [c for c in head.children if c.dep_ == "nsubj"]
        yield from _counted(word, kind, patients)
        return
    if word.dep_ == "pobj" and word.head.lower_ == "among":  # "three were among the dead"
        verb = word.head.head
        yield from _counted(word, kind, [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")])


def _postposed_phrase(word: Token) -> Token | None:
    """The counted phrase right before a state adjective the parser hung
    elsewhere: in "40 were killed in the clash and 18 soldiers dead" it
    makes "dead" a clause of its own or a modifier of a noun to its left
    ("the clash ... dead"), where an English adjective never modifies."""
    if not (word.dep_ in ("advcl", "npadvmod", "dep") or (word.dep_ == "amod" and word.head.i < word.i)):
        return None
    before = word.doc[word.i - 1] if word.i > word.sent.start else None
    if before is not None and before.tag_ == "POS" and before.i > word.sent.start:
        before = word.doc[before.i - 1]  # "and 18 Misratans' dead"
    # Only the living are dead or wounded: any counted phrase here is people.
    if before is None or before.pos_ not in ("NOUN", "PROPN") or _own_count(before) is None:
        return None
    return _coordinated(before)[0]  # "five soldiers and two civilians dead"


def _noun_cues(noun: Token, lemma: str) -> Iterator[Cue]:
    if lemma == "toll" or (lemma == "death" and noun.head.lemma_ == "toll"):
        if lemma == "toll":
            yield from _toll(noun)
        return
    if lemma == "casualty" and _is_none(noun):
        yield Cue(noun, "dead", Count(0), noun)
        yield Cue(noun, "injured", Count(0), noun)
        return
    kind = NOUN_KINDS.get(lemma)
    if kind is None:
        return
    if lemma == "death" and noun.dep_ == "compound":
        return
    if _is_none(noun):
        yield Cue(noun, kind, Count(0), noun)
        return
    counted = [c for c in noun.children if c.dep_ in ("nummod", "amod", "quantmod") and _is_count_word(c)]
    if counted:  # "31 deaths", "several bodies"
        yield from _counted(noun, kind, [noun])
        return
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
          for g in c.children if g.dep_ == "pobj"]
    if of:  # "the bodies of 12 soldiers"
        yield from _counted(noun, kind, of)
        return
    quantity = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if quantity is not None and (quantity.lower_ in VAGUE or quantity.lemma_.lower() == "dozen"):
        count = _own_count(quantity)  # "an unknown number of deaths", "dozens of deaths"
        if count is not None:
            yield Cue(noun, kind, count, noun)


def _toll(toll: Token) -> Iterator[Cue]:
    """'The death toll rose to 31', 'a death toll of 31', 'the toll is 31'."""
    if not any(c.lemma_ == "death" for c in toll.children) and toll.head.lemma_ not in ("rise", "climb"):
        if not any(c.lemma_ in ("death", "casualty") for c in toll.children):
            return
    candidates = [g for c in toll.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if toll.dep_ in ("nsubj", "nsubjpass"):
        verb = toll.head
        for child in verb.children:
            if child.dep_ in ("attr", "dobj", "acomp", "npadvmod"):
                candidates.append(child)
            elif child.dep_ == "prep" and child.lower_ in ("to", "at"):
                candidates.extend(g for g in child.children if g.dep_ == "pobj")
    yield from _counted(toll, "dead", [c for c in candidates if _is_number(c)][:1])


def _counted(cue: Token, kind: str, heads: Sequence[Token]) -> Iterator[Cue]:
    for head in heads:
        if cue.lemma_.lower() in THINGS_TOO and not _is_people(head):
            continue
        count = count_of(head, cue)
        if count is not None:
            yield Cue(cue, kind, count, head)


# --- reading counts --------------------------------------------------------------
def count_of(head: Token, cue: Token | None = None) -> Count | None:
    """How many people the phrase headed by `head` names, with its conjuncts.

    Args:
        head: the head of a noun phrase or a number ("soldiers", "15").
        cue: the word that counts them ("killed"), which a conjunct's own
            participle is not ("2 killed and 4 injured").
    Returns:
        The count, or None when the phrase gives no number ("militants").
    """
    own = _own_count(head)
    # An uncounted conjunct that is not people is another thing harmed
    # ("killing 7 people and burning houses"), not an unknown number more.
    conjuncts = _conjuncts(head, cue)
    counts = [n for n, c in zip(map(_own_count, conjuncts), conjuncts) if n is not None or _is_people(c)]
    if own is None and all(c is None for c in counts):
        return None
    if any(c.dep_ in ("cc", "preconj") and c.lower_ in ("or", "either") for c in head.children):
        # "either 6 soldiers or a major": reports that differ, not a sum; the
        # conservative one.
        known = [c for c in (own, *counts) if c is not None]
        return Count(min(c.value for c in known), True)
    result = own if own is not None else Count(0, True)
    for count in counts:
        result = result + (count if count is not None else Count(0, True))
    return result


def _conjuncts(head: Token, cue: Token | None = None) -> list[Token]:
    """The heads conjoined with `head`: "two officers, a clerk and a resident"
    (not one with a participle of its own other than the counting `cue`)."""
    found, todo = [], [head]
    while todo:
        for child in todo.pop().children:
            # A list the parser splits: "two soldiers, a teacher and a driver"
            # makes "a teacher" an apposition, with "a driver" its conjunct.
            listed = child.dep_ == "appos" and any(g.dep_ == "conj" for g in child.children) \
                and not _is_subset(child)
            # "2 killed and 4 injured": a conjunct with its own participle is
            # its count (when the parser hangs "injured" on "2", the words
            # still follow each number).
            own_cue = any(g.dep_ in ("acl", "relcl", "amod") and (g.tag_ == "VBN" or g.lower_ in ADJECTIVE_KINDS)
                          and g != cue for g in child.children) or _participle_after(child, cue)
            if (child.dep_ == "conj" or listed) and not own_cue:
                found.append(child)
                todo.append(child)
    return found


def _participle_after(phrase: Token, cue: Token | None = None) -> bool:
    """Whether a participle of harm other than `cue` follows the phrase
    directly though the parser hung it on another ("2 killed and 4 injured"
    with "injured" under "2")."""
    after = phrase.right_edge.i + 1
    if after >= phrase.sent.end or (cue is not None and after == cue.i):
        return False
    word = phrase.doc[after]
    return (word.tag_ == "VBN" and _verb_kind(word) is not None) or word.lower_ in ADJECTIVE_KINDS


def _is_subset(phrase: Token) -> bool:
    """A phrase that names some of those counted: "among them three children
    and a soldier", "including two women and a child"."""
    edge = phrase.left_edge
    before = phrase.doc[edge.i - 1] if edge.i > phrase.sent.start else None
    return edge.lower_ in SUBSET_WORDS or (before is not None and before.lower_ in SUBSET_WORDS)


def _own_count(head: Token) -> Count | None:
    if _is_none(head):
        return Count(0)
    if _is_number(head):
        return parse_quantity(_number_words(head))
    lemma = head.lemma_.lower()
    if head.lower_ in VAGUE or lemma == "dozen":  # "dozens of people", "a number of"
        # "a number of", and ACLED's "unknown number" convention; not "the number".
        if head.lower_ == "number" and not any(c.lower_ in ("a", "an") for c in head.children):
            return None
        return parse_quantity(_number_words(head))
    if lemma == "total":  # "a total of four soldiers"
        of = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
        return count_of(of[0]) if of else None
    for child in head.children:
        if child.dep_ in ("nummod", "amod", "quantmod", "det") and _is_count_word(child):
            return parse_quantity(_number_words(child))
    lead = _leading_number(head)
    if lead is not None:
        return parse_quantity(_number_words(lead))
    stray = _stray_number(head)
    if stray is not None:
        return parse_quantity(_number_words(stray))
    if _is_one(head):
        return Count(1)
    return None


def _leading_number(head: Token) -> Token | None:
    """The number that opens a phrase but hangs on a name inside it: the
    parser reads "Two Boko Haram fighters" as "two Boko Haram" + "fighters"."""
    for child in head.children:
        if child.dep_ != "compound" or child.i > head.i:
            continue
        for number in (child, *child.children):
            if number.dep_ in ("nummod", "compound") and number.left_edge.i == head.left_edge.i \
                    and _is_number(number):
                return number
    return None


def _stray_number(head: Token) -> Token | None:
    """A number the parser left outside the plural it counts: after a
    dateline ("EL OBEID, June 4 - Seven people died") it may parse "Seven"
    as a root of its own, right before "people"."""
    if head.tag_ not in ("NNS", "NNPS") or head.left_edge.i == 0:
        return None
    before = head.doc[head.left_edge.i - 1]
    if before.tag_ == "CD" and before.dep_ == "ROOT" and before.ent_type_ in ("", "CARDINAL") \
            and _is_count_word(before):
        return before
    return None


def _is_one(head: Token) -> bool:
    """A single person: "a soldier", "the commander", a named person, "he"."""
    if head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in COLLECTIVE:
        return False
    if head.lower_ in ("he", "she", "him", "her"):
        return True
    if head.ent_type_ == "PERSON":
        return True
    if head.tag_ != "NN" or head.lemma_.lower() in MEASURE_NOUNS:
        return False
    # The patient of a cue verb with an article is a person: "a conscript";
    # a bare noun only when it names one: "gunmen kill NISS officer".
    return any(c.dep_ in ("det", "poss") and c.lower_ not in NO_WORDS for c in head.children) \
        or _is_people(head)


def _is_people(head: Token) -> bool:
    if _is_number(head) or head.ent_type_ in ("PERSON", "NORP") or head.lower_ in VAGUE:
        return True
    if head.lemma_.lower() in PEOPLE or head.lower_ in PEOPLE:
        return True
    if any(c.dep_ == "compound" and c.lemma_.lower() in PEOPLE for c in head.children):
        return True
    of = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(_is_people(g) for g in of)


def _is_none(token: Token) -> bool:
    """'no one', 'nobody', 'no casualties', 'none of them'."""
    if token.lower_ in NO_WORDS:
        return True
    return any(c.dep_ in ("det", "neg") and c.lower_ == "no" for c in token.children)


def _is_count_word(token: Token) -> bool:
    return _is_number(token) or token.lower_ in VAGUE or token.lower_ == "dozen"


def _is_number(token: Token) -> bool:
    """A number that counts people (not a year, an age, a time or a sum)."""
    if token.ent_type_ in NOT_COUNT_ENTS:
        return False
    if token.head.lemma_.lower() in MEASURE_NOUNS and token.dep_ in ("nummod", "compound"):
        return False
    text = token.lower_.replace(",", "")
    if text.isdigit():
        return True
    if token.like_num and token.lower_ not in ("one",):
        return True
    return text in UNITS and text not in ("a", "an", "single", "lone") or text in ("one", "dozen")


def _number_words(token: Token) -> list[str]:
    """The words of the number phrase at `token` ("at least 15", "two dozen").

    Prepositional phrases, clauses and conjuncts under it are left out:
    "dozens of people" gives "dozens".
    """
    skip: set[int] = set()
    for child in token.children:
        if child.dep_ in ("prep", "relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "ccomp", "parataxis"):
            skip.update(t.i for t in child.subtree)
    return [t.lower_ for t in token.subtree if t.i not in skip]


def parse_quantity(words: Sequence[str]) -> Count | None:
    """A count from the words of a number phrase.

    Args:
        words: lower-case words ("at", "least", "15"; "two", "dozen";
            "twenty-three"; "10", "to", "15"; "dozens").
    Returns:
        The count (a range's lower end, a bound's number, a vague word's
        convention), approximate unless the words give one exact number;
        None when there is no number.
    """
    pieces = NUMBER_PIECE.findall(" ".join(words).replace("-", " "))
    approximate = any(p in BOUND_WORDS for p in pieces)
    numbers = _numbers_in(pieces)
    if not numbers:
        return None
    # A number beats a vague word beside it: "as many as 98" is 98.
    first, vague = next((n for n in numbers if not n[1]), numbers[0])
    return Count(first, approximate or vague or len(numbers) > 1)


class _Reader:
    """Reads numbers from words left to right; a range gives two."""

    def __init__(self) -> None:
        self.found: list[tuple[int, bool]] = []
        self.total = 0.0
        self.part = 0.0
        self.open = False  # a number is being read
        self.word = False  # ... and its last piece was a number word
        self.vague = False

    def flush(self) -> None:
        if self.open:
            self.found.append((int(self.total + self.part), self.vague))
        self.total = self.part = 0.0
        self.open = self.word = self.vague = False

    def start(self, value: float, *, word: bool, vague: bool = False) -> None:
        self.part, self.open, self.word, self.vague = value, True, word, self.vague or vague


def _numbers_in(pieces: Sequence[str]) -> list[tuple[int, bool]]:
    """Each number in the pieces, with whether it is vague."""
    r = _Reader()
    for n, piece in enumerate(pieces):
        after = pieces[n + 1] if n + 1 < len(pieces) else ""
        after2 = pieces[n + 2] if n + 2 < len(pieces) else ""
        plain = piece.replace(",", "")
        if re.fullmatch(r"\d+(?:\.\d+)?", plain):
            if r.open:
                r.flush()
            r.start(float(plain), word=False)
        elif piece in ("a", "an"):
            if after in MULTIPLIERS and not r.open:
                r.start(1, word=True)
        elif piece == "half":
            r.start(0.5, word=True)
        elif piece in UNITS and piece != "none":
            unit = UNITS[piece]
            if r.open and r.word and r.part >= 20 and r.part % 10 == 0 and unit < 10:
                r.part += unit  # "twenty three"
            elif r.open and r.word and r.part >= 100 and r.part % 100 == 0 and unit < 100:
                r.part += unit  # "three hundred (and) twenty"
            else:
                r.flush()
                r.start(unit, word=True)
        elif piece in MULTIPLIERS:
            factor = MULTIPLIERS[piece]
            if factor >= 1000:
                r.total, r.part = (r.total + (r.part or 1)) * factor, 0.0
            else:
                r.part = (r.part or 1) * factor
            r.open, r.word = True, True
        elif piece in VAGUE:
            if after in MULTIPLIERS:  # "several dozen": the dozen, roughly
                r.start(1, word=True, vague=True)
            elif after == "of" and after2 in ("hundreds", "thousands"):  # "tens of thousands"
                r.flush()
                r.start(VAGUE[piece] * VAGUE[after2], word=True, vague=True)
                r.flush()
                break
            else:
                r.flush()
                r.start(VAGUE[piece], word=True, vague=True)
        elif piece in ("to", "or", "between") or (piece == "and" and after not in UNITS):
            r.flush()
    r.flush()
    return r.found
