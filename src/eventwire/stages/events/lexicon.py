"""The trigger lexicon: which words say which event happened.

Read once from `data/events/triggers.yaml` (see its header for the format).
A verb entry may need a particle ("step down") or a direct object ("open
fire"); a noun entry may need a modifier ("air strike"). Lookups return every
matching sense, most specific first; the detector chooses among them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

DEFAULT_PRIOR = 0.8

# PLOVER's quad categories (manual, "Quad category" of each type).
QUAD_CLASS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


@dataclass(frozen=True)
class Sense:
    """One meaning of a trigger word."""

    type: str
    mode: str | None
    cameo: str
    context: tuple[str, ...] = ()
    prior: float = DEFAULT_PRIOR
    territory: bool = False
    key: str = ""  # "<pos>:<entry>", the lexicon entry, for explanations and tests

    @property
    def entry(self) -> str:
        """The lexicon entry without its part of speech ("set =fire")."""
        return self.key.split(":", 1)[-1]

    @property
    def word(self) -> str:
        """The entry's head word ("set" of "set =fire")."""
        return self.entry.split()[0]

    @property
    def quad_class(self) -> int:
        """PLOVER quad category: 1 verbal/2 material cooperation, 3/4 conflict."""
        return QUAD_CLASS[self.type]


@dataclass(frozen=True)
class Entry:
    """A lexicon entry: a head lemma, what it needs around it, its sense."""

    lemma: str
    sense: Sense
    particle: str | None = None  # verbs: a particle/preposition child
    object: str | None = None  # verbs: the direct object's lemma
    modifier: str | None = None  # nouns: a compound or adjective before it

    @property
    def specificity(self) -> int:
        return sum(x is not None for x in (self.particle, self.object, self.modifier))


@dataclass
class TriggerLexicon:
    """Verb and noun triggers plus the verb classes the detector needs."""

    verbs: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    light_verbs: frozenset[str] = frozenset()
    foiling_verbs: frozenset[str] = frozenset()
    happening_verbs: frozenset[str] = frozenset()

    def verb_entries(self, lemma: str) -> list[Entry]:
        """Entries headed by a verb lemma, most specific first."""
        return self.verbs.get(lemma.lower(), [])

    def noun_entries(self, lemma: str) -> list[Entry]:
        """Entries headed by a noun lemma, most specific first."""
        return self.nouns.get(lemma.lower(), [])


def parse_entry(raw: str | dict[str, Any], type_: str, defaults: dict[str, Any], pos: str) -> Entry:
    """One YAML entry as an `Entry`.

    Raises:
        ValueError: an unknown key, or a type that is not PLOVER's.
    """
    item = {"w": raw} if isinstance(raw, str) else dict(raw)
    unknown = set(item) - {"w", "mode", "context", "cameo", "prior", "territory", "type"}
    if unknown:
        raise ValueError(f"triggers.yaml: unknown keys {sorted(unknown)} in {raw!r}")
    kind = item.get("type", type_)
    if kind not in QUAD_CLASS:
        raise ValueError(f"triggers.yaml: {kind!r} is not a PLOVER type ({raw!r})")
    cameo = str(item.get("cameo") or (defaults[kind] if kind != type_ else defaults[type_]))
    words = str(item["w"]).lower().split()
    sense = Sense(
        type=kind, mode=item.get("mode"), cameo=cameo, context=tuple(item.get("context") or ()),
        prior=float(item.get("prior", DEFAULT_PRIOR)), territory=bool(item.get("territory")),
        key=f"{pos}:{item['w']}",
    )
    if pos == "noun":
        return Entry(words[-1], sense, modifier=" ".join(words[:-1]) or None)
    if len(words) > 1 and words[-1].startswith("="):
        return Entry(words[0], sense, particle=" ".join(words[1:-1]) or None, object=words[-1][1:])
    return Entry(words[0], sense, particle=" ".join(words[1:]) or None)


def build_lexicon(data: dict[str, Any]) -> TriggerLexicon:
    """Build the lexicon from the parsed YAML document."""
    types = data["types"]
    defaults = {name: str(spec["cameo"]) for name, spec in types.items()}
    lexicon = TriggerLexicon(
        light_verbs=frozenset(data.get("light_verbs", ())),
        foiling_verbs=frozenset(data.get("foiling_verbs", ())),
        happening_verbs=frozenset(data.get("happening_verbs", ())),
    )
    for name, spec in types.items():
        for raw in spec.get("verbs", ()):
            entry = parse_entry(raw, name, defaults, "verb")
            lexicon.verbs[entry.lemma].append(entry)
        for raw in spec.get("nouns", ()):
            entry = parse_entry(raw, name, defaults, "noun")
            lexicon.nouns[entry.lemma].append(entry)
    for table in (lexicon.verbs, lexicon.nouns):
        for entries in table.values():
            entries.sort(key=lambda e: (-e.specificity, -e.sense.prior))
    return lexicon


@lru_cache(maxsize=1)
def load_lexicon() -> TriggerLexicon:
    """The shipped trigger lexicon, read once per process."""
    text = resources.files("eventwire").joinpath("data/events/triggers.yaml").read_text("utf-8")
    return build_lexicon(yaml.safe_load(text))
