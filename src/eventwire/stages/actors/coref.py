"""Group actor mentions into actors (within-article coreference).

Rules, in order, each linking a mention to an earlier cluster:

1. the same dictionary entry ("Taliban" ... "Taliban");
2. acronym definitions, "National Resistance Front (NRF)", and the acronym
   wherever it appears again;
3. the same unknown name, or a person's surname ("Mansoor" after "Abdul
   Hafiz Mansoor");
4. members of a named group ("Taliban fighters" -> Taliban);
5. short forms: an unnamed agent sharing a distinctive word with a named
   organisation ("the resistance movement", "resistance forces" ->
   National Resistance Front), before or after it;
6. the same agent again ("the source" after "a source");
7. bare forces that the clause's subject commands ("the Taliban have been
   concentrating forces");
8. bare rebel agents ("militants", "fighters") after exactly one armed
   group has been named -> that group;
9. speaker pronouns (he/she) -> the nearest person or human agent before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .mentions import Mention, content_words

ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9\-]{1,9})\s*\)")
REBEL_SECTORS = frozenset({"REB", "INS", "UAF"})
HUMAN_AGENTS = frozenset({
    "source", "spokesman", "spokeswoman", "spokesperson", "official", "minister",
    "commander", "witness", "resident", "leader", "president", "governor", "officer",
})


@dataclass
class Cluster:
    """One actor: its mentions and the mention that names it best."""

    ref: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def best(self) -> Mention:
        """The most informative mention: dictionary entry, then name."""
        rank = {"name": 0, "acronym": 1, "metonym": 2, "agent": 3, "pronoun": 4}
        return min(self.mentions, key=lambda m: (m.entry is None, rank[m.kind], m.start))


def cluster(mentions: list[Mention], text: str) -> list[Cluster]:
    """Group `mentions` (any order) into clusters; ordered by first mention."""
    ordered = sorted(mentions, key=lambda m: m.start)
    named = [m for m in ordered if m.kind in ("name", "acronym", "metonym")]
    clusters: list[Cluster] = []
    by_key: dict[str, Cluster] = {}
    acronyms = defined_acronyms(named, text)
    for mention in named:
        key = name_key(mention, acronyms, by_key)
        target = by_key.get(key)
        if target is None:
            target = Cluster(f"A{len(clusters) + 1}")
            clusters.append(target)
            by_key[key] = target
        target.mentions.append(mention)
    for mention in ordered:
        if mention.kind in ("agent", "pronoun"):
            target = link(mention, clusters)
            if target is None:
                target = Cluster(f"A{len(clusters) + 1}")
                clusters.append(target)
            target.mentions.append(mention)
    return renumber(clusters)


def defined_acronyms(named: list[Mention], text: str) -> dict[str, str]:
    """Acronyms defined in brackets after a name, mapped to that name's key."""
    found = {}
    for mention in named:
        match = ACRONYM_AFTER.match(text, mention.end)
        if match and initials_match(mention.text, match.group(1)):
            found[match.group(1)] = entity_key(mention)
    return found


def initials_match(name: str, acronym: str) -> bool:
    """"National Resistance Front" and "NRF" (small words may be skipped)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    capitals = "".join(w[0] for w in words if w[0].isupper())
    return acronym.upper() in (capitals.upper(), "".join(w[0] for w in words).upper())


def entity_key(mention: Mention) -> str:
    """What makes two named mentions the same actor."""
    if mention.entry is not None:
        return f"entry:{mention.entry.id}"
    return f"name:{mention.text.lower()}"


def name_key(mention: Mention, acronyms: dict[str, str], seen: dict[str, Cluster]) -> str:
    """The cluster key of a named mention, applying rules 1-3."""
    if mention.text in acronyms and mention.entry is None:
        return acronyms[mention.text]
    key = entity_key(mention)
    if key in seen or mention.label != "PERSON" or " " in mention.text:
        return key
    for other_key, other in seen.items():  # a surname alone
        first = other.mentions[0]
        if first.label == "PERSON" and first.text.split()[-1] == mention.text:
            return other_key
    return key


def link(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """The cluster an unnamed agent or pronoun refers to (rules 4-9)."""
    if mention.kind == "pronoun":
        return speaker_before(mention, clusters)
    if mention.group is not None:
        for target in clusters:
            if any(m.entry is not None and m.entry.id == mention.group.id for m in target.mentions):
                return target
    for rule in (short_form_target, same_agent_before, owner_of, rebel_group_before):
        target = rule(mention, clusters)
        if target is not None:
            return target
    return None


def same_agent_before(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """"the source" after "a source"; "police" after "the police": the same
    head noun with the same distinctive words and no other country."""
    for target in reversed(clusters):
        for other in target.mentions:
            if (other.kind == "agent" and other.start < mention.start and other.head == mention.head
                    and other.words == mention.words
                    and mention.country in (None, other.country)):
                return target
    return None


def owner_of(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """Bare "forces" that the clause's subject moves or commands."""
    if mention.owner is None or mention.words or mention.country:
        return None
    for target in clusters:
        if any(m.start <= mention.owner < m.end for m in target.mentions):
            return target
    return None


def short_form_target(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """A named organisation sharing a distinctive word with the agent."""
    if not mention.words:
        return None
    for target in clusters:
        best = target.best
        if best.kind in ("name", "acronym") and best.label != "PERSON":
            names = best.words | (content_words(best.name) if best.name else frozenset())
            if mention.words & names:
                return target
    return None


def rebel_group_before(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """Bare "militants" after exactly one armed group has been named."""
    if mention.sector not in REBEL_SECTORS or mention.country or len(mention.words) > 1:
        return None
    groups = [c for c in clusters if c.best.kind != "agent" and is_armed_group(c.best)
              and c.mentions[0].start < mention.start]
    return groups[0] if len(groups) == 1 else None


def is_armed_group(mention: Mention) -> bool:
    """A named non-state armed group (whatever its sector on a given day)."""
    if mention.entry is not None:
        return mention.entry.type == "armed_group"
    return mention.sector in REBEL_SECTORS


def speaker_before(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """The nearest person, or human agent, mentioned before a pronoun."""
    best, best_start = None, -1
    for target in clusters:
        for other in target.mentions:
            human = other.label == "PERSON" or other.head in HUMAN_AGENTS
            if human and best_start < other.start < mention.start:
                best, best_start = target, other.start
    return best


def renumber(clusters: list[Cluster]) -> list[Cluster]:
    """Refs A1, A2... in order of each actor's first mention."""
    ordered = sorted((c for c in clusters if c.mentions),
                     key=lambda c: min(m.start for m in c.mentions))
    for number, target in enumerate(ordered, start=1):
        target.ref = f"A{number}"
    return ordered
