"""Event coreference: mentions of one event become one event.

News repeats its main event: the headline ("repel Taliban attack"), the
lede ("have repelled an attack") and a quote ("their attack was repelled").
Drafts merge when they are of the same type, their actors do not clash and
their status agrees, and one of these holds: they share a sentence; one is
in the headline and the other early in the body; or the later one is a
definite or possessive noun ("the attack", "their attack") close after.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...model import Actor
from .build import Draft, reciprocal, reclassify
from .classify import LESSER_SUB_TYPES
from .detect import Mention
from .roles import prep_objects
from .status import clause_root

HEADLINE_SECTIONS = frozenset({"headline", "standfirst"})
# A body sentence this early may restate the headline's event.
LEDE_SENTENCES = 3
# How far back a definite noun ("the attack") may refer.
ANAPHORA_SENTENCES = 6
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "such"})
# Words that report an attack's toll ("Three soldiers were killed."): right
# after an attack they are its outcome, not a new event.
CASUALTY_LEMMAS = frozenset({"kill", "wound", "injure", "die", "shoot", "hurt", "maim"})
OUTCOME_SENTENCES = 2
TERRITORY_SUB_TYPES = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                                 "Non-violent transfer of territory"})
# Adverbs that make a toll an addition to the one before: "were also killed".
ADDING_ADVERBS = frozenset({"also", "too", "additionally", "further"})
# Conjunctions of a toll's cause: "were killed when gunmen attacked".
CAUSE_MARKS = frozenset({"when", "as", "after"})
# Conjunctions that set a clause before or after the event it hangs on.
ANTECEDENT_MARKS = frozenset({"after", "since", "before", "until"})
# Weapon modes a later definite noun may swap ("the airstrike" ... "the bombardment").
REMOTE_MODES = frozenset({"aerial", "heavy-weapons", "explosives"})
# Events whose toll may be reported by a casualty verb of another type...
VIOLENT = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# ... except coercion and protest that harm no one by themselves: a killing
# after an arrest, a curfew or a boycott is an event of its own.
NO_TOLL_MODES = frozenset({
    ("COERCE", "arrest"), ("COERCE", "censor"), ("COERCE", "curfew"), ("COERCE", "martial-law"),
    ("COERCE", "deport"), ("COERCE", "cyber"), ("COERCE", "withhold"),
    ("PROTEST", "boycott"), ("PROTEST", "hunger"),
})


def merge_drafts(drafts: list[Draft], sections: list[str]) -> list[Draft]:
    """Merge drafts that report one event; keep text order of first mentions.

    Args:
        drafts: one draft per mention, in text order.
        sections: the section kind of each sentence.

    Returns:
        The merged drafts.
    """
    merged: list[Draft] = []
    first_body = next((i for i, kind in enumerate(sections) if kind not in HEADLINE_SECTIONS), 0)
    new_nouns = {d.trigger.i for d in drafts if d.mentions[0].is_noun and not is_anaphoric(d.mentions[0])}
    for draft in drafts:
        draft.names_its_event = in_new_event(draft.trigger, new_nouns)
        if is_outcome(draft):
            host = outcome_host([m for m in merged if same_event(m, draft, first_body)], draft)
        else:
            host = next((m for m in reversed(merged) if same_event(m, draft, first_body)), None)
        if host is None:
            merged.append(draft)
        else:
            absorb(host, draft)
    return chain(merged)


def in_new_event(toll: Token, nouns: set[int]) -> bool:
    """"Two officers were killed in a shootout": a toll in an event the
    sentence introduces (not "in the attack", which refers back)."""
    return any(g.i in nouns for g in prep_objects(toll, frozenset({"in", "during"})))


def outcome_host(candidates: list[Draft], toll: Draft) -> Draft | None:
    """The event a toll reports: the latest fought by the toll's own means
    ("shot dead": a shootout); else, among those of the latest sentence
    before it, the first of the toll's own type, else the first ("Protests
    went on as roads were blocked. Two people were killed." is the
    protests' toll)."""
    if not candidates:
        return None
    # A toll that names its means ("were shot dead") is the toll of the
    # latest event fought by that means, not of a grenade thrown in between.
    means = [d for d in candidates if toll.sense.mode is not None and d.sense.mode == toll.sense.mode]
    if means:
        return max(means, key=lambda d: d.last_sentence)
    latest = max(d.last_sentence for d in candidates)
    recent = [d for d in candidates if d.last_sentence == latest]
    same = [d for d in recent if d.sense.type == toll.sense.type]
    return (same or recent)[0]


def chain(drafts: list[Draft]) -> list[Draft]:
    """Second pass: a draft that took in a definite noun ("... killed in the
    attack") joins the earlier event that noun refers to."""
    out: list[Draft] = []
    for draft in drafts:
        later = [m for m in draft.mentions[1:] if is_anaphoric(m)]
        host = None
        if later:
            host = next((d for d in reversed(out) if d.sense.type == draft.sense.type
                         and compatible(d, draft) and 0 < draft.sentence - d.sentence <= ANAPHORA_SENTENCES), None)
        if host is None:
            out.append(draft)
        else:
            absorb(host, draft)
    return out


def same_event(earlier: Draft, later: Draft, first_body: int) -> bool:
    """Whether a later draft reports the same event as an earlier one."""
    last = earlier.last_sentence
    same_sentence = later.sentence == last
    if earlier.sense.type != later.sense.type and not toll_for(earlier, later):
        return False
    trigger = later.mentions[0].trigger
    if is_antecedent(trigger) and trigger.lemma_.lower() in CASUALTY_LEMMAS:  # "a week after 20 were killed"
        return False
    if same_sentence and cause_of(later, earlier):
        return True
    if is_outcome(later) and 0 < later.sentence - last <= OUTCOME_SENTENCES:
        # The toll may name other victims than the attack's target.
        # (A bomb that did not explode killed nobody.)
        return not later.status.hypothetical and not earlier.status.historical and not earlier.status.negated
    if same_sentence and (toll_of(later, earlier) or any(toll_of(earlier, later, m.trigger) for m in earlier.mentions)):
        return True
    if earlier.sense.type != later.sense.type:
        return False
    if not compatible(earlier, later, same_sentence):
        return False
    modes = {earlier.sense.mode, later.sense.mode} - {None}
    # "an airstrike ... The bombardment killed": a definite noun may name the
    # same strike by another weapon word.
    weapons = modes <= REMOTE_MODES and is_anaphoric(later.mentions[0]) and not same_sentence
    if len(modes) > 1 and not weapons:
        return False
    if same_sentence:
        # A relative clause describes ("who represents Panjshir at talks"),
        # the main clause reports ("talks had been held").
        return in_relative_clause(earlier.mentions[-1]) == in_relative_clause(later.mentions[0])
    if earlier.section in HEADLINE_SECTIONS and later.section not in HEADLINE_SECTIONS:
        return later.sentence - first_body < LEDE_SENTENCES
    return is_anaphoric(later.mentions[0]) and later.sentence - last <= ANAPHORA_SENTENCES


def compatible(a: Draft, b: Draft, same_sentence: bool = False) -> bool:
    """Actors that do not clash and a status that agrees (in one clause a
    date may sit on one of two coordinated verbs: "swept into Kabul on
    August 15 and gained control")."""
    for role in ("source", "target"):
        side_a = [x for x in a.actors if x.role == role]
        side_b = [x for x in b.actors if x.role == role]
        if side_a and side_b and not any(same_actor(x, y) for x in side_a for y in side_b):
            return False
    status_a, status_b = a.status, b.status
    if status_a.historical != status_b.historical and not (same_sentence and one_clause(a, b)):
        return False
    return (status_a.negated, status_a.hypothetical) == (status_b.negated, status_b.hypothetical)


def one_clause(a: Draft, b: Draft) -> bool:
    """Whether the later mention of `a` and the first of `b` sit in one
    clause or in coordinated ones ("swept into Kabul on August 15 and
    gained control"), not one nested in the other ("a shootout with men
    suspected of the attacks on May 18")."""
    roots = [clause_root(a.mentions[-1].trigger), clause_root(b.mentions[0].trigger)]
    for one, other in (roots, roots[::-1]):
        node = one
        while True:
            if node.i == other.i:
                return True
            if node.dep_ != "conj" or node.head.i == node.i:
                break
            node = node.head
    return False


def in_relative_clause(mention: Mention) -> bool:
    """Whether a mention sits inside a relative clause."""
    return any(t.dep_ == "relcl" for t in (mention.trigger, *mention.trigger.ancestors))


def same_actor(a: Actor, b: Actor) -> bool:
    """Whether two participants may be the same: one canonical name, or an
    unnamed agent of the other's sector and head word ("militants",
    "Islamist militants")."""
    if a.name and b.name and a.name == b.name:
        return True
    head_a, head_b = a.text.lower().split()[-1], b.text.lower().split()[-1]
    unnamed = a.name in (None, a.text) or b.name in (None, b.text)
    return unnamed and a.sector == b.sector and head_a == head_b


def toll_of(later: Draft, earlier: Draft, trigger: Token | None = None) -> bool:
    """"Gunmen attacked a checkpoint, killing two gendarmes": a toll verb
    hanging on the attack's clause, or on its object ("jets struck rebel
    positions killing 40"), is its outcome.

    Args:
        later: the draft of the toll.
        earlier: the draft of the event it may report.
        trigger: the toll's mention, when not the toll draft's first (a
            toll an event took in from the sentence before: "Youths attacked
            a camp. 40 were killed in the clash").
    """
    trigger = trigger if trigger is not None else later.mentions[0].trigger
    hosts = {m.trigger.i for m in earlier.mentions} | {m.governor.i for m in earlier.mentions if m.governor}
    if trigger.lemma_.lower() not in CASUALTY_LEMMAS or is_antecedent(trigger):
        return False
    if trigger.dep_ in ("advcl", "conj", "xcomp") and trigger.head.i in hosts:
        return True
    # "15 soldiers died in the assault, while 8 attackers were also killed":
    # a toll on (a casualty verb on) the host's noun is its outcome.
    nouns = {m.trigger.i for m in earlier.mentions if m.is_noun}
    verbs = [trigger] + ([trigger.head] if trigger.dep_ in ("advcl", "conj") else [])
    if any(g.i in nouns for v in verbs if v.lemma_.lower() in CASUALTY_LEMMAS for g in setting_of(v)):
        return True
    if trigger.dep_ != "acl" or trigger.tag_ != "VBG":
        return False
    node = trigger.head  # the noun the participle hangs on: climb to its verb
    for _ in range(4):
        if node.dep_ not in ("dobj", "pobj", "prep", "appos") or node.head.i == node.i:
            return False
        node = node.head
        if node.i in hosts:
            return True
    return False


def setting_of(verb: Token) -> list[Token]:
    """The nouns a toll verb says it happened in: "killed in/during the
    clash", "killed as a result of the clash"."""
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ in ("in", "during"):
            found.extend(objects)
        elif prep.lower_ == "as":  # "as a result of"
            found.extend(g for o in objects if o.lemma_.lower() == "result" for c in o.children
                         if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")
    return found


def cause_of(later: Draft, earlier: Draft) -> bool:
    """"Six people were killed when gunmen attacked a bus": the attack in a
    toll's "when"/"as" clause is the event the toll reports."""
    toll = earlier.mentions[-1].trigger
    if toll.lemma_.lower() not in CASUALTY_LEMMAS or any(a.role == "source" for a in earlier.actors):
        return False
    verb = later.mentions[0].governor or later.mentions[0].trigger
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    return verb.dep_ == "advcl" and verb.head.i == toll.i and bool(marks & CAUSE_MARKS)


def toll_for(earlier: Draft, later: Draft) -> bool:
    """Whether a violent event may take a toll of another type: the killing
    in "raided a village, killing two" or "Protests turned violent. Two
    people died." is the raid's or the riot's toll."""
    host = earlier.sense
    if host.type not in VIOLENT or (host.type, host.mode) in NO_TOLL_MODES:
        return False
    return later.sense.type == "ASSAULT" and later.mentions[0].trigger.lemma_.lower() in CASUALTY_LEMMAS


def is_outcome(draft: Draft) -> bool:
    """A toll verb with no attacker of its own ("Five people died."), not
    set before another event ("... a week after 20 people were killed")."""
    own_source = any(a.role == "source" for a in draft.actors)
    return is_toll(draft.mentions[0]) and not own_source and not is_antecedent(draft.trigger) \
        and not draft.names_its_event


def is_antecedent(verb: Token) -> bool:
    """A clause that dates another event by this one: "after 20 people were killed"."""
    return any(c.dep_ == "mark" and c.lower_ in ANTECEDENT_MARKS for c in verb.children)


def is_anaphoric(mention: Mention) -> bool:
    """A noun trigger with a definite or possessive determiner."""
    if not mention.is_noun:
        return False
    return any(c.lower_ in DEFINITE for c in mention.trigger.children if c.dep_ in ("det", "poss"))


def absorb(host: Draft, other: Draft) -> None:
    """Add another draft's mentions, actors, counts and status to the host.

    The ACLED type: taking ground wins; a toll ("were killed") takes the
    type of the attack or fight it merges with, and an attack the type of
    a fight it is told as, judged with the actors of both; otherwise the
    host keeps its own, or takes the other's when it has none.
    """
    # The first attack or fight merged into a toll decides its type; a
    # fight told in the same sentence or referred back to ("the clashes")
    # makes a one-sided attack a fight.
    other_leads = all(is_toll(m) for m in host.mentions) and not is_toll(other.mentions[0])
    told_as_fight = is_fight(other) and (other.sentence == host.sentence or is_anaphoric(other.mentions[0]))
    other_leads = other_leads or (told_as_fight and not is_fight(host))
    # Damage or arrests with a toll ("trucks were burned and six soldiers
    # killed"): the violence is the event.
    other_leads = other_leads or (host.acled.sub_event_type in LESSER_SUB_TYPES and other.sense.type == "ASSAULT")
    # Each count in a sentence goes to one trigger, so two mentions of one
    # sentence count different people ("10 rebels were killed and 4 soldiers
    # were killed"); another sentence's count repeats the toll unless it
    # says it adds to it ("Two soldiers were also killed").
    same_sentence = other.sentence in (host.sentence, *host.extra_sentences)
    same_sentence = same_sentence or adds_to_toll(other.mentions[0].trigger)
    host.mentions.extend(other.mentions)
    host.extra_sentences.append(other.sentence)
    learned = False  # a victim the host's type was guessed without
    for actor in other.actors:
        if not any(a.role == actor.role and same_actor(a, actor) for a in host.actors):
            host.actors.append(actor)
            learned = learned or (actor.role == "target" and (actor.sector or actor.acled_inter) is not None)
    host.words = host.words | other.words
    host.size = add_sizes(host.size, other.size) if same_sentence else combine_sizes(host.size, other.size)
    host.plural_dead = host.plural_dead or other.plural_dead
    for flag in ("attempted", "historical"):
        if getattr(other.status, flag) and not getattr(host.status, flag):
            host.status = host.status.model_copy(update={flag: True})
    if other.territory and not host.territory and other.acled.sub_event_type in TERRITORY_SUB_TYPES:
        host.territory, host.acled = True, other.acled
    elif other_leads and other.acled.event_type is not None and host.acled.sub_event_type not in TERRITORY_SUB_TYPES:
        reclassify(host, other)
    elif host.acled.event_type is None and other.acled.event_type is not None:
        host.acled = other.acled
    elif host.doubt and learned and host.acled.event_type is not None and not is_fight(host):
        reclassify(host, host)  # "Gunmen attacked a town. Two soldiers were killed."


def is_fight(draft: Draft) -> bool:
    """Whether a draft's own word says two sides fought ("clashes")."""
    return reciprocal(draft.sense)


def is_toll(mention: Mention) -> bool:
    """A casualty verb ("were killed", "wounded"): what an attack did, not what it was."""
    return mention.trigger.lemma_.lower() in CASUALTY_LEMMAS and not mention.is_noun


def adds_to_toll(verb: Token) -> bool:
    """A toll that says it is more: "were also killed", "two others died",
    "another soldier was wounded"."""
    if verb.lemma_.lower() not in CASUALTY_LEMMAS:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ADDING_ADVERBS for c in verb.children):
        return True
    patients = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(p.lower_ in ("others", "another") or any(c.lower_ in ("other", "another", "more")
               for c in p.children if c.dep_ in ("amod", "det")) for p in patients)


def add_sizes(a, b):
    """Field by field, the sum of two counts of different people (null stays null)."""
    return merge_sizes(a, b, sum)


def combine_sizes(a, b):
    """Field by field, the larger count the reports give (null stays null)."""
    return merge_sizes(a, b, max)


def merge_sizes(a, b, how):
    """Field by field, `how` over the counts the two give (null when neither does)."""
    update = {}
    for name in ("dead", "injured", "arrested", "captured"):
        values = [v for v in (getattr(a, name), getattr(b, name)) if v is not None]
        update[name] = how(values) if values else None
    update["approximate"] = a.approximate or b.approximate
    return a.model_copy(update=update)
