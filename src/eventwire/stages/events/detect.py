"""Event detection: the words in a sentence that say an event happened.

Works clause by clause over the dependency parse. A verb is a trigger when
the lexicon has a sense for it that fits its particle and object ("step
down", "open fire"); a noun is one when it heads its phrase ("the attack",
"peace talks"). Light verbs ("launched an attack", "held talks") are not
triggers: the noun they govern is, and it borrows the verb's subject.
Foiling verbs ("repelled an attack") mark the noun's event as attempted.
Reporting verbs (said, told) are not in the lexicon, so they are never
events themselves; what they report may be.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .lexicon import Entry, Sense, TriggerLexicon

# Dependencies that link a verb to its particle or preposition.
PARTICLE_DEPS = frozenset({"prt", "prep", "acomp", "oprd", "advmod", "dative", "agent"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
VERB_POS = frozenset({"VERB"})
# A noun trigger that only modifies another noun ("protest leaders") is no event.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Where a gerund the tagger left as a verb stands for a noun ("killed in
# police firing", "after the shooting").
GERUND_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})
# Entity labels whose words are names, not events ("Resistance Front").
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "LAW", "EVENT"})
# Below this prior a word is an event only with support (see `supported`).
MIN_PRIOR = 0.45
# Participles that describe a noun ("the outlawed group", "a probing action")
# are not events unless someone is named doing them.
ADJECTIVAL_DEPS = frozenset({"amod", "acl", "compound"})
# Nouns whose "of" object is not an event of its own ("cessation of hostilities").
ENDING_NOUNS = frozenset({"cessation", "end", "halt", "stop", "suspension", "prevention", "renunciation"})


# Nouns for places an event can take ("gained control over the capital").
PLACE_NOUNS = frozenset({
    "capital", "city", "town", "village", "district", "province", "region", "area", "territory",
    "base", "outpost", "airport", "border", "valley", "county", "state", "port", "island",
    "neighbourhood", "neighborhood", "stronghold", "positions", "position", "camp", "checkpoint",
    "zone", "quarter", "suburb", "locality", "hill", "bridge", "barracks", "garrison", "headquarters",
})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass
class Mention:
    """One event mention: a trigger word and the sense chosen for it."""

    trigger: Token
    sense: Sense
    senses: tuple[Sense, ...]  # every sense that fitted, best first
    governor: Token | None = None  # the light or foiling verb over a noun trigger
    foiled: bool = False  # "repelled an attack": tried, did not succeed
    consumed: Token | None = None  # an object that is part of the trigger ("open fire")

    @property
    def is_noun(self) -> bool:
        return nominal(self.trigger)


def find_mentions(sent: Span, lexicon: TriggerLexicon) -> list[Mention]:
    """Every event mention of one sentence, in text order.

    Args:
        sent: a sentence of the parsed article.
        lexicon: the trigger lexicon.

    Returns:
        Mentions with their chosen sense; nouns consumed by a verb sense
        ("impose sanctions") are not repeated.
    """
    found: list[Mention] = []
    for token in sent:
        mention = verb_mention(token, lexicon) or noun_mention(token, lexicon)
        if mention is not None:
            found.append(mention)
    consumed = {m.consumed.i for m in found if m.consumed is not None}
    return [m for m in found if m.trigger.i not in consumed]


def nominal(token: Token) -> bool:
    """A noun, or a gerund in a noun's place."""
    return token.pos_ in NOUN_POS or (token.tag_ == "VBG" and token.dep_ in GERUND_DEPS)


def verb_mention(token: Token, lexicon: TriggerLexicon) -> Mention | None:
    """The mention a verb makes, or None (also for light verbs over event nouns)."""
    if token.pos_ not in VERB_POS or adjectival(token):
        return None
    fitting = [(e, obj) for e in verb_entries(token, lexicon) for obj in [fits_verb(token, e)] if obj]
    if not fitting:
        return None
    if not any(e.object for e, _ in fitting) and event_noun_object(token, lexicon) is not None:
        return None  # "repelled an attack", "held talks": the noun is the event
    best, consumed = fitting[0]
    senses = tuple(e.sense for e, _ in fitting)
    mention = Mention(token, best.sense, senses, consumed=consumed if isinstance(consumed, Token) else None)
    return mention if supported(mention) else None


def verb_entries(token: Token, lexicon: TriggerLexicon) -> list[Entry]:
    """Lexicon entries of a verb's lemma, or of its past form stripped when
    the tagger's lemma is off ("raped" lemmatised as "rap")."""
    entries = lexicon.verb_entries(token.lemma_)
    if entries or token.tag_ not in ("VBD", "VBN") or not token.lower_.endswith("ed"):
        return entries
    return lexicon.verb_entries(token.lower_[:-1]) or lexicon.verb_entries(token.lower_[:-2])


def adjectival(verb: Token) -> bool:
    """A participle used as an adjective, with no agent or object of its own."""
    if verb.dep_ not in ADJECTIVAL_DEPS or any(c.dep_ in ("agent", "dobj") for c in verb.children):
        return False
    if verb.dep_ != "acl":
        return True
    # "the Taliban (outlawed in Russia)" describes a name; "two soldiers
    # killed in Wau" reports a killing.
    return verb.head.pos_ == "PROPN" or any(t.text in "([" for t in verb.doc[max(verb.i - 2, 0):verb.i])


def fits_verb(token: Token, entry: Entry) -> Token | bool:
    """Whether a verb token has what the entry needs; the object it consumed, if any."""
    if entry.particle and not has_particle(token, entry.particle):
        return False
    if entry.object:
        obj = object_with_lemma(token, entry.object)
        return obj if obj is not None else False
    return True


def has_particle(token: Token, particle: str) -> bool:
    """Whether the verb has the particle or preposition ("down" in "step down")."""
    words = particle.split()
    children = [c.lower_ for c in token.children if c.dep_ in PARTICLE_DEPS]
    return all(word in children for word in words)


def object_with_lemma(token: Token, lemma: str) -> Token | None:
    """The verb's object (direct, passive subject, or a preposition's) with this lemma."""
    for child in token.children:
        if child.dep_ in OBJECT_DEPS and matches(child, lemma):
            return child
        if child.dep_ in ("prep", "prt", "dative"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and matches(grandchild, lemma):
                    return grandchild
    return None


def matches(token: Token, lemma: str) -> bool:
    return token.lemma_.lower() == lemma or token.lower_ == lemma


def event_noun_object(verb: Token, lexicon: TriggerLexicon) -> Token | None:
    """An event noun the verb governs as object ("launched an attack") when the
    verb is a light or foiling verb."""
    if verb.lemma_.lower() not in lexicon.light_verbs | lexicon.foiling_verbs:
        return None
    for child in verb.children:
        candidates = [child] if child.dep_ in OBJECT_DEPS else []
        if child.dep_ in ("prep", "prt"):
            candidates = [g for g in child.children if g.dep_ == "pobj"]
        for noun in candidates:
            if noun.pos_ in NOUN_POS and noun_entries(noun, lexicon):
                return noun
    return None


def headline_word(token: Token) -> bool:
    """A capitalised first word tagged as a one-word name ("Riot in the
    market ..."): in headline-style notes it is the event noun."""
    return token.i == token.sent.start and token.ent_iob_ == "B" and (
        token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")


def noun_mention(token: Token, lexicon: TriggerLexicon) -> Mention | None:
    """The mention an event noun makes, or None."""
    if not nominal(token) or token.dep_ in MODIFIER_DEPS or (token.ent_type_ and not headline_word(token)):
        return None
    entries = noun_entries(token, lexicon)
    if not entries or ended(token):
        return None
    governor = governing_verb(token, lexicon)
    foiled = governor is not None and governor.lemma_.lower() in lexicon.foiling_verbs
    # Headlines parse "repel Taliban attack" with the verb as a modifier.
    foiled = foiled or any(c.dep_ == "compound" and c.lemma_.lower() in lexicon.foiling_verbs
                           for c in token.children)
    senses = tuple(e.sense for e in entries)
    mention = Mention(token, entries[0].sense, senses, governor=governor, foiled=foiled)
    return mention if supported(mention) else None


# Weapons as subjects make a weak verb an attack.
WEAPONS = frozenset({"drone", "missile", "rocket", "shell", "mortar", "bomb", "airstrike", "strike",
                     "jet", "warplane", "aircraft", "helicopter", "grenade", "bullet", "projectile"})
# Projectiles: a "landed" shell is an attack, a landed helicopter is not.
PROJECTILES = frozenset({"missile", "rocket", "shell", "mortar", "bomb", "grenade", "projectile"})
PROJECTILE_VERBS = frozenset({"land", "fall", "crash"})
# Crowds as subjects make a weak verb a demonstration ("protesters gathered").
CROWD_NOUNS = frozenset({"protester", "protesters", "demonstrator", "demonstrators", "rioter", "rioters",
                         "crowd", "mob", "marcher", "marchers"})
ROUTINE_OBJECTS = frozenset({"comment", "comments", "name", "identify", "anonymity"})


def routine(trigger: Token) -> bool:
    """Whether a trigger is about the reporting itself."""
    near = [c for c in trigger.children if c.dep_ in ("dobj", "xcomp", "prep")]
    near += [g for c in near if c.dep_ in ("prep", "xcomp") for g in c.children]
    return any(t.lemma_.lower() in ROUTINE_OBJECTS for t in near)


def ended(noun: Token) -> bool:
    """"a cessation of hostilities": the noun names what stops, not an event."""
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ENDING_NOUNS


def noun_entries(token: Token, lexicon: TriggerLexicon) -> list[Entry]:
    """Noun entries fitting a token and its modifiers, most specific first."""
    hyphenated = hyphen_word(token)
    candidates = lexicon.noun_entries(hyphenated) if hyphenated else []
    if token.tag_ == "VBG":  # a gerund's lemma is the verb's ("firing" -> "fire")
        candidates = candidates or lexicon.noun_entries(token.lower_)
    candidates = candidates or lexicon.noun_entries(token.lemma_) or lexicon.noun_entries(token.lower_)
    modifiers = {c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")}
    modifiers |= {c.lemma_.lower() for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")}
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() == "state":
        modifiers.add("state of")  # "a state of emergency"
    return [e for e in candidates if e.modifier is None or e.modifier in modifiers]


def hyphen_word(token: Token) -> str | None:
    """"cease-fire" split into three tokens, joined again."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-":
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    return None


def governing_verb(noun: Token, lexicon: TriggerLexicon) -> Token | None:
    """The light or foiling verb whose object the noun is, if any."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ in ("prep", "prt"):
        head = head.head
    if noun.dep_ in ("conj", "appos"):
        return governing_verb(noun.head, lexicon) if noun.head.i != noun.i else None
    if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in lexicon.light_verbs | lexicon.foiling_verbs:
        return head
    return None


def place_objects(trigger: Token) -> list[Token]:
    """The trigger's objects and prepositional objects ("took control of the town")."""
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    for child in trigger.children:
        if child.dep_ in ("prep", "prt") or (child.dep_ == "dobj" and child.lower_ == "control"):
            objects += [g for g in child.subtree if g.dep_ == "pobj"]
    return objects


def is_place(token: Token) -> bool:
    """A place name or a noun for a place."""
    return token.ent_type_ in PLACE_LABELS or token.lemma_.lower() in PLACE_NOUNS


def supported(mention: Mention) -> bool:
    """Whether a mention is an event and not just a word: likely senses
    stand alone; unlikely ones need a verb that makes them happen. News
    routine ("declined to comment", "a request for comment", "asked not to
    be named") is never an event."""
    if routine(mention.trigger):
        return False
    if mention.sense.prior >= MIN_PRIOR or mention.consumed is not None:
        return True
    if mention.sense.territory and not mention.is_noun and any(
            c.dep_ == "dobj" and is_place(c) for c in mention.trigger.children):
        return True  # "took the town", "cleared the district of militants"
    subjects = [c.lemma_.lower() for c in mention.trigger.children if c.dep_ == "nsubj"]
    weapons = PROJECTILES if mention.trigger.lemma_.lower() in PROJECTILE_VERBS else WEAPONS
    if mention.sense.type == "ASSAULT" and any(s in weapons for s in subjects):
        return True  # "a drone hit a fuel depot", "shells struck the market"
    if mention.sense.type == "PROTEST" and any(s in CROWD_NOUNS for s in subjects):
        return True  # "protesters gathered outside the ministry"
    return mention.governor is not None and not mention.foiled
