"""Salience and confidence of each event.

Salience orders an article's events: the headline and lede weigh most, then
a main clause over an embedded one, material conflict over talk, events the
article repeats over passing ones; background (historical), negated and
hypothetical events sink. Confidence is how likely the event is right: the
trigger's prior (how often the word means this in news), helped by found
actors and repetition, hurt by competing senses. Its scale is checked on the
dev sets (the reliability table in docs/accuracy.md).
"""

from __future__ import annotations

from spacy.tokens import Token

from .build import Draft
from .classify import LESSER_SUB_TYPES, SEARCHING
from .corefer import HEADLINE_SECTIONS
from .detect import NOUN_POS

SECTION_WEIGHT = {"headline": 1.0, "standfirst": 0.9}
BODY_WEIGHT, BODY_DECAY = 0.95, 0.85
TYPE_WEIGHT = {1: 0.0, 2: 0.05, 3: 0.02, 4: 0.1}
# An event inside another's clause ("threatened to launch an offensive",
# "rejected a call for talks") is what the main event is about.
DOMINATED_PENALTY = 0.35
# A verb coordinated with an earlier event's ("kidnapped advisers and
# exploded bombs") is its peer: it comes second unless it weighs more.
COORDINATED_PENALTY = 0.05
# ACLED codes damage to property only when nothing worse happened in the
# same sentence ("two vehicles were burned and five soldiers killed").
DAMAGE_PENALTY = 0.15
# ... and arrests only when no one was hurt ("arrested and beat ten civilians"):
# `LESSER_SUB_TYPES`.
# An event named as the occasion of another ("extended the curfew following
# a series of attacks", "protested after the killing of a student") is its
# background, weighed like an embedded one.
CIRCUMSTANCE_PREPOSITIONS = frozenset({"after", "following", "since", "before", "amid", "despite"})
CIRCUMSTANCE_PHRASES = frozenset({"wake", "response", "retaliation", "reprisal", "aftermath"})
# Links that keep a clause at the top of the sentence: coordination and the
# content of reporting ("said that ...").
FLAT_DEPS = frozenset({"conj", "ccomp", "xcomp", "ROOT", "parataxis"})
# Verbs of phase: "continue to clash" is the clash, not a clause about it.
ASPECT_VERBS = frozenset({"continue", "begin", "start", "resume", "keep", "stop", "cease"})


def salience(draft: Draft, body_rank: int, reporting: frozenset[str], triggers: frozenset[int],
             violent: frozenset[int] = frozenset()) -> float:
    """How central an event is to its article (higher first).

    Args:
        draft: the event.
        body_rank: its first mention's rank among body sentences (0 = lede).
        reporting: lemmas that only report (their clauses do not embed).
        triggers: token indices of every event trigger of the article.
        violent: token indices of the triggers of attacks and fights.
    """
    if draft.section in HEADLINE_SECTIONS:
        score = SECTION_WEIGHT[draft.section]
    else:
        score = BODY_WEIGHT * BODY_DECAY ** body_rank
    depth = embedding(anchor_token(draft), reporting)
    score += 0.25 if depth == 0 else 0.1 if depth == 1 else 0.0
    score += TYPE_WEIGHT[draft.sense.quad_class]
    if dominated(draft, triggers) or circumstance(draft):
        score -= DOMINATED_PENALTY
    elif coordinated(draft, triggers):
        score -= COORDINATED_PENALTY
    sent = draft.trigger.sent
    if draft.acled.sub_event_type in LESSER_SUB_TYPES and any(sent.start <= i < sent.end for i in violent):
        score -= DAMAGE_PENALTY
    own = {m.trigger.i for m in draft.mentions}
    if draft.sense.entry in SEARCHING and any(sent.start <= i < sent.end and i not in own for i in triggers):
        score -= DAMAGE_PENALTY  # "raided a house and arrested five": the arrests are the news
    score += 0.1 * min(len(draft.mentions) - 1, 3)
    status = draft.status
    score -= 0.6 * status.historical + 0.4 * status.negated + 0.3 * status.hypothetical + 0.2 * status.future
    return score


def dominated(draft: Draft, triggers: frozenset[int]) -> bool:
    """Whether another event's trigger governs this event's first mention
    (a coordinated verb is its peer, not its governor: "trucks were burned
    and soldiers killed")."""
    mention = draft.mentions[0]
    # Its own other mentions do not govern it ("a bomb exploded": one event).
    own = {m.trigger.i for m in draft.mentions} | {m.governor.i for m in draft.mentions if m.governor is not None}
    token, steps = mention.trigger, 0
    while token.head.i != token.i and steps < 30:
        steps += 1
        coordinate = token.dep_ == "conj"
        token = token.head
        if not coordinate and token.i in triggers and token.i not in own:
            return True
    return False


def circumstance(draft: Draft) -> bool:
    """Whether the event's first mention is a noun named as the occasion of
    something else ("after clashes", "in the wake of the attack")."""
    noun = draft.mentions[0].trigger
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.pos_ not in NOUN_POS or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj":  # "after a series of attacks"
        prep = prep.head.head
    if prep.lower_ in CIRCUMSTANCE_PREPOSITIONS:
        return True
    # "in the wake of X", "in response to X": X hangs off the phrase's noun.
    return prep.head.dep_ == "pobj" and prep.head.lower_ in CIRCUMSTANCE_PHRASES


def coordinated(draft: Draft, triggers: frozenset[int]) -> bool:
    """Whether the event's verb is coordinated after another event's trigger."""
    token = anchor_token(draft)
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        if token.i in triggers:
            return True
    return False


def anchor_token(draft: Draft) -> Token:
    """The verb that carries the event's clause (a noun's governing verb)."""
    mention = draft.mentions[0]
    return mention.governor if mention.governor is not None else mention.trigger


def embedding(token: Token, reporting: frozenset[str]) -> int:
    """How many subordinate clauses deep a token sits (0: main clause)."""
    depth, steps = 0, 0
    while token.head.i != token.i and steps < 20:
        steps += 1
        dep = token.dep_
        if dep in ("ccomp", "xcomp") and token.head.lemma_.lower() not in reporting | ASPECT_VERBS:
            depth += 1
        elif dep not in FLAT_DEPS and token.pos_ in ("VERB", "AUX", "NOUN", "PROPN"):
            depth += dep in ("advcl", "relcl", "acl", "pcomp", "csubj")
        token = token.head
    return depth


# Violence and demonstrations whose ACLED type rests on what the text says
# (not on a default) are right more often than their trigger's prior alone
# says (the ACLED reliability table).
ACLED_CUE_BONUS = 0.1


def confidence(draft: Draft) -> float:
    """How likely the event is right, 0.05-0.95 (see the module docstring)."""
    mention = draft.mentions[0]
    value = 0.3 + 0.5 * draft.sense.prior
    if any(a.role == "source" for a in draft.actors):
        value += 0.1
    if any(a.role == "target" for a in draft.actors):
        value += 0.05
    rivals = [s for s in mention.senses if s.type != draft.sense.type and s.prior >= draft.sense.prior - 0.2]
    if rivals:
        value -= 0.15
    if len(draft.mentions) > 1:
        value += 0.05
    if mention.is_noun and mention.governor is None and not draft.actors:
        value -= 0.1
    if draft.doubt:
        value -= 0.1
    elif draft.acled.event_type is not None:
        value += ACLED_CUE_BONUS
    return round(min(0.95, max(0.05, value)), 2)
