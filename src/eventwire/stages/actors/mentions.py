"""Find actor mentions in a parsed article: names, unnamed agents, pronouns.

Each finder is a pure function from the spaCy Doc (plus the dictionary) to
`Mention`s; `coref.py` then groups them into actors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from .dictionary import ActorDictionary, ActorEntry, AgentEntry

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions after which a country is where something happens, not who.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "within", "across", "throughout",
                            "from", "into", "to", "around", "outside", "through", "over",
                            "of", "toward", "towards", "via", "between"})
# Title words before a name and the sector they give it.
TITLE_WINDOW = 6
TITLE_SECTORS = {
    **dict.fromkeys("president vice-president premier minister secretary chancellor king queen "
                    "emir sultan ambassador envoy diplomat governor mayor leader official "
                    "chairman".split(), "GOV"),
    **dict.fromkeys("general commander colonel col. lt. brigadier admiral marshal major "
                    "captain sergeant".split(), "MIL"),
    **dict.fromkeys("senator lawmaker legislator congressman congresswoman mp".split(), "LEG"),
    **dict.fromkeys("judge justice prosecutor".split(), "JUD"),
}
# Entity labels that never name an actor.
NOT_ACTORS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                        "QUANTITY", "LAW", "LANGUAGE", "WORK_OF_ART", "EVENT", "PRODUCT"})
SPEAKER_PRONOUNS = frozenset({"he", "she"})
# Clause subjects; a country or capital there stands for its government
# ("Russia said", "Kabul accused").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Modifier relations that can carry a country or a group ("Afghan forces",
# "Taliban fighters", "Afghanistan's army").
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
LEADING_WORDS = ("the ", "The ")
# Heads that are modifiers or predicates, never participants.
NOT_AGENT_DEPS = frozenset({"compound", "attr", "oprd", "acomp", "npadvmod", "amod", "appos"})
ENTITY_SECTORS = {"IGO": "IGO", "UNO": "IGO", "EUR": "IGO", "NGO": "NGO"}
OWNABLE = frozenset({"forces", "troops", "fighters", "units", "reinforcements", "men", "militia"})
DEPLOY_VERBS = frozenset({"concentrate", "deploy", "send", "mass", "move", "gather", "mobilize",
                          "mobilise", "withdraw", "pull", "dispatch", "station", "amass", "bring",
                          "redeploy", "reinforce", "muster", "assemble"})
SPEAKER_NOUNS = frozenset({"source", "witness", "eyewitness", "resident", "insider"})
STATE_NOUNS = frozenset({"prisoner", "prisoners", "captive", "captives", "hostage", "hostages"})
# Agent nouns that are also abstract nouns ("a pocket of resistance").
ABSTRACT_AGENTS = frozenset({"resistance", "authority", "opposition", "administration",
                             "leadership", "security", "government", "regime"})
# Words in organisation names that give their sector when the dictionary
# does not know the organisation. Checked in order; first hit wins.
ORG_SECTOR_WORDS = (
    (("police", "gendarmerie", "constabulary"), "COP", 1),
    (("army", "military", "armed forces", "navy", "air force", "defence forces",
      "defense forces", "brigade", "battalion", "regiment"), "MIL", 1),
    (("ministry", "government", "cabinet", "council of ministers", "presidency",
      "administration", "municipality", "governorate"), "GOV", 1),
    (("parliament", "assembly", "senate", "congress", "legislature"), "LEG", None),
    (("court", "judiciary", "prosecutor"), "JUD", None),
    (("party",), "PTY", None),
    (("front", "movement", "liberation", "militia", "rebels", "insurgents"), "REB", 2),
    (("news", "agency", "times", "post", "tv", "radio", "press"), "JRN", None),
    (("university", "school", "college"), "EDU", None),
    (("union", "federation of workers"), "LAB", None),
)


@dataclass
class Mention:
    """A possible actor mention, before coreference."""

    start: int
    end: int
    text: str
    kind: str
    sentence_start: int
    entry: ActorEntry | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    acled_inter: int | None = None
    head: str = ""
    words: frozenset[str] = field(default_factory=frozenset)
    group: ActorEntry | None = None  # "Taliban fighters": members of a group
    label: str = ""
    affiliation: int | None = None  # offset of the organisation a person serves
    owner: int | None = None  # offset of the subject whose forces these are


def named_mentions(doc: Doc, lexicon: ActorDictionary) -> list[Mention]:
    """Organisations, people and groups the NER found, resolved if known,
    plus armed groups the dictionary names that the NER missed or cut
    ("al Shabaab", "Boko Haram" tagged as "Haram")."""
    known = alias_spans(doc, lexicon)
    taken = {i for span in known for i in range(span.start, span.end)}
    ents = [e for e in doc.ents if not taken & set(range(e.start, e.end))]
    found = []
    for ent in sorted(ents + known, key=lambda e: e.start):
        if ent.label_ in NOT_ACTORS:
            continue
        for part in split_acronym(ent):
            mention = name_mention(part, lexicon, known=ent in known)
            if mention is not None:
                found.append(mention)
    return found


# Dictionary names looked for in the text itself, not only among entities.
SCANNED_TYPES = frozenset({"armed_group"})


def alias_spans(doc: Doc, lexicon: ActorDictionary) -> list[Span]:
    """Spans naming a scanned dictionary entry, longest first, as ORG entities."""
    lower, exact = alias_matchers(doc.vocab, id(lexicon), lexicon)
    spans = [Span(doc, start, end, label="ORG") for matcher in (lower, exact)
             for _, start, end in matcher(doc)]
    return sorted((s for s in filter_spans(spans) if not modifies_agent(s, lexicon)), key=lambda s: s.start)


def modifies_agent(span: Span, lexicon: ActorDictionary) -> bool:
    """"Taliban fighters", "Panjshir resistance forces": the name is part of
    an agent phrase, which the agent rules read whole."""
    last = span[-1]
    head = last.head
    return last.dep_ in ("compound", "amod", "nmod") and head.i >= span.end and \
        lexicon.agent(head.lower_) is not None


@lru_cache(maxsize=4)
def alias_matchers(vocab: Vocab, _key: int, lexicon: ActorDictionary) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Phrase matchers for the scanned entries' names: acronyms and other
    all-capital aliases match exactly, the rest ignoring case."""
    tokenizer = spacy.blank("en").tokenizer
    lower, exact = PhraseMatcher(vocab, attr="LOWER"), PhraseMatcher(vocab, attr="ORTH")
    for entry in lexicon.entries:
        if entry.type not in SCANNED_TYPES:
            continue
        for name in (entry.name, *entry.aliases):
            words = [t.text for t in tokenizer(name)]
            pattern = Doc(vocab, words=words)
            capitals = name.isupper() or name in entry.case_sensitive
            (exact if capitals or len(name) <= 4 else lower).add(entry.id, [pattern])
    return lower, exact


def split_acronym(ent: Span) -> list[Span]:
    """"Allied Democratic Forces (ADF" as one entity -> the name and "ADF"."""
    bracket = next((t for t in ent if t.text == "(" and t.i > ent.start), None)
    if bracket is None:
        return [ent]
    doc = ent.doc
    parts = [doc[ent.start:bracket.i]]
    acronym = doc[bracket.i + 1:ent.end]
    if len(acronym) and acronym[-1].text == ")":
        acronym = acronym[:-1]
    if len(acronym):
        parts.append(Span(doc, acronym.start, acronym.end, label=ent.label_))
    return [Span(doc, parts[0].start, parts[0].end, label=ent.label_), *parts[1:]]


def name_mention(ent: Span, lexicon: ActorDictionary, known: bool = False) -> Mention | None:
    """One entity as an actor mention, or None when it names no actor.

    A dictionary alias wins whatever the NER label ("M23" tagged GPE); a
    metonym ("Washington", "Russia") counts only as the subject of a verb;
    other organisations and people are kept unresolved.
    """
    text = strip_article(ent.text)
    if not known and not text[:1].isupper() and not text[:1].isdigit():
        return None  # "bush", "the army": the NER's lower-case slips
    entries = lexicon.lookup(text)
    strong = [e for e in entries if not e.metonym]
    if not strong and ent.label_ in PLACE_LABELS:
        return metonym_mention(ent, lexicon, entries) if acts(ent, lexicon) else None
    if not strong and ent.label_ == "NORP":
        return people_mention(ent, lexicon)
    if not strong and ent.label_ not in ("ORG", "PERSON"):
        return None  # "Afghan", "Kabul": adjectives and places, not actors
    start = ent.end_char - len(text)
    kind = "acronym" if text.isupper() and len(text) <= 8 and " " not in text else "name"
    mention = Mention(start, ent.end_char, text, kind, ent.sent.start_char,
                      head=ent.root.lower_, words=content_words(text), label=ent.label_)
    if strong:
        apply_entry(mention, choose(strong))
        return mention
    mention.name = text
    mention.country = country_in(ent, lexicon)
    if ent.label_ == "ORG":
        mention.sector, mention.acled_inter = org_sector(text)
    else:
        mention.affiliation = affiliation_offset(ent)
        country, mention.sector = title_codes(ent, lexicon)
        mention.country = mention.country or country
    return mention


def title_codes(ent: Span, lexicon: ActorDictionary) -> tuple[str | None, str | None]:
    """Country and sector from the title before a name: "Nigerian President
    Olusegun Obasanjo", "Niger's ambassador Brah Mohamane"."""
    country = sector = None
    doc = ent.doc
    for token in reversed(doc[max(ent.start - TITLE_WINDOW, ent.sent.start):ent.start]):
        word = token.lower_
        punctuation = token.is_punct and word not in (".", "'s", "’s")
        if punctuation or token.pos_ in ("VERB", "DET", "ADP") and word != "of":
            break
        if sector is None:
            sector = TITLE_SECTORS.get(word)
        if country is None:
            country = country_word(lexicon, token.text)
    return country, sector


def acts(ent: Span, lexicon: ActorDictionary) -> bool:
    """Whether a place name stands for an actor: a country (or, as a
    subject, a capital) that is a participant of its clause, not a
    location ("in Iraq") or a modifier ("Iraq's capital")."""
    root = ent.root
    dep = root.head.dep_ if root.dep_ == "conj" else root.dep_
    if dep in SUBJECT_DEPS:
        return True
    if lexicon.country_of_name(strip_article(ent.text)) is None:
        return False
    if dep == "pobj":
        preposition = root.head.head if root.dep_ == "conj" else root.head
        return preposition.lower_ not in LOCATIVE_PREPS
    return dep in ("dobj", "agent", "appos")


def people_mention(ent: Span, lexicon: ActorDictionary) -> Mention | None:
    """A nationality in the plural ("Palestinians", "Israelis") as an actor."""
    text = strip_article(ent.text)
    if not text.endswith("s"):
        return None
    country = lexicon.country_of_adjective(text[:-1]) or lexicon.country_of_adjective(text)
    if country is None:
        return None
    mention = Mention(ent.start_char, ent.end_char, ent.text, "agent", ent.sent.start_char,
                      head=ent.root.lower_, words=content_words(text), label="NORP")
    mention.name, mention.country = text, country
    return mention


def affiliation_offset(ent: Span) -> int | None:
    """Where the organisation a person speaks or works for is named:
    "Fahim Dashti, spokesman for the resistance movement" -> "movement"."""
    for appos in (c for c in ent.root.children if c.dep_ == "appos"):
        for prep in (c for c in appos.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                return obj.idx
    return None


def metonym_mention(ent: Span, lexicon: ActorDictionary, entries: list[ActorEntry]) -> Mention | None:
    """A country or capital acting as its government ("Russia said")."""
    country = lexicon.country_of_name(strip_article(ent.text))
    if country is None and entries:
        country = entries[0].country
    if country is None:
        return None
    entry = lexicon.get(f"{country.lower()}.government")
    mention = Mention(ent.start_char, ent.end_char, ent.text, "metonym", ent.sent.start_char,
                      head=ent.root.lower_, words=content_words(ent.text), label="GPE")
    if entry is not None:
        apply_entry(mention, entry)
    mention.country = country
    return mention


def agent_mentions(doc: Doc, lexicon: ActorDictionary, taken: list[Mention]) -> list[Mention]:
    """Unnamed agents: "resistance forces", "Afghan police", "gunmen".

    A noun that only modifies another ("government bodies", "President
    Ashraf Ghani") or is a predicate ("taken prisoner") is not an agent;
    abstract nouns ("resistance", "authority") count only as participants
    of a clause, not in "a pocket of resistance".
    """
    covered = {i for m in taken for i in range(m.start, m.end)}
    found: list[Mention] = []
    for token in doc:
        if not is_agent_head(token) or token.idx in covered:
            continue
        span, agent = agent_phrase(token, lexicon)
        if agent is None or (token.lower_ in ABSTRACT_AGENTS and not participant(token, span)):
            continue
        mention = Mention(span.start_char, span.end_char, span.text, "agent",
                          token.sent.start_char, head=token.lower_,
                          words=content_words(span.text))
        mention.name = span.text
        mention.sector, mention.acled_inter = agent.sector, agent.acled_inter
        mention.country = agent.country
        mention.owner = clause_subject(token)
        read_modifiers(mention, token, lexicon)
        found.append(mention)
        covered.update(range(span.start_char, span.end_char))
    return found


def clause_subject(token: Token) -> int | None:
    """For forces a subject moves ("the Taliban concentrated forces"), where
    that subject starts: bare forces usually belong to it. Only verbs of
    deploying count; "troops killed militants" owns nobody."""
    if token.dep_ != "dobj" or token.lower_ not in OWNABLE or token.head.lemma_ not in DEPLOY_VERBS:
        return None
    subjects = [c for c in token.head.children if c.dep_ in SUBJECT_DEPS]
    return subjects[0].idx if subjects else None


def is_agent_head(token: Token) -> bool:
    """Whether `token` can head an agent phrase ("taken prisoner" is a
    state, not a participant). A noun modifying an event noun is its agent
    ("police firing", "an army raid"); modifying another, it is not
    ("government bodies")."""
    if token.lower_ in STATE_NOUNS and token.head.lemma_ in ("take", "hold"):
        return False
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    return token.dep_ not in NOT_AGENT_DEPS or (token.dep_ == "compound" and names_event(token.head))


def names_event(token: Token) -> bool:
    """Whether a word is one of the trigger lexicon's event nouns ("attack",
    "raid", "firing")."""
    from ..events.lexicon import load_lexicon

    lexicon = load_lexicon()
    return bool(lexicon.noun_entries(token.lower_) or lexicon.noun_entries(token.lemma_))


def participant(token: Token, span: Span) -> bool:
    """An abstract agent noun used as an actor: a clause's subject or a
    possessor ("the resistance said"), not "armed resistance"."""
    if any(t.lower_ in ("armed", "popular", "stiff", "fierce") for t in span):
        return False
    return token.dep_ in ("nsubj", "nsubjpass", "poss", "agent")


def agent_phrase(head: Token, lexicon: ActorDictionary) -> tuple[Span, AgentEntry | None]:
    """The agent phrase ending at `head` ("Afghan security forces").

    The span takes in the head's modifiers before it (not a possessor,
    which is read separately); the dictionary finds the agent noun at its
    end, longest first, and applies country words and modifiers.
    """
    doc = head.doc
    modifiers = [t for t in head.lefts if t.dep_ in MODIFIER_DEPS and t.dep_ != "poss"]
    first = min((t.left_edge.i for t in modifiers), default=head.i)
    while first < head.i and (doc[first].is_punct or doc[first].dep_ in ("det", "poss", "case")):
        first += 1
    span = doc[first:head.i + 1]
    return span, lexicon.agent(span.text)


def read_modifiers(mention: Mention, head: Token, lexicon: ActorDictionary) -> None:
    """Country and group from the agent's modifiers and attachments."""
    for child in list(head.lefts) + [t for t in head.rights if t.dep_ == "prep"]:
        for token in child.subtree if child.dep_ == "prep" else [child]:
            country = lexicon.country_of_adjective(token.text) or (
                lexicon.country_of_name(token.text) if token.ent_type_ == "GPE" else None)
            if country and mention.country is None:
                mention.country = country
            if token.ent_type_ in ("ORG", "NORP", "PERSON") and child.dep_ != "prep":
                entries = [e for e in lexicon.lookup(token.text) if not e.metonym]
                if entries and entries[0].type == "person":
                    mention.country = mention.country or entries[0].country  # "Biden administration"
                elif entries and mention.group is None:
                    mention.group = choose(entries)


def speaker_mentions(doc: Doc, taken: list[Mention]) -> list[Mention]:
    """People who speak without a name ("a source in Panjshir", "a witness").

    They are not political actors of the lexicon, but pronouns and quotes
    point at them ("he added"), so they are actors of the article.
    """
    covered = {i for m in taken for i in range(m.start, m.end)}
    return [
        Mention(t.idx, t.idx + len(t), t.text, "agent", t.sent.start_char, head=t.lower_,
                name=t.lemma_.lower())
        for t in doc
        if t.lemma_.lower() in SPEAKER_NOUNS and t.pos_ == "NOUN" and t.idx not in covered
    ]


def pronoun_mentions(doc: Doc) -> list[Mention]:
    """He/she as the subject of a clause: speakers, to be resolved."""
    return [
        Mention(t.idx, t.idx + len(t), t.text, "pronoun", t.sent.start_char, head=t.lower_)
        for t in doc
        if t.lower_ in SPEAKER_PRONOUNS and t.dep_ in SUBJECT_DEPS
    ]


def apply_entry(mention: Mention, entry: ActorEntry) -> None:
    """Copy a dictionary entry's canonical fields onto a mention.

    International organisations have no PLOVER sector of their own (their
    IGO/NGO code goes in PLOVER's country slot); the contract's `sector`
    carries that code, as `country` must be a real ISO3 or null.
    """
    mention.entry = entry
    mention.name = entry.name
    mention.country = entry.country
    mention.sector = entry.sector or ENTITY_SECTORS.get(entry.entity_code or "")
    mention.acled_inter = entry.acled_inter


def choose(entries: list[ActorEntry]) -> ActorEntry:
    """The first (most specific) of several dictionary entries."""
    return entries[0]


def org_sector(text: str) -> tuple[str | None, int | None]:
    """Sector and ACLED inter of an unknown organisation from its words."""
    lowered = text.lower()
    for words, sector, inter in ORG_SECTOR_WORDS:
        if any(word in lowered for word in words):
            return sector, inter
    return None, None


def country_in(ent: Span, lexicon: ActorDictionary) -> str | None:
    """A country named inside or just before an entity ("Afghan Ministry")."""
    before = [ent.doc[ent.start - 1]] if ent.start > 0 else []
    for token in before + list(ent):
        country = country_word(lexicon, token.text)
        if country:
            return country
    return None


def country_word(lexicon: ActorDictionary, word: str) -> str | None:
    """The country a word names, as an adjective ("Afghan") or a name."""
    return lexicon.country_of_adjective(word) or lexicon.country_of_name(word)


def strip_article(text: str) -> str:
    """Drop a leading "the" and possessive endings."""
    for word in LEADING_WORDS:
        if text.startswith(word):
            text = text[len(word):]
    for ending in ("'s", "’s"):
        if text.endswith(ending):
            text = text[: -len(ending)]
    return text.strip()


GENERIC_WORDS = frozenset(
    "the a an of and for in forces force movement group front army fighters fighter "
    "militants men members people state national".split()
)


def content_words(text: str) -> frozenset[str]:
    """Lower-case words of a name minus generic ones, for short-form matching."""
    return frozenset(w for w in text.lower().replace("-", " ").split() if w not in GENERIC_WORDS)
