"""Roles: who did it (source) and to whom (target), from the parse.

Verbs: the subject is the source and the object the target; in the passive
the "by" agent is the source and the subject the target. A verb without a
subject borrows it from the clause it hangs off ("tried to break into",
"stepped down ... and fled", "militants who attacked"). Nouns: "by X" and a
possessive or compound actor are the source ("the Taliban's attack",
"Taliban attack"), "on/against X" the target; a light verb lends its subject
("the army launched an offensive") and a foiling verb its subject as target
("resistance forces repelled an attack"). Arguments are mapped to the
actors stage's mentions; a possessive owner stands in for a place or thing
("its outpost" -> whoever "its" is).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Token

from ...model import Actor, ActorMention
from .detect import Mention, is_place

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
TARGET_PREPS = frozenset({"against", "on", "upon", "at", "targeting", "into", "with", "over", "to"})
NOUN_SOURCE_PREPS = frozenset({"by", "from"})
# "an attack at the market" places the attack; it does not aim it.
NOUN_TARGET_PREPS = frozenset({"on", "against", "upon", "targeting", "of", "with", "to"})
# Nouns whose possessor suffers the event ("his arrest", "their release").
PATIENT_MODES = frozenset({"arrest", "abduct", "assassinate", "release", "deport"})
# Verbs whose subject suffers the event named by their object.
# Nouns for people who act for a group: "delegations from the NRF".
GROUP_NOUNS = frozenset({
    "delegation", "member", "representative", "envoy", "leader", "official", "team",
    "supporter", "commander", "unit", "contingent", "spokesman", "spokeswoman", "head",
})
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
# Speaker descriptions are who says, not who acts.
SPEAKER_NAMES = frozenset({"source", "sources"})
# Verbs of harm that always take an object: without one they are a
# headline's short passive ("Farmer killed in ...", "Two wounded in ...").
HEADLINE_HARM = frozenset({"kill", "wound", "injure", "murder", "behead", "slay", "abduct", "kidnap",
                           "lynch", "assassinate", "execute", "maim"})
OBJECT_LIKE = frozenset({"ccomp", "xcomp", "dative", "oprd", "attr", "prt", "iobj"})
UNDERGOING_VERBS = frozenset({"face", "suffer", "survive", "witness", "endure", "repel",
                              "repulse", "foil", "thwart", "fend", "resist", "avert"})


@dataclass
class Arguments:
    """Source and target tokens of one mention."""

    sources: list[Token]
    targets: list[Token]


class ActorIndex:
    """Finds the actor mention over a token, by character offset."""

    def __init__(self, mentions: list[ActorMention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]

    def at(self, token: Token) -> ActorMention | None:
        """The mention covering the token, if any."""
        index = bisect_right(self.starts, token.idx)
        # Mentions barely nest, so the covering one is among the last few
        # that start at or before the token.
        for mention in reversed(self.mentions[max(0, index - 4):index]):
            if mention.start <= token.idx < mention.end:
                return mention
        return None

    def within(self, start: int, end: int) -> list[ActorMention]:
        """The mentions inside a character range."""
        first = bisect_right(self.starts, start - 1)
        return [m for m in self.mentions[first:] if m.start < end and m.end <= end]

    def of_phrase(self, head: Token) -> ActorMention | None:
        """The actor a noun phrase stands for: the head's mention, a mention in
        its modifiers, the group it speaks for ("delegations from the NRF"),
        the noun it is in apposition to, or its possessive owner ("its
        outpost", a pronoun resolved to the clause's subject)."""
        found = self.at(head)
        if found is not None:
            return found
        if head.dep_ == "poss":
            return self.pronoun_owner(head)
        for child in head.children:
            if child.dep_ in ("compound", "amod", "nmod") and (found := self.at(child)):
                return found
        if head.lemma_.lower() in GROUP_NOUNS:
            for obj in (g for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                        for g in c.children if g.dep_ == "pobj"):
                if found := self.at(obj):
                    return found
        for belong in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() == "belong"):
            # "two others belonging to a vigilante group"
            if found := next(filter(None, map(self.at, prep_objects(belong, frozenset({"to"})))), None):
                return found
        if head.dep_ == "appos" and (found := self.at(head.head)):
            return found
        for child in head.children:
            if child.dep_ == "poss":
                found = self.at(child) or self.pronoun_owner(child)
                if found:
                    return found
        return None

    def pronoun_owner(self, pronoun: Token) -> ActorMention | None:
        """Whom "its"/"their" refers to: the subject of the nearest clause
        above it that has one ("forces ... repelled an attack on its outpost")."""
        if pronoun.lower_ not in POSSESSIVE_PRONOUNS:
            return None
        node, steps = pronoun.head, 0
        while steps < 12:
            steps += 1
            subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
            for subject in subjects:
                found = self.at(subject)
                if found is not None:
                    return found
            if node.head.i == node.i:
                return None
            node = node.head
        return None


def arguments(mention: Mention) -> Arguments:
    """Source and target tokens of a mention (before mapping to actors)."""
    if mention.is_noun:
        return noun_arguments(mention)
    args = verb_arguments(mention.trigger)
    consumed = mention.consumed.i if mention.consumed is not None else None
    objects = [t for t in args.targets if t.dep_ == "dobj" and t.i != consumed]
    if objects:
        # "beat him at a checkpoint": with an object, a place after "at" is where.
        args.targets = [t for t in args.targets if not (t.dep_ == "pobj" and t.head.lower_ == "at" and is_place(t))]
    if mention.consumed is not None:
        # "used live ammunition against protesters": the phrase's object aims it.
        aimed = prep_objects(mention.consumed, frozenset({"against", "on", "at", "upon"}))
        args.targets += [t for t in with_conjuncts(aimed) if t not in args.targets]
    return args


def verb_arguments(verb: Token) -> Arguments:
    """Subject/agent and object tokens of a verb trigger."""
    passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)
    # "civilians killed by the army": a participle on a noun is a reduced passive.
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"
    passive = passive or reduced or headline_passive(verb)
    sources = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    targets = [c for c in verb.children if c.dep_ == "dobj"]
    if not targets and not passive:
        # "beat and arrested journalists": coordinated verbs share the object.
        targets = [g for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                   for g in c.children if g.dep_ == "dobj"]
    if passive:
        subjects = PASSIVE_SUBJECT_DEPS | SUBJECT_DEPS if headline_passive(verb) else PASSIVE_SUBJECT_DEPS
        targets = [c for c in verb.children if c.dep_ in subjects] + targets
        sources = agents_of(verb)
    elif not sources:
        sources = inherited_subject(verb)
    targets += prep_objects(verb, TARGET_PREPS)
    # "a drone launched by the RSF hit the depot": the weapon's launcher acts.
    sources = [a for s in sources for a in (acl_agents(s) or [s])]
    if not targets and verb.dep_ in ("relcl", "acl") and passive:
        targets = [verb.head]
    return Arguments(with_conjuncts(sources), with_conjuncts(targets))


def headline_passive(verb: Token) -> bool:
    """"Three soldiers killed in ambush": a participle with no auxiliary and
    no object, which news copy uses as a short passive. The parser often
    reads it as a past tense ("Farmer killed in ..."); a verb of harm that
    always takes an object, found without one, is read the same way."""
    children = list(verb.children)
    # A subordinate clause is not headline copy: "as police fired on them".
    if any(c.dep_ in ("aux", "auxpass", "dobj", "mark") for c in children):
        return False
    if not any(c.dep_ in SUBJECT_DEPS for c in children):
        return False
    if verb.tag_ == "VBN":
        return True
    if verb.tag_ != "VBD" or verb.lemma_.lower() not in HEADLINE_HARM:
        return False
    # "killed and wounded five": the object sits on the conjoined verb.
    shared = any(c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children) for c in children)
    return not shared and not any(c.dep_ in OBJECT_LIKE for c in children) and not object_follows(verb)


def object_follows(verb: Token) -> bool:
    """Whether a noun phrase starts right after the verb: an object the
    parser did not attach ("troops killed nine" cut at a line break)."""
    if verb.i + 1 >= len(verb.doc):
        return False
    after = verb.doc[verb.i + 1]
    if after.ent_type_ in ("DATE", "TIME"):  # "Farmer killed Monday in ..."
        return False
    return after.pos_ in ("NUM", "DET", "PRON", "PROPN", "NOUN", "ADJ") or after.is_space


def agents_of(verb: Token) -> list[Token]:
    """The "by" agents of a passive verb, or of the verb conjoined with it
    ("was shot and killed by gunmen")."""
    own = by_phrase(verb)
    if own:
        return own
    return [g for v in verb.children if v.dep_ == "conj" and v.tag_ == "VBN" for g in by_phrase(v)]


def by_phrase(verb: Token) -> list[Token]:
    """The objects of a verb's own "by" agent phrase."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def prep_objects(head: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the head's prepositions in `preps`."""
    return [g for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def inherited_subject(verb: Token) -> list[Token]:
    """The subject a verb shares with the clause it depends on."""
    seen = 0
    while seen < 6:
        seen += 1
        if verb.dep_ == "relcl":
            return [verb.head]
        if verb.dep_ not in ("xcomp", "conj", "advcl", "acl", "pcomp") or verb.head.i == verb.i:
            return []
        verb = verb.head
        if verb.dep_ == "prep":
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ != "ROOT":
            return [verb]
    return []


def noun_arguments(mention: Mention) -> Arguments:
    """Source and target tokens of a noun trigger."""
    noun = mention.trigger
    patient = mention.sense.mode in PATIENT_MODES
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod", "amod")]
    sources = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in NOUN_SOURCE_PREPS
               for g in c.children if g.dep_ == "pobj"]
    targets = prep_objects(noun, NOUN_TARGET_PREPS)
    sources += prep_between(noun)
    if patient:
        targets = owners + targets
    else:
        sources = sources or owners
    sources += acl_agents(noun)
    governor = mention.governor
    if governor is not None and noun.dep_ in ("nsubjpass", "csubjpass"):
        # "talks between A and B were held": the parser may hang B on the
        # verb as a second passive subject.
        sources += [c for c in governor.children
                    if c.dep_ in PASSIVE_SUBJECT_DEPS and c.i != noun.i and sources]
        lent = agents_of(governor)  # "their attack was repelled (by X)"
        if governor.lemma_.lower() in UNDERGOING_VERBS:
            targets = targets or lent
        elif not sources:
            sources = lent
    elif governor is not None:
        lent = governor_subjects(governor)
        if governor.lemma_.lower() in UNDERGOING_VERBS:
            # "forces repelled an attack on the town": the forces were attacked.
            targets = lent + [t for t in targets if t not in lent]
        elif not sources:
            sources = lent
    return Arguments(with_conjuncts(sources), with_conjuncts(targets))


def prep_between(noun: Token) -> list[Token]:
    """"talks between X and Y": both are parties."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
            for g in c.children if g.dep_ == "pobj"]


def acl_agents(noun: Token) -> list[Token]:
    """"an attack carried out by X", "the offensive launched by X"."""
    return [a for c in noun.children if c.dep_ == "acl" for a in agents_of(c)]


def governor_subjects(verb: Token) -> list[Token]:
    """The subject a light or foiling verb lends its noun (or its agent when passive)."""
    agents = agents_of(verb)
    if agents:
        return agents
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return subjects or inherited_subject(verb)


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    """Tokens plus their coordinated siblings ("the NRF and the Taliban")."""
    out: list[Token] = []
    for token in tokens:
        for item in (token, *token.conjuncts):
            if item not in out:
                out.append(item)
    return out


def to_actors(args: Arguments, index: ActorIndex) -> list[Actor]:
    """Map argument tokens to actor records; a token that is no actor is dropped.

    An actor that is both source and target (a reciprocal "clashed with") is
    kept once, as source.
    """
    actors: list[Actor] = []
    seen: set[tuple[str, str]] = set()
    for role, tokens in (("source", args.sources), ("target", args.targets)):
        for token in tokens:
            mention = index.of_phrase(token)
            if mention is None or (mention.name or "").lower() in SPEAKER_NAMES:
                continue
            if ("source", mention.ref) in seen or (role, mention.ref) in seen:
                continue
            seen.add((role, mention.ref))
            actors.append(actor_of(mention, role))
    return actors


def actor_of(mention: ActorMention, role: str) -> Actor:
    """An event participant from an actor mention."""
    return Actor(
        role=role, text=mention.text, start=mention.start, end=mention.end, name=mention.name,
        country=mention.country, sector=mention.sector, acled_inter=mention.acled_inter,
    )
